"""growth and target_met: rates against stated bases, implied bases, targets and claims of meeting them."""
import pytest

from analysis.rules.growth import growth
from analysis.rules.targets import target_met
from rules_cases import run, verdicts


# ---------------------------------------------------------------- growth
def test_growth_without_base_gives_the_implied_base_interval():
    rows = run(growth, "已累计帮助企业争取到上级科技资金4941万元，同比增长20.7%。")
    assert [r["verdict"] for r in rows] == ["unverifiable"]
    # low = 4940.5/1.2075 = 4091.51…, high = 4941.5/1.2065 = 4095.73…, rounded outward
    assert "[4091.5, 4095.8]万元" in rows[0]["computed"]
    assert rows[0]["figure_ids"] == "F001 F002"


@pytest.mark.parametrize("text", [
    "争取上级科技资金6,380万元，同比增长15.6%，上年为5,518万元。",
    "争取上级科技资金6,380万元，比上年的5,518万元增长15.6%。",
    "争取上级科技资金由上年的5,518万元增加到6,380万元，同比增长15.6%。",
])
def test_growth_with_base_worded_three_ways(text):
    assert verdicts(growth, text) == ["consistent"]


def test_growth_fails():
    rows = run(growth, "实现主营业务收入1,680亿元，比上年的1,520亿元增长12.5%。")
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    assert "10.46–10.60%" in rows[0]["computed"]


def test_growth_on_the_rounding_boundary():
    # 110/100 = 10% exactly; 10.0% holds, 10.1% does not (110/100 with exact counts)
    assert verdicts(growth, "接待游客110人，同比增长10.0%，上年为100人。") == ["consistent"]
    assert verdicts(growth, "接待游客110人，同比增长10.1%，上年为100人。") == ["inconsistent"]


def test_decline_and_percentage_points_and_multiples():
    assert verdicts(growth, "全年福利彩票销售2.38亿元，同比下降18.2%（上年为2.91亿元）。") == ["consistent"]
    assert verdicts(growth, "森林覆盖率由上年的31.6%提高到32.4%，提高0.8个百分点。") == ["consistent"]
    assert verdicts(growth, "森林覆盖率由上年的31.6%提高到32.4%，提高1.8个百分点。") == ["inconsistent"]
    assert verdicts(growth, "林下经济产值达到2.4亿元，是上年1.6亿元的1.5倍。") == ["consistent"]


def test_paired_lists_of_rates_and_bases():
    text = "接待游客1,356.8万人次，同比增长11.2%；旅游总收入128.6亿元，同比增长14.5%，上年分别为1,220.2万人次和112.3亿元。"
    assert verdicts(growth, text) == ["consistent", "consistent"]


def test_rate_without_any_value_is_unverifiable():
    rows = run(growth, "工业用电量同比增长6.8%。单位GDP能耗下降3.6%。")
    assert [r["verdict"] for r in rows] == ["unverifiable", "unverifiable"]


def test_plans_and_targets_are_not_growth_claims():
    assert run(growth, "力争社会消费品零售总额增长13%左右。") == []
    assert run(growth, "同比增长10.8%，完成了增长10%以上的年度目标。")[0]["stated"].endswith("增长10.8%")
    assert len(run(growth, "同比增长10.8%，完成了增长10%以上的年度目标。")) == 1


# ---------------------------------------------------------------- target_met
@pytest.mark.parametrize("text", [
    "争取到上级科技资金4941万元，同比增长20.7%，已超额完成政府提出的较上年增长20%以上的要求。",
    "全市规模以上工业增加值412.6亿元，同比增长20.7%，完成了增长20%以上的年度目标。",
    "社会消费品零售总额156.8亿元，同比增长20.7%，实现了年初确定的增长20%的目标。",
])
def test_target_met_worded_three_ways(text):
    assert verdicts(target_met, text) == ["consistent"]


def test_target_claimed_but_not_met():
    rows = run(target_met, "全年完成工业固定资产投资265亿元，增长16.2%，实现了年初提出的增长18%的目标。")
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    rows = run(target_met, "全年新增有效灌溉面积1.8万亩，超额完成年初确定的新增2万亩的目标任务。")
    assert [r["verdict"] for r in rows] == ["inconsistent"]


def test_target_boundary():
    # exactly at the target: 完成 holds, 超额完成 needs more than the target
    assert verdicts(target_met, "收入增长20%，完成了增长20%以上的目标。") == ["consistent"]
    assert verdicts(target_met, "收入增长19.9%，完成了增长20%以上的目标。") == ["inconsistent"]


def test_percent_of_target_points_over_target_and_ceilings():
    assert verdicts(target_met, "全年城镇新增就业2.35万人，完成年度目标任务2.2万人的106.8%。") == ["consistent"]
    assert verdicts(target_met, "一般公共预算收入完成12.36亿元，为年初预算12.08亿元的112.3%。") == ["inconsistent"]
    assert verdicts(target_met, "地区生产总值同比增长13.5%，比年初确定的12%的预期目标高出1.5个百分点。") == ["consistent"]
    assert verdicts(target_met, "城镇登记失业率为3.2%，控制在4.5%以内。") == ["consistent"]
    assert verdicts(target_met, "城镇登记失业率为4.8%，控制在4.5%以内。") == ["inconsistent"]


def test_plans_are_not_targets_met():
    assert run(target_met, "力争新增国家级高新技术企业15家以上，完成年度目标。") == []


# ---------------------------------------------------------------- broadened wording (tuning2 families)
@pytest.mark.parametrize("text, verdict", [
    ("救援队伍由2019年的26支增加到34支，增幅为30.8%。", "consistent"),
    ("救援队伍由2019年的26支增加到34支，增幅为32.8%。", "inconsistent"),
    ("人均收入由上年的15,660元增加到16,820元，增速为7.4%。", "consistent"),
    ("发案数由上年的45起减少到38起，降幅为15.6%。", "consistent"),
])
def test_width_words_as_growth_cues(text, verdict):
    assert verdicts(growth, text) == [verdict]


def test_paired_values_with_bases_before_and_a_named_subject():
    text = "全年发生事故7起、死亡5人，上年分别为9起、7人，事故起数和死亡人数分别下降22.2%和28.6%。"
    assert verdicts(growth, text) == ["consistent", "consistent"]
    text = "全年发生事故7起、死亡5人，上年分别为9起、7人，事故起数和死亡人数分别下降12.2%和28.6%。"
    assert verdicts(growth, text) == ["inconsistent", "consistent"]


@pytest.mark.parametrize("text, verdicts_", [
    ("全年组织税收收入28.46亿元，比上年的25.83亿元增加2.63亿元，增长10.2%。", ["consistent", "consistent"]),
    ("全年组织税收收入28.46亿元，比上年的25.83亿元增加2.73亿元，增长10.2%。", ["inconsistent", "consistent"]),
    ("交办代表建议386件，比上年同期多47件（上年为339件）。", ["consistent"]),
    ("交办代表建议386件，比上年同期少47件（上年为339件）。", ["inconsistent"]),
    ("人均场地面积由2010年的1.18平方米提高到1.36平方米，较2010年提高0.18平方米。", ["consistent"]),
    ("安排专项资金1,250万元，比上年多180万元。", ["unverifiable"]),
])
def test_absolute_changes_are_growth_rows(text, verdicts_):
    assert verdicts(growth, text) == verdicts_


def test_absolute_change_names_its_own_value():
    rows = run(growth, "获得金牌56枚、银牌48枚，奖牌总数104枚，金牌数比上届多11枚。")
    assert [r["verdict"] for r in rows] == ["unverifiable"] and "56枚" in rows[0]["computed"]


def test_growth_by_a_fraction_in_words():
    assert verdicts(growth, "专项经费由上年的36万元增加到48万元，增长三分之一。") == ["consistent"]
    assert verdicts(growth, "专项经费由上年的36万元增加到54万元，增长三分之一。") == ["inconsistent"]


def test_average_annual_growth_over_the_years_stated():
    text = "资产总额由2020年末的2,510.2亿元增长到3,286.5亿元，年均增长9.4%。"
    assert verdicts(growth, text, year=2023) == ["consistent"]
    assert verdicts(growth, text.replace("9.4%", "10.4%"), year=2023) == ["inconsistent"]


@pytest.mark.parametrize("text, verdict", [
    ("初次就业率为91.27%，比上年提高1.6个百分点（上年为89.67%）。", "consistent"),
    ("初次就业率为91.27%，比上年提高1.8个百分点（上年为89.67%）。", "inconsistent"),
    ("预报准确率为87.6%，比上年提高1.3个百分点。", "unverifiable"),
    ("税收收入占一般公共预算收入的比重同比上升1.2个百分点。", "unverifiable"),
])
def test_percentage_points_against_a_level_and_its_base(text, verdict):
    assert verdicts(growth, text) == [verdict]


def test_review_heading_with_plan_in_it_is_not_a_plan():
    text = "一、审计计划执行情况\n查出问题金额12.46亿元，比上年的10.53亿元增长18.3%。"
    assert verdicts(growth, text) == ["consistent"]
    assert run(growth, "二、2019年工作安排\n地区生产总值增长7%左右。", year=2019) == []


@pytest.mark.parametrize("text, verdict", [
    ("全年执法检查目标为400家次，实际完成438家次，完成年度目标任务的109.5%。", "consistent"),
    ("全年执法检查目标为400家次，实际完成438家次，完成年度计划的112.5%。", "inconsistent"),
    ("高标准农田建设目标为1万亩，实际完成1.2万亩，超额完成年度任务。", "consistent"),
    ("高标准农田建设目标为1万亩，实际完成0.8万亩，超额完成年度任务。", "inconsistent"),
    ("全年计划开展人工增雨作业40次，实际完成32次，未完成年度计划。", "consistent"),
    ("全年计划开展人工增雨作业40次，实际完成42次，未完成年度计划。", "inconsistent"),
    ("预报准确率为87.6%，考核目标为85%，达到了省局的考核要求。", "consistent"),
    ("预报准确率为83.6%，考核目标为85%，达到了省局的考核要求。", "inconsistent"),
])
def test_targets_stated_before_the_result_and_claims_after_it(text, verdict):
    assert verdicts(target_met, text) == [verdict]


def test_target_ignores_bases_and_changes_when_picking_the_result():
    text = "全年组织税收收入28.46亿元，比上年的25.83亿元增加2.63亿元，增长10.2%，完成县政府下达目标27亿元的105.4%。"
    rows = run(target_met, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and "28.46亿元/27亿元" in rows[0]["computed"]


def test_a_done_count_is_not_a_claim_of_meeting_the_target():
    assert "inconsistent" not in verdicts(target_met, "行动年度任务共126项，已完成118项，完成进度为93.7%。")
    assert run(target_met, "问题已解决或列入计划逐步解决的比例达到76.2%。") == []


# ---------------------------------------------------------------- change and new level; points against an inner base; ceilings
@pytest.mark.parametrize("rate, verdict", [("2.9%", "consistent"), ("3.9%", "inconsistent")])
def test_change_and_new_level_give_the_base(rate, verdict):
    text = f"全年粮食总产量21.84万吨，比上年增加0.62万吨，增长{rate}。"
    rows = [r for r in run(growth, text) if rate in r["stated"]]
    assert [r["verdict"] for r in rows] == [verdict]


@pytest.mark.parametrize("text, verdict", [
    ("“三公”经费支出18.62万元，比上年减少3.14万元，下降14.4%。", "consistent"),
    ("机关运行经费支出56.38万元，比上年增加2.16万元，增长3.6%。", "inconsistent"),
])
def test_change_and_new_level_wording_variants(text, verdict):
    rows = [r for r in run(growth, text) if "%" in r["stated"]]
    assert [r["verdict"] for r in rows] == [verdict]


@pytest.mark.parametrize("pp, verdict", [("2.3", "consistent"), ("2.7", "inconsistent")])
def test_points_against_a_base_inside_the_rate_clause(pp, verdict):
    text = f"高技术制造业增加值的比重为18.6%，比上年的16.3%提高{pp}个百分点。"
    assert verdicts(growth, text) == [verdict]


def test_spending_under_its_budget_is_not_a_missed_target():
    text = "“三公”经费财政拨款支出决算18.62万元，完成预算的77.6%（预算数为24.00万元），比上年减少3.14万元。"
    rows = run(target_met, text)
    assert [r["verdict"] for r in rows] == ["consistent"]
    assert rows[0]["computed"].startswith("18.62万元/24.00万元")


def test_completion_percentage_with_the_target_in_brackets_fails():
    rows = run(target_met, "项目支出18.62万元，完成预算的70.6%（预算数为24.00万元）。")
    assert [r["verdict"] for r in rows] == ["inconsistent"]


# ---------------------------------------------------------------- 压缩/缩短/净增, unit-named subjects (tuning3 forms)
@pytest.mark.parametrize("text, verdict", [
    ("办理时限由法定的19.6个工作日压缩至4.3个工作日，压缩78.1%。", "consistent"),
    ("办理时限由法定的19.6个工作日压缩至4.3个工作日，压缩70.1%。", "inconsistent"),
    ("审批时间由120个工作日压缩至45个工作日以内，压缩62.5%。", "consistent"),
])
def test_compressed_from_a_to_b(text, verdict):
    assert verdicts(growth, text) == [verdict]


def test_compressed_to_a_bound_never_refutes():
    # 45个工作日以内 is a bound: a rate that does not fit the bound as stated is left unverifiable, not flagged
    assert verdicts(growth, "审批时间由120个工作日压缩至45个工作日以内，压缩70%。") == ["unverifiable"]


@pytest.mark.parametrize("text", [
    "出院者平均住院日8.9日，比上年缩短0.3日。",
    "年末规模以上工业企业126家，比上年末净增9家。",
])
def test_absolute_change_without_base_is_unverifiable(text):
    rows = run(growth, text)
    assert [r["verdict"] for r in rows] == ["unverifiable"]
    assert "implies a prior-year base" in rows[0]["computed"]


def test_net_increase_with_base():
    assert verdicts(growth, "年末规模以上工业企业126家，比上年末净增9家（上年末为117家）。") == ["consistent"]
    assert verdicts(growth, "年末规模以上工业企业126家，比上年末净增9家（上年末为107家）。") == ["inconsistent"]


@pytest.mark.parametrize("stated, verdict", [("22.2%", "consistent"), ("20.2%", "inconsistent")])
def test_subject_naming_the_measure_word(stated, verdict):
    # 批次 names the count in 批, not the 人次 just before the rate
    assert verdicts(growth, f"集体访63批、1,208人次，批次同比下降{stated}（上年为81批）。", year=2017) == [verdict]


# ---------------------------------------------------------------- targets (tuning3 forms)
@pytest.mark.parametrize("stated, verdict", [("94.2%", "consistent"), ("96.2%", "inconsistent")])
def test_completion_rate_after_target(stated, verdict):
    text = f"利润总额考核目标为5.5亿元，集团实际完成5.18亿元，完成率{stated}，圆满完成年度考核目标。"
    rows = [r for r in run(target_met, text, year=2023) if "%" in r["computed"]]
    assert [r["verdict"] for r in rows] == [verdict]


def test_success_claimed_below_target():
    text = "利润总额考核目标为5.5亿元，集团实际完成5.18亿元，完成率94.2%，圆满完成年度考核目标。"
    rows = run(target_met, text, year=2023)
    claim = [r for r in rows if r["verdict"] == "inconsistent"]
    assert len(claim) == 1 and claim[0]["span"].endswith("圆满完成年度考核目标")


def test_plan_with_actual_is_a_review_not_a_plan():
    text = "全年实施区级重点项目96个，计划投资85亿元，实际完成投资91.2亿元，完成年度计划的107.3%。"
    assert verdicts(target_met, text, year=2023) == ["consistent"]
    assert verdicts(target_met, text.replace("107.3%", "117.3%"), year=2023) == ["inconsistent"]


@pytest.mark.parametrize("stated, verdict", [("0.8", "consistent"), ("2.8", "inconsistent")])
def test_points_above_a_target_fixed_at_the_start_of_the_year(stated, verdict):
    text = f"全区地区生产总值完成412.6亿元，增长6.8%，高于年初确定的6%左右预期目标{stated}个百分点。"
    assert verdicts(target_met, text, year=2023) == [verdict]


def test_beyond_target_claim_after_percentage():
    text = "全年完成投资152.6亿元，为年度计划140亿元的109.0%，超额完成年度任务。"
    assert verdicts(target_met, text, year=2023) == ["consistent", "consistent"]
    text = "全年完成投资132.6亿元，为年度计划140亿元的94.7%，超额完成年度任务。"
    assert verdicts(target_met, text, year=2023) == ["consistent", "inconsistent"]


@pytest.mark.parametrize("stated, verdict", [("85.5%", "consistent"), ("86.5%", "inconsistent")])
def test_stated_shortfall(stated, verdict):
    text = f"优良天数比例为{stated}，同比上升3.0个百分点（2018年为82.5%），距省下达的86%年度目标仍有差距。"
    assert verdicts(target_met, text, year=2019) == [verdict]


def test_family_planning_heading_is_not_a_plan():
    from analysis.rules.common import in_plan, figs_of
    from analysis.figures import extract_figures
    from analysis.ingest import build_document

    doc = build_document("四、妇幼卫生和计划生育\n全年活产数3.57万人。", year=2016)
    figs = figs_of(doc, extract_figures(doc, "t"))
    assert not in_plan(doc.folded, doc, figs[0])
    doc = build_document("四、明年工作计划\n新增企业30家。", year=2016)
    figs = figs_of(doc, extract_figures(doc, "t"))
    assert in_plan(doc.folded, doc, figs[-1])


# ---------------------------------------------------------------- 与上年相比: the current values in the sentence before
_PREV = "全年共发生各类生产安全事故37起，死亡21人，受伤29人。"


@pytest.mark.parametrize("text, want", [
    ("与上年相比，事故起数减少9起、下降19.6%，死亡人数减少5人、下降19.2%。", ["consistent", "consistent"]),
    ("与上年相比，事故起数减少9起、下降21.6%，死亡人数减少5人、下降19.2%。", ["inconsistent", "consistent"]),
])
def test_comparison_sentence_takes_values_from_the_sentence_before(text, want):
    rows = run(growth, _PREV + text, year=2020)
    assert [r["verdict"] for r in rows] == want
    assert "(37起 + 9起)" in rows[0]["computed"]


@pytest.mark.parametrize("text", [
    "事故起数减少9起、下降19.6%。",                       # no comparison lead: the sentence before is not used
    "与上年相比，伤亡人数减少9人、下降19.6%。",            # 伤亡 names neither 死亡 nor 受伤 alone: ambiguous or absent
    "与上年相比，事故起数增加9起、下降19.6%。",            # the change and the rate disagree in direction
])
def test_comparison_sentence_without_a_unique_named_value(text):
    assert "inconsistent" not in verdicts(growth, _PREV + text, year=2020)


def test_change_and_rate_of_a_total_named_in_the_sentence_before():
    # 4,862.35 − 512.60 = 4,349.75; 512.60/4,349.75 = 11.78%
    text = "2021年度收入、支出决算总计均为4,862.35万元。与上年相比，收、支总计各增加512.60万元，增长{r}%。"
    assert verdicts(growth, text.format(r="11.8")) == ["consistent"]
    assert verdicts(growth, text.format(r="12.8")) == ["inconsistent"]


@pytest.mark.parametrize("base, verdict", [("11,878", "consistent"), ("11,778", "inconsistent")])
def test_a_change_on_last_year_end_is_of_the_stock_not_of_the_new_entries(base, verdict):
    text = f"截至2014年底，全县持证残疾人总数达到12,846人，其中当年新办证1,127人，比上年末净增968人（上年末为{base}人）。"
    rows = [r for r in run(growth, text) if "968人" in r["stated"]]
    assert [r["verdict"] for r in rows] == [verdict]
    assert "12,846人" in rows[0]["stated"]


# ---------------------------------------------------------------- tuning4/5 forms: 提升, 增产, 上一年度, named counts, 翻一番
@pytest.mark.parametrize("pp, verdict", [("1.5", "consistent"), ("2.5", "inconsistent")])
def test_points_worded_as_tisheng(pp, verdict):
    assert verdicts(growth, f"全县绿化覆盖率由41.5%提高到43.0%，提升{pp}个百分点。") == [verdict]


@pytest.mark.parametrize("rate, verdict", [("14.0%", "consistent"), ("12.0%", "inconsistent")])
def test_subject_naming_a_count_further_back(rate, verdict):
    # 事故起数 names 交通事故215起 (起数), not the 万元 just before the rate
    text = f"全县共发生交通事故215起，直接经济损失96.4万元，事故起数比上年减少{rate}（上年为250起）。"
    assert verdicts(growth, text) == [verdict]


def test_subject_naming_nothing_in_the_sentence_is_not_judged():
    text = "全县共发生交通事故215起，直接经济损失96.4万元，案件起数比上年减少12.0%（上年为250起）。"
    assert "inconsistent" not in verdicts(growth, text)


@pytest.mark.parametrize("text, verdict", [
    ("发现问题88个，较上一年度减少12个（上一年度为100个）。", "consistent"),
    ("发现问题88个，较上一年度减少12个（上一年度为98个）。", "inconsistent"),
])
def test_change_against_the_previous_year_named_as_niandu(text, verdict):
    assert verdicts(growth, text) == [verdict]


@pytest.mark.parametrize("rate, verdict", [("7.9%", "consistent"), ("8.7%", "inconsistent")])
def test_change_worded_as_zengchan(rate, verdict):
    # base 5.62 − 0.41 = 5.21万吨; 0.41/5.21 = 7.87% (7.57–8.17% within rounding)
    rows = [r for r in run(growth, f"油料总产量5.62万吨，比上年增产0.41万吨，增长{rate}。") if "%" in r["stated"]]
    assert [r["verdict"] for r in rows] == [verdict]


@pytest.mark.parametrize("rate, verdict", [("8.3", "consistent"), ("9.3", "inconsistent")])
def test_one_change_for_two_equal_totals(rate, verdict):
    text = f"收入总计5,200.00万元，支出总计5,200.00万元。与上年相比，收、支总计各增加400.00万元，增长{rate}%。"
    assert verdicts(growth, text) == [verdict]


@pytest.mark.parametrize("text, want", [
    ("全县财政收入由2015年的3.2亿元增加到7.1亿元，翻了一番多。", ["consistent"]),
    ("全县财政收入由2015年的3.2亿元增加到5.9亿元，翻了一番多。", ["inconsistent"]),
    ("全县财政收入由2015年的3.2亿元增加到6.5亿元，翻了一番。", ["consistent"]),
    ("全县财政收入由2015年的3.2亿元增加到8.0亿元，翻了一番。", []),      # a round word: 2.5 times is left alone
    ("全县财政收入达到7.1亿元，翻了一番多。", []),                       # no base
])
def test_doubling(text, want):
    assert verdicts(growth, text, year=2020) == want


# ---------------------------------------------------------------- targets: relations, ceilings, claims without numbers
@pytest.mark.parametrize("text, want", [
    ("省厅下达的培训任务为80期，实际举办72期，完成任务的90%，超额完成了年度培训任务。", ["consistent", "inconsistent"]),
    ("省厅下达的培训任务为80期，实际举办88期，完成任务的110%，超额完成了年度培训任务。", ["consistent", "consistent"]),
])
def test_claim_after_a_completion_percentage(text, want):
    assert verdicts(target_met, text) == want


@pytest.mark.parametrize("text, verdict", [
    ("年初确定的溺水死亡人数控制在5人以内的目标如期实现，全年死亡2人。", "consistent"),
    ("年初确定的溺水死亡人数控制在5人以内的目标如期实现，全年死亡7人。", "inconsistent"),
    ("年末政府债务余额21.3亿元，控制在上级核定的债务限额25.0亿元以内。", "consistent"),
    ("年末政府债务余额26.3亿元，控制在上级核定的债务限额25.0亿元以内。", "inconsistent"),
    ("资产负债率58.2%，控制在上级设定的60%警戒线以内。", "consistent"),
    ("“三公”经费支出28.6万元，比上年减少3.2万元，控制在年初预算30万元以内。", "consistent"),
])
def test_kept_under_a_ceiling(text, verdict):
    rows = run(target_met, text)
    assert [r["verdict"] for r in rows] == [verdict]
    assert "3.2万元" not in rows[0]["stated"]  # a change is never the achieved value


def test_ceiling_without_an_achieved_value_gives_no_row():
    assert run(target_met, "逾期率控制在0.5%以内。年初确定的溺水死亡人数控制在5人以内的目标。") == []


@pytest.mark.parametrize("text, verdict", [
    ("农药使用强度0.42‰，低于省定0.8‰的控制指标。", "consistent"),
    ("农药使用强度0.92‰，低于省定0.8‰的控制指标。", "inconsistent"),
    ("耕地保有量36.15万亩，高于上级下达的保护目标35.80万亩。", "consistent"),
    ("耕地保有量35.15万亩，高于上级下达的保护目标35.80万亩。", "inconsistent"),
    ("用于产业发展的资金占比58.3%，达到了不低于55%的要求。", "consistent"),
    ("用于产业发展的资金占比52.3%，达到了不低于55%的要求。", "inconsistent"),
])
def test_stated_relation_to_a_target(text, verdict):
    assert verdicts(target_met, text) == [verdict]


def test_relation_to_an_outside_benchmark_is_no_target():
    assert run(target_met, "人均可支配收入2.8万元，高于全省平均水平2.6万元。") == []


@pytest.mark.parametrize("text, verdict", [
    ("规范管理率目标为70%，实际达到73.5%，完成年度目标。", "consistent"),
    ("集采药品采购量完成率目标为100%，全市实际完成96.4%，圆满完成年度任务。", "inconsistent"),
])
def test_level_target_then_the_actual_level(text, verdict):
    rows = run(target_met, text)
    assert [r["verdict"] for r in rows] == [verdict]
    assert rows[0]["span"].endswith("任务") or rows[0]["span"].endswith("目标")


@pytest.mark.parametrize("pct, verdict", [("78.0%", "consistent"), ("88.0%", "inconsistent")])
def test_completion_of_budget_with_the_value_between(pct, verdict):
    assert verdicts(target_met, f"培训经费年初预算40.00万元，支出决算31.20万元，完成预算的{pct}。") == [verdict]


def test_target_in_quotes_after_the_rate():
    rows = run(target_met, "单位生产总值能耗累计下降18.5%，超额完成下降16%的“十三五”目标任务。", year=2020)
    assert [r["verdict"] for r in rows] == ["consistent"]


def test_claim_on_a_target_never_stated_is_unverifiable():
    rows = run(target_met, "二氧化硫排放量比上年削减3.2%，完成省下达的年度减排任务。")
    assert [r["verdict"] for r in rows] == ["unverifiable"]
    assert rows[0]["span"].endswith("减排任务")
    assert run(target_met, "一年来，我局较好地完成了全年各项目标任务。") == []
    assert run(target_met, "全年接待游客120万人次，较好地完成了全年各项目标任务。") == []


# ---------------------------------------------------------------- tuning5/6 forms
def test_a_base_after_another_value_of_its_unit_is_not_taken():
    # 上年为2.96亿元 is the base of 利润总额3.18亿元, not of 营业收入52.68亿元
    text = "全年实现营业收入52.68亿元，比上年增长14.7%；实现利润总额3.18亿元，上年为2.96亿元，同比增长{r}%。"
    rows = run(growth, text.format(r="7.4"), year=2023)
    assert [r["verdict"] for r in rows] == ["unverifiable", "consistent"]
    assert verdicts(growth, text.format(r="9.4"), year=2023) == ["unverifiable", "inconsistent"]


@pytest.mark.parametrize("rate, verdict", [("13.3%", "consistent"), ("15.8%", "inconsistent")])
def test_yearly_average_with_the_years_between_to_and_value(rate, verdict):
    # (2.35/1.26)^(1/5) − 1 = 13.28%
    text = f"区级财政收入由1997年的1.26亿元增至2002年的2.35亿元，年均增长{rate}。"
    assert verdicts(growth, text, year=2003) == [verdict]


@pytest.mark.parametrize("text, verdict", [
    ("亿元GDP生产安全事故死亡率0.086，控制在市下达的0.10以内。", "consistent"),
    ("亿元GDP生产安全事故死亡率0.126，控制在市下达的0.10以内。", "inconsistent"),
])
def test_unitless_rate_under_a_ceiling(text, verdict):
    assert verdicts(target_met, text) == [verdict]


def test_a_multiple_is_not_a_target():
    assert run(target_met, "全年实现营业收入52.68亿元，是上年的1.3倍。") == []


@pytest.mark.parametrize("done, want", [
    ("1,926户", ["inconsistent", "consistent"]),     # 96.3%, yet 达到年度指标要求
    ("2,046户", ["consistent", "consistent"]),
])
def test_target_stated_with_its_work(done, want):
    pct = "96.3%" if done == "1,926户" else "102.3%"
    text = f"年度目标为完成农村户厕改造2,000户，实际完成{done}，完成率{pct}，达到年度指标要求。"
    rows = run(target_met, text, year=2022)
    assert sorted(r["verdict"] for r in rows) == sorted(want)
    assert any("达到年度指标" in r["span"] for r in rows)


@pytest.mark.parametrize("target, verdict", [("3.5亿元", "inconsistent"), ("3.0亿元", "consistent")])
def test_claim_on_a_named_target_with_its_value_in_the_sentence_before(target, verdict):
    text = f"全年实现利润总额3.18亿元，实现净利润2.41亿元。年初确定的利润总额{target}的目标圆满完成。"
    assert verdicts(target_met, text, year=2023) == [verdict]


def test_named_target_without_a_unique_value_gives_no_row():
    text = "全年实现利润总额3.18亿元，集团本部利润总额1.20亿元。年初确定的利润总额3.5亿元的目标圆满完成。"
    assert run(target_met, text, year=2023) == []


@pytest.mark.parametrize("pct, verdict", [("96.4%", "consistent"), ("93.4%", "unverifiable")])
def test_completion_of_a_budget_stated_in_the_sentence_before(pct, verdict):
    # a target that far away only confirms: a mismatch stays unverifiable, never a false alarm
    text = f"本项目年初预算数3,600万元，经调整后全年预算数3,850万元。全年实际支出3,712万元，完成全年预算的{pct}。"
    assert verdicts(target_met, text, year=2022) == [verdict]


def test_completion_of_a_budget_never_stated_is_unverifiable():
    text = "一般公共预算收入7.86亿元，为调整预算7.50亿元的104.8%。一般公共预算支出26.84亿元，为调整预算的96.2%。"
    rows = run(target_met, text, year=2015)
    assert [r["verdict"] for r in rows] == ["consistent", "unverifiable"]
    assert "[27.880, 27.920]亿元" in rows[1]["computed"]


def test_failed_relation_with_another_candidate_value_is_not_reported():
    text = "全县耕地保有量48.62万亩，其中永久基本农田41.35万亩，高于市下达的保护目标47.90万亩。"
    assert "inconsistent" not in verdicts(target_met, text)


@pytest.mark.parametrize("word", ["回升", "攀升"])
def test_more_words_for_a_rise(word):
    assert verdicts(growth, f"全年旅游收入64.8亿元，同比{word}8.0%（上年为60.0亿元）。") == ["consistent"]


def test_stated_shortfall_worded_as_below_the_target():
    rows = run(target_met, "全区地区生产总值增长5.2%，低于年初确定的6.5%的预期目标。", year=2023)
    assert [r["verdict"] for r in rows] == ["consistent"]
    assert "below" in rows[0]["explanation_en"]
    assert verdicts(target_met, "全区地区生产总值增长7.2%，低于年初确定的6.5%的预期目标。", year=2023) == ["inconsistent"]


@pytest.mark.parametrize("done, verdict", [("3,260人", "consistent"), ("2,860人", "inconsistent")])
def test_target_then_the_value_it_names(done, verdict):
    text = f"年度目标任务为新增城镇就业3,000人，全年新增城镇就业{done}，超额完成年度目标任务。"
    assert verdicts(target_met, text, year=2020) == [verdict]


def test_target_then_an_unnamed_value_is_not_judged():
    text = "年度目标任务为新增城镇就业3,000人，全年培训农民工2,860人，超额完成年度目标任务。"
    assert run(target_met, text, year=2020) == []


def test_completion_percentage_of_an_unstated_target_two_clauses_on():
    rows = run(target_met, "实现营业收入12.5亿元，同比增长25%，完成年度目标的104%。", year=2020)
    assert [r["verdict"] for r in rows] == ["unverifiable"]
    assert "12.5亿元" in rows[0]["stated"]


def test_relation_word_before_a_count_of_units_is_no_target():
    text = "全县5个重点项目全部开工，投资高于市下达目标的乡镇有8个。"
    assert run(target_met, text) == []


def test_ceiling_with_its_own_subject_is_not_of_another_value():
    assert "inconsistent" not in verdicts(target_met, "全年发生火灾12起，较大火灾控制在1起以内的目标顺利实现。")
    assert verdicts(target_met, "全年发生较大火灾1起，较大火灾控制在2起以内。") == ["consistent"]


def test_relation_with_its_own_subject_is_not_of_another_value():
    assert run(target_met, "全年发生火灾12起，较大火灾低于市定2起的控制指标。") == []


@pytest.mark.parametrize("text, want", [
    ("全年实现旅游收入18.6亿元，增长12.7%。上年旅游收入为16.5亿元。", ["consistent"]),
    ("上年旅游收入为16.5亿元。全年实现旅游收入18.6亿元，增长10.7%。", ["inconsistent"]),
    ("2019年全县一般公共预算收入为8.2亿元。2020年全县一般公共预算收入9.1亿元，增长11.0%。", ["consistent"]),
    ("全县森林覆盖率62.0%，比上年提高0.8个百分点。上年森林覆盖率为61.2%。", ["consistent"]),
    ("全年实现旅游收入18.6亿元，增长10.7%。上年接待游客为16.5万人次。", ["unverifiable"]),   # another metric
    ("全年实现旅游收入18.6亿元，增长10.7%。\n上年旅游收入为16.5亿元。", ["unverifiable"]),     # another paragraph
])
def test_base_stated_in_a_sentence_of_its_own(text, want):
    assert verdicts(growth, text, year=2020) == want


# ---------------------------------------------------------------- tuning7/8 forms: claim first, plans and actual lists, tables
@pytest.mark.parametrize("text, verdict", [
    ("全县参保率96.8%，完成稳定在95%以上的年度目标。", "consistent"),
    ("全县参保率93.8%，完成稳定在95%以上的年度目标。", "inconsistent"),
    ("全县生产总值同比增长8.2%，完成年初确定的8%目标。", "consistent"),
    ("晴雨预报准确率87.6%，比上年提高1.4个百分点（2002年为86.2%），完成市局下达的85%的年度目标。", "consistent"),
])
def test_claim_opening_the_clause_of_a_percent_target(text, verdict):
    assert verdicts(target_met, text, year=2020) == [verdict]


def test_failed_percent_claim_with_several_rates_before_is_not_reported():
    text = "生产总值增长7.5%，城镇化率56.2%，完成年初确定的8%目标。"
    assert "inconsistent" not in verdicts(target_met, text, year=2020)


@pytest.mark.parametrize("actual, verdict", [("28.6%", "consistent"), ("31.6%", "inconsistent")])
def test_ceiling_then_the_actual_value(actual, verdict):
    text = f"住院费用个人负担比例年初确定控制在30%以内，实际为{actual}。"
    assert verdicts(target_met, text, year=2023) == [verdict]


def test_planned_and_actual_lists_with_a_claim_for_each():
    text = ("年初计划减贫6200人、退出贫困村18个，全年实际减贫6350人，退出贫困村16个，"
            "超额完成减贫任务、全面完成贫困村退出任务。")
    rows = run(target_met, text, year=2016)
    got = {r["stated"].split(";")[0]: r["verdict"] for r in rows}
    assert got == {"6350人": "consistent", "16个": "inconsistent"}
    assert [r for r in rows if r["verdict"] == "inconsistent"][0]["span"].endswith("贫困村退出任务")


@pytest.mark.parametrize("done, verdict", [("1380人次", "inconsistent"), ("1580人次", "consistent")])
def test_plan_with_a_long_object(done, verdict):
    text = f"年初计划培训企业负责人和安全管理人员1500人次，全年实际培训{done}，全面完成年度培训任务。"
    assert verdicts(target_met, text, year=2024) == [verdict]


def test_a_rate_alone_is_marked_with_its_cue():
    rows = run(growth, "全年规模以上工业增加值增长8.9%。", year=2019)
    assert [r["verdict"] for r in rows] == ["unverifiable"] and rows[0]["span"] == "增长8.9%"


def test_growth_rate_moved_to_a_level():
    rows = run(growth, "上半年，受需求偏弱影响，地区生产总值增速一度回落至4.8%，下半年逐季回升。", year=2024)
    assert [r["verdict"] for r in rows] == ["unverifiable"] and "回落至4.8%" in rows[0]["span"]


@pytest.mark.parametrize("rate, verdict", [("6.8%", "consistent"), ("7.8%", "inconsistent")])
def test_bare_net_change_after_from_to(rate, verdict):
    text = f"参保人数由上年末的18.46万人增加到19.72万人，净增1.26万人，增长{rate}。"
    rows = [r for r in run(growth, text, year=2012) if "%" in r["stated"]]
    assert [r["verdict"] for r in rows] == [verdict]
    assert "19.72万人" in rows[0]["stated"]


@pytest.mark.parametrize("rate, verdict", [("18.2%", "consistent"), ("16.2%", "inconsistent")])
def test_value_naming_no_metric_takes_the_base_of_the_sentence_before(rate, verdict):
    text = f"2004年，全区规模以上工业增加值为20.9亿元。今年实现24.7亿元，增长{rate}。"
    assert verdicts(growth, text, year=2006) == [verdict]


def test_value_naming_its_metric_does_not_take_another_base():
    text = "2004年，全区规模以上工业增加值为20.9亿元。全年财政收入24.7亿元，增长16.2%。"
    assert verdicts(growth, text, year=2006) == ["unverifiable"]


def test_multiple_of_a_named_plan_period():
    rows = run(growth, "“十五”时期，全区累计完成固定资产投资152.6亿元，是“九五”时期的2.8倍。", year=2006)
    assert [r["verdict"] for r in rows] == ["unverifiable"]


@pytest.mark.parametrize("rate, verdict", [("33.3%", "consistent"), ("30.3%", "inconsistent")])
def test_streamlined_from_a_to_b(rate, verdict):
    assert verdicts(growth, f"县级行政审批事项由186项精简至124项，精简{rate}。", year=2017) == [verdict]


@pytest.mark.parametrize("rate, verdict", [("8.0%", "consistent"), ("9.0%", "inconsistent")])
def test_plan_growth_on_last_years_actual(rate, verdict):
    text = (f"一、2014年预算执行情况\n全县一般公共预算收入完成7.86亿元，增长11.3%。\n二、2015年预算草案\n"
            f"2015年全县一般公共预算收入安排8.49亿元，比上年完成数增长{rate}。\n")
    rows = [r for r in run(growth, text, year=2014) if rate in r["stated"]]
    assert [r["verdict"] for r in rows] == [verdict]


def test_plan_growth_without_last_years_actual_is_no_claim():
    text = "一、2014年工作回顾\n全县收入完成7.86亿元。\n二、2015年工作安排\n2015年一般公共预算收入预期增长8%。\n"
    assert [r for r in run(growth, text, year=2014) if "8%" in r["stated"]] == []


@pytest.mark.parametrize("rate, verdict", [("20.8%", "consistent"), ("22.8%", "inconsistent")])
def test_subjectless_comparison_after_a_breakdown(rate, verdict):
    text = ("“三公”经费年初预算28.50万元，支出决算19.76万元，完成预算的69.3%。其中公务用车运行维护费15.42万元，"
            f"公务接待费4.34万元。较上年减少5.18万元，下降{rate}，主要是严格执行八项规定。")
    rows = [r for r in run(growth, text, year=2020) if rate in r["stated"]]
    assert [r["verdict"] for r in rows] == [verdict]


def test_subjectless_comparison_with_two_candidate_values_is_not_judged():
    text = "机关运行经费19.76万元，培训费12.30万元。较上年减少5.18万元，下降22.8%。"
    assert "inconsistent" not in verdicts(growth, text, year=2020)


@pytest.mark.parametrize("done, verdict", [("3,260人", "consistent"), ("2,860人", "inconsistent")])
def test_a_plan_reviewed_in_its_own_sentence_is_a_target(done, verdict):
    text = f"年初计划新增就业3,000人，实际新增就业{done}，超额完成年度任务。"
    assert verdicts(target_met, text, year=2020) == [verdict]


def test_a_plan_for_next_year_stays_a_plan():
    assert run(target_met, "明年计划新增就业3,000人。", year=2020) == []
    assert run(target_met, "二、2021年工作计划\n计划新增就业3,000人，完成年度任务。\n", year=2020) == []


@pytest.mark.parametrize("text", [
    "全年完成税收收入11.4亿元，年度任务为12亿元。",
    "完成造林1.8万亩，年度计划为2万亩。",
])
def test_a_value_done_is_no_claim_of_meeting_the_target(text):
    assert "inconsistent" not in verdicts(target_met, text, year=2020)


def test_claim_naming_the_target_after_the_value_is_judged():
    assert verdicts(target_met, "完成造林1.8万亩，完成年度计划2万亩的任务。", year=2020) == ["inconsistent"]


@pytest.mark.parametrize("text, verdict", [
    ("全年实现税收8.6亿元，比上年多收1.2亿元（上年为7.4亿元）。", "consistent"),
    ("全年实现税收8.6亿元，比上年少收1.2亿元（上年为9.8亿元）。", "consistent"),
    ("全年实现税收8.6亿元，比上年多收1.2亿元（上年为7.9亿元）。", "inconsistent"),
])
def test_more_or_less_collected(text, verdict):
    assert verdicts(growth, text, year=2020) == [verdict]


def test_claim_naming_a_target_of_a_year_is_still_a_claim():
    text = "争取上级科技资金4941万元，同比增长20.7%，已超额完成政府提出的2014年资金总量较上年增长20%以上的要求。"
    assert verdicts(target_met, text) == ["consistent"]


# ---------------------------------------------------------------- round 2: pairings too uncertain to call a rate wrong
@pytest.mark.parametrize("text", [
    # the rate is of a per-capita value, the value and base are totals
    "全县地区生产总值128.6亿元，上年为120亿元，人均地区生产总值增长5.0%。",
    # the base is of a half-year, the value of the whole year
    "全年接待游客320万人次，增长12.5%，2013年上半年为150万人次。",
    # the rate's own subject is a part (工业投资) of the value before (投资)
    "全年完成投资45亿元，工业投资增长20%，上年为40亿元。",
    # two values of the unit before the rate: which one the base is of cannot be told
    "全年完成造林3.2万亩，其中人工造林1.8万亩，比上年增长20%，上年为2.8万亩。",
    # a total against a per-capita base, three times apart and more
    "全区人均财政收入3200元，增长6.0%，上年全区财政收入为3.1亿元。",
])
def test_uncertain_pairing_is_never_called_wrong(text):
    assert verdicts(growth, text) == ["unverifiable"]


def test_certain_pairing_is_still_called_wrong():
    assert verdicts(growth, "全年完成投资45亿元，比上年增长20%，上年为40亿元。") == ["inconsistent"]
    assert verdicts(growth, "全年完成投资45亿元，投资增长20%，上年为40亿元。") == ["inconsistent"]
    assert verdicts(growth, "全年受理投诉1,580件，投诉件数同比下降2%，上年为1,500件。") == ["inconsistent"]


@pytest.mark.parametrize("text, want", [
    ("城镇居民人均可支配收入增长8.1%，达到32150元，上年为29741元。", ["consistent"]),
    ("城镇居民人均可支配收入增长9.1%，达到32150元，上年为29741元。", ["inconsistent"]),
    ("全年生猪出栏量是去年的1.05倍，为12.6万头，去年为12.0万头。", ["consistent"]),
    ("全年生猪出栏量比2013年的12.0万头增长5.0%，达到12.6万头。", ["consistent"]),
    # an invented wording: the level after the rate opens with 增至
    ("全市快递业务量增长25%，增至1.5亿件，上年为1.2亿件。", ["consistent"]),
    # no level after the rate: nothing to pair
    ("全县工业增加值增长9.0%，达到全市平均水平。", ["unverifiable"]),
])
def test_new_level_in_the_clause_after_the_rate(text, want):
    assert verdicts(growth, text) == want


@pytest.mark.parametrize("text, want", [
    ("全年接待游客86万人次，环比增长7.5%（上季度为80万人次）。", ["consistent"]),
    ("全年税收收入9.6亿元，相当于上年4.8亿元的2倍。", ["consistent"]),
    ("全年税收收入9.6亿元，相当于上年4.8亿元的3倍。", ["inconsistent"]),
    ("全年受理案件1,326件，同比上升10.0%，去年同期1,205件。", ["consistent"]),
    ("全年接待游客86万人次，比上年同期增长7.5%，上年同期接待游客80万人次。", ["consistent"]),
    # a prior value of another metric is no base
    ("全年生猪出栏12.6万头，增长5.0%，上年同期能繁母猪存栏1.2万头。", ["unverifiable"]),
])
def test_bases_worded_without_wei(text, want):
    assert verdicts(growth, text) == want


@pytest.mark.parametrize("text, want", [
    ("2013年全县生猪出栏量为12.0万头。今年出栏12.6万头，增长5.0%。", ["consistent"]),
    ("全年生猪出栏12.6万头，同比增长5.0%。上年全县生猪出栏12.0万头。", ["consistent"]),
    ("全年生猪出栏12.6万头，同比增长8.0%。上年全县生猪出栏12.0万头。", ["inconsistent"]),
    # a running total since a year is no prior-year value
    ("2013年以来累计新建学校26所。今年新建学校5所，增长25%。", ["unverifiable"]),
])
def test_base_in_a_sentence_of_its_own_named_by_the_metric(text, want):
    assert verdicts(growth, text) == want


@pytest.mark.parametrize("text, want", [
    ("房地产开发投资21.4亿元，比上年（22.6亿元）下降5.3%。", ["consistent"]),
    ("房地产开发投资21.4亿元，比上年（22.6亿元）下降3.7%。", ["inconsistent"]),
    ("资产负债率61.9%，较年初（62.7%）下降0.8个百分点。", ["consistent"]),
    ("资产负债率61.9%，较年初（62.7%）下降1.8个百分点。", ["inconsistent"]),
    # an invented wording: a year-start stock as the base
    ("各项贷款余额86.2亿元，比年初的78.4亿元增长9.9%。", ["consistent"]),
])
def test_base_in_brackets_inside_the_rate_clause(text, want):
    assert verdicts(growth, text) == want


@pytest.mark.parametrize("text, want", [
    ("设施蔬菜3.8万亩，比2005年的1.6万亩翻了一番多。", ["consistent"]),
    ("农民人均纯收入6218元，比上年增长14.6%（上年为5426元），比2005年的3105元翻了一番。", ["consistent", "consistent"]),
    ("设施蔬菜3.8万亩，比2005年的2.6万亩翻了一番多。", ["inconsistent"]),
])
def test_doubling_against_a_base_of_a_year(text, want):
    assert verdicts(growth, text, year=2010) == want


def test_doubling_and_average_growth_of_a_metric_named_earlier_in_the_paragraph():
    text = ("经初步核算，全区地区生产总值1026.8亿元，比上年增长5.6%。第一产业增加值12.4亿元，增长3.1%。"
            "地区生产总值比2014年的486.3亿元翻了一番多；2019年为782.6亿元，2019年以来年均增长5.6%。")
    rows = run(growth, text, year=2024)
    assert [r["verdict"] for r in rows] == ["unverifiable", "unverifiable", "consistent", "consistent"]
    assert "(1026.8亿元/782.6亿元)^(1/5)" in rows[2]["computed"]
    # the metric named twice earlier: no unique value, no row
    text2 = text.replace("第一产业增加值12.4亿元", "县本级地区生产总值412.4亿元")
    assert [r["verdict"] for r in run(growth, text2, year=2024)][2:] == ["unverifiable"]


@pytest.mark.parametrize("text, want", [
    ("农民人均纯收入6218元，比2005年的3105元翻了一番，“十一五”期间年均增长14.9%。", ["consistent", "consistent"]),
    ("农民人均纯收入6218元，比2005年的3105元翻了一番，“十一五”期间年均增长16.9%。", ["inconsistent", "consistent"]),
])
def test_average_growth_over_a_named_plan_period(text, want):
    assert verdicts(growth, text, year=2010) == want
    # the plan period ended before the report's year: the current value is not its end
    assert verdicts(growth, text, year=2012)[0] == "unverifiable"


# ---------------------------------------------------------------- round 2: targets
@pytest.mark.parametrize("text, want", [
    ("全年新增城镇就业2860人，距年度目标3000人还差140人。", ["consistent"]),
    ("全年新增城镇就业2860人，距年度目标3000人还差160人。", ["inconsistent"]),
    ("全年新增城镇就业2860人，与年度目标3000人相差140人。", ["consistent"]),
    ("全年新增城镇就业2860人，离3000人的年度目标尚差140人。", ["consistent"]),
    ("全年新增城镇就业2860人，比年度目标3000人少140人。", ["consistent"]),
    ("全年新增城镇就业3200人，年度任务3000人，超额完成200人。", ["consistent"]),
    ("全年新增城镇就业3200人，年度任务3000人，超额完成300人。", ["inconsistent"]),
    # an invented wording: a gap in points to a rate target
    ("优良天数比例85.5%，比省定86%的目标低0.5个百分点。", ["consistent"]),
    # a change on last year is no gap to the target
    ("“三公”经费支出18.62万元，完成预算的77.6%（预算数为24.00万元），比上年减少3.14万元。", ["consistent"]),
])
def test_stated_gap_to_the_target(text, want):
    assert verdicts(target_met, text) == want


@pytest.mark.parametrize("text", [
    "全年新增城镇就业2860人，低于年度目标140人。",   # 140 is the gap, the target is not stated
    "全年新增城镇就业2860人，较年度目标少140人。",
])
def test_a_gap_without_its_target_is_never_called_wrong(text):
    assert "inconsistent" not in verdicts(target_met, text)


@pytest.mark.parametrize("text, want", [
    ("年度计划新增就业3000人，实际新增3260人，超额完成8.7%。", ["consistent"]),
    ("年度计划新增就业3000人，实际新增3260人，超额完成12.7%。", ["inconsistent"]),
    ("全年新增城镇就业3260人，超额完成8.7%（年度目标3000人）。", ["consistent"]),
])
def test_excess_over_the_target_as_a_percentage(text, want):
    assert verdicts(target_met, text) == want


@pytest.mark.parametrize("text, want", [
    ("全年新增城镇就业3260人，完成市下达3000人目标任务的108.7%。", ["consistent"]),
    ("全年新增城镇就业2860人，完成市下达3000人目标任务的108.7%。", ["inconsistent"]),
    ("税收收入完成8.6亿元，占年度预算的102.4%，预算为8.4亿元。", ["consistent"]),
    ("全年完成固定资产投资52亿元，完成年度计划的108.3%，年度计划为48亿元。", ["consistent"]),
    ("全年完成固定资产投资52亿元，完成年度计划的112.3%，年度计划为48亿元。", ["inconsistent"]),
])
def test_completion_percentage_with_the_target_around_it(text, want):
    assert verdicts(target_met, text) == want


@pytest.mark.parametrize("text, want", [
    ("全年新增城镇就业2860人，完成年度目标的95.3%，未完成目标任务。", ["unverifiable", "consistent"]),
    ("全年新增城镇就业3260人，完成年度目标的108.7%，未完成目标任务。", ["unverifiable", "inconsistent"]),
    ("全年新增城镇就业3260人，完成年度计划的108.7%，超额完成年度计划。", ["unverifiable", "consistent"]),
])
def test_claim_judged_on_the_completion_percentage_alone(text, want):
    assert verdicts(target_met, text) == want


def test_a_slogan_in_quotes_is_no_claim():
    text = "上半年，全县财政总收入完成15980万元，为年度预算31000万元的51.5%，实现“时间过半、任务过半”。"
    assert verdicts(target_met, text, year=2005) == ["consistent"]


@pytest.mark.parametrize("text, want", [
    ("年初提出的GDP增长7%的目标顺利实现，全年实际增长7.3%。", ["consistent"]),
    ("年初提出的GDP增长7%的目标顺利实现，全年实际增长6.3%。", ["inconsistent"]),
    ("年初确定的财政收入增长8%的目标未能实现，全年实际增长6.5%。", ["consistent"]),
])
def test_rate_target_claimed_before_the_actual_rate(text, want):
    assert verdicts(target_met, text) == want


def test_a_heading_that_reviews_a_later_half_year_is_no_plan():
    text = ("关于2004年财政决算和2005年上半年预算执行情况的报告\n一、2004年财政决算情况\n全县财政总收入完成28650万元。\n"
            "二、2005年上半年预算执行情况\n上半年财政支出19630万元，为年度预算45000万元的43.6%，同比增长11.7%。\n")
    assert verdicts(target_met, text, year=2004) == ["consistent"]
    assert verdicts(growth, text, year=2004) == ["unverifiable"]
    plan = text.replace("二、2005年上半年预算执行情况", "二、2005年预算安排")
    assert verdicts(target_met, plan, year=2004) == []


@pytest.mark.parametrize("text, want", [
    ("全年完成税收收入8.6亿元，上年完成8.0亿元，同比增长7.5%。", ["consistent"]),
    ("全年完成税收收入8.6亿元，上年完成8.0亿元，同比增长9.5%。", ["inconsistent"]),
    ("全年完成税收收入8.6亿元，增长7.5%（2013年：8.0亿元）。", ["consistent"]),
    # last year's carry-over is this year's money, not a base
    ("全年可用财力8.6亿元，上年结转0.6亿元，同比增长7.5%。", ["unverifiable"]),
])
def test_prior_value_opening_its_clause_or_after_a_colon(text, want):
    assert verdicts(growth, text) == want


@pytest.mark.parametrize("rate, verdict", [("12.4%", "consistent"), ("14.4%", "inconsistent")])
def test_change_and_rate_joined_by_a_list_mark(rate, verdict):
    text = f"全年发案326起，同比减少46起、下降{rate}。"
    assert verdicts(growth, text) == ["unverifiable", verdict]


def test_claim_met_early_without_the_target_is_unverifiable():
    assert verdicts(target_met, "全年完成植树造林2.3万亩，提前3个月完成全年任务。") == ["unverifiable"]
    assert verdicts(target_met, "全年完成植树造林2.3万亩，提前3个月完成2万亩的全年任务。") == ["consistent"]


@pytest.mark.parametrize("text", [
    "全县地区生产总值128.6亿元，按可比价格计算，比上年增长7.2%，上年为118.3亿元。",
    "全县规模以上工业增加值45.2亿元，增长9.6%，上年为40.1亿元。",
    # an invented wording: the price effect named as removed
    "全年实现农业总产值36.8亿元，剔除价格因素后增长4.2%，上年为34.1亿元。",
])
def test_real_growth_at_constant_prices_is_never_judged_on_current_levels(text):
    assert verdicts(growth, text) == ["unverifiable"]


def test_nominal_growth_of_an_output_value_is_judged():
    assert verdicts(growth, "全年实现农林牧渔业总产值36.8亿元，增长7.9%，上年为34.1亿元。") == ["consistent"]


@pytest.mark.parametrize("gap, verdict", [("0.6亿元", "consistent"), ("1.6亿元", "inconsistent")])
def test_gap_named_right_after_the_target_word(gap, verdict):
    rows = run(target_met, f"全年完成一般公共预算收入12.6亿元，超过年初预算{gap}（年初预算12亿元）。")
    assert rows[0]["verdict"] == verdict and rows[0]["span"].endswith("12亿元")


@pytest.mark.parametrize("text, want", [
    ("全年发放创业担保贷款1.2亿元、扶持创业1500人，分别为年度目标1亿元、1000人的120%和150%。", ["consistent", "consistent"]),
    ("全年发放创业担保贷款1.2亿元、扶持创业1500人，分别为年度目标1亿元、1000人的120%和160%。", ["consistent", "inconsistent"]),
    # two targets, one percentage: which is which cannot be told
    ("全年发放创业担保贷款1.2亿元、扶持创业1500人，分别为年度目标1亿元、1000人的120%。", []),
])
def test_listed_targets_and_percentages_pair_in_order(text, want):
    assert verdicts(target_met, text) == want


def test_listed_percentages_of_unstated_targets_pair_with_the_values_in_order():
    rows = run(target_met, "全年发放贷款1.2亿元，扶持创业1500人，带动就业4500人，分别完成年度目标的120%、150%和112.5%。")
    assert [r["verdict"] for r in rows] == ["unverifiable"] * 3
    assert rows[2]["stated"].startswith("4500人 = 112.5%")


@pytest.mark.parametrize("text", [
    "全市共有各类市场主体12.6万户，今年目标是突破13万户。",
    "全县现有规上企业186家，年度目标为达到200家。",
])
def test_a_target_that_names_its_verb_is_no_claim(text):
    assert verdicts(target_met, text) == []


@pytest.mark.parametrize("rate, verdict", [("95.2%", "consistent"), ("85.2%", "inconsistent")])
def test_relation_to_a_required_level(rate, verdict):
    assert verdicts(target_met, f"预算执行率为{rate}，高于考核要求的90%。") == [verdict]


def test_rate_of_another_scope_takes_no_current_value():
    rows = run(growth, "全县地区生产总值128.6亿元，人均地区生产总值增长7.5%。")
    assert [(r["verdict"], r["figure_ids"]) for r in rows] == [("unverifiable", "F002")]
    rows = run(growth, "全年实现财政收入12.6亿元，一季度增长6.2%。")
    assert [(r["verdict"], r["figure_ids"]) for r in rows] == [("unverifiable", "F002")]


def test_points_base_after_another_level_is_not_taken():
    text = "城镇化率达到54.2%，同比提高1.3个百分点，其中户籍人口城镇化率为40.1%，上年为38.9%。"
    assert verdicts(growth, text) == ["unverifiable"]
    assert verdicts(growth, "城镇化率达到54.2%，同比提高1.3个百分点，上年为52.9%。") == ["consistent"]


@pytest.mark.parametrize("text", [
    "全年受理信访1260件，比上年多120件，其中来访批次380件，上年为350件。",
    "全年受理信访1260件，比上年多120件，其中网上信访上年为380件。",
    "全县共有中小学86所，比上年减少4所，其中小学52所，上年为55所。",
    "全年受理信访1260件，增长10.5%，其中网上信访上年为380件。",
])
def test_a_base_of_a_part_is_not_the_base_of_the_total(text):
    assert verdicts(growth, text) == ["unverifiable"]


def test_a_base_before_the_breakdown_is_still_taken():
    assert verdicts(growth, "全年新增就业3200人，比上年多200人，上年为3000人，其中高校毕业生1200人。") == ["consistent"]
    assert verdicts(growth, "全年新增就业3200人，比上年多300人，上年为3000人，其中高校毕业生1200人。") == ["inconsistent"]


def test_rates_under_a_heading_of_targets_ahead_are_plans():
    text = ("一、2018年工作回顾\n全县一般公共预算收入12.4亿元，增长8%。\n"
            "二、2019年主要目标\n全县地区生产总值增长7%左右，一般公共预算收入增长6%。\n")
    assert len(verdicts(growth, text, year=2019)) == 1
    done = text.replace("二、2019年主要目标", "二、主要目标完成情况")
    assert len(verdicts(growth, done, year=2019)) == 3


@pytest.mark.parametrize("text, want", [
    ("融资到位资金52.8亿元，比上年多融资6.4亿元，增长13.8%。", ["unverifiable", "consistent"]),
    ("融资到位资金52.8亿元，比上年多融资6.4亿元，增长18.8%。", ["unverifiable", "inconsistent"]),
    ("全年“三公”经费支出86.4万元，比上年少支出12.6万元（上年为99.0万元）。", ["consistent"]),
])
def test_more_or_less_with_a_verb_of_its_own(text, want):
    assert verdicts(growth, text) == want


def test_a_claim_in_the_next_clause_group_is_not_about_this_target():
    text = "营业收入38.62亿元，完成年度预算35亿元的110.3%；利润总额2.86亿元，完成年度考核目标2.8亿元的102.1%。"
    assert verdicts(target_met, text) == ["consistent", "consistent"]


def test_basically_completed_is_no_claim():
    text = "保障性住房开工2860套，完成年度计划3000套的95.3%，基本完成年度任务。"
    assert verdicts(target_met, text) == ["consistent"]
    assert verdicts(target_met, text.replace("基本完成", "圆满完成")) == ["consistent", "inconsistent"]


@pytest.mark.parametrize("actual, verdict", [("98.6%", "consistent"), ("97.6%", "inconsistent")])
def test_target_named_by_its_goal_then_the_actual_then_the_claim(actual, verdict):
    text = f"院党组年初提出审限内结案率达到98%的目标，实际达到{actual}，完成目标。"
    assert verdicts(target_met, text) == [verdict]
    # an invented wording with a count: 年内…的任务，实际完成…，超额完成
    text = "年初确定新建污水管网40公里的任务，实际完成46.5公里，超额完成任务。"
    assert verdicts(target_met, text) == ["consistent"]


@pytest.mark.parametrize("text, want", [
    ("全年共办结投诉2,468件，同比增长12.1%；调解成功1,825件，同比增长9.6%（上年分别为2,201件、1,665件）。",
     ["consistent", "consistent"]),
    ("全年共办结投诉2,468件，同比增长12.1%；调解成功1,825件，同比增长19.6%（上年分别为2,201件、1,665件）。",
     ["consistent", "inconsistent"]),
    # two rates, three bases: which is which cannot be told
    ("全年共办结投诉2,468件，同比增长12.1%；调解成功1,825件，同比增长19.6%（上年分别为2,201件、1,665件、1,320件）。",
     ["unverifiable", "unverifiable"]),
])
def test_a_list_of_bases_after_several_rates_pairs_in_order(text, want):
    assert verdicts(growth, text) == want


@pytest.mark.parametrize("rate, verdict", [("8.3%", "consistent"), ("9.3%", "inconsistent")])
def test_change_on_last_year_and_rate_joined_by_a_list_mark(rate, verdict):
    assert verdicts(growth, f"全年共受理建议312件，比上年增加24件、增长{rate}。") == ["unverifiable", verdict]


@pytest.mark.parametrize("rate, verdict", [("19.3%", "consistent"), ("29.3%", "inconsistent")])
def test_the_base_unit_picks_the_value(rate, verdict):
    assert verdicts(growth, f"越级上访46批1,377人次，比上年的57批下降{rate}。") == [verdict]


@pytest.mark.parametrize("rate, verdict", [("23.6%", "consistent"), ("33.6%", "inconsistent")])
def test_a_per_day_value_is_not_what_grew(rate, verdict):
    text = f"全年受理来电诉求486,312件，日均1,332件，同比增长{rate}（上年为393,457件）。"
    assert verdicts(growth, text) == [verdict]


@pytest.mark.parametrize("pp, verdict", [("18.5", "consistent"), ("17.5", "inconsistent")])
def test_points_against_the_end_of_an_earlier_month(pp, verdict):
    text = f"截至10月31日，问题整改完成率77.8%，比9月底提高{pp}个百分点（9月底为59.3%）。"
    assert verdicts(growth, text, year=2019) == [verdict]


@pytest.mark.parametrize("rate, verdict", [("15.6%", "consistent"), ("18.6%", "inconsistent")])
def test_a_sentence_on_a_metric_named_earlier_in_the_paragraph(rate, verdict):
    text = ("审计查出问题金额3.72亿元，已整改3.41亿元，整改率91.7%。其中上缴财政1.26亿元，调整账目2.15亿元。"
            f"整改金额比上年的2.95亿元增长{rate}。")
    assert verdicts(growth, text) == [verdict]


def test_a_negated_metric_is_not_the_one_named():
    text = ("共受理审查逮捕案件286件392人，经审查批准逮捕198件261人，不批准逮捕88件131人。"
            "批准逮捕人数同比下降12.4%（上年为298人）。")
    assert verdicts(growth, text) == ["consistent"]
    # named twice earlier: no unique value, no judgement
    text2 = text.replace("不批准逮捕88件131人", "另批准逮捕88件131人")
    assert verdicts(growth, text2) == ["unverifiable"]


# ---------------------------------------------------------------- round 2: targets named by their metric
@pytest.mark.parametrize("text, want", [
    ("受理事项中已按期办结1,802件，按期办结率97.6%。上级下达的按期办结率95%以上、群众满意率90%以上的考核目标均已完成。",
     ["consistent"]),
    ("对办结件回访1,200件，满意率95.8%。全年办结率98.3%。年度办结率98%以上、满意率96%以上的考核目标全面完成。",
     ["consistent", "inconsistent"]),
    ("全年结案率90.7%，法定审限内结案率98.9%。实现了结案率90%以上、法定审限内结案率98%以上的年度目标。",
     ["consistent", "consistent"]),
    # an invented wording: the target set before, the value and a closing claim after it in one sentence
    ("镇人大提出答复率达到95%以上的要求，各站所答复代表建议60件，答复率96.7%，达到要求。", ["consistent"]),
    # the metric is named twice earlier (全年 and 上半年 aside): no unique value, no row
    ("城区满意率96.2%，农村满意率93.1%。满意率95%以上的考核目标全面完成。", []),
])
def test_targets_named_by_their_metric_against_the_value_named_the_same(text, want):
    assert verdicts(target_met, text) == want


@pytest.mark.parametrize("text, want", [
    ("硬化村道86公里，目标80公里，提前完成。", ["consistent"]),
    ("硬化村道76公里，目标80公里，提前完成。", ["inconsistent"]),
    ("新建幼儿园，计划5所，实际建成6所。", ["consistent"]),
    ("新建幼儿园，计划5所，实际建成4所。", ["consistent"]),   # a plain statement of a shortfall, no claim
    ("改造农村危房1,200户，年度目标1,500户，完成80%。", ["consistent"]),
    ("改造农村危房1,200户，年度目标1,500户，完成85%。", ["inconsistent"]),
    ("新建公共停车泊位2,400个，超过计划2,000个的20%。", ["consistent"]),
    ("新建公共停车泊位2,400个，超过计划2,000个的25%。", ["inconsistent"]),
])
def test_short_target_clauses(text, want):
    assert verdicts(target_met, text) == want


def test_a_failed_target_row_marks_the_target_noun():
    rows = run(target_met, "开工建设保障性住房960套，完成年度1,000套的目标任务。")
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    assert rows[0]["span"].endswith("的目标任务")


@pytest.mark.parametrize("rate, verdict", [("12.5%", "consistent"), ("14.5%", "inconsistent")])
def test_change_then_the_level_it_reached_then_the_rate(rate, verdict):
    text = f"全县规上工业企业较上年增加14家，达到126家，增长{rate}。"
    assert verdicts(growth, text)[-1] == verdict


def test_a_percent_level_between_the_value_and_the_rate_makes_the_pairing_uncertain():
    assert verdicts(growth, "全县常住人口42.6万人，城镇化率54.2%，增长2.1%，上年为41.2万人。") == ["unverifiable"]


def test_a_value_of_a_narrower_scope_is_not_the_one_a_target_names():
    assert verdicts(target_met, "城区满意率92.2%。满意率95%以上的考核目标全面完成。") == []


@pytest.mark.parametrize("text, want", [
    ("上半年一般公共预算收入完成6.5亿元，完成年度预算的52.3%，完成了序时进度目标。", ["unverifiable"]),
    ("上半年一般公共预算收入完成6.5亿元，为年度预算12.4亿元的52.4%，完成了序时进度目标任务。", ["consistent"]),
])
def test_a_claim_on_mid_period_progress_is_not_about_the_target(text, want):
    assert verdicts(target_met, text) == want


def test_a_rate_per_unit_of_gdp_is_not_a_real_growth_rate():
    assert verdicts(growth, "单位GDP能耗0.520吨标准煤，下降4.2%，上年为0.543吨标准煤。") == ["consistent"]
    assert verdicts(growth, "实现地区生产总值（GDP）128.6亿元，比上年增长7.2%（上年为118.3亿元）。") == ["unverifiable"]


@pytest.mark.parametrize("seen, want", [("96.7%", ["consistent", "inconsistent"]), ("98.7%", ["consistent", "consistent"])])
def test_a_claim_pointing_back_to_targets_set_earlier(seen, want):
    text = ("年初，局党组确定了“答复率100%、面商率98%以上”的工作目标。"
            f"截至年底，48件建议全部答复，答复率100%。各承办单位与代表面商沟通，面商率{seen}。"
            "年初确定的目标任务全面完成。")
    assert verdicts(target_met, text) == want


def test_a_claim_pointing_back_without_a_unique_value_is_left_alone():
    text = ("年初确定了“面商率98%以上”的工作目标。上半年面商率99.1%。城区面商率96.7%。全年面商率96.7%，县直面商率99.1%。"
            "各乡镇面商率96.7%，面商率99.1%。"
            "年初确定的目标任务全面完成。")
    assert "inconsistent" not in verdicts(target_met, text)


def test_rates_listed_after_a_word_for_targets_are_plans():
    assert verdicts(growth, "2015年主要目标：地区生产总值增长6%，固定资产投资增长8%。") == []
    assert verdicts(growth, "地区生产总值增长6%，固定资产投资增长8%。") == ["unverifiable", "unverifiable"]


def test_work_outside_the_plan_is_no_target():
    assert verdicts(target_met, "全年培训农民工1,200人次，其中完成计划外培训200人次。") == []


@pytest.mark.parametrize("rate, verdict", [("110%", "consistent"), ("115%", "inconsistent")])
def test_target_actual_and_a_completion_rate_give_one_row(rate, verdict):
    text = f"年度目标任务为新建农村公路120公里，全年实际新建132公里，任务完成率{rate}。"
    assert verdicts(target_met, text) == [verdict]


# ---------------------------------------------------------------- round 3
@pytest.mark.parametrize("text, want", [
    ("全县年降雨量842.6毫米，比上年偏多11.3%。", ["unverifiable"]),               # a departure from last year: a rate
    ("今年入汛后来水量偏少，全县径流量4.12亿立方米，较去年偏少9.8%。", ["unverifiable"]),
    ("全县年降雨量842.6毫米，较常年偏多11.3%。", []),                             # from a climate normal: a benchmark
    ("全年平均气温15.2℃，比多年平均偏高0.6℃。", []),
])
def test_departures_count_as_rates_only_against_a_prior_period(text, want):
    assert verdicts(growth, text) == want


@pytest.mark.parametrize("text, want", [
    ("全年空气质量达标天数为301天，占全年365天的82.5%，比上年增加9天（上年为292天）。", ["consistent"]),
    ("全年空气质量达标天数为301天，占全年365天的82.5%，比上年增加19天（上年为292天）。", ["inconsistent"]),
])
def test_the_whole_of_a_share_is_not_the_value_that_changed(text, want):
    assert verdicts(growth, text) == want


@pytest.mark.parametrize("text, want", [
    ("乡镇卫生院住院分娩率97.4%，比上年提高1.6个百分点（上年95.8%）。", ["consistent"]),
    ("乡镇卫生院住院分娩率97.4%，比上年提高2.6个百分点（上年95.8%）。", ["inconsistent"]),
    ("乡镇卫生院住院分娩率97.4%，比上年提高1.6个百分点（2018年95.8%）。", ["consistent"]),
])
def test_a_bare_period_in_brackets_is_the_base_of_a_change_in_points(text, want):
    assert verdicts(growth, text) == want


@pytest.mark.parametrize("text, want", [
    ("本年度考评得分88分，较2022年同期考评的85.5分提高2.5分。", ["consistent"]),
    ("本年度考评得分88分，较2022年同期考评的85.5分提高3.5分。", ["inconsistent"]),
    ("本年度考评得分88分，比上年全市平均的85分高出3分。", []),  # 高出 an average: a benchmark, left alone
])
def test_a_base_named_by_its_period_and_what_it_is_of(text, want):
    assert verdicts(growth, text) == want


def test_a_change_written_before_its_figure_is_no_base():
    # 比上年增加的 names a change, not a prior value
    rows = run(growth, "全年新增就业1,350人，比上年增加的210人中，大学生占一半。")
    assert all(r["verdict"] != "inconsistent" for r in rows)


@pytest.mark.parametrize("text, want", [
    ("化学需氧量排放总量6,210吨，削减3.4%，完成年度削减3%任务。", ["consistent"]),
    ("化学需氧量排放总量6,210吨，削减2.4%，完成年度削减3%任务。", ["inconsistent"]),
    ("全县实现生产总值增长8.3%，完成增长8%目标。", ["consistent"]),
])
def test_a_target_noun_right_after_the_rate(text, want):
    assert verdicts(target_met, text) == want


def test_a_rate_with_a_number_after_its_noun_is_no_target():
    # 任务3项: the noun is followed by its own count, the rate is not the target
    assert verdicts(target_met, "全县粮食产量增长2.1%，任务3项全部完成。") == []


def test_the_ceiling_words_belong_to_the_row():
    rows = run(target_met, "初中学生年辍学率为0.42%，控制在省定1%的目标以内。")
    assert [r["verdict"] for r in rows] == ["consistent"]
    text = "初中学生年辍学率为0.42%，控制在省定1%的目标以内。"
    assert text[rows[0]["start"]:rows[0]["end"]].endswith("的目标以内")


@pytest.mark.parametrize("text, want", [
    ("产出指标：计划新建乡村公路18公里，实际建成19.6公里，超额完成目标。", ["consistent"]),
    ("产出指标：计划新建乡村公路18公里，实际建成16.2公里，超额完成目标。", ["inconsistent"]),
    ("数量指标：计划培训农村实用人才800人次，实际培训760人次，未完成目标。", ["consistent"]),
])
def test_a_plan_after_a_heading_word_and_a_colon(text, want):
    assert verdicts(target_met, text) == want


def test_a_natural_growth_rate_is_no_rate_of_growth():
    # births less deaths: a demographic level, not the growth of the figure before it
    assert verdicts(growth, "全年死亡人口0.86万人，死亡率6.12‰；人口自然增长率3.95‰。") == []
    assert verdicts(growth, "全年规模以上工业增加值增长率为9.1%。") == ["unverifiable"]


@pytest.mark.parametrize("text, want", [
    ("监测的河流断面共20个，其中二类水质断面13个，占65.0%；三类5个，占25.0%。与上年相比，二类断面比重上升5.0个百分点（上年为60.0%）。",
     ["consistent"]),
    ("监测的河流断面共20个，其中二类水质断面13个，占65.0%；三类5个，占25.0%。与上年相比，二类断面比重上升6.0个百分点（上年为60.0%）。",
     ["inconsistent"]),
    # two shares carry the category: which one changed cannot be told
    ("其中二类水质断面13个，占65.0%；二类湖库点位4个，占40.0%。与上年相比，二类断面比重上升5.0个百分点（上年为60.0%）。",
     ["unverifiable"]),
])
def test_a_share_named_by_its_category_in_the_sentence_before(text, want):
    assert verdicts(growth, text) == want


def test_a_count_with_a_bare_noun_after_it_is_no_target():
    # 完成3项任务 counts the tasks done; only a rate takes its target noun without 的
    assert verdicts(target_met, "全年开展专项检查5项，完成3项任务。") == []


@pytest.mark.parametrize("text, want", [
    # the totals, named by their count word (火灾起数 → 火灾…31起), not the parts broken down after them
    ("全年共发生火灾31起，死亡3人。分区域看，城区火灾18起、死亡2人；农村火灾13起、死亡1人。"
     "市里下达的考核指标为火灾起数40起以内、死亡5人以内，全市火灾起数和死死亡人数均控制在指标以内。", ["consistent", "consistent"]),
    ("全年共发生火灾43起，死亡3人。分区域看，城区火灾28起、死亡2人；农村火灾15起、死亡1人。"
     "市里下达的考核指标为火灾起数40起以内、死亡5人以内，全市火灾起数和死死亡人数均控制在指标以内。", ["inconsistent", "consistent"]),
])
def test_ceilings_named_by_their_metric_with_one_closing_claim(text, want):
    assert verdicts(target_met, text) == want


def test_ceilings_with_only_parts_to_compare_are_left_alone():
    # only the parts are stated: no total to judge the ceiling against
    text = ("分区域看，城区火灾18起；农村火灾13起。"
            "市里下达的考核指标为火灾起数40起以内，全市火灾起数均控制在指标以内。")
    assert verdicts(target_met, text) == []


# ---------------------------------------------------------------- round 5
@pytest.mark.parametrize("text, want", [
    # the base named by what it is (决算数, 实际完成) between 比上年 and the change verb
    ("财政拨款支出5280.0万元，比上年决算数4800.0万元增加480.0万元，增长10.0%。", ["consistent", "consistent"]),
    ("财政拨款支出5280.0万元，比上年决算数4800.0万元增加480.0万元，增长11.0%。", ["consistent", "inconsistent"]),
    ("项目支出决算12.60亿元，较去年实际完成11.20亿元增长12.5%。", ["consistent"]),
    ("项目支出决算12.60亿元，较去年实际完成11.20亿元增长15.5%。", ["inconsistent"]),
    # decoy: the figure after the verb is the change, not a base
    ("项目支出决算12.60亿元，比上年增加1.40亿元，增长12.5%。", ["unverifiable", "consistent"]),
])
def test_a_named_base_between_the_comparison_and_its_verb(text, want):
    assert verdicts(growth, text) == want


@pytest.mark.parametrize("text, want", [
    ("全县一般公共预算支出决算24.67亿元，为调整预算25.10亿元的98.3%，比上年决算22.85亿元增长8.0%。", ["consistent"]),
    ("全县一般公共预算支出决算24.67亿元，为调整预算25.10亿元的98.3%，比上年决算22.85亿元增长7.2%。", ["inconsistent"]),
    # decoy: a level of another measure between the value and the rate may be what grew
    ("常住人口42.6万人，城镇化率54.2%，增长9.9%，上年为40.1万人。", ["unverifiable"]),
])
def test_a_ratio_of_the_value_itself_does_not_make_the_pairing_doubtful(text, want):
    assert verdicts(growth, text) == want


@pytest.mark.parametrize("text, want", [
    # a real rate (增加值) that the current-price levels give is consistent; one they do not give stays unverifiable
    ("规模以上工业增加值213.6亿元，增长14.1%（上年为187.2亿元）。", ["consistent"]),
    ("规模以上工业增加值213.6亿元，增长9.1%（上年为187.2亿元）。", ["unverifiable"]),
])
def test_a_real_rate_is_confirmed_by_nominal_levels_but_never_called_wrong(text, want):
    assert verdicts(growth, text) == want


@pytest.mark.parametrize("text, want", [
    ("“三公”经费预算36.8万元，比上年减少2.4万元，下降6.1%。", ["unverifiable", "consistent"]),
    ("“三公”经费预算36.8万元，比上年减少2.4万元，下降8.1%。", ["unverifiable", "inconsistent"]),
    ("会议费预算数为12.0万元，较上年下降4.0%。", ["unverifiable"]),
])
def test_a_budget_compared_with_last_year_is_the_years_value(text, want):
    rows = run(growth, text)
    assert [r["verdict"] for r in rows] == want
    assert all("no current value" not in r["computed"] for r in rows)


@pytest.mark.parametrize("text, want", [
    ("城乡居民人均可支配收入分别达到38,520元和16,840元，分别增长6.5%和8.1%。上年分别为36,170元和15,578元。",
     ["consistent", "consistent"]),
    ("城乡居民人均可支配收入分别达到38,520元和16,840元，分别增长6.5%和9.1%。上年分别为36,170元及15,578元。",
     ["consistent", "inconsistent"]),
    # an invented wording: two counts, the bases listed with 依次
    ("全年受理来信和来访分别为1,320件和860批，分别下降12.0%和14.0%。去年依次为1,500件、1,000批。",
     ["consistent", "consistent"]),
    # decoy: the counts of rates and bases differ, nothing is paired
    ("城乡居民人均可支配收入分别达到38,520元和16,840元，分别增长6.5%和8.1%。上年分别为36,170元、15,578元和9,000元。",
     ["unverifiable", "unverifiable"]),
])
def test_a_list_of_bases_in_the_next_sentence_is_paired_in_order(text, want):
    assert verdicts(growth, text) == want


@pytest.mark.parametrize("text, want", [
    ("细颗粒物平均浓度31微克/立方米，下降6.1%，完成年度考核目标33微克/立方米。", ["consistent"]),
    ("细颗粒物平均浓度35微克/立方米，完成年度考核目标33微克/立方米。", ["inconsistent"]),
    # an invented wording: energy use per unit of output against its target
    ("万元产值综合能耗0.42吨标准煤，实现年度目标0.45吨标准煤。", ["consistent"]),
    # decoy: a measure that should grow still has to reach its target
    ("全年造林面积31万亩，完成年度目标33万亩。", ["inconsistent"]),
])
def test_a_measure_that_should_fall_meets_its_target_under_it(text, want):
    assert verdicts(target_met, text) == want


@pytest.mark.parametrize("text, want", [
    ("木材采伐严格控制在限额8.5万立方米以内，实际采伐7.9万立方米。", ["consistent"]),
    ("木材采伐严格控制在限额8.5万立方米以内，实际采伐8.9万立方米。", ["inconsistent"]),
    ("会议费控制在年初核定的20万元以内，实际支出为18.6万元。", ["consistent"]),
])
def test_a_ceiling_then_the_actual_value_named_by_its_verb(text, want):
    assert verdicts(target_met, text) == want


@pytest.mark.parametrize("text, want", [
    ("年初全村有贫困户96户，贫困发生率18.7%。经过一年帮扶，贫困发生率降至11.2%，下降7.5个百分点。", ["consistent"]),
    ("年初全村有贫困户96户，贫困发生率18.7%。经过一年帮扶，贫困发生率降至11.2%，下降6.5个百分点。", ["inconsistent"]),
    # an invented wording: a coverage rate raised, its start stated for the end of last year
    ("2019年末，全镇医保参保率为88.4%。今年参保率提高到95.1%，提高6.7个百分点。", ["consistent"]),
    # decoy: the earlier level names no earlier time, so it may be another group's; nothing is paired
    ("邻村贫困发生率18.7%。本村贫困发生率降至11.2%，下降6.5个百分点。", ["unverifiable"]),
])
def test_a_level_reached_with_its_start_stated_earlier_in_the_paragraph(text, want):
    assert verdicts(growth, text) == want


def test_execution_rate_takes_the_value_between_budget_and_rate():
    # the addition stated before the adjusted budget is not what was spent
    text = "年初预算1,186.5万元，年中追加182.3万元，调整后预算1,368.8万元，全年支出1,308.26万元，预算执行率95.6%。"
    assert verdicts(target_met, text) == ["consistent"]
    assert verdicts(target_met, text.replace("95.6%", "90.6%")) == ["inconsistent"]
    # another phrasing: the outlay after the plan, nothing before it
    assert verdicts(target_met, "下达计划资金800万元，实际拨付760万元，资金执行率95.0%。") in (["consistent"], [])
