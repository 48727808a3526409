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


@pytest.mark.parametrize("text", [
    "2013年7月召开会议，2015年1月8日印发总结。",
    "会议审议通过了《管理办法》，该办法自2016年3月1日起施行。",
    "完成了项目立项，合同约定于2016年6月30日竣工交付。",
    "已签订租赁协议，租期至2019年12月31日。",
    "已完成招标，项目计划于2017年10月1日建成投用。",
    "债券已发行，到期日为2024年5月20日。",
])
def test_a_date_after_the_reports_year_is_no_error(text):
    # laws take effect, leases run and works fall due after the year they were agreed in
    assert run(date_valid, text, year=2014) == []


def test_a_lunar_month_has_thirty_days():
    assert run(date_valid, "农历2月30日举办庙会。") == []
    assert run(date_valid, "阴历9月30日开展敬老活动。") == []
    assert [r["verdict"] for r in run(date_valid, "农历2月31日举办庙会。")] == ["inconsistent"]
    assert [r["verdict"] for r in run(date_valid, "2月30日举办庙会。")] == ["inconsistent"]


@pytest.mark.parametrize("text, bad", [
    ("2023-02-30召开会议。", True), ("2023/11/31完成验收。", True), ("2023.2.29印发通知。", True),
    ("2024.2.29印发通知。", False), ("2023-12-31召开会议。", False), ("升级至2.0.1版本。", False),
])
def test_dates_written_in_digits(text, bad):
    assert [r["verdict"] for r in run(date_valid, text, year=2023)] == (["inconsistent"] if bad else [])
