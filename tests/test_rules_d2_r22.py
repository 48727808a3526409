"""Figures, round 22 (helper D2): what a figure measures in a '|' table (each cell its own row's label, although
folding joins the rows into one line) and after a noun holding a verb (增加值, 完成额); 近半/过半 as a half of a whole
stated in words (not 时间过半、任务过半 nor 近半年); a ratio of three terms (a:b:c) as one figure, its shares checked
against 100. Sentences invented."""
from conftest import figures_of

from analysis.rules.shares import percent_sum
from rules_cases import run


def _metrics(text: str) -> dict[str, str]:
    df = figures_of(text, 2022)
    return dict(zip(df["text"], df["metric"]))


def _fig(text: str, surface: str) -> dict | None:
    df = figures_of(text, 2022)
    rows = df[df["text"] == surface]
    return rows.iloc[0].to_dict() if len(rows) else None


# --- (1) metric: a '|' table's cells are measured by their own row's label ------------------------------------------

_PIPE = ("附表 民生实事完成情况\n| 事项 | 计划 | 完成 |\n| --- | --- | --- |\n| 改建农村公厕 | 40座 | 43座 |\n"
         "| 新增养老床位 | 260张 | 275张 |\n| 铺设供水管网 | 18.5公里 | 19.2公里 |\n")


def test_pipe_table_cells_take_their_own_row_label():
    m = _metrics(_PIPE)
    assert m["40座"] == m["43座"] == "改建农村公厕"
    assert m["260张"] == m["275张"] == "新增养老床位"  # not the row above (folding joins the rows)
    assert m["18.5公里"] == m["19.2公里"] == "铺设供水管网"


def test_pipe_table_without_spaces_and_with_unit_in_label():
    m = _metrics("项目|完成量\n疏浚河道（公里）|26公里\n清理垃圾（吨）|1,340吨\n")
    assert m["26公里"] == "疏浚河道"
    assert m["1,340吨"] == "清理垃圾"


def test_pipe_cell_of_words_keeps_its_clause_metric():
    # decoy: a cell that is a phrase of its own (not a bare figure) is read as a clause; a header year has no metric
    m = _metrics("| 年份 | 进展 |\n| 2021年 | 全年培训护理员320人 |\n| 2022年 | 新增日间照料中心9个 |\n")
    assert m["320人"] == "护理员" or m["320人"].endswith("护理员")
    assert m["9个"].endswith("日间照料中心")
    assert m["2021年"] == "" and m["2022年"] == ""


# --- (1) metric: a verb inside a noun (增加值) does not cut the noun to one character --------------------------------

def test_noun_holding_a_verb_is_the_metric():
    m = _metrics("今年全镇规上工业增加值21.7亿元，全社会用电量3.4亿千瓦时，同比增长2.6%。")
    assert m["21.7亿元"].endswith("工业增加值")
    assert m["3.4亿千瓦时"].endswith("用电量")


def test_noun_after_a_verb_still_starts_after_it():
    # twin: a real verb before the noun still cuts the phrase (完成 … 增加值 → 增加值; 完成投资 → 投资)
    m = _metrics("园区企业当年实现增加值6.8亿元，完成投资12亿元。")
    assert m["6.8亿元"] == "增加值"
    assert m["12亿元"] == "投资"


# --- (2) 近半 / 过半: half of a whole in words -----------------------------------------------------------------------

def test_nearly_half_and_over_half_are_fractions():
    t = "全县126个行政村中，近半的村建成了文化广场，过半数村实现集体经济收入5万元以上，过半农户加入合作社。"
    near = _fig(t, "近半")
    assert near and near["kind"] == "fraction" and near["value"] == "0.5" and near["qualifier"] == "nearly"
    over = _fig(t, "过半数")
    assert over and over["kind"] == "fraction" and over["qualifier"] == "more_than"
    over2 = _fig(t, "过半")
    assert over2 and over2["value"] == "0.5" and over2["qualifier"] == "more_than"


def test_half_of_the_year_or_schedule_is_no_figure():
    # decoys: the schedule idiom and half a year / half a month are no share
    t = "上半年各项工作实现“双过半”，时间过半、任务过半；近半年来，通过半个月集中攻坚，超过半数问题完成整改。"
    df = figures_of(t, 2022)
    texts = list(df["text"])
    assert "过半" not in texts and "双过半" not in texts and "近半" not in texts and "过半个" not in texts
    assert "超过半数" in texts


# --- (3) a ratio of three terms ------------------------------------------------------------------------------------

def test_three_term_ratio_is_one_figure():
    f = _fig("全区三次产业比例调整为6.2:38.5:55.3，服务业占比继续提高。", "6.2:38.5:55.3")
    assert f and f["kind"] == "ratio" and f["value"] == "6.2"


def test_three_term_ratio_shares_sum_holds_and_broken():
    ok = run(percent_sum, "全区三次产业比例调整为6.2:38.5:55.3，服务业占比继续提高。", 2022)
    bad = run(percent_sum, "全区三次产业比例调整为6.2:38.5:56.3，服务业占比继续提高。", 2022)
    assert [r["verdict"] for r in ok if "38.5" in r["span"]] == ["consistent"]
    assert [r["verdict"] for r in bad if "38.5" in r["span"]] == ["inconsistent"]
    assert any("6.2:38.5:56.3" in r["span"] for r in bad)


def test_clock_time_is_no_ratio():
    df = figures_of("会议于9:30:00准时开始，男女比例为1.1:1。", 2022)
    assert "9:30:00" not in list(df["text"])
    assert "1.1:1" in list(df["text"])


def test_inline_pipe_rows_apart_by_semicolons():
    # rows written on one line, apart by ；, the first cell after the table's title; a year row takes its column's name
    m = _metrics("考核表：项目｜目标｜实际；培训人数｜≥500人｜538人；结业率｜90%｜93.5%\n"
                 "表：年份｜参赛人数｜获奖率；2021年｜120｜15.0%；2022年｜150｜18.0%\n")
    assert m["538人"] == "培训人数" and m["93.5%"] == "结业率"
    assert m["15.0%"] == m["18.0%"] == "获奖率"


# --- (2) a share stated as 近半 is checked: nearly half is not a third ------------------------------------------------

def test_nearly_half_share_holds():
    from analysis.rules.shares import share_of_total
    rows = run(share_of_total, "全年发放创业担保贷款2,400笔，其中返乡青年申请1,130笔，占近半。", 2022)
    assert [r["verdict"] for r in rows if "近半" in r["span"]] == ["consistent"]


def test_nearly_half_share_broken():
    from analysis.rules.shares import share_of_total
    rows = run(share_of_total, "全年发放创业担保贷款2,400笔，其中返乡青年申请830笔，占近半。", 2022)
    assert [r["verdict"] for r in rows if "近半" in r["span"]] == ["inconsistent"]


def test_over_half_share_decoy_is_no_alarm():
    # decoy: 过半 of the same whole with 1,300 of 2,400 holds; the schedule idiom beside it raises nothing
    from analysis.rules.shares import share_of_total
    rows = run(share_of_total, "上半年实现时间过半、任务过半。全年发放创业担保贷款2,400笔，其中返乡青年申请1,300笔，占比过半。", 2022)
    assert "inconsistent" not in [r["verdict"] for r in rows]


# --- a structure of three industries written as percents (not a:b:c) is checked against 100 too --------------------

def test_industry_structure_in_percents_holds():
    rows = run(percent_sum, "全镇生产总值36.2亿元，三次产业结构为12.6%、35.1%、52.3%，服务业比重继续提高。", 2022)
    assert [r["verdict"] for r in rows if "三次产业结构为" in r["span"]] == ["consistent"]


def test_industry_structure_in_percents_broken():
    rows = run(percent_sum, "全镇生产总值36.2亿元，三次产业结构为12.6%、36.1%、52.3%，服务业比重继续提高。", 2022)
    assert [r["verdict"] for r in rows if "三次产业结构为" in r["span"]] == ["inconsistent"]


def test_industry_shares_listed_with_fenbie_get_one_row():
    # decoy: the shares listed 分别… are the list rule's; no second row of the structure
    rows = run(percent_sum, "三次产业增加值占全镇生产总值的比重分别为12.6%、35.1%和52.3%。", 2022)
    assert [r["verdict"] for r in rows] == ["consistent"]
