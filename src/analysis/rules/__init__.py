"""Figures and text → checks: every rule family, run in turn, numbered in text order."""
from __future__ import annotations

import functools
import importlib


from .. import schema

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported where a DataFrame is built: batches never need it
    import pandas as pd

# (module, function) in the order rows of one span are listed; each is a pure function
# (doc, figures DataFrame) → list of row dicts.
RULES = [
    ("shares", "share_of_total"),
    ("ratios", "derived_ratio"),
    ("shares", "percent_sum"),
    ("shares", "granularity"),
    ("sums", "parts_sum"),
    ("growth", "growth"),
    ("targets", "target_met"),
    ("cumulative", "cumulative_vs_new"),
    ("crossref", "cross_reference"),
    ("placeholder", "placeholder"),
    ("enumeration", "enumeration_count"),
    ("dates", "date_valid"),
    ("anniversary", "anniversaries"),
    ("tables", "table_rates"),
    ("tables", "table_targets_reached"),
    ("tables", "table_totals"),
    ("tables", "table_targets_met"),
]
_ORDER = {name: i for i, (_, name) in enumerate(RULES) if name != "derived_ratio" and not name.startswith("table_")}


@functools.cache
def rule_functions() -> tuple:
    """The rule functions, imported from their modules (once)."""
    return tuple(getattr(importlib.import_module(f".{mod}", __name__), name) for mod, name in RULES)


def run_rules(doc, figures: pd.DataFrame, report_id: str, facts=None, claims=None) -> pd.DataFrame:
    """Document, figures DataFrame → checks DataFrame in the checks.csv contract."""
    return schema.frame(check_rows(doc, figures, report_id, facts, claims), schema.CHECK_COLUMNS)


def check_rows(doc, figures, report_id: str, facts=None, claims=None) -> list[dict]:
    """Document, figures (DataFrame or row dicts) → checks as row dicts in the checks.csv contract, validated."""
    rows: list[dict] = []
    for fn in rule_functions():
        rows.extend(fn(doc, figures))
    if facts or claims:
        from .external import declared, external

        if facts:
            rows = external(doc, figures, facts, rows)
        if claims:
            rows.extend(declared(doc, figures, claims))
    rows.sort(key=lambda r: (r["start"], r["end"], _ORDER.get(r["rule"], 99)))
    out = []
    columns = schema.CHECK_COLUMNS
    for i, r in enumerate(rows, 1):
        r["report_id"] = report_id
        r["check_id"] = f"C{i:03d}"
        get = r.get
        row = {c: "" if (v := get(c)) is None else str(v) for c in columns}
        # (the offsets as int: set on the keys already in place, so the column order stays)
        for c in ("start", "end"):
            v = get(c)
            row[c] = "" if v is None else int(v)
        out.append(row)
    return schema.validate_check_rows(out, doc.text)
