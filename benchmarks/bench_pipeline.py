"""Time `analysis run` on the seed against the naive chain (three papermill runs and one nbconvert).

    .venv/bin/python benchmarks/bench_pipeline.py [--repeat N] [--strict]

Both run as fresh processes into temporary folders, as a user would run them. The naive chain runs a
trivial notebook, so it is a lower bound for that approach: three process and kernel start-ups,
then nbconvert's own start-up. Target: analysis run ≤ 0.6 × naive (--strict exits 1 when missed).
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SEED = ROOT / "data" / "raw" / "000_baotou_kejiju_2014_ziping.txt"
TARGET = 0.6


def _run(cmd: list[str], cwd: Path) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def time_analysis_run(tmp: Path) -> float:
    return _run([str(BIN / "analysis"), "run", str(SEED), "--processed-dir", str(tmp / "processed"),
                 "--reports-dir", str(tmp / "reports")], ROOT)


def time_naive_chain(tmp: Path) -> float:
    nb = new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    nb.cells = [new_code_cell("x = 1", metadata={"tags": ["parameters"]}), new_code_cell("x + 1")]
    src = tmp / "trivial.ipynb"
    nbformat.write(nb, str(src))
    t = time.perf_counter()
    for i in range(3):
        _run([str(BIN / "papermill"), "--no-progress-bar", str(src), str(tmp / f"out{i}.ipynb"), "-p", "x", str(i)], tmp)
    _run([str(BIN / "jupyter"), "nbconvert", "--to", "html", str(tmp / "out2.ipynb")], tmp)
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs of each, the median is reported (default 3)")
    ap.add_argument("--strict", action="store_true", help="exit 1 when the target ratio is missed")
    args = ap.parse_args(argv)
    ours, naive = [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            ours.append(time_analysis_run(Path(a)))
            naive.append(time_naive_chain(Path(b)))
    o, n = statistics.median(ours), statistics.median(naive)
    print(f"analysis run (seed, 3 notebooks + HTML): {o:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in ours)})")
    print(f"naive chain (3× papermill + nbconvert):  {n:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in naive)})")
    ratio = o / n
    ok = ratio <= TARGET
    print(f"ratio: {ratio:.2f} (target ≤ {TARGET}) {'OK' if ok else 'MISSED'}")
    return 0 if ok or not args.strict else 1


if __name__ == "__main__":
    sys.exit(main())
