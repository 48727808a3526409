"""Property-based tests: numerals round-trip, arbitrary text never breaks the extractor."""
from __future__ import annotations

from decimal import Decimal

import cn2an
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.figures import extract_figures
from analysis.ingest import build_document
from analysis.numerals import parse_chinese, plain

# characters that make up reports: digits (both widths), numerals, units, qualifiers, punctuation
ALPHABET = list("0123456789０１２３４５６７８９.．,，%％-－~至到年月日号家项件次人名个万亿元吨亩公里平方米倍分之半近约逾超过以上以下不足余多左右第一二两三四五六七八九十百千零〇是批“”（）、。；：\n 的和增长同比累计新增占")


@given(st.integers(min_value=0, max_value=10**12))
def test_chinese_numerals_parse_back_to_themselves(n):
    assert parse_chinese(cn2an.an2cn(n)) == (Decimal(n), 0)


@given(st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False))
def test_plain_never_writes_exponents_or_trailing_zeros(d):
    s = plain(d)
    assert "E" not in s and "e" not in s and Decimal(s) == d
    assert not ("." in s and s.endswith("0"))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=120))
def test_arbitrary_text_never_raises_and_spans_slice_back(text):
    df = extract_figures(build_document(text, year=2014), "p")
    prev_end = 0
    for start, end, surface in zip(df["start"], df["end"], df["text"]):
        assert text[start:end] == surface and start < end
        assert start >= prev_end
        prev_end = end


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=99999), st.sampled_from(["家", "项", "万元", "人次", "%", "万吨", "个百分点"]))
def test_a_number_with_a_unit_is_one_figure_with_that_value(n, unit):
    df = extract_figures(build_document(f"今年完成{n}{unit}。", year=2014), "p")
    assert list(df["text"]) == [f"{n}{unit}"] and list(df["value"]) == [str(n)]


@given(st.decimals(min_value=-10**9, max_value=10**9, places=4, allow_nan=False, allow_infinity=False),
       st.integers(min_value=0, max_value=4),
       st.sampled_from(["", "approx", "nearly", "at_least", "at_most"]))
def test_rounding_intervals_contain_the_value_they_came_from(x, places, qualifier):
    from analysis.rules.intervals import qualified, stated

    x = x.quantize(Decimal(1).scaleb(-places))
    iv = stated(x, places)
    assert iv.contains(x) and iv.low < iv.high
    assert iv.high - iv.low == Decimal(1).scaleb(-places)  # half a unit of the last digit either side
    assert qualified(x, places, qualifier).contains(x)


def _corpus_paragraphs() -> list[str]:
    from analysis.ingest import read_document
    from conftest import ROOT

    out = []
    for path in sorted((ROOT / "tests" / "corpus").glob("tuning*/*.txt")):
        out += [line for line in read_document(path).text.split("\n") if len(line) > 15]
    return out


def test_the_rules_never_raise_on_any_paragraph_read_alone():
    """Every paragraph of the tuning corpus as a report of its own: no heading, no sentence before it, no year — the
    paths a rule takes when the context it usually leans on is missing (a crash fails the whole report in a batch)."""
    from analysis.figures import figure_rows
    from analysis.rules import check_rows

    paragraphs = _corpus_paragraphs()
    assert len(paragraphs) > 1500
    for text in paragraphs:
        doc = build_document(text)
        check_rows(doc, figure_rows(doc, "p"), "p")


def test_the_rules_never_raise_on_reports_shuffled_from_corpus_sentences():
    """Reports made of sentences drawn at random from the tuning corpus (fixed seed): claims meet targets, totals and
    summaries they were never written beside — the cross-sentence paths a paragraph alone never takes. (A blanket claim
    over a lone completion percentage crashed target_met in the eleventh session; an ad-hoc run of this kind found it
    once in about 2,000 reports. This quick run guards the common paths; benchmarks/fuzz_rules.py runs longer ones.)"""
    import random
    import re

    from analysis.figures import figure_rows
    from analysis.rules import check_rows

    sentences = [s for text in _corpus_paragraphs() for s in re.split(r"(?<=[。！？])", text) if len(s) > 8]
    rng = random.Random(3)
    for _ in range(400):
        text = "\n".join("".join(rng.choice(sentences) for _ in range(rng.randint(2, 6))) for _ in range(rng.randint(2, 8)))
        doc = build_document(text, year=2019)
        check_rows(doc, figure_rows(doc, "p"), "p")


@given(st.integers(min_value=0, max_value=10**12))
def test_the_positional_reading_agrees_with_cn2an_wherever_it_answers(n):
    # the fast path reads the plain positional form itself and leaves the rest to cn2an: the two never disagree
    from analysis.numerals import _positional

    text = cn2an.an2cn(n)
    assert _positional(text) in (None, n)
    if n < 10**12:
        assert _positional(text) == n  # below 万亿, an2cn writes the plain form, which the fast path always reads


def test_spoken_shorthands_are_left_to_cn2an():
    from analysis.numerals import _positional

    for text in ("三万五", "二百三", "三千五", "一万亿", "百", "壹佰"):
        assert _positional(text) is None
    assert parse_chinese("三万五") == (Decimal(35000), 0) and parse_chinese("二百三") == (Decimal(230), 0)
