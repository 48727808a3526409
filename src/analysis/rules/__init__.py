"""Figures and text → checks: every rule family, run in turn, numbered in text order."""
from __future__ import annotations

import pandas as pd

from .. import schema


def run_rules(doc, figures: pd.DataFrame, report_id: str, facts=None, claims=None) -> pd.DataFrame:
    """Document, figures DataFrame → checks DataFrame in the checks.csv contract."""
    return schema.frame([], schema.CHECK_COLUMNS)
