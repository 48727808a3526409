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


def validate_figures(df: pd.DataFrame, text: str) -> pd.DataFrame:
    """figures DataFrame → itself, after checking columns, kinds, spans and order."""
    _columns(df, FIGURE_COLUMNS, "figures")
    bad = ~df["kind"].isin(KINDS)
    if bad.any():
        raise SchemaError(f"figures: unknown kind {df.loc[bad, 'kind'].iloc[0]!r}")
    bad = ~df["qualifier"].isin(QUALIFIERS)
    if bad.any():
        raise SchemaError(f"figures: unknown qualifier {df.loc[bad, 'qualifier'].iloc[0]!r}")
    prev_end = 0
    for fid, start, end, surface in zip(df["figure_id"], df["start"], df["end"], df["text"]):
        if text[start:end] != surface:
            raise SchemaError(f"figures: {fid} span {start}-{end} does not slice to {surface!r}")
        if start < prev_end:
            raise SchemaError(f"figures: {fid} overlaps the figure before it")
        prev_end = end
    return df


def validate_checks(df: pd.DataFrame, text: str) -> pd.DataFrame:
    """checks DataFrame → itself, after checking columns, rules, verdicts and spans."""
    _columns(df, CHECK_COLUMNS, "checks")
    for col, allowed in (("rule", RULES), ("verdict", VERDICTS)):
        bad = ~df[col].isin(allowed)
        if bad.any():
            raise SchemaError(f"checks: unknown {col} {df.loc[bad, col].iloc[0]!r}")
    for cid, start, end in zip(df["check_id"], df["start"], df["end"]):
        if not (0 <= start < end <= len(text)):
            raise SchemaError(f"checks: {cid} has an empty or out-of-range span")
    return df


def _columns(df: pd.DataFrame, expected: list[str], name: str) -> None:
    if list(df.columns) != expected:
        raise SchemaError(f"{name}: columns {list(df.columns)} differ from the contract")
