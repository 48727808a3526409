"""cumulative_vs_new and parts_sum, round 21 (helper B). cumulative_vs_new: previous + new = current checked wherever
the three stand (one sentence, two sentences, two sections: 上年末/去年底/截至上年底/由X…, 今年新增/当年新建/新发行…,
年末…/目前…总数/累计…/增加到Y), replacing new ≤ cumulative; a part of the flow (其中…新增) is not the flow; a register's
gross entries (新登记, 实有) and another scope named between a flow and a stock raise nothing. parts_sum: a total alone in
the ；-clause before the done (已…) and the rest (其余…). Sentences invented."""
from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.sums import parts_sum
from rules_cases import alarm_verdicts as _alarms
from rules_cases import verdicts_at as _at


# --- cumulative_vs_new: the three levels in three sections -----------------------------------------------------------

SECTIONS = ("一、总体情况\n去年底，全区建成城市书房54家。\n"
            "二、重点工作\n今年围绕“15分钟阅读圈”，新建城市书房17家，举办阅读活动320场。\n"
            "三、工作成效\n目前全区城市书房总数达到{x}家，覆盖所有街道。\n")


def test_chain_over_three_sections():
    assert _at(cumulative_vs_new, SECTIONS.format(x=71), "总数达到71家") == ["consistent"]
    assert _at(cumulative_vs_new, SECTIONS.format(x=74), "总数达到74家") == ["inconsistent"]
    # decoy: the closing summary restates the year's flow with its digits swapped; the chain stands with the body's
    text = ("新建村级文化广场64个，全县累计由上年末的418个增加到482个。\n"
            "三、总结\n综上，全年新建村级文化广场46个，群众文化生活更加丰富。")
    assert _alarms(cumulative_vs_new, text) == []
    assert _at(cumulative_vs_new, text, "增加到482个") == ["consistent"]


def test_chain_dated_last_year_end_then_a_later_total():
    text = ("截至2021年底，全县认定家庭农场累计412家。\n今年新认定家庭农场58家。\n"
            "全县家庭农场总数达到{x}家，规模经营水平稳步提升。")
    assert _at(cumulative_vs_new, text.format(x=470), "总数达到470家", year=2022) == ["consistent"]
    assert _at(cumulative_vs_new, text.format(x=476), "总数达到476家", year=2022) == ["inconsistent"]


# --- cumulative_vs_new: one sentence, the gap not a slip of one digit -------------------------------------------------

ONE = "上年末全镇共有日间照料中心29个，今年新增9个，年末总数达到{x}个。"


def test_chain_in_one_sentence_any_gap():
    assert _at(cumulative_vs_new, ONE.format(x=38), "38个") == ["consistent"]
    assert _at(cumulative_vs_new, ONE.format(x=41), "41个") == ["inconsistent"]


def test_first_clause_dates_the_previous_level():
    text = "上年末，累计建档立卡困难职工1,315户；今年新增建档286户，年末累计建档{x}户。"
    assert _at(cumulative_vs_new, text.format(x="1,601"), "1,601户") == ["consistent"]
    assert _at(cumulative_vs_new, text.format(x="1,610"), "1,610户") == ["inconsistent"]


def test_new_issue_sentence_after_last_year_end():
    text = "上年末，全县累计争取地方政府专项债券7.6亿元。2022年，新发行专项债券3.1亿元。截至年末，全县累计发行专项债券{x}亿元。"
    assert _at(cumulative_vs_new, text.format(x="10.7"), "10.7亿元") == ["consistent"]
    assert _at(cumulative_vs_new, text.format(x="11.7"), "11.7亿元") == ["inconsistent"]


# --- cumulative_vs_new: a rise 由X…到Y with the year's amount after it ------------------------------------------------

RISE = "全县节水灌溉面积由3.46万亩增加到{x}万亩，当年新建节水灌溉面积0.52万亩。"


def test_rise_without_a_date_and_the_years_amount():
    assert _at(cumulative_vs_new, RISE.format(x="3.98"), "0.52万亩") == ["consistent"]
    assert _at(cumulative_vs_new, RISE.format(x="4.08"), "0.52万亩") == ["inconsistent"]


# --- cumulative_vs_new: the change since last year-end as the flow; the year's running new; a shortened name -------

def test_change_since_last_year_end_closes_a_chain_sections_apart():
    text = ("一、基本情况\n上年末全县实有耕地保有量86.40万亩。\n"
            "二、主要成效\n年末全县耕地保有量{x}万亩，比上年末增加1.25万亩。")
    assert _at(cumulative_vs_new, text.format(x="87.65"), "比上年末增加1.25万亩") == ["consistent"]
    assert _at(cumulative_vs_new, text.format(x="88.65"), "比上年末增加1.25万亩") == ["inconsistent"]


def test_years_running_new_and_a_shortened_name():
    text = "年初全区共有社区食堂23个。全年累计新增食堂7个，年末社区食堂达到{x}个。"
    assert _at(cumulative_vs_new, text.format(x=30), "年末社区食堂达到30个") == ["consistent"]
    assert _at(cumulative_vs_new, text.format(x=32), "年末社区食堂达到32个") == ["inconsistent"]


# --- cumulative_vs_new: decoys -----------------------------------------------------------------------------------------

def test_part_of_the_flow_is_not_the_flow():
    text = "年末全区住户存款余额由年初的152.6亿元增加到171.0亿元，全年新增18.4亿元，其中定期存款新增9.7亿元。"
    assert _alarms(cumulative_vs_new, text) == []
    assert "consistent" in _at(cumulative_vs_new, text, "全年新增18.4亿元")


def test_register_entries_and_another_scope_raise_nothing():
    # 新登记 counts entries into a register that also loses members: previous + new above the level is no error
    assert _alarms(cumulative_vs_new, "截至上年底，全区实有经营主体4.12万户。全年新登记经营主体5,860户。\n"
                                      "年末全区实有经营主体4.51万户。") == []
    # the province's new against the county's running total
    assert _alarms(cumulative_vs_new, "全省今年新增星级农家乐580家，我县上榜14家，累计达到63家。") == []
    # a flow for part of the year is not the year's
    text = "一季度新增专业合作社6家，全年新增21家，合作社总数由上年末的140家增加到161家。"
    assert _at(cumulative_vs_new, text, "增加到161家") == ["consistent"]


# --- parts_sum: a total, then ；已… and 其余… ----------------------------------------------------------------------------

REST = "开展燃气安全专项检查，共发现问题隐患2,310处；截至目前已整改{d}处，其余{r}处正在督促整改。"


def test_total_before_a_semicolon_then_done_and_rest():
    assert _at(parts_sum, REST.format(d="2,244", r=66), "其余66处") == ["consistent"]
    assert _at(parts_sum, REST.format(d="2,244", r=76), "其余76处") == ["inconsistent"]
    # decoy: two amounts in the clause before the semicolon: which is the whole is not sure
    text = "排查一般隐患1,204处、较大隐患36处；已整改1,150处，其余80处限期整改。"
    assert _alarms(parts_sum, text) == []


# --- parts_sum: the set, the part done and the part still open --------------------------------------------------------

OPEN = "今年共受理行政复议申请{t}件，已审结{d}件，未审结{o}件。"


def test_done_and_open_make_up_the_set():
    assert _at(parts_sum, OPEN.format(t=148, d=139, o=9), "未审结9件") == ["consistent"]
    assert _at(parts_sum, OPEN.format(t=148, d=136, o=9), "未审结9件") == ["inconsistent"]
    # 正在办理 after 已办结 is the open part too
    text = "收到网民留言2,406条，已办结2,371条，正在办理{o}条。"
    assert _at(parts_sum, text.format(o=35), "正在办理35条") == ["consistent"]
    assert _at(parts_sum, text.format(o=53), "正在办理53条") == ["inconsistent"]
    # decoy: the open figure of another set (the clause before names no done part)
    assert _alarms(parts_sum, "受理复议申请148件，听证12件，未审结9件。") == []
