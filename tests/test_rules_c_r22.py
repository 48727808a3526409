"""target_met, growth and tables, round 22: a negation with an adverb between it and its verb (未能按期完成), a ceiling
claimed kept (控制在目标以内), a table written into a sentence with its header's names apart by slashes, targets set
"last year at its start" (去年初), a project's plan set a section before its completion percentages, the target word
leading the metric's name (年度目标覆盖率80%), 该项指标 after a share target; a change compared with a value its own
clause names, and a rate whose base is the value less its change. Sentences invented."""
from analysis.rules.growth import growth
from analysis.rules.tables import table_rates, table_targets_met
from analysis.rules.targets import target_met
from rules_cases import run
from rules_cases import verdicts_on as _on


def _alarms(rows: list[dict]) -> list[str]:
    return [r["span"] for r in rows if r["verdict"] == "inconsistent"]


# --- 未能按期完成: an adverb between the negation and the verb ----------------------------------------------------

_NEG = "二、重点工程\n年初计划新建农村污水处理站12座，实际建成{a}座，{claim}年度任务。\n"


def test_negation_with_adverb_holds():
    rows = run(target_met, _NEG.format(a="10", claim="未能按期完成"), 2021)
    assert "inconsistent" not in [r["verdict"] for r in rows]
    assert "consistent" in _on(rows, "未能按期完成")


def test_negation_with_adverb_broken():
    # the stations were all built, the text says they were not
    assert "inconsistent" in _on(run(target_met, _NEG.format(a="13", claim="没有全部完成"), 2021), "没有全部完成")


def test_adverb_without_negation_is_a_claim_met():
    assert "inconsistent" in _on(run(target_met, _NEG.format(a="10", claim="已全部完成"), 2021), "已全部完成")


# --- 门诊费用控制在目标以内: a ceiling claimed kept, marked on the claim -----------------------------------------------

_CEIL = "一、费用控制\n按年度计划，人均门诊费用应控制在260元以内，一季度实际为{a}元，门诊费用控制在目标以内。\n"


def test_ceiling_claim_marked_on_the_claim():
    assert _on(run(target_met, _CEIL.format(a="274"), 2022), "门诊费用控制在目标以内") == ["inconsistent"]


def test_ceiling_claim_kept():
    assert _on(run(target_met, _CEIL.format(a="251"), 2022), "门诊费用控制在目标以内") == ["consistent"]


def test_ceiling_named_by_pct_of_control_target():
    # a decoy: a share of a ceiling (占控制指标的64.0%) then 控制在指标以内 is kept, not missed
    text = ("一、森林防火\n上级下达的森林火灾受害面积控制指标为50公顷，全年实际受害面积32公顷，占控制指标的64.0%，"
            "控制在指标以内。\n")
    assert _alarms(run(target_met, text, 2021)) == []


# --- （指标 / 目标值 / 完成值 / 完成率）：a table written into a sentence ------------------------------------------

_SLASH = ("三、指标完成情况\n本年度重点指标（指标 / 目标值 / 完成值 / 完成率）：培训农民 1200人次 1350人次 {r1}；"
          "新建灌溉渠道 40公里 {a2}公里 {r2}；农田水利达标率 90% 92.7% 103.0%。{claim}\n")


def test_slash_table_rows_judged_by_columns():
    text = _SLASH.format(r1="112.5%", a2="38", r2="95.0%", claim="各项指标均全面完成。")
    rates = run(table_rates, text, 2021)
    assert _on(rates, "培训农民 1200人次 1350人次 112.5%") == ["consistent"]
    assert _on(rates, "新建灌溉渠道 40公里 38公里 95.0%") == ["consistent"]
    assert _on(rates, "农田水利达标率 90% 92.7% 103.0%") == ["consistent"]
    # the header's order is the columns': 1350 done against 1200 set, never 1200 done against 1350
    assert _alarms(run(target_met, text, 2021)) == []
    assert "inconsistent" in [r["verdict"] for r in run(table_targets_met, text, 2021)]


def test_slash_table_rate_broken():
    text = _SLASH.format(r1="113.5%", a2="42", r2="105.0%", claim="")
    assert _on(run(table_rates, text, 2021), "培训农民 1200人次 1350人次 113.5%") == ["inconsistent"]


def test_slash_table_all_met():
    text = _SLASH.format(r1="112.5%", a2="42", r2="105.0%", claim="各项指标均全面完成。")
    assert [r["verdict"] for r in run(table_targets_met, text, 2021)] == ["consistent"]
    assert _alarms(run(target_met, text, 2021)) == []


# --- 去年初…确定的主要预期目标是: the year reviewed set its targets at its start -------------------------------------

_LASTYEAR = ("一、2020年工作回顾\n去年初区人代会确定的主要预期目标是：工业增加值增长9%，财政收入增长6%。从执行情况看，"
             "全区工业增加值完成88.2亿元，同比增长{g}%；财政收入14.3亿元，增长6.5%。\n"
             "全年新开工重点项目46个。\n"
             "总之，一年来全区各项预期目标全面完成，发展质量稳步提升。\n")


def test_targets_set_last_year_start_judge_the_blanket_claim():
    assert _on(run(target_met, _LASTYEAR.format(g="7.6"), 2021), "各项预期目标全面完成") == ["inconsistent"]


def test_targets_set_last_year_start_all_met():
    assert _on(run(target_met, _LASTYEAR.format(g="9.4"), 2021), "各项预期目标全面完成") == ["consistent"]


# --- 计划改造…120户 (a section before) … 为计划的95.0%: the project's plan ----------------------------------------

_PLAN = ("一、项目概况\n该项目计划改造农村危房120户，培训农民工800人，总投资960万元。\n"
         "二、绩效目标完成情况\n全年改造农村危房{a}户，为计划的{p}%；实际培训农民工824人，完成计划的103%。"
         "总体看，各项绩效目标均已实现。\n")


def test_plan_set_earlier_judges_percentages_and_claim():
    rows = run(target_met, _PLAN.format(a="114", p="95.0"), 2019)
    assert _on(rows, "114户，为计划的95.0%") == ["consistent"]
    assert _on(rows, "103%") == ["consistent"]
    assert _on(rows, "各项绩效目标均已实现") == ["inconsistent"]


def test_plan_set_earlier_all_met():
    rows = run(target_met, _PLAN.format(a="126", p="105.0"), 2019)
    assert _on(rows, "各项绩效目标均已实现") == ["consistent"]


def test_plan_of_another_work_is_not_the_target():
    # a decoy: the percentage's work (修缮校舍) is not the one the plan names, nothing to judge it on
    text = ("一、项目概况\n该项目计划改造农村危房120户。\n二、完成情况\n全年修缮校舍114户，为计划的90.0%。\n")
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, text, 2019)]


# --- 年度目标覆盖率80%，实际覆盖率78.4%: the target word leading the metric's name ---------------------------------

_LEAD = "二、环境整治\n垃圾分类稳步推进，年度目标垃圾分类覆盖率80%，实际垃圾分类覆盖率{a}%，圆满完成年度目标任务。\n"


def test_target_word_leading_name_broken():
    assert _on(run(target_met, _LEAD.format(a="78.4"), 2020), "圆满完成年度目标任务") == ["inconsistent"]


def test_target_word_leading_name_holds():
    assert _on(run(target_met, _LEAD.format(a="83.1"), 2020), "圆满完成年度目标任务") == ["consistent"]


# --- 该项指标已如期完成 after a share target, the share stated by its part ---------------------------------------

_THIS = ("一、医疗质量\n全年完成手术3,200台，其中日间手术{n}台，占{p}%。医院年初确定的日间手术占比目标为36%以上，"
         "该项指标已如期完成。\n")


def test_this_indicator_claim_broken():
    assert _on(run(target_met, _THIS.format(n="1,120", p="35.0"), 2023), "该项指标已如期完成") == ["inconsistent"]


def test_this_indicator_claim_holds():
    assert _on(run(target_met, _THIS.format(n="1,184", p="37.0"), 2023), "该项指标已如期完成") == ["consistent"]


# --- growth: 比年初预算60.00万元减少7.70万元，较上年的55.10万元下降5.1% -----------------------------------------

_OWN = "三、“三公”经费\n“三公”经费支出52.30万元，比年初预算60.00万元减少{d}万元，较上年的55.10万元下降5.1%。\n"


def test_change_compared_with_its_own_clause_value():
    rows = run(growth, _OWN.format(d="7.70"), 2022)
    assert _alarms(rows) == []
    assert _on(rows, "下降5.1%") == ["consistent"]


def test_change_to_prior_year_still_judged():
    # a decoy the other way: the change's clause names the prior year only, it is judged against it
    text = "三、“三公”经费\n“三公”经费支出52.30万元，较上年的55.10万元减少{d}万元。\n"
    assert "inconsistent" in [r["verdict"] for r in run(growth, text.format(d="7.70"), 2022)]
    assert "inconsistent" not in [r["verdict"] for r in run(growth, text.format(d="2.80"), 2022)]


# --- growth: 42.5万吨，比上年增产2.5万吨，增长6.6%: the base is the value less the change --------------------------

_CHG = "一、农业生产\n全年蔬菜产量42.5万吨，比上年增产2.5万吨，增长{g}%。\n"


def test_rate_on_value_less_change_holds():
    assert _on(run(growth, _CHG.format(g="6.3"), 2021), "增长6.3%") == ["consistent"]


def test_rate_on_value_less_change_broken():
    # 2.5/40 = 6.25%: the value's rounding counts once, not once in the value and again in the base
    assert _on(run(growth, _CHG.format(g="6.6"), 2021), "增长6.6%") == ["inconsistent"]


def test_rate_on_value_plus_change_falls():
    text = "一、农业生产\n全年化肥施用量4.80万吨，比上年减少0.30万吨，下降{g}%。\n"
    assert _on(run(growth, text.format(g="5.9"), 2021), "下降5.9%") == ["consistent"]
    assert _on(run(growth, text.format(g="6.1"), 2021), "下降6.1%") == ["inconsistent"]


# --- 年度目标任务基本完成: a hedge after targets set ahead ----------------------------------------------------------

_HEDGE = ("一、年度目标\n年初确定的重点目标为：新建养老服务站6个，培训护理员200人。\n"
          "二、完成情况\n全年新建养老服务站6个，培训护理员{n}人。\n三、总体评价\n年度目标任务{claim}。\n")


def test_hedged_claim_is_no_claim():
    assert _alarms(run(target_met, _HEDGE.format(n="184", claim="基本完成"), 2024)) == []


def test_unhedged_claim_still_judged():
    assert "inconsistent" in _on(run(target_met, _HEDGE.format(n="184", claim="全面完成"), 2024), "年度目标任务全面完成")


# --- 购置预算36.0万元，实际支出33.8万元，控制在预算以内: the value named by its verb alone -----------------------------

_BUDGET = "二、经费管理\n办公设备购置预算36.0万元，{who}{a}万元，控制在预算以内。\n"


def test_budget_kept_by_bare_verb_value():
    assert _on(run(target_met, _BUDGET.format(who="实际支出", a="33.8"), 2020), "控制在预算以内") == ["consistent"]


def test_budget_kept_by_bare_verb_value_broken():
    assert _on(run(target_met, _BUDGET.format(who="实际支出", a="38.2"), 2020), "控制在预算以内") == ["inconsistent"]


def test_budget_and_another_spending_named():
    # a decoy: the spending named is another one (培训支出), not the budget's
    assert _alarms(run(target_met, _BUDGET.format(who="培训支出", a="38.2"), 2020)) == []


# --- 共受理投诉426件，其中消费类318件、服务类108件，比上年增加26件，增长6.5%: the total's change --------------------------

_PARTS = "一、投诉受理\n全年共受理投诉案件426件，其中消费类318件、服务类108件，比上年增加26件，增长{g}%。\n"


def test_change_after_parts_list_is_the_totals():
    assert _on(run(growth, _PARTS.format(g="6.5"), 2020), "增长6.5%") == ["consistent"]


def test_change_after_parts_list_broken():
    assert _on(run(growth, _PARTS.format(g="7.2"), 2020), "增长7.2%") == ["inconsistent"]


# --- 均控制在…25起、6人控制指标以内: ceilings listed together after the values ------------------------------------

_CEILS = ("三、安全生产\n全年发生道路交通事故{n}起、死亡{d}人，同比分别下降10.0%和14.3%（上年分别为{pn}起、7人），"
          "事故起数和死亡人数均控制在省下达的25起、6人控制指标以内。\n")


def test_listed_ceilings_kept():
    assert _on(run(target_met, _CEILS.format(n="18", d="6", pn="20"), 2021), "均控制在省下达的25起、6人控制指标以内") == ["consistent"]


def test_listed_ceilings_one_passed():
    assert _on(run(target_met, _CEILS.format(n="27", d="6", pn="30"), 2021), "均控制在省下达的25起、6人控制指标以内") == ["inconsistent"]


def test_listed_ceilings_bracketed_prior_is_not_the_value():
    # a decoy: the prior year's 30起 in brackets is over the ceiling, this year's 18 is not
    assert _alarms(run(target_met, _CEILS.format(n="18", d="6", pn="30"), 2021)) == []


# --- 计划…出水水质达标率达到95%以上 (the plan) … 出水水质达标率93.8%，达到年初确定的目标 ---------------------------------

_PLAN_RATE = ("一、项目概况\n该项目计划建设乡镇污水处理站8座，出水水质达标率达到95%以上。\n"
              "二、完成情况\n抽检水样80份，合格{n}份，{what}{p}%，达到年初确定的目标。\n")


def test_planned_level_judges_claim():
    assert _on(run(target_met, _PLAN_RATE.format(n="77", what="出水水质达标率", p="96.3"), 2020), "达到年初确定的目标") == ["consistent"]
    assert _on(run(target_met, _PLAN_RATE.format(n="75", what="出水水质达标率", p="93.8"), 2020), "达到年初确定的目标") == ["inconsistent"]


def test_planned_level_of_another_metric():
    # a decoy: the rate claimed (用户满意度) is not the one the plan set
    assert _alarms(run(target_met, _PLAN_RATE.format(n="75", what="用户满意度", p="93.8"), 2020)) == []


# --- 控制在5.5%以内的目标范围: the ceiling's noun marked with the claim -----------------------------------------------

def test_ceiling_noun_marked():
    text = "一、经济运行\n城镇登记失业率{a}%，控制在4.5%以内的目标范围。\n"
    assert _on(run(target_met, text.format(a="3.9"), 2022), "以内的目标范围") == ["consistent"]
    assert _on(run(target_met, text.format(a="4.7"), 2022), "以内的目标范围") == ["inconsistent"]


# --- 降价55.0%: a price cut is a fall -------------------------------------------------------------------------

def test_price_cut_is_a_fall():
    assert _on(run(growth, "二、集中采购\n中选药品平均降价48.2%，减轻群众负担。\n", 2021), "降价48.2%") == ["unverifiable"]
    text = "二、集中采购\n某类支架单价由上年的1.20万元降至{a}万元，降价{p}%。\n"
    assert _on(run(growth, text.format(a="0.54", p="55.0"), 2021), "降价55.0%") == ["consistent"]
    assert _on(run(growth, text.format(a="0.54", p="58.0"), 2021), "降价58.0%") == ["inconsistent"]


# --- 支出总计5,280.40万元。与上年相比，支出总计增加412.60万元，增长8.5%: the change's level named before ---------------

_LEVEL = ("一、收支情况\n2022年度支出总计5,280.40万元，其中：基本支出3,912.10万元，项目支出1,368.30万元。"
          "与上年相比，{name}增加412.60万元，增长{g}%。\n")


def test_change_named_level_before():
    assert _on(run(growth, _LEVEL.format(name="支出总计", g="8.5"), 2022), "增长8.5%") == ["consistent"]
    assert _on(run(growth, _LEVEL.format(name="支出总计", g="9.2"), 2022), "增长9.2%") == ["inconsistent"]

