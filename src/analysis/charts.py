"""Report (figures, checks) → small PNG charts: stated vs computed shares, growth and target, checks by section.

Charts are drawn on matplotlib Figure objects (no pyplot, no global backend), with a CJK font
registered by path (analysis.fonts), and saved without metadata, so the same data give the same bytes.
"""
from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import pandas as pd

from . import schema
from .fonts import font_families

VERDICT_STYLE = {  # colour, hatch and icon: a verdict is never told by colour alone
    schema.CONSISTENT: ("#2e7d32", "", "✓"),
    schema.INCONSISTENT: ("#c62828", "///", "✗"),
    schema.UNVERIFIABLE: ("#a66b00", "..", "?"),
    schema.MISSING: ("#6a1b9a", "xx", "[?]"),
}
VERDICT_NAMES = {
    "en": {schema.CONSISTENT: "consistent", schema.INCONSISTENT: "inconsistent",
           schema.UNVERIFIABLE: "unverifiable", schema.MISSING: "missing"},
    "zh": {schema.CONSISTENT: "一致", schema.INCONSISTENT: "不一致", schema.UNVERIFIABLE: "无法核实", schema.MISSING: "缺失"},
}
_T = {
    "en": {
        "shares": "Shares: stated vs computed", "stated": "stated", "computed": "computed",
        "growth": "Growth claim: implied prior-year base and target", "base": "base implied by {r}",
        "target": "target {t}: base × {f}", "now": "stated {v}", "sections": "Checks by section",
        "checks": "checks", "before": "(before the first heading)", "pct": "percent",
    },
    "zh": {
        "shares": "占比：文中所述与计算所得", "stated": "所述", "computed": "计算",
        "growth": "增长表述：推算的上年基数与目标", "base": "由{r}推算的上年基数",
        "target": "目标{t}：基数 × {f}", "now": "所述{v}", "sections": "各部分的核查结果",
        "checks": "核查数", "before": "（首个标题之前）", "pct": "百分比",
    },
}
CHART_RC = {
    "font.size": 9,
    "axes.unicode_minus": False,  # U+2212 is missing from some CJK fonts
    "svg.hashsalt": "analysis",  # fixed ids, should anyone save these as SVG
    "figure.dpi": 100,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
PNG_DPI = 144


@dataclass(frozen=True)
class Chart:
    """One chart: a key, a title, a text alternative and the PNG bytes."""

    key: str
    title: str
    alt: str
    png: bytes

    @property
    def data_uri(self) -> str:
        return "data:image/png;base64," + base64.b64encode(self.png).decode("ascii")

    @property
    def width(self) -> int:
        """CSS pixels at 100 per inch (the PNG is drawn at PNG_DPI, so it stays sharp on print and HiDPI)."""
        return round(int.from_bytes(self.png[16:20], "big") * 100 / PNG_DPI) if self.png[:8] == b"\x89PNG\r\n\x1a\n" else 0

    def _repr_png_(self) -> bytes:
        return self.png


# ---------------------------------------------------------------- numbers from the tables
def _dec(s) -> Decimal | None:
    try:
        return Decimal(str(s)) if str(s) != "" else None
    except InvalidOperation:
        return None


def interval(fig: pd.Series, normalized: bool = False) -> tuple[Decimal, Decimal] | None:
    """Figure row → the closed interval its written precision allows (a count of things is exact)."""
    v = _dec(fig["value"])
    if v is None:
        return None
    d = int(fig["decimals"]) if str(fig["decimals"]).isdigit() else 0
    half = Decimal(0) if fig["kind"] == "count" else Decimal(5) / Decimal(10) ** (d + 1)
    lo, hi = v - half, v + half
    if normalized:
        n = _dec(fig["normalized_value"])
        if n is None or v == 0:
            return None
        factor = n / v
        lo, hi = lo * factor, hi * factor
    return lo, hi


def _fmt(x: Decimal | float, places: int = 1) -> str:
    s = f"{float(x):,.{places}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def _figures_of(check: pd.Series, figs: pd.DataFrame) -> list[pd.Series]:
    ids = str(check["figure_ids"]).split()
    by_id = figs.set_index("figure_id", drop=False)
    return [by_id.loc[i] for i in ids if i in by_id.index]


def share_rows(report) -> list[dict]:
    """Report → one row per share_of_total check whose part and total can be read from its figures."""
    rows = []
    for _, c in report.checks.iterrows():
        if c["rule"] != "share_of_total":
            continue
        figs = _figures_of(c, report.figures)
        pcts = [f for f in figs if f["kind"] == "percent"]
        nums = [f for f in figs if f["kind"] not in ("percent", "percentage_point", "year", "date", "date_range")
                and _dec(f["normalized_value"]) is not None]
        if len(pcts) != 1 or len(nums) < 2:
            continue
        p = pcts[0]
        total = max(nums, key=lambda f: _dec(f["normalized_value"]))
        before = [f for f in nums if f["figure_id"] != total["figure_id"] and int(f["start"]) < int(p["start"])]
        part = max(before, key=lambda f: int(f["start"])) if before else None
        if part is None or _dec(total["normalized_value"]) == 0:
            continue
        computed = _dec(part["normalized_value"]) / _dec(total["normalized_value"]) * 100
        lo, hi = interval(p)
        rows.append({
            "check_id": c["check_id"], "verdict": c["verdict"], "label": part["metric"] or part["text"],
            "fraction": f"{part['text']} / {total['text']}", "stated": _dec(p["value"]), "stated_lo": lo,
            "stated_hi": hi, "computed": computed,
        })
    return rows


def growth_rows(report) -> list[dict]:
    """Report → one row per growth check: the stated value, the prior-year base it implies, the target."""
    targets = []
    for _, c in report.checks.iterrows():
        if c["rule"] == "target_met":
            targets += [(c, f) for f in _figures_of(c, report.figures) if f["kind"] == "percent"]
    rows = []
    for _, c in report.checks.iterrows():
        if c["rule"] != "growth":
            continue
        figs = _figures_of(c, report.figures)
        rate = next((f for f in figs if f["kind"] == "percent"), None)
        now = next((f for f in figs if f["kind"] not in ("percent", "percentage_point", "year", "date", "date_range")
                    and _dec(f["value"]) is not None), None)
        if rate is None or now is None:
            continue
        r = interval(rate, normalized=True)
        v = interval(now)
        if r is None or v is None or r[0] <= -1:
            continue
        base = (v[0] / (1 + r[1]), v[1] / (1 + r[0]))
        row = {"check_id": c["check_id"], "verdict": c["verdict"], "unit": now["unit"], "now": _dec(now["value"]),
               "now_text": now["text"], "rate_text": rate["text"], "base": base, "target": None}
        own = set(str(c["figure_ids"]).split())
        # the target is a percent of its own (20%以上), not the growth rate the target check compares with it
        cands = [(tc, tf) for tc, tf in targets if tf["figure_id"] not in own]
        shared = [(tc, tf) for tc, tf in cands if set(str(tc["figure_ids"]).split()) & own]
        pick = shared[0] if shared else (cands[0] if len(cands) == 1 else None)
        if pick is not None:
            t = _dec(pick[1]["normalized_value"])
            if t is not None:
                row["target"] = (base[0] * (1 + t), base[1] * (1 + t))
                row["target_text"] = pick[1]["text"]
                row["target_factor"] = 1 + t
                row["target_verdict"] = pick[0]["verdict"]
        rows.append(row)
    return rows


def section_counts(report) -> pd.DataFrame:
    """Report → checks counted by section (rows, in text order) and verdict (columns)."""
    if report.checks.empty:
        return pd.DataFrame(columns=list(schema.VERDICTS))
    sec = [report.doc.section_at(int(s)) for s in report.checks["start"]]
    df = pd.DataFrame({"section": sec, "verdict": report.checks["verdict"].to_numpy()})
    order = list(dict.fromkeys(sec))
    counts = df.groupby(["section", "verdict"]).size().unstack(fill_value=0)
    return counts.reindex(index=order, columns=list(schema.VERDICTS), fill_value=0)


# ---------------------------------------------------------------- drawing
def png_bytes(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=PNG_DPI, metadata={"Software": None}, bbox_inches="tight", pad_inches=0.08)
    return buf.getvalue()


def new_figure(width: float, height: float):
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def shorten(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def draw_shares(rows: list[dict], lang: str) -> Chart:
    t = _T[lang]
    fig = new_figure(6.4, 0.55 * len(rows) + 1.0)
    ax = fig.add_subplot()
    ys = list(range(len(rows)))[::-1]
    h = 0.38
    for y, r in zip(ys, rows, strict=True):
        colour, hatch, icon = VERDICT_STYLE.get(r["verdict"], ("#555555", "", ""))
        ax.barh(y + h / 2, float(r["stated"]), h, color="white", edgecolor=colour, hatch=hatch, linewidth=1.2)
        ax.barh(y - h / 2, float(r["computed"]), h, color=colour, alpha=0.85)
        ax.text(float(r["stated"]) + 0.8, y + h / 2, f"{t['stated']} {_fmt(r['stated'])}%", va="center", fontsize=8)
        ax.text(float(r["computed"]) + 0.8, y - h / 2, f"{t['computed']} {_fmt(r['computed'])}%", va="center", fontsize=8)
    ax.set_yticks(ys, [f"{VERDICT_STYLE.get(r['verdict'], ('', '', ''))[2]} {r['check_id']} {shorten(r['label'], 14)}"
                       for r in rows])
    top = max(max(float(r["stated"]), float(r["computed"])) for r in rows)
    ax.set_xlim(0, top * 1.35 + 1)
    ax.set_xlabel("%")
    ax.set_title(t["shares"], loc="left", fontsize=10)
    alt = "; ".join(f"{r['check_id']} {r['label']} ({r['fraction']}): {t['stated']} {_fmt(r['stated'])}%, "
                    f"{t['computed']} {_fmt(r['computed'])}% ({VERDICT_NAMES[lang].get(r['verdict'], r['verdict'])})"
                    for r in rows)
    return Chart("shares", t["shares"], alt, png_bytes(fig))


def draw_growth(row: dict, lang: str) -> Chart:
    t = _T[lang]
    unit = row["unit"]
    items = [(t["base"].format(r=row["rate_text"]), row["base"], "#555555", "")]
    if row["target"] is not None:
        items.append((t["target"].format(t=row["target_text"], f=_fmt(row["target_factor"], 4)), row["target"], "#1f5fa8", "//"))
    items.append((t["now"].format(v=row["now_text"]), (row["now"], row["now"]), VERDICT_STYLE.get(row["verdict"], ("#333",))[0], ""))
    fig = new_figure(6.4, 0.5 * len(items) + 1.1)
    ax = fig.add_subplot()
    ys = list(range(len(items)))[::-1]
    lows = [float(lo) for _, (lo, _hi), _, _ in items]
    highs = [float(hi) for _, (_lo, hi), _, _ in items]
    span = max(highs) - min(lows) or max(highs) * 0.05 or 1.0
    for y, (_, (lo, hi), colour, hatch) in zip(ys, items, strict=True):
        width = max(float(hi - lo), span * 0.008)
        ax.barh(y, width, 0.45, left=float(lo), color=colour, alpha=0.8, hatch=hatch, edgecolor=colour)
        text = f"{_fmt(lo)}–{_fmt(hi)}" if hi != lo else _fmt(lo)
        ax.text(float(hi) + span * 0.03, y, f"{text} {unit}", va="center", fontsize=8)
    ax.set_yticks(ys, [shorten(label, 30) for label, *_ in items])
    ax.set_xlim(min(lows) - span * 0.25, max(highs) + span * 0.6)
    ax.set_xlabel(unit)
    title = f"{t['growth']} ({row['check_id']})"
    ax.set_title(title, loc="left", fontsize=10)
    alt = "; ".join(f"{label}: {_fmt(lo)}–{_fmt(hi)} {unit}" if hi != lo else f"{label}: {_fmt(lo)} {unit}"
                    for label, (lo, hi), _, _ in items)
    return Chart(f"growth-{row['check_id']}", title, alt, png_bytes(fig))


def draw_sections(counts: pd.DataFrame, lang: str) -> Chart:
    t = _T[lang]
    names = VERDICT_NAMES[lang]
    fig = new_figure(6.4, 0.42 * len(counts) + 1.6)
    ax = fig.add_subplot()
    ys = list(range(len(counts)))[::-1]
    left = [0] * len(counts)
    for v in schema.VERDICTS:
        colour, hatch, icon = VERDICT_STYLE[v]
        vals = counts[v].tolist()
        if not any(vals):
            continue
        ax.barh(ys, vals, 0.6, left=left, color=colour, hatch=hatch, edgecolor="white", label=f"{icon} {names[v]}")
        left = [a + b for a, b in zip(left, vals, strict=True)]
    ax.set_yticks(ys, [shorten(s or t["before"], 16) for s in counts.index])
    ax.set_xlabel(t["checks"])
    ax.xaxis.get_major_locator().set_params(integer=True)
    fig.legend(loc="outside lower center", ncols=4, fontsize=8, frameon=False)
    ax.set_title(t["sections"], loc="left", fontsize=10)
    alt = "; ".join(f"{s or t['before']}: " + ", ".join(f"{names[v]} {int(n)}" for v, n in row.items() if n)
                    for s, row in counts.iterrows())
    return Chart("sections", t["sections"], alt, png_bytes(fig))


def report_charts(report, lang: str = "en") -> list[Chart]:
    """Report → its charts, where there are data for them (cached on the report per language)."""
    cache = report.__dict__.setdefault("_charts", {})
    if lang in cache:
        return cache[lang]
    import matplotlib

    rc = dict(CHART_RC, **{"font.family": font_families()})
    out: list[Chart] = []
    with matplotlib.rc_context(rc):
        shares = share_rows(report)
        if shares:
            out.append(draw_shares(shares, lang))
        for row in growth_rows(report)[:4]:
            out.append(draw_growth(row, lang))
        counts = section_counts(report)
        if len(counts):
            out.append(draw_sections(counts, lang))
    cache[lang] = out
    return out
