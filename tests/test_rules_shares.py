"""Shares: part/total against the stated share, shares summing to 100, GRIM granularity."""
import pytest

from analysis.rules.shares import granularity, percent_sum, share_of_total
from rules_cases import run, verdicts


# ---------------------------------------------------------------- share_of_total
def test_share_holds():
    rows = run(share_of_total, "今年共收到提案9件，其中加强企业技术创新方面的提案4件，占到44%。")
    assert [r["verdict"] for r in rows] == ["consistent"]
    assert rows[0]["computed"].startswith("4件/9件 = 44.4%")
    assert rows[0]["span"] == "4件，占到44%"


def test_share_fails_and_says_why():
    text = "共收到提案9件，其中A类提案4件，占到44%；B类提案2件，占22%；C类提案3件，占到34%。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent", "consistent", "inconsistent"]
    assert rows[2]["cause"] == "shares forced to sum to 100"
    assert "33.5–34.5" in rows[2]["computed"]


@pytest.mark.parametrize("stated, verdict", [("33.5%", "inconsistent"), ("33.3%", "consistent"), ("33%", "consistent"), ("34%", "inconsistent")])
def test_share_on_the_rounding_boundary(stated, verdict):
    # 1/3 = 33.333…: 33.3% and 33% round correctly, 33.5% and 34% do not
    assert verdicts(share_of_total, f"共有企业3家，其中国有企业1家，占{stated}。") == [verdict]


def test_share_exact_boundary_half_up_or_even_both_accepted():
    # 1/8 = 12.5% exactly: both 12% (half even) and 13% (half up) are accepted
    assert verdicts(share_of_total, "共8人，其中女性1人，占12%。") == ["consistent"]
    assert verdicts(share_of_total, "共8人，其中女性1人，占13%。") == ["consistent"]


@pytest.mark.parametrize("text", [
    "全年受理投诉举报1.26万件，其中投诉9,860件，占78.3%。",
    "全年受理投诉举报1.26万件，其中投诉9,860件，占投诉举报总数的78.3%。",
    "全年完成抽检12,600批次，合格9,860批次，合格率78.3%。",
])
def test_same_share_worded_three_ways(text):
    assert verdicts(share_of_total, text) == ["consistent"]


def test_share_of_a_named_whole_in_an_earlier_sentence():
    text = "全社会固定资产投资62.3亿元，增长28.6%。全年实施重点项目38个，完成投资41.2亿元，占全社会固定资产投资的66.1%。"
    assert verdicts(share_of_total, text) == ["consistent"]


def test_share_with_fraction_in_words():
    assert verdicts(share_of_total, "全县共有小型水库48座，其中病险水库12座，占四分之一。") == ["consistent"]
    assert verdicts(share_of_total, "全县共有小型水库48座，其中病险水库20座，占四分之一。") == ["inconsistent"]


def test_rate_picks_the_part_it_names_not_a_modified_one():
    text = "共承办提案15件。委员反馈满意13件、基本满意2件，满意率86.7%。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and "13件/15件" in rows[0]["computed"]


def test_no_share_without_a_stated_whole():
    assert run(share_of_total, "中小企业R&D经费投入占全社会R&D投入的11%。") == []
    assert run(share_of_total, "研发经费投入18.6亿元，占地区生产总值的比重为1.86%。") == []
    assert run(share_of_total, "审减金额5,630万元，审减率8.7%。") == []


# ---------------------------------------------------------------- percent_sum
def test_percent_sum_holds_even_when_one_share_is_wrong():
    text = "共收到提案9件，其中A类提案4件，占到44%；B类提案2件，占22%；C类提案3件，占到34%。"
    rows = run(percent_sum, text)
    assert [r["verdict"] for r in rows] == ["consistent"]


@pytest.mark.parametrize("text", [
    "批发业、零售业、住宿餐饮业分别占12.4%、71.3%和16.3%。",
    "从客源结构看，省内游客占12.4%，省外游客占71.3%，境外游客占16.3%。",
    "三类企业的比重分别为12.4%、71.3%、16.3%。",
])
def test_percent_sum_worded_three_ways(text):
    assert verdicts(percent_sum, text) == ["consistent"]


def test_percent_sum_fails_for_an_exhaustive_split():
    text = "冶金、装备制造、化工和其他产业分别占全市规模以上工业增加值的38.5%、24.6%、19.7%和14.2%。"
    rows = run(percent_sum, text)
    assert [r["verdict"] for r in rows] == ["inconsistent"]


def test_percent_sum_boundary():
    # three shares to one decimal may sum to within 0.15 of their stated sum
    assert verdicts(percent_sum, "其他、甲、乙分别占33.3%、33.3%和33.3%。") == ["consistent"]  # 99.9: 1/3 each
    assert verdicts(percent_sum, "其他、甲、乙分别占33.2%、33.3%和33.3%。") == ["inconsistent"]  # 99.8
    assert verdicts(percent_sum, "其他、甲、乙分别占33.4%、33.3%和33.3%。") == ["consistent"]


def test_partial_list_is_not_a_split():
    assert run(percent_sum, "高新技术企业占35%，规上企业占40%。") == []


# ---------------------------------------------------------------- granularity
def test_granularity_impossible_for_n():
    rows = run(granularity, "对7家定点培训机构开展绩效评估，合格率为50%。")
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    assert "3/7 = 42.9%" in rows[0]["computed"] and "4/7 = 57.1%" in rows[0]["computed"]


@pytest.mark.parametrize("text", [
    "对40家重点商贸企业开展问卷调查，表示满意的企业占85%。",
    "抽查40家企业，合格率85%。",
    "查处违法案件40起，办结率85%。",
])
def test_granularity_possible_worded_three_ways(text):
    assert verdicts(granularity, text) == ["consistent"]


def test_granularity_boundary():
    # 1/3 = 33.33…: 33.3% possible for n = 3, 33.4% is not
    assert verdicts(granularity, "抽查3家企业，合格率33.3%。") == ["consistent"]
    assert verdicts(granularity, "抽查3家企业，合格率33.4%。") == ["inconsistent"]


def test_granularity_without_n_is_unverifiable_and_says_100_is_always_possible():
    rows = run(granularity, "截止目前，政协委员对我局办理工作满意度为100%。")
    assert [r["verdict"] for r in rows] == ["unverifiable"]
    assert "any n" in rows[0]["computed"]
    rows = run(granularity, "群众满意率达98.7%。")
    assert rows[0]["verdict"] == "unverifiable" and "n ≥" in rows[0]["computed"]


def test_granularity_skips_rates_of_populations_and_money():
    assert run(granularity, "城镇登记失业率为3.2%。") == []
    assert run(granularity, "森林覆盖率达到32.4%。") == []
    assert run(granularity, "对7家机构开展评估，参保率达到95%以上。") == []


# ---------------------------------------------------------------- broadened wording (tuning2 families)
@pytest.mark.parametrize("text, verdict", [
    ("查出问题金额12.46亿元，其中违规金额2.08亿元，所占比重为16.7%。", "consistent"),
    ("查出问题金额12.46亿元，其中违规金额2.08亿元，所占比重为18.7%。", "inconsistent"),
    ("在校生16,842人，其中本科生12,356人、专科生3,690人、研究生796人，本科生所占比例为73.4%。", "consistent"),
    ("在校生16,842人，其中本科生12,356人、专科生3,690人、研究生796人，本科生所占比例为75.4%。", "inconsistent"),
])
def test_suo_zhan_bi_zhong_wordings(text, verdict):
    assert verdicts(share_of_total, text) == [verdict]


def test_share_of_a_part_of_a_made_of_split_takes_the_split_total():
    text = "参保人数达到286.4万人。参保人员由职工医保61.2万人和城乡居民医保225.2万人组成，城乡居民医保所占比重为78.6%。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and "225.2万人/286.4万人" in rows[0]["computed"]


def test_rate_of_a_difference_takes_the_minuend_as_whole():
    text = "送审金额9.82亿元，审定金额9.05亿元，审减金额7700万元，审减率7.8%。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and "/9.82亿元" in rows[0]["computed"]


@pytest.mark.parametrize("text, verdict", [
    ("接待查档群众2,136人次，其中民生事项的1,602人次，占查档总人次的75%。", "consistent"),
    ("接待查档群众2,136人次，其中民生事项的1,602人次，占查档总人次的78%。", "inconsistent"),
    # the target 9亿元 also names 销售 but is not the whole
    ("销售体育彩票9.68亿元，完成省下达销售任务9亿元的107.6%；筹集公益金2.42亿元，占销售额的25%。", "consistent"),
])
def test_named_whole_by_its_core_word(text, verdict):
    assert verdicts(share_of_total, text) == [verdict]


def test_completion_progress_and_a_subject_count_with_its_share():
    assert verdicts(share_of_total, "年度任务共126项，已完成118项，完成进度为93.7%。") == ["consistent"]
    assert verdicts(share_of_total, "全校48个本科专业中，已有32个完成方案修订，占三分之二。") == ["consistent"]
    assert verdicts(share_of_total, "全校48个本科专业中，已有30个完成方案修订，占三分之二。") == ["inconsistent"]


@pytest.mark.parametrize("text", [
    "住房公积金报销比例分别达到85.2%和70.1%。",
    "首次申请贷款的职工占86.9%，中、低收入职工占97.3%。",
    "已解决的比例达到76.2%，满意和基本满意的占98.7%。",
])
def test_rates_and_overlapping_groups_are_not_one_split(text):
    assert "inconsistent" not in verdicts(percent_sum, text)


def test_a_classification_lead_makes_the_list_complete():
    assert verdicts(percent_sum, "按套数分，首套住房贷款、二套住房贷款分别占82.4%和15.3%。") == ["inconsistent"]
    assert verdicts(percent_sum, "按套数分，首套住房贷款、二套住房贷款分别占84.7%和15.3%。") == ["consistent"]


@pytest.mark.parametrize("text, verdict", [
    ("回收有效问卷1,200份，满意度为89.35%。", "inconsistent"),
    ("回收有效问卷1,200份，满意度为89.25%。", "consistent"),
    ("全镇21个行政村中，集体经济收入超过10万元的村占比达到52%。", "consistent"),
    ("全镇21个行政村中，集体经济收入超过10万元的村占比达到55%。", "inconsistent"),
    ("应届毕业生3,986人，初次就业率为91.27%。", "consistent"),
])
def test_granularity_wordings(text, verdict):
    assert verdicts(granularity, text) == [verdict]


def test_granularity_takes_the_cases_counted_not_a_base_or_change():
    text = ("全年交办代表建议386件，比上年同期多47件（上年为339件），办结率100%；"
            "问题已解决的比例达到76.2%，代表满意和基本满意的占98.7%。")
    rows = run(granularity, text)
    assert [r["verdict"] for r in rows] == ["consistent"] * 3
    assert all("n = 386" in r["computed"] for r in rows)


def test_one_sided_shares_are_not_summed_and_do_not_crash():
    from analysis.rules.shares import percent_sum

    text = "全镇脱贫户中，近七成通过产业增收，约30%通过务工增收。"
    assert [r for r in run(percent_sum, text) if r["verdict"] != "consistent"] == []


# ---------------------------------------------------------------- guards and new forms (tuning3)
def test_a_share_restated_in_words_is_not_a_second_listed_share():
    text = "全年落实补助资金1,486万元，比上年的1,274万元增加212万元；其中用于产业发展的918万元，占比61.8%，超过一半。"
    rows = run(share_of_total, text)
    # 61.8% and its restatement 超过一半 are one share of one part: both rows take 918 of 1,486
    assert [r["verdict"] for r in rows] == ["consistent", "consistent"]
    assert all("918万元 of 1,486万元" in r["stated"] for r in rows)


def test_a_share_never_takes_a_part_across_another_figure():
    text = "政务服务事项1,368项，其中“全程网办”事项1,126项，占82.3%；“最多跑一次”事项占比达到98.5%。"
    assert not [r for r in run(share_of_total, text) if "98.5%" in r["stated"]]


@pytest.mark.parametrize("text", [
    "立案提案中，委员个人提案338件，党派团体和界别小组等集体提案74件，集体提案占比18.0%。",
    "立案提案中，委员个人提案338件、集体提案74件，集体提案占比18.0%。",
])
def test_a_peer_in_a_list_is_not_the_whole(text):
    assert run(share_of_total, text) == []


def test_a_count_then_a_subset_of_it_is_still_a_whole():
    assert verdicts(share_of_total, "发现问题线索75条，已整改72条，整改率96%。") == ["consistent"]


@pytest.mark.parametrize("text", [
    "提案者表示满意的389件、基本满意的21件、不满意的2件，满意和基本满意率达99.5%。",
    "代表表示满意的176件，基本满意的46件，不满意的5件，满意和基本满意率为97.8%。",
    "学前三年毛入园率89.6%。",
])
def test_granularity_n_is_neither_a_list_item_nor_a_duration(text):
    # a survey rate with no n stays unverifiable; never judged against the last item or a span of years
    assert all(r["verdict"] == "unverifiable" for r in run(granularity, text))


def test_shares_of_two_wholes_pair_in_order():
    text = ("全年共发生事故37起，死亡21人。道路运输事故26起、死亡15人，分别占事故总数和死亡总数的70.3%和{}。")
    assert verdicts(share_of_total, text.format("71.4%")) == ["consistent", "consistent"]
    assert verdicts(share_of_total, text.format("72.4%")) == ["consistent", "inconsistent"]
    assert run(percent_sum, text.format("71.4%")) == []  # two wholes: no sum to 100


@pytest.mark.parametrize("sub, verdict", [("74.1%", "consistent"), ("74.2%", "consistent"), ("75.1%", "inconsistent")])
def test_subtotal_of_listed_shares(sub, verdict):
    text = f"按内容分，城乡建设类最多，占28.6%；其次依次为劳动社保类17.4%、农村农业类15.2%、政法类12.9%，以上四类合计占{sub}。"
    rows = run(percent_sum, text)
    assert [r["verdict"] for r in rows] == [verdict]
    assert rows[0]["stated"].endswith(f"= {sub}")


def test_subtotal_with_too_few_shares_before_it_is_left_alone():
    assert run(percent_sum, "城乡建设类占28.6%，以上四类合计占74.1%。") == []


def test_one_sided_share_in_a_group_never_raises():
    text = "全镇脱贫户210户，其中务工收入为主的146户，占比近七成、达69.5%。"
    for rule in (share_of_total, percent_sum, granularity):
        rule_rows = run(rule, text)
        assert isinstance(rule_rows, list)


# --- a named whole worded differently from its figure's label ---------------------------------------------------------

def test_named_whole_worded_differently_holds():
    text = "全年纳入监测对象46户158人。已消除风险32户，占监测户的69.6%。"
    assert verdicts(share_of_total, text) == ["consistent"]
    text = "进驻中心的部门46个、政务服务事项1,368项，其中“全程网办”事项1,126项，占进驻事项的82.3%。"
    assert verdicts(share_of_total, text) == ["consistent"]


def test_named_whole_worded_differently_is_weak():
    # a loose name only pairs when the share matches: a wrong share here names no provable whole
    text = "全年纳入监测对象46户158人。已消除风险32户，占监测户的59.6%。"
    assert verdicts(share_of_total, text) == []


def test_loose_whole_needs_the_head_word_and_the_paragraph():
    text = "全年纳入监测对象46户158人。\n已消除风险32户，占帮扶户的69.6%。"
    assert verdicts(share_of_total, text) == []


# --- a share restated in words right after its percent -----------------------------------------------------------------

def test_share_restated_in_words_holds():
    rows = run(share_of_total, "补助资金1,486万元，其中用于产业发展的918万元，占比61.8%，超过一半。")
    assert sorted(r["verdict"] for r in rows) == ["consistent", "consistent"]
    assert any("超过一半" in r["stated"] for r in rows)
    text = "随迁子女在校生2.46万人，其中在公办学校就读的2.17万人，占88.2%，近九成。"
    assert verdicts(share_of_total, text) == ["consistent", "consistent"]


def test_share_restated_in_words_fails():
    rows = run(share_of_total, "补助资金1,486万元，其中用于产业发展的621万元，占比41.8%，超过一半。")
    assert sorted(r["verdict"] for r in rows) == ["consistent", "inconsistent"]
    bad = next(r for r in rows if r["verdict"] == "inconsistent")
    assert "超过一半" in bad["stated"] and bad["cause"] == ""


def test_fraction_not_right_after_the_share_is_not_a_restatement():
    text = "补助资金1,486万元，其中用于产业发展的918万元，占比61.8%。贫困村覆盖近七成。"
    assert verdicts(share_of_total, text) == ["consistent"]


# ---------------------------------------------------------------- shares of a named whole, parts in the sentence before
_GDP = ("全年地区生产总值{total}亿元。其中，第一产业增加值41.32亿元，第二产业增加值108.65亿元，第三产业增加值136.30亿元。"
        "三次产业增加值占地区生产总值的比重依次为{a}%、38.0%和47.6%。")


@pytest.mark.parametrize("a, verdict", [("14.4", "consistent"), ("15.4", "inconsistent")])
def test_shares_listed_with_yici_take_the_previous_sentences_parts(a, verdict):
    rows = run(share_of_total, _GDP.format(total="286.27", a=a))
    assert [r["verdict"] for r in rows] == [verdict, "consistent", "consistent"]
    assert rows[0]["computed"].startswith("41.32亿元/286.27亿元 = 14.4")


def test_carried_parts_that_do_not_make_the_whole_are_not_paired():
    # the three values add up to 286.27, not to 300.00: they are not this whole's split, so no share is judged
    assert run(share_of_total, _GDP.format(total="300.00", a="14.4")) == []


def test_zhan_di_mian_ji_is_not_a_share_but_zhan_di_qu_is():
    assert verdicts(share_of_total, "新建厂房1.2万平方米，占地面积3万平方米，绿化率35%。") == []
    assert verdicts(share_of_total, "全县税收收入8.6亿元，其中增值税3.1亿元，占地区税收收入的36.0%。") == ["consistent"]


@pytest.mark.parametrize("c, verdicts_", [
    ("8.0", ["consistent", "consistent", "consistent"]),
    ("7.0", ["consistent", "consistent", "inconsistent"]),   # 33/412 = 8.0%; the shares then sum to 99
])
def test_a_sentence_of_parts_with_shares_takes_the_whole_they_add_up_to(c, verdicts_):
    text = ("共收到提案486件，经审查立案412件。截至9月30日，立案提案已全部办复。"
            "已经解决的（A类）236件，占57.3%；列入计划解决的（B类）143件，占34.7%；暂时无法解决的（C类）33件，占{c}%。")
    assert verdicts(share_of_total, text.format(c=c)) == verdicts_


def test_parts_that_miss_every_earlier_total_get_no_whole():
    text = "共收到提案486件，经审查立案410件。已经解决的（A类）236件，占57.3%；列入计划解决的（B类）143件，占34.7%；（C类）33件，占8.0%。"
    assert verdicts(share_of_total, text) == []


@pytest.mark.parametrize("text, verdict", [
    ("截至9月30日，412件提案已全部办复，办复率100%。", "consistent"),
    ("共收到评价45.6万条，其中差评312条，差评均已回访整改，整改率100%。", "consistent"),
    ("截至9月30日，412件提案已全部办复，办复率98%。", "inconsistent"),
])
def test_a_count_said_to_be_all_done_is_the_whole_of_its_rate(text, verdict):
    assert verdicts(share_of_total, text) == [verdict]


@pytest.mark.parametrize("rate, verdict", [("85.5", "consistent"), ("86.5", None)])
def test_a_peer_before_the_part_is_its_whole_only_when_the_share_says_so(rate, verdict):
    # 312/365 = 85.48%: with the same head noun (天数) the larger figure may be the whole or a peer, so a share that
    # does not match it is left alone rather than judged against a guess
    text = f"2019年，市区环境空气有效监测天数365天，优良天数312天，优良天数比例为{rate}%。"
    assert verdicts(share_of_total, text) == ([verdict] if verdict else [])


def test_rate_named_with_its_words_reordered():
    text = "巡察组反馈了23个具体问题。截至10月31日，已完成整改19个，正在整改4个，整改完成率82.6%。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and rows[0]["computed"].startswith("19个/23个")


def test_part_named_in_the_sentence_before_and_a_whole_counted_in_jianci():
    text = ("全年信访总量2,864件次。按信访形式分：来信486件，来访1,032批次，网上信访1,346件，合计2,864件次。"
            "网上信访占信访总量的{p}%。")
    assert verdicts(share_of_total, text.format(p="47.0")) == ["consistent"]
    assert verdicts(share_of_total, text.format(p="45.0")) == ["inconsistent"]


def test_all_solved_subset_is_a_granularity_claim_and_the_whole_keeps_its_own_rate():
    text = "刑事案件立案1,284起，破案862起，破案率为67.1%；其中八类严重暴力案件23起，全部告破，破案率100%。"
    assert verdicts(share_of_total, text) == ["consistent", "consistent"]
    assert verdicts(granularity, text) == ["consistent"]
    # a rate after 其中 is of the subset: never judged against the whole's counts
    assert verdicts(share_of_total, "刑事案件立案1,284起，破案862起；其中八类严重暴力案件23起，破案率87%。") == []


# ---------------------------------------------------------------- parts and wholes named in other ways
@pytest.mark.parametrize("share, verdict", [("40.9%", "consistent"), ("45.1%", "inconsistent")])
def test_qizhong_opening_the_share_clause_names_the_part(share, verdict):
    text = f"全镇共有农户2,200户，按产业分，种植户900户、养殖户700户、其他600户，其中种植户所占比重为{share}。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == [verdict] and "900户/2,200户" in rows[0]["computed"]


def test_qizhong_opening_another_subset_still_blocks_the_rate():
    # the rate is of the subset 其中 opened, not of the count that names 结案
    text = "全年审结案件460件；其中涉农案件40件，结案率91%。"
    assert verdicts(share_of_total, text) == []


@pytest.mark.parametrize("rate, verdict", [("80.5%", "consistent"), ("82.5%", "inconsistent")])
def test_rate_whose_part_names_the_stem_after_its_number(rate, verdict):
    text = f"开展电工技能培训400人，其中322人实现就业，就业率{rate}。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == [verdict] and "322人/400人" in rows[0]["computed"]


def test_a_negated_stem_after_the_number_is_not_the_part():
    assert verdicts(share_of_total, "开展电工技能培训400人，其中78人尚未实现就业，就业率80.5%。") == []


def test_daowei_reads_as_wancheng():
    text = "梳理发现问题60个，已整改到位45个，正在整改15个，整改完成率75.0%。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and "45个/60个" in rows[0]["computed"]


def test_all_of_n_with_any_verb_is_a_100_percent_rate():
    rows = run(share_of_total, "全镇18个行政村全部建成便民服务站，覆盖率100%。")
    assert [r["verdict"] for r in rows] == ["consistent"]
    assert verdicts(granularity, "全镇18个行政村全部建成便民服务站，覆盖率100%。") == ["consistent"]


def test_average_rate_is_not_all_of_a_count():
    # 平均 holds a 均 but says nothing about all of the rooms
    assert verdicts(share_of_total, "全县星级酒店12家，客房960间，平均出租率58.3%。") == []


@pytest.mark.parametrize("share, verdict", [("77.5%", "consistent"), ("79.5%", "inconsistent")])
def test_combined_share_of_named_items(share, verdict):
    text = f"全区共有养老机构80所，其中公办养老院34所，占42.5%；民办普惠养老院28所，公办院和民办普惠院合计占养老机构总数的{share}。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent", verdict]
    assert rows[1]["computed"].startswith("(34所+28所)/80所")


def test_combined_share_needs_names_that_match_the_items():
    text = "全区共有养老机构80所，其中公办养老院34所；民办普惠养老院28所，城区和乡镇合计占养老机构总数的60.0%。"
    assert verdicts(share_of_total, text) == []


@pytest.mark.parametrize("share, verdict", [("五分之二以上", "consistent"), ("一半以上", "inconsistent")])
def test_subject_in_the_clause_before_names_an_item_of_the_sentence_before(share, verdict):
    text = (f"全年受理投诉520件，办结496件。按类别分，质量类214件、价格类168件、服务类138件。"
            f"质量类投诉最多，占受理总数的{share}。")
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == [verdict] and "214件/520件" in rows[0]["computed"]


@pytest.mark.parametrize("rate, verdict", [("62.8%", "consistent"), ("68.8%", None)])
def test_whole_of_a_rate_in_brackets_after_it_is_weak(rate, verdict):
    text = f"新建村级服务站46个，全镇累计达到285个（上年末为239个），行政村覆盖率{rate}（全镇共有行政村454个）。"
    assert verdicts(share_of_total, text) == ([verdict] if verdict else [])


def test_satisfaction_rate_counts_satisfied_and_basically_satisfied_together():
    # the rate's part is the 合计 of both, and a count smaller than the part is never its whole
    text = "代表表示满意的248件、基本满意的57件，满意和基本满意的合计305件，满意率97.8%。"
    assert verdicts(share_of_total, text) == []


def test_a_share_of_the_whole_is_not_granular_on_the_part_qizhong_named():
    text = "本届委员218名，其中中共党员83名，党外委员占61.9%。"
    assert verdicts(granularity, text) == []


def test_a_carried_list_never_takes_a_listed_part_as_a_whole():
    text = ("全年地区生产总值186.42亿元。其中，第一产业增加值28.35亿元，增长3.9%；第二产业增加值84.17亿元，增长7.8%；"
            "第三产业增加值73.90亿元，增长8.5%。三次产业增加值占地区生产总值的比重依次为15.2%、45.4%和39.6%。")
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent", "inconsistent", "consistent"]
    assert all("/186.42亿元" in r["computed"] for r in rows)
    ps = run(percent_sum, text)
    assert [r["verdict"] for r in ps] == ["inconsistent"] and "比重依次为15.2%" in ps[0]["span"]


def test_a_named_whole_with_a_nearby_figure_that_fits_is_not_called_wrong():
    # the label holds the whole's words, but the nearby 307 gives the stated share: the likelier whole, weakly
    text = "全年受理审查起诉案件342件，提起公诉307件。起诉的案件中，危险驾驶案件74件，占起诉案件总数的24.1%；盗窃案件52件，占16.9%。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent", "consistent"] and all("/307件" in r["computed"] for r in rows)
    # when nothing nearby fits, the named whole stands and the share is wrong
    text = "全年受理审查起诉案件342件，提起公诉307件。起诉的案件中，危险驾驶案件74件，占起诉案件总数的28.1%。"
    assert verdicts(share_of_total, text) == ["inconsistent"]


@pytest.mark.parametrize("rate, verdict", [("99.2%", "consistent"), ("97.2%", None)])
def test_case_rate_takes_an_earlier_count_that_fits_weakly(rate, verdict):
    text = f"共提交提案265件，经审查立案238件，立案率89.8%。立案提案中，委员提案201件。截至11月底，已办复236件，办复率{rate}。"
    assert [r["verdict"] for r in run(share_of_total, text) if r["stated"].startswith(rate)] == ([verdict] if verdict else [])


@pytest.mark.parametrize("rate, verdict", [("95.1%", "consistent"), ("96.1%", None)])
def test_count_just_before_a_rate_it_does_not_name_is_a_weak_part(rate, verdict):
    text = f"全年共受理各类案件12,486件，比上年的11,352件增加1,134件；审结11,873件，结案率为{rate}。"
    assert verdicts(share_of_total, text) == ([verdict] if verdict else [])


def test_count_before_a_rate_stays_its_n_when_it_is_no_part():
    assert verdicts(granularity, "全年共办理群众来信37件，办结率100%。") == ["consistent"]


@pytest.mark.parametrize("b, verdict", [("24.8%", "consistent"), ("25.8%", "inconsistent")])
def test_shares_listed_after_a_share_of_a_named_whole_follow_it(b, verdict):
    text = (f"立案提案452件。其中所提问题已经解决的301件，占立案总数的66.6%；列入计划逐步解决的112件，占{b}；"
            f"因条件限制暂时不能解决的39件，占8.6%。")
    assert verdicts(share_of_total, text) == ["consistent", verdict, "consistent"]


def test_percent_sum_span_covers_the_classification_lead():
    text = "按信访内容分，婚姻家庭类占46.2%、财产权益类占28.5%、人身权利类占15.1%、其他占10.2%。"
    rows = run(percent_sum, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and rows[0]["span"].startswith("按信访内容分")


# ---------------------------------------------------------------- wholes stated inline, by scope, or found by fit
@pytest.mark.parametrize("share, verdict", [("71.0%", "consistent"), ("73.0%", "inconsistent")])
def test_whole_stated_inside_the_share_clause(share, verdict):
    rows = run(share_of_total, f"全年教育支出15.2亿元，占一般公共预算支出21.4亿元的{share}。")
    assert [r["verdict"] for r in rows] == [verdict] and "15.2亿元/21.4亿元" in rows[0]["computed"]


def test_inline_whole_with_a_predicate_and_a_fraction():
    text = "项目资金中，有1.58亿元至年底未拨付使用，占年初项目预算5.42亿元的近三成。"
    assert verdicts(share_of_total, text) == ["consistent"]


def test_inline_target_is_not_a_share():
    assert verdicts(share_of_total, "新增城镇就业3,260人，占年度目标任务3,000人的108.7%。") == []


@pytest.mark.parametrize("a, b, c, d, verdict", [
    ("31.4", "27.9", "24.4", "14.7", "consistent"), ("31.4", "27.9", "24.4", "16.7", None)])
def test_shares_that_each_fit_one_earlier_count_take_it_as_whole(a, b, c, d, verdict):
    # the parts add up to 307, not 312, yet every share is of 312
    text = (f"会议期间代表共提出建议312件。\n\n按内容分，经济类98件，占{a}%；城建类87件，占{b}%；"
            f"教科文卫类76件，占{c}%；民生类46件，占{d}%。")
    got = verdicts(share_of_total, text)
    assert got == (["consistent"] * 4 if verdict else [])


def test_item_label_at_the_head_of_the_stem_is_the_part():
    text = "年末参保486.3万人，其中职工医保142.7万人，城乡居民医保343.6万人，职工医保参保人数占比为29.3%。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and "142.7万人/486.3万人" in rows[0]["computed"]


def test_a_threshold_is_never_the_item_at_the_head_of_the_stem():
    assert verdicts(share_of_total, "全镇21个行政村中，集体经济收入超过10万元的村占比达到52%。") == []


@pytest.mark.parametrize("rate, verdict", [("87.9%", "consistent"), ("80.9%", None)])
def test_yi_you_k_of_n_then_a_rate_is_weak(rate, verdict):
    text = f"全市二级以上医疗机构66家，已有58家实行按病种付费，覆盖率{rate}。"
    assert verdicts(share_of_total, text) == ([verdict] if verdict else [])


def test_all_n_named_before_the_count_is_a_100_percent_rate():
    assert verdicts(granularity, "对全部18个项目开展绩效自评，自评覆盖率100%。") == ["consistent"]


@pytest.mark.parametrize("share, verdict", [("60.0%", "consistent"), ("62.5%", "inconsistent")])
def test_a_count_with_its_noun_glued_to_ge_is_a_whole_of_ge(share, verdict):
    assert verdicts(share_of_total, f"全区15个乡镇（街道）中，有9个财政收入超过亿元，占{share}。") == [verdict]


@pytest.mark.parametrize("share, verdict", [("76.0%", "consistent"), ("70.0%", None)])
def test_share_of_the_scope_is_weak(share, verdict):
    text = f"全年社会消费品零售总额46.25亿元。分城乡看，城市消费品零售额35.16亿元，占全区的{share}；县及县以下消费品零售额11.09亿元。"
    assert verdicts(share_of_total, text) == ([verdict] if verdict else [])


def test_faxian_k_items_then_a_share_of_a_named_whole():
    text = "抽查扶贫项目64个、资金1.28亿元，发现6个项目进度滞后，占抽查项目的9.4%。"
    assert verdicts(share_of_total, text) == ["consistent"]


def test_valid_questionnaires_are_the_n_of_a_survey():
    text = "共发放调查问卷500份，收回有效问卷486份，群众满意度为93.6%。"
    assert verdicts(granularity, text) == ["consistent"]


def test_all_answered_takes_the_cases_counted_paragraphs_before():
    text = ("共收到提案486件，经审查立案452件；不予立案的34件。\n\n提案分别交由58个承办单位办理。9月底前已全部办复，办复率100%。"
            "经征询，提案者对办理结果表示满意和基本满意的占97.3%。")
    rows = run(granularity, text)
    assert [r["verdict"] for r in rows] == ["consistent", "consistent"] and all("452" in r["computed"] for r in rows)


def test_cases_counted_paragraphs_before_never_prove_a_share_impossible():
    # 97.5% is impossible for 452, but the n is only likely: no row
    text = "经审查立案452件。\n\n提案已全部办复。经征询，提案者对办理结果表示满意和基本满意的占97.5%。"
    assert verdicts(granularity, text) == []


@pytest.mark.parametrize("share, verdict", [("81.8%", "consistent"), ("83.8%", "inconsistent")])
def test_share_that_rose_to_a_level(share, verdict):
    text = f"全区实现工业总产值46.7亿元，其中规模以上工业38.2亿元，规模以上工业占工业总产值的比重由上年的78.4%提高到{share}。"
    assert verdicts(share_of_total, text) == [verdict]


@pytest.mark.parametrize("share, verdict", [("46.8%", "consistent"), ("48.8%", "inconsistent")])
def test_bizhong_without_zhan_after_a_subset(share, verdict):
    text = f"年末全区规模以上工业企业312家，比上年末的294家净增18家，其中高新技术企业146家，比重达{share}。"
    assert verdicts(share_of_total, text) == [verdict]


def test_a_share_after_one_of_a_named_whole_sums_with_it():
    text = "一般公共预算收入7.86亿元。其中，税收收入5.94亿元，占一般公共预算收入的75.6%；非税收入1.92亿元，占24.4%。"
    assert verdicts(percent_sum, text) == ["consistent"]
    assert verdicts(share_of_total, text) == ["consistent", "consistent"]


@pytest.mark.parametrize("share, verdict", [("61.9%", "consistent"), ("65.9%", None)])
def test_share_of_the_rest_after_a_qizhong_part_is_weak(share, verdict):
    text = f"本届委员218名，其中中共党员83名，党外委员占{share}；女委员57名。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ([verdict] if verdict else [])
    if verdict:
        assert rows[0]["computed"].startswith("(218名−83名)/218名")


def test_share_of_the_qizhong_part_itself_is_not_the_rest():
    assert verdicts(share_of_total, "本届委员218名，其中中共党员83名，占38.1%。") == ["consistent"]


@pytest.mark.parametrize("rate, verdict", [("95.4%", "consistent"), ("95.5%", None)])
def test_rate_of_a_group_its_name_names_in_an_earlier_sentence(rate, verdict):
    # 208/218 = 95.41%; 95.5% needs 95.45–95.55, impossible for 218, but the n is only likely: no row
    text = f"本届委员218名，其中中共党员83名。八届二次会议委员出勤率达到{rate}。"
    assert verdicts(granularity, text) == ([verdict] if verdict else [])


def test_rate_of_a_group_named_after_its_count():
    text = "全年接收安置退役士兵168人，其中安排工作42人，其余126人选择自主就业。自主就业退役士兵适应性培训参训率98.4%。"
    rows = run(granularity, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and "n = 126" in rows[0]["computed"]


@pytest.mark.parametrize("text", [
    # the last item of a list whose clause mentions 办理 is still not the n
    "委员对办理结果表示满意的139件、基本满意的11件，满意和基本满意率98.7%。",
    # a rate with a long name of its own is of something other than the count before it
    "审结行政案件386件，行政机关负责人出庭应诉率96.5%。",
    # a survey is of people asked, not of the events served
    "为重点工程建设提供专项气象保障16次，服务满意率达到96%。",
])
def test_granularity_never_calls_a_rate_impossible_on_a_count_it_is_not_of(text):
    assert "inconsistent" not in verdicts(granularity, text)


def test_granularity_still_fails_a_rate_of_the_things_evaluated():
    assert verdicts(granularity, "对14家重点企业开展安全现状评价，评价合格率78.3%。") == ["inconsistent"]


def test_a_list_of_rates_of_named_groups_takes_no_parts_from_the_counts_before():
    text = "在校学生38,416人，教职工2,973人，其中专任教师2,618人，小学、初中专任教师学历合格率分别为99.2%和97.6%。"
    assert verdicts(share_of_total, text) == []


@pytest.mark.parametrize("b, verdict", [("25.3%", "consistent"), ("25.2%", "inconsistent")])
def test_the_listed_items_each_take_a_share_after_shangshu_n_xiang(b, verdict):
    text = ("项目支出1740万元。从用途看，应急物资储备560万元，救援队伍建设440万元，隐患排查治理405万元，宣传培训335万元。"
            f"上述四项分别占项目支出的32.2%、{b}、23.3%和19.3%。")
    assert verdicts(share_of_total, text) == ["consistent", verdict, "consistent", "consistent"]
    assert verdicts(percent_sum, text) == ["consistent"]


def test_a_hard_line_break_does_not_cut_a_list_from_its_shares():
    text = ("经审查立案152件。立案提案中，经济发展类48件、城乡建设类37件、教育卫生类29件、社会管理类\n"
            "26件、其他12件，分别占31.6%、24.3%、19.1%、17.1%和7.9%。")
    assert verdicts(share_of_total, text) == ["consistent"] * 5


@pytest.mark.parametrize("share, verdict", [("约占三成", "consistent"), ("约占五成", "inconsistent")])
def test_the_level_a_count_rose_to_is_a_whole_and_x_zhong_names_its_members(share, verdict):
    text = f"参保人数由上年末的18.46万人增加到19.72万人，净增1.26万人，增长6.8%，参保人员中女性5.9万人，{share}。"
    assert verdicts(share_of_total, text) == [verdict]


@pytest.mark.parametrize("rate, verdict", [("87.0%", "consistent"), ("87.5%", "inconsistent")])
def test_rate_with_its_whole_and_part_in_brackets(rate, verdict):
    text = f"三类残疾儿童少年入学率{rate}（全县适龄三类残疾儿童少年23人，已入学20人）。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == [verdict] and "20人/23人" in rows[0]["computed"]


def test_rates_whose_parts_make_their_whole_sum_to_100():
    text = ("代表们提出建议共21件，其中主办16件、协办5件。截至10月底，21件建议已全部办结，办结率100%；"
            "代表对答复结果满意18件、基本满意3件，满意率85.7%、基本满意率14.3%，无不满意件。")
    assert verdicts(percent_sum, text) == ["consistent"]
    # rates of one whole whose parts do not make it are not a breakdown
    assert verdicts(percent_sum, "受理投诉120件，办结118件，办结率98.3%、回访率95.0%。") == []


@pytest.mark.parametrize("share, verdict", [("41.8%", "consistent"), ("45.8%", None)])
def test_qizhong_share_after_a_classification_takes_the_figure_before_it_weakly(share, verdict):
    text = f"审计涉及资金9.8亿元。从资金来源看，中央补助4.1亿元，省级补助2.3亿元，市县配套3.1亿元。其中中央补助占{share}。"
    assert verdicts(share_of_total, text) == ([verdict] if verdict else [])


@pytest.mark.parametrize("share, verdict", [("一半", "consistent"), ("三分之一", None)])
def test_worded_whole_drops_its_scope_word(share, verdict):
    text = f"全局完成交通基础设施投资4.36亿元，其中农村公路投资2.18亿元，占全年交通投资的{share}。"
    assert verdicts(share_of_total, text) == ([verdict] if verdict else [])


@pytest.mark.parametrize("share, verdict", [("48.4%", "consistent"), ("46.4%", "inconsistent")])
def test_inline_whole_after_the_parts_own_growth(share, verdict):
    text = f"上半年发放低保金2,615.8万元，较去年同期增长5.6%，占全年预算5,400万元的{share}。"
    assert verdicts(share_of_total, text) == [verdict]


def test_part_named_by_its_place_in_a_list_before_fenbie():
    text = ("全院共受理各类案件18426件，审结16983件。按案件类型分，刑事、民商事、行政、执行案件分别审结1246件、11264件、386件和4087件。"
            "其中民商事案件占审结总数的66.3%。")
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and "11264件/16983件" in rows[0]["computed"]


def test_part_named_in_the_sentence_before_with_a_measure_word_more():
    text = "全年接收安置退役士兵612人。按安置方式分，安排工作187人，自主就业425人。自主就业人员占69.4%。"
    assert verdicts(share_of_total, text) == ["consistent"]


@pytest.mark.parametrize("rate, verdict", [("97.8%", "consistent"), ("96.8%", None)])
def test_satisfaction_rate_of_both_over_the_cases_counted_before(rate, verdict):
    text = (f"代表共提出建议312件。\n\n代表对办理结果表示满意的248件、基本满意的57件，满意和基本满意的合计305件，满意率{rate}。")
    assert verdicts(share_of_total, text) == ([verdict] if verdict else [])


# ---------------------------------------------------------------- round 2: survey n, rounded n, headings, sure splits
def test_a_survey_rate_is_never_judged_on_the_places_counted_before_it():
    # the people asked, not the 12 villages that built something
    assert verdicts(granularity, "全镇12个行政村全部建成文化活动室，村民满意率达到97.4%。") == []
    # the things an evaluation was held on are its n (对…开展…测评)
    assert verdicts(granularity, "对5个政务服务大厅开展群众满意度测评，满意率为87%。") == ["inconsistent"]
    # enterprises visited and asked
    assert verdicts(granularity, "走访辖区企业120家，企业满意率98.3%。") == ["consistent"]


@pytest.mark.parametrize("text, verdict", [
    ("开通政务服务便民热线，全年接听群众来电2.48万件，办结率98.7%。", ["consistent"]),
    ("全年受理网上咨询3.2万人次，按时答复率为99.85%。", ["consistent"]),
    # money is not a tally of things: no GRIM on it
    ("全年完成重点项目投资1.36亿元，执行率99.6%。", []),
])
def test_a_rate_over_a_rounded_large_count_is_possible(text, verdict):
    rows = run(granularity, text)
    assert [r["verdict"] for r in rows] == verdict
    if verdict:
        assert "possible" in rows[0]["computed"]


_HEADED = ("共收到代表建议240件，经审查立案216件，立案率90.0%。\n二、办理情况\n（一）及时交办。\n"
           "3月15日召开交办会，将建议交由41个单位办理。\n（二）跟踪督办。\n领导领衔督办重点建议6件。\n（三）注重沟通。\n"
           "承办单位与代表面商沟通，实现全覆盖。\n（四）成效明显。\n截至10月底，立案建议已全部办结，办结率100%。"
           "其中，问题已解决的108件，占50.0%；列入计划逐步解决的72件，占33.3%；因条件限制留作参考的{c}件，占{p}。")


def test_headings_do_not_put_the_cases_out_of_reach():
    text = _HEADED.format(c=36, p="16.7%")
    assert verdicts(share_of_total, text)[-3:] == ["consistent"] * 3
    rows = run(granularity, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and "n = 216" in rows[0]["computed"]


def test_shares_of_a_complete_split_whose_parts_miss_the_whole_do_not_sum_to_100():
    # 108 + 72 + 30 = 210, not 216; each share is right for 216 but they add up to 97.2%
    text = _HEADED.format(c=30, p="13.9%")
    assert verdicts(share_of_total, text)[-3:] == ["consistent"] * 3
    assert "inconsistent" in verdicts(percent_sum, text)


@pytest.mark.parametrize("rate, verdict", [("98.1%", ["consistent"]), ("98.2%", [])])
def test_a_survey_counted_in_cases_is_over_the_cases_all_answered(rate, verdict):
    # 212/216 = 98.15%; 98.2% is impossible for 216 but the n is only likely: no row
    text = ("会议期间共收到建议231件，交县政府办理的216件建议已全部答复。\n"
            f"代表对答复表示满意的190件，基本满意的（ ）件，满意和基本满意率为{rate}。")
    assert verdicts(granularity, text) == verdict


@pytest.mark.parametrize("text, verdict", [
    ("全县共有乡镇24个。其中三分之一的乡镇建成了标准化卫生院。", ["consistent"]),
    ("抽查的40家企业中，有四分之一的企业存在安全隐患。", ["consistent"]),
    # 22/3 is no whole number, but a third in words is loose: no row rather than an alarm
    ("全县共有乡镇22个。其中三分之一的乡镇建成了标准化卫生院。", []),
    # money is no tally; a qualified fraction is one-sided
    ("共安排资金300万元，其中三分之一的资金用于危房改造。", []),
    ("全县共有乡镇24个。其中三分之一以上的乡镇建成了标准化卫生院。", []),
])
def test_a_fraction_of_the_things_a_count_named(text, verdict):
    assert verdicts(granularity, text) == verdict


@pytest.mark.parametrize("share, verdict", [("占六成", "consistent"), ("约占六成", "consistent"), ("占八成", "inconsistent")])
def test_cheng_is_stated_to_the_cheng(share, verdict):
    # 50/86 = 58.1%: 六成 is 55–65%, so it holds; 八成 (75–85%) does not
    assert verdicts(share_of_total, f"全县共有中小学86所，其中寄宿制学校50所，{share}。") == [verdict]


def test_jin_cheng_is_short_of_it_but_not_by_a_whole_cheng():
    text = "全年立案提案300件，其中经济类提案{k}件，占近八成。"
    assert verdicts(share_of_total, text.format(k=231)) == ["consistent"]  # 77.0%
    assert verdicts(share_of_total, text.format(k=180)) == ["inconsistent"]  # 60.0%, 六成


@pytest.mark.parametrize("cue, verdict", [("构成比为18.3%", "consistent"), ("比例为19.3%", "inconsistent")])
def test_a_bare_gouchengbi_or_bili_after_a_part_is_its_share(cue, verdict):
    assert verdicts(share_of_total, f"门诊患者12.6万人次中，儿科患者2.3万人次，{cue}。") == [verdict]


def test_a_named_ratio_after_a_count_is_not_its_share():
    assert verdicts(share_of_total, "全年住院患者12.6万人次，其中异地就医2.3万人次，报销比例为68%。") == []


@pytest.mark.parametrize("tail, verdict", [("超过三分之二", ["consistent"]), ("近七成", ["consistent"]), ("不足一半", [])])
def test_a_fraction_after_a_sum_of_named_items_takes_their_whole(tail, verdict):
    text = ("全年立案提案300件。其中经济类120件，占40.0%；社会类90件，占30.0%；其他90件，占30.0%。"
            f"经济类和社会类提案合计210件，{tail}。")
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows if "210件" in r["stated"]] == verdict


def test_a_per_mille_share_is_shown_per_mille():
    rows = run(share_of_total, "年末常住人口12.8万人，全年出生1,250人，人口出生率9.77‰。")
    assert [r["verdict"] for r in rows] == ["consistent"] and "‰" in rows[0]["computed"].split(";")[0]


@pytest.mark.parametrize("cue, verdict", [("所占比率为33.7%", "consistent"), ("所占比率为35.7%", "inconsistent")])
def test_suo_zhan_bilv(cue, verdict):
    assert verdicts(share_of_total, f"共有党员86名，其中女党员29名，{cue}。") == [verdict]


@pytest.mark.parametrize("text", [
    # an age bound picks a group out: 35 is not the n of the next share
    "从年龄结构看，35岁以下占28.4%，36至50岁占45.2%，51岁以上占26.4%。",
    # 100余家 is no exact count
    "全县共有规模以上企业100余家，研发投入覆盖率达到37.5%。",
    "对300余家企业开展满意度调查，满意率为97.35%。",
])
def test_granularity_needs_an_exact_unbounded_count(text):
    assert "inconsistent" not in verdicts(granularity, text)


_NAMED = "全年立案提案300件。其中经济类120件，占40.0%；社会类90件，占30.0%；其他90件，占30.0%。"


@pytest.mark.parametrize("share, verdict", [("70.0%", "consistent"), ("72.0%", "inconsistent")])
def test_a_sum_of_named_items_takes_the_whole_of_their_shares(share, verdict):
    rows = run(share_of_total, _NAMED + f"经济类和社会类提案合计210件，占{share}。")
    assert [r["verdict"] for r in rows if "210件" in r["stated"]] == [verdict]


@pytest.mark.parametrize("share, verdict", [("70.0%", "consistent"), ("72.0%", "inconsistent")])
def test_a_combined_share_of_named_shares_is_their_subtotal(share, verdict):
    rows = run(percent_sum, _NAMED + f"经济类和社会类两项合计占{share}。")
    assert [r["verdict"] for r in rows if share in r["stated"]] == [verdict]


def test_a_combined_share_whose_names_match_nothing_is_left_alone():
    rows = run(percent_sum, _NAMED + "科技类和文化类合计占55.0%。")
    assert [r for r in rows if "55.0%" in r["stated"]] == []


@pytest.mark.parametrize("text, verdict", [
    # kinds of one thing, far over 100: one of them is wrong
    ("全县规上工业企业中，国有企业、民营企业、外资企业分别占8.6%、89.1%和8.3%。", ["inconsistent"]),
    # just over 100, whatever the names: a share is mis-rounded
    ("其中，中央、省、市、县四级资金分别占35%、25%、25%和20%。", ["inconsistent"]),
    # two dimensions (sex, party membership): the groups overlap
    ("从业人员中，男性、党员分别占52.1%和61.5%。", []),
    ("干部队伍中，大专以上学历、35岁以下分别占78.5%和42.3%。", []),
])
def test_one_list_over_100_is_an_error_only_for_kinds_of_one_thing(text, verdict):
    assert verdicts(percent_sum, text) == verdict


def test_quanian_names_the_period_of_two_peers_not_a_whole():
    text = "全年出生人口4,862人，出生率9.31‰；死亡人口3,215人，死亡率6.16‰。"
    assert verdicts(share_of_total, text) == []
    # a real total word still makes a whole
    assert verdicts(share_of_total, "全年受理投诉1,350件，办结1,338件，办结率99.1%。") == ["consistent"]


def test_a_two_character_rate_name_spelled_out_in_the_count_is_its_part():
    # 取证率 of 取得职业资格证书: the 9,350 are the part, not the n
    assert verdicts(granularity, "开展职业技能培训12,600人次，取得职业资格证书9,350人，取证率74.25%。") == []


def test_yishang_takes_in_the_levels_above_the_named_item():
    text = "全年引进各类人才420人，其中博士18人、硕士126人，硕士以上学历占34.3%。"
    assert "inconsistent" not in verdicts(share_of_total, text)


@pytest.mark.parametrize("label, verdict", [("组织专业技术人员继续教育", []), ("应参训人员", ["inconsistent"])])
def test_a_participation_rate_is_of_those_who_should_take_part(label, verdict):
    assert verdicts(granularity, f"{label}120人，参训率98.6%。") == verdict


@pytest.mark.parametrize("rate, verdict", [("97.62%", ["consistent"]), ("97.66%", [])])
def test_a_rate_opening_its_paragraph_names_a_count_of_the_paragraph_before(rate, verdict):
    # 1,232/1,262 = 97.623%; 97.66% is impossible for 1,262, but the n is only likely: no row
    text = (f"（一）数量指标。年度计划新建村级公路120公里，全年新建1,262座农村便民桥梁。\n"
            f"（二）质量指标。便民桥梁竣工验收合格率{rate}。")
    assert verdicts(granularity, text) == verdict


@pytest.mark.parametrize("rate, verdict", [("98.4%", ["consistent"]), ("97.4%", [])])
def test_a_rate_after_a_count_of_its_opposite_is_of_the_whole_less_it(rate, verdict):
    # (2,150 − 35)/2,150 = 98.37%; 35 failures are never the n of the pass rate
    text = f"全年共抽检建材产品2,150批次。发现不合格产品35批次，产品抽检合格率{rate}。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == verdict
    if verdict:
        assert rows[0]["computed"].startswith("(2,150批次−35批次)/2,150批次")
    assert verdicts(granularity, text) == []


def test_a_complete_list_whose_last_item_has_no_share_need_not_sum_to_100():
    text = ("全年交办建议240件。从办理结果看，已经解决的A类108件，占45.0%；列入计划解决的B类96件，占40.0%；"
            "留作参考的C类36件。")
    assert verdicts(percent_sum, text) == []
    assert verdicts(share_of_total, text) == ["consistent", "consistent"]


@pytest.mark.parametrize("rate, verdict", [("93.3%", ["consistent"]), ("95.3%", [])])
def test_a_rate_after_its_part_with_its_own_change_and_bracketed_bases(rate, verdict):
    # 8,120/8,703 = 93.30%; a weak pairing: a rate that does not fit gets no row
    text = (f"全年共受理各类案件8,703件，同比增长6.1%；审结8,120件，同比增长5.2%（上年分别为8,203件、7,718件）；"
            f"结案率{rate}。")
    assert verdicts(share_of_total, text) == verdict


def test_a_part_labelled_with_a_case_verb_takes_the_cases_counted_before():
    text = ("一、受理情况\n全年热线共受理群众诉求12,480件，同比增长8.2%。\n二、办理情况\n"
            "由座席人员当场解答办结6,615件，即时办结率53.0%。")
    assert verdicts(share_of_total, text) == ["consistent"]


@pytest.mark.parametrize("share, verdict", [("41.3%", "consistent"), ("43.1%", "inconsistent")])
def test_a_named_whole_after_its_measure_word(share, verdict):
    text = f"审计共发现3个方面46个问题。其中资金管理方面问题19个，占问题总数的{share}。"
    assert verdicts(share_of_total, text) == [verdict]


def test_jun_before_the_rate_and_time_limits_are_no_count():
    text = "全年受理群众来信182件，全部做到15日内告知、60日内答复，答复率均为100%。"
    rows = run(granularity, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and "n = 182" in rows[0]["computed"]


@pytest.mark.parametrize("share, verdict", [("83.3%", "consistent"), ("85.3%", "inconsistent")])
def test_items_of_a_breakdown_named_together_are_a_share_of_its_total(share, verdict):
    text = ("42件建议已全部办结。其中已经解决的23件，列入计划解决的12件，留作参考的7件；"
            f"已经解决和列入计划解决的合计占{share}。")
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == [verdict] and "(23件+12件)/42件" in rows[0]["computed"]


@pytest.mark.parametrize("share, verdict", [("37.2%", "consistent"), ("39.2%", "inconsistent")])
def test_the_parts_own_change_may_sit_between_it_and_its_share(share, verdict):
    text = f"全年完成外贸进出口总额9.46亿美元，增长6.2%。其中进口3.52亿美元，增长4.1%，占{share}。"
    assert verdicts(share_of_total, text) == [verdict]


@pytest.mark.parametrize("share, verdict", [("43.5%", "consistent"), ("45.5%", "inconsistent")])
def test_a_named_whole_with_a_scope_word_its_figure_lacks(share, verdict):
    text = f"全年实现农林牧渔业总产值86.2亿元。其中畜牧业产值37.5亿元，占全县农林牧渔业总产值的{share}。"
    assert verdicts(share_of_total, text) == [verdict]


@pytest.mark.parametrize("share, verdict", [("38.9%", "consistent"), ("40.9%", "inconsistent")])
def test_a_sentence_opening_with_the_wholes_name(share, verdict):
    text = ("全年实现营业收入52.8亿元；实现利润总额3.60亿元，同比增长9.1%（上年为3.30亿元）。\n"
            f"利润总额中，物流板块贡献1.40亿元，占{share}。")
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == [verdict] and "1.40亿元/3.60亿元" in rows[0]["computed"]


@pytest.mark.parametrize("rate, verdict", [("78.7%", ["consistent"]), ("80.7%", [])])
def test_you_k_after_the_wholes_zhong_is_a_weak_part(rate, verdict):
    assert verdicts(share_of_total, f"全县61所小学中，有48所达到省定办学标准，达标率{rate}。") == verdict


def test_the_whole_of_listed_shares_is_the_figure_their_parts_add_up_to():
    text = ("全年受理环境信访投诉1,328件，办结1,326件，办结率99.8%，其中噪声类512件，占38.6%；大气类468件，占35.2%；"
            "水污染类186件，占14.0%；其他162件，占12.2%。")
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent"] * 5
    assert all("1,328件" in r["computed"] for r in rows)


def test_a_survey_of_cases_takes_the_cases_handed_over_for_handling():
    text = ("代表共提出建议328件，经审查交市政府系统办理的296件。\n（一）健全机制。\n（二）加强督办。\n"
            "截至9月底，建议全部办复。代表对办理工作满意和基本满意的占98.3%。")
    rows = run(granularity, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and "n = 296" in rows[0]["computed"]


@pytest.mark.parametrize("text", [
    "全县建成乡镇污水处理厂3座，运行负荷率82.6%。",
    "新建农村幸福院7所，入住率62.3%。",
])
def test_a_utilisation_rate_is_not_a_share_of_the_facilities_counted(text):
    assert verdicts(granularity, text) == []


def test_a_count_of_events_never_proves_a_rate_impossible():
    assert "inconsistent" not in verdicts(granularity, "全年召开常委会会议12次，组成人员出席率95.6%。")
    # samples tested in 批次 are still the n
    assert verdicts(granularity, "抽检农产品样品420批次，合格率98.7%。") == ["inconsistent"]


def test_a_rate_per_mille_is_never_called_wrong_on_a_nearby_count():
    # the infant mortality rate is over live births, not over the hospital deliveries counted before it
    assert verdicts(share_of_total, "全年住院分娩3,862人，住院分娩率100%；婴儿死亡11人，婴儿死亡率3.85‰。") == []


# ---------------------------------------------------------------- a progress rate's earlier level (same batch)
def test_a_progress_rate_at_an_earlier_month_end_is_over_the_same_batch():
    text = "截至6月底，交办的45件事项中已办结36件，办结率80%，较5月底提高8.9个百分点（5月底为71.1%）。"
    rows = run(granularity, text)
    assert [r["verdict"] for r in rows] == ["consistent"]
    assert rows[0]["computed"].startswith("n = 45 (as for 80%): 32/45")


def test_a_progress_rate_worded_otherwise_before_its_change():
    # an invented wording: the earlier level named before the change, 上月末, 个 as the measure word
    rows = run(granularity, "全县排查整改问题38个，已销号30个，销号率78.9%，比上月末的65.8%提高13.1个百分点。")
    assert [r["verdict"] for r in rows] == ["consistent"] and "25/38" in rows[0]["computed"]


@pytest.mark.parametrize("text", [
    # impossible for 45: the batch may have grown since, so no row rather than an alarm
    "截至6月底，交办的45件事项中已办结36件，办结率80%，较5月底提高8.5个百分点（5月底为71.5%）。",
    # last year's rate is over last year's cases, not this batch
    "截至6月底，交办的45件事项中已办结36件，办结率80%，较上年提高8.9个百分点（上年为71.1%）。",
])
def test_an_earlier_level_that_is_not_sure_to_share_the_batch_gets_no_row(text):
    assert verdicts(granularity, text) == []


# ---------------------------------------------------------------- wholes named by the group a sentence is about
def test_a_group_counted_the_sentence_before_is_the_whole_of_the_parts_that_name_it():
    # an invented wording: the group (护理人员) counted, then its members with and without a rate word
    text = "全站现有护理人员24名。护理人员中持有执业证书的22名，持证率91.7%；具有本科学历的15名，占62.5%。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent", "consistent"]
    assert sorted(r["computed"][:9] for r in rows) == ["15名/24名 =", "22名/24名 ="]


def test_a_group_whole_is_a_guess_reported_only_when_it_holds():
    # round 6: a group opening the sentence (护理人员中…) scopes its later ；-clauses too — 15/24 = 62.5% is an error
    text = "全站现有护理人员24名。护理人员中持有执业证书的22名，持证率91.7%；具有本科学历的15名，占65.5%。"
    assert sorted(verdicts(share_of_total, text)) == ["consistent", "inconsistent"]
    # a clause naming its own group is not of the sentence's first group: no alarm
    text = "全站现有护理人员24名、医师12名。护理人员中持证的22名，持证率91.7%；医师中本科学历的9名，占65.5%。"
    assert "inconsistent" not in verdicts(share_of_total, text)
    assert verdicts(share_of_total, "全乡有脱贫户56户。今年对脱贫户逐户回访，回访满意52户，满意率92.9%。") == ["consistent"]


def test_a_count_with_its_own_rate_is_a_peer_not_the_whole_of_the_next_part():
    # 15/22 = 68.2% would hold, but 22名 is itself a part (持证率): the whole is not stated
    assert verdicts(share_of_total, "持有执业证书22名，持证率91.7%；本科学历15名，占68.2%。") == []
    assert verdicts(share_of_total, "全社区有志愿者56名。今年新登记居民52户，登记率92.9%。") == []


def test_a_qichong_sentence_after_a_whole_and_its_parts_takes_the_one_that_fits():
    text = ("全校教职工46人，其中专任教师41人、工勤人员5人。其中本科学历29人，占70.7%；"
            "高级职称6人、一级职称17人、二级及以下18人，分别占专任教师的14.6%、41.5%和43.9%。")
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent"] * 4 and any(r["computed"].startswith("29人/41人") for r in rows)
    # neither 46 nor 41 gives 75.0%: no alarm, the whole being one of two
    assert verdicts(share_of_total, text.replace("70.7%", "75.0%")) == ["consistent"] * 3


# ---------------------------------------------------------------- 以上 in a group's name
@pytest.mark.parametrize("stated, verdict", [("15.8%", "consistent"), ("16.8%", "inconsistent")])
def test_a_group_named_with_yishang_is_a_part_not_the_count_of_items(stated, verdict):
    # 研究生以上36名: a level and above, not 以上三项 (the count of the items listed)
    text = f"全县共有教师520名。按学历分，研究生以上36名、本科402名、专科及以下82名，分别占教师总数的6.9%、77.3%和{stated}。"
    assert verdicts(share_of_total, text) == ["consistent", "consistent", verdict]


def test_the_count_of_items_listed_is_still_no_part():
    assert verdicts(share_of_total, "上述三项分别占全部支出的40%、35%和25%。") == []


def test_a_count_of_those_who_did_not_is_not_the_part_of_a_rate():
    # 未到会3名 names the rest, not the part of 到会率
    rows = run(share_of_total, "应到会代表85名，实际到会代表82名，未到会3名，到会率96.5%。")
    assert [r["verdict"] for r in rows] == ["consistent"] and rows[0]["computed"].startswith("82名/85名")


@pytest.mark.parametrize("stated, want", [("40.6%", ["consistent"]), ("45.0%", [])])
def test_past_a_peer_that_does_not_fit_the_whole_of_the_list(stated, want):
    # 女职工 is another cut of the 32 staff: past 25 and 7 (peers), the whole the 其中 list was taken from — weak
    text = f"全所现有干部职工32名，其中在编干部25名、聘用人员7名；女职工13名，占{stated}。"
    assert verdicts(share_of_total, text) == want


# ---------------------------------------------------------------- the n of an assessment's rates
@pytest.mark.parametrize("stated, verdict", [("93.4%", "consistent"), ("93.5%", "inconsistent")])
def test_rates_of_an_assessment_take_the_participants_of_the_sentence_before(stated, verdict):
    # an invented wording: 参加…测试 in one sentence, the outcome rates in the next
    text = f"全校412名学生参加体质健康测试。合格率{stated}，优秀率12.6%。"
    rows = run(granularity, text)
    assert [r["verdict"] for r in rows] == [verdict, "consistent"] and "n = 412" in rows[0]["computed"]


def test_participants_are_not_the_n_of_a_rate_that_is_no_outcome():
    # 覆盖率 is no outcome of the test; 参观 is no taking part in one
    assert verdicts(granularity, "全校412名学生参加体质健康测试。校园网络覆盖率93.5%。") == []
    assert verdicts(granularity, "全校412名学生参观科技馆。合格率93.5%。") == []


def test_a_count_in_another_semicolon_part_is_no_peer_of_the_n():
    text = "本年度对7名新入职教师进行考核，合格率85.7%；6名骨干教师参加市级公开课评比，获评优秀的比例为70%。"
    assert verdicts(granularity, text) == ["consistent", "inconsistent"]


# ---------------------------------------------------------------- wholes in another unit or measure word
@pytest.mark.parametrize("stated, verdict", [("21.7%", "consistent"), ("25.7%", "inconsistent")])
def test_an_area_share_across_units(stated, verdict):
    # 41.6万亩 of 1,280平方公里: 亩 and 平方公里 are both areas (1 平方公里 = 1,500 亩)
    text = f"全区土地总面积1,280平方公里，其中耕地面积41.6万亩，占土地总面积的{stated}。"
    assert verdicts(share_of_total, text) == [verdict]


def test_a_whole_counted_with_a_plain_measure_word():
    # 9所乡镇中学 (the noun glued to the measure word) of 乡镇中学18所
    text = "全县现有中小学校64所，其中乡镇中学18所。今年有9所乡镇中学完成改造，占乡镇中学总数的50%。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and rows[0]["computed"].startswith("9所/18所")


def test_one_listed_kind_is_not_the_whole_of_all_kinds():
    # 幼儿园总数 is 42, not stated: 民办幼儿园30所 is one kind of it
    assert verdicts(share_of_total, "全县有公办幼儿园12所、民办幼儿园30所。今年有9所公办园完成改造，占幼儿园总数的21.4%。") == []
    text = "全县有幼儿园42所，其中公办幼儿园12所、民办幼儿园30所。今年有9所公办园完成改造，占幼儿园总数的21.4%。"
    assert verdicts(share_of_total, text) == ["consistent"]


@pytest.mark.parametrize("stated, want", [("44.7%", ["consistent"]), ("47.7%", [])])
def test_a_whole_named_with_quanti_takes_the_figure_so_named_that_fits(stated, want):
    # 占全体代表的: 85名 (共有村民代表), not 51名 (党员代表) nearer to it — a weak pairing, reported when it holds
    text = f"全镇共有村民代表85名，其中女性代表23名、党员代表51名；50岁以上代表38名，占全体代表的{stated}。"
    assert verdicts(share_of_total, text) == want


# ---------------------------------------------------------------- N个X中，M个…占; a survey's sample; a list's whole
@pytest.mark.parametrize("text", [
    "全市12座重点湖库中，4座呈轻度富营养状态，占三分之一。",
    "全县38个乡镇中，9个完成改造，占23.7%。",  # invented: the measure word alone on the part
])
def test_a_count_opening_the_clause_after_n_things_zhong(text):
    assert verdicts(share_of_total, text) == ["consistent"]


def test_a_count_opening_the_clause_without_zhong_is_no_part():
    assert verdicts(share_of_total, "全县38个乡镇，9个完成改造，占23.7%。") == []


@pytest.mark.parametrize("stated, want", [("92.3%", ["consistent"]), ("92.4%", [])])
def test_a_survey_rate_takes_the_questionnaires_returned_as_its_n(stated, want):
    # likely, not sure (满意度 may be a weighted index): reported only when it fits
    text = f"发放问卷600份，回收有效问卷574份，有效率95.7%；受访农户满意度{stated}。"
    assert verdicts(granularity, text) == want


@pytest.mark.parametrize("stated, want", [("100%", ["consistent"]), ("93.1%", [])])
def test_a_rate_after_a_qizhong_list_takes_the_whole_as_its_n(stated, want):
    text = f"在编教师43名，其中本科学历21名、专科学历19名、中师及以下3名，学历合格率{stated}。"
    assert verdicts(granularity, text) == want


@pytest.mark.parametrize("stated, want", [("85.9%", ["consistent"]), ("88.9%", [])])
def test_a_group_counted_sections_before_is_named_by_its_head(stated, want):
    # 60岁以上老年人 named again as 老年人 under another heading: a weak pairing, reported when it holds
    text = ("一、基本情况\n全乡户籍人口8,420人，其中60岁以上老年人1,230人。\n二、健康服务\n"
            f"全年组织家庭医生上门服务3次。今年为老年人免费体检1,056人，体检率{stated}。")
    assert verdicts(share_of_total, text) == want


@pytest.mark.parametrize("stated, want", [("14.1%", ["consistent"]), ("15.1%", [])])
def test_an_item_of_the_list_before_a_semicolon_is_not_the_whole_of_the_next_cut(stated, want):
    # 女医生140名 is an item of the 其中 list; the share after ； is another cut of the 320 doctors (weak)
    text = f"全县共有医生320名，其中男医生180名、女医生140名；高级职称45名，占{stated}。"
    assert verdicts(share_of_total, text) == want


def test_the_subject_count_before_a_bare_zhan_is_its_part_not_its_n():
    # 12个村 is the part (of the 45 villages), not the n of 26.7%
    text = "全区45个村中，已有38个村完成改厕，占84.4%；12个村建成污水处理设施，占26.7%。"
    assert verdicts(granularity, text) == []
    assert verdicts(share_of_total, text) == ["consistent"]


@pytest.mark.parametrize("stated, want", [("35.6%", ["consistent"]), ("36.6%", [])])
def test_a_sentence_opening_with_the_groups_head_and_zhong(stated, want):
    # 律师中 names 执业律师612名 by its head: a guess, reported only when it holds
    text = f"全市有律师事务所45家，执业律师612名。律师中女性218名，占{stated}。"
    assert verdicts(share_of_total, text) == want


# ---------------------------------------------------------------- round 3: a reviewer's ordinary sentences
# Finding 1: a count is a rate's n only when the rate's name or clause names what was counted (its noun, its verb,
# or the action whose outcome the rate is) — never merely the nearest count before it.
@pytest.mark.parametrize("text", [
    # the reviewer's sentences
    "全县有幼儿园12所，入园率达到92.3%。",
    "全镇建成村卫生室14个，村医持证率达到96.2%。",
    "新建污水处理厂3座，污水处理率达到87.6%。",
    "建成垃圾中转站6个，生活垃圾无害化处理率达到95.2%。",
    "开通公交线路9条，行政村通公交率达到93.5%。",
    "全区建成标准化考场4个，体检合格率为89.3%。",
    "组建家庭医生团队23个，重点人群签约率达到78.6%。",
    "全县有定点医院7家，住院报销率达到72.5%。",
    "全县有中学6所，高考本科上线率达到56.8%。",
    "全市共设立考点11个，考生到考率为97.6%。",
    "全县设立疫苗接种点15个，适龄儿童接种率达到99.2%。",
    "培训乡村医生7批，培训合格率为92.4%。",
    # our own
    "全镇建成农家书屋8个，群众借阅率达到63.5%。",
    "全县有敬老院9所，五保老人集中供养率为41.3%。",
    "新建村级光伏电站6座，贫困户覆盖率达到87.2%。",
    "改造农村公路桥梁14座，建制村通客车率提高到96.8%。",
    "组建志愿服务队11支，居民参与率达到37.6%。",
])
def test_granularity_needs_the_rate_to_name_what_was_counted(text):
    assert "inconsistent" not in verdicts(granularity, text)


@pytest.mark.parametrize("text", [
    "对9个乡镇开展年度考核，考核优秀率为35%。",          # the things assessed → 优秀率
    "抽检学生饮用水样品13份，合格率为80%。",               # 抽检 → 合格率
    "受理群众诉求9件，办结率为80%。",                     # 受理 → 办结率
    "本季度巡查河段13段，巡查合格率为80%。",               # (an unseen wording) 巡查 → 合格率
    "应参训人员120人，参训率98.6%。",                     # 应参训 is the n of 参训率
])
def test_granularity_still_fails_a_rate_of_the_things_its_action_counted(text):
    assert verdicts(granularity, text) == ["inconsistent"]


# Finding 2: a second rate in a sentence never borrows the first one's part.
@pytest.mark.parametrize("text", [
    "抽检蔬菜200批次，合格196批次，合格率98%；抽检水果50批次，合格率96%。",
    "共抽检药品56批次，合格55批次，合格率98.2%；抽检医疗器械20批次，合格率100%。",
    "检查企业120家，其中合格108家，合格率90%；复查12家，合格率100%。",
    "检查企业120家，合格108家，合格率90%，复查12家，合格率100%。",
    "共检查餐饮单位320家，合格298家，合格率93.1%；检查学校食堂45家，合格率100%。",
    # our own
    "检测饮用水样品80份，合格76份，合格率95%；检测学校食堂样品30份，合格率90%。",
    "调处纠纷320起，成功305起，成功率95.3%；调处医疗纠纷18起，成功率88.9%。",
    "验收项目45个，合格43个，合格率95.6%，复验项目2个，合格率100%。",
    "办理来信260件，办结258件，办结率99.2%；办理来访40批次，办结率97.5%。",
    "培训村干部150人，考核合格146人，合格率97.3%；培训后备干部60人，合格率95%。",
])
def test_a_second_rate_takes_no_part_from_the_first(text):
    assert "inconsistent" not in verdicts(share_of_total, text)
    assert "inconsistent" not in verdicts(granularity, text)


def test_a_second_rate_still_judges_its_own_counts():
    text = "抽检蔬菜200批次，合格196批次，合格率98%；抽检水果50批次，合格45批次，合格率96%。"
    assert verdicts(share_of_total, text) == ["consistent", "inconsistent"]
    # two rates right after the counts they are of still share them
    text = "代表提出建议共21件，已全部办结。代表对答复结果满意18件、基本满意3件，满意率85.7%、基本满意率14.3%。"
    rows = [r for r in run(share_of_total, text) if "/21件" in r["computed"] and r["computed"][0] != "2"]
    assert [r["verdict"] for r in rows] == ["consistent", "consistent"]
    assert rows[0]["computed"].startswith("18件/21件") and rows[1]["computed"].startswith("3件/21件")


# Finding 5: shares over 100 are an error only for groups shown to exclude each other.
@pytest.mark.parametrize("text", [
    "全局干部中，本科以上学历、中级以上职称人员分别占62%和41%。",
    "受访群众中，认为治安好转、环境改善的分别占58.3%和46.2%。",
    "企业反映的问题中，融资难、用工难、用地难分别占48%、35%和22%。",
    "全县贫困人口中，因病、因学、因残致贫分别占45.2%、28.6%和30.1%。",
    # our own
    "全体职工中，高级职称、研究生学历人员分别占18%和87%。",
    "受访企业中，认为营商环境改善、政务服务提速的分别占61.2%和42.5%。",
    "全县脱贫户中，发展产业、外出务工分别占55%和48%。",
    "在册党员中，大专以上、40岁以下分别占58.6%和44.9%。",
    "投诉举报中，涉及价格、涉及质量的分别占56%和47%。",
])
def test_overlapping_groups_may_sum_over_100(text):
    assert "inconsistent" not in verdicts(percent_sum, text)


@pytest.mark.parametrize("text", [
    "按年龄分，35岁以下、36至50岁、51岁以上分别占30%、45%和28%。",     # a classification
    "其中，省、市、县三级资金分别占50%、30%和25%。",                   # the levels of one split, counted
])
def test_groups_shown_to_exclude_each_other_must_sum_to_100(text):
    assert verdicts(percent_sum, text) == ["inconsistent"]


# Finding 7: "对 + count" is a survey's n only when the asking is what was done to them.
@pytest.mark.parametrize("text", [
    "对辖区11个村开展人居环境整治，群众满意度达92.7%。",
    "今年走访企业15家，企业满意率达到96.4%。",
    # our own
    "对全镇9个村开展污水治理，群众满意率达到95.6%。",
    "对辖区7所学校实施校舍改造，师生满意度为91.3%。",
    "对13个小区进行了综合整治，居民满意率达到97.2%。",
    "对6个站所开展作风整顿，服务对象满意度达88.9%。",
    "对辖区5条道路实施亮化改造，沿街商户满意率为86.5%。",
])
def test_work_done_on_places_is_no_survey_of_them(text):
    assert "inconsistent" not in verdicts(granularity, text)


def test_a_satisfaction_survey_of_the_things_counted_is_still_judged():
    assert verdicts(granularity, "对8个窗口开展群众满意度测评，满意率为80%。") == ["inconsistent"]
    assert verdicts(granularity, "抽取来电群众300人进行电话回访，满意率为91.5%。") == ["inconsistent"]


# Finding 8: a rate above 100 is against a plan, never a share or a GRIM claim.
@pytest.mark.parametrize("text", [
    "全县12个乡镇均完成了年度任务，完成率108.6%。",
    "全县12个乡镇均超额完成任务，任务完成率达到108.6%。",
    "全市8个县区均已完成任务，完成率达到103.5%。",
    "8个项目全部完成，完成率105%。",
    "共交办整改问题8个，已完成整改8个，整改完成率达到112.5%。",
    # our own
    "全镇6个村均完成了造林任务，完成率115.2%。",
    "全县15所学校全部完成改造，完成率达到106.7%。",
    "9个项目均已开工，开工率111%。",
    "受理投诉20件，办结22件，办结率110%。",
    "全区7个街道均超额完成招商任务，任务完成率为121.4%。",
])
def test_no_share_or_grim_row_above_100(text):
    assert run(share_of_total, text) == []
    assert run(granularity, text) == []


# 均 of an average (平均出租率) inside the rate's own clause is no "all of them"
@pytest.mark.parametrize("text, verdict", [
    ("建成公租房320套，平均出租率95%。", []),
    ("新建标准化厂房12栋，平均入驻率83.3%。", []),
    ("共收到评价4.5万条，其中差评312条，差评均已回访整改，整改率100%。", ["consistent"]),
    ("八类严重暴力案件23起，全部告破，破案率100%。", ["consistent"]),
])
def test_an_all_word_speaks_of_the_count_only_before_the_rates_clause(text, verdict):
    assert verdicts(share_of_total, text) == verdict


# Round 5: a target or a flow is not the whole of a share
@pytest.mark.parametrize("text, verdict", [
    # the target beside the year's figure is not the whole of 其中…占
    ("全年新增就业3120人，为年度目标3000人的104.0%，其中退役军人624人，占20.0%。", ["consistent"]),
    ("全年新增就业3120人，为年度目标3000人的104.0%，其中退役军人624人，占22.0%。", ["inconsistent"]),
    # our own wording: a 计划 figure in between
    ("今年培训农民工860人次，完成计划800人次的107.5%，其中女性301人次，占35.0%。", ["consistent"]),
    # decoy: the new ones are no whole of the running total
    ("今年新增签约居民2.6万人，全镇累计签约2.4万人，签约率68.5%。", []),
    # a 完成率 is still taken over its plan
    ("计划新建公厕24座，已建成22座，完成率91.7%。", ["consistent"]),
])
def test_target_or_flow_is_no_whole(text, verdict):
    assert verdicts(share_of_total, text) == verdict


# Round 5: words past the part's name that name another measure of it (床位, 产值, 在园幼儿) make another share
@pytest.mark.parametrize("text, verdict", [
    ("全县有医院12家，其中三级医院2家，二级医院6家，三级医院床位占比45.6%。", []),
    ("全县有规上企业126家，其中高新技术企业86家，高新技术企业产值占比68.0%。", []),
    ("全县有幼儿园56所，公办园36所，公办园在园幼儿占比52.3%。", []),
    # our own wording
    ("全区共有商场40家，其中大型商场8家，大型商场营业面积占比为46.2%。", []),
    # the count itself is still a share
    ("全县有幼儿园56所，公办园36所，公办园占比64.3%。", ["consistent"]),
    ("全县有幼儿园56所，公办园36所，公办园占比60.3%。", ["inconsistent"]),
])
def test_another_measure_of_the_part_is_no_share_of_its_count(text, verdict):
    assert verdicts(share_of_total, text) == verdict


# Round 5: 用于…的 names a part of the figure before it
@pytest.mark.parametrize("text, verdict", [
    ("全区财政支出42.6亿元，用于民生的支出31.4亿元，占73.7%。", ["consistent"]),
    ("全区财政支出42.6亿元，用于民生的支出31.4亿元，占74.7%。", ["inconsistent"]),
    # our own wording
    ("全年争取上级资金8.6亿元，用于交通项目的资金3.2亿元，占37.2%。", ["consistent"]),
])
def test_used_for_names_a_part(text, verdict):
    assert verdicts(share_of_total, text) == verdict


# Round 5: "N个X中M个 do something", then its share or rate
@pytest.mark.parametrize("text, verdict", [
    ("全区6个考核断面中4个达到Ⅲ类，达标率66.7%。", ["consistent"]),
    ("全区6个考核断面中4个达到Ⅲ类，达标率83.3%。", ["inconsistent"]),
    ("全县8家乡镇卫生院中6家达到推荐标准，占75%。", ["consistent"]),
    ("全县8家乡镇卫生院中6家达到推荐标准，占70%。", ["inconsistent"]),
    # our own wording: a rate naming the doing in other words holds only weakly (round 33 tried judging a bare 覆盖率 /
    # 普及率 always; a review showed those are over households and people as often: 户厕普及率, 签约覆盖率)
    ("全县13个乡镇中11个建成农技服务站，覆盖率84.6%。", ["consistent"]),
    ("全县13个乡镇中11个建成农技服务站，覆盖率80.6%。", []),
    ("全市20所中学中，有15所开设编程课程，占到75%。", ["consistent"]),
    # decoy: a survey rate is of the people asked, not the places
    ("全县12个乡镇中10个完成改造，群众满意率95.2%。", []),
])
def test_m_among_n(text, verdict):
    assert verdicts(share_of_total, text) == verdict


# Round 5: the rate's verb and a measure (已整改问题金额) against the same measure stated earlier
@pytest.mark.parametrize("text, verdict", [
    ("审计查出问题金额3.68亿元，比上年下降9.1%。\n截至目前，已整改问题金额3.12亿元，整改率84.8%。", ["consistent"]),
    ("审计查出问题金额3.68亿元，比上年下降9.1%。\n截至目前，已整改问题金额3.12亿元，整改率85.8%。", ["inconsistent"]),
    # our own wording
    ("全年排查发现隐患资金2.50亿元。\n年底前已清退隐患资金2.00亿元，清退率80.0%。", ["consistent"]),
    # decoy: another measure named earlier
    ("审计发现违规资金3.68亿元。\n截至目前，已整改问题金额3.12亿元，整改率85.8%。", []),
])
def test_rate_over_the_same_measure_stated_earlier(text, verdict):
    assert verdicts(share_of_total, text) == verdict


def test_survey_rate_over_the_cases_handled_sections_back():
    text = ("一、总体情况\n今年共承办县人大代表建议21件，已全部办结。\n二、主要做法\n坚持办前联系。坚持办中沟通。坚持办后回访。"
            "逐件制定方案。加强督查。强化考核。注重实效。\n三、代表满意度\n代表对办理结果表示满意19件，满意率90.5%。")
    assert verdicts(share_of_total, text) == ["consistent"]
    # only when it holds
    assert verdicts(share_of_total, text.replace("90.5%", "92.5%")) == []


def test_survey_rate_over_listed_answers_takes_the_cases_handled():
    text = ("一、基本情况\n今年我局共承办提案40件，其中主办28件、协办12件。\n二、办理成效\n新建公园3个。\n三、委员反馈\n"
            "委员对办理结果满意34件、基本满意6件，满意率85.0%。")
    assert verdicts(share_of_total, text) == ["consistent"]


def test_people_named_again_as_staff_are_the_same_share():
    assert verdicts(share_of_total, "全县有职工5000人，其中女性2000人，女性职工占比40.0%。") == ["consistent"]


def test_partly_done_count_is_not_the_part_of_the_rate():
    # 部分整改的8个 / 正在办理的6件 name the unfinished, not the done: no share of the other count
    assert verdicts(share_of_total, "对审计发现的问题，已整改到位的52个，部分整改的8个，整改率86.7%。") == []
    assert verdicts(share_of_total, "列入督办的事项，已办结的44件，正在办理的6件，办结率88.0%。") == []
    # with the whole named, the done count is still the part
    text = "审计发现问题60个，已整改52个，部分整改8个，整改率86.7%。"
    assert verdicts(share_of_total, text) == ["consistent"]
    assert verdicts(share_of_total, text.replace("86.7%", "90.0%")) == ["inconsistent"]


def test_share_that_fits_another_count_of_the_sentence_is_not_called_wrong():
    # 236 of the 248 villages, not of the 1,862 members: the pairing is in doubt, no alarm
    text = "全年共完成村级换届248个，选举产生村“两委”成员1,862名，其中“一肩挑”村书记236名，比例达到95.2%。"
    assert verdicts(share_of_total, text) == []
    # another author's phrasing: fits neither count → still wrong
    assert verdicts(share_of_total, text.replace("95.2%", "65.2%")) == ["inconsistent"]
    assert verdicts(share_of_total, "全县有党员3,260名，其中女党员860名，占26.4%。") == ["consistent"]


def test_named_whole_with_a_qualifier_the_share_lacks_yields_to_the_one_that_fits():
    # the nearest 人均可支配收入 is the rural one; the share means the overall one stated before it
    text = ("全体居民人均可支配收入30000元。城镇居民人均可支配收入42000元，农村居民人均可支配收入20000元。"
            "全体居民人均消费支出19500元，人均消费支出占人均可支配收入的65.0%。")
    assert verdicts(share_of_total, text) == ["consistent"]
    # fits no whole named so → still wrong
    assert verdicts(share_of_total, text.replace("65.0%", "71.0%")) == ["inconsistent"]
    # another author's wording: 相当于…的 is left to the existing pairing; a single named whole is judged as before
    assert verdicts(share_of_total, "居民人均可支配收入30000元，人均消费支出19500元，占人均可支配收入的60.0%。") == ["inconsistent"]


def test_rate_of_the_other_twin_count_is_not_called_wrong():
    # 件 and 人 side by side: the rate is of the persons
    text = "全年受理审查逮捕案件380件520人，批准逮捕290件390人，批捕率75.0%。"
    assert "inconsistent" not in verdicts(share_of_total, text)
    # fits neither count → still wrong
    assert verdicts(share_of_total, text.replace("75.0%", "60.0%")) == ["inconsistent"]
    # another author's wording, households and persons
    assert "inconsistent" not in verdicts(share_of_total, "共有监测对象300户900人，已消除风险240户600人，风险消除率66.7%。")


def test_main_classes_need_not_add_up_to_100():
    text = ("全年受理信访事项5000件次。从反映问题看，城乡建设类1500件次，占30.0%；"
            "劳动社保类1000件次，占20.0%；农村农业类750件次，占15.0%。")
    assert "inconsistent" not in verdicts(percent_sum, text)
    # a share that does not fit its part keeps the list judged
    assert "inconsistent" in verdicts(percent_sum, text.replace("占20.0%", "占25.0%").replace("占15.0%", "占35.0%"))
    # another author's wording, with 其他 closing the list: 95% is an error
    closed = "按投诉类型划分，质量类占40%，价格类占30%，服务类占15%，其他类占10%。"
    assert verdicts(percent_sum, closed) == ["inconsistent"]


def test_a_classification_just_under_100_is_still_judged():
    near = ("共提出建议312件。按内容分，经济发展类98件，占31.4%；城乡建设类87件，占27.9%；"
            "教育类76件，占24.4%；民生保障类46件，占14.7%。")
    assert "inconsistent" in verdicts(percent_sum, near)


def test_a_whole_in_brackets_after_the_rate_is_the_one_meant():
    text = "全县常住人口50万人，签约服务20万人；重点人群签约9.6万人，签约率80.0%（重点人群12万人）。"
    assert "inconsistent" not in verdicts(share_of_total, text)
    # fits neither the bracketed whole nor the other: still wrong
    assert "inconsistent" in verdicts(share_of_total, text.replace("80.0%", "70.0%"))


def test_shares_of_some_classes_only_need_not_add_up_to_100():
    # 分领域看 with an item (基础设施投资) that states no share between the two shares: classes overlap / are partial
    text = ("全年固定资产投资增长4.6%。分领域看，工业投资增长12.3%，占固定资产投资的比重为36.5%；"
            "基础设施投资增长6.8%；民间投资下降2.1%，占固定资产投资的比重为48.2%。")
    assert verdicts(percent_sum, text) == []
    # another author's wording: every class with its share, 按…分, summing to 95% stays an error
    whole = "按经费来源分，财政拨款占比60.0%；事业收入占比25.0%；其他收入占比10.0%。"
    assert verdicts(percent_sum, whole) == ["inconsistent"]
