"""Shares, round 20 (tuning34–35).

percent_sum: one list of shares whose names are told before its cue (A、B和C分别占…, 三类投资分别占…) splits one whole —
over 100 it cannot be; counted (分为三类) or missing less than half its smallest class, under 100 it is wrong; a
list's last share keeps the whole of its siblings when the listed parts make it up.
share_of_total: shares listed with their parts whose whole is an earlier count that gives all but one of them (the
odd one is wrong); a single share with its part of an earlier count (weak); a rate named by two acts joined in the
label (解决或采纳的 → 解决采纳率); 预计全年实现X is the year's X; the things checked, 其中 the ones that failed, then the
pass rate (firm).
granularity: the survey forms handed out are the n of the satisfaction rate; a group counted before, named again by
its act and noun (现场审计的单位中)."""
import pytest

from analysis.rules.shares import granularity, percent_sum, share_of_total
from rules_cases import YEARS, alarms, rule_verdicts, share_rules

MINE = share_rules()
_rows = rule_verdicts


def _bad(text, year=2020):
    return alarms(MINE, text, year)


# ---------------------------------------------------------------- A、B和C分别占…: one closed list, one whole
@pytest.mark.parametrize("year", YEARS)
def test_closed_list_over_hundred(year):
    ok = "全市出租车中，汽油车、燃气车和纯电动车分别占22.4%、35.1%和42.5%。"
    assert _rows(percent_sum, ok, year) == ["consistent"]
    bad = ok.replace("42.5%", "45.5%")  # 103.0
    assert _rows(percent_sum, bad, year) == ["inconsistent"]
    # decoy: groups by two kinds of attribute overlap, their shares may pass 100
    decoy = "全县教师中，女性、中共党员、研究生学历教师分别占62.1%、35.4%和12.0%。"
    assert _bad(decoy, year) == []
    # decoy: an excess as large as half the smallest class is groups that overlap (a household both farms and works)
    assert _bad("全镇农户中，种植户、养殖户和外出务工户分别占55%、25%和45%。", year) == []


@pytest.mark.parametrize("year", YEARS)
def test_closed_list_under_hundred(year):
    ok = "全镇林地中，公益林、商品林与经济林依次占54.6%、30.2%和15.2%。"
    assert _rows(percent_sum, ok, year) == ["consistent"]
    bad = ok.replace("30.2%", "27.2%")  # 97.0: a rest of 3 points, less than half the smallest class (15.2)
    assert _rows(percent_sum, bad, year) == ["inconsistent"]
    # decoy: the main classes only, the rest larger than half the smallest one named
    decoy = "全县一般公共预算支出中，教育、农林水和卫生健康分别占19.6%、14.3%和8.8%。"
    assert _bad(decoy, year) == []


@pytest.mark.parametrize("year", YEARS)
def test_counted_classes_under_hundred(year):
    ok = "全年受理的案件按性质划分为三类，刑事、民事和行政案件分别占18.0%、70.5%和11.5%。"
    assert _rows(percent_sum, ok, year) == ["consistent"]
    bad = ok.replace("70.5%", "66.5%")
    assert _rows(percent_sum, bad, year) == ["inconsistent"]
    counted = "按资金来源分为中央、省级、县级三类，三类资金分别占50.5%、30.0%和15.0%。"  # 95.5
    assert _rows(percent_sum, counted, year) == ["inconsistent"]
    digits = "按资金来源分，中央、省级、县级3类资金分别占50.5%、30.0%和15.0%。"  # the 3 classes are no n of a GRIM test
    assert _bad(digits, year) == [("percent_sum", "inconsistent")]
    # one cue per class, the classes counted before the first
    each = "全区企业按规模分为大、中、小三类，其中大型企业占6.0%，中型企业占21.0%，小型企业占70.0%。"  # 97.0
    assert _rows(percent_sum, each, year) == ["inconsistent"]
    assert _rows(percent_sum, each.replace("70.0%", "73.0%"), year) == ["consistent"]
    # the classes counted in digits: still the count of the split, and no n of the things classified
    assert _rows(percent_sum, each.replace("三类", "3类"), year) == ["inconsistent"]
    assert _bad(each.replace("三类", "3类").replace("70.0%", "73.0%"), year) == []
    # decoy: rates of named groups (比例分别为) are of each group's own base
    decoy = "城镇职工、城乡居民和困难群众住院费用报销比例分别为80.5%、66.2%和90.1%。"
    assert _bad(decoy, year) == []


@pytest.mark.parametrize("year", YEARS)
def test_last_share_keeps_list_whole(year):
    ok = "全年下发问题线索250条，经核查，属实163条、部分属实56条、不属实31条，分别占65.2%、22.4%和12.4%。"
    assert sorted(_rows(share_of_total, ok, year)) == ["consistent"] * 3
    assert _rows(percent_sum, ok, year) == ["consistent"]
    bad = ok.replace("12.4%", "12.6%")  # 31/250 = 12.4
    assert _rows(share_of_total, bad, year).count("inconsistent") == 1
    assert _rows(percent_sum, bad, year) == ["inconsistent"]  # 100.2, all three of one whole
    # decoy: a list of parts with shares and no whole in the text gives no share row
    decoy = "属实163条、部分属实56条、不属实31条，分别占65.2%、22.4%和12.4%。"
    assert _bad(decoy, year) == []


# ---------------------------------------------------------------- parts with shares, the whole an earlier count
_EARLIER = "本次会议共收到代表建议160件，会后全部交有关部门办理。\n\n一、建议分类\n"


@pytest.mark.parametrize("year", YEARS)
def test_earlier_whole_all_but_one(year):
    ok = _EARLIER + "产业发展方面56件，占35.0%；基础设施方面48件，占30.0%；民生保障方面40件，占25.0%；其他方面16件，占10.0%。"
    assert _rows(share_of_total, ok, year) == ["consistent"] * 4
    bad = ok.replace("其他方面16件", "其他方面13件")  # 13/160 = 8.1, the share left at 10.0
    assert _rows(share_of_total, bad, year).count("inconsistent") == 1
    # decoy: the shares miss 100 between them — no sure whole, no alarm from a guess
    decoy = _EARLIER + "产业发展方面56件，占35.0%；基础设施方面48件，占30.0%；民生保障方面30件，占20.0%。"
    assert ("share_of_total", "inconsistent") not in _bad(decoy, year)


@pytest.mark.parametrize("year", YEARS)
def test_single_share_earlier_whole(year):
    ok = "全年共办理政协提案140件。\n\n二、办理成效\n委员对答复表示满意的133件，占95.0%。"
    assert _rows(share_of_total, ok, year) == ["consistent"]
    # a weak pairing: a share it does not give raises nothing
    assert _bad(ok.replace("占95.0%", "占96.0%"), year) == []


@pytest.mark.parametrize("year", YEARS)
def test_rate_of_two_acts(year):
    ok = "共收到群众意见240条，已经吸收或采纳的180条，其余正在研究，吸收采纳率75.0%。"
    assert _rows(share_of_total, ok, year) == ["consistent"]
    assert _rows(share_of_total, ok.replace("75.0%", "78.0%"), year) == ["inconsistent"]
    # decoy: 未吸收或采纳的 is the rest, not the ones the rate counts
    decoy = "共收到群众意见240条，未吸收或采纳的60条，吸收采纳率75.0%。"
    assert ("share_of_total", "inconsistent") not in _bad(decoy, year)


@pytest.mark.parametrize("year", YEARS)
def test_estimated_year_result_is_whole(year):
    ok = "预计全年完成社会消费品零售总额64.0亿元。其中网络零售额9.6亿元，占社会消费品零售总额的15.0%。"
    assert _rows(share_of_total, ok, year) == ["consistent"]
    assert _rows(share_of_total, ok.replace("15.0%", "16.0%"), year) == ["inconsistent"]
    # decoy: a plan set against an actual is still no whole (210/840 = 25.0, not of the 900 planned)
    decoy = "计划培训农民900人，实际培训840人，其中女性210人，占培训人数的25.0%。"
    assert _bad(decoy, year) == []


@pytest.mark.parametrize("year", YEARS)
def test_checked_then_failed(year):
    ok = "全年抽查计量器具800台件，其中不合格24台件，抽查合格率97.0%。"
    assert _rows(share_of_total, ok, year) == ["consistent"]
    assert _rows(share_of_total, ok.replace("97.0%", "97.5%"), year) == ["inconsistent"]
    # decoy: the count before is not of things checked (produced, then some checked): no sure whole
    decoy = "全年生产计量器具800台件，其中不合格24台件，合格率97.5%。"
    assert _bad(decoy, year) == []


# ---------------------------------------------------------------- granularity
@pytest.mark.parametrize("year", YEARS)
def test_survey_forms_are_n(year):
    ok = "向服务对象发放满意度问卷200份，满意率96.5%。"  # 193/200
    assert _rows(granularity, ok, year) == ["consistent"]
    assert _rows(granularity, ok.replace("96.5%", "96.7%"), year) == ["inconsistent"]
    # decoy: the satisfied forms stated make a share of the forms, no GRIM row
    decoy = "发放满意度问卷200份，满意的193份，满意率96.5%。"
    assert _rows(granularity, decoy, year) == []


@pytest.mark.parametrize("year", YEARS)
def test_group_named_by_its_act(year):
    ok = "全县共有幼儿园45所，今年对其中16所幼儿园开展了安全督查。安全督查的幼儿园中，存在隐患的占25%。"  # 4/16
    assert _rows(granularity, ok, year) == ["consistent"]
    assert _rows(granularity, ok.replace("25%", "30%"), year) == ["inconsistent"]
    # decoy: the group named by another act is not the one counted
    decoy = "全县共有幼儿园45所，今年对其中16所幼儿园开展了安全督查。评估的幼儿园中，存在隐患的占30%。"
    assert _bad(decoy, year) == []


@pytest.mark.parametrize("year", YEARS)
def test_n_named_by_the_shares_noun(year):
    ok = "全市现有社会组织80家、从业人员2,150人，其中行业协会、民办非企业单位和基金会类社会组织分别占40.0%、50.0%和10.0%。"
    assert _rows(granularity, ok, year) == ["consistent"] * 3  # 32, 40 and 8 of 80
    bad = ok.replace("50.0%", "51.0%")  # 40.8 of 80: not a whole count
    assert "inconsistent" in _rows(granularity, bad, year)
    # decoy: a share of the people (the nearest count, named by the share) stays with them
    decoy = "全市现有社会组织80家、从业人员2,150人，其中女性从业人员占46.0%。"
    assert _bad(decoy, year) == []


@pytest.mark.parametrize("year", YEARS)
def test_count_of_all_is_no_part_of_a_kind(year):
    ok = "全县共有文化服务中心48个，其中乡镇文化服务中心占37.5%。"  # 18 of 48
    assert _rows(granularity, ok, year) == ["consistent"]
    assert _rows(granularity, ok.replace("37.5%", "38.0%"), year) == ["inconsistent"]
    # decoy: the kind stated with its own count is the part of that count's whole
    decoy = "全县共有文化服务中心48个，其中乡镇文化服务中心18个，乡镇文化服务中心占37.5%。"
    assert _bad(decoy, year) == []


@pytest.mark.parametrize("year", YEARS)
def test_n_of_things_all_done(year):
    ok = "全年计划改造供水管网项目24个，全部完工。按期完工率为87.5%。"  # 21 of 24
    assert _rows(granularity, ok, year) == ["consistent"]
    # a likely n only: a rate it does not allow raises nothing
    assert _bad(ok.replace("87.5%", "88.0%"), year) == []
    # decoy: the things done another act to are no n of this one
    assert _rows(granularity, "全年计划改造供水管网项目24个，全部开工。按期完工率为87.5%。", year) == []
