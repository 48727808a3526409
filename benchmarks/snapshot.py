"""Every figure and check row the code gives on the readable corpus and data/raw, saved; compared with another snapshot
it lists the rows that differ — how a speed change or a refactor shows it changed no output.

    python benchmarks/snapshot.py /tmp/before.pkl                       # this checkout's src
    python benchmarks/snapshot.py /tmp/after.pkl --src ../other/src --compare /tmp/before.pkl

Held-out folders are left out (their rows would show what they say).
"""
from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def texts() -> list[Path]:
    corpus = ROOT / "tests" / "corpus"
    folders = [p for p in sorted(corpus.iterdir()) if p.is_dir() and not p.name.startswith("heldout")]
    return [p for f in folders for p in sorted(f.glob("*.txt"))] + sorted((ROOT / "data" / "raw").glob("*.txt"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--src", default=str(ROOT / "src"), help="the source tree to run (default: this checkout's)")
    ap.add_argument("--compare", help="an earlier snapshot: print the rows that differ")
    a = ap.parse_args()
    sys.path.insert(0, a.src)
    from analysis.report import load_report

    snap = {}
    for p in texts():
        rep = load_report(p)
        # (a check's id is its place in the report: left out, so that one new row does not renumber the rest)
        snap[str(p.relative_to(ROOT))] = ([tuple(v for k, v in r.items() if k != "check_id") for r in rep.check_rows],
                                          [tuple(r.values()) for r in rep.figure_rows])
    Path(a.out).write_bytes(pickle.dumps(snap))
    if not a.compare:
        print(f"{len(snap)} reports, {sum(len(v[1]) for v in snap.values())} figures, "
              f"{sum(len(v[0]) for v in snap.values())} checks")
        return 0
    base = pickle.loads(Path(a.compare).read_bytes())
    differ = 0
    for p in sorted(set(base) | set(snap)):
        old, new = base.get(p, ([], [])), snap.get(p, ([], []))
        if old == new:
            continue
        differ += 1
        for kind, i in (("check", 0), ("figure", 1)):
            for row in sorted(set(old[i]) - set(new[i]), key=str):
                print(f"- {Path(p).name} {kind} {row}")
            for row in sorted(set(new[i]) - set(old[i]), key=str):
                print(f"+ {Path(p).name} {kind} {row}")
    print(f"{len(snap)} reports, {differ} differ" + (" — IDENTICAL" if differ == 0 else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
