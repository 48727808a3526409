"""cross_reference, round 27: a bound restated (不足, 超过九成, 均在…以上) against the body's one value, and the weaker
slips of a review of problems (one digit written otherwise, the same digits at another magnitude). Each shape: one text
that holds, the same broken, and decoys (a class within, what is left of the work, a part among a set, a plan, another
year, a narrower name). Sentences invented."""
import pytest

from analysis.rules.crossref import cross_reference

from rules_cases import run


def _rows(text: str, verdict: str, year: int = 2023) -> list[str]:
    return [r["stated"] for r in run(cross_reference, text, year) if r["verdict"] == verdict]


# ---------------------------------------------------------------- a bound restated
_SHOPS = ("东川区市场监管局2023年工作总结\n一、主要工作\n全年新登记市场主体4,862户，新增个体工商户3,155户。\n"
          "二、存在的问题\n{body}\n")


def test_bound_in_problems_lead_not_met():
    # a sentence whose own words lead into the problems; the body's count an item of a list
    text = ("某县文旅局2023年工作总结\n一、主要工作\n全年接待游客326.5万人次，新增国家4A级旅游景区2家、星级农家乐58家。\n"
            "同时也要看到，发展中还存在一些困难和问题：精品供给不足，全年新增星级农家乐不足{v}家；淡季客源不足。\n")
    assert _rows(text.format(v="50"), "inconsistent") == ["58家; 不足50家"]
    assert _rows(text.format(v="60"), "inconsistent") == []
    assert _rows(text.format(v="60"), "consistent") == ["58家; 不足60家"]


def test_bound_in_problems_review_met():
    text = _SHOPS.format(body="一是市场主体增长乏力，全年新增个体工商户不足3,200户；二是监管力量不足。")
    assert _rows(text, "consistent") == ["3,155户; 不足3,200户"]
    assert _rows(text, "inconsistent") == []


_CARE = "西岭县卫健局2023年工作总结\n一、主要工作\n全县患者满意度为91.3%，家庭医生签约服务覆盖率68.2%。\n{body}\n"


def test_summary_bound_on_a_rate():
    assert _rows(_CARE.format(body="总的看，全县患者满意度均在95%以上。"), "inconsistent") == ["91.3%; 95%以上"]
    assert _rows(_CARE.format(body="总的看，全县患者满意度均在90%以上。"), "inconsistent") == []


def test_fraction_word_bound_in_summary():
    text = ("某县自然资源局2022年度矿山修复项目绩效自评报告\n一、完成情况\n计划治理图斑40个，已完成治理35个，治理任务完成率87.5%。\n"
            "二、自评结论\n综上，本项目治理任务完成率{v}，评价等级为“良”。\n")
    assert _rows(text.format(v="超过九成"), "inconsistent", 2022) == ["87.5%; 超过九成"]
    assert _rows(text.format(v="超过八成"), "inconsistent", 2022) == []


@pytest.mark.parametrize("text", [
    # a class within: a word of its own before the name
    "某县文旅局2023年工作总结\n一、主要工作\n全年新增星级民宿42家。\n二、存在的问题\n一是高品质住宿不足，全年新增五星级民宿不足10家。\n",
    "西岭县卫健局2023年工作总结\n一、主要工作\n全县患者满意度为91.3%，其中门诊患者满意度为88.5%。\n总的看，全县住院患者满意度均在95%以上。\n",
    # next year's plan
    _SHOPS.replace("二、存在的问题", "二、2024年工作打算").format(body="力争全年新增个体工商户不少于4,000户。"),
    # a running total is not the year's count; a quarter is not the year
    "东川区市场监管局2023年工作总结\n一、主要工作\n截至年底，全区累计实有个体工商户3.15万户。\n二、存在的问题\n全年新增个体工商户不足3,000户，增长乏力。\n",
    "东川区市场监管局2023年工作总结\n一、主要工作\n一季度新增个体工商户815户。\n二、存在的问题\n全年新增个体工商户不足3,000户，增长乏力。\n",
])
def test_bound_decoys(text):
    assert _rows(text, "inconsistent") == []


# ---------------------------------------------------------------- weaker slips in a review of problems
_ROADS = "南河县交通运输局2023年工作总结\n一、主要工作\n全年建成农村公路126公里，改造危桥17座。\n二、存在的问题\n{body}\n"


def test_problems_review_one_digit_off():
    assert _rows(_ROADS.format(body="一是全年建成的128公里农村公路中，部分路段质量不高；二是养护资金不足。"),
                 "inconsistent") == ["126公里; 128公里"]
    assert _rows(_ROADS.format(body="一是全年建成的126公里农村公路中，部分路段质量不高；二是养护资金不足。"),
                 "inconsistent") == []


def test_problems_review_magnitude_slip():
    text = ("南河县林业局2023年工作总结\n一、主要工作\n全年完成人工造林2.46万亩，森林覆盖率达到58.2%。\n二、存在的问题\n"
            "一是今年完成的{v}人工造林中，部分地块成活率偏低；二是管护力量薄弱。\n")
    assert _rows(text.format(v="2,460亩"), "inconsistent") == ["2.46万亩; 2,460亩"]
    assert _rows(text.format(v="2.46万亩"), "inconsistent") == []


def test_problems_review_unit_slip_read_on_into_the_clause():
    text = ("某镇财政所2023年工作总结\n一、资金管理\n全年拨付专项资金1,286.5万元，结余资金215.36万元，已结转下年使用。\n"
            "二、存在的问题\n一是部分项目进度偏慢，年末结余的215.36元资金未能及时形成实物量；二是绩效管理有待加强。\n")
    assert _rows(text, "inconsistent") == ["215.36万元; 215.36元"]


@pytest.mark.parametrize("body", [
    "一是尚有128公里农村公路未硬化；二是养护资金不足。",  # what is left of the work
    "一是农村公路等级偏低，全县仍有128公里通村公路为砂石路面。",
    "一是全县农村公路养护里程仅有1,260公里，养护任务重。",  # another metric sharing a word, at another magnitude
    "一是2022年建成的128公里农村公路中部分路段损坏；二是养护资金不足。",  # another year
])
def test_problems_review_slip_decoys(body):
    assert _rows(_ROADS.format(body=body), "inconsistent") == []


def test_problems_review_narrower_name_is_apart():
    text = ("南河县水利局2023年工作总结\n一、主要工作\n全年完成水利投资2.87亿元。\n二、存在的问题\n"
            "一是全年农田水利建设投资2.81亿元，占比偏低。\n")
    assert _rows(text, "inconsistent") == []
    text = ("南河县统计局2023年工作总结\n一、主要工作\n全年撰写统计分析42篇，编印统计月报12期。\n二、存在的问题\n"
            "一是全年撰写的41篇调研报告中，有分量的偏少。\n")
    assert _rows(text, "inconsistent") == []


def test_problems_review_plan_heading_items_are_plans():
    text = ("南河县交通运输局2023年工作总结\n一、主要工作\n全年建成农村公路126公里。\n二、存在的问题和2024年打算\n"
            "一是力争建成农村公路128公里；二是养护资金不足。\n")
    assert _rows(text, "inconsistent") == []
