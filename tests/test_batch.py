"""Many reports: engines give the same bytes, re-runs skip what has not changed, gating, corpus tables."""
from __future__ import annotations

import csv
import pytest

from analysis.batch import EXIT_FINDINGS, Settings, run_batch
from analysis.cli import main
from conftest import raw_folder


@pytest.fixture()
def corpus(tmp_path):
    """Six reports of the tuning corpus and the seed, in several encodings."""
    return raw_folder(tmp_path, 6)


def _tree(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "manifest.sqlite"}


def test_serial_processes_and_dask_give_identical_outputs(corpus, tmp_path):
    outs = {}
    for engine, jobs in (("serial", 1), ("processes", 2), ("dask", 2)):
        out = tmp_path / f"out_{engine}"
        assert run_batch([str(corpus)], Settings("check", str(out)), jobs=jobs, engine=engine, quiet=True) == 0
        outs[engine] = _tree(out)
    assert outs["serial"] == outs["processes"] == outs["dask"]
    assert len([k for k in outs["serial"] if k.endswith("checks.csv") and "/" in k]) == 7


def test_rerun_skips_unchanged_reports_and_redoes_a_touched_one(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    args = ["check", str(corpus), "--out", str(out), "--jobs", "1"]
    assert main(args) == 0
    capsys.readouterr()
    assert main(args) == 0
    assert "(7 unchanged, skipped)" in capsys.readouterr().out
    victim = sorted(corpus.glob("t0*.txt"))[0]
    victim.write_bytes(victim.read_bytes() + "\n新增一段：今年新建3所学校。\n".encode(_encoding_of(victim)))
    log = tmp_path / "run.log"
    assert main(args + ["--log", str(log)]) == 0
    assert "(6 unchanged, skipped)" in capsys.readouterr().out
    redone = [line.split()[1] for line in log.read_text(encoding="utf-8").splitlines() if "figures" in line]
    assert redone == [victim.name.split(".")[0] + ":"]
    assert main(args + ["--force"]) == 0
    assert "skipped" not in capsys.readouterr().out


def _encoding_of(path):
    data = path.read_bytes()
    if data.startswith(b"\xff\xfe"):
        return "utf-16-le"
    return "gb18030" if "gb18030" in path.name else "utf-8"


def test_a_broken_file_is_reported_in_summary_and_exit_code(corpus, tmp_path):
    (corpus / "zz_broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "out"
    assert main(["check", str(corpus), "--out", str(out), "--quiet"]) == 2
    with open(out / "summary.csv", encoding="utf-8", newline="") as f:
        rows = {r["report_id"]: r for r in csv.DictReader(f)}
    assert rows["zz_broken"]["status"] == "error" and "binary" in rows["zz_broken"]["error"]
    assert sum(r["status"] == "ok" for r in rows.values()) == 7
    with open(out / "all_checks.csv", encoding="utf-8", newline="") as f:
        checks = list(csv.DictReader(f))
    assert {r["report_id"] for r in checks} <= set(rows) - {"zz_broken"}


def test_fail_on_turns_findings_into_a_distinct_exit(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("今年共收到提案9件，其中加强创新方面的提案3件，占34%。\n", encoding="utf-8")
    base = ["check", str(report), "--out", str(tmp_path / "out"), "--quiet"]
    assert main(base) == 0
    assert main(base + ["--fail-on", "inconsistent,missing", "--force"]) == EXIT_FINDINGS
    assert main(base + ["--fail-on", "bogus"]) == 2


def test_a_terminal_gets_a_progress_bar_and_a_pipe_gets_plain_lines(corpus, tmp_path):
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import sys
    import termios

    exe = [sys.executable, "-m", "analysis", "check", str(corpus), "--jobs", "1"]
    main_fd, sub_fd = pty.openpty()
    fcntl.ioctl(sub_fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal has a size
    proc = subprocess.Popen(exe + ["--out", str(tmp_path / "tty")], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=sub_fd)
    os.close(sub_fd)
    chunks = []
    while True:
        try:
            data = os.read(main_fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(main_fd)
    assert proc.wait(timeout=120) == 0
    tty_err = b"".join(chunks).decode("utf-8", "replace")
    assert "report/s" in tty_err and "|" in tty_err
    piped = subprocess.run(exe + ["--out", str(tmp_path / "pipe")], capture_output=True, text=True, timeout=120)
    lines = piped.stderr.strip().splitlines()
    assert len(lines) == 7 and all(": " in line and "figures" in line for line in lines)
    assert "\r" not in piped.stderr


@pytest.mark.parametrize("n,jobs", [(1000, 2), (1000, 1), (129, 2), (10000, 2), (257, 4), (3, 2), (100, 2), (0, 2), (0, 1)])
def test_chunks_hold_every_report_once_in_order_and_end_small(n, jobs):
    from analysis.batch import Settings, _chunks

    paths = [f"r{i:05d}.txt" for i in range(n)]
    chunks = _chunks(paths, Settings(mode="check", out="x"), jobs)
    assert [p for c in chunks for p in c] == paths
    if jobs > 1 and n >= 1000:
        assert len(chunks[-1]) < len(chunks[0])  # the last chunks are smaller, so no worker waits long at the end
