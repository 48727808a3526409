"""Round 28, traditional characters and damaged percent signs. A report written in traditional characters (億元, 萬噸,
公頃, 個, 增長, 佔, 其中) is read as simplified, one character for one (ingest.simplified_text, from OpenCC's character
table): every rule sees its units and cue words, and every span, the figure's text and the stated column keep the
report's own characters. A simplified report, even one quoting a few traditional characters, is read as it is. A
number, one blank, then % / ％ / 个百分点 (6.97 %, as copied from a web page) is one percentage; two blanks or a tab
part a table's cells. Sentences invented; trad1/ holds three tuning reports converted with OpenCC's s2t."""
from pathlib import Path

import pytest

from analysis.figures import extract_figures
from analysis.ingest import build_document
from analysis.report import load_report
from analysis.rules.growth import growth
from analysis.rules.shares import share_of_total
from analysis.rules.sums import parts_sum

from rules_cases import run

CORPUS = Path(__file__).resolve().parent / "corpus"


def _verdicts(rule, text, year=2021):
    return [r["verdict"] for r in run(rule, text, year)]


# ---------------------------------------------------------------- traditional text, every rule
_SUM = "全縣完成農林牧漁業總產值{v}億元，其中農業產值41.20億元，林業產值5.10億元，牧業產值32.60億元，漁業產值7.50億元。"
_SHARE = "全縣共有行政村150個，其中已通寬帶的村120個，佔{v}%。"
_GROWTH = "全年實現稅收收入12.60億元，比上年增長{v}%，上年為12.00億元。"


@pytest.mark.parametrize("rule, text, holds, broken", [
    (parts_sum, _SUM, "86.40", "86.90"),
    (share_of_total, _SHARE, "80.0", "85.0"),
    (growth, _GROWTH, "5.0", "8.0"),
])
def test_traditional_report_is_checked_as_simplified(rule, text, holds, broken):
    assert _verdicts(rule, text.format(v=holds)) == ["consistent"]
    assert _verdicts(rule, text.format(v=broken)) == ["inconsistent"]


def test_traditional_rows_quote_the_report_as_written():
    rows = run(parts_sum, _SUM.format(v="86.90"), 2021)
    assert rows[0]["stated"] == "86.90億元 = 41.20億元 + 5.10億元 + 32.60億元 + 7.50億元"
    assert "總產值86.90億元" in rows[0]["span"]


def test_traditional_figures_keep_text_and_read_units():
    text = "市統計局2021年工作總結\n全市糧食播種面積較上年增加3200公頃，新建高標準農田1.2萬畝，涉及農戶4500戶。"
    doc = build_document(text)
    figs = extract_figures(doc, "t")
    got = {r.text: (r.unit, r.kind) for r in figs.itertuples()}
    assert got["3200公頃"] == ("公顷", "area")
    assert got["1.2萬畝"] == ("万亩", "area")
    assert got["4500戶"] == ("户", "count")
    assert all(text[r.start:r.end] == r.text for r in figs.itertuples())
    assert figs.sentence.iloc[-1].startswith("全市糧食播種面積")  # the sentence column quotes the report
    assert doc.year == 2021


def test_partial_list_in_traditional_text_stays_quiet():
    # decoy: two of four branches named under 其中; no sum is claimed
    text = "全縣完成農林牧漁業總產值86.40億元，其中農業產值41.20億元，牧業產值32.60億元。"
    assert _verdicts(parts_sum, text) == []
    # (and the rule does read this text: the list with its third branch is judged — without the reading of traditional
    # characters 億元 is no unit and both sentences give nothing)
    assert _verdicts(parts_sum, text.replace("。", "，漁業產值12.60億元。")) == ["consistent"]


# ---------------------------------------------------------------- detection
def test_simplified_text_is_read_as_it_is():
    from analysis.ingest import is_traditional, simplified_text  # (new in round 28: imported here, so the other
    # tests of this file run on the code before it)
    # a simplified report quoting a traditional name is not a traditional one: nothing mapped
    text = "某县文旅局2021年工作总结\n全年接待游客356.0万人次，承办“臺灣美食週”活动3场，比上年增长12.0%。"
    assert not is_traditional(text)
    assert simplified_text(text) is text
    assert build_document(text).folded == text


def test_traditional_text_maps_one_for_one():
    from analysis.ingest import is_traditional, simplified_text
    text = "全縣共有行政村150個，其中已通寬帶的村120個，佔80.0%，較上年提高5.2個百分點。"
    assert is_traditional(text)
    plain = simplified_text(text)
    assert len(plain) == len(text)
    assert plain == "全县共有行政村150个，其中已通宽带的村120个，占80.0%，较上年提高5.2个百分点。"


@pytest.mark.parametrize("name, original", [
    ("tr01_kejiju_2015", "tuning/t01_kejiju_2015"),
    ("tr02_qingshui_tongjiju_2016", "tuning11/s01_qingshui_tongjiju_2016"),
    ("tr03_tongjiju_qingchuan_2019", "tuning14/e01_tongjiju_qingchuan_2019"),
])
def test_converted_report_gives_the_original_rows(name, original):
    trad = load_report(CORPUS / "trad1" / f"{name}.txt")
    simp = load_report(CORPUS / f"{original}.txt")
    key = ["rule", "verdict", "start", "end"]
    assert trad.checks[key].values.tolist() == simp.checks[key].values.tolist()
    fkey = ["start", "end", "value", "unit", "kind", "metric"]
    assert trad.figures[fkey].values.tolist() == simp.figures[fkey].values.tolist()


# ---------------------------------------------------------------- a blank before the percent sign
@pytest.mark.parametrize("text, verdict", [
    ("全年實現稅收收入12.60億元，比上年增長5.0 %，上年為12.00億元。", "consistent"),
    ("全年實現稅收收入12.60億元，比上年增長8.0 %，上年為12.00億元。", "inconsistent"),
    ("全年实现税收收入12.60亿元，比上年增长5.0 %，上年为12.00亿元。", "consistent"),
    ("全年接待游客356.0万人次，同比增长12.0 ％，上年同期为317.9万人次。", "consistent"),
    ("全年接待游客356.0万人次，同比增长15.0 ％，上年同期为317.9万人次。", "inconsistent"),
])
def test_blank_before_percent_sign_is_one_percentage(text, verdict):
    assert _verdicts(growth, text) == [verdict]


def test_blank_before_percent_figures():
    text = "某区商务局2022年工作总结\n社会消费品零售总额52.6亿元，同比增长8.25 %，增幅比上年提高1.5 个百分点。"
    figs = extract_figures(build_document(text), "t")
    got = {r.text: (r.kind, r.unit) for r in figs.itertuples()}
    assert got["8.25 %"] == ("percent", "%")
    assert got["1.5 个百分点"] == ("percentage_point", "个百分点")


def test_table_cell_before_a_percent_column_is_not_swallowed():
    # decoy: two blanks part the cells of a flattened table; the unit column's % is no figure's sign
    text = "某区商务局2022年工作总结\n指标名称  2021年  2022年  单位\n外贸进出口增速  12.4  13.1  %\n"
    figs = extract_figures(build_document(text), "t")
    assert "13.1" in set(figs.text)
    assert not any(t.endswith("%") for t in figs.text)
