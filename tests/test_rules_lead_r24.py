"""Lead, round 24: what new correct reports (tests/corpus/correct*) showed the rules, outside the helpers' rounds."""
from analysis.rules.shares import grim_possible, granularity
from analysis.rules.intervals import Interval

from rules_cases import run


def test_a_completion_rate_above_100_percent_beside_a_small_count_does_not_crash_granularity():
    # 112% of a 25-company target: no whole number of 25 gives more than 100%, so there is no nearest k at all;
    # granularity crashed on the empty list ("min() arg is an empty sequence") and took the whole report with it
    text = "新增省级科技型中小企业28家，超额完成年初确定的25家目标任务，完成率112%。"
    assert [r for r in run(granularity, text, 2016) if r["verdict"] == "inconsistent"] == []


def test_grim_possible_over_100_percent_has_no_nearest_count():
    from decimal import Decimal as D
    assert grim_possible(Interval(D("111.5"), D("112.5")), 25) == (False, [])
