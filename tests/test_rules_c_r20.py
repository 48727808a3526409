"""target_met and growth, round 20: how targets are announced (by who set them, in a list of the year's expected
targets, named 年初预期目标, estimated 预计全年), how their achievement is stated (by the metric's name, negated, with
分别, after 、, 超额完成预算, in a summary of the year) and growth rates whose value is named by the rate's subject or
sits among other metrics' values. Sentences invented."""
from analysis.rules.growth import growth
from analysis.rules.targets import target_met
from rules_cases import run
from rules_cases import verdicts_on as _on


# --- a claim naming its metric, negated: 招商引资到位资金未能完成年度任务 -----------------------------------------------

_NEG = ("一、主要指标\n全年实现招商引资到位资金{a}亿元，为年度目标80亿元的{p}%。\n"
        "二、存在问题\n一是招商引资到位资金未能完成年度任务，二是项目落地偏慢。\n")


def test_negated_named_claim():
    assert _on(run(target_met, _NEG.format(a="74.8", p="93.5"), 2020), "到位资金未能完成年度任务") == ["consistent"]
    # broken: the target was met, the text says it was not
    assert _on(run(target_met, _NEG.format(a="84.8", p="106.0"), 2020), "到位资金未能完成年度任务") == ["inconsistent"]


def test_affirmed_named_claim_still_judged():
    text = _NEG.format(a="74.8", p="93.5").replace("未能完成年度任务", "圆满完成年度任务")
    assert _on(run(target_met, text, 2020), "到位资金圆满完成年度任务") == ["inconsistent"]


# --- a metric named with two verbs joined by 和/及 (新建及维修堤防) in a list of targets ------------------------------

_JOINED = ("二、绩效目标完成情况\n年初设定的产出目标为：培训农民1200人次，新建及维修堤防{t}公里。"
           "全年实际培训农民1350人次，新建及维修堤防{a}公里，各项数量指标全部完成。\n")


def test_joined_metric_name_is_one_metric():
    rows = run(target_met, _JOINED.format(t="45", a="47.5"), 2021)
    assert "consistent" in _on(rows, "新建及维修堤防47.5公里")
    assert _on(rows, "各项数量指标全部完成") == ["consistent"]
    rows = run(target_met, _JOINED.format(t="45", a="41"), 2021)
    assert _on(rows, "各项数量指标全部完成") == ["inconsistent"]


def test_metrics_listed_with_and_respectively_are_not_joined():
    decoy = ("二、绩效目标完成情况\n年初设定的产出目标为：培训农民1200人次，新建及维修堤防45公里。"
             "全年培训农民和新建及维修堤防分别为1350人次和41公里，各项工作稳步推进。\n")
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, decoy, 2021)]


# --- a completion percentage after 、: 疏浚河道63公里、完成计划的105.0% ------------------------------------------------

def test_completion_percentage_after_enumeration_comma():
    text = ("二、完成情况\n年初下达的目标任务为：新建蓄水池40口，疏浚和清淤河道60公里。\n"
            "实际完成新建蓄水池44口，疏浚和清淤河道63公里、完成计划的{p}%，其余工作按期推进。\n")
    assert _on(run(target_met, text.format(p="105.0"), 2019), "完成计划的105.0%") == ["consistent"]
    assert _on(run(target_met, text.format(p="108.0"), 2019), "完成计划的108.0%") == ["inconsistent"]


# --- values listed, then 分别高于/不超过…目标 X和Y ------------------------------------------------------------------

def test_respective_relation_to_targets():
    text = "一、工作成效\n全年城镇新增就业3260人、农村劳动力转移就业{b}人，分别超过年度目标3000人和5000人。\n"
    rows = run(target_met, text.format(b="5420"), 2020)
    assert _on(rows, "和5000人") == ["consistent"] and "consistent" in _on(rows, "3260人")
    assert _on(run(target_met, text.format(b="4750"), 2020), "和5000人") == ["inconsistent"]


def test_respective_relation_to_an_average_is_no_target():
    text = "一、工作成效\n森林覆盖率46.2%、草原综合植被盖度58.5%，分别高于全省平均水平45%和60%。\n"
    assert run(target_met, text, 2020) == []


def test_respective_ceilings():
    text = "三、安全\n生产安全事故死亡12人、道路交通事故死亡{b}人，分别低于市下达的控制指标15人和35人。\n"
    assert _on(run(target_met, text.format(b="31"), 2020), "和35人") == ["consistent"]
    assert _on(run(target_met, text.format(b="38"), 2020), "和35人") == ["inconsistent"]


# --- a target set by who set it (年初设定 / 市里要求), no target noun ----------------------------------------------

def test_target_set_by_whom_then_completion_percentage():
    text = "二、主要工作\n年初设定新建农村户厕2400座，实际建成{a}座，完成年度目标的{p}%。\n"
    assert _on(run(target_met, text.format(a="2560", p="106.7"), 2021), "完成年度目标的106.7%") == ["consistent"]
    assert _on(run(target_met, text.format(a="2560", p="110.2"), 2021), "完成年度目标的110.2%") == ["inconsistent"]


def test_level_set_by_whom_then_bare_claim():
    text = "三、质量指标\n市里要求全县行政审批事项网上办理率达到95%，纳入考核的事项41项，网上办理率{a}%，实现年度目标。\n"
    assert _on(run(target_met, text.format(a="96.8"), 2021), "实现年度目标") == ["consistent"]
    assert _on(run(target_met, text.format(a="93.2"), 2021), "实现年度目标") == ["inconsistent"]


def test_prior_year_value_is_no_target_set():
    decoy = "二、主要工作\n上年新增市场主体5000户，今年全年实际新增4610户，完成了年度任务。\n"
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, decoy, 2021)]


# --- the year's own target named 年初预期目标; the year's outcome estimated (预计全年实现…) -------------------------------

def test_year_start_expected_target_is_no_plan():
    text = "（三）效益指标。城镇居民人均可支配收入增长{a}%，超过年初预期目标8%，完成了年度任务。\n"
    assert _on(run(target_met, text.format(a="8.4"), 2019), "超过年初预期目标8%") == ["consistent"]
    assert _on(run(target_met, text.format(a="7.6"), 2019), "超过年初预期目标8%") == ["inconsistent"]


def test_estimate_of_the_year_in_a_review():
    text = "一、主要指标运行情况\n全年预计实现地区生产总值{v}亿元，增长7.1%，完成年初确定的210亿元目标。\n二、存在问题\n要素保障不足。\n"
    rows = run(target_met, text.format(v="212.4"), 2024)
    assert _on(rows, "完成年初确定的210亿元目标") == ["consistent"]
    assert _on(run(target_met, text.format(v="204.6"), 2024), "完成年初确定的210亿元目标") == ["inconsistent"]
    assert [r["verdict"] for r in run(growth, text.format(v="212.4"), 2024)] == ["unverifiable"]


def test_estimate_under_a_heading_of_plans_stays_a_plan():
    decoy = ("一、工作回顾\n全年实现地区生产总值196.2亿元。\n二、2025年主要目标\n"
             "预计全年实现地区生产总值212.4亿元，增长8%，完成年初确定的210亿元目标。\n")
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, decoy, 2024)]
    assert "增长8%" not in [r["span"] for r in run(growth, decoy, 2024)]


# --- targets listed by metric, then claims opening on a metric's name ------------------------------------------------

_LISTED = ("一、2015年工作回顾\n2015年，全区社会消费品零售总额实现29.6亿元，增长{s}%；规模以上工业增加值完成31.7亿元，增长9.4%；"
           "固定资产投资72.8亿元，增长14.6%。\n年初提出的主要预期目标是：社会消费品零售总额增长11%，规模以上工业增加值增长10%，"
           "固定资产投资增长15%。从执行情况看，社会消费品零售总额好于预期，规模以上工业增加值增速比预期低{d}个百分点，"
           "固定资产投资没有完成年初确定的增长目标。\n")


def test_claims_on_listed_targets():
    rows = run(target_met, _LISTED.format(s="11.2", d="0.6"), 2016)
    assert _on(rows, "社会消费品零售总额好于预期") == ["consistent"]
    assert _on(rows, "规模以上工业增加值增速比预期低0.6个百分点") == ["consistent"]
    assert _on(rows, "固定资产投资没有完成年初确定的增长目标") == ["consistent"]
    rows = run(target_met, _LISTED.format(s="10.4", d="1.6"), 2016)
    assert _on(rows, "社会消费品零售总额好于预期") == ["inconsistent"]
    assert _on(rows, "规模以上工业增加值增速比预期低1.6个百分点") == ["inconsistent"]


def test_listed_targets_of_next_year_are_no_claims():
    decoy = ("一、工作回顾\n全区固定资产投资72.8亿元，增长14.6%。\n二、2016年主要目标\n2016年主要预期目标是：固定资产投资增长15%。"
             "固定资产投资力争实现预期目标。\n")
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, decoy, 2016)]


# --- a summary of the year: 总的看，…，圆满完成了年度目标任务; a closing paragraph under a heading of plans -----------------

def test_summary_claim_without_each_is_on_all_targets():
    text = ("一、主要工作\n全年新改建农村公路{a}公里（年度计划180公里）。养老保险参保32.4万人。\n二、存在问题\n养护资金不足。\n"
            "综上，全年新改建农村公路{a}公里，养老保险参保32.4万人，全面完成年度目标任务。\n")
    assert _on(run(target_met, text.format(a="186"), 2019), "全面完成年度目标任务") == ["consistent"]
    assert _on(run(target_met, text.format(a="168"), 2019), "全面完成年度目标任务") == ["inconsistent"]


def test_closing_summary_under_plan_heading():
    text = ("一、主要工作\n全年新增城镇就业{a}万人（年度计划2.2万人）。办理审批事项1380件。\n三、下一步工作打算\n"
            "明年计划新增城镇就业2.4万人。一是稳岗位；二是强培训。\n\n全年，我局新增城镇就业{a}万人，办理审批事项1380件，"
            "各项目标任务均已完成。\n")
    assert _on(run(target_met, text.format(a="2.46"), 2019), "各项目标任务均已完成") == ["consistent"]
    assert _on(run(target_met, text.format(a="2.05"), 2019), "各项目标任务均已完成") == ["inconsistent"]


def test_plan_sentence_restating_a_target_is_no_summary():
    decoy = ("一、主要工作\n全年新增城镇就业2.05万人（年度计划2.2万人）。\n三、下一步工作打算\n"
             "新增城镇就业2.2万人，各项目标任务全面完成。\n")
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, decoy, 2019)]


# --- 超额完成年度预算, judged on the pair named most like it ---------------------------------------------------------

def test_over_budget_claim():
    text = ("一、预算执行情况\n全年税收收入完成8.62亿元，为年度预算8.30亿元的103.9%；非税收入完成3.84亿元，为预算3.60亿元的106.7%。\n"
            "二、其他事项\n总的看，税收收入实现{v}亿元，超额完成全年预算，执行情况良好。\n")
    assert _on(run(target_met, text.format(v="8.72"), 2020), "超额完成全年预算") == ["consistent"]
    assert _on(run(target_met, text.format(v="8.00"), 2020), "超额完成全年预算") == ["inconsistent"]


def test_spending_completing_its_budget_is_no_claim():
    decoy = "一、预算执行情况\n一般公共预算支出18.24亿元，完成年度预算，执行情况良好。\n"
    assert run(target_met, decoy, 2020) == []


# --- growth: the value named by the rate's subject; values of other metrics before it --------------------------------

def test_rate_subject_names_the_total():
    text = "一、总体情况\n全年受理信访事项1860件，其中来信620件、来访1240件；信访事项总数比上年的1710件增长{p}%。\n"
    assert [r["verdict"] for r in run(growth, text.format(p="8.8"), 2021)] == ["consistent"]
    assert [r["verdict"] for r in run(growth, text.format(p="11.8"), 2021)] == ["inconsistent"]


def test_values_of_other_metrics_before_the_compared_one():
    text = "二、运行情况\n全年进口额3.44亿美元、出口额5.62亿美元，比上年的4.98亿美元增长{p}%。\n"
    assert [r["verdict"] for r in run(growth, text.format(p="12.9"), 2022)] == ["consistent"]
    assert [r["verdict"] for r in run(growth, text.format(p="15.7"), 2022)] == ["inconsistent"]


def test_part_sharing_the_totals_name_stays_doubtful():
    decoy = "二、林业\n全年造林3.2万亩，其中人工造林1.8万亩，比上年的2.9万亩增长10.3%。\n"
    assert "inconsistent" not in [r["verdict"] for r in run(growth, decoy, 2022)]


def test_comparable_prices_aside_keeps_the_value():
    rows = run(growth, "一、经济运行\n全县地区生产总值完成86.4亿元，按可比价格计算增长8.1%。\n", 2016)
    assert [r["verdict"] for r in rows] == ["unverifiable"] and "86.4亿元" in rows[0]["span"]


# --- targets named before their values (下达…营业收入目标36.0亿元、利润总额目标3.00亿元), the values stated before them --------

_NOUN = ("一、主要指标完成情况\n（一）经营情况。全年实现旅游综合收入24.7亿元，比上年增长8.2%；接待游客{g}万人次。\n"
         "（二）考核目标。市里年初确定全县旅游综合收入目标23亿元、接待游客目标320万人次。全年旅游综合收入完成年度目标的{p}%，"
         "旅游综合收入和接待游客两项指标均已完成。\n二、存在问题\n淡季客源不足。\n")


def test_targets_named_before_their_values():
    rows = run(target_met, _NOUN.format(g="328", p="107.4"), 2019)
    assert _on(rows, "完成年度目标的107.4%") == ["consistent"]
    assert _on(rows, "两项指标均已完成") == ["consistent"]
    rows = run(target_met, _NOUN.format(g="312", p="110.4"), 2019)
    assert _on(rows, "完成年度目标的110.4%") == ["inconsistent"]
    assert _on(rows, "两项指标均已完成") == ["inconsistent"]


def test_counted_claim_under_heading_of_plans_is_exhortation():
    decoy = ("一、主要指标完成情况\n全年实现旅游综合收入24.7亿元；接待游客312万人次。\n二、2020年工作安排\n"
             "市里下达旅游综合收入目标27亿元、接待游客目标350万人次，确保两项指标均超额完成。\n")
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, decoy, 2019)]


# --- growth: the prior stated elsewhere, named the same but for a short lead (通过…) or 上年度 -------------------------

def test_prior_named_with_a_short_lead_difference():
    text = ("一、基本情况\n全区共办理事项126件。上年度专项债券资金为5.96亿元。\n二、主要成效\n"
            "依托专项债券资金6.82亿元，比上年增长{p}%；新建口袋公园12个。\n")
    assert [r["verdict"] for r in run(growth, text.format(p="14.4"), 2021)] == ["consistent"]
    assert [r["verdict"] for r in run(growth, text.format(p="17.4"), 2021)] == ["inconsistent"]


def test_prior_of_a_wider_class_is_not_taken():
    decoy = "一、基本情况\n上年度资金5.96亿元。\n二、主要成效\n依托专项债券资金6.82亿元，比上年增长17.4%。\n"
    assert "inconsistent" not in [r["verdict"] for r in run(growth, decoy, 2021)]


def test_last_years_report_sets_this_years_target():
    text = "一是过紧日子。去年预算报告提出会议费压减15%以上，全年压减126万元，压减比例{a}%，完成了压减目标。\n"
    assert _on(run(target_met, text.format(a="16.3"), 2022), "完成了压减目标") == ["consistent"]
    assert _on(run(target_met, text.format(a="12.4"), 2022), "完成了压减目标") == ["inconsistent"]


def test_money_set_aside_is_no_goal():
    decoy = "二、资金使用\n年初安排专项资金500万元，实际支出480万元，完成了年度任务。\n"
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, decoy, 2021)]


# --- labelled segments holding several targets (年度目标：…；…。完成情况：…；…，均已完成) ------------------------------------

def test_labelled_segments_with_several_targets():
    text = ("二、年度目标完成情况\n年度目标：培训村医200人次；新建与修缮文化礼堂３０处。"
            "完成情况：培训村医216人次；新建与修缮文化礼堂{a}处，均已完成。\n")
    # one row per target, each marking the claim: all hold, or the missed one fails
    assert set(_on(run(target_met, text.format(a="３２"), 2020), "均已完成")) == {"consistent"}
    assert "inconsistent" in _on(run(target_met, text.format(a="２７"), 2020), "均已完成")


def test_listed_claim_naming_the_expected_target():
    text = ("一、2019年工作回顾\n全县进出口总额8.6亿美元，增长{g}%。\n年初县人代会确定的主要预期目标为：进出口总额增长6%。"
            "总体上看，主要指标运行平稳。进出口总额实现了预期目标。\n")
    assert _on(run(target_met, text.format(g="6.2"), 2020), "进出口总额实现了预期目标") == ["consistent"]
    assert _on(run(target_met, text.format(g="5.1"), 2020), "进出口总额实现了预期目标") == ["inconsistent"]


def test_money_drawn_in_is_a_goal_for_all_targets():
    text = ("一、主要工作\n全年招商引资到位资金{a}亿元（年度计划40亿元）。劳动争议结案率96.3%。\n二、存在问题\n项目落地偏慢。\n"
            "总的看，全年招商引资到位资金{a}亿元，劳动争议结案率96.3%，顺利完成年度任务。\n")
    assert _on(run(target_met, text.format(a="42.6"), 2020), "顺利完成年度任务") == ["consistent"]
    assert _on(run(target_met, text.format(a="37.8"), 2020), "顺利完成年度任务") == ["inconsistent"]


# --- growth: a part after ； opening on a metric named in the sentence before, its base in brackets ------------------

def test_rate_after_semicolon_names_a_value_before():
    text = ("二、支出决算情况\n按功能分类：教育支出5.12亿元，节能环保支出0.84亿元，医疗卫生支出2.04亿元。"
            "教育支出占总支出的21.6%；节能环保支出增长{p}%（2019年决算为0.72亿元）。\n")
    assert [r["verdict"] for r in run(growth, text.format(p="16.7"), 2020)] == ["consistent"]
    assert [r["verdict"] for r in run(growth, text.format(p="19.2"), 2020)] == ["inconsistent"]


def test_rate_after_semicolon_naming_nothing_before_is_left_alone():
    decoy = ("二、支出决算情况\n按功能分类：教育支出5.12亿元，节能环保支出0.84亿元。"
             "教育支出占总支出的21.6%；交通运输支出增长19.2%（2019年决算为0.72亿元）。\n")
    assert "inconsistent" not in [r["verdict"] for r in run(growth, decoy, 2020)]


def test_absolute_change_named_by_its_base():
    text = "一、总体情况\n经综合评价，全市绩效考核平均得分91.4分，其中经济指标38.2分、民生指标27.6分，较上年平均得分88.9分提高{d}分。\n"
    assert [r["verdict"] for r in run(growth, text.format(d="2.5"), 2020)] == ["consistent"]
    assert [r["verdict"] for r in run(growth, text.format(d="3.5"), 2020)] == ["inconsistent"]
    # the value not named like the base (该项目得分 / 评价得分): the label sharing a word with the base's metric, not a
    # part after 其中 (the text above is paired without it)
    text = ("四、评价结论\n经综合评价，该项目得分88.6分，其中决策16分、过程19.6分、产出33分、效益20分，等级为“良”，"
            "较2018年度评价得分84.1分提高{d}分。\n")
    assert [r["verdict"] for r in run(growth, text.format(d="4.5"), 2020)] == ["consistent"]
    assert [r["verdict"] for r in run(growth, text.format(d="5.5"), 2020)] == ["inconsistent"]


def test_basis_named_before_on_the_basis():
    text = ("一、总体情况\n年初提出的工作目标为：旅游综合收入在上年21.3亿元的基础上增长8%，引进亿元以上项目25个。\n"
            "一年来，全年实现旅游综合收入24.7亿元，增长{p}%。\n")
    assert [r["verdict"] for r in run(growth, text.format(p="16.0"), 2023) if "24.7" in r["span"]] == ["consistent"]
    assert [r["verdict"] for r in run(growth, text.format(p="15.1"), 2023) if "24.7" in r["span"]] == ["inconsistent"]


def test_rate_target_set_on_a_basis_is_judged():
    text = ("一、总体情况\n年初区工委确定的主要目标是：规模以上工业总产值增长10%，税收收入在上年17.02亿元的基础上增长8%。\n"
            "一年来，全区实现规模以上工业总产值386.5亿元，增长12.0%；实现税收收入{v}亿元，增长{p}%。年初确定的各项目标全部完成。\n")
    assert _on(run(target_met, text.format(v="18.46", p="8.5"), 2023), "各项目标全部完成") == ["consistent"]
    assert _on(run(target_met, text.format(v="18.36", p="7.9"), 2023), "各项目标全部完成") == ["inconsistent"]


def test_level_set_in_the_clause_after_its_setter_then_this_target():
    text = ("一、整改情况\n截至10月底，已办结事项59件，按期办结率{a}%；其余9件正在推进。已整改金额2.31亿元，占问题金额的84.3%。"
            "市委常委会要求，年底前按期办结率达到95%，这一目标如期实现。\n")
    assert _on(run(target_met, text.format(a="97.3"), 2023), "这一目标如期实现") == ["consistent"]
    assert _on(run(target_met, text.format(a="94.6"), 2023), "这一目标如期实现") == ["inconsistent"]


def test_prior_stated_in_a_note_after_semicolon():
    text = ("一、综合\n全年货物运输量865万吨，比上年增长{p}%。全县常住人口42.6万人。\n"
            "说明：部分数据因四舍五入存在误差；上年货物运输量为805万吨。\n")
    assert [r["verdict"] for r in run(growth, text.format(p="7.5"), 2016)] == ["consistent"]
    assert [r["verdict"] for r in run(growth, text.format(p="6.1"), 2016)] == ["inconsistent"]


# --- growth: a rate clause naming only its metric; the value and last year's value stated elsewhere ------------------

_SUBJ = ("一、基本情况\n全年查处案件数428件，工作取得阶段性成效。上年查处案件数为396件。\n二、主要做法\n一是强化督办。"
         "今年查处案件数比上年增长{p}%。二是完善机制。\n")


def test_rate_naming_only_its_metric():
    assert [r["verdict"] for r in run(growth, _SUBJ.format(p="8.1"), 2020)] == ["consistent"]
    assert [r["verdict"] for r in run(growth, _SUBJ.format(p="10.3"), 2020)] == ["inconsistent"]


def test_rate_naming_only_its_metric_with_a_prior_of_another_year():
    decoy = _SUBJ.format(p="10.3").replace("上年查处案件数为396件", "2016年查处案件数为396件")
    assert "inconsistent" not in [r["verdict"] for r in run(growth, decoy, 2020)]


def test_respective_floors_are_not_read_as_denials():
    text = "一、工作成效\n全年城镇新增就业3260人，农村劳动力转移就业{b}人，分别不低于市定目标3000人及5000人。\n"
    assert _on(run(target_met, text.format(b="5420"), 2020), "及5000人") == ["consistent"]
    assert _on(run(target_met, text.format(b="4750"), 2020), "及5000人") == ["inconsistent"]
