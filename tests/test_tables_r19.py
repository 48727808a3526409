"""Flattened tables, round 19: a 单位 column and a unit in a column header measure the number cells of their rows
and columns; a 责任单位 column, a header with a year and prose with double spaces give no unit."""
from analysis.figures import extract_figures
from analysis.ingest import build_document
from analysis.tables import find_tables


def _cell(text: str, cell: str):
    figs = extract_figures(build_document(text, year=2023), "t")
    rows = figs[figs["text"] == cell]
    assert len(rows) == 1, (cell, list(figs["text"]))
    return rows.iloc[0]


def test_a_unit_column_between_label_and_values_measures_the_row():
    text = ("附表：主要经济指标完成情况\n指标  单位  绝对值  比上年增长\n"
            "全县粮食产量  万吨  41.3  2.6\n城乡居民储蓄余额  亿元  186.25  7.4\n")
    grain = _cell(text, "41.3")
    assert (grain["unit"], grain["kind"], grain["normalized_value"], grain["metric"]) == ("万吨", "weight", "413000", "全县粮食产量")
    money = _cell(text, "186.25")
    assert (money["unit"], money["kind"]) == ("亿元", "money")
    # the growth column is a rate, not an amount in the row's unit
    assert _cell(text, "7.4")["unit"] == ""
    [table] = find_tables(text)
    assert table.rows[0].cells[0] is None and table.rows[0].unit == "万吨"


def test_each_row_of_a_mixed_table_has_its_own_unit():
    text = "指标名称  计量单位  目标值  完成值\n新增城镇就业  人  2800  2915\n改造老旧小区  个  14  15\n植树造林  亩  6000  6150\n"
    assert (_cell(text, "2915")["unit"], _cell(text, "15")["unit"], _cell(text, "6150")["unit"]) == ("人", "个", "亩")
    assert _cell(text, "6150")["kind"] == "area"


def test_a_percent_or_unknown_unit_cell_blocks_the_table_unit_line():
    text = "单位：万元\n指标  单位  目标值  完成值\n财政收入  万元  5200  5376\n城镇化率  %  58.0  58.6\n"
    assert _cell(text, "5376")["unit"] == "万元"
    assert _cell(text, "58.6")["unit"] == ""


def test_a_unit_in_the_header_of_a_two_column_table():
    text = "二、项目投资情况\n项目  投资额（万元）\n污水管网改造  2,460\n乡村道路硬化  1,318.5\n"
    cell = _cell(text, "2,460")
    assert (cell["unit"], cell["kind"], cell["normalized_value"], cell["metric"]) == ("万元", "money", "24600000", "污水管网改造")


def test_a_unit_line_above_the_table_still_measures_it():
    text = "单位：亿元\n项目  上年  本年\n一般公共预算收入  18.62  19.94\n"
    assert _cell(text, "19.94")["unit"] == "亿元"


def test_a_responsible_unit_column_is_no_unit_column():
    text = "任务  责任单位  完成时限\n整治河道  县水利局  6月底\n"
    assert find_tables(text) == []
    text = "项目  责任单位  投资额  完成额\n河道整治  县水利局  300  280\n"
    assert find_tables(text) == []


def test_a_header_with_a_year_gives_no_unit():
    text = "项目  金额（2023年）\n专项资金  360\n"
    assert find_tables(text) == []
    text = "项目  预算数（2023年）  执行数（2023年）\n专项资金  360  420\n"
    assert _cell(text, "420")["unit"] == ""


def test_prose_with_double_spaces_and_a_unit_word_is_not_a_table():
    text = "全年新增就业  人数稳定，共  3200人。\n单位  名称  地址\n县医院  人民路  8号\n"
    assert all(not t.rows for t in find_tables(text))


def test_a_header_naming_years_over_a_unit_column():
    text = "附表2\n指标名称  单位  2022年  2023年  比上年增长（%）\n规上工业增加值  亿元  64.8  70.15  8.3\n"
    cell = _cell(text, "70.15")
    assert (cell["unit"], cell["kind"], cell["normalized_value"], cell["metric"]) == ("亿元", "money", "7015000000", "规上工业增加值")
    [table] = find_tables(text)
    assert table.columns == ["单位", "2022年", "2023年", "比上年增长（%）"]
    # the growth column keeps the unit its header names, not the row's 亿元
    assert _cell(text, "8.3")["unit"] == "%"


def test_a_cell_measured_by_its_unit_column_is_paired_with_the_text():
    from analysis.rules import run_rules

    text = ("一、民生保障\n全年新增城镇就业4120人，改造农村公路38.5公里。\n\n附表：重点指标\n"
            "指标名称  单位  目标值  完成值\n新增城镇就业  人  4000  {jobs}\n农村公路改造  公里  35  {road}\n")

    def crossref(jobs, road):
        doc = build_document(text.format(jobs=jobs, road=road), year=2023)
        rows = run_rules(doc, extract_figures(doc, "t"), "t")
        return sorted(rows[rows["rule"] == "cross_reference"]["verdict"])

    assert crossref("4120", "38.5") == ["consistent", "consistent"]
    assert crossref("4210", "38.5") == ["consistent", "inconsistent"]
