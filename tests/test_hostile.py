"""Hostile and broken input through the CLI: one line, exit 2, nothing half-written; same bytes twice."""
from __future__ import annotations

import codecs
import csv
import hashlib
import shutil
import threading

import pytest

from analysis.cli import main
from analysis.ingest import MAX_BYTES
from conftest import SEED

SEED_TEXT = SEED.read_bytes().decode("utf-8")

BAD = {
    "empty.txt": b"",
    "blank.txt": b" \n\t\r\n   \n",
    "nul.txt": "收到提案9件".encode() + b"\x00" * 64 + "其中4件".encode(),
    "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
    "random.txt": bytes((i * 37 + 11) % 256 for i in range(20000)),
    "mojibake.txt": SEED_TEXT.encode("utf-8").decode("gb18030", errors="replace").encode("utf-8"),
}

GOOD = {
    "bom.txt": codecs.BOM_UTF8 + SEED_TEXT.encode("utf-8"),
    "gb.gb18030.txt": SEED_TEXT.encode("gb18030"),
    "le.txt": codecs.BOM_UTF16_LE + SEED_TEXT.encode("utf-16-le"),
    "be.txt": codecs.BOM_UTF16_BE + SEED_TEXT.encode("utf-16-be"),
    "crlf.txt": SEED_TEXT.replace("\n", "\r\n").encode("utf-8"),
    "cr.txt": SEED_TEXT.replace("\n", "\r").encode("utf-8"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_file_gets_one_line_naming_it(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_bytes(BAD[name])
    out = tmp_path / "out"
    assert main(["check", str(path), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and name in err[0] and "Traceback" not in err[0]
    assert ("mojibake" in err[0]) == (name == "mojibake.txt")
    assert not out.exists() or not any(out.iterdir())


def test_a_file_above_the_size_limit_is_refused_before_it_is_read(tmp_path, capsys):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: costs no disk and no memory
    assert main(["check", str(big), "--out", str(tmp_path / "out")]) == 2
    assert "MiB" in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(GOOD))
def test_unusual_but_readable_encodings_give_the_seed_figures(tmp_path, name):
    (tmp_path / name).write_bytes(GOOD[name])
    shutil.copy(SEED, tmp_path / "plain.txt")
    assert main(["extract", str(tmp_path / name), str(tmp_path / "plain.txt"), "--out", str(tmp_path / "o"), "--jobs", "1"]) == 0
    rid = name.split(".", 1)[0]
    ours = (tmp_path / "o" / rid / "figures.csv").read_text(encoding="utf-8").replace(f"{rid},", "R,")
    plain = (tmp_path / "o" / "plain" / "figures.csv").read_text(encoding="utf-8").replace("plain,", "R,")
    assert ours == plain


def test_same_inputs_give_the_same_bytes(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert main(["check", str(SEED), "--out", str(a)]) == 0
    assert main(["check", str(SEED), "--out", str(b)]) == 0
    for name in ("text.txt", "figures.csv", "checks.csv"):
        rid = "000_baotou_kejiju_2014_ziping"
        assert (a / rid / name).read_bytes() == (b / rid / name).read_bytes()


def test_raw_input_is_never_written(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / "seed.txt")
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in raw.iterdir()}
    assert main(["check", str(raw), "--out", str(tmp_path / "out")]) == 0
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in raw.iterdir()} == before


def test_two_runs_at_once_leave_complete_outputs(tmp_path):
    out = tmp_path / "out"
    codes = []
    threads = [threading.Thread(target=lambda: codes.append(main(["check", str(SEED), "--out", str(out), "--jobs", "1"])))
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert codes == [0, 0, 0, 0]
    folder = out / "000_baotou_kejiju_2014_ziping"
    assert sorted(p.name for p in folder.iterdir()) == ["checks.csv", "figures.csv", "text.txt"]
    assert [p.name for p in out.iterdir() if p.is_dir()] == ["000_baotou_kejiju_2014_ziping"]
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == ["all_checks.csv", "manifest.sqlite", "summary.csv"]
    import sqlite3

    with sqlite3.connect(out / "manifest.sqlite") as db:
        assert db.execute("SELECT status FROM reports").fetchall() == [("ok",)]


WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm;} --></style>
<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal><span style='font-family:宋体'>一、主要工作</span><o:p></o:p></p>
<p class=MsoNormal><span>今年共收到提案9件，其中4件已办结&nbsp;，办结率44%。</span><o:p></o:p></p>
</div></body></html>"""


def test_word_html_is_stripped_and_offsets_refer_to_the_shown_text(tmp_path):
    path = tmp_path / "word.txt"
    path.write_text(WORD_HTML, encoding="utf-8")
    assert main(["check", str(path), "--out", str(tmp_path / "out")]) == 0
    text = (tmp_path / "out" / "word" / "text.txt").read_text(encoding="utf-8")
    assert "<" not in text and "MsoNormal" not in text and "今年共收到提案9件" in text
    with open(tmp_path / "out" / "word" / "figures.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["text"] for r in rows] == ["9件", "4件", "44%"]
    assert all(text[int(r["start"]):int(r["end"])] == r["text"] for r in rows)


@pytest.mark.parametrize("content,problem", [
    ("- metric: x\n  bogus: 1\n", "unknown key"),
    ("- metric: x\n  period: 2013\n  value: lots\n  unit: 万元\n  source: s\n  date: 2014-01-01\n", "not a number"),
    ("metric: [unclosed\n", "YAML"),
])
def test_a_bad_facts_file_stops_the_run_with_one_line(tmp_path, capsys, content, problem):
    facts = tmp_path / "facts.yaml"
    facts.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["check", str(SEED), "--out", str(out), "--facts", str(facts)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "facts.yaml" in err[0] and problem.lower() in err[0].lower()
    assert not out.exists()


def test_a_missing_claims_file_is_named(tmp_path, capsys):
    assert main(["check", str(SEED), "--out", str(tmp_path / "o"), "--claims", str(tmp_path / "nope.yaml")]) == 2
    assert "nope.yaml" in capsys.readouterr().err


def test_output_and_log_paths_that_cannot_be_made_are_input_errors(tmp_path, capsys):
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    assert main(["check", str(SEED), "--out", str(blocker / "sub")]) == 2
    assert "--out" in capsys.readouterr().err
    assert main(["check", str(SEED), "--out", str(tmp_path / "o"), "--log", str(tmp_path / "no" / "dir" / "x.log")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--log" in err[0]


def test_report_ids_cannot_escape_their_folders_or_take_the_index(tmp_path, capsys):
    args = ["--processed-dir", str(tmp_path / "p"), "--reports-dir", str(tmp_path / "r")]
    assert main(["run", str(SEED), *args, "-p", "report_id", "../escaped"]) == 2
    assert "report_id" in capsys.readouterr().err and not (tmp_path / "escaped").exists()
    index = tmp_path / "index.txt"
    shutil.copy(SEED, index)
    assert main(["run", str(index), *args]) == 2
    assert "reserved" in capsys.readouterr().err
