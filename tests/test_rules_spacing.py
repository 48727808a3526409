"""Copied text puts spaces around numbers (营业收入 426.8 亿元, 上年为 32.4 万元): the rules read through them."""
from analysis.ingest import build_document
from analysis.figures import figure_rows
from analysis.rules import check_rows


def _rows(text, year=2020):
    d = build_document(text, year=year)
    return [(r["rule"], r["verdict"]) for r in check_rows(d, figure_rows(d, "t"), "t")]


def test_a_base_with_spaces_around_its_number_is_still_the_base():
    assert ("growth", "consistent") in _rows("全年完成技术合同登记额 35.8 万元，比上年增长10.5%（上年为 32.4 万元）。")
    assert ("growth", "inconsistent") in _rows("全年完成技术合同登记额 35.8 万元，比上年增长12.5%（上年为 32.4 万元）。")
    assert ("growth", "consistent") in _rows("全年新增企业 46 家，上年为 40 家，增长15%。")
    assert ("growth", "inconsistent") in _rows("全年新增企业 46 家，上年为 40 家，增长25%。")


def test_a_share_with_spaces_around_its_numbers_is_judged():
    assert ("share_of_total", "consistent") in _rows("共办理建议 40 件，其中 10 件已解决，占 25%。")
    assert ("share_of_total", "inconsistent") in _rows("共办理建议 40 件，其中 10 件已解决，占 35%。")

