"""target_met, round 30: a target set as 指标值 (年度指标值为…不低于95%) and a closing claim that names it so
(达到年度指标值) — a performance self-evaluation's words for the target and its claim. Sentences are our own."""
from analysis.rules.targets import target_met
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(target_met, text, year=2020)]


def test_a_target_value_claimed_reached_but_missed():
    text = "（三）满意度指标。年度指标值为服务对象满意度不低于90%，经第三方抽样调查，实际满意度为{a}，达到年度指标值。"
    assert _rows(text.format(a="88.4%")) == [("inconsistent", "88.4%; target 不低于90% (met)")]
    assert _rows(text.format(a="91.2%")) == [("consistent", "91.2%; target 不低于90% (met)")]


def test_a_target_value_with_no_claim_is_not_judged_as_claimed():
    text = "年度指标值为服务对象满意度不低于90%，经第三方抽样调查，实际满意度为88.4%，满意度有待提升。"
    assert not [r for r in _rows(text) if r[0] == "inconsistent" and "(met)" in r[1]]


def test_a_bracketed_target_then_its_percentage_without_de():
    # (完成全年目标（4.29亿元）87%: a completion percentage, no claim the target was met)
    text = "1—9月，实现地方财政收入3.76亿元，同比增长33.6%，完成全年目标（4.29亿元）{p}。"
    assert _rows(text.format(p="88%")) == [("consistent", "3.76亿元 = 88% of target 4.29亿元")]
    assert _rows(text.format(p="87%")) == [("inconsistent", "3.76亿元 = 87% of target 4.29亿元")]
