"""The same metric, scope and period given two different values in one report.

Conservative on purpose (a false alarm costs more than a miss): the metric must be named right before
both figures and be specific (three characters or more, not 企业 or 资金); the scope (new this year,
last year, cumulative or stock) and the period (the years in the sentence) must agree; plans, ranges,
sub-periods (国庆期间, 上半年, 3月至5月) and qualified figures that could agree are left alone.
Only contradictions are reported.
"""
from __future__ import annotations

import re

from .. import schema
from .common import Fig, clause_end, clause_start, figs_of, in_plan, is_sub_period, per_figure, result

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
    if not f.quantity or f.value_high is not None or in_plan(folded, doc, f):
        return None
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
        metric, scope, org, period, unit = key
        reading = {"new": "added in", "prev": "the year before", "stock": "the total for"}[scope]
        reading_zh = {"new": "新增", "prev": "上年", "stock": "总量"}[scope]
        computed = f"{a.text} ≠ {f.text} for {metric} ({reading} {period}{', own unit' if org == 'own' else ''})"
        en = (f"{metric} is given as {a.text} and later as {f.text}; both read as {reading} {period}, "
              f"so one of them is wrong (or the two differ in scope the text does not say).")
        zh = f"{metric}前称{a.text}、后称{f.text}，均按{period}年{reading_zh}理解，二者矛盾，应核对口径或数字。"
        out.append(result("cross_reference", schema.INCONSISTENT, [a, f], a.start, f.end,
                          f"{a.text}; {f.text}", computed, en, zh, "same metric stated with two values"))
    out.extend(_noun_after_conflicts(doc, folded, figs))
    out.extend(_restated(doc, folded, figs))
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


def _same_name(folded: str, a: Fig, f: Fig) -> bool:
    """Do two equal figures name one quantity? Their labels share a run of the metric's name, or the noun after
    the later one (412件提案) is named where the earlier one stands (经提案委员会审查立案412件)."""
    la, lf = _core_label(folded, a), _core_label(folded, f)
    na, nf = _after_noun(folded, a), _after_noun(folded, f)
    if not lf and nf:
        lf = folded[clause_start(folded, f.start):f.start] + folded[f.end:clause_end(folded, f.end)]  # 新接收进馆的4,326卷档案
    run = _common_run(la, lf)
    if run >= 3 and run >= min(4, len(la), len(lf)):
        return True
    if f.norm < 10 or is_sub_period(folded, a) or is_sub_period(folded, f):
        return False  # a small count repeats by chance (死亡4人 of 工矿商贸 and of 一季度); a part of the year is another quantity
    if len(la) >= 2 and la == lf:
        return True  # 死亡21人 … 实际死亡21人
    if len(na) >= 3 and folded.startswith(na, f.end):
        return True  # 辖14个行政村，… 14个行政村集体经济收入…
    if len(nf) >= 2 and (nf == na or (not na and nf in folded[clause_start(folded, a.start, "；;。！？!?\n"):a.start])):
        return True  # 辖14个行政村 … 14个行政村; 受理信访事项2,318件 … 在受理的2,318件信访事项中
    return False


def _restated(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """The same quantity stated twice, in two sentences, under labels that share its name → consistent rows
    (技术合同成交额8.7亿元 … 成交额8.7亿元; 政府投资审计12个 … 审计政府投资项目12个)."""
    seen: dict[tuple, list[Fig]] = {}
    out = []
    for f in figs:
        if not f.quantity or f.value_high is not None or f.qualifier or f.norm is None or f.sent < 0:
            continue
        key = (f.norm, f.base_unit)
        earlier = seen.setdefault(key, [])
        prev = [a for a in earlier if a.sent != f.sent]
        earlier.append(f)
        if not prev or in_plan(folded, doc, f):
            continue
        # the latest earlier statement first (as before), then older ones (共计227件 … 合计227件 … 227件建议)
        a = next((a for a in reversed(prev) if _same_name(folded, a, f)), None)
        if a is None:
            continue
        computed = f"{a.text} = {f.text}"
        out.append(result("cross_reference", schema.CONSISTENT, [a, f], a.start, f.end, f"{a.text}; {f.text}", computed,
                          f"{a.text} is stated again later as {f.text}; the two agree.",
                          f"前文{a.text}与后文{f.text}一致。"))
    return out
