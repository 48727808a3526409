"""Shares, round 19, fifth pass: a whole named in the share against the figures that carry its name.

share_of_total: an item that only inherits the whole's measure from the total it was split from (其中第二产业增加值…
under 实现生产总值) is no whole of 占…生产总值的; a figure counted among the named whole (受理的…中已办结) is a subset,
not the whole; a part of a breakdown named like the whole (电话受理 / 网络受理 of 共受理) gives way to the breakdown's
total."""
import pytest

from analysis.rules.shares import share_of_total
from rules_cases import YEARS, alarms, run, share_rules

MINE = share_rules()


def _bad(text, year=2020):
    return alarms(MINE, text, year)


# ---------------------------------------------------------------- 占全市地区生产总值的: not the 其中 item before
@pytest.mark.parametrize("year", YEARS)
def test_named_whole_over_item_inheriting_its_measure(year):
    ok = ("全市完成地区生产总值80.00亿元，同比增长6.1%。其中，农业增加值12.00亿元，工业和建筑业增加值36.00亿元，"
          "服务业增加值32.00亿元。年末常住人口52.3万人。城镇化率61.2%。\n\n全年高新技术产业增加值20.00亿元，占全市地区生产总值的25.0%。")
    assert ("share_of_total", "consistent") in _verdicts(ok, year)
    assert ("share_of_total", "inconsistent") not in _bad(ok, year)
    bad = ok.replace("25.0%", "27.5%")  # 20/80 = 25.0; 27.5 fits neither 80 nor the 36 item (55.6)
    assert ("share_of_total", "inconsistent") in _bad(bad, year)
    # decoy: a share of the item itself, named as such, is still judged against the item (20/36 = 55.6%)
    decoy = ok.replace("占全市地区生产总值的25.0%", "占工业和建筑业增加值的55.6%")
    assert ("share_of_total", "inconsistent") not in _bad(decoy, year)
    assert ("share_of_total", "inconsistent") in _bad(decoy.replace("55.6%", "58.0%"), year)


# ---------------------------------------------------------------- 占来件总量的: not 来件中已答复, not one channel
@pytest.mark.parametrize("year", YEARS)
def test_named_act_whole_over_subset_and_channel(year):
    ok = ("一季度信访窗口共登记来件4,000件，其中来信登记1,500件，网上登记2,500件。\n\n截至3月底，登记的来件中已答复3,800件，"
          "答复率95.0%。回访群众1,200人。满意率96.5%。\n\n按问题类别看，反映最集中的三类问题合计2,200件，占登记总量的55.0%。")
    assert ("share_of_total", "inconsistent") not in _bad(ok, year)
    assert ("share_of_total", "consistent") in _verdicts(ok, year)
    bad = ok.replace("55.0%", "60.0%")  # 2200/4000 = 55.0; 60.0 fits no figure named 登记 (3800: 57.9, 2500: 88.0)
    assert ("share_of_total", "inconsistent") in _bad(bad, year)
    # decoy: the channels do not add up to the total — no breakdown to climb, the channel named like the whole is met
    # first and a share that fits it is not flagged
    decoy = ok.replace("网上登记2,500件", "网上登记2,400件").replace("55.0%", "91.7%")
    assert ("share_of_total", "inconsistent") not in _bad(decoy, year)



def _verdicts(text, year):
    return [("share_of_total", r["verdict"]) for r in run(share_of_total, text, year)]
