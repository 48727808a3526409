"""Growth and targets: "4941万元，同比增长20.7%" against a stated base, and "超额完成…增长20%以上的要求".

growth      the current value, the rate and the base (上年为…, 比上年的…, 由A提高到B, 是上年…的N倍):
            judged when the base is stated; otherwise unverifiable, with the base the rate implies as an
            interval (4941万元 and 20.7% imply [4940.5/1.2075, 4941.5/1.2065]万元).
target_met  achieved against a target (以上 = at least, 以内 = at most), "为目标X的P%", "高出N个百分点",
            and claims of having met (完成/实现/超额完成) a target that was not met.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .. import schema
from .common import Fig, by_sentence, clause_start, figs_of, in_plan, result, same_unit
from .intervals import Interval, fmt_interval, fmt_nearest, fmt_outward

HUNDRED = Decimal(100)
ONE = Decimal(1)
_UP = "增长|增加(?!值)|提高|上升|增|扩大"
_DOWN = "下降|减少|降低|回落|下滑|降|缩小|减"
_CUE = re.compile(rf"(?:分别)?(?P<dir>{_UP}|{_DOWN})(?:了)?$")
_TIMES = re.compile(r"(?:是|为|相当于)(?:上年|去年|上年同期|\d{4}年)(?:同期)?(?P<inner>.{0,20}?)的$|(?P<grow>增长|增加|提高)(?:了)?$")
_TARGET_AFTER = re.compile(r"^(?:以上|左右|以内|以下)?的(?:[\u4e00-\u9fff]{0,4})?(?:目标|要求|任务|计划|指标)")
_TARGET_BEFORE = re.compile(r"目标|任务|要求|预算|计划|指标|确定的|提出的|下达的")
_BASE_LABEL = re.compile(r"上年|去年|上年同期|同期|(?:19|20)\d\d年")
_CLAIM_MET = re.compile(r"超额完成|完成|实现|达到|超过|突破|高出|超出")
_CLAIM_NOT = re.compile(r"未(?:能)?(?:完成|实现|达到)|没有(?:完成|实现|达到)|低于|差")
_SUBJECT_OK = re.compile(r"^(?:受[^，]{0,10}影响|全年|今年|当年|年内|比上年|较上年|同比|与上年相比|比去年|较去年|分别|均|共)*$")


@dataclass
class Growth:
    g: Fig                 # the stated rate (20.7%, 0.8个百分点, 1.5倍)
    down: bool = False
    mode: str = "pct"      # pct, pp (个百分点), times (是上年的N倍), grow_times (增长N倍)
    cur: Fig | None = None
    base: Fig | None = None
    base_how: str = ""


def _is_target(folded: str, f: Fig) -> bool:
    after = folded[f.end:f.end + 16]
    before = folded[clause_start(folded, f.start):f.start]
    return bool(_TARGET_AFTER.search(after) or _TARGET_BEFORE.search(before))


def find_growths(doc, figs: list[Fig]) -> list[Growth]:
    """Figures → stated growth rates with their current value and base where the text gives them."""
    folded = doc.folded
    sents = by_sentence(figs)
    out: list[Growth] = []
    prev: Growth | None = None
    for f in figs:
        if f.kind not in ("percent", "percentage_point", "ratio") or f.value is None:
            prev = None
            continue
        before = folded[clause_start(folded, f.start):f.start]
        # 分别增长14.1%和18.7%: a rate listed right after another shares its cue
        if prev is not None and prev.g.sent == f.sent and re.fullmatch(r"[、和及与]|以及", folded[prev.g.end:f.start]):
            gr = Growth(f, prev.down, prev.mode)
            out.append(gr)
            prev = gr
            continue
        prev = None
        if in_plan(folded, doc, f) or _is_target(folded, f):
            continue
        if f.kind == "ratio":
            m = _TIMES.search(before)
            if not m:
                continue
            gr = Growth(f, False, "grow_times" if m.group("grow") else "times")
        else:
            m = _CUE.search(before)
            if not m:
                continue
            gr = Growth(f, bool(re.fullmatch(_DOWN, m.group("dir"))), "pp" if f.kind == "percentage_point" else "pct")
        out.append(gr)
        prev = gr
    # current values and bases, sentence by sentence
    by_sent: dict[int, list[Growth]] = {}
    for gr in out:
        by_sent.setdefault(gr.g.sent, []).append(gr)
    for si, grs in by_sent.items():
        sfigs = sents.get(si, [])
        _attach(folded, sfigs, grs)
    return out


def _attach(folded: str, sfigs: list[Fig], grs: list[Growth]) -> None:
    """Find the current value and the base of each rate in its sentence."""
    used: set[int] = set()
    lists: list[list[Growth]] = []
    for gr in grs:
        if lists and re.fullmatch(r"[、和及与]|以及", folded[lists[-1][-1].g.end:gr.g.start]):
            lists[-1].append(gr)
        else:
            lists.append([gr])
    for group in lists:
        first = group[0].g
        cs = clause_start(folded, first.start)
        own = folded[cs:first.start]
        # a quantity inside the rate's own clause after 比/较/是上年 is the base (比上年的1,520亿元增长)
        own_figs = [g for g in sfigs if cs <= g.start and g.end <= first.start and g.kind != "year"]
        inner_base = [g for g in own_figs if _BASE_LABEL.search(folded[cs:g.start])]
        subject = _CUE.sub("", own)
        for g in own_figs:
            subject = subject.replace(folded[g.start:g.end], "")
        subject = re.sub(r"(?:比|较|是|为)(?:上年|去年|上年同期|\d{4}年)(?:同期)?的?|的$", "", subject)
        want_pct = group[0].mode == "pp"
        if group[0].mode == "pp":
            # 由上年的31.6%提高到32.4%，提高0.8个百分点
            cands = [g for g in sfigs if g.end <= first.start and g.kind == "percent"]
            if cands and re.search(r"(?:提高|上升|增加|增长|下降|降低|降|减少)(?:到|至)$", folded[clause_start(folded, cands[-1].start):cands[-1].start]):
                group[0].cur = cands[-1]
                frm = [g for g in cands[:-1] if re.search(r"[由从]", folded[clause_start(folded, g.start):g.start])]
                if frm:
                    group[0].base, group[0].base_how = frm[-1], "由…到…"
            continue
        if not (_SUBJECT_OK.match(subject.strip()) or len(subject.strip()) <= 1):
            # 工业用电量同比增长6.8%: the rate has its own subject and no stated value
            if not (own_figs and not inner_base):
                continue
        k = len(group)
        cands = [g for g in sfigs if g.end <= first.start and g.quantity and g not in inner_base and g.start not in used]
        if own_figs and not inner_base:
            cands = [g for g in own_figs if g.quantity][-k:] or cands
        curs = cands[-k:] if len(cands) >= k else []
        if k > 1 and curs and len({c.base_unit for c in curs}) != len(curs) and len(curs) != k:
            curs = []
        for gr, cur in zip(group, curs):
            gr.cur = cur
            used.add(cur.start)
        cur0 = group[0].cur
        if k == 1 and cur0 is not None:
            # 由上年的5,518万元增加到6,380万元，同比增长15.6%
            ccs = clause_start(folded, cur0.start)
            if re.search(rf"(?:{_UP}|{_DOWN})(?:到|至)$", folded[ccs:cur0.start]):
                frm = [g for g in sfigs if ccs <= g.start and g.end <= cur0.start and same_unit(g, cur0)
                       and re.search(r"[由从]", folded[ccs:g.start])]
                if frm:
                    group[0].base, group[0].base_how = frm[-1], "由…到…"
                    continue
        if inner_base and k == 1 and group[0].cur is not None and same_unit(inner_base[-1], group[0].cur):
            group[0].base, group[0].base_how = inner_base[-1], "比上年的…"
            continue
        # 上年为5,518万元 / （上年为138.5亿元） / 上年分别为1,220.2万人次和112.3亿元
        last = group[-1].g
        after = [g for g in sfigs if g.start > last.end and g.quantity]
        bases = [g for g in after if _BASE_LABEL.search(folded[clause_start(folded, g.start, "，,；;。（(\n"):g.start])
                 and re.search(r"(?:为|是|分别为|分别是)$|(?:为|是)[^，；]*[、和]$", folded[clause_start(folded, g.start, "，,；;。（(\n"):g.start])]
        for gr in group:
            if gr.cur is None:
                continue
            for b in bases:
                if same_unit(b, gr.cur) and b.start not in used:
                    gr.base, gr.base_how = b, "上年为…"
                    used.add(b.start)
                    break
        if k == 1 and group[0].cur is not None and group[0].base is None and inner_base and group[0].mode in ("times", "grow_times"):
            b = inner_base[-1]
            if same_unit(b, group[0].cur):
                group[0].base, group[0].base_how = b, "是上年…的"


def _ratio_iv(gr: Growth) -> Interval | None:
    """The stated rate → the ratio current/base it claims, as an interval (20.7% → [1.2065, 1.2075])."""
    g = gr.g.interval()
    if gr.mode == "pct":
        iv = g.scale(gr.g.multiplier)  # 20.7 → 0.207
        iv = -iv if gr.down else iv
        return Interval(None if iv.low is None else ONE + iv.low, None if iv.high is None else ONE + iv.high,
                        iv.low_open, iv.high_open)
    if gr.mode == "times":
        return g
    return None


def growth(doc, figures) -> list[dict]:
    """Growth rates → judged against the stated base, or unverifiable with the implied base."""
    figs = figs_of(doc, figures)
    out = []
    for gr in find_growths(doc, figs):
        g, cur, base = gr.g, gr.cur, gr.base
        word = "decline" if gr.down else "growth"
        ids = [f for f in (cur, g, base) if f is not None]
        start = min(f.start for f in ids if f.sent == g.sent)
        end = max(f.end for f in ids if f.sent == g.sent)
        if cur is not None and base is not None:
            row = _judge(gr)
            if row:
                out.append(result("growth", row[0], ids, start, end, row[1], row[2], row[3], row[4], row[5]))
                continue
        if cur is None:
            computed = f"no current value and no base given for {g.text}"
            en = f"The text states a {word} of {g.text} but neither the value nor the prior-year base, so it cannot be checked."
            zh = f"文中给出{'降幅' if gr.down else '增幅'}{g.text}，但未给出本期数和上期数，无法核对。"
        else:
            implied = _implied_base(gr)
            d = (cur.decimals or 0) + 1
            shown = fmt_outward(implied, d, cur.unit) if implied is not None and implied.bounded else "?"
            computed = f"{cur.text} with {g.text} implies a prior-year base in {shown}"
            rate_only = _implied_base(gr, current_exact=True)
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
    return out


def _stated(gr: Growth) -> str:
    parts = [gr.cur.text] if gr.cur is not None else []
    verb = {"pct": "下降" if gr.down else "增长", "pp": "下降" if gr.down else "提高", "times": "是上年的",
            "grow_times": "增长"}[gr.mode]
    parts.append(f"{verb}{gr.g.text}")
    if gr.base is not None:
        parts.append(f"上年 {gr.base.text}")
    return "，".join(parts)


def _implied_base(gr: Growth, current_exact: bool = False) -> Interval | None:
    cur = Interval.point(gr.cur.value) if current_exact and gr.cur.value is not None else gr.cur.interval()
    if not cur.bounded:
        return None
    if gr.mode == "pp":
        g = gr.g.interval()
        return cur - (-g if gr.down else g) if g.bounded else None
    r = _ratio_iv(gr)
    if r is None and gr.mode == "grow_times":
        g = gr.g.interval()
        r = Interval(ONE + g.low, ONE + g.high) if g.bounded else None
    if r is None or not r.bounded or r.contains(Decimal(0)):
        return None
    return cur / r


def _judge(gr: Growth):
    """(verdict, stated, computed, en, zh, cause) for a rate with its current value and base."""
    cur, base, g = gr.cur, gr.base, gr.g
    c, b = cur.norm_interval(), base.norm_interval()
    if not (c.bounded and b.bounded) or b.contains(Decimal(0)):
        return None
    d = (g.decimals or 0)
    if gr.mode == "pp":
        diff = cur.interval() - base.interval()
        want = g.interval()
        want = -want if gr.down else want
        ok = diff.overlaps(want)
        got_txt = f"{cur.text} − {base.text} = {fmt_interval(diff, d + 1)} points"
    else:
        ratio = c / b
        if gr.mode == "times":
            want = g.interval()
            ok = ratio.overlaps(want)
            got_txt = f"{cur.text}/{base.text} = {fmt_interval(ratio, d + 2)} times"
        elif gr.mode == "grow_times":
            gi = g.interval()
            ok = ratio.overlaps(gi) or ratio.overlaps(Interval(ONE + gi.low, ONE + gi.high))
            want = gi
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
def target_met(doc, figures) -> list[dict]:
    """Targets in the text → met or not, against what the text claims (完成/实现/超额完成)."""
    figs = figs_of(doc, figures)
    folded = doc.folded
    sents = by_sentence(figs)
    growths = {gr.g.start: gr for gr in find_growths(doc, figs)}
    out = []
    for t in figs:
        if t.value is None or t.kind not in ("percent", "count", "money", "weight", "area", "length"):
            continue
        if t.sent < 0 or in_plan(folded, doc, t):
            continue
        sfigs = sents.get(t.sent, [])
        before = folded[clause_start(folded, t.start):t.start]
        after = folded[t.end:t.end + 16]
        nxt = next((g for g in sfigs if g.start >= t.end), None)
        s0 = doc.sentences[t.sent].start
        # 为年初预算12.08亿元的102.3% / 完成年度目标任务2.2万人的106.8%
        if t.quantity and nxt is not None and nxt.kind == "percent" and folded[t.end:nxt.start] == "的" and _TARGET_BEFORE.search(before):
            ach = [g for g in sfigs if g.end <= t.start and same_unit(g, t)]
            if ach:
                out.append(_pct_of_target(ach[-1], t, nxt))
            continue
        # 比年初确定的12%的预期目标高出1.5个百分点
        if t.kind == "percent" and nxt is not None and nxt.kind == "percentage_point" and re.fullmatch(
                r"的?(?:[\u4e00-\u9fff]{0,4})?(?:目标|要求|计划)?(?:高出|超出|超过|高|低于|低)", folded[t.end:nxt.start]):
            ach = [g for g in sfigs if g.end <= t.start and g.start in growths]
            if ach:
                out.append(_points_over_target(ach[-1], t, nxt, "低" in folded[t.end:nxt.start]))
            continue
        # 控制在4.5%以内
        if t.qualifier in ("at_most", "less_than") and re.search(r"控制在$", before):
            ach = [g for g in sfigs if g.end <= t.start and g.kind == t.kind and (g.kind != "percent" or g.start not in growths)
                   and (t.kind == "percent" or same_unit(g, t))]
            if ach:
                out.append(_met(ach[-1], t, folded[clause_start(folded, t.start):t.end], True, at_most=True))
            continue
        if not (_TARGET_AFTER.search(after) or _TARGET_BEFORE.search(before)):
            continue
        claim_text = folded[s0:t.start]
        cm, cn = _CLAIM_MET.search(before) or _CLAIM_MET.search(claim_text[-30:]), _CLAIM_NOT.search(claim_text[-30:])
        if not cm and not cn:
            continue
        claims_met = not cn
        if t.kind == "percent":
            if not re.search(rf"(?:{_UP}|{_DOWN})(?:了)?$", before):
                continue
            ach = [growths[g.start] for g in sfigs if g.end <= t.start and g.start in growths]
            if not ach:
                continue
            down = bool(re.search(rf"(?:{_DOWN})(?:了)?$", before))
            a = ach[-1]
            if a.down != down or a.mode != "pct":
                continue
            out.append(_met(a.g, t, folded[s0:t.end], claims_met, "超额" in claim_text[-30:]))
        else:
            ach = [g for g in sfigs if g.end <= t.start and same_unit(g, t)]
            if ach:
                out.append(_met(ach[-1], t, folded[s0:t.end], claims_met, "超额" in claim_text[-30:]))
    return out


def _met(a: Fig, t: Fig, text: str, claims_met: bool, beyond: bool = False, at_most: bool = False) -> dict:
    """Achieved against target → target_met row; consistent when the claim matches what the numbers say."""
    ai = a.interval()
    q = t.qualifier or ("at_most" if at_most else "at_least")
    tv = t.value
    if at_most or q in ("at_most", "less_than"):
        met = ai.low is None or ai.low <= tv if q == "at_most" else ai.low is None or ai.low < tv
        rel = "≤"
    else:
        met = ai.high is None or (ai.high > tv if beyond or q == "more_than" else ai.high >= tv)
        rel = ">" if beyond or q == "more_than" else "≥"
    if t.qualifier == "approx":
        met = met or ai.overlaps(t.interval())
    ok = met == claims_met
    computed = f"achieved {a.text} {rel if met else 'not ' + rel} target {t.text}"
    claim = "met" if claims_met else "not met"
    stated = f"{a.text}; target {t.text} ({claim})"
    start, end = min(a.start, t.start), max(a.end, t.end)
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
    want = p.pct_interval()
    d = p.decimals or 0
    ok = got.overlaps(want)
    computed = f"{a.text}/{t.text} = {fmt_interval(got, d + 1, '%')}; stated {p.text} needs {fmt_interval(want, d + 1, '%')}"
    stated = f"{a.text} = {p.text} of target {t.text}"
    if ok:
        en = f"{a.text} is {fmt_interval(got, d + 1, '%')} of the target {t.text}, matching the stated {p.text}."
        zh = f"{a.text}为目标{t.text}的{fmt_interval(got, d + 1, '%')}，与所述{p.text}相符。"
        return result("target_met", schema.CONSISTENT, [a, t, p], a.start, p.end, stated, computed, en, zh)
    en = f"{a.text} is {fmt_interval(got, d + 1, '%')} of the target {t.text}, not the stated {p.text}."
    zh = f"{a.text}实为目标{t.text}的{fmt_interval(got, d + 1, '%')}，而非{p.text}。"
    return result("target_met", schema.INCONSISTENT, [a, t, p], a.start, p.end, stated, computed, en, zh)


def _points_over_target(a: Fig, t: Fig, pp: Fig, below: bool) -> dict:
    """比目标T高出N个百分点: achieved − target against N."""
    diff = a.interval() - t.interval()
    want = pp.interval()
    want = -want if below else want
    d = pp.decimals or 0
    ok = diff.overlaps(want)
    computed = f"{a.text} − {t.text} = {fmt_interval(diff, d + 1)} points; stated {pp.text}"
    stated = f"{a.text} vs target {t.text}: {'低' if below else '高出'}{pp.text}"
    if ok:
        en = f"{a.text} is {fmt_interval(diff, d + 1)} points from the target {t.text}, matching the stated {pp.text}."
        zh = f"{a.text}与目标{t.text}相差{fmt_interval(diff, d + 1)}个百分点，与所述{pp.text}相符。"
        return result("target_met", schema.CONSISTENT, [a, t, pp], a.start, pp.end, stated, computed, en, zh)
    en = f"{a.text} is {fmt_interval(diff, d + 1)} points from the target {t.text}, not {pp.text}."
    zh = f"{a.text}与目标{t.text}实差{fmt_interval(diff, d + 1)}个百分点，而非{pp.text}。"
    return result("target_met", schema.INCONSISTENT, [a, t, pp], a.start, pp.end, stated, computed, en, zh)
