"""Rounding intervals: what a stated number stands for, qualifiers, arithmetic, formatting."""
from decimal import Decimal as D

import pytest

from analysis.rules.intervals import Interval, fmt, fmt_interval, fmt_outward, qualified, stated


def test_a_stated_number_stands_for_half_a_unit_either_side():
    assert stated(D("20.7"), 1) == Interval(D("20.65"), D("20.75"))
    assert stated(D("4941"), 0) == Interval(D("4940.5"), D("4941.5"))
    assert stated(D("20.70"), 2) == Interval(D("20.695"), D("20.705"))


def test_counts_are_exact():
    assert stated(D("9"), 0, exact=True).is_point


def test_boundaries_are_included_never_float_equality():
    iv = stated(D("34"), 0)
    assert iv.contains(D("33.5")) and iv.contains(D("34.5"))
    assert not iv.contains(D("33.4999"))
    assert not iv.contains(D(1) / D(3) * 100)  # 33.33…


@pytest.mark.parametrize("q, inside, outside", [
    ("at_least", D("20"), D("19.99")),
    ("more_than", D("20.01"), D("20")),
    ("nearly", D("19"), D("20.01")),
    ("at_most", D("20"), D("20.01")),
    ("less_than", D("19.99"), D("20")),
    ("approx", D("20.9"), D("22")),
])
def test_qualifiers_open_or_widen_the_interval(q, inside, outside):
    iv = qualified(D("20"), 0, q)
    assert iv.contains(inside)
    assert not iv.contains(outside)


def test_arithmetic_on_intervals():
    a, b = stated(D("4941"), 0), stated(D("20.7"), 1).scale(D("0.01"))
    base = a / Interval(1 + b.low, 1 + b.high)
    assert base.low == D("4940.5") / D("1.2075")
    assert base.high == D("4941.5") / D("1.2065")
    assert (stated(D("1"), 0) + stated(D("2"), 0)) == Interval(D("2"), D("4"))
    with pytest.raises(ZeroDivisionError):
        a / Interval(D("-1"), D("1"))


def test_overlap_and_order():
    assert Interval(D(1), D(2)).overlaps(Interval(D(2), D(3)))
    assert not Interval(D(1), D(2), high_open=True).overlaps(Interval(D(2), D(3)))
    assert Interval(D(1), D(2)).below(Interval(D(3), None))


def test_formatting():
    assert fmt(D(1) / D(3) * 100, 1) == "33.3"
    assert fmt(D("4941.000")) == "4941"
    assert fmt_interval(stated(D("34"), 0), 1, "%") == "33.5–34.5%"
    assert fmt_interval(qualified(D("20"), 0, "at_least"), None, "%") == "≥ 20%"
    assert fmt_outward(Interval(D("4091.51"), D("4095.73")), 1, "万元") == "[4091.5, 4095.8]万元"


def test_cheng_is_stated_to_the_cheng_whatever_its_qualifier():
    from analysis.figures import extract_figures
    from analysis.ingest import build_document
    from analysis.rules.common import figs_of

    doc = build_document("党员约占七成左右，近八成的群众满意，三成以上来自农村。", year=2020)
    ivs = [f.pct_interval() for f in figs_of(doc, extract_figures(doc, "t"))]
    assert (ivs[0].low, ivs[0].high) == (60, 80)  # 七成 is 65–75%, and 左右 widens it
    assert (ivs[1].low, ivs[1].high) == (70, 80) and not ivs[1].contains(70)  # 近八成: short of 80, above 七成
    assert (ivs[2].low, ivs[2].high) == (30, None)


def test_a_list_of_bases_with_thousands_separators_is_all_bases():
    from analysis.figures import extract_figures
    from analysis.ingest import build_document
    from analysis.rules.common import figs_of, is_base

    doc = build_document("受理11,873件、审结11,327件（2013年分别为10,934件、10,042件）。", year=2014)
    figs = figs_of(doc, extract_figures(doc, "t"))
    assert [is_base(doc.folded, f) for f in figs if f.kind == "count"] == [False, False, True, True]


def test_a_field_named_plan_is_not_a_plan_and_a_review_heading_never_is():
    from analysis.figures import extract_figures
    from analysis.ingest import build_document
    from analysis.rules.common import figs_of, in_plan

    text = ("金水区人民政府工作报告\n一、2012年工作回顾\n全年新增城镇就业8650人。\n二、科技计划管理\n获批立项93项。\n"
            "三、2013年工作安排\n新增城镇就业9000人。\n四、明年工作计划\n新建公园3个。\n")
    doc = build_document(text)
    assert doc.year == 2012  # the year the report reviews
    figs = [f for f in figs_of(doc, extract_figures(doc, "t")) if f.kind == "count"]
    assert [in_plan(doc.folded, doc, f) for f in figs] == [False, False, True, True]


def test_arithmetic_with_an_end_left_open():
    # 0.46万人以上 = [0.46, ∞): its quotient by a closed positive interval is open above, its product too; a divisor open
    # above gives a quotient down to 0; a number below some bound (近 / 不足: no low end) counts from 0
    at_least = qualified(D("0.46"), 2, "at_least")
    q = at_least / Interval(D("0.4615"), D("0.4625"))
    assert (q.low.quantize(D("0.001")), q.high) == (D("0.995"), None)
    assert fmt_outward(q, 3, "万人") == "≥ 0.994万人"
    p = at_least * Interval(D(2), D(3))
    assert (p.low, p.high) == (D("0.92"), None)
    d = Interval(D(6), D(8)) / Interval(D(2), None)
    assert (d.low, d.high) == (0, D(4))
    n = qualified(D("580"), 0, "nearly") / Interval(D(2), D(4))
    assert (n.low, n.high) == (0, D(290))
    assert fmt_outward(n, 0) == "[0, 290]"
    # (signs the rules' amounts do not take: nothing can be said)
    assert (Interval(D(-1), None) * Interval(D(2), D(3))).bounded is False
    assert fmt_outward(Interval(D(-1), None) / Interval(D(-3), D(-2)), 1) == "any value"
