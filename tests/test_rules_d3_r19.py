"""Shares, round 19, third pass: a probe of passages in phrasings of the helper's own.

share_of_total / percent_sum: a bare share in brackets right after each listed count (非常满意312份（62.4%）) is that
count's share of the whole. percent_sum: groups on the sides of one attribute whose own words hold 中 (初中生, 高中生)
exclude each other, so their shares cannot pass 100; the three industries after a named whole are a closed list."""
import pytest

from analysis.rules.shares import percent_sum, share_of_total
from rules_cases import YEARS, alarms, rule_verdicts, run, share_rules

MINE = share_rules()

_rows = rule_verdicts


def _bad(text, year=2020):
    return alarms(MINE, text, year)


# ---------------------------------------------------------------- 非常满意312份（62.4%）: bare shares in brackets
@pytest.mark.parametrize("year", YEARS)
def test_bare_bracketed_shares(year):
    ok = "共回收有效问卷400份，其中很满意250份（62.5%），较满意130份（32.5%），不满意20份（5.0%）。"
    assert _rows(share_of_total, ok, year) == ["consistent"] * 3
    assert _rows(percent_sum, ok, year) == ["consistent"]
    bad = ok.replace("32.5%", "34.5%")  # 130/400 = 32.5: the planted slip
    assert _rows(share_of_total, bad, year) == ["consistent", "inconsistent", "consistent"]
    assert _rows(percent_sum, bad, year) == ["inconsistent"]
    # decoy: a growth rate in brackets after one amount is no share
    decoy = "全年实现财政收入12.6亿元（增长8.5%），税收收入9.8亿元（11.2%）。"
    assert _bad(decoy, year) == []
    # decoy: one bracketed percent alone is no list of shares
    lone = "全年接待游客86万人次（38.0%），旅游收入5.2亿元。"
    assert _bad(lone, year) == []
    # decoys: growth rates in brackets after a whole and its parts (with 其中, or not making 100)
    growth = "全年一般公共预算收入12.4亿元（7.6%），其中税收收入9.3亿元（8.8%）。"
    assert _bad(growth, year) == []
    parts = "全年一般公共预算收入12.4亿元，税收收入9.3亿元（8.8%），非税收入3.1亿元（4.1%）。"
    assert _bad(parts, year) == []


# ---------------------------------------------------------------- 小学生占…初中生占…高中生占: sides of one attribute
@pytest.mark.parametrize("year", YEARS)
def test_school_levels_over_hundred(year):
    ok = "全镇在校学生共6,400人，其中小学生占55.5%，初中生占29.5%，高中生占15.0%。"
    assert _rows(percent_sum, ok, year) == ["consistent"]
    bad = ok.replace("15.0%", "16.0%")  # adds to 101.0
    assert _rows(percent_sum, bad, year) == ["inconsistent"]
    # decoy: 男生中… is a group within a group: no partition of the whole
    decoy = "全镇在校学生共6,400人，其中男生占52.0%，男生中初中生占40.0%，高中生占20.0%。"
    assert ("percent_sum", "inconsistent") not in _bad(decoy, year)


# ---------------------------------------------------------------- 第一产业…占GDP的比重为…: three industries, closed
@pytest.mark.parametrize("year", YEARS)
def test_three_industries_after_named_whole(year):
    ok = "第一产业增加值占全县生产总值的比重为11.4%，第二产业增加值比重为42.3%，第三产业增加值比重为46.3%。"
    assert _rows(percent_sum, ok, year) == ["consistent"]
    bad = ok.replace("46.3%", "47.3%")  # adds to 101.0
    assert _rows(percent_sum, bad, year) == ["inconsistent"]
    # decoy: two industries only are no closed list
    decoy = "第二产业增加值占全县生产总值的比重为42.3%，第三产业增加值比重为46.3%。"
    assert _bad(decoy, year) == []


# ---------------------------------------------------------------- 应X n，实际X m，X率: the rate's verb after 应 is its n
@pytest.mark.parametrize("year", YEARS)
def test_should_and_did_rate(year):
    ok = "今年应拨付奖补资金2,500万元，实际拨付2,250万元，奖补资金拨付率90.0%。"  # 2250/2500 = 90.0
    assert _rows(share_of_total, ok, year) == ["consistent"]
    bad = ok.replace("90.0%", "92.0%")
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # decoy: two figures after the 应 one name the verb (a total and one source): no one part, no alarm
    decoy = "今年应拨付奖补资金2,500万元，实际拨付2,250万元，其中省级拨付1,200万元，奖补资金拨付率92.0%。"
    assert ("share_of_total", "inconsistent") not in _bad(decoy, year)
    # decoy: the rate of another act than the 应 figure's
    other = "今年应拨付奖补资金2,500万元，实际拨付2,250万元，项目开工率92.0%。"
    assert _bad(other, year) == []


# ---------------------------------------------------------------- 集体访25批350人次，…人次占…总人次的: the named measure
@pytest.mark.parametrize("year", YEARS)
def test_part_in_the_measure_named(year):
    ok = "全年接待群众来访2,400人次，其中联名信访30批480人次，联名信访人次占来访总人次的20.0%。"  # 480/2400
    assert _rows(share_of_total, ok, year) == ["consistent"]
    bad = ok.replace("20.0%", "22.0%")
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # decoy: a share of batches is of the batch count, not of the people in them
    decoy = "全年接待群众来访150批2,400人次，其中联名信访30批480人次，联名信访批次占来访总批次的20.0%。"  # 30/150
    assert _bad(decoy, year) == []


# ---------------------------------------------------------------- 占X的p%。X完成n: the whole in the next sentence
@pytest.mark.parametrize("year", YEARS)
def test_whole_in_next_sentence(year):
    ok = "全年农林水支出3.9亿元，占一般公共预算支出的15.0%。一般公共预算支出完成26亿元，比上年增长6.1%。"  # 3.9/26
    assert _rows(share_of_total, ok, year) == ["consistent"]
    bad = ok.replace("15.0%", "16.5%")
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # decoy: the next sentence states last year's figure of that whole — no whole of this year's part
    decoy = "全年农林水支出3.9亿元，占一般公共预算支出的16.5%。上年一般公共预算支出为24.5亿元。"
    assert _bad(decoy, year) == []
    # decoy: the budget set for the whole is no whole of what was spent
    plan = "全年农林水支出3.9亿元，占一般公共预算支出的16.5%。一般公共预算支出年初预算安排26亿元。"
    assert _bad(plan, year) == []


# ---------------------------------------------------------------- 年初…年末…占年末X总数的: the other end is no whole
@pytest.mark.parametrize("year", YEARS)
def test_year_end_whole_named(year):
    ok = "社区年初有登记志愿者250人，年末有登记志愿者320人，其中青年志愿者192人，占年末志愿者总数的60.0%。"  # 192/320
    assert _rows(share_of_total, ok, year) == ["consistent"]
    bad = ok.replace("60.0%", "76.8%")  # 192/250 = 76.8: the share taken of the year's opening count
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # decoy: a share naming no end of the year, that fits the other count — the pairing is in doubt, no alarm
    decoy = "社区年初有登记志愿者250人，年末有登记志愿者320人，其中青年志愿者192人，占志愿者总数的76.8%。"
    assert _bad(decoy, year) == []


# ---------------------------------------------------------------- 其中卫生技术人员n人，卫技人员占比: the item named short
@pytest.mark.parametrize("year", YEARS)
def test_item_named_short_in_stem(year):
    ok = "全县共有规模以上工业企业80家，营业收入156亿元，其中规模以上高新技术企业24家，规上高新企业占比30.0%。"
    assert _rows(share_of_total, ok, year) == ["consistent"]  # 24/80
    bad = ok.replace("30.0%", "32.0%")
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # decoy: two items written in full fit the short name — no one part is named
    decoy = ("全县共有规模以上工业企业80家，其中规模以上高新技术企业24家，规模以上高端新材料企业10家，"
             "规上高新企业占比32.0%。")
    assert _bad(decoy, year) == []


# ---------------------------------------------------------------- 人均X n元，其中Y m万元: the part's 万 miswritten
@pytest.mark.parametrize("year", YEARS)
def test_per_head_whole_and_wan_slip(year):
    ok = "全年农村居民人均可支配收入18,600元，其中经营净收入7,440元，占40.0%。"  # 7440/18600
    assert _rows(share_of_total, ok, year) == ["consistent"]
    bad = ok.replace("7,440元", "7,440万元")
    rows = run(share_of_total, bad, year)
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    assert rows[0]["cause"] == "万 and 元 mixed up"
    # decoy: a per-head value before a county total in 万元 that is no part of it
    decoy = "全年农村居民人均可支配收入18,600元，全县农民收入总额21.6亿元，其中经营净收入8.64亿元，占40.0%。"
    assert _bad(decoy, year) == []


# ---------------------------------------------------------------- X为60名，经调整后为64名: the whole as revised
@pytest.mark.parametrize("year", YEARS)
def test_revised_whole(year):
    ok = "今年下达培训名额为200人，经调整后为240人。其中已完成培训180人，占培训名额的75.0%。"  # 180/240
    assert _rows(share_of_total, ok, year) == ["consistent"]
    bad = ok.replace("75.0%", "90.0%")  # 180/200: the share taken of the total before it was revised
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    # decoy: a growth after the whole is no revision of it
    decoy = "今年下达培训名额为200人，比上年增加40人。其中已完成培训180人，占培训名额的90.0%。"
    assert _bad(decoy, year) == []


# ---------------------------------------------------------------- 共有12个乡镇…。优秀乡镇3个…分别占: the glued count before
@pytest.mark.parametrize("year", YEARS)
def test_list_whole_with_glued_noun_sentence_before(year):
    ok = "全县共有20所学校参加年度督导评估。评估结果为，优秀学校6所，良好11所，合格3所，分别占30.0%、55.0%和15.0%。"
    assert _rows(share_of_total, ok, year) == ["consistent"] * 3
    bad = ok.replace("15.0%", "17.0%")  # 3/20 = 15.0
    assert _rows(share_of_total, bad, year) == ["consistent", "consistent", "inconsistent"]
    assert _rows(percent_sum, bad, year) == ["inconsistent"]
    # decoy: the parts do not add up to the earlier count (a partial list): no whole is taken, no alarm
    decoy = "全县共有24所学校参加年度督导评估。评估结果为，优秀学校6所，良好11所，合格3所，分别占30.0%、55.0%和17.0%。"
    assert ("share_of_total", "inconsistent") not in _bad(decoy, year)


# ---------------------------------------------------------------- 调处纠纷11起，调处成功率: the count's act, its outcome
@pytest.mark.parametrize("year", YEARS)
def test_rate_of_the_counted_act(year):
    from analysis.rules.shares import granularity
    ok = "今年共化解信访积案13件，化解成功率92.3%。"  # 12/13 = 92.31
    assert _rows(granularity, ok, year) == ["consistent"]
    bad = ok.replace("92.3%", "90.0%")  # no k of 13 gives 90.0%
    assert _rows(granularity, bad, year) == ["inconsistent"]
    # decoy: a satisfaction rate after the count is over the people asked, not the cases
    decoy = "今年共化解信访积案13件，涉及群众120人，群众满意率90.0%。"
    assert _bad(decoy, year) == []


# ---------------------------------------------------------------- a和b，分别占X n的p%和q%: an inline whole, a list of shares
@pytest.mark.parametrize("year", YEARS)
def test_inline_whole_list_of_shares(year):
    ok = "上半年城区、园区分别引进项目资金2.4亿元和3.6亿元，分别占全年引资总额20.0亿元的12.0%和18.0%。"
    assert _rows(share_of_total, ok, year) == ["consistent", "consistent"]
    bad = ok.replace("18.0%", "12.0%", 1).replace("12.0%和12.0%", "12.0%和16.0%")  # 3.6/20 = 18.0
    assert _rows(share_of_total, bad, year) == ["consistent", "inconsistent"]
    # decoy: 分别占 with one share only pairs no amount (two were listed): no row, no alarm
    decoy = "上半年城区引进项目资金2.4亿元，园区3.6亿元，分别占全年引资总额20.0亿元的12.0%。"
    assert _bad(decoy, year) == []


# ---------------------------------------------------------------- 抽查25份案卷，案卷合格率: the noun after the measure word
@pytest.mark.parametrize("year", YEARS)
def test_items_named_after_the_count(year):
    from analysis.rules.shares import granularity
    ok = "年内随机抽查40份病历，病历合格率97.5%。"  # 39/40
    assert _rows(granularity, ok, year) == ["consistent"]
    bad = ok.replace("97.5%", "96.0%")  # no k of 40 gives 96.0%
    assert _rows(granularity, bad, year) == ["inconsistent"]
    # decoy: the rate's things are other than those counted (病历 of 8 hospitals checked)
    decoy = "年内对8家医院开展检查，病历合格率96.0%。"
    assert _bad(decoy, year) == []
