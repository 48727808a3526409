"""Shares, round 19, sixth pass: a new cut (按…分 / 从…看) starts again from the report's whole.

share_of_total: the bracketed shares of a later classification (按类别分，…（占N%）) are of the whole every cut
splits, not of the last item of the cut before it (转办…（占74.0%）), even when that item's label carries a
total-like verb (办理, 承办)."""
import pytest

from analysis.rules.shares import share_of_total
from rules_cases import YEARS, alarms, run, share_rules

MINE = share_rules()


def _bad(text, year=2020):
    return alarms(MINE, text, year)


def _verdicts(text, year):
    return [("share_of_total", r["verdict"]) for r in run(share_of_total, text, year)]


_CUTS = ("一、总体情况\n全年便民服务中心共接收群众来件24,000件，其中一季度5,600件，其余各季度18,400件。"
         "从接收方式看，现场窗口接收15,600件（占65.0%），网上平台接收8,400件（占35.0%）。"
         "按办理方式分，窗口即时办理9,600件（占40.0%），转交部门承办办理14,400件（占60.0%）。"
         "按事项类别分，户籍证照类6,000件（占25.0%）、社保医保类4,320件（占18.0%）、不动产登记类2,160件（占9.0%），"
         "其余为其他事项。\n")


# ---------------------------------------------------------------- 按事项类别分: of the 24,000 all cuts split
@pytest.mark.parametrize("year", YEARS)
def test_later_cut_takes_the_report_whole(year):
    assert ("share_of_total", "inconsistent") not in _bad(_CUTS, year)
    assert ("share_of_total", "consistent") in _verdicts(_CUTS, year)


@pytest.mark.parametrize("year", YEARS)
def test_later_cut_broken_share_flagged(year):
    # 4,320/24,000 = 18.0%; 21.0 fits neither the whole nor the 14,400 item of the cut before (30.0)
    bad = _CUTS.replace("（占18.0%）", "（占21.0%）")
    assert ("share_of_total", "inconsistent") in _bad(bad, year)


# ---------------------------------------------------------------- decoy: a share of the sub-whole named before it
@pytest.mark.parametrize("year", YEARS)
def test_share_named_of_sub_whole_stays_with_it(year):
    decoy = _CUTS + "转交部门承办办理的14,400件中，按期办结13,680件，占95.0%。\n"
    assert ("share_of_total", "inconsistent") not in _bad(decoy, year)
    assert ("share_of_total", "consistent") in _verdicts(decoy, year)
    broken = decoy.replace("占95.0%", "占57.0%")  # 57.0 is 13,680/24,000 — the report's whole, but this share is of 转交
    assert ("share_of_total", "inconsistent") in _bad(broken, year)


# ---------------------------------------------------------------- decoy: a later cut that only fits the cut's item
@pytest.mark.parametrize("year", YEARS)
def test_later_cut_of_the_item_when_only_it_fits(year):
    # 按承办部门分 splits the 14,400 passed on (7,200/14,400 = 50.0%), no share of it fits 24,000 (30.0)
    text = _CUTS.replace("（占60.0%）。", "（占60.0%）。按承办部门分，住建部门7,200件（占50.0%）、人社部门4,320件（占30.0%）。")
    assert ("share_of_total", "inconsistent") not in _bad(text, year)
    assert "50.0% (7,200件 of 14,400件)" in [r["stated"] for r in run(share_of_total, text, year)]
