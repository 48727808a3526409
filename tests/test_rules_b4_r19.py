"""Round 19, helper B (fourth pass): last year-end's level and the level reached (由上年末的…增至…, 上年末累计…，…累计达到…,
or last year-end's level in an earlier section) against the year's one flow of the same unit named in other words in
another section (新改建/新建/新增, a year word opening the flow's name) sharing a noun of two characters or more with the
level → previous + new = current; a summing-up (总的来看，一年来…) after a heading of next year's plans still reports the
year. Decoys: a flow of another year, a flow that is only part of the change, a stock that may lose members ending below
previous + new, a flow planned for next year. Sentences invented."""
import pytest

from analysis.rules.cumulative import cumulative_vs_new
from rules_cases import run

ALARMS = ("inconsistent", "missing")


def _v(text, year):
    return [r["verdict"] for r in run(cumulative_vs_new, text, year)]


def _ok(text, year):
    v = _v(text, year)
    return "consistent" in v and not any(x in ALARMS for x in v)


def _bad(text, year):
    return "inconsistent" in _v(text, year)


def _quiet(text, year):
    return not any(x in ALARMS for x in _v(text, year))


PROBE = [
    # a level pair in one sentence, the flow named with its noun in another section
    ("一、交通建设\n全区农村公路总里程由上年末的2,406公里增至{t}公里，路网结构持续优化。\n"
     "二、民生实事\n年内新改建农村公路158公里，新建公交候车亭40个。\n", 2020, "2,564", "2,546"),
    # a ledger: last year-end's running total and the running total reached in one sentence, the year's finds elsewhere
    ("一、巡察发现问题\n本年度巡察发现问题128个，移交问题线索6件。\n"
     "二、整改落实\n全县巡察整改台账上年末累计问题540个，纳入本年度新发现问题后累计达到{t}个。\n", 2021, "668", "686"),
    # last year-end's running total, the flow and the total reached in three sections, the total in a summing-up after
    # the plans' heading
    ("一、水利设施\n截至上年底，全乡累计建成小型蓄水池860座。年内新建小型蓄水池74座，疏浚河道12公里。\n"
     "二、明年工作打算\n力争新建小型蓄水池60座以上。\n"
     "总的来看，一年来全乡小型蓄水池累计达到{t}座，群众生产用水条件明显改善。\n", 2015, "934", "943"),
    # a stock of firms: last year-end's level, the year's new ones and the year-end level, each in its own section
    ("一、总体情况\n全市规模以上服务业企业上年末为318家。\n二、培育壮大\n全年新增规模以上服务业企业41家，营业收入增长9.1%。\n"
     "三、结构优化\n年末规模以上服务业企业达到{t}家。\n", 2022, "359", "366"),
    # the flow in the total's own sentence, last year-end's level (no 累计) sections before, a target set at the year's
    # start beside it; the measure word joined to its noun (36个社区) against a bare one
    ("一、项目概况\n截至2018年底，全市已完成36个社区的适老化改造。年初确定的任务为：改造20个社区。\n"
     "二、实施情况\n全年改造22个社区，全市累计完成改造的社区达到{t}个。\n", 2019, "58", "62"),
]


@pytest.mark.parametrize("text,year,right,slip", PROBE)
def test_level_pair_with_flow_apart_holds(text, year, right, slip):
    assert _ok(text.format(t=right), year)


@pytest.mark.parametrize("text,year,right,slip", PROBE)
def test_level_pair_with_flow_apart_slip(text, year, right, slip):
    assert _bad(text.format(t=slip), year)


def test_flow_of_another_year_is_quiet():
    text = ("一、交通建设\n全区农村公路总里程由上年末的2,406公里增至2,546公里。\n"
            "二、回顾\n2018年新改建农村公路158公里。\n")
    assert _quiet(text, 2020)


def test_flow_that_is_only_part_of_the_change_is_quiet():
    text = ("一、交通建设\n全区农村公路总里程由上年末的2,406公里增至2,564公里。\n"
            "二、民生实事\n年内新建农村公路90公里，提级改造农村公路68公里。\n")
    assert _quiet(text, 2020)
    text2 = ("一、交通建设\n全区农村公路总里程由上年末的2,406公里增至2,564公里。\n"
             "二、民生实事\n全年实施道路项目12个，其中新改建农村公路90公里。\n")
    assert _quiet(text2, 2020)


def test_stock_that_may_lose_members_below_is_quiet():
    # firms close or leave the count without the text saying so: ending below previous + new is no slip
    text = ("一、总体情况\n全市规模以上服务业企业上年末为318家。\n二、培育壮大\n全年新增规模以上服务业企业41家。\n"
            "三、结构优化\n年末规模以上服务业企业达到352家。\n")
    assert _quiet(text, 2022)


def test_flow_planned_for_next_year_is_quiet():
    text = ("一、水利设施\n截至上年底，全乡累计建成小型蓄水池860座。\n"
            "二、明年工作打算\n力争新建小型蓄水池60座以上。\n"
            "总的来看，一年来全乡小型蓄水池累计达到943座。\n")
    assert _quiet(text, 2015)


def test_flow_of_another_thing_is_quiet():
    text = ("一、交通建设\n全区农村公路总里程由上年末的2,406公里增至2,546公里。\n"
            "二、水利\n年内新建灌溉渠道158公里。\n")
    assert _quiet(text, 2020)


# the year's flow and last year-end's level in one sentence, the year-end level of the same thing in another section
FIRMS = ("一、总体情况\n年末全市规模以上工业企业612家。年末在册专精特新中小企业{t}家。\n"
         "二、企业培育\n全年新认定专精特新中小企业17家，上年末全市共有58家。\n")


def test_flow_and_previous_with_level_apart_holds():
    assert _ok(FIRMS.format(t="75"), 2023)


def test_flow_and_previous_with_level_apart_slip():
    assert _bad(FIRMS.format(t="78"), 2023)


def test_flow_and_previous_firms_below_is_quiet():
    # firms lose the title without the text saying so: a year-end level below previous + new is no slip
    assert _quiet(FIRMS.format(t="71"), 2023)


def test_flow_and_previous_only_a_wider_level_is_quiet():
    # the only year-end level shares no more than 企业 with the flow: another stock
    text = ("一、总体情况\n年末全市规模以上工业企业612家。\n"
            "二、企业培育\n全年新认定专精特新中小企业17家，上年末全市共有58家。\n")
    assert _quiet(text, 2023)
