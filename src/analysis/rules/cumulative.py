"""Cumulative and new: "累计认定…83家，2014年新增5家" — the new cannot exceed the cumulative, and
last year's cumulative plus this year's new must give this year's cumulative when all three are stated.
"""
from __future__ import annotations

import re

from .. import schema
from .common import Fig, by_sentence, clause_start, figs_of, in_plan, result, same_unit
from .intervals import fmt_interval

_NEW = re.compile(r"(?:^|[^重])(?:新增加|新增|新建|新批|新登记|新注册|新认定|新培育|新引进|新签约|新发展|新创建|新获批|新设立|新开工)"
                  r"|^(?:其中)?(?:(?:19|20)\d\d年|当年|今年|年内|本年|全年)(?:新|发行|认定|批准|建成)")
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
                out.append(_three(prev[-1], n, after[0]))
                continue
            stock = _pick(folded, before, n, noun) or (after[0] if after and _compatible(noun, _label(folded, after[0]), after[0].metric) else None)
            if stock is None:
                continue
            out.append(_two(stock, n))
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
    got = p.norm_interval() + n.norm_interval()
    want = c.norm_interval()
    ok = got.bounded and got.overlaps(want)
    got_u = got.scale(1 / c.multiplier)
    computed = f"{p.text} + {n.text} = {fmt_interval(got_u, (c.decimals or 0), c.unit)}; stated {c.text}"
    stated = f"previous {p.text} + new {n.text} = current {c.text}"
    if ok:
        return result("cumulative_vs_new", schema.CONSISTENT, [p, n, c], p.start, c.end, stated, computed,
                      f"Last period's {p.text} plus the new {n.text} give the stated {c.text}.",
                      f"上期累计{p.text}加新增{n.text}等于{c.text}，数据一致。")
    return result("cumulative_vs_new", schema.INCONSISTENT, [p, n, c], p.start, c.end, stated, computed,
                  f"Last period's {p.text} plus the new {n.text} give {fmt_interval(got_u, (c.decimals or 0), c.unit)}, not {c.text}.",
                  f"上期累计{p.text}加新增{n.text}应为{fmt_interval(got_u, (c.decimals or 0), c.unit)}，而非{c.text}。",
                  "previous cumulative plus new does not give the current cumulative")
