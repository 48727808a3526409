"""A report and hand-made reference tables → how many figures and claims were found right.

Reference formats (tests/corpus/README.md): `<stem>.figures.csv` with text, value, value_high, unit,
kind, qualifier, iso_date, occurrence; `<stem>.checks.csv` with rule, verdict, anchor, note.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from .schema import INCONSISTENT, MISSING


@dataclass
class Score:
    """Counts that add up over reports; rates are derived."""

    expected: int = 0
    found: int = 0  # expected items found with the right value / verdict
    reported: int = 0
    real: int = 0  # reported items that correspond to an expected one
    false_alarms: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def __iadd__(self, other: "Score") -> "Score":
        for f in ("expected", "found", "reported", "real", "false_alarms"):
            setattr(self, f, getattr(self, f) + getattr(other, f))
        self.misses += other.misses
        self.extras += other.extras
        return self

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.real / self.reported if self.reported else 1.0


def read_rows(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _locate(text: str, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
    pos = -1
    for _ in range(max(1, occurrence)):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(needle)


def _same_number(a: str, b: str) -> bool:
    if a == b:
        return True
    try:
        x, y = Decimal(a), Decimal(b)
    except InvalidOperation:
        return False
    return abs(x - y) <= Decimal("0.000001") * max(1, abs(y))


def _valid_iso(iso: str) -> bool:
    from datetime import date

    for part in iso.split("/"):
        bits = part.split("-")
        if len(bits) == 3:
            try:
                date(*map(int, bits))
            except ValueError:
                return False
    return True


def score_figures(text: str, figures, reference: list[dict]) -> Score:
    """Figures DataFrame and reference rows → recall (right value) and precision (real figures)."""
    s = Score(expected=len(reference), reported=len(figures))
    spans = []
    for r in reference:
        loc = _locate(text, r["text"], int(r.get("occurrence") or 1))
        if loc is None:
            s.misses.append(f"reference text not in report: {r['text']}")
            continue
        spans.append((loc, r))
    got = list(zip(figures["start"], figures["end"], figures["text"], figures["value"], figures["iso_date"]))
    used = set()
    for (a, b), r in spans:
        hit = [g for g in got if g[0] < b and a < g[1]]
        iso = r.get("iso_date", "")
        if iso and not _valid_iso(iso):
            iso = ""  # an impossible date (9月31日) has no ISO form; the figure keeps an empty iso_date
        ok = any(_same_number(g[3], r["value"]) if r["value"] else g[4] == iso for g in hit)
        if ok:
            s.found += 1
        else:
            s.misses.append(f"{r['text']} (value {r['value'] or r.get('iso_date')}): got {[g[2] + '=' + (g[3] or g[4]) for g in hit] or 'nothing'}")
        used.update(g[0] for g in hit)
    for g in got:
        if g[0] in used:
            s.real += 1
        else:
            s.extras.append(f"{g[2]}")
    return s


def _anchor_spans(text: str, anchor: str) -> list[tuple[int, int]]:
    """Every place a reference row's anchor occurs in the text, as (start, end)."""
    locs, pos = [], text.find(anchor)
    while pos >= 0:
        locs.append((pos, pos + len(anchor)))
        pos = text.find(anchor, pos + 1)
    return locs


def rows_over(got: list[tuple], locs: list[tuple[int, int]]) -> list[tuple]:
    """Check rows (rule, verdict, start, end, …) and an anchor's places → the rows whose span overlaps one of them."""
    return [g for g in got if any(g[2] < b and a < g[3] for a, b in locs)]


def match_rows(got: list[tuple], locs: list[tuple[int, int]], ref: dict) -> tuple[bool, list[tuple]]:
    """Check rows and a reference row's anchor places → (is the claim found: a row of its rule and verdict over the
    anchor, the rows over the anchor)."""
    near = rows_over(got, locs)
    return any(g[0] == ref["rule"] and g[1] == ref["verdict"] for g in near), near


def refs_over(anchors: list[tuple[list, dict]], g: tuple) -> list[dict]:
    """(anchor places, reference row) pairs and a check row → the reference rows whose anchor the row overlaps."""
    return [r for locs, r in anchors if rows_over([g], locs)]


def score_checks(text: str, checks, reference: list[dict]) -> Score:
    """Checks DataFrame and reference rows → claims judged right, and false alarms."""
    s = Score(expected=len(reference), reported=len(checks))
    anchors = []
    for r in reference:
        locs = _anchor_spans(text, r["anchor"])
        anchors.append((locs, r))
        if not locs:
            s.misses.append(f"anchor not in report: {r['anchor']}")
    got = list(zip(checks["rule"], checks["verdict"], checks["start"], checks["end"], checks["stated"]))
    for locs, r in anchors:
        found, near = match_rows(got, locs, r)
        if found:
            s.found += 1
        else:
            there = [f"{g[0]}:{g[1]}" for g in near]
            s.misses.append(f"{r['rule']} {r['verdict']} at {r['anchor']}: got {there or 'nothing'}")
    alarms = {INCONSISTENT, MISSING}
    for g in got:
        overlaps = refs_over(anchors, g)
        if overlaps:
            s.real += 1
        if g[1] in alarms and not any(r["verdict"] in alarms for r in overlaps):
            s.false_alarms += 1
            s.extras.append(f"false alarm {g[0]} {g[1]}: {g[4]}")
    return s


def _para_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def miss_kinds(text: str, checks, reference: list[dict]) -> dict[tuple[str, str], int]:
    """Checks and reference rows → how the claims missed were missed, counts by (rule, kind) only, so that a held-out
    set can be diagnosed without being read: "no row" at the anchor, "judged <verdict>" (the claim's rule there, with
    another verdict) or "other rule" (only rows of other rules there; "other rule with that verdict (<rules>)" when one
    of them raises the planted verdict — the error found, filed under another rule's name)."""
    got = list(zip(checks["rule"], checks["verdict"], checks["start"], checks["end"]))
    kinds: dict[tuple[str, str], int] = {}
    for r in reference:
        locs = _anchor_spans(text, r["anchor"])
        found, near = match_rows(got, locs, r)
        if found:
            continue
        same = sorted({g[1] for g in near if g[0] == r["rule"]})
        kind = "no row" if not near else "judged " + "/".join(same) if same else "other rule"
        if kind == "other rule" and r["verdict"] in (INCONSISTENT, MISSING) and any(g[1] == r["verdict"] for g in near):
            kind += " with that verdict (" + "/".join(sorted({g[0] for g in near if g[1] == r["verdict"]})) + ")"
        # the claim's rule and verdict on a row in the anchor's paragraph that does not reach the anchor: found, but
        # marked elsewhere (the other figure of a pair, the claim word rather than the figure)
        paras = [(text.rfind("\n", 0, a) + 1, _para_end(text, b)) for a, b in locs]
        if any(g[0] == r["rule"] and g[1] == r["verdict"] and any(p0 <= g[2] and g[3] <= p1 for p0, p1 in paras) for g in got):
            kind += ", right verdict off the anchor"
        kinds[r["rule"], kind] = kinds.get((r["rule"], kind), 0) + 1
    return kinds


def score_folder(folder: str | Path) -> tuple[Score, Score, int]:
    """Corpus folder → (figure score, check score, number of reports)."""
    from .report import load_report

    figs, checks, n = Score(), Score(), 0
    for path in sorted(Path(folder).glob("*.txt")):
        stem = path.name.split(".", 1)[0]
        ref_f, ref_c = path.with_name(stem + ".figures.csv"), path.with_name(stem + ".checks.csv")
        rep = load_report(path)
        n += 1
        if ref_f.exists():
            sc = score_figures(rep.text, rep.figures, read_rows(ref_f))
            sc.misses = [f"{stem}: {m}" for m in sc.misses]
            sc.extras = [f"{stem}: {m}" for m in sc.extras]
            figs += sc
        if ref_c.exists():
            sc = score_checks(rep.text, rep.checks, read_rows(ref_c))
            sc.misses = [f"{stem}: {m}" for m in sc.misses]
            sc.extras = [f"{stem}: {m}" for m in sc.extras]
            checks += sc
    return figs, checks, n
