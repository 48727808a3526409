"""Impossible dates: 9月31日, 2月30日, 13月5日, 2020年13月底, 2023-02-30, and a range that ends before it starts. Valid dates give
no row (the table is not flooded). A date after the report's year is no error: laws take effect (自2016年3月1日起施行),
contracts run (租期至2019年12月31日) and works are due (约定于…竣工) after the year they were agreed in. A 2月29日 written
without its year is read in the leap year its sentence or heading names (一、2024年工作回顾 in a 2025 report); a range
whose end, written without its year, falls in an earlier month runs into the next year (12月25日至1月5日).
"""
from __future__ import annotations

import calendar
import re

from .. import schema
from .common import figs_of, result

# (neither may follow a digit or a point: _not_after_digit checks that, as a lookbehind at the start of a pattern
# would make re try every position of the text)
_MONTH_DAY = re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]")
# 2023-02-30, 2023.2.30, 2023/02/30: a date in digits with one separator throughout
_DAY_AFTER_MONTH = re.compile(r"月(?P<d>\d{1,2})[日号]")
_NUMERIC_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<sep>[-./])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.])")
_DAYS = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
_DIGIT_OR_POINT = re.compile(r"[\d.]")
_DAY_END = re.compile(r"[日号]$")
_LUNAR = ("农历", "阴历", "夏历")
# 至31日 right after a month and day: the end of a range in the same month (6月28日至31日)
_DAY_ONLY_END = re.compile(r"(?:至|到|—|–|~|-)(?P<d>\d{1,2})[日号]")
# 2020年13月底, 13月份: a month that does not exist, with a year before it or a part of the month after it
_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d年$")
_PART_OF_MONTH = ("底", "末", "份", "初", "上旬", "中旬", "下旬")


def _bad_months(folded: str):
    """(start, end) of every N月 with N not a month (0, 13…), a year before it or a part of the month after it;
    found from 月, which str.find finds fast."""
    i = folded.find("月")
    while i >= 0:
        j = i
        while j > i - 3 and j > 0 and folded[j - 1].isdecimal():
            j -= 1
        if 1 <= i - j <= 2 and not (j and folded[j - 1] in "0123456789.") and not 1 <= int(folded[j:i]) <= 12:
            if folded.startswith(_PART_OF_MONTH, i + 1):
                yield j, i + 1 + next(len(w) for w in _PART_OF_MONTH if folded.startswith(w, i + 1))
            elif _YEAR_BEFORE.search(folded, max(0, j - 5), j):
                yield j - 5, i + 1
        i = folded.find("月", i + 1)


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


def _month_days(folded: str):
    """(start, end, month, day) of every N月N日 whose month is one or two digits not following a digit or a point
    (123月5日 holds no 3月5日); found from 月, which re finds fast, rather than from every digit."""
    for m in _DAY_AFTER_MONTH.finditer(folded):
        i = j = m.start()
        while j > 0 and folded[j - 1].isdecimal():
            j -= 1
        if not 1 <= i - j <= 2 or (j and (folded[j - 1] == "." or folded[j - 1].isdecimal())):
            continue
        yield j, m.end(), int(folded[j:i]), int(m.group("d"))


def _lunar(folded: str, start: int, mon: int, day: int) -> bool:
    """农历2月30日: a month of the lunar calendar has 29 or 30 days, whichever month it is."""
    return 1 <= mon <= 12 and 1 <= day <= 30 and any(w in folded[max(0, start - 6):start] for w in _LUNAR)


_YEAR = re.compile(r"((?:19|20)\d\d)年")
_RANGE_SEP = re.compile(r"至|到|—|–|~|-")
_LAST_YEAR = re.compile(r"过去一年|去年|上年|上一年")


def _leap_year_around(doc, folded: str, f) -> bool:
    """2月29日 written without its year, in a sentence or under a heading whose nearest year is a leap year
    (一、2024年工作回顾 in a 2025年政府工作报告), or after 过去一年 when the year before the report's is one: the
    year the figure was given is not the one it is in."""
    sent = doc.sentence_at(f.start)
    s0 = sent.start if sent is not None else max(0, f.start - 80)
    years = _YEAR.findall(folded, s0, f.start) or _YEAR.findall(doc.section_at(f.start) or "")
    if years:
        return calendar.isleap(int(years[-1]))
    return bool(doc.year and calendar.isleap(doc.year - 1) and _LAST_YEAR.search(folded, s0, f.start))


def date_valid(doc, figures) -> list[dict]:
    """Dates → inconsistent rows for days that do not exist and ranges that end before they start."""
    folded = doc.folded
    out = []
    covered: set[int] = set()
    for f in figs_of(doc, figures):
        if f.kind == "date" and not f.iso_date and _DAY_END.search(f.text):
            covered.add(f.start)
            md = _MONTH_DAY.search(f.text)
            if md and _lunar(folded, f.start, int(md.group("m")), int(md.group("d"))):
                continue
            if f.text.startswith("2月29") and _leap_year_around(doc, folded, f):
                continue
            out.append(result("date_valid", schema.INCONSISTENT, [f], f.start, f.end, f.text,
                              "no such day in that month", f"{f.text} does not exist; the day or the month is wrong.",
                              f"{f.text}不存在，日期有误。", "impossible date"))
        elif f.kind == "date_range" and "/" in f.iso_date:
            a, b = f.iso_date.split("/")
            if len(a) == len(b) and a > b and len(a) >= 7 and b[5:7] < a[5:7] and "年" not in _RANGE_SEP.split(f.text)[-1]:
                continue  # 12月25日至1月5日: an end without its year, in an earlier month, is in the next year
            if len(a) == len(b) and a > b:
                out.append(result("date_valid", schema.INCONSISTENT, [f], f.start, f.end, f.text,
                                  f"{a} is after {b}", f"The range {f.text} ends before it starts.",
                                  f"{f.text}的结束日期早于开始日期。", "range reversed"))
    # month or day out of range altogether (13月5日, 6月32日): the figure grammar does not take these
    for start, end, mon, day in _month_days(folded):
        if mon == 2 and day == 29 and not any(r["start"] <= start < r["end"] for r in out):
            y = _YEAR_BEFORE.search(folded, max(0, start - 5), start)
            if y and not calendar.isleap(int(y.group(0)[:4])) and not _lunar(folded, y.start(), mon, day):  # 2019年2月29日至3月31日: the range's start
                text = doc.text[y.start():end]
                out.append(result("date_valid", schema.INCONSISTENT, [], y.start(), end, text, "no such day in that month",
                                  f"{text} does not exist; the day or the month is wrong.", f"{text}不存在，日期有误。",
                                  "impossible date"))
                continue
        if start in covered or (1 <= mon <= 12 and 1 <= day <= _DAYS[mon]):
            tail = _DAY_ONLY_END.match(folded, end) if 1 <= mon <= 12 and start not in covered else None
            if tail and int(tail.group("d")) > _DAYS[mon] and not _lunar(folded, start, mon, day):
                # 6月28日至31日: a range whose end gives only its day, in the month of its start
                text = doc.text[start:tail.end()]
                out.append(result("date_valid", schema.INCONSISTENT, [], start, tail.end(), text, "no such day in that month",
                                  f"{text}: the month has no day {tail.group('d')}; the day or the month is wrong.",
                                  f"{text}的结束日期不存在，日期有误。", "impossible date"))
            continue
        if 1 <= mon <= 12 and day <= _DAYS[mon]:
            continue
        if any(r["start"] <= start < r["end"] for r in out) or _lunar(folded, start, mon, day):
            continue
        text = doc.text[start:end]
        out.append(result("date_valid", schema.INCONSISTENT, [], start, end, text, "no such month or day",
                          f"{text} is not a date; the month or the day is wrong.", f"{text}不是有效日期。", "impossible date"))
    for start, end in _bad_months(folded):
        if any(r["start"] <= start < r["end"] or start <= r["start"] < end for r in out):
            continue
        text = doc.text[start:end]
        out.append(result("date_valid", schema.INCONSISTENT, [], start, end, text, "no such month",
                          f"{text} is not a date; the month is wrong.", f"{text}不是有效日期。", "impossible date"))
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
