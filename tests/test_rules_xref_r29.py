"""cross_reference, round 29: parts of two different wholes' breakdowns are two quantities. (Real statistical
bulletins give 地区生产总值…。其中，第一产业增加值…；第二产业… and then 民营经济增加值…。其中，第一产业增加值…, or 原煤产量…；
其中，县属企业完成… and 精煤产量…；其中，县属企业完成…: each read as one metric given two values. Sentences here are our
own.)"""
from analysis.rules.crossref import cross_reference
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(cross_reference, text, year=2020)]


def test_a_bulletins_two_breakdowns_by_industry():
    text = ("全年全县地区生产总值186.52亿元，比上年增长7.1%。其中，第一产业增加值28.40亿元，增长3.2%；第二产业增加值75.36亿元，"
            "增长8.0%；第三产业增加值82.76亿元，增长7.4%。\n"
            "全年民营经济增加值102.30亿元，比上年增长7.6%。其中，第一产业增加值15.12亿元，增长3.0%；第二产业增加值46.18亿元，"
            "增长8.4%；第三产业增加值41.00亿元，增长7.3%。")
    assert _rows(text) == []


def test_one_partner_under_two_products():
    text = ("原煤产量1657.8万吨，同比下降14.3%；其中，县属企业完成1094.2万吨，同比下降17.1%。\n"
            "精煤产量947.5万吨，同比下降25.1%；其中，县属企业完成711.1万吨，同比下降25.2%。")
    assert [v for v, _ in _rows(text)] == []


def test_one_whole_named_short_and_long_is_one_whole():
    text = ("原煤产量1657.8万吨，同比下降14.3%；其中，县属企业完成1094.2万吨，同比下降17.1%。\n"
            "全县原煤产量1657.8万吨，其中，县属企业完成1049.2万吨。")
    assert ("inconsistent", "1094.2万吨; 1049.2万吨") in _rows(text)


def test_no_breakdown_the_conflict_stands():
    text = ("一、综合\n全年实现第一产业增加值28.40亿元，增长3.2%，粮食总产量31.6万吨。\n"
            "二、农业\n全年实现第一产业增加值28.04亿元，增长3.2%，油料产量2.3万吨。")
    assert ("inconsistent", "28.40亿元; 28.04亿元") in _rows(text)


def test_a_parts_rate_under_its_whole_is_not_the_wholes():
    assert _rows("全县财政收入1873万元，增长14.7%。其中，地方财政收入1655万元，增长18.5%。") == []
    assert _rows("全年辖区实现农林牧渔业增加值33.41亿元，增长3.1%。其中：农业增加值19.49亿元，增长5.6%；林业增加值1.36亿元，"
                 "增长5.1%；牧业增加值9.81亿元，下降4.1%；渔业增加值1.49亿元，增长4.3%。") == []


def test_the_wholes_rate_given_twice_still_conflicts():
    text = "一、综合\n全县财政收入1873万元，增长14.7%，人均生产总值2322元。\n二、财政\n全年全县财政收入比上年增长17.4%，财政支出增长9.2%。"
    assert ("inconsistent", "14.7%; 17.4%") in _rows(text)


def test_amounts_that_describe_two_things_are_no_metric():
    text = ("超额完成招商引资任务。全年为园区引进了一家投资1.3亿元的包装有限公司，已建成投产。引进投资2000万元的精养殖场一个。"
            "引进投资5000万元的固废能源科技有限公司，专门生产环保燃料。")
    assert [v for v, _ in _rows(text) if v == "inconsistent"] == []


_MONTHLY = ("一、收结案情况\n12月份共受理诉讼案件812件（含旧存310件），结案655件，结案率80.67%。其中：受理民事案件702件（含旧存251件），"
            "结案560件。\n1-12月共受理诉讼案件6120件（含旧存205件），同比上升3.1%，结案5960件。其中：受理民事案件{}件（含旧存188件），"
            "结案5270件。")


def test_a_breakdown_of_a_months_sentence_is_of_that_month():
    assert [v for v, _ in _rows(_MONTHLY.format("5408")) if v == "inconsistent"] == []


def test_a_breakdown_after_a_dated_status_is_not_a_months():
    # 截至…9月30日 dates a status, it does not make the sentence a month's: the conflict with the year's count stands
    text = ("截至2024年9月30日，156件建议已全部办结。其中，已经解决或基本解决的（A类）68件，占43.6%。\n"
            "四、下一步工作\n今年已解决或基本解决的建议达86件。")
    assert [v for v, _ in _rows(text)] == ["inconsistent"]


_PROJECTS = ("如期完成各项校舍建设工程。2013年我县共有校舍建设工程28个，建筑面积31260平方米。第三幼儿园项目，占地面积7920平方米，"
             "建筑面积6810平方米，投入建设资金1950万元。西城小学项目，占地面积21480平方米，建筑面积9030平方米，投入建设资金2600万元。")


def test_two_projects_each_named_by_its_own_clause():
    assert [v for v, _ in _rows(_PROJECTS) if v == "inconsistent"] == []


def test_one_project_named_twice_with_two_areas_conflicts():
    text = ("第三幼儿园项目，占地面积7920平方米，建筑面积6810平方米。\n二、项目进度\n第三幼儿园项目，占地面积7290平方米，"
            "已完成主体封闭。")
    assert ("inconsistent", "7920平方米; 7290平方米") in _rows(text)


def test_a_sum_the_sentence_builds_is_a_grand_total():
    text = ("2021年全县财政总收入完成23992万元，占年度预算的106.9%。根据上述地方财政收入，加返还性收入3714万元；均衡性转移支付"
            "补助收入46887万元；专项转移支付收入25051万元；上年结余结转10862万元；2021年财政总收入为112506万元。")
    assert [v for v, _ in _rows(text) if v == "inconsistent"] == []


def test_a_sum_closed_before_the_figure_leaves_it_plain():
    # (收入合计 closes the addition: the spending and its base after it are plain figures, compared as before)
    text = ("一、预算执行\n2022年，一般公共预算收入完成15.39亿元，比上年决算数14.94亿元增长3.0%，加上上级补助收入13.36亿元、"
            "债券转贷收入2.05亿元，收入合计30.80亿元；一般公共预算支出24.98亿元。\n二、说明\n2022年一般公共预算收入完成"
            "15.93亿元。")
    assert ("inconsistent", "15.39亿元; 15.93亿元") in _rows(text)
