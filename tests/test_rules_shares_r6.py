"""Shares, round 6: rates named by two words, named wholes, lists of two measures, GRIM over assessed counts."""
import pytest

from analysis.rules.shares import granularity, percent_sum, share_of_total
from rules_cases import run, verdicts


# ---------------------------------------------------------------- granularity: more words for an assessment
@pytest.mark.parametrize("text, verdict", [
    ("对23家重点企业开展标准化复评，达标率为90%。", "inconsistent"),          # 20/23 = 87.0%, 21/23 = 91.3%
    ("对23家重点企业开展标准化复评，达标率为91.3%。", "consistent"),
    ("随机抽取13件答复书开展合规性评查，合格率为90%。", "inconsistent"),     # 12/13 = 92.3%
    ("对下属6个二级单位开展“回头看”，整改达标率75%。", "inconsistent"),     # 4/6 = 66.7%, 5/6 = 83.3%
    ("市卫健委对9家民营医院进行暗访，合格率达到77.8%。", "consistent"),      # invented phrasing: 7/9
])
def test_granularity_assessed_in_other_words(text, verdict):
    assert [r["verdict"] for r in run(granularity, text)] == [verdict]


def test_granularity_count_of_the_rate():
    # N所X的Y率: 的 ties the rate to the things counted
    assert verdicts(granularity, "局属3所学校的达标率为70%。") == ["inconsistent"]
    assert verdicts(granularity, "辖区内4个社区的创建达标率为75%。") == ["consistent"]
    # the people of a unit, each assessed, as the rate's own name says
    assert verdicts(granularity, "我科室共有7人，年度考核合格率为80%。") == ["inconsistent"]
    assert verdicts(granularity, "本所现有9名干警，年终考评优秀率为33.3%。") == ["consistent"]


def test_granularity_decoys_left_alone():
    # a rate over something else than the count (签约率 of people, not teams); a survey of people not counted
    assert "inconsistent" not in verdicts(granularity, "组建家庭医生团队23个，签约率78.6%。")
    assert "inconsistent" not in verdicts(granularity, "全镇有餐饮店15家，群众满意率96.5%。")


# ---------------------------------------------------------------- share_of_total: which figure is the whole
def test_group_named_before_zhong_is_the_whole():
    text = "全年新登记市场主体4.15万户，办理注销2.40万户，新登记中企业1.26万户，所占比重为30.4%。"
    assert verdicts(share_of_total, text) == ["consistent"]
    bad = "全年新登记市场主体4.15万户，办理注销2.40万户，新登记中企业1.26万户，所占比重为32.4%。"
    assert verdicts(share_of_total, bad) == ["inconsistent"]


def test_bracketed_base_is_no_whole():
    text = "帮助退役军人实现就业1128人，同比增长18.5%（2020年为986人），其中自主创业236人，占20.9%。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent"]
    assert "1128人" in rows[0]["computed"]


def test_whole_named_in_words_of_an_earlier_sentence():
    text = "全年新收政府信息公开申请268件。从申请主体看，自然人申请231件，占新收申请的82.6%。"
    assert verdicts(share_of_total, text) == ["inconsistent"]  # 231/268 = 86.2%
    ok = "全年新收政府信息公开申请268件。从申请主体看，自然人申请231件，占新收申请的86.2%。"
    assert verdicts(share_of_total, ok) == ["consistent"]
    # invented: the total named with 总数, a paragraph's sentence later
    text = "全年接待游客2136.8万人次，同比增长12.4%。乡村旅游接待游客846.3万人次，占全县游客总数的42.6%。"
    assert verdicts(share_of_total, text) == ["inconsistent"]


def test_whole_inline_with_its_noun():
    text = "集体经营性收入10万元以上的村达到186个，占全县212个行政村的87.7%。"
    assert verdicts(share_of_total, text) == ["consistent"]
    assert verdicts(share_of_total, "建成标准化卫生室45个，占全镇50个行政村的80%。") == ["inconsistent"]


def test_group_opening_the_sentence_scopes_later_clauses():
    text = "社区配备专职网格员8名、兼职网格员16名。专职网格员中女性6名，占75%；大专以上学历5名，占60%。"
    rows = {r["stated"]: r["verdict"] for r in run(share_of_total, text)}
    assert [v for k, v in rows.items() if "75%" in k] == ["consistent"]
    assert [v for k, v in rows.items() if "60%" in k] == ["inconsistent"]  # 5/8 = 62.5%


# ---------------------------------------------------------------- rates named by two words
@pytest.mark.parametrize("text, verdict", [
    ("年中追加60万元后，全年预算数为1,920万元。全年执行数1,728.6万元，预算执行率92.5%。", "inconsistent"),
    ("年中追加60万元后，全年预算数为1,920万元。全年执行数1,728.6万元，预算执行率90.0%。", "consistent"),
    ("项目资金总额800万元，到位资金760万元，资金到位率98%。", "inconsistent"),
    ("培训合格人员为912人，参训总人数为960人，合格率为97%。", "inconsistent"),  # the total after the part
    ("培训合格人员为912人，参训总人数为960人，合格率为95%。", "consistent"),
    ("全年产生生活垃圾5.6万吨，无害化处理5.4万吨，垃圾处理率96.4%。", "consistent"),  # invented phrasing
    ("全年产生生活垃圾5.6万吨，无害化处理5.4万吨，垃圾处理率98.4%。", "inconsistent"),
])
def test_compound_rate(text, verdict):
    assert verdicts(share_of_total, text) == [verdict]


def test_compound_rate_decoy():
    # a rate whose words name neither figure: no pairing, no alarm; a rate against a plan is target_met's
    assert verdicts(share_of_total, "全年预算数为1,920万元，执行数1,728.6万元，群众满意率92.5%。") == []
    assert verdicts(share_of_total, "全年计划投资3.2亿元，完成投资2.9亿元，计划完成率95.6%。") == []


def test_same_rate_again_takes_the_whole_it_had():
    text = ("全村共512户、1,984人，年初有贫困户96户、371人，贫困发生率18.7%。目前剩余贫困户55户、213人，"
            "贫困发生率降至11.2%。")
    assert verdicts(share_of_total, text) == ["consistent", "inconsistent"]  # 213/1984 = 10.7%


def test_list_of_items_with_two_measures_each():
    text = ("全区新签约项目64个，协议总投资386.4亿元。制造业项目29个、投资179.3亿元，服务业项目21个、投资125.2亿元，"
            "数字经济项目14个、投资81.9亿元，投资额分别占协议总投资的46%、32%和22%。")
    assert verdicts(share_of_total, text) == ["consistent", "consistent", "inconsistent"]


# ---------------------------------------------------------------- percent_sum
def test_parallel_names_with_the_measure_after_the_last():
    text = "第一产业、第二产业、第三产业增加值占地区生产总值的比重分别为10.3%、38.6%和53.1%。"
    assert verdicts(percent_sum, text) == ["inconsistent"]
    ok = "第一产业、第二产业、第三产业增加值占地区生产总值的比重分别为10.3%、38.6%和51.1%。"
    assert verdicts(percent_sum, ok) == ["consistent"]


def test_complementary_pair_adds_to_100():
    assert verdicts(percent_sum, "全局职工中，男性职工占比54%，女性职工占比48%。") == ["inconsistent"]
    assert verdicts(percent_sum, "全局职工中，男性职工占比54%，女性职工占比46%。") == ["consistent"]
    assert verdicts(percent_sum, "参保人员中，城镇居民占61.2%，农村居民占38.8%。") == ["consistent"]
    # shares within each group are no split of one whole
    assert verdicts(percent_sum, "男性中吸烟者占30%，女性中吸烟者占5%。") == []


# ---------------------------------------------------------------- false alarms on correct text (review rv6)
def test_a_yield_is_no_share_of_a_breakdown():
    text = "全年实现业务收入13.52亿元，业务支出7.18亿元，增值收益6.34亿元，增值收益率1.51%。"
    assert verdicts(share_of_total, text) == []
    # invented: a profit margin with no base given
    assert verdicts(share_of_total, "实现营业收入8.6亿元，其中利润总额0.52亿元，销售利润率6.8%。") == []


def test_an_added_amount_is_not_the_executed_part():
    text = ("年初预算1865.40万元，执行中追加286.60万元，调整后预算2152.00万元；全年实际支出2086.50万元，"
            "预算执行率97.0%。")
    assert "inconsistent" not in verdicts(share_of_total, text)


def test_an_average_rate_has_no_granularity():
    text = "六年级6个班参加区学业质量监测，语文、数学、英语三科平均合格率分别为99.2%、98.6%、99.0%。"
    assert verdicts(granularity, text) == []


def test_a_survey_of_people_at_places_counted_is_not_over_the_places():
    text = "对全县12家医院开展患者满意度第三方调查，门诊满意度92.6%，住院满意度95.8%。"
    assert "inconsistent" not in verdicts(granularity, text)
    # the places themselves rated (测评) are still the n
    assert verdicts(granularity, "对6个县区医保经办窗口开展群众满意度测评，满意率87%。") == ["inconsistent"]


def test_a_planned_figure_is_not_the_named_whole():
    text = ("全市计划招聘岗位865个、招聘人数1286人，实际招聘1248人，完成计划的97.0%。专项招聘方面，面向退役士兵"
            "专项招聘28人，面向基层项目人员专项招聘56人，合计84人，占全部招聘人数的6.7%。")
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent"]
    assert "1248人" in rows[0]["computed"]


def test_granularity_of_the_things_counted_named_by_de():
    assert verdicts(granularity, "2个试点项目的成功率为75%。") == ["inconsistent"]
    assert verdicts(granularity, "全县12个乡镇的达标率为95%。") == ["inconsistent"]
    # a rate over the people living there, not over the places: left alone
    assert verdicts(granularity, "全县12个乡镇的农村自来水普及率为95%。") == []
    assert verdicts(granularity, "5个试点村的参保率为96.3%。") == []


def test_granularity_of_a_share_among_the_count_just_stated():
    assert verdicts(granularity, "局领导班子成员5人，其中具有研究生学历的占30%。") == ["inconsistent"]
    assert verdicts(granularity, "局领导班子成员5人，其中具有研究生学历的占40%。") == ["consistent"]
    # a share of another whole, named: not of the count
    assert "inconsistent" not in verdicts(granularity, "全县有干部500人，其中女性干部占全县女性的0.3%。")


def test_a_rate_named_by_the_looked_at_and_the_found():
    assert verdicts(share_of_total, "检查企业150家次，发现问题企业45家次，问题发现率为35%。") == ["inconsistent"]
    assert verdicts(share_of_total, "检查企业150家次，发现问题企业45家次，问题发现率为30%。") == ["consistent"]


def test_a_rate_defined_in_brackets():
    text = ("年末缴存余额312.58亿元。截至年末，累计发放个人住房贷款598.72亿元，贷款余额265.40亿元，"
            "个人住房贷款率为{}（贷款余额与缴存余额之比）。")
    assert verdicts(share_of_total, text.format("84.9%")) == ["consistent"]
    assert verdicts(share_of_total, text.format("86.9%")) == ["inconsistent"]
    # invented: 占…的比例 in brackets, the whole named differently earlier
    text = "全县应参保人数5.2万人，实际参保人数4.9万人，参保率为96.2%（实际参保人数占应参保人数的比例）。"
    assert verdicts(share_of_total, text) == ["inconsistent"]  # 4.9/5.2 = 94.2%


def test_granularity_n_before_its_own_change():
    text = "全年完成食品安全抽检5260批次，比上年的4380批次增长22.1%；抽检总体合格率97.8%。"
    assert verdicts(granularity, text) == ["consistent"]
    assert verdicts(granularity, "对36家养老机构开展等级评定，同比增加6家；评定合格率为90%。") == ["inconsistent"]
    # a clause with no figure between: the count is not reached past it
    assert verdicts(granularity, "检查企业12家，开展安全培训，合格率90%。") == []


# ---------------------------------------------------------------- derived ratios: crude birth and death rates
def test_crude_rates_over_the_population():
    from analysis.rules.ratios import derived_ratio
    text = "年末全市常住人口385.6万人。全年出生人口3.18万人，出生率8.25‰；死亡人口2.41万人，死亡率{}。"
    assert verdicts(derived_ratio, text.format("6.52‰")) == ["consistent", "inconsistent"]  # 2.41/385.6 = 6.25‰
    assert verdicts(derived_ratio, text.format("6.25‰")) == ["consistent", "consistent"]
    # within what the average population may differ from the year-end count: no verdict
    assert verdicts(derived_ratio, text.format("6.30‰")) == ["consistent"]
    # invented: 户籍人口, 人口死亡率; an infant death rate is not of the population
    text = "全县户籍人口52.4万人。全年死亡人口3,120人，人口死亡率5.95‰；婴儿死亡率3.1‰。"
    assert verdicts(derived_ratio, text) == ["consistent"]


def test_granularity_of_the_group_the_sentence_opens_with():
    text = "在实体大厅办事的受访者734人，网上办事受访者1,424人。实体大厅受访者中，对窗口服务表示满意的比例为{}。"
    assert verdicts(granularity, text.format("86.25%")) == ["inconsistent"]  # 633/734 = 86.240%, 634/734 = 86.376%
    assert verdicts(granularity, text.format("86.24%")) == ["consistent"]
    # invented: a group named by other words than its count's label is left alone
    assert verdicts(granularity, "全校参加体质测试的男生412人、女生388人。参测男生中，体质测试合格的占92.45%。") == []


def test_part_stated_right_after_its_share():
    text = "本年度培训基层干部1250人次，其中农村干部占比为{}，计450人次。"
    assert verdicts(share_of_total, text.format("40%")) == ["inconsistent"]  # 450/1250 = 36%
    assert verdicts(share_of_total, text.format("36%")) == ["consistent"]
    # invented: the count in brackets after the share
    assert verdicts(share_of_total, "全年受理投诉860件，其中物业类投诉占27.0%（215件）。") == ["inconsistent"]
    # a plan after the share is no part of it
    assert "inconsistent" not in verdicts(share_of_total, "全年培训干部1250人次，其中农村干部占40%，计划明年培训600人次。")


def test_ratio_terms_named_before_a_verb():
    from analysis.rules.ratios import derived_ratio
    assert verdicts(derived_ratio, "年末全市常住人口为520万人，城镇人口338万人，城镇化率为62%。") == ["inconsistent"]
    assert verdicts(derived_ratio, "年末全市常住人口为520万人，城镇人口为338万人，城镇化率为65%。") == ["consistent"]


def test_spending_progress_over_the_funds_allotted_when_it_holds():
    text = "全年共下达专项资金860万元。截至年底，已支出817万元，支出进度{}。"
    assert verdicts(share_of_total, text.format("95.0%")) == ["consistent"]
    assert verdicts(share_of_total, text.format("98.0%")) == []  # a likely whole only: no alarm
