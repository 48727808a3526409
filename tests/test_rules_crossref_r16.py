"""cross_reference and enumeration_count, round 16: a label led by a count before a colon (年初承诺的12件实事全部完成：
新增城镇就业…) names the metric after the colon; a verb that only helps the result named after the number
(促进/帮助 N名退役军人实现就业) does not part two statements of it; unquoted items before their count
(抓好A、B、C三大工程) agree with it."""
from analysis.rules.crossref import cross_reference
from analysis.rules.enumeration import enumeration_count

from rules_cases import run, verdicts


def _rows(rule, text, verdict, year=2020):
    return [r["stated"] for r in run(rule, text, year) if r["verdict"] == verdict]


# ---------------------------------------------------------------- a counted lead before a colon
def test_label_after_a_counted_lead_and_colon():
    text = ("一、民生\n全县城镇新增就业4,180人，发放创业担保贷款1.2亿元。\n"
            "二、实事\n年初确定的10件惠民实事已全部办结：新增城镇就业4,810人，改造老旧小区23个。")
    assert _rows(cross_reference, text, "inconsistent") == ["4,180人; 4,810人"]
    # the same value both times: nothing
    assert "inconsistent" not in verdicts(cross_reference, text.replace("4,810人", "4,180人"))
    # a comparison before the colon keeps the figure out (a change, not the stock)
    decoy = text.replace("年初确定的10件惠民实事已全部办结：", "与上年相比较：")
    assert "inconsistent" not in verdicts(cross_reference, decoy)
    # a plan after the colon (明年要办好10件民生实事：) is a target, not the result
    plan = "全年新增城镇就业3,260人。\n明年要办好10件民生实事：新增城镇就业3,620人，改造老旧小区12个。"
    assert "inconsistent" not in verdicts(cross_reference, plan)


def test_own_phrasing_colon_in_a_briefing():
    # 情况通报: 3项重点任务 before the colon, and a metric the rest of the report never repeats
    text = ("据统计，3项重点任务进展如下：完成农村户厕改造2,560户，建成污水处理站6座。\n"
            "另据住建部门统计，全镇完成农村户厕改造2,650户。")
    assert _rows(cross_reference, text, "inconsistent") == ["2,560户; 2,650户"]
    decoy = text.replace("全镇完成农村户厕改造2,650户", "全镇完成农村危房改造2,650户")
    assert "inconsistent" not in verdicts(cross_reference, decoy)


# ---------------------------------------------------------------- a helping verb before the number
def test_helping_verbs_do_not_part_one_result():
    text = ("一、概述\n全年促进2,370名农民工实现返乡创业，工作取得新成效。\n"
            "二、主要工作\n（一）返乡创业。举办对接会12场，帮助2,730名农民工实现返乡创业。")
    assert _rows(cross_reference, text, "inconsistent") == ["2,370名; 2,730名"]
    assert "inconsistent" not in verdicts(cross_reference, text.replace("2,730名", "2,370名"))


def test_other_verbs_or_other_objects_stay_apart():
    # 培训 is no helping verb: training 2,730 is another count than helping 2,370 find jobs
    text = ("一、概述\n全年帮助2,370名退役军人实现就业。\n"
            "二、培训\n组织适应性培训，培训2,730名退役军人。")
    assert "inconsistent" not in verdicts(cross_reference, text)
    # the same helping verb, another result after the number
    text = ("一、概述\n全年帮助2,370名退役军人实现就业。\n"
            "二、帮扶\n帮助2,730名困难退役军人申领临时救助。")
    assert "inconsistent" not in verdicts(cross_reference, text)


def test_own_phrasing_helping_verb_in_a_news_release():
    text = ("记者从市农业农村局获悉，全年全市扶持1,520户脱贫户发展庭院经济。\n"
            "据介绍，全市共协助1,250户脱贫户发展庭院经济，户均增收3,000余元。")
    assert _rows(cross_reference, text, "inconsistent") == ["1,520户; 1,250户"]
    # a span since a date (今年以来) is another period: left alone
    assert "inconsistent" not in verdicts(cross_reference, text.replace("全年全市扶持", "今年以来全市扶持"))


# ---------------------------------------------------------------- unquoted items before their count
def test_bare_items_before_their_count_agree():
    text = "今年重点抓好城区供水改造、农村公路提升、集镇污水治理三大工程，均已开工。"
    assert verdicts(enumeration_count, text) == ["consistent"]
    text = "坚持防范化解重大风险、精准脱贫和污染防治三大攻坚战一起抓。"
    assert verdicts(enumeration_count, text) == ["consistent"]


def test_bare_items_that_miscount_or_hold_the_count_get_no_row():
    # where an unquoted list starts is not marked: a shorter list gives no verdict
    assert verdicts(enumeration_count, "今年重点抓好农村公路提升、集镇污水治理三大工程，均已开工。") == []
    # the count is itself the last of the items
    assert verdicts(enumeration_count, "围绕乡村振兴、生态保护、三大攻坚战等重点任务开展督查。") == []
    # closed by 等: no verdict of a miscount. (Twelfth session: the row the issue asks of any list closed by 等,
    # unverifiable, where before there was none — the blind writers mark such lists so, e.g. tuning40's
    # 城东、河口等三座泵站; inconsistent only when the list already names more than the count.)
    assert verdicts(enumeration_count, "完成道路硬化、路灯安装等四项工程。") == ["unverifiable"]


def test_own_phrasing_bare_items_in_minutes():
    # 会议纪要: two items before 两个方面
    text = "会议要求，各单位要在制度建设、队伍建设两个方面下功夫。"
    assert verdicts(enumeration_count, text) == ["consistent"]
