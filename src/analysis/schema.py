"""Column names, kinds and verdict words of figures.csv and checks.csv, and their validation."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import AnalysisError

if TYPE_CHECKING:  # pandas is imported where tables are built, so batch bookkeeping starts fast
    import pandas as pd

FIGURE_COLUMNS = [
    "report_id", "figure_id", "start", "end", "text", "value", "value_high", "unit",
    "normalized_value", "base_unit", "kind", "qualifier", "decimals", "iso_date",
    "metric", "section", "sentence",
]
CHECK_COLUMNS = [
    "report_id", "check_id", "rule", "verdict", "figure_ids", "start", "end", "stated",
    "computed", "cause", "source", "explanation_en", "explanation_zh",
]

KINDS = (
    "count", "money", "percent", "percentage_point", "weight", "area", "length", "fraction",
    "ratio", "year", "date", "date_range", "range",
)
QUALIFIERS = ("", "approx", "nearly", "at_least", "more_than", "at_most", "less_than")
RULES = (
    "share_of_total", "parts_sum", "percent_sum", "growth", "target_met", "cumulative_vs_new",
    "cross_reference", "placeholder", "granularity", "enumeration_count", "date_valid",
    "declared", "external",
)
CONSISTENT, INCONSISTENT, UNVERIFIABLE, MISSING = "consistent", "inconsistent", "unverifiable", "missing"
VERDICTS = (CONSISTENT, INCONSISTENT, UNVERIFIABLE, MISSING)

# Every column is text in the CSV except the offsets; numbers are kept as exact decimal strings.
_INT_COLUMNS = {"start", "end"}


def empty_frame(columns: list[str]) -> pd.DataFrame:
    """Column list → an empty DataFrame with the contract's dtypes."""
    return frame([], columns)


def frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """Row dicts → a DataFrame in contract order: offsets as int64, every other cell as text ('' if absent)."""
    import numpy as np
    import pandas as pd

    data = {c: [int(r[c]) for r in rows] if c in _INT_COLUMNS else [_cell(r.get(c)) for r in rows] for c in columns}
    if not rows:
        data = {c: np.array([], dtype=np.int64 if c in _INT_COLUMNS else object) for c in columns}
    return pd.DataFrame(data, columns=columns)


def _cell(v) -> str:
    return "" if v is None else str(v)


class SchemaError(AnalysisError):
    """An output table broke its contract: a bug, never the user's input (exit 1)."""


def validate_figure_rows(rows: list[dict], text: str) -> list[dict]:
    """figures rows → themselves, after checking columns, kinds, qualifiers, spans and text order."""
    prev_end = 0
    for r in rows:
        if list(r) != FIGURE_COLUMNS:
            raise SchemaError(f"figures: columns {list(r)} differ from the contract")
        if r["kind"] not in KINDS:
            raise SchemaError(f"figures: unknown kind {r['kind']!r}")
        if r["qualifier"] not in QUALIFIERS:
            raise SchemaError(f"figures: unknown qualifier {r['qualifier']!r}")
        start, end = int(r["start"]), int(r["end"])
        if text[start:end] != r["text"]:
            raise SchemaError(f"figures: {r['figure_id']} span {start}-{end} does not slice to {r['text']!r}")
        if start < prev_end:
            raise SchemaError(f"figures: {r['figure_id']} overlaps the figure before it")
        prev_end = end
    return rows


def validate_check_rows(rows: list[dict], text: str) -> list[dict]:
    """checks rows → themselves, after checking columns, rules, verdicts and spans."""
    for r in rows:
        if list(r) != CHECK_COLUMNS:
            raise SchemaError(f"checks: columns {list(r)} differ from the contract")
        if r["rule"] not in RULES:
            raise SchemaError(f"checks: unknown rule {r['rule']!r}")
        if r["verdict"] not in VERDICTS:
            raise SchemaError(f"checks: unknown verdict {r['verdict']!r}")
        if not (0 <= int(r["start"]) < int(r["end"]) <= len(text)):
            raise SchemaError(f"checks: {r['check_id']} has an empty or out-of-range span")
    return rows


def rows_of(df: "pd.DataFrame") -> list[dict]:
    """DataFrame in a contract → its rows as dicts of text (offsets as int), in column order."""
    cols = list(df.columns)
    return [dict(zip(cols, vals)) for vals in zip(*(df[c].tolist() for c in cols))]


def validate_checks(df: "pd.DataFrame", text: str) -> "pd.DataFrame":
    """checks DataFrame → itself, after checking columns, rules, verdicts and spans."""
    _columns(df, CHECK_COLUMNS, "checks")
    validate_check_rows(rows_of(df), text)
    return df


def _columns(df: "pd.DataFrame", expected: list[str], name: str) -> None:
    if list(df.columns) != expected:
        raise SchemaError(f"{name}: columns {list(df.columns)} differ from the contract")
