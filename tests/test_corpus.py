"""Corpus view: verdict rates, worst reports, the index page and the 04 notebook on a checked folder."""
from __future__ import annotations

import json
import re

import nbformat
import pytest

from analysis.batch import Settings, run_batch
from analysis.corpus import load_corpus, render_index, verdicts_by, worst_reports
from analysis.errors import InputError
from conftest import ROOT, raw_folder


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    """Five reports checked into a processed folder; one of them carries hostile metadata."""
    tmp = tmp_path_factory.mktemp("corpus")
    raw = raw_folder(tmp, 4)
    (raw / "t01_kejiju_2015.meta.yaml").write_text(
        'title: "<script>alert(1)</script>科技局2015年总结"\nissuer: "<img src=x onerror=alert(1)>"\nyear: 2015\n',
        encoding="utf-8")
    out = tmp / "processed"
    assert run_batch([str(raw)], Settings("check", str(out)), jobs=1, engine="serial", quiet=True) == 0
    return out


def test_verdict_rates_add_up_to_all_checks(checked):
    corpus = load_corpus(checked)
    by_rule = verdicts_by(corpus, "rule")
    assert int(by_rule[["consistent", "inconsistent", "unverifiable", "missing"]].to_numpy().sum()) == len(corpus.checks)
    assert (by_rule["alarm_rate"].between(0, 1)).all()
    by_year = verdicts_by(corpus, "year")
    assert int(by_year["reports"].sum()) == 5 and "2014" in by_year.index


def test_worst_reports_come_first(checked):
    worst = worst_reports(load_corpus(checked), 5)
    assert list(worst["alarms"]) == sorted(worst["alarms"], reverse=True)
    assert worst.iloc[0]["alarms"] > 0


def test_index_lists_every_report_escaped_and_self_contained(checked, tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "000_baotou_kejiju_2014_ziping.html").write_text("<!DOCTYPE html>", encoding="utf-8")
    html = render_index(checked, reports)
    for rid in ("000_baotou_kejiju_2014_ziping", "t01_kejiju_2015", "t04_zhujianju_tian_2018"):
        assert rid in html
    assert 'href="000_baotou_kejiju_2014_ziping.html"' in html and 'href="t01_kejiju_2015.html"' not in html
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert "<img src=x" not in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert html.count("<script>") == 1  # the sorter, inline


def test_no_corpus_yet_is_a_clear_input_error(tmp_path):
    with pytest.raises(InputError, match="no summary.csv"):
        load_corpus(tmp_path)


def test_corpus_notebook_runs_and_is_thin(checked, tmp_path):
    import papermill as pm

    src = ROOT / "notebooks" / "04_corpus_overview.ipynb"
    nb = nbformat.read(src, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "parameters" in code[0].metadata.get("tags", []) and not any(c.outputs for c in code)
    assert not any(line.startswith(("def ", "class ")) for c in code for line in c.source.splitlines())
    out = pm.execute_notebook(str(src), str(tmp_path / "04.ipynb"), progress_bar=False, kernel_name="python3",
                              parameters={"processed_dir": str(checked), "reports_dir": str(tmp_path / "r")})
    assert (tmp_path / "r" / "index.html").is_file()
    pngs = [o for c in out.cells if c.cell_type == "code" for o in c.outputs if "image/png" in o.get("data", {})]
    assert len(pngs) == 2
    assert json.dumps([o for c in out.cells for o in c.get("outputs", [])]).count('"error"') == 0
