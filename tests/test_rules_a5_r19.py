"""cross_reference, round 19, fifth pass (helper A): two false alarms on correct blind reports. (1) An item of a list
inherits the measure of its list's total or lead (在册学员…共N人。按类别分：… / 现有教练员N人，其中…): two items of one
name under lists of two measures are two quantities. (2) A growth rate after a change amount (比上年增加X万元，增长Y%)
is of the amount before the change, so a total's rate and its 其中 item's rate are not one rate restated. Sentences
invented."""
from analysis.rules.crossref import cross_reference

from rules_cases import run


def _bad(text, year=2024):
    return [r["stated"] for r in run(cross_reference, text, year) if r["verdict"] == "inconsistent"]


# ---------------------------------------------------------------- (1) items under lists of two measures
_TWO_MEASURES = ("一、学员情况\n全区各培训机构在册学员共9,640人。按类别分：职业技能类3,120人；文化艺术类4,280人；体育运动类2,240人。\n"
                 "二、师资情况\n全区共有培训教师612人，其中职业技能类205人、文化艺术类268人、体育运动类139人。")


def test_items_of_two_measures_are_two_quantities():
    assert _bad(_TWO_MEASURES) == []


def test_same_measure_restated_with_another_value_still_alarms():
    # (the broken twin: one list's item restated later under the same measure, another value)
    text = ("一、学员情况\n全区各培训机构在册学员共9,640人。按类别分：职业技能类3,120人；文化艺术类4,280人；体育运动类2,240人。\n"
            "二、结构分析\n全区在册学员9,640人，其中职业技能类3,210人、文化艺术类4,280人、体育运动类2,240人。")
    assert any("3,120" in s and "3,210" in s for s in _bad(text))


def test_item_standing_alone_keeps_its_pairing():
    # (decoy: an item with no list lead on one side is not excused by the other side's measure)
    text = ("一、学员情况\n全区在册学员共9,640人，其中职业技能类学员3,120人。\n"
            "二、总结\n总的看，全年职业技能类学员3,210人，培训质量稳步提升。")
    assert any("3,120" in s and "3,210" in s for s in _bad(text))


# ---------------------------------------------------------------- (2) a rate after a change amount
_RATES = ("四、公务支出情况\n2024年度公务支出合计56.40万元，比上年减少1.20万元，下降2.1%。其中：会议费12.60万元，比上年减少3.10万元，"
          "下降19.7%；培训费43.80万元，比上年增加1.90万元，增长4.5%。")


def test_total_rate_and_item_rate_are_two_rates():
    assert _bad(_RATES) == []


def test_same_amount_rate_restated_differently_alarms():
    # (the broken twin: the total's rate restated in a later section with another value)
    text = _RATES + "\n五、总结\n总的看，全年公务支出下降3.4%，节支成效明显。"
    assert any("2.1%" in s and "3.4%" in s for s in _bad(text))


def test_same_amount_rate_restated_alike_is_quiet():
    # (decoy: the same rate restated alike raises nothing)
    text = _RATES + "\n五、总结\n总的看，全年公务支出下降2.1%，节支成效明显。"
    assert _bad(text) == []
