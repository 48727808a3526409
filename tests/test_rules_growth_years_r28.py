"""growth, round 28: the span of a yearly average rate whose end year is not written — a five-year plan its paragraph
names (and no other) ends it. (A 2006 provincial report read on the web reviewed “十五” as 由2000年的A增加到B，年均增长…;
counting to 2006 made three right rates wrong. Sentences here are our own.)"""
from analysis.rules.growth import growth
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["computed"]) for r in run(growth, text, year=2006) if "^(1/" in r["computed"]]


def test_plan_named_in_the_paragraph_ends_the_span():
    text = ("全市规模以上工业增加值由2000年的120.0亿元增加到302.4亿元，年均增长20.3%，提前完成“十五”计划目标。"
            "城镇居民人均可支配收入由2000年的6,280元增加到10,114元，年均增长10.0%。")
    rows = _rows(text)
    assert [v for v, _ in rows] == ["consistent", "consistent"]
    assert all("^(1/5)" in c for _, c in rows)


def test_no_plan_named_the_reports_year_ends_it():
    rows = _rows("全市规模以上工业增加值由2000年的120.0亿元增加到302.4亿元，年均增长16.6%。")
    assert rows == [("consistent", rows[0][1])] and "^(1/6)" in rows[0][1]


def test_two_plans_named_the_reports_year_ends_it():
    rows = _rows("“十五”以来，全市规模以上工业增加值由2000年的120.0亿元增加到302.4亿元，年均增长16.6%，"
                 "为“十一五”开好局。")
    assert rows and "^(1/6)" in rows[0][1]


def test_a_wrong_rate_under_the_plan_still_fails():
    # (a revenue, at current prices: value added's rate over years is a real one, which the levels cannot refute)
    rows = _rows("全市地方财政收入由2000年的120.0亿元增加到302.4亿元，年均增长22.5%，超额完成“十五”计划目标。")
    assert [v for v, _ in rows] == ["inconsistent"]
    rows = _rows("全市规模以上工业增加值由2000年的120.0亿元增加到302.4亿元，年均增长22.5%，超额完成“十五”计划目标。")
    assert [v for v, _ in rows] == ["unverifiable"]
