"""analysis.html: span splitting, and static checks on the annotated seed report (self-contained, escaped, complete)."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import schema
from analysis.html import annotate_text, mask_generated, render_report, split_spans
from analysis.ingest import build_document
from analysis.report import Report


# ---------------------------------------------------------------- a hand-made checks table
def hand_checks(report) -> "pd.DataFrame":  # noqa: F821
    """Report → a few checks in the contract's columns, spanning what the text offers: every verdict,
    a placeholder, and spans that overlap each other and cut through figures."""
    figs = report.figures
    text = report.text
    rows = []

    def add(rule, verdict, start, end, fids="", expl="", stated="", computed=""):
        rows.append(dict(report_id=report.report_id, rule=rule, verdict=verdict, figure_ids=fids, start=start, end=end,
                         stated=stated, computed=computed, cause="", source="",
                         explanation_en=expl or f"{rule} is {verdict} <b>&</b>",
                         explanation_zh=f"{rule}：{verdict}"))

    verdicts = list(schema.VERDICTS)
    for i, f in enumerate(figs.head(6).itertuples()):
        # each check runs from a figure into the text after it, so it overlaps the next one
        add("cross_reference", verdicts[i % 4], f.start, min(len(text), f.end + 12), f.figure_id,
            stated=f.text, computed=f"{f.value} (computed)")
    if len(figs) > 2:  # one long check over several figures, crossing the ones above
        a, b = figs.iloc[1], figs.iloc[min(len(figs) - 1, 4)]
        add("parts_sum", schema.INCONSISTENT, int(a.start) + 1, int(b.end) - 1, f"{a.figure_id} {b.figure_id}",
            expl="The parts do not add up.", stated="a + b = c", computed="a + b ≠ c")
    blank = re.search(r"[达实施了]项|累计达次|达次", text)
    if blank:
        at = blank.end() - 1
        add("placeholder", schema.MISSING, at, at + 1, expl="A number is missing here.", stated=blank.group())
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for n, r in enumerate(rows, 1):
        r["check_id"] = f"C{n:03d}"
    return schema.validate_checks(schema.frame(rows, schema.CHECK_COLUMNS), text)


def with_checks(report, checks):
    report.use_tables(checks=checks)
    report.__dict__.pop("_charts", None)
    return report


class _TextCollector(HTMLParser):
    """Annotated HTML → the text of the annotated block (without the inserted ［?］ and note links),
    and the text inside each data-check-id / data-figure-id."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.in_text = 0
        self.text: list[str] = []
        self.by_check: dict[str, list[str]] = {}
        self.by_figure: dict[str, list[str]] = {}
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("br", "img", "meta", "link", "input"):
            return
        self.stack.append((tag, a))
        if "text" in (a.get("class") or "").split() and tag == "div":
            self.in_text = len(self.stack)
        if self.in_text and ("blank" in (a.get("class") or "") or "ref" in (a.get("class") or "").split()):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("br", "img", "meta", "link", "input"):
            return
        t, a = self.stack.pop()
        assert t == tag, f"</{tag}> closes <{t}>"
        if self.in_text and ("blank" in (a.get("class") or "") or "ref" in (a.get("class") or "").split()):
            self.skip -= 1
        if self.in_text and len(self.stack) < self.in_text:
            self.in_text = 0

    def handle_data(self, data):
        if not self.in_text or self.skip:
            return
        self.text.append(data)
        for _, a in self.stack:
            if "data-check-id" in a:
                self.by_check.setdefault(a["data-check-id"], []).append(data)
            if "data-figure-id" in a:
                self.by_figure.setdefault(a["data-figure-id"], []).append(data)


def collect(html: str) -> _TextCollector:
    p = _TextCollector()
    p.feed(html)
    p.close()
    assert not p.stack or all(t in ("html", "body", "p") for t, _ in p.stack), p.stack[-3:]
    return p


# ---------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def seed_html(seed_report):
    checks = seed_report.checks
    rep = seed_report if len(checks) else with_checks(seed_report, hand_checks(seed_report))
    return rep, render_report(rep, lang="en")


@pytest.fixture(scope="module")
def hand_report():
    from analysis import load_report
    from conftest import SEED

    rep = load_report(SEED)
    return with_checks(rep, hand_checks(rep))


# ---------------------------------------------------------------- split_spans
def _covered(pieces, key):
    return sorted((p.start, p.end) for p in pieces if p.key == key)


def test_split_spans_crossing_spans_are_cut_where_they_cross():
    pieces = split_spans([(0, 10, "a"), (5, 15, "b")])
    assert [(p.start, p.end, p.key) for p in pieces] == [(0, 10, "a"), (5, 10, "b"), (10, 15, "b")]
    b1, b2 = pieces[1:]
    assert (b1.first, b1.last, b2.first, b2.last) == (True, False, False, True)


def test_split_spans_nested_spans_stay_whole():
    pieces = split_spans([(2, 4, "inner"), (0, 10, "outer")])
    assert [(p.start, p.end, p.key) for p in pieces] == [(0, 10, "outer"), (2, 4, "inner")]
    assert all(p.first and p.last for p in pieces)


def test_split_spans_equal_spans_nest_in_given_order_and_empty_ones_drop():
    pieces = split_spans([(3, 6, "check"), (3, 6, "figure"), (5, 5, "empty")])
    assert [(p.start, p.end, p.key) for p in pieces] == [(3, 6, "check"), (3, 6, "figure")]


def test_split_spans_three_way_overlap():
    pieces = split_spans([(0, 6, "a"), (2, 8, "b"), (4, 10, "c")])
    assert _covered(pieces, "a") == [(0, 6)]
    assert _covered(pieces, "b") == [(2, 6), (6, 8)]
    assert _covered(pieces, "c") == [(4, 6), (6, 8), (8, 10)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 12)), max_size=8))
def test_split_spans_properties(raw):
    spans = [(s, s + n, i) for i, (s, n) in enumerate(raw)]
    pieces = split_spans(spans)
    for s, e, k in spans:  # each span is exactly covered by its pieces, without gaps or overlaps
        cov = _covered(pieces, k)
        assert cov[0][0] == s and cov[-1][1] == e
        assert all(a[1] == b[0] for a, b in zip(cov, cov[1:]))
        own = [p for p in pieces if p.key == k]
        assert own[0].first and own[-1].last and sum(p.first for p in own) == 1 and sum(p.last for p in own) == 1
    for i, p in enumerate(pieces):  # any two pieces nest or are disjoint; pre-order: parents first
        for q in pieces[i + 1:]:
            disjoint = q.start >= p.end or q.end <= p.start
            assert disjoint or (p.start <= q.start and q.end <= p.end)
            assert q.start >= p.start


# ---------------------------------------------------------------- the seed report
def test_seed_html_is_self_contained(seed_html):
    _, html = seed_html
    assert html.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"url\(\s*['\"]?\s*(?:https?:)?//", html, re.I)
    assert not re.search(r"@import|<link\b|<iframe|<object|<embed", html, re.I)
    assert not re.search(r"<script\b", html, re.I)  # no script at all, so none with a src
    assert re.findall(r'<img [^>]*src="([^"]{0,30})', html) == [] or all(
        s.startswith("data:image/png;base64,") for s in re.findall(r'<img [^>]*src="([^"]{0,30})', html))
    for cell_marker in ("jp-Cell", "jp-InputArea", "input_prompt", "injected-parameters", "In&nbsp;[", "In [", "nbconvert"):
        assert cell_marker not in html


def test_seed_html_marks_every_figure_and_check(seed_html):
    rep, html = seed_html
    found_figs = set(re.findall(r'data-figure-id="(F\d+)"', html))
    assert found_figs == set(rep.figures["figure_id"])
    for c in rep.checks.itertuples():
        assert re.search(rf'data-check-id="{c.check_id}" data-verdict="{c.verdict}"', html), c.check_id
        assert f'id="{c.check_id}"' in html
        assert html.count(f'id="mark-{c.check_id}"') == 1
    for c in rep.checks[rep.checks["verdict"].isin([schema.INCONSISTENT, schema.MISSING])].itertuples():
        findings = html[html.index('id="acr-findings"'):html.index('id="acr-text"')]
        assert f'href="#mark-{c.check_id}"' in findings and f'href="#{c.check_id}"' in findings


def test_seed_html_text_is_the_report_text_and_marks_slice_it(seed_html):
    rep, html = seed_html
    p = collect(html)
    assert "".join(p.text) == rep.text
    for c in rep.checks.itertuples():
        assert "".join(p.by_check[c.check_id]) == rep.text[c.start:c.end]
    for f in rep.figures.itertuples():
        assert "".join(p.by_figure[f.figure_id]) == f.text


def test_seed_html_escapes_text(seed_html):
    _, html = seed_html
    assert "R&amp;D" in html
    assert "R&D" not in html


def test_seed_html_has_one_time_stamp_and_header(seed_html):
    rep, html = seed_html
    assert len(re.findall(r"<time data-generated", html)) == 1
    assert rep.doc.sha256 in html
    assert "000_baotou_kejiju_2014_ziping.txt" in html
    assert rep.meta["title"] in html and rep.meta["issuer"] in html


def test_verdicts_never_by_colour_alone(hand_report):
    html = render_report(hand_report)
    for v, icon in (("consistent", "✓"), ("inconsistent", "✗"), ("unverifiable", "?"), ("missing", "［?］")):
        assert f'<span class="badge v-{v}">{icon} {v}</span>' in html
    for c in hand_report.checks.itertuples():  # each mark: an icon and a numbered note link, and a title
        assert re.search(rf'<a class="ref" href="#{c.check_id}"[^>]*><sup>[^<]+{c.check_id}</sup></a>', html)
        title = re.search(rf'data-check-id="{c.check_id}" data-verdict="{c.verdict}" title="([^"]*)"', html).group(1)
        assert c.check_id in title and len(title) > 10


def test_overlapping_checks_split_into_pieces_sharing_an_id(hand_report):
    html = render_report(hand_report)
    p = collect(html)
    assert "".join(p.text) == hand_report.text
    split = 0
    for c in hand_report.checks.itertuples():
        assert "".join(p.by_check[c.check_id]) == hand_report.text[c.start:c.end]
        split += html.count(f'data-check-id="{c.check_id}"') > 1
    assert split, "the hand-made checks cross each other, so some must be split"


def test_placeholder_shows_a_visible_blank(hand_report):
    ph = hand_report.checks[hand_report.checks["rule"] == "placeholder"]
    if ph.empty:
        pytest.skip("the seed text has no blank the hand-made checks recognise")
    html = render_report(hand_report)
    cid = ph["check_id"].iloc[0]
    m = re.search(rf'<mark [^>]*id="mark-{cid}"[^>]*>(.{{0,200}})', html)
    assert m and m.group(1).startswith('<span class="blank"') and "［?］</span>" in m.group(1)


def test_injected_markup_in_report_and_meta_is_escaped(tmp_path):
    evil = "<script>alert(1)</script>"
    img = "<img src=x onerror=alert(1)>"
    text = f"\n一、总体情况\n今年共收到提案9件，其中{evil}4件，占44%；{img}3件，占34%。\"引号\" & 'apos'\n"
    doc = build_document(text, sha256="0" * 64, path=str(tmp_path / "evil.txt"))
    rep = Report(doc, "evil", {"title": f"标题{evil}", "issuer": img, "year": 2014})
    rep = with_checks(rep, hand_checks(rep))
    for lang in ("en", "zh"):
        for fragment in (False, True):
            html = render_report(rep, lang=lang, fragment=fragment)
            assert "<script" not in html and "<img src=x" not in html
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
            assert "&lt;img src=x onerror=alert(1)&gt;" in html
            assert "".join(collect(html).text) == text
    # the same through a file on disk
    path = tmp_path / "evil_file.txt"
    path.write_text(text, encoding="utf-8")
    from analysis import load_report

    html = render_report(load_report(path))
    assert "<script" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_fragment_lang_and_determinism(hand_report):
    frag = render_report(hand_report, lang="zh", fragment=True)
    assert not re.search(r"<(html|head|body|!DOCTYPE)\b", frag, re.I)
    assert 'class="acr"' in frag and "主要发现" in frag and "<style>" in frag
    assert 'data-check-id="C001"' in frag
    zh = render_report(hand_report, lang="zh")
    assert '<html lang="zh-Hans">' in zh
    # zh: the Chinese explanation leads
    c = hand_report.checks.iloc[0]
    assert zh.index(c["explanation_zh"]) < zh.index(str(__import__("markupsafe").escape(c["explanation_en"])))
    assert mask_generated(render_report(hand_report)) == mask_generated(render_report(hand_report))
    assert hand_report._repr_html_().count('class="acr"') == 1


def test_time_stamp_follows_source_date_epoch(hand_report, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    a = render_report(hand_report)
    assert '<time data-generated datetime="2023-11-14T22:13:20Z">' in a
    assert a == render_report(hand_report)


def test_unknown_language_is_a_parameter_error(hand_report):
    from analysis.errors import ParameterError

    with pytest.raises(ParameterError):
        render_report(hand_report, lang="fr")


def test_report_without_checks_or_figures_renders():
    doc = build_document("\n没有数字的报告。\n", sha256="0" * 64)
    rep = Report(doc, "empty", {})
    rep.use_tables(checks=schema.frame([], schema.CHECK_COLUMNS))
    html = render_report(rep)
    assert "No checks ran" in html and "没有数字的报告" in html


def test_annotate_text_escapes_between_marks():
    doc = build_document("a<b 5家 & 6家>c", sha256="")
    from analysis.figures import extract_figures

    figs = extract_figures(doc, "t")
    out = str(annotate_text(doc.text, figs, schema.frame([], schema.CHECK_COLUMNS)))
    assert out.startswith("a&lt;b ") and "&amp;" in out and out.endswith("&gt;c")
