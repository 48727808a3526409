"""Anniversaries of events of record → external checks.

新中国成立60周年 in a report on 2019 counts ten years short: the People's Republic was founded on 1949-10-01, so 2019 is
its 70th anniversary. The dates of a few dozen national events are facts no report restates; they are kept here, each
with its date of record, and a stated anniversary is judged against the year it falls in — a year written in the same
sentence (2024年是…成立75周年) exactly, else the report's year give or take one (a summary is written early the next year
and names the coming year's anniversaries; a report on a year looks back on the last one). Rows are `external`: the
number is checked against a fact from outside the text, cited in `source`.
"""
from __future__ import annotations

import re

from .. import schema
from ..numerals import parse_number
from .common import Fig, figs_of, result

# (the event's names, the year, the date of record) — national events only: a county's or a company's founding
# (县政协成立60周年, 公司成立30周年) is not known here
_EVENTS: tuple[tuple[str, int, str], ...] = (
    (r"(?:新中国|中华人民共和国|共和国)成立|建国", 1949, "1949-10-01 中华人民共和国成立"),
    (r"中国共产党(?:成立|诞生)|建党", 1921, "1921-07-01 中国共产党成立"),
    (r"中国人民解放军建军|建军", 1927, "1927-08-01 中国人民解放军建军"),
    (r"改革开放|十一届三中全会(?:召开)?", 1978, "1978-12-18 十一届三中全会召开，改革开放开始"),
    (r"五四运动", 1919, "1919-05-04 五四运动"),
    (r"辛亥革命", 1911, "1911-10-10 辛亥革命武昌起义"),
    (r"(?:中国人民)?抗日战争(?:暨世界反法西斯战争)?胜利|抗战胜利|世界反法西斯战争胜利", 1945, "1945-09-03 抗日战争胜利"),
    (r"(?:红军)?长征胜利", 1936, "1936-10-22 红军长征胜利"),
    (r"香港回归(?:祖国)?", 1997, "1997-07-01 香港回归"),
    (r"澳门回归(?:祖国)?", 1999, "1999-12-20 澳门回归"),
    (r"西藏和平解放", 1951, "1951-05-23 西藏和平解放"),
    (r"(?:人民政协|中国人民政治协商会议)成立", 1949, "1949-09-21 中国人民政治协商会议第一届全体会议"),
    (r"全国人民代表大会成立|人民代表大会制度(?:建立|确立)", 1954, "1954-09-15 第一届全国人民代表大会第一次会议"),
    (r"(?:中国人民志愿军)?抗美援朝(?:出国作战)?", 1950, "1950-10-25 中国人民志愿军抗美援朝出国作战"),
    (r"(?:中国共产主义青年团|共青团)成立", 1922, "1922-05-05 中国社会主义青年团第一次全国代表大会"),
    (r"向雷锋同志学习”?(?:的)?题词|为雷锋同志题词", 1963, "1963-03-05 《人民日报》刊登毛泽东“向雷锋同志学习”题词"),
    (r"毛泽东(?:同志)?诞辰", 1893, "1893-12-26 毛泽东诞辰"),
    (r"邓小平(?:同志)?诞辰", 1904, "1904-08-22 邓小平诞辰"),
    (r"周恩来(?:同志)?诞辰", 1898, "1898-03-05 周恩来诞辰"),
    (r"内蒙古自治区成立", 1947, "1947-05-01 内蒙古自治区成立"),
    (r"新疆维吾尔自治区成立", 1955, "1955-10-01 新疆维吾尔自治区成立"),
    (r"广西壮族自治区成立", 1958, "1958-03-05 广西壮族自治区成立"),
    (r"宁夏回族自治区成立", 1958, "1958-10-25 宁夏回族自治区成立"),
    (r"西藏自治区成立", 1965, "1965-09-01 西藏自治区成立"),
    (r"深圳经济特区(?:建立|成立)", 1980, "1980-08-26 深圳经济特区建立"),
    (r"浦东开发开放", 1990, "1990-04-18 浦东开发开放"),
)
_NUM = r"(?P<n>\d{1,3}|[一二三四五六七八九十百零〇两]{1,5})"
_ANNIVERSARY = re.compile("|".join(f"(?P<e{i}>{rx})" for i, (rx, _, _) in enumerate(_EVENTS)))
_COUNT_AFTER = re.compile(r"(?:纪念日)?" + _NUM + r"(?:周年|华诞)|(?P<hundred>百年)(?!未有|大计|老店|历史)")
# the year the sentence says the anniversary falls in: 2024年是… / 2021年恰逢… (a year that only dates an act does not)
_YEAR_SAID = re.compile(r"((?:19|20)\d\d)年(?=是|为|适逢|正值|恰逢|迎来)")
# a sentence that looks ahead to the event or back over several years, or plans (迎接建党100周年, 过去五年…庆祝…,
# 将巩固…活动成果): the anniversary is not the year's own
_NOT_THE_YEARS = re.compile(r"迎接|喜迎|筹备|准备|前夕|过去[两三四五六七八九十\d]年|[两三四五六七八九十\d]年来|以来|期间|(?<!即)将(?!近)|(?<![主重需必])要(?![求点素])|巩固|成果")
_NEXT_YEAR = re.compile(r"明年|来年|下一年|新的一年")
_LAST_YEAR = re.compile(r"去年|上年|上一年")
# 县政协成立 / 市建党: a place's own body is no national event
_LOCAL = re.compile(r"[省市县区州旗镇乡村校院司厂局委]$")


def anniversaries(doc, figures) -> list[dict]:
    """A stated anniversary of a national event (新中国成立60周年, 建党95周年, 改革开放40周年) → an external row: the year
    it falls in less the event's year against the number stated."""
    text = doc.folded
    if "周年" not in text and "华诞" not in text and "百年" not in text:
        return []
    figs = None
    out = []
    for m in _ANNIVERSARY.finditer(text):
        c = _COUNT_AFTER.match(text, m.end())
        if c is None or _LOCAL.search(text, max(0, m.start() - 1), m.start()):
            continue
        k = int(m.lastgroup[1:])
        _, year0, record = _EVENTS[k]
        if c.group("hundred"):
            n = 100
        else:
            p = parse_number(c.group("n"))
            if p is None or p[0] != int(p[0]) or p[0] <= 0:
                continue
            n = int(p[0])
        sent = doc.sentence_at(m.start())
        s0 = sent.start if sent is not None else 0
        if _NOT_THE_YEARS.search(text, s0, sent.end if sent is not None else c.end()):
            continue
        said = [int(y) for y in _YEAR_SAID.findall(text, s0, m.start())]
        if said:
            years, exact = [said[-1]], True
        elif doc.year:
            lead = text[s0:m.start()]
            base = doc.year + (1 if _NEXT_YEAR.search(lead) else -1 if _LAST_YEAR.search(lead) else 0)
            years, exact = [base, base + 1, base - 1], False
        else:
            continue
        if figs is None:
            figs = figs_of(doc, figures)
        used = [f for f in figs if f.start < c.end() and m.end() <= f.end]
        ok = year0 + n in years
        y = year0 + n if ok else years[0]
        right = y - year0
        name = m.group(0)
        stated = f"{name}{c.group(0)}"
        when = f"in {y}" if exact else f"in {years[0]} ± 1 (the year the report is on{', as the sentence shifts it' if years[0] != doc.year else ''})"
        computed = f"{year0} + {n} = {year0 + n}; {when}: the {_ordinal(years[0] - year0)} anniversary" + (
            "" if exact or years[0] == y else f" (the {_ordinal(right)} in {y})")
        source = f"{record} (date of record)"
        if ok:
            en = f"{name} dates from {year0}; {year0 + n} is its {_ordinal(n)} anniversary, as the text says."
            zh = f"{name}于{year0}年，{year0 + n}年为{n}周年，与文中表述一致。"
            verdict, cause = schema.CONSISTENT, ""
        else:
            en = f"{name} dates from {year0}, so {y} is its {_ordinal(right)} anniversary, not the {_ordinal(n)}."
            zh = f"{name}于{year0}年，{y}年应为{right}周年，文中写作{n}周年。"
            verdict, cause = schema.INCONSISTENT, "anniversary miscounted"
        out.append(result("external", verdict, used, m.start(), c.end(), stated, computed, en, zh, cause, source))
    return out


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
