"""Growth and targets: "4941万元，同比增长20.7%" against a stated base, and "超额完成…增长20%以上的要求".

growth      the current value, the rate and the base (上年为…, 比上年的…, 由A提高到B, 是上年…的N倍):
            judged when the base is stated; otherwise unverifiable, with the base the rate implies as an
            interval (4941万元 and 20.7% imply [4940.5/1.2075, 4941.5/1.2065]万元).
target_met  achieved against a target (以上 = at least, 以内 = at most), "为目标X的P%", "高出N个百分点",
            and claims of having met (完成/实现/超额完成) a target that was not met.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from .. import schema
from .common import (Fig, by_sentence, cached, clause_end, clause_start, figs_of, in_plan, is_base, is_change, is_reference, is_target,
                     is_sub_period, item_label, label_of, result, same_unit)
from .intervals import Interval, fmt_interval, fmt_nearest, fmt_outward

HUNDRED = Decimal(100)
ONE = Decimal(1)
_UP = "增长|增加(?!值)|提高|上升|增|扩大"
_DOWN = "下降|减少|降低|回落|下滑|降|缩小|缩短|压缩|减"
# 同比增长 / 下降了 / 增幅为 / 降幅达 / 年均增长: the cue right before a rate
_WIDTH = r"增幅|涨幅|增速|增长率|增长幅度|降幅|跌幅|减幅|下降幅度|减少幅度"
_CUE = re.compile(rf"(?:分别|依次)?(?P<avg>年均|年平均)?(?:(?P<dir>{_UP}|{_DOWN})(?:了)?|(?P<width>{_WIDTH})(?:分别|依次)?(?:为|是|达到|达|约为)?)$")
# 比上年多180万元 / 比上年的25.83亿元增加2.63亿元 / 较2010年提高0.18平方米: an absolute change
_ABS_DOWN = re.compile(r"(?:少|减少|降低|下降|缩小|缩短|压缩|净减)了?$")
_TIMES = re.compile(r"(?:是|为|相当于)(?:上年|去年|上年同期|\d{4}年)(?:同期)?(?P<inner>.{0,20}?)的$|(?P<grow>增长|增加|提高)(?:了)?$")
_TARGET_AFTER = re.compile(r"^(?:以上|左右|以内|以下)?的(?:[\u4e00-\u9fff]{0,4})?(?:目标|要求|任务|计划|指标)")
_TARGET_BEFORE = re.compile(r"目标|任务|要求|预算(?!收入|支出|内|外|单位|资金|执行|管理|绩效)|计划|指标|确定的|提出的|下达的")
_BASE_LABEL = re.compile(r"上年|去年|上年同期|同期|(?:19|20)\d\d年")
_CLAIM_MET = re.compile(r"超额完成|完成|实现|达到|超过|突破|高出|超出")
_CLAIM_NOT = re.compile(r"未(?:能)?(?:完成|实现|达到)|没有(?:完成|实现|达到)|低于|差")
_SUBJECT_OK = re.compile(r"^(?:受[^，]{0,10}影响|全年|今年|当年|年内|比上年|较上年|同比|与上年相比|比去年|较去年|分别|依次|均|共)*$")
_SUBJECT_STRIP = re.compile(r"(?:比|较|是|为|与)(?:上年|去年|上届|上年同期|去年同期|\d{4}年)(?:同期)?(?:相比)?的?|的$|分别$|依次$")


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
    return bool(_TARGET_AFTER.search(after) or _TARGET_BEFORE.search(before))


def find_growths(doc, figs: list[Fig]) -> list[Growth]:
    """Figures → stated growth rates with their current value and base where the text gives them (once per document)."""
    return cached(doc, "_growths_cache", figs, lambda: _find_growths(doc, figs))


def _find_growths(doc, figs: list[Fig]) -> list[Growth]:
    folded = doc.folded
    sents = by_sentence(figs)
    out: list[Growth] = []
    prev: Growth | None = None
    for f in figs:
        if f.quantity and f.value is not None and is_change(folded, f) and not in_plan(folded, doc, f):
            # 比上年多180万元: an absolute change, judged as current − base
            gr = Growth(f, bool(_ABS_DOWN.search(label_of(folded, f))), "abs")
            out.append(gr)
            prev = None
            continue
        if f.kind not in ("percent", "percentage_point", "ratio", "fraction") or (f.value is None and f.norm is None):
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
            if not m or (f.kind == "fraction" and not m.group("dir")):
                continue
            word = m.group("dir") or m.group("width")
            down = bool(re.fullmatch(_DOWN, word) or re.match(r"降|跌|减|下降", word))
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
    _attach_previous(doc, folded, sents, by_sent)
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
        prev = [g for g in sents.get(si - 1, []) if g.quantity and not is_reference(folded, g)
                and not in_plan(folded, doc, g) and not is_sub_period(folded, g)]
        for gr in grs:
            ch = gr.cur
            if gr.mode != "pct" or ch is None or ch.sent != si or gr.base is not None or gr.change is not None:
                continue
            m = _SUBJECT_HEAD.match(label_of(folded, ch))
            if not m or not re.fullmatch(rf"(?:{_UP}|{_DOWN}|多|少)了?", label_of(folded, ch)[m.end(1):]):
                continue
            verb_down = bool(re.match(rf"(?:{_DOWN}|少)", label_of(folded, ch)[m.end(1):]))
            named = [g for g in prev if _names(m.group(1), [item_label(folded, g)]) and same_unit(g, ch)]
            if len(named) != 1 or verb_down != gr.down:
                continue
            gr.cur, gr.change, gr.base_how = named[0], ch, "current − change"


def _attach(folded: str, sfigs: list[Fig], grs: list[Growth], year: int | None = None) -> None:
    """Find the current value and the base of each rate in its sentence."""
    used: set[int] = set()
    lists: list[list[Growth]] = []
    for gr in grs:
        if lists and gr.mode != "abs" and lists[-1][-1].mode != "abs" and re.fullmatch(r"[、和及与]|以及", folded[lists[-1][-1].g.end:gr.g.start]):
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
        own_figs = [g for g in sfigs if cs <= g.start and g.end <= first.start and g.kind != "year"]
        inner_base = [g for g in own_figs if _BASE_LABEL.search(folded[cs:g.start])]
        subject = _CUE.sub("", own)
        for g in own_figs:
            subject = subject.replace(folded[g.start:g.end], "")
        subject = _SUBJECT_STRIP.sub("", subject).strip()
        subject_ok = bool(_SUBJECT_OK.match(subject) or len(subject) <= 1)
        if group[0].mode == "pp":
            _attach_pp(folded, sfigs, group[0], cs, subject_ok, inner_base)
            continue
        k = len(group)
        cands = [g for g in sfigs if g.end <= first.start and g.quantity and g not in inner_base and g.start not in used
                 and not is_reference(folded, g)]
        if not subject_ok and not (own_figs and not inner_base):
            # 集体访63批、1,208人次，批次同比下降22.2%: a subject that names a measure word (批次, 件数) picks its count
            unit_word = re.sub(r"(?:同比|环比)$", "", subject)
            by_unit = [c for c in cands if c.exact and unit_word in (c.base_unit + "次", c.base_unit + "数")]
            if k == 1 and len(by_unit) == 1:
                cands = by_unit
            # 事故起数和死亡人数分别下降…: a subject of its own must name the values before it
            elif not (cands and _names(subject, [item_label(folded, c) for c in cands[-k:]])):
                continue
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
            if re.search(rf"(?:{_UP}|{_DOWN}|降)(?:到|至)$", folded[ccs:cur0.start]):
                frm = [g for g in sfigs if ccs <= g.start and g.end <= cur0.start and same_unit(g, cur0)
                       and re.search(r"[由从]", folded[ccs:g.start])]
                if frm:
                    group[0].base, group[0].base_how = frm[-1], "由…到…"
                    _years(folded, group[0], year)
                    continue
        if inner_base and k == 1 and group[0].cur is not None and same_unit(inner_base[-1], group[0].cur):
            group[0].base, group[0].base_how = inner_base[-1], "比上年的…"
            continue
        # 上年为5,518万元 / （上年为138.5亿元） / 上年分别为1,220.2万人次和112.3亿元
        last = group[-1].g
        after = [g for g in sfigs if g.start > last.end and g.quantity]
        bases = [g for g in after if _BASE_LABEL.search(folded[clause_start(folded, g.start, "，,；;。（(\n"):g.start])
                 and re.search(r"(?:为|是|分别为|分别是)$|(?:为|是)[^，；]*[、和]$", folded[clause_start(folded, g.start, "，,；;。（(\n"):g.start])]
        # …or stated between the value and the rate (比上年的25.83亿元增加2.63亿元，增长10.2%; 上年分别为9起、7人，…分别下降)
        lo = min((gr.cur.start for gr in group if gr.cur is not None), default=first.start)
        bases += [g for g in sfigs if lo < g.start and g.end <= first.start and g.quantity and is_base(folded, g)]
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
                if len(ch) == 1:
                    gr.change, gr.base_how = ch[0], "current − change"
        if k == 1 and group[0].cur is not None and group[0].base is None and inner_base and group[0].mode in ("times", "grow_times"):
            b = inner_base[-1]
            if same_unit(b, group[0].cur):
                group[0].base, group[0].base_how = b, "是上年…的"


def _years(folded: str, gr: Growth, year: int | None) -> None:
    """年均增长 from 2020年末的A to B: the number of years between the base and the current value."""
    if gr.mode != "cagr" or gr.base is None:
        return
    y0 = re.findall(r"((?:19|20)\d\d)年", label_of(folded, gr.base))
    y1 = re.findall(r"((?:19|20)\d\d)年", folded[gr.base.end:gr.cur.start])
    end = int(y1[-1]) if y1 else year
    if y0 and end and end > int(y0[-1]):
        gr.years = end - int(y0[-1])


def _attach_pp(folded: str, sfigs: list[Fig], gr: Growth, cs: int, subject_ok: bool, inner_base: list[Fig]) -> None:
    """A change in percentage points: 由31.6%提高到32.4% / 准确率为87.6%，比上年提高1.3个百分点（上年为86.3%）."""
    first = gr.g
    cands = [g for g in sfigs if g.end <= first.start and g.kind == "percent"]
    if cands and re.search(r"(?:提高|上升|增加|增长|下降|降低|降|减少)(?:到|至)$", folded[clause_start(folded, cands[-1].start):cands[-1].start]):
        gr.cur = cands[-1]
        frm = [g for g in cands[:-1] if re.search(r"[由从]", folded[clause_start(folded, g.start):g.start])]
        if frm:
            gr.base, gr.base_how = frm[-1], "由…到…"
        return
    if len(cands) >= 2 and cands[-1] in inner_base and not is_reference(folded, cands[-2]):
        # 比重为18.6%，比上年的16.3%提高2.3个百分点: the base inside the rate's clause, the value just before it
        prev_cs = clause_start(folded, cs - 1) if cs > 0 else cs
        if cands[-2].start >= prev_cs:
            gr.cur, gr.base, gr.base_how = cands[-2], cands[-1], "比上年的…"
        return
    if not subject_ok or not cands:
        return
    cur = cands[-1]
    prev_cs = clause_start(folded, cs - 1) if cs > 0 else cs
    if cur.start < prev_cs or cur in inner_base or _CUE.search(folded[clause_start(folded, cur.start):cur.start]) or is_reference(folded, cur):
        return
    gr.cur = cur
    pcts = [b for b in inner_base if b.kind == "percent"]
    pcts += [g for g in sfigs if g.start > first.end and g.kind == "percent" and is_base(folded, g)]
    if pcts:
        gr.base, gr.base_how = pcts[0], "上年为…"


_NEW_ENTRIES = re.compile(r"新增|新办|新建|新发|新登记|新认定|当年|今年|本年|全年")


def _attach_abs(folded: str, sfigs: list[Fig], gr: Growth, used: set[int]) -> None:
    """比上年多180万元 / 比上年的25.83亿元增加2.63亿元 / 较2010年提高0.18平方米: the current value and the base."""
    f = gr.g
    cands = [g for g in sfigs if g.end <= f.start and same_unit(g, f) and not is_reference(folded, g)]
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
    bases = [g for g in sfigs if g is not f and g is not gr.cur and same_unit(g, f) and is_base(folded, g)]
    before = [g for g in bases if g.end <= f.start]
    if before or bases:
        gr.base, gr.base_how = (before[-1] if before else bases[0]), "上年为…"


def _ratio_iv(gr: Growth) -> Interval | None:
    """The stated rate → the ratio current/base it claims, as an interval (20.7% → [1.2065, 1.2075])."""
    g = gr.g.interval()
    if gr.mode == "pct":
        iv = gr.g.pct_interval().scale(Decimal("0.01"))  # 20.7% → 0.207, 三分之一 → 0.333…
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
        if gr.change is not None and gr.change not in ids:
            ids.append(gr.change)
        if cur is not None and (base is not None or gr.change is not None):
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
            "grow_times": "增长", "abs": "减少" if gr.down else "增加", "cagr": "年均下降" if gr.down else "年均增长"}[gr.mode]
    parts.append(f"{verb}{gr.g.text}")
    if gr.base is not None:
        parts.append(f"上年 {gr.base.text}")
    return "，".join(parts)


def _implied_base(gr: Growth, current_exact: bool = False) -> Interval | None:
    cur = Interval.point(gr.cur.value) if current_exact and gr.cur.value is not None else gr.cur.interval()
    if not cur.bounded:
        return None
    if gr.mode in ("pp", "abs"):
        g = gr.g.interval()
        return cur - (-g if gr.down else g) if g.bounded else None
    if gr.mode == "cagr":
        return None  # the span of years is not known without the base
    r = _ratio_iv(gr)
    if r is None and gr.mode == "grow_times":
        g = gr.g.interval()
        r = Interval(ONE + g.low, ONE + g.high) if g.bounded else None
    if r is None or not r.bounded or r.contains(Decimal(0)):
        return None
    return cur / r


def _with_base_text(gr: Growth) -> Growth:
    """A growth whose base is current ∓ change → the same with a stand-in base record carrying that text."""
    from dataclasses import replace

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
# 完成年度目标任务的109.5% / 为年度计划的104%: a completion percentage whose target is stated elsewhere in the sentence
_PCT_OF = re.compile(r"(?:完成|为|达到|占|是)(?:了)?[^，,；;。\d%]{0,10}?(?:目标|计划|任务|预算|指标)(?:任务|数)?的$")
_ACTUAL = re.compile(r"实际(?:完成|实现|达到|开展|为)?")
# 考核目标为5.5亿元，实际完成5.18亿元，完成率94.2%: a completion rate against the target stated before it
_RATE_OF = re.compile(r"(?:完成率|完成进度|执行率|完成比例)(?:为|达到|达|是)?$")


# after the target only a claim about the target itself counts (达到了…的考核要求, 超额完成年度任务, 未完成年度计划)
_CLAIM_MET_AFTER = re.compile(r"(?:完成|实现|达到|超过|突破)(?:了)?[^，,；;。\d]{0,10}?(?:目标|任务|计划|要求|指标)")
_CLAIM_NOT_AFTER = re.compile(r"(?:未(?:能)?|没有|没能)(?:完成|实现|达到)")


def _claim(folded: str, text: str, after: bool = False) -> tuple[bool, bool, bool]:
    """Sentence text → (claims met, claims not met, claims beyond); 实际完成 states a value, not a claim."""
    text = _ACTUAL.sub(lambda m: "＿" * len(m.group(0)), text)
    if after:
        return bool(_CLAIM_MET_AFTER.search(text)), bool(_CLAIM_NOT_AFTER.search(text)), "超额" in text
    return bool(_CLAIM_MET.search(text)), bool(_CLAIM_NOT.search(text)), "超额" in text


def _claim_end(folded: str, start: int, end: int) -> int:
    """The end of the claim that follows a target (…，未完成年度计划), so the row marks it too."""
    text = _ACTUAL.sub(lambda m: "＿" * len(m.group(0)), folded[start:end])
    m = _CLAIM_NOT_AFTER.search(text) or _CLAIM_MET_AFTER.search(text)
    return start + m.end() if m else start


def target_met(doc, figures) -> list[dict]:
    """Targets in the text → met or not, against what the text claims (完成/实现/超额完成)."""
    figs = figs_of(doc, figures)
    folded = doc.folded
    sents = by_sentence(figs)
    growths = {gr.g.start: gr for gr in find_growths(doc, figs)}
    out = []
    # sentences whose target gets its row from a stated completion percentage (完成年度目标任务的109.5%)
    done = {g.sent for g in figs if g.kind == "percent" and _PCT_OF.search(folded[clause_start(folded, g.start):g.start])}

    def achieved(sfigs: list[Fig], t: Fig, after_too: bool = False) -> Fig | None:
        """The value achieved against target t: the nearest same-unit value before it that is not a base,
        change or target, else (目标为1万亩，实际完成1.2万亩) one stated after it."""
        ach = [g for g in sfigs if g.end <= t.start and same_unit(g, t) and not is_reference(folded, g)]
        if ach:
            return ach[-1]
        if after_too:
            later = [g for g in sfigs if g.start >= t.end and same_unit(g, t) and not is_reference(folded, g)
                     and re.search(r"实际|完成|实现|达到", label_of(folded, g))]
            return later[0] if later else None
        return None

    for t in figs:
        if t.value is None or t.kind not in ("percent", "count", "money", "weight", "area", "length"):
            continue
        if t.sent < 0 or in_plan(folded, doc, t):
            continue
        sfigs = sents.get(t.sent, [])
        before = folded[clause_start(folded, t.start):t.start]
        after = folded[t.end:t.end + 16]
        nxt = next((g for g in sfigs if g.start >= t.end), None)
        s0, s1 = doc.sentences[t.sent].start, doc.sentences[t.sent].end
        # 为年初预算12.08亿元的102.3% / 完成年度目标任务2.2万人的106.8%
        if t.quantity and nxt is not None and nxt.kind == "percent" and folded[t.end:nxt.start] == "的" and _TARGET_BEFORE.search(before):
            a = achieved(sfigs, t)
            if a is not None:
                out.append(_pct_of_target(a, t, nxt))
                done.add(t.sent)
                # …的109.0%，超额完成年度任务: the claim after the percentage is judged on its own row
                cm, cn, beyond = _claim(folded, folded[nxt.end:s1], after=True)
                if cm or cn:
                    out.append(_met(a, t, folded[s0:t.end], not cn, beyond, claim_to=_claim_end(folded, nxt.end, s1)))
            continue
        # 优良天数比例为85.5%…，距省下达的86%年度目标仍有差距: a stated shortfall
        if (t.kind == "percent" and re.search(r"距[^，,；;。\d%]{0,10}$", before)
                and re.match(r"的?[^，,；;。\d%]{0,8}?(?:仍有|尚有|还有|存在|仍存在)(?:一定)?差距", after)):
            ach = [g for g in sfigs if g.end <= t.start and g.kind == "percent" and g.start not in growths
                   and not is_reference(folded, g) and not in_plan(folded, doc, g)]
            if ach:
                end = t.end + re.match(r"的?[^，,；;。\d%]{0,8}?(?:仍有|尚有|还有|存在|仍存在)(?:一定)?差距", after).end()
                out.append(_met(ach[-1], t, folded[s0:t.end], False, claim_to=end))
            continue
        # 目标为400家次，实际完成438家次，完成年度目标任务的109.5%
        if t.kind == "percent" and (_PCT_OF.search(before) or _RATE_OF.search(before)) and not [g for g in sfigs if clause_start(folded, t.start) <= g.start < t.start]:
            tgt = [g for g in sfigs if g.end <= t.start and g.quantity and is_target(folded, g)]
            if not tgt and folded[t.end:t.end + 1] in ("（", "("):
                # 完成预算的77.6%（预算数为24.00万元）: the target in the bracket after the percentage
                tgt = [g for g in sfigs if t.end < g.start and g.end <= clause_end(folded, t.end, "）)") and g.quantity
                       and is_target(folded, g)][:1]
            if tgt:
                a = achieved(sfigs, tgt[-1], after_too=True)
                if a is not None and a.end <= t.start:
                    out.append(_pct_of_target(a, tgt[-1], t))
                    done.add(t.sent)
            continue
        # 比年初确定的12%的预期目标高出1.5个百分点
        if t.kind == "percent" and nxt is not None and nxt.kind == "percentage_point" and re.fullmatch(
                r"的?(?:[\u4e00-\u9fff]{0,4})?(?:目标|要求|计划)?(?:高出|超出|超过|高|低于|低)", folded[t.end:nxt.start]):
            ach = [g for g in sfigs if g.end <= t.start and g.start in growths]
            if ach:
                out.append(_points_over_target(ach[-1], t, nxt, "低" in folded[t.end:nxt.start]))
            continue
        # 增长6.8%，高于年初确定的6%左右预期目标0.8个百分点: the comparison word before the target
        cmp_before = re.search(r"(高于|高出|超过|超出|低于)[^，,；;。\d%]{0,12}$", before)
        if (t.kind == "percent" and nxt is not None and nxt.kind == "percentage_point" and cmp_before
                and re.fullmatch(r"的?[\u4e00-\u9fff]{0,4}?(?:目标|要求|计划)", folded[t.end:nxt.start])):
            ach = [g for g in sfigs if g.end <= t.start and g.start in growths]
            if ach:
                out.append(_points_over_target(ach[-1], t, nxt, cmp_before.group(1) == "低于"))
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
        cm, cn, beyond = _claim(folded, before + "|" + claim_text[-30:])
        level = is_target(folded, t) and t.sent not in done
        claim_to = 0
        if not cm and not cn and level:
            # 目标为85%，达到了…的要求 / 计划开展40次，实际完成32次，未完成年度计划: the claim follows the target
            cm, cn, beyond = _claim(folded, folded[t.end:s1], after=True)
            claim_to = _claim_end(folded, t.end, s1)
        if not cm and not cn:
            continue
        claims_met = not cn
        if t.kind == "percent":
            if re.search(rf"(?:{_UP}|{_DOWN})(?:了)?$", before):
                ach = [growths[g.start] for g in sfigs if g.end <= t.start and g.start in growths]
                if not ach:
                    continue
                down = bool(re.search(rf"(?:{_DOWN})(?:了)?$", before))
                a = ach[-1]
                if a.down != down or a.mode != "pct":
                    continue
                out.append(_met(a.g, t, folded[s0:t.end], claims_met, beyond))
            elif level:
                # 准确率为87.6%，…考核目标为85%: a level against a level target, not a rate of growth
                ach = [g for g in sfigs if g.end <= t.start and g.kind == "percent" and g.start not in growths
                       and not is_reference(folded, g)]
                if ach:
                    out.append(_met(ach[-1], t, folded[s0:t.end], claims_met, beyond, claim_to=claim_to))
        else:
            a = achieved(sfigs, t, after_too=level)
            if a is not None and not _is_ceiling(folded, a, t):
                out.append(_met(a, t, folded[s0:t.end], claims_met, beyond, claim_to=claim_to))
    return out


# spending against its budget or a control ceiling: being under it is not a missed target
_SPENDING = re.compile(r"支出|经费|费用|开支|成本|耗|三公|死亡|事故|排放")
_CEILING = re.compile(r"预算|控制|限额|上限|指标")


def _is_ceiling(folded: str, a: Fig, t: Fig) -> bool:
    """Is target t a ceiling for a (三公经费支出 against 预算数, 死亡人数 against 控制指标) rather than a goal to reach?"""
    return bool(_CEILING.search(label_of(folded, t)) and _SPENDING.search(
        folded[clause_start(folded, a.start, "；;。！？!?\n"):a.start]))


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
