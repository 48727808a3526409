"""Score figures and checks against the hand-made corpus: recall, precision, false alarms per report.

    python benchmarks/eval_corpus.py [tests/corpus/tuning] [--verbose]

tests/corpus/heldout*/ are scored only for totals (benchmarks/score_blind.py), never with -v.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from analysis.evaluate import score_folder  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="*", default=[str(ROOT / "tests" / "corpus" / "tuning")])
    ap.add_argument("--verbose", "-v", action="store_true")
    a = ap.parse_args()
    for folder in a.folders:
        figs, checks, n = score_folder(folder)
        print(f"{folder}: {n} reports")
        print(f"  figures: {figs.found}/{figs.expected} found with the right value ({figs.recall:.1%}); "
              f"{figs.real}/{figs.reported} reported are real ({figs.precision:.1%})")
        print(f"  checks:  {checks.found}/{checks.expected} claims judged right ({checks.recall:.1%}); "
              f"{checks.false_alarms} false alarms ({checks.false_alarms / max(n, 1):.2f} per report)")
        if a.verbose:
            for m in figs.misses:
                print("  figure miss:", m)
            for m in figs.extras:
                print("  figure extra:", m)
            for m in checks.misses:
                print("  check miss:", m)
            for m in checks.extras:
                print("  check extra:", m)


if __name__ == "__main__":
    main()
