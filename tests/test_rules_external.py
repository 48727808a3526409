"""Facts and claims files: validation with one-line errors, facts deciding growth, declared checks."""
import pytest

from analysis.errors import FactsFileError
from analysis.figures import extract_figures
from analysis.ingest import build_document
from analysis.rules import run_rules
from analysis.rules.external import load_claims, load_facts

TEXT = "截止目前，我局已累计帮助企业争取到上级科技资金4941万元，同比增长20.7%。共收到提案9件，其中A类4件、B类2件、C类3件，C类占34%。"
FACT = """facts:
  - metric: 上级科技资金
    period: 2013
    value: {value}
    unit: 万元
    source: 2013年工作总结
    date: 2014-01-15
    definition: 争取到的上级科技资金
"""


def _checks(tmp_path, facts_text=None, claims_text=None):
    doc = build_document(TEXT, year=2014)
    facts = claims = None
    if facts_text:
        (tmp_path / "facts.yaml").write_text(facts_text, encoding="utf-8")
        facts = load_facts(tmp_path / "facts.yaml")
    if claims_text:
        (tmp_path / "claims.yaml").write_text(claims_text, encoding="utf-8")
        claims = load_claims(tmp_path / "claims.yaml")
    return run_rules(doc, extract_figures(doc, "t"), "t", facts, claims)


@pytest.mark.parametrize("value, verdict", [("4093", "consistent"), ("4000", "inconsistent")])
def test_a_fact_decides_an_unverifiable_growth(tmp_path, value, verdict):
    checks = _checks(tmp_path, FACT.format(value=value))
    ext = checks[checks.rule == "external"]
    assert list(ext.verdict) == [verdict]
    assert "2013年工作总结 (2014-01-15)" in ext.source.iloc[0]
    assert "growth" not in set(checks.rule)


def test_declared_claims(tmp_path):
    claims = "- rule: share_of_total\n  figures: [3件, 9件, 34%]\n  note: C类占比\n- rule: parts_sum\n  figures: [9件, 4件, 2件, 3件]\n"
    checks = _checks(tmp_path, claims_text=claims)
    dec = checks[checks.rule == "declared"]
    assert sorted(dec.verdict) == ["consistent", "inconsistent"]


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    ("facts: [\n", "not valid YAML"),
    ("facts:\n  - metric: x\n    colour: red\n", "unknown key"),
    ("facts:\n  - metric: x\n    period: 2013\n    value: abc\n    unit: 元\n    source: s\n    date: d\n", "not a number"),
    ("facts: 3\n", "must be a list"),
])
def test_bad_facts_files_raise_one_line_errors(tmp_path, content, message):
    path = tmp_path / "facts.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(FactsFileError) as e:
        load_facts(path)
    assert message in str(e.value) and str(path) in str(e.value) and "\n" not in str(e.value)


def test_bad_claims_file(tmp_path):
    path = tmp_path / "claims.yaml"
    path.write_text("- rule: nonsense\n  figures: [F001]\n", encoding="utf-8")
    with pytest.raises(FactsFileError):
        load_claims(path)
