"""cumulative_vs_new, round 31: a flow more than twice a running total of its name, with no digit slipped between them,
is another thing named alike (竣工投产项目完成投资47.62亿元 / 生态保护项目累计完成投资3.53亿元), not a new count larger than
its total — in one sentence too (none of the blind sets' planted errors is so far apart; two of their false alarms
were); a flow just above its total, or one whose digits slipped, still is. Sentences are our own."""
from analysis.rules.cumulative import cumulative_vs_new
from rules_cases import run

TEXT = "全年新建农村公路{n}公里。截至年底，全县累计建成农村公路{c}公里。"
ONE = "全年新建农村公路{n}公里，截至年底，全县累计建成农村公路{c}公里。"


def _alarms(text):
    return [r["stated"] for r in run(cumulative_vs_new, text, year=2020) if r["verdict"] == "inconsistent"]


def test_a_flow_far_above_its_total_is_another_thing():
    assert _alarms(TEXT.format(n="386", c="126")) == []


def test_in_one_sentence_too():
    assert _alarms(ONE.format(n="386", c="126")) == []
    assert _alarms(ONE.format(n="186", c="126")) == ["cumulative 126公里, new 186公里"]


def test_a_flow_just_above_its_total_or_slipped_still_conflicts():
    assert _alarms(TEXT.format(n="136", c="126")) == ["cumulative 126公里, new 136公里"]
    assert _alarms(TEXT.format(n="1260", c="126")) == ["cumulative 126公里, new 1260公里"]  # (a place added: a slip)
