"""target_met, round 14: targets set ahead of the results (一、主要目标 … 主要目标是：…), values followed by their plan
(完成…3.2万亩，年初计划3.5万亩), flattened indicator tables with a claim naming one indicator, and the claims on them
(各项目标任务全面完成 / …增长9%以上的目标如期实现 / …，均超额完成年度目标 / 年初设定的…目标全部实现 / …等目标，全面完成年度任务).
Sentences invented."""
from analysis.rules.targets import target_met
from rules_cases import run, verdicts


def _pairs(text, year=2021):
    return [(r["verdict"], r["span"]) for r in run(target_met, text, year)]


# ---------------------------------------------------------------- targets set ahead, then a claim on all of them
AHEAD = ("某县林业局2021年工作总结\n一、年度目标\n年初县政府下达我局的主要目标是：新增造林面积2.50万亩，森林覆盖率达到41%以上，"
         "林业产值增长9%以上。\n二、完成情况\n全年新增造林面积{a}万亩，森林覆盖率提高到41.6%；林业产值达到18.2亿元，比上年增长10.4%。\n"
         "三、总体评价\n一年来，各项目标任务全面完成。")


def test_targets_set_ahead_are_paired_with_the_values_named_the_same():
    rows = run(target_met, AHEAD.format(a="2.74"), 2021)
    assert [r["verdict"] for r in rows] == ["consistent"] * 3
    assert rows[0]["span"] == "全年新增造林面积2.74万亩" and rows[1]["span"].endswith("增长10.4%")
    for year in (2021, None):
        assert verdicts(target_met, AHEAD.format(a="2.36"), year) == ["consistent", "consistent", "inconsistent"]
    # a shortfall nothing claims on is recorded, not reported
    quiet = AHEAD.format(a="2.36").replace("一年来，各项目标任务全面完成。", "一年来，林业工作稳步推进。")
    assert "inconsistent" not in verdicts(target_met, quiet, 2021)


def test_a_rate_target_restated_in_the_claim_is_judged_on_the_rate_named_so():
    text = ("一、年度目标\n年初确定的主要目标是：林业产值增长9%以上，新增造林面积2.50万亩。\n二、完成情况\n全年林业产值达到18.2亿元，"
            "比上年增长{r}%，新增造林面积2.74万亩。\n三、总体评价\n综上，林业产值增长9%以上的目标如期实现。")
    rows = run(target_met, text.format(r="8.1"), 2021)
    assert rows[0]["verdict"] == "inconsistent" and rows[0]["span"] == "林业产值增长9%以上的目标如期实现"
    assert verdicts(target_met, text.format(r="10.4"), 2021) == ["consistent"] * 3


def test_targets_under_a_heading_of_next_year_are_not_paired():
    text = ("一、2021年工作回顾\n全年新增造林面积2.36万亩。\n二、2022年主要目标\n明年的主要目标是：新增造林面积2.50万亩。"
            "各项目标任务要确保全面完成。")
    assert verdicts(target_met, text, 2021) == []


def test_a_base_in_the_list_of_targets_is_no_target():
    text = ("一、主要目标\n年初确定的主要目标是：在上年发放创业贷款1.50亿元的基础上继续扩大规模，新增就业1.20万人。\n二、完成情况\n"
            "全年发放创业贷款1.32亿元，新增就业1.26万人。\n三、总结\n各项主要目标均已完成。")
    assert verdicts(target_met, text, 2021) == ["consistent", "consistent"]


def test_a_parts_rate_is_not_the_total_s():
    text = ("一、主要目标\n年初确定的主要目标是：工业增加值增长8%以上。\n二、完成情况\n全县工业增加值增长8.6%，其中轻工业增加值增长5.2%。\n"
            "三、总结\n各项目标全面完成。")
    assert verdicts(target_met, text, 2021) == ["consistent", "consistent"]


def test_a_stated_shortfall_after_the_value_is_judged():
    text = "一、年度目标\n年初确定的主要目标是：签约服务覆盖率达到60%。\n二、完成情况\n全县签约服务覆盖率为{v}%，距年度目标仍有差距。"
    assert _pairs(text.format(v="55.2")) == [("consistent", "全县签约服务覆盖率为55.2%，距年度目标仍有差距")]
    assert verdicts(target_met, text.format(v="61.5"), 2021) == ["inconsistent"]


# ---------------------------------------------------------------- a value, then its plan in a clause of its own
def test_a_value_followed_by_its_plan_feeds_the_claim_on_all_targets():
    text = "全年改造农村危房{a}户，年初计划450户。全年各项目标任务均已完成。"
    assert verdicts(target_met, text.format(a="468"), 2021) == ["consistent", "consistent"]
    assert verdicts(target_met, text.format(a="412"), 2021) == ["consistent", "inconsistent"]
    # decoy: the shortfall explained, no claim
    assert verdicts(target_met, "全年改造农村危房412户，年初计划450户，差额部分结转明年实施。", 2021) == ["consistent"]


# ---------------------------------------------------------------- flattened indicator tables and a claim naming one row
def test_a_claim_naming_one_indicator_of_the_table():
    text = ("三、绩效指标完成情况\n指标名称  目标值  实际完成值  得分\n培训人次  500人次  560人次  10分\n结业率  90%  {v}%  10分\n"
            "四、自评结论\n总体看，结业率目标完成。")
    rows = run(target_met, text.format(v="86.5"), 2021)
    assert (rows[0]["verdict"], rows[0]["span"]) == ("inconsistent", "结业率目标完成")
    assert verdicts(target_met, text.format(v="92.5"), 2021) == ["consistent"] * 3


# ---------------------------------------------------------------- values restated with one claim on them all
def test_values_restated_with_one_claim():
    text = ("一、主要目标\n县委确定的年度主要目标为：招商引资到位资金30亿元，新增规上企业{t}家。\n二、工作成效\n全年招商引资到位资金32.6亿元，"
            "新增规上企业15家。\n三、总结\n全年招商引资到位资金32.6亿元，新增规上企业15家，均超额完成年度目标。")
    assert verdicts(target_met, text.format(t="12"), 2021) == ["consistent"] * 3
    rows = run(target_met, text.format(t="18"), 2021)
    assert rows[-1]["verdict"] == "inconsistent" and rows[-1]["span"].endswith("均超额完成年度目标")


def test_a_claim_pointing_back_to_the_targets_set():
    text = ("一、主要目标\n年初制定的工作目标是：办结率达到98%以上，回访满意率达到90%以上。\n二、办理情况\n全年受理诉求1,260件，"
            "办结率为99.1%，回访满意率为{v}%。\n三、小结\n年初设定的工作目标全部实现。")
    assert "inconsistent" in verdicts(target_met, text.format(v="88.4"), 2021)
    assert "inconsistent" not in verdicts(target_met, text.format(v="93.4"), 2021)


def test_targets_restated_before_the_claim_are_judged_on_the_rates_before():
    text = ("全年粮食总产量比上年增长{r}%，农村居民人均可支配收入增长7.8%。年初确定的粮食总产量增长3%、农村居民人均可支配收入增长7%"
            "等目标，全面完成年度任务。")
    assert verdicts(target_met, text.format(r="3.6"), None) == ["consistent"] * 3
    rows = run(target_met, text.format(r="2.1"), None)
    assert [r["verdict"] for r in rows] == ["consistent", "consistent", "inconsistent"]
    assert rows[-1]["span"] == "全面完成年度任务"


def test_completion_percentage_with_the_actual_after_it():
    text = "完成县下达的引资任务8亿元的{p}，实际到位资金8.96亿元。"
    assert verdicts(target_met, text.format(p="112%"), 2021) == ["consistent"]
    assert verdicts(target_met, text.format(p="121%"), 2021) == ["inconsistent"]


# ---------------------------------------------------------------- looser names, plans under a heading of targets
def test_a_short_rate_name_ends_the_target_s_name():
    text = ("一、主要目标\n局党组确定的年度目标是：受理群众来信来访办结率达到95%以上，群众满意率达到90%以上。\n二、工作开展情况\n"
            "全年受理群众来信来访862件次，办结843件次，办结率为97.8%；回访群众612人，满意率为{v}%。\n三、小结\n年初确定的目标任务已全部完成。")
    assert "inconsistent" not in verdicts(target_met, text.format(v="92.3"), 2020)
    assert "inconsistent" in verdicts(target_met, text.format(v="88.3"), 2020)


def test_a_plan_under_a_heading_of_the_year_s_targets():
    text = ("一、主要目标\n根据年度绩效目标，本项目计划培训农村实用人才800人次，培训合格率达到90%以上。\n二、完成情况\n全年培训农村实用人才"
            "836人次，考核合格{n}人次，合格率为{v}%，年度绩效目标顺利实现。")
    assert "inconsistent" not in verdicts(target_met, text.format(n="802", v="95.9"), 2020)
    assert "inconsistent" in verdicts(target_met, text.format(n="718", v="85.9"), 2020)
    # decoy: the same plan under a heading of next year's work is no target of the year
    ahead = text.format(n="718", v="85.9").replace("一、主要目标", "一、2021年工作计划").replace("二、完成情况", "二、2020年完成情况")
    assert "inconsistent" not in verdicts(target_met, ahead, 2020)


def test_a_table_ceiling_claimed_met():
    text = "指标名称  目标值  实际完成值\n安全生产事故  3起以内  {n}起\n隐患整改率  95%  98.2%\n总体看，安全生产事故指标完成。"
    assert "inconsistent" not in verdicts(target_met, text.format(n="1"), 2020)
    assert "inconsistent" in verdicts(target_met, text.format(n="4"), 2020)


# ---------------------------------------------------------------- a ceiling set ahead, a claim on the year's control indicators
def test_a_ceiling_set_ahead_and_a_claim_on_the_year_s_indicators():
    text = ("一、年度目标\n年初，县政府下达我局的年度控制指标：道路交通事故死亡人数控制在15人以内。\n二、工作成效\n全年发生道路交通事故62起、"
            "死亡{n}人。\n三、总结\n全县上下共同努力，全面完成年度道路交通安全控制指标。")
    assert "inconsistent" not in verdicts(target_met, text.format(n="13"), 2020)
    rows = run(target_met, text.format(n="17"), 2020)
    assert [r["verdict"] for r in rows] == ["consistent", "inconsistent"]
    assert rows[-1]["span"] == "全面完成年度道路交通安全控制指标"
    # decoy: the claim looks ahead, under next year's heading
    ahead = text.format(n="17").replace("三、总结", "三、2021年工作打算").replace("全县上下共同努力，全面完成", "确保全面完成")
    assert "inconsistent" not in verdicts(target_met, ahead, 2020)
