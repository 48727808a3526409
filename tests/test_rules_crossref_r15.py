"""cross_reference and placeholder, round 15: a figure dated to an earlier year is not the later year's value with
its digits swapped; the objects of an activity (检查市场主体) are not the stock (市场主体总数); a target value
restated (…2.8万人的年度目标完成) is the target, not the result; a note in brackets after a class (A类（已解决）18件)
keeps the class; a sentence looking back over the year (一年来，…) under a heading of plans reports results; a
sentence led by the year that counts what it came to (全年，全市共追回…) restates a result; an indicator table's row
(name, planned value, actual value) pairs with the one sentence naming that rate; 在2017年…经济总量的基础上 is the
year's GDP; a count already given in its list item (其余5件为分办件) leaves no blank."""
from analysis.rules.crossref import cross_reference
from analysis.rules.placeholder import placeholder

from rules_cases import run, verdicts


def _rows(rule, text, verdict, year=2020):
    return [r["stated"] for r in run(rule, text, year) if r["verdict"] == verdict]


# ---------------------------------------------------------------- a base year's figure is another period
def test_base_year_figure_is_not_a_transposed_value():
    text = ("一、概况\n2019年，全市托育机构在托婴幼儿2.47万人，同比增长6.5%。\n"
            "二、成效\n2018年全市托育机构在托婴幼儿2.74万人，普惠托位占比58.2%。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2019)
    # the same year on both sides: still a typo
    text2 = text.replace("2018年全市", "2019年全市")
    assert _rows(cross_reference, text2, "inconsistent", 2019) == ["2.47万人; 2.74万人"]
    # undated in both: still a typo
    text3 = text.replace("2018年全市", "全市").replace("2019年，全市", "全市")
    assert _rows(cross_reference, text3, "inconsistent", 2019) == ["2.47万人; 2.74万人"]


# ---------------------------------------------------------------- the objects of an activity are not the stock
def test_inspected_objects_are_not_the_stock():
    text = "截至年底，全县农民专业合作社达到1,862家。全年组织开展规范化抽查，走访农民专业合作社316家。"
    assert "inconsistent" not in verdicts(cross_reference, text)
    text = "全县农民专业合作社1,862家。\n二、监管\n全年抽查农民专业合作社316家，其中规范运行的280家。"
    assert "inconsistent" not in verdicts(cross_reference, text)
    # two stocks of the same kind still conflict
    text = "截至年底，全县农民专业合作社达到1,862家。\n二、其他\n全县农民专业合作社1,826家，带动农户4.1万户。"
    assert _rows(cross_reference, text, "inconsistent") == ["1,862家; 1,826家"]


# ---------------------------------------------------------------- a target restated is the target
def test_target_value_restated_is_no_conflict():
    text = ("一、主要指标\n2021年全县新增城镇就业3,460人。\n"
            "五、总结\n总的来说，全年新增城镇就业3,500人的年度目标基本实现。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2021)
    text = ("一、主要指标\n全年完成植树造林1.86万亩。\n五、总结\n一年来，完成植树造林2万亩任务，生态持续改善。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2021)


# ---------------------------------------------------------------- a note in brackets after the class
def test_class_with_a_note_is_summed_up():
    text = ("一、办理情况\n今年承办政协提案36件，其中甲类（已解决或基本解决）21件、乙类（正在解决）11件、丙类4件。\n"
            "五、总结\n总之，全年共承办提案36件，其中甲类12件，办理质量稳步提升。")
    assert "21件; 12件" in _rows(cross_reference, text, "inconsistent")
    assert "inconsistent" not in verdicts(cross_reference, text.replace("其中甲类12件", "其中甲类21件"))


# ---------------------------------------------------------------- a look back under a heading of plans
def test_look_back_under_plan_heading():
    text = ("二、工作成效\n全市累计建成5G基站4,320个。\n四、下步打算\n过去一年，全市累计建成5G基站4,230个，"
            "网络覆盖持续提升。明年力争新建5G基站1,500个。")
    assert _rows(cross_reference, text, "inconsistent") == ["4,320个; 4,230个"]
    assert "inconsistent" not in verdicts(cross_reference, text.replace("4,230个", "4,320个"))
    # a plan under the heading stays a plan
    text = "二、工作成效\n全市累计建成5G基站4,320个。\n四、下步打算\n明年全市累计建成5G基站4,230个以上。"
    assert "inconsistent" not in verdicts(cross_reference, text)


def test_year_led_count_under_plan_heading_restates():
    text = ("三、执法成效\n全年查处违法案件126件，罚没款418.6万元。\n六、2021年工作打算\n"
            "全年，全局共罚没款418.6万元，执法效能进一步提升。")
    assert "418.6万元; 418.6万元" in _rows(cross_reference, text, "consistent")


# ---------------------------------------------------------------- an indicator table's row and the text
_TABLE = ("三、绩效指标完成情况\n指标名称 年度指标值 实际完成值 得分\n资金拨付及时率 100% 100% 10分\n"
          "受训学员满意度 90%以上 {t}% 10分\n四、主要成效\n培训结束后开展匿名测评，受训学员满意度为{s}%。")


def test_indicator_table_rate_restated():
    assert _rows(cross_reference, _TABLE.format(t="96.8", s="96.8"), "consistent") == ["96.8%; 96.8%"]
    assert _rows(cross_reference, _TABLE.format(t="96.8", s="98.6"), "inconsistent") == ["96.8%; 98.6%"]


def test_two_year_table_is_not_an_indicator_table():
    text = ("三、主要数据\n项目 2019年 2020年\n受训学员满意度 90.5% 96.8%\n四、说明\n上年受训学员满意度为90.5%。")
    assert "inconsistent" not in verdicts(cross_reference, text)


# ---------------------------------------------------------------- 在2017年…经济总量的基础上
def test_base_of_plan_named_as_economy_total():
    text = ("一、过去一年工作回顾\n2019年，全县地区生产总值完成218.6亿元，增长6.8%。\n二、2020年工作安排\n"
            "我们要在2019年216.8亿元经济总量的基础上，力争增长7%左右。")
    assert _rows(cross_reference, text, "inconsistent", 2019) == ["218.6亿元; 216.8亿元"]
    assert "inconsistent" not in verdicts(cross_reference, text.replace("216.8亿元经济", "218.6亿元经济"), 2019)


# ---------------------------------------------------------------- placeholder: a noun ending in a measure word
def test_count_given_in_its_item_leaves_no_blank():
    for text in ("共收到提案52件，其中主办40件、会办9件，另有3件为联办件。",
                 "全年立项课题18项，其中6项为委托项，其余为自选课题。"):
        assert run(placeholder, text, 2020) == [], text
    # a list item with no number of its own, while another item has one, is still a blank
    assert [r["stated"] for r in run(placeholder, "全年召开专题会议次、座谈会15次。", 2020)] == ["全年召开专题会议次"]

