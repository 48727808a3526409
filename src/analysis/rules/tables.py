"""Tables flattened into the text (analysis.tables): each row's rate against its two number columns, the 合计 row
against the rows above it, and a claim that every target was met against the rows of a target table.

    项目名称  预算数  执行数  执行率          执行数/预算数 against 执行率 (share_of_total)
    家庭医生签约（户）  12,000  13,260  110.5%   完成数/目标任务 against 完成率 (target_met)
    指标  上年  本年  增长%                  本年/上年 − 1 against the growth column (growth)
    合计  3,360.40  3,129.45  93.1%      the rows above, less their 其中 rows, add up to it (parts_sum)
"""
from __future__ import annotations

import re
from decimal import Decimal

from .. import schema
from ..tables import STATUS_MET, TARGET_COLUMN as _TARGET, Cell, Row, Table, find_tables, may_hold_tables
from .common import BOUNDS, Fig, figs_of, result, same_unit
from .intervals import Interval, fmt_interval

HUNDRED = Decimal(100)
_RATE = re.compile(r"率|比例|比重|占比|进度|%|增长|增幅|增减|同比")
_GROWTH = re.compile(r"增长|增幅|增减|同比|比上年")
_DENOMINATOR = re.compile(r"预算|目标|计划|任务|指标|上年|去年|基期|应|年初")
_NUMERATOR = re.compile(r"执行|完成|实际|决算|本年|今年|实绩|已|支出数")
# a claim that the targets were met, said of them in so many words, within a report's next sections
_CLAIM_OF_TARGETS = re.compile(r"(?:目标|指标)(?:任务)?[^，,；;。\n\d%]{0,4}(?:均|全部|全面|都)(?:已)?(?:超额)?(?:完成|达到|实现|达标)")
_CLAIM_REACH = 1200
_PLAN_WORDS = re.compile(r"确保|力争|(?<![主需重必])要(?![求点])|将(?!近)|计划|打算|明年|下一步|下步")
_EXCEPT = re.compile(r"除(?P<x>[^，,；;。、外]{2,16})外")
_ALL_MET = re.compile(r"(?:均|全部|全面|都)(?:已)?(?:超额)?(?:完成|达到|实现|达标)|全部超额完成|全面超额完成")


def tables_of(doc) -> list[Table]:
    """The document's tables, found once and kept on it."""
    cached = getattr(doc, "_tables_cache", None)
    if cached is None:
        cached = find_tables(doc.folded) if may_hold_tables(doc.folded) else []
        unit_runs = _unit_run_tables(doc.folded)
        if unit_runs:
            # (the same line read without its 单位 column takes the units for labels: that reading gives way)
            cached = [t for t in cached if not any(u.start <= t.start < u.rows[-1].end for u in unit_runs)] + unit_runs
        cached += _labelled_cell_tables(doc.folded) + _share_line_tables(doc.folded) + slash_header_tables_of(doc)
        doc._tables_cache = cached
    return cached


# 指标 单位 目标值 完成值 完成率 一般公共预算收入 亿元 15.6 16.2 103.8% 实际利用外资 万美元 4200 4530 107.9%: an
# indicator table run together with single spaces, its second column the unit of each row
_UNIT_RUN_HEADER = re.compile(r"(?:(?:主要)?指标(?:名称)?|项目(?:名称)?) (?:计量)?单位 (?P<t>(?:年度)?(?:目标值|目标|计划值|计划|指标值|任务数?)) "
                              r"(?P<a>(?:实际)?完成(?:值|数)?|实际值) ?(?P<r>完成率|完成比例|完成进度)?")
_UNIT_RUN_ROW = re.compile(r" ?(?P<label>[\u4e00-\u9fff][^ \d%]{1,19}) (?P<u>[^ \d%.,，。；;]{1,5}|%) "
                           r"(?P<t>\d[\d,]*(?:\.\d+)?%?) (?P<a>\d[\d,]*(?:\.\d+)?%?)(?: (?P<r>\d+(?:\.\d+)?%))?(?= |$|\n|。)")


def _unit_run_tables(folded: str) -> list[Table]:
    """指标 单位 目标值 完成值 完成率 then rows (label unit target actual rate) apart by single spaces, on one line or
    after the header's line → a table whose rows carry their unit; rows that do not read so end it."""
    if " 单位 " not in folded:
        return []  # a quick test: no unit column in a run of single spaces
    out = []
    for h in _UNIT_RUN_HEADER.finditer(folded):
        names = ["单位", h.group("t"), h.group("a")] + ([h.group("r")] if h.group("r") else [])
        rows, pos = [], h.end()
        while True:
            if folded[pos:pos + 1] == "\n" and not rows:
                pos += 1  # the rows on the lines after the header
            m = _UNIT_RUN_ROW.match(folded, pos)
            if m is None or bool(m.group("r")) != bool(h.group("r")):
                break
            cells = [Cell(m.start(g), m.end(g), m.group(g)) for g in ("u", "t", "a", "r") if m.group(g)]
            rows.append(Row(Cell(m.start("label"), m.end("label"), m.group("label")), cells, unit=m.group("u")))
            pos = m.end()
            if folded[pos:pos + 1] == "\n" and _UNIT_RUN_ROW.match(folded, pos + 1):
                pos += 1  # one row a line
        if len(rows) >= 2:
            out.append(Table(names, rows, start=h.start(), spaced=True))
    return out


# （指标 / 目标值 / 完成值 / 完成率）：年接待读者 35万人次 38.2万人次 109.1%；图书外借 …: a table written into a
# sentence, its header's names apart by slashes, its rows by semicolons (each row label target actual [rate])
_SLASH_HEADER = re.compile(r"(?:主要)?指标(?:名称)? ?[/／] ?(?P<t>(?:年度)?(?:目标值|目标|计划值|计划|任务数?)) ?[/／] ?"
                           r"(?P<a>(?:实际)?完成(?:值|数)?|实际值)(?: ?[/／] ?(?P<r>完成率|完成比例|完成进度))?[）)]?[：:]?")
_SLASH_CELL = r"\d[\d,]*(?:\.\d+)?(?:%|[\u4e00-\u9fff]{1,4})?"
_SLASH_ROW = re.compile(r"[ \n]?(?P<label>[\u4e00-\u9fff][^ \d%；;。，,]{1,19}) (?P<t>" + _SLASH_CELL + r") (?P<a>" + _SLASH_CELL
                        + r")(?: (?P<r>\d+(?:\.\d+)?%))?(?=[；;。]|$)")


def _is_slash_table(folded: str, t: Table) -> bool:
    """Does a table read as slash_header_tables reads one (spaced, no unit column, a slash header where it starts)?"""
    return t.spaced and not any(r.unit for r in t.rows) and _SLASH_HEADER.match(folded, t.start) is not None


def slash_header_tables_of(doc) -> list[Table]:
    """slash_header_tables of the document's text, read once (tables_of and target_met both ask; read-only)."""
    hit = getattr(doc, "_slash_tables_cache", None)
    if hit is None:
        hit = doc._slash_tables_cache = slash_header_tables(doc.folded)
    return hit


def slash_header_tables(folded: str) -> list[Table]:
    """（指标 / 目标值 / 完成值 / 完成率）： then rows (label target actual [rate]) apart by ；→ a table whose columns are
    the header's, in its order; rows not of that shape end it."""
    if "/" not in folded and "／" not in folded:
        return []  # a quick test: no slash, no header of this kind
    out = []
    for h in _SLASH_HEADER.finditer(folded):
        names = [h.group("t"), h.group("a")] + ([h.group("r")] if h.group("r") else [])
        rows, pos = [], h.end()
        while True:
            m = _SLASH_ROW.match(folded, pos)
            if m is None or bool(m.group("r")) != bool(h.group("r")):
                break
            cells = [Cell(m.start(g), m.end(g), m.group(g)) for g in ("t", "a", "r") if m.group(g)]
            rows.append(Row(Cell(m.start("label"), m.end("label"), m.group("label")), cells))
            pos = m.end()
            if folded[pos:pos + 1] not in ("；", ";"):
                break
            pos += 1
        if len(rows) >= 2:
            out.append(Table(names, rows, start=h.start(), spaced=True))
    return out


# 产出指标 改造小区数量 年度指标值22个 实际完成值22个 得分10分: an indicator table exported one row a line, each cell
# written after its column's name (no header line); ≥ before a target is the at-least every target means
_CELL_TARGET = r"(?:年度)?(?:指标值|目标值|计划值)"
_CELL_ACTUAL = r"(?:实际完成值|实际值|完成值)"
_CELL_NUM = r"\d[\d,]*(?:\.\d+)?(?:%|[\u4e00-\u9fff]{1,4}?)?"
_LABELLED_ROW = re.compile(r"(?P<tn>" + _CELL_TARGET + r")[：:]?[ \u3000]*≥?(?P<t>" + _CELL_NUM + r")[ \u3000]+"
                           r"(?P<an>" + _CELL_ACTUAL + r")[：:]?[ \u3000]*(?P<a>" + _CELL_NUM + r")"
                           r"(?:[ \u3000]+(?:得分|分值)[：:]?[ \u3000]*(?P<s>\d+(?:\.\d+)?分))?(?=[ \u3000\n]|$)")
_KIND_LEAD = re.compile(r"^(?:[一二三]级指标[ \u3000]*)?(?:产出|数量|质量|时效|效益|成本|经济|社会|生态|满意度|可持续影响)"
                        r"(?:指标|效益)?[ \u3000]+")
_ROW_LABEL = re.compile(r"[^\s\d：:，,。；;%][^\n\d：:，,。；;%]{1,30}?[ \u3000]+$")


# 基本支出 628万元 占45.5% / 项目支出 784万元 占54.5% / 合计 1,412万元 占100%: a structure table without a header, one
# line a row (label, amount, share), closed by its total
_SHARE_LINE = re.compile(r"^(?P<label>[\u4e00-\u9fff][^\s\d%]{1,15}) (?P<v>\d[\d,]*(?:\.\d+)?[\u4e00-\u9fff]{1,3}) "
                         r"占(?:比)?(?P<p>\d+(?:\.\d+)?%)$", re.M)


def _share_line_tables(folded: str) -> list[Table]:
    """Lines label amount 占share that follow each other and end on a 合计 line → a table (金额, 占比)."""
    if " 占" not in folded:
        return []  # a quick test: no share cell after a space
    tables: list[Table] = []
    run: list[Row] = []
    last_end = -2
    for m in _SHARE_LINE.finditer(folded):
        row = Row(Cell(m.start("label"), m.end("label"), m.group("label")),
                  [Cell(m.start("v"), m.end("v"), m.group("v")), Cell(m.start("p"), m.end("p"), m.group("p"))])
        if m.start() != last_end + 1:
            run = []
        run.append(row)
        last_end = m.end()
        if row.is_total and len(run) >= 3:
            tables.append(Table(["金额", "占比"], list(run), start=run[0].start, spaced=True))
            run = []
    return tables


def table_share_column(doc, figures) -> list[dict]:
    """A share column (占比) of a table closed by its total: each row's amount over the total's against its share
    (share_of_total), and the shares of the rows against 100 (percent_sum)."""
    tables = [t for t in tables_of(doc) if t.columns == ["金额", "占比"] and t.rows[-1].is_total]
    if not tables:
        return []  # most reports: no table of shares
    by_start = {f.start: f for f in figs_of(doc, figures)}
    out = []
    for table in tables:
        total = table.rows[-1]
        tot = by_start.get(total.cells[0].start)
        if tot is None or not tot.norm_interval().bounded:
            continue
        pcts = []
        for row in table.rows[:-1]:
            num, rate = by_start.get(row.cells[0].start), by_start.get(row.cells[1].start)
            if num is None or rate is None or rate.kind != "percent" or not same_unit(num, tot):
                pcts = None
                break
            pcts.append(rate)
            if tot.norm_interval().contains(Decimal(0)):
                pcts = None
                break  # (a total of nothing: no share of it to take)
            got = (num.norm_interval() / tot.norm_interval()).scale(HUNDRED)
            want = rate.pct_interval()
            d = (rate.decimals or 0) + 1
            label = row.label.text
            computed = f"{label}: {num.text} / {tot.text} = {fmt_interval(got, d, '%')}; stated {rate.text} needs {fmt_interval(want, d, '%')}"
            if got.overlaps(want):
                out.append(result("share_of_total", schema.CONSISTENT, [num, tot, rate], row.start, row.end,
                                  f"{label} {rate.text}", computed,
                                  f"Table row {label}: {num.text} of {tot.text} is {fmt_interval(got, d, '%')}, matching {rate.text}.",
                                  f"表中“{label}”行：{num.text}占{tot.text}的{fmt_interval(got, d, '%')}，与所列{rate.text}相符。"))
            else:
                out.append(result("share_of_total", schema.INCONSISTENT, [num, tot, rate], row.start, row.end,
                                  f"{label} {rate.text}", computed,
                                  f"Table row {label}: {num.text} of {tot.text} is {fmt_interval(got, d, '%')}, not the stated {rate.text}.",
                                  f"表中“{label}”行：{num.text}占{tot.text}的{fmt_interval(got, d, '%')}，与所列{rate.text}不符，应核对。",
                                  "table share does not match its cells"))
        if not pcts:
            continue
        acc = pcts[0].pct_interval()
        for p in pcts[1:]:
            acc = acc + p.pct_interval()
        plus = " + ".join(p.text for p in pcts)
        computed = f"{plus} = {fmt_interval(acc, 1, '%')}"
        t_rate = by_start.get(total.cells[1].start)
        ids = pcts + ([t_rate] if t_rate is not None else [])
        span_end = total.end
        if acc.contains(HUNDRED):
            out.append(result("percent_sum", schema.CONSISTENT, ids, total.cells[1].start, span_end, plus, computed,
                              "The table's shares add up to 100%.", "表中各项占比合计为100%。"))
        else:
            out.append(result("percent_sum", schema.INCONSISTENT, ids, total.cells[1].start, span_end, plus, computed,
                              "The table's shares do not add up to 100%.", "表中各项占比之和不为100%，应核对。",
                              "shares do not sum to 100"))
    return out


def _labelled_cell_tables(folded: str) -> list[Table]:
    """Rows of an indicator table whose cells carry their column names (改造小区数量 年度指标值22个 实际完成值22个
    得分10分), one after another (the text may run them onto one line) → one table of the rows that follow each
    other; each row's label is what stands between the row before (or the line's start) and its first cell."""
    if "完成值" not in folded and "实际值" not in folded:
        return []  # a quick test: no cell of what was done
    tables: list[Table] = []
    last_end = -10
    for m in _LABELLED_ROW.finditer(folded):
        lo = max(folded.rfind("\n", 0, m.start()) + 1, last_end if m.start() - last_end < 40 else 0)
        lab = _ROW_LABEL.search(folded, lo, m.start())
        if lab is None or lab.start() < lo:
            continue
        words = lab.group(0).rstrip(" \u3000")
        lead = _KIND_LEAD.match(words)
        lab0 = lab.start() + (lead.end() if lead else 0)
        label = Cell(lab0, lab.start() + len(words), folded[lab0:lab.start() + len(words)])
        row = Row(label, [Cell(m.start(g), m.end(g), m.group(g)) if m.group(g) else None for g in ("t", "a", "s")])
        if tables and folded[last_end:lab.start()].strip(" \u3000\n") == "":
            tables[-1].rows.append(row)
        else:
            tables.append(Table([m.group("tn"), m.group("an"), "得分"], [row], start=lab.start(), spaced=True))
        last_end = m.end()
    return tables


_SHARE_COL = re.compile(r"占比|比重|构成|份额|占")
_REAL_ROW = re.compile(r"生产总值|GDP|增加值")  # (their growth is at constant prices: the current levels cannot check it)


def _columns(table: Table, rate_col: int) -> tuple[int, int] | None:
    """The (denominator, numerator) columns a rate column is computed from, by their names; failing names, the two
    columns just before a 率 column when they count the same thing (项目  计划  实际  率). A share column (占比,
    比重) divides by a column's total, not by another column: never two columns."""
    name = table.columns[rate_col] if rate_col < len(table.columns) else ""
    if _SHARE_COL.search(name):
        return None
    nums = [i for i in range(rate_col) if not _RATE.search(table.columns[i])]
    den = [i for i in nums if _DENOMINATOR.search(table.columns[i])]
    num = [i for i in nums if _NUMERATOR.search(table.columns[i]) and i not in den]
    if len(den) == 1 and len(num) == 1:
        return den[0], num[0]
    years = [(y, i) for y, i in table.year_columns() if i in nums]
    if not den and not num and len(years) == 2 and years[0][0] != years[1][0] and _GROWTH.search(name):
        # 指标名称 单位 2022年 2021年 增减（%）: the growth of the later year's column over the earlier's
        (_, den_col), (_, num_col) = sorted(years)
        return den_col, num_col
    if len(nums) >= 2 and not den and not num and "率" in name and table.rows:
        a, b = nums[-2], nums[-1]
        row = table.rows[0]
        if table.unit_of(row, a) == table.unit_of(row, b):
            return a, b
    return None


def table_rates(doc, figures) -> list[dict]:
    """Each row's rate cell against the two number cells it is computed from."""
    figs = figs_of(doc, figures)
    by_start = {f.start: f for f in figs}
    out = []
    for table in tables_of(doc):
        for rc, name in enumerate(table.columns):
            if not _RATE.search(name):
                continue
            cols = _columns(table, rc)
            if cols is None:
                continue
            growth = bool(_GROWTH.search(name))
            rule = "growth" if growth else "target_met" if _TARGET.search(table.columns[cols[0]]) else "share_of_total"
            by_years = growth and {c for _, c in table.year_columns()} >= set(cols)
            for row in table.rows:
                if by_years and (row.unit == "%" or _REAL_ROW.search(row.label.text)):
                    continue  # 城镇化率 % 65.2 64.1 1.1: a change in points; 地区生产总值: a real rate (constant prices)
                cells = [row.cells[cols[0]], row.cells[cols[1]], row.cells[rc]]
                if any(c is None for c in cells) or not (cells[2].is_percent or table.unit_of(row, rc) == "%"):
                    continue  # (a bare rate under a column named in percent, 增减（%）, is a percent)
                # (低保动态管理率 95% 96.4% 101.5%: a level against its target level, in a table written into a sentence)
                if any(c.is_percent for c in cells[:2]) and not (
                        rule == "target_met" and all(c.is_percent for c in cells[:2]) and _is_slash_table(doc.folded, table)):
                    continue
                den, num, rate = (by_start.get(c.start) for c in cells)
                if den is None or num is None or rate is None:
                    continue
                row_out = _judge_rate(rule, row, table, rc, cols, den, num, rate, growth)
                if row_out:
                    out.append(row_out)
    out += table_share_column(doc, figures)  # (a table of shares: read with the rates, its own rules on its rows)
    return out


def table_targets_reached(doc, figures) -> list[dict]:
    """A target table with no rate column (指标名称  年度目标值  实际完成值): a row at or above its target is a
    consistent target_met row; a row below claims nothing by itself (the text may say why) — unless its 完成情况 cell
    says met and its target cell writes its bound (不少于3.2万人 2.95万人 已完成: inconsistent)."""
    figs = figs_of(doc, figures)
    by_start = {f.start: f for f in figs}
    out = []
    for table in tables_of(doc):
        rates = [i for i, name in enumerate(table.columns) if _RATE.search(name)]
        if rates and not (len(rates) == 1 and rates[0] == len(table.columns) - 1 and table.spaced):
            continue  # table_rates judges rows that have a rate
        # a single-spaced table ending in its 完成率 column: the rows with a dash for their rate (13.8% —) are
        # judged here, those with a rate by table_rates
        cols = _columns(table, rates[0] if rates else len(table.columns))
        if cols is None or not _TARGET.search(table.columns[cols[0]]):
            continue
        for row in table.rows:
            cells = [row.cells[cols[0]], row.cells[cols[1]]]
            if any(c is None for c in cells) or rates and row.cells[rates[0]] is not None:
                continue
            target, done = (by_start.get(c.start) for c in cells)
            if target is None or done is None:
                continue
            t_iv, d_iv = target.norm_interval(), done.norm_interval()
            ceiling = t_iv.low is None and t_iv.high is not None  # (15%以内)
            if ceiling:
                reached = d_iv.high is not None and d_iv.high <= t_iv.high
                surely_missed = d_iv.low is not None and d_iv.low > t_iv.high
            else:
                surely_missed = d_iv.below(t_iv)
                reached = not surely_missed
            if surely_missed and row.status is not None and STATUS_MET.fullmatch(row.status.text) \
                    and target.qualifier in BOUNDS:
                # (only a bound written in the cell says which way the row is wanted: 企业开办时间 1个工作日 0.5个工作日
                # 已完成 and 城镇调查失业率 5.5% 5.1% 已完成 are met by staying under a bare target)
                # 门诊慢特病待遇保障人数 不少于3.2万人 2.95万人 已完成: the row's own status says met, its numbers do not
                out.append(_status_row(row, target, done, ceiling))
                continue
            if not reached:
                continue  # (a row below its target claims nothing by itself: the text may say why; nor a ceiling passed)

            label = row.label.text
            out.append(result("target_met", schema.CONSISTENT, [target, done], row.start, row.end,
                              f"{label} {done.text}; target {target.text}",
                              f"{done.text} {'≤' if ceiling else '≥'} target {target.text}",
                              f"Table row {label}: {done.text} {'stays within' if ceiling else 'reaches'} the target {target.text}.",
                              f"表中“{label}”行：{done.text}{'控制在目标' if ceiling else '达到目标'}{target.text}{'以内' if ceiling and '以内' not in target.text else ''}。"))
    return out


def _status_row(row: Row, target: Fig, done: Fig, ceiling: bool) -> dict:
    """A target table's row marked met (完成情况 已完成) whose result misses its target → an inconsistent target_met."""
    label, status = row.label.text, row.status.text
    sign = ">" if ceiling else "<"
    return result("target_met", schema.INCONSISTENT, [target, done], row.start, row.end,
                  f"{label} {done.text}; target {target.text}; {status}", f"{done.text} {sign} target {target.text}",
                  f"Table row {label} is marked {status}, but {done.text} {'exceeds the ceiling' if ceiling else 'falls short of the target'} {target.text}.",
                  f"表中“{label}”行标为“{status}”，但{done.text}{'超出上限' if ceiling else '未达到目标'}{target.text}。",
                  "claimed met, not met")


def _judge_rate(rule: str, row: Row, table: Table, rc: int, cols, den: Fig, num: Fig, rate: Fig, growth: bool) -> dict | None:
    d_iv, n_iv, want = den.set_interval() if rule == "target_met" else den.norm_interval(), num.norm_interval(), rate.pct_interval()
    if want is None or not (d_iv.bounded and n_iv.bounded) or d_iv.contains(Decimal(0)):
        return None
    got = (n_iv / d_iv).scale(HUNDRED)
    if growth:
        got = got - Interval.point(HUNDRED)
    d = (rate.decimals or 0) + 1
    label = row.label.text
    what = f"({num.text} − {den.text}) / {den.text}" if growth else f"{num.text} / {den.text}"
    got_txt = fmt_interval(got, d, "%")
    computed = f"{label}: {what} = {got_txt}; stated {rate.text} needs {fmt_interval(want, d, '%')}"
    head = f"{table.columns[cols[1]]}/{table.columns[cols[0]]}"
    ok = got.overlaps(want)
    if ok:
        en = f"Table row {label}: {head} is {got_txt}, matching the stated {rate.text}."
        zh = f"表中“{label}”行：{head}为{got_txt}，与所列{rate.text}相符。"
        verdict, cause = schema.CONSISTENT, ""
    else:
        en = f"Table row {label}: {head} is {got_txt}, not the stated {rate.text}; a cell is wrong."
        zh = f"表中“{label}”行：{head}为{got_txt}，与所列{rate.text}不符，应核对该行数据。"
        verdict, cause = schema.INCONSISTENT, "table rate does not match its cells"
    return result(rule, verdict, [den, num, rate], row.start, row.end, f"{label} {rate.text}", computed, en, zh, cause)


def table_totals(doc, figures) -> list[dict]:
    """A 合计 row against the sum of the rows above it (其中 rows left out), column by column."""
    figs = figs_of(doc, figures)
    by_start = {f.start: f for f in figs}
    out = []
    for table in tables_of(doc):
        above: list[Row] = []
        for row in table.rows:
            if not row.is_total:
                if not row.is_sub:
                    above.append(row)
                continue
            row_out = _judge_total(table, row, above, by_start)
            if row_out:
                out.append(row_out)
            above = []
        row_out = _prose_total(doc, table, figs, by_start)
        if row_out:
            out.append(row_out)
    return out


_AFTER_TOTAL = re.compile(r"(?:以上|上述)(?P<n>[一二两三四五六七八九十\d]{1,3})(?:个|项|家|类|条|所)?[^，。；\n]{0,20}?"
                          r"(?:共|合计|累计|总计|共计)(?P<what>[^，。；\n\d]{0,12})")


def _prose_total(doc, table: Table, figs: list[Fig], by_start: dict) -> dict | None:
    """以上三个重点项目年度共完成投资13,280万元 after the table: the column its words name, summed over the rows."""
    from ..numerals import parse_number

    end = max(r.end for r in table.rows)
    folded = doc.folded
    m = _AFTER_TOTAL.match(folded, end + 1)
    if not m:
        return None
    n = parse_number(m.group("n"))
    rows = [r for r in table.rows if not r.is_total and not r.is_sub]
    if n is None or int(n[0]) != len(rows):
        return None
    stated = next((f for f in figs if f.start == m.end()), None)
    if stated is None or not stated.quantity:
        return None
    words = {m.group("what")[i:i + 2] for i in range(len(m.group("what")) - 1)}
    overlap = {c: len(words & {name[i:i + 2] for i in range(len(name) - 1)})
               for c, name in enumerate(table.columns) if not _RATE.search(name)}
    best = max(overlap.values(), default=0)
    cols = [c for c, k in overlap.items() if k == best]
    if best == 0 or len(cols) != 1:
        return None  # the words name no column, or two equally
    cells = [r.cells[cols[0]] for r in rows]
    ps = [by_start.get(c.start) for c in cells if c is not None]
    if len(ps) != len(rows) or None in ps or not all(p.base_unit == stated.base_unit for p in ps):
        return None
    acc = ps[0].norm_interval()
    for p in ps[1:]:
        acc = acc + p.norm_interval()
    shown = fmt_interval(acc.scale(1 / stated.multiplier), stated.decimals or 0)
    computed = f"{table.columns[cols[0]]}: {' + '.join(p.text for p in ps)} = {shown}; stated {stated.text}"
    start = end + 1
    if acc.overlaps(stated.norm_interval()):
        en = f"The {len(ps)} rows of the table add up to {shown}, matching the stated {stated.text}."
        zh = f"表中{len(ps)}行合计{shown}，与所述{stated.text}相符。"
        return result("parts_sum", schema.CONSISTENT, ps + [stated], start, stated.end, stated.text, computed, en, zh)
    en = f"The {len(ps)} rows of the table add up to {shown}, not the stated {stated.text}."
    zh = f"表中{len(ps)}行合计{shown}，与所述{stated.text}不符。"
    return result("parts_sum", schema.INCONSISTENT, ps + [stated], start, stated.end, stated.text, computed, en, zh,
                  "total after the table does not match its rows")


def _judge_total(table: Table, total: Row, parts: list[Row], by_start: dict) -> dict | None:
    if len(parts) < 2:
        return None
    used, lines, bad = [], [], []
    for col, cell in enumerate(total.cells):
        if cell is None or cell.is_percent or _RATE.search(table.columns[col] if col < len(table.columns) else ""):
            continue
        cells = [r.cells[col] for r in parts]
        if any(c is None for c in cells):
            continue
        t = by_start.get(cell.start)
        ps = [by_start.get(c.start) for c in cells]
        if t is None or None in ps:
            continue
        acc = ps[0].norm_interval()
        for p in ps[1:]:
            acc = acc + p.norm_interval()
        want = t.norm_interval()
        if not acc.bounded:
            continue
        scale = 1 / t.multiplier
        shown = fmt_interval(acc.scale(scale), t.decimals or 0)
        lines.append(f"{table.columns[col]}: {' + '.join(p.text for p in ps)} = {shown}, stated {t.text}")
        used += ps + [t]
        if not acc.overlaps(want):
            bad.append(table.columns[col])
    if not lines:
        return None
    computed = "; ".join(lines)
    label = total.label.text
    if bad:
        en = f"Table row {label}: the rows above do not add up to it in {', '.join(bad)}; a cell or the total is wrong."
        zh = f"表中“{label}”行：{('、'.join(bad))}栏各行合计与总数不符，应核对。"
        return result("parts_sum", schema.INCONSISTENT, used, total.start, total.end, label, computed, en, zh,
                      "table total does not match its rows")
    en = f"Table row {label}: the rows above add up to it in every column."
    zh = f"表中“{label}”行：各栏合计均与上方各行之和相符。"
    return result("parts_sum", schema.CONSISTENT, used, total.start, total.end, label, computed, en, zh)


def _names_row(words: str, row: Row) -> bool:
    """Do the words of an exception (除监测设备因供货延迟少装8套外) name this row (安装监测设备（套）)? They share
    a run of three characters or more of its label."""
    label = re.sub(r"[（(][^（）()]*[）)]", "", row.label.text)
    return any(label[i:i + 3] in words for i in range(len(label) - 2))


_INTRODUCES = re.compile(r"(?:具体)?(?:如下|见下表|详见下表|情况如下)?[：:]\s*$")


def _claim_leading(folded: str, start: int) -> str | None:
    """The claim on all targets in the sentence that introduces a table (各项绩效指标均已完成，具体如下：), else None."""
    head = folded[max(0, start - 160):start]
    if not _INTRODUCES.search(head):
        return None
    s0 = max(head.rfind("。"), head.rfind("\n", 0, len(head.rstrip())), head.rfind("；"))
    sentence = head[s0 + 1:]
    m = _CLAIM_OF_TARGETS.search(sentence)
    if m is None or re.search(r"未|没有|尚|基本", sentence[max(0, m.start() - 3):m.end()]) or _PLAN_WORDS.search(sentence):
        return None
    c0 = max(sentence.rfind("，", 0, m.start()), sentence.rfind(",", 0, m.start())) + 1
    return sentence[c0:m.end()].strip()  # (the clause of the claim: 年度设定的各项绩效指标均已完成)


def _rows_claimed_met(table, cols, by_start: dict, claim: str) -> list[dict]:
    """The rows of a table a leading claim says are all met: an inconsistent row for each under its target (a ceiling
    — …以内, ≤ — passed over too); the rows that reach theirs are table_targets_reached's."""
    out = []
    for row in table.rows:
        den_c, num_c = row.cells[cols[0]], row.cells[cols[1]]
        if den_c is None or num_c is None or row.is_total:
            continue
        target, done = by_start.get(den_c.start), by_start.get(num_c.start)
        if target is None or done is None:
            continue
        t_iv, d_iv = target.norm_interval(), done.norm_interval()
        ceiling = t_iv.low is None and t_iv.high is not None
        if not (ceiling or t_iv.high is None):
            continue  # (办结时限 5个工作日 / 漏损率 12%: a bare target may be a floor or a ceiling — only 以上/以内 tell)
        missed = (d_iv.high is None or d_iv.high > t_iv.high) if ceiling else d_iv.below(t_iv)
        if not missed:
            continue
        label = row.label.text
        out.append(result("target_met", schema.INCONSISTENT, [target, done], row.start, row.end,
                          f"{label} {done.text}; target {target.text} ({claim})",
                          f"{done.text} {'>' if ceiling else '<'} target {target.text}",
                          f"The text says every target was met ({claim}), but the table's row {label} gives {done.text} "
                          f"against the target {target.text}.",
                          f"文中称“{claim}”，但表中“{label}”为{done.text}，未达目标{target.text}。",
                          "target claimed met but missed"))
    return out


def table_targets_met(doc, figures) -> list[dict]:
    """全部超额完成 / 各项指标均已完成 said of a target table: every row's result must reach its target."""
    figs = figs_of(doc, figures)
    by_start = {f.start: f for f in figs}
    folded = doc.folded
    out = []
    for table in tables_of(doc):
        cols = None
        for rc, name in enumerate(table.columns + [""]):
            if rc == len(table.columns) or _RATE.search(name):
                cols = _columns(table, rc)
                break
        if cols is None or not _TARGET.search(table.columns[cols[0]]):
            continue
        end = max(r.end for r in table.rows)
        lead = _claim_leading(folded, table.start)
        if lead is not None:
            # 年度设定的各项绩效指标均已完成，具体如下：/ the table: the claim is said of each row in turn — a row under its
            # target is marked where it stands
            out += _rows_claimed_met(table, cols, by_start, lead)
            continue
        para_end = folded.find("\n\n", end)
        window = folded[end:para_end if para_end > 0 else len(folded)][:160]
        m = _ALL_MET.search(window)
        if not m:
            # 四、自评结论 … 各项绩效目标全面完成: a later sentence that says so of the targets (目标/指标) in so many words
            later = _CLAIM_OF_TARGETS.search(folded, end, end + _CLAIM_REACH)
            if later:
                window = folded[end:later.end()]
                m = _ALL_MET.search(window, later.start() - end)
        if not m or re.search(r"未|没有|尚", window[max(0, m.start() - 3):m.start()]):
            continue
        said = end + m.start()
        if _PLAN_WORDS.search(folded, max(folded.rfind("。", end, said), folded.rfind("\n", end, said)) + 1, said):
            continue  # 明年确保各项指标全部完成: a plan, said in its sentence or line
        # 除家长满意度外，其余指标全部完成: the rows named after 除 are left out of the claim
        clause = window[max(window.rfind("。", 0, m.start()), window.rfind("；", 0, m.start())) + 1:m.start()]
        ex = _EXCEPT.search(clause)
        if "除" in clause and not ex:
            continue
        excepted = [row for row in table.rows if ex and _names_row(ex.group("x"), row)]
        if ex and not excepted:
            continue  # 除个别指标外: the rows left out cannot be told
        beyond = "超额" in m.group(0)
        missed, used = [], []
        for row in table.rows:
            den_c, num_c = row.cells[cols[0]], row.cells[cols[1]]
            if den_c is None or num_c is None or row.is_total:
                continue
            if row in excepted:
                continue
            den, num = by_start.get(den_c.start), by_start.get(num_c.start)
            if den is None or num is None:
                continue
            used += [den, num]
            n_iv, d_iv = num.norm_interval(), den.norm_interval()
            # 超额完成 needs more than the target; 完成 needs at least it
            if n_iv.below(d_iv) or (beyond and not d_iv.below(n_iv)):
                missed.append(f"{row.label.text} {num.text} {'≤' if beyond and not n_iv.below(d_iv) else '<'} {den.text}")
        if not used:
            continue
        start, stop = end + m.start(), end + m.end()
        claim = folded[start:stop]
        if missed:
            en = f"The text says every target was met ({claim}), but in the table: {'; '.join(missed)}."
            zh = f"文中称“{claim}”，但表中{'；'.join(missed)}，未达目标。"
            out.append(result("target_met", schema.INCONSISTENT, used, start, stop, claim,
                              "below target: " + "; ".join(missed), en, zh, "target claimed met but missed"))
        else:
            en = f"Every row of the table reaches its target, as the text says ({claim})."
            zh = f"表中各行均达到目标，与“{claim}”相符。"
            out.append(result("target_met", schema.CONSISTENT, used, start, stop, claim,
                              f"{len(used) // 2} rows at or above target", en, zh))
    return out
