"""enumeration_count, round 32: a list quoted before its count (“A、B、C和D”四项工作) is read as a list after its count
is — a last item may hold two joined by 和/及. Sentences are our own."""
from analysis.rules.enumeration import enumeration_count
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["computed"]) for r in run(enumeration_count, text, year=2008)]


def test_a_quoted_list_before_its_count_joins_its_last_two_by_he():
    text = "全年始终突出“园区建设、项目攻坚、招商引资和城乡统筹”{n}项工作，经济平稳较快发展。"
    assert _rows(text.format(n="四")) == [("consistent", "announces 4, lists 4")]
    assert _rows(text.format(n="五")) == [("inconsistent", "announces 5, lists 4")]
    # (no 和: the three listed are three)
    assert _rows("全年始终突出“园区建设、项目攻坚、招商引资”四项工作。") == [("inconsistent", "announces 4, lists 3")]


def test_review_counter_examples():
    # (a bare 和 as an item: no crash, the old reading; a compound word joined by 和 is one item)
    assert _rows("着力建设“富、强、和、美”四个乡村。") == [("consistent", "announces 4, lists 4")]
    assert _rows("突出“招商引资、项目建设、经济和社会发展”四项工作。") == [("inconsistent", "announces 4, lists 3")]
    assert _rows("落实“财务和资产管理、项目建设、安全生产”四项制度。") == [("inconsistent", "announces 4, lists 3")]


def test_a_measure_word_inside_the_next_word_is_no_count():
    # (田七 and 三七 are plants: 七种 of 田七种植 is no count of seven kinds)
    assert _rows("全面推动全县茶叶、蚕桑、林下养鸡、柑橘、蔬菜、田七种植等特色农业快速发展。") == []
    assert _rows("重点发展茶叶、蚕桑、水果、蔬菜三种特色产业。") == [("inconsistent", "announces 3, lists 4")]
