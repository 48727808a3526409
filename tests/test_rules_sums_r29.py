"""parts_sum, round 29: a list that runs past its whole into another breakdown. (A real proposals report: 收到提案141件，
其中委员提案129件，集体提案12件，…经审查，立案105件…，不予立案的6件 was read as one list of four parts. Sentences here are
our own.)"""
from analysis.rules.sums import parts_sum
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(parts_sum, text, year=2019)]


_TEXT = ("本次会议期间共收到代表建议{total}件，其中代表个人建议{a}件，代表团建议{b}件，经大会议案审查委员会审查，"
         "交办建议172件，作为参阅件处理的9件。")


def test_leading_items_that_make_the_whole_are_its_breakdown():
    assert _rows(_TEXT.format(total=186, a=171, b=15)) == [("consistent", "186件 = 171件 + 15件")]


def test_leading_items_that_miss_the_whole_still_fail():
    rows = _rows(_TEXT.format(total=186, a=171, b=16))
    assert [v for v, _ in rows] == ["inconsistent"]


def test_one_item_left_out_of_a_total_is_still_an_error():
    # the shape of a total that forgets its last part: three parts of one kind, the total of the first two
    rows = _rows("全年办理刑事法律援助案件538件、民事法律援助案件812件、行政法律援助案件34件，合计1,350件。")
    assert rows == [("inconsistent", "1,350件 = 538件 + 812件 + 34件")]
