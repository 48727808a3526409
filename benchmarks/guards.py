"""Which early exits of the rules stop the planted errors they miss — code locations, counted, never a text.

Runs every rule on each report under a line tracer. Whenever a `continue` or a falsy `return` of a rule module runs
while one of its local variables holds a figure (or a share, or a list of them) that touches the anchor of a planted
error, that line is noted for the error. Lines are then ranked by how much more often they stop the errors the rule
misses than the ones it finds (only the planted rule's own module and common.py count). A line high on the list is a
deliberate silence the misses fall into — a convention to weigh (how many alarms it saves on error-free text,
`benchmarks/snapshot.py` with the line disabled, against how many errors it hides), not a shape nobody wrote.

    python benchmarks/guards.py tests/corpus/heldout4 tests/corpus/heldout6 [--min 3]

Prints file:line and counts only, so it may be run on held-out folders.
"""
from __future__ import annotations

import argparse
import ast
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from analysis.evaluate import _anchor_spans, match_rows, read_rows  # noqa: E402
from analysis.report import load_report  # noqa: E402
from analysis.rules.common import Fig  # noqa: E402
from analysis.rules.shares import Share  # noqa: E402

RULES = ROOT / "src" / "analysis" / "rules"
# the module(s) whose exits can silence each rule
MODULES = {"share_of_total": ("shares", "ratios", "tables", "common"), "percent_sum": ("shares", "tables", "common"),
           "granularity": ("shares", "common"), "parts_sum": ("sums", "tables", "common"),
           "growth": ("growth", "common"), "target_met": ("targets", "tables", "common"),
           "cumulative_vs_new": ("cumulative", "common"), "cross_reference": ("crossref", "common"),
           "enumeration_count": ("enumeration",), "date_valid": ("dates",), "placeholder": ("placeholder",)}
PLANTED = ("inconsistent", "missing")


def exit_lines() -> dict[str, set[int]]:
    """Each rule module's file → the lines of its `continue` and falsy `return` statements."""
    out = {}
    for path in RULES.glob("*.py"):
        lines = set()
        for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(n, ast.Continue) or (isinstance(n, ast.Return) and (
                    n.value is None or (isinstance(n.value, ast.Constant) and not n.value.value)
                    or (isinstance(n.value, (ast.List, ast.Tuple)) and not n.value.elts))):
                lines.add(n.lineno)
        out[str(path.resolve())] = lines
    return out


def traced_run(path: Path, exits: dict[str, set[int]]):
    """Run the rules on one report under the tracer → (the report, its check rows, and for each figure start the
    exit lines that ran while a local touched it — read against the planted anchors by the caller)."""
    rep = load_report(path)
    seen: list[tuple[int, int, str]] = []  # (figure start, end, file:line) per exit taken with a figure in a local

    def local(frame, event, arg):
        if event == "line" and frame.f_lineno in exits[frame.f_code.co_filename]:
            where = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"
            for v in frame.f_locals.values():
                for f in _figures_in(v):
                    seen.append((f.start, f.end, where))
        return local

    def calls(frame, event, arg):
        return local if frame.f_code.co_filename in exits else None

    sys.settrace(calls)
    try:
        rows = rep.check_rows
    finally:
        sys.settrace(None)
    return rep, rows, seen


def _figures_in(v, depth: int = 0) -> list:
    """The figures a local holds: a Fig, a Share's figures, or those of a short list of them (a list of a whole
    document's figures or sentences would touch every anchor and say nothing)."""
    if isinstance(v, Fig):
        return [v]
    if isinstance(v, Share):
        return [x for x in (v.pct, v.part, v.total) if x is not None]
    if isinstance(v, (list, tuple)) and depth < 2 and len(v) <= 12:
        return [f for x in v for f in _figures_in(x, depth + 1)]
    return []


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--min", type=int, default=3, help="list a line only when it stops this many missed errors")
    a = ap.parse_args()
    exits = exit_lines()
    count: Counter = Counter()  # (rule, missed?, line) → planted errors
    errors: Counter = Counter()  # (rule, missed?) → planted errors
    for folder in a.folders:
        for path in sorted(Path(folder).glob("*.txt")):
            stem = path.name.split(".", 1)[0]
            try:
                rep, rows, seen = traced_run(path, exits)
            except Exception as e:  # (a message could quote the report: only its kind is printed)
                print(f"{stem}: {type(e).__name__}")
                continue
            got = [(c["rule"], c["verdict"], c["start"], c["end"]) for c in rows]
            for r in read_rows(path.with_name(stem + ".checks.csv")):
                locs = _anchor_spans(rep.text, r["anchor"])
                if r["verdict"] not in PLANTED or not locs:
                    continue
                missed = not match_rows(got, locs, r)[0]
                errors[r["rule"], missed] += 1
                a0, b0 = locs[0]
                for where in {w for s, e, w in seen if s < b0 and a0 < e}:
                    if where.split(".py")[0] in MODULES.get(r["rule"], ()):
                        count[r["rule"], missed, where] += 1
    ranked = []
    for (rule, missed, where), n in count.items():
        if missed and n >= a.min:
            found = count.get((rule, False, where), 0)
            ranked.append((n / errors[rule, True] - found / max(1, errors[rule, False]), rule, where, n, found))
    print("planted errors missed / found by rule: " + ", ".join(
        f"{r} {errors[r, True]}/{errors[r, False]}" for r in sorted({r for r, _ in errors})))
    for d, rule, where, n, found in sorted(ranked, reverse=True):
        if d > 0.15:
            print(f"{d:.2f}  {rule:18} {where:18} stops {n} of {errors[rule, True]} missed, {found} of "
                  f"{errors[rule, False]} found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
