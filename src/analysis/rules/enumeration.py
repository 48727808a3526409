"""Named counts against their lists: “六深入”是指深入群众、深入科技人员、… — six announced, six listed?

A slogan or heading that announces a count (“三个一”, “两加强”, 三项主题活动：) is followed by its items
in parentheses or after 是指/即/包括/：. A list closed by 等 is open: the count cannot be checked. A quoted slogan of one verb (“五进”, “四减”) may instead
be spelled out later in its sentence by items that echo that verb (进社区、进校园、进农村、进企业等); such an echo
list is only judged when it agrees or is open, since a sentence may name just some of the items.
"""
from __future__ import annotations

import re

from .. import schema
from .common import result

_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_INTRO = r"(?P<intro>[（(]|[，,]?(?:是指|即(?![将使便可时日刻])|包括|主要包括|分别是|分别为)|：|:)"
_QUOTED = re.compile(rf"(?P<name>[“\"「](?P<num>[一二两三四五六七八九十])(?P<word>[^”\"」\n，。]{{1,6}})[”\"」])(?P<tail>[\u4e00-\u9fff]{{0,4}}?){_INTRO}")
_PLAIN = re.compile(rf"(?<![一二两三四五六七八九十百千第\d])(?P<name>(?P<num>[一二两三四五六七八九十])(?P<word>(?:项|个|大|种|条|类|方面)[\u4e00-\u9fff]{{0,6}}?))(?P<tail>){_INTRO}")
_ORDINAL = re.compile(r"(?:^|[，。；;：:\n])\s*(?:[（(]?(?P<n>[一二三四五六七八九十])[）)]?是|[（(](?P<m>[一二三四五六七八九十])[）)])")
_OPEN = re.compile(r"(?:等等|等)(?:[\u4e00-\u9fff]{0,4})$")
# “五进”活动，推动体育进社区、进校园…: a quoted count of a one- or two-character word, with no intro after it
_ECHO_NAME = re.compile(r"(?P<name>[“\"「](?P<num>[一二两三四五六七八九十])(?P<word>[\u4e00-\u9fff]{1,2})[”\"」])")
_SENT_END = re.compile(r"[。！？!?\n]")
_OPENERS, _CLOSERS = "“（(《「‘\"", "”）)》」’\""


def _list_text(folded: str, start: int, paren: bool) -> tuple[int, str, str]:
    """Text after the intro → (end offset, the list up to its close, the list up to the sentence end)."""
    depth, i, n = 0, start, len(folded)
    short_end = None
    while i < n:
        ch = folded[i]
        if ch in "“「‘《" or (ch in "（(" ):
            depth += 1
        elif ch in "”」’》" or ch in "）)":
            if depth == 0:
                return i, folded[start:i], folded[start:i]
            depth -= 1
        elif depth == 0 and not paren:
            if ch in "，,；;" and short_end is None:
                short_end = i
            if ch in "。\n！？":
                break
        elif depth == 0 and paren and ch in "。\n":
            break
        i += 1
    if paren:
        return i, folded[start:i], folded[start:i]
    return (short_end if short_end is not None else i), folded[start:short_end if short_end is not None else i], folded[start:i]


def _split(items: str, with_and: bool) -> list[str]:
    """List text → items, split at top level on 、，； (and 和/与/及 when asked), quotes respected."""
    out, depth, cur, i = [], 0, "", 0
    while i < len(items):
        ch = items[i]
        if ch in _OPENERS and not (ch == "\"" and depth):
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
        if depth == 0 and ch in "、，,；;":
            out.append(cur)
            cur = ""
        elif depth == 0 and with_and and (items.startswith("以及", i) or ch in "和与及"):
            step = 2 if items.startswith("以及", i) else 1
            out.append(cur)
            cur = ""
            i += step
            continue
        else:
            cur += ch
        i += 1
    out.append(cur)
    return [x.strip() for x in out if x.strip()]


def enumeration_count(doc, figures) -> list[dict]:
    """Named counts (“六深入”, 三项主题活动) → the number of items listed after them."""
    folded = doc.folded
    out = []
    seen: set[int] = set()
    for rx in (_QUOTED, _PLAIN):
        for m in rx.finditer(folded):
            if m.start() in seen or re.search(r"[一二两三四五六七八九十]", m.group("word")[2:]):
                continue  # “六深入两加强一提高” names several counts at once
            n = _CN[m.group("num")]
            if n < 2:
                continue
            paren = m.group("intro") in "（("
            end, short, full = _list_text(folded, m.end(), paren)
            ords = [_CN.get(o.group("n") or o.group("m")) for o in _ORDINAL.finditer(full)]
            if ords and ords[0] == 1:
                count, counts, listed = max(ords), {max(ords)}, full
            else:
                listed = short
                c1, c2 = _split(short, False), _split(short, True)
                counts = {len(c1), len(c2)}
                count = len(c1) if len(c1) > 1 else len(c2)
                if not paren and max(counts) < 2:
                    listed = full
                    c1, c2 = _split(full, False), _split(full, True)
                    counts = {len(c1), len(c2)}
                    count = len(c1) if len(c1) > 1 else len(c2)
            if count < 2 and n not in counts:
                continue
            seen.add(m.start())
            start = m.start("name")
            stop = m.end() + len(listed) + (1 if paren else 0)
            name = doc.text[m.start("name"):m.end("name")]
            stated = f"{name}: {listed.strip()[:60]}"
            if _OPEN.search(listed.strip()):
                out.append(result("enumeration_count", schema.UNVERIFIABLE, [], start, stop, stated,
                                  f"announces {n}, lists {count} and closes with 等",
                                  f"{name} announces {n} items but the list ends with 等 (and others), so the count cannot be checked.",
                                  f"{name}列举后以“等”结尾，无法核对条目数。"))
            elif n in counts:
                out.append(result("enumeration_count", schema.CONSISTENT, [], start, stop, stated,
                                  f"announces {n}, lists {n}", f"{name} announces {n} items and lists {n}.",
                                  f"{name}与所列{n}项相符。"))
            else:
                out.append(result("enumeration_count", schema.INCONSISTENT, [], start, stop, stated,
                                  f"announces {n}, lists {count}",
                                  f"{name} announces {n} items but lists {count}; an item is missing or the name is wrong.",
                                  f"{name}应有{n}项，实列{count}项，缺漏或名称有误。", "items missing from the list"))
    out.extend(_echo_lists(doc, folded, seen))
    return out


def _echo_lists(doc, folded: str, seen: set[int]) -> list[dict]:
    """“五进”活动，推动体育进社区、进校园、进农村、进企业等 → the items that repeat the slogan's word, in its sentence.

    Only a list that agrees with the count (consistent) or is closed by 等 (unverifiable) gets a row: a sentence
    that names fewer items may be picking examples, which is no evidence of a miscount."""
    out = []
    for m in _ECHO_NAME.finditer(folded):
        n, word = _CN[m.group("num")], m.group("word")
        if m.start() in seen or n < 2 or word[0] in "个项大种条类":
            continue
        end = _SENT_END.search(folded, m.end())
        stop = end.start() if end else len(folded)
        w = re.escape(word)
        lst = None
        # 进社区、进校园 (the word leads each item) or 文艺下乡、科技下乡 (it ends each item)
        for item in (rf"{w}[\u4e00-\u9fff]{{1,8}}?", rf"[\u4e00-\u9fff]{{1,8}}?{w}"):
            lst = re.search(rf"{item}(?:、{item})+?(?:等等|等)?(?=[，,；;。！？\n]|$)", folded[m.end():stop])
            if lst:
                break
        if not lst:
            continue
        text = lst.group(0)
        lst_start, lst_end = m.end() + lst.start(), m.end() + lst.end()
        items = text.split("、")
        is_open = bool(re.search(r"等等?$", text))
        if not is_open and len(items) != n:
            continue
        seen.add(m.start())
        name = doc.text[m.start("name"):m.end("name")]
        stated = f"{name}: {doc.text[lst_start:lst_end][:60]}"
        if is_open:
            out.append(result("enumeration_count", schema.UNVERIFIABLE, [], m.start(), lst_end, stated,
                              f"announces {n}, lists {len(items)} and closes with 等",
                              f"{name} announces {n} items but the list ends with 等 (and others), so the count cannot be checked.",
                              f"{name}列举后以“等”结尾，无法核对条目数。"))
        else:
            out.append(result("enumeration_count", schema.CONSISTENT, [], m.start(), lst_end, stated,
                              f"announces {n}, lists {n}", f"{name} announces {n} items and lists {n}.",
                              f"{name}与所列{n}项相符。"))
    return out
