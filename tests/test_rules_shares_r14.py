"""Shares and ratios, round 14 (tuning22–24 misses: the core genre, error-dense): 占到位资金 is no 占到 + 位资金; a rate
stated after a list of shares of the same whole is no item of the list (percent_sum); an item naming several things
合计 and smaller than the one before is an item, not the list's total; a list of shares of one named whole takes the
whole the others found when the parts make it up; N个X中达标M个…占X总数的 is of N, not M (a planted wrong total); the
whole stated after the part (累计由…增加到…，新建数占累计总数的); 今年新建数 / 校舍改造类 name the part by its own words;
占总支出的 ← 实际支出; per-thing amounts (村均, 场均, 日均, 月均, 平均每公里, 每个新建书屋) over the things counted;
a rate whose part's clause names a group counted before (就业技能培训结业后实现就业…，就业率); 100%公示 of the count
before; 满意率 of proposals handled; a 综合/加权 rate is a weighted mean, never GRIM-tested."""
import pytest

from analysis.rules.ratios import derived_ratio
from analysis.rules.shares import granularity, percent_sum, share_of_total
from rules_cases import YEARS, alarms, rule_verdicts, share_rules

MINE = share_rules()


_rows = rule_verdicts


def _bad(text, year=2020):
    return alarms(MINE, text, year)


# ---------------------------------------------------------------- 占到位资金 / 占到账资金
@pytest.mark.parametrize("year", YEARS)
def test_share_of_funds_in_place(year):
    ok = "项目资金已全部到位，共计2,400万元，其中中央补助1,200万元、省级配套720万元、县级配套480万元，分别占到位资金的50%、30%和20%。"
    assert _rows(share_of_total, ok, year) == ["consistent"] * 3
    assert _rows(percent_sum, ok, year) == ["consistent"]
    bad = ok.replace("30%和20%", "25%和20%")
    assert _rows(share_of_total, bad, year) == ["consistent", "inconsistent", "consistent"]
    assert _rows(percent_sum, bad, year) == ["inconsistent"]
    # own phrasing: 到账
    assert _rows(share_of_total, "项目资金到账3,600万元，其中中央补助2,160万元、市级配套1,440万元，分别占到账资金的60%和40%。",
                 year) == ["consistent", "consistent"]
    assert _bad("项目资金到账3,600万元，其中中央补助2,160万元、市级配套1,440万元，分别占到账资金的60%和45%。", year)


# ---------------------------------------------------------------- a rate after a list of shares
@pytest.mark.parametrize("year", YEARS)
def test_rate_after_list_is_no_item(year):
    ok = "全年受理投诉560件，其中质量类224件、价格类168件、服务类168件，分别占40.0%、30.0%和30.0%；办结552件，办结率98.6%。"
    assert _rows(percent_sum, ok, year) == ["consistent"]
    bad = ok.replace("和30.0%；", "和35.0%；")
    assert _rows(percent_sum, bad, year) == ["inconsistent"]
    # decoy: the rate alone is no list
    assert _rows(percent_sum, "全年受理投诉560件，办结552件，办结率98.6%。", year) == []


# ---------------------------------------------------------------- A、B和C合计 as an item of the list
@pytest.mark.parametrize("year", YEARS)
def test_combined_item_is_listed(year):
    ok = "年度支出合计8,000万元，其中教育3,600万元、卫生2,400万元、文化、体育和旅游合计2,000万元，分别占年度支出的45%、30%和25%。"
    assert _rows(share_of_total, ok, year) == ["consistent"] * 3
    assert "inconsistent" in _rows(share_of_total, ok.replace("和25%", "和20%"), year)
    own = "接待游客总量120万人次，其中省内游客78万人次、省外及境外游客合计42万人次，分别占游客总量的65%和35%。"
    assert _rows(share_of_total, own, year) == ["consistent", "consistent"]
    assert _rows(share_of_total, own.replace("和35%", "和30%"), year) == ["consistent", "inconsistent"]


# ---------------------------------------------------------------- N个X中达标M个 … 占X总数的
@pytest.mark.parametrize("year", YEARS)
def test_whole_named_by_the_larger_count(year):
    ok = "全区64所中小学中标准化达标52所，达标率81.3%，其中省级示范校8所，占全区中小学总数的12.5%。"
    assert _rows(share_of_total, ok, year) == ["consistent", "consistent"]
    # the share of the 达标 ones, said to be of all: wrong
    bad = ok.replace("12.5%", "15.4%")
    assert _rows(share_of_total, bad, year) == ["consistent", "inconsistent"]
    # decoy: a share named of the 达标 ones is of them
    assert _bad(ok.replace("占全区中小学总数的12.5%", "占达标学校的15.4%"), year) == []
    own = "全市45家公立医院中开展日间手术的36家，其中三级医院9家，占全市公立医院总数的"
    assert _rows(share_of_total, own + "20%。", year) == ["consistent"]
    assert _rows(share_of_total, own + "25%。", year) == ["inconsistent"]


# ---------------------------------------------------------------- the whole stated after the part
@pytest.mark.parametrize("year", YEARS)
def test_whole_after_the_part(year):
    ok = "今年新发展家庭农场240家，全县家庭农场由上年底的1,160家增加到1,400家，当年新发展数占总数的17.1%。"
    assert _rows(share_of_total, ok, year) == ["consistent"]
    # of last year's level (240/1160 = 20.7%): wrong, not excused by that figure
    assert _rows(share_of_total, ok.replace("17.1%", "20.7%"), year) == ["inconsistent"]
    own = "今年新建公厕42座，全区公厕由上年末的318座增加到360座，新建数占总量的11.7%。"
    assert _rows(share_of_total, own, year) == ["consistent"]
    assert _rows(share_of_total, own.replace("11.7%", "13.2%"), year) == ["inconsistent"]
    # decoy: no level after the part — no whole
    assert _bad("今年新建公厕42座，新建数占总量的13.2%。", year) == []


# ---------------------------------------------------------------- the part named by its own words; 总支出
@pytest.mark.parametrize("year", YEARS)
def test_part_named_by_class_and_total_spending(year):
    ok = "全年受理群众诉求640件，其中涉及物业管理的192件、房屋质量的128件、其他320件，物业管理类占受理总数的30%。"
    assert _rows(share_of_total, ok, year) == ["consistent"]
    assert _rows(share_of_total, ok.replace("30%", "35%"), year) == ["inconsistent"]
    spent = "全年实际支出6,250万元；按经济分类，人员经费2,500万元、公用经费3,750万元，公用经费占总支出的60%。"
    assert _rows(share_of_total, spent, year) == ["consistent"]
    assert _bad(spent.replace("60%", "62%"), year) == []  # (a worded whole is weak: never an error)


# ---------------------------------------------------------------- per-thing amounts
@pytest.mark.parametrize("year", YEARS)
def test_per_thing_amounts(year):
    for text in ("全乡9个行政村集体经济收入合计405万元，村均45万元。",
                 "全年放映农村公益电影1,440场，观众8.64万人次，场均60人次。",
                 "今年市民服务中心共办理各类事项43.8万件，日均1,200件。",
                 "全年累计发放城乡低保金1,104万元，月均92万元。",
                 "全年完成农村公路改造236公里，投入资金1.18亿元，平均每公里50万元。",
                 "新建社区书屋15个，配发图书2.25万册，每个新建书屋1,500册。",
                 "全县28所农村学校共配备计算机1,680台，校均60台。",  # own phrasing
                 "全镇8个社区全年开展志愿服务活动312场，社均39场。"):
        assert _rows(derived_ratio, text, year) == ["consistent"], text
    # wrong or per working day: weak, never an error
    for text in ("全乡9个行政村集体经济收入合计405万元，村均48万元。",
                 "全年受理网上申请6.25万件，日均250件（按250个工作日计）。",
                 "全镇8个社区全年开展志愿服务活动312场，社均36场。"):
        assert _bad(text, year) == [], text


# ---------------------------------------------------------------- a group the part's clause names
@pytest.mark.parametrize("year", YEARS)
def test_rate_of_group_named_in_part_clause(year):
    ok = "全年开展技能培训5,200人次，分别为电商培训2,400人次、家政培训2,800人次；电商培训结业后实现创业就业960人，就业率40%。"
    assert _rows(share_of_total, ok, year) == ["consistent"]
    assert _bad(ok.replace("就业率40%", "就业率45%"), year) == []  # weak


# ---------------------------------------------------------------- granularity: 100%公示, proposals, 综合
@pytest.mark.parametrize("year", YEARS)
def test_granularity_forms(year):
    assert _rows(granularity, "全年抽查各类市场主体1,650户，抽查结果100%公示。", year) == ["consistent"]
    assert _rows(granularity, "今年承办区人大代表建议41件，已全部按时办复，代表满意率100%。", year) == ["consistent"]
    # 综合/加权 rates are weighted means: no GRIM (482 answers cannot give 91.37% as k/n)
    assert _rows(granularity, "第三方机构入户调查，收回有效问卷482份，综合满意率91.37%。", year) == []
    assert _rows(granularity, "有效样本215个，按权重汇总的加权满意率为88.46%。", year) == []
    # decoy: a plain rate of the same count is still tested
    assert _rows(granularity, "第三方机构入户调查，收回有效问卷482份，群众满意率91.37%。", year) == ["inconsistent"]

