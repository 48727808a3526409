"""ingest, round 29: digit groups set off by a space (收案321 146件), as statistical publications write them, are one
number when a unit or a sign closes the run; a table's single-spaced cells are not joined. (A provincial court's
report written so was read as 146件, 258件…; sentences here are our own.) Round 30: a line break right after a number's
decimal point (下拨资金579.⏎413万元) is inside the number, as one after a thousands separator is; the rules state it whole."""
from analysis.figures import extract_figures
from analysis.ingest import build_document


def _values(text):
    doc = build_document(text, year=2020)
    return [(f["text"], f["value"]) for f in extract_figures(doc, "t").to_dict("records") if f["kind"] != "year"]


def test_space_grouped_numbers_are_one_number_each():
    got = _values("全省法院共收各类案件321 146件，其中高级法院收案5 258件，占1.6%。")
    assert ("321 146件", 321146) in [(t, int(v)) for t, v in got if t.endswith("件")]
    assert ("5 258件", 5258) in [(t, int(v)) for t, v in got if t.endswith("件")]


def test_single_spaced_table_cells_stay_apart():
    got = _values("学校 在校生 教师\n小学 12 350\n初中 8 100")
    assert not any(" " in t for t, _ in got)


def test_a_number_a_line_break_splits_after_its_decimal_point_is_one_number():
    # (a PDF's line wrapped inside 579.413万元; a list's numbers, 2.⏎3、, stay apart)
    got = _values("1、免除学杂费:全年下拨资金579.\n413万元(其中初中238.56万元、小学340.853万元)。")
    assert ("579.\n413万元", 579.413) in [(t, float(v)) for t, v in got]
    got = _values("完成的重点工作共有以下几项，具体见第2.\n3、全年新建道路12公里。")
    assert not any("\n" in t for t, _ in got)


def test_rules_state_a_split_number_whole():
    from analysis.rules.sums import parts_sum
    from rules_cases import run
    rows = run(parts_sum, "全年下拨资金579.\n413万元(其中初中238.56万元、小学340.853万元)。", year=2020)
    assert [(r["verdict"], r["stated"]) for r in rows] == [("consistent", "579.413万元 = 238.56万元 + 340.853万元")]


def test_a_lists_number_before_a_line_break_is_no_decimal_point():
    # (the review of round 30: 1.⏎36所 — the list's number opens its line; a no-break space after it, as a Word copy
    # has it, is no wrap either)
    for text in ("（三）民生实事\n1.\n36所农村学校完成校舍改造，其中小学26所，初中10所。",
                 "（三）民生实事：1.\u00a036所农村学校完成校舍改造，其中小学26所，初中10所。"):
        got = _values(text)
        assert ("36所", 36) in [(t, int(v)) for t, v in got if t.endswith("所")], text
