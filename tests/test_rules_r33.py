"""Rules, round 33 (eighteenth session). Sentences are our own."""
from analysis.rules.enumeration import enumeration_count
from rules_cases import run


def _enum(text):
    return [(r["verdict"], r["computed"]) for r in run(enumeration_count, text, year=2016)]


def test_a_count_in_digits_with_long_names_in_brackets_after_it():
    # (the names of units run to eleven characters: 县乡镇财政管理服务中心)
    text = "局机关内设股室9个，下属事业单位{n}个（县国库集中支付中心、县财政投资评审中心、县乡镇财政管理服务中心）。"
    assert _enum(text.format(n=3)) == [("consistent", "announces 3, lists 3")]
    assert _enum(text.format(n=4)) == [("inconsistent", "announces 4, lists 3")]
    assert _enum("下属事业单位4个（县国库集中支付中心、县财政投资评审中心、县乡镇财政管理服务中心等）。") == [
        ("unverifiable", "announces 4, lists 3 and closes with 等")]
    # (a bracket of one name, or of parts with their own counts, lists nothing)
    assert _enum("下属事业单位1个（县国库集中支付中心）。") == []
    assert _enum("下属事业单位4个（其中全额拨款3个、差额拨款1个）。") == []
