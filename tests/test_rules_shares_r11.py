"""Shares, round 11 (tuning18/19, reviewers rv12/rv13): 占全部X的 names the measure X; kinds named by one class suffix
(大型、中型和小型) or counted (四项支出) split one whole; 对…按…划分 announces a classification; a rest named without a share
leaves the list short of 100; coverage and use rates are over no count before them; an item of a 其中 list is no
whole of a part stated after the list; 非X is not X; the figure named by the stem alone is the part; items of one verb
(A承办…，B承办…) are no case total; 对N件…逐件… gives the n; a per-item amount is of the total a 其中 list splits; 完成
规划X的 is of the plan's X; a whole named with words of its own (参赛作品) is the one figure with its head noun."""
import pytest

from analysis.rules.ratios import derived_ratio
from analysis.rules.shares import granularity, percent_sum, share_of_total
from rules_cases import run

MINE = (share_of_total, percent_sum, granularity, derived_ratio)


def _rows(text, year=2020):
    return [(rule.__name__, r["verdict"], r["stated"]) for rule in MINE for r in run(rule, text, year)]


def _bad(text, year=2020):
    return [(n, v, s) for n, v, s in _rows(text, year) if v in ("inconsistent", "missing")]


def _verdicts(rule, text, year=2020):
    return [r["verdict"] for r in run(rule, text, year)]


YEARS = [2020, None]

# ---------------------------------------------------------------- 占全部X的: the measure X, not an older figure of it
ALL_OF = ("上年全区实现税收收入88.6亿元。今年全区实现税收收入 102.5 亿元。分税种看，增值税45.1亿元、企业所得税30.8亿元、"
          "个人所得税26.6亿元，分别占全部税收收入的44.0%、30.0%和26.0%。")


@pytest.mark.parametrize("year", YEARS)
def test_whole_named_with_all_is_the_measure(year):
    assert _bad(ALL_OF, year) == []
    got = [s for n, v, s in _rows(ALL_OF, year) if n == "share_of_total"]
    assert got and all("102.5 亿元" in s for s in got)
    bad = _bad(ALL_OF.replace("44.0%", "41.0%"), year)
    assert ("share_of_total", "inconsistent") in {(n, v) for n, v, _ in bad}


# ---------------------------------------------------------------- kinds of one class suffix / counted items
@pytest.mark.parametrize("text", [
    "全市养老机构床位8600张，其中大型、中型和小型机构床位分别占45.2%、33.5%和22.8%。",
    "全市监测断面中，一类、二类和三类水质断面分别占40%、35%和30%。",
    "资金主要用于道路硬化、村庄绿化和路灯安装，三项支出分别占资金总额的50%、30%和25%。",
    "道路、绿化和照明三项工程分别占投资的50%、30%和25%。",
    "对发现的问题按类型划分，程序类、实体类和文书类问题分别占48%、37%和18%。",
])
def test_complete_splits_over_100_are_caught(text):
    assert "inconsistent" in _verdicts(percent_sum, text)
    assert not [r for r in _bad(text) if r[0] == "granularity"]  # (三项 is no n of the shares)


@pytest.mark.parametrize("text", [
    "全市养老机构床位8600张，其中大型、中型和小型机构床位分别占45.2%、33.5%和21.3%。",
    "资金主要用于道路硬化、村庄绿化和路灯安装，三项支出分别占资金总额的50%、30%和20%。",
    "对发现的问题按类型划分，程序类、实体类和文书类问题分别占48%、37%和15%。",
])
def test_complete_splits_that_hold(text):
    assert _verdicts(percent_sum, text) == ["consistent"]
    assert _bad(text) == []


@pytest.mark.parametrize("text", [
    # thresholds and attributes along two dimensions: no split (decoys)
    "全体教职工中，35岁以下、本科以上学历人员分别占45%、70%。",
    "A级以上、B级以上景区分别占40%和75%。",
    # a rest named without a share: the listed classes need not reach 100
    "全年受理投诉300件。按来源分，企业投诉120件，占40.0%；个人投诉81件，占27.0%；其余来自社会组织和匿名来信。",
])
def test_partial_lists_give_no_percent_sum_alarm(text):
    assert "inconsistent" not in _verdicts(percent_sum, text)
    assert _bad(text) == []


# ---------------------------------------------------------------- coverage and use rates: no count of theirs before them
@pytest.mark.parametrize("text", [
    "年内新建村级卫生室23个，卫生室覆盖率达到76.4%。",
    "医院开放床位60张，全年床位使用率78.6%。",
    "新建社区综合服务设施92个，服务设施覆盖率达到76.4%，比上年提高5.2个百分点。",
])
def test_coverage_and_use_rates_are_no_grim_alarm(text):
    assert _bad(text) == []
    assert _bad(text, None) == []


# ---------------------------------------------------------------- an item of a 其中 list is no whole of a later part
@pytest.mark.parametrize("text", [
    "全村常住人口2460人，其中男性1270人、女性1190人，65岁以上老人418人，占17.0%。",
    "全镇户籍人口3.84万人，其中女性1.88万人、男性1.96万人，60岁以上老年人8620人，占22.4%。",
])
@pytest.mark.parametrize("year", YEARS)
def test_list_item_is_no_whole_of_a_part_after_the_list(text, year):
    assert _bad(text, year) == []


# ---------------------------------------------------------------- 非X is not X; the stem alone names the part
def test_negated_name_is_not_the_part():
    text = "现有职工240人，其中党员168人、非党员72人，党员占70.0%。"
    assert _bad(text) == []
    assert _verdicts(share_of_total, text) == ["consistent"]
    assert _verdicts(share_of_total, text.replace("70.0%", "72.0%")) == ["inconsistent"]
    other = "现有职工240人，其中非党员72人、党员168人，非党员占30.0%。"
    assert _verdicts(share_of_total, other) == ["consistent"]


def test_stem_alone_names_the_part_not_an_item():
    text = "全年总收入2650万元，总支出2480万元，其中人员支出1320万元、公用支出1160万元，支出占收入的93.6%。"
    assert _bad(text) == []
    assert _verdicts(share_of_total, text) == ["consistent"]
    assert _verdicts(share_of_total, text.replace("93.6%", "95.6%")) == ["inconsistent"]
    # an item named in full is still its own part
    item = "全年支出2480万元，其中人员支出1320万元，人员支出占支出的53.2%。"
    assert _verdicts(share_of_total, item) == ["consistent"]


# ---------------------------------------------------------------- case counts: peers of one verb; 逐件 gives the n
def test_items_of_one_verb_are_no_case_total():
    text = "本年度承接的52件建议中，市直部门办理40件，区县办理12件。见面率达到96.2%。"
    assert _bad(text) == []
    assert _bad(text, None) == []
    total = "今年共承办建议52件，见面率达到96.2%。"
    assert _verdicts(granularity, total) == ["consistent"]
    assert _verdicts(granularity, total.replace("96.2%", "95.0%")) == ["inconsistent"]


@pytest.mark.parametrize("year", YEARS)
def test_each_handled_in_turn_gives_the_n(year):
    text = "对9件重点督办件，主任会议成员逐件跟踪督办，办结率为88.9%。"
    assert _verdicts(granularity, text, year) == ["consistent"]
    assert _verdicts(granularity, text.replace("88.9%", "85%"), year) == ["inconsistent"]
    # no 逐件: the count is not surely the n (left alone)
    assert _bad("对9件重点督办件开展调研，满意率为85%。", year) == []


# ---------------------------------------------------------------- an amount per item is of the total a 其中 list splits
def test_per_item_amount_is_of_the_list_total():
    text = "共筹集帮扶资金960万元，其中市级600万元、区级360万元，惠及32所农村小学，平均每所30万元。"
    assert _bad(text) == []
    assert _verdicts(derived_ratio, text) == ["consistent"]
    assert _verdicts(derived_ratio, text.replace("每所30万元", "每所25万元")) == ["inconsistent"]


# ---------------------------------------------------------------- 完成规划X的: of the plan's amount
PLAN = "《规划》提出，五年内完成水利投资120亿元。截至今年底，累计完成水利投资58.6亿元，完成规划投资的48.8%。"


@pytest.mark.parametrize("year", YEARS)
def test_progress_of_a_plan(year):
    assert _verdicts(share_of_total, PLAN, year) == ["consistent"]
    assert _verdicts(share_of_total, PLAN.replace("48.8%", "45.8%"), year) == ["inconsistent"]
    # no plan amount stated, or two of them: nothing to judge
    assert _verdicts(share_of_total, "全年完成水利投资58.6亿元，完成规划投资的45.8%。", year) == []
    two = ("《规划》提出，五年内完成水利投资120亿元。规划调整后，水利投资目标提高到135亿元。"
           "累计完成水利投资58.6亿元，完成规划投资的45.8%。")
    assert _bad(two, year) == []


# ---------------------------------------------------------------- a whole named with words of its own
@pytest.mark.parametrize("text,old,new", [
    ("本届征文活动共收到稿件356篇，评出优秀稿件48篇，占参评稿件的13.5%。", "13.5%", "15.5%"),
    ("第三届创新大赛收到作品428件，评出一等奖36件，占参赛作品的8.4%。", "8.4%", "9.4%"),
    ("在已验收的56所学校中，工程质量评定为优良的有41所，占验收学校的73.2%。", "73.2%", "78.2%"),
])
def test_whole_named_by_its_head_noun(text, old, new):
    assert _verdicts(share_of_total, text) == ["consistent"]
    assert _verdicts(share_of_total, text.replace(old, new)) == ["inconsistent"]


def test_head_noun_of_two_figures_is_left_alone():
    text = "共收到作品428件，其中学生作品300件，评出一等奖36件，占参评作品的9.4%。"
    assert _bad(text) == []


# ---------------------------------------------------------------- a count inside an aside is not the item named before it
@pytest.mark.parametrize("year", YEARS)
def test_aside_count_is_not_the_named_part(year):
    text = "全年主办提案22件，其中A类16件（含重点提案3件）、B类5件、C类1件，A类占72.7%。"
    assert _verdicts(share_of_total, text, year) == ["consistent"]
    assert _verdicts(share_of_total, text.replace("72.7%", "62.7%"), year) == ["inconsistent"]
    other = "在办理的40件建议中，甲类25件（其中跨部门建议6件）、乙类15件，甲类占62.5%。"
    assert _bad(other, year) == []


def test_negated_long_name_keeps_its_negation():
    text = "全市现有规上企业1260家，其中国有企业86家、非国有企业1174家，非国有企业占93.2%。"
    assert _verdicts(share_of_total, text) == ["consistent"]
    assert _verdicts(share_of_total, text.replace("93.2%", "95.2%")) == ["inconsistent"]
    assert _verdicts(share_of_total, text.replace("非国有企业占93.2%", "国有企业占6.8%")) == ["consistent"]


# ---------------------------------------------------------------- correct passages in other registers: no alarm
@pytest.mark.parametrize("text", [
    "会议纪要：截至9月底，全县新建村级服务站46个，服务站覆盖率达到81.3%，较年初提高6.5个百分点。",
    "调研报告：受访家庭共480户，其中城镇家庭260户、农村家庭220户，有60岁以上老人的家庭192户，占40.0%。",
    "表注：全年总收入4820万元，总支出4615万元，其中基本支出3120万元、项目支出1495万元，支出占收入的95.7%。",
    "提案答复函：我局今年承办的64件提案中，主办41件，会办23件。所有提案均按期办复，按期办复率100%。",
    "情况通报：医院实际开放床位320张，全年床位使用率86.4%，平均住院日7.2天。",
    "全年接待来访群众860人次，其中集体访42批，个体访628人次，初次来访占76.3%，其余为重复访。",
    "会议纪要：对12个镇街的河长制落实情况逐一督查，优秀率为41.7%。",
    "《规划》明确，五年内完成造林绿化面积60万亩。前三年累计完成造林绿化面积38.4万亩，完成规划面积的64.0%。",
    "全镇户籍人口2.15万人，其中男性1.09万人、女性1.06万人，18岁以下未成年人4128人，占19.2%。",
])
@pytest.mark.parametrize("year", YEARS)
def test_other_registers_give_no_alarm(text, year):
    assert _bad(text, year) == []
