"""Named counts against their lists: “六深入”是指深入群众、深入科技人员、… — six announced, six listed?

A slogan or heading that announces a count (“三个一”, “两加强”, 三项主题活动：) is followed by its items
in parentheses or after 是指/即/包括/：. A list closed by 等 is open: the count cannot be checked. A quoted slogan of one verb (“五进”, “四减”) may instead
be spelled out later in its sentence by items that echo that verb (进社区、进校园、进农村、进企业等); such an echo
list is only judged when it agrees or is open, since a sentence may name just some of the items.

Other shapes: items in quotes before their count (“办前、办中、办后”三次沟通); a count closing its sentence and the
next sentence listing items that end with its noun (健全“五项机制”。建立A、B、C、D机制); items marked （一）/一是
over several sentences, or after 如下： following a count in a title (十件民生实事…如下：一是…十是) — those runs are
only judged when they give exactly the count, since where such a list ends is not certain — unless the run visibly
ends (its markers in one paragraph with nothing after the last item, or opening consecutive lines followed by a line
that is no item) and gives fewer items than announced (五点体会：第一，…第四，…。), or more after 以下/如下. Markers are
一是, （一）, 第一，, 1. 和/与/及 inside a word (普及, 参与) join no items; a first clause that splits only at 和/与/及
(把A与B相结合，把C与D相结合…) is no list of its own. Items marked 一方面 / 另一方面 are counted by those markers (their own
commas and 、 split nothing), and only judged when the markers give the count.
"""
from __future__ import annotations

import functools
import re

from .. import schema
from .common import ANY_DIGIT, clause_start, result

_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_INTRO = r"(?P<intro>[（(]|[，,]?(?:是指|即(?![将使便可时刻]|日起|日开始|[\u4e00-\u9fff]即)|包括|主要包括|分别是|分别为)|：|:|——|--)"
# (“就业服务四项活动”（…）: a name whose count follows its own words, the measure word right after it)
_QUOTED = re.compile(rf"(?P<name>[“\"「](?:[\u4e00-\u9fff]{{2,6}}(?=[一二两三四五六七八九十](?:项|个|大|类|种|条|方面)))?(?P<num>[一二两三四五六七八九十])(?P<word>[^”\"」\n，。]{{1,8}})[”\"」])(?P<tail>[\u4e00-\u9fff]{{0,6}}?){_INTRO}")
# （共涉及… / （包括… / （其中…: a bracket that notes what the items cover or hold, not the items
_NOTE_OPENS = re.compile(r"\s*(?:共|涉及|包括|包含|含|其中|主要)")
# (_PLAIN and _COUNT_NAME must not follow a numeral or 第: _unnumbered checks that, as a lookbehind at the start of
# a pattern would make re try every position of the text)
_NUMERAL = re.compile(r"[一二两三四五六七八九十百千第\d]")
_DIGIT_BEFORE = re.compile(r"[\d.,]")
# (落实三项制度。一是…。二是…: a count closing its sentence, the next sentence opening the first numbered item)
# (一、突出五个重点⏎1.抓防汛…: a heading line that ends with the count, the numbered lines under it)
_PLAIN_INTRO = _INTRO[:-1] + r"|[。；;](?=[ \t\u3000]*\n?[ \t\u3000]*(?:一是|[（(]一[）)]|第一[，,、：:]|1[.．、])(?![\d０-９]))" \
    r"|\n(?=[ \t\u3000]*(?:一是|[（(]一[）)]|第一[，,、：:]|1[.．、])(?![\d０-９])))"
_PLAIN = re.compile(rf"(?P<name>(?P<num>[一二两三四五六七八九十])(?P<word>(?:项|个|大|种|条|类|方面|件|张|点|支)[\u4e00-\u9fff]{{0,8}}?))"
                    # (“文化惠民五大工程”，即…: the quotation closing on the count's noun)
                    rf"(?P<tail>(?<=[\u4e00-\u9fff])[”\"」](?=[，,](?:即|包括|分别是|分别为)))?{_PLAIN_INTRO}")
# 重点推进5个产业项目（精品水果、林下养鸡、食用菌）: a count in digits, its items in brackets right after it
# (重点专科2个（针灸科、治未病科）: the noun before the count, its items in brackets right after the measure word)
# (实施民生实事10件，分别是：A、B、…: a count up to 20 whose items a colon or 分别是 opens)
# (组建4支应急救援队伍，包括…: 包括 and 即 open the list too — not 即查即改, an adverb; not 分别位于, places that may
# hold several each)
_DIGIT_PAREN = re.compile(r"(?P<name>(?P<num>1\d|20|[2-9])(?P<word>(?:项|个|大|种|条|类|件|支)(?:[\u4e00-\u9fff]{1,8}?(?:(?P<act>开展|进行|实施|推进|部署|落实|建立|制定|出台)[\u4e00-\u9fff]{2,6}?)?|(?=[（(：:]|[，,](?:分别|包括|即)))))"
                          r"(?P<tail>)(?P<intro>[（(]|[：:]|[，,](?:分别(?:是|为)|包括|即(?![\u4e00-\u9fff]即))[：:]?)")
def _echo_count(listed: str, word: str) -> int:
    """The items of a slogan's list when each clause says the slogan's word once (“四个一批” → …一批…，…一批…), else 0."""
    echo = word[1:] if word[:1] in _MEASURE_FIRST else word
    if len(echo) < 2:
        return 0
    segs = [x for x in re.split(r"[，,；;、]", _OPEN_END.sub("", listed.strip().rstrip("。；; "))) if x.strip()]
    if len(segs) < 2 or not all(x.count(echo) == 1 for x in segs):
        return 0
    if any((j := _AND.search(x, x.find(echo) + len(echo))) and echo[-2:] in x[j.end():] for x in segs):
        return 0  # (A专项行动、B专项行动和C“利剑行动”: an item joined by 和 after the echo, named by its head alone)
    return len(segs)


def _items_named_by_count(folded: str, m: re.Match) -> bool:
    """落实了6项制度：A制度、B制度…和E制度，规范化…: after a colon, items cut by 、 that each end in the noun the count
    names — the whole list, though a clause of comment follows it."""
    noun = m.group("word")[1:][-2:]
    if m.group("intro") not in "：:" or len(noun) < 2 or not (items := _NAMED_ITEMS.match(folded, m.end())):
        return False
    names = re.split(r"、|和|及", items.group(0)[:-1])
    stop = _SENT_END.search(folded, items.end())
    rest = folded[items.end():stop.start() if stop else len(folded)]
    # (…和E制度，并修订完善了“三重一大”决策制度: one more of the noun named after the list — where it ends is not told)
    return len(names) >= 2 and all(x.endswith(noun) for x in names) and noun not in rest


# 年度重点任务（共7项）已全部完成：①…；②…: a count after 共 whose items a colon opens, marked ① or 1. (their ends shown)
_TOTAL_COLON = re.compile(r"(?P<name>共(?P<num>1\d|20|[2-9]|[两三四五六七八九十])(?P<word>项|个|件|条|类|方面))"
                          r"(?P<tail>[）)]?(?:[，,]?(?:已|均)?全部(?:已)?(?:完成|办结|落实))?)(?P<intro>[：:])(?=[ \t\u3000]*(?:①|[（(]?1[.．、）)](?![\d０-９])))")
_DIGIT_MEASURE = re.compile(r"(?:1\d|20|[2-9])[项个大种条类件支]")  # (where _DIGIT_PAREN may match: a plain class scans fast)


def _digit_counts(folded: str):
    """_DIGIT_PAREN matches not after another digit (15个 is no count of a short list), tried only where a digit meets a measure word."""
    for o in _DIGIT_MEASURE.finditer(folded):
        k = o.start()
        if k and _DIGIT_BEFORE.match(folded, k - 1):
            continue
        m = _DIGIT_PAREN.match(folded, k)
        if m:
            yield m


# 实施5项工程：道路硬化、安全饮水和垃圾处理。 a count in digits, its items after a colon: judged only when they are
# short names cut by 、 (a last one after 和/及/以及) that close the sentence, or numbered items (1.…；2.…)
# (the last item may hold two joined by 和/及: 水上救援队和矿山救护队)
# (an item may quote a slogan of its own, its 、 inside the quotes: “假病人、假病情、假票据”专项检查 — _split keeps it whole)
_COLON_ITEMS = re.compile(r"[\u4e00-\u9fff“”]{2,10}(?:、[\u4e00-\u9fff“”]{2,10})*、[\u4e00-\u9fff“”]{2,21}(?:等)?[。；;\n]"
                          r"|[\u4e00-\u9fff“”]{2,10}(?:、[\u4e00-\u9fff“”]{2,10})*、[\u4e00-\u9fff“”]{2,21}$"
                          r"|[（(]?1[.．、）)](?![\d０-９])|①")
# (专业救援队伍4支，分别为A、B、C和D，队员共计186人: after 分别为 / 包括 / 即 the names may end their clause only)
_NAMED_ITEMS = re.compile(r"[\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10})*、[\u4e00-\u9fff]{2,21}(?:等)?[，,](?!以及|和|及|还有|另有)")
_ORDINAL = re.compile(r"(?:^|[，。；;：:\n])\s*(?:[（(]?(?P<n>[一二三四五六七八九十])[）)]?是|[（(](?P<m>[一二三四五六七八九十])[）)]|"
                      r"第(?P<k>[一二三四五六七八九十])[，,、：:]|(?P<d>[1-9])[.．、](?![\d０-９])|(?P<c>[①-⑳]))")
_OPEN = re.compile(r"(?:等等|等)(?:[\u4e00-\u9fff]{0,4})$")
# “五进”活动，推动体育进社区、进校园…: a quoted count of a one- or two-character word, with no intro after it
# (“四个统一”: a measure word between the count and the word the items echo)
_ECHO_NAME = re.compile(r"(?P<name>[“\"「](?P<num>[一二两三四五六七八九十])(?:个(?=[^一二两三四五六七八九十][\u4e00-\u9fff][”\"」]))?"
                        r"(?P<word>[\u4e00-\u9fff]{1,2})[”\"」])")
# “办前、办中、办后”三次沟通: the items in quotes first, then the count that names them
_LIST_FIRST = re.compile(r"[“\"「](?P<items>[^”\"」\n，。]{1,12}(?:、[^”\"」\n，。]{1,12})+)[”\"」]"
                         r"(?P<name>(?P<num>[两三四五六七八九十])(?:项|个|次|大|种|条|类|张|件|方面)[\u4e00-\u9fff]{0,2})")
_CN_DIGIT = re.compile(r"[一二两三四五六七八九十]")
# the measure words a count may put before a numeral of its items (“三个一批”): one count, not two
_MEASURE_FIRST = frozenset("个项大种条类件张点次")
_NUMERAL_RUN = set("十百千万零一二两三四五六七八九")
_SENT_END = re.compile(r"[。！？!?\n]")
_OPENERS, _CLOSERS = "“（(《「‘\"", "”）)》」’\""
# 和/与/及 inside a word (普及, 涉及, 参与, 和谐) joins no items
_AND_IN_WORD = re.compile(r"普及|涉及|惠及|波及|危及|顾及|及时|及早|及其|不及|来得及|参与|给与|与会|和谐|和平|温和|总和|"
                          r"共和|祥和|缓和|柔和|和睦|和美|和解|饱和|调和|平和|人和|"
                          # (the names of departments: 住房和城乡建设, 文化和旅游, 人力资源和社会保障…)
                          r"住房和城乡|文化和旅游|人力资源和社会|工业和信息|经济和信息|自然资源和规划|发展和改革|卫生和计划|"
                          r"科学技术和|新闻出版和|农业和农村|应急管理和")
_AND = re.compile(r"和|与|及")
_CLAUSE_CUT = re.compile(r"[，,；;：:]")
_OPEN_END = re.compile(r"等等?$")  # a list closed by 等 or 等等
_SEMI = re.compile(r"[；;]")


def _unnumbered(rx: re.Pattern, folded: str):
    """rx.finditer(folded), keeping only matches that do not follow a numeral or 第 (十三项 is not 三项)."""
    pos = 0
    while True:
        m = rx.search(folded, pos)
        if m is None:
            return
        if m.start() and _NUMERAL.match(folded, m.start() - 1):
            pos = m.start() + 1
            continue
        yield m
        pos = m.end()


_BRACKET_ITEMS = re.compile(r"[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12})+(?:等)?[）)]")


def _plain_items(folded: str, start: int) -> bool:
    """Is the text in brackets from start a plain list of short names (精品水果、林下养鸡、食用菌)? With names longer
    than eight characters (县国库集中支付中心), the bracket must not open or close on words that describe the count
    instead of naming its items (覆盖…、…; 分别由…、…带队)."""
    m = _BRACKET_ITEMS.match(folded, start)
    if not m:
        return False
    items = m.group(0).rstrip("）)").rstrip("等").split("、")
    if all(len(x) <= 8 for x in items):
        return True
    return not _DESCRIBING_LEAD.match(items[0]) and not _DESCRIBING_TAIL.search(items[-1])


# the verbs that open a description rather than a list of names, and the words that close one (分别由…带队)
_DESCRIBING_TAIL = re.compile(r"带队|牵头|负责|组成|参加|参与$")
_DESCRIBING_LEAD = re.compile(r"覆盖|分别|由|包括|涉及|含|其中|主要|共|均|位于|面向")


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


# 和 before a word that opens an item (科技创新和平安建设, 文明乡村和美丽乡村): a conjunction, though 和平 and 和美 are words
_AND_BEFORE_ITEM = re.compile(r"和(?:平安|美丽)")


def _in_word(items: str, i: int) -> bool:
    """Is the 和/与/及 at i part of a word (信息化普及工程, 参与率) rather than a conjunction?"""
    if _AND_BEFORE_ITEM.match(items, i):
        return False
    return any(m.start() <= i < m.end() for m in _AND_IN_WORD.finditer(items, max(0, i - 2), i + 3))


# the characters _split looks at (the rest of a list is copied as it stands)
_SPLIT_AT = re.compile(r"以及|[、，,；;和与及“（(《「‘\"”）)》」’]")


def _split(items: str, with_and: bool) -> list[str]:
    """List text → items, split at top level on 、，； (and 和/与/及 when asked), quotes respected."""
    out, depth, last = [], 0, 0
    for m in _SPLIT_AT.finditer(items):
        ch, i = m.group(), m.start()
        if ch in _OPENERS and not (ch == "\"" and depth):
            if not depth and i > last and items[i - 1] in "》”」’":
                out.append(items[last:i])  # (《议事规则》《决策办法》: two titles side by side, no 、 between them)
                last = i
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
        elif depth or (ch == "," and items[i - 1:i].isdecimal() and items[i + 1:i + 2].isdecimal()):
            continue  # (2,860人次: a thousands comma splits nothing)
        elif ch in "、，,；;" or (with_and and (ch == "以及" or not _in_word(items, i))):
            out.append(items[last:i])
            last = m.end()
    out.append(items[last:])
    return [x.strip() for x in out if x.strip()]


_TOTAL_TAIL = re.compile(r"[，,；;]\s*(?:合计|共计|总计|小计|累计|共)[^，,；;、]*$")


def _readings(items: str) -> tuple[int, set[int]]:
    """List text → (the count to report, the counts it may be read as). 和/与/及 may join two items or sit inside
    one (财务和资产管理制度, 购置及运行费和接待费), so any count from the split at 、 alone to the split at each of them
    is allowed — unless an item splits on it into parts that end with the same head word as all the other items
    (权力清单、责任清单和负面清单: three 清单, not two)."""
    items = _TOTAL_TAIL.sub("", items)  # (…，教师队伍建设9件，合计52件: the total closes the list, it is no item)
    count, counts = _readings_at_dunhao(items)
    if "、" in items and ("，" in items or "," in items):
        # “三路”（旅游、资源产业路，乡镇通三级公路，新村与撤并村便捷连通路）: items cut by commas may hold a 、 of their own
        # — a word of two characters or fewer that shares the next one's head noun (旅游、资源产业路), not whole items
        # (首问负责、限时办结); comma items that open alike (不准…打招呼、递条子，不准…) are the items, one each
        by_comma = [x.strip() for x in re.split(r"[，,]", items) if x.strip()]
        heads = {x[:2] for x in by_comma}
        if len(by_comma) >= 2 and len(heads) == 1 and _CJK_TAIL.fullmatch(next(iter(heads))) and not any(
                p.strip().startswith(x[:2]) for x in by_comma for p in x.split("、")[1:]):
            return len(by_comma), {len(by_comma)}
        if len(by_comma) >= 2 and all(len(p.strip()) <= 2 for x in by_comma for p in x.split("、")[:-1]):
            counts = counts | {len(by_comma)}
    return count, counts


def _readings_at_dunhao(items: str) -> tuple[int, set[int]]:
    """_readings' count and readings, every separator taken alike."""
    c1, c2 = _split(items, False), _split(items, True)
    if len(c2) > len(c1) >= 2:
        # (落实党委主体责任和纪委监督责任、部门监管责任: the first item splits so too — three 责任)
        pieces = [p for x in c1 for p in _split(x, True)]
        heads = {x[-1] for x in pieces}
        if len(heads) == 1 and all(len(x) >= 2 for x in pieces) and len(c2) == len(pieces):
            return len(c2), {len(c2)}
    if len(c1) >= 2 and len(c2) == len(c1) + 1:
        # 读书月、文化节、艺术展和体育周: the last item splits at its 和/及 into two pieces each as long as the other
        # items (give or take a character), while whole it is longer than any of them: two items, not one
        parts = _split(c1[-1], True)
        lo, hi = min(len(x) for x in c1[:-1]), max(len(x) for x in c1[:-1])
        if len(parts) == 2 and all(lo - 1 <= len(p) <= hi + 1 and len(p) >= 2 for p in parts) and len(c1[-1]) > hi + 1:
            return len(c2), {len(c2)}
        if len(parts) == 2 and len(parts[0]) >= 6 and len(parts[1]) >= 4 and any(parts[1][-1] == x[-1] for x in c1[:-1]) \
                and not any(parts[1].endswith(x) for x in c1[:-1]):
            # 民营企业招聘月、高校毕业生专场招聘会和就业援助月: two whole names joined, the second of the kind another item
            # names (…月) — two items (not 财务和资产管理制度 / 人员考勤和绩效考核制度: a short piece shares the head after 和)
            return len(c2), {len(c2)}
    if len(c1) >= 3 and len(c2) > len(c1) and all(len(x) >= 4 and x[-2:] == c1[0][-2:] for x in c1) \
            and _CJK_TAIL.fullmatch(c1[0][-2:]):
        # 资金分配与绩效挂钩制度、季度考核通报制度、…: every item ends with the same head word, so a 与 inside an
        # item joins the words of that item's name, not two items — unless each of its pieces ends with the head
        # word too (督办机制和问责机制); a piece of one or two characters (预警与研判机制) may be an item with its head
        # word left out: no reading then
        tail, n, sure = c1[0][-2:], 0, True
        for x in c1:
            parts = _split(x, True)
            whole = len(parts) > 1 and all(len(p) >= 3 and p[-2:] == tail for p in parts)
            # (校园及周边食品安全整治: a place, then 及 and the ground around it, is where one item acts — 燃气和危险化学品
            # 安全专项整治 and 预警与研判机制 may be two)
            modifier = len(parts) == 2 and _AROUND.match(parts[1]) is not None
            n += len(parts) if whole else 1
            sure = sure and (whole or modifier or not any(len(p) <= 2 for p in parts[:-1]))
        if sure:
            return n, {n}
    if len(c1) >= 2 and all(len(_split(x, True)) == 2 for x in c1):
        # 把A与B相结合，把C与D相结合，…: every item holds one 与 — all inside the items, or all between them
        return len(c1), {len(c1), len(c2)}
    return (len(c1) if len(c1) > 1 else len(c2)), set(range(len(c1), len(c2) + 1))


_CJK_TAIL = re.compile(r"[\u4e00-\u9fff]{2}")
# the ground around a place (校园及周边, 铁路沿线, 河道两岸): a word of where, not of what
_AROUND = re.compile(r"(?:周边|周围|附近|沿线|两侧|两岸|沿岸)[\u4e00-\u9fff]{2,}")


# 以下三项, 如下四个: a count that promises the list after it; a longer run is then a miscount, not the next topic
_FOLLOWING = re.compile(r"(?:以下|如下)$")


def _ord_value(o: re.Match) -> int | None:
    """An _ORDINAL match → the number it marks."""
    if o.group("c"):
        return ord(o.group("c")) - ord("①") + 1  # (①…⑳: circled numbers mark items as 1. does)
    return int(o.group("d")) if o.group("d") else _CN.get(o.group("n") or o.group("m") or o.group("k"))


def _whole_pair(short: str, full: str, n: int) -> bool:
    """三支队伍：城管执法队和应急救援队。: a sentence that after its intro is one clause, two names of three
    characters or more joined by 和/与/及, for a count above two — a miscount, not a first clause of a longer list."""
    parts = _split(full, True)
    return short.strip() == full.strip() and n > 2 and len(parts) == 2 and all(len(x) >= 3 for x in parts)


def _head_pair(short: str, full: str, word: str, n: int) -> bool:
    """“三项工程”，即骨干教师培养工程和青年教师成长工程，全年…: a first clause after the intro that is two names joined by
    和/与/及, each ending with the announced noun (工程), for a count above two, and no later clause of the sentence
    naming one more of that noun — two items, the sentence then going on to another matter."""
    head = word[-2:]
    if n <= 2 or len(head) < 2 or not _CJK_TAIL.fullmatch(head) or len(_split(short, False)) != 1:
        return False
    parts = _split(short, True)
    if len(parts) != 2 or not all(len(x) >= len(head) + 2 and x.endswith(head) for x in parts):
        return False
    rest = full.strip()[len(short.strip()):]
    return head not in rest


def _parallel(items: str) -> bool:
    """Clauses that open with one word each (把…，把…，把…): a list told clause by clause."""
    parts = _split(items, False)
    return len(parts) >= 2 and len({x[:1] for x in parts}) == 1 and all(len(x) >= 4 for x in parts)


_TOP_HEADING = re.compile(r"\n\s*[一二三四五六七八九十]+、")
# any item marker at the start of a line: a list that goes on
_ANY_MARK = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]|"
                       r"\d{1,2}[.．、]|[①-⑳])")


def _closed_run(folded: str, start: int) -> tuple[int, int, bool]:
    """Text after an intro → (_ordinal_run's count and end, whether the list visibly ends there): its markers all in
    one paragraph, or each opening one of consecutive lines, and what follows is no further item (a line that opens
    with a marker, or more text in the paragraph after the last item)."""
    count, stop = _ordinal_run(folded, start)
    h = _TOP_HEADING.search(folded, start, start + 2000)
    window_end = h.start() if h else min(len(folded), start + 2000)
    marks = []
    for o in _ORDINAL.finditer(folded, max(0, start - 1), window_end):  # the intro (：) may open the first marker
        if _ord_value(o) != len(marks) + 1:
            break
        marks.append(o.end() - len(o.group(0).lstrip("，。；;：:\n \u3000")))  # where the marker itself begins
    if len(marks) != count or count < 2:
        return count, stop, False
    line_start = [folded.rfind("\n", 0, x) for x in marks]
    one_paragraph = len(set(line_start)) == 1 and line_start[0] < start
    line_items = (all(not folded[b + 1:x].strip(" \u3000") for b, x in zip(line_start, marks))
                  and all(folded[x:y].count("\n") == 1 for x, y in zip(marks, marks[1:])))
    if not (one_paragraph or line_items):
        return count, stop, False
    par_end = folded.find("\n", marks[-1] + 1)
    if par_end < 0:
        par_end = len(folded)
    if one_paragraph and folded[stop:par_end].strip():
        return count, stop, False  # more text after the last item in its paragraph: where the list ends is unclear
    nxt = par_end
    while nxt < len(folded) and folded[nxt] in "\n \u3000":
        nxt += 1
    return count, stop, not _ANY_MARK.match(folded, nxt)


_GOES_ON = re.compile(r"以及|还有|另有|、")
_FIGURE_CLAUSE = re.compile(r"[，,][^，,；;]*[\d０-９]")


def _nearest(counts: set[int], n: int) -> int:
    """The reading of a list's length nearest the count it is held to (南街和北苑社区 may be one item or two)."""
    return max(counts) if n > max(counts) else min(counts)


def _short_names(items: str) -> bool:
    """Is a list text plain short names cut by 、 (违规动火作业、消防通道堵塞…), not clauses?"""
    parts = _split(items, False)
    return len(parts) >= 2 and "、" in items and all(len(x) <= 12 and not ANY_DIGIT.search(x) for x in parts)


def _own_line(folded: str, m: re.Match) -> bool:
    """Does the count close a short line of its own (二、突出抓好三项重点工作⏎ / 这一年，我重点抓了三件事。⏎), so that the
    numbered lines after it are all its items — a longer run is then a miscount, not the next topic?"""
    ls = folded.rfind("\n", 0, m.start()) + 1
    le = folded.find("\n", m.end("name"))
    if not (m.group("intro") in ("\n", "。") and le > 0 and folded[m.end("name"):le].strip() in ("", "。")
            and m.start() - ls <= 24 and not _SENT_END.search(folded, ls, m.start())):
        return False
    # (a sentence, unlike a heading, must count work of its own and hold no figure: 建成了三个公园。 closing a
    # paragraph of results announces nothing)
    return bool(_WORK_NOUN.search(m.group("name"))) and (m.group("intro") == "\n" or not ANY_DIGIT.search(folded, ls, m.start()))


# (4.其他问题。 / （四）其他工作: a catch-all closing a numbered run is no item the count forgot)
# the work a count of its own announces (三件事, 四项重点工作, 五个方面), not a slogan (四个意识) or things (三个公园)
_WORK_WORDS = r"事|工作|方面|重点|任务|举措|措施|环节|行动|内容|体会|经验|做法|原则|要求|特点|成效|亮点"
_WORK_ANY = re.compile(_WORK_WORDS)
_CATCH_ALL_LAST = re.compile(r"(?:^|\n)\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]|[一二三四五六七八九十]是)\s*其[他它][^\n]*$")
_WORK_NOUN = re.compile(rf"(?:{_WORK_WORDS})$")


def _ordinal_run(folded: str, start: int) -> tuple[int, int]:
    """Text after an intro → (how many ordinal markers follow in sequence 1, 2, 3… before the next top-level
    heading, the end of the last item's sentence)."""
    h = _TOP_HEADING.search(folded, start, start + 2000)
    window = folded[start:h.start() if h else min(len(folded), start + 2000)]
    want, last = 1, 0
    for o in _ORDINAL.finditer(window):
        k = _ord_value(o)
        if k != want:
            break
        want, last = want + 1, o.end()
    end = _SENT_END.search(window, last)
    return want - 1, start + (end.start() + 1 if end else len(window))


# 四项主要目标完成三项 / 12个项目中已竣工8个: a count of the whole before in the clause, the count after a verb of
# outcome a part of it; what follows (高企总量374家，研发强度2.61%) reports results, not the items the count names
_TALLY_VERB = re.compile(r"(?:完成|实现|达到|达标|超额完成|未完成|未达到|已完成|提前完成|兑现|落实|办结|竣工|通过)(?:了|其中)?$")
_COUNT_BEFORE = re.compile(r"(?:[一二两三四五六七八九十]+|[\d０-９]+)(?P<w>项|个|大|种|条|类|方面|件|张|点|支)")


def _tally(folded: str, m: re.Match) -> bool:
    """Is a named count the part of a whole its clause counts before it (全年四项主要目标完成三项：…)?"""
    s = m.start("num")
    if not _TALLY_VERB.search(folded, max(0, s - 6), s):
        return False
    cs = max(s - 30, 0, *(folded.rfind(c, 0, s) + 1 for c in "。；;\n"))  # (九项指标中，实现七项: the sentence)
    w = m.group("word")[:2] if m.group("word").startswith("方面") else m.group("word")[:1]
    return any(c.group("w") == w for c in _COUNT_BEFORE.finditer(folded, cs, s))


# the list's own count closing it in its clause (…光华、孟公、塘湾、采莲共4个村)
_OWN_COUNT_AFTER = re.compile(r"[^，,；;。！？\n]*共[\d一二两三四五六七八九十]+[个项家所户名类条件]")


# 5项管理措施：一是… / 6项制度，即《…》《…》: the items after a digit count, marked or titled
_ORDINAL_FIRST = re.compile(r"\s*(?:一是|[（(]一[）)]|第一[，,、：:])")
_TITLES_FIRST = re.compile(r"《[^》\n，。]{1,30}》、?《")


def enumeration_count(doc, figures) -> list[dict]:
    """Named counts (“六深入”, 三项主题活动) → the number of items listed after them."""
    folded = doc.folded
    out = []
    seen: set[int] = set()
    led: dict[int, int] = {}  # a count inside a quoted name with words before it → the quotation's start
    for rx, matches in ((_QUOTED, _QUOTED.finditer(folded)), (_PLAIN, _unnumbered(_PLAIN, folded)),
                        (_DIGIT_PAREN, _digit_counts(folded)),
                        (_TOTAL_COLON, _TOTAL_COLON.finditer(folded) if "共" in folded else ())):
        for m in matches:
            word = m.group("word")
            if rx is _TOTAL_COLON and m.start("num") in seen:
                continue  # (共3项：① read already from its digits: 3项：①…)
            if rx is _PLAIN and m.group("tail") and (m.start() - 1 in seen or led.get(m.start(), -1) in seen):
                continue  # (“四项行动”，即…: the quotation opening on the count, read by _QUOTED already)
            if rx is _QUOTED and m.start("num") > m.start("name") + 1:
                # “就业服务四项活动”（…）: a bracket after a name with words before its count lists its items, not a
                # note of what they cover (“惠企纾困十条措施”（共涉及…三个方面）)
                if m.group("intro") in "（(" and _NOTE_OPENS.match(folded, m.end()):
                    continue
                led[m.start("num")] = m.start()
            if (m.start() in seen or _CN_DIGIT.search(word, 2) or word[0] in _NUMERAL_RUN
                    or (len(word) >= 3 and _CN_DIGIT.match(word, 1) and word[0] not in _MEASURE_FIRST)):
                continue  # “六深入两加强一提高”, “两学一做” name several counts at once; “十百千”, 二十条 are one numeral run
            if rx is _DIGIT_PAREN and not (_plain_items(folded, m.end()) if m.group("intro") in "（(" else
                                           _COLON_ITEMS.match(folded, m.end()) or _ORDINAL_FIRST.match(folded, m.end()) or
                                           _TITLES_FIRST.match(folded, m.end()) or
                                           (len(m.group("intro")) > 1 and _NAMED_ITEMS.match(folded, m.end())) or
                                           _items_named_by_count(folded, m)):
                continue  # 引进5个项目（总投资12亿元、带动就业300人）: a note, not the items
            if rx is _DIGIT_PAREN and len(m.group("num")) == 2 and m.group("intro") in "（(":
                continue  # (建成12个村级站点（含…）: a count of ten or more in brackets is a quantity with a note)
            n = _CN.get(m.group("num")) or int(m.group("num"))
            if n < 2 or _tally(folded, m):
                continue
            acted = rx is _DIGIT_PAREN and m.group("act")
            if word[0] == "类" and _OWN_COUNT_AFTER.match(folded, m.end()):
                continue  # 一类村包括…共6个村；二类村包括…共4个村: a class named by its place, its list closed by its own count
            if m.group("intro") in "。；;" and "\n" in folded[m.end():m.end() + 4] \
                    and _SENT_END.search(folded, folded.rfind("\n", 0, m.start()) + 1, m.start()):
                # 今年重点抓了四个方面的工作。⏎（一）…: a line that only announces the items opens the list on the
                # lines after it; a count at the end of a longer paragraph (…建成了三个公园。⏎（一）…) does not
                continue
            if m.group("intro") == "\n" and not _own_line(folded, m):
                continue  # (only a heading line of its own announces the numbered lines under it, and only one that
                # counts work — 一、坚定四个自信 names a slogan, its lines are actions)
            if rx is not _QUOTED and (before := _list_before(folded, m.start("name"))) and "等" not in before[-1][:-1]:
                continue  # 胸痛、卒中、创伤等五大中心实现县（市、区）全覆盖: the items came before the count (_bare_list_first)
            paren = m.group("intro") in "（("
            end, short, full = _list_text(folded, m.end(), paren)
            if not paren and full != short and not ANY_DIGIT.search(short) and not _ORDINAL.search(full) \
                    and not _SEMI.search(full) \
                    and (fig_clause := _FIGURE_CLAUSE.search(full, len(short))):
                # (…，包括A和B，全年追回资金1860万元: items with no figure, then a clause of figures — no item of theirs;
                # …，发放资金2360万元，以及C: the list goes on past the figures, where it ends is not told)
                if any(_GOES_ON.search(c) and not ANY_DIGIT.search(c)
                       for c in re.split(r"[，,]", full[fig_clause.end():])):
                    continue  # (a clause of figures listed with 、 — 其中刑事案件9起、行政案件38起 — splits the figure)
                full = full[:fig_clause.start()]
            if not paren and full.lstrip().startswith("一方面"):
                # 两个方面问题：一方面是…，涉及资金1.2亿元、项目12个；另一方面是…: the items are marked by 一方面 /
                # 另一方面 and hold commas of their own; judged only when the markers give the count
                seen.add(m.start())
                if 1 + full.count("另一方面") == n:
                    name = doc.text[m.start("name"):m.end("name")]
                    out.append(result("enumeration_count", schema.CONSISTENT, [], m.start("name"), m.end() + len(full),
                                      f"{name}: {full.strip()[:60]}", f"announces {n}, lists {n}",
                                      f"{name} announces {n} items and lists {n}.", f"{name}与所列{n}项相符。"))
                continue
            ords = [_ord_value(o) for o in _ORDINAL.finditer(full)]
            if not paren and (ords == [1] or (not full.strip() and _ORDINAL.match(folded, m.end()))):
                # 三大工程：（一）…。（二）…。（三）…: items that run over several sentences; judged only when the
                # run of markers gives exactly the count (where such a list ends is not certain)
                count, stop, closed = _closed_run(folded, m.end())
                if count == n and m.start() not in seen:
                    seen.add(m.start())
                    name = doc.text[m.start("name"):m.end("name")]
                    out.append(result("enumeration_count", schema.CONSISTENT, [], m.start("name"), stop,
                                      f"{name}: {doc.text[m.end():stop].strip()[:60]}", f"announces {n}, lists {n}",
                                      f"{name} announces {n} items and lists {n}.", f"{name}与所列{n}项相符。"))
                elif closed and m.start() not in seen and (0 < n - count <= 2 or _FOLLOWING.search(folded, max(0, m.start() - 6), m.start())
                                                           or (_own_line(folded, m) and count == n + 1
                                                               and not _CATCH_ALL_LAST.search(folded[:stop], max(0, stop - 60)))):
                    # 五点体会：第一，…。第二，…。第三，…。第四，…。 and the paragraph ends: four, not five (a longer
                    # run only after 以下: a fourth marker may start the next topic; a run far shorter — 十件民生实事 under
                    # three sections — is of groups of the items)
                    seen.add(m.start())
                    name = doc.text[m.start("name"):m.end("name")]
                    out.append(_missing_row(m.start("name"), stop, f"{name}: {doc.text[m.end():stop].strip()[:60]}",
                                            name, n, count, en_how=f"the numbered list after it has {count}",
                                            zh_how=f"所列编号共{count}项"))
                continue
            if ords and ords[0] == 1:
                count, counts, listed = max(ords), {max(ords)}, full
                goes_on = next(_ORDINAL.finditer(folded, m.end() + len(full) - 1, m.end() + len(full) + 8), None)
                # (二是推进两项改革：一是…；二是…。三是…: the count inside an item of an outer list — its 三是 is the outer
                # list's: the inner list ends with its sentence)
                outer = _ORDINAL.search(folded, folded.rfind("\n", 0, m.start()) + 1, m.start())
                if goes_on is not None and _ord_value(goes_on) == count + 1 and outer is None:
                    # 五项工作：一是…；二是…。三是…。四是…。五是…: the run goes on past the sentence — counted whole, or not
                    whole, run_end, closed = _closed_run(folded, m.end())
                    if not closed or whole < count:
                        continue
                    count, counts, listed = whole, {whole}, folded[m.end():run_end]
            else:
                listed = short
                count, counts = _readings(short)
                if not paren and (max(counts) < 2 or (n not in counts and len(_split(short, False)) < 2)):
                    # 把A与B相结合，把C与D相结合，…: a first clause that splits only at 和/与/及 is no list of its
                    # own; the sentence may list the items clause by clause
                    if _head_pair(short, full, word, n):
                        # “三项工程”，即A工程和B工程，全年…: two names of the announced kind, the sentence going on to
                        # another matter — two, not three
                        seen.add(m.start())
                        start, stop = m.start("name"), m.end() + len(short)
                        name = doc.text[start:m.end("name")]
                        out.append(_missing_row(start, stop, f"{name}: {short.strip()[:60]}", name, n, 2))
                        continue
                    if max(counts) >= 2 and n not in _readings(full)[1] and not _parallel(full) \
                            and not _whole_pair(short, full, n):
                        continue
                    listed = full
                    count, counts = _readings(full)
                    segs = [x for x in _SEMI.split(full.rstrip("；; ")) if x.strip()]
                    if len(segs) >= 2 and n not in counts:
                        # 注重办前沟通，逐件…；注重办中协调，对…；注重办后落实，…: items cut by ； hold commas of their
                        # own; judged by ； alone, and a miscount only when the items open or end their first clause
                        # alike (注重…；注重…, 人员到位，…；经费到位，…)
                        heads = [_CLAUSE_CUT.split(x.strip())[0] for x in segs]
                        if len(segs) != n and len({x[:1] for x in heads}) != 1 and len({x[-2:] for x in heads}) != 1:
                            continue
                        count, counts = len(segs), {len(segs)}
            if rx is _QUOTED and (k := _echo_count(listed, word)) in counts:
                count, counts = k, {k}  # “四个一批”：选派一批…，考录一批…，选拔一批…: each item says the slogan's word once
            if count < 2 and n not in counts:
                continue
            seen.add(m.start())
            start = m.start("name")
            stop = m.end() + len(listed) + (1 if paren else 0)
            name = doc.text[m.start("name"):m.end("name")]
            stated = f"{name}: {listed.strip()[:60]}"
            named_before = _OPEN_END.sub("", listed.strip()) if _OPEN_END.search(listed.strip()) else ""
            k = min(_readings(named_before)[1]) if named_before and _short_names(named_before) else 0
            if k > n:
                # 三类突出问题：A、B、C、D等: four named already, whatever else 等 stands for
                seen.add(m.start())
                out.append(_missing_row(start, stop, stated, name, n, k,
                                        en=f"{name} announces {n} items but {k} are named before 等 (and others); the "
                                           f"count is wrong or an item does not belong."))
            elif _OPEN.search(listed.strip()):
                out.append(result("enumeration_count", schema.UNVERIFIABLE, [], start, stop, stated,
                                  f"announces {n}, lists {count} and closes with 等",
                                  f"{name} announces {n} items but the list ends with 等 (and others), so the count cannot be checked.",
                                  f"{name}列举后以“等”结尾，无法核对条目数。"))
            elif n in counts:
                out.append(result("enumeration_count", schema.CONSISTENT, [], start, stop, stated,
                                  f"announces {n}, lists {n}", f"{name} announces {n} items and lists {n}.",
                                  f"{name}与所列{n}项相符。"))
            else:  # (the reading nearest the count: 南街和北苑社区 may be two items)
                k = _nearest(counts, n)
                if rx is _DIGIT_PAREN and abs(n - k) > 2:
                    continue  # (重点项目12个，包括交通、水利、教育和医疗卫生: the sectors of the twelve, not the twelve)
                if acted:
                    continue  # (围绕6类高频诉求开展专项治理，即建立台账、明确责任…: 即 after an act may list the act's steps,
                    # not the things counted — only a list that fits the count is read)
                out.append(_missing_row(start, stop, stated, name, n, k))
    out.extend(_echo_lists(doc, folded, seen))
    out.extend(_list_first(doc, folded))
    out.extend(_head_noun_lists(doc, folded, seen))
    out.extend(_counts_then_as_follows(doc, folded, seen))
    out.extend(_bare_list_first(doc, folded, seen))
    out.extend(_heading_sections(doc, folded, seen))
    out.extend(_restated_counts(doc, folded, seen))
    return out


# 截至年底，年初确定的上述三项重点绩效任务均已完成: a count that looks back at a list stated before
_LOOK_BACK = re.compile(r"(?:上述|以上|前述)(?P<num>[两三四五六七八九十]|1\d|[2-9])(?:项|个|大|类|条|方面|件)(?P<noun>[\u4e00-\u9fff]{2,8})")
_LIST_OPENS = re.compile(r"(?:为|是|包括|主要有|有)?[：:]")


def _restated_counts(doc, folded: str, seen: set[int]) -> list[dict]:
    """上述三项重点绩效任务 → the list the noun opened before (重点绩效任务为：A、B、C、D。), its items against the count:
    the nearest earlier mention of the noun (its last 2–4 characters) that opens a list of short names closing its
    sentence."""
    out = []
    if "上述" not in folded and "以上" not in folded and "前述" not in folded:
        return out
    for m in _LOOK_BACK.finditer(folded):
        if m.start() in seen:
            continue
        n = _CN.get(m.group("num")) or int(m.group("num"))
        noun = m.group("noun")
        found = None
        for k in range(len(noun), 3, -1):  # (重点绩效任务均已: the noun is a prefix of the words after the count, 4 at least)
            head = noun[:k]
            i = folded.rfind(head, max(0, m.start() - 3000), m.start())
            while i >= 0:
                o = _LIST_OPENS.match(folded, i + len(head))
                if o:
                    end = _SENT_END.search(folded, o.end())
                    items = folded[o.end():end.start() if end else len(folded)]
                    if "、" in items and len(_split(items, False)) >= 2 \
                            and all(len(x) <= 20 and not ANY_DIGIT.search(x) for x in _split(items, False)):
                        found = (o.end(), items, m.start("noun") + k)
                    break
                i = folded.rfind(head, max(0, m.start() - 3000), i)
            if found:
                break
        if not found or _OPEN_END.search(found[1]):
            continue
        if "、" in folded[found[0] + len(found[1]):m.start()]:
            continue  # (another list between — 其中A、B、C3项… — may be the one 上述 points back to)
        count, counts = _readings(found[1])
        seen.add(m.start())
        name = doc.text[m.start():found[2]]
        stated = f"{name}: {doc.text[found[0]:found[0] + len(found[1])][:60]}"
        if n in counts:
            out.append(result("enumeration_count", schema.CONSISTENT, [], m.start(), found[2], stated,
                              f"announces {n}, lists {n}", f"{name} counts {n} items, as the list it refers to has.",
                              f"{name}与前文所列{n}项相符。"))
        else:
            k = _nearest(counts, n)
            out.append(_missing_row(m.start(), found[2], stated, name, n, k,
                                    en=f"{name} counts {n} items, but the list it refers back to has {k}; the count or "
                                       f"the list is wrong."))
    return out


# 二、聚焦四项重点，防范化解重大风险⏎（一）…⏎（二）…⏎（三）…⏎三、…: a top heading that counts what its sections are
_ONE_COUNT = re.compile(r"(?<![一二两三四五六七八九十第])一(?:个|项|大|条)")
_TOP_LINE = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,2}、(?P<head>[^\n]{2,30})$", re.M)
_HEAD_COUNT = re.compile(r"(?P<name>(?P<num>[两三四五六七八九十])(?:项|个|大|方面|件|条|类|种)(?P<word>[\u4e00-\u9fff]{1,6}))")
_SUB_LINE = re.compile(r"^[ \t\u3000]*[（(](?P<k>[一二三四五六七八九十]{1,2})[）)]", re.M)


def _heading_sections(doc, folded: str, seen: set[int]) -> list[dict]:
    """A top heading (二、…) that names one count of a kind (四项重点) and the sections （一）（二）… that open the lines
    under it up to the next top heading → the sections against the count."""
    out = []
    if "、" not in folded or not ("（一）" in folded or "(一)" in folded):
        return out
    heads = list(_TOP_LINE.finditer(folded))
    for h, nxt in zip(heads, heads[1:] + [None]):
        counts = list(_unnumbered(_HEAD_COUNT, h.group("head")))
        if len(counts) != 1 or _ONE_COUNT.search(h.group("head")):
            continue  # (聚焦一个目标，突出三项重点: the sections may take up the goal too)
        c = counts[0]
        at = h.start("head") + c.start("name")
        if at in seen or _CN_DIGIT.search(c.group("word")):
            continue
        end = nxt.start() if nxt else len(folded)
        subs = [int(_CN.get(x.group("k"), 0)) for x in _SUB_LINE.finditer(folded, h.end(), end)]
        if len(subs) < 2 or subs != list(range(1, len(subs) + 1)):
            continue  # (the sections must run （一）（二）… in order, each opening its line)
        n, k = _CN[c.group("num")], len(subs)
        if not _WORK_ANY.search(c.group("word")):
            continue  # (一、树牢四个意识 / 坚持“两个毫不动摇”: a slogan, its sections are actions)
        if k != n and (abs(k - n) > 1 or (k == n + 1 and _CATCH_ALL_LAST.search(folded[:end].rstrip(), max(0, end - 200)))):
            continue  # (十件民生实事 under three sections: groups of them; a last （四）其他工作 is a catch-all)
        seen.add(at)
        name = doc.text[at:at + len(c.group("name"))]
        stated = f"{name}: {k} sections （一）…"
        if k == n:
            out.append(result("enumeration_count", schema.CONSISTENT, [], at, at + len(name), stated,
                              f"announces {n}, lists {n}", f"{name} announces {n} items and the heading has {n} sections.",
                              f"{name}与其下{n}个小节相符。"))
        else:
            out.append(_missing_row(at, at + len(name), stated, name, n, k, en_how=f"the heading has {k} sections",
                                    zh_how=f"其下共{k}个小节"))
    return out


# 十件民生实事…具体情况如下：一是…十是…: a count named in a title or lead, its items after 如下：
_COUNT_NAME = re.compile(r"(?P<name>(?P<num>[三四五六七八九十])(?:项|个|件|条|大|方面)"
                         r"(?P<word>[\u4e00-\u9fff]{2,4}))")
_AS_FOLLOWS = re.compile(r"如下[：:]")


def _counts_then_as_follows(doc, folded: str, seen: set[int]) -> list[dict]:
    """A count of three or more named in a title or a lead paragraph, then 如下： and items marked 一是/（一）… →
    consistent when the markers run to exactly that count (a shorter or longer run gives no verdict: where the
    list ends is not certain)."""
    out = []
    for m in _unnumbered(_COUNT_NAME, folded):
        if m.start() in seen or m.start("name") in seen:
            continue
        f = _AS_FOLLOWS.search(folded, m.end(), m.end() + 400)
        if not f:
            continue
        n = _CN[m.group("num")]
        count, stop = _ordinal_run(folded, f.end())
        if count != n:
            continue
        seen.add(m.start())
        name = doc.text[m.start("name"):m.end("name")]
        out.append(result("enumeration_count", schema.CONSISTENT, [], m.start("name"), m.end("name"),
                          f"{name}: {count} items after 如下", f"announces {n}, lists {n}",
                          f"{name} announces {n} items and the list after it has {n}.", f"{name}与所列{n}项相符。"))
    return out


# 健全“五项机制”。建立交办会商、督办跟踪、面商沟通、结果公开机制: a count that ends its sentence (or heading)
# (an opening quote before the name is looked at by hand: an optional character at the start of a pattern makes re
# try every position of the text)
_NAMED_HEAD = re.compile(r"(?P<name>(?P<num>[两三四五六七八九十])(?:项|个|大|种|类|张)(?P<noun>[\u4e00-\u9fff]{2,4}))[”\"」]?"
                         r"(?P<end>[。！\n])")


_MARKER = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}[、是]|\d{1,2}[.．、])")
_SELECTION = re.compile(r"重点|特别|尤其|其中|例如|比如|如|部分|率先|优先")


def _head_noun_lists(doc, folded: str, seen: set[int]) -> list[dict]:
    """A named count closing its sentence, and the next sentence's first clause listing items (、) of which the last
    ends with the count's noun (建立A、B、C、D机制) → the items against the count."""
    out = []
    for m in _NAMED_HEAD.finditer(folded):
        qs = m.start() - 1 if m.start() and folded[m.start() - 1] in "“\"「" else m.start()
        if qs in seen or m.start("name") in seen:
            continue
        n, noun = _CN[m.group("num")], m.group("noun")
        k = m.end()
        while k < len(folded) and folded[k] in " \u3000\n":
            k += 1
        end = _SENT_END.search(folded, k)
        sent = folded[k:end.start() if end else len(folded)]
        first = _CLAUSE_CUT.split(sent, maxsplit=1)
        clause, rest = first[0], first[1] if len(first) > 1 else ""
        if "、" not in clause or "、" in rest or not clause.endswith(noun) or ANY_DIGIT.search(clause):
            continue
        items = clause.split("、")
        if _SELECTION.search(items[0]):
            continue  # 重点推进国企、财税改革: a selection of the items, not the list
        if len(items[-1]) <= len(noun) or any(len(x) < 2 for x in items) or any(_AND.search(_AND_IN_WORD.sub("", x)) for x in items):
            continue  # 建立A、B机制和C制度: not a plain list
        stop = k + len(clause)
        name = doc.text[m.start("name"):m.end("name")]
        stated = f"{name}: {doc.text[k:stop][:60]}"
        if _OPEN.search(clause[:-len(noun)]):
            row = result("enumeration_count", schema.UNVERIFIABLE, [], m.start("name"), stop, stated,
                         f"announces {n}, lists {len(items)} and closes with 等",
                         f"{name} announces {n} items but the list ends with 等 (and others), so the count cannot be checked.",
                         f"{name}列举后以“等”结尾，无法核对条目数。", "")
        elif len(items) == n:
            row = result("enumeration_count", schema.CONSISTENT, [], m.start("name"), stop, stated,
                         f"announces {n}, lists {n}", f"{name} announces {n} items and lists {n}.",
                         f"{name}与所列{n}项相符。", "")
        else:
            s0 = clause_start(folded, qs, "。！？\n")
            if not _MARKER.match(folded, s0):
                continue  # only a numbered heading (（一）健全“五项机制”。) promises that the next sentence lists them all
            row = _missing_row(m.start("name"), stop, stated, name, n, len(items),
                               en_how=f"the next sentence lists {len(items)}")
        seen.add(qs)
        out.append(row)
    return out


# “讲政治、有信念”“讲规矩、有纪律”…四个专题: a run of quoted items side by side (or joined by 、), then the count that
# names them — each quotation is one item, whatever 、 it holds
_QUOTE_RUN = re.compile(r"(?P<items>(?:[“\"「][^”\"」\n，。“]{1,16}[”\"」]、?){2,}|(?:《[^》\n，。《]{1,20}》、?){2,})"
                        r"(?P<name>(?P<num>[两三四五六七八九十]|1\d|20|[2-9](?![\d.]))(?:项|个|大|种|条|类|张|件|方面)[\u4e00-\u9fff]{0,2})")
_TIME_NOUN = re.compile(r"年|月|期|季|批|轮|届")
_QUOTES_MEET = re.compile(r"[”\"」]、?[“\"「]|》、?《")  # (a run needs two quotations side by side: the scan only then)
_ONE_QUOTE = re.compile(r"[“\"「][^”\"」\n，。“]{1,16}[”\"」]|《[^》\n，。《]{1,20}》")


def _list_first(doc, folded: str) -> list[dict]:
    """“办前、办中、办后”三次沟通, “讲政治”“讲规矩”“讲道德”三个专题 → the quoted items against the count right after them."""
    out = []
    runs = [(m, _ONE_QUOTE.findall(m.group("items"))) for m in _QUOTE_RUN.finditer(folded)] if _QUOTES_MEET.search(folded) else []
    in_run = {m.start("name") for m, _ in runs}
    for m, quoted in runs:
        items = [q[1:-1] for q in quoted]
        if any(x[:1] in _CN for x in items):
            continue
        n = _CN.get(m.group("num")) or int(m.group("num"))
        if _TIME_NOUN.match(folded, m.end("name") - len(m.group("name")) + len(m.group("num")) + 1):
            continue  # (《县志》《年鉴》3个年度: editions over years, no count of the titles)
        out.append(_list_first_row(doc, m, n, items))
    for m in _LIST_FIRST.finditer(folded) if "、" in folded else ():  # (its list needs a 、: the scan only then)
        if m.start("name") in in_run:
            continue  # (the quotation is the last item of a run of quotations, read above)
        n, items = _CN[m.group("num")], m.group("items").split("、")
        if any(x[:1] in _CN for x in items):
            continue  # “三个一、两加强”五项: items that are counts themselves
        if len(items) == 2 and n >= 4:
            continue  # “产业兴街、宜居家园”五大行动: a two-part slogan that names the programme, its actions told elsewhere
        # (“工业园区、重点项目、招商引资和新农村建设”四项工作: a last item may hold two joined by 和/及 — the count the list
        # is read as, as for a list after its count; only a sure reading, not every count the list might be read as:
        # “招商引资、项目建设、经济和社会发展”四项 is three)
        count = _readings(m.group("items"))[0]
        out.append(_list_first_row(doc, m, n, items, count == n and count > 0, count or None))
    # (its list needs a 、 item right before the quoted count: the scan, which tries every Chinese character, only then)
    for m in _LIST_BEFORE_QUOTED.finditer(folded) if "、" in folded and _LIST_BEFORE_QUOTED_HINT.search(folded) else ():
        # 围绕危险化学品、非煤矿山、道路运输、建筑施工“四个重点” / 胸痛中心、卒中中心、创伤中心“三大中心”: the items
        # unquoted, right before the quoted count that names them (the first item's verb is no item of its own)
        if not _COUNT_WORD.match(m.group("word")) or folded[m.start() - 1:m.start()] in _LIST_GOES_ON:
            continue  # (开展“扫黄打非”、禁毒、反诈“三项行动”: the list begins before where its plain items do)
        n, items = _CN[m.group("num")], m.group("items").split("、")
        rest = [x[:-1] if x.endswith("等") else x for x in items[1:]]
        if max(map(len, rest)) - min(map(len, rest)) > 2 or len(items[0]) < min(map(len, rest)):
            continue  # (镇党委、镇政府严格落实“四个不摘”: a last item with the verb in it — the list is the subject)
        count = _readings(m.group("items"))[0]
        fits = count == n and count > 0 or len(items) == n
        noun = m.group("word")[1:] if m.group("word")[:1] in "个大项种条类件张" else ""
        if not fits and not _OPEN.search(items[-1]) and not (len(noun) >= 2 and items[-1].endswith(noun)):
            continue  # (a count that does not fit the plain list before it may count something else: only items that
            # end with its noun — 胸痛中心、卒中中心、创伤中心“三大中心” — are surely what it counts)
        out.append(_list_first_row(doc, m, n, items, count == n and count > 0, count or None))
    return out


# the items unquoted, the count quoted right after them (…、开放活县“三大战略”), its measure word or a class word after it
_LIST_BEFORE_QUOTED = re.compile(r"(?P<items>[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,10}){1,9}(?:等)?)"
                                 r"(?=[“\"「])(?P<name>[“\"「](?P<num>[两三四五六七八九十])(?P<word>[\u4e00-\u9fff]{1,4})[”\"」])")
# what every match of _LIST_BEFORE_QUOTED holds: its last item after a 、, then the quoted numeral (a scan that skips to
# the 、: most texts have none, and the full pattern's scan starts at every Chinese character)
_LIST_BEFORE_QUOTED_HINT = re.compile(r"、[\u4e00-\u9fff]{2,10}(?:等)?[“\"「][两三四五六七八九十]")
_COUNT_WORD = re.compile(r"(?:项|个|大|种|条|类|方面|张|件)")
_LIST_GOES_ON = frozenset("、”\"」）)》0123456789０１２３４５６７８９")


def _list_first_row(doc, m: re.Match, n: int, items: list[str], fits: bool = False, k: int | None = None) -> dict:
    """The row of a count named after its items (m has the groups 'name' and the items before it; fits: a reading
    of the list, its 和/及 joining two items, is n; k: the count the list is read as, when not len(items))."""
    name = doc.text[m.start("name"):m.end("name")]
    stated = f"{doc.text[m.start():m.start('name')]}{name}"
    if _OPEN.search(items[-1]):
        return result("enumeration_count", schema.UNVERIFIABLE, [], m.start(), m.end("name"), stated,
                      f"announces {n}, lists {len(items)} and closes with 等",
                      f"{name} names {n} items but the list ends with 等 (and others), so the count cannot be checked.",
                      f"{name}列举后以“等”结尾，无法核对条目数。")
    if len(items) == n or fits:
        return result("enumeration_count", schema.CONSISTENT, [], m.start(), m.end("name"), stated,
                      f"announces {n}, lists {n}", f"{name} announces {n} items and lists {n}.",
                      f"{name}与所列{n}项相符。")
    k = len(items) if k is None else k
    return _missing_row(m.start(), m.end("name"), stated, name, n, k,
                        en=f"{name} counts {n} items but {k} are listed before it; an item is missing or the "
                           f"count is wrong.")


def _missing_row(start: int, stop: int, stated: str, name: str, n: int, k: int, *, en_how: str = "",
                 zh_how: str = "", en: str = "") -> dict:
    """A count of n named, k items listed → the inconsistent row "items missing from the list" (en_how / zh_how say
    where the k were counted when not simply listed; en replaces the whole English sentence)."""
    en = en or f"{name} announces {n} items but {en_how or f'lists {k}'}; an item is missing or the name is wrong."
    return result("enumeration_count", schema.INCONSISTENT, [], start, stop, stated, f"announces {n}, lists {k}", en,
                  f"{name}应有{n}项，{zh_how or f'实列{k}项'}，缺漏或名称有误。", "items missing from the list")


@functools.lru_cache(maxsize=256)
def _echo_patterns(word: str) -> tuple[re.Pattern, re.Pattern]:
    """The lists that echo a slogan's word (进社区、进校园、…; 文艺下乡、科技下乡、…), compiled once per word."""
    w = re.escape(word)
    return tuple(re.compile(rf"{item}(?:、{item})+?(?:等等|等)?(?=[，,；;。！？\n）)]|$)")
                 for item in (rf"{w}[\u4e00-\u9fff]{{1,8}}?", rf"[\u4e00-\u9fff]{{1,8}}?{w}"))


def _echo_items(folded: str, start: int, end: int, word: str, leads: bool) -> list[str]:
    """The items of an echo list, read over its whole clause: split at 、 and at 和/与/及 where the next item opens (or
    the last one closes) with the echoed word, so that 落实党委主体责任和纪委监督责任、部门监管责任 is three items of
    责任, not two from the middle of the first."""
    cs = clause_start(folded, start, "，,；;：:（(“”\"。！？\n")
    pieces = []
    for part in folded[cs:end].split("、"):
        pieces += re.split(rf"(?:和|与|及)(?={re.escape(word)})", part) if leads else \
            re.split(rf"(?<={re.escape(word)})(?:和|与|及)", part)
    # (the first piece may open with the clause's verb: 推动体育进社区)
    return [x for i, x in enumerate(pieces) if (x.startswith(word) or i == 0 and word in x if leads
                                                 else x.rstrip("等").endswith(word))] or folded[start:end].split("、")


_NAME_THEN_PAREN = re.compile(r"[\u4e00-\u9fff]{0,8}[（(]")
_NAME_THEN_COLON = re.compile(r"[\u4e00-\u9fff]{0,10}[：:]")


def _echo_lists(doc, folded: str, seen: set[int]) -> list[dict]:
    """“五进”活动，推动体育进社区、进校园、进农村、进企业等 → the items that repeat the slogan's word, in its sentence.

    Only a list that agrees with the count (consistent) or is closed by 等 (unverifiable) gets a row: a sentence
    that names fewer items may be picking examples, which is no evidence of a miscount — unless the list fills the
    brackets right after the name (“四进”普法宣传活动（进社区、进楼院、进学校）): a definition, judged both ways."""
    out = []
    for m in _ECHO_NAME.finditer(folded):
        n, word = _CN[m.group("num")], m.group("word")
        if m.start() in seen or n < 2 or word[0] in "个项大种条类":
            continue
        end = _SENT_END.search(folded, m.end())
        stop = end.start() if end else len(folded)
        lst = None
        # 进社区、进校园 (the word leads each item) or 文艺下乡、科技下乡 (it ends each item)
        for leads, rx in zip((True, False), _echo_patterns(word)):
            lst = rx.search(folded[m.end():stop])
            if lst:
                break
        if not lst:
            continue
        text = lst.group(0)
        lst_start, lst_end = m.end() + lst.start(), m.end() + lst.end()
        items = _echo_items(folded, lst_start, lst_end, word, leads)
        is_open = bool(_OPEN_END.search(text))
        # “四进”普法宣传活动（进社区、进楼院、进学校）: the brackets right after the name hold the whole list
        defined = bool(_NAME_THEN_PAREN.fullmatch(folded, m.end(), lst_start)) and folded[lst_end:lst_end + 1] in "）)" \
            or bool(_NAME_THEN_COLON.fullmatch(folded, m.end(), lst_start)) and lst_end == stop
        # (按照“四个统一”要求推进数据治理：统一数据标准、…。: a colon after the name opens the list, which ends the
        # sentence — a definition too)
        if not is_open and len(items) != n and not defined:
            continue
        seen.add(m.start())
        name = doc.text[m.start("name"):m.end("name")]
        stated = f"{name}: {doc.text[lst_start:lst_end][:60]}"
        if not is_open and len(items) != n:
            out.append(_missing_row(m.start(), lst_end + 1, stated, name, n, len(items),
                                    en_how=f"the brackets after it list {len(items)}", zh_how=f"括号内列举{len(items)}项"))
        elif is_open:
            out.append(result("enumeration_count", schema.UNVERIFIABLE, [], m.start(), lst_end, stated,
                              f"announces {n}, lists {len(items)} and closes with 等",
                              f"{name} announces {n} items but the list ends with 等 (and others), so the count cannot be checked.",
                              f"{name}列举后以“等”结尾，无法核对条目数。"))
        else:
            out.append(result("enumeration_count", schema.CONSISTENT, [], m.start(), lst_end, stated,
                              f"announces {n}, lists {n}", f"{name} announces {n} items and lists {n}.",
                              f"{name}与所列{n}项相符。"))
    return out


# 打好防范化解重大风险、精准脱贫、污染防治三大攻坚战: items (、) with no quotes, then the count that names them
# (设立食品、药品、价格和知识产权4个执法大队: a count in digits, up to 20, names its items so too)
# (分为A、B和C三类，分别…: a class word closing its clause names the classes themselves — 类, 种, 部分, 个方面)
_BARE_COUNT = re.compile(r"(?P<num>[两三四五六七八九十]|1\d|20|[2-9])(?:(?:大|项|个|类|种|条|方面|支|所|家|座|处|级)"
                         r"(?P<word>[\u4e00-\u9fff]{1,4})|(?:类|种|部分|个方面)(?=[，,。；;]))")
# a measure word that is the first character of the word after it (田七种植, 三七种苗: 种植, not 七种): no count
_MEASURE_IN_WORD = re.compile(r"种(?:植|养|子|苗)")
_BARE_CLAUSE_CUT = "，,；;。！？!?：:\n“”\"「」（）()《》"
_BARE_ITEM = re.compile(r"[\u4e00-\u9fff]{1,16}")


def _bare_list_first(doc, folded: str, seen: set[int]) -> list[dict]:
    """Unquoted items before their count in one clause (抓好A、B、C三大工程, 联合公安、农牧、卫健、教育5个部门) → the
    items against the count. A list closed by 等 is unverifiable, and a miscount only when it already names more items
    than the count (东关、西关、南街、北苑等3个社区). A plain list is judged both ways when it is sure to be the count's
    own: three items or more, or two when the count is three or more, each a short name with no verb of its own — where
    such a list starts is not marked, so a first item that holds a clause's verb (开展了质量安全) is cut at it, and a
    count that is itself the last of several items (围绕A、B、三大攻坚战) is no count of them."""
    out = []
    if "、" not in folded:
        return out
    for m in _BARE_COUNT.finditer(folded):
        i = m.start()
        word = m.group("word") or ""
        if i in seen or (_CN_DIGIT.match(word) and not m.group("num").isdigit()) or word[:1] == "次" \
                or _MEASURE_IN_WORD.match(folded, m.start("word") - 1) \
                or (i and _DIGIT_BEFORE.match(folded, i - 1)) \
                or not (items := _list_before(folded, i)):
            continue
        n = _CN.get(m.group("num")) or int(m.group("num"))
        clause = "、".join(items)
        start = folded.rfind(items[0] + "、", 0, i)  # (the first item's words, not the clause's verb)
        start = max(start + len(items[0]) - min(len(items[0]), 8), 0) if start >= 0 else i - len(clause)
        name = doc.text[i:m.end()]
        if n < 2:
            continue
        if _OPEN.search(items[-1]) and not _OPEN_END.search(items[-1]):
            continue  # (城关、河口等乡镇的3个村: 等 closes a list of other things than the count's)
        if _OPEN.search(items[-1]):
            named = _readings(_OPEN_END.sub("", clause))[1]
            if min(named) > n:
                seen.add(i)
                out.append(_missing_row(start, m.end(), f"{doc.text[start:i]}{name}", name, n, min(named),
                                        en=f"{name} counts {n} items but {min(named)} are named before it, and 等 "
                                           f"says there are more; the count is wrong or an item does not belong."))
            elif len(items) >= 2:  # (完成城东、河口等三座泵站: the count of an open list cannot be checked)
                seen.add(i)
                out.append(result("enumeration_count", schema.UNVERIFIABLE, [], start, m.end(), f"{doc.text[start:i]}{name}",
                                  f"announces {n}, lists {min(named)} and closes with 等",
                                  f"{name} counts {n} items but the list before it ends with 等 (and others), so the "
                                  f"count cannot be checked.", f"{name}前所列以“等”结尾，无法核对条目数。"))
            continue
        counts = _readings(clause)[1]
        if n in counts:
            seen.add(i)
            out.append(result("enumeration_count", schema.CONSISTENT, [], start, m.end(), f"{doc.text[start:i]}{name}",
                              f"announces {n}, lists {n}", f"{name} names {n} items and {n} are listed before it.",
                              f"{name}与所列{n}项相符。"))
        elif _sure_list(items, n):
            seen.add(i)
            k = _nearest(counts, n)
            out.append(_missing_row(start, m.end(), f"{doc.text[start:i]}{name}", name, n, k,
                                    en=f"{name} counts {n} items but {k} are listed right before it; an item is "
                                       f"missing or the count is wrong."))
    return out


# a verb or a word of manner inside an item: the list may be of actions or phrases, not of names the count counts
_VERBISH = re.compile(r"[了着过把将对向在从由被以为使让给与]|开展|进行|实施|推进|加强|完成|实现|建成|新建|改建|扩建|组织|"
                      r"维修|加固|除险|清淤|疏浚|护岸|整治|修复|改造|治理|整修|翻修|硬化|绿化|亮化|拆除|搬迁|"
                      r"参加|参与|举办|覆盖|涉及|包括|联合|会同|围绕|聚焦|抓好|落实|坚持|共同|分别|其中|以上|以下|及其")


# an item that names two of the kinds counted (中小学 = 中学 + 小学, 企事业单位, 市县): its list may count more
_TWO_IN_ONE = re.compile(r"中小|大中|中高|初高中|高中低|城乡|企事业|党政|公检法|工青妇|省市|市县|县乡|镇村|村组|老弱|妇幼|中西|文体|农文旅")


def _sure_list(items: list[str], n: int) -> bool:
    """Are the items before a count surely its whole list: three or more short names, none holding a verb or naming
    two kinds in one (中小学), and a count within two of them?"""
    if len(items) < 3 or abs(len(items) - n) > 2:
        return False
    return all(len(x) <= 10 and not _VERBISH.search(x) and not _TWO_IN_ONE.search(x) for x in items)


# a verb or particle that ends the words before a list's first item (开展了质量安全、…: the list opens after 了)
_LIST_OPENER = re.compile(r".*(?:了|的|对|在|把|将|与|和|及|联合|会同|涵盖|覆盖|包括|围绕|聚焦|建立|设立|设置|组建|开展|实施|推进|抓好|落实|整治|"
                          r"构建|建成|形成|涉及|推动|打造|完善|健全|强化|分为|分成|划分为)")


_JOINT = re.compile(r"和|及|与|、")


def _list_before(folded: str, i: int) -> list[str] | None:
    """The plain items of a 、 list that ends right before offset i in its clause (抓好A、B、C|三大工程), else None. The
    first item starts after the clause's last digit, its last verb or particle (开展了质量安全), or a count that closed
    another list before (A、B、C三个中心和D、E两个食堂); items of one character (市、县、乡、村四级) count too."""
    if i < 4 or folded[i - 1] == "、" or not ("\u4e00" <= folded[i - 1] <= "\u9fff" or folded[i - 1] in "）)") \
            or _NUMERAL.match(folded, i - 1):
        return None  # (a numeral run, 第三大, or the count opening an item of its own)
    k, asides = i - 1, []
    while k >= 0 and not ("0" <= folded[k] <= "9"):
        if folded[k] in "）)" and (o := max(folded.rfind("（", max(0, k - 6), k), folded.rfind("(", max(0, k - 6), k))) > 0 \
                and "、" not in folded[o:k]:
            asides.append((o, k + 1))  # (县（区）、乡镇（街道）: an alternative name in brackets belongs to its item)
            k = o - 1
            continue
        if folded[k] in _BARE_CLAUSE_CUT:
            break
        k -= 1
    clause = folded[k + 1:i]
    for o, e in asides:  # (the asides, latest first, cut out of the clause)
        clause = clause[:o - k - 1] + clause[e - k - 1:]
    if "、" not in clause:
        return None
    # (A、B、C三个中心和D、E两个食堂: the second list opens after the count that closed the first)
    prev = None
    for c in _BARE_COUNT.finditer(clause, 0, len(clause) - 1):
        prev = c
    if prev and "、" in clause[prev.end():] and prev.start() > 0:  # (三类村包括A、B…: a label opening the clause)
        joint = _JOINT.search(clause, prev.start() + 2)
        if joint and "、" in clause[joint.end():]:
            clause = clause[joint.end():]
    items = clause.split("、")
    first = _LIST_OPENER.match(items[0])
    if first and len(items[0]) - first.end() >= 1:
        items[0] = items[0][first.end():]
    elif k >= 0 and "0" <= folded[k] <= "9":
        return None  # (提交15件提案、反映2条: the words after a figure are its unit and noun, no first item)
    if any(not x for x in items):
        return None
    if _BARE_COUNT.search(items[-1]):
        return None  # (交通、水利、能源三大领域5个重大项目: the items belong to the count before, not to this one)
    if not all(_BARE_ITEM.fullmatch(x) for x in items) or any(len(x) > 10 for x in items[1:]) \
            or any(all(c in _NUMERAL_RUN for c in x) for x in items):
        return None  # (digits, brackets or quotes in an item, a long clause, or numerals: 一、突出四个重点)
    return items
