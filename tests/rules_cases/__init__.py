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


def verdicts_stated(rule, text: str, year: int | None = 2021) -> list[tuple[str, str]]:
    """(verdict, stated) of every row a rule gives on a text: what the reader sees judged, and of what."""
    return [(r["verdict"], r["stated"]) for r in run(rule, text, year)]


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


ALARMS = ("inconsistent", "missing")


def verdicts_on(rows: list[dict], anchor: str, shortest: int = 4) -> list[str]:
    """Verdicts of the rows (from run()) whose marked span overlaps the anchor, which occurs once in the text: the
    span holds the anchor, lies inside it, or shares with it an end of `shortest` or more characters (the span's
    tail is the anchor's head, or the span's head is the anchor's tail)."""
    out = []
    for r in rows:
        span = r["span"]
        if anchor in span or span and span in anchor or any(span.endswith(anchor[:k]) or span.startswith(anchor[-k:])
                                                             for k in range(shortest, len(anchor))):
            out.append(r["verdict"])
    return out


def verdicts_at(rule, text: str, anchor: str, year: int | None = 2022) -> list[str]:
    """Verdicts of the rule's rows on the text whose span holds the anchor's first occurrence."""
    at = text.index(anchor)
    return [r["verdict"] for r in run(rule, text, year) if r["start"] <= at and at + len(anchor) <= r["end"]]


def alarm_verdicts(rule, text: str, year: int | None = 2022) -> list[str]:
    """Verdicts of the rule's inconsistent or missing rows on the text."""
    return [r["verdict"] for r in run(rule, text, year) if r["verdict"] in ALARMS]


def share_alarms(text: str, year: int | None = 2020) -> list[tuple[str, str]]:
    """alarms() of the share family's rules (share_rules()) on a text."""
    return alarms(share_rules(), text, year)
