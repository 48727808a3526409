"""Round 40 (twenty-fifth session): readings mended while the burned sets tuning64–66 (the former heldout90, heldout93
and heldout47) were read, each with sentences that hold, that fail and that sit on a boundary, and decoys."""
from analysis.rules.enumeration import enumeration_count
from analysis.rules.shares import granularity, share_of_total
from analysis.rules.sums import parts_sum
from rules_cases import verdicts_stated as _rows


def _verdicts(rule, text: str) -> list[str]:
    return [v for v, _ in _rows(rule, text)]


def test_after_a_semicolon_another_act_ends_a_list_of_kinds():
    lead = "全年受理商标注册申请2,460件，其中商品商标1,820件、服务商标{x}件、集体商标42件；获得商标核准1,310件。"
    assert _verdicts(parts_sum, lead.format(x="612")) == ["inconsistent"]
    assert _verdicts(parts_sum, lead.format(x="598")) == ["consistent"]
    # the next clause names the items' own noun (…商标): still the list
    assert _verdicts(parts_sum, "全年受理商标注册申请2,460件，其中商品商标1,820件、服务商标598件；集体商标42件。") \
        == ["consistent"]


def test_a_share_of_the_total_named_by_zong_is_of_the_one_figure_carrying_that_name():
    text = "全年支出2,418.60万元。支出中，人员经费1,102.35万元，公用经费1,316.25万元，公用经费占总支出的{x}%。"
    assert _verdicts(share_of_total, text.format(x="58.4")) == ["inconsistent"]
    assert _verdicts(share_of_total, text.format(x="54.4")) == ["consistent"]
    # on the rounding boundary: 1,316.25 / 2,418.60 = 54.4225…%
    assert _verdicts(share_of_total, text.format(x="54.42")) == ["consistent"]
    # the earlier figure named with other words too (上年支出): no sure whole, so no alarm
    assert _verdicts(share_of_total, "上年支出2,418.60万元。支出中，人员经费1,102.35万元，公用经费1,316.25万元，"
                                     "公用经费占总支出的58.4%。") != ["inconsistent"]


def test_things_counted_then_described_then_their_outcome_rate():
    text = "全县12个县级及以上集中式饮用水水源地水质达标率为{x}%。"
    assert _verdicts(granularity, text.format(x="95.8")) == ["inconsistent"]
    assert _verdicts(granularity, text.format(x="91.7")) == ["consistent"]
    # a rate over other things than those counted (the people, not the places): no sure n
    assert _verdicts(granularity, "全县12个乡镇城乡居民医疗保险参保率为95.8%。") != ["inconsistent"]


def test_items_after_a_colon_each_ending_in_the_counted_noun_are_the_list():
    text = "建立健全{n}项制度：项目申报审核制度、资金拨付管理制度、绩效跟踪评价制度和档案管理制度，管理水平明显提高。"
    assert _verdicts(enumeration_count, text.format(n="5")) == ["inconsistent"]
    assert _verdicts(enumeration_count, text.format(n="4")) == ["consistent"]
    # items not all of the counted noun: where the list ends is not told
    assert _verdicts(enumeration_count, "建立健全5项制度：项目申报审核、资金拨付管理制度、绩效跟踪评价制度和档案管理制度，"
                                        "管理水平明显提高。") == []


def test_a_slogan_whose_items_each_say_its_word_once():
    text = ("大力实施“{n}个一批”计划：引进一批高层次人才到重点企业和科研院所任职，培养一批乡土人才，"
            "选派一批科技特派员下乡服务。")
    assert _verdicts(enumeration_count, text.format(n="四")) == ["inconsistent"]
    assert _verdicts(enumeration_count, text.format(n="三")) == ["consistent"]
    # a last item joined by 和 after the echo, named by the head alone: read as before (three listed, not two)
    rows = _rows(enumeration_count, "开展“四个专项行动”：打击非法采砂专项行动、河道清障专项行动和渔政执法“亮剑行动”。")
    assert [v for v, _ in rows] == ["inconsistent"]
