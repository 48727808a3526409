"""CLI: exit codes, one-line errors, nothing half-written, batches that keep going."""
from __future__ import annotations

import csv
import shutil
import subprocess
import sys

import pytest

from analysis.cli import main
from conftest import SEED


def _rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_check_writes_text_figures_and_checks(tmp_path):
    assert main(["check", str(SEED), "--out", str(tmp_path), "--jobs", "1"]) == 0
    folder = tmp_path / "000_baotou_kejiju_2014_ziping"
    assert sorted(p.name for p in folder.iterdir()) == ["checks.csv", "figures.csv", "text.txt"]
    text = (folder / "text.txt").read_text(encoding="utf-8")
    rows = _rows(folder / "figures.csv")
    assert all(text[int(r["start"]):int(r["end"])] == r["text"] for r in rows)
    assert not (folder / "figures.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert not any(r["value"].endswith(".0") for r in rows if r["kind"] == "count")


def test_extract_writes_no_checks(tmp_path):
    assert main(["extract", str(SEED), "--out", str(tmp_path)]) == 0
    assert not (tmp_path / "000_baotou_kejiju_2014_ziping" / "checks.csv").exists()


@pytest.mark.parametrize("content", [b"", b"   \n", b"\x00\x01\x02binary\x00" * 50])
def test_bad_file_exits_2_with_one_line_and_writes_nothing(tmp_path, capsys, content):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out"
    assert main(["check", str(bad), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.txt" in err[0]
    assert not out.exists() or not any(out.iterdir())


def test_batch_finishes_good_files_and_reports_bad_ones(tmp_path, capsys):
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    shutil.copy(SEED, good)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["check", str(tmp_path / "in"), "--out", str(out), "--jobs", "2"]) == 2
    err = capsys.readouterr().err
    assert "empty.txt" in err and "1 of 2 reports" in err
    assert (out / "good" / "figures.csv").exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_duplicate_report_id_is_an_error_not_an_overwrite(tmp_path, capsys):
    a = tmp_path / "a" / "r.txt"
    b = tmp_path / "b" / "r.utf8.txt"
    for p in (a, b):
        p.parent.mkdir()
        shutil.copy(SEED, p)
    assert main(["extract", str(a), str(b), "--out", str(tmp_path / "out"), "--jobs", "1"]) == 2
    assert "already taken" in capsys.readouterr().err


def test_bad_arguments_exit_2_without_traceback():
    proc = subprocess.run([sys.executable, "-m", "analysis", "check"], capture_output=True, text=True)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
