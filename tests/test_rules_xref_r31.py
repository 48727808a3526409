"""cross_reference, round 31: the subject a sentence's 其中-segment sets is carried to the next ；-segment when that
one names no subject of its own (其中，28家规模以上工业企业实现产值…；实现利润总额3.15亿元: the profit of those 28).
A sector's profit and a part of another sector's are not one metric given twice. Sentences are our own."""
from analysis.rules.crossref import cross_reference
from rules_cases import run

SECTORS = ("二、建筑业发展较快。全年完成施工面积320.5万平方米，比上年增长12.3%；实现利润总额6.40亿元，比上年增长{g}。\n"
           "三、工业平稳运行。全年实现工业总产值210.37亿元，比上年增长4.1%。{lead}实现产值198.20亿元，比上年增长5.0%；"
           "实现利润总额{v}，比上年增长31.4%。")


def _alarms(text):
    return [(r["stated"], r["computed"]) for r in run(cross_reference, text, year=2020) if r["verdict"] == "inconsistent"]


def test_a_counted_part_carries_to_the_next_segment():
    text = SECTORS.format(g="18.2%", lead="其中，28家规模以上工业企业", v="3.15亿元")
    assert _alarms(text) == []


def test_without_the_counted_part_the_two_profits_are_compared():
    # (the same paragraph with no part named: the second profit is the whole industry's, given a value and a rate
    # that a report naming one 利润总额 twice would contradict)
    text = SECTORS.format(g="18.2%", lead="", v="3.15亿元")
    assert [s for s, _ in _alarms(text)] == ["6.40亿元; 3.15亿元", "18.2%; 31.4%"]


def test_an_item_of_a_list_after_qizhong_still_names_itself():
    # 其中，城镇…；农村…: each item names its own metric — restated later with two digits swapped, it is one quantity
    text = ("全年全体居民人均可支配收入25,368元，增长8.6%。其中，城镇常住居民人均可支配收入35,910元，增长7.8%；"
            "农村常住居民人均可支配收入16,842元，增长9.3%。全县农村常住居民人均可支配收入增速已连续5年快于城镇居民，"
            "2020年农村常住居民人均可支配收入达到16,482元。")
    assert [s for s, _ in _alarms(text)] == ["16,842元; 16,482元"]


def test_a_segment_with_a_subject_of_its_own_is_not_carried():
    # (；全县规模以上企业实现利润总额…: the segment names who, so the 28 of the segment before do not carry)
    text = ("全县实现利润总额6.40亿元。\n其中，28家规模以上工业企业实现产值198.20亿元；"
            "全县规模以上企业实现利润总额6.04亿元。")
    assert [s for s, _ in _alarms(text)] == ["6.40亿元; 6.04亿元"]
