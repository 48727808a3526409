"""What every rule family shares: figures as typed records, clauses, stated intervals, result rows."""
from __future__ import annotations

import bisect
import collections
import functools
import itertools
import operator
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation


from .intervals import Interval, qualified, qualify, stated

# Counts of these measure words are measurements, not tallies of discrete things: never exact.
CONTINUOUS = {"千瓦", "万千瓦", "千瓦时", "度", "立方米", "标方", "兆瓦", "小时", "分钟", "学时", "课时"}  # (分, points awarded, are exact)
# Clause and sentence separators in the folded text.
CLAUSE_SEP = "，,；;。！？!?\n"
SENT_SEP = "。！？!?\n"
_NUM_CHARS = "0123456789零〇一二两三四五六七八九十百千万亿"


_CHENG = re.compile(r"[一二两三四五六七八九\d]成")


@dataclass(eq=False)
class Fig:
    """One row of figures.csv, typed: Decimals for numbers, ints for offsets and decimals."""

    id: str
    start: int
    end: int
    text: str
    value: Decimal | None
    value_high: Decimal | None
    unit: str
    norm: Decimal | None
    base_unit: str
    kind: str
    qualifier: str
    decimals: int | None
    iso_date: str
    metric: str
    sent: int  # index of its sentence in doc.sentences (-1 when outside any)
    # an amount of something (count, money, weight…), not a rate, date or range: asked some 500 times a report, so
    # kept as a field (a Fig is never changed after it is made)
    quantity: bool = field(init=False)
    # a tally of discrete things (9件, 83家): no rounding interval. A field for the same reason (asked some 150 times a
    # report, by every interval and every pairing of counts)
    exact: bool = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.quantity = self.kind in ("count", "money", "weight", "area", "length") and self.norm is not None
        self.exact = (self.kind == "count" and self.unit == self.base_unit and (self.decimals or 0) == 0
                      and self.base_unit not in CONTINUOUS)

    # (the intervals and the multiplier below are kept on the record once computed: the share, growth and target rules
    # ask for the same figure's several times, and a Fig and the Intervals it gives are never changed)
    @property
    def multiplier(self) -> Decimal:
        """normalized_value / value: 10000 for 万元, 0.01 for %, 1 for plain counts."""
        k = self.__dict__.get("_fig_multiplier")
        if k is None:
            if self.value in (None, Decimal(0)) or self.norm is None:
                k = Decimal(1)
            else:
                k = self.norm / self.value
            self.__dict__["_fig_multiplier"] = k
        return k

    def interval(self, with_qualifier: bool = True) -> Interval:
        """The value as written → its interval, in the figure's own unit (4941万元 → [4940.5, 4941.5])."""
        key = "_fig_interval" if with_qualifier else "_fig_interval_bare"
        iv = self.__dict__.get(key)
        if iv is None:
            d = self.decimals or 0
            iv = qualified(self.value, d, self.qualifier, self.exact) if with_qualifier else stated(self.value, d, self.exact)
            self.__dict__[key] = iv
        return iv

    def norm_interval(self, with_qualifier: bool = True) -> Interval:
        """The interval in the base unit (4941万元 → [49405000, 49415000] 元)."""
        key = "_fig_norm_interval" if with_qualifier else "_fig_norm_interval_bare"
        iv = self.__dict__.get(key)
        if iv is None:
            iv = self.__dict__[key] = self.interval(with_qualifier).scale(self.multiplier)
        return iv

    def set_interval(self) -> Interval:
        """A target is set, not measured: exactly its value as written, in the base unit (目标20亿元 is 20亿元, not
        19.5–20.5亿元, so 22亿元 of it is 107.5–112.5%, never 105%)."""
        return Interval.point(self.norm)

    def pct_interval(self) -> Interval | None:
        """A percent, fraction or 成 → the interval it states, in percent units (20.7% → [20.65, 20.75])."""
        d = self.__dict__
        if "_fig_pct_interval" not in d:
            d["_fig_pct_interval"] = self._pct_interval()
        return d["_fig_pct_interval"]

    def _pct_interval(self) -> Interval | None:
        if self.kind == "percent" and self.value is not None:
            factor = self.multiplier * 100
            return self.interval().scale(factor)
        if self.kind == "fraction" and self.norm is not None:
            p = fraction_value(self.text, self.norm) * 100
            # a fraction in words is as precise as its neighbours allow: 三成 is 25–35%, 四分之一 about 24.5–25.5%
            if _CHENG.search(self.text):
                tol = Decimal(5)
                if self.qualifier == "nearly":
                    return Interval(p - 2 * tol, p, low_open=True)  # 近八成: short of 80%, more than 七成 would say
            else:
                tol = Decimal("0.5")
            return qualify(Interval.around(p, tol), p, self.qualifier, tol)
        return None


def fraction_value(text: str, norm: Decimal) -> Decimal:
    """'四分之一' → 0.25 exactly (from the words, not the 6-decimal value); else the value."""
    from ..numerals import parse_number

    m = re.search(r"(.+?)分之(.+)", text)
    if m:
        den = parse_number(re.sub(r"^[近约将接]+", "", m.group(1)))
        num = parse_number(re.sub(r"(左右|以上|以下|多)$", "", m.group(2)))
        if den and num and den[0]:
            return num[0] / den[0]
    return norm


def _dec(s) -> Decimal | None:
    if s.__class__ is str:  # (the row dicts' text cells: three per figure, the common case first)
        if not s:
            return None
        try:
            return Decimal(s)
        except InvalidOperation:
            return None
    if s is None or s == "" or (isinstance(s, float) and s != s):
        return None
    try:
        return Decimal(str(s))
    except InvalidOperation:
        return None


_FIG_COLUMNS = ("figure_id", "start", "end", "text", "value", "value_high", "unit", "normalized_value",
                "base_unit", "kind", "qualifier", "decimals", "iso_date", "metric")
_FIG_CELLS = operator.itemgetter(*_FIG_COLUMNS)


CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")  # one Chinese character (matched at a position)
_CJK_AFTER = re.compile(r"[\u4e00-\u9fff，。；、：）]")


def figs_of(doc, figures) -> list[Fig]:
    """Figures (DataFrame or row dicts) → typed Fig records in text order, each with its sentence index.

    Every rule asks for these; they are built once per (document, figures table) and kept on the document.
    """
    cached = getattr(doc, "_figs_cache", None)
    if cached is not None and cached[0] is figures:
        return cached[1]
    starts = [s.start for s in doc.sentences]
    folded = doc.folded
    out = []
    prev_end = -1
    # a DataFrame (the public API) or the row dicts the report keeps internally (their cells picked in C by itemgetter)
    rows = (map(_FIG_CELLS, figures) if isinstance(figures, list)
            else zip(*[figures[c].tolist() for c in _FIG_COLUMNS]))
    for (fid, start, end, text, value, high, unit, norm, base, kind, qual, dec, iso, metric) in rows:
        start, end = int(start), int(end)
        if start > 1 and folded[start - 1] == " " and CJK_CHAR.match(folded, start - 2) and prev_end != start - 1 \
                and not folded[end:end + 1].isspace():
            # (达到 68.5%，比上年提高 4.2个百分点: text copied out of a PDF sets numbers off by a space; the rules read the
            # words before a figure as touching it, so the space is taken into the figure's span — not a table's cell,
            # 新建运动场 15片 13片, which a space closes too, nor one after another figure's unit: 1200人次 112.5%)
            start -= 1
        prev_end = end
        if folded[start - 1:start] != " " and folded[end:end + 1] == " " and _CJK_AFTER.match(folded, end + 1):
            end += 1  # (分别占38.5%、34.2% 和 25.3%: the words after it touch it too — not after a spaced cell)
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and not (doc.sentences[i].start <= start < doc.sentences[i].end):
            i = -1
        dec = str(dec)
        if "\n" in text:
            text = text.replace("\n", "")  # (579.⏎413万元, 12,⏎450吨: a number a line break split, stated whole)
        out.append(Fig(fid, start, end, text, _dec(value), _dec(high), unit or "", _dec(norm), base or "",
                       kind, qual or "", int(dec) if dec.isdigit() else None, iso or "", metric or "", i))
    doc._figs_cache = (figures, out)  # the table is kept too, so its id cannot be reused by another
    return out


# ---------------------------------------------------------------- text around a position
# every character any rule cuts clauses at; an ASCII comma counts unless it sits between digits (1,520)
_SEP_CHARS = set("，；;。！？!?\n（(、：:）)…—“”\"的,")


_ASCII_COMMA = re.compile(r",(?!\d)|(?<!\d),")


@functools.lru_cache(maxsize=4)
def _separators_by_char(folded: str) -> dict[str, list[int]]:
    """The offsets of each separator character, found with str.find one character at a time (a few hundred finds
    cost less than a Python step per match of one pattern)."""
    out: dict[str, list[int]] = {}
    find = folded.find
    for c in _SEP_CHARS:
        if c == ",":
            continue
        i = find(c)
        if i < 0:
            continue
        offsets = []
        while i >= 0:
            offsets.append(i)
            i = find(c, i + 1)
        out[c] = offsets
    if "," in folded:
        # (what _ASCII_COMMA finds, found with str.find: the pattern has no first character for the engine to skip to, so
        # its scan tries every position of the text)
        commas, last, i = [], len(folded) - 1, find(",")
        while i >= 0:
            if not (0 < i < last and folded[i - 1].isdecimal() and folded[i + 1].isdecimal()):  # (\d is isdecimal)
                commas.append(i)
            i = find(",", i + 1)
        if commas:
            out[","] = commas
    return out


@functools.lru_cache(maxsize=256)
def _separators(folded: str, seps: str) -> list[int]:
    """Offsets of every separator in `seps` in the text (thousands commas excluded), computed once per text and set
    of separators (rules use a dozen sets; each is merged from the one pass above)."""
    by_char = _separators_by_char(folded)
    if not set(seps) <= _SEP_CHARS:
        raise ValueError(f"clause separators {seps!r}: add the new ones to _SEP_CHARS")
    lists = [by_char[c] for c in set(seps) if c in by_char]
    if len(lists) == 1:
        return lists[0]
    return sorted(itertools.chain.from_iterable(lists))


# a figure's bound as figures records it (不少于, 以上, 不超过, 以内…): the qualifiers that say which way a value is wanted
BOUNDS = ("at_least", "more_than", "at_most", "less_than")
# a digit or a percent sign in folded text (full-width forms are folded to these)
DIGIT_OR_PCT = re.compile(r"[\d%０-９％]")  # (full-width digits and ％ too)

_bisect_left = bisect.bisect_left  # (a global name: one lookup fewer in the clause functions, some 200 calls a report)


def clause_start(folded: str, pos: int, seps: str = CLAUSE_SEP) -> int:
    """Offset → start of the clause it sits in (just after the previous separator)."""
    cuts = _separators(folded, seps)
    i = _bisect_left(cuts, pos)
    return cuts[i - 1] + 1 if i else 0


def clause_end(folded: str, pos: int, seps: str = CLAUSE_SEP) -> int:
    """Offset → end of the clause it sits in (the next separator, excluded)."""
    cuts = _separators(folded, seps)
    i = _bisect_left(cuts, pos)
    return cuts[i] if i < len(cuts) else len(folded)


def before_in_clause(folded: str, fig: Fig, seps: str = CLAUSE_SEP) -> str:
    """Text of the clause before the figure (同比增长 for 同比增长20.7%)."""
    return folded[clause_start(folded, fig.start, seps):fig.start]


def after_in_clause(folded: str, fig: Fig, seps: str = CLAUSE_SEP) -> str:
    return folded[fig.end:clause_end(folded, fig.end, seps)]


def sentence_bounds(doc, fig: Fig) -> tuple[int, int]:
    if fig.sent >= 0:
        s = doc.sentences[fig.sent]
        return s.start, s.end
    return fig.start, fig.end


def by_sentence(figs: list[Fig]) -> dict[int, list[Fig]]:
    """Figures grouped by sentence index, in text order."""
    out: dict[int, list[Fig]] = {}
    for f in figs:
        out.setdefault(f.sent, []).append(f)
    return out


def paragraph_start(folded: str, pos: int) -> int:
    return folded.rfind("\n", 0, pos) + 1


def is_number_char(ch: str) -> bool:
    return ch.isdigit() or ch in _NUM_CHARS


_HEADING_YEAR = re.compile(r"(20\d\d)年")
_REVIEW = re.compile(r"回顾|完成|执行|情况|总结|成效")
_SET_BEFORE = re.compile(r"(?:确定|提出|下达|制定)的[^，,；;。]{0,8}$")
# (拟不起诉案件, 拟录用人员, 拟任人选: a status named, no plan)
_PLAN = re.compile(r"力争|计划(?:新增|完成|实现|投资|建设|到|在|用)|预计|拟(?!不起诉|不批捕|录用|聘用|任|提拔|表彰|推荐|入选)|确保|打算|预期目标|"
                   r"将(?:力争|继续|重点|进一步)?(?:新增|完成|实现|达到|培育|建设|改造|争取)|明年|下一步|下步")
_MEASURED_TO = re.compile(r"(?:高出|高于|低于|超过|超出|快于|慢于|好于|优于)[^，,；;。！？\d%]{0,6}$")
# a heading about what comes next (工作打算, 2025年主要任务, 工作安排), not a review (计划执行情况, 完成情况) nor one
# that opens on results before the plans (总结与下一步打算, 成效和明年打算)
# (计划生育 / 计划免疫 are policy fields, not plans)
# (计划 only ends a plan heading — 2025年工作计划, 明年计划安排 — so 科技计划管理, 计划生育 are fields, not plans)
# (资金安排和使用 / 资金使用情况 account for money spent: results, not plans)
_PLAN_HEADING = re.compile(r"^(?!.*(?:完成|执行|落实|情况|回顾|总结|成效|成绩|使用|安排[和及与])).*(?:打算|计划(?:安排|要点)?[：:。]?$|思路|展望|下步|下一步|要点|安排|主要任务)")


# ---------------------------------------------------------------- leads that set a period's targets (targets, crossref)
# 年度目标任务为… / 年初目标为… / 2024年度主要目标：…: a sentence that opens on the year's targets and lists them, the verb
# that set them left out (matched at the sentence's start, after an item number; the year's word is needed: 主要目标：
# alone may open any list)
OWN_TARGETS_LEAD = re.compile(r"[ \t　]*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）.、．][ \t　]*)?"
                              # (按照…签订的经营业绩责任书，集团2025年目标为：: the document the targets come from first)
                              r"(?:(?:经|按照|根据|依据)[^，,。；;：:\n]{2,24}[，,])?(?:[\u4e00-\u9fff]{1,6}?(?=(?:19|20)\d\d年))?"
                              r"(?:(?:19|20)\d\d年度?(?:年初|全年)?|年初|年度|全年|今年|本年度?)"
                              # (今年我区承担的目标任务是：: who carries them, named before 的)
                              r"(?:[我全本][\u4e00-\u9fff]{1,7}?的|的)?(?:主要|工作|绩效|年度|预期|发展|考核)*"
                              r"(?:目标任务|目标|任务)(?:为|是|[：:])"
                              # 2023年计划安排：… (the year's plan in a report on how it was carried out)
                              r"|[ \t　]*(?:19|20)\d\d年(?:度)?(?:主要)?计划(?:安排|目标)?[：:]")
# 镇人代会确定2025年办好五件民生实事：… / 公司年初确定：… / …工作要点明确：…: who set the year's list, a verb that
# sets, and the list after a colon
SET_LIST_LEAD = re.compile(r"(?:(?:经|按照|根据|依据)[^，,。；;：:\n]{2,20}[，,]|(?:年初|今年|本年度?|(?:19|20)\d\d年初?)[，,])?[^，,。；;：:\n]{0,16}?(?:确定|提出|明确|部署|安排|下达|定下|确立)了?[^，,。；;：:\n]{0,16}?[：:](?:全年|年内|今年|当年)?")
# words that say a target's sentence reports what was done (实际, 已, 截至, 同比): no list of targets
RESULT_IN_PLAN = re.compile(r"实际|已经|已|完成了|建成了|截至|截止|同比|比上年|较上年|上年")


# 全县 / 全市 / 我县 / 本镇 / 辖区: a place a sentence names, the level in its last character
AREA = re.compile(r"全[市县区省州旗镇乡](?!级)|全街道|全乡镇|[本我][市县区镇乡](?!级)|辖区")


def home_level(doc, folded: str) -> str:
    """The level of the place a report is about (县 for a county's report): the one most of its 全县 / 我县 / 本县
    name, when one does most; else ''. Kept per document."""
    def build() -> str:
        counts = collections.Counter(m[-1] for m in AREA.findall(folded) if m != "辖区")
        if not counts:
            return ""
        (top, n), *rest = counts.most_common(2) + [("", 0)]
        return top if n >= 2 and n > 2 * rest[0][1] else ""
    return cached(doc, "_home_level_cache", None, build)


def bigrams(s: str) -> set[str]:
    """The runs of two Chinese characters in s: the words two names may share (基金支出 / 基金收入 share 基金)."""
    return {s[i:i + 2] for i in range(len(s) - 1) if "\u4e00" <= s[i] <= "\u9fff" and "\u4e00" <= s[i + 1] <= "\u9fff"}


def other_place(doc, folded: str, text: str) -> bool:
    """Does the text name a whole place of another level than the report's own (全市… in a county's report)?"""
    home = home_level(doc, folded)
    return bool(home) and any(m[-1] != home for m in AREA.findall(text) if m.startswith("全") and len(m) == 2)


def per_figure(fn):
    """A fact about one figure that many rules ask for → computed once and kept on the figure's record.

    The figure is the call's last argument; Fig records live as long as their document's figures list.
    """
    key = "_" + fn.__name__.lstrip("_")
    code = fn.__code__
    plain = not (fn.__defaults__ or fn.__kwdefaults__ or code.co_kwonlyargcount or code.co_flags & 0x0C)
    # (one lookup when the fact is known: some 500 calls a report. A wrapper of the function's own arity for the usual
    # one to three arguments, which spares building and indexing a tuple of them on every call)

    # (`key in d` then `d[key]`: two dict operations in C, cheaper than looking up and calling d.get; a try/except
    # KeyError would be cheaper still on a hit but costs a raised exception on each of the many misses)
    if plain and code.co_argcount == 2:
        def wrapper(a, f):
            d = f.__dict__
            if key in d:
                return d[key]
            value = d[key] = fn(a, f)
            return value
    elif plain and code.co_argcount == 3:
        def wrapper(a, b, f):
            d = f.__dict__
            if key in d:
                return d[key]
            value = d[key] = fn(a, b, f)
            return value
    elif plain and code.co_argcount == 1:
        def wrapper(f):
            d = f.__dict__
            if key in d:
                return d[key]
            value = d[key] = fn(f)
            return value
    else:
        def wrapper(*args):
            d = args[-1].__dict__
            if key in d:
                return d[key]
            value = d[key] = fn(*args)
            return value

    return functools.wraps(fn)(wrapper)


_SEMICOLON = re.compile(r"[；;]")
_COLON = re.compile(r"[：:]")
# the year's result as a clause opens on it (全年新增…, 今年已建成…)
_YEAR_RESULT = r"(?:全年|今年|当年|本年|年内)(?:共|累计|已|实际)?(?:新建|完成|实现|新增|建成|达到|发放|办理|受理)"
_RESULT_LEAD = re.compile(_YEAR_RESULT + r"|已|实际")


_CLAUSE_DONE = re.compile(r"[，,]\s*(?:截至(?:目前|年底|年末)?|目前|现)?已(?!于)")
_CLAUSE_YEAR_DONE = re.compile(r"[，,]\s*" + _YEAR_RESULT)


def _done_after(folded: str, m: re.Match, end: int) -> bool:
    """Does a clause between the plan word and the figure open on a result (，已… ; after 计划… also ，全年新增…)?"""
    if _COLON.search(folded, m.start(), end):
        return False  # 计划：A，已B — a list of plans opened by a colon stays one
    if _CLAUSE_DONE.search(folded, m.end(), end):
        return True
    return m.group().startswith("计划") and bool(_CLAUSE_YEAR_DONE.search(folded, m.end(), end))


_PCT_OF_IT = re.compile(r"(?:[）)])?的\d+(?:\.\d+)?[%％]")
_DONE_BEFORE = re.compile(r"完成|实现|达到|累计")
_AHEAD = re.compile(r"明年|下一?步|今后|将|力争|争取|(?:19|20)\d\d年")


@per_figure
def in_plan(folded: str, doc, fig: Fig) -> bool:
    """Is the figure a plan or target for later (力争, 计划新增, 将…, a 工作打算 section) rather than a result?"""
    s, _ = sentence_bounds(doc, fig)
    for m in _PLAN.finditer(folded, s, fig.start):
        # 计划投资85亿元，实际完成投资91.2亿元 / 年初确定的6%左右预期目标: a plan the period is measured against
        if "实际" in folded[m.end():fig.start] or _SET_BEFORE.search(folded[s:m.start()]):
            continue
        # 增长10.3%，高出年度预期目标0.3个百分点；…增长13.2%: a result compared with the target names it, plans nothing
        # (实现/完成…预期目标 are a plan's verbs too: 要努力实现年度预期目标)
        if m.group(0) == "预期目标" and _MEASURED_TO.search(folded, max(s, m.start() - 8), m.start()):
            continue
        # 控制在预期目标以内；全年新建…: a clause after ； that opens on the year's result is no longer the plan's
        # (力争A；B and 力争：A；B stay plans throughout)
        semi = _SEMICOLON.search(folded, m.end(), fig.start)
        if semi and _RESULT_LEAD.match(folded, semi.end()) and not _COLON.search(folded, m.start(), semi.start()):
            continue
        # 计划建设项目24个，已完工21个 / 年初计划新增40公顷，全年新增45公顷: a later clause that opens on what was done
        # (已…; after a 计划 of the period also 全年/当年…完成) states the result the plan is measured against
        if _done_after(folded, m, fig.start):
            continue
        # 重点项目完成投资67.3亿元，为年度计划投资60亿元的112.2%: the plan's figure a completion percentage is taken of
        # is the target a result is measured against
        if _PCT_OF_IT.match(folded, fig.end) and _DONE_BEFORE.search(folded, s, m.start()) \
                and not _AHEAD.search(folded, clause_start(folded, m.start()), fig.start):
            continue
        return True
    heading = doc.section_at(fig.start)
    if heading and PROBLEMS_HEADING.search(heading) and _reviews_the_period(doc, folded, fig, s):
        return False  # 五、存在的问题和下步打算 ⏎ 从全年情况看，…全年因灾直接经济损失2.16亿元: a problem of the year
    # (六、2021年工作打算 ⏎ 医院年末实际开放床位962张，…: where the plans start from, stated as it is, is no plan)
    return bool(heading) and plan_heading(heading, doc.year) and not _result_under_targets(folded, doc, fig, heading, s) \
        and not _STATED_NOW.search(folded, clause_start(folded, fig.start), fig.start)


# (not 实际利用外资, a measure named so; not the 现有 of 实现有效 or 发现有)
_STATED_NOW = re.compile(r"(?:年末|年底)实际|(?<![实发])现有|目前")


def period_problem(folded: str, doc, fig: Fig) -> bool:
    """Is the figure one in_plan reads as the period's only because it stands in a sentence of problems (under a
    heading of problems and plans: _reviews_the_period)? cross_reference asks more of it (its _problem_review)."""
    heading = doc.section_at(fig.start)
    if not heading or not PROBLEMS_HEADING.search(heading) or not plan_heading(heading, doc.year):
        return False
    s, _ = sentence_bounds(doc, fig)
    return not any(True for _ in _PLAN.finditer(folded, s, fig.start)) and _reviews_the_period(doc, folded, fig, s)


# a heading of the year's problems (and what is to be done about them), and the words of a sentence under it that look ahead
# (存在的问题, 问题与不足, 困难和问题 — not 着力解决突出问题, a task; the strict reading of cross_reference's own)
PROBLEMS_HEADING = re.compile(r"存在(?:的)?(?:主要)?(?:问题|不足|困难)|问题(?:和|与|及)不足|不足之处|困难(?:和|与)问题|问题(?:和|与)困难")
_AHEAD_WORD = re.compile(r"将|力争|计划|打算|争取|确保|明年|下一步|下步|今后|拟|预计|目标|(?<![主重需])要")
_ITEM_OPENING = re.compile(r"\s*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d][）)]|第[一二三四五六七八九十]|\d[.．、])")


def _reviews_the_period(doc, folded: str, fig: Fig, s: int) -> bool:
    """Under a heading of the period's problems (and plans), does the sentence review the period rather than plan the
    next? Nothing that looks ahead before the figure, no item of a list of tasks (一是稳就业，…), no later year.
    (cross_reference asks more of a restatement there: see its _problem_review.)"""
    if fig.value is None or _AHEAD_WORD.search(folded, s, fig.start) or _ITEM_OPENING.match(folded, s):
        return False
    if doc.year and any(int(y) > doc.year for y in _YEAR_LEAD.findall(folded, s, fig.start)):
        return False
    return True


# 一、经济发展目标 / 一、年度目标任务: a heading that names an area of targets, with no year ahead nor plan word
_TARGET_AREA_HEADING = re.compile(r"^[^：:。，,]{0,4}?[一二三四五六七八九十\d]{1,2}[、.．][^：:。，,\d]{2,12}?目标(?:任务)?$")
_NEXT_IN_HEADING = re.compile(r"草案|安排|计划|打算|思路|预期|展望|明年|下一?步|今后|(?:19|20)\d\d")
_SELF_CHECK_TITLE = re.compile(r"自查|自评|考核(?:情况|结果)?报告|目标完成情况|目标责任")
# the words of a sentence that sets or restates a target (目标为：…, 下达…指标, 控制在24人以内)
_SETS_TARGET = re.compile(r"目标|任务|指标|计划|要求|控制在|下达|确定|力争|责任书|预期|不低于|不少于|不超过")
_YEAR_LEAD = re.compile(r"((?:19|20)\d\d)年")
_TARGETS_OPENED = re.compile(r"(?:目标|任务|指标)[^。；;，,]{0,8}?[：:]")


def _result_under_targets(folded: str, doc, fig: Fig, heading: str, s: int) -> bool:
    """Under a heading naming an area of targets (一、经济发展目标 / 一、年度目标任务), a sentence that sets no target
    states what was achieved when the report checks its own targets (…目标责任考核自查报告: 全年完成财政收入1286万元)
    or a base of a year before the report's (2021年全市生产安全事故死亡31人)."""
    h = heading.strip()
    if not _TARGET_AREA_HEADING.match(h) or _NEXT_IN_HEADING.search(h) \
            or _SETS_TARGET.search(folded, max(s, clause_start(folded, fig.start)), fig.start) \
            or _TARGETS_OPENED.search(folded, s, fig.start):
        return False  # (a clause that sets a target, or an item of a list of targets opened by 目标有：)
    lead = _YEAR_LEAD.match(folded, s)
    if lead and doc.year and int(lead.group(1)) < doc.year:
        return True
    return bool(_SELF_CHECK_TITLE.search(folded.lstrip()[:80].split("\n")[0]))


# a heading naming the targets or tasks ahead (二、2019年主要目标, 目标任务, 工作重点), not how they were met
_TARGETS_HEADING = re.compile(r"^(?!.*(?:完成|执行|落实|情况|回顾|成效|成绩|进展|实现)).*(?:(?:主要|预期|发展|总体|年度)目标|"
                              r"目标任务|目标和任务|任务目标|主要任务|工作任务|工作重点|目标[\s：:。]*$)")


@functools.lru_cache(maxsize=1024)
def plan_heading(heading: str, year: int | None) -> bool:
    """Is this a heading of plans or targets ahead (工作打算, 2025年主要目标, 明年计划安排), judged once per heading and
    report year?"""
    if _PLAN_HEADING.search(heading) or _TARGETS_HEADING.search(heading):
        return True
    # a heading dated after the report's year is a plan (2015年工作安排), unless it reviews (2012年工作回顾)
    years = [int(y) for y in _HEADING_YEAR.findall(heading)] if not _REVIEW.search(heading) else []
    return bool(year and years and max(years) > year)


def same_unit(a: Fig, b: Fig) -> bool:
    """Same base unit and kind family (家 with 家, 元 with 元 whatever the multiplier)."""
    return a.base_unit == b.base_unit and a.base_unit != "" and a.quantity and b.quantity


def counts_into(total: Fig, part: Fig) -> bool:
    """Can a part be counted into this total? Same unit, or a tally of occurrences made of items: 信访总量2,864件次 =
    来信486件 + 来访1,032批次 + 网上信访1,346件; 培训1,200人次 may list 干部300人. Only for a split's own total."""
    if same_unit(total, part):
        return True
    t, p = total.base_unit, part.base_unit
    if not (total.kind == part.kind == "count" and t.endswith("次") and len(t) == 2):
        return False
    return p == t[:-1] or (t == "件次" and p in ("批次", "批", "次"))


# ---------------------------------------------------------------- result rows
def result(rule: str, verdict: str, figs: list[Fig], start: int, end: int, stated: str, computed: str,
           en: str, zh: str, cause: str = "", source: str = "") -> dict:
    """A check row (without report_id and check_id, which run_rules adds)."""
    return {
        "rule": rule, "verdict": verdict, "figure_ids": " ".join(f.id for f in figs),
        "start": start, "end": end, "stated": stated, "computed": computed, "cause": cause,
        "source": source, "explanation_en": en, "explanation_zh": zh,
    }


def span_of(figs: list[Fig], sent: int | None = None) -> tuple[int, int]:
    """Figures → the span from the first to the last (only those in sentence `sent` when given)."""
    use = [f for f in figs if sent is None or f.sent == sent] or figs
    return min(f.start for f in use), max(f.end for f in use)


# ---------------------------------------------------------------- what role a figure plays in its clause
_PERIOD = r"(?:上年|去年|上届|上期|上年同期|去年同期|同期|年初|上年末|上年底|去年底|去年末|(?:19|20)\d\d年(?:末|底|初)?)"
# 比上年的1,520亿元 / 较2010年 / 上年为339件 / 2023年为92.87亿元 / 上年末为12.34万笔
_BASE_LABEL = re.compile(rf"(?:比|较){_PERIOD}(?:同期)?的?$|{_PERIOD}(?:同期)?(?:分别)?(?:为|是)(?:(?:[^，,；;。]|(?<=\d),(?=\d))*[、和及])?$")
# 由上年的15,660元(增加到…) / 由2.1%(下降到…) / 从年初的286户
_FROM_LABEL = re.compile(rf"[由从]{_PERIOD}?的?$")
_TO_AFTER = re.compile(r"[^，,；;。\d]{0,12}?(?:增加|增长|提高|上升|下降|降低|减少|扩大|缩小|降|升|增|减)(?:到|至)")
# 比上年多180万元 / 比上年的25.83亿元增加2.63亿元 / 较2010年提高0.18平方米 / 同比减少
# (与上年的61.35万元相比减少12.73万元: the comparison written with 与…相比)
_CHANGE_LABEL = re.compile(rf"(?:(?:比|较){_PERIOD}|同比|与{_PERIOD}.{{0,24}}?相比).{{0,24}}?(?:多|少|增加|减少|提高|降低|下降|增长|上升|扩大|缩小|缩短|压缩|延长|净增|净减)了?$")
# 目标为400家次 / 为年度计划80个 / 下达目标任务1.3亿元 / 年度任务共126项 / 计划开展人工增雨作业40次
_TARGET_LABEL = re.compile(r"(?:目标|计划|任务|指标|预算(?!收入|支出|内|外|单位|资金|执行|管理|绩效))(?:任务|数|值)?(?:为|是|共|共计|达)?$"
                           r"|计划(?:开展|完成|实施|建设|新建|新增|投资|安排|举办|组织|培训|改造|发放)[^，,；;。的]{0,10}$"
                           # 全年目标查处案件90件: the target word, then the work it sets
                           r"|目标(?:开展|完成|实施|建设|新建|新增|投资|举办|组织|培训|改造|发放|查处|办理|引进|培育|招引|实现)"
                           r"[^，,；;。的]{0,10}$")


_LABEL_SEPS = CLAUSE_SEP + "（("  # (built once: a string made at each call is hashed again by the separators' cache)
_ITEM_SEPS = CLAUSE_SEP + "（(、"


def bracket_depth(folded: str, a: int, b: int) -> int:
    """How many brackets opened between a and b are still open at b."""
    seg = folded[a:b]
    return seg.count("（") + seg.count("(") - seg.count("）") - seg.count(")")


@per_figure
def label_of(folded: str, f: Fig) -> str:
    """The clause text before a figure, a bracket also ending it (（上年为339件） → 上年为); spaces before the number
    left out (上年为 32.4 万元 → 上年为)."""
    end = f.start
    while folded[end - 1:end] in (" ", "\u3000") and end:
        end -= 1
    return folded[clause_start(folded, end, _LABEL_SEPS):end]


def in_order(short: str, long: str) -> bool:
    """Every character of short in long, in order (保租房 in 新开工保障性租赁住房, 建档立卡户 in 建档立卡贫困户)."""
    it = iter(long)
    return all(ch in it for ch in short)


@per_figure  # (kept on the figure's record: the share, sum and growth rules ask for it many times)
def item_label(folded: str, f: Fig) -> str:
    """The text of a listed item before its figure (银牌 of 金牌56枚、银牌48枚)."""
    return folded[clause_start(folded, f.start, _ITEM_SEPS):f.start]


def is_base(folded: str, f: Fig) -> bool:
    """A prior-period value another figure is compared with (比上年的…, 上年为…, 由上年的…增加到)."""
    lab = label_of(folded, f)
    # (substring tests before each search, here and below: the words without which the pattern cannot match — every
    # _PERIOD holds 年, 上届, 上期 or 同期 — and which most labels lack; these run for nearly every figure)
    if ("年" in lab or "上届" in lab or "上期" in lab or "同期" in lab) and _BASE_LABEL.search(lab):
        return True
    return bool(("由" in lab or "从" in lab) and _FROM_LABEL.search(lab) and _TO_AFTER.match(folded, f.end))


def is_change(folded: str, f: Fig) -> bool:
    """An absolute change against a prior period (比上年多180万元, 较2010年提高0.18平方米) or a target (超出计划投资
    0.32亿元)."""
    return f.quantity and bool(("比" in (lab := label_of(folded, f)) or "较" in lab) and _CHANGE_LABEL.search(lab)
                               or gap_to_target(folded, f, lab))


def is_target(folded: str, f: Fig) -> bool:
    """A target or plan the period is measured against (目标为400家次, 完成省下达任务9亿元的…)."""
    lab = label_of(folded, f)
    return bool(("目标" in lab or "计划" in lab or "任务" in lab or "指标" in lab or "预算" in lab)
                and _TARGET_LABEL.search(lab)) and "实际" not in lab and not _TASKS_DONE.search(lab) \
        and not gap_to_target(folded, f, lab)


# 超出计划投资0.32亿元 / 高出年度目标120户: the gap between a result and its target, not the target (超出年度目标
# 3,000万元260万元: the target, then the gap right after it). 超过计划投资12亿元 names the plan it passed: no gap
_GAP_TO_TARGET = re.compile(r"(?:超出|高出|多出)(?:年度|全年|年初)?(?:计划|目标|任务)")


def gap_to_target(folded: str, f: Fig, lab: str) -> bool:
    return ("计划" in lab or "目标" in lab or "任务" in lab) and bool(_GAP_TO_TARGET.search(lab)) \
        and not folded[f.end:f.end + 1].isdigit()


# 开展抽查任务64项 / 承担科研任务12项: tasks counted as they were done, not a target set (下达抽查任务…, 年度任务…)
_TASKS_DONE = re.compile(r"^(?:全年|今年|当年|年内|共|累计)*(?:开展|承担|执行|实施|完成|参与)(?:了)?"
                         r"(?:(?!下达|确定|制定|安排|分解|分配|计划|目标|年度|年初|全年|指标|[省市县区]定|[省市县区]级|上级)"
                         r"[\u4e00-\u9fff]){1,8}任务(?:共|共计)?$")


@per_figure
def is_reference(folded: str, f: Fig) -> bool:
    """A base, change or target: a figure that is not itself the period's value of what is measured."""
    return is_base(folded, f) or is_change(folded, f) or is_target(folded, f)


def cached(doc, name: str, figs: list, build):
    """A per-document result built from the figures once and reused by every rule that asks for it."""
    hit = doc.__dict__.get(name)
    if hit is not None and hit[0] is figs:
        return hit[1]
    value = build()
    doc.__dict__[name] = (figs, value)
    return value


# ---------------------------------------------------------------- figures that are never parts or totals of a sum
# 人均可支配收入29,846元, 平均降水量586毫米, 每千人口床位5.95张, 45元/人: a per-unit value, not an amount that adds up
_PER_UNIT = re.compile(r"人均|户均|亩均|床均|生均|均价|平均|单产|每(?:个|名|位|户|人|亩|千|万|百|十万|平方|公顷|吨|年|天|日|次|人次|件"
                       r"|立方|公里|公斤|千克|斤|头|只|辆|台)")  # (每所学校配备… names a use, not a rate per school)
# 一季度, 第三季度, 上半年, 1-5月, 前三个月, 10月份: a part of the period, not the whole year
_SUB_PERIOD = re.compile(r"[一二三四1-4１-４]季度|上半年|下半年|前[一二三四五六七八九十\d]{1,2}个?月|[一二三四五六七八九十\d]{1,2}月份|"
                         r"\d{1,2}[-—至~]\d{1,2}月")


@per_figure
def is_per_unit(folded: str, f: Fig) -> bool:
    """A per-capita, average or per-unit value (人均…, 平均…, 每千人口…, 元/人): it never adds up with others."""
    return bool("/" in f.unit or ("均" in (lab := label_of(folded, f)) or "每" in lab or "单产" in lab)
                and _PER_UNIT.search(lab))  # (the words it needs first)


@per_figure
def is_sub_period(folded: str, f: Fig) -> bool:
    """A figure for part of the period (一季度…7起, 上半年…, 1-5月…): the text since the last ；or sentence start says so."""
    text = folded[clause_start(folded, f.start, "；;。！？!?\n"):f.start]
    if not ("月" in text or "季度" in text or "半年" in text):
        return False  # (the words it needs)
    m = _SUB_PERIOD.search(text)
    # (岷安市市场监督管理局2021年上半年工作总结: in a half-year report, 上半年 is the period reviewed, no part of it)
    return bool(m) and not (m.group(0) == "上半年" and _HALF_YEAR_TITLE.search(folded, 0, max(0, folded.find("\n", 0, 200))))


_HALF_YEAR_TITLE = re.compile(r"上半年(?:工作)?(?:总结|报告|情况|述职)|半年工作总结")


def sentences_with(doc, folded: str, rx: re.Pattern) -> set[int]:
    """Indices of the sentences the pattern matches in (one scan of the text): a cheap filter that spares the
    figure-by-figure work of a rule in sentences that cannot hold its claim. A match between sentences may add the
    sentence before it: callers treat the set as a superset. Kept per document and pattern (read-only: never change
    it), since several steps filter on the same pattern."""
    kept = doc.__dict__.get("_sentences_with_cache")
    if kept is None or kept[0] is not folded:
        kept = doc.__dict__["_sentences_with_cache"] = (folded, {})
    hit = kept[1].get(rx)
    if hit is None:
        starts = doc._sent_starts if len(getattr(doc, "_sent_starts", ())) == len(doc.sentences) else [
            s.start for s in doc.sentences]
        hit = kept[1][rx] = {bisect.bisect_right(starts, m.start()) - 1 for m in rx.finditer(folded)}
    return hit


def figs_by_sentence(doc, figs: list[Fig]) -> dict[int, list[Fig]]:
    """by_sentence, built once per document and shared by the rules that ask (read-only: never change it)."""
    return cached(doc, "_by_sentence_cache", figs, lambda: by_sentence(figs))


# measure words that count the same things: 人/名/位 are people; 户/家/个 are entities and institutions alike
# (市场主体8,620户，其中企业2,140家、个体工商户6,180户; 医疗卫生机构286个，其中县级医院3家、村卫生室241个)
_COUNT_GROUP = {"名": "人", "位": "人", "家": "户", "个": "户"}


def count_unit_key(g: Fig) -> str:
    """A figure's base unit, with the measure words of one group made one (名 → 人, 家 → 户)."""
    return _COUNT_GROUP.get(g.base_unit, g.base_unit) if g.kind == "count" else g.base_unit


def same_count_unit(a: Fig, b: Fig) -> bool:
    """Same base unit (same_unit), or two measure words that count the same things (干部职工120人 with 党员45名,
    市场主体8,620户 with 企业2,140家): the one notion of compatible units for parts, totals and stocks."""
    ua, ub = a.base_unit, b.base_unit
    if ua != ub:
        if a.kind != "count" or b.kind != "count" or _COUNT_GROUP.get(ua, ua) != _COUNT_GROUP.get(ub, ub):
            return False
    elif not ua:
        return False
    return bool(a.quantity and b.quantity)


ANY_DIGIT = re.compile(r"[\d０-９]")  # a digit, half- or full-width
# the acts of checking a set of things (what a check finds at fault is counted among the things checked)
CHECK_ACTS = re.compile(r"检查|抽查|抽检|稽核|核查|排查|巡查|检测|督查|暗访|走访|审计|评估|考核|检验|监测")
# 党员中，… / 受访者中有… (a whole whose members follow) — not 中心, 中学, 中央, 集中, 高中, 期中, 途中…: the one
# test of "X中" that the share and sum rules use, with one list of exceptions
AMONG_ZHONG = r"(?<![集其期高初空途心家手])中(?![心学小央型等期医国药旬级部专队度])"


def clause_starts(folded: str, positions: list[int], seps: str = CLAUSE_SEP) -> list[int]:
    """clause_start of many offsets at once (the separators looked up once): for a rule that reads the clause of
    every figure."""
    cuts = _separators(folded, seps)
    bisect_left = bisect.bisect_left
    out = []
    for pos in positions:
        i = bisect_left(cuts, pos)
        out.append(cuts[i - 1] + 1 if i else 0)
    return out


# 批均0.15万元, 车均运行维护费1.23万元, 件均, 笔均, 校均, 日均: one character naming the unit counted, then 均 — an
# average per that unit (not 均为/均衡/均等, "all" or "balanced")
_UNIT_AVERAGE = re.compile(r"(?<![平])[批车件笔次单校村店户亩床生人日年月周场台辆吨家企所园院项班箱船架]均(?![衡等匀为是已在有可达超])")


@per_figure
def is_average(folded: str, f: Fig) -> bool:
    """is_per_unit, or an average per unit written X均 (批均, 车均, 件均, 笔均…): never a part of a sum."""
    return is_per_unit(folded, f) or bool("均" in (lab := label_of(folded, f)) and _UNIT_AVERAGE.search(lab))


def tail_shared(a: str, b: str) -> int:
    """How many characters two labels end with in common (家庭农场 of 累计培育家庭农场 and 示范家庭农场)."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def denied(u: str, v: str) -> bool:
    """Does v deny what u names (起诉 / 不起诉, 合格 / 不合格, 批准逮捕 / 不批准逮捕)? Their common ending, two characters
    or more — or one, when v is only its denial (逮捕 / 不捕) — follows 不/未 in v and not in u (饮水不安全问题 / 饮水安全
    人口 end otherwise: one thing from two sides)."""
    k = tail_shared(u, v)
    head = v[:len(v) - k]
    return (k >= 2 or k == 1 and head in ("不", "未")) and head.endswith(("不", "未", "不予")) \
        and not u[:len(u) - k].endswith(("不", "未", "不予"))


def sig_digit_run(norm: Decimal) -> str:
    """The significant digits of a value (its digits, trailing zeros dropped) of 1 or more, read from str(norm) when it is written plainly (12.34, 1200)."""
    s = str(norm)
    plain = s.replace(".", "").replace("-", "")
    if plain.isdigit() and not plain.startswith("0"):  # (no exponent, nothing but digits)
        return plain.rstrip("0")
    return format(norm.normalize(), "f").replace(".", "").replace("-", "").rstrip("0")


def slipped(x: Decimal, y: Decimal) -> bool:
    """Could two values be one number miswritten — the same significant digits (at another magnitude: 万 or a decimal
    point dropped), the same digits in another order, or one digit written otherwise, added or dropped?"""
    da, df = sig_digit_run(abs(x)), sig_digit_run(abs(y))
    if da == df or (len(da) >= 2 and sorted(da) == sorted(df)):
        return True
    if max(len(da), len(df)) < 2 or abs(len(da) - len(df)) > 1:
        return False
    if len(da) == len(df):
        return sum(x != y for x, y in zip(da, df)) == 1
    short, long_ = sorted((da, df), key=len)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def parallel_totals(folded: str, sents: dict, total: Fig, part: Fig) -> bool:
    """Is the total, sentences before its part, one of two or more totals of its unit in clauses side by side (parted
    by ；), each followed by a breakdown of its own in its clause? Parts (and shares) read later may then be of their sum, or of
    either (136件人大代表建议中，主办…、协办…；176件政协提案中，主办…、协办…。从内容看，…)."""
    if total.sent < 0 or part.sent <= total.sent:
        return False
    sfigs = sents.get(total.sent, [])
    heads = []
    for g in sfigs:
        if g.base_unit != total.base_unit or g.kind != total.kind:
            continue
        k = folded.rfind("；", 0, g.start)
        own = [x for x in sfigs if x.start > g.end and x.base_unit == g.base_unit
               and folded.rfind("；", 0, x.start) == k and "；" not in folded[g.end:x.start]]
        if len(own) >= 2 and k == folded.rfind("；", 0, g.start) and all(
                h[1] != k for h in heads):
            heads.append((g, k))
    return len(heads) >= 2 and any(h[0] is total for h in heads)
