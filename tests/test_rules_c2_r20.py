"""target_met, round 20 (helper c2): false alarms on correct reports — completion percentages of targets listed with
分别 paired in order, a tally of targets (五项目标完成四项) read as a value against a target, and a counted claim
(五项目标全部完成) judged on the targets it counts. Sentences invented."""
from analysis.rules.growth import growth
from analysis.rules.targets import target_met
from rules_cases import run
from rules_cases import verdicts_on as _on


# --- values listed, then 分别完成 targets A和B 的 p%和q%: paired in order ------------------------------------------

_RESP = "一、主要成效\n全年新建农村公路136公里，改造危桥42公里，分别完成年度计划120公里和40公里的{p}%和{q}%。\n"


def test_respective_pcts_paired_in_order():
    rows = run(target_met, _RESP.format(p="113.3", q="105.0"), 2020)
    assert "inconsistent" not in [r["verdict"] for r in rows]
    assert _on(rows, "105.0%") and set(_on(rows, "105.0%")) == {"consistent"}


def test_respective_pcts_broken():
    # broken: the second percentage does not fit 42/40
    rows = run(target_met, _RESP.format(p="113.3", q="108.4"), 2020)
    assert "inconsistent" in _on(rows, "108.4%")


def test_respective_pcts_decoy_units_differ():
    # decoy: targets of two units, each paired with the value of its unit (as before)
    text = "一、主要成效\n全年引进项目12个，到位资金3.3亿元，分别为年度目标10个、3亿元的120%、110%。\n"
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, text, 2020)]


# --- a tally of targets: N项目标完成M项 -----------------------------------------------------------------------------

def test_tally_not_a_value_against_a_target():
    text = ("一、工作完成情况\n总体看，引进企业26家，培训农民3,400人次，高企认定比目标少2家，"
            "六项考核目标实现了五项。\n")
    assert "inconsistent" not in _on(run(target_met, text, 2020), "六项考核目标实现了五项")
    text2 = "一、总结\n综上，全年新增就业岗位1200个，人才引进未完成，12项任务完成11项。\n"
    assert "inconsistent" not in _on(run(target_met, text2, 2020), "12项任务完成11项")


def test_counted_claim_judged_on_missed_target():
    # broken twin: the count claims all met, one target stated missed (by a gap the text gives)
    text = ("一、工作完成情况\n全年技术合同成交额12.4亿元。建成充电桩180个，比计划200个少20个。\n"
            "二、总结\n综上，五项目标全部完成。\n")
    assert _on(run(target_met, text, 2020), "五项目标全部完成") == ["inconsistent"]
    text2 = text.replace("建成充电桩180个，比计划200个少20个", "专利授权28件，目标30件，未完成目标")
    assert _on(run(target_met, text2, 2020), "五项目标全部完成") == ["inconsistent"]


def test_counted_claim_all_met():
    text = ("一、工作完成情况\n专利授权32件，目标30件，完成目标。\n"
            "二、总结\n综上，五项目标全部完成。\n")
    assert _on(run(target_met, text, 2020), "五项目标全部完成") == ["consistent"]


def test_counted_claim_names_its_targets():
    # decoy: the two targets claimed are named; the missed one is a third, admitted in the same sentence
    text = ("一、总体评价\n总的看，全年三项主要目标中，污水处理和垃圾清运两项目标全面完成，"
            "河道整治完成投资1.88亿元，为年度目标2.0亿元的94.0%。\n")
    assert "inconsistent" not in _on(run(target_met, text, 2020), "两项目标全面完成")
    text2 = "一、总体评价\n全年四项目标中，三项目标全面完成，完成投资1.88亿元，为年度目标2.0亿元的94.0%。\n"
    assert "inconsistent" not in _on(run(target_met, text2, 2020), "三项目标全面完成")


def test_counted_claim_names_a_missed_target():
    # broken twin: one of the two targets named as met fell short
    text = ("一、工作情况\n污水处理量1.8万吨，目标2万吨。垃圾清运量3.2万吨，目标3万吨。\n二、总体评价\n"
            "总的看，全年三项主要目标中，污水处理和垃圾清运两项目标全面完成，河道整治完成投资1.88亿元，"
            "为年度目标2.0亿元的94.0%。\n")
    assert _on(run(target_met, text, 2020), "两项目标全面完成") == ["inconsistent"]


# --- 力争/争取 under a heading of the year's targets sets a target --------------------------------------------------

_STRIVE = "一、年度目标\n全年争取新建村级服务站45个，各项工作稳步推进。\n二、完成情况\n全年新建村级服务站{a}个，{c}。\n"


def test_strive_under_targets_heading():
    assert _on(run(target_met, _STRIVE.format(a=49, c="超额完成年度目标"), 2020), "超额完成年度目标") == ["consistent"]
    # broken: 38 of 45, said met
    assert _on(run(target_met, _STRIVE.format(a=38, c="超额完成年度目标"), 2020), "超额完成年度目标") == ["inconsistent"]


def test_strive_looking_ahead_is_no_target():
    text = "一、完成情况\n全年新建村级服务站45个，完成年度目标。下一步，争取新建村级服务站90个。\n"
    assert "inconsistent" not in _on(run(target_met, text, 2020), "完成年度目标")


# --- 均高于…任务（分别为X和Y）: the targets in a bracket, paired in order --------------------------------------------

_BRACKET = "一、主要指标\n城市污水处理率96.2%、生活垃圾无害化处理率{b}%，均高于考核目标（分别为95%和98%）。\n"


def test_respective_targets_in_bracket():
    rows = run(target_met, _BRACKET.format(b="99.1"), 2020)
    assert "inconsistent" not in [r["verdict"] for r in rows] and _on(rows, "为95%和98%")


def test_respective_targets_in_bracket_broken():
    assert "inconsistent" in _on(run(target_met, _BRACKET.format(b="97.3"), 2020), "为95%和98%")


def test_respective_benchmark_in_bracket_decoy():
    text = "一、主要指标\n城市污水处理率96.2%、生活垃圾无害化处理率97.3%，均高于全省平均水平（分别为95%和98%）。\n"
    assert run(target_met, text, 2020) == []


# --- growth: past a ； a per-capita value is the one that grew, not the value and change of the part before --------

_PART = "一、主要成效\n全年接待游客312.0万人次，比上年增加21.5万人次；城镇居民人均可支配收入41,250元，增长{r}%{b}。\n"


def test_per_capita_part_after_semicolon():
    rows = run(growth, _PART.format(r="6.0", b=""), 2020)
    assert "inconsistent" not in [r["verdict"] for r in rows]


def test_per_capita_part_broken():
    # broken: 41,250 over the stated 38,900 is 6.0%, not 8.5%
    rows = run(growth, _PART.format(r="8.5", b="（上年为38,900元）"), 2020)
    assert "inconsistent" in _on(rows, "增长8.5%")


def test_per_day_after_total_decoy():
    # decoy: 日均 right after the total in the same part: the total grew (41,100 → 52,860 is 28.6%)
    text = "一、主要成效\n全年粮食总产量22.6万吨；办理业务52,860笔，日均145笔，同比增长28.6%（上年为41,100笔）。\n"
    assert _on(run(growth, text, 2020), "增长28.6%") == ["consistent"]


# --- a part of a listed value (其中…, in a bracket) is not one more value of the list --------------------------------

def test_respective_pcts_skip_part_of_value():
    text = ("一、主要成效\n全年完成造林3.6万亩（其中山区1.4万亩），森林抚育5.2万亩，"
            "分别完成目标任务3.0万亩和5.0万亩的{p}%和104.0%。\n")
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, text.format(p="120.0"), 2020)]
    # broken: 3.6 over 3.0 is 120%, not 112%
    assert "inconsistent" in _on(run(target_met, text.format(p="112.0"), 2020), "112.0%")


def test_respective_relation_skip_part_of_value():
    text = "一、主要成效\n新增就业5230人，其中女性2100人，转移就业{b}人，均高于年度目标（分别为5000人和1200人）。\n"
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, text.format(b=1268), 2020)]
    assert "inconsistent" in _on(run(target_met, text.format(b=1150), 2020), "和1200人")


# --- 年初确定的<metric>增长N%的目标顺利完成: the words that set the target lead the metric's name ------------------------

_SETRATE = "一、主要指标\n全县社会消费品零售总额86.2亿元，比上年增长{r}%。县人代会确定的社会消费品零售总额增长8%的目标{c}。\n"


def test_set_rate_claim_named_after_set_words():
    assert _on(run(target_met, _SETRATE.format(r="9.6", c="如期实现"), 2020), "增长8%的目标如期实现") == ["consistent"]
    # broken: 6.4% under the 8% target, said met
    assert _on(run(target_met, _SETRATE.format(r="6.4", c="如期实现"), 2020), "增长8%的目标如期实现") == ["inconsistent"]


def test_set_rate_claim_other_metric_decoy():
    text = "一、主要指标\n全县社会消费品零售总额86.2亿元，比上年增长6.4%。年初确定的外贸进出口总额增长8%的目标顺利完成。\n"
    assert "inconsistent" not in _on(run(target_met, text, 2020), "增长8%的目标顺利完成")


# --- a status dated inside the year (截至10月底已新增…) then 提前完成全年任务; a forecast is no claim --------------------

_DATED = "一、主要工作完成情况\n全年计划新建公共充电桩400个，截至10月底已新建{a}个，{c}。\n"


def test_dated_status_claim():
    assert _on(run(target_met, _DATED.format(a=440, c="提前完成全年任务"), 2020), "提前完成全年任务") == ["consistent"]
    # broken: 320 of 400, said done ahead of time
    assert _on(run(target_met, _DATED.format(a=320, c="提前完成全年任务"), 2020), "提前完成全年任务") == ["inconsistent"]


def test_dated_status_forecast_decoy():
    rows = run(target_met, _DATED.format(a=320, c="预计年底可完成全年任务"), 2020)
    assert "inconsistent" not in [r["verdict"] for r in rows]


# --- a completion rate opening a sentence of its own, of the one target of the sentence before ---------------------

_OWN = "一、主要工作完成情况\n年度计划新建农村公路120公里，全年实际建成131公里。{r}\n"


def test_rate_in_own_sentence():
    assert "consistent" in _on(run(target_met, _OWN.format(r="完成率为109.2%，位居全市第一。"), 2020), "109.2%")
    # broken: 131/120 is 109.2%, not 112.2%
    assert "inconsistent" in _on(run(target_met, _OWN.format(r="农村公路建设任务完成率为112.2%。"), 2020), "112.2%")


def test_rate_in_own_sentence_other_work_decoy():
    rows = run(target_met, _OWN.format(r="危桥改造完成率为92.2%。"), 2020)
    assert "inconsistent" not in [r["verdict"] for r in rows]


def test_respective_pcts_list_after_qizhong_decoy():
    # decoy: the list itself follows 其中 (the parts of the total are the values paired in order)
    text = ("一、工作开展情况\n全年完成营造林2.4万亩，其中新造林0.9万亩、森林抚育1.5万亩，"
            "分别完成年度任务0.8万亩和1.4万亩的112.5%和107.1%。\n")
    rows = run(target_met, text, 2020)
    assert "inconsistent" not in [r["verdict"] for r in rows] and "consistent" in _on(rows, "107.1%")


# --- the year's targets as numbered items under a heading of targets (1.… ；2.… / 一是…；二是…) ------------------------

_NUMBERED = ("一、年度目标\n一是新增城镇就业3000人；二是培训农民工1200人次；三是新建公共充电桩400个。\n二、完成情况\n"
             "全年新增城镇就业3300人，培训农民工{b}人次，新建公共充电桩440个，三项目标全部完成。\n")


def test_numbered_targets_claim_all():
    assert _on(run(target_met, _NUMBERED.format(b=1320), 2020), "三项目标全部完成") == ["consistent"]
    # broken: 1,080 of 1,200 trained, all said met
    assert _on(run(target_met, _NUMBERED.format(b=1080), 2020), "三项目标全部完成") == ["inconsistent"]


def test_numbered_results_under_review_heading_decoy():
    text = ("一、年度目标完成情况\n1.新增城镇就业3300人；2.培训农民工1320人次。\n二、下一步打算\n"
            "新增城镇就业6000人，各项目标均已完成。\n")
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, text, 2020)]
