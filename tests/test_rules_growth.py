"""growth and target_met: rates against stated bases, implied bases, targets and claims of meeting them."""
import pytest

from analysis.rules.growth import growth, target_met
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
