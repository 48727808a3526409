"""Write notebooks/01–04 from the cell sources below (run after editing them; outputs are never committed).

    .venv/bin/python scripts/make_notebooks.py

Each notebook: a title, the `parameters` cell (typed defaults, a `# help` comment on each, read by
`papermill --help-notebook`), then one library call per cell. Cell ids are fixed so the files are
the same bytes every time.
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]
P = {
    "report_path": 'report_path: str = "data/raw/000_baotou_kejiju_2014_ziping.txt"  # the report text file (relative paths count from the repository root)',
    "report_id": 'report_id: str = ""  # output name; empty: the file name up to its first dot',
    "processed_dir": 'processed_dir: str = "data/processed"  # where <report_id>/text.txt, figures.csv and checks.csv go',
    "reports_dir": 'reports_dir: str = "reports"  # where 03 writes <report_id>.html',
    "facts_path": 'facts_path: str = ""  # facts YAML with sourced outside numbers; empty: none',
    "claims_path": 'claims_path: str = ""  # claims YAML with an analyst\'s own checks; empty: none',
    "lang": 'lang: str = "en"  # language of labels and of the explanation shown first: en or zh',
    "top_n": 'top_n: int = 20  # how many of the worst reports to list',
}
# Every notebook takes the same parameters, so one set of -p values fits the whole pipeline.
PARAMS = [p for p in P if p != "top_n"]
IMPORT = "from analysis.pipeline import {names}"
CORPUS_IMPORT = "from analysis.corpus import {names}"

NOTEBOOKS = {
    "01_clean_figures.ipynb": (
        "# 01 · Clean figures\n\nThe report's text and every figure in it: `text.txt` and `figures.csv` in "
        "`processed_dir/<report_id>/`. Relative paths count from the repository root.",
        PARAMS,
        ["open_report", "write_processed", "figures_table"],
        [
            ("load", "report = open_report(report_path, report_id, facts_path, claims_path)"),
            ("write", "write_processed(report, processed_dir, with_checks=False)"),
            ("show", "figures_table(report, lang)"),
        ],
    ),
    "02_verify_claims.ipynb": (
        "# 02 · Verify claims\n\nEvery claim about the figures, judged: `checks.csv` in `processed_dir/<report_id>/`. "
        "Uses 01's `figures.csv` when it is there for this text, and computes the figures otherwise.",
        PARAMS,
        ["open_report", "write_processed", "checks_table"],
        [
            ("load", "report = open_report(report_path, report_id, facts_path, claims_path, processed_dir, reuse=[\"figures\"])"),
            ("write", "write_processed(report, processed_dir)"),
            ("show", "checks_table(report, lang)"),
        ],
    ),
    "03_annotated_report.ipynb": (
        "# 03 · Annotated report\n\nThe original text with every figure and verdict marked, the key findings, "
        "charts and tables; written as one self-contained `reports_dir/<report_id>.html`. Uses 02's tables when "
        "they are there for this text, and computes them otherwise.",
        PARAMS,
        ["annotated_report", "chart_gallery", "open_report", "write_html"],
        [
            ("load", "report = open_report(report_path, report_id, facts_path, claims_path, processed_dir, reuse=[\"figures\", \"checks\"])"),
            ("show", "annotated_report(report, lang)"),
            ("charts", "chart_gallery(report, lang)"),
            ("write", "write_html(report, reports_dir, lang)"),
        ],
    ),
    "04_corpus_overview.ipynb": (
        "# 04 · Corpus overview\n\nEvery report `analysis check` or `analysis run` has processed into `processed_dir`: "
        "the worst reports first, verdict rates by rule, by issuer and by year, and `reports_dir/index.html`.",
        ["processed_dir", "reports_dir", "lang", "top_n"],
        ["chart_by", "open_corpus", "verdicts_by", "worst_reports", "write_corpus_index"],
        [
            ("load", "corpus = open_corpus(processed_dir)"),
            ("worst", "worst_reports(corpus, top_n)"),
            ("by_rule", "verdicts_by(corpus, \"rule\")"),
            ("chart_rule", "chart_by(corpus, \"rule\", lang)"),
            ("by_issuer", "verdicts_by(corpus, \"issuer\")"),
            ("by_year", "verdicts_by(corpus, \"year\")"),
            ("chart_year", "chart_by(corpus, \"year\", lang)"),
            ("index", "write_corpus_index(corpus, reports_dir, lang)"),
        ],
    ),
}


def build(title: str, params: list[str], imports: list[str], cells: list[tuple[str, str]]) -> nbformat.NotebookNode:
    nb = new_notebook(metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
        "language_info": {"name": "python"},
    })
    nb.cells.append(new_markdown_cell(title, id="title"))
    nb.cells.append(new_code_cell("# Parameters: papermill replaces these (papermill --help-notebook lists them)\n"
                                  + "\n".join(P[p] for p in params), id="parameters",
                                  metadata={"tags": ["parameters"]}))
    module = CORPUS_IMPORT if "open_corpus" in imports else IMPORT
    nb.cells.append(new_code_cell(module.format(names=", ".join(imports)), id="imports"))
    for cid, src in cells:
        nb.cells.append(new_code_cell(src, id=cid))
    return nb


def main(out_dir: Path = ROOT / "notebooks") -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, spec in NOTEBOOKS.items():
        nb = build(*spec)
        nbformat.validate(nb)
        (out_dir / name).write_text(nbformat.writes(nb) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "notebooks")
