"""Round 21, lead's small mends: a target is set, not measured (its completion rate divides by it exactly); an
indicator table with single spaces under a 年度目标 完成值 完成率 header; ages in 周岁. Sentences invented."""
from analysis.figures import extract_figures
from analysis.ingest import build_document
from analysis.rules.targets import target_met
from analysis.rules.tables import table_rates
from rules_cases import rule_verdicts, run


def test_completion_rate_divides_by_the_target_exactly():
    text = "全年招商引资到位资金{a}亿元，为年度目标40亿元的{p}%。\n"
    assert rule_verdicts(target_met, text.format(a=46, p="115")) == ["consistent"]
    # 46亿元 of 40 is 113.75–116.25%: 113% is out, though 45.5/40.5 would have let it pass
    assert rule_verdicts(target_met, text.format(a=46, p="113")) == ["inconsistent"]


def test_surplus_over_the_target_is_exact_too():
    text = "全年完成植树造林{a}万亩，超额完成年度任务{t}万亩的{p}%。\n"
    assert rule_verdicts(target_met, text.format(a="6.00", t="5", p="20")) == ["consistent"]
    # 6.00 of 5 exceeds it by 19.9–20.1%; read as 4.5–5.5万亩, the target would have let 18% pass
    assert rule_verdicts(target_met, text.format(a="6.00", t="5", p="18")) == ["inconsistent"]


_TABLE = ("二、目标完成情况\n指标名称 年度目标 完成值 完成率\n城镇新增就业（人） 4200 4536 {r1}%\n"
          "职业技能培训（人次） 1800 1530 {r2}%\n")


def test_single_spaced_table_under_a_target_header():
    assert rule_verdicts(table_rates, _TABLE.format(r1=108, r2=85)) == ["consistent", "consistent"]
    assert rule_verdicts(table_rates, _TABLE.format(r1=108, r2=95)) == ["consistent", "inconsistent"]


def test_ages_in_zhousui_are_one_figure():
    doc = build_document("辖区60周岁以上老年人3120人，其中80周岁及以上412人。", year=2021)
    figs = extract_figures(doc, "t")
    assert list(figs.text) == ["60周岁以上", "3120人", "80周岁", "412人"]
    assert list(figs.unit) == ["周岁", "人", "周岁", "人"]


_ITEMS = ("三、目标完成情况\n营业收入目标45亿元，实际完成42.8亿元，完成95.1%，未完成目标；"
          "利润总额{profit}目标3亿元，完成{p}%。\n")


def test_a_value_before_the_semicolon_is_no_value_of_the_next_items_target():
    # 利润总额 states no value of its own: its completion rate is unverifiable, never 42.8亿元 of 3亿元
    rows = [(r["verdict"], r["stated"]) for r in run(target_met, _ITEMS.format(profit="", p="108.7"), 2019)]
    assert ("inconsistent", "42.8亿元 = 108.7% of target 3亿元") not in rows
    assert all(v == "consistent" for v, _ in rows) and len(rows) == 2
    # with its own value stated, the rate is judged on it: holds, and broken
    assert rule_verdicts(target_met, _ITEMS.format(profit="3.26亿元，", p="108.7"), 2019)[-1] == "consistent"
    assert rule_verdicts(target_met, _ITEMS.format(profit="3.26亿元，", p="118.7"), 2019)[-1] == "inconsistent"


_STATUS = ("三、目标完成情况\n年度目标完成情况：年初确定地区生产总值增长12%，实际增长{g}%，{claim}；"
           "确定固定资产投资增长20%以上，实际增长24.1%。\n")


def test_a_topic_naming_the_status_of_targets_claims_nothing():
    # 目标完成情况 is a heading word: the GDP target missed and said so raises nothing
    assert "inconsistent" not in rule_verdicts(target_met, _STATUS.format(g="11.6", claim="未完成"), 2012)
    # the same target claimed met in words is still judged
    text = _STATUS.format(g="11.6", claim="完成目标").replace("年度目标完成情况：", "")
    assert "inconsistent" in rule_verdicts(target_met, text, 2012)


def test_a_unit_column_of_a_table_is_no_blank():
    from analysis.rules.placeholder import placeholder
    table = ("指标 单位 目标值 完成值 一般公共预算收入 亿元 15.6 16.2 高新技术企业数 家 120 126\n"
             "注：完成率=完成值/目标值。表中各项指标均完成。\n")
    assert rule_verdicts(placeholder, table) == []
    # a blank before the same unit in a sentence is still one
    assert rule_verdicts(placeholder, "全年一般公共预算收入 亿元，增长8.2%。\n") == ["missing"]


def test_an_item_opening_on_a_holidays_days_is_no_restatement_of_the_year():
    from analysis.rules.crossref import cross_reference
    text = ("一、旅游市场\n一是旅游总收入46.8亿元。二是春节假期接待游客41万人次，实现旅游收入3.6亿元；端午假期接待游客18万人次。\n"
            "二、总体看\n总体看，全年游客512万人次，旅游收入{z}亿元，文旅融合迈出新步伐。\n")
    assert "inconsistent" not in rule_verdicts(cross_reference, text.format(z="46.8"), 2023)
    # the year's own figure restated with another value is still a conflict
    assert "inconsistent" in rule_verdicts(cross_reference, text.format(z="48.6"), 2023)


def test_the_level_of_the_whole_place_ends_a_list_of_parts():
    from analysis.rules.sums import parts_sum
    assert rule_verdicts(parts_sum, "新增更新城市公交车120辆，其中新能源公交车90辆，占75.0%，全市公交车辆达到680辆。\n", 2014) == []
    text = "新增更新城市公交车120辆，其中新能源公交车90辆、{rest}，全市公交车辆达到680辆。\n"
    assert rule_verdicts(parts_sum, text.format(rest="燃气公交车30辆"), 2014) == ["consistent"]
    assert rule_verdicts(parts_sum, text.format(rest="燃气公交车40辆"), 2014) == ["inconsistent"]  # (more than the whole)
