"""Cumulative and new: "累计认定…83家，2014年新增5家" — the new cannot exceed the cumulative, and
last year's cumulative plus this year's new must give this year's cumulative when all three are stated.
"""
from __future__ import annotations

import re

from .. import schema
from .common import (Fig, by_sentence, clause_start, figs_of, in_plan, is_reference, label_of, paragraph_start, result,
                     same_unit)
from .intervals import fmt_interval

_NEW = re.compile(r"(?:^|[^重])(?:新增加|新增|新建|新批|新登记|新注册|新认定|新培育|新引进|新签约|新发展|新创建|新获批|新设立|新开工)"
                  r"|^(?:其中)?(?:(?:19|20)\d\d年|当年|今年|年内|本年|全年)(?:新|发行|认定|批准|建成)|^(?:其中)?(?:当期|本期)")
# a flow of the period named by its verb (全年发放个人住房贷款6,215笔, 全年接收进馆档案4,326卷, 共排查各类隐患1,846项)
_FLOW = re.compile(r"全年|当年|今年|本年|年内|新增|新|接收|发放|共")
_STOCK_NOUN = re.compile(r"(?:以来|至今)?(?:累计|总计)(?:已)?")
_STOCK = re.compile(r"累计|总数|总量|总藏|共有|现有|实有|拥有|目前|截至|截止|达到|总计|保有")
_PREVIOUS = re.compile(r"上年底|上年末|去年底|去年末|年初|(?:19|20)\d\d年底")
_IGNORE_CHARS = set("的级市县区省全个家新类各一第批其中年今当内和与及等在了达到为共计累总数量有现实截至止目前")


def _label(folded: str, f: Fig) -> str:
    return folded[clause_start(folded, f.start):f.start]


def _is_new(folded: str, f: Fig) -> bool:
    """新增5家, 当年新批9家: a figure for the period; 累计发行新增专项债券 is a cumulative, not new."""
    lab = _label(folded, f)
    return bool(_NEW.search(lab)) and not re.search(r"累计|总数|总量|截至|截止|目前", lab)


def _noun_after_marker(folded: str, f: Fig) -> str:
    """新认定第一批自治区重点实验室3家 → 第一批自治区重点实验室 (the new figure's own noun, if any)."""
    lab = _label(folded, f)
    m = None
    for m in re.finditer(r"新增加|新增|新建|新批|新登记|新注册|新认定|新培育|新引进|新签约|新发展|新创建|新获批|新设立|新开工|当年|今年|年内|本年", lab):
        pass
    rest = lab[m.end():] if m else lab
    rest = re.sub(r"^(?:了|发行|认定|批准|建成|各类|各种)+", "", rest)
    return re.sub(r"\d+年|\d+", "", rest)


def _compatible(noun: str, stock_label: str, stock_metric: str) -> bool:
    """Does the new figure's own noun (if any) name what the cumulative counts?"""
    core = {c for c in noun if c not in _IGNORE_CHARS}
    if not core:
        return True
    other = {c for c in stock_label if c not in _IGNORE_CHARS}
    if not other:
        return True  # 总数达到512家, 全区累计达到64个: the cumulative names nothing else
    return bool(core & (other | set(stock_metric)))


def cumulative_vs_new(doc, figures) -> list[dict]:
    """New figures (新增, 当年…) paired with the cumulative they add to → new ≤ cumulative, prev + new = current."""
    figs = figs_of(doc, figures)
    folded = doc.folded
    sents = by_sentence(figs)
    out = []
    paired: set[int] = set()
    for si, sfigs in sents.items():
        if si < 0:
            continue
        qty = [f for f in sfigs if f.quantity]
        for n in qty:
            if not _is_new(folded, n) or in_plan(folded, doc, n):
                continue
            noun = _noun_after_marker(folded, n)
            before = [c for c in qty if c.end <= n.start and same_unit(c, n) and not _is_new(folded, c)]
            after = [c for c in qty if c.start >= n.end and same_unit(c, n) and not _is_new(folded, c)
                     and _STOCK.search(_label(folded, c))]
            prev = [c for c in before if _PREVIOUS.search(_label(folded, c))]
            if prev and after:
                paired.add(after[0].start)
                out.append(_three(prev[-1], n, after[0]))
                continue
            stock = _pick(folded, before, n, noun) or (after[0] if after and _compatible(noun, _label(folded, after[0]), after[0].metric) else None)
            if stock is None:
                continue
            paired.add(stock.start)
            out.append(_two(stock, n))
    out.extend(_stocks_with_earlier_flow(doc, folded, figs, sents, paired))
    return out


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1) if "\u4e00" <= s[i] <= "\u9fff" and "\u4e00" <= s[i + 1] <= "\u9fff"}


def _stocks_with_earlier_flow(doc, folded: str, figs: list[Fig], sents: dict, paired: set[int]) -> list[dict]:
    """A cumulative or a year-end stock whose period flow was stated before it:
    共排查各类隐患1,846项；…以来累计排查各类隐患1.26万项 (new ≤ cumulative);
    全年发放个人住房贷款6,215笔。…累计发放个人住房贷款12.86万笔（上年末为12.34万笔） (previous + new = current);
    全年接收进馆档案4,326卷。馆藏档案由上年末的8.22万卷增加到8.65万卷 (previous + new = current)."""
    out = []
    for c in figs:
        if not c.quantity or c.start in paired or c.sent < 0 or in_plan(folded, doc, c):
            continue
        lab = label_of(folded, c)  # a bracket starts its own label: （上年末为12.34万笔）
        if is_reference(folded, c):
            continue
        sfigs = sents.get(c.sent, [])
        prev = [p for p in sfigs if p is not c and same_unit(p, c) and _PREVIOUS.search(
            folded[clause_start(folded, p.start, "，,；;。（(\n"):p.start])]
        m = None
        for m in _STOCK_NOUN.finditer(lab):
            pass
        if m is not None and m.group(0):
            noun = re.sub(r"^(?:了|的)+", "", lab[m.end():])
        elif prev and prev[0].end <= c.start and re.search(r"(?:增加|增长|提高|减少|下降)(?:到|至)$", lab) and "由" in lab:
            noun = lab[:lab.rfind("由")]
        else:
            continue
        if len(noun) < 3:
            continue  # 累计认定20家市级…: a bare verb names nothing to pair with
        para = paragraph_start(folded, c.start)
        flows = [n for n in figs if para <= n.start and n.end <= c.start and c.sent - 2 <= n.sent and same_unit(n, c)
                 and n not in prev and not is_reference(folded, n) and not _STOCK.search(_label(folded, n))]
        new = None
        for n in reversed(flows):
            nlab = _label(folded, n)
            if noun in nlab or (_FLOW.search(nlab) and (_bigrams(noun) & _bigrams(nlab))):
                new = n
                break
        if new is None:
            continue
        paired.add(c.start)
        prev_c = [p for p in prev if p is not new]
        out.append(_three(prev_c[0], new, c) if prev_c else _two(c, new))
    return out


def _pick(folded: str, before: list[Fig], n: Fig, noun: str) -> Fig | None:
    """The cumulative a new figure adds to: one naming the same thing, else the nearest compatible one."""
    if not before:
        return None
    core = re.sub(r"^(?:了|的)+", "", noun)
    if len(core) >= 2:
        for c in reversed(before):
            if core in _label(folded, c):
                return c
    for c in reversed(before):
        lab = _label(folded, c)
        adjacent = folded.find("，", c.end, n.start) >= 0 and not any(ch in "；;" for ch in folded[c.end:n.start])
        if (_STOCK.search(lab) or adjacent) and _compatible(noun, lab, c.metric):
            return c
        if _STOCK.search(lab):
            return None  # the nearest cumulative is about something else
    return None


def _two(c: Fig, n: Fig) -> dict:
    ci, ni = c.norm_interval(), n.norm_interval()
    ok = ni.low is None or ci.high is None or ni.low <= ci.high
    computed = f"new {n.text} {'≤' if ok else '>'} cumulative {c.text}"
    start, end = min(c.start, n.start), max(c.end, n.end)
    figs = sorted([c, n], key=lambda f: f.start)
    if ok:
        return result("cumulative_vs_new", schema.CONSISTENT, figs, start, end, f"cumulative {c.text}, new {n.text}",
                      computed, f"The {n.text} added this period do not exceed the cumulative {c.text}.",
                      f"新增{n.text}不超过累计{c.text}，数据一致。")
    return result("cumulative_vs_new", schema.INCONSISTENT, figs, start, end, f"cumulative {c.text}, new {n.text}",
                  computed, f"The period's new {n.text} are more than the cumulative {c.text}; one of the two is wrong.",
                  f"当年新增{n.text}大于累计{c.text}，二者必有一误。", "new larger than cumulative")


def _three(p: Fig, n: Fig, c: Fig) -> dict:
    lo, hi = min(p.start, n.start, c.start), max(p.end, n.end, c.end)
    got = p.norm_interval() + n.norm_interval()
    want = c.norm_interval()
    ok = got.bounded and got.overlaps(want)
    got_u = got.scale(1 / c.multiplier)
    computed = f"{p.text} + {n.text} = {fmt_interval(got_u, (c.decimals or 0), c.unit)}; stated {c.text}"
    stated = f"previous {p.text} + new {n.text} = current {c.text}"
    if ok:
        return result("cumulative_vs_new", schema.CONSISTENT, [p, n, c], lo, hi, stated, computed,
                      f"Last period's {p.text} plus the new {n.text} give the stated {c.text}.",
                      f"上期累计{p.text}加新增{n.text}等于{c.text}，数据一致。")
    return result("cumulative_vs_new", schema.INCONSISTENT, [p, n, c], lo, hi, stated, computed,
                  f"Last period's {p.text} plus the new {n.text} give {fmt_interval(got_u, (c.decimals or 0), c.unit)}, not {c.text}.",
                  f"上期累计{p.text}加新增{n.text}应为{fmt_interval(got_u, (c.decimals or 0), c.unit)}，而非{c.text}。",
                  "previous cumulative plus new does not give the current cumulative")
