"""The same metric, scope and period stated twice in one report: consistent when the values agree, inconsistent
when they cannot both hold.

Conservative on purpose (a false alarm costs more than a miss): the metric must be named right before both figures and be
specific (three characters or more, not 企业 or 资金); the scope (new this year, last year, cumulative or stock), the
place (全县 vs 全市) and the period (the years in the sentence) must agree; plans, bases, targets, ranges, sub-periods
(国庆期间, 上半年, 3月至5月) and qualified figures that could agree are left alone; under a heading of plans, a figure
its clause says is done (已整改…) in a sentence that plans nothing is a result.

A conflict is read from one of these kinds of evidence:
- the same metric word before both figures (国家级高新技术企业98家 … 96家);
- the same characters naming it in another order or with time and completion words dropped (刑事案件立案 /
  全年立刑事案件; 其中市本级 after a total of 审计项目 / 市本级全年完成审计（调查）项目);
- two neighbouring digits swapped (4,860 / 4,680个) under names where the shorter reads inside the longer or that
  use the same characters in another order (部门预算收入 / 收入预算总额);
- the noun after the count (交由43个承办单位 / 45个承办单位), the units of a place (下辖社区11个 / 全街道12个社区),
  a back-reference (共完成审计项目46个 / 上述48个审计项目), a share in words and then exactly (近一半，达47.8%),
  a count of the whole with a word for all (在校学生812人 / 全校815名学生全部参加…).
Two values more than a factor of two apart with no slip of the pen between them (the same digits at another magnitude,
digits swapped, one digit otherwise) are two things named alike, not one figure miswritten (see _FAR_APART: measured on
the blind sets and on judged real excerpts).
Parts are kept apart from the whole: 其中 after a total restricted to a class (规模以上…), a sentence opening with 其中,
a segment that opens with its own subject (小学418所，在校生…), numbered items led by names of one kind, a part of the
place leading a clause (城区…), and measures on a stated basis (按新口径).
Restatements with one value get a consistent row (_restated).
Filler words around a metric are dropped (发生各类生产安全事故 = 发生生产安全事故, 养老机构数量 = 养老机构; a total named
…总数 is not paired with a part after 其中); a plan's base dated to the period (以2019年…216.8亿元为基数) and a result
dated before a plan heading's year (综上，2020年… under 2021年工作打算) are the period's values; the whole set a part is
taken from (全市43个农贸市场快检室中，有11个…) restates the count; one amount restated at once in another unit
(28.0亿元，即280000万元) is judged. Kept apart too: attributes and anaphors (涉及资金, 该类问题), a 本级 scope, per-head
values, a part of the year named by the heading or the paragraph's opening (一、一季度), and two headings that name two
of a kind (一、农业专项资金 / 二、教育专项资金).
Also kept apart: a metric given three values or more (a breakdown by sections, not a restatement), two subjects a
paragraph names in turn (县人民医院是…。全年门急诊… 县中医院是…。全年门急诊…), sub-heading lines naming two bodies or
places ((一）实验小学 / （二）城关中学), a sentence led by the set it counts within (抽查资金中，), a status word (已办复),
several years told together (五年来, 2019—2023年), a heading that names the year before (2022年主要经济指标), a
section of targets (一、年度目标). A summing-up (总体来看，…, 五、结语) that restates the one rate named so before it
(综合满意率…83.3% / 政务服务综合满意率为84.3%) is judged.
Summaries reworded: a closing address (各位代表，过去一年，…) or a summing-up under a heading of 总结 and plans is a result;
completion verbs (完成/实现), a colon lead (主要成效：), the reporter's own ground (我县, 辖区) and 地区 of 地区生产总值 name
nothing of their own; a running total after the clause of new ones (新建X18个，累计达到126个) is named by that noun; a
threshold passed (突破4,500元) is a lower bound; a growth rate restated (固定资产投资增长26.1%) and an indicator table's
actual amount restated in the text are judged; swaps are read across a shared verb character (受理/办理) and across a
long shared phrase (已经解决或基本解决的…68件 / …86件); 万 dropped after 亿 (1.85亿元 / 18500元), per head, or in a
summing-up naming the funds in other words is a slip of units.
Closing lines after the plan section (round 20): other words of looking back (回顾一年，/ 纵观全年，/ 这一年，/ 全年来，),
a year leading the sentence (各位代表，2013年…) dating all its clauses, and a closing paragraph that plans nothing (no plan
word, no time ahead, no bound, no plan year) and restates one amount word for word sum the year up; in such a sentence
争取 with its object, 主要 and 好于预期 are results. A summary rate named with an adverb (仅), in other order or shortened,
a status rate on a day restated (agreement only), a count named by a bare verb whose object the count before it named
(受理…，办结… / 办结投诉…), a count told before its noun (完成42个村环境整治 / 完成整治村42个) and a name shortened or
lengthened in a summing-up (inconsistent only with two digits swapped) are judged; two classes joined by 和 are their
sum, not a swapped restatement.
Partners (round 21): a sentence in another paragraph that repeats one of an earlier sentence's values under a related
name restates that sentence, so its other figures (amounts and rates) are read against that sentence's, not against a
nearer figure of the metric; a summing-up's shortened name is inconsistent also with one digit written otherwise in the
same scope; a count after its noun with the verb before it (全年承办的78件代表建议) restates the count of that noun named
before; a table's row (gaps, bars, or a line of a name and its value) is restated in the text in any unit; the overview
(opening paragraph, 一、基本情况) is restated by a summing-up or a closing line of results under the plans; 规上 is
规模以上, 比率 is 比例, 承办 is 办理; 去年底， leading a sentence dates it to the year before.
Partners by their words (round 24): a figure a summing-up gives (总体来看，/ 全年来看，/ 回顾一年来的工作，/ the closing
line / a heading that is itself 总结 or 结语) is read against the earlier mentions of its unit, scope and place, and its
partner is the mention whose name shares the most words with it (shortened, reordered, another verb, the noun after
the count): a metric told twice with one value (x, x) and summed up as y conflicts, and so does the body's value of a
metric that the overview and the summary both give otherwise (x, y, y); a shorter name may be a wider class (larger,
never smaller), two names joined by 和 or told for two bodies in turn are kept apart, and a rate restated is read for
its agreement only (_summary_partners). A running total from a start (“十四五”以来累计…) is the running total a
summing-up restates. One metric named alike in a narrower scope — the new ones (新增) within the period's count, the
body's own part (本级, 市直, 机关) within all — cannot be larger than in the wider (_part_exceeds_whole). A sentence led
by named bodies (实验小学、滨湖中学…) counts their own; a sentence that plans for a later year (2020年计划…) is a plan in
all its clauses.
Sections restating the whole (round 24, A2): a figure in a section whose sentence names the whole year or place again
(全年, 全县, 今年), led by no body or place of its own and under no sub-heading naming one, is read as a summing-up is,
against the overview's figures and those of earlier sections that name the whole as well (热线全年受理群众诉求8.26万件 /
全市12345热线共受理群众诉求8.62万件): its partner's name must be its own shortened, reordered (危房改造 / 改造农村危房) or
with a verb of one act (建成 / 新建, 收到 / 受理), never with a word of its own in place of one (受理 / 审结); 其中, the
body's own part (本局), another year and two words in another order (审计项目 / 政府投资项目结算审计) keep apart. A colon's
lead (主要指标：) and a bracket opened before the figure name nothing of it; 全年累计 is the year's count; an item of one
or two characters after its subject's figure (事故126起，死亡38人) keeps the subject's name, 发生 and the count of its
own unit (人数) name nothing. A target told twice (年度目标3,500人 … 完成年度目标3,600人的…%) is one target: named by
its clause without the target's words, or by the result its sentence gives before it (_targets_twice).
Summaries and problems restating the body (round 26): targets said met before a colon (全面完成了…确定的各项目标任务：…)
list results; 总结全年， sums the year up; a part of the year the title makes the report's period (2013年上半年工作总结)
and the session a report on motions is titled by (县十八届人大五次会议期间) are its own frame, and a heading that plans the
other half (存在的问题和下半年打算) does not date a sentence of problems; a summing-up's shortened name whose value is a
slip away (swapped neighbours, one digit) restates that metric, though it would read as a wider class; one short name
told alike (支出 / 本局全年支出) or a noun of two characters ending the longer name (其中投诉 / 处理消费者投诉) is read in a
swap restated in a summing-up or a review of problems (a heading of 存在问题, 不足, 困难 — not 问题产品); 人 and 名 count
people alike; a review of problems naming this year (今年新识别…12户43人中) restates with two digits too; 事故起数 names
the accidents for the items after it.
Two things under one name (round 28, real reports): values more than 2× apart with no slip between them (the same
digits at another magnitude, permuted, one digit otherwise) are a part and its whole when one is in the item of a
company brought in (引进…公司投资…，今年到位资金…), or two campaigns when each sits under a topic line its paragraph
tells (打击电信网络诈骗 / 扫黑除恶); two sentences giving several measures of one name with other values tell two
events in turn (_parallel_apart); a growth per head (人均…增长) is not the total's; a basis an earlier clause's rate
follows (按可比价格计算增长…) frames that rate only.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from decimal import Decimal

from .. import schema
from ..ingest import spaced_cells
from .common import (in_order, ANY_DIGIT, AMONG_ZHONG, CJK_CHAR, _SUB_PERIOD, denied, item_label, sig_digit_run, slipped, tail_shared, AREA as _AREA, CLAUSE_SEP, OWN_TARGETS_LEAD, home_level, other_place, RESULT_IN_PLAN, SENT_SEP, SET_LIST_LEAD, Fig, cached, clause_end,
                     clause_start, clause_starts, figs_by_sentence, figs_of, in_plan as _common_in_plan, is_per_unit, period_problem, PROBLEMS_HEADING,
                     is_reference, is_sub_period, is_target, label_of, paragraph_start, per_figure, plan_heading, result)
from .intervals import Interval
from .tables import tables_of

# clauses cut at list commas too (a list item's label)
_ITEM_SEP = CLAUSE_SEP + "、"


def _clause_starts(doc, folded: str, figs: list[Fig]) -> list[int]:
    """clause_start of every figure (a list aligned with figs), once per document's figures."""
    return cached(doc, "_cr_clause_starts_cache", figs, lambda: clause_starts(folded, [f.start for f in figs]))


def _exact_counts(doc, folded: str, figs: list[Fig]) -> list[tuple[Fig, int]]:
    """(figure, clause start) of each exact count in a sentence with no qualifier, once per document's figures."""
    return cached(doc, "_cr_exact_cache", figs, lambda: [
        (f, cs) for f, cs in zip(figs, _clause_starts(doc, folded, figs))
        if f.kind == "count" and not f.qualifier and f.sent >= 0 and f.exact])


def _of_kind(doc, figs: list[Fig], kind: str) -> list[int]:
    """The indices of the figures of one kind (percent, fraction…), in text order, listed once per document's
    figures and kind."""
    by_kind = cached(doc, "_cr_kinds_cache", figs, dict)
    got = by_kind.get(kind)
    if got is None:
        got = by_kind[kind] = [i for i, f in enumerate(figs) if f.kind == kind]
    return got


def _item_starts(folded: str, figs: list[Fig]) -> list[int]:
    """The start of each figure's list item (clause_start with _ITEM_SEP), aligned with figs."""
    return clause_starts(folded, [f.start for f in figs], _ITEM_SEP)

@per_figure
def _crossref_plan(folded: str, doc, f: Fig) -> bool:
    """common.in_plan (which counts a section headed as the coming year's targets or tasks), except for what a plan
    section reports as done or past."""
    if _TARGET_AFTER.match(folded, f.end) or _quoted_target(folded, f) or _target_list(doc, folded, f) \
            or _planned_in_sentence(doc, folded, f) or _later_year_planned(doc, folded, f) or _budget_lead(doc, folded, f):
        return True  # (the cheapest readings first)
    # (a sentence of problems under a heading of problems and plans: the period's for in_plan, but a round number there
    # is more likely next year's target — 全年新增城镇就业6,000人，确保… — and two digits are the year's only when their
    # clause names it: 今年新认定…23户65人中, not 新认定…23户65人中)
    return ((_common_in_plan(folded, doc, f) or _run_in_plan(doc, folded, f)
             or (period_problem(folded, doc, f) and _round_in_problems(doc, folded, f)))
            and not (_done_in_plan(doc, folded, f) or _past_in_plan(doc, folded, f) or _summed_in_plan(doc, folded, f)))


_BUDGET_COLON = re.compile(r"预算(?:为|是)[：:]")
_DONE_WORDS = re.compile(r"执行|完成|实现|实际|决算|调整")


def _budget_lead(doc, folded: str, f: Fig) -> bool:
    """县人代会批准的年初预算为：一般公共预算收入76138万元（税收收入…、非税收入29130万元）: the figures a budget's colon
    leads are budgeted, not results."""
    if f.sent < 0:
        return False
    m = _BUDGET_COLON.search(folded, doc.sentences[f.sent].start, f.start)
    return m is not None and not _DONE_WORDS.search(folded, m.end(), f.start)


# a year, then what is planned for it (2020年计划…, 2024年力争…, 2025年目标…), the planner or place between in a few
# words (2024年我们将…, 2024年，全镇力争…)
_YEAR_PLANNED = re.compile(r"((?:19|20)\d\d)年度?[，,]?[^，,。；;\d\n]{0,6}?(?:计划|力争|预计|目标|将|拟|争取|要)")


def _later_year_planned(doc, folded: str, f: Fig) -> bool:
    """…自评得分92分。2020年计划支持企业研发项目35项，新认定高新技术企业6家 (in a report on 2019): a sentence that
    plans for a year after the report's is a plan in all its clauses, under whatever heading — unless the text between
    says it is done (实际, 已, 截至)."""
    if f.sent < 0 or not doc.year:
        return False
    s0 = doc.sentences[f.sent].start
    last = None
    for m in _YEAR_PLANNED.finditer(folded, s0, f.start):
        if int(m.group(1)) > doc.year:
            last = m
    return last is not None and not _PLAN_UNDONE.search(folded, last.end(), f.start)


# a sentence that opens with named bodies in a list (区第三实验小学、滨湖中学于9月1日如期投入使用，新增学位3240个): its
# figures are of those bodies, not of the whole the report counts. A name ends with what names a body or a place
# (中心 as a word: 中 alone ends 高中, a class of schools) and stops at its first verb (全县初中和高中新增学位: no body
# ends 新增学); a lead of the whole (全县, 各乡镇, 所有, 本级) names no bodies
_BODY_NAME = (r"(?:(?!新增|新建|建成|完成|投入|实现|开展|改造|改扩建|开工|竣工|累计|共)[\u4e00-\u9fff]){2,12}?"
              r"(?:中心|街道|[院校学局所站镇乡村司厂馆队园社委区])")
_BODIES_LEAD = re.compile(rf"\s*(?!全|各|所有|本){_BODY_NAME}(?:[、和及与]{_BODY_NAME})+(?![\u4e00-\u9fff]{{0,2}}[、])")


@per_figure
def _bodies_lead(doc, folded: str, f: Fig) -> bool:
    """A sentence led by named bodies (实验小学、滨湖中学…), or by one quoted name (“一小时经济圈”完成地区生产总值…): its
    figures are theirs."""
    if f.sent < 0:
        return False
    s0 = doc.sentences[f.sent].start
    return bool(_BODIES_LEAD.match(folded, s0) or _QUOTED_LEAD.match(folded, s0))


# (a quoted region or body — “一小时经济圈”, “渝东北翼”, “城东组团” — not a campaign: “项目建设年”)
_QUOTED_LEAD = re.compile(r"\s*“[^”“，,。；;]{1,10}(?:圈|带|翼|区|片|组团|板块|园区|新区|县|镇|乡|村|街道|园|城)”(?:\[\d{1,2}\])?"
                          r"(?:完成|实现|全年|共|累计)")


def _summed_in_plan(doc, folded: str, f: Fig) -> bool:
    """五、总体评价和明年计划 / 总的看，全年城镇新增就业1.26万人，…: a sentence that sums up (总的看，…) under a heading of plans,
    with no plan word before the figure, sums up the year's results."""
    if f.sent < 0:
        return False
    s0 = doc.sentences[f.sent].start
    if _SUMMARY_LEAD.match(folded, s0) or _LOOK_BACK_LEAD.match(folded, s0) or _closing_lead(doc, folded, s0):
        return _plans_nothing_before(doc, folded, f, summing=True)
    # 四、总结与下一步打算 / 总的来看，…。全年共办理投诉举报1,864件: under a heading that names a summing-up too, a
    # sentence that plans nothing and names no later year before the figure sums up the year
    heading = doc.section_at(f.start) or ""
    if _PROBLEMS_HEADING.search(heading) and not _SUMMARY_HEADING.search(heading):
        # 三、存在问题 / 四、存在问题和下一步打算 with 全年虽查处环境违法案件124件，但…: what falls short is told of the year
        # done — under a heading of problems alone, or in a concession (虽…，但…) under one of problems and plans — in a
        # sentence that plans nothing (under such a heading 一是稳就业，全年新增城镇就业6,512人 may be next year's item)
        s0, s1 = doc.sentences[f.sent].start, doc.sentences[f.sent].end
        return bool((not _PLAN_HEADING_WORD.search(heading) or _CONCESSION.search(folded, s0, f.start))
                    and _plans_nothing_before(doc, folded, f)
                    and not any(int(y) > (doc.year or 9999) for y in _YEAR_RX.findall(folded, s0, s1)))
    if not _SUMMARY_HEADING.search(heading) or not _plans_nothing_before(doc, folded, f):
        return False
    return not any(int(y) > (doc.year or 9999) for y in _YEAR_RX.findall(folded, s0, f.start))


# 一年来，全区家庭医生签约16.8万人: a sentence that opens by looking back over the year reports its results
# (各位代表，过去一年，…: the closing address of a 政府工作报告 may open with its hearers)
# (回顾一年，/ 回首全年，/ 纵观全年，/ 这一年，/ 全年来，: other words for looking back over the year; 回顾2020年，… with a year
# is _past_in_plan's, which compares the year with the plan's; 总结全年，/ 总结一年来的工作，: summing the year up)
_LOOK_BACK_LEAD = re.compile(r"\s*(?:(?:各位代表|各位委员|同志们)[，,])?(?:一年来|一年以来|过去的?一年(?:里|中|来)?|"
                            r"(?:回顾|回首|纵观|综观|总结)(?:全年|一年来?|过去的?一年)(?:来)?(?:的?工作)?|这一年(?:里|来|中)?|全年来|今年以来|年初以来)"
                            r"(?:[^，,。；;！!\n\d０-９]{2,12})?[，,]")  # (一年来全县上下团结奋进，: a clause of no figure)


# 城镇新增就业2.8万人的年度目标顺利完成, 完成造林1.2万亩任务: a figure named a target right after it restates the target
_TARGET_AFTER = re.compile(r"的?(?:年度|全年|既定|预期|阶段性?|工作)?(?:目标|任务|指标)")


# 年度绩效目标为：完成…620公里，实施安保工程45公里: every item after the colon is a target
_TARGET_COLON = re.compile(r"(?:目标|任务|计划)(?:为|是)?[：:]")


def _target_list(doc, folded: str, f: Fig) -> bool:
    """A figure after 目标为： / 任务： in its sentence, with nothing between saying it is done (实际, 已, 截至)."""
    if f.sent < 0:
        return False
    s0 = doc.sentences[f.sent].start
    m = None
    for m in _TARGET_COLON.finditer(folded, s0, f.start):
        pass
    if m is not None and not _PLAN_UNDONE.search(folded, m.end(), f.start) and (
            not _targets_met(folded, s0, m) or _item_a_target(folded, m.end(), f)):
        return True
    return _sets_targets_lead(doc, folded, f, s0)


def _item_a_target(folded: str, colon_end: int, f: Fig) -> bool:
    """After targets said met (全面完成了县下达的目标任务：), is the item still a target — its own clause naming one
    (县下达我镇一般公共预算收入3.40亿元) or a completion rate right after it (…，完成率100.6%)?"""
    cs = max(colon_end, clause_start(folded, f.start, _ITEM_SEP))
    return bool(_TARGET_IN_ITEM.search(folded, cs, f.start) or _RATE_AFTER.match(folded, f.end))


_TARGET_IN_ITEM = re.compile(r"下达|目标|任务|计划|指标")
_RATE_AFTER = re.compile(r"[^，,；;。\d]{0,4}[，,]?[^，,；;。\d]{0,6}完成率")


# 圆满完成了…确定的各项目标任务：财政总收入达到1.28亿元，…: targets the sentence says were met, then what was achieved
_MET_BEFORE_COLON = re.compile(r"(?:完成|实现|达成)了?[^，,。；;：:\d]{0,30}?(?:目标|任务|计划)(?:任务)?(?:为|是)?[：:]")


def _targets_met(folded: str, s0: int, colon: re.Match) -> bool:
    """Does the lead of a list of targets say they were met (全面完成了年初确定的各项目标任务：), with no word of aim
    before the verb (确保完成全年目标任务：, 力争实现…目标： plan): the items after the colon are results."""
    k = folded.rfind("完", s0, colon.start())
    starts = [k] if k >= 0 else []
    starts += [x for x in (folded.rfind("实现", s0, colon.start()), folded.rfind("达成", s0, colon.start())) if x >= 0]
    return any(_MET_BEFORE_COLON.fullmatch(folded, k, colon.end()) and not _AIM_WORD.search(folded, s0, k)
               for k in starts)


_AIM_WORD = re.compile(r"确保|力争|争取|努力|将|拟|要|预计|计划|打算|明年|新的一年")


# 经统计确定：… / 经核查明确：…: a lead that checks what was done reports results, sets no targets
_CHECKED_LEAD = re.compile(r"统计|核查|核实|核定|审计|验收|认定|测算|汇总")


def _sets_targets_lead(doc, folded: str, f: Fig, s0: int) -> bool:
    """A figure in a sentence that opens by setting targets — the year's own (年度目标任务为…, 2024年主要目标是…) or a
    list set by a body (镇人代会确定2025年办好五件民生实事：…, 年初下达…：…) — after the lead, with nothing between
    saying it is done: a target, never a statement of the metric its result is (targets.py reads these leads)."""
    head = folded[s0:min(f.start, s0 + 80)]
    if "目标" in head or "任务" in head or "计划" in head:
        m = OWN_TARGETS_LEAD.match(folded, s0)
        if m and m.end() <= f.start and not _PLAN_UNDONE.search(folded, m.end(), f.start):
            return True
    if "：" not in head and ":" not in head:
        return False
    m = SET_LIST_LEAD.match(folded, s0)
    if not m or m.end() > f.start or _CHECKED_LEAD.search(folded, s0, m.end()):
        return False
    return not RESULT_IN_PLAN.search(folded, s0, doc.sentences[f.sent].end)


# “完成水利投资15亿元、…、普及率达到85%”三大年度目标: a quoted phrase named a target right after its close
_QUOTE_THEN_TARGET = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:目标|任务|指标)")


def _quoted_target(folded: str, f: Fig) -> bool:
    """A figure inside “…” whose closing quote is followed at once by a word for targets (…”三大年度目标)."""
    close = folded.find("”", f.end, f.end + 80)
    if close < 0 or "“" in folded[f.end:close] or "。" in folded[f.end:close]:
        return False
    open_ = folded.rfind("“", max(0, f.start - 80), f.start)
    if open_ < 0 or "”" in folded[open_:f.start]:
        return False
    return bool(_QUOTE_THEN_TARGET.match(folded, close + 1))


# a heading run into its paragraph (五、2025年目标。…, 六、下半年打算。…, （三）下一步计划：…)
_RUN_IN_HEAD = re.compile(r"\s*(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)])[^。\n，,；;：:]{2,20}[。：:]")


def _run_in_plan(doc, folded: str, f: Fig) -> bool:
    """The figure's paragraph opens with a heading of plans or targets closed by 。 or ： (a heading alone on its line
    is common.in_plan's)."""
    m = _RUN_IN_HEAD.match(folded, paragraph_start(folded, f.start), f.start)
    if m and _RESULTS_SECTION.search(doc.section_at(f.start) or ""):
        return False  # 三、绩效目标完成情况 ⏎ （一）产出目标。…全年共实施各类农业项目28个: an area of targets, their results
    return bool(m) and plan_heading(m.group(0).strip().rstrip("。：:"), doc.year)


# a section that reports how targets went (绩效目标完成情况, 目标执行情况), under which a run-in 产出目标 names an area
_RESULTS_SECTION = re.compile(r"完成情况|执行情况|实现情况|落实情况|完成结果")


# 计划新建…、改造…, 项目计划实施, 县里安排改造…: 计划/安排/部署 used as a verb of intent — followed by a work verb,
# not a noun (计划生育, 计划任务, 安排资金, 完成计划的95.8%) nor read after 按/超/完成 (按计划推进 reports progress)
# (each word opens on its first character, the look-back after it: the engine skips straight to 计, 安 and 部)
_PLAN_INTENT = re.compile(r"(?:计(?<![按照超完成列纳].)划|安(?<![按照超完成列纳].)排|部(?<![按照超完成列纳].)署)(?:于|在|到|年内|今年|当年|全年|再|对|共|新|改|扩|续|建|修|实施|开展|"
                          r"培训|招|投|安排|组织|举办|发放|落实|推进|引进|种植|造|植|整治|治理|硬化|铺设|打造|提升|创建|"
                          r"筹集|采购|购置|接种|检测|覆盖|帮扶|资助|转移|提供|解决|启动|开工|竣工|收储|供应|征收|拆除|"
                          r"搬迁|安置|完成|实现|达到|用|争取|增加|减少|下达|分配|支出|使用)")
# what says a figure after the plan word is done, not planned (计划新建6处，实际新建5处 / 已建成4处)
_PLAN_UNDONE = re.compile(r"实际|已|截至|截止|完成了|建成了|目前")


def _planned_in_sentence(doc, folded: str, f: Fig) -> bool:
    """A figure in a sentence that states a plan (项目计划新建集中供水工程6处、改造管网48公里), its later list items
    included: a plan, never restated by the actual a later sentence reports — unless the text between says it is
    done (实际, 已, 截至)."""
    if f.sent < 0:
        return False
    s0 = doc.sentences[f.sent].start
    last = None
    for m in _PLAN_INTENT.finditer(folded, s0, f.start):
        last = m
    if last is not None and folded[last.start():last.start() + 2] == "计划" and last.start() >= s0 + 4 \
            and folded[last.start() - 4:last.start() + 2] in _title(folded):
        return False  # …学生营养改善计划项目支出绩效自评报告: …营养改善计划共惠及学生41526人 — the programme the report
        # evaluates, named as its title names it, is no plan
    return last is not None and not _PLAN_UNDONE.search(folded, last.end(), f.start)


# the whole year named at the head of a sentence (全年，…): in the report's closing paragraph, a summing-up
_CLOSING_YEAR_LEAD = re.compile(r"\s*(?:全年|本年度?|年内)[，,]")
_ITEM_PARAGRAPH = re.compile(r"\s*(?:[一二三四五六七八九十]{1,2}[是、]|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.．、])")
_SIGN_OFF_LINE = re.compile(r"[^，,。；;：:\n]{0,30}")


def _closing_start(doc, folded: str) -> int:
    """The start of a report's closing paragraph — its last paragraph of prose, before the lines that sign it off
    (the issuer, the date) — or -1 (read once per document)."""
    got = doc.__dict__.get("_cr_closing_cache")
    if got is not None:
        return got
    end, got = len(folded), -1
    while True:
        p = folded.rfind("\n", 0, end)
        line = folded[p + 1:end]
        if line.strip() and not _SIGN_OFF_LINE.fullmatch(line.strip()):
            got = p + 1
            break
        if p < 0:
            break
        end = p
    doc.__dict__["_cr_closing_cache"] = got
    return got


def _closing_lead(doc, folded: str, s0: int) -> bool:
    """_closing_lead_at, once per sentence start."""
    p0 = _closing_start(doc, folded)
    if s0 < p0 or p0 < 0:
        return False  # (the cheap test first: only the closing paragraph's opening sentence)
    memo = doc.__dict__.setdefault("_cr_closing_lead_cache", {})
    got = memo.get(s0)
    if got is None:
        got = memo[s0] = _closing_lead_at(doc, folded, s0)
    return got


def _closing_lead_at(doc, folded: str, s0: int) -> bool:
    """A sentence that opens the report's closing paragraph, where that paragraph is not the first under its heading
    nor a numbered item, and that is led by the whole year (全年，…) or plans nothing at all — no plan word, no word of
    the time ahead (新的一年, 今后), no bound (以上, 左右), no year of the plan: the closing lines after a section of
    plans sum the year up (…明年力争…。\n全年，区政府系统承办的214件提案全部办结，… / 总而言之，全县城镇新增就业…)."""
    p0 = _closing_start(doc, folded)
    if s0 < p0 or p0 < 0 or folded[p0:s0].strip() or _ITEM_PARAGRAPH.match(folded, p0):
        return False  # (the cheap test first: only the closing paragraph's opening sentence)
    tops = doc.top_sections()[0]
    i = bisect.bisect_right(tops, p0 - 1) - 1
    if i < 0:
        return False
    head_end = folded.find("\n", tops[i])
    if not (0 <= head_end < p0 and folded[head_end:p0].strip()):
        return False  # (a paragraph of the section comes before it)
    if _CLOSING_YEAR_LEAD.match(folded, s0):
        return True
    sent = doc.sentence_at(s0)
    end = sent.end if sent is not None else folded.find("\n", s0)
    if _AHEAD.search(folded, s0, end) or not _plans_nothing_in(folded, s0, end):
        return False
    limit = min((int(y) for y in _YEAR_RX.findall(doc.section_at(s0) or "")), default=(doc.year or 0) + 1)
    if any(int(y) >= limit for y in _YEAR_RX.findall(folded, s0, end)):
        return False
    # (a restatement, not targets written plainly: one of its amounts is told word for word before)
    return any(m.group(0) in folded[:p0] for m in _AMOUNT_TOKEN.finditer(folded, s0, end))


# the time ahead or a bound set on it, anywhere in a closing sentence
_AHEAD = re.compile(r"新的一年|明年|来年|今后|未来|展望|下一步|下步|以上|左右|以内|不低于|不少于|不超过")
# an amount of three digits or more with the first character of its unit (9,240万, 12.86亿, 96.3%)
_AMOUNT_TOKEN = re.compile(r"(?<![\d.,])\d[\d,.]{1,}\d[^\d,.\s，,。；;、]")


# in a sentence that sums the year up, 争取 with its object (争取上级资金, 共争取和落实资金, 争取到…) reports what was
# obtained, 要 of 主要/重要 is no verb of intent, and 预期 after a comparison (好于预期, 超出预期) measures a result
_RESULT_PLAN_WORD = re.compile(r"争取(?:到|了|和|及|上级|中央|省|国家|各类|各级|资金|项目|投资|专项|债券|补助|政策)|(?<=[主重需])要|"
                               r"(?<=[于出过比])预期|(?:预期)?(?:目标|任务)+(?:全面|圆满|顺利|均|已经|已|基本|超额)*(?:完成|实现|达成)")
# (各项预期目标全面完成, 目标任务圆满完成: targets said met report a result)


def _plans_nothing_before(doc, folded: str, f: Fig, summing: bool = False) -> bool:
    """No plan word or plan verb in the figure's sentence before it (summing: in a sentence that sums the year up,
    where 争取 with its object is a result)."""
    s0 = doc.sentences[f.sent].start
    if not summing:
        return not (_PLAN_WORD.search(folded, s0, f.start) or _PLAN_VERB.search(folded, s0, f.start))
    return _plans_nothing_in(folded, s0, f.start)


def _sentence_plans_nothing(doc, folded: str, f: Fig) -> bool:
    """四、2017年工作打算 / 全年举办科普讲座286场、新发展会员1860人，科协组织的凝聚力进一步增强。: a sentence under a plan
    heading with no plan word or verb anywhere and no later year recalls the year's results (for a value restated
    word for word; a conflict needs more)."""
    if f.sent < 0:
        return False
    s = doc.sentences[f.sent]
    if any(int(y) > (doc.year or 9999) for y in _YEAR_RX.findall(folded, s.start, s.end)):
        return False
    if _PLAN_WORD.search(folded, s.start, s.end):
        return False
    # (凝聚力进一步增强: a change told as done — not 要进一步增强)
    return all(_FURTHER_DONE.match(folded, m.start()) and folded[m.start() - 1:m.start()] not in "要将需须再"
               for m in _PLAN_VERB.finditer(folded, s.start, s.end))


_FURTHER_DONE = re.compile(r"进一步(?:增强|提升|提高|改善|优化|扩大|巩固|凸显|显现)[。！!]")


def _plans_nothing_in(folded: str, start: int, end: int) -> bool:
    """No plan word or plan verb between two offsets of a sentence that sums the year up (争取上级资金, 主要, 好于预期
    are results)."""
    for rx in (_PLAN_WORD, _PLAN_VERB):
        for m in rx.finditer(folded, start, end):
            if not _RESULT_PLAN_WORD.match(folded, m.start()):
                return False
    return True


# 已整改, 已经建成, 累计已完成: a label that reports what is done
_DONE = re.compile(r"已(?:经)?(?![有达为是])[\u4e00-\u9fff]")


def _done_in_plan(doc, folded: str, f: Fig) -> bool:
    """Under a heading of plans (下一步工作), a figure whose own clause says it is done (全县已整改问题金额3.21亿元) in a
    sentence that plans nothing before it states a result, not a plan."""
    if f.sent < 0 or not _DONE.search(folded, clause_start(folded, f.start), f.start):
        return False
    return _plans_nothing_before(doc, folded, f)


_YEAR_RX = re.compile(r"((?:19|20)\d\d)年")


def _past_in_plan(doc, folded: str, f: Fig) -> bool:
    """Under a heading of plans, a figure whose own clause dates it before the plan's year (综上，2020年全市组织税费收入
    68.42亿元 under 2021年工作打算) in a sentence that plans nothing before it: a result of the period, restated."""
    if f.sent < 0:
        return False
    years = [int(y) for y in _YEAR_RX.findall(folded, clause_start(folded, f.start), f.start)]
    led = False
    if not years:  # 各位代表，2013年全区地区生产总值达到…，民生支出…: a year leading the sentence dates all its clauses
        m = _SENTENCE_YEAR.match(folded, doc.sentences[f.sent].start, f.start)
        if not m:
            return False
        years, led = [int(m.group(1))], True
    plan_years = [int(y) for y in _YEAR_RX.findall(doc.section_at(f.start) or "")]
    limit = min(plan_years) if plan_years else (doc.year or 0)
    if max(years) >= limit:
        return False
    return _plans_nothing_before(doc, folded, f, summing=led)


# a sentence led by a year, after an address or a word of looking back (各位代表，2013年…, 回顾2020年，…, 2020年，…)
_SENTENCE_YEAR = re.compile(r"\s*(?:(?:各位代表|各位委员|同志们)[，,])?(?:回顾|回首|纵观|综观)?((?:19|20)\d\d)年(?:度|全年|一年)?(?![\d以来至到—–~-])")


in_plan = _crossref_plan


_JI_VERBS = frozenset(("惠及", "涉及", "波及", "普及", "遍及", "触及", "危及", "顾及", "覆及"))
_LINK = re.compile(r"^(?:达到|达|为|是|共|共计|合计|累计|完成|实现|约|近|超过|突破|有|总额|总量|(?:稳定|保持|维持)在?)*$")
# (全院, 全校, 全系统: the whole body reporting; 本部门 in a department's report is the reporter, as an unmarked figure is)
# (年末 / 截至年末 / 到年底: the year-end stock an unmarked count of a year's report is — 年末全县规模以上工业企业126家 /
# 截至年末规模以上工业企业达到128家; 上年末 keeps its 上 and its own scope)
_SCOPE_LEAD = re.compile(r"^(?:[对在向为](?=[全今当本我辖]))?(?:全市|全县|全区|全省|全州|全旗|全镇|全乡|全街道|全院|全校|全系统|全年|今年|当年|年内|本年度?|本部门|"
                         r"(?:截至|截止|到)?本?年(?:末|底)|[我本全](?:单位|局)|我[市县区镇乡]|全乡镇|辖区内?)+")
_SCOPE_LEAD_FIRST = frozenset("全今当年本我截到辖对在向为")  # the first characters of its words (a preposition: 对全县)
# words that say "of every kind" or "the number of" around a metric (发生各类生产安全事故 = 发生生产安全事故,
# 养老机构数量 = 养老机构, 高新技术企业总数 = 高新技术企业)
_CORE_FILLER = re.compile(r"各类|各项|各种")
_AREA_VERB = re.compile(r"全[市县区省州旗镇乡](?!级)|全街道|全乡镇")
_AREA_BEFORE = re.compile(r"(?:全[市县区省州旗镇乡]|全街道|全乡镇)(?:共|共计|累计|合计)?$")
# verbs of two characters that name no count of their own even after a place (全县新增…, 全市完成…)
_BARE_VERBS = frozenset(("新增", "新建", "完成", "实现", "达到", "累计", "共有", "现有", "拥有", "开展", "组织", "举办", "投入",
                         "发放", "检查", "排查", "整改", "培训", "建成", "帮扶", "救助", "慰问", "走访", "办理", "受理",
                         "接待", "共计", "合计", "总计", "全部", "共建", "改造", "安排", "落实", "争取", "引进", "签约",
                         "减少", "增加", "下降", "增长", "提高", "超过", "达标", "覆盖", "参加", "参与", "涉及"))
_CORE_TOTAL = ("总数", "数量", "总量")
_AREA_UNITS = ("亩", "公顷", "平方米", "平方公里", "平方千米")
_NOT_OWN_METRIC = ("涉及", "该", "此", "这", "上述", "前述", "本类")
# a label ending in one, the count's noun right after the count (报告用八个部分): not 秸秆综合利用15.6万吨
_COVERBS = frozenset("用以从按经对向给将把被")
# (a core of five characters or fewer that opens with 已 — 已办复, 已整改到位 — is a status of what the sentence before
# named (建议, 问题), not a metric of its own)
_NEW = re.compile(r"新增|新建|新批|新登记|新认定|新培育|新引进|新签约|当年|今年|年内|本年|全年")
_PREV = re.compile(r"上年|去年|上年同期|同期|年初|上年底|去年底")
_CUM = re.compile(r"累计|截至|截止|总数|目前|现有|实有|共有")
def _verb_names(label: str, k: int, metric: str) -> bool:
    """Does the two-character verb of an act right before a two-character metric at label[k:] name it with it (整改销号),
    the metric being no generic word nor a verb itself? Read alike by _key_core and _subject."""
    return (len(metric) == 2 and k >= 2 and label[k - 2:k] in _NAMING_VERBS and metric not in _GENERIC
            and metric not in _BARE_VERBS and _TWO_CJK.fullmatch(metric) is not None)


# the end of the year before (上年末全县累计创建…286家): the previous total, whatever running word follows
_PREV_END = re.compile(r"上年[末底]|去年[末底]|上一年[末底]|(?:截至|截止|到)上年")
_PREV_END_LEAD = re.compile(r"\s*(?:(?:截至|截止|到)?(?:上年|去年|上一年)年?(?:末|底)[，,]|年初(?:[，,]|(?=(?:全[市县区镇乡])?"
                            r"(?:共有|现有|有|拥有))))")  # (去年底，… as well; 年初全镇共有…74家 too — not 年初召开…)
# (年初，全镇共有家庭农场46家: the stock at the year's start is the year before's end)
_ORG = re.compile(r"本级|机关|局机关|我局|本局|市直|系统内|直属|局属|(?<=[团司校])本部(?!门)")  # (集团本部: own unit)
_SUBPERIOD = re.compile(r"期间|上半年|下半年|季度|[一二三四]季度|黄金周|月份|月至|月到|月底前|节日|活动中|活动期间|会上|会期")
# of those, the verbs of an act that name a short metric with it (整改销号, 培训妇女) — not verbs of a result or a
# sum (实现产值 of the processors and of three industries alike)
_NAMING_VERBS = _BARE_VERBS - frozenset(("实现", "完成", "达到", "累计", "共有", "现有", "拥有", "共计", "合计", "总计", "全部",
                                         "增加", "减少", "下降", "增长", "提高", "超过", "涉及", "投入", "达标", "覆盖",
                                         # (新增就业 after 城镇 or none: a flow's words, whose scope the pairing reads)
                                         "新增", "新建"))
_GENERIC = {"企业", "资金", "经费", "项目", "人员", "同志", "干部", "群众", "单位", "家庭", "人次", "户数", "资金总量",
            "投资", "收入", "支出", "金额", "总额", "面积", "数量", "工作", "活动", "目前", "总数", "其中"}


# a sentence led by one month (12月份共受理…, 三月，…) — not by a day (9月30日) or a month's end or start (12月末, the year's
# end balance), nor by months from January (1-12月, the year to date, does not match)
_LEADING_MONTH = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?(?!\d|[一二三四五六七八九十]{1,3}日|末|底|初|[上中下]旬)")
_MONTH_OR_SPAN = re.compile(r"\d{1,2}月|(?<!一年)(?<!今年)(?<!年初)(?<!会议)(?<!大会)以来|至今|十[一二三四五]五")
# (一年以来, 今年以来: the year itself; 市政协…次会议以来: the session opens the year of handling its motions)
# several years told together (五年来, 过去五年, 近三年, 本届政府任期内, 2019—2023年, 五年累计); 一年来 and 过去一年
# are the report's own year
_MULTI_YEAR = re.compile(r"(?:过去|近|前|这)?(?<![\d０-９])[二三四五六七八九十两几多\d]{1,2}年(?:来|间|中(?![心国])|里|累计|以来)|(?:过去|近)[二三四五六七八九十两几多\d]{1,2}年|"
                         r"任期内|本届|(?:19|20)\d\d年?[-—–~至到](?:19|20)\d\d年")
_EVENT_DATE = re.compile(r"于(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日")
# a measure taken on a stated basis (按新的统计口径, 按常住人口计算, 按国家标准): another quantity than the plain one
# (全口径财政收入 is a name, the all-inclusive revenue, not a basis set against the plain one)
_BASIS = re.compile(r"(?<!全)口径|按[^，,；;。]{1,12}?(?:计算|统计|测算|核算|标准)")


# a basis that a rate follows at once (按可比价格计算增长8.3%, 按可比价计算，比上年增长7.1%): the rate's, not the sentence's
_BASIS_OF_RATE = re.compile(r"[，,]?(?:同比|比上年|较上年)?(?:增长|下降|增加|减少|提高|降低)")


_YEAR_END_DATE = re.compile(r"(?:截至|截止|到)(?:(?:19|20)\d\d年)?12月(?:31日|底|末)")
_PERIOD_END_DATE = {"12月": _YEAR_END_DATE, "6月": re.compile(r"(?:截至|截止|到)(?:(?:19|20)\d\d年)?6月(?:30日|底|末)")}
_OWN_YEAR = re.compile(r"(?:19|20)\d\d年(?:末|底)?(?![\d—–~至到-])")


@per_figure
def _cr_other_frame(doc, folded: str, f: Fig) -> bool:
    """The sentence before the figure names a part of the year (上半年, 国庆期间), a month, a multi-year span or a
    basis of measurement (按新口径)."""
    s0 = doc.sentences[f.sent].start if f.sent >= 0 else f.start
    if f.sent > 0 and folded[s0:s0 + 4].lstrip().startswith("其中") \
            and _LEADING_MONTH.match(folded, doc.sentences[f.sent - 1].start):
        return True  # 12月份共受理…。其中：受理民事案件702件: a breakdown of a sentence led by a month is of that month
    m = _BASIS.search(folded, s0, f.start)
    if m and m.start() < clause_start(folded, f.start):
        # (地区生产总值…，按可比价格计算增长8.3%；一般公共预算收入11.52亿元: the basis of an earlier clause's rate)
        # (按可比价计算，比上年增长7.6%: the basis of the figure's own rate stays its)
        while m and (rate := _BASIS_OF_RATE.match(folded, m.end())) and rate.end() < f.start \
                and m.end() < clause_start(folded, f.start):
            m = _BASIS.search(folded, m.end(), f.start)
    if m:
        return True
    own = _OWN_YEAR.match(folded, clause_start(folded, f.start))
    if own:
        s0 = own.start()  # “十五”期间，…年均增长11.4%，2005年达到38.6亿元: a clause dated on its own is of that year
    if _MULTI_YEAR.search(folded, s0, f.start) or _other_subperiod(folded, s0, f.start, f.unit):
        return True
    if _part_of_year_led(doc, folded, f):
        return True
    m = _MONTH_OR_SPAN.search(folded, s0, f.start)
    last = "12月" if not m or m.group(0) != "6月" or not _title_owns(_title(folded), "上半年") else "6月"
    if m and m.group(0) == last:
        # 截至2022年12月31日，本部门资产总额…: the year's end is the period's own (as 年末 is); so is 截至6月30日 in a
        # report of the first half of the year (2024年上半年工作总结)
        ends = [(d.start(), d.end()) for d in _PERIOD_END_DATE[last].finditer(folded, s0, f.start)]
        while m and m.group(0) == last and any(a <= m.start() < b for a, b in ends):
            m = _MONTH_OR_SPAN.search(folded, m.end(), f.start)
    if m and _EVENT_DATE.search(folded, s0, f.start):
        # 本预算于2025年2月29日向社会公开，收入预算总额…: the day of an event in an earlier clause dates the event only
        cs = clause_start(folded, f.start)
        spans = [(d.start(), d.end()) for d in _EVENT_DATE.finditer(folded, s0, cs)]
        while m and any(a <= m.start() < b for a, b in spans):
            m = _MONTH_OR_SPAN.search(folded, m.end(), f.start)
    return bool(m)


def _other_subperiod(folded: str, s0: int, end: int, unit: str = "") -> bool:
    """_SUBPERIOD.search(folded, s0, end), but a part of the year that the report's title makes its whole period
    (2021年上半年工作总结: 上半年全市共查办…) is the report's own period, not a part of it — as is the session the title
    is about, unless another 期间 gives a figure of the unit too (闭会期间，代表又提出建议12件: the session's is a part)."""
    m = _SUBPERIOD.search(folded, s0, end)
    if m is None or not (_PART_OF_YEAR.fullmatch(m.group(0)) or m.group(0) == "期间"):
        return m is not None
    title = _title(folded)
    while m is not None and ((_PART_OF_YEAR.fullmatch(m.group(0)) and _title_owns(title, m.group(0)))
                             or (m.group(0) == "期间" and _titled_event(folded, s0, m.start(), title)
                                 and not _another_period_counted(folded, m.start(), unit))):
        m = _SUBPERIOD.search(folded, m.end(), end)
    return m is not None


def _another_period_counted(folded: str, at: int, unit: str) -> bool:
    """Does a sentence of the body name another 期间 (闭会期间) than the one at `at`, with a figure of the unit after it?"""
    if not unit:
        return False
    k = folded.find("\n") + 1  # (the title's line left out)
    while (k := folded.find("期间", k)) >= 0:
        if k != at:
            stop = min(x for x in (folded.find("。", k), folded.find("\n", k), len(folded)) if x >= 0)
            if re.search(r"\d" + re.escape(unit), folded[k:stop]):
                return True
        k += 2
    return False


def _titled_event(folded: str, s0: int, at: int, title: str) -> bool:
    """Is the event whose 期间 a sentence names the one the report's title is about (县十八届人大五次会议期间，代表们共
    提出建议… in 关于县十八届人大五次会议代表建议办理情况的报告): its name before 期间, six characters or more, read in the
    title — the report's own frame, not a part of its period."""
    name = folded[max(s0, at - 16):at]
    k = len(name) - 6
    if (act := _WORK_OF_TITLE.search(name)) and act.group(0) in title:
        return True  # 审计期间，共向…移送案件线索5件 in an 审计工作报告: the work the report is about
    return k >= 0 and _CJK_TAIL.fullmatch(name, k) is not None and name[k:] in title


_WORK_OF_TITLE = re.compile(r"(?:审计|巡察|巡视|执法检查|督查|督导|评估|评价)$")


_CJK_TAIL = re.compile(r"[\u4e00-\u9fff]{6}")


# a heading or a paragraph that opens with a part of the year (一、一季度, 上半年，全市…): what follows is of that part
_PART_OF_YEAR = re.compile(r"(?:前三季度|[一二三四1-4１-４]季度|上半年|下半年|\d{1,2}[-—至~]\d{1,2}月)")
_QUARTER = re.compile(r"[一二三四1-4１-４]季度")
_MONTH_SPAN = re.compile(r"\d[-—至~]\d{1,2}月")


def _names_part_of_year(folded: str) -> bool:
    """bool(_PART_OF_YEAR.search(folded)), read faster: its words looked up with `in`, its months from each dash
    or 至 with a digit before it (前三季度 holds 三季度; \\d{1,2}…月 holds \\d…月 from its last digit)."""
    if ("季度" in folded and _QUARTER.search(folded)) or "上半年" in folded or "下半年" in folded:
        return True
    if "月" not in folded:
        return False
    for c in "-—至~":
        i = folded.find(c, 1)
        while i > 0:
            if _MONTH_SPAN.match(folded, i - 1):
                return True
            i = folded.find(c, i + 1)
    return False


_PARA_PART_LEAD = re.compile(r"\s*(?:前三季度|[一二三四1-4１-４]季度|上半年|下半年|\d{1,2}[-—至~]\d{1,2}月)[，,]")


def _part_of_year_led(doc, folded: str, f: Fig) -> bool:
    """The figure's top heading names a part of the year (一、一季度), or its paragraph opens with one (一季度，全市…),
    and the report's title does not make that part its whole period (2024年上半年工作总结)."""
    has = doc.__dict__.get("_cr_part_words")
    if has is None or has[0] is not folded:
        has = doc.__dict__["_cr_part_words"] = (folded, _names_part_of_year(folded))
    if not has[1]:
        return False  # no part of the year is named anywhere
    m = _PARA_PART_LEAD.match(folded, paragraph_start(folded, f.start))
    word = m.group(0).strip().rstrip("，,") if m else ""
    title = _title(folded)
    if not word:
        h = _PART_OF_YEAR.search(doc.section_at(f.start) or "")
        word = h.group(0) if h else ""
        if word and f.sent >= 0 and "全年" not in title:
            # 六、下半年工作打算 … 总的来看，上半年全市共查办…: the sentence names the title's own part of the year
            # (2021年上半年工作总结), which the heading's part does not override
            own = _PART_OF_YEAR.search(folded, doc.sentences[f.sent].start, f.start)
            if own and own.group(0) != word and _title_owns(title, own.group(0)):
                return False
            if _problems_review(doc, folded, f):
                return False  # 五、存在的问题和下半年打算: a sentence of problems that plans nothing is of the period itself
    if not word:
        return False
    return not _title_owns(title, word)


def _title_owns(title: str, word: str) -> bool:
    """Does the report's title make a part of the year (上半年) its whole period (2024年上半年工作总结) — not a title of
    the whole year too (全年), nor of two periods (2004年财政决算和2005年上半年预算执行情况的报告: neither part is the
    whole), nor a first line of prose (上半年主要指标：城镇新增就业2610人，…)? Read alike by _other_subperiod,
    _part_of_year_led and _part_not_own."""
    return (word in title and "全年" not in title and len(set(_YEAR_RX.findall(title))) < 2
            and not _NOT_A_TITLE.search(title))


_PROJECT_TITLE = re.compile(r"项目[^\n]{0,12}(?:绩效|自评|评价)")
_project_seen: list = [None, False]


def _project_report(folded: str) -> bool:
    """The title names one project's own evaluation (…养护项目支出绩效自评报告), not a department's."""
    if _project_seen[0] is not folded:
        title = _title(folded)
        _project_seen[:] = [folded, bool(_PROJECT_TITLE.search(title)) and "部门" not in title and "整体" not in title]
    return _project_seen[1]


# 地区生产总值年均增长11.4%，2005年达到38.6亿元: a clause of a year and a link verb only, after a clause that opens
# with a metric and its growth — the metric is that clause's subject
_ELIDED_LABEL = re.compile(r"(?:(?:19|20)\d\d年(?:末|底)?)?(?:达到|达|为|增至|增加到|增长到|提高到|突破)")
_GROWTH_SUBJECT = re.compile(r"(?:全[市县区省州旗镇乡])?(?P<m>[\u4e00-\u9fff]{3,14}?)(?:年均|同比|比上年)?(?:增长|下降|增加|减少|提高)"
                             r"[\d.]+(?:%|个百分点)")


def _elided_core(folded: str, f: Fig, cs: int, label: str) -> tuple | None:
    """The core of a figure whose clause names only its year and a link verb (2005年达到38.6亿元), the metric the
    sentence's clause before opens with (地区生产总值年均增长11.4%) — else None."""
    if not label or not _ELIDED_LABEL.fullmatch(label) or cs < 1 or folded[cs - 1] not in "，,":
        return None
    pcs = clause_start(folded, cs - 1)
    m = _GROWTH_SUBJECT.fullmatch(folded, pcs, cs - 1)
    if not m or not f.metric or not f.metric.startswith(m.group("m")[:3]):
        return None
    core = m.group("m")
    if core in _GENERIC or core in _BARE_VERBS:
        return None
    return core, label, len(label), False, ""


def _cr_interval(folded: str, f: Fig) -> Interval:
    """A figure's interval in its base unit; after 突破 (农民人均纯收入突破4,500元: a threshold passed, as 超过 would say,
    though figures reads no qualifier there) open above its value."""
    if not f.qualifier and f.norm is not None and folded[max(0, f.start - 2):f.start].endswith("突破"):
        return Interval(f.norm, None, low_open=True)
    return f.norm_interval()


# a number right before a metric that bounds or grades what it counts (65岁及以上, 10万元以上, 三级, 5A级)
_THRESHOLD_BEFORE = re.compile(r"(?:[\d０-９][\d０-９.,]*|(?<![第十])[一二三四五六七八九十两])"
                               r"(?:(?:周岁|岁|级|星|(?:万|亿)?元|万?亩|万?吨|万?人|平方米|千瓦|公里|米)(?:及以上|及以下|以上|以下)"
                               r"|(?:周岁|岁|级|星级|星)(?:及|或)?)")


_HANDED_ON = re.compile(r"移送|移交|报送|上报|提交|转交|转办|交办|下达|拨付|发出")
_TO_WHOM = re.compile(r"[向给]")


def _key_core(folded: str, f: Fig, cs: int) -> tuple | None:
    """A figure and the start of its clause → (metric, its clause before it, where the metric ends in it) when the
    metric is named right before the figure and is specific; else None. Cheap: _key asks the rest only of metrics
    named twice."""
    metric = f.metric
    if not metric or not f.quantity or f.value_high is not None:
        return None
    label = folded[cs:f.start]
    k = label.rfind(metric)
    if k < 0:
        return _elided_core(folded, f, cs, label)
    stop = k + len(metric)
    if metric.endswith("突破") and stop == len(label) and len(metric) >= 5:
        stop -= 2  # (the metric as figures reads it keeps the verb: 农民人均纯收入突破)
    if stop < len(label) and not _LINK.match(label[stop:]):  # (nothing after the metric links it too)
        return None
    while k > 0 and label[k - 1].isascii() and label[k - 1].isalnum():
        k -= 1  # 3A级景区, 10亿元以上项目: the grade or threshold belongs to the metric
    t = next((t for t in _THRESHOLD_BEFORE.finditer(label, max(0, k - 12), min(stop, k + 3)) if t.start() < k <= t.end()),
             None)
    if t:
        k = t.start()  # 65岁及以上人口 / 60岁及以上人口, 三级医院 / 二级医院: the number before names another metric
    if k > 2 and label[k - 1] in "、和及与" and (act := _HANDED_ON.search(label, k, stop)) \
            and _TO_WHOM.search(label, 0, k - 1):
        k = act.start()  # 共向县纪委、县检察院移送案件线索5件: those it went to are joined, the act and its object named
    if k > 2 and label[k - 1] in "、和及与" and not ANY_DIGIT.search(label, 0, k) and _TWO_CJK.match(label, k - 3) \
            and label[k - 2:k] not in _JI_VERBS:  # (惠及受益群众: 及 of a verb joins nothing)
        return None  # 共接收人大代表建议、政协委员提案31件: the count of all the names joined, not of the last
    core = label[k:stop]
    core = _long_above(core)  # 规上工业总产值 = 规模以上工业总产值
    area_verb = False
    if core[:1] in _SCOPE_LEAD_FIRST:
        bare = _SCOPE_LEAD.sub("", core)
        # 全乡脱贫1386人: a place and a verb of two characters name the place's count of it (the verb alone does not)
        area_verb = len(bare) == 2 and bool(_AREA_VERB.match(core)) and bare not in _GENERIC \
            and bare not in _BARE_VERBS and bool(_TWO_CJK.fullmatch(bare))
        core = bare
    if core[:1] in "本项" and core.startswith(("本项目", "项目")) and _project_report(folded):
        bare = core[3:] if core[0] == "本" else core[2:]
        if bare.startswith("区"):
            bare = bare[1:]  # 项目区受益群众: the project's area is its scope, as 全县 is a county's
        if len(bare) >= 3 and bare not in _GENERIC:
            core = bare  # 全年项目实际支出 in a project's own report: the project is the reporter (实际支出)
    verb = ""
    if "各" in core:
        m = _CORE_FILLER.search(core)
        verb = core[:m.start()] if m and m.start() >= 3 else ""  # 批准逮捕各类犯罪嫌疑人: all of its objects
        core = _CORE_FILLER.sub("", core)
    if len(core) >= 6 and core.endswith("项目") and f.unit in ("个", "项"):
        core = core[:-2]  # 实施老旧小区改造项目5个 / 完成老旧小区改造6个: the projects counted are the works counted
    whole = len(core) >= 5 and core.endswith(_CORE_TOTAL)
    if whole:
        core = core[:-2]  # 用水总量 stays: 用水 alone names nothing
    elif len(core) >= 5 and core.endswith("面积") and f.unit.endswith(_AREA_UNITS):
        core = core[:-2]  # 造林绿化面积1.36万亩 / 造林绿化1.42万亩: the unit says it is an area (耕地面积 stays)
    if len(core) == 2 and label[k - 2:k] == "惠及":
        core = "受益" + core  # 共惠及学生41526人 / 受益学生41256人: who a programme reaches benefit from it
    elif not area_verb and _verb_names(label, k, core):
        core = label[k - 2:stop]  # 图斑整改销号412个 / 已整改销号421个: the verb before a short metric is part of its name
    if len(core) == 2 and not area_verb and _AREA_BEFORE.search(label, 0, k):
        area_verb = core not in _BARE_VERBS and core not in _GENERIC and bool(_TWO_CJK.fullmatch(core))  # 全镇共安置
    if (len(core) < 3 and not area_verb) or core in _GENERIC or core.startswith(_NOT_OWN_METRIC) or (core[0] == "已" and len(core) <= 5) \
            or (core[-1] in _COVERBS and CJK_CHAR.match(folded, f.end)):
        # 涉及资金: an attribute of what the clause describes; 该类问题: the class its heading names; 报告用八个部分: what
        # follows the number is counted, the words before it only lead to it
        return None
    return core, label, stop, bool(whole), verb if verb not in _GENERIC else ""


# a sentence that opens a breakdown of a whole stated before (从来源看，/ 按经营地分，/ 分行业看：)
# (从全年情况看 / 从总体看: the whole year, no class)
_CLASSIFY_LEAD = re.compile(r"\s*(?:从(?!全年|总体|整体|全局|面上|实际)[^，,。；;：:\d]{1,8}看|按[^，,。；;：:\d]{1,8}分|"
                            r"分[^，,。；;：:\d]{1,6}看)[，,：:]")


# a sentence that adds amounts to a figure named before it (加返还性收入…, 加上级补助…): it closes with their sum
_ADDED_UP = re.compile(r"(?:^|[，,：:])\s*(?:再)?加(?:上)?[\u4e00-\u9fff]{2,}")
_SUM_CLOSED = re.compile(r"合计|总计|共计")


def _sum_built(doc, folded: str, f: Fig) -> bool:
    """Does f close a sum its sentence builds by adding three amounts or more of its unit (根据上述地方财政收入，加返还性
    收入3714万元；…转移支付收入…；…财政总收入为112506万元)? A grand total, not the same-named figure stated plainly."""
    if f.sent < 0 or not f.unit:
        return False
    s0 = doc.sentences[f.sent].start
    m = _ADDED_UP.search(folded, s0, f.start)
    if m is None or _SUM_CLOSED.search(folded, m.end(), f.start):
        return False  # (…加上上级补助收入…，收入合计32.39亿元；…支出…比上年决算数25.10亿元: that sum was closed before f)
    return len(re.findall(r"\d" + re.escape(f.unit), folded[m.start():f.start])) >= 3


def _key(doc, folded: str, f: Fig, pre: tuple) -> tuple | None:
    """A figure and its _key_core → (metric, scope, org, period, unit) when it states a result of the period plainly,
    else None."""
    core, label, stop = pre[:3]
    if ((in_plan(folded, doc, f) or is_reference(folded, f)) and not _dated_base(doc, folded, f)) \
            or _cr_table_row(folded, f) or _restricted_part(folded, f) \
            or (is_per_unit(folded, f) and not _PER_IN_CORE.search(core)):
        return None  # 为调整预算12.30亿元的103.1%: a budget, base or target is named for what it measures against
    if _cr_other_frame(doc, folded, f):
        return None  # a part of the year, a date, or a multi-year span is a different period
    s0 = doc.sentences[f.sent].start if f.sent >= 0 else f.start
    if _subset_lead(doc, folded, f):
        return None  # 经济责任审计15个项目中，…查出问题金额3.2亿元: the figure counts a subset the sentence opens with
    if f.sent >= 0 and _CLASSIFY_LEAD.match(folded, s0, f.start):
        return None  # 从来源看，…市民投诉1.06万件、…: a class of another whole (受理案件), not the report's own count
    # (截至上年末，全镇累计建成户用沼气池1260口: the end of the year before leading the sentence dates its clauses)
    scope = "prev" if _PREV_END.search(label) or (f.sent >= 0 and _PREV_END_LEAD.match(folded, s0)) \
        else "stock" if _CUM.search(label) else "new" if _NEW.search(label) else "prev" if _PREV.search(label) else "stock"
    if label.startswith(("总计", "合计"), stop) or _sum_built(doc, folded, f):
        # 一般公共预算收入合计 (with transfers) is not 一般公共预算收入; nor is the sum a sentence builds from it (根据上述地方
        # 财政收入，加返还性收入…；转移支付收入…；…财政总收入为112506万元)
        scope = "grand"
    # (二、本局直属单位工作情况: a top heading naming the body's own units holds for what stands under it, unless the
    # sentence names the whole place: 全市…)
    org = "own" if _ORG.search(folded, s0, f.start) or (_ORG.search(doc.section_at(f.start) or "")
                                                        and not _AREA.search(folded, s0, f.start)) else "all"
    years = _cr_years(doc, folded, f) if f.sent >= 0 else []
    period = years[-1] if years else _heading_year(doc, folded, f) or _led_year(doc, f)
    return core, scope, org, period, f.base_unit


# a per-unit value named as such (人均可支配收入) is a metric; 每千名老年人拥有养老床位 is not 养老床位
_PER_IN_CORE = re.compile(r"人均|户均|亩均|床均|生均|均价|平均|单产|每")


# a sentence that opens with a subset of what came before (在已办结的15个项目中，, 上述问题中，): its figures are of
# that subset, not of the whole the report stated earlier
# (抽查资金中，中央资金0.79亿元: a named set of things with no count is a subset too; 其中， opens a part of the total
# before it, and an activity (执法检查中，, 工作中，) is a frame, not a set)
_SUBSET_LEAD = re.compile(r"\s*(?!(?:全年|年内|一年)?36[56]天中)(?:在|对)?(?:[^，,。；;：:\n]{0,16}?[\d０-９][\d０-９,.]*[^，,。；;：:\n\d]{0,10}|(?:上述|以上|这些)[^，,。；;：:\n]{0,10}|"
                          r"(?!其中)[\u4e00-\u9fff“”]{2,10}(?<!检查)(?<!工作)(?<!活动)(?<!过程)(?<!执法)(?<!调研)(?<!督查)"
                          r"(?<!督导)(?<!巡察)(?<!巡查)(?<!审计)(?<!整治)(?<!行动)(?<!治理)(?<!实践)(?<!发展)(?<!建设)(?<!服务)"
                          r"(?<!管理)(?<!办理)(?<!改革)(?<!考核)(?<!评估)(?<!排查))中[，,]")


# a total restricted to a class (规模以上工业企业, 限额以上, 重点, 国有…): a part named after it under 其中 is a part of
# that class only (其中高新技术企业23家 counts the 规上 ones), not all of its kind
_RESTRICTED = re.compile(r"以上|规上|限上|重点|骨干|龙头|国有|民营|私营|外资|市属|县属|区属|省属|在建|新建|新增|当年")


@per_figure
def _restricted_part(folded: str, f: Fig) -> bool:
    cs = clause_start(folded, f.start)
    if not folded.startswith("其中", cs):
        return False
    prev = clause_start(folded, cs - 1) if cs > 0 else 0
    if folded[cs - 1:cs] not in "，,；;" or prev >= cs - 1:
        return False
    return bool(_RESTRICTED.search(folded, prev, cs - 1))


@per_figure
def _area(doc, folded: str, f: Fig) -> str:
    """The place a figure's sentence names before it (全县共有…，其中退役军人10,932人 → 全县), else ''."""
    s0 = doc.sentences[f.sent].start if f.sent >= 0 else f.start
    found = _AREA.findall(folded, s0, f.start)
    if found and found[-1] == "辖区":
        # (辖区 in the figure's own clause, 全年辖区新增就业: the reporter's own ground, whatever its level — kept apart
        # from a named place, 全市 above it; 街道辖区面积…，下辖社区11个 names no place of the count)
        if folded.find("辖区", clause_start(folded, f.start), f.start) >= 0:
            return "辖"
        found = [x for x in found if x != "辖区"]
    return found[-1][-1] if found else ""


def _places_differ(doc, folded: str, a: Fig, f: Fig) -> bool:
    """全县… / 全市…: two places named before the figures; or one place named that is not the report's own (全年完成营造林
    7.4万亩 / 全市今年完成营造林31.5万亩 in a county's report: the city above it)."""
    x, y = _area(doc, folded, a), _area(doc, folded, f)
    if x and y:
        return x != y
    return bool(x) != bool(y) and (x or y) != "辖" and bool(home := home_level(doc, folded)) and (x or y) != home


def _areas_differ(doc, folded: str, a: Fig, f: Fig) -> bool:
    """全县…退役军人10,932人 / 全市退役军人约8.6万人: a county and the city above it are two scopes; so are two
    paragraphs led by the names of two places (（一）东城区。… / （二）西城区。…) or of two of a kind (（一）城区学校。
    … / （二）农村学校。…)."""
    if _places_differ(doc, folded, a, f) or _lead_place(folded, a) != _lead_place(folded, f):
        return True
    x, y = _area(doc, folded, a), _area(doc, folded, f)
    if bool(x) != bool(y):  # 城区新建停车泊位2,160个 / 全县新建停车泊位2,610个: a part of the place and the whole
        part, whole = (a, f) if y else (f, a)
        w = _SUB_AREA.match(folded, clause_start(folded, part.start), part.start)
        if w and w.group("part") not in folded[clause_start(folded, whole.start, SENT_SEP):whole.start]:
            return True
    na, nf = _lead_name(folded, a), _lead_name(folded, f)
    if na and nf and na != nf and na[-1] == nf[-1]:
        return True
    # 一、城区 / 二、全县情况: a heading that names a part of the place holds for what stands under it
    pa, pf = (_SUB_AREA.search(doc.section_at(x.start) or "") for x in (a, f))
    if (pa or pf) and (pa.group("part") if pa else "") != (pf.group("part") if pf else ""):
        return True
    ha, hf = _sub_heading(folded, a), _sub_heading(folded, f)
    if ha and hf and ha[-1] in "。：:" and hf[-1] in "。：:":
        return _scoped_names(ha, hf) or _kind_headings(doc, a, f)
    return bool(ha and hf and _two_of_a_kind(ha, hf)) or _kind_headings(doc, a, f)


def _scoped_names(ha: str, hf: str) -> bool:
    """1.全国一般公共预算。 / 2.中央一般公共预算。: two heading lines closed like sentences that name one thing of two
    scopes — a word of three characters at most before a shared name of four or more (not （一）农业生产稳定发展。 /
    （二）工业经济稳定发展。, two topics sharing a predicate)."""
    ha, hf = (_HEADING_MARK.sub("", x) for x in (ha, hf))
    k = tail_shared(ha, hf)
    return k >= 4 and 0 < len(ha) - k <= 3 and 0 < len(hf) - k <= 3


_HEADING_MARK = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]?)\s*|[。：:\s]+$")


# words that end headings of any kind (总体完成情况 / 分项完成情况 are one subject told twice, not two of a kind)
_HEADING_TAIL = re.compile(r"(?:的)?(?:完成|执行|落实|开展|推进|进展|工作|基本|主要|总体|整改)?(?:情况|成效|进展|工作|方面|问题)$")


def _kind_headings(doc, a: Fig, f: Fig) -> bool:
    """Two top headings that name two of a kind (一、农业专项资金 / 二、教育专项资金): the same metric under each is
    the metric of its own subject."""
    ha, hf = doc.section_at(a.start), doc.section_at(f.start)
    if not ha or not hf or ha == hf:
        return False
    return _two_of_a_kind(ha, hf)


def _two_of_a_kind(ha: str, hf: str) -> bool:
    """Two headings that name two of a kind (农业专项资金 / 教育专项资金, 县人民医院 / 县中医院)."""
    ha, hf = (_HEADING_TAIL.sub("", _HEADING_MARK.sub("", x)) for x in (ha, hf))
    if ha == hf or not (2 < len(ha) <= 12 and 2 < len(hf) <= 12):
        return False
    k = tail_shared(ha, hf)
    if k >= len(ha) or k >= len(hf):
        return False
    # 一、县人民医院 / 二、县中医院: two short names of bodies of one kind (a topic such as 生态建设 never ends so)
    return k >= 3 or (k >= 1 and ha[-1] in _BODY_END and len(ha) <= 10 and len(hf) <= 10)


_BODY_END = frozenset("院校学局所站镇乡村司厂馆队园社委区县市州旗")


# a part of the place leading a clause (城区新建…, 开发区实现…); 城镇/农村 name metrics (城镇新增就业) and are left out
_SUB_AREA = re.compile(r"(?:全年|今年|当年|年内|(?:19|20)\d\d年)*(?P<part>中心城区|主城区|老城区|城区|市区|县城|开发区|高新区|"
                       r"园区|镇区|片区|新区)")


# a numbered heading alone on its line ((一）实验小学, 2.县中医院, 1.全国一般公共预算。): the subject of the paragraphs
# under it
_HEAD_LINE = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.．、])[ \t\u3000]*"
                        r"[\dA-Za-z]{0,3}[\u4e00-\u9fff“”]{2,12}[。：:]?[ \t\u3000]*$")


@per_figure
def _sub_heading(folded: str, f: Fig) -> str:
    """The nearest numbered heading line above a figure's paragraph, a few lines up at most, else ''."""
    end = paragraph_start(folded, f.start) - 1
    for _ in range(4):
        if end <= 0:
            return ""
        start = folded.rfind("\n", 0, end) + 1
        m = _HEAD_LINE.match(folded, start, end)
        if m:
            return m.group(0).strip()
        end = start - 1
    return ""


# a numbered paragraph or item that opens with a short name (（一）城区学校。, 2.县中医院：, 一是县直单位。): the subject
# of what follows it in the paragraph. Matched at a paragraph's start or right after a separator: the separator opens
# the pattern, so re skips to it at once instead of trying a lookbehind at every character (the name's end is only
# looked at, as the next item's separator may be that very character)
_LEAD_NAME_AT = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}[、是]|"
                           r"\d{1,2}[.．、])\s*(?P<name>[\dA-Za-z]{0,3}[\u4e00-\u9fff]{2,10})(?=[。：:．])")
_LEAD_NAME_AFTER = re.compile(r"[。；;！!\n]" + _LEAD_NAME_AT.pattern)


@per_figure
def _lead_name(folded: str, f: Fig) -> str:
    ps = paragraph_start(folded, f.start)
    name = ""
    m = _LEAD_NAME_AT.match(folded, ps, f.start)  # (the look at the name's end stops at f.start: it ends before it)
    if m:
        name = m.group("name")
    for m in _LEAD_NAME_AFTER.finditer(folded, ps, f.start):
        name = m.group("name")
    return name


# a paragraph or list item that begins with a place's name: （二）西城区。, 东城街道：, 1.青山镇，
_LEAD_PLACE = re.compile(r"(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.．、])?\s*"
                         r"(?P<place>[\u4e00-\u9fff]{1,5}(?:区|县|镇|乡|街道|市|州|旗))[。：:．，,]")


@per_figure
def _lead_place(folded: str, f: Fig) -> str:
    m = _LEAD_PLACE.match(folded, paragraph_start(folded, f.start), f.start)
    return m.group("place") if m and not m.group("place").startswith(("全", "本")) else ""


_RESPECTIVELY = re.compile(r"分别")
_NOT_A_VERB = re.compile(r"增|减|降|提高|比|较|占|为上年|同比|环比|达到上年")
_LIST_GAP = re.compile(r"、|和|及|与|以及|，")  # (fullmatch: all there is between two values of a list)
_LIST_JOIN = re.compile(r"、|和|及|与|以及")


def _mark_respective(folded: str, figs: list[Fig]) -> None:
    """刑事、民商事、行政、执行案件分别审（执）结1246件、11264件、386件和4087件 → each figure of such a list keeps
    the name of its own item with the verb (审（执）结民商事案件 for 11264件), under the key per_figure would use."""
    if "分别" not in folded:
        return
    starts = [f.start for f in figs]
    for m in _RESPECTIVELY.finditer(folded):
        cs, ce = clause_start(folded, m.start()), clause_end(folded, m.end())
        i = bisect.bisect_left(starts, m.end())
        values = []
        while i < len(figs) and figs[i].start < ce:
            values.append(figs[i])
            i += 1
        if len(values) < 2 or not all(v.quantity for v in values):
            continue
        verb = folded[m.end():values[0].start]
        gaps = [folded[x.end:y.start] for x, y in zip(values, values[1:])]
        if (ANY_DIGIT.search(verb) or _NOT_A_VERB.search(verb) or len(verb) > 6
                or not all(_LIST_GAP.fullmatch(g) for g in gaps)):
            continue
        names = [x for x in _LIST_JOIN.split(_LABEL_NOISE.sub("", folded[cs:m.start()])) if x]
        if len(names) != len(values) or any(len(x) > 12 for x in names):
            continue
        head = names[-1][-2:] if len(names[-1]) > 2 and not any(x.endswith(names[-1][-2:]) for x in names[:-1]) else ""
        for v, name in zip(values, names):
            v.__dict__["_respective"] = verb + name + ("" if not head or name.endswith(head) else head)


_ELIDED_ITEM = re.compile(r"[、，,]([\u4e00-\u9fff]{1,2})")


def _mark_elided(folded: str, figs: list[Fig]) -> None:
    """道路交通事故24起、死亡14人: an item of one or two characters right after a figure of another unit counts what
    that figure's subject led to; it keeps the subject's name (道路交通事故死亡) under the key per_figure would use."""
    for p, f in zip(figs, figs[1:]):
        if not 2 <= f.start - p.end <= 3:
            continue  # not a comma and one or two characters between them
        if p.sent != f.sent or p.base_unit == f.base_unit:
            continue
        m = _ELIDED_ITEM.fullmatch(folded, p.end, f.start)
        if not m or _respective(f) or not p.quantity:
            continue
        subject = _core_label(folded, p, plain=True)
        if len(subject) >= 3:
            if p.unit and subject.endswith(p.unit[0] + "数") and len(subject) >= 4:
                subject = subject[:-2]  # (事故起数46起、死亡25人: the count in its own unit, 起数, names the accidents)
            f.__dict__["_elided"] = subject + m.group(1)


def _mark_names(folded: str, figs: list[Fig]) -> bool:
    """The names of items of a list (_mark_respective) and of elided subjects (_mark_elided), kept on the figures
    once per document's figures."""
    _mark_respective(folded, figs)
    _mark_elided(folded, figs)
    _mark_running(folded, figs)
    for f in figs:  # 地区生产总值年均增长11.4%，2005年达到38.6亿元: the subject of the growth clause before
        if f.quantity and folded[f.start - 1:f.start] in _ELIDED_LAST and "_elided" not in f.__dict__:
            cs = clause_start(folded, f.start)
            core = _elided_core(folded, f, cs, folded[cs:f.start])
            if core:
                f.__dict__["_elided"] = core[0]
    return True


_ELIDED_LAST = frozenset("到达为至破")  # the last characters of _ELIDED_LABEL's verbs


# a clause that is only a running total (全市累计达到126个, 总数达), right after the clause of the period's new ones
_RUNNING_CLAUSE = re.compile(r"(?:全[市县区省州旗镇乡]|全街道|全乡镇)?(?:累计|总数|总量)(?:已经?)?(?:达到|达|为|共)?")
_NEW_LEAD = re.compile(r"(?:全年|今年|当年|年内)?(?:全[市县区省州旗镇乡])?(?:新增|新建|新培育|新认定|新发展|新设立|新开工|建成)")


def _mark_running(folded: str, figs: list[Fig]) -> None:
    """新建社区居家养老服务中心18个，全市累计达到126个: the running total names no metric; it is the total of the noun
    the clause of new ones names (累计社区居家养老服务中心), kept on the figure for the readings by name."""
    for p, f in zip(figs, figs[1:]):
        if p.sent != f.sent or p.base_unit != f.base_unit or not (p.quantity and f.quantity) or _respective(f):
            continue
        near = folded[max(p.end, f.start - 12):f.start]
        if "累计" not in near and "总" not in near:
            continue  # (the clause's running word must stand right before the figure)
        cs = clause_start(folded, f.start)
        if p.end != cs - 1 or not _RUNNING_CLAUSE.fullmatch(folded, cs, f.start):
            continue
        lp = _drop_list_mark(folded[clause_start(folded, p.start, _ITEM_SEP):p.start])
        m = _NEW_LEAD.match(lp)
        noun = lp[m.end():] if m else ""
        if len(noun) >= 3 and _TWO_CJK.fullmatch(noun[:2]) and not _NOT_CJK.search(noun) and noun not in _GENERIC:
            f.__dict__["_running"] = "累计" + noun


def _respective(f: Fig) -> str | None:
    return f.__dict__.get("_respective")


def _add_new(out: list[dict], rows, by_verdict: bool = False) -> None:
    """Extend out with a later pass's rows for pairs of figures that no earlier row judged (by_verdict: no earlier row
    with the same verdict)."""
    key = (lambda r: (r["verdict"], r["figure_ids"])) if by_verdict else (lambda r: r["figure_ids"])
    done = {key(r) for r in out}
    out.extend(r for r in rows if key(r) not in done)


def _one_value(found: list, doc, folded: str, later: Fig) -> list:
    """The earlier mentions a later figure may restate → the same list, or, when they all give one value (a metric
    told twice, x, x), the last of them alone: a metric stated three times with values (x, x, y) is one metric, and y
    conflicts with it — not when the mentions are of two subjects, bodies or places (（一）实验小学…98人
    /（二）城关中学…98人: two metrics with equal values), nor when the later figure is their sum (两校…196人)."""
    if len(found) > 1 and found[0].norm is not None and all(x.norm == found[0].norm for x in found[1:]):
        if _tied_apart(doc, folded, found) or later.norm_interval().contains(sum(x.norm for x in found)):
            return found
        return found[-1:]
    return found


def _tied_apart(doc, folded: str, found: list) -> bool:
    """Do mentions of one value belong to two subjects (_profile) or two places or bodies (_areas_differ)? Not
    _subjects_differ: a verb before the name (带动城镇新增就业) reads there as a subject of its own."""
    x0 = found[0]
    return any(_profile(folded, x0) != _profile(folded, x) or _areas_differ(doc, folded, x0, x) for x in found[1:])


def cross_reference(doc, figures) -> list[dict]:
    """Figures → one inconsistent row for each metric given two values that cannot both hold."""
    figs = figs_of(doc, figures)
    folded = doc.folded
    cached(doc, "_cr_marked_cache", figs, lambda: _mark_names(folded, figs))
    first: dict[tuple, Fig] = {}
    whole: dict[str, bool] = {}  # a figure named as the total (…总数) by its id
    out = []
    values: dict[tuple, list[Fig]] = {}  # the distinct values each key is given
    keys: list[tuple] = []  # the key of each row of out, with the row's first figure
    flows: dict[tuple, tuple] = {}  # (flow kind, key without its scope) → the first figure of that kind and its key
    amount = [f.quantity for f in figs]
    plain = [q and f.value_high is None for f, q in zip(figs, amount)]  # the amounts the passes below start from
    stated = [q and f.sent >= 0 for f, q in zip(figs, plain)]  # … and of them, those inside a sentence
    # a metric is compared only within its unit: a figure alone in its unit is never read
    units = _repeated_units([f for f, q in zip(figs, plain) if q and f.metric])
    starts = _clause_starts(doc, folded, figs)
    cores = [_key_core(folded, f, cs) if q and f.metric and f.base_unit in units else None
             for f, q, cs in zip(figs, plain, starts)]
    inherited = _inherit_subjects(folded, figs, cores, starts)
    _alias_area_verbs(doc, folded, figs, cores)
    # (a place's count named by its verb (全乡脱贫) has no subject words: what a figure before it profiles does not part them)
    verbal = set(inherited)
    named: dict[tuple, int] = {}
    for c, f in zip(cores, figs):
        if c:
            if len(c[0]) == 2:
                verbal.add(f.id)
            k = (c[0], f.base_unit)
            named[k] = named.get(k, 0) + 1
            # a verb whose objects are all of a kind (批准逮捕各类犯罪嫌疑人412人) counts what the bare verb counts
            # (批准逮捕472人)
            if c[4]:
                k = (c[4], f.base_unit)
                named[k] = named.get(k, 0) + 1
    labels: dict[int, str] = {}  # the clause before each figure keyed, by its id
    for f, pre in zip(figs, cores):
        if pre is not None:
            labels.setdefault(f.id, pre[1])
        if pre is None or (named.get((pre[0], f.base_unit), 0) < 2
                           and not (pre[4] and named.get((pre[4], f.base_unit), 0) >= 2)):
            continue  # a metric named once has nothing to be compared with
        key = _key(doc, folded, f, pre)
        if key is None:
            continue
        _note_value(values, key, f)
        alias = (pre[4],) + key[1:] if pre[4] else None
        a = first.get(key) or (first.get(alias) if alias else None)
        if alias:
            _note_value(values, alias, f)
            first.setdefault(alias, f)
        if key not in first:
            first[key] = f
            whole[f.id] = pre[3]
        # 全年立案查处…85件 / 立案查处…58件: the whole year named and an unmarked figure of a year's report read alike
        flow = _flow_kind(pre[1], key[1])
        if flow and f.sent >= 0 and _RUNNING.search(doc.sentences[f.sent].text):
            flow = ""  # 全年建成…2.4万亩，累计建成12.6万亩: a sentence setting the year against a running total
        if flow:
            fkey = (key[0],) + key[2:]
            if a is None:
                a, k = flows.get((_FLOW_OTHER[flow],) + fkey, (None, None))
                if a is not None and not _same_subject(_subject(folded, a), _subject(folded, f)):
                    a = None  # 执行案件3,605件 / 全年受理执行案件3,912件: the weaker reading needs the same words before
                if a is not None:
                    key = k
                    _note_value(values, key, f)
            flows.setdefault((flow,) + fkey, (f, key))
            if alias:
                flows.setdefault((flow, alias[0]) + fkey[1:], (f, alias))
        if a is None:
            continue
        if first.get(key) is not a and alias and first.get(alias) is a:
            key = alias  # (the pair is read under the verb's name)
        if (pre[3] or whole.get(a.id, False)) and any(label_of(folded, x).startswith("其中") for x in (a, f)):
            continue  # 服务企业168家，其中高新技术企业62家 / 高新技术企业总数426家: a part of another whole
        if _wholes_differ(doc, folded, figs, a, f):
            continue  # 地区生产总值…其中第一产业增加值 / 民营经济增加值…其中第一产业增加值: parts of two wholes
        if a.sent == f.sent or _cr_interval(folded, a).overlaps(_cr_interval(folded, f)):
            continue  # one sentence giving a metric twice gives it for two subjects (小麦…亩产430公斤；玉米…418公斤)
        if _acted_on(folded, a) != _acted_on(folded, f):
            continue  # 市场主体总数21.3万户 / 检查市场主体1540户: the objects of an activity are not the stock
        if (_subjects_differ(folded, a, f) and not (f.id in verbal or a.id in verbal)) \
                or _one_paragraph(doc, folded, figs, a, f):
            continue  # 小学…专任教师1.24万人；初中…专任教师7,986人: one metric of two subjects
        if _areas_differ(doc, folded, a, f) or _value_beside(doc, figs, a, f) \
                or _bodies_lead(doc, folded, a) != _bodies_lead(doc, folded, f) or _cited_apart(doc, folded, a, f):
            continue  # (县社会福利院和城南敬老院…新增养老床位420张: the bodies' own count)
        if _running_vs_year(doc, folded, a, labels.get(a.id), f, pre[1]):
            continue
        metric, scope, org, period, unit = key
        reading = {"new": "added in", "prev": "the year before", "stock": "the total for",
                   "grand": "the grand total for"}[scope]
        reading_zh = {"new": "新增", "prev": "上年", "stock": "总量", "grand": "总计"}[scope]
        # (a report with no year of its own: the period is the report's, unnamed)
        when, when_zh = (period, f"{period}年") if period else ("the report's period", "本期")
        computed = f"{a.text} ≠ {f.text} for {metric} ({reading} {when}{', own unit' if org == 'own' else ''})"
        en = (f"{metric} is given as {a.text} and later as {f.text}; both read as {reading} {when}, "
              f"so one of them is wrong (or the two differ in scope the text does not say).")
        zh = f"{metric}前称{a.text}、后称{f.text}，均按{when_zh}{reading_zh}理解，二者矛盾，应核对口径或数字。"
        out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end,
                          f"{a.text}; {f.text}", computed, en, zh, "same metric stated with two values"))
        keys.append((key, a))
    # (a value of the key given for another place, 全市…31.5万亩 in a county's report, is not one of its values here)
    out = [r for r, (k, a) in zip(out, keys) if sum(not _places_differ(doc, folded, a, x) for x in values[k]) < 3]
    _add_new(out, _part_exceeds_whole(doc, folded, figs, cores, labels, verbal))
    for rows in (_reworded_conflicts(doc, folded, figs, stated), _transposed_conflicts(doc, folded, figs, amount),
                 _phrase_swaps(doc, folded, figs, amount), _summed_slips(doc, folded, figs, amount)):
        _add_new(out, rows)
    out.extend(_noun_after_conflicts(doc, folded, figs))
    out.extend(_worded_then_exact(doc, folded, figs))
    out.extend(_restated_in_unit(folded, figs, amount))
    for rows in (_anaphor_conflicts(doc, folded, figs), _jurisdiction_counts(doc, folded, figs),
                 _whole_restated(doc, folded, figs)):
        _add_new(out, rows)
    _add_new(out, _restated(doc, folded, figs, stated), by_verdict=True)
    out.extend(_rate_restated(doc, folded, figs))
    for rows in (_growth_restated(doc, folded, figs), _summary_rates(doc, folded, figs),
                 _summary_classes(doc, folded, figs), _indicator_rates(doc, folded, figs),
                 _indicator_amounts(doc, folded, figs), _bare_verb_amounts(doc, folded, figs),
                 _elided_noun_amounts(doc, folded, figs), _casualties_restated(doc, folded, figs),
                 _noun_first_restated(doc, folded, figs),
                 _noun_after_restated(doc, folded, figs),
                 _summary_renamed(doc, folded, figs), _share_summed_as_rate(doc, folded, figs),
                 _parallel_restated(doc, folded, figs), _mixed_order_restated(doc, folded, figs),
                 _table_restated(doc, folded, figs), _overview_summed(doc, folded, figs),
                 _status_restated(doc, folded, figs), _summary_partners(doc, folded, figs),
                 _noun_after_restating(doc, folded, figs),
                 _set_referred(doc, folded, figs), _targets_twice(doc, folded, figs),
                 _bounded_restated(doc, folded, figs), _summed_slips(doc, folded, figs, amount, weak=True),
                 _prior_actual_restated(doc, folded, figs)):
        _add_new(out, rows)
    out = _drop_far_apart(doc, folded, figs, out)
    slips = _unit_slips(doc, folded, figs, stated)
    if slips:  # (286万元 / 286元: the slip of units says more than "two values")
        slipped = {(r["verdict"], r["figure_ids"]) for r in slips}
        out = [r for r in out if (r["verdict"], r["figure_ids"]) not in slipped] + slips
    if "\n" in doc.text:
        by_id = {f.id: f for f in figs}
        out = [r for r in out if not _rows_of_one_table(doc.text, [by_id[i] for i in r["figure_ids"].split() if i in by_id])]
    seen: set[tuple] = set()  # one row per pair and verdict, the first (most specific) reading kept
    return [r for r in out if not ((r["verdict"], r["figure_ids"]) in seen or seen.add((r["verdict"], r["figure_ids"])))]


def _rows_of_one_table(text: str, fs: list[Fig]) -> bool:
    """Do the figures stand on two or more rows of one table flattened a row a line, one space between its cells
    (产出指标 改造小区数量 年度指标值22个 实际完成值22个 得分10分 / …改造户数… 得分10分)? Two rows' cells are two
    indicators (their scores, their targets), never one figure stated twice."""
    if len(fs) < 2:
        return False
    lo, hi = min(f.start for f in fs), max(f.end for f in fs)
    a, b = text.rfind("\n", 0, lo) + 1, text.find("\n", hi)
    lines = text[a:b if b >= 0 else len(text)].split("\n")
    return len(lines) >= 2 and all(spaced_cells(line) for line in lines)


# two values of one name more than this factor apart, with no slip of the pen between them (the same digits at another
# magnitude, 万 dropped, digits swapped, one digit otherwise): two things named alike — a part and its whole, two
# sectors, two campaigns — not a figure restated wrong. Measured, not assumed: of the 2,020 errors planted in the 45
# blind sets none is so far apart without a slip, and of the cross_reference alarms helpers judged on seven sets of
# real excerpts (sixteenth session) none was true — the far-apart ones among them all two scopes
_FAR_APART = Decimal(2)
# …and two values of one named rate more than this many points apart with no slip between them (designed after a real
# excerpt's 17.5% / 11.4%, the towns' and the villages' growth; the planted rate conflicts of the blind sets are slips
# or within three points: none lost)
_RATE_APART = Decimal(3)


_GROUP_LEAD = re.compile(r"([^，,；;。：:！？!?\n]{2,40}?)" + AMONG_ZHONG + r"[，,：:]")


_LEAD_COUNT = re.compile(r"\d+(?=项|个|件|家|类|批|所|条)")  # (the groups' count, not a date's 9月底 / 2023年)


def _group_lead(doc, folded: str, x: Fig) -> str | None:
    """The lead of the group a figure's ；-part counts in (10项街道民生实事项目中，…4项推进顺利): its words, or None."""
    if x.sent < 0:
        return None
    lo = max(doc.sentences[x.sent].start, folded.rfind("；", 0, x.start) + 1, folded.rfind(";", 0, x.start) + 1)
    leads = list(_GROUP_LEAD.finditer(folded, lo, x.start))
    return leads[-1].group(1) if leads else None


def _led_apart(doc, folded: str, a: Fig, f: Fig) -> bool:
    """Are the two counted in groups their own leads count otherwise (10项民生实事项目中，4项推进顺利… / 12项重点工作专班
    推进项目中，6项推进顺利…)? Then they are counts of two groups, not one count restated (a lead reworded around the
    same count — 8项…项目中 / 在全镇8项…项目中 — is the same group)."""
    la, lf = _group_lead(doc, folded, a), _group_lead(doc, folded, f)
    if not (la and lf):
        return False
    na, nf = _LEAD_COUNT.search(la), _LEAD_COUNT.search(lf)
    return bool(na and nf and na.group(0) != nf.group(0))


def _wholes_of_own_shares(doc, folded: str, figs: list[Fig], a: Fig, f: Fig) -> bool:
    """Is each value the whole of a share stated right after it (…的90.09%) that holds with the amount of its unit just
    before it in its sentence (…完成投资10.54亿元，占中央投资计划11.7亿元的90.09% / …完成8.19亿元，占中央投资计划9亿元的
    90.96%)? Then each is tied to its own part — two projects' plans, not one plan written twice."""
    parts = [_own_share_part(folded, figs, x) for x in (a, f)]
    return None not in parts and parts[0] is not parts[1]


def _own_share_part(folded: str, figs: list[Fig], x: Fig) -> Fig | None:
    """The part whose share of x is stated right after x (x的p%), when part / x gives p; else None."""
    if not folded.startswith("的", x.end) or x.sent < 0:
        return None
    i = bisect.bisect_left([g.start for g in figs], x.end + 1)
    if i >= len(figs) or figs[i].start != x.end + 1 or figs[i].kind != "percent":
        return None
    before = [g for g in figs if g.sent == x.sent and g.end <= x.start and g.quantity and g.base_unit == x.base_unit]
    if not before:
        return None
    part, pct = before[-1], figs[i].norm_interval()
    whole = x.norm_interval()
    if None in (whole.low, whole.high, pct.low, pct.high) or not whole.low:
        return None
    got = part.norm_interval()
    if None in (got.low, got.high):
        return None
    return part if got.low / whole.high <= pct.high and pct.low <= got.high / whole.low else None


_AMONG_INTRO = re.compile(r"其中[：:]\s*$")


def _among_item(folded: str, x: Fig) -> int:
    """The start of the 其中： that opens the numbered list x's line is an item of (其中：⏎1、煤矿…⏎5、道路交通发生事故
    199起…少受伤21人), or -1: a figure of such an item is a part's, not the whole's stated before the list."""
    ls = folded.rfind("\n", 0, x.start) + 1
    if not _LIST_MARK.match(folded[ls:ls + 8]):  # (its ^ anchors at the string start, so the line is sliced)
        return -1
    k = ls - 1
    for _ in range(30):  # (up the item lines to the line that opens the list)
        if k <= 0:
            return -1
        prev = folded.rfind("\n", 0, k) + 1
        line = folded[prev:k]
        if _AMONG_INTRO.search(line):
            return prev
        if not _LIST_MARK.match(line) and line.strip():
            return -1
        k = prev - 1
    return -1


_AFTER_ADJUSTED = re.compile(r"[^，,；;。\d]{0,6}?(?:后|以后|之后)")
_ADJUSTED_BY = re.compile(r"扣除|剔除|扣减|减去|减除|去除|冲减|抵减|加上|加计|不含|调减|调增|核减|核增|退库")
_ADJUSTED_UP = frozenset(("加上", "加计", "调增", "核增"))


def _gap_stated(folded: str, figs: list[Fig], a: Fig, f: Fig) -> bool:
    """Is the gap between the two values an amount stated between them (全国财政收入39343.62亿元…解决出口退税陈欠613亿元
    后…，全国财政收入为38730.62亿元): a value before and after a stated adjustment, not one value written twice?"""
    lo, hi = sorted((a, f), key=lambda x: x.start)
    ia, ib = a.norm_interval(), f.norm_interval()
    if None in (ia.low, ia.high, ib.low, ib.high) or min(len(sig_digit_run(abs(x.norm))) for x in (a, f)) < 3:
        return False  # (a coarse count's gap is matched by some small figure between by chance)
    d_low = max(ia.low - ib.high, ib.low - ia.high, Decimal(0))
    d_high = max(ia.high - ib.low, ib.high - ia.low)
    for g in figs:
        if lo.end <= g.start and g.end <= hi.start and g.quantity and g.base_unit == a.base_unit and g.norm:
            ig = g.norm_interval()
            if ig.low is None or ig.high is None or not (ig.low <= d_high and d_low <= ig.high):
                continue
            # (…陈欠613亿元后 / 扣除…613亿元: the text says the amount adjusts the value — in the direction its words say:
            # 扣除…后 leaves less, 加上…后 more)
            word = _ADJUSTED_BY.search(label_of(folded, g))
            if (word or _AFTER_ADJUSTED.match(folded, g.end)) \
                    and (word is None or (word.group(0) in _ADJUSTED_UP) != (hi.norm < lo.norm)):
                return True
    return False


def _slip_apart(a: Fig, f: Fig) -> bool:
    """Could two far-apart values be one number miswritten — the same significant digits (at another magnitude: 万 or a
    decimal point dropped), the same digits in another order, or one digit written otherwise, added or dropped?"""
    return slipped(a.norm, f.norm)


def _drop_far_apart(doc, folded: str, figs: list[Fig], rows: list[dict]) -> list[dict]:
    """The rows minus those that read as one figure stated twice two values of one name that are two things: amounts
    or counts far apart with no slip between them (到位资金8.29亿元 for the county / 引进…公司…今年到位资金3.07亿元;
    代表建议8160件 / 重点督办的276件代表建议; 利润总额11.00亿元 of one sector / 5.81亿元 of another), rates more than
    _RATE_APART points apart with no slip, two counts in groups their own leads count otherwise (_led_apart), a value
    before and after an adjustment the text states (_gap_stated), the wholes of two shares that each hold with a part
    of their own (_wholes_of_own_shares), a part's figure on a numbered line under 其中： and the whole's before it
    (_among_item), or two sentences telling the same list of measures with other values (_parallel_apart). A narrower
    scope larger than the wider is read as it is."""
    by_id = None
    kept = []
    for r in rows:
        if r["verdict"] == schema.INCONSISTENT and r["cause"] == "same metric stated with two values" \
                and " > " not in r["computed"]:
            if by_id is None:
                by_id = {f.id: f for f in figs}
            pair = [by_id.get(i) for i in r["figure_ids"].split()]
            if len(pair) == 2 and all(x is not None and x.kind == "percent" and x.value is not None and not x.qualifier
                                      for x in pair):  # (a bound, 均在95%以上, is a claim of its own)
                low, high = sorted((pair[0].value, pair[1].value))
                if high - low > _RATE_APART and not slipped(pair[0].value, pair[1].value):
                    continue  # (人均生活消费支出增速17.5% of the towns / 11.4% of the villages)
            if len(pair) == 2 and all(x is not None and x.norm is not None for x in pair):
                a, f = pair
                if _led_apart(doc, folded, a, f) or _gap_stated(folded, figs, a, f) or _wholes_of_own_shares(doc, folded, figs, a, f) \
                        or _among_item(folded, a) != _among_item(folded, f):
                    continue  # (10项…项目中，4项推进顺利 / 12项…项目中，6项推进顺利; …613亿元后，…为38730.62亿元)
                low, high = sorted((abs(a.norm), abs(f.norm)))
                if a.quantity and f.quantity and low and high > low * _FAR_APART and not _slip_apart(a, f):
                    continue
                if _parallel_apart(doc, folded, figs, a, f):
                    continue
                r = _shown_open(r, a, f)
        kept.append(r)
    return kept


# two amounts of one name more than this factor apart (and less than _FAR_APART) with no slip between them: shown, not
# called a contradiction (see _shown_open)
_APART_OPEN = Decimal("1.25")


def _shown_open(r: dict, a: Fig, f: Fig) -> dict:
    """A conflict of two amounts that are not one number miswritten (common.slipped) and more than _APART_OPEN apart →
    the row made unverifiable: both values are shown, not called a contradiction (else the row as it is). Measured on
    real text, not assumed: of the cross_reference alarms helpers judged on sixteen sets of real excerpts (sixteenth
    and seventeenth sessions) not one of 47 was true — two scopes, periods or things named alike that the words before
    the figures do not tell apart (一般公共预算 and 政府性基金's 转移性收入49.2亿元 / 33.8亿元, in two sections) — while a
    restatement that went wrong is a slip of the pen or a value left from a draft, close to the right one (7,120 / 6,840人).
    A single digit slips to any other (9人 / 12人 stays a conflict: slipped cannot tell it from one)."""
    if a.kind == "percent" or f.kind == "percent" or not a.norm or not f.norm:
        return r
    low, high = sorted((abs(a.norm), abs(f.norm)))
    if not (high > low * _APART_OPEN and not slipped(a.norm, f.norm)
            and min(len(sig_digit_run(low)), len(sig_digit_run(high))) >= 2):
        return r
    return dict(r, verdict=schema.UNVERIFIABLE, cause="two values, perhaps two scopes",
                computed=r["computed"].replace(" ≠ ", " vs ", 1),
                explanation_en=f"The text gives {a.text} here and {f.text} later for what reads as one metric. The two "
                               f"are far apart and not one number miswritten (no digit swapped, dropped or changed), so "
                               f"they are likely two scopes or periods the text does not tell apart: check which each "
                               f"one means.",
                explanation_zh=f"文中前称{a.text}、后称{f.text}，似为同一指标；两数相差较大且不像笔误（无数字错位、漏写或改写），"
                               f"多为文中未写明的两个口径或时段，请核对各指何数。")


def _item_label(folded: str, x: Fig) -> str:
    """The Chinese characters of a figure's list item before it (实现到位资金, 履约率): common.item_label's text."""
    return _NOT_CJK.sub("", item_label(folded, x))


def _parallel_apart(doc, folded: str, figs: list[Fig], a: Fig, f: Fig) -> bool:
    """Do the two figures' sentences give two measures or more of one name each (one name the other's end), with other
    values in one and the other, and fewer alike (第十届展会签约项目10个，投资总额24亿元；履约率90%…；到位资金9.88亿元 /
    第三届推介会签约项目11个，投资总额33.8亿元；履约率81.8%…；到位资金7.88亿元)? Then they tell two events, bodies or
    places in turn, not one figure twice: a restatement repeats a figure, and those around it are absent or agree."""
    if a.sent < 0 or f.sent < 0 or a.sent == f.sent:
        return False
    by_sent = figs_by_sentence(doc, figs)
    xs = [x for x in by_sent.get(a.sent, ()) if x is not a and x.norm is not None and x.value_high is None]
    ys = [y for y in by_sent.get(f.sent, ()) if y is not f and y.norm is not None and y.value_high is None]
    if len(xs) < 2 or len(ys) < 2:
        return False
    # each sentence opens with its own subject and then the same first measure (第十届展会签约项目… / 第三届推介会签约
    # 项目…): two accounts told alike; a restatement's sentence opens with a summing-up or the measure itself
    x0 = min(by_sent[a.sent], key=lambda x: x.start)
    y0 = min(by_sent[f.sent], key=lambda y: y.start)
    lx0, ly0 = _item_label(folded, x0), _item_label(folded, y0)
    k = tail_shared(lx0, ly0)
    if k < 2 or len(lx0) - k < 2 or len(ly0) - k < 2:
        return False
    other = alike = 0
    y_labels = [(y, _item_label(folded, y)) for y in ys]
    for x in xs:
        lx = _item_label(folded, x)
        if len(lx) < 2:
            continue
        told = [y for y, ly in y_labels if y.base_unit == x.base_unit and y.kind == x.kind
                and len(ly) >= 2 and (lx.endswith(ly) or ly.endswith(lx))]
        if not told:
            continue
        if any(y.norm_interval().overlaps(x.norm_interval()) for y in told):
            alike += 1
        else:
            other += 1
    return other >= 2 and other > alike


# how wide a scope is: the year's new ones within the unmarked count of the period, the body's own part (本级, 机关)
# within all it reports on
_SCOPES = frozenset(("new", "stock"))  # (the scopes compared; which is narrower is read from the label, below)
_ORG_RANK = {"own": 0, "all": 1}


def _part_exceeds_whole(doc, folded: str, figs: list[Fig], cores: list, labels: dict, verbal: set) -> list[dict]:
    """One metric named alike twice in one period, once in a narrower scope — the year's new ones (全年…新增, 当年) against
    the unmarked count, or the body's own part (市本级, 机关) against all it reports — where the narrower value is
    larger: it cannot be a part of the wider, so one of them is wrong (移送案件线索14件 in the overview / under 一、市本级…，
    全年共…移送案件线索16件). Only a plain unmarked count is the wider side (not 累计, 截至, 现有: cumulative_vs_new's), and
    the guards of the main pass hold (subjects, places, one paragraph, the objects of an activity)."""
    by_unit: dict[str, list[tuple]] = {}
    for f, pre in zip(figs, cores):
        if pre is not None:
            by_unit.setdefault(f.base_unit, []).append((f, pre))
    memo: dict[int, tuple | None] = {}

    def key_of(x: Fig, pre: tuple):
        if x.id not in memo:
            memo[x.id] = _key(doc, folded, x, pre)
        return memo[x.id]

    # (a pair needs a narrower side: a figure whose label has a verb of new ones, or whose sentence or heading names
    # the body's own part — the words _key's org and the scope test below read; a unit with none is skipped whole)
    # (the body's words looked for once in the text and its headings: most reports have none)
    own_text = _ORG.search(folded) is not None
    own_heads = any(_ORG.search(h or "") for h in doc.top_sections()[1])

    def may_narrow(x: Fig, px: tuple) -> bool:
        if _NEW_VERB.search(px[1]):
            return True
        s0 = doc.sentences[x.sent].start if x.sent >= 0 else x.start
        return bool((own_text and _ORG.search(folded, s0, x.start))
                    or (own_heads and _ORG.search(doc.section_at(x.start) or "")))

    out = []
    for group in by_unit.values():
        if len(group) < 2:
            continue  # (a name alone in its unit pairs with nothing)
        narrowing = [may_narrow(x, px) for x, px in group]
        if not any(narrowing):
            continue
        # only names one of which ends the other can pair, and the shorter has three characters at least: look the
        # partners up by name and by ending (not every pair of the unit), and count once the values each ending has
        by_name: dict[str, list[int]] = {}
        by_end: dict[str, list[int]] = {}
        values_of: dict[str, set] = {}
        for k, (x, px) in enumerate(group):
            by_name.setdefault(px[0], []).append(k)
            for e in range(len(px[0]) - 2):
                by_end.setdefault(px[0][e:], []).append(k)
                values_of.setdefault(px[0][e:], set()).add(x.norm)
        for i, (f, pf) in enumerate(group):
            nf = pf[0]  # (an ending with three values or more is a breakdown by sections: no partner there, below)
            near = set(by_end[nf]) if len(nf) >= 3 and len(values_of[nf]) <= 2 else set()
            for e in range(1, len(nf) - 4):
                if len(values_of[nf[e:]]) <= 2:
                    near.update(by_name.get(nf[e:], ()))
            for a, pa in (group[k] for k in sorted(near) if k < i and (narrowing[k] or narrowing[i])):
                short, long_ = sorted((pa[0], pf[0]), key=len)
                if not long_.endswith(short) or len(short) < (3 if short == long_ else 5) or a.norm == f.norm:
                    continue  # (移送案件线索 / 向…司法机关移送案件线索: the same words end both names)
                extra = long_[:len(long_) - len(short)]
                if _A_PART.search(extra) or _PER_IN_CORE.search(extra) \
                        or is_per_unit(folded, a) != is_per_unit(folded, f):
                    continue  # (其他粮食作物播种面积, 人均地区生产总值: a class of others, a value per head)
                if len(values_of[short]) > 2:
                    continue  # (three values: a breakdown by sections, not a restatement)
                ka, kf = key_of(a, pa), key_of(f, pf)
                if ka is None or kf is None or ka[3] != kf[3] or ka[1:3] == kf[1:3] \
                        or ka[1] not in _SCOPES or kf[1] not in _SCOPES:
                    continue
                # (全年 and an unmarked count are one scope, the period's: only 新增, 新建… name the new ones within)
                sa, sf = (0 if x[1] == "new" and _NEW_VERB.search(p[1]) else 1 for x, p in ((ka, pa), (kf, pf)))
                oa, of = _ORG_RANK[ka[2]], _ORG_RANK[kf[2]]
                if (sa, oa) == (sf, of):
                    continue
                if (sa - sf) * (oa - of) < 0:
                    continue  # (narrower one way, wider the other: not comparable)
                narrow, wide, pw = (a, f, pf) if (sa, oa) <= (sf, of) else (f, a, pa)
                if _CUM.search(pw[1]) or pw[3]:
                    continue  # (a running total or a 总数 against the year's new: cumulative_vs_new's)
                wn, ww = _cr_interval(folded, narrow), _cr_interval(folded, wide)
                if ww.high is None or wn.low is None or not wn.low > ww.high or narrow.qualifier or wide.qualifier:
                    continue
                if a.sent == f.sent or any(label_of(folded, x).startswith("其中") for x in (a, f)) \
                        or _acted_on(folded, a) != _acted_on(folded, f) \
                        or (oa == of and _subjects_differ(folded, a, f) and not (f.id in verbal or a.id in verbal)) \
                        or _one_paragraph(doc, folded, figs, a, f) or _areas_differ(doc, folded, a, f) \
                        or _value_beside(doc, figs, a, f) or _running_vs_year(doc, folded, a, labels.get(a.id), f, pf[1]) \
                        or _bodies_lead(doc, folded, a) != _bodies_lead(doc, folded, f):
                    continue
                metric = short
                out.append(result(
                    "cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                    f"{narrow.text} > {wide.text} for {metric} (a narrower scope larger than the wider)",
                    f"{metric} is given as {wide.text} and, in a narrower scope (the year's new ones or the body's own "
                    f"part), as {narrow.text}; a part cannot exceed its whole, so one of them is wrong.",
                    f"{metric}总数为{wide.text}，而口径更窄的{narrow.text}反而更大，二者矛盾，应核对。",
                    "same metric stated with two values"))
    return out


_HAVE = re.compile(r"^(?:现有|拥有|共有|建有|实有|有)")


_WORK_DONE = re.compile(r"完成|建成|实施|新建|解决|改造|治理|整治|加固|开工|竣工|办结|整改")
_LEVEL_END = re.compile(r"(?:达到|达|为|有|增至|增加到|提高到|总数|总量)$")


def _running_vs_year(doc, folded: str, a: Fig, la: str | None, f: Fig, lf: str) -> bool:
    """累计完成除险加固59座 / 2009年…除险加固完成21座: a running total (累计 before it) and the same work done with no
    scope word in a sentence dated to the year (a year, 全年, 当年) — the total to date and the year's work."""
    if la is None or ("累计" in la) == ("累计" in lf):
        return False
    x, lx = (f, lf) if "累计" in la else (a, la)
    if _CUM.search(lx) or x.sent < 0 or not _WORK_DONE.search(lx) or _LEVEL_END.search(lx):
        return False  # (全市国家级高新技术企业达到98家: a level reached, the stock)
    s0 = doc.sentences[x.sent].start
    return bool(_YEAR_RX.search(folded, s0, x.start) or _NEW.search(folded, s0, x.start))


# verbs of an activity done to some of a kind (检查市场主体, 走访企业, 帮扶农户): what they count is a sample, not the stock
_ACTIVITY_VERB = re.compile(r"(?:检查|抽查|排查|核查|巡查|督查|督导|暗访|走访|回访|帮扶|结对|包联|培训|慰问|救助|指导|约谈|处罚|"
                            r"查处|检测|抽检|监测|调解|扶持|资助|表彰|考核|评估|审计|服务|对接|联系)了?$")


def _acted_on(folded: str, f: Fig) -> str:
    """The activity verb right before the metric named before a figure (检查 in 检查市场主体1540户), else ''."""
    metric = f.metric
    if not metric:
        return ""
    cs = clause_start(folded, f.start)
    k = folded.rfind(metric, cs, f.start)
    if k < 2:
        return ""
    m = _ACTIVITY_VERB.search(folded, max(cs, k - 3), k)
    return m.group().rstrip("了") if m else ""


def _inherit_subjects(folded: str, figs: list[Fig], cores: list, starts: list[int]) -> set:
    """养老机构42家，床位3860张: a bare noun of two characters that opens a clause after a count of a subject is that
    subject's (养老机构床位). Sets the core of such figures; returns their ids."""
    out = set()
    names = None
    for i, (f, c, cs) in enumerate(zip(figs, cores, starts)):
        m = f.metric
        if c is not None or not m or len(m) != 2 or not f.quantity or f.value_high is not None or m in _GENERIC \
                or m in _BARE_VERBS or not _TWO_CJK.fullmatch(m):
            continue
        label = folded[cs:f.start]
        if not label.startswith(m) or not _LINK.match(label[2:]):
            continue
        head = _profile(folded, f)
        if not head or head.startswith("其中"):
            continue
        noun = _HAVE.sub("", _SUBJECT_NOISE.sub("", _SUBJECT_NOISE.sub("", head)))
        if names is None:
            names = {c2[0] for c2 in cores if c2}
        if len(noun) < 2 or noun + m not in names:
            continue  # (only a subject's attribute named in full elsewhere is worth the reading)
        cores[i] = (noun + m, label, 2, False, "")
        out.add(f.id)
    return out


def _alias_area_verbs(doc, folded: str, figs: list[Fig], cores: list) -> None:
    """全乡脱贫1368人 / 全乡…，贫困人口脱贫1386人: where a place's count is named by a verb alone, the one metric of the
    place's sentences that ends with that verb (and names no part: 其中…) is read under the verb too."""
    verbs = {(c[0], f.base_unit) for c, f in zip(cores, figs) if c and len(c[0]) == 2}
    if not verbs:
        return
    tails: dict[tuple, list[int]] = {}
    for i, (c, f) in enumerate(zip(cores, figs)):
        if c and not c[4] and len(c[0]) >= 4 and (c[0][-2:], f.base_unit) in verbs and not c[1].startswith("其中") \
                and _area(doc, folded, f):
            tails.setdefault((c[0][-2:], f.base_unit), []).append(i)
    for (verb, _), idx in tails.items():
        if len({cores[i][0] for i in idx}) == 1:  # (two metrics ending in the verb: which one is meant is unsure)
            for i in idx:
                cores[i] = cores[i][:4] + (verb,)


_NEW_VERB = re.compile(r"新增|新建|新批|新登记|新认定|新培育|新引进|新签约")
_WHOLE_YEAR = re.compile(r"全年|本年度?|年内")
_FLOW_OTHER = {"bare": "year", "year": "bare"}
_RUNNING = re.compile(r"累计|截至|截止|总数|总量|现有|实有|共有|目前|当年|今年|年末|年底")


def _flow_kind(label: str, scope: str) -> str:
    """'year' for a label that names the whole year only (全年立案查处, 本年度共新建 has a verb of its own), 'bare' for
    one with no word of scope at all, else ''. (当年 and 今年 set the year against a running total: not read.)"""
    if scope == "new":
        return "year" if _WHOLE_YEAR.search(label) and not (_NEW_VERB.search(label) or "当年" in label or "今年" in label) else ""
    return "bare" if scope == "stock" and not _CUM.search(label) and not _PREV.search(label) else ""


def _value_beside(doc, figs: list[Fig], a: Fig, f: Fig) -> bool:
    """The one value stated again in the other's sentence in its unit (建成…12.6万亩 / 全年建成…2.4万亩，累计建成
    12.6万亩): it is named there by another word, so the two are not one quantity."""
    bys = figs_by_sentence(doc, figs)
    return (any(x is not f and x.base_unit == f.base_unit and x.norm == a.norm for x in bys.get(f.sent, ()))
            or any(x is not a and x.base_unit == a.base_unit and x.norm == f.norm for x in bys.get(a.sent, ())))


def _repeated_units(figs: list[Fig]) -> set[str]:
    """The base units that two figures or more of the list have (only those can name one metric twice)."""
    seen: set[str] = set()
    twice: set[str] = set()
    for f in figs:
        u = f.base_unit
        if u in seen:
            twice.add(u)
        else:
            seen.add(u)
    return twice


def _note_value(values: dict, key: tuple, f: Fig) -> None:
    """Add f to the distinct values its key is given (up to six, enough for the caller's test: a key given three values
    or more of one place — 反馈问题12个 / 14个 / 10个 under 一、二、三、…方面, after 反馈问题36个 in the overview — is broken
    down by subjects, not restated)."""
    seen = values.setdefault(key, [])
    if len(seen) < 6 and not any(x.norm_interval().overlaps(f.norm_interval()) for x in seen):
        seen.append(f)


def _one_paragraph(doc, folded: str, figs: list[Fig], a: Fig, f: Fig) -> bool:
    """Two values of one metric in one paragraph with a sentence that counts nothing between them (县人民医院是…。全年
    门急诊38.6万人次…。县中医院是二级甲等医院。全年门急诊12.4万人次): that sentence brings in the next subject; a
    paragraph does not restate its own figure (a swap of digits is a typo, not a second subject)."""
    if f.sent - a.sent < 2 or f.start - a.start >= 400 or "\n" in folded[a.end:f.start] or _swapped(a, f):
        return False
    # (a sentence of growth rates, 全年规模以上工业增加值比上年增长8.9%。, goes on with the same subject: it counts too)
    counted = cached(doc, "_cr_counted_cache", figs, lambda: {x.sent for x in figs if x.quantity or x.kind == "percent"})
    return any(i not in counted for i in range(a.sent + 1, f.sent))


# words that name money spent or granted (资金, 经费, 支出…): a project's funds under whatever name
_FUNDS = re.compile(r"资金|经费|支出|投入|投资|补助|拨付")


def _summed_funds(doc, folded: str, a: Fig, f: Fig, la: str, lf: str) -> bool:
    """全年实际支出812万元 … 综上，…项目资金812元全部用于规定用途: a summing-up that names the money in other words, both
    labels naming funds, the number of three significant digits or more."""
    if a.kind != "money" or f.kind != "money" or _sig_digits(f) < 3:
        return False
    s0 = doc.sentences[f.sent].start
    if not (_summary_context(doc, folded, f) or _LOOK_BACK_LEAD.match(folded, s0)):
        return False
    return bool(_FUNDS.search(la) and _FUNDS.search(lf))


# a value per head or household named as such (户均增收, 人均可支配收入): a slip of 万 there is a slip too
_PER_HEAD_WORD = re.compile(r"人均|户均|亩均|生均")


def _per_head(folded: str, f: Fig) -> str:
    """The per-head word of a per-unit figure's clause (人均, 户均…), else ''; a rate per unit (元/人) has none."""
    if "/" in f.unit:
        return ""
    m = _PER_HEAD_WORD.search(folded, clause_start(folded, f.start), f.start)
    return m.group(0) if m else ""


def _plan_word_before(doc, folded: str, x: Fig) -> bool:
    """A plan word before a figure in its sentence — in its clause only for a summing-up, whose 目标均已完成 reports."""
    s0 = doc.sentences[x.sent].start
    if _summary_context(doc, folded, x):
        s0 = clause_start(folded, x.start)
    return bool(_PLAN_WORD.search(folded, s0, x.start))


_SLIP_FACTORS = (Decimal(10000), Decimal(100000000))


def _unit_slips(doc, folded: str, figs: list[Fig], stated: list[bool]) -> list[dict]:
    """The same number written once with 万 and once without (挽回经济损失331万元 … 挽回经济损失331元; 1.85亿元 …
    18500元, which drops the 万 of 18500万元), under labels that share four characters or more: one unit is wrong. (stated: which figures are plain amounts of a sentence)"""
    groups: dict[tuple, list[Fig]] = {}
    for f, ok in zip(figs, stated):
        if ok and f.value is not None and f.norm is not None and f.norm >= 1:
            # (by the digits of the value in its base unit: 1.85亿元 and 18500元 slip 万 as 812万元 and 812元 do)
            groups.setdefault((sig_digit_run(f.norm), f.base_unit), []).append(f)
    out = []
    for group in groups.values():
        if len(group) < 2:
            continue
        norms = {x.norm for x in group}
        if not any(n * k in norms for n in norms for k in _SLIP_FACTORS):
            continue  # (no two values 万 or 亿 apart: nothing slipped)
        group = [x for x in group if _sig_digits(x) >= 2 and not is_reference(folded, x)
                 and (not is_per_unit(folded, x) or _per_head(folded, x))]
        for i, a in enumerate(group):
            for f in group[i + 1:]:
                if _per_head(folded, a) != _per_head(folded, f):
                    continue  # (户均增收 and 增收: a value per household is not the total)
                ratio = max(a.norm, f.norm) / min(a.norm, f.norm) if min(a.norm, f.norm) > 0 else 0
                if f.sent == a.sent or ratio not in (Decimal(10000), Decimal(100000000)):
                    continue
                if any(_plan_word_before(doc, folded, x) for x in (a, f)):
                    continue
                la, lf = _core_label(folded, a), _core_label(folded, f)
                run = _common_run(la, lf)
                if run < 4 and not _summed_funds(doc, folded, a, f, la, lf):
                    continue
                out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                                  f"{a.text} ≠ {f.text} (the same number, units {a.unit} and {f.unit})",
                                  f"The same quantity is given as {a.text} and later as {f.text}: the number agrees but "
                                  f"the unit differs by a factor of {ratio}; one unit is wrong.",
                                  f"同一指标前称{a.text}、后称{f.text}，数字相同而单位不同，应核对单位。",
                                  "万 and 元 mixed up"))
    return out


# a rate that describes the place in the period (城镇登记失业率, 森林覆盖率, 义务教育巩固率), named in six characters or
# more; rates of a process (群众满意率, 办结率, 合格率…) are measured per survey or batch and are left alone
_RATE_NAME = re.compile(r"^[\u4e00-\u9fff]{4,14}(?:率|比例|比重)$")
_RATE_LINK = re.compile(r"(?:仅|只有|只|才|均)?(?:达到|达|为|是|保持在|稳定在|维持在)?$")  # (到位率仅67.9%)
# a rate named before its move to the value (供水率由上年的84.6%提高到89.2%, 优良率提升至86.1%): the name before 由
_RATE_MOVE = re.compile(r"(?:由[^，,；;。%]{0,12}%)?(?:提高|提升|上升|增长|增加|下降|降低|回落|降)(?:到|至)$")
_RATE_SCOPE = re.compile(r"^(?:(?:19|20)\d\d年度?|全年|今年|当年|年末|年底|全[市县区省州旗镇乡])+")
_PROCESS_RATE = re.compile(r"满意|办结|办复|答复|回复|完成|执行|合格|达标|知晓|好评|参与|结案|采纳|解决|整改|出勤|通过|到位|"
                           r"兑现|及时|按时|按期|准确|正确|成功|利用|使用|响应|处置|处理|回访|上线|验收|履约|收缴|征收|化解|调解|"
                           r"优秀|良好|合规|增长|下降|提高|降低|减少|增加")


_RATE_PLANNED = re.compile(r"目标|控制|预期|计划")


def _rate_name_of(folded: str, f: Fig) -> tuple[str, str] | None:
    """A percent named as the value of a rate of the period by its label (城镇登记失业率3.2%) → (the rate's name, the
    label), else None. The cheap half of the reading: _rate_of_period asks the rest, only of names given twice."""
    if f.kind != "percent" or f.qualifier or f.value_high is not None or f.sent < 0:
        return None
    label = folded[clause_start(folded, f.start, _ITEM_SEP):f.start]
    if "率" not in label and "比" not in label:
        return None  # the name is part of the label and ends in 率, 比例 or 比重
    name = _RATE_SCOPE.sub("", _RATE_LINK.sub("", _RATE_MOVE.sub("", _drop_list_mark(label))))
    if not _RATE_NAME.match(name) or _PROCESS_RATE.search(name):
        return None
    return name, label


def _rate_of_period(doc, folded: str, f: Fig, label: str) -> bool:
    """A named rate (_rate_name_of) is of the period: no other frame, plan or part of the year before it."""
    return not (_cr_other_frame(doc, folded, f) or _RATE_PLANNED.search(label)
                or in_plan(folded, doc, f) or is_sub_period(folded, f))


def _rate_restated(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """The same named rate of the same period stated in two sentences: consistent when the values agree within
    their rounding, inconsistent when they cannot (城镇登记失业率3.2% in the overview, 3.4% in the section)."""
    first: dict[tuple, Fig] = {}
    out = []
    cands = []
    for i in _of_kind(doc, figs, "percent"):  # (only a percent names a rate)
        f = figs[i]
        named = _rate_name_of(folded, f)
        if named:
            cands.append((f, named))
    if len(cands) < 2:
        return out
    times: dict[str, int] = {}
    for _, (name, _) in cands:
        times[name] = times.get(name, 0) + 1
    for f, (name, label) in cands:
        # a rate named once is the first of its key and pairs with nothing: its frame is never asked
        if times[name] < 2 or not _rate_of_period(doc, folded, f, label):
            continue
        years = _cr_years(doc, folded, f)
        key = (name, years[-1] if years else _heading_year(doc, folded, f) or _led_year(doc, f))
        a = first.setdefault(key, f)
        if a is f or a.sent == f.sent:
            continue
        wa, wf = a.pct_interval(), f.pct_interval()
        if wa is None or wf is None or _areas_differ(doc, folded, a, f):
            continue
        if not wa.overlaps(wf) and _own_counts_differ(doc, figs, a, f):
            continue  # 高血压患者在管1,026人…规范管理率79.1% / 严重精神障碍患者在册47人…89.4%: each rate of its own counts
        out.append(_rate_row(a, f, name, wa.overlaps(wf), "stated again", f"{key[1]}",
                             (f"{name} is given as {a.text} and later as {f.text} for the same period; one of them is wrong.",
                              f"{name}前称{a.text}、后称{f.text}，同一时期数值矛盾，应核对。")))
    return out


def _own_counts_differ(doc, figs: list[Fig], a: Fig, f: Fig) -> bool:
    """Do both rates follow counts of their own sentences (a rate worked out of them: 在管1,026人，规范管理812人，规范管理率
    79.1%), and are those counts not the same? Then each rate is of its own group or moment, not one rate stated twice."""
    def counts(x: Fig) -> set:
        return {g.norm for g in figs_by_sentence(doc, figs).get(x.sent, ()) if g.kind == "count" and g.end <= x.start}
    ca, cf = counts(a), counts(f)
    return bool(ca) and bool(cf) and ca != cf


# a rate of change right before its percent (固定资产投资增长26.1%, 比上年的10.2亿元增长21.6%, 同比下降3.2%)
_GROWTH_TAIL = re.compile(r"(?P<cmp>(?:同比|[比较]上年(?:同期)?(?:的?[\d０-９][\d０-９,.]*[\u4e00-\u9fff]{0,3})?)?)"
                          r"(?:(?P<dir>增长|下降)了?|(?P<rate>增速|增幅|降幅)(?:为|达到|达|是)?)$")
# scope words and completion verbs before the quantity's name (全县完成, 全年实现, 我局)
_RATE_NAMED_BEFORE = re.compile(r"(?:增速|增幅|降幅)(?:为|达到|达|是)?$")
_GROWTH_LEAD = re.compile(r"^(?:全[市县区省州旗镇乡]|全街道|全年|今年|当年|本年度?|年内|我[市县区镇乡局委]|辖区内?|其中)*"
                          r"(?:(?:累计|实际)?(?:完成|实现)了?|达到)?")
_GROWTH_NOT = re.compile(r"(?:确定|下达|设定|提出|制定)的|年均|平均|累计|目标|预期|计划|力争|确保|[一二三四1-4]季度|上半年|下半年|月")


def _growth_name(folded: str, figs: list[Fig], i: int) -> tuple[str, str] | None:
    """A growth rate → (the quantity it is of, 增长 or 下降): named before the verb in its clause (固定资产投资增长), or,
    for a clause that only compares (比上年的10.2亿元增长21.6%), the amount the clause before ends with (完成固定资产投资
    12.4亿元); else None."""
    f = figs[i]
    cs = clause_start(folded, f.start)
    label = folded[cs:f.start]
    m = _GROWTH_TAIL.search(label)
    if not m or _GROWTH_NOT.search(label) or ANY_DIGIT.search(label, 0, m.start()) or "比" in label[:m.start()] \
            or "较" in label[:m.start()]:
        return None  # (a comparison or a number before it: the rate is of something else than the words name)
    name = _GROWTH_LEAD.sub("", _NOT_CJK.sub("", _BRACKETED.sub("", _drop_list_mark(label[:m.start()]))))
    if not name and i and cs >= 1 and folded[cs - 1] in "，,":
        # (the comparison's base, 10.2亿元, is inside the clause; the amount is the one before it — as for a bare
        # 增长8.6% after 规模以上工业增加值61.27亿元，)
        k = i - 1
        while k >= 0 and figs[k].start >= cs:
            k -= 1
        p = figs[k] if k >= 0 else None
        if p is None or not p.quantity or p.sent != f.sent or p.end != cs - 1:
            return None
        pcs = clause_start(folded, p.start)
        if "比" in folded[pcs:p.start] or "较" in folded[pcs:p.start]:
            # (比上年减少0.36万元，下降1.1%: the change is of the amount before it, 经费支出32.73万元 — a rate after an
            # amount takes that amount's own name)
            k -= 1
            p = figs[k] if k >= 0 else None
            if p is None or not p.quantity or p.sent != f.sent or p.end != pcs - 1:
                return None
        name = _GROWTH_LEAD.sub("", _NOT_CJK.sub("", _core_label(folded, p)))
    if len(name) < 4 or name in _GENERIC:
        return None
    # (规上工业增加值 = 规模以上工业增加值; 增速 / 增幅 name a rise's rate, 降幅 a fall's)
    return _long_above(name), m.group("dir") or ("下降" if m.group("rate") == "降幅" else "增长")


_LONG_ABOVE = {"规上": "规模以上", "限上": "限额以上"}
_SHORT_ABOVE = re.compile("规上|限上")


def _long_above(name: str) -> str:
    """规上 read as 规模以上, 限上 as 限额以上."""
    return _SHORT_ABOVE.sub(lambda m: _LONG_ABOVE[m.group(0)], name) if "上" in name else name


def _growth_restated(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """The growth rate of one quantity stated in two sentences (完成固定资产投资12.4亿元，比上年的10.2亿元增长21.6% …
    固定资产投资增长26.1%), the one name ending the other: consistent when the two agree within rounding, inconsistent
    when they cannot. Plans, targets, parts of the year, averages over years and other places are left alone; a
    quantity given three rates or more is of several subjects."""
    named = []
    for i in _of_kind(doc, figs, "percent"):
        f = figs[i]
        if f.qualifier or f.value_high is not None or f.sent < 0 or not (
                folded[f.start - 1:f.start] in "长降了" or _RATE_NAMED_BEFORE.search(folded, max(0, f.start - 5), f.start)):
            continue  # (增长 / 下降 / 增长了, or the rate named: 增速达到19.3%)
        got = _growth_name(folded, figs, i)
        if got:
            named.append((f, got))
    if len(named) < 2:
        return []
    # (only a rate whose name another rate's name ends with, or ends, is asked whether it is of the period)
    paired: set[int] = set()
    for j, (f, (nf, df)) in enumerate(named):
        for a, (na, da) in named[j + 1:]:
            if da == df and (na.endswith(nf) or nf.endswith(na)):
                paired.update((id(f), id(a)))
    named = [(f, got) for f, got in named if id(f) in paired
             and not (in_plan(folded, doc, f) or is_sub_period(folded, f) or _cr_other_frame(doc, folded, f))]
    out = []
    for j, (f, (nf, df)) in enumerate(named):
        for a, (na, da) in named[:j]:
            if a.sent == f.sent or da != df:
                continue
            short, long_ = sorted((na, nf), key=len)
            if not long_.endswith(short) or _ORG.search(long_, 0, len(long_) - len(short)) \
                    or _PER_IN_CORE.search(long_, 0, len(long_) - len(short)):
                continue  # (市本级一般公共预算收入: the body's own part of the whole the shorter name is of; 人均地区生产
                # 总值: a value per head, another metric than the total)
            same = [x for x, (nx, dx) in named if dx == df and (nx.endswith(short) or short.endswith(nx))
                    and not _PER_IN_CORE.search(nx, 0, len(nx) - len(short))]  # (人均…: not a third value of it)
            if len({x.norm for x in same}) >= 3:
                continue
            ya, yf = _cr_years(doc, folded, a), _cr_years(doc, folded, f)
            if (ya and yf and ya[-1] != yf[-1]) or _areas_differ(doc, folded, a, f) or _subset_lead(doc, folded, f) \
                    or _subset_lead(doc, folded, a) or _wholes_differ(doc, folded, figs, a, f) \
                    or _part_of_the_other(doc, folded, figs, a, na, f, nf) \
                    or _bodies_lead(doc, folded, a) != _bodies_lead(doc, folded, f) \
                    or _carried_part(folded, a, na) != _carried_part(folded, f, nf):
                continue  # (“一小时经济圈”完成地区生产总值…增长13.4%: a region's own rate, not the whole's)
            wa, wf = a.pct_interval(), f.pct_interval()
            if wa is None or wf is None:
                continue
            name = f"{short}{'增速' if df == '增长' else '降幅'}"
            out.append(_rate_row(a, f, name, wa.overlaps(wf), "stated again", "same period",
                                 (f"The growth of {short} is given as {a.text} and later as {f.text}; one of them is wrong.",
                                  f"{short}增幅前称{a.text}、后称{f.text}，二者矛盾，应核对。")))
            break
    return out


def _carried_part(folded: str, f: Fig, name: str) -> str:
    """The part (其中…) a growth rate's ；-segment carries from the segment before, its quantity named `name`."""
    return _carried_profile(folded, f, clause_start(folded, f.start, "；;。！？!?\n"), name)


# a sentence that sums up (总体来看，…) or a heading of conclusions (五、结语): what it states was stated before
_SUMMARY_LEAD = re.compile(r"\s*(?:总体看|总体来看|总体上看|总的看|总的来看|总的来说|总体而言|整体来看|综合来看|综合看|综上所述|综上|总之)[，,]?")
_SUMMARY_HEADING = re.compile(r"结语|结论|总结|小结")
_PLAN_HEADING_WORD = re.compile(r"打算|计划|下步|下一步|思路|安排|措施|举措|建议|方向|明年|今后")
_CONCESSION = re.compile(r"虽|尽管")
_PROBLEMS_HEADING = PROBLEMS_HEADING  # (one reading of a heading of the period's problems: rules/common)
_SUMMARY_WORD = re.compile(r"总体看|总体来看|总体上看|总的看|总的来看|总的来说|总体而言|整体来看|综合来看|综合看|综上|总之")  # (no \s*: searched over the text)
_SUMMARY_ANY = re.compile(f"{_SUMMARY_WORD.pattern}|{_SUMMARY_HEADING.pattern}")  # either, in one scan of the text
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
# (草原综合植被盖度, 群众满意度: a degree is a rate too)
_RATE_TAIL = re.compile(r"[\u4e00-\u9fff]{2,16}(?:率|度|比例|比重)$")


def _summary_context(doc, folded: str, f: Fig) -> bool:
    """Does the figure's sentence sum up (总体来看，…, under a heading of 总结, the closing paragraph's lead)? Once per
    sentence."""
    if f.sent < 0:
        return _summary_context_at(doc, folded, f)
    memo = doc.__dict__.get("_cr_summary_ctx")
    if memo is None or memo[0] is not folded:
        memo = doc.__dict__["_cr_summary_ctx"] = (folded, {})
    got = memo[1].get(f.sent)
    if got is None:
        got = memo[1][f.sent] = _summary_context_at(doc, folded, f)
    return got


def _after_figured_sections(doc, folded: str, pos: int) -> bool:
    """Does the top section at pos come after other top sections that hold figures? Only then can a heading of 总结
    or 结语 be a summing-up of what came before (not 一、工作总结 over the whole body, the report's own name)."""
    tops = doc.top_sections()[0]
    i = bisect.bisect_right(tops, pos) - 1
    return i >= 1 and ANY_DIGIT.search(folded, tops[0], tops[i]) is not None


def _summary_context_at(doc, folded: str, f: Fig) -> bool:
    s0 = doc.sentences[f.sent].start
    return bool(_SUMMARY_LEAD.match(folded, s0)
                or (_SUMMARY_HEADING.search(doc.section_at(f.start) or "") and _after_figured_sections(doc, folded, f.start))
                or (0 <= _closing_start(doc, folded) <= s0 and _closing_lead(doc, folded, s0)))


def _bare_rate_name(folded: str, f: Fig) -> str:
    """A percent's clause before it → the rate's name (政务服务综合满意率), or '' when it names no rate plainly."""
    label = folded[clause_start(folded, f.start, _ITEM_SEP):f.start]
    label = _BRACKETED.sub("", _drop_list_mark(label))
    name = _RATE_SCOPE.sub("", _RATE_LINK.sub("", _RATE_MOVE.sub("", label)))
    return name if _RATE_TAIL.fullmatch(name) and not _RATE_PLANNED.search(name) else ""


def _of_a_part(doc, folded: str, a: Fig) -> bool:
    """The earlier rate is of a part the summary is not about: its sentence or heading names a part of the place
    (一、城区学校, 城区学校共检测…) or a place or body leads its paragraph."""
    s0 = doc.sentences[a.sent].start
    return bool(_SUB_AREA.search(folded, s0, a.start) or _SUB_AREA.search(doc.section_at(a.start) or "")
                or _SUB_AREA.search(_sub_heading(folded, a)) or _lead_place(folded, a) or _body_name(_lead_name(folded, a)))


def _body_name(name: str) -> bool:
    """A lead name that names a body or place (城区学校, 县中医院, 县直单位), not a field of work (森林防火, 草原保护)."""
    return bool(name) and (name[-1] in _BODY_END or name.endswith(("单位", "部门", "企业", "机构", "中心", "场")))


def _summary_rates(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """A rate a summing-up restates (总体来看，全市政务服务综合满意率为84.3% / 五、结语 … 重要水功能区达标率为80.6%), named
    so that the one rate stated before it in the report ends its name (综合满意率…为83.3%, 达标33个，达标率78.6%):
    consistent when the two agree, inconsistent when they cannot. Rates of a process (满意, 达标) are per survey, so
    only the summary's own pointer back to one earlier rate pairs them."""
    if not _SUMMARY_ANY.search(folded) and not _closing_lead(doc, folded, max(0, _closing_start(doc, folded))):
        return []
    rates = [f for f in map(figs.__getitem__, _of_kind(doc, figs, "percent"))
             if not f.qualifier and f.value_high is None and f.sent >= 0]
    if not rates:
        return []
    by_sent: dict[int, bool] = {}
    summing = [by_sent[f.sent] if f.sent in by_sent else by_sent.setdefault(f.sent, _summary_context(doc, folded, f))
               for f in rates]
    if not any(summing):
        return []
    names = [_bare_rate_name(folded, f) for f in rates]
    out = []
    for j, f in enumerate(rates):
        name = names[j]
        if not summing[j] or not name or in_plan(folded, doc, f):
            continue
        found = []
        dated: set[int] = set()
        for i in range(j):
            a, na = rates[i], names[i]
            if na and not summing[i] and a.sent != f.sent and _names_the_rate(name, na) and not (
                    in_plan(folded, doc, a) or is_sub_period(folded, a)):
                if _cr_other_frame(doc, folded, a):
                    if not _STATUS_DATE.match(folded, doc.sentences[a.sent].start):
                        continue
                    dated.add(id(a))  # 截至6月底，…整改率86.5%: a status on a day, which a summing-up may restate
                found.append((0 if len(na) > len(name) else len(na), a))  # (a name shortened: unique or nothing)
        best = max((n for n, _ in found), default=0)
        found = _one_value([a for n, a in found if n == best], doc, folded, f)  # 综合满意率 before 满意率: the most specific name
        if len(found) != 1 or _areas_differ(doc, folded, found[0], f) or _of_a_part(doc, folded, found[0]):
            continue  # two earlier rates of that name: which one the summary means is not certain
        a = found[0]
        wa, wf = a.pct_interval(), f.pct_interval()
        if wa is None or wf is None or (id(a) in dated and not wa.overlaps(wf)):
            continue  # (a status on a day and the year's rate may differ: only their agreement is read)
        out.append(_rate_row(a, f, name, wa.overlaps(wf), "summed up again", "summed up",
                             (f"{name} is given as {a.text} and summed up later as {f.text}; one of them is wrong.",
                              f"{name}前称{a.text}、总结时称{f.text}，二者矛盾，应核对。")))
    return out


_SHARE_LINK = re.compile(r"[，,](?:占|约占|占比为?)$")
_RATE_WORD = re.compile(r"(?:率|比例|比重|占比)$")
# (…合计37.41亿元，占一般公共预算支出的77.5%: the whole named between 占 and the share)
_SHARE_OF_WHOLE = re.compile(r"[，,](?:占|约占)[^，,。；;：:\d%]{2,16}?的$")


def _names_share(chars: frozenset, grams: set, around: frozenset, part: set) -> bool:
    """Is a summary rate's name (its characters and pairs of them) made of the share's sentence and a word of the part's
    clause — or, where three pairs are shared, with a word of two characters added (群众满意和基本满意率 / 表示满意和
    基本满意的…，占)?"""
    if chars <= around:
        return bool(grams & part)
    return len(chars - around) <= 2 and len(grams & part) >= 3


def _share_summed_as_rate(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """A share (…Ⅰ～Ⅲ类水质断面18个，占75.0%; 满意和基本满意的207件，占96.7%) that a summing-up restates as a rate whose
    name, its 率/比例 dropped, is made of the characters of the share's sentence and shares a word with the part's own
    clause (地表水Ⅰ～Ⅲ类断面比例为75.0%; 委员满意和基本满意率96.7%): consistent when the two agree. A share of another
    part may be meant when they differ, so a difference is not read."""
    if not _SUMMARY_ANY.search(folded) and not _closing_lead(doc, folded, max(0, _closing_start(doc, folded))):
        return []
    rates = [f for f in map(figs.__getitem__, _of_kind(doc, figs, "percent"))
             if not f.qualifier and f.value_high is None and f.sent >= 0]
    shares, summed = [], []
    for f in rates:
        s0 = doc.sentences[f.sent].start
        link = _SHARE_LINK.search(folded, max(s0, f.start - 4), f.start) or (
            folded[f.start - 1:f.start] == "的" and _SHARE_OF_WHOLE.search(folded, max(s0, f.start - 20), f.start))
        if link:
            part_start = clause_start(folded, f.start - len(link[0]))
            shares.append((f, _cjk_chars(folded[s0:f.start]), _bigrams(_NOT_CJK.sub("", folded[part_start:f.start])),
                           folded[part_start:f.start - len(link[0])]))
        elif _summary_context(doc, folded, f):
            label = folded[clause_start(folded, f.start, _ITEM_SEP):f.start]
            label = _RATE_SCOPE.sub("", _RATE_LINK.sub("", _BRACKETED.sub("", _drop_list_mark(label))))
            core = _NOT_CJK.sub("", _RATE_WORD.sub("", label)) if _RATE_WORD.search(label) else ""
            if len(core) >= 4 and not _RATE_PLANNED.search(core) and not in_plan(folded, doc, f):
                summed.append((f, core))  # (地表水Ⅰ～Ⅲ类断面比例: the grade's numerals are no characters of the name)
    out = []
    for f, core in summed:
        chars, grams = frozenset(core), _bigrams(core)
        found = [(a, text) for a, around, part, text in shares if a.sent != f.sent and a.start < f.start
                 and _names_share(chars, grams, around, part)]
        if len(found) != 1:
            continue
        a, part_text = found[0]
        wa, wf = a.pct_interval(), f.pct_interval()
        if wa is None or wf is None or is_sub_period(folded, a) or _cr_other_frame(doc, folded, a) \
                or _areas_differ(doc, folded, a, f):
            continue
        if not wa.overlaps(wf):
            # 各项民生支出合计…，占…的77.5% / 总体来看，…民生支出占比达到75.5%: the part's own clause names the whole
            # rate's name and the two differ in one digit or by two swapped — a slip, not a share of another part
            if core in part_text and (_one_digit_off(a, f) or _neighbours_swapped(a, f)):
                out.append(_rate_row(a, f, core, False, "summed up again", "summed up",
                                     (f"{core} is given as a share of {a.text} and summed up as {f.text}; one of them "
                                      f"is wrong.", f"{core}前以占比{a.text}给出、总结时称{f.text}，二者矛盾，应核对。")))
            continue
        out.append(_rate_row(a, f, core, True, "summed up again", "summed up",
                             (f"{core} is given as a share of {a.text} and summed up as a rate of {f.text}.",
                              f"{core}前以占比{a.text}给出、总结时称{f.text}，二者一致。")))
    return out


def _names_the_rate(name: str, na: str) -> bool:
    """Does a summary's rate name mean the earlier one: it ends with it (综合满意率 / 政务服务综合满意率), holds its
    characters in order and ends with the same word (配套到位率 / 县级配套资金到位率), or drops its leading words but
    keeps five characters or more (适龄儿童免疫规划疫苗接种率 / 免疫规划疫苗接种率)?"""
    if _graded_apart(name, na):
        return False
    return name.endswith(na) or (len(na) >= 4 and name[-3:] == na[-3:] and in_order(na, name)) \
        or (len(name) >= 5 and na.endswith(name))


# 满意和基本满意率, 满意或较满意率, 非常满意率: a rate of a grade joined to or set beside the plain one (满意率)
_GRADED = re.compile(r"[和或及与、](?:基本|较为?|比较|一般)|(?:基本|比较|非常|十分)(?=[\u4e00-\u9fff]{1,4}率$)")


def _graded_apart(name: str, na: str) -> bool:
    """Does one of two rate names join a grade to its class or name a grade the other does not (满意率 / 满意或基本满意率,
    优良率 / 优秀率 never pair by characters)?"""
    return bool(_GRADED.search(name)) != bool(_GRADED.search(na))


def _table_actuals(doc, figs: list[Fig], keep, by_year: set | None = None) -> list[tuple[str, Fig]]:
    """(row name, figure of the actual-value column) for every row of the report's indicator tables (a header naming a
    target and an actual column, or one column for each year: the report year's) that keep(name, figure, cell) accepts,
    leaving out names that come twice; by_year, when given, gets the ids of the figures of year columns."""
    by_start = {f.start: f for f in figs}
    rows = []
    for table in tables_of(doc):
        cols = table.target_and_actual()
        if cols is None:
            # 指标名称 单位 2022年 2021年 增减（%）: the column of the report's year holds the values the text states
            col = table.year_column(doc.year)
            if col is None:
                continue
            cols = (col, col)
            if by_year is not None:
                by_year.update(f.id for row in table.rows if col < len(row.cells) and row.cells[col] is not None
                               and (f := by_start.get(row.cells[col].start)) is not None)
        for row in table.rows:
            cell = row.cells[cols[1]] if cols[1] < len(row.cells) else None
            f = by_start.get(cell.start) if cell is not None else None
            if f is not None and keep(row.label.text, f, cell):
                rows.append((row.label.text, f))
    names = Counter(n for n, _ in rows)
    return [(n, f) for n, f in rows if names[n] == 1]


# the words a sentence may put before a table row's name when it states the row's value: who, when, the verb
_PLAIN_SUBJECT = re.compile(r"(?:集团|公司|本公司|全[省市县区镇乡]|本[市县区]|全年|本年|当年|年内|今年|"
                            r"(?:19|20)\d\d年(?:度)?|累计|共|实现|完成|达到)*")


def _subject_then_name(doc, folded: str, figs: list[Fig], a: Fig, name: str) -> Fig | None:
    """The one figure of the text (outside the table's line) whose clause is the row's name after plain subject words
    only (集团全年实现营业收入46.28亿元 for 营业收入), in the row's unit; None unless there is exactly one value."""
    line = (folded.rfind("\n", 0, a.start) + 1, (folded.find("\n", a.end) + 1 or len(folded) + 1) - 1)
    found = []
    for f in figs:
        if not f.quantity or f.sent < 0 or f.base_unit != a.base_unit or f.qualifier or f.value_high is not None \
                or line[0] <= f.start < line[1]:
            continue
        lead = folded[clause_start(folded, f.start):f.start]
        # (a year among the subject words is the report's: 2020年营业收入40.1亿元 is no value of the 2021 column)
        if lead.endswith(name) and (subj := _PLAIN_SUBJECT.fullmatch(lead[:-len(name)])) \
                and all(int(y) == doc.year for y in _YEAR_RX.findall(subj.group(0))) and not (
                in_plan(folded, doc, f) or is_reference(folded, f)):
            found.append(f)
    return found[0] if found and len({f.norm for f in found}) == 1 else None


# an indicator table's rate row (群众满意度  90%以上  93.5%  10分): its name ends as a rate's does
_INDICATOR_NAME = re.compile(r"[\u4e00-\u9fff]{3,14}(?:率|度|比例|比重)")


def _rate_named_as(folded: str, doc, f: Fig, name: str) -> bool:
    """Does the percent's plain label name the table row's rate: end with it, or be its end with the rest of the name
    said before it in the sentence (全市基本医疗保险参保178.3万人，参保率96.4% for 基本医疗保险参保率)?"""
    label = _plain_rate_label(folded, f)
    if label.endswith(name):
        return True
    if len(label) < 3 or not name.endswith(label) or f.sent < 0:
        return False
    rest = name[:-len(label)]
    s0 = doc.sentences[f.sent].start
    return len(rest) >= 2 and folded.find(rest, s0, clause_start(folded, f.start)) >= 0


def _indicator_rates(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """The actual value of a rate in an indicator table's row (群众满意度 90%以上 93.5%: name, planned value, actual
    value, under a header naming the two columns) and the one sentence of the report that names that rate plainly
    (群众满意度达到93.2%): consistent when the two agree within rounding, inconsistent when they cannot."""
    rows = _table_actuals(doc, figs, lambda name, f, cell: cell.is_percent and f.kind == "percent" and not f.qualifier
                          and f.value_high is None and _INDICATOR_NAME.fullmatch(name) is not None)
    out = []
    for name, a in rows:
        found = [f for f in figs if f.kind == "percent" and f.sent >= 0 and not f.qualifier and f.value_high is None
                 and f is not a and _rate_named_as(folded, doc, f, name)
                 and not (in_plan(folded, doc, f) or is_sub_period(folded, f) or _cr_other_frame(doc, folded, f))]
        found = _one_value(found, doc, folded, a)
        if len(found) != 1:
            continue
        f = found[0]
        wa, wf = a.pct_interval(), f.pct_interval()
        if wa is None or wf is None:
            continue
        out.append(_table_text_row(a, f, name, wa.overlaps(wf), ("indicator table", "指标表"), "stated again"))
    return out


# 参保人数 / 企业户数 / 机构家数: a row named by what is counted and its measure word
_COUNTED_NAME = re.compile(r"([\u4e00-\u9fff]{2,}?)((?:人|户|家|个|件|所|名)数)$")
# a three-character row name that ends as an amount's does (售水量, 销售额, 户籍数) names one metric plainly
_AMOUNT_NAME_END = re.compile(r"[\u4e00-\u9fff]{2}[量额数]$")


def _indicator_amounts(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """The actual value of an amount in an indicator table's row (新增市场主体  3,000户  2,860户: name, planned value,
    actual value, under a header naming the two columns) and the one sentence of the report whose label ends with that
    name (全年新增市场主体3,060户): consistent when the two agree within rounding, inconsistent when they cannot."""
    by_year: set = set()
    rows = _table_actuals(doc, figs, lambda name, a, cell: a.quantity and not a.qualifier and a.value_high is None
                          and (len(name) >= 4 or _AMOUNT_NAME_END.search(name))
                          and _LABEL_AFTER_COLON.fullmatch(name) is not None
                          and name not in _GENERIC, by_year)
    out = []
    for name, a in rows:
        if a.id in by_year:
            # (a table of years names its rows plainly: 集团全年实现营业收入 restates 营业收入, 主营业务实现营业收入 is a part)
            found = _subject_then_name(doc, folded, figs, a, name)
            if found is not None:
                out.append(_table_text_row(a, found, name, a.norm_interval().overlaps(found.norm_interval()),
                                           ("table", "表"), agree_zh=f"{name}在表中与正文中一致。"))
            continue
        # (基本医疗保险参保人数 187.3万人 … 全市基本医疗保险参保178.3万人: the row's measure word of the count aside)
        counted = _COUNTED_NAME.match(name)
        short = counted.group(1) if counted and counted.group(2)[0] == a.base_unit[:1] and len(counted.group(1)) >= 4 else name
        found = [f for f in figs if f.quantity and f.sent >= 0 and f is not a and f.base_unit == a.base_unit
                 and not f.qualifier and f.value_high is None and not _cr_table_row(folded, f)
                 and _sig_edge(_SIG_DROP.sub("", folded[clause_start(folded, f.start, _ITEM_SEP):f.start])).endswith((name, short))
                 and not (in_plan(folded, doc, f) or is_sub_period(folded, f) or _cr_other_frame(doc, folded, f)
                          or is_reference(folded, f) or is_per_unit(folded, f))]
        found = _one_value(found, doc, folded, a)
        if len(found) != 1:
            continue
        f = found[0]
        out.append(_table_text_row(a, f, name, a.norm_interval().overlaps(f.norm_interval()),
                                   ("indicator table", "指标表"), agree_zh=f"{name}在指标表与正文中一致。"))
    return out


# a list item named by its verb alone (…归集住房公积金58.72亿元，提取41.82亿元，发放…): two characters after a comma
_BARE_VERB_ITEM = re.compile(r"[，,、]([\u4e00-\u9fff]{2})$")


def _bare_verb_amounts(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """An amount named by its bare verb as the later item of a list (归集…58.72亿元，提取41.82亿元) and the one sentence
    of the report that names the verb's amount (全年提取额41.28亿元): consistent when the two agree within rounding,
    inconsistent when they cannot."""
    if "额" not in folded:
        return []
    def plain(f: Fig) -> bool:
        return (f.quantity and f.sent >= 0 and not f.qualifier and f.value_high is None and not _cr_table_row(folded, f)
                and not (in_plan(folded, doc, f) or is_sub_period(folded, f) or _cr_other_frame(doc, folded, f)
                         or is_reference(folded, f) or is_per_unit(folded, f)))
    out = []
    for f in figs:
        if not f.quantity or f.sent < 0:
            continue
        s0 = doc.sentences[f.sent].start
        m = _BARE_VERB_ITEM.search(folded, max(s0, f.start - 3), f.start)
        if m is None or not any(g.sent == f.sent and g.quantity and g.end <= m.start() and g.base_unit == f.base_unit
                                for g in figs) or not plain(f):
            continue  # (the item stands in a list of amounts of one unit)
        name = m.group(1) + "额"
        found = [g for g in figs if g is not f and g.quantity and g.sent >= 0 and g.sent != f.sent
                 and g.base_unit == f.base_unit
                 and _sig_edge(_SIG_DROP.sub("", folded[clause_start(folded, g.start, _ITEM_SEP):g.start])) == name]
        found = _one_value(found, doc, folded, f)
        if len(found) != 1 or not plain(found[0]):
            continue
        a = found[0]
        x, y = (a, f) if a.start < f.start else (f, a)
        out.append(_stated_twice(x, y, name, _agree(x, y)))
    return out


def _stated_twice(x: Fig, y: Fig, name: str, agree: bool) -> dict:
    """The row for one metric, `name`, stated as x and later as y: consistent when they agree, else inconsistent."""
    if agree:
        return result("cross_reference", schema.CONSISTENT, [x, y], x.start, y.end, f"{x.text}; {y.text}",
                      f"{x.text} = {y.text} ({name})", f"{name} is {x.text} and later {y.text}; the two agree.",
                      f"{name}前后两处一致。")
    return result("cross_reference", schema.INCONSISTENT, [x, y], x.start, y.end, f"{x.text}; {y.text}",
                  f"{x.text} ≠ {y.text} ({name})", f"{name} is given as {x.text} and later as {y.text}; one of them is wrong.",
                  f"{name}前称{x.text}、后称{y.text}，二者矛盾，应核对。", "same metric stated with two values")


# a clause that is a bare verb and its lead words right before the figure (…，实际入库72个 / …，已改造812户 / …，办结1,236件)
_ELIDED_AT = re.compile(r"(?:^|(?<=[，,；;。、：:\n]))\s*(?:全年|当年|今年|年内)?(?:实际|已经|已|共|又|再)*([\u4e00-\u9fff]{2})$")
_LINK_VERBS = frozenset(("完成", "实现", "达到", "累计", "共有", "现有", "拥有", "共计", "合计", "总计", "全部", "超过",
                         "减少", "增加", "下降", "增长", "提高", "涉及", "其中", "占比", "比例"))


_TASK_TAIL = re.compile(r"(?:年度|全年)?(?:目标)?(?:任务|目标|计划)$")


# 发生各类生产安全事故37起、死亡21人、受伤29人: the casualties counted right after the accidents, by a bare verb
_CASUALTY_AFTER = re.compile(r"[、，,]\s*(?P<verb>死亡|受伤)$")
# 全年事故死亡人数23人 / 生产安全事故死亡人数: the same casualties named by their count
_CASUALTY_NAMED = re.compile(r"(?:全年|今年|当年|全县|全市|全区|全镇)*(?:[\u4e00-\u9fff]{0,6}事故)?(?P<verb>死亡|受伤)人数(?:为|是|达到|达|共)?$")


def _casualties_restated(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """全县共发生各类生产安全事故37起、死亡21人… and later 全年事故死亡人数23人: the deaths (or injuries) counted by a bare
    verb right after a count of accidents (起), and the one later figure of the year named 事故死亡人数 / 死亡人数 (no
    plan, no other period): consistent when equal, inconsistent when not."""
    if "死亡" not in folded and "受伤" not in folded:
        return []
    first: dict[str, Fig] = {}
    out = []
    for i, f in enumerate(figs):
        if f.base_unit not in ("人", "名") or not f.quantity or f.qualifier or f.sent < 0:
            continue
        m = _CASUALTY_AFTER.search(folded, max(0, f.start - 4), f.start)
        if m and i > 0 and figs[i - 1].base_unit == "起" and figs[i - 1].sent == f.sent \
                and "事故" in folded[doc.sentences[f.sent].start:f.start] and m.group("verb") not in first \
                and not in_plan(folded, doc, f) and not _cr_other_frame(doc, folded, f):
            first[m.group("verb")] = f
            continue
        n = _CASUALTY_NAMED.search(folded, clause_start(folded, f.start), f.start)
        a = first.get(n.group("verb")) if n else None
        if a is None or a.sent == f.sent or in_plan(folded, doc, f) or _cr_other_frame(doc, folded, f) \
                or is_reference(folded, f) or _PREV.search(folded, clause_start(folded, f.start), f.start):
            continue
        out.append(_stated_twice(a, f, f"事故{n.group('verb')}人数", a.norm == f.norm))
        del first[n.group("verb")]
    return out


def _elided_noun_amounts(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """A count named by a bare verb whose object the figure before it in the sentence named (储备重大项目60个的目标，
    实际入库72个; 受理投诉1,264件，办结1,236件) and the one figure elsewhere named by the verb and that object
    (入库重大项目72个): consistent when the two agree within rounding, inconsistent when they cannot."""
    def ok(f: Fig) -> bool:
        return f.quantity and f.sent >= 0 and not f.qualifier and f.value_high is None

    labels: dict[int, str] = {}

    def label(k: int) -> str:
        got = labels.get(k)
        if got is None:
            start = figs[k].start
            got = labels[k] = _sig_edge(_SIG_DROP.sub("", folded[clause_start(folded, start, _ITEM_SEP):start]))
        return got

    elided = []  # (index, verb, index of the count before it that names the object)
    search = _ELIDED_AT.search
    for i, f in enumerate(figs):
        if f.kind == "percent":
            continue
        m = search(folded, max(0, f.start - 9), f.start)  # (a bare verb and its lead words: 实际入库, 已改造, 办结)
        if m is None:
            continue
        verb = m.group(1)
        if verb in _LINK_VERBS or verb in _GENERIC:
            continue  # (完成, 增长: a verb that links or compares; 入库, 办结: one kind of act)
        j = next((k for k in range(i - 1, max(-1, i - 4), -1)
                  if figs[k].sent == f.sent and figs[k].base_unit == f.base_unit), None)
        if j is not None and ok(f) and ok(figs[j]):
            elided.append((i, verb, j))
    if not elided:
        return []
    at = {f.start: k for k, f in enumerate(figs)}

    def named(name: str, unit: str) -> list[int]:
        """The figures of the unit whose label is that name (found in the text, not by reading every label)."""
        hits, pos = [], folded.find(name)
        while pos >= 0:
            e = pos + len(name)
            k = next((at[e + n] for n in range(4) if e + n in at), None)
            if k is not None and figs[k].base_unit == unit and ok(figs[k]) and label(k) == name:
                hits.append(k)
            pos = folded.find(name, pos + 1)
        return hits

    def plain(f: Fig) -> bool:
        return not (_cr_table_row(folded, f) or in_plan(folded, doc, f) or is_sub_period(folded, f)
                    or _cr_other_frame(doc, folded, f) or is_reference(folded, f) or is_per_unit(folded, f))
    out = []
    for i, verb, j in elided:
        f = figs[i]
        pl = label(j)
        # (省下达棚户区改造任务6,500套，全年开工6,820套 … 完成棚户区改造开工6,280套: the object before the verb too)
        obj = _TASK_TAIL.sub("", pl)
        found = sorted({k for n in range(2, min(8, len(pl)) + 1) for k in named(verb + pl[-n:], f.base_unit)
                        if figs[k].sent != f.sent} | ({k for n in range(3, min(8, len(obj)) + 1)
                                                       for k in named(obj[-n:] + verb, f.base_unit)
                                                       if figs[k].sent != f.sent} if obj != pl else set()))
        if len(found) != 1 or not plain(f) or not plain(figs[found[0]]):
            continue
        a = figs[found[0]]
        if any(_sig_scope(folded[clause_start(folded, x.start, _ITEM_SEP):x.start]) not in _NEW_OR_PLAIN for x in (a, f)):
            continue  # 累计入库重大项目214个: a running total, not the year's count
        x, y = (a, f) if a.start < f.start else (f, a)
        name = label(found[0])
        agree = _agree(x, y)
        if not agree and (_swapped(figs[j], a) or figs[j].norm_interval().overlaps(a.norm_interval())):
            continue  # 受理1,264件，办结1,180件 / 办结…1,246件: the other act's count, its digits swapped — which is meant?
        out.append(_stated_twice(x, y, name, agree))
    return out


def _summing_sentences(doc, folded: str) -> frozenset:
    """The sentences that open by summing up (总的看，/ 一年来，/ the closing paragraph's opening), found once per document:
    their leads are looked for in the text first, so a report with none costs one scan."""
    got = doc.__dict__.get("_cr_summing_cache")
    if got is None:
        sents, found = doc.sentences, set()
        firsts = [x.start for x in sents]
        for m in _SUMMING_ANY.finditer(folded):
            i = bisect.bisect_right(firsts, m.start()) - 1
            if i >= 0 and m.start() - firsts[i] < 12 and i not in found and (
                    _SUMMARY_LEAD.match(folded, firsts[i]) or _LOOK_BACK_LEAD.match(folded, firsts[i])):
                found.add(i)
        closing = _closing_start(doc, folded)
        if closing >= 0:
            i = bisect.bisect_left(firsts, closing)
            if i < len(sents) and _closing_lead(doc, folded, firsts[i]):
                found.add(i)
        got = doc.__dict__["_cr_summing_cache"] = frozenset(found)
    return got


# the words either lead opens with, searched over the text (_SUMMARY_LEAD, _LOOK_BACK_LEAD)
_SUMMING_ANY = re.compile(r"总体|总的|整体|综合|综上|总之|一年|过去|回顾|总结|回首|纵观|综观|这一年|全年来|今年以来|年初以来")


_NOUN_RUN = re.compile(r"[\u4e00-\u9fff]{2,12}")
_NOUN_OPENERS = frozenset("村镇乡户人校")  # the characters a count's unit takes from the noun after it (12个村级…)


def _bigrams(text: str) -> set[str]:
    return {text[k:k + 2] for k in range(len(text) - 1)}


def _noun_first_restated(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """A count a summing-up names after its noun (综上，全年完成整治村42个) and the one count of the report told before its
    noun (全年完成42个村环境整治; 对86家企业开展安全检查): the summary's name is made of the characters around the other
    count and shares a word with what follows it. Consistent when the two agree, inconsistent when they cannot."""
    def plain(f: Fig) -> bool:
        return not (_cr_table_row(folded, f) or in_plan(folded, doc, f) or is_sub_period(folded, f)
                    or _cr_other_frame(doc, folded, f) or is_reference(folded, f) or is_per_unit(folded, f))

    def counted(f: Fig) -> bool:
        return f.kind == "count" and f.quantity and f.sent >= 0 and not f.qualifier and f.value_high is None

    summed = []
    summing = _summing_sentences(doc, folded)
    if not summing:
        return summed
    for f in figs:
        if f.sent not in summing or not counted(f):
            continue
        raw = folded[clause_start(folded, f.start, _ITEM_SEP):f.start]
        lab = _sig_edge(_SIG_DROP.sub("", raw))
        if len(_cjk_chars(lab)) >= 3 and _sig_scope(raw) in _NEW_OR_PLAIN:  # (完成 dropped: 整治村)
            summed.append((f, lab))
    if not summed:
        return []
    units = {f.base_unit for f, _ in summed}
    told = []  # (figure, the characters around it, what follows it)
    for f in figs:
        if not counted(f) or not (f.base_unit in units or f.base_unit[:-1] in units):
            continue
        m = _NOUN_RUN.match(folded, f.end, clause_end(folded, f.end))
        if m is None:
            continue
        raw = folded[clause_start(folded, f.start, _ITEM_SEP):f.start]
        if _sig_scope(raw + m.group(0)) not in _NEW_OR_PLAIN:
            continue
        # (12个村级光伏电站 read as 12 个村: the unit's last character opens the noun)
        unit = f.base_unit[:-1] if len(f.base_unit) == 2 and f.base_unit[-1] in _NOUN_OPENERS else f.base_unit
        after = f.base_unit[len(unit):] + m.group(0)
        told.append((f, unit, _cjk_chars(_SIG_DROP.sub("", raw) + after), after))
    out = []
    for f, lab in summed:
        chars, grams = _cjk_chars(lab), _bigrams(lab)
        cands = [(a, around) for a, unit, around, after in told if a.sent != f.sent and unit == f.base_unit
                 and chars <= around and grams & _bigrams(after)]
        if cands and not plain(f):
            continue
        # (截至2015年底，全县已完成84个村的环境整治: a count of another time is no candidate)
        cands = [(a, around) for a, around in cands if plain(a) and not _kept_apart(doc, folded, a, f, ((lab, lab),))]
        if len(cands) != 1:
            continue
        a, around = cands[0]
        x, y = (a, f) if a.start < f.start else (f, a)
        agree = _agree(x, y)
        if not agree and 2 * len(chars) < len(around) and not _swapped(x, y):
            continue  # 培训农民 in 培训了3,420名新型职业农民: a wider class may be meant — only agreement or a typo is read
        out.append(_stated_twice(x, y, lab, agree))
    return out


# 1,025台次日间手术均未… / 2.73亿元问题金额中 / 37家被审计单位均已…: the noun after a count or amount, up to the words
# that go on to say something of it
_REST_NAMED_AFTER = re.compile(r"其余|其他|其它|剩余|余下|另有|尚有|还有")
# (…668公里供水管网实施分区计量管理: a verb of what was done to them ends the noun too)
_NOUN_AFTER_CUT = re.compile(r"[中均都已的在将未尚]|实施|实行|开展|进行|完成|纳入|接入|全部|得到|获得")


_PLACE_BEFORE = re.compile(r"城区|农村|乡村|城镇|县城|市区|主城区|开发区|园区|乡镇|街道|社区|村级")
# a level dated to an earlier year's end (2019年末 / 上年末 / 去年底) and a flow of the year (新铺设 / 新增 / 新建)
_PREVIOUS_END = re.compile(r"(?:上年|去年|(?P<y>(?:19|20)\d\d)年)(?:末|底)")
_FLOW_BEFORE = re.compile(r"新增|新建|新铺设|新改建|新铺|延伸|扩建|新开通")
_MEASURE_AFTER_NOUN = re.compile(r"(?:总长度|总长|长度|总里程|里程|总面积|面积|总规模|规模)$")


def _noun_after_restated(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """A count or amount told with its noun after it (1,025台次日间手术均未发生…) and the one figure of the report before
    it whose name ends with that noun (全年开展日间手术1,052台次): consistent when equal; inconsistent only when the two
    are one slip apart (two neighbouring digits swapped, one digit otherwise) and share three characters of the noun or
    more — another value is otherwise likely another set (a part, a subset, another time)."""
    def plain(f: Fig) -> bool:
        return not (_cr_table_row(folded, f) or in_plan(folded, doc, f) or is_sub_period(folded, f)
                    or _cr_other_frame(doc, folded, f) or is_reference(folded, f) or is_per_unit(folded, f))

    def usable(f: Fig) -> bool:
        return (f.kind in ("count", "money", "length", "area") and f.quantity and f.sent >= 0
                and (f.exact or f.kind != "count") and not f.qualifier and f.value_high is None and f.norm is not None)

    out = []
    for i, f in enumerate(figs):
        if not usable(f) or (f.start and folded[f.start - 1] in "其共约近超达为比较") \
                or "其中" in folded[clause_start(folded, f.start):f.start]:
            continue  # (其中1,025台次日间手术: a part of the count, not the count told again)
        m = _NOUN_RUN.match(folded, f.end, clause_end(folded, f.end))
        if m is None:
            continue
        noun = m.group(0)
        cut = _NOUN_AFTER_CUT.search(noun, 2)
        noun = noun[:cut.start()] if cut else noun
        if len(noun) < 2 or len(noun) > 8 or noun[0] in "全均都已将未尚按在":
            continue  # (0.42亿元全部缴入国库: what is done with it, no noun)
        before = folded[clause_start(folded, f.start):f.start]
        if "占" in before:
            continue  # (…，占全镇24个行政村的87.5%: the whole of a share, not a count told again)
        if _LEFT_OVER.search(before) or folded.startswith(("未", "尚未", "没有", "仍未"), m.start() + len(noun)):
            continue  # (尚有128公里农村公路未硬化: what is left undone, another set than the work done)
        if _REST_NAMED_AFTER.search(folded, f.end, clause_end(folded, f.end, "。！？!?\n")):
            continue  # (全镇12个行政村均已完成…，其余2个正在推进: the ones done, a part of the 14)
        if f.norm < 10:
            continue  # (造成1人死亡 after 死亡1人: one incident of the year's, as likely as the same count)
        cands = []
        for a in figs[:i]:
            if not usable(a) or a.base_unit != f.base_unit or a.kind != f.kind or a.end > f.start:
                continue
            # (全县供水管网总长度686公里 … 对全县668公里供水管网: the name's measure word after the noun)
            lab = _MEASURE_AFTER_NOUN.sub("", _core_label(folded, a, plain=True))
            k = 0
            while k < min(len(lab), len(noun)) and lab[-1 - k] == noun[-1 - k]:
                k += 1
            if k >= 2 and not lab.startswith("其中"):
                cands.append((a, k, lab))
        best = max((k for _, k, _ in cands), default=0)
        cands = [c for c in cands if c[1] == best]  # (日间手术 over 住院手术: the longest name shared)
        if len(cands) > 1:
            # (发现问题金额2.37亿元 … 已整改问题金额1.86亿元 … 审计发现的2.73亿元问题金额: of two named alike, the one the
            # value restates — equal, or one slip apart — when only one is)
            cands = [c for c in cands if c[0].norm_interval().overlaps(f.norm_interval())
                     or _neighbours_swapped(c[0], f) or _one_digit_off(c[0], f)]
        if len(cands) != 1:
            continue
        a, k, lab = cands[0]
        if not (plain(a) and plain(f)) or _kept_apart(doc, folded, a, f, ((noun, noun),)):
            continue
        place = _PLACE_BEFORE.search(before)
        if place and place.group(0) not in folded[clause_start(folded, a.start):a.start]:
            continue  # (全县供水管网686公里，其中城区管网268公里 … 对城区286公里供水管网: a place the earlier figure is not of)
        prev_end = _PREVIOUS_END.search(folded, clause_start(folded, a.start), a.start)
        if prev_end and prev_end.group("y") and doc.year and int(prev_end.group("y")) >= doc.year:
            prev_end = None  # (2019年末 in the 2019 report: this year's end)
        if prev_end or any(
                a.end <= g.start and g.end <= f.start and g.base_unit == f.base_unit
                and _FLOW_BEFORE.search(folded, clause_start(folded, g.start), g.start)
                and noun[-2:] in folded[clause_start(folded, g.start):clause_end(folded, g.end)]
                and (a.norm_interval() + g.norm_interval()).overlaps(f.norm_interval()) for g in figs):
            continue  # (2019年末供水管网668公里 … 今年新铺设供水管网18公里，对全县686公里供水管网…: the stock grew between)
        if "的" in lab[:len(lab) - k] and lab[:len(lab) - k].rsplit("的", 1)[0][-2:] not in before:
            continue  # (通水泥路的行政村21个 / 全镇24个行政村: a kind picked out by its 的 is a subset, not the whole)
        agree = _agree(a, f)
        if not agree and not (k >= 3 and (_neighbours_swapped(a, f) or _one_digit_off(a, f))):
            continue
        out.append(_stated_twice(a, f, noun, agree))
    return out


def _digit_diff(a: Fig, f: Fig) -> tuple[str, str, list[int]] | None:
    """Two different values at the same magnitude → their digits, padded to one length, and where they differ; else
    None."""
    if a.norm is None or f.norm is None or a.norm == f.norm or a.norm.adjusted() != f.norm.adjusted():
        return None
    da, db = _digits(a), _digits(f)
    n = max(len(da), len(db))
    da, db = da.ljust(n, "0"), db.ljust(n, "0")
    return da, db, [k for k in range(n) if da[k] != db[k]]


def _neighbours_swapped(a: Fig, f: Fig) -> bool:
    """37 and 73件, 1,426 and 1,462件: the same digits at the same magnitude, two neighbours swapped (two digits or more)."""
    got = _digit_diff(a, f)
    if got is None:
        return False
    da, db, diff = got
    return len(diff) == 2 and diff[1] == diff[0] + 1 and da[diff[0]] == db[diff[1]] and da[diff[1]] == db[diff[0]]


def _one_digit_off(a: Fig, f: Fig) -> bool:
    """3.46 / 3.56亿元, 148 / 158场: the same magnitude and one digit written otherwise — a slip of the pen rather than
    another class."""
    got = _digit_diff(a, f)
    return got is not None and len(got[2]) == 1


def _joined_classes(na: str, nf: str) -> bool:
    """Does one name join another class to the other name with 和/及/、 (办理公证事项案件 / 办理公证和调解案件, 化解信访积案 /
    化解信访积案和重复访积案): the words before the join read in the other name, the words after it end with the same
    noun but add a class of their own? (争取和落实资金 / 落实项目资金: two verbs of one amount, not two classes)"""
    for joined, other in ((na, nf), (nf, na)):
        m = _LIST_JOIN.search(joined)
        if m is None or _LIST_JOIN.search(other):
            continue
        before, after = joined[:m.start()], joined[m.end():]
        if before and after[-2:] == other[-2:] and in_order(before, other) and not in_order(after, other):
            return True
    return False


_OWN_PART = re.compile(r"本级|机关|[市县区]直|直属|局属|系统内")


def _summary_renamed(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """An amount a summing-up names shorter or longer than the one figure before it of the same unit whose name keeps
    the same characters in order and ends with the same word (移送问题线索6件 / 总之，…移送线索6件; 争取资金 / 争取上级
    资金): consistent when the two agree; inconsistent when two neighbouring digits are swapped, or when one digit is
    written otherwise (3.46 / 3.56亿元) and both names read in the same scope (both new, both plain) with their nouns
    before them and neither an attribute of a subject (_profile) — a name shortened with a value far off may mean a
    wider class (公证事项案件1,254件 / 公证案件1,610件) or the stock of a flow (新登记经营主体 / 经营主体)."""
    def plain(f: Fig) -> bool:
        return (f.quantity and f.sent >= 0 and not f.qualifier and f.value_high is None and not (
            _cr_table_row(folded, f) or (in_plan(folded, doc, f) and not _problem_review(doc, folded, f))
            or is_sub_period(folded, f)
            or _cr_other_frame(doc, folded, f) or is_reference(folded, f)
            or (is_per_unit(folded, f) and not _PER_IN_CORE.search(name(f)[0]))))  # (人均可支配收入 names a metric)

    names: dict[int, tuple[str, str]] = {}

    def name(f: Fig) -> tuple[str, str]:
        got = names.get(id(f))
        if got is None:
            cs = clause_start(folded, f.start, _ITEM_SEP)
            raw = folded[cs:f.start]
            paired = _PAIRED_COUNT.search(raw) if f.unit[:1] in _PEOPLE else None
            if paired:
                raw = raw[:paired.start()]  # (监测对象12户41人: the households counted before the people)
            got = (_sig_edge(_SIG_DROP.sub("", _drop_list_mark(raw))), raw)
            if not got[0] and _LINK.match(raw.strip()):
                got = _passed_name(folded, figs, f, cs) or got
            names[id(f)] = got
        return got

    out = []
    summing = _summing_sentences(doc, folded)
    # (存在问题和2025年打算 … 今年新识别监测对象12户43人中…: a sentence of problems reviewing the year restates as a
    # summing-up does)
    problems = any(_problems_heading(h or "") for h in doc.top_sections()[1])
    if not summing and not problems:
        return out
    for j, f in enumerate(figs):
        if not f.quantity or not (f.sent in summing or (problems and _problems_review(doc, folded, f))):
            continue
        ns, raw = name(f)
        if len(ns) < 4 or not _TWO_CJK.fullmatch(ns[-2:]) or _sig_scope(raw) not in _NEW_OR_PLAIN or not plain(f):
            continue  # (信访积案和重复访积案: two classes summed, below too)
        if _LIST_JOIN.search(ns) or _YEAR_BEFORE.search(raw):
            continue  # (较上年新认定…21户: last year's figure, told beside this year's)
        found = []
        for a in figs[:j]:
            if a.base_unit != f.base_unit or a.sent == f.sent or a.sent < 0:
                continue
            na, ra = name(a)
            if _among(na, ns):
                continue  # (新认定困难职工家庭 / 新认定困难职工家庭中因病致困家庭: a part among them)
            if na != ns and len(na) >= 4 and na[-2:] == ns[-2:] and not _LIST_JOIN.search(na + ns) \
                    and not any((c in na) != (c in ns) for c in "不未非无") and (  # (合格 / 不合格: an act and its denial)
                    in_order(ns, na) or in_order(na, ns)) and _sig_scope(ra) in _NEW_OR_PLAIN:
                found.append(a)
        found = _one_value(found, doc, folded, f)
        if len(found) > 1:
            # (监测对象87户293人 … 新识别纳入监测对象12户41人 / 今年新识别监测对象12户43人: the summary shortens the one
            # name that holds all of its words; a shorter name it lengthens is a wider class)
            longer = [a for a in found if in_order(ns, name(a)[0])]
            found = longer if len(longer) == 1 else found
        if len(found) != 1 or not plain(found[0]) or _areas_differ(doc, folded, found[0], f):
            continue
        a = found[0]
        if _own_part_apart(doc, folded, a, f):
            continue  # 县本级 / 全县: the body's own part is not the whole (我局 is the reporter, as an unmarked figure)
        agree = _agree(a, f)
        if not agree and not _neighbours_swapped(a, f) and (
                not _one_digit_off(a, f) or _noun_after(folded, a) or _noun_after(folded, f)
                or _sig_scope(name(a)[1]) != _sig_scope(raw) or _profile(folded, a) != _profile(folded, f)):
            continue  # (新登记经营主体 / 年末…经营主体: a flow and the stock; 4个方面 / 23个问题: nouns after the counts;
            # 1,254 / 1,610: no slip of one digit — the shorter name may count a wider class)
        if not agree and _sums_more(doc, folded, figs, a, f, "" if _neighbours_swapped(a, f) else raw):
            continue  # (接种疫苗8.31万剂次，其中免疫规划疫苗8.21万剂次: the partner is a part the summary gives; 共…各类:
            # a class said wider, a digit off)
        la = name(a)[0]
        if agree:
            out.append(result("cross_reference", schema.CONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                              f"{a.text} = {f.text} ({la} / {ns})",
                              f"{la} is {a.text} and, summed up as {ns}, {f.text}; the two agree.",
                              f"{la}与总结中的{ns}一致。"))
        elif _neighbours_swapped(a, f):
            out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                              f"{a.text} ≠ {f.text} (two neighbouring digits swapped; {la} / {ns})",
                              f"{la} is given as {a.text} and summed up as {ns} with {f.text}; the digits are swapped "
                              f"in one of them.", f"{la}前称{a.text}、总结时称{f.text}，数字颠倒，应核对。",
                              "two digits swapped"))
        else:
            out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                              f"{a.text} ≠ {f.text} ({la} / {ns}, summed up)",
                              f"{la} is given as {a.text} and summed up as {ns} with {f.text}; one of them is wrong.",
                              f"{la}前称{a.text}、总结时称{f.text}，二者矛盾，应核对。", "same metric stated with two values"))
    return out


def _among(na: str, ns: str) -> bool:
    """Is a summary's longer name a part among the earlier name's things (新认定困难职工家庭中因病致困家庭 of
    新认定困难职工家庭): 中 in it, with the earlier name's characters before it?"""
    k = ns.rfind("中")
    return len(ns) > len(na) and k > 0 and in_order(na, ns[:k])


_PASSED = re.compile(r"(?:突破|超过|跨越|迈上|跃上|站上|越过)$")


def _passed_name(doc_folded: str, figs: list[Fig], f: Fig, cs: int) -> tuple[str, str] | None:
    """规上工业总产值突破400亿元，达到421.6亿元: a clause of a bare link (达到) right after a threshold passed names its
    value by the threshold's name (规上工业总产值) — (name, raw) as _summary_renamed reads them, or None."""
    i = bisect.bisect_left([x.start for x in figs], f.start) - 1
    if i < 0:
        return None
    p = figs[i]
    if p.sent != f.sent or p.base_unit != f.base_unit or doc_folded[p.end:cs].strip() not in ("，", ","):
        return None
    raw = doc_folded[clause_start(doc_folded, p.start, _ITEM_SEP):p.start]
    m = _PASSED.search(raw)
    if not m:
        return None
    raw = raw[:m.start()]
    name = _sig_edge(_SIG_DROP.sub("", _drop_list_mark(raw)))
    return (name, raw) if name else None


def _plain_rate_label(folded: str, f: Fig) -> str:
    """A percent's clause before it in a sentence, its link and scope words dropped (全年群众满意度达到 → 群众满意度);
    '' when it names a plan (目标, 控制…)."""
    label = folded[clause_start(folded, f.start, _ITEM_SEP):f.start]
    if _RATE_PLANNED.search(label) or _PREV.search(label):
        return ""
    return _RATE_SCOPE.sub("", _RATE_LINK.sub("", _RATE_MOVE.sub("", _drop_list_mark(label))))


# the class a count is of, right before it (A类15件, 乙类3个, 一类问题12个)
# (a note in brackets may follow the class: A类（已解决或采纳）18件)
_CLASS_BEFORE = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ甲乙丙丁])(?:[A-EＡ-Ｅ]|[甲乙丙丁])类(?:[（(][^（()）\n]{1,16}[）)])?(?:为|有|共|达)?$")


def _class_of(folded: str, f: Fig) -> str:
    if folded.find("类", max(0, f.start - 24), f.start) < 0:
        return ""  # (the pattern needs 类 in the window)
    m = _CLASS_BEFORE.search(folded, max(0, f.start - 24), f.start)
    return folded[m.start()] if m else ""


def _summary_classes(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """A count of a class a summing-up restates (…已解决或基本解决的A类15件 / 总的来看，…A类16件): the one count of that
    class and unit stated before it in the report; two earlier counts of the class (提案 and 建议) pair nothing."""
    if not _SUMMARY_ANY.search(folded) or "类" not in folded:
        return []
    classed = [(f, c) for f in figs if f.quantity and f.exact and f.value_high is None and f.sent >= 0
               and not f.qualifier for c in (_class_of(folded, f),) if c]
    if len(classed) < 2:
        return []
    out = []
    for j, (f, c) in enumerate(classed):
        if not _summary_context(doc, folded, f) or in_plan(folded, doc, f):
            continue
        found = [a for a, ca in classed[:j] if ca == c and a.base_unit == f.base_unit and a.sent != f.sent
                 and not _summary_context(doc, folded, a)]
        found = _one_value(found, doc, folded, f)
        if len(found) != 1 or in_plan(folded, doc, found[0]) or _areas_differ(doc, folded, found[0], f):
            continue
        a = found[0]
        name = f"{c}类"
        out.append(_rate_row(a, f, name, a.norm == f.norm, "", "summed up",
                             (f"The count of {name} is given as {a.text} and summed up later as {f.text}; one of them "
                              f"is wrong.", f"{name}前称{a.text}、总结时称{f.text}，二者矛盾，应核对。"),
                             (f"The count of {name} is summed up again as {f.text}; the two agree.",
                              f"{name}前后均为{f.text}，一致。")))
    return out


# words that say when or how a figure was reached, not what it counts: 全年立刑事案件 = 刑事案件立案,
# 在2012年一般公共预算收入完成数 = 全县一般公共预算收入完成, 市本级全年完成审计（调查）项目 = 市本级审计项目
# (a bracket is dropped unless it says what the figure leaves out: 固定资产投资（不含农户） is another measure; （含网络留言）
# says what it holds)
_SIG_DROP = re.compile(r"(?=[（(“”‘’\"「」12截一全今当年本实完累共合总我辖目地])"  # (the characters its words open with: a fast skip)
                       r"(?:[（(](?!不含|剔除|扣除|不包括|除)[^）)]*[）)]|[“”‘’\"「」]|(?:19|20)\d\d年度?|截至[^，,；;。]*?[末底]|一年来|全年|今年|当年|年内|本年度?|"
                       r"全[市县区省州旗镇乡]|全街道|全乡镇|全社会(?=固定资产投资)|我[市县区镇乡局委]|[本全](?:单位|局)|全系统|辖区内?|目前|地区(?=生产总值)|实际完成|完成数|完成|实现|累计|共计|合计|总计|共有)")
_SIG_EDGE = re.compile(r"^(?:其中|总的看|总之|综上|在|对|共|有|按|以)+|(?:已经|已|达到|达|为|是|共|有|约|近|超过|的|数)+$")
_SIG_EDGE_FIRST = frozenset("其总综在对共有按以")  # the first characters of its leading words
_SIG_EDGE_LAST = frozenset("到达为是共有约近过的数已经\n")  # the last characters of its trailing words ($ also before \n)


def _sig_edge(core: str) -> str:
    """_SIG_EDGE.sub("", core), the regex skipped when neither end of the text can be one of its words."""
    if core and (core[0] in _SIG_EDGE_FIRST or core[-1] in _SIG_EDGE_LAST):
        return _SIG_EDGE.sub("", core)
    return core
# the part of a total after 其中 that is only a scope (其中市本级88个): it inherits the total's metric
_SCOPE_PART = re.compile(r"^(?:[市县区省州旗镇乡]本级|[市县区省]直|[市县区省镇乡村]级|本部|城镇|城区|农村|乡镇)$")
_SIG_SCOPE = (("stock", re.compile(r"累计|截至|截止|总数|现有|实有|共有|目前|以来")),
              ("new", re.compile(r"新增|新建|新批|新登记|新认定|新培育|新引进|新签约|新发现|新招|当年")),
              ("prev", re.compile(r"上年|去年|同期|年初|上年底|去年底")))


def _sig_scope(raw: str, default: str = "plain") -> str:
    """The scope words of a label say: prev for the end of the year before (上年末…累计), else the first of _SIG_SCOPE."""
    if "上" in raw or "去" in raw:
        if _PREV_END.search(raw):
            return "prev"
    return next((name for name, rx in _SIG_SCOPE if rx.search(raw)), default)


# a total named after its noun, as budget tables do (收入总计, 支出合计): the grand total of all sources
_GRAND_TOTAL = re.compile(r"[\u4e00-\u9fff](?:总计|合计)(?:为|达|是)?$")
_PAST_RESULT = re.compile(r"((?:19|20)\d\d)年[^，,；;。]*?(?:完成|实现|实际)")


def _planned(doc, folded: str, f: Fig) -> bool:
    """A plan or target, unless its own clause dates it as a result of the report's period or before
    (在2012年一般公共预算收入完成数12.86亿元的基础上 under a heading about 2013)."""
    if not in_plan(folded, doc, f):
        return False
    m = _PAST_RESULT.search(label_of(folded, f))
    if (m and doc.year and int(m.group(1)) <= doc.year) or _dated_base(doc, folded, f):
        return False
    return not _problem_review(doc, folded, f)


_DATED_BASE = re.compile(r"在((?:19|20)\d\d)年度?(?:的)?$")
# 在2017年384.6亿元经济总量的基础上: the metric named after the figure
_NOUN_THEN_BASE = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2,8}?)的基础上")


# 以2019年全县地区生产总值216.8亿元为基数: a plan's base named with its year and metric
_BASE_YEAR_LEAD = re.compile(r"以((?:19|20)\d\d)年度?的?[^，,；;。：:\d０-９]{2,16}$")
_BASE_AFTER = ("为基数", "为基础", "为基期", "作为基数")


@per_figure
def _dated_base(doc, folded: str, f: Fig) -> bool:
    """在2025年15.38亿元的基础上, 以2025年…15.38亿元为基数 (a plan's base, dated the report's year or before): the
    period's own value, restated."""
    cs = clause_start(folded, f.start)
    m = _DATED_BASE.search(folded, cs, f.start)
    if m and m.end() == f.start and (folded.startswith("的基础上", f.end) or _NOUN_THEN_BASE.match(folded, f.end)):
        return bool(doc.year and int(m.group(1)) <= doc.year)
    m = _BASE_YEAR_LEAD.search(folded, cs, f.start)
    return bool(m and folded.startswith(_BASE_AFTER, f.end) and doc.year and int(m.group(1)) <= doc.year)


_PROBLEM_HEADING = re.compile(r"问题|不足|困难")
_ITEM_LEAD = re.compile(r"\s*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d])")  # 一是…, （一）…


def _round_in_problems(doc, folded: str, f: Fig) -> bool:
    """_problem_review's test of the figure itself: fewer than three significant digits, unless two (not ending in 0)
    in a clause naming the year under review."""
    s0 = doc.sentences[f.sent].start if f.sent >= 0 else clause_start(folded, f.start, "。！？!?\n")
    return f.value is None or _sig_digits(f) < 3 and not (
        _sig_digits(f) == 2 and f.value == int(f.value) and int(f.value) % 10 and _this_year_clause(folded, s0, f))


def _problem_review(doc, folded: str, f: Fig) -> bool:
    """Under a heading of problems and plans (存在问题和2013年打算), a sentence that plans nothing before the figure
    and names no later year reviews the period (全年城镇新增就业8,360人，但…矛盾依然突出)."""
    heading = doc.section_at(f.start) or ""
    if not _PROBLEM_HEADING.search(heading) or f.value is None:
        return False
    s0 = doc.sentences[f.sent].start if f.sent >= 0 else clause_start(folded, f.start, "。！？!?\n")
    if _sig_digits(f) < 3 and not (_sig_digits(f) == 2 and f.value == int(f.value) and int(f.value) % 10
                                   and _this_year_clause(folded, s0, f)):
        return False  # a round number there (6,000人) is more likely next year's target (今年新识别…43人: this year's)
    before = folded[s0:f.start]
    if _PLAN_WORD.search(before) or _PLAN_VERB.search(before) or _ITEM_LEAD.match(before):
        return False  # 一是稳就业…: the items of a plan
    years = [int(y) for y in _YEAR_RX.findall(before)]
    return not (doc.year and years and max(years) > doc.year)


# a heading of the period's problems (存在的问题和下一步打算, 问题与不足, 困难和问题), not a heading that names problem
# things (问题产品, 问题楼盘)
_PROBLEMS_SECTION = re.compile(r"存在|不足|困难|问题(?:与|和|及|、|$)|(?:与|和|及|、)问题")


# (kept per figure: the slips, the summaries and the bounded restatements ask it of every amount)
@per_figure
def _problems_review(doc, folded: str, f: Fig) -> bool:
    """_problem_review under a heading of the period's problems read strictly (_PROBLEMS_SECTION)."""
    return f.sent >= 0 and _problems_heading(doc.section_at(f.start) or "") and _problem_review(doc, folded, f)


# (once per heading: a report has a few dozen, asked of every figure under them)
@functools.lru_cache(maxsize=256)
def _problems_heading(heading: str) -> bool:
    return bool(_PROBLEMS_SECTION.search(_HEADING_MARK.sub("", heading.strip())))  # (二、问题线索: the mark's 、 is none)


# the year under review named in a sentence of problems (今年新识别监测对象12户43人中…)
_THIS_YEAR_BEFORE = re.compile(r"今年|全年|当年|本年度?|年内")


def _this_year_clause(folded: str, s0: int, f: Fig) -> bool:
    """Does the figure's own clause name the year under review (今年新识别…12户43人中), and no year before it (今年…23户，
    较上年…21户: the second clause is last year's)?"""
    clause = folded[max(s0, clause_start(folded, f.start, "，,；;。！？!?\n")):f.start]
    return bool(_THIS_YEAR_BEFORE.search(clause)) and not _YEAR_BEFORE.search(clause)


# the plan words of common.in_plan, read in the sentence only
_PLAN_VERB = re.compile(r"预期|打算|将|(?<![需重主只])要(?![求素点])|继续|进一步|加快|推进|力争|确保|争取|计划|预计|拟|目标|任务")


# the number of a list item at the start of a line (1.城镇新增就业, （2）, ③): not a figure of the label
_LIST_MARK = re.compile(r"^\s*(?:[\d０-９]{1,2}[.．、）)]|[（(][\d０-９一二三四五六七八九十]{1,2}[）)]|[①-⑳])\s*")


def _drop_list_mark(label: str) -> str:
    """_LIST_MARK.sub("", label), the regex skipped when the label cannot open with a list number (a space, a digit,
    a bracket or ①…⑳ first: \\s and \\d are str.isspace and str.isdecimal)."""
    c = label[:1]
    if c and (c.isspace() or c.isdecimal() or c in "（(" or "①" <= c <= "⑳"):
        return _LIST_MARK.sub("", label)
    return label


# 投资380万元新修… / 筹资1.2亿元建成…: an amount spent, then the work it paid for, named before the figure
_SPENT_THEN = re.compile(r"^(?:全年|今年)?(?:投资|投入|筹资|筹集资金|争取资金|整合资金)[\d０-９][\d０-９,.]*(?:万|亿)?元(?=[\u4e00-\u9fff]{3})")
_NOT_PLAIN = re.compile(r"[\d０-９]|比|较|占|其余|其他|分别|控制|不超过|不低于|(?<!规模)以[上下]")
_PER_HEAD = re.compile(r"每|人均|平均")
# 特困供养对象1,236户1,582人: a count of households (or units) right before the figure, nothing between — the two
# count one noun, named before the first
_PAIRED_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])[\d０-９][\d０-９,.]*(?:万|亿)?(?:户|家|个|所|座|处|项|件|宗)$")


@per_figure
def _plain_label(doc, folded: str, f: Fig) -> str | None:
    """A figure that states a result of the period (no plan, base, target, part of the year, per-head value…) →
    the text of its clause before it (list items cut at 、), else None."""
    if not f.quantity or f.value_high is not None or f.sent < 0 or _cr_table_row(folded, f):
        return None  # a table's columns (预算数 / 执行数) are other quantities under one row name
    based = _dated_base(doc, folded, f)
    if _planned(doc, folded, f) or (is_reference(folded, f) and not based) or _part_not_own(folded, f):
        return None
    if _respective(f) or f.__dict__.get("_running"):
        return _respective(f) or f.__dict__["_running"]
    raw = _drop_list_mark(folded[clause_start(folded, f.start, _ITEM_SEP):f.start])
    noun = _NOUN_THEN_BASE.match(folded, f.end) if based else None
    if noun:
        raw = _synonym(noun.group("noun"))  # 必须在2017年384.6亿元经济总量的基础上 → the metric after it
    elif based and "在" in raw:
        raw = raw[:raw.rfind("在")]  # 2026年全县一般公共预算收入在2025年 → the metric
    elif based:
        raw = raw[raw.rfind("以"):]  # 主要预期目标为：以2019年全县地区生产总值 → the metric with its year
    if _cr_other_frame(doc, folded, f) or _PER_HEAD.search(folded, doc.sentences[f.sent].start, f.start):
        return None
    paired = _PAIRED_COUNT.search(raw)
    if paired and f.unit[:1] in ("人", "名"):
        raw = raw[:paired.start()]
    spent = _SPENT_THEN.match(raw)
    if spent and not _NOT_PLAIN.search(_SIG_DROP.sub("", raw[spent.end():])):
        raw = raw[spent.end():]  # 投资380万元新修村组水泥路 → 新修村组水泥路: the money spent, then what it built
    if _NOT_PLAIN.search(_SIG_DROP.sub("", raw)):
        raw = _after_colon(raw)  # 年初承诺的12件民生实事全部完成：新增城镇就业 → 新增城镇就业
        if raw is None:
            return None  # another figure, a comparison, a remainder or a limit in the label
    if _restricted_part(folded, f):
        return None  # a part of a class
    if _subset_lead(doc, folded, f):
        return None
    return raw


_NOT_PLAIN_WORD = re.compile(r"比|较|占|其余|其他|分别|控制|不超过|不低于|(?<!规模)以[上下]")  # (_NOT_PLAIN but digits)
_LABEL_AFTER_COLON = re.compile(r"[\u4e00-\u9fff]{2,}")


def _after_colon(raw: str) -> str | None:
    """A label whose only digits are a lead before a colon (完成12件民生实事：新增城镇就业) → the words after the colon,
    else None."""
    k = max(raw.rfind("："), raw.rfind(":"))
    if k < 0:
        return None
    head, tail = raw[:k], raw[k + 1:]
    if not _LABEL_AFTER_COLON.fullmatch(tail) or _NOT_PLAIN.search(tail) or _NOT_PLAIN_WORD.search(head):
        return None
    return tail


def _colon_tail(raw: str) -> str:
    """主要成效：受理群众信访事项 → 受理群众信访事项: a lead with no number before a colon names no part of the metric;
    a colon right before the value (高标准农田建设：) only links the name to it."""
    k = max(raw.rfind("："), raw.rfind(":"))
    if k == len(raw) - 1:
        return raw[:k]  # 高标准农田建设：2.68万亩: the name before a colon that opens the value
    return raw[k + 1:] if not ANY_DIGIT.search(raw, 0, k) else raw


# names the reports use for one quantity: 经济总量 is the 地区生产总值 (GDP)
_SYNONYMS = (("经济总量", "地区生产总值"),)


def _synonym(name: str) -> str:
    for word, canon in _SYNONYMS:
        if word in name:
            return name.replace(word, canon)
    return name


def _subset_lead(doc, folded: str, f: Fig) -> bool:
    """经济责任审计15个项目中，…查出问题金额3.2亿元: the figure counts a subset its sentence opens with; 国庆假期，全市
    接待游客420万人次: or a few days of the year its sentence opens with; 不含红塔集团实现生产总值…: or what is left when
    the sentence's opening leaves something out."""
    leads = doc.__dict__.setdefault("_cr_subset_leads", {})
    end = leads.get(f.sent)
    if end is None:
        s0 = doc.sentences[f.sent].start
        m = _SUBSET_LEAD.match(folded, s0) or _HOLIDAY_LEAD.match(folded, s0) or _HOLIDAY_OPEN.match(folded, s0) \
            or _EXCLUDING_LEAD.match(folded, s0)
        end = leads[f.sent] = m.end() if m else -1
    return 0 <= end <= f.start


# a sentence that opens by leaving something out (不含红塔集团实现生产总值…, 剔除价格因素…): its figures are of what is left
_EXCLUDING_LEAD = re.compile(r"\s*(?:其中)?(?:不含|不包括|剔除|扣除)[^，,。；;：:\n\d]{2,16}?(?=实现|完成|为|达|[，,])")


# a sentence that opens with a holiday or a festival (国庆假期，, 春节黄金周期间，, “五一”期间，): its figures are of those days
_HOLIDAYS = r"春节|国庆|“五一”|五一|中秋|端午|元旦|清明"
_HOLIDAY_LEAD = re.compile(r"\s*[^，,。；;：:\n]{0,12}(?:假期|黄金周|小长假|长假|节日期间|节期间|" + _HOLIDAYS + r")"
                           r"[^，,。；;：:\n]{0,6}[，,]")
# 三是国庆假期接待游客86万人次，实现旅游收入7.2亿元: a sentence (or an item 一是/三是) that opens on a named holiday's days,
# its figures running on after it
_HOLIDAY_OPEN = re.compile(r"\s*(?:[一二三四五六七八九十]是|[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．])?[^，,。；;：:\n\d]{0,4}?"
                           r"(?:" + _HOLIDAYS + r")(?:节)?(?:假期|黄金周|小长假|长假|期间)")


# (a year in characters, 二〇二一年 as 公文 and their OCR copies write it, is read as its digits)
_YEAR = re.compile(r"((?:19|20)\d\d|[一二][〇零九][〇零一二三四五六七八九]{2})年")
_YEAR_LEAD = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)?\s*"
                        r"((?:19|20)\d\d|[一二][〇零九][〇零一二三四五六七八九]{2})年[，,]")
_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _year_digits(y: str) -> str:
    return y if y.isascii() else y.translate(_YEAR_DIGITS)


_REVIEWS_BEFORE = re.compile(r"工作报告|工作回顾")


def _led_year(doc, f: Fig) -> str:
    """The year a figure without its own reads in: that of the last sentence before it that opens with a year
    (2025年，全区实现… → the sections after it report 2025 even under a heading 2026年政府工作报告; a year a plan
    section leads with is not the year a summing-up there reviews), else the
    report's year. A year before the one a lead sentence named earlier (2016年，全市… 2015年，全市完成…), or before
    the report's own in a report that reviews its own year (2018年工作总结: 2017年，全县…为8.6万人), looks back: it
    holds for its own paragraph only. (A 工作报告 to a session, or a …回顾 heading, reviews the year before.)"""
    led = doc.__dict__.get("_cr_led_years")
    if led is None:
        led, ahead = [], ""
        own = str(doc.year) if doc.year and not _REVIEWS_BEFORE.search(_title(doc.folded)) else ""
        for i, snt in enumerate(doc.sentences):
            t = snt.text
            m = _YEAR_LEAD.match(t) if "年，" in t or "年," in t else None  # (it ends with 年 and a comma)
            if m:
                y = _year_digits(m.group(1))
                back = y < (ahead or own) and f"{y}年工作回顾" not in doc.folded
                planned = plan_heading(doc.section_at(snt.start) or "", doc.year)
                led.append((i, y, paragraph_start(doc.folded, snt.start) if back else -1, planned))
                ahead = ahead if back else y
        doc.__dict__["_cr_led_years"] = led
    year = str(doc.year or "")
    # 三、下步打算 / 2014年，力争… / 总的看，全年新增就业…: a summing-up after a plan's year sums up the year reviewed
    summing = None
    for i, y, par, planned in led:
        if i > f.sent:
            break
        if planned:
            if summing is None:
                s0 = doc.sentences[f.sent].start
                summing = bool(_SUMMARY_LEAD.match(doc.folded, s0) or _LOOK_BACK_LEAD.match(doc.folded, s0))
            if summing:
                continue
        if par < 0 or par == paragraph_start(doc.folded, f.start):
            year = y
    return year


# a short line with no sentence in it (2022年主要经济指标, 二、上年指标回顾): a heading
_SHORT_LINE = re.compile(r"[^，,。；;！？!?\n]{2,24}$")
_LAST_YEAR_WORD = re.compile(r"上年|上一年|去年")


@per_figure
def _heading_year(doc, folded: str, f: Fig) -> str:
    """The year before the report's that the heading over a figure names (2022年主要经济指标, 二、上年指标回顾 in a
    report of 2023): the figures under it are of that year. A later year there is a plan's (2013年打算), not read."""
    if not doc.year:
        return ""
    heads = [doc.section_at(f.start) or ""]
    end = paragraph_start(folded, f.start) - 1
    for _ in range(3):  # the nearest short line above the paragraph
        if end <= 0:
            break
        start = folded.rfind("\n", 0, end) + 1
        if _SHORT_LINE.match(folded, start, end):
            heads.insert(0, folded[start:end])
            break
        end = start - 1
    for h in heads:
        years = [int(_year_digits(y)) for y in _YEAR.findall(h)]
        if years:
            return str(years[-1]) if years[-1] < doc.year else ""
        if _LAST_YEAR_WORD.search(h):
            return str(doc.year - 1)
    return ""


@per_figure
def _cr_years(doc, folded: str, f: Fig) -> list[str]:
    s0 = doc.sentences[f.sent].start
    if "（" not in folded[s0:f.start] and "(" not in folded[s0:f.start]:
        return [_year_digits(y) for y in _YEAR.findall(folded, s0, f.start)]
    # (…同比增长15.2%（2015年为7.42亿元）；新改建农村公路386公里: a year inside a bracket closed before the figure dates
    # what the bracket says, not the figure)
    # (常住人口（2020年末）为12.53万人: a bracket holding the date alone dates the figure after it)
    return [_year_digits(m.group(0)) for m in _YEAR.finditer(folded, s0, f.start)
            if not _states_own(folded, m, f.start)]


def _states_own(folded: str, m: re.Match, hi: int) -> bool:
    """Does the year m stand in a bracket closed before hi that states a figure of its own (（2015年为7.42亿元）)?"""
    k = min((i for i in (folded.find("）", m.end(), hi), folded.find(")", m.end(), hi)) if i >= 0), default=-1)
    if k < 0 or "（" in folded[m.end():k] or "(" in folded[m.end():k]:
        return False
    return bool(ANY_DIGIT.search(folded, m.end(), k)) or "为" in folded[m.end():k]


_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")
_NOT_CJK_search = _NOT_CJK.search


def _cjk_chars(core: str) -> frozenset:
    """The set of Chinese characters of a text (frozenset(_NOT_CJK.sub("", core)), the regex skipped when every
    character is Chinese)."""
    if _NOT_CJK_search(core) is None:
        return frozenset(core)
    return frozenset(_NOT_CJK.sub("", core))


_UNSURE = "unsure"
_IN_YEAR = re.compile(r"在(?:19|20)\d\d年")


def _signatures_chars(folded: str, figs: list[Fig], read: list[int], item_starts: list[int], pre: dict,
                      drop=_SIG_DROP.sub, edge=_SIG_EDGE.sub, edge_first=_SIG_EDGE_FIRST, edge_last=_SIG_EDGE_LAST,
                      not_cjk=_NOT_CJK.search, generic=_GENERIC, not_own=_NOT_OWN_METRIC, unsure=_UNSURE) -> None:
    """The characters _signature would name each figure of `read` by (indices into figs, with the starts of their
    list items), read from its clause alone (no plan, base or period checks): pre[i] = (chars, unit); nothing when it
    can have no signature; _UNSURE when the clause alone cannot tell (在2025年…的基础上, 其中市本级…). For plain amounts
    of a sentence only (the caller checks). One loop, its names bound locally: it runs over every plain amount."""
    for i, item_start in zip(read, item_starts):
        f = figs[i]
        raw = f.__dict__.get("_respective") or f.__dict__.get("_running")
        if not raw:
            raw = folded[item_start:f.start]
            if len(raw) < 4:
                continue  # fewer than the four characters a signature needs
            if item_start and folded[item_start - 1] in "、和及与" and not ANY_DIGIT.search(
                    folded, clause_start(folded, item_start - 1), item_start):
                continue  # 新收刑事、民事、行政（含行政赔偿）一审案件…件: the count of all the names joined, not of the last
            c = raw[0]  # (_drop_list_mark, inlined)
            if c.isspace() or c.isdecimal() or c in "（(" or "①" <= c <= "⑳":
                raw = _LIST_MARK.sub("", raw)
            if "：" in raw or ":" in raw:
                raw = _colon_tail(raw)
            if "在" in raw and _IN_YEAR.search(raw):
                pre[i] = unsure  # 在2025年…的基础上: only the full reading can tell (在校, 在职 are plain words)
                continue
        core = drop("", raw)
        if core and (core[0] in edge_first or core[-1] in edge_last):  # (_sig_edge, inlined)
            core = edge("", core)
        if "各" in core:
            core = _CORE_FILLER.sub("", core)  # 发生各类生产安全事故 = 发生生产安全事故
        if raw.startswith("其中") and _SCOPE_PART.match(core):
            pre[i] = unsure
            continue
        if len(core) < 4 or core in generic or core.startswith(not_own) or (core[0] == "已" and len(core) <= 5):
            continue  # (fewer characters still once the non-Chinese ones are dropped)
        chars = frozenset(core) if not_cjk(core) is None else frozenset(_NOT_CJK.sub("", core))  # (_cjk_chars)
        if len(chars) >= 4:
            pre[i] = (chars, f.base_unit)


def _signature(doc, folded: str, figs: list[Fig], i: int) -> tuple | None:
    """A figure → (the set of characters naming its metric, scope, period, unit), when its label names it plainly
    enough to be compared under another word order (刑事案件立案 / 立刑事案件); else None."""
    f = figs[i]
    raw = _plain_label(doc, folded, f)
    if raw is None:
        return None
    if "：" in raw or ":" in raw:
        raw = _colon_tail(raw)
    core = _sig_edge(_SIG_DROP.sub("", raw))
    if "各" in core:
        core = _CORE_FILLER.sub("", core)
    if raw.startswith("其中") and _SCOPE_PART.match(core):
        total = figs[i - 1] if i else None
        if (total is None or total.sent != f.sent or total.base_unit != f.base_unit
                or "，其中" not in folded[total.end:f.start] or len(total.metric) < 2):
            return None
        core += total.metric
    chars = _cjk_chars(core)
    if len(chars) < 4 or core in _GENERIC or core.startswith(_NOT_OWN_METRIC) or (core[0] == "已" and len(core) <= 5):
        return None
    scope = _sig_scope(raw, "")
    if not scope:  # 上年末存款余额…、贷款余额…: a scope word that leads a list holds for each of its items
        m = _LIST_LEAD_SCOPE.match(folded, clause_start(folded, f.start), f.start - len(raw))
        scope = m.lastgroup if m else "plain"
    if _PREV_END_LEAD.match(folded, doc.sentences[f.sent].start):
        scope = "prev"  # 截至上年末，全镇累计建成…: the end of the year before leading the sentence dates its clauses
    if _GRAND_TOTAL.search(raw) or _sum_built(doc, folded, f):
        scope = "grand"  # 一般公共预算收入总计 (with transfers) is not 一般公共预算收入
    if _ORG.search(folded, doc.sentences[f.sent].start, f.start):
        scope += ":own"  # 市本级…其中民生支出 is a part of 全市…其中民生支出
    years = _cr_years(doc, folded, f)
    period = years[-1] if years else _heading_year(doc, folded, f) or _led_year(doc, f)
    return chars, scope, period, f.base_unit


# a scope word at the head of a clause (上年末存款余额…、贷款余额…, 累计建成…、…): it holds for each item of its list
_LIST_LEAD_SCOPE = re.compile(r"\s*(?:(?:19|20)\d\d年)?(?:(?P<prev>上年末|上年底|去年末|去年底|上年|去年|年初)|(?P<stock>累计|截至|截止))")


# pairs of words that name two sides of one thing, never one quantity (收入/支出, 城镇/农村, 男/女…)
_CONTRASTS = (("收入", "支出"), ("城镇", "农村"), ("城市", "农村"), ("男", "女"), ("进口", "出口"), ("存款", "贷款"),
              ("流入", "流出"), ("增加", "减少"), ("上年", "本年"), ("国内", "国外"), ("国内", "境外"), ("省内", "省外"),
              ("市内", "市外"), ("县内", "县外"), ("线上", "线下"), ("公办", "民办"), ("国有", "民营"), ("小学", "初中"),
              ("初中", "高中"), ("来信", "来访"), ("一般", "重大"), ("一般", "较大"), ("受理", "办结"), ("立案", "结案"), ("预算", "决算"),
              ("刑事", "民事"), ("刑事", "行政案"), ("民事", "行政案"))


def _digits(f: Fig) -> str:
    return format(f.norm.normalize(), "f").replace(".", "").replace("-", "")


def _swapped(a: Fig, f: Fig) -> bool:
    """61.84 and 61.48亿元, 21,500 and 2.51万名: the same digits at the same magnitude, two neighbours swapped."""
    if a.norm is None or f.norm is None or not (Decimal(1) <= abs(a.norm) and Decimal(1) <= abs(f.norm)):
        return False
    if len(str(int(a.norm))) != len(str(int(f.norm))):
        return False
    da, df = _digits(a), _digits(f)
    n = max(len(da), len(df))
    da, df = da.ljust(n, "0"), df.ljust(n, "0")
    diff = [k for k in range(n) if da[k] != df[k]]
    return (len(da.strip("0")) >= 3 and len(diff) == 2 and diff[1] == diff[0] + 1
            and da[diff[0]] == df[diff[1]] and da[diff[1]] == df[diff[0]])


_TWO_CJK = re.compile(r"[\u4e00-\u9fff]{2}")


def _elided_object(doc, folded: str, figs: list[Fig], f: Fig) -> str:
    """A bare verb label (审结, 办结) whose object was named by the figure before it in the sentence
    (受理各类案件12,486件…审结11,327件) → that object's last two characters (案件), else ''."""
    i = figs.index(f)
    prev = next((x for x in reversed(figs[max(0, i - 4):i]) if x.sent == f.sent and x.base_unit == f.base_unit), None)
    if prev is None:
        return ""
    lab = _sig_edge(_SIG_DROP.sub("", folded[clause_start(folded, prev.start, _ITEM_SEP):prev.start]))
    return lab[-2:] if len(lab) >= 4 and _TWO_CJK.fullmatch(lab[-2:]) else ""


def _transposed_conflicts(doc, folded: str, figs: list[Fig], amount: list[bool]) -> list[dict]:
    """Two results whose digits differ by one swap of neighbours (4,860 / 4,680个, 21,500 / 2.51万名), named so that
    the shorter name reads inside the longer (新增就业岗位 in 新增城镇就业岗位; 两癌检查 in 为…农村妇女开展“两癌”免费检查):
    the typo is the evidence that they are one quantity. Scope, area, year and contrasting words keep them apart."""
    # only figures with the same digits (three significant or more) at the same magnitude can be a swap of each other
    # (grouped first by unit and magnitude, which is cheap: the digits are read only where two figures share both)
    scales: dict[tuple, list[Fig]] = {}
    for f, q in zip(figs, amount):  # (amount: which figures are quantities)
        if q and f.norm:
            scale = f.norm.adjusted()  # the number of integer digits - 1
            if scale >= 0:  # (|norm| >= 1)
                # (退役军人6,932人 / 6,923名退役军人: 人, 名 and 位 count people alike)
                unit = "人" if f.base_unit in _PEOPLE else f.base_unit
                scales.setdefault((unit, scale), []).append(f)
    buckets: dict[tuple, list[Fig]] = {}
    for (unit, scale), members in scales.items():
        if len(members) < 2 or all(f.sent == members[0].sent for f in members):
            continue  # (a pair is of two sentences: nor can a bucket of these members make one)
        for f in members:
            digits = sig_digit_run(f.norm)
            if len(digits) >= 3:
                buckets.setdefault((unit, scale + 1, "".join(sorted(digits))), []).append(f)
    cands: dict[tuple, list[tuple]] = {}
    for bucket, members in buckets.items():
        # (a pair is of two sentences: a bucket in one sentence pairs nothing)
        if len(members) >= 2 and any(f.sent != members[0].sent for f in members):
            for f in members:
                _swap_candidate(doc, folded, figs, f, bucket, cands)
    out = []
    for group in cands.values():
        out.extend(_swap_pairs(doc, folded, group))
    return sorted(out, key=lambda r: (r["start"], r["end"]))


def _phrase_swaps(doc, folded: str, figs: list[Fig], amount: list[bool]) -> list[dict]:
    """所提问题已经解决或基本解决的（A类）68件 … 今年已解决或基本解决的建议达86件: a count of two digits written with
    them swapped, under labels that share a run of six characters or more — a phrase that long names one quantity,
    and the swap is the typo. Scope, area, year and contrasting words keep them apart."""
    groups: dict[tuple, list[Fig]] = {}
    for f, q in zip(figs, amount):
        if q and f.exact and f.sent >= 0 and 10 <= f.norm < 100:
            d = str(int(f.norm))
            if d[0] != d[1] and d[1] != "0":
                groups.setdefault((f.base_unit, "".join(sorted(d))), []).append(f)
    out = []
    for group in groups.values():
        for i, a in enumerate(group):
            for f in group[i + 1:]:
                if f.sent == a.sent or str(int(a.norm)) != str(int(f.norm))[::-1]:
                    continue
                ra, rf = _plain_label(doc, folded, a), _plain_label(doc, folded, f)
                if ra is None or rf is None:
                    continue
                na, nf = (_NOT_CJK.sub("", _BRACKETED.sub("", x)) for x in (ra, rf))
                run = _common_run(na, nf)
                if run < 6:
                    continue
                sa, sf = (_sig_scope(x) for x in (ra, rf))
                if sa != sf or _kept_apart(doc, folded, a, f, ((na, nf),)) \
                        or _joined_classes(na, nf):
                    continue  # (信访积案 / 信访积案和重复访积案: two classes named together are their sum)
                phrase = next(na[k:k + run] for k in range(len(na)) if na[k:k + run] in nf)
                out.append(_swap_row(a, f, phrase, "two digits swapped", "their two digits swapped"))
    return out


def _swap_candidate(doc, folded: str, figs: list[Fig], f: Fig, bucket: tuple, cands: dict) -> None:
    """A figure of a bucket → (figure, name, words, scope) added to cands when it states a result plainly."""
    raw = _plain_label(doc, folded, f)
    row = _cr_table_row(folded, f) if raw is None and f.quantity and not in_plan(folded, doc, f) else ""
    if (raw is None and not row) or f.norm is None:
        return
    if row:  # a cell of a flattened table (基本支出  1,286.40  1,262.15): named by its row
        raw, after = row, ""
    else:
        # (其中投诉1,086件、举报319件: what follows a list's comma is the next item, not the count's noun)
        after = _NAME_FILLER.sub("", _SIG_DROP.sub("", folded[f.end:clause_end(folded, f.end, _ITEM_SEP)]))
        if "：" in raw or ":" in raw:
            raw = _colon_tail(raw)
    named = _NAME_FILLER.sub("", _sig_edge(_SIG_DROP.sub("", raw)))
    label = _SWAP_FILLER.sub("", named)
    if len(label) == 2 and not after and len(named) < 4 and not raw.startswith("其中"):
        label += _elided_object(doc, folded, figs, f)  # 受理各类案件12,486件；审结11,327件 → 审结案件
        # (其中投诉1,086件: a part after 其中 is named by its noun, no verb wanting an object)
    elif len(after) >= 4 and label in _HELP_VERBS:
        label = ""  # 促进1,410名退役军人实现就业 / 帮助1,140名…: the metric follows the number, the verb before only helps
    name = label if len(label) >= 3 else label + after
    scope = _sig_scope(raw)
    # (利润总额 names enough to pair, though 利润 alone, once 总额 is dropped, is too short)
    cands.setdefault(bucket, []).append((f, name, label + after, scope, raw, len(named) >= 4))


# verbs that only help the result the words after the number name (帮助/促进…N名退役军人实现就业)
_HELP_VERBS = frozenset(("促进", "帮助", "推动", "助力", "扶持", "协助", "支持", "帮扶"))


def _same_noun_other_verb(na: str, nf: str) -> bool:
    """发放优待证 / 制发优待证: one noun of three characters or more after two verbs of at most two characters that
    share one (受理 / 审结 民事案件 are two steps, never one quantity); 受理消费投诉举报 / 办理投诉举报: the shorter noun
    ending the longer one after such verbs."""
    if len(na) >= 5 and len(nf) >= 5 and na[1] == nf[1] and na[:2] != nf[:2] and _TWO_CJK.fullmatch(na[:2]):
        short, long_ = sorted((na[2:], nf[2:]), key=len)
        if len(short) >= 3 and short not in _GENERIC and long_.endswith(short) and long_ != short:
            return True
    k = tail_shared(na, nf)
    va, vf = na[:len(na) - k], nf[:len(nf) - k]
    return (k >= 3 and na[-k:] not in _GENERIC and len(va) <= 2 and len(vf) <= 2
            and (len(va) <= 1 and len(vf) <= 1 or bool(set(va) & set(vf))))


def _touching(na: str, ra: str, nf: str, rf: str) -> bool:
    """搬迁1,268户 / 1,286户搬迁群众: one figure named before it, the other opening its clause and named after it, by
    the same word of two characters or more on the side that touches the number (with the swap, enough evidence).
    A clause before the figure of filler words only (全年为4.68万名低保对象) names nothing there."""
    named_a, named_f = _names_anything(ra), _names_anything(rf)
    if named_a == named_f:
        return False
    before, after = (na, nf) if named_a else (nf, na)
    k = next((k for k in range(min(len(before), len(after), 8), 1, -1) if before.endswith(after[:k])), 0)
    word = after[:k]
    return k >= 2 and word not in _GENERIC and bool(_TWO_CJK.match(word))


def _names_anything(raw: str) -> bool:
    """Does a clause before a figure hold a word of a name, once time, scope, completion and linking words are gone?"""
    return bool(raw) and bool(_NAME_FILLER.sub("", _sig_edge(_SIG_DROP.sub("", raw))))


_NEW_OR_PLAIN = frozenset(("new", "plain"))


def _shared_noun_verb_root(na: str, nf: str) -> bool:
    """新建高标准农田 / 高标准农田建设: one noun of four characters or more, all but two characters of the shorter name,
    and words around it that share a character (建): one act on one thing (受理 / 审结 民事案件 share none)."""
    run = _common_run(na, nf)
    if run < max(4, min(len(na), len(nf)) - 2):
        return False
    k = next(k for k in range(len(na)) if na[k:k + run] in nf)
    noun = na[k:k + run]
    rest_a, rest_f = na.replace(noun, "", 1), nf.replace(noun, "", 1)
    return bool(set(rest_a) & set(rest_f))


def _swap_row(a: Fig, f: Fig, name: str, how: str = "two neighbouring digits swapped",
              how_with: str = "two neighbouring digits swapped") -> dict:
    """The inconsistent row of a swap: two figures naming one quantity (name) with digits swapped, one a typo."""
    return result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                  f"{a.text} ≠ {f.text} ({how}; {name})",
                  f"{a.text} and {f.text} name the same quantity ({name}) with {how_with}; one of them is a typo.",
                  f"{name}前称{a.text}、后称{f.text}，数字前后颠倒，应核对。", "digits transposed")


def _swap_pairs(doc, folded: str, group: list[tuple]) -> list[dict]:
    out = []
    for i, (a, na, wa, sa, ra, ka) in enumerate(group):
        for f, nf, wf, sf, rf, kf in group[i + 1:]:
            # (新建 / plain: a flow the year's report states plainly is the year's — 全年新建高标准农田 / 高标准农田建设)
            if f.sent == a.sent or not _swapped(a, f) or a.norm_interval().overlaps(f.norm_interval()):
                continue
            restated = _swap_restated(doc, folded, a, f)
            summed = restated and _summed_names(na, nf)
            if sa != sf and {sa, sf} != _NEW_OR_PLAIN and not (summed and "plain" in (sa, sf)):
                continue
            short, long_ = (na, wf) if len(na) <= len(nf) else (nf, wa)
            lf, rl = (f, rf) if short is na else (a, ra)  # the figure of the longer name, and its raw clause
            # (立案 / 全局立案查处各类案件: a verb of two characters that the longer name opens with, swapped, is one count)
            # (全年支出19,784.2万元 … 五、小结 本局全年支出19,748.2万元: a short or generic name told alike in a summing-up,
            # with four digits or more swapped, is the one quantity restated — not a part after 其中: 其中企业 / 新增企业)
            # (其中投诉1,086件 … 存在问题：…全年处理消费者投诉1,068件: a noun of two characters ending the longer name of a
            # restatement, four digits or more swapped — the metric named in full)
            if ((len(short) < 3 and not (len(short) == 2 and ((ka if short is na else kf) or long_.startswith(short)
                                                              or (long_.endswith(short)
                                                                  and restated
                                                                  and _noun_widened(doc, folded, lf, rl,
                                                                                    long_[:-len(short)])))))
                    or short in _GENERIC) and not (summed and na == nf and len(na) >= 2
                                                   and not (ra.startswith("其中") or rf.startswith("其中"))):
                continue
            if rl.rstrip().endswith("的") and short not in rl and short in long_:
                continue  # (全县退役军人6,932人 / 参加适应性培训的6,923名退役军人: the 的-clause narrows the noun)
            later = f if f.start > a.start else a
            if any(g is not a and g is not f and g.start < later.start and g.norm == later.norm and ng in (na, nf)
                   for g, ng, *_ in group):
                continue  # (一般公共预算 支出28,436万元 … 基金预算 支出28,463万元 / 小结 支出28,463万元: the other one restated)
            if not (in_order(short, long_) or (len(na) >= 4 and sorted(na) == sorted(nf))
                    or _same_noun_other_verb(na, nf) or _touching(na, ra, nf, rf)
                    or _shared_noun_verb_root(na, nf) or summed
                    or ((len(_digits(a).strip("0")) >= 4 and _shares_a_word(na, nf) or _same_head(na, nf))
                        and not _other_steps(na, nf) and not _co_kinds(na, nf))):
                # 预算收入 / 收入预算: the same characters in another order name it too; four digits or more swapped under
                # names sharing a word (全年受理群众来信来访2847件 / 全年受理的2874件信访事项): no coincidence
                continue
            if _kept_apart(doc, folded, a, f, ((wa, wf), (ra, rf))):
                continue
            if _joined_classes(na, nf) \
                    or ("本级" in ra) != ("本级" in rf):
                continue  # 办理公证事项案件 / 办理公证和调解案件: two classes named together are their sum (区本级: a part)
            out.append(_swap_row(a, f, _as_written(doc, folded, (a, f), short)))
    return out


# some of the words a name is read without (_SIG_DROP and _NAME_FILLER drop more, at its edges), as they may stand
# inside it in the text
_NAME_GAP = r"(?:[在对的了有共为是达按以]|完成|实现|实际|累计|共计|全年|今年|当年|年内){0,2}"


def _as_written(doc, folded: str, figs: tuple, name: str) -> str:
    """A name read without its linking words (城乡低保象, 一般公预算收入) → as the text around one of the figures
    writes it (城乡低保对象, 一般公共预算收入), for the explanation; the name itself when it is not found so."""
    if len(name) < 2 or not _TWO_CJK.match(name):
        return name
    rx = re.compile(_NAME_GAP.join(map(re.escape, name)))
    for f in figs:
        if f.sent >= 0:
            s = doc.sentences[f.sent]
            m = rx.search(folded, s.start, s.end)
            if m:
                return doc.text[m.start():m.end()]
    return name


def _noun_widened(doc, folded: str, lf: Fig, rl: str, before: str) -> bool:
    """A noun of two characters (投诉) ending a longer name: is what stands before it only acts on it and generic words
    (处理消费者投诉 — the metric named in full), no noun or 的-clause narrowing it (网络购物投诉, 预付式消费投诉, 重复来访),
    and its sentence no share of a whole (占来访总量比例) nor a part among others (…中)?"""
    if _OPEN_NOUN_PREFIX.sub("", before) or rl.rstrip().endswith("的"):
        return False
    s = doc.sentences[lf.sent]
    return not (_SHARE_OF.search(folded, lf.end, s.end)
                or folded[lf.end:clause_end(folded, lf.end, _ITEM_SEP)].rstrip().endswith("中"))


# what may stand before a noun that a restatement names in full: the act on it and who brings it
_OPEN_NOUN_PREFIX = re.compile(r"处理|受理|办理|接收|接到|收到|接待|办结|调处|化解|登记|处置|答复|回复|消费者|群众|市民|"
                               r"各类|各项|全部|所有|共")
_SHARE_OF = re.compile(r"占[^，,。；;！？!?\n]{0,12}(?:比例|比重|比率)")


def _summed_names(na: str, nf: str) -> bool:
    """特困供养对象1,582人 … 三、总结 … 保障特困群众1,852人: of a swap _swap_restated reads as a summing-up's typo, the
    two names share a word of two characters or more (支出 / 支出: one name, however short) — the restatement's typo,
    though the summary renames the metric."""
    return (na == nf and bool(na)) or _shares_a_word(na, nf)


def _swap_restated(doc, folded: str, a: Fig, f: Fig) -> bool:
    """Two figures of four significant digits or more, the later in a summing-up or in a review of the year's problems
    (存在问题：…全年处理消费者投诉1,068件，与群众需求仍有差距), the earlier in neither: a restatement's place."""
    if len(_digits(a).strip("0")) < 4 or len(_digits(f).strip("0")) < 4:
        return False
    later, earlier = (f, a) if f.start > a.start else (a, f)
    return (_sums_up(doc, folded, later) or _problems_review(doc, folded, later)) and not _sums_up(doc, folded, earlier)


_STEPS = re.compile(r"受理|收案|立案|审理|审结|结案|执结|办结|办理|答复|办复|起诉|批捕|判决|查处|处理")


def _other_steps(na: str, nf: str) -> bool:
    """审结民事案件 / 民事案件受理: two steps cases go through, each named by its act — two quantities, whatever noun
    they share."""
    sa, sf = set(_STEPS.findall(na)), set(_STEPS.findall(nf))
    return bool(sa) and bool(sf) and not (sa & sf)


def _co_kinds(na: str, nf: str) -> bool:
    """城乡居民养老保险参保人数 / 城乡居民医疗保险参保人数, 消费者投诉 / 消费者举报: the words two names share taken out,
    what is left of each (养老 / 医疗) is a word of its own with no character of the other's — two kinds of one thing."""
    a, b = na, nf
    while (k := _shared_word(a, b)) >= 2:
        w = next(a[i:i + k] for i in range(len(a) - k + 1) if a[i:i + k] in b)
        a, b = a.replace(w, "", 1), b.replace(w, "", 1)
    return len(a) >= 2 and len(b) >= 2 and not set(a) & set(b) and bool(_TWO_CJK.match(a)) and bool(_TWO_CJK.match(b))


def _same_head(na: str, nf: str) -> bool:
    """上半年查办各类违法案件 / 上半年查处案件: two names of four characters or more ending with one word of two or more
    that is no generic one — the thing counted, named twice."""
    k = tail_shared(na, nf)
    if k < 2 or min(len(na), len(nf)) < 4 or na[-k:] in _GENERIC or not _TWO_CJK.match(na[-k:]):
        return False
    if k >= 3 and len(na) > k and len(nf) > k:
        return False  # (查处食品案件 / 查处药品案件, 小学教师 / 中学教师: a shared run that opens inside two kinds' names)
    # (省建议 / 市建议 after a shared head of two: the levels named before the head are two scopes)
    return set(_LEVEL_WORD.findall(na[:-k])) == set(_LEVEL_WORD.findall(nf[:-k]))


_LEVEL_WORD = re.compile(r"国家|中央|省|市|州|县|区|乡|镇|村|街道|社区")


def _shares_a_word(na: str, nf: str) -> bool:
    """Two names that share a word of two characters or more, unless it is the whole of a short name (查封 /
    解除查封违法场所: the bare act the other extends is another act)."""
    k = _shared_word(na, nf)
    return k >= 2 and not (k == min(len(na), len(nf)) and k <= 3)


def _shared_word(na: str, nf: str) -> int:
    """The length of the longest run of Chinese characters two names share that is no generic word, else 0."""
    k = 0
    for i in range(len(na) - 1):
        for j in range(i + 2, len(na) + 1):
            w = na[i:j]
            if w not in nf:
                break
            if w not in _GENERIC and _TWO_CJK.match(w):
                k = max(k, j - i)
    return k


def _zero_dropped(long_: str, short: str) -> bool:
    """306 / 36: the shorter digits are the longer with one inner 0 left out."""
    return len(long_) == len(short) + 1 and len(long_) >= 3 and any(
        long_[k] == "0" and long_[:k] + long_[k + 1:] == short for k in range(1, len(long_) - 1))


def _summed_slips(doc, folded: str, figs: list[Fig], amount: list[bool], weak: bool = False) -> list[dict]:
    """为3.06万户困难家庭发放取暖补贴 … 一年来，…向困难家庭发放取暖补贴3.6万户: a figure that sums up (as
    _summed_swap) written with an inner 0 of a body figure of the same unit and magnitude left out, the two names
    sharing a word — the typo of a restatement. Rounding (3.06 → 3.1) is no slip; scope, area, year and contrasting
    words keep them apart. weak (round 27): the weaker slips instead — one digit written otherwise, the same digits at
    another magnitude — against a body figure of a sentence (no table's cell: a target column), with a review of
    problems read as a summing-up; asked after every other reading, so that a row of theirs is kept."""
    body: dict[str, list[Fig]] = {}
    summed = []
    for f, q in zip(figs, amount):
        if q and f.norm is not None and f.norm >= 1 and f.sent >= 0 and f.value_high is None:
            # (round 27: a review of problems restates the body as a summing-up does — 存在的问题：…今年新增的1,360亩
            # 有效灌溉面积中… / 还存在不少困难和问题：…)
            (summed if _sums_up(doc, folded, f) or (weak and _restating_place(doc, folded, f))
             else body.setdefault(f.base_unit, [])).append(f)
    if not summed:
        return []  # (no figure sums up or restates: nothing to pair, and the body's index below is not built)
    out = []
    runs: dict[int, str] = {}  # id(figure) → its significant digits, read once
    if weak:  # (the body looked up by unit and magnitude, and by unit and digits: not every figure of the unit)
        by_mag: dict[tuple, list[Fig]] = {}
        by_run: dict[tuple, list[Fig]] = {}
        for unit, members in body.items():
            for a in members:
                by_mag.setdefault((unit, a.norm.adjusted()), []).append(a)
                da = runs[id(a)] = sig_digit_run(a.norm)
                if len(da) >= 3:
                    by_run.setdefault((unit, da), []).append(a)
    for j, f in enumerate(summed):
        df = sig_digit_run(f.norm)
        # (an overview that looks back too — 过去一年，… — is the body a closing summary restates)
        earlier = [x for x in summed[:j] if x.sent != f.sent and x.base_unit == f.base_unit]
        if weak and any(x.norm == f.norm and x.start < f.start and x.sent != f.sent for x in body.get(f.base_unit, ())):
            continue  # (办结125件 in the body, 全年…案件125件中… in the review: the value is a body figure, restated)
        if weak:
            same = by_mag.get((f.base_unit, f.norm.adjusted()), [])
            pool = sorted(set(same) | set(by_run.get((f.base_unit, df), ())), key=lambda x: x.start) if len(df) >= 3 \
                else same
        else:
            pool = body.get(f.base_unit, [])
        for a in pool + earlier:
            if a.start > f.start:
                continue
            da = runs.get(id(a)) or runs.setdefault(id(a), sig_digit_run(a.norm))
            if a.norm.adjusted() != f.norm.adjusted():
                if not weak:
                    continue
                # (round 27) the same three digits or more at another magnitude — a decimal point shifted, 万 left out
                # or written for 亿 (1.36万亩 / 1,360亩, 4.26亿元 / 4.26万元) — is a slip of the pen too
                if not (da == df and len(da) >= 3 and 1 <= abs(a.norm.adjusted() - f.norm.adjusted()) <= 4):
                    continue
                short_swap = swap = off = False
                scaled = True
            elif weak:
                # (round 27) one digit written otherwise (2.87 / 2.81亿元, 42 / 41篇) in a review of problems or a
                # summing-up: the weakest slip, read only under one name (below); never a swap (two digits differ)
                short_swap = swap = scaled = False
                off = _one_digit_off(a, f) and not a.norm_interval().overlaps(f.norm_interval())
                if not off:
                    continue
            else:
                short_swap = len(da) == 2 and da[0] != da[1] and df == da[::-1]  # 3.2 / 2.3万亩, 5,400 / 4,500个
                swap = short_swap or _swapped(a, f)
                scaled = off = False
                if not (_zero_dropped(da, df) or _zero_dropped(df, da) or swap):
                    continue
            if weak and (_cr_table_row(folded, a) or is_reference(folded, a) or _spaced_cell(folded, a)
                         or any(w in (a.metric or "") for w in ("目标", "计划", "预算", "任务"))
                         or is_per_unit(folded, a) != is_per_unit(folded, f)):
                continue  # (售水量 1.20亿立方米 1.26亿立方米: a target column, the cells parted by single spaces; 户均增收
                # / 增收: a value per head and a total)
            cands: dict = {}
            _swap_candidate(doc, folded, figs, a, 0, cands)
            got = cands.get(0, [])
            if not got:
                got.append(_status_candidate(doc, folded, a))  # (截至11月30日，已拨付补助资金1,468万元: a status)
                if got[0] is None:
                    continue
                cands[0] = got
            _swap_candidate(doc, folded, figs, f, 0, cands)
            if len(cands.get(0, ())) != 2:
                continue
            (_, na, wa, sa, ra, _), (_, nf, wf, sf, rf, _) = cands[0]
            if sa != sf and ("plain" not in (sa, sf) or "prev" in (sa, sf)):
                continue  # (上年粮食总产量 is last year's, never this year's summed up)
            if weak and (_NEW_WORD.search(folded, clause_start(folded, a.start), a.start) is None) != (
                    _NEW_WORD.search(folded, clause_start(folded, f.start), f.start) is None):
                continue  # (全年新增家庭农场142家 / 全区家庭农场1,420家中: the year's new and the stock)
            if weak and (not _slip_names(_item_cut(wa, ra), _item_cut(wf, rf)) or _LEFT_OVER.search(rf)
                         or _AMONG_BEFORE.search(rf) or _sums_more(doc, folded, figs, a, f, rf)):
                continue  # (尚有128公里农村公路未硬化: what is left of the work, not the work restated; 合计, 各类: more;
                # 今年新认定低收入家庭中因残致困家庭…: a part among the set)
            if (short_swap and not _one_name(na, nf)) or bool(_ORG.search(ra)) != bool(_ORG.search(rf)):
                continue  # (县本级 / 全县: the body's own part is no restatement of the whole)
            same = na == nf and len(na) >= 2 and na not in _GENERIC  # (学位 / 学位: one name, short as it is)
            if not (same or _shares_a_word(na, nf) or _act_on_its_object(doc, folded, a, na, nf)):
                continue
            if _kept_apart(doc, folded, a, f, ((wa, wf), (ra, rf))):
                continue
            if _joined_classes(na, nf):
                continue  # 办理公证事项案件 / 总体来看，…办理公证和调解案件: two classes named together are their sum
            how, how_zh = (("two neighbouring digits swapped", "数字前后颠倒") if swap
                           else ("the same digits at another magnitude", "数位或单位写错") if scaled
                           else ("one digit written otherwise", "个别数字写错") if off
                           else ("a 0 left out", "数字漏写0"))
            name = na if weak else nf  # (the body's name: a review's clause runs on past the noun)
            verb, verb_zh = ("restates", "后称") if weak else ("sums up", "总结称")
            out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                              f"{a.text} ≠ {f.text} ({how}; {name})",
                              f"{f.text} {verb} {a.text} ({name}) with {how}; one of them is a typo.",
                              f"{name}前称{a.text}、{verb_zh}{f.text}，{how_zh}，应核对。", "same metric stated with two values"))
            break
    return out


def _slip_names(na: str, nf: str) -> bool:
    """The weaker slips (one digit written otherwise, another magnitude) need one name: the shorter, four characters or
    more and no generic word, read in order inside the longer (水利投资 / 水利建设投资合计, 撰写分析信息 / 撰写统计分析和
    信息) — not a word shared alone (建成农村公路 / 农村公路养护里程)."""
    na, nf = _set_cut(na), _set_cut(nf)
    short, long_ = sorted((na, nf), key=len)
    if len(short) < 4 or short in _GENERIC or not in_order(short, long_):
        return False
    # (a restatement may shorten the body's name; a longer one adds words inside it only — 水利建设投资 / 水利投资 —, never
    # before or after the name, which narrow it: 农田水利建设投资, 新增就业困难人员)
    if long_ is na or (long_[0] == short[0] and long_[-2:] == short[-2:]):
        return True
    # (年末结余的347.64元资金未能形成实物量: the name read on into what the clause says of it — 结余资金 / 结余资金未能…)
    return long_.startswith(short) and long_[len(short)] in "未已均都全仍尚没有得的"


# a set named before the figure as the whole it is taken from (低收入家庭中因残致困家庭14户: a part) — not 中央, 中心…
_AMONG_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}中(?![央心学型级小医华国])")
_ITEM_IS = re.compile(r"\s*[一二三四五六七八九十]是")


def _item_cut(name: str, raw: str) -> str:
    """A name without the number of the review's item (一是全年建成的… → 建成…: 是 is dropped with the link words)."""
    return name[1:] if _ITEM_IS.match(raw) and name[:1] in "一二三四五六七八九十" else name


def _set_cut(name: str) -> str:
    """A name cut where the set it names ends and the clause goes on about a part of it (撰写分析信息中, 有效灌溉面积中
    仍有部分田块…: the noun before 中)."""
    k = name.find("中", 4)
    return name[:k] if k > 0 else name


# what is left of the work (尚有, 仍有, 剩余, 未完成): a review's count of the rest, not the work restated
_LEFT_OVER = re.compile(r"尚|仍|还有|剩余|其余|未|待|缺口")


def _spaced_cell(folded: str, a: Fig) -> bool:
    """Is the figure a cell of a table flattened with single spaces (售水量 1.20亿立方米 1.26亿立方米): a space and a
    digit right after it or right before it?"""
    after, before = folded[a.end:a.end + 2], folded[max(0, a.start - 2):a.start]
    return (after[:1] == " " and after[1:].isdigit()) or (before[1:] == " " and before[:1].isdigit())


def _act_on_its_object(doc, folded: str, a: Fig, na: str, nf: str) -> bool:
    """资金实际到位3520万元；已支出3186万元 … 综上，项目资金支出3168万元: a bare act in the body (已支出) that the
    summing-up's name ends with, the noun before it there (资金) named earlier in the body figure's sentence."""
    act = na[2:] if na.startswith("已经") else na.lstrip("已")
    if not 2 <= len(act) <= 3 or len(nf) < len(act) + 2 or not nf.endswith(act):
        return False
    noun = nf[-len(act) - 2:-len(act)]
    return bool(_TWO_CJK.fullmatch(noun)) and noun in folded[doc.sentences[a.sent].start:a.start]


def _one_name(na: str, nf: str) -> bool:
    """Two digits swapped are weak evidence: the names must be one (学位 / 学位), one inside the other (高标准农田 /
    县高标准农田) or share a word of three characters or more, the shorter no generic word."""
    short, long_ = sorted((na, nf), key=len)
    if len(short) >= 2 and short not in _GENERIC and short in long_:
        return True
    return _shared_word(na, nf) >= 3


# 截至11月30日，已拨付补助资金1,468万元: a status on a day of the year, which a summing-up of the year restates
_STATUS_DATE = re.compile(r"\s*(?:截至|截止|到)(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日|底|末)[，,]?")


def _status_candidate(doc, folded: str, a: Fig):
    """A figure in the first clause of a sentence led by a day of the year (截至11月30日，) → a _swap_candidate
    tuple named by its clause, else None. Only a summing-up pairs with it."""
    s0 = doc.sentences[a.sent].start
    m = _STATUS_DATE.match(folded, s0)
    if not m or not a.quantity or in_plan(folded, doc, a) or clause_start(folded, a.start, _ITEM_SEP) != m.end():
        return None
    raw = folded[m.end():a.start]
    if _NOT_PLAIN.search(raw):
        return None
    name = _NAME_FILLER.sub("", _sig_edge(_SIG_DROP.sub("", raw)))
    return (a, name, name, "plain", raw, len(name) >= 4) if len(name) >= 2 else None


# (kept per figure: asked some 80 times a report, by the slips, swaps and summaries of the same figures)
@per_figure
def _sums_up(doc, folded: str, f: Fig) -> bool:
    return f.sent >= 0 and (_summary_context(doc, folded, f)
                            or bool(_LOOK_BACK_LEAD.match(folded, doc.sentences[f.sent].start)))


# the place of a name in a series (第一产业, 第二批, 一类疫苗, 三级医院): two places are two quantities
_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]+|(?<![\d一二三四五六七八九十])[一二三四五\d][类级批档]")
def _kept_apart(doc, folded: str, a: Fig, f: Fig, names) -> bool:
    """Two figures whose names (pairs of a's and f's) hold contrasting words (收入 / 支出), or that are dated to other
    years, areas or dates: not one quantity, whatever their digits."""
    if any((x in u and y in v and x not in v) or (y in u and x in v and y not in v)
           for u, v in names for x, y in _CONTRASTS):
        return True
    if any((_ORDINAL.search(u) and _ORDINAL.search(v) and _ORDINAL.findall(u) != _ORDINAL.findall(v))
           or denied(u, v) or denied(v, u) for u, v in names):
        return True  # 第一产业 / 第二产业, 第一批 / 第二批, 一类 / 二类疫苗: two of a series; 起诉 / 不起诉: an act and its denial
    ya, yf = _cr_years(doc, folded, a), _cr_years(doc, folded, f)
    return bool((ya and yf and ya[-1] != yf[-1]) or _areas_differ(doc, folded, a, f)
                or _dated_apart(doc, folded, a, f, ya, yf))


def _dated_apart(doc, folded: str, a: Fig, f: Fig, ya: list[str], yf: list[str]) -> bool:
    """One figure dated in its sentence to a year before the one the other, undated, is read in (the year its heading
    or the sentence leading its part names, else the report's): 2018年全区在园幼儿1.68万人 is the base of a growth,
    not the 2019 value with a typo."""
    if bool(ya) == bool(yf):
        return False
    dated, other = (ya[-1], f) if ya else (yf[-1], a)
    read = _heading_year(doc, folded, other) or _led_year(doc, other)
    if read == str(doc.year) and dated == str(doc.year - 1) and _REVIEWS_BEFORE.search(_title(folded)):
        return False  # a 工作报告 to a session reviews the year before: an undated result may be of it
    return bool(read) and dated < read  # (the dated one of an earlier year: a base, not this year's value)


# a document cited by its number (财农指【2023】19号, 〔2024〕3号文件): a title alone (《预算法》, 《政府工作报告》) may
# name a law or a report any sentence follows
_CITATION = re.compile(r"[〔【\[［(（]\s*(?:19|20)\d\d\s*[〕】\]］)）]\s*\d{1,4}\s*号")


def _cited_apart(doc, folded: str, a: Fig, f: Fig) -> bool:
    """Do the two figures' sentences each cite a document by its number before them, and other documents (…19号文件…
    下达资金791万元 / …41号文件…下达资金5万元): two allocations, each by its own document, not one quantity twice?"""
    cites = []
    for x in (a, f):
        if x.sent < 0:
            return False
        found = set(_CITATION.findall(folded, doc.sentences[x.sent].start, x.start))
        if not found:
            return False
        cites.append(found)
    return not (cites[0] & cites[1])


def _elliptic(folded: str, figs: list[Fig], x: Fig) -> bool:
    """Is x named by a bare measure (实际支出, 完成) right after a clause of its sentence that names a subject with a
    figure of x's unit (“三公”经费预算36.5万元，实际支出31.5万元) — the subject left out, the clause before's?"""
    cs = clause_start(folded, x.start)
    own = folded[cs:x.start].strip("，, ")
    if len(own) > 4 or cs == 0:
        return False
    prev = clause_start(folded, cs - 1)
    return any(prev <= g.start and g.end <= cs and g is not x and g.base_unit == x.base_unit and g.sent == x.sent
               for g in figs)


def _reworded_conflicts(doc, folded: str, figs: list[Fig], stated: list[bool]) -> list[dict]:
    """The same metric named in other words or order in two sentences, with two values that cannot both hold
    (刑事案件立案1,284起 … 全年立刑事案件1,248起; 其中市本级88个 … 市本级全年完成审计（调查）项目86个)."""
    first: dict[tuple, Fig] = {}
    out = []
    values: dict[tuple, list[Fig]] = {}
    keys: list[tuple] = []
    # a pair is of one unit (both keys end with it) and two sentences: a unit stated in one sentence only pairs nothing
    in_sents: dict[str, int] = {}  # unit → the sentence of its figures, or -2 once it has figures in two
    for f, ok in zip(figs, stated):
        if ok:
            s = in_sents.setdefault(f.base_unit, f.sent)
            if s != f.sent and s != -2:
                in_sents[f.base_unit] = -2
    units = {u for u, s in in_sents.items() if s == -2}
    pre: dict[int, object] = {}  # figure index → its _signatures_chars, for the figures that have one
    read = [i for i, (f, ok) in enumerate(zip(figs, stated)) if ok and f.base_unit in units]
    if read:
        _signatures_chars(folded, figs, read, _item_starts(folded, [figs[i] for i in read]), pre)
    named: dict = {}
    unsure: dict[int, tuple | None] = {}  # the full signature of each figure its clause alone cannot name
    for p in pre.values():
        if p is not _UNSURE:
            named[p] = named.get(p, 0) + 1
    for i, p in pre.items():
        if p is _UNSURE:
            key = unsure[i] = _signature(doc, folded, figs, i)
            if key:
                k = (key[0], key[3])
                named[k] = named.get(k, 0) + 1
    for i, p in pre.items():
        if p is not _UNSURE and named.get(p, 0) < 2:
            continue  # a name given once has nothing to be compared with
        f = figs[i]
        key = unsure[i] if p is _UNSURE else _signature(doc, folded, figs, i)
        if key is None:
            continue
        _note_value(values, key, f)
        a = first.setdefault(key, f)
        if a is f or a.sent == f.sent or _cr_interval(folded, a).overlaps(_cr_interval(folded, f)):
            continue
        if _bodies_lead(doc, folded, a) != _bodies_lead(doc, folded, f):
            continue  # (滨湖中学、实验小学…新增学位3240个: the bodies' own count)
        if ((_subjects_differ(folded, a, f) and not _reordered(folded, a, f, key[0])) or _areas_differ(doc, folded, a, f)
                or _one_paragraph(doc, folded, figs, a, f) or _value_beside(doc, figs, a, f)
                or _measures_differ(doc, folded, figs, a, f) or _wholes_differ(doc, folded, figs, a, f)
                or _describes_a_thing(folded, a) or _describes_a_thing(folded, f)
                or _named_body(folded, a) != _named_body(folded, f)):
            continue
        if _elliptic(folded, figs, a) or _elliptic(folded, figs, f) or _cited_apart(doc, folded, a, f):
            continue  # (“三公”经费预算36.5万元，实际支出31.5万元: 实际支出 of the 三公经费 the clause before names)
        la, lf = (folded[clause_start(folded, x.start, _ITEM_SEP):x.start] for x in (a, f))
        computed = f"{a.text} ≠ {f.text} ({la.strip()} / {lf.strip()}, same scope and period)"
        out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}", computed,
                          f"The same quantity is given as {a.text} ({la}) and later as {f.text} ({lf}); one of them is wrong.",
                          f"同一指标前称{a.text}（{la}）、后称{f.text}（{lf}），二者矛盾，应核对。",
                          "same metric stated with two values"))
        keys.append(key)
    return [r for r, k in zip(out, keys) if len(values[k]) < 3]


def _list_whole(doc, folded: str, figs: list[Fig], f: Fig, any_unit: bool = False, sorting: bool = False) -> Fig | None:
    """The figure whose quantity f is an item of: the last amount before 其中 in f's sentence, with no ； between
    (专任教师4,257人，其中普通高中690人; 原煤产量1520.4万吨…；其中，县属企业完成986.2万吨); the last of the sentence before
    when f's sentence opens with 其中 (a bulletin's breakdown, its items parted by ；: 全年民营经济增加值102.30亿元…。其中，
    第一产业增加值17.41亿元…；第二产业增加值…) or, with `sorting`, with a lead that only sorts (在校生共56,805人。分学段看：
    普通高中8,280人). Of f's unit, unless `any_unit` (a rate's whole is an amount); None when f is in no such list."""
    if f.sent < 0:
        return None
    s0 = doc.sentences[f.sent].start
    at = folded.rfind("其中", s0, f.start)
    if at > 0 and folded[at - 1] == "尤":
        at = -1  # (尤其中小企业: no breakdown)
    same = (lambda x: x.quantity) if any_unit else (lambda x: x.quantity and x.base_unit == f.base_unit)
    by_sent = figs_by_sentence(doc, figs)
    if at >= 0 and folded[s0:at].strip() and not any(c in "；;" for c in folded[at:f.start]):
        before = [x for x in by_sent.get(f.sent, ()) if x.start < at and same(x)]
    elif f.sent > 0 and (at >= 0 and not folded[s0:at].strip() or sorting and _CLASSIFY_LEAD.match(folded, s0)):
        before = [x for x in by_sent.get(f.sent - 1, ()) if same(x)]
    else:
        return None
    return before[-1] if before else None


def _list_measure(doc, folded: str, figs: list[Fig], f: Fig) -> str:
    """The measure an item of a list inherits from its list's total (_list_whole, sorting leads too), as named; '' when
    the item stands alone."""
    w = _list_whole(doc, folded, figs, f, sorting=True)
    return _NOT_CJK.sub("", _BRACKETED.sub("", _core_label(folded, w, plain=True))) if w is not None else ""


def _measures_differ(doc, folded: str, figs: list[Fig], a: Fig, f: Fig) -> bool:
    """Items of one name under two lists of different measures (在校生…普通高中8,280人 / 专任教师…其中普通高中690人): two
    quantities, not one restated."""
    ma, mf = _list_measure(doc, folded, figs, a), _list_measure(doc, folded, figs, f)
    ma, mf = _MEASURE_LINK.sub("", ma), _MEASURE_LINK.sub("", mf)
    return len(ma) >= 2 and len(mf) >= 2 and ma[-2:] != mf[-2:]  # (their head nouns: 在校生 / 专任教师)


_MEASURE_LINK = re.compile(r"(?:共有|共计|合计|总计|总数|达到|共|达|为|有)+$")


@per_figure
def _breakdown_whole(doc, folded: str, figs: list[Fig], f: Fig) -> str:
    """The name of the whole a figure is a part of in a breakdown opened by 其中 (_list_whole; a rate's whole is an
    amount of any unit), one economy named one way; '' when the figure is in no such breakdown."""
    w = _list_whole(doc, folded, figs, f, any_unit=f.kind == "percent")
    if w is None:
        return ""
    name = _GROWTH_LEAD.sub("", _NOT_CJK.sub("", _BRACKETED.sub("", _core_label(folded, w, plain=True))))
    return _ONE_ECONOMY.sub("生产总值", name)


# the names of one economy's output (经济总量, 地区生产总值, 国内生产总值, GDP with its letters dropped)
_ONE_ECONOMY = re.compile(r"^(?:经济总量|(?:地区|国内)?生产总值)$")


def _describes_a_thing(folded: str, f: Fig) -> bool:
    """引进投资2000万元的精养殖场一个: an amount that describes the body or work named after its 的 — one item's size, not
    the period's value of the words before it (立刑事案件1,190起的历史新低 is that value)."""
    return _THING_AFTER.match(folded, f.end) is not None


# 的 and a body or work named (…的精养殖场, …的固废能源科技有限公司, …的项目5个)
_THING_AFTER = re.compile(r"的[\u4e00-\u9fff]{0,12}?(?:公司|企业|项目|工程|养殖场|农场|厂|基地|合作社|园区|市场|酒店)"
                          r"(?![\u4e00-\u9fff]{0,1}(?:建设|管理|发展|工作))")


def _part_of_the_other(doc, folded: str, figs: list[Fig], a: Fig, na: str, f: Fig, nf: str) -> bool:
    """Is one of two figures named na and nf an item of a 其中 breakdown of the other's whole (全县财政收入…增长14.7%。其中，
    地方财政收入…增长18.5%; 农林牧渔业增加值…增长3.1%。其中：…渔业增加值…增长4.3%)? A part, not the whole restated."""
    def named(whole: str, name: str) -> bool:
        # (the whole is the other's quantity, named with or without its scope; 规模以上工业增加值 under 工业增加值 is a
        # part whose own name is longer — compared with its restatement as before)
        name = _GROWTH_LEAD.sub("", name)
        return len(whole) >= 2 and len(name) >= 2 and whole.endswith(name)
    return named(_breakdown_whole(doc, folded, figs, f), na) or named(_breakdown_whole(doc, folded, figs, a), nf)


def _wholes_differ(doc, folded: str, figs: list[Fig], a: Fig, f: Fig) -> bool:
    """Two figures of one name that are parts of two different wholes' breakdowns (地区生产总值…其中第一产业增加值 /
    民营经济增加值…其中第一产业增加值; 原煤产量…其中县属企业 / 精煤产量…其中县属企业): two quantities, not one restated.
    (A whole named short and long — 财政收入 / 全县财政收入 — is one.)"""
    wa, wf = _breakdown_whole(doc, folded, figs, a), _breakdown_whole(doc, folded, figs, f)
    return len(wa) >= 2 and len(wf) >= 2 and not (wa.endswith(wf) or wf.endswith(wa))


_BACK_REF = re.compile(r"(?:上述|前述|这)$")
_BACK_REF_WORDS = ("上述", "前述")


def _anaphor_conflicts(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """上述48个审计项目 after 共完成审计项目46个: a count that points back to one stated earlier, with another value.
    Only when one earlier statement names exactly that noun, it has no part (其中…) that 上述 could mean instead, and
    nothing else of that kind is counted in the paragraph of the back-reference."""
    out = []
    if "上述" not in folded and "前述" not in folded and "这" not in folded:
        return out
    for i, f in enumerate(figs):
        # (这3,865件诉求中: a demonstrative right before the count points back as 上述 does)
        this = folded[f.start - 1:f.start] == "这"
        if folded[f.start - 2:f.start] not in _BACK_REF_WORDS and not this:
            continue  # (no separator falls inside these words: label_of ends with them exactly when the text does)
        if not f.exact or f.qualifier or f.sent < 0 or not _BACK_REF.search(label_of(folded, f)):
            continue
        noun = f.base_unit[1:] + _after_noun(folded, f)
        if len(noun) < (2 if this else 3):
            continue
        head = noun[-2:]
        earlier = [a for a in figs[:i] if a.base_unit == f.base_unit and a.sent >= 0 and a.sent != f.sent]
        # (the earlier count names the noun before it, 共完成审计项目46个, or right after it, 涉及6个乡镇16个项目区)
        named = [a for a in earlier if (_core_label(folded, a).endswith(noun) or a.base_unit[1:] + _after_noun(folded, a) == noun)
                 and not is_reference(folded, a)]
        if this:
            # 受理群众诉求3,856件…。这3,865件诉求中: 这 points at the sentence right before, its count the one named
            named = [a for a in named if a.sent == f.sent - 1]
        if len(named) != 1 or named[0].norm_interval().overlaps(f.norm_interval()):
            continue
        if this and any(x.base_unit == f.base_unit and x.norm_interval().overlaps(f.norm_interval())
                        for x in figs[:i] if x.sent in (f.sent - 1, f.sent)):
            continue  # (…，按期办结3,812件。这3,812件诉求: 这 points at the count it agrees with, not the one named)
        if this and any(x.base_unit == f.base_unit and x.sent == f.sent and x.start < f.start for x in figs[:i]):
            continue  # (今年受理诉求3,856件，这3,856件…: the count of its own sentence)
        a = named[0]
        parts = [x for x in earlier if x.sent == a.sent and x.start > a.start and label_of(folded, x).startswith("其中")]
        par = paragraph_start(folded, f.start)
        near = [x for x in earlier if x.start >= par and head in folded[clause_start(folded, x.start):clause_end(folded, x.end)]]
        if this:
            # (the sentence pointed at may name the noun again; an earlier one may state the same count)
            near = [x for x in near if x.sent != a.sent and not x.norm_interval().overlaps(a.norm_interval())]
        if parts or near or is_sub_period(folded, a) or in_plan(folded, doc, a):
            continue
        word = "这" if this else folded[f.start - 2:f.start]
        out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end + len(noun),
                          f"{a.text}; {word}{f.text}{noun}", f"{a.text} ≠ {f.text} ({noun}, referred back to)",
                          f"{noun} are counted as {a.text} and later referred back to as the {f.text} above; one is wrong.",
                          f"{noun}前称{a.text}，后文“{word}{f.text}”与之不符，应核对。", "same metric stated with two values"))
    return out


# 二孩占比近一半，达47.8%: a share in words, then the same share exactly in the next clause
_EXACT_AFTER = re.compile(r"^[，,](?:达到|达|为|即|占|占比为?|比例为|比重为)$")  # (超过六成，占比58.3%)


def _worded_then_exact(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """A share in words (近一半, 三分之一以上, 约三成) followed at once by its exact percent → consistent when the percent
    falls within what the words say, inconsistent when it cannot (近一半，达52.3%)."""
    out = []
    for i in _of_kind(doc, figs, "fraction"):
        if i + 1 >= len(figs):
            continue
        a, f = figs[i], figs[i + 1]
        if f.kind != "percent" or a.sent != f.sent or not _EXACT_AFTER.match(folded[a.end:f.start]):
            continue
        wa, wf = a.pct_interval(), f.pct_interval()
        if wa is None or wf is None:
            continue
        if wa.overlaps(wf):
            out.append(result("cross_reference", schema.CONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                              f"{f.text} is within {a.text}", f"{a.text} is restated exactly as {f.text}; the two agree.",
                              f"{a.text}与随后的{f.text}一致。"))
        elif a.qualifier:  # a bare 一半 may be loose talk; 近一半 / 超过三分之一 are definite
            out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                              f"{f.text} is outside {a.text}",
                              f"{a.text} is restated as {f.text}, which it cannot be; the words or the percent are wrong.",
                              f"{a.text}与随后的{f.text}矛盾，应核对。", "share in words contradicts the percent"))
    return out


# 合计28.0亿元，即280000万元: one amount restated at once in another unit
_RESTATE_GAP = re.compile(r"^[，,]?[（(]?(?:即|折合|合计为|约合|合)$")


def _restated_in_unit(folded: str, figs: list[Fig], amount: list[bool]) -> list[dict]:
    """An amount followed at once by 即/折合 and the same amount in another unit (28.0亿元，即280000万元) →
    consistent when the two agree within their rounding, inconsistent when they cannot. (amount: which figures are
    quantities)"""
    out = []
    for a, f, qa, qf in zip(figs, figs[1:], amount, amount[1:]):
        if (f.start - a.end > 6 or a.sent != f.sent or a.sent < 0 or not qa or not qf or a.base_unit != f.base_unit
                or a.unit == f.unit or a.value_high is not None or f.value_high is not None
                or not _RESTATE_GAP.match(folded[a.end:f.start]) or is_per_unit(folded, f)):
            continue
        if a.norm_interval().overlaps(f.norm_interval()):
            out.append(result("cross_reference", schema.CONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                              f"{a.text} = {f.text}", f"{a.text} is restated as {f.text}; the two agree.",
                              f"{a.text}即{f.text}，一致。"))
        elif not a.qualifier and not f.qualifier:
            out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                              f"{a.text} ≠ {f.text}", f"{a.text} is restated as {f.text}, which is another amount; one of "
                              f"the two is wrong (a digit or the unit).",
                              f"{a.text}与随后的{f.text}不相等，应核对数字或单位。", "same amount in two units differs"))
    return out


# how many units a place is made of: 下辖社区11个 / 全镇辖14个行政村 / 全街道12个社区
_SUBUNITS_BEFORE = re.compile(r"(?:下辖|辖有|共辖|管辖|辖)(?P<noun>[\u4e00-\u9fff]{2,5}?)(?:共|有|共有)?$")
_JURISDICTION = re.compile(r"^辖区内?$")
_SUBUNITS_AFTER = re.compile(r"^(?:全[市县区省州旗镇乡村]|全街道|全乡镇|全社区)?(?:下辖|共辖|辖有|辖|共有)?$")


# 全社区9个网格全部…, 全校815名学生: the count of a whole unit (the community, the school), its noun after it
_WHOLE = re.compile(r"^全(?:[市县区省州旗镇乡村校院所]|街道|乡镇|社区|系统|单位|公司|中心)$")
_PEOPLE = {"人", "名", "位"}
# 全镇12个行政村均已完成…，其余2个正在推进: the rest is named, so the count is not of the whole
_REMAINDER = re.compile(r"其余|另有|剩余|尚有|还有|余下|另外")
# 全校815名学生全部参加…: the whole count is asserted only with a word for all of them (120名党员参加 may be some)
_ALL_AFTER = re.compile(r"(?:也|已|均已)?(?:全部|均|都|全|悉数|一律)")
# what may stand right before the noun in the earlier count: a verb of having or dividing (学校现有在校学生,
# 划分网格), never a qualifier (留守儿童)
_WHOLE_LEAD = re.compile(r"(?:共有|现有|拥有|设有|设置|划分|划定|分为|在校|在册|在岗|在职|在园|建成|建有|有|共|设|其中)$")
# 全市43个农贸市场快检室中，有11个…: the whole set a part is then taken from
_AMONG_AFTER = re.compile(r"中$")
# 今年建成, 全年新设: a flow of the year, not the stock of the whole
_YEAR_FLOW = re.compile(r"今年|当年|全年|年内|本年")


def _whole_restated(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """A count with its noun after it (全社区9个网格全部建立…, 全校815名学生全部参加…, 对14个村卫生室开展考核) and an
    earlier count of that noun in another sentence, named by the noun alone or with a two-character verb before it
    (划分网格8个, 在校学生812人, 下设村卫生室14个), or with its noun after it too: consistent when the two agree;
    inconsistent when they differ only for the count of a whole place or body (全校, 全社区) said of all of them (全部,
    …中, 完成全社区1826户常住居民的…) — a count an act names (组织43名村民代表…) may be some of them."""
    after = []
    for f, cs in _exact_counts(doc, folded, figs):
        m = _COUNT_BEFORE_NOUN.match(folded, cs, f.start)
        if m is None or m.end() != f.start or not (m.group("whole") or m.group("act")):
            continue  # (3个单位未按规定…: a count opening its clause may be of any set of them)
        run = _CJK_RUN.match(folded, f.end)
        unit, carried = f.base_unit[:1], f.base_unit[1:]  # 7个村民小组 may carry its noun in the unit (个村)
        if not (run or carried) or is_sub_period(folded, f) or in_plan(folded, doc, f):
            continue
        noun_run = carried + (run.group(0) if run else "")
        rest = folded[f.end:doc.sentences[f.sent].end]
        whole = bool(m.group("whole")) and not _REMAINDER.search(rest)
        after.append((f, noun_run, unit if carried else f.base_unit, whole, bool(m.group("act"))))
    out = []
    runs = {f.id: run for f, run, _, _, _ in after}
    for f, run, f_unit, whole, act in after:
        for a in figs:
            if a.start >= f.start:
                break
            if (a.sent == f.sent or not a.exact or a.qualifier or a.value_high is not None
                    or not (a.base_unit == f_unit or {a.base_unit, f_unit} <= _PEOPLE)):
                continue
            if a.id in runs:
                # 共对120家企业开展统计执法检查 / 对全市120家企业开展…: both count the noun after them (each cut where
                # an act or a word for all of them begins: the noun is 企业, not 企业开展…)
                other = _NOUN_RUN_END.split(runs[a.id], 1)[0]
                run = _NOUN_RUN_END.split(run, 1)[0]
                k = 0
                while k < min(len(run), len(other)) and run[k] == other[k]:
                    k += 1
                noun = run[:k] if k >= 2 else ""
                sure = False
            else:
                label = folded[clause_start(folded, a.start, _ITEM_SEP):a.start]
                # (全校教职工126人: the whole place before the noun, as 全校 stands before 138名教职工)
                noun = next((label[k:] for k in range(len(label) - 1)
                             if (k == 0 or _WHOLE_LEAD.search(label, 0, k) or _WHOLE.fullmatch(label, 0, k))
                             and run.startswith(label[k:])), "")
                if not noun or (_CHANGED_UNITS.search(label) and label != "其中" + noun) or "的" in label \
                        or _YEAR_FLOW.search(label):
                    continue  # 新增网格2个, 完成改造的行政村12个: a part or a change, not the whole
                tail = len(noun)
                sure = whole and bool(_ALL_AFTER.match(run, tail) or _AMONG_AFTER.fullmatch(run, tail)
                                      or (act and run.startswith("的", tail)))
            if not noun or not (sure or a.norm == f.norm):
                continue
            if (is_reference(folded, a) or is_sub_period(folded, a) or in_plan(folded, doc, a)
                    or _areas_differ(doc, folded, a, f) or not _same_moment(doc, folded, a, f)):
                continue
            if a.norm == f.norm:
                out.append(result("cross_reference", schema.CONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                                  f"{a.text} = {f.text} ({noun}{', the whole' if sure else ''})",
                                  f"The number of {noun} is stated again as {f.text}; the two agree.",
                                  f"{noun}数量前后均为{f.text}，一致。"))
            else:
                out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                                  f"{a.text} ≠ {f.text} ({noun}, the whole)",
                                  f"The number of {noun} is given as {a.text} and later, for the whole, as {f.text}; "
                                  f"one of them is wrong.",
                                  f"{noun}数量前称{a.text}、后称全部{f.text}，二者矛盾，应核对。", "same metric stated with two values"))
            break
    return out


_NOUN_RUN_END = re.compile(r"开展|进行|实施|参加|参与|签订|接受|全部|均|都|中|的")
# the words a count with its noun after it may follow in its clause: a time, an act done to them, and the whole place or
# body they are all of (全年对全市120家企业开展…, 完成全社区1826户常住居民的…, 全校815名学生, 组织43名村民代表…)
_COUNT_BEFORE_NOUN = re.compile(r"(?:全年|今年|年内|当年|本年)?(?:共|共计)?(?P<act>对|向|为|给|组织|完成|走访|慰问|培训)?"
                                r"(?P<whole>全(?:[市县区省州旗镇乡村校院所场]|街道|乡镇|社区|系统|单位|公司|中心))?")


def _same_moment(doc, folded: str, a: Fig, f: Fig) -> bool:
    """Do two counts of a stock read as of one moment? Not when a sentence names a month, a span, a basis, the year
    before or the year's start (年初学校有学生812人 / 9月新学期，全校836名学生), or the two name different years."""
    if any(_cr_other_frame(doc, folded, x) or _PREV.search(folded, doc.sentences[x.sent].start, x.start) for x in (a, f)):
        return False
    ya, yf = _cr_years(doc, folded, a), _cr_years(doc, folded, f)
    return (ya[-1] if ya else "") == (yf[-1] if yf else "") or not (ya and yf)


def _noun_ends(run: str, noun: str) -> bool:
    """Is `noun` the whole noun at the start of `run` (社区 of 社区均未发生…), not the start of a longer one?"""
    return run.startswith(noun) and (len(run) == len(noun) or run[len(noun)] in "均都全中的已共各有和及与内里")


_CHANGED_UNITS = re.compile(r"新|增|撤|并|调整|其中")


def _jurisdiction_counts(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """The number of units a place is made of, stated twice (下辖社区11个 … 全街道12个社区均未发生…): the whole
    place (辖, or 全镇/全街道 before the count), never a part of it; an inconsistent row when the two differ."""
    named, weak_ids = [], set()
    for f, cs in _exact_counts(doc, folded, figs):
        if f.value_high is not None or f.base_unit[:1] not in "个家所座处条":
            continue
        before = folded[cs:f.start]
        if "辖" not in before and "全" not in before:
            continue  # each reading below needs one of them
        if _CHANGED_UNITS.search(before) or is_sub_period(folded, f) or in_plan(folded, doc, f):
            continue
        m = _SUBUNITS_BEFORE.search(before)
        if m:
            named.append((f, m.group("noun"), True))
            continue
        weak = bool(_JURISDICTION.match(before))  # 辖区9个社区: most often the whole area, but 辖区3个社区 may be some
        if before and (weak or (_SUBUNITS_AFTER.match(before) and ("全" in before or "辖" in before))):
            run = _CJK_RUN.match(folded, f.end)
            noun = f.base_unit[1:] + (run.group(0) if run else "")  # 12个社区 may carry its noun in the unit (个社区)
            if len(noun) >= 2:
                named.append((f, noun, False))
                if weak:
                    weak_ids.add(f.id)
    out = []
    agreed: set[str] = set()
    for i, (a, na, a_before) in enumerate(named):
        for f, nf, f_before in named[i + 1:]:
            if f.sent == a.sent or f.base_unit[:1] != a.base_unit[:1]:
                continue
            if a_before and f_before:
                noun, same = na, na == nf
            elif a_before or f_before:
                noun, rest = (na, nf) if a_before else (nf, na)
                same = _noun_ends(rest, noun)  # 12个社区均未… is 社区; 20个乡镇卫生院 is not 乡镇
            else:
                k = 0
                while k < min(len(na), len(nf)) and na[k] == nf[k]:
                    k += 1
                noun = na[:k]
                # 下辖9个社区 / 辖区9个社区全部建成: a noun carried in the unit (个社区) is named outright
                carried = len(a.base_unit) >= 3 and a.base_unit == f.base_unit and k >= len(a.base_unit) - 1
                same = (k >= 3 or carried) and _noun_ends(na, noun) and _noun_ends(nf, noun)
            if not same or _areas_differ(doc, folded, a, f):
                continue  # 全县辖12个乡镇 / 全市18个乡镇全部…: two places
            if f.norm == a.norm:
                if f.id not in agreed:
                    agreed.add(f.id)
                    out.append(result("cross_reference", schema.CONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                                      f"{a.text} = {f.text} ({noun}, the whole place)",
                                      f"The number of {noun} is stated again as {f.text}; the two agree.",
                                      f"{noun}数量前后均为{f.text}，一致。"))
                continue
            if a.id in weak_ids or f.id in weak_ids:
                continue
            out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                              f"{a.text} ≠ {f.text} ({noun}, the whole place)",
                              f"The place is said to have {a.text} {noun} and later {f.text}; one of them is wrong.",
                              f"{noun}数量前称{a.text}、后称{f.text}，二者矛盾，应核对。", "same metric stated with two values"))
            break
    return out


# 涉及县直部门和乡镇38个承办单位: kinds joined by 和/及/、 describe the whole set, not a part of it
# (区政府交由32个承办单位办理: the body that hands the papers over may stand before 交由)
_NAMING_LABEL = re.compile(r"^(?:交由|交|由|有|共有|共|涉及|全部|均由|分别由)?$|^(?:涉及|交由|交)[\u4e00-\u9fff]{1,8}(?:和|及|、)[\u4e00-\u9fff]{1,8}$"
                           r"|^[市县区州旗镇乡][\u4e00-\u9fff]{1,5}(?:交由|交办|转交)$")
_NAMING_FIRST = frozenset(("", "交", "由", "有", "共", "涉", "全", "均", "分", "市", "县", "区", "州", "旗", "镇", "乡"))  # how a label _NAMING_LABEL matches can open
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


_BOUND_AFTER = re.compile(r"周?岁|(?:及|或)?以[上下]")


# what follows a counted noun and makes the count those of them in a state (已办复, 内容公开, 办理结果公开, 尚未办结) — not
# 已全部/均/全部
_SUBSET_AFTER = re.compile(r"已(?!全部|经全部)|内容|结果|尚|未|正在|仍|得到|获得")
_ALL_WORD = re.compile(r"全部|均|全都|悉数|一律")


def _noun_after_conflicts(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """交由43个承办单位办理 … 45个承办单位均按要求答复: a count named by the noun after it, stated twice with two
    values. Only exact counts whose clause names nothing before them (no scope, no part of a list), and a shared
    noun of four characters or more."""
    cands = []
    for f, cs in _exact_counts(doc, folded, figs):
        if f.value_high is not None or (folded[cs] if cs < f.start else "") not in _NAMING_FIRST:
            continue  # (the first character of the label, without cutting it)
        before = folded[cs:f.start]
        if not _NAMING_LABEL.match(before) or folded[f.end:f.end + 1] in "、和及" or folded[f.start - 1:f.start] in "、":
            continue
        m = _CJK_RUN.match(folded, f.end)
        if not m or len(m.group(0)) < 4 or is_sub_period(folded, f) or in_plan(folded, doc, f) \
                or _BOUND_AFTER.match(folded, f.end):
            continue  # (60周岁及以上老年人口: an age or a threshold bounding the noun, not its count)
        cands.append((f, m.group(0)))
    out = []
    for i, (a, ta) in enumerate(cands):
        for f, tf in cands[i + 1:]:
            if f.sent == a.sent or f.base_unit != a.base_unit or f.norm == a.norm:
                continue
            k = 0
            while k < min(len(ta), len(tf)) and ta[k] == tf[k]:
                k += 1
            noun = ta[:k]
            if k < 4 or noun in _GENERIC:
                continue
            if any(_fewer_in_a_state(folded, x.end + k, x, y) for x, y in ((a, f), (f, a))):
                continue  # 820件代表建议已办复 / 有792件代表建议内容公开: those of them in a state, not all of them (fewer
                # than all: 160件…已办复 after 156件 is a second value of all)
            computed = f"{a.text}{noun} ≠ {f.text}{noun}"
            out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, clause_end(folded, f.end), f"{a.text}{noun}; {f.text}{noun}",
                              computed, f"The number of {noun} is given as {a.text} and later as {f.text}; one of them is wrong.",
                              f"{noun}前称{a.text}、后称{f.text}，二者矛盾，应核对。", "same metric stated with two values"))
            break
    return out


# the words before a figure whose noun follows it that name no metric of their own: a relative clause ending in 的
# (追回的 / 在实地检查的), a preposition and a scope (为全集团), or nothing
_RELATIVE_BEFORE = re.compile(r"^(?:[\u4e00-\u9fff]{0,10}的)?$|^(?:为|在|对|向|给|有)?(?P<all>全(?:[市县区镇乡]|集团|系统))$")
_VERB_OF_RELATIVE = re.compile(r"([\u4e00-\u9fff]{2,4})的$")
_NOUN_BEFORE_ACT = re.compile(r"[\u4e00-\u9fff]+?(?=开展|进行|实施|实现|完成|参加|参与|接受|办理|落实|建立|足额|全部|均|已|中|的|$)")


_NEW_MARK = re.compile(r"(?<![高创更革清])新(?!冠)|今年|当年|本年|年内")


def _standing(doc, folded: str, x: Fig) -> tuple:
    """What the words of x's clause before it say of the set it counts: new this period or not, the years and the
    scopes named (two sets are told apart by the years or scopes only when both name one)."""
    pre = folded[clause_start(folded, x.start):x.start]
    return bool(_NEW_MARK.search(pre)), tuple(_YEAR_NAMED.findall(pre)), tuple(sorted(set(_SCOPE_NAMED.findall(pre))))


_SCOPE_NAMED = re.compile(r"本级|全[省市县区镇乡]|[省市县区]直")


_YEAR_NAMED = re.compile(r"(?:19|20)\d\d(?=年)|上年|去年")


def _fewer_in_a_state(folded: str, at: int, x: Fig, y: Fig) -> bool:
    """820件代表建议已办复 after 856件代表建议: x, the smaller, counts those of the noun (which ends at `at`) in a state —
    not all of them — unless its clause says all (全部/均)."""
    return bool(_SUBSET_AFTER.search(folded[at:at + 4]) and x.norm < y.norm
                and not _ALL_WORD.search(folded, at, clause_end(folded, x.end)))


def _noun_after_restating(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """全年追回违规医保基金1386.5万元 … 全年追回的1368.5万元医保基金 / 在岗职工2.38万人 … 为全集团2.36万人在岗职工: a
    figure whose noun follows it (the words before it a relative clause, 追回的, or a scope alone) restating an earlier
    one whose name ends with that noun (four characters or more) — or whose own noun after it opens alike — and, after
    a relative clause, whose clause holds its verb. Inconsistent only when the values are a slip of the pen apart (two
    neighbouring digits swapped, or one digit written otherwise); consistent when they are equal."""
    out = []
    plain = [g for g in figs if g.quantity and g.sent >= 0 and not g.qualifier and g.value_high is None and g.exact
             and g.base_unit not in ("届", "年级") and not _cr_table_row(folded, g)
             and " " not in (folded[g.start - 1:g.start], folded[g.end:g.end + 1])]  # (新认定高新技术企业 5家 7家: cells)
    # each figure's name before it and noun after it, read once (every later figure with a noun after it asks them)
    names = [_NOT_CJK.sub("", folded[clause_start(folded, g.start, _ITEM_SEP):g.start]) for g in plain]
    nouns = [(run := _CJK_RUN.match(folded, g.end)) and _NOUN_BEFORE_ACT.match(run.group(0)) for g in plain]
    partner = [not (in_plan(folded, doc, g) or is_sub_period(folded, g)) for g in plain]
    for i, f in enumerate(plain):
        run = nouns[i]  # (120家企业开展统计执法检查: the noun, not the act after it)
        if not run or len(run.group(0)) < 4:
            continue
        cs = clause_start(folded, f.start, _ITEM_SEP)
        before = folded[cs:f.start]
        framed = _RELATIVE_BEFORE.search(before)
        if not framed or (f.start > 0 and folded[f.start - 1] == "、") \
                or not partner[i] or _BOUND_AFTER.match(folded, f.end):
            continue
        verb = _VERB_OF_RELATIVE.search(before)
        tf = run.group(0)
        best, found = 0, []
        for a, la, ra, ok in zip(plain[:i], names, nouns, partner):
            if not ok or a.sent == f.sent or a.base_unit != f.base_unit:
                continue
            k = max((n for n in range(4, min(len(la), len(tf)) + 1) if tf.startswith(la[-n:])), default=0)
            if ra and not k:
                k = next((n for n in range(min(len(ra.group(0)), len(tf)), 3, -1) if ra.group(0)[:n] == tf[:n]), 0)
            if k < 4 or tf[:k] in _GENERIC:
                continue
            if verb and verb.group(1)[-2:] not in folded[clause_start(folded, a.start):clause_end(folded, a.end)]:
                continue  # (实地检查的38家… of the units checked: the earlier count was of them checked too)
            if k > best:
                best, found = k, [a]
            elif k == best:
                found.append(a)
        found = _one_value(found, doc, folded, f)
        if len(found) != 1:
            continue
        a = found[0]
        noun = tf[:best]
        sa, sf = _standing(doc, folded, a), _standing(doc, folded, f)
        if sa[0] != sf[0] or any(x and y and x != y for x, y in zip(sa[1:], sf[1:])):
            continue  # 全年新认定…5家 / 目前全县认定的7家…; 市本级… / 全市…; 2019年… / 2020年…: another set
        if _fewer_in_a_state(folded, f.end + best, f, a):
            continue  # 150件代表建议已办复 after 156件: those of them in a state, not all of them (team decoy, round 32)
        if a.norm == f.norm:
            out.append(_stated_twice(a, f, noun, True))
        elif _neighbours_swapped(a, f) or _one_digit_off(a, f) and (
                verb or framed.group("all") or min(_sig_digits(a), _sig_digits(f)) >= 3):
            # (with nothing before it, two small counts one digit apart may be a subset and the whole)
            out.append(_stated_twice(a, f, noun, False))
    return out


def _reordered(folded: str, a: Fig, f: Fig, chars: frozenset) -> bool:
    """城镇新增就业 / 新增城镇就业: the words before both metrics are the signature's own characters in another order —
    one name, no two subjects (a segment's head, _profile, still parts them)."""
    sa, sf = _subject(folded, a), _subject(folded, f)
    return (sa.startswith("in:") and sf.startswith("in:") and set(sa[3:]) <= chars and set(sf[3:]) <= chars
            and _profile(folded, a) == _profile(folded, f))


def _subjects_differ(folded: str, a: Fig, f: Fig) -> bool:
    """One metric of two subjects: named before it (小学…专任教师1.24万人；初中…专任教师7,986人), or a count that
    opens the segment on one side only (专任教师4.91万人 of the whole city / 小学418所，在校生…，专任教师1.86万人:
    the attributes of 小学)."""
    sa, sf = _subject(folded, a), _subject(folded, f)
    return bool(sa and sf and not _same_subject(sa, sf) and sa[:3] == sf[:3]) or _profile(folded, a) != _profile(folded, f)


# the first clause of a segment that is only a name and its count (小学418所, 义务教育：初中176所): what follows in
# the segment in other units (在校生…万人, 专任教师…人) describes that subject
_PROFILE = re.compile(r"(?P<head>[^\d０-９，,；;。！？!?\n]{2,12}?)[\d０-９][\d０-９.,．]*(?P<unit>[\u4e00-\u9fff]{1,2})$")


# 全年新开工亿元以上项目23个，截至年末规模以上工业企业达到128家: a clause dated on its own (截至年末) states a stock of
# its own, not an attribute of the count the segment opens with
_STOCK_AT = re.compile(r"(?:截至|截止)(?:本?年(?:末|底)|目前|\d{1,2}月底?)")


_FLOW_HEAD = re.compile(r"\s*(?:全年|今年|当年|年内|本年度?)")


@per_figure
def _profile(folded: str, f: Fig) -> str:
    """The subject a segment opens with when the figure is one of its attributes (专任教师1.86万人 after 小学418所),
    else ''. A part of the head's own quantity (38.75亿元，其中民生支出30.6亿元) is no attribute."""
    seg = clause_start(folded, f.start, "；;。！？!?\n")
    first_end = clause_end(folded, seg)
    if first_end >= f.start:
        return _carried_profile(folded, f, seg)  # the figure is in the first clause itself
    if folded.startswith("其中", seg):
        return folded[seg:first_end]  # 其中乡村旅游接待游客210万人次，实现旅游收入15亿元: all of it is the part's
    m = _PROFILE.match(folded, seg, first_end)
    cs = clause_start(folded, f.start)
    if not m or m.group("unit") in f.unit or folded.startswith("其中", cs) or _STOCK_AT.match(folded, cs):
        return ""
    if _FLOW_HEAD.match(m.group("head")):
        return ""  # 全年专利授权1286件，高新技术企业达到86家: a count of the year's acts heads no subject
    if m.group("unit")[-1] == "次" and f.start - clause_start(folded, f.start) >= 6:
        return ""  # 开展执法检查1,680家次，立案查处环境违法案件58件: a count of acts heads no subject; a metric named in full
    return m.group("head")


# a part named as a count of bodies, the subject of what the segment says next (其中，28家规模以上工业企业实现…): not
# a part named as an item (其中，城镇常住居民人均可支配收入…；农村…: each item names itself)
_COUNTED_PART = re.compile(r"\s*其中[，,：:]?\s*\d[\d,.]*(?:家|个|户|所|座|名|位|批)(?=[\u4e00-\u9fff]{2,16}?(?:实现|完成|共|累计|有|达))")
# a clause that names no subject of its own: a verb of result at most before the metric (；实现利润总额3.15亿元)
_SUBJECTLESS = re.compile(r"\s*(?:实现|完成|达到|取得|获得|上缴|带动|吸纳)?")


def _carried_profile(folded: str, f: Fig, seg: int, metric: str = "") -> str:
    """The part a sentence's previous ；-segment opened (其中…), for a figure of a metric (f's own unless given) that
    opens its segment with no subject of its own (其中，28家规模以上工业企业实现产值…；实现利润总额3.15亿元: the profit
    of those 28, a part, and so its growth after it), else ''."""
    metric = metric or f.metric
    if seg < 2 or folded[seg - 1] not in "；;" or not metric:
        return ""
    k = folded.rfind(metric, seg, f.start)
    if k < 0 or not _SUBJECTLESS.fullmatch(folded, seg, k):
        return ""
    prev = clause_start(folded, seg - 1, "；;。！？!?\n")
    m = _COUNTED_PART.match(folded, prev)
    return m.group(0) if m else ""


_SUBJECT_NOISE = re.compile(r"[（(][^）)]*[）)]|[^\u4e00-\u9fff]|^(?:[一二三四五六七八九十]{1,2}是|虽然|虽|尽管|全市|全县|全区|全省|全镇|全乡镇|全街道|我[市县区镇乡局委]|辖区内?|全年|今年|当年|本年度?|年内|"
                            r"其中|共有|共|有|(?:累计|实际)?(?:完成|实现)了?|达到)+|"
                            r"(?:共有|有|的|已经|已)+$")


_SUBJECT_YEAR = re.compile(r"(?:19|20)\d\d年(?:度|末|底)?[，,]?")
_HEAD_YEAR = re.compile(r"\s*(?:19|20)\d\d年(?:度|末|底)?[，,]?")
_HEAD_TEXT = re.compile(r"[^\d，,０-９]*")
# a clause that only names one body or work (城东幼儿园项目, 城南污水处理厂工程, 县人民医院): the subject of what follows
_NAMED_BODY = re.compile(r"\s*(?!全|各|所有|本|深入|全力|加快|持续|大力|积极|扎实|推进|实施|开展|加强)"
                         r"(?:(?!推进|实施|开展|加强|新增|新建|建成|完成|投入|实现|改造|开工|竣工|累计|共)[\u4e00-\u9fff“”]){2,16}?"
                         r"(?:项目|工程|学校|小学|中学|幼儿园|医院|卫生院|公司|园区|厂)")


def _named_body(folded: str, f: Fig) -> str:
    """The body or work the first clause of f's ；-segment only names, when f stands after it (城东幼儿园项目，占地面积…,
    投入建设资金1950万元), else ''."""
    seg = clause_start(folded, f.start, "；;。！？!?\n")
    first_end = clause_end(folded, seg)
    if first_end >= f.start or not _NAMED_BODY.fullmatch(folded, seg, first_end):
        return ""
    return folded[seg:first_end].strip()


def _same_subject(sa: str, sf: str) -> bool:
    """Two subjects of a metric alike: equal, or one verb inside the other's (立案查处 / 查处, both of 环境违法案件)."""
    if sa == sf:
        return True
    if not (sa.startswith("in:") and sf.startswith("in:")):
        return False
    a, b = sorted((sa[3:], sf[3:]), key=len)
    extra = b[:len(b) - len(a)]
    # (the longer with one more word of two characters before the verb — 立案查处, 城镇新增就业; not 城区3个街道受理: a
    # place and a count, another subject)
    return len(a) >= 2 and b.endswith(a) and len(extra) <= 2


@per_figure
def _subject(folded: str, f: Fig) -> str:
    """What a metric is of: the words before it in its clause (细颗粒物 of 细颗粒物（PM2.5）年均浓度为38…), else, for a
    clause that is only the metric, the head of the first clause of its ；-segment (小学在校生21.36万人，专任教师1.24万人)."""
    cs = clause_start(folded, f.start)
    label = folded[cs:f.start]
    k = label.rfind(f.metric) if f.metric else -1
    if _verb_names(label, k, f.metric):
        k -= 2  # (整改销号: the verb is part of the short metric's name, as _key_core reads it — no subject)
    # (a year before the subject is its period, not a part of it: 2022年学校获批… is of 学校, as 学校获批… is)
    lead = label[:k]
    if "：" in lead or ":" in lead:
        lead = _colon_tail(lead)  # (主要成效：受理…: the lead before the colon is no subject)
    pre = _SUBJECT_NOISE.sub("", _SUBJECT_YEAR.sub("", lead)) if k > 0 else ""
    if "各" in pre:
        pre = _CORE_FILLER.sub("", pre)  # 办理各项 = 办理
    if pre:
        pre = "in:" + pre
    elif not label.startswith("其中"):  # 其中民生支出: a part of what came before, named by itself
        seg = clause_start(folded, f.start, "；;。！？!?\n")
        if seg < cs and not _SUMMARY_LEAD.match(folded, seg):  # (总体来看，…: a summing-up names metrics in turn)
            y = _HEAD_YEAR.match(folded, seg, cs)  # 2019年度“三公”经费…年初预算为…，支出决算为…: the year is no subject
            hm = _HEAD_TEXT.match(folded, y.end() if y else seg, cs)
            # (a first clause that counts nothing, 针对管理漏洞，, 资金管理进一步规范，, frames the sentence: no subject)
            head = _SUBJECT_NOISE.sub("", _SUBJECT_NOISE.sub("", hm.group(0))) if hm.end() < cs - 1 else ""
            if not head:
                head = _named_body(folded, f)  # 城东幼儿园项目，占地面积…: a clause that only names a project is its subject
            pre = "lead:" + head if head else ""
    return pre


_LABEL_NOISE = re.compile(r"(?=[（(其全今当年本截共累对在向实达为是合约近超有的])"  # (the characters its words open with)
                          r"(?:[（(][^）)]*[）)]|^(?:其中|全年|今年|当年|年内|本年|全市|全县|全区|截至\S*?末|共|累计|对|在|向|实际)+|"
                          r"(?:达到|达|为|是|共|共计|合计|累计|约|近|超过|有|的)+$)")


def _core_label(folded: str, f: Fig, plain: bool = False) -> str:
    if _respective(f):
        return _LABEL_NOISE.sub("", _respective(f))
    if f.__dict__.get("_elided") and not plain:
        return f.__dict__["_elided"]
    lab = folded[clause_start(folded, f.start, "，,；;。！？!?\n、："):f.start]
    return _LABEL_NOISE.sub("", _LABEL_NOISE.sub("", lab))


def _common_run(a: str, b: str) -> int:
    """Length of the longest run of characters the two labels share."""
    best = 0
    for i in range(len(a)):
        while i + best < len(a) and a[i:i + best + 1] in b:
            best += 1  # a run of best + 1 characters from i is in b too
    return best


# the noun a count is of, right after it (412件提案已全部办复, 14个行政村, 2,318件信访事项中): up to a verb or particle
_AFTER_NOUN = re.compile(r"[\u4e00-\u9fff]{2,8}?(?=[已均都全按在中的，,；;。、和及与并被由]|$)")


def _after_noun(folded: str, f: Fig) -> str:
    m = _AFTER_NOUN.match(folded[f.end:clause_end(folded, f.end)])
    return m.group(0) if m else ""


# words of a swap's names that say whose or how summed, not what (部门预算收入 = 收入预算总额; “三公”经费决算数 = “三公”经费支出)
_SWAP_FILLER = re.compile(r"^部门|总额$|决算数?$")
# words too common in labels to show that two labels name one thing (全市, 完成, 新增…)
_NAME_FILLER = re.compile(r"全[市县区省州旗镇乡年局]|今年|当年|年内|本年|年末|年底|一年来|完成|实现|实际|累计|共计|合计|总计|新增|虽然|虽|"
                          r"达到|开展|工作|情况|全部|已经|其中|按照|按|在|对|^向|的|了|有|共|为|是|达")
# the part of a cumulative total that is new in the period (其中2016年新办, 其中今年新增): the period's own flow
_NEW_PART = re.compile(r"^其中(?:(?:(?:19|20)\d\d年度?|今年|当年|本年度?|全年)?(?:新增|新办|新建|新受理|新立案|新发展|新认定|新签约)|"
                       r"(?:19|20)\d\d年度?|今年|当年|本年度?)$")
# a clause that is only a total word after a breakdown (…网上信访1,346件，合计2,864件次)
_BARE_TOTAL = re.compile(r"^(?:合计|共计|总计|总共|累计|总量|共|计)(?:为|达|达到)?$")
# a result stated right after its target, named only by the verb (考核目标为5.5亿元，集团实际完成5.18亿元)
_BARE_RESULT = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:实际)?(?:完成|实现|达到|达)了?$")


_TABLE_TOTAL = re.compile(r"^(?:合计|总计|总合计|支出合计|收入合计|支出总计|收入总计)$")
_CELL_GAP = re.compile(r"[ \u3000\t]{2,}|\t")
_gap_seen: list = [None, False]  # (the text last asked about, whether it has a gap between cells anywhere)


def _has_cell_gap(text: str) -> bool:
    """bool(_CELL_GAP.search(text)), read with `in`: a tab, or two of space and \u3000 in a row."""
    if "\t" in text:
        return True
    if " " in text and ("  " in text or " \u3000" in text or "\u3000 " in text):
        return True
    return "\u3000\u3000" in text


@per_figure
def _cr_table_row(folded: str, f: Fig) -> str:
    """A figure in a row of a flattened table (合计  3,360.40  3,129.45  93.1%) → the row's first cell, else ''."""
    if _gap_seen[0] is not folded:
        _gap_seen[:] = [folded, _has_cell_gap(folded)]
    if not _gap_seen[1]:
        return ""  # no gap between cells anywhere in the text (a gap never spans a line: the line's search agrees)
    s0 = folded.rfind("\n", 0, f.start) + 1
    e0 = folded.find("\n", f.end)
    e0 = e0 if e0 >= 0 else len(folded)
    if not _CELL_GAP.search(folded, s0, e0):
        return ""  # prose: no gap between cells
    line = folded[s0:e0]
    cells = [c for c in _CELL_GAP.split(line.strip()) if c]
    return cells[0] if len(cells) >= 3 and not ANY_DIGIT.search(cells[0]) else ""


_NOT_DIGIT = re.compile(r"\D")


def _sig_digits(f: Fig) -> int:
    written = format(f.value, "f")
    digits = _NOT_DIGIT.sub("", written).lstrip("0")
    return len(digits if "." in written else digits.rstrip("0"))


def _distinctive(f: Fig) -> bool:
    """A value with three significant digits or more (2,864件次, 486.3万人, 5.18亿元): unlikely to recur by chance."""
    return _sig_digits(f) >= 3  # 3000 is a round number; 20.0 was written to the tenth on purpose


def _name_text(folded: str, f: Fig, label: str) -> str:
    return _NAME_FILLER.sub("", label + _after_noun(folded, f))


# the words a later statement uses to point back at a count already given (剩余, 上述…)
_ANAPHOR_WORD = re.compile(r"剩余|其余|余下|上述|前述")
# labels that name only an attribute of something said earlier in the sentence (支出189.4万元, 金额20.0亿元)
_ATTRIBUTE = re.compile(r"^(?:支出|收入|金额|规模|资金|投入|投资|总额|数量|涉及|涉及金额|共计|合计|总计|计)?$")


def _context_name(folded: str, f: Fig, label: str) -> str:
    """A bare attribute label (支出, 金额, or nothing) → the text of the sentence before the figure, digits left out;
    any other label as it is."""
    if not _ATTRIBUTE.match(label):
        return label
    s0 = clause_start(folded, f.start, "。！？!?\n")
    return _NOT_CJK.sub("", folded[s0:f.start])  # (the same pattern)


_PART_WORD = re.compile(r"[一二三四1-4１-４]季度|上半年|下半年|前[一二三四五六七八九十\d]{1,2}个?月")


@per_figure
def _other_period(folded: str, f: Fig) -> bool:
    """A part of the year other than the report's own period (上半年 in a 上半年工作总结 is the whole period)."""
    if not is_sub_period(folded, f):
        return False
    m = _PART_WORD.search(folded, clause_start(folded, f.start, "；;。！？!?\n"), f.start)
    return not (m and m.group(0) in _title(folded))


@functools.lru_cache(maxsize=4)
def _title(folded: str) -> str:
    """The report's first line: its title, which names the period it reports on."""
    return folded[:200].strip().split("\n")[0]


def _same_name(folded: str, a: Fig, f: Fig, figs_before: list[Fig] | None = None) -> bool:
    """Do two equal figures name one quantity? Their labels share a run of the metric's name, or the noun after
    the later one (412件提案) is named where the earlier one stands (经提案委员会审查立案412件). A label that
    carries an elided subject (道路交通事故…死亡14人) is tried with and without it."""
    elided = a.__dict__.get("_elided") or f.__dict__.get("_elided")
    if not elided:
        return _same_name_as(folded, a, f, figs_before, False)
    if f.norm >= 10 and not _other_period(folded, a) and not _other_period(folded, f):
        if _same_name_as(folded, a, f, figs_before, False):
            return True  # a small count (死亡4人) or another part of the year gets no help from the subject
    return _same_name_as(folded, a, f, figs_before, True)


def _same_name_as(folded: str, a: Fig, f: Fig, figs_before: list[Fig] | None, plain: bool) -> bool:
    la, lf = _core_label(folded, a, plain), _core_label(folded, f, plain)
    na, nf = _after_noun(folded, a), _after_noun(folded, f)
    if _BARE_RESULT.match(lf) and figs_before:
        t = figs_before[-1]  # 利润总额考核目标为5.5亿元，集团实际完成5.18亿元: the target's clause names the metric
        if t.sent == f.sent and t.base_unit == f.base_unit and is_reference(folded, t):
            lf = _core_label(folded, t)
    raw_f = folded[clause_start(folded, f.start):f.start]
    total = next((x for x in reversed(figs_before or []) if x.quantity), None)
    if _NEW_PART.match(raw_f) and total is not None and total.sent == f.sent and total.base_unit == f.base_unit:
        lf = _core_label(folded, total) + lf  # 累计办理公益诉讼案件39件，其中2016年新办28件: the total names it
    if not lf and nf:
        lf = raw_f + folded[f.end:clause_end(folded, f.end)]  # 新接收进馆的4,326卷档案
    wf = _ANAPHOR_WORD.search(lf)
    if wf and wf.end() == len(lf) and wf.group(0) in la and (f.norm >= 10 or len(la) >= 4):
        return True  # 剩余贫困人口3100人 … 完成剩余3100人脱贫任务: the later one points back with the same word
    run = _common_run(la, lf)
    if run >= 3 and run >= min(4, len(la), len(lf)):
        return True
    if run >= 3 and la[-run:] == lf[-run:]:
        return True  # 全年完成门急诊68.42万人次 … 医院全年门急诊68.42万人次: the same noun right before both
    if f.norm < 10 or _other_period(folded, a) or _other_period(folded, f):
        return False  # a small count repeats by chance (死亡4人 of 工矿商贸 and of 一季度); a part of the year is another quantity
    if len(la) >= 2 and la == lf:
        return True  # 死亡21人 … 实际死亡21人
    if len(na) >= 3 and folded.startswith(na, f.end):
        return True  # 辖14个行政村，… 14个行政村集体经济收入…
    if len(nf) >= 2 and (nf == na or (not na and nf in folded[clause_start(folded, a.start, "；;。！？!?\n"):a.start])):
        return True  # 辖14个行政村 … 14个行政村; 受理信访事项2,318件 … 在受理的2,318件信访事项中
    if len(na) >= 3 and not nf and lf.endswith(na) and not _ANAPHOR.search(la) \
            and not _TARGET_COLON.search(folded, clause_start(folded, a.start, SENT_SEP), a.start):
        # 所承办的28件建议提案已全部办结 … 全年办结建议提案28件: the noun after the one ends the other's label (a target
        # listed after 目标为： is no statement of the result)
        return True
    if not _distinctive(f):
        return False
    # 在校生…其中小学30.15万人 … 小学418所，在校生30.15万人: the item's name heads the segment the other stands in
    pa, pf = _profile(folded, a), _profile(folded, f)
    if (len(la) >= 2 and la in pf) or (len(lf) >= 2 and lf in pa):
        return True
    # a value of three significant digits or more, equal to the unit, is strong evidence: a shared word suffices
    if _common_run(_name_text(folded, a, la), _name_text(folded, f, lf)) >= 2:
        return True  # 新增城镇就业3,260人 … 在新增就业的3,260人中; 参保486.3万人 … 486.3万参保群众
    # 实施临时救助867人次，支出189.4万元 … 临时救助金189.4万元: a bare attribute (支出, 金额, 规模) is named by
    # its sentence
    ca, cf = _context_name(folded, a, la), _context_name(folded, f, lf)
    if ca != la or cf != lf:
        # one side named by its own label (临时救助金) needs two shared characters; two sentences need four
        need = 4 if (ca != la and cf != lf) else 2
        if _common_run(_NAME_FILLER.sub("", ca), _NAME_FILLER.sub("", cf)) >= need:
            return True
    # 支出总计3,129.45万元 … a table's 合计 row 3,129.45: a total of four significant digits or more, restated in a table
    if any(_TABLE_TOTAL.match(_cr_table_row(folded, x)) for x in (a, f)) and _sig_digits(f) >= 4:
        return True
    # 信访总量2,864件次。按信访形式分：来信…，合计2,864件次: the total of a breakdown, in the same paragraph
    items = [x for x in (figs_before or []) if x.sent == f.sent and x.quantity]
    return bool(_BARE_TOTAL.match(raw_f) and len(items) >= 2
                and paragraph_start(folded, a.start) == paragraph_start(folded, f.start))


_ANAPHOR = re.compile(r"(?:上述|前述|以上|这|该|这些|剩余|其余|余下)$")
_PLAN_WORD = re.compile(r"力争|(?<!列入)(?<!纳入)计划|预计|拟|确保|将|争取|明年|下一步|下步|目标")


_THIS_YEARS = re.compile(r"(?:今年|本年度?|当年)的$")
_THIS_TARGET = re.compile(r"的?(?:年度|全年)?(?:目标|任务|计划)")


def _refers_back(doc, folded: str, f: Fig) -> bool:
    """In a plan, a figure that names things already counted (确保上述126个问题…整改到位; 对需长期坚持的2个问题，
    建立台账): an anaphor, or a relative clause ending in 的 in a sentence with no plan word before the figure."""
    lab = label_of(folded, f)
    if _ANAPHOR.search(lab):
        return True
    if _THIS_YEARS.search(lab) and _THIS_TARGET.match(folded, f.end):
        return True  # 力争全面完成今年的82.4亿元年度计划: this year's target, named again in next year's plan
    s0 = clause_start(folded, f.start, "；;。！？!?\n")
    return lab.endswith("的") and not _PLAN_WORD.search(folded, s0, f.start)


def _units_match(a: Fig, f: Fig) -> bool:
    """Same base unit; or a count and a bare 万/亿 number with the same distinctive value (参保486.3万人 …
    486.3万参保群众); or two measure words for people (签约13,596人 … 13,596名签约居民) with a distinctive value."""
    if a.base_unit == f.base_unit or ({a.base_unit, f.base_unit} <= _PEOPLE and _distinctive(f)):
        return True
    bare = [x for x in (a, f) if not x.base_unit and x.unit in ("万", "亿", "千")]
    other = f if bare and bare[0] is a else a
    return len(bare) == 1 and other.kind == "count" and _distinctive(f)


_RESULT_WORD = re.compile(r"实际|已经|已(?:完成|实现)")


def _stated_result(folded: str, f: Fig) -> bool:
    """In a plan section, a sentence that reports a result (全年实际支出1692.4万元) and plans nothing before it."""
    s0 = clause_start(folded, f.start, "。！？!?\n")
    if _PLAN_WORD.search(folded, s0, f.start):
        return False
    # (全年，全市共追回…: a sentence led by the year, counting what it came to, restates the year's result)
    return bool(_RESULT_WORD.search(label_of(folded, f))
                or (_YEAR_COUNT_LEAD.match(folded, s0) and _COUNTED.search(folded, s0, f.start)))


_YEAR_COUNT_LEAD = re.compile(r"\s*(?:全年|今年|本年度?|一年来|过去一年)[，,]")
_COUNTED = re.compile(r"共|累计|合计|总计")


def _restated(doc, folded: str, figs: list[Fig], stated: list[bool]) -> list[dict]:
    """The same quantity stated twice, in two sentences, under labels that share its name → consistent rows
    (技术合同成交额8.7亿元 … 成交额8.7亿元; 政府投资审计12个 … 审计政府投资项目12个). (stated: which figures are plain
    amounts of a sentence)"""
    seen: dict[tuple, list[Fig]] = {}
    out = []
    for i, f in enumerate(figs):
        if not stated[i] or f.qualifier:  # (an amount has a value in its base unit)
            continue
        earlier = seen.setdefault(f.norm, [])
        if not earlier:
            earlier.append(f)
            continue  # the first statement of its value
        # (a target a sentence sets by its lead — 年度目标任务为…, …确定…实事：… — is no statement of its result)
        prev = [a for a in earlier if a.sent != f.sent and _units_match(a, f) and not (a.sent >= 0 and _sets_targets_lead(
            doc, folded, a, doc.sentences[a.sent].start))]
        earlier.append(f)
        if not prev or (in_plan(folded, doc, f) and not _refers_back(doc, folded, f) and not _stated_result(folded, f)
                        and not _sentence_plans_nothing(doc, folded, f)):
            continue
        # the latest earlier statement first (as before), then older ones (共计227件 … 合计227件 … 227件建议)
        a = next((a for a in reversed(prev) if _same_name(folded, a, f, figs[:i])), None)
        if a is None:
            continue
        computed = f"{a.text} = {f.text}"
        # 15件重点提案全部由…: a figure named by the noun after it is marked with that noun
        end = f.end + (len(_after_noun(folded, f)) if not _core_label(folded, f) else 0)
        out.append(result("cross_reference", schema.CONSISTENT, [a, f], a.start, end, f"{a.text}; {f.text}", computed,
                          f"{a.text} is stated again later as {f.text}; the two agree.",
                          f"前文{a.text}与后文{f.text}一致。"))
    return out


def _written_apart(a: Fig, f: Fig) -> bool:
    """Two values in one unit to the same decimal place, written differently (3.2万亩 / 3.1万亩, 92.6% / 92.9%)."""
    return (a.value is not None and f.value is not None and a.value != f.value and a.unit == f.unit
            and (a.decimals or 0) == (f.decimals or 0) and not a.qualifier and not f.qualifier)


def _agree(a: Fig, f: Fig) -> bool:
    """Do two statements of one value agree — within their rounding, and not written apart (_written_apart)?"""
    return a.norm_interval().overlaps(f.norm_interval()) and not _written_apart(a, f)


def _rate_row(a: Fig, f: Fig, name: str, agree: bool, how: str, reading: str, differ: tuple[str, str],
              same: tuple[str, str] | None = None) -> dict:
    """A named quantity given twice (a, then f): consistent when the two agree within rounding (same: the explanations,
    en and zh, when the default 'f restates a' does not fit), else inconsistent with the explanations (en, zh) of how
    they differ; how and reading say in what way f restates a."""
    if agree and _written_apart(a, f):
        agree = False  # (营造林3.2万亩 … 营造林3.1万亩: their rounding intervals touch at 3.15, but one number written
        # twice to the same place is written the same)
    if agree:
        return result("cross_reference", schema.CONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                      f"{a.text} = {f.text} ({name})",
                      *(same or (f"{name} is {how} as {f.text}; the two agree.", f"{name}前后均为{f.text}，一致。")))
    return result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                  f"{a.text} ≠ {f.text} ({name}, {reading})", *differ, "same metric stated with two values")


# next year's budget taking the report year's result as its base: (…收入)以上年完成数9.68亿元(为基数) / 比上年执行数…
_PRIOR_ACTUAL = re.compile(r"(?:以|比|较|按|在)?(?:上年|去年)(?:完成数|执行数|决算数|实际完成数|实际完成|实际数|完成)的?$")
_YEAR_SCOPE_LEAD = re.compile(r"^(?:(?:19|20)\d\d年(?:度)?)?(?:全[省市州盟县区旗镇乡]|市本级|县本级|本级)?")
_ACTUAL_TAIL = r"(?:完成|实现|决算数|执行数|为|达到|达)?$"
_OTHER_BASIS = re.compile(r"同口径|可比口径|口径调整|调整后")
_ESTIMATED = re.compile(r"预计|估计|预测")

def _prior_actual_restated(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """A sentence of next year's (2019年全县一般公共预算收入以上年完成数9.68亿元为基数) that names the report year's
    result as its base, and the one result of the report year the text gave under that name before (全县一般公共预算
    收入完成9.86亿元): consistent when the two agree within rounding, inconsistent when they cannot."""
    if not doc.year or ("上年" not in folded and "去年" not in folded):
        return []
    out = []
    for f in figs:
        if not f.quantity or f.sent < 0 or f.value_high is not None or f.qualifier:
            continue
        cs = clause_start(folded, f.start)
        m = _PRIOR_ACTUAL.search(folded, cs, f.start)
        if m is None:
            continue
        s0 = doc.sentences[f.sent].start
        years = _YEAR.findall(folded, s0, f.start)
        if not years or int(_year_digits(years[-1])) != doc.year + 1:
            continue  # (上年 of a sentence of next year is the report's year; elsewhere it is the year before)
        if _OTHER_BASIS.search(folded, s0, doc.sentences[f.sent].end):
            continue  # (在上年完成数9.5亿元（同口径）的基础上: a base on another basis than the result stated)
        own_level = "本级" in folded[cs:m.start()]
        name = _YEAR_SCOPE_LEAD.sub("", folded[cs:m.start()])
        if len(name) < 4 or ANY_DIGIT.search(name):
            continue
        tail = re.compile(re.escape(name) + _ACTUAL_TAIL)
        found = []
        for g in figs:
            if g.end > s0:
                break
            if not g.quantity or g.sent < 0 or g.base_unit != f.base_unit or g.value_high is not None or g.qualifier:
                continue
            gcs = clause_start(folded, g.start)
            # (the year's own result, of the same scope: not 1-11月…完成9.1亿元, nor an estimate, nor 县本级 for 全县)
            if tail.search(folded, gcs, g.start) and ("本级" in folded[gcs:g.start]) == own_level \
                    and not _ESTIMATED.search(folded, gcs, g.start) and not is_reference(folded, g) \
                    and not _common_in_plan(folded, doc, g) and not is_sub_period(folded, g):
                found.append(g)
        if not found or len({g.norm for g in found}) != 1:
            continue  # (none, or two values under the name: which one the base restates, the text does not say)
        a = found[0]
        out.append(_rate_row(a, f, name, a.norm_interval().overlaps(f.norm_interval()), "taken as next year's base",
                             "the year's result and next year's base",
                             (f"{name} is {a.text} for the year and {f.text} as the base of next year's budget; one of "
                              f"them is wrong.", f"{name}本年完成{a.text}，而下年预算所称上年完成数为{f.text}，二者矛盾，应核对。"),
                             (f"{name} for the year, {a.text}, is the base of next year's budget too.",
                              f"{name}本年完成{a.text}，与下年预算所称上年完成数一致。")))
    return out


def _table_text_row(a: Fig, f: Fig, name: str, agree: bool, table: tuple[str, str], how: str = "",
                    agree_zh: str | None = None) -> dict:
    """_rate_row of a table row's value (a) and the sentence of the text that names it (f), in the order the two stand;
    table names the table (en, zh) in the explanations; agree_zh, when given, is the zh explanation of a consistent row,
    which then says where each stands (else the default 'f restates a')."""
    x, y = (a, f) if a.start < f.start else (f, a)
    en, zh = table
    same = None if agree_zh is None else (f"{name} is {a.text} in the {en} and {f.text} in the text; the two agree.",
                                          agree_zh)
    return _rate_row(x, y, name, agree, how, "table and text",
                     (f"{name} is {a.text} in the {en} and {f.text} in the text; one of them is wrong.",
                      f"{name}在{zh}中为{a.text}、正文中为{f.text}，二者矛盾，应核对。"), same)



# the tail words a restatement may drop from a total's name (接待游客总人数 / 接待游客; 规上工业企业数量 / 规上工业企业)
_TOTAL_TAIL = re.compile(r"(?:总人数?|总人次|总数|总量|总额|数量?|总规模|总)$")  # (数 may be cut already: 总人)
# the time words that open a label and name no class (年末规上工业企业达到52家)
_TIME_HEAD = re.compile(r"^(?:年末|年底|本年末|截至年底|截至年末)")


_GRAND_WORD = re.compile(r"总计|合计")
_SECOND_DIGIT = frozenset("0123456789.,０１２３４５６７８９")  # a value written with two digits or more opens with two of these
_WHOLE_THEN_PART = re.compile(r"[\d０-９][^，,；;。\d０-９]{0,4}中[，,]")


def _own_part_apart(doc, folded: str, a: Fig, f: Fig) -> bool:
    """One figure's sentence names the body's own part (局属, 本级, 机关, 直属) before it and the other's does not."""
    return len({bool(_OWN_PART.search(folded, doc.sentences[x.sent].start, x.start)) for x in (a, f)}) == 2


def _noun_after(folded: str, f: Fig) -> bool:
    """_noun_follows, but 中 after a count of people, households or cases (43人中因病致贫…: among them) is no noun."""
    return _noun_follows(folded, f) and not (folded.startswith("中", f.end) and f.unit[-1:] in _AMONG_UNITS)


_AMONG_UNITS = frozenset("人名位户件起次")


def _noun_follows(folded: str, f: Fig) -> bool:
    """A count whose noun follows it (4个方面, 23个问题, 6,820名老年人): the words before it are not its name."""
    return f.kind == "count" and bool(_TWO_CJK.match(folded, f.end))


@per_figure
def _parallel_name(folded: str, f: Fig) -> str:
    """A figure's label as a restatement compares it: the clause before it without time, scope and link words, 规上 read
    as 规模以上, a total's tail (总人数) dropped."""
    raw = folded[clause_start(folded, f.start, _ITEM_SEP):f.start]
    name = _sig_edge(_SIG_DROP.sub("", _drop_list_mark(raw)))
    name = _TIME_HEAD.sub("", name)
    if "比率" in name:
        name = name.replace("比率", "比例")  # 优良天数比率 = 优良天数比例
    return _TOTAL_TAIL.sub("", _long_above(name))


def _names_restate(na: str, nf: str) -> bool:
    """Two labels of one metric, one maybe shortened or reordered (争取上级专项资金 / 争取上级资金, 实际采购金额 /
    政府采购实际金额): the same last word, and one's characters all among the other's."""
    if len(na) < 2 or len(nf) < 2 or na[-2:] != nf[-2:] or not _TWO_CJK.fullmatch(na[-2:]):
        return False
    short, long_ = (na, nf) if len(na) <= len(nf) else (nf, na)
    return set(short) <= set(long_)


def _parallel_restated(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """A sentence in another paragraph that restates an earlier sentence (全年共争取上级专项资金3.46亿元，实施重点项目52个
    … 综上，全年争取上级资金3.56亿元，实施项目52个): one of its figures repeats one of the earlier sentence's word for word
    under a related name, and that pins which sentence it restates; its other figures are read against the one figure of
    that sentence whose name is related (shortened, reordered, a total's tail dropped) — consistent when they agree,
    inconsistent when they cannot. The pinned sentence is preferred over any nearer figure of the metric."""
    def plain(f: Fig) -> bool:
        return ((f.quantity or f.kind == "percent") and f.sent >= 0 and not f.qualifier and f.value_high is None
                and f.norm is not None
                and not (_cr_table_row(folded, f) or in_plan(folded, doc, f) or is_sub_period(folded, f)
                         or _cr_other_frame(doc, folded, f) or is_reference(folded, f) or is_per_unit(folded, f)))

    texts = [f.text.replace(",", "") for f in figs]
    twice = {t for t, n in Counter(texts).items() if n > 1 and t[1:2] in _SECOND_DIGIT and t[:1] in _SECOND_DIGIT}
    if not twice:
        return []  # no value of two digits or more told twice: nothing pins a restated sentence
    by_value: dict[str, list[Fig]] = {}  # such a value as written, commas dropped → its figures
    for f, t in zip(figs, texts):
        if t in twice and (f.quantity or f.kind == "percent") and f.sent >= 0 and f.value_high is None:
            by_value.setdefault(t, []).append(f)

    def name(f: Fig) -> str:
        return _parallel_name(folded, f)

    sents = figs_by_sentence(doc, figs)
    # (earlier sentence, later sentence) → the later sentence's figures that repeat one of the earlier one's
    pinned: dict[tuple[int, int], set[int]] = {}
    out = []
    for group in by_value.values():
        if len(group) < 2:
            continue
        for j, g in enumerate(group):
            told = []
            for h in group[:j]:
                if h.sent == g.sent or folded.find("\n", h.end, g.start) < 0:
                    continue  # (one paragraph: a sentence and its own breakdown, not a restatement)
                if _names_restate(name(h), name(g)) and plain(h) and plain(g) and _sig_digits(g) >= 2 \
                        and not _kept_apart(doc, folded, h, g, ((name(h), name(g)),)):
                    pinned.setdefault((h.sent, g.sent), set()).add(id(g))
                    told.append(h)
            if len(told) == 1 and len(name(g)) >= 3 and _distinctive(g):  # (办复率100% twice: two surveys, maybe)
                out.append(_stated_twice(told[0], g, name(told[0]), True))  # (the repeat itself: one metric, agreeing)
    if not pinned:
        return out
    later: dict[int, list[int]] = {}
    for s, t in pinned:
        later.setdefault(t, []).append(s)
    for t, earlier in later.items():
        anchors = set().union(*(pinned[(s, t)] for s in earlier))
        s0, s1 = doc.sentences[t].start, doc.sentences[t].end
        if "中" in folded[s0:s1] and (_WHOLE_THEN_PART.search(folded, s0, s1) or "其中" in folded[s0:s1]):
            continue  # 财政收入5.82亿元中，地方财政收入3.47亿元: a whole restated to take a part from it
        for f in sents.get(t, ()):
            if id(f) in anchors or not plain(f) or folded.startswith("其中", clause_start(folded, f.start, _ITEM_SEP)) \
                    or _noun_follows(folded, f):
                continue
            nf = name(f)
            if len(nf) < 4 or _GRAND_WORD.search(folded, clause_start(folded, f.start, _ITEM_SEP), f.start):
                continue  # 死亡8036人 / 婴儿死亡45人, 收入总计: a bare word or a grand total names no one metric
            found = [a for s in earlier for a in sents.get(s, ()) if a.base_unit == f.base_unit
                     and len(name(a)) >= 4 and _names_restate(name(a), nf) and not _noun_follows(folded, a)
                     and not _GRAND_WORD.search(folded, clause_start(folded, a.start, _ITEM_SEP), a.start)]
            found = _one_value(found, doc, folded, f)
            if len(found) != 1:
                continue  # none, or two of the pinned sentence's figures the name could mean
            a = found[0]
            if not plain(a) or folded.startswith("其中", clause_start(folded, a.start, _ITEM_SEP)) \
                    or _subjects_differ(folded, a, f) or _own_part_apart(doc, folded, a, f) \
                    or _kept_apart(doc, folded, a, f, ((name(a), nf),)):
                continue  # (全市共有养老机构86家 / 局属养老机构12家: the body's own part is not the whole)
            scopes = {_sig_scope(folded[clause_start(folded, x.start, _ITEM_SEP):x.start]) for x in (a, f)}
            if len(scopes) == 2 and scopes != {"plain", "stock"}:
                continue  # 新增… / 累计…: a flow and a running total
            agree = _agree(a, f)
            out.append(_stated_twice(a, f, name(a), agree))
    return out


# a count told before its noun and led by a verb only (全年承办的78件代表建议, 实施的13项民生实事项目): what it reads
# before the count, its time and link words dropped
_MIXED_LEAD = re.compile(r"^(?:在|对于)?(?P<subj>[\u4e00-\u9fff]{0,10}?)(?:共|共计|累计)?(?P<verb>[\u4e00-\u9fff]{2})(?:了|的)$")
_MIXED_SCOPE = re.compile(r"全年|今年|当年|年内|本年度?|全[市县区镇乡]|我[市县区镇乡局委院]|所有|全部")
_MIXED_NOT = re.compile(r"其中|其余|剩余|余下|上述|前述|对|向|为|给|已")


def _mixed_order_restated(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """A count named after its noun with the verb before it (全年承办的78件代表建议) and the one count of that noun named
    before it, in another paragraph, whose name holds the same verb (共承办省、市人大代表建议84件): one metric in two word
    orders — consistent when they agree, inconsistent when they cannot. A part (已办结的…, 其中…, 对…) is not read."""
    after: list[tuple[Fig, str, str]] = []
    for f, cs in _exact_counts(doc, folded, figs):
        if f.value_high is not None or not f.quantity or folded[f.start - 1:f.start] not in ("的", "了"):
            continue  # (the cheap test first: the verb's 的 right before the count)
        m = _MIXED_LEAD.match(folded[cs:f.start])
        if m is None or _MIXED_NOT.search(folded, cs, f.start):
            continue
        n = _AFTER_NOUN.match(folded, f.end)
        subj = _MIXED_SCOPE.sub("", m.group("subj"))
        if n is None or n.group(0) in _GENERIC or len(n.group(0)) < (
                2 if subj or (folded[cs] == "在" and folded.startswith("中", n.end())) else 4):
            continue  # (在所有承办的29件提案中, 市政府系统承办的218件建议: the whole set or its holder named, a short noun is enough)
        after.append((f, m.group("verb"), n.group(0), subj))
    if not after:
        return []
    out = []
    for f, verb, noun, subj in after:
        if in_plan(folded, doc, f) or is_sub_period(folded, f) or (_cr_other_frame(doc, folded, f) and not (
                folded.startswith("全年", clause_start(folded, f.start))
                and _STATUS_DATE.match(folded, doc.sentences[f.sent].start))):
            continue  # (截至11月底，全年承办的78件…: the year's count, told on a day)
        found = []
        for a, cs in _exact_counts(doc, folded, figs):
            if a.base_unit != f.base_unit or a.sent == f.sent or a.value_high is not None:
                continue
            label = folded[clause_start(folded, a.start, SENT_SEP):a.start]
            if label.endswith(noun) and verb in label and subj in label \
                    and folded.find("\n", min(a.end, f.end), max(a.start, f.start)) >= 0:
                found.append(a)
        found = _one_value(found, doc, folded, f)
        if len(found) != 1:
            continue
        a = found[0]
        if in_plan(folded, doc, a) or is_sub_period(folded, a) or _cr_other_frame(doc, folded, a) \
                or _MIXED_NOT.search(folded, clause_start(folded, a.start, _ITEM_SEP), a.start) \
                or _kept_apart(doc, folded, a, f, ((noun, noun),)):
            continue
        x, y = (a, f) if a.start < f.start else (f, a)
        out.append(_stated_twice(x, y, verb + noun, _agree(x, y)))
    return out


_PIPE = re.compile(r"\s*[|｜]\s*")
_LINE_END = frozenset(("", "\n", " ", "\t", "\u3000"))


def _pipe_row(text: str, figs: list[Fig], f: Fig) -> str:
    """A figure alone in a row of a table drawn with bars (全体居民人均可支配收入 | 28,460元) or in a line that is only a
    name, a space and the figure (其中：税收收入　86,310万元) → the row's name, else ''. (The text, not the folded
    text: that joins a table's lines.)"""
    e0 = text.find("\n", f.end)
    e0 = e0 if e0 >= 0 else len(text)
    piped = text.find("|", f.end, e0) >= 0 or text.find("｜", f.end, e0) >= 0
    if not piped and text[f.end:e0].strip():
        return ""  # (the cheap test first: a figure that does not end its line is no row's value, bars aside)
    s0 = text.rfind("\n", 0, f.start) + 1
    line = text[s0:e0]
    if "|" not in line and "｜" not in line:
        m = _NAME_LINE.fullmatch(line)
        return m.group("name") if m and m.end("name") < f.start - s0 and text[f.end:e0].strip() == "" else ""
    cells = [c for c in _PIPE.split(line.strip().strip("|｜")) if c]
    if len(cells) != 2 or ANY_DIGIT.search(cells[0]) or sum(1 for g in figs if s0 <= g.start < e0) != 1:
        return ""  # (two values in the row, two years or a plan and a result: which one is meant is not certain)
    return cells[0].strip()  # (| 一般公共预算收入 | 156,260 |: the cell without its padding)


_NAME_LINE = re.compile(r"[ \t\u3000]*(?:其中[：:])?[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,30})[ \t\u3000]+"
                        r"[\d０-９][\d０-９,.，．]*[\u4e00-\u9fff]{0,3}[ \t\u3000]*")


def _in_piped_line(text: str, f: Fig) -> bool:
    s0 = text.rfind("\n", 0, f.start) + 1
    e0 = text.find("\n", f.end)
    line = text[s0:e0 if e0 >= 0 else len(text)]
    return "|" in line or "｜" in line


def _alone_in_row(text: str, figs: list[Fig], f: Fig) -> bool:
    """Is the figure the only amount of its unit in its line (基本支出  1,286.40  1,262.15: a budget and a result —
    which one the text restates is not certain)?"""
    s0 = text.rfind("\n", 0, f.start) + 1
    e0 = text.find("\n", f.end)
    e0 = e0 if e0 >= 0 else len(text)
    return sum(1 for g in figs if s0 <= g.start < e0 and g.base_unit == f.base_unit) == 1


def _table_restated(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """A figure in a row of a flattened table whose metric is its row's name alone (一般公共预算收入  152,700  156,260:
    the value column, not 预算数) and the one sentence figure of the report whose label ends with that name, in any unit
    (一般公共预算收入完成15.62亿元): consistent when the two agree within rounding, inconsistent when they cannot."""
    rows = []
    text = doc.plain  # (a traditional report's row names read simplified, as the labels they are matched to)
    piped = "|" in text or "｜" in text
    in_rows = set()  # the figures of a row read by _pipe_row: no sentence of prose
    for f in figs:
        name = _cr_table_row(folded, f)
        if not name:
            if not piped and text[f.end:f.end + 1] not in _LINE_END:
                continue  # (the cheap test first: a figure that does not end its line)
            name = _pipe_row(text, figs, f)
            if name:
                in_rows.add(id(f))
        elif f.metric != name:
            continue  # (a column of the row other than the value: 预算数)
        if name and len(name) >= 4 and not _GRAND_WORD.search(name) and name not in _GENERIC and f.quantity \
                and not f.qualifier and f.value_high is None and f.norm is not None and _alone_in_row(text, figs, f):
            rows.append((name, f))
    if not rows:
        return []
    names = Counter((n, f.base_unit) for n, f in rows)
    prose = None  # the sentence figures a row may be restated by, with their labels (built once, for the first row read)
    out = []
    for name, a in rows:
        if names[(name, a.base_unit)] != 1:
            continue  # a name in two rows or two columns (2021年 / 2022年): which one is meant is not certain
        if prose is None:
            prose = [(f, _sig_edge(_SIG_DROP.sub("", folded[clause_start(folded, f.start, _ITEM_SEP):f.start])))
                     for f in figs if f.quantity and f.sent >= 0 and not f.qualifier and f.value_high is None
                     and f.norm is not None and not _cr_table_row(folded, f) and id(f) not in in_rows
                     and not (piped and _in_piped_line(text, f))]
        found = _one_value([f for f, label in prose if f is not a and f.base_unit == a.base_unit and label.endswith(name)], doc, folded, a)
        if len(found) != 1:
            continue
        f = found[0]
        if in_plan(folded, doc, f) or is_sub_period(folded, f) or _cr_other_frame(doc, folded, f) \
                or is_reference(folded, f) or (is_per_unit(folded, f) and not _PER_IN_CORE.search(name)) \
                or _kept_apart(doc, folded, a, f, ((name, name),)):
            continue  # (人均可支配收入 in the row's name: the per-head value is the metric itself)
        out.append(_table_text_row(a, f, name, a.norm_interval().overlaps(f.norm_interval()), ("table", "表"),
                                   agree_zh=f"{name}在表中与正文中一致。"))
    return out


# the first top heading under which a report gives its overview (一、基本情况)
_OVERVIEW_HEADING = re.compile(r"基本情况|总体情况|概况|总体完成情况|工作总体情况")


_CLOSING_RESULT_LEAD = re.compile(r"\s*(?:今年|全年|本年度?|一年来|一年以来)")
_PLANS_HEADING = re.compile(r"打算|计划|安排|思路|下一步|下步|展望")


def _overview_sentences(doc, folded: str) -> frozenset:
    """The sentences of a report's overview: before its first top heading, or under a first heading of 基本情况 or
    概况 (found once per document)."""
    got = doc.__dict__.get("_cr_overview_cache")
    if got is None or got[0] is not folded:
        tops, heads = doc.top_sections()
        end = -1
        if tops:
            end = tops[0]
            if _OVERVIEW_HEADING.search(heads[0]):
                end = tops[1] if len(tops) > 1 else -1
        found = frozenset(range(bisect.bisect_left([x.start for x in doc.sentences], end))) if end > 0 else frozenset()
        got = doc.__dict__["_cr_overview_cache"] = (folded, found)
    return got[1]


def _overview_summed(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """An amount a summing-up (综上，/ 总的来看，/ a closing line of results under a heading of plans) restates from the
    report's overview (its opening paragraph, or 一、基本情况), named the same or shorter (共承办县十七届人大一次会议
    代表建议42件 … 今年共办理县人大代表建议45件; 承办 and 办理 are one act): the one overview figure of that unit whose
    name holds the summary's — both speak for the whole report, so any difference is read (consistent when they agree,
    inconsistent when they cannot)."""
    overview = _overview_sentences(doc, folded)
    if not overview:
        return []
    summing = set(_summing_sentences(doc, folded))
    p0 = _closing_start(doc, folded)
    last = doc.sentence_at(p0) if p0 >= 0 else None
    closing = -1  # a closing line of results under a heading of plans (五、下步打算\n今年共办理…45件，全部按期答复。)
    if last is not None and _CLOSING_RESULT_LEAD.match(folded, last.start) \
            and _PLANS_HEADING.search(doc.section_at(last.start) or "") \
            and not _AHEAD.search(folded, last.start, last.end) and _plans_nothing_in(folded, last.start, last.end) \
            and not _YEAR_RX.search(folded, last.start, last.end):
        closing = bisect.bisect_right([x.start for x in doc.sentences], last.start) - 1
        summing.add(closing)
    if not summing:
        return []
    sents = figs_by_sentence(doc, figs)
    opening = [a for i in sorted(overview) for a in sents.get(i, ()) if a.quantity and a.value_high is None]
    if not opening:
        return []

    def plain(f: Fig) -> bool:
        return (not f.qualifier and f.norm is not None
                and not (_cr_table_row(folded, f) or (f.sent != closing and in_plan(folded, doc, f))
                         or is_sub_period(folded, f)
                         or _cr_other_frame(doc, folded, f) or is_reference(folded, f) or is_per_unit(folded, f)))

    def name(f: Fig) -> str:
        return _parallel_name(folded, f).replace("承办", "办理")  # (承办 and 办理 name one act: either may restate)

    out = []
    for t in sorted(summing):
        if t in overview:
            continue
        for f in sents.get(t, ()):
            if not f.quantity or f.value_high is not None or _noun_follows(folded, f):
                continue  # (4个方面23个问题: a count named by the noun after it, not by the verb before)
            nf = name(f)
            if len(nf) < 4 or _GRAND_WORD.search(folded, clause_start(folded, f.start, _ITEM_SEP), f.start):
                continue
            found = [a for a in opening if a.base_unit == f.base_unit and len(name(a)) >= len(nf)
                     and _names_restate(name(a), nf) and not _noun_follows(folded, a)
                     and name(a).startswith("已") == nf.startswith("已")]
            # (已整改问题金额5.36亿元 / 问题金额6.48亿元: the part already dealt with is not the whole)
            found = _one_value(found, doc, folded, f)
            if len(found) != 1 or not plain(f) or not plain(found[0]):
                continue  # (a longer name in the summary may be a narrower class: 专项资金 of 资金)
            a = found[0]
            if folded.startswith("其中", clause_start(folded, a.start, _ITEM_SEP)) or _subjects_differ(folded, a, f) \
                    or _own_part_apart(doc, folded, a, f) or _kept_apart(doc, folded, a, f, ((name(a), nf),)):
                continue  # (小学418所，在校生…，专任教师1.86万人: the attribute of a subject, not the whole's count)
            scopes = {_sig_scope(folded[clause_start(folded, x.start, _ITEM_SEP):x.start]) for x in (a, f)}
            if len(scopes) == 2 and scopes != {"plain", "stock"}:
                continue  # 新增… / 累计…: a flow and a running total
            out.append(_stated_twice(a, f, name(a), a.norm_interval().overlaps(f.norm_interval())))
    return out


# a count of items dealt with, closing its clause (已完成整改, 已整改完成, 已办结): its characters name the status
_STATUS_END = re.compile(r"已(?:经)?(?:完成|全部)?(?:整改|办结|办复|销号|解决)(?:完成|到位|销号|办结|整改)?$")
# the set a summing-up counts within, restated (巡察反馈的27个问题中)
_WITHIN = re.compile(r"(?<![\d.,])(\d+)个[^，,。；;\d]{0,8}中")


def _status_restated(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """综上，巡察反馈的27个问题中已整改完成23个 / 截至10月底，已完成整改24个: a summing-up that counts the items dealt with
    within a set whose count the body told, and the one count of that status in the body (its words the same characters
    in any order, dated at most by the day it stands at): the report's status stated twice — consistent when the two
    agree, inconsistent when not. Two counts of the status in the body (snapshots on two days) leave it alone."""
    if "已" not in folded:
        return []
    summing = _summing_sentences(doc, folded)
    if not summing:
        return []
    out = []
    for f in figs:
        if f.sent not in summing or not f.quantity or f.value_high is not None or f.qualifier:
            continue
        cs = clause_start(folded, f.start, _ITEM_SEP)
        m = _STATUS_END.search(folded, cs, f.start)
        w = _WITHIN.search(folded, cs, f.start)
        if not m or not w or in_plan(folded, doc, f) or _MONTH_OR_SPAN.search(folded, doc.sentences[f.sent].start, f.start):
            continue
        whole = w.group(1)
        chars = frozenset(m.group(0))
        found = []
        for a in figs:
            if a.start >= f.start or a.sent in summing or a.sent < 0 or a.base_unit != f.base_unit or not a.quantity:
                continue
            ma = _STATUS_END.search(folded, clause_start(folded, a.start, _ITEM_SEP), a.start)
            if ma and frozenset(ma.group(0)) == chars:
                found.append(a)
        found = _one_value(found, doc, folded, f)
        if len(found) != 1:
            continue
        a = found[0]
        if a.qualifier or a.value_high is not None or in_plan(folded, doc, a) or not re.search(
                rf"(?<![\d.,]){whole}个", folded[:a.start]):
            continue  # (the set counted within must be the body's: 反馈问题27个)
        agree = _agree(a, f)
        out.append(_stated_twice(a, f, m.group(0), agree))
    return out



# ---------------------------------------------------------------- a summing-up's partner, chosen by its words (round 24)
# a lead of looking back not read by _LOOK_BACK_LEAD (全年来看，/ 从全年看，/ 一年来看，)
_LOOK_LEAD = re.compile(r"\s*(?:从全年(?:情况)?看|全年(?:来|情况)?看|一年来看|整体看)[，,]")
# the start a running total is counted from (“十四五”以来, 2019年以来, 自2018年起, 开展工作以来): the total is the
# running total at the period's end all the same
_SINCE = re.compile(r"(?:自|从)?[^，,；;。：:\n]{0,14}?(?:以来|(?<=[年月日])起)(?=[，,]?[^，,；;。]{0,8}?累计)")
# (起 after a date only: 自2018年起; not 提起, 发起)
_FILLER_WORDS = re.compile(r"全部|所有|各类|各项|各种|一批")


# (kept per figure: asked some 60 times a report)
@per_figure
def _summing_up(doc, folded: str, f: Fig) -> bool:
    """Is the figure's sentence one that sums the year up: its lead (总体来看，/ 回顾一年来的工作，/ 全年来看，), the
    closing paragraph's opening, or a heading of 总结 or 结语 over it?"""
    if f.sent < 0:
        return False
    # (asked of every figure: the sentence's answer kept per sentence, the headings of 总结 looked for once per document)
    memo = doc.__dict__.get("_cr_summing_up_cache")
    if memo is None:
        memo = doc.__dict__["_cr_summing_up_cache"] = (
            {}, any(_SUMMARY_SECTION.fullmatch(h or "") for h in doc.top_sections()[1]))
    by_sent, headed = memo
    got = by_sent.get(f.sent)
    if got is None:
        s0 = doc.sentences[f.sent].start
        got = by_sent[f.sent] = bool(f.sent in _summing_sentences(doc, folded) or _SUMMARY_LEAD.match(folded, s0)
                                     or _LOOK_LEAD.match(folded, s0))
    if got:
        return True
    # (五、全年工作小结 / 三、总结: a heading that is a summing-up itself — not 一、2011年工作总结, the year's report)
    return headed and bool(_SUMMARY_SECTION.fullmatch(doc.section_at(f.start) or "")) \
        and _after_figured_sections(doc, folded, f.start)


_SUMMARY_SECTION = re.compile(r"\s*(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)])?\s*"
                              r"[\u4e00-\u9fff]{0,4}(?:总结|结语|小结|结束语)[。：:]?\s*")
# a total that sums parts (共计572人, 总数): a part listed before (其他卫生技术人员95人) is not its partner
_SUMS_PARTS = re.compile(r"共计|合计|总计|总数|总量|一共|总共")
_A_PART = re.compile(r"其他|其余|、[^，,；;。]*等")  # (等 closing a list: 药剂、检验等; not 按等级, 等级)
_POINTING = re.compile(r"上述|前述|这些|以上各")


_TOTAL_WORD = re.compile(r"总量|总数")


def _scope_of(doc, folded: str, f: Fig, raw: str) -> str:
    """_sig_scope of a clause, with the end of the year before leading its sentence (截至上年底，学校累计…) read as
    the previous total; a total word (市场主体总量) reads as the stock."""
    s0 = doc.sentences[f.sent].start
    if _PREV_END_LEAD.match(folded, s0) or _PREV_END.search(folded, s0, f.start):
        return "prev"
    got = _sig_scope(raw)
    if got == "stock" and _YEAR_RUNNING.search(raw) and not _SINCE.search(raw):
        return "plain"  # (全年累计化解信访积案: the year's count summed over the year, not a running total from a start)
    return "stock" if got == "plain" and _TOTAL_WORD.search(raw) else got


# 累计 bound to the year (全年累计, 年内共累计, 今年累计): the year's own count
_YEAR_RUNNING = re.compile(r"(?:全年|年内|今年|本年度?)(?:共|共计)?累计")


def _since_only(doc, folded: str, a: Fig) -> bool:
    """The one frame of a figure's sentence is the start of its running total (“十四五”以来累计…, 自2018年起累计…):
    no part of the year, month or basis besides."""
    s0 = doc.sentences[a.sent].start
    before = folded[s0:a.start]
    m = _SINCE.search(before)
    if m is None:
        return False
    rest = before[:m.start()] + before[m.end():]
    return not (_SUBPERIOD.search(rest) or _BASIS.search(rest) or re.search(r"\d{1,2}月", rest)
                or _MULTI_YEAR.search(rest) or "以来" in rest)


def _open_lead_cut(raw: str) -> str:
    """A clause's text before a figure from its last colon (主要指标：城镇新增就业) or from a bracket it opens and does not
    close (…2,100人（全市城镇新增就业): the lead and the figure before the bracket name nothing of it."""
    k = max(raw.rfind("："), raw.rfind(":"))
    if "（" in raw or "(" in raw:
        o = max(raw.rfind("（"), raw.rfind("("))
        if o > max(raw.rfind("）"), raw.rfind(")")):
            k = max(k, o)
    if k < 0:
        return raw
    rest = raw[k + 1:]
    # (城镇新增就业：5230人: the colon parts a name from its value, the name is before it)
    return rest if any("\u4e00" <= c <= "\u9fff" for c in rest) or raw[k] in "（(" else raw[:k]


_PART_WORD_CJK = re.compile(r"前三季度|[一二三四]季度|上半年|下半年")


def _partner_name(folded: str, f: Fig) -> tuple[str, str]:
    """A figure → (its name as a summing-up's partner reads it, its raw clause): the clause before it without the
    start of a running total, time, scope, link and filler words, and the noun after a count that names it there
    (全部312件立案提案 → 立案提案)."""
    raw = _open_lead_cut(folded[clause_start(folded, f.start, _ITEM_SEP):f.start])
    name = _SINCE.sub("", _drop_list_mark(raw))
    # (上半年共拆除违法建筑: a part of the year names when, not what — in a report on that part, its own period)
    name = _FILLER_WORDS.sub("", _sig_edge(_PART_WORD_CJK.sub("", _SIG_DROP.sub("", name))))
    name = _TOTAL_TAIL.sub("", _long_above(_TIME_HEAD.sub("", name))) or name
    if len(name) >= 4 and name.endswith("面积") and f.unit.endswith(_AREA_UNITS):
        name = name[:-2]  # (造林面积…亩: the unit says it is an area)
    if _noun_follows(folded, f) and len(name) < 4:
        name += _after_noun(folded, f)
    return _NOT_CJK.sub("", name), raw


def _class_apart(nf: str, vf, na: str, va) -> bool:
    """Could two names count a class and a class within it, so that two values need not agree? The shorter name read
    in order inside the longer and ending as it does (新增就业 / 城镇新增就业; 公证案件 / 公证事项案件) is the same class
    or a wider one: it may be larger, never smaller. A shorter name read inside the longer that does not end it
    (受理投诉 / 受理投诉举报) names a class the longer joins to another: apart either way."""
    if nf == na:
        return False
    short, long_, vs, vl = (nf, na, vf, va) if len(nf) <= len(na) else (na, nf, va, vf)
    if short in long_ and not long_.endswith(short):
        return True
    if in_order(short, long_):
        if short[-2:] != long_[-2:]:
            return True
        return not (vs.high is not None and vl.low is not None and vs.high < vl.low)  # (smaller: a conflict)
    return False


# the verbs of one act, read alike when two names are compared (_one_act: 建成 / 新建, 收到 / 受理)
_SAME_ACT = (("承办", "办理"), ("建成", "新建"), ("收到", "受理"), ("接收", "受理"), ("办理完成", "办结"))
# … and, when two names are told apart by the words before what they share, the acts of one kind of case (作出 / 办理)
_ONE_ACT = _SAME_ACT + (("作出", "办理"), ("下达", "办理"))


def _acts_apart(nf: str, na: str) -> bool:
    """Do two names put other words before the longest run they share, neither within the other once verbs of one act
    are read alike (改造提升 / 新建村级 before 党群服务中心; 高校毕业生 / 城镇 before 新增就业: two acts or two classes,
    not one metric told twice — but 建成 / 新建村级, 办理环境 / 作出 are one)?"""
    nf, na = _one_act(nf, _ONE_ACT), _one_act(na, _ONE_ACT)
    n = _common_run(nf, na)
    if n < 2:
        return False
    run = next(nf[k:k + n] for k in range(len(nf)) if nf[k:k + n] in na)
    hf, ha = nf[:nf.index(run)], na[:na.index(run)]
    return bool(hf and ha) and not (in_order(hf, ha) or in_order(ha, hf))


# the words before a count that name a set told before (完成全部6个村民小组的…, 对暂时无法解决的6件建议…)
_SET_BEFORE_COUNT = re.compile(r"(?:全部|所有|的)$")
_SET_LAST = frozenset("部有的")


def _set_referred(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """A count that names a set told before — all of them (全部6个村民小组) or those a clause describes (暂时无法解决的
    6件建议) —, in a plan too (2020年，力争…完成全部6个村民小组的人居环境整治): read for its agreement with the one earlier
    count of that value whose name shares two words with it (全村辖6个村民小组 / 因条件限制暂时无法解决的6件)."""
    out = []
    for j, f in enumerate(figs):
        if f.kind != "count" or f.sent < 0 or f.qualifier or f.value_high is not None or f.norm is None \
                or folded[f.start - 1:f.start] not in _SET_LAST:
            continue  # (the cheap test first: the character right before the count ends 全部, 所有 or 的)
        raw = folded[clause_start(folded, f.start, _ITEM_SEP):f.start]
        if not _SET_BEFORE_COUNT.search(raw) or not _noun_follows(folded, f):
            continue
        nf = _partner_name(folded, f)[0]
        if not _after_noun(folded, f):  # (所有14个行政村实现…: the noun runs on into its verb)
            nf += "".join(_NOUN_RUN.findall(folded, f.end, min(clause_end(folded, f.end), f.end + 6)))
        bf = _bigrams(nf)
        found = []
        for a in figs[:j]:
            if a.base_unit != f.base_unit or a.norm != f.norm or a.sent == f.sent or a.sent < 0 or a.qualifier:
                continue
            shared = len(bf & _bigrams(_partner_name(folded, a)[0]))
            if shared >= 2:
                found.append((shared, a))
        if not found:
            continue
        best = max(n for n, _ in found)
        top = [a for n, a in found if n == best]
        if len(top) == 1 and not _areas_differ(doc, folded, top[0], f):
            out.append(_stated_twice(top[0], f, nf, True))
    return out


def _names_its_subject(folded: str, extra: set, same: Fig, other: Fig) -> bool:
    """Do the summary's words beyond the other mention's name (城关中学 of 城关中学专任教师) name what the paragraph
    of the mention it agrees with is about (its sub-heading or the paragraph before it), and not the other's?"""
    def around(x: Fig) -> set:
        return _bigrams(_sub_heading(folded, x) + folded[paragraph_start(folded, x.start):x.start])
    return bool(extra & around(same)) and not extra & around(other)


# the characters of scope and link words, which two clauses share whatever they name
_SCOPE_CHARS = frozenset("全年今本市县区镇乡共计累达到为完成实现的")


# the whole year or the whole place said again before a section's figure (全年, 全区, 今年): the section restates the
# report's own total, not a part of it
_WHOLE_AGAIN = re.compile(r"全年|今年|本年度?|全[市县区镇乡州旗](?!级)|全街道|全乡镇")


# a place a sentence opens on as its subject (城关镇以创业带动就业，…), an example taken (以城关镇为例), a figure given as a
# share of the whole right after it (…3,260人，占全县的26.5%): the sentence is about a part
_SENT_PLACE = re.compile(r"(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)?\s*"
                         r"(?P<place>[\u4e00-\u9fff]{1,5}?(?:镇|乡|街道|社区|村))(?=以|在|通过|坚持|围绕|紧扣|按照|把|将|[，,：:])")
_FOR_EXAMPLE = re.compile(r"以[^，,。；;]{1,10}为例")
_SHARE_OF_ALL = re.compile(r"[，,]?(?:占|为)全[市县区镇乡州旗]")
_NOT_A_PLACE = ("城镇", "乡镇", "城乡", "农村", "全镇", "全乡", "本镇", "本乡", "各镇", "各乡", "各村", "全村", "本村")


def _sentence_place(folded: str, s0: int) -> str:
    """The place a sentence opens on as its subject, if any (not 全镇, 城镇, 乡镇: the whole, or no place at all)."""
    m = _SENT_PLACE.match(folded, s0)
    place = m.group("place") if m else ""
    return "" if not place or place.startswith(("全", "本", "各")) or place in _NOT_A_PLACE \
        or any(place.endswith(x) for x in _NOT_A_PLACE) else place


@per_figure
def _restates_whole(doc, folded: str, f: Fig) -> bool:
    """A figure in a section whose sentence names the whole year or place before it, led by no body or place of its
    own (its paragraph's name, the sub-heading over it): the section's statement of the report's total."""
    s0 = doc.sentences[f.sent].start
    if not _WHOLE_AGAIN.search(folded, s0, f.start) or _ORG.search(folded, s0, f.start) or _lead_place(folded, f) \
            or _lead_name_body(folded, f) or any(y != str(doc.year) for y in _cr_years(doc, folded, f)):
        return False  # (全年，本局受理…: the body's own part; 2012年全市建成… in a report of 2013: another year)
    if _sentence_place(folded, s0) or _FOR_EXAMPLE.search(folded, s0, f.start) or _SHARE_OF_ALL.match(folded, f.end):
        return False  # (城关镇以创业带动就业，全年新增就业3,260人，占全县的26.5%; 以城关镇为例，全年…: one place's part)
    head = _HEADING_MARK.sub("", _sub_heading(folded, f))
    if head and (head[-1] in _BODY_END or _SUB_AREA.search(head)):
        return False
    return not _heading_year(doc, folded, f)  # (二、上年指标回顾: the year before, under its own heading)


def _one_act(name: str, table: tuple = _SAME_ACT) -> str:
    """A name with the verbs of one act read alike (建成 → 新建, 收到 → 受理; table: another list of them)."""
    for x, y in table:
        if x in name:
            name = name.replace(x, y)
    return name


def _shortened(short: str, long_: str) -> bool:
    """Is the shorter name the longer one shortened or reordered — all its characters among the longer's, with verbs
    of one act read alike — rather than a name with a word of its own in place of one of the longer's?"""
    return set(_one_act(short)) <= set(_one_act(long_))


def _verb_object_swapped(short: str, long_: str) -> bool:
    """The object before its verb in one name and after it in the other (危房改造 / 改造农村危房): the shorter is two
    words whose second opens the longer and whose first ends it."""
    return any(long_.startswith(short[k:]) and long_.endswith(short[:k]) for k in range(2, len(short) - 1))


def _lead_name_body(folded: str, f: Fig) -> bool:
    name = _lead_name(folded, f)
    return bool(name) and name[-1] in _BODY_END


# (a summing-up is read against every earlier figure of its unit: each one's plainness, name, words and scope worked
# out once per figure, kept on its record, not per pair)
def _plain_partner(doc, folded: str, x: Fig, running_ok: bool) -> bool:
    """Is the figure a plain value of the year a summing-up may restate (no table row, plan, part of the year, list of
    bodies, subset, reference; no other frame — bar the start of a running total when running_ok)?"""
    return bool((x.quantity or x.kind == "percent") and x.sent >= 0 and x.value_high is None and x.norm is not None and not (
        _cr_table_row(folded, x) or in_plan(folded, doc, x) or _part_not_own(folded, x) or _bodies_lead(doc, folded, x)
        or _subset_lead(doc, folded, x) or _CLASSIFY_LEAD.match(folded, doc.sentences[x.sent].start, x.start)
        or is_reference(folded, x)
        or (_cr_other_frame(doc, folded, x) and not (running_ok and _since_only(doc, folded, x)))))


def _part_not_own(folded: str, x: Fig) -> bool:
    """is_sub_period, but a part of the year that the report's title makes its whole period (2013年上半年工作总结:
    上半年共拆除违法建筑…) is the report's own period, as _other_subperiod reads it."""
    if not is_sub_period(folded, x):
        return False
    title = _title(folded)
    text = folded[clause_start(folded, x.start, "；;。！？!?\n"):x.start]
    own = [m.group(0) for m in _PART_OF_YEAR.finditer(text) if _title_owns(title, m.group(0))]
    if not own:
        return True
    for w in own:
        text = text.replace(w, "")
    return bool(_SUB_PERIOD.search(text))  # (another part named besides the title's own)


_NOT_A_TITLE = re.compile(r"[。；;：:，,]")


@per_figure
def _partner_plain(doc, folded: str, x: Fig) -> bool:
    return _plain_partner(doc, folded, x, False)


@per_figure
def _partner_plain_running(doc, folded: str, x: Fig) -> bool:
    """_partner_plain with a running total from a start (“十四五”以来累计…) read as plain: a stock against a stock."""
    return _plain_partner(doc, folded, x, True)


@per_figure
def _partner_label(folded: str, x: Fig) -> tuple[str, str]:
    """_partner_name, with a count's own unit, an elided subject and 发生 read as a summing-up's pairing reads them."""
    got = _partner_name(folded, x)
    if x.unit and got[0].endswith(x.unit[0]) and got[1].rstrip().endswith(x.unit[0] + "数"):
        got = (got[0][:-1], got[1])  # (事故死亡人数23人: the count of its own unit, 人数, names nothing more)
    elided = x.__dict__.get("_elided")
    if elided and len(got[0]) <= 2:  # (事故37起、死亡21人: the item keeps its subject's name, 事故死亡)
        got = (_NOT_CJK.sub("", _TOTAL_TAIL.sub("", elided)), got[1])
    if got[0].startswith("发生") and len(got[0]) >= 5:
        got = (got[0][2:], got[1])  # (发生道路交通事故: occurring names nothing, as 完成 and 实现 name nothing)
    return got


@per_figure
def _partner_chars(folded: str, x: Fig) -> frozenset:
    """The characters of a figure's clause and the noun after it, scope words left out."""
    raw = folded[clause_start(folded, x.start, _ITEM_SEP):x.start] + folded[x.end:x.end + 8] \
        + x.__dict__.get("_elided", "")
    return _cjk_chars(_one_act(raw)) - _SCOPE_CHARS


@per_figure
def _partner_grams(folded: str, x: Fig) -> set:
    """The words of a figure's _partner_label, the verbs of one act read alike (建成 / 新建)."""
    return _bigrams(_one_act(_partner_label(folded, x)[0]))


@per_figure
def _partner_scope(doc, folded: str, x: Fig) -> str:
    return _scope_of(doc, folded, x, _partner_label(folded, x)[1])


def _summary_partners(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """A figure a summing-up gives (总体来看，创业贷款发放3.62亿元 / 全年，新增就业6840人 / 回顾一年来的工作，全部312件
    立案提案…) and the earlier figures of its unit in the same scope (new or plain / running total) and place: its
    partner is the mention whose name shares the most words with the summary's (two characters in a row, counted).
    Consistent when a mention sharing a word agrees; inconsistent when none agrees and the best-named mentions — one,
    or several with one value (a metric told twice before, x, x: the summary's y conflicts) — share two words or more
    (a run of three characters, or three words), no mention of another value is named as well, and the names are not a
    class and a class within it that the values may fit (_class_apart)."""
    out = []
    opening = None  # the overview's figures, when a section's figure restates one of them (built at the first asked)

    of_unit: dict[str, list[int]] = {}  # (a partner has the summary's unit: only those figures are read)
    for k, x in enumerate(figs):
        of_unit.setdefault(x.base_unit, []).append(k)

    for j, f in enumerate(figs):
        rate = f.kind == "percent"  # (a rate restated is read for its agreement only: _summary_rates judges the rest)
        if not (f.quantity or rate) or f.sent < 0:
            continue
        pool = None  # (the earlier figures, sliced only for a summing-up)
        section = not _summing_up(doc, folded, f)
        if section:
            # (round 24, A2) a section restating the overview: the whole year or place said again in the section's
            # sentence (热线全年受理群众诉求… / 全区完成投资…) reads against the overview's mentions alone
            if rate:
                continue
            # (… and an earlier section's figure that names the whole as well: 一、稳就业 全年全县城镇新增就业… / 二、
            # 保民生 …全年全县新增就业…)
            if opening is None:
                overview = _overview_sentences(doc, folded)
                tops = doc.top_sections()[0]
                # unit → its figures that name the whole (in the overview, or the whole year or place said before
                # them in their sentence), each with its top section (the overview's: -1)
                by_unit: dict[str, list] = {}
                whole_top: dict[int, int] = {}  # a figure naming the whole (not in the overview) → its top section
                first_whole: dict[int, int] = {}  # sentence → where the whole is first named in it (-1: nowhere)
                for a in figs:
                    if a.quantity and a.sent >= 0:
                        if a.sent in overview:
                            by_unit.setdefault(a.base_unit, []).append((a, -1))
                            continue
                        w = first_whole.get(a.sent)
                        if w is None:
                            sa = doc.sentences[a.sent]
                            m = _WHOLE_AGAIN.search(folded, sa.start, sa.end)
                            w = first_whole[a.sent] = m.start() if m else -1
                        if 0 <= w < a.start:
                            t = whole_top[id(a)] = bisect.bisect_right(tops, a.start)
                            by_unit.setdefault(a.base_unit, []).append((a, t))
                opening = (overview, by_unit)
            overview, by_unit = opening
            same_unit = by_unit.get(f.base_unit, ())
            if len(same_unit) < 2 or f.sent in overview:
                continue  # (the cheap tests first: another figure of its unit, the whole named before it)
            top_f = whole_top.get(id(f))
            if top_f is None:
                continue  # (the figure itself names no whole)
            pool = [a for a, t in same_unit if a.start < f.start and t != top_f]
            if not pool:
                continue
            cf = _partner_chars(folded, f)  # (the cheap test before the names: three characters of the clauses shared)
            pool = [a for a in pool if len(cf & _partner_chars(folded, a)) >= 3]
            if not pool:
                continue
            bf = _partner_grams(folded, f)  # (a figure of its unit sharing two words)
            pool = [a for a in pool if len(bf & _partner_grams(folded, a)) >= 2]
            if not pool or not _restates_whole(doc, folded, f):
                continue
            pool = [a for a in pool if a.sent in overview or _restates_whole(doc, folded, a)]
            if not pool:
                continue
        if not _partner_plain(doc, folded, f) or _PASSED.search(folded, max(0, f.start - 2), f.start):
            continue  # (突破400亿元: a threshold passed, not the value)
        nf, rf = _partner_label(folded, f)
        sf = _partner_scope(doc, folded, f)
        if sf == "prev" or not nf:
            continue
        bf = _partner_grams(folded, f)
        per_f = is_per_unit(folded, f)
        wf = f.norm_interval()
        cands = []
        if pool is None:
            same_unit = of_unit[f.base_unit]
            pool = [figs[k] for k in same_unit[:bisect.bisect_left(same_unit, j)]]
        for a in pool:
            if a.start >= f.start:
                break
            if a.base_unit != f.base_unit or a.sent == f.sent or a.sent < 0 or not (a.kind == "percent" if rate else a.quantity):
                continue
            if a.norm is None or a.value_high is not None:  # (no plain value: plain() below says no)
                continue
            na, ra = _partner_label(folded, a)
            if not na or _POINTING.search(ra):
                continue  # (上述37件: a set told before, not the year's count)
            # (the words shared and the values' agreement first: most mentions of the unit share no word and differ,
            # and are dropped before their scope and plainness are read)
            shared = len(bf & _partner_grams(folded, a))
            # (a bound — 2100余人 — agrees with too much: only its own value)
            agree = a.norm == f.norm if a.qualifier or f.qualifier or rate else (
                a.norm_interval().overlaps(wf) and not _written_apart(a, f))
            if rate and (not agree or shared < 2):
                continue
            if shared == 0:
                if not agree:
                    continue
                if not (_sig_digits(f) >= 3 and set(na) & set(nf)):
                    # (其中当年新认定38家 after 高新技术企业总数…: the subject its sentence names before it)
                    ctx = _NOT_CJK.sub("", folded[doc.sentences[a.sent].start:a.start])
                    if len(bf & _bigrams(ctx)) < 2:
                        continue
            sa = _partner_scope(doc, folded, a)
            if sa == "prev" or not (_partner_plain_running if sa == "stock" and sf == "stock" else _partner_plain)(doc, folded, a) or is_per_unit(folded, a) != per_f \
                    or _PASSED.search(folded, max(0, a.start - 2), a.start):
                continue
            if not agree and (not (sa == sf or (sa in _NEW_OR_PLAIN and sf in _NEW_OR_PLAIN)) or _A_PART.search(ra) or (
                    _SUMS_PARTS.search(rf) and sum(1 for g in figs if g.sent == a.sent and g.base_unit == a.base_unit) > 1)):
                continue  # (a flow and the stock — 新登记市场主体 / 市场主体总量 —, a class of others, a part of a sum)
            cands.append((shared, a, na, agree))
        if not cands:
            continue
        agreeing = [c for c in cands if c[3]]
        named_agreeing, same = -1, None  # how well the best mention that agrees is named, and that mention
        if agreeing:
            shared, same, na, _ = max(agreeing, key=lambda c: (c[0], c[1].start))
            if not _areas_differ(doc, folded, same, f):
                out.append(_stated_twice(same, f, na if len(na) >= len(nf) else nf, True))
                named_agreeing = shared
        others = [c for c in cands if not c[3]]
        if not others:
            continue
        # (x, y, y: the overview and the summary agree, the body's mention named as well gives another value)
        best = max(c[0] for c in others)
        top = [c for c in others if c[0] == best]
        if best < max(2, named_agreeing + section) or f.qualifier or any(c[1].qualifier for c in top) or f.norm is None:
            continue
        if any(not top[0][1].norm_interval().overlaps(c[1].norm_interval()) for c in top[1:]):
            continue  # two earlier metrics named as well, with two values: which one is meant is not certain
        if len(top) > 1 and len(_one_value([c[1] for c in top], doc, folded, f)) > 1:
            continue  # (实验小学…98人 / 城关中学…98人 / 两校…196人: two subjects with one value, and their sum)
        shared, a, na, _ = top[-1]
        if any((c in nf) != (c in na) for c in "不未非无"):
            continue  # (不批准逮捕 / 批准逮捕, 未整改 / 整改: the act and its refusal)
        if bool(_PLANNED_AMOUNT.search(nf)) != bool(_PLANNED_AMOUNT.search(na)):
            continue  # (政府采购预算金额 / 采购金额: what was budgeted and what was bought)
        if _LIST_JOIN.search(nf) or _LIST_JOIN.search(na):
            continue  # (公证和调解案件: two classes joined, a sum)
        if any(len(c[2]) >= 2 and c[2] in nf and not c[1].norm_interval().overlaps(a.norm_interval())
               for c in cands if c[0] < best):
            continue  # (受理群众来信来访1,264件，办结1,180件 / 办结群众来信来访: the verb's own count is named as well)
        short, long_ = (nf, na) if len(nf) <= len(na) else (na, nf)
        if best < 3 and _common_run(nf, na) < 3 and not _shortened(short, long_):
            continue  # (two words in another order read: 危房改造 / 改造农村危房; one word and a character not)
        if section and (not _shortened(short, long_) or _kept_apart(doc, folded, a, f, ((na, nf),))
                        or any(folded.startswith("其中", clause_start(folded, x.start, _ITEM_SEP)) for x in (a, f))
                        or _value_beside(doc, figs, a, f)
                        or any(y != str(doc.year) for y in _cr_years(doc, folded, a))
                        or not (_common_run(_one_act(nf), _one_act(na)) >= 3
                                or in_order(_one_act(short), _one_act(long_)) or _verb_object_swapped(short, long_))):
            continue  # (受理行政复议申请 / 审结行政复议申请: another act on the same things; 截至2015年底…; 审计项目 /
            # 政府投资项目结算审计: two words in another order, another class of the work)
        # (a summing-up's value a slip of the pen away from its partner's — two neighbouring digits swapped, one digit
        # written otherwise: 4.26 / 4.62万平方米 — under a name it shortens is that metric restated, not a class within
        # or beside it: 违法建筑 / 违建, 生产安全事故死亡 / 事故死亡; a longer name, 审计反馈的19个问题中已销号办结, may
        # name a part)
        slip = not section and len(nf) <= len(na) and (_neighbours_swapped(a, f) or _one_digit_off(a, f)) \
            and not _sums_more(doc, folded, figs, a, f, rf)
        if (_class_apart(nf, wf, na, a.norm_interval()) and not slip) or _acts_apart(nf, na) \
                or _areas_differ(doc, folded, a, f) or _own_part_apart(doc, folded, a, f):
            continue
        if same is not None and (_areas_differ(doc, folded, same, a) or _profile(folded, same) != _profile(folded, a)
                                 or _names_its_subject(folded, bf - _bigrams(na), same, a)):
            continue  # (（一）实验小学…专任教师124人 / （二）城关中学…98人 / 城关中学专任教师98人: two bodies in turn)
        out.append(_stated_twice(a, f, na if len(na) >= len(nf) else nf, False))
    return out


_PLANNED_AMOUNT = re.compile(r"预算|概算|计划|限额")


def _sums_more(doc, folded: str, figs: list[Fig], a: Fig, f: Fig, rf: str) -> bool:
    """Does a summing-up's figure say it covers more than its partner — a class word in its name or clause (共查处各类
    案件128件, 全县各类事故死亡27人, 合计) or its partner's value given after 其中 in its sentence (…128件，其中食品安全
    案件126件、…) — so that a small difference is the rest, not a slip of the pen?"""
    if _SUMS_MORE.search(rf):
        return True
    s = doc.sentences[f.sent]
    k = folded.find("其中", f.end, s.end)
    return k >= 0 and any(g.sent == f.sent and g.start > k and g.base_unit == a.base_unit and g.norm == a.norm
                          for g in figs)


_SUMS_MORE = re.compile(r"各类|各项|全部|所有|合计|(?<!公)共(?!同|享|建|青团|产党)")


# ---------------------------------------------------------------- a target told twice (round 24, A2)
# a target named before its value (年度目标3,500人, 下达…任务3,000亩, 为年度计划420户, 目标为到位资金50亿元) or after it
# (超额完成1,100个的年度目标)
_TARGET_NAMED = re.compile(r"(?:目标|任务|计划|指标)(?:任务|数|值)?(?:为|是)?[^，,；;。\d]{0,8}$")
_TARGET_TAIL = re.compile(r"[^，,；;。\d]{0,2}?的?(?:年度|全年|既定|工作)?(?:目标|任务|指标)")
_TARGET_WORDS = re.compile(r"[市县区镇省州]?(?:委|政府)?下达|上级|我[县市区镇乡局]|年初|确定|年度|全年|今年|本年度?|目标|任务|计划|指标|"
                           r"预期|完成|实际|超额|超过|超出|高于|低于|共计|共|达到|为|是|的|数|值")
_TARGET_LATER = re.compile(r"明年|下一步|下步|今后|来年|新的一年")
_YEAR_BEFORE = re.compile(r"上年|去年|上一年")
_TARGET_MARK = re.compile(r"目标|任务|计划|指标")  # (a budget, 年初预算 / 调整后预算, is another kind of base)
_TASKS_COUNTED = re.compile(r"(?:任务|计划|指标|目标)$")
_COUNTERS = frozenset(("项", "个", "条", "件", "批", "类", "次"))
_DONE_BEFORE_TARGET = re.compile(r"(?:完成|实现)[^，,；;。]*(?:目标|任务|计划|指标)")


def _target_name(raw: str) -> str:
    name = _TARGET_WORDS.sub("", _SIG_DROP.sub("", raw))
    return _NOT_CJK.sub("", name)


def _later_heading(doc, f: Fig) -> bool:
    """The top heading over a figure is one of plans (下一步打算) or names a year after the report's (二、2017年主要目标)."""
    head = doc.section_at(f.start) or ""
    return bool(_PLANS_HEADING.search(head) or (doc.year and any(int(_year_digits(y)) > doc.year for y in _YEAR.findall(head))))


# a target of another kind than the period's own (调整后目标, 序时目标, 奋斗目标, "十四五"期间目标) and who set it (省下达, 市定)
_TARGET_SORT = re.compile(r"调整|序时|奋斗|力争|期间|十[一二三四五六]五|[两三四五]年")
_TARGET_ISSUER = re.compile(r"(?P<by>国家|省|市|县|区|州|上级)(?:政府|委|厅|局)?(?:下达|确定|定|核定|分解)")
# a figure after the target word that says by how much it was passed or missed (超过目标任务512人)
_TARGET_GAP = re.compile(r"(?:超过|超出|高出|多于|少于|低于|差)(?:年度)?(?:目标|任务|计划|指标)(?:任务|数|值)?$")


def _target_kind(before: str) -> tuple[frozenset, str]:
    """The words before a target that make it a target of another sort (revised, to date, stretch, several years), and
    the level that set it (省, 市, …; empty when not said)."""
    m = _TARGET_ISSUER.search(before)
    return frozenset(_TARGET_SORT.findall(before)), (m.group("by") if m else "")


def _targets_twice(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """One target of the period told twice (市下达年度城镇新增就业目标任务3,500人 … 完成年度目标3,600人的108.9%): a
    target's name is its clause's words without the target's own (目标, 下达, 年度…), or, when none are left, the name
    of the result its sentence gives before it in its unit (全年城镇新增就业3,812人). Two targets in two sentences of
    one unit whose names share two words, the shorter's characters among the longer's, are one target: consistent when
    they agree, inconsistent when not. A target of a later year, a part of the year or another place is another."""
    if "目标" not in folded and "任务" not in folded and "计划" not in folded and "指标" not in folded:
        return []
    year = str(doc.year) if doc.year else ""
    marks = [m.start() for m in _TARGET_MARK.finditer(folded)]
    found = []  # (target, its name)
    for j, f in enumerate(figs):
        if not f.quantity or f.sent < 0 or f.qualifier or f.value_high is not None or f.norm is None:
            continue
        k = bisect.bisect_left(marks, f.end)
        if not (k < len(marks) and marks[k] <= f.end + 6) and not (k and marks[k - 1] >= f.start - 24):
            continue  # (the cheap test first: a target word right after the figure or in the words before it)
        cs = clause_start(folded, f.start, _ITEM_SEP)
        raw = folded[cs:f.start]
        after = _TARGET_TAIL.match(folded, f.end)
        if not (after or _TARGET_NAMED.search(raw) or (is_target(folded, f) and _TARGET_MARK.search(raw))):
            continue
        if not after and _TASKS_COUNTED.search(raw) and f.unit in _COUNTERS:
            continue  # (承担省级科研任务12项: the tasks are what is counted, not a target)
        sent = doc.sentences[f.sent]
        if is_sub_period(folded, f) or _names_part_of_year(folded[sent.start:f.start]) \
                or _TARGET_LATER.search(folded, sent.start, sent.end) \
                or any(y != year for y in _cr_years(doc, folded, f)) or _later_heading(doc, f) \
                or _YEAR_BEFORE.search(raw):
            continue  # (2025年城镇新增就业目标4,000人, 上半年目标…, 去年目标1.2万人: another period's target)
        if not after and _DONE_BEFORE_TARGET.search(raw) and folded[f.end:f.end + 1] != "的":
            continue  # (完成营造林任务5.6万亩: the amount done; 完成目标任务55亿元的107.2%: the target, the rate's base)
        if _TARGET_GAP.search(raw) and any(g.sent == f.sent and g.base_unit == f.base_unit and g.quantity and g.norm
                                            and f.norm * 2 < g.norm for g in figs[max(0, j - 6):j]):
            continue  # (4,012人，超过目标任务512人: by how much, far below the result — 超过年度目标3,500人 is the target)
        if _sentence_place(folded, sent.start):
            continue  # (城关镇城镇新增就业目标任务1,200人: one place's target)
        name = _target_name(raw)
        if len(name) < 2:  # (完成年度目标3,600人的108.9%: the target of the result told before it in the sentence)
            prior = [g for g in figs[max(0, j - 6):j] if g.sent == f.sent and g.base_unit == f.base_unit and g.quantity]
            if prior:
                g = prior[-1]
                name = _target_name(folded[clause_start(folded, g.start, _ITEM_SEP):g.start])
            else:  # (一、城镇新增就业\n年度目标3,500人，…: the heading over it names the metric)
                head = _target_name(_HEADING_MARK.sub("", _sub_heading(folded, f) or doc.section_at(f.start) or ""))
                name = head if len(head) >= 4 else ""
        if len(name) >= 2 and not name.startswith(_NOT_OWN_METRIC):
            # (该工程计划投资100万元 … 该工程计划投资470万元: 该 points at the project its sentence before names, which the
            # name does not hold — such a target is not paired at all, at the cost of one project's named twice)
            found.append((f, name, _target_kind(folded[sent.start:f.start])))
    if len(found) < 2:
        return []
    out = []
    for i, (f, nf, kf) in enumerate(found):
        bf = _bigrams(nf)
        cands = []
        for a, na, ka in found[:i]:
            if a.sent == f.sent or a.base_unit != f.base_unit or ka[0] != kf[0] or (ka[1] and kf[1] and ka[1] != kf[1]):
                continue  # (a revised, a to-date, a stretch or a multi-year target is another; so is another issuer's)
            shared = len(bf & _bigrams(na))
            short, long_ = (nf, na) if len(nf) <= len(na) else (na, nf)
            if shared >= 2 and _shortened(short, long_):
                cands.append((shared, a, na))
        if not cands:
            continue
        best = max(c[0] for c in cands)
        top = [c for c in cands if c[0] == best]
        if any(not top[0][1].norm_interval().overlaps(c[1].norm_interval()) for c in top[1:]):
            continue  # two targets named as well, with two values: which one is meant is not certain
        _, a, na = top[-1]
        if _areas_differ(doc, folded, a, f) or _own_part_apart(doc, folded, a, f):
            continue
        out.append(_stated_twice(a, f, (na if len(na) >= len(nf) else nf) + "目标",
                                 a.norm_interval().overlaps(f.norm_interval())))
    return out


# ---------------------------------------------------------------- round 27: bounds and slips restated
# a sentence's own words that the review after them lists the year's problems (…还存在不少困难和问题：…, 存在的不足：)
_PROBLEMS_LEAD = re.compile(r"(?:存在|面临|还有|仍有)[^。；;！？!?\n：:]{0,10}(?:问题|不足|困难|短板|差距)[：:]")
# a heading that plans as well as it reviews (存在问题和2014年打算): its items may be the plan's
_HEADING_PLANS = re.compile(r"打算|计划|安排|思路|措施|建议|下一步|下步|重点|目标|任务|展望")
# the bounds a restatement may give instead of the value (不足40家, 超过九成, 均在90%以上): one side of it only
_BOUNDS = frozenset(("less_than", "more_than", "at_least", "at_most"))
# the words of scope, place and the body's own project a restatement may add to a name without naming a part
# (本项目治理任务完成率 / 治理任务完成率, 全年新增星级民宿 / 星级民宿)
# (受益: a performance review's satisfaction is that of the beneficiaries, 受益群众满意度 / 受益对象满意度, whoever is asked)
_RESTATE_SCOPE = re.compile(r"全年|今年|本年度?|年内|当年|新增|本项目|该项目|项目|全[市县区镇乡]|本[市县区镇乡局]|我[市县区镇乡局]|受益")
# what may stand between a restatement's name and its bound (满意度均在90%以上, 民宿数量不足40家)
_BOUND_LINK = re.compile(r"(?:数量|总数|人数)?(?:均|都|全部|总体|整体)?(?:在|为|达到?|保持在|控制在)?$")


# (kept per figure: both passes of _summed_slips and _bounded_restated ask it of every amount)
@per_figure
def _restating_place(doc, folded: str, f: Fig) -> bool:
    """Is the figure's sentence a place that restates the body — a summing-up (综上，/ 总体来看，/ a heading of 总结 or
    结语, the closing lines), a review of the year's problems under its heading, or a sentence whose own words lead
    into the problems (…还存在不少困难和问题：…) with no plan word before the figure?"""
    if f.sent < 0:
        return False
    if _summing_up(doc, folded, f) or _sums_up(doc, folded, f) or _problems_review(doc, folded, f):
        return True
    s0 = doc.sentences[f.sent].start
    problem_headings, problems_lead = _problem_marks(doc, folded)
    heading = (doc.section_at(f.start) or "") if problem_headings else ""  # (no heading of problems: none looked up)
    if problem_headings and _problems_heading(heading) and not _HEADING_PLANS.search(heading):
        # under a heading of problems alone (二、存在的问题), the items (一是…；二是…) are problems, not a plan's: the
        # item's clause that plans nothing before the figure and names no later year reviews the year — a value of
        # three digits, or of two in a clause naming the year (全年撰写的41篇), as _problem_review reads them, or a
        # bound, round by nature (不足3,000户)
        before = folded[max(s0, folded.rfind("；", s0, f.start) + 1, folded.rfind(";", s0, f.start) + 1):f.start]
        years = [int(y) for y in _YEAR_RX.findall(before)]
        if _PLAN_WORD.search(before) or _PLAN_VERB.search(before) or (doc.year and years and max(years) > doc.year):
            return False
        digits = _sig_digits(f) if f.value is not None else 0
        return bool(f.qualifier in _BOUNDS or digits >= 3 or (
            digits == 2 and f.value == int(f.value) and int(f.value) % 10 and _this_year_clause(folded, s0, f)))
    if not problems_lead:
        return False  # (no 存在…问题： anywhere in the text: none before the figure either)
    p0 = min(s0, paragraph_start(folded, f.start))
    m = None
    for m in _PROBLEMS_LEAD.finditer(folded, p0, f.start):
        pass
    if m is None:
        return False
    between = folded[max(m.end(), s0):f.start]
    return not (_PLAN_WORD.search(between) or _PLAN_VERB.search(between))


def _problem_marks(doc, folded: str) -> tuple[bool, bool]:
    """(Does any top heading name the period's problems (_problems_heading), does the text hold a lead into them
    (_PROBLEMS_LEAD) anywhere?), found once per document: most reports have neither, and _restating_place, asked of
    every amount, then needs neither the figure's heading nor a scan of its paragraph. (_PROBLEMS_LEAD has no anchor
    nor lookaround: a match in a stretch of the text is a match in the text.)"""
    memo = doc.__dict__.get("_cr_problem_marks")
    if memo is None or memo[0] is not folded:
        marks = (any(_problems_heading(h or "") for h in doc.top_sections()[1]), _PROBLEMS_LEAD.search(folded) is not None)
        memo = doc.__dict__["_cr_problem_marks"] = (folded, marks)
    return memo[1]


def _bound_name(folded: str, f: Fig) -> str:
    """A figure's _partner_label with the link before a bound (均在, 数量, 保持在) left out."""
    name = _partner_label(folded, f)[0]
    m = _BOUND_LINK.search(name)
    return name[:m.start()] if m and m.start() > 0 else name


def _restates_name(nf: str, na: str) -> bool:
    """Does the restatement's name nf name the body's na: the same once the words of scope and the body's own
    project are left out of both (本项目治理任务完成率 / 治理任务完成率; 受益 is such a word, so 受益群众满意度 /
    群众满意度) — never with a word of its own before (五星级民宿 / 星级民宿, 住院患者满意度 / 患者满意度)?"""
    bare, bare_a = _RESTATE_SCOPE.sub("", nf), _RESTATE_SCOPE.sub("", na)
    return len(bare_a) >= 3 and bare == bare_a


_NEW_WORD = re.compile(r"新增|新建|新认定|新发展|新培育")
_BOUND_PART_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,6}?(?:有|占|仅|达)[\d０-９一二两三四五六七八九十]")
_BOUND_PART_WORDS = re.compile(r"部分|个别|有的|少数|一些|偏远|分[\u4e00-\u9fff]{1,4}看|上半年|下半年|季度|月份")
_BOUND_PART_LEAD = re.compile(r"(?:部分|个别|有的|少数|一些|偏远|有\d+个|分[\u4e00-\u9fff]{1,4}看)[^。；;]*$")


def _bounded_restated(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """全年新增星级民宿不足40家 (a review of problems) after 新增…星级民宿42家; 综上，…完成率超过九成 after 治理任务完成率
    86.8%; 满意度均在90%以上 after 群众满意度为88.6%: a bound (不足, 超过, 以上, 以下) a summing-up or a review of
    problems gives for a metric the body stated once, named alike (_restates_name): inconsistent when the body's value
    is outside the bound, consistent when inside. Rates are read with rates (a fraction in words too), amounts with
    their unit; the body's mentions must give one value, in the same scope (new or plain), and be plain results."""
    out = []
    bounded = [f for f in figs if f.qualifier in _BOUNDS and f.sent >= 0 and f.value_high is None
               and f.norm is not None and (f.quantity or f.kind in ("percent", "fraction"))]
    for f in bounded:
        if not _restating_place(doc, folded, f) or in_plan(folded, doc, f) or is_reference(folded, f):
            continue
        clause = folded[clause_start(folded, f.start):clause_end(folded, f.end)]
        if _BOUND_PART_AFTER.match(folded, f.end) or _BOUND_PART_WORDS.search(clause) or _BOUND_PART_LEAD.search(
                folded, max(doc.sentences[f.sent].start, clause_start(folded, f.start) - 12), f.start) \
                or is_sub_period(folded, f) or other_place(doc, folded, clause):
            # (满意度不足85%的乡镇有3个 / 超过九成的仅占三成 / 个别乡镇，… / 上半年… / 全市… in a county's report: a bound
            # on some of the things, a part of the year or another place, not a restatement of the body's value)
            continue
        rate = f.kind in ("percent", "fraction")
        nf = _bound_name(folded, f)
        sf = _partner_scope(doc, folded, f)
        if len(nf) < 3 or sf == "prev":
            continue
        cands = []
        for a in figs:
            if a.start >= f.start:
                break
            if a.sent == f.sent or a.sent < 0 or a.qualifier or a.value_high is not None or a.norm is None:
                continue
            if rate != (a.kind in ("percent", "fraction")) or (not rate and a.base_unit != f.base_unit):
                continue
            if _restating_place(doc, folded, a) or not _partner_plain(doc, folded, a) or _cr_table_row(folded, a):
                continue
            na = _partner_label(folded, a)[0]
            if not _restates_name(nf, na):
                continue
            sa = _partner_scope(doc, folded, a)
            if (_NEW_WORD.search(_partner_label(folded, a)[0] + folded[clause_start(folded, a.start):a.start]) is None) \
                    != (_NEW_WORD.search(folded[clause_start(folded, f.start):f.start]) is None):
                continue  # (星级民宿达到42家 / 全年新增星级民宿不足10家: a stock and the year's new)
            if not (sa == sf or {sa, sf} <= _NEW_OR_PLAIN) or is_per_unit(folded, a) != is_per_unit(folded, f) \
                    or _kept_apart(doc, folded, a, f, ((na, nf),)) or _own_part_apart(doc, folded, a, f):
                continue
            cands.append((a, na))
        if not cands or len({a.norm for a, _ in cands}) > 1:
            continue  # (two values named alike before: which one the bound restates is not certain)
        a, na = cands[-1]
        if rate:
            wa, wf = a.pct_interval(), f.pct_interval()
        else:
            wa, wf = a.norm_interval(), f.norm_interval()
        if wa is None or wf is None:
            continue
        if wf.contains(wa.low) and wf.contains(wa.high):
            out.append(_stated_twice(a, f, na if len(na) >= len(nf) else nf, True))
        elif not wf.overlaps(wa):
            out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                              f"{a.text} is not {f.text} ({na})",
                              f"{na} is given as {a.text}, and restated as {f.text}, a bound the value does not meet; "
                              f"one of them is wrong.",
                              f"{na}前称{a.text}，后称{f.text}，数值不在所述范围内，二者矛盾，应核对。",
                              "same metric stated with two values"))
    return out
