"""parts_sum and cumulative_vs_new, round 11: a goal named after its figure, a part of the year under 其中, a running
total with a scope only, the thing named before 累计, last year-end's cumulative named again, verb and object swapped,
分别用于 lists, totals of some items only (其中前三季度合计), firms cut by attributes, a whole named again."""
from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.sums import parts_sum
from rules_cases import verdicts


def _bad(rule, text, year=2020):
    return "inconsistent" in verdicts(rule, text, year) or "missing" in verdicts(rule, text, year)


# --- cumulative_vs_new ------------------------------------------------------------------------------------------------

def test_goal_after_its_figure_is_no_flow():
    for y in (2020, None):
        assert not _bad(cumulative_vs_new, "今年帮扶困难职工就业累计300人，超额完成新增就业400人的年度目标。", y)
        assert not _bad(cumulative_vs_new, "全年实现培训就业209人，提前完成以新增就业400人为目标的任务。", y)
    assert verdicts(cumulative_vs_new, "全区累计实现就业300人，今年新增就业400人。") == ["inconsistent"]


def test_part_of_the_year_under_qi_zhong():
    assert verdicts(cumulative_vs_new, "全年开展职业技能培训1,120人次，其中上半年培训1,260人次。") == ["inconsistent"]
    assert verdicts(cumulative_vs_new, "全年共接待来访群众3,460人次，其中第四季度接待980人次。") == ["consistent"]
    # own phrasing (新闻通稿): an area, the first quarter
    assert verdicts(cumulative_vs_new, "全年完成人工造林2.4万亩，其中一季度完成3.1万亩。") == ["inconsistent"]
    # decoy: another act in the part of the year
    assert not _bad(cumulative_vs_new, "全年受理投诉560件，其中上半年结案960件。")


def test_running_total_with_scope_only_and_previous_after_it():
    assert verdicts(cumulative_vs_new, "上半年新建社区养老服务站3个，截至目前，辖区累计建成14个，去年底为11个。") == ["consistent"]
    assert verdicts(cumulative_vs_new, "今年新建社区养老服务站3个，辖区累计建成14个，去年底为12个。") == ["inconsistent"]
    assert verdicts(cumulative_vs_new, "今年新建村级光伏电站6座，我县累计建成4座。") == ["inconsistent"]
    # decoy: the cumulative names another thing
    assert not _bad(cumulative_vs_new, "今年新建村级光伏电站6座，县内累计建成农村公路桥梁4座。")


def test_thing_named_before_cumulative_with_previous_level():
    bad = "全年新增残疾人就业412人，超额完成目标。截至年底，全区残疾人实名制就业累计达到3,968人，上年末为3,620人。"
    assert "inconsistent" in verdicts(cumulative_vs_new, bad)
    ok = bad.replace("3,968", "4,032")
    assert verdicts(cumulative_vs_new, ok) == ["consistent"]
    # own phrasing: a road network
    assert verdicts(cumulative_vs_new, "今年新建农村公路86公里。全县农村公路累计达到1,260公里，上年末为1,174公里。") == ["consistent"]
    # decoy: another head noun (就业 vs 参保人数)
    assert not _bad(cumulative_vs_new, "今年新增城镇就业13,200人。全市城镇职工参保人数累计达到9,800人，上年末为8,000人。")


def test_last_year_end_cumulative_named_again():
    bad = "全县累计建成美丽乡村示范村152个，当年新建示范村38个；截至上年底累计建成示范村106个。"
    assert verdicts(cumulative_vs_new, bad) == ["inconsistent"]
    assert verdicts(cumulative_vs_new, bad.replace("106", "114")) == ["consistent"]
    dated = "全县累计治理小流域46条，当年新治理8条，截至2000年底累计已治理小流域36条。"
    assert verdicts(cumulative_vs_new, dated, 2001) == ["inconsistent"]
    assert not _bad(cumulative_vs_new, dated, 2010)  # a level ten years back: no three-way sum
    # decoy: the earlier cumulative counts another thing
    assert not _bad(cumulative_vs_new, "全县累计建成示范村152个，当年新建示范村38个；截至上年底累计建成农家书屋106个。")


def test_verb_object_swapped_and_bare_verb_before_running_total():
    assert verdicts(cumulative_vs_new, "全年新增土地流转面积3,200亩，全镇累计流转土地2,850亩。") == ["inconsistent"]
    assert verdicts(cumulative_vs_new, "全年新增土地流转面积320亩，全镇累计流转土地2,850亩。") == ["consistent"]
    assert verdicts(cumulative_vs_new, "改造农村危房146户，累计改造1,020户。") == ["consistent"]
    assert verdicts(cumulative_vs_new, "改造农村危房1,146户，累计改造1,020户。") == ["inconsistent"]
    # decoys: another verb, another unit
    assert not _bad(cumulative_vs_new, "维修农村危房1,146户，累计改造1,020户。")
    assert not _bad(cumulative_vs_new, "改造农村危房146户，累计改造资金达到1,020万元。")


# --- parts_sum ----------------------------------------------------------------------------------------------------------

def test_fen_bie_yong_yu_list():
    text = "全年筹集帮扶资金1,286万元，分别用于生活救助782万元、助学救助315万元和医疗救助209万元。"
    assert verdicts(parts_sum, text) == ["inconsistent"]
    assert verdicts(parts_sum, text.replace("1,286", "1,306")) == ["consistent"]
    # decoy: a list under its total stays a selection
    assert not _bad(parts_sum, "全年争取上级资金2,000万元，分别用于道路建设800万元和水利设施600万元。")


def test_total_of_some_items_only():
    for t in ("分季度看，一至四季度分别完成28.6亿元、34.2亿元、36.8亿元和42.4亿元，其中前三季度合计99.6亿元，占全年的70.1%。",
              "一至四季度分别完成28.6亿元、34.2亿元、36.8亿元和42.4亿元，上半年合计62.8亿元。",
              # own phrasing: months, then a subtotal of some of them
              "1至12月分别受理86件、74件、91件、66件、80件、77件、95件、88件、70件、69件、73件、90件，其中前三季度合计729件。"):
        assert not _bad(parts_sum, t)
    # the quarters inside the subtotal's period are still summed
    assert verdicts(parts_sum, "一季度完成28.6亿元，二季度34.2亿元，三季度36.8亿元，前三季度合计98.6亿元。") == ["inconsistent"]
    assert verdicts(parts_sum, "一季度完成28.6亿元，二季度34.2亿元，三季度36.8亿元，前三季度合计99.6亿元。") == ["consistent"]


def test_firms_cut_by_attributes_overlap():
    assert not _bad(parts_sum, "全县规模以上工业企业达到186家，其中高新技术企业52家、主营业务收入超亿元企业98家、战略性新兴产业企业74家。")
    assert not _bad(parts_sum, "园区入驻企业120家，其中专精特新企业45家、上市企业38家、亿元以上企业61家。")
    # a real split by ownership is still judged
    assert verdicts(parts_sum, "全县规模以上工业企业186家，其中国有企业52家、民营企业98家、外资企业74家。") == ["inconsistent"]


def test_whole_named_again_is_no_part():
    assert not _bad(parts_sum, "全州12个县（市）公共图书馆、文化馆全部达标，其中一级馆14个，占全部24个馆的58.3%。")
    assert not _bad(parts_sum, "我委共承办建议33件，其中主办26件、协办7件。从办理结果看，主办的26件中，已经解决的18件；"
                               "列入计划逐步解决的6件；暂时无法解决的2件。")
    # broken twin: a real list over its total
    assert verdicts(parts_sum, "我委共承办建议33件，其中主办26件、协办9件。") == ["inconsistent"]
