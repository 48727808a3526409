"""Helpers for the rule tests: run one rule on literal text."""
from __future__ import annotations

from analysis.figures import extract_figures
from analysis.ingest import build_document


def run(rule, text: str, year: int | None = 2014) -> list[dict]:
    """Rule function and literal text → its result rows, each with the marked text under 'span'."""
    doc = build_document(text, year=year)
    rows = rule(doc, extract_figures(doc, "t"))
    for r in rows:
        r["span"] = text[r["start"]:r["end"]]
    return rows


def verdicts(rule, text: str, year: int | None = 2014) -> list[str]:
    return [r["verdict"] for r in run(rule, text, year)]
