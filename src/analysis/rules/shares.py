"""Shares: a part over its total against the stated share, shares of one whole summing to 100, and
whether a percentage is possible at all for the number of things it counts (GRIM).

share_of_total  "共收到提案9件，其中…4件，占到44%"          4/9 = 44.4% against 43.5–44.5
percent_sum     "分别占12.4%、71.3%和16.3%"                 the shares of one whole add up to 100
granularity     "对7家机构开展评估，合格率为50%"            no k in 0…7 gives 50% ± 0.5
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from fractions import Fraction

from .. import schema
from .common import (Fig, by_sentence, cached, clause_end, clause_start, counts_into, figs_of, in_plan, is_per_unit, is_reference, item_label, label_of,
                     paragraph_start, result, same_unit, span_of)
from ..numerals import parse_number
from .intervals import Interval, fmt, fmt_interval

HUNDRED = Decimal(100)
_CN_SEP = "，,；;。！？!?\n、"
# A share is announced by 占 (占到, 占全市…的, 占比), a 比重/比例, or a rate word (合格率, 满意度).
_ZHAN = re.compile(r"(?<![挤侵抢霸独])占(?!地(?!区)|[用领据有])(?:到|了)?")
_RATE = re.compile(r"([\u4e00-\u9fffA-Za-z]{0,10}?)(率|满意度|比率|进度)(?:分别|依次)?(?:为|是|达到|达|约为|约|仅为|高达)?$")
_TAIL = re.compile(r"(?:的)?(?:比重|比例|份额|比)?(?:分别|依次)?(?:为|是|达到|达|约为|约|仅为|高达|近|超过)?$")
_GENERIC_WHOLE = {"", "总数", "总量", "总额", "总体", "全部", "总", "其", "全部总数", "总计", "合计", "总人数", "总户数"}
# Rates that describe a population or an economy, not a tally of the things just counted.
_MACRO_RATES = re.compile(r"增长|增速|失业|覆盖|城镇化|参保|利用|转化|贡献|发生|出生|死亡|税|利息|利|汇|占有|普及|入学|"
                          r"负债|收益|自给|绿化|化率|强度|弹性|产出|通胀|物价|涨|降|毛入学|储蓄|使用|上网|空置|投资")
# Rates over the cases just counted: with no count in the sentence, the paragraph's total is their n.
_CASE_RATES = re.compile(r"办结|结案|答复|回复|办复|采纳|落实|完成|见面|沟通|整改|解决")
_SURVEY_RATES = re.compile(r"满意|好评|知晓|认可|支持")
_MODIFIER_BEFORE = ("基本", "不", "较", "比较", "非常", "很", "不太", "一般")
_DURATIONS = {"年", "个月", "月", "天", "日", "周", "小时", "分钟", "秒", "季度", "个工作日", "工作日", "届", "次会议"}
_TOTAL_WORDS = re.compile(r"共|总|合计|累计|全年|全部|共计|总计|所有|全市|全县|全区|受理|收到|承办|办理|抽查|抽检|调查|评估|检查")


@dataclass
class Share:
    """A stated share and what it is a share of."""

    pct: Fig
    part: Fig | None = None
    total: Fig | None = None
    stem: str = ""          # what the share is of, as the text names it (调解结案, 税收)
    whole: str = ""         # a named whole after 占 (全社会固定资产投资)
    rate: bool = False      # announced by a rate word (合格率, 满意度) rather than 占
    list_id: int = -1       # shares listed together after one cue (分别占a%、b%和c%)
    siblings: list = field(default_factory=list)
    subtotal: int = 0       # 以上四类合计占74.1%: the sum of the n shares before it, not a share of its own


def _cue(before: str) -> tuple[str, str, bool] | None:
    """Clause text before a percent → (stem, named whole, is_rate) when it announces a share."""
    m = None
    for m in _ZHAN.finditer(before):
        pass
    if m is not None and not re.search(r"[\d%]", before[m.end():]):
        whole = _TAIL.sub("", before[m.end():])
        whole = re.sub(r"^(?:了|到)", "", whole)
        whole = re.sub(r"(?<=.)(?:的)?(?:总数|总量|总额|总和|总计|总体|总人数)$", "", whole)
        stem = re.sub(r"(?:分别|依次|均|各|约|仅|所|其)$", "", before[:m.start()])
        return stem, ("" if whole in _GENERIC_WHOLE else whole), False
    r = _RATE.search(before)
    if r:
        stem = r.group(1) + ("满意" if r.group(2) == "满意度" else "")
        if not stem and r.group(2) != "满意度":
            return None
        return stem, "", True
    m = re.search(r"(比重|比例|占比|份额|构成比)(?:分别|依次)?(?:为|是|达到|达|约为|约)?$", before)
    if m:
        return before[:m.start()], "", False
    return None


def _segment_before(folded: str, f: Fig) -> str:
    """Text between the previous separator (、 included) and the figure: the label of a listed part."""
    return folded[clause_start(folded, f.start, _CN_SEP):f.start]


def _stem_matches(label: str, stem: str) -> bool:
    """Does a part's label name the rate's stem (调解结案219件 for 调解结案率)?"""
    stem = re.sub(r"^(?:其中|全年|今年|当年|全市|全县|全区)", "", stem)
    if len(stem) < 2 and not stem:
        return False
    k = label.rfind(stem)
    if k < 0:
        # 已完成整改19个 for 整改完成率: the same words in the other order
        tail = label[-len(stem) - 1:]
        return len(stem) >= 4 and all(tail.count(c) >= stem.count(c) for c in set(stem))
    return not any(label[:k].endswith(m) for m in _MODIFIER_BEFORE)


def _is_sibling(folded: str, f: Fig, pcts: set[int]) -> bool:
    """Is the figure itself a part followed by its own share (提案4件，占到44%)?"""
    return bool(re.match(r"(?:[，,（(])?(?:分别|依次|均)?占(?!地(?!区)|[用领据有])", folded[f.end:f.end + 4]))


def find_shares(doc, figs: list[Fig]) -> list[Share]:
    """Figures → every stated share with its part and total where the text gives them (built once per document)."""
    return cached(doc, "_shares_cache", figs, lambda: _find_shares(doc, figs))


def _find_shares(doc, figs: list[Fig]) -> list[Share]:
    folded = doc.folded
    sents = by_sentence(figs)
    shares: list[Share] = []
    pct_starts = {f.start for f in figs if f.kind in ("percent", "fraction")}
    prev: Share | None = None
    prev_cue = ""
    list_id = 0
    for f in figs:
        if f.kind not in ("percent", "fraction") or f.value is None and f.norm is None:
            continue
        # a percent listed right after another shares its cue (分别占12.4%、71.3%和16.3%)
        joint = folded[prev.pct.end:f.start] if prev is not None and prev.pct.sent == f.sent else None
        # 、/和 continue a list; a comma only where the cue announced several (分别为12%，15%): 占比61.8%，超过一半
        # restates one share in another form
        if joint is not None and (re.fullmatch(r"[、和及与]|以及", joint) or (
                joint in "，," and joint and not f.qualifier and re.search(r"分别|依次|各", prev_cue))):
            s = Share(f, stem=prev.stem, whole=prev.whole, rate=prev.rate, list_id=prev.list_id)
            shares.append(s)
            prev = s
            continue
        before = folded[clause_start(folded, f.start):f.start]
        cue = _cue(before)
        prev = None
        prev_cue = before
        if cue is None or in_plan(folded, doc, f) or re.search(r"增长|提高|下降|降低|增加(?!值)|减少|目标|任务", before):
            continue
        list_id += 1
        s = Share(f, stem=cue[0], whole=cue[1], rate=cue[2], list_id=list_id)
        sub = _SUBTOTAL.search(cue[0])
        if sub:
            n = parse_number(sub.group(1))
            s.subtotal = int(n[0]) if n and n[0] and n[0] == int(n[0]) else 0
        shares.append(s)
        prev = s
    # parts and totals
    by_list: dict[int, list[Share]] = {}
    for s in shares:
        by_list.setdefault(s.list_id, []).append(s)
    for group in by_list.values():
        first = group[0]
        sent_figs = sents.get(first.pct.sent, [])
        before_figs = [g for g in sent_figs if g.end <= first.pct.start and g.quantity]
        wholes = _split_wholes(first.whole)
        if len(group) > 1 and len(wholes) == len(group):
            # 道路运输事故26起、死亡15人，分别占事故总数和死亡总数的70.3%和71.4%: one whole per share, in order
            parts = before_figs[-len(group):]
            if len(parts) == len(group):
                for s, p, w in zip(group, parts, wholes):
                    s.part, s.whole = p, w
        elif len(group) > 1:
            # 三次产业比重分别为17.6%、53.0%和29.4%: the k quantities just before the list are the parts
            parts = before_figs[-len(group):]
            if len(parts) == len(group) and all(same_unit(parts[0], p) for p in parts):
                for s, p in zip(group, parts):
                    s.part = p
        elif first.rate and _all_of(folded, first, before_figs):
            first.part = first.total = _all_of(folded, first, before_figs)
        else:
            first.part = _part_for(folded, first, before_figs)
            if first.part is None and not before_figs and len(first.stem) >= 2 and not first.rate:
                # 网上信访1,346件，合计2,864件次。网上信访占信访总量的47.0%: the part named in the sentence before
                first.part = next((g for g in reversed(sents.get(first.pct.sent - 1, [])) if g.quantity
                                   and item_label(folded, g).endswith(first.stem)), None)
        carried = len(group) > 1 and not before_figs and first.whole and _carry_parts(folded, sents, group)
        for s in group:
            if s.part is not None and s.total is None:
                s.total = _total_for(doc, folded, figs, sents, s, pct_starts, group)
        if carried and not (first.total is not None and all(s.total is first.total for s in group)
                            and _adds_up(first.total, [s.part for s in group])):
            for s in group:
                s.part = s.total = None
    _complete_split_wholes(doc, figs, shares)
    for group in by_list.values():
        for s in group:
            s.siblings = [t for t in shares if t is not s and t.total is not None and t.total is s.total]
    return shares


# 以上四类合计占 / 上述三项共占 / 前五位合计占: a subtotal of the shares just listed
_SUBTOTAL = re.compile(r"(?:以上|上述|前)([一二三四五六七八九十两\d]{1,3})(?:类|项|个|种|位|大类|项目)?(?:合计|共计|累计|总计|共|合)?$")


def _all_of(folded: str, s: Share, before_figs: list[Fig]) -> Fig | None:
    """412件提案已全部办复，办复率100%; 八类严重暴力案件23起，全部告破，破案率100%: a count said to be all done is both
    the part and the whole of its rate (the verb after 全部/均 shares a character with the rate's name)."""
    stem = s.stem[-2:]
    if not (stem and before_figs):
        return None
    g = before_figs[-1]
    m = re.search(r"(?:全部|全都|均)(?:已|已经)?([\u4e00-\u9fff]{1,4})", folded[g.end:s.pct.start])
    return g if m and set(m.group(1)) & set(stem) else None


def _complete_split_wholes(doc, figs: list[Fig], shares: list[Share]) -> None:
    """（A类）236件，占57.3%；（B类）143件，占34.7%；（C类）33件，占8.0%: a sentence of parts, each with its share,
    whose shares make about 100 but whose whole is not named: the whole is the earlier figure (up to eight sentences
    back) that the parts add up to. A weak pairing, so taken only when the sum matches exactly that figure."""
    from .sums import _matching_earlier

    by_sent: dict[int, list[Share]] = {}
    for s in shares:
        if s.part is not None and s.total is None and not s.rate and s.pct.kind == "percent":
            by_sent.setdefault(s.pct.sent, []).append(s)
    for si, group in by_sent.items():
        parts = [s.part for s in group]
        if len(group) < 2 or len({p.start for p in parts}) != len(parts) or not all(same_unit(parts[0], p) for p in parts):
            continue
        stated = sum(s.pct.value for s in group if s.pct.value is not None)
        if not 90 <= stated <= 110:
            continue  # shares of one whole, near 100 (a wrong one among them is what the check is for)
        total = _matching_earlier(doc, doc.folded, figs, si, parts)
        if total is not None:
            for s in group:
                s.total = total


def _carry_parts(folded: str, sents: dict, group: list[Share]) -> bool:
    """三次产业增加值占地区生产总值的比重依次为14.4%、38.0%和47.6%, the three values stated in the sentence before:
    a list of k shares of a named whole with no quantity in its own sentence takes the last k quantities of
    the previous sentence, when they share a unit. Kept only if those parts add up to the whole (caller)."""
    sent = group[0].pct.sent
    prev = [g for g in sents.get(sent - 1, []) if g.quantity and g.kind not in ("percent", "percentage_point")]
    parts = prev[-len(group):]
    if len(parts) != len(group) or not all(same_unit(parts[0], p) for p in parts):
        return False
    if paragraph_start(folded, parts[0].start) != paragraph_start(folded, group[0].pct.start):
        return False
    for s, p in zip(group, parts):
        s.part = p
    return True


def _split_wholes(whole: str) -> list[str]:
    """'事故总数和死亡总数' → ['事故总数', '死亡总数']: a list of shares of several wholes, one each."""
    names = [w for w in re.split(r"和|及|与|、|以及", whole) if w]
    return names if len(names) >= 2 else [whole] if whole else []


def _part_for(folded: str, s: Share, before_figs: list[Fig]) -> Fig | None:
    """The figure a single share is a share of: named by the stem, or the one just before 占."""
    if not before_figs:
        return None
    if s.stem and (s.rate or len(s.stem) >= 2):
        stem = s.stem if s.rate else s.stem[-4:]
        for g in reversed(before_figs):
            if _stem_matches(_segment_before(folded, g), stem):
                # …破案862起；其中八类案件23起，破案率87%: the rate is of the subset the 其中 opened
                return None if "其中" in folded[g.end:s.pct.start] else g
        if s.rate:
            return None
    last = before_figs[-1]
    between = folded[last.end:s.pct.start]
    # only a separator and the cue between them (提案4件，占到44%), nothing that names another thing
    if _BETWEEN.fullmatch(between) and len(between) <= 30:
        return last
    # 已有32个完成人才培养方案修订，占三分之二: the count the clause is about, then its share
    if re.search(r"(?:已有|共有|其中有|其中|有)$", label_of(folded, last)) and _PREDICATE_BETWEEN.fullmatch(between):
        return last
    return None


_BETWEEN = re.compile(r"(?:[，,（(]?)(?:分别|依次|均|约|其|所)?占(?:到|了)?[^，,；;。！？\d%]{0,24}?(?:的)?(?:比重|比例)?(?:为|达到|达)?")
_PREDICATE_BETWEEN = re.compile(r"[^，,；;。\d%]{1,16}" + _BETWEEN.pattern)


def _total_for(doc, folded: str, figs: list[Fig], sents: dict, s: Share, pct_starts: set[int], group: list[Share]) -> Fig | None:
    """The whole a part belongs to: a named whole, the figure before the parts, or the paragraph's total."""
    part = s.part
    if s.whole:
        # 占查档总人次的 → 查档, 占销售额的 → 销售: the whole as its own figure's label would name it
        core = re.sub(r"(?<=..)(?:的)?总?(?:人次|人数|户数|件数|次数|金额|额|量|数)$", "", s.whole)
        core = re.sub(r"(?<=..)(?:的)?总?(?:人次|人数|户数|件数|次数|起数|金额|额|量|数)$", "", core)
        for g in reversed([g for g in figs if g.end <= part.start and counts_into(g, part) and not is_reference(folded, g)
                           and not _smaller(g, part)]):
            label = folded[clause_start(folded, g.start):g.start]
            if s.whole in label or core in label or (len(g.metric) >= 3 and s.whole.endswith(g.metric)):
                return g
        return _loose_whole(doc, folded, figs, s)
    # a part of a breakdown that adds up (由A和B组成, 送审 = 审定 + 审减) has that breakdown's total as its whole
    from .sums import find_splits

    for total, parts, _ in find_splits(doc, figs):
        if part in parts and total is not part and (_adds_up(total, parts) or s.rate and part is parts[0]):
            # (已完成整改19个，正在整改3个…，整改完成率82.6%: the rate of the first status is over the split's whole
            # even when the statuses miscount it)
            return total
    group_parts = {t.part.start for t in group if t.part is not None}
    in_sent = [g for g in sents.get(part.sent, []) if g.end <= part.start and same_unit(g, part)]
    for g in reversed(in_sent):
        if g.start in group_parts or _is_sibling(folded, g, pct_starts):
            continue
        if re.search(r"(?:比|较)(?:上年|去年)|上年|去年", folded[clause_start(folded, g.start):g.start]):
            continue
        if is_per_unit(folded, g):
            continue
        if not _whole_like(folded, g, part):
            # 个人提案338件，集体提案74件，集体提案占比18.0%: a peer in the list, not the whole — unless the share
            # says it is (有效监测天数365天，优良天数312天，优良天数比例为85.5%): a weak pairing, taken only when it holds
            got, want = share_interval(part, g), s.pct.pct_interval()
            return g if got is not None and want is not None and got.overlaps(want) else None
        return g
    sent_text = doc.sentences[part.sent].text
    alternatives = [g for g in sents.get(part.sent, []) if same_unit(g, part) and g is not part
                    and folded[min(g.end, part.end):max(g.start, part.start)].count("、") == 1]
    if not (re.match(r"其中|按.{1,8}分|从.{1,8}看|分.{1,6}看", sent_text) or (s.rate and alternatives and not in_sent)):
        return None
    # the whole was stated in an earlier sentence of the paragraph
    para = paragraph_start(folded, part.start)
    earlier = [g for g in figs if para <= g.start and g.sent < part.sent and g.sent >= part.sent - 3 and same_unit(g, part)]
    if not earlier:
        return None
    if doc.sentences[part.sent].text.startswith("其中"):
        last_sent = max(g.sent for g in earlier)
        return next(g for g in earlier if g.sent == last_sent)
    for g in reversed(earlier):
        after = folded[g.end:g.end + 4]
        if "其中" in after or _TOTAL_WORDS.search(folded[clause_start(folded, g.start):g.start]):
            return g
    return None


def _loose_whole(doc, folded: str, figs: list[Fig], s: Share) -> Fig | None:
    """A named whole its figure's label words differently (占监测户的 ← 纳入监测对象46户; 占进驻事项的 ← 进驻中心的…
    事项1,368项): the nearest earlier figure of the paragraph, up to three sentences back, whose sentence names the
    whole's head before it. A weak pairing: taken only when the share it gives matches the stated one."""
    part, head = s.part, s.whole[:2]
    if len(s.whole) < 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", head):
        return None
    para = paragraph_start(folded, part.start)
    want = s.pct.pct_interval()
    for g in reversed([g for g in figs if para <= g.start and g.end <= part.start and part.sent - 3 <= g.sent
                       and same_unit(g, part) and not is_reference(folded, g) and not _smaller(g, part)]):
        if head not in folded[doc.sentences[g.sent].start:g.start]:
            continue
        got = share_interval(part, g)
        return g if got is not None and want is not None and got.overlaps(want) else None
    return None


def _smaller(g: Fig, part: Fig) -> bool:
    """Is g surely smaller than part (so it cannot be part's whole)?"""
    return g.norm_interval().below(part.norm_interval())


def _whole_like(folded: str, g: Fig, part: Fig) -> bool:
    """Is g, stated before part in its sentence, the whole part is taken from rather than its peer in a list?
    Said by a total word (共, 全年, 受理, 抽检…) before g, or 其中/中 between them."""
    if _TOTAL_WORDS.search(label_of(folded, g)):
        return True
    between = folded[g.end:part.start]
    if re.search(r"其中|之中|中[，,：:]|[，,：:]有|包括|内含", between):
        return True
    if "、" in between:
        return False
    # 个人提案338件，集体提案74件: two labels with one head noun are two kinds of one thing (发现线索75条，已整改72条 is not)
    return _head(label_of(folded, g)) != _head(label_of(folded, part)) or not _head(label_of(folded, g))


def _head(label: str) -> str:
    """A figure's label → its head noun, the last two characters before the number (集体提案74件 → 提案)."""
    label = re.sub(r"(?:的|为|是|达到|达|共|共有|有|约|近|超过|分别)+$", "", label)
    return label[-2:] if len(label) >= 2 else ""


def _adds_up(total: Fig, parts: list[Fig]) -> bool:
    acc = parts[0].norm_interval()
    for p in parts[1:]:
        acc = acc + p.norm_interval()
    return acc.bounded and acc.overlaps(total.norm_interval())


# ---------------------------------------------------------------- arithmetic
def share_interval(part: Fig, total: Fig) -> Interval | None:
    """Part and total → the share they give, in percent, as an interval (None when it cannot be had)."""
    p, t = part.norm_interval(), total.norm_interval()
    if not (p.bounded and t.bounded) or t.contains(Decimal(0)):
        return None
    return (p / t).scale(HUNDRED)


def _pct_decimals(f: Fig) -> int:
    return f.decimals if f.kind == "percent" and f.decimals is not None else 1


def _rounded(x: Decimal, d: int) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-d))


def share_of_total(doc, figures) -> list[dict]:
    """Shares with a stated part and total → part/total against the stated share."""
    figs = figs_of(doc, figures)
    shares = [s for s in find_shares(doc, figs) if s.part is not None and s.total is not None]
    out = []
    stated = {s.pct.start for s in find_shares(doc, figs)}
    pairs = [(s, s.pct) for s in shares]
    # 占69.6%，近七成 / 占比61.8%，超过一半: the same share restated in words right after it
    for s in shares:
        nxt = next((g for g in figs if g.start >= s.pct.end), None)
        if (nxt is not None and nxt.kind == "fraction" and nxt.start not in stated
                and re.fullmatch(r"[，,]\s*(?:即|约|也就是)?", doc.folded[s.pct.end:nxt.start])):
            pairs.append((s, nxt))
    for s, pct in pairs:
        got = share_interval(s.part, s.total)
        want = pct.pct_interval()
        if got is None or want is None:
            continue
        d = _pct_decimals(pct)
        ok = got.overlaps(want)
        ratio = f"{s.part.text}/{s.total.text}"
        got_txt = fmt_interval(got, d + 1, "%")
        computed = f"{ratio} = {got_txt}; stated {pct.text} needs {fmt_interval(want, d + 1 if pct.kind == 'percent' else 1, '%')}"
        cause = "" if ok or pct is not s.pct else _share_cause(s, got, d)
        start, end = span_of([s.part, pct])
        ids = [s.total, s.part, pct]
        if ok:
            en = f"{s.part.text} of {s.total.text} is {got_txt}, which the stated {pct.text} rounds correctly."
            zh = f"{s.part.text}占{s.total.text}的{got_txt}，与所述{pct.text}相符。"
            verdict = schema.CONSISTENT
        else:
            en = (f"{s.part.text} of {s.total.text} is {got_txt}, so the share should read "
                  f"{fmt(_mid(got), d)}%, not {pct.text}." + (f" Probable cause: {cause}." if cause else ""))
            zh = f"{s.part.text}占{s.total.text}的{got_txt}，应为{fmt(_mid(got), d)}%，而非{pct.text}。"
            verdict = schema.INCONSISTENT
        out.append(result("share_of_total", verdict, ids, start, end, f"{pct.text} ({s.part.text} of {s.total.text})",
                          computed, en, zh, cause))
    return out


def _mid(iv: Interval) -> Decimal:
    return (iv.low + iv.high) / 2


def _share_cause(s: Share, got: Interval, d: int) -> str:
    """Why a share is off: forced to make the shares sum to 100, rounded up, or truncated."""
    stated_v = s.pct.value if s.pct.kind == "percent" else None
    if stated_v is None:
        return ""
    group = [s] + s.siblings
    if len(group) >= 2 and all(t.pct.kind == "percent" for t in group):
        total_stated = sum(t.pct.value for t in group)
        fair = []
        for t in group:
            iv = share_interval(t.part, t.total)
            fair.append(_rounded(_mid(iv), _pct_decimals(t.pct)) if iv is not None and iv.bounded else None)
        if total_stated == HUNDRED and None not in fair and sum(fair) != HUNDRED:
            return "shares forced to sum to 100"
    q = Decimal(1).scaleb(-d)
    if got.high is not None and stated_v == got.high.quantize(q, rounding=ROUND_CEILING) and stated_v > got.high:
        return "rounded up instead of to nearest"
    if got.low is not None and stated_v == got.low.quantize(q, rounding=ROUND_FLOOR) and stated_v < got.low:
        return "truncated instead of rounded"
    return ""


# ---------------------------------------------------------------- percent_sum
_EXHAUSTIVE = re.compile(r"其他|其它|其余|剩余|以外")
_CLASSIFIED = re.compile(r"(?:从|按|分)[\u4e00-\u9fff]{1,8}(?:看|分|来看|划分)[，,：:]")


def percent_sum(doc, figures) -> list[dict]:
    """Shares of one whole listed together → their sum against 100, within the rounding they use."""
    figs = figs_of(doc, figures)
    folded = doc.folded
    shares = find_shares(doc, figs)
    groups: dict[tuple, list[Share]] = {}
    out = []
    for s in shares:
        if s.subtotal:
            row = _subtotal_row(doc, folded, figs, s)
            if row:
                out.append(row)
            continue
        if s.rate or s.pct.kind not in ("percent", "fraction"):
            continue
        key = (s.pct.sent, s.total.start if s.total is not None else None, s.whole)
        groups.setdefault(key, []).append(s)
    for (sent, total_start, whole), group in groups.items():
        if len(group) < 2:
            continue
        # one cue per share or one list: shares announced by different wholes are not one split
        ivs = [s.pct.pct_interval() for s in group]
        if any(iv is None or not iv.bounded for iv in ivs):
            continue  # 近七成, 60%以上: a one-sided share cannot be summed
        total = ivs[0]
        for iv in ivs[1:]:
            total = total + iv
        stated_sum = sum((s.pct.value if s.pct.kind == "percent" else _mid(s.pct.pct_interval())) for s in group)
        ok = total.contains(HUNDRED)
        labels = folded[doc.sentences[sent].start:group[-1].pct.start] if sent >= 0 else ""
        parts_exhaust = _parts_exhaust(group)
        # 其他/其余 closes the list; 按套数分/从类型看 announces a complete classification
        exhaustive = bool(_EXHAUSTIVE.search(labels) or _CLASSIFIED.match(labels)) or parts_exhaust
        # over 100 proves an error only for one list of shares of one whole (分别占a、b和c), not for rates listed
        # together (报销比例分别达到85.2%和70.1%) or shares of overlapping groups stated one by one
        one_list = len({s.list_id for s in group}) == 1 and not re.search(
            r"比例(?:分别|依次)?(?:为|是|达到|达|约为|约)?$", folded[clause_start(folded, group[0].pct.start):group[0].pct.start])
        if not ok and not exhaustive and not (one_list and total.low is not None and total.low > HUNDRED):
            continue  # a partial list of shares need not add up to 100
        d = max(_pct_decimals(s.pct) for s in group)
        plus = " + ".join(s.pct.text for s in group)
        computed = f"{plus} = {fmt(stated_sum)}%; {len(group)} shares so rounded may sum to {fmt_interval(total, d + 1, '%')}"
        start, end = span_of([s.pct for s in group])
        start = min(start, min(s.part.start for s in group if s.part is not None) if any(s.part for s in group) else start)
        ids = [s.pct for s in group]
        if ok:
            verdict, cause = schema.CONSISTENT, ""
            en = f"The {len(group)} shares add up to {fmt(stated_sum)}%, which is 100% within their rounding."
            zh = f"{len(group)}个占比合计{fmt(stated_sum)}%，在舍入误差内等于100%。"
        else:
            verdict, cause = schema.INCONSISTENT, "shares do not add up to 100"
            en = (f"The shares of one whole add up to {fmt(stated_sum)}%, which rounding alone cannot explain "
                  f"(they may sum to {fmt_interval(total, d + 1, '%')}); a share is wrong or a category is missing.")
            zh = f"同一总体的各部分占比合计{fmt(stated_sum)}%，舍入误差无法解释，应核对各项占比。"
        out.append(result("percent_sum", verdict, ids, start, end, plus, computed, en, zh, cause))
    return out


def _subtotal_row(doc, folded: str, figs: list[Fig], s: Share) -> dict | None:
    """以上四类合计占74.1%: the n percentages stated just before it in the sentence add up to it."""
    before = [g for g in figs if g.sent == s.pct.sent and g.end <= s.pct.start and g.kind == "percent"]
    if len(before) < s.subtotal:
        return None
    items = before[-s.subtotal:]
    ivs = [g.pct_interval() for g in items]
    want = s.pct.pct_interval()
    if want is None or any(iv is None or not iv.bounded for iv in ivs) or not want.bounded:
        return None
    got = ivs[0]
    for iv in ivs[1:]:
        got = got + iv
    d = max(_pct_decimals(g) for g in items + [s.pct])
    plus = " + ".join(g.text for g in items)
    stated_sum = sum(g.value for g in items)
    computed = (f"{plus} = {fmt(stated_sum)}% (may be {fmt_interval(got, d + 1, '%')} before rounding); "
                f"stated {s.pct.text} needs {fmt_interval(want, d + 1, '%')}")
    ids = items + [s.pct]
    start, end = span_of(ids)
    if got.overlaps(want):
        en = f"The {len(items)} shares listed add up to {fmt(stated_sum)}%, matching the stated subtotal {s.pct.text}."
        zh = f"所列{len(items)}项占比合计{fmt(stated_sum)}%，与所述合计{s.pct.text}相符。"
        return result("percent_sum", schema.CONSISTENT, ids, start, end, f"{plus} = {s.pct.text}", computed, en, zh)
    en = (f"The {len(items)} shares listed add up to {fmt(stated_sum)}%, not the stated subtotal {s.pct.text}; "
          f"a share or the subtotal is wrong.")
    zh = f"所列{len(items)}项占比合计{fmt(stated_sum)}%，与所述合计{s.pct.text}不符，应核对。"
    return result("percent_sum", schema.INCONSISTENT, ids, start, end, f"{plus} = {s.pct.text}", computed, en, zh,
                  "subtotal of shares does not add up")


def _parts_exhaust(group: list[Share]) -> bool:
    """Do the parts behind the shares add up to their total (so the shares must add up to 100)?"""
    if any(s.part is None or s.total is None for s in group):
        return False
    acc = group[0].part.norm_interval()
    for s in group[1:]:
        acc = acc + s.part.norm_interval()
    return acc.bounded and acc.overlaps(group[0].total.norm_interval())


# ---------------------------------------------------------------- granularity
def grim_possible(p: Interval, n: int) -> tuple[bool, list[int]]:
    """Percent interval and count n → (is some k/n·100 inside it, the nearest k values)."""
    lo = (p.low * n / HUNDRED).to_integral_value(rounding=ROUND_CEILING)
    hi = (p.high * n / HUNDRED).to_integral_value(rounding=ROUND_FLOOR)
    lo, hi = max(int(lo), 0), min(int(hi), n)
    if lo <= hi:
        return True, [lo]
    k = int((p.low * n / HUNDRED).to_integral_value(rounding=ROUND_FLOOR))
    return False, [x for x in (k, k + 1) if 0 <= x <= n]


def smallest_n(p: Interval, limit: int = 2000) -> int | None:
    """The smallest count n for which the percent interval holds some k/n (same test as grim_possible)."""
    # integer arithmetic on the interval's exact fractions: Decimal in a 2,000-step loop was the slowest rule
    lo, hi = Fraction(p.low) / 100, Fraction(p.high) / 100
    a, b, d = lo.numerator * hi.denominator, hi.numerator * lo.denominator, lo.denominator * hi.denominator
    for n in range(1, limit + 1):
        k_lo, k_hi = max(-((-a * n) // d), 0), min((b * n) // d, n)
        if k_lo <= k_hi:
            return n
    return None


def granularity(doc, figures) -> list[dict]:
    """Percents about a countable set with no part given → possible for the count n? (GRIM)."""
    figs = figs_of(doc, figures)
    folded = doc.folded
    sents = by_sentence(figs)
    out = []
    for s in find_shares(doc, figs):
        f = s.pct
        if s.part is not None and s.part is not s.total:
            continue  # share_of_total judges it (or cannot: a part without its whole); all done (全部告破) is of n
        if f.kind != "percent" or f.qualifier or f.decimals is None or s.whole:
            continue
        label = s.stem if s.rate else folded[clause_start(folded, f.start):f.start]
        if s.rate and _MACRO_RATES.search(s.stem + "率"):
            continue
        n_fig = s.total if s.part is not None else _count_n(doc, folded, f, sents, s)
        p = f.pct_interval()
        if n_fig is None:
            if not (s.rate and _SURVEY_RATES.search(label)):
                continue
            smallest = smallest_n(p)
            if f.value == HUNDRED:
                computed = f"no count given; {f.text} is possible for any n"
                en = f"The text does not say how many were asked, so {f.text} cannot be checked; 100% is possible for any number."
                zh = f"文中未给出样本数，无法核对{f.text}；任何样本数都可能得到100%。"
            else:
                computed = f"no count given; {f.text} needs n ≥ {smallest}" if smallest else f"no count given for {f.text}"
                en = f"The text does not say how many were asked; {f.text} is possible only with at least {smallest} of them."
                zh = f"文中未给出样本数；{f.text}至少需要{smallest}个样本才可能出现。"
            out.append(result("granularity", schema.UNVERIFIABLE, [f], f.start, f.end, f.text, computed, en, zh))
            continue
        n = int(n_fig.value)
        ok, ks = grim_possible(p, n)
        d = f.decimals
        if ok:
            k = ks[0]
            computed = f"n = {n}: {k}/{n} = {fmt(HUNDRED * k / n, d + 1)}%; {f.text} needs {fmt_interval(p, d + 1, '%')}"
            en = f"{f.text} of {n} is possible: {k} of {n} is {fmt(HUNDRED * k / n, d + 1)}%."
            zh = f"{n}个中的{k}个为{fmt(HUNDRED * k / n, d + 1)}%，{f.text}可能成立。"
            verdict = schema.CONSISTENT
        else:
            near = ", ".join(f"{k}/{n} = {fmt(HUNDRED * k / n, d + 1)}%" for k in ks)
            computed = f"n = {n}: {near}; {f.text} needs {fmt_interval(p, d + 1, '%')}"
            en = f"No whole number out of {n} gives {f.text} ({near}); the percentage or the count is wrong."
            zh = f"{n}个中任何整数个都得不到{f.text}（{near}），百分比或总数有误。"
            verdict = schema.INCONSISTENT
        start, end = span_of([n_fig, f], f.sent)
        out.append(result("granularity", verdict, [n_fig, f], start, end, f"{f.text} of {n_fig.text}", computed, en, zh,
                          "" if ok else "percentage impossible for the count"))
    return out


def _count_n(doc, folded: str, f: Fig, sents: dict, s: Share) -> Fig | None:
    """The count a percent is taken over: an exact count in its clause or the clause before it."""
    # bases, changes and thresholds (上年为339件, 多47件, 超过10万元的村) are not what a share is taken over
    own = [g for g in sents.get(f.sent, []) if g.end <= f.start and g.kind in ("count", "money", "weight", "area", "length")
           and not is_reference(folded, g) and not _threshold(folded, g)]
    cs = clause_start(folded, f.start)
    prev_cs = clause_start(folded, cs - 1) if cs > 0 and folded[cs - 1] in "，,；;" else cs
    near = [g for g in own if g.start >= prev_cs]
    if near:
        g = near[-1]
        if g.base_unit in _DURATIONS or not (g.exact and g.value is not None and g.value > 0):
            return None  # 学前三年毛入园率: a span of time is not a tally the rate is taken over
        peers = [h for h in own if h.end <= g.start and h.base_unit == g.base_unit]
        if peers and not _TOTAL_WORDS.search(label_of(folded, g)):
            return None  # 满意的389件、基本满意的21件、不满意的2件，满意率…: the last item of a list, not its n
        return g
    if _CASE_RATES.search(s.stem) or (_SURVEY_RATES.search(s.stem) and not s.rate):
        # 办结率100% / 已解决的比例达到76.2% / 满意和基本满意的占98.7%: a rate over the cases the sentence or
        # paragraph counted in total (全年交办代表建议386件)
        para = paragraph_start(folded, f.start)
        for g in reversed([g for g in doc_figs_before(sents, f) if g.start >= para] + own):
            if g.exact and not is_reference(folded, g) and _TOTAL_WORDS.search(folded[clause_start(folded, g.start):g.start]):
                return g
    return None


def _threshold(folded: str, g: Fig) -> bool:
    """超过10万元的村, 5000万元以上的项目: a bound that picks things out, not a count of them."""
    return bool(g.qualifier) and folded[g.end:g.end + 1] == "的"


def doc_figs_before(sents: dict, f: Fig) -> list[Fig]:
    out = []
    for i in sorted(k for k in sents if k < f.sent and k >= f.sent - 4):
        out.extend(sents[i])
    return out
