"""parts_sum, round 8: parallel classified items are no total, ownership and sector cuts overlap, and a list of tiers
down to its total's threshold is closed whatever its gap."""
from analysis.rules.sums import parts_sum
from rules_cases import verdicts


def bad(text: str) -> bool:
    return "inconsistent" in verdicts(parts_sum, text)


# --- 涉及A的19件，B的7件…，其他3件: the first item is worded like the next, not their total ------------------------------

def test_parallel_items_closed_by_other_have_no_inner_total():
    assert not bad("全年承办建议34件。按内容分，涉及教育的19件，医疗的7件，交通的5件，其他3件。")
    assert not bad("从提案内容看，涉及老旧小区改造的12件，涉及物业管理的9件，涉及城市管网的8件，其他17件。")
    assert not bad("全年承办建议34件。按内容分，教育方面19件，医疗方面7件，交通方面5件，其他3件。")
    # own phrasing
    assert not bad("收到群众来信52封，反映环境污染的21封，反映噪声扰民的14封，反映油烟的9封，其他8封。")


def test_parallel_items_still_judged_against_their_real_total():
    assert "consistent" in verdicts(parts_sum, "全年承办建议34件。按内容分，涉及教育的19件，医疗的7件，交通的5件，其他3件。")
    assert bad("共受理投诉86件，涉及质量的40件，涉及价格的30件，其他10件。")
    assert not bad("共受理投诉80件，涉及质量的40件，涉及价格的30件，其他10件。")


def test_decoy_first_figure_a_total_by_its_wording():
    # a total worded as a verb phrase, then its kinds: still judged
    assert bad("共受理投诉86件，涉及质量的40件，涉及价格的30件，其他10件。")


# --- 工业投资 (sector) and 民间投资 (ownership): two cuts of one total ---------------------------------------------------

def test_sector_and_ownership_parts_overlap():
    assert not bad("全年完成固定资产投资152.7亿元，比上年增长14.2%。其中，工业投资64.1亿元，占全部投资的42.0%；"
                   "民间投资98.3亿元，增长11.7%，占全部投资的64.4%。")
    assert not bad("全年完成投资152.7亿元。其中，工业投资64.1亿元；民间投资98.3亿元。")
    # own phrasing
    assert not bad("规上工业企业实现产值386亿元，其中国有企业210亿元，制造业企业230亿元。")


def test_one_dimension_over_its_total_still_caught():
    assert bad("全年完成投资152.7亿元。其中，工业投资64.1亿元，基础设施投资98.3亿元。")


# --- 市级以上…其中国家级、省级、市级: the tiers down to the threshold are the whole ------------------------------------

def test_tiers_down_to_the_threshold_close_the_list():
    assert bad("新建市级以上创新平台9个，其中国家级1个、省级3个、市级4个。")
    assert "consistent" in verdicts(parts_sum, "新建市级以上创新平台8个，其中国家级1个、省级3个、市级4个。")
    # own phrasing
    assert bad("今年新认定省级以上专精特新企业15家，其中国家级2家、省级5家。")


def test_tiers_with_a_gap_or_no_top_stay_a_selection():
    # 市级 missing between 省级 and 县级: the list does not close
    assert not bad("全年新认定县级以上龙头企业15家，其中国家级2家、省级5家、县级6家。")
    # no 国家级: the top may be omitted as zero or unnamed
    assert not bad("创建市级以上文明单位12个，其中省级3个、市级7个。")


def test_summer_and_autumn_grain_are_not_halves():
    # (round 14: 早稻 is a third season in the south, so 夏粮/秋粮 short of the total is a selection)
    assert not bad("全年粮食总产量31.2万吨，其中夏粮12.4万吨，秋粮17.6万吨。")
    assert bad("全年粮食总产量31.2万吨，分为夏粮12.4万吨，秋粮17.6万吨。")
    assert not bad("全年粮食总产量30.0万吨，其中夏粮12.4万吨，秋粮17.6万吨。")


def test_parallel_items_before_a_bare_rest():
    assert not bad("全年承办建议34件。按内容分，涉及教育的19件，医疗的7件，交通的5件，其余3件。")
    assert not bad("全年承办建议34件。教育类19件，医疗类7件，交通类5件，其余3件。")


def test_decoy_total_and_status_both_ending_in_de_still_judged():
    # 的 alone does not make two items parallel: a total and its status may both end in it
    assert bad("排查隐患的120处，已整改的100处，其余30处正在整改。")
    assert not bad("排查隐患的120处，已整改的100处，其余20处正在整改。")


def test_rest_after_an_open_ended_figure_does_not_crash():
    # 不少于96个 has no upper bound: the rest's sum is compared without one
    text = "全市改造老旧小区130个，其中建成较早的小区不少于96个。已改造小区中有106个引入物业服务；其余24个由社区托管。"
    assert not bad(text)
