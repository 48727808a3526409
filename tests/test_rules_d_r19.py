"""Shares, round 19 (tuning28–31).

share_of_total: a whole named 总X is X's own total, never an item of the 其中 list the part is one of; a whole named by
an act and its money (到位资金) is the figure labelled with the act (实际到位); 占全部X的 is the figure the part was taken
from (or the group its sentence opens with, X中); X中Y占比 pairs the item Y of X's list sentences back; the part is the
one item of the list before named short or reworded; an execution rate takes the year's budget sections back; a rate
that fits another amount just before is reported against it; 参X率 is over the members counted (or the count its
sentence opens with).
granularity: n个X中…的X达到p%; 规范率 of things checked; a random sample asked; 对N个X开展Y抽查，Y率; 年审, 考评;
satisfaction with the handling of cases.
percent_sum: a stated 之和为百分之百. derived_ratio: a per-unit value off by a power of ten gets its cause."""
import pytest

from analysis.rules.shares import granularity, share_of_total
from rules_cases import YEARS, alarms, rule_verdicts, run, share_rules

MINE = share_rules()

_rows = rule_verdicts


def _bad(text, year=2020):
    return alarms(MINE, text, year)


# ---------------------------------------------------------------- 占总支出的: not a peer of the 其中 list
@pytest.mark.parametrize("year", YEARS)
def test_total_named_whole_not_peer(year):
    ok = ("学校全年收入合计3,250万元，其中财政补助2,900万元。全年支出合计3,100万元，其中基本支出2,010万元，"
          "项目支出1,090万元，项目支出占总支出的35.2%。")  # 1090/3100 = 35.16
    assert _rows(share_of_total, ok, year) == ["consistent"]
    bad = ok.replace("35.2%", "33.5%")  # 1090/3250 (收入) = 33.54: the wrong whole
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # decoy: a part taken from an item (X中…占X的) has that item as its whole
    decoy = "全年支出合计3,100万元，其中公用经费1,090万元，公用经费中办公费436万元，占公用经费的40.0%。"  # 436/1090
    assert _rows(share_of_total, decoy, year) == ["consistent"]


# ---------------------------------------------------------------- 占到位资金的 ← 实际到位
@pytest.mark.parametrize("year", YEARS)
def test_act_money_whole(year):
    ok = "项目计划投资2,000万元，实际到位1,600万元，其中市级资金1,000万元，占到位资金的62.5%，区级配套600万元。"
    assert _rows(share_of_total, ok, year) == ["consistent"]
    bad = ok.replace("62.5%", "50.0%")  # 1000/2000 (the plan) = 50.0: the wrong whole
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # decoy: a share of the plan, named as such, is of the plan
    decoy = "项目计划投资2,000万元，实际到位1,600万元，其中市级资金1,000万元，占计划投资的50.0%。"
    assert ("share_of_total", "inconsistent") not in _bad(decoy, year)


# ---------------------------------------------------------------- n个X中，…的X达到p%: a share of the X counted
@pytest.mark.parametrize("year", YEARS)
def test_percent_among_counted(year):
    ok = "全乡9个村中，人均纯收入超过8000元的村达到77.8%。"  # 7/9 = 77.78
    assert _rows(granularity, ok, year) == ["consistent"]
    assert ("granularity", "inconsistent") in _bad(ok.replace("77.8%", "80%"), year)  # 7/9 = 77.8, 8/9 = 88.9
    # decoy: the share is of other things (农户) than those counted (村)
    decoy = "全乡9个村中，人均纯收入超过8000元的农户达到80%。"
    assert _bad(decoy, year) == []
    # with 占比 and no comma after 中
    own = "全县12个党支部中完成换届选举的支部占比为75%。"  # 9/12
    assert ("granularity", "inconsistent") not in _bad(own, year)
    assert ("granularity", "inconsistent") in _bad(own.replace("75%", "80%"), year)  # 9/12 = 75, 10/12 = 83.3
    # decoy: 党员 of the branches are not the branches counted
    assert _bad("全县12个党支部中完成换届选举的党员占比为80%。", year) == []


# ---------------------------------------------------------------- 规范率 of things checked; a random sample asked
@pytest.mark.parametrize("year", YEARS)
def test_checked_and_sampled_n(year):
    ok = "督查组抽查工程项目12个，资金管理规范率达到91.7%。"  # 11/12
    assert "consistent" in _rows(granularity, ok, year)
    assert ("granularity", "inconsistent") in _bad(ok.replace("91.7%", "90%"), year)  # 10/12 = 83.3, 11/12 = 91.7
    decoy = "全县建成工程项目12个，资金管理规范率达到90%。"  # nothing was checked: the rate is not surely over the 12
    assert ("granularity", "inconsistent") not in _bad(decoy, year)
    ok = "随机抽查受益农户20户，满意度达到95%。"  # 19/20
    assert "consistent" in _rows(granularity, ok, year)
    assert ("granularity", "inconsistent") in _bad(ok.replace("95%", "92%"), year)  # 18/20 = 90, 19/20 = 95
    decoy = "全镇受益农户20户，满意度达到92%。"  # the households served, not a sample asked
    assert ("granularity", "inconsistent") not in _bad(decoy, year)


# ---------------------------------------------------------------- 占全部X的: the figure the part was taken from
@pytest.mark.parametrize("year", YEARS)
def test_whole_the_part_was_taken_from(year):
    ok = ("全年实施重点项目40个，完成投资12.5亿元，其中民生项目投资5.0亿元、产业项目投资6.1亿元。"
          "民生项目投资占全部项目投资的比重为40%。")  # 5.0/12.5
    assert _rows(share_of_total, ok, year) == ["consistent"]
    assert _rows(share_of_total, ok.replace("40%", "45%"), year) == ["inconsistent"]
    # decoy: not taken from it (a ；, no 其中) — a guessed whole, no alarm
    decoy = "全年实施重点项目40个，完成投资12.5亿元；民生项目投资5.0亿元。民生项目投资占全部项目投资的比重为45%。"
    assert ("share_of_total", "inconsistent") not in _bad(decoy, year)


# ---------------------------------------------------------------- 执行率 over the year's budget, sections back
@pytest.mark.parametrize("year", YEARS)
def test_execution_rate_over_budget(year):
    ok = ("一、项目概况\n本项目年度预算1,250万元，其中省级补助800万元、县级配套450万元。上年度项目预算为1,100万元。\n"
          "二、实施情况\n全年实际支出1,180万元，执行率94.4%，年度预算比上年增长13.6%。\n")  # 1180/1250
    assert "consistent" in _rows(share_of_total, ok, year)
    # a wrong rate is not judged against a guessed whole (weak pairing)
    assert ("share_of_total", "inconsistent") not in _bad(ok.replace("94.4%", "90.1%"), year)
    # decoy: last year's budget is no whole of this year's spending
    decoy = ok.replace("1,180万元，执行率94.4%", "1,000万元，执行率90.9%")  # 1000/1100 = 90.9, 1000/1250 = 80.0
    assert _rows(share_of_total, decoy, year) == []


# ---------------------------------------------------------------- X中Y占比: the whole X and its item Y, sentences back
@pytest.mark.parametrize("year", YEARS)
def test_among_named_share(year):
    ok = ("全区共有在册残疾人3,600人，其中城镇残疾人1,440人，农村残疾人2,160人。今年新办残疾人证220本。"
          "全区残疾人中农村占比为60.0%。")  # 2160/3600
    assert _rows(share_of_total, ok, year) == ["consistent"]
    assert _rows(share_of_total, ok.replace("60.0%", "62.0%"), year) == ["inconsistent"]
    # decoy: a group the list does not name (女性) — no part, no row
    decoy = ok.replace("农村占比为60.0%", "女性占比为45.0%")
    assert _rows(share_of_total, decoy, year) == []


# ---------------------------------------------------------------- 对办理结果满意率: over the cases handled
@pytest.mark.parametrize("year", YEARS)
def test_satisfaction_with_handling(year):
    ok = "全年承办政协提案80件，已全部办结。委员对办理结果满意和基本满意率为97.5%。"  # 78/80
    assert "consistent" in _rows(granularity, ok, year)
    # a likely n, not a sure one: an impossible rate is not called
    assert ("granularity", "inconsistent") not in _bad(ok.replace("97.5%", "97.0%"), year)  # 77/80 = 96.25
    # decoy: satisfaction with something else (窗口服务) is not over the cases
    decoy = "全年承办政协提案80件，已全部办结。群众对窗口服务满意率为97.5%。"
    assert "consistent" not in _rows(granularity, decoy, year)


# ---------------------------------------------------------------- a rate that fits another amount just before
@pytest.mark.parametrize("year", YEARS)
def test_rate_of_other_amount(year):
    ok = "区财政局组织政府采购，采购预算5.00亿元，实际采购4.60亿元，节约资金0.40亿元，节约率8.0%。"  # 0.40/5.00
    rows = [r for r in run(share_of_total, ok, year)]
    assert [r["verdict"] for r in rows] == ["consistent"] and "5.00亿元" in rows[0]["computed"]
    bad = ok.replace("8.0%", "9.5%")  # fits neither 5.00 (8.0) nor 4.60 (8.7)
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # decoy: last year's amount is no whole of this year's saving, even when it would give the rate
    decoy = "采购预算5.00亿元，上年实际采购4.00亿元，今年实际采购4.60亿元，节约资金0.40亿元，节约率10.0%。"
    assert "consistent" not in _rows(share_of_total, decoy, year)


# ---------------------------------------------------------------- 参X率 of the members counted before
@pytest.mark.parametrize("year", YEARS)
def test_members_taking_part(year):
    ok = "全系统共有干部职工240名，其中女职工96名。\n全年组织专题培训5期。236名干部职工参加网络培训，参训率达98.3%。"
    assert _rows(share_of_total, ok, year) == ["consistent"]  # 236/240 = 98.33
    # a likely whole, not a sure one: a wrong rate is not called against it
    assert ("share_of_total", "inconsistent") not in _bad(ok.replace("98.3%", "96.0%"), year)
    # decoy: the 240 are the newly hired, not all the members
    decoy = ok.replace("全系统共有干部职工240名", "全系统新录用干部职工240名")
    assert "consistent" not in _rows(share_of_total, decoy, year)


# ---------------------------------------------------------------- per-unit slips: a power of ten off gets its cause
@pytest.mark.parametrize("year", YEARS)
def test_per_unit_slip_cause(year):
    from analysis.rules.ratios import derived_ratio
    ok = "今年为困难家庭发放取暖补助96万元，覆盖1,200户，户均800元。"  # 960000/1200 = 800
    assert [(r["verdict"], r["cause"]) for r in run(derived_ratio, ok, year)] == [("consistent", "")]
    slip = ok.replace("户均800元", "户均800万元")  # 万 written for 元
    assert [(r["verdict"], r["cause"]) for r in run(derived_ratio, slip, year)] == [("inconsistent", "万 and 元 mixed up")]
    dot = ok.replace("户均800元", "户均80元")
    assert [(r["verdict"], r["cause"]) for r in run(derived_ratio, dot, year)] == [("inconsistent", "decimal point misplaced")]
    # decoy: a plain miscount is no slip of a unit
    off = ok.replace("户均800元", "户均850元")
    assert [(r["verdict"], r["cause"]) for r in run(derived_ratio, off, year)] == [("inconsistent", "")]


# ---------------------------------------------------------------- 参加X的k, 参X率: of the count the sentence opens with
@pytest.mark.parametrize("year", YEARS)
def test_took_part_of_opening_count(year):
    ok = "全县在册民办学校40所，参加年度检查的38所全部通过，年度参检率95%。"  # 38/40
    assert _rows(share_of_total, ok, year) == ["consistent"]
    # a likely whole, not a sure one: a wrong rate is not called against it
    assert ("share_of_total", "inconsistent") not in _bad(ok.replace("95%", "97%"), year)
    # decoy: the rate names another act (参保) than the one the part took part in (检查)
    decoy = "全县在册民办学校40所，参加年度检查的38所全部通过，教职工参保率95%。"
    assert "consistent" not in _rows(share_of_total, decoy, year)


# ---------------------------------------------------------------- the sum of listed shares, stated (之和为百分之百)
@pytest.mark.parametrize("year", YEARS)
def test_stated_sum_of_shares(year):
    from analysis.rules.shares import percent_sum
    ok = "全区三次产业占比分别为8.5%、40.2%和51.3%，三者占比之和为百分之百。"
    rows = run(percent_sum, ok, year)
    assert [r["verdict"] for r in rows] == ["consistent"] and "百分之百" in rows[0]["span"]
    bad = run(percent_sum, ok.replace("51.3%", "52.3%"), year)  # 101.0
    assert [r["verdict"] for r in bad] == ["inconsistent"] and "百分之百" in bad[0]["span"]
    # decoy: a 100% after the list that is no sum of it stays out of the row
    decoy = run(percent_sum, "全区三次产业占比分别为8.5%、40.2%和51.3%，城市污水处理率达到100%。", year)
    assert [r["verdict"] for r in decoy] == ["consistent"] and "100%" not in decoy[0]["span"]


# ---------------------------------------------------------------- 对N个X开展Y情况抽查，Y率: the check's own subject
@pytest.mark.parametrize("year", YEARS)
def test_rate_of_the_check_subject(year):
    ok = "对已建成的16个社区书屋开展开放情况抽查，正常开放率87.5%。"  # 14/16
    assert "consistent" in _rows(granularity, ok, year)
    assert ("granularity", "inconsistent") in _bad(ok.replace("87.5%", "90%"), year)  # 14/16 = 87.5, 15/16 = 93.75
    # decoy: a rate of something the check was not about
    decoy = "对已建成的16个社区书屋开展消防安全抽查，图书更新率90%。"
    assert ("granularity", "inconsistent") not in _bad(decoy, year)


# ---------------------------------------------------------------- 代表满意率: over the cases the proposers rated
@pytest.mark.parametrize("year", YEARS)
def test_proposers_satisfaction_over_cases(year):
    ok = "我局共承办代表建议40件。截至9月底，所有建议均已按期办结，代表满意和基本满意率97.5%。"  # 39/40
    assert "consistent" in _rows(granularity, ok, year)
    assert ("granularity", "inconsistent") not in _bad(ok.replace("97.5%", "98%"), year)  # a likely n only
    decoy = "我局共承办代表建议40件。截至9月底，所有建议均已按期办结，窗口群众满意率97.5%。"
    assert "consistent" not in _rows(granularity, decoy, year)
    # decoy: a 满意度 is a score, left unverifiable (the seed's convention)
    score = "我局共承办代表建议40件。截至9月底，代表对我局办理工作满意度为97.5%。"
    assert "consistent" not in _rows(granularity, score, year)


# ---------------------------------------------------------------- the part named short or reworded, the sentence before
@pytest.mark.parametrize("year", YEARS)
def test_part_named_short_or_reworded(year):
    ok = "全市共有星级酒店40家，其中五星级4家、四星级12家、三星级24家。四星级酒店占星级酒店总数的30.0%。"  # 12/40
    assert _rows(share_of_total, ok, year) == ["consistent"]
    assert _rows(share_of_total, ok.replace("30.0%", "32.0%"), year) == ["inconsistent"]
    # decoy: a group no item is (四星以上 takes in two) — no part, no alarm
    decoy = ok.replace("四星级酒店占星级酒店总数的30.0%", "四星以上酒店占星级酒店总数的45.0%")
    assert ("share_of_total", "inconsistent") not in _bad(decoy, year)
    own = ("全年开展各类培训2.40万人次，其中城镇失业人员技能培训0.96万人次，企业在岗职工培训1.44万人次。"
           "失业人员培训人次占培训总量的40.0%。")  # 0.96/2.40, the name shortened
    assert _rows(share_of_total, own, year) == ["consistent"]
    assert _rows(share_of_total, own.replace("40.0%", "42.0%"), year) == ["inconsistent"]
    own = ("全年完成交通投资12.0亿元。按项目类别分，高速公路配套7.2亿元，农村公路3.0亿元，站场1.8亿元。"
           "高速公路建设投资占全年投资总额的60.0%。")  # 7.2/12.0, the name reworded
    assert _rows(share_of_total, own, year) == ["consistent"]
    assert _rows(share_of_total, own.replace("60.0%", "62.0%"), year) == ["inconsistent"]


# ---------------------------------------------------------------- 年审 / 考评 of the things counted: n is theirs
@pytest.mark.parametrize("year", YEARS)
def test_annual_review_and_rating(year):
    ok = "对8所培训机构开展年审，合格率为87.5%。"  # 7/8
    assert "consistent" in _rows(granularity, ok, year)
    assert ("granularity", "inconsistent") in _bad(ok.replace("87.5%", "85%"), year)  # 6/8 = 75, 7/8 = 87.5
    assert ("granularity", "inconsistent") not in _bad("新开办8所培训机构，合格率为85%。", year)
    ok = "对15家供水服务网点开展服务质量考评，用户满意率达到93.3%。"  # 14/15
    assert "consistent" in _rows(granularity, ok, year)
    assert ("granularity", "inconsistent") in _bad(ok.replace("93.3%", "95%"), year)  # 14/15 = 93.3, 15/15 = 100
    assert ("granularity", "inconsistent") not in _bad("新设15家供水服务网点，用户满意率达到95%。", year)


# ---------------------------------------------------------------- X中，… : the group the part's sentence opens with
@pytest.mark.parametrize("year", YEARS)
def test_whole_named_by_the_group_lead(year):
    ok = ("全年受理消费投诉820件，办结805件。受理投诉中，商品类投诉410件，服务类投诉328件，其他投诉82件。"
          "从结构看，商品类投诉占全部投诉的50.0%。")  # 410/820
    assert _rows(share_of_total, ok, year) == ["consistent"]
    assert _rows(share_of_total, ok.replace("50.0%", "52.0%"), year) == ["inconsistent"]
    # decoy: the lead names another group (办结) than the figure's — a guessed whole, no alarm
    decoy = ok.replace("受理投诉中", "办结投诉中").replace("50.0%", "52.0%")
    assert ("share_of_total", "inconsistent") not in _bad(decoy, year)
