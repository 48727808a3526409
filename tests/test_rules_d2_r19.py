"""Shares, round 19, second pass (rv20, tuning28–31).

share_of_total: a whole of the earlier period restated with its part (上年X n名、Y m名，占p%) is that part's whole, not
the whole of this year stated before."""
import pytest

from analysis.rules.shares import granularity, share_of_total
from rules_cases import YEARS, alarms, rule_verdicts, share_rules

MINE = share_rules()

_rows = rule_verdicts


def _bad(text, year=2020):
    return alarms(MINE, text, year)


# ---------------------------------------------------------------- 去年X 110名、Y 22名，占p%: the earlier period's whole
@pytest.mark.parametrize("year", YEARS)
def test_earlier_period_whole_restated(year):
    ok = ("现有在岗医师120名，其中副高以上职称30名，占25.0%；去年在岗医师110名、副高以上职称22名，占20.0%，"
          "高级职称医师占比提高5.0个百分点。")  # 30/120 = 25.0; 22/110 = 20.0 (22/120 = 18.3)
    assert _rows(share_of_total, ok, year) == ["consistent", "consistent"]
    bad = ok.replace("占20.0%", "占21.0%")  # 22/110 = 20.0: the planted slip
    assert _rows(share_of_total, bad, year) == ["consistent", "inconsistent"]
    # decoy: a change against last year's level is no whole; the part is of this year's 120
    decoy = "现有在岗医师120名，比去年的110名增加10名，副高以上职称24名，占20.0%。"  # 24/120 = 20.0 (24/110 = 21.8)
    assert _bad(decoy, year) == []
    assert _rows(share_of_total, decoy, year) == ["consistent"]


# ---------------------------------------------------------------- X量占全市总量: an item's name cut short + the measure
@pytest.mark.parametrize("year", YEARS)
def test_item_named_short_with_measure(year):
    ok = "全市图书馆接待读者52.0万人次，其中少儿图书馆13.0万人次；少儿读者量占全市总量的25.0%。"  # 13/52 = 25.0
    assert _rows(share_of_total, ok, year) == ["consistent"]
    bad = ok.replace("25.0%", "27.0%")
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # decoy: two items open with the same words — no one part is named
    decoy = "全市图书馆接待读者52.0万人次，其中少儿图书馆13.0万人次、少儿阅览室5.0万人次；少儿读者量占全市总量的27.0%。"
    assert _bad(decoy, year) == []


# ---------------------------------------------------------------- 下半年占全年: two quarters over the year they add up to
@pytest.mark.parametrize("year", YEARS)
def test_half_year_of_quarters(year):
    ok = ("全年完成投资2,400万元，一季度完成投资300万元，二季度500万元，三季度800万元，四季度800万元，"
          "下半年投资占全年的66.7%。")  # (800+800)/2400 = 66.67
    assert _rows(share_of_total, ok, year) == ["consistent"]
    bad = ok.replace("66.7%", "62.5%")
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # decoy: the year's figure before the quarters is a plan they do not add up to — no whole is taken
    decoy = ("全年计划投资3,000万元，一季度完成投资300万元，二季度500万元，三季度800万元，四季度800万元，"
             "下半年投资占全年的62.5%。")
    assert ("share_of_total", "inconsistent") not in _bad(decoy, year)


# ---------------------------------------------------------------- X类Y占全年Y总量的 with the list sections before
@pytest.mark.parametrize("year", YEARS)
def test_item_of_list_sections_before(year):
    ok = ("一、基本情况\n全年接待来访群众1,250人次，其中涉农类500人次、城建类300人次，其余为其他类。\n\n"
          "二、存在问题\n群众反映问题较为集中，涉农类来访占全年来访总量的40.0%。")  # 500/1250 = 40.0
    assert _rows(share_of_total, ok, year) == ["consistent"]
    bad = ok.replace("40.0%", "42.0%")
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # decoy: the share names another measure (信件) than the figure the list was taken from
    decoy = ok.replace("涉农类来访占全年来访总量的40.0%", "涉农类信件占全年信件总量的42.0%")
    assert _rows(share_of_total, decoy, year) == []


# ---------------------------------------------------------------- a use rate past another rate of the same sum
@pytest.mark.parametrize("year", YEARS)
def test_use_rate_past_another_rate(year):
    ok = ("一、资金来源\n年初下达专项资金3,000万元，其中省级2,000万元、市级1,000万元。\n\n"
          "二、资金管理\n截至年底，累计使用资金2,760万元，资金到账率100%，使用率为92.0%。")  # 2760/3000 = 92.0
    assert "consistent" in _rows(share_of_total, ok, year)
    bad = ok.replace("92.0%", "94.0%")  # a likely whole: never an alarm, never judged right
    assert "consistent" not in _rows(share_of_total, bad, year) and _bad(bad, year) == []
    # decoy: a rate of another thing after the first rate takes no part from the sum
    decoy = ok.replace("使用率为92.0%", "群众满意率为92.0%")
    assert _rows(share_of_total, decoy, year) == []


# ---------------------------------------------------------------- 完成N座…，全部通过验收，验收合格率p%: n two clauses back
@pytest.mark.parametrize("year", YEARS)
def test_rate_n_past_act_clause(year):
    ok = "全年新建8座农村供水站，全部完成竣工验收，验收合格率为87.5%。"  # 7/8 = 87.5
    assert _rows(granularity, ok, year) == ["consistent"]
    bad = ok.replace("87.5%", "85%")  # n = 8: 6/8 = 75.0, 7/8 = 87.5
    assert _rows(granularity, bad, year) == ["inconsistent"]
    # decoy: the clause between names another act than the rate's (水质 of 水质达标率): no n
    decoy = "全年新建8座农村供水站，全部投入运行，水质达标率为85%。"
    assert _bad(decoy, year) == []


# ---------------------------------------------------------------- N个X中仅M个 with a bound in the predicate (3名以上)
@pytest.mark.parametrize("year", YEARS)
def test_among_count_past_bound(year):
    ok = "全县10所乡镇中学中仅6所配备3名以上专职心理教师，占60.0%。"  # 6/10
    assert _rows(share_of_total, ok, year) == ["consistent"]
    bad = ok.replace("60.0%", "65.0%")
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # decoy: no "N个X中" — the count before the bound is not taken from a group counted there
    decoy = "全县10所乡镇中学共有教师420名，其中6所配备3名以上专职心理教师，占65.0%。"
    assert _bad(decoy, year) == []
