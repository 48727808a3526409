"""date_valid: impossible dates are flagged; valid ones give no row."""
import pytest

from analysis.rules.dates import date_valid
from rules_cases import run


@pytest.mark.parametrize("text", ["9月31日，组织开展专项行动。", "2014年2月29日召开会议。", "6月31日完成验收。"])
def test_impossible_days(text):
    rows = run(date_valid, text)
    assert [r["verdict"] for r in rows] == ["inconsistent"] and rows[0]["cause"] == "impossible date"


def test_boundary_days_are_valid():
    assert run(date_valid, "9月30日、2月28日、12月31日分别召开会议。") == []
    assert run(date_valid, "2016年2月29日印发通知。", year=2016) == []  # a leap year
    assert len(run(date_valid, "2015年2月29日印发通知。", year=2015)) == 1


def test_month_out_of_range():
    rows = run(date_valid, "13月5日召开会议。")
    assert [r["verdict"] for r in rows] == ["inconsistent"]


def test_neighbouring_years_are_fine_and_far_future_events_are_not():
    assert run(date_valid, "2013年7月召开会议，2015年1月8日印发总结。", year=2014) == []
    rows = run(date_valid, "2041年3月5日已召开总结会议。", year=2014)
    assert [r["cause"] for r in rows] == ["date outside the report's period"]


@pytest.mark.parametrize("text, bad", [
    ("2023-02-30召开会议。", True), ("2023/11/31完成验收。", True), ("2023.2.29印发通知。", True),
    ("2024.2.29印发通知。", False), ("2023-12-31召开会议。", False), ("升级至2.0.1版本。", False),
])
def test_dates_written_in_digits(text, bad):
    assert [r["verdict"] for r in run(date_valid, text, year=2023)] == (["inconsistent"] if bad else [])
