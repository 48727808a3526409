"""Parts and their total: "共…9件，其中A 4件、B 2件、C 3件" — do the parts add up to the total?

Counts and money alike, in the base unit (1.52亿元 + 6,300万元 + 7,100万元 = 2.86亿元). A list after
其中 that covers well under the total is taken as a selection, not a split, and left alone.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .. import schema
from .common import (Fig, by_sentence, cached, clause_start, counts_into, figs_of, in_plan, is_per_unit, is_reference, is_sub_period,
                     label_of, paragraph_start, result, same_unit)
from .intervals import Interval, fmt, fmt_interval
from .shares import find_shares

# A clause with one of these after the first part is no longer part of the split (今年新增…, 同比…).
_STOP = re.compile(r"新增|今年|当年|年内|本年|同比|较上年|比上年|上年|去年|另有|此外|另外|累计|总计|合计|共计")
_THRESHOLD = re.compile(r"以上|以下|以内|超过|不足|及以上")
_BASE_WORDS = re.compile(r"(?:比|较)(?:上年|去年|\d{4}年)|上年|去年|同期")
COVER = Decimal("0.9")  # a 其中 list covering less than this share of its total is a selection


def _sum(parts: list[Fig]) -> Interval:
    acc = parts[0].norm_interval()
    for p in parts[1:]:
        acc = acc + p.norm_interval()
    return acc


def _in_unit(iv: Interval, f: Fig) -> Interval:
    """An interval in base units → the same in the figure's own unit (元 → 万元)."""
    return iv.scale(1 / f.multiplier)


def _judge(folded: str, total: Fig, parts: list[Fig], sure_split: bool, sent: int) -> dict | None:
    """A total and its parts → a parts_sum row (None when a short list is only a selection)."""
    got = _sum(parts)
    want = total.norm_interval()
    if not got.bounded:
        return None
    ok = got.overlaps(want)
    if sure_split is None and not ok:
        return None  # a total found only by looking back: its parts may be of another scope
    cause = "" if ok else _cause(total, parts, want)
    if not ok and not sure_split and not cause.startswith("万") and want.low is not None and got.high < want.low * COVER:
        return None
    got_u = _in_unit(got, total)
    d = (total.decimals or 0)
    d_show = max([d] + [(p.decimals or 0) for p in parts if p.unit == total.unit])
    unit = total.unit
    sum_txt = fmt_interval(got_u, d_show + (0 if got_u.is_point else 1), unit)
    plus = " + ".join(p.text for p in parts)
    computed = f"{plus} = {sum_txt}; stated {total.text} needs {fmt_interval(_in_unit(want, total), d + (0 if total.exact else 1), unit)}"
    figs = [total] + parts
    start = min(f.start for f in figs)
    end = max(f.end for f in figs)
    # the claim starts with the name of its first figure or the lead of its list (本年收入合计4,615.20万元，其中…;
    # 按信访形式分：来信486件…): mark it too
    start = max(start - 16, clause_start(folded, start, "，,；;。！？\n"))
    if ok:
        en = f"The parts add up to {sum_txt}, matching the stated total {total.text}."
        zh = f"各分项合计{sum_txt}，与总数{total.text}相符。"
        return result("parts_sum", schema.CONSISTENT, figs, start, end, f"{total.text} = {plus}", computed, en, zh)
    diff = _mid(got_u) - total.value
    en = (f"The parts add up to {sum_txt}, {'more' if diff > 0 else 'less'} than the stated total {total.text}; "
          f"a part or the total is wrong." + (f" Probable cause: {cause}." if cause else ""))
    zh = f"各分项合计{sum_txt}，与总数{total.text}不符，应核对总数或分项。"
    return result("parts_sum", schema.INCONSISTENT, figs, start, end, f"{total.text} = {plus}", computed, en, zh, cause)


def _mid(iv: Interval) -> Decimal:
    return (iv.low + iv.high) / 2


def _cause(total: Fig, parts: list[Fig], want: Interval) -> str:
    """Why parts miss their total: a part written in 元 for 万元 (or back), or one mistyped digit."""
    for i, p in enumerate(parts):
        for k in (Decimal(10000), Decimal("0.0001")):
            trial = _sum(parts[:i] + parts[i + 1:]) + p.norm_interval().scale(k) if len(parts) > 1 else p.norm_interval().scale(k)
            if trial.overlaps(want):
                return "万 and 元 mixed up"
    if total.exact and all(p.exact for p in parts) or all(p.decimals == total.decimals and p.unit == total.unit for p in parts):
        s = sum(p.value for p in parts if p.value is not None)
        a, b = fmt(s), fmt(total.value)
        if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1:
            return "one digit differs: a typing slip in the total or a part"
    return ""


def _parts_after(folded: str, figs: list[Fig], anchor: int, unit_of: Fig) -> list[Fig]:
    """Same-unit figures listed after 其中 (or a list start) up to a clause that changes scope."""
    parts: list[Fig] = []
    for g in figs:
        if g.start < anchor or not same_unit(g, unit_of):
            continue
        label = folded[clause_start(folded, g.start):g.start]
        if parts and _STOP.search(label):
            break
        if folded.find("其中", anchor + 2, g.start) >= 0:
            break  # a nested 其中 starts a split of a part
        if _BASE_WORDS.search(label):
            break
        parts.append(g)
    return parts


def _semicolon_cut(folded: str, total: Fig, parts: list[Fig]) -> list[Fig] | None:
    """Parts that overshoot their total across a semicolon cut it two ways (其中高中部2,914人、初中部1,948人；本部校区
    在校生2,480人; 其中卫生技术人员1,104人，约占…；具有高级职称236人): keep the parts before the semicolon when they add
    up, and judge nothing when they do not. A list that stays under its total is left to the judge."""
    if len(parts) < 2 or not total.norm_interval().below(_sum(parts)):
        return parts
    cuts = [i for i in range(1, len(parts)) if re.search(r"[；;]", folded[parts[i - 1].end:parts[i].start])]
    if not cuts:
        return parts
    head = parts[:cuts[0]]
    return head if len(head) >= 2 and _sum(head).overlaps(total.norm_interval()) else None


# words that open a breakdown of the total before them (其中A…、B…; 包括A…、B…和C…)
_SPLIT_LEAD = re.compile(r"其中|包括|包含|涵盖")
# 由A…、B…和C…组成 / 构成
_MADE_OF = re.compile(r"由(?P<body>[^。；;！？\n]{2,80}?)(?:共同)?(?:组成|构成)")
# 从类型看 / 按套数分 / 分税种看 / 按结果分：a complete classification of the total stated just before
_CLASSIFY = re.compile(r"^(?:从|按|分)[\u4e00-\u9fff]{1,8}(?:看|分|来看|划分|统计)[，,：:]")
# …46户158人，按类型分，A 19户71人，B…: the same classification after a comma, its total earlier in the sentence
_CLASSIFY_MID = re.compile(r"[，,](?:从|按|分)[\u4e00-\u9fff]{1,8}(?:看|分|来看|划分|统计)[，,：:]")
# 增值收益分配为：/ 资金构成如下：a breakdown of the total the heading names
_NAMED_SPLIT = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,10}?)(?:的)?(?:分配|构成|组成|去向|用途|来源)(?:情况)?(?:为|如下|是)?[：:]")
# …，合计6件 / …，奖牌总数143枚: the total after its parts
_TOTAL_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:合计|共计|总计|总数|总量|总额|共)(?:为|达|达到|是)?$")
# …诫勉谈话5人，批评教育11人，共问责追责18人: a total with its verb after the parts (weaker: reported only when it adds up)
_TOTAL_AFTER_VERB = re.compile(r"^(?:共|合计|共计|总计)[\u4e00-\u9fff]{1,6}$")
# 表示满意的389件、基本满意的21件、不满意的2件: a satisfaction scale is a complete split of the items it rates
_SATISFACTION = re.compile(r"(?:非常满意|比较满意|基本满意|不满意|满意)的?$")
# 立案提案中，委员个人提案338件，集体提案74件: the whole named at the sentence start, its figure stated earlier
_IN_WHOLE = re.compile(r"^(?:在)?(?P<name>[\u4e00-\u9fff]{2,10}?)(?:当)?中[，,]")
# 已完成整改19个，正在整改3个，需长期坚持的2个: items by status (done / under way / long-term) are the whole set
_DONE = re.compile(r"(?:已|已经)(?:完成|办结|整改|解决|落实)[\u4e00-\u9fff]{0,4}$")
_UNDER_WAY = re.compile(r"(?:正在|正|尚在|仍在|未|尚未|需长期|长期|持续|逐步)[\u4e00-\u9fff]{0,8}$")
# a change against a base (事故起数减少9起) is not an earlier total
_DELTA = re.compile(r"减少|增加|新增|下降|上升|增长|提高|降低|相比|同比|比上年|较上年")
# differences stated as a split: whole word, part word, remainder word (收入 − 支出 = 结余; 送审 − 审定 = 审减)
_DIFFERENCES = [(re.compile(w), re.compile(p), re.compile(r)) for w, p, r in (
    (r"收入$", r"支出$", r"(?<!累计)(?:结余|结存|盈余|收益|利润|净收入)$"),
    (r"送审(?:金额|额|造价)?$", r"审定(?:金额|额|造价)?$", r"(?:审减|核减)(?:金额|额)?$"),
    (r"(?<!净)资产(?:总额|合计)?$", r"负债(?:总额|合计)?$", r"(?:净资产|所有者权益|股东权益)(?:总额|合计)?$"),
)]


# budget and final-account identities of every 部门预算/决算说明: 收入总计 = 本年收入合计 + 上年(年初)结转和结余,
# 支出总计 = 本年支出合计 + 年末结转和结余; the totals may be given once for both (收入、支出决算总计均为…)
_TAIL_VERB = r"(?:均|共|合计|共计)?(?:为|是|达|达到)?$"
_IDENTITIES = [(re.compile(w + _TAIL_VERB), [re.compile(p + _TAIL_VERB) for p in ps]) for w, ps in (
    (r"(?:收入|收支|收入、支出|收入和支出)(?:决算|预算)?总计", (r"本年(?:度)?收入(?:合计|总额)?", r"(?:上年|年初)结转(?:和|及|与)?结余")),
    (r"(?:支出|收支|收入、支出|收入和支出)(?:决算|预算)?总计", (r"本年(?:度)?支出(?:合计|总额)?", r"年末结转(?:和|及|与)?结余")),
)]


def _identities(folded: str, figs: list[Fig]) -> list[tuple[Fig, list[Fig], bool]]:
    """The budget identities, each where the report states all its terms (the first figure named by each)."""
    out = []
    for whole_rx, part_rxs in _IDENTITIES:
        named = []
        for rx in [whole_rx] + part_rxs:
            g = next((g for g in figs if g.quantity and rx.search(label_of(folded, g)) and not _in_plan_label(folded, g)), None)
            if g is None:
                break
            named.append(g)
        if len(named) == 1 + len(part_rxs) and all(same_unit(named[0], g) for g in named):
            out.append((named[0], named[1:], True))
    return out


def _in_plan_label(folded: str, g: Fig) -> bool:
    return bool(re.search(r"下年|明年|\d{4}年预算", label_of(folded, g)))


def addable(folded: str, total: Fig, parts: list[Fig]) -> bool:
    """Can these parts make up this total at all? Per-capita and average values never add up (城镇 + 农村 人均收入
    is not 全体居民人均收入), and a sub-period figure (一季度7起) is not a part of a full-period total."""
    if is_per_unit(folded, total) or any(is_per_unit(folded, p) for p in parts):
        return False
    return is_sub_period(folded, total) or not any(is_sub_period(folded, p) for p in parts)


def find_splits(doc, figs: list[Fig]) -> list[tuple[Fig, list[Fig], bool]]:
    """Figures → (total, parts, sure) for every breakdown the text presents as complete or near complete.

    sure is True when the wording says the parts are the whole (由…组成, 从类型看, 合计, 收入 − 支出 = 结余).
    Kept on the document: parts_sum judges these and share_of_total takes a part's whole from them.
    """
    return cached(doc, "_splits_cache", figs, lambda: _find_splits(doc, figs))


def _find_splits(doc, figs: list[Fig]) -> list[tuple[Fig, list[Fig], bool]]:
    folded = doc.folded
    sents = by_sentence(figs)
    out: list[tuple[Fig, list[Fig], bool]] = []
    for si, sfigs in sents.items():
        if si < 0:
            continue
        sent = doc.sentences[si]
        stext = folded[sent.start:sent.end]
        for m in _SPLIT_LEAD.finditer(stext):
            at = sent.start + m.start()
            after = [g for g in sfigs if g.start > at and g.quantity]
            for unit_fig in _first_per_unit(after):
                total = _total_before(doc, folded, figs, sents, si, at, unit_fig)
                if total is None or in_plan(folded, doc, total):
                    continue
                parts = _parts_after(folded, sfigs, at, unit_fig)
                if any(_THRESHOLD.search(_label(folded, p)) for p in parts):
                    continue  # nested thresholds (亿元以上项目, 10亿元以上项目) are not a split
                sub = _named_subtotal(folded, figs, total, parts)
                if sub is not None:
                    # 优良天数312天…其中，优98天、良214天；轻度污染41天…: 优 + 良 = 优良, then 优良 + the rest = the total
                    k, subtotal = sub
                    out.append((subtotal, parts[:k], True))
                    parts = [subtotal] + parts[k:]
                else:
                    parts = _semicolon_cut(folded, total, parts)
                if parts is not None:
                    out.append((total, parts, False))
        for m in _MADE_OF.finditer(stext):
            lo, hi = sent.start + m.start("body"), sent.start + m.end("body")
            body = [g for g in sfigs if lo <= g.start and g.end <= hi and g.quantity]
            if len(body) < 2 or not all(same_unit(body[0], g) for g in body):
                continue
            total = _total_before(doc, folded, figs, sents, si, sent.start + m.start(), body[0], any_lead=True)
            if total is not None:
                out.append((total, body, True))
        lead = _CLASSIFY.match(stext) or _NAMED_SPLIT.match(stext)
        if lead:
            listed = [g for g in sfigs if g.start >= sent.start + lead.end() and g.quantity and not is_reference(folded, g)]
            name = lead.groupdict().get("name")
            closing = [g for g in listed if _TOTAL_AFTER.match(folded[clause_start(folded, g.start):g.start])]
            for unit_fig in _first_per_unit(listed):
                parts = [g for g in listed if same_unit(g, unit_fig)]
                if len(parts) < 2 or any(counts_into(c, parts[0]) for c in closing):
                    continue  # …，合计227件: the list closes with its own total (judged below)
                total = _named_total(doc, folded, figs, sents, si, parts[0], name)
                if total is not None:
                    out.append((total, parts, True))
                elif not name:
                    # 从行业领域看：… with the total in an earlier paragraph (全年共发生事故37起，死亡21人): a weaker
                    # pairing, reported only when it adds up
                    total = _earlier_total(doc, folded, figs, sents, si, unit_fig)
                    if total is None or not _sum(parts).overlaps(total.norm_interval()):
                        total = _matching_earlier(doc, folded, figs, si, parts) or total
                    if total is not None:
                        out.append((total, parts, None))
        mid = None if lead else _CLASSIFY_MID.search(stext)
        if mid:
            at = sent.start + mid.start()
            listed = [g for g in sfigs if g.start >= sent.start + mid.end() and g.quantity and not is_reference(folded, g)]
            for unit_fig in _first_per_unit(listed):
                parts = [g for g in listed if same_unit(g, unit_fig)]
                if len(parts) < 2 or any(_TOTAL_AFTER.match(folded[clause_start(folded, p.start):p.start]) for p in parts):
                    continue
                before = [g for g in sfigs if g.end <= at and same_unit(g, unit_fig) and not is_reference(folded, g)]
                if before and not in_plan(folded, doc, before[-1]):
                    out.append((before[-1], parts, True))
        for g in sfigs:
            if not g.quantity:
                continue
            glabel = folded[clause_start(folded, g.start):g.start]
            if _TOTAL_AFTER.match(glabel):
                g_sure = True
            elif _TOTAL_AFTER_VERB.match(glabel):
                g_sure = None
            else:
                continue
            cs = clause_start(folded, g.start)
            # the parts run back to the sentence start, a classification lead (按内容分：) or an earlier total
            lead_end = sent.start + lead.end() if lead else sent.start
            parts = []
            for p in sfigs:
                if p.start < lead_end or p.end >= cs or not counts_into(g, p) or is_reference(folded, p):
                    continue
                if _TOTAL_AFTER.match(folded[clause_start(folded, p.start):p.start]):
                    parts = []
                    continue
                parts.append(p)
            if len(parts) >= 2:
                out.append((g, parts, g_sure))
        qty = [g for g in sfigs if g.quantity and not is_reference(folded, g)]
        sat = [g for g in qty if _SATISFACTION.search(label_of(folded, g))]
        if len(sat) >= 2 and all(same_unit(sat[0], g) for g in sat):
            total = _matching_earlier(doc, folded, figs, si, sat)
            if total is not None:
                out.append((total, sat, None))
        done = next((g for g in qty if _DONE.search(label_of(folded, g))), None)
        if done is not None:
            rest = [g for g in qty if g.start > done.end and same_unit(g, done) and _UNDER_WAY.search(label_of(folded, g))]
            if rest:
                total = _status_total(doc, folded, figs, si, sfigs, done)
                if total is not None:
                    out.append((total[0], [done] + rest, total[1]))
        whole = _IN_WHOLE.match(stext)
        if whole and not lead:
            listed = [g for g in qty if g.start >= sent.start + whole.end()]
            for unit_fig in _first_per_unit(listed):
                parts = [g for g in listed if same_unit(g, unit_fig)]
                if len(parts) < 2:
                    continue
                total = _matching_earlier(doc, folded, figs, si, parts, whole.group("name")[:2])
                if total is not None:
                    out.append((total, parts, None))
        for whole_rx, part_rx, rest_rx in _DIFFERENCES:
            for w in qty:
                if not whole_rx.search(label_of(folded, w)):
                    continue
                p = next((g for g in qty if g.start > w.end and same_unit(g, w) and part_rx.search(label_of(folded, g))), None)
                r = p and next((g for g in qty if g.start > p.end and same_unit(g, w) and rest_rx.search(label_of(folded, g))), None)
                if p is not None and r is not None:
                    out.append((w, [p, r], True))
                    break
    out += _identities(folded, figs)
    return [(t, ps, sure) for t, ps, sure in out if addable(folded, t, ps)]


def parts_sum(doc, figures) -> list[dict]:
    """Totals followed by 其中 lists, breakdowns with shares, and 其余 remainders → do the parts add up?"""
    figs = figs_of(doc, figures)
    folded = doc.folded
    sents = by_sentence(figs)
    out: list[dict] = []
    seen: set[tuple] = set()

    def emit(total: Fig, parts: list[Fig], sure: bool, sent: int) -> None:
        key = (total.id, tuple(p.id for p in parts))
        if key in seen or len(parts) < 2 or not addable(folded, total, parts):
            return
        seen.add(key)
        row = _judge(folded, total, parts, sure, sent)
        if row:
            out.append(row)

    for total, parts, sure in find_splits(doc, figs):
        emit(total, parts, sure, parts[0].sent if parts else total.sent)
    # breakdowns announced by shares (按内容分：A 6件，占40%；B 5件，占33.3%…) with the whole stated before
    by_total: dict[str, list] = {}
    for s in find_shares(doc, figs):
        if s.part is not None and s.total is not None and s.total.sent <= s.part.sent and not s.rate:
            # one breakdown is listed in one sentence: a share of the same total stated elsewhere (占本年支出合计的91.16%)
            # is another cut of it, not one more part
            key = f"{s.total.id}@{s.part.sent}"
            by_total.setdefault(key, [s.total, [], []])
            by_total[key][1].append(s.part)
            by_total[key][2].append(s.pct)
    for total, parts, pcts in by_total.values():
        # the shares adding up to 100 say the parts are the whole split
        sure = all(p.kind == "percent" for p in pcts) and _hundred(pcts)
        emit(total, sorted(set(parts), key=lambda f: f.start), sure, parts[0].sent)
    # 今年完成7座，其余5座: done + remaining = the total stated before
    for i, g in enumerate(figs):
        if not g.quantity or not re.search(r"(?:其余|剩余|其他|其它|余下)$", folded[clause_start(folded, g.start):g.start]):
            continue
        before = [f for f in sents.get(g.sent, []) if f.end <= g.start and same_unit(f, g) and not is_reference(folded, f)]
        if not before:
            continue
        if len(before) >= 2:
            # 包案化解积案48件，已化解41件…；其余7件: the sentence states its own total first
            emit(before[0], before[1:] + [g], True, g.sent)
            continue
        prior = [f for f in figs if f.end <= before[0].start and same_unit(f, g) and f.sent >= g.sent - 2]
        if not prior:
            continue
        emit(prior[-1], before + [g], True, g.sent)
    return out


def _named_total(doc, folded: str, figs: list[Fig], sents: dict, si: int, unit_fig: Fig, name: str | None) -> Fig | None:
    """The total a classification splits: the figure its heading names, else the previous sentence's first."""
    para = paragraph_start(folded, doc.sentences[si].start)
    earlier = [g for g in figs if para <= g.start and si - 3 <= g.sent < si and same_unit(g, unit_fig)
               and not is_reference(folded, g) and not _DELTA.search(folded[doc.sentences[g.sent].start:g.start])]
    if name:
        named = [g for g in earlier if name in label_of(folded, g)]
        return named[-1] if named else None
    prev = [g for g in earlier if g.sent == si - 1]
    return prev[0] if prev else None


def _named_subtotal(folded: str, figs: list[Fig], total: Fig, parts: list[Fig]) -> tuple[int, Fig] | None:
    """The first k parts whose names joined name a figure stated between the total and the list (优 + 良 → 优良天数)."""
    if len(parts) < 3:
        return None
    between = [g for g in figs if total.end <= g.start and g.end <= parts[0].start and same_unit(g, total)
               and not is_reference(folded, g)]
    names = [re.sub(r"^.*?(?:其中|[，,、；;：:])", "", _label(folded, p)) for p in parts]
    for k in range(len(parts) - 1, 1, -1):
        joined = "".join(names[:k])
        if not joined or len(joined) > 8:
            continue
        for g in between:
            if label_of(folded, g).endswith(joined) or re.search(re.escape(joined) + r"[\u4e00-\u9fff]{0,2}$", label_of(folded, g)):
                return k, g
    return None


def _status_total(doc, folded: str, figs: list[Fig], si: int, sfigs: list[Fig], done: Fig) -> tuple[Fig, bool | None] | None:
    """The set a status breakdown counts: the nearest earlier same-unit figure of the paragraph (up to three sentences
    back). Sure when the sentence's completion rate (整改完成率82.6%) is the done count over it, else weak."""
    para = paragraph_start(folded, done.start)
    cands = [g for g in figs if para <= g.start and g.end <= doc.sentences[si].start and si - 3 <= g.sent < si
             and same_unit(g, done) and not is_reference(folded, g) and not in_plan(folded, doc, g)
             and not _DELTA.search(folded[doc.sentences[g.sent].start:g.start])]
    if not cands:
        return None
    total = cands[-1]
    if total.norm_interval().below(done.norm_interval()):
        return None
    for r in sfigs:
        if r.kind == "percent" and r.start > done.end and re.search(r"(?:完成|办结|整改|解决)率(?:为|达|达到)?$", label_of(folded, r)):
            from .shares import share_interval
            got, want = share_interval(done, total), r.pct_interval()
            return (total, True) if got is not None and want is not None and got.overlaps(want) else None
    return total, None


def _matching_earlier(doc, folded: str, figs: list[Fig], si: int, parts: list[Fig], name: str | None = None) -> Fig | None:
    """The nearest earlier figure (up to eight sentences back) that the parts add up to — a weak pairing for a
    split whose wording says it is complete but names no total; the caller reports it only when it holds."""
    got = _sum(parts)
    if not got.bounded:
        return None
    for g in reversed([g for g in figs if si - 8 <= g.sent < si]):
        if not g.quantity or not same_unit(g, parts[0]) or is_reference(folded, g) or in_plan(folded, doc, g):
            continue
        if name and name not in label_of(folded, g):
            continue
        if got.overlaps(g.norm_interval()):
            return g
    return None


_TOTAL_SENT = re.compile(r"共|全年|总|合计|累计|全部")


def _earlier_total(doc, folded: str, figs: list[Fig], sents: dict, si: int, unit_fig: Fig) -> Fig | None:
    """The total a classification splits when its paragraph has none: the first same-unit figure of the nearest
    earlier sentence (up to six back) that speaks of a total (全年共发生事故37起)."""
    for k in range(si - 1, max(si - 7, -1), -1):
        cands = [g for g in sents.get(k, []) if same_unit(g, unit_fig) and not is_reference(folded, g)
                 and not in_plan(folded, doc, g) and not is_per_unit(folded, g)
                 and not _DELTA.search(folded[doc.sentences[k].start:g.start])]
        if cands:
            s0 = doc.sentences[k].start
            return cands[0] if _TOTAL_SENT.search(folded[s0:cands[0].start]) else None
    return None


def _hundred(pcts: list[Fig]) -> bool:
    acc = pcts[0].pct_interval()
    for p in pcts[1:]:
        acc = acc + p.pct_interval()
    return acc.contains(Decimal(100))


def _label(folded: str, f: Fig) -> str:
    return folded[clause_start(folded, f.start, "，,；;。、\n：:"):f.start]


def _first_per_unit(figs: list[Fig]) -> list[Fig]:
    seen, out = set(), []
    for g in figs:
        if g.base_unit not in seen:
            seen.add(g.base_unit)
            out.append(g)
    return out


def _total_before(doc, folded: str, figs: list[Fig], sents: dict, si: int, at: int, unit_fig: Fig,
                  any_lead: bool = False) -> Fig | None:
    """The total a 其中 splits: the nearest same-unit figure before it, or the previous sentence's first."""
    for g in reversed([g for g in sents.get(si, []) if g.end <= at and same_unit(g, unit_fig)]):
        if _BASE_WORDS.search(folded[clause_start(folded, g.start):g.start]) or is_reference(folded, g):
            continue
        return g
    if any_lead or folded[doc.sentences[si].start:at].strip("，,：: ") == "":
        para = paragraph_start(folded, at)
        prev = [g for g in sents.get(si - 1, []) if g.start >= para and same_unit(g, unit_fig)]
        if prev:
            return prev[0]
    return None
