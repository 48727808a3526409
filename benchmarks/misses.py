"""Every miss and false alarm on readable corpus folders, with its context — the work list of a rule round.

    python benchmarks/misses.py tests/corpus/tuning* tests/corpus/probe* [--rule target_met] [--alarms]
    python benchmarks/misses.py tests/corpus/correct* --alarms     # reports without errors: every alarm is false
    python benchmarks/misses.py tests/corpus/correct* --uncovered  # percentages no rule has a row on

A miss is a reference claim with no row of its rule and verdict over its anchor (what rows stand there is shown);
a false alarm is an inconsistent or missing row over no planted error. `--uncovered` lists the percentages that no
row of any rule covers: on text whose claims all hold, the shares and rates the rules did not read. Held-out
folders are refused (tests/corpus/README.md: they are scored for totals only, by score_blind.py).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from analysis.evaluate import _anchor_spans, match_rows, read_rows, refs_over, rows_over  # noqa: E402
from analysis.report import load_report  # noqa: E402

ALARMS = ("inconsistent", "missing")


def _context(text: str, a: int, b: int, width: int = 80) -> str:
    p0 = max(text.rfind("\n", 0, a) + 1, a - width)
    end = text.find("\n", b)
    p1 = min(len(text) if end < 0 else end, b + width)
    return f"{text[p0:a]}【{text[a:b]}】{text[b:p1]}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--rule", help="only this rule's misses and alarms")
    ap.add_argument("--alarms", action="store_true", help="false alarms only")
    ap.add_argument("--uncovered", action="store_true", help="percentages with no row of any rule")
    a = ap.parse_args()
    if any("heldout" in Path(f).name for f in a.folders):
        print("misses.py: held-out folders are scored for totals only (benchmarks/score_blind.py)", file=sys.stderr)
        return 2
    misses = alarms = percents = uncovered = 0
    for folder in a.folders:
        for path in sorted(Path(folder).glob("*.txt")):
            stem = path.name.split(".", 1)[0]
            rep = load_report(path)
            text, checks = rep.text, rep.checks
            ref_path = path.with_name(stem + ".checks.csv")
            ref = read_rows(ref_path) if ref_path.exists() else []
            got = list(zip(checks["rule"], checks["verdict"], checks["start"], checks["end"], checks["stated"],
                           checks["computed"]))
            anchors = [(_anchor_spans(text, r["anchor"]), r) for r in ref]
            if a.uncovered:
                for f in rep.figures.itertuples():
                    if f.kind == "percent":
                        percents += 1
                        if not rows_over(got, [(f.start, f.end)]):
                            uncovered += 1
                            print(f"UNCOVERED {stem}: {_context(text, f.start, f.end, 60)}")
                continue
            for locs, r in anchors if not a.alarms else ():
                if a.rule and r["rule"] != a.rule:
                    continue
                found, near = match_rows(got, locs, r)
                if found:
                    continue
                misses += 1
                s, e = locs[0] if locs else (0, 0)
                print(f"MISS {stem} {r['rule']} {r['verdict']} anchor={r['anchor']!r} note={r.get('note', '')!r}")
                print(f"   got: {[(g[0], g[1], g[4], g[5]) for g in near]}")
                print(f"   ctx: {_context(text, s, e)}")
            for g in got:
                if g[1] not in ALARMS or (a.rule and g[0] != a.rule):
                    continue
                if any(r["verdict"] in ALARMS for r in refs_over(anchors, g)):
                    continue
                alarms += 1
                print(f"FALSE ALARM {stem} {g[0]} {g[1]} stated={g[4]!r} computed={g[5]!r}")
                print(f"   ctx: {_context(text, g[2], g[3])}")
    if a.uncovered:
        print(f"percentages {percents}, with no row of any rule {uncovered} ({uncovered / max(percents, 1):.1%})")
    else:
        print(f"misses {misses}, false alarms {alarms}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
