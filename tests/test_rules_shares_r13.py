"""Shares and ratios, round 13 (rv15 false alarms; tuning20/21 misses): a per-head amount per month (月人均) is not
the total over the heads; a list mixing two groupings under one head (新建、续建和市重点项目) or topics a case may touch
together (涉及…的) need not add up to 100; a rate's whole is never smaller than its part; a class of the named whole
(主办件A类) is not the whole; the valid questionnaires right before a 满意率 are its n; a count in 万 rounded finely may
be divided by; 城镇化率 from the sentence before; funds spent of funds allotted; a count made the object by 将; per
capita GDP over the residents; a people rate over the population; 98%以上 of a count n is possible."""
import pytest

from analysis.rules.ratios import derived_ratio
from analysis.rules.shares import granularity, percent_sum, share_of_total
from rules_cases import YEARS, alarms, rule_verdicts, share_rules

MINE = share_rules()


_rows = rule_verdicts


def _bad(text, year=2020):
    return alarms(MINE, text, year)


# ---------------------------------------------------------------- 月人均: a monthly amount per head
@pytest.mark.parametrize("year", YEARS)
def test_monthly_per_head_left_alone(year):
    assert _bad("全年发放特困供养金516.6万元，供养对象1050人，月人均410元。", year) == []
    assert _bad("今年共发放临时救助金86.4万元，救助1200人次，日均2367元。", year) == []
    assert _rows(derived_ratio, "全年发放特困供养金516.6万元，供养对象1050人，人均4920元。", year) == ["consistent"]
    assert _rows(derived_ratio, "全年发放特困供养金516.6万元，供养对象1050人，人均4290元。", year) == ["inconsistent"]


# ---------------------------------------------------------------- two groupings under one head
@pytest.mark.parametrize("year", YEARS)
def test_two_groupings_under_one_head(year):
    assert _bad("今年推进项目86个，新建项目、续建项目和省重点项目分别占52%、41%和30%。", year) == []
    # kinds of one cut still cannot pass 100
    bad = "今年推进项目86个，新建项目、续建项目和改扩建项目分别占52%、41%和14%。"
    assert _rows(percent_sum, bad, year) == ["inconsistent"]
    assert _rows(percent_sum, "全市共有企业860家，国有企业、民营企业和外资企业分别占45%、52%和13%。", year) == ["inconsistent"]


@pytest.mark.parametrize("year", YEARS)
def test_topics_may_overlap(year):
    assert _bad("共收到群众来信92件，按内容分，涉及征地拆迁的占42%，涉及社会保障的占37%，涉及环境保护的占28%。", year) == []
    assert _bad("本年度受理提案64件，其中关于乡村振兴的占45%，关于营商环境的占38%，关于社会事业的占29%。", year) == []
    # classes of a classification still add up to 100
    bad = "共收到群众来信92件，按内容分，征地拆迁类占42%，社会保障类占37%，环境保护类占28%。"
    assert _rows(percent_sum, bad, year) == ["inconsistent"]


# ---------------------------------------------------------------- a rate's whole is not smaller than its part
@pytest.mark.parametrize("year", YEARS)
def test_rate_whole_not_smaller_than_part(year):
    text = ("对全区9个街道、38个部门开展专项督查，发现问题254个。截至年底，已整改241个，整改率94.9%，"
            "其中街道问题150个、已整改143个，部门问题104个、已整改98个。")
    assert _bad(text, year) == []


# ---------------------------------------------------------------- a class of the named whole is not the whole
@pytest.mark.parametrize("year", YEARS)
def test_class_of_named_whole(year):
    text = ("今年共承办建议31件，其中主办的24件、协办的7件。其中主办件甲类12件、乙类9件、丙类3件。"
            "从内容看，主办件中涉及交通出行的12件，占主办件的50%。")
    assert _bad(text, year) == []
    assert _rows(share_of_total, "全年受理信访件120件，其中网上信访件48件，占信访件的40%。", year) == ["consistent"]
    assert _rows(share_of_total, "全年受理信访件120件，其中网上信访件48件，占信访件的45%。", year) == ["inconsistent"]


# ---------------------------------------------------------------- valid questionnaires are a 满意率's n
@pytest.mark.parametrize("year", YEARS)
def test_valid_questionnaires_n(year):
    bad = "委托第三方开展群众满意度调查，发放问卷500份，回收有效问卷467份，群众满意率93.25%。"
    assert _rows(granularity, bad, year) == ["inconsistent"]
    assert _rows(granularity, bad.replace("93.25%", "93.15%"), year) == ["consistent"]  # 435/467
    # an invented register: a 调研报告 with 有效样本 and 知晓率
    assert _rows(granularity, "此次入户调查共获得有效样本380个，政策知晓率为87.3%。", year) == ["inconsistent"]
    # a degree (满意度) is no k of n
    assert _bad("回收有效问卷467份，群众满意度93.25%。", year) == []


# ---------------------------------------------------------------- a count rounded in 万 may be divided by
@pytest.mark.parametrize("year", YEARS)
def test_rounded_households(year):
    text = "全年兑付耕地地力保护补贴3,124万元，涉及农户4.86万户，户均643元。"
    assert _rows(derived_ratio, text, year) == ["consistent"]
    assert _rows(derived_ratio, text.replace("643元", "683元"), year) == ["inconsistent"]
    # too coarse a count (1.2万人) or one about (约) gives no verdict
    assert _bad("全县发放高龄津贴1,296万元，惠及老人1.2万人，人均1180元。", year) == []
    assert _bad("全县发放高龄津贴1,296万元，惠及老人约1.25万人，人均1180元。", year) == []


# ---------------------------------------------------------------- 城镇化率 from the sentence before
@pytest.mark.parametrize("year", YEARS)
def test_urbanisation_sentence_before(year):
    text = "年末全区户籍总人口36.52万人，其中城镇人口18.94万人，乡村人口17.58万人。户籍人口城镇化率为51.9%。"
    assert _rows(derived_ratio, text, year) == ["consistent"]
    assert _rows(derived_ratio, text.replace("51.9%", "53.9%"), year) == ["inconsistent"]
    # the rate of the registered population is not of the residents counted
    assert _bad("年末常住人口40万人，城镇常住人口22万人。户籍人口城镇化率为41.3%。", year) == []
    assert _bad("年末常住人口40万人，城镇常住人口22万人，户籍人口城镇化率为41.3%。", year) == []


# ---------------------------------------------------------------- funds spent of funds allotted
@pytest.mark.parametrize("year", YEARS)
def test_spent_of_allotted(year):
    text = "年初下达专项经费860万元，实际支出802万元，经费使用率为93.3%。"
    assert _rows(share_of_total, text, year) == ["consistent"]
    assert _rows(share_of_total, text.replace("93.3%", "96.3%"), year) == ["inconsistent"]
    # a third sum in between: the pairing is no longer sure
    assert _bad("年初下达专项经费860万元，其中省级补助500万元，实际支出802万元，经费使用率为96.3%。", year) == []


# ---------------------------------------------------------------- 将 N名… 纳入…，占X的
@pytest.mark.parametrize("year", YEARS)
def test_object_of_jiang(year):
    text = "全县持证残疾人1.48万人。全年将3,962名重度残疾人纳入护理补贴范围，占持证残疾人的26.8%。"
    assert _rows(share_of_total, text, year) == ["consistent"]
    assert _rows(share_of_total, text.replace("26.8%", "28.6%"), year) == ["inconsistent"]
    # the whole named is not the part's noun: no pairing
    assert _bad("全县持证残疾人1.48万人。将3,962名残疾人纳入低保，占全县低保对象的26.8%。", year) == []


# ---------------------------------------------------------------- per capita GDP; a people rate over the population
@pytest.mark.parametrize("year", YEARS)
def test_per_capita_gdp_and_population_rate(year):
    gdp = "全年全县实现地区生产总值124.6亿元，增长7.2%。按常住人口计算，人均地区生产总值30,542元。年末常住人口40.8万人。"
    assert _rows(derived_ratio, gdp, year) == ["consistent"]
    assert _bad(gdp.replace("30,542", "32,542"), year) == []  # per capita GDP may be of the average population
    pop = "全县常住人口31.4万人。全年为居民建立电子健康档案27.5万人，建档率87.6%。"
    assert _rows(share_of_total, pop, year) == ["consistent"]
    assert _bad(pop.replace("87.6%", "91.6%"), year) == []  # a weak pairing: no verdict when it does not fit


# ---------------------------------------------------------------- 98%以上 of a count
@pytest.mark.parametrize("year", YEARS)
def test_at_least_rate_of_count(year):
    assert _rows(granularity, "举办家政服务培训班5期，参训412人，结业合格率95%以上。", year) == ["consistent"]
    assert _bad("举办家政服务培训班5期，参训412人，结业合格率95%以上。", year) == []


# ---------------------------------------------------------------- the respondents are the valid questionnaires
@pytest.mark.parametrize("year", YEARS)
def test_respondents_are_valid_sample(year):
    text = ("本次测评发放问卷1,500份，回收有效问卷1,380份。受访群众中，表示非常满意的624人，占45.2%；"
            "满意的531人，占38.5%；基本满意的170人，占12.3%；不满意的55人，占4.0%。")
    assert _rows(share_of_total, text, year) == ["consistent"] * 4
    assert _rows(share_of_total, text.replace("占38.5%", "占36.5%"), year) == ["consistent", "inconsistent", "consistent", "consistent"]
    # a group of its own name (窗口受访者) is not the whole sample
    other = "回收有效问卷1,380份。其中窗口受访者420人。窗口受访者中，表示满意的380人，占90.5%。"
    assert _bad(other, year) == []


@pytest.mark.parametrize("year", YEARS)
def test_health_records_over_population(year):
    text = "按年末常住人口186.4万人计算，每千人口床位5.8张。全市累计建立居民电子健康档案152.3万份，建档率81.7%。"
    assert _rows(share_of_total, text, year) == ["consistent"]
    assert _bad(text.replace("81.7%", "85.7%"), year) == []


# ---------------------------------------------------------------- a rate's act + noun: the noun's count is the whole
@pytest.mark.parametrize("year", YEARS)
def test_act_and_noun_whole(year):
    text = "全村共有农户286户，其中脱贫户41户。今年组织开展人居环境整治。参评农户279户，参评率97.6%。"
    assert _rows(share_of_total, text, year) == ["consistent"]
    assert _bad(text.replace("97.6%", "92.6%"), year) == []  # a weak pairing: no verdict when it does not fit
    served = "中心辖6个社区，服务人口41,280人。全年家庭医生签约12,550人，签约率30.4%。"
    assert _rows(share_of_total, served, year) == ["consistent"]
    assert _bad(served.replace("30.4%", "35.4%"), year) == []


# ---------------------------------------------------------------- a scoped whole of the part's own measure
@pytest.mark.parametrize("year", YEARS)
def test_scoped_whole_of_same_measure(year):
    text = "全年油料总产3.4万吨。油料总产3.2万吨，比上年增长2.6%，约占全省油料总产的1.5%。"
    assert _bad(text, year) == []
    twin = "全年实现社会消费品零售总额42.8亿元。其中城镇消费品零售额31.6亿元，占全县社会消费品零售总额的75.8%。"
    assert _rows(share_of_total, twin, year) == ["inconsistent"]


# ---------------------------------------------------------------- a random sample asked; a budget lines before
@pytest.mark.parametrize("year", YEARS)
def test_random_sample_is_n(year):
    assert _rows(granularity, "年底随机回访服务对象30人，满意率92%。", year) == ["inconsistent"]
    assert _rows(granularity, "年底随机回访服务对象30人，满意率93.3%。", year) == ["consistent"]
    assert _bad("走访困难群众300户，群众满意率98.2%。", year) == []  # a visit is no sample


@pytest.mark.parametrize("year", YEARS)
def test_budget_lines_before(year):
    text = "（一）年初预算资金1,860万元，其中市级资金1,200万元。\n（二）全年实际支出1,745万元，预算执行率93.8%。"
    assert _rows(share_of_total, text, year) + _rows(derived_ratio, text, year) == ["consistent"]
    assert _bad(text.replace("93.8%", "96.8%"), year) == []  # lines apart: a weak pairing


@pytest.mark.parametrize("year", YEARS)
def test_spent_of_funds_in_sentence_before(year):
    text = "今年到位项目资金3,260万元，其中省级1,800万元。截至11月底，累计支出2,985.4万元，资金执行率91.6%。"
    assert _rows(share_of_total, text, year) == ["consistent"]
    assert _bad(text.replace("91.6%", "95.6%"), year) == []
    per = "项目资金5,120万元，其中中央补助3,100万元；按常住人口58.4万人计算，人均补助87.7元。"
    assert _rows(derived_ratio, per, year) == ["consistent"]
    assert _bad(per.replace("87.7元", "97.7元"), year) == []
