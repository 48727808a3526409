"""Shares and derived ratios, round 20, second pass (false alarms on correct reports, rv23–rv24).

A whole a share cannot be of gives no row: one smaller than the part (unless the part is taken from it with 其中 in
its sentence); a count of the same act as the part when the rate's part names a group of its own (其中60岁以上人群全程
接种…，接种率: the rate is of the group's population). An item stated in two measures (48项、4300万元) gives the share
the one its words name (…经费占). A crude rate per mille is of the whole population (not 乡村常住人口) — of the
average population its sentence names, when it names one — and a rate three times off, or more, is of another."""
import pytest

from analysis.rules.ratios import derived_ratio
from analysis.rules.shares import share_of_total
from rules_cases import YEARS, alarms, rule_verdicts, run, share_rules

MINE = share_rules()
_rows = rule_verdicts


def _bad(text, year=2020):
    return alarms(MINE, text, year)


# ---------------------------------------------------------------- a whole smaller than the part is never the whole
@pytest.mark.parametrize("year", YEARS)
def test_smaller_figure_is_no_whole(year):
    ok = ("全区登记在册的养老机构共计64家。\n\n从床位规模看，100张以上的21家，50至99张的18家。"
          "其中民办机构40家，占62.5%。")  # 40/64; the last sentence's 21家 and 18家 are smaller than the part
    assert _bad(ok, year) == []
    # broken twin: the whole stated in the part's sentence, the share wrong (40/64 = 62.5)
    bad = "全区登记在册的养老机构共计64家，其中民办机构40家，占60.5%。"
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # decoy: chinese numerals, a list of smaller counts after the whole's paragraph
    decoy = ("今年共受理劳动仲裁案件二百四十件。\n\n按争议类型分，工资报酬类九十件、社会保险类六十件。"
             "其中以调解方式结案的一百八十件，占百分之七十五。")
    assert _bad(decoy, year) == []


@pytest.mark.parametrize("year", YEARS)
def test_part_opening_the_split_of_a_smaller_whole_is_flagged(year):
    # the part opens the 其中 right after the whole: a part larger than it is an error, not a sign of another whole
    bad = "全区登记在册的养老机构共计46家，其中民办机构64家，占62.5%。"  # (40 of 64 written the other way round)
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    assert _rows(share_of_total, "全年共发放助学贷款3,260万元，其中，生源地贷款4,120万元，占比63.2%。", year) == ["inconsistent"]
    # decoy: a count in another unit after the split is no part of that whole
    decoy = "全区共有在册党员58名，其中女党员20名，参加集中学习的86人次，占比90.0%。"
    assert _bad(decoy, year) == []


# ---------------------------------------------------------------- an item in two measures, the share naming one
@pytest.mark.parametrize("year", YEARS)
def test_item_in_two_measures(year):
    ok = ("今年新签约招商项目90个，协议投资额72亿元，其中先进制造业项目27个、投资43.2亿元，"
          "先进制造业项目投资占60.0%。")  # 43.2/72 = 60.0 (27/90 = 30.0)
    assert _rows(share_of_total, ok, year) == ["consistent"]
    bad = ok.replace("占60.0%", "占62.0%")
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # the count named: the item's count is the part
    count = ok.replace("项目投资占60.0%", "项目个数占30.0%")
    assert _rows(share_of_total, count, year) == ["consistent"]
    # decoy: the measure is the item's first figure (an area), the second a count of households
    decoy = "全镇流转土地2.4万亩、涉及农户3,600户，其中规模经营1.5万亩、1,200户，规模经营面积占62.5%。"
    assert _bad(decoy, year) == []
    assert _rows(share_of_total, decoy.replace("62.5%", "66.5%"), year) == ["inconsistent"]


# ---------------------------------------------------------------- a rate of a group named in the part
@pytest.mark.parametrize("year", YEARS)
def test_rate_of_a_group_is_not_of_the_act_counted(year):
    ok = ("全县家庭医生签约服务覆盖18.6万人，签约率38.4%。其中65岁以上老年人签约3.9万人，签约率82.1%。")
    assert _bad(ok, year) == []
    # decoy: the same with the act's count spelled another way (参加医保 for 参保)
    decoy = "全镇参加医保3.42万人，其中脱贫人口参保5,120人，参保率100%。"
    assert _bad(decoy, year) == []
    # broken twin: those due (应签约) are the whole of the rate, and the rate is wrong (3.9/4.75 = 82.1)
    bad = "全县应签约65岁以上老年人4.75万人，其中已签约3.9万人，签约率85.1%。"
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    assert _rows(share_of_total, bad.replace("85.1%", "82.1%"), year) == ["consistent"]


# ---------------------------------------------------------------- crude rates per mille
@pytest.mark.parametrize("year", YEARS)
def test_crude_rate_over_the_whole_population(year):
    head = "年末全县常住人口48.2万人，其中城镇常住人口26.5万人，乡村常住人口21.7万人。"
    ok = head + "全年出生人口3,860人，出生率8.01‰；死亡人口3,420人，死亡率7.10‰。"  # 3860/48.2万 = 8.008‰
    assert _rows(derived_ratio, ok, year) == ["consistent", "consistent"]
    bad = ok.replace("死亡率7.10‰", "死亡率7.90‰")
    assert _rows(derived_ratio, bad, year) == ["consistent", "inconsistent"]
    # decoy: only a group of the population stated — no whole, no row
    decoy = "年末全县乡村常住人口21.7万人。全年出生人口3,860人，出生率8.01‰。"
    assert _bad(decoy, year) == []


@pytest.mark.parametrize("year", YEARS)
def test_crude_rate_over_the_average_named(year):
    ok = ("年末全县常住人口48.2万人，乡村常住人口21.7万人。全年出生人口3,860人，出生率8.05‰；死亡人口3,420人，"
          "死亡率7.13‰（按年平均常住人口47.95万人计算）。")  # 3860/47.95万 = 8.050‰; 3420/47.95万 = 7.132‰
    assert _rows(derived_ratio, ok, year) == ["consistent", "consistent"]
    bad = ok.replace("出生率8.05‰", "出生率8.65‰")
    assert _rows(derived_ratio, bad, year) == ["inconsistent", "consistent"]
    # a decimal point slipped stays an error, however far off
    slip = ok.replace("出生率8.05‰", "出生率80.5‰")
    assert _rows(derived_ratio, slip, year) == ["inconsistent", "consistent"]
    # decoy: a rate three times what the population counted gives is of another population
    decoy = "年末全县常住人口48.2万人。全年出生人口1,250人，出生率8.05‰。"  # 1250/48.2万 = 2.59‰
    assert _bad(decoy, year) == []


# ---------------------------------------------------------------- the group's own number, the base in brackets
@pytest.mark.parametrize("year", YEARS)
def test_rate_of_a_group_over_its_own_number(year):
    # the part names a group (市级) whose own number was stated before: that one, not the whole the 其中 splits
    ok = ("今年下达专项资金5,000万元，其中省级3,200万元，市级配套1,200万元，县级配套600万元。实际到位4,460万元，"
          "到位率89.2%，其中市级配套到位900万元，配套到位率75.0%。")  # 900/1200 = 75.0; 4460/5000 = 89.2
    assert _bad(ok, year) == []
    assert "consistent" in _rows(share_of_total, ok, year)
    # a wrong rate of the group is not judged over the amount the 其中 splits (900万元/4,460万元): no such pairing
    wrong = ok.replace("75.0%", "78.0%")
    assert not any("900万元/4,460万元" in (r["computed"] or "") for r in run(share_of_total, wrong, year))


@pytest.mark.parametrize("year", YEARS)
def test_rate_over_the_base_its_bracket_names(year):
    ok = "全区家庭医生签约服务覆盖12.4万人，签约率41.2%（按常住人口30.1万人计算）。"  # 12.4/30.1 = 41.20
    assert _rows(share_of_total, ok, year) == ["consistent"]
    bad = ok.replace("41.2%", "44.2%")
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # decoy: a base smaller than the count is no base of it
    decoy = "全区家庭医生签约服务覆盖12.4万人，签约率41.2%（按重点人群8.6万人计）。"
    assert _bad(decoy, year) == []
