"""target_met, round 31: a completion percentage of an amount open on one side (0.46万人以上 at 46.2%) implies a
target open on one side too — at least the bound — where it used to stop the whole check on arithmetic with an
unbounded interval. Sentences are our own."""
from analysis.rules.targets import target_met
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["computed"], r["explanation_zh"]) for r in run(target_met, text, year=2020)]


def test_an_amount_open_above_implies_a_target_at_least():
    rows = _rows("上半年，全县转移农村劳动力0.46万人以上，完成全年任务的46.2%。")
    assert [(v, c) for v, c, _ in rows] == [
        ("unverifiable", "the target is not stated; 0.46万人以上 at 46.2% implies a target of at least 0.994万人")]
    assert rows[0][2].endswith("目标应不低于0.994万人。")


def test_a_closed_amount_implies_a_target_between_two_ends():
    rows = _rows("上半年，全县转移农村劳动力0.46万人，完成全年任务的46.2%。")
    assert [(v, c) for v, c, _ in rows] == [
        ("unverifiable", "the target is not stated; 0.46万人 at 46.2% implies a target in [0.983, 1.008]万人")]
    assert rows[0][2].endswith("目标应在[0.983, 1.008]万人之间。")


def test_a_completion_percentage_of_an_amount_open_above_against_its_target():
    # (2.3万人以上 of 2万人 is 115% or more: 115% holds, 95% cannot — the check no longer stops on the open end)
    text = "全年城镇新增就业2.3万人以上，完成年度目标任务2万人的{p}。"
    assert [(v, c) for v, c, _ in _rows(text.format(p="115%"))] == [
        ("consistent", "2.3万人以上/2万人 = ≥ 115.0%; stated 115% needs 114.5–115.5%")]
    assert [v for v, _, _ in _rows(text.format(p="95%"))] == ["inconsistent"]


GAP = ("全县共有12个项目纳入省级考核，年度投资计划2.6亿元。截至5月底，累计完成投资已达1.4亿元，超出计划投资0.32亿元，"
       "占全年水利建设投资计划的{p}。")


def test_the_gap_to_a_plan_is_no_target():
    # (超出计划投资0.32亿元: by how much the work ran ahead of the plan to date; the percentage is of the year's plan)
    assert [(v, c.split(" needs")[0]) for v, c, _ in _rows(GAP.format(p="54%"))] == [
        ("consistent", "1.4亿元/2.6亿元 = 51.9–55.8%; stated 54%")]
    assert [v for v, _, _ in _rows(GAP.format(p="64%"))] == ["unverifiable"]


def test_a_target_then_its_gap_keeps_the_target():
    # (超出年度目标3,000万元260万元: the target, then the gap right after it)
    from analysis.rules.common import is_target
    from rules_cases import build_document, extract_figures
    from analysis.rules.common import figs_of
    text = "全年争取上级科技项目资金3,260万元，超出年度目标3,000万元260万元。"
    doc = build_document(text, year=2020)
    figs = {f.text: f for f in figs_of(doc, extract_figures(doc, "t"))}
    assert is_target(doc.folded, figs["3,000万元"]) and not is_target(doc.folded, figs["260万元"])
