"""Benchmark: many reports through `analysis check` — jobs 1 vs 2 vs Dask, a no-change re-run, memory.

Generates N reports (default 10,000) by varying the figures of the seed and the tuning corpus
(benchmarks/bench_extract.py's generator), then times, each as a fresh subprocess:
`--jobs 1`, `--jobs 2`, `--engine dask --jobs 2`, and a re-run of the last with nothing changed.
Peak memory (max RSS of the largest process of the run) is measured for 1,000 and for N reports.

    python benchmarks/bench_corpus.py [--reports 10000] [--small 1000]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import add_work_dir, build_corpus  # noqa: E402

EXE = str(Path(sys.executable).with_name("analysis"))


def timed(args: list[str]) -> tuple[float, int]:
    """Command → (seconds, peak RSS in MiB of its largest process)."""
    code = ("import resource,subprocess,sys,time;t=time.perf_counter();"
            "r=subprocess.run(sys.argv[1:]);e=time.perf_counter()-t;"
            "m=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss;print(e,m);sys.exit(r.returncode)")
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(args)}\n{proc.stderr[-800:]}")
    secs, rss = proc.stdout.split()
    return float(secs), int(rss) // 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=10_000)
    ap.add_argument("--small", type=int, default=1_000)
    add_work_dir(ap)
    a = ap.parse_args()
    print(f"work dir: {a.work_dir or tempfile.gettempdir()}")
    with tempfile.TemporaryDirectory(dir=a.work_dir) as tmp:
        tmp = Path(tmp)
        raw = tmp / "raw"
        raw.mkdir()
        texts = build_corpus(raw, a.reports)
        chars = sum(map(len, texts))
        print(f"corpus: {a.reports} reports, {chars:,} characters")
        runs = {}
        for name, extra in (("jobs 1", ["--jobs", "1"]), ("jobs 2", ["--jobs", "2"]),
                            ("dask, 2 workers", ["--engine", "dask", "--jobs", "2"])):
            out = tmp / name.replace(" ", "_").replace(",", "")
            secs, rss = timed([EXE, "check", str(raw), "--out", str(out), "--quiet", *extra])
            runs[name] = (secs, rss, out, extra)
            print(f"{name:16s}: {secs:7.2f} s, {a.reports / secs:7.1f} reports/s, peak RSS {rss} MiB")
        s1, s2 = runs["jobs 1"][0], runs["jobs 2"][0]
        print(f"speed-up jobs 2 / jobs 1: {s1 / s2:.2f}x (target >= 1.7x)")
        out = runs["jobs 2"][2]
        secs, rss = timed([EXE, "check", str(raw), "--out", str(out), "--quiet", "--jobs", "2"])
        print(f"no-change re-run: {secs:.2f} s, {s2 / secs:.1f}x faster than the first run (target >= 20x)")
        small = tmp / "small"
        small.mkdir()
        for p in sorted(raw.iterdir())[:a.small]:
            os.link(p, small / p.name)
        _, rss_small = timed([EXE, "check", str(small), "--out", str(tmp / "small_out"), "--quiet", "--jobs", "2"])
        print(f"peak RSS: {rss_small} MiB for {a.small} reports, {runs['jobs 2'][1]} MiB for {a.reports} (target: the same)")


if __name__ == "__main__":
    main()
