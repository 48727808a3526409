"""Round 27 (twelfth session): readings learned from probe sets written blind to the code (probe6–9), each written
here in sentences of our own — a claim that holds, the same claim broken, and a decoy that must stay quiet."""
import pytest

from analysis.rules.sums import parts_sum

from rules_cases import run


def _rows(rule, text, year=2021):
    return [(r["verdict"], r["stated"]) for r in run(rule, text, year)]


# ---------------------------------------------------------------- parts_sum: a net change = what came − what left
@pytest.mark.parametrize("text, want", [
    ("全市限额以上商贸企业年末达到1,046家，较年初净增128家，其中新增入库171家、退库39家。",
     [("inconsistent", "128家 = 171家 − 39家")]),
    ("全市限额以上商贸企业年末达到1,046家，较年初净增132家，其中新增入库171家、退库39家。",
     [("consistent", "132家 = 171家 − 39家")]),
    ("全市实有市场主体5.2万户，比上年末净增3200户，其中新登记6100户、注销2900户。",
     [("consistent", "3200户 = 6100户 − 2900户")]),
    ("全市规上工业企业由上年末的571家增加到612家，净增41家，其中新增入库52家、因规模下降等原因退库11家。",
     [("consistent", "41家 = 52家 − 11家")]),
])
def test_a_net_change_split_into_what_came_and_what_left(text, want):
    assert _rows(parts_sum, text) == want


def test_a_net_rise_split_by_kinds_is_no_net_split():
    # a net rise broken down by flows and kinds, items naming no flow of their own (…、个体工商户2,370户 after 注销企业):
    # not read as came − left, no alarm (the items must each name their flow — _net_split; without that test the
    # 2,370 is added: 8,860 ≠ 4,120)
    text = "全县市场主体较年初净增4,120户，其中新登记企业2,630户、个体工商户4,980户，注销企业1,120户、个体工商户2,370户。"
    assert "inconsistent" not in [v for v, _ in _rows(parts_sum, text)]


# ---------------------------------------------------------------- target_met: two false alarms of probe6/probe9
from analysis.rules.targets import target_met  # noqa: E402


def test_a_completion_percentage_after_a_breakdown_in_clauses_is_of_its_whole():
    text = ("全年共完成审计和审计调查项目64个，其中：预算执行审计11个，经济责任审计23个，专项审计调查18个，"
            "政府投资审计12个，为年初计划60个的{}%。")
    assert _rows(target_met, text.format("106.7")) == [("consistent", "64个 = 106.7% of target 60个")]
    assert _rows(target_met, text.format("108.7")) == [("inconsistent", "64个 = 108.7% of target 60个")]


def test_parts_that_do_not_add_up_leave_the_last_value_the_achieved_one():
    # (a bound among the parts, 10亿元以上, adds up to nothing: the value right before the target is the achieved one)
    text = ("全年签约项目58个，总投资326.5亿元，其中10亿元以上项目9个，到位资金118.4亿元，完成年度目标110亿元的107.6%。")
    assert _rows(target_met, text) == [("consistent", "118.4亿元 = 107.6% of target 110亿元")]


def test_the_values_after_a_claim_of_work_done_are_no_targets():
    assert _rows(target_met, "完成“三改”任务：改厨126户、改厕348户。全乡23个行政村中，已有17个村完成街道硬化。") == []
    # a target named after the colon is still one
    assert _rows(target_met, "全面完成年度目标任务：新增城镇就业3,200人，为目标3,000人的106.7%。") == [
        ("consistent", "3,200人 = 106.7% of target 3,000人")]


# ---------------------------------------------------------------- growth: 由…到… before the rate, after another metric
from analysis.rules.growth import growth  # noqa: E402


@pytest.mark.parametrize("rate, verdict", [("10.5", "inconsistent"), ("9.9", "consistent")])
def test_the_level_moved_to_in_the_clause_before_the_rate_is_what_grew(rate, verdict):
    text = f"全年完成农业总产值2.46亿元，农民人均纯收入由上年的6230元增加到6850元，增长{rate}%。"
    assert _rows(growth, text) == [(verdict, f"6850元，增长{rate}%，上年 6230元")]


def test_a_per_day_value_is_still_not_what_grew():
    rows = _rows(growth, "受理群众诉求486,312件，日均1,332件，同比增长23.6%。")
    assert [(v, s) for v, s in rows] == [("unverifiable", "486,312件，增长23.6%")]


# ---------------------------------------------------------------- common.in_plan: a result measured against 预期目标
def test_a_result_measured_against_the_years_target_plans_nothing():
    text = "全年完成地区生产总值1286.4亿元，按可比价格计算增长10.3%，高出年度预期目标0.3个百分点；社会消费品零售总额463.7亿元，增长13.2%。"
    assert [s for _, s in _rows(growth, text)] == ["1286.4亿元，增长10.3%", "463.7亿元，增长13.2%"]


def test_a_plan_that_names_the_target_is_still_a_plan():
    # (实现 before 预期目标 is a plan's verb too: only a comparison — 高出/低于 — makes the sentence a result)
    text = "今年，全县要努力实现年度预期目标，地区生产总值增长7%，社会消费品零售总额增长10%。"
    assert _rows(growth, text, 2013) == []


# ---------------------------------------------------------------- cumulative_vs_new: two tiers of recognition
from analysis.rules.cumulative import cumulative_vs_new  # noqa: E402


def test_new_of_another_tier_is_no_part_of_the_cumulative():
    assert _rows(cumulative_vs_new, "累计认定市级农业龙头企业52家，今年新增入选国家级重点龙头企业61家。") == []
    assert [v for v, _ in _rows(cumulative_vs_new, "累计认定省级示范社52家，今年新增省级示范社61家。")] == ["inconsistent"]


def test_parts_cut_by_an_attribute_of_people_the_others_lack_split_nothing():
    text = "县人民代表大会现有代表186名。从代表结构看，基层代表112名，占60.2%；女代表47名，占代表总数的25.30%。"
    assert _rows(parts_sum, text) == []
    assert _rows(parts_sum, "全县现有代表186名，其中男代表139名、女代表37名。") == [("inconsistent", "186名 = 139名 + 37名")]


# ---------------------------------------------------------------- percent_sum: an amount split by use, over 100
from analysis.rules.shares import percent_sum  # noqa: E402


def test_shares_of_an_amount_split_by_use_cannot_pass_100():
    text = "统筹基金支出中，住院费用、普通门诊费用和门诊慢特病费用分别占68.4%、22.7%和{}%。"
    assert [v for v, _ in _rows(percent_sum, text.format("9.8"))] == ["inconsistent"]
    assert [v for v, _ in _rows(percent_sum, text.format("8.9"))] == ["consistent"]
    # groups of people named so may overlap: no verdict over 100
    assert _rows(percent_sum, "受访群众中，认为融资难、用工难和用地难的分别占68.4%、42.7%和29.8%。") == []


# ---------------------------------------------------------------- review of the session's sums readings: decoys
@pytest.mark.parametrize("text", [
    # highlights before a year's total are examples, not its breakdown
    "在城区学校周边新建视频监控点位120个。在农贸市场、车站等人员密集场所新建监控点位86个。全年新增视频监控点位共计648个。",
    "新建幼儿园新增学位1,080个。改扩建中小学新增学位2,350个。全年新增学位共计4,630个。",
    # a net rise whose items do not each name their flow, a net fall, an outflow after the list
    "全县市场主体较年初净增4,120户，其中新登记企业2,630户、个体工商户4,980户，注销企业1,120户、个体工商户2,370户。",
    "全县户籍人口较上年末净增1,256人，其中出生4,210人、死亡3,102人，迁入2,310人、迁出2,162人。",
    "全县建档立卡贫困人口较年初净减少2,860人，其中脱贫退出3,120人，新识别纳入260人。",
    "全市限额以上商贸企业较年初净增128家，其中新增入库171家、退库39家，另有4家因企业合并注销。",
    # who sits in a body, or whom it is made of, is no split of a figure stated before
    "全县共选派驻村工作队186个。驻村工作队由12个乡镇和41个县直单位选派的干部组成。",
    "全县辖12个乡镇、186个行政村，现有县直单位68个。县创建工作领导小组由12个乡镇和41个县直单位组成。",
    # a detail whose lines the reading cannot all take (a note line) is not judged
    "项目支出预算1,673.82万元。项目支出预算安排明细如下：\n医保基金监管专项经费：412.60万元；\n（以上为省级下达资金）\n"
    "医疗救助资金：638.15万元；\n长期护理保险试点工作经费：335.67万元。\n",
])
def test_sums_decoys_of_the_review(text):
    assert "inconsistent" not in [v for v, _ in _rows(parts_sum, text)]


def test_the_bottom_of_a_scale_stays_in_its_list():
    # 高中及以下 closes the education scale: the planted 2960 ≠ 2860 is still found
    text = "全县专任教师2,860人，其中本科1,920人、大专780人、高中及以下260人。"
    assert [v for v, _ in _rows(parts_sum, text)] == ["inconsistent"]


# ---------------------------------------------------------------- review of the session's cumulative readings: decoys
@pytest.mark.parametrize("text", [
    "全区市场主体由3.21万户增至3.62万户，全年新增市场主体6,130户，同比增长12.4%。",     # bodies that deregister
    "全县登记社会组织由426家增至451家，全年新增登记社会组织38家。",
    "全县现有国家级专精特新“小巨人”企业3家，省级专精特新中小企业新增入选11家。",      # the clause names its own thing
    "全年新增新能源汽车产能2.3万辆，全市新能源汽车产量达到3.1万辆。\n截至年底，全市新能源汽车保有量达到1.86万辆。",
    "上半年新增农村劳动力转移就业3,200人，全年新增就业2,900人。",                    # two official measures
    "全县参保人数达到28.4万人，较上年末增加6.2万人。上年末全县参保人数为21.8万人（含省直单位），按口径调整后为22.2万人。",
])
def test_cumulative_decoys_of_the_review(text):
    assert "inconsistent" not in [v for v, _ in _rows(cumulative_vs_new, text)]


def test_a_rise_named_after_the_levels_still_adds_up_for_what_stays_built():
    text = "全县农村公路由上年末的1,860公里增至1,936公里，全年新建农村公路{}公里。"
    assert [v for v, _ in _rows(cumulative_vs_new, text.format(76))] == ["consistent"]
    assert [v for v, _ in _rows(cumulative_vs_new, text.format(66))] == ["inconsistent"]


# ---------------------------------------------------------------- review of the session's crossref readings: decoys
from analysis.rules.crossref import cross_reference  # noqa: E402


@pytest.mark.parametrize("text", [
    # a review value that is another body figure (办结125件), the year's new against the stock, a bound on some of the
    # things, a part of the year, another place's figure
    "一、主要工作\n全年受理行政复议案件126件，办结125件。\n二、存在的问题\n一是案件质量有待提高，全年行政复议案件125件中被撤销或变更的13件。\n",
    "一、主要工作\n全年新增家庭农场142家。全区家庭农场总数达到1,420家。\n二、存在的问题\n一是带动能力不强，全区家庭农场1,420家中省级示范场仅12家。\n",
    "一、主要工作\n全县群众满意度为92.5%。\n二、存在的问题\n一是发展不均衡，群众满意度不足85%的乡镇有3个。\n",
    "一、主要工作\n全县星级民宿达到42家。\n二、存在的问题\n一是民宿提档升级缓慢，全年新增星级民宿不足10家。\n",
    "一、主要工作\n全县群众满意度为88.6%。\n二、存在的问题\n一是服务质量不稳，上半年群众满意度超过90%，下半年有所下滑。\n",
])
def test_crossref_decoys_of_the_review(text):
    rows = run(cross_reference, "某县文旅局2021年工作总结\n" + text, 2021)
    assert "inconsistent" not in [r["verdict"] for r in rows]


# ---------------------------------------------------------------- review of the session's target readings: decoys
@pytest.mark.parametrize("text", [
    "成本指标：目标值120万元，实际值118.6万元，已完成。",                       # no sign: a cost is kept down
    "设备故障率：目标值3%，实际值1.2%，完成率100%。",
    "全年一般公共预算收入完成12.6亿元，其中税收收入9.8亿元，超出年初预算12亿元目标0.6亿元。",   # the whole's, not the part's
    "全年外贸进出口总额3.6亿美元，其中出口2.4亿美元，超额12.5%完成省定3.2亿美元的年度目标。",
])
def test_target_decoys_of_the_review(text):
    assert "inconsistent" not in [v for v, _ in _rows(target_met, text)]


def test_a_denial_in_an_indicator_line_speaks_for_its_target():
    text = "验收合格率：目标值≥95%，实际值93.1%，未达到目标值，原因是部分项目已完成验收但尚未结算。"
    assert _rows(target_met, text) == [("consistent", "93.1%; target 95% (not met)")]


# ---------------------------------------------------------------- review of the session's share readings: decoys
from analysis.rules.shares import share_of_total  # noqa: E402


@pytest.mark.parametrize("text", [
    "全县共有城镇燃气经营企业12家。开展安全检查后，仍有隐患未整改的企业还有2家，隐患整改率达到96.5%。",
    "全县共有义务教育学校52所。经过三年攻坚，尚未达标的学校仅剩4所，学生体质健康达标率达到93.2%。",
    "全县现有专任教师3120人，今年新招聘教师中，本科以上学历的超过80%（126人）。",
    "全县共有乡村医生612人，今年参加岗位培训的乡村医生中，考核合格的超过九成（356人）。",
])
def test_share_decoys_of_the_review(text):
    assert "inconsistent" not in [v for v, _ in _rows(share_of_total, text)]


def test_a_complement_rate_of_the_act_it_failed_is_still_read():
    text = "全县共有义务教育学校52所。经过三年攻坚，尚未达标的学校仅剩4所，达标率达到93.2%。"
    assert [v for v, _ in _rows(share_of_total, text)] == ["inconsistent"]


def test_liang_cheng_is_as_loose_as_san_cheng():
    # 两成 is 15–25% as 三成 is 25–35% (两 was missing from the 成 pattern: 两成 read as 19.5–20.5%)
    assert _rows(share_of_total, "全年受理消费投诉12800件，其中预付式消费投诉2690件，占两成。") == [
        ("consistent", "两成 (2690件 of 12800件)")]


def test_a_target_clause_naming_a_part_of_the_breakdown_is_that_parts():
    text = ("全年实施重点项目64个，其中：工业项目11个，农业项目23个，社会事业项目18个，基础设施项目12个，"
            "基础设施项目为年初计划10个的120%。")
    assert _rows(target_met, text) == [("consistent", "12个 = 120% of target 10个")]


def test_a_whole_past_a_semicolon_is_no_sure_whole_of_the_next_zhongqi():
    text = "全年共受理投诉举报2.17万件，办结21498件，办结率99.1%；受理咨询1.2万件，解答率100%。其中，涉及食品安全的占两成（2400件）。"
    assert "inconsistent" not in [v for v, _ in _rows(share_of_total, text)]


# ---------------------------------------------------------------- two crashes and the false alarms of correct7–8
def test_a_target_of_nothing_is_judged_without_a_ratio():
    # (it raised ZeroDivisionError and lost every check of its report)
    assert _rows(target_met, "食品安全事故发生次数：目标值0次，实际值0次，完成率100%。") == [
        ("consistent", "0次 = 100% of target 0次")]
    assert [v for v, _ in _rows(target_met, "食品安全事故发生次数：目标值0次，实际值2次，完成率100%。")] == ["inconsistent"]


def test_a_cost_and_a_failure_rate_are_met_under_their_targets():
    text = "（二）质量指标：救助比例，目标值≥70%，实际值72.6%，已完成；结算差错率，目标值0.5%，实际值0.21%，已完成。"
    assert "inconsistent" not in [v for v, _ in _rows(target_met, text)]
    assert _rows(target_met, "（四）成本指标：经办管理费用，目标值12万元，实际值11.4万元，已完成。") == [
        ("consistent", "11.4万元; target 12万元 (met)")]


def test_running_totals_at_two_dates_are_no_split_of_the_budget():
    text = ("2022年年初预算安排1,860万元。截至9月底和11月底，累计支出分别为1,527.1万元和1,786.2万元，"
            "分别占年初预算的82.1%和96.0%。")
    assert "inconsistent" not in [v for v, _ in _rows(parts_sum, text)]


def test_a_running_subtotal_is_no_item_of_its_own():
    text = "全县28个贫困村，2016—2017年已出列13个，2018年出列12个，累计出列25个，剩余3个。"
    assert [v for v, _ in _rows(parts_sum, text)] == ["consistent"]
