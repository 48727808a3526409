"""Shares, round 12 (reviewers rv12/rv14): a classification lead (按渠道分，/ 按资金来源，/ 资金来源中) may stand after a
stated whole, as the clause just before the list; a list naming as many exclusive kinds of holder as it has shares cannot
pass 100 (合作社、家庭农场和龙头企业分别占…), unless the names are qualities one may hold together (高新技术企业、科技型
中小企业), answers of a survey, periods or thresholds; thresholds one way (35岁以下 / 45岁以下) nest and are no partition;
a structure lead may end in 为 (资金构成为：…)."""
import pytest

from analysis.rules.shares import percent_sum, share_of_total
from rules_cases import YEARS, alarms, run, share_rules

MINE = share_rules()


def _ps(text, year=2020):
    return [r["verdict"] for r in run(percent_sum, text, year)]


def _bad(text, year=2020):
    return alarms(MINE, text, year)


# ---------------------------------------------------------------- a classification lead after a stated whole
@pytest.mark.parametrize("year", YEARS)
def test_lead_after_whole_in_sentence(year):
    ok = "本季度共接听热线来电3120个，按来电渠道分，固定电话占34%、手机占51%、网络电话占15%，按时回访率100%。"
    assert _ps(ok, year) == ["consistent"]
    assert _bad(ok, year) == []
    assert _ps(ok.replace("网络电话占15%", "网络电话占19%"), year) == ["inconsistent"]
    # an invented register: a 调研报告 sentence with 从…看 after the whole
    short = "受访农户共计460户，从收入来源看，务工收入为主的占48%，种养收入为主的占35%，其他占12%。"
    assert _ps(short, year) == ["inconsistent"]
    assert _ps(short.replace("其他占12%", "其他占17%"), year) == ["consistent"]


@pytest.mark.parametrize("year", YEARS)
def test_source_lead_heads_the_list_clause(year):
    bad = "该工程总投资3.6亿元，资金来源中省级、市级和区级资金分别占50%、25%和20%。"
    assert _ps(bad, year) == ["inconsistent"]
    assert _ps(bad.replace("20%", "25%"), year) == ["consistent"]
    by = "按资金来源，上级补助占58%，本级财政占27%，社会捐赠占20%。"
    assert _ps(by, year) == ["inconsistent"]
    assert _ps(by.replace("20%", "15%"), year) == ["consistent"]
    # 按计划，… is no classification: quarters of a plan are left alone
    assert _ps("按计划，一季度占25%，二季度占30%，三季度占30%，四季度占25%。", year) == []


# ---------------------------------------------------------------- exclusive kinds of holder cannot pass 100
@pytest.mark.parametrize("year", YEARS)
def test_exclusive_holders_over_hundred(year):
    bad = "全镇流转耕地1.6万亩，流转给种粮大户、专业合作社和农业企业的分别占44%、35%和26%。"
    assert _ps(bad, year) == ["inconsistent"]
    assert _ps(bad.replace("26%", "21%"), year) == ["consistent"]
    bad2 = "全年完成营造林2.4万亩，其中人工造林、封山育林和退化林修复分别占48%、33%和25%。"
    assert _ps(bad2, year) == ["inconsistent"]
    # under 100 a list of holders may leave some out
    assert _ps(bad.replace("26%", "12%"), year) == []


@pytest.mark.parametrize("year", YEARS)
def test_overlapping_names_left_alone(year):
    for text in (
        "全市共有企业860家，高新技术企业、科技型中小企业分别占45%和62%。",           # qualities held together
        "全县有村卫生室312个，标准化村卫生室、医保定点村卫生室分别占86%和92%。",
        "问卷调查显示，反映融资难、用工难和用地难的分别占45%、38%和27%。",             # answers of a survey
        "全县党员中，女党员、少数民族党员和大专以上党员分别占35%、42%和40%。",        # people attributes
        "按年龄分，35岁以下占45%，45岁以下占80%。",                                    # thresholds one way nest
        "按学历分，本科以上占45%，大专以上占80%。",
        "全省的生猪、家禽和水产品产量分别占全国的45%、62%和28%。",                    # each of its own whole
        "全县脱贫户1.2万户，发展产业、外出务工的分别占55%和48%。",                      # households doing several things
    ):
        assert _bad(text, year) == [], text


# ---------------------------------------------------------------- a structure lead ending in 为
@pytest.mark.parametrize("year", YEARS)
def test_structure_lead_with_wei(year):
    bad = "经费构成为：财政拨款占62%、事业收入占31%、其他收入占12%。"
    assert _ps(bad, year) == ["inconsistent"]
    assert _ps(bad.replace("12%", "7%"), year) == ["consistent"]


@pytest.mark.parametrize("year", YEARS)
def test_threshold_in_the_whole_is_no_nesting(year):
    # 规模以上 names the whole of one 分别 list, not its items: the list closed by 其他 must still add up to 100
    bad = "分行业看，食品、纺织、建材和其他行业分别占全县规模以上工业产值的41.5%、22.6%、18.7%和12.2%。"
    assert _ps(bad, year) == ["inconsistent"]
    assert _ps(bad.replace("12.2%", "17.2%"), year) == ["consistent"]
    assert _ps("按年龄分，35岁以下、45岁以下的分别占45%和80%。", year) == []


def test_wan_yuan_cause_of_a_share():
    rows = run(share_of_total, "全年下达奖补资金1560万元，其中物流奖补资金624元，占奖补资金总额的40%。", 2020)
    assert [(r["verdict"], r["cause"]) for r in rows] == [("inconsistent", "万 and 元 mixed up")]
    rows = run(share_of_total, "全年下达奖补资金1560万元，其中物流奖补资金624万元，占奖补资金总额的45%。", 2020)
    assert [(r["verdict"], r["cause"]) for r in rows] == [("inconsistent", "")]
