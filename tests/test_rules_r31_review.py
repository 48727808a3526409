"""Round 31, after a read-only review: each counter-example the reviewer wrote against the session's new readings,
kept as a test that the reading stays within its bounds. Sentences are the reviewer's or our own."""
from decimal import Decimal as D

from analysis.rules.crossref import cross_reference
from analysis.rules.growth import growth
from analysis.rules.intervals import Interval, fmt_outward, qualified
from analysis.rules.placeholder import placeholder
from analysis.rules.sums import parts_sum
from analysis.rules.targets import target_met
from rules_cases import run


def _alarms(rule, text):
    return [r["stated"] for r in run(rule, text, year=2020) if r["verdict"] in ("inconsistent", "missing")]


def test_parts_with_counts_of_their_own_things_are_still_a_list():
    # (床位, 卫技人员: each part's attributes, no acts — the list runs on to 村卫生室)
    text = ("全县共有卫生机构50个，其中县级医院3个，床位800张，卫技人员900人，乡镇卫生院18个，床位500张，卫技人员400人，"
            "村卫生室31个。")
    assert _alarms(parts_sum, text) == ["50个 = 3个 + 18个 + 31个"]


def test_a_plan_named_after_chaoguo_is_the_target():
    # (超过计划投资12亿元: the plan passed, not the gap; 15/12 is no 130%)
    assert _alarms(target_met, "全年完成固定资产投资15亿元，超过计划投资12亿元，完成率为130%。") == [
        "15亿元 = 130% of target 12亿元"]


def test_a_gap_named_after_chaochu_is_no_target():
    from analysis.rules.common import figs_of, is_change, is_target
    from rules_cases import build_document, extract_figures
    doc = build_document("全年新增就业5320人，超出年度目标任务320人。", year=2020)
    gap = [f for f in figs_of(doc, extract_figures(doc, "t")) if f.text == "320人"][0]
    assert is_change(doc.folded, gap) and not is_target(doc.folded, gap)


def test_titles_of_laws_and_reports_do_not_part_two_values():
    text = ("全面贯彻《预算法》，全年一般公共预算收入完成12.3亿元，同比增长8.1%。认真落实《政府工作报告》部署，全年一般公共预算"
            "收入完成12.8亿元，超额完成任务。")
    assert _alarms(cross_reference, text) == ["12.3亿元; 12.8亿元"]


def test_numbered_topic_sentences_sharing_a_predicate_do_not_part_a_metric():
    text = ("（一）农业生产稳定发展。\n全年粮食总产量达到32.5万吨，同比增长2.1%。\n（二）工业经济稳定发展。\n"
            "规模以上工业增加值增长8.2%，全县粮食总产量达到35.2万吨。")
    assert _alarms(cross_reference, text) == ["32.5万吨; 35.2万吨"]


def test_a_fall_named_as_a_rate_is_read_against_the_fall():
    text = ("一、商贸流通\n全年实现外贸进出口总额12.6亿元，同比下降8.2%。\n二、存在问题\n受外需收缩影响，外贸进出口总额"
            "降幅为{r}。")
    assert _alarms(cross_reference, text.format(r="9.2%")) == ["8.2%; 9.2%"]
    assert _alarms(cross_reference, text.format(r="8.2%")) == []


def test_gdp_named_as_a_yardstick_makes_no_real_rate():
    text = "全县固定资产投资相当于地区生产总值的85%，达到102亿元，比上年的80亿元增长25%。"
    assert _alarms(growth, text) == ["102亿元，增长25%，上年 80亿元"]


def test_a_unit_of_two_characters_after_a_wrap_is_a_blank():
    text = ("【城市建设】坚持建管并重的城市发展理念，以创建省级文明城市为契机，\n"
            "强力推进城市化进程，加大投入力度，力求突出建设质量和水平的提升、城\n"
            "市功能和配套设施的完善以及城市管理的高效运行，全年完成城市基础设施投资\n"
            "亿元，同比增长12.1%，不断完善城市配套功能，提升城市内涵和品位水平。\n")
    assert _alarms(placeholder, text) == ["亿元"]


def test_a_completion_percentage_of_an_amount_at_most_implies_a_target_at_most():
    rows = run(target_met, "全年完成投资近580万元，完成年度目标的58%。", year=2020)
    assert [r["computed"] for r in rows] == [
        "the target is not stated; 近580万元 at 58% implies a target of at most 1008.7万元"]


def test_intervals_of_other_signs_or_no_end_give_any_value():
    assert fmt_outward(Interval(None, D(-5)) * Interval(D(2), D(3)), 1) == "any value"
    assert fmt_outward(Interval(None, D(-5)) / Interval(D(2), D(3)), 1) == "any value"
    assert fmt_outward(Interval(None, None) * Interval(D(2), D(3)), 1) == "any value"
    assert fmt_outward(qualified(D("-3.5"), 1, "at_most") / Interval(D(2), D(3)), 1) == "any value"
    # (a divisor open at 0 raises nothing)
    assert fmt_outward(Interval(D(6), D(8)) / Interval(D(0), None, low_open=True), 1) == "any value"
