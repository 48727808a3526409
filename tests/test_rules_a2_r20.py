"""cross_reference and enumeration_count, round 20 (helper A2): false alarms on correct reports. A metric bounded
or graded by a number before it (65岁及以上 / 60岁及以上, 10万元以上 / 50万元以上, 三级 / 二级) is another metric; a
rate whose name joins or names a grade (满意或基本满意率, 非常满意率) is another rate than the plain one (满意率); a
count after a verb of outcome whose sentence counts the whole before it (四项目标完成三项：…) is a tally, not an
announced list. Broken twins (the same name with a changed value, a real list with a wrong count) still alarm.
Sentences invented."""
import pytest

from analysis.rules.crossref import cross_reference
from analysis.rules.enumeration import enumeration_count

from rules_cases import verdicts

_BAND = "一、人口和社会\n{a}。\n二、经济运行\n全年经济平稳运行，结构持续优化。\n三、民生保障\n{b}。"


@pytest.mark.parametrize("a, b", [
    ("全区80岁及以上老人2.31万人", "全区90岁及以上老人0.42万人"),
    ("辖区共有二级医院9家", "辖区三级医院3家"),
    ("拥有20万元以上重点项目148个", "其中100万元以上重点项目37个"),
    ("1岁以下婴儿疫苗接种点64个", "3岁以下婴儿疫苗接种点91个"),
    ("70周岁及以上老年人口12.6万人", "85周岁及以上老年人口1.9万人"),
])
def test_bounded_metrics_apart(a, b):
    assert "inconsistent" not in verdicts(cross_reference, _BAND.format(a=a, b=b), 2022)


@pytest.mark.parametrize("a, b", [
    ("全区80岁及以上老人2.31万人", "全区80岁及以上老人3.21万人"),
    ("辖区共有二级医院9家", "辖区二级医院11家"),
    ("1岁以下婴儿疫苗接种点64个", "1岁以下婴儿疫苗接种点46个"),
])
def test_bounded_metric_restated_with_other_value(a, b):
    assert "inconsistent" in verdicts(cross_reference, _BAND.format(a=a, b=b), 2022)


_RATE = ("一、基本情况\n本年度承办人大建议41件，{a}。\n二、主要做法\n实行台账管理，逐件跟踪督办。\n"
         "三、总结\n总之，{b}。")


@pytest.mark.parametrize("a, b", [
    ("面商满意率为78.0%", "面商满意和基本满意率达到100%"),
    ("答复满意率87.8%", "代表答复满意或较满意率为百分之百"),
    ("走访满意率为92%", "走访非常满意率为51%"),
])
def test_graded_rate_apart(a, b):
    assert "inconsistent" not in verdicts(cross_reference, _RATE.format(a=a, b=b), 2019)


@pytest.mark.parametrize("a, b", [
    ("面商满意率为78.0%", "代表面商满意率达到87%"),
    ("答复满意和基本满意率为100%", "答复满意和基本满意率为97.6%"),
])
def test_graded_rate_restated_with_other_value(a, b):
    assert "inconsistent" in verdicts(cross_reference, _RATE.format(a=a, b=b), 2019)


@pytest.mark.parametrize("text", [
    "综合来看，年初六项重点任务完成五项：新建道路8公里、改造管网12公里，新增停车位1500个，建成公园3座。",
    "全年十件实事中已办结八件：新增托位600个，改造农贸市场4个，增设充电桩900个。",
    "九项约束性指标中，实现八项：能耗下降3.1%，优良天数比例88%，水质达标率96%。",
])
def test_tally_is_no_list(text):
    assert "inconsistent" not in verdicts(enumeration_count, text, 2021)


@pytest.mark.parametrize("text", [
    "年初确定六项重点任务：新建道路、改造管网、新增停车位。",
    "集中办好四件实事：新增托位、改造农贸市场和增设充电桩。",
])
def test_announced_list_still_counted(text):
    assert verdicts(enumeration_count, text, 2021) == ["inconsistent"]
