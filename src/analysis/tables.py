"""Tables flattened into text lines, as reports copied out of Word or PDF carry them:

    单位：万元
    项目名称  预算数  执行数  执行率
    基本支出  1,286.40  1,262.15  98.1%
    其中：农田水利建设  860.00  812.60  94.5%
    合计  3,360.40  3,129.45  93.1%

Cells are separated by two or more spaces (or a tab). A table is a header line of names followed by rows that
start with a label and hold numbers. Each number cell takes its unit from its row label (家庭医生签约（户）), its
column name (预算数（万元）), the row's cell under a 单位 column (新增就业  人  3200  3350) or the table's 单位 line,
in that order. Offsets are those of the text.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from .numerals import parse_arabic

_GAP = re.compile(r"[ \u3000]{2,}|\t+")
_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")
_UNIT_LINE = re.compile(r"单位[：:]\s*(?P<unit>[^\s）)，,。；;]{1,6})")
# a number cell with its measure word and an optional bound after it: 3.4万人, 1,800批次, 95%以上, 0起 — or before it
# (不少于186万人, 不低于95%)
_NUMBER_UNIT = re.compile(r"(?:不少于|不低于|不高于|不超过|≥|≤)?(?P<num>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<unit>%|[^\d\s%.,]{1,5}?)"
                          r"(?:以上|以下|以内|及以上|左右)?")
_PAREN = re.compile(r"[（(](?P<unit>[^（）()]{1,6})[）)]\s*$")
_EMPTY = {"-", "—", "——", "/", "－"}
# a column of planned values (年度指标值, 目标任务, 计划数, 考核目标) and one of what was done (实际完成值)
TARGET_COLUMN = re.compile(r"目标|计划|任务|指标值|预期值|考核")
ACTUAL_COLUMN = re.compile(r"实际|完成值")


@dataclass
class Cell:
    start: int
    end: int
    text: str

    @property
    def is_number(self) -> bool:
        """A bare number (1,286.40, 98.1%) or a number with its measure word and bound, as indicator tables write
        their cells (3.4万人, 1,800批次, 95%以上, 10分)."""
        if _NUMBER.fullmatch(self.text):
            return True
        m = _NUMBER_UNIT.fullmatch(self.text)
        return bool(m and _looks_like_unit(m.group("unit")))

    @property
    def is_percent(self) -> bool:
        return self.is_number and self.number.endswith("%")

    @property
    def number(self) -> str:
        """The number as written, without its measure word or bound (95%以上 → 95%)."""
        m = _NUMBER_UNIT.fullmatch(self.text)
        return m.group("num") + ("%" if m.group("unit") == "%" else "") if m and m.group("unit") else self.text

    @property
    def value(self) -> tuple[Decimal, int]:
        """(value, decimals as written) of a number cell; a percent cell gives its number of percent."""
        return parse_arabic(self.number.rstrip("%").lstrip("+"))


@dataclass
class Row:
    label: Cell
    cells: list[Cell | None]  # one per column after the label, None where the row has no value
    unit: str = ""  # the row's cell under a 单位 column (亿元, 人, %), if the table has one
    status: Cell | None = None  # its cell under a 完成情况 column (已完成, 未完成), if the table has one

    @property
    def start(self) -> int:
        return self.label.start

    @property
    def end(self) -> int:
        return max([self.label.end] + [c.end for c in self.cells if c is not None]
                   + ([self.status.end] if self.status is not None else []))

    @property
    def is_total(self) -> bool:
        return bool(re.match(r"(?:合计|总计|小计|共计|总体|全部|汇总)", self.label.text))

    @property
    def is_sub(self) -> bool:
        """其中：农田水利建设 — a part of the row above, not one more row of the sum."""
        return self.label.text.startswith(("其中", "含", "内含"))


@dataclass
class Table:
    columns: list[str]  # the header's names after the label column
    rows: list[Row] = field(default_factory=list)
    unit: str = ""  # from a 单位：万元 line
    start: int = 0
    spaced: bool = False  # cells apart by single spaces: only rows of the header's shape belong to it
    status: bool = False  # a last column of each row's status (完成情况: 已完成 / 未完成), kept apart from the columns

    def unit_of(self, row: Row, col: int) -> str:
        """A cell's unit: its row label's （户）, its column's （万元）, else the table's 单位 line."""
        m = _PAREN.search(row.label.text)
        if m and _looks_like_unit(m.group("unit")):
            return m.group("unit")
        if col < len(self.columns):
            m = _PAREN.search(self.columns[col])
            if m and _looks_like_unit(m.group("unit")):
                return _unit_word(m.group("unit"))
        if row.unit:
            # the row's 单位 cell measures its amounts, not a rate column (增长%, 增速) nor a row of percents
            rate = col < len(self.columns) and _RATE_COLUMN.search(self.columns[col])
            return "" if rate or not _looks_like_unit(row.unit) or row.unit == "%" else row.unit
        return self.unit

    def unit_column(self) -> int | None:
        """The column (after the label) that gives each row its unit: headed 单位 or 计量单位, not 责任单位."""
        for i, name in enumerate(self.columns):
            if _UNIT_COLUMN.fullmatch(name):
                return i
        return None

    def column(self, pattern: str) -> int | None:
        for i, name in enumerate(self.columns):
            if re.search(pattern, name):
                return i
        return None

    def year_columns(self) -> list[tuple[int, int]]:
        """(year, column) of each column named by its year (指标名称 单位 2022年 2021年 增减（%）: 2022 and 2021)."""
        return [(int(m.group(1)), i) for i, name in enumerate(self.columns) if (m := YEAR_COLUMN.fullmatch(name))]

    def year_column(self, year: int | None) -> int | None:
        """Of a table with a column for each of two years or more, the column of the report's year when it is the
        latest, else None."""
        years = self.year_columns()
        if len(years) < 2 or year is None or max(years)[0] != year or len({y for y, _ in years}) != len(years):
            return None
        return max(years)[1]

    def target_and_actual(self) -> tuple[int, int] | None:
        """The columns of an indicator table's planned values (年度指标值, 目标任务) and of what was done after them
        (实际完成值), or None."""
        plan, actual = self.column(TARGET_COLUMN.pattern), self.column(ACTUAL_COLUMN.pattern)
        return (plan, actual) if plan is not None and actual is not None and plan < actual else None


YEAR_COLUMN = re.compile(r"((?:19|20)\d\d)年(?:度|末|底)?")  # a column named by its year (2022年, 2021年末)
_UNIT_COLUMN = re.compile(r"(?:计量)?单位")
_RATE_COLUMN = re.compile(r"%|％|增长|增速|增幅|同比|比上年|率|比重|占比")


def _unit_word(s: str) -> str:
    return s.removeprefix("单位").lstrip("：:")


def _looks_like_unit(s: str) -> bool:
    from .figures import UNITS

    s = _unit_word(s)
    return s in UNITS or (s[:1] in "万亿千" and s[1:] in UNITS) or s in ("%",)


def _header_unit(name: str) -> bool:
    """A column name that carries its unit: 金额（万元）, 总投资（亿元）."""
    m = _PAREN.search(name)
    return bool(m and _looks_like_unit(m.group("unit")))


_NOT_UNIT_CHAR = re.compile(r"\d|[，,。；;：:、（）()]")


def _unit_cell(text: str) -> bool:
    """A cell under a 单位 column: a short measure word (亿元, 人, 万千瓦时, %), no digits."""
    return 1 <= len(text) <= 5 and not _NOT_UNIT_CHAR.search(text)


def _cells(line: str, offset: int) -> list[Cell]:
    """A line → its cells with offsets in the text (leading indentation dropped)."""
    out, pos = [], 0
    stripped = len(line) - len(line.lstrip(" \u3000\t"))
    pos = stripped
    for m in _GAP.finditer(line, stripped):
        if m.start() > pos:
            out.append(Cell(offset + pos, offset + m.start(), line[pos:m.start()]))
        pos = m.end()
    if pos < len(line.rstrip(" \u3000\t")):
        end = len(line.rstrip(" \u3000\t"))
        out.append(Cell(offset + pos, offset + end, line[pos:end]))
    return out


def may_hold_tables(folded: str) -> bool:
    """A cheap test before find_tables: cells apart by two spaces or a tab, a header run together on one line, or rows
    written with commas and a status at their end."""
    # (_SPACED_HINT and _RUN_HEADER both need a space: most texts have none, and the first pattern, a lookbehind first,
    # tries every position of the text)
    spaced = " " in folded
    return "  " in folded or "\t" in folded or "\u3000\u3000" in folded or spaced and bool(_SPACED_HINT.search(folded)) or (
        spaced and ("实际" in folded or "完成值" in folded)) and bool(_RUN_HEADER.search(folded)) or bool(_COMMA_ROW_HINT.search(folded))


def find_tables(folded: str) -> list[Table]:
    """Folded text → the tables in it, each with its header, rows and unit line (read once per text: the extractor and
    the table rules both ask; the tables are not changed by either)."""
    return list(_find_tables(folded))


@functools.lru_cache(maxsize=4)
def _find_tables(folded: str) -> tuple[Table, ...]:
    tables: list[Table] = []
    current: Table | None = None
    unit, unit_age = "", 99
    offset = 0
    comma: Table | None = None  # the table of the lines just read as comma rows
    for line in folded.split("\n"):
        line_start = offset
        offset += len(line) + 1
        row = _comma_row(line, line_start)
        if row is not None:
            # 高血压患者规范管理率，60%以上，57.4%，达标；: one indicator a line — name, target, actual, status — the
            # lines one after another a table
            if comma is None:
                comma = Table(["目标", "实际完成"], start=line_start, status=True)
                tables.append(comma)
            comma.rows.append(row)
            current = None
            continue
        if line.strip():
            comma = None
        cells = _cells(line, offset - len(line) - 1)
        m = _UNIT_LINE.search(line)
        if m:
            unit, unit_age = _unit_word(m.group("unit")), 0
        else:
            unit_age += 1
        values = cells[1:]
        numeric = [c for c in values if c.is_number]
        if numeric and len(cells) >= 3 and all(YEAR_COLUMN.fullmatch(c.text) for c in numeric):
            numeric = []  # a header naming years (指标  单位  2023年  比上年增长): names, not values
        if (len(cells) >= 3 or len(cells) == 2 and _header_unit(cells[1].text)) and not numeric \
                and not cells[0].is_number:
            # a header: names only (项目名称  预算数  执行数  执行率), or one name with its unit (项目  金额（万元）)
            current = Table([c.text for c in values], unit=unit if unit_age <= 2 else "", start=cells[0].start)
            tables.append(current)
            continue
        ucol = current.unit_column() if current is not None else None
        row_unit = values[ucol].text if ucol is not None and ucol < len(values) and _unit_cell(values[ucol].text) \
            else ""
        if current is not None and len(cells) >= 2 and numeric and not cells[0].is_number \
                and all(c.is_number or c.text in _EMPTY or row_unit and i == ucol for i, c in enumerate(values)):
            row_cells: list[Cell | None] = [c if c.is_number and not (row_unit and i == ucol) else None
                                            for i, c in enumerate(values)]
            if len(row_cells) == len(current.columns):
                current.rows.append(Row(cells[0], row_cells, unit=row_unit))
                continue
        if current is not None and current.spaced:
            rows = _read_rows(line, line_start, 0, len(current.columns), strict=True,
                              rate=current.columns[-1] == "完成率", status=current.status)
            if rows:
                current.rows.extend(rows)
                continue
        if line.strip():
            current = None  # prose ends the table
            if _RUN_HEADER.search(line):
                run = _run_together(line, line_start)
                tables.extend(run)
                header = None if run else _SPACED_HEADER.match(line)
                if header:
                    # a header apart by single spaces, its rows on the lines below (指标名称 年度指标值 实际完成值 得分)
                    current = Table(header.group("cols").split(" "), start=line_start, spaced=True,
                                    status=bool(header.group("status")))
                    tables.append(current)
    tables = [t for t in tables if t.rows and not (t.status and not t.spaced and len(t.rows) < 2)]  # (one comma row
    # alone may be prose)
    taken = [(t.start, t.rows[-1].end) for t in tables]
    return tuple(tables + [t for t in single_space_tables(folded)
                           if not any(a <= t.start < b or t.start <= a < t.rows[-1].end for a, b in taken)])


# a table whose cells are apart by single spaces, as Word tables are often copied — one row a line, or all rows run
# together on one line when the copy joined the lines:
#     表1 专项资金到位及使用情况（单位：万元）
#     资金来源 预算数 到位数 支出数 执行率
#     中央补助 320.00 320.00 312.40 97.6%
# a run of k names (the header, k >= 3) and the first row's label, then k - 1 numbers, then more rows of a label and
# k - 1 numbers (or dashes); two rows at least
_NAME_CELL = re.compile(r"[^\d\s，,。；;：:、%“”]{1,12}")
# a header's name may also be a year (2022年, of a column of values) or carry a percent unit (增减（%）, 比上年增长（%）)
_HEAD_CELL = re.compile(_NAME_CELL.pattern + r"|[^\d\s，,。；;：:、%“”（）()]{1,10}[（(]%[）)]|" + YEAR_COLUMN.pattern)
# (a name, one space, a number: the scan only then. Only ever tested for a match: the name's character is a lookbehind,
# so that the engine skips from space to space instead of trying a negated class at every character of the text)
_SPACED_HINT = re.compile(r"(?<=[^\d\s，,。；;：:、%]) [\d０-９]")
_TOKEN = re.compile(r"(?P<cell>[^ \n]+?)[。；;]?(?=[ \n]|$)")  # (a cell with the full stop that ends the table cut off)
_NO_CELL = ("-", "—", "——", "/", "－")


def _year_heading(toks: list[Cell], j: int) -> bool:
    """A year among a header's names (单位 2022年 2021年 增减（%）), not a row's cell of a year (城东污水厂 2020年 5.2
    3.1): what follows it is no number, or another year."""
    if not YEAR_COLUMN.fullmatch(toks[j].text):
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is None or not nxt.is_number or YEAR_COLUMN.fullmatch(nxt.text) is not None


def single_space_tables(folded: str) -> list[Table]:
    """Tables apart by single spaces (see above) → Table objects."""
    if " " not in folded or not _SPACED_HINT.search(folded):  # (the space it needs first: see may_hold_tables)
        return []
    toks = [Cell(m.start(), m.end("cell"), m.group("cell")) for m in _TOKEN.finditer(folded)]
    out: list[Table] = []
    i, n = 0, len(toks)
    while i < n:
        # the run of names from i, then the numbers after it
        j = i
        while j < n and _HEAD_CELL.fullmatch(toks[j].text) and (not toks[j].is_number or _year_heading(toks, j)):
            j += 1
        k_num = j
        while k_num < n and (toks[k_num].is_number or toks[k_num].text in _NO_CELL):
            k_num += 1
        width = k_num - j + 1  # columns after the label: the numbers of the first row
        # a header with a 单位 column (指标名称 单位 2022年 2021年 增减（%）): each row's label, then its unit, then numbers
        united = j - i >= width + 3 and _unit_cell(toks[j - 1].text) and _looks_like_unit(toks[j - 1].text) \
            and _UNIT_COLUMN.fullmatch(toks[j - width - 2].text) is not None
        if united:
            width += 1
            j -= 1
        if j - i < width + 1 or width < 3 or not united and not all(
                _NAME_CELL.fullmatch(c.text) for c in toks[j - width - 1:j]):
            i = max(j + united, i + 1)
            continue
        head = toks[j - width - 1:j - 1]
        span = folded[head[0].start:toks[k_num - 1].end]
        if "  " in span or "\t" in span or folded.count("\n", head[0].start, head[-1].end):
            i = max(j, i + 1)
            continue  # (cells two spaces apart are find_tables' own; a header stands on one line)
        table = Table([c.text for c in head[1:]], start=head[0].start, spaced=True)
        m = _UNIT_LINE.search(folded, max(0, folded.rfind("\n", 0, max(0, folded.rfind("\n", 0, head[0].start)))), head[0].start)
        if m:  # (a 单位：万元 in the caption or the line above the header)
            table.unit = _unit_word(m.group("unit"))
        at = j - 1
        while at + width - 1 < n:
            label, cells = toks[at], toks[at + 1:at + width]
            unit = cells[0].text if united and cells and _unit_cell(cells[0].text) else ""
            if united:
                cells = cells[1:] if unit else []
            if len(cells) != width - 1 - united or not _NAME_CELL.fullmatch(label.text) or label.is_number \
                    or not all(c.is_number or c.text in _NO_CELL for c in cells) or not any(c.is_number for c in cells):
                break
            table.rows.append(Row(label, [None] * united + [c if c.is_number else None for c in cells], unit=unit))
            at += width
        if len(table.rows) >= 2:
            out.append(table)
            i = at
        else:
            i = j
    return out


# an indicator table exported onto one line with single spaces (绩效自评表: 一级指标 二级指标 三级指标 年度指标值 实际完成值
# 得分 产出指标 数量指标 新建社区健身中心 8个 8个 10分 …): its header names a target and an actual column
_RUN_HEADER = re.compile(r"(?:年度)?(?:指标值|目标值|计划值|目标|计划) (?:实际完成值|实际完成|实际值|完成值|完成数)(?: (?:得分|分值))?")
_RUN_ROW = re.compile(r"(?<![^ ])(?P<label>[\u4e00-\u9fff][^ \d]{1,19}) (?P<t>\S+) (?P<a>\S+)(?: (?P<s>\d+(?:\.\d+)?分))?(?= |$)")


# such a header on a line of its own, and its rows below it one a line: 受训学员满意度 90%以上 96.8% 10分
# (a last column of the rows' status — 完成情况 已完成 — read apart from the numbers: 指标名称 年度目标值 实际完成值 完成情况)
_SPACED_HEADER = re.compile(r"[^ \d]{2,8} (?P<cols>" + _RUN_HEADER.pattern + r"(?: 完成率)?)(?: (?P<status>完成情况|是否完成|完成状态))?$")
# a 完成情况 cell: the words saying the row's target was met, and those saying it was not (or only partly)
STATUS_MET = re.compile(r"已完成|完成|超额完成|已达到|达到|达标|已达标|是")
_STATUS_NOT = r"未完成|基本完成|部分完成|未达到|未达标|否"
_STATUS = rf" (?P<st>{STATUS_MET.pattern}|{_STATUS_NOT})"
# the rows of such a header ending in a 完成率 column: the rate, or a dash where the row has none (13.8% —)
_RATE_ROW = re.compile(r"(?<![^ ])(?P<label>[\u4e00-\u9fff][^ \d]{1,19}) (?P<t>\S+) (?P<a>\S+) (?P<s>[+-]?\d+(?:\.\d+)?%|[—－-]+)(?= |$)")
_DASH = re.compile(r"[—－-]+")
# (built from the row patterns above: their one lookahead at the end, (?= |$), must stay their last part)
_STATUS_ROW = re.compile(_RUN_ROW.pattern.replace("(?= |$)", _STATUS + "(?= |$)"))
_STATUS_RATE_ROW = re.compile(_RATE_ROW.pattern.replace("(?= |$)", _STATUS + "(?= |$)"))


# an indicator row written with commas: 居民电子健康档案建档率，90%以上，92.6%，达标；
_COMMA_ROW = re.compile(r"\s*(?P<label>[\u4e00-\u9fff][^，,；;。：:\d]{1,19})[，,](?P<t>[^，,；;。\s]{1,12})[，,]"
                        r"(?P<a>[^，,；;。\s]{1,12})[，,](?P<st>" + STATUS_MET.pattern + "|" + _STATUS_NOT + r")[；;。]?\s*")
_COMMA_ROW_HINT = re.compile(r"[，,](?:" + STATUS_MET.pattern + "|" + _STATUS_NOT + r")[；;。]?\s*(?:\n|$)")


def _comma_row(line: str, offset: int) -> Row | None:
    """A line that is one comma row (its target and actual cells numbers) → that row, else None."""
    if "，" not in line and "," not in line:
        return None
    m = _COMMA_ROW.fullmatch(line)
    if m is None:
        return None
    cells = [Cell(offset + m.start(g), offset + m.end(g), m.group(g)) for g in ("t", "a")]
    if not all(c.is_number for c in cells):
        return None
    return Row(Cell(offset + m.start("label"), offset + m.end("label"), m.group("label")), cells,
               status=Cell(offset + m.start("st"), offset + m.end("st"), m.group("st")))


def _read_rows(line: str, offset: int, pos: int, columns: int, strict: bool, rate: bool = False,
               status: bool = False) -> list[Row] | None:
    """The rows (label, target, actual[, score][, status]) apart by single spaces in a line from pos, each cell a
    number with its measure word. Strict: the whole rest of the line must read as rows (else None); otherwise what does
    not read that way is passed over."""
    rows = []
    while True:
        m = (_STATUS_RATE_ROW if rate else _STATUS_ROW).search(line, pos) if status else \
            (_RATE_ROW if rate else _RUN_ROW).search(line, pos)
        if strict and (m is None and line[pos:].strip(" ") or m is not None and line[pos:m.start()].strip(" ")):
            return None
        if not m:
            return rows
        cells = [Cell(offset + m.start(g), offset + m.end(g), m.group(g)) for g in ("t", "a", "s") if m.group(g)]
        if all(c.is_number or rate and i == 2 and _DASH.fullmatch(c.text) for i, c in enumerate(cells)) \
                and len(cells) == columns:
            row_cells: list[Cell | None] = [None if rate and i == 2 and _DASH.fullmatch(c.text) else c
                                            for i, c in enumerate(cells)]
            st = Cell(offset + m.start("st"), offset + m.end("st"), m.group("st")) if status else None
            rows.append(Row(Cell(offset + m.start("label"), offset + m.end("label"), m.group("label")), row_cells, status=st))
            pos = m.end()
        elif strict:
            return None
        else:
            pos = m.start("label") + len(m.group("label").split(" ")[0]) + 1


def _run_together(line: str, offset: int) -> list[Table]:
    """A table run together on one line → a table of its rows (label, target, actual[, score]); rows that do not
    read that way are left out."""
    h = _RUN_HEADER.search(line)
    names = h.group(0).split(" ")
    table = Table(names, start=offset + h.start())
    table.rows = _read_rows(line, offset, h.end(), len(names), strict=False)
    return [table] if table.rows else []
