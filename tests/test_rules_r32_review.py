"""Round 32: a second read-only reviewer's counter-examples to this session's readings — each was wrong on the tree
it read and is right now. Sentences are the reviewer's or our own."""
from analysis.rules.crossref import cross_reference
from analysis.rules.enumeration import enumeration_count
from analysis.rules.growth import growth
from analysis.rules.shares import granularity
from analysis.rules.sums import parts_sum
from rules_cases import run


def _verdicts(rule, text, year=2021, key="stated"):
    return [(r["verdict"], r[key]) for r in run(rule, text, year=year)]


def _alarms(text):
    return [r["stated"] for r in run(cross_reference, text, year=2022) if r["verdict"] == "inconsistent"]


def test_a_state_of_more_than_all_or_of_all_is_a_second_value():
    assert _alarms("共有156件代表建议交由区政府各部门办理。截至10月底，160件代表建议已办复。") == ["156件代表建议; 160件代表建议"]
    assert _alarms("共有156件代表建议交由区政府各部门办理。截至10月底，150件代表建议已于9月底前全部办复。") == [
        "156件代表建议; 150件代表建议"]
    assert _alarms("共有156件代表建议交由区政府各部门办理。截至10月底，150件代表建议已办复。") == []


def test_a_date_in_a_lead_is_no_count_of_its_groups():
    text = ("截至9月底8项镇级民生实事项目中，2项已完成，5项推进顺利，1项推进滞后。在全镇8项民生实事项目中，6项推进顺利，"
            "1项推进滞后。")
    assert _alarms(text) == ["5项推进顺利; 6项推进顺利"]


def test_a_deduction_in_other_words_keeps_its_direction():
    text = ("全市一般公共预算收入286.47亿元，比上年增长6.2%。去除一次性土地收益调库15.12亿元后，全市一般公共预算收入为"
            "301.59亿元，增长3.1%。")
    assert _alarms(text) == ["286.47亿元; 301.59亿元"]


def test_lists_that_stay_judged():
    # (an item in another currency named like the others is one more item; a list after 分为 is parts, a slip too;
    # 地方税收、非税 and 上划中央税收 are one split of 财政总收入)
    assert _verdicts(parts_sum, "到位资金52.6亿元，其中省外资金40.3亿元，境外资金1800万美元，市外县内资金12.9亿元。") == [
        ("inconsistent", "52.6亿元 = 40.3亿元 + 12.9亿元")]
    assert _verdicts(parts_sum, "行政村68个，分为72个平原村、27个山区村。") == [("inconsistent", "68个 = 72个 + 27个")]
    assert _verdicts(parts_sum, "财政总收入12.36亿元，其中地方税收收入5.82亿元，非税收入1.70亿元，上划中央税收5.84亿元。") == [
        ("inconsistent", "12.36亿元 = 5.82亿元 + 1.70亿元 + 5.84亿元")]
    # (a 其中： under one item does not swallow the items after it: 住宿业, 餐饮业 are the whole's)
    text = ("全年社会消费品零售总额86420万元。从行业看，零售业零售额50000万元，增长8%，其中：限额以上企业零售额21000万元；"
            "住宿业零售额8000万元，增长5%；餐饮业零售额16420万元，增长6%；其他12000万元。")
    assert ("consistent", "86420万元 = 50000万元 + 8000万元 + 16420万元 + 12000万元") in _verdicts(parts_sum, text)


def test_current_prices_said_in_other_words():
    for text in ("按当年价计算，全区地区生产总值从2016年的412.6亿元增加到2021年的668.3亿元，年均增长7.9%。",
                 "全区地区生产总值从2016年的412.6亿元增加到2021年的668.3亿元，年均增长7.9%（按现价计算）。"):
        assert [v for v, _ in _verdicts(growth, text)] == ["inconsistent"]


def test_department_names_with_he_are_one_item():
    for text in ("会同“发展改革、财政、住房和城乡建设”四个部门开展检查。", "会同“教育、人社、文化和旅游”四个部门开展检查。"):
        assert _verdicts(enumeration_count, text, 2020, "computed") == [("inconsistent", "announces 4, lists 3")]


def test_bodies_asked_are_the_n_of_their_reply_rate():
    assert _verdicts(granularity, "组织48家市直部门开展意见征集工作，回复率95.6%。", 2019) == [("inconsistent", "95.6% of 48家")]
