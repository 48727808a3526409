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
