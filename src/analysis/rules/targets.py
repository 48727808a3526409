"""Targets: "增长20.7%，超额完成…增长20%以上的要求" — the achieved value against the target.

target_met  achieved against a target (以上 = at least, 以内 = at most), "为目标X的P%", "高出N个百分点",
            stated gaps (还差140人, 超额完成200人, 超额完成8.7%), targets named by their metric and judged
            against the value named the same (按期办结率95%以上…均已完成), and claims of having met
            (完成/实现/超额完成) a target that was not met.

The words of change, plan and base and the growth pairs (find_growths) are growth's: a rate that is a target
("增长10%以上的目标") is read there and judged here.
"""
from __future__ import annotations

import bisect
import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from .. import schema
from ..numerals import parse_number
from .common import (CHECK_ACTS, bracket_depth, in_order, DIGIT_OR_PCT, tail_shared, CLAUSE_SEP, OWN_TARGETS_LEAD, RESULT_IN_PLAN, SET_LIST_LEAD, Fig, other_place, _PLAN, _PLAN_HEADING, cached,
                     clause_end, clause_start, figs_by_sentence, figs_of, is_number_char, is_sub_period, item_label,
                     label_of, plan_heading, result, same_unit, sentences_with)
from .growth import (HUNDRED, _BASE_LABEL, _BRACKETED, _CLAIM_MET, _CLAIM_NOT, _COMPARED_NEXT, _DOWN, _GAP_AFTER,
                     _LABEL_VERB, _NEGATION, _RATE_DOWN, _RATE_UP_DOWN, _RESPECTIVELY, _TARGET_AFTER, _TARGET_BEFORE,
                     _UP, _YEAR_IN_LEAD, _bigrams, _chain, _is_change, _is_ref, _is_target, _is_tgt, _per_unit,
                     _plain_value, _planned, _sentences, _target_after, find_growths, LOOK_BACK_LEAD, SUMMING_UP_WORDS, looks_back)
from .intervals import Interval, fmt_interval, fmt_outward


# 完成年度目标任务的109.5% / 为年度计划的104%: a completion percentage whose target is stated elsewhere in the sentence
_PCT_OF = re.compile(r"(?:完成|为|达到|占|是)(?:了)?(?P<plan>[^，,；;。\d%]{0,10}?(?:目标|计划|任务|预算|指标)(?:任务|数|值)?)的$")
# 占全年任务55.85% / 完成年度任务48.2%: the share of the year's task with no 的 before the percentage (the year's or the
# plan's own word and 任务 right before it: 完成任务3项, 占比 are no completion percentage)
_PCT_OF_BARE = re.compile(r"(?:完成|占)(?:了)?(?:全年|年度|全年度|本年度|年初)(?:目标)?任务$")
# a claim denied: 未能完成, 没有实现, 没能达到 (the words before the verb)
# (未能全部完成 / 没有如期完成: an adverb of extent or time between the negation and the verb)
_NOT = "(?:未能?|没有|没能)(?:全部|全面|如期|按期|按时|足额)?"
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
# (…，实现了市政府下达的控制在12%以内的目标: who set the target, after the claim, is no subject of the ceiling)
_SETTER_TAIL = re.compile(r"(?<=[成到现了])[\u4e00-\u9fff]{0,8}?(?:下达|确定|提出|设定|要求)的$")
# 控制在…65%警戒线以内: the ceiling named between the figure and 以内
_CEILING_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,5}?(?:以内|以下|之内)")
# 以内的目标范围 / 以内的预期目标: the target's noun after a ceiling, closing its clause
_CEILING_NOUN = re.compile(r"的?(?:年度|全年|预期|控制)?(?:目标|指标)(?:范围|要求|值)?(?=[，,；;。！？]|$)")
# …以内的目标顺利实现 / …的年度目标未能实现: a claim about the target right after it
_CLAIM_POST = re.compile(r"的?[^，,；;。\d%]{0,6}?(?:目标|任务|要求|指标|计划)(?:范围)?[^，,；;。\d%]{0,4}?"
                         r"(?:(?P<neg>" + _NOT + r")(?:实现|完成|达到|达成)|实现|完成|达到|达成)")


# 浓度下降率6.3% / 降幅6.3% / 增长率7.1%: a rate of change stated as the level of its own name
_RATE_LEVEL_DOWN = re.compile(r"(?:下降率|降幅|降低率|削减率|减少率)(?:为|达|达到)?(?=$|[\d０-９])")
_RATE_LEVEL_UP = re.compile(r"(?:增长率|增幅|增速|提高率)(?:为|达|达到)?(?=$|[\d０-９])")


# 3.5亿元电网投资计划全面完成: the work a target is of, named between it and its noun
_TARGET_WORK = re.compile(r"的?(?:年度|全年)?(?P<w>[\u4e00-\u9fff]{2,8}?)(?:年度|全年)?(?:目标|任务|计划|指标)")


# 高于市下达的保护目标 / 低于省定 / 达到了…不低于: the stated relation of a value to the target right after
_REL_BEFORE = re.compile(r"(?:(?:" + _NOT + r")?(?:达到|实现|符合|满足|完成)了?[^，,；;。\d%]{0,12}?)?"
                         r"(?P<rel>不低于|不少于|不高于|不超过|未超过|高于|低于|超过|超出|多于|少于|优于|好于)[^，,；;。\d%]{0,12}$")
# 高于市下达的保护目标47.90万亩 / 低于省核定的: the words right before the target name it as one (not 高于目标的乡镇有8个)
_REL_TARGET_TAIL = re.compile(r"(?:目标|指标|任务|计划|限额|上限|警戒线|控制线|(?:确|核|下达|设|规|制|省|市|县)定的?|下达的)"
                              r"(?:值|数)?(?:为|是)?[（(]?$|(?:考核|下达|规定|省定|市定|上级)的?要求的?$")  # (…优于年度目标（85%）)
_REL_LEAD = re.compile(r"不低于|不少于|不高于|不超过")
_BRACKET_CLOSES_CLAUSE = re.compile(r"[）)](?:[，,；;。！？!?\n]|$)")
# a target that is a ceiling by its name (控制目标, 上限, 以内): being better than it is being under it
_CEILING_WORDS = re.compile(r"控制|上限|限额|以内|以下|不超过|警戒")
_FALL_BEFORE = re.compile(r"下降|削减|减少|降低|压减|降幅")
_WANTED_HIGH = re.compile(r"优良|达标|合格|覆盖|满意|完成|达到|普及")
_REL_CLAIM = re.compile(r"(?:达到|实现|符合|满足|完成)了?")
_REL_TARGET_AFTER = re.compile(r"(?:以上|以内|以下)?的[\u4e00-\u9fff]{0,4}?(?:目标|要求|任务|指标|计划|限额|上限|警戒线|控制线|(?:考核|退出|验收|评定|达标)标准)")
# 高于全省平均水平 / 低于全国平均: an outside benchmark, not a target
_BENCHMARK = re.compile(r"平均|水平|全国|同行|同类")


_REL_EN = {"高于": "above", "超过": "above", "超出": "above", "多于": "above", "低于": "below", "少于": "below",
           "不低于": "not below", "不少于": "not below", "不高于": "not above", "不超过": "not above", "未超过": "not above"}


def _relation(a: Fig, t: Fig, word: str, holds: bool, claim_to: int, low_better: bool = False) -> dict:
    """A value stated 高于/低于/不低于… a target → target_met row: consistent when the relation can hold within the
    rounding of both (or, for 未达到…, can fail). 优于/好于 (better than) is below a ceiling (low_better), else above."""
    ai, tv = a.norm_interval(), (t.norm if t.norm is not None else t.value)
    lo, hi = ai.low, ai.high
    rel = ("below" if low_better else "above") if word in ("优于", "好于") else _REL_EN[word]
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
        if not ok and lo > 0 and any(g.kind == "percentage_point" for g in sfigs if lo <= g.start < t.start) \
                and re.match(r"(?:同比|比(?![重例率])|较)", folded[lo:t.start]):  # (债务率比上年下降…: a subject of its own)
            # 债务率为76.4%，比上年下降3.2个百分点，低于100%的警戒线: the level before the clause of its change in points
            lo2 = clause_start(folded, lo - 1)
            ok = [g for g in sfigs if lo2 <= g.start and g.end <= lo and g.kind == "percent" and not _planned(folded, doc, g)]
    else:
        ok = [g for g in sfigs if lo <= g.start and g.end <= t.start and same_unit(g, t) and not _is_ref(folded, g)
              and not _planned(folded, doc, g)]
    return ok[-1] if ok else None


# after the target only a claim about the target itself counts (达到了…的考核要求, 超额完成年度任务, 未完成年度计划)
# 次均费用控制在目标以内: a ceiling claimed kept is a claim too
_CLAIM_MET_AFTER = re.compile(r"(?:完成|实现|达到|超过|突破|控制在)(?:了)?[^，,；;。\d]{0,10}?(?:目标|任务|计划|要求|指标)")
_CLAIM_NOT_AFTER = re.compile(r"(?:" + _NOT + r")(?:完成|实现|达到)")


_QUOTED = re.compile(r"“[^”“]{1,16}”")
_PROGRESS_CLAUSE = re.compile(r"[^，,；;。！？|]*(?:序时|时间进度|阶段性|过半)[^，,；;。！？|]*")


def _claim(folded: str, text: str, after: bool = False) -> tuple[bool, bool, bool]:
    """Sentence text → (claims met, claims not met, claims beyond); 实际完成 states a value, not a claim."""
    text = _ACTUAL.sub(_blank, text)
    # 完成了序时进度目标 / 时间过半、任务过半: a claim about progress at mid-period, not about the target itself
    # (each substitution only when its words are there: a quick test)
    if "序时" in text or "时间进度" in text or "阶段性" in text or "过半" in text:
        text = _PROGRESS_CLAUSE.sub(_blank, text)
    # 年度目标完成情况：… names a topic (the status of the targets), no claim either way
    if "情况" in text:
        text = _STATUS_TOPIC.sub(_blank, text)
    # 基本完成年度任务: a hedge, neither a claim of meeting the target nor of missing it
    if "基本" in text:
        text = _HEDGED.sub(_blank, text)
    # 实现“时间过半、任务过半”: words in quotes are a slogan or a name, never the claim itself
    if "“" in text:
        text = _QUOTED.sub(lambda m: "“" + "＿" * (len(m.group(0)) - 2) + "”", text)
    if after:
        if "预计" in text or "有望" in text or "可望" in text or "力争" in text or "确保" in text or "争取" in text:
            text = _FORECAST_VERB.sub(_blank, text)  # …，预计年底可完成全年任务: a forecast, no claim
        # …，完成目标值的99.4% / ，为年度计划的96%: a completion percentage stated next, no claim of the target met
        text = _PCT_OF.sub(_blank, text)
        return bool(_CLAIM_MET_AFTER.search(text)), bool(_CLAIM_NOT_AFTER.search(text)), "超额" in text
    text = _VALUE_STATEMENT.sub(_blank, text)
    if "不" in text:
        # 目标为耕地保有量不低于48.6万亩、…不低于41.2万亩: the bound of a target as set, no claim (低于 is not 不低于)
        text = _BOUND_WORD.sub(_blank, text)
    if "计划" in text or "预计" in text or "力争" in text:
        text = _PLANNED_VERB.sub(_blank, text)  # 计划完成固定资产投资45亿元: the verb of the plan, no claim
    return bool(_CLAIM_MET.search(text)), bool(_CLAIM_NOT.search(text)), "超额" in text


_HEDGED = re.compile(r"基本(?:完成|实现|达到)")
# (…，较好地完成了年度各项目标任务: 较好地 before the verb hedges it too)
_OVERALL_HEDGE = re.compile(r"(?:总体|整体|大体)上?(?:均|都|已)*(?:完成|实现|达到)|(?:完成|实现|达到)得?(?:较好|良好|较为)"
                            r"|(?:较好|良好|基本)地(?:完成|实现|达到)")
_BOUND_WORD = re.compile(r"不(?:低于|少于|高于|超过)")
# the words of a rate of change (增长6.5%, 增速目标为7%), in the clauses from a level to its target
_RATE_TARGET_WORDS = re.compile(r"增长|增速|增幅|下降|降低|减少|提高|上升")
_PLAN_RATE = re.compile(r"计划(?:完成|执行)(?:率|进度|比例)")
_STATUS_TOPIC = re.compile(r"(?:完成|实现|达成|落实|执行)情况")
_FORECAST_VERB = re.compile(r"(?:预计|有望|可望|力争|确保|争取)[^，,；;。\d%]{0,6}?(?:超额)?(?:完成|实现|达到)")
_PLANNED_VERB = re.compile(r"(?<![按照依如])(?:计划|预计|力争)(?:完成|实现|达到)")


def _blank(m: re.Match) -> str:
    return "＿" * len(m.group(0))


# 全年完成税收收入11.4亿元: 完成 that runs on to a number in its clause states the value done, it claims nothing
# (完成政府提出的2014年…的要求 names the target: a 的 in between marks a claim)
# (the target nouns are excluded as words, not as characters: 完成高标准农田建设3.2万亩 states a value too)
_VALUE_STATEMENT = re.compile(r"(?:超额)?(?:完成|实现|达到)(?=(?:(?!目标|任务|计划|要求|指标)[^，,；;。|\d的]){0,14}\d)")
# an item of a list opening on 完成/实现 and running on to the figure after it (、完成项目投资)
_ITEM_OF_DONE = re.compile(r"[、：:](?:完成|实现)(?:(?!目标|任务|计划|要求|指标|的)[\u4e00-\u9fff]){2,10}$")


_CLAIM_ANY_AFTER = re.compile(r"(?:超额|全面|圆满|顺利|均|已)*(?:(?:" + _NOT + r")(?:完成|实现|达到)|完成|实现|达到|超过|突破)"
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


# 完成年度任务（111.3亿元）的38.7%, 完成全年目标（4.29亿元）87%: a bracketed target, then its completion percentage
_BRACKET_CLOSE_OF = ("）的", ")的", "）", ")")
_PCT_GAP = ("的",) + _BRACKET_CLOSE_OF


def _has_own_pct(folded: str, sfigs: list[Fig], g: Fig, t: Fig) -> bool:
    """Is target g followed by a completion percentage of its own (占定购任务64.8亿斤的81.2%) other than t, and named
    otherwise than the plan t names? Then it is that item's target (…；议价粮收购入库38.4亿斤，占计划的76.8%: not this
    one's). A plan t names the same way is one plan measured twice (占全年计划420亿元的52.1% … 占全年计划的81.2%)."""
    nxt = next((h for h in sfigs if h.start >= g.end), None)
    if nxt is None or nxt is t or nxt.kind != "percent" or folded[g.end:nxt.start] not in _PCT_GAP:
        return False
    m = _PCT_OF.search(folded, clause_start(folded, t.start), t.start)  # (the plan t names: 占全年计划的 → 全年计划)
    return m is None or m.group("plan") not in label_of(folded, g)


def _own_claim_end(folded: str, sfigs: list[Fig], start: int) -> int:
    """The end of the words after a completion percentage (at `start`) that may claim its target met: the end of its
    part of the sentence (完成年度预算…的110.3%；实现利润…完成年度考核目标: not its claim), and before that the next quantity
    (实际到位资金…，占全年计划的67%，实际利用外资130万美元，…完成年任务的78%: the claim, if any, is the next item's) and at
    a clause that names places of its own (完成全年指标任务的96.3%，东湖县、青石区提前超额完成全年任务: theirs, not the city's)."""
    end = clause_end(folded, start, "；;。！？!?\n")
    # (同比多增120人 / 比上年增加2.1亿元: the item's own change goes on with it)
    end = next((g.start for g in sfigs if start <= g.start < end and g.quantity
                and not _is_ref(folded, g)), end)
    m = _PLACES_CLAUSE.search(folded, start, end)
    return m.start() if m else end


# a clause opening with two named places or more joined by 、 (东湖县、青石区、高新区提前超额完成…): a subject of its own —
# not the whole's own scope (全市、各县区均…) nor kinds of place (城市社区、农村社区)
_PLACE = r"(?!全|各|本|我|所有|城市|农村|城区|市区|县区)[\u4e00-\u9fff]{2,8}?(?:县|区|市|镇|乡|街道|园区)"
_PLACES_CLAUSE = re.compile(rf"[，,](?:{_PLACE}、)+{_PLACE}(?=[、\u4e00-\u9fff])")


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
# (不低于下达任务52.60万亩 / 未超过控制指标: a bound the value keeps, no gap)
_GAP_NAMED = re.compile(r"(?<![不未没])(?:(?P<over>超过|超出|高出|多于)|(?P<short>低于|少于))[^，,；;。\d%]{0,10}?"
                        r"(?:目标|预算|计划|任务|指标)(?:任务|数)?$")
# 超出市政府下达的28.5亿元年度目标3.5亿元 / 低于省定1200万元任务80万元: the target held between the word and its noun
_GAP_HOLDING = re.compile(r"(?<![不未没])(?:(?P<over>超过|超出|高出|多于|超额完成)|(?P<short>低于|少于))[^，,；;。\d%]{0,10}?"
                          r"(?P<t>\d[\d.,]*[^\d，,；;。%的]{1,4}?)的?(?:年度|全年|年初)?(?:目标|预算|计划|任务|指标)(?:任务|数)?$")
# 超额完成8.7% / 超额完成年度目标8.7%: the excess over the target as a percentage of it
_OVER_PCT = re.compile(r"超额(?:完成)?了?(?:[^，,；;。\d%]{0,10}?(?:目标|任务|计划|指标)(?:任务)?)?$")
# 超额12.6%完成省定3.2亿美元的年度目标: the excess before the verb, the target after it in the clause
_OVER_PCT_THEN = re.compile(r"完成了?[^，,；;。！？\d%]{0,12}")


# the last character of every wording above (_DIFF_WORD, _GAP_NAMED, _OVER_PCT): a quick test before the patterns
_DIFF_LAST = frozenset("差少低欠了额出过多成标算划务数")


def _target_differences(doc, folded: str, sents: dict) -> tuple[list[dict], set[int]]:
    """A target and the achieved value with their stated difference → target_met rows: 全年新增就业2860人，与年度目标
    3000人相差140人 (target − achieved), 年度任务3000人，超额完成200人 (achieved − target), and the excess as a share of
    the target (超额完成8.7%). Returns the rows and the starts of the difference figures, which are no targets."""
    rows, skip = [], set()
    for si, sfigs in sents.items():
        if si < 0:
            continue
        # (a quick test first: the character right before a difference ends one of its wordings)
        for n in [n for n in sfigs if folded[n.start - 1:n.start] in _DIFF_LAST]:
            if n.value is None or not (
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
                held = _GAP_HOLDING.search(before) if m is None and n.quantity and before.endswith(("标", "务", "划", "算")) else None
                if held is not None:
                    # 超出市政府下达的28.5亿元年度目标3.5亿元: the target stands between the word and its noun, the gap after
                    t = next((g for g in sfigs if g.start == clause_start(folded, n.start) + held.start("t")), None)
                    ach = [g for g in sfigs if t is not None and g.end <= held.start() + clause_start(folded, n.start)
                           and same_unit(g, n) and same_unit(g, t) and not _is_ref(folded, g) and not _planned(folded, doc, g)]
                    if t is not None and same_unit(t, n) and ach and clause_start(folded, ach[-1].start) < clause_start(folded, n.start):
                        skip.add(n.start)
                        rows.append(_target_gap(_breakdown_total(folded, ach, t), t, n, "over" if held.group("over") else "short"))
                    continue
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
                                                                g.start > n.end and g.end <= clause_end(folded, n.end, "）)")] \
                or [g for g in tgts if n.kind == "percent" and g.start > n.end and _OVER_PCT_THEN.fullmatch(folded, n.end, g.start)]
            if n.kind != "percent" and not tgts:
                continue  # 低于年度目标140人: with no target stated, the figure may be the target itself
            if n.kind != "percent" and len(tgts) == 1 and _GAP_NAMED.search(label_of(folded, tgts[0])) \
                    and _GAP_NAMED.search(before):
                # 保有量568.6万亩，超过省下达任务562万亩；保护面积486.2万亩，超过省下达任务482万亩: the text names its
                # targets so (超过…任务N), so N is the target of its own clause, not a gap to the one before
                continue
            skip.add(n.start)
            if len(tgts) != 1:
                continue
            t = tgts[0]
            ach = [g for g in sfigs if g is not n and g is not t and fits(g) and g.end <= n.start
                   and not _is_ref(folded, g) and not _planned(folded, doc, g) and g.start not in skip
                   and (g.kind != "percent" or n.kind == "percentage_point")]
            if not ach:
                continue
            a = _breakdown_total(folded, ach, t)  # (…总额3.6亿美元，其中出口2.4亿美元，超额12.5%完成…3.2亿美元: the whole's)
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
        diff = (a.norm_interval() - t.set_interval()).scale(1 / n.multiplier)
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
    if _no_target(t):
        return _zero_target_row(a, t, p)
    got = (a.norm_interval() / t.set_interval()).scale(HUNDRED)
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
_MAY_TARGET_BEFORE = re.compile(r"目标|任务|要求|预算|计划|规划|指标|确定的|提出的|下达的|距|完成|执行率|高于|高出|超过|超出|低于|控制在|多于|少于")
_MAY_TARGET_AFTER = re.compile(r"目标|任务|要求|预算|计划|指标|高|超|低|标准|警戒线|控制线")
_GAP_BEFORE = re.compile(r"距[^，,；;。\d%]{0,10}$")
_CMP_BEFORE = re.compile(r"(高于|高出|超过|超出|低于)[^，,；;。\d%]{0,14}$")
_TARGET_BRACKET = re.compile(r"(?:目标|要求|计划)值?[(（](?:增长|增速|提高|下降)?$")  # (超过年度目标（增长8%）0.4个百分点)
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


# 完成“三改”任务：/ 超额完成了年度目标：: a claim of work done whose colon opens the values done
_DONE_LIST = re.compile(r"(?:完成|实现)了?[^，,；;。：:]{0,12}(?:任务|目标|计划)[：:][^，,；;。]*$")


def _breakdown_total(folded: str, ach: list[Fig], t: Fig) -> Fig:
    """The achieved value among ach (same-unit values before target t, in text order): the last one, unless it closes a
    list of parts after 其中 and t opens a clause after the list — then the whole the list breaks down
    (完成营造林5.6万亩，其中人工造林2.1万亩、…退化林修复1.7万亩，为年度计划5万亩的112%: 5.6, not 1.7)."""
    a = ach[-1]
    p = folded.rfind("其中", ach[0].start, a.start)
    if p < 0:
        return a
    parts = [g for g in ach if g.start > p]
    wholes = [g for g in ach if g.end <= p]
    if len(parts) == 1 and wholes and re.fullmatch(r"[，,]?", folded[wholes[-1].end:p]) \
            and clause_start(folded, t.start) > a.end and t.norm is not None and a.norm is not None \
            and wholes[-1].norm is not None and a.norm < t.norm <= wholes[-1].norm * Decimal("1.1"):
        # 完成12.6亿元，其中税收收入9.8亿元，超出…12亿元目标: a lone part under its whole, the target far above the part
        # and near the whole — the whole's
        return wholes[-1]
    if (len(parts) >= 2 and wholes
            and (("、" in folded[parts[0].end:a.start] and not re.search(r"[，,；;。]", folded[parts[0].start:a.start]))
                 # the parts: one list joined by 、 — or clauses that add up to the whole (其中：A11个，B23个，…)
                 or (not re.search(r"[。；;]", folded[parts[0].start:a.start]) and _adds_up(parts, wholes[-1])))
            and re.fullmatch(r"[，,]?", folded[wholes[-1].end:p])  # the whole: right before 其中
            and clause_start(folded, t.start) > a.end):  # the target: in a clause of its own after the list
        # (…基础设施项目12个，基础设施项目为年初计划10个的120%: a target clause naming a part is that part's)
        tclause = folded[clause_start(folded, t.start):t.start]
        named = [g for g in parts if len(lab := item_label(folded, g).lstrip("其中：:，,")) >= 3 and lab[-4:] in tclause]
        return named[-1] if len(named) == 1 else wholes[-1]
    return a


def _adds_up(parts: list[Fig], whole: Fig) -> bool:
    """Do the parts add up to the whole, within the rounding of their stated digits (exact values only)?"""
    if any(g.qualifier for g in parts + [whole]):
        return False
    try:
        got = sum((g.norm_interval() for g in parts[1:]), parts[0].norm_interval())
    except TypeError:
        return False
    return got.overlaps(whole.norm_interval())


_SURPLUS_LABEL = re.compile(r"(?:超|超出|超过|超额|多|少|差|欠)(?:完成)?(?:年度|全年|年初)?(?:计划|目标|任务|预算)(?:任务)?(?:了)?$"
                            r"|(?:比|较)[^，,；;。\d%]{0,6}(?:计划|目标|任务|预算)[^，,；;。\d%]{0,4}(?:多|少|超|增加|减少)了?$")
_CLAIM_VERB_TAIL = re.compile(r"(?:突破|达到|超过|实现|完成|控制在|保持在|不低于|不少于|不超过)$")
_NAMED_LEADS = re.compile(r"^(?:(?:19|20)\d\d年度?)?(?:全年|年度|今年|当年|本年|年内|全县|全市|全区|全镇|共|累计)*")


_DONE_VERB_LEAD = re.compile(r"^(?:完成|实现)了?")


def _named_anywhere_before(doc, folded: str, figs: list[Fig], t: Fig, name: str) -> Fig | None:
    """The value a claim on target t names (平均住院日 / 新建基层工会组织), stated anywhere before t's sentence: the
    values of t's unit (or percentages) whose own label names exactly that metric, once for the period; None when the
    name is short, absent, or names values that differ."""
    name = _NAMED_LEADS.sub("", name)
    if len(name) < 3 or re.search(r"[\d%，,；;。]", name):
        return None
    pool = []
    for g in figs:
        if g.sent >= t.sent:
            break
        if g.sent < 0 or not (g.kind == "percent" if t.kind == "percent" else g.quantity and same_unit(g, t)):
            continue
        lab = _NAMED_LEADS.sub("", _METRIC_TAIL.sub("", item_label(folded, g)))
        lab = _DONE_VERB_LEAD.sub("", lab)  # 全年完成港口吞吐量 names 港口吞吐量
        if (lab == name or _scope_inserted(lab, name)) and _plain_value(folded, doc, g) and not _is_tgt(folded, g):
            pool.append(g)
    if not pool or len({g.norm for g in pool}) != 1:
        return None
    return pool[0]


def _named_by_subject(folded: str, ach: list[Fig], t: Fig) -> Fig | None:
    """栽植乔木4.26万株、灌木18.3万株，乔木栽植完成年度计划4万株的106.5%: a target whose clause opens on a subject of
    its own (乔木栽植) is of the value that subject names, when the nearest one names nothing of it and exactly one
    other value does; else None."""
    cs = clause_start(folded, t.start)
    if cs <= ach[-1].end:
        return None
    m = _CLAUSE_METRIC.match(folded, cs)
    if not m or m.end() > t.start:
        return None
    words = _bigrams(m.group("name")) - _COMMON_BIGRAMS
    if not words:
        return None
    hits = [g for g in ach if words & _bigrams(item_label(folded, g))]
    if len(hits) == 1 and hits[0] is not ach[-1]:
        return hits[0]
    return None


def _bracket_of_other(folded: str, sfigs: list[Fig], g: Fig, t: Fig) -> bool:
    """收入86.47亿元，为调整预算的101.3%（调整预算为85.36亿元）；支出112.58亿元，为调整预算的96.8%: a target stated in the
    bracket right after another completion percentage is that percentage's target, not a later one's."""
    b = max(folded.rfind("（", 0, g.start), folded.rfind("(", 0, g.start))
    if b < 0 or not _closed_between(folded, g.end, t.start) or _closed_between(folded, b + 1, g.start):
        return False
    return any(f.end == b and f.kind == "percent" and f.start != t.start for f in sfigs)


def _closed_between(folded: str, a: int, b: int) -> bool:
    """Does a bracket opened before a close between a and b (the figure at a sits inside brackets b stands outside of)?"""
    seg = folded[a:b]
    return seg.count("）") + seg.count(")") > seg.count("（") + seg.count("(")


# the words of a completion rate that name no work (年度计划完成率为 / 总体完成率达): what is left names the work
_RATE_SUBJECT_WORDS = re.compile(r"计划|预算|年度|全年|任务|目标|完成率|执行率|完成|总体|综合|整体|达到|达|为|是|的|[^\u4e00-\u9fff]")


def _part_of_before(folded: str, g: Fig, end: int, cands: list[Fig]) -> bool:
    """再就业8,426人（其中女性3,120人）/ 8,426人，其中女性3,120人，困难人员就业2,136人: a part of the value before it (inside
    a bracket that closes before end, or in a clause opened by 其中 that the list of cands goes on after), not one more
    value of a list (其中新造林0.9万亩、森林抚育1.5万亩，分别…: the list itself)."""
    if _closed_between(folded, g.end, end):
        return True
    cs = clause_start(folded, g.start)
    return folded.startswith(("其中", "含", "内含"), cs) and any(
        c.start > g.start and c.end <= end and clause_start(folded, c.start) != cs for c in cands)


# the words between a target and the figure right after it that make that figure the excess or the shortfall
# (比年度计划115个多13个 / 多售4.42亿千瓦时 / 超额完成1.2万吨 / 还差3个)
_EXCESS_WORD = re.compile(r"(?:还|尚|仍)?(?:多|少|超|超出|超过|超额|高出|差|相差|欠|增加|减少|节约|节省|结余)(?:完成|[\u4e00-\u9fff])?了?")


# 计划新建…40个，实际建成36个 / 全年建成36个: what the sentence reports as done after a plan (which then is a target)
# (截至10月底已新增11家，提前完成全年任务: a status dated inside the year, done already, is an achieved value too)
_DONE_LATER = re.compile(r"实际|(?:(?:全年|当年|今年|年内|年末|年底)(?:共|累计|已|实际)?|(?:截至|截止)\d{1,2}月(?:底|末)?[，,]?(?:共|累计)?已经?)"
                         r"(?P<v>完成|建成|实现|达到|新建|新增|建设|改造|开工|培训|开展|实施|落实)")


_WORKS_TASK = re.compile(r"改造|建设|新建|开工")
_WORKS_DONE = re.compile(r"建成|竣工|完工|交付")
_FOUND_WANTING = re.compile(r"不合格|检出|查出")
_STARTS_ONLY = re.compile(r"(?:建设)?$")  # (全年开工1146套 / 开工建设95公里: the starts, naming no other works)

_LOOK_BACK_LEAD = LOOK_BACK_LEAD
_looks_back = looks_back  # growth's _planned already reads such a sentence as a result, not a plan


# 帮助1,140名退役军人实现就业，为年度目标1,200人的95%: 人, 名 and 位 all count persons
_PERSONS = frozenset(("人", "名", "位"))


# 五项目标 / 12项重点任务 / 四项考核指标 / 五个指标: a count of targets (a counter of items, the target noun after it)
_TALLY_UNITS = ("项", "个", "大项", "条", "类")
# …目标完成 / …指标有 / …目标中，已有 (六项主要目标中，五项完成: the count met opens the next clause)
_TALLY_BETWEEN = re.compile(r"[^，,；;。\d%]{0,6}?(?:目标|指标|任务)[^，,；;。\d%]{0,10}?(?:中[，,][^，,；;。\d%]{0,6}?)?")


def _tally(folded: str, a: Fig, t: Fig) -> bool:
    """五项目标完成四项 / 6项任务完成5项 / 五个指标有四个达标: a, a count of targets, and t, how many of them were met,
    in one clause: a tally of targets, not a value against a target."""
    return a.end <= t.start and a.unit == t.unit and a.unit in _TALLY_UNITS \
        and bool(_TALLY_BETWEEN.fullmatch(folded, a.end, t.start))


def _same_count(a: Fig, b: Fig) -> bool:
    """same_unit, with the person counters 人/名/位 taken as one unit."""
    return same_unit(a, b) or (a.kind == b.kind == "count" and a.base_unit in _PERSONS and b.base_unit in _PERSONS
                               and a.base_unit != b.base_unit)


# the computed text of the row for a claim whose target the text does not state
_NO_TARGET = "the target is not stated"


def _give_way(out: list[dict], judged: list[dict]) -> list[dict]:
    """The rows of out, less those that found no target for a claim the judged rows now cover (they give way)."""
    return [r for r in out if not (r["verdict"] == schema.UNVERIFIABLE and r["computed"] == _NO_TARGET
                                   and any(x["start"] < r["end"] and r["start"] < x["end"] for x in judged))]


# 完成了市里下达的40平方公里年度治理任务: the target's noun glued to it, marked with it (the row spans the claim)
# (…年度人工造林任务 / 2.3亿元利润考核目标: the target's noun right after it, marked with the claim)
_TARGET_NOUN_GLUED = re.compile(r"(?:年度|全年)[\u4e00-\u9fff]{0,4}?(?:目标|任务)(?:任务)?|[\u4e00-\u9fff]{0,4}?考核(?:目标|指标|任务)")


def target_met(doc, figures) -> list[dict]:
    """Targets in the text → met or not, against what the text claims (完成/实现/超额完成)."""
    figs = figs_of(doc, figures)
    folded = doc.folded
    sents = _sentences(doc, figs)
    growths = {gr.g.start: gr for gr in find_growths(doc, figs)}
    out = []
    late: list[dict] = []
    # sentences whose target gets its row from a stated completion percentage (完成年度目标任务的109.5%)
    done = {g.sent for g in figs if g.kind == "percent" and folded[g.start - 1:g.start] == "的"
            and _PCT_OF.search(folded[clause_start(folded, g.start):g.start])}

    def achieved(sfigs: list[Fig], t: Fig, after_too: bool = False) -> Fig | None:
        """The value achieved against target t: the nearest same-unit value before it that is not a base,
        change or target, else (目标为1万亩，实际完成1.2万亩) one stated after it."""
        ach = [g for g in sfigs if g.end <= t.start and _same_count(g, t) and not _is_ref(folded, g)]
        if len(ach) > 1 and any(CHECK_ACTS.search(label_of(folded, g)) for g in ach) \
                and not _FOUND_WANTING.search(label_of(folded, t)):
            # 抽检5260批次，检出不合格163批次，超额完成…5500批次年度抽检任务: what a check found wanting is no work done
            # toward the target the check is counted against (the things checked are; 查处违法案件126件 is work done)
            ach = [g for g in ach if not _FOUND_WANTING.search(label_of(folded, g))] or ach
        # 基本支出3537.69万元（人员经费…，公用经费509.97万元），…基本支出年初预算3369.36万元: a value inside a bracket
        # the target stands outside of details the value before the bracket, never the achieved one
        while ach and _closed_between(folded, ach[-1].end, t.start):
            ach.pop()
        if len(ach) > 1:
            named = _named_by_subject(folded, ach, t)
            if named is not None:
                return named
        if ach:
            return _breakdown_total(folded, ach, t)
        if after_too:
            later = [g for g in sfigs if g.start >= t.end and _same_count(g, t) and not _is_ref(folded, g)]
            # 年度计划新建…40个，全年建成36个 / 计划改造…150户，当年共改造156户: built, or the target's own work done in
            # the year, is the achieved value too (全年培训…2,860人 after a target of 新增就业 is not)
            if later and label_of(folded, later[0]).startswith("其中"):
                return None  # 完成…任务36项，其中常规调查28项: a part of the figure before, not what was achieved
            work = _DONE_LATER.match(label_of(folded, later[0])) if later else None
            # (帮助43名失业人员实现再就业: the count before its noun, the act done and what it names after them)
            rest = folded[later[0].end:clause_end(folded, later[0].end)] if later else ""
            if later and (re.search(r"实际|完成|实现|达到|建成", label_of(folded, later[0]))
                          or re.search(r"实现|完成|达到", rest) and len(_bigrams(rest) & _bigrams(label_of(folded, t))) >= 2
                          or work and work.group("v") and work.group("v") in label_of(folded, t)
                          # (棚户区改造任务1200套，全年开工1146套: works are counted by their starts — when the starts
                          # name no other works and no completion of the same works follows: …开工95公里，建成126公里)
                          or work and work.group("v") == "开工" and _WORKS_TASK.search(label_of(folded, t))
                          and _STARTS_ONLY.match(label_of(folded, later[0]), work.end())
                          and not any(_WORKS_DONE.search(label_of(folded, g)) for g in later[1:])
                          # 目标任务为新增城镇就业3,000人，全年新增城镇就业3,260人: the value named as its target is
                          or len(_bigrams(label_of(folded, later[0])) & _bigrams(label_of(folded, t))) >= 2):
                return later[0]
            return None
        return None

    diff_rows, diff_figs = _target_differences(doc, folded, sents)
    # where a word of a target wording starts (one scan): a figure with none in its clause before it needs no more work
    may_before = [m.start() for m in _MAY_TARGET_BEFORE.finditer(folded)]
    # …and where a word that may follow a target starts (one scan; no word of _MAY_TARGET_AFTER starts inside
    # another, so these are all the places it matches at)
    may_after = [m.start() for m in _MAY_TARGET_AFTER.finditer(folded)]
    n_after = len(may_after)
    bisect_left = bisect.bisect_left
    out += diff_rows
    if diff_figs:
        done |= {f.sent for f in figs if f.start in diff_figs}
    for t in figs:
        if t.value is None or t.kind not in ("percent", "count", "money", "weight", "area", "length", "ratio"):
            continue
        if t.start in diff_figs or t.sent < 0:
            continue
        # no word any target wording below needs (in its clause before it, or right after it): most figures of a
        # report end here; the clause is looked for only when the sentence has such a word before the figure
        k = bisect_left(may_before, doc.sentences[t.sent].start)
        near = k < len(may_before) and may_before[k] < t.start
        # _MAY_TARGET_AFTER.search(folded, t.end, t.end + 16): a word starting in the 16 characters after the figure
        # and ending within them (a word of one character may start at the last)
        j = bisect_left(may_after, t.end)
        p = may_after[j] if j < n_after else -1
        word_after = p >= 0 and (p <= t.end + 14 or p == t.end + 15 and folded[p] in "高超低")
        if not (near or word_after or t.text.startswith("不") and _REL_LEAD.match(t.text)):
            continue
        cs = clause_start(folded, t.start)
        if near and not word_after and not t.text.startswith("不"):
            k = bisect_left(may_before, cs, k)
            if not (k < len(may_before) and may_before[k] < t.start):
                continue
        before = folded[cs:t.start]
        if ("：" in before or ":" in before) and _DONE_LIST.search(before):
            continue  # 完成“三改”任务：改厨126户、改厕348户: the values after the colon are the work done, no targets
        after = folded[t.end:t.end + 16]
        # (quick tests: each pattern needs words that are looked for first; the clause has no line break)
        pct_of = before.endswith("的") and bool(_PCT_OF.search(before)) \
            or t.kind == "percent" and before.endswith("任务") and bool(_PCT_OF_BARE.search(before))
        rate_of = ("完成" in before or "执行率" in before) and bool(_RATE_OF.search(before))
        # 年初计划新增就业3,000人，实际新增3,260人: a plan the same sentence then reviews is a target, not a plan
        # 计划新增泊位5000个，一季度新增1320个，完成26.4%: a completion percentage reviews the plan (unless its own clause plans)
        # (计划完成率105.1%: the rate of the plan's completion names the plan reviewed, no plan of its own)
        reviews = t.kind == "percent" and (rate_of or pct_of) \
            and not _PLAN.search(_PLAN_RATE.sub("", before) if "计划" in before else before) and not in_plan_heading(doc, t)
        if _planned(folded, doc, t) and not reviews and not (
                _is_tgt(folded, t) and _DONE_LATER.search(folded, t.end, doc.sentences[t.sent].end)):
            continue
        sfigs = sents.get(t.sent, [])
        nxt = next((g for g in sfigs if g.start >= t.end), None)
        s0, s1 = doc.sentences[t.sent].start, doc.sentences[t.sent].end
        # 为年初预算12.08亿元的102.3% / 完成年度目标任务2.2万人的106.8% / 完成年度任务（111.3亿元）的38.7%
        if t.quantity and nxt is not None and nxt.kind == "percent" and (
                (folded[t.end:nxt.start] == "的" or folded[t.end:nxt.start] in _BRACKET_CLOSE_OF and before[-1:] in ("（", "("))
                and _TARGET_BEFORE.search(before) or _TARGET_OF.fullmatch(folded[t.end:nxt.start])):
            tl, pl = _chain(folded, sfigs, t, -1), _chain(folded, sfigs, nxt, 1)
            if len(tl) > 1 or len(pl) > 1:
                # 分别为年度目标1亿元、1000人的120%和150%: targets and percentages paired in the order listed
                if len(tl) == len(pl):
                    # 再就业8,426人，困难人员就业2,136人，分别完成目标任务8,000人和2,000人的105.3%和106.8%: the values
                    # listed before, in order, one for each target (all of them one unit: the nearest of a unit is no pair)
                    part0 = clause_start(folded, tl[0].start, "；;。！？!?\n")
                    vals = [g for g in sfigs if g.end <= tl[0].start and g.quantity and not _is_ref(folded, g)
                            and clause_start(folded, g.start, "；;。！？!?\n") == part0]
                    vals = [g for g in vals if not _part_of_before(folded, g, tl[0].start, vals)]
                    vals = vals[-len(tl):]
                    in_order = len(vals) == len(tl) and all(same_unit(g, ti) for g, ti in zip(vals, tl)) \
                        and len({(ti.unit, ti.kind) for ti in tl}) == 1
                    for k, (ti, pi) in enumerate(zip(tl, pl)):
                        ach = [vals[k]] if in_order else [
                            g for g in sfigs if g.end <= tl[0].start and same_unit(g, ti) and not _is_ref(folded, g)]
                        if ach:
                            out.append(_pct_of_target(ach[-1], ti, pi))
                    done.add(t.sent)
                continue
            a = achieved(sfigs, t)
            if a is None:
                a = _named_earlier(doc, folded, sents, t)
            if a is None:
                # 完成县下达的招商引资任务5亿元的112%，实际到位资金5.6亿元: the actual value named after the percentage
                later = achieved(sfigs, t, after_too=True)
                if later is not None and later.start > nxt.end and "实际" in label_of(folded, later):
                    a = later
            if a is not None and re.search(r"(?:超过|超出|高出|超额完成了?)[^，,；;。\d%]{0,10}$", before):
                # 新建泊位2,400个，超过计划2,000个的20%: the excess as a share of the target
                out.append(_over_target_pct(a, t, nxt))
                done.add(t.sent)
            elif a is not None:
                out.append(_pct_of_target(a, t, nxt))
                if a.start > nxt.end:  # the actual value after the percentage: the row spans all three
                    out[-1]["start"], out[-1]["end"] = t.start, a.end
                if a.sent != t.sent:
                    out[-1]["start"] = clause_start(folded, t.start)  # the value named earlier: mark the claim only
                done.add(t.sent)
                # …的109.0%，超额完成年度任务: the claim after the percentage is judged on its own row
                g1 = _own_claim_end(folded, sfigs, nxt.end)
                cm, cn, beyond = _claim(folded, folded[nxt.end:g1], after=True)
                if cm or cn:
                    out.append(_met(a, t, folded[s0:t.end], not cn, beyond, claim_to=_claim_end(folded, nxt.end, g1)))
            continue
        # 优良天数比例为85.5%…，距省下达的86%年度目标仍有差距: a stated shortfall
        if (t.kind == "percent" and "距" in before and _GAP_BEFORE.search(before)
                and _GAP_AFTER.match(after)):
            ach = [g for g in sfigs if g.end <= t.start and g.kind == "percent" and g.start not in growths
                   and not _is_ref(folded, g) and not _planned(folded, doc, g)]
            if ach:
                end = t.end + _GAP_AFTER.match(after).end()
                out.append(_met(ach[-1], t, folded[s0:t.end], False, claim_to=end))
            continue
        # 目标为400家次，实际完成438家次，完成年度目标任务的109.5%
        # 毛入园率为88.7%，完成了90%以上的年度目标: a bound right after 完成 with its target noun is the target, not
        # a completion percentage
        bound_target = t.qualifier in _BOUNDS and not pct_of and bool(_TARGET_AFTER.match(after))
        # 新建和维修渠道126.4公里、完成计划的105.3%: the percentage's own phrase after 、 opens a clause of its own
        own_cs = cs
        if pct_of and "、" in before and _PCT_OF.search(before[before.rfind("、") + 1:]):
            own_cs = cs + before.rfind("、") + 1
        # (是省下达任务的1.25倍: a multiple of the target read as its percentage)
        # (已完成三年目标任务的80%: the span of years the target covers is no value of the clause)
        if (t.kind == "percent" and (pct_of or rate_of) or pct_of and t.unit == "倍") and not bound_target \
                and not [g for g in sfigs if own_cs <= g.start < t.start and not (pct_of and g.kind == "count" and g.unit == "年")]:
            # 超计划5座 / 比计划多5座: a surplus over the target is no target
            # 完成市下达的18万吨收购任务，完成率103.3%: a target named by its noun after it (and 下达的 before) too
            tgt = [g for g in sfigs if g.end <= t.start and g.quantity
                   and (_is_tgt(folded, g) or _TASK_WORK.match(folded, g.end) and _TARGET_BEFORE.search(label_of(folded, g))
                        # 确定全年办理法律援助案件600件的目标，全年实际办理673件，为目标的112.2%
                        or _TARGET_AFTER.match(folded[g.end:g.end + 16]) and _SETS_TARGETS.search(label_of(folded, g)))
                   and not _SURPLUS_LABEL.search(label_of(folded, g)) and not _bracket_of_other(folded, sfigs, g, t)
                   and not _has_own_pct(folded, sfigs, g, t)]
            if not tgt and folded[t.end:t.end + 1] in ("（", "("):
                # 完成预算的77.6%（预算数为24.00万元）: the target in the bracket after the percentage
                tgt = [g for g in sfigs if t.end < g.start and g.end <= clause_end(folded, t.end, "）)") and g.quantity
                       and _is_tgt(folded, g)][:1]
            if not tgt and folded[t.end:t.end + 1] in "，,":
                # 完成调整预算的101.6%，调整预算数为12.4亿元: the target named in the clause right after
                nxt_cs = t.end + 1
                tgt = [g for g in sfigs if g.start > t.end and g.quantity and clause_start(folded, g.start) == nxt_cs
                       and _TARGET_NAMED.fullmatch(folded[nxt_cs:g.start])][:1]
            # (…。全年实际支出3,712万元，执行率为96.4%: the rate after its value, in a clause of its own, as well)
            if not tgt and t.sent > 0 and "\n" not in folded[doc.sentences[t.sent - 1].end:s0] and (
                    cs == s0 or folded[cs - 1:cs] in ("，", ",")):
                # 全年新建农村公路131公里，年度计划120公里。计划完成率109.2%。: a rate opening a sentence of its own, of
                # the one target of the sentence before (in its paragraph), with its value
                prev = sents.get(t.sent - 1, [])
                ptgt = [g for g in prev if g.quantity and _is_tgt(folded, g)]
                # (危桥改造完成率为92.2%: a rate naming another work is not of that target)
                subj = _RATE_SUBJECT_WORDS.sub("", before)
                if len(ptgt) == 1 and (not subj or len(_bigrams(subj) & _bigrams(label_of(folded, ptgt[0]))) >= 2) \
                        and (cs == s0 or _rate_after_its_value(folded, sfigs, cs, before, ptgt[0])):
                    tgt, sfigs = ptgt, prev + sfigs
            if not tgt and pct_of and t.kind == "percent":
                # 覆盖率达到81.5%，年度目标为82%，完成目标值的99.4%: a level against a level set as the target, both percentages
                ptg = [g for g in sfigs if g.end <= t.start and g.kind == "percent" and _is_tgt(folded, g)
                       and not [h for h in sfigs if g.end <= h.start < t.start]]
                lvl = [g for g in sfigs if ptg and g.end <= ptg[-1].start and g.kind == "percent" and not _is_tgt(folded, g)
                       and not _is_ref(folded, g)]
                # the level is the percentage right before the target, a rate of change only against a target named as
                # one (城镇化率62.0%，地区生产总值增长6.5%，增速目标为7%: 6.5% against 7%, never the 62.0% before it)
                if lvl and (lvl[-1].start in growths) != bool(_RATE_TARGET_WORDS.search(
                        folded, clause_start(folded, ptg[-1].start), ptg[-1].start)):
                    lvl = []
                if ptg and lvl:
                    out.append(_pct_of_target(lvl[-1], ptg[-1], t))
                    diff_figs.add(ptg[-1].start)
                    done.add(t.sent)
                    continue
            if tgt and _other_budget(before, label_of(folded, tgt[-1])):
                continue  # 年初预算1,652.0万元，年中追加…，完成全年预算的98.1%: the adjusted budget, not stated as a figure
            if tgt:
                a = achieved(sfigs, tgt[-1], after_too=True)
                if a is not None and a.end <= tgt[-1].start and _SEMI.search(folded, a.end, tgt[-1].start):
                    # 营业收入…实际完成42.8亿元…；利润总额目标3亿元，完成108.7%: a value of the item before the ；
                    # is no value of this target
                    a = None
                # 比年度计划115个多13个 / 多售4.42亿千瓦时: the excess over the target (or the shortfall) is no
                # achieved value
                between = [g for g in sfigs if tgt[-1].end <= g.start and g.end <= t.start and same_unit(g, tgt[-1])
                           and not _is_ref(folded, g) and not _EXCESS_WORD.fullmatch(folded, tgt[-1].end, g.start)]
                named_subj = _RATE_SUBJECT_WORDS.sub("", before)
                named = [g for g in between if len(named_subj) >= 2 and named_subj in item_label(folded, g)]
                if len(between) > 1 and len(named) == 1:
                    # 任务120公里，已完成路基96公里、路面81.5公里，路面完成率67.9%: the value the rate's own name names
                    a = named[0]
                elif len(between) == 1 and (a is None or a.end <= tgt[-1].start):
                    # 年初预算28.50万元，支出决算19.76万元，完成预算的69.3%: the one value between target and percentage
                    # (年中追加182.3万元，调整后预算1,368.8万元，全年支出1,308.26万元，执行率95.6%: not the one before it)
                    a = between[0]
                elif len(between) > 1 and a is not None and a.start > tgt[-1].end \
                        and not re.search(r"[；;]", folded[between[-1].end:t.start]) \
                        and re.search(r"[；;]", folded[a.end:between[-1].start]):
                    # 年度目标100亿元，一季度完成30亿元，为目标的30%；上半年完成55亿元，为目标的55%: the value of the
                    # percentage's own part of the sentence, not the first one after the target
                    a = between[-1]
                elif len(between) > 1 and a is not None and a.start == between[0].start \
                        and _yearend_after_status(folded, between[0], between[-1], t):
                    # 任务200户，截至6月底完成86户，年底累计完成214户，为年度任务的107.0%: the year-end value right
                    # before the percentage, not the dated status before it
                    a = between[-1]
                elif len(between) > 1 and a is not None and a.start == between[0].start \
                        and clause_end(folded, between[-1].end) + 1 == clause_start(folded, t.start) \
                        and _RUNNING_TOTAL.search(label_of(folded, between[-1])):
                    # 规划目标15万亩，2016-2018年累计建成10.12万亩，加上今年建成的面积，累计达到13.74万亩，完成规划目标的
                    # 91.6%: the running total right before the percentage, not the earlier years' part of it
                    a = between[-1]
                if a is None:
                    # 全年收购粮食18.6万吨…。超额完成市下达的18万吨收购任务，完成率103.3%: the target's work, named
                    # between it and its noun, done in the sentences before
                    a = _done_before(doc, folded, sents, tgt[-1])
                if a is not None and _tally(folded, tgt[-1], a):
                    continue  # 六项主要目标中，五项完成，…完成进度为年度目标的86.4%: a tally of targets, the percentage another's
                if a is not None and a.end <= t.start:
                    out.append(_pct_of_target(a, tgt[-1], t))
                    if out[-1]["verdict"] != schema.CONSISTENT and _GENERIC_TARGET.search(
                            folded, clause_start(folded, t.start), t.start):
                        # 完成年度预算目标42亿元的111.5%，实现了…力争突破45亿元的奋斗目标；上半年实现21.5亿元，达到全年目标的
                        # 51.2%: of two targets set for the year in the sentence, the one the percentage fits (42, though its
                        # own completion percentage came first) — a reading only ever taken when it holds
                        fits = [g for g in sfigs if g.end <= a.start and g is not tgt[-1] and g.quantity and same_unit(g, a)
                                and _is_tgt(folded, g) and not _SURPLUS_LABEL.search(label_of(folded, g))
                                and _pct_of_target(a, g, t)["verdict"] == schema.CONSISTENT]
                        if len({g.norm for g in fits}) == 1:
                            out[-1] = _pct_of_target(a, fits[0], t)
                    if a.sent != t.sent:
                        out[-1]["start"] = clause_start(folded, tgt[-1].start)  # mark the claim only
                    diff_figs.add(tgt[-1].start)  # 完成年度计划的108.3%，年度计划为48亿元: the target is judged
                    done.add(t.sent)
                    # 完成任务的90%，超额完成了全年追逃任务: the claim after the percentage gets its own row
                    g1 = _own_claim_end(folded, sfigs, t.end)
                    cm, cn, beyond = _claim(folded, folded[t.end:g1], after=True)
                    # (控制指标为28人…，控制在指标以内: a ceiling, kept by staying under it)
                    ctl = "控制" in folded[t.end:g1] or "控制" in folded[clause_start(folded, tgt[-1].start):tgt[-1].start]
                    row = _met(a, tgt[-1], folded[s0:tgt[-1].end], not cn, beyond, claim_to=_claim_end(folded, t.end, g1),
                               at_most=ctl or _lower_better(folded, a) or _is_ceiling(folded, a, tgt[-1]))
                    if (cm or cn) and not any(r["figure_ids"] == row["figure_ids"] for r in out):
                        out.append(row)
            elif pct_of:
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
                    row = _pct_of_unstated(doc, folded, sents, a[-1], t, before, figs)
                    out.append(row)
                    done.add(t.sent)
                    # 完成年度目标的95.3%，未完成目标任务: the claim after it is judged on the percentage alone
                    g1 = _own_claim_end(folded, sfigs, t.end)
                    cm, cn, beyond = _claim(folded, folded[t.end:g1], after=True)
                    if (cm or cn) and row["verdict"] == schema.UNVERIFIABLE and t.kind == "percent":
                        out.append(_pct_claim(t, not cn, beyond, _claim_end(folded, t.end, g1), a[-1]))
            continue
        # 比年初确定的12%的预期目标高出1.5个百分点
        if t.kind == "percent" and nxt is not None and nxt.kind == "percentage_point" and re.fullmatch(
                r"的?(?:[\u4e00-\u9fff]{0,4})?(?:目标|要求|计划)?(?:高出|超出|超过|高|低于|低)", folded[t.end:nxt.start]):
            _add_points_row(out, folded, sfigs, t, nxt, growths, "低" in folded[t.end:nxt.start])
            continue
        # 增长6.8%，高于年初确定的6%左右预期目标0.8个百分点: the comparison word before the target
        cmp_before = _CMP_BEFORE.search(before) if "高" in before or "超" in before or "低" in before else None
        if (t.kind == "percent" and nxt is not None and nxt.kind == "percentage_point" and cmp_before
                and (re.fullmatch(r"的?[\u4e00-\u9fff]{0,4}?(?:目标|要求|计划)", folded[t.end:nxt.start])
                     # 超过省定目标(88%)2.5个百分点: the target in brackets right after its word
                     or _TARGET_BRACKET.search(before) and folded[t.end:nxt.start] in (")", "）"))):
            _add_points_row(out, folded, sfigs, t, nxt, growths, cmp_before.group(1) == "低于")
            continue
        # 控制在4.5%以内 / 控制在省核定的债务限额16.2亿元以内
        if (t.qualifier in ("at_most", "less_than") or _CEILING_AFTER.match(after)) and _CONTROL.search(before) \
                and not _PCT_OF_IT.match(folded, t.end):  # (…控制指标52人的73.1%: a share of the ceiling, read below)
            def comparable(g: Fig) -> bool:
                return (g.kind == t.kind and (g.kind not in ("percent", "ratio") or g.start not in growths)
                        and (t.kind == "percent" or (t.kind == "ratio" and g.unit == t.unit == "") or (same_unit(g, t) and not _is_ref(folded, g) and not _is_change(folded, g))))
            ach = [g for g in sfigs if g.end <= t.start and comparable(g)]
            # 全年发生火灾12起，较大火灾控制在1起以内: a ceiling with a subject of its own is of the value that subject names
            own = _SETTER_TAIL.sub("", _CONTROL_LEAD.sub("", before[:_CONTROL.search(before).start()]))
            if _CLAIM_LEAD.fullmatch(own):
                own = ""  # (…874吨，圆满完成控制在860吨以内的年度减排任务: a claim, no subject of the ceiling's own)
                named = _CEILING_NAMED.match(folded, t.end)
                rest = _GENERIC_TASK.sub("", named.group("x")) if named else ""
                grp = clause_start(folded, t.start, "；;。！？!?\n")
                if len(ach) > 1 and len(own_grp := [g for g in ach if g.start >= grp]) == 1:
                    ach = own_grp  # (…；公务接待费3.85万元，完成了控制在年初预算3.50万元以内的目标: the value of its own part)
                if len(ach) != 1 or (rest and not _bigrams(rest) & _bigrams(label_of(folded, ach[0]))):
                    ach = []  # (二氧化硫874吨，氮氧化物1260吨，圆满完成控制在900吨以内的二氧化硫…: which one, not told;
                    # 营业额86.5亿元，如期完成控制在50亿元以内的政府债务限额管理任务: another measure's ceiling)
            if len(own) >= 2 and ach and not _subject_of(folded, own, ach[-1]):
                ach = []
            elif not own and len(ach) >= 2 and (k := folded.rfind("其中", ach[0].end, ach[-1].start)) >= 0 \
                    and clause_start(folded, t.start) > ach[-1].end:
                # 债务余额11.26亿元，其中一般债务8.74亿元、专项债务2.62亿元，控制在…限额12.50亿元以内: with no subject of
                # its own, a ceiling after a 其中 list is of the whole the list was taken from
                ach = [a for a in ach if a.end <= k][-1:]
            post = _CLAIM_POST.match(folded, t.end)
            ceiling = _CEILING_AFTER.match(after)
            claim_to = post.end() if post else t.end + ceiling.end() if ceiling else 0
            if not post and (ceiling or t.qualifier in ("at_most", "less_than")) \
                    and (noun := _CEILING_NOUN.match(folded, claim_to or t.end)):
                claim_to = noun.end()  # 控制在5.5%以内的目标范围: the target's noun closes the claim
            post_neg = None
            if t.kind == "percent" and _GROWTH_CEILING.search(own):
                # 基金支出增幅控制在8%以内的目标顺利实现，全年基金支出比上年…增长12.5%: a ceiling on a rate of growth is
                # of the one rate in the sentence whose clause names the same thing
                words = _bigrams(_GROWTH_CEILING.sub("", own)) - _COMMON_BIGRAMS
                # (次均住院费用9,864元，上年为9,312元，增长5.9%，实现了次均住院费用增幅控制在5%以内的目标: a bare rate is
                # named by the value it is a rate of)
                rates = [g for g in sfigs if g.start in growths and g is not t and not growths[g.start].down
                         and growths[g.start].mode == "pct" and words
                         & (_bigrams(folded[clause_start(folded, g.start):g.start]) | (
                             _bigrams(label_of(folded, cur)) if (cur := growths[g.start].cur) is not None
                             and cur.sent == g.sent else set()))]
                ach = rates if len(rates) == 1 else []
            elif not ach and not own and t.kind == "percent":
                # 居民消费价格总水平上涨2.9%，控制在4%左右的调控目标之内: with no subject of its own, the ceiling is of
                # the one rate of change in the clause right before it
                pcs = clause_start(folded, t.start, "；;。！？!?\n")  # (其中食品价格上涨6.2% before it: no claim of one rate)
                rates = [g for g in sfigs if pcs <= g.start and g.end <= t.start and g.kind == "percent"]
                if len(rates) == 1 and rates[0].start in growths and not growths[rates[0].start].down \
                        and growths[rates[0].start].mode == "pct":
                    ach = rates
            elif not ach and post:
                # 控制在3人以内的目标顺利实现，全年亡1人: the achieved value follows the claim
                ach = [g for g in sfigs if g.start >= post.end() and comparable(g) and not _is_ref(folded, g)
                       and not _planned(folded, doc, g)][:1]
            elif not ach:
                # 个人负担比例年初确定控制在30%以内，实际为28.6%: the actual value in the clause right after
                nxt_cs = clause_end(folded, t.end) + 1
                ach = [g for g in sfigs if g.start >= nxt_cs and comparable(g) and clause_start(folded, g.start) == nxt_cs
                       and _ACTUAL_AFTER.search(folded[nxt_cs - 1:g.start])][:1]
                if ach and not post:
                    # …控制在1.20亿元以内，实际支出1.27亿元，实现了控制目标: the claim after the actual value is the one
                    # judged and marked (with none, the ceiling itself is what the text holds to)
                    g1 = clause_end(folded, ach[0].end, "；;。！？!?\n")
                    cm2, cn2, _ = _claim(folded, folded[ach[0].end:g1], after=True)
                    if cm2 or cn2:
                        post_neg, claim_to = cn2, max(claim_to, _claim_end(folded, ach[0].end, g1))
            if not ach and t.quantity and len(own) >= 2 and t.sent > 0 and clause_start(folded, t.start) == s0 \
                    and not any(g.end <= t.start and comparable(g) for g in sfigs):
                # 全年发生事故12起、死亡5人。死亡人数控制在市下达的6人以内: the subject names a value stated just before
                named = _earlier_in_paragraph(doc, folded, sents, t, lambda g: _subject_of(folded, own, g))
                if named is None and post and not post.group("neg"):
                    # 年初确定的平均住院日控制在9天以内的目标已经实现 (a later section): the one value so named anywhere before
                    named = _named_anywhere_before(doc, folded, figs, t, own)
                ach = [named] if named is not None else []
            if ach:
                if post_neg is None:
                    post_neg = bool(post and post.group("neg"))
                out.append(_met(ach[-1], t, folded[clause_start(folded, t.start):t.end], not post_neg,
                                at_most=True, claim_to=claim_to))
                if ach[-1].sent != t.sent:
                    out[-1]["start"] = clause_start(folded, t.start)  # the value named earlier: mark the claim only
            continue
        if t.kind == "ratio":  # a unitless rate (亿元GDP死亡率0.103) is judged only against a ceiling
            continue
        # 实现利润总额3.18亿元…。年初确定的利润总额3.5亿元的目标圆满完成: the claim names its metric, whose value
        # stands in the sentence before
        post = _CLAIM_POST.match(folded, t.end) if t.quantity else None
        if t.quantity and post is None and folded[t.end:t.end + 1] in _LIST_START:
            # 年初确定的粮食总产18万吨以上、农民收入增长8%的目标全面完成: one claim after targets listed, on each of them
            post = _CLAIM_POST.match(folded, _list_tail(folded, sents.get(t.sent, []), t))
        pct_post = _CLAIM_POST.match(folded, t.end) if t.kind == "percent" and not t.quantity else None
        earlier = [g for g in sfigs if g.end <= t.start and (g.kind == "percent" if pct_post else same_unit(g, t))] \
            if post or pct_post else []
        if pct_post and not post:
            post = pct_post
        if post and earlier and clause_start(folded, earlier[-1].start) < cs:
            # 建成区绿地率达到34.2%，年初确定的建成区绿地率35%的目标已圆满完成: the value the claim names stands in an
            # earlier clause of its own sentence (none in the claim's clause)
            metric = re.split(r"的|为", before)[-1]
            named = [g for g in earlier if len(metric) >= 2 and metric in item_label(folded, g)
                     and _plain_value(folded, doc, g)]
            if len(named) == 1:
                out.append(_met(named[0], t, folded[cs:t.end], not post.group("neg"), "超额" in post.group(0),
                                claim_to=post.end()))
                continue
        if post and not earlier and post is not pct_post:
            metric = re.split(r"的|为", before)[-1]
            prev = sents.get(t.sent - 1, []) if t.sent > 0 else []
            named = [g for g in prev if same_unit(g, t) and len(metric) >= 2 and metric in item_label(folded, g)
                     and _plain_value(folded, doc, g)
                     and "\n" not in folded[g.end:t.start]]
            work = _TARGET_WORK.match(folded, t.end) if len(metric) < 2 else None
            if work and len(work.group("w")) >= 3:
                # 全年完成电网建设投资3.26亿元。年初省公司下达的3.5亿元电网投资计划全面完成: the work named after the
                # target, its characters in order in the label of the one value before
                named = [g for g in prev if same_unit(g, t) and _in_order(work.group("w"), item_label(folded, g))
                         and _plain_value(folded, doc, g) and "\n" not in folded[g.end:t.start]]
            if not named and not post.group("neg"):
                # 年初确定的新建基层工会组织200个的目标全面完成 / 门急诊量突破40万人次的目标如期实现, in a section
                # after the one that states the value: the one value so named anywhere before
                a = _named_anywhere_before(doc, folded, figs, t, _CLAIM_VERB_TAIL.sub("", metric))
                named = [a] if a is not None else []
            if len(named) == 1:
                out.append(_met(named[0], t, folded[s0:t.end], not post.group("neg"), "超额" in post.group(0),
                                claim_to=post.end()))
                out[-1]["start"] = clause_start(folded, t.start)  # the value named earlier: mark the claim only
                continue
        # 受害率0.15‰，低于省定0.9‰的控制指标 / 保有量48.62万亩，高于市下达的保护目标47.90万亩 /
        # 占比55.2%，达到了…不低于55%的要求: the text states how the value stands against the target
        rel = _REL_BEFORE.search(before) if "于" in before or "超" in before else None
        # 达到了…占比不低于55%的要求: the relation word is part of the figure's own surface
        lead = _REL_LEAD.match(t.text) if rel is None else None
        claim = _REL_CLAIM.search(before) if lead else None
        at = rel.start("rel") if rel else claim.end() if claim else -1
        if at >= 0 and (_REL_TARGET_TAIL.search(before, at) or _REL_TARGET_AFTER.match(after)) \
                and not _BENCHMARK.search(before, at) \
                and not (before.endswith(("（", "(")) and not _BRACKET_CLOSES_CLAUSE.match(folded, t.end)):
            # (优于年度目标（85%），: the target alone in its bracket; 超出年度征缴目标（12亿元）0.6亿元 states by how much)
            a = _compared_value(doc, folded, sfigs, t, clause_start(folded, t.start))
            own = _CONTROL_LEAD.sub("", before[:rel.start()]) if rel else ""
            if a is not None and len(own) >= 2 and not _subject_of(folded, own, a):
                a = None  # 全年发生火灾12起，较大火灾低于…: the relation is of what its own subject names
            if a is not None:
                word = rel.group("rel") if rel else lead.group(0)
                holds = not _NEGATION.search(before, 0, at)
                tail = _REL_TARGET_AFTER.match(after) or _TARGET_NOUN_AFTER.match(after)  # …83.3%考核目标: marked too
                # (PM2.5平均浓度34微克/立方米，优于…32微克/立方米的控制目标: better than a ceiling is under it)
                # (能耗下降3.8%，优于…3.2%的控制目标: a fall bigger than the target's is better — above it; 优良天数比例
                # …优于…控制目标82.0%: a measure wanted high is above its floor, whatever the target is called)
                fall = bool(_FALL_BEFORE.search(folded, clause_start(folded, a.start), a.start))
                low = word in ("优于", "好于") and not fall and (_lower_better(folded, a) or bool(
                    _CEILING_WORDS.search(before[at:] + after[:12])) and not _WANTED_HIGH.search(label_of(folded, a)))
                row = _relation(a, t, word, holds, t.end + (tail.end() if tail else 0), low_better=low)
                # 保有量48.62万亩，其中基本农田41.35万亩，高于…目标47.90万亩: with other values of the kind before it,
                # the nearest may not be the one compared, so a failed relation is not reported
                # (…技术覆盖率90%以上；…利用率84.2%，超过省定85%的目标: a value past a ；is another item's, no rival)
                part0 = clause_start(folded, a.start, "；;。！？!?\n")
                s_open = clause_start(folded, a.start, "。！？!?\n")
                if bracket_depth(folded, s_open, part0) > 0:
                    part0 = s_open  # (…35.2万吨（夏粮12.1万吨；秋粮23.1万吨），超过…: a ；inside a bracket parts no items)
                rivals = [g for g in sfigs if part0 <= g.start and g.end <= a.start
                          and (g.kind == a.kind if t.kind == "percent" else same_unit(g, a)) and not _is_ref(folded, g)]
                if row["verdict"] == schema.CONSISTENT or not rivals:
                    out.append(row)
            continue
        if not (_target_after(after, t) or _TARGET_BEFORE.search(before)):
            continue
        # 目标已超额完成；…目标为5个，实际建成4个: a claim across ；/; is of the targets before it, not of this one
        claim_text = folded[max(s0, folded.rfind("；", s0, t.start) + 1, folded.rfind(";", s0, t.start) + 1):t.start]
        # (目标为：营业收入17.5亿元、…、完成项目投资58亿元: an item opening on 完成 that runs on to the figure names the
        # value, it claims nothing — as 完成 running on to a number does; the words before the item keep their claim)
        said, tail = before, claim_text[-30:]
        item = _ITEM_OF_DONE.search(before)
        if item:
            n = item.end() - item.start() - 1
            said = before[:item.start() + 1] + "＿" * n
            k = max(0, len(tail) - n)
            tail = tail[:k] + "＿" * (len(tail) - k)
        cm, cn, beyond = _claim(folded, said + "|" + tail)
        level = _is_tgt(folded, t) and t.sent not in done
        claim_to = 0
        if not cm and not cn and level:
            # 目标为85%，达到了…的要求 / 计划开展40次，实际完成32次，未完成年度计划: the claim follows the target
            c0, c1 = _named_claim(folded, t, t.end, s1)
            cm, cn, beyond = _claim(folded, folded[c0:c1], after=True)
            claim_to = _claim_end(folded, c0, c1)
            bare = _BARE_CLAIM.match(folded, t.end) or (_BARE_CLAIM_CMP.match(folded, t.end)
                                                         if _CMP_TARGET_LEAD.search(before) else None) \
                or (_BARE_CLAIM_GLUED.match(folded, t.end) if _TASK_SUBJECT.search(before) else None)
            if not cm and not cn and bare and t.quantity:
                # 硬化村道86公里，目标80公里，提前完成: a bare claim right after the target
                cm, cn, beyond, claim_to = not bare.group("neg"), bool(bare.group("neg")), "超额" in bare.group(0), bare.end()
            if not cm and not cn and t.quantity and "实际" in folded[t.end:s1]:
                # 计划5所，实际建成6所: the plan and the actual side by side, no claim: the row records how they stand
                a = achieved(sfigs, t, after_too=True)
                if a is not None and a.start > t.end and not _is_ceiling(folded, a, t) \
                        and not any(g.kind == "percent" and g.start > a.end for g in sfigs  # 完成率110%: its own row
                                    if not re.search(r"[；;]", folded[a.end:g.start])):  # (not a rate of another item)
                    bare = _BARE_CLAIM.match(folded, a.end)
                    if bare:
                        # 任务200公里，实际建成186公里，超额完成: the bare claim after the actual value (经办管理费用，目标值
                        # 12万元，实际值11.4万元，已完成: a cost is kept under its target)
                        out.append(_met(a, t, folded[s0:t.end], not bare.group("neg"), "超额" in bare.group(0),
                                        claim_to=bare.end(), at_most=_lower_better(folded, a) or _kept_low(folded, t)))
                        continue
                    out.append(_recorded(a, t, folded[s0:t.end], claim_to=a.end))
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
        if not rate_target and t.kind == "percent" and (cm or cn) and _BARE_RATE_TARGET.match(after):
            # 规模以上工业增加值增长8.1%，未完成8.5%的预期目标: a target in points of a rate, named by the rate of change in
            # the clause right before it
            prev = [g for g in sfigs if g.end <= t.start and g.kind == "percent"]
            # (比重达到78.5%，同比提高2.1%，实现了75%的年度目标: with a level before the change in its part of the
            # sentence, the level is what the target is of)
            seg = clause_start(folded, t.start, "；;。")
            if len([g for g in prev if g.start >= seg]) == 1 and prev[-1].start in growths and clause_end(folded, prev[-1].end) + 1 == clause_start(folded, t.start):
                rate_target = True
        if not cm and not cn and rate_target:
            # 年初提出的增长7%的目标顺利实现，全年实际增长7.3%: the claim right after the rate target
            post = _CLAIM_POST.match(folded, t.end)
            if post is None and re.search(r"(?:目标|指标|要求)(?:为|是)(?:增长|提高|增加)$", before):
                post = _BARE_CLAIM.match(folded, t.end)  # 年度目标为增长9%，完成目标: the bare claim after the target
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
                if not ach and (not _SET_LEAD.match(before) or claim_to):
                    # 农民人均纯收入增长8%以上的目标如期实现 (the summary): the one rate of the metric so named before
                    nm = re.sub(r"(?:增长|提高|增加|下降|降低|减少)了?$", "", _metric_label(folded, t))
                    nm = _NAME_LEADS.sub("", nm)
                    if claim_to:
                        # 年初确定的一般公共预算收入增长12%的目标顺利完成: the words that set it are no part of the name
                        nm = _NAME_LEADS.sub("", _SET_LEAD.sub("", nm).lstrip("的"))
                    g = _rate_named(doc, folded, growths, nm, bool(_RATE_DOWN.search(before)), before=cs)
                    ach = [growths[g.start]] if g is not None else []
                    if ach:
                        claim_to = max(claim_to, _CLAIM_POST.match(folded, t.end).end()
                                       if _CLAIM_POST.match(folded, t.end) else 0)
                        row = _met(ach[0].g, t, folded[s0:t.end], claims_met, beyond, claim_to=claim_to)
                        row["start"] = clause_start(folded, t.start)  # the rate named earlier: mark the claim only
                        late.append(row)  # after the bare claims: its sentence may hold another claim
                        continue
                down = bool(_RATE_DOWN.search(before))
                if not ach:
                    # PM2.5浓度下降率6.3%，完成下降7%的年度目标: the rate stated as a level of its own name, right before
                    named = [g for g in sfigs if g.end <= t.start and g.kind == "percent" and g.start not in growths
                             and (_RATE_LEVEL_DOWN if down else _RATE_LEVEL_UP).search(folded, clause_start(folded, g.start), g.start)
                             and clause_end(folded, g.end) + 1 == clause_start(folded, t.start)]
                    if len(named) == 1:
                        out.append(_met(named[0], t, folded[s0:t.end], claims_met, beyond, claim_to=claim_to))
                    continue
                a = ach[-1]
                # (年均增长7.9%，实现了规划年均增长8%的目标: an average rate against a target of an average rate)
                if a.down != down or a.mode != "pct" and not (
                        a.mode == "cagr" and _AVERAGE_TARGET.search(before) and len(ach) == 1):
                    continue
                # 分别增长11.5%和12.8%，均超额完成年度增长12%的目标: a claim on each rate of a list, each judged
                for b in _listed_with(folded, ach, a) if _ALL_RIGHT_AFTER.match(folded, a.g.end) else ():
                    if b.down == down and b.mode == "pct":
                        out.append(_met(b.g, t, folded[s0:t.end], claims_met, beyond, claim_to=claim_to))
                out.append(_met(a.g, t, folded[s0:t.end], claims_met, beyond, claim_to=claim_to))
            elif level:
                # 准确率为87.6%，…考核目标为85%: a level against a level target, not a rate of growth
                grp = clause_start(folded, t.start, "；;。！？!?\n")
                ach = [g for g in sfigs if grp <= g.start and g.end <= t.start and g.kind == "percent"
                       and g.start not in growths and not _is_ref(folded, g)]  # (not an item before a ；)
                if not ach:
                    # 建档率目标为90%，实际达到92.4%，完成年度目标: the achieved level right after the target
                    ach = [g for g in sfigs if g.start >= t.end and g.kind == "percent" and g.start not in growths
                           and (_ACTUAL_AFTER.search(folded[t.end:g.start]) or _same_rate_after(folded, t, g))][:1]
                if ach:
                    out.append(_met(ach[-1], t, folded[s0:t.end], claims_met, beyond, claim_to=claim_to,
                                    at_most=_lower_better(folded, ach[-1]) or _kept_low(folded, t)))
            elif (pairs := _respective_targets(folded, sfigs, t, growths)) is not None:
                # 化学需氧量、氨氮排放量分别削减4.2%和5.1%，均完成省下达的4.5%和4.8%的年度减排任务: a list of targets after a
                # claim on all of them, the list of rates before it, paired in order
                for a, ti in pairs:
                    out.append(_met(a, ti, folded[s0:ti.end], claims_met, beyond, claim_to=claim_to))
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
            elif _TARGET_OPENS_BRACKET.search(before) and after[:1] in "）)" \
                    and _BRACKET_CLAIM.match(folded, clause_start(folded, t.start)):
                # 优良比例91.7%，提前实现规划目标（100%）: the claim opens the clause, the target stands in brackets after
                # its noun, the value is the one level before in its part of the sentence
                seg = clause_start(folded, t.start, "；;。！？!?\n")
                ach = [g for g in sfigs if seg <= g.start and g.end <= t.start and g.kind == "percent"
                       and g.start not in growths and not _is_ref(folded, g) and not _planned(folded, doc, g)]
                if len(ach) == 1:
                    out.append(_met(ach[0], t, folded[s0:t.end], claims_met, beyond, claim_to=t.end + 1,
                                    at_most=_lower_better(folded, ach[0]) or _kept_low(folded, t)))
        else:
            a = achieved(sfigs, t, after_too=level)
            earlier = False
            if a is None and level and t.sent > 0 and not [g for g in sfigs if g is not t and same_unit(g, t)]:
                # 全年财政总收入6.35亿元。年初确定的财政总收入目标为6.5亿元，超额完成年度目标: the target names its
                # metric, whose one value of the period stands before the sentence
                name = _target_name(label_of(folded, t))
                name = _SET_LEAD.sub("", name).lstrip("的")
                a = _named_anywhere_before(doc, folded, figs, t, name) if name else None
                earlier = a is not None
            head = _chain(folded, sfigs, t, -1)[0]
            if _RESPECTIVELY.search(label_of(folded, head)):
                # 保有量568.6万亩，保护面积486.2万亩，均超过…任务（分别为562万亩和482万亩）: targets listed with 分别
                # belong to the values before them in order; when the counts cannot be matched, none is judged
                tl = _chain(folded, sfigs, head, 1)
                vals = [g for g in sfigs if g.end <= head.start and same_unit(g, t) and not _is_ref(folded, g)]
                vals = [g for g in vals if not _part_of_before(folded, g, head.start, vals)]
                a = vals[-len(tl):][tl.index(t)] if len(tl) > 1 and len(vals) >= len(tl) else None
            if a is not None and not _RESPECTIVELY.search(label_of(folded, head)):
                a = _value_named_by_target(folded, sfigs, t, a)
            if a is not None and _tally(folded, a, t):
                continue  # 五项目标完成四项: the targets counted and those met, no value against a target
            if a is not None and not _is_ceiling(folded, a, t):
                # 完成年度1,000套的目标任务: the row marks the target's noun too
                tail = _TARGET_AFTER.search(after) or _TARGET_NOUN_GLUED.match(after)
                claim_to = max(claim_to, t.end + tail.end() if tail else 0)
                # 细颗粒物平均浓度31微克/立方米，完成年度考核目标33微克/立方米: a measure that should fall meets
                # its target by staying under it
                out.append(_met(a, t, folded[s0:t.end], claims_met, beyond, at_most=_lower_better(folded, a),
                                claim_to=claim_to))
                if earlier:
                    out[-1]["start"] = clause_start(folded, t.start)  # the value named earlier: mark the claim only
    out += _named_level_targets(doc, folded, figs, sents, out)
    out += _labelled_targets(doc, folded, figs, out)
    if "实际" in folded:
        out += _indicator_lines(doc, folded, figs, out)
    if "值" in folded:
        out += _header_table_lines(doc, folded, figs, out)
    out += _claims_on_targets_set_earlier(doc, folded, figs, sents, out)
    out += _claims_naming_their_targets(doc, folded, figs, out, growths)
    out += _claims_on_this_target(doc, folded, sents, out)
    by_id = {f.id: f for f in figs}
    out += _unstated_targets(doc, folded, sents, out, by_id, figs)
    out += late
    out += _bracketed_targets(folded, figs, out)
    ahead = _targets_set_ahead(doc, folded, figs, sents, out, growths)
    if ahead:
        out = _pcts_on_pairs(doc, folded, figs, out, ahead)
        # …等主要目标，全面完成年度目标任务 judged on the targets set: the unverifiable row on the same claim gives way
        out = [r for r in out if r["verdict"] != schema.UNVERIFIABLE
               or not any(x["start"] >= r["start"] and x["end"] <= r["end"] or x["end"] == r["end"] for x in ahead)]
        out += ahead
    out += _level_target_after(doc, folded, figs, out, growths)
    out += _pct_naming_its_metric(folded, figs, out)
    judged, gone = _claims_on_judged_pairs(doc, folded, figs, out)
    if gone:
        out = [r for r in out if r["verdict"] != schema.UNVERIFIABLE or (r["start"], r["end"]) not in gone]
    out += judged
    out += _denied_levels(doc, folded, figs, sents, out, growths)
    blanket = _blanket_claims(doc, folded, figs, out, figures)
    if blanket:
        # 总体来看，…，圆满完成了年度目标任务 judged on all the targets: the row that found no target for it gives way
        out = _give_way(out, blanket) + blanket
    out += _listed_items_claims(doc, folded, figs, out)
    if "完成" in folded or "控制在" in folded:
        out += _claims_right_after_values(doc, folded, figs, sents, out)
    if "全部" in folded or "均" in folded:
        out += _counted_items_claims(doc, folded, figs, out)
    if "过半" in folded or "序时进度" in folded:
        out += _half_way_claims(doc, folded, figs, out)
    if "区间" in folded or "范围" in folded:
        out += _range_targets(folded, figs, sents, out)
    # (full coverage claimed after a rate under 100% — 面商率94.1%，实现了…全覆盖目标 — is not judged: a reviewer's
    # counter-examples showed the coverage claimed is mostly of a subset or another measure than the rate before it:
    # 签约率76.3%，实现了重点人群签约服务全覆盖)
    # (提前3个月完成年度任务 judged against the year's end — _ahead_of_year_end — is left out: a task's own deadline
    # (征兵, 春播, 须于11月底前完成) and a 截至 reporting date make it raise false alarms; the review of the twelfth session)
    out += _points_over_named_target(folded, figs, sents, out, growths)
    out += _rate_over_named_level(folded, figs, out)
    out += _claims_on_listed_targets(doc, folded, figs, sents, out, growths)
    resp = _respective_relations(doc, folded, figs, sents, out)
    if resp:
        # the targets paired in order: another row on one of them (another value, or the relation word misread) gives way
        tgts = {r["figure_ids"].split()[1] for r in resp}
        out = [r for r in out if not (r["rule"] == "target_met" and len(ids := r["figure_ids"].split()) == 2 and ids[1] in tgts)]
        out += resp
    if "控制在" in folded:
        out += _listed_ceilings_kept(folded, figs, sents, out)
    read = _claims_on_the_years_targets(doc, folded, figs, out)
    read += _claims_carrying_their_targets(doc, folded, figs, out + read)
    if read:
        # a claim now judged on its targets: the row that found no target for it gives way
        out = _give_way(out, read) + read
    if "/" in folded or "／" in folded:
        out = _off_slash_tables(doc, out, by_id)
    return [r for r in out if not r.pop("_silent", False) and not _far_apart(r, by_id) and not _role_slip(folded, r, by_id)]


# 均控制在市下达的16起、11人控制指标以内: one claim on ceilings listed together, each of its own unit
_LISTED_CEILINGS = re.compile(r"(?:均|都|全部)(?:已)?(?P<neg>未能?|没有)?控制在[^，,；;。！？\d%]{0,12}?(?P<list>[\d.,]+[^\d，,；;。！？、]{1,4}"
                              r"(?:、[\d.,]+[^\d，,；;。！？、]{1,4})+)[^，,；;。！？\d%]{0,8}?(?:以内|以下|之内)")


def _listed_ceilings_kept(folded: str, figs: list[Fig], sents: dict, rows: list[dict]) -> list[dict]:
    """事故起数和死亡人数均控制在16起、11人控制指标以内 after 发生事故14起、死亡9人 (其中 or bracketed values aside):
    each ceiling against the one value of its unit before it in the sentence → one row over the claim."""
    out = []
    covered = [(r["start"], r["end"]) for r in rows if r["rule"] == "target_met"]
    for m in _LISTED_CEILINGS.finditer(folded):
        if any(a < m.end() and m.start() < b for a, b in covered):
            continue
        ceil = [f for f in figs if m.start("list") <= f.start and f.end <= m.end("list") and f.quantity]
        if len(ceil) < 2:
            continue
        sfigs = sents.get(ceil[0].sent, [])
        found = []
        for t in ceil:
            vals = [g for g in sfigs if g.end <= m.start() and g.quantity and same_unit(g, t) and not _is_ref(folded, g)
                    and not _in_brackets(folded, g) and "其中" not in folded[clause_start(folded, g.start):g.start]]
            if len(vals) != 1:
                break
            found.append((t, vals[0], True))
        if len(found) == len(ceil):
            out.append(_joint_row(found, m.start(), m.end(), m.group(0), bool(m.group("neg"))))
    return out


def _in_brackets(folded: str, g: Fig) -> bool:
    """Is g inside （…） (上年分别为18起、12人)?"""
    o = max(folded.rfind("（", 0, g.start), folded.rfind("(", 0, g.start))
    return o >= 0 and max(folded.rfind("）", o, g.start), folded.rfind(")", o, g.start)) < 0 \
        and folded.find("\n", o, g.start) < 0


def _off_slash_tables(doc, rows: list[dict], by_id: dict) -> list[dict]:
    """（指标 / 目标值 / 完成值 / 完成率）：年接待读者 35万人次 38.2万人次 109.1%: the cells of a table written into a
    sentence are read by its columns (rules.tables); a row that pairs two of them by the words around gives way."""
    from .tables import slash_header_tables_of
    spans = [(r.start, r.end) for t in slash_header_tables_of(doc) for r in t.rows]
    if not spans:
        return rows

    def inside(r: dict) -> bool:
        fs = [by_id.get(i) for i in r["figure_ids"].split()]
        return len(fs) >= 2 and all(f is not None for f in fs) and any(
            all(a <= f.start and f.end <= b for f in fs) for a, b in spans)
    return [r for r in rows if not inside(r)]


# 全年营业收入完成年度目标的107.3%: a completion percentage whose clause names its metric and no value
_PCT_NAMED = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,14}?)(?:累计)?(?:完成|为|达到)了?(?:年度|全年|年初)?的?(?:目标|计划|任务)(?:任务)?的$")


_PCT_NAMED_BARE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,14}?)(?:累计)?完成了?")
_PCT_OF_IN = re.compile(r"(?:完成|为|达到)了?(?:年度|全年|年初)?的?(?:目标|计划|任务)(?:任务)?的[\d.]+%[，,；;]")


def _pct_naming_its_metric(folded: str, figs: list[Fig], rows: list[dict]) -> list[dict]:
    """营业收入38.64亿元 (against its target 36.0亿元, paired above) … 全年营业收入完成年度目标的107.3%: the percentage
    is judged on the one pair whose value is named the same; no row when none or several are."""
    out = []
    by_id = {f.id: f for f in figs}
    pairs = _pair_of(rows, by_id)
    if not pairs and "计划的" not in folded and "目标的" not in folded and "任务的" not in folded:
        return out
    marked = {i for r in rows if r["rule"] == "target_met" for i in r["figure_ids"].split()}
    for p in figs:
        if p.kind != "percent" or p.id in marked or folded[p.start - 1:p.start] not in ("的", "成"):
            continue
        cs = clause_start(folded, p.start)
        m = _PCT_NAMED.fullmatch(folded, cs, p.start) if folded[p.start - 1] == "的" else None
        if m is None and folded[p.start - 1] == "成":
            # 到位资金完成年度计划的107.9%，新签约项目完成108.3%: the plan's word left out in a clause that follows one
            # stating it, in the same sentence
            m = _PCT_NAMED_BARE.fullmatch(folded, cs, p.start)
            s0 = clause_start(folded, cs, "。！？!?\n")
            if m is None or not _PCT_OF_IN.search(folded, s0, cs):
                continue
        if m is None or any(cs <= f.start < p.start for f in figs):
            continue
        name = _NAME_LEADS.sub("", _YEAR_LEAD.sub("", m.group("name")))
        found = {(a.id, t.id): (a, t) for r, a, t in pairs if a.end <= p.start and len(name) >= 3
                 and (_names_alike(_done_name(folded, a), name) or _names_alike(name, _done_name(folded, a)))}
        if not found and folded[p.start - 1] == "的" and len(name) >= 4 and not _PLAN.search(folded, cs, p.start) \
                and not any(f.sent == p.sent and f.quantity and f.end <= p.start for f in figs):
            # 全区固定资产投资完成年度计划的102.4% and no amount in its sentence: neither the plan nor the value is
            # stated (said so, not passed over)
            out.append(result("target_met", schema.UNVERIFIABLE, [p], cs, p.end, folded[cs:p.end],
                              "the target is not stated, nor the value achieved",
                              f"The text gives {p.text} of the plan but neither the plan nor the value, so it cannot be checked.",
                              f"文中称完成计划的{p.text}，但未给出计划数和完成数，无法核对。"))
            continue
        if len(found) != 1:
            continue
        a, t = next(iter(found.values()))
        row = _pct_of_target(a, t, p)
        row["start"], row["end"] = cs, p.end
        out.append(row)
    return out


# 执行下来，固定资产投资完成了年初确定的增长目标，一般公共预算收入超过预期，…地区生产总值增速比预期低0.4个百分点: a claim
# opening on a metric's name, in the sentences after the one that set the targets (…预期目标是：地区生产总值增长8.5%，…)
_LIST_CLAIM = re.compile(
    r"(?P<rest>[^，,；;。！？\d%]{0,5}?)"
    r"(?:(?P<pts>(?:比|较)(?:年初|年度)?(?:的)?预期(?:目标)?(?P<dir>高|低|快|慢)(?:了|出)?)"
    r"|(?P<neg>(?:" + _NOT + r"|尚未|仍未)(?:完成|实现|达到)了?[^，,；;。！？\d%]{0,10}?(?:目标|任务|预期)(?:任务)?)"
    r"|(?P<below>(?:低于|慢于|不及|未达)(?:年初|年度)?(?:的)?预期(?:目标)?)"
    r"|(?P<met>(?:已|均|超额|全面|圆满|顺利|如期)*(?:完成|实现|达到)了?[^，,；;。！？\d%]{0,10}?(?:目标|任务|预期)(?:任务)?"
    r"|(?:超过|超出|高于|好于|优于|快于)(?:了)?(?:年初|年度)?(?:的)?预期(?:目标)?|符合预期))"
    r"(?=[，,；;。！？\n]|$|(?<=[高低快慢出了])[\d.])")
_RATE_NAME_TAIL = re.compile(r"(?:增长|提高|增加|下降|降低|减少)$")


def _claims_on_listed_targets(doc, folded: str, figs: list[Fig], sents: dict, rows: list[dict], growths: dict) -> list[dict]:
    """Targets set in one sentence by metric (年度预期目标是：地区生产总值增长8.5%，固定资产投资增长15%…), then, in the one or
    two sentences after it in the paragraph, claims that open on a metric's name (固定资产投资完成了年初确定的增长目标 /
    一般公共预算收入超过预期 / 地区生产总值增速比预期低0.4个百分点): each judged against the one value of the period so
    named (a rate for a rate target: the metric's one growth rate; else the one value of the unit so named), stated
    before the targets; a claim that names no listed metric, or a metric with no such value, is left alone."""
    if "预期" not in folded and "目标" not in folded:
        return []
    out = []
    marked = [(r["start"], r["end"]) for r in rows if r["rule"] == "target_met"]
    by_sent: dict[int, list[tuple[Fig, str]]] = {}
    for t, name in _set_targets(doc, folded, figs):
        if t.sent >= 0 and t.qualifier not in ("at_most", "less_than") and not in_plan_heading(doc, t):
            by_sent.setdefault(t.sent, []).append((t, name.lstrip("的")))
    for si, tgts in by_sent.items():
        for sj in (si + 1, si + 2):
            if sj >= len(doc.sentences) or "\n" in folded[doc.sentences[si].end - 1:doc.sentences[sj].start]:
                break
            c0, c1 = doc.sentences[sj].start, doc.sentences[sj].end
            if any(pm.group(0) != "预期目标" for pm in _PLAN.finditer(folded, c0, c1)) and not LOOK_BACK_LEAD.match(folded, c0):
                continue  # (实现了预期目标 names the target reviewed, no plan)
            cs = c0
            while cs < c1:
                ce = clause_end(folded, cs)
                clause = folded[cs:ce]
                for t, name in tgts:
                    rate = t.kind == "percent" and bool(_RATE_NAME_TAIL.search(name))
                    core = _RATE_NAME_TAIL.sub("", name) if rate else name
                    at = clause.find(core)
                    if len(core) < 4 or at < 0 or at > 6:
                        continue
                    m = _LIST_CLAIM.match(clause, at + len(core))
                    if m is None:
                        continue
                    if rate:
                        a = _rate_named(doc, folded, growths, core, name.endswith(("下降", "降低", "减少")), before=doc.sentences[si].start)
                    else:
                        pool = [g for g in figs if g.sent < si and (g.kind == "percent" if t.kind == "percent" else g.quantity and same_unit(g, t))
                                and _plain_value(folded, doc, g) and not _is_tgt(folded, g) and _same_name(_done_name(folded, g), name)]
                        a = pool[0] if len({g.norm for g in pool}) == 1 and pool else None
                    if a is None:
                        continue
                    end = cs + m.end()
                    if m.group("pts"):
                        pp = next((g for g in sents.get(sj, []) if g.start == end and g.kind == "percentage_point"), None)
                        if pp is None:
                            continue
                        row = _points_over_target(a, t, pp, m.group("dir") in ("低", "慢"))
                        end = pp.end
                    else:
                        row = _met(a, t, "", not (m.group("neg") or m.group("below")),
                                   at_most=_lower_better(folded, a))
                    row["start"], row["end"] = cs + at, end
                    if not any(s0 < end and cs + at < e0 for s0, e0 in marked):
                        out.append(row)
                        marked.append((cs + at, end))
                cs = ce + 1
    return out


# 保有量286.4万亩、基本农田241.8万亩，分别高于省下达的保护目标284.0万亩和240.0万亩: values listed, then their
# targets listed in the same order after one word of relation
_RESPECTIVE_REL = re.compile(r"(?:均分别|也分别|分别)(?:都|均)?(?P<rel>不低于|不少于|不高于|不超过|未超过|高于|低于|超过|超出|多于|少于)"
                             r"(?P<who>[^，,；;。！？\d%]{0,14}?)(?:目标|指标|任务|计划|限额|上限|控制线|要求)(?:值|数|任务)?(?:为|是|的)?"
                             r"(?=[\d０-９])")
# 保有量48.6万亩、基本农田41.4万亩，均高于上级下达的保护任务（分别为47.9万亩和40.2万亩）: the targets in a bracket
_RESPECTIVE_REL_BRACKET = re.compile(r"(?:均|都)(?P<rel>不低于|不少于|不高于|不超过|未超过|高于|低于|超过|超出|多于|少于)"
                                     r"(?P<who>[^，,；;。！？\d%（()）]{0,14}?)(?:目标|指标|任务|计划|限额|上限|控制线|要求)"
                                     r"(?:值|数|任务)?[（(]分别(?:为|是)?(?=[\d０-９])")


def _respective_relations(doc, folded: str, figs: list[Fig], sents: dict, rows: list[dict]) -> list[dict]:
    """A、B，分别高于…目标X和Y → one relation row per value, paired in order with the targets listed after the word
    (the counts must match, the units too); an outside benchmark (分别高于全省平均水平…) is no target."""
    out = []
    if "分别" not in folded:
        return out
    judged = {r["figure_ids"] for r in rows}
    for m in [*_RESPECTIVE_REL.finditer(folded), *_RESPECTIVE_REL_BRACKET.finditer(folded)]:
        if _BENCHMARK.search(m.group("who")):
            continue
        si = next((i for i, snt in enumerate(doc.sentences) if snt.start <= m.start() < snt.end), -1)
        sfigs = sents.get(si, [])
        first = next((g for g in sfigs if g.start == m.end()), None)
        if first is None:
            continue
        tl = [first]  # the targets listed with 、/和/及/与 (以及)
        for g in sfigs:
            if g.start > tl[-1].end and g.kind == first.kind and folded[tl[-1].end:g.start] in ("、", "和", "及", "与", "以及", "，"):
                tl.append(g)
            elif g.start > tl[-1].end:
                break
        # the values: the last len(tl) figures before the word, listed with each other (、/和/，), of the targets' units
        vals = [g for g in sfigs if g.end <= m.start() and g.value is not None and not _is_ref(folded, g)
                and not _planned(folded, doc, g)]
        vals = [g for g in vals if not _part_of_before(folded, g, m.start(), vals)]
        vals = vals[-len(tl):]
        if len(tl) < 2 or len(vals) != len(tl) or any(not (same_unit(a, t) if t.quantity else a.kind == t.kind)
                                                      for a, t in zip(vals, tl)):
            continue
        # (the values stand in the clauses right before the word: nothing but their list between them)
        if re.search(r"[；;。！？\n]", folded[vals[0].end:m.start()]):
            continue
        holds = not re.search(_NOT, folded[clause_start(folded, m.start()):m.start()])
        for a, t in zip(vals, tl):
            # (a row on the same pair above gives way to this one: the order of the list decides the pairs)
            row = _relation(a, t, m.group("rel"), holds, t.end)
            row["start"], row["end"] = min(a.start, t.start), t.end
            if m.re is _RESPECTIVE_REL_BRACKET and row["figure_ids"] in judged:
                continue  # 均超过…任务（分别为…）, judged above as a claim on each target
            out.append(row)
    return out


# 覆盖率62.4%，超额完成65%的年度目标 / 满意度96.5%，超过90%的目标值: a claim right after a rate, naming its target
# level; the rate ending the clause before is the achieved value (plain 完成65%的目标 is a share done, not a level)
_OVER_LEVEL_LEAD = re.compile(r"(?:率|度|比例|占比)(?:为|达|达到|是)?$")
_OVER_LEVEL_CLAIM = re.compile(r"[，,](?:均|已|全面|圆满|顺利)?(?:超额完成|超过|超出|高于)了?")
_OVER_LEVEL_TAIL = re.compile(r"的(?:年度|全年|年初|预期|既定)?(?:目标值?|目标任务|目标要求|考核目标|任务|要求)")


def _rate_over_named_level(folded: str, figs: list[Fig], rows: list[dict]) -> list[dict]:
    if "的" not in folded:
        return []
    taken = {f for r in rows for f in r.get("figure_ids", "").split() if f}
    out = []
    for i in range(1, len(figs)):
        t, a = figs[i], figs[i - 1]
        # (新培育58家，超过50家的年度目标: a count over the count its target names, the same way)
        rates = t.kind == "percent" and a.kind == "percent"
        if not (rates or a.quantity and t.quantity and same_unit(a, t)) or t.id in taken \
                or t.qualifier not in ("", "more_than") or a.qualifier or a.sent != t.sent:
            continue
        tail = _OVER_LEVEL_TAIL.match(folded, t.end)
        if not tail:
            continue
        # 超过90% is one figure (more_than): its word belongs to the claim
        claim = folded[a.end:t.start] + (re.match(r"[^\d.]*", t.text).group() if t.qualifier else "")
        if not _OVER_LEVEL_CLAIM.fullmatch(claim) or rates and not _OVER_LEVEL_LEAD.search(label_of(folded, a)):
            continue
        out.append(_met(a, t, folded[a.end:t.end], True, beyond=False, claim_to=tail.end()))
    return out


# 健康管理率71.5%（目标值70%） / 新建泊位2,400个（计划2,000个）: the target in a bracket right after the value
_BRACKET_TARGET = re.compile(r"[（(](?:年度|全年|年初|(?:[省市县区镇乡]|上级)(?:定|下达)的?)?(?:目标|计划|指标|预期)(?:值|数|任务)?(?:为|是|：|:)?(?=\d)")
_BRACKET_TARGET_WORDS = ("目标", "计划", "指标", "预期")  # (one of them is in every match)


def _bracketed_targets(folded: str, figs: list[Fig], rows: list[dict]) -> list[dict]:
    """A value followed by its target in brackets, with no row on it yet → judged on a bare claim right after the bracket
    (，已全面完成), else a row that records how the two stand (the text claims nothing, so it holds either way)."""
    out: list[dict] = []
    # (the scan only where one of the target words it needs is in the text)
    matches = list(_BRACKET_TARGET.finditer(folded)) if any(w in folded for w in _BRACKET_TARGET_WORDS) else []
    if not matches:
        return out  # most reports: one search of the text and done
    at = {f.start: i for i, f in enumerate(figs)}
    used = {fid for r in rows for fid in r["figure_ids"].split()}
    for m in matches:
        i = at.get(m.end())
        if not i:
            continue
        t, a = figs[i], figs[i - 1]
        if t.value is None or folded[t.end:t.end + 1] not in "）)" or a.end != m.start() or a.sent != t.sent or not (
                a.kind == t.kind == "percent" or a.quantity and t.quantity and same_unit(a, t)):
            continue
        if t.id in used or a.id in used and a.kind != "percent":
            continue
        bare = _BARE_CLAIM.match(folded, t.end + 1)
        if bare:  # …（年度计划1,200套），已全面完成: the bare claim after the bracket is judged
            out.append(_met(a, t, "", not bare.group("neg"), "超额" in bare.group(0), claim_to=bare.end()))
            continue
        out.append(_recorded(a, t, "", claim_to=t.end + 1))
    return out


# 各项主要目标全面完成 / 全年各项目标任务顺利完成 / 项目各项产出指标全部完成: a claim on all the year's targets at once
# 三项 / 12项: a count of targets or indicators
_N_ITEMS = r"(?:[两二三四五六七八九十]|\d{1,2})项"
_BLANKET = re.compile(r"(?:各项|所有)[^，,；;。\d%]{0,8}?(?:目标|任务|指标)(?:任务)?[^，,；;。\d%]{0,4}?"
                      r"(?:均|都|已|全部|全面|圆满|顺利|如期|超额)*(?<!基本)(?<!较好)(?:完成|实现)(?!情况|率|进度|比例|数|值)"  # (…目标完成情况: a noun;
                      # 各项绩效目标基本完成: hedged, judged with four fifths of each target missed by _claims_on_the_years_targets)
                      # 各项考核指标均达到年度目标 / 各项运营目标均已达到: 达到 after 均/已/全部 (达到 alone may open a level)
                      r"|(?:各项|所有)[^，,；;。\d%]{0,8}?(?:目标|任务|指标)(?:任务)?(?:均|都|已|全部|全面)+达到(?!率)"
                      # 圆满完成了年初确定的各项目标任务 / 各项民生实事均完成或超额完成年度目标任务: the verb before the nouns
                      # (…圆满完成了镇第十八届人大四次会议确定的各项目标任务：… — the claim may open a list)
                      # (圆满完成各项工作任务 names the work, not its targets; 较好/基本完成 is hedged, no claim of all)
                      r"|(?:(?:均|都|已|全部|全面|圆满|顺利|如期|超额)+(?:完成|实现)了?|(?<![未没好本较])(?:完成|实现)了?)"
                      r"[^，,；;。\d%]{0,16}?(?:各项|所有)[^，,；;。\d%]{0,6}?(?:目标|指标)(?:任务)?(?=[，,；;。！？：:\n]|$)"
                      r"|各项[^，,；;。\d%]{2,8}?(?:均|都|全部)(?:已)?(?:完成|实现)(?:或超额完成)?[^，,；;。\d%]{0,6}?(?:目标|任务)(?:任务)?"
                      r"(?=[，,；;。！？\n]|$)"
                      # 数量指标全部完成 / 产出指标均已完成: all the indicators of a kind of the self-evaluation form
                      r"|(?:产出|数量|质量|时效|效益|成本)指标(?:均|都|已|全部|全面)+(?:超额)?(?:完成|实现|达到)"
                      # 营业收入和利润总额两项考核指标均超额完成: the targets counted, then one claim on all of them
                      # (两项任务均圆满完成: a count of tasks too, and any word of manner)
                      r"|(?<![\d.])" + _N_ITEMS + r"[^，,；;。\d%]{0,6}?(?:目标|指标|任务)(?:任务)?(?:均|都|已|全部|全面|圆满|顺利|如期)+(?:超额)?(?:完成|实现)"
                      # 全年主要经济指标全部完成 / 主要目标任务圆满完成: the main targets, all of them, claimed at once
                      r"|主要[^，,；;。\d%]{0,6}?(?:目标|指标)(?:任务)?(?:均|都|已|全部|全面|圆满|顺利|如期|超额)+(?:完成|实现)(?!情况|率|进度|比例|数|值)"
                      # 全年目标任务全面完成 / 年度目标均已实现: the year's targets, the noun first, all claimed at once
                      r"|(?<![\u4e00-\u9fff])(?:全年|年度|年初)(?:确定的|既定的?)?(?:目标任务|目标|任务)(?:均|都|已|全部|全面|圆满|顺利|如期|超额)+(?:完成|实现)(?!情况|率|进度|比例|数|值)"
                      # 除实训基地外，其余目标均已完成: all the targets but the ones named
                      r"|其余[^，,；;。\d%]{0,6}?(?:目标|指标)(?:任务)?(?:均|都|已|全部|全面|圆满|顺利|如期|超额)+(?:完成|实现)"
                      r"(?!情况|率|进度|比例|数|值)")
_COUNT_LEAD = re.compile(_N_ITEMS)
# 总的看，/ 综上，/ 全年 / 今年: words that open a claim, no name of a target
_CLAIM_LEADS = re.compile(r"^(?:总的看|总体看|综上|总之|总体来看|全年|今年|本年度|年度|我[局委办县区市镇乡]|共|其中|以上|上述)+[，,]?|[，,\s]")
# 三项主要目标中，: a count of targets the clause after counts a part of
_LARGER_COUNT = re.compile(_N_ITEMS + r"[^，,；;。\d%]{0,6}?(?:目标|指标|任务)[^，,；;。\d%]{0,4}?中[，,]")
_EXCEPT_BEFORE = re.compile(r"除(?:了)?(?P<x>[^，,；;。、外]{2,16})(?:以)?外[，,]?$")
# 确保各项目标任务圆满完成 / 为全面完成…而努力: an exhortation, no claim
_EXHORT = re.compile(r"确保|力争|争取|努力|保证|推动|为[^，,；;。]{0,12}$|要$|将$")
# 截至10月底 / 1月至今 / 今年以来 / 时间过半: the year so far, beyond common's is_sub_period (上半年, 一季度, 1-9月…),
# which the lone completion percentages are also tested with — a part of the year is no target missed
_PART_OF_YEAR = re.compile(r"截[至止]\d{1,2}月|时间过半|至今|截至目前|今年以来")
# a budget executed under 100% is no target missed (执行率92.6%)
_BUDGET_WORDS = re.compile(r"预算|资金|经费|支出|执行")
# 招商引资到位资金 / 争取上级资金: money drawn in is a goal to reach, not a budget spent
_MONEY_SOUGHT = re.compile(r"招商|引资|争取|招引|引进")


# 五、总体评价和明年计划: a heading that reviews the year before it looks ahead
_REVIEW_TOO = re.compile(r"(?:总结|评价|回顾|成效|自评|小结)[^，,；;。]*?[和及与、][^，,；;。]*(?:计划|打算|安排|思路)")


_SUMMARY_CLAIM = re.compile(r"(?:圆满|全面|超额|顺利|如期|均)*完成了?(?:全年|年度|年初确定的|既定的?)(?:的)?(?:目标任务|目标|任务)"
                            r"(?=[，,；;。！？\n]|$)")
# 全年来，我局完成… / 回顾全年，… / 2016年，我局…: other openings of a sentence that sums up the year
_SUMMARY_LEAD = re.compile(r"(?:全年来|回顾(?:全年|一年)|这一年)[，,]")
# (the 完成 every _SUMMARY_CLAIM holds, with what follows it: a scan that skips to each 完成, where the claim's own scan
# tries its leading words at every position)
_SUMMARY_CLAIM_CUE = re.compile(r"完成了?(?:全年|年度|年初确定的|既定)")


def _figures_before_in_sentence(doc, figs: list[Fig], pos: int) -> bool:
    """Is there an amount or a percentage in pos's sentence before it?"""
    sent = doc.sentence_at(pos)
    return sent is not None and any(sent.start <= f.start < pos and (f.quantity or f.kind == "percent") for f in figs)


_BLANKET_WORDS = re.compile(r"各项|所有|指标|其余|主要[^，,；;。\d%]{0,6}?目标|(?:[两二三四五六七八九十]|\d{1,2})项"
                            r"|(?:全年|年度|年初)(?:确定的|既定的?)?(?:目标任务|目标|任务)(?=均|都|已|全部|全面|圆满|顺利|如期|超额)")


def _count_of(items: str) -> int:
    """三项 / 12项 → 3 / 12 (the forms _N_ITEMS matches: every one a numeral parse_number reads)."""
    return int(parse_number(items[:-1])[0])


def _restates_review(doc, folded: str, figs: list[Fig], sent) -> bool:
    """Does a sentence under a heading of plans restate a result stated before that heading (the same figure text in
    a section that reviews), with no word of plan or exhortation: a closing summary of the year, not a plan?"""
    if _PLAN.search(folded, sent.start, sent.end) or _EXHORT.search(folded, sent.start, sent.end):
        return False
    own = {f.text for f in figs if sent.start <= f.start < sent.end and (f.quantity or f.kind == "percent")}
    return any(f.text in own and f.start < sent.start and not plan_heading(doc.section_at(f.start) or "", doc.year)
               and not _is_tgt(folded, f) and not _planned(folded, doc, f) for f in figs)


# 实现了规划年均增长8%的目标 / 规划确定的年均增长7%: a target of an average rate that names no metric of its own
_AVERAGE_TARGET = re.compile(r"^[^，,；;。\d%]{0,4}?(?:实现|完成|达到)了?(?:[^，,；;。\d%]{0,4}?(?:规划|计划)(?:确定|提出|要求|设定)?的?)?年均(?:增长|增速)$")
_BARE_RATE_TARGET = re.compile(r"(?:以上)?的(?:年度|全年|预期|既定|考核)?(?:目标|预期)")
_GENERIC_TARGET = re.compile(r"(?:全年|年度)(?:目标|任务|计划)[^，,；;。\d%]{0,2}的$")
_PLAN_SPAN = re.compile(r"规划|年均(?:增长|增速|递增|提高|下降|降低)")


def _blanket_claims(doc, folded: str, figs: list[Fig], rows: list[dict], figures=None) -> list[dict]:
    """A claim that all targets were met (各项目标任务全面完成) → judged on the report's targets the rows above judge:
    inconsistent when one of them was clearly missed (a value under its target, a completion percentage under 100%;
    budgets executed aside), consistent when some were judged and none was missed; no row without any."""
    # (a quick test: every claim looked for below holds one of these words)
    if "各项" not in folded and "所有" not in folded and "指标" not in folded and "其余" not in folded and "目标" not in folded \
            and "任务" not in folded:
        return []
    by_id = {f.id: f for f in figs}
    met, missed = [], []
    alarmed = set()  # the missed targets whose own claim (超额完成, 圆满完成) a row already judges inconsistent
    for r in rows:
        if r["rule"] != "target_met" or r["verdict"] == schema.UNVERIFIABLE:
            continue
        fs = [by_id.get(i) for i in r["figure_ids"].split()]
        if any(f is None for f in fs) or any(_BUDGET_WORDS.search(lab := label_of(folded, f)) and not _MONEY_SOUGHT.search(lab)
                                             for f in fs if f.kind != "percent"):
            continue
        if len(fs) >= 2 and _PLAN_SPAN.search(folded, clause_start(folded, fs[1].start), fs[1].start):
            continue  # (实现了规划年均增长8%的目标: a target of the plan's span, not one of the year's)
        if r["computed"].startswith("achieved "):  # _met: achieved against target
            miss = " not " in r["computed"]
            if r["verdict"] != schema.CONSISTENT and "(met)" not in r["stated"]:
                continue
        elif len(fs) == 3 and fs[2].kind == "percent" and " of target " in r["stated"] and r["verdict"] == schema.CONSISTENT:
            iv = fs[2].pct_interval()
            miss = iv.high is not None and iv.high < HUNDRED
        elif r["verdict"] == schema.CONSISTENT and re.search(r"^[^:]*, target [^:]*: (?:short of|over) it by ", r["stated"]):
            # 建成180个，比计划200个少20个: a gap the text states (and the numbers bear out) says how the target stands
            miss = ": short of it by " in r["stated"]
        else:
            continue
        (missed if miss else met).append(fs[:2])
        if miss and r["verdict"] == schema.INCONSISTENT:
            alarmed.add(tuple(f.id for f in fs[:2]))
    # 利润完成年度目标的91.9%: a completion percentage under 100 no row reads (no value beside it) is a target missed
    # (one a row already read, even as unverifiable, is left to that row: 完成14座小型泵站改造，为目标的93.8% may be of
    # a target the text does not state)
    in_rows = {i for r in rows if r["rule"] == "target_met" for i in r["figure_ids"].split()}
    for p in figs:
        if p.kind != "percent" or p.id in in_rows or p.sent < 0:
            continue
        cs = clause_start(folded, p.start)
        before = folded[cs:p.start]
        iv = p.pct_interval()
        s0 = doc.sentences[p.sent].start
        if before.endswith("的") and _PCT_OF.search(before) and iv.high is not None and iv.high < HUNDRED \
                and not (_BUDGET_WORDS.search(before) and not _MONEY_SOUGHT.search(before)) \
                and not _PART_OF_YEAR.search(folded, s0, p.start) and not is_sub_period(folded, p) \
                and not _LOWER_BETTER.search(folded, s0, p.start) and not _CEILING.search(before) \
                and not other_place(doc, folded, folded[s0:p.start]):
            # (能耗为省下达目标值的91.9% / 排放量为控制目标的91.9%: under a ceiling is met; 全市平均亩产为省定目标的
            # 96.2% in a county's report: another place's; 1月至今…完成年度预期目标的91.9%: the year so far)
            missed.append((p,))
    if not met and not missed:
        return []
    # where a claim may be: a clause with 各项/所有, or a kind of indicators (数量指标…), searched in that clause only
    starts = [clause_start(folded, k.start()) for k in _BLANKET_WORDS.finditer(folded)]
    found = {}
    for cs in dict.fromkeys(starts):
        for m in _BLANKET.finditer(folded, cs, clause_end(folded, cs) + 1):
            found.setdefault(m.start(), m)
    # 总体来看，全年实现…，…，圆满完成了年度目标任务: a sentence summing up the year, several results listed, then a claim on
    # the year's targets with no 各项: a claim on all of them
    for si in sentences_with(doc, folded, _SUMMARY_CLAIM) if _SUMMARY_CLAIM_CUE.search(folded) else ():
        s0, s1 = doc.sentences[si].start, doc.sentences[si].end
        if not (LOOK_BACK_LEAD.match(folded, s0) or _SUMMARY_LEAD.match(folded, s0)):
            continue
        for m in _SUMMARY_CLAIM.finditer(folded, s0, s1):
            vals = [f for f in figs if s0 <= f.start and f.end <= m.start() and (f.quantity or f.kind == "percent")]
            if len(vals) >= 2 and clause_start(folded, m.start()) == m.start():
                found.setdefault(m.start(), m)
    # (a claim another row already judges on its targets, 年度目标任务全面完成 on the targets set ahead, keeps that row)
    judged = [(r["start"], r["end"]) for r in rows if r["rule"] == "target_met" and r["verdict"] != schema.UNVERIFIABLE]
    claims = [m for m in found.values()
              if not any(a <= m.start() and m.end() <= b for a, b in judged)
              # (年初确定的新增市场主体5000户等主要预期目标全部实现: the main targets restated with their figures are the
              # sentence's own, judged by the rows on them)
              and not (m.group(0).startswith(("主要", "全年", "年度", "年初")) and _figures_before_in_sentence(doc, figs, m.start()))
              and not _EXHORT.search(folded, clause_start(folded, m.start()), m.start())
              and not _EXHORT.search(folded, m.start(), m.end())
              # “十三五”规划确定的各项目标任务全面完成: the targets of a longer span, not the year's
              and not _LONGER_SPAN.search(folded, clause_start(folded, m.start()), m.end())
              and "规划" not in folded[clause_start(folded, m.start()):m.end()]
              # (各项指标均实现了“时间过半、任务过半”: half the year's targets at half the year, not all of them)
              and "过半" not in folded[m.end():clause_end(folded, m.end(), "。！？!?\n")]
              # (各项绩效目标总体完成较好 / 整体完成: a hedge on the whole, no claim that each target was met)
              and not _OVERALL_HEDGE.search(folded, max(0, m.start() - 3), min(m.end() + 3, len(folded)))]
    if claims and figures is not None:
        # 项目产出指标全部完成 after an indicator table: the table's own rule judges it on every row
        from .tables import table_targets_met
        covered = [(r["start"], r["end"]) for r in table_targets_met(doc, figures)]
        claims = [m for m in claims if not any(a < m.end() and m.start() < b for a, b in covered)]
    if not claims:
        return []
    out = []
    for m in claims:
        heading = doc.section_at(m.start()) or ""
        sent = doc.sentence_at(m.start())
        # 综上，本项目各项绩效目标均已完成 under 四、存在问题和下步打算: a closing summary looks back on the year
        back = sent is not None and (LOOK_BACK_LEAD.match(folded, sent.start) is not None
                                     or plan_heading(heading, doc.year) and _restates_review(doc, folded, figs, sent))
        if plan_heading(heading, doc.year) and not _REVIEW_TOO.search(heading) and not back:
            continue  # 二、2024年工作打算: …确保各项任务完成 is no claim on the year reviewed
        c_met, c_missed = met, missed
        counted = _COUNT_LEAD.match(m.group(0))
        if counted:
            # 农村公路建设和安全生产两项目标全面完成: the counted targets named before the count are the ones claimed;
            # 三项主要目标中，两项目标全面完成 (none named): a part of a larger count, not known which
            cs = clause_start(folded, m.start())
            names = _CLAIM_LEADS.sub("", folded[cs:m.start()])
            s0 = doc.sentence_at(m.start()).start if doc.sentence_at(m.start()) is not None else cs
            if len(names) >= 2:
                xb = _bigrams(names) - _COMMON_BIGRAMS
                c_met = [p for p in met if xb & _bigrams("".join(label_of(folded, x) for x in p))]
                c_missed = [p for p in missed if xb & _bigrams("".join(label_of(folded, x) for x in p))]
                if not c_met and not c_missed:
                    # 大气环境质量两项目标均圆满完成: a scope named, not the targets; as many targets judged as counted
                    # are the ones claimed
                    if _count_of(counted.group(0)) != len(met) + len(missed):
                        continue
                    c_met, c_missed = met, missed
            elif _LARGER_COUNT.search(folded, s0, cs):
                continue
        if m.group(0).startswith("其余"):
            # 除实训基地外，其余目标均已完成: the targets named after 除 are left out; without them named, no claim
            x = _EXCEPT_BEFORE.search(folded, max(0, clause_start(folded, m.start()) - 20), clause_start(folded, m.start()))
            if x is None:
                continue
            xb = _bigrams(x.group("x")) - _COMMON_BIGRAMS
            if not xb:
                continue
            def kept(pairs: list) -> list:
                return [p for p in pairs if not xb & _bigrams("".join(label_of(folded, x) for x in p))]
            c_met, c_missed = kept(met), kept(missed)
            if len(c_missed) == len(missed) and missed:
                continue  # the exception names none of the missed targets: what it names is not known
            if not c_met and not c_missed:
                continue
        if c_missed and all(tuple(f.id for f in q) in alarmed for q in c_missed) \
                and all(m.end() <= q[0].start for q in c_missed):
            # (全面完成了年初确定的各项目标任务 opening the report, and 完成42.5公里…超额完成 below: the shortfall is one
            # error, told at the claim made on it; the opening's formula, before any result, would count it twice — a
            # summing-up after the results restates the claim on them, and is judged)
            continue
        if c_missed:
            pair = next((q for q in c_missed if len(q) == 2), None)
            if pair is not None:
                a, t = pair
                # (三项约束性指标均超额完成：A…（目标90%），B 83.6%（目标85%），…: the claim over the list after it, marked
                # up to the target missed)
                end = max(m.end(), t.end + (1 if folded[t.end:t.end + 1] and folded[t.end] in "）)" else 0)) \
                    if sent is not None and m.end() < a.start and t.end <= sent.end else m.end()
                out.append(result("target_met", schema.INCONSISTENT, [a, t], m.start(), end, f"{m.group(0)} (all targets met)",
                                  f"{a.text} against the target {t.text}: not met",
                                  f"The text says all targets were met, but {a.text} falls short of the target {t.text}.",
                                  f"文中称各项目标均已完成，但{a.text}未达到目标{t.text}。",
                                  "target claimed met but not reached"))
            else:
                p = c_missed[0][0]
                what = folded[clause_start(folded, p.start):p.end]
                out.append(result("target_met", schema.INCONSISTENT, [p], m.start(), m.end(), f"{m.group(0)} (all targets met)",
                                  f"{what}: {p.text} of its target, not met",
                                  f"The text says all targets were met, but it also says “{what}”: short of that target.",
                                  f"文中称各项目标均已完成，但又称“{what}”，该目标未完成。",
                                  "target claimed met but not reached"))
        else:
            fs = [f for pair in c_met for f in pair]
            out.append(result("target_met", schema.CONSISTENT, fs, m.start(), m.end(), f"{m.group(0)} (all targets met)",
                              f"{len(c_met)} target(s) judged, all met",
                              f"Every target the report states a result for was met, as the text says.",
                              "文中各项有完成数的目标均已达到，与所述一致。"))
    return out


# 截至11月20日，…，提前3个月完成…年度任务 / 到10月25日…提前67天完成全年目标: how early a target of the year was met,
# against the date the sentence gives
_AHEAD = re.compile(r"提前(?P<n>[\d一二两三四五六七八九十]{1,3})(?P<u>个多?月|天)(?:超额)?(?:完成|实现|达到)了?"
                    r"[^，,；;。！？\n]{0,24}?(?:年度|全年)[^，,；;。！？\n]{0,6}?(?:目标|任务|计划)")
_AHEAD_DATE = re.compile(r"(?:截至|截止|到|至)(?:(?P<y>(?:19|20)\d\d)年)?(?P<mo>\d{1,2})月(?:(?P<d>\d{1,2})日|底|末)")


def _ahead_of_year_end(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """提前N个月 / 提前N天完成年度任务 after the date it was reached (截至11月20日) → target_met row on the time left to the
    year's end: consistent within a month (or a day), else inconsistent. No row for another year or an undated claim."""
    import calendar
    import datetime
    out = []
    for m in _AHEAD.finditer(folded):
        sent = doc.sentence_at(m.start())
        if sent is None:
            continue
        dates = list(_AHEAD_DATE.finditer(folded, sent.start, m.start()))
        n = next((g for g in figs if g.start == m.start("n") and g.value is not None), None)
        if len(dates) != 1 or n is None or len(re.findall(r"\d{1,2}月", folded[sent.start:sent.end])) != 1:
            continue  # (原定9月底完成…，7月底即完成: a deadline of its own, not the year's end)
        dm = dates[0]
        year = int(dm.group("y")) if dm.group("y") else doc.year
        mo, day = int(dm.group("mo")), int(dm.group("d")) if dm.group("d") else None
        if not year or year != doc.year or not 1 <= mo <= 12:
            continue
        dim = calendar.monthrange(year, mo)[1]
        day = dim if day is None else day
        if not 1 <= day <= dim:
            continue
        left = (datetime.date(year, 12, 31) - datetime.date(year, mo, day)).days
        date = next((g for g in figs if dm.start() <= g.start < dm.end()), None)
        want = n.value
        if m.group("u") == "天":
            got, ok = f"{left}天", abs(left - want) <= 1
        else:
            months = Decimal(12 - mo) + Decimal(dim - day) / Decimal(dim)
            got = f"{months:.1f}个月"
            ok = want - 1 < months < want + (2 if "多" in m.group("u") else 1)
        fs = [f for f in (date, n) if f is not None]
        what = folded[dm.start():dm.end()]
        if ok:
            out.append(result("target_met", schema.CONSISTENT, fs, m.start(), m.end(), f"{m.group(0)} ({what})",
                              f"{what} is {got} before the year's end",
                              f"Reached {what}, {got} before the year's end: {m.group(0)} holds.",
                              f"{what}完成，距年底{got}，与“{m.group(0)}”相符。"))
        else:
            out.append(result("target_met", schema.INCONSISTENT, fs, m.start(), m.end(), f"{m.group(0)} ({what})",
                              f"{what} is {got} before the year's end",
                              f"Reached {what}, only {got} before the year's end, not as early as {m.group(0)} says.",
                              f"{what}完成，距年底仅{got}，与“{m.group(0)}”不符。", "completed earlier than the date allows"))
    return out


# what a half-year claim may be judged on when its sentence gives no completion percentage of its own
_QUARTER = re.compile(r"[一二三四]季度|(?<!\d)1[-—至~][1-5]月|前[两二三四五]个月")  # (1-6月 is the half year)
_GENERIC_SUBJECT = re.compile(r"各项|各类|所有|主要|总体|整体|总的|全面")
_HALF_PARTLY = re.compile(r"多数|大部分|部分|主要")
_HALF_BUT = re.compile(r"[”\"]?[，,；;]\s*(?:但|然而|不过)")
# 全县财政收入实现了“…”: the subject the claim names before it (各项指标 / 总体上 name none of their own)
_HALF_SUBJECT = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:均|都|已|已经)*$")


def _half_rows(folded: str, figs: list[Fig], rows: list[dict], m: re.Match) -> list[tuple[Fig, Fig, Fig]]:
    """A half-year claim whose sentence gives no completion percentage (…各项指标均实现了“时间过半、任务过半”) → the
    (value, target, percentage) of the year's targets the rows above read as held (完成年度目标的43.1%) before it: of
    the half year (not a quarter, not a plan's longer span), not a budget spent, and of the subject the claim names if
    it names one; none when the claim is made only in part (多数实现了…，但…滞后)."""
    cs = clause_start(folded, m.start())
    if _HALF_PARTLY.search(folded, cs, m.start()) or _HALF_BUT.match(folded, m.end()):
        return []
    subject = _HALF_SUBJECT.search(folded, cs, m.start())
    subject = subject.group(1) if subject and not _GENERIC_SUBJECT.search(subject.group(1)) else ""
    words = _bigrams(subject) - _COMMON_BIGRAMS
    by_id = {f.id: f for f in figs}
    out = []
    for r in rows:
        fs = [by_id.get(i) for i in r["figure_ids"].split()]
        if r["rule"] != "target_met" or r["verdict"] != schema.CONSISTENT or " of target " not in r["stated"] \
                or len(fs) != 3 or not all(fs) or fs[2].kind != "percent" or fs[2].end > m.start():
            continue
        a, t, p = fs
        seg = clause_start(folded, a.start, "；;。！？!?\n")
        labels = label_of(folded, a) + label_of(folded, t)
        if _QUARTER.search(folded, seg, p.end) or _LONGER_SPAN.search(folded, seg, p.end) or "规划" in folded[seg:p.end] \
                or (_BUDGET_WORDS.search(labels) and not _MONEY_SOUGHT.search(labels)) or (words and not words & _bigrams(labels)):
            continue
        out.append((a, t, p))
    return out


# 棚改、保租房等任务均超额完成年度任务: the works listed, by short names, then one claim on all of them
_ITEMS_CLAIM = re.compile(r"(?P<items>[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+)等(?:[\u4e00-\u9fff]{0,4}?)(?:任务|目标|指标)"
                          r"(?:均|都|全部)(?:已)?(?:超额|全面|圆满|顺利|如期)?(?:完成|实现)了?[^，,；;。\d%]{0,10}?(?:目标|任务|指标)?(?:任务)?"
                          r"(?=[，,；;。！？\n]|$)")
# (what every match holds, from its 等 to its 均/都/全部: a scan that skips to each 等, where the claim's own scan tries a
# list at every Chinese character)
_ITEMS_CLAIM_CUE = re.compile(r"等[\u4e00-\u9fff]{0,4}?(?:任务|目标|指标)(?:均|都|全部)")


_ITEMS_CLAIM_QUICK = re.compile(r"等[\u4e00-\u9fff]{0,4}?(?:任务|目标|指标)(?:均|都|全部)")


def _items_claims(folded: str):
    """The matches of _ITEMS_CLAIM in the text, each looked for only where its core (等…任务均) stands, from the start
    of the run of characters and 、 that may hold its list (the pattern may start at any character: a scan of the
    whole text tries every one)."""
    last = -1
    for q in _ITEMS_CLAIM_QUICK.finditer(folded):
        if q.start() < last:
            continue
        lo = q.start()
        while lo > 0 and lo > last and (folded[lo - 1] == "、" or "\u4e00" <= folded[lo - 1] <= "\u9fff"):
            lo -= 1
        m = _ITEMS_CLAIM.search(folded, lo, clause_end(folded, q.end()) + 1)
        if m is not None and m.start() < q.end() <= m.end():
            last = m.end()
            yield m


_in_order = in_order  # (common.in_order: 保租房 of 新开工保障性租赁住房)

def _listed_items_claims(doc, folded: str, figs: list[Fig], rows: list[dict]) -> list[dict]:
    """A claim on several works named by a list (棚改、保租房等任务均超额完成年度任务), each the short name of one pair judged
    above (a value against its stated target, whose label holds the short name's characters in order): inconsistent
    when one of them fell short, consistent when each item has its pair and all were met; no row otherwise."""
    if "等" not in folded or "、" not in folded or not _ITEMS_CLAIM_CUE.search(folded):
        return []
    by_id = {f.id: f for f in figs}
    pairs = None
    out = []
    for m in _items_claims(folded):
        if any(r["rule"] == "target_met" and r["start"] < m.end() and m.start() < r["end"] for r in rows):
            continue
        cs = clause_start(folded, m.start())
        if _EXHORT.search(folded, cs, m.end()):
            continue
        heading = doc.section_at(m.start()) or ""
        if plan_heading(heading, doc.year) and not _REVIEW_TOO.search(heading):
            continue
        if pairs is None:
            pairs = _pair_of(rows, by_id)
        items = m.group("items").split("、")
        found = []
        for item in items:
            own = [(r, a, t) for r, a, t in pairs if a.end <= m.start()
                   and (_in_order(item, _metric_label(folded, a)) or _in_order(item, label_of(folded, t)))]
            if len({(a.id, t.id) for _, a, t in own}) != 1:
                found = []
                break
            found.append(own[0])
        if not found:
            continue
        missed = []
        for r, a, t in found:
            fs = r["figure_ids"].split()
            if r["computed"].startswith("achieved "):
                if " not " in r["computed"]:
                    missed.append((a, t))
            elif len(fs) == 3 and fs[2] in by_id:
                iv = _pct_or_times(by_id[fs[2]])
                if iv is not None and iv.high is not None and iv.high < HUNDRED:
                    missed.append((a, t))
        fs = [f for _, a, t in found for f in (a, t)]
        if missed:
            a, t = missed[0]
            out.append(result("target_met", schema.INCONSISTENT, fs, m.start(), m.end(), f"{m.group(0)} (each target met)",
                              f"{a.text} against the target {t.text}: not met",
                              f"The text says each of {m.group('items')} met its target, but {a.text} falls short of {t.text}.",
                              f"文中称{m.group('items')}等任务均已完成，但{a.text}未达到目标{t.text}。",
                              "target claimed met but not reached"))
        else:
            out.append(result("target_met", schema.CONSISTENT, fs, m.start(), m.end(), f"{m.group(0)} (each target met)",
                              f"{len(found)} target(s) judged, all met",
                              "Each work the claim names met the target stated for it, as the text says.",
                              "文中所列各项任务均达到了各自的目标，与所述一致。"))
    return out


# words that name no metric of their own in a claim's name or a value's label
_PAIR_COMMON = frozenset(("全年", "年度", "今年", "当年", "目标", "任务", "计划", "指标", "完成", "实现", "达到", "超额", "圆满", "顺利", "全面", "如期", "新增", "新建", "全县", "全市", "全区",
                                            "全镇", "本年", "上年", "实际", "年初", "下达"))


def _pair_of(rows: list[dict], by_id: dict) -> list[tuple[dict, Fig, Fig]]:
    """The (row, achieved, target) of the rows above that judged a value against a stated target."""
    out = []
    for r in rows:
        if r["rule"] != "target_met" or r["verdict"] == schema.UNVERIFIABLE:
            continue
        fs = [by_id.get(i) for i in r["figure_ids"].split()]
        if len(fs) < 2 or any(f is None for f in fs):
            continue
        if r["computed"].startswith("achieved ") and (r["verdict"] == schema.CONSISTENT or "(met)" in r["stated"]) \
                or len(fs) == 3 and fs[2].kind == "percent" and " of target " in r["stated"] \
                and r["verdict"] == schema.CONSISTENT:
            out.append((r, fs[0], fs[1]))
    return out


# 完成了年度除险加固任务 / 圆满完成了年初确定的联网直报工作目标: the work a claim names between its verb and 任务/目标
_WORK_IN_CLAIM = re.compile(r"(?:超额|全面|圆满|顺利|如期|已)*完成了?(?:年度|全年|年初确定的|上级下达的)?"
                            r"(?P<name>[\u4e00-\u9fff]{2,10}?)(?:工作)?(?:任务|目标)(?:任务)?")
# 省下达的年度 / 县政府确定的: who set the work and when, no name of it (完成省下达的年度减排任务 names 减排)
_WORK_LEAD = re.compile(r"^(?:[^，,；;。]*?(?:下达|确定|安排|部署|提出|交办)的)?(?:年度|全年|年初|本年度?)*")
_PLURAL_CLAIM = re.compile(r"(?:均|都|全部)(?:已)?(?:超额|全面|圆满|顺利|如期)?(?:完成|实现|达到)")


def _claims_on_judged_pairs(doc, folded: str, figs: list[Fig], rows: list[dict]) -> tuple[list[dict], list]:
    """水土流失治理超额完成年度任务 (a later section) / 新改建农村公路165公里，超额完成年度计划任务 (a summary): a claim on
    one target that states none, judged on the one pair above (value against its stated target) whose value's label
    shares a word of two characters with the claim's name (or its own value's label); the claim's own value, where it
    has one, is held to that target. An unverifiable row on the same claim gives way."""
    by_id = {f.id: f for f in figs}
    pairs = _pair_of(rows, by_id)
    if not pairs:
        return [], []
    claims = []  # (start, end, name, own value, negated, beyond, start of the no-target row of a claim naming its work)
    for q in _CLAIM_NAMED_QUICK.finditer(folded):
        m = _CLAIM_NAMED.match(folded, clause_start(folded, q.start()))
        if m and m.end() == q.end() and not _GENERIC_TARGETS.search(m.group("name")):
            claims.append((m.start(), m.end(), _NAMED_LEADS.sub("", m.group("name")), None, bool(m.group("neg") or m.group("neg1")),
                           "超额" in m.group(0), None))
    for r in rows:
        if r["rule"] == "target_met" and r["verdict"] == schema.UNVERIFIABLE and r["computed"] == _NO_TARGET \
                and not r["stated"].startswith(("均", "都", "全部")):  # (a claim on all the values before it: none alone)
            inner = _WORK_IN_CLAIM.fullmatch(r["stated"])
            work = _WORK_LEAD.sub("", inner.group("name")) if inner else ""
            if len(work) >= 3:
                # 完成投资一点二亿元，完成了年度除险加固任务: the claim names its work between the verb and 任务 —
                # judged on the pair whose target names that work (年初计划对其中18座实施除险加固，…实际完成16座)
                claims.append((r["end"] - len(r["stated"]), r["end"], work, None, False,
                               "超额" in r["stated"], r["start"]))
                continue
            fs = [by_id.get(i) for i in r["figure_ids"].split()]
            a = next((f for f in reversed(fs) if f is not None and f.quantity), None)
            if a is not None:
                claims.append((r["start"], r["end"], _NAMED_LEADS.sub("", _metric_label(folded, a)), a,
                               False, "超额" in r["stated"], None))
    out, gone = [], []
    for c0, c1, name, own, neg, beyond, worded_at in claims:
        if own is None and _PLURAL_CLAIM.search(folded, c0, c1):
            continue  # 部门整体绩效目标均已完成: 均 claims several targets, never one (_claims_on_the_years_targets)
        words = _bigrams(name) - _PAIR_COMMON
        if len(name) < 3 or not words or any(r["start"] < c1 and c0 < r["end"] and r["rule"] == "target_met"
                                              and r["verdict"] != schema.UNVERIFIABLE for r in rows):
            continue
        heading = doc.section_at(c0) or ""
        sent = doc.sentence_at(c0)
        # (各位代表，过去一年，…超额完成年度目标 closing a section of plans looks back on the year)
        if sent is None or plan_heading(heading, doc.year) and not LOOK_BACK_LEAD.search(folded, sent.start, c0) \
                or _EXHORT.search(folded, sent.start, c0) or _PLAN.search(folded, sent.start, c0) or _LONGER_SPAN.search(folded, sent.start, c1):
            continue
        found = [(a, t) for r, a, t in pairs if a.end <= c0 and (own is None or a is not own and same_unit(own, t))
                 and len(words & (_bigrams(_metric_label(folded, a)) | _bigrams(label_of(folded, t))
                                  | (_bigrams(folded[t.end:clause_end(folded, t.end)]) if worded_at is not None else set())))
                 >= (2 if len(words) > 2 else 1)]
        found = list({(a.id, t.id): (a, t) for a, t in found}.values())
        if len(found) > 1:
            # 一般公共预算收入 against 政府性基金收入 (收入 and 预算 in common): the pair whose value is named most like
            # the claim, when one shares strictly more words than any other
            score = sorted(((len(words & _bigrams(_metric_label(folded, a))), i) for i, (a, _) in enumerate(found)), reverse=True)
            found = [found[score[0][1]]] if score[0][0] > score[1][0] else found
        if len(found) != 1:
            continue
        a, t = found[0]
        val = own if own is not None else a
        row = _met(val, t, "", not neg, beyond, at_most=_lower_better(folded, val) or _is_ceiling(folded, val, t))
        row["start"], row["end"] = (clause_start(folded, own.start), c1) if own is not None else (c0, c1)
        if own is not None or worded_at is not None:
            gone.append((c0 if worded_at is None else worded_at, c1))  # (the row that found no target gives way)
        out.append(row)
    return out, gone


# 参保率97.2%，年度目标为参保率稳定在95%以上: the clause after a rate sets its target level by the rate's own name
_TARGET_LEVEL_AFTER = re.compile(r"(?:年度|全年|年初|考核)?(?:目标|指标|要求)(?:值)?(?:为|是)(?P<m>[\u4e00-\u9fff]{2,10}?)"
                                 r"(?:稳定在|保持在|达到|不低于|不少于|不高于|不超过|控制在)?$")


def _level_target_after(doc, folded: str, figs: list[Fig], rows: list[dict], growths: dict) -> list[dict]:
    """A rate, then in the next clause of its sentence its target level named by the same rate (…年度目标为参保率
    稳定在95%以上) with no claim → a row that records how the two stand (it holds either way)."""
    if "目标为" not in folded and "目标是" not in folded and "指标为" not in folded and "要求为" not in folded:
        return []  # a quick test: no target named so
    used = {i for r in rows for i in r["figure_ids"].split()}
    out = []
    for i, t in enumerate(figs):
        if i == 0 or t.kind != "percent" or t.qualifier not in _BOUNDS or t.id in used or t.sent < 0:
            continue
        cs = clause_start(folded, t.start)
        m = _TARGET_LEVEL_AFTER.fullmatch(folded, cs, t.start)
        a = figs[i - 1]
        if m is None or a.kind != "percent" or a.sent != t.sent or a.end > cs or a.id in used or a.start in growths \
                or a.qualifier or clause_start(folded, cs - 1) > a.start or _is_ref(folded, a) or _planned(folded, doc, a):
            continue
        if not _metric_label(folded, a).endswith(m.group("m")):
            continue
        row = _recorded(a, t, "", at_most=t.qualifier in ("at_most", "less_than"), claim_to=t.end)
        out.append(row)
    return out


# 劳动合同签订率达到95%，未完成年初97%的目标 / 财政总收入完成12.46亿元…，但未达到年初预期的12.8亿元: a clause that
# only denies reaching a target level, the value it falls short with stated before it in the sentence
_DENIED_LEVEL = re.compile(r"(?:但|却|仍|尚|而)?(?:" + _NOT + r")(?:完成|达到|实现)了?(?:年初|年度|全年|上级|省|市|县|区)?"
                           r"(?:确定|预期|下达|提出|设定|规定|预计)?的?(?:目标|预期|计划)?(?:为|值)?$")
_DENIED_QUICK = re.compile(r"(?:" + _NOT + r")(?:完成|达到|实现)")


def _denied_levels(doc, folded: str, figs: list[Fig], sents: dict, rows: list[dict], growths: dict) -> list[dict]:
    """A target level the text says was not reached (未完成年初97%的目标) → a consistent row when the value before it
    falls short, as the text admits (a row to judge a later claim that all targets were met against); nothing else."""
    if ("未" not in folded and "没" not in folded) or not _DENIED_QUICK.search(folded):
        return []  # a quick test: no denied claim (the characters it needs first)
    used = {i for r in rows for i in r["figure_ids"].split()}
    out = []
    for t in figs:
        if t.id in used or t.sent < 0 or t.value is None or not (t.kind == "percent" or t.quantity) or t.qualifier:
            continue
        cs = clause_start(folded, t.start)
        dm = _DENIED_LEVEL.search(folded, cs, t.start) if cs != t.start else None
        if dm is None or dm.start() != cs:
            continue
        s0 = doc.sentences[t.sent].start
        ach = [g for g in sents.get(t.sent, []) if s0 <= g.start and g.end <= cs and g.value is not None
               and (g.kind == "percent" and g.start not in growths if t.kind == "percent" else same_unit(g, t))
               and not _is_ref(folded, g) and not _planned(folded, doc, g) and g.id not in used]
        if not ach:
            continue
        row = _met(ach[-1], t, folded[cs:t.end], False, at_most=_lower_better(folded, ach[-1]))
        if row["verdict"] == schema.CONSISTENT:
            row["start"], row["end"] = cs, t.end
            out.append(row)
    return out


# 高于目标2.3个百分点 / 低于预期目标0.5个百分点: a gap in points from a target named, not restated
_OVER_NAMED = re.compile(r"^(?P<cmp>高于|高出|超过|超出|低于)(?:年度|年初|全年|预期|规划|计划|考核|省定|市定)?(?:目标|计划)(?:值)?$")
_TARGET_SET = re.compile(r"目标|力争|预期|计划")


def _points_over_named_target(folded: str, figs: list[Fig], sents: dict, out: list, growths: dict) -> list[dict]:
    """年度目标值为95%，实际完成值为97.3%，高于目标2.3个百分点: the achieved level (or rate) ends the clause right
    before the gap; the target is the one percentage set as a target (目标/力争/预期/计划 before it in its clause)
    earlier in the sentence."""
    rows: list[dict] = []
    seen = {i for r in out for i in r["figure_ids"].split()}
    by_id = None
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
        if not tgts and not rate:
            # 年度目标为：…优良天数比例达到85%以上。…优良天数比例为88.6%，高出年度目标3.6个百分点: the target set ahead
            # that a row above paired the level with
            if by_id is None:
                by_id = {f.id: f for f in figs}
            tgts = list({t.id: t for _, pa, t in _pair_of(out, by_id) if pa is a and t.kind == "percent"}.values())
            if len(tgts) == 1 and _CUE_TARGET.search(folded, clause_start(folded, tgts[0].start), tgts[0].start):
                tgts = []
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
    if row["verdict"] != schema.INCONSISTENT or row["cause"] == _HALF_CAUSE:
        return False  # (a share against half the year is no pairing of value and target)
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
    # (全年事故死亡人数为…控制指标52人的73.1% after 发生事故46起、死亡38人: the metric named by the event and the item)
    return _earlier_in_paragraph(doc, folded, sents, t, lambda g: _LABEL_VERB.sub("", item_label(folded, g)).endswith(name)
                                 or _subject_of(folded, _PERIOD_LEAD.sub("", name), g))


# 18万吨收购任务 / 500户改造计划: the work a target names, between it and its noun
_TASK_WORK = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:目标任务|任务|目标|计划)")


# 控制在860吨以内的年度减排任务: what the ceiling is of, after 以内的 (its generic words dropped: nothing left names it)
_CEILING_NAMED = re.compile(r"(?:[^，,；;。\d]{0,3}?(?:以内|以下))?的(?P<x>[\u4e00-\u9fff]{2,16})")
_GENERIC_TASK = re.compile(r"年度|全年|减排|控制|目标|任务|指标|管理|工作|考核|要求|范围")
_PCT_OF_IT = re.compile(r"的\d+(?:\.\d+)?%")
_PERIOD_LEAD = re.compile(r"^(?:全年|今年|本年|当年|年内)")


def _done_before(doc, folded: str, sents: dict, t: Fig) -> Fig | None:
    """A target whose sentence states no achieved value (超额完成市下达的18万吨收购任务) → the one plain value of its
    unit in the paragraph's three sentences before whose label names the target's work (全年收购粮食18.6万吨)."""
    m = _TASK_WORK.match(folded, t.end)
    if not m or t.sent <= 0:
        return None
    name = m.group(1)
    return _earlier_in_paragraph(doc, folded, sents, t, lambda g: name in item_label(folded, g))


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
    if not (len(item) >= 2 and core.endswith(item)):
        return False
    # (发生道路运输安全事故3起，死亡4人: the rest in the clause before, which counts the events the deaths are of)
    cs = clause_start(folded, a.start)
    return core[:-len(item)] in label_of(folded, a) or core[:-len(item)] in folded[clause_start(folded, max(0, cs - 1)):cs]


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


_CLAIM_LEAD = re.compile(r"(?:已|均|全面|圆满|顺利|超额|提前|如期)*(?:完成|达到|实现)了?")
def _same_rate_after(folded: str, t: Fig, g: Fig) -> bool:
    """诉求解决率不低于90%，我区全年解决率为88.7%: the level in the clause right after the target, named by the same
    rate (its last three characters, 解决率) — the value achieved, with no 实际 to say so."""
    lab_t = re.sub(r"(?:目标|要求|任务|指标)?(?:值)?(?:为|是|达到|达|不低于|不少于|不高于|在)?$", "", item_label(folded, t))
    lab_g = re.sub(r"(?:为|是|达到|达)$", "", label_of(folded, g))
    return (clause_end(folded, t.end) + 1 == clause_start(folded, g.start) and len(lab_t) >= 3 and lab_t[-1] == "率"
            and lab_g.endswith(lab_t[-3:]) and not DIGIT_OR_PCT.search(folded, t.end, g.start))


def _respective_targets(folded: str, sfigs: list[Fig], t: Fig, growths: dict) -> list[tuple[Fig, Fig]] | None:
    """(rate, target) pairs when t opens a list of percent targets (4.5%和4.8%) closed by a target noun, in a clause a
    claim opens with 均 (均完成…), right after a clause listing as many rates with 分别 (分别削减4.2%和5.1%); else None."""
    tl = _chain(folded, sfigs, t, 1)
    cs = clause_start(folded, t.start)
    lead = re.match(r"均|都|全部|分别", folded[cs:cs + 2])
    if len(tl) < 2 or _chain(folded, sfigs, t, -1) != [t] or not _TARGET_NOUN_AFTER.match(folded, tl[-1].end) \
            or lead is None or not _CLAIM_LEAD.match(folded, cs + lead.end()):
        return None
    prev = [g for g in sfigs if g.end <= cs and g.kind == "percent" and g.start in growths]
    if len(prev) < len(tl):
        return None
    rates = prev[-len(tl):]
    if _chain(folded, sfigs, rates[0], 1) != rates or clause_end(folded, rates[-1].end) + 1 != cs \
            or "分别" not in folded[clause_start(folded, rates[0].start):rates[0].start]:
        return None
    return list(zip(rates, tl))


# ，提前完成 / ，已全部完成 / ，未完成: a claim that is a clause of its own right after the target
_BARE_CLAIM = re.compile(r"[，,](?:(?P<neg>" + _NOT + r")(?:完成|实现|达到)|(?:已|均|提前|超额|全面|圆满|顺利|如期|全部)*(?:完成|实现|达到)了?)"
                         r"(?:任务|目标)?(?=[，,；;。！？\n]|$)")
# 增幅 / 增速 / 增长率: a ceiling put on a rate of growth
_GROWTH_CEILING = re.compile(r"(?:增幅|增速|增长率|增长幅度|涨幅)$")
# 年度营造林任务5.8万亩全面完成: the target as the subject of its claim, no comma between
_TASK_SUBJECT = re.compile(r"(?:年度|全年|年初)[\u4e00-\u9fff]{0,8}?(?:任务|目标|计划)(?:为|是)?$")
_BARE_CLAIM_GLUED = re.compile(r"(?:(?P<neg>" + _NOT + r")(?:完成|实现|达到)|(?:已|均|提前|超额|全面|圆满|顺利|如期|全部)+"
                               r"(?:完成|实现|达到)了?)(?=[，,；;。！？\n]|$)")
# 较年度目标1,200万平方米超额完成 / 比计划提前完成: a claim right after a target compared with, no comma between
_CMP_TARGET_LEAD = re.compile(r"(?:较|比|对照|对比)[^，,；;。\d%]{0,8}?(?:目标|计划|任务)(?:任务|值|数)?$")
_BARE_CLAIM_CMP = re.compile(r"(?:(?P<neg>" + _NOT + r")(?:完成|实现|达到)|(?:已|均|提前|超额|全面|圆满|顺利|如期|全部)+"
                             r"(?:完成|实现|达到)了?)(?:任务|目标)?(?=[，,；;。！？\n]|$)")
_TARGET_NOUN_AFTER = re.compile(r"(?:以上|以内|以下|左右)?[”\"]?的?[\u4e00-\u9fff]{0,4}?(?:目标|要求|任务|指标"
                                r"|(?:考核|退出|验收|评定|达标)标准)")  # (…降至2%以下”的退出标准)
_RUNNING_TOTAL = re.compile(r"(?:累计|总计|合计|共计|总共)(?:已)?(?:达到|达|为|完成|建成)?$")
_TARGET_OPENS_BRACKET = re.compile(r"(?:目标|要求|任务|指标)(?:值)?[（(](?:目标值?|为)?$")
_BRACKET_CLAIM = re.compile(r"[，,]?(?:已|均|全面|圆满|顺利|超额|提前)*(?P<neg>未能?|没有)?(?:完成|达到|实现)了?")


# 按期办结率95%以上、积案化解率85%以上的考核目标均已完成 / 面商率达到90%以上的要求…，达到要求: the claim on targets
# that name their metric, after them (or 实现了…的年度目标 before them)
_NAMED_CLAIM_AFTER = re.compile(r"[^，,；;。！？\d%]{0,12}?(?:(?P<neg>" + _NOT + r")(?:完成|实现|达到)|(?:均|已|全面|圆满|顺利|如期|提前)*"
                                r"(?:完成|实现|达到|控制在[^，,；;。\d%]{0,6}?(?:之内|以内|范围内))|(?P<neg2>突破了?|超过了?)[^，,；;。\d%]{0,4}?(?:指标|目标))")
# …，达到要求。 / …，完成目标任务。: a closing clause that only claims
_CLAIM_CLOSING = re.compile(r"[，,](?:[^，,；;。！？\d%]{0,14}?(?:均|都|全部))?(?:均|已|全面|圆满|顺利|如期)*"
                            r"(?:(?:达到|完成|实现|符合)了?[^，,；;。！？\d%]{0,6}?(?:要求|目标|任务|指标)(?:值)?"
                            # …，全县事故起数和死亡人数均控制在指标之内: a ceiling kept
                            r"|控制在[^，,；;。！？\d%]{0,6}?(?:要求|目标|任务|指标)(?:之内|以内|范围内))(?=[。；;！!？?\n]|$)")
# 年度控制指标为事故起数45起以内: the words that set the target, before its metric
# 我局实现了 / 2022年提案办理工作完成了: the subject (and year) of a claim that opens with them, then the claim
_SUBJECT_CLAIM = re.compile(r"(?:(?:19|20)\d\d年度?)?(?P<subj>[^，,；;。！？\d%“”\"]{1,12}?)(?:已|均|全面|圆满|顺利|超额)*(?:完成|实现)了?")
# words of a subject that set, plan or urge a target, or name one: then the verb is the target's own, no claim
_NOT_SUBJECT = re.compile(r"确定|提出|下达|设定|制定|要求|力争|确保|争取|努力|计划|将|要|需|应|目标|任务|指标|未|没|不|基本|通过|推动|为"
                          r"|全力|奋力|围绕|紧扣|朝着|对照|按照|根据|以|若|如")
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
            if not (tail or re.search(r"(?:目标|指标|要求|任务)值?(?:为|是)", head)):  # (年度指标值为…不低于95%)
                continue
            claim_from = last.end + (tail.end() if tail else 0)
            m = _NAMED_CLAIM_AFTER.match(folded, claim_from) or _CLAIM_CLOSING.search(folded, claim_from, s1)
            lead = _CLAIM_LEAD.match(folded, clause_start(folded, chain[0].start)) if tail else None
            if tail and lead is None and not m:
                # 我局实现了委员满意率95%以上的年度目标 / 2022年提案办理工作完成了…: a subject before the claim
                lead = _SUBJECT_CLAIM.match(folded, clause_start(folded, chain[0].start), chain[0].start)
                if lead and _NOT_SUBJECT.search(lead.group("subj")):
                    lead = None
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
            # near: a looser name (a sentence summing up the year, 总体看，…, looks back over the whole report)
            far = not m and _looks_back(doc, folded, t)
            ends = [g for g, n in names if len(n) >= 2 and name.endswith(n) and (si - g.sent <= 3 or far)]
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
_SEGMENT_CLAIM = re.compile(r"(?P<neg>" + _NOT + r")(?:完成|实现|达到)|(?:已|均|全面|圆满|顺利|如期|超额|全部)+(?:完成|实现|达到)"
                            r"|(?:目标|任务)[^，,；;。！？\d%]{0,4}?(?:(?P<neg2>" + _NOT + r")|已|均|全面|圆满|顺利|如期|超额)*(?:完成|实现|达到)")


def _labelled_targets(doc, folded: str, figs: list[Fig], rows: list[dict]) -> list[dict]:
    """A target stated in a segment labelled 目标： / 目标任务： / 计划：, and what was done in the next segment of the
    paragraph labelled 完成情况： / 实际… → target_met rows, pairing each target with the one done value of its unit;
    judged against the claim that closes the done segment's sentence (目标任务全面完成 / 已完成 / 未完成), else recorded."""
    if ("：" not in folded and ":" not in folded) or not _TARGET_SEGMENT_QUICK.search(folded):  # (its colon first)
        return []  # a quick test: no segment labelled as a target
    judged = {i for r in rows for i in r["figure_ids"].split()}
    out = []
    for m in _TARGET_SEGMENT.finditer(folded):
        t_end = clause_end(folded, m.end(), "。；;\n")
        whole = False
        if folded[t_end:t_end + 1] in "；;" and not _DONE_SEGMENT.match(folded, t_end + 1):
            # 年度目标：培训村医200人次；新建…管网46公里。完成情况：…；…: several targets, one a part, up to the full stop
            t_end, whole = clause_end(folded, m.end(), "。\n"), True
        tgts = [f for f in figs if m.end() <= f.start and f.end <= t_end and (f.quantity or f.kind == "percent")]
        if not tgts or any(f.id in judged for f in tgts):
            continue
        # the done segment: the next segment of the paragraph that opens with its label
        d0 = t_end + 1
        if folded[t_end:t_end + 1] not in "。；;" or not _DONE_SEGMENT.match(folded, d0):
            continue
        d_end = clause_end(folded, d0, "。\n" if whole else "。；;\n")
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
            if len(pair) > 1 and whole:
                # (several of the unit: the one named the same)
                pair = [a for a in pair if _names_alike(_done_name(folded, a), _done_name(folded, t))]
            if len(pair) != 1 or _planned(folded, doc, pair[0]):
                continue
            a = pair[0]
            at_most = _lower_better(folded, a) or _is_ceiling(folded, a, t)
            if claim is not None:
                neg = bool(claim.group("neg") or claim.group("neg2"))
                row = _met(a, t, folded[m.start():t.end], not neg, "超额" in claim.group(0), at_most=at_most,
                           claim_to=claim.end())
            else:
                row = _recorded(a, t, folded[m.start():t.end], at_most=at_most, claim_to=a.end)
            out.append(row)
    return out


# 合格率：目标值≥95%，实际值96.8% / 建档率目标80%，实际达到83.6%: the clause of a target closing on its label (a sign
# of its bound may stand before the value), and right after it the clause of the actual value
_LINE_TARGET = re.compile(r"(?<=[\u4e00-\u9fff：:，,])(?:目标|指标)值?(?:为|是)?[ \t　]*(?P<sign>[≥≤＞＜><]=?)?[ \t　]*$")
_LINE_DONE = re.compile(r"实际(?:值|完成值?|达到|实现)?(?:为|是|了)?$")
_LINE_RATE = re.compile(r"完成率(?:为|达到|是)?$")
_LINE_CLAIM = re.compile(r"(?P<neg>" + _NOT + r")(?:完成|实现|达到|达成)|(?:已|均|全面|圆满|顺利|如期|超额|全部)+(?:完成|实现|达到|达成)"
                         r"|(?:目标|任务|指标)[^，,；;。！？\d%]{0,4}?(?:(?P<neg2>" + _NOT + r")|已|均|全面|圆满|顺利|如期|超额)*"
                         r"(?:完成|实现|达到|达成)"
                         # (实际完成值58.4%，达标 / …，未达标: the line's verdict in one word)
                         r"|(?<=[，,])[ \t　]*(?:(?P<neg3>未能?|没有|不)|已|均|全部)?达标(?=[。；;，,\n]|$)"
                         # (…，实际完成值14.2万元，控制在指标值以内: a ceiling's line claims it kept)
                         r"|(?<=[，,])(?:(?P<neg4>未能?|没有)|已|均)?控制在(?:年度)?(?:指标值|目标值|目标|指标)(?:以内|范围内)")


# the measures a self-evaluation wants high: a rate of things done well or reached, an output, a satisfaction
_HIGHER_BETTER = re.compile(r"满意|合格|达标|覆盖|完成|执行|到位|普及|入学|巩固|就业|增长|收入|产量|数量|面积|人数|户数|"
                            r"建成|新增|新建|培训|受益|通过|验收|办结|及时|知晓|参保|签约|利用|回收")


def _kept_low(folded: str, t: Fig) -> bool:
    """Does the target's clause name a cost or a rate of failures (经办管理费用, 结算差错率), met by staying under it?"""
    lead = folded[clause_start(folded, t.start, "；;。！？!?\n"):t.start]
    return bool(_COST_WORD.search(lead) or (_RATE_NAME.search(lead) and _BAD_RATE.search(lead)))


_COST_WORD = re.compile(r"成本|费用")
# a rate's name (…率：目标值…) — wanted high unless it counts what goes wrong
_RATE_NAME = re.compile(r"率")
_BAD_RATE = re.compile(r"故障|投诉|事故|发生|死亡|受害|差错|超标|不合格|空置|失业|辍学|流失|误|延误|逾期|超期|违规|违法|损失|返工|缺陷|"
                       r"漏损|发病|患病|亏损|负债")


# a flattened indicator table's header, one space between its names: … 年度指标值 实际完成值 [完成情况]
_HEADER_TARGET_ACTUAL = re.compile(r"(?m)^[^\n，,。；;]*?(?:年度)?(?:指标值|目标值|计划值) (?:实际完成值|实际值|完成值)"
                                   r"(?: (?:完成情况|是否完成|完成结果|偏差原因)[^\n]*)?$")
# …and one of its rows: the names, then the target (≥ / ≤ before it), the actual value and, last, the row's verdict
_HEADER_ROW = re.compile(r"[^\n\d，,。；;]+? (?P<sign>[≥≤＞＜><]=?)?(?P<t>\d[\d,]*(?:\.\d+)?\S{0,8}) (?P<a>\d[\d,]*(?:\.\d+)?\S{0,8})"
                         r"(?: (?P<v>(?P<neg>未|没有)?(?:超额|全面|已|基本)?(?:完成|达标|达到|实现)))?[ \t]*$")


_LOWER_BETTER_WORDS = r"浓度|排放|能耗|煤耗|水耗|电耗|死亡|事故|发生率|发病率|失业率|患病率|亏损|负债|成灾率|发案率|受害率|损失率"
# a table row of a measure kept down: a time limit, a time taken, a concentration, a cost (项目完成时限 12个月 11个月)
_CEILING_ROW = re.compile(_LOWER_BETTER_WORDS + r"|时限|时间|时长|用时|周期|天数|成本|费用|差错|投诉|用量|使用量|漏损|损耗|逾期|超标|空置")


# a target item's name, the words of the task stripped (耕地保有量任务 / 永久基本农田保护任务 / 粮食产量目标为)
_TARGET_ITEM_TAIL = re.compile(r"(?:保护|控制|建设)?(?:任务|目标|指标|计划)(?:数|值)?(?:为|是)?$")
_PLACE_LEAD = re.compile(r"^(?:全[省市县区镇乡旗]|本[市县区镇])")


# (，均超额完成…: the claim opens the very next clause — not 二、三产业均… or 其中…, a part of the list named)
_ALL_RIGHT_AFTER = re.compile(r"[，,](?:也)?(?:均|都)")


def _listed_with(folded: str, ach: list, a) -> list:
    """The rates listed before the last one `a` in one run (分别增长11.5%和12.8%: 11.5% before 12.8%), joined by 、/和."""
    out = []
    k = ach.index(a)
    while k > 0 and re.fullmatch(r"[、和及与]", folded[ach[k - 1].g.end:ach[k].g.start]):
        k -= 1
        out.insert(0, ach[k])
    return out


def _value_named_by_target(folded: str, sfigs: list[Fig], t: Fig, a: Fig) -> Fig:
    """Targets listed after one claim, each naming its measure (耕地保有量186.42万亩，永久基本农田152.36万亩，均超额完成
    …任务（耕地保有量任务185.9万亩、永久基本农田保护任务152.8万亩）) → the value before the claim whose own name the
    target's item names, when the nearest value (a) is named otherwise; else a."""
    if a.end > t.start:
        return a  # (计划5所，实际建成6所: a value after its target names nothing of another)
    name = _TARGET_ITEM_TAIL.sub("", item_label(folded, t).lstrip("（("))
    if len(name) < 3:
        return a
    def own(g: Fig) -> str:
        return _PLACE_LEAD.sub("", item_label(folded, g))
    if own(a).endswith(name):
        return a
    named = [g for g in sfigs if g.end <= a.start and same_unit(g, t) and own(g).endswith(name) and len(own(g)) - len(name) <= 2]
    return named[-1] if len(named) == 1 else a


def _header_table_lines(doc, folded: str, figs: list[Fig], rows: list[dict]) -> list[dict]:
    """A self-evaluation's indicator table flattened one row a line under a header of column names (一级指标 二级指标
    三级指标 年度指标值 实际完成值 完成情况 / 产出指标 数量指标 实施中修工程 ≥45公里 48.6公里 完成) → a target_met row on
    each line's target and actual value: judged against the line's last cell (完成 / 未完成 / 达标), else recorded.
    ≤ before the target, a cost or a rate of failures make it a ceiling."""
    heads = list(_HEADER_TARGET_ACTUAL.finditer(doc.text))
    if not heads:
        return []
    judged = {i for r in rows if r["rule"] == "target_met" for i in r["figure_ids"].split()}
    out = []
    for h in heads:
        pos = h.end() + 1
        while pos < len(doc.text):
            end = doc.text.find("\n", pos)
            end = len(doc.text) if end < 0 else end
            m = _HEADER_ROW.fullmatch(folded, pos, end)
            if m is None:
                break
            pos = end + 1
            t = next((f for f in figs if f.start <= m.start("t") < f.end), None)
            a = next((f for f in figs if f.start <= m.start("a") < f.end), None)
            if t is None or a is None or t.id in judged or a.id in judged or t is a:
                continue
            if not (same_unit(a, t) if t.kind != "percent" else a.kind == "percent"):
                continue
            sign = m.group("sign") or ""
            name = folded[m.start():m.start("sign") if m.group("sign") else m.start("t")].split()[-1:]
            name = name[0] if name else ""
            # (a cost class, or a measure kept down by its own name — a rate only when what it counts goes wrong)
            kept_down = "成本指标" in folded[m.start():m.start("t")] or (
                _CEILING_ROW.search(name) is not None
                and not (name.endswith("率") and not _BAD_RATE.search(name[-4:])))
            # (the target's own words decide first: 70%以上 is a floor whatever the row's name, 5个工作日以内 a ceiling)
            cell = m.group("t")
            floor = sign.startswith(("≥", "＞", ">")) or cell.endswith("以上")
            at_most = sign.startswith(("≤", "＜", "<")) or cell.endswith(("以下", "以内")) or (kept_down and not floor)
            v = m.group("v")
            if v and "基本" in v:
                v = None  # (…98.5% 基本完成: a hedge, no claim that the target was met)
            if v:
                neg = bool(m.group("neg"))
                row = _met(a, t, folded[m.start():t.end], not neg, "超额" in v, at_most=at_most, claim_to=m.end("v"))
            else:
                row = _recorded(a, t, folded[m.start():t.end], at_most=at_most, claim_to=a.end)
            out.append(row)
    return out


def _indicator_lines(doc, folded: str, figs: list[Fig], rows: list[dict]) -> list[dict]:
    """An indicator line of a self-evaluation (修复时间：目标值≤48小时，实际值52小时，指标已达成) → a target_met row on the
    target and the actual value of the clause right after it: judged against the claim closing the line (指标已达成 /
    未完成), or a completion rate after it (完成率100% claims the target met; another rate is actual/target), else
    recorded. A sign ≤ / < makes the target a ceiling."""
    judged = {i for r in rows for i in r["figure_ids"].split()}
    out = []
    for k, t in enumerate(figs[:-1]):
        a = figs[k + 1]
        if folded[t.end:t.end + 1] not in "，," or not folded.startswith("实际", t.end + 1) or t.value is None \
                or not (t.quantity and same_unit(a, t) or t.kind == a.kind == "percent") or a.sent != t.sent:
            continue  # (quick tests first: the clause after the target opens with 实际, the next figure is its match)
        cs = clause_start(folded, t.start)
        lab = _LINE_TARGET.search(folded, cs, t.start)
        if lab is None or t.id in judged or a.id in judged or clause_start(folded, a.start) != t.end + 1 \
                or not _LINE_DONE.fullmatch(folded, t.end + 1, a.start) or _planned(folded, doc, t) or _planned(folded, doc, a):
            continue
        if folded[lab.start() - 1:lab.start()] in ("，", ","):
            # 救助资金结算差错率，目标值0.5%，实际值0.21%: the indicator named in the clause before its target's
            if lab.start() != cs:
                continue
            cs = clause_start(folded, cs - 1)
        sign = lab.group("sign") or ""
        at_most = sign[:1] in "≤＜<" if sign else (t.qualifier in ("at_most", "less_than")
                                                   or bool(_LOWER_BETTER.search(folded, cs, t.start)))
        s_end = clause_end(folded, a.end, "。；;\n")
        claims = list(_LINE_CLAIM.finditer(folded, a.end, s_end))
        # (the claim right after the values speaks for the target — 未达到目标值，原因是部分项目已完成验收: a later one
        # is of something else — and a denial anywhere in the line wins)
        claim = next((c for c in claims if c.group("neg") or c.group("neg2") or c.group("neg3") or c.group("neg4")),
                     claims[0] if claims else None)
        if not sign and not at_most and not _HIGHER_BETTER.search(folded, cs, t.start) and not (
                _RATE_NAME.search(folded, cs, t.start) and not _BAD_RATE.search(folded, cs, t.start)):
            # (成本指标：目标值120万元，实际值118.6万元，已完成 / 设备故障率…: with no sign, a measure not known to be better
            # the higher may be one to keep down — the line is not judged)
            continue
        rest = [p for p in figs[k + 2:k + 4] if p.start < s_end]
        rate = next((p for p in rest if p.kind == "percent" and _LINE_RATE.search(folded, clause_start(folded, p.start), p.start)), None)
        if any(p is not rate for p in rest):
            continue  # (…，实际完成值为97.3%，高于目标2.3个百分点: the line goes on to a wording of its own)
        if claim is not None:
            neg = bool(claim.group("neg") or claim.group("neg2") or claim.group("neg3") or claim.group("neg4"))
            out.append(_met(a, t, "", not neg, "超额" in claim.group(0), at_most=at_most or "控制在" in claim.group(0),
                            claim_to=claim.end()))
        elif rate is not None and rate.value == HUNDRED:
            out.append(_met(a, t, "", True, at_most=at_most, claim_to=rate.end))  # 完成率100%: the target claimed met
        elif rate is not None and not at_most:
            out.append(_pct_of_target(a, t, rate))
        else:
            out.append(_recorded(a, t, "", at_most=at_most, claim_to=a.end))
        # (4.交工验收合格率：年度指标值100%，…: the row marks the indicator's name with its values)
        out[-1]["start"] = min(out[-1]["start"], _line_name_start(folded, cs))
    return out


def _line_name_start(folded: str, cs: int) -> int:
    """Where an indicator line's name starts: past its number (4. / （四） / 一是) and blanks."""
    m = re.match(r"[ \t　]*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]+[、是])?[ \t　]*", folded[cs:cs + 8])
    return cs + (m.end() if m else 0)


# 年初确定的目标任务全面完成 / 既定目标未能实现: a claim that points back to targets set earlier in the text
_CLAIM_BACK = re.compile(r"(?:年初|年度|此前|上述|既定|前述)(?:确定|提出|制定|设定)?的?[^，,；;。！？\d%]{0,6}?(?:目标|任务)(?:任务)?"
                         # (年度目标任务基本完成: a hedge, no claim either way)
                         r"(?:(?!基本)[^，,；;。！？\d%]){0,4}?(?:(?P<neg>" + _NOT + r")(?:完成|实现)|(?:已|均|全面|圆满|顺利|如期)*(?:完成|实现))")
# 年初确定了“办结率100%、见面率98%以上”的工作目标: the sentence that sets them
# (年初目标：… opens a list of the targets set at the start of the year, the verb left out)
# (each verb a branch of its own: every branch then opens on a character, which the engine skips to)
_SETS_TARGETS = re.compile(r"确定了?|提出了?|制定了?|设定了?|下达了?|年初的?(?:主要|工作|绩效|年度)?目标(?=[：:])")
# (the scan for OWN_TARGETS_LEAD, common.py: every sentence it can match holds one of these)
_OWN_TARGETS_SCAN = re.compile(r"(?:目标任务|目标|任务|\d年度?(?:主要)?计划(?:安排|目标)?)(?:为|是|[：:])")


# 固定资产投资超额完成年度目标 / 地方财政收入增长目标全面完成: a claim on one target, named by its metric, with no figure
_CLAIM_NAMED = re.compile(r"(?P<name>[\u4e00-\u9fff]{3,12}?)(?:(?P<neg1>(?:尚|仍|还|均)?(?:" + _NOT + r"))?"
                          r"(?:超额|全面|圆满|顺利|如期|已|均)*完成了?(?:年度|全年|年初)?的?"
                          r"(?:目标|任务)(?:任务)?|的?(?:年度|全年)?(?:目标|任务)(?:任务)?(?P<neg>" + _NOT + r")?(?:已|均|全面|圆满|顺利|如期|超额)*"
                          r"(?:完成|实现))(?=[，,；;。！？\n]|$)")
# (目标… and 任务… as branches of their own: every branch then opens on a character, which the engine skips to)
_CLAIM_NAMED_QUICK = re.compile(r"(?:完成了?(?:年度|全年|年初)?的?(?:目标|任务)(?:任务)?|"
                                + "|".join(w + r"(?:任务)?(?:" + _NOT + r")?(?:已|均|全面|圆满|顺利|如期|超额)*(?:完成|实现)"
                                           for w in ("目标", "任务")) + r")(?=[，,；;。！？\n]|$)")
_DONE_LEAD = re.compile(r"^(?:完成|实现|建成|达到)")
_DONE_TAIL = re.compile(r"(?:完成|实现|达到)$")
_TARGETS_LISTED = re.compile(r"(?:目标|任务)(?:任务)?(?:(?:为|是)[：:]?|[：:])")  # 目标为：… / 设定目标：…
# 围绕“完成水利投资15亿元、新增节水灌溉面积8万亩”两大年度目标: the targets of the year, quoted, then named so
# 确定了招商引资到位资金80亿元、新增市场主体1万户等年度目标: the targets set, listed, closed by 等…目标
_ETC_TARGETS = re.compile(r"(?:确定|提出|制定|设定|下达|明确)了?((?:[^。；;“”]){4,80}?)等(?:[一二三四五六七八九十两\d]{1,2}[大项个])?"
                          r"(?:年度|全年|主要|预期|工作)*(?:目标|任务)")
_QUOTED_TARGETS = re.compile(r"“([^“”]{4,80})”(?:[一二三四五六七八九十两\d]{1,2}[大项个])?的?(?:年度|全年|年初|工作|主要)*(?:目标|任务)")


_BENCHMARK_CLAUSE = re.compile(r"(?:高于|低于|超过|优于|好于)[^，,；;。\d%]{0,8}(?:平均|水平)[^，,；;。\d%]{0,4}[\d.]+(?:个百分点|%)[，,]")
_TARGET_IS = re.compile(r"^[^，,；;。]*?(?:目标|指标)(?:任务)?(?:为|是)")
_SET_LEAD = re.compile(r"^[^，,；;。\d%]*?(?:确定|提出|下达|制定|设定|明确)了?(?:(?:19|20)\d\d年度?)?")


_ON_BASIS_ASIDE = re.compile(r"在(?:上年|去年|上一年度?|上年度)(?:末|底)?[^，,；;。]{0,16}?的基础上")


_ITEM_NUMBER = re.compile(r"^(?:\d{1,2}[.．、]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）]|[一二三四五六七八九十]{1,2}[、是])")


_ITEM_NUMBER_IN = re.compile(r"(?:^|(?<=[；;，,。\n]))(?:\d{1,2}[.．、](?!\d)|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）]|[一二三四五六七八九十]{1,2}是)")


def _set_name(folded: str, t: Fig) -> str:
    """The metric a target of a sentence that sets targets names (…绩效目标为：新建改造供水管网45公里 → 新建改造供水管网)."""
    lab = re.split(r"[：:]", _metric_label(folded, t, lead=True))[-1].lstrip("了")
    lab = _ITEM_NUMBER.sub("", lab)  # 1.新增规上工业企业15家；2.…: the item's number is no part of the name
    if "基础上" in lab:
        lab = _ON_BASIS_ASIDE.sub("", lab)  # 税收收入在上年17.02亿元的基础上增长 → 税收收入增长
    lab = _SET_LEAD.sub("", lab)  # 市政府确定2013年全市…比例 → 全市…比例
    lab = _TARGET_IS.sub("", lab)  # (…的目标任务是全年培训农村实用人才 → 全年培训农村实用人才)
    return _DONE_TAIL.sub("", _DONE_LEAD.sub("", _NAMED_LEADS.sub("", lab)))


# 粮食收购任务 / 供水管网改造目标: a target named before its value by its metric and the target noun
_TASK_NAMED = re.compile(r"(?<=[\u4e00-\u9fff]{4})(?:年度|全年)?(?:目标任务|任务|目标)$")
_OUR_PLACE = re.compile(r"^(?:我|本|全)(?:省|市|县|区|镇|乡|旗)")


def _same_name(a: str, b: str) -> bool:
    """The same metric, also with its two words swapped (粮食收购 / 收购粮食, 污水处理 / 处理污水)."""
    return a == b or (len(a) == len(b) == 4 and a[:2] == b[2:] and a[2:] == b[:2])


def _done_name(folded: str, g: Fig) -> str:
    return _DONE_TAIL.sub("", _DONE_LEAD.sub("", _NAMED_LEADS.sub("", _metric_label(folded, g))))


def _work_name(folded: str, g: Fig) -> str:
    """_done_name, or for a value whose label is a verb only (全年完成42个村环境整治) the work named after it."""
    name = _done_name(folded, g)
    if _VERB_ONLY_LABEL.fullmatch(name) and (after := _NAME_AFTER.match(folded, g.end)):
        return after.group(1)
    return name


_VERB_ONLY_LABEL = re.compile(r"(?:完成|新建|建成|实施|改造|新增|开展|建设)?")
_NAME_AFTER = re.compile(r"([\u4e00-\u9fff]{4,16})(?=[，,、；;。]|$)")


_NOUN_BEFORE = re.compile(r"(?<=[\u4e00-\u9fff]{2})的?(?:年度|全年)?(?:目标|任务)(?:值|数)?(?:为|是)?$")


def _set_targets(doc, folded: str, figs: list[Fig]) -> list[tuple[Fig, str]]:
    """The year's own targets stated in a sentence that sets them (年初确定的…绩效目标为：新建改造供水管网45公里，… /
    市政府确定2013年…比例达到6.5%的目标), each with the metric it names."""
    return _set_targets_found(doc, folded, figs)[0]


def _set_targets_found(doc, folded: str, figs: list[Fig]) -> tuple[list[tuple[Fig, str]], frozenset[str], frozenset[int]]:
    """doc → (_set_targets, the ids of those taken only for a sentence opening on the year's targets (年度目标任务为…),
    those sentences), found once a document."""
    def build() -> tuple[list[tuple[Fig, str]], frozenset[str], frozenset[int]]:
        out = []
        opened: set[str] = set()
        opens_only: set[int] = set()
        by_sent = figs_by_sentence(doc, figs)
        # (only the sentences that open so: the scan finds every 目标为/任务：)
        own_lead = {si for si in sentences_with(doc, folded, _OWN_TARGETS_SCAN) if 0 <= si < len(doc.sentences)
                    and OWN_TARGETS_LEAD.match(folded, doc.sentences[si].start)} if "年" in folded else set()
        for si in sorted(set(sentences_with(doc, folded, _SETS_TARGETS)) | set(sentences_with(doc, folded, _QUOTED_TARGETS))
                         | own_lead):
            if si < 0 or si >= len(doc.sentences):
                continue
            s0 = doc.sentences[si].start
            snt = folded[s0:doc.sentences[si].end]
            opens = si in own_lead
            if "目标" not in snt and "任务" not in snt and not opens or not by_sent.get(si):
                continue  # a quick test: no target noun, or no figure to set
            quoted = _QUOTED_TARGETS.search(snt) or _ETC_TARGETS.search(snt)
            if not (opens or re.search(r"(?:目标|任务)", snt)) or not (_SETS_TARGETS.search(snt) or quoted or opens) or _LONGER_SPAN.search(snt) \
                    or any(doc.year and int(y) != doc.year for y in _YEAR_IN_LEAD.findall(snt)):
                continue
            listed = _TARGETS_LISTED.search(snt) or (OWN_TARGETS_LEAD.match(snt) if opens else None)
            for t in by_sent.get(si, ()):
                if not (t.kind == "percent" or t.quantity):
                    continue
                if not (listed and t.start >= s0 + listed.end()
                        or quoted and s0 + quoted.start() < t.start and t.end <= s0 + quoted.end(1)
                        or _TARGET_AFTER.match(folded[t.end:t.end + 24])
                        # 确定了招引亿元以上项目5个、村级集体经济收入全部达到20万元以上的目标: each item of the list
                        or folded[t.end:t.end + 1] in _LIST_START and _TARGET_AFTER.match(
                            folded[(e := _list_tail(folded, by_sent[si], t)):e + 24])
                        # 年初下达集团营业收入目标36.0亿元、利润总额目标3.00亿元: the target noun right before each value
                        or _NOUN_BEFORE.search(_metric_label(folded, t, lead=True))
                        and _SETS_TARGETS.search(folded, s0, t.start)):
                    continue
                if _planned(folded, doc, t) and not re.search(r"年初|年度", snt) \
                        and not (listed and _SETS_TARGETS.search(snt, 0, listed.start())):
                    continue  # (…下达我局的主要目标是：… under 一、主要目标 states the year's targets as set)
                name = _set_name(folded, t)
                name = _NOUN_BEFORE.sub("", name)
                if len(name) < 4 and _VERB_ONLY_LABEL.fullmatch(_metric_label(folded, t, lead=True).split("：")[-1]):
                    # 完成12座小型水库除险加固: the work named after its number
                    after = _NAME_AFTER.match(folded, t.end)
                    name = after.group(1) if after else name
                if len(name) < 4 and listed:
                    # 就业困难人员实现就业800人: a label cut at its verb (→ 就业); the listed item's own words name it
                    item = _ITEM_NUMBER.sub("", re.split(r"[：:]", folded[clause_start(folded, t.start, _NAME_SEPS):t.start])[-1])
                    if 4 <= len(item) <= 16 and re.fullmatch(r"[\u4e00-\u9fff]+", item):
                        name = item
                if len(name) >= 4:
                    out.append((t, name))
                    if opens and not (_SETS_TARGETS.search(snt) or quoted):
                        opened.add(t.id)
                        opens_only.add(si)
        return out, frozenset(opened), frozenset(opens_only)
    return cached(doc, "_set_targets_found_cache", figs, build)


def _new_targets(doc, folded: str, figs: list[Fig]) -> frozenset[str]:
    """The ids of targets found only by this round's readings (a sentence opening on the year's targets, a heading of
    the year's targets over a bare list; _targets_set_ahead adds a plan made at the start of the year): their rows judge
    claims, but a value set against one of them with nothing claimed is not reported on its own. Found once a document,
    from what the readings return (none of them changes it)."""
    def build() -> frozenset[str]:
        opened = _set_targets_found(doc, folded, figs)[1]
        _, added, listed_before = _listed_found(doc, folded, figs)
        return frozenset((opened | added) - listed_before)
    return cached(doc, "_new_targets_cache", figs, build)


def _claims_on_targets_set_earlier(doc, folded: str, figs: list[Fig], sents: dict, rows: list[dict]) -> list[dict]:
    """年初确定了“办结率100%、见面率98%以上”的工作目标。…见面率96.7%。…年初确定的目标任务全面完成: each target of
    the earlier sentence that set them, against the value named exactly the same between the two sentences; the rows
    mark the claim. A name that is not unique is left alone. A claim naming its metric (固定资产投资超额完成年度目标)
    is judged on that target alone."""
    out = []
    # (a target judged only on a stated percentage of it, 为目标的93.3%, may still be what a later claim is on)
    judged = {i for r in rows if " of target " not in r["stated"] for i in r["figure_ids"].split()}
    named = "目标" in folded or "任务" in folded  # (both patterns need one of the two words: no scan without)
    claims = [(m, None) for m in _CLAIM_BACK.finditer(folded)] if named else []
    for q in _CLAIM_NAMED_QUICK.finditer(folded) if named else ():  # a quick scan, then the claim from its clause's start
        m = _CLAIM_NAMED.match(folded, clause_start(folded, q.start()))
        if m and m.end() == q.end() and not _CLAIM_BACK.search(m.group(0)) and not _GENERIC_TARGETS.search(m.group("name")):
            claims.append((m, _NAMED_LEADS.sub("", m.group("name"))))
    growth_of = None
    for m, want in claims:
        si = next((i for i, snt in enumerate(doc.sentences) if snt.start <= m.start() < snt.end), -1)
        cs, ce = clause_start(folded, m.start()), clause_end(folded, m.end())
        if si <= 0 or any((f.quantity or f.kind == "percent") and cs <= f.start < ce for f in sents.get(si, [])):
            continue  # a claim with figures of its own is judged on them
        heading = doc.section_at(m.start())
        if want is not None and (len(want) < 3 or heading and plan_heading(heading, doc.year)):
            continue
        for sj in range(si - 1, -1, -1):
            tfigs = [t for t in sents.get(sj, []) if t.kind == "percent" or t.quantity]
            snt = folded[doc.sentences[sj].start:doc.sentences[sj].end]
            if not tfigs or not _SETS_TARGETS.search(snt) or not re.search(r"(?:目标|任务)", snt):
                continue
            listed = _TARGETS_LISTED.search(snt)
            tgts = [t for t in tfigs if t.id not in judged and (_TARGET_AFTER.search(
                re.sub(r"[、和][^，,；;。！？\d%]{0,12}?[\d.]+%?[^，,；;。！？\d%]{0,3}?(?=[、和”\"]|的)", "", folded[t.end:t.end + 40])
                .lstrip("”\"")) or listed and t.start >= doc.sentences[sj].start + listed.end()
                # 年初省局下达我市粮食收购任务30万吨 … 粮食收购任务圆满完成: the target named before its value
                or want is not None and t.quantity and _TASK_NAMED.search(label_of(folded, t)))]
            # 年初确定的部门整体绩效目标为：… under a heading of targets: the year's own targets, which the claim reviews
            own_year = bool(re.search(r"年初|年度", snt)) and not _LONGER_SPAN.search(snt) and all(
                not doc.year or int(y) == doc.year for y in _YEAR_IN_LEAD.findall(snt))
            found = []
            for t in tgts:
                name = _set_name(folded, t) if want is not None or listed else _metric_label(folded, t, lead=True)
                if want is not None and t.quantity and _TASK_NAMED.search(name):
                    name = _OUR_PLACE.sub("", _TASK_NAMED.sub("", name))
                if listed and len(name) < 4 and t.quantity and _VERB_ONLY_LABEL.fullmatch(
                        _metric_label(folded, t, lead=True).split("：")[-1]) and (after := _NAME_AFTER.match(folded, t.end)):
                    name = after.group(1)  # 目标为：完成45个村环境整治: the work named after its number
                if len(name) < 2 or want is not None and not _same_name(name, want) or _planned(folded, doc, t) and not own_year:
                    continue
                if t.kind == "percent" and name.endswith("增长"):
                    # 地方财政收入增长8%以上的目标 … 地方财政收入…比上年的2,180万元增长6.2%: the value's own growth rate
                    if growth_of is None:
                        growth_of = [gr for gr in find_growths(doc, figs) if gr.mode == "pct" and gr.cur is not None
                                     and gr.base is not None and not gr.down]
                    pool = [gr.g for gr in growth_of if sj < gr.g.sent < si and _done_name(folded, gr.cur) == name[:-2]]
                else:
                    pool = [g for g in figs if sj < g.sent < si and (g.kind == "percent" if t.kind == "percent" else same_unit(g, t))
                            and _plain_value(folded, doc, g)
                            and (_metric_label(folded, g) == name if want is None and not listed
                                 else _same_name(_work_name(folded, g), name))]
                if len(pool) != 1:
                    continue
                row = _met(pool[0], t, folded[m.start():m.end()], not (m.group("neg") or m.groupdict().get("neg1")),
                           at_most=_lower_better(folded, pool[0]) or _is_ceiling(folded, pool[0], t))
                row["start"], row["end"] = m.start(), m.end()
                found.append(row)
            out += found  # one row per target: a claim on all of them fails on the row of a missed one
            break
    return out


# 年初确定的…等主要预期目标全面完成: the claim right after the list of the targets it names
_ETC_CLAIM = re.compile(r"[^，,；;。！？\d%]{0,4}?(?:(?P<neg>" + _NOT + r")(?:完成|实现)|(?:已|均|全面|全部|圆满|顺利|如期)+(?:完成|实现))")

_ETC_CLAIM_QUICK = re.compile(r"等[^，,；;。！？\d%]{0,10}?(?:目标|任务)[^，,；;。！？\d%]{0,4}?(?:已|均|全面|全部|圆满|顺利|如期|未|没有|尚未)")

def _claims_naming_their_targets(doc, folded: str, figs: list[Fig], rows: list[dict], growths: dict) -> list[dict]:
    """年初确定的地区生产总值增长8%、城镇新增就业3200人等主要预期目标全面完成: a claim whose own sentence lists the
    targets it claims, each judged against the one value named the same elsewhere in the report (a growth target
    against the metric's one growth rate); a target with no such value, or with more than one, is left alone."""
    out = []
    if "等" not in folded or not _ETC_CLAIM_QUICK.search(folded):
        return out  # (one scan of the text: most reports have no such claim)
    marked = {(r["start"], r["end"]) for r in rows}
    for t, name in _set_targets(doc, folded, figs):
        if t.sent < 0:
            continue
        name = name.lstrip("的")
        s0, s1 = doc.sentences[t.sent].start, doc.sentences[t.sent].end
        m = _ETC_TARGETS.search(folded, s0, s1)
        if m is None or not (m.start(1) <= t.start < m.end(1)):
            continue
        c = _ETC_CLAIM.match(folded, m.end())
        if c is None:
            continue
        if t.kind == "percent" and name.endswith("增长"):
            pool = [gr.g for gr in growths.values() if gr.mode == "pct" and not gr.down and gr.g.sent != t.sent
                    and gr.cur is not None and _same_name(_done_name(folded, gr.cur), name[:-2])]
        elif t.quantity:
            pool = [g for g in figs if g.sent != t.sent and same_unit(g, t) and _plain_value(folded, doc, g)
                    and not _is_tgt(folded, g) and _same_name(_done_name(folded, g), name)]
        else:
            continue
        if len(pool) != 1:
            continue
        row = _met(pool[0], t, folded[m.start():c.end()], not c.group("neg"),
                   at_most=_lower_better(folded, pool[0]) or _is_ceiling(folded, pool[0], t))
        row["start"], row["end"] = m.end(1) + 1, c.end()  # 主要预期目标全面完成
        if (row["start"], c.end()) not in marked:
            out.append(row)
    return out


# 提出整改率达到95%以上，这一目标如期实现 / …，已按期完成这一目标: a claim pointing back at the target before it
_THIS_TARGET = re.compile(r"(?:这一|此项|该项?|上述)(?:目标|要求|指标)[^，,；;。！？\d%]{0,4}?(?:(?P<neg>" + _NOT + r")(?:完成|实现|达到)|"
                          r"(?:已|均|全面|圆满|顺利|如期|按期|已经)*(?:完成|实现|达到))"
                          r"|(?:(?P<neg2>" + _NOT + r")|(?:已|均|全面|圆满|顺利|如期|按期|已经)*)(?:完成|实现|达到)了?(?:这一|此项|该项?|上述)(?:目标|要求)")
_SETS_LEVEL = re.compile(r"(?:提出|要求|确定|明确|设定)[^，,；;。！？\d%]{0,16}?(?:达到|不低于|提高到|保持在)$")
# 年初确定的三、四级手术占比目标为: the set level named before its target noun
_SETS_NAMED = re.compile(r"(?:提出|要求|确定|明确|设定)的?(?P<name>[^，,；;。！？\d%]{2,16}?)(?:目标|指标)值?(?:为|是)$")
# 占比 / 比例 / 比重: the words of a share after the name of its part
_SHARE_TAIL = re.compile(r"(?:所占)?(?:占比|比例|比重)$")


_SET_VERB_END = re.compile(r"(?:提出|要求|确定|明确|设定)[，,]?$")


def _claims_on_this_target(doc, folded: str, sents: dict, rows: list[dict]) -> list[dict]:
    """去年…提出问题整改率达到95%以上，这一目标如期实现: the one rate set in the clause before the claim (提出…达到),
    against the one rate of the two sentences before whose name ends the target's name (整改率93.4%)."""
    out = []
    if "这一" not in folded and "此项" not in folded and "该" not in folded and "上述" not in folded:
        return out
    marked = {(r["start"], r["end"]) for r in rows}
    for m in _THIS_TARGET.finditer(folded):
        cs = clause_start(folded, m.start())
        si = next((i for i, snt in enumerate(doc.sentences) if snt.start <= m.start() < snt.end), -1)
        if si <= 0:
            continue
        tg = [t for t in sents.get(si, []) if t.end <= cs and t.kind == "percent"]
        if len(tg) != 1 or clause_end(folded, tg[0].end) != cs - 1:
            continue  # one rate, set in the clause right before the claim
        t = tg[0]
        lab = folded[clause_start(folded, t.start):t.start]
        # (提出A类比例不低于60%的要求: the bound's word stands inside the figure, and reads as the verb that sets it)
        bound = re.match(r"不低于|不少于|不高于|不超过", t.text)
        lab += bound.group(0) if bound and not lab.endswith(bound.group(0)) else ""
        lead = _SETS_LEVEL.search(lab)
        named = _SETS_NAMED.search(lab) if lead is None else None
        if named is not None:
            name = named.group("name")
            lead_start = clause_start(folded, t.start) + named.start()
        elif lead is None:
            # 区政府在年中专题报告中提出，9月底前问题整改率达到90%: the verb that sets it ends the clause before, a
            # deadline may open the level's own clause
            c0 = clause_start(folded, t.start)
            if not _SET_VERB_END.search(folded, clause_start(folded, c0 - 1) if c0 > 0 else c0, c0) \
                    or not re.search(r"(?:达到|不低于|提高到|保持在)$", lab):
                continue
            lead = re.search(r"^[，,]?(?:\d{1,2}月(?:底|末)?前?|年底前|年内|全年)?", lab)
            name = re.sub(r"(?:达到|不低于|提高到|保持在)$", "", lab[lead.end():])
            lead_start = c0
        else:
            name = re.sub(r"(?:达到|不低于|提高到|保持在)$", "", lab[:lead.end()])
            name = re.sub(r"^.*(?:提出|要求|确定|明确|设定)", "", name)
            lead_start = clause_start(folded, t.start) + lead.start()
        if len(name) < 2:
            continue
        pool = []
        for sj in (si - 1, si - 2, si - 3):
            if sj < 0 or "\n" in folded[doc.sentences[sj].start:t.start]:
                break
            for g in sents.get(sj, []):
                gl = re.sub(r"[为是达到]+$", "", folded[clause_start(folded, g.start):g.start])
                if g.kind == "percent" and len(gl) >= 2 and name.endswith(gl) and not _is_tgt(folded, g):
                    pool.append(g)
                elif g.kind == "percent" and gl == "占" and _SHARE_TAIL.search(name) and len(part := _SHARE_TAIL.sub("", name)) >= 2:
                    # 其中三、四级手术2,860台，占44.5% for 三、四级手术占比: the share named by its part in the clause before
                    pcs = clause_start(folded, clause_start(folded, g.start) - 1)
                    if part in folded[pcs:g.start] and not _is_tgt(folded, g):
                        pool.append(g)
        if len(pool) != 1:
            continue
        neg = m.group("neg") or m.group("neg2")
        row = _met(pool[0], t, folded[lead_start:m.end()], not neg)
        row["start"], row["end"] = m.start(), m.end()
        if (m.start(), m.end()) not in marked:
            out.append(row)
    return out


# 完成省下达的年度减排任务 / 实现了市定的控制目标: a claim about one target, closing its clause, with no number for it
_CLAIM_BARE = re.compile(r"(?P<all>均|都|全部)?(?:超额|圆满|顺利|全面|如期)?(?<!实际)(?:完成|实现|达到)了?(?P<what>[^，,；;。！？\d%]{0,12}?)"
                         r"(?P<noun>目标|任务|要求|指标|预算)(?:任务)?(?=[，,；;。！？\n]|$)")
# the same claim with its noun first (参保扩面任务全面完成 / 招商引资目标任务圆满完成), or a value set above its target
# (，高于省定目标 / ，超过年度目标要求): the groups named as _CLAIM_BARE's
_CLAIM_BARE_NOUN = re.compile(r"(?P<what>[^，,；;。！？\d%]{0,12}?)(?P<noun>目标|任务)(?:任务)?"
                              r"(?P<all>均|都|全部)?(?:已|全面|圆满|顺利|如期|超额|提前)*(?:完成|实现)了?(?=[，,；;。！？\n]|$)")
_CLAIM_ABOVE = re.compile(r"(?P<all>)(?:高于|超过|优于)(?P<what>[^，,；;。！？\d%]{0,8}?)(?P<noun>目标|要求)(?:要求|值)?"
                          r"(?=[，,；;。！？\n]|$)")
# (超额完成年度预算: a revenue beyond its budget; a budget only with 超额, 完成预算 may only say it was spent)
_CLAIM_NOUN = re.compile(r"目标|任务|要求|指标|超额完成[^，,；;。！？\d%]{0,6}预算")
_BUDGET_OF_YEAR = re.compile(r"(?:年度|全年|年初|调整后?)?的?(?:收入)?")
# 高标准农田建设年度(任务): the words after the name a claim gives its metric
_WHAT_TAIL = re.compile(r"(?:的|年度|全年|年初|下达|建设|工作|绩效)+$")
_GENERIC_TARGETS = re.compile(r"各项|全部|所有|各类|主要|[\u201c“]")


# 保障性租赁住房筹集任务 / 水质达标率目标为: the words after a metric's name that make its figure a target
_TARGET_NAME_TAIL = re.compile(r"的?(?:年度|全年|年初)?(?:目标|任务|计划|指标)(?:任务|值|数)?(?:为|是)?$")
_NAME_LEADS = re.compile(r"^(?:全年|年度|今年|当年|本年|年内|全县|全市|全区|其中|县|市|区|共|已|累计|实际)+")
# (一年来: the year reviewed itself, not a longer span)
_LONGER_SPAN = re.compile(r"期间|以来|(?<!一)年来|(?:到|至|截至)(?:19|20)\d\d年|(?:19|20)\d\d[-—–~至](?:19|20)?\d\d|五年|三年|“十")
_YEAR_LEAD = re.compile(r"^(?:19|20)\d\d年度?[，,]?")
_COMMON_BIGRAMS = frozenset(("全年", "年度", "今年", "当年", "目标", "任务", "计划", "指标", "完成", "实现", "达到"))


# 年度任务新增城镇就业 / 上级下达的目标为新建…: the words before a metric's name that make its figure a target
_TARGET_NAME_HEAD = re.compile(r"^[^，,；;。\d%]{0,8}?(?:年初|年度|全年|今年)?(?:确定|下达|提出)?的?(?:目标任务|目标|任务|计划)(?:为|是)?")


# 建设 / 建成 / 新建 …: the verb a target's work is set with and the one it is reported done with
_WORK_VERB = re.compile(r"^(?:建设|建成|新建|兴建|修建|完成|实施)了?(?=[\u4e00-\u9fff]{3})")


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
    if not tgts and not _set_or_listed(doc, folded, figs):
        return None
    name = _NAME_LEADS.sub("", _YEAR_LEAD.sub("", _metric_label(folded, a)))
    if len(name) >= 4:
        # 目标为建设高标准农田5万亩 / 全年建成高标准农田4.6万亩: the verb of the work set and of the work done differ
        core = _WORK_VERB.sub("", name)
        core = core if len(core) >= 3 else name
        named = [g for g in tgts if _WORK_VERB.sub("", _target_name(_metric_label(folded, g))).endswith(core)]
        # …绩效目标为：新建改造供水管网45公里 / 确定…比例达到6.5%的目标: a target of a sentence that sets them
        # (or listed under a heading of the year's targets: 一、年度目标 / 新建改建农村公路达到120公里)
        named += [g for g, n in _set_or_listed(doc, folded, figs)
                  if g.sent < si and _WORK_VERB.sub("", n) == core
                  and g not in named
                  and (g.kind == "percent" if a.kind == "percent" else g.quantity and same_unit(g, a))
                  and g.start not in _growth_starts(doc, figs)]
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
    # the sentences judged already (a row marking a claim elsewhere, 年初确定的绩效目标全部完成, judges its own sentence)
    judged_figs = [by_id[i] for r in rows for i in r["figure_ids"].split() if i in by_id
                   and not (0 <= by_id[i].sent and not doc.sentences[by_id[i].sent].start <= r["start"] < doc.sentences[by_id[i].sent].end)]
    judged = {f.sent for f in judged_figs}
    spans = [(r["start"], r["end"]) for r in rows if r["rule"] == "target_met"]
    out = []
    for si, sfigs in sents.items():
        if si < 0:
            continue
        if si in judged:
            # 管网46.3公里，超额完成年度目标；完成…除险加固12座，完成年度目标: a part after ； with no judged figure and
            # no row over it is a claim of its own
            s0 = doc.sentences[si].start
            g0 = max(folded.rfind("；", s0, sfigs[-1].end if sfigs else s0), folded.rfind(";", s0, sfigs[-1].end if sfigs else s0))
            if g0 < 0 or any(f.sent == si and f.start > g0 for f in judged_figs) or any(a <= g0 < b for a, b in spans):
                continue
            sfigs = [g for g in sfigs if g.start > g0]
            if not sfigs:
                continue
        s0, s1 = doc.sentences[si].start, doc.sentences[si].end
        if not _CLAIM_NOUN.search(folded, s0, s1):
            continue  # a quick test: every bare claim names its target noun
        claims = sorted(list(_CLAIM_BARE.finditer(folded, s0, s1)) + list(_CLAIM_BARE_NOUN.finditer(folded, s0, s1))
                        + list(_CLAIM_ABOVE.finditer(folded, s0, s1)), key=lambda m: m.start())
        if not claims or any(_is_tgt(folded, g) for g in sfigs):
            continue
        done_groups = set()  # one claim a part of the sentence (…超额完成年度目标；…12座，完成年度目标: two parts)
        for m in claims:
            if _GENERIC_TARGETS.search(m.group("what")) or _NEGATION.search(folded, max(s0, m.start() - 2), m.start()):
                continue
            if m.group("noun") == "预算" and not (m.group(0).startswith("超额") and _BUDGET_OF_YEAR.fullmatch(m.group("what"))):
                continue
            grp = clause_start(folded, m.start(), "；;。！？!?\n")
            if grp in done_groups or any(a <= m.start() < b for a, b in spans):
                continue  # (a claim a row above judges already)
            cs = clause_start(folded, m.start())
            pcs = clause_start(folded, cs - 1)
            if _BENCHMARK_CLAUSE.match(folded, pcs) and pcs > s0:
                pcs = clause_start(folded, pcs - 1)  # …比例达到6.2%，高于全省平均0.4个百分点，圆满完成年度目标: past the benchmark
            prev = [g for g in sfigs if g.end <= cs and g.start >= pcs and g.kind not in ("year", "date", "date_range")
                    and g.kind != "percentage_point"]
            # 提前3个月完成全年任务: how early it was met may open the clause
            if not prev or not (cs == m.start() or re.fullmatch(r"提前[^，,；;。]{1,8}", folded[cs:m.start()])) \
                    or any(_planned(folded, doc, g) for g in prev):
                continue
            a = next((g for g in reversed(prev) if g.kind == "percent" or g.quantity), None)
            what = _WHAT_TAIL.sub("", m.group("what"))
            if a is not None and len(what) >= 3 and what not in label_of(folded, a):
                # 建成高标准农田4.6万亩，新增节水灌溉面积1.3万亩，超额完成高标准农田建设年度任务: the claim names its
                # metric, and the one value of the sentence named so is the one claimed
                named = [g for g in sfigs if g.end <= cs and (g.kind == "percent" or g.quantity) and what in label_of(folded, g)]
                a = named[0] if len(named) == 1 else a
            # …98.5%，…99.8%，…97.2%，均达到或超过年度目标: a claim on all the values before it is judged on none of them
            t = _target_named_before(doc, folded, figs, si, a) if a is not None and not m.group("all") else None
            if t is None and a is not None and not m.group("all"):
                # 年初…提出…新增市场主体2000户…的目标 … (三、总结) 全局新增市场主体1,860户，超额完成年度目标任务: the
                # one target set ahead under the value's name, however far before (a closing summary restates)
                t = _set_target_named(doc, folded, figs, si, a)
            if t is not None:
                # 保障性租赁住房筹集任务500套 (in the section of targets) … 保障性租赁住房筹集468套，超额完成年度任务
                row = _met(a, t, "", True, m.group(0).startswith("超额"), at_most=_lower_better(folded, a))
                row["start"], row["end"] = clause_start(folded, a.start), m.end()
                out.append(row)
                done_groups.add(grp)
                continue
            t = _pledged_before(folded, sfigs, a, what, cs) if a is not None and a.quantity and not m.group("all") else None
            if t is None and a is not None and a.quantity and not m.group("all"):
                # 按照市局下达的任务，今年全县要完成新增造林面积2万亩。全年完成新增造林1.85万亩，超额完成…任务: the
                # amount the sentence before required, of the value's unit and named with its words (the value the
                # sentence names so, when several stand before the claim)
                req = _required_just_before(doc, folded, sents, si, [g for g in sfigs if grp <= g.start and g.end <= cs
                                                                     and g.quantity])
                if req is not None:
                    a, t = req
            if t is None and a is not None and not m.group("all"):
                # 年初要求…开工率达到90%，…开工率88.1%，达到了年度目标要求: the level the year set, earlier in the sentence
                t = _set_earlier_in_sentence(doc, folded, sfigs, a)
            if t is None and a is not None and not m.group("all"):
                # 年度目标火化率75%，实际火化率72.6%: the target word leading the metric's name, the value named the same
                t = _target_word_leads(folded, sfigs, a)
            if t is None and a is not None and not m.group("all") and "计划" in folded:
                # 计划…水质合格率达到90%以上 (the project's plan) … 水质合格率90.6%，达到年初确定的目标
                t = _planned_work(doc, folded, figs, a, a)
            if t is not None and _next_years(doc, t):
                t = None  # (一、2021年工作计划 over it: next year's target, not the one the year's value met)
            if t is not None:
                # 年初承诺办好12件实事，年内办成10件，全面完成实事任务: the pledge earlier in the sentence is the target
                row = _met(a, t, "", True, m.group(0).startswith("超额"), at_most=_lower_better(folded, a))
                row["start"], row["end"] = clause_start(folded, a.start), m.end()
                out.append(row)
                done_groups.add(grp)
                continue
            out.append(result("target_met", schema.UNVERIFIABLE, prev, prev[0].start, m.end(),
                              folded[m.start():m.end()], _NO_TARGET,
                              "The text claims a target was met but never states the target, so the claim cannot be checked.",
                              "文中称已完成目标，但未给出目标数值，无法核对。"))
            done_groups.add(grp)
    return out


# 年度目标火化率 / 考核目标出院患者平均住院日: the target word first, then the metric's name, then its value
_TARGET_WORD_LEAD = re.compile(r"(?:年度|全年|年初|考核|预期|绩效)?目标(?:值)?(?:为|是)?(?P<name>[\u4e00-\u9fff]{2,10})$")


def _target_word_leads(folded: str, sfigs: list[Fig], a: Fig) -> Fig | None:
    """The value before a in its sentence whose clause reads 目标<name> (年度目标火化率75%), a's own clause naming
    the same metric (实际火化率72.6%); None unless exactly one."""
    cs_a = clause_start(folded, a.start)
    own = folded[cs_a:a.start]
    out = []
    for g in sfigs:
        if g.end > cs_a or g.kind != a.kind or g.quantity and not same_unit(g, a):
            continue
        m = _TARGET_WORD_LEAD.search(folded, clause_start(folded, g.start), g.start)
        if m and m.group("name") in own:
            out.append(g)
    return out[0] if len(out) == 1 else None


def _set_target_named(doc, folded: str, figs: list[Fig], si: int, a: Fig) -> Fig | None:
    """The one target set ahead of sentence si (_set_targets, _listed_under_heading, _planned_at_year_start) whose name
    is a's (新增市场主体 / 全局新增市场主体, 办结率 / 办结率); None when none or targets of different values are."""
    if a.start in _growth_starts(doc, figs) or _is_ref(folded, a) or _planned(folded, doc, a) or in_plan_heading(doc, a):
        return None
    done = _done_name(folded, a)
    if len(done) < 3:
        return None
    cands = _set_or_listed(doc, folded, figs)
    if "年初" in folded or "：" in folded or "计划" in folded:
        cands = (*cands, *_planned_at_year_start(doc, folded, figs))
    named = [g for g, n in _respective_names(cands) if g.sent < si and g.qualifier != "approx"
             and (g.kind == "percent" if a.kind == "percent" else g.quantity and same_unit(g, a))
             and g.start not in _growth_starts(doc, figs) and _names_alike(done, _PLAN_LEAD.sub("", n.lstrip("的")))]
    return named[0] if named and len({g.norm for g in named}) == 1 else None


# ，超额完成年度投资计划 / ，未完成县下达的任务 / ，控制在指标以内: a claim on a target right after a value
_AFTER_VALUE_CLAIM = re.compile(
    r"[，,](?:(?P<neg>" + _NOT + r")|(?:已|均|全面|圆满|顺利|如期|超额|提前)*)(?:完成|实现|达到)了?(?:年度|全年|年初)?"
    r"(?:[省市县区镇乡]|上级|市局|县局)?(?:下达|确定)?的?[\u4e00-\u9fff]{0,4}?(?:计划|任务|目标|指标)(?:任务|要求)?(?=[，,；;。！？]|$)"
    r"|[，,](?:均|已|仍|有效)?(?P<ctl>控制在)(?:年度|全年)?[\u4e00-\u9fff]{0,4}?(?:指标|预算|目标|计划|限额)(?:数|额|值)?(?:以内|范围内|之内)(?=[，,；;。！？]|$)")
_TARGET_NOUN_IN = re.compile(r"计划|预算|指标|任务|目标|限额")
_OUTTURN = re.compile(r"[，,](?:全年|年度|实际)?(?:决算数?|执行数|实际数|实际执行数|实际支出数?)(?:为|是)?$")
_BARE_DONE = frozenset(("支出", "完成", "为", "达到", "实现", "使用", "发生"))


def _claims_right_after_values(doc, folded: str, figs: list[Fig], sents: dict, rows: list[dict]) -> list[dict]:
    """…控制指标为45人以内，全年…死亡41人，控制在指标以内 / 全年…投资计划为28亿元。…完成投资27.46亿元，超额完成年度投资
    计划: a claim right after a value that no row judges yet → judged on the one target of the value's unit named
    earlier in its sentence (by a target word), else in the sentence just before (same paragraph), sharing a word of
    the value's clause."""
    out = []
    covered = [(r["start"], r["end"]) for r in rows if r["rule"] == "target_met"]
    for a in figs:
        if not a.quantity or folded[a.end:a.end + 1] not in ("，", ","):
            continue  # (tried only right after an amount: a scan of the text would try every comma)
        m = _AFTER_VALUE_CLAIM.match(folded, a.end)
        if m is None or a.sent < 0 or any(x < m.end() and a.start < y for x, y in covered) \
                or _is_ref(folded, a) or _planned(folded, doc, a) or in_plan_heading(doc, a):
            continue
        sfigs = sents.get(a.sent, [])
        own = [g for g in sfigs if g.end <= a.start and same_unit(g, a)]
        done = _done_name(folded, a)

        def named(g: Fig, words: str) -> bool:
            # the target's name shares a word with the value's (its clause's, for a value named by its verb only) and
            # names no other metric of the same head (新建污水管网 / 改造雨水管网)
            tn = _TARGET_NAME_TAIL.sub("", _metric_label(folded, g))
            return bool(_bigrams(tn) & _bigrams(words) - _PAIR_COMMON) and not _other_metric(done, tn)

        # (经费预算48.6万元，实际支出45.2万元，控制在预算以内: a value named by its verb alone, in the clause right after
        # the target's, is the target's own)
        # (预算数42万元，决算数45.6万元，控制在预算数以内: the outturn named so, right after its budget)
        between = folded[clause_start(folded, a.start) - 1:a.start]
        t = own[-1] if own and _TARGET_NOUN_IN.search(label_of(folded, own[-1])) and _is_tgt(folded, own[-1]) \
            and (named(own[-1], done) or clause_end(folded, own[-1].end) + 1 == clause_start(folded, a.start) and (
                done in _BARE_DONE and _ACTUAL_AFTER.search(between)
                or "预算" in label_of(folded, own[-1]) and _OUTTURN.match(between))) else None
        if t is None and own:
            continue  # another value of the unit before it in the sentence: which one the target is, is not said
        if t is None and a.sent > 0:
            prev = [g for g in sents.get(a.sent - 1, []) if same_unit(g, a)]
            s0 = doc.sentences[a.sent].start
            if len(prev) == 1 and "\n" not in folded[prev[0].end:a.start] and _is_tgt(folded, prev[0]) \
                    and named(prev[0], folded[s0:m.end()]):
                t = prev[0]
        if t is None or t.qualifier == "approx":
            continue
        ctl = bool(m.group("ctl"))
        at_most = ctl or t.qualifier in ("at_most", "less_than") or _lower_better(folded, a) or _is_ceiling(folded, a, t)
        row = _met(a, t, "", not m.group("neg"), "超额" in m.group(0), at_most=at_most, claim_to=m.end())
        row["start"] = clause_start(folded, a.start) if t.sent != a.sent else row["start"]
        out.append(row)
        covered.append((row["start"], row["end"]))
    return out


# 时间过半、任务过半 / 实现“双过半” / 超过序时进度: a claim that half the year's target (the time gone) was reached
_HALF_CLAIM = re.compile(r"(?:实现了?|达到了?|做到了?)?[“\"]?(?:时间过半[、，,]?任务过半|双过半)[”\"]?(?:目标)?"
                         r"|(?:超过|快于|达到|赶超)了?(?:时间|序时)进度")
_HALF_CAUSE = "half the target claimed but not reached"
_HALF_PERIOD = re.compile(r"上半年|1[-—至~]6月|一至六月|前六个月|半年")
_COMPLETION_PCT = re.compile(r"(?:完成|占|为|达到)(?:了)?[^，,；;。！？\d%]{0,10}?(?:目标|计划|任务)(?:任务)?[^，,；;。！？%]{0,12}?的$"
                             r"|(?:完成率|完成进度|完成比例)(?:为|达到|达)?$")


def _half_way_claims(doc, folded: str, figs: list[Fig], rows: list[dict]) -> list[dict]:
    """上半年…完成全年目标任务的45.2%，实现了时间过半、任务过半: the half-year share of the year's target against the
    claim that half was done (序时进度 only in a report or sentence on the first half): inconsistent when the share
    cannot reach 50%."""
    out = []
    if "过半" not in folded and "进度" not in folded:
        return out  # (the words every claim holds: 时间过半 / 双过半, 序时进度; the pattern's scan only then)
    for m in _HALF_CLAIM.finditer(folded):
        sent = doc.sentence_at(m.start())
        if sent is None or _EXHORT.search(folded, clause_start(folded, m.start()), m.start()) \
                or _NEGATION.search(folded, max(sent.start, m.start() - 3), m.start()):
            continue
        if "进度" in m.group(0) and not (_HALF_PERIOD.search(folded, sent.start, m.start())
                                         or _HALF_PERIOD.search(folded.lstrip()[:60])):
            continue  # 序时进度 of another part of the year
        pcts = [f for f in figs if sent.start <= f.start and f.end <= m.start() and f.kind == "percent"
                and _COMPLETION_PCT.search(folded, clause_start(folded, f.start), f.start)]
        if not pcts:
            # …各项指标均实现了“时间过半、任务过半” after the completion percentages of earlier sentences: judged on
            # the year's targets the rows read — inconsistent when one is under half
            read = _half_rows(folded, figs, rows, m)
            under = [x for x in read if (iv := x[2].pct_interval()).high is not None and iv.high < Decimal(50)]
            if under:
                a, t, p = under[0]
                out.append(result("target_met", schema.INCONSISTENT, [a, t, p], m.start(), m.end(),
                                  f"{m.group(0)} (half the year, half the targets)",
                                  f"{a.text} is {p.text} of the year's target {t.text}: under half",
                                  f"The text says every target was half done at half the year, but {a.text} is only "
                                  f"{p.text} of {t.text}.",
                                  f"文中称“时间过半、任务过半”，但{a.text}仅完成年度目标{t.text}的{p.text}，未过半。", _HALF_CAUSE))
            elif read:
                out.append(result("target_met", schema.CONSISTENT, [f for x in read for f in x], m.start(), m.end(),
                                  f"{m.group(0)} (half the year, half the targets)",
                                  f"{len(read)} target(s) read, each at least half done",
                                  "Every target whose completion the text gives is at least half done, as the text says.",
                                  "文中给出完成进度的各项目标均已过半，与所述一致。"))
            continue
        if len(pcts) != 1:
            continue
        p = pcts[0]
        iv = p.pct_interval()
        if iv is None or not iv.bounded:
            continue
        half = Decimal(50)
        # 基本实现“时间过半、任务过半” at 49.1%: a hedged claim admits falling a little short of half
        hedged = bool(re.search(r"基本|总体|大体", folded[max(sent.start, m.start() - 3):m.start()]))
        if hedged and iv.high < half and iv.high >= Decimal(40):
            continue
        if iv.high < half:
            verdict, how = schema.INCONSISTENT, f"{p.text} < 50%"
        elif iv.low >= half:
            verdict, how = schema.CONSISTENT, f"{p.text} ≥ 50%"
        else:
            continue
        claim = m.group(0)
        en = (f"{p.text} of the year's target done by mid-year {'is' if verdict == schema.CONSISTENT else 'is not'} "
              f"half or more, {'as' if verdict == schema.CONSISTENT else 'but'} the text claims ({claim}).")
        zh = f"上半年完成全年目标的{p.text}，{'与' if verdict == schema.CONSISTENT else '未过半，与'}“{claim}”{'相符' if verdict == schema.CONSISTENT else '不符'}。"
        out.append(result("target_met", verdict, [p], clause_start(folded, p.start), m.end(), f"{p.text}; {claim}", how,
                          en, zh, "" if verdict == schema.CONSISTENT else _HALF_CAUSE))
    return out


# 增长7.9%，处在7.5%—8%的预期目标区间: a value claimed to lie within a target range
_IN_RANGE_BEFORE = re.compile(r"(?P<neg>未能?|没有)?(?:处在|处于|保持在|控制在|位于|落在|实现在|运行在)$")
_RANGE_TARGET_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,6}?(?:目标|预期|调控)(?:目标)?(?:区间|范围)(?:内|之内|以内)?(?=[，,；;。！？\n]|$)")


def _range_targets(folded: str, figs: list[Fig], sents: dict, rows: list[dict]) -> list[dict]:
    """增长7.9%，处在7.5%—8%的预期目标区间: the one value of the clause right before, against both ends of the range
    (the value's rounding interval inside → consistent; wholly outside → inconsistent; astride an end → no row)."""
    out = []
    judged = {i for r in rows for i in r["figure_ids"].split()}
    for t in figs:
        if t.kind != "range" or t.value is None or t.value_high is None or t.id in judged:
            continue
        cs = clause_start(folded, t.start)
        lead = _IN_RANGE_BEFORE.search(folded, cs, t.start)
        tail = _RANGE_TARGET_AFTER.match(folded, t.end)
        if lead is None or tail is None or folded[cs:lead.start()].strip(" 　，,均已"):
            continue
        # (…增长5.5%，其中第三产业增长6.8%，处在…区间: the claim is of the one rate of its part of the sentence)
        seg = clause_start(folded, cs, "；;。！？!?\n")
        prev = [a for a in sents.get(t.sent, ()) if seg <= a.start and a.end <= cs and a.kind == "percent"]
        if len(prev) != 1 or clause_end(folded, prev[0].end) + 1 != cs or "%" not in t.text.replace("％", "%"):
            continue
        a = prev[0]
        iv, lo, hi = a.pct_interval(), t.value, t.value_high
        if iv is None or not iv.bounded:
            continue
        # (a value on an end, 8.0% of 7.5%—8%, lies within under one reading of its rounding: within)
        outside = iv.high < lo or iv.low > hi
        inside = not outside if not lead.group("neg") else lo <= iv.low and iv.high <= hi
        if lead.group("neg") and not inside and not outside:
            continue
        claims = not lead.group("neg")
        verdict = schema.CONSISTENT if inside == claims else schema.INCONSISTENT
        claim = folded[lead.start():tail.end()]
        how = f"{a.text} {'within' if inside else 'outside'} {t.text}"
        en = (f"{a.text} lies {'within' if inside else 'outside'} the target range {t.text}"
              f"{', as the text says' if verdict == schema.CONSISTENT else ', though the text says otherwise'}.")
        zh = f"{a.text}{'在' if inside else '不在'}目标区间{t.text}内，{'与文中表述一致' if verdict == schema.CONSISTENT else '与文中表述不符'}。"
        out.append(result("target_met", verdict, [a, t], clause_start(folded, a.start), tail.end(),
                          f"{a.text}; {claim}", how, en, zh,
                          "" if verdict == schema.CONSISTENT else "target claimed met but not reached"))
    return out


# 12项民生实事全部完成 / 8个重点项目均已建成: a count of items set, all claimed done
_COUNT_DONE = re.compile(r"(?:全部|均|已全部|均已|全面)(?:已)?(?:完成|办结|建成|落实|兑现)")
_ITEMS_SET = re.compile(r"年初|确定|承诺|计划|部署|安排|下达")
_ITEMS_NAME = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:项目)?(?=(?:全部|均|已全部|均已|全面))")
_DONE_LABEL = re.compile(r"(?:完成|办结|建成|兑现|落实)(?:了)?$")


def _counted_items_claims(doc, folded: str, figs: list[Fig], rows: list[dict]) -> list[dict]:
    """年初确定民生实事项目12项 … 全年完成11项 … 12项民生实事全部完成: a claim that all of a count of items set at the start
    of the year were done → inconsistent when a smaller count of them is said done, consistent when none is and the
    claim counts as many as were set; no row when no count was set."""
    out = []
    covered = [(r["start"], r["end"]) for r in rows if r["rule"] == "target_met"]
    for c in figs:
        if c.kind != "count" or c.value is None or c.sent < 1 or c.unit not in ("项", "件", "个", "类", "批"):
            continue
        name_m = _ITEMS_NAME.match(folded, c.end, c.end + 12)
        if name_m is None:
            continue
        m = _COUNT_DONE.match(folded, name_m.end())
        if m is None or any(x < m.end() and c.start < y for x, y in covered) \
                or _EXHORT.search(folded, clause_start(folded, c.start), c.start) or _planned(folded, doc, c):
            continue
        what = _bigrams(name_m.group(1)) - _PAIR_COMMON
        tail = name_m.end() + (m.end() - m.start())
        if not what or name_m.group(1).endswith("中") or is_number_char(folded[tail:tail + 1]):
            continue  # 10件实事中全面完成8件: a tally of them, not all
        # the count set before, named with the claim's words, in a sentence that sets it
        sets = [g for g in figs if g.sent < c.sent and g.unit == c.unit and g.value is not None
                and what & _bigrams(folded[clause_start(folded, g.start):g.end + 8])
                and _ITEMS_SET.search(folded, doc.sentences[g.sent].start, g.start)
                and not RESULT_IN_PLAN.search(folded, doc.sentences[g.sent].start, g.start)]
        if len({g.value for g in sets}) != 1:
            continue
        t = sets[-1]
        end = name_m.end() + (m.end() - m.start())
        done = [g for g in figs if t.sent < g.sent and g.sent <= c.sent and g is not c and g.unit == c.unit
                and g.value is not None and g.value < t.value and _DONE_LABEL.search(label_of(folded, g))
                and (g.sent == t.sent + 1 and "\n" not in folded[t.end:g.start]
                     or what & _bigrams(folded[clause_start(folded, g.start, "；;。！？!?\n"):g.end]))]
        if done:
            d = done[-1]
            out.append(result("target_met", schema.INCONSISTENT, [c, t, d], c.start, end,
                              f"{folded[c.start:end]} (all {t.text} done)", f"{d.text} of {t.text} done",
                              f"The text says all {c.text} were done, but it states only {d.text} of the {t.text} set were.",
                              f"文中称{folded[c.start:end]}，但此前只完成{d.text}（共{t.text}）。",
                              "target claimed met but not reached"))
        elif c.value == t.value:
            out.append(result("target_met", schema.CONSISTENT, [c, t], c.start, end,
                              f"{folded[c.start:end]} (all {t.text} done)", f"{c.text} of {t.text} set",
                              f"All {t.text} set were done, as the text says.",
                              f"年初确定{t.text}，文中称全部完成，计数一致。"))
    return out


# 要完成 / 应完成 / 下达…任务 / 目标责任书: the words of a sentence that requires an amount of the year
_REQUIRES = re.compile(r"(?:要|应|需|须)(?:完成|实现|达到|新增|新建)|下达|任务|目标|责任书|计划")


def _required_just_before(doc, folded: str, sents: dict, si: int, vals: list[Fig]) -> tuple[Fig, Fig] | None:
    """(value, target): the one amount in the sentence just before (same paragraph) that requires a value of the year
    (要完成…, 应完成…, …下达的任务), of the value's unit and named with its words — of the values before the claim, the
    one that shares most words with it; None when there is none or no one best."""
    prev = sents.get(si - 1, []) if si > 0 else []
    if not prev or not vals or "\n" in folded[prev[-1].end:vals[0].start]:
        return None
    p0, p1 = doc.sentences[si - 1].start, doc.sentences[si - 1].end
    if not _REQUIRES.search(folded, p0, p1) or RESULT_IN_PLAN.search(folded, p0, p1) or _LONGER_SPAN.search(folded, p0, p1) \
            or any(doc.year and int(y) != doc.year for y in _YEAR_IN_LEAD.findall(folded, p0, p1)):
        return None
    scored = []
    for a in vals:
        if _is_ref(folded, a) or _planned(folded, doc, a):
            continue
        cands = [g for g in prev if g.quantity and same_unit(g, a)]
        if len(cands) != 1:
            continue
        t = cands[0]
        tl = _metric_label(folded, t, lead=True)
        k = len((_bigrams(tl) & _bigrams(_done_name(folded, a))) - _PAIR_COMMON)
        if k and not _other_metric(_done_name(folded, a), _TARGET_NAME_TAIL.sub("", tl)):
            scored.append((k, a, t))
    if not scored:
        return None
    best = max(k for k, _, _ in scored)
    top = [(a, t) for k, a, t in scored if k == best]
    return top[0] if len(top) == 1 else None


# 年初向居民承诺的 / 年初确定的 / 区里部署的: a count pledged or set for the year, its work named right after it
_PLEDGE_LABEL = re.compile(r"(?:年初|年度|全年|今年)[^，,；;。\d%]{0,8}?(?:承诺|确定|部署|安排|提出)(?:了|的)?$")
_WORK_AFTER = re.compile(r"[\u4e00-\u9fff]{2,8}?(?=[，,；;。]|$)")


def _shares_work(work: str, what: str) -> bool:
    """民生实事 / 年度民生实事, 为民办实事项目 / 为民办实事: one name inside the other, or four characters in a row
    in common."""
    if work in what or len(what) >= 3 and what in work:
        return True
    return any(work[i:i + 4] in what for i in range(len(work) - 3))


def _pledged_before(folded: str, sfigs: list[Fig], a: Fig, what: str, cs: int) -> Fig | None:
    """The one count of a's unit earlier in the sentence, in a clause of its own, that the year pledged or set
    (年初承诺的10件民生实事) and whose work the claim names (…民生实事任务), else None."""
    found = []
    for g in sfigs:
        if g.end > a.start or g is a or not g.quantity or not same_unit(g, a) or g.start >= clause_start(folded, a.start):
            continue
        w = _WORK_AFTER.match(folded, g.end)
        if w and _shares_work(w.group(0), what) and _PLEDGE_LABEL.search(label_of(folded, g)):
            found.append(g)
    return found[0] if len(found) == 1 else None


# 年初设定谋划储备重大项目60个 / 年初要求…开工率达到90% / 省里下达我县新建…任务: a value the year set, named by who
# set it, not by a target noun
_SET_BY = re.compile(r"(?:年初|年度|全年|今年|本年|去年[^，,；;。！？\d%]{0,6}?(?:报告|会议)|上级|省里?|市里?|县里?|区里?)[^，,；;。！？\d%]{0,8}?(?:设定|要求|确定|提出|计划|下达|部署|安排)了?")
_SET_BY_QUICK = re.compile(r"设定|要求|确定|提出|计划|下达|部署|安排")


def _set_earlier_in_sentence(doc, folded: str, sfigs: list[Fig], a: Fig) -> Fig | None:
    """The one value of a's unit (a rate for a rate) set for the year earlier in a's sentence, in a clause before a's
    (年初设定谋划储备重大项目60个，实际入库72个 / 年初要求…开工率达到90%，…开工率88.1%), whose label names who set it
    and, for a rate, shares a word with a's label; else None."""
    found = []
    a_lab = label_of(folded, a)
    a_words = _bigrams(a_lab) - _COMMON_BIGRAMS
    for g in sfigs:
        if g.end > a.start or g is a or g.start >= clause_start(folded, a.start):
            continue
        if not (same_unit(g, a) and g.quantity and a.quantity or g.kind == a.kind == "percent"):
            continue
        lab = folded[clause_start(folded, g.start):g.start]
        if not _SET_BY_QUICK.search(lab) or not _SET_BY.search(lab) or _PLAN_AHEAD.search(lab) or _is_ref(folded, g):
            continue
        if g.quantity and (_BUDGET_WORDS.search(lab) or _SPENDING.search(a_lab)):
            continue  # 年初安排资金500万元，实际支出480万元: money set aside is a ceiling to spend within, no goal
        if g.kind == "percent" and not a_words & _bigrams(lab):
            continue
        if a.quantity and not (a_words & _bigrams(lab) or a_lab.startswith("实际") or _DONE_VERB_ONLY.fullmatch(a_lab)):
            continue  # (年初确定开展重点专项调查10项，全年完成7项: a bare verb of doing counts what was set)
        found.append(g)
    return found[0] if len(found) == 1 else None


_DONE_VERB_ONLY = re.compile(r"(?:全年|年内|当年|今年|实际|已经|已|共|累计)*(?:完成|开展|办成|办结|建成|落实)了?")
# 明年/下一步/力争/确保: a value set for what is still to come
_PLAN_AHEAD = re.compile(r"明年|下一步|下步|力争|确保|争取|(?:19|20)\d\d年")


# spending against its budget or a control ceiling: being under it is not a missed target
_SPENDING = re.compile(r"支出|经费|费用|开支|成本|耗|三公|死亡|事故|排放")
_CEILING = re.compile(r"预算|控制|限额|上限|指标")


def _is_ceiling(folded: str, a: Fig, t: Fig) -> bool:
    """Is target t a ceiling for a (三公经费支出 against 预算数, 死亡人数 against 控制指标) rather than a goal to reach?"""
    if not _CEILING.search(label_of(folded, t)):
        return False
    # (采购预算5.82亿元，实际采购金额5.31亿元，节约资金0.51亿元: money kept under a budget the text calls a saving)
    return bool(_SPENDING.search(folded[clause_start(folded, a.start, "；;。！？!?\n"):a.start])
                or "预算" in label_of(folded, t) and _SAVED.search(folded, a.end, clause_end(folded, a.end, "；;。！？!?\n")))


_SAVED = re.compile(r"节约|节省|结余")


# 细颗粒物浓度, 单位GDP能耗, 死亡率, 发病率, 失业率: measures whose target is a ceiling, however it is worded
_LOWER_BETTER = re.compile(_LOWER_BETTER_WORDS)


def _lower_better(folded: str, a: Fig) -> bool:
    """Does the achieved value's own label name a measure that is better the lower it is?"""
    return bool(_LOWER_BETTER.search(label_of(folded, a)))


def _recorded(a: Fig, t: Fig, text: str, at_most: bool = False, claim_to: int = 0) -> dict:
    """Achieved against target with no claim of either in the text (目标5个，实际建成4个): the row records how they stand —
    consistent by construction, its computed side saying met or not."""
    met = _met(a, t, text, True, at_most=at_most)["verdict"] == schema.CONSISTENT
    return _met(a, t, text, met, at_most=at_most, claim_to=claim_to)


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


# 截至6月底, 到9月末, 上半年, 前三季度, 1-8月: a status dated inside the year; 年底/年末/全年/累计: the year's end
_MID_DATED = re.compile(r"(?:截至|截止|到|至)?\d{1,2}月(?:底|末|份)|上半年|前?[一二三1-3]季度|前[一二三四五六七八九十\d]{1,2}个?月|\d{1,2}[-—至~]\d{1,2}月")
_YEAR_END = re.compile(r"年底|年末|全年|累计|当年")


def _yearend_after_status(folded: str, mid: Fig, end: Fig, p: Fig) -> bool:
    """mid dated inside the year in its clause, end (the last value before percentage p, in the clause right before
    p's) dated the year's end in its own: the percentage is of end."""
    ce = clause_start(folded, end.start)
    if clause_start(folded, p.start) != clause_end(folded, end.end) + 1 or folded[ce:end.start].startswith("其中"):
        return False
    own = folded[ce:end.start]
    return bool(_MID_DATED.search(folded[clause_start(folded, mid.start):mid.start])
                and _YEAR_END.search(own) and not _MID_DATED.search(own))


_SEMI = re.compile(r"[；;]")


def _pct_or_times(p: Fig) -> Interval | None:
    """The interval a completion percentage states, in percent (是任务的1.25倍: 124.5–125.5%)."""
    return p.interval().scale(HUNDRED) if p.unit == "倍" and p.value is not None else p.pct_interval()


def _zero_target_row(a: Fig, t: Fig, p: Fig) -> dict:
    """A target of nothing (事故发生次数：目标值0次，实际值0次，完成率100%): no ratio to take — met in full when the value
    is nothing too, and the stated rate must say so (100%, or more)."""
    met = a.value == 0
    want = p.pct_interval()
    says_met = want is not None and want.high is not None and want.high >= HUNDRED
    return _target_row(met == says_met, sorted([a, t, p], key=lambda f: f.start), f"{a.text} = {p.text} of target {t.text}",
                       f"target {t.text}: {a.text} {'meets' if met else 'misses'} it; stated {p.text}",
                       (f"The target is {t.text} and {a.text} {'meets' if met else 'misses'} it, as the stated {p.text} says.",
                        f"目标为{t.text}，实际{a.text}，与所述{p.text}相符。"),
                       (f"The target is {t.text} and {a.text} {'meets' if met else 'misses'} it, not as the stated {p.text} says.",
                        f"目标为{t.text}，实际{a.text}，与所述{p.text}不符。"))


def _no_target(t: Fig) -> bool:
    """Is the target nothing (0次, 0起): a ratio to it cannot be taken."""
    iv = t.set_interval()
    return iv.low is not None and iv.high is not None and iv.low <= 0 <= iv.high


def _pct_of_target(a: Fig, t: Fig, p: Fig) -> dict:
    """为年初预算X的P% / 是省下达任务的N倍: achieved / target against the stated completion percentage (or multiple)."""
    if _no_target(t):
        return _zero_target_row(a, t, p)
    times = p.unit == "倍"
    got = (a.norm_interval() / t.set_interval()).scale(Decimal(1) if times else HUNDRED)
    want, d = (p.interval() if times else p.pct_interval()), p.decimals or 0
    unit = "倍" if times else "%"
    g = fmt_interval(got, d + 1, unit)
    return _target_row(got.overlaps(want), [a, t, p], f"{a.text} = {p.text} of target {t.text}",
                       f"{a.text}/{t.text} = {g}; stated {p.text} needs {fmt_interval(want, d + 1, unit)}",
                       (f"{a.text} is {g} of the target {t.text}, matching the stated {p.text}.",
                        f"{a.text}为目标{t.text}的{g}，与所述{p.text}相符。"),
                       (f"{a.text} is {g} of the target {t.text}, not the stated {p.text}.",
                        f"{a.text}实为目标{t.text}的{g}，而非{p.text}。"))


# 计划建设 / 计划解决 / 计划完成: a plan's verb opening the clauses of the values it sets
_PLAN_OPEN = re.compile(r"计划(?:新建|建设|建成|完成|实施|解决|改造|培训|开展|新增|投资|安装|铺设)")


def _clause_words(folded: str, g: Fig) -> set[str]:
    """The bigrams of a figure's clause without the figure itself (the words naming what it counts)."""
    return _bigrams(folded[clause_start(folded, g.start):g.start] + "｜" + folded[g.end:clause_end(folded, g.end)])


def _planned_work(doc, folded: str, figs: list[Fig], a: Fig, p: Fig) -> Fig | None:
    """The value of a's unit (or the level, for a rate) set by a plan's verb (计划建设…45处，解决3.6万人…) in an earlier sentence, whose clause shares
    at least two word pairs with a's; None unless exactly one value fits."""
    words = _clause_words(folded, a) - _COMMON_BIGRAMS
    out = []
    for g in figs:
        if g.sent >= a.sent or g.kind != a.kind or (not same_unit(g, a) or g.qualifier if g.quantity else g.kind != "percent"):
            continue
        s0 = doc.sentences[g.sent].start
        m = _PLAN_OPEN.search(folded, s0, g.start)
        if m is None or re.search(r"[。；;]", folded[m.end():g.start]) or len(words & _clause_words(folded, g)) < 2:
            continue
        out.append(g)
    return out[0] if len({g.norm for g in out}) == 1 else None


def _pct_of_unstated(doc, folded: str, sents: dict, a: Fig, p: Fig, phrase: str, figs: list[Fig] | None = None) -> dict:
    """完成全年预算的96.4% with no target in the sentence → judged against the one target of the sentence before
    that the phrase names best (全年预算 → 经调整后全年预算数3,850万元); else unverifiable with the implied target.
    A target found so far away only confirms: when it does not fit, the row stays unverifiable."""
    own = _set_earlier_in_sentence(doc, folded, sents.get(a.sent, []), a) if a.sent == p.sent else None
    if own is not None:
        # 年初设定谋划储备重大项目60个，实际入库72个，完成年度目标的120.0%: the target set earlier in the sentence
        return _pct_of_target(a, own, p)
    prev = sents.get(p.sent - 1, []) if p.sent > 0 else []
    if prev and "\n" in folded[prev[-1].end:a.start]:
        prev = []
    cands = [g for g in prev if same_unit(g, a) and _is_tgt(folded, g) and not re.match(r"的[\d.]+%", folded[g.end:g.end + 10])]
    t = _best_named(phrase, [(g, label_of(folded, g)) for g in cands])
    if t is None and len(cands) == 1 and _bigrams(phrase) & _bigrams(label_of(folded, cands[0])):
        t = cands[0]  # 为计划的103.5% after 计划总投资15.86亿元: the one target named so (it may only confirm)
    if t is None and not cands and p.sent > 1:
        # 年度计划投资82.4亿元。其中…。按类别分…。1—11月…完成投资76.8亿元，占年度计划的93.2%: the one target of the
        # paragraph's earlier sentences that the phrase names best (it too may only confirm)
        far = [g for sj in range(p.sent - 2, max(p.sent - 5, -1), -1) for g in sents.get(sj, [])
               if "\n" not in folded[g.end:a.start] and same_unit(g, a) and _is_tgt(folded, g)
               and not re.match(r"的[\d.]+%", folded[g.end:g.end + 10])]
        t = _best_named(phrase, [(g, label_of(folded, g)) for g in far])
    if t is not None:
        row = _pct_of_target(a, t, p)
        if row["verdict"] == schema.CONSISTENT or _same_metric(folded, a, t, short=t.sent == p.sent - 1):
            return row  # (a target named as the value's own metric decides, whatever it gives)
    if t is None and figs is not None:
        # 一般公共预算收入预算为12.3亿元 (a section before) … 一般公共预算收入完成12.6亿元，为预算的102.4%: the one
        # target stated earlier under the value's own metric
        far = [g for g in figs if g.sent < p.sent and g.quantity and same_unit(g, a) and _is_tgt(folded, g)
               and not re.match(r"的[\d.]+%", folded[g.end:g.end + 10]) and _same_metric(folded, a, g)]
        if len({g.norm for g in far}) == 1:
            row = _pct_of_target(a, far[-1], p)
            row["start"] = a.start
            return row
    if figs is not None:
        # 确定了招商引资到位资金80亿元…等年度目标。…招商引资到位资金86.2亿元，为年度计划的112.8%: the one target set
        # earlier under exactly the value's name
        name = _DONE_LEAD.sub("", _NAME_LEADS.sub("", _YEAR_LEAD.sub("", _metric_label(folded, a))))
        # (全社会固定资产投资完成412.6亿元: the verb after the name is no part of it, as in the targets set)
        name = _DONE_TAIL.sub("", name)
        if _VERB_ONLY_LABEL.fullmatch(name) and (after := _NAME_AFTER.match(folded, a.end)):
            name = after.group(1)  # 全年完成42个村环境整治，为目标的93.3%: the work named after its number
        # 年初设定目标：…技术合同成交额达到60亿元…。…登记技术合同1860项，成交额68.4亿元，完成目标的114%: the one target
        # set of that metric, its name the value's own or the value's name after words its own sentence names first
        # (or listed under a heading of the year's targets: 一、年度目标 / 植树造林面积达到2万亩)
        ends = [(g, n) for g, n in _set_or_listed(doc, folded, figs)
                if g.sent < p.sent and same_unit(g, a)
                and len(name) >= 2 and n.endswith(name)]
        s0 = doc.sentences[a.sent].start
        named = [g for g, n in ends if n == name and len(name) >= 4
                 or n != name and len(n) - len(name) >= 2 and n[:-len(name)] in folded[s0:a.start]]
        if len(ends) == 1 and len(named) == 1:
            row = _pct_of_target(a, named[0], p)
            row["start"] = a.start
            return row
    if figs is not None and "计划" in phrase:
        # 计划建设集中供水工程45处，解决3.6万人饮水不安全问题 (the project's plan, a section before) … 建成集中供水工程42处，
        # 为计划的93.3%: the one value of the unit a plan's clause set earlier, whose clause names the same work; it may
        # only confirm
        t = _planned_work(doc, folded, figs, a, p)
        if t is not None:
            row = _pct_of_target(a, t, p)
            if row["verdict"] == schema.CONSISTENT:
                row["start"] = a.start
                return row
    want = p.pct_interval()
    got = a.interval()
    shown, shown_zh = "of any size", "无法推算"
    if want is not None and want.bounded and want.low > 0:
        implied, places = got / want.scale(Decimal("0.01")), (a.decimals or 0) + 1
        q = Decimal(1).scaleb(-places)
        if got.bounded:
            shown = fmt_outward(implied, places, a.unit)
            shown, shown_zh = f"in {shown}", f"在{shown}之间"
        elif got.low is not None and implied.low:  # (0.23万人以上 at 23.04%: an open side leaves one end of the target)
            least = format(implied.low.quantize(q, rounding=ROUND_FLOOR), "f")
            shown, shown_zh = f"of at least {least}{a.unit}", f"不低于{least}{a.unit}"
        elif got.low is None and implied.high is not None:  # (近580万元 at 58%: at most)
            most = format(implied.high.quantize(q, rounding=ROUND_CEILING), "f")
            shown, shown_zh = f"of at most {most}{a.unit}", f"不高于{most}{a.unit}"
    return result("target_met", schema.UNVERIFIABLE, [a, p], a.start, p.end, f"{a.text} = {p.text} of the target",
                  f"the target is not stated; {a.text} at {p.text} implies a target {shown}",
                  f"The target is not stated, so {p.text} cannot be checked; it implies a target {shown}.",
                  f"文中未给出目标数，无法核对{p.text}；按此推算目标应{shown_zh}。")


def _same_metric(folded: str, a: Fig, t: Fig, short: bool = False) -> bool:
    """Does a target (固定资产投资目标任务25亿元 / 一般公共预算收入预算为12.3亿元) name the value's own metric
    (上半年完成固定资产投资12.3亿元 / 一般公共预算收入完成12.6亿元), in four characters or more? (short: or exactly the
    same name of two or more once who set it is left out: 省林业厅下达我县2011年造林任务 and 全年完成造林)"""
    tname = _TARGET_NAME_TAIL.sub("", _NAME_LEADS.sub("", _YEAR_LEAD.sub("", _metric_label(folded, t))))
    tname = re.sub(r"(?:预算|目标任务|目标|任务|计划)(?:数|值)?(?:为|是)?$", "", tname)
    aname = _DONE_TAIL.sub("", _NAME_LEADS.sub("", _YEAR_LEAD.sub("", _metric_label(folded, a))))
    aname = re.sub(r"^(?:上半年|前三季度|全年|年内)?(?:共|累计)?(?:完成|实现)?", "", aname)
    if short and len(aname) >= 2 and (m := _SET_FOR.match(tname)) and tname[m.end():] == aname:
        return True
    return len(tname) >= 4 and len(aname) >= 4 and (tname.endswith(aname) or aname.endswith(tname))


# 省林业厅下达我县2011年 / 市政府下达给我区的: who set a target for whom, before the target's name
_SET_FOR = re.compile(r"^[^，,；;。！？\d%]{0,10}?下达(?:给)?[我本](?:省|市|县|区|镇|乡|旗)的?(?:(?:19|20)\d\d年度?)?的?")


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
    """比目标T高出N个百分点: achieved − target against N (the target a value set, not measured)."""
    diff = a.interval() - (Interval.point(t.value) if t.value_high is None else t.interval())
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


# 完成高标准农田建设3.2万亩，年初计划3.5万亩 / 送戏下乡642场，年度目标600场: the plan of the value right before, in
# a clause of its own that names nothing else
_PLAN_CLAUSE_SCAN = re.compile(r"(?:计划|目标|任务)(?:任务|数|值)?(?:为|是)?(?=[\d０-９一二三四五六七八九十两])")
_PLAN_CLAUSE_LEAD = re.compile(r"[，,](?:年初|年度|全年|原|上级下达的?|省下达的?|市下达的?)?$")
# 城镇居民人均可支配收入和农民人均纯收入分别增长9%和8%: several metrics in one name, not one
_SEVERAL = re.compile(r"分别|[和及与、]")


# 单位生产总值能耗下降 / 同比增长: the words of change that end a rate's own label
_RATE_VERB_TAIL = re.compile(r"[，,]?(?:同比|比上年|较上年)?(?:增长|提高|增加|上升|下降|降低|减少)了?$")


def _rate_named(doc, folded: str, growths: dict, name: str, down: bool, after_sent: int = -1,
                before: int | None = None) -> Fig | None:
    """The one rate of change (in %) of the metric named `name` (农民人均纯收入) stated as the period's own, after
    sentence after_sent (and before offset `before`); None when none or when rates of different values are so named."""
    if len(name) < 4 or _SEVERAL.search(name):
        return None
    name = _canon(name)
    pool = []
    for gr in growths.values():
        g = gr.g
        if gr.mode != "pct" or gr.down != down or g.sent <= after_sent or before is not None and g.start >= before \
                or _planned(folded, doc, g) or in_plan_heading(doc, g) or is_sub_period(folded, g):
            continue
        own = gr.cur if gr.cur is not None and gr.cur.sent == g.sent else g
        lab = _canon(_RATE_VERB_TAIL.sub("", _done_name(folded, own)))
        if lab != name and "其中" in folded[clause_start(folded, own.start):own.start]:
            continue  # 其中工业增长…: a part's rate (unless named exactly)
        # (外贸进出口总额增长8% set, 进出口总额…增长6.4% done: a word of two characters dropped either way)
        if lab == name or len(lab) >= 4 and lab.endswith(name) and len(lab) - len(name) <= 2 \
                or len(lab) >= 4 and name.endswith(lab) and len(name) - len(lab) <= 2:
            pool.append(g)
    if not pool or len({g.norm if g.norm is not None else g.value for g in pool}) != 1:
        return None
    return pool[0]


# ，距年度目标仍有差距 / ，控制在预期目标以内 / ，未完成年度任务: a clause right after a value that claims on its target
_CLAIM_CLAUSE_AFTER = re.compile(
    r"[，,](?:(?P<gap>(?:距|离)[^，,；;。\d%]{0,12}?(?:目标|任务|计划|要求)[^，,；;。\d%]{0,4}?(?:差距|距离))"
    r"|(?:(?P<neg>" + _NOT + r")|(?:已|均|全面|圆满|顺利|如期|超额|全部|提前)*)(?:完成|实现|达到|控制在)了?"
    r"[^，,；;。\d%]{0,8}?(?:目标|任务|要求|计划)(?:任务)?(?:以内|以下|范围内|之内)?(?=[，,；;。]|$)"
    # ，控制在市下达的指标以内 / ，控制在预算以内: a ceiling kept, named by its indicator or budget
    r"|(?P<neg2>" + _NOT + r")?控制在[^，,；;。\d%]{0,8}?(?:指标|预算|限额|控制线)(?:数|额|值)?(?:以内|以下|范围内|之内)(?=[，,；;。]|$)"
    # ，高于省定目标 / ，低于控制目标 / ，超过目标要求: the value set against its target by a comparison
    r"|(?:(?P<above>高于|超过|超出|优于)|(?P<below>低于|少于))了?(?:年度|全年|年初|预期|既定|[省市县区]定的?|控制|考核)?"
    r"(?:目标|任务|要求|计划|指标)(?:要求|任务|值)?(?=[，,；;。]|$))")


# ，目标全面实现 / ，年度任务未能完成: the same claim with the target's noun first
_NOUN_CLAIM_AFTER = re.compile(r"[，,]"
                               # (，整改目标全面实现: the field's word before the noun; not 其余/各项…, which are others' or all)
                               r"(?!其余|其他|各项|所有|全部|主要|[两二三四五六七八九十\d]项)[\u4e00-\u9fff]{0,4}?"
                               r"(?:年度|全年|年初|既定|预期)?的?(?:目标|任务)(?:任务)?"
                               r"(?:均|已|全面|圆满|顺利|如期|超额|全部)*(?:(?P<neg>" + _NOT + r")|(?:均|已|全面|圆满|顺利|如期|超额|全部)*)"
                               r"(?:完成|实现)(?=[，,；;。]|$)")


def _compares(post: re.Match) -> bool:
    """Does a claim after a value (_CLAIM_CLAUSE_AFTER, _NOUN_CLAIM_AFTER) set it against its target (距…目标仍有差距,
    高于/低于…目标) rather than claim the target met or not?"""
    gd = post.groupdict()
    return bool(gd.get("gap") or gd.get("above") or gd.get("below"))


_BASE_NAMED = re.compile(r"上年|去年|同期|基础上")
# 去年初县人代会确定的主要预期目标是: when the targets were set (the year reviewed), not a base
_SET_LAST_YEAR = re.compile(r"(?:去年|上年)年?初")
# ，较上年提高1.8个百分点 / ，同比增长3.2%: a clause on the value's change between the value and a claim on it
_CHANGE_CLAUSE = re.compile(r"[，,](?:较|比)?(?:上年|去年|上年末|同期)?同?比?(?:提高|增长|增加|上升|下降|降低|减少)了?[\d.]+(?:个百分点|%)(?=[，,])")
_PLAN_WORD = re.compile(r"计划|目标|力争|争取|预期")  # (力争全年引进…20个 under 一、年度目标: a target too)
# 我局2013年的主要目标是： / 确定了办理工作的主要目标： / 年度绩效目标：: a list of targets opened by a colon
_TARGETS_COLON = re.compile(r"(?:目标|指标)(?:任务)?(?:为|是|有)?[：:]")  # (…承担的主要目标有：)
# the words that set a level (达到/稳定在/控制在…以上/以内/左右), and the words of a result that rule a target out
_SET_LEVEL_BEFORE = re.compile(r"(?:达到|稳定在|保持在|控制在|不低于|不高于|不少于|突破|增长|提高到|提升到|降至|降到)$")
_SET_LEVEL_AFTER = re.compile(r"(?:以上|以内|以下|左右)")
# (实际使用外资 / 实际利用外资 / 实际到位资金 name a measure, not a result told)
_DONE_WORDS = re.compile(r"实际(?!使用外资|利用外资|到位)|完成了|已完成|已建成|全年实现|同比|比上年|较上年|截至")
_EMPTY = re.compile(r"")


# 学前三年毛入园率达到90%以上: 三年 inside the name of a listed item (words, then its figure, no span word after it)
_SPAN_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])[三五]年(?![内来间期行])[\u4e00-\u9fff]{2,12}?(?:达到|为|稳定在|保持在|控制在)?\d")


# 一、年初目标 / （一）年度目标任务 / 二、2023年度主要目标: a heading that names the year's targets, nothing more
_YEAR_TARGETS_HEADING = re.compile(r"[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*(?:(?:19|20)\d\d年度?)?(?:年初|年度|全年)的?"
                                   r"(?:主要|工作|绩效|预期)?(?:目标任务|目标|任务目标)")


def _set_or_listed(doc, folded: str, figs: list[Fig]) -> tuple[tuple[Fig, str], ...]:
    """The targets set ahead of the results: _set_targets, then _listed_under_heading; found once a document (a tuple:
    the callers share it)."""
    return cached(doc, "_set_or_listed_cache", figs,
                  lambda: (*_set_targets(doc, folded, figs), *_listed_under_heading(doc, folded, figs)))


def _listed_under_heading(doc, folded: str, figs: list[Fig]) -> list[tuple[Fig, str]]:
    """_listed_targets' targets, found once a document."""
    return _listed_found(doc, folded, figs)[0]


def _listed_found(doc, folded: str, figs: list[Fig]) -> tuple[list[tuple[Fig, str]], frozenset[str], frozenset[str]]:
    """_listed_targets, found once a document."""
    return cached(doc, "_listed_found_cache", figs, lambda: _listed_targets(doc, folded, figs))


def _listed_targets(doc, folded: str, figs: list[Fig]) -> tuple[list[tuple[Fig, str]], frozenset[str], frozenset[str]]:
    """Targets listed after a colon (主要目标是：送戏下乡600场，…) in a sentence under a heading of the year's own targets
    (一、主要目标, in a report that reviews that year), which _set_targets leaves aside for want of a verb that sets
    them; each with the metric it names. Also the ids of the bare list a heading of the year's targets alone makes
    targets (new ones: see _new_targets), and of those in a sentence _set_targets took only for its opening (no new
    ones: listed by _set_targets already)."""
    none: tuple[list[tuple[Fig, str]], frozenset[str], frozenset[str]] = ([], frozenset(), frozenset())
    if "目标" not in folded and "计划" not in folded:
        return none
    starts, heads = doc.top_sections()
    # the spans under a heading of the year's own targets (一、主要目标), where a sentence that plans sets a target
    spans = [(a, starts[i + 1] if i + 1 < len(starts) else len(folded)) for i, (a, h) in enumerate(zip(starts, heads))
             if plan_heading(h, doc.year) and not _PLAN_HEADING.search(h)
             and all(not doc.year or int(y) < doc.year for y in _HEADING_YEARS.findall(h))]
    cand = sentences_with(doc, folded, _TARGETS_COLON) if "目标" in folded else set()
    for a, b in spans:
        cand |= {i for i, snt in enumerate(doc.sentences) if a <= snt.start < b}
    if not cand:
        return none
    targets, _, opens_only = _set_targets_found(doc, folded, figs)
    known = {t.sent for t, _ in targets}
    out = []
    added: set[str] = set()
    listed_before: set[str] = set()
    for si in sorted(cand):
        if si < 0 or si in known and si not in opens_only or si >= len(doc.sentences):
            continue
        s0, s1 = doc.sentences[si].start, doc.sentences[si].end
        m = _TARGETS_COLON.search(folded, s0, s1)
        if m is None:
            # 一、主要目标 / 本项目计划培训…800人次，…达到90%以上: under a heading of the year's targets, a sentence that plans
            m = _PLAN_WORD.search(folded, s0, s1)
            if not any(a <= s0 < b for a, b in spans):
                continue
            if m is None:
                # 一、主要目标 / 粮食播种面积稳定在50万亩以上，粮食总产量达到22万吨: a sentence of levels set, no plan word
                sf = [t for t in figs_by_sentence(doc, figs).get(si, ()) if t.kind == "percent" or t.quantity]
                # 1.新增规上工业企业15家；2.新建村级服务站40个: items numbered under the heading are the targets too
                numbered = _ITEM_NUMBER_IN.match(folded, s0) and len(_ITEM_NUMBER_IN.findall(folded, s0, s1)) >= 2
                # 一、年初目标 / 新增市场主体3000户；新建标准化菜市场4个: a heading that names the year's targets and
                # nothing else lists them, however the items are written
                levels = any(_SET_LEVEL_BEFORE.search(folded, max(s0, t.start - 4), t.start)
                             or _SET_LEVEL_AFTER.match(folded, t.end) for t in sf)
                if not numbered and not levels and len(sf) >= 1 \
                        and _YEAR_TARGETS_HEADING.fullmatch((doc.section_at(s0) or "").strip()):
                    numbered = True
                    added.update(t.id for t in sf)
                if not sf or _DONE_WORDS.search(folded, s0, s1) or not numbered and not levels:
                    continue
                m = _EMPTY.match(folded, s0)
        if m is None:
            continue
        # the words that set the list and the list itself (历年来最多的一年，为此…确定了…目标：/ 三年行动…，年初确定的…:
        # a span named well before the colon is not the targets')
        snt = folded[max(s0, m.start() - 16):s1]
        if any(not _SPAN_IN_NAME.match(folded, max(s0, m.start() - 16) + k.start())
               for k in _LONGER_SPAN.finditer(snt)) or any(doc.year and int(y) != doc.year for y in _YEAR_IN_LEAD.findall(snt)):
            continue
        tgts = [t for t in figs_by_sentence(doc, figs).get(si, ()) if t.start >= m.end() and (t.kind == "percent" or t.quantity)
                and not _BASE_NAMED.search(folded, clause_start(folded, t.start), t.start)]
        if not tgts or not _heading_of_year_targets(doc, tgts[0]) or not (
                in_plan_heading(doc, tgts[0]) or _SETS_TARGETS.search(folded, s0, m.start()) or re.search(r"年初|年度", folded[s0:m.start()])
                # 2019年全县文旅目标：… in a review of 2019: the lead names the year reviewed (a later year is refused above)
                or doc.year and f"{doc.year}年" in folded[s0:m.start()]):
            continue  # a list of targets under a heading of the year's targets, or one the sentence says was set
        for t in tgts:
            if si in opens_only:
                listed_before.add(t.id)  # (listed by _set_targets already: no new target)
                continue
            name = _PLAN_LEAD.sub("", _set_name(folded, t))  # (年初计划培训… names 培训…)
            # (单位GDP能耗下降目标为3.5%: the target's noun after the name is no part of it)
            name = re.sub(r"(?<=[\u4e00-\u9fffA-Za-z0-9]{2})的?(?:年度|全年)?(?:目标|任务|计划|指标)(?:值|数)?$", "", name)
            # (a short name, 投资 of 完成投资不低于2.40亿元, when its item is a verb and its object: 完成投资)
            if len(name) >= 4 or len(name) >= 2 and re.fullmatch(r"(?:完成|实现|新增|新建)" + re.escape(name),
                                                                  item_label(folded, t).lstrip("、").split("：")[-1].split(":")[-1]):
                out.append((t, name))
    return out, frozenset(added), frozenset(listed_before)


_PLAN_LEAD = re.compile(r"^(?:年初|年度|全年|今年)?(?:计划|力争|确保|争取)(?:全年|年内|当年)?")


def _respective_names(targets: list[tuple[Fig, str]]) -> list[tuple[Fig, str]]:
    """城镇居民人均可支配收入和农民人均纯收入分别增长9%和8%: the metrics named before 分别, paired with the targets
    listed after it in order (城镇居民人均可支配收入增长 / 农民人均纯收入增长); a list that does not pair is dropped."""
    out = []
    for i, (t, name) in enumerate(targets):
        if "分别" not in name:
            out.append((t, name))
            continue
        head, verb = name.split("分别", 1)
        verb = re.match(r"[\u4e00-\u9fff]*", verb).group(0)
        group = [g for g, n in targets if g.sent == t.sent and n.startswith(head + "分别")]
        parts = re.split(r"[和、及与]", head)
        if len(parts) == len(group) and all(len(p) >= 2 for p in parts):
            out.append((t, parts[group.index(t)] + verb))
    return out


_HEADING_YEARS = re.compile(r"((?:19|20)\d\d)年")


def _heading_of_year_targets(doc, t: Fig) -> bool:
    """一、主要目标 / 一、年度绩效目标 opening a report that then reviews the results: a heading of the year's own targets
    (a heading of plans, 工作打算, or one dated the report's year or later, 二、2010年主要目标, looks ahead)."""
    heading = doc.section_at(t.start) or ""
    if not heading or _PLAN_HEADING.search(heading):
        return False
    years = [int(y) for y in _HEADING_YEARS.findall(heading)]
    return not years or bool(doc.year) and max(years) < doc.year


# 全年实际建成 / 当年实际完成 / 实际新增: a value named only as the actual one
_ACTUAL_NEXT = re.compile(r"(?:全年|当年|今年|年内|截至年底|到年底)?[，,]?(?:共|已)?实际(?:完成|建成|新建|新增|实现|达到|办理|[\u4e00-\u9fff]{0,2}?)了?")


# ，完成103.2% / ，完成率103.4% / ，为目标任务的98.8%: a completion percentage right after the value it is of
_PCT_AFTER_VALUE = re.compile(r"(?:已|共|仅)?(?:完成|为|达到)(?:率|进度)?(?:为|达到|达|了)?(?:(?:年度|全年|年初)?的?(?:目标|计划|任务)(?:任务)?的)?")


def _pcts_on_pairs(doc, folded: str, figs: list[Fig], rows: list[dict], ahead: list[dict]) -> list[dict]:
    """A completion percentage of a value paired with a target set ahead (年度目标：…1.2万人… / 全年新增就业12,460人，…
    分别完成目标任务的103.8%…; …3,612人，完成103.2%) → judged on that target: the unverifiable row it had gives way, and
    a bare 完成P% right after the value gets its row."""
    by_id = {f.id: f for f in figs}
    tgt_of: dict[str, set] = {}
    for _, a, t in _pair_of(ahead, by_id):
        if t.end <= a.start:
            tgt_of.setdefault(a.id, set()).add(t)
    if not tgt_of:
        return rows

    def span(p: Fig) -> tuple[int, int]:
        cs = clause_start(folded, p.start)
        # 分别完成…的103.8%、103.2%和103.4%: one of a list marks itself only
        return (p.start, p.end) if re.search(r"[、和及]", folded[cs:p.start]) else (cs, p.end)

    out, marked = [], set()
    for r in rows:
        ids = r["figure_ids"].split()
        if r["rule"] == "target_met" and r["verdict"] == schema.UNVERIFIABLE and len(ids) == 2 \
                and r["stated"].endswith(" of the target") and len(tgt_of.get(ids[0], ())) == 1:
            a, p = by_id[ids[0]], by_id[ids[1]]
            if p.kind == "percent":
                row = _pct_of_target(a, next(iter(tgt_of[a.id])), p)
                row["start"], row["end"] = span(p)
                out.append(row)
                marked.add(p.id)
                continue
        out.append(r)
        marked.update(ids)
    for p in figs:
        if p.kind != "percent" or p.id in marked or p.sent < 0:
            continue
        cs = clause_start(folded, p.start)
        if cs < 2 or folded[cs - 1] not in "，," or not _PCT_AFTER_VALUE.fullmatch(folded, cs, p.start):
            continue
        a = next((f for f in figs if f.end == cs - 1), None)
        if a is None or a.sent != p.sent or len(tgt_of.get(a.id, ())) != 1:
            continue
        row = _pct_of_target(a, next(iter(tgt_of[a.id])), p)
        row["start"], row["end"] = cs, p.end
        out.append(row)
    return out


# 年初，我镇计划全年新建… / 年初计划新建…，…稳定在…以上: a sentence that opens on what was planned at the start of the year
_YEAR_START_PLAN = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?(?=年初))?(?:(?:19|20)\d\d年)?年初[，,]?(?:[\u4e00-\u9fff]{0,16}?)(?:计划|确定|提出|安排|部署|明确|下达)了?[：:]?"
                              r"(?:全年|年内|今年|当年)?")
# (一、年度协商计划 / 二、年度招生计划: the field of the plan may stand between)
_YEAR_PLAN_HEADING = re.compile(r"[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*(?:年度|年初|全年)(?:[\u4e00-\u9fff]{1,4}?)?(?:计划|安排)")
# 计划全年接待游客520万人次，… / 年度计划：… : a sentence opening on the plan, under a heading of the year's plan
_PLAN_OPENING = re.compile(r"(?:[\u4e00-\u9fff]{0,8}?)(?:年度|全年|今年)?计划(?!生育|免疫|单列|经济|外)[：:]?(?:全年|年内|今年|当年)?")


_NAME_SEPS = CLAUSE_SEP + "、"


def _planned_at_year_start(doc, folded: str, figs: list[Fig]) -> list[tuple[Fig, str]]:
    """_year_start_targets, found once a document."""
    return cached(doc, "_planned_at_year_start_cache", figs, lambda: _year_start_targets(doc, folded, figs))


def _year_start_targets(doc, folded: str, figs: list[Fig]) -> list[tuple[Fig, str]]:
    """Targets a sentence sets that opens on the plan made at the start of the year (年初计划新建高标准农田3.5万亩，粮食
    播种面积稳定在42万亩以上), with no target noun (_set_targets needs one) and no result in it; each with its name (the
    first item's after the plan word)."""
    out = []
    if "年初" not in folded and "：" not in folded and ":" not in folded and "计划" not in folded:
        return out
    for si, sfigs in figs_by_sentence(doc, figs).items():
        if si < 0 or not sfigs:
            continue
        s0, s1 = doc.sentences[si].start, doc.sentences[si].end
        head = folded[s0:s0 + 60]  # (the words each lead needs, looked for first)
        m = _YEAR_START_PLAN.match(folded, s0) if "年初" in head[:12] else None
        if m is None and ("：" in head or ":" in head):
            m = SET_LIST_LEAD.match(folded, s0)
        if m is None and "计划" in head[:12] and _YEAR_PLAN_HEADING.fullmatch((doc.section_at(s0) or "").strip()):
            m = _PLAN_OPENING.match(folded, s0)
        if m is None or RESULT_IN_PLAN.search(folded, s0, s1) or _LONGER_SPAN.search(folded, s0, s1) \
                or any(doc.year and int(y) != doc.year for y in _YEAR_IN_LEAD.findall(folded, s0, s1)):
            continue
        heading = doc.section_at(s0) or ""
        if heading and plan_heading(heading, doc.year) and not _heading_of_year_targets(doc, sfigs[0]) \
                and not _YEAR_PLAN_HEADING.fullmatch(heading.strip()):
            continue  # (一、年度计划 over a sentence setting the year's list: the plan the report reviews)
        for t in sfigs:
            if not (t.kind == "percent" or t.quantity) or t.start < m.end() or t.qualifier == "approx":
                continue
            cs = clause_start(folded, t.start, _NAME_SEPS)
            name = folded[max(cs, m.end()):t.start]
            name = _DONE_LEAD.sub("", _DONE_TAIL.sub("", _METRIC_TAIL.sub("", name)))  # (完成发电量 names 发电量)
            name = re.sub(r"(?<=[\u4e00-\u9fff]{3})(?:计划|任务)$", "", name)  # (下达…招生计划300人 names 招生)
            if len(name) >= 3 and not re.search(r"[\d%，,、]", name):
                out.append((t, name))
    return out


def _claims_after_listed_values(folded: str, out: list[dict], pairs: list[tuple], claimed: list[tuple]) -> list[dict]:
    """全年接待游客196万人次，实现旅游综合收入18.6亿元，超额完成年度目标: a claim after the last of several values listed
    in its part of the sentence, each paired with a target set ahead, is a claim on all of them (one row: inconsistent
    when any disagrees), not on the last value alone."""
    for row, t, a, at_most, post, neg in claimed:
        if re.search(r"控制|以内|以下|之内|范围", post.group(0)) or len(_CLAIM_WORDS.sub("", post.group(0))) >= 2:
            continue  # 失业率为3.9%，控制在预期目标以内 / 超额完成污水收集管网年度任务: said of one value, its own or named
        part = clause_start(folded, a.start, "；;。！？!?\n")
        others = []
        for t2, _, a2, at2 in pairs:
            if a2 is a or not (part <= a2.start and a2.end <= a.start) or (t2, a2, at2) in others:
                continue
            # (a value followed by a claim or a target word of its own is claimed on by that)
            if _TARGET_WORDS_BETWEEN.search(folded, a2.end, clause_start(folded, a.start)):
                continue
            others.append((t2, a2, at2))
        if not others:
            continue
        joint = _joint_row(others + [(t, a, at_most)], min(a2.start for _, a2, _ in others), post.end(),
                           post.group(0).lstrip("，,"), neg)
        joint["start"] = clause_start(folded, joint["start"])
        row.clear()
        row.update(joint)  # (in place: the row may be one of the rows before, or one of out)
    return out


# the words of a claim that name no metric (，均超额完成市下达的年度目标任务)
_CLAIM_WORDS = re.compile(r"[，,]|均|已|全面|圆满|顺利|如期|超额|提前|完成|实现|达到|了|年度|全年|年初|[省市县区镇乡]|上级|下达|确定|的|"
                          r"目标|任务|计划|指标|要求|预期|既定|考核|约束性|定")
_TARGET_WORDS_BETWEEN = re.compile(r"目标|任务|计划|要求|指标|完成[^，,；;。\d]{0,4}[\d]|未|超额")


_ALIAS = re.compile(r"[（(]([\u4e00-\u9fff]{2,8})[)）](?=[^，,；;。（(]{0,8}$)")
_LIGHT_WORDS = re.compile(r"实际|全年|当年|累计|共|完成|实现|开展|全县|全市|全区|全镇|全乡|我局|本年")


_METRIC_HEAD = re.compile(r"(?:营业收入|主营业务收入|增加值|总产值|产值|利润总额|利润|税收收入|零售总额|销售额|出口额|进口额|"
                          r"进出口总额|固定资产投资|投资|产量)$")


def _other_metric(done: str, name: str) -> bool:
    """Do two names of one head name different metrics (服务业零售额 / 农产品网络零售额, 养护农村公路 / 新建改建农村公路:
    what stands before the shared end shares no word), or does the value's name go on past the target's (危桥改造开工 /
    危桥改造: another stage of the work)?"""
    done, name = _canon(done), _canon(name)
    if len(done) > len(name) and done.startswith(name):
        return True
    # 规模以上工业营业收入 / 规模以上工业增加值: the measures of one scope that economies report side by side
    hd, hn = _METRIC_HEAD.search(done), _METRIC_HEAD.search(name)
    if hd and hn and not (hd.group(0).endswith(hn.group(0)) or hn.group(0).endswith(hd.group(0))):
        return True  # (固定资产投资 / 投资: one measure named long and short)
    k = tail_shared(done, name)
    if k < 2:
        return False
    pd, pn = _LIGHT_WORDS.sub("", done[:-k]), _LIGHT_WORDS.sub("", name[:-k])
    return bool(pd and pn) and not (_bigrams(pd) & _bigrams(pn)) and not (len(pd) == 1 and pd in pn or len(pn) == 1 and pn in pd)


def _named_otherwise(doc, folded: str, figs: list[Fig], t: Fig, name: str, set_ahead: list, growths: dict,
                     done_name) -> list[Fig]:
    """A target set ahead (培训农村劳动力2000人次) → the one later value of its unit whose name shares words with the
    target's but is not the same (开展农民技能培训1860人次), [] when none or not one. Two shared words of the name suffice;
    one only when the target is the one set ahead in its unit and no other value of the unit shares any."""
    tb = _bigrams(name) - _PAIR_COMMON
    if not tb:
        return []
    # the values that may be a result, each with the words of its name (built once a document; whether one may be a
    # result at all is asked only of those that share a word with a target)
    vals = cached(doc, "_named_otherwise_cache", figs, lambda: [[g, _bigrams(done_name(g)) - _PAIR_COMMON, None] for g in figs
                                                                  if g.quantity and g.start not in growths and g.qualifier not in _BOUNDS])
    scored = []
    for item in vals:
        g, gb, ok = item
        if g.sent <= t.sent or not same_unit(g, t) or not gb & tb:
            continue
        if ok is None:
            ok = item[2] = (_plain_value(folded, doc, g) and not in_plan_heading(doc, g) and not _is_tgt(folded, g)
                            and not _TARGET_AFTER.match(folded[g.end:g.end + 16]) and not is_sub_period(folded, g))
        if not ok:
            continue
        k = len(gb & tb)
        if k and _other_metric(done_name(g), name):
            continue
        if k:
            # a value whose name is nearer another target set ahead is that one's
            if any(u is not t and same_unit(u, t) and len(gb & (_bigrams(n) - _PAIR_COMMON)) >= k for u, n in set_ahead):
                continue
            scored.append((k, g))
    if not scored:
        return []
    best = max(k for k, _ in scored)
    pool = [g for k, g in scored if k == best]
    if len({g.norm for g in pool}) != 1:
        return []
    if best < 2 and (len(scored) > 1 or any(u is not t and same_unit(u, t) for u, _ in set_ahead)):
        return []
    return pool[:1]


def _targets_set_ahead(doc, folded: str, figs: list[Fig], sents: dict, rows: list[dict], growths: dict) -> list[dict]:
    """The year's targets stated ahead of the results (主要目标是：粮食总产量稳定在18.5万吨以上，农民人均纯收入增长8%以上…),
    each against the one later value of the period named the same (粮食总产量达到18.9万吨 / 农民人均纯收入…增长7.3%);
    and a value followed by its plan in a clause of its own (完成高标准农田建设3.2万亩，年初计划3.5万亩). The text
    claims nothing there, so each row records how the two stand (consistent either way; a claim on all targets, 各项目标
    全面完成, is then judged on them). A name met by values that differ is left alone."""
    judged = {i for r in rows if r["verdict"] != schema.UNVERIFIABLE for i in r["figure_ids"].split()}
    out: list[dict] = []
    pairs: list[tuple] = []
    claimed: list[tuple] = []  # (row, target, value, at_most, claim, negated) of a claim right after a value
    names: dict[str, str] = {}

    def done_name(g: Fig) -> str:
        if g.id not in names:
            names[g.id] = _done_name(folded, g)
        return names[g.id]

    set_ahead = _respective_names(_set_or_listed(doc, folded, figs))
    new_ids = _new_targets(doc, folded, figs)
    if "年初" in folded or "：" in folded or "计划" in folded:
        known = {t.id for t, _ in set_ahead}
        added = [(t, n) for t, n in _planned_at_year_start(doc, folded, figs) if t.id not in known]
        new_ids = new_ids | {t.id for t, _ in added}  # (a plan made at the start of the year: new too)
        set_ahead += added
    for t, name in set_ahead:
        # (在上年17.02亿元的基础上增长8%: a rate set on a basis named before it is a target)
        if _BASE_NAMED.search(_SET_LAST_YEAR.sub("", _ON_BASIS_ASIDE.sub("", folded[clause_start(folded, t.start):t.start]))):
            continue  # 在上年发放…1.18亿元的基础上: a base named in the list, not a target
        if t.qualifier == "approx" or in_plan_heading(doc, t) and not _heading_of_year_targets(doc, t) and not (
                t.id in new_ids and _YEAR_PLAN_HEADING.fullmatch((doc.section_at(t.start) or "").strip())):
            continue  # (一、年度计划 over the list the year set, in a report on that year: the plan reviewed)
        known = t.id in judged  # judged by another wording (为年度目标的104.8%): paired for the claims below only
        otherwise = False
        name = name.lstrip("的")
        s1 = doc.sentences[t.sent].end
        # 年初确定的地区生产总值增长14%…等主要目标，全面完成年度目标任务: targets restated with the claim on them; the
        # values stand before
        looks_back = bool(_JOINT_CLAIM.search(folded, t.end, s1))
        down = name.endswith(("下降", "降低", "减少"))
        if t.kind == "percent" and (down or name.endswith(("增长", "提高", "增加"))):
            if not growths:
                continue
            a = _rate_named(doc, folded, growths, name[:-2], down, after_sent=-1 if looks_back else t.sent,
                            before=t.start if looks_back else None)
            at_most = False
        else:
            # 新建和改造渠道45公里 … 新建和改造渠道48.3公里: two verbs of one work, named the same on both sides, are one
            # metric (A和B分别… / A、B… are several: left alone)
            joined = bool(_SEVERAL.search(name))
            if joined and ("分别" in name or "、" in name or len(name) < 6):
                continue
            # 医疗收入中卫生材料收入占比（耗材占比）控制在20%以内: the short name the target gives itself in brackets
            am = _ALIAS.search(folded, clause_start(folded, t.start), t.start) if "（" in folded or "(" in folded else None
            alias = am.group(1) if am else None
            pool = [g for g in figs if (g.sent < t.sent if looks_back else g.sent > t.sent) and (g.kind == "percent" if t.kind == "percent" else g.quantity and same_unit(g, t))
                    and g.start not in growths and g.qualifier not in _BOUNDS
                    and (done_name(g) == name if joined else _names_alike(done_name(g), name)
                         or alias is not None and _names_alike(done_name(g), alias))
                    and _plain_value(folded, doc, g) and not in_plan_heading(doc, g)
                    # …达到1500家的年度目标如期实现: a value restated as the target is none achieved
                    and not _TARGET_AFTER.match(folded[g.end:g.end + 16])]
            if not pool and not looks_back and t.quantity:
                # 全年实现营业收入38.64亿元…。市国资委年初下达集团营业收入目标36.0亿元: the value of the year stated before
                # the target, in the same section
                sec = doc.section_at(t.start)
                pool = [g for g in figs if g.sent < t.sent and g.quantity and same_unit(g, t) and doc.section_at(g.start) == sec
                        and g.start not in growths and g.qualifier not in _BOUNDS and _names_alike(done_name(g), name)
                        and _plain_value(folded, doc, g) and not in_plan_heading(doc, g) and not _is_tgt(folded, g)
                        and not _TARGET_AFTER.match(folded[g.end:g.end + 16])]
                if any(g.sent < t.sent and g.quantity and same_unit(g, t) and g not in pool and name in done_name(g)
                       for g in figs):
                    pool = []  # 全年实现利润总额3.18亿元，集团本部利润总额1.20亿元: which one the target is of is not said
            if "累计" not in name:
                # 全县累计建成高标准农田21.3万亩: the stock built over the years, not the year's work the target sets
                # (全年累计完成发电量: the year's own, summed over its months)
                pool = [g for g in pool if "累计" not in (lab := label_of(folded, g)) or re.search(r"(?:全年|年内|当年)累计", lab)]
            if not pool and t.quantity and not looks_back:
                # …下达我局新建高标准农田5万亩的目标任务。全年实际建成4.26万亩。: the actual value, unnamed, opening
                # the sentence right after the one target of its unit
                nxt = [g for g in sents.get(t.sent + 1, []) if same_unit(g, t)][:1]
                if nxt and _ACTUAL_NEXT.fullmatch(folded, doc.sentences[t.sent + 1].start, nxt[0].start) \
                        and "\n" not in folded[t.end:nxt[0].start] \
                        and [g for g in sents.get(t.sent, []) if same_unit(g, t)] == [t]:
                    pool = nxt
            if not pool and t.qualifier in ("at_most", "less_than") and t.quantity:
                # 死亡人数控制在24人以内 … 发生事故41起、死亡27人: the count the ceiling's subject names
                pool = [g for g in figs if (g.sent < t.sent if looks_back else g.sent > t.sent) and same_unit(g, t)
                        and g.qualifier not in _BOUNDS and _subject_of(folded, name, g)
                        and _plain_value(folded, doc, g) and not in_plan_heading(doc, g)]
            if not pool and t.quantity and not looks_back and not joined:
                # 引进市外到位资金85亿元 … 实际到位市外资金91.3亿元: the one later value of the unit named in other words
                pool = _named_otherwise(doc, folded, figs, t, name, set_ahead, growths, done_name)
                otherwise = bool(pool)
            if len({g.norm if g.norm is not None else g.value for g in pool}) > 1:
                # 食品抽检合格率 set; 抽检合格率97.8% and (计量器具)合格率为85% done: the value named most fully
                most = max(len(done_name(g)) for g in pool)
                pool = [g for g in pool if len(done_name(g)) == most] if most >= 4 else pool
            if not pool or len({g.norm if g.norm is not None else g.value for g in pool}) != 1:
                continue
            a = pool[0]
            # 预算执行率达到95%以上: a floor stated as one is never a ceiling
            at_most = t.qualifier not in ("at_least", "more_than") and (_lower_better(folded, a) or _is_ceiling(folded, a, t))
        if a is None:
            continue
        post = (_CLAIM_CLAUSE_AFTER.match(folded, a.end) or _NOUN_CLAIM_AFTER.match(folded, a.end)) if not looks_back else None
        if post is None and not looks_back:
            # 毛入园率91.6%，较上年提高1.8个百分点，达到目标要求: the claim after the value's change on the year
            step = _CHANGE_CLAUSE.match(folded, a.end)
            post = _CLAIM_CLAUSE_AFTER.match(folded, step.end()) if step else None
        if post is not None and not _compares(post) \
                and "控制" not in post.group(0) and len(w := _CLAIM_WORDS.sub("", post.group(0))) >= 2 \
                and not _bigrams(w) & _bigrams(name):
            post = None  # …小区13个，超额完成污水收集管网年度任务: a claim naming another metric is not this value's
        if looks_back:
            # recorded at the target; the claim after them is judged on all of them (_joint_claims)
            row = _recorded(a, t, "", at_most=at_most)
            row["start"], row["end"] = clause_start(folded, t.start, CLAUSE_SEP + "、"), t.end + (1 if folded[t.end:t.end + 1] == "等" else 0)
            if not known:
                out.append(row)
            judged.add(t.id)
            pairs.append((t, name, a, at_most))
            continue
        if post:
            # 签约服务覆盖率为41.2%，距年度目标仍有差距 / 城镇登记失业率为3.9%，控制在预期目标以内: the claim right after
            gd = post.groupdict()  # (_NOUN_CLAIM_AFTER has no gap, above nor below)
            neg = bool(gd.get("gap") or gd["neg"] or gd.get("neg2"))
            if gd.get("above") or gd.get("below"):
                # 低于控制目标 claims a ceiling kept and a floor missed; 高于目标要求 the other way round
                neg = bool(gd.get("below")) != bool(at_most)
            row = _met(a, t, "", not neg, at_most=at_most, claim_to=post.end())
        else:
            row = _recorded(a, t, "", at_most=at_most)
            if t.id in new_ids or otherwise:
                row["_silent"] = True  # (a record for the claims below, not reported: see _new_targets)
        row["start"], row["end"] = clause_start(folded, a.start), max(a.end, post.end() if post else 0)
        if post and not _compares(post):
            # (a row another wording made on the same claim is the one a claim on several values replaces)
            mine = row if not known else next((r for r in rows if r["rule"] == "target_met" and r["figure_ids"] == f"{a.id} {t.id}"
                                               and r["start"] <= a.start and r["end"] >= post.end() - 1), None)
            if mine is not None:
                claimed.append((mine, t, a, at_most, post, neg))
        if not known:
            out.append(row)
        judged.add(t.id)
        pairs.append((t, name, a, at_most))
    if claimed and len(pairs) > 1:
        out = _claims_after_listed_values(folded, out, pairs, claimed)
    if pairs:
        out += _restated_claims(doc, folded, figs, pairs, judged)
        out += _joint_claims(doc, folded, figs, pairs, rows + out)
    table = _table_pairs(folded, figs)
    if table:
        out += _named_table_claims(doc, folded, table, rows + out)
        covered = [(r["start"], r["end"]) for r in rows + out if r["rule"] == "target_met"]
        for t, name, a, at_most in table:
            if not any(x < a.end and t.start < y for x, y in covered):
                # 家长满意度  95%以上  93.8%  8分: a row the table states and nothing claims on; recorded as it stands
                row = _recorded(a, t, "", at_most=at_most)
                row["start"] = folded.rfind("\n", 0, t.start) + 1
                out.append(row)
    plan_at = [m for m in _PLAN_CLAUSE_SCAN.finditer(folded)] if ("计划" in folded or "目标" in folded or "任务" in folded) else []
    if plan_at:
        by_start = {f.start: f for f in figs}
        by_end = {f.end: f for f in figs}
        for m in plan_at:
            lead = _PLAN_CLAUSE_LEAD.search(folded, max(0, m.start() - 8), m.start())
            a, t = (by_end.get(lead.start()), by_start.get(m.end())) if lead else (None, None)
            if a is None or t is None or a.sent != t.sent:
                continue
            if t.id in judged or a.id in judged or not (a.quantity and t.quantity and same_unit(a, t)) \
                    or t.qualifier == "approx" or _planned(folded, doc, a) or _is_ref(folded, a) or in_plan_heading(doc, a):
                continue
            if folded[t.end:t.end + 1] not in ("。", "；", ";", "，", ",", "\n", ""):
                continue  # 年初计划3.5万亩的… : the plan goes on to name something else
            at_most = _lower_better(folded, a) or _is_ceiling(folded, a, t)
            bare = _BARE_CLAIM.match(folded, t.end)
            if bare:  # …，年初计划3.5万亩，已全面完成: the bare claim after the plan is judged
                out.append(_met(a, t, "", not bare.group("neg"), "超额" in bare.group(0), at_most=at_most,
                                claim_to=bare.end()))
            else:
                out.append(_recorded(a, t, "", at_most=at_most, claim_to=t.end))
            judged.update((a.id, t.id))
    return out


_LIST_START = frozenset("、和及与以")
# 、农民收入增长 / 和新增就业: the join to the next item of a list and that item's name (no figure, no clause end)
_LIST_ITEM_GAP = re.compile(r"(?:[、和及与]|以及)[^，,；;。！？、\d%]{0,16}")


def _list_tail(folded: str, sfigs: list[Fig], t: Fig) -> int:
    """The end of the last item of a list that starts at figure t (18万吨以上、农民收入增长8%): t.end when none."""
    end = t.end
    for g in sfigs:
        if g.start < end:
            continue
        if not _LIST_ITEM_GAP.fullmatch(folded, end, g.start):
            break
        end = g.end
    return end


# 规模以上 / 规上, 年均 / 平均: the short form a report uses for a metric named in full elsewhere
_SHORT_FORMS = (("规模以上", "规上"), ("年均", "平均"), ("一般公共预算", "一般预算"))


def _canon(name: str) -> str:
    """A metric's name with its usual long forms shortened (规模以上工业增加值 → 规上工业增加值)."""
    if "规模以上" in name or "年均" in name or "一般公共预算" in name:
        for long, short in _SHORT_FORMS:
            name = name.replace(long, short)
    return name


def _names_alike(done: str, name: str) -> bool:
    """A value's name against a target's: the same, or the target's with a scope in front (主办建议见面沟通率 /
    见面沟通率); long forms shortened on both sides (规模以上 / 规上)."""
    done, name = _canon(done), _canon(name)
    if name.endswith(("数量", "总数")) and len(name) >= 5:
        name = name[:-2]  # 高新技术企业数量 names what 高新技术企业达到1462家 counts
    return _same_name(done, name) or (len(done) >= 4 or len(done) == 3 and done.endswith("率")) and name.endswith(done) \
        or len(name) >= 4 and done.endswith(name) and len(done) - len(name) <= 2 \
        or len(done) >= 4 and any(name.endswith(done[k:]) and done[:k] in name[:-(len(done) - k)]  # 签约覆盖率 of
                                  for k in range(2, len(done) - 1)) \
        or _scope_inserted(done, name)  # 家庭医生签约服务覆盖率: a name with words left out


# 接待国内外游客 / 接待游客, 完成城乡公路建设 / 完成公路建设: the value named with a qualifier that takes in the whole
# (国内外, 城乡, 各类) set inside the target's name; a narrowing one (入境, 过夜, 农村) names another, smaller metric
_WHOLE_SCOPE = re.compile(r"国内外|海内外|中外|城乡|各类|各项|全部|所有")


def _scope_inserted(done: str, name: str) -> bool:
    for k in range(2, len(name) - 1):
        if done.startswith(name[:k]) and done.endswith(name[k:]) and len(done) > len(name):
            mid = done[k:len(done) - len(name) + k]
            if _WHOLE_SCOPE.fullmatch(mid):
                return True
    return False


# …增长8%以上的目标如期实现 / …不低于95%的要求全面落实 / …的目标未能实现: a claim right after a target restated
_RESTATED_CLAIM = re.compile(r"的?[^，,；;。\d%]{0,6}?(?:目标|任务|要求|指标)(?:范围)?[^，,；;。\d%]{0,4}?"
                             r"(?:(?P<neg>" + _NOT + r")(?:实现|完成|达到|达成|落实)|实现|完成|达到|达成|落实)")


# the target's noun after a value a claim opened on (…5个的年度目标): matched so the row marks it, never negated
_PRE_CLAIMED = re.compile(r"(?P<neg>(?!))?.*", re.S)


def _restated_claims(doc, folded: str, figs: list[Fig], pairs: list[tuple], judged: set) -> list[dict]:
    """A target set ahead (预算执行率达到95%以上), restated later with a claim on it (预算执行率达到95%以上的目标顺利实现)
    → the claim judged on the value paired with that target; the row marks the claim."""
    out = []
    set_sents = {t.sent for t, *_ in pairs}
    for c in figs:
        if c.id in judged or c.value is None or c.sent in set_sents or not (c.kind == "percent" or c.quantity):
            continue
        post = _RESTATED_CLAIM.match(folded, c.end)
        if not post:
            # 我镇完成了招引亿元以上项目5个的年度目标: the claim opens the clause, the target's noun closes it
            tail = _TARGET_AFTER.match(folded[c.end:c.end + 16]) if folded[c.end:c.end + 1] in "以左的”\"" else None
            if tail is None:
                continue
            cs = clause_start(folded, c.start)
            lead = _SUBJECT_CLAIM.match(folded, cs, c.start) or _CLAIM_LEAD.match(folded, cs, c.start)
            if not lead or folded[c.end + tail.end():c.end + tail.end() + 1] not in "，,；;。！？\n" \
                    or "subj" in lead.groupdict() and _NOT_SUBJECT.search(lead.group("subj") or ""):
                continue
            post = _PRE_CLAIMED.match(folded, c.end, c.end + tail.end())
        else:
            cs = clause_start(folded, c.start)
        if _EXHORT.search(folded, cs, c.start) or _planned(folded, doc, c) and not _is_tgt(folded, c):
            continue
        name = _set_name(folded, c)
        found = [(t, a, at_most) for t, n, a, at_most in pairs if t.start < c.start and a.start < c.start
                 and t.kind == c.kind and (t.kind == "percent" or same_unit(t, c)) and t.norm == c.norm
                 and t.qualifier == c.qualifier and (_same_name(name, n) or name.endswith(n) or n.endswith(name))
                 and len(name) >= 2]
        if len(found) != 1:
            continue
        t, a, at_most = found[0]
        row = _met(a, c, "", not post.group("neg"), "超额" in post.group(0), at_most=at_most, claim_to=post.end())
        row["start"], row["end"] = cs, post.end()
        out.append(row)
    return out


# ，均超额完成年度目标 / ，完成了年初确定的目标: a claim closing a sentence that restates values of targets set ahead
_JOINT_CLAIM = re.compile(r"[，,](?:(?:均|都|全部|已|均已)*(?P<neg>" + _NOT + r")|(?:均|都|全部|已|全面|圆满|顺利|如期|超额|提前)*)"
                          r"(?:完成|实现|达到)了?(?:年度|全年|年初|既定|预期)?(?:确定|设定|下达)?的?(?:目标|任务)(?:任务|要求)?(?=[，,；;。]|$)")


# 四、结语 / 三、总体评价 / 五、小结: a section that sums the year up
_SUMMING_UP_HEADING = re.compile(r"结语|总结|小结|评价|结论|总体情况")
# 全面完成年度安全生产控制指标 / 圆满完成了年初确定的各项目标: a claim on the year's targets, no figure of its own
_YEAR_TARGETS_CLAIM = re.compile(r"(?:全面|圆满|顺利|如期|超额)(?:完成|实现)了?"
                                 # (全面完成了县委、县政府下达的年度目标任务: who set them, named before)
                                 r"(?:[^，,；;。！？\d%]{1,12}?(?:下达|确定|设定|提出|部署|交办)的)?(?:年度|全年|年初)(?:确定|下达|设定)?的?"
                                 r"(?P<what>(?:(?!各项|所有)[\u4e00-\u9fff]){0,8}?)(?:目标|指标|计划)(?:任务)?(?=[，,；;。]|$)")


# …均完成年初确定的目标任务 / …均未实现年度目标: one claim after a subject that lists the metrics (和/、) it covers
# (the claim's core is scanned for first, the words before it matched back from there: a cheap scan)
_SUBJECTS_CORE = re.compile(r"(?:完成|实现|达到)了?(?:年度|全年|年初|既定|预期)(?:确定|下达|设定|提出)?的?(?:目标|指标|任务)(?:任务)?"
                            r"(?=[，,；;。！？]|$)")
_SUBJECTS_PRE = re.compile(r"(?P<all>均|都)?(?:已)?(?:(?P<neg>" + _NOT + r")|超额|全面|圆满|顺利|如期)?$")


def _subjects_claims(folded: str):
    """(start, end, 均/都 or None, negation or None) of each …均完成年初确定的目标任务 in the text."""
    for c in _SUBJECTS_CORE.finditer(folded):
        pre = _SUBJECTS_PRE.search(folded, max(0, c.start() - 6), c.start())
        yield pre.start(), c.end(), pre.group("all"), pre.group("neg")
_SUBJECT_SPLIT = re.compile(r"[、和及与]|以及")


def _looks_back_at(doc, folded: str, pos: int) -> bool:
    """_looks_back for a position (a claim with no figure of its own)."""
    s = next((snt.start for snt in doc.sentences if snt.start <= pos < snt.end), -1)
    return s >= 0 and bool(_LOOK_BACK_LEAD.match(folded, s)) and not _PLAN.search(folded, s, pos)


def _joint_row(found: list[tuple], start: int, end: int, words: str, neg: bool) -> dict:
    """One claim on several targets set ahead → one row: inconsistent when the claim and any of them disagree."""
    rows = [_met(a, t, "", not neg, at_most=at_most) for t, a, at_most in found]
    bad = [r for r in rows if r["verdict"] != schema.CONSISTENT]
    fs = [f for t, a, _ in found for f in (a, t)]
    if bad:
        row = dict(bad[0])
        row.pop("_silent", None)
        row["start"], row["end"] = start, end
        return row
    return result("target_met", schema.CONSISTENT, fs, start, end, f"{words} ({'not ' if neg else ''}met)",
                  f"{len(found)} target(s) set ahead, {'none' if neg else 'all'} met",
                  "Every target set ahead that the claim covers stands as the text says.",
                  "所述目标与年初设定的目标及完成数一致。")


# 粮食生产目标任务全面完成 / 就业工作目标任务未能完成: the targets of a field, named by it, the noun first
_SCOPED_CORE = re.compile(r"(?:目标任务|目标|任务)(?P<neg>" + _NOT + r")?(?:均|已|全面|圆满|顺利|如期|超额|全部)*(?:完成|实现)(?=[，,；;。！？\n]|$)")
_SCOPE_ONLY_CORE = re.compile(r"(?<![目标任务划])(?:均已|已全部|均|已|全面|圆满|顺利|如期|全部)+(?:完成|实现)(?=[，,；;。！？\n]|$)")
_SCOPE_LEADS = re.compile(r"^(?:总的看|总体看|综上|总之|总体来看|总体而言|全年来看|从全年看|全年|今年|本年度?|年度|其中)+[，,]?")
_GENERIC_SCOPE = re.compile(r"各项|所有|主要|全部|其余|[两二三四五六七八九十\d]项|年初|既定|上述|这一|此项|该项")


def _scoped_claims(doc, folded: str, figs: list[Fig], pairs: list[tuple], covered: list) -> list[dict]:
    """粮食生产目标任务全面完成 after the targets 粮食播种面积… and 粮食产量… were set and their values stated: a claim on
    the targets of the field it names (those whose names share a word with it), one row over all of them; a field that
    names none, or a claim with figures of its own, is left alone."""
    out = []
    for c in _SCOPE_ONLY_CORE.finditer(folded):
        # 年初确定的民生实事项目中，新建…8所、改造…15所。…，民生实事全面完成: the claim names what the sentence that set the
        # targets named them as, with no target noun
        cs = clause_start(folded, c.start())
        scope = _SCOPE_LEADS.sub("", folded[cs:c.start()])
        scope = re.sub(r"(?:项目|工作|任务)$", "", scope)
        if not 2 <= len(scope) <= 8 or not re.fullmatch(r"[\u4e00-\u9fff]+", scope) or _GENERIC_SCOPE.search(scope) \
                or any(a < c.end() and cs < b for a, b in covered) or _EXHORT.search(folded, cs, c.start()):
            continue
        sb = _bigrams(scope) - _PAIR_COMMON
        found = []
        for t, n, a, at_most in pairs:
            if not (a.end <= cs and t.end <= cs) or t.sent < 0:
                continue
            lead = folded[doc.sentences[t.sent].start:min(g.start for g, *_ in pairs if g.sent == t.sent)]
            if sb and sb <= _bigrams(lead):
                found.append((t, a, at_most))
        if len(found) >= 2:
            out.append(_joint_row(list(dict.fromkeys(found)), cs, c.end(), folded[cs:c.end()], False))
            covered = covered + [(cs, c.end())]
    for c in _SCOPED_CORE.finditer(folded):
        cs = clause_start(folded, c.start())
        scope = _SCOPE_LEADS.sub("", folded[cs:c.start()])
        scope = re.sub(r"(?:的|年度|全年|年初)+$", "", scope)
        if len(scope) < 2 or len(scope) > 10 or not re.fullmatch(r"[\u4e00-\u9fff]+", scope) or _GENERIC_SCOPE.search(scope) \
                or any(a < c.end() and cs < b for a, b in covered) or _EXHORT.search(folded, cs, c.start()):
            continue
        heading = doc.section_at(cs) or ""
        if plan_heading(heading, doc.year) and not _REVIEW_TOO.search(heading) and not _looks_back_at(doc, folded, cs):
            continue
        sb = _bigrams(_ITEM_NUMBER.sub("", scope)) - _PAIR_COMMON
        scored = [(len(sb & (_bigrams(n) | _bigrams(_done_name(folded, a)))), (t, a, at_most))
                  for t, n, a, at_most in pairs if a.end <= cs and t.end <= cs]
        best = max((k for k, _ in scored), default=0)
        # (再就业任务未能完成: the targets it names best — 失业人员再就业, not every 就业)
        found = list(dict.fromkeys(p for k, p in scored if k == best)) if best else []
        if not found:
            continue
        out.append(_joint_row(found, cs, c.end(), folded[cs:c.end()], bool(c.group("neg"))))
    return out


def _quality_claim(before: str, names: list[str]) -> bool:
    """A claim on how well the work was done (培训满意度达到预期目标, 服务质量达到要求) — unless a target of that very
    quality was set, among the targets' names (家长满意度  95%以上  93.8% in the indicator table): then it is a claim on
    that target."""
    m = _TM_QUALITY.search(before)
    return bool(m) and not any(m.group(0).removesuffix("工作") in n for n in names)


def _joint_claims(doc, folded: str, figs: list[Fig], pairs: list[tuple], rows: list[dict]) -> list[dict]:
    """Claims on the targets set ahead as a group: 年初设定的产出和效益目标全部完成 (pointing back to them; 各项… is
    left to _blanket_claims), and …7,126万元，固定资产投资5.36亿元，均超额完成年度目标 (on the values it restates)."""
    out = []
    covered = [(r["start"], r["end"]) for r in rows if r["rule"] == "target_met" and r["verdict"] != schema.UNVERIFIABLE]
    for m in _CLAIM_BACK.finditer(folded) if "目标" in folded or "任务" in folded else ():  # (a word it needs, first)
        if any(a <= m.start() < b or a < m.end() <= b for a, b in covered) or re.search(r"各项|所有", m.group(0)):
            continue
        heading = doc.section_at(m.start()) or ""
        if plan_heading(heading, doc.year) and not _REVIEW_TOO.search(heading) \
                or _EXHORT.search(folded, clause_start(folded, m.start()), m.start()):
            continue
        found = [(t, a, at_most) for t, _, a, at_most in pairs if a.end <= m.start() and t.end <= m.start()]
        if len(found) >= 2 and len(found) == len([p for p in pairs if p[0].end <= m.start()]):
            out.append(_joint_row(found, m.start(), m.end(), m.group(0), bool(m.group("neg"))))
    for m in _YEAR_TARGETS_CLAIM.finditer(folded):
        if any(a <= m.start() < b or a < m.end() <= b for a, b in covered):
            continue
        s_start = next((snt.start for snt in doc.sentences if snt.start <= m.start() < snt.end), None)
        if s_start is not None and _other_years_claim(doc, folded, s_start, m.start()):
            continue  # (2022年，我局超额完成年度目标任务 in a report on 2023: another year's claim)
        heading = doc.section_at(m.start()) or ""
        if s_start is None or plan_heading(heading, doc.year) and not _REVIEW_TOO.search(heading) \
                or _EXHORT.search(folded, clause_start(folded, m.start()), m.start()) \
                or any(s_start <= f.start < m.end() and (f.quantity or f.kind == "percent") for f in figs):
            continue  # a claim with figures of its own is judged on them
        if _quality_claim(folded[clause_start(folded, m.start()):m.start()], [n for _, n, _, _ in pairs]):
            continue  # (护理人员培训满意度达到预期目标: a claim on how well, not on how much)
        what = set(_bigrams(m.group("what"))) - _COMMON_BIGRAMS
        found = [(t, a, at_most) for t, n, a, at_most in pairs if a.end <= m.start() and t.end <= m.start()
                 and (not what or what & set(_bigrams(n)))]
        if not found and what and (LOOK_BACK_LEAD.match(folded, s_start) or _SUMMING_UP_HEADING.search(heading)):
            # 总体来看，…超额完成省国资委下达的年度经营目标: a closing summary names the field, not one target's metric
            found = [(t, a, at_most) for t, n, a, at_most in pairs if a.end <= m.start() and t.end <= m.start()]
        if found:
            out.append(_joint_row(found, m.start(), m.end(), m.group(0), False))
    for m_start, m_end, m_all, m_neg in _subjects_claims(folded):
        # 游客接待量和旅游收入均完成年初确定的目标任务: the claim names its targets by their metrics only
        cs = clause_start(folded, m_start)
        if any(a < m_end and cs < b for a, b in covered) or _EXHORT.search(folded, cs, m_start) \
                or _quality_claim(folded[cs:m_start], [n for _, n, _, _ in pairs]):
            continue  # (培训满意度达到预期目标: a claim on how well, not on how much)
        items = [_NAME_LEADS.sub("", x) for x in _SUBJECT_SPLIT.split(folded[cs:m_start])]
        # 高标准农田建设超额完成年度任务: one metric named; 均 needs two or more
        if len(items) < (2 if m_all else 1) or any(len(x) < 2 or re.search(r"[\d%]", x) for x in items):
            continue
        heading = doc.section_at(m_start) or ""
        if plan_heading(heading, doc.year) and not _REVIEW_TOO.search(heading) and not _looks_back_at(doc, folded, m_start):
            continue
        found = []
        for x in items:
            hit = [(t, a, at_most) for t, n, a, at_most in pairs if a.end <= cs and t.end <= cs
                   and (x == n or len((_bigrams(x) & _bigrams(n)) - _COMMON_BIGRAMS) >= 2)]
            if len(hit) != 1 or hit[0] in found:
                break
            found.append(hit[0])
        else:
            out.append(_joint_row(found, cs, m_end, folded[cs:m_end], bool(m_neg)))
    if len(pairs) >= 2:
        out += _scoped_claims(doc, folded, figs, pairs, covered + [(r["start"], r["end"]) for r in out])
    for m in _JOINT_CLAIM.finditer(folded):
        if any(a <= m.start() + 1 < b for a, b in covered):
            continue
        s_start = next((snt.start for snt in doc.sentences if snt.start <= m.start() < snt.end), None)
        if s_start is None:
            continue
        vals = [f for f in figs if s_start <= f.start and f.end <= m.start() and (f.quantity or f.kind == "percent")]
        # (…3.62万亩，完成率103.4%；…，均达到年度目标要求: a completion rate after its value is no value of its own —
        # and the claim then covers its own part of the sentence, after the last ；)
        rated = [f for f in vals if f.kind == "percent" and (cs := clause_start(folded, f.start)) > s_start
                 and _PCT_AFTER_VALUE.fullmatch(folded, cs, f.start) and any(g.end == cs - 1 for g in vals)]
        if rated:
            part = clause_start(folded, m.start(), "；;。！？!?\n")
            vals = [f for f in vals if f not in rated and f.start >= part]
        own = [(t, a, at_most) for t, _, a, at_most in pairs if s_start <= t.start < m.start() and a.end <= s_start]
        if own and len(own) == len(vals):
            # 年初确定的…增长14%、…增长15%等主要目标，全面完成年度目标任务: the targets the claim restates
            out.append(_joint_row(own, m.start() + 1, m.end(), folded[m.start() + 1:m.end()], bool(m.group("neg"))))
            continue
        found = []
        for v in vals:
            hit = [(t, a, at_most) for t, n, a, at_most in pairs if a.end <= m.start() and a.norm == v.norm
                   and (same_unit(a, v) or a.kind == v.kind == "percent") and _names_alike(_done_name(folded, v), n)]
            if len(hit) == 1:
                found.append(hit[0])
        if found and len(found) == len(vals):
            start = clause_start(folded, vals[0].start)
            out.append(_joint_row(found, start, m.end(), folded[m.start() + 1:m.end()], bool(m.group("neg"))))
    return out


# 指标名称  目标值  实际完成值  得分: the header of an indicator table flattened into text (cells apart by spaces)
_TABLE_HEAD = re.compile(r"^[ \t　]*(?:绩效)?指标(?:名称)?[ \t　]{2,}(?:年度)?目标值?[ \t　]{2,}(?:实际)?(?:完成值?|完成情况|实际值|实际完成)", re.M)
_TABLE_ROW = re.compile(r"[ \t　]*(?P<name>[\u4e00-\u9fff（）()]{2,20})[ \t　]{2,}")


def _table_pairs(folded: str, figs: list[Fig]) -> list[tuple]:
    """(target, name, actual, at_most) of each row of a flattened indicator table: the name, then the target and the
    actual value as its first two cells (受益人口  4.5万人  4.6万人  15分)."""
    if "指标" not in folded:
        return []
    out = []
    for h in _TABLE_HEAD.finditer(folded):
        pos = folded.find("\n", h.end())
        while pos >= 0:
            line_end = folded.find("\n", pos + 1)
            line_end = len(folded) if line_end < 0 else line_end
            m = _TABLE_ROW.match(folded, pos + 1, line_end)
            if not m:
                break
            cells = [f for f in figs if m.end() <= f.start and f.end <= line_end]
            if len(cells) < 2 or not re.fullmatch(r"[ \t　]{2,}", folded[cells[0].end:cells[1].start]):
                break
            t, a = cells[0], cells[1]
            if t.value is not None and a.value is not None and (t.kind == a.kind == "percent" or same_unit(a, t)):
                out.append((t, m.group("name"), a, bool(_LOWER_BETTER.search(m.group("name")))))
            pos = line_end if line_end < len(folded) else -1
    return out


# 预算执行率目标完成 / 家长满意度目标未能实现: a claim on one table row's target, naming its indicator
_NAMED_TARGET_CLAIM = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?:年度|绩效)?(?:目标|指标)(?:值)?(?P<neg>" + _NOT + r")?"
                                 r"(?:已|均|全面|圆满|顺利|如期|超额)*(?:完成|实现|达到|达成)(?=[，,；;。！？\n]|$)")


def _named_table_claims(doc, folded: str, table: list[tuple], rows: list[dict]) -> list[dict]:
    """A claim naming one indicator of the table (预算执行率目标完成) → judged on that row's target and actual."""
    out = []
    covered = [(r["start"], r["end"]) for r in rows if r["rule"] == "target_met"]
    for q in re.finditer(r"(?:目标|指标)值?(?:" + _NOT + r")?(?:已|均|全面|圆满|顺利|如期|超额)*(?:完成|实现|达到|达成)"
                         r"(?=[，,；;。！？\n]|$)", folded):
        cs = clause_start(folded, q.start())
        m = _NAMED_TARGET_CLAIM.search(folded, cs, q.end())
        if m is None or m.end() != q.end() or any(a < m.end() and m.start() < b for a, b in covered):
            continue
        name = _NAME_LEADS.sub("", m.group("name"))
        hit = [(t, a, at_most) for t, n, a, at_most in table if a.end < m.start() and (name == n or len(name) >= 4 and n.endswith(name))]
        if len(hit) != 1:
            continue
        t, a, at_most = hit[0]
        row = _met(a, t, "", not m.group("neg"), at_most=at_most, claim_to=m.end())
        row["start"], row["end"] = m.start("name") if m.start("name") >= cs else cs, m.end()
        out.append(row)
    return out


# ---------------------------------------------------------------- a claim on the year's targets, read by its grammar
# A claim of having met (or missed) targets stated elsewhere, in either order of its parts:
#   verb first: [subject] [manner] verb [who set them] [scope] target-noun   超额完成县下达的年度市场主体培育任务
#   noun first: [scope] target-noun [manner] verb                            年度协商计划全面完成 / 经营目标均已实现
#   bare:       metric [manner] verb (the metric must name a target)         高新技术企业数超额完成
# each closing its clause; judged on the targets its scope names, or on all the year's own targets when it names none.
_TM_MANNER = r"(?:均|都|已经?|全部|全面|圆满|顺利|如期|超额|提前|基本|总体|较好地?|胜利|按期|按时|足额)*"
_TM_NEG = r"(?:尚未|仍未|未能?|没有|没能)" + _TM_MANNER
_TM_HEAD = r"(?:目标|任务|计划|预期|指标)(?:任务|要求|值)?"
_TM_END = r"(?=[，,；;。！？!?\n]|$)"
_TM_VERB_FIRST = re.compile(r"(?P<manner>" + _TM_MANNER + r")(?P<neg>" + _TM_NEG + r")?(?:完成|实现|达到|达成)了?(?:或(?:超过|超额完成))?"
                            r"(?P<obj>[^，,；;。！？!?\n\d%“”]{0,22}?)" + _TM_HEAD + _TM_END)
_TM_NOUN_FIRST = re.compile(_TM_HEAD + r"(?P<manner>" + _TM_MANNER + r")(?P<neg>" + _TM_NEG + r")?(?:完成|实现|达到|达成)了?"
                            + _TM_END)
_TM_BARE = re.compile(r"(?<![目标任务划期])(?P<manner>(?:均|都|已经?|全部|全面|圆满|顺利|如期|超额|提前|基本)+)"
                      r"(?P<neg>)(?:完成|实现|达到)了?" + _TM_END)
# the words of a claim that name no metric: when, who set the targets, which of them, how they were met
_TM_GENERIC = re.compile(r"(?:19|20)\d\d年度?|本?年度|全年|年初|今年|当年|本年|既定|确定|下达|设定|提出|部署|交办|制定|批复|分解|的|各项|所有|"
                         r"主要|全部|整体|[我本全]?(?:省|市|县|区|镇|乡|街道|局|委|办|院|校|学校|学院|公司|集团|单位|部门|中心)|上级|政府|"
                         r"工作|目标|任务|计划|预期|指标|要求|考核|绩效|经营|生产|发展|总体|综上|总的|来看|看|了|和|及|与|、|[，,\s]")
_TM_EXCEPT = re.compile(r"除(?:了)?(?P<x>[^，,；;。、外]{2,16})(?:以)?外")
_TM_CLOSING_LEAD = re.compile(rf"(?:{SUMMING_UP_WORDS}|全年看|从全年看|全年来看)[，,]")


# a field's name closing on money (运营补贴 / 专项资金 / 工作经费)
_TM_MONEY_HEAD = re.compile(r"(?:补贴|补助|资金|经费|奖金|款)$")
# the words of a quality, closing a claim's subject (培训质量 / 服务效果 / 群众满意度达到预期): no amount to set a target of
_TM_QUALITY = re.compile(r"(?:质量|效果|成效|效益|满意度|满意率|水平|标准|进度|程度|作用|效率)(?:工作)?$")
# a hedged claim's (基本完成) shortfall: each target missed reached to at least this share of it
_MOST = Decimal("0.8")


def _share_reached(folded: str, a: Fig, t: Fig) -> Decimal | None:
    """The share of target t the value a reached (380人次 of 400人次 → 0.95; a completion percentage, 完成计划的93.2%, is
    it; a ceiling, 4.0% against 4.3%, the other way round); None when the two give none."""
    if t.kind == "percent" and a.kind != "percent":
        return t.value / HUNDRED if t.value is not None else None
    if a.norm is None or t.norm is None or a.norm <= 0 or t.norm <= 0:
        return None
    if t.qualifier in ("at_most", "less_than") or _lower_better(folded, a):
        return t.norm / a.norm
    return a.norm / t.norm


def _tm_scope(words: str) -> str:
    """The words of a claim's subject and object that may name a metric (养老服务 of …下达的年度养老服务工作任务): who
    set the targets (县十八届人大三次会议确定的, 董事会下达的) and the words of when and how left out."""
    return _TM_GENERIC.sub("", _TM_SETTER.sub("", words))


# 县十八届人大三次会议确定的 / 集团董事会下达的: who set the targets, up to the verb that set them
# (确定 / 审定 / 核定 / 议定…: any verb of fixing ends on 定)
_TM_SETTER = re.compile(r"^[^，,；;。！？\d%]*?(?:[\u4e00-\u9fff]定|下达|提出|部署|交办|批准|批复|通过|分解|安排|签订|印发|明确)的")


def _tm_pairs(doc, folded: str, figs: list[Fig], rows: list[dict], by_id: dict) -> list[tuple[Fig, Fig, bool]]:
    """(achieved, target, met) of every target the rows above set against a value (silent records included): a value
    against a target, or a completion percentage with both its terms; budgets executed (a spending ceiling) aside. A
    target met by several values that disagree is left out."""
    seen: dict[str, list] = {}
    set_ids = None  # (the targets the report sets, looked for once, when a percentage of an unstated one needs them)
    for r in rows:
        ids = r["figure_ids"].split()
        fs = [by_id.get(i) for i in ids]
        if r["rule"] == "target_met" and r["verdict"] == schema.UNVERIFIABLE and len(fs) == 2 and all(fs) \
                and fs[1].kind == "percent" and r["stated"].endswith(" of the target"):
            # 完成投资76.8亿元，完成年度计划的93.2% (the plan never stated): the percentage says how the target stands
            iv = fs[1].pct_interval()
            # (a target of the value's unit stated elsewhere that the percentage was not found to be of: which one it
            # is of is not known, 完成14座小型泵站改造，为目标的93.8% after a target of 16座水闸)
            if set_ids is None:  # (the document's own figures list: the per-document caches are keyed by it)
                set_ids = {g.id for g, _ in (*_set_or_listed(doc, folded, figs), *_planned_at_year_start(doc, folded, figs))}
            if any(g.quantity and same_unit(g, fs[0]) and (g.id in set_ids or _is_tgt(folded, g)) for g in by_id.values()):
                continue
            if iv is not None and iv.high is not None and iv.low is not None and not is_sub_period(folded, fs[0]) \
                    and not any(_SPENT.search(label_of(folded, f)) and not _MONEY_SOUGHT.search(label_of(folded, f))
                                for f in fs[:1]):
                seen.setdefault(fs[1].id, []).append((fs[0], fs[1], iv.high >= HUNDRED))
            continue
        if r["rule"] != "target_met" or r["verdict"] == schema.UNVERIFIABLE:
            continue
        if len(fs) < 2 or any(f is None for f in fs):
            continue
        a, t = fs[0], fs[1]
        if r["computed"].startswith("achieved ") and len(fs) == 2:
            met = " not " not in r["computed"]
        elif len(fs) == 3 and " of target " in r["stated"] and a.quantity and t.quantity and same_unit(a, t):
            met = _met(a, t, "", True, at_most=_lower_better(folded, a))["verdict"] == schema.CONSISTENT
        elif len(fs) == 2 and r["stated"].endswith(" (target)") and r["verdict"] == schema.CONSISTENT:
            # 失业率3.2%，低于4%的控制目标 / 覆盖率96%，高于90%的目标: a relation stated and holding; met when it is the
            # good side of the target (below a ceiling, above a floor), else not read
            word = r["stated"][len(a.text) + 1:].split(t.text)[0]
            ceiling = t.qualifier in ("at_most", "less_than") or _lower_better(folded, a) \
                or re.search(r"控制|上限|以内|以下", folded[t.end:t.end + 10] + folded[clause_start(folded, t.start):t.start])
            if _REL_EN.get(word) in ("below", "not above") and ceiling or _REL_EN.get(word) in ("above", "not below") and not ceiling:
                met = True
            else:
                continue
        else:
            continue
        if any(_SPENT.search(lab := label_of(folded, f)) and not _MONEY_SOUGHT.search(lab) for f in (a, t)
               if f.kind != "percent"):
            continue  # (money spent under its budget is no target missed; 一般公共预算收入 is revenue, a target to reach)
        if is_sub_period(folded, a):
            continue  # 上半年完成投资218.7亿元，占全年计划的52.1%: progress at mid-year, not the year's result
        seen.setdefault(t.id, []).append((a, t, met))
    out = []
    for t_id, ps in seen.items():
        if len({p[0].id for p in ps}) == 1 or len({p[2] for p in ps}) == 1:
            out.append(ps[0])
    return out


def _rate_after_its_value(folded: str, sfigs: list[Fig], cs: int, before: str, t: Fig) -> bool:
    """…。全年完成投资47.3亿元，计划完成率105.1%: is the rate (a completion rate, not 为…的) in the clause right after
    the value of its unit, named as the target of the sentence before is (their names share half their characters), or
    spent against a budget (执行率)?"""
    if not _RATE_OF.search(before):
        return False
    a = next((g for g in sfigs if g.end <= cs and clause_end(folded, g.end) + 1 == cs and same_unit(g, t)), None)
    if a is None:
        return False
    if "执行率" in before and "预算" in label_of(folded, t):
        return True
    x, y = _name_chars(label_of(folded, a)), _name_chars(label_of(folded, t))
    return bool(x and y) and len(x & y) * 2 >= min(len(x), len(y))


def _other_years_claim(doc, folded: str, s0: int, pos: int) -> bool:
    """Does the sentence, before a claim at pos, date it to a year other than the report's (2022年，…; 去年…)?"""
    years = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", folded[s0:pos])]
    return bool(doc.year and any(y != doc.year for y in years)) or bool(re.search(r"去年|上年|上一年", folded[s0:pos]))


def _next_years(doc, t: Fig) -> bool:
    """Is target t under a heading of plans ahead (一、2021年工作计划), not of the year's own targets (一、年度目标)?"""
    return in_plan_heading(doc, t) and not _heading_of_year_targets(doc, t) \
        and not _YEAR_PLAN_HEADING.fullmatch((doc.section_at(t.start) or "").strip())


_SPENT = re.compile(r"预算(?!收入)|资金|经费|支出|执行")


def _tm_same(f: Fig, g: Fig) -> bool:
    """Is figure f the value g restated (5832人 of 5,832人, 3.2% of 3.2%), its bound aside?"""
    if f.kind == "percent" or g.kind == "percent":
        return f.kind == g.kind and f.value == g.value
    return same_unit(f, g) and f.norm == g.norm


def _tm_place(folded: str, doc, f: Fig) -> str:
    """The place or body whose figure f is, as its sentence names it before f (全县… → 县, 我镇… → 镇), else ''."""
    s0 = doc.sentences[f.sent].start if f.sent >= 0 else clause_start(folded, f.start)
    m = None
    for m in re.finditer(r"[我本全](省|市|县|区|镇|乡|国)", folded[s0:f.start]):
        pass
    return m.group(1) if m else ""


# the target's name a claim of _TM_VERB_FIRST ends on, right before the end of its clause
_TM_HEAD_END = re.compile(_TM_HEAD + _TM_END)


def _tm_verb_first(folded: str) -> list[re.Match]:
    """_TM_VERB_FIRST.finditer(folded), tried only in the clauses that end on a target's name. A match holds no clause
    separator (nor a comma between digits) and ends right before one, on the name: it lies in such a clause, and a scan
    from the clause's start (the pattern looks at nothing before a match) finds what the scan of the whole text does.
    (That scan tries a match at every manner word and verb of the text: 完成, 实现, 已, 全面…; few clauses end on a name.)"""
    out: list[re.Match] = []
    done = 0  # (where the last clause scanned ended: clause_start passes over a comma between digits)
    for h in _TM_HEAD_END.finditer(folded):
        lo = max(clause_start(folded, h.start()), done)
        done = h.end() + 1  # (the separator after the name, or the text's end)
        out.extend(_TM_VERB_FIRST.finditer(folded, lo, done))
    return out


def _claims_on_the_years_targets(doc, folded: str, figs: list[Fig], rows: list[dict]) -> list[dict]:
    """A claim on the year's targets made apart from them (总的来看，超额完成年度生产经营计划 / 年度协商计划全面完成 /
    本年度国际学生招生超额完成学校下达计划 / 学校年度目标任务基本完成) → judged on the targets set against values
    above it: those whose names share a word with the claim's scope, else (a scope of generic words, or a closing
    summary whose field names none of them) all of them. Inconsistent when one is missed (a hedged 基本完成 needs
    only most, or four fifths of each one missed), or when all were met and the claim says they were not; no row without targets, or when a row above
    already judges the claim."""
    if "完成" not in folded and "实现" not in folded and "达到" not in folded:
        return []
    by_id = {f.id: f for f in figs}
    pairs = _tm_pairs(doc, folded, figs, rows, by_id)
    if not pairs:
        return []
    covered = [(r["start"], r["end"]) for r in rows if r["rule"] == "target_met" and not r.get("_silent")
               and r["verdict"] != schema.UNVERIFIABLE]
    found = []
    found.extend((m, "verb") for m in _tm_verb_first(folded))
    for rx, form in ((_TM_NOUN_FIRST, "noun"), (_TM_BARE, "bare")):
        for m in rx.finditer(folded):
            found.append((m, form))
    # each figure's place (_tm_place) and each pair's name words (both labels, the value's name as done): found once
    # for the document as the claims first ask, not again for every claim
    places: dict[str, str] = {}
    pair_words: dict[tuple[str, str], set[str]] = {}

    def place_of(f: Fig) -> str:
        if f.id not in places:
            places[f.id] = _tm_place(folded, doc, f)
        return places[f.id]

    def words_of(p: tuple) -> set[str]:
        k = (p[0].id, p[1].id)
        if k not in pair_words:
            pair_words[k] = _bigrams(label_of(folded, p[0])) | _bigrams(label_of(folded, p[1])) | _bigrams(_done_name(folded, p[0]))
        return pair_words[k]

    out = []
    taken: list[tuple[int, int]] = []
    for m, form in sorted(found, key=lambda x: x[0].start()):
        cs = clause_start(folded, m.start())
        ce = m.end()
        if any(a < ce and cs < b for a, b in covered + taken):
            continue
        sent = doc.sentence_at(m.start())
        if sent is None:
            continue
        s0 = sent.start
        before = folded[cs:m.start()]
        # a figure in the claim's own clause makes it another shape (为年度计划的104% / 12%的目标顺利完成)
        if re.search(r"[\d%]", folded[m.start():ce]) or _EXHORT.search(folded, s0, m.start()) or _PLAN.search(folded, s0, m.start()) \
                or _LONGER_SPAN.search(folded, cs, ce) or re.search(r"规划|中期|阶段", folded[cs:ce]):
            continue
        if _other_years_claim(doc, folded, s0, m.start()):
            continue  # 2022年，我局超额完成年度目标任务 (in a report on 2023): a claim on another year's targets
        heading = doc.section_at(m.start()) or ""
        back = bool(_TM_CLOSING_LEAD.match(folded, s0)) or bool(_SUMMING_UP_HEADING.search(heading))
        if plan_heading(heading, doc.year) and not _REVIEW_TOO.search(heading) and not back:
            continue
        subject = _SCOPE_LEADS.sub("", _TM_CLOSING_LEAD.sub("", before))
        if _quality_claim(subject, [a.metric or "" for a, _, _ in pairs]):
            continue  # 护理人员培训质量达到预期: a claim on how well the work was done, not on how much — unless a target
            # of that quality was set (家长满意度  95%以上  93.8%): then the claim is on it
        scope = _tm_scope(subject) + _tm_scope(m.groupdict().get("obj") or "")
        if form == "bare" and len(scope) < 2:
            continue
        # (targets under a heading of next year's plans, 一、2021年工作计划, are not the year's)
        mine = [p for p in pairs if p[0].end <= cs and p[1].end <= cs and not _next_years(doc, p[1])]
        # a target of a larger place than the value's (全县目标2000户 against 全镇新增134户) is not the unit's own
        # (a value whose place is not named goes with the target of no place, or of its own, when it has one)
        mine = [p for p in mine if not ((tp := place_of(p[1])) and tp != (ap := place_of(p[0]))
                                        and (ap or any(q[0] is p[0] and q is not p and not place_of(q[1]) for q in mine)))]
        x = _TM_EXCEPT.search(folded, s0, m.start())
        if x:
            # 除高层次人才引进外，其余指标均达到: the targets named as the exception are left out; unnamed, no claim
            xb = _bigrams(x.group("x")) - _PAIR_COMMON
            kept = [p for p in mine if not xb & (_bigrams(label_of(folded, p[0])) | _bigrams(label_of(folded, p[1])))]
            if len(kept) == len(mine):
                continue
            mine = kept
        if not mine:
            continue
        own = [f for f in figs if s0 <= f.start < m.start() and (f.quantity or f.kind == "percent")]
        if own:
            # 新增就业5832人、登记失业率3.2%等主要指标均达到年度预期: the values restated (or the targets, 收入增长12%的
            # 目标顺利完成) name the targets the claim is on; 全年完成投资456.3亿元，超额完成年度计划: a value of the
            # one target of its unit is judged against it; a figure that is neither makes it another claim
            hit = []
            for f in own:
                h = [p for p in mine if any(_tm_same(f, g) for g in p[:2])]
                if not h and not is_sub_period(folded, f):
                    tg = list({p[1].id: p[1] for p in mine if f.quantity and same_unit(f, p[1])}.values())
                    if len(tg) == 1:
                        at_most = tg[0].qualifier in ("at_most", "less_than") or _lower_better(folded, f)
                        h = [(f, tg[0], _met(f, tg[0], "", True, at_most=at_most)["verdict"] == schema.CONSISTENT)]
                hit.append(h)
            if not all(hit):
                continue
            mine = list(dict.fromkeys(p for h in hit for p in h))
            scope = ""
        sb = _bigrams(scope) - _PAIR_COMMON
        # each field the claim names (研发投入和专利) picks the targets it names best (农村公路改造: 农村公路, not 农村户厕)
        parts = [(xs, xb) for x in re.split(r"[和及与、]|以及", _TM_SETTER.sub("", subject) + "|" + _TM_SETTER.sub("", m.groupdict().get("obj") or ""))
                 if (xb := _bigrams(xs := _tm_scope(x)) - _PAIR_COMMON)]
        named = []
        for xs, xb in parts if sb else ():
            # a field named as money (养老服务站运营补贴 / 项目资金) is no count of things built: a target of money only
            money = bool(_TM_MONEY_HEAD.search(re.sub(r"[^\u4e00-\u9fff]", "", xs)))
            heads = [p for p in mine if not money or p[1].kind == "money" or p[0].kind == "money"]
            best = max((len(xb & words_of(p)) for p in heads), default=0)
            if best == 0:
                named = []
                break  # 超额完成…招商和企业培育任务: a field the claim names that no target judged is named by, not known
            named += [p for p in heads if len(xb & words_of(p)) == best and p not in named]
        if named and len(named) == 1 and form != "bare" and re.search(r"均|都|全部", m.group(0)):
            # 全区就业工作均达到年度预期: 均 claims several, the field names one of the targets set with the others
            # (not a bare claim: 养老服务站验收工作全部完成 says all of that work was done, no other target), those set
            # with it that the field names by a character at least (就业 of 登记失业率), not every one of the sentence
            # (就业工作均达到年度预期 says nothing of 新建养老服务站 set beside them)
            fc = _name_chars(scope)
            named = [p for p in mine if p is named[0] or p[1].sent == named[0][1].sent
                     and fc & (_name_chars(label_of(folded, p[0])) | _name_chars(label_of(folded, p[1])))]
        neg = bool(m.group("neg"))
        manner = m.group("manner") or ""
        if named:
            mine = named
        elif sb:
            continue  # 森林抚育超额完成年度任务: a field that names none of the targets judged, not known which
        elif not manner and not neg and not own:
            continue  # 全年工作完成年初确定的目标任务: no word of manner, no claim on all of them
        if all(s0 <= f.start < sent.end for p in mine for f in p[:2]):
            continue  # …，完成年度计划3000套的95.3%，基本完成年度任务: the sentence's own claim, judged with its values
        missed = [p for p in mine if not p[2]]
        if neg:
            ok = bool(missed)
        elif "基本" in manner or "较好" in manner:
            # a hedge admits a shortfall: most targets met, or each one missed reached to four fifths of it (培训380人次
            # of 400, 基本完成; the reading of 基本 the half-way claims use, 40% of a year's target for 基本过半)
            ok = len(missed) * 2 <= len(mine) or all((r := _share_reached(folded, a, t)) is not None and r >= _MOST
                                                     for a, t, _ in missed)
        else:
            ok = not missed
        start = cs + len(before) - len(before.lstrip("，, ")) if form == "verb" else cs
        lead = _TM_CLOSING_LEAD.match(folded, start)
        if lead:
            start = lead.end()
        fs = [f for a, t, _ in (missed or mine) for f in (a, t)]
        words = folded[start:ce]
        if ok:
            out.append(result("target_met", schema.CONSISTENT, fs, start, ce, f"{words} ({'not ' if neg else ''}met)",
                              f"{len(mine)} target(s) judged, {len(missed)} missed",
                              "The targets the claim covers stand as the text says.",
                              "所述目标的完成情况与文中表述一致。"))
        else:
            if neg:
                a, t, _ = mine[0]
                en = f"The text says the targets were not met, but every one judged was ({a.text} against {t.text})."
                zh = f"文中称目标未完成，但所列目标均已达到（{a.text}，目标{t.text}）。"
                cause = "target reached but reported as missed"
            else:
                a, t, _ = missed[0]
                en = f"The text says the targets were met, but {a.text} falls short of the target {t.text}."
                zh = f"文中称目标已完成，但{a.text}未达到目标{t.text}。"
                cause = "target claimed met but not reached"
            out.append(result("target_met", schema.INCONSISTENT, fs, start, ce, f"{words} ({'not ' if neg else ''}met)",
                              f"{a.text} against the target {t.text}: {'met' if neg else 'not met'}", en, zh, cause))
        taken.append((cs, ce))
    return out


# ---------------------------------------------------------------- a claim carrying its own target
# 全年用水总量控制在省下达的13.20亿立方米指标以内 / 完成了市下达的植树造林3.5万亩任务 / 粮食总产量达到18万吨的目标:
# the target stands in the claim, the value achieved was stated before it, named with the same words in any order
_OWN_TARGET_VERB_ANY = re.compile(r"(?P<neg>" + _TM_NEG + r")?(?P<verb>控制在|保持在|(?:超额)?完成了?|实现了?|达到了?|突破了?)")
_OWN_TARGET_WHO = re.compile(r"^(?:[^，,；;。！？\d%]{0,10}?(?:下达|确定|提出|设定|制定|部署|要求)的)?(?:年度|全年|年初)?的?")
_OWN_TARGET_NOUN = re.compile(r"的?[\u4e00-\u9fff]{0,6}?(?:目标|指标|任务|计划|要求|控制线|上限)(?:任务|要求|值)?")
_OWN_TARGET_CEIL = re.compile(r"(?:以内|以下|之内|范围内)")
_NAME_FILLER = re.compile(r"全年|年度|今年|当年|本年|全[省市县区镇乡]|我[省市县区镇乡局委]|本[省市县区镇乡]|累计|共|的|实际|完成|实现|达到|新增")


def _name_chars(s: str) -> set[str]:
    """The characters of a metric's name, the words of when, where and how left out (用水总量 / 总用水量 → 用水总量)."""
    return {c for c in _NAME_FILLER.sub("", s) if "\u4e00" <= c <= "\u9fff"}


def _claims_carrying_their_targets(doc, folded: str, figs: list[Fig], rows: list[dict]) -> list[dict]:
    """A claim naming a metric, a target figure of it and the target's noun (全年用水总量控制在省下达的13.20亿立方米指标
    以内) with no value of that unit before it in its sentence → judged against the one value stated before the claim's
    sentence whose name shares most of the claim's characters, in any order (全市总用水量12.85亿立方米), of the claim's
    year and place; left alone when no value fits, or values that differ fit equally, or the claim is dated to another year."""
    out = []
    values = None  # (the values a claim may be on: below, at the first claim)
    covered = [(r["start"], r["end"]) for r in rows if r["rule"] == "target_met" and not r.get("_silent")]
    for t in figs:
        if not t.quantity or t.value is None or t.sent < 1 or any(a < t.end and t.start < b for a, b in covered):
            continue
        after = folded[t.end:t.end + 16]
        if not _OWN_TARGET_NOUN.match(after) and not _OWN_TARGET_CEIL.search(after[:4]) \
                and t.qualifier not in ("at_most", "less_than"):
            continue  # (a quick test first: the target's noun, or 以内, right after the figure)
        cs = clause_start(folded, t.start)
        before = folded[cs:t.start]
        v = None
        for v in reversed(list(_OWN_TARGET_VERB_ANY.finditer(before))):
            rest = before[v.end():]
            if _OWN_TARGET_WHO.fullmatch(rest) or re.fullmatch(r"[\u4e00-\u9fff]{0,10}", rest) and not re.search(r"为|是", rest):
                break
        else:
            v = None
        if v is None:
            continue
        # the metric named after the verb (完成了市下达的植树造林3.5万亩任务), else before it (全年用水总量控制在…)
        obj = _OWN_TARGET_WHO.sub("", before[v.end():])
        name = obj if len(_name_chars(obj)) >= 2 else before[:v.start()]
        noun = _OWN_TARGET_NOUN.match(after)
        ceil = t.qualifier in ("at_most", "less_than") or v.group("verb") in ("控制在", "保持在") and (
            _OWN_TARGET_CEIL.match(after[noun.end() if noun else 0:]) or t.qualifier == "at_most")
        if noun is None and not (v.group("verb") in ("控制在", "保持在") and ceil):
            continue
        end = t.end + (noun.end() if noun else 0)
        c = _OWN_TARGET_CEIL.match(folded, end)
        end = c.end() if c else end
        if folded[end:end + 1] not in ("，", ",", "；", ";", "。", "！", "\n", ""):
            continue
        s0 = doc.sentences[t.sent].start
        if _EXHORT.search(folded, s0, t.start) or _PLAN.search(folded, s0, t.start) or in_plan_heading(doc, t) \
                or any(s0 <= g.start < t.start and g.quantity and same_unit(g, t) for g in figs):
            continue
        if _other_years_claim(doc, folded, s0, t.start):
            continue  # 2026年，全市用水总量控制在省下达的12.20亿立方米指标以内: next year's ceiling, not this year's kept
        want = _name_chars(name)
        if len(want) < 2:
            continue
        if values is None:
            # the values a claim may be on, with their names' characters and places, looked for once (not once a claim:
            # a long report has hundreds of claims and thousands of figures)
            # (2024年全市用水总量13.45亿立方米: another year's value, never one)
            values = [(g, _name_chars(label_of(folded, g)), _tm_place(folded, doc, g)) for g in figs
                      if g.sent >= 0 and g.quantity and g.qualifier not in _BOUNDS and not (
                          _is_ref(folded, g) or _is_tgt(folded, g) or _is_change(folded, g) or is_sub_period(folded, g)
                          or _planned(folded, doc, g) or in_plan_heading(doc, g)
                          or _other_years_claim(doc, folded, doc.sentences[g.sent].start, g.start))]
        pool = []
        place = _tm_place(folded, doc, t)
        for g, have, gp in values:
            # (全国完成植树造林5000万亩: another place's value than the claim's 全市)
            if g.sent >= t.sent or not same_unit(g, t) or place and gp and gp != place:
                continue
            both = len(want & have)
            if both >= 2 and len(have) >= 2 and 4 * both >= 3 * min(len(want), len(have)):  # (3/4 of either's words)
                pool.append((both / max(len(want), len(have)), g))
        best = max((k for k, _ in pool), default=None)
        pool = [g for k, g in pool if k == best]
        if not pool or len({g.norm for g in pool}) != 1:
            continue
        a = pool[-1]
        row = _met(a, t, "", not v.group("neg"), "超额" in v.group(0), at_most=bool(ceil) or _lower_better(folded, a),
                   claim_to=end)
        row["start"], row["end"] = cs, end
        out.append(row)
    return out
