"""A processed folder of many reports → the corpus view: verdict rates by rule, issuer and year,
the worst reports first, charts, and reports/index.html (one self-contained, sortable page).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import schema
from .errors import InputError

ALARMS = [schema.INCONSISTENT, schema.MISSING]


@dataclass
class Corpus:
    """summary.csv and all_checks.csv of one processed folder, as DataFrames."""

    summary: pd.DataFrame
    checks: pd.DataFrame
    processed_dir: Path


def load_corpus(processed_dir: str | Path) -> Corpus:
    """Processed folder → Corpus (raises InputError when `analysis check/run` has not written one)."""
    d = Path(processed_dir)
    summary_path, checks_path = d / "summary.csv", d / "all_checks.csv"
    if not summary_path.is_file():
        raise InputError(f"{d}: no summary.csv yet; run `analysis check` or `analysis run` on the reports first")
    summary = pd.read_csv(summary_path, dtype=str, keep_default_na=False)
    for c in ["figures", *schema.VERDICTS]:
        summary[c] = summary[c].astype(int)
    checks = pd.read_csv(checks_path, dtype=str, keep_default_na=False) if checks_path.is_file() \
        else schema.empty_frame(schema.CHECK_COLUMNS)
    return Corpus(summary, checks, d)


def verdicts_by(corpus: Corpus, by: str) -> pd.DataFrame:
    """Corpus, 'rule' | 'issuer' | 'year' → checks per verdict, with the share that raised an alarm."""
    if by == "rule":
        df = corpus.checks
        table = df.groupby(["rule", "verdict"]).size().unstack(fill_value=0) if len(df) else pd.DataFrame()
        table = table.reindex(columns=list(schema.VERDICTS), fill_value=0)
    else:
        ok = corpus.summary[corpus.summary["status"] == "ok"]
        table = ok.groupby(ok[by].replace("", "?"))[list(schema.VERDICTS)].sum()
        table.insert(0, "reports", ok.groupby(ok[by].replace("", "?")).size())
    total = table[list(schema.VERDICTS)].sum(axis=1)
    table["alarm_rate"] = (table[ALARMS].sum(axis=1) / total.where(total > 0)).fillna(0).round(3)
    return table.sort_values("alarm_rate", ascending=False, kind="stable")


def worst_reports(corpus: Corpus, n: int = 20) -> pd.DataFrame:
    """Corpus → the reports with the most inconsistent and missing findings first (errors last)."""
    s = corpus.summary.copy()
    s["alarms"] = s[ALARMS].sum(axis=1)
    s = s.sort_values(["alarms", schema.INCONSISTENT, "report_id"], ascending=[False, False, True], kind="stable")
    return s.head(n)[["report_id", "title", "issuer", "year", "figures", *schema.VERDICTS, "alarms", "status", "error"]]


def open_corpus(processed_dir: str | Path) -> Corpus:
    """Processed folder (relative paths count from the repository root, as in the notebooks) → Corpus."""
    from .pipeline import resolve_path

    return load_corpus(resolve_path(processed_dir))


_TITLES = {"en": {"rule": "Checks by rule", "issuer": "Checks by issuer", "year": "Checks by year"},
           "zh": {"rule": "各规则的核查结果", "issuer": "各发布单位的核查结果", "year": "各年度的核查结果"}}


def chart_by(corpus: Corpus, by: str, lang: str = "en"):
    """Corpus, 'rule' | 'issuer' | 'year' → a stacked bar Chart of its checks by verdict."""
    return draw_verdicts(verdicts_by(corpus, by), _TITLES.get(lang, _TITLES["en"])[by], lang)


def write_corpus_index(corpus: Corpus, reports_dir: str | Path, lang: str = "en") -> Path:
    """Corpus, reports folder (relative to the repository root) → reports_dir/index.html."""
    from .pipeline import resolve_path

    return write_index(corpus.processed_dir, resolve_path(reports_dir), lang)


def draw_verdicts(table: pd.DataFrame, title: str, lang: str = "en"):
    """Verdict table (rows × verdict columns) → a stacked bar Chart, verdicts told by colour, hatch and icon."""
    import matplotlib

    from .charts import CHART_RC, VERDICT_NAMES, VERDICT_STYLE, Chart, new_figure, png_bytes, shorten
    from .fonts import font_families

    rows = table.head(25)
    with matplotlib.rc_context(dict(CHART_RC, **{"font.family": font_families()})):
        fig = new_figure(6.4, 0.36 * max(1, len(rows)) + 1.5)
        ax = fig.add_subplot()
        ys = list(range(len(rows)))[::-1]
        left = [0] * len(rows)
        for v in schema.VERDICTS:
            colour, hatch, icon = VERDICT_STYLE[v]
            vals = [int(x) for x in rows[v].tolist()]
            if any(vals):
                ax.barh(ys, vals, 0.6, left=left, color=colour, hatch=hatch, edgecolor="white",
                        label=f"{icon} {VERDICT_NAMES[lang][v]}")
                left = [a + b for a, b in zip(left, vals)]
        ax.set_yticks(ys, [shorten(str(i), 18) for i in rows.index])
        ax.xaxis.get_major_locator().set_params(integer=True)
        if len(rows):
            fig.legend(loc="outside lower center", ncols=4, fontsize=8, frameon=False)
        ax.set_title(title, loc="left", fontsize=10)
        png = png_bytes(fig)
    alt = "; ".join(f"{i}: " + ", ".join(f"{VERDICT_NAMES[lang][v]} {int(r[v])}" for v in schema.VERDICTS if r[v])
                    for i, r in rows.iterrows())
    return Chart(f"corpus-{title}", title, alt, png)


def render_index(processed_dir: str | Path, reports_dir: str | Path, lang: str = "en") -> str:
    """Processed folder and reports folder → index.html: every report with its verdict counts, sortable."""
    from . import __version__
    from .html import ICONS, LABELS, template_environment, generated_at

    corpus = load_corpus(processed_dir)
    reports_dir = Path(reports_dir)
    rows = []
    for r in corpus.summary.to_dict("records"):
        html_name = f"{r['report_id']}.html"
        r["href"] = html_name if (reports_dir / html_name).is_file() else ""
        r["alarms"] = sum(int(r[v]) for v in ALARMS)
        rows.append(r)
    rows.sort(key=lambda r: (-r["alarms"], r["report_id"]))
    now = generated_at()
    totals = {v: int(corpus.summary[v].sum()) for v in schema.VERDICTS}
    return template_environment().get_template("corpus_index.html.j2").render(
        L=LABELS[lang], lang=lang, icons=ICONS, verdicts=schema.VERDICTS, rows=rows, totals=totals,
        n_reports=len(rows), n_failed=sum(r["status"] != "ok" for r in rows), version=__version__,
        generated_iso=now.isoformat().replace("+00:00", "Z"), generated_text=now.strftime("%Y-%m-%d %H:%M UTC"),
    )


def write_index(processed_dir: str | Path, reports_dir: str | Path, lang: str = "en") -> Path:
    """→ <reports_dir>/index.html, written atomically."""
    from .outputs import write_atomic

    return write_atomic(Path(reports_dir) / "index.html", render_index(processed_dir, reports_dir, lang))


