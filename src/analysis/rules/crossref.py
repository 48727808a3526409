"""The same metric, scope and period stated twice in one report: consistent when the values agree, inconsistent
when they cannot both hold.

Conservative on purpose (a false alarm costs more than a miss): the metric must be named right before both figures and be
specific (three characters or more, not 企业 or 资金); the scope (new this year, last year, cumulative or stock), the
place (全县 vs 全市) and the period (the years in the sentence) must agree; plans, bases, targets, ranges, sub-periods
(国庆期间, 上半年, 3月至5月) and qualified figures that could agree are left alone.

A conflict is read from one of these kinds of evidence:
- the same metric word before both figures (国家级高新技术企业98家 … 96家);
- the same characters naming it in another order or with time and completion words dropped (刑事案件立案 /
  全年立刑事案件; 其中市本级 after a total of 审计项目 / 市本级全年完成审计（调查）项目);
- two neighbouring digits swapped (4,860 / 4,680个) under names where the shorter reads inside the longer;
- the noun after the count (交由43个承办单位 / 45个承办单位), the units of a place (下辖社区11个 / 全街道12个社区),
  a back-reference (共完成审计项目46个 / 上述48个审计项目), a share in words and then exactly (近一半，达47.8%).
Restatements with one value get a consistent row (_restated).
"""
from __future__ import annotations

import re
from decimal import Decimal

from .. import schema
from .common import (CLAUSE_SEP, Fig, clause_end, clause_start, figs_of, in_plan, is_reference, is_sub_period, label_of,
                     paragraph_start, per_figure, result)

_LINK = re.compile(r"^(?:达到|达|为|是|共|共计|合计|累计|完成|实现|约|近|超过|有|总额|总量)*$")
_SCOPE_LEAD = re.compile(r"^(?:全市|全县|全区|全省|全州|全旗|全镇|全乡|全年|今年|当年|年内|本年)+")
_NEW = re.compile(r"新增|新建|新批|新登记|新认定|新培育|新引进|新签约|当年|今年|年内|本年|全年")
_PREV = re.compile(r"上年|去年|上年同期|同期|年初|上年底|去年底")
_CUM = re.compile(r"累计|截至|截止|总数|目前|现有|实有|共有")
_ORG = re.compile(r"本级|本部门|机关|局机关|我局|本局|市直|系统内")
_SUBPERIOD = re.compile(r"期间|上半年|下半年|季度|[一二三四]季度|黄金周|月份|月至|月到|月底前|节日|活动中|活动期间|会上|会期")
_GENERIC = {"企业", "资金", "经费", "项目", "人员", "同志", "干部", "群众", "单位", "家庭", "人次", "户数", "资金总量",
            "投资", "收入", "支出", "金额", "总额", "面积", "数量", "工作", "活动", "目前", "总数", "其中"}


def _key(doc, folded: str, f: Fig) -> tuple | None:
    """A figure → (metric, scope, period, unit) when it names its metric plainly, else None."""
    if not f.quantity or f.value_high is not None or in_plan(folded, doc, f) or is_reference(folded, f):
        return None  # 为调整预算12.30亿元的103.1%: a budget, base or target is named for what it measures against
    metric = f.metric
    if not metric:
        return None
    cs = clause_start(folded, f.start)
    label = folded[cs:f.start]
    k = label.rfind(metric)
    if k < 0 or not _LINK.match(label[k + len(metric):]):
        return None
    stop = k + len(metric)
    while k > 0 and label[k - 1].isascii() and label[k - 1].isalnum():
        k -= 1  # 3A级景区, 10亿元以上项目: the grade or threshold belongs to the metric
    core = _SCOPE_LEAD.sub("", label[k:stop])
    if len(core) < 3 or core in _GENERIC:
        return None
    s0 = doc.sentences[f.sent].start if f.sent >= 0 else f.start
    before = folded[s0:f.start]
    if _SUBPERIOD.search(before) or re.search(r"\d{1,2}月\d{0,2}日?", before):
        return None
    scope = "stock" if _CUM.search(label) else "new" if _NEW.search(label) else "prev" if _PREV.search(label) else "stock"
    org = "own" if _ORG.search(before) else "all"
    years = re.findall(r"((?:19|20)\d\d)年", before)
    if re.search(r"以来|至今|十[一二三四五]五", before):
        return None  # a multi-year span is a different period
    period = years[-1] if years else str(doc.year or "")
    return core, scope, org, period, f.base_unit


_AREA = re.compile(r"全[市县区省州旗镇乡](?!级)|全街道|全乡镇|本[市县区镇乡](?!级)")


@per_figure
def _area(doc, folded: str, f: Fig) -> str:
    """The place a figure's sentence names before it (全县共有…，其中退役军人10,932人 → 全县), else ''."""
    s0 = doc.sentences[f.sent].start if f.sent >= 0 else f.start
    found = _AREA.findall(folded, s0, f.start)
    return found[-1][-1] if found else ""


def _areas_differ(doc, folded: str, a: Fig, f: Fig) -> bool:
    """全县…退役军人10,932人 / 全市退役军人约8.6万人: a county and the city above it are two scopes."""
    x, y = _area(doc, folded, a), _area(doc, folded, f)
    return bool(x and y and x != y)


def cross_reference(doc, figures) -> list[dict]:
    """Figures → one inconsistent row for each metric given two values that cannot both hold."""
    figs = figs_of(doc, figures)
    folded = doc.folded
    first: dict[tuple, Fig] = {}
    out = []
    for f in figs:
        key = _key(doc, folded, f)
        if key is None:
            continue
        if key not in first:
            first[key] = f
            continue
        a = first[key]
        if a.norm_interval().overlaps(f.norm_interval()):
            continue
        sa, sf = _subject(folded, a), _subject(folded, f)
        if sa and sf and sa != sf and sa[:3] == sf[:3]:
            continue  # 小学…专任教师1.24万人；初中…专任教师7,986人: one metric of two subjects
        if _areas_differ(doc, folded, a, f):
            continue
        metric, scope, org, period, unit = key
        reading = {"new": "added in", "prev": "the year before", "stock": "the total for"}[scope]
        reading_zh = {"new": "新增", "prev": "上年", "stock": "总量"}[scope]
        computed = f"{a.text} ≠ {f.text} for {metric} ({reading} {period}{', own unit' if org == 'own' else ''})"
        en = (f"{metric} is given as {a.text} and later as {f.text}; both read as {reading} {period}, "
              f"so one of them is wrong (or the two differ in scope the text does not say).")
        zh = f"{metric}前称{a.text}、后称{f.text}，均按{period}年{reading_zh}理解，二者矛盾，应核对口径或数字。"
        out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end,
                          f"{a.text}; {f.text}", computed, en, zh, "same metric stated with two values"))
    done = {(r["figure_ids"]) for r in out}
    out.extend(r for r in _reworded_conflicts(doc, folded, figs) if r["figure_ids"] not in done)
    done = {(r["figure_ids"]) for r in out}
    out.extend(r for r in _transposed_conflicts(doc, folded, figs) if r["figure_ids"] not in done)
    out.extend(_noun_after_conflicts(doc, folded, figs))
    out.extend(_worded_then_exact(folded, figs))
    done = {(r["figure_ids"]) for r in out}
    out.extend(r for r in _anaphor_conflicts(doc, folded, figs) if r["figure_ids"] not in done)
    done = {(r["figure_ids"]) for r in out}
    out.extend(r for r in _jurisdiction_counts(doc, folded, figs) if r["figure_ids"] not in done)
    out.extend(_restated(doc, folded, figs))
    return out


# words that say when or how a figure was reached, not what it counts: 全年立刑事案件 = 刑事案件立案,
# 在2012年一般公共预算收入完成数 = 全县一般公共预算收入完成, 市本级全年完成审计（调查）项目 = 市本级审计项目
_SIG_DROP = re.compile(r"[（(][^）)]*[）)]|[“”‘’\"「」]|(?:19|20)\d\d年度?|截至[^，,；;。]*?[末底]|一年来|全年|今年|当年|年内|本年|"
                       r"全[市县区省州旗镇乡]|实际完成|完成数|完成|实现|累计|共计|合计|总计|共有")
_SIG_EDGE = re.compile(r"^(?:其中|总的看|总之|综上|在|对|共|有|按|以)+|(?:达到|达|为|是|共|有|约|近|超过|的|数)+$")
# the part of a total after 其中 that is only a scope (其中市本级88个): it inherits the total's metric
_SCOPE_PART = re.compile(r"^(?:[市县区省州旗镇乡]本级|[市县区省]直|[市县区省镇乡村]级|本部|城镇|城区|农村|乡镇)$")
_SIG_SCOPE = (("stock", re.compile(r"累计|截至|截止|总数|现有|实有|共有|目前|以来")),
              ("new", re.compile(r"新增|新建|新批|新登记|新认定|新培育|新引进|新签约|新发现|新招")),
              ("prev", re.compile(r"上年|去年|同期|年初|上年底|去年底")))


_PAST_RESULT = re.compile(r"((?:19|20)\d\d)年[^，,；;。]*?(?:完成|实现|实际)")


def _planned(doc, folded: str, f: Fig) -> bool:
    """A plan or target, unless its own clause dates it as a result of the report's period or before
    (在2012年一般公共预算收入完成数12.86亿元的基础上 under a heading about 2013)."""
    if not in_plan(folded, doc, f):
        return False
    m = _PAST_RESULT.search(label_of(folded, f))
    return not (m and doc.year and int(m.group(1)) <= doc.year)


@per_figure
def _plain_label(doc, folded: str, f: Fig) -> str | None:
    """A figure that states a result of the period (no plan, base, target, part of the year, per-head value…) →
    the text of its clause before it (list items cut at 、), else None."""
    if (not f.quantity or f.value_high is not None or f.sent < 0 or _planned(doc, folded, f)
            or is_reference(folded, f) or is_sub_period(folded, f)):
        return None
    raw = folded[clause_start(folded, f.start, CLAUSE_SEP + "、"):f.start]
    if re.search(r"[\d０-９]|比|较|占|其余|其他|分别|控制|不超过|不低于|(?<!规模)以[上下]", _SIG_DROP.sub("", raw)):
        return None  # another figure, a comparison, a remainder or a limit in the label
    before = folded[doc.sentences[f.sent].start:f.start]
    if _SUBPERIOD.search(before) or re.search(r"\d{1,2}月|以来|至今|十[一二三四五]五|每|人均|平均", before):
        return None
    return raw


def _years(doc, folded: str, f: Fig) -> list[str]:
    return re.findall(r"((?:19|20)\d\d)年", folded[doc.sentences[f.sent].start:f.start])


def _signature(doc, folded: str, figs: list[Fig], i: int) -> tuple | None:
    """A figure → (the set of characters naming its metric, scope, period, unit), when its label names it plainly
    enough to be compared under another word order (刑事案件立案 / 立刑事案件); else None."""
    f = figs[i]
    raw = _plain_label(doc, folded, f)
    if raw is None:
        return None
    core = _SIG_EDGE.sub("", _SIG_DROP.sub("", raw))
    if raw.startswith("其中") and _SCOPE_PART.match(core):
        total = figs[i - 1] if i else None
        if (total is None or total.sent != f.sent or total.base_unit != f.base_unit
                or "，其中" not in folded[total.end:f.start] or len(total.metric) < 2):
            return None
        core += total.metric
    chars = frozenset(ch for ch in core if "\u4e00" <= ch <= "\u9fff")
    if len(chars) < 4 or core in _GENERIC:
        return None
    scope = next((name for name, rx in _SIG_SCOPE if rx.search(raw)), "plain")
    years = _years(doc, folded, f)
    period = years[-1] if years else str(doc.year or "")
    return chars, scope, period, f.base_unit


# pairs of words that name two sides of one thing, never one quantity (收入/支出, 城镇/农村, 男/女…)
_CONTRASTS = (("收入", "支出"), ("城镇", "农村"), ("城市", "农村"), ("男", "女"), ("进口", "出口"), ("存款", "贷款"),
              ("流入", "流出"), ("增加", "减少"), ("上年", "本年"), ("国内", "国外"), ("国内", "境外"), ("省内", "省外"),
              ("市内", "市外"), ("县内", "县外"), ("线上", "线下"), ("公办", "民办"), ("国有", "民营"), ("小学", "初中"),
              ("初中", "高中"), ("来信", "来访"), ("一般", "重大"), ("一般", "较大"), ("受理", "办结"), ("立案", "结案"))


def _digits(f: Fig) -> str:
    return format(f.norm.normalize(), "f").replace(".", "").replace("-", "")


def _swapped(a: Fig, f: Fig) -> bool:
    """61.84 and 61.48亿元, 21,500 and 2.51万名: the same digits at the same magnitude, two neighbours swapped."""
    if a.norm is None or f.norm is None or not (Decimal(1) <= abs(a.norm) and Decimal(1) <= abs(f.norm)):
        return False
    if len(str(int(a.norm))) != len(str(int(f.norm))):
        return False
    da, df = _digits(a), _digits(f)
    n = max(len(da), len(df))
    da, df = da.ljust(n, "0"), df.ljust(n, "0")
    diff = [k for k in range(n) if da[k] != df[k]]
    return (len(da.strip("0")) >= 3 and len(diff) == 2 and diff[1] == diff[0] + 1
            and da[diff[0]] == df[diff[1]] and da[diff[1]] == df[diff[0]])


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _transposed_conflicts(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """Two results whose digits differ by one swap of neighbours (4,860 / 4,680个, 21,500 / 2.51万名), named so that
    the shorter name reads inside the longer (新增就业岗位 in 新增城镇就业岗位; 两癌检查 in 为…农村妇女开展“两癌”免费检查):
    the typo is the evidence that they are one quantity. Scope, area, year and contrasting words keep them apart."""
    cands: dict[tuple, list[tuple]] = {}
    for f in figs:
        raw = _plain_label(doc, folded, f)
        if raw is None or f.norm is None:
            continue
        label = _NAME_FILLER.sub("", _SIG_EDGE.sub("", _SIG_DROP.sub("", raw)))
        after = _NAME_FILLER.sub("", _SIG_DROP.sub("", folded[f.end:clause_end(folded, f.end)]))
        name = label if len(label) >= 3 else label + after
        scope = next((s for s, rx in _SIG_SCOPE if rx.search(raw)), "plain")
        # only figures with the same digits at the same magnitude can be a swap of each other
        bucket = (f.base_unit, len(str(int(abs(f.norm)))), "".join(sorted(_digits(f).rstrip("0"))))
        cands.setdefault(bucket, []).append((f, name, label + after, scope))
    out = []
    for group in cands.values():
        out.extend(_swap_pairs(doc, folded, group))
    return sorted(out, key=lambda r: (r["start"], r["end"]))


def _swap_pairs(doc, folded: str, group: list[tuple]) -> list[dict]:
    out = []
    for i, (a, na, wa, sa) in enumerate(group):
        for f, nf, wf, sf in group[i + 1:]:
            if f.sent == a.sent or sa != sf or not _swapped(a, f) or a.norm_interval().overlaps(f.norm_interval()):
                continue
            short, long_ = (na, wf) if len(na) <= len(nf) else (nf, wa)
            if len(short) < 3 or short in _GENERIC or not _is_subsequence(short, long_):
                continue
            if any((x in wa and y in wf and x not in wf) or (y in wa and x in wf and y not in wf) for x, y in _CONTRASTS):
                continue
            ya, yf = _years(doc, folded, a), _years(doc, folded, f)
            if (ya and yf and ya[-1] != yf[-1]) or _areas_differ(doc, folded, a, f):
                continue
            out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                              f"{a.text} ≠ {f.text} (two neighbouring digits swapped; {short})",
                              f"{a.text} and {f.text} name the same quantity ({short}) with two neighbouring digits swapped; "
                              f"one of them is a typo.",
                              f"{short}前称{a.text}、后称{f.text}，数字前后颠倒，应核对。", "digits transposed"))
    return out


def _reworded_conflicts(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """The same metric named in other words or order in two sentences, with two values that cannot both hold
    (刑事案件立案1,284起 … 全年立刑事案件1,248起; 其中市本级88个 … 市本级全年完成审计（调查）项目86个)."""
    first: dict[tuple, Fig] = {}
    out = []
    for i, f in enumerate(figs):
        key = _signature(doc, folded, figs, i)
        if key is None:
            continue
        a = first.setdefault(key, f)
        if a is f or a.sent == f.sent or a.norm_interval().overlaps(f.norm_interval()):
            continue
        sa, sf = _subject(folded, a), _subject(folded, f)
        if (sa and sf and sa != sf and sa[:3] == sf[:3]) or _areas_differ(doc, folded, a, f):
            continue
        la, lf = (folded[clause_start(folded, x.start, CLAUSE_SEP + "、"):x.start] for x in (a, f))
        computed = f"{a.text} ≠ {f.text} ({la.strip()} / {lf.strip()}, same scope and period)"
        out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}", computed,
                          f"The same quantity is given as {a.text} ({la}) and later as {f.text} ({lf}); one of them is wrong.",
                          f"同一指标前称{a.text}（{la}）、后称{f.text}（{lf}），二者矛盾，应核对。",
                          "same metric stated with two values"))
    return out


_BACK_REF = re.compile(r"(?:上述|前述)$")


def _anaphor_conflicts(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """上述48个审计项目 after 共完成审计项目46个: a count that points back to one stated earlier, with another value.
    Only when one earlier statement names exactly that noun, it has no part (其中…) that 上述 could mean instead, and
    nothing else of that kind is counted in the paragraph of the back-reference."""
    out = []
    for i, f in enumerate(figs):
        if not f.exact or f.qualifier or f.sent < 0 or not _BACK_REF.search(label_of(folded, f)):
            continue
        noun = f.base_unit[1:] + _after_noun(folded, f)
        if len(noun) < 3:
            continue
        head = noun[-2:]
        earlier = [a for a in figs[:i] if a.base_unit == f.base_unit and a.sent >= 0 and a.sent != f.sent]
        named = [a for a in earlier if _core_label(folded, a).endswith(noun) and not is_reference(folded, a)]
        if len(named) != 1 or named[0].norm_interval().overlaps(f.norm_interval()):
            continue
        a = named[0]
        parts = [x for x in earlier if x.sent == a.sent and x.start > a.start and label_of(folded, x).startswith("其中")]
        par = paragraph_start(folded, f.start)
        near = [x for x in earlier if x.start >= par and head in folded[clause_start(folded, x.start):clause_end(folded, x.end)]]
        if parts or near or is_sub_period(folded, a) or in_plan(folded, doc, a):
            continue
        out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end + len(noun),
                          f"{a.text}; 上述{f.text}{noun}", f"{a.text} ≠ {f.text} ({noun}, referred back to)",
                          f"{noun} are counted as {a.text} and later referred back to as the {f.text} above; one is wrong.",
                          f"{noun}前称{a.text}，后文“上述{f.text}”与之不符，应核对。", "same metric stated with two values"))
    return out


# 二孩占比近一半，达47.8%: a share in words, then the same share exactly in the next clause
_EXACT_AFTER = re.compile(r"^[，,](?:达到|达|为|即|占)$")


def _worded_then_exact(folded: str, figs: list[Fig]) -> list[dict]:
    """A share in words (近一半, 三分之一以上, 约三成) followed at once by its exact percent → consistent when the percent
    falls within what the words say, inconsistent when it cannot (近一半，达52.3%)."""
    out = []
    for a, f in zip(figs, figs[1:]):
        if a.kind != "fraction" or f.kind != "percent" or a.sent != f.sent or not _EXACT_AFTER.match(folded[a.end:f.start]):
            continue
        wa, wf = a.pct_interval(), f.pct_interval()
        if wa is None or wf is None:
            continue
        if wa.overlaps(wf):
            out.append(result("cross_reference", schema.CONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                              f"{f.text} is within {a.text}", f"{a.text} is restated exactly as {f.text}; the two agree.",
                              f"{a.text}与随后的{f.text}一致。"))
        elif a.qualifier:  # a bare 一半 may be loose talk; 近一半 / 超过三分之一 are definite
            out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                              f"{f.text} is outside {a.text}",
                              f"{a.text} is restated as {f.text}, which it cannot be; the words or the percent are wrong.",
                              f"{a.text}与随后的{f.text}矛盾，应核对。", "share in words contradicts the percent"))
    return out


# how many units a place is made of: 下辖社区11个 / 全镇辖14个行政村 / 全街道12个社区
_SUBUNITS_BEFORE = re.compile(r"(?:下辖|辖有|共辖|管辖|辖)(?P<noun>[\u4e00-\u9fff]{2,5}?)(?:共|有|共有)?$")
_SUBUNITS_AFTER = re.compile(r"^(?:全[市县区省州旗镇乡]|全街道|全乡镇)?(?:下辖|共辖|辖有|辖|共有)?$")


def _noun_ends(run: str, noun: str) -> bool:
    """Is `noun` the whole noun at the start of `run` (社区 of 社区均未发生…), not the start of a longer one?"""
    return run.startswith(noun) and (len(run) == len(noun) or run[len(noun)] in "均都全中的已共各有和及与内里")


def _jurisdiction_counts(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """The number of units a place is made of, stated twice (下辖社区11个 … 全街道12个社区均未发生…): the whole
    place (辖, or 全镇/全街道 before the count), never a part of it; an inconsistent row when the two differ."""
    named = []
    for f in figs:
        if (not f.exact or f.qualifier or f.sent < 0 or f.value_high is not None or in_plan(folded, doc, f)
                or f.base_unit[:1] not in "个家所座处条"):
            continue
        before = folded[clause_start(folded, f.start):f.start]
        if is_sub_period(folded, f) or re.search(r"新|增|撤|并|调整|其中", before):
            continue
        m = _SUBUNITS_BEFORE.search(before)
        if m:
            named.append((f, m.group("noun"), True))
            continue
        if before and _SUBUNITS_AFTER.match(before) and ("全" in before or "辖" in before):
            run = _CJK_RUN.match(folded, f.end)
            noun = f.base_unit[1:] + (run.group(0) if run else "")  # 12个社区 may carry its noun in the unit (个社区)
            if len(noun) >= 2:
                named.append((f, noun, False))
    out = []
    for i, (a, na, a_before) in enumerate(named):
        for f, nf, f_before in named[i + 1:]:
            if f.sent == a.sent or f.base_unit[:1] != a.base_unit[:1] or f.norm == a.norm:
                continue
            if a_before and f_before:
                noun, same = na, na == nf
            elif a_before or f_before:
                noun, rest = (na, nf) if a_before else (nf, na)
                same = _noun_ends(rest, noun)  # 12个社区均未… is 社区; 20个乡镇卫生院 is not 乡镇
            else:
                k = 0
                while k < min(len(na), len(nf)) and na[k] == nf[k]:
                    k += 1
                noun = na[:k]
                same = k >= 3 and _noun_ends(na, noun) and _noun_ends(nf, noun)
            if not same:
                continue
            out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}",
                              f"{a.text} ≠ {f.text} ({noun}, the whole place)",
                              f"The place is said to have {a.text} {noun} and later {f.text}; one of them is wrong.",
                              f"{noun}数量前称{a.text}、后称{f.text}，二者矛盾，应核对。", "same metric stated with two values"))
            break
    return out


_NAMING_LABEL = re.compile(r"^(?:交由|交|由|有|共有|共|涉及|全部|均由|分别由)?$")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _noun_after_conflicts(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """交由43个承办单位办理 … 45个承办单位均按要求答复: a count named by the noun after it, stated twice with two
    values. Only exact counts whose clause names nothing before them (no scope, no part of a list), and a shared
    noun of four characters or more."""
    cands = []
    for f in figs:
        if not f.exact or f.qualifier or f.sent < 0 or f.value_high is not None or in_plan(folded, doc, f):
            continue
        before = folded[clause_start(folded, f.start):f.start]
        if not _NAMING_LABEL.match(before) or is_sub_period(folded, f):
            continue
        if folded[f.end:f.end + 1] in "、和及" or folded[f.start - 1:f.start] in "、":
            continue
        m = _CJK_RUN.match(folded, f.end)
        if not m or len(m.group(0)) < 4:
            continue
        cands.append((f, m.group(0)))
    out = []
    for i, (a, ta) in enumerate(cands):
        for f, tf in cands[i + 1:]:
            if f.sent == a.sent or f.base_unit != a.base_unit or f.norm == a.norm:
                continue
            k = 0
            while k < min(len(ta), len(tf)) and ta[k] == tf[k]:
                k += 1
            noun = ta[:k]
            if k < 4 or noun in _GENERIC:
                continue
            computed = f"{a.text}{noun} ≠ {f.text}{noun}"
            out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end + k, f"{a.text}{noun}; {f.text}{noun}",
                              computed, f"The number of {noun} is given as {a.text} and later as {f.text}; one of them is wrong.",
                              f"{noun}前称{a.text}、后称{f.text}，二者矛盾，应核对。", "same metric stated with two values"))
            break
    return out


_SUBJECT_NOISE = re.compile(r"[（(][^）)]*[）)]|[^\u4e00-\u9fff]|^(?:全市|全县|全区|全省|全镇|全年|今年|当年|其中|共有|共|有)+|"
                            r"(?:共有|有|的)+$")


@per_figure
def _subject(folded: str, f: Fig) -> str:
    """What a metric is of: the words before it in its clause (细颗粒物 of 细颗粒物（PM2.5）年均浓度为38…), else, for a
    clause that is only the metric, the head of the first clause of its ；-segment (小学在校生21.36万人，专任教师1.24万人)."""
    cs = clause_start(folded, f.start)
    label = folded[cs:f.start]
    k = label.rfind(f.metric) if f.metric else -1
    pre = _SUBJECT_NOISE.sub("", label[:k]) if k > 0 else ""
    if pre:
        pre = "in:" + pre
    elif not label.startswith("其中"):  # 其中民生支出: a part of what came before, named by itself
        seg = clause_start(folded, f.start, "；;。！？!?\n")
        if seg < cs:
            head = re.match(r"[^\d，,０-９]*", folded[seg:cs]).group(0)
            head = _SUBJECT_NOISE.sub("", _SUBJECT_NOISE.sub("", head))
            pre = "lead:" + head if head else ""
    return pre


_LABEL_NOISE = re.compile(r"[（(][^）)]*[）)]|^(?:其中|全年|今年|当年|年内|本年|全市|全县|全区|截至\S*?末|共|累计|对|在|向|实际)+|"
                          r"(?:达到|达|为|是|共|共计|合计|累计|约|近|超过|有|的)+$")


def _core_label(folded: str, f: Fig) -> str:
    lab = folded[clause_start(folded, f.start, "，,；;。！？!?\n、："):f.start]
    return _LABEL_NOISE.sub("", _LABEL_NOISE.sub("", lab))


def _common_run(a: str, b: str) -> int:
    """Length of the longest run of characters the two labels share."""
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            best = max(best, k)
    return best


# the noun a count is of, right after it (412件提案已全部办复, 14个行政村, 2,318件信访事项中): up to a verb or particle
_AFTER_NOUN = re.compile(r"[\u4e00-\u9fff]{2,8}?(?=[已均都全按在中的，,；;。、和及与并被由]|$)")


def _after_noun(folded: str, f: Fig) -> str:
    m = _AFTER_NOUN.match(folded[f.end:clause_end(folded, f.end)])
    return m.group(0) if m else ""


# words too common in labels to show that two labels name one thing (全市, 完成, 新增…)
_NAME_FILLER = re.compile(r"全[市县区省州旗镇乡年]|今年|当年|年内|本年|年末|年底|一年来|完成|实现|实际|累计|共计|合计|总计|新增|"
                          r"达到|开展|工作|情况|全部|已经|其中|按照|按|在|对|的|了|有|共|为|是|达")
# the part of a cumulative total that is new in the period (其中2016年新办, 其中今年新增): the period's own flow
_NEW_PART = re.compile(r"^其中(?:(?:19|20)\d\d年|今年|当年|本年|全年)?(?:新增|新办|新建|新受理|新立案|新发展|新认定|新签约)$")
# a clause that is only a total word after a breakdown (…网上信访1,346件，合计2,864件次)
_BARE_TOTAL = re.compile(r"^(?:合计|共计|总计|总共|累计|总量|共|计)(?:为|达|达到)?$")
# a result stated right after its target, named only by the verb (考核目标为5.5亿元，集团实际完成5.18亿元)
_BARE_RESULT = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:实际)?(?:完成|实现|达到|达)了?$")


def _distinctive(f: Fig) -> bool:
    """A value with three significant digits or more (2,864件次, 486.3万人, 5.18亿元): unlikely to recur by chance."""
    digits = re.sub(r"\D", "", format(f.value, "f")).strip("0")
    return len(digits) >= 3


def _name_text(folded: str, f: Fig, label: str) -> str:
    return _NAME_FILLER.sub("", label + _after_noun(folded, f))


def _same_name(folded: str, a: Fig, f: Fig, figs_before: list[Fig] | None = None) -> bool:
    """Do two equal figures name one quantity? Their labels share a run of the metric's name, or the noun after
    the later one (412件提案) is named where the earlier one stands (经提案委员会审查立案412件)."""
    la, lf = _core_label(folded, a), _core_label(folded, f)
    na, nf = _after_noun(folded, a), _after_noun(folded, f)
    if _BARE_RESULT.match(lf) and figs_before:
        t = figs_before[-1]  # 利润总额考核目标为5.5亿元，集团实际完成5.18亿元: the target's clause names the metric
        if t.sent == f.sent and t.base_unit == f.base_unit and is_reference(folded, t):
            lf = _core_label(folded, t)
    raw_f = folded[clause_start(folded, f.start):f.start]
    total = next((x for x in reversed(figs_before or []) if x.quantity), None)
    if _NEW_PART.match(raw_f) and total is not None and total.sent == f.sent and total.base_unit == f.base_unit:
        lf = _core_label(folded, total) + lf  # 累计办理公益诉讼案件39件，其中2016年新办28件: the total names it
    if not lf and nf:
        lf = raw_f + folded[f.end:clause_end(folded, f.end)]  # 新接收进馆的4,326卷档案
    run = _common_run(la, lf)
    if run >= 3 and run >= min(4, len(la), len(lf)):
        return True
    if run >= 3 and la[-run:] == lf[-run:]:
        return True  # 全年完成门急诊68.42万人次 … 医院全年门急诊68.42万人次: the same noun right before both
    if f.norm < 10 or is_sub_period(folded, a) or is_sub_period(folded, f):
        return False  # a small count repeats by chance (死亡4人 of 工矿商贸 and of 一季度); a part of the year is another quantity
    if len(la) >= 2 and la == lf:
        return True  # 死亡21人 … 实际死亡21人
    if len(na) >= 3 and folded.startswith(na, f.end):
        return True  # 辖14个行政村，… 14个行政村集体经济收入…
    if len(nf) >= 2 and (nf == na or (not na and nf in folded[clause_start(folded, a.start, "；;。！？!?\n"):a.start])):
        return True  # 辖14个行政村 … 14个行政村; 受理信访事项2,318件 … 在受理的2,318件信访事项中
    if not _distinctive(f):
        return False
    # a value of three significant digits or more, equal to the unit, is strong evidence: a shared word suffices
    if _common_run(_name_text(folded, a, la), _name_text(folded, f, lf)) >= 2:
        return True  # 新增城镇就业3,260人 … 在新增就业的3,260人中; 参保486.3万人 … 486.3万参保群众
    # 信访总量2,864件次。按信访形式分：来信…，合计2,864件次: the total of a breakdown, in the same paragraph
    items = [x for x in (figs_before or []) if x.sent == f.sent and x.quantity]
    return bool(_BARE_TOTAL.match(raw_f) and len(items) >= 2
                and paragraph_start(folded, a.start) == paragraph_start(folded, f.start))


_ANAPHOR = re.compile(r"(?:上述|前述|以上|这|该|这些)$")
_PLAN_WORD = re.compile(r"力争|计划|预计|拟|确保|将|争取|明年|下一步|下步|目标")


def _refers_back(doc, folded: str, f: Fig) -> bool:
    """In a plan, a figure that names things already counted (确保上述126个问题…整改到位; 对需长期坚持的2个问题，
    建立台账): an anaphor, or a relative clause ending in 的 in a sentence with no plan word before the figure."""
    lab = label_of(folded, f)
    if _ANAPHOR.search(lab):
        return True
    s0 = clause_start(folded, f.start, "；;。！？!?\n")
    return lab.endswith("的") and not _PLAN_WORD.search(folded, s0, f.start)


def _restated(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """The same quantity stated twice, in two sentences, under labels that share its name → consistent rows
    (技术合同成交额8.7亿元 … 成交额8.7亿元; 政府投资审计12个 … 审计政府投资项目12个)."""
    seen: dict[tuple, list[Fig]] = {}
    out = []
    for i, f in enumerate(figs):
        if not f.quantity or f.value_high is not None or f.qualifier or f.norm is None or f.sent < 0:
            continue
        key = (f.norm, f.base_unit)
        earlier = seen.setdefault(key, [])
        prev = [a for a in earlier if a.sent != f.sent]
        earlier.append(f)
        if not prev or (in_plan(folded, doc, f) and not _refers_back(doc, folded, f)):
            continue
        # the latest earlier statement first (as before), then older ones (共计227件 … 合计227件 … 227件建议)
        a = next((a for a in reversed(prev) if _same_name(folded, a, f, figs[:i])), None)
        if a is None:
            continue
        computed = f"{a.text} = {f.text}"
        out.append(result("cross_reference", schema.CONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}", computed,
                          f"{a.text} is stated again later as {f.text}; the two agree.",
                          f"前文{a.text}与后文{f.text}一致。"))
    return out
