"""cross_reference, round 30: a count named after it, behind a clause of filler words only (全年为4.68万名低保对象),
touches the same name another figure ends with (城乡低保对象共计4.86万人): with two digits swapped, one quantity. The
explanation names it as the text writes it, not as it is read (城乡低保对象, not 城乡低保象 with 对 dropped)."""
from analysis.rules.crossref import cross_reference
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"], r["explanation_zh"]) for r in run(cross_reference, text, year=2020)]


def test_a_count_named_after_a_filler_clause_is_read_against_its_name():
    text = ("一、民生保障\n全县城乡低保对象共计3.54万人，全部纳入动态管理。\n"
            "二、廉洁自律\n严格落实八项规定，全年为3.45万名低保对象按时足额发放低保金1.21亿元。")
    rows = _rows(text)
    assert [(v, s) for v, s, _ in rows] == [("inconsistent", "3.54万人; 3.45万名")]
    assert rows[0][2].startswith("城乡低保对象前称")


def test_the_same_count_told_so_agrees():
    text = ("一、民生保障\n全县城乡低保对象共计3.54万人，全部纳入动态管理。\n"
            "二、廉洁自律\n严格落实八项规定，全年为3.54万名低保对象按时足额发放低保金1.21亿元。")
    assert not [r for r in _rows(text) if r[0] == "inconsistent"]


def test_a_named_clause_before_both_keeps_its_own_reading():
    # 培训 names the second count before it: not a filler clause, so the noun after it is not enough to pair
    text = ("一、民生保障\n全县城乡低保对象共计3.54万人，全部纳入动态管理。\n"
            "二、就业服务\n全年培训3.45万名农村劳动力，转移就业2.1万人。")
    assert _rows(text) == []


def test_four_digits_swapped_under_names_sharing_a_word():
    text = ("一、信访概况\n全年共受理群众来信来访{a}件（批），同比下降8.3%。\n"
            "二、基础工作\n对全年受理的{b}件信访事项逐件建立电子档案。")
    assert [(v, s) for v, s, _ in _rows(text.format(a="3518", b="3158"))] == [("inconsistent", "3518件; 3158件")]
    assert not [r for r in _rows(text.format(a="3518", b="3518")) if r[0] == "inconsistent"]


def test_three_digits_swapped_need_more_than_a_shared_word():
    # (518 / 158 of two things that share 受理: three digits swapped may be a coincidence)
    text = ("一、信访概况\n全年共受理群众来信来访518件（批），同比下降8.3%。\n"
            "二、基础工作\n对全年受理的158件网上投诉逐件建立电子档案。")
    assert not [r for r in _rows(text) if r[0] == "inconsistent"]


def test_a_target_named_by_an_anaphor_is_of_what_its_sentence_before_names():
    text = ("1、新建幼儿园：任务数1所，即城南幼儿园改扩建工程。该工程计划投资120万元，拟在9月开工。\n"
            "2、改扩建初中：任务数1所，即第二中学改扩建工程。该工程计划投资380万元，拟在10月开工。")
    assert not [r for r in _rows(text) if r[0] == "inconsistent"]


def test_a_count_led_by_a_coverb_names_no_metric():
    # (报告用八个部分…；报告用六个部分: the parts of a report, not a metric given twice)
    text = ("报告用七个部分全面回顾了2018年的工作，全年受理各类案件8120件。\n"
            "报告用五个部分对2019年的工作进行安排部署。")
    assert not [r for r in _rows(text) if r[0] == "inconsistent"]


def test_four_digits_swapped_under_two_steps_of_the_cases_are_two_quantities():
    text = "刑事、民事、行政案件分别受理1,246件、8,362件和386件。\n一、民事审判\n全年审结民事案件8,326件。"
    assert not [r for r in _rows(text) if r[0] == "inconsistent"]


def test_a_count_of_names_joined_is_no_count_of_the_last():
    text = ("一、基本情况\n今年，我局共接收人大代表建议、政协委员提案 31 件（其中承办 27 件，协办 4 件），全部按时办理完毕。"
            "其中，承办人大代表议案建议 11 件，已经解决 11 件；承办政协委员提案 16 件，已经解决或基本解决 14 件。")
    assert not [r for r in _rows(text) if r[0] == "inconsistent"]
    assert not [r for r in _rows(text.replace(" ", "")) if r[0] == "inconsistent"]


def test_figures_a_budgets_colon_leads_are_budgeted():
    text = ("一、2022年预算执行情况\n县人大批准的年初预算为：一般公共预算收入76138万元（税收收入47008万元、非税收入29130万元）。\n"
            "（一）一般公共预算执行情况。\n一般公共预算收入88435万元，完成调整预算的99.2%，其中：税收收入39029万元，"
            "非税收入49406万元。")
    assert not [r for r in _rows(text) if r[0] == "inconsistent"]


def test_a_budget_field_restated_is_still_compared():
    text = "一、项目概况\n年度预算5,120万元。\n二、自评表\n年度预算数：{v}元。"
    assert [v for v, *_ in _rows(text.format(v="51,200,000"))] == ["consistent"]


def test_a_name_after_a_figures_list_item_is_its_own():
    # (the joined-names guard reads 、 after a name, not after a figure: 营业收入…、利润总额4,350万元 is 利润总额's)
    text = ("某某建设工程有限公司2020年度经营工作报告\n\n一、生产经营情况\n全年新签合同额88.4亿元，实现营业收入48.15亿元，"
            "利润总额4.35亿元，上缴税费2.08亿元。\n\n综上所述，公司2020年实现营业收入481,500万元、利润总额4350万元，"
            "圆满完成年度各项工作。\n")
    rows = run(cross_reference, text, year=2020)
    assert [(r["verdict"], r["stated"], r["computed"].split(" (")[0]) for r in rows if r["verdict"] == "inconsistent"] == [
        ("inconsistent", "4.35亿元; 4350万元", "4.35亿元 ≠ 4350万元 for 利润总额")]


def test_co_kinds_with_four_digits_swapped_are_two_quantities():
    for text in ("一、社会保障\n全县城乡居民养老保险参保人数12.35万人。\n二、医疗保障\n全县城乡居民医疗保险参保人数12.53万人。",
                 "一、消费维权\n全年受理消费者投诉2,364件。\n二、执法\n全年受理消费者举报2,346件。"):
        assert not [r for r in _rows(text) if r[0] == "inconsistent"], text


def test_a_sentence_led_by_a_quoted_name_gives_its_own_rate():
    text = ("初步核算，全年地区生产总值8426.50亿元，比上年增长9.6%。\n"
            "“沿江经济带”完成地区生产总值6120.35亿元，比上年增长{r}，占全市生产总值的72.6%；“北部山区”完成1480.20亿元，增长10.5%。")
    assert not [r for r in _rows(text.format(r="9.4%")) if r[0] == "inconsistent"]


def test_the_whole_rate_restated_plainly_still_conflicts():
    text = "初步核算，全年地区生产总值8426.50亿元，比上年增长9.6%。\n综上，全市地区生产总值增长9.4%，经济运行稳中向好。"
    assert [r[0] for r in _rows(text)] == ["inconsistent"]


def test_a_quoted_campaign_is_no_region():
    text = "全年完成固定资产投资85.6亿元，增长10.2%。\n“项目建设年”全年完成固定资产投资85.6亿元，增长11.2%。"
    assert ("inconsistent", "10.2%; 11.2%") in [(v, s) for v, s, _ in _rows(text)]


def test_a_sentence_leaving_something_out_gives_what_is_left():
    text = ("2008年，全区上下共同努力，全面完成了各项预期目标和主要任务。初步核算，2008年我区生产总值341亿元，按可比价格"
            "计算，比上年增长13.8%。不含卷烟集团实现生产总值118.05亿元，同比增长10.2%。在生产总值中：第一产业实现增加值"
            "8.33亿元，同比增长7.0%。")
    assert not [r for r in _rows(text) if r[0] == "inconsistent"]


def test_a_sentence_restating_the_whole_still_conflicts():
    text = ("一、总体情况\n初步核算，2008年我区生产总值341亿元，按可比价格计算，比上年增长13.8%。\n"
            "二、结语\n综上，2008年我区生产总值314亿元，比上年增长13.8%。")
    assert ("inconsistent", "341亿元; 314亿元") in [(v, s) for v, s, _ in _rows(text)]
