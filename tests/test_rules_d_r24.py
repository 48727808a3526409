"""Shares, round 24: one general resolver for a share or rate left without a pairing (sentences invented).

share_of_total: a share whose part and whole are stated but not joined by 占 is resolved by searching the figures that
could be its part and its whole. The part must surely be the share's own: named by the rate's act (激活18.3万人，激活率 /
6个通过验收，验收通过率), or the one quantity a share by 占, a 占比 or a share in words follows (…98家，超过六成，占比 /
签约4.92万人，超过四成), or the subject an earlier sentence counts (农村低保对象3,482人 … 农村低保对象占…). The whole is a
figure of the part's unit stated before, larger, linked to the part by name: the words of the whole the share names
(占耕地面积的 ← 耕地保有量; never 收入 for 支出, nor another scope), 其中/中 right after it in the part's sentence, or a
noun the part's clause shares with a whole marked as all of its kind (共, 现有, 全县…). A pairing that holds gives a
consistent row; one that does not is an alarm only when the text pins the whole — by its name, or by 其中/中 in the
part's own sentence; a rate's whole named sentences before is a likely whole (no alarm). Shares listed after one cue
take the k quantities listed before it, over one whole. A part followed by its own share is no later share's part; a
rate of M among N, its part and whole stated, has no n of its own (granularity).
derived_ratio: an average whose things are counted in the 其中 item's own clause is the item's, not the total's.
Review mends: a whole named only by a time (为上年的) names no figure, nor does one the name only contains (X中Y); a
share said of last year takes no figure of this year; a rate's act that names what it found (检查发现…) is not the act's
count; a rate's likely whole is tried among the nearest two only (not any far one that fits by chance); a rate closing
an earlier sentence keeps its figure free as a later whole; the resolver tests each figure once per document.
"""
import pytest

from analysis.rules.ratios import derived_ratio
from analysis.rules.shares import share_of_total
from rules_cases import YEARS, run, share_alarms


def _at(text: str, anchor: str, year=2020) -> list[str]:
    """share_of_total verdicts of the rows whose span overlaps the anchor (which occurs once)."""
    a = text.index(anchor)
    b = a + len(anchor)
    return [r["verdict"] for r in run(share_of_total, text, year) if r["start"] < b and a < r["end"]]


# ---------------------------------------------------------------- a rate named by the part's act, whole stated before
# (text, anchor, good rate, broken rate): the part's clause names the act the rate is named by; the whole, marked as all
# of its kind, is stated sentences or sections before and shares a noun with the part's clause — a likely whole: the
# rate holds (consistent) or nothing is said
_ACT_RATE = [
    ("一、基本情况\n社区现有住户2,947户，其中老旧小区住户1,120户。\n二、疫情防控\n网格员逐户上门排查住户2,860户，"
     "排查率{p}，累计排查23,610人次。", "排查率", "97.0%", "99.0%"),
    ("截至6月30日，全县基本医疗保险参保31.46万人，其中职工医保6.82万人、城乡居民医保24.64万人，参保率稳定在96.8%。\n"
     "大力推广医保电子凭证，全县激活18.3万人，激活率为{p}，9个乡镇实现参保登记“不出村”。", "激活率", "58.2%", "68.2%"),
    ("今年申报省级示范高中的３所学校中有２所通过省级评估，通过率{p}；至此全区８所普通高中中有６所为省级示范高中。",
     "通过率", "６６．７％", "７６．７％"),
    ("全镇申报市级文明村的9个村中有6个通过验收，验收通过率{p}。", "验收通过率", "66.7%", "76.7%"),
    ("申报的9个乡镇中有6个通过考核，考核通过率{p}；全县乡镇总数为14个。", "考核通过率", "66.7%", "62.7%"),
]


@pytest.mark.parametrize("text,anchor,good,bad", _ACT_RATE)
@pytest.mark.parametrize("year", YEARS)
def test_rate_of_the_parts_act_over_a_likely_whole(text, anchor, good, bad, year):
    assert _at(text.format(p=good), anchor, year) == ["consistent"]
    assert share_alarms(text.format(p=good), year) == []  # (３所学校中有２所: no n of its own — no GRIM alarm on 2)
    assert _at(text.format(p=bad), anchor, year) == []


@pytest.mark.parametrize("year", YEARS)
def test_rate_decoys_stay_quiet(year):
    good = "一、基本情况\n社区现有住户2,947户。\n二、疫情防控\n网格员逐户上门排查住户2,860户，排查率97.0%。"
    assert _at(good, "排查率", year) == ["consistent"]
    # 新农合's count is its own rate's part, in a clause its rate closed — no whole of 新农保's 参保率
    assert share_alarms("（三）社会保障。新农合参合31,240人，应参合31,684人，参合率98.6%；新农保参保约1.86万人，参保率95%左右。", year) == []
    assert share_alarms("新农合参合31,240人，参合率98.6%；新农保参保约1.86万人，参保率95%左右。", year) == []
    # a population shares no noun with the ones newly insured: the rate's whole is not stated
    assert share_alarms("全县常住人口52.3万人。\n全年新增参保人员1.2万人，参保率96.5%。", year) == []
    # 金额 names no thing: the amount bought is no whole of the amount cut by review
    assert share_alarms("全年完成政府采购项目342个，采购金额6.85亿元。加强财政投资评审，审减金额5,630万元，审减率8.7%。", year) == []
    # the year's new ones are no whole of the running total, nor of others
    assert share_alarms("新型农村合作医疗全面推开，新增参合农民28.6万人，全县累计参合26.4万人，参合率达到93.5%。", year) == []
    assert _at("全系统新录用干部职工240名。\n236名干部职工参加网络培训，参训率达98.3%。", "参训率", year) == []
    # a sentence closed by its own rate keeps its count: 健康管理 is not of the 建档 count
    assert share_alarms("居民电子健康档案建档20.9万人，建档率88.6%。65岁以上老年人健康管理2.86万人，健康管理率71.5%。", year) == []


# ---------------------------------------------------------------- a whole the share names, stated before
_NAMED = [
    ("全县耕地保有量56.8万亩，永久基本农田47.2万亩。\n截至年底，累计建成高标准农田31.5万亩，占耕地面积的比重达{p}。",
     "占耕地面积", "55.5%", "60.2%"),
    ("一、低保工作\n本县共有低保对象5,235人，其中农村低保对象3,482人。\n二、城乡统筹\n农村低保对象占本县低保对象的{p}。",
     "占本县低保对象", "66.5%", "62.5%"),
    ("今年审计署对我区18个部门开展预算执行审计。\n审计发现，12个部门存在会议费列支不规范问题，占被审计部门总数的{p}。",
     "占被审计部门", "66.7%", "72.2%"),
    ("全县组建家庭医生团队86个，签约服务居民12.8万人。\n重点人群签约{p}，履约随访质量持续提高。", "超过签约",
     "5.36万人，超过签约居民的四成", "4.92万人，超过签约居民的四成"),
    ("全区现有中小学校46所，其中纳入集团化办学的22所，近一半，达{p}。", "达", "47.8%", "42.8%"),
]


@pytest.mark.parametrize("text,anchor,good,bad", _NAMED)
@pytest.mark.parametrize("year", YEARS)
def test_share_of_a_whole_the_text_pins(text, anchor, good, bad, year):
    assert _at(text.format(p=good), anchor, year) == ["consistent"]
    assert _at(text.format(p=bad), anchor, year) == ["inconsistent"]


@pytest.mark.parametrize("year", YEARS)
def test_named_whole_decoys_stay_quiet(year):
    good = "一、耕地\n全县耕地保有量56.8万亩。\n二、农田\n累计建成高标准农田31.5万亩，占耕地面积的55.5%。"
    assert _at(good, "占耕地面积", year) == ["consistent"]
    # a whole named 支出 is never a 收入 (same words otherwise), nor 财政总支出 a 一般公共预算支出
    assert share_alarms("一般公共预算收入32.6亿元，增长9.1%。\n民生支出27.9亿元，占一般公共预算支出的78.3%。", year) == []
    # a whole of another scope (全省, not 全市; 全市, not 本县)
    assert share_alarms("截至年底，全省高新技术企业总数达到1.5万家。今年我市新认定高新技术企业86家，占全市高新技术企业总数的21.4%。", year) == []
    assert share_alarms("本县共有低保对象5,235人。\n据市民政局通报，我县低保人数占全市低保对象的比重为18%。", year) == []
    # a whole never stated: the other count is of another thing
    assert share_alarms("全区在园幼儿2.18万人。\n今年全区普惠性民办幼儿园达到23所，约占三分之一。", year) == []


# ---------------------------------------------------------------- shares listed after one cue, parts listed before
# (the cue counts the items it takes — 三项分别占, 两项分别占 —: that count is none of them)
_LISTED = [
    ("基金支出2.37亿元，其中住院费用1.52亿元、普通门诊0.61亿元、定点药店购药0.24亿元，三项分别占基金支出的{a}、{b}和{c}。",
     ("64.1%", "25.7%", "10.1%"), ("64.1%", "20.7%", "10.1%")),
    ("全年信访总量1,250件，其中来信312件、来访438件、网上信访500件，三项分别占信访总量的{a}、{b}和{c}。",
     ("25.0%", "35.0%", "40.0%"), ("25.0%", "35.0%", "45.0%")),
    ("全县耕地面积56.8万亩，其中水田21.3万亩、旱地35.5万亩，两项分别占耕地面积的{a}和{b}。{c}",
     ("37.5%", "62.5%", ""), ("37.5%", "60.5%", "")),
    ("全年受理投诉二千四百件，其中食品类九百六十件、服务类七百二十件，两项分别占投诉总量的{a}和{b}。{c}",
     ("40.0%", "30.0%", ""), ("40.0%", "33.0%", "")),
]


@pytest.mark.parametrize("text,good,bad", _LISTED)
@pytest.mark.parametrize("year", YEARS)
def test_listed_shares_take_the_listed_parts(text, good, bad, year):
    k = 3 if good[2] else 2
    rows = run(share_of_total, text.format(a=good[0], b=good[1], c=good[2]), year)
    assert [r["verdict"] for r in rows] == ["consistent"] * k
    rows = run(share_of_total, text.format(a=bad[0], b=bad[1], c=bad[2]), year)
    assert sorted(r["verdict"] for r in rows) == ["consistent"] * (k - 1) + ["inconsistent"]
    # decoy: four amounts before three shares — which three are listed is not known
    text = "基金支出2.37亿元，其中住院费用1.52亿元、门诊0.61亿元、购药0.24亿元、其他0.30亿元，三项分别占64.1%、20.7%和10.1%。"
    assert "inconsistent" not in [r["verdict"] for r in run(share_of_total, text, year)]


# ---------------------------------------------------------------- a part followed by its own share is that share's
@pytest.mark.parametrize("text,later", [
    ("第三产业增加值371.5亿元，占地区生产总值642.7亿元的57.8%，对经济增长的支撑作用进一步增强；数字经济核心产业增加值占地区"
     "生产总值的比重达到9.6%。", "9.6%"),
    ("全市地区生产总值642.7亿元。第二产业增加值286.3亿元，占44.5%；规上工业增加值占地区生产总值的比重为38.2%。", "38.2%"),
    ("全县地区生产总值186.4亿元，其中第三产业增加值92.6亿元，占49.7%；数字经济核心产业增加值占地区生产总值的比重为8.6%。",
     "8.6%"),
])
@pytest.mark.parametrize("year", YEARS)
def test_a_part_with_its_own_share_is_no_later_shares_part(text, later, year):
    assert share_alarms(text, year) == []
    assert not [r for r in run(share_of_total, text, year) if later in r["stated"]]


# ---------------------------------------------------------------- an average of the 其中 item's own things
@pytest.mark.parametrize("year", YEARS)
def test_average_of_the_item_whose_clause_counts_the_things(year):
    text = "新建和改扩建幼儿园共新增学位1,620个，其中新建3所幼儿园新增学位1,080个，平均每所{n}个。"
    assert [r["verdict"] for r in run(derived_ratio, text.format(n=360), year)] == ["consistent"]
    assert [r["verdict"] for r in run(derived_ratio, text.format(n=300), year)] == ["inconsistent"]
    # the things counted after the list: the average is of the total the 其中 list splits
    t2 = "共安排资金6860万元，其中中央3000万元、省级2400万元、市级1460万元，覆盖14所医院，平均每所{n}万元。"
    assert [r["verdict"] for r in run(derived_ratio, t2.format(n=490), year)] == ["consistent"]
    assert [r["verdict"] for r in run(derived_ratio, t2.format(n=104), year)] == ["inconsistent"]


# ---------------------------------------------------------------- a structure in percents after its listed parts
_STRUCTURE = [
    ("全市地区生产总值2,186.4亿元。其中，第一产业增加值98.4亿元，第二产业增加值874.6亿元，第三产业增加值1,213.4亿元，"
     "三次产业结构为{a}、{b}、{c}。", ("4.5%", "40.0%", "55.5%"), "42.0%"),
    ("全县一般公共预算支出48.0亿元，其中教育支出12.0亿元、社会保障支出9.6亿元、其他支出26.4亿元，支出构成为{a}、{b}和{c}。",
     ("25.0%", "20.0%", "55.0%"), "22.0%"),
    ("全年粮食总产量50.0万吨，其中稻谷30.0万吨、玉米15.0万吨、其他5.0万吨，品种结构依次为{a}、{b}、{c}。",
     ("60.0%", "30.0%", "10.0%"), "33.0%"),
    ("全市进出口总额100.0亿元，其中出口64.8亿元、进口35.2亿元，贸易结构为{a}、{b}。{c}", ("64.8%", "35.2%", ""), "37.2%"),
    ("全区常住人口20.0万人，其中城镇人口12.0万人、乡村人口8.0万人，城乡人口结构为{a}和{b}。{c}", ("60.0%", "40.0%", ""), "42.0%"),
]


@pytest.mark.parametrize("text,good,bad_b", _STRUCTURE)
@pytest.mark.parametrize("year", YEARS)
def test_structure_in_percents_takes_the_parts_listed_before(text, good, bad_b, year):
    k = 3 if good[2] else 2
    assert [r["verdict"] for r in run(share_of_total, text.format(a=good[0], b=good[1], c=good[2]), year)] == ["consistent"] * k
    # broken: no whole gives every share — no share row for the wrong one (percent_sum judges the sum)
    broken = text.format(a=good[0], b=bad_b, c=good[2])
    assert not [r for r in run(share_of_total, broken, year) if bad_b in r["stated"] and r["verdict"] == "consistent"]
    # decoy: a structure with no parts listed before it
    assert run(share_of_total, "全镇生产总值36.2亿元，三次产业结构为12.6%、35.1%、52.3%，服务业比重继续提高。", year) == []


# ---------------------------------------------------------------- granularity: the n of a share with no part
def _gran(text: str, pct: str, year) -> list[str]:
    """granularity verdicts of the rows about the stated percent (which occurs once)."""
    from analysis.rules.shares import granularity
    return [r["verdict"] for r in run(granularity, text, year) if r["stated"].startswith(pct)]


# the next share of a series by 占, no count between, takes the n of the one before it (weak: a row only when possible)
_SERIES = [
    ("全镇共有村（社区）12个，其中A类村占41.7%，B类村占{p}。", "33.3%", "35.0%"),
    ("今年办理人大代表建议24件，其中重点建议占25.0%，一般建议占{p}。", "75.0%", "70.0%"),
    ("全区共有中小学校36所，其中公办学校占83.3%，民办学校占{p}。", "16.7%", "18.0%"),
    ("全系统干部职工４８人，其中男性占５６．３％，女性占{p}。", "４３．８％", "４５．０％"),
    ("参评项目共20个，其中优秀等次占35%，良好等次占{p}，合格等次占20%。", "45%", "47%"),
]


@pytest.mark.parametrize("text,good,bad", _SERIES)
@pytest.mark.parametrize("year", YEARS)
def test_series_of_shares_shares_its_n(text, good, bad, year):
    assert _gran(text.format(p=good), good, year) == ["consistent"]
    assert _gran(text.format(p=bad), bad, year) == []
    # decoy: an amount between the shares — the series is broken, no n is carried
    decoy = "全县低保对象共计8,612人，其中城市低保对象占31.6%，全年发放资金5,718万元，农村低保对象占67.4%。"
    assert _gran(decoy, "67.4%", year) == []


# a share by 占 opening its sentence with 其中, no count of its own: of the count of the sentence before whose noun its
# name ends with (weak)
_QIZHONG = [
    ("全年立案刑事案件1,862起，比上年的2,103起下降11.5%。其中盗窃类案件占{p}。", "41.2%", None),
    ("全年受理信访事项48件。其中涉农信访事项占{p}。", "37.5%", "38.0%"),
    ("今年共开展执法检查64次。其中联合执法检查占{p}，发现问题均已整改。", "31.3%", "32.0%"),
    ("全区现有养老机构２４家。其中民办养老机构占{p}。", "６２．５％", "６０．０％"),
    ("今年新发展党员36名。其中青年党员占{p}。", "72.2%", "73.0%"),
]


@pytest.mark.parametrize("text,good,bad", _QIZHONG)
@pytest.mark.parametrize("year", YEARS)
def test_qizhong_share_of_the_count_before(text, good, bad, year):
    assert _gran(text.format(p=good), good, year) == ["consistent"]
    if bad:
        assert _gran(text.format(p=bad), bad, year) == []
    # decoys: another noun; a new paragraph
    assert _gran("全年受理信访事项48件。其中涉农案件占37.5%。", "37.5%", year) == []
    assert _gran("全年受理信访事项48件。\n其中涉农信访事项占37.5%。", "37.5%", year) == []


# ---------------------------------------------------------------- a headless 的-clause right after a marked whole
# (the share restated in words between the part and its 占比: 即八成 / 四分之三 / 超过六成)
_HEADLESS = [
    ("全县规模以上工业企业168家，已开展数字化改造的98家，超过六成，占比{p}。", "58.3%", "61.3%"),
    ("全市共有农贸市场45个，完成提档升级的36个，即八成，占比{p}。", "80.0%", "82.0%"),
    ("辖区现有养老机构24家，达到二星级以上标准的18家，四分之三，占比{p}。", "75.0%", "72.0%"),
    ("全区共有行政村一百二十个，建成村级综合服务中心的九十六个，达八成，占比{p}。", "80.0%", "85.0%"),
    ("全县在册建筑施工企业62家，取得安全生产许可证的58家，超过九成，占比{p}。", "93.5%", "95.5%"),
]


@pytest.mark.parametrize("text,good,bad", _HEADLESS)
@pytest.mark.parametrize("year", YEARS)
def test_headless_de_clause_after_a_marked_whole(text, good, bad, year):
    assert _at(text.format(p=good), good, year) == ["consistent"]
    assert _at(text.format(p=bad), bad, year) == ["inconsistent"]
    # decoy: a whole with no mark of all its kind, no 的-clause naming the part — no pairing
    assert _at("全县38个乡镇，9个完成改造，占23.7%。", "23.7%", year) == []


# ---------------------------------------------------------------- a rate whose act opens its name, over a population
# (the total's own base in brackets between it and the rate)
_COVERAGE = [
    ("中心服务常住人口41,200人。全年新增签约1,204人，签约总数达13,596人（上年末为12,392人），签约覆盖率{p}。",
     "33.0%", "35.0%"),
    ("全县户籍人口52.6万人。全年新增参保1.2万人，参保总数达50.3万人（上年末为49.1万人），参保覆盖率{p}。", "95.6%", "97.6%"),
    ("全镇常住人口3.2万人。今年新增建档1,500人，建档总数达2.88万人（上年末为2.73万人），建档覆盖率{p}。", "90.0%", "92.0%"),
    ("辖区服务人口6.5万人。全年新增签约3,200人，签约总数达2.34万人（上年末为2.02万人），签约服务覆盖率{p}。",
     "36.0%", "38.0%"),
    ("全区常住人口28.4万人。新增接种0.8万人，接种总数达26.9万人（上年末为26.1万人），接种完成率{p}。", "94.7%", "96.7%"),
]


@pytest.mark.parametrize("text,good,bad", _COVERAGE)
@pytest.mark.parametrize("year", YEARS)
def test_rate_named_by_its_act_over_the_population(text, good, bad, year):
    assert _at(text.format(p=good), good, year) == ["consistent"]
    assert _at(text.format(p=bad), bad, year) == []  # a likely whole: no alarm when it does not hold
    # decoy: the year's new ones are not the count the coverage is of
    assert share_alarms("全县户籍人口52.6万人。全年新增参保2.1万人，参保覆盖率95.6%。", year) == []


# ---------------------------------------------------------------- review mends (round 24)
# a whole named only by a time (为上年的85.0% / 相当于去年的七成) names no thing: the one figure said to be of last year
# is of another measure, and the share's own whole (last year's investment) is not stated
@pytest.mark.parametrize("year", YEARS)
def test_a_time_names_no_whole(year):
    assert share_alarms("上年全县财政收入12亿元。今年完成投资8.5亿元，为上年的85.0%。", year) == []
    assert share_alarms("去年全县接待游客120万人次。今年一季度实现旅游收入38亿元，游客38万人次，为去年的九成。", year) == []
    # broken twins: a whole named by its thing is still pinned (of last year, when the share says so)
    assert _at("全县耕地面积56.8万亩。今年新建高标准农田8.5万亩，为耕地面积的20.0%。", "20.0%", year) == ["inconsistent"]
    assert _at("上年全县一般公共预算收入12亿元。今年一季度完成一般公共预算收入3.5亿元，为上年收入的35.0%。", "35.0%",
               year) == ["inconsistent"]


# a rate's likely whole is tried among the nearest wholes only: on a long report, one of many far counts of its unit
# fits by chance (870 of 甲镇's 1,000户 is 87.0%, but the 排查 is 丁镇's)
_TOWNS = "一、甲镇\n甲镇共有住户1,000户。\n二、乙镇\n乙镇共有住户1,500户。\n三、丙镇\n丙镇共有住户2,000户。\n四、丁镇\n丁镇共有住户{n}户。\n五、疫情防控\n"


@pytest.mark.parametrize("year", YEARS)
def test_a_rate_takes_no_far_whole_that_fits_by_chance(year):
    assert _at(_TOWNS.format(n="2,500") + "网格员排查住户870户，排查率87.0%。", "排查率", year) == []
    assert _at(_TOWNS.format(n="2,500").replace("住户", "企业").replace("户", "家") + "检查企业348家，检查率87.0%。",
               "检查率", year) == []
    # the nearest whole that fits is read
    assert _at(_TOWNS.format(n="1,000") + "网格员排查住户870户，排查率87.0%。", "排查率", year) == ["consistent"]


# a rate closing an earlier sentence leaves its figure free to be a later sentence's whole (the ；-clause of a peer
# rate is still closed: test_rate_decoys_stay_quiet) — without the 其中 of the whole's own sentence
@pytest.mark.parametrize("year", YEARS)
def test_a_rate_closing_an_earlier_sentence_keeps_no_whole_from_later_ones(year):
    text = "截至6月30日，全县基本医疗保险参保31.46万人，参保率稳定在96.8%。\n大力推广医保电子凭证，全县激活18.3万人，激活率为{p}。"
    assert _at(text.format(p="58.2%"), "激活率", year) == ["consistent"]
    assert _at(text.format(p="68.2%"), "激活率", year) == []


def test_the_resolver_tests_each_figure_once_on_a_long_report(monkeypatch):
    """On a long report the resolver's whole candidates are tested once per document, not once per share (the
    commit's first version tested every figure before every share, and scanned all the text between them)."""
    from analysis.rules import shares
    calls = []
    real = shares._res_usable
    monkeypatch.setattr(shares, "_res_usable", lambda *a: calls.append(1) or real(*a))
    text = "\n".join(f"（{k}）全县共有住户{2000 + 7 * k:,}个。今年排查住户{900 + 3 * k:,}个，排查率{50 + k % 40}.{k % 10}%。"
                     for k in range(1, 201))
    from analysis.figures import extract_figures
    from analysis.ingest import build_document
    doc = build_document(text, year=2020)
    figs = extract_figures(doc, "t")
    share_of_total(doc, figs)
    assert len(calls) <= 2 * len(figs)


# a share said of last year (上年…占比) is of last year's part and whole, which the text gives only when it says so
@pytest.mark.parametrize("year", YEARS)
def test_a_share_of_last_year_takes_no_figure_of_this_year(year):
    assert share_alarms("全县共有企业650家，其中高新技术企业186家。上年高新技术企业占比为25.1%。", year) == []
    assert share_alarms("全县共有企业650家，其中高新技术企业186家。去年高新技术企业占比为25.1%，今年提高到28.6%。", year) == []
    # broken twins: this year's share, and last year's over last year's figures, are still judged
    assert _at("全县共有企业650家，其中高新技术企业186家。高新技术企业占比为25.1%。", "25.1%", year) == ["inconsistent"]
    text = "上年全县共有企业600家，其中高新技术企业150家。上年高新技术企业占比为{p}。"
    assert _at(text.format(p="30.0%"), "30.0%", year) == ["inconsistent"]
    assert _at(text.format(p="25.0%"), "25.0%", year) == ["consistent"]


# a rate's act that also names what it found (检查企业360家，检查发现问题企业120家，检查率): the rate's part is the count
# the act covered, not the count of what it found
@pytest.mark.parametrize("year", YEARS)
def test_a_rate_of_the_act_not_of_what_it_found(year):
    assert share_alarms("全县应检企业380家，检查企业360家，检查发现问题企业120家，检查率94.7%。", year) == []
    text = "辖区应巡查点位500个，巡查点位480个，巡查中发现隐患点位36个，巡查率{p}。"
    assert _at(text.format(p="96.0%"), "巡查率", year) == ["consistent"]
    assert _at(text.format(p="91.0%"), "巡查率", year) == ["inconsistent"]  # (broken twin: still flagged)
    # what was found is the part of a rate named by the finding's own act
    assert _at("全年检查发现问题企业120家，已全部整改，整改率100%。", "整改率", year) == ["consistent"]


# a whole the share names is not a figure the name only contains (一般公共预算收入中税收收入28.6亿元: the revenue's tax
# part — the revenue itself is not stated)
@pytest.mark.parametrize("year", YEARS)
def test_a_named_whole_is_no_figure_inside_it(year):
    assert share_alarms("全县一般公共预算收入中税收收入28.6亿元。教育支出12.3亿元，占一般公共预算收入的30.0%。", year) == []
    assert share_alarms("全市社会消费品零售总额中网上零售额86.5亿元。全市餐饮收入32.1亿元，占社会消费品零售总额的12.0%。",
                        year) == []
    # broken twin: the whole stated, its tax part after it — still judged
    text = "全县一般公共预算收入41.0亿元，其中税收收入28.6亿元。教育支出12.3亿元，占一般公共预算收入的{p}。"
    assert _at(text.format(p="30.0%"), "30.0%", year) == ["consistent"]
    assert _at(text.format(p="35.0%"), "35.0%", year) == ["inconsistent"]


# the same by the reading before the resolver: a figure named as some of the whole (耕地中水田面积, 低保对象中农村低保对象)
@pytest.mark.parametrize("year", YEARS)
def test_a_figure_among_the_named_whole_is_not_it(year):
    assert share_alarms("全县耕地中水田面积21.3万亩。今年新建高标准农田8.5万亩，占耕地面积的15.0%。", year) == []
    assert share_alarms("全县低保对象中农村低保对象3,482人。\n农村特困人员1,200人，占低保对象的20.0%。", year) == []
    # broken twin: the whole itself stated
    text = "全县耕地面积56.8万亩，其中水田面积21.3万亩。今年新建高标准农田8.5万亩，占耕地面积的{p}。"
    assert _at(text.format(p="15.0%"), "15.0%", year) == ["consistent"]
    assert _at(text.format(p="20.0%"), "20.0%", year) == ["inconsistent"]
