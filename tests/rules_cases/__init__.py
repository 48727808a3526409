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


YEARS = [2020, None]  # each case with a report year and without one


def share_rules() -> tuple:
    """The share family's rules (share_of_total, percent_sum, granularity, derived_ratio)."""
    from analysis.rules.ratios import derived_ratio
    from analysis.rules.shares import granularity, percent_sum, share_of_total

    return share_of_total, percent_sum, granularity, derived_ratio


def alarms(rules, text: str, year: int | None = 2020) -> list[tuple[str, str]]:
    """(rule, verdict) of every inconsistent or missing row the given rules raise on a text."""
    return [(rule.__name__, r["verdict"]) for rule in rules for r in run(rule, text, year)
            if r["verdict"] in ("inconsistent", "missing")]


def rule_verdicts(rule, text: str, year: int | None = 2020) -> list[str]:
    """verdicts() with the later default year the newer rule tests use."""
    return [r["verdict"] for r in run(rule, text, year)]
