"""Shares, round 19, fourth pass: wholes named in another sentence or measured against a yardstick.

share_of_total: a figure stated right after the total as its yardstick (为调整预算…的103.2%) is no other whole of the
total's parts; a whole named by words spread over the clauses of the sentence right before the part's; a group named
with a sum word (三类合计占…) after its items' shares of the same named whole."""
import pytest

from analysis.rules.shares import percent_sum, share_of_total
from rules_cases import YEARS, alarms, rule_verdicts, share_rules

MINE = share_rules()
_rows = rule_verdicts


def _bad(text, year=2020):
    return alarms(MINE, text, year)


# ---------------------------------------------------------------- 为年度预算…的104.0%: the total's yardstick
@pytest.mark.parametrize("year", YEARS)
def test_yardstick_of_total_is_no_whole(year):
    ok = ("全镇财政总收入完成5.20亿元，为年度预算5.00亿元的104.0%，其中地方税收3.90亿元、规费收入1.30亿元，"
          "分别占75.0%和25.0%。")
    assert _rows(share_of_total, ok, year) == ["consistent", "consistent"]
    bad = ok.replace("和25.0%", "和26.0%")  # 1.30/5.20 = 25.0; 1.30/5.00 = 26.0 is the yardstick's, not the whole's
    assert _rows(share_of_total, bad, year) == ["consistent", "inconsistent"]
    # decoy: the budget stated as a whole of its own (no 为…的%), so a share that fits it stays unjudged as wrong
    decoy = ("全镇财政总收入完成5.20亿元，年度预算5.00亿元，其中地方税收3.90亿元、规费收入1.30亿元，"
             "分别占75.0%和26.0%。")
    assert ("share_of_total", "inconsistent") not in _bad(decoy, year)


# ---------------------------------------------------------------- 涉及…资金1.86亿元。…占抽查资金的: the sentence before
@pytest.mark.parametrize("year", YEARS)
def test_whole_named_over_clauses_of_sentence_before(year):
    ok = "本次审计抽查了8个部门，涉及各类财政资金4.00亿元。发现违规使用资金3600万元，占抽查资金的9.0%。"
    assert _rows(share_of_total, ok, year) == ["consistent"]
    bad = ok.replace("9.0%", "10.5%")
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # decoy: the sentence before gives last year's checked funds — another period, no sure whole
    last = "上年审计抽查了8个部门，涉及各类财政资金4.00亿元。今年发现违规使用资金3600万元，占抽查资金的10.5%。"
    assert _bad(last, year) == []
    # decoy: the checked funds and a part of them both so named — a part of a part, no sure pairing
    two = "本次审计抽查了8个部门，涉及各类财政资金4.00亿元，其中专项资金2.40亿元。发现违规使用资金3600万元，占抽查资金的10.5%。"
    assert _bad(two, year) == []
    # decoy: the whole the text never states
    none = "本次审计抽查了8个部门。发现违规使用资金3600万元，占抽查资金的10.5%。"
    assert _bad(none, year) == []


# ---------------------------------------------------------------- 三类…合计占…: a group after its items' shares
@pytest.mark.parametrize("year", YEARS)
def test_group_share_after_item_shares(year):
    ok = ("全县农产品销售总额80.0亿元。粮食、蔬菜、水果三类农产品实现销售额64.0亿元，其中粮食32.0亿元、蔬菜19.2亿元、水果12.8亿元，"
          "分别占全县农产品销售总额的40.0%、24.0%和16.0%，三类农产品合计占全县农产品销售总额的80.0%。")
    assert _rows(share_of_total, ok, year) == ["consistent"] * 4
    bad = ok.replace("80.0%", "82.0%")  # 64/80 = 80.0
    assert _rows(share_of_total, bad, year) == ["consistent"] * 3 + ["inconsistent"]
    # percent_sum: the items' shares, whose amounts make up the group's, add up to the group's share
    assert _rows(percent_sum, ok, year) == ["consistent"]
    assert _rows(percent_sum, bad, year) == ["inconsistent"]
    # decoy: items that do not make up the group (a part of a part left out) — the sum is not required
    partial = ok.replace("水果12.8亿元", "水果10.0亿元").replace("16.0%", "12.5%")
    assert ("percent_sum", "inconsistent") not in _bad(partial, year)
    # decoy: the group's amount is not stated — the group's share is left unjudged
    decoy = ("全县农产品销售总额80.0亿元。粮食32.0亿元、蔬菜19.2亿元、水果12.8亿元，分别占全县农产品销售总额的40.0%、24.0%和16.0%，"
             "三类农产品合计占全县农产品销售总额的82.0%。")
    assert ("share_of_total", "inconsistent") not in _bad(decoy, year)
    # decoy: the group's share is of another whole than its items' shares
    other = ("全县农产品销售总额80.0亿元。粮食、蔬菜、水果三类农产品实现销售额64.0亿元，其中粮食32.0亿元、蔬菜19.2亿元、水果12.8亿元，"
             "分别占全县农产品销售总额的40.0%、24.0%和16.0%，三类农产品合计占全市的5.2%。")
    assert _bad(other, year) == []


# ---------------------------------------------------------------- 户籍人口…（later）农村户籍人口…，占: a qualified name
@pytest.mark.parametrize("year", YEARS)
def test_whole_of_a_qualified_name_sections_before(year):
    head = "一、概况\n全县年末户籍人口62.40万人，面积1,820平方公里。\n二、社会事业\n全县新建幼儿园6所。\n三、人口\n"
    ok = head + "农村户籍人口37.44万人，占60.0%。"
    assert _rows(share_of_total, ok, year) == ["consistent"]
    bad = head + "农村户籍人口37.44万人，占62.0%。"
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # decoy: the earlier whole is last year's — another period
    last = ("一、概况\n上年末户籍人口62.40万人。\n三、人口\n农村户籍人口37.44万人，占62.0%。")
    assert _bad(last, year) == []
    # decoy: the whole the text never states (only another measure of people)
    none = "一、概况\n全县年末常住人口58.10万人。\n三、人口\n农村户籍人口37.44万人，占62.0%。"
    assert _bad(none, year) == []
    # decoy: two different values so named (the county's and the city's) — no sure whole
    two = ("一、概况\n全县年末户籍人口62.40万人，全市户籍人口310.50万人。\n三、人口\n"
           "农村户籍人口37.44万人，占62.0%。")
    assert ("share_of_total", "inconsistent") not in _bad(two, year)
    # decoy: a part of a part whose share fits the wider whole the text also states (of the output, not of 服务业)
    wider = "一、综合\n全县地区生产总值198.0亿元，服务业增加值84.3亿元。\n二、服务业\n现代服务业增加值30.1亿元，占15.2%。"
    assert _bad(wider, year) == []
    # decoy: the part of another, wider scope (the city's) is larger than the county's population
    scope = head + "全市农村户籍人口137.44万人，占62.0%。"
    assert _bad(scope, year) == []


# ---------------------------------------------------------------- …资金到位…，到位率: of the funds named before
@pytest.mark.parametrize("year", YEARS)
def test_arrival_rate_of_funds_named_before(year):
    head = ("一、项目概况\n全年安排污水治理资金总额2500万元，其中市级补助1500万元、区级自筹1000万元。项目由区水务局实施。\n"
            "二、资金管理\n")
    ok = head + "区级自筹资金到位850万元，到位率85.0%。"
    assert _rows(share_of_total, ok, year) == ["consistent"]
    # the broken twin: a likely whole only, so no error is called — and no consistent row either
    bad = head + "区级自筹资金到位850万元，到位率87.0%。"
    assert _rows(share_of_total, bad, year) == []
    # decoy: last year's sum so named is another period's whole
    last = ("一、项目概况\n上年区级自筹资金1000万元。\n二、资金管理\n区级自筹资金到位850万元，到位率87.0%。")
    assert _bad(last, year) == []
    # decoy: the whole the text never states
    none = "一、项目概况\n项目由区水务局实施。\n二、资金管理\n区级自筹资金到位850万元，到位率85.0%。"
    assert _rows(share_of_total, none, year) == []
