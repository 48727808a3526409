"""Round 34 (nineteenth session): readings added while the tuning sets' misses were read, each with sentences that hold,
that fail and that sit on the rounding boundary."""
from analysis.rules.shares import percent_sum
from rules_cases import run


def _rows(fn, text, year=2021):
    return [(r["verdict"], r["stated"]) for r in run(fn, text, year=year)]


def test_shares_joined_by_dunhao_are_items_of_one_list():
    # (the second share's stem was read back to the first: 公办学校占81.6%、民办学校 — no list, no row)
    assert _rows(percent_sum, "全市义务教育阶段在校生中，公办学校占81.6%、民办学校占19.4%。") == [
        ("inconsistent", "81.6% + 19.4%")]
    assert _rows(percent_sum, "全市义务教育阶段在校生中，公办学校占81.6%、民办学校占18.4%。") == [
        ("consistent", "81.6% + 18.4%")]
    # two shares to one decimal may sum to 99.9–100.1: 100.1 stands on the edge and holds, 100.2 is over it
    assert _rows(percent_sum, "在校生中，公办学校占81.6%、民办学校占18.5%。")[0][0] == "consistent"
    assert _rows(percent_sum, "在校生中，公办学校占81.6%、民办学校占18.6%。")[0][0] == "inconsistent"
