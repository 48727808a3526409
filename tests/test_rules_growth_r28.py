"""growth, round 28: the probable cause of a wrong rate that the two values give when divided the wrong way.

A real 2019 education summary (read on the web, not kept here) gave 上线19人，比去年增加7人，增长率36.8% — 7/19, the
change over this year's value; the next two schools' rates in the same sentence were right (12/36, 25/36)."""
import pytest

from analysis.rules.growth import growth
from rules_cases import run


def _cause(text):
    rows = [r for r in run(growth, text) if r["verdict"] == "inconsistent"]
    assert len(rows) == 1, rows
    return rows[0]["cause"]


@pytest.mark.parametrize("text", [
    "全镇新建农家书屋25个，比上年增加5个，增长20%。",                    # 5/25, not 5/20
    "全年接待游客85万人次，比上年减少15万人次，下降17.6%。",              # 15/85, not 15/100
    "全县高新技术企业达到102家，比上年的85家增长16.7%。",                 # 17/102, not 17/85
])
def test_change_over_this_periods_value(text):
    assert _cause(text) == "the change divided by this period's value instead of the base's"


def test_ratio_given_as_the_rise():
    assert _cause("全年培训农民技术员60人，比上年的50人增长120%。").startswith("the ratio of the two values")


@pytest.mark.parametrize("text", [
    "全县高新技术企业达到102家，比上年的85家增长18.5%。",   # wrong, but no slip gives 18.5 (17/85 = 20.0, 17/102 = 16.7)
    "实现税收1.86亿元，比上年的1.62亿元增长12.4%。",        # 0.24/1.86 = 12.9: only the rounding of 1.86 and 1.62 could
])                                                             # stretch it to 12.4 — not likely enough to name
def test_no_cause_when_no_slip_gives_the_stated_rate(text):
    assert _cause(text) == ""


def test_the_right_rate_holds():
    rows = run(growth, "全镇新建农家书屋25个，比上年增加5个，增长25%。")
    assert "consistent" in [r["verdict"] for r in rows] and "inconsistent" not in [r["verdict"] for r in rows]
