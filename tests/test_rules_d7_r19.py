"""Shares, round 19, seventh pass: a share whose subject is one listed item's full name.

share_of_total: 甲类X a、非甲类X b，甲类X占全部X的N% — the part is the item whose label is the whole stem, not the
nearest item whose label merely ends with the stem's last characters (非甲类X)."""
import pytest

from analysis.rules.shares import share_of_total
from rules_cases import YEARS, run


def _verdicts(text, year):
    return [r["verdict"] for r in run(share_of_total, text, year)]


_LISTED = ("全年发放补贴资金6.40亿元。其中，城镇困难家庭补贴4.80亿元，非城镇困难家庭补贴1.60亿元，"
           "城镇困难家庭补贴占全部补贴资金的75.0%。\n")


@pytest.mark.parametrize("year", YEARS)
def test_full_stem_names_the_part(year):
    # 4.80/6.40 = 75.0%
    assert "consistent" in _verdicts(_LISTED, year)


@pytest.mark.parametrize("year", YEARS)
def test_negated_item_share_not_passed(year):
    # 25.0% is the 非… item's share (1.60/6.40), stated for the other one: never passed as consistent
    assert "consistent" not in _verdicts(_LISTED.replace("75.0%", "25.0%"), year)


@pytest.mark.parametrize("year", YEARS)
def test_negated_item_named_is_its_own_part(year):
    # decoy: the share of the 非… item itself still takes that item
    decoy = _LISTED.replace("城镇困难家庭补贴占全部", "非城镇困难家庭补贴占全部").replace("75.0%", "25.0%")
    assert "consistent" in _verdicts(decoy, year)


# ---------------------------------------------------------------- 天数比例: of the days counted before under 天数
_DAYS = ("全年河流断面水质有效监测天数为360天，其中Ⅱ类水质天数300天、Ⅲ类水质天数42天。"
         "全年达标天数342天，达标天数比例为95.0%。\n")


@pytest.mark.parametrize("year", YEARS)
def test_day_share_of_counted_days(year):
    # 342/360 = 95.0%
    assert "consistent" in _verdicts(_DAYS, year)


@pytest.mark.parametrize("year", YEARS)
def test_day_share_broken_not_passed(year):
    # 92.5% is no share of 342 in 360 (the pairing is weak: never passed, left alone when it misses)
    assert "consistent" not in _verdicts(_DAYS.replace("95.0%", "92.5%"), year)


@pytest.mark.parametrize("year", YEARS)
def test_day_share_needs_a_days_count(year):
    # decoy: a duration stated before (the 360-day cycle) is no count of days under a 天数 label
    decoy = _DAYS.replace("有效监测天数为360天", "监测周期为360天")
    assert "consistent" not in _verdicts(decoy, year)


# ---------------------------------------------------------------- X户数占…: the 户 count whose clause holds X's characters
_HOUSEHOLDS = ("全镇共登记危房改造对象480户1,520人，年底前已完成改造任务的有432户，改造完成户数占登记户数的90.0%，"
               "其余户正在施工。\n")


@pytest.mark.parametrize("year", YEARS)
def test_unit_count_stem_reordered(year):
    # 432/480 = 90.0%; 改造完成 named as 完成改造 in the count's clause
    assert "consistent" in _verdicts(_HOUSEHOLDS, year)


@pytest.mark.parametrize("year", YEARS)
def test_unit_count_stem_broken_flagged(year):
    assert "inconsistent" in _verdicts(_HOUSEHOLDS.replace("90.0%", "85.0%"), year)


@pytest.mark.parametrize("year", YEARS)
def test_unit_count_stem_other_act(year):
    # decoy: the nearest 户 count is of another act (验收), whose clause lacks the stem's characters
    decoy = _HOUSEHOLDS.replace("已完成改造任务的有432户", "已通过验收的有432户").replace("90.0%", "85.0%")
    assert "inconsistent" not in _verdicts(decoy, year)


# ---------------------------------------------------------------- granularity: n past a 按…分 clause; days as a tally
from analysis.rules.shares import granularity  # noqa: E402


def _grim(text, year):
    return [r["verdict"] for r in run(granularity, text, year)]


_CUT = "全年接到市民来电250件，从诉求类型看，道路问题占44.0%、绿化问题占30.4%、其他占25.6%。\n"


@pytest.mark.parametrize("year", YEARS)
def test_cut_clause_count_is_n(year):
    # 110, 76 and 64 of 250
    assert _grim(_CUT, year).count("consistent") >= 3


@pytest.mark.parametrize("year", YEARS)
def test_cut_clause_impossible_share_not_passed(year):
    # 44.1% of 250 = 110.25: no whole number of calls gives it
    assert "consistent" not in _grim(_CUT.replace("道路问题占44.0%、绿化问题占30.4%、其他占25.6%", "道路问题占44.1%"), year)


@pytest.mark.parametrize("year", YEARS)
def test_cut_clause_with_figure_is_no_lead(year):
    # decoy: a clause with its own amount between the count and the shares is no bare 按…分 lead
    decoy = _CUT.replace("从诉求类型看", "涉及金额120万元")
    assert "consistent" not in _grim(decoy, year)


_TALLY = "2019年全市有效监测365天。在48天超标天数中，首要污染物为臭氧和二氧化氮的天数分别占62.5%和37.5%。\n"


@pytest.mark.parametrize("year", YEARS)
def test_days_tally_is_n(year):
    # 30 and 18 of 48 days
    assert "consistent" in _grim(_TALLY, year)


@pytest.mark.parametrize("year", YEARS)
def test_days_tally_impossible_not_passed(year):
    assert "consistent" not in _grim(_TALLY.replace("62.5%和37.5%", "62.0%和38.0%"), year)


@pytest.mark.parametrize("year", YEARS)
def test_days_span_is_no_n(year):
    # decoy: a span of 50 days (整治期) is no tally of days
    decoy = "开展为期48天的专项整治，整治期间群众来电中噪声问题和油烟问题分别占62.5%和37.5%。\n"
    assert "consistent" not in _grim(decoy, year)


# ---------------------------------------------------------------- 负荷率/利用率: the amount over the stated capacity
_LOAD = ("一、基本情况\n全区建成污水处理厂4座，日处理能力25万吨。\n"
         "二、运行情况\n年内日均处理污水21.5万吨，污水处理厂运行负荷率为86.0%。\n")


@pytest.mark.parametrize("year", YEARS)
def test_load_rate_over_capacity(year):
    # 21.5/25 = 86.0%
    assert "consistent" in _verdicts(_LOAD, year)


@pytest.mark.parametrize("year", YEARS)
def test_load_rate_over_capacity_broken(year):
    assert "inconsistent" in _verdicts(_LOAD.replace("86.0%", "89.0%"), year)


@pytest.mark.parametrize("year", YEARS)
def test_load_rate_capacity_of_another_thing(year):
    # decoy: the capacity stated is of another facility (垃圾焚烧, no character pair shared with 处理污水)
    decoy = _LOAD.replace("日处理能力25万吨", "垃圾焚烧能力25万吨").replace("86.0%", "89.0%")
    assert "inconsistent" not in _verdicts(decoy, year)


# ---------------------------------------------------------------- A与B之比为x:1: a ratio named by its two terms
from analysis.rules.ratios import derived_ratio  # noqa: E402

_NAMED_RATIO = ("全院现有编制床位520张。全院在岗职工830人，其中注册护士312人，"
                "护士与床位之比为0.6:1。\n")


def _ratio(text, year):
    return [r["verdict"] for r in run(derived_ratio, text, year)]


@pytest.mark.parametrize("year", YEARS)
def test_ratio_named_by_its_terms(year):
    # 312/520 = 0.6
    assert "consistent" in _ratio(_NAMED_RATIO, year)


@pytest.mark.parametrize("year", YEARS)
def test_ratio_named_by_its_terms_wrong_not_passed(year):
    assert "consistent" not in _ratio(_NAMED_RATIO.replace("0.6:1", "0.8:1"), year)


@pytest.mark.parametrize("year", YEARS)
def test_ratio_term_not_counted_is_left_alone(year):
    # decoy: no figure is named 床位 — nothing to divide by
    decoy = _NAMED_RATIO.replace("全院现有编制床位520张。", "全院现有科室25个。")
    assert _ratio(decoy, year) == []
