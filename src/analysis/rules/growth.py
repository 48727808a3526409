"""Growth: "4941万元，同比增长20.7%" against a stated base.

growth      the current value, the rate and the base (上年为…, 比上年的…, 由A提高到B, 是上年…的N倍):
            judged when the base is stated; otherwise unverifiable, with the base the rate implies as an
            interval (4941万元 and 20.7% imply [4940.5/1.2075, 4941.5/1.2065]万元). A rate is called wrong only
            on a certain pairing: never across scopes (人均, 一季度, 其中…), at constant prices (可比价, GDP,
            增加值), or when another value could be the one the base belongs to (see _doubtful).
target_met  lives in targets.py; it reads the rates found here (find_growths) and the words of change and plan.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, replace
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal

from .. import schema
from .common import (DIGIT_OR_PCT, bigrams, gap_to_target, _PER_UNIT, _PLAN, _SUB_PERIOD, CLAUSE_SEP, Fig, cached, clause_end, clause_start, figs_of,
                     figs_by_sentence, in_plan, is_base,
                     is_change, is_per_unit, is_target, is_sub_period, item_label, label_of, paragraph_start, per_figure, plan_heading, result,
                     same_unit)
from .intervals import Interval, fmt_interval, fmt_nearest, fmt_outward, rounding_cause, shown_apart

HUNDRED = Decimal(100)
ONE = Decimal(1)
_UP = "增长|增加(?!值)|增产|增收|提高|提升|上升|上涨|回升|攀升|增|扩大|偏多|偏高"
_DOWN = "下降|减少|降低|减产|减收|回落|下滑|下跌|降价|降|缩小|缩短|压缩|精简|减|偏少|偏低"
# 同比增长 / 下降了 / 增幅为 / 降幅达 / 年均增长: the cue right before a rate
# (人口自然增长率 is births less deaths, a level of its own, not the growth of anything)
_WIDTH = r"增幅|涨幅|增速|(?<!自然)增长率|增长幅度|降幅|跌幅|减幅|下降幅度|减少幅度|精简幅度|压减幅度|压缩幅度|削减幅度"
_CUE = re.compile(rf"(?:分别|依次)?(?P<avg>年均|年平均)?(?:(?P<dir>{_UP}|{_DOWN})(?:了)?|(?P<width>{_WIDTH})(?:分别|依次)?(?:为|是|达到|达|约为)?"
                  # 增速一度回落至4.8%: the rate itself, moved to a new level
                  rf"|(?P<level>(?:{_WIDTH})[^，,；;。\d%]{{0,6}}?(?:回落|回升|提高|下降|放缓|加快|降|升)(?:至|到)))$")
# 比上年多180万元 / 比上年的25.83亿元增加2.63亿元 / 较2010年提高0.18平方米: an absolute change
_ABS_DOWN = re.compile(r"(?:少|减少|降低|下降|缩小|缩短|压缩|净减|减产|减收|减支|少收|(?:比|较)[^，,；;。]{0,8}减)了?$|(?:比|较)[^，,；;。]{0,8}少[\u4e00-\u9fff]{1,3}$")
_TIMES = re.compile(r"(?:是|为|相当于)(?:上年|去年|上年同期|\d{4}年|“[^”]{1,6}”(?:时期|期间))(?:同期)?(?P<inner>.{0,20}?)的$"
                    r"|(?P<grow>增长|增加|提高)(?:了)?$")
_TARGET_AFTER = re.compile(r"^(?:以上|左右|以内|以下)?[”\"]?的(?:[\u4e00-\u9fff]{0,4}|[“\"][^”\"，。]{1,6}[”\"])?(?:目标|要求|任务|计划|指标"
                           r"|(?:考核|退出|验收|评定|达标)标准|警戒线|控制线)")  # (降至2%以下”的退出标准, 100%的警戒线)
# 完成年度削减2.5%任务 / 完成增长8%目标: a rate with its target noun right after it (a count is not: 完成3项任务 counts tasks)
_RATE_TARGET_AFTER = re.compile(r"^(?:以上|左右|以内|以下)?(?:目标|任务|指标)(?![\u4e00-\u9fff]{0,2}[\d%])")
# (年度预算比上年增长12.1%: a budget compared with last year's is an amount that grew, not a target)
_TARGET_BEFORE = re.compile(r"目标(?!外)|任务(?!外)|要求|预算(?!收入|支出|内|外|单位|资金|执行|管理|绩效|(?:数|总额|规模)?(?:比|较|同比))"
                            r"|计划(?!外|生育|免疫)|指标|确定的|提出的|下达的"
                            r"|(?:年初|年度|全年|今年|当年)的?规划")
_BASE_LABEL = re.compile(r"上年|去年|上年同期|同期|上一年|(?:19|20)\d\d年|上月|上个月|上季度|上一季度|(?:比|较|与)年初|年初(?:为|是)$"
                         r"|(?:比|较)\d{1,2}月(?:底|末)|^\d{1,2}月(?:底|末)(?:为|是)$")
# 较上一年度减少19个（上一年度为145个）: the prior year named as a 年度, which common's period words do not cover
_PRIOR_YEAR = r"(?:上一年度|上年度|上一年|前一年)"
_BARE_CHANGE = re.compile(r"^(?:净增|净减|净增加|净减少|新增了?|增加了?|减少了?|多了?|少了?|增收|减收|增支|减支|增产|减产|缩短了?|延长了?|下降了?|降低了?|提高了?|上升了?|增长了?)$")
# 同比增长10.85% / 比上年下降4.0%: a clause that is a rate of change and nothing else
_RATE_BEFORE = re.compile(rf"(?:同比|比上年|较上年|比去年|较去年|与上年相比)?(?P<dir>{_UP}|{_DOWN})了?\d+(?:\.\d+)?%")
# 税收收入21.5亿元，增收2.5亿元，增长13.2%: a bare change right after a value of its unit, a rate right after it
_RATE_NEXT = re.compile(rf"[，,、](?:同比)?(?:{_UP}|{_DOWN}|{_WIDTH})(?:了|为|达)?\d+(?:\.\d+)?%")
_CHANGE_PRIOR = re.compile(rf"(?:比|较|与){_PRIOR_YEAR}.{{0,24}}?(?:多|少|增加|减少|提高|降低|下降|增长|上升|净增|净减)了?$"
                           # 比上年减支9240万元 / 比上年增4公斤: a change of spending, or the bare 增/减 before an amount (not
                           # 较上年末的298个新增32个, read by cumulative_vs_new as a stock and its new entries)
                           r"|(?:(?:比|较)(?:上年|去年|上年同期|去年同期|(?:19|20)\d\d年)|同比).{0,12}?(?:增产|减产|增收|减收|增支|减支|多收|少收|(?<![新增])增|减)了?$"
                           # 比上年多融资6.4亿元 / 较上年少支出: 多/少 with a verb of its own
                           r"|(?:比|较)(?:上年|去年|上年同期|去年同期|(?:19|20)\d\d年)(?:同期)?(?:多|少)[\u4e00-\u9fff]{1,3}$"
                           # 环比三季度末增加0.9万份 / 环比上月减少12起: a change on the period before
                           r"|环比[^，,；;。\d%]{0,8}?(?:增加|减少|多|少|净增|净减)了?$"
                           # 与上年相比增加12天 / 同上年相比减少了3起: the comparison as a frame round the prior year
                           r"|(?:与|同|和)(?:上年|去年|上年同期|去年同期|上一年度?|上年度)相比(?:较)?[，,]?"
                           r"(?:增加|减少|多|少|净增|净减|提高|降低|下降|上升)了?$")
_BASE_PRIOR = re.compile(rf"(?:(?:比|较){_PRIOR_YEAR}的?|{_PRIOR_YEAR}(?:分别)?(?:为|是))$"
                         r"|(?:比|较)(?:上年|去年|(?:19|20)\d\d年|上届|上次|上期|上轮|上一[届次期轮])(?:同期)?(?P<of>[\u4e00-\u9fff]{1,8})的$")
# (比上届同次会议的141件增加了18.4%, 较上轮巡察的…: a session, a round of the same kind — the prior one's value)
# one of these is in every wording of a base: a comparison (比/较), a period (上年, 同期, 2019年, 上届) or a start (由/从)
_BASE_CHARS = "年上期由从比较"
_BASE_CHAR_SET = frozenset(_BASE_CHARS)
# …but not a change written before its figure (比上年增加的)
_VERB_CHARS = re.compile(r"[增减多少升降长高低]")
_DOWN_WORD = re.compile(_DOWN)
_DOWN_LEAD = re.compile(r"降|跌|减|下降|精简|压减|压缩|削减")


def _reach(rx: re.Pattern) -> int | None:
    """The longest text a pattern can match (None when a repeat is unbounded, or re's parser is not at hand)."""
    try:
        from re import _parser  # the parser re itself compiles with (Python ≥ 3.11)
    except ImportError:
        return None
    width = _parser.parse(rx.pattern, rx.flags).getwidth()[1]
    return width if width < _parser.MAXREPEAT else None


def _search_end(rx: re.Pattern, folded: str, lo: int, hi: int) -> re.Match | None:
    """rx.search(folded[lo:hi]) for a pattern anchored at the end ($), without the slice and trying only the starts
    its longest match can reach from (the cue of a rate, read before every rate of a report); offsets in folded."""
    reach = _REACH.get(rx)  # (+1: $ also matches before a final newline)
    return rx.search(folded, lo if reach is None else max(lo, hi - reach - 1), hi)


def _strip_end(rx: re.Pattern, text: str) -> str:
    """rx.sub("", text) for a pattern anchored at the end ($), which matches once at most."""
    m = _cue(text, 0, len(text)) if rx is _CUE else _search_end(rx, text, 0, len(text))
    return text[:m.start()] + text[m.end():] if m else text


_REACH = {rx: _reach(rx) for rx in (_CUE, _TIMES)}
# the characters a cue of a rate (_CUE) can end with: the last of each of its words, and of what may follow them
_CUE_LAST = frozenset(w[-1] for w in re.sub(r"\(\?<?[=!][^)]*\)", "", f"{_UP}|{_DOWN}|{_WIDTH}").split("|")) | set("了别次为是到达至")


def _cue(text: str, lo: int, hi: int) -> re.Match | None:
    """_CUE.search(text[lo:hi]) (offsets in text): most figures' clauses end on no character a cue can end with."""
    if hi > lo and text[hi - 1] not in _CUE_LAST and text[hi - 1] != "\n":
        return None
    return _search_end(_CUE, text, lo, hi)


# 二、2005年上半年预算执行情况: a heading that reviews, whatever year it names (the report may run past its year)
_REVIEW_HEADING = re.compile(r"(?:执行|完成|落实|进展)情况|回顾")
_TARGETS_LEAD = re.compile(r"(?:目标|预期目标|主要目标|计划|预期)(?:是|为)?[：:]")
_NEXT_HEADING = re.compile(r"草案|安排|计划|打算|思路|预期|展望|目标|任务")
# 分别增长14.1%和18.7% / 年度目标1亿元、1000人: what joins the items of a list
_LIST_JOIN = re.compile(r"[、和及与]|以及")
# 分别比上年增长14.4%、7.6%和下降3.0%: a list item that turns the direction is still an item of the list
_LIST_JOIN_TURN = re.compile(rf"(?:[、和及与]|以及)(?:{_UP}|{_DOWN})了?")
_EMPTY_BRACKETS = re.compile(r"（）|\(\)")
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
_NEGATION = re.compile(r"未|没有|没能")
# 由上年的5,518万元增加到6,380万元 / …增至2002年的2.35亿元: a clause reaching its value from another
# (从上年末的1,240家发展到1,396家 / 由…调整为…: any verb of reaching, not only one of rising or falling)
# (由187项精简为121项: a cut named with 为 reaches its level too)
_CUT_TO = r"(?:精简|压减|压缩|缩减|削减|减少|降)为"
_FROM_TO = re.compile(r"[由从].*(?:(?:" + _UP + "|" + _DOWN + r"|发展)(?:到|至)|变为|调整为|调整到|" + _CUT_TO + ")")
_TO_LEVEL = re.compile(rf"(?:(?:{_UP}|{_DOWN}|降|发展)(?:到|至)|变为|调整为|调整到|{_CUT_TO})(?:(?:19|20)\d\d(?:年|届|年度)(?:末|底)?的?)?$")
_UP_TO_LEVEL = re.compile(rf"(?:{_UP})(?:到|至)(?:(?:19|20)\d\d(?:年|届|年度)(?:末|底)?的?)?$")
# 由9.8%下降到6.5% / 由2016年底的9.8%下降到2017年底的6.5%: the date of the level reached may stand before it
_TO_PCT = re.compile(rf"(?:{_UP}|{_DOWN})(?:到|至)(?:(?:19|20)\d\d(?:年|年度)(?:末|底)?的?)?$")
_FROM = re.compile(r"[由从]")
_VERB_ONLY = re.compile(rf"(?:{_UP}|{_DOWN}|多|少)了?")
_VERB_DOWN = re.compile(rf"(?:{_DOWN}|少)")
_RATE_UP_DOWN = re.compile(rf"(?:{_UP}|{_DOWN})(?:了)?$")
_RATE_DOWN = re.compile(rf"(?:{_DOWN})(?:了)?$")
_PER_SPAN = re.compile(r"[日月年周人户场件次亩床生]均$")
# 比上年偏多8.2% / 较2011年偏少: a comparison with a prior period (not with 常年 or 多年平均, which are benchmarks)
_PRIOR_COMPARE = re.compile(r"(?:比|较|与)(?:上年|去年|上一年|上年同期|去年同期|(?:19|20)\d\d年)|同比")
_RESPECTIVELY = re.compile(r"分别|依次")
_GAP_AFTER = re.compile(r"的?[^，,；;。\d%]{0,8}?(?:仍有|尚有|还有|存在|仍存在)(?:一定)?差距")


def _plain_value(folded: str, doc, g: Fig) -> bool:
    """A value of the period itself: not a base, change or target, not a plan, not for a part of the year."""
    return not _is_ref(folded, g) and not _planned(folded, doc, g) and not is_sub_period(folded, g)


@functools.lru_cache(maxsize=256)
def _plan_stays(heading: str) -> bool:
    """Under a heading that does not review the period (预算执行情况), or that looks ahead, a plan stays one. Headings
    are few and asked about for every figure under them."""
    return bool(not _REVIEW_HEADING.search(heading) or _NEXT_HEADING.search(heading))


# 总的看，… / 一年来，…: a sentence that sums up the year reviewed, even where it closes a section of plans
# the words a sentence that sums up opens with (shared with targets' closing claims, which add 全年看 and the like)
SUMMING_UP_WORDS = "总的看|总体看|总的来看|总体来看|总的来说|总体而言|综上所述|综上|总之|一年来"
LOOK_BACK_LEAD = re.compile(rf"(?:{SUMMING_UP_WORDS}|过去的?一年)[，,]")
# a word that asks for what is still to come (确保…/力争…/要…) between such an opening and the figure
_LOOK_BACK_EXHORT = re.compile(r"确保|力争|争取|努力|保证|推动|为[^，,；;。]{0,12}$|要$|将$")


def looks_back(doc, folded: str, f: Fig) -> bool:
    """Does figure f stand in a sentence that opens by summing up the year (总的看，一年来，), with no word of plan
    (力争/确保/计划…) before it?"""
    s = doc.sentences[f.sent].start if f.sent >= 0 else -1
    return s >= 0 and bool(LOOK_BACK_LEAD.match(folded, s)) and not _PLAN.search(folded, s, f.start) \
        and not _LOOK_BACK_EXHORT.search(folded, s, f.start)


# 石门镇2007年度目标责任考核自查报告 / 部门整体支出绩效自评报告: a report that checks the year's results against its
# targets, whose headings may name the targets reviewed (一、经济发展目标)
_SELF_CHECK_TITLE = re.compile(r"自查|自评|考核(?:情况|结果)?报告|目标完成情况|目标责任")
_TARGET_AREA_HEADING = re.compile(r"^[^：:。，,]{0,4}?[一二三四五六七八九十\d]{1,2}[、.．][^：:。，,\d]{2,12}?目标$")


@functools.lru_cache(maxsize=256)
def _reviewed_targets_heading(heading: str, title: str) -> bool:
    """一、经济发展目标 under the title of a self-check (…目标责任考核自查报告): the heading names the targets the
    section reviews, not targets ahead."""
    return bool(_TARGET_AREA_HEADING.match(heading.strip()) and _SELF_CHECK_TITLE.search(title)
                and not _NEXT_HEADING.search(heading.strip()[:-2]) and not _HEADING_YEAR_AHEAD.search(heading))


_HEADING_YEAR_AHEAD = re.compile(r"(?:19|20)\d\d|明年|下一?步|今后")


def _title(doc) -> str:
    t = getattr(doc, "_title_cache", None)
    if t is None:
        t = doc.folded.lstrip()[:80].split("\n")[0]
        doc._title_cache = t
    return t


@per_figure
def _planned(folded: str, doc, f: Fig) -> bool:
    """in_plan, except for a figure under a heading that reviews the period (预算执行情况) with no plan word in its own
    sentence before it, and for a sentence that sums up the year (总的看，一年来，…) even under a plan heading."""
    if not in_plan(folded, doc, f):
        return False
    heading = doc.section_at(f.start) or ""
    if _years_own(folded, doc, f, heading):
        return False
    if heading.endswith("目标") and _reviewed_targets_heading(heading, _title(doc)):
        s = doc.sentences[f.sent].start if f.sent >= 0 else f.start
        if not _PLAN.search(folded, s, f.start):
            return False  # 一、经济发展目标 (a self-check's section): 全年完成财政收入1286万元 is a result
    if f.sent >= 0 and folded[doc.sentences[f.sent].start:doc.sentences[f.sent].start + 1] in "总一综过" \
            and looks_back(doc, folded, f):
        return False
    if _plan_stays(doc.section_at(f.start)):
        return True
    s = doc.sentences[f.sent].start if f.sent >= 0 else f.start
    return bool(_PLAN.search(folded, s, f.start))


def _years_own(folded: str, doc, f: Fig, heading: str) -> bool:
    """Are the only plan words before f in its sentence 年初…预期目标 (the year's own target, named so in a review) or
    预计全年实现… (the year's outcome estimated before it closes), outside a heading of plans?"""
    s = doc.sentences[f.sent].start if f.sent >= 0 else f.start
    ms = list(_PLAN.finditer(folded, s, f.start))
    if not ms or heading and plan_heading(heading, doc.year):
        return False
    return all(m.group(0) == "预期目标" and (_YEARS_OWN_TARGET.search(folded, max(s, m.start() - 8), m.start())
                                          or _REACHED_BEFORE.match(folded, clause_start(folded, m.start()), m.start()))
               or m.group(0) == "预计" and (_ESTIMATE_OF_YEAR.match(folded, m.start())
                                           or folded[m.start() - 2:m.start()] in ("全年", "今年")
                                           and _ESTIMATE_OF_YEAR.match("预计全年" + folded[m.end():m.end() + 3]))
               and not _PLAN_OTHER.search(folded, s, f.start)
               for m in ms)


# 年初预期目标 / 年初确定的预期目标 / 比年初预期: the target set at the start of the year under review
_YEARS_OWN_TARGET = re.compile(r"年初[^，,；;。！？\d%]{0,6}$")
# 完成了增长9%的预期目标 / 实现…预期目标: a clause that says the year's target was reached, no plan
_REACHED_BEFORE = re.compile(r"(?:已|均|顺利|圆满|超额|全面)*(?:完成|实现|达到|超过|超出)了?[^，,；;。！？]{0,16}的?$")
# 预计全年实现规模以上工业总产值386.5亿元 (a review written before the year closes): the year's estimated outcome
_ESTIMATE_OF_YEAR = re.compile(r"预计(?:全年|今年|本年度?)(?:可)?(?:实现|完成|达到)")
_PLAN_OTHER = re.compile(r"明年|下一步|下步|力争|确保|计划|拟|打算")


@per_figure
def _is_change(folded: str, f: Fig) -> bool:
    """is_change, also for 较上一年度减少19个 and the bare 净增1.26万人 right after 由…增加到19.72万人."""
    if not f.quantity:
        return False
    lab = f.__dict__.get("_label_of")  # (label_of's value kept on the record, read straight from it when there)
    if lab is None:
        lab = label_of(folded, f)
    if ("比" in lab or "较" in lab) and (is_change(folded, f) or _CHANGE_PRIOR.search(lab)):
        return True  # every comparison wording names 比 or 较 (同比 too)
    if len(lab) > 3 or not _BARE_CHANGE.match(lab):  # its words are three characters at most
        return False
    cs = clause_start(folded, f.start)
    prev = clause_start(folded, cs - 1)
    if _FROM_TO.search(folded, prev, f.start):
        return True
    if lab.startswith("新增"):
        # (实有市场主体12.3万户，新增1.8万户，增长7.1%: 新增 is a flow of its own, the rate may be its growth on last
        # year's; only between two levels, 由…增至…，新增…, is it the change of one into the other)
        return False
    u = f.unit
    if u and cs > prev + 1 and folded[cs - 1] in "，," and folded[cs - 2] == "%":
        # 收入完成15,600万元，同比增长8.33%，增收1,200万元: the change right after the rate of the same direction, a
        # value of its unit earlier in the sentence (not 增长8.33%，非税收入1,200万元, nor 下降4%，增收200万元)
        m = _RATE_BEFORE.fullmatch(folded, prev, cs - 1)
        if m and bool(_DOWN_WORD.fullmatch(m.group("dir")) or _DOWN_LEAD.match(m.group("dir"))) == bool(_ABS_DOWN.search(lab)):
            ss = clause_start(folded, prev - 1, "。；;！？!?\n") if prev else 0
            if re.search(r"\d" + re.escape(u) + r"(?![\u4e00-\u9fff]{0,2}[/每])", folded[ss:prev]):
                return True
    # the value it changes ends the clause right before it, in its unit, and a rate of the same change follows
    return bool(u and cs >= len(u) + 2 and folded[cs - 1] in "，," and folded.startswith(u, cs - 1 - len(u))
                and folded[cs - 2 - len(u)].isdigit() and _RATE_NEXT.match(folded, f.end))


# the words one of which every target label names (_TARGET_WORK, _TARGET_LEVEL, common._TARGET_LABEL)
_TARGET_WORDS = ("目标", "计划", "任务", "指标", "预算")
_TARGET_WORDS_RX = re.compile("|".join(_TARGET_WORDS))
# 年度目标为完成农村户厕改造2,400户 / 目标任务是新建50个: a target stated with the work it names
_TARGET_WORK = re.compile(r"(?:目标|任务|计划|指标)(?:任务)?(?:为|是)(?:完成|实现|新建|新增|建设|改造|培训|开展|实施)[^，,；;。\d]{0,12}$"
                          # 年度目标新建农村户厕4000座: the period's target opening its clause, the work right after it
                          r"|^(?:[^：:，,；;。\d]{1,8}[：:])?(?:年初|年度|全年|今年)(?:的)?(?:目标|任务|目标任务)(?:新建|新增|建设|改造|培训|开展|实施)"
                          r"[^，,；;。\d]{0,12}$"
                          # 年初计划培训企业负责人和安全管理人员1500人次 / 年初计划减贫6200人、退出贫困村18个
                          r"|^(?:[^：:，,；;。\d]{1,8}[：:])?(?:年初|年度|全年|今年)?(?:的)?计划[^，,；;。的\d、：:]{1,18}$"
                          r"|^(?:年初|年度|全年|今年)?(?:的)?计划[^，,；;。\d]{1,18}\d[^，,；;。]*[、和][^，,；;。\d]{1,12}$")


# 年度目标为城镇化率达到60%: a target level set for a named metric
_TARGET_LEVEL = re.compile(r"(?:目标|指标)(?:值)?(?:为|是)[^，,；;。\d%]{1,12}?(?:达到|提高到|提升到|不低于)$")


# 年度目标为义务教育巩固率不低于98% / 市政府要求各部门年内整改率不低于90% / 确定了“年底前整改率达到95%以上”:
# a bound set for a named rate, by a target noun or by the verb that sets it (not 按要求…, which reports)
_TARGET_BOUND = re.compile(r"(?:(?:目标|指标)(?:值)?(?:为|是)|(?<![按照据])(?:要求|确定了?|提出了?|明确了?)[“\"]?)"
                           r"[^，,；;。\d%“”\"]{1,14}?率(?:要|应|须|必须)?(?:达到|提高到|提升到|控制在|保持在)?$")


_YEAR_PLAN = re.compile(r"(?:年初|年度|全年|今年|当年)(?:的)?规划(?:新建|新增|建设|建成|改造|完成|实施|实现|发展|培训|开展)")


@per_figure
def _is_tgt(folded: str, f: Fig) -> bool:
    """is_target, also for 目标为完成…2,400户 and 目标为城镇化率达到60%."""
    lab = f.__dict__.get("_label_of")
    if lab is None:
        lab = label_of(folded, f)
    if f.kind == "percent" and f.qualifier in ("at_least", "at_most") and _TARGET_BOUND.search(lab):
        return True
    if not _TARGET_WORDS_RX.search(lab):  # (none of _TARGET_WORDS in it: one search)
        # 年初规划新建养殖小区30个: the year's plan named 规划 (a 五年规划 or 城市规划 is no target of the year)
        return "规划" in lab and bool(_YEAR_PLAN.search(lab)) and "实际" not in lab
        # (every other wording of a target, here and in is_target, names one of _TARGET_WORDS)
    if is_target(folded, f):
        return True
    if f.kind == "percent" and _TARGET_LEVEL.search(lab):
        return True
    return f.quantity and "实际" not in lab and bool(_TARGET_WORK.search(lab))


# “三公”经费预算36.8万元，比上年减少2.4万元: a budget compared with last year's is the year's own value, not a target
_BUDGET_LABEL = re.compile(r"预算(?:数|额)?(?:为|是)?$")
_COMPARED_NEXT = re.compile(r"[，,]?(?:(?:比|较)(?:上年|去年|上一年度?|上年度|(?:19|20)\d\d年)|同比)")


@per_figure
def _is_ref(folded: str, f: Fig) -> bool:
    """is_reference, with the prior-year and change wordings above."""
    d = f.__dict__  # (the facts per_figure keeps on the record, read straight from it when there)
    ch = d.get("_is_change")
    if ch or ch is None and _is_change(folded, f):
        return True
    b = d.get("_is_base")
    if b or b is None and _is_base(folded, f):
        return True
    if f.quantity and gap_to_target(folded, f, label_of(folded, f)):
        return True  # 超出计划投资0.32亿元: the gap to a target (is_change's, which _is_change leaves to growth's own wordings)
    if f.quantity and _COMPARED_NEXT.match(folded, f.end) and _BUDGET_LABEL.search(label_of(folded, f)) \
            and f.qualifier not in ("at_most", "at_least"):
        return False  # (控制在年初预算22万元以内，较上年减少: a bound the budget sets, not the year's value)
    # (is_reference adds nothing: its base, change and target wordings are each within _is_base, _is_change, _is_tgt)
    return _is_tgt(folded, f)


# 上年完成8.0亿元 / 去年同期发案372起: a clause that opens on the prior period states its value (not 上年结转/结余,
# which are this year's money, nor 去年以来, a running span)
_PRIOR_LEAD = re.compile(r"^(?:上年|去年|上一年度?|上年度)(?:同期)?(?!结转|结余|以来|累计|至今)[\u4e00-\u9fff]{0,10}$")


# 比上年决算数6713.9万元增加572.5万元 / 较去年同期实际完成1.2亿元下降: the figure between 比上年 (+ a name without
# a verb) and the change verb is the value compared with, not a change
_BASE_NAMED = re.compile(r"(?:比|较)(?:上年|去年|上一年度?|上年度|(?:19|20)\d\d年)(?:同期)?(?P<of>[\u4e00-\u9fff]{1,8})$")
_VERB_NEXT = re.compile(rf"(?:{_UP}|{_DOWN}|多|少)")


@per_figure
def _is_base(folded: str, f: Fig) -> bool:
    """is_base, also for （上一年度为145个）, 上年完成8.0亿元 and 比上年决算数6713.9万元增加…."""
    lab = f.__dict__.get("_label_of")
    if lab is None:
        lab = label_of(folded, f)
    if _BASE_CHAR_SET.isdisjoint(lab):  # (none of _BASE_CHARS in it)
        return False  # a quick test: every wording of a base (here and in is_base) names one of these
    m = _BASE_PRIOR.search(lab)
    if is_base(folded, f) or bool(m and not (m.group("of") and _VERB_CHARS.search(m.group("of")))) or (
            f.quantity and bool(_PRIOR_LEAD.match(lab)) and not re.search(r"结转|结余|以来|累计|至今", lab)):
        return True
    if _COMPARED_WITH.search(lab) and folded.startswith("相比", f.end):
        return True  # 与上年的273.7万人相比 / 与2010年第六次全国人口普查的273.7万人相比: the value compared with
    if "相比" in folded[f.end:f.end + 16]:
        # 与上年的58起、死亡29人相比: every value of the list the frame compares with
        cs = clause_start(folded, f.start, "，,；;。！？!?\n")
        if _COMPARED_LIST_HEAD.match(folded, cs) and _COMPARED_LIST_TAIL.match(folded, f.end, clause_end(folded, f.end)):
            return True
    m = _BASE_NAMED.search(lab) if f.quantity else None
    return bool(m and not _VERB_CHARS.search(m.group("of")) and _VERB_NEXT.match(folded, f.end))


_COMPARED_LIST_HEAD = re.compile(r"(?:与|同|和)(?:上年|去年|上一年度?|上年度)(?:同期|末|底)?的")
_COMPARED_LIST_TAIL = re.compile(r"(?:、[^，,；;。、\d%]{0,8}[\d][\d,.]*[^，,；;。、\d%]{0,6})*相比")
_COMPARED_WITH = re.compile(r"(?:与|同|和)(?:上年|去年|上一年度?|上年度)(?:同期|末|底)?的?$"
                            r"|(?:与|同|和)(?:19|20)\d\d年[^，,；;。\d%]{0,14}?的$")
_CLAIM_MET = re.compile(r"超额完成|完成|实现|达到|超过|突破|高出|超出")
_CLAIM_NOT = re.compile(r"未(?:能)?(?:完成|实现|达到)|没有(?:完成|实现|达到)|低于|差(?!错|异|旅|价|评|别)")
# (按可比价格计算 / 扣除价格因素: the prices a rate is counted at, no subject of its own)
_SUBJECT_OK = re.compile(r"^(?:受[^，]{0,10}影响|全年|今年|当年|年内|比上年|较上年|同比|环比|与上年相比|比去年|较去年|分别|依次|均|共"
                         # 与上年末的273.7万人相比 (its figure and the frame's head taken out): no subject
                         r"|相比"
                         r"|按(?:可比|不变)价格?(?:计算)?|(?:扣除|剔除)价格因素(?:后)?"
                         r"|(?:比|较)(?:上月|上个月|上季度|上一季度|上期))*$")
_SUBJECT_STRIP = re.compile(r"(?:分别)?(?:比|较|是|为|与|相当于)(?:上年|去年|上届|上年同期|去年同期|\d{4}年|年初|上年末|上年底|去年末|去年底"
                            r"|上月|上个月|上季度|上一季度|\d{1,2}月(?:底|末)|上次|上期|上轮|上一[届次期轮])"
                            r"(?:末|底)?(?:同期|同次会议|会议)?(?:相比)?的?"
                            r"(?:完成数|实际完成数?|决算数|执行数|预计完成数?)?(?:相比|比较)?|的$|分别$|依次$")


_bigrams = bigrams  # (common.bigrams: the name the module's readings call it by)


def _names(subject: str, labels: list[str]) -> bool:
    """Does a rate's own subject (事故起数和死亡人数) name what the candidate values count (发生各类生产安全事故7起)?"""
    subj = _bigrams(subject)
    return bool(subj) and any(subj & _bigrams(lab) for lab in labels) or len(subject) == 2 and any(
        _short_for(subject, lab) for lab in labels)


def _short_for(short: str, label: str) -> bool:
    """批捕 of 批准逮捕: a two-character short name whose characters stand one or two apart in the label."""
    return re.search(re.escape(short[0]) + r"[\u4e00-\u9fff]{1,2}" + re.escape(short[1]), label) is not None


@dataclass
class Growth:
    g: Fig                 # the stated rate (20.7%, 0.8个百分点, 1.5倍)
    down: bool = False
    mode: str = "pct"      # pct, pp (个百分点), times (是上年的N倍), grow_times (增长N倍), abs (比上年多N), cagr (年均增长)
    cur: Fig | None = None
    base: Fig | None = None
    base_how: str = ""
    years: int = 0         # for cagr: the years between base and current value
    change: Fig | None = None  # 比上年增加0.62万吨，增长2.9%: the stated change gives the base (current − change)


def _is_target(folded: str, f: Fig) -> bool:
    after = folded[f.end:f.end + 16]
    before = folded[clause_start(folded, f.start):f.start]
    return bool(_target_after(after, f) or _TARGET_BEFORE.search(before))


def _target_after(after: str, f: Fig) -> re.Match | None:
    """The words after a figure that make it a target (…的目标, and for a rate also a bare 目标/任务/指标)."""
    return _TARGET_AFTER.search(after) or (_RATE_TARGET_AFTER.match(after) if f.kind == "percent" else None)


def _sentences(doc, figs: list[Fig]) -> dict[int, list[Fig]]:
    """by_sentence, once per document for both rules (callers never change the lists)."""
    return figs_by_sentence(doc, figs)


def find_growths(doc, figs: list[Fig]) -> list[Growth]:
    """Figures → stated growth rates with their current value and base where the text gives them (once per document)."""
    return cached(doc, "_growths_cache", figs, lambda: _find_growths(doc, figs))


def _find_growths(doc, figs: list[Fig]) -> list[Growth]:
    folded = doc.folded
    sents = _sentences(doc, figs)
    out: list[Growth] = []
    prev: Growth | None = None
    chain: list[Growth] = []  # the rates listed so far with prev (分别增长14.1%和18.7%), prev last
    for f in figs:
        # (the facts per_figure keeps on the record, read straight from it when known)
        if f.quantity and f.value is not None:
            ch = f.__dict__.get("_is_change")
            if ch is None:
                ch = _is_change(folded, f)
        else:
            ch = False
        if ch and not _planned(folded, doc, f):
            # 比上年多180万元: an absolute change, judged as current − base
            gr = Growth(f, bool(_ABS_DOWN.search(label_of(folded, f))), "abs")
            out.append(gr)
            prev = None
            continue
        if f.kind not in ("percent", "percentage_point", "ratio", "fraction") or (f.value is None and f.norm is None):
            prev = None
            continue
        # 分别增长14.1%和18.7%: a rate listed right after another shares its cue
        if prev is not None and prev.g.sent == f.sent and _LIST_JOIN.fullmatch(folded, prev.g.end, f.start):
            if _is_target(folded, f):
                # 完成了削减10%和12%的约束性目标: a list of rates that ends on a target is a list of targets
                del out[len(out) - len(chain):]
                prev = None
                continue
            gr = Growth(f, prev.down, prev.mode)
            out.append(gr)
            chain.append(gr)
            prev = gr
            continue
        prev = None
        cs = clause_start(folded, f.start)
        m = _search_end(_TIMES, folded, cs, f.start) if f.kind == "ratio" else _cue(folded, cs, f.start)
        if not m and f.kind == "percent" and f.start - 1 > cs and folded[f.start - 1] in " \n":
            # 较上年下降 18.2% / 下降\n18.2%: a space or a line broken inside the clause (text from a PDF or OCR)
            hi = f.start - 1
            while hi > cs and folded[hi - 1] in " \n":
                hi -= 1
            m = _cue(folded, cs, hi)
        if not m or (f.kind == "fraction" and not m.group("dir")):
            continue
        before = folded[cs:f.start]
        if (_planned(folded, doc, f) and not _PLAN_ON_ACTUAL.search(before)) or _is_target(folded, f) \
                or _TARGETS_LEAD.search(folded, doc.sentences[f.sent].start if f.sent >= 0 else f.start, f.start):
            continue  # 2023年目标：…增长6%，固定资产投资增长8%: rates listed after a heading word for targets
        if f.kind == "ratio":
            gr = Growth(f, False, "grow_times" if m.group("grow") else "times")
        else:
            word = m.group("dir") or m.group("width") or "增"  # a level of the rate: its sign is as written
            if word.startswith("偏") and not _PRIOR_COMPARE.search(before):
                continue  # 较常年偏多12.6% / 比多年平均偏少3.5%: a departure from a normal, a benchmark, not a growth
            down = bool(_DOWN_WORD.fullmatch(word) or _DOWN_LEAD.match(word))
            mode = "pp" if f.kind == "percentage_point" else "cagr" if m.group("avg") else "pct"
            gr = Growth(f, down, mode)
        out.append(gr)
        chain = [gr]
        prev = gr
    # current values and bases, sentence by sentence
    by_sent: dict[int, list[Growth]] = {}
    for gr in out:
        by_sent.setdefault(gr.g.sent, []).append(gr)
    for si, grs in by_sent.items():
        sfigs = sents.get(si, [])
        _attach(folded, sfigs, grs, _review_year(doc, grs[0].g.start))
    _shared_years(folded, by_sent)
    _attach_previous(doc, folded, sents, by_sent)
    _attach_compared_list(doc, folded, sents, by_sent)
    _attach_share_previous(doc, folded, sents, by_sent)
    _attach_base_list_nearby(doc, folded, sents, by_sent)
    _attach_level_earlier(doc, folded, sents, by_sent)
    _attach_base_nearby(doc, folded, sents, by_sent)
    _attach_prior_actual(doc, folded, figs, by_sent)
    _attach_subjectless(doc, folded, sents, by_sent)
    _attach_spans(doc, folded, sents, by_sent)
    _attach_named_earlier(doc, folded, sents, by_sent)
    _attach_subject_only(doc, folded, sents, out)
    _attach_base_elsewhere(doc, folded, sents, out)
    _attach_base_restated(folded, out)
    _attach_pp_base_noted(doc, folded, sents, out)
    return out


def _attach_pp_base_noted(doc, folded: str, sents: dict, grs: list[Growth]) -> None:
    """（A类）68件，占43.6%。A类占比比上年提高5.2个百分点。…附：上年度代表建议A类占比为39.8%。: a change in points whose
    own sentence names the share it compares (A类占比比上年…) and whose current share stands in an earlier sentence
    takes the one share of a sentence opening on last year (上年…) whose name ends with that name."""
    todo = [gr for gr in grs if gr.mode == "pp" and gr.cur is not None and gr.base is None and gr.cur.kind == "percent"
            and gr.cur.sent != gr.g.sent and gr.g.sent >= 0]
    if not todo:
        return
    priors = []
    for si, sfigs in sents.items():
        if si < 0:
            continue
        m = _PRIOR_SENTENCE.match(folded, doc.sentences[si].start)
        if not m or not m.group("prior"):
            continue  # (上年 / 上年度 only: a year named is left to the pairing by exact name)
        for g in sfigs:
            if g.kind != "percent" or g.start < m.end() or _PRIOR_STOP.search(folded, m.end(), g.start):
                break
            lab = re.split(r"[：:]", item_label(folded, g).lstrip("、，,"))[-1]
            priors.append((g, _NAME_TAIL.sub("", _NAME_LEAD.sub("", lab))))
    if not priors:
        return
    for gr in todo:
        cs = clause_start(folded, gr.g.start)
        cmp = re.search(r"(?:同比|比|较)(?:上年|去年|上一年度?|上年度)", folded[cs:gr.g.start])
        if cmp is None or cs != doc.sentences[gr.g.sent].start:
            continue
        subj = folded[cs:cs + cmp.start()]
        found = [g for g, name in priors if len(subj) >= 3 and name.endswith(subj)]
        if len(found) == 1:
            gr.base, gr.base_how = found[0], "stated elsewhere"


def _attach_base_restated(folded: str, grs: list[Growth]) -> None:
    """植被盖度达到57.3%，比上年提高1.2个百分点 … (a summary) 植被盖度达到57.3%，比上年的55.8%提高了1.2个百分点: a
    year-on-year rate with its current value but no base takes the base of a rate elsewhere in the report that
    states the same current value of the same metric (a shared word of two characters), with the same direction and
    mode, against the prior year; when such rates give different bases, none is taken."""
    todo = [gr for gr in grs if gr.cur is not None and gr.base is None and gr.change is None and gr.mode in ("pct", "pp")]
    if not todo:
        return
    done = [gr for gr in grs if gr.cur is not None and gr.base is not None and gr.mode in ("pct", "pp")]
    for gr in todo:
        own = folded[clause_start(folded, gr.g.start):gr.g.start]
        if not (_YOY.search(own) or not _COMPARED_WORD.search(own)) or _NOT_YOY.search(own):
            continue
        words = _bigrams(_metric_name(folded, gr.cur))
        found = {}
        for g2 in done:
            c, b = g2.cur, g2.base
            if g2.g.sent == gr.g.sent or g2.mode != gr.mode or g2.down != gr.down or c.norm != gr.cur.norm \
                    or c.base_unit != gr.cur.base_unit or c.kind != gr.cur.kind:
                continue
            own2 = folded[clause_start(folded, g2.g.start):g2.g.start]
            if not _YOY.search(own2 + folded[clause_start(folded, b.start):b.start]) or _NOT_YOY.search(own2):
                continue
            if len(words & _bigrams(_metric_name(folded, c))) >= 2:
                found[b.norm] = b
        if len(found) == 1:
            gr.base, gr.base_how = next(iter(found.values())), "stated elsewhere"


_COMPARE_LEAD = re.compile(r"(?:与|同|和|较|比)(?:上年度?|去年|上一年度?|(?P<year>(?:19|20)\d\d)年度?)(?:同期)?(?:相比|比较)?[，,]")


def _compare_lead(doc, folded: str, at: int) -> re.Match | None:
    """与上年相比， / 与2019年度相比， (the year before the report's) opening a sentence at `at`."""
    m = _COMPARE_LEAD.match(folded, at)
    if m and m.group("year") and not (doc.year and int(m.group("year")) == doc.year - 1):
        return None
    return m
_SUBJECT_HEAD = re.compile(rf"^([\u4e00-\u9fff、]{{2,10}}?)(?:{_UP}|{_DOWN}|多|少)")


# 一、2010年和“十一五”工作回顾 under the title 株洲市2011年政府工作报告: a heading reviewing the year before
_YEAR_REVIEW_HEADING = re.compile(r"((?:19|20)\d\d)年[^，,。；;\d]{0,12}?(?:工作)?(?:回顾|总结)")


def _review_year(doc, pos: int) -> int | None:
    """The year the figures at pos are of: the report's, or the year before when their heading reviews that year
    (a 政府工作报告 titled by the year it is delivered in)."""
    year = doc.year
    if year:
        m = _YEAR_REVIEW_HEADING.search(doc.section_at(pos) or "")
        if m and int(m.group(1)) == year - 1:
            return year - 1
    return year


def _attach_previous(doc, folded: str, sents: dict, by_sent: dict) -> None:
    """与上年相比，事故起数减少9起、下降19.6%，死亡人数减少5人、下降19.2%: a sentence that only compares states the
    changes; the current values are in the sentence before, each named by its subject (事故起数 → 生产安全事故37起),
    one candidate only. The change then gives the base (current ∓ change)."""
    for si, grs in by_sent.items():
        if si <= 0 or not _compare_lead(doc, folded, doc.sentences[si].start):
            continue
        prev = [g for g in sents.get(si - 1, []) if g.quantity and not _is_ref(folded, g)
                and not _planned(folded, doc, g) and not is_sub_period(folded, g)]
        for gr in grs:
            ch = gr.cur
            if gr.mode != "pct" or ch is None or ch.sent != si or gr.base is not None or gr.change is not None:
                continue
            m = _SUBJECT_HEAD.match(label_of(folded, ch))
            if not m or not _VERB_ONLY.fullmatch(label_of(folded, ch)[m.end(1):]):
                continue
            verb_down = bool(_VERB_DOWN.match(label_of(folded, ch)[m.end(1):]))
            named = [g for g in prev if _names(m.group(1), [item_label(folded, g)]) and same_unit(g, ch)]
            if len(named) > 1 and m.group(1).endswith("各") and len({g.norm for g in named}) == 1:
                # 收入总计9,386.52万元，支出总计9,386.52万元。…收、支总计各增加…: one value stated twice, one change for each
                named = named[:1]
            if len(named) != 1 or verb_down != gr.down:
                continue
            gr.cur, gr.change, gr.base_how = named[0], ch, "current − change"


_COUNT_SUBJECT = re.compile(r"([\u4e00-\u9fff]{1,6}?)([\u4e00-\u9fff])数(?:比上年|较上年|同比)?$")


def _attach_compared_list(doc, folded: str, sents: dict, by_sent: dict) -> None:
    """…发生事故46起，死亡23人。与上年的58起、死亡29人相比，事故起数下降20.7%，死亡人数下降20.7%: the rates after a
    frame listing last year's values, each named by a count's subject (事故起数 → 起, 死亡人数 → 人): the base is the
    frame's one value in that unit, the current the one value in that unit of the sentence before whose name shares a
    character with the subject."""
    for si, grs in by_sent.items():
        if si <= 0 or "相比" not in doc.sentences[si].text:
            continue
        sfigs = sents.get(si, [])
        frame = [g for g in sfigs if g.quantity and "相比" in folded[g.end:g.end + 16] and _is_base(folded, g)]
        if not frame or paragraph_start(folded, doc.sentences[si].start) > doc.sentences[si - 1].start:
            continue
        prev = [g for g in sents.get(si - 1, []) if g.quantity and not _is_ref(folded, g)
                and not _planned(folded, doc, g) and not is_sub_period(folded, g)]
        for gr in grs:
            if gr.mode != "pct" or gr.cur is not None or gr.base is not None or gr.g.start < frame[-1].end:
                continue
            lab = re.sub(rf"(?:{_UP}|{_DOWN})了?$", "", label_of(folded, gr.g))
            m = _COUNT_SUBJECT.search(lab)
            if m is None:
                continue
            unit, words = m.group(2), set(m.group(1))
            bases = [g for g in frame if g.base_unit == unit]
            curs = [g for g in prev if g.base_unit == unit and words & set(label_of(folded, g) + unit)]
            if len(bases) == 1 and len(curs) == 1:
                gr.cur, gr.base, gr.base_how = curs[0], bases[0], "stated"


_SHARE_SUBJECT = re.compile(r"^([^，,；;。\d%]{2,8}?)的?(?:比例|占比|比重|所占比重|所占比例)(?:比上年|较上年|同比)?$")


_BASE_INSIDE = re.compile(r"(?:比|较)(?:上年|去年)(?:同期)?的?(?P<pct>\d+(?:\.\d+)?%)$")


def _attach_share_previous(doc, folded: str, sents: dict, by_sent: dict) -> None:
    """…A类建议176件，占56.4%；…。A类比例比上年提高3.8个百分点（上年为52.6%）: a change in points of a share the
    sentence before states, named by its category (A类, also when the sentence names it at more length: 二类水质断面
    for 二类断面); only one share of that sentence may carry the name. The sentence may open with 与上年相比，."""
    for si, grs in by_sent.items():
        for gr in grs:
            if gr.mode != "pp" or gr.cur is not None or si <= 0:
                continue
            cs = clause_start(folded, gr.g.start)
            s0 = doc.sentences[si].start
            lead = _compare_lead(doc, folded, s0)
            if cs != s0 and folded[cs - 1] not in "。\n" and not (lead and lead.end() == cs):
                continue
            subject = _strip_end(_CUE, folded[cs:gr.g.start])
            # (A类比例比上年的55.4%提高了6.3个百分点: the base inside the subject's clause, before the cue)
            inner = _BASE_INSIDE.search(subject)
            inner_base = None
            if inner is not None:
                inner_base = next((g for g in sents.get(si, []) if g.start == cs + inner.start("pct")), None)
                subject = subject[:inner.start()] if inner_base is not None else subject
            m = _SHARE_SUBJECT.match(subject)
            prev = [g for g in sents.get(si - 1, []) if g.kind == "percent"]
            if not m or not prev or "\n" in folded[prev[-1].end:cs]:
                continue
            names = [m.group(1)]
            if "类" in m.group(1)[1:-1]:
                names.append(m.group(1)[:m.group(1).index("类") + 1])
            for name in names:
                named = [g for g in prev if name in folded[clause_start(folded, g.start, "；;。！？!?\n"):g.start]]
                if named:
                    break
            if len(named) != 1:
                continue
            after = [g for g in sents.get(si, []) if g.start > gr.g.end and g.kind == "percent" and _is_base(folded, g)]
            gr.cur = named[0]
            if inner_base is not None:
                gr.base, gr.base_how = inner_base, "比上年的…"
            elif after:
                gr.base, gr.base_how = after[0], "上年为…"


# 上年旅游收入为16.5亿元 / 2019年全县一般公共预算收入为8.2亿元: a sentence of its own stating a prior value, named
_BASE_SENTENCE = re.compile(r"^(?:(?P<prior>上年同期|去年同期|上一年度|上年度|上一年|上年|去年)|(?P<year>(?:19|20)\d\d)年(?:全年|同期)?)[，,]?"
                            r"(?:全县|全市|全区|全镇|全乡|全省|全旗)?(?:共计|共)?(?P<name>[\u4e00-\u9fff]{2,12}?)(?:为|是|达到|达|实现|完成|共)?$")
# the characters _BASE_SENTENCE can open with
_BASE_SENTENCE_FIRST = ("上", "去", "1", "2")
# 今年出栏12.6万头 / 全年实现旅游收入: the words of a current value's label that name its metric
_LABEL_LEAD = re.compile(r"^(?:今年|全年|当年|本年度|本年|年内)?(?:全县|全市|全区|全镇|全乡|全省|全旗)?(?:共|累计)?(?:实现|完成)?")


# 2015年一般公共预算收入安排8.49亿元，比上年完成数增长8.0%: a plan measured against last year's actual, which
# the report states earlier (一般公共预算收入完成7.86亿元)
_PLAN_ON_ACTUAL = re.compile(r"(?:比|较)(?:上年|去年)(?:的)?(?:完成数|实际完成数?|决算数|执行数|预计完成数?)")
_PLAN_METRIC = re.compile(r"^(?:(?:19|20)\d\d年(?:度)?)?(?:全县|全市|全区|全镇|全省|全旗)?(?P<name>[\u4e00-\u9fff]{2,12}?)"
                          r"(?:安排|预算|计划|预期|预计)(?:为|数)?$")


_DONE_TAIL = re.compile(r"(?:完成|实现|决算)(?:数)?(?:为)?$")


def _attach_prior_actual(doc, folded: str, figs: list[Fig], by_sent: dict) -> None:
    """A rate 比上年完成数增长… on a planned value → its base is the one earlier value of the same metric stated
    as done (一般公共预算收入完成7.86亿元)."""
    for grs in by_sent.values():
        for gr in grs:
            if gr.mode != "pct" or gr.cur is None or gr.base is not None:
                continue
            if not _PLAN_ON_ACTUAL.search(folded, clause_start(folded, gr.g.start), gr.g.start):
                continue
            m = _PLAN_METRIC.match(item_label(folded, gr.cur))
            if not m:
                continue
            name = m.group("name")
            done = [g for g in figs if g.end <= gr.cur.start and same_unit(g, gr.cur)
                    and _DONE_TAIL.sub("", item_label(folded, g)).endswith(name) and _DONE_TAIL.search(item_label(folded, g))]
            if len(done) == 1:
                gr.base, gr.base_how = done[0], "上年完成数"


# 较上年减少5.18万元，下降20.8%: a sentence that opens with the comparison and names nothing
_SUBJECTLESS = re.compile(rf"(?:与|同|和)?(?:较|比)(?:上年|去年)(?:同期)?(?:相比)?[，,]?(?:{_UP}|{_DOWN}|多|少)")


_SUBJECT_COMPARE = re.compile(rf"(?P<subj>[^，,；;。\d%]{{2,12}}?)(?:与|同|和)?(?:较|比)(?:上年|去年)(?:同期)?(?:相比)?[，,]?(?:{_UP}|{_DOWN}|多|少)")


def _attach_subjectless(doc, folded: str, sents: dict, by_sent: dict) -> None:
    """支出决算19.76万元…。其中公务用车运行维护费15.42万元…。较上年减少5.18万元，下降20.8%: a comparison sentence
    without a subject is about the one value of the unit that the paragraph's last full sentence states (a 其中
    breakdown in between is skipped); the stated change then gives the base."""
    for si, grs in by_sent.items():
        if si <= 0:
            continue
        subject = ""
        s0 = doc.sentences[si].start
        if _COMPARED_LEAD.match(folded, s0):
            _attach_compared_lead(doc, folded, sents, si, grs)
            continue
        if not _SUBJECTLESS.match(folded, s0):
            # “三公”经费较上年减少4.12万元，下降9.6%: with a subject of its own, the value it names
            m = _SUBJECT_COMPARE.match(folded, doc.sentences[si].start)
            if not m:
                continue
            subject = m.group("subj").strip("“”\"")
            if len(subject) < 2:
                continue
        if any(gr.cur is not None and gr.mode != "abs" for gr in grs):
            continue
        sj = si - 1
        if sj > 0 and re.match(r"其中", folded[doc.sentences[sj].start:doc.sentences[sj].start + 2]):
            sj -= 1
        if "\n" in folded[doc.sentences[sj].start:doc.sentences[si].start]:
            continue
        for gr in grs:
            unit_fig = gr.g if gr.mode == "abs" else next((a.g for a in grs if a.mode == "abs"), None)
            if unit_fig is None:
                continue
            named = [g for g in sents.get(sj, []) if same_unit(g, unit_fig) and not _is_ref(folded, g)
                     and not is_sub_period(folded, g) and (not subject or subject in label_of(folded, g))]
            if len(named) != 1:
                continue
            if gr.mode == "abs":
                gr.cur = named[0]
            elif gr.mode == "pct" and gr.cur is None and len([a for a in grs if a.mode == "abs"]) == 1 and unit_fig.start < gr.g.start:
                abs_gr = next(a for a in grs if a.mode == "abs")
                if abs_gr.down == gr.down:
                    gr.cur, gr.change, gr.base_how = named[0], unit_fig, "current − change"


# 与上年相比增长14.1%（上年办理590件）: a sentence that opens on the comparison, its base stated after the rate
_COMPARED_LEAD = re.compile(rf"(?:与|同|和)(?:上年|去年|上一年度?|上年度)(?:同期)?相比[，,]?(?:{_UP}|{_DOWN})了?\d")


def _attach_compared_lead(doc, folded: str, sents: dict, si: int, grs: list) -> None:
    """The rate of a sentence opening on 与上年相比 with the base after it, of the one value of the base's unit that the
    sentence before (same paragraph) states as the period's own."""
    if len(grs) != 1 or grs[0].mode != "pct" or grs[0].cur is not None:
        return
    gr = grs[0]
    bases = [g for g in sents.get(si, []) if g.start > gr.g.end and g.quantity and _BASE_LABEL.search(label_of(folded, g))]
    if len(bases) != 1 or "\n" in folded[doc.sentences[si - 1].start:doc.sentences[si].start]:
        return
    b = bases[0]
    named = [g for g in sents.get(si - 1, []) if same_unit(g, b) and not _is_ref(folded, g) and not is_sub_period(folded, g)
             and not _is_target(folded, g)]
    if len(named) == 1:
        gr.cur, gr.base, gr.base_how = named[0], b, "上年为…"


_RUNNING_OR_LIST = re.compile(r"以来|累计|至今|以前|之前|共计|分别|依次")
_NO_METRIC = re.compile(r"^(?:今年|全年|当年|本年|年内)(?:共|累计)?(?:实现|完成|达到|为)?$")


def _attach_base_list_nearby(doc, folded: str, sents: dict, by_sent: dict) -> None:
    """…分别达到38,520元和16,840元，分别增长6.5%和8.1%。上年分别为36,170元和15,578元。: a sentence of bases listed
    with 分别 right after the rates belongs to them in order; when the counts or units differ, none is taken."""
    for si, grs in by_sent.items():
        sj = si + 1
        if sj >= len(doc.sentences) or "\n" in folded[doc.sentences[si].start:doc.sentences[sj].start]:
            continue
        rates = [gr for gr in grs if gr.mode in ("pct", "pp") and gr.cur is not None]
        sfigs = sents.get(sj, [])
        if not rates or not sfigs or any(gr.base is not None or gr.change is not None for gr in rates):
            continue
        m = _BASE_SENTENCE.match(folded[doc.sentences[sj].start:sfigs[0].start])
        if not m or not _RESPECTIVELY.search(m.group("name")[-2:]) or (
                m.group("year") and not (doc.year and int(m.group("year")) < doc.year)):
            continue
        chain = _chain(folded, sfigs, sfigs[0], 1)
        if len(chain) != len(rates):
            continue
        if all(same_unit(b, gr.cur) if gr.mode != "pp" else b.kind == gr.cur.kind == "percent" for gr, b in zip(rates, chain)):
            for gr, b in zip(rates, chain):
                gr.base, gr.base_how = b, "上年分别为…"


_LEVEL_TO = re.compile(rf"^(?:今年|全年|当年|本年|年末|年底|目前|现)?(?P<name>[\u4e00-\u9fff]{{2,10}}?)(?:{_UP}|{_DOWN})(?:到|至)$")
_PRIOR_TIME = re.compile(r"年初|上年|去年|(?:19|20)\d\d年(?:末|底)")


def _attach_level_earlier(doc, folded: str, sents: dict, by_sent: dict) -> None:
    """年初…贫困发生率18.7%。…贫困发生率降至11.2%，下降7.5个百分点: a change in points of a level reached (降至/提高到)
    whose start the paragraph states earlier under the same name, in a sentence that names the earlier time
    (年初, 上年, 2015年末); one candidate only."""
    for si, grs in by_sent.items():
        for gr in grs:
            if gr.mode != "pp" or gr.cur is None or gr.base is not None or gr.cur.kind != "percent" or si <= 0:
                continue
            m = _LEVEL_TO.match(label_of(folded, gr.cur))
            if not m:
                continue
            name = m.group("name")
            found = []
            for sj in range(si - 1, max(si - 4, -1), -1):
                if "\n" in folded[doc.sentences[sj].end:doc.sentences[si].start]:
                    break
                for g in sents.get(sj, []):
                    if g.kind == "percent" and _LABEL_VERB.sub("", label_of(folded, g)).endswith(name) \
                            and _PRIOR_TIME.search(folded, doc.sentences[sj].start, g.start) \
                            and not _is_tgt(folded, g) and not _planned(folded, doc, g):
                        found.append(g)
            if len(found) == 1:
                gr.base, gr.base_how = found[0], "上年为…"


def _attach_base_nearby(doc, folded: str, sents: dict, by_sent: dict) -> None:
    """全年实现旅游收入18.6亿元，增长12.7%。上年旅游收入为16.5亿元。: a rate whose base stands alone in the sentence
    before or after, naming the same metric as the current value (旅游收入 in 全年实现旅游收入); one candidate only."""
    for si, grs in by_sent.items():
        for gr in grs:
            if gr.mode not in ("pct", "pp", "abs") or gr.cur is None or gr.base is not None or gr.change is not None:
                continue
            cur_label = item_label(folded, gr.cur)
            # 2004年，全区规模以上工业增加值为20.9亿元。今年实现24.7亿元，增长16.2%: a value that names no metric
            # continues the sentence before, whose prior value is then its base
            bare = bool(_NO_METRIC.match(cur_label))
            core = _LABEL_LEAD.sub("", cur_label)
            found = []
            for sj in (si - 1, si + 1):
                if sj < 0 or sj >= len(doc.sentences):
                    continue
                lo, hi = sorted((doc.sentences[si].start, doc.sentences[sj].start))
                if "\n" in folded[lo:hi]:  # another paragraph
                    continue
                if folded[doc.sentences[sj].start:doc.sentences[sj].start + 1] not in _BASE_SENTENCE_FIRST:
                    continue  # a quick test: a sentence that opens on no period (上年…, 2019年…) states no base
                for g in sents.get(sj, []):
                    m = _BASE_SENTENCE.match(folded[doc.sentences[sj].start:g.start])
                    if m and _RUNNING_OR_LIST.search(m.group("name")):
                        continue  # 2013年以来累计新建学校26所: a running total, no prior-year value; 上年分别为: a list
                    if not m or not (m.group("name") in cur_label or len(core) >= 2 and core in m.group("name")
                                     or bare and sj == si - 1):
                        continue
                    if _other_place(cur_label, m.group(0)):
                        continue  # 全县…16,820元，增长7.5%。2019年，全市…15,960元: another place's value
                    if m.group("year") and not (doc.year and int(m.group("year")) < doc.year):
                        continue
                    fits = same_unit(g, gr.cur) if gr.mode != "pp" else (g.kind == gr.cur.kind == "percent")
                    if fits:
                        found.append(g)
            if len(found) == 1:
                gr.base, gr.base_how = found[0], "上年为…"


def _attach(folded: str, sfigs: list[Fig], grs: list[Growth], year: int | None = None) -> None:
    """Find the current value and the base of each rate in its sentence."""
    used: set[int] = set()
    listed_change: dict[int, Fig] = {}
    lists: list[list[Growth]] = []
    for gr in grs:
        if lists and gr.mode != "abs" and lists[-1][-1].mode != "abs" and (
                _LIST_JOIN.fullmatch(folded, lists[-1][-1].g.end, gr.g.start)
                or (gr.mode == lists[-1][-1].mode and _LIST_JOIN_TURN.fullmatch(folded, lists[-1][-1].g.end, gr.g.start))):
            lists[-1].append(gr)
        else:
            lists.append([gr])
    for group in lists:
        if group[0].mode == "abs":
            _attach_abs(folded, sfigs, group[0], used, year)
            continue
        first = group[0].g
        cs = clause_start(folded, first.start)
        own = folded[cs:first.start].rstrip(" \n")
        # a quantity inside the rate's own clause after 比/较/是上年 is the base (比上年的1,520亿元增长)
        own_figs = [g for g in sfigs if cs <= g.start and g.end <= first.start and g.kind not in ("year", "date", "date_range")]
        inner_base = [g for g in own_figs if (_BASE_LABEL.search(folded[cs:g.start]) or _is_base(folded, g)) and not _is_change(folded, g)]
        subject = _strip_end(_CUE, own)
        for g in own_figs:
            subject = subject.replace(folded[g.start:g.end], "")
        subject = _EMPTY_BRACKETS.sub("", _SUBJECT_STRIP.sub("", subject)).strip()  # 比上年（22.6亿元）下降
        subject_ok = bool(_SUBJECT_OK.match(subject) or len(subject) <= 1)
        if group[0].mode == "pp":
            _attach_pp(folded, sfigs, group[0], cs, subject_ok, inner_base)
            continue
        k = len(group)
        cands = [g for g in sfigs if g.end <= first.start and g.quantity and g not in inner_base and g.start not in used
                 and (not _is_ref(folded, g) or _of_year(folded, g, year)) and not _ratio_whole(folded, g)
                 and not _year_aside(folded, sfigs, g, year)]
        moved_to = cands and k == 1 and clause_end(folded, cands[-1].end) + 1 == cs \
            and _from_value(folded, sfigs, cands[-1], _TO_LEVEL) is not None
        if moved_to:
            # 全年完成农业总产值2.46亿元，农民人均纯收入由上年的6230元增加到6850元，增长10.5%: the level 由…到… moved to,
            # in the clause right before the rate, is what grew, per-capita or not
            cands = cands[-1:]
        elif not _PER_UNIT.search(own):
            # 受理群众诉求486,312件，日均1,332件，同比增长23.6%: a per-day or per-capita value is not what grew
            # (…22.6万吨，比上年增产0.4万吨；农民人均可支配收入18,640元，增长8.3%: past a ； the rate's part of the
            # sentence holds per-capita values only, and one of them is what grew, not a value of the part before)
            lo = cands[0].start if cands else first.start  # (a ； before every candidate changes nothing)
            part = max(folded.rfind("；", lo, first.start), folded.rfind(";", lo, first.start))
            mine = [g for g in cands if g.start > part] if part >= 0 else []
            if not (mine and all(_per_unit(folded, g) for g in mine)):
                cands = [g for g in cands if not _per_unit(folded, g)] or cands
            else:
                cands = mine
        if k == 1 and cands and subject_ok and not own_figs and _other_subject_past(folded, cands[-1].end, cs):
            # 共认定高新技术企业6家，其中新认定2家、复审1家；1-6月份，商标注册申请已完成任务的85.3%，增幅36.2%: past a
            # ；a clause of another metric with a figure of its own is what the bare rate is of, not a value before the ；
            cands = []
        if k == 1 and inner_base and [g for g in cands if same_unit(g, inner_base[-1])]:
            # 集体访46批1,377人次，比上年的57批下降19.3%: the base's unit picks the value
            cands = [g for g in cands if same_unit(g, inner_base[-1])]
        # (the level after the rate is looked for only where it would be taken)
        late = _value_after(folded, sfigs, group[-1].g) if (not cands or not subject_ok) and k == 1 \
            and all(g in inner_base for g in own_figs) else None
        if late is not None:
            # 城镇居民人均可支配收入增长8.1%，达到32,150元，上年为29,741元: the new level in the clause after the rate
            cands = [late]
        elif not subject_ok and not (own_figs and not inner_base):
            # 集体访63批、1,208人次，批次同比下降22.2%: a subject that names a measure word (批次, 件数) picks its count
            unit_word = re.sub(r"(?:同比|环比)$", "", subject)
            by_unit = [c for c in cands if c.exact and unit_word in (c.base_unit + "次", c.base_unit + "数")]
            # 发生火灾412起，直接财产损失386.5万元，火灾起数比上年减少8.0%: a subject naming both the thing and its
            # measure word (火灾 + 起数) picks the one count it names, wherever it stands in the sentence
            by_name = [c for c in cands if c.exact and len(unit_word) > 2 and unit_word.endswith((c.base_unit + "数", c.base_unit + "次"))
                       and _names(unit_word[:-len(c.base_unit) - 1], [item_label(folded, c)])]
            # 代表共提出建议200件，其中…14件，建议数量比上年的176件增长13.6% / 查出问题金额3.46亿元，其中…2.64亿元；查出问题
            # 金额比上年…: the subject, without its measure word, named in the label of one value only
            core = _MEASURE_TAIL.sub("", unit_word)
            by_label = [c for c in cands if len(core) >= 2 and core in item_label(folded, c)] if k == 1 else []
            if len(by_label) > 1:
                # 接待游客312万人次，其中过夜游客96万人次…，游客数量…: the total, not a part after 其中
                by_label = [c for c in by_label if "其中" not in folded[clause_start(folded, c.start):c.start]]
            if not by_label and k == 1 and len(core) >= 4:
                # 受理…起诉案件231件，提起公诉209件，公诉案件数比上年…: the subject's head noun left out, its act the end of
                # one label only (提起公诉), not a label sharing the head noun (起诉案件)
                by_label = [c for c in cands if item_label(folded, c).endswith(core[:-2])]
                by_label = by_label if len(by_label) == 1 else []
            if not by_label and k == 1 and len(core) >= 3:
                # 审结案件数 of 审结各类案件: the one label sharing most words with the subject (two at least, its head
                # noun among them: 基金支出 is not 基金收入)
                score = sorted(((len(_bigrams(core) & _bigrams(item_label(folded, c))), i) for i, c in enumerate(cands)
                                if _head_in(item_label(folded, c), core)), reverse=True)
                if score and score[0][0] >= 2 and (len(score) == 1 or score[1][0] < score[0][0]):
                    by_label = [cands[score[0][1]]]
            if len(by_label) == 1:
                cands = by_label
            elif k == 1 and len(by_unit) == 1:
                cands = by_unit
            elif k == 1 and len(by_name) == 1:
                cands = by_name
            # 事故起数和死亡人数分别下降…: a subject of its own must name the values before it
            elif not (cands and _names(subject, [item_label(folded, c) for c in cands[-k:]])):
                continue
        if own_figs and not inner_base:
            cands = [g for g in own_figs if g.quantity and not _is_change(folded, g)][-k:] or cands
        if k > 1 and _RESPECTIVELY.search(own):
            # 事故3起、死亡2人，同比分别减少2起、1人（上年同期为5起、3人），分别下降40.0%和33.3%: the rates follow the list
            # of the levels, not the list of the changes (a level may carry its change and its rate both)
            changes = {a.g.start for a in grs if a.mode == "abs" and a.g.end <= first.start}
            if changes:
                for g in sfigs:
                    if g.end <= first.start and any(folded[c.end:g.start] in ("、", "和", "及") for c in sfigs if c.start in changes):
                        changes.add(g.start)
                levels = [g for g in sfigs if g.end <= first.start and g.quantity and g.start not in changes
                          and not _is_ref(folded, g) and not _ratio_whole(folded, g) and not _per_unit(folded, g)]
                if len(levels) >= k and len({c.base_unit for c in levels[-k:]}) == k:
                    cands = levels
                    # (…分别减少14起、10.3万元: the changes listed, in the order of the levels, give each rate its base)
                    listed = [g for g in sfigs if g.start in changes]
                    if len(listed) == k and all(same_unit(c, lv) for c, lv in zip(listed, levels[-k:])):
                        for gr, c in zip(group, listed):
                            listed_change[gr.g.start] = c
        curs = cands[-k:] if len(cands) >= k else []
        if k > 1 and curs and len({c.base_unit for c in curs}) != len(curs) and len(curs) != k:
            curs = []
        for gr, cur in zip(group, curs):
            if cur.end <= first.start and _scope_mismatch(folded, folded[max(cs, cur.end):first.start], cur):
                continue  # 全县地区生产总值128.6亿元，人均地区生产总值增长7.5%: the rate is of another scope
            gr.cur = cur
            used.add(cur.start)
        if k > 1 and all(gr.cur is not None for gr in group) and _RESPECTIVELY.search(own):
            # 分别由每人每月680元、560元提高到720元、610元，分别增长5.9%和8.9%: the levels risen from, listed in the
            # order of the levels reached
            frm = _respective_from(folded, sfigs, [gr.cur for gr in group])
            if frm is not None:
                for gr, b in zip(group, frm):
                    gr.base, gr.base_how = b, "由…到…"
                continue
        cur0 = group[0].cur
        if k == 1 and cur0 is not None:
            # 由上年的5,518万元增加到6,380万元，同比增长15.6%
            frm = _from_value(folded, sfigs, cur0, _TO_LEVEL)
            if frm is not None:
                group[0].base, group[0].base_how = frm, "由…到…"
                _years(folded, group[0], year)
                continue
        if inner_base and k == 1 and group[0].cur is not None and (same_unit(inner_base[-1], group[0].cur)
                                                                   or _unit_shorthand(inner_base[-1], group[0].cur)):
            # 共承办提案186件，其中集体提案42件、委员提案144件，比上年的172件增长8.1%: a comparison in a clause of its own
            # right after a 其中 list of parts is the total's (as a change there is: _total_before_parts)
            cur0 = group[0].cur
            # (委员提案比上年的130件增长10.8%: a clause naming its metric before the comparison is that part's)
            named = not re.match(r"(?:同比|比|较|与|相比)", folded[clause_start(folded, first.start):])
            total = _total_before_parts(folded, sfigs, cur0, first) if cur0.sent == first.sent and not named else None
            if total is not None and sum(1 for g in sfigs if clause_start(folded, g.start) == clause_start(folded, cur0.start)
                                         and same_unit(g, cur0)) >= 2:
                group[0].cur = total
            group[0].base, group[0].base_how = inner_base[-1], "比上年的…"
            continue
        if k > 1 and len(inner_base) == k and all(gr.cur is not None and same_unit(b, gr.cur) for gr, b in zip(group, inner_base)):
            # 发生事故46起、死亡38人，比上年的56起、45人分别下降17.9%和15.6%: last year's values listed inside the rates'
            # clause, in the order of the rates
            for gr, b in zip(group, inner_base):
                gr.base, gr.base_how = b, "比上年的…"
            continue
        # 上年为5,518万元 / （上年为138.5亿元） / 上年分别为1,220.2万人次和112.3亿元
        last = group[-1].g
        after = [g for g in sfigs if g.start > last.end and g.quantity]
        bases = [g for g in after if _BASE_LABEL.search(label_of(folded, g)) and _BASE_VERB.search(label_of(folded, g))
                 or _named_base(folded, g, group[-1].cur) or "环比" in own and _period_before(folded, g, group[-1].cur)]
        bases = [b for b in bases if not _base_of_other(folded, b, group[-1].cur)]
        # 同比增长62.8%，恢复到2019年的118.6%（2019年为2,096.4万人次）: a value dated to a year that is neither the year
        # before the one reviewed nor named in the rate's own clause is the base of another comparison
        if year and bases:
            bases = [b for b in bases if not ((y := _YEAR_IN.match(label_of(folded, b))) and int(y.group(0)[:4]) != year - 1
                                              and y.group(0) not in own)]
        # …but not one that follows another value of its unit (营业收入52.68亿元，增长14.7%；利润总额3.18亿元，上年为2.96亿元):
        # that value is the one it is the base of
        bases = [b for b in bases if not any(same_unit(x, b) and not _is_ref(folded, x) and x is not group[-1].cur
                                             for x in after if x.end <= b.start)]
        # …or stated between the value and the rate (比上年的25.83亿元增加2.63亿元，增长10.2%; 上年分别为9起、7人，…分别下降)
        lo = min((gr.cur.start for gr in group if gr.cur is not None), default=first.start)
        bases += [g for g in sfigs if lo < g.start and g.end <= first.start and g.quantity and (
            _is_base(folded, g) and not _of_year(folded, g, year) or _year_aside(folded, sfigs, g, year))]
        for gr in group:
            if gr.cur is None:
                continue
            for b in bases:
                if same_unit(b, gr.cur) and b.start not in used:
                    gr.base, gr.base_how = b, "上年为…"
                    used.add(b.start)
                    break
        for gr in group:
            if gr.mode == "pct" and gr.cur is not None and gr.base is None:
                # 粮食总产量21.84万吨，比上年增加0.62万吨，增长2.9%: the change stated between the value and its rate
                ch = [a.g for a in grs if a.mode == "abs" and a.down == gr.down and gr.cur.end <= a.g.start
                      and a.g.end <= gr.g.start and same_unit(a.g, gr.cur)]
                if not ch and _LEVEL_AFTER.fullmatch(label_of(folded, gr.cur)):
                    # 规上企业增加14家，达到126家，增长12.5%: the change, then the level it reached, then the rate
                    ch = [a.g for a in grs if a.mode == "abs" and a.down == gr.down and a.g.end <= gr.cur.start
                          and clause_end(folded, a.g.end) + 1 == clause_start(folded, gr.cur.start) and same_unit(a.g, gr.cur)]
                if not ch and gr.g.start in listed_change:
                    ch = [listed_change[gr.g.start]]
                if len(ch) == 1:
                    gr.change, gr.base_how = ch[0], "current − change"
        if k == 1 and group[0].cur is not None and group[0].base is None and inner_base and group[0].mode in ("times", "grow_times"):
            b = inner_base[-1]
            if same_unit(b, group[0].cur):
                group[0].base, group[0].base_how = b, "是上年…的"
        gr = group[0]
        if k == 1 and gr.mode == "pct" and gr.cur is not None and gr.base is None and gr.change is None and year \
                and gr.cur.sent == gr.g.sent and _of_year(folded, gr.cur, year, lead=True):
            # 2019年受理投诉1,500件；2020年受理1,200件，同比下降20%: the year before, named as such earlier in the sentence
            prior = [g for g in sfigs if g.end <= gr.cur.start and same_unit(g, gr.cur) and g.start not in used
                     and _of_year(folded, g, year - 1, lead=True, prior=True)]
            if len(prior) == 1:
                gr.base, gr.base_how = prior[0], "上年为…"
        elif k == 1 and gr.mode == "pct" and gr.cur is not None and gr.base is None and gr.change is None and year \
                and gr.cur.sent == gr.g.sent and _of_year(folded, gr.cur, year - 1, lead=True, prior=True):
            # 2024年招生4386人，2023年招生4120人，招生人数增长6.5%: the value nearest the rate is the year before's
            now = [g for g in sfigs if g.end <= gr.cur.start and same_unit(g, gr.cur) and g.start not in used
                   and _of_year(folded, g, year, lead=True)]
            if len(now) == 1:
                gr.cur, gr.base, gr.base_how = now[0], gr.cur, "上年为…"
    for gr in grs:
        if gr.mode == "pct" and gr.cur is not None and gr.base is None and gr.change is None:
            # 收入24.6亿元，同比增长14.2%，比上年的21.9亿元增加2.7亿元: the base comes with the change stated after the
            # rate, of the same value and the same direction
            via = [a.base for a in grs if a.mode == "abs" and a.cur is gr.cur and a.base is not None and a.down == gr.down
                   and a.g.start > gr.g.end and a.base.start > gr.g.end]
            if len(via) == 1:
                gr.base, gr.base_how = via[0], "上年为…"
                continue
            # 收入15,600万元，同比增长8.33%，增收1,200万元: the change of the same value in the clause right after the rate
            nxt = clause_end(folded, gr.g.end) + 1
            ch = [a.g for a in grs if a.mode == "abs" and a.cur is gr.cur and a.down == gr.down and a.base is None
                  and clause_start(folded, a.g.start) == nxt and same_unit(a.g, gr.cur)]
            if len(ch) == 1:
                gr.change, gr.base_how = ch[0], "current − change"
    _pair_base_lists(folded, sfigs, grs)


# 12月份立案3418件，环比上升6.8%（11月份为3256件） / 三季度…，环比增长（二季度为…）: the month or quarter before
_PERIOD_OF = re.compile(r"(?:^|[（(，,；;。\n])(?:(?P<m>1[0-2]|[1-9])月份?|(?P<q>[一二三四1-4])季度)")
_PERIOD_IS = re.compile(r"^[（(]?(?:(?P<m>1[0-2]|[1-9])月份?|(?:第)?(?P<q>[一二三四1-4])季度)(?:末|底)?"
                        r"(?:为|是|(?P<verb>[\u4e00-\u9fff]{2,6}))$")
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _period_before(folded: str, b: Fig, cur: Fig | None) -> bool:
    """Is b (（11月份为3256件）) the value of the month or quarter right before the one cur opens its clause on,
    the base of a 环比 rate?"""
    if cur is None or not b.quantity:
        return False
    m = _PERIOD_IS.match(label_of(folded, b))
    if not m or m.group("verb") and m.group("verb") not in item_label(folded, cur):
        return False  # (8月份受理117件 after 9月份受理案件126件: the same work named again)
    c = _PERIOD_OF.match(folded, max(0, clause_start(folded, cur.start) - 1)) if clause_start(folded, cur.start) > 0 \
        else _PERIOD_OF.match("，" + folded[:cur.start])
    if not c or c.end() > cur.start:
        return False
    if m.group("m") and c.group("m"):
        return int(m.group("m")) % 12 + 1 == int(c.group("m"))
    if m.group("q") and c.group("q"):
        return _QUARTER[m.group("q")] % 4 + 1 == _QUARTER[c.group("q")]
    return False


def _of_year(folded: str, g: Fig, year: int | None, lead: bool = False, prior: bool = False) -> bool:
    """Is g named as the value of that year (2020年末为51万人)? With lead=True: does its clause open on that year
    (2019年全市地区生产总值为420亿元), on 上年 / 去年 when year is before the report's, on 今年 / 本年 when it is its own?"""
    if not year:
        return False
    rx, lab = _year_label(year, lead, prior), label_of(folded, g)
    return bool(rx.match(lab) if lead else rx.fullmatch(lab))


@functools.lru_cache(maxsize=64)
def _year_label(year: int, lead: bool, prior: bool) -> re.Pattern:
    """The pattern _of_year matches a label against (compiled once per year and wording)."""
    if not lead:
        return re.compile(rf"{year}年(?:末|底)?(?:为|是)")
    words = "上年|去年|上一年" if prior else "今年|本年"
    return re.compile(rf"(?:{year}年|{words})(?!以来|以前|之前|同期)")


def _pair_base_lists(folded: str, sfigs: list[Fig], grs: list[Growth]) -> None:
    """…同比增长14.2%；审结11,327件，同比增长12.8%（2013年分别为10,934件、10,042件）: a list of bases after several
    rates belongs to them in order; when the counts differ, none of its bases is taken."""
    def fits(a: Fig, b: Fig) -> bool:
        return same_unit(a, b) or a.kind == b.kind == "percent"

    if not sfigs or not _RESPECTIVELY.search(folded, clause_start(folded, sfigs[0].start, CLAUSE_SEP + "（("), sfigs[-1].start):
        return  # a quick test: no list of bases in the sentence
    seen: set[int] = set()
    for b0 in sfigs:
        lab = label_of(folded, b0)
        if b0.start in seen or not _RESPECTIVELY.search(lab) or not _BASE_LABEL.search(lab):
            continue
        chain = _chain(folded, sfigs, b0, 1)
        seen.update(b.start for b in chain)
        rates = [gr for gr in grs if gr.g.end <= b0.start and gr.cur is not None and gr.cur.end <= b0.start
                 and gr.mode in ("pct", "pp", "abs") and any(fits(gr.cur, b) for b in chain)]
        if len(chain) < 2 or not rates:
            continue
        if len(rates) != len(chain):
            for gr in rates:
                if gr.base in chain:
                    gr.base, gr.base_how = None, ""
            continue
        for gr, b in zip(rates, chain):
            if fits(gr.cur, b) and gr.change is None:
                gr.base, gr.base_how = b, "上年分别为…"


# 上年为… / 上年分别为…和… / 上年为9起、…: the verb that closes a base's label
_BASE_VERB = re.compile(r"(?:为|是|分别为|分别是|：|:)$|(?:为|是)[^，；]*[、和]$")
# 增长8.1%，达到32,150元 / 是上年的1.2倍，达6.0亿元: the clause after the rate opens with the new level
_LEVEL_AFTER = re.compile(r"(?:总量|总额|规模|总数)?(?:达到了?|达|为|增至|升至|增加到|提高到|上升到|降至|下降到|减少到|回落到|回落至)")


def _from_value(folded: str, sfigs: list[Fig], cur: Fig, to: re.Pattern) -> Fig | None:
    """由上年的5,518万元增加到6,380万元 → 5,518万元: when the value's clause reaches it with a verb and 到/至 (to), the
    last value of its unit after 由/从 in that clause (…增至2002年的2.35亿元: the year may stand between 至 and it)."""
    ccs = clause_start(folded, cur.start)
    if not to.search(folded, ccs, cur.start):
        return None
    frm = [g for g in sfigs if ccs <= g.start and g.end <= cur.start and same_unit(g, cur) and _FROM.search(folded, ccs, g.start)]
    return frm[-1] if frm else None


def _respective_from(folded: str, sfigs: list[Fig], curs: list[Fig]) -> list[Fig] | None:
    """分别由680元、560元提高到720元、610元: the k levels after 由 joined by 、/和, then a verb and 到/至, then the k
    levels reached (curs, in one clause, joined the same way) → the levels risen from, in order; else None."""
    ccs = clause_start(folded, curs[0].start)
    if clause_start(folded, curs[-1].start) != ccs or not all(
            _LIST_JOIN.fullmatch(folded, a.end, b.start) for a, b in zip(curs, curs[1:])):
        return None
    before = [g for g in sfigs if ccs <= g.start and g.end <= curs[0].start]
    frm = before[-len(curs):]
    if len(frm) != len(curs) or not all(same_unit(a, b) for a, b in zip(frm, curs)) \
            or not _FROM.search(folded, ccs, frm[0].start) \
            or not all(_LIST_JOIN.fullmatch(folded, a.end, b.start) for a, b in zip(frm, frm[1:])) \
            or not _TO_LEVEL.search(folded, frm[-1].end, curs[0].start):
        return None
    return frm


def _value_after(folded: str, sfigs: list[Fig], g: Fig) -> Fig | None:
    """A rate closing its clause, with the clause after it opening on the new level → that level."""
    ce = clause_end(folded, g.end)
    if folded[g.end:ce].strip() or folded[ce:ce + 1] not in "，,":
        return None
    nxt = next((f for f in sfigs if f.start > ce), None)
    if nxt is None or not nxt.quantity or not _LEVEL_AFTER.fullmatch(folded[ce + 1:nxt.start]):
        return None
    return nxt


_PERIOD_WORDS = re.compile(r"上年同期|去年同期|上年末|上年底|去年末|去年底|上一年度|上年度|上一年|上年|去年|同期|年初|(?:19|20)\d\d年(?:末|底)?"
                           r"|上一?季度|上个?月"
                           r"|分别为|分别是|为|是|的|：|:|（|\(")


_ACTUAL_NAME = re.compile(r"(?:实际(?:完成|决算|执行|实现)?|完成|决算|执行|实现)(?:数|额)?$")


def _base_of_other(folded: str, b: Fig, cur: Fig | None) -> bool:
    """其中网上信访上年为380件: a base whose own clause names a part (其中) or a subject the current value's label does
    not share a word with."""
    lab = label_of(folded, b)
    if "其中" in lab:
        return True
    if re.search(r"分别|依次|[\d、和]", lab):
        return False  # 上年分别为1,220.2万人次和112.3亿元: a list of bases, paired by order elsewhere
    rest = _PERIOD_WORDS.sub("", lab)
    rest = re.sub(r"^(?:比|较)?(?:全县|全市|全区|全镇|全省|全年|当年)?", "", rest)
    # 比上年决算数 / 较去年实际完成: the base named as the actual or final figure of the same thing
    rest = _ACTUAL_NAME.sub("", rest)
    if len(rest) < 2 or cur is None:
        return False
    cur_lab = item_label(folded, cur).lstrip("、") or label_of(folded, cur)  # 1.12万笔、43.65亿元: the item's label
    return rest not in cur_lab and not (_bigrams(rest) & _bigrams(cur_lab))


_BASE_BARE = re.compile(r"^(?:上年|去年|上一年|(?:19|20)\d\d年)(?:同期)?(?P<name>[\u4e00-\u9fff]{0,10})$")


def _named_base(folded: str, b: Fig, cur: Fig | None) -> bool:
    """去年同期1,205件 / 上年同期接待游客80万人次: a prior value whose clause is only the period and, if anything, the
    words of the current value's own label."""
    m = _BASE_BARE.match(label_of(folded, b))
    if not m or cur is None:
        return False
    name = m.group("name")
    # 发放贷款1.12万笔、43.65亿元，…（上年发放47.80亿元）: a second measure of a listed item is named by the item's label
    own = item_label(folded, cur).lstrip("、") or label_of(folded, cur)
    return not name or (len(name) >= 2 and name in own)


_YEAR_IN = re.compile(r"(?:19|20)\d\d年")


def _shared_years(folded: str, by_sent: dict) -> None:
    """…由2015年的824.8亿元增加到1203.0亿元，年均增长7.8%；一般公共预算收入由78.05亿元增加到99.52亿元，年均增长5.0%:
    parallel items of one sentence, the later ones rising from a bare 由, share the span of years of the first."""
    for grs in by_sent.values():
        cagr = [gr for gr in grs if gr.mode == "cagr" and gr.base is not None and gr.cur is not None]
        if len(cagr) < 2 or not cagr[0].years:
            continue
        for gr in cagr[1:]:
            if gr.years or not label_of(folded, gr.base).endswith("由") or _YEAR_IN.search(folded, gr.base.start, gr.g.start):
                continue
            gr.years = cagr[0].years


def _years(folded: str, gr: Growth, year: int | None) -> None:
    """年均增长 from 2020年末的A to B: the number of years between the base and the current value."""
    if gr.mode != "cagr" or gr.base is None:
        return
    y0 = re.findall(r"((?:19|20)\d\d)年", label_of(folded, gr.base))
    y1 = re.findall(r"((?:19|20)\d\d)年", folded[gr.base.end:gr.cur.start])
    end = int(y1[-1]) if y1 else year
    if y0 and not y1:
        # 由2000年的171.7亿元增加到425.7亿元，年均增长19.9%，比“十五”计划目标…: a five-year plan its paragraph names (and
        # no other) ends the span (a report delivered in 2006 reviews the plan that closed with 2005)
        lo = max(folded.rfind("\n", 0, gr.base.start), 0)
        hi = folded.find("\n", gr.g.end)
        plans = {_PLAN_SPAN[p] for p in _PLAN_NAME.findall(folded, lo, hi if hi > 0 else len(folded))}
        if len(plans) == 1 and int(y0[-1]) < min(plans) <= (end or min(plans)):
            end = min(plans)
    if y0 and end and end > int(y0[-1]):
        gr.years = end - int(y0[-1])
    if y0 and not y1:
        # “十一五”前四年，…由2005年的A增加到B: the span the text states counts, not the report's year
        lo = max(folded.rfind("。", 0, gr.base.start), gr.base.start - 60, 0)
        m = None
        for m in _SPAN_STATED.finditer(folded, lo, gr.base.start):
            pass
        if m is not None:
            gr.years = _CN_NUM[m.group(1) or m.group(2)]


_PLAN_NAME = re.compile(r"(?<![十一二三四])(十[一二三四]?五)(?:规划|计划|期间|时期|”)")
_CN_NUM = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
           "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10}
_SPAN_STATED = re.compile(r"(?:前|近|过去)([两二三四五六七八九十]|10|[2-9])年(?!度)|(?<![\d.])([两二三四五六七八九十]|10|[2-9])年(?:来|间)")


def _attach_pp(folded: str, sfigs: list[Fig], gr: Growth, cs: int, subject_ok: bool, inner_base: list[Fig]) -> None:
    """A change in percentage points: 由31.6%提高到32.4% / 准确率为87.6%，比上年提高1.3个百分点（上年为86.3%）."""
    first = gr.g
    cands = [g for g in sfigs if g.end <= first.start and g.kind == "percent"]
    if cands and _TO_PCT.search(folded, clause_start(folded, cands[-1].start), cands[-1].start):
        gr.cur = cands[-1]
        frm = [g for g in cands[:-1] if _FROM.search(folded, clause_start(folded, g.start), g.start)]
        if frm:
            gr.base, gr.base_how = frm[-1], "由…到…"
        else:
            # 药占比降至31.6%，较上年下降2.4个百分点（2014年为33.0%）: the level it moved to, the base after the rate
            # (a level of another place the same period, 同期全县…为9.8%, is a benchmark, not the base)
            after = [b for b in _pct_bases_after(folded, sfigs, gr.g, cands[-1])
                     if _OWN_PRIOR.search(label_of(folded, b)) and not _OTHER_PLACE.search(label_of(folded, b))]
            if after:
                gr.base, gr.base_how = after[0], "上年为…"
        return
    if len(cands) >= 2 and cands[-1] in inner_base:
        # 森林覆盖率达到46.3%，林木绿化率48.1%，森林覆盖率比上年的45.6%提高0.7个百分点: the rate's clause names its
        # metric; the level of the sentence named so, not the nearest, is what moved (执行率 of 预算执行率98.2% too)
        subject = re.split(r"比|较|与|同比", folded[cs:cands[-1].start])[0]
        named = _level_named(folded, [g for g in cands[:-1] if not _is_ref(folded, g)], subject)
        if named is _TIE:
            return  # (常住人口城镇化率…，户籍人口城镇化率…，城镇化率比上年…: the name fits both, which one moved is not said)
        if named is not None:
            gr.cur, gr.base, gr.base_how = named, cands[-1], "比上年的…"
            return
        if _is_ref(folded, cands[-2]):
            return
        # 比重为18.6%，比上年的16.3%提高2.3个百分点: the base inside the rate's clause, the value just before it
        prev_cs = clause_start(folded, cs - 1) if cs > 0 else cs
        if cands[-2].start >= prev_cs:
            gr.cur, gr.base, gr.base_how = cands[-2], cands[-1], "比上年的…"
        return
    if not subject_ok or not cands:
        return
    cur = cands[-1]
    prev_cs = clause_start(folded, cs - 1) if cs > 0 else cs
    if cur.start < prev_cs or cur in inner_base or _cue(folded, clause_start(folded, cur.start), cur.start) or _is_ref(folded, cur):
        return
    gr.cur = cur
    pcts = [b for b in inner_base if b.kind == "percent"] + _pct_bases_after(folded, sfigs, first, cur)
    if pcts:
        gr.base, gr.base_how = pcts[0], "上年为…"


_TIE = object()  # (_level_named: the name fits two levels equally)


def _level_named(folded: str, cands: list[Fig], subject: str):
    """The one level among cands whose name the subject names, every character of the one in the other (城镇化率 for
    常住人口城镇化率, not 户籍人口城镇化率; 预算执行率 for 执行率), the most shared winning; None when none, _TIE when two
    tie."""
    want = {c for c in _NAME_SCOPE.sub("", subject) if "\u4e00" <= c <= "\u9fff"}
    if len(want) < 2:
        return None
    scored = []
    for g in cands:
        have = {c for c in _NAME_SCOPE.sub("", _metric_name(folded, g)) if "\u4e00" <= c <= "\u9fff"}
        if len(have) >= 2 and (have <= want or want <= have):
            scored.append((len(have & want), g))
    if not scored:
        return None
    best = max(k for k, _ in scored)
    top = [g for k, g in scored if k == best]
    return top[0] if len(top) == 1 else _TIE


_OWN_PRIOR = re.compile(r"上年|去年|上一年|(?:19|20)\d\d年")
_OTHER_PLACE = re.compile(r"全[国省市县区镇]|平均|同期")


def _pct_bases_after(folded: str, sfigs: list[Fig], first: Fig, cur: Fig) -> list[Fig]:
    """The prior-year levels stated after a change in points (上年为86.3% / （2014年为33.0%）), but not a base that
    follows another level of the kind after the rate (其中户籍人口城镇化率为40.1%，上年为38.9%)."""
    return [g for g in sfigs if g.start > first.end and g.kind == "percent"
            and (is_base(folded, g) or _BASE_LABEL.search(label_of(folded, g)) and re.search(r"(?:为|是)$", label_of(folded, g))
                 or _named_base(folded, g, cur))
            and not any(x.kind == "percent" and first.end < x.start and x.end <= g.start and not _is_ref(folded, x)
                        for x in sfigs)]


_NEW_ENTRIES = re.compile(r"新增|新办|新建|新发|新登记|新认定|当年|今年|本年|全年")


# 比上年净增312家 / 较去年增加: a change on the year before, named so
_ON_PRIOR_YEAR = re.compile(r"(?:比|较|同)(?:上年|去年|上一年)(?!末|底|同期)")
_YEAR_NAMED = re.compile(r"((?:19|20)\d\d)年")


def _other_year_base(folded: str, f: Fig, b: Fig, year: int | None) -> bool:
    """…比上年净增312家；较2020年的643家实现翻一番: a base named by a year that is not the one before the report's
    (or, the report's year unknown, by any year) is no base of a change on 上年."""
    if not _ON_PRIOR_YEAR.search(label_of(folded, f)):
        return False
    m = _YEAR_NAMED.search(folded, clause_start(folded, b.start), b.start)
    return bool(m) and not (year and int(m.group(1)) == year - 1)


def _attach_abs(folded: str, sfigs: list[Fig], gr: Growth, used: set[int], year: int | None = None) -> None:
    """比上年多180万元 / 比上年的25.83亿元增加2.63亿元 / 较2010年提高0.18平方米: the current value and the base."""
    f = gr.g
    cands = [g for g in sfigs if g.end <= f.start and same_unit(g, f) and not _is_ref(folded, g) and not _is_base(folded, g)
             and not _share_whole(folded, g)]
    if re.search(r"(?:比|较)(?:上年|去年)(?:末|底)", label_of(folded, f)):
        # 总数达到12,846人，其中当年新办证1,127人，比上年末净增968人: a change on last year-end is of a stock, not
        # of this year's new entries
        cands = [g for g in cands if not _NEW_ENTRIES.search(item_label(folded, g))] or cands
    subject = re.split(r"比|较|同比", label_of(folded, f))[0]
    named = [g for g in cands if _names(subject, [item_label(folded, g)])] if len(subject) >= 2 else []
    if not named and len(cands) > 1:
        # 该项目得分86.5分，其中…效益20分，较2015年度评价得分81.2分提高4.3分: the base names the metric compared; the
        # value whose label shares a word with that name, not a part after 其中
        inline = [g for g in sfigs if g.end <= f.start and same_unit(g, f) and _is_base(folded, g)]
        metric = _BASE_LEAD.sub("", label_of(folded, inline[-1])) if inline else ""
        words = _bigrams(metric) - _COMMON_WORDS
        if len(metric) >= 2 and words:
            named = [g for g in cands if words & _bigrams(item_label(folded, g))
                     and "其中" not in folded[clause_start(folded, g.start):g.start]]
    if named or cands:
        gr.cur = (named or cands)[-1]
    if gr.cur is None:
        return
    bases = [g for g in sfigs if g is not f and g is not gr.cur and same_unit(g, f) and _is_base(folded, g)
             and not _base_of_other(folded, g, gr.cur) and not _other_year_base(folded, f, g, year)
             # 比上年多120件，其中来访批次380件，上年为350件: a base after another value of the unit is that value's
             and not any(same_unit(x, f) and f.end <= x.start and x.end <= g.start and not _is_ref(folded, x) for x in sfigs)]
    # 存款余额1286.4亿元，…（年初为1168.2亿元）；贷款余额862.6亿元，比年初增加96.4亿元: a base before the current value
    # that follows another value of the unit is that value's
    before = [g for g in bases if g.end <= f.start and not (
        g.end <= gr.cur.start and any(same_unit(x, f) and x.end <= g.start and not _is_ref(folded, x) for x in sfigs))]
    bases = before + [g for g in bases if g.end > f.start]
    if before or bases:
        gr.base, gr.base_how = (before[-1] if before else bases[0]), "上年为…"
    elif gr.cur.end <= f.start and (frm := _from_value(folded, sfigs, gr.cur, _TO_LEVEL)) is not None:
        # 由上年的8.6天缩短至8.1天，缩短了0.5天: the level it moved from, in the current value's own clause
        gr.base, gr.base_how = frm, "由…到…"


# 较2015年度评价得分 / 比上年的: the words before a base's metric
_BASE_LEAD = re.compile(r"^.*?(?:比|较|与)?(?:上年|去年|上一年|(?:19|20)\d\d年)度?(?:同期)?的?")
_COMMON_WORDS = frozenset(("全年", "年度", "今年", "当年", "上年", "去年", "同期", "完成", "实现", "达到"))
_SHARE_OF = re.compile(r"占[^，,；;。\d%]{0,8}$")
_YEAR_ASIDE = re.compile(r"[（(]((?:19|20)\d\d)年(?:同期|全年)?(?:为|是)$")


def _year_aside(folded: str, sfigs: list[Fig], g: Fig, year: int | None) -> bool:
    """利税118.5亿元（2013年为106.3亿元）: a value of an earlier year in a bracket right after a value of its unit is
    that value's base (whatever year the report is known to be of), never the current value."""
    if folded[g.start - 1:g.start] not in ("为", "是", "\n"):
        return False  # a quick test: the pattern ends on 为/是 right before the value ($ may also stand before a \n)
    m = _YEAR_ASIDE.search(folded, max(0, g.start - 10), g.start)
    if not m or (year and int(m.group(1)) > year):
        return False
    return any(x.end == m.start() and same_unit(x, g) for x in sfigs)
_RATIO_LEAD = re.compile(r"(?:为|是|占|相当于)")
_OF_PCT = re.compile(r"的\d")


def _ratio_whole(folded: str, g: Fig) -> bool:
    """支出2,391.08万元，为年初预算2,250.00万元的106.3%: the value another is a share of (为…X的Y%), not one that grew."""
    return folded.startswith("的", g.end) and bool(_OF_PCT.match(folded, g.end) and _RATIO_LEAD.match(label_of(folded, g)))


def _share_whole(folded: str, g: Fig) -> bool:
    """占全年366天的79.0%: the whole a share is taken of (占…X的), not a value of the period."""
    return folded[g.end:g.end + 1] == "的" and bool(_SHARE_OF.search(label_of(folded, g)))


_HUNDREDTH = Decimal("0.01")
_QUANTUM: dict[int, Decimal] = {}


def _quantum(decimals: int) -> Decimal:
    """10^-decimals, made once per number of decimals."""
    q = _QUANTUM.get(decimals)
    if q is None:
        q = _QUANTUM[decimals] = Decimal(1).scaleb(-decimals)
    return q


def _fmt_outward(iv: Interval, decimals: int, unit: str = "") -> str:
    """intervals.fmt_outward (the same text for a bounded interval, the only kind its callers pass), with the quantum made
    once."""
    q = _quantum(decimals)
    return f"[{format(iv.low.quantize(q, rounding=ROUND_FLOOR), 'f')}, {format(iv.high.quantize(q, rounding=ROUND_CEILING), 'f')}]{unit}"


def _fmt_nearest(iv: Interval, decimals: int, unit: str = "") -> str:
    """intervals.fmt_nearest (the same text), with the quantum made once."""
    q = _quantum(decimals)
    return (f"[{format(iv.low.quantize(q, rounding=ROUND_HALF_EVEN), 'f')}, "
            f"{format(iv.high.quantize(q, rounding=ROUND_HALF_EVEN), 'f')}]{unit}")


def _stated_bases(folded: str, sfigs: list[Fig], g: Fig, cs: int) -> list[Fig]:
    """The amounts of a rate's sentence its words mark as last period's: in the rate's clause before it (比上年的3,967万元
    增长8.0%), or after it named as such (同比增长5.3%，上年同口径为45.93亿元)."""
    return [x for x in sfigs if x.quantity and x is not g and (
        x.end <= g.start and _BASE_LABEL.search(folded[cs:x.start])
        or x.start > g.end and _BASE_LABEL.search(label_of(folded, x)) and re.search(r"(?:为|是)$", label_of(folded, x)))]


def _base_in_clause(doc, folded: str, figs: list[Fig], g: Fig) -> Fig | None:
    """The one amount of a rate's sentence that its words mark as last period's (_stated_bases), else None."""
    if g.sent < 0:
        return None
    found = _stated_bases(folded, figs_by_sentence(doc, figs).get(g.sent, []), g, clause_start(folded, g.start))
    return found[0] if len(found) == 1 else None


_CHANGE_CLAUSE = re.compile(r"(?:比上年|较上年|比去年|较去年|同比|与上年相比)?(?P<dir>增加|增收|增支|多|减少|减收|减支|少)了?$")


def _change_before(folded: str, figs: list[Fig], g: Fig, base: Fig, down: bool) -> Fig | None:
    """比上年增加1026.18万元，增长26.8%（上年为4207.31万元）: the bare change in the clause right before the rate, in
    its base's unit and the rate's direction."""
    cs = clause_start(folded, g.start)
    if DIGIT_OR_PCT.search(folded, cs, g.start):
        return None
    if not base.norm or (iv := base.norm_interval()).low is None or iv.low <= 0:
        return None  # (a base of 0: no rate to take of it)
    for f in figs:
        if f.sent == g.sent and f.end <= cs and f.quantity and same_unit(f, base) and clause_end(folded, f.end) + 1 == cs:
            fcs = clause_start(folded, f.start)
            lead = folded[fcs:f.start]
            if fcs <= base.start and base.end <= f.start:
                lead = folded[fcs:base.start] + folded[base.end:f.start]  # (与上年的61.35万元相比减少: the base's own digits)
            m = _CHANGE_CLAUSE.search(folded, fcs, f.start)
            if m and not DIGIT_OR_PCT.search(lead) \
                    and (m.group("dir")[0] in "减少") == down and folded[f.end:cs - 1] == "":
                return f
    return None




def _change_over_base(g: Fig, change: Fig, base: Fig, start: int, end: int) -> dict:
    """The rate a change on its base gives (change / base), against the stated rate."""
    pct = (change.norm_interval() / base.norm_interval()).scale(HUNDRED)  # (a fall told as a fall: both sides positive)
    want = g.pct_interval()
    d = g.decimals or 0
    shown = shown_apart(pct, want, d + 1)
    got = fmt_interval(pct, shown, "%")
    stated = f"{change.text}，{g.text}，上年 {base.text}"
    computed = f"{change.text}/{base.text} = {got}; stated {g.text} needs {fmt_interval(want, shown)}"
    if pct.overlaps(want):
        return result("growth", schema.CONSISTENT, [change, g, base], start, end, stated, computed,
                      f"A change of {change.text} on last period's {base.text} is {got}, matching the stated {g.text}.",
                      f"比上期{base.text}变动{change.text}，幅度为{got}，与所述{g.text}相符。")
    return result("growth", schema.INCONSISTENT, [change, g, base], start, end, stated, computed,
                  f"A change of {change.text} on last period's {base.text} is {got}, not the stated {g.text}; the rate, the "
                  f"change or the base is wrong.",
                  f"比上期{base.text}变动{change.text}，幅度实为{got}，与所述{g.text}不符，应核对。")


def _ratio_iv(gr: Growth) -> Interval | None:
    """The stated rate → the ratio current/base it claims, as an interval (20.7% → [1.2065, 1.2075])."""
    if gr.mode == "pct":
        iv = gr.g.pct_interval().scale(_HUNDREDTH)  # 20.7% → 0.207, 三分之一 → 0.333…
        iv = -iv if gr.down else iv
        return Interval(None if iv.low is None else ONE + iv.low, None if iv.high is None else ONE + iv.high,
                        iv.low_open, iv.high_open)
    if gr.mode == "times":
        return gr.g.interval()
    return None


# 比年初预算45.00万元减少 / 较计划: a clause comparing with a value it names itself
_OWN_COMPARED = re.compile(r"(?:比|较)[^，,；;。！？\d%]{0,10}$")


def _own_compared(folded: str, figs: list[Fig], g: Fig, base: Fig) -> bool:
    """A change (减少6.36万元) whose own clause names another value it is compared with (比年初预算45.00万元): not a
    change from the base paired to it."""
    cs = clause_start(folded, g.start)
    if "比" not in folded[cs:g.start] and "较" not in folded[cs:g.start]:
        return False
    return any(f.id != base.id and f.quantity and same_unit(f, g) and cs <= f.start and f.end <= g.start
               and _OWN_COMPARED.search(folded, cs, f.start)
               for f in figs if f.sent == g.sent)


# 与上年相比，收入总计增加736.52万元: a change whose clause names its metric, the comparison before it
_NAMED_CHANGE = re.compile(r"(?:(?:比|较)(?:上年|去年)(?:同期)?)?(?P<name>[\u4e00-\u9fff]{2,10}?)(?:比上年|较上年)?"
                           r"(?P<v>增加|减少)了?$")
_COMPARE_CLAUSE = re.compile(r"(?:与|同|和)(?:上年|去年|上年度|上一年度?)(?:同期)?相比$")


def _level_of_change(folded: str, figs: list[Fig], ch: Fig, g: Fig, down: bool) -> Fig | None:
    """收入总计8,642.37万元…。与上年相比，收入总计增加736.52万元，增长9.3%: the amount after 增加 is the change, the
    level is the one value of its unit named so in the paragraph's sentences before; None otherwise."""
    cs = clause_start(folded, ch.start)
    m = _NAMED_CHANGE.fullmatch(folded, cs, ch.start)
    if m is None or (m.group("v") == "减少") != down or clause_end(folded, ch.end) + 1 != clause_start(folded, g.start):
        return None
    if not ("比" in m.group(0) or "较" in m.group(0) or cs > 0 and _COMPARE_CLAUSE.search(folded, clause_start(folded, cs - 1), cs - 1)):
        return None
    name = m.group("name")
    pool = [f for f in figs if f.sent < ch.sent and f.quantity and same_unit(f, ch) and "\n" not in folded[f.end:ch.start]
            and folded[clause_start(folded, f.start):f.start].endswith(name)]
    return pool[-1] if pool and len({f.norm for f in pool}) == 1 else None


def _total_before_parts(folded: str, figs: list[Fig], cur: Fig, change: Fig) -> Fig | None:
    """共承办提案312件，其中主办268件、会办44件，比上届同期增加23件: a change right after a 其中 list is the total's, the
    value of its unit that closes the clause before the list; None when cur is no part so listed."""
    cs = clause_start(folded, cur.start)
    if not folded.startswith("其中", cs) or clause_end(folded, cur.end) + 1 != clause_start(folded, change.start):
        return None
    if sum(1 for f in figs if cs <= f.start and f.end <= cur.end and f.quantity and same_unit(f, cur)) < 2:
        return None  # (其中早稻面积42.96万亩，比上年增加9.94万亩: one part named, and the change is its own)
    prev = [f for f in figs if f.sent == cur.sent and f.end <= cs and f.quantity and same_unit(f, cur)]
    if not prev or clause_end(folded, prev[-1].end) + 1 != cs:
        return None
    return prev[-1]


# 占全省的 / 比上年的 / 其中: a clause that compares or splits, naming no metric of its own
_NOT_SUBJECT = re.compile(r"占|比|较|同比|环比|是|为|相当于|按|扣除|剔除")


def _other_subject_past(folded: str, lo: int, cs: int) -> bool:
    """Between a value (ending at lo) and a rate's clause (at cs): a ； and after it a clause naming a metric of its own
    with a figure (1-6月份，商标注册申请已完成任务的85.3%) — the rate is that metric's."""
    semi = max(folded.rfind("；", lo, cs), folded.rfind(";", lo, cs))
    if semi < 0:
        return False
    for clause in re.split(r"[，,]", folded[semi + 1:cs]):
        m = re.search(r"\d", clause)
        if m is None:
            continue
        name = _SUB_PERIOD.sub("", clause[:m.start()])
        name = re.sub(r"[^\u4e00-\u9fff]", "", name)
        if len(name) >= 2 and not _NOT_SUBJECT.match(name) and not _SUBJECT_OK.fullmatch(name):
            return True
    return False


def _total_before_list(folded: str, figs: list[Fig], cur: Fig, change: Fig) -> Fig | None:
    """全县完成21.4万亩，其中甲10.6万亩，乙10.1万亩，丙0.7万亩，比上年增加0.8万亩: a change right after the last item of a
    其中 list told in clauses of their own is the total's — when the items add up to it (the whole list), or when the
    change is too large for the item (a base ≤ 0); None otherwise."""
    if clause_end(folded, cur.end) + 1 != clause_start(folded, change.start) or change.value is None:
        return None
    lo = folded.rfind("其中", max(0, cur.start - 200), cur.start)
    if lo < 0 or "。" in folded[lo:cur.start] or "；" in folded[lo:cur.start] or ";" in folded[lo:cur.start]:
        return None
    cs = clause_start(folded, lo + 1)
    if cs != lo:
        return None  # (其中 opening its clause)
    items = [f for f in figs if f.sent == cur.sent and cs <= f.start and f.end <= cur.end and f.quantity]
    prev = [f for f in figs if f.sent == cur.sent and f.end <= cs and f.quantity and same_unit(f, cur)]
    if len(items) < 2 or not all(same_unit(f, cur) for f in items) or not prev \
            or clause_end(folded, prev[-1].end) + 1 != cs:
        return None
    total = prev[-1]
    whole = functools.reduce(lambda a, b: a + b, (f.norm_interval() for f in items))
    down = bool(_ABS_DOWN.search(label_of(folded, change)))
    too_large = not down and cur.norm is not None and change.norm is not None and change.norm >= cur.norm
    return total if whole.overlaps(total.norm_interval()) or too_large else None


def _no_base(gr: Growth) -> bool:
    """An increase as large as the value it is paired with (0.73万亩，比上年增加0.82万亩): that value had no base above 0,
    so it is not the one that grew."""
    ch = gr.change if gr.mode == "pct" else gr.g if gr.mode == "abs" else None
    return bool(ch is not None and gr.cur is not None and not gr.down and gr.base is None and ch.norm is not None
                and gr.cur.norm is not None and same_unit(ch, gr.cur) and ch.norm >= gr.cur.norm)


# 三次产业结构由上年的9.1:42.0:48.9调整为8.7:40.8:50.5，第三产业比重提高1.6个百分点: the industry's share then and now
_INDUSTRY_SHARE_NAMED = re.compile(r"第([一二三])产业(?:增加值)?(?:所占)?(?:比重|占比|比例)$")
_STRUCTURE_FROM = re.compile(r"由(?:上年|去年|(?:19|20)\d\d年)?(?:末)?的?$")
_STRUCTURE_TO = re.compile(r"^(?:调整为|调整到|变为|变化为|优化为|优化调整为|转变为|演变为|提升为)$")


def _ratio_terms(f: Fig) -> list[Decimal] | None:
    parts = re.split(r"[:：∶]", f.text)
    if len(parts) != 3 or not all(re.fullmatch(r"\d{1,3}(?:\.\d+)?", x) for x in parts):
        return None
    return [Decimal(x) for x in parts]


def _structure_share_change(folded: str, figs: list[Fig], gr) -> dict | None:
    """The change in points of one industry's share, after the three-industry structure stated then and now in its
    sentence (由上年的9.1:42.0:48.9调整为8.7:40.8:50.5，第三产业比重提高1.6个百分点) → now − then against it."""
    g = gr.g
    m = _INDUSTRY_SHARE_NAMED.search(re.sub(r"(?:提高|上升|下降|降低|增加|减少|回落|提升)了?$", "",
                                            folded[clause_start(folded, g.start):g.start]))
    if m is None:
        return None
    k = "一二三".index(m.group(1))
    ratios = [f for f in figs if f.sent == g.sent and f.kind == "ratio" and f.end <= g.start]
    if len(ratios) != 2 or not _STRUCTURE_FROM.search(folded[:ratios[0].start]) \
            or not _STRUCTURE_TO.match(folded[ratios[0].end:ratios[1].start]):
        return None
    then, now = _ratio_terms(ratios[0]), _ratio_terms(ratios[1])
    if then is None or now is None or g.value is None:
        return None

    def iv(x: Decimal) -> Interval:
        half = Decimal(5).scaleb(x.as_tuple().exponent - 1)
        return Interval(x - half, x + half)

    got = iv(now[k]) - iv(then[k])
    stated = iv(g.value)
    stated = Interval(-stated.high, -stated.low) if gr.down else stated
    name = f"第{m.group(1)}产业比重"
    said = f"{ratios[0].text} → {ratios[1].text}，{name}{'下降' if gr.down else '提高'}{g.text}"
    diff = now[k] - then[k]
    computed = f"{now[k]} − {then[k]} = {diff}; stated {g.text} needs {fmt_interval(stated, 2, '')}"
    if got.overlaps(stated):
        return result("growth", schema.CONSISTENT, [ratios[0], ratios[1], g], ratios[0].start, g.end, said, computed,
                      f"The share of the {['primary', 'secondary', 'tertiary'][k]} industry went from {then[k]} to "
                      f"{now[k]}, a change of {diff} points, as stated.",
                      f"{name}由{then[k]}变为{now[k]}，变动{diff}个百分点，与所述一致。")
    return result("growth", schema.INCONSISTENT, [ratios[0], ratios[1], g], ratios[0].start, g.end, said, computed,
                  f"The share of the {['primary', 'secondary', 'tertiary'][k]} industry went from {then[k]} to {now[k]}, "
                  f"a change of {diff} points, not {g.text}.",
                  f"{name}由{then[k]}变为{now[k]}，变动{diff}个百分点，与所述{g.text}不符。", "change does not match the levels")


def growth(doc, figures) -> list[dict]:
    """Growth rates → judged against the stated base, or unverifiable with the implied base."""
    figs = figs_of(doc, figures)
    folded = doc.folded
    out = []
    grs = find_growths(doc, figs)
    cur_of = {gr.cur.start for gr in grs if gr.cur is not None}
    doubted: set[int] = set()  # changes stated after a rate whose pairing with its value was found doubtful
    for gr in grs:
        g, cur, base = gr.g, gr.cur, gr.base
        if gr.mode == "pp" and cur is None and base is None and "产业" in folded[clause_start(folded, g.start):g.start]:
            row = _structure_share_change(folded, figs, gr)
            if row is not None:
                out.append(row)
                continue
        if gr.mode == "abs" and g.start in doubted and base is None:
            # …同比增长8.33%，增收1,200万元: the change after the rate is of the value the rate is of; that pairing was
            # doubtful, so this one is too
            gr = replace(gr, cur=None)
            cur = None
        word = "decline" if gr.down else "growth"
        ids = [f for f in (cur, g, base) if f is not None]
        start = min(f.start for f in ids if f.sent == g.sent)
        end = max(f.end for f in ids if f.sent == g.sent)
        if cur is None:
            # a rate alone is marked with its cue (工业增加值增长8.9%), so the reader sees what it is a rate of
            cs = clause_start(folded, g.start)
            cue = _cue(folded, cs, g.start)
            start = cue.start() if cue else start
        if gr.change is not None and gr.change not in ids:
            ids.append(gr.change)
        if cur is not None and base is None and gr.change is None and gr.mode == "pct" and cur.sent == g.sent:
            level = _level_of_change(folded, figs, cur, g, gr.down)
            if level is not None:
                gr, ids, start = _reseated(gr, g, cur=level, change=cur)
                cur = gr.cur
        if cur is not None and base is None and gr.mode == "abs" and cur.sent == g.sent:
            total = _total_before_list(folded, figs, cur, g)
            if total is not None:
                gr, ids, start = _reseated(gr, g, cur=total)  # (an absolute change has no change of its own)
                cur = gr.cur
        listed_total = False
        if cur is not None and base is None and gr.change is not None and gr.mode == "pct":
            total = _total_before_parts(folded, figs, cur, gr.change)
            if total is None:
                total = _total_before_list(folded, figs, cur, gr.change)
                listed_total = total is not None
            if total is not None:
                gr, ids, start = _reseated(gr, g, cur=total)
                cur = gr.cur
        if gr.mode == "abs" and base is not None and _own_compared(folded, figs, g, base):
            continue  # 比年初预算45.00万元减少6.36万元，较上年的41.20万元…: the change is to the value its clause names
        if cur is not None and (base is not None or gr.change is not None):
            row = _judge(gr)
            real = row is not None and row[0] != schema.CONSISTENT and _real_growth(folded, gr)
            if real and gr.mode != "cagr":
                # 工业增加值213.6亿元，增长14.1%（上年为187.2亿元): a real rate checked at current prices holds when the
                # levels give it, but cannot be called wrong when they do not (the base it implies is shown)
                row = None
            if real and row is not None:
                # (over years, from a level to a level the text names: the nominal rate they give is shown beside it;
                # a yearly rate falls through to the base it implies above, its pairing with a base being less sure)
                computed = (f"{row[2].split('; stated')[0]} at current prices; {g.text} is a rate at constant prices, "
                            f"which levels at current prices cannot check")
                en = (f"{g.text} is a rate at constant prices (real growth); the levels stated beside it are at current "
                      f"prices and include price changes, so they cannot check it.")
                zh = f"{g.text}为按可比价格计算的增速；文中的总量为现价数，含价格因素，不能据以核对。"
                out.append(result("growth", schema.UNVERIFIABLE, ids, start, end, row[1], computed, en, zh))
                continue
            if row and row[0] == schema.INCONSISTENT and listed_total:
                # (the total of a list told in clauses may confirm its rate, never refute it: the change may yet be
                # the last item's, and such rates are often cut, not rounded — 0.82/20.61 = 3.98% written 3.9%)
                row = None
                gr = replace(gr, change=None)
                ids = [f for f in (cur, g) if f is not None]
            if row and row[0] == schema.INCONSISTENT and _doubtful(doc, folded, figs, gr, cur_of):
                # a failed check on an uncertain pairing says more about the pairing than about the text
                if gr.change is not None and gr.change.start > g.end:
                    doubted.add(gr.change.start)  # (税收收入…，非税收入3,000万元，同比增长8.33%，增收1,200万元)
                row = None
                cur = gr.cur = gr.base = gr.change = None
                ids = [g]
                start, end = _alone_span(folded, g)
            if row:
                cause = row[5] or (_unit_slip(gr) if row[0] == schema.INCONSISTENT else "")
                if not cause and row[0] == schema.INCONSISTENT and gr.change is not None \
                        and "口径" in folded[clause_start(folded, cur.start):g.start]:
                    # 收入（同口径）16,500万元，同比增长12.0%，增收2,100万元: the three disagree; most likely the change is
                    # reckoned on last year's figure of another 口径 (a restated base for the rate, the plain one for it)
                    cause = "the change and the rate reckoned on bases of different 口径"
                out.append(result("growth", row[0], ids, start, end, row[1], row[2], row[3], row[4], cause))
                continue
        if cur is not None and _no_base(gr):
            # (a base ≤ 0 is never shown: the pairing, not the text, is wrong)
            gr = replace(gr, cur=None, change=None)
            cur = None
            ids = [g]
            start, end = _alone_span(folded, g)
        base_here = _base_in_clause(doc, folded, figs, g) if cur is None and gr.mode == "pct" else None
        change = _change_before(folded, figs, g, base_here, gr.down) if base_here is not None else None
        if change is None and cur is None and gr.mode == "pct" and base_here is None:
            # 与上年的61.35万元相比减少12.73万元，下降17.2%: the base inside the change's own clause
            inner = [b for b in figs if b.sent == g.sent and b.end <= g.start and b.quantity and _is_base(folded, b)]
            change = _change_before(folded, figs, g, inner[0], gr.down) if len(inner) == 1 else None
            base_here = inner[0] if change is not None and change.start > inner[0].end else None
            change = change if base_here is not None else None
        if change is not None:
            # 项目支出比上年增加1026.18万元，增长26.8%（2021年为4207.31万元）: no value of this year named, but the
            # change and the base give the rate
            out.append(_change_over_base(g, change, base_here, min(start, change.start, base_here.start),
                                         max(end, base_here.end)))
            continue
        ratio = _ratio_iv(gr) if base_here is not None else None
        if base_here is not None and ratio is not None and ratio.bounded and base_here.interval().bounded \
                and base_here.norm and ratio.low > 0:  # (a base of 0, or a fall of 100%: no value to imply)
            # 优抚资金发放量比上年的3,967万元增长8.0% with no value of this year named: the value the claim implies
            implied = base_here.interval() * ratio
            shown = _fmt_outward(implied, (base_here.decimals or 0) + 1, base_here.unit)
            ids, start = [base_here, g], min(start, base_here.start)
            computed = f"base {base_here.text}; no current value named; {base_here.text} with {g.text} implies a current value in {shown}"
            en = (f"The text gives last period's {base_here.text} and a {word} of {g.text}, but names no value for this "
                  f"period; the claim implies one in {shown}.")
            zh = f"文中给出上期数{base_here.text}和{'降幅' if gr.down else '增幅'}{g.text}，但未给出本期数；据此推算本期数应在{shown}。"
        elif cur is None:
            computed = f"no current value and no base given for {g.text}"
            en = f"The text states a {word} of {g.text} but neither the value nor the prior-year base, so it cannot be checked."
            zh = f"文中给出{'降幅' if gr.down else '增幅'}{g.text}，但未给出本期数和上期数，无法核对。"
        elif gr.mode == "cagr" and gr.base is not None and not gr.years:
            # 规上工业总产值从742亿元增加到1550.2亿元，年均增长15.3%: from a level to a level over years the text does not
            # count — no base to imply, and no rate to check
            computed = f"{gr.base.text} to {cur.text}: no span of years read with them, so {g.text} a year is not checked"
            en = (f"The text gives {gr.base.text} and {cur.text}, but the checker read no span of years with them (a year "
                  f"for each), so the average yearly {word} of {g.text} is not checked.")
            zh = f"文中给出{gr.base.text}和{cur.text}，未读出二者的起止年份，未核对年均{'降幅' if gr.down else '增幅'}{g.text}。"
        else:
            implied, rate_only = _implied_base(gr)
            d = (cur.decimals or 0) + 1
            shown = _fmt_outward(implied, d, cur.unit) if implied is not None and implied.bounded else "?"
            # (与2010年相比增加12.7万人: the base is of the year named, not of the year before)
            year = _BASE_YEAR.search(folded, clause_start(folded, min(cur.start, g.start)), g.start)
            prior = f"{year.group(1)}" if year and int(year.group(1)) != (doc.year or 0) - 1 else "prior-year"
            computed = f"{cur.text} with {g.text} implies a {prior} base in {shown}"
            if rate_only is not None and rate_only.bounded and implied is not None and implied.bounded:
                # the headline interval takes the stated value as exact and allows only for the rate's rounding;
                # the wider one also allows for the rounding of the value itself
                headline = _fmt_nearest(rate_only, d, cur.unit)
                computed = (f"{cur.text} with {g.text} implies a {prior} base in {headline} "
                            f"({shown} allowing also for the rounding of {cur.text})")
                shown = headline
            en = (f"The {prior} value is not given, so the {word} of {g.text} cannot be checked; "
                  f"it implies a {prior} value in {shown}.")
            base_zh = f"{year.group(1)}年数" if prior != "prior-year" else "上年数"
            zh = f"文中未给出{base_zh}，无法核对{g.text}；按此推算{base_zh}应在{shown}之间。"
        out.append(result("growth", schema.UNVERIFIABLE, ids, start, end, _stated(gr), computed, en, zh))
    out += _doublings(doc, figs)
    return out


# 与2010年相比 / 比2019年同期 / 较2015年: a base of a year named in the rate's clause
_BASE_YEAR = re.compile(r"(?:与|同|和|比|较)((?:19|20)\d\d)年")
_OTHER_SUBJECT = re.compile(r"其中|人均|户均|平均|每")
# 按可比价格计算增长7.2% / 地区生产总值、工业增加值: a real rate at constant prices, which current-price levels cannot check
_REAL_PRICES = re.compile(r"可比价|不变价|剔除价格因素|扣除价格因素|实际增长")
_REAL_NAMES = "(?:生产总值|GDP|增加值)"
_REAL_METRIC = re.compile(_REAL_NAMES + r"(?:为|是|达到了?|达|实现|完成|共)?$")
_REAL_SUBJECT = re.compile(_REAL_NAMES + r"(?:首次|已经|已|再次)?(?:突破|超过|达到|达|为|是)")
_BARE_REACH = re.compile(r"\s*(?:达到了?|达|为|是|升至|增至|突破)?")
_REAL_FROM = re.compile(_REAL_NAMES + r"(?:由|从)")
_CURRENT_PRICES = re.compile(r"现价|当年价|现行价格|名义增长")


def _real_growth(folded: str, gr: Growth) -> bool:
    """Is the rate a real one (constant prices)? Named so in its clause group, or the rate of a GDP or value added."""
    if gr.mode not in ("pct", "cagr"):
        return False
    group = clause_start(folded, gr.cur.start if gr.cur.sent == gr.g.sent else gr.g.start, "；;。！？!?\n")
    if _REAL_PRICES.search(folded, group, gr.g.start):
        return True
    if _CURRENT_PRICES.search(folded, group, clause_end(folded, gr.g.end, "。；;！？!?\n")):
        return False  # (按现价计算: the text says the rate is a nominal one)
    if gr.mode == "cagr" and gr.base is not None and gr.base.start < gr.cur.start:
        # 地区生产总值从2016年的695.7亿元增加到2021年的1144.2亿元，年均增长8.7%: GDP's rate over years is a real one as
        # its yearly rate is, and the levels are at current prices
        cs = clause_start(folded, gr.base.start, CLAUSE_SEP + "、")
        return bool(_REAL_FROM.search(_BRACKETED.sub("", folded[cs:gr.base.start])))
    if gr.mode != "pct":
        return False
    cs = clause_start(folded, gr.cur.start, CLAUSE_SEP + "、")
    label = _BRACKETED.sub("", folded[cs:gr.cur.start])
    if _REAL_METRIC.search(label):
        return True
    # 人均地区生产总值首次突破万元，达10366元: a clause of a verb alone, its metric the subject of the clause before (not
    # 固定资产投资相当于地区生产总值的85%，达到102亿元: GDP named there as another measure's yardstick)
    return bool(cs >= 2 and _BARE_REACH.fullmatch(label) and folded[cs - 1] in "，,"
                and _REAL_SUBJECT.search(folded, clause_start(folded, cs - 1, CLAUSE_SEP), cs))


def _per_unit(folded: str, f: Fig) -> bool:
    """is_per_unit, also for 日均1,332件 / 场均 / 月均."""
    return is_per_unit(folded, f) or bool(_PER_SPAN.search(label_of(folded, f)))


def _scope_mismatch(folded: str, own: str, cur: Fig) -> bool:
    """Does the rate's own clause (own) name a part of the year or a per-capita or partial scope (一季度, 人均, 其中)
    that the value's label does not?"""
    lab = item_label(folded, cur)
    return bool(_SUB_PERIOD.search(own) and not is_sub_period(folded, cur)
                or _OTHER_SUBJECT.search(own) and not _OTHER_SUBJECT.search(lab))


def _rate_starts(doc, figs: list[Fig]) -> set[int]:
    """Where the stated rates of the document start."""
    return {gr.g.start for gr in find_growths(doc, figs)}


# 24.67亿元，为调整预算25.10亿元的98.3% / 占全县的35.2%: a ratio of the value itself to another, not a level that grows
# (with a thousands separator in the whole: 为年初预算2,250.00万元的106.3%)
# (完成市下达目标任务2800人的112.6%: the value against its target, a ratio of it too)
_RATIO_OF_NUM = re.compile(r"^(?:为|是|占|相当于|(?:超额)?完成(?=[^，,；;。%]{0,10}(?:目标|任务|计划|预算)))"
                           r"(?:[^，,；;。%]|(?<=\d),(?=\d)){0,16}的$")


def _from_to_clause(folded: str, gr: Growth) -> bool:
    """由上年的6230元增加到6850元: base and value bound by 由…到… in one clause — one subject, named once before both."""
    b, c = gr.base, gr.cur
    return gr.base_how == "由…到…" and b is not None and c is not None and b.sent == c.sent and b.end <= c.start \
        and clause_start(folded, b.start) == clause_start(folded, c.start)


def _doubtful(doc, folded: str, figs: list[Fig], gr: Growth, cur_of: set[int]) -> bool:
    """Is the pairing of a rate with its current value and base too uncertain to call the rate wrong? True when
    the base belongs to a part of the year (2013年上半年为…) or the rate's own clause to a part or a per-capita value
    (一季度增长, 人均…增长, 其中工业投资增长) that the current value is not; when current and base differ by more than
    three times for a rate under 100% (a total against a per-capita value, a 万/亿 slip); or when another value of
    the unit, not the value of another rate, stands before the current value in its clause group (全年造林3.2万亩，
    其中人工造林1.8万亩，比上年增长20%，上年为2.8万亩: which one the base is of cannot be told)."""
    cur, base = gr.cur, gr.base
    cur_lab = item_label(folded, cur)
    if base is not None and base.sent == gr.g.sent:
        base_lab = label_of(folded, base)
        if _SUB_PERIOD.search(base_lab) and not is_sub_period(folded, cur):
            return True
        if _PER_UNIT.search(re.sub(r"平均水平", "", base_lab)) and not is_per_unit(folded, cur) \
                and not _from_to_clause(folded, gr):
            return True
    rates = _rate_starts(doc, figs)
    # …签约率26.5%，比上年增长18.4%（上年为5,130人）: a base in the bracket right after the rate, in the value's unit, says
    # what grew (in a clause of its own, 上年为41.2万人 may be the base of the value only)
    named_by_base = base is not None and base.sent == gr.g.sent and folded[gr.g.end:gr.g.end + 1] in ("（", "(") \
        and base.end <= clause_end(folded, gr.g.end + 1, "）)") and same_unit(base, cur)
    # (…达到97所，占试点学校的71.2%，比上年的62所增长46.8%: the base in the rate's own clause, in the value's unit, after
    # a clause telling only the value's share — not 城镇化率54.2% between: a level of another measure may be what grew)
    based_in_unit = base is not None and base.sent == gr.g.sent and same_unit(base, cur) and cur.end <= base.start \
        and clause_start(folded, base.start) == clause_start(folded, gr.g.start) and _share_between(folded, figs, cur, base, gr.down)
    if gr.mode == "pct" and cur.quantity and cur.sent == gr.g.sent and not named_by_base and not based_in_unit and any(
            f.kind in ("percent", "fraction") and cur.end <= f.start and f.end <= gr.g.start and f.start not in cur_of
            and f.start not in rates and not _RATIO_OF_NUM.search(label_of(folded, f)) for f in figs if f.sent == cur.sent):
        return True  # 常住人口42.6万人，城镇化率54.2%，增长2.1%: a level between the value and the rate may be what grew
    if cur.sent == gr.g.sent and cur.end <= gr.g.start and gr.mode != "cagr" and gr.base_how != "named in sentence":
        cs = clause_start(folded, gr.g.start)
        own = folded[max(cs, cur.end):gr.g.start]
        for f in figs:
            if f.sent == cur.sent and cur.end <= f.start and f.end <= gr.g.start:
                own = own.replace(folded[f.start:f.end], "")
        if (_SUB_PERIOD.search(own) and not is_sub_period(folded, cur)) or (
                _OTHER_SUBJECT.search(own) and not _OTHER_SUBJECT.search(cur_lab)):
            return True
        # 全年完成投资45亿元，工业投资增长20%: a subject of the rate's own must be what the value's label names
        # (or its measure word: 火灾起数 of 发生火灾412起)
        # the subject is what stands before the comparison (工业投资 of 工业投资比上年增长)
        own = re.split(r"比|较|同比|环比|与|同|和|由|从", own)[0]
        subj = _EMPTY_BRACKETS.sub("", _SUBJECT_STRIP.sub("", _strip_end(_CUE, own))).strip()
        subj = re.sub(rf"(?:同比|环比)?(?:{_UP}|{_DOWN}|多|少|增收|减收|增产|减产|净增|净减)?了?$", "", subj)
        if len(subj) >= 2 and not _SUBJECT_OK.match(subj) and cur.quantity:
            # 事故起数和死亡人数分别下降: one of the names it lists, without its measure word, is in the label
            parts = [part for part in re.split(r"[和、及与]|以及", subj) if part]
            cores = [re.sub(rf"(?:{re.escape(cur.base_unit)}[数次量]?|[数次量])$" if cur.base_unit else r"[数次量]$", "", part)
                     for part in parts]
            # (新增市场主体数量 / 审结案件数 of 审结各类案件: the name without its measure word, or two of its words)
            cores = [_MEASURE_TAIL.sub("", c) for c in cores + parts]
            if not any(not core or core in cur_lab or len(_bigrams(core) & _bigrams(cur_lab)) >= 2 and _head_in(cur_lab, core)
                       or len(core) == 2 and _short_for(core, cur_lab) for core in cores):
                return True
    if gr.mode == "pct" and base is not None:
        c, b = cur.norm, base.norm
        rate = gr.g.pct_interval()
        if c and b and c > 0 and b > 0 and rate is not None and rate.high is not None and rate.high < HUNDRED:
            claimed = ONE + (-rate.high if gr.down else rate.high) / HUNDRED
            if claimed > 0 and not (Decimal(1) / 3 <= (c / b) / claimed <= 3) and not _unit_slip(gr):
                return True
    if gr.mode in ("pct", "abs") and base is not None and cur.quantity and cur.norm and base.norm and cur.norm > 0 \
            and base.norm > 0 and base.end <= clause_start(folded, cur.start, "；;。！？!?\n") \
            and not (Decimal("0.1") <= cur.norm / base.norm <= 10) and not _unit_slip(gr):
        # 财政收入3.86亿元，比上年的3.42亿元增长12.9%；人均纯收入6820元，比上年增加770元: a base from an earlier clause
        # group ten times larger or smaller than the value is another metric's level, not this value's prior year
        return True
    if gr.mode in ("pct", "pp", "abs") and gr.base_how not in ("named earlier", "named in sentence"):
        group = clause_start(folded, cur.start, "；;。！？!?\n")
        rivals = [g for g in figs if g.sent == cur.sent and group <= g.start and g.end <= cur.start and g is not cur
                  and (same_unit(g, cur) if cur.quantity else g.kind == cur.kind) and g.start not in cur_of
                  and g is not base and g is not gr.change
                  and not _is_ref(folded, g) and not is_sub_period(folded, g) and not _ratio_whole(folded, g)
                  and not _target_after(folded[g.end:g.end + 16], g)]  # (办理案件600件的目标: a target, no rival)
        if rivals and gr.base_how == "比上年的…" and base is not None and base.sent == cur.sent \
                and (clause_start(folded, base.start) == clause_end(folded, cur.end) + 1 or _share_between(folded, figs, cur, base, gr.down)):
            # 营业收入212.6亿元，利润总额9.84亿元，比上年的8.52亿元增长12.7%: the comparison opens the clause right after
            # the value; values before it named otherwise (neither name inside the other, no 其中) are no rivals
            own_lab = _SIBLING_LEAD.sub("", item_label(folded, cur).lstrip("、，,"))
            if len(own_lab) >= 2 and not _OTHER_SUBJECT.search(own_lab):
                rivals = [g for g in rivals if (lab := _SIBLING_LEAD.sub("", item_label(folded, g).lstrip("、，,")))
                          and (lab in own_lab or own_lab in lab)]
        if rivals and named_by_base and clause_end(folded, cur.end) + 1 == clause_start(folded, gr.g.start):
            # 参保人数243.6万人，…，其中职工医保参保42.8万人，较上年增长3.1%（上年为40.9万人）: the rate in the clause
            # right after the value, its base in brackets right after it — the value's own prior year, not a rival's
            rivals = []
        if rivals and _from_to_clause(folded, gr):
            # 全年完成农业总产值2.46亿元，农民人均纯收入由上年的6230元增加到6850元，增长10.5%: 由…到… binds the base
            # and the value in one clause; values of other metrics before it are no rivals
            rivals = []
        if rivals:
            return True
    return False


def _share_between(folded: str, figs: list[Fig], cur: Fig, base: Fig, down: bool = False) -> bool:
    """…达到97所，占试点学校的71.2%，比上年的62所增长46.8%: one clause between the value and the comparison, telling
    only the value's share (占…) — the comparison is still the value's."""
    c1 = clause_end(folded, cur.end) + 1
    c2 = clause_end(folded, c1)
    # (税收收入9.8亿元，占77.8%，比上年的11.2亿元增长12.5%: a bare 占 makes the value a part of the one before it, and
    # a base above the value it rose from is the whole's — the comparison may be of the whole)
    return c2 + 1 == clause_start(folded, base.start) and _SHARE_OF_NAMED.match(folded, c1) is not None \
        and all(f.kind == "percent" for f in figs if c1 <= f.start and f.end <= c2) \
        and not (not down and cur.norm is not None and base.norm is not None and base.norm > cur.norm)


_SHARE_OF_NAMED = re.compile(r"占[^，,；;。\d０-９]{2,12}的")


# 建议数量 / 案件总数 / 问题金额总额: the measure word after a subject's name
_MEASURE_TAIL = re.compile(r"(?:总数量|总数|数量|总量|总额|数)$")


def _head_in(label: str, name: str) -> bool:
    """Does a name hold the head noun (the last two characters) of a value's label (案件 of 审结各类案件 in 审结案件)?"""
    label = label.rstrip("为是达到了")
    return len(label) >= 2 and label[-2:] in name


# the words before a metric's name that name no metric (全年, 全县, 2022年，, 实现…)
_SIBLING_LEAD = re.compile(r"^(?:(?:19|20)\d\d年[，,]?|全年|全县|全市|全区|全镇|今年|当年|本年|共|累计|实现|完成)+")


_SLIPS = ((Decimal(10000), "万"), (Decimal(100000000), "亿"), (Decimal(1000), "千"))


def _unit_slip(gr: Growth) -> str:
    """1.68亿元，比上年的15200元增长10.5%: a base stated in the rate's own sentence (比上年的…, 上年为…) that gives the
    stated rate exactly when read 10^4, 10^8 or 10^3 times larger or smaller → the cause (万元 and 元 mixed up), else ''."""
    cur, base = gr.cur, gr.base
    if gr.mode != "pct" or cur is None or base is None or base.sent != gr.g.sent or gr.base_how not in ("比上年的…", "上年为…") \
            or not (cur.norm and base.norm and cur.norm > 0 and base.norm > 0):
        return ""
    want = _ratio_iv(gr)
    if want is None or not want.bounded or want.low <= 0:
        return ""
    off = float(cur.norm / base.norm) / float(want.low)
    if not any(0.5 < off / float(f) < 2 or 0.5 < off * float(f) < 2 for f, _ in _SLIPS):
        return ""  # a quick test: not near a power of ten off
    c, b = cur.norm_interval(), base.norm_interval()
    for factor, word in _SLIPS:
        for scale, meant in ((factor, "up"), (ONE / factor, "down")):
            if (c / b.scale(scale)).overlaps(want):
                if meant == "up":
                    return f"{word}{base.unit} and {base.unit} mixed up in the base"
                if base.unit.startswith(word) and len(base.unit) > 1:
                    return f"{base.unit} and {base.unit[1:]} mixed up in the base"
                return f"the base is {factor} times too large (a unit slip)"
    return ""


# 由2005年的48.7亿元增加到98.6亿元，翻了一番多: doubled (一番 = ×2, 两番 = ×4), 多/以上 = more than that
_DOUBLING = re.compile(r"翻了?(?P<n>一|二|两|三)番(?P<more>多|以上|还多)?")
_DOUBLING_N = {"一": 1, "二": 2, "两": 2, "三": 3}


_LEAD_METRIC = re.compile(r"(?:全年|今年|当年|全县|全市|全区|全镇|全省|全旗)*(?P<name>[\u4e00-\u9fff]{2,12}?)(?:比|较|由|从)")


def _current_for(doc, folded: str, sents: dict, base: Fig) -> Fig | None:
    """The current value a base stated as 比2005年的… belongs to: the nearest value of its unit before it in the
    sentence (all between being bases, changes or targets), else the one value earlier in the paragraph whose label
    ends with the metric that opens the sentence (地区生产总值比2014年的… → 全区地区生产总值1026.8亿元)."""
    si = base.sent
    group = clause_start(folded, base.start, "；;。！？!?\n")
    prev = [g for g in sents.get(si, []) if g.end <= base.start and g.start >= group and same_unit(g, base)
            and not _is_ref(folded, g) and not is_sub_period(folded, g)]
    if prev:
        return prev[-1]
    m = _LEAD_METRIC.match(folded, group) or _LEAD_METRIC.match(folded, doc.sentences[si].start)
    if not m or m.end() > base.start:
        return None
    name = m.group("name")
    found = []
    for sj in range(si - 1, max(si - 8, -1), -1):
        if "\n" in folded[doc.sentences[sj].end:doc.sentences[si].start]:
            break
        found += [g for g in sents.get(sj, []) if same_unit(g, base) and not _is_ref(folded, g)
                  and not is_sub_period(folded, g) and is_per_unit(folded, g) == bool(_PER_UNIT.search(name))
                  and re.sub(r"(?:为|是|达到|达|实现|完成|共)$", "", item_label(folded, g)).endswith(name)]
    return found[0] if len(found) == 1 else None


# “十一五”期间 → 2005 to 2010; 2019年以来 → 2019 to the report's year
_PLAN_SPAN = {"十五": 2005, "十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025}
_SPAN = re.compile(r"(?P<since>(?:19|20)\d\d)年以来|“?(?P<plan>十[一二三四]?五)”?(?:期间|时期|以来)|(?P<n>[二三四五六七八九十])年来")


_NAMED_LEAD = re.compile(r"(?:全年|今年|当年|全县|全市|全区)*(?P<name>[\u4e00-\u9fff]{2,12}?)(?:同比|环比|比|较|与)")
# 农林水支出增长18.4%（2011年决算为3.52亿元）: the metric, a bare rate, then its base in brackets
_NAMED_BARE = re.compile(r"(?:全年|今年|当年|全县|全市|全区)*(?P<name>[\u4e00-\u9fff]{2,12}?)(?=(?:增长|下降|增加|减少|提高|降低)[\d.]+%[（(])")
_NAME_SUFFIX = re.compile(r"(?:金额|总额|总量|数量|人数|件数|起数|户数|次数|数|额|量)$")
_LABEL_VERB = re.compile(r"(?:为|是|达到|达|实现|完成|共计|共|累计)$")


def _attach_named_earlier(doc, folded: str, sents: dict, by_sent: dict) -> None:
    """已整改3.41亿元…。其中…。整改金额比上年的2.95亿元增长18.6%: a sentence that opens on the metric it compares,
    with its base but no value of its own, is about the one value earlier in the paragraph whose label ends with
    that metric (整改金额 → 已整改; 批准逮捕人数 → 经审查批准逮捕…261人, not 不批准逮捕)."""
    for si, grs in by_sent.items():
        for gr in grs:
            if gr.mode not in ("pct", "abs") or gr.cur is not None or si < 0:
                continue
            s0 = doc.sentences[si].start
            cs = clause_start(folded, gr.g.start)
            if cs != s0:
                _named_in_sentence(folded, sents.get(si, []), gr, cs, s0)
                # 教育支出占总支出的21.6%；农林水支出增长18.4%（2011年决算为3.52亿元）: a part after ； opening on the
                # metric it compares stands as a sentence of its own
                if gr.cur is not None or folded[cs - 1:cs] not in ("；", ";") \
                        or any(g.quantity and cs <= g.start < gr.g.start and not _BASE_LABEL.search(folded[cs:g.start])
                               for g in sents.get(si, [])):
                    continue
            if si == 0:
                continue
            m = _NAMED_LEAD.match(folded, cs) or _NAMED_BARE.match(folded, cs)
            if not m or m.end() > gr.g.start:
                continue
            core = _NAME_SUFFIX.sub("", m.group("name"))
            if len(core) < 2:
                continue
            moved = _moved(core)  # (优抚资金发放 as a label has it: 发放优抚资金)
            sfigs = sents.get(si, [])
            bases = _stated_bases(folded, sfigs, gr.g, cs)
            if len(bases) != 1:
                continue
            b = bases[0]
            found = []
            for sj in range(si - 1, max(si - 4, -1), -1):
                if "\n" in folded[doc.sentences[sj].end:s0]:
                    break
                prev = sents.get(sj, [])
                for i, g in enumerate(prev):
                    if not same_unit(g, b) or _is_ref(folded, g) or is_sub_period(folded, g) \
                            or _per_unit(folded, g) != bool(_PER_UNIT.search(m.group("name"))):
                        continue
                    lab_start = clause_start(folded, g.start, CLAUSE_SEP + "（(、")
                    lab_end = prev[i - 1].start if i > 0 and prev[i - 1].end == g.start else g.start  # 198件261人
                    lab = _LABEL_VERB.sub("", folded[lab_start:lab_end])
                    if lab.endswith(core) and (len(lab) == len(core) or lab[-len(core) - 1] not in "不未非无") \
                            or _verb_moved(lab, moved):
                        found.append(g)
            if len(found) > 1:
                # 受理…网上信访1286件（次），其中来信214件、…、网上信访675件。信访总量比上年…: the whole the others are
                # listed under (其中) is the one named
                head = [g for g in found if all(x is g or (x.sent == g.sent and x.start > g.end
                                                           and "其中" in folded[g.end:x.start]) for x in found)]
                found = head if len(head) == 1 else found
            if not found and len(core) >= 4 and gr.mode == "pct":
                # 电子健康档案较上年82.4万份增长5.6% after 全市规范化电子健康档案建档86.2万份 in another section: the one
                # value of the report whose label names that metric (at most a two-character verb after it)
                found = [g for sj, prev in sents.items() if 0 <= sj != si for g in prev
                         if same_unit(g, b) and g.norm != b.norm
                         and (_names_metric(folded, g, core)
                              or moved and _verb_moved(_LABEL_VERB.sub("", item_label(folded, g)), moved))
                         and _plain_value(folded, doc, g) and not _per_unit(folded, g)]
                if len({g.norm for g in found}) != 1:
                    continue
                found = found[:1]
            if len(found) == 1 and gr.mode == "pct":
                gr.cur, gr.base, gr.base_how = found[0], b, "named earlier"


# the verbs a metric's name may put after its noun (优抚资金发放量, 游客接待量) and a value's label before it
_MOVED_VERB = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2,8})(?P<verb>发放|接待|销售|办理|受理|培训|救助|引进|争取|完成|处理|审结|执结|调解|检测|检查|接收|安置)$")


def _moved(core: str) -> str:
    """优抚资金发放 → 发放优抚资金: a metric's name with its verb put back before its noun, as a value's label has it;
    '' when the name ends with no such verb."""
    m = _MOVED_VERB.match(core)
    return m.group("verb") + m.group("noun") if m else ""


def _verb_moved(label: str, moved: str) -> bool:
    """Does the value's label end with the name _moved gave (全年发放各类优抚资金 for 发放优抚资金: 各类 / 各项 between
    verb and noun aside), not denied (未发放)?"""
    if not moved:
        return False
    lab = re.sub(r"各类|各项|各种", "", label)
    k = lab.rfind(moved)
    return k >= 0 and k + len(moved) == len(lab) and (k == 0 or lab[k - 1] not in "不未非无")


def _named_in_sentence(folded: str, sfigs: list[Fig], gr: Growth, cs: int, s0: int) -> None:
    """医保基金收入3.26亿元，支出3.05亿元，…，全年基金支出比上年的2.71亿元增长12.5%: a clause inside the sentence that
    opens on the metric it compares, with its base but no value of its own, is about the one value earlier in the
    sentence named so (its label ends with the metric, or is the metric's last word with the rest said before it)."""
    m = _NAMED_LEAD.match(folded, cs)
    if not m or m.end() > gr.g.start or gr.mode != "pct":
        return
    core = _NAME_SUFFIX.sub("", m.group("name"))
    if len(core) < 3:
        return
    bases = [g for g in sfigs if g.quantity and cs <= g.start and g.end <= gr.g.start and _BASE_LABEL.search(folded[cs:g.start])]
    if len(bases) != 1:
        return
    b = bases[0]
    found = []
    for g in sfigs:
        if g.end > cs or not same_unit(g, b) or _is_ref(folded, g) or is_sub_period(folded, g) or _per_unit(folded, g):
            continue
        lab = _LABEL_VERB.sub("", item_label(folded, g))
        if lab.endswith(core) or len(lab) >= 2 and core.endswith(lab) and core[:-len(lab)] in folded[s0:g.start]:
            found.append(g)
    if len(found) == 1:
        gr.cur, gr.base, gr.base_how = found[0], b, "named in sentence"


def _names_metric(folded: str, g: Fig, core: str) -> bool:
    """Does g's label name the metric core, right before its value or with a short verb between (电子健康档案建档)?"""
    lab = _LABEL_VERB.sub("", item_label(folded, g))
    i = lab.rfind(core)
    return i >= 0 and len(lab) - i - len(core) <= 2 and (i == 0 or lab[i - 1] not in "不未非无")


# 2021年，全市缴存额为80.12亿元 / 作为对比，2019年全区发生各类生产安全事故29起、死亡18人: a sentence that opens on
# last year (上年, or the year before the report's) and states its values
_PRIOR_SENTENCE = re.compile(r"[（(]?(?:(?:作为对比|对比来看|相比之下|此外|另外|同时|应当看到|应该看到|需要说明的是|需要指出的是"
                             r"|值得注意的是|据统计|经统计|据核算|经核算|经核实)[，,]?"
                             # 附：2017年主要指标基数：… / 附：上年度…: a note appended to the report, giving the bases
                             r"|附(?:注|件|录|表)?[：:]|(?:注|备注|说明)[：:])?"
                             r"(?:(?P<prior>上年|去年|上一年度?|上年度)|(?:(?P<year>(?:19|20)\d\d)|(?P<cyear>[一二][〇零○][〇零○一二三四五六七八九]{2}))"
                             r"年(?:全年|度)?)(?!末|底|初|以来|同期相比)")
# 二〇二一年: a year written in Chinese digits
_CN_DIGIT = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")
# the words around a metric's name that do not name it: the period, the scope, 共, the verb before the value
# what ends the prior sentence's first clauses: another period or scope (今年, 其中, 累计…), a target, a ；
_PRIOR_STOP = re.compile(r"[；;]|(?:19|20)\d\d年|今年|本年|当年|其中|以来|累计|平均|目标|计划")
_NAME_LEAD = re.compile(r"^(?:(?:19|20)\d\d年(?:全年|度)?|上年度|上一年度?|上年|去年|全年|今年|当年|本年|年内)?[，,]?"
                        r"(?:全县|全市|全区|全镇|全乡|全旗)?(?:共计|共)?(?:实现|完成)?")
_NAME_TAIL = re.compile(r"(?:分别|依次)?(?:仅|只|约|已)?(?:为|是|达到|达|共计|共|完成|实现)$")
# 同比 / 比上年 / 较2019年: the rate's own clause compares with last year (not 环比, a quarter, or 年均)
_YOY = re.compile(r"同比|(?:比|较|与)(?:上年|去年|上一年度?|上年度|(?:19|20)\d\d年)")
_COMPARED_WORD = re.compile(r"比|较|相比|以来|累计")
_NOT_YOY = re.compile(r"环比|年均|年平均|季度|半年|月|以来|平均|全省|全国")


def _metric_name(folded: str, f: Fig) -> str:
    """The metric a value names, without period, scope or verb (2019年全区发生各类生产安全事故 → 发生各类生产安全事故)."""
    return _NAME_TAIL.sub("", _NAME_LEAD.sub("", item_label(folded, f).lstrip("、，,").rstrip(" \u3000")))


# 今年整改金额比上年增长12.4%: a clause that names its metric, compares it with last year and states nothing else
_SUBJECT_ONLY = re.compile(r"(?:全年|今年|当年|本年|年内)?(?P<name>[\u4e00-\u9fff]{3,12}?)(?:比上年|较上年|比去年|较去年|同比)"
                           r"(?:增长|下降|增加|减少|提高|降低)了?$")


def _attach_subject_only(doc, folded: str, sents: dict, grs: list[Growth]) -> None:
    """已整改金额2.31亿元。上年审计整改金额为2.08亿元。…（another section）今年整改金额比上年增长12.4%: a rate whose clause
    names only its metric takes the one value of the period named so anywhere before it (a label ending with the name)
    and the one prior-year value stated in a sentence of its own under a name ending so; no pairing when either is
    not unique."""
    todo = [gr for gr in grs if gr.mode == "pct" and gr.cur is None and gr.base is None and gr.change is None and gr.g.sent >= 0]
    if not todo:
        return
    prior_year = doc.year - 1 if doc.year else None
    for gr in todo:
        cs = clause_start(folded, gr.g.start)
        m = _SUBJECT_ONLY.fullmatch(folded, cs, gr.g.start)
        if m is None:
            continue
        name = m.group("name")
        if _OTHER_SUBJECT.search(name) or len(name) < 4:
            continue
        # (…，执行率94.4%，年度预算比上年增长12.1%: a clause of its own after others; the values of the sentence
        # before it name other metrics, else the rate would be theirs)
        if cs != doc.sentences[gr.g.sent].start and folded[cs - 1:cs] not in ("；", ";") and any(
                _named_alike(name, _metric_name(folded, g)) for g in sents.get(gr.g.sent, ()) if g.end <= cs and g.quantity):
            continue
        # (年度预算比上年增长: a budget named as the metric is the value of the year, not a target of another)
        budget = bool(re.search(r"预算|计划|目标", name))
        curs = [g for si, fs in sents.items() if 0 <= si for g in fs if g.end <= cs and g.quantity
                and (_named_alike(name, _metric_name(folded, g)) or _named_alike(name, _part_name(folded, fs, g)))
                and (_plain_value(folded, doc, g) or budget and not _is_base(folded, g) and not _is_change(folded, g)
                     and not _planned(folded, doc, g) and not is_sub_period(folded, g))
                and not _PRIOR_SENTENCE.match(folded, doc.sentences[si].start)]
        if len({g.norm for g in curs}) != 1:
            continue
        cur = curs[0]
        bases = []
        for si, fs in sents.items():
            if si < 0:
                continue
            pm = _PRIOR_SENTENCE.match(folded, doc.sentences[si].start)
            if not pm or not (pm.group("prior") or pm.group("year") and prior_year and int(pm.group("year")) == prior_year):
                continue
            for g in fs:
                if g.start >= pm.end() and same_unit(g, cur) and _named_alike(name, _metric_name(folded, g)) \
                        and not is_sub_period(folded, g):
                    bases.append(g)
        if len({g.norm for g in bases}) != 1:
            continue
        gr.cur, gr.base, gr.base_how = cur, bases[0], "named elsewhere"


# the words of a metric's name that say when, where or of what project it is, not what it measures
_NAME_SCOPE = re.compile(r"(?:19|20)\d\d年度?|^已经?|上一?年度?|去年|全年|今年|当年|本年|年度|年内|本项目|项目|[全本我][省市县区镇乡旗]|共计|共|的"
                         r"|实现|完成|达到|各类|各项|数量|总数|数$")


def _part_name(folded: str, sfigs: list[Fig], g: Fig) -> str:
    """床位4,860张，其中医院3,420张 → 医院床位: a part listed after 其中 is named by its own words and the whole's head
    noun (its name alone, 医院, leaves out what it counts); '' for a value that is no such part."""
    s0 = clause_start(folded, g.start, "；;。！？!?\n")
    k = folded.rfind("其中", s0, g.start)
    if k < 0 or re.search(r"[，,；;]", folded[k:g.start].replace("、", "")) and not re.fullmatch(
            r"其中[^，,；;]*(?:[、和及][^，,；;]*)*", folded[k:g.start]):
        return ""
    whole = [f for f in sfigs if f.end <= k and same_unit(f, g)]
    if not whole or clause_end(folded, whole[-1].end) + 1 != k and folded[whole[-1].end:k].strip("，,：: ") != "":
        return ""
    return _metric_name(folded, g) + _metric_name(folded, whole[-1])[-2:]  # (the whole's head noun: 床位, 校生)


# the one character a metric's name may gain and stay itself (用水量 / 用水总量, 出口 / 出口额)
_COUNTED_AS = "总额量值数"


def _named_alike(name: str, other: str) -> bool:
    """Does `other` name the metric `name` names, its words in any order and its scope words aside (年度预算 /
    本项目年度预算 / 上年度项目预算; 小学在校生 / 全市小学在校生)? Every character of the one is in the other, and the
    longer has at most two more."""
    # (counted, not a set: 税收收入 has 收 twice, 非税收入 once, and is no part of it)
    x, y = ("".join(c for c in _NAME_SCOPE.sub("", n) if "\u4e00" <= c <= "\u9fff") for n in (name, other))
    a, b = Counter(x), Counter(y)
    if len(a) < 2 or len(b) < 2:
        return False
    (small, s_name), (big, b_name) = sorted(((a, x), (b, y)), key=lambda p: p[0].total())
    extra = big - small
    # (one character glued before the whole name makes another word of it, 进出口总额 of 出口总额, unless it says only
    # how it is counted: 总用水量 of 用水量)
    if extra.total() == 1 and b_name.endswith(s_name) and b_name[0] not in _COUNTED_AS:
        return False
    return not small - big and extra.total() <= 2 and small.total() >= 2 + (extra.total() > 0)


_NOTE_LEAD = re.compile(r"[（(]?(?:注|备注|说明|附注|附)[：:]")


def _attach_base_elsewhere(doc, folded: str, sents: dict, grs: list[Growth]) -> None:
    """全年缴存额86.45亿元，同比增长9.2%。…（another paragraph）2021年，全市缴存额为80.12亿元。: a year-on-year rate with
    no base in its sentence takes the prior-year value that a sentence of its own states elsewhere in the report under
    exactly the same name and unit; when the name is stated so more than once, or names more than one current value,
    none is taken."""
    todo = [gr for gr in grs if gr.cur is not None and gr.base is None and gr.change is None and gr.cur.sent == gr.g.sent
            and (gr.mode == "pct" and gr.cur.quantity or gr.mode == "pp" and gr.cur.kind == "percent")]
    if not todo:
        return
    prior_year = doc.year - 1 if doc.year else None
    priors: dict[tuple[str, str], list[Fig]] = {}
    year_of: dict[int, int] = {}  # the year a prior sentence names (none for 上年)
    used = {id(gr.base) for gr in grs if gr.base is not None} | {id(gr.cur) for gr in grs if gr.cur is not None}
    for si, sfigs in sents.items():
        if si < 0:
            continue
        s0 = doc.sentences[si].start
        m = _PRIOR_SENTENCE.match(folded, s0)
        if not m and _NOTE_LEAD.match(folded, s0):
            # 注：本公报数据为初步统计数；2015年一般公共预算支出为32.16亿元。: a note's part after ； states the prior
            for k in re.finditer(r"[；;]", folded[s0:doc.sentences[si].end]):
                m = _PRIOR_SENTENCE.match(folded, s0 + k.end())
                if m and (m.group("year") or m.group("cyear") or m.group("prior")):
                    break
                m = None
        if not m:
            continue
        named_year = int(m.group("year") or m.group("cyear").translate(_CN_DIGIT)) \
            if m.group("year") or m.group("cyear") else None
        # the year before the report's, or before the year a heading reviews (一、2008年工作回顾 in a report of 2009)
        if named_year is not None and (prior_year is None or named_year not in (prior_year, prior_year - 1)):
            continue
        for g in sfigs:
            if g.end <= m.end() or g.kind in ("year", "date", "date_range"):
                continue
            between = folded[m.end():g.start]
            # (a note appended, 附：…, stands outside the heading of plans it follows)
            if not (g.quantity or g.kind == "percent") or _PRIOR_STOP.search(between) \
                    or id(g) in used or _planned(folded, doc, g) and "附" not in m.group(0) or is_sub_period(folded, g):
                break  # only the values of the first clauses, before anything changes the period or the scope
            name = re.split(r"[：:]", _metric_name(folded, g))[-1]  # (附：2017年主要指标基数：城镇…收入 → 城镇…收入)
            name = _NAME_LEAD.sub("", name) if name.startswith(("上年", "去年")) else name  # (注：上年税收收入)
            if len(name) >= 2:
                priors.setdefault((name, g.base_unit), []).append(g)
                if named_year is not None:
                    year_of[id(g)] = named_year
    if "的基础上" in folded:
        for g in _priors_on_basis(doc, folded, sents, priors, used):
            if prior_year:
                year_of[id(g)] = prior_year  # (the year before the plan's, as explicit as a year named)
    if not priors:
        return
    wanted: dict[tuple[str, str], list[Growth]] = {}
    own_year: dict[int, int] = {}
    bare: set[int] = set()  # bare 增长: paired only with a sentence naming the year (2019年…为), not with 上年…
    for gr in todo:
        cur = gr.cur
        own = folded[clause_start(folded, gr.g.start):gr.g.start]
        year = _review_year(doc, gr.g.start) or doc.year
        # 同比增长 / 比上年增长, or a bare 增长 (a year's value that grows is compared with the year before)
        if not (_YOY.search(own) or not _COMPARED_WORD.search(own)) or _NOT_YOY.search(own) or any(
                not year or int(y) != year - 1 for y in _YEAR_IN_LEAD.findall(own)):
            continue
        pm = _PRIOR_SENTENCE.match(folded, doc.sentences[cur.sent].start)
        # (2022年全县…达到19,900元，比上年增长8.0% in a report of 2022: a sentence opening on its own year is no prior one)
        if pm and not (year and (pm.group("year") or pm.group("cyear") or "").translate(_CN_DIGIT) == str(year)) \
                or is_sub_period(folded, cur) or _is_ref(folded, cur):
            continue
        lab = item_label(folded, cur)
        y = _YEAR_IN_LEAD.match(lab)
        if y and (not year or int(y.group(1)) != year):
            continue
        own_year[id(gr)] = year
        if not _YOY.search(own):
            bare.add(id(gr))
        key = (_metric_name(folded, cur), cur.base_unit)
        if key not in priors:
            # 通过建议办理推动落实资金1.48亿元，比上年增长19.5% … 上年度建议办理推动落实资金1.26亿元: the prior named the
            # same but for a short lead of the current value's clause (通过, 共, 全年实现…)
            ends = [k for k in priors if k[1] == key[1] and len(k[0]) >= 4 and key[0].endswith(k[0])
                    and len(key[0]) - len(k[0]) <= 3]
            key = ends[0] if len(ends) == 1 else key
        wanted.setdefault(key, []).append(gr)
    # the report's values by (name, unit), built once for all the names wanted
    named: dict[tuple[str, str], list[Fig]] = {}
    units = {u for _, u in wanted}  # (a quick test before the name: the unit must be one wanted)
    for si, sfigs in sents.items():
        if si >= 0:
            for g in sfigs:
                if (g.quantity or g.kind == "percent") and g.base_unit in units:
                    k = (_metric_name(folded, g), g.base_unit)
                    if k in wanted:
                        named.setdefault(k, []).append(g)
    for key, rates in wanted.items():
        years = {own_year[id(gr)] for gr in rates}
        # 上年 stands for the year before the rate's; a named year must be that year
        bases = [b for b in priors.get(key, []) if year_of.get(id(b)) in (None, *(y - 1 for y in years if y))]
        if any(id(gr) in bare for gr in rates):
            bases = [b for b in bases if year_of.get(id(b)) is not None]
        if len(years) != 1:
            continue
        # one current value (or one value restated: a summary and its section give the same number)
        if len(bases) != 1 or len({gr.cur.norm for gr in rates}) != 1:
            continue
        # …and no other value of the report under that name (拨付资金 under two sections' headings: whose base is it?)
        if any(g.norm != rates[0].cur.norm and g is not bases[0] and _plain_value(folded, doc, g)
               for g in named.get(key, ())):
            continue
        b = bases[0]
        if not (same_unit(b, rates[0].cur) if rates[0].cur.quantity else b.kind == "percent"):
            continue
        # the words that scope b: its sentence's lead before its first value, and its own item (附：…城镇…28650元，农村…
        # 13600元: the second value is 农村's, whatever the item before it names)
        s_b = doc.sentences[b.sent].start
        first = min((g.start for g in sents.get(b.sent, ()) if g.start >= s_b), default=b.start)
        scope = folded[s_b:first] + item_label(folded, b)
        if _other_place(item_label(folded, rates[0].cur), scope):
            continue  # 全县…增长7.5%。2019年，全市…: another place's value
        for gr in rates:
            gr.base, gr.base_how = b, "stated elsewhere"
    # 全市发生生产安全事故41起、死亡27人，…死亡人数同比下降12.9% … 2021年全市生产安全事故死亡31人: a prior value whose
    # name is the current value's name with words its own sentence says before it (生产安全事故 + 死亡)
    for (name, unit), rates in wanted.items():
        if any(gr.base is not None for gr in rates) or len(name) < 2 or len({gr.cur.norm for gr in rates}) != 1:
            continue
        cur = rates[0].cur
        years = {own_year[id(gr)] for gr in rates}
        if len(years) != 1:
            continue
        lead = folded[doc.sentences[cur.sent].start:cur.start]
        found = [b for (pname, u), bs in priors.items() if u == unit and pname != name and pname.endswith(name)
                 and len(pname) - len(name) >= 2 and pname[:-len(name)] in lead
                 for b in bs if year_of.get(id(b)) in (None, *(y - 1 for y in years if y))
                 and (id(rates[0]) not in bare or year_of.get(id(b)) is not None)]
        if len(found) == 1 and same_unit(found[0], cur) \
                and not _other_place(item_label(folded, cur), folded[doc.sentences[found[0].sent].start:found[0].start]):
            for gr in rates:
                gr.base, gr.base_how = found[0], "stated elsewhere"
    last_year = {k: [b for b in bs if year_of.get(id(b)) in (None, prior_year)] for k, bs in priors.items()}
    _attach_base_by_head(doc, folded, {k: bs for k, bs in last_year.items() if bs}, wanted, named)


# 在上年发放贷款1.18亿元的基础上进一步扩大 / 在上年末82.4%的基础上使优良路率达到85%: last year's value, named before
# it or by what the clause after 的基础上 raises
_ON_BASIS = re.compile(r"在(?:上年|去年|上一年度?|上年度)(?:末|底)?的?(?P<name>[\u4e00-\u9fff]{0,16})$")
_BASIS_THEN = re.compile(r"的基础上[，,]?(?:进一步|力争|确保|推动)?(?:使|将|把|让)?(?:全[县市区镇乡旗])?"
                         r"(?P<name>[\u4e00-\u9fff]{2,16}?)(?:进一步)?(?:达到|提高到|提升到|增长到|增加到|上升到|突破|超过)")


def _priors_on_basis(doc, folded: str, sents: dict, priors: dict, used: set) -> list[Fig]:
    """Last year's values stated as the basis of a plan (在上年…X的基础上), by metric name and unit, into priors
    (returns those added)."""
    added = []
    ends = {g.end: g for si, fs in sents.items() if si >= 0 for g in fs if g.quantity or g.kind == "percent"}
    for m in re.finditer("的基础上", folded):
        g = ends.get(m.start())
        if g is None or id(g) in used:
            continue
        lab = _ON_BASIS.search(folded, clause_start(folded, g.start), g.start)
        if not lab:
            continue
        name = _metric_name(folded, g) if lab.group("name") else ""
        if not lab.group("name"):
            after = _BASIS_THEN.match(folded, m.start())
            name = after.group("name") if after else ""
            if not name:
                # 税收收入在上年17.02亿元的基础上增长8%: the metric named before 在
                pre = folded[clause_start(folded, g.start):lab.start()]
                name = _NAME_TAIL.sub("", _NAME_LEAD.sub("", pre.split("：")[-1].split(":")[-1]))
        else:
            name = _NAME_LEAD.sub("", lab.group("name"))
            name = _NAME_TAIL.sub("", name)
        if len(name) >= 2 and not _RATE_UP_DOWN.search(name):  # (在上年增长8%的基础上: a rate, not a level)
            priors.setdefault((name, g.base_unit), []).append(g)
            added.append(g)
    return added


# 纪检监察机关共立案 → 立案, 建成科普示范社区 → 科普示范社区: the head of a prior value's name after its scope (…共) or
# the verb of the work (建成); 科普示范社区总数, 立案审查调查: a current name that is that head with a measure word or
# more verbs of the same handling after it
_HEAD_BEFORE = re.compile(r"(?:^|共|共计|建成|新建|建有|拥有|有|实现|完成)$")
_HEAD_AFTER = re.compile(r"(?:总数|总量|总额|数量|数|(?:审查|调查|查处|办理|处理|办结)+)?")


def _attach_base_by_head(doc, folded: str, priors: dict, wanted: dict, named: dict) -> None:
    """上年全县纪检监察机关共立案186件 … 全年立案审查调查217件，同比增长21.6%: a rate whose name is not stated exactly
    so in the prior year's sentence takes the prior value whose name ends on the head its own name starts with (same
    unit), when exactly one prior value and exactly one rate pair so, and neither name has a pairing of its own."""
    taken = {id(gr.base) for rates in wanted.values() for gr in rates if gr.base is not None}
    open_keys = [k for k, rates in wanted.items() if all(gr.base is None for gr in rates) and k not in priors]
    if not open_keys:
        return
    pairs: list[tuple[tuple[str, str], Fig]] = []
    for (pname, unit), bs in priors.items():
        if len(bs) != 1 or id(bs[0]) in taken or (pname, unit) in wanted:
            continue
        for key in open_keys:
            name = key[0]
            if key[1] != unit:
                continue
            k = next((k for k in range(min(len(pname), len(name)), 1, -1) if pname.endswith(name[:k])), 0)
            if k >= 2 and _HEAD_BEFORE.search(pname[:-k]) and _HEAD_AFTER.fullmatch(name[k:]):
                pairs.append((key, bs[0]))
    for key, b in pairs:
        if sum(1 for k2, _ in pairs if k2 == key) != 1 or sum(1 for _, b2 in pairs if b2 is b) != 1:
            continue
        rates = wanted[key]
        if len({gr.cur.norm for gr in rates}) != 1 or any(
                g.norm != rates[0].cur.norm and g is not b and _plain_value(folded, doc, g) for g in named.get(key, ())):
            continue
        if same_unit(b, rates[0].cur):
            for gr in rates:
                gr.base, gr.base_how = b, "stated elsewhere"


def _attach_spans(doc, folded: str, sents: dict, by_sent: dict) -> None:
    """比2005年的3105元翻了一番，“十一五”期间年均增长14.9% / 2019年为782.6亿元，2019年以来年均增长5.6%: a yearly
    average rate whose clause names its span, with the base of the span's first year stated in the sentence."""
    for si, grs in by_sent.items():
        for gr in grs:
            if gr.mode != "cagr" or gr.cur is not None:
                continue
            cs = clause_start(folded, gr.g.start)
            m = _SPAN.search(folded, cs, gr.g.start)
            if not m or not doc.year:
                continue
            if m.group("since"):
                y0, y1 = int(m.group("since")), doc.year
            elif m.group("plan"):
                y1 = _PLAN_SPAN[m.group("plan")]
                y0 = y1 - 5
            else:
                continue
            if y1 != doc.year or y1 <= y0:
                continue  # the current value is the report year's: the span must end there
            bases = [g for g in sents.get(si, []) if g.end <= cs and g.quantity
                     and re.search(rf"{y0}年(?:末|底)?(?:的|为|是)$", label_of(folded, g))]
            if len(bases) != 1:
                continue
            cur = _current_for(doc, folded, sents, bases[0])
            if cur is not None:
                gr.cur, gr.base, gr.base_how, gr.years = cur, bases[0], f"{y0}年", y1 - y0


def _doublings(doc, figs: list[Fig]) -> list[dict]:
    """翻一番 / 翻了一番多 after 由A增加到B → a growth row on B/A against 2^n (more than 2^n with 多)."""
    folded = doc.folded
    if "番" not in folded:
        return []
    sents = _sentences(doc, figs)
    out = []
    for m in _DOUBLING.finditer(folded):
        si = next((f.sent for f in reversed(figs) if f.end <= m.start()), -1)
        sfigs = [g for g in sents.get(si, []) if g.end <= m.start() and g.quantity]
        dcs = clause_start(folded, m.start())
        if not any(g.start >= dcs for g in sfigs) and _DOUBLED_SINCE.search(folded, dcs, m.start()):
            # 俱乐部数量比2020年翻了一番，达到46个: doubled since a year whose value the text does not give
            prev = sfigs[-1] if sfigs and clause_end(folded, sfigs[-1].end) + 1 == dcs else None
            row = _doubling_unverifiable(doc, folded, figs, m, dcs, prev)
            if row:
                out.append(row)
            continue
        ahead = None
        if not any(g.start >= dcs for g in sfigs):
            # 粮食总产量翻了一番，由上年的6.2万吨增加到12.4万吨: the word first, the values in the clause right after
            nce = clause_end(folded, m.end())
            nxt = [g for g in figs if nce < g.start and g.quantity and clause_start(folded, g.start) == nce + 1] \
                if folded[nce:nce + 1] in ("，", ",") and not _DOUBLING_AIM.search(folded, dcs, m.start()) else []
            ahead = next(((b, c) for c in nxt if (b := _from_value(folded, nxt, c, _UP_TO_LEVEL)) is not None), None)
        if ahead is not None:
            base, cur = ahead
        else:
            if not sfigs:
                continue
            cur = sfigs[-1]
            # the doubling sits in the value's own clause or the one right after it (dcs: the doubling's clause)
            if dcs > cur.end and dcs != clause_end(folded, cur.end) + 1 or re.search(r"[。！？!?\n]", folded[cur.end:m.start()]):
                continue
            ccs = clause_start(folded, cur.start)
            frm = _from_value(folded, sfigs, cur, _UP_TO_LEVEL)
            if frm is not None:
                base = frm
            elif re.search(r"(?:比|较)(?:上年|去年|(?:19|20)\d\d年(?:末|底)?)的?$", folded[ccs:cur.start]) \
                    and re.fullmatch(r"(?:增长|增加)?了?", folded[cur.end:m.start()]):
                # 设施蔬菜3.8万亩，比2005年的1.6万亩翻了一番多: the base before 翻, the value before it in the sentence
                # (or, 地区生产总值比2014年的486.3亿元翻了一番多, the one value of the metric named earlier in the paragraph)
                base = cur
                cur = _current_for(doc, folded, sents, base)
                if cur is None:
                    continue
            else:
                continue
        factor = Decimal(2) ** _DOUBLING_N[m.group("n")]
        if base.norm_interval().contains(Decimal(0)):
            continue  # (a base of nothing doubles to nothing: no ratio to take)
        ratio = cur.norm_interval() / base.norm_interval()
        if not ratio.bounded:
            continue
        got = fmt_interval(ratio, 3)
        stated = f"{cur.text}，{m.group(0)}，上年 {base.text}"
        if m.group("more"):
            ok = ratio.high > factor
            need = f"more than {factor} times"
        else:
            # 翻一番 is a round word: it holds within 5%, and is left alone otherwise
            ok = ratio.overlaps(Interval(factor * Decimal("0.95"), factor * Decimal("1.05")))
            need = f"about {factor} times"
            # …but a value that grew by well under what the word says (由6200元增加到11400元，翻了一番) is called so,
            # unless the word is hedged (接近翻一番, 基本翻番)
            if not ok and (ratio.high >= factor * Decimal("0.85") or _DOUBLING_HEDGE.search(folded, max(0, m.start() - 3),
                                                                                         m.start())):
                continue
        computed = f"{cur.text}/{base.text} = {got} times; {m.group(0)} needs {need}"
        start, end = (min(base.start, cur.start) if cur.sent == base.sent else base.start), m.end()
        if ahead is not None:
            start, end = m.start(), cur.end  # (the word first, its values after it)
        if ok:
            out.append(result("growth", schema.CONSISTENT, [base, cur], start, end, stated, computed,
                              f"From {base.text} to {cur.text} is {got} times, matching {m.group(0)} ({need}).",
                              f"由{base.text}到{cur.text}为{got}倍，与“{m.group(0)}”相符。"))
        else:
            out.append(result("growth", schema.INCONSISTENT, [base, cur], start, end, stated, computed,
                              f"From {base.text} to {cur.text} is only {got} times, not {need} as {m.group(0)} says.",
                              f"由{base.text}到{cur.text}仅为{got}倍，与“{m.group(0)}”不符。"))
    return out


_DOUBLING_AIM = re.compile(r"力争|确保|争取|目标|计划|预计|将|要")  # 力争翻一番: an aim, not a result
_DOUBLING_HEDGE = re.compile(r"接近|近|基本|将近|几乎|快|约|超过|以上")
_DOUBLED_SINCE = re.compile(r"(?:比|较)(?:上年|去年|(?:19|20)\d\d年(?:末|底)?)(?:同期)?(?:增长|增加)?了?$")


def _doubling_unverifiable(doc, folded: str, figs: list[Fig], m: re.Match, dcs: int, prev: Fig | None) -> dict | None:
    """比2020年翻了一番，达到46个 with no value for 2020 → an unverifiable growth row with the value reached (named in the
    clause right after, or the value of the clause right before) and the base it implies; a plan (力争…翻一番) gets none."""
    after = [g for g in figs if g.start >= m.end() and g.quantity][:1]
    cur = after[0] if after and clause_start(folded, after[0].start) == clause_end(folded, m.end()) + 1 \
        and _LEVEL_AFTER.fullmatch(folded[clause_start(folded, after[0].start):after[0].start]) else prev
    snt = doc.sentence_at(m.start())
    s0 = min(doc.sentences[cur.sent].start if cur is not None and cur.sent >= 0 else dcs, snt.start if snt else dcs)
    ahead = [int(y) for y in re.findall(r"(?:到|至)((?:19|20)\d\d)年", folded[s0:m.start()])]
    if _PLAN.search(folded, s0, m.start()) or _TARGET_BEFORE.search(folded, s0, m.start()) \
            or (cur is not None and _planned(folded, doc, cur)) or (doc.year and any(y > doc.year for y in ahead)):
        return None  # 力争… / 目标是… / 到2025年…翻一番: a plan
    factor = Decimal(2) ** _DOUBLING_N[m.group("n")]
    ids = [cur] if cur else []
    if cur is not None:
        implied = cur.norm_interval().scale(1 / (factor * cur.multiplier))
        computed = f"{cur.text} {m.group(0)} implies a base {'under' if m.group('more') else 'about'} " \
                   f"{fmt_interval(implied, (cur.decimals or 0) + 1, cur.unit)}"
    else:
        computed = f"no value given for the base of {m.group(0)}"
    return result("growth", schema.UNVERIFIABLE, ids, min(dcs, cur.start if cur else dcs), max(m.end(), cur.end if cur else 0),
                  m.group(0), computed,
                  f"The text says the value {m.group(0)} (×{factor}) but does not give the earlier value, so it cannot be checked.",
                  f"文中称{m.group(0)}，但未给出比较期的数值，无法核对。")


def _stated(gr: Growth) -> str:
    parts = [gr.cur.text] if gr.cur is not None else []
    verb = {"pct": "下降" if gr.down else "增长", "pp": "下降" if gr.down else "提高", "times": "是上年的",
            "grow_times": "增长", "abs": "减少" if gr.down else "增加", "cagr": "年均下降" if gr.down else "年均增长"}[gr.mode]
    parts.append(f"{verb}{gr.g.text}")
    if gr.base is not None:
        parts.append(f"{'基期' if gr.mode == 'cagr' else '上年'} {gr.base.text}")  # (年均: the level it grew from)
    return "，".join(parts)


def _implied_base(gr: Growth) -> tuple[Interval | None, Interval | None]:
    """A rate with its current value → the base it implies: allowing for the rounding of both, and taking the value
    as exact (only the rate's rounding)."""
    if gr.mode == "cagr":
        return None, None  # the span of years is not known without the base
    if gr.mode in ("pp", "abs"):
        g = gr.g.interval()
        step = (-g if gr.down else g) if g.bounded else None
    else:
        r = _ratio_iv(gr)
        if r is None and gr.mode == "grow_times":
            g = gr.g.interval()
            r = Interval(ONE + g.low, ONE + g.high) if g.bounded else None
        if r is None or not r.bounded or r.contains(Decimal(0)):
            return None, None

    def implied(cur: Interval) -> Interval | None:
        if not cur.bounded:
            return None
        if gr.mode in ("pp", "abs"):
            return cur - step if step is not None else None
        return cur / r

    exact = Interval.point(gr.cur.value) if gr.cur.value is not None else gr.cur.interval()
    return implied(gr.cur.interval()), implied(exact)


def _with_base_text(gr: Growth) -> Growth:
    """A growth whose base is current ∓ change → the same with a stand-in base record carrying that text."""
    sign = "+" if gr.down else "−"
    stand = replace(gr.change, text=f"({gr.cur.text} {sign} {gr.change.text})")
    return replace(gr, base=stand)


def _judge(gr: Growth):
    """(verdict, stated, computed, en, zh, cause) for a rate with its current value and base."""
    cur, base, g = gr.cur, gr.base, gr.g
    c = cur.norm_interval()
    ch = None
    if base is None:
        if gr.change is None:
            return None
        ch = gr.change.norm_interval()
        b = c + ch if gr.down else c - ch
        gr = _with_base_text(gr)
    else:
        b = base.norm_interval()
    if not c.bounded and b.bounded and cur.qualifier in ("at_most", "at_least"):
        # 由120个工作日压缩至45个工作日以内，压缩62.5%: the rate is of the bound as stated; it may confirm, never refute
        got = _judge(replace(gr, cur=replace(cur, qualifier="")))
        return got if got and got[0] == schema.CONSISTENT else None
    if not (c.bounded and b.bounded) or b.contains(Decimal(0)) or (b.low is not None and b.low <= 0):
        return None
    base = gr.base
    d = (g.decimals or 0)
    shown = d + 1  # the decimals both intervals are shown to (more where a near miss would look like a match)
    if gr.mode == "pp":
        # in percentage points on both sides: 2.86‰ − 4.12‰ = −0.126 points = 1.26个千分点
        diff = cur.interval().scale(cur.multiplier * 100) - base.interval().scale(base.multiplier * 100)
        want = g.interval().scale(g.multiplier * 100)  # 个百分点 as is, 42个基点 → 0.42 points
        want = -want if gr.down else want
        ok = diff.overlaps(want)
        got_txt = f"{cur.text} − {base.text} = {fmt_interval(diff, d + 1)} points"
    elif gr.mode == "abs":
        diff = (c - b).scale(1 / g.multiplier)
        want = g.interval()
        want = -want if gr.down else want
        ok = diff.overlaps(want)
        got_txt = f"{cur.text} − {base.text} = {fmt_interval(diff, d + 1, g.unit)}"
    elif gr.mode == "cagr":
        if not gr.years:
            return None
        ratio = c / b
        root = ONE / Decimal(gr.years)
        pct = Interval(ratio.low ** root - ONE, ratio.high ** root - ONE).scale(HUNDRED)
        want = g.pct_interval()
        want = -want if gr.down else want
        ok = pct.overlaps(want)
        got_txt = f"({cur.text}/{base.text})^(1/{gr.years}) − 1 = {fmt_interval(pct, d + 1, '%')}"
    else:
        ratio = c / b
        if gr.mode in ("times", "grow_times"):
            # 增长1.5倍 is read both ways: as 1.5 times the base and as 2.5 times
            want = g.interval()
            ok = ratio.overlaps(want) or gr.mode == "grow_times" and ratio.overlaps(Interval(ONE + want.low, ONE + want.high))
            got_txt = f"{cur.text}/{base.text} = {fmt_interval(ratio, d + 2)} times"
        else:
            pct = Interval(ratio.low - ONE, ratio.high - ONE).scale(HUNDRED)
            if ch is not None and ch.low is not None and ch.low >= 0 and ch.high is not None and c.low > 0:
                # 31.6万吨，增产1.8万吨，增长6.4%: the base is the value less the change, the same value twice; the rate
                # rises with change/value (r/(1−r), or r/(1+r) for a fall), so that ratio's bounds give its bounds
                r_lo, r_hi = ch.low / c.high, ch.high / c.low
                if gr.down:
                    pct = Interval(-(r_hi / (ONE + r_hi)), -(r_lo / (ONE + r_lo))).scale(HUNDRED)
                elif r_hi < ONE:
                    pct = Interval(r_lo / (ONE - r_lo), r_hi / (ONE - r_hi)).scale(HUNDRED)
            want = g.pct_interval()
            want = -want if gr.down else want
            ok = pct.overlaps(want)
            shown = shown_apart(pct, want, d + 1)
            got_txt = f"{cur.text}/{base.text} − 1 = {fmt_interval(pct, shown, '%')}"
            moved = _days_share_moved(cur, c, b, want) if not ok else None
            if moved is not None:
                # 优良天数达到269天，同比增加27天，同比上升7.6%: the share of the year's days, in points
                got = fmt_interval(moved, d + 1)
                return (schema.CONSISTENT, _stated(gr), f"{cur.text} and {base.text} as shares of a year's days differ by "
                        f"{got} points; stated {g.text} needs {fmt_interval(want, d + 1)}",
                        f"Read as the change in the share of the year's days ({base.text} to {cur.text} of 365 or 366), "
                        f"{got} points, matching the stated {g.text}.",
                        f"按全年天数占比理解，由{base.text}到{cur.text}上升{got}个百分点，与所述{g.text}相符。", "")
    computed = f"{got_txt}; stated {g.text} needs {fmt_interval(want, shown)}"
    if ok:
        return (schema.CONSISTENT, _stated(gr), computed,
                f"From {base.text} to {cur.text} is {got_txt.split(' = ')[-1]}, matching the stated {g.text}.",
                f"由{base.text}到{cur.text}为{got_txt.split(' = ')[-1]}，与所述{g.text}相符。", "")
    return (schema.INCONSISTENT, _stated(gr), computed,
            f"From {base.text} to {cur.text} is {got_txt.split(' = ')[-1]}, not the stated {g.text}; the rate or one of the values is wrong.",
            f"由{base.text}到{cur.text}实为{got_txt.split(' = ')[-1]}，与所述{g.text}不符，应核对。",
            (_rate_slip(c, b, want) or _rate_rounding(pct, want, d)) if gr.mode == "pct" else "")


def _days_share_moved(cur: Fig, c: Interval, b: Interval, want: Interval) -> Interval | None:
    """A count of a year's days (优良天数269天) whose stated rise is the change of its share of the year in points
    (269/365 − 242/366 = 7.58 points), either year a leap year or not → that change, else None."""
    if cur.base_unit != "天" or "天数" not in cur.metric or c.high is None or c.high > 366 or b.low is None or b.low <= 0:
        return None  # (a count of days named so — 优良天数 — not a duration: 企业开办时间压缩至15天)
    moved = Interval(c.low * 100 / 366 - b.high * 100 / 365, c.high * 100 / 365 - b.low * 100 / 366)
    return moved if moved.overlaps(want) else None


def _alone_span(folded: str, g: Fig) -> tuple[int, int]:
    """A rate shown with no value of its own: marked from its cue (工业增加值增长8.9%) to its end."""
    cue = _cue(folded, clause_start(folded, g.start), g.start)
    return (cue.start() if cue else g.start), g.end


def _reseated(gr: Growth, g: Fig, **changes) -> tuple[Growth, list[Fig], int]:
    """A rate paired anew (a copy: the growths found are kept on the document for the other rules) → it, the figures its
    row uses and the start of its span in the rate's sentence."""
    gr = replace(gr, **changes)
    ids = [f for f in (gr.cur, g, gr.change) if f is not None]
    return gr, ids, min(f.start for f in ids if f.sent == g.sent)


def _rate_rounding(pct: Interval, want: Interval, d: int) -> str:
    """A rate just past what the values give, by its rounding (11.49% stated 12%: rounded twice) → the cause, else ''."""
    if not (pct.bounded and want.bounded):
        return ""
    if want.high <= 0:  # (a fall: the sizes compared, as stated — 下降8% of −7.49%)
        pct, want = -pct, -want
    return rounding_cause(pct, (want.low + want.high) / 2, d)


def _rate_slip(c: Interval, b: Interval, want: Interval) -> str:
    """A wrong rate that the two values give, as stated, when divided the wrong way → its probable cause, else ''.
    比去年增加7人，达19人，增长36.8%: 7/19 = 36.8% — the change over this year's value, not last year's (12);
    由50个增至60个，增长120%: 60/50 = 120% — the ratio of the two values given as the rise. The values are taken as
    written (the middle of their rounding): a slip is likely only when it gives the stated rate itself."""
    if not (c.bounded and b.bounded and want.bounded):
        return ""
    cm, bm = (c.low + c.high) / 2, (b.low + b.high) / 2
    if cm <= 0 or bm <= 0:
        return ""
    if want.contains((cm - bm) / cm * HUNDRED):
        return "the change divided by this period's value instead of the base's"
    if want.contains(cm / bm * HUNDRED):
        return "the ratio of the two values given as the rise (current/base, not current/base − 1)"
    return ""


def _chain(folded: str, sfigs: list[Fig], f: Fig, step: int) -> list[Fig]:
    """A figure and the figures of its kind listed with it (、 和 及) before it (step −1) or after it (step 1)."""
    out, i = [f], sfigs.index(f)
    while 0 <= i + step < len(sfigs):
        g = sfigs[i + step]
        lo, hi = (g, out[-1]) if step < 0 else (out[-1], g)
        if g.quantity != f.quantity or g.kind != f.kind and not f.quantity \
                or not _LIST_JOIN.fullmatch(folded, lo.end, hi.start):
            break
        out.append(g)
        i += step
    return out[::-1] if step < 0 else out


_PLACE = re.compile(r"全(?:国|省|市|县|区|州|盟|旗|镇|乡)|[市县区镇]本级|城区")
_TOWN_OR_COUNTRY = re.compile(r"农村|城镇|城市|乡村")


def _other_place(a: str, b: str) -> bool:
    """Do two labels name different places or scopes (全县 / 全市, 市本级 / 全市; 城镇 / 农村)? A label naming none
    differs from no other."""
    for rx in (_PLACE, _TOWN_OR_COUNTRY):
        pa, pb = set(rx.findall(a)), set(rx.findall(b))
        if pa and pb and pa != pb:
            return True
    return False


def _unit_shorthand(b: Fig, cur: Fig) -> bool:
    """86万吨标准煤，比上年的90万吨: the base's unit is the current's written short (吨 for 吨标准煤), one kind of measure."""
    return bool(b.base_unit and cur.base_unit.startswith(b.base_unit) and len(cur.base_unit) > len(b.base_unit)
                and b.kind == cur.kind and b.kind in ("weight", "area", "length", "volume", "energy"))


_YEAR_IN_LEAD = re.compile(r"((?:19|20)\d\d)年")
