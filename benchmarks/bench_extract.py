"""Benchmark: `analysis check` over a generated corpus vs JioNLP's extract_money + extract_time.

Builds N reports (default 1,000) by varying the figures of the seed and of the tuning corpus,
runs `analysis check DIR --jobs J` as a subprocess (start-up included) and, on the same texts in
this process, JioNLP's extract_money plus extract_time (import and warm-up excluded). Prints
characters per second for both and the ratio. JioNLP is an optional dependency: `pip install -e .[bench]`.

    python benchmarks/bench_extract.py [--reports 1000] [--jobs 2]
"""
from __future__ import annotations

import argparse
import compileall
import logging
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from analysis.ingest import decode  # noqa: E402


def sources() -> list[str]:
    """The seed and the tuning corpus, decoded (never the held-out reports)."""
    paths = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "corpus" / "tuning").glob("*.txt"))
    return [decode(p.read_bytes(), str(p))[0] for p in paths]


def vary(text: str, rng: random.Random) -> str:
    """Text → the same report with every Arabic number replaced by another of the same shape."""
    def repl(m: re.Match) -> str:
        s = m.group(0)
        if re.fullmatch(r"(19|20)\d\d", s):
            return str(rng.randint(2005, 2024))
        return "".join(str(rng.randint(1 if i == 0 and len(s) > 1 else 0, 9)) if c.isdigit() else c for i, c in enumerate(s))
    return re.sub(r"\d+(?:\.\d+)?", repl, text)


def build_corpus(folder: Path, n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    base = sources()
    texts = []
    for i in range(n):
        t = vary(base[i % len(base)], rng)
        (folder / f"r{i:05d}.txt").write_text(t, encoding="utf-8")
        texts.append(t)
    return texts


def bench_ours(folder: Path, out: Path, jobs: int) -> float:
    exe = Path(sys.executable).with_name("analysis")
    # the package's bytecode compiled first, as a regular (non-editable) install has it: with an editable install
    # and PYTHONDONTWRITEBYTECODE set, every run would otherwise recompile the modules from source (≈0.08 s)
    compileall.compile_dir(str(ROOT / "src"), quiet=1)
    t = time.perf_counter()
    proc = subprocess.run([str(exe), "check", str(folder), "--out", str(out), "--jobs", str(jobs)],
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        sys.exit(f"analysis check failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    return elapsed


def bench_jionlp(texts: list[str]) -> float | None:
    logging.disable(logging.CRITICAL)  # JioNLP logs a traceback for every amount it cannot read as a time
    try:
        import jionlp as jio
    except ImportError:
        print("jionlp is not installed (pip install -e '.[bench]'): JioNLP side skipped")
        return None
    jio.ner.extract_money(texts[0]); jio.ner.extract_time(texts[0])  # warm-up: dictionaries load lazily
    t = time.perf_counter()
    for text in texts:
        jio.ner.extract_money(text)
        jio.ner.extract_time(text)
    return time.perf_counter() - t


def add_work_dir(ap: argparse.ArgumentParser) -> None:
    """--work-dir: where inputs and outputs go; /dev/shm by default when there is one."""
    ram = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    ap.add_argument("--work-dir", default=ram,
                    help="where inputs and outputs go (default: /dev/shm when there is one, so that this VM's "
                         "slow metadata operations on disk do not hide the processing time)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    add_work_dir(ap)
    a = ap.parse_args()
    print(f"work dir: {a.work_dir or tempfile.gettempdir()}")
    with tempfile.TemporaryDirectory(dir=a.work_dir) as tmp:
        folder, out = Path(tmp) / "raw", Path(tmp) / "processed"
        folder.mkdir()
        texts = build_corpus(folder, a.reports)
        chars = sum(map(len, texts))
        print(f"corpus: {len(texts)} reports, {chars:,} characters")
        ours = bench_ours(folder, out, a.jobs)
        print(f"analysis check --jobs {a.jobs}: {ours:.2f} s, {chars / ours:,.0f} chars/s (whole run, start-up included)")
        jio = bench_jionlp(texts)
        if jio:
            print(f"JioNLP extract_money+extract_time: {jio:.2f} s, {chars / jio:,.0f} chars/s (one process, warm)")
            print(f"ratio: analysis check is {jio / ours:.1f}x JioNLP (target >= 5x)")


if __name__ == "__main__":
    main()
