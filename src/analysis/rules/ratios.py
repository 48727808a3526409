"""Derived ratios: a rate or ratio whose two terms are both stated in the text (rule share_of_total).

生师比为17.2:1          在校生21.36万人 / 专任教师1.24万人
资产负债率63.5%         负债总额842.7亿元 / 资产总额1,286.5亿元
城镇化率为54.2%         城镇常住人口21.46万人 / 常住人口39.84万人
床位密度为5.95张/千人   床位1.86万张 / 常住人口312.5万人 × 1000
每千人口注册护士2.89人  注册护士9,038人 / 常住人口 × 1000
婴儿死亡率为4.20‰       婴儿死亡150人 / 活产数3.57万人
每人次1,500元           61.8万元 / 412人次
亿元…死亡率为0.093      死亡21人 / 地区生产总值225.6亿元 (in 亿元)
城乡居民收入比1.95      城镇居民人均可支配收入 / 农村居民人均可支配收入
满意和基本满意率97.8%   (满意a + 基本满意b) / (a + b + 不满意c)

Each form names its two quantities by their labels; a term the text does not state gives no row.
The quotient is computed with the rounding intervals of both terms and compared with the stated value's.
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal

from .. import schema
from .common import (BOUNDS, Fig, cached, clause_end, clause_start, figs_by_sentence, figs_of, in_plan, is_base,
                     is_change, is_per_unit, is_reference, is_sub_period, label_of, result, sentence_bounds)
from .intervals import Interval, fmt_interval, qualified
from .shares import _clause_text, _mid, _re, _rx, find_shares  # (_re, _rx: patterns compiled once, for both)
from .shares import _segment_before as _lab  # the listed item's text before the figure, brackets kept (执业（助理）医师)

# 满意和基本满意率 / 满意率（含基本满意）: the satisfied and the basically satisfied counted together
_BOTH_SATISFIED = re.compile(r"满意(?:和|与|及|、)基本满意(?:率|度)|满意(?:率|度)[（(]含基本满意[）)](?:为|达到|达|是)?$")
# the whole population, its scope and time words aside (年末全县户籍总人口, 按年末常住人口, 2023年末全市常住人口, 年平均人口):
# any other word before 人口 names a group of it (乡村常住人口, 城区常住人口, 农业户籍人口)
_POP = re.compile(r"(?:常住|户籍|总)人口$")
_WHOLE_POP = re.compile(r"(?:^|[，,；;：:（(])(?:按|以|截至|截止|到)?(?:(?:19|20)\d\d年)?(?:年末|年底|末)?"
                        r"(?:(?:全|本|我)[省市州盟县区旗镇乡]|辖区)?(?:年末|年底)?"
                        r"(?:(?:年)?平均(?:常住|户籍)?人口|(?:常住|户籍)总?人口|总人口)$")
# 人口出生率 / 死亡率 (not 婴儿死亡率, 病死率, 万车死亡率): of the whole population
_CRUDE_RATE = re.compile(r"(?:^|[，,；;]|人口)(出生|死亡)率(?:为|是|达到|达|约为|约)?$")
# a crude rate is of the year's average population; the year-end count stated stands in for it within this much
_CRUDE_SLACK = Decimal("0.015")
_VERB_END = re.compile(r"(?:为|是|达到|达)$")
_SCALE = {"千": 1000, "万": 10000, "十万": 100000, "百": 100, "百万": 1000000}




def _usable(doc, figs: list[Fig]) -> tuple[list[Fig], list[int]]:
    """The stated quantities a ratio may take as a term (bases, targets, plans and per-unit amounts aside), with
    their starts for bisecting; built once per document, and only when some figure names a ratio."""
    def build():
        folded = doc.folded
        usable = [g for g in figs if _usable_fig(folded, doc, g)]
        return usable, [g.start for g in usable]
    return cached(doc, "_ratio_quantities", figs, build)


def _usable_fig(folded: str, doc, g: Fig) -> bool:
    """A stated quantity a ratio may take as a term (see _usable)."""
    return (g.quantity and g.value is not None and "/" not in g.unit
            and not is_reference(folded, g) and not in_plan(folded, doc, g))


def _quantities(figs: list[Fig], folded: str, doc, before: Fig, same_sentence: bool = False):
    """Stated quantities before `before` (in its sentence, or anywhere earlier), excluding bases, targets and plans."""
    if same_sentence:  # (only the sentence's figures are tested)
        return [g for g in figs_by_sentence(doc, figs).get(before.sent, ()) if g.start < before.start
                and _usable_fig(folded, doc, g)]
    usable, starts = _usable(doc, figs)
    return usable[:bisect.bisect_left(starts, before.start)]


def _last(cands: list[Fig], folded: str, pattern: str, exclude: str | None = None) -> Fig | None:
    rx, ex = _rx(pattern), _rx(exclude) if exclude else None
    for g in reversed(cands):
        lab = _VERB_END.sub("", _lab(folded, g))  # (常住人口为520万人: the name before the verb)
        if rx.search(lab) and not (ex and ex.search(lab)):
            return g
    return None


def _segment(folded: str, f: Fig) -> tuple[int, int]:
    """Bounds of the ；-delimited part of the sentence the figure sits in."""
    s = max(folded.rfind(c, 0, f.start) for c in "；;。\n") + 1
    return s, f.start


def _population(cands: list[Fig], folded: str) -> Fig | None:
    """The last figure among cands that counts the whole population (年末全市常住人口, 按户籍总人口): a group of it
    (城镇/乡村常住人口, 中心城区常住人口, 非农业户籍人口) is never the whole a rate per head is of."""
    for g in reversed(cands):
        if g.base_unit == "人" and _WHOLE_POP.search(_VERB_END.sub("", _re.sub(r"[\d.,]+$", "", _lab(folded, g)))):
            return g
    return None


def _terms(doc, figs: list[Fig], r: Fig):
    """A ratio figure → (numerators, denominator, scale, name) when its form and both terms are in the text."""
    folded = doc.folded
    lab = label_of(folded, r)
    sent_q = _quantities(figs, folded, doc, r, same_sentence=True)
    seg_start, _ = _segment(folded, r)
    seg_q = [g for g in sent_q if g.start >= seg_start]
    # 生师比为17.2:1 (students per teacher): both in the ；-part of the sentence
    if r.kind == "ratio" and r.text.endswith(":1") and _re.search(r"生师比", lab):
        num = _last(seg_q, folded, r"在校生|学生|在园|幼儿")
        den = _last(seg_q, folded, r"教师|教职工")
        return ([num], den, Decimal(1), "生师比") if num and den else None
    # 城乡居民收入比1.95 = urban / rural income per head
    if r.kind == "ratio" and not r.unit and _re.search(r"城乡居民(?:人均可支配)?收入比", lab):
        earlier = [g for g in figs if g.start < r.start and g.base_unit == "元" and g.kind == "money"
                   and not is_reference(folded, g) and not in_plan(folded, doc, g)]
        num = _last(earlier, folded, r"城镇居民人均可支配收入$")
        den = _last(earlier, folded, r"农村居民人均可支配收入$")
        return ([num], den, Decimal(1), "城乡居民收入比") if num and den else None
    # 亿元地区生产总值生产安全事故死亡率为0.093: deaths per 亿元 of GDP
    if r.kind == "ratio" and not r.unit and _re.search(r"亿元(?:地区生产总值|GDP).*死亡率", lab):
        sent_end = sentence_bounds(doc, r)[1]
        gdp = [g for g in figs if g.kind == "money" and g.start < sent_end and _re.search(r"地区生产总值|GDP", _lab(folded, g))
               and not is_reference(folded, g) and not in_plan(folded, doc, g)]
        deaths = [g for g in figs if g.start < r.start and g.base_unit == "人" and g.quantity
                  and _re.fullmatch(r"(?:共|全年共?)?死亡(?:人数)?", _lab(folded, g))
                  and not is_reference(folded, g) and not is_sub_period(folded, g) and not in_plan(folded, doc, g)]
        if gdp and deaths:
            return [deaths[0]], gdp[-1], Decimal(100000000), "亿元GDP死亡率"
        return None
    if r.kind == "percent":
        # 资产负债率63.5% = liabilities / assets
        if _re.search(r"资产负债率", lab):
            cands = _quantities(figs, folded, doc, r)
            # (资产总额…负债总额…。资产中，流动资产…。资产负债率61.9%: up to two sentences back in the paragraph)
            para = folded.rfind("\n", 0, r.start) + 1
            cands = [g for g in cands if g.sent >= r.sent - 2 and g.start >= para and g.base_unit == "元"]
            num = _last(cands, folded, r"负债(?:总额|合计)?$")
            den = _last(cands, folded, r"资产(?:总额|合计)$|总资产$")
            return ([num], den, Decimal(1), "资产负债率") if num and den else None
        # 住房公积金: 提取率63.16% = 提取额 / 缴存额, 个人住房贷款率71.3% = 个人住房贷款余额 / 缴存余额 (the year's amounts)
        for rate, num_rx, den_rx in _FUND_RATES:
            if _re.search(rate + r"(?:为|是|达到|达)?$", lab):
                cands = [g for g in _quantities(figs, folded, doc, r) if g.base_unit == "元" and not is_sub_period(folded, g)]
                num = _last(cands, folded, num_rx)
                den = _last(cands, folded, den_rx)
                return ([num], den, Decimal(1), rate) if num and den else None
        # 常住人口城镇化率为54.2% = urban residents / residents
        if _re.search(r"城镇化率", lab):
            num = _last(sent_q, folded, r"城镇(?:常住)?人口$")
            den = _population(sent_q, folded)
            if not (num or den) and r.sent > 0:
                # 年末户籍总人口52.37万人，其中城镇人口21.06万人…。户籍人口城镇化率为40.2%: both in the sentence before
                para = folded.rfind("\n", 0, r.start) + 1
                prev = [g for g in _quantities(figs, folded, doc, r) if g.sent == r.sent - 1 and g.start >= para]
                num = _last(prev, folded, r"城镇(?:常住)?人口$")
                den = _population(prev, folded)
            if den is not None and any(w in lab and w not in _lab(folded, den) for w in ("户籍", "常住")) \
                    and any(w in _lab(folded, den) for w in ("户籍", "常住")):
                return None  # (户籍人口城镇化率 is not of the 常住人口 counted)
            return ([num], den, Decimal(1), "城镇化率") if num and den else None
        # 婴儿死亡率为4.20‰ = infant deaths / live births
        m = _re.search(r"(婴儿|新生儿|孕产妇|5岁以下儿童)死亡率", lab)
        if m:
            num = _last(seg_q, folded, m.group(1) + r"死亡(?:人数|数)?$")
            den = _last(seg_q, folded, r"活产(?:数|儿数)?$")
            return ([num], den, Decimal(1), m.group(0)) if num and den else None
        # 出生率8.25‰ / 死亡率6.52‰ = births or deaths / the population (its year-end count, stated earlier)
        m = _CRUDE_RATE.search(lab)
        if m and r.unit == "‰":
            num = _last(seg_q, folded, m.group(1) + r"(?:人口|人数)$")
            # (…死亡率7.14‰；自然增长率-0.18‰（以年平均人口611.71万人计算）: the average the sentence names, before or
            # after the rate, is the population the rates are of)
            avg = [g for g in figs_by_sentence(doc, figs).get(r.sent, ()) if _usable_fig(folded, doc, g)]
            den = _last(avg, folded, r"平均(?:常住|户籍)?人口") or _population(_quantities(figs, folded, doc, r), folded)
            return ([num], den, Decimal(1), m.group(1) + "率") if num and den else None
        # 满意和基本满意率为97.8% = (满意 + 基本满意) / (满意 + 基本满意 + 不满意), all listed in the sentence
        if _BOTH_SATISFIED.search(_clause_text(folded, r)):
            a = [g for g in sent_q if _re.search(r"(?<!基本)(?<!不)满意的?$", _lab(folded, g))]
            b = [g for g in sent_q if _re.search(r"基本满意的?$", _lab(folded, g))]
            c = [g for g in sent_q if _re.search(r"不满意的?$", _lab(folded, g))]
            if len(a) == len(b) == len(c) == 1 and a[0].base_unit == b[0].base_unit == c[0].base_unit:
                return [a[0], b[0]], [a[0], b[0], c[0]], Decimal(1), "满意和基本满意率"
            if len(a) == len(b) == 1 and a[0].base_unit == b[0].base_unit and not c:
                # 共收到反馈意见286份，其中满意243件、基本满意38件: the count the 其中 splits is the whole asked
                first = min(a[0], b[0], key=lambda g: g.start)
                whole = next((g for g in reversed(sent_q) if g.end <= first.start and g.exact
                              and _re.match(r"[，,]?其中", folded[g.end:first.start])), None)
                if whole is not None and whole.value is not None and whole.value >= a[0].value + b[0].value:
                    return [a[0], b[0]], whole, Decimal(1), "满意和基本满意率"
            return None
        return None
    # 5.95张/千人, 每千人口注册护士2.89人: per 1,000 residents
    per = _re.fullmatch(r"([^/]+)/(千|万|十万|百)人(?:口)?", r.unit)
    m = _re.search(r"每(千|万|十万|百)人口([^，,；;。每]*?)$", _clause_text(folded, r))
    if (per or m) and r.quantity or (per and r.kind == "count"):
        scale = Decimal(_SCALE[(per or m).group(per and 2 or 1)] if per else _SCALE[m.group(1)])
        unit = per.group(1) if per else r.unit
        earlier = _quantities(figs, folded, doc, r)
        pop = _population(earlier, folded)
        if pop is None:
            return None
        if m and not per:
            item = _re.sub(r"(?:为|达|达到|是)$", "", m.group(2))
            if len(item) < 2:
                return None
            num = next((g for g in reversed(earlier) if g.base_unit == unit and not g.unit.startswith("/")
                        and _lab(folded, g).endswith(item) and g is not pop), None)
        else:
            same = [g for g in sent_q if g.base_unit == unit]
            num = same[0] if same else None
        return ([num], pop, scale, f"每{(per or m).group(per and 2 or 1)}人") if num else None
    # 412人次、61.8万元，每人次1,500元: an amount per counted thing, both in the sentence
    m = _re.search(r"每(人次|人|户|名|个|件|次|家|所|项)(?:平均)?(?:为|达|约)?$", lab)
    if m and r.quantity and r.value is not None:
        if "/" in r.unit:
            return None  # (生活补贴标准每人75元/月: an amount per person per month is a rate set, no total shared out)
        # (城市低保标准达到570元/月: a standard or a rate per period is no total either)
        num = next((g for g in reversed(sent_q) if g.base_unit == r.base_unit and "/" not in g.unit
                    and "标准" not in _lab(folded, g)), None)
        # (…，其中新建3所幼儿园新增学位1,080个，平均每所360个: the things counted in the item's own clause make the
        # average the item's, not the total's)
        own = num is not None and any(g.base_unit == m.group(1) and g.exact and clause_start(folded, num.start) <= g.start < num.start
                                      for g in sent_q)
        if num is not None and "其中" in _clause_text(folded, num) and not own:
            # 共安排资金6860万元，其中中央3000万元、…市级1460万元，覆盖14所医院，平均每所490万元: the amount per item is
            # of the total the 其中 list splits, not of its last item
            num = next((g for g in reversed(sent_q) if g.base_unit == r.base_unit and g.end <= num.start
                        and _re.match(r"[，,：:]?其中", folded[g.end:g.end + 3])), None)
        den = next((g for g in reversed(sent_q) if g.base_unit == m.group(1) and g.exact and g is not num), None)
        head = den and next((g for g in reversed(sent_q) if g.base_unit == den.base_unit and g.end <= den.start
                             and _re.match(r"[，,：:]?其中", folded[g.end:g.end + 3])), None)
        if head is not None and not _re.search(r"[；;。]", folded[head.end:den.start]):
            # 关停企业36家，其中化工企业21家、…、其他行业6家，腾出土地2,160亩，平均每家60亩: the things per which the
            # amount is counted are all of them, not the last item of their 其中 list
            den = head
        return ([num], den, Decimal(1), f"每{m.group(1)}") if num and den else None
    return None


_FUND_RATES = (("提取率", r"提取(?:额|金额|总额)$", r"缴存(?:额|金额|总额)$"),
               ("个人住房贷款率", r"个人住房贷款余额$", r"缴存余额$"))
# 人均1,480元 / 生均公用经费约1,612元 / 户均补助…: an amount per head; 人均月…/人均年… (a rate per period) excluded
_PER_HEAD = re.compile(r"(人均|生均|户均)([\u4e00-\u9fffA-Za-z]{0,8}?)(?:约为|约|为|达到|达|是)?$")
# 每站平均4名 / 平均每村3.2人: per thing of a kind the sentence counted (站 of 安监站16个)
_GDP = re.compile(r"(?:地区生产总值|GDP|生产总值)")
_PER_ITEM = re.compile(r"(?:平均)?每([\u4e00-\u9fff])(?:平均)?(?:约为|约|为|达到|达|有)?$")
# 每百户拥有家用汽车40辆 / 每百户居民家庭拥有空调152台
_PER_HUNDRED = re.compile(r"每(百|千)户[\u4e00-\u9fff]{0,12}?$")
_STUDENTS = re.compile(r"在校(?:学)?生$|学生(?:数|人数)?$|在园幼儿$|在校生总数$")


def _paragraph_before(doc, figs: list[Fig], r: Fig) -> list[Fig]:
    """Figures of the paragraph before r (its own sentence included)."""
    para = doc.folded.rfind("\n", 0, r.start) + 1
    return [g for g in figs if para <= g.start < r.start]


def _planned_before(doc, figs: list[Fig], r: Fig, cands: list[Fig]) -> list[Fig]:
    """Quantities among cands that a completion rate may take as terms: plans and budgets count (计划4,200户), bases,
    changes and plans for later do not."""
    folded = doc.folded
    return [g for g in cands if g.quantity and g.value is not None and "/" not in g.unit and g.start < r.start
            and not is_base(folded, g) and not is_change(folded, g) and not in_plan(folded, doc, g)]


_TERMS_NAMED = re.compile(r"([^与和同及，,；;、。\d]{2,8})(?:与|和|同)([^与和同及，,；;、。\d]{2,8})(?:之比|的比值?)(?:为|是|约为|约)?$")


def _weak_terms(doc, figs: list[Fig], r: Fig) -> list[tuple]:
    """A ratio whose terms are not pinned down by its own sentence → every plausible pairing, each (nums, den,
    scale, name). A weak pairing: the caller reports it only when one of them holds, never as an error."""
    folded = doc.folded
    lab = label_of(folded, r)
    if r.kind == "ratio" and r.text.endswith(":1") and _re.search(r"生师比", lab):
        # 在校学生4,862人…专任教师312人…。集团生师比为15.6:1: the terms in earlier sentences of the paragraph
        q = [g for g in _paragraph_before(doc, figs, r) if g in set(_quantities(figs, folded, doc, r))]
        nums = [g for g in q if _STUDENTS.search(_lab(folded, g)) and g.base_unit == "人"]
        dens = [g for g in q if _re.search(r"专任教师$", _lab(folded, g))] or \
            [g for g in q if _re.search(r"教师$", _lab(folded, g))]
        return [([n], d, Decimal(1), "生师比") for n in nums for d in dens]
    named = _TERMS_NAMED.search(lab) if r.kind == "ratio" and r.text.endswith(":1") else None
    if named:
        # 在校学生2,436人。…专任教师172人…；学生与专任教师之比为14.2:1: a ratio named by its two terms — the last
        # figure of the paragraph each term names (the label ends with it), the first over the second
        usable = set(_quantities(figs, folded, doc, r))
        q = [g for g in _paragraph_before(doc, figs, r) if g in usable]
        a, b = named.group(1), named.group(2)
        num = next((g for g in reversed(q) if _VERB_END.sub("", _lab(folded, g)).endswith(a)), None)
        den = next((g for g in reversed(q) if _VERB_END.sub("", _lab(folded, g)).endswith(b)), None)
        return [([num], den, Decimal(1), f"{a}与{b}之比")] if num and den and num is not den else []
    if r.kind == "percent" and _BOTH_SATISFIED.search(_clause_text(folded, r)):
        # 满意的139件、基本满意的11件，满意和基本满意率98.7% with no 不满意 count: over the cases counted before
        sent_q = _quantities(figs, folded, doc, r, same_sentence=True)
        a = [g for g in sent_q if _re.search(r"(?<!基本)(?<!不)满意的?$", _lab(folded, g))]
        b = [g for g in sent_q if _re.search(r"基本满意的?$", _lab(folded, g))]
        if len(a) != 1 or len(b) != 1 or a[0].base_unit != b[0].base_unit:
            return []
        least = a[0].value + b[0].value
        dens = [g for g in _quantities(figs, folded, doc, r) if g.sent >= r.sent - 8 and g.exact and g.base_unit == a[0].base_unit
                and g not in (a[0], b[0]) and g.value >= least]
        return [([a[0], b[0]], d, Decimal(1), "满意和基本满意率") for d in reversed(dens)]
    if r.kind == "percent" and _re.search(r"预算执行率(?:为|达到|达|是)?$", lab):
        # 预算资金2860万元…全年实际支出2634万元，预算执行率92.1%: spent over budgeted, in the paragraph
        q = [g for g in _paragraph_before(doc, figs, r) if g.base_unit == "元" and g in set(_quantities(figs, folded, doc, r))]
        nums = [g for g in q if _re.search(r"实际(?:支出|执行|完成)|(?:支出|执行)(?:数|金额)?$", _lab(folded, g))]
        # (专项资金预算3,860万元: a budget is a target the spending is measured against, so not among the quantities)
        dens = [g for g in _planned_before(doc, figs, r, _paragraph_before(doc, figs, r))
                if g.base_unit == "元" and _re.search(r"预算|安排|下达", _lab(folded, g)) and g not in nums]
        if nums and not dens:
            # （一）年初预算资金2,736万元。…\n（二）全年实际支出2,614万元，预算执行率95.5%: the budget in the lines
            # just before (up to eight sentences back)
            near = [g for g in _quantities(figs, folded, doc, r) if g.sent >= r.sent - 8]
            dens = [g for g in _planned_before(doc, figs, r, near)
                    if g.base_unit == "元" and _re.search(r"预算|安排|下达", _lab(folded, g)) and g not in nums]
        nums.sort(key=lambda g: "实际" not in _lab(folded, g))
        return [([n], d, Decimal(1), "预算执行率") for n in nums for d in reversed(dens)]
    if r.kind == "percent" and _re.search(r"(?<!预算)(?:完成|执行)率(?:为|达到|达|是)?$", lab):
        # 计划4,200户，实际完成4,356户，完成率103.7%: done over planned, both in the sentence
        q = _planned_before(doc, figs, r, [g for g in _paragraph_before(doc, figs, r) if g.sent == r.sent])
        nums = [g for g in q if _re.search(r"实际|^(?:已|累计)?完成", _lab(folded, g))]
        dens = [g for g in q if _re.search(r"计划|目标|任务|预算", _lab(folded, g)) and g not in nums]
        return [([n], d, Decimal(1), "完成率") for n in nums for d in dens if n.base_unit == d.base_unit]
    vital = _re.search(r"(出生|死亡)率(?:为|是)?$", lab)
    if vital and r.kind == "percent" and r.unit == "‰":
        # 全年出生人口3.18万人，出生率8.25‰ (常住人口… stated before): over the population, which for a rate is the
        # year's average — so only ever weak
        earlier = _quantities(figs, folded, doc, r)
        pop = _population(earlier, folded)
        nums = [g for g in earlier if g.sent == r.sent and g.base_unit == "人" and g is not pop
                and _re.search(vital.group(1) + r"(?:人口|人数)$", _lab(folded, g))]
        return [([nums[-1]], pop, Decimal(1), vital.group(0))] if pop is not None and nums else []
    per_pop = _re.fullmatch(r"/(10万|十万|万|千)(?:人)?", r.unit)
    if per_pop and r.kind == "ratio":
        # 常住人口42.6万人…传染病1,286例，发病率301.9/10万: cases over the residents (who are counted over the
        # year's average population, which the text rarely gives: so only ever weak)
        scale = Decimal(100000 if per_pop.group(1) in ("10万", "十万") else _SCALE[per_pop.group(1)])
        earlier = _quantities(figs, folded, doc, r)
        pop = _population(earlier, folded)
        nums = [g for g in earlier if g.sent == r.sent and g.exact and g.base_unit in ("例", "人", "起", "人次")
                and g is not pop]
        return [([n], pop, scale, "每" + per_pop.group(1) + "人") for n in nums[-1:]] if pop is not None else []
    hundred = _PER_HUNDRED.search(_clause_text(folded, r))
    if hundred and r.quantity:
        # 全县农户2.6万户，拥有家用汽车1.04万辆，每百户拥有家用汽车40辆: the things over the households, both in the
        # sentence (a bulletin's 每百户拥有量 usually comes from a sample survey: so only ever weak)
        sent_q = [g for g in _quantities(figs, folded, doc, r) if g.sent == r.sent]
        dens = [g for g in sent_q if g.base_unit == "户"]
        nums = [g for g in sent_q if g.base_unit == r.base_unit and not is_per_unit(folded, g)]
        scale = Decimal(_SCALE[hundred.group(1)])
        return [([n], d, scale, f"每{hundred.group(1)}户") for n in nums for d in dens if n is not d]
    m = _PER_HEAD.search(_clause_text(folded, r))
    if m and m.group(1) == "人均" and r.kind == "money" and _GDP.fullmatch(m.group(2)):
        # 按年末常住人口计算，人均地区生产总值15,830元: the year's GDP over the residents, counted anywhere in the
        # report (a bulletin gives the population last) — weak: per capita GDP is often of the average population
        usable, _ = _usable(doc, figs)
        gdp = _last(_quantities(figs, folded, doc, r), folded, r"^(?:全年|全县|全市|全区|全镇)*(?:实现)?(?:地区生产总值|GDP)$")
        pops = [g for g in usable if g.base_unit == "人" and _re.search(r"常住人口(?:为|是|达到|达)?$", _lab(folded, g))]
        return [([gdp], pops[0], Decimal(1), "人均地区生产总值")] if gdp is not None and gdp.kind == "money" and len(pops) == 1 else []
    each = _PER_ITEM.search(_clause_text(folded, r))
    if m is None and each and r.quantity:
        # 建成乡镇安监站16个，配备专职安监员64名，每站平均4名: the amount over the things its head noun names
        sent_q = [g for g in _quantities(figs, folded, doc, r) if g.sent == r.sent]
        dens = [g for g in sent_q if g.exact and _lab(folded, g).endswith(each.group(1))]
        nums = [g for g in sent_q if g.base_unit == r.base_unit and not is_per_unit(folded, g)]
        return [([n], d, Decimal(1), "每" + each.group(1)) for n in nums for d in dens if n is not d]
    if m is None and r.quantity:
        per = _per_thing(doc, figs, r)
        if per:
            return per
    if m is None or not r.quantity or _re.search(r"[月年日天季周]|每|增|减", m.group(2)) \
            or _re.search(r"[月日天周季旬]$", _clause_text(folded, r)[:m.start()]):
        return []  # (月人均341元 / 日均…: per head per month, of an amount over the year or none told)
    kind, item = m.group(1), m.group(2)
    earlier = _quantities(figs, folded, doc, r)
    same = [g for g in earlier if g.sent == r.sent and g.base_unit == r.base_unit and not is_per_unit(folded, g)]
    nums = [g for g in same if not item or _lab(folded, g).endswith(item)]
    if item and not nums:
        # 审结11,873件…，全院40名员额法官人均结案296.8件: the amount worded otherwise (never strong: named 人均结案)
        nums, kind = same, kind + item
    if kind.startswith("生均"):
        dens = [g for g in earlier if g.base_unit in ("人", "名") and g.exact and _STUDENTS.search(_lab(folded, g))]
    else:
        unit = ("人", "名", "人次") if kind.startswith("人均") else ("户",)
        # (涉及农户5.32万户，户均535元: a count in 万 is rounded, its interval carried into the quotient)
        dens = [g for g in earlier if g.sent == r.sent and g.base_unit in unit and (g.exact or _fine(g))]
    if item and any(_POP.search(_lab(folded, d)) for d in dens):
        # 项目资金8,642万元，其中中央补助5,185万元…；按常住人口96.8万人计算，人均补助89.3元: per resident (never strong),
        # of the total or of the item named — whichever holds
        nums = nums + [g for g in same if g not in nums]
    return [([n], d, Decimal(1), kind) for n in nums for d in dens if n is not d]


# 村均57万元 / 场均300人次 / 日均674吨: per thing of the kind the character before 均 names (人均, 生均, 户均 and 平均
# are _PER_HEAD's or no kind at all)
_X_PER = re.compile(r"([\u4e00-\u9fff])均(?:约为|约|为|达到|达|是)?$")
# 平均每公里2.17万元 / 每个新建书屋2000册: per thing named after 每 (a measure word before the noun aside)
_PER_NAMED = re.compile(r"每(?:个|所|家|座|处|条|名|位|项|件)?([\u4e00-\u9fff]{1,6}?)(?:平均)?(?:约为|约|为|达到|达|有|可)?$")
_YEAR_WORD = re.compile(r"全年|年度|本年|今年|当年|一年")
_PERIODS = {"日": "days", "天": "days", "月": 12}


def _period(r: Fig, n: int) -> Fig:
    """A count of days or months in the year, as a term of a quotient (日均 over the year's 365 days)."""
    return Fig("", r.start, r.start, f"{n}{'天' if n > 12 else '个月'}", Decimal(n), None, "天" if n > 12 else "月",
               Decimal(n), "天" if n > 12 else "月", "count", "", 0, "", "", r.sent)


def _per_thing(doc, figs: list[Fig], r: Fig) -> list[tuple]:
    """村均57万元 (342万元 over 6个行政村) / 场均300人次 (3.6万人次 over 一百二十场) / 平均每公里2.17万元 (3,150万元 over
    1,452公里, the sentence before) / 每个新建书屋2000册 (4.8万册 over 新建农家书屋24个) / 日均674吨 (全年24.6万吨 over
    365 days): an amount of the sentence over the things named, stated in the sentence or the one before it in the
    paragraph. A weak pairing: reported only when it holds."""
    folded = doc.folded
    clause = _clause_text(folded, r)
    x = _X_PER.search(clause)
    noun = x.group(1) if x and x.group(1) not in "人生户平" else ""
    if not noun:
        named = _PER_NAMED.search(clause)
        noun = named.group(1) if named else ""
    if not noun:
        return []
    earlier = _quantities(figs, folded, doc, r)
    sent_start = doc.sentences[r.sent].start
    nums = [g for g in earlier if g.sent == r.sent and g.base_unit == r.base_unit and not is_per_unit(folded, g)
            and not is_change(folded, g) and not is_base(folded, g)]
    if not nums:
        return []
    period = _PERIODS.get(noun) if len(noun) == 1 and x else None
    if period is not None:
        if not _YEAR_WORD.search(folded, sent_start, nums[-1].start):
            return []
        if period == "days":
            year = doc.year
            # (a leap year's total is still often divided by 365)
            days = [366, 365] if year is None or year % 4 == 0 and (year % 100 or year % 400 == 0) else [365]
            return [([n], _period(r, d), Decimal(1), noun + "均") for n in reversed(nums) for d in days]
        return [([n], _period(r, period), Decimal(1), noun + "均") for n in reversed(nums)]
    para = folded.rfind("\n", 0, r.start) + 1
    dens = []
    for g in earlier:
        if g.sent < r.sent - 1 or g.start < para or g in nums or g.base_unit == r.base_unit or is_per_unit(folded, g):
            continue
        if g.base_unit == noun and g.kind != "count":  # 1,452公里 for 每公里
            dens.append(g)
            continue
        if not (g.exact or g.base_unit == noun):
            continue
        label = _lab(folded, g)
        after = _re.match(r"[\u4e00-\u9fff]{1,8}", folded[g.end:g.end + 8])
        if g.base_unit == noun or label.endswith(noun) or (len(g.unit) > 1 and noun in g.unit[1:]) or (
                len(noun) > 2 and label.endswith(noun[-2:]) and all(c in label for c in noun[:-2])) or (
                after is not None and len(g.unit) == 1 and (
                    after.group(0).startswith(noun) or len(noun) == 1 and noun in after.group(0)[:4])):
            dens.append(g)
    return [([n], d, Decimal(1), ("每" if not x else "") + noun + ("均" if x else "")) for n in reversed(nums)
            for d in reversed(dens)]


def _fine(g: Fig) -> bool:
    """A rounded count (5.32万户) whose rounding moves it by at most 0.5% — fine enough to divide by."""
    iv = g.norm_interval(False) if g.norm is not None else None
    return (iv is not None and iv.bounded and not g.qualifier and iv.low > 0
            and (iv.high - iv.low) <= Decimal("0.01") * iv.low)


def _strong_per_head(doc, figs: list[Fig], r: Fig, cands: list[tuple]) -> bool:
    """发放补贴1,086.4万元，惠及7,342人，人均1,480元: one amount and one head count in the sentence, in that order,
    neither a population (per capita of residents uses the average population, which the text rarely gives)."""
    if len(cands) != 1 or len(cands[0][0]) != 1:
        return False
    (num,), den, _, kind = cands[0]
    return (kind in ("人均", "户均") and num.start < den.start and den.sent == r.sent and den.base_unit != "人次"
            and not _POP.search(_lab(doc.folded, den)) and not _re.search(r"人口", _lab(doc.folded, den)))


def _sum(figs: list[Fig]) -> Interval:
    total = figs[0].norm_interval(False)
    for g in figs[1:]:
        total = total + g.norm_interval(False)
    return total


def _quotient(nums: list[Fig], den, scale: Decimal, r: Fig) -> Interval | None:
    """The terms → their quotient in the stated figure's unit (None when it cannot be had)."""
    dens = den if isinstance(den, list) else [den]
    if any(g is None or g.norm is None for g in nums + dens):
        return None
    d_iv = _sum(dens)
    if not d_iv.bounded or d_iv.contains(Decimal(0)):
        return None
    q = (_sum(nums) / d_iv).scale(scale)
    # into the stated unit: % or ‰, and 万元 of 户均4.03万元 (the terms are in base units)
    return q.scale(1 / r.multiplier) if r.kind == "percent" or r.multiplier > 1 else q


def _holds(cand: tuple, r: Fig) -> bool:
    try:
        q = _quotient(cand[0], cand[1], cand[2], r)
        return q is not None and q.overlaps(r.interval())
    except (ArithmeticError, ValueError, TypeError, KeyError):
        return False


def _bound(folded: str, r: Fig) -> bool:
    """资产负债率超过70%的有2户 / 控制在65%以内: a bound that picks things out or caps them, not the ratio stated."""
    return r.qualifier in BOUNDS or folded[r.end:r.end + 1] == "的"


# every word a ratio form below names (in the clause before the figure), or a unit per something (张/千人, /10万)
# (each alternative opens with a literal character, so the engine skips ahead to them: 人均|生均|户均, not [人生户]均)
_NAMES_A_RATIO = re.compile(r"生师比|之比|收入比|死亡率|出生率|负债率|提取率|贷款率|城镇化率|满意|执行率|完成率|每|人均|生均|户均")


def _candidates(doc, figs: list[Fig]) -> list[Fig]:
    """Figures that may state a derived ratio: a ratio, percent or per-unit amount whose clause names one of the
    forms, not a base, target, plan or bound; built once per document (most reports have a handful)."""
    def build():
        folded = doc.folded
        out = []
        hits = {}
        for r in figs:
            if r.value is None or r.norm is None or r.kind not in ("ratio", "percent", "count", "money", "weight",
                                                                   "area", "length"):
                continue
            if "/" not in r.unit:
                rx = _NAMES_A_RATIO if r.kind in ("ratio", "percent") else _PER_WORD
                if rx not in hits:
                    hits[rx] = _matches_by_clause(folded, rx)
                if not _matched_in_clause_before(hits[rx], r.start):
                    continue
            if is_reference(folded, r) or in_plan(folded, doc, r) or _bound(folded, r):
                continue
            out.append(r)
        return out
    return cached(doc, "_ratio_candidates", figs, build)


_PER_WORD = re.compile(r"每|均")  # (人均, 生均, 户均, 村均, 日均…: plain characters, for speed)


def _matches_by_clause(folded: str, rx: re.Pattern) -> tuple[list[int], list[int]]:
    """One scan of the text: the end of each match of a pattern of plain words (no separator, digit or lookaround in
    it) and the end of the clause the match sits in."""
    ends, clause_ends = [], []
    for m in rx.finditer(folded):
        ends.append(m.end())
        clause_ends.append(clause_end(folded, m.start()))
    return ends, clause_ends


def _matched_in_clause_before(hits: tuple[list[int], list[int]], pos: int) -> bool:
    """Does the pattern match between the start of pos's clause and pos (rx.search(folded, clause_start(folded, pos),
    pos), without the clause)? The last match ending by pos does, when no separator lies between it and pos."""
    ends, clause_ends = hits
    i = bisect.bisect_right(ends, pos) - 1
    return i >= 0 and clause_ends[i] >= pos


def strong_terms(doc, figs: list[Fig]) -> dict:
    """Figures → {start of a rate or ratio: its terms} for every one whose form and both terms the text names
    (生师比, 资产负债率, 婴儿死亡率…); built once per document. The share rule leaves these to derived_ratio."""
    def build():
        out = {}
        for r in _candidates(doc, figs):
            try:
                got = _terms(doc, figs, r)
            except (ArithmeticError, ValueError, TypeError, KeyError):
                got = None
            if got is not None:
                out[r.start] = got
        return out
    return cached(doc, "_strong_ratio_terms", figs, build)


def derived_ratio(doc, figures) -> list[dict]:
    """A rate or ratio whose numerator and denominator are both stated → the quotient against the stated value."""
    figs = figs_of(doc, figures)
    folded = doc.folded
    out = []
    strong = strong_terms(doc, figs)
    shared = {s.pct.start for s in find_shares(doc, figs) if s.part is not None and (s.total or s.guess) is not None}
    starts = [g.start for g in figs] if strong or _candidates(doc, figs) else []
    for r in _candidates(doc, figs):
        try:
            got, weak = strong.get(r.start), False
            if got is None:
                if r.start in shared:
                    continue  # 实际完成34项，完成率94.4% (of 36项): share_of_total pairs it already
                cands = _weak_terms(doc, figs, r)
                weak = not _strong_per_head(doc, figs, r, cands)
                got = next((c for c in cands if _holds(c, r)), None) if weak else (cands[0] if cands else None)
            if got is None:
                continue
            nums, den, scale, name = got
            dens = den if isinstance(den, list) else [den]
            if any(g is None or g.norm is None for g in nums + dens):
                continue
            if any(g is not r and g.unit == r.unit and g.norm == r.norm for g in nums):
                continue  # (全年每千人口床位6.4张 after …每千人口床位6.4张: the ratio restated is no numerator of itself)
            d_iv = _sum(dens)
            if not d_iv.bounded or d_iv.contains(Decimal(0)):
                continue
            q = (_sum(nums) / d_iv).scale(scale)
            if r.kind == "percent" or r.multiplier > 1:
                q = q.scale(1 / r.multiplier)  # into the stated unit (% or ‰, 万元 of 户均4.03万元)
            # (新增学位6,120个，平均每所556个: a quotient is rounded as stated, never an exact count — 556.36 → 556)
            want = qualified(r.value, r.decimals or 0, r.qualifier, False) if r.exact and r.kind != "percent" else r.interval()
        except (ArithmeticError, ValueError, TypeError, KeyError):
            continue
        dd = (r.decimals or 0) + 1
        unit = r.unit if r.kind == "percent" else ""
        num_txt = "+".join(g.text for g in nums)
        den_txt = "+".join(g.text for g in dens)
        ratio = f"({num_txt})/({den_txt})" if len(nums) > 1 else f"{num_txt}/{den_txt}"
        if scale == 100000000:
            ratio += " per 亿元"
        elif scale != 1:
            ratio += f" × {scale}"
        computed = f"{ratio} = {fmt_interval(q, dd + 1, unit)}; stated {r.text} needs {fmt_interval(want, dd, unit)}"
        ok = q.overlaps(want)
        if not ok and name in ("出生率", "死亡率") and q.low is not None and want.low is not None and (
                abs(_mid(q) - _mid(want)) <= _CRUDE_SLACK * _mid(want) or _other_population(q, want)):
            continue  # (within what the year-end population, not the average one, may shift; or of another: no verdict)
        ids = sorted({g for g in nums + dens if g.id}, key=lambda g: g.start) + [r]  # (365天 of 日均: no figure)
        if ok:
            verdict = schema.CONSISTENT
            en = f"{name}: {ratio} gives {fmt_interval(q, dd, unit)}, which the stated {r.text} rounds correctly."
            zh = f"{name}：{ratio}得{fmt_interval(q, dd, unit)}，与所述{r.text}相符。"
        else:
            verdict = schema.INCONSISTENT
            cause = _slip_cause(q, want)
            en = f"{name}: {ratio} gives {fmt_interval(q, dd, unit)}, not {r.text}." + (
                f" Probable cause: {cause}." if cause else "")
            zh = f"{name}：{ratio}得{fmt_interval(q, dd, unit)}，而非所述{r.text}。" + (
                f"可能原因：{_SLIP_ZH[cause]}。" if cause else "")
        # the span names the ratio (户籍人口城镇化率41.9%): from the clause start or the figure before it in the clause
        cs = clause_start(folded, r.start)
        start = max([cs] + [g.end for g in figs[bisect.bisect_left(starts, cs):bisect.bisect_left(starts, r.start)]
                            if g.end <= r.start])
        while start < r.start and folded[start] in " \u3000，,：:":
            start += 1
        out.append(result("share_of_total", verdict, ids, start, r.end, f"{r.text} ({name})", computed, en, zh,
                          "" if ok else cause))
    return out


def _other_population(q: Interval, want: Interval) -> bool:
    """出生率6.96‰ of 4.26万人 over 193.72万人 (22.0‰): a crude rate a third or less, or three times or more, of what the
    population counted gives is of another population (a part of it, or one the text does not state) — unless the
    two differ by a power of ten, a decimal point or 万 slipped."""
    if not (q.bounded and want.bounded) or q.low <= 0 or want.low <= 0 or _slip_cause(q, want):
        return False
    k = _mid(q) / _mid(want)
    return k >= 3 or k <= Decimal(1) / 3


_SLIP_ZH = {"万 and 元 mixed up": "万元与元混用", "decimal point misplaced": "小数点错位"}


def _slip_cause(q: Interval, want: Interval) -> str:
    """户均1.5元 of 120万元/800户 (1,500元): a stated per-unit value off by a power of ten — 10,000 is 万 written for
    元 (or the reverse), 10/100/1,000 a decimal point misplaced; '' otherwise."""
    if not (q.bounded and want.bounded) or q.low <= 0 or want.low <= 0:
        return ""
    for k in (4, 1, 2, 3):
        f = Decimal(10) ** k
        for scaled in (q.scale(f), q.scale(1 / f)):
            if scaled.overlaps(want):
                return "万 and 元 mixed up" if k == 4 else "decimal point misplaced"
    return ""
