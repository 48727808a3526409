"""enumeration_count, round 30: classes named by their place in a series (一类村…二类村…三类村) are no counts of classes,
and a class label before a list (三类村包括A、B、C、D共4个村) opens no earlier list the items would be cut from. (A
poverty report listing its villages by class raised five false alarms; sentences here are our own.)"""
from analysis.rules.enumeration import enumeration_count
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(enumeration_count, text, year=2020)]


TEXT = ("将全乡17个村分为三类，其中一类村包括上坪、下坪、中坪共3个村，共有农村人口8120人；二类村包括东岭、西岭、南岭、"
        "北岭共{k}个村，共有农村人口4230人；三类村包括石门、石桥、石湾、石塘、石岗共5个村。")


def test_classes_in_a_series_count_nothing():
    rows = _rows(TEXT.format(k="4"))
    assert rows and all(v == "consistent" for v, _ in rows)
    assert ("consistent", "东岭、西岭、南岭、北岭共4个村") in rows


def test_a_miscount_in_a_class_still_fails():
    assert ("inconsistent", "东岭、西岭、南岭、北岭共5个村") in _rows(TEXT.format(k="5"))


def test_a_count_of_classes_is_still_a_count():
    assert _rows("全县共排查出三类问题：安全隐患、环境污染和消防通道堵塞。") == [
        ("consistent", "三类问题: 安全隐患、环境污染和消防通道堵塞")]


def test_second_review_guards():
    # a count of classes announced, its ordinals used later: still a count
    assert _rows("全县共排查出三类问题：安全隐患、环境污染。其中一类问题12个，二类问题8个。") == [
        ("inconsistent", "三类问题: 安全隐患、环境污染")]
    # a count closing an earlier list joined by 和 still cuts the next list
    assert ("consistent", "南湖、北湖、西山三个公园") in _rows("今年建成城东和城西两个中心、南湖、北湖、西山三个公园，群众满意度明显提升。")
