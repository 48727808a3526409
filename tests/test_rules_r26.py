"""Round 26 (eleventh session): readings learned from four blind sets opened as tuning38–41, each written here in
sentences of our own — a claim that holds, the same claim broken, and a decoy that must stay quiet. Sentences invented."""
import pytest

from analysis.rules.crossref import cross_reference
from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.shares import share_of_total
from analysis.rules.targets import target_met

from rules_cases import run


def _rows(rule, text, year=2019):
    return [(r["verdict"], r["stated"], r["computed"]) for r in run(rule, text, year)]


# ---------------------------------------------------------------- target_met: the value the claim names, a clause before
@pytest.mark.parametrize("text, verdict", [
    ("新增城市绿地12.6公顷，建成区绿地率达到34.2%，年初确定的建成区绿地率35%的目标已圆满完成。", "inconsistent"),
    ("新增城市绿地12.6公顷，建成区绿地率达到36.2%，年初确定的建成区绿地率35%的目标已圆满完成。", "consistent"),
    ("全年新建公厕18座，改造公厕6座，年初确定的新建公厕20座的目标已圆满完成。", "inconsistent"),
    ("全年新建公厕21座，年初确定的新建公厕20座的目标已超额完成。", "consistent"),
    ("集团资产负债率为67.0%，年初确定的资产负债率65%以内的目标已实现。", "inconsistent"),
    ("集团资产负债率为62.0%，年初确定的资产负债率65%以内的目标已实现。", "consistent"),
])
def test_a_claim_names_the_value_of_an_earlier_clause(text, verdict):
    assert [v for v, _, _ in _rows(target_met, text)] == [verdict]


def test_the_value_is_the_one_the_claim_names():
    # the value before is of another metric (绿化覆盖率), the one named holds
    rows = _rows(target_met, "建成区绿地率达到34.2%，绿化覆盖率38.6%，年初确定的绿化覆盖率35%的目标已圆满完成。")
    assert [(v, s) for v, s, _ in rows] == [("consistent", "38.6%; target 35% (met)")]


# ---------------------------------------------------------------- target_met: a claim on all targets
def test_a_blanket_claim_may_open_a_list_after_a_long_name_of_who_set_them():
    text = ("完成固定资产投资11.4亿元，为年初目标12亿元的95.0%。一年来，我们圆满完成了镇第十八届人大四次会议确定的"
            "各项目标任务：财政总收入达到1.28亿元，新引进项目14个。")
    rows = _rows(target_met, text)
    assert ("inconsistent", "圆满完成了镇第十八届人大四次会议确定的各项目标任务 (all targets met)",
            "11.4亿元 against the target 12亿元: not met") in rows


@pytest.mark.parametrize("text, verdicts", [
    # a completion percentage under 100 with no value beside it: a target missed, against the claim on all of them
    ("县政府年初下达的目标为销售总额18亿元、利润1,400万元。全年销售总额是目标的103.4%；利润完成年度目标的91.9%，与目标"
     "仍有差距。过去一年，全系统实现销售总额18.26亿元，全面完成了县政府下达的各项目标任务。", ["inconsistent"]),
    ("县政府年初下达的目标为销售总额18亿元、利润1,400万元。全年销售总额是目标的103.4%；利润完成年度目标的101.9%。"
     "过去一年，全系统实现销售总额18.26亿元，全面完成了县政府下达的各项目标任务。", ["consistent"]),
    # part of the year, or a budget executed: no target missed
    ("上半年，利润完成年度目标的41.9%。全年各项目标任务全面完成。", []),
    ("全年支出完成年度预算的91.9%。全年各项目标任务全面完成。", []),
])
def test_a_completion_percentage_alone_counts_for_a_blanket_claim(text, verdicts):
    assert [v for v, s, _ in _rows(target_met, text) if "(all targets met)" in s] == verdicts


@pytest.mark.parametrize("text, verdicts", [
    # a counted claim names its targets: the lone percentage is one of them (this shape crashed a first draft)
    ("营业收入完成年度目标的103.2%，利润完成年度目标的91.9%。全年营业收入和利润两项目标均圆满完成。", ["inconsistent"]),
    # (both over 100 with no value beside them: nothing to judge it on, no row — a lone percentage only counts against)
    ("营业收入完成年度目标的103.2%，利润完成年度目标的101.9%。全年营业收入和利润两项目标均圆满完成。", []),
    # all but the one named: the missed one is the one left out
    ("营业收入完成年度目标的103.2%，利润完成年度目标的91.9%。全年各项目标中，除利润外，其余目标均已完成。", []),
])
def test_a_lone_completion_percentage_under_a_counted_or_excepting_claim(text, verdicts):
    assert [v for v, s, _ in _rows(target_met, text) if "(all targets met)" in s] == verdicts


def test_a_growth_target_listed_earlier_is_judged_by_the_metric_growth_rate():
    text = ("去年年初，县人大确定的主要预期目标是：一般公共预算收入增长6%，新增城镇就业4,500人。一年来，一般公共预算收入"
            "21.36亿元，比上年的20.42亿元增长{g}%。新增城镇就业4,612人。回顾全年，年初确定的各项主要目标全面完成。")
    assert ("inconsistent", "4.6%; target 6% (met)") in [(v, s) for v, s, _ in _rows(target_met, text.format(g="4.6"))]
    held = _rows(target_met, text.replace("20.42", "19.92").format(g="7.2"))
    assert ("consistent", "7.2%; target 6% (met)") in [(v, s) for v, s, _ in held]
    assert all(v != "inconsistent" for v, _, _ in held)


def test_targets_a_sentence_sets_after_a_time_lead():
    text = ("年初，市委、市政府给我们定下的任务是：重点项目完成投资165亿元，新开工项目不少于40个。重点项目完成投资"
            "{a}亿元，达到年度目标的104.6%。")
    assert [v for v, s, _ in _rows(target_met, text.format(a="172.6"))] == ["consistent"]
    assert [v for v, s, _ in _rows(target_met, text.format(a="182.6"))] == ["inconsistent"]


# ---------------------------------------------------------------- share_of_total: whole, part and rate in a run
@pytest.mark.parametrize("text, verdict", [
    ("面向办事群众发放满意度调查问卷300份，收回286份，回收率96.3%。", "inconsistent"),
    ("全县共受理群众投诉420件，已办结412件，办结率为99.5%。", "inconsistent"),
    ("全县共受理群众投诉420件，已办结412件，办结率为98.1%。", "consistent"),
    ("面向办事群众发放满意度调查问卷300份，收回286份，回收率95.3%。", "consistent"),
])
def test_a_rate_right_after_its_part_and_whole(text, verdict):
    assert [v for v, _, _ in _rows(share_of_total, text)] == [verdict]


@pytest.mark.parametrize("text", [
    # two parts summed into the rate, not the last one
    "19件主办提案均收到委员反馈意见，其中表示满意的17件，基本满意的2件，满意和基本满意率100%。",
    # a ； opens another matter: the rate is of a subset (首次执行案件)
    "全年受理执行案件3,612件，执结3,250件；首次执行案件法定期限内结案率93.7%。",
    # peers, and a rate of something else
    "全年供水总量2.18亿立方米，污水处理量1.46亿立方米，出厂水水质综合合格率99.98%。",
    # a clause that goes on after its count, and a rate with a subject of its own (the house decoys of round 19)
    "全县在册民办学校40所，参加年度检查的38所全部通过，年度参检率97%。",
    "全县在用特种设备1,147台，年内按期检验1,098台，电梯定检率为96.8%。",
    # two parts of a whole left unsaid, each a headless 的-clause
    "对审计发现的问题，已整改到位的52个，部分整改的8个，整改率96.7%。",
    # the rate of the group named after 其中 is the group's own
    "全镇参加医保3.42万人，其中脱贫人口参保5,120人，参保率100%。",
    # a running total is not a part of the year's flow
    "新增参合农民28.6万人，全县累计参合26.4万人，参合率达到93.5%。",
    # a rate of another kind (a level, not a part of the whole before it)
    "全县共有养老机构17家，入住老人1,180人，入住率为65%。",
    # one character shared is no link; a part due or on time is of a base the text does not give (the reviewer's)
    "全县在用特种设备1,147台，年内按期检验1,098台，定检率为96.8%。",
    "全县共有行政村186个，已通硬化路180个，通达率为100%。",
    "全县初中应届毕业生2,860人，升入普通高中2,150人，升学率为96.8%。",
    "在用特种设备1,147台，应检设备1,098台，检验率为100%。",
    "农村户籍人口38.6万人，参加城乡居民养老保险26.1万人，参保率为97.8%。",
    "中小学教师4,200人，参加国培省培1,260人，培训率为100%。",
    "全年发放小额贷款3.2亿元，按期收回2.6亿元，回收率为99.1%。",
])
def test_a_rate_after_two_counts_is_not_always_their_share(text):
    assert [v for v, _, _ in _rows(share_of_total, text)] in ([], ["consistent"])


# ---------------------------------------------------------------- cross_reference
def test_the_place_above_the_report_is_another_scope():
    text = ("全年完成营造林7.4万亩，林下经济产值9.6亿元。全市今年完成营造林31.5万亩，我县任务量居各县区首位。全县"
            "林长制落实到位，全县森林覆盖率稳步提高，全县未发生重大森林火灾。\n\n回顾全年，全县完成营造林{v}万亩，林下经济产值9.6亿元。")
    bad = [s for v, s, _ in _rows(cross_reference, text.format(v="7.2")) if v == "inconsistent"]
    assert bad == ["7.4万亩; 7.2万亩"]  # (and not 7.4 / 31.5: the city's)
    assert [v for v, _, _ in _rows(cross_reference, text.format(v="7.4")) if v == "inconsistent"] == []


def test_a_report_with_no_year_names_no_empty_period():
    rows = run(cross_reference, "全年全县营造林23万亩。总结全年，全县营造林25万亩。", None)
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    assert "the report's period" in rows[0]["computed"] and "本期" in rows[0]["explanation_zh"]
    assert "in )" not in rows[0]["computed"] and "均按年" not in rows[0]["explanation_zh"]


# ---------------------------------------------------------------- cumulative_vs_new: a part of the year from its start
@pytest.mark.parametrize("text, verdict", [
    ("农村户厕改造稳步推进，截至上年末累计完成2,846户，上半年新改418户，累计达到3,164户。", "inconsistent"),
    ("农村户厕改造稳步推进，截至上年末累计完成2,846户，上半年新改318户，累计达到3,164户。", "consistent"),
    ("政务云平台建设稳步推进，上年末已上云业务系统58个，上半年新迁移17个，累计达到76个。", "inconsistent"),
    ("截至上年末全镇累计改造户厕2,846户，今年上半年改造户厕418户，累计改造户厕3,164户。", "inconsistent"),
])
def test_the_half_year_adds_to_the_level_at_the_end_of_last_year(text, verdict):
    assert [v for v, s, _ in _rows(cumulative_vs_new, text) if s.startswith("previous")] == [verdict]


def test_the_whole_year_flow_is_the_one_the_year_end_level_takes():
    text = "上半年新增市级以上农业产业化龙头企业5家，全年新增13家，龙头企业总数由上年末的64家增加到77家。"
    three = [(v, s) for v, s, _ in _rows(cumulative_vs_new, text) if s.startswith("previous")]
    assert three == [("consistent", "previous 64家 + new 13家 = current 77家")]


# ---------------------------------------------------------------- target_met: a claim naming its work, no figure
@pytest.mark.parametrize("text, verdict", [
    ("年初计划对其中18座实施除险加固，至年底实际完成16座。总之，一年来全县水利系统完成投资1.2亿元，完成了年度除险加固任务。",
     "inconsistent"),
    ("年初计划对其中18座实施除险加固，至年底实际完成18座。总之，一年来全县水利系统完成投资1.2亿元，完成了年度除险加固任务。",
     "consistent"),
    ("年初计划改造老旧小区42个，实际完成38个。全年完成投资3.6亿元，圆满完成了年度老旧小区改造任务。", "inconsistent"),
])
def test_a_claim_naming_its_work_is_judged_on_the_target_of_that_work(text, verdict):
    rows = _rows(target_met, text)
    assert verdict in [v for v, s, _ in rows if "(met)" in s] and all(c != "the target is not stated" for _, _, c in rows)


def test_a_claim_naming_other_work_stays_unverifiable():
    rows = _rows(target_met, "年初计划新建公厕20座，实际建成18座。总之，全年完成投资1.2亿元，完成了年度农村道路硬化任务。")
    assert [(v, c) for v, s, c in rows if "(met)" in s or "(not met)" in s] == [("consistent", "achieved 18座 not ≥ target 20座")]
    assert ("unverifiable", "the target is not stated") in [(v, c) for v, _, c in rows]


def test_who_set_the_work_does_not_name_it():
    # (a first draft read 省下达的年度减排 as the work and paired it with the air-quality target 省下达的86%年度目标)
    text = ("优良天数比例为85.5%，距省下达的86%年度目标仍有差距。化学需氧量、氨氮排放量分别比上年削减2.6%和3.1%，"
            "完成省下达的年度减排任务。")
    assert "inconsistent" not in [v for v, _, _ in _rows(target_met, text)]


# ---------------------------------------------------------------- enumeration_count: a slogan with a measure word
@pytest.mark.parametrize("text, verdict", [
    ("按照“四个统一”要求推进数据治理：统一数据标准、统一目录管理、统一共享交换。", ["inconsistent"]),
    ("按照“四个统一”要求推进数据治理：统一数据标准、统一目录管理、统一共享交换、统一安全管理。", ["consistent"]),
    ("开展“五进”宣传活动：进社区、进校园、进农村、进企业、进家庭，覆盖群众3万人。", ["consistent"]),
    # a list that goes on after the items, or has no colon before it, may pick examples; 等 leaves it open
    ("推动“四个统一”，统一数据标准、统一目录管理、统一共享交换，提升治理水平。", []),
    ("开展“五进”活动，推动体育进社区、进校园、进农村。", []),
    ("推行“三个统一”管理：统一标准、统一流程、统一考核等。", ["unverifiable"]),
])
def test_a_slogan_defined_after_a_colon(text, verdict):
    from analysis.rules.enumeration import enumeration_count
    assert [v for v, _, _ in _rows(enumeration_count, text)] == verdict


@pytest.mark.parametrize("text, verdict", [
    # three items of 责任 (one joined by 和), not two read from the middle of the first
    ("完善“两个责任”体系，落实党委主体责任和纪委监督责任、部门监管责任。", []),
    ("完善“三个责任”体系：落实党委主体责任和纪委监督责任、部门监管责任。", ["consistent"]),
    ("完善“两个责任”体系：落实党委主体责任和纪委监督责任、部门监管责任。", ["inconsistent"]),
    ("开展“四进”活动（进社区、进校园、进农村和进企业）。", ["consistent"]),
])
def test_echo_items_are_read_over_their_whole_clause(text, verdict):
    from analysis.rules.enumeration import enumeration_count
    assert [v for v, _, _ in _rows(enumeration_count, text)] == verdict


@pytest.mark.parametrize("lines, verdicts", [
    # a line that only announces the items, the numbered lines after it
    (["今年重点抓了四个方面的工作。", "（一）狠抓项目建设。全年实施项目12个。", "（二）狠抓招商引资。引进项目5个。",
      "（三）狠抓民生保障。新增就业300人。", "二、存在问题"], ["inconsistent"]),
    (["今年重点抓了三个方面的工作。", "（一）狠抓项目建设。全年实施项目12个。", "（二）狠抓招商引资。引进项目5个。",
      "（三）狠抓民生保障。新增就业300人。", "二、存在问题"], ["consistent"]),
    # a count closing a longer paragraph: the numbered lines are the section's own
    (["全年城市建设成效明显，新建道路12公里，建成了三个公园。", "（一）狠抓项目建设。全年实施项目12个。",
      "（二）狠抓招商引资。引进项目5个。", "（三）狠抓民生保障。新增就业300人。", "（四）狠抓安全生产。", "二、存在问题"], []),
])
def test_an_announcing_line_opens_the_numbered_lines_after_it(lines, verdicts):
    from analysis.rules.enumeration import enumeration_count
    assert [v for v, _, _ in _rows(enumeration_count, "\n".join(["一、主要工作"] + lines))] == verdicts


@pytest.mark.parametrize("text, verdicts", [
    # a count in digits up to 20, its items opened by 分别是：
    ("全年共实施民生实事10件，分别是：城区道路改造、农贸市场提升、学校扩建、医院改扩建、养老服务中心建设、供水管网改造、"
     "公厕新建、停车场建设、公园建设。", ["inconsistent"]),
    ("全年共实施民生实事9件，分别是：城区道路改造、农贸市场提升、学校扩建、医院改扩建、养老服务中心建设、供水管网改造、"
     "公厕新建、停车场建设、公园建设。", ["consistent"]),
    ("全年共实施民生实事5件，分别是：城区道路改造、农贸市场提升、学校扩建、医院改扩建。", ["inconsistent"]),
    # a count of ten or more with a note in brackets is a quantity
    ("建成12个村级站点（含示范站、标准站），覆盖全镇。", []),
])
def test_a_count_in_digits_with_its_items_named_after_it(text, verdicts):
    from analysis.rules.enumeration import enumeration_count
    assert [v for v, _, _ in _rows(enumeration_count, text)] == verdicts


def test_the_level_built_on_is_no_flow():
    # 在上年底86个的基础上: the level the year started from (a first reading took it as the year's new); a flow of
    # another sentence naming another thing (健身广场) is no flow of this stock (健身工程)
    text = ("年度计划新建农民体育健身工程十五个，实际新建十八个，超额完成任务。农民体育健身工程在上年底八十六个的基础上，"
            "累计达到一百零六个。新建乡镇全民健身广场三个，至此全县七个乡镇均建有健身广场。")
    rows = _rows(cumulative_vs_new, text)
    assert not any("new 八十六个" in s or "new 三个" in s for _, s, _ in rows)


@pytest.mark.parametrize("total, verdict", [("3,906", "consistent"), ("3,916", "inconsistent")])
def test_a_level_built_on_in_the_same_sentence(total, verdict):
    text = f"全县在上年底3,420户的基础上，今年新增486户，累计达到{total}户。"
    assert [v for v, s, _ in _rows(cumulative_vs_new, text) if s.startswith("previous")] == [verdict]


@pytest.mark.parametrize("total, verdict", [("548", "inconsistent"), ("558", "consistent")])
def test_an_amount_added_on_to_a_running_total(total, verdict):
    text = f"本届政协以来，十一届一次会议交办市政府系统提案272件，加上本次会议的286件，本届累计办理提案{total}件。"
    assert [v for v, s, _ in _rows(cumulative_vs_new, text) if s.startswith("previous")] == [verdict]


@pytest.mark.parametrize("text", [
    "今年计划新建公厕20座，加上续建的5座，累计25座。",                       # a plan's sum
    "财政支出41260万元，加上上解支出420万元，支出合计41680万元。",           # parts and their total: parts_sum's
    "全年接待游客120万人次，加上过境游客30万人次，旅游综合收入达到8亿元。",   # another unit
])
def test_added_on_decoys(text):
    assert not [s for v, s, _ in _rows(cumulative_vs_new, text) if s.startswith("previous")]


# ---------------------------------------------------------------- growth
@pytest.mark.parametrize("rate, verdict", [("8.0", "consistent"), ("9.0", "inconsistent")])
def test_a_metric_named_with_its_verb_after_the_noun(rate, verdict):
    from analysis.rules.growth import growth
    text = f"全年发放各类优抚资金4,286万元，走访慰问3,420人次。优抚资金发放量比上年的3,967万元增长{rate}%，惠及优抚对象2,100人。"
    assert [v for v, _, _ in _rows(growth, text)] == [verdict]


def test_a_base_with_no_current_value_gives_the_value_it_implies():
    from analysis.rules.growth import growth
    # (未发放 is a denial: no value of the metric; the rate then implies one, as a base is implied the other way round)
    rows = _rows(growth, "全年未发放优抚资金12万元。优抚资金发放量比上年的3,967万元增长8.0%。")
    assert rows == [("unverifiable", "增长8.0%", "base 3,967万元; no current value named; 3,967万元 with 8.0% implies a "
                                               "current value in [4281.8, 4286.9]万元")]


# ---------------------------------------------------------------- the final review's decoys (each raised an alarm)
@pytest.mark.parametrize("text", [
    "全县一般公共预算支出32.6亿元，民生支出26.1亿元，在全市民生支出中占比达12.4%。全县财政收入稳步增长，全县教育投入持续加大。",
    "全县一般公共预算支出32.6亿元，民生支出26.1亿元，占全市民生支出的12.4%。全县财政收入稳步增长，全县教育投入持续加大。",
])
def test_a_share_of_another_places_whole_is_not_judged(text):
    assert "inconsistent" not in [v for v, _, _ in _rows(share_of_total, text)]


@pytest.mark.parametrize("text", [
    "单位地区生产总值能耗为省下达目标值的91.9%。全年各项目标任务全面完成。",
    "化学需氧量排放量为控制目标的91.9%。全年各项目标任务全面完成。",
    "全县粮食总产稳定。全县农民增收。全县工业平稳。全市平均亩产为省定目标的96.2%。全年各项目标任务全面完成。",
    "今年1月至今，税收收入完成年度预期目标的91.9%。全年各项目标任务全面完成。",
])
def test_lone_completion_percentages_that_miss_nothing(text):
    assert [v for v, s, _ in _rows(target_met, text) if "(all targets met)" in s] == []


@pytest.mark.parametrize("text", [
    "县级财政投入资金2.3亿元，加上撬动的社会资本5.6亿元，累计带动投资12亿元。",
    "全县有省级示范村12个，加上今年新评的8个，累计创建市级以上示范村46个。",
    "今年新建公租房320套，加上续建的180套，累计分配入住1,260套。",
    "截至上年末累计完成2,846户，上半年新改418户，截至目前累计达到3,400户。",
])
def test_sums_that_are_not_running_totals(text):
    assert "inconsistent" not in [v for v, _, _ in _rows(cumulative_vs_new, text)]


# ---------------------------------------------------------------- placeholder
@pytest.mark.parametrize("text, stated", [
    ("全年共接待来访群众人次，办结率98.5%。", ["共接待来访群众人次"]),
    ("全年共走访企业家次，收集问题86个。", ["共走访企业家次"]),
    ("全年办理行政审批事项件，按时办结率100%。", ["全年办理行政审批事项件"]),
    # the number given, or no counting verb before the object
    ("全年共接待来访群众1,260人次，办结率98.5%。", []),
    ("累计服务群众人次达到3.2万。", []),
    ("全年办理行政审批事项1,260件，按时办结率100%。", []),
])
def test_a_count_left_out_before_a_compound_unit_or_a_rate(text, stated):
    from analysis.rules.placeholder import placeholder
    assert [s for v, s, _ in _rows(placeholder, text)] == stated


@pytest.mark.parametrize("pct, verdict", [("43.1", "inconsistent"), ("53.1", "consistent")])
def test_half_the_year_half_the_targets(pct, verdict):
    amount = {"43.1": "1.38", "53.1": "1.70"}[pct]
    text = (f"上半年，全镇一般公共预算收入2,368万元，完成年度预算4,500万元的52.6%。招商引资到位资金{amount}亿元，完成年度目标"
            f"3.2亿元的{pct}%。总体上，各项指标均实现了“时间过半、任务过半”。")
    rows = [(v, s) for v, s, _ in _rows(target_met, text) if "过半" in s]
    assert rows == [(verdict, "实现了“时间过半、任务过半” (half the year, half the targets)")]


def test_a_half_year_claim_with_its_own_percentage_is_judged_once():
    # (a first draft judged it twice: the sentence's own percentage, and again the rows read before)
    text = "上半年，招商引资到位资金1.38亿元，完成年度目标3.2亿元的43.1%，实现了“时间过半、任务过半”。"
    assert [v for v, s, _ in _rows(target_met, text) if "过半" in s] == ["inconsistent"]


@pytest.mark.parametrize("text, verdict", [
    ("全镇共有12个行政村，其中9个村实现集体经济收入10万元以上，占比为80%。", "inconsistent"),
    ("全镇共有12个行政村，其中9个村实现集体经济收入10万元以上，占比为75%。", "consistent"),
    ("全县共有规上企业86家，其中23家企业营业收入超过1亿元，占28.7%。", "inconsistent"),
])
def test_a_bound_in_the_counts_clause_is_not_the_part(text, verdict):
    assert [v for v, _, _ in _rows(share_of_total, text)] == [verdict]


# ---------------------------------------------------------------- the last review's decoys (reports of its own)
_REVIEW_REPORTS = {'t1': '清河县2024年上半年经济运行情况报告\n\n上半年，全县地区生产总值完成86.2亿元，完成年度目标的51.2%。一般公共预算收入3.12亿元，完成年度预算5.8亿元的53.8%。固定资产投资完成28.6亿元，完成年度目标60亿元的47.7%。\n总体看，主要指标中多数实现了“时间过半、任务过半”，但固定资产投资进度略为滞后，下半年需加力推进。\n', 't2': '清河县2024年上半年工作总结\n\n上半年，全县一般公共预算收入3.12亿元，完成年度预算5.8亿元的53.8%。招商引资到位资金2.1亿元，完成年度目标5亿元的42%。\n对照年初目标，招商引资尚未实现“时间过半、任务过半”，下半年将集中开展招商攻坚。\n', 't4': '清河县2024年三季度工作推进会讲话\n\n一季度，全县招商引资到位资金0.9亿元，完成年度目标5亿元的18%。截至6月底，招商引资到位资金2.7亿元，完成年度目标的54%。\n各乡镇、各部门要对标对表，确保各项指标在下半年持续发力。上半年全县已实现“时间过半、任务过半”。\n', 't6': '清河县“十四五”规划实施中期评估报告\n\n截至2023年底，全县累计新增城镇就业2.1万人，完成规划目标5万人的42%。规划实施已过半程，主要指标总体实现时间过半、任务过半，城镇就业等少数指标进度滞后。\n', 't7': '清河县2024年5月份重点工作推进情况通报\n\n截至5月底，全县招商引资到位资金1.6亿元，完成年度目标5亿元的32%；一般公共预算收入2.6亿元，完成年度预算5.8亿元的44.8%。\n各乡镇、各部门要倒排工期、挂图作战，确保6月底实现“时间过半、任务过半”。\n', 't9': '清河县2024年上半年工作总结\n\n上半年，一般公共预算收入3.12亿元，完成年度预算5.8亿元的53.8%。\n财政支出方面，上半年一般公共预算支出8.6亿元，完成年度预算22亿元的39.1%，主要是部分项目尚未进入支付阶段。\n总体上，全县财政收入实现了“时间过半、任务过半”。\n', 's6': '柳河县2023年粮食生产情况\n\n全县粮食总产量32万吨，共有14个乡镇。其中4个乡镇粮食产量超过3万吨，占比达到56%。\n', 's7': '柳河县2023年工业经济运行情况\n\n全县规模以上工业企业实现营业收入860亿元，规上企业达到120家。其中8家企业营业收入超过50亿元，占比58.1%，龙头带动作用明显。\n', 'e3': '某县退役军人事务局2021年工作总结\n\n全年接收安置退役士兵126名，走访慰问3,420人次。\n\n一、服务保障\n全县建成退役军人服务站186个，配备工作人员205名。\n\n二、移交安置\n截至11月底，接收的退役士兵中，安排工作38名，自主就业70名，退休安置4名，以上安置方式涵盖了全部安置对象。\n'}


@pytest.mark.parametrize("name", ["t1", "t2", "t4", "t6", "t7", "t9"])
def test_half_year_claims_denied_urged_partial_or_of_another_period(name):
    rows = _rows(target_met, _REVIEW_REPORTS[name])
    assert not [v for v, s, _ in rows if "half the targets" in s and v == "inconsistent"]


@pytest.mark.parametrize("name", ["s6", "s7"])
def test_a_share_of_the_amount_the_bound_measures_is_not_read_as_of_the_count(name):
    assert "inconsistent" not in [v for v, _, _ in _rows(share_of_total, _REVIEW_REPORTS[name])]


def test_a_list_dated_to_part_of_the_year_is_not_the_years_whole():
    from analysis.rules.sums import parts_sum
    assert "inconsistent" not in [v for v, _, _ in _rows(parts_sum, _REVIEW_REPORTS["e3"])]


@pytest.mark.parametrize("text", [
    "全年申报省级以上科技奖项，获奖率达到36%。",
    "全年共组织开展文艺演出若干场次，丰富群众文化生活。",
    "全县累计接待游客人次，同比增长15.2%。",
])
def test_words_and_measures_that_are_no_blank(text):
    from analysis.rules.placeholder import placeholder
    assert _rows(placeholder, text) == []
