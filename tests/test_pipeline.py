"""`analysis run` (analysis.pipeline): outputs, provenance, exit codes, one-line messages, nothing half-written."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from analysis import __version__
from analysis.cli import main
from analysis.html import mask_generated
from analysis.pipeline import NOTEBOOKS, run_many

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "000_baotou_kejiju_2014_ziping.txt"
RID = "000_baotou_kejiju_2014_ziping"


def _tree(*dirs: Path) -> dict[str, bytes]:
    """Folders → {relative path: bytes} of every file in them, hidden ones included."""
    out = {}
    for d in dirs:
        if d.exists():
            for f in sorted(d.rglob("*")):
                if f.is_file():
                    out[str(f.relative_to(d.parent))] = f.read_bytes()
    return out


def _hidden(*dirs: Path) -> list[str]:
    """Folders → names of leftovers (temporary files and folders start with a dot)."""
    return [str(p) for d in dirs if d.exists() for p in d.rglob(".*")]


def _stderr_lines(capfd) -> tuple[list[str], list[str]]:
    out, err = capfd.readouterr()
    return out.splitlines(), err.splitlines()


def test_run_on_the_seed_then_again_with_a_bad_file(tmp_path, capfd):
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    args = ["--processed-dir", str(processed), "--reports-dir", str(reports)]
    assert main(["run", str(SEED), *args]) == 0
    out, err = _stderr_lines(capfd)
    assert err == [] and out == [f"analysis: 1 of 1 reports written to {reports}"]

    html = (reports / f"{RID}.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "</html>" in html
    for marker in ("injected-parameters", "<script", "jp-Cell", "http://", "https://"):
        assert marker not in html
    assert 'data-figure-id="F001"' in html and "R&amp;D" in html
    assert sorted(p.name for p in (processed / RID).iterdir()) == ["checks.csv", "figures.csv", "text.txt"]
    sha = __import__("hashlib").sha256(SEED.read_bytes()).hexdigest()
    for name in NOTEBOOKS:
        nb = nbformat.read(reports / "executed" / RID / name, as_version=4)
        meta = nb.metadata["analysis"]
        assert meta["input_sha256"] == sha and meta["version"] == __version__ and meta["executed_at"]
        assert meta["parameters"]["report_path"] == "data/raw/000_baotou_kejiju_2014_ziping.txt"
        assert meta["parameters"]["processed_dir"] == str(processed)
        assert nb.metadata["papermill"]["parameters"] == meta["parameters"]
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert [c.execution_count for c in code] == list(range(1, len(code) + 1))  # each counts from 1
        assert not [o for c in code for o in c.outputs if o.output_type == "error"]
    assert _hidden(processed, reports) == []
    first = _tree(processed, reports)

    # many files: each bad one gets its line, the good one is written again, exit 2 and a summary
    missing = tmp_path / "no_such_report.txt"
    assert main(["run", str(SEED), str(missing), str(SEED), *args, "--force"]) == 2
    out, err = _stderr_lines(capfd)
    assert out == []
    assert sum(str(missing) in line for line in err) == 1
    assert sum("already taken" in line for line in err) == 1
    assert err[-1] == f"analysis: 1 of 3 reports written to {reports}, 2 failed"
    second = _tree(processed, reports)
    # same bytes for the same input: the marked time stamp aside (executed notebooks carry run times)
    corpus_level = ("processed/manifest.sqlite", "processed/summary.csv", "processed/all_checks.csv")
    assert {k: v for k, v in first.items() if "executed" not in k and not k.endswith(".html") and k not in corpus_level} == \
        {k: v for k, v in second.items() if "executed" not in k and not k.endswith(".html") and k not in corpus_level}
    key = f"reports/{RID}.html"
    assert mask_generated(first[key].decode()) == mask_generated(second[key].decode())
    for name in NOTEBOOKS:  # executed notebooks differ only in their one time stamp
        a, b = (re.sub(r'"executed_at": "[^"]*"|<time data-generated[^>]*>[^<]*</time>', "",
                       t[f"reports/executed/{RID}/{name}"].decode()) for t in (first, second))
        assert a == b
    assert _hidden(processed, reports) == []


@pytest.mark.parametrize("argv, expected", [
    (["run", "data/raw/nope.txt"], "data/raw/nope.txt"),
    (["run", str(SEED), "-p", "colour", "red"], "-p colour: unknown notebook parameter"),
    (["run", str(SEED), "-p", "lang", "fr"], "-p lang 'fr' is not one of: en, zh"),
    (["run", str(SEED), "-p", "report_path", "x.txt"], "-p report_path is set by the REPORT arguments"),
])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path, capfd, argv, expected):
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    code = main([*argv, "--processed-dir", str(processed), "--reports-dir", str(reports)])
    out, err = _stderr_lines(capfd)
    assert code == 2
    assert out == [] and len(err) == 1 and err[0].startswith("analysis: ") and expected in err[0]
    assert _tree(processed, reports) == {}


def test_failing_cell_gives_exit_1_one_line_naming_notebook_and_cell_and_restores_outputs(tmp_path, capfd):
    nb_dir = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", nb_dir)
    nb = nbformat.read(nb_dir / NOTEBOOKS[1], as_version=4)
    nb.cells.insert(4, nbformat.v4.new_code_cell("1 / 0", id="boom"))
    nbformat.write(nb, nb_dir / NOTEBOOKS[1])
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    (processed / RID).mkdir(parents=True)
    (processed / RID / "text.txt").write_text("an older run", encoding="utf-8")
    reports.mkdir()
    (reports / f"{RID}.html").write_text("<p>older</p>", encoding="utf-8")
    before = _tree(processed, reports)

    [(_, _, code, line)] = list(run_many([str(SEED)], str(processed), str(reports), notebooks_dir=nb_dir))
    out, err = _stderr_lines(capfd)
    assert code == 1 and out == [] and err == []  # the one line is the caller's to print (analysis.batch.Log)
    assert "\n" not in line and NOTEBOOKS[1] in line and "cell" in line and "ZeroDivisionError: division by zero" in line
    assert _tree(processed, reports) == before  # 01 had rewritten the folder: it is put back
    assert not (reports / "executed").exists()
    assert _hidden(processed, reports) == []


def test_executed_notebooks_record_parameters_given_with_p(tmp_path, capfd):
    processed, reports = tmp_path / "p", tmp_path / "r"
    assert main(["run", str(SEED), "--processed-dir", str(processed), "--reports-dir", str(reports),
                 "-p", "lang", "zh", "-p", "report_id", "seed"]) == 0
    capfd.readouterr()
    html = (reports / "seed.html").read_text(encoding="utf-8")
    assert '<html lang="zh-Hans">' in html and "主要发现" in html
    meta = json.loads((reports / "executed" / "seed" / NOTEBOOKS[2]).read_text(encoding="utf-8"))["metadata"]
    assert meta["analysis"]["parameters"]["lang"] == "zh" and meta["analysis"]["parameters"]["report_id"] == "seed"
    assert (processed / "seed" / "checks.csv").is_file()


def test_run_many_yields_one_result_per_report_for_batch_workers(tmp_path, capfd):
    from analysis.errors import InputError
    from analysis.pipeline import run_many

    missing = tmp_path / "nope.txt"
    got = list(run_many([str(SEED), str(missing)], str(tmp_path / "p"), str(tmp_path / "r"), params={"lang": "zh"}))
    assert [(Path(p).name, code) for p, _, code, _ in got] == [(SEED.name, 0), ("nope.txt", 2)]
    assert got[0][1].report_id == RID and "no such file" in got[1][3]
    assert (tmp_path / "r" / f"{RID}.html").is_file()
    assert sorted(p.name for p in (tmp_path / "r" / "executed" / RID).iterdir()) == sorted(NOTEBOOKS)
    with pytest.raises(InputError, match="unknown notebook parameter"):
        list(run_many([str(SEED)], str(tmp_path / "p"), str(tmp_path / "r"), params={"colour": "red"}))
    out, err = capfd.readouterr()
    assert err == ""


def test_fast_parameter_reading_agrees_with_papermill():
    from papermill.inspection import inspect_notebook

    from analysis.pipeline import declared_parameters, find_notebooks

    nb_dir = find_notebooks()
    ours, theirs = declared_parameters(nb_dir), {n: inspect_notebook(str(nb_dir / n)) for n in NOTEBOOKS}
    assert {n: {k: v["inferred_type_name"] for k, v in ps.items()} for n, ps in ours.items()} == \
        {n: {k: v["inferred_type_name"] for k, v in ps.items()} for n, ps in theirs.items()}


def test_a_full_run_never_writes_to_data_raw(tmp_path):
    raw = ROOT / "data" / "raw"
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(raw.iterdir())}
    stat_before = {p.name: p.stat().st_mtime_ns for p in raw.iterdir()}
    assert main(["run", str(raw), "--processed-dir", str(tmp_path / "p"), "--reports-dir", str(tmp_path / "r")]) == 0
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(raw.iterdir())} == before
    assert {p.name: p.stat().st_mtime_ns for p in raw.iterdir()} == stat_before
