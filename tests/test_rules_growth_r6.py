"""growth and target_met, round 6: bases stated elsewhere, unit slips, year contrasts, named targets and bare claims.
Sentences are invented for the tests (none is copied from the corpus)."""
from analysis.rules.growth import growth
from analysis.rules.targets import target_met
from rules_cases import run, verdicts


def _growth_of(rows: list[dict], rate: str) -> list[str]:
    return [r["verdict"] for r in rows if rate in r["span"]]


# ---------------------------------------------------------------- a base stated in a sentence of its own elsewhere
def test_base_stated_in_another_paragraph_is_used():
    text = ("一、运输生产\n全年完成货运量520万吨，同比增长{rate}。\n\n"
            "二、其他事项\n2019年，全县货运量为500万吨，数据已经统计部门核定。")
    assert verdicts(growth, text.format(rate="4.0%"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(rate="6.0%"), 2020) == ["inconsistent"]


def test_base_elsewhere_two_values_listed_with_their_names():
    text = ("全年发生火灾事故40起、受伤12人，同比分别下降{a}和25.0%。\n"
            "作为对比，2019年全市发生火灾事故50起、受伤16人。")
    assert verdicts(growth, text.format(a="20.0%"), 2020) == ["consistent", "consistent"]
    assert verdicts(growth, text.format(a="15.0%"), 2020) == ["inconsistent", "consistent"]


def test_base_elsewhere_invented_wording_last_year_lead():
    # 去年同期 opening the sentence, the metric with its verb
    text = "今年全镇完成植树造林1,150亩，同比增长15.0%。\n去年同期，全镇完成植树造林1,000亩。"
    assert verdicts(growth, text, 2020) == ["consistent"]


def test_base_elsewhere_left_alone_when_uncertain():
    cur = "全年完成货运量520万吨，同比增长6.0%。\n"
    # another scope (全省), another year, a name stated twice, a plan: no base, the rate stays unverifiable
    assert verdicts(growth, cur + "2019年，全省货运量为500万吨。", 2020) == ["unverifiable"]
    assert verdicts(growth, cur + "2018年，全县货运量为500万吨。", 2020) == ["unverifiable"]
    assert verdicts(growth, cur + "2019年，全县货运量为500万吨。\n2019年，全县货运量为480万吨。", 2020) == ["unverifiable"]
    assert verdicts(growth, "全年完成货运量520万吨，环比增长6.0%。\n2019年，全县货运量为500万吨。", 2020) == ["unverifiable"]


# ---------------------------------------------------------------- a base in brackets with its own verb
def test_bracketed_base_named_by_its_verb():
    text = "全年发放助学贷款860笔、1,290万元，同比下降{rate}（上年发放1,410万元）。"
    assert verdicts(growth, text.format(rate="8.5%"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(rate="6.0%"), 2020) == ["inconsistent"]


# ---------------------------------------------------------------- 万 and 元 mixed up in the base
def test_base_in_the_wrong_unit_is_a_unit_slip():
    rows = run(growth, "村集体经济收入2.4亿元，比上年的20000元增长20%。", 2020)
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    assert rows[0]["cause"] == "万元 and 元 mixed up in the base"


def test_far_apart_values_that_are_no_unit_slip_are_left_alone():
    # a total against a per-capita value: 120亿元 / 35000元 is no power of ten times 1.08
    assert "inconsistent" not in verdicts(growth, "全县生产总值120亿元，比上年的35000元增长8%。", 2020)


# ---------------------------------------------------------------- a level between the value and its rate
def test_base_unit_tells_which_value_grew():
    text = "全年签约居民3,300人，签约率30.1%，比上年增长{rate}（上年为3,000人）。"
    assert verdicts(growth, text.format(rate="10.0%"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(rate="12.0%"), 2020) == ["inconsistent"]
    # without the base the rate could be of the 签约率: left unverifiable
    assert verdicts(growth, "全年签约居民3,300人，签约率30.1%，比上年增长12.0%。", 2020) == ["unverifiable"]


# ---------------------------------------------------------------- years contrasted in one sentence
def test_year_before_named_earlier_in_the_sentence():
    text = "2019年全县粮食产量为25.0万吨，2020年达到27.0万吨，同比增长{rate}。"
    assert verdicts(growth, text.format(rate="8.0%"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(rate="9.0%"), 2020) == ["inconsistent"]
    # invented: last year and this year named by words
    assert verdicts(growth, "上年受理投诉1,500件；今年受理1,200件，同比下降25%。", 2020) == ["inconsistent"]


def test_value_of_the_reports_own_year_is_not_a_base():
    # 2020年末为51万人 is this year's value: never taken as the base of 50万人
    rows = run(growth, "2019年末全县常住人口为50万人，2020年末为51万人，人口增长率为2%。", 2020)
    assert "inconsistent" not in [r["verdict"] for r in rows]


# ---------------------------------------------------------------- other wordings of rate and base
def test_prior_year_sentence_named_as_a_year_of_account():
    text = "上年度共受理申请1,600件。本年度受理申请1,840件，比上年增长{rate}。"
    assert verdicts(growth, text.format(rate="15.0%"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(rate="12.0%"), 2020) == ["inconsistent"]


def test_increase_in_output_worded_as_zeng_chan():
    text = "油料总产量达到3.30万吨，比上年的3.00万吨{verb}。"
    assert verdicts(growth, text.format(verb="增产10.0%"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(verb="增产12.0%"), 2020) == ["inconsistent"]
    assert verdicts(growth, "油料总产量达到2.70万吨，比上年的3.00万吨减产10.0%。", 2020) == ["consistent"]


def test_compared_with_last_years_value_xiangbi():
    text = "全年实现营业收入1.32亿元，与上年的1.20亿元相比增长了{rate}。"
    assert verdicts(growth, text.format(rate="10.0%"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(rate="15.0%"), 2020) == ["inconsistent"]


# ---------------------------------------------------------------- 翻一番 with no base
def test_doubling_since_a_year_without_its_value_is_unverifiable():
    rows = run(growth, "全县家庭农场数量比2018年翻了一番，达到120家。", 2020)
    assert [r["verdict"] for r in rows] == ["unverifiable"]
    assert "翻了一番" in rows[0]["span"]
    assert run(growth, "力争到2025年全县家庭农场数量比2020年翻一番。", 2020) == []


# ---------------------------------------------------------------- targets
def test_ceiling_on_a_subject_that_names_the_listed_value():
    text = "全年发生交通事故31起、死亡{n}人，交通事故死亡人数控制在省下达的8人控制指标以内。"
    assert _growth_of(run(target_met, text.format(n=9), 2020), "8人") == ["inconsistent"]
    assert _growth_of(run(target_met, text.format(n=7), 2020), "8人") == ["consistent"]
    # a subject with a word the value's clause does not have (较大) is of another value
    assert run(target_met, "全年发生火灾12起，较大火灾控制在1起以内。", 2020) == []


def test_relation_to_a_target_marks_the_target_noun_after_it():
    rows = run(target_met, "Ⅰ类水质断面12个，占80.0%，高于市下达的75%考核目标。", 2020)
    assert [r["verdict"] for r in rows] == ["consistent"]
    assert rows[0]["span"].endswith("考核目标")


def test_completion_of_a_target_whose_value_is_named_earlier():
    text = "全年完成固定资产投资86.1亿元，同比增长5.2%。固定资产投资完成年度计划目标82亿元的{p}。"
    assert verdicts(target_met, text.format(p="105.0%"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(p="106.5%"), 2020) == ["inconsistent"]
    # another metric opens the sentence: nothing earlier is named so
    other = "全年完成固定资产投资86.1亿元，同比增长5.2%。工业投资完成年度计划目标82亿元的106.5%。"
    assert "inconsistent" not in verdicts(target_met, other, 2020)


def test_target_level_set_for_a_named_metric():
    text = "年度目标为入园率达到85%，实际达到{a}，{claim}。"
    assert verdicts(target_met, text.format(a="83.2%", claim="完成了年度目标"), 2020) == ["inconsistent"]
    assert verdicts(target_met, text.format(a="86.4%", claim="完成了年度目标"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(a="83.2%", claim="未完成年度目标"), 2020) == ["consistent"]


def test_bare_claim_after_the_actual_value():
    text = "全年绿道建设任务60公里，实际建成{a}公里，超额完成。"
    assert verdicts(target_met, text.format(a=54), 2020) == ["inconsistent"]
    assert verdicts(target_met, text.format(a=66), 2020) == ["consistent"]
    # no claim: the row only records how they stand
    assert verdicts(target_met, "全年绿道建设任务60公里，实际建成54公里。", 2020) == ["consistent"]


def test_base_elsewhere_for_a_value_restated_in_summary_and_section():
    text = ("全年完成货运量520万吨，同比增长6.0%。\n一、运输生产\n全县完成货运量520万吨，同比增长6.0%。\n"
            "2019年，全县货运量为500万吨。")
    assert verdicts(growth, text, 2020) == ["inconsistent", "inconsistent"]
    # two different values under one name: which one the base is of cannot be told
    text = "全年完成货运量520万吨，同比增长6.0%。\n全县完成货运量530万吨，同比增长6.0%。\n2019年，全县货运量为500万吨。"
    assert verdicts(growth, text, 2020) == ["unverifiable", "unverifiable"]


def test_base_elsewhere_for_a_change_in_points():
    text = "全市森林覆盖率41.6%，较上年提高{pp}个百分点。\n\n三、附注\n2019年，全市森林覆盖率为41.2%。"
    assert verdicts(growth, text.format(pp="0.4"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(pp="0.6"), 2020) == ["inconsistent"]


def test_doubling_as_a_goal_gets_no_row():
    assert run(growth, "目标是全县家庭农场数量比2020年翻一番。", 2020) == []
    assert run(growth, "到2025年，全县家庭农场数量比2020年翻一番。", 2020) == []
    # invented: the value first, the doubling in the clause after
    rows = run(growth, "全县电商企业达到86家，比2017年翻了一番多。", 2020)
    assert [r["verdict"] for r in rows] == ["unverifiable"]


# ---------------------------------------------------------------- targets and results in labelled segments
def test_labelled_target_then_labelled_result_with_a_claim():
    text = "年度目标：新建村级服务站40个。完成情况：建成{a}个，目标任务全面完成。"
    assert verdicts(target_met, text.format(a=36), 2020) == ["inconsistent"]
    assert verdicts(target_met, text.format(a=42), 2020) == ["consistent"]
    # a claim of its own segment after the result
    text = "目标任务：培育龙头企业15家；实际培育{a}家；完成情况：已完成。"
    assert verdicts(target_met, text.format(a=12), 2020) == ["inconsistent"]
    assert verdicts(target_met, text.format(a=16), 2020) == ["consistent"]


def test_labelled_target_invented_wording_and_decoys():
    # invented: 绩效目标 / 执行情况, a claim of not meeting
    assert verdicts(target_met, "绩效目标：培训农民800人次。执行情况：培训650人次，未完成年度目标。", 2020) == ["consistent"]
    # two results of the unit: which one is the target's cannot be told
    text = "年度目标：新建村级服务站40个。完成情况：建成36个，改造12个，目标任务全面完成。"
    assert "inconsistent" not in verdicts(target_met, text, 2020)
    # no result segment after the target: nothing to judge
    assert run(target_met, "年度目标：新建村级服务站40个。全年工作平稳有序。", 2020) == []


def test_year_before_stated_after_the_reports_year():
    text = "2020年招收学员{a}人，2019年招收学员1,000人，同比增长10.0%。"
    assert verdicts(growth, text.format(a="1,100"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(a="1,150"), 2020) == ["inconsistent"]
    assert verdicts(growth, "2020年接诊病人1,150人次，2019年接诊病人1,000人次，接诊人次增长10.0%。", 2020) == ["inconsistent"]


def test_from_class_of_to_class_of():
    # 由2019届的…增加到2020届的…: a cohort named like a year
    assert verdicts(growth, "毕业生平均起薪由2019届的5,000元增加到2020届的5,400元，增长8.0%。", 2020) == ["consistent"]
    assert verdicts(growth, "毕业生平均起薪由2019届的5,000元增加到2020届的5,400元，增长9.0%。", 2020) == ["inconsistent"]


def test_completion_rate_of_a_target_with_the_one_value_between():
    text = "全年计划新建公厕40座，上半年已建成{a}座，完成25.0%。"
    assert verdicts(target_met, text.format(a=10), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(a=12), 2020) == ["inconsistent"]


def test_ceiling_whose_subject_names_a_value_of_the_sentence_before():
    text = "全年发生生产安全事故12起、死亡{n}人。事故死亡人数控制在市下达的6人以内。"
    assert verdicts(target_met, text.format(n=5), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(n=7), 2020) == ["inconsistent"]
    # a subject that names nothing stated before (较大事故): left alone
    assert run(target_met, "全年发生生产安全事故12起、死亡7人。较大事故控制在1起以内。", 2020) == []


def test_base_elsewhere_left_alone_when_the_name_has_two_values():
    text = ("一、农业专项资金\n全年拨付资金2,365万元，同比增长30.0%。\n二、教育专项资金\n全年拨付资金1,865万元。\n"
            "2019年，拨付资金为1,700万元。")
    assert verdicts(growth, text, 2020) == ["unverifiable"]


def test_completion_percentage_reviews_a_plan_stated_with_ji_hua_xin_zeng():
    text = "全年计划新增充电桩2000个，上半年新增{a}个，完成30.0%。"
    assert verdicts(target_met, text.format(a=600), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(a=660), 2020) == ["inconsistent"]
    # a plan for what is still to come: no row
    assert run(target_met, "下半年力争新增充电桩1400个，力争完成70.0%。", 2020) == []
