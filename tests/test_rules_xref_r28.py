"""cross_reference, round 28 (real reports): one name given two values that are two things, not one figure twice. Two
amounts or counts far apart with no slip of the pen between them are a part and its whole or two campaigns (到位资金 of
the county / of one project brought in; 查获 in one campaign's section / in another's); two sentences telling the same
list of measures with other values tell two events in turn; a growth rate per head (人均…) is another metric than the
total's; a basis that an earlier clause's rate follows (按可比价格计算增长…) frames that rate, not the sentence's
amounts. Broken twins (a value restated a little off, a slip at another magnitude, one figure of a list restated wrong)
still alarm. Sentences invented."""
import pytest

from analysis.rules.crossref import cross_reference

from rules_cases import run


def _alarms(text: str, year: int = 2020) -> list[str]:
    return [r["stated"] for r in run(cross_reference, text, year) if r["verdict"] == "inconsistent"]


# ---------------------------------------------------------------- a part and its whole, far apart
_PART = ("某县商务局2020年招商引资工作总结\n一、总体情况\n2020年，全县共签约项目86个，协议引资31.5亿元，到位资金{whole}，"
         "完成年度目标的112.4%。\n二、重点项目\n项目建设提速。{part}\n三、下步打算\n继续抓好项目落地。")


@pytest.mark.parametrize("part", [
    "引进华信能源公司投资12亿元建设光伏电站，今年到位资金4.37亿元；引进启明物流集团投资6000万元扩建仓储中心，今年到位资金2100万元。",
    "签约落户的瑞丰食品公司总投资5.2亿元，今年到位资金1.64亿元，一期厂房已封顶。",
])
def test_project_part_of_county_total_apart(part):
    assert _alarms(_PART.format(whole="12.86亿元", part=part)) == []


@pytest.mark.parametrize("whole, part", [
    # restated a little off, as a summing-up of the year
    ("12.86亿元", "总体来看，全年到位资金12.68亿元，项目建设提速。"),
    # the same digits at another magnitude: a slip, however far apart
    ("12.86亿元", "总体来看，全年到位资金1.286亿元，项目建设提速。"),
])
def test_county_total_restated_wrong_still_alarms(whole, part):
    assert _alarms(_PART.format(whole=whole, part=part))


def test_the_reports_own_company_restated_otherwise_alarms():
    # (a company named without a verb of bringing it in is the report's own subject: its figure restated otherwise
    # conflicts — within a factor of two, or by a slip; round 31: values further apart with no slip are two things)
    text = ("某集团公司2020年工作总结\n一、经营情况\n集团公司全年实现利润4.72亿元，营业收入38.6亿元。\n二、总结\n"
            "总体来看，集团公司全年实现利润{v}亿元。")
    assert _alarms(text.format(v="3.9"))
    assert _alarms(text.format(v="7.42"))  # (the digits in another order: a slip, however far)
    assert not _alarms(text.format(v="1.2"))


_CAMPAIGN = ("某市公安局2021年工作总结\n一、打击治理电信网络诈骗\n全市公安机关全力推进打击治理。截至目前，破获电信网络诈骗案件"
             "382起，抓获犯罪嫌疑人{a}，返还群众资金316.5万元。\n二、常态化扫黑除恶\n全市公安机关深入推进常态化扫黑除恶斗争，"
             "持续加大重点领域整治力度。截至目前，打掉涉恶犯罪团伙5个，破获刑事案件41起，抓获犯罪嫌疑人{b}。")


def test_two_campaigns_far_apart_quiet():
    assert _alarms(_CAMPAIGN.format(a="614人", b="47人")) == []


def test_two_sections_far_apart_not_telling_their_topics_still_read_as_one():
    # (headings that are no topic of the paragraphs under them, 成效 / 结语: the house reads a restatement however far)
    text = ("某区科技局2023年工作总结\n一、工作成效\n全年新认定高新技术企业27家，新增省级研发平台6个。\n二、结语\n"
            "各项工作顺利完成，全年新认定高新技术企业72家。")
    assert _alarms(text, 2023)


def test_two_sections_close_values_still_read_as_one():
    # (two counts of one name and scope a slip apart: the house reading stands)
    assert _alarms(_CAMPAIGN.format(a="614人", b="641人"))


# ---------------------------------------------------------------- two events told in turn
_EVENTS = ("某市投资促进局2022年工作总结\n一、目标任务完成情况\n全年全市引进市外到位资金88.6亿元，完成年度目标的103.2%。\n"
           "第六届食博会签约项目14个，投资总额36亿元；履约项目12个，履约率85.7%；开工项目9个，开工率64.3%；实现到位资金{a}，"
           "资金到位率{ra}。\n{second}\n二、主要措施\n强化项目跟踪服务。")


@pytest.mark.parametrize("second", [
    "粤港澳客商恳谈会签约项目17个，投资总额41.5亿元；履约项目13个，履约率76.5%；开工项目10个，开工率58.8%；"
    "实现到位资金11.2亿元，资金到位率27.0%。",
    "春季招商推介会签约项目8个，投资总额19亿元；履约项目8个，履约率100%；开工项目7个，开工率87.5%；实现到位资金10.9亿元，"
    "资金到位率57.4%。",
])
def test_two_events_told_in_turn_quiet(second):
    assert _alarms(_EVENTS.format(a="13.6亿元", ra="37.8%", second=second)) == []


def test_one_figure_of_a_restated_list_wrong_still_alarms():
    # (the same list restated in a summing-up: its other figures agree, the one that differs conflicts)
    second = "总体来看，食博会签约项目14个，投资总额36亿元，实现到位资金13.9亿元。"
    assert _alarms(_EVENTS.format(a="13.6亿元", ra="37.8%", second=second))


def test_summing_up_with_its_figures_off_still_alarms():
    # (a summing-up opens with 综上 and the measure, not with a subject of its own before the first measure: no second
    # account of another event, however many of its figures differ)
    second = "综上，签约项目15个，投资总额38亿元，实现到位资金13.9亿元。"
    assert _alarms(_EVENTS.format(a="13.6亿元", ra="37.8%", second=second))


# ---------------------------------------------------------------- a growth rate per head
_GDP = ("某市统计局2019年国民经济和社会发展统计公报\n一、综合\n初步核算，全年地区生产总值2150亿元，比上年增长{g}。其中，"
        "第一产业增加值180亿元，增长2.8%；第二产业增加值870亿元，增长5.6%。全年人均地区生产总值68400元，比上年增长{p}。\n"
        "二、农业\n全年粮食产量312万吨，比上年增长1.2%。")


@pytest.mark.parametrize("g, p", [("7.1%", "6.5%"), ("6.8%", "5.9%")])
def test_growth_per_head_is_another_metric(g, p):
    assert _alarms(_GDP.format(g=g, p=p)) == []


def test_growth_of_the_total_restated_wrong_still_alarms():
    text = _GDP.format(g="7.1%", p="6.5%") + "\n三、结语\n总体来看，全市地区生产总值增长7.4%，经济运行稳中向好。"
    assert _alarms(text)


# ---------------------------------------------------------------- a basis that frames an earlier clause's rate
_BASIS = ("某县人民政府2018年政府工作报告\n一、过去一年工作回顾\n过去一年，全县经济稳中有进。地区生产总值达到156.2亿元，"
          "{basis}；一般公共预算收入{a}，比上年增长8.1%；社会消费品零售总额61.3亿元。\n（二）民生持续改善。全年新增城镇就业"
          "5120人。\n各位代表，过去一年，年初确定的主要目标全面完成：地区生产总值156.2亿元，一般公共预算收入{b}。")


@pytest.mark.parametrize("basis", ["按可比价格计算增长7.6%", "按可比价计算，比上年增长7.6%"])
def test_rate_basis_leaves_later_amount_plain(basis):
    assert _alarms(_BASIS.format(basis=basis, a="9.47亿元", b="9.74亿元"))


def test_basis_of_the_amount_itself_keeps_it_apart():
    text = _BASIS.format(basis="增长7.6%", a="按新口径计算9.47亿元", b="9.74亿元")
    assert _alarms(text) == []
