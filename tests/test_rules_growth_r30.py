"""growth, round 30: a count of a year's days (优良天数269天) whose stated rise is the change of its share of the year in
points (269/365 − 242/366 = 7.58), as air-quality bulletins give it, is read so; a rise that neither reading gives still
fails. Sentences are our own."""
from analysis.rules.growth import growth
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(growth, text, year=2021)]


def test_good_days_risen_in_points_of_the_year():
    rows = _rows("全市优良天数达到269天，同比增加27天，同比上升7.6%。")
    assert ("consistent", "269天，增长7.6%，上年 (269天 − 27天)") in rows
    assert not [r for r in rows if r[0] == "inconsistent"]


def test_good_days_risen_by_neither_reading():
    assert ("inconsistent", "269天，增长9.2%，上年 (269天 − 27天)") in _rows("全市优良天数达到269天，同比增加27天，增长9.2%。")


def test_good_days_risen_as_a_count():
    assert ("consistent", "269天，增长11.2%，上年 (269天 − 27天)") in _rows("全市优良天数达到269天，同比增加27天，增长11.2%。")


def test_a_duration_in_days_is_no_share_of_the_year():
    rows = _rows("全县企业开办时间压缩至15天，比上年减少5天，同比下降1.4%。")
    assert [v for v, _ in rows if v != "unverifiable"] == ["inconsistent"]
