"""Shares, round 21 (mechanisms from the blind miss counts and probes 2, 3 and 5; sentences invented).

percent_sum: a list whose first shares have their part and whole and whose later ones (其余占…, B占…) name none is one
list of one whole; classes counted before a colon (分为三类：A类占…) close the list; brackets of one measure open at
both ends (10万元以上 / 5万至10万元 / 5万元以下), grades from top to bottom (满意…不满意) and an assessment's outcome
(按照评估结果，…) cover it; a split of an item (其中…, （其中…）) is no item; a bare 合计 after a list is its subtotal;
构成为：A a%，B b%，其他 c% is a list; so are item sentences after 其中 (A n件，占a%。B …); 三次产业结构 a:b:c sums to 100;
案由 is no 由 (a level risen from).
share_of_total: a figure in a bracketed aside (（含…）) is no whole; a paragraph opening with a classification (从类别看)
or with 其中 past a heading splits the whole stated before; of two counts before a 其中 sentence, the one whose name
the part's ends with is its whole; 占GDP / 占全县经济总量 is of the 地区生产总值 stated before; a whole of another scope
(全省 for 全市) is none; a group named short (规上企业中) is the one counted in full; 约三分之一 allows about.
granularity: the count two clauses back past a figureless clause naming its act or things; things visited then asked
back; all of a kind assessed (对全部X / 对上述X) take their count; shares of a classification take the count the
sentence before gives; a round share of a small count that fits no whole number, beside share_of_total's row."""
import pytest

from analysis.rules.shares import granularity, percent_sum, share_of_total
from rules_cases import YEARS, rule_verdicts, run, share_alarms

_rows = rule_verdicts
_bad = share_alarms


# ---------------------------------------------------------------- a list whose later shares name no part
_MIXED = "全镇共有农户3200户，其中种植户1920户，占60%，养殖户占{b}，其余为务工户，占{c}。"


@pytest.mark.parametrize("year", YEARS)
def test_list_closed_by_rest_after_shares_with_parts(year):
    assert _rows(percent_sum, _MIXED.format(b="25%", c="15%"), year) == ["consistent"]
    # broken: the rest forced down, the list sums to 95
    assert _rows(percent_sum, _MIXED.format(b="25%", c="10%"), year) == ["inconsistent"]
    assert _rows(share_of_total, _MIXED.format(b="25%", c="10%"), year) == ["consistent"]  # its own row stays


@pytest.mark.parametrize("year", YEARS)
def test_rest_share_after_a_share_with_its_part(year):
    ok = "全年一般公共预算支出15亿元，其中民生支出12亿元，占80%，其余支出占20%。"
    assert _rows(percent_sum, ok, year) == ["consistent"]
    assert _rows(percent_sum, ok.replace("占20%", "占12%"), year) == ["inconsistent"]
    # decoy: no 其余, no count — the list may leave classes out
    decoy = "全年受理来信来访300件，其中反映征地拆迁的120件，占40%；反映劳资纠纷的占30%；反映环境污染的占20%。"
    assert "percent_sum" not in [r for r, _ in _bad(decoy, year)]
    # decoy: a share within a part (其中…) is no item of the list
    nested = "全年受理来信来访300件，其中反映征地拆迁的120件，占40%；其中涉及补偿标准的占70%。"
    assert _bad(nested, year) == []


# ---------------------------------------------------------------- 分为三类：A类占…
@pytest.mark.parametrize("year", YEARS)
def test_classes_counted_before_a_colon(year):
    ok = "全市纳入监测的小微企业分为三类：甲类企业占18.4%，乙类企业占52.3%，丙类企业占29.3%。"
    assert _rows(percent_sum, ok, year) == ["consistent"]
    assert _rows(percent_sum, ok.replace("29.3%", "24.3%"), year) == ["inconsistent"]
    # decoy: four shares where three classes are counted — no closed list
    decoy = "全市纳入监测的小微企业分为三类：甲类企业占18.4%，乙类企业占52.3%，丙类企业占14.3%，丁类企业占6.0%。"
    assert "percent_sum" not in [r for r, _ in _bad(decoy, year)]


# ---------------------------------------------------------------- 10万元以上 / 5万至10万元 / 5万元以下
_BRACKETS = "全县村级集体经济组织共158个，年经营收入50万元以上的占{a}，20万至50万元的占{b}，20万元以下的占{c}。"


@pytest.mark.parametrize("year", YEARS)
def test_brackets_open_at_both_ends_cover_the_whole(year):
    assert _rows(percent_sum, _BRACKETS.format(a="12.7%", b="46.2%", c="41.1%"), year) == ["consistent"]
    assert _rows(percent_sum, _BRACKETS.format(a="12.7%", b="46.2%", c="36.1%"), year) == ["inconsistent"]
    # integer bounds stepping by one (30岁以下 / 31至40岁 / 41岁及以上), in one list with 分别
    ages = "全县专职网格员中，30岁以下、31至40岁、41岁及以上的分别占24.6%、48.2%和22.2%。"
    assert _rows(percent_sum, ages, year) == ["inconsistent"]
    # decoy: a gap between the brackets (20万至30万 then 50万以上): some are left out
    gap = _BRACKETS.format(a="12.7%", b="46.2%", c="36.1%").replace("20万至50万元", "20万至30万元")
    assert "percent_sum" not in [r for r, _ in _bad(gap, year)]
    # decoy: thresholds one way nest
    nested = "全县专职网格员中，30岁以下的占24.6%，40岁以下的占72.8%，50岁以上的占10.1%。"
    assert "percent_sum" not in [r for r, _ in _bad(nested, year)]


# ---------------------------------------------------------------- 全县X共计n人，其中城市X占a%，农村X占b%
@pytest.mark.parametrize("year", YEARS)
def test_count_of_all_named_before_its_total_word_is_no_part(year):
    ok = "全县特困供养人员共计2,416人，其中城镇特困供养人员占23.5%，农村特困供养人员占76.5%。"
    assert _rows(percent_sum, ok, year) == ["consistent"]
    assert _rows(percent_sum, ok.replace("76.5%", "75.5%"), year) == ["inconsistent"]


# ---------------------------------------------------------------- a split of the list's last item is no item
@pytest.mark.parametrize("year", YEARS)
def test_split_of_an_item_is_left_out_of_the_sum(year):
    ok = "全县户籍人口中，0—17岁人口占19.6%，18—59岁人口占58.3%，60岁及以上人口占22.1%，其中80岁及以上人口占3.4%。"
    assert _rows(percent_sum, ok, year) == ["consistent"]
    assert _rows(percent_sum, ok.replace("58.3%", "59.3%"), year) == ["inconsistent"]
    bracketed = ok.replace("，其中80岁及以上人口占3.4%", "（其中80岁及以上人口占3.4%）")
    assert _rows(percent_sum, bracketed, year) == ["consistent"]
    assert _rows(percent_sum, bracketed.replace("58.3%", "59.3%"), year) == ["inconsistent"]
    # decoy: a list that itself opens with 其中 is one list
    assert _rows(percent_sum, "全年共报送各类信息212条，其中动态类、经验类和问题类分别占51.4%、30.2%和18.4%。", year) == [
        "consistent"]


# ---------------------------------------------------------------- …分别占a、b和c，合计占s
@pytest.mark.parametrize("year", YEARS)
def test_bare_sum_after_one_list_is_its_subtotal(year):
    ok = "全年完成农业总产值46.2亿元，其中种植业、畜牧业两项分别占38.6%和27.9%，合计占66.5%。"
    assert _rows(percent_sum, ok, year) == ["consistent"]
    assert _rows(percent_sum, ok.replace("合计占66.5%", "合计占68.5%"), year) == ["inconsistent"]


# ---------------------------------------------------------------- 构成为：A a%，B b%，其他 c%
@pytest.mark.parametrize("year", YEARS)
def test_items_of_a_structure_with_bare_percents(year):
    ok = "全县一般公共预算支出构成为：教育支出24.6%，社会保障支出18.3%，农林水支出15.9%，其他支出41.2%。"
    assert _rows(percent_sum, ok, year) == ["consistent"]
    assert _rows(percent_sum, ok.replace("41.2%", "43.2%"), year) == ["inconsistent"]
    # decoy: the structure's main items only, no 其他 — a partial list
    partial = "全县一般公共预算支出构成为：教育支出24.6%，社会保障支出18.3%，农林水支出15.9%。"
    assert "percent_sum" not in [r for r, _ in _bad(partial, year)]


# ---------------------------------------------------------------- share_of_total: how far the whole is looked for
_ASIDE = ("全年共受理劳动保障监察举报投诉286件（含转办件24件），追发工资1,460万元。\n"
          "从类别看，拖欠工资类投诉172件，占{p}，主要集中在建筑领域。\n")


@pytest.mark.parametrize("year", YEARS)
def test_whole_in_the_paragraph_before_a_classification_past_an_aside(year):
    assert _rows(share_of_total, _ASIDE.format(p="60.1%"), year) == ["consistent"]
    assert _rows(share_of_total, _ASIDE.format(p="65.6%"), year) == ["inconsistent"]
    # decoy: a paragraph opening with no classification is not taken as a split of the paragraph before
    other = _ASIDE.format(p="65.6%").replace("从类别看，", "另外，")
    assert "share_of_total" not in [r for r, _ in _bad(other, year)]


_TWO = "全镇现有家庭农场1,540家、农民合作社318家。其中省级示范农民合作社42家，占比{p}，带动农户增收。"


@pytest.mark.parametrize("year", YEARS)
def test_whole_named_by_the_part_among_two_counts(year):
    assert _rows(share_of_total, _TWO.format(p="13.2%"), year) == ["consistent"]
    # broken: 42/1540 is the share of 家庭农场 (the wrong partner), not of 合作社
    assert _rows(share_of_total, _TWO.format(p="2.7%"), year) == ["inconsistent"]


_OUTPUT = ("一、经济运行\n全年实现地区生产总值238.6亿元，比上年增长5.4%。\n二、县域经济\n"
           "全年规模以上工业增加值达到61.3亿元，占GDP的比重为{p}，工业对经济增长的贡献率稳步提升。\n")


@pytest.mark.parametrize("year", YEARS)
def test_share_of_gdp_takes_the_output_stated_sections_before(year):
    assert _rows(share_of_total, _OUTPUT.format(p="25.7%"), year) == ["consistent"]
    assert _rows(share_of_total, _OUTPUT.format(p="27.5%"), year) == ["inconsistent"]
    worded = _OUTPUT.format(p="27.5%").replace("占GDP的比重", "占全县经济总量的比重")
    assert _rows(share_of_total, worded, year) == ["inconsistent"]
    # a plan's output stated beside it is no whole
    plan = _OUTPUT.format(p="27.5%").replace("比上年增长5.4%", "预计明年地区生产总值达到250亿元")
    assert _rows(share_of_total, plan, year) == ["inconsistent"]
    # decoy: two outputs of this year (the county's and its industrial park's) — no sure whole
    two = _OUTPUT.format(p="27.5%").replace("比上年增长5.4%", "其中园区实现生产总值96.2亿元")
    assert "share_of_total" not in [r for r, _ in _bad(two, year)]


# ---------------------------------------------------------------- granularity: the count two clauses back
@pytest.mark.parametrize("year", YEARS)
def test_count_past_a_figureless_clause_naming_the_act(year):
    ok = "全年开展成品油质量监督抽检160批次，重点针对城郊加油站点，抽检合格率为98.8%。"
    assert _rows(granularity, ok, year) == ["consistent"]
    assert _rows(granularity, ok.replace("98.8%", "98.6%"), year) == ["inconsistent"]  # 157/160 = 98.1, 158/160 = 98.75
    # decoy: a rate naming neither the count's act nor the things counted
    decoy = "全年开展成品油质量监督抽检160批次，重点针对城郊加油站点，油品达标率为98.6%。"
    assert _bad(decoy, year) == []


@pytest.mark.parametrize("year", YEARS)
def test_things_visited_then_asked_back_are_the_n(year):
    ok = "局领导带队走访规上企业36家，并对帮扶成效开展电话回访，企业满意率为97.2%。"
    assert _rows(granularity, ok, year) == ["consistent"]  # 35/36
    assert _rows(granularity, ok.replace("97.2%", "95.0%"), year) == ["inconsistent"]


_ALL_RATED = "全区现有社区卫生服务站15个，家庭医生团队48个。今年对全部社区卫生服务站开展星级评定，达标率为{p}。\n"


@pytest.mark.parametrize("year", YEARS)
def test_all_of_a_kind_assessed_takes_their_count(year):
    assert _rows(granularity, _ALL_RATED.format(p="86.7%"), year) == ["consistent"]  # 13/15
    assert _rows(granularity, _ALL_RATED.format(p="85%"), year) == ["inconsistent"]
    # decoy: some of them assessed (对部分…): their count is not stated
    some = _ALL_RATED.format(p="85%").replace("对全部社区卫生服务站", "对部分社区卫生服务站")
    assert _bad(some, year) == []


# ---------------------------------------------------------------- the grades of one scale, top and bottom named
@pytest.mark.parametrize("year", YEARS)
def test_grades_from_top_to_bottom_cover_the_whole(year):
    ok = "全镇132名网格员参加年度测评，测评为称职的占84.1%，基本称职的占14.4%，不称职的占1.5%。"
    assert _rows(percent_sum, ok, year) == ["consistent"]
    assert _rows(percent_sum, ok.replace("14.4%", "12.4%"), year) == ["inconsistent"]
    listed = "群众对窗口服务表示满意、基本满意和不满意的分别占90.3%、7.5%和1.2%。"
    assert _rows(percent_sum, listed, year) == ["inconsistent"]
    # decoy: no bottom grade named — the rest may be 一般 or 不了解
    top = "群众对窗口服务表示非常满意、满意和基本满意的分别占60.3%、27.5%和9.2%。"
    assert "percent_sum" not in [r for r, _ in _bad(top, year)]


@pytest.mark.parametrize("year", YEARS)
def test_those_just_counted_assessed_take_their_count(year):
    ok = "全县共有28个农村供水站。今年对上述供水站开展水质检测，检测合格率为{p}，问题站点已整改。"
    assert _rows(granularity, ok.format(p="92.9%"), year) == ["consistent"]  # 26/28
    assert _rows(granularity, ok.format(p="90%"), year) == ["inconsistent"]


# ---------------------------------------------------------------- share_of_total: a whole of another scope
@pytest.mark.parametrize("year", YEARS)
def test_whole_of_the_province_is_no_whole_of_the_city(year):
    text = "截至年底，全省规上工业企业总数达到8,600家。今年我市新增规上工业企业312家，占全市规上工业企业总数的{p}，居全省第二。"
    assert _bad(text.format(p="25.3%"), year) == []  # the city's total is not stated
    # the city's own total stated instead: that one is the whole
    own = text.replace("全省规上工业企业总数达到8,600家", "全市规上工业企业总数达到1,233家")
    assert _rows(share_of_total, own.format(p="25.3%"), year) == ["consistent"]
    assert _rows(share_of_total, own.format(p="3.6%"), year) == ["inconsistent"]


# ---------------------------------------------------------------- a classification of the count the sentence before
_BY_CAUSE = "全年共受理行政复议申请{n}件，同比增长6.2%。按案由划分：征收补偿类占{a}；行政处罚类占{b}；其他类占{c}。"


@pytest.mark.parametrize("year", YEARS)
def test_classified_shares_of_the_count_before(year):
    rows = run(granularity, _BY_CAUSE.format(n="56", a="42.9%", b="35.7%", c="21.4%"), year)
    assert [r["verdict"] for r in rows] == ["consistent"] * 3  # 24, 20 and 12 of 56
    # broken: 37.5% of 56 is no whole number of cases (21/56 = 37.5 … but 37.2% fits none)
    rows = run(granularity, _BY_CAUSE.format(n="56", a="42.9%", b="37.2%", c="19.9%"), year)
    assert [r["verdict"] for r in rows] == ["consistent", "inconsistent", "inconsistent"]
    # 案由 is a cause, not 由…到 (a level risen from): the first share is an item of the list
    assert _rows(percent_sum, _BY_CAUSE.format(n="56", a="42.9%", b="35.7%", c="21.4%"), year) == ["consistent"]
    assert _rows(percent_sum, _BY_CAUSE.format(n="56", a="42.9%", b="35.7%", c="19.9%"), year) == ["inconsistent"]
    # decoy: the shares of an amount, not of the count
    money = _BY_CAUSE.format(n="56", a="42.9%", b="37.2%", c="19.9%").replace("征收补偿类占", "征收补偿类涉案金额占")
    assert "granularity" not in [r for r, _ in _bad(money, year)]


# ---------------------------------------------------------------- 三次产业结构 a:b:c
@pytest.mark.parametrize("year", YEARS)
def test_industry_structure_written_as_a_ratio(year):
    text = "全区三次产业结构由上年的6.8:38.5:54.7调整为{r}，服务业占比继续提升。"
    assert _rows(percent_sum, text.format(r="6.5:37.9:55.6"), year) == ["consistent", "consistent"]
    assert _rows(percent_sum, text.format(r="6.5:37.9:56.6"), year) == ["consistent", "inconsistent"]
    # decoy: a ratio of other things (a staffing ratio) is no split of 100
    assert _bad("全区医护比达到1:1.2:0.8，床护比进一步优化。", year) == []


# ---------------------------------------------------------------- 规上企业中，… ← 规模以上工业企业n家
_SHORT = ("全县共有工业企业640家，其中规模以上工业企业112家、科技型中小企业57家。"
          "规上企业中，建成数字化车间的有29家，占{p}。")


@pytest.mark.parametrize("year", YEARS)
def test_group_named_short_in_the_lead_is_the_whole(year):
    assert _rows(share_of_total, _SHORT.format(p="25.9%"), year) == ["consistent"]
    # broken: the share of the small firms (29/57 = 50.9%) is not the share among 规上企业
    assert _rows(share_of_total, _SHORT.format(p="50.9%"), year) == ["inconsistent"]


# ---------------------------------------------------------------- a round share of a small count that fits no k
_SMALL = "区委巡察组今年对11个社区党组织开展巡察，其中评为好的{k}个，占{p}，其余为较好。"


@pytest.mark.parametrize("year", YEARS)
def test_round_share_of_a_small_count_fitting_no_whole_number(year):
    rows = run(granularity, _SMALL.format(k="5", p="50%"), year)
    assert [r["verdict"] for r in rows] == ["inconsistent"]  # 5/11 = 45.5%, 6/11 = 54.5%: 50% fits none
    assert _rows(share_of_total, _SMALL.format(k="5", p="50%"), year) == ["inconsistent"]
    # a share one digit off (5/11 = 45.5%, stated 47.5%): share_of_total's alone
    assert _rows(granularity, _SMALL.format(k="5", p="47.5%"), year) == []
    assert _rows(granularity, _SMALL.format(k="5", p="45.5%"), year) == []
    # a share rounded the wrong way (4/11 = 36.4% stated as 37%): share_of_total's alone
    assert _rows(granularity, _SMALL.format(k="4", p="37%"), year) == []


# ---------------------------------------------------------------- a list over item sentences after 其中
_ITEMS = ("全年共办理法律援助案件320件。其中，民事案件176件，占55%。刑事案件112件，占35%。"
          "行政案件32件，占{p}。\n")


@pytest.mark.parametrize("year", YEARS)
def test_list_continued_over_item_sentences(year):
    assert _rows(share_of_total, _ITEMS.format(p="10%"), year) == ["consistent"] * 3
    assert _rows(percent_sum, _ITEMS.format(p="10%"), year) == ["consistent"]
    assert _rows(share_of_total, _ITEMS.format(p="8%"), year) == ["consistent", "consistent", "inconsistent"]
    assert _rows(percent_sum, _ITEMS.format(p="8%"), year) == ["inconsistent"]
    # decoy: a sentence of another measure after the list is no item of it
    other = _ITEMS.format(p="10%").replace("\n", "涉及农民工的占62%。\n")
    assert _bad(other, year) == []


# ---------------------------------------------------------------- 约占三分之一; 按照评估结果，A占…
_THIRD = "全镇共有行政村46个。今年新建村级综合服务站{k}个，{w}占全镇行政村总数的三分之一。"


@pytest.mark.parametrize("year", YEARS)
def test_about_a_third_allows_about(year):
    assert _rows(share_of_total, _THIRD.format(k="15", w="约"), year) == ["consistent"]  # 32.6%
    assert _rows(share_of_total, _THIRD.format(k="11", w="约"), year) == ["inconsistent"]  # 23.9%
    assert _rows(share_of_total, _THIRD.format(k="15", w=""), year) == ["inconsistent"]  # a bare third: 32.8–33.8%


@pytest.mark.parametrize("year", YEARS)
def test_shares_by_an_assessment_outcome_split_the_whole(year):
    ok = "全市特困供养对象2,380人。按照生活自理能力评估结果，自理对象占52%，半失能对象占31%，失能对象占17%。"
    assert _rows(percent_sum, ok, year) == ["consistent"]
    assert _rows(percent_sum, ok.replace("占17%", "占21%"), year) == ["inconsistent"]


_PAST_HEADING = ("（一）信访总体情况\n全年共受理群众信访事项640件，办结率98.6%。\n（二）主要类别\n"
                 "其中涉及征地拆迁的160件，占比{p}，较上年有所下降。\n")


@pytest.mark.parametrize("year", YEARS)
def test_qizhong_opening_a_paragraph_past_a_heading(year):
    assert _rows(share_of_total, _PAST_HEADING.format(p="25%"), year) == ["consistent"]
    assert _rows(share_of_total, _PAST_HEADING.format(p="28%"), year) == ["inconsistent"]
