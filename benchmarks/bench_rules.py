"""Time per rule, per report: the seed and tests/corpus/tuning/ (the benchmark's composition), caches cleared.

    python benchmarks/bench_rules.py [GLOB] [--rounds 10]

Prints milliseconds per report for figure extraction and for each rule function, slowest first.
"""
from __future__ import annotations

import argparse
import glob
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from analysis.patterns import keep_compiled  # noqa: E402

keep_compiled()  # the patterns compiled as the command line compiles them (kept opcodes, sets of first characters)

from analysis.figures import figure_rows  # noqa: E402
from analysis.report import load_report  # noqa: E402
from analysis.rules import rule_functions  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pattern", nargs="?", default=str(ROOT / "tests" / "corpus" / "tuning" / "*.txt"))
    ap.add_argument("--rounds", type=int, default=10)
    a = ap.parse_args()
    paths = sorted(glob.glob(a.pattern)) + sorted(glob.glob(str(ROOT / "data" / "raw" / "*.txt")))
    reports = [load_report(p) for p in paths]
    fns = rule_functions()
    for r in reports:
        r.check_rows  # warm: imports, compiled patterns
    spent = {"(figures)": 0.0}
    for _ in range(a.rounds):
        for r in reports:
            doc = r.doc
            for k in [k for k in doc.__dict__ if k.endswith("_cache") or k == "_folded"]:
                doc.__dict__.pop(k)
            t = time.perf_counter()
            rows = figure_rows(doc, r.report_id)
            spent["(figures)"] += time.perf_counter() - t
            for fn in fns:
                t = time.perf_counter()
                fn(doc, rows)
                spent[fn.__name__] = spent.get(fn.__name__, 0.0) + time.perf_counter() - t
    n = a.rounds * len(reports)
    rules = sum(v for k, v in spent.items() if k != "(figures)")
    print(f"{len(reports)} reports × {a.rounds}: figures {1000 * spent['(figures)'] / n:.2f} ms, "
          f"rules {1000 * rules / n:.2f} ms per report")
    for k, v in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {k:24s} {1000 * v / n:6.3f} ms")


if __name__ == "__main__":
    main()
