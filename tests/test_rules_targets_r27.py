"""target_met, round 27: indicator lines of a self-evaluation (合格率：目标值≥98%，实际值96.2%，指标达成), a completion
rate of 100% claimed on a missed floor, a ceiling marked ≤; the excess before its verb (超额18%完成…5亿元的任务); a
multiple of the target (是市下达任务的1.8倍); a gap after a target held in its own phrase (超出…15亿元年度目标4.6亿元);
how early a year's target was met (截至11月25日…提前3个月完成全年任务); the span of years a target covers (已完成
五年目标任务的86%); a target set in an opening list named with its verb (…完成120亿元 … 完成126亿元，为年度目标的110%);
and the bounds of targets listed as set (不低于…、不低于…), no claim of a target missed."""
from analysis.rules.targets import target_met

from rules_cases import run


def _rows(text, year=2020):
    return [(r["verdict"], r["stated"]) for r in run(target_met, text, year)]


def _inconsistent(text, year=2020):
    return [s for v, s in _rows(text, year) if v == "inconsistent"]


# ---------------------------------------------------------------- indicator lines
def test_indicator_line_claim_on_a_missed_floor():
    text = "2.质量指标。道路验收合格率：目标值≥98%，实际值96.2%，指标达成。"
    assert _inconsistent(text) == ["96.2%; target 98% (met)"]
    assert _rows(text.replace("96.2%", "99.2%")) == [("consistent", "99.2%; target 98% (met)")]


def test_indicator_line_ceiling_marked_by_its_sign():
    text = "投诉办结时限：目标值≤15天，实际值18天，已完成。"
    assert _inconsistent(text) == ["18天; target 15天 (met)"]
    assert _rows(text.replace("18天", "12天")) == [("consistent", "12天; target 15天 (met)")]


def test_indicator_line_completion_rate_of_100_claims_met():
    text = "群众满意度：目标值≥95%，实际值91%，完成率100%。"
    assert _inconsistent(text) == ["91%; target 95% (met)"]
    # another rate is actual / target
    assert _rows("群众满意度：目标值≥90%，实际值94.5%，完成率105%。") == [
        ("consistent", "94.5% = 105% of target 90%")]


def test_indicator_line_without_claim_is_recorded():
    assert _rows("老年人体检率：目标值≥70%，实际值66.8%。") == [("consistent", "66.8%; target 70% (not met)")]


def test_indicator_line_decoys():
    # a prior-year value, a plan, the actual value in another sentence, another unit: nothing
    assert _rows("老年人体检率：目标值≥70%，实际上年为66.8%，今年进一步提高。") == []
    assert _rows("满意度目标值≥90%。实际值93%。") == []
    assert _rows("修复时间：目标值≤48小时，实际投入人员52人，指标已达成。") == []


# ---------------------------------------------------------------- the excess before its verb
def test_excess_percentage_before_the_verb():
    text = "全年完成出口额5.4亿元，超额18%完成市下达的5亿元出口任务。"
    assert _inconsistent(text) == ["5.4亿元 exceeds the target 5亿元 by 18%"]
    assert _inconsistent(text.replace("18%", "8%")) == []
    # a growth rate between the value and the claim is no excess
    assert _inconsistent("全年完成出口额5.4亿元，同比增长18%，完成市下达的5亿元出口任务。") == []


# ---------------------------------------------------------------- a multiple of the target
def test_multiple_of_the_target_set_in_the_sentence_before():
    text = "市下达我县2020年植树任务40万株。全年完成植树60万株，是市下达任务的1.8倍。"
    assert _inconsistent(text) == ["60万株 = 1.8倍 of target 40万株"]
    assert _rows(text.replace("1.8倍", "1.5倍")) == [("consistent", "60万株 = 1.5倍 of target 40万株")]
    # another work than the target's: not judged against it; a multiple of last year's value: growth's
    assert _inconsistent(text.replace("完成植树60万株", "完成育苗60万株")) == []
    assert _rows("上年植树40万株。全年完成植树60万株，是上年的2倍。") == []


# ---------------------------------------------------------------- a gap after a target held in its phrase
def test_gap_after_the_target_held_in_its_phrase():
    text = "全年招商引资到位资金18.6亿元，超出县政府下达的15亿元年度目标4.6亿元。"
    assert _inconsistent(text) == ["18.6亿元, target 15亿元: over it by 4.6亿元"]
    assert _inconsistent(text.replace("4.6亿元。", "3.6亿元。")) == []
    assert _inconsistent("全年新增就业2860人，低于县下达的3000人目标240人。") == [
        "2860人, target 3000人: short of it by 240人"]
    # last year's value is no target
    assert _rows("全年招商引资到位资金18.6亿元，超出上年的15亿元3.6亿元。") == []


# ---------------------------------------------------------------- how early a year's target was met
def test_months_ahead_of_the_years_end_is_not_judged():
    # (the review of the session: a task's own deadline — 征兵, 春播, 须于11月底前完成 — and a 截至 reporting date made
    # the reading raise false alarms; it is left out, these get no row)
    assert _inconsistent("截至11月25日，全县新增市场主体3200户，提前3个月完成全年任务。") == []
    assert _inconsistent("截至9月10日，全县提前5天完成年度征兵任务。") == []


def test_months_ahead_decoys():
    # a deadline of its own, a target of several years, another year's date, no year known: nothing
    assert _inconsistent("截至7月底，全县已完成改厕1200户，比原定9月底的期限提前2个月完成年度改厕任务。") == []
    assert _inconsistent("截至11月25日，项目已完成主体工程，提前3个月完成三年行动目标。") == []
    assert _inconsistent("截至2019年11月25日，全县新增市场主体3200户，提前3个月完成全年任务。") == []
    assert _inconsistent("截至11月25日，全县新增市场主体3200户，提前3个月完成全年任务。", year=None) == []


# ---------------------------------------------------------------- the span of years a target covers
def test_percentage_of_a_target_of_several_years():
    text = "五年行动（2021—2025年）确定新建村级活动场所200个的目标，四年来累计建成152个，已完成五年目标任务的86%。"
    assert _inconsistent(text) == ["152个 = 86% of target 200个"]
    assert _rows(text.replace("86%", "76%")) == [("consistent", "152个 = 76% of target 200个")]


# ---------------------------------------------------------------- a target listed ahead, named with its verb
def test_percentage_of_a_target_listed_ahead_named_with_its_verb():
    text = ("年初确定的主要预期目标是：地区生产总值增长8%，规模以上工业增加值完成150亿元。\n从全年看，全县经济稳中有进。"
            "全年地区生产总值增长8.4%，高出预期目标0.4个百分点；规模以上工业增加值完成162亿元，为年度目标的112%。")
    assert _inconsistent(text) == ["162亿元 = 112% of target 150亿元"]
    assert ("consistent", "162亿元 = 108% of target 150亿元") in _rows(text.replace("112%", "108%"))
    # another metric than the one set: the target stays unknown
    assert _inconsistent(text.replace("规模以上工业增加值完成162亿元", "规模以上工业营业收入完成162亿元")) == []


# ---------------------------------------------------------------- bounds of targets as set
def test_bounds_of_targets_listed_are_no_claim():
    assert _rows("年度目标为耕地保有量不低于省下达的52.6万亩、永久基本农田保护面积不低于44.8万亩。") == []
    assert _rows("年度目标为粮食播种面积不少于36万亩、产量不少于15万吨。") == []
