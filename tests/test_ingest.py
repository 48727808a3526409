"""Ingest: decoding every encoding a report arrives in, sections, sentences, report_id and year."""
from __future__ import annotations

import codecs

import pytest

from analysis.errors import ReportFileError
from analysis.ingest import decode, parse_sections, read_document, report_id_for, split_sentences
from conftest import SEED

TEXT = "\n包头市某局2015年工作总结\n\n一、主要工作\n全年共收到提案9件，其中4件已办结。\n二、存在问题\n资金缺口约２０％。\n"


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gb18030", b""), ("gbk", b""),
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-16-le", b""),
])
def test_every_encoding_decodes_to_the_same_text(encoding, prefix):
    text, _ = decode(prefix + TEXT.encode(encoding))
    assert text == TEXT


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_become_lf(newline):
    text, _ = decode(TEXT.replace("\n", newline).encode("utf-8"))
    assert text == TEXT


def test_markup_is_stripped_to_text():
    text, _ = decode("<html><body><p>收到提案9件&amp;4件</p><script>x=1</script><br/>完成</body></html>".encode())
    assert "收到提案9件&4件" in text and "<" not in text and "x=1" not in text


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"), (b"  \n\t\n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
    (bytes(range(256)) * 8, "binary"),
])
def test_bad_bytes_give_one_line_errors(data, reason):
    with pytest.raises(ReportFileError) as e:
        decode(data, "x.txt")
    assert reason in str(e.value) and "\n" not in str(e.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ReportFileError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(ReportFileError, match="directory"):
        read_document(tmp_path)


def test_seed_keeps_its_leading_newline_and_sha256():
    doc = read_document(SEED)
    assert doc.text.startswith("\n包头市科技局")
    assert doc.sha256 == "8bd4567a4ea74928127ee45dca82b1ca58d1c82a176fc587206103cadde7e47f"
    assert doc.year == 2014


def test_seed_sections_are_its_six_headings():
    doc = read_document(SEED)
    top = [s.heading for s in doc.sections if s.level == 1]
    assert len(top) == 6 and top[0] == "一、履行职责，依法行政情况" and top[-1] == "六、办理、采纳政协提案情况"


def test_headings_of_every_level():
    text = "一、总体情况\n（一）主要做法\n1.加强领导\n（1）成立小组\n2.这是一个很长的段落。它有两句话，所以不是标题，因为它以句号结尾。\n"
    levels = [(s.level, s.heading) for s in parse_sections(text)]
    assert levels == [(1, "一、总体情况"), (2, "（一）主要做法"), (3, "1.加强领导"), (4, "（1）成立小组")]


def test_sentences_have_spans_that_slice_back():
    sents = split_sentences(TEXT)
    assert [s.text for s in sents][2:4] == ["全年共收到提案9件，其中4件已办结。", "二、存在问题"]
    assert all(TEXT[s.start:s.end] == s.text for s in sents)


@pytest.mark.parametrize("name,rid", [
    ("03_anhe_2021.gb18030.txt", "03_anhe_2021"), ("a b&c.txt", "a_b_c"), ("包头-2014.txt", "包头-2014"),
])
def test_report_id_is_the_slug_of_the_name(name, rid):
    assert report_id_for(name) == rid


def test_mojibake_is_detected_and_named():
    garbled = TEXT.encode("utf-8").decode("gb18030", errors="ignore")
    with pytest.raises(ReportFileError, match="mojibake"):
        decode(garbled.encode("utf-8"), "m.txt")


def test_real_chinese_is_not_taken_for_mojibake():
    assert decode(TEXT.encode("gb18030"))[0] == TEXT


def test_a_line_wrapped_inside_a_sentence_reads_on():
    from analysis.ingest import build_document

    text = ("按提案内容分，经济建设类提案共计48件，社会管理类\n26件、其他12件，合计86件。\n"
            "一、主要工作\n全年完成投资12亿元\n新增就业3000人\n")
    doc = build_document(text, year=2022)
    sents = [s.text for s in doc.sentences]
    assert sents[0] == "按提案内容分，经济建设类提案共计48件，社会管理类\n26件、其他12件，合计86件。"
    assert doc.folded[doc.folded.index("管理类") + 3] == " " and len(doc.folded) == len(text)
    # headings and short lines without punctuation (a list of results) still end where they end
    assert sents[1:] == ["一、主要工作", "全年完成投资12亿元", "新增就业3000人"]


def test_table_lines_are_never_joined():
    from analysis.ingest import build_document

    text = "项目名称  预算数  执行数  执行率\n基本支出  1,286.40  1,262.15  98.1%\n"
    assert len(build_document(text).sentences) == 2


def test_the_report_year_is_read_from_years_written_digit_by_digit_in_chinese():
    from analysis.ingest import report_year

    # the title names the year in Chinese digits; 2014 figures often in the text as the base year
    text = "某县农机服务中心二〇一六年度工作总结\n\n与2015年相比，作业面积增加。2015年完成12万亩，2015年为基数。"
    assert report_year(text) == 2016
    assert report_year("二零二一年全县工作要点\n今年要做好以下工作。") == 2021
    # a Chinese numeral that is not a year stays a numeral (一二三四年 is not a year of the 1950s–2090s)
    assert report_year("工作总结\n一二三四年的说法不成立，2019年底完成。") == 2019


def test_the_file_name_gives_the_year_when_the_title_does_not(tmp_path):
    from analysis.ingest import read_document, report_year

    text = "工作总结\n\n今年以来，各项工作有序推进。\n一、主要工作\n全年完成植树造林1.2万亩。2016年为1.1万亩，2016年计划1万亩。\n"
    p = tmp_path / "linyeju_2017.txt"
    p.write_text(text, encoding="utf-8")
    assert read_document(p).year == 2017  # not 2016, the text's most frequent year
    # a title with a year wins over the name; a name with two years or a hash gives none
    assert report_year("2018年工作总结\n全年完成。", "linyeju_2017.txt") == 2018
    assert report_year("工作总结\n全年完成。", "2016-2017_linyeju.txt") is None
    assert report_year("工作总结\n全年完成。", "000_8abd2014f.txt") is None


def test_the_day_a_report_was_delivered_is_not_its_year():
    from analysis.ingest import report_year

    speech = "政府工作报告\n——2023年1月9日在某县第十届人民代表大会第二次会议上\n县长 某某\n各位代表：\n过去一年，2023年要做好三件事。2023年目标如下。"
    assert report_year(speech) == 2022  # delivered in January: the year before is reviewed
    assert report_year(speech.replace("——2023年1月9日", "（2023年1月9日") + "\n一、2022年工作回顾\n") == 2022
    assert report_year("工作总结\n（2021年12月28日在局务会议上）\n全年完成。") == 2021
    assert report_year("2021年工作总结\n（2022年1月5日在局务会议上）\n全年完成。") == 2021  # the title wins
