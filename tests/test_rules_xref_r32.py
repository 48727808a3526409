"""cross_reference, round 32: two counts in groups their own leads name otherwise (10项…项目中，4项推进顺利 / 12项…项目中，
6项推进顺利) are counts of two groups; a value before and after an adjustment the text states (…613亿元后，…为38730.62亿元,
the gap being that amount) is no value written twice. Sentences are our own."""
from analysis.rules.crossref import cross_reference
from rules_cases import run


def _alarms(text, year=2022):
    return [r["stated"] for r in run(cross_reference, text, year=year) if r["verdict"] == "inconsistent"]


def test_counts_in_groups_with_leads_of_their_own():
    text = ("截至8月底，12项社区民生实事项目中，2项已完成，7项推进顺利，3项推进滞后，滞后项目占比25%。9项街道重点工作"
            "专班推进项目中，5项推进顺利，4项推进滞后，滞后项目占比44.4%。")
    assert _alarms(text) == []
    # (the same group told twice, once with another count, is still a conflict)
    text = ("截至9月底，8项镇级民生实事项目中，2项已完成，5项推进顺利，1项推进滞后。从进度看，8项镇级民生实事项目中，"
            "{a}项推进顺利，1项推进滞后。")
    assert _alarms(text.format(a=5)) == []
    assert _alarms(text.format(a=6)) == ["5项推进顺利; 6项推进顺利"]


def test_a_value_before_and_after_a_stated_adjustment():
    text = ("全市一般公共预算收入286.47亿元，比上年增长6.2%。扣除一次性土地收益调库{d}亿元后，全市一般公共预算收入为"
            "271.35亿元，增长3.1%。")
    assert _alarms(text.format(d="15.12")) == []
    # (a gap the amount stated does not explain is still a conflict)
    assert _alarms(text.format(d="1.52")) == ["286.47亿元; 271.35亿元"]
