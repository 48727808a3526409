"""placeholder, round 29: text copied from PDFs. A number written in characters whose unit a wrapped line parted from
it (连续三 次, 一⏎批) has its number; a table's column head (比上年增长%) has its numbers in the rows below. (Real reports
copied from the web raised these; sentences here are our own.)"""
from analysis.rules.placeholder import placeholder
from rules_cases import run


def _stated(text):
    return [r["stated"] for r in run(placeholder, text, year=2020)]


def test_a_number_in_characters_before_a_wrapped_space():
    assert _stated("年度全省开发区综合考评中，我区已连续三 次位列第二，招商引资总额创历史新高。") == []


def test_a_hard_wrapped_line_between_numeral_and_measure_word():
    text = ("（二）产业转型步伐加快。三次产业比由上年的14.6:53.1:32.3调整为13.3:47.6:39.1，县工业园区引进了一\n"
            "批优质新型工业项目，当年竣工投产，园区被列为省级循环化改造示范试点园区。")
    assert _stated(text) == []


def test_a_blank_after_a_word_and_a_space_is_still_found():
    assert _stated("全年开展执法检查 次，查处违法案件 件。") == ["次", "件"]


def test_a_table_head_is_no_blank():
    assert _stated("主要工业产品产量\n产品名称 产量 比上年增长%\n原煤（万吨） 1657.8 -14.3\n精煤（万吨） 947.5 -25.1") == []


def test_a_blank_rate_in_a_sentence_is_found():
    assert _stated("全年完成固定资产投资12.4亿元，比上年增长%，高于全省平均水平。") == ["上年增长%"]


def test_a_spaced_number_whose_unit_a_wrapped_line_split():
    # (a PDF copy: spaces around the number, 万 at the line's end, 元 on the next)
    text = ("今年，我县教育投入累计 8316 万元，其中县财政用于教育投入 3298 万元，包括义务教育配套费 889 万\n"
            "元、校舍维修改造专项资金 1000 万元、两项附加 1409 万元。")
    assert _stated(text) == []


def test_a_bare_unit_with_a_multiplier_is_still_a_blank():
    assert _stated("全年开展执法检查 次，培训 万人次。") == ["次", "万人次"]


def test_a_table_head_in_cells_parted_by_bars_is_no_blank():
    text = "附表1：按当年价格计算的生产总值\n|\n项 目 |\n现价(亿元) |\n增速% (可比价) |\n构成% |\n|"
    assert _stated(text) == []


def test_a_word_a_wrapped_line_broke_is_no_blank():
    # (round 30: 建立⏎起 — the wrap's break folded to a space — is 建立起, a verb and its complement)
    text = ("团结带领全县人民众志成城、共克时艰，第一时间作出快速反应，第一时间建立\n"
            "起联防联控机制，第一时间开展全民排查，第一时间落实应收尽收、应治尽治。")
    assert _stated(text) == []
    # a measure word after a wrap that ends no word is still a blank
    text = ("今年以来，全县共发生较大以上生产安全事故，发生一般事故，全年共查处\n"
            "起违法违规案件，罚没款全部上缴国库，安全生产形势总体平稳。")
    assert _stated(text) != []
