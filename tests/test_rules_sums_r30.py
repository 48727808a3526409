"""parts_sum, round 30: a 其中 list opened inside a bracket ends with the bracket (辖8个行政村（4个贫困村，其中一个深度贫困）
3个社区、41个村民小组…: the counts after it are not parts of the bracket's 4个). Sentences are our own."""
from analysis.rules.sums import parts_sum
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(parts_sum, text, year=2020)]


def test_a_list_opened_in_a_bracket_ends_with_it():
    assert _rows("全镇辖8个行政村(4个贫困村,其中一个深度贫困)3个社区,41个村民小组,120个自然村寨,20个网格。") == []


def test_a_list_inside_the_bracket_is_still_read():
    text = "全年支出合计860万元（其中基本支出{a}万元、项目支出340万元），比上年增长5.2%，新建村级活动场所12个。"
    assert _rows(text.format(a="520")) == [("consistent", "860万元 = 520万元 + 340万元")]
    assert _rows(text.format(a="560")) == [("inconsistent", "860万元 = 560万元 + 340万元")]
