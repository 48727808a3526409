"""Growth and targets: "4941万元，同比增长20.7%" against a stated base, and "超额完成…增长20%以上的要求".

growth      the current value, the rate and the base (上年为…, 比上年的…, 由A提高到B, 是上年…的N倍):
            judged when the base is stated; otherwise unverifiable, with the base the rate implies as an
            interval (4941万元 and 20.7% imply [4940.5/1.2075, 4941.5/1.2065]万元). A rate is called wrong only
            on a certain pairing: never across scopes (人均, 一季度, 其中…), at constant prices (可比价, GDP,
            增加值), or when another value could be the one the base belongs to (see _doubtful).
target_met  achieved against a target (以上 = at least, 以内 = at most), "为目标X的P%", "高出N个百分点",
            stated gaps (还差140人, 超额完成200人, 超额完成8.7%), targets named by their metric and judged
            against the value named the same (按期办结率95%以上…均已完成), and claims of having met
            (完成/实现/超额完成) a target that was not met.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from .. import schema
from .common import (_PER_UNIT, _PLAN, _SUB_PERIOD, CLAUSE_SEP, Fig, cached, clause_end, clause_start, figs_of,
                     figs_by_sentence, in_plan, is_base, plan_heading,
                     is_change, is_per_unit, is_target, is_sub_period, item_label, label_of, per_figure, result,
                     same_unit, sentences_with)
from .intervals import Interval, fmt_interval, fmt_nearest, fmt_outward

HUNDRED = Decimal(100)
ONE = Decimal(1)
_UP = "增长|增加(?!值)|增产|增收|提高|提升|上升|上涨|回升|攀升|增|扩大|偏多|偏高"
_DOWN = "下降|减少|降低|减产|减收|回落|下滑|下跌|降|缩小|缩短|压缩|精简|减|偏少|偏低"
# 同比增长 / 下降了 / 增幅为 / 降幅达 / 年均增长: the cue right before a rate
# (人口自然增长率 is births less deaths, a level of its own, not the growth of anything)
_WIDTH = r"增幅|涨幅|增速|(?<!自然)增长率|增长幅度|降幅|跌幅|减幅|下降幅度|减少幅度"
_CUE = re.compile(rf"(?:分别|依次)?(?P<avg>年均|年平均)?(?:(?P<dir>{_UP}|{_DOWN})(?:了)?|(?P<width>{_WIDTH})(?:分别|依次)?(?:为|是|达到|达|约为)?"
                  # 增速一度回落至4.8%: the rate itself, moved to a new level
                  rf"|(?P<level>(?:{_WIDTH})[^，,；;。\d%]{{0,6}}?(?:回落|回升|提高|下降|放缓|加快|降|升)(?:至|到)))$")
# 比上年多180万元 / 比上年的25.83亿元增加2.63亿元 / 较2010年提高0.18平方米: an absolute change
_ABS_DOWN = re.compile(r"(?:少|减少|降低|下降|缩小|缩短|压缩|净减|减产|减收|少收)了?$|(?:比|较)[^，,；;。]{0,8}少[\u4e00-\u9fff]{1,3}$")
_TIMES = re.compile(r"(?:是|为|相当于)(?:上年|去年|上年同期|\d{4}年|“[^”]{1,6}”(?:时期|期间))(?:同期)?(?P<inner>.{0,20}?)的$"
                    r"|(?P<grow>增长|增加|提高)(?:了)?$")
_TARGET_AFTER = re.compile(r"^(?:以上|左右|以内|以下)?的(?:[\u4e00-\u9fff]{0,4}|[“\"][^”\"，。]{1,6}[”\"])?(?:目标|要求|任务|计划|指标)")
# 完成年度削减2.5%任务 / 完成增长8%目标: a rate with its target noun right after it (a count is not: 完成3项任务 counts tasks)
_RATE_TARGET_AFTER = re.compile(r"^(?:以上|左右|以内|以下)?(?:目标|任务|指标)(?![\u4e00-\u9fff]{0,2}[\d%])")
_TARGET_BEFORE = re.compile(r"目标(?!外)|任务(?!外)|要求|预算(?!收入|支出|内|外|单位|资金|执行|管理|绩效)|计划(?!外|生育|免疫)|指标|确定的|提出的|下达的")
_BASE_LABEL = re.compile(r"上年|去年|上年同期|同期|上一年|(?:19|20)\d\d年|上月|上个月|上季度|上一季度|(?:比|较|与)年初|年初(?:为|是)$"
                         r"|(?:比|较)\d{1,2}月(?:底|末)|^\d{1,2}月(?:底|末)(?:为|是)$")
# 较上一年度减少19个（上一年度为145个）: the prior year named as a 年度, which common's period words do not cover
_PRIOR_YEAR = r"(?:上一年度|上年度|上一年|前一年)"
_BARE_CHANGE = re.compile(r"^(?:净增|净减|净增加|净减少|增加了?|减少了?|多了?|少了?|增收|减收|增产|减产)$")
# 税收收入21.5亿元，增收2.5亿元，增长13.2%: a bare change right after a value of its unit, a rate right after it
_RATE_NEXT = re.compile(rf"[，,、](?:同比)?(?:{_UP}|{_DOWN}|{_WIDTH})(?:了|为|达)?\d+(?:\.\d+)?%")
_CHANGE_PRIOR = re.compile(rf"(?:比|较){_PRIOR_YEAR}.{{0,24}}?(?:多|少|增加|减少|提高|降低|下降|增长|上升|净增|净减)了?$"
                           r"|(?:(?:比|较)(?:上年|去年|上年同期|去年同期|(?:19|20)\d\d年)|同比).{0,12}?(?:增产|减产|增收|减收|多收|少收)了?$"
                           # 比上年多融资6.4亿元 / 较上年少支出: 多/少 with a verb of its own
                           r"|(?:比|较)(?:上年|去年|上年同期|去年同期|(?:19|20)\d\d年)(?:同期)?(?:多|少)[\u4e00-\u9fff]{1,3}$")
_BASE_PRIOR = re.compile(rf"(?:(?:比|较){_PRIOR_YEAR}的?|{_PRIOR_YEAR}(?:分别)?(?:为|是))$"
                         r"|(?:比|较)(?:上年|去年|(?:19|20)\d\d年)(?:同期)?(?P<of>[\u4e00-\u9fff]{1,8})的$")
# one of these is in every wording of a base: a comparison (比/较), a period (上年, 同期, 2019年, 上届) or a start (由/从)
_BASE_CHARS = "年上期由从比较"
# …but not a change written before its figure (比上年增加的)
_VERB_CHARS = re.compile(r"[增减多少升降长高低]")
_DOWN_WORD = re.compile(_DOWN)
_DOWN_LEAD = re.compile(r"降|跌|减|下降")


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
_EMPTY_BRACKETS = re.compile(r"（）|\(\)")
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
_NEGATION = re.compile(r"未|没有|没能")
# 由上年的5,518万元增加到6,380万元 / …增至2002年的2.35亿元: a clause reaching its value from another
_FROM_TO = re.compile(r"[由从].*(?:" + _UP + "|" + _DOWN + r")(?:到|至)")
_TO_LEVEL = re.compile(rf"(?:{_UP}|{_DOWN}|降)(?:到|至)(?:(?:19|20)\d\d(?:年|届|年度)(?:末|底)?的?)?$")
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


@per_figure
def _planned(folded: str, doc, f: Fig) -> bool:
    """in_plan, except for a figure under a heading that reviews the period (预算执行情况) with no plan word in its own
    sentence before it."""
    if not in_plan(folded, doc, f):
        return False
    if _plan_stays(doc.section_at(f.start)):
        return True
    s = doc.sentences[f.sent].start if f.sent >= 0 else f.start
    return bool(_PLAN.search(folded, s, f.start))


@per_figure
def _is_change(folded: str, f: Fig) -> bool:
    """is_change, also for 较上一年度减少19个 and the bare 净增1.26万人 right after 由…增加到19.72万人."""
    if not f.quantity:
        return False
    lab = label_of(folded, f)
    if ("比" in lab or "较" in lab) and (is_change(folded, f) or _CHANGE_PRIOR.search(lab)):
        return True  # every comparison wording names 比 or 较 (同比 too)
    if len(lab) > 3 or not _BARE_CHANGE.match(lab):  # its words are three characters at most
        return False
    cs = clause_start(folded, f.start)
    prev = clause_start(folded, cs - 1)
    if _FROM_TO.search(folded, prev, f.start):
        return True
    # the value it changes ends the clause right before it, in its unit, and a rate of the same change follows
    u = f.unit
    return bool(u and cs >= len(u) + 2 and folded[cs - 1] in "，," and folded.startswith(u, cs - 1 - len(u))
                and folded[cs - 2 - len(u)].isdigit() and _RATE_NEXT.match(folded, f.end))


# the words one of which every target label names (_TARGET_WORK, _TARGET_LEVEL, common._TARGET_LABEL)
_TARGET_WORDS = ("目标", "计划", "任务", "指标", "预算")
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


@per_figure
def _is_tgt(folded: str, f: Fig) -> bool:
    """is_target, also for 目标为完成…2,400户 and 目标为城镇化率达到60%."""
    lab = label_of(folded, f)
    if not any(w in lab for w in _TARGET_WORDS):
        return False  # a quick test: every wording of a target (here and in is_target) names one of these
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
    if _is_change(folded, f) or _is_base(folded, f):
        return True
    if f.quantity and _COMPARED_NEXT.match(folded, f.end) and _BUDGET_LABEL.search(label_of(folded, f)):
        return False
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
    lab = label_of(folded, f)
    if not any(c in lab for c in _BASE_CHARS):
        return False  # a quick test: every wording of a base (here and in is_base) names one of these
    m = _BASE_PRIOR.search(lab)
    if is_base(folded, f) or bool(m and not (m.group("of") and _VERB_CHARS.search(m.group("of")))) or (
            f.quantity and bool(_PRIOR_LEAD.match(lab)) and not re.search(r"结转|结余|以来|累计|至今", lab)):
        return True
    m = _BASE_NAMED.search(lab) if f.quantity else None
    return bool(m and not _VERB_CHARS.search(m.group("of")) and _VERB_NEXT.match(folded, f.end))
_CLAIM_MET = re.compile(r"超额完成|完成|实现|达到|超过|突破|高出|超出")
_CLAIM_NOT = re.compile(r"未(?:能)?(?:完成|实现|达到)|没有(?:完成|实现|达到)|低于|差")
_SUBJECT_OK = re.compile(r"^(?:受[^，]{0,10}影响|全年|今年|当年|年内|比上年|较上年|同比|环比|与上年相比|比去年|较去年|分别|依次|均|共"
                         r"|(?:比|较)(?:上月|上个月|上季度|上一季度|上期))*$")
_SUBJECT_STRIP = re.compile(r"(?:比|较|是|为|与|相当于)(?:上年|去年|上届|上年同期|去年同期|\d{4}年|年初|上年末|上年底|去年末|去年底"
                            r"|上月|上个月|上季度|上一季度|\d{1,2}月(?:底|末))(?:同期)?(?:相比)?的?"
                            r"(?:完成数|实际完成数?|决算数|执行数|预计完成数?)?(?:相比|比较)?|的$|分别$|依次$")


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1) if "\u4e00" <= s[i] <= "\u9fff" and "\u4e00" <= s[i + 1] <= "\u9fff"}


def _names(subject: str, labels: list[str]) -> bool:
    """Does a rate's own subject (事故起数和死亡人数) name what the candidate values count (发生各类生产安全事故7起)?"""
    subj = _bigrams(subject)
    return bool(subj) and any(subj & _bigrams(lab) for lab in labels)


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
    for f in figs:
        if f.quantity and f.value is not None and _is_change(folded, f) and not _planned(folded, doc, f):
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
            gr = Growth(f, prev.down, prev.mode)
            out.append(gr)
            prev = gr
            continue
        prev = None
        cs = clause_start(folded, f.start)
        m = _search_end(_TIMES, folded, cs, f.start) if f.kind == "ratio" else _cue(folded, cs, f.start)
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
        prev = gr
    # current values and bases, sentence by sentence
    by_sent: dict[int, list[Growth]] = {}
    for gr in out:
        by_sent.setdefault(gr.g.sent, []).append(gr)
    for si, grs in by_sent.items():
        sfigs = sents.get(si, [])
        _attach(folded, sfigs, grs, doc.year)
    _shared_years(folded, by_sent)
    _attach_previous(doc, folded, sents, by_sent)
    _attach_share_previous(doc, folded, sents, by_sent)
    _attach_base_list_nearby(doc, folded, sents, by_sent)
    _attach_level_earlier(doc, folded, sents, by_sent)
    _attach_base_nearby(doc, folded, sents, by_sent)
    _attach_prior_actual(doc, folded, figs, by_sent)
    _attach_subjectless(doc, folded, sents, by_sent)
    _attach_spans(doc, folded, sents, by_sent)
    _attach_named_earlier(doc, folded, sents, by_sent)
    _attach_base_elsewhere(doc, folded, sents, out)
    return out


_COMPARE_LEAD = re.compile(r"(?:与|同|和|较|比)(?:上年|去年)(?:同期)?(?:相比|比较)?[，,]")
_SUBJECT_HEAD = re.compile(rf"^([\u4e00-\u9fff、]{{2,10}}?)(?:{_UP}|{_DOWN}|多|少)")


def _attach_previous(doc, folded: str, sents: dict, by_sent: dict) -> None:
    """与上年相比，事故起数减少9起、下降19.6%，死亡人数减少5人、下降19.2%: a sentence that only compares states the
    changes; the current values are in the sentence before, each named by its subject (事故起数 → 生产安全事故37起),
    one candidate only. The change then gives the base (current ∓ change)."""
    for si, grs in by_sent.items():
        if si <= 0 or not _COMPARE_LEAD.match(folded, doc.sentences[si].start):
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


_SHARE_SUBJECT = re.compile(r"^([^，,；;。\d%]{2,8}?)的?(?:比例|占比|比重|所占比重|所占比例)(?:比上年|较上年|同比)?$")


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
            lead = _COMPARE_LEAD.match(folded, s0)
            if cs != s0 and folded[cs - 1] not in "。\n" and not (lead and lead.end() == cs):
                continue
            m = _SHARE_SUBJECT.match(_strip_end(_CUE, folded[cs:gr.g.start]))
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
            if after:
                gr.base, gr.base_how = after[0], "上年为…"


# 上年旅游收入为16.5亿元 / 2019年全县一般公共预算收入为8.2亿元: a sentence of its own stating a prior value, named
_BASE_SENTENCE = re.compile(r"^(?:(?P<prior>上年同期|去年同期|上一年度|上年度|上一年|上年|去年)|(?P<year>(?:19|20)\d\d)年(?:全年|同期)?)[，,]?"
                            r"(?:全县|全市|全区|全镇|全乡|全省|全旗)?(?:共计|共)?(?P<name>[\u4e00-\u9fff]{2,12}?)(?:为|是|达到|达|实现|完成|共)?$")
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


def _attach_subjectless(doc, folded: str, sents: dict, by_sent: dict) -> None:
    """支出决算19.76万元…。其中公务用车运行维护费15.42万元…。较上年减少5.18万元，下降20.8%: a comparison sentence
    without a subject is about the one value of the unit that the paragraph's last full sentence states (a 其中
    breakdown in between is skipped); the stated change then gives the base."""
    for si, grs in by_sent.items():
        if si <= 0 or not _SUBJECTLESS.match(folded, doc.sentences[si].start):
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
                     and not is_sub_period(folded, g)]
            if len(named) != 1:
                continue
            if gr.mode == "abs":
                gr.cur = named[0]
            elif gr.mode == "pct" and gr.cur is None and len([a for a in grs if a.mode == "abs"]) == 1 and unit_fig.start < gr.g.start:
                abs_gr = next(a for a in grs if a.mode == "abs")
                if abs_gr.down == gr.down:
                    gr.cur, gr.change, gr.base_how = named[0], unit_fig, "current − change"


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
    lists: list[list[Growth]] = []
    for gr in grs:
        if lists and gr.mode != "abs" and lists[-1][-1].mode != "abs" and _LIST_JOIN.fullmatch(folded, lists[-1][-1].g.end, gr.g.start):
            lists[-1].append(gr)
        else:
            lists.append([gr])
    for group in lists:
        if group[0].mode == "abs":
            _attach_abs(folded, sfigs, group[0], used)
            continue
        first = group[0].g
        cs = clause_start(folded, first.start)
        own = folded[cs:first.start]
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
                 and (not _is_ref(folded, g) or _of_year(folded, g, year))]
        if not _PER_UNIT.search(own):
            # 受理群众诉求486,312件，日均1,332件，同比增长23.6%: a per-day or per-capita value is not what grew
            cands = [g for g in cands if not _per_unit(folded, g)] or cands
        if k == 1 and inner_base and [g for g in cands if same_unit(g, inner_base[-1])]:
            # 集体访46批1,377人次，比上年的57批下降19.3%: the base's unit picks the value
            cands = [g for g in cands if same_unit(g, inner_base[-1])]
        late = _value_after(folded, sfigs, group[-1].g) if k == 1 and all(g in inner_base for g in own_figs) else None
        if late is not None and (not cands or not subject_ok):
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
            if k == 1 and len(by_unit) == 1:
                cands = by_unit
            elif k == 1 and len(by_name) == 1:
                cands = by_name
            # 事故起数和死亡人数分别下降…: a subject of its own must name the values before it
            elif not (cands and _names(subject, [item_label(folded, c) for c in cands[-k:]])):
                continue
        if own_figs and not inner_base:
            cands = [g for g in own_figs if g.quantity and not _is_change(folded, g)][-k:] or cands
        curs = cands[-k:] if len(cands) >= k else []
        if k > 1 and curs and len({c.base_unit for c in curs}) != len(curs) and len(curs) != k:
            curs = []
        for gr, cur in zip(group, curs):
            if cur.end <= first.start and _scope_mismatch(folded, folded[max(cs, cur.end):first.start], cur):
                continue  # 全县地区生产总值128.6亿元，人均地区生产总值增长7.5%: the rate is of another scope
            gr.cur = cur
            used.add(cur.start)
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
            group[0].base, group[0].base_how = inner_base[-1], "比上年的…"
            continue
        # 上年为5,518万元 / （上年为138.5亿元） / 上年分别为1,220.2万人次和112.3亿元
        last = group[-1].g
        after = [g for g in sfigs if g.start > last.end and g.quantity]
        bases = [g for g in after if _BASE_LABEL.search(label_of(folded, g)) and _BASE_VERB.search(label_of(folded, g))
                 or _named_base(folded, g, group[-1].cur)]
        bases = [b for b in bases if not _base_of_other(folded, b, group[-1].cur)]
        # …but not one that follows another value of its unit (营业收入52.68亿元，增长14.7%；利润总额3.18亿元，上年为2.96亿元):
        # that value is the one it is the base of
        bases = [b for b in bases if not any(same_unit(x, b) and not _is_ref(folded, x) and x is not group[-1].cur
                                             for x in after if x.end <= b.start)]
        # …or stated between the value and the rate (比上年的25.83亿元增加2.63亿元，增长10.2%; 上年分别为9起、7人，…分别下降)
        lo = min((gr.cur.start for gr in group if gr.cur is not None), default=first.start)
        bases += [g for g in sfigs if lo < g.start and g.end <= first.start and g.quantity and _is_base(folded, g)
                  and not _of_year(folded, g, year)]
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
    _pair_base_lists(folded, sfigs, grs)


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
        return
    if len(cands) >= 2 and cands[-1] in inner_base and not _is_ref(folded, cands[-2]):
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
    pcts = [b for b in inner_base if b.kind == "percent"]
    # …but not a base that follows another level of the kind after the rate (其中户籍人口城镇化率为40.1%，上年为38.9%)
    pcts += [g for g in sfigs if g.start > first.end and g.kind == "percent"
             and (is_base(folded, g) or _BASE_LABEL.search(label_of(folded, g)) and re.search(r"(?:为|是)$", label_of(folded, g))
                  or _named_base(folded, g, cur))
             and not any(x.kind == "percent" and first.end < x.start and x.end <= g.start and not _is_ref(folded, x)
                         for x in sfigs)]
    if pcts:
        gr.base, gr.base_how = pcts[0], "上年为…"


_NEW_ENTRIES = re.compile(r"新增|新办|新建|新发|新登记|新认定|当年|今年|本年|全年")


def _attach_abs(folded: str, sfigs: list[Fig], gr: Growth, used: set[int]) -> None:
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
    if named or cands:
        gr.cur = (named or cands)[-1]
    if gr.cur is None:
        return
    bases = [g for g in sfigs if g is not f and g is not gr.cur and same_unit(g, f) and _is_base(folded, g)
             and not _base_of_other(folded, g, gr.cur)
             # 比上年多120件，其中来访批次380件，上年为350件: a base after another value of the unit is that value's
             and not any(same_unit(x, f) and f.end <= x.start and x.end <= g.start and not _is_ref(folded, x) for x in sfigs)]
    before = [g for g in bases if g.end <= f.start]
    if before or bases:
        gr.base, gr.base_how = (before[-1] if before else bases[0]), "上年为…"


_SHARE_OF = re.compile(r"占[^，,；;。\d%]{0,8}$")


def _share_whole(folded: str, g: Fig) -> bool:
    """占全年366天的79.0%: the whole a share is taken of (占…X的), not a value of the period."""
    return folded[g.end:g.end + 1] == "的" and bool(_SHARE_OF.search(label_of(folded, g)))


def _ratio_iv(gr: Growth) -> Interval | None:
    """The stated rate → the ratio current/base it claims, as an interval (20.7% → [1.2065, 1.2075])."""
    if gr.mode == "pct":
        iv = gr.g.pct_interval().scale(Decimal("0.01"))  # 20.7% → 0.207, 三分之一 → 0.333…
        iv = -iv if gr.down else iv
        return Interval(None if iv.low is None else ONE + iv.low, None if iv.high is None else ONE + iv.high,
                        iv.low_open, iv.high_open)
    if gr.mode == "times":
        return gr.g.interval()
    return None


def growth(doc, figures) -> list[dict]:
    """Growth rates → judged against the stated base, or unverifiable with the implied base."""
    figs = figs_of(doc, figures)
    folded = doc.folded
    out = []
    grs = find_growths(doc, figs)
    cur_of = {gr.cur.start for gr in grs if gr.cur is not None}
    for gr in grs:
        g, cur, base = gr.g, gr.cur, gr.base
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
        if cur is not None and (base is not None or gr.change is not None):
            row = _judge(gr)
            if row and row[0] != schema.CONSISTENT and _real_growth(folded, gr):
                # 工业增加值213.6亿元，增长14.1%（上年为187.2亿元): a real rate checked at current prices holds when the
                # levels give it, but cannot be called wrong when they do not
                row = None
            if row and row[0] == schema.INCONSISTENT and _doubtful(doc, folded, figs, gr, cur_of):
                # a failed check on an uncertain pairing says more about the pairing than about the text
                row = None
                cur = gr.cur = gr.base = gr.change = None
                ids = [g]
                cue = _cue(folded, clause_start(folded, g.start), g.start)
                start, end = (cue.start() if cue else g.start), g.end
            if row:
                cause = row[5] or (_unit_slip(gr) if row[0] == schema.INCONSISTENT else "")
                out.append(result("growth", row[0], ids, start, end, row[1], row[2], row[3], row[4], cause))
                continue
        if cur is None:
            computed = f"no current value and no base given for {g.text}"
            en = f"The text states a {word} of {g.text} but neither the value nor the prior-year base, so it cannot be checked."
            zh = f"文中给出{'降幅' if gr.down else '增幅'}{g.text}，但未给出本期数和上期数，无法核对。"
        else:
            implied, rate_only = _implied_base(gr)
            d = (cur.decimals or 0) + 1
            shown = fmt_outward(implied, d, cur.unit) if implied is not None and implied.bounded else "?"
            computed = f"{cur.text} with {g.text} implies a prior-year base in {shown}"
            if rate_only is not None and rate_only.bounded and implied is not None and implied.bounded:
                # the headline interval takes the stated value as exact and allows only for the rate's rounding;
                # the wider one also allows for the rounding of the value itself
                headline = fmt_nearest(rate_only, d, cur.unit)
                computed = (f"{cur.text} with {g.text} implies a prior-year base in {headline} "
                            f"({shown} allowing also for the rounding of {cur.text})")
                shown = headline
            en = (f"The prior-year value is not given, so the {word} of {g.text} cannot be checked; "
                  f"it implies a prior-year value in {shown}.")
            zh = f"文中未给出上年数，无法核对{g.text}；按此推算上年数应在{shown}之间。"
        out.append(result("growth", schema.UNVERIFIABLE, ids, start, end, _stated(gr), computed, en, zh))
    out += _doublings(doc, figs)
    return out


_OTHER_SUBJECT = re.compile(r"其中|人均|户均|平均|每")
# 按可比价格计算增长7.2% / 地区生产总值、工业增加值: a real rate at constant prices, which current-price levels cannot check
_REAL_PRICES = re.compile(r"可比价|不变价|剔除价格因素|扣除价格因素|实际增长")
_REAL_METRIC = re.compile(r"(?:生产总值|GDP|增加值)(?:为|是|达到了?|达|实现|完成|共)?$")


def _real_growth(folded: str, gr: Growth) -> bool:
    """Is the rate a real one (constant prices)? Named so in its clause group, or the rate of a GDP or value added."""
    if gr.mode not in ("pct", "cagr"):
        return False
    group = clause_start(folded, gr.cur.start if gr.cur.sent == gr.g.sent else gr.g.start, "；;。！？!?\n")
    return bool(_REAL_PRICES.search(folded, group, gr.g.start)
                or gr.mode == "pct" and _REAL_METRIC.search(_BRACKETED.sub("", folded[
                    clause_start(folded, gr.cur.start, CLAUSE_SEP + "、"):gr.cur.start])))


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
_RATIO_OF = re.compile(r"^(?:为|是|占|相当于)[^，,；;。%]{0,16}的$")


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
        if _PER_UNIT.search(re.sub(r"平均水平", "", base_lab)) and not is_per_unit(folded, cur):
            return True
    rates = _rate_starts(doc, figs)
    # …签约率26.5%，比上年增长18.4%（上年为5,130人）: a base in the bracket right after the rate, in the value's unit, says
    # what grew (in a clause of its own, 上年为41.2万人 may be the base of the value only)
    named_by_base = base is not None and base.sent == gr.g.sent and folded[gr.g.end:gr.g.end + 1] in ("（", "(") \
        and base.end <= clause_end(folded, gr.g.end + 1, "）)") and same_unit(base, cur)
    if gr.mode == "pct" and cur.quantity and cur.sent == gr.g.sent and not named_by_base and any(
            f.kind in ("percent", "fraction") and cur.end <= f.start and f.end <= gr.g.start and f.start not in cur_of
            and f.start not in rates and not _RATIO_OF.search(label_of(folded, f)) for f in figs if f.sent == cur.sent):
        return True  # 常住人口42.6万人，城镇化率54.2%，增长2.1%: a level between the value and the rate may be what grew
    if cur.sent == gr.g.sent and cur.end <= gr.g.start and gr.mode != "cagr":
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
            cores = [re.sub(rf"(?:{re.escape(cur.base_unit)}[数次量]?|[数次量])$" if cur.base_unit else r"[数次量]$", "", part)
                     for part in re.split(r"[和、及与]|以及", subj) if part]
            if not any(not core or core in cur_lab for core in cores):
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
    if gr.mode in ("pct", "pp", "abs") and gr.base_how != "named earlier":
        group = clause_start(folded, cur.start, "；;。！？!?\n")
        rivals = [g for g in figs if g.sent == cur.sent and group <= g.start and g.end <= cur.start and g is not cur
                  and (same_unit(g, cur) if cur.quantity else g.kind == cur.kind) and g.start not in cur_of
                  and g is not base and g is not gr.change
                  and not _is_ref(folded, g) and not is_sub_period(folded, g)]
        if rivals:
            return True
    return False


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
_NAME_SUFFIX = re.compile(r"(?:金额|总额|总量|数量|人数|件数|起数|户数|次数|数|额|量)$")
_LABEL_VERB = re.compile(r"(?:为|是|达到|达|实现|完成|共计|共|累计)$")


def _attach_named_earlier(doc, folded: str, sents: dict, by_sent: dict) -> None:
    """已整改3.41亿元…。其中…。整改金额比上年的2.95亿元增长18.6%: a sentence that opens on the metric it compares,
    with its base but no value of its own, is about the one value earlier in the paragraph whose label ends with
    that metric (整改金额 → 已整改; 批准逮捕人数 → 经审查批准逮捕…261人, not 不批准逮捕)."""
    for si, grs in by_sent.items():
        for gr in grs:
            if gr.mode not in ("pct", "abs") or gr.cur is not None or si <= 0:
                continue
            s0 = doc.sentences[si].start
            cs = clause_start(folded, gr.g.start)
            m = _NAMED_LEAD.match(folded, s0)
            if cs != s0 or not m or m.end() > gr.g.start:
                continue
            core = _NAME_SUFFIX.sub("", m.group("name"))
            if len(core) < 2:
                continue
            sfigs = sents.get(si, [])
            bases = [g for g in sfigs if g.quantity and g is not gr.g and (
                g.end <= gr.g.start and _BASE_LABEL.search(folded[cs:g.start])
                or g.start > gr.g.end and _BASE_LABEL.search(label_of(folded, g)) and re.search(r"(?:为|是)$", label_of(folded, g)))]
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
                    if lab.endswith(core) and (len(lab) == len(core) or lab[-len(core) - 1] not in "不未非无"):
                        found.append(g)
            if len(found) == 1 and gr.mode == "pct":
                gr.cur, gr.base, gr.base_how = found[0], b, "named earlier"


# 2021年，全市缴存额为80.12亿元 / 作为对比，2019年全区发生各类生产安全事故29起、死亡18人: a sentence that opens on
# last year (上年, or the year before the report's) and states its values
_PRIOR_SENTENCE = re.compile(r"(?:(?:作为对比|对比来看|相比之下|此外|另外|同时)[，,]?)?"
                             r"(?:(?P<prior>上年|去年|上一年度?|上年度)|(?P<year>(?:19|20)\d\d)年(?:全年|度)?)(?!末|底|初|以来|同期相比)")
# the words around a metric's name that do not name it: the period, the scope, 共, the verb before the value
# what ends the prior sentence's first clauses: another period or scope (今年, 其中, 累计…), a target, a ；
_PRIOR_STOP = re.compile(r"[；;]|(?:19|20)\d\d年|今年|本年|当年|其中|以来|累计|平均|目标|计划")
_NAME_LEAD = re.compile(r"^(?:(?:19|20)\d\d年(?:全年|度)?|上年|去年|上一年度?|上年度|全年|今年|当年|本年|年内)?[，,]?"
                        r"(?:全县|全市|全区|全镇|全乡|全旗)?(?:共计|共)?(?:实现|完成)?")
_NAME_TAIL = re.compile(r"(?:分别|依次)?(?:为|是|达到|达|共计|共)$")
# 同比 / 比上年 / 较2019年: the rate's own clause compares with last year (not 环比, a quarter, or 年均)
_YOY = re.compile(r"同比|(?:比|较|与)(?:上年|去年|上一年度?|上年度|(?:19|20)\d\d年)")
_NOT_YOY = re.compile(r"环比|年均|年平均|季度|半年|月|以来|平均|全省|全国")


def _metric_name(folded: str, f: Fig) -> str:
    """The metric a value names, without period, scope or verb (2019年全区发生各类生产安全事故 → 发生各类生产安全事故)."""
    return _NAME_TAIL.sub("", _NAME_LEAD.sub("", item_label(folded, f).lstrip("、，,")))


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
    used = {id(gr.base) for gr in grs if gr.base is not None} | {id(gr.cur) for gr in grs if gr.cur is not None}
    for si, sfigs in sents.items():
        if si < 0:
            continue
        s0 = doc.sentences[si].start
        m = _PRIOR_SENTENCE.match(folded, s0)
        if not m or m.group("year") and int(m.group("year")) != prior_year:
            continue
        for g in sfigs:
            if g.end <= m.end() or g.kind in ("year", "date", "date_range"):
                continue
            between = folded[m.end():g.start]
            if not (g.quantity or g.kind == "percent") or _PRIOR_STOP.search(between) \
                    or id(g) in used or _planned(folded, doc, g) or is_sub_period(folded, g):
                break  # only the values of the first clauses, before anything changes the period or the scope
            name = _metric_name(folded, g)
            if len(name) >= 2:
                priors.setdefault((name, g.base_unit), []).append(g)
    if not priors:
        return
    wanted: dict[tuple[str, str], list[Growth]] = {}
    for gr in todo:
        cur = gr.cur
        own = folded[clause_start(folded, gr.g.start):gr.g.start]
        if not _YOY.search(own) or _NOT_YOY.search(own) or any(
                int(y) != prior_year for y in _YEAR_IN_LEAD.findall(own)):
            continue
        if _PRIOR_SENTENCE.match(folded, doc.sentences[cur.sent].start) or is_sub_period(folded, cur) \
                or _is_ref(folded, cur):
            continue
        lab = item_label(folded, cur)
        y = _YEAR_IN_LEAD.match(lab)
        if y and int(y.group(1)) != doc.year:
            continue
        wanted.setdefault((_metric_name(folded, cur), cur.base_unit), []).append(gr)
    # the report's values by (name, unit), built once for all the names wanted
    named: dict[tuple[str, str], list[Fig]] = {}
    for si, sfigs in sents.items():
        if si >= 0:
            for g in sfigs:
                if g.quantity or g.kind == "percent":
                    k = (_metric_name(folded, g), g.base_unit)
                    if k in wanted:
                        named.setdefault(k, []).append(g)
    for key, rates in wanted.items():
        bases = priors.get(key, [])
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
        if not sfigs:
            continue
        cur = sfigs[-1]
        # the doubling sits in the value's own clause or the one right after it
        dcs = clause_start(folded, m.start())
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
            if not ok:
                continue
        computed = f"{cur.text}/{base.text} = {got} times; {m.group(0)} needs {need}"
        start, end = (min(base.start, cur.start) if cur.sent == base.sent else base.start), m.end()
        if ok:
            out.append(result("growth", schema.CONSISTENT, [base, cur], start, end, stated, computed,
                              f"From {base.text} to {cur.text} is {got} times, matching {m.group(0)} ({need}).",
                              f"由{base.text}到{cur.text}为{got}倍，与“{m.group(0)}”相符。"))
        else:
            out.append(result("growth", schema.INCONSISTENT, [base, cur], start, end, stated, computed,
                              f"From {base.text} to {cur.text} is only {got} times, not {need} as {m.group(0)} says.",
                              f"由{base.text}到{cur.text}仅为{got}倍，与“{m.group(0)}”不符。"))
    return out


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
        parts.append(f"上年 {gr.base.text}")
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
    if gr.mode == "pp":
        diff = cur.interval() - base.interval()
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
            want = g.pct_interval()
            want = -want if gr.down else want
            ok = pct.overlaps(want)
            got_txt = f"{cur.text}/{base.text} − 1 = {fmt_interval(pct, d + 1, '%')}"
    computed = f"{got_txt}; stated {g.text} needs {fmt_interval(want, d + 1)}"
    if ok:
        return (schema.CONSISTENT, _stated(gr), computed,
                f"From {base.text} to {cur.text} is {got_txt.split(' = ')[-1]}, matching the stated {g.text}.",
                f"由{base.text}到{cur.text}为{got_txt.split(' = ')[-1]}，与所述{g.text}相符。", "")
    return (schema.INCONSISTENT, _stated(gr), computed,
            f"From {base.text} to {cur.text} is {got_txt.split(' = ')[-1]}, not the stated {g.text}; the rate or one of the values is wrong.",
            f"由{base.text}到{cur.text}实为{got_txt.split(' = ')[-1]}，与所述{g.text}不符，应核对。", "")


# ---------------------------------------------------------------- targets
# 完成年度目标任务的109.5% / 为年度计划的104%: a completion percentage whose target is stated elsewhere in the sentence
_PCT_OF = re.compile(r"(?:完成|为|达到|占|是)(?:了)?[^，,；;。\d%]{0,10}?(?:目标|计划|任务|预算|指标)(?:任务|数)?的$")
_ACTUAL = re.compile(r"实际(?:完成|实现|达到|开展|为)?|完成(?:率|数|值|额|量|进度|比例)"
                     r"|(?:目标|任务|计划|指标)(?:任务)?(?:为|是|：|:)(?:力争|确保)?(?:完成|实现|达到|突破|超过|[^，,；;。\d%]{1,12}?(?:达到|提高到|提升到))")
# 目标为90%，实际达到92.4%: only the clause after the target, naming the actual value
# 实际达到92.4% / 实际采伐7.9万立方米 / 实际支出为: a value named as the actual one (实际 and its verb)
_ACTUAL_AFTER = re.compile(r"^[，,]?[^，,；;。\d%]{0,8}实际(?:完成|实现|达到|为|[\u4e00-\u9fff]{1,4}?(?:为|了)?)?(?:了)?$")
# 考核目标为5.5亿元，实际完成5.18亿元，完成率94.2%: a completion rate against the target stated before it
_RATE_OF = re.compile(r"(?:完成率|完成进度|执行率|完成比例)(?:为|达到|达|是)?$|^(?:已|共|仅)?完成了?$")


# 控制在3人以内 / 控制在省核定的债务限额16.2亿元以内: a ceiling the period's value is kept under
_CONTROL = re.compile(r"控制在[^，,；;。\d%]{0,12}$")
# words before 控制在 that are not its subject (实现了控制在30%以内 / 年初确定的 / 均)
_CONTROL_LEAD = re.compile(r"^(?:年初|年内|全年|今年|当年)?(?:确定|提出|设定|下达)?的?|(?:实现了?|并|均|总体|有效|已|仍|都|全部|基本)+$")
# 控制在…65%警戒线以内: the ceiling named between the figure and 以内
_CEILING_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,5}?(?:以内|以下|之内)")
# …以内的目标顺利实现 / …的年度目标未能实现: a claim about the target right after it
_CLAIM_POST = re.compile(r"的?[^，,；;。\d%]{0,6}?(?:目标|任务|要求|指标)(?:范围)?[^，,；;。\d%]{0,4}?"
                         r"(?:(?P<neg>未能|未|没有|没能)(?:实现|完成|达到|达成)|实现|完成|达到|达成)")


# 高于市下达的保护目标 / 低于省定 / 达到了…不低于: the stated relation of a value to the target right after
_REL_BEFORE = re.compile(r"(?:(?:未能?|没有|没能)?(?:达到|实现|符合|满足|完成)了?[^，,；;。\d%]{0,12}?)?"
                         r"(?P<rel>不低于|不少于|不高于|不超过|未超过|高于|低于|超过|超出|多于|少于)[^，,；;。\d%]{0,12}$")
# 高于市下达的保护目标47.90万亩 / 低于省核定的: the words right before the target name it as one (not 高于目标的乡镇有8个)
_REL_TARGET_TAIL = re.compile(r"(?:目标|指标|任务|计划|限额|上限|警戒线|控制线|(?:确|核|下达|设|规|制|省|市|县)定的?|下达的)"
                              r"(?:值|数)?(?:为|是)?$|(?:考核|下达|规定|省定|市定|上级)的?要求的?$")
_REL_LEAD = re.compile(r"不低于|不少于|不高于|不超过")
_REL_CLAIM = re.compile(r"(?:达到|实现|符合|满足|完成)了?")
_REL_TARGET_AFTER = re.compile(r"(?:以上|以内|以下)?的[\u4e00-\u9fff]{0,4}?(?:目标|要求|任务|指标|计划|限额|上限)")
# 高于全省平均水平 / 低于全国平均: an outside benchmark, not a target
_BENCHMARK = re.compile(r"平均|水平|全国|同行|同类")


_REL_EN = {"高于": "above", "超过": "above", "超出": "above", "多于": "above", "低于": "below", "少于": "below",
           "不低于": "not below", "不少于": "not below", "不高于": "not above", "不超过": "not above", "未超过": "not above"}


def _relation(a: Fig, t: Fig, word: str, holds: bool, claim_to: int) -> dict:
    """A value stated 高于/低于/不低于… a target → target_met row: consistent when the relation can hold within the
    rounding of both (or, for 未达到…, can fail)."""
    ai, tv = a.norm_interval(), (t.norm if t.norm is not None else t.value)
    lo, hi = ai.low, ai.high
    rel = _REL_EN[word]
    if rel == "above":
        can, must = hi is None or hi > tv, lo is not None and lo > tv
    elif rel == "not below":
        can, must = hi is None or hi >= tv, lo is not None and lo >= tv
    elif rel == "below":
        can, must = lo is None or lo < tv, hi is not None and hi < tv
    else:
        can, must = lo is None or lo <= tv, hi is not None and hi <= tv
    ok = can if holds else not must
    claim = f"{'' if holds else 'not '}{rel}"
    stated = f"{a.text} {word}{t.text} ({'target' if holds else 'target, claimed not met'})"
    computed = f"{a.text} {'is' if can else 'is not'} {rel} {t.text}"
    start, end = min(a.start, t.start), max(a.end, t.end, claim_to)
    if ok:
        return result("target_met", schema.CONSISTENT, [a, t], start, end, stated, computed,
                      f"{a.text} is {claim} the target {t.text}, as the text says.",
                      f"{a.text}{'' if holds else '未'}{word}目标{t.text}，与文中表述一致。")
    return result("target_met", schema.INCONSISTENT, [a, t], start, end, stated, computed,
                  f"The text says {a.text} is {claim} the target {t.text}, but the numbers say otherwise.",
                  f"文中称{a.text}{'' if holds else '未'}{word}目标{t.text}，但数字并非如此，应核对。",
                  "stated relation to the target does not hold")


def _compared_value(doc, folded: str, sfigs: list[Fig], t: Fig, cs: int) -> Fig | None:
    """The value a relation to target t is stated for: the nearest comparable figure in the clause or the one before."""
    lo = clause_start(folded, cs - 1) if cs > 0 else cs
    if t.kind == "percent":
        ok = [g for g in sfigs if lo <= g.start and g.end <= t.start and g.kind == "percent" and not _planned(folded, doc, g)]
    else:
        ok = [g for g in sfigs if lo <= g.start and g.end <= t.start and same_unit(g, t) and not _is_ref(folded, g)
              and not _planned(folded, doc, g)]
    return ok[-1] if ok else None


# after the target only a claim about the target itself counts (达到了…的考核要求, 超额完成年度任务, 未完成年度计划)
_CLAIM_MET_AFTER = re.compile(r"(?:完成|实现|达到|超过|突破)(?:了)?[^，,；;。\d]{0,10}?(?:目标|任务|计划|要求|指标)")
_CLAIM_NOT_AFTER = re.compile(r"(?:未(?:能)?|没有|没能)(?:完成|实现|达到)")


_QUOTED = re.compile(r"“[^”“]{1,16}”")
_PROGRESS_CLAUSE = re.compile(r"[^，,；;。！？|]*(?:序时|时间进度|阶段性|过半)[^，,；;。！？|]*")


def _claim(folded: str, text: str, after: bool = False) -> tuple[bool, bool, bool]:
    """Sentence text → (claims met, claims not met, claims beyond); 实际完成 states a value, not a claim."""
    text = _ACTUAL.sub(lambda m: "＿" * len(m.group(0)), text)
    # 完成了序时进度目标 / 时间过半、任务过半: a claim about progress at mid-period, not about the target itself
    text = _PROGRESS_CLAUSE.sub(lambda m: "＿" * len(m.group(0)), text)
    # 基本完成年度任务: a hedge, neither a claim of meeting the target nor of missing it
    text = re.sub(r"基本(?:完成|实现|达到)", lambda m: "＿" * len(m.group(0)), text)
    # 实现“时间过半、任务过半”: words in quotes are a slogan or a name, never the claim itself
    text = _QUOTED.sub(lambda m: "“" + "＿" * (len(m.group(0)) - 2) + "”", text)
    if after:
        return bool(_CLAIM_MET_AFTER.search(text)), bool(_CLAIM_NOT_AFTER.search(text)), "超额" in text
    text = _VALUE_STATEMENT.sub(lambda m: "＿" * len(m.group(0)), text)
    return bool(_CLAIM_MET.search(text)), bool(_CLAIM_NOT.search(text)), "超额" in text


# 全年完成税收收入11.4亿元: 完成 that runs on to a number in its clause states the value done, it claims nothing
# (完成政府提出的2014年…的要求 names the target: a 的 in between marks a claim)
_VALUE_STATEMENT = re.compile(r"(?:超额)?(?:完成|实现|达到)(?=[^，,；;。|\d的目标任务计划要求指标]{0,14}\d)")


_CLAIM_ANY_AFTER = re.compile(r"(?:超额|全面|圆满|顺利|均|已)*(?:(?:未(?:能)?|没有|没能)(?:完成|实现|达到)|完成|实现|达到|超过|突破)"
                              r"(?:了)?[^，,；;。、\d]{0,10}?(?:目标|任务|计划|要求|指标)")


def _named_claim(folded: str, t: Fig, start: int, end: int) -> tuple[int, int]:
    """超额完成减贫任务、全面完成贫困村退出任务: of several claims after a list of targets, the span of the one that
    names target t (退出贫困村 → 贫困村退出任务); the whole rest of the sentence when there is only one."""
    text = _ACTUAL.sub(lambda m: "＿" * len(m.group(0)), folded[start:end])
    claims = list(_CLAIM_ANY_AFTER.finditer(text))
    if len(claims) < 2:
        return start, end
    words = _bigrams(item_label(folded, t))
    scored = sorted(((len(words & _bigrams(m.group(0))), i) for i, m in enumerate(claims)), reverse=True)
    if scored[0][0] == 0 or scored[1][0] == scored[0][0]:
        return start, end
    m = claims[scored[0][1]]
    return start + m.start(), start + m.end()


def _claim_end(folded: str, start: int, end: int) -> int:
    """The end of the claim that follows a target (…，未完成年度计划), so the row marks it too."""
    text = _ACTUAL.sub(lambda m: "＿" * len(m.group(0)), folded[start:end])
    m = _CLAIM_NOT_AFTER.search(text) or _CLAIM_MET_AFTER.search(text)
    return start + m.end() if m else start


# 年初提出审限内结案率达到 / 确定全年新建: a target being set, with the verb of its content
_SET_THEN_VERB = re.compile(r"(?:提出|确定|制定|设定|下达|明确|要求)[^，,；;。\d%]{0,16}?(?:达到|实现|完成|突破)$")
# 3000人目标任务的108.7% / 48亿元年度计划的108.3%: the target, its noun, then the completion percentage
_TARGET_OF = re.compile(r"的?[^，,；;。\d%]{0,6}?(?:目标|任务|计划|预算|指标)(?:任务|数)?的")
# 调整预算数为 / 年度计划为 / 目标任务是: a clause that only names the target before its value
_TARGET_NAMED = re.compile(r"[^，,；;。\d%]{0,8}?(?:目标|任务|计划|预算|指标)(?:任务|数|值)?(?:为|是)")
# 还差140人 / 相差140人 / 少140人 / 超额完成200人 / 超出260人: a difference to the target stated before it
_DIFF_SHORT = r"(?:还|尚|仍)?(?:相差|差|少|低|欠)了?"
_DIFF_OVER = r"超额完成了?|超额|超出了?|超过了?|高出了?|多了?|多完成了?"
_DIFF_WORD = re.compile(rf"(?:(?P<short>{_DIFF_SHORT})|(?P<over>{_DIFF_OVER}))$")
# 超过年初预算0.6亿元（年初预算12亿元）: the gap right after the target's name, the target stated elsewhere
_GAP_NAMED = re.compile(r"(?:(?P<over>超过|超出|高出|多于)|(?P<short>低于|少于))[^，,；;。\d%]{0,10}?"
                        r"(?:目标|预算|计划|任务|指标)(?:任务|数)?$")
# 超额完成8.7% / 超额完成年度目标8.7%: the excess over the target as a percentage of it
_OVER_PCT = re.compile(r"超额(?:完成)?了?(?:[^，,；;。\d%]{0,10}?(?:目标|任务|计划|指标)(?:任务)?)?$")


# the last character of every wording above (_DIFF_WORD, _GAP_NAMED, _OVER_PCT): a quick test before the patterns
_DIFF_LAST = frozenset("差少低欠了额出过多成标算划务数")


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


def _target_differences(doc, folded: str, sents: dict) -> tuple[list[dict], set[int]]:
    """A target and the achieved value with their stated difference → target_met rows: 全年新增就业2860人，与年度目标
    3000人相差140人 (target − achieved), 年度任务3000人，超额完成200人 (achieved − target), and the excess as a share of
    the target (超额完成8.7%). Returns the rows and the starts of the difference figures, which are no targets."""
    rows, skip = [], set()
    for si, sfigs in sents.items():
        if si < 0:
            continue
        for n in sfigs:
            if n.value is None or folded[n.start - 1:n.start] not in _DIFF_LAST or not (
                    n.quantity or n.kind in ("percent", "percentage_point")):
                continue
            before = folded[clause_start(folded, n.start):n.start]
            if n.kind == "percent":
                m = _OVER_PCT.search(before)
                if not m:
                    continue
                def fits(g: Fig) -> bool:
                    return g.quantity
            else:
                m = _DIFF_WORD.search(before) or _GAP_NAMED.search(before)
                # 比上年减少3.14万元 is a change; a plain 少/多 must name the target in its clause (比目标任务多)
                if not m or (n.quantity and _is_change(folded, n)) or _BASE_LABEL.search(before) or not (
                        re.search(r"(?:还|尚|仍)差|相差|超额", m.group(0)) or _TARGET_BEFORE.search(before)):
                    continue
                def fits(g: Fig, n: Fig = n) -> bool:
                    return g.kind == "percent" if n.kind == "percentage_point" else same_unit(g, n)
            # a target of the period: not a plan, unless the sentence reviews it (计划…，实际…)
            tgts = [g for g in sfigs if g is not n and fits(g) and (_is_tgt(folded, g) or _is_target(folded, g))
                    and (not _planned(folded, doc, g)
                         or _is_tgt(folded, g) and "实际" in folded[g.end:doc.sentences[si].end])]
            tgts = [g for g in tgts if g.end <= n.start] or [g for g in tgts if folded[n.end:n.end + 1] in "（(" and
                                                                g.start > n.end and g.end <= clause_end(folded, n.end, "）)")]
            if n.kind != "percent" and not tgts:
                continue  # 低于年度目标140人: with no target stated, the figure may be the target itself
            skip.add(n.start)
            if len(tgts) != 1:
                continue
            t = tgts[0]
            ach = [g for g in sfigs if g is not n and g is not t and fits(g) and g.end <= n.start
                   and not _is_ref(folded, g) and not _planned(folded, doc, g) and g.start not in skip
                   and (g.kind != "percent" or n.kind == "percentage_point")]
            if not ach:
                continue
            a = ach[-1]
            if n.kind == "percent":
                rows.append(_over_target_pct(a, t, n))
            else:
                rows.append(_target_gap(a, t, n, "over" if m.group("over") else "相差" if "相差" in m.group(0) else "short"))
    return rows, skip


def _target_gap(a: Fig, t: Fig, n: Fig, how: str) -> dict:
    """Achieved a, target t and the stated gap n (还差 / 超额完成) → target_met row on a − t."""
    if n.kind == "percentage_point":
        diff = a.interval() - t.interval()
        want = n.interval().scale(n.multiplier * 100)
        unit = "个百分点"
    else:
        diff = (a.norm_interval() - t.norm_interval()).scale(1 / n.multiplier)
        want = n.interval()
        unit = n.unit
    if how == "short":
        want = -want
    ok = diff.overlaps(want) or (how == "相差" and diff.overlaps(-want))
    d = (n.decimals or 0) + 1
    got = fmt_interval(diff, d, unit)
    word = {"short": "short of", "over": "over", "相差": "off"}[how]
    return _target_row(ok, sorted([a, t, n], key=lambda f: f.start), f"{a.text}, target {t.text}: {word} it by {n.text}",
                       f"{a.text} − {t.text} = {got}; stated {'−' if how == 'short' else ''}{n.text}",
                       (f"{a.text} is {got} from the target {t.text}, matching the stated {n.text}.",
                        f"{a.text}与目标{t.text}相差{got}，与所述{n.text}相符。"),
                       (f"{a.text} is {got} from the target {t.text}, not {n.text} as stated.",
                        f"{a.text}与目标{t.text}实差{got}，而非所述{n.text}。"))


def _over_target_pct(a: Fig, t: Fig, p: Fig) -> dict:
    """超额完成8.7% of target t → (a/t − 1) against the stated percentage."""
    got = (a.norm_interval() / t.norm_interval()).scale(HUNDRED)
    got = Interval(got.low - HUNDRED, got.high - HUNDRED)
    want, d = p.pct_interval(), p.decimals or 0
    g = fmt_interval(got, d + 1, '%')
    return _target_row(got.overlaps(want), sorted([a, t, p], key=lambda f: f.start),
                       f"{a.text} exceeds the target {t.text} by {p.text}",
                       f"{a.text}/{t.text} − 1 = {g}; stated {p.text} needs {fmt_interval(want, d + 1, '%')}",
                       (f"{a.text} exceeds the target {t.text} by {g}, matching the stated {p.text}.",
                        f"{a.text}超出目标{t.text}{g}，与所述{p.text}相符。"),
                       (f"{a.text} exceeds the target {t.text} by {g}, not the stated {p.text}.",
                        f"{a.text}实际超出目标{t.text}{g}，而非{p.text}。"))


def _pct_claim(p: Fig, claims_met: bool, beyond: bool, claim_to: int, a: Fig) -> dict:
    """完成年度目标的95.3%，未完成目标任务: a claim judged on the completion percentage against 100%."""
    iv = p.pct_interval()
    met = iv.high is not None and (iv.high > HUNDRED if beyond else iv.high >= HUNDRED)
    must = iv.low is not None and (iv.low > HUNDRED if beyond else iv.low >= HUNDRED)
    ok = (met if claims_met else not must)
    claim = "met" if claims_met else "not met"
    return _target_row(ok, [a, p], f"{p.text} of the target ({claim})",
                       f"{p.text} is {'at least' if met else 'under'} 100% of the target",
                       (f"{p.text} of the target means it was {'met' if met else 'not met'}, as the text says.",
                        f"完成目标的{p.text}，{'已' if met else '未'}完成目标，与文中表述一致。"),
                       (f"The text says the target was {claim}, but {p.text} of it says otherwise.",
                        f"文中称目标{'已完成' if claims_met else '未完成'}，但完成比例为{p.text}，并非如此。")) | {
        "start": a.start, "end": max(p.end, claim_to)}


# the words at least one target wording of target_met needs before a figure (in its clause) or right after it
_MAY_TARGET_BEFORE = re.compile(r"目标|任务|要求|预算|计划|指标|确定的|提出的|下达的|距|完成|执行率|高于|高出|超过|超出|低于|控制在|多于|少于")
_MAY_TARGET_AFTER = re.compile(r"目标|任务|要求|预算|计划|指标|高|超|低")
_CMP_BEFORE = re.compile(r"(高于|高出|超过|超出|低于)[^，,；;。\d%]{0,12}$")
_TARGET_BRACKET = re.compile(r"(?:目标|要求|计划)值?[(（]$")
# 比/高于…目标…个百分点 opening its clause: a comparison with no subject of its own, of the level stated before it
_CMP_LEAD = re.compile(r"(?:比|较|高于|高出|超过|超出|低于)")
_TARGET_WORD_CMP = re.compile(r"目标|要求|计划")


def _level_before(folded: str, sfigs: list[Fig], t: Fig, pp: Fig, growths: dict) -> list[Fig]:
    """达到90.5%，超过省定目标(88%)2.5个百分点: the level of the period in the clause right before a subjectless
    comparison with a target (a change of that level stated between, 比上年提高2.3个百分点, is passed over). The
    target is named (目标/要求/计划): 较2022年的80.9%提高2.4个百分点 compares with a base."""
    cs = clause_start(folded, t.start)
    if not _CMP_LEAD.match(folded, cs) or not _TARGET_WORD_CMP.search(folded, cs, pp.start) or _is_ref(folded, t):
        return []
    at = cs
    for g in reversed([g for g in sfigs if g.end <= cs]):
        gcs = clause_start(folded, g.start)
        if clause_end(folded, g.end) + 1 != at:
            return []  # only the clauses right before it, one after the other
        if g.start in growths and g.kind == "percentage_point" and _COMPARED_NEXT.match(folded, gcs):
            at = gcs  # 比上年提高2.3个百分点: a change of the level, opening its own clause
            continue
        if g.kind == "percent" and g.start not in growths and not _is_ref(folded, g) and not _is_tgt(folded, g) \
                and not is_sub_period(folded, g) and folded[gcs:g.start].rstrip("达到为是了")[-1:] not in ("", "比", "较"):
            return [g]
        return []
    return []


# 年初预算 is the budget as passed; 全年预算 / 调整预算 / 调整后预算 add what was added during the year
_BUDGET_KIND = re.compile(r"(年初|全年|调整后?)(?:的)?(?:预算|计划)")


def _other_budget(pct_words: str, target_label: str) -> bool:
    """Does the completion percentage name one budget (完成全年预算的) and the target another (年初预算)?"""
    a, b = _BUDGET_KIND.search(pct_words), _BUDGET_KIND.search(target_label)
    if a is None or b is None:
        return False
    return (a.group(1) == "年初") != (b.group(1) == "年初")


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


def _closed_between(folded: str, a: int, b: int) -> bool:
    """Does a bracket opened before a close between a and b (the figure at a sits inside brackets b stands outside of)?"""
    seg = folded[a:b]
    return seg.count("）") + seg.count(")") > seg.count("（") + seg.count("(")


# the words between a target and the figure right after it that make that figure the excess or the shortfall
# (比年度计划115个多13个 / 多售4.42亿千瓦时 / 超额完成1.2万吨 / 还差3个)
_EXCESS_WORD = re.compile(r"(?:还|尚|仍)?(?:多|少|超|超出|超过|超额|高出|差|相差|欠|增加|减少|节约|节省|结余)(?:完成|[\u4e00-\u9fff])?了?")


# 计划新建…40个，实际建成36个 / 全年建成36个: what the sentence reports as done after a plan (which then is a target)
_DONE_LATER = re.compile(r"实际|(?:全年|当年|今年|年内|年末|年底)(?:共|累计|已|实际)?"
                         r"(?P<v>完成|建成|实现|达到|新建|新增|建设|改造|培训|开展|实施|落实)")


def target_met(doc, figures) -> list[dict]:
    """Targets in the text → met or not, against what the text claims (完成/实现/超额完成)."""
    figs = figs_of(doc, figures)
    folded = doc.folded
    sents = _sentences(doc, figs)
    growths = {gr.g.start: gr for gr in find_growths(doc, figs)}
    out = []
    # sentences whose target gets its row from a stated completion percentage (完成年度目标任务的109.5%)
    done = {g.sent for g in figs if g.kind == "percent" and folded[g.start - 1:g.start] == "的"
            and _PCT_OF.search(folded[clause_start(folded, g.start):g.start])}

    def achieved(sfigs: list[Fig], t: Fig, after_too: bool = False) -> Fig | None:
        """The value achieved against target t: the nearest same-unit value before it that is not a base,
        change or target, else (目标为1万亩，实际完成1.2万亩) one stated after it."""
        ach = [g for g in sfigs if g.end <= t.start and same_unit(g, t) and not _is_ref(folded, g)]
        # 基本支出3537.69万元（人员经费…，公用经费509.97万元），…基本支出年初预算3369.36万元: a value inside a bracket
        # the target stands outside of details the value before the bracket, never the achieved one
        while ach and _closed_between(folded, ach[-1].end, t.start):
            ach.pop()
        if ach:
            return ach[-1]
        if after_too:
            later = [g for g in sfigs if g.start >= t.end and same_unit(g, t) and not _is_ref(folded, g)]
            # 年度计划新建…40个，全年建成36个 / 计划改造…150户，当年共改造156户: built, or the target's own work done in
            # the year, is the achieved value too (全年培训…2,860人 after a target of 新增就业 is not)
            work = _DONE_LATER.match(label_of(folded, later[0])) if later else None
            if later and (re.search(r"实际|完成|实现|达到|建成", label_of(folded, later[0]))
                          or work and work.group("v") and work.group("v") in label_of(folded, t)
                          # 目标任务为新增城镇就业3,000人，全年新增城镇就业3,260人: the value named as its target is
                          or len(_bigrams(label_of(folded, later[0])) & _bigrams(label_of(folded, t))) >= 2):
                return later[0]
            return None
        return None

    diff_rows, diff_figs = _target_differences(doc, folded, sents)
    out += diff_rows
    if diff_figs:
        done |= {f.sent for f in figs if f.start in diff_figs}
    for t in figs:
        if t.value is None or t.kind not in ("percent", "count", "money", "weight", "area", "length", "ratio"):
            continue
        if t.start in diff_figs or t.sent < 0:
            continue
        cs = clause_start(folded, t.start)
        if not (_MAY_TARGET_BEFORE.search(folded, cs, t.start) or _MAY_TARGET_AFTER.search(folded, t.end, t.end + 16)
                or t.text.startswith("不") and _REL_LEAD.match(t.text)):
            continue  # no word any target wording below needs: most figures of a report end here
        before = folded[cs:t.start]
        after = folded[t.end:t.end + 16]
        # 年初计划新增就业3,000人，实际新增3,260人: a plan the same sentence then reviews is a target, not a plan
        # 计划新增泊位5000个，一季度新增1320个，完成26.4%: a completion percentage reviews the plan (unless its own clause plans)
        reviews = t.kind == "percent" and bool(_RATE_OF.search(before) or _PCT_OF.search(before)) \
            and not _PLAN.search(before) and not in_plan_heading(doc, t)
        if _planned(folded, doc, t) and not reviews and not (
                _is_tgt(folded, t) and _DONE_LATER.search(folded, t.end, doc.sentences[t.sent].end)):
            continue
        sfigs = sents.get(t.sent, [])
        nxt = next((g for g in sfigs if g.start >= t.end), None)
        s0, s1 = doc.sentences[t.sent].start, doc.sentences[t.sent].end
        # 为年初预算12.08亿元的102.3% / 完成年度目标任务2.2万人的106.8%
        if t.quantity and nxt is not None and nxt.kind == "percent" and (
                folded[t.end:nxt.start] == "的" and _TARGET_BEFORE.search(before) or _TARGET_OF.fullmatch(folded[t.end:nxt.start])):
            tl, pl = _chain(folded, sfigs, t, -1), _chain(folded, sfigs, nxt, 1)
            if len(tl) > 1 or len(pl) > 1:
                # 分别为年度目标1亿元、1000人的120%和150%: targets and percentages paired in the order listed
                if len(tl) == len(pl):
                    for ti, pi in zip(tl, pl):
                        ach = [g for g in sfigs if g.end <= tl[0].start and same_unit(g, ti) and not _is_ref(folded, g)]
                        if ach:
                            out.append(_pct_of_target(ach[-1], ti, pi))
                    done.add(t.sent)
                continue
            a = achieved(sfigs, t)
            if a is None:
                a = _named_earlier(doc, folded, sents, t)
            if a is not None and re.search(r"(?:超过|超出|高出|超额完成了?)[^，,；;。\d%]{0,10}$", before):
                # 新建泊位2,400个，超过计划2,000个的20%: the excess as a share of the target
                out.append(_over_target_pct(a, t, nxt))
                done.add(t.sent)
            elif a is not None:
                out.append(_pct_of_target(a, t, nxt))
                if a.sent != t.sent:
                    out[-1]["start"] = clause_start(folded, t.start)  # the value named earlier: mark the claim only
                done.add(t.sent)
                # …的109.0%，超额完成年度任务: the claim after the percentage is judged on its own row
                g1 = clause_end(folded, nxt.end, "；;。！？!?\n")  # 完成年度预算…的110.3%；实现利润…完成年度考核目标: not its claim
                cm, cn, beyond = _claim(folded, folded[nxt.end:g1], after=True)
                if cm or cn:
                    out.append(_met(a, t, folded[s0:t.end], not cn, beyond, claim_to=_claim_end(folded, nxt.end, g1)))
            continue
        # 优良天数比例为85.5%…，距省下达的86%年度目标仍有差距: a stated shortfall
        if (t.kind == "percent" and re.search(r"距[^，,；;。\d%]{0,10}$", before)
                and _GAP_AFTER.match(after)):
            ach = [g for g in sfigs if g.end <= t.start and g.kind == "percent" and g.start not in growths
                   and not _is_ref(folded, g) and not _planned(folded, doc, g)]
            if ach:
                end = t.end + _GAP_AFTER.match(after).end()
                out.append(_met(ach[-1], t, folded[s0:t.end], False, claim_to=end))
            continue
        # 目标为400家次，实际完成438家次，完成年度目标任务的109.5%
        if t.kind == "percent" and (_PCT_OF.search(before) or _RATE_OF.search(before)) and not [g for g in sfigs if clause_start(folded, t.start) <= g.start < t.start]:
            tgt = [g for g in sfigs if g.end <= t.start and g.quantity and _is_tgt(folded, g)]
            if not tgt and folded[t.end:t.end + 1] in ("（", "("):
                # 完成预算的77.6%（预算数为24.00万元）: the target in the bracket after the percentage
                tgt = [g for g in sfigs if t.end < g.start and g.end <= clause_end(folded, t.end, "）)") and g.quantity
                       and _is_tgt(folded, g)][:1]
            if not tgt and folded[t.end:t.end + 1] in "，,":
                # 完成调整预算的101.6%，调整预算数为12.4亿元: the target named in the clause right after
                nxt_cs = t.end + 1
                tgt = [g for g in sfigs if g.start > t.end and g.quantity and clause_start(folded, g.start) == nxt_cs
                       and _TARGET_NAMED.fullmatch(folded[nxt_cs:g.start])][:1]
            if tgt and _other_budget(before, label_of(folded, tgt[-1])):
                continue  # 年初预算1,652.0万元，年中追加…，完成全年预算的98.1%: the adjusted budget, not stated as a figure
            if tgt:
                a = achieved(sfigs, tgt[-1], after_too=True)
                # 比年度计划115个多13个 / 多售4.42亿千瓦时: the excess over the target (or the shortfall) is no
                # achieved value
                between = [g for g in sfigs if tgt[-1].end <= g.start and g.end <= t.start and same_unit(g, tgt[-1])
                           and not _is_ref(folded, g) and not _EXCESS_WORD.fullmatch(folded, tgt[-1].end, g.start)]
                if len(between) == 1 and (a is None or a.end <= tgt[-1].start):
                    # 年初预算28.50万元，支出决算19.76万元，完成预算的69.3%: the one value between target and percentage
                    # (年中追加182.3万元，调整后预算1,368.8万元，全年支出1,308.26万元，执行率95.6%: not the one before it)
                    a = between[0]
                if a is not None and a.end <= t.start:
                    out.append(_pct_of_target(a, tgt[-1], t))
                    diff_figs.add(tgt[-1].start)  # 完成年度计划的108.3%，年度计划为48亿元: the target is judged
                    done.add(t.sent)
                    # 完成任务的90%，超额完成了全年追逃任务: the claim after the percentage gets its own row
                    g1 = clause_end(folded, t.end, "；;。！？!?\n")
                    cm, cn, beyond = _claim(folded, folded[t.end:g1], after=True)
                    row = _met(a, tgt[-1], folded[s0:tgt[-1].end], not cn, beyond, claim_to=_claim_end(folded, t.end, g1))
                    if (cm or cn) and not any(r["figure_ids"] == row["figure_ids"] for r in out):
                        out.append(row)
            elif _PCT_OF.search(before):
                # 全年实际支出3,712万元，完成全年预算的96.4%: the target named in the sentence before, else not stated
                a = [g for g in sfigs if g.end <= t.start and g.quantity and not _is_ref(folded, g)]
                pl = _chain(folded, sfigs, t, 1)
                if len(pl) > 1:
                    # 分别完成年度目标的120%、150%和112.5%: the values listed before, in order, one for each
                    diff_figs.update(p.start for p in pl[1:])
                    if _RESPECTIVELY.search(before) and len(a) >= len(pl):
                        out += [_pct_of_unstated(doc, folded, sents, ai, pi, before) for ai, pi in zip(a[-len(pl):], pl)]
                        done.add(t.sent)
                    continue
                if a:
                    row = _pct_of_unstated(doc, folded, sents, a[-1], t, before)
                    out.append(row)
                    done.add(t.sent)
                    # 完成年度目标的95.3%，未完成目标任务: the claim after it is judged on the percentage alone
                    g1 = clause_end(folded, t.end, "；;。！？!?\n")
                    cm, cn, beyond = _claim(folded, folded[t.end:g1], after=True)
                    if (cm or cn) and row["verdict"] == schema.UNVERIFIABLE:
                        out.append(_pct_claim(t, not cn, beyond, _claim_end(folded, t.end, g1), a[-1]))
            continue
        # 比年初确定的12%的预期目标高出1.5个百分点
        if t.kind == "percent" and nxt is not None and nxt.kind == "percentage_point" and re.fullmatch(
                r"的?(?:[\u4e00-\u9fff]{0,4})?(?:目标|要求|计划)?(?:高出|超出|超过|高|低于|低)", folded[t.end:nxt.start]):
            _add_points_row(out, folded, sfigs, t, nxt, growths, "低" in folded[t.end:nxt.start])
            continue
        # 增长6.8%，高于年初确定的6%左右预期目标0.8个百分点: the comparison word before the target
        cmp_before = _CMP_BEFORE.search(before)
        if (t.kind == "percent" and nxt is not None and nxt.kind == "percentage_point" and cmp_before
                and (re.fullmatch(r"的?[\u4e00-\u9fff]{0,4}?(?:目标|要求|计划)", folded[t.end:nxt.start])
                     # 超过省定目标(88%)2.5个百分点: the target in brackets right after its word
                     or _TARGET_BRACKET.search(before) and folded[t.end:nxt.start] in (")", "）"))):
            _add_points_row(out, folded, sfigs, t, nxt, growths, cmp_before.group(1) == "低于")
            continue
        # 控制在4.5%以内 / 控制在省核定的债务限额16.2亿元以内
        if (t.qualifier in ("at_most", "less_than") or _CEILING_AFTER.match(after)) and _CONTROL.search(before):
            def comparable(g: Fig) -> bool:
                return (g.kind == t.kind and (g.kind not in ("percent", "ratio") or g.start not in growths)
                        and (t.kind == "percent" or (t.kind == "ratio" and g.unit == t.unit == "") or (same_unit(g, t) and not _is_ref(folded, g) and not _is_change(folded, g))))
            ach = [g for g in sfigs if g.end <= t.start and comparable(g)]
            # 全年发生火灾12起，较大火灾控制在1起以内: a ceiling with a subject of its own is of the value that subject names
            own = _CONTROL_LEAD.sub("", before[:_CONTROL.search(before).start()])
            if len(own) >= 2 and ach and not _subject_of(folded, own, ach[-1]):
                ach = []
            post = _CLAIM_POST.match(folded, t.end)
            ceiling = _CEILING_AFTER.match(after)
            claim_to = post.end() if post else t.end + ceiling.end() if ceiling else 0
            if not ach and post:
                # 控制在3人以内的目标顺利实现，全年亡1人: the achieved value follows the claim
                ach = [g for g in sfigs if g.start >= post.end() and comparable(g) and not _is_ref(folded, g)
                       and not _planned(folded, doc, g)][:1]
            elif not ach:
                # 个人负担比例年初确定控制在30%以内，实际为28.6%: the actual value in the clause right after
                nxt_cs = clause_end(folded, t.end) + 1
                ach = [g for g in sfigs if g.start >= nxt_cs and comparable(g) and clause_start(folded, g.start) == nxt_cs
                       and _ACTUAL_AFTER.search(folded[nxt_cs - 1:g.start])][:1]
            if not ach and t.quantity and len(own) >= 2 and t.sent > 0 and clause_start(folded, t.start) == s0 \
                    and not any(g.end <= t.start and comparable(g) for g in sfigs):
                # 全年发生事故12起、死亡5人。死亡人数控制在市下达的6人以内: the subject names a value stated just before
                named = _earlier_in_paragraph(doc, folded, sents, t, lambda g: _subject_of(folded, own, g))
                ach = [named] if named is not None else []
            if ach:
                out.append(_met(ach[-1], t, folded[clause_start(folded, t.start):t.end], not (post and post.group("neg")),
                                at_most=True, claim_to=claim_to))
            continue
        if t.kind == "ratio":  # a unitless rate (亿元GDP死亡率0.103) is judged only against a ceiling
            continue
        # 实现利润总额3.18亿元…。年初确定的利润总额3.5亿元的目标圆满完成: the claim names its metric, whose value
        # stands in the sentence before
        post = _CLAIM_POST.match(folded, t.end) if t.quantity else None
        if post and not [g for g in sfigs if g.end <= t.start and same_unit(g, t)]:
            metric = re.split(r"的|为", before)[-1]
            prev = sents.get(t.sent - 1, []) if t.sent > 0 else []
            named = [g for g in prev if same_unit(g, t) and len(metric) >= 2 and metric in item_label(folded, g)
                     and _plain_value(folded, doc, g)
                     and "\n" not in folded[g.end:t.start]]
            if len(named) == 1:
                out.append(_met(named[0], t, folded[s0:t.end], not post.group("neg"), "超额" in post.group(0),
                                claim_to=post.end()))
                continue
        # 受害率0.15‰，低于省定0.9‰的控制指标 / 保有量48.62万亩，高于市下达的保护目标47.90万亩 /
        # 占比55.2%，达到了…不低于55%的要求: the text states how the value stands against the target
        rel = _REL_BEFORE.search(before)
        # 达到了…占比不低于55%的要求: the relation word is part of the figure's own surface
        lead = _REL_LEAD.match(t.text) if rel is None else None
        claim = _REL_CLAIM.search(before) if lead else None
        at = rel.start("rel") if rel else claim.end() if claim else -1
        if at >= 0 and (_REL_TARGET_TAIL.search(before, at) or _REL_TARGET_AFTER.match(after)) \
                and not _BENCHMARK.search(before, at):
            a = _compared_value(doc, folded, sfigs, t, clause_start(folded, t.start))
            own = _CONTROL_LEAD.sub("", before[:rel.start()]) if rel else ""
            if a is not None and len(own) >= 2 and not _subject_of(folded, own, a):
                a = None  # 全年发生火灾12起，较大火灾低于…: the relation is of what its own subject names
            if a is not None:
                word = rel.group("rel") if rel else lead.group(0)
                holds = not _NEGATION.search(before, 0, at)
                tail = _REL_TARGET_AFTER.match(after) or _TARGET_NOUN_AFTER.match(after)  # …83.3%考核目标: marked too
                row = _relation(a, t, word, holds, t.end + (tail.end() if tail else 0))
                # 保有量48.62万亩，其中基本农田41.35万亩，高于…目标47.90万亩: with other values of the kind before it,
                # the nearest may not be the one compared, so a failed relation is not reported
                rivals = [g for g in sfigs if g.end <= a.start and (g.kind == a.kind if t.kind == "percent" else same_unit(g, a))
                          and not _is_ref(folded, g)]
                if row["verdict"] == schema.CONSISTENT or not rivals:
                    out.append(row)
            continue
        if not (_target_after(after, t) or _TARGET_BEFORE.search(before)):
            continue
        claim_text = folded[s0:t.start]
        cm, cn, beyond = _claim(folded, before + "|" + claim_text[-30:])
        level = _is_tgt(folded, t) and t.sent not in done
        claim_to = 0
        if not cm and not cn and level:
            # 目标为85%，达到了…的要求 / 计划开展40次，实际完成32次，未完成年度计划: the claim follows the target
            c0, c1 = _named_claim(folded, t, t.end, s1)
            cm, cn, beyond = _claim(folded, folded[c0:c1], after=True)
            claim_to = _claim_end(folded, c0, c1)
            bare = _BARE_CLAIM.match(folded, t.end)
            if not cm and not cn and bare and t.quantity:
                # 硬化村道86公里，目标80公里，提前完成: a bare claim right after the target
                cm, cn, beyond, claim_to = not bare.group("neg"), bool(bare.group("neg")), "超额" in bare.group(0), bare.end()
            if not cm and not cn and t.quantity and "实际" in folded[t.end:s1]:
                # 计划5所，实际建成6所: the plan and the actual side by side, no claim: the row records how they stand
                a = achieved(sfigs, t, after_too=True)
                if a is not None and a.start > t.end and not _is_ceiling(folded, a, t) \
                        and not any(g.kind == "percent" and g.start > a.end for g in sfigs):  # 完成率110%: its own row
                    bare = _BARE_CLAIM.match(folded, a.end)
                    if bare:
                        # 任务200公里，实际建成186公里，超额完成: the bare claim after the actual value
                        out.append(_met(a, t, folded[s0:t.end], not bare.group("neg"), "超额" in bare.group(0),
                                        claim_to=bare.end()))
                        continue
                    met = _met(a, t, folded[s0:t.end], True)["verdict"] == schema.CONSISTENT
                    out.append(_met(a, t, folded[s0:t.end], met, claim_to=a.end))
                continue
        tail = _target_after(after, t)
        set_verb = _SET_THEN_VERB.search(before) if tail and (cm or cn) else None
        if set_verb and not _CLAIM_MET.search(before[:set_verb.start()]) and not _CLAIM_NOT.search(before[:set_verb.start()]):
            cm = cn = False  # 年初提出…达到98%的目标: the verb belongs to the target as set, it claims nothing
        if not cm and not cn and not level and tail and t.sent not in done:
            # 年初提出审限内结案率达到98%的目标，实际达到98.6%，完成目标: the target named by 的目标, the actual
            # value after it, then the claim
            rest = t.end + tail.end()
            act = [g for g in sfigs if g.start >= rest and (g.kind == t.kind if t.kind == "percent" else same_unit(g, t))
                   and g.start not in growths and _ACTUAL_AFTER.search(folded[rest:g.start])][:1]
            if act:
                c0, c1 = _named_claim(folded, t, act[0].end, s1)
                cm2, cn2, beyond2 = _claim(folded, folded[c0:c1], after=True)
                if cm2 or cn2:
                    out.append(_met(act[0], t, folded[s0:t.end], not cn2, beyond2, claim_to=_claim_end(folded, c0, c1)))
                    continue
        rate_target = t.kind == "percent" and _RATE_UP_DOWN.search(before)
        if not cm and not cn and rate_target:
            # 年初提出的增长7%的目标顺利实现，全年实际增长7.3%: the claim right after the rate target
            post = _CLAIM_POST.match(folded, t.end)
            if post:
                cm, cn, beyond, claim_to = not post.group("neg"), bool(post.group("neg")), "超额" in post.group(0), post.end()
        if not cm and not cn:
            continue
        claims_met = not cn
        if t.kind == "percent":
            if rate_target:
                ach = [growths[g.start] for g in sfigs if g.end <= t.start and g.start in growths]
                if not ach:
                    # …的目标顺利实现，全年实际增长7.3%: the rate achieved, named as actual, after the claim
                    ach = [growths[g.start] for g in sfigs if g.start > max(t.end, claim_to) and g.start in growths
                           and "实际" in folded[clause_start(folded, g.start):g.start]][:1]
                if not ach:
                    continue
                down = bool(_RATE_DOWN.search(before))
                a = ach[-1]
                if a.down != down or a.mode != "pct":
                    continue
                out.append(_met(a.g, t, folded[s0:t.end], claims_met, beyond, claim_to=claim_to))
            elif level:
                # 准确率为87.6%，…考核目标为85%: a level against a level target, not a rate of growth
                ach = [g for g in sfigs if g.end <= t.start and g.kind == "percent" and g.start not in growths
                       and not _is_ref(folded, g)]
                if not ach:
                    # 建档率目标为90%，实际达到92.4%，完成年度目标: the achieved level right after the target
                    ach = [g for g in sfigs if g.start >= t.end and g.kind == "percent" and g.start not in growths
                           and _ACTUAL_AFTER.search(folded[t.end:g.start])][:1]
                if ach:
                    out.append(_met(ach[-1], t, folded[s0:t.end], claims_met, beyond, claim_to=claim_to))
            elif _CLAIM_LEAD.match(folded, clause_start(folded, t.start)) and _TARGET_NOUN_AFTER.match(after):
                # 参保率96.8%，完成稳定在95%以上的年度目标 / 同比增长8.2%，完成年初确定的8%目标: the claim opens the
                # clause, the target closes it, the value is the nearest rate before
                ach = [g for g in sfigs if g.end <= t.start and g.kind == "percent" and not _is_ref(folded, g)
                       and not _planned(folded, doc, g)]
                if ach:
                    tail = _TARGET_NOUN_AFTER.match(after)
                    row = _met(ach[-1], t, folded[s0:t.end], claims_met, beyond, claim_to=t.end + tail.end())
                    if row["verdict"] == schema.CONSISTENT or len(ach) == 1:
                        out.append(row)
        else:
            a = achieved(sfigs, t, after_too=level)
            if a is not None and not _is_ceiling(folded, a, t):
                # 完成年度1,000套的目标任务: the row marks the target's noun too
                tail = _TARGET_AFTER.search(after)
                claim_to = max(claim_to, t.end + tail.end() if tail else 0)
                # 细颗粒物平均浓度31微克/立方米，完成年度考核目标33微克/立方米: a measure that should fall meets
                # its target by staying under it
                out.append(_met(a, t, folded[s0:t.end], claims_met, beyond, at_most=_lower_better(folded, a),
                                claim_to=claim_to))
    out += _named_level_targets(doc, folded, figs, sents, out)
    out += _labelled_targets(doc, folded, figs, out)
    out += _claims_on_targets_set_earlier(doc, folded, figs, sents, out)
    by_id = {f.id: f for f in figs}
    out += _unstated_targets(doc, folded, sents, out, by_id, figs)
    out += _points_over_named_target(folded, figs, sents, out, growths)
    return [r for r in out if not _far_apart(r, by_id) and not _role_slip(folded, r, by_id)]


# 高于目标2.3个百分点 / 低于预期目标0.5个百分点: a gap in points from a target named, not restated
_OVER_NAMED = re.compile(r"^(?P<cmp>高于|高出|超过|超出|低于)(?:年度|年初|全年|预期|规划|计划|考核|省定|市定)?(?:目标|计划)(?:值)?$")
_TARGET_SET = re.compile(r"目标|力争|预期|计划")


def _points_over_named_target(folded: str, figs: list[Fig], sents: dict, out: list, growths: dict) -> list[dict]:
    """年度目标值为95%，实际完成值为97.3%，高于目标2.3个百分点: the achieved level (or rate) ends the clause right
    before the gap; the target is the one percentage set as a target (目标/力争/预期/计划 before it in its clause)
    earlier in the sentence."""
    rows: list[dict] = []
    seen = {i for r in out for i in r["figure_ids"].split()}
    for p in figs:
        if p.kind != "percentage_point" or p.sent < 0 or p.id in seen:
            continue  # a gap another wording has judged already (比目标T高出N个百分点)
        cs = clause_start(folded, p.start)
        m = _OVER_NAMED.match(folded[cs:p.start])
        if not m:
            continue
        before = [g for g in sents.get(p.sent, []) if g.end <= cs]
        if not before or before[-1].kind != "percent" or clause_end(folded, before[-1].end) + 1 != cs:
            continue
        a = before[-1]
        rate = a.start in growths
        if _is_ref(folded, a) or _is_tgt(folded, a) or rate and growths[a.start].mode != "pct" \
                or "其中" in folded[clause_start(folded, a.start):a.start]:
            continue  # 其中工业增长7.1%: a part's rate is not the one the target was set for
        tgts = [g for g in before[:-1] if g.kind == "percent"
                and _TARGET_SET.search(folded, clause_start(folded, g.start), g.start)]
        if len(tgts) != 1 or rate != bool(_CUE_TARGET.search(folded, clause_start(folded, tgts[0].start), tgts[0].start)):
            continue  # a rate against a rate set (增长7%左右), a level against a level (目标值为95%)
        rows.append(_points_over_target(a, tgts[0], p, m.group("cmp") == "低于"))
    return rows


_CUE_TARGET = re.compile(rf"(?:{_UP}|{_DOWN})了?$")


# 超出计划500人 / 比预算节约1.38万元: a figure that is a difference, not a level
_DIFF_LABEL = re.compile(r"(?:超出|超过|超额|节约|节省|结余|减少|增加|少|多)(?:了)?(?:计划|目标|任务|预算)?(?:了)?$")
# 完成目标任务3500人的120%: a completion rate of another figure
_COMPLETION_OF = re.compile(r"(?:完成|为|达到|相当于|占)[^，,；;。\d]*$")


def _role_slip(folded: str, row: dict, by_id: dict) -> bool:
    """A target_met failure whose actual or target is a difference (超出计划500人, 节约1.38万元) or a completion rate of
    another figure (完成目标任务3500人的120%) judged the wrong pairing, not the text: the row is dropped."""
    if row["verdict"] != schema.INCONSISTENT:
        return False
    figs = [by_id[i] for i in row["figure_ids"].split()[:2] if i in by_id]
    for f in figs:
        lab = label_of(folded, f)
        if f.quantity and _DIFF_LABEL.search(lab) and folded[f.end:f.end + 1] != "的":  # 超过计划2,000个的20%: the plan
            return True
        if f.kind == "percent" and folded[f.start - 1:f.start] == "的":
            g = next((g for g in by_id.values() if g.end == f.start - 1 and g.quantity), None)
            if g is not None and _COMPLETION_OF.search(label_of(folded, g)):
                return True
    return False


# 税费收入完成年度预算目标66亿元的103.7%: the metric that opens the clause, before its verb
_CLAUSE_METRIC = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?:全年|年度|累计)?(?:完成|实现|达到|为|是|占)")


def _named_earlier(doc, folded: str, sents: dict, t: Fig) -> Fig | None:
    """A target whose sentence states no value of its own, opening on a metric (税费收入完成年度预算目标66亿元的103.7%)
    → the one value of its unit earlier in the paragraph (up to three sentences back) whose label ends with that
    metric (全年组织税费收入68.42亿元), else None."""
    cs = clause_start(folded, t.start)
    m = _CLAUSE_METRIC.match(folded, cs)
    if not m or m.end() > t.start or t.sent <= 0:
        return None
    name = m.group("name")
    return _earlier_in_paragraph(doc, folded, sents, t, lambda g: _LABEL_VERB.sub("", item_label(folded, g)).endswith(name))


def _earlier_in_paragraph(doc, folded: str, sents: dict, t: Fig, names) -> Fig | None:
    """The one plain value of t's unit in the three sentences before t's, within its paragraph, that names(g) accepts."""
    found = []
    cs = clause_start(folded, t.start)
    for sj in range(t.sent - 1, max(t.sent - 4, -1), -1):
        if "\n" in folded[doc.sentences[sj].end:cs]:
            break
        found += [g for g in sents.get(sj, []) if same_unit(g, t) and _plain_value(folded, doc, g)
                  and not _per_unit(folded, g) and names(g)]
    return found[0] if len(found) == 1 else None


def in_plan_heading(doc, f: Fig) -> bool:
    """Is the figure under a heading of plans or targets ahead (下一步工作, 2025年主要目标)?"""
    heading = doc.section_at(f.start)
    return bool(heading) and plan_heading(heading, doc.year)


def _subject_of(folded: str, own: str, a: Fig) -> bool:
    """Does a subject of its own (较大火灾 of 较大火灾控制在1起以内) name value a? Its words are in a's label, or, with
    its measure word dropped (事故死亡人数 → 事故死亡), it ends on a's item (死亡 of 发生事故23起、死亡14人) and the rest is
    in the clause a is listed in."""
    item = item_label(folded, a).lstrip("、")
    if own in item:
        return True
    core = re.sub(rf"(?:{re.escape(a.base_unit)})?[数次量]$" if a.base_unit else r"[数次量]$", "", own)
    if len(core) >= 2 and core in item:
        return True
    return len(item) >= 2 and core.endswith(item) and core[:-len(item)] in label_of(folded, a)


def _far_apart(row: dict, by_id: dict) -> bool:
    """A failed target whose achieved value and target differ more than three times (2860人 against 140人 read from
    低于年度目标140人, where 140 is the gap): the figure taken as the target is most likely not one."""
    if row["verdict"] != schema.INCONSISTENT:
        return False
    ids = row["figure_ids"].split()
    if len(ids) != 2 or not all(i in by_id for i in ids):
        return False
    a, t = (by_id[i] for i in ids)
    if not (a.quantity and t.quantity and a.norm and t.norm and a.norm > 0 and t.norm > 0):
        return False
    return not (Decimal(1) / 3 <= a.norm / t.norm <= 3)


_CLAIM_LEAD = re.compile(r"(?:已|均|全面|圆满|顺利|超额)*(?:完成|达到|实现)了?")
# ，提前完成 / ，已全部完成 / ，未完成: a claim that is a clause of its own right after the target
_BARE_CLAIM = re.compile(r"[，,](?:(?P<neg>未能?|没有|没能)(?:完成|实现|达到)|(?:已|均|提前|超额|全面|圆满|顺利|如期|全部)*(?:完成|实现|达到)了?)"
                         r"(?:任务|目标)?(?=[，,；;。！？\n]|$)")
_TARGET_NOUN_AFTER = re.compile(r"(?:以上|以内|左右)?的?[\u4e00-\u9fff]{0,4}?(?:目标|要求|任务|指标)")


# 按期办结率95%以上、积案化解率85%以上的考核目标均已完成 / 面商率达到90%以上的要求…，达到要求: the claim on targets
# that name their metric, after them (or 实现了…的年度目标 before them)
_NAMED_CLAIM_AFTER = re.compile(r"[^，,；;。！？\d%]{0,12}?(?:(?P<neg>未能?|没有|没能)(?:完成|实现|达到)|(?:均|已|全面|圆满|顺利|如期|提前)*"
                                r"(?:完成|实现|达到|控制在[^，,；;。\d%]{0,6}?(?:之内|以内|范围内))|(?P<neg2>突破了?|超过了?)[^，,；;。\d%]{0,4}?(?:指标|目标))")
# …，达到要求。 / …，完成目标任务。: a closing clause that only claims
_CLAIM_CLOSING = re.compile(r"[，,](?:[^，,；;。！？\d%]{0,14}?(?:均|都|全部))?(?:均|已|全面|圆满|顺利|如期)*"
                            r"(?:(?:达到|完成|实现|符合)了?[^，,；;。！？\d%]{0,6}?(?:要求|目标|任务|指标)"
                            # …，全县事故起数和死亡人数均控制在指标之内: a ceiling kept
                            r"|控制在[^，,；;。！？\d%]{0,6}?(?:要求|目标|任务|指标)(?:之内|以内|范围内))(?=[。；;！!？?\n]|$)")
# 年度控制指标为事故起数45起以内: the words that set the target, before its metric
_SET_AS = re.compile(r"(?:目标|指标|要求|任务)(?:为|是)")
# 分行业看，道路交通事故24起 / 其中…: a sentence that breaks a total down into parts
_BREAKDOWN = re.compile(r"分[\u4e00-\u9fff]{1,4}看|其中|按[\u4e00-\u9fff]{1,4}分")
_METRIC_LEAD = re.compile(r"^.*?(?:为|是|：|:|达到|实现了?|完成了?|提出|确定|下达的?|要求)(?=[\u4e00-\u9fff]{2,})")
_METRIC_TAIL = re.compile(r"(?:为|是|达到了?|达|控制在|保持在|稳定在)$")


def _metric_label(folded: str, f: Fig, lead: bool = False) -> str:
    """The words naming what a figure measures: its item label without asides in brackets, a trailing verb, and
    (for a target, lead=True) the words that set it (年初确定的… / 指标为…)."""
    lab = folded[clause_start(folded, f.start, CLAUSE_SEP + "、“\""):f.start]
    lab = _METRIC_TAIL.sub("", _BRACKETED.sub("", lab))
    if lead:
        lab = _METRIC_LEAD.sub("", lab)
    return re.sub(r"^(?:全年|年度|今年|当年|全县|全市|全区|其中|县|市|区|共|已|累计|实际)+", "", lab)


_BOUNDS = ("at_least", "at_most", "more_than", "less_than")  # the qualifiers of a value stated as a bound (95%以上, 3人以内)


def _named_level_targets(doc, folded: str, figs: list[Fig], sents: dict, rows: list[dict]) -> list[dict]:
    """Targets listed by their metric with one claim for all (按期办结率95%以上、积案化解率85%以上的考核目标均已完成),
    each judged against the one earlier value of the text (or later in its sentence) whose label names the same metric
    (按期办结率97.6%); an exact name wins over one that only ends the same way, and an ambiguous name is left alone."""
    bounded = {t.sent for t in figs if t.qualifier in _BOUNDS}  # the sentences with a target stated as a bound
    if not bounded:
        return []
    judged = {i for r in rows for i in r["figure_ids"].split()}
    out = []
    for si, sfigs in sents.items():
        if si < 0 or si not in bounded:
            continue
        s0, s1 = doc.sentences[si].start, doc.sentences[si].end
        for t in sfigs:
            if t.id in judged or t.value is None or t.qualifier not in _BOUNDS \
                    or not (t.kind == "percent" or t.quantity) or _planned(folded, doc, t):
                continue
            chain = [t]  # 按期办结率95%以上、积案化解率85%以上: named targets listed with 、
            for g in sfigs:
                if g.start > chain[-1].end and g.kind == t.kind and re.fullmatch(r"[、和及][^，,；;。！？\d%]{0,12}", folded[chain[-1].end:g.start]):
                    chain.append(g)
                elif g.start > chain[-1].end:
                    break
            last = chain[-1]
            tail = _TARGET_AFTER.search(folded[last.end:last.end + 16])
            head = folded[clause_start(folded, chain[0].start):chain[0].start]
            if not (tail or re.search(r"(?:目标|指标|要求|任务)(?:为|是)", head)):
                continue
            claim_from = last.end + (tail.end() if tail else 0)
            m = _NAMED_CLAIM_AFTER.match(folded, claim_from) or _CLAIM_CLOSING.search(folded, claim_from, s1)
            lead = _CLAIM_LEAD.match(folded, clause_start(folded, chain[0].start)) if tail else None
            if not m and not lead:
                continue
            neg = bool(m and (m.groupdict().get("neg") or m.groupdict().get("neg2")))
            name = _SET_AS.split(_metric_label(folded, t, lead=True))[-1]
            if len(name) < 2:
                continue

            def fits(g: Fig) -> bool:
                return (g.kind == "percent" if t.kind == "percent" else same_unit(g, t)) and g is not t and g not in chain

            pool = [g for g in figs if fits(g) and g.sent >= 0 and (g.sent < si or g.sent == si and g.start > claim_from - 1
                                                                    or g.sent == si and g.end <= chain[0].start)
                    and _plain_value(folded, doc, g)
                    and g.qualifier not in ("at_least", "at_most")]
            names = [(g, _metric_label(folded, g)) for g in pool]
            exact = [g for g, n in names if n == name]
            # the target may carry words that set it (…提出面商率); the value's own label may not carry a scope the
            # target lacks (城区满意率 is not 满意率)
            ends = [g for g, n in names if len(n) >= 2 and name.endswith(n) and si - g.sent <= 3]  # near: a looser name
            # 事故起数 names the count of 事故 in 起 (发生各类生产安全事故37起)
            counted = [g for g, n in names if g.exact and len(name) > 3 and name.endswith(g.base_unit + "数")
                       and len(name) - len(g.base_unit) - 1 >= 2 and n.endswith(name[:-len(g.base_unit) - 1])]
            found = exact or ends or counted
            if len(found) > 1:
                # the total, not its parts broken down in a sentence of their own (分行业看，…)
                found = [g for g in found if not _BREAKDOWN.match(folded, doc.sentences[g.sent].start)] or found
            if len(found) != 1:
                continue
            a = found[0]
            end = max(m.end() if m else t.end, claim_from)
            row = _met(a, t, folded[s0:t.end], not neg, "超额" in (m.group(0) if m else ""), claim_to=end)
            if a.sent != si:
                row["start"] = clause_start(folded, chain[0].start)
            out.append(row)
    return out


# 年度目标：建设5G基站500个。完成情况：建成480个，目标任务全面完成。 / 目标任务：新增15家；实际新增12家；完成情况：已完成:
# a segment labelled as the target, then one labelled as what was done
_TARGET_SEGMENT = re.compile(r"(?:^|(?<=[。；;\n]))[ \t　]*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）.、．][ \t　]*)?"
                             r"(?:年度|全年|绩效|今年|本年度?)?(?:目标(?:任务|值)?|计划(?:任务)?|任务目标)[：:]")
_TARGET_SEGMENT_QUICK = re.compile(r"(?:目标|计划|任务)[任务值]?[：:]")
_DONE_SEGMENT = re.compile(r"[ \t　]*(?:完成情况|实际完成(?:情况|值)?|完成值|实际值|执行情况)[：:]|[ \t　]*实际(?=[^，,；;。\d%]{0,8}\d)")
_SEGMENT_CLAIM = re.compile(r"(?P<neg>未能?|没有|没能)(?:完成|实现|达到)|(?:已|均|全面|圆满|顺利|如期|超额|全部)+(?:完成|实现|达到)"
                            r"|(?:目标|任务)[^，,；;。！？\d%]{0,4}?(?:(?P<neg2>未能?|没有|没能)|已|均|全面|圆满|顺利|如期|超额)*(?:完成|实现|达到)")


def _labelled_targets(doc, folded: str, figs: list[Fig], rows: list[dict]) -> list[dict]:
    """A target stated in a segment labelled 目标： / 目标任务： / 计划：, and what was done in the next segment of the
    paragraph labelled 完成情况： / 实际… → target_met rows, pairing each target with the one done value of its unit;
    judged against the claim that closes the done segment's sentence (目标任务全面完成 / 已完成 / 未完成), else recorded."""
    if not _TARGET_SEGMENT_QUICK.search(folded):
        return []  # a quick test: no segment labelled as a target
    judged = {i for r in rows for i in r["figure_ids"].split()}
    out = []
    for m in _TARGET_SEGMENT.finditer(folded):
        t_end = clause_end(folded, m.end(), "。；;\n")
        tgts = [f for f in figs if m.end() <= f.start and f.end <= t_end and (f.quantity or f.kind == "percent")]
        if not tgts or any(f.id in judged for f in tgts):
            continue
        # the done segment: the next segment of the paragraph that opens with its label
        d0 = t_end + 1
        if folded[t_end:t_end + 1] not in "。；;" or not _DONE_SEGMENT.match(folded, d0):
            continue
        d_end = clause_end(folded, d0, "。；;\n")
        done = [f for f in figs if d0 <= f.start and f.end <= d_end and (f.quantity or f.kind == "percent")]
        s_end = clause_end(folded, d0, "。\n")
        claim = None
        for c in _SEGMENT_CLAIM.finditer(folded, done[-1].end if done else d0, s_end):
            claim = c  # the last claim of the sentence speaks for the targets
        if claim is None and folded[d_end:d_end + 1] in "；;":
            # 实际新增12家；完成情况：已完成: the claim in a segment of its own
            nxt = _DONE_SEGMENT.match(folded, d_end + 1)
            if nxt:
                claim = _SEGMENT_CLAIM.search(folded, nxt.end(), clause_end(folded, nxt.end(), "。；;\n"))
        for t in tgts:
            pair = [a for a in done if (same_unit(a, t) if t.quantity else a.kind == "percent") and a.id not in judged]
            if len(pair) != 1 or _planned(folded, doc, pair[0]):
                continue
            a = pair[0]
            at_most = _lower_better(folded, a) or _is_ceiling(folded, a, t)
            if claim is not None:
                neg = bool(claim.group("neg") or claim.group("neg2"))
                row = _met(a, t, folded[m.start():t.end], not neg, "超额" in claim.group(0), at_most=at_most,
                           claim_to=claim.end())
            else:
                met = _met(a, t, folded[m.start():t.end], True, at_most=at_most)["verdict"] == schema.CONSISTENT
                row = _met(a, t, folded[m.start():t.end], met, at_most=at_most, claim_to=a.end)
            out.append(row)
    return out


# 年初确定的目标任务全面完成 / 既定目标未能实现: a claim that points back to targets set earlier in the text
_CLAIM_BACK = re.compile(r"(?:年初|年度|此前|上述|既定|前述)(?:确定|提出|制定|设定)?的?[^，,；;。！？\d%]{0,6}?(?:目标|任务)(?:任务)?"
                         r"[^，,；;。！？\d%]{0,4}?(?:(?P<neg>未能?|没有|没能)(?:完成|实现)|(?:已|均|全面|圆满|顺利|如期)*(?:完成|实现))")
# 年初确定了“办结率100%、见面率98%以上”的工作目标: the sentence that sets them
_SETS_TARGETS = re.compile(r"(?:确定|提出|制定|设定|下达)了?")


def _claims_on_targets_set_earlier(doc, folded: str, figs: list[Fig], sents: dict, rows: list[dict]) -> list[dict]:
    """年初确定了“办结率100%、见面率98%以上”的工作目标。…见面率96.7%。…年初确定的目标任务全面完成: each target of
    the earlier sentence that set them, against the value named exactly the same between the two sentences; the rows
    mark the claim. A name that is not unique is left alone."""
    out = []
    judged = {i for r in rows for i in r["figure_ids"].split()}
    for m in _CLAIM_BACK.finditer(folded):
        si = next((i for i, snt in enumerate(doc.sentences) if snt.start <= m.start() < snt.end), -1)
        cs, ce = clause_start(folded, m.start()), clause_end(folded, m.end())
        if si <= 0 or any((f.quantity or f.kind == "percent") and cs <= f.start < ce for f in sents.get(si, [])):
            continue  # a claim with figures of its own is judged on them
        for sj in range(si - 1, -1, -1):
            tfigs = [t for t in sents.get(sj, []) if t.kind == "percent" or t.quantity]
            snt = folded[doc.sentences[sj].start:doc.sentences[sj].end]
            if not tfigs or not _SETS_TARGETS.search(snt) or not re.search(r"(?:目标|任务)", snt):
                continue
            tgts = [t for t in tfigs if t.id not in judged and _TARGET_AFTER.search(
                re.sub(r"[、和][^，,；;。！？\d%]{0,12}?[\d.]+%?[^，,；;。！？\d%]{0,3}?(?=[、和”\"]|的)", "", folded[t.end:t.end + 40])
                .lstrip("”\""))]
            for t in tgts:
                name = _metric_label(folded, t, lead=True)
                if len(name) < 2 or _planned(folded, doc, t):
                    continue
                pool = [g for g in figs if sj < g.sent < si and (g.kind == "percent" if t.kind == "percent" else same_unit(g, t))
                        and _plain_value(folded, doc, g)
                        and _metric_label(folded, g) == name]
                if len(pool) != 1:
                    continue
                row = _met(pool[0], t, folded[m.start():m.end()], not m.group("neg"))
                row["start"], row["end"] = m.start(), m.end()
                out.append(row)
            break
    return out


# 完成省下达的年度减排任务 / 实现了市定的控制目标: a claim about one target, closing its clause, with no number for it
_CLAIM_BARE = re.compile(r"(?:超额|圆满|顺利|全面|如期)?(?<!实际)(?:完成|实现|达到)了?(?P<what>[^，,；;。！？\d%]{0,12}?)"
                         r"(?:目标|任务|要求|指标)(?:任务)?(?=[，,；;。！？\n]|$)")
_CLAIM_NOUN = re.compile(r"目标|任务|要求|指标")
_GENERIC_TARGETS = re.compile(r"各项|全部|所有|各类|主要|[\u201c“]")


# 保障性租赁住房筹集任务 / 水质达标率目标为: the words after a metric's name that make its figure a target
_TARGET_NAME_TAIL = re.compile(r"的?(?:年度|全年|年初)?(?:目标|任务|计划|指标)(?:任务|值|数)?(?:为|是)?$")
_NAME_LEADS = re.compile(r"^(?:全年|年度|今年|当年|本年|年内|全县|全市|全区|其中|县|市|区|共|已|累计|实际)+")
_LONGER_SPAN = re.compile(r"期间|以来|年来|(?:到|至|截至)(?:19|20)\d\d年|(?:19|20)\d\d[-—–~至](?:19|20)?\d\d|五年|三年|“十")
_YEAR_IN_LEAD = re.compile(r"((?:19|20)\d\d)年")
_YEAR_LEAD = re.compile(r"^(?:19|20)\d\d年度?[，,]?")
_COMMON_BIGRAMS = frozenset(("全年", "年度", "今年", "当年", "目标", "任务", "计划", "指标", "完成", "实现", "达到"))


# 年度任务新增城镇就业 / 上级下达的目标为新建…: the words before a metric's name that make its figure a target
_TARGET_NAME_HEAD = re.compile(r"^[^，,；;。\d%]{0,8}?(?:年初|年度|全年|今年)?(?:确定|下达|提出)?的?(?:目标任务|目标|任务|计划)(?:为|是)?")


def _target_name(lab: str) -> str:
    """保障性租赁住房筹集任务 → 保障性租赁住房筹集, 年度任务新增城镇就业 → 新增城镇就业; "" for a label naming no target."""
    m = _TARGET_NAME_TAIL.search(lab)
    if m:
        return lab[:m.start()]
    m = _TARGET_NAME_HEAD.match(lab)
    return lab[m.end():] if m else ""


def _target_named_before(doc, folded: str, figs: list[Fig], si: int, a: Fig) -> Fig | None:
    """The target of a bare claim (…468套，超额完成年度任务) stated in an earlier sentence: the one target of a's kind
    whose metric name, without its target word, is a's name (保障性租赁住房筹集任务500套), anywhere before; else, for a
    rate, the one rate target in the sentence just before, in the same paragraph, sharing a word with a's sentence
    (水质达标率目标为90%以上。全年水质抽检…合格率为86.4%，达到年度绩效目标)."""
    if a.start in _growth_starts(doc, figs) or _is_ref(folded, a) or _planned(folded, doc, a):
        return None

    def fits(g: Fig) -> bool:
        return (g.kind == "percent" if a.kind == "percent" else g.quantity and same_unit(g, a)) \
            and 0 <= g.sent < si and _is_tgt(folded, g) \
            and not _planned(folded, doc, g) and g.start not in _growth_starts(doc, figs)

    def of_the_year(g: Fig) -> bool:
        # “十四五”期间…任务2000套 / 到2025年…目标 / 2019年…任务: a target of a longer span or of another year
        lead = folded[doc.sentences[g.sent].start:g.start]
        return not _LONGER_SPAN.search(lead) and all(
            not doc.year or int(y) == doc.year for y in _YEAR_IN_LEAD.findall(lead))

    tgts = [g for g in figs if fits(g) and of_the_year(g)]
    if not tgts:
        return None
    name = _NAME_LEADS.sub("", _YEAR_LEAD.sub("", _metric_label(folded, a)))
    if len(name) >= 4:
        named = [g for g in tgts if _target_name(_metric_label(folded, g)).endswith(name)]
        if len(named) == 1:
            return named[0]
        if named:
            return None
    if a.kind != "percent":
        return None  # an amount is paired only by its name (two amounts of one unit may count different work)
    near = [g for g in tgts if g.sent == si - 1]
    s0 = doc.sentences[si].start
    if len(near) != 1 or "\n" in folded[near[0].end:s0] or any(
            g.sent == si - 1 and g.start > near[0].end and g.kind == "percent" for g in figs):
        return None
    t = near[0]
    tname = _TARGET_NAME_TAIL.sub("", _NAME_LEADS.sub("", _metric_label(folded, t)))
    if not (tname.endswith("率") and name.endswith("率")):
        return None
    shared = (_bigrams(tname) & _bigrams(folded[s0:a.start])) - _COMMON_BIGRAMS
    return t if shared else None


def _growth_starts(doc, figs: list[Fig]) -> set[int]:
    return cached(doc, "_growth_starts_cache", figs, lambda: {gr.g.start for gr in find_growths(doc, figs)})


def _unstated_targets(doc, folded: str, sents: dict, rows: list[dict], by_id: dict, figs: list[Fig]) -> list[dict]:
    """Claims of having met a target that the text never quantifies → unverifiable rows, when the clause before
    states the values the claim is about (分别比上年削减2.6%和3.1%，完成省下达的年度减排任务)."""
    judged = {by_id[i].sent for r in rows for i in r["figure_ids"].split() if i in by_id}
    naming = sentences_with(doc, folded, _CLAIM_NOUN)  # one scan: the sentences that may name a target noun
    out = []
    for si, sfigs in sents.items():
        if si < 0 or si in judged or si not in naming:
            continue
        s0, s1 = doc.sentences[si].start, doc.sentences[si].end
        if not _CLAIM_NOUN.search(folded, s0, s1):
            continue  # a quick test: every bare claim names its target noun
        claims = list(_CLAIM_BARE.finditer(folded, s0, s1))
        if not claims or any(_is_tgt(folded, g) for g in sfigs):
            continue
        for m in claims:
            if _GENERIC_TARGETS.search(m.group("what")) or _NEGATION.search(folded, max(s0, m.start() - 2), m.start()):
                continue
            cs = clause_start(folded, m.start())
            prev = [g for g in sfigs if g.end <= cs and g.start >= clause_start(folded, cs - 1) and g.kind not in ("year", "date", "date_range")]
            # 提前3个月完成全年任务: how early it was met may open the clause
            if not prev or not (cs == m.start() or re.fullmatch(r"提前[^，,；;。]{1,8}", folded[cs:m.start()])) \
                    or any(_planned(folded, doc, g) for g in prev):
                continue
            a = next((g for g in reversed(prev) if g.kind == "percent" or g.quantity), None)
            t = _target_named_before(doc, folded, figs, si, a) if a is not None else None
            if t is not None:
                # 保障性租赁住房筹集任务500套 (in the section of targets) … 保障性租赁住房筹集468套，超额完成年度任务
                row = _met(a, t, "", True, m.group(0).startswith("超额"), at_most=_lower_better(folded, a))
                row["start"], row["end"] = clause_start(folded, a.start), m.end()
                out.append(row)
                break
            out.append(result("target_met", schema.UNVERIFIABLE, prev, prev[0].start, m.end(),
                              folded[m.start():m.end()], "the target is not stated",
                              "The text claims a target was met but never states the target, so the claim cannot be checked.",
                              "文中称已完成目标，但未给出目标数值，无法核对。"))
            break
    return out


# spending against its budget or a control ceiling: being under it is not a missed target
_SPENDING = re.compile(r"支出|经费|费用|开支|成本|耗|三公|死亡|事故|排放")
_CEILING = re.compile(r"预算|控制|限额|上限|指标")


def _is_ceiling(folded: str, a: Fig, t: Fig) -> bool:
    """Is target t a ceiling for a (三公经费支出 against 预算数, 死亡人数 against 控制指标) rather than a goal to reach?"""
    return bool(_CEILING.search(label_of(folded, t)) and _SPENDING.search(
        folded[clause_start(folded, a.start, "；;。！？!?\n"):a.start]))


# 细颗粒物浓度, 单位GDP能耗, 死亡率, 发病率, 失业率: measures whose target is a ceiling, however it is worded
_LOWER_BETTER = re.compile(r"浓度|排放|能耗|煤耗|水耗|电耗|死亡|事故|发生率|发病率|失业率|患病率|亏损|负债")


def _lower_better(folded: str, a: Fig) -> bool:
    """Does the achieved value's own label name a measure that is better the lower it is?"""
    return bool(_LOWER_BETTER.search(label_of(folded, a)))


def _met(a: Fig, t: Fig, text: str, claims_met: bool, beyond: bool = False, at_most: bool = False,
         claim_to: int = 0) -> dict:
    """Achieved against target → target_met row; consistent when the claim matches what the numbers say."""
    ai = a.norm_interval()  # in base units: 1.2万亩 against 8000亩, 87.6% against 85%
    q = t.qualifier or ("at_most" if at_most else "at_least")
    tv = t.norm if t.norm is not None else t.value
    if at_most or q in ("at_most", "less_than"):
        met = ai.low is None or ai.low <= tv if q == "at_most" else ai.low is None or ai.low < tv
        rel = "≤"
    else:
        met = ai.high is None or (ai.high > tv if beyond or q == "more_than" else ai.high >= tv)
        rel = ">" if beyond or q == "more_than" else "≥"
    if t.qualifier == "approx":
        met = met or ai.overlaps(t.norm_interval())
    ok = met == claims_met
    computed = f"achieved {a.text} {rel if met else 'not ' + rel} target {t.text}"
    claim = "met" if claims_met else "not met"
    stated = f"{a.text}; target {t.text} ({claim})"
    start, end = min(a.start, t.start), max(a.end, t.end, claim_to)
    if ok:
        en = f"{a.text} {'meets' if met else 'falls short of'} the target {t.text}, as the text says."
        zh = f"{a.text}{'达到' if met else '未达到'}目标{t.text}，与文中表述一致。"
        return result("target_met", schema.CONSISTENT, [a, t], start, end, stated, computed, en, zh)
    en = (f"The text says the target {t.text} was {claim}, but {a.text} "
          f"{'meets' if met else 'falls short of'} it.")
    zh = f"文中称目标{t.text}{'已完成' if claims_met else '未完成'}，但实际{a.text}{'已达到' if met else '未达到'}目标。"
    cause = "target claimed met but not reached" if claims_met else "target reached but reported as missed"
    return result("target_met", schema.INCONSISTENT, [a, t], start, end, stated, computed, en, zh, cause)


def _pct_of_target(a: Fig, t: Fig, p: Fig) -> dict:
    """为年初预算X的P%: achieved / target against the stated completion percentage."""
    got = (a.norm_interval() / t.norm_interval()).scale(HUNDRED)
    want, d = p.pct_interval(), p.decimals or 0
    g = fmt_interval(got, d + 1, '%')
    return _target_row(got.overlaps(want), [a, t, p], f"{a.text} = {p.text} of target {t.text}",
                       f"{a.text}/{t.text} = {g}; stated {p.text} needs {fmt_interval(want, d + 1, '%')}",
                       (f"{a.text} is {g} of the target {t.text}, matching the stated {p.text}.",
                        f"{a.text}为目标{t.text}的{g}，与所述{p.text}相符。"),
                       (f"{a.text} is {g} of the target {t.text}, not the stated {p.text}.",
                        f"{a.text}实为目标{t.text}的{g}，而非{p.text}。"))


def _pct_of_unstated(doc, folded: str, sents: dict, a: Fig, p: Fig, phrase: str) -> dict:
    """完成全年预算的96.4% with no target in the sentence → judged against the one target of the sentence before
    that the phrase names best (全年预算 → 经调整后全年预算数3,850万元); else unverifiable with the implied target.
    A target found so far away only confirms: when it does not fit, the row stays unverifiable."""
    prev = sents.get(p.sent - 1, []) if p.sent > 0 else []
    if prev and "\n" in folded[prev[-1].end:a.start]:
        prev = []
    cands = [g for g in prev if same_unit(g, a) and _is_tgt(folded, g) and not re.match(r"的[\d.]+%", folded[g.end:g.end + 10])]
    t = _best_named(phrase, [(g, label_of(folded, g)) for g in cands])
    if t is None and len(cands) == 1 and _bigrams(phrase) & _bigrams(label_of(folded, cands[0])):
        t = cands[0]  # 为计划的103.5% after 计划总投资15.86亿元: the one target named so (it may only confirm)
    if t is not None:
        row = _pct_of_target(a, t, p)
        if row["verdict"] == schema.CONSISTENT:
            return row
    want = p.pct_interval()
    implied = a.interval() / want.scale(Decimal("0.01")) if want is not None and want.bounded and want.low > 0 else None
    shown = fmt_outward(implied, (a.decimals or 0) + 1, a.unit) if implied is not None and implied.bounded else "?"
    return result("target_met", schema.UNVERIFIABLE, [a, p], a.start, p.end, f"{a.text} = {p.text} of the target",
                  f"the target is not stated; {a.text} at {p.text} implies a target in {shown}",
                  f"The target is not stated, so {p.text} cannot be checked; it implies a target in {shown}.",
                  f"文中未给出目标数，无法核对{p.text}；按此推算目标应在{shown}之间。")


def _best_named(phrase: str, cands: list[tuple[Fig, str]]) -> Fig | None:
    """The candidate whose label shares the most two-character words with the phrase (at least two, and strictly
    more than any other candidate), else None."""
    words = _bigrams(phrase)
    scored = sorted(((len(words & _bigrams(lab)), i) for i, (_, lab) in enumerate(cands)), reverse=True)
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return cands[scored[0][1]][0]


def _add_points_row(out: list[dict], folded: str, sfigs: list[Fig], t: Fig, nxt: Fig, growths, below: bool) -> None:
    """A target t beaten (or missed, below) by nxt percentage points: judged against the value achieved before it —
    a rate of the sentence, else the level — unless a row on the same figures is there already."""
    ach = [g for g in sfigs if g.end <= t.start and g.start in growths and g.kind != "percentage_point"] \
        or _level_before(folded, sfigs, t, nxt, growths)
    row = _points_over_target(ach[-1], t, nxt, below) if ach else None
    if row and not any(r["figure_ids"] == row["figure_ids"] for r in out):
        out.append(row)


def _points_over_target(a: Fig, t: Fig, pp: Fig, below: bool) -> dict:
    """比目标T高出N个百分点: achieved − target against N."""
    diff = a.interval() - t.interval()
    want = -pp.interval() if below else pp.interval()
    g = fmt_interval(diff, (pp.decimals or 0) + 1)
    return _target_row(diff.overlaps(want), [a, t, pp], f"{a.text} vs target {t.text}: {'低' if below else '高出'}{pp.text}",
                       f"{a.text} − {t.text} = {g} points; stated {pp.text}",
                       (f"{a.text} is {g} points from the target {t.text}, matching the stated {pp.text}.",
                        f"{a.text}与目标{t.text}相差{g}个百分点，与所述{pp.text}相符。"),
                       (f"{a.text} is {g} points from the target {t.text}, not {pp.text}.",
                        f"{a.text}与目标{t.text}实差{g}个百分点，而非{pp.text}。"))


def _target_row(ok: bool, figs: list[Fig], stated: str, computed: str, holds: tuple[str, str],
                fails: tuple[str, str]) -> dict:
    """A judged target_met row spanning its figures, with the explanation pair for its verdict."""
    en, zh = holds if ok else fails
    return result("target_met", schema.CONSISTENT if ok else schema.INCONSISTENT, figs, figs[0].start,
                  figs[-1].end, stated, computed, en, zh)
