"""Helper A, round 22: cross_reference, enumeration_count, placeholder. A summing-up's value named only by a link after
a threshold passed (突破…，达到…) takes the threshold's name; a per-head metric (人均…收入) and a look-back sentence
that says the targets were met (各项预期目标全面完成) are read as results; a share whose whole is named after 占 and
a summary's 占比 with one digit written otherwise are judged; a running total (累计完成) is kept apart from the year's
work stated plainly in a dated summary. A named count whose first clause is two names of its kind joined by 和 lists
two; a thousands comma splits no list; a marked blank before a Latin unit (（ ）TB) is a placeholder.
Sentences invented."""
from analysis.rules.crossref import cross_reference
from analysis.rules.enumeration import enumeration_count
from analysis.rules.placeholder import placeholder

from rules_cases import run


def _rows(rule, text, verdict, year=2022):
    return [r["stated"] for r in run(rule, text, year) if r["verdict"] == verdict]


# ---------------------------------------------------------------- cross_reference: name after a threshold passed
_PASSED = ("一、主要指标\n2022年，园区实现规模以上工业营业收入{a}亿元，同比增长9.2%。\n二、存在问题\n部分企业订单不足。\n"
           "三、总体评价\n总的来看，全年园区运行平稳，规上工业营业收入突破200亿元，达到{b}亿元，发展后劲持续增强。")


def test_value_after_a_threshold_takes_its_name():
    assert _rows(cross_reference, _PASSED.format(a="236.8", b="263.8"), "inconsistent") == ["236.8亿元; 263.8亿元"]
    assert _rows(cross_reference, _PASSED.format(a="236.8", b="236.8"), "consistent") == ["236.8亿元; 236.8亿元"]


def test_value_after_a_threshold_of_another_name_is_left_alone():
    # decoy: the threshold names another metric (税收), so 达到 says nothing of the 营业收入
    text = ("一、主要指标\n2022年，园区实现规模以上工业营业收入236.8亿元，同比增长9.2%。\n二、存在问题\n部分企业订单不足。\n"
            "三、总体评价\n总的来看，全年园区税收收入突破20亿元，达到263.8亿元，发展后劲持续增强。")
    assert _rows(cross_reference, text, "inconsistent") == []


# ---------------------------------------------------------------- a per-head metric in a look-back after the targets
_PER_HEAD = ("一、2021年工作回顾\n全年城镇居民人均可支配收入{a}元，增长6.4%。\n二、2022年主要目标\n"
             "城镇居民人均可支配收入增长6.5%左右。\n三、总体评价\n一年来，全区各项预期目标全面完成，"
             "城镇人均可支配收入达到{b}元，民生福祉持续改善。")


def test_per_head_income_summed_up_after_targets_met():
    assert _rows(cross_reference, _PER_HEAD.format(a="41,370", b="41,730"), "inconsistent") == ["41,370元; 41,730元"]


def test_per_head_income_summed_up_and_agreeing():
    assert _rows(cross_reference, _PER_HEAD.format(a="41,370", b="41,370"), "inconsistent") == []
    assert _rows(cross_reference, _PER_HEAD.format(a="41,370", b="41,370"), "consistent") == ["41,370元; 41,370元"]


def test_per_head_income_of_the_plan_is_left_alone():
    # decoy: the last sentence sets the next year's level (力争达到), a plan and no result
    text = ("一、2021年工作回顾\n全年城镇居民人均可支配收入41,370元，增长6.4%。\n二、2022年主要目标\n"
            "力争城镇人均可支配收入达到41,730元。")
    assert _rows(cross_reference, text, "inconsistent") == []


# ---------------------------------------------------------------- a share summed up as 占比
_SHARE = ("一、支出情况\n全年一般公共预算支出61.20亿元。各项教育科技支出合计14.35亿元，占一般公共预算支出的{a}%。\n"
          "二、总体评价\n总体来看，全年财政运行平稳，教育科技支出占比达到{b}%。")


def test_share_of_a_named_whole_summed_up_with_one_digit_off():
    assert _rows(cross_reference, _SHARE.format(a="23.4", b="28.4"), "inconsistent") == ["23.4%; 28.4%"]


def test_share_of_a_named_whole_summed_up_and_agreeing():
    assert _rows(cross_reference, _SHARE.format(a="23.4", b="23.4"), "consistent") == ["23.4%; 23.4%"]


def test_share_summed_up_far_off_is_left_alone():
    # decoy: 23.4 / 31.7 is no slip of one digit — the summary may mean another class
    assert _rows(cross_reference, _SHARE.format(a="23.4", b="31.7"), "inconsistent") == []


# ---------------------------------------------------------------- a running total against the year's work
def test_running_total_and_the_years_work_are_kept_apart():
    text = ("一、农村公路\n截至年末，全县累计完成危桥改造47座。\n二、存在问题\n部分项目进度偏慢。\n"
            "三、总体评价\n总的来看，2022年全县完成交通投资3.2亿元，危桥改造完成18座，群众出行更加便捷。")
    assert _rows(cross_reference, text, "inconsistent") == []


def test_running_total_and_a_level_reached_are_still_compared():
    # twin: 达到 states the stock, as 累计 does: two values of one stock
    text = ("一、科技创新\n截至年底，全县累计认定省级专精特新企业37家。\n二、其他\n全年，全县省级专精特新企业达到39家。")
    assert _rows(cross_reference, text, "inconsistent") == ["37家; 39家"]


# ---------------------------------------------------------------- enumeration_count
def test_named_count_with_two_names_of_its_kind():
    text = "开展“四项行动”，即河道清淤行动和岸线整治行动，全年投入资金1,460万元。"
    assert _rows(enumeration_count, text, "inconsistent") == ["“四项行动”: 河道清淤行动和岸线整治行动"]
    text3 = "开展“三项行动”，即河道清淤行动和岸线整治行动，全年投入资金1,460万元。"
    assert _rows(enumeration_count, text3, "inconsistent") == ["“三项行动”: 河道清淤行动和岸线整治行动"]


def test_named_count_with_two_names_agrees():
    text = "开展“两项行动”，即河道清淤行动和岸线整治行动，全年投入资金1,460万元。"
    assert _rows(enumeration_count, text, "inconsistent") == []
    assert _rows(enumeration_count, text, "consistent") == ["“两项行动”: 河道清淤行动和岸线整治行动"]


def test_named_count_listed_on_in_the_next_clause_is_left_alone():
    # decoy: a third 行动 in the next clause — the list goes on
    text = "开展“三项行动”，即河道清淤行动和岸线整治行动，以及水质提升行动，全年投入资金1,460万元。"
    assert _rows(enumeration_count, text, "inconsistent") == []


# ---------------------------------------------------------------- placeholder: a Latin unit
def test_blank_before_a_latin_unit():
    assert _rows(placeholder, "全年新增存储容量（  ）TB，政务云节点增至12个。", "missing") == ["（  ）TB"]
    assert len(_rows(placeholder, "出口带宽提升至XX Gbps，光纤覆盖率达100%。", "missing")) == 1


def test_latin_unit_with_its_number_is_no_blank():
    assert _rows(placeholder, "全年新增存储容量320TB，政务云节点增至12个。", "missing") == []
    # decoy: a masked name before a Latin word that opens with a unit (××MBA): no unit, no blank number
    assert _rows(placeholder, "与××MBA教育中心签订合作协议，全年培训学员120人。", "missing") == []


# ---------------------------------------------------------------- the period since a session is the report's own
_SESSION = ("一、总体情况\n县人大十八届二次会议以来，县政府共承办代表建议{a}件，其中主办129件、协办17件。\n二、主要做法\n"
            "健全交办机制，压实办理责任。\n三、总体评价\n总的看，今年全县共承接人大代表建议{b}件，办理质量稳步提升。")


def test_count_since_a_session_restated_with_digits_swapped():
    assert _rows(cross_reference, _SESSION.format(a="146", b="164"), "inconsistent") == ["146件; 164件"]


def test_count_since_a_month_is_left_alone():
    # decoy: 3月以来 is a part of the year, not the report's period
    text = _SESSION.format(a="146", b="164").replace("县人大十八届二次会议以来", "3月以来")
    assert _rows(cross_reference, text, "inconsistent") == []


# ---------------------------------------------------------------- false alarms of correct reports (rv26)
def test_amount_already_dealt_with_is_not_the_whole_of_the_overview():
    text = ("县审计局2022年审计工作报告共反映问题64个，涉及金额3.72亿元。截至2023年10月31日，已整改到位52个，整改完成率"
            "81.3%。已整改问题金额2.91亿元，占问题总金额的78.2%。\n一、整改措施\n建立整改台账，逐项销号。\n二、总体评价\n"
            "总体看，64个问题已整改52个，问题金额3.72亿元已整改2.91亿元，整改工作成效明显。")
    assert _rows(cross_reference, text, "inconsistent") == []


def test_head_office_is_the_groups_own_part():
    text = ("截至2021年末，公司资产总额96.4亿元。全年公司实现营业收入18.35亿元，完成年度目标的104.9%；实现利润总额2.46亿元，"
            "完成目标的102.5%。公司本部实现营业收入5.12亿元，利润总额0.83亿元。\n"
            "总之，2021年公司资产96.4亿元、营收18.35亿元、利润2.46亿元，年度目标全面完成。")
    assert _rows(cross_reference, text, "inconsistent") == []


# ---------------------------------------------------------------- the stock at the year's start (probe4)
_START = ("一、基本情况\n{lead}全乡共有经市级以上认定的示范合作社{a}家、家庭农场52家。\n二、培育工作\n全年新培育示范合作社9家。\n"
          "三、总体情况\n截至年末，全乡示范合作社达到{b}家。")


def test_stock_at_the_years_start_is_not_the_years_end():
    assert _rows(cross_reference, _START.format(a="27", b="36", lead="年初，"), "inconsistent") == []


def test_stock_at_the_years_end_stated_twice_still_compared():
    # twin: the same year-end stock with two values — read as one metric; 27 and 36 are no slip of each other and a
    # third apart, so shown as two values to check, not called a contradiction (crossref._unslipped_open)
    assert _rows(cross_reference, _START.format(a="27", b="36", lead="截至年末，"), "unverifiable") == ["27家; 36家"]
    assert _rows(cross_reference, _START.format(a="27", b="29", lead="截至年末，"), "inconsistent") == ["27家; 29家"]


# ---------------------------------------------------------------- a status count summed up within its set
_STATUS = ("一、总体情况\n审计反馈问题共19个，涉及6个方面。截至9月30日，已办结销号{a}个，办结率78.9%。\n二、主要措施\n"
           "建立问题清单，实行挂图作战。\n三、总体评价\n总之，审计反馈的19个问题中已销号办结{b}个，整改成效初步显现。")


def test_status_count_summed_up_within_its_set():
    assert _rows(cross_reference, _STATUS.format(a="15", b="13"), "inconsistent") == ["15个; 13个"]
    assert "15个; 15个" in _rows(cross_reference, _STATUS.format(a="15", b="15"), "consistent")


def test_status_counts_on_two_days_are_left_alone():
    # decoy: the body gives the status on two days; which the summary restates is not known
    text = _STATUS.format(a="15", b="13").replace("截至9月30日，", "截至6月30日，已办结销号11个；截至9月30日，")
    assert _rows(cross_reference, text, "inconsistent") == []
