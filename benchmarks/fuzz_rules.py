"""Crash search: reports made of sentences drawn at random from the readable corpus, every rule run on each.

A rule that raises fails the whole report in a batch (exit 1), and the paths that raise are usually the ones where a
claim meets a figure it was never written beside (the eleventh session's target_met crash — a counted blanket claim
over a lone completion percentage — came up once in about 2,000 such reports: run several seeds). Prints one line per crash (the kept report's path, the exception,
the innermost frame of the rules) and a count. Reads tuning*, probe*, correct* and data/raw only (never heldout*).

    python benchmarks/fuzz_rules.py [--seed 1] [--reports 600] [--keep /tmp/fuzz]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from analysis.ingest import read_document  # noqa: E402
from analysis.report import load_report  # noqa: E402


def sentences() -> list[str]:
    corpus = ROOT / "tests" / "corpus"
    paths = [p for d in sorted(corpus.iterdir()) if d.is_dir() and not d.name.startswith("heldout")
             for p in sorted(d.glob("*.txt"))] + sorted((ROOT / "data" / "raw").glob("*.txt"))
    return [s for p in paths for s in re.split(r"(?<=[。！？\n])", read_document(p).text) if s.strip()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--reports", type=int, default=600)
    ap.add_argument("--keep", default="/tmp/fuzz_rules", help="folder for the reports that crash")
    args = ap.parse_args()
    pool = sentences()
    rng = random.Random(args.seed)
    keep = Path(args.keep)
    crashes = 0
    keep.mkdir(parents=True, exist_ok=True)
    for i in range(args.reports):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(5, 40)))
        path = keep / f"seed{args.seed}_{i}.txt"
        path.write_text(text, encoding="utf-8")
        try:
            load_report(path).checks  # (as a run reads it: the year from the text, every rule)
        except Exception as e:  # noqa: BLE001 — any exception is what this looks for
            crashes += 1
            frame = next((f for f in reversed(traceback.extract_tb(e.__traceback__)) if "/rules/" in f.filename), None)
            where = f"{Path(frame.filename).name}:{frame.lineno}" if frame else "?"
            print(f"CRASH {path} {type(e).__name__}: {e} at {where}")
        else:
            path.unlink()
    print(f"{args.reports} reports (seed {args.seed}, {len(pool)} sentences), {crashes} crash(es)")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
