"""Rule time against figure count on long synthetic reports: the first 50, 100, 200, 400 readable reports of
tests/corpus/tuning*/ concatenated into one text each, past the last from the first again (how a rule that grows
faster than n log n shows).

    python benchmarks/bench_long.py [--sizes 50 100 200 400] [--rules cumulative_vs_new ...]
                                    [--save rows.pkl] [--compare rows.pkl]

Prints, per text, its figure count and the seconds each rule takes (caches cleared, rules run in their order, as
check_rows runs them). --save keeps every rule's rows per text; --compare prints whether they are the same as a
saved run's (a speed change must change no row). Not a timed test: run it by hand.
"""
from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from analysis.patterns import keep_compiled  # noqa: E402

keep_compiled()

from analysis.figures import figure_rows  # noqa: E402
from analysis.report import load_report  # noqa: E402
from analysis.rules import rule_functions  # noqa: E402


def readable_reports() -> list[str]:
    """The texts of tests/corpus/tuning*/*.txt that are plain UTF-8 (no .gb18030.txt copies), in path order."""
    out = []
    for p in sorted((ROOT / "tests" / "corpus").glob("tuning*/*.txt")):
        if p.name.count(".") != 1:
            continue
        try:
            out.append(p.read_text(encoding="utf-8").strip())
        except UnicodeDecodeError:
            continue
    return out


def long_report(texts: list[str], n: int):
    """The first n texts joined by blank lines (the list read again from its start when n is longer) → a Report read
    from a temporary file."""
    fd, path = tempfile.mkstemp(suffix=".txt")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("\n\n".join(texts[i % len(texts)] for i in range(n)) + "\n")
    try:
        rep = load_report(path, report_id=f"long{n}")
        rep.doc.text  # (read now: the file goes)
        return rep
    finally:
        os.unlink(path)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200, 400])
    ap.add_argument("--rules", nargs="+", help="only these rule functions (the others still run first, untimed, "
                                               "when they come before: caches they fill are filled as in check_rows)")
    ap.add_argument("--save", help="pickle every rule's rows per text here")
    ap.add_argument("--compare", help="a pickle saved with --save: print whether the rows are the same")
    a = ap.parse_args()
    texts = readable_reports()
    fns = rule_functions()
    if a.rules:
        last = max(i for i, fn in enumerate(fns) if fn.__name__ in a.rules)
        fns = fns[:last + 1]
    saved = {}
    names = [fn.__name__ for fn in fns if not a.rules or fn.__name__ in a.rules]
    print(f"{len(texts)} readable reports; seconds per rule")
    print(f"{'reports':>7} {'chars':>9} {'figures':>7} {'(figs)':>7} " + " ".join(f"{n[:14]:>14}" for n in names))
    for n in a.sizes:
        rep = long_report(texts, n)
        doc = rep.doc
        t = time.perf_counter()
        rows = figure_rows(doc, rep.report_id)
        t_fig = time.perf_counter() - t
        spent = {}
        for fn in fns:
            t = time.perf_counter()
            got = fn(doc, rows)
            spent[fn.__name__] = time.perf_counter() - t
            saved[(n, fn.__name__)] = [tuple(sorted(r.items())) for r in got]
        print(f"{n:>7} {len(doc.text):>9} {len(rows):>7} {t_fig:>7.2f} "
              + " ".join(f"{spent[k]:>14.2f}" for k in names), flush=True)
    if a.save:
        Path(a.save).write_bytes(pickle.dumps(saved))
    if a.compare:
        base = pickle.loads(Path(a.compare).read_bytes())
        differ = [k for k in saved if k in base and base[k] != saved[k]]
        for k in differ:
            old, new = set(base[k]), set(saved[k])
            print(f"{k}: -{len(old - new)} +{len(new - old)} rows")
        print(f"{len(saved)} (size, rule) row lists compared, {len(differ)} differ"
              + (" — IDENTICAL" if not differ else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
