"""share_of_total, round 26: wholes the share names that stand elsewhere — 在X中占比, a breakdown led by X中 / X按…分
of a whole stated sections before (the items make it up), a case rate over all the items its sentence's lead lists —
each share of a 分别占 list whose parts make up the whole, the part named again with 已 for 已经, a space copied in
before the number; and the decoys each reading must leave alone. Sentences invented."""
import pytest

from analysis.rules.shares import share_of_total

from rules_cases import run

_FILL = ("一、重点工作\n全年完成高标准农田建设3.2万亩。全年推广良种12个。推广新技术8项。建成示范区2个。培训农民3200人次。"
         "新增合作社15家。新建冷库4座。新修机耕路26公里。整治山塘9口。\n二、结构分析\n")


def _rows(text, year=2023):
    return [(r["verdict"], r["stated"]) for r in run(share_of_total, text, year)]


def _verdict_of(text, pct, year=2023):
    return [r["verdict"] for r in run(share_of_total, text, year) if r["stated"].startswith(pct)]


# -- a breakdown led by the whole's name, the whole stated sections before (past the eight-sentence reach)
def test_breakdown_led_by_whole_far_back_holds():
    text = "全县实现农业总产值42.3亿元，粮食产量18.6万吨。\n" + _FILL + "农业总产值中，种植业产值24.8亿元，占58.6%；畜牧业产值13.1亿元；渔业及其他4.4亿元。"
    assert _verdict_of(text, "58.6%") == ["consistent"]


def test_breakdown_led_by_whole_far_back_broken():
    text = "全县实现农业总产值42.3亿元，粮食产量18.6万吨。\n" + _FILL + "农业总产值中，种植业产值24.8亿元，占62.6%；畜牧业产值13.1亿元；渔业及其他4.4亿元。"
    assert _verdict_of(text, "62.6%") == ["inconsistent"]


def test_breakdown_by_an_split_broken():
    text = ("全县实现社会消费品零售总额86.5亿元，同比增长8.2%。\n" + _FILL
            + "社会消费品零售总额按地域分：城镇消费品零售额62.3亿元，占72.5%；乡村消费品零售额24.2亿元，占28.0%。")
    assert _verdict_of(text, "72.5%") == ["inconsistent"]
    assert _verdict_of(text, "28.0%") == ["consistent"]


@pytest.mark.parametrize("head", [
    "全县实现农业总产值42.3亿元，粮食产量18.6万吨。\n",                       # the items make up no whole (partial)
    "全县计划实现农业总产值42.3亿元，上年农业总产值37.9亿元。\n",               # a plan and last year's
])
def test_breakdown_far_back_decoys(head):
    text = head + _FILL + "农业总产值中，种植业产值24.8亿元，占62.6%；畜牧业产值13.1亿元。"
    assert "inconsistent" not in [v for v, _ in _rows(text)]


def test_breakdown_nearer_subset_is_no_whole():
    # the nearest figure so named is a smaller scope (集团本部); the items make up the group's figure
    text = ("全年集团实现营业收入43.8亿元，同比增长13.8%。集团本部实现营业收入5.7亿元。\n二、业务板块\n"
            "营业收入按板块分：工程建设21.6亿元，占49.3%；房地产开发12.9亿元，占29.5%；公用事业6.2亿元，占16.4%；其他业务3.1亿元。")
    assert _verdict_of(text, "49.3%") == ["consistent"]
    assert _verdict_of(text, "16.4%") == ["inconsistent"]


def test_breakdown_near_takes_this_years_whole_not_plan_or_last_year():
    text = ("全县计划实现农业总产值45亿元，上年农业总产值40.1亿元。\n二、产值构成\n"
            "农业总产值中，种植业产值24.8亿元，占62.6%；畜牧业产值15.2亿元。")
    assert "inconsistent" not in [v for v, _ in _rows(text)]


# -- 在X中占比 / 在X中所占比重: the whole named by 在X中
def test_whole_named_by_zai_zhong_holds_and_breaks():
    ok = "全市固定资产投资完成386.4亿元；列入调度的重点项目完成投资172.6亿元，在全市固定资产投资中所占比重为44.7%。"
    bad = "全市固定资产投资完成386.4亿元；列入调度的重点项目完成投资172.6亿元，在全市固定资产投资中所占比重为47.4%。"
    assert _verdict_of(ok, "44.7%") == ["consistent"]
    assert _verdict_of(bad, "47.4%") == ["inconsistent"]


def test_whole_named_by_zai_zhong_other_scope_decoy():
    # the whole named (全省) is not the report's figure
    # the whole named (全市…, in a county's report) is not the report's figure; the county's own total before it must
    # not be taken for it (this case raised an alarm while the other-place guard was missing)
    text = "全县一般公共预算支出28.4亿元，教育支出6.1亿元，在全市教育支出中占比达9.6%。全县财政运行平稳，全县民生持续改善。"
    assert "inconsistent" not in [v for v, _ in _rows(text)]


# -- a case rate over all the items its sentence's lead lists, their total stated sections before
def test_case_rate_over_the_leads_items_broken():
    text = ("今年共承办人大代表建议和政协提案64件，均已办复。\n二、办理成效\n"
            "承办的建议提案中，代表建议28件、政协提案36件，全部按时办结；代表委员表示满意的60件，满意率95.2%。")
    assert _verdict_of(text, "95.2%") == ["inconsistent"]


def test_case_rate_over_the_leads_items_holds():
    text = ("今年共承办人大代表建议和政协提案64件，均已办复。\n二、办理成效\n"
            "承办的建议提案中，代表建议28件、政协提案36件，全部按时办结；代表委员表示满意的60件，满意率93.8%。")
    assert _verdict_of(text, "93.8%") == ["consistent"]


@pytest.mark.parametrize("text", [
    # the items make up no earlier figure (a partial list)
    "今年共承办人大代表建议和政协提案64件，均已办复。\n二、办理成效\n"
    "承办的建议提案中，代表建议28件、政协提案30件，全部按时办结；代表委员表示满意的55件，满意率95.2%。",
    # last year's total
    "上年共承办人大代表建议和政协提案64件。\n二、办理成效\n"
    "承办的建议提案中，代表建议28件、政协提案36件，全部按时办结；代表委员表示满意的60件，满意率95.2%。",
])
def test_case_rate_decoys(text):
    assert "inconsistent" not in [v for v, _ in _rows(text)]


# -- each share of a 分别占 list, when the listed parts make up the whole reached past a peer (or past peers in an
# aside that each part happened to exceed: one list, one whole)
def test_each_share_of_a_list_reached_past_a_peer():
    text = "共承办代表建议26件（主办19件、会办7件），涉及教育12件、卫生8件、交通6件，分别占46.2%、30.8%和23.0%。"
    assert _verdict_of(text, "23.0%") == ["inconsistent"]


def test_each_share_of_a_list_whose_parts_make_the_whole():
    text = "全年共受理投诉案件40件（电话受理25件、网上受理15件），涉及食品18件、药品12件、医疗器械10件，分别占45.0%、30.0%和24.0%。"
    assert _verdict_of(text, "24.0%") == ["inconsistent"]
    assert _verdict_of(text, "45.0%") == ["consistent"]


def test_each_share_of_a_partial_list_stays_quiet():
    # 18 + 12 ≠ 40: the whole reached past a peer is not sure, a wrong share is not judged
    text = "全年共受理投诉案件40件（电话受理25件、网上受理15件），涉及食品18件、药品12件，分别占45.0%和32.0%。"
    assert "inconsistent" not in [v for v, _ in _rows(text)]


# -- the part named again in the next sentence with 已 for 已经
def test_part_named_with_yi_for_yijing():
    text = ("全年办理政协提案42件，全部办结。所提问题已经解决的26件，正在解决的11件，暂难解决的5件。"
            "已解决的占64.3%。")
    assert _verdict_of(text, "64.3%") == ["inconsistent"]


# -- a space copied in before the number
def test_space_before_the_number():
    text = "全年新建改建农村公路 86.4公里，其中通村公路 32.5公里，占新建改建农村公路的 41.2%。"
    assert _verdict_of(text, "41.2%") == ["inconsistent"]
    assert _verdict_of("全县参考考生 2860人，本科上线 965人，上线率 33.7%。", "33.7%") == ["consistent"]


def test_table_columns_by_spaces_announce_nothing():
    text = "质量指标 工程验收合格率 100% 100% 10分 时效指标 资金按时拨付率 100% 100% 10分"
    assert _rows(text) == []


# -- another period's figure in an aside is no whole
def test_other_period_in_an_aside_is_no_whole():
    text = "1—6月共接待游客486.2万人次，同比增长52.3%，恢复到2019年同期（520万人次）的93.5%；其中过夜游客131.5万人次，占27.0%。"
    assert _verdict_of(text, "27.0%") == ["consistent"]
