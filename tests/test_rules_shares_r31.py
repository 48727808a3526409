"""share_of_total, round 31: an act's denial is no part of the act's count (共逮捕25人，不捕24人，不捕率为48.98%: the
rate is of the 49 decided, which the text does not state) — no share of 25 is read. Sentences are our own."""
from analysis.rules.shares import share_of_total
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(share_of_total, text, year=2020)]


def test_a_denial_is_no_part_of_the_act():
    text = "共受理审查逮捕各类犯罪41件50人，上升50%。经审查，共逮捕25人，不捕24人，不捕率为{p}。"
    assert _rows(text.format(p="48.98%")) == []
    assert _rows(text.format(p="49.98%")) == []


def test_a_part_named_as_the_act_is_still_read():
    text = "共受理审查逮捕案件50人。经审查，批准逮捕{n}人，批捕率为96.00%。"
    # (the count before a rate it does not name is a weak pairing: reported when it holds)
    assert _rows(text.format(n="48")) == [("consistent", "96.00% (48人 of 50人)")]


def test_denied_names_a_denial_of_one_character_only_when_it_is_all_the_name():
    from analysis.rules.common import denied

    assert denied("共逮捕", "不捕") and denied("合格", "不合格") and denied("批准逮捕", "不批准逮捕")
    assert not denied("逮捕", "捕") and not denied("满足", "不满足需求") and not denied("不捕", "不捕")


def test_a_completion_rate_after_a_whole_rated_on_its_own_is_against_the_parts_target():
    text = ("1—9月，完成招商引资23179万元，{own}其中省外回归到位资金4064万元，完成率40.6%，市外房地产项目19115万元，"
            "完成率191.1%。")
    assert _rows(text.format(own="总完成率115%，")) == []
    # (no rate of the whole's own: the part's completion rate is read as its share — 17.5% would hold)
    assert _rows(text.format(own="")) == [("inconsistent", "40.6% (4064万元 of 23179万元)")]


def test_a_completion_rate_of_tasks_is_still_a_share():
    assert _rows("全年排查整改问题27个，已完成21个，完成率{p}。".format(p="87.8%")) == [("inconsistent", "87.8% (21个 of 27个)")]
