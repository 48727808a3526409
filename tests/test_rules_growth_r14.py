"""growth, round 14: bases stated elsewhere (bare 增长 under a heading reviewing the year before, 应当看到/（…）openers,
在上年…的基础上), 环比 with the month or quarter before, a budget ceiling is no current value, 环比…增加 as a change, a metric
named in another section, 翻一番 well short of double. Sentences invented."""
import pytest

from analysis.rules.growth import growth
from rules_cases import run, verdicts


def _bad(rows):
    return [r for r in rows if r["verdict"] in ("inconsistent", "missing")]


# ---------------------------------------------------------------- bare 增长 with the prior year's value in another section
def test_bare_growth_takes_prior_year_value_under_a_review_heading():
    text = ("一、2019年工作回顾\n全镇财政收入5,250万元，增长{r}。\n（一）收支情况\n2018年全镇财政收入为5,000万元。")
    assert verdicts(growth, text.format(r="5.0%"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(r="7.0%"), 2020) == ["inconsistent"]
    # decoy: without the review heading the report's year is 2020, and 2018 is two years back
    plain = "全镇财政收入5,250万元，增长7.0%。\n2018年全镇财政收入为5,000万元。"
    assert verdicts(growth, plain, 2020) == ["unverifiable"]
    # decoy: a rate compared with a named year of its own is not compared with last year
    other = "全镇财政收入5,250万元，比2017年增长7.0%。\n2019年全镇财政收入为5,000万元。"
    assert "inconsistent" not in verdicts(growth, other, 2020)


def test_prior_sentence_after_a_discourse_opener_or_in_brackets():
    opener = "全年办理行政许可事项3,150件，同比增长{r}。需要说明的是，2019年全区办理行政许可事项3,000件。"
    assert verdicts(growth, opener.format(r="5%"), 2020) == ["consistent"]
    assert verdicts(growth, opener.format(r="7%"), 2020) == ["inconsistent"]
    bracket = "全年旅游收入28.6亿元，增长{r}。\n（2019年全县旅游收入为26.0亿元。）"
    assert verdicts(growth, bracket.format(r="10.0%"), 2020) == ["consistent"]
    assert verdicts(growth, bracket.format(r="12.0%"), 2020) == ["inconsistent"]
    # decoy: a value only for a quarter is not the year's
    quarter = "一季度完成税收2.2亿元，增长10%。\n2019年，全县完成税收8.0亿元。"
    assert verdicts(growth, quarter, 2020) == ["unverifiable"]
    # decoy: the name stated for two earlier years in one sentence: which is the base? none is taken
    two = ("全年发放创业担保贷款1.35亿元，比上年增长18.4%。\n"
           "2019年全县发放创业担保贷款1.18亿元，2018年全县发放创业担保贷款1.00亿元。")
    assert "inconsistent" not in verdicts(growth, two, 2020)


# ---------------------------------------------------------------- 在上年…的基础上
def test_prior_value_stated_as_the_basis_of_a_plan():
    named_before = ("目标是在上年发放小额贷款1.18亿元的基础上进一步扩大规模。\n"
                    "全年发放小额贷款1.35亿元，同比增长{r}。")
    assert verdicts(growth, named_before.format(r="14.4%"), 2020) == ["consistent"]
    assert verdicts(growth, named_before.format(r="18.4%"), 2020) == ["inconsistent"]
    named_after = ("主要目标：在上年末82.4%的基础上使城市绿化覆盖率达到85%以上。\n"
                   "城市绿化覆盖率达到86.1%，比上年提高{p}个百分点。")
    assert verdicts(growth, named_after.format(p="3.7"), 2020) == ["consistent"]
    assert verdicts(growth, named_after.format(p="4.7"), 2020) == ["inconsistent"]
    # decoy: a rate as the basis (在上年增长8.0%的基础上) is no level of anything
    rate = "在上年增长8.0%的基础上，全年地区生产总值增长7.5%。"
    assert "inconsistent" not in verdicts(growth, rate, 2020)
    # own phrasing: 在去年…的基础上 with 力争
    mine = "在去年接待游客320万人次的基础上力争再上台阶。\n全年接待游客352万人次，增长{r}。"
    assert verdicts(growth, mine.format(r="10.0%"), 2020) == ["consistent"]
    assert verdicts(growth, mine.format(r="12.0%"), 2020) == ["inconsistent"]


# ---------------------------------------------------------------- 环比 with the month or quarter before
def test_month_on_month_rate_with_the_month_before_in_brackets():
    month = "12月份办理业务4,200笔，环比增长{r}（11月份为4,000笔）。"
    assert verdicts(growth, month.format(r="5.0%"), 2020) == ["consistent"]
    assert verdicts(growth, month.format(r="6.0%"), 2020) == ["inconsistent"]
    quarter = "三季度完成投资6.3亿元，环比增长{r}（二季度为6.0亿元）。"
    assert verdicts(growth, quarter.format(r="5.0%"), 2020) == ["consistent"]
    assert verdicts(growth, quarter.format(r="7.0%"), 2020) == ["inconsistent"]
    # decoy: a year-on-year rate is not judged against the month before
    yoy = "12月份立案3418件，同比上升6.8%（11月份为3256件）。"
    assert verdicts(growth, yoy, 2020) == ["unverifiable"]
    # decoy: the month before is not the one named
    gap = "12月份立案3418件，环比上升6.8%（10月份为3256件）。"
    assert verdicts(growth, gap, 2020) == ["unverifiable"]


def test_month_before_named_by_the_same_work():
    text = "9月份受理案件126件，环比增长{r}，8月份受理117件。"
    assert verdicts(growth, text.format(r="7.7%"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(r="8.0%"), 2020) == ["inconsistent"]
    # decoy: another work in the month before (新增, not 受理)
    assert verdicts(growth, "9月份受理案件126件，环比增长8.0%，8月份新增117件。", 2020) == ["unverifiable"]


def test_change_on_the_period_before_is_a_change():
    rows = run(growth, "电子档案较上年增长5.6%，环比三季度末增加0.9万份。", 2020)
    assert [r["verdict"] for r in rows] == ["unverifiable", "unverifiable"]
    assert rows[1]["span"].endswith("0.9万份")


# ---------------------------------------------------------------- a budget ceiling is not the value that fell
def test_budget_ceiling_between_value_and_change():
    text = "会议费支出9.0万元，控制在年初预算10.0万元以内，较上年减少1.0万元，下降{r}。"
    assert _bad(run(growth, text.format(r="10.0%"), 2020)) == []
    assert "inconsistent" in verdicts(growth, text.format(r="12.0%"), 2020)
    # decoy: a budget compared with last year is still the year's own value
    own = "“三公”经费预算36.8万元，比上年减少2.4万元，下降6.1%。"
    assert _bad(run(growth, own, 2020)) == []


# ---------------------------------------------------------------- a metric named in another section
def test_metric_named_in_another_section():
    text = "全市规范化电子健康档案建档86.2万份。\n二、成效\n电子健康档案较上年82.4万份增长{r}。"
    assert verdicts(growth, text.format(r="4.6%"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(r="5.6%"), 2020) == ["inconsistent"]
    # decoy: two values name the metric (a total and a part): no pairing
    two = ("全市电子健康档案建档86.2万份，其中农村电子健康档案建档50.1万份。\n二、成效\n"
           "电子健康档案较上年82.4万份增长5.6%。")
    assert verdicts(growth, two, 2020) == ["unverifiable"]


# ---------------------------------------------------------------- 翻一番 well short of double
def test_doubling_well_short_is_called():
    text = "农民人均纯收入由2010年的6,200元增加到2020年的{v}元，{w}。"
    assert verdicts(growth, text.format(v="12,400", w="翻了一番"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(v="9,400", w="翻了一番"), 2020) == ["inconsistent"]
    # near double (a round word) or hedged: left alone
    assert verdicts(growth, text.format(v="11,400", w="翻了一番"), 2020) == []
    assert verdicts(growth, text.format(v="9,400", w="接近翻一番"), 2020) == []


# ---------------------------------------------------------------- invented passages: correct ones and broken twins
CORRECT = [
    "全区一般公共预算收入12.60亿元，比上年增长5.0%（上年为12.00亿元）。",
    "上年全县接待游客320万人次。今年接待游客352万人次，同比增长10.0%。",
    "2019年，全市新增城镇就业2.40万人。\n全年新增城镇就业2.52万人，比上年增长5.0%。",
    "社会消费品零售总额由上年的45.0亿元增至48.6亿元，增长8.0%。",
    "森林覆盖率达到62.5%，比上年提高1.5个百分点（上年为61.0%）。",
    "城镇登记失业率为3.2%，较上年下降0.4个百分点，上年为3.6%。",
    "全年发生生产安全事故18起，比上年减少6起，下降25.0%。",
    "受理信访事项1,150件，同比下降8.0%，上年同期为1,250件。",
    "3月份接诉量2,310件，同比增长10.0%，上年同期为2,100件。",
    "全年税收收入8.40亿元，增收0.40亿元，增长5.0%。",
    "粮食总产量达到52.5万吨，比上年增长5.0%。（上年粮食总产量为50.0万吨。）",
    "参保人数由上年的20万人增加到22万人，增加2万人，增长10%。",
    "全年完成货物进出口总额3.3亿美元，是上年的1.1倍（上年为3.0亿美元）。",
    "全年共办理人大代表建议120件，较去年同期的100件增长20%。",
    "住院人次为3.6万人次，较上年的4.0万人次下降10.0%。",
    "一季度实现税收2.2亿元，同比增长10%，去年同期为2.0亿元。",
    "义务教育巩固率达到98.6%，比上年提高0.6个百分点。\n2019年，全县义务教育巩固率为98.0%。",
    "农村居民人均可支配收入15,750元，增长5.0%；城镇居民人均可支配收入36,750元，增长5.0%。上年分别为15,000元和35,000元。",
    "全市专利授权量1,380件，比上年增加180件，增长15.0%。",
    "全年接报火警1,020起，比上年的1,200起下降15.0%。",
    "全县财政总收入由2015年的5.0亿元增长到2020年的10.0亿元，翻了一番，年均增长14.9%。",
    "全年完成投资１２．６亿元，同比增长５．０％（上年为１２．０亿元）。",
]
BROKEN = [
    "全区一般公共预算收入12.60亿元，比上年增长6.0%（上年为12.00亿元）。",
    "上年全县接待游客320万人次。今年接待游客352万人次，同比增长12.0%。",
    "2019年，全市新增城镇就业2.40万人。\n全年新增城镇就业2.52万人，比上年增长7.0%。",
    "社会消费品零售总额由上年的45.0亿元增至48.6亿元，增长9.0%。",
    "森林覆盖率达到62.5%，比上年提高2.5个百分点（上年为61.0%）。",
    "全年发生生产安全事故18起，比上年减少6起，下降20.0%。",
    "受理信访事项1,150件，同比下降10.0%，上年同期为1,250件。",
    "年末常住人口86.40万人，比上年末减少0.40万人，下降0.66%。",
    "义务教育巩固率达到98.6%，比上年提高1.6个百分点。\n2019年，全县义务教育巩固率为98.0%。",
    "全年接报火警1,020起，比上年的1,200起下降12.0%。",
    "全年完成投资１２．６亿元，同比增长６．０％（上年为１２．０亿元）。",
]


@pytest.mark.parametrize("text", CORRECT)
def test_invented_correct_passages_give_no_alarm(text):
    for year in (2020, None):
        assert _bad(run(growth, text, year)) == []


@pytest.mark.parametrize("text", BROKEN)
def test_invented_broken_twins_are_caught(text):
    assert "inconsistent" in verdicts(growth, text, 2020)


# ---------------------------------------------------------------- 与上年相比增长…（上年…）: the value in the sentence before
def test_sentence_opening_on_the_comparison_with_its_base_after():
    text = "年初确定办理案件600件的目标，全年实际办理673件，为目标的112.2%。与上年相比增长{r}（上年办理590件）。"
    assert verdicts(growth, text.format(r="14.1%"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(r="16.1%"), 2020) == ["inconsistent"]
    # own phrasing: 同去年同期相比，下降了
    mine = "今年共接待来访群众1,386人次。同去年同期相比，下降了{r}（去年同期为1,498人次）。"
    assert verdicts(growth, mine.format(r="7.5%"), 2020) == ["consistent"]
    assert verdicts(growth, mine.format(r="9.5%"), 2020) == ["inconsistent"]
    # decoys: two values of the unit before (受理, 办结), or the value in another paragraph: no pairing
    assert verdicts(growth, "全年受理673件，办结650件。与上年相比增长16.1%（上年受理590件）。", 2020) == ["unverifiable"]
    assert verdicts(growth, "全年实际办理673件。\n与上年相比增长16.1%（上年办理590件）。", 2020) == ["unverifiable"]
