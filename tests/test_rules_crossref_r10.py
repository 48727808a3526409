"""cross_reference, round 10: a plan stated in one sentence is never restated by the actual a later sentence
reports (计划/安排/部署 followed by a work verb marks the sentence's figures after it as planned)."""
from analysis.rules.crossref import cross_reference

from rules_cases import verdicts


def test_a_plan_and_its_actual_are_two_quantities():
    text = ("项目计划新建集中供水工程6处、改造管网48公里。"
            "截至年底，新建集中供水工程6处，改造管网46公里，完成计划的95.8%。")
    for year in (2020, None):
        assert "inconsistent" not in verdicts(cross_reference, text, year)
    # another author's phrasing: 通报 of a road programme, 安排 as the plan verb, a list item after it
    text = "项目建设方面，县里安排改造农村公路85公里、新建桥梁6座。年底验收时，改造农村公路82公里，新建桥梁6座。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)
    # a reply letter: 计划于 + a time, then a list item
    text = "全县计划于2021年完成老旧小区改造32个、涉及居民2,860户。截至目前，完成老旧小区改造18个，涉及居民1,540户。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


def test_two_actuals_that_differ_still_conflict():
    # the broken twin: no plan word, the same metric given 48 and then 46
    text = "全县新建集中供水工程6处、改造管网48公里。截至年底，新建集中供水工程6处，改造管网46公里。"
    assert "inconsistent" in verdicts(cross_reference, text, 2020)
    text = "全县改造农村公路85公里、新建桥梁6座。年底验收时，全县改造农村公路82公里，新建桥梁6座。"
    assert "inconsistent" in verdicts(cross_reference, text, 2020)


def test_plan_as_a_noun_or_done_is_no_plan():
    # 完成年度计划 reports progress; 计划 before a noun (计划资金) is no verb of intent
    text = "全区超额完成年度计划，改造管网48公里。\n二、管网建设\n全区改造管网46公里，漏损率下降。"
    assert "inconsistent" in verdicts(cross_reference, text, 2020)
    text = "全区下达计划资金后，改造管网48公里。\n二、管网建设\n全区改造管网46公里，漏损率下降。"
    assert "inconsistent" in verdicts(cross_reference, text, 2020)
    # 实际 after the plan word: the figure after it is the actual, compared with a later restatement
    text = "全县计划新建泵站5座，实际新建泵站4座。\n二、水利建设\n全年全县实际新建泵站6座。"
    assert "inconsistent" in verdicts(cross_reference, text, 2020)


# ---------------------------------------------------------------- date_valid: a range whose end gives only its day
from analysis.rules.dates import date_valid  # noqa: E402


def test_a_range_ending_past_its_month_is_caught():
    assert verdicts(date_valid, "2020年6月28日至31日，开展了森林防火专项督查。", 2020) == ["inconsistent"]
    # another author's phrasing: a dash and a week of publicity
    assert verdicts(date_valid, "9月25日—31日为全县集中宣传周。", None) == ["inconsistent"]
    assert verdicts(date_valid, "2月27日至30日举办培训班。", 2020) == ["inconsistent"]


def test_a_range_ending_inside_its_month_or_in_the_next_is_left_alone():
    for text in ("6月28日至30日，开展了森林防火专项督查。", "1月28日—31日走访慰问困难群众。",
                 "6月28日至7月3日，开展督查。", "2月27日至29日举办培训班。", "农历八月十五"):
        assert verdicts(date_valid, text, 2020) == []


# ---------------------------------------------------------------- a year before the subject is its period, not its name
def test_a_dated_restatement_of_an_undated_figure_is_compared():
    text = "学校获批国家级科研项目47项，科研经费持续增长。\n二、科研工作\n2022年学校获批国家级科研项目52项。"
    assert verdicts(cross_reference, text, 2022) == ["inconsistent"]
    text = "学校获批国家级科研项目47项，科研经费持续增长。\n二、科研工作\n2022年学校获批国家级科研项目47项。"
    assert verdicts(cross_reference, text, 2022) == ["consistent"]
    # another author's phrasing: a bureau's count, the year closed by 度 and a comma
    text = "本局受理行政复议申请36件。\n三、复议工作\n2022年度，本局受理行政复议申请38件。"
    assert verdicts(cross_reference, text, 2022) == ["inconsistent"]


def test_a_restatement_dated_another_year_is_left_alone():
    text = "学校获批国家级科研项目47项。\n二、科研工作\n2021年学校获批国家级科研项目52项。"
    assert verdicts(cross_reference, text, 2022) == []
