"""Impossible dates: 9月31日, 2月30日, 13月5日, 2023-02-30, a range that ends before it starts, and a completed
event dated years after the report's own period. Valid dates give no row (the table is not flooded).
"""
from __future__ import annotations

import re

from .. import schema
from .common import figs_of, in_plan, result

# (neither may follow a digit or a point: _not_after_digit checks that, as a lookbehind at the start of a pattern
# would make re try every position of the text)
_MONTH_DAY = re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]")
# 2023-02-30, 2023.2.30, 2023/02/30: a date in digits with one separator throughout
_NUMERIC_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<sep>[-./])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.])")
_DAYS = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
_PAST = re.compile(r"已|了|完成|召开|举办|开展|印发|出台|成立|启动")
_DIGIT_OR_POINT = re.compile(r"[\d.]")
_DAY_END = re.compile(r"[日号]$")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
_YEAR_WRITTEN = re.compile(r"\d{4}年")


def _not_after_digit(rx: re.Pattern, folded: str):
    """rx.finditer(folded), keeping only matches that do not follow a digit or a point (123月5日 holds no 3月5日)."""
    pos = 0
    while True:
        m = rx.search(folded, pos)
        if m is None:
            return
        if m.start() and _DIGIT_OR_POINT.match(folded, m.start() - 1):
            pos = m.start() + 1
            continue
        yield m
        pos = m.end()


def date_valid(doc, figures) -> list[dict]:
    """Dates → inconsistent rows for days that do not exist or events outside the report's period."""
    folded = doc.folded
    out = []
    covered: set[int] = set()
    for f in figs_of(doc, figures):
        if f.kind == "date" and not f.iso_date and _DAY_END.search(f.text):
            covered.add(f.start)
            out.append(result("date_valid", schema.INCONSISTENT, [f], f.start, f.end, f.text,
                              "no such day in that month", f"{f.text} does not exist; the day or the month is wrong.",
                              f"{f.text}不存在，日期有误。", "impossible date"))
        elif f.kind == "date_range" and "/" in f.iso_date:
            a, b = f.iso_date.split("/")
            if len(a) == len(b) and a > b:
                out.append(result("date_valid", schema.INCONSISTENT, [f], f.start, f.end, f.text,
                                  f"{a} is after {b}", f"The range {f.text} ends before it starts.",
                                  f"{f.text}的结束日期早于开始日期。", "range reversed"))
        elif f.kind == "date" and doc.year and _ISO_DAY.match(f.iso_date):
            y = int(f.iso_date[:4])
            sent = doc.sentences[f.sent].text if f.sent >= 0 else ""
            if y > doc.year + 1 and _YEAR_WRITTEN.search(f.text) and _PAST.search(sent) and not in_plan(folded, doc, f):
                out.append(result("date_valid", schema.INCONSISTENT, [f], f.start, f.end, f.text,
                                  f"{y} is after the report's period ({doc.year})",
                                  f"{f.text} is reported as done but lies after the report's period ({doc.year}); the year is probably mistyped.",
                                  f"{f.text}晚于报告期（{doc.year}年），年份可能有误。", "date outside the report's period"))
    # month or day out of range altogether (13月5日, 6月32日): the figure grammar does not take these
    for m in _not_after_digit(_MONTH_DAY, folded):
        mon, day = int(m.group("m")), int(m.group("d"))
        if m.start() in covered or (1 <= mon <= 12 and 1 <= day <= _DAYS[mon]):
            continue
        if 1 <= mon <= 12 and day <= _DAYS[mon]:
            continue
        if any(r["start"] <= m.start() < r["end"] for r in out):
            continue
        out.append(result("date_valid", schema.INCONSISTENT, [], m.start(), m.end(), doc.text[m.start():m.end()],
                          "no such month or day", f"{doc.text[m.start():m.end()]} is not a date; the month or the day is wrong.",
                          f"{doc.text[m.start():m.end()]}不是有效日期。", "impossible date"))
    for m in _not_after_digit(_NUMERIC_DATE, folded):
        y, mon, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
        if 1 <= mon <= 12 and 1 <= day <= (_DAYS[mon] if mon != 2 else 28 + leap):
            continue
        if any(r["start"] <= m.start() < r["end"] for r in out):
            continue
        text = doc.text[m.start():m.end()]
        out.append(result("date_valid", schema.INCONSISTENT, [], m.start(), m.end(), text, "no such month or day",
                          f"{text} is not a date; the month or the day is wrong.", f"{text}不是有效日期。", "impossible date"))
    return out
