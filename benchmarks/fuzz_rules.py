"""Crash search: reports made of sentences drawn at random from the readable corpus, every rule run on each.

A rule that raises fails the whole report in a batch (exit 1), and the paths that raise are usually the ones where a
claim meets a figure it was never written beside (the eleventh session's target_met crash — a counted blanket claim
over a lone completion percentage — came up once in about 2,000 such reports: run several seeds). Prints one line per crash (the kept report's path, the exception,
the innermost frame of the rules) and a count. Reads tuning*, probe*, correct* and data/raw only (never heldout*).

    python benchmarks/fuzz_rules.py [--seed 1] [--reports 600] [--keep /tmp/fuzz] [--qualify 0.3]

--qualify P gives each number followed by a unit that chance of a qualifier (以上, 左右, 多 after it; 近, 约, 超过,
不足 before it): an amount open on one side meets arithmetic written for closed ones (the sixteenth session's
target_met crash, 0.23万人以上 at 23.04%, came from a real excerpt, not from this search without it).
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


_AMOUNT = re.compile(r"(?<![\d,.])(\d+(?:\.\d+)?)([万亿]?(?:元|人|个|家|件|项|户|所|亩|吨|次|名|公里|平方米))")
_BEFORE, _AFTER = ("近", "约", "超过", "不足"), ("以上", "左右", "多")


def qualify(text: str, rng: random.Random, p: float) -> str:
    """Text → the same text with some amounts qualified (近580万元, 4.2万人以上)."""
    def one(m: re.Match) -> str:
        if rng.random() >= p:
            return m.group(0)
        if rng.random() < 0.5:
            return rng.choice(_BEFORE) + m.group(0)
        return m.group(0) + rng.choice(_AFTER)
    return _AMOUNT.sub(one, text)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--reports", type=int, default=600)
    ap.add_argument("--keep", default="/tmp/fuzz_rules", help="folder for the reports that crash")
    ap.add_argument("--qualify", type=float, default=0.0, help="chance of a qualifier on each amount (default none)")
    args = ap.parse_args()
    pool = sentences()
    rng = random.Random(args.seed)
    keep = Path(args.keep)
    crashes = 0
    keep.mkdir(parents=True, exist_ok=True)
    for i in range(args.reports):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(5, 40)))
        if args.qualify:
            text = qualify(text, rng, args.qualify)
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
