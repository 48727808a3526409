"""Round 28, mends after the review of the session's diff (sentences our own)."""
from analysis.figures import extract_figures
from analysis.ingest import build_document
from analysis.rules.common import figs_of
from analysis.rules.crossref import _cr_other_frame
from analysis.rules.cumulative import _STATUS_AFTER


def test_status_count_reads_yijing_as_yi():
    # 已经 is 已 written long: the exclusions after it hold for both (…已经累计… is no status of a set)
    assert _STATUS_AFTER.match("已经开工")
    assert _STATUS_AFTER.match("已开工")
    assert not _STATUS_AFTER.match("已经累计达到")
    assert not _STATUS_AFTER.match("已累计达到")
    assert not _STATUS_AFTER.match("已经有")


def _frame_of(text: str, fig_text: str) -> bool:
    doc = build_document(text, year=2019)
    figs = figs_of(doc, extract_figures(doc, "t"))
    f = next(f for f in figs if f.text == fig_text)
    return _cr_other_frame(doc, doc.folded, f)


def test_basis_of_the_figures_own_rate_in_the_next_clause():
    # 按可比价计算，比上年增长7.6%: the basis is the rate's own, whether it shares the rate's clause or not
    assert _frame_of("全年地区生产总值520亿元，按可比价计算，比上年增长7.6%。", "7.6%")
    assert _frame_of("全年地区生产总值520亿元，按可比价格计算增长7.6%。", "7.6%")


def test_basis_of_an_earlier_clauses_rate_is_not_a_later_amounts():
    assert not _frame_of("全年地区生产总值520亿元，按可比价计算增长7.6%；一般公共预算收入31.2亿元。", "31.2亿元")
