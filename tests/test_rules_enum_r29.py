"""enumeration_count, round 29: two phrases in one quotation before a count of four or more are a slogan that names the
programme, not its items. (A real street office's report: 落实“科创中山、乐居家园”五大行动计划. Sentences here are our
own.)"""
from analysis.rules.enumeration import enumeration_count
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(enumeration_count, text, year=2023)]


def test_a_two_part_slogan_before_a_count_is_a_name():
    assert _rows("街道持续聚焦、提升、落实“产业兴街、宜居家园”五大行动计划，各项工作稳步推进。") == []


def test_items_in_quotes_one_short_of_their_count_still_fail():
    assert _rows("推行“办前、办中”三次沟通，办理质量明显提升。") == [("inconsistent", "“办前、办中”三次沟通")]
    assert _rows("推行“办前、办中、办后”三次沟通，办理质量明显提升。") == [("consistent", "“办前、办中、办后”三次沟通")]
