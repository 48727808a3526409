"""cumulative_vs_new: the new cannot exceed the cumulative; previous + new = current."""
import pytest

from analysis.rules.cumulative import cumulative_vs_new
from rules_cases import run, verdicts


@pytest.mark.parametrize("text", [
    "累计认定国家级高新技术企业83家，2014年新增5家。",
    "2014年新增国家级高新技术企业5家，总数达到83家。",
    "国家级高新技术企业累计达到83家，其中今年新增5家。",
])
def test_new_within_cumulative_worded_three_ways(text):
    assert verdicts(cumulative_vs_new, text) == ["consistent"]


def test_new_larger_than_cumulative():
    rows = run(cumulative_vs_new, "地理标志商标累计9件，当年新增12件。")
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    assert rows[0]["cause"] == "new larger than cumulative"


def test_boundary_new_equal_to_cumulative_holds():
    assert verdicts(cumulative_vs_new, "地理标志商标累计9件，当年新增9件。") == ["consistent"]
    assert verdicts(cumulative_vs_new, "地理标志商标累计9件，当年新增10件。") == ["inconsistent"]


def test_previous_plus_new_equals_current():
    text = "上年底全市累计建成省级工程技术研究中心41家，今年新增9家，目前累计达到50家。"
    assert verdicts(cumulative_vs_new, text) == ["consistent"]
    rows = run(cumulative_vs_new, text.replace("50家", "49家"))
    assert [r["verdict"] for r in rows] == ["inconsistent"] and "= 50家" in rows[0]["computed"]


def test_units_and_multipliers():
    assert verdicts(cumulative_vs_new, "累计发放住房租赁补贴1.2万户，其中今年新增1,860户。") == ["consistent"]
    assert verdicts(cumulative_vs_new, "全市公共图书馆总藏书量86.5万册，年内新增图书4.2万册。") == ["consistent"]


def test_no_pair_across_different_things():
    text = "全市累计创建企业研发机构达145家，2014年，新认定第一批自治区重点实验室3家。"
    assert run(cumulative_vs_new, text) == []
    assert run(cumulative_vs_new, "新建和改造农贸市场12个，其中新建5个、改造提升7个。") == []


def test_period_balance_against_the_cumulative_balance():
    assert verdicts(cumulative_vs_new, "当期结余7.3亿元，累计结余62.8亿元。") == ["consistent"]


def test_this_year_against_a_multi_year_cumulative_of_the_same_thing():
    text = "共排查各类隐患1,846项，已整改1,829项；“十三五”以来累计排查各类隐患1.26万项。"
    rows = run(cumulative_vs_new, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and "1,846项" in rows[0]["computed"]


@pytest.mark.parametrize("text, verdict", [
    ("全年发放个人住房贷款6,215笔。截至年末，累计发放个人住房贷款12.96万笔（上年末为12.34万笔）。", "consistent"),
    ("全年发放个人住房贷款6,215笔。截至年末，累计发放个人住房贷款12.86万笔（上年末为12.34万笔）。", "inconsistent"),
    ("全年接收进馆档案4,326卷。馆藏档案由上年末的8.22万卷增加到8.65万卷。", "consistent"),
    ("全年接收进馆档案4,326卷。馆藏档案由上年末的8.22万卷增加到8.75万卷。", "inconsistent"),
])
def test_previous_stock_plus_a_flow_stated_earlier(text, verdict):
    assert verdicts(cumulative_vs_new, text) == [verdict]


def test_a_bare_verb_after_cumulative_pairs_with_nothing():
    assert run(cumulative_vs_new, "新认定第一批重点实验室3家。累计认定20家市级示范基地。") == []


# ---------------------------------------------------------------- more ways to word the pair (tuning4/5 families)
@pytest.mark.parametrize("text, verdict", [
    ("全县登记在册社区矫正对象总数为214名，其中今年新接收39名。", "consistent"),
    ("全县登记在册社区矫正对象总数为214名，其中今年新发现39名。", "consistent"),
    ("本届以来累计报送调研报告38篇，其中今年报送41篇。", "inconsistent"),   # 其中今年 + any verb
])
def test_this_years_share_of_a_stock(text, verdict):
    assert verdicts(cumulative_vs_new, text) == [verdict]


@pytest.mark.parametrize("new, verdict", [("6名", "consistent"), ("36名", "inconsistent")])
def test_new_drawn_from_a_named_part_of_the_stock(new, verdict):
    text = f"中心现有工作人员74名，其中在编人员45名、聘用人员29名，聘用人员中今年新招聘{new}。"
    rows = run(cumulative_vs_new, text)
    assert [r["verdict"] for r in rows] == [verdict] and "29名" in rows[0]["stated"]


@pytest.mark.parametrize("new, verdict", [("6名", "consistent"), ("31名", "inconsistent")])
def test_qizhong_sentence_after_the_stock(new, verdict):
    assert verdicts(cumulative_vs_new, f"中心现有聘用人员29名。其中，今年新招聘{new}。") == [verdict]


def test_cumulative_naming_only_the_verb_of_the_new():
    assert verdicts(cumulative_vs_new, "全年新建“农家书屋”46个，全县累计建成212个。") == ["consistent"]
    assert verdicts(cumulative_vs_new, "全年新建“农家书屋”46个，全县累计建成42个。") == ["inconsistent"]


@pytest.mark.parametrize("text, verdict", [
    ("全年新建公共充电桩84个，全县累计达到516个（上年末为432个）。", "consistent"),
    ("全年新建公共充电桩84个，全县累计达到506个（上年末为432个）。", "inconsistent"),
    ("新建村级文化广场12个，全镇文化广场总数达到47个（上年末为36个）。", "inconsistent"),
])
def test_previous_cumulative_in_brackets(text, verdict):
    rows = run(cumulative_vs_new, text)
    assert [r["verdict"] for r in rows] == [verdict] and rows[0]["stated"].startswith("previous")


def test_a_stock_that_also_loses_items_keeps_the_two_figure_check():
    # registrations net of deregistrations: 5.62 + 0.84 ≠ 6.21 is no error
    text = "全年新登记市场主体0.84万户；年末实有市场主体6.21万户，比上年末增长10.5%（上年末为5.62万户）。"
    assert verdicts(cumulative_vs_new, text) == ["consistent"]
    rows = run(cumulative_vs_new, "当年新办证1,127人，持证人数总数达到12,846人（上年末为11,878人），比上年末净增968人。")
    assert "inconsistent" not in [r["verdict"] for r in rows]
    # a balance is repaid as well as lent
    assert verdicts(cumulative_vs_new, "全年新增贷款36亿元，年末贷款余额达到286亿元（上年末为256亿元）。") == ["consistent"]


@pytest.mark.parametrize("now, verdict", [("178个", "consistent"), ("188个", "inconsistent")])
def test_previous_cumulative_in_the_sentence_before(now, verdict):
    text = f"截至上年末，全市累计建成村级养老服务站136个。今年新建42个，全市累计达到{now}。"
    rows = run(cumulative_vs_new, text)
    assert [r["verdict"] for r in rows] == [verdict] and "136个" in rows[0]["stated"]


def test_previous_cumulative_in_brackets_after_the_current_is_not_the_stock():
    rows = run(cumulative_vs_new, "全市累计建成村级养老服务站188个（上年末为136个），其中今年新建42个。")
    assert [r["verdict"] for r in rows] == ["inconsistent"] and rows[0]["stated"].startswith("previous 136个")


@pytest.mark.parametrize("total, verdict", [("2,204件", "consistent"), ("2,214件", "inconsistent")])
def test_earlier_sessions_plus_this_year_make_the_cumulative(total, verdict):
    text = f"本届以来累计办理政协提案{total}，此前各次会议共办理1,788件，今年新增416件。"
    rows = run(cumulative_vs_new, text)
    assert [r["verdict"] for r in rows] == [verdict]
    assert rows[0]["span"].startswith("本届以来累计")  # the claim is marked from the cumulative's name


def test_level_reached_from_last_year_with_the_new_ones():
    text = "今年新增国家级示范合作社3家，全县国家级示范合作社由上年的11家增至14家。"
    assert verdicts(cumulative_vs_new, text) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.replace("增至14家", "增至15家")) == ["inconsistent"]


def test_a_bare_verb_pairs_with_new_and_the_same_verb():
    text = "为1,860户农户新安装太阳能热水器，历年累计安装9,420户。"
    rows = run(cumulative_vs_new, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and "9,420户" in rows[0]["stated"]


@pytest.mark.parametrize("text", [
    "全年新建农村公路126公里，累计建成高速公路98公里。",      # one head noun, two kinds of road
    "全县新建农家书屋34个，全市累计建成28个。",              # two scopes
    "全年城镇新增就业1.36万人。城镇居民人均可支配收入由上年的3.15万元增加到3.38万元。",  # a per-capita level
    "全年一般公共预算收入1.36亿元。农民人均可支配收入由上年的15,660元增加到16,820元。",
])
def test_pairs_that_are_not_new_and_cumulative(text):
    assert "inconsistent" not in verdicts(cumulative_vs_new, text)


def test_a_new_disease_is_not_a_new_figure():
    from analysis.figures import extract_figures
    from analysis.ingest import build_document
    from analysis.rules.common import figs_of
    from analysis.rules.cumulative import _is_new

    doc = build_document("全县新冠疫苗接种12万剂次。全县新建方舱医院2个。", year=2022)
    figs = figs_of(doc, extract_figures(doc, "t"))
    assert [_is_new(doc.folded, f) for f in figs] == [False, True]


@pytest.mark.parametrize("text, verdict", [
    ("今年为困难家庭安装烟感报警器1,200个，累计安装4,600个。", "consistent"),
    ("改造农村危房360户，“十三五”以来累计改造1,820户。", "consistent"),
    ("改造农村危房360户，“十三五”以来累计改造320户。", "inconsistent"),
    ("当年结余3.6亿元，累计结存41.2亿元。", "consistent"),
])
def test_a_bare_verb_with_this_years_marker_or_a_start(text, verdict):
    assert verdicts(cumulative_vs_new, text) == [verdict]


def test_a_rate_per_thousand_is_not_the_stock():
    assert run(cumulative_vs_new, "县人民医院新增床位300张，每千人口床位数达到5.2张。") == []


@pytest.mark.parametrize("cum, verdict", [("14件", "consistent"), ("6件", "inconsistent")])
def test_cumulative_and_this_years_figure_naming_the_same_thing(cum, verdict):
    text = f"县政府领导领办重点建议8件，召开现场办理会12次。本届以来累计由县领导领办重点建议{cum}。"
    assert verdicts(cumulative_vs_new, text) == [verdict]


@pytest.mark.parametrize("text, verdict", [
    ("年末全县规模以上工业企业156家，比上年末的141家净增15家。", "consistent"),
    ("年末全县规模以上工业企业156家，比上年末的141家净增13家。", "inconsistent"),
    ("城乡居民医保累计参保38.6万人，较上年末的37.2万人新增1.4万人。", "consistent"),
    ("城乡居民医保累计参保38.6万人，较上年末的37.2万人新增1.8万人。", "inconsistent"),
    ("失业保险参保人数由上年末的6.42万人增加到6.90万人，净增0.48万人。", "consistent"),
    ("失业保险参保人数由上年末的6.42万人增加到6.90万人，净增0.58万人。", "inconsistent"),
])
def test_last_years_level_plus_the_net_change(text, verdict):
    rows = run(cumulative_vs_new, text)
    assert [r["verdict"] for r in rows] == [verdict] and rows[0]["stated"].startswith("previous")


def test_a_stock_sharing_the_noun_is_not_this_years_flow():
    text = "全县有规模以上工业企业126家，产值增长9%。“十三五”以来累计新增规模以上工业企业48家。"
    assert "inconsistent" not in verdicts(cumulative_vs_new, text)


def test_the_last_item_of_a_cumulative_list_names_its_own_figure():
    text = "今年拆除违章建筑3.2万平方米。“十三五”以来累计整治片区9个、拆除违章建筑2.6万平方米。"
    rows = run(cumulative_vs_new, text)
    assert [r["verdict"] for r in rows] == ["inconsistent"] and "2.6万平方米" in rows[0]["stated"]


@pytest.mark.parametrize("cum, verdict", [("21次", "consistent"), ("20次", "inconsistent")])
def test_the_same_act_word_for_word_paragraphs_apart(cum, verdict):
    text = (f"一年来，常委会共召开会议9次，开展专题询问4次。\n一、监督工作\n"
            f"围绕民生热点组织调研。本届以来累计开展专题询问{cum}（上年末累计为17次）。")
    rows = run(cumulative_vs_new, text)
    assert [r["verdict"] for r in rows] == [verdict] and rows[0]["stated"].startswith("previous 17次")


def test_a_flow_of_another_year_paragraphs_apart_is_not_this_years():
    text = ("2012年开展专题询问4次。\n一、监督工作\n"
            "围绕民生热点组织调研。本届以来累计开展专题询问20次（上年末累计为17次）。")
    assert run(cumulative_vs_new, text) == []


def test_two_levels_of_one_kind_are_not_new_and_stock():
    text = "年末全县农民合作社1,080家，其中国家级示范社3家，今年新增省级示范社4家。"
    assert "inconsistent" not in verdicts(cumulative_vs_new, text)


@pytest.mark.parametrize("now, verdict", [("286人次", "consistent"), ("1,286人次", "inconsistent")])
def test_a_clause_opening_with_this_year_after_the_cumulative(now, verdict):
    text = f"“十三五”以来累计培训审计人员1,260人次，今年培训人员{now}。"
    assert verdicts(cumulative_vs_new, text) == [verdict]


def test_this_years_completions_are_not_new_items_of_the_starts():
    text = "开工建设保障性住房360套，其中廉租住房120套、公共租赁住房240套，当年竣工412套。"
    assert run(cumulative_vs_new, text) == []


def test_a_stock_named_paragraphs_before_is_a_weak_pair():
    head = "全市基本养老保险参保人数86.2万人，参保率95.1%。\n一、扩面\n"
    assert verdicts(cumulative_vs_new, head + "全年新增参保2.6万人，其中灵活就业人员0.8万人。") == ["consistent"]
    assert run(cumulative_vs_new, head + "全年新增参保92.6万人。") == []  # weak: no alarm on a pairing this loose


# --- round 2: 其中 right after a figure draws the new from it, whatever its verb ---

@pytest.mark.parametrize("now, verdict", [("3个", "consistent"), ("11个", "inconsistent")])
def test_qizhong_after_a_completed_total(now, verdict):
    text = f"全县建成标准化村卫生室9个，其中今年新投用{now}。"
    assert verdicts(cumulative_vs_new, text) == [verdict]


def test_qizhong_after_a_change_is_not_a_stock():
    text = "全县村卫生室比上年增加5个，其中今年新投用7个。"
    assert run(cumulative_vs_new, text) == []


# --- round 2: stock/flow pairs in other words ---

@pytest.mark.parametrize("stock, verdict", [("23家", "consistent"), ("3家", "inconsistent")])
def test_a_new_verb_with_no_noun_after_it(stock, verdict):
    # 新评定 is no verb the module lists: the bare verb names nothing that could differ from the stock
    assert verdicts(cumulative_vs_new, f"全市现有A级旅游景区{stock}，今年新评定4家。") == [verdict]


@pytest.mark.parametrize("now, verdict", [("93家", "consistent"), ("98家", "inconsistent")])
def test_previous_plus_new_minus_removed(now, verdict):
    text = f"2013年末全市共有养老机构86家，2014年新建12家，因整合关停5家，年末共有{now}。"
    rows = run(cumulative_vs_new, text)
    assert [r["verdict"] for r in rows] == [verdict]
    assert rows[0]["stated"].startswith("previous 86家 + new 12家 − removed 5家")


def test_registrations_and_deregistrations_in_other_words():
    text = "上年末全县登记在册的社会组织312个，本年新登记28个，注销9个，年末为331个。"
    assert verdicts(cumulative_vs_new, text) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.replace("331个", "340个")) == ["inconsistent"]


def test_a_previous_level_is_not_the_cumulative_of_the_new():
    # no current level: 312 is last year's, and 28 new against it says nothing
    assert run(cumulative_vs_new, "上年末全县登记在册的社会组织312个，本年新登记28个。") == []
    # a net change and no previous level: nothing to add up
    assert "inconsistent" not in verdicts(cumulative_vs_new, "上年末全县个体工商户1.2万户，本年新登记3,200户，注销1,100户，净增2,100户。")


def test_two_scopes_are_not_stock_and_flow():
    assert run(cumulative_vs_new, "全县新建农村公路120公里，全市累计建成农村公路86公里。") == []


# --- round 2: a cumulative over a period that includes this year ---

def test_this_years_flow_above_a_plan_periods_cumulative_that_includes_the_year():
    head = "一、“十三五”回顾\n“十三五”期间累计建成污水管网168公里，完成投资9.6亿元。\n二、2020年工作\n"
    assert verdicts(cumulative_vs_new, head + "全年新建污水管网186公里。", year=2020) == ["inconsistent"]
    assert verdicts(cumulative_vs_new, head + "全年新建污水管网42公里。", year=2020) == ["consistent"]
    # the plan ended before this year: the cumulative is of another period, no alarm
    assert run(cumulative_vs_new, head.replace("2020年", "2022年") + "全年新建污水管网186公里。", year=2022) == []


def test_this_years_flow_above_a_cumulative_since_a_start():
    head = "本届以来累计办理群众来信1,240件。\n二、今年工作\n"
    assert verdicts(cumulative_vs_new, head + "全年新办理群众来信1,420件。") == ["inconsistent"]


def test_a_cumulative_with_its_previous_level_finds_the_years_flow_far_back_in_its_paragraph():
    text = ("全年共受理企业诉求18,460件，同比增长12.1%。其中上半年受理8,120件。按渠道分，热线10,240件，网络8,220件。"
            "涉及营商环境的诉求3,140件。平台开通以来累计受理诉求96,520件，截至上年底累计为78,060件。")
    rows = run(cumulative_vs_new, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and "78,060件 + new 18,460件" in rows[0]["stated"]
    rows = run(cumulative_vs_new, text.replace("96,520件", "96,250件"))
    assert [r["verdict"] for r in rows] == ["inconsistent"]


# --- round 2: a stock, its previous year-end level and the net change ---

@pytest.mark.parametrize("text, verdict", [
    ("年末全区实有市场主体4.2万户，上年末为3.89万户，净增3,100户。", "consistent"),
    ("年末全区实有市场主体4.2万户，上年末为3.89万户，净增3,800户。", "inconsistent"),
    ("年末全县户籍人口52.36万人，比上年末净减0.42万人（上年末52.78万人）。", "consistent"),
    ("年末全县户籍人口52.36万人，比上年末净减0.52万人（上年末52.78万人）。", "inconsistent"),
    ("“跨省通办”事项达到158项，较年初增加36项（年初为122项）。", "consistent"),
])
def test_net_change_against_the_previous_level(text, verdict):
    assert verdicts(cumulative_vs_new, text) == [verdict]


def test_two_balances_each_with_its_change_are_not_a_previous_level():
    text = "年末各项存款余额512.6亿元，比年初增加48.5亿元；各项贷款余额398.3亿元，比年初增加51.2亿元，增长14.8%。"
    assert "inconsistent" not in verdicts(cumulative_vs_new, text)


def test_a_current_level_of_another_thing_is_not_the_stock():
    text = "上年末全县工业企业312家，本年新登记28家，注销9家，年末共有规上企业86家。"
    assert "inconsistent" not in verdicts(cumulative_vs_new, text)
    # a current level named only by its verb is the same stock
    text = "上年末全市5G基站1,240个，今年新建620个，目前累计建成1,860个。"
    assert verdicts(cumulative_vs_new, text) == ["consistent"]


def test_a_cumulative_built_and_this_years_new_built_paragraphs_apart():
    head = "一、民生实事\n五是新建城市书房14个，每个书房藏书不少于3,000册。\n二、其他工作\n此外，全市累计建成城市书房"
    assert verdicts(cumulative_vs_new, head + "62个。") == ["consistent"]
    assert verdicts(cumulative_vs_new, head + "12个。") == ["inconsistent"]
    # another scope: no pair
    other = "一、民生实事\n全县新建城市书房14个。\n二、其他工作\n全市累计建成城市书房12个。"
    assert run(cumulative_vs_new, other) == []


@pytest.mark.parametrize("text, verdict", [
    # what was done with a set, in the clause right after it, cannot exceed it
    ("对巡察发现的问题，向县纪委监委移交问题线索2件，已立案1件。", ["consistent"]),
    ("受理民事诉讼监督案件54件，发出再审检察建议7件，法院已采纳再审检察建议6件。", ["consistent"]),
    ("本年度向有关部门转交群众反映的问题线索15条，目前已经核实办理12条。", ["consistent"]),
    # a breakdown by status is parts_sum's; a larger done count may include earlier years': nothing here
    ("排查隐患32处，已整改28处，正在整改4处。", []),
    ("全年受理投诉120件，已办结126件。", []),
])
def test_done_of_a_set_stated_right_after_it(text, verdict):
    assert verdicts(cumulative_vs_new, text) == verdict


@pytest.mark.parametrize("text, verdict", [
    ("全年新创建节水型企业15家，累计达到68家（上年末累计55家）。", ["inconsistent"]),
    ("全年新创建节水型企业13家，累计达到68家（上年末累计55家）。", ["consistent"]),
    ("今年新认定绿色工厂6家，累计达到40家（上年末累计为34家）。", ["consistent"]),
])
def test_a_previous_cumulative_in_brackets(text, verdict):
    assert verdicts(cumulative_vs_new, text) == verdict


# A running total for part of the year (截至6月底, 自10月以来, 上半年, 一季度, 今年以来) never bounds a full-year flow.
@pytest.mark.parametrize("text", [
    "全年新增就业5,200人。截至6月底，累计新增就业2,600人。",
    "全年开展执法检查86次，查处违法案件12起。\n\n三、专项整治。自10月以来，累计开展执法检查45次。",
    "全年新建户用光伏电站320户。今年以来，我镇累计建成户用光伏电站260户。",
    "全年新建农村公路56公里。截至9月底，全县累计建成农村公路48公里。",
    "全年培训农民工3,600人次。上半年累计培训农民工1,500人次。",
    "今年共发放创业担保贷款2.4亿元。一季度累计发放创业担保贷款0.6亿元。",
    "全年新增城镇就业1.2万人。自7月份以来，全县累计新增就业4,800人。",
    "全年新增市场主体3,200户。截至三月末，全县实有市场主体总数2,900户。",
])
def test_a_total_for_part_of_the_year_is_not_paired_with_the_year(text):
    assert verdicts(cumulative_vs_new, text) == []


@pytest.mark.parametrize("text, verdict", [
    ("全年新建农村公路56公里，累计建成农村公路48公里。", ["inconsistent"]),
    ("截至年底，全县累计建成农村公路48公里，今年新建56公里。", ["inconsistent"]),  # the year's end is no part of it
    ("截至6月底，全县累计建成5G基站1,860个，今年新建320个。", ["consistent"]),  # one sentence speaks of one date
])
def test_a_total_at_the_year_end_still_bounds_the_year(text, verdict):
    assert verdicts(cumulative_vs_new, text) == verdict


# A stock whose outflow the text names (退会, 注销, 辞职, 流失, 清退, 歇业, 调出…) may end below the year's new.
@pytest.mark.parametrize("text", [
    "今年新发展会员1,200人，现有会员980人（部分会员已退会）。",
    "全年新增家庭农场85家，全县累计认定家庭农场62家（注销23家）。",
    "今年新招录协警45名，现有协警40名（部分人员已辞职离开）。",
    "今年新增注册志愿者2,300人，目前在册志愿者1,900人，流失较多。",
    "年内新发展村级合作社48家，全镇现有合作社41家，另有12家因经营不善被清退。",
    "全年新增个体工商户520户，个体工商户总数达到480户（同期歇业、停业的较多）。",
    "今年新招聘乡村医生36名，全镇现有乡村医生30名，年内退休、调出9名。",
])
def test_new_above_a_stock_that_names_an_outflow_is_no_error(text):
    assert "inconsistent" not in verdicts(cumulative_vs_new, text)


def test_new_above_a_stock_with_no_outflow_named_is_an_error():
    assert verdicts(cumulative_vs_new, "今年新发展会员1,200人，现有会员980人。") == ["inconsistent"]


# 名 and 人 count the same people (common.same_count_unit)
@pytest.mark.parametrize("text, verdict", [
    ("全年新招录教师86名，全县现有专任教师2,350人。", ["consistent"]),
    ("今年新发展党员12名，全支部现有党员48人。", ["consistent"]),
    ("今年新发展党员52名，全支部现有党员48人。", ["inconsistent"]),
    ("全年新增市场主体6,124户，总量达到5.18万户；新增规模以上工业企业23家，总数达218家。", ["consistent", "consistent"]),
])
def test_measure_words_of_one_group(text, verdict):
    assert verdicts(cumulative_vs_new, text) == verdict


@pytest.mark.parametrize("year, verdict", [(2021, []), (2023, ["inconsistent"])])
def test_a_total_since_a_month_of_the_report_year_or_of_an_earlier_one(year, verdict):
    # since October of the report's year: part of the year; since October two years before: the whole year and more
    text = "全年新增就业5,200人。2021年10月以来，全县累计新增就业2,600人。"
    assert verdicts(cumulative_vs_new, text, year=year) == verdict


@pytest.mark.parametrize("text, verdict", [
    # two items of one 其中 list: neither is the stock of the other
    ("全县安排重点项目60个，其中续建项目22个、新开工项目38个。", []),
    ("今年实施民生工程45项，其中续建工程12项、新建工程33项。", []),
])
def test_siblings_of_a_list_are_no_stock(text, verdict):
    assert verdicts(cumulative_vs_new, text) == verdict


@pytest.mark.parametrize("text, verdict", [
    ("截至年底，全市累计完成老旧小区改造286个，其中今年新开工改造63个，上年末累计为218个。", ["inconsistent"]),
    ("截至年底，全市累计完成老旧小区改造281个，其中今年新开工改造63个，上年末累计为218个。", ["consistent"]),
    ("到年底累计建成美丽乡村示范村48个，当年新建示范村9个，上年底累计39个。", ["consistent"]),
])
def test_previous_cumulative_in_a_clause_after_the_new(text, verdict):
    assert verdicts(cumulative_vs_new, text) == verdict


@pytest.mark.parametrize("text, verdict", [
    ("全年开展执法检查86次，其中10月以来累计开展45次。", []),
    ("全年开展执法检查86次，其中下半年累计开展45次。", []),
    ("全年组织培训32期，其中三季度以来累计组织12期。", []),
    ("今年开展执法检查86次，累计开展45次。", ["inconsistent"]),
])
def test_a_part_of_the_year_after_qizhong(text, verdict):
    assert verdicts(cumulative_vs_new, text) == verdict


@pytest.mark.parametrize("text, verdict", [
    # a cumulative since a start before or at this year, its verb a word of the flow's 新…
    ("新改建农村公路86.5公里，“十二五”以来累计建成72.3公里。", ["inconsistent"]),
    ("新改建农村公路86.5公里，“十二五”以来累计建成172.3公里。", ["consistent"]),
    ("新扩建污水管网12公里，2008年以来累计建成58公里。", ["consistent"]),
    # without a start (以来) the bare verb pairs with nothing
    ("新改建农村公路86.5公里，累计建成绿道72.3公里。", []),
])
def test_a_cumulative_since_with_the_flows_verb(text, verdict):
    assert verdicts(cumulative_vs_new, text, year=2011) == verdict


def test_a_group_cut_out_by_a_threshold_is_not_the_stock_of_a_plain_new_count():
    text = "全年新签约亿元以上项目52个，协议引资286亿元，其中10亿元以上项目8个；新开工项目38个，开工率73.1%。"
    assert verdicts(cumulative_vs_new, text) == []
    # the same threshold on both: still the stock
    assert verdicts(cumulative_vs_new, "现有年产值千万元以上企业86家，其中今年新增千万元以上企业12家。") in (["consistent"], [])
    assert verdicts(cumulative_vs_new, "全县累计建成5G基站860个，今年新建1,200个。") == ["inconsistent"]
