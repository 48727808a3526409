"""A report file → Report: its text, figures, checks and annotated HTML, computed on demand."""
from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

from . import schema
from .errors import ReportFileError
from .figures import figure_rows
from .ingest import Document, read_document, report_id_for
from .outputs import rows_csv_bytes, write_folder

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported where a DataFrame is built: batches never need it
    import pandas as pd


def read_meta(path: str | Path) -> dict:
    """Report path → its <stem>.meta.yaml beside it as a dict ({} when there is none)."""
    folder, name = os.path.split(os.fspath(path))
    if name in ("", ".", ".."):
        folder, name = str(Path(path).parent), Path(path).name
    stem = name.split(".", 1)[0]
    names = dict.fromkeys((name.rsplit(".", 1)[0] + ".meta.yaml", stem + ".meta.yaml"))  # (x.txt: one name, not two)
    # (os.path on strings: the metadata files are looked for beside every report of a batch)
    for cand_name in names:
        cand = os.path.join(folder, cand_name)
        if os.path.isfile(cand):
            import yaml  # (here: a batch without metadata files never needs it, and its import is 6 ms of every start)

            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same result, faster
            try:
                with open(cand, encoding="utf-8") as f:
                    meta = yaml.load(f.read(), Loader=loader) or {}
            except (yaml.YAMLError, UnicodeDecodeError) as e:
                raise ReportFileError(f"metadata file {cand_name} is not valid YAML ({type(e).__name__})", path=str(path))
            if not isinstance(meta, dict):
                raise ReportFileError(f"metadata file {cand_name} is not a mapping", path=str(path))
            return meta
    return {}


class Report:
    """One report: `.text`, `.figures`, `.checks` (DataFrames), `.to_html()`; shows itself in Jupyter."""

    def __init__(self, doc: Document, report_id: str, meta: dict | None = None, facts=None, claims=None):
        self.doc = doc
        self.report_id = report_id
        self.meta = meta or {}
        self.facts = facts
        self.claims = claims

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def path(self) -> str:
        return self.doc.path

    # Rows (lists of dicts in contract column order) are what the library works on; the DataFrames
    # users see are built from them on first access, so a batch over thousands of reports never
    # pays for pandas tables it does not show.
    @cached_property
    def figure_rows(self) -> list[dict]:
        return figure_rows(self.doc, self.report_id)

    @cached_property
    def check_rows(self) -> list[dict]:
        from .rules import check_rows

        return check_rows(self.doc, self.figure_rows, self.report_id, self.facts, self.claims)

    @cached_property
    def figures(self) -> pd.DataFrame:
        return schema.frame(self.figure_rows, schema.FIGURE_COLUMNS)

    @cached_property
    def checks(self) -> pd.DataFrame:
        return schema.frame(self.check_rows, schema.CHECK_COLUMNS)

    def use_tables(self, figures: pd.DataFrame | None = None, checks: pd.DataFrame | None = None) -> "Report":
        """Tables read back from figures.csv / checks.csv → used instead of computing them (validated first).

        Giving figures without checks drops any checks computed before, so they are judged on these figures.
        """
        if figures is not None:
            rows = schema.validate_figure_rows(schema.rows_of(figures), self.text)
            self.__dict__.update(figures=figures, figure_rows=rows)
            if checks is None:
                for name in ("checks", "check_rows"):
                    self.__dict__.pop(name, None)
        if checks is not None:
            rows = schema.validate_check_rows(schema.rows_of(checks), self.text)
            self.__dict__.update(checks=checks, check_rows=rows)
        self.__dict__.pop("_charts", None)
        return self

    def to_html(self, lang: str = "en") -> str:
        from .html import render_report

        return render_report(self, lang=lang)

    def _repr_html_(self) -> str:
        from .html import render_report

        return render_report(self, lang="en", fragment=True)

    def __repr__(self) -> str:
        return f"<Report {self.report_id}: {len(self.text)} characters>"

    def write(self, out_dir: str | Path, with_checks: bool = True) -> Path:
        """Report → out_dir/<report_id>/ with text.txt, figures.csv (and checks.csv), atomically."""
        files = {"text.txt": self.text, "figures.csv": rows_csv_bytes(self.figure_rows, schema.FIGURE_COLUMNS)}
        if with_checks:
            files["checks.csv"] = rows_csv_bytes(self.check_rows, schema.CHECK_COLUMNS)
        return write_folder(os.path.join(out_dir, self.report_id), files)


def load_report(path: str | Path, report_id: str | None = None, facts_path: str | Path | None = None,
                claims_path: str | Path | None = None) -> Report:
    """Report path → Report (raises an InputError subclass with a one-line message for bad input)."""
    meta = read_meta(path)
    year = meta.get("year") if isinstance(meta.get("year"), int) else None
    doc = read_document(path, year=year)
    facts = claims = None
    if facts_path:
        from .rules.external import load_facts

        facts = load_facts(facts_path)
    if claims_path:
        from .rules.external import load_claims

        claims = load_claims(claims_path)
    return Report(doc, report_id or report_id_for(path), meta, facts, claims)
