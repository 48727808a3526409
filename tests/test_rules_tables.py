"""Tables flattened into text: cells as figures, rates against their columns, 合计 rows, claims about all targets."""
import pytest

from analysis.figures import extract_figures
from analysis.ingest import build_document
from analysis.rules.tables import table_rates, table_targets_met, table_targets_reached, table_totals
from analysis.tables import find_tables
from rules_cases import run, verdicts

BUDGET = """二、支出情况
单位：万元
项目名称  预算数  执行数  执行率
基本支出  1,286.40  1,262.15  98.1%
项目支出  2,074.00  1,867.30  {rate}
其中：农田水利建设  860.00  812.60  94.5%
合计  3,360.40  {total}  93.1%
"""


def test_cells_become_figures_with_the_unit_of_the_table():
    doc = build_document(BUDGET.format(rate="90.0%", total="3,129.45"), year=2016)
    figs = extract_figures(doc, "t")
    cell = figs[figs["text"] == "1,262.15"].iloc[0]
    assert (cell["unit"], cell["kind"], cell["normalized_value"], cell["metric"]) == ("万元", "money", "12621500", "基本支出")
    sub = figs[figs["text"] == "812.60"].iloc[0]
    assert sub["metric"] == "农田水利建设"


def test_row_and_column_units_win_over_the_table_unit():
    text = "单位：万元\n项目名称  目标任务  完成数  完成率\n家庭医生签约（户）  12,000  13,260  110.5%\n"
    figs = extract_figures(build_document(text, year=2015), "t")
    assert figs[figs["text"] == "13,260"].iloc[0]["unit"] == "户"
    [table] = find_tables(text)
    assert table.columns == ["目标任务", "完成数", "完成率"] and table.rows[0].label.text == "家庭医生签约（户）"


def test_prose_with_double_spaces_is_not_a_table():
    text = "全年完成投资  12亿元，同比增长  8.5%。\n下一步  我们将继续努力。\n"
    assert find_tables(text) == []


@pytest.mark.parametrize("rate, verdict", [("90.0%", "consistent"), ("91.0%", "inconsistent")])
def test_rate_column_against_its_cells(rate, verdict):
    rows = run(table_rates, BUDGET.format(rate=rate, total="3,129.45"), 2016)
    assert [r["rule"] for r in rows] == ["share_of_total"] * 4
    assert rows[1]["verdict"] == verdict and rows[1]["span"].startswith("项目支出")
    assert [r["verdict"] for r in rows if r is not rows[1]] == ["consistent"] * 3


def test_completion_rate_of_a_target_column_is_a_target_check():
    text = "项目名称  目标任务  完成数  完成率\n家庭医生签约（户）  12,000  13,260  110.5%\n老年人体检（人）  18,500  17,930  96.9%\n"
    rows = run(table_rates, text, 2015)
    assert [(r["rule"], r["verdict"]) for r in rows] == [("target_met", "consistent")] * 2


def test_growth_column():
    text = "指标  上年  本年  增长%\n总诊疗人次（万人次）  120.8  126.4  {g}\n"
    assert verdicts(table_rates, text.format(g="4.6%"), 2015) == ["consistent"]
    assert verdicts(table_rates, text.format(g="5.2%"), 2015) == ["inconsistent"]
    assert run(table_rates, text.format(g="4.6%"), 2015)[0]["rule"] == "growth"


@pytest.mark.parametrize("total, verdict", [("3,129.45", "consistent"), ("3,192.45", "inconsistent")])
def test_total_row_sums_the_rows_above_but_not_their_qizhong_rows(total, verdict):
    rows = run(table_totals, BUDGET.format(rate="90.0%", total=total), 2016)
    assert [r["verdict"] for r in rows] == [verdict]
    assert rows[0]["span"].startswith("合计")


@pytest.mark.parametrize("sum_, verdict", [("13,280", "consistent"), ("13,820", "inconsistent")])
def test_a_total_after_the_table_sums_the_column_it_names(sum_, verdict):
    text = (f"重点项目进展情况（单位：万元）\n项目名称  概算投资  年度完成投资\n一号公路  12,600  8,450\n城北客运站  3,280  2,960\n"
            f"清水河大桥  4,150  1,870\n以上三个重点项目年度共完成投资{sum_}万元。\n")
    assert verdicts(table_totals, text, 2010) == [verdict]


def test_all_targets_met_claimed_after_a_target_table():
    text = ("项目名称  目标任务  完成数  完成率\n家庭医生签约（户）  12,000  13,260  110.5%\n老年人体检（人）  18,500  {n}  {r}\n"
            "各项任务全部超额完成。\n")
    assert verdicts(table_targets_met, text.format(n="17,930", r="96.9%"), 2015) == ["inconsistent"]
    assert verdicts(table_targets_met, text.format(n="18,930", r="102.3%"), 2015) == ["consistent"]
    # an exception named before the claim (除…外，其余…均已完成) leaves that row out: the others are judged
    hedged = text.format(n="17,930", r="96.9%").replace("各项任务全部超额完成", "除老年人体检外，其余指标均已完成")
    assert verdicts(table_targets_met, hedged, 2015) == ["consistent"]
    wrong = hedged.replace("13,260  110.5%", "11,260  93.8%")
    assert verdicts(table_targets_met, wrong, 2015) == ["inconsistent"]
    # an exception the rows do not name leaves nothing to judge
    assert verdicts(table_targets_met, hedged.replace("除老年人体检外", "除个别指标外"), 2015) == []


# an indicator table as 绩效自评 reports flatten it: cells carry their measure words and bounds, the score column
# is no target, and the claim comes in the conclusion section
_INDICATORS = """三、绩效指标完成情况
指标名称  目标值  实际完成值  得分
培训农民人数  1,200人次  {n}  20分
示范基地  6个  6个  20分
学员满意度  90%以上  94.5%  10分
安全事故  0起  0起  10分

四、自评结论
项目总体运行良好，自评得分{score}分。{claim}
"""


def test_indicator_table_cells_with_measure_words_and_a_claim_in_the_conclusion():
    ok = _INDICATORS.format(n="1,236人次", score="98", claim="年初设定的各项绩效指标全部完成。")
    assert verdicts(table_targets_met, ok, 2020) == ["consistent"]
    assert verdicts(table_targets_reached, ok, 2020) == ["consistent"] * 4
    missed = _INDICATORS.format(n="1,136人次", score="96", claim="年初设定的各项绩效指标全部完成。")
    assert verdicts(table_targets_met, missed, 2020) == ["inconsistent"]
    assert verdicts(table_targets_reached, missed, 2020) == ["consistent"] * 3  # the row below claims nothing itself
    # a plan for next year (确保…全部完成) and a conclusion that makes no claim leave the table alone
    assert verdicts(table_targets_met, missed.replace("年初设定的", "明年要确保"), 2020) == []
    assert verdicts(table_targets_met, _INDICATORS.format(n="1,136人次", score="96", claim="群众反映良好。"), 2020) == []
    # and the cells keep their values
    cells = find_tables(build_document(ok, year=2020).folded)[0].rows[0].cells
    assert [c.number for c in cells] == ["1,200", "1,236", "20"] and cells[0].value[0] == 1200


def test_target_table_without_rates_and_a_claim_of_exceeding_every_target():
    text = ("指标名称  年度目标值  实际完成值\n淘汰燃煤锅炉（台）  60  64\n安装在线监测设备（套）  120  {n}\n"
            "各项指标全部超额完成。\n")
    assert verdicts(table_targets_met, text.format(n="121"), 2021) == ["consistent"]
    assert verdicts(table_targets_met, text.format(n="120"), 2021) == ["inconsistent"]  # met, not exceeded
    # each row at or above target is a consistent target_met row; one below claims nothing by itself
    assert verdicts(table_targets_reached, text.format(n="112"), 2021) == ["consistent"]


_TARGETS = ("主要任务完成情况如下：\n项目名称  目标任务  完成数  完成率\n家庭医生签约（户）  12,000  13,260  110.5%\n"
            "老年人健康体检（人）  18,500  {done}  {rate}\n上述重点任务全部超额完成。\n")


def _target_rows(text):
    return run(table_rates, text, 2015) + run(table_targets_met, text, 2015)


def test_target_table_with_completion_rates():
    assert [r["verdict"] for r in _target_rows(_TARGETS.format(done="18,930", rate="102.3%"))] == ["consistent"] * 3
    rows = _target_rows(_TARGETS.format(done="17,930", rate="96.9%"))
    assert [r["verdict"] for r in rows] == ["consistent", "consistent", "inconsistent"]
    assert rows[2]["span"] == "全部超额完成" and "老年人健康体检" in rows[2]["explanation_zh"]
    # a wrong rate and a missed target are two findings
    rows = _target_rows(_TARGETS.format(done="17,930", rate="98.9%"))
    assert [r["verdict"] for r in rows] == ["consistent", "inconsistent", "inconsistent"]


def test_target_table_with_an_exception_marks_only_the_rows_that_meet():
    text = ("指标名称  年度目标值  实际完成值\n淘汰燃煤锅炉（台）  60  64\n安装监测设备（套）  120  112\n"
            "除监测设备因供货延迟少装8套外，其余指标均已完成。\n")
    rows = run(table_targets_reached, text, 2021) + run(table_targets_met, text, 2021)
    # (the claim about the rest holds for the one row it covers)
    assert [(r["verdict"], r["span"].split("  ")[0]) for r in rows] == [("consistent", "淘汰燃煤锅炉（台）"),
                                                                        ("consistent", "均已完成")]


def test_share_columns_and_columns_of_other_units_are_not_a_rate_of_two_columns():
    # 占比 is of the column's total, not 金额/户数; a rate over two columns in different units is not computed
    shares = "类别  户数  金额（万元）  占比\n种植户  120  86.5  41.2%\n养殖户  80  123.4  58.8%\n"
    mixed = "乡镇  户数（户）  金额（万元）  完成率\n东乡  120  86.5  72.1%\n"
    assert verdicts(table_rates, shares, 2020) == [] and verdicts(table_rates, mixed, 2020) == []
    unnamed = "项目  计划  实际  完成率\n道路（公里）  40  36  90.0%\n"
    assert verdicts(table_rates, unnamed, 2020) == ["consistent"]


# the same table exported from a budget system onto one line with single spaces, categories mixed into it
_RUN = ("三、绩效指标完成情况\n"
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 得分 产出指标 数量指标 改造农贸市场 12个 {n} 20分 "
        "质量指标 验收合格率 100% 100% 10分 成本指标 单个市场改造成本 50万元以内 46.8万元 10分\n"
        "四、总体评价\n{claim}\n")


def test_an_indicator_table_run_together_on_one_line():
    ok = _RUN.format(n="12个", claim="项目各项产出指标全部完成。")
    table = find_tables(build_document(ok, year=2022).folded)[0]
    assert [r.label.text for r in table.rows] == ["改造农贸市场", "验收合格率", "单个市场改造成本"]
    assert verdicts(table_targets_reached, ok, 2022) == ["consistent"] * 3  # 46.8 within 50万元以内 too
    assert verdicts(table_targets_met, ok, 2022) == ["consistent"]
    missed = _RUN.format(n="10个", claim="项目各项产出指标全部完成。")
    assert verdicts(table_targets_met, missed, 2022) == ["inconsistent"]
    # a section heading with 主要 in it is no plan; a claim for next year is
    assert verdicts(table_targets_met, missed.replace("四、总体评价", "四、主要成效"), 2022) == ["inconsistent"]
    assert verdicts(table_targets_met, missed.replace("项目各项", "明年确保各项"), 2022) == []
    # prose with 指标值 and 完成值 in it but no run of cells is no table
    assert find_tables(build_document("年度指标值 实际完成值 得分均由系统导出，详见附件。", year=2022).folded) == []


# the same kind of table with single spaces, a row a line (the text may join the rows of one line into one)
_SPACED = ("三、绩效指标完成情况\n指标名称 年度指标值 实际完成值 得分\n新建村级健身广场 15个 {n} 20分\n"
           "群众满意度 90%以上 93.5% 10分\n四、总体评价\n{claim}\n")


def test_a_single_spaced_indicator_table_a_row_a_line():
    ok = _SPACED.format(n="15个", claim="项目各项绩效目标全部完成。")
    table = find_tables(build_document(ok, year=2021).folded)[0]
    assert table.columns == ["年度指标值", "实际完成值", "得分"]
    assert [r.label.text for r in table.rows] == ["新建村级健身广场", "群众满意度"]
    assert [c.text for c in table.rows[1].cells] == ["90%以上", "93.5%", "10分"]
    assert verdicts(table_targets_met, ok, 2021) == ["consistent"]
    assert verdicts(table_targets_met, _SPACED.format(n="13个", claim="项目各项绩效目标全部完成。"), 2021) == \
        ["inconsistent"]
    # a prose line under the header ends the table: the row after it belongs to no table
    prose = _SPACED.replace("新建村级健身广场 15个 {n} 20分", "各项指标完成情况如下，详见附表。")
    assert find_tables(build_document(prose.format(n="", claim=""), year=2021).folded) == []
