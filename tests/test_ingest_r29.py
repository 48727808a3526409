"""ingest, round 29: digit groups set off by a space (收案321 146件), as statistical publications write them, are one
number when a unit or a sign closes the run; a table's single-spaced cells are not joined. (A provincial court's
report written so was read as 146件, 258件…; sentences here are our own.)"""
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
