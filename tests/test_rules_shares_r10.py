"""Shares, round 10 (hunt in other registers: 情况通报, 提案答复函, 调研报告, 新闻通稿, 表下说明): an item of a 分别为
list is never the whole of its sibling, though its label holds the whole's words (网上申请、当面申请…分别占申请总数的);
and a set of correct passages in phrasings the corpora do not use must give no alarm."""
import pytest

from analysis.rules.ratios import derived_ratio
from analysis.rules.shares import granularity, percent_sum, share_of_total
from rules_cases import run

MINE = (share_of_total, percent_sum, granularity, derived_ratio)


def _bad(text, year=2020):
    return [(r["rule"], r["verdict"], r["span"]) for rule in MINE for r in run(rule, text, year)
            if r["verdict"] in ("inconsistent", "missing")]


# ---------------------------------------------------------------- a listed item is not its sibling's whole
LISTED = "按渠道分，网上申请、当面申请和信函申请分别为128件、96件和56件，分别占申请总数的45.7%、34.3%和20.0%。"


@pytest.mark.parametrize("year", [2020, None])
def test_listed_item_named_like_the_whole_is_not_the_whole(year):
    assert _bad(LISTED, year) == []
    # no stated whole: no share pairing at all, the shares still summed
    assert [r["verdict"] for r in run(percent_sum, LISTED, year)] == ["consistent"]
    # the broken twin: the shares no longer add up to 100
    assert "inconsistent" in [r["verdict"] for r in run(percent_sum, LISTED.replace("34.3%", "38.3%"), year)]


def test_listed_item_with_the_whole_stated_before():
    text = "全年共收到申请280件。" + LISTED
    assert _bad(text) == []
    assert [r["verdict"] for r in run(share_of_total, text)] == ["consistent"] * 3
    bad = [(r["verdict"], r["stated"]) for r in run(share_of_total, text.replace("34.3%", "38.3%"))]
    assert ("inconsistent", "38.3% (96件 of 280件)") in bad or any(v == "inconsistent" and "38.3%" in s for v, s in bad)


def test_listed_item_own_phrasing():
    # invented: 来电、来信、来访 each a 反映 kind, 分别占反映总量的 with no whole stated — no share pairing
    text = "从反映方式看，来电反映、来信反映、来访反映分别为310件、150件、40件，分别占反映总量的62%、30%、8%。"
    assert _bad(text) == []
    assert "inconsistent" in [r["verdict"] for r in run(percent_sum, text.replace("30%", "40%"))]


# ---------------------------------------------------------------- correct passages in other registers: no alarm
CORRECT = [
    "截至10月底，全市共受理群众来信来访120件，已办结97件，其中涉及物业纠纷的37件，占受理总量的30.8%。",
    "贵委员提出的关于加强农村饮水安全的提案收悉。目前我县农村集中供水覆盖人口达到18.6万人，占农村总人口20.0万人的93.0%。",
    "本次调研共发放问卷250份，回收有效问卷168份，有效回收率为67.2%。受访者中，认为营商环境“明显改善”的占57.1%。",
    "记者从市人社局获悉，今年以来全市新增城镇就业2.46万人，其中高校毕业生0.83万人，占比33.7%；就业困难人员0.31万人，占比12.6%。",
    "注：表中合计数为386家，其中国有企业54家，占14.0%；民营企业301家，占78.0%；外资企业31家，占8.0%。",
    "截至年末，集团资产总额为526.40亿元，负债总额为318.20亿元，资产负债率为60.4%，较年初下降1.2个百分点。",
    "全县现有中小学在校学生48620人，专任教师3615人，生师比约为13.4:1。",
    "全年共查处违法案件412起（其中食品类案件158起，占38.3%），罚没款合计263.7万元。",
    "本年度已公开政府信息1560条，其中主动公开1482条，主动公开率达95.0%。",
    "参加考核的28个单位中，评为优秀的有9个，占32.1%。",
    "本期培训学员共20人，结业考试优秀率为45%。",
    "说明：本表收入总计为24.00万元，其中一般公共预算拨款14.62万元，占60.9%；政府性基金9.38万元，占39.1%。",
    "全年出生人口3126人，年平均常住人口41.8万人，人口出生率为7.48‰。",
    "受访的560户家庭中，有存款的家庭为347户，比例为62.0%；有负债的家庭为118户，比例为21.1%。",
    "全年清理拖欠农民工工资4850万元，惠及农民工2136人，其中建筑领域3620万元，占74.6%。",
    "巡察反馈问题46个，已完成整改41个，整改完成率89.1%，其余5个正在推进。",
]


@pytest.mark.parametrize("text", CORRECT)
@pytest.mark.parametrize("year", [2020, None])
def test_correct_passages_give_no_alarm(text, year):
    assert _bad(text, year) == []


@pytest.mark.parametrize("text,old,new", [
    (CORRECT[0], "30.8%", "32.8%"),
    (CORRECT[4], "78.0%", "73.0%"),
    (CORRECT[5], "60.4%", "64.0%"),
    (CORRECT[8], "95.0%", "93.0%"),
])
def test_broken_twins_are_caught(text, old, new):
    assert any(v == "inconsistent" for _, v, _ in _bad(text.replace(old, new)))
