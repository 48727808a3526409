"""Numbers set off by a space from the words before them (达到 68.5%，比上年提高 4.2个百分点), as text copied out of a PDF
has them, are read as if the words touched them; a table's cells, which a space closes too, are left as cells. A
preposition before the place (对全县 31所初中) names no metric."""
from analysis.rules import rule_functions
from analysis.rules.crossref import cross_reference
from analysis.rules.growth import growth
from analysis.rules.shares import share_of_total
from rules_cases import run


def _rows(fn, text):
    return [(r["verdict"], r["stated"]) for r in run(fn, text, year=2020)]


def test_a_spaced_rise_in_points_is_judged_against_its_base():
    text = "全县学前三年毛入园率达到 71.5%，比上年提高 {d}个百分点（上年为 67.3%）。"
    assert [v for v, _ in _rows(growth, text.format(d="4.2"))] == ["consistent"]
    assert [v for v, _ in _rows(growth, text.format(d="5.2"))] == ["inconsistent"]


def test_a_spaced_share_is_judged_like_an_unspaced_one():
    spaced = "全年新招聘教师 152人，其中本科以上学历 {p}人，占 67.8%。"
    plain = spaced.replace(" ", "")
    for n, verdict in (("103", "consistent"), ("113", "inconsistent")):
        assert [v for v, _ in _rows(share_of_total, spaced.format(p=n))] == [verdict]
        assert [v for v, _ in _rows(share_of_total, plain.format(p=n))] == [verdict]


def test_two_checks_on_all_the_countys_schools_of_two_kinds_are_two_counts():
    text = ("一、督导评估\n对全县 28所初中开展办学水平督导评估，评定优秀 9所。\n"
            "二、食品安全\n对全县 14所乡镇中心学校食堂开展专项检查，合格率 92.9%。")
    assert not [r for r in _rows(cross_reference, text) if r[0] == "inconsistent"]


def test_a_spaced_table_row_is_still_read_as_cells():
    # a space closes the first cell too: it is a cell of its row, not a number the words before it name
    text = ("三、绩效目标完成情况\n一级指标 二级指标 三级指标 年度指标值 实际完成值 得分 产出指标 数量指标 新建社区健身中心 "
            "6个 6个 10分 新建多功能运动场 12片 10片 10分 更新健身路径 90套 96套 10分\n"
            "四、结论\n项目产出指标全部完成，其中更新健身路径96套，超额完成年度任务。")
    rows = [(r["rule"], r["verdict"]) for f in rule_functions() for r in run(f, text, year=2020)]
    assert ("target_met", "inconsistent") in rows


def test_a_figure_right_after_another_figures_unit_keeps_its_span():
    # (a slash table's row on one line: 1350人次 112.5% — the space parts two cells, not words and their number)
    from analysis.rules.tables import table_rates
    text = ("三、指标完成情况\n本年度重点指标（指标 / 目标值 / 完成值 / 完成率）：培训农民 1200人次 1350人次 112.5%；"
            "新建灌溉渠道 40公里 38公里 95.0%。\n")
    assert [r["verdict"] for r in run(table_rates, text, year=2021)] == ["consistent", "consistent"]


def test_words_after_a_spaced_number_touch_it_too():
    from analysis.rules.shares import percent_sum
    text = "全部投资按用途分为防汛工程、饮水工程和农田水利三类，分别占 {a}%、34.2% 和 25.3%。"
    assert [r["verdict"] for r in run(percent_sum, text.format(a="38.5"), year=2020)] == ["inconsistent"]
    assert [r["verdict"] for r in run(percent_sum, text.format(a="40.5"), year=2020)] == ["consistent"]
