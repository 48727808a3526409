"""notebooks/: thin, parameterised, committed without outputs; papermill runs each on the seed and on a new report."""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NB_DIR = ROOT / "notebooks"
NOTEBOOKS = ["01_clean_figures.ipynb", "02_verify_claims.ipynb", "03_annotated_report.ipynb"]
PARAMS = {"report_path", "report_id", "processed_dir", "reports_dir", "facts_path", "claims_path", "lang"}

SMALL_REPORT = """
某县科技局2015年工作总结

一、主要工作
全年共受理专利申请120件，其中发明专利30件，占25%；实用新型专利90件，占75%。
争取上级科技资金860万元，同比增长7.5%。组织实施项科技计划项目。

二、下一步打算
继续做好科技服务工作。
"""


def _code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_parameters_cell_first_tagged_typed_and_documented(name):
    nb = nbformat.read(NB_DIR / name, as_version=4)
    first = _code_cells(nb)[0]
    assert "parameters" in first.metadata.get("tags", [])
    assert sum("parameters" in c.metadata.get("tags", []) for c in nb.cells) == 1
    found = {}
    for line in first.source.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        target, _, rest = line.partition(":")
        assert " = " in rest and "  # " in rest, f"{line!r}: needs a type, a default and a # help comment"
        found[target.strip()] = rest
    assert set(found) == PARAMS
    assert 'report_path: str = "data/raw/000_baotou_kejiju_2014_ziping.txt"' in first.source
    assert 'lang: str = "en"' in first.source


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_committed_without_outputs_and_thin(name):
    text = (NB_DIR / name).read_text(encoding="utf-8")
    raw = json.loads(text)
    nb = nbformat.reads(text, as_version=4)
    nbformat.validate(nb)
    assert "papermill" not in raw["metadata"]
    for cell in _code_cells(nb):
        assert cell.outputs == [] and cell.execution_count is None
        tree = ast.parse(cell.source)
        assert not [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef,
                                                                  ast.Lambda))]
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
        assert len(calls) <= 1, f"one library call per cell: {cell.source!r}"
        for n in ast.walk(tree):
            if isinstance(n, (ast.Import, ast.ImportFrom)):
                assert isinstance(n, ast.ImportFrom) and n.module.startswith("analysis"), cell.source


def test_notebooks_are_what_the_generator_writes(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_notebooks.py"), str(tmp_path)], check=True)
    for name in NOTEBOOKS:
        assert (tmp_path / name).read_bytes() == (NB_DIR / name).read_bytes(), f"run scripts/make_notebooks.py ({name})"


def test_help_notebook_documents_parameters():
    out = subprocess.run([str(Path(sys.executable).parent / "papermill"), "--help-notebook",
                          str(NB_DIR / "01_clean_figures.ipynb")], capture_output=True, text=True, check=True).stdout
    for p in PARAMS:
        assert f"{p}: str" in out
    assert "relative paths count from the repository root" in out


def _execute(name, out_dir: Path, cwd: Path, **params):
    import papermill as pm

    return pm.execute_notebook(str(NB_DIR / name), str(out_dir / name), parameters=params, cwd=str(cwd),
                               progress_bar=False, kernel_name="python3")


def _outputs(nb) -> list[str]:
    out = []
    for c in _code_cells(nb):
        for o in c.outputs:
            h = (o.get("data") or {}).get("text/html")
            if h:
                out.append("".join(h) if isinstance(h, list) else h)
    return out


def test_papermill_runs_the_three_notebooks_on_the_seed(tmp_path):
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    rid = "000_baotou_kejiju_2014_ziping"
    # started where JupyterLab starts them, with the default report_path: relative to the repository root
    nb1 = _execute(NOTEBOOKS[0], tmp_path, NB_DIR, processed_dir=str(processed))
    assert sorted(p.name for p in (processed / rid).iterdir()) == ["figures.csv", "text.txt"]
    assert any("F001" in h for h in _outputs(nb1))
    nb2 = _execute(NOTEBOOKS[1], tmp_path, NB_DIR, processed_dir=str(processed))
    assert (processed / rid / "checks.csv").is_file()
    assert _outputs(nb2)
    nb3 = _execute(NOTEBOOKS[2], tmp_path, NB_DIR, processed_dir=str(processed), reports_dir=str(reports))
    html = (reports / f"{rid}.html").read_text(encoding="utf-8")
    assert "data-figure-id=\"F001\"" in html and "R&amp;D" in html
    assert any('class="acr"' in h for h in _outputs(nb3))


def test_papermill_runs_each_notebook_alone_on_a_new_report(tmp_path):
    src = tmp_path / "raw" / "county_2015.gb.txt"
    src.parent.mkdir()
    src.write_bytes(SMALL_REPORT.replace("\n", "\r\n").encode("gb18030"))
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    folder = processed / "county_2015"
    # 02 without 01's output computes the figures itself
    _execute(NOTEBOOKS[1], tmp_path, tmp_path, report_path=str(src), processed_dir=str(processed), lang="zh")
    assert sorted(p.name for p in folder.iterdir()) == ["checks.csv", "figures.csv", "text.txt"]
    figures = folder.joinpath("figures.csv").read_text(encoding="utf-8")
    assert "860万元" in figures and "120件" in figures
    _execute(NOTEBOOKS[0], tmp_path, tmp_path, report_path=str(src), processed_dir=str(processed))
    _execute(NOTEBOOKS[2], tmp_path, tmp_path, report_path=str(src), processed_dir=str(processed),
             reports_dir=str(reports), lang="zh")
    html = (reports / "county_2015.html").read_text(encoding="utf-8")
    assert '<html lang="zh-Hans">' in html and "<title>某县科技局2015年工作总结 · 核查批注报告</title>" in html
    assert (folder / "text.txt").read_text(encoding="utf-8") == SMALL_REPORT
