"""analysis.charts and analysis.fonts: Chinese drawn with a real CJK font, no missing glyphs, same bytes every time."""
from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from analysis import charts, fonts, schema
from analysis.ingest import build_document
from analysis.report import Report

HAVE_CJK = any(Path(p).is_file() for p in fonts.CJK_FONT_FILES)
needs_cjk = pytest.mark.skipif(not HAVE_CJK, reason="no CJK font installed: run scripts/install_system_deps.sh")

SHARES_TEXT = ("\n六、办理提案情况\n今年共收到提案9件，其中科技创新方面的提案4件，占44%；稀土方面的提案2件，占22%；"
               "节能方面的提案3件，占34%。\n七、资金情况\n争取到上级科技资金4941万元，同比增长20.7%，完成较上年增长20%以上的要求。\n")


def _report() -> Report:
    """A small report with share, growth and target checks in the contract's columns."""
    doc = build_document(SHARES_TEXT, sha256="0" * 64, year=2014)
    rep = Report(doc, "shares", {})
    f = rep.figures.set_index("text")["figure_id"]
    t = rep.text

    def span(a, b):
        return t.index(a), t.index(b) + len(b)

    rows = [
        ("share_of_total", "consistent", f"{f['9件']} {f['4件']} {f['44%']}", span("提案4件", "占44%")),
        ("share_of_total", "consistent", f"{f['9件']} {f['2件']} {f['22%']}", span("提案2件", "占22%")),
        ("share_of_total", "inconsistent", f"{f['9件']} {f['3件']} {f['34%']}", span("提案3件", "占34%")),
        ("growth", "unverifiable", f"{f['4941万元']} {f['20.7%']}", span("4941万元", "20.7%")),
        ("target_met", "consistent", f"{f['20.7%']} {f['20%以上']}", span("20.7%", "20%以上")),
    ]
    checks = schema.frame([dict(report_id="shares", check_id=f"C{i:03d}", rule=r, verdict=v, figure_ids=ids,
                                start=s, end=e, explanation_en="x", explanation_zh="x")
                           for i, (r, v, ids, (s, e)) in enumerate(rows, 1)], schema.CHECK_COLUMNS)
    rep.use_tables(checks=checks)
    return rep


def _glyph_warnings(caught) -> list[str]:
    return [str(w.message) for w in caught if "Glyph" in str(w.message) or "missing from font" in str(w.message)]


@needs_cjk
def test_cjk_font_is_registered_by_path():
    fam = fonts.cjk_family()
    assert fam and "CJK" in fam or fam in fonts.PREFERRED_FAMILIES
    from matplotlib import font_manager

    found = font_manager.findfont(font_manager.FontProperties(family=fam), fallback_to_default=False)
    assert Path(found).name.startswith(("NotoSansCJK", "wqy", "PingFang", "msyh"))


@needs_cjk
def test_chinese_labels_draw_without_missing_glyphs():
    import matplotlib
    from matplotlib.figure import Figure

    with warnings.catch_warnings(record=True) as caught, matplotlib.rc_context(
            dict(charts.CHART_RC, **{"font.family": fonts.font_families()})):
        warnings.simplefilter("always")
        fig = Figure(figsize=(4, 2))
        ax = fig.add_subplot()
        ax.set_title("包头市科技局 上级科技资金（万元）✓ ✗ − 20.7%")
        ax.barh([0, 1], [44, 33.3])
        ax.set_yticks([0, 1], ["加强企业技术创新", "节能和环境保护"])
        fig.savefig(__import__("io").BytesIO(), format="png")
    assert _glyph_warnings(caught) == []


@needs_cjk
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_report_charts_draw_without_missing_glyphs(lang):
    rep = _report()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = charts.report_charts(rep, lang)
    assert _glyph_warnings(caught) == []
    assert [c.key for c in out] == ["shares", "growth-C004", "sections"]
    for c in out:
        assert c.png.startswith(b"\x89PNG\r\n\x1a\n") and c.width > 100 and c.alt
        assert b"Software" not in c.png and b"matplotlib" not in c.png.lower()


def test_chart_numbers():
    rep = _report()
    shares = charts.share_rows(rep)
    assert [(r["check_id"], round(float(r["computed"]), 1), float(r["stated"])) for r in shares] == [
        ("C001", 44.4, 44.0), ("C002", 22.2, 22.0), ("C003", 33.3, 34.0)]
    (g,) = charts.growth_rows(rep)
    lo, hi = g["base"]  # 4940.5 / 1.2075 … 4941.5 / 1.2065
    assert round(float(lo), 1) == 4091.5 and round(float(hi), 1) == 4095.7
    tlo, thi = g["target"]  # the target is 20%以上 of the base, not the 20.7% it is compared with
    assert round(float(tlo), 1) == round(float(lo) * 1.2, 1) and round(float(thi), 1) == round(float(hi) * 1.2, 1)
    counts = charts.section_counts(rep)
    assert counts.loc["六、办理提案情况", "inconsistent"] == 1 and counts.loc["七、资金情况"].sum() == 2


def test_no_checks_no_charts():
    rep = Report(build_document("\n只有文字。\n", sha256=""), "t", {})
    rep.use_tables(checks=schema.frame([], schema.CHECK_COLUMNS))
    assert charts.report_charts(rep) == []


@needs_cjk
def test_charts_are_the_same_bytes_in_another_process():
    here = [c.png for c in charts.report_charts(_report(), "zh")]
    code = ("import sys, hashlib; sys.path.insert(0, %r); from test_charts import _report; from analysis import charts; "
            "print(' '.join(hashlib.sha256(c.png).hexdigest() for c in charts.report_charts(_report(), 'zh')))"
            % str(Path(__file__).parent))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONHASHSEED": "123", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())})
    import hashlib

    assert out.stdout.split() == [hashlib.sha256(p).hexdigest() for p in here]
