"""growth, round 29: a value of zero with its change and rate (a count of accidents down to none) is judged, not a
division by zero. (A real report crashed the growth rule with 0 and a fall given beside it; the sentence here is our own.)"""
from analysis.rules.growth import growth
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(growth, text, year=2019) if "下降" in r["stated"]]


def test_down_to_zero_by_the_whole_base():
    assert _rows("全年发生较大事故0起，比上年减少2起，下降100%。") == [("consistent", "0起，下降100%，上年 (0起 + 2起)")]


def test_down_to_zero_with_a_wrong_rate():
    assert [v for v, _ in _rows("全年发生较大事故0起，比上年减少2起，下降50%。")] == ["inconsistent"]
