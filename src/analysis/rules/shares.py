"""Shares: a part over its total against the stated share, shares of one whole summing to 100, and
whether a percentage is possible at all for the number of things it counts (GRIM).

share_of_total  "共收到提案9件，其中…4件，占到44%"          4/9 = 44.4% against 43.5–44.5
percent_sum     "分别占12.4%、71.3%和16.3%"                 the shares of one whole add up to 100
granularity     "对7家机构开展评估，合格率为50%"            no k in 0…7 gives 50% ± 0.5

A rate over a rounded count (办结率99.6% of 1.36万件) is possible whenever some n within the count's rounding gives
it; a survey rate (满意率) is judged only on the people, cases or questionnaires asked, never on the places counted
before it; a fraction in words of counted things (三分之一的单位) is judged only when it holds; 六成 is read to the 成.
"""
from __future__ import annotations

import bisect
import functools
import importlib
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from fractions import Fraction

from .. import schema
from .common import (BOUNDS, CHECK_ACTS, DIGIT_OR_PCT, AMONG_ZHONG, bigrams, CJK_CHAR, CONTINUOUS, Fig, parallel_totals, cached, denied, tail_shared, other_place, figs_by_sentence, clause_end, clause_start, counts_into, figs_of, in_plan, is_base, is_change, same_count_unit,
                     is_average, is_per_unit, is_reference, is_sub_period, is_target, item_label, label_of, paragraph_start, per_figure, result, same_unit, span_of)
from ..numerals import parse_number
from .growth import _TARGET_BEFORE
from .intervals import Interval, fmt, fmt_interval, rounding_cause, shown_apart


@functools.lru_cache(maxsize=4096)
def _rx(pattern) -> re.Pattern:
    """A pattern compiled once (patterns built from the text's words recur; re's own cache of 512 churns)."""
    return re.compile(pattern)


class _re:  # re's module functions over _rx (no flags are used here)
    search = staticmethod(lambda p, s: _rx(p).search(s))
    match = staticmethod(lambda p, s: _rx(p).match(s))
    fullmatch = staticmethod(lambda p, s: _rx(p).fullmatch(s))
    sub = staticmethod(lambda p, r, s: _rx(p).sub(r, s))
    split = staticmethod(lambda p, s: _rx(p).split(s))
    findall = staticmethod(lambda p, s: _rx(p).findall(s))
    finditer = staticmethod(lambda p, s: _rx(p).finditer(s))


_LATE: dict = {}


def _late(name: str):
    """A sibling module that imports this one (sums, ratios), imported once when first asked for."""
    mod = _LATE.get(name)
    if mod is None:
        mod = _LATE[name] = importlib.import_module("." + name, __package__)
    return mod


HUNDRED = Decimal(100)
_CN_SEP = "，,；;。！？!?\n、"
# A share is announced by 占 (占到, 占全市…的, 占比), a 比重/比例, or a rate word (合格率, 满意度).
_ZHAN = re.compile(r"(?<![挤侵抢霸独])占(?!地(?!区)|[用领据有])(?:到(?![位账])|了)?")
_RATE = re.compile(r"([\u4e00-\u9fffA-Za-z]{0,10}?)(率|满意度|比率|进度|(?<=亏损)面)(?:分别|依次|均)?(?:为|是|达到|达|约为|约|仅为|高达|降至|降到|升至|升到)?$")
_TAIL = re.compile(r"(?:的)?(?:比重|比例|份额|比率|构成比|比)?(?:分别|依次)?(?:为|是|达到|达|约为|约|仅为|高达|近|超过)?$")
_SCOPE = re.compile(r"全(?:市|县|区|镇|乡|旗|省|州|盟)")
_GENERIC_WHOLE = {"", "总数", "总量", "总额", "总体", "全部", "总", "其", "全部总数", "总计", "合计", "总人数", "总户数"}
# Rates over the cases just counted: with no count in the sentence, the paragraph's total is their n.
_CASE_RATES = re.compile(r"办结|结案|答复|回复|办复|采纳|落实|完成|见面|面商|沟通|整改|解决|化解|调解|执结|审结|撤诉|立案")
_SURVEY_RATES = re.compile(r"满意|好评|知晓|认可|支持")
_MODIFIER_BEFORE = ("基本", "不", "不能", "未能", "无法", "难以", "逐步", "计划", "待", "较", "比较", "非常", "很", "不太", "一般", "应", "未", "没有", "部分", "正在", "尚在", "非")  # 应参训120人 is the n of 参训率; 非党员 is not 党员
_AGES = {"岁", "周岁"}
_DURATIONS = {"年", "个月", "月", "天", "日", "周", "小时", "分钟", "秒", "季度", "个工作日", "工作日", "届", "次会议"}
_TOTAL_WORDS = re.compile(r"(?<!公)共|总|合计|累计|全年|全部|共计|总计|所有|全市|全县|全区|受理|收到|承办|办理|抽查|抽检|调查|评估|检查")


@dataclass
class Share:
    """A stated share and what it is a share of."""

    pct: Fig
    part: Fig | None = None
    total: Fig | None = None
    stem: str = ""          # what the share is of, as the text names it (调解结案, 税收)
    whole: str = ""         # a named whole after 占 (全社会固定资产投资)
    rate: bool = False      # announced by a rate word (合格率, 满意度) rather than 占
    list_id: int = -1       # shares listed together after one cue (分别占a%、b%和c%)
    siblings: list = field(default_factory=list)
    subtotal: int = 0       # 以上四类合计占74.1%: the sum of the n shares before it, not a share of its own
    extra: list = field(default_factory=list)  # A和B合计占…: the parts after the first of a combined share
    weak: bool = False      # 占全区的76.0%: the whole is only the report's scope; a row only when it holds
    rest: bool = False      # 委员218名，其中中共党员83名，党外委员占61.9%: the share is of the whole less the part
    # a whole that gives the stated share but that the wording does not pin down (the group the sentence names):
    # reported by share_of_total when it holds, never taken by other rules as the share's total
    guess: Fig | None = None
    firm: bool = False      # the whole is pinned by the wording (全市86个文化站中… 占文化站总数的): no other is tried

    @property
    def parts(self) -> list:
        return ([self.part] if self.part is not None else []) + self.extra


# 收益率, 利润率, 负债率…: a return or a burden on some base (资产, 缴存余额), not the share a part has in a whole
_YIELD = re.compile(r"(?:收益|利润|回报|负债|税负|利息|盈利|毛利|净利|费用|成本)$")


_PLACES_COVERED = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:小区|社区|行政村|村|乡镇|街道|学校|园区|楼栋)")
_LOOKED_OVER = re.compile(r"摸排|排查|检查|调查|走访|普查|摸底|核查")
_AMONG_BEFORE = re.compile(r"中[，,]$")
_LEVEL_BEFORE = re.compile(r"(?:至|截至|到)?(?:上年|去年|上一年)(?:末|底)|年初")
_RUNNING_NOW = re.compile(r"累计|总数|现有|目前|达到")
_TARGET_NAMED_AFTER = re.compile(r"的?(?:年度|全年|既定|预期|规划|考核|约束性)?(?:目标|任务|要求)")
_HAVE_SHARE = re.compile(r"(?:其中)?(?:已|仅|只|共)?有")
_PROPORTION_TAIL = re.compile(r"(比重|比例|占比|份额|构成比|权重)(?:分别|依次)?(?:为|是|达到|达|约为|约)?$")
_STEM_ADVERB_TAIL = re.compile(r"(?:分别|依次|均|各|约|仅|所|其)$")
_WHOLE_TOTAL_TAIL = re.compile(r"(?<=.)(?:的)?(?:总数|总量|总额|总和|总计|总体|总人数)$")
_TO_HEAD = re.compile(r"^(?:了|到(?![位账]))")
_DIGIT_OR_PCT = DIGIT_OR_PCT
_SPACES = " \t\u3000\xa0"
_IN_WHOLE = re.compile(r"在([\u4e00-\u9fff]{2,16}?)" + AMONG_ZHONG + r"(?:的)?(?:所|所占|占)?$")


def _last_zhan(text: str) -> re.Match | None:
    """The last match of _ZHAN in the text (its matches never overlap: each is one 占 the lookarounds allow), found
    from the end."""
    i = text.rfind("占")
    while i >= 0:
        m = _ZHAN.match(text, i)
        if m:
            return m
        i = text.rfind("占", 0, i)
    return None


# （药占比）/（城镇化率）: the ratio's short name — never a scope or basis (（按常住人口计）, （含民办）), which changes the whole
_ALIAS_BEFORE_COPULA = re.compile(r"[（(](?:简称|即)?[\u4e00-\u9fff]{1,5}(?:率|占比|比重|比)[）)]((?:为|是|达到|达|约为)?)$")


# grades listed, then 的分别为 (no 占): each the share of those who gave it
_GRADES_RESPECTIVE = re.compile(r"(?P<names>[^，,；;。]*(?:满意|合格|优秀|良好|称职|达标)[^，,；;。]{0,24}的)(?:比例|占比)?(?:分别|依次)"
                                r"(?:为|是|达到|达)$")
_REST_LEAD = re.compile(r"(?:而|另有)?(?:其余|其他|其它|剩余|余下)(?:的)?")
_REST_IS = re.compile(r"(?:为|是|用于|属于|来自|系)")


def _cue(before: str) -> tuple[str, str, bool] | None:
    """Clause text before a percent → (stem, named whole, is_rate) when it announces a share."""
    # (公办学校占81.6%、民办学校占19.4%: a share before a 、 closes an item of the list, as a comma would)
    if (k := max(before.rfind("%、"), before.rfind("％、"))) >= 0:
        before = before[k + 2:]
    if "）" in before or ")" in before:
        # 药品收入占业务收入的比重（药占比）为42.5%: a short name in brackets after the cue names it again
        before = _ALIAS_BEFORE_COPULA.sub(r"\1", before)
    m = _last_zhan(before)
    if m is not None and not _DIGIT_OR_PCT.search(before[m.end():]):
        whole = _TAIL.sub("", before[m.end():])
        whole = _TO_HEAD.sub("", whole)
        whole = _WHOLE_TOTAL_TAIL.sub("", whole)
        stem = _STEM_ADVERB_TAIL.sub("", before[:m.start()])
        if not whole and (within := _IN_WHOLE.search(stem)):
            stem, whole = stem[:within.start()], _WHOLE_TOTAL_TAIL.sub("", within.group(1))  # 民生支出在总支出中占78.6%
        return stem, ("" if whole in _GENERIC_WHOLE else whole), False
    r = _RATE.search(before) if "率" in before or "满意度" in before or "进度" in before or "亏损面" in before else None
    if r:
        stem = r.group(1) + ("满意" if r.group(2) == "满意度" else "")
        if not stem and r.group(2) != "满意度":
            return None
        return stem, "", True
    if _HAVE_SHARE.fullmatch(before):
        return "有", "", False  # 全区12个社区卫生服务站中，已有45%完成标准化建设: a share of the group the sentence opened with
    m = _PROPORTION_TAIL.search(before)
    if m:
        stem = before[:m.start()]
        within = _IN_WHOLE.search(stem)
        if within and within.group(1) not in _GENERIC_WHOLE:
            # 民生支出在总支出中占比达78.6% / 完成投资172.6亿元，在全市固定资产投资中所占比重为44.7%: the whole named
            # by 在X中, as after 占
            return stem[:within.start()], _WHOLE_TOTAL_TAIL.sub("", within.group(1)), False
        return stem, "", False
    return None


@per_figure
def _clause_text(folded: str, f: Fig) -> str:
    """The text of the figure's clause before it (with the default separators), kept on the figure's record:
    the share and sum rules ask for it many times."""
    return folded[clause_start(folded, f.start):f.start]


@per_figure  # (kept on the figure's record: asked for many times)
def _segment_before(folded: str, f: Fig) -> str:
    """Text between the previous separator (、 included) and the figure: the label of a listed part."""
    return folded[clause_start(folded, f.start, _CN_SEP):f.start]


_MONEY_TAIL = re.compile(r"(?:资金|经费|金额)$")
# (全县15个乡镇的农村饮用水水源地…达标率: the places hold the things rated, which are not the places counted)
_OTHER_HOLDER = re.compile(r"的|乡镇|街道|社区|行政村|村|[县区](?!级)")
_CLASS_MARK = re.compile(r"[A-Da-d甲乙丙丁一二三四]类")
_SPENT_ON = r"(?:全部|全额|主要|资金)?(?:用于|投向|投入到)"  # (the whole's name as the subject of its uses)


def _stem_matches(label: str, stem: str) -> bool:
    """Does a part's label name the rate's stem (调解结案219件 for 调解结案率)?"""
    stem = _re.sub(r"^(?:其中|全年|今年|当年|全市|全县|全区)", "", stem)
    if len(stem) < 2 and not stem:
        return False
    # 已整改到位108个 for 整改完成率: 到位/完毕 say 完成
    label = _re.sub(r"到位|完毕", "完成", label) if "完成" in stem else label
    k = label.rfind(stem)
    if k < 0 and len(stem) == 4 and (m := _re.search(re.escape(stem[:2]) + r"(?:或|和|及|、|与|或者)" + re.escape(stem[2:]), label)):
        k = m.start()  # 已解决或采纳的132件 for 解决采纳率: the two acts the rate names, joined in the label
    if k < 0:
        # 已完成整改19个 for 整改完成率: the same words in the other order
        tail = label[-len(stem) - 1:]
        if len(stem) >= 4 and all(tail.count(c) >= stem.count(c) for c in set(stem)):
            return True
        # 取得职业资格证书9,350人 for 取证率: a two-character name spelled out, its characters in order
        return len(stem) == 2 and stem[0] in label[-12:] and stem[1] in label[-12:] and bool(_re.search(re.escape(stem[0]) + r"[\u4e00-\u9fff]{1,6}" + re.escape(stem[1]) + r"[\u4e00-\u9fff]{0,3}$",
                                                 label[-12:])) and not _re.search(r"未|不|没", label)
    # (已解决或基本解决18件 for 解决率: any mention not qualified; 暂不能解决 3件 is not one of those solved)
    while k >= 0:
        # (检查企业360家，检查发现问题企业120家，检查率: what the act found is not what it covered)
        if not any(label[:k].endswith(m) for m in _MODIFIER_BEFORE) and not _ACT_FOUND.match(label, k + len(stem)):
            return True
        k = label.rfind(stem, 0, k)
    return False


_ACT_FOUND = re.compile(r"(?:中|时|过程中)?(?:发现|查出|查实|查处)")


def _item(folded: str, g: Fig) -> str:
    """A listed item's own name (职工医保 of 其中职工医保142.7万人)."""
    return _re.sub(r"^(?:其中|包括|含|有)", "", _segment_before(folded, g))


_NEGATION_OR_PENDING = re.compile(r"未|不|没|尚|待|正在")


def _named_after(folded: str, g: Fig, stem: str) -> bool:
    """培训2,680人，其中1,946人实现就业，就业率72.6%: the count's clause names the rate's stem after it."""
    after = folded[g.end:clause_end(folded, g.end)]
    return (len(stem) >= 2 and len(after) <= 12 and stem in after and bool(_re.search(re.escape(stem) + r"了?$", after))
            and not _NEGATION_OR_PENDING.search(after))


_OWN_SHARE_AFTER = re.compile(r"(?:[，,（(])?(?:分别|依次|均)?占(?!地(?!区)|[用领据有])")


def _is_sibling(folded: str, f: Fig) -> bool:
    """Is the figure itself a part followed by its own share (提案4件，占到44%)?"""
    return bool(_OWN_SHARE_AFTER.match(folded[f.end:f.end + 4]))


def _part_of_named(folded: str, f: Fig, whole: str) -> bool:
    """(乙类)51件，占受理案件总数的56.04%: is the figure itself stated as a share of the named whole? It is then one of
    its parts, never that whole (the next class's share of it is not a share of this class)."""
    m = _OWN_SHARE_AFTER.match(folded, f.end, f.end + 4) if whole else None
    return m is not None and folded.startswith(whole, m.end() + (folded[m.end():m.end() + 1] == "全"))


def find_shares(doc, figs: list[Fig]) -> list[Share]:
    """Figures → every stated share with its part and total where the text gives them (built once per document)."""
    return cached(doc, "_shares_cache", figs, lambda: _find_shares(doc, figs))


_EACH_SHARE = re.compile(r"(?:分别|依次|各)占")
_FROM_BEFORE = re.compile(r"(?<![案理缘事来])由[^，,；;。]*$")  # (not 案由, 理由: a cause)
_EACH_WORD = re.compile(r"分别|依次|各")
_LIST_JOINT = re.compile(r"[、和及与]|以及")


# 帮扶后出口增长的企业占75%: a change that describes the things counted (增长的企业), not a change of the share
_GREW_ATTR = re.compile(r"(?:增长|下降|增加|减少|提高|降低)的(?=[\u4e00-\u9fff]{1,6}(?:分别|均)?占[^占，,；;。]{0,12}$)")
_ABOVE_SUM = re.compile(r"(?:[，,])?(?:以上|上述)(?:([一二三四五六七八九十两\d]{1,2})(?:项|类|个|种|部分|方面)|各项|几项|各类|几类)?"
                        r"(?:合计|共计|累计|总计|共|合)")


def _above_listed(folded: str, s: Share, before_figs: list[Fig]) -> list[Fig] | None:
    """支出11.26亿元，其中教育3.12亿元、社保1.87亿元、农林水1.64亿元，以上合计占58.9%: the items listed after the
    其中 (all of them, 以上 says) over the figure the 其中 was taken from → [whole, item, item, …]."""
    m = _ABOVE_SUM.fullmatch(s.stem)
    if not m:
        return None
    n = parse_number(m.group(1)) if m.group(1) else None
    for k, g in enumerate(before_figs[:-2]):
        if _re.fullmatch(r"[，,：:]?其中", folded[g.end:before_figs[k + 1].start][:3]) or folded.startswith("，其中", g.end):
            items = before_figs[k + 1:]
            if (len(items) >= 2 and all(same_unit(g, h) for h in items) and not _smaller(g, items[0])
                    and (n is None or (n[0] is not None and n[0] == len(items)))
                    and not _re.search(r"[；;。]", folded[g.end:s.pct.start])):
                return [g] + items
            return None
    return None


_PLAN_OF = re.compile(r"(?:年度|年初|全年|原|下达|为)计划|计划(?:数|任务|指标|目标)|目标|预计|任务")  # (not 科技计划项目)
_PLAN_RATE = re.compile(r"完成|执行|进度|实现|达成|兑现|到位|拨付|支出|计划|目标|任务")
_RESULTS_GRADED = re.compile(r"(?:从|按)(?:办理|办复|答复)结果(?:看|来看|分)[，,：:]")
_ALL_ANSWERED = re.compile(r"(?:已|均已|全部|均)[\u4e00-\u9fff]{0,4}(?:答复|办复|办结|办理完毕)[^，,；;。]{0,4}[，,：:]其中")


def _answered_whole(doc, folded: str, figs: list[Fig], sents: dict, s: Share) -> Fig | None:
    """主办提案已全部答复，其中已解决18件，列入计划解决8件，暂不能解决3件。…表示满意28件，满意率93.1%: a survey of the
    answers is over all the cases answered — the count stated earlier that the sentence before's breakdown adds up to."""
    part = s.part
    if not _SURVEY_RATES.search(s.stem) or part.base_unit != "件" or part.sent < 1:
        return None
    prev = doc.sentences[part.sent - 1]
    # (从办理结果看，…（A类）213件，…（B类）141件，…（C类）32件。…满意的372件，满意率…: the answers graded, all of them)
    m = _ALL_ANSWERED.search(folded, prev.start, prev.end) or _RESULTS_GRADED.match(folded, prev.start)
    if m is None or paragraph_start(folded, part.start) > prev.start:
        return None
    items = [g for g in sents.get(part.sent - 1, []) if g.start >= m.end() and g.kind == "count" and g.exact and g.value]
    if len(items) < 2 or any(g.base_unit != "件" for g in items):
        return None
    total = sum(g.value for g in items)
    return next((g for g in reversed(figs) if g.end <= m.start() and g.base_unit == "件" and g.exact and g.value == total
                 and not is_reference(folded, g) and not _bracket_base(folded, g)), None)


def _said_all_answered(doc, folded: str, figs: list[Fig], s: Share) -> Fig | None:
    """代表对办理结果表示满意和基本满意的115件，满意率为98.3% … after 118件建议已全部办结并书面答复代表: a survey of
    the answers is over the one count of cases (件) the report said, in its own clause and up to ten sentences back, were
    all answered."""
    part = s.part
    if not _SURVEY_RATES.search(s.stem) or part.base_unit != "件" or part.sent < 1:
        return None
    found = [g for g in figs if part.sent - 10 <= g.sent < part.sent and g.base_unit == "件" and g.exact and g.value
             and not g.qualifier and _ALL_HANDLED.match(folded, g.end) and not _smaller(g, part)
             and not is_reference(folded, g)]
    return found[0] if len(found) == 1 else None


_ALL_KINDS = re.compile(r"各类|各种|各项|各级|全部|所有")


def _kinds_total_before(doc, folded: str, sents: dict, s: Share) -> Fig | None:
    """调解各类矛盾纠纷3,418件…。婚姻家庭纠纷仍是大头，共1,027件，占30.0%: a kind's share with no whole in its sentence
    is of the count of all kinds (各类, 全部…) the sentence before gave — a weak pairing, reported only when it holds."""
    part = s.part
    if part.sent < 1 or paragraph_start(folded, part.start) > doc.sentences[part.sent - 1].start:
        return None
    if any(g.end <= part.start and same_unit(g, part) for g in sents.get(part.sent, []) if g is not part):
        return None
    found = [g for g in sents.get(part.sent - 1, []) if same_unit(g, part) and _ALL_KINDS.search(_clause_text(folded, g))
             and not _smaller(g, part) and not is_reference(folded, g) and g.exact]
    return found[0] if len(found) == 1 else None


_LABEL_BOUND = re.compile(r"(?:以上|以下|及以上|及以下|以内)?(?:的|至|到|～|~|—|-)")


_BRACKET_SHARE = re.compile(r"\d[\d,.]*(?:万|亿)?[^\d\s，,；;。、（()）%]{1,3}[（(]\d[\d.]*%[）)]")


def _bare_bracket_share(folded: str, doc, sents: dict, figs: list[Fig], i: int) -> bool:
    """A bare percent in brackets right after a count (312份（62.4%）), two such in the sentence at least: a list of
    items each with its share of the whole."""
    f, g = figs[i], figs[i - 1]
    if g.sent != f.sent or not g.quantity or g.end != f.start - 1 or f.kind != "percent" \
            or folded[f.end:f.end + 1] not in "）)" or _NOT_A_SHARE.search(item_label(folded, g)):
        return False
    sent = doc.sentences[f.sent]
    hits = list(_BRACKET_SHARE.finditer(folded, sent.start, sent.end))
    if len(hits) < 2 or any(_re.match(r"[，,]?(?:其中|含|包括)", folded[h.end():h.end() + 4]) for h in hits):
        return False  # (财政收入10亿元（8.3%），其中税收收入8亿元（9.1%）: growth rates of a whole and its part)
    # the whole before the first item: a quantity of its sentence, or the sentence a classification of one before
    first = hits[0].start()
    if not (any(g.quantity and g.end <= first for g in sents.get(f.sent, ()))
            or _re.match(r"(?:其中|" + _CLASSIFY_LEAD.pattern + r")", folded[sent.start:first])):
        return False
    # shares that make about 100: a complete list (全县财政收入10.2亿元，税收收入8.1亿元（9.1%），非税收入2.1亿元（5.0%）:
    # growth rates, in brackets)
    own = sents.get(f.sent, ())
    pairs = [(a, b) for a, b in zip(own, own[1:]) if b.kind == "percent" and a.quantity and b.start == a.end + 1
             and folded[a.end] in "（(" and b.value is not None]
    total = sum(b.value for _, b in pairs)
    return 90 <= total <= 110


_REVISED_TO = re.compile(r"[，,]?(?:后|经|并|再)?(?:调整|调增|调减|变更|修订|核增|核减|追加)(?:后)?(?:为|至|到)?$")


def _revised(folded: str, sents: dict, total: Fig, part: Fig) -> Fig:
    """The whole, or the figure of its sentence right after it that revises it (经调整后为64名), when that one still
    stands before the part."""
    nxt = next((g for g in sents.get(total.sent, ()) if g.start >= total.end), None)
    if (nxt is None or nxt.end > part.start or not same_unit(nxt, total) or nxt.start - total.end > 12
            or not _REVISED_TO.search(folded, total.end, nxt.start) or _smaller(nxt, part)):
        return total
    return nxt


# a share's subject before it, its qualifier and the verb that links them aside (参加培训的超过 → 参加培训的)
_QUALIFIED_LEAD = re.compile(r"^(?:其中|全年|有)+|(?:已|已经|均|都)?(?:超过|不足|不到|近|接近|将近|约|逾|达到|达|为|是|占到|占)*$")
# what may stand between a share and its part in brackets: the things counted (的高校毕业生) or what they did
# (由社会力量兴办), no figure, no clause break
_TO_BRACKET = re.compile(r"(?:以上|以下|左右)?(?:的)?[\u4e00-\u9fff“”]{0,12}[（(](?:共|计|共计|合计)?")


def _part_in_brackets(folded: str, sents: dict, f: Fig) -> Fig | None:
    """超过80%（145名） / 六成以上由社会力量兴办（1152张） / 占比27.4%的高校毕业生（2218人）: a share below the whole
    followed in its clause by a count in brackets, alone in them → that count, the share's part."""
    if "（" not in folded[f.end:f.end + 16] and "(" not in folded[f.end:f.end + 16]:
        return None
    g = next((g for g in sents.get(f.sent, ()) if g.start >= f.end), None)
    if g is None:
        return None
    want = f.pct_interval()
    if (want is None or want.low is not None and want.low >= HUNDRED or not g.quantity or g.kind == "percent"
            or g.qualifier or g.value is None or g.sent != f.sent):
        return None
    if not _TO_BRACKET.fullmatch(folded, f.end, g.start) or folded[g.end:g.end + 1] not in "）)":
        return None
    return g


def _bracket_share_pinned(doc, folded: str, s: Share) -> bool:
    """Is the whole found for a share whose part is in brackets after it pinned by the wording? In the part's
    sentence: the share's subject is taken from the whole (186名代表中参加培训的 / 3961人，其中… / 412家…，签订责任书的 /
    1860张，六成以上…) and any noun the share names (超过80%的村) is the whole's. In a sentence before: the part's
    sentence opens with 其中 or with the whole's name and 中 (新增就业人员中，…)."""
    part, total, pct = s.part, s.total, s.pct
    if total.sent != part.sent:
        return bool(_re.match(r"其中|[\u4e00-\u9fff]{2,10}" + AMONG_ZHONG + r"[，,]", doc.sentences[part.sent].text))
    between = folded[total.end:pct.start]
    if _re.search(r"[\d%；;]", between):
        return False
    if "其中" in between:
        return True  # (a group taken from the whole: the noun after the share may name a kind of it)
    zhong = _re.search(r"([\u4e00-\u9fff]{2,10})" + AMONG_ZHONG, between)
    if zhong:
        # (186名代表中参加培训的: the group named with 中 is the whole's own — not 今年新招聘教师中 after 专任教师3120人,
        # a group of its own whose count the text never gives)
        group = _re.sub(r"^(?:全县|全市|全区|全镇|全乡|现有|共有|其中|今年|全年)+", "", zhong.group(1))
        return zhong.start() == 0 or group in label_of(folded, total) or label_of(folded, total).endswith(group[-2:]) \
            and not _re.search(r"新|参加|参与|今年|本年|当年|招聘|录用|入选|培训", between[:zhong.end()])
    # (1860张，六成以上由社会力量兴办 / 412家商铺…，签订责任书的已超过: the share opens its clause or follows a
    # headless 的; a noun it names after it (超过80%的村) is the whole's own)
    named = _re.match(r"(?:以上|以下|左右)?的([\u4e00-\u9fff]{1,8}?)(?:[（(])", folded[pct.end:part.start])
    if named and named.group(1)[-1] not in _res_named(folded, total):
        return False
    subject = _QUALIFIED_LEAD.sub("", between[clause_start(between, len(between)):])
    return not subject or subject.endswith("的")


# a figure, then 、 and a share's cue (44项、占比, 12家、所占比重): the share of that figure, listed with it
_ITEM_THEN_SHARE = re.compile(r"[\d０-９][\u4e00-\u9fff]{0,3}、(?=(?:其|所)?占|比重|占比)")


def _find_shares(doc, figs: list[Fig]) -> list[Share]:
    folded = doc.folded
    sents = figs_by_sentence(doc, figs)
    shares: list[Share] = []
    prev: Share | None = None
    prev_cue = ""
    list_id = 0
    inline_taken: set[int] = set()
    for i, f in enumerate(figs):
        if f.kind not in ("percent", "fraction") or f.value is None and f.norm is None or f.start in inline_taken:
            continue
        # a percent listed right after another shares its cue (分别占12.4%、71.3%和16.3%)
        joint = folded[prev.pct.end:f.start] if prev is not None and prev.pct.sent == f.sent else None
        # 、/和 continue a list; a comma only where the cue announced several (分别为12%，15%): 占比61.8%，超过一半
        # restates one share in another form
        if joint is not None and (_LIST_JOINT.fullmatch(joint) or (
                joint in "，," and joint and not f.qualifier and _EACH_WORD.search(prev_cue))):
            s = Share(f, stem=prev.stem, whole=prev.whole, rate=prev.rate, list_id=prev.list_id)
            shares.append(s)
            prev = s
            continue
        before = _clause_text(folded, f)
        if "、" in before and (item := _ITEM_THEN_SHARE.search(before)):
            # 达到序时进度44项、占比80.0%: a count and its share joined by 、 as by ， — the share's clause opens after it
            before = before[item.end():]
        if before[-1:] in _SPACES and folded[f.end:f.end + 1] not in _SPACES:
            # (占治理面积的 28.5%。/ 上线率 33.0%，: a space copied in before the number is no word — but a table's row,
            # 知晓率  90%  92.6%  10分, keeps its columns apart by spaces and announces nothing)
            before = before.rstrip(_SPACES)
        rise = _RISE_TO.search(before)
        if rise and f.kind == "percent":
            # 规模以上工业占工业总产值的比重由上年的78.4%提高到81.8%: the share now is the level it rose to
            before = before[:rise.start()]
        cue = _cue(before)
        if cue is None and "分别" in before and (grades := _GRADES_RESPECTIVE.search(before)):
            # 选择满意、比较满意和不满意的分别为78.4%、17.9%和2.5%: the shares of the grades, named before them
            cue = (before[:grades.end("names")], "", False)
        if cue is None and shares and shares[-1].pct.sent == f.sent and not shares[-1].rate \
                and _REST_LEAD.fullmatch(before) and _REST_IS.match(folded, f.end):
            # 住院费用占62.4%，门诊费用占35.1%，其余4.3%为生育医疗费用: the rest of a list of shares, its share before what
            # it is (其余占4.3% is read by the cue)
            cue = (before, "", False)
        if cue is not None and cue[0] == "有" and (folded[f.end:f.end + 1] == "的" or not _AMONG_BEFORE.search(
                folded, max(0, f.start - len(before) - 2), f.start - len(before))):
            # (其中有三分之一的单位…: the share's own noun after it, read by the part readings below; 所辖8个街道，已有65%…:
            # a group named with no 中 is read as the subject of its clause, below)
            cue = None
        if cue is not None and cue[1] and (cue[1].startswith("同类") or other_place(doc, folded, cue[1])):
            # 在全市民生支出中占比达12.4% / 占全省同类支出的3.1% in a county's report: a whole of another place or
            # class, which the report does not state
            continue
        if cue is None and before[-1:] in "（(" and _bare_bracket_share(folded, doc, sents, figs, i):
            # 非常满意312份（62.4%），满意156份（31.2%）: each item's share in brackets right after its count
            cue = (item_label(folded, figs[i - 1]), "", False)
        prev = None
        prev_cue = before
        if cue is None and _part_in_brackets(folded, sents, f) is not None:
            # 参加培训的超过80%（145名） / 长期失业人员不足一成（452人）: a share with its part in brackets after it, its
            # subject the words after the clause's last figure
            lo = max([g.end for g in sents.get(f.sent, ()) if f.start - len(before) < g.end <= f.start], default=f.start - len(before))
            cue = (_QUALIFIED_LEAD.sub("", folded[lo:f.start]), "", False)
        if cue is None:
            progress = _plan_progress(doc, folded, figs, i, sents) if "规划" in before else None
            if progress:
                list_id += 1
                shares.append(Share(f, part=progress[0], total=progress[1], whole=progress[2], list_id=list_id))
                continue
            if i > 0 and not _NOT_A_SHARE.search(before):
                inline = _inline_whole(folded, figs, i, sents)
                if inline and not in_plan(folded, doc, f):
                    list_id += 1
                    listed = _inline_list(folded, figs, i, sents, inline)
                    if listed is not None:
                        # 1.2亿元和1.8亿元，分别占全年投资总额8亿元的15.0%和22.5%: each part its share, in order
                        for p, q in listed:
                            shares.append(Share(q, part=p, total=inline[1], whole=inline[2], list_id=list_id))
                            inline_taken.add(q.start)
                    elif not _re.search("分别|依次", folded[inline[0].end:inline[1].start]):
                        shares.append(Share(f, part=inline[0], total=inline[1], whole=inline[2], list_id=list_id))
            continue
        if _CHANGE_OR_TARGET.search(_GREW_ATTR.sub("", before)) or in_plan(folded, doc, f):
            continue
        if _TARGET_NAMED_AFTER.match(folded, f.end):
            continue  # 基层诊疗量占比达到35%以上的年度目标已经实现: the share a target sets, not one stated
        if cue[2] and _YIELD.search(cue[0]):
            continue  # 增值收益6.34亿元，增值收益率1.51%: a yield on a base the text does not give, no share of a whole
        if is_base(folded, f) or _FROM_BEFORE.search(before):
            continue  # 比重由上年的78.4%(提高到…): the earlier level, not a share stated for now
        list_id += 1
        s = Share(f, stem=cue[0], whole=cue[1], rate=cue[2], list_id=list_id)
        if _SCOPE.fullmatch(s.whole):
            s.whole, s.weak = "", True  # 城市消费品零售额35.16亿元，占全区的76.0%: the total of the sentence's measure
        sub = _SUBTOTAL.search(cue[0])
        if sub and not _EACH_SHARE.search(before):  # 上述四项分别占…: each its own share
            n = parse_number(sub.group(1))
            s.subtotal = int(n[0]) if n and n[0] and n[0] == int(n[0]) else 0
        shares.append(s)
        prev = s
    # parts and totals
    by_list: dict[int, list[Share]] = {}
    for s in shares:
        by_list.setdefault(s.list_id, []).append(s)
    pct_ends: dict[int, list[int]] = {}
    for s in shares:
        pct_ends.setdefault(s.pct.sent, []).append(s.pct.end)
    for group in by_list.values():
        first = group[0]
        tentative = bracketed = False
        if first.total is not None:
            continue  # 占一般预算支出21.4亿元的71.0%: paired where it was found
        # 抽检蔬菜200批次，合格196批次，合格率98%；抽检水果50批次，合格率96%: a share with counts of its own since the
        # share stated before it in the sentence takes its part from them, never from that one's clauses (满意18件、
        # 基本满意3件，满意率85.7%、基本满意率14.3%: two shares in a row share the counts before them)
        floor = max((e for e in pct_ends[first.pct.sent] if e <= first.pct.start), default=-1)
        sent_figs = _wrapped(folded, doc, sents, first.pct.sent)
        # (上述四项分别占…: the count of the items listed is not one of them)
        # (15日内答复, 3个月内办结: a time limit is never a part or a whole)
        before_figs = [g for g in sent_figs if g.end <= first.pct.start and g.quantity
                       and not _ITEMS_COUNTED.fullmatch(item_label(folded, g))
                       and not (g.base_unit in _DURATIONS and g.qualifier in ("at_most", "less_than"))]
        if not any(g.start >= floor for g in before_figs):
            floor = -1
        wholes = _split_wholes(first.whole)
        if len(group) > 1 and len(wholes) == len(group):
            # 道路运输事故26起、死亡15人，分别占事故总数和死亡总数的70.3%和71.4%: one whole per share, in order
            parts = before_figs[-len(group):]
            if len(parts) == len(group):
                for s, p, w in zip(group, parts, wholes):
                    s.part, s.whole = p, w
        elif len(group) > 1:
            # 三次产业比重分别为17.6%、53.0%和29.4%: the k quantities just before the list are the parts — not for
            # rates of named groups (教职工2,973人，其中专任教师2,618人，小学、初中专任教师学历合格率分别为99.2%和97.6%)
            # (…12.45亿元，合计113.27亿元，占比依次为…: a total stated inside the list is the whole, not an item)
            listed = [g for k, g in enumerate(before_figs) if not _list_total(folded, g, before_figs[:k])]
            parts = listed[-len(group):]
            if parts and not all(same_unit(parts[-1], p) for p in parts) and len(first.stem) >= 2:
                # 制造业项目29个、投资179.3亿元，服务业项目21个、投资125.2亿元…，投资额分别占…: items of two measures
                # each; the shares are of the one the list's name (投资额) names, the last of each item
                alike = [g for g in listed if same_unit(g, parts[-1])][-len(group):]
                if len(alike) == len(group) and all(_stem_matches(_segment_before(folded, p), first.stem[:2])
                                                    for p in alike):
                    parts = alike
            if parts and not all(same_unit(parts[-1], p) for p in parts):
                # 收入50万元以上的12个、20万元至50万元的8个、20万元以下的6个，分别占…: figures inside the items'
                # labels (a bound followed by 的 or 至) are no items; the counts after them are
                alike = [g for g in listed if same_unit(g, parts[-1])][-len(group):]
                inner = [g for g in listed if alike and alike[0].start < g.start < alike[-1].start and g not in alike]
                if (len(alike) == len(group) and inner and alike[0].start > listed[0].start
                        and all(_LABEL_BOUND.match(folded, g.end) for g in inner)):
                    parts = alike
            if len(parts) == len(group) and all(same_unit(parts[0], p) for p in parts) and not (
                    first.rate and not all(_stem_matches(_segment_before(folded, p), first.stem[-2:]) for p in parts)):
                for s, p in zip(group, parts):
                    s.part = p
        elif first.rate and (did := _should_and_did(folded, first, [g for g in before_figs if g.start >= floor])):
            first.part, first.total = did
        elif first.rate and (did := _among_then_rate(folded, first, before_figs)):
            first.part, first.total = did
        elif first.rate and _all_of(folded, first, [g for g in before_figs if g.start >= floor]):
            first.part = first.total = _all_of(folded, first, [g for g in before_figs if g.start >= floor])
        else:
            # 其中长期失业人员不足一成（452人）/ 其中预付式消费投诉占三成（4163件）: the count in brackets after the share
            # is its part, not a figure before it
            first.part = None if first.rate else _part_in_brackets(folded, sents, first.pct)
            bracketed = first.part is not None
            first.part = first.part or _part_for(folded, first, [g for g in before_figs if g.start >= floor])
            if first.part is not None and not bracketed and _among_the_part(folded, first):
                first.part = None  # 其中专任教师648人；专任教师中具有硕士学位的占58.3%: the count is the share's whole
            if first.part is None and first.rate and len(first.stem) == 2:
                # 其中调解结案1,386件、撤诉结案1,102件，调撤率55.1%: a rate of two characters, each opening one of two
                # items listed together, counts both
                both = _compound_rate_parts(folded, first.stem, [g for g in before_figs if g.start >= floor])
                if both:
                    first.part, first.extra = both
                    first.total = _total_for(doc, folded, figs, sents, first, group)
                    if first.total is None or first.total.start > first.part.start:
                        first.part, first.extra, first.total = None, [], None
            if first.rate and first.part is not None and len(first.stem) >= 2 and _unmet_between(folded, first):
                first.part = None
            if first.part is not None and not first.rate:
                # 集体访25批350人次，集体访人次占来访总人次的: the item's count in the measure the share names
                first.part = _in_named_measure(folded, first, first.part, before_figs)
            pair = _item_and_measure(folded, first, before_figs) if first.part is None and not first.rate else None
            if first.part is None and pair is None and "从" in folded[sent_start_of(doc, first.pct):first.pct.start]:
                pair = _drawn_from(folded, first, before_figs)
            if pair:
                first.part, first.total, first.weak = pair[0], pair[1], False
            listed_sum = _above_listed(folded, first, before_figs) if first.part is None and not first.rate else None
            if listed_sum:
                first.total, first.part, first.extra = listed_sum[0], listed_sum[1], listed_sum[2:]
            elif first.part is None and not first.rate:
                both = _combined_parts(folded, first, before_figs)
                if both:
                    first.part, first.extra = both[0], both[1:]
                else:
                    # 已解决的31件，列入计划解决的19件，…的8件；已解决和列入计划解决的合计占86.2%: items of a breakdown
                    # that adds up, named together, are a share of its total
                    both = _combined_parts(folded, first, before_figs, need_whole=False)
                    total = both and _split_total(doc, figs, both)
                    if total is not None and both:
                        first.part, first.extra, first.total = both[0], both[1:], total
            if first.part is None and not before_figs and len(first.stem) >= 2 and not first.rate:
                # 网上信访1,346件，合计2,864件次。网上信访占信访总量的47.0%: the part named in the sentence before
                first.part = _named_before(folded, sents.get(first.pct.sent - 1, []), first.stem)
                if first.part is None:
                    pair = _among_stem_pair(doc, folded, sents, first) or _item_of_named_list(folded, sents, first)
                    if pair:
                        first.part, first.total = pair
            elif first.part is None and not before_figs and not first.stem and first.whole and not first.rate:
                first.part = _subject_part(folded, sents, first)
        if first.part is None and not first.rate and len(group) == 1 and before_figs:
            half = _half_of_quarters(folded, first, before_figs)
            if half:
                first.total, first.part, first.extra = half[0], half[1], half[2:]
        if first.part is None and not first.rate and len(group) == 1 and before_figs:
            # 培训干部1250人次，其中农村干部占比为40%，计450人次: the part stated right after its share
            nxt = next((g for g in sent_figs if g.start >= first.pct.end), None)
            if (nxt is not None and nxt.quantity and not nxt.qualifier
                    and _PART_AFTER.fullmatch(folded, first.pct.end, nxt.start)
                    and any(same_unit(g, nxt) for g in before_figs)):
                first.part = nxt
        carried = len(group) > 1 and not before_figs and first.whole and _carry_parts(folded, sents, group)
        for s in group:
            if s.part is not None and s.total is None:
                s.total = _total_for(doc, folded, figs, sents, s, group)
            if s.part is not None and s.total is None and s.rate and len(group) == 1:
                s.total = _rated_items_whole(doc, folded, sents, s)
        if bracketed and first.total is not None and not _bracket_share_pinned(doc, folded, first):
            first.weak = True  # (建成文化广场165个，超过80%的村（126个）…: the villages are not the squares)
        if len(group) == 1 and first.part is not None and first.total is None and not first.rate and not first.whole:
            first.total = _days_whole(doc, folded, figs, first)
            first.weak = first.weak or first.total is not None  # (the larger 天数 may be a peer: a row only when it holds)
        if len(group) > 1 and any(s.total is None and s.part is not None for s in group):
            # 共计1,500万元，其中A 900万元、B 450万元、C 150万元，分别占到位资金的60%、25%和10%: one named whole for the
            # list — the one the others were paired with, when the listed parts make it up (a wrong share aside); so
            # too with no whole named (共318个，A 203个、B 79个、C 36个，分别占63.8%、24.8%和11.4%)
            found = {id(s.total): s.total for s in group if s.total is not None}
            parts = [s.part for s in group]
            if len(found) == 1 and all(p is not None for p in parts) and _adds_up(next(iter(found.values())), parts):
                for s in group:
                    s.total = s.total or next(iter(found.values()))
        if (len(group) > 1 and not first.whole and all(s.part is not None and s.total is not None for s in group)
                and len({id(s.total) for s in group}) > 1):
            # 共受理投诉40件（电话受理25件、网上受理15件），涉及食品18件、药品12件、医疗器械10件，分别占…: the shares of one
            # list are of one whole — the figure before the parts that they make up, not the peers in an aside that
            # each happened to exceed; with none, no pairing is sure
            parts = [s.part for s in group]
            made = [g for g in sents.get(first.part.sent, []) if g.end <= min(p.start for p in parts) and g not in parts
                    and same_unit(g, first.part) and not is_reference(folded, g) and _adds_up(g, parts)]
            for s in group:
                s.total = made[-1] if made else None
        if (len(group) > 1 and first.total is not None and any(s.weak for s in group) and not first.whole
                and all(s.part is not None and s.total is first.total for s in group)
                and len({s.part.start for s in group}) == len(group)
                and _EACH_WORD.search(_clause_text(folded, first.pct)) and not _SCOPE.search(_clause_text(folded, first.pct))
                and _adds_up(first.total, [s.part for s in group])):
            # 共承办建议26件（主办19件、会办7件），涉及公路12件、客运8件、安全6件，分别占46.2%、30.8%和23.0%: the whole
            # was reached past a peer (weak), but the listed parts make it up — the pairing is sure, each share is judged
            for s in group:
                s.weak = False
        defined = _defined_rate(doc, folded, figs, sents, first) if first.rate and len(group) == 1 else None
        if defined:
            # （贷款余额与缴存余额之比）: the text says what the rate is of
            first.part, first.total, first.weak, first.guess, first.extra = defined[0], defined[1], False, None, []
        if first.rate and first.part is not None and first.total is None and len(group) == 1:
            base = _bracketed_base(folded, sents, first)
            if base is not None:
                # 全程接种26.37万人，全程接种率91.1%（按常住人口28.96万人计算）: the text names what the rate is of
                first.total, first.weak, first.guess = base, False, None
        if first.rate and first.part is not None and first.total is None and first.guess is None and len(group) == 1:
            pair = _compound_rate(doc, folded, sents, first)
            if pair and pair[0] is first.part:
                first.total = pair[1]  # (合格人员912人，参训总人数960人，合格率…: the total stated after the part)
            elif first.part.kind == "money" and _PROGRESS.search(folded, clause_start(folded, first.pct.start), first.pct.start):
                first.guess = _funds_allotted(doc, folded, figs, sents, first)
            elif first.part.kind == "money" and first.stem.endswith("到位"):
                first.guess = _funds_named_before(doc, folded, sents, first)
            if first.total is None and first.guess is None:
                first.guess = (_population_whole(doc, folded, figs, first)  # (建档20.9万人，建档率88.6%)
                               or _noun_whole(doc, folded, figs, first) or _group_in_part_label(folded, sents, first))
        if first.rate and first.part is None and len(group) == 1:
            pair = (_bracketed_pair(folded, figs, first) or _bracketed_whole(folded, figs, first, before_figs)
                    or _have_of(folded, first, before_figs) or _among_of(folded, first, before_figs)
                    or _load_of_capacity(doc, folded, figs, first, before_figs))
            complement = before_figs and _negates(folded, before_figs[-1], first.stem)
            last_own = next((g for g in reversed(before_figs) if not is_reference(folded, g) and not _bracket_base(folded, g)), None)
            if not pair and not complement:
                pair = _compound_rate(doc, folded, sents, first)
            if pair:
                first.part, first.total = pair
            elif complement:
                # 抽检3,260批次…。检出不合格样品71批次，抽检合格率97.8%: the count is of the rest; the rate is of the
                # whole stated before less it — a weak pairing, kept only when it gives the stated rate
                whole = _whole_of_complement(doc, figs, first, before_figs[-1])
                if whole is not None:
                    first.part, first.total, first.rest, first.weak = before_figs[-1], whole, True, True
                elif (whole := _checked_whole(doc, folded, first, before_figs)) is not None:
                    # 抽检2,860批次，其中检出不合格86批次，抽检合格率97.6%: the things checked, 其中 the ones that
                    # failed, in one sentence — surely the whole the rate is of, whether it holds or not
                    first.part, first.total, first.rest = before_figs[-1], whole, True
                elif (whole := _named_complement_whole(doc, folded, sents, first, before_figs[-1])) is not None:
                    first.part, first.total, first.rest = before_figs[-1], whole, True
            elif last_own is not None and (members := _members_taking_part(folded, figs, first, last_own)) is not None:
                # 共有党员386名。…382名党员参加线上学习，参学率达99.0%: those who took part, of all the members — weak
                first.part, first.total, first.weak = last_own, members, True
            elif last_own is not None and (last_own.exact or not last_own.qualifier) and not first.stem.endswith("满意") and _rate_named_after(
                    folded[last_own.end:first.pct.start], first.stem) and not _handled_then_outcome(folded, last_own, first):
                # 受理各类案件12,486件…；审结11,873件，结案率为95.1% / 审结11,327件，同比增长12.8%（2013年为…）；结案率90.7%:
                # the count just before a rate it does not name (its own change and bases aside)
                first.part, first.weak, tentative = last_own, True, True
                first.total = _total_for(doc, folded, figs, sents, first, group)
                if _spent_of_allotted(folded, before_figs, first) or _qizhong_rate(folded, first, before_figs):
                    tentative = first.weak = False
        if tentative and not (first.total is not None and _fits(first)):
            # 年初贫困户96户、371人，贫困发生率18.7%。…剩余贫困户55户、213人，贫困发生率降至11.2%: the same rate
            # stated before in the paragraph, of a count of the same measure over a whole that gave it, is over
            # that whole again
            again = _same_rate_before(folded, sents, shares, first) if first.part is not None else None
            pop = None if again is not None else (_population_whole(doc, folded, figs, first)
                                                  or _funds_before(doc, folded, sents, first))
            if again is not None:
                first.total, first.weak = again, False
            elif pop is not None:
                # (建档20.9万人，建档率88.6%: of the residents counted before; 累计支出8,275.6万元，资金执行率95.8%: of
                # the funds stated in the sentence before — weak)
                first.total = pop
            else:
                first.part = first.total = None  # the count before a rate is more often its n (granularity)
                first.weak = False
        if first.part is None and not first.rate and len(group) == 1 and len(first.stem) >= 2:
            rest = _rest_of(folded, first, before_figs)
            if rest:
                first.part, first.total, first.rest, first.weak = rest[0], rest[1], True, True
        if (first.rate and first.part is None and len(group) == 1 and not any(g.start >= floor for g in before_figs)
                and first.pct.kind == "percent" and first.pct.value == HUNDRED and not first.pct.qualifier):
            # 经审查立案152件。…截至11月底，立案提案已全部办复，办复率达100%: all of the things counted before
            done = _all_named_before(doc, folded, sents, first)
            if done is not None:
                first.part = first.total = done
        if first.part is None and first.total is None and len(group) == 1 and _SELF_STEM.fullmatch(first.stem):
            pair = _self_share(doc, folded, sents, first, sent_figs)
            if pair:
                first.part, first.total, first.weak = pair[0], pair[1], True
        if first.extra and first.total is None:
            first.part, first.extra = None, []  # a combined share is judged only against a whole the text names
        if carried and not (first.total is not None and all(s.total is first.total for s in group)
                            and _adds_up(first.total, [s.part for s in group])):
            for s in group:
                s.part = s.total = None
    for s in shares:
        if s.whole and s.part is not None and s.total is not None and not s.firm and not _fits(s):
            # 受理审查起诉案件342件，提起公诉307件。…占起诉案件总数的24.1%: a nearby figure that gives the stated share
            # is the likelier whole; the pairing stays weak
            alt = _other_whole(doc, figs, s)
            if alt is not None:
                s.total, s.weak = alt, True
    for s in shares:
        if s.whole and s.total is not None and _plan_unnamed(folded, s.whole, s.total):
            # 一般公共预算收入28650万元。其中税收收入21870万元，占预算19.8%: a share of the budget (a plan) — the revenue
            # stated before is no budget; only a figure named as the plan (年初预算安排…) is this whole
            s.total = None
    _group_of_listed(folded, sents, shares)
    _whole_of_qualified(folded, figs, shares)
    for s in shares:
        if s.total is not None and s.part is not None:
            # 年初核定编制数为60名，经调整后为64名。其中在编人员56名，占核定编制的: the whole as revised
            s.total = _revised(folded, sents, s.total, s.part)
    _follow_named_whole(shares)
    _one_named_whole(folded, shares)
    _complete_split_wholes(doc, figs, shares)
    for s in shares:
        if s.total is not None and s.part is not None and not s.rest and _not_its_whole(folded, s, shares):
            # (县级配套480万元…其中县级配套到位326万元，配套到位率67.9%: the group's own number stated before — weak)
            s.total, s.weak = _group_number(folded, sents, s)
    by_total: dict[int, list[Share]] = {}  # (the shares of one whole, in text order: one pass, not one per share)
    for t in shares:
        if t.total is not None and not t.extra and not t.rest:
            by_total.setdefault(id(t.total), []).append(t)
    for group in by_list.values():
        for s in group:
            s.siblings = [t for t in by_total.get(id(s.total), ()) if t is not s] if s.total is not None else []
    return shares



_PERIOD_LEAD = re.compile(r"^(?:其中|全年|当年|本年|今年|年末|年底|全[市县区镇乡旗])+")
_OTHER_PERIOD = re.compile(r"上年|去年|同期|年初|上半年|季度|月末|月底|\d月")


def _whole_of_qualified(folded: str, figs: list[Fig], shares: list[Share]) -> None:
    """年末常住人口46.82万人。…（sections later）城镇常住人口20.35万人，占44.8%: a bare share (no whole named, no
    rate) after a part whose name is an earlier figure's name with a qualifier before it is of that figure — when
    exactly one value, of the same measure and period, is so named before the part."""
    lists: dict[int, int] = {}
    for s in shares:
        lists[s.list_id] = lists.get(s.list_id, 0) + 1
    for s in shares:
        if (s.part is None or s.total is not None or s.rate or s.whole or s.stem or s.extra or s.rest
                or lists[s.list_id] != 1 or s.part.kind == "percent"):
            continue
        own = _PERIOD_LEAD.sub("", item_label(folded, s.part))
        if len(own) < 4 or _OTHER_PERIOD.search(own) or not _re.fullmatch(r"[\u4e00-\u9fff]+", own):
            continue
        found = []
        for g in figs:
            if g.end > s.part.start:
                break
            if not same_unit(g, s.part) or not g.value or is_reference(folded, g) or is_base(folded, g):
                continue
            core = _PERIOD_LEAD.sub("", item_label(folded, g))
            if len(core) >= 4 and own != core and own.endswith(core) and not _OTHER_PERIOD.search(label_of(folded, g)):
                found.append(g)
        if not found or len({g.value for g in found}) != 1 or _smaller(found[-1], s.part):
            continue
        want = _pct(s.pct)
        got = share_interval(s.part, found[-1])
        if got is None or want is None:
            continue
        if not got.overlaps(want) and any(
                (h := share_interval(s.part, g)) is not None and h.overlaps(want) for g in figs
                if g.end <= s.part.start and same_unit(g, s.part) and not _smaller(g, s.part) and not is_reference(folded, g)):
            continue  # (现代服务业增加值30.1亿元，占15.2% — of the output as a whole, stated too, not of 服务业增加值)
        s.total = found[-1]


_GROUP_SUM = re.compile(r"(?:合计|共计|总计|加起来|一起|共)$")


def _group_of_listed(folded: str, sents: dict, shares: list[Share]) -> None:
    """三大产业产值271.3亿元，其中A 126.4亿元、B…，分别占全区总产值的32.7%、…，三大产业合计占全区总产值的: a group
    named with a sum word, its own amount stated before its items in the sentence, whose shares of the same named
    whole came just before — the group's share is of that whole, its amount the part."""
    for s in shares:
        if s.part is not None or s.total is not None or s.rate or not s.whole or not (m := _GROUP_SUM.search(s.stem)):
            continue
        name = _NAME_LEAD.sub("", s.stem[:m.start()])
        items = [t for t in shares if t.pct.sent == s.pct.sent and t.pct.end <= s.pct.start and t.whole == s.whole
                 and t.part is not None and t.total is not None and not t.extra and not t.rest]
        if len(name) < 2 or len(items) < 2 or any(t.total is not items[0].total for t in items):
            continue
        total, first = items[0].total, min(t.part.start for t in items)
        named = [g for g in sents.get(s.pct.sent, []) if g.end <= first and same_unit(g, total)
                 and name in _clause_text(folded, g)]
        if len(named) == 1 and named[0] is not total and not _smaller(total, named[0]) and all(not _smaller(named[0], t.part) for t in items):
            s.part, s.total = named[0], total


# (，资金到位率100%，支出率为: another rate of the same count stated first is passed over too)
_RATE_AFTER_LEAD = re.compile(r"(?:[，,]同比[^，,；;。]{0,12}(?:（[^）]*）)?)?"
                              r"(?:[，,][\u4e00-\u9fff]{1,8}率(?:为|是|达到|达)?\d+(?:\.\d+)?%)?[，,；;]")
_RATE_VERBS = ("", "为", "是", "达到", "达", "约为", "约", "降至", "降到", "升至", "升到")


_HALF_YEAR = re.compile(r"(?:其中)?([上下])半年")
_QUARTER_LEAD = re.compile(r"(?:其中|而|；|;)?第?([一二三四1-4])季度")


def _half_of_quarters(folded: str, s: Share, before_figs: list[Fig]) -> list[Fig] | None:
    """全年支出1,126万元…一季度支出86万元，二季度412万元，三季度395万元，四季度233万元，下半年支出占全年的55.8%: a
    half-year's share over four quarters listed before it is of its two quarters together, over the year's figure
    stated before them that the four add up to → [whole, quarter, quarter]."""
    m = _HALF_YEAR.match(s.stem)
    if m is None:
        return None
    quarters: dict[str, Fig] = {}
    for g in before_figs:
        q = _QUARTER_LEAD.fullmatch(_clause_text(folded, g)) or _QUARTER_LEAD.match(_clause_text(folded, g))
        if q:
            key = "一二三四".find(q.group(1)) + 1 if q.group(1) in "一二三四" else int(q.group(1))
            if key in quarters:
                return None
            quarters[key] = g
    if sorted(quarters) != [1, 2, 3, 4] or not all(same_unit(quarters[1], g) for g in quarters.values()):
        return None
    four = [quarters[k] for k in (1, 2, 3, 4)]
    total = next((g for g in reversed(before_figs) if g.end <= four[0].start and same_unit(g, four[0])
                  and not is_reference(folded, g) and _adds_up(g, four)), None)
    if total is None:
        return None
    return [total] + (four[:2] if m.group(1) == "上" else four[2:])


_DRAWN = re.compile(r"[^，,；;。！？\d%]{0,12}?中[，,]?(?:随机|共|再|又)?([\u4e00-\u9fff]{2})(?:了)?$")
_DRAWN_FROM = re.compile(r"从[^，,；;。！？\d%]{0,12}$")


def sent_start_of(doc, f: Fig) -> int:
    return doc.sentences[f.sent].start if f.sent >= 0 else 0


def _drawn_from(folded: str, s: Share, before_figs: list[Fig]) -> tuple[Fig, Fig] | None:
    """从全县46所学校中抽取12所，抽取比例占26.1%: the share named by the act that drew the things (抽取, 抽查) is of
    those drawn (the part) in the pool they were drawn from (the whole) — not a rate over the things drawn."""
    if len(before_figs) < 2:
        return None
    pool, drawn = before_figs[-2], before_figs[-1]
    m = _DRAWN.fullmatch(folded, pool.end, drawn.start)
    if m is None or not (same_unit(pool, drawn) or _classifier_fits(pool, drawn)) or not _DRAWN_FROM.search(folded, clause_start(folded, pool.start), pool.start):
        return None
    if not s.stem.startswith(m.group(1)) or _smaller(pool, drawn):
        return None
    return drawn, pool


def _item_and_measure(folded: str, s: Share, before_figs: list[Fig]) -> tuple[Fig, Fig] | None:
    """门急诊86.4万人次，其中基层医疗卫生机构47.2万人次；基层门急诊量占全县总量的56.2%: a stem made of an item's name
    cut short (基层) and the measure of the figure the item was taken from (门急诊) → that item over that figure; only
    when exactly one item so named."""
    core = _WHOLE_MEASURE_TAIL2.sub("", _TIME_HEAD.sub("", _re.sub(r"^其中", "", s.stem)))
    noun = _whole_noun(s.whole)
    if len(core) < 4:
        return None
    hits = []
    for g in before_figs:
        if not g.quantity or is_reference(folded, g) or (s.whole and noun and noun not in _clause_text(folded, g)):
            continue
        label = _clause_text(folded, g)
        for h in before_figs:
            if h.start <= g.end or not same_unit(g, h) or not _taken_from(folded, g, h) or _smaller(g, h):
                continue
            lab = _item(folded, h)
            if any(lab.startswith(core[:k]) and core[k:] in label and core[k:] not in lab
                   for k in range(2, len(core) - 1)):
                hits.append((h, g))
    return hits[0] if len(hits) == 1 else None


# the acts a part may be named by (受理, 办结, 审结…), two characters
_ACT_WORD = re.compile(r"受理|办结|审结|执结|立案|查处|检查|抽检|培训|接待|调解|签约|发放|完成|办理|收到|交办|承办")


_RATED_PART = re.compile(r"满意(?:和|及|或|、)基本满意的?$|(?:表示|评价为?)?满意的?$")
_ITEMS_TOTAL = re.compile(r"(?:共|总计|合计)(?:承办|办理|交办|收到|受理|立案)?|(?:承办|交办|收到|受理)(?:各类|了)?")
_FEEDBACK = re.compile(r"反馈|回执|征询|测评表|问卷|评价表|意见表")


def _rated_items_whole(doc, folded: str, sents: dict, s: Share) -> Fig | None:
    """代表对办理结果表示满意和基本满意的131件，满意率为95.7% with 共承办建议139件 earlier under the same heading: the
    items the report handled are those rated, when they are the one total of the unit so named there (up to eight
    sentences back) and no count of answers returned (反馈意见表…份) stands between."""
    part = s.part
    if not _RATED_PART.search(item_label(folded, part)) or not _re.fullmatch(r"满意|满意度", s.stem):
        return None
    # (the count may open the section a paragraph before: 一、基本情况 ⏎ …共承办政协提案286件… ⏎ 从办理结果看，…)
    section = doc.section_at(part.start)
    reach = _reach_back(doc, sents, part.sent, 8)
    before = [g for k in range(reach, part.sent + 1) for g in sents.get(k, []) if g.end <= part.start
              and doc.section_at(g.start) == section]
    if any(_FEEDBACK.search(_clause_text(folded, g)) for g in before):
        return None
    totals = [g for g in before if same_unit(g, part) and g.exact and not is_reference(folded, g)
              and _ITEMS_TOTAL.search(item_label(folded, g)) and not _smaller(g, part)]
    if len(totals) != 1:
        return None
    # (共承办代表建议26件，…其中解决采纳15件、正在解决7件、留作参考5件: a breakdown of it that does not add up leaves the
    # items rated uncertain — no pairing)
    items = [g for g in before if g.sent == totals[0].sent and g.start > totals[0].end and same_unit(g, part)]
    return totals[0] if len(items) < 2 or _adds_up(totals[0], items) else None


def _qizhong_rate(folded: str, s: Share, before_figs: list[Fig]) -> bool:
    """全校参加中考312人，其中升入普通高中208人，升学率68.7%: a whole, the clause right after it a part 其中 names, then
    the rate in the clause right after that, its name sharing a word's character with the part's and none with the
    whole's (其中寄宿生800人，巩固率… is of all the students) — the rate is surely the part of that whole."""
    part, total = s.part, s.total
    if part is None or total is None or total.sent != part.sent or len(before_figs) < 2 or before_figs[-2] is not total:
        return False
    pcs, cs = clause_start(folded, part.start), clause_start(folded, s.pct.start)
    if not folded.startswith("其中", pcs) or clause_end(folded, total.end) + 1 != pcs \
            or clause_end(folded, part.end) + 1 != cs or _DIGIT_OR_PCT.search(folded, cs, s.pct.start):
        return False
    stem = set(_re.sub(r"^(?:全年|总体|综合|整体)", "", s.stem))
    return bool(stem & set(folded[pcs + 2:part.start])) and not stem & set(_clause_text(folded, total))


def _handled_then_outcome(folded: str, g: Fig, s: Share) -> bool:
    """县级领导包案23件，化解率达到91.3%: a count of cases named by the act of taking them on (包案, 受理, 承办…), then the
    rate of an outcome among them (化解, 办结…) — the count is the rate's n, no part of an earlier whole."""
    label = item_label(folded, g)
    stem = _NOW_LEAD.sub("", s.stem)
    # (the act right before the count: 承办单位与提案人见面沟通198件 counts meetings, whoever held them)
    return bool(_TAKEN_ON.search(label[-4:])) and bool(_CASE_RATES.search(stem)) and not any(
        w in label for w in _CASE_RATES.findall(stem))


# the acts of taking cases on (not of closing them: 审结, 办结, 查处 count outcomes)
_TAKEN_ON = re.compile(r"受理|承办|交办|督办|收到|接到|接收|收案|征集|转办|包案|排查|摸排|梳理")


def _rate_named_after(between: str, stem: str) -> bool:
    """Is the text between a count and a rate only (its change and bases, then) a separator and the rate's name
    (，结案率为)? re.fullmatch(_RATE_AFTER_LEAD + stem + "率(?:为|是|…)?"), without a pattern compiled per stem."""
    word = stem + "率"
    for verb in _RATE_VERBS:
        tail = word + verb
        if between.endswith(tail) and _RATE_AFTER_LEAD.fullmatch(between, 0, len(between) - len(tail)):
            return True
    return False

_AMOUNTS = ("count", "money", "weight", "area", "length")
_RATE_PREFIX = re.compile(r"^(?:全年|当年|本年|年度|总体|综合|整体|累计)")
_NOT_OF_RATE = re.compile(r"增长|增加|下降|减少|提高|降低|追加|调增|调减|核减|目标|计划[^完执]|预计|上年|去年|同期|平均|人均|户均|以上|以下")


_ALL_DONE_BY = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:已经|已)?(?:全部|全数|均)(?:已|已经)?([\u4e00-\u9fff]{1,4})[，,]$")


def _all_named_before(doc, folded: str, sents: dict, s: Share) -> Fig | None:
    """立案提案已全部办复，办复率达100%: the things said to be all done (named by the clause before the rate, whose
    verb shares a character with the rate's name) counted earlier, up to eight sentences back in the paragraph — the
    nearest exact count whose label holds the first two characters of their name."""
    cs = clause_start(folded, s.pct.start)
    m = _ALL_DONE_BY.search(folded, clause_start(folded, max(cs - 1, 0)), cs)
    if not m or not set(m.group(2)) & set(s.stem[-2:]):
        return None
    head = m.group(1)[-4:][:2]
    para = paragraph_start(folded, s.pct.start)
    reach = _reach_back(doc, sents, s.pct.sent, 8)
    for g in reversed([g for k in range(reach, s.pct.sent + 1) for g in sents.get(k, []) if g.end <= s.pct.start]):
        if g.start < para:
            break
        if (g.kind == "count" and g.exact and not g.qualifier and not is_reference(folded, g)
                and head in _re.split(r"[：:]", item_label(folded, g))[-1]):  # (…按内容分：经济建设类47件: one kind of them)
            return g
    return None


# 全市同期共收到申请1,906件，我区占14.1%: the report's own place or body, its share of a wider whole
_SELF_STEM = re.compile(r"(?:其中)?(?:我|本)(?:省|市|州|县|区|旗|镇|乡|街道|局|委|院|厅|办|单位|部门|系统)")
_WIDER_SCOPE = re.compile(r"^(?:全国|全省|全市|全州|全县|全区|全系统|全行业)")


def _self_share(doc, folded: str, sents: dict, s: Share, sent_figs: list[Fig]) -> tuple[Fig, Fig] | None:
    """The wider whole just before 我区占 (its label opens with 全市/全省…) and the place's own figure of that measure
    stated earlier in the paragraph (up to eight sentences back) — the first that gives the stated share. A weak pairing:
    reported only when it holds."""
    whole = next((g for g in reversed(sent_figs) if g.end <= s.pct.start and g.quantity), None)
    if whole is None or not _WIDER_SCOPE.match(label_of(folded, whole)):
        return None
    measure = _re.sub(r"(?:的)?(?:总数|总量|总额|数量|数)$", "", item_label(folded, whole))[-2:]
    want = _pct(s.pct)
    if len(measure) < 2 or want is None:
        return None
    para = paragraph_start(folded, s.pct.start)
    reach = _reach_back(doc, sents, whole.sent, 8)
    for g in [g for k in range(reach, whole.sent + 1) for g in sents.get(k, []) if g.end <= whole.start]:
        if (g.start >= para and same_unit(g, whole) and g.quantity and measure in item_label(folded, g)
                and not _WIDER_SCOPE.match(label_of(folded, g)) and not is_reference(folded, g) and _smaller(g, whole)):
            got = share_interval(g, whole)
            if got is not None and got.overlaps(want):
                return g, whole
    return None


def _same_rate_before(folded: str, sents: dict, shares: list[Share], s: Share) -> Fig | None:
    """The whole of the same-named rate stated earlier in the paragraph, paired with a part of s.part's measure and
    giving its stated share."""
    para = paragraph_start(folded, s.pct.start)
    if any(g is not s.part and g.end <= s.part.start and same_unit(g, s.part) for g in sents.get(s.part.sent, [])):
        return None  # (抽检水果50批次，合格率96%: a count of its own sentence that may be its whole or its n)
    for t in reversed(shares):
        if t is s or t.pct.start >= s.pct.start or t.pct.start < para or t.pct.sent == s.pct.sent:
            continue
        if (t.rate and t.stem == s.stem and t.part is not None and t.total is not None and not t.extra and not t.rest
                and same_unit(t.part, s.part) and t.total.end <= s.part.start and not _smaller(t.total, s.part)
                and _fits(t)):
            return t.total
    return None


_DEFINED = re.compile(r"[（(]([\u4e00-\u9fff]{2,12})(?:与|和|同)([\u4e00-\u9fff]{2,12})之比[）)]|"
                      r"[（(]([\u4e00-\u9fff]{2,12})占([\u4e00-\u9fff]{2,12})的(?:比重|比例)[）)]")


def _defined_rate(doc, folded: str, figs: list[Fig], sents: dict, s: Share) -> tuple[Fig, Fig] | None:
    """个人住房贷款率为84.9%（贷款余额与缴存余额之比）: a rate whose definition follows it in brackets → the nearest
    earlier figures (up to eight sentences back) whose labels end with the two names."""
    m = _DEFINED.match(folded, s.pct.end)
    if not m:
        return None
    a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    reach = _reach_back(doc, sents, s.pct.sent, 8)
    before = [g for k in range(reach, s.pct.sent + 1) for g in sents.get(k, []) if g.end <= s.pct.start and g.quantity
              and not is_reference(folded, g) and not g.qualifier]

    def named(name: str) -> Fig | None:
        return next((g for g in reversed(before) if _re.sub(r"(?:为|达到|达|共|共计|合计)$", "", label_of(folded, g)).endswith(name)), None)

    part, whole = named(a), named(b)
    if part is None or whole is None or part is whole or not counts_into(whole, part):
        return None
    return part, whole


_BASE_OPEN = re.compile(r"[（(](?:均)?(?:按|以)[^（）()，,；;。\d]{0,12}$")
_BASE_CLOSE = re.compile(r"(?:计算|计|为基数|为分母)[）)]")


def _bracketed_base(folded: str, sents: dict, s: Share) -> Fig | None:
    """参保率96.5%（按户籍人口54.2万人计算）: the figure the bracket right after a rate computes it on, when it is of
    the part's unit and no smaller than the part."""
    g = next((g for g in sents.get(s.pct.sent, ()) if g.start > s.pct.end), None)
    if (g is None or not _BASE_OPEN.fullmatch(folded, s.pct.end, g.start) or not _BASE_CLOSE.match(folded, g.end)
            or not same_unit(g, s.part) or _smaller(g, s.part)):
        return None
    return g


_PROGRESS = re.compile(r"(?:支出|执行|拨付|使用)(?:进度|率)")
_ALLOTTED = re.compile(r"(?:共|累计|全年|当年)?(?:安排|下达|拨付|到位|筹集|预算)[\u4e00-\u9fff]{0,10}(?:资金|预算|经费)?(?:数|总额|总量)?(?:为|达到|达|共|共计|合计)?$")


def _funds_allotted(doc, folded: str, figs: list[Fig], sents: dict, s: Share) -> Fig | None:
    """已支出11,856万元，支出进度95.0% → the funds allotted (全年共安排衔接资金12,480万元) up to eight sentences back that
    give the stated rate: a likely whole, reported only when it holds."""
    want = _pct(s.pct)
    reach = _reach_back(doc, sents, s.part.sent, 8)
    for g in reversed([g for k in range(reach, s.part.sent + 1) for g in sents.get(k, []) if g.end <= s.part.start]):
        # (本项目年度预算860万元: funds allotted are a plan by nature — only a base or a change is no whole; a rate
        # that names the budget itself, 预算执行率, is derived_ratio's, over the figure labelled 预算)
        if (g.kind == "money" and counts_into(g, s.part) and not is_base(folded, g) and not is_change(folded, g)
                and not ("预算" in s.stem and is_target(folded, g))
                and not _smaller(g, s.part) and _ALLOTTED.search(folded, clause_start(folded, g.start), g.start)
                and not _LAST_YEAR.search(folded, clause_start(folded, g.start), g.start)):
            got = share_interval(s.part, g)
            if got is not None and want is not None and got.overlaps(want):
                return g
    return None


_ARRIVED_TAIL = re.compile(r"(?:实际|已经|已|累计|共|全部)*(?:到位|到账)(?:了)?$")


def _funds_named_before(doc, folded: str, sents: dict, s: Share) -> Fig | None:
    """专项资金总额3680万元，其中…县级配套680万元。…县级配套资金到位520万元，到位率76.5%: an arrival rate of funds is
    of the sum stated up to eight sentences back under a name sharing two characters in a row with the arrived funds'
    name (资金, 县级配套) — the nearest that gives the stated rate: a likely whole, reported only when it holds."""
    name = _ARRIVED_TAIL.sub("", _NAME_LEAD.sub("", item_label(folded, s.part)))
    if len(name) < 2:
        return None
    grams = {name[k:k + 2] for k in range(len(name) - 1)}
    want = _pct(s.pct)
    reach = _reach_back(doc, sents, s.part.sent, 8)
    for g in reversed([g for k in range(reach, s.part.sent + 1) for g in sents.get(k, []) if g.end <= s.part.start]):
        if (g.kind != "money" or not counts_into(g, s.part) or is_base(folded, g) or is_change(folded, g)
                or _smaller(g, s.part) or is_reference(folded, g) or _LAST_YEAR.search(label_of(folded, g))):
            continue
        if any(b in item_label(folded, g) for b in grams):
            got = share_interval(s.part, g)
            if got is not None and want is not None and got.overlaps(want):
                return g
    return None


def _funds_before(doc, folded: str, sents: dict, s: Share) -> Fig | None:
    """项目资金8,642万元，其中…。截至12月底，累计支出8,275.6万元，资金执行率95.8%: a use (执行/支出/拨付) rate of a sum
    spent whose whole its sentence does not give → the funds allotted (_funds_allotted) or the sum that opens the sentence
    before — a likely whole, reported only when it holds."""
    part = s.part
    if part is None or part.kind != "money" or not _PROGRESS.search(folded, clause_start(folded, s.pct.start), s.pct.start):
        return None
    found = _funds_allotted(doc, folded, [], sents, s)
    if found is not None:
        return found
    # (总额4,286万元，其中…。资金分别于3月、7月拨付…。实际支出4,105万元: the nearest sentence with a sum, same paragraph)
    para = paragraph_start(folded, part.start)
    prev = []
    for k in range(part.sent - 1, max(-1, part.sent - 4), -1):
        prev = [g for g in sents.get(k, []) if g.kind == "money" and not is_reference(folded, g) and g.start >= para]
        if prev:
            break
    if not prev or not counts_into(prev[0], part) or _smaller(prev[0], part):
        return None
    got, want = share_interval(part, prev[0]), _pct(s.pct)
    return prev[0] if got is not None and want is not None and got.overlaps(want) else None


_POPULATION = re.compile(r"(?:常住|户籍|总|服务|辖区)人口(?:为|是|达到|达)?$")


def _members_taking_part(folded: str, figs: list[Fig], s: Share, part: Fig) -> Fig | None:
    """A rate of taking part (参学率, 参检率) right after a count of those who took part → its whole: 382名党员参加线上
    学习，参学率达99.0% is of the last total stated of those members (共有党员386名); 参加年检的79家… of the count its
    sentence opens with. A likely whole: the caller keeps the pairing weak."""
    if "参" not in s.stem or not part.exact:
        return None
    m = s.stem.startswith("参") and _re.fullmatch(r"([\u4e00-\u9fff]{2,6}?)参加[^，,；;。\d%]{0,12}[，,]" + re.escape(s.stem)
                                                  + r"率(?:为|是|达到|达)?", folded[part.end:s.pct.start])
    if not m:
        # 全县登记社会组织86家，参加年检的79家均合格，年检参检率91.9%: the part named by taking part (参加年检的), the
        # rate by its short form (参检) — of the count its sentence opens with
        own = _re.search(r"参加([\u4e00-\u9fff]{1,6}?)的?$", label_of(folded, part))
        if own is None or not any("参" + c in s.stem for c in own.group(1)) or _re.search(r"\d|[；;]", folded[part.end:s.pct.start]):
            return None
        for g in reversed(figs[:bisect.bisect_left([h.start for h in figs], part.start)]):
            if g.sent != part.sent:
                return None
            if same_unit(g, part) and not is_reference(folded, g) and not _smaller(g, part):
                return g
        return None
    members = m.group(1)
    for g in reversed(figs[:bisect.bisect_left([h.start for h in figs], part.start)]):
        lab = _clause_text(folded, g)
        if (same_unit(g, part) and lab.endswith(members) and _re.search(r"共有|现有|共|总", lab)
                and not is_reference(folded, g) and not _smaller(g, part)):
            return g
    return None


def _population_whole(doc, folded: str, figs: list[Fig], s: Share) -> Fig | None:
    """建档20.9万人，建档率88.6% (按常住人口23.6万人测算 paragraphs before): a rate of people counted in 万 may be of
    the one population the report states before it (常住/户籍/总人口) — a weak pairing, taken only when it fits."""
    part = s.part
    if part is None or part.base_unit not in ("人", "份") or not part.norm or part.norm < 1000:  # (档案221.5万份)
        return None
    pops = [g for g in figs if g.end <= part.start and g.base_unit == "人"
            and not is_reference(folded, g) and _POPULATION.search(label_of(folded, g)) and not _smaller(g, part)]
    if len({g.value for g in pops}) != 1:
        return None
    got, want = share_interval(part, pops[-1]), _pct(s.pct)
    return pops[-1] if got is not None and want is not None and got.overlaps(want) else None


_SCOPE_LEAD = re.compile(r"^(?:其中)?(?:全年|今年|本年|全[市县区镇乡旗]|共|累计|已)*")


def _noun_whole(doc, folded: str, figs: list[Fig], s: Share) -> Fig | None:
    """全镇党员612名。…全镇参学党员598名，参学率97.7%: the part's label is the rate's act and a noun (参学 + 党员);
    the noun's own count stated before (up to eight sentences back) is a likely whole — weak, taken only when it fits."""
    stem = _RATE_PREFIX.sub("", s.stem)
    lab = _SCOPE_LEAD.sub("", item_label(folded, s.part))
    if len(stem) < 2 or not lab.startswith(stem) or len(lab) - len(stem) < 2:
        return None
    g = _named_earlier(doc, folded, figs, s.part, lab[len(stem):])
    if g is None or stem in label_of(folded, g):
        return None
    got, want = share_interval(s.part, g), _pct(s.pct)
    return g if got is not None and want is not None and got.overlaps(want) else None


_ITEM_LEAD = re.compile(r"^(?:其中|分别为|分别是|包括|含|即)")
_COUNTED_HEADS = ("人", "人次", "名", "位")


def _group_in_part_label(folded: str, sents: dict, s: Share) -> Fig | None:
    """培训2.45万人次，分别为就业技能培训1.32万人次、…；就业技能培训结业后实现就业0.58万人，就业率43.9%: the part's own
    clause names an item counted before it in the sentence — the group the rate is of. A likely whole only: taken
    when it gives the stated rate."""
    part = s.part
    label = _clause_text(folded, part)
    for g in reversed(sents.get(part.sent, ())):
        if g.end > part.start or g is part or not g.quantity or is_reference(folded, g) or _smaller(g, part):
            continue
        if not (same_unit(g, part) or (g.base_unit in _COUNTED_HEADS and part.base_unit in _COUNTED_HEADS)):
            continue
        item = _ITEM_LEAD.sub("", _segment_before(folded, g))
        if len(item) >= 4 and item in label:
            got, want = share_interval(part, g), _pct(s.pct)
            return g if got is not None and want is not None and got.overlaps(want) else None
    return None


def _spent_of_allotted(folded: str, before_figs: list[Fig], s: Share) -> bool:
    """筹集资金14.2亿元，支出12.9亿元，资金使用率90.8%: a use (支出, 执行, 拨付) rate right after the only two sums of
    its sentence, the funds allotted (安排/下达/筹集…) then the part spent → surely that part of that whole."""
    money = [g for g in before_figs if g.kind == "money"]
    return (len(money) == 2 and len(before_figs) == 2 and money == [s.total, s.part]
            and _PROGRESS.search(folded, clause_start(folded, s.pct.start), s.pct.start) is not None
            and _ALLOTTED.search(folded, clause_start(folded, s.total.start), s.total.start) is not None
            and _re.fullmatch(r"(?:已|累计|实际|共)?(?:支出|使用|拨付|执行)(?:资金)?", label_of(folded, s.part)) is not None)


def _compound_rate(doc, folded: str, sents: dict, s: Share) -> tuple[Fig, Fig] | None:
    """全年预算数1,920万元。全年执行数1,728.6万元，预算执行率92.5% / 项目资金800万元，到位资金760万元，资金到位率95%:
    a rate named by two words, the whole's (预算) then the part's (执行), is the share of the figure the part's word
    names in the whole the other word names — both in the rate's sentence or the one before it, same paragraph."""
    stem = _RATE_PREFIX.sub("", s.stem)
    if len(stem) < 2 or not _re.fullmatch(r"[\u4e00-\u9fff]+", stem):
        return None
    f = s.pct
    if len(stem) not in (2, 4):
        return _subject_verb_rate(folded, sents, s, stem) if 5 <= len(stem) <= 9 else None
    if len(stem) == 2:
        # 培训合格人员912人，参训总人数960人，合格率为97%: the figure the rate's word names, over the one called the
        # total (总/共计/合计) in the same sentence, in either order
        own = [(g, item_label(folded, g)) for g in sents.get(f.sent, []) if g.end <= f.start and g.quantity
               and not g.qualifier and g.kind in _AMOUNTS and not is_reference(folded, g)]
        parts = [g for g, lab in own if stem in lab and not _re.search(r"未|不|没", lab)]
        wholes = [g for g, lab in own if stem not in lab and _re.search(r"总|共计|合计", lab)]
        if len(parts) == 1 and len(wholes) == 1 and counts_into(wholes[0], parts[0]) and not _smaller(wholes[0], parts[0]):
            return parts[0], wholes[0]
        return None
    x, y = stem[:2], stem[2:]
    para = paragraph_start(folded, f.start)
    # (a plan or budget is the whole of an execution rate: 预算数 is no reference here)
    cands = [(g, item_label(folded, g)) for k in (f.sent - 1, f.sent) for g in sents.get(k, [])
             if para <= g.start and g.end <= f.start and g.quantity and g.kind in _AMOUNTS and not g.qualifier
             and not is_base(folded, g) and not is_change(folded, g)]
    cands = [(g, lab) for g, lab in cands if not _NOT_OF_RATE.search(lab)]
    part = next((g for g, lab in reversed(cands) if y in lab), None)
    if part is None:
        return None
    if part.sent != f.sent and any(g.sent == f.sent and (x in lab or x in folded[g.end:clause_end(folded, g.end)])
                                   for g, lab in cands):
        # (…合格58份，水质合格率90.6%。对12处工程组织竣工验收，验收合格率为95% / 婚姻登记4,126对，登记合格率100%: the
        # things the rate's first word names, counted in its own sentence — not the last sentence's rate's counts)
        return None
    # (检查企业150家次，发现问题企业45家次，问题发现率…: or the things looked at, named by the looking)
    whole = next((g for g, lab in reversed(cands) if g.end <= part.start and y not in lab
                  and (x in lab or _ASSESSED.search(lab)) and counts_into(g, part) and not _smaller(g, part)), None)
    return (part, whole) if whole is not None else None


def _subject_verb_rate(folded: str, sents: dict, s: Share, stem: str) -> tuple[Fig, Fig] | None:
    """辖区65岁及以上老年人5.87万人，接受健康管理4.12万人，老年人健康管理率72.5%: a rate named by a subject (老年人)
    and an act (健康管理) is the share of the count its sentence labels with the act in the count labelled with the
    subject, stated before it — both in the rate's own sentence, the only two of their kind there."""
    f = s.pct
    own = [(g, item_label(folded, g)) for g in sents.get(f.sent, []) if g.end <= f.start and g.quantity
           and g.kind in _AMOUNTS and not g.qualifier and not is_reference(folded, g)
           and not is_base(folded, g) and not is_change(folded, g)]
    for i in range(2, len(stem) - 1):
        x, y = stem[:i], stem[i:]
        parts = [g for g, lab in own if y in lab and x not in lab and not _re.search(r"未|不|没", lab)]
        wholes = [g for g, lab in own if x in lab and y not in lab]
        if len(parts) == 1 and len(wholes) == 1:
            part, whole = parts[0], wholes[0]
            if whole.end <= part.start and counts_into(whole, part) and not _smaller(whole, part):
                return part, whole
            return None
    return None


# 上述四项分别占… / 以上三类合计占…: the count of the items just listed (not 大专以上58名, a group of people)
_LIST_TOTAL = re.compile(r"(?:合计|总计|小计|共计|累计|总额|总量|共)(?:为|达到|达|约)?$")
_JOINED_ITEM = re.compile(r"[和及与、]")


def _list_total(folded: str, g: Fig, prior: list[Fig]) -> bool:
    """Is a figure worded as a total (合计, 共计…) the total of the list it sits in? Not an item naming several things
    combined that is smaller than the item before it (养老保险15.2亿元、医疗保险7.1亿元、失业、工伤和生育保险合计2.5亿元)."""
    seg = _segment_before(folded, g)
    m = _LIST_TOTAL.search(seg)
    if not m:
        return False
    if _JOINED_ITEM.search(seg, 0, m.start()) and prior and same_unit(prior[-1], g) and prior[-1].norm is not None \
            and g.norm is not None and g.norm < prior[-1].norm:
        return False
    return True


_ITEMS_COUNTED = re.compile(r"(?:其中|而|另|这)?(?:上述|以上|前)")
# 以上四类合计占 / 上述三项共占 / 前五位合计占: a subtotal of the shares just listed
_SUBTOTAL = re.compile(r"(?:以上|上述|前)([一二三四五六七八九十两\d]{1,3})(?:类|项|个|种|位|大类|项目)?(?:合计|共计|累计|总计|共|合)?$")


# a percent after these words is a change or a target, not a share stated for now
_CHANGE_OR_TARGET = re.compile(r"增长|提高|下降|降低|增加(?!值)|减少|目标|任务")
_NOT_A_SHARE = re.compile(_CHANGE_OR_TARGET.pattern + r"|计划|指标")
_RISE_TO = re.compile(r"由[^，,；;。\d%]{0,8}\d[\d.]*%(?:提高|上升|增加|增长|下降|降低|减少|回落|扩大|缩小)(?:了)?(?:到|至)$")
_RAISED_TO = re.compile(r"由[^，,；;。]*(?:增加|增长|提高|上升|减少|下降|降低)(?:到|至)$")
# 发放低保金2,615.8万元，较去年同期增长5.6%，占全年预算…: the part's own change between it and 占
_GROWTH_BETWEEN = re.compile(r"[，,](?:同比|较|比)[^，,；;。%]{0,12}(?:增长|下降|增加|减少|提高|降低)[^，,；;。]{0,12}[，,]")
_INLINE = re.compile(r"(?<![挤侵抢霸独])占(?!地(?!区)|[用领据有])(?:到|了)?([^，,；;。\d%]{1,20})$")


# 占一般预算支出21.4亿元的71.0% / 占全县212个行政村的87.7%: the whole's figure, its noun (after a measure word), 的
_INLINE_AFTER = re.compile(r"(?:(?<=[个家所户名项座处条辆台件])[\u4e00-\u9fff]{1,8}?)?的(?:比重|比例)?(?:为|是|达到|达)?")


def _inline_whole(folded: str, figs: list[Fig], i: int, sents: dict) -> tuple[Fig, Fig, str] | None:
    """全年民生支出15.2亿元，占一般预算支出21.4亿元的71.0%: the whole stated inside the share's own clause
    → (part, whole, the whole's name); the part is the amount just before 占, in the whole's unit."""
    f, g = figs[i], figs[i - 1]
    if g.sent != f.sent or not g.quantity or is_base(folded, g) or is_change(folded, g) or not _INLINE_AFTER.fullmatch(folded, g.end, f.start):
        return None
    m = _INLINE.search(_clause_text(folded, g))
    if not m:
        return None
    zhan = g.start - len(m.group(0))
    part = next((p for p in reversed(sents.get(f.sent, [])) if p.end <= zhan and p.quantity), None)
    if part is None or not same_unit(part, g):
        return None
    # 民生支出15.2亿元，占… / 有1.58亿元至年底未拨付使用，占…
    between = folded[part.end:zhan]
    if not (_re.fullmatch(r"[，,]?(?:约|均|其|分别)?", between) or _GROWTH_BETWEEN.fullmatch(between) or (
            _re.search(_SUBJECT_LABEL, label_of(folded, part)) and _re.fullmatch(r"[^，,；;。\d%]{1,16}[，,]", between))):
        return None
    return part, g, m.group(1)


def _inline_list(folded: str, figs: list[Fig], i: int, sents: dict, inline: tuple) -> list[tuple[Fig, Fig]] | None:
    """分别占X 8亿元的15.0%和22.5%: the percents listed from figs[i] on, each paired with one of as many amounts of the
    whole's unit listed just before 占 (None when the share is not 分别/依次 or the counts differ)."""
    part, whole = inline[0], inline[1]
    if not _re.search("分别|依次", folded[part.end:whole.start]):
        return None
    pcts = [figs[i]]
    for g in figs[i + 1:]:
        if g.sent != figs[i].sent or g.kind != figs[i].kind or not _LIST_JOINT.fullmatch(folded[pcts[-1].end:g.start]):
            break
        pcts.append(g)
    if len(pcts) < 2:
        return None
    amounts = [p for p in sents.get(part.sent, []) if p.end <= part.end and p.quantity and same_unit(p, whole)]
    parts = amounts[-len(pcts):]
    if len(parts) != len(pcts) or not all(_LIST_JOINT.fullmatch(folded[a.end:b.start]) for a, b in zip(parts, parts[1:])):
        return None
    return list(zip(parts, pcts))


_PLAN_PROGRESS = re.compile(r"(?:累计|已|共)?完成(?:了)?([^，,；;。\d%]{0,8}?规划([\u4e00-\u9fff]{2,6}?))的$")


def _plan_progress(doc, folded: str, figs: list[Fig], i: int, sents: dict) -> tuple[Fig, Fig, str] | None:
    """累计完成交通固定资产投资186.4亿元，完成规划投资的45.4% (规划提出：…完成交通固定资产投资420亿元): the part done
    of a multi-year plan's amount → (the amount done, stated just before; the plan's amount of the same measure, the
    one figure so named in a plan's sentence earlier; the name)."""
    f = figs[i]
    m = _PLAN_PROGRESS.fullmatch(_clause_text(folded, f))
    if m is None or f.kind != "percent":
        return None
    measure = m.group(2)
    cs = clause_start(folded, f.start)
    part = next((g for g in reversed(sents.get(f.sent, [])) if g.end <= cs), None)
    if (part is None or not part.quantity or folded[part.end:cs].strip(" ，,") or measure not in _clause_text(folded, part)
            or is_reference(folded, part)):
        return None
    wholes = [g for g in figs if g.end <= part.start and counts_into(g, part) and not _smaller(g, part)
              and measure in _clause_text(folded, g) and not is_reference(folded, g)
              and (in_plan(folded, doc, g) or "规划" in doc_sentence(folded, g))]
    if len({g.norm for g in wholes}) != 1:
        return None
    return part, wholes[-1], m.group(1)


def _all_of(folded: str, s: Share, before_figs: list[Fig]) -> Fig | None:
    """412件提案已全部办复，办复率100%; 八类严重暴力案件23起，全部告破，破案率100%: a count said to be all done is both
    the part and the whole of its rate (the verb after 全部/均 shares a character with the rate's name)."""
    stem = s.stem[-2:]
    if _SURVIVAL.search(s.stem):
        return None  # 21个乡镇全部完成了造林任务，造林成活率91.4%: a survival rate is over what was planted or bred
    # (来信来访213件，全部做到7日内程序回复、3个月内…答复: the time limits are no count)
    before_figs = [g for g in before_figs if g.base_unit not in _DURATIONS]
    if not (stem and before_figs):
        return None
    g = before_figs[-1]
    between = folded[g.end:s.pct.start]
    if (s.pct.kind == "percent" and s.pct.value == HUNDRED and g.exact and _re.search(r"(?:全部|所有)$", label_of(folded, g))
            and len(_re.findall(r"[，,；;]", between)) <= 1):
        return g  # 对全部18个项目开展绩效自评，自评覆盖率100%
    # the all-word stands before the rate's own clause (建成公租房320套，平均出租率95%: 均 of 平均 is part of the name)
    own = max(between.rfind(c) for c in "，,；;")
    m = _re.search(r"(?:全部|全都|均)(?:已|已经)?([\u4e00-\u9fff]{1,4})", between[:max(own, 0)])
    if m and s.pct.kind == "percent" and s.pct.value == HUNDRED and g.exact and _re.fullmatch(
            r"[^，,；;。\d%]*", between[:m.start()]) and len(_re.findall(r"[，,；;]", between[m.end():])) <= 1:
        # 326个村（社区）全部建立残疾人协会，覆盖率100%: all of the n things counted, whatever the verb
        return g
    # (全县12个乡镇均完成了年度任务，完成率108.6%: a rate above 100 is against a plan, not a share of the 12)
    # (860件…均按时办结，提前办结率65%: a rate named by a manner the all-word's verb lacks is of a subset)
    manner = _MANNER.search(_RATE_PREFIX.sub("", s.stem)[:-2])
    if manner and manner.group(0) not in between[:max(own, 0)]:
        return None
    iv = _pct(s.pct)  # (近三成 and the like may have an open low end)
    return g if m and set(m.group(1)) & set(stem) and iv is not None and not (iv.low is not None and iv.low > HUNDRED) else None


_SURVIVAL = re.compile(r"成活|存活|保存|保苗")
# 提前办结率 / 按期完成率 / 一次性办结率 / 当场办结率: a rate of the things done in a manner — a subset of all done
_MANNER = re.compile(r"提前|按时|按期|如期|及时|限时|超期|逾期|当日|当天|当场|即时|现场|一次性|一次|首次|网上|线上")


def _complete_split_wholes(doc, figs: list[Fig], shares: list[Share]) -> None:
    """（A类）236件，占57.3%；（B类）143件，占34.7%；（C类）33件，占8.0%: a sentence of parts, each with its share,
    whose shares make about 100 but whose whole is not named: the whole is the earlier figure (up to eight sentences
    back) that the parts add up to. A weak pairing, so taken only when the sum matches exactly that figure."""
    by_sent: dict[int, list[Share]] = {}
    for s in shares:
        if s.part is not None and s.total is None and not s.rate and s.pct.kind == "percent":
            by_sent.setdefault(s.pct.sent, []).append(s)
    for si, group in by_sent.items():
        parts = [s.part for s in group]
        if len(group) == 1 and group[0].pct.decimals and not group[0].whole and not group[0].extra:
            # …满意和基本满意的207件，占96.7% (of 提案214件, sections before): the earlier count that gives the stated
            # share to its decimals — a weak pairing, a row only when it holds
            total = _fitting_earlier(doc, figs, si, group) if group[0].part.base_unit not in _DURATIONS else None
            # (the earlier count a total: 共/全部/受理/承办… in its clause — not a 监测周期为360天 of 达标天数342天)
            if total is not None and _TOTAL_WORDS.search(
                    doc.folded, clause_start(doc.folded, total.start), clause_end(doc.folded, total.end)):
                group[0].total, group[0].weak = total, True
            continue
        if len(group) < 2 or len({p.start for p in parts}) != len(parts) or not all(same_unit(parts[0], p) for p in parts):
            continue
        stated = sum(s.pct.value for s in group if s.pct.value is not None)
        if not (90 <= stated <= 110 or (stated < 90 and _unshared_parts(doc.folded, figs, group))):
            continue  # shares of one whole, near 100 (a wrong one among them is what the check is for)
        total = (_late("sums")._matching_earlier(doc, doc.folded, figs, si, parts) or _fitting_earlier(doc, figs, si, group)
                 or _glued_sum_earlier(doc, figs, si, parts))
        if total is not None:
            for s in group:
                s.total = total


def _wrapped(folded: str, doc, sents: dict, si: int) -> list[Fig]:
    """The figures of a sentence, with those of the lines before it when a hard line break cut it (社会管理类\n26件)."""
    out = list(sents.get(si, []))
    k = si
    while k > 0 and si - k < 2:
        start = doc.sentences[k].start
        if not (start >= 2 and folded[start - 1] == "\n" and folded[start - 2] not in "。！？!?；;：:\n" and folded[start - 2] != " "):
            break
        k -= 1
        out = list(sents.get(k, [])) + out
    return out


def _fits(s: Share) -> bool:
    got, want = share_interval(s.part, s.total, s.extra), _pct(s.pct)
    return got is not None and want is not None and got.overlaps(want)


# （2013年分别为10,934件、10,042件）: earlier values in brackets (thousands commas and all)
_BRACKET_BASE = re.compile(r"[（(](?:上年|去年|同期|(?:19|20)\d\d年)[^（()）]{0,4}(?:为|是)[^（()）]*$")


def _bracket_base(folded: str, g: Fig) -> bool:
    """Is the figure one of the earlier-period values listed in a bracket (（2013年分别为10,934件、10,042件）)?"""
    return bool(_BRACKET_BASE.search(folded, max(0, g.start - 40), g.start))


def _negates(folded: str, g: Fig, stem: str) -> bool:
    """不合格样品71批次 before 合格率, 未办结12件 before 办结率: the count names the opposite of the rate."""
    core = _re.sub(r"^(?:抽检|抽查|检验|检测|按期|全年|总体)", "", stem)[-2:]
    if len(core) != 2:
        return False
    label = item_label(folded, g)
    return core in label and bool(_re.search(r"(?:不|未|没有)" + re.escape(core), label))


def _named_complement_whole(doc, folded: str, sents: dict, s: Share, part: Fig) -> Fig | None:
    """全县52所义务教育学校全部纳入…。…尚未达标的学校仅剩4所，达标率达到93.2%: the rate's complement names its things
    (学校) as the one figure of its unit before it (its sentence or the one before) names them, marked as all of their
    kind (全县, 共, 现有…) → that figure, surely the whole the rate is of."""
    cands = [g for k in (part.sent - 1, part.sent) for g in sents.get(k, ()) if g.end <= part.start and g is not part
             and (same_unit(g, part) or _classifier_fits(g, part))]
    if len(cands) != 1:
        return None
    g = cands[0]
    if (not g.exact or _smaller(g, part) or is_reference(folded, g) or is_base(folded, g) or in_plan(folded, doc, g)
            or _bracket_base(folded, g) or not _RES_TOTAL_MARK.search(_clause_text(folded, g))):
        return None
    noun = _re.search(r"的([\u4e00-\u9fff]{2,8}?)(?:仅剩|仅有|只有|还有|尚有|仍有|有|为|共|计)?$", item_label(folded, part))
    if not (noun and noun.group(1)[-2:] in _res_named(folded, g)):
        return None
    # (the rate must be of the act the complement failed, nothing more: 尚未达标的学校 … 达标率; not 仍有隐患未整改的企业 …
    # 隐患整改率, a rate of hazards, nor 不合格的企业 … 抽检合格率, of batches, nor 学生体质健康达标率, of students)
    act = _re.search(r"(?:未|不|没有)([\u4e00-\u9fff]{1,6}?)的", item_label(folded, part))
    return g if act and s.stem.endswith(act.group(1)) and len(s.stem) <= len(act.group(1)) + 1 else None


def _checked_whole(doc, folded: str, s: Share, before_figs: list[Fig]) -> Fig | None:
    """The count a rate's complement was taken from when the text says so: in the rate's sentence, the nearest
    earlier figure of the complement's unit (bases and targets aside) whose clause names the act the things went
    through (抽检/检查…, or the rate's own lead word), the complement opened by 其中 after it."""
    part = before_figs[-1]
    if not _re.match(r"其中", _clause_text(folded, part)):
        return None
    act = _re.sub(r"(?:不|未)?" + re.escape(s.stem[-2:]) + "$", "", s.stem)
    for g in reversed(before_figs[:-1]):
        if not same_unit(g, part) or is_reference(folded, g) or in_plan(folded, doc, g) or _bracket_base(folded, g):
            continue
        clause = folded[clause_start(folded, g.start):clause_end(folded, g.end)]
        if _smaller(g, part) or not (_ASSESSED.search(clause) or (len(act) >= 2 and act in clause)):
            return None
        return g
    return None


def _whole_of_complement(doc, figs: list[Fig], s: Share, part: Fig) -> Fig | None:
    """The whole a rate's complement is taken from: the nearest earlier figure of its unit (its sentence or the two
    before, bases and targets aside, not smaller than the complement) for which (whole − part)/whole gives the rate."""
    folded = doc.folded
    want = _pct(s.pct)
    for g in (g for g in _upto(doc, figs, part.start) if g.end <= part.start and part.sent - 2 <= g.sent and same_unit(g, part)
                and not is_reference(folded, g) and not _smaller(g, part)):
        iv = _rest_interval(Share(s.pct, part=part, total=g))
        if iv is not None and want is not None and iv.overlaps(want):
            return g
    return None


def _rest_of(folded: str, s: Share, before_figs: list[Fig]) -> tuple[Fig, Fig] | None:
    """本届委员218名，其中中共党员83名，党外委员占61.9%: n, then 其中 a part, then the share of another group —
    the rest of n. A weak pairing: reported only when (n − part)/n gives the stated share."""
    if len(before_figs) < 2 or s.pct.kind != "percent":
        return None
    whole, part = before_figs[-2], before_figs[-1]
    if not (same_unit(whole, part) and label_of(folded, part).startswith("其中") and not _smaller(whole, part)
            and _re.fullmatch(r"[，,；;]", folded[part.end:clause_start(folded, s.pct.start)])):
        return None
    if _stem_matches(_segment_before(folded, part), _re.sub(r"^其中", "", s.stem)[-4:]):
        return None
    iv, want = _rest_interval(Share(s.pct, part=part, total=whole)), _pct(s.pct)
    return (part, whole) if iv is not None and want is not None and iv.overlaps(want) else None


def _follow_named_whole(shares: list[Share]) -> None:
    """…解决的301件，占立案总数的66.6%；列入计划逐步解决的112件，占24.8%；…39件，占8.6%: shares listed after one
    of a named whole, in its sentence and unit, are of that whole too. Weak unless the parts make the whole."""
    by_sent: dict[int, list[Share]] = {}
    for s in shares:
        by_sent.setdefault(s.pct.sent, []).append(s)
    for group in by_sent.values():
        lead = next((s for s in group if s.whole and s.total is not None and s.part is not None and not s.extra), None)
        if lead is None:
            continue
        follow = [s for s in group if s.pct.start > lead.pct.start and not s.rate and not s.whole
                  and (s.total is None or s.total is lead.total)
                  and s.part is not None and s.part.start > lead.pct.start and same_unit(s.part, lead.part)]
        if not follow:
            continue
        exhaust = _adds_up(lead.total, [lead.part] + [s.part for s in follow])
        for s in follow:
            if s.total is None:
                s.weak = not exhaust
            s.total, s.whole = lead.total, lead.whole


def _one_named_whole(folded: str, shares: list[Share]) -> None:
    """…22件，占立案总数的12.87%。…78件，占立案总数的45.60%。…: shares of one paragraph that name one whole alike are of
    one whole; when they were paired with different figures so named (立案174件 / 实际立案72件), which is meant is not
    certain — each is weak (judged only when it holds)."""
    groups: dict[tuple[int, str], list[Share]] = {}
    for s in shares:
        # (a share whose whole its own sentence gives — 受理各类案件1,200件，其中民事案件800件，占全部案件的… — is sure of it)
        if s.whole and s.total is not None and s.part is not None and not s.rate and s.total.sent != s.pct.sent:
            groups.setdefault((paragraph_start(folded, s.pct.start), s.whole), []).append(s)
    for group in groups.values():
        if len({id(s.total) for s in group}) > 1:
            for s in group:
                s.weak = True


def _glued_sum_earlier(doc, figs: list[Fig], si: int, parts: list[Fig]) -> Fig | None:
    """今年共有12个乡镇参加考评。…优秀乡镇3个，良好7个，一般2个，分别占…: the nearest earlier count (up to eight
    sentences back) with the things' noun glued to its measure word (12个乡镇 of 3个), the noun named in the list's own
    sentence, that the parts add up to exactly."""
    folded = doc.folded
    got = _sum_of(parts)
    if not got.bounded:
        return None
    own = folded[doc.sentences[si].start:parts[-1].start]
    reach = _reach_back(doc, figs_by_sentence(doc, figs), si, 8)
    for g in reversed([g for g in figs if reach <= g.sent < si]):
        if (not _classifier_fits(g, parts[0]) or is_reference(folded, g) or in_plan(folded, doc, g)
                or g.base_unit[len(parts[0].base_unit):] not in own):
            continue
        return g if got.overlaps(_sh_niv(g)) else None
    return None


def _fitting_earlier(doc, figs: list[Fig], si: int, group: list[Share]) -> Fig | None:
    """Parts that miss every earlier total (98+87+76+46 = 307 of 提案312件) but whose stated shares each fit one
    earlier figure (98/312 = 31.4%, 87/312 = 27.9%…): that figure is their whole. Every share must fit, so the
    pairing gives only rows that hold; it is taken only when all the fitting figures state one number."""
    folded = doc.folded
    part0 = group[0].part
    fits, near = [], []
    reach = _reach_back(doc, figs_by_sentence(doc, figs), si, 8)
    for g in figs:
        if g.sent >= si or g.sent < reach or not g.exact or not same_unit(g, part0) or is_reference(folded, g):
            continue
        if any(_smaller(g, t.part) or t.part is g for t in group):
            continue
        ivs = [(share_interval(t.part, g), _pct(t.pct)) for t in group]
        hits = sum(a is not None and b is not None and a.overlaps(b) for a, b in ivs)
        if hits == len(group):
            fits.append(g)
        elif hits >= max(3, len(group) - 1):
            near.append(g)
    if not fits and near and _sums_to_hundred(group):
        # 城建41件，占32.5%；…其他11件，占10.3% (of 建议126件): shares that make 100 between them, all but one of them
        # given by one earlier figure — that figure is their whole, and the odd share is wrong (its part revised alone)
        fits = near
    return fits[-1] if fits and len({g.value for g in fits}) == 1 else None


def _sums_to_hundred(group: list[Share]) -> bool:
    ivs = [_pct(t.pct) for t in group]
    if any(iv is None or not iv.bounded for iv in ivs):
        return False
    return interval_sum(ivs).contains(HUNDRED)


def _carry_parts(folded: str, sents: dict, group: list[Share]) -> bool:
    """三次产业增加值占地区生产总值的比重依次为14.4%、38.0%和47.6%, the three values stated in the sentence before:
    a list of k shares of a named whole with no quantity in its own sentence takes the last k quantities of
    the previous sentence, when they share a unit. Kept only if those parts add up to the whole (caller)."""
    sent = group[0].pct.sent
    prev = [g for g in sents.get(sent - 1, []) if g.quantity and g.kind not in ("percent", "percentage_point")]
    parts = prev[-len(group):]
    if len(parts) != len(group) or not all(same_unit(parts[0], p) for p in parts):
        return False
    if paragraph_start(folded, parts[0].start) != paragraph_start(folded, group[0].pct.start):
        return False
    for s, p in zip(group, parts):
        s.part = p
    return True


_SUM_WORD = re.compile(r"(?:两者|二者|三者|两类|两项)?(?:合计|共计|总计|累计|合共|加起来|一起|共|合)$")


def _bracketed_pair(folded: str, figs: list[Fig], s: Share) -> tuple[Fig, Fig] | None:
    """入学率87.5%（全县适龄三类残疾儿童少年23人，已入学20人）: the rate's whole and part given in brackets right
    after it, the part labelled by the rate's verb → (part, whole)."""
    m = _re.match(r"[（(]([^（()）]{4,60})[）)]", folded[s.pct.end:])
    if not m or len(s.stem) < 2:
        return None
    lo, hi = s.pct.end, s.pct.end + m.end()
    inside = [g for g in figs if lo < g.start and g.end < hi]
    if len(inside) != 2 or not all(g.exact for g in inside) or not same_unit(*inside):
        return None
    whole, part = inside
    verb = s.stem[-2:]
    if not (_re.search(re.escape(verb) + r"$", item_label(folded, part)) and not _re.search(r"未|不|没", item_label(folded, part))
            and not _smaller(whole, part)):
        return None
    return part, whole


def _bracketed_whole(folded: str, figs: list[Fig], s: Share, before_figs: list[Fig]) -> tuple[Fig, Fig] | None:
    """全县累计达到285个（上年末为239个），行政村覆盖率62.8%（全县共有行政村454个）: the whole of a rate given in
    brackets right after it, labelled by a word of the rate's name; the part is the last count of that unit before
    the rate (bases and changes aside). A weak pairing: taken only when the share it gives matches the stated one."""
    g = next((g for g in figs if g.start >= s.pct.end), None)
    if g is None or not g.exact or not g.value:
        return None
    m = _re.fullmatch(r"[（(]([^（()）\d，,；;。]{2,16})", folded[s.pct.end:g.start])
    if not m:
        return None
    label = _re.sub(r"(?:的|为|是|共|有|达)+$", "", m.group(1))
    if not any(label[-k:] in s.stem for k in range(2, min(len(label), 6) + 1)):
        return None
    cands = [p for p in before_figs if same_unit(p, g) and p.exact and not is_reference(folded, p)]
    if not cands:
        return None
    got, want = share_interval(cands[-1], g), _pct(s.pct)
    return (cands[-1], g) if got is not None and want is not None and got.overlaps(want) else None


def _have_of(folded: str, s: Share, before_figs: list[Fig]) -> tuple[Fig, Fig] | None:
    """全市二级以上医疗机构66家，已有58家实行DRG付费，覆盖率87.9%: n things, then how many of them (已有/其中有) do
    something, then the rate of it → (part, whole). A weak pairing: taken only when the share it gives matches."""
    if len(before_figs) < 2:
        return None
    whole, part = before_figs[-2], before_figs[-1]
    if not (whole.exact and part.exact and same_unit(whole, part) and whole.value and part.value <= whole.value):
        return None
    # (全县61所小学中，有48所达到…标准，达标率78.7%: 有 after the whole's 中)
    if not (_re.search(r"(?:已有|其中有|其中|已)$", label_of(folded, part)) or (
            _re.search(r"(?<![共现])有$", label_of(folded, part)) and _re.search(r"中[，,]?$", folded[whole.end:part.start - 1]))) \
            or len(_re.findall(r"[，,；;]", folded[part.end:s.pct.start])) > 1:
        return None
    got, want = share_interval(part, whole), _pct(s.pct)
    return (part, whole) if got is not None and want is not None and got.overlaps(want) else None


def _among_of(folded: str, s: Share, before_figs: list[Fig]) -> tuple[Fig, Fig] | None:
    """全区6个考核断面中4个达到Ⅲ类，达标率66.7%: "N个X中M个 do something", then the rate of it in the next clause →
    (part, whole). The 中 says the M are among the N; the rate names the doing (a character of the clause after M)."""
    if len(before_figs) < 2 or _SURVEY_RATES.search(s.stem):
        return None
    whole, part = before_figs[-2], before_figs[-1]
    if not (whole.exact and part.exact and (same_unit(whole, part) or _classifier_fits(whole, part))
            and whole.value and part.value is not None and part.value <= whole.value):
        return None
    if not _re.fullmatch(r"[^，,；;。\d%]{0,12}中(?:已有|已经有|现已有)?", folded[whole.end:part.start]):
        return None  # (61所小学中，有48所…: 有 after a comma is _have_of's weak pairing)
    m = _re.fullmatch(r"([^，,；;。\d%]{1,16})[，,]" + re.escape(s.stem) + r"率(?:为|是|达到|达)?", folded[part.end:s.pct.start])
    if not m or _re.search(r"未|不|没", m.group(1)):
        return None
    if set(s.stem) & set(m.group(1)) and not _re.search(r"中(?:已有|已经有|现已有)$", folded[whole.end:part.start]):
        return part, whole
    # (13个乡镇中11个建成服务站，覆盖率84.6%: a rate that names the doing in other words — weak, only when it holds;
    # 12个乡镇中已有10个建成污水处理厂，污水处理率…: after 已有 too, the rate may be of the work's own volume)
    got, want = share_interval(part, whole), _pct(s.pct)
    if got is not None and want is not None and got.overlaps(want):
        s.weak = True
        return part, whole
    return None


_JOINT_CHAR = re.compile(r"[及和与、]")  # (行政村和社区, 科教及其他: two kinds joined)
_JOINED_BEFORE = re.compile(_JOINT_CHAR.pattern + "$")


def _named_before(folded: str, prev: list[Fig], stem: str) -> Fig | None:
    """The item of the sentence before that a share's stem names: by its label (网上信访1,346件 … 网上信访占…;
    自主就业425人 … 自主就业人员占…), or by its place in a list named before 分别 (刑事、民商事…案件分别审结
    1246件、11264件… → 民商事案件占…)."""
    core = _re.sub(r"^其中", "", stem)
    names = {core, _re.sub(r"(?:人员|人数|数量|金额|总额|规模|数)$", "", core)}
    names = {n.replace("已经", "已") for n in names if len(n) >= 2}  # (已解决的 names 已经解决的19件)
    for g in reversed(prev):
        if g.quantity and (lab := item_label(folded, g).replace("已经", "已")) and any(
                lab.endswith(n) and not _JOINED_BEFORE.search(lab, 0, len(lab) - len(n)) for n in names):
            return g  # (not 科教及其他收入0.37亿元 for 其他收入: the item joins another kind to it)
    loose = _loosely_named(folded, prev, _re.sub(r"(?:人次|人数|总量|数量|量)$", "", core))
    if loose is not None:
        return loose
    qs = [g for g in prev if g.quantity]
    if len(qs) < 2:
        return None
    head = _clause_text(folded, qs[0])
    m = _re.search(r"([^，,；;。：:]+?)(?:分别|依次)", head)
    if not m or not _re.fullmatch(r"[、和及与]", folded[qs[0].end:qs[1].start]):
        return None
    listed = [n for n in _re.split(r"[、和及与]", m.group(1)) if n]
    if len(listed) != len(qs):
        return None
    # the last name carries the head noun the others share (刑事、民商事、行政、执行案件)
    hits = [g for n, g in zip(listed, qs) if len(n) >= 2 and core.startswith(n)]
    return hits[0] if len(hits) == 1 else None


_STEM_AMONG = re.compile(r"(?:其中)?(?:全[市县区镇乡旗])?([\u4e00-\u9fff]{2,8}?)" + AMONG_ZHONG + r"([\u4e00-\u9fff]{2,6})")


def _among_stem_pair(doc, folded: str, sents: dict, s: Share) -> tuple[Fig, Fig] | None:
    """共有城乡低保对象12,460人，其中城市低保2,180人，农村低保10,280人。…全县低保对象中农村占比为82.5%: a share named
    "X中Y" in a sentence with no figures is of the figure labelled X, the part the item of its 其中 list labelled Y —
    both in one sentence of the paragraph, a few sentences back."""
    m = _STEM_AMONG.fullmatch(s.stem)
    if m is None:
        return None
    x, y = m.group(1), m.group(2)
    para = paragraph_start(folded, s.pct.start)
    for k in range(s.pct.sent - 1, max(-1, s.pct.sent - 5), -1):
        row = sents.get(k, [])
        if row and row[0].start < para:
            break
        for g in row:
            if not g.quantity or is_reference(folded, g) or x not in _clause_text(folded, g):
                continue
            for h in row:
                if (h.start > g.end and same_unit(g, h) and _taken_from(folded, g, h) and not _smaller(g, h)
                        and _re.sub(r"^其中", "", _segment_before(folded, h)).startswith(y)):
                    return h, g
    return None


def _item_of_named_list(folded: str, sents: dict, s: Share) -> tuple[Fig, Fig] | None:
    """受理居民诉求2,316件，其中物业类904件、环境卫生类611件… (sections before) …物业类诉求占全年诉求总量的39.0%: a share
    with no figure in its sentence whose stem is an item's label plus the whole's noun → that item of a 其中 list
    anywhere before, over the figure the list was taken from (labelled with the noun); only when exactly one fits."""
    noun = _whole_noun(s.whole)
    stem = _re.sub(r"^其中", "", s.stem)
    if not noun or not stem.endswith(noun) or len(stem) - len(noun) < 2:
        return None
    want = stem[:-len(noun)]
    hits = []
    for k in range(s.pct.sent):
        row = sents.get(k, [])
        for g in row:
            if not g.quantity or is_reference(folded, g) or noun not in _clause_text(folded, g):
                continue
            for h in row:
                if (h.start > g.end and h.quantity and same_unit(g, h) and _taken_from(folded, g, h)
                        and not _smaller(g, h) and _re.sub(r"^(?:其中|包括|含)", "", item_label(folded, h)) == want):
                    hits.append((h, g))
    return hits[0] if len({h.start for h, _ in hits}) == 1 and len({g.start for _, g in hits}) == 1 else None


def _loosely_named(folded: str, prev: list[Fig], core: str) -> Fig | None:
    """The one item of a 其中 list (or a classification) of the sentence before that a share's stem names short or
    reworded: 省级龙头企业 ← 省级11家, 住宅销售面积 ← 其中住宅126.3万平方米 (the stem opens with the item's label),
    农村劳动力培训 ← 农村转移劳动力培训 (its characters in order), 国省干线建设投资 ← 国省干线公路 / 上级补助资金 ← 中央和省级
    补助资金 (the same four characters opening or closing both). None unless exactly one item so named."""
    if len(core) < 4 or not prev:
        return None
    start = clause_start(folded, prev[0].start, "。！？!?\n")
    lead = _re.search(r"其中|按.{1,8}分|从.{1,8}看|分.{1,6}看", folded[start:prev[-1].start])
    if lead is None:
        return None
    hits = []
    for g in prev:
        if not g.quantity or g.qualifier or g.start < start + lead.end():
            continue  # (the whole the list was taken from is no item of it)
        lab = _re.sub(r"^(?:其中|包括|含)", "", item_label(folded, g))
        if len(lab) < 2 or not _re.fullmatch(r"[\u4e00-\u9fff]+", lab):
            continue
        if lab.endswith(core) and _JOINED_BEFORE.search(lab, 0, len(lab) - len(core)):
            continue  # (科教及其他收入 for 其他收入: the item joins another kind to the one named)
        if core.startswith(lab) or _abbreviates(core, lab) or (len(lab) >= 4 and (lab[:4] == core[:4] or lab[-4:] == core[-4:])):
            hits.append(g)
    return hits[0] if len(hits) == 1 else None


def _subject_part(folded: str, sents: dict, s: Share) -> Fig | None:
    """…社会建设类148件、文化建设类52件…。社会建设类提案最多，占立案总数的三分之一以上: a share whose subject is the
    clause before it (no number there) → the item of the sentence before that the subject begins with."""
    cs = clause_start(folded, s.pct.start)
    if cs == 0 or folded[cs - 1] not in "，,":
        return None
    subject = _re.sub(r"^(?:其中|而|以)", "", folded[clause_start(folded, cs - 1):cs - 1])
    if not subject or _re.search(r"[\d%]", subject):
        return None
    found = [g for g in sents.get(s.pct.sent - 1, []) if g.quantity and len(item_label(folded, g)) >= 2
             and subject.startswith(item_label(folded, g))]
    return found[0] if len(found) == 1 else None


def _combined_parts(folded: str, s: Share, before_figs: list[Fig], need_whole: bool = True) -> list[Fig] | None:
    """公办园和普惠性民办园合计占幼儿园总数的86.2%: a share of several items named together before 占, each stated
    earlier in the sentence → those items (in text order). Each name must share two characters in a row with its
    item's label (公办园 ← 公办幼儿园), the items one unit, the share of a named whole."""
    m = _SUM_WORD.search(s.stem)
    if not (m and (s.whole or not need_whole)):
        return None
    names = [n for n in _re.split(r"和|、|及|与|以及", _re.sub(r"^(?:其中|全市|全县|全区)", "", s.stem[:m.start()])) if n]
    if not 2 <= len(names) <= 4:
        return None
    found: list[Fig] = []
    for name in names:
        grams = {name[i:i + 2] for i in range(len(name) - 1)}
        g = next((g for g in reversed(before_figs) if g not in found and any(b in _segment_before(folded, g) for b in grams)), None)
        if g is None:
            return None
        found.append(g)
    found.sort(key=lambda g: g.start)
    return found if all(same_unit(found[0], g) for g in found) else None


def _split_total(doc, figs: list[Fig], items: list[Fig]) -> Fig | None:
    """The total of a breakdown (parts_sum's splits) that holds all the items and adds up to it."""
    for total, parts, _ in _late("sums").find_splits(doc, figs):
        if all(g in parts for g in items) and total not in items and _adds_up(total, parts):
            return total
    return None


_WHOLES_JOINT = re.compile(r"和|及|与|、|以及")


def _split_wholes(whole: str) -> list[str]:
    """'事故总数和死亡总数' → ['事故总数', '死亡总数']: a list of shares of several wholes, one each."""
    names = [w for w in _WHOLES_JOINT.split(whole) if w]
    return names if len(names) >= 2 else [whole] if whole else []


def _in_named_measure(folded: str, s: Share, part: Fig, before_figs: list[Fig]) -> Fig:
    """The part, or the figure right after it (no text between) in another unit when the share's own words end with
    that unit and not the part's (25批350人次 for …人次占…总人次的)."""
    k = before_figs.index(part) if part in before_figs else -1
    if k < 0 or k + 1 >= len(before_figs):
        return part
    nxt = before_figs[k + 1]
    unit = nxt.base_unit
    if nxt.start != part.end or same_unit(nxt, part) or len(unit) < 1 or part.base_unit in (s.stem + s.whole):
        return part
    return nxt if (s.stem.endswith(unit) or s.whole.endswith(unit)) else part


# the words past an item's name in a share that name its count (重点项目数量占, 规上企业户数占), not another measure
_COUNT_WORDS = re.compile(r"(?:的)?(?:数量|个数|项数|件数|家数|户数|人数|总数|数)(?:的)?$")
# the kind of amount a measure word names (经费 is money, 面积 an area)
_MEASURE_KINDS = (("money", re.compile(r"经费|资金|投资|金额|额$|贷款|收入|支出|资产|产值|营收|利润|税")),
                  ("area", re.compile(r"面积")), ("weight", re.compile(r"产量|重量")))
# between an item's count and its second figure: a joint and at most a short name of that figure (48项、4300万元 /
# 86家、从业人员2.9万人)
_ITEM_SECOND = re.compile(r"[、，,]([\u4e00-\u9fff]{0,6}?)(?:为|达|共|约)?")


def _item_measure(folded: str, item: Fig, rest: str, before_figs: list[Fig]) -> Fig | None:
    """An item stated in two measures (重点研发项目48项、4300万元) and a share that names the item and a measure past it
    (重点研发项目经费占…) → the item's figure in that measure: the one of the kind the words name (经费: money, 面积:
    area), else the second one, unless the words name the count (重点研发项目数量占…) or the second figure has a name of
    its own that is not theirs; None when the item has one figure or neither fits."""
    k = before_figs.index(item) if item in before_figs else -1
    if k < 0 or k + 1 >= len(before_figs) or _COUNT_WORDS.fullmatch(rest):
        return None
    nxt = before_figs[k + 1]
    m = _ITEM_SECOND.fullmatch(folded, item.end, nxt.start)
    if m is None or same_unit(nxt, item) or not nxt.quantity:
        return None
    kind = next((kind for kind, rx in _MEASURE_KINDS if rx.search(rest)), None)
    if kind is not None:
        # (高标准农田36万亩、1.9万户，…面积占: the measure named is the item's own, 36万亩; 4300万元、48项，…经费占: so too)
        return item if item.kind == kind else nxt if nxt.kind == kind else None
    own = m.group(1)
    if own and not (own in rest or rest in own or own[:2] == rest[:2]):
        return None
    return nxt


_UNMET = re.compile(r"[，,；;][^，,；;。\d%]{2,16}?(?:未能|未|没有|没能|尚未)")


def _unmet_between(folded: str, s: Share) -> bool:
    """4项目标中完成3项，门急诊人次受疫情影响未能完成，完成率97.3%: a clause between the count and the rate names one
    thing NOT done (未能 + the rate's act) — the rate is that thing's own, not the count's."""
    m = _UNMET.search(folded, s.part.end, s.pct.start)
    return m is not None and folded.startswith(s.stem[-2:], m.end()) and _re.fullmatch(
        r"[\u4e00-\u9fff]{0,4}[，,；;](?:[\u4e00-\u9fff]{0,6})?", folded[m.end() + 2:clause_start(folded, s.pct.start)]) is not None


def _should_and_did(folded: str, s: Share, before_figs: list[Fig]) -> tuple[Fig, Fig] | None:
    """应到位资金1,200万元，实际到位1,080万元，资金到位率: the rate's verb (its stem's last two characters) after 应 labels
    its whole, the same verb after 实际/已 (or alone) in a later figure of the same unit labels its part."""
    verb = s.stem[-2:]
    if len(verb) < 2 or not _re.fullmatch(r"[\u4e00-\u9fff]{2}", verb):
        return None
    for k, whole in enumerate(before_figs):
        if "应" + verb not in _segment_before(folded, whole):
            continue
        did = [g for g in before_figs[k + 1:] if same_unit(g, whole) and _re.search(
            r"(?:实际|实|已|共)?" + verb + r"[\u4e00-\u9fff]{0,4}$", _segment_before(folded, g))
               and not _re.search(r"[应未不没]" + verb, _segment_before(folded, g))]
        if len(did) == 1 and did[0].norm is not None and whole.norm is not None and did[0].norm <= whole.norm:
            return did[0], whole
        return None
    return None


# 全县312个行政村中，…: the things counted, then 中 ending their clause
_COUNT_AMONG = re.compile(r"[\u4e00-\u9fff]{1,10}" + AMONG_ZHONG + r"$")
# 已完成村庄规划编制的有187个: those of them the clause's predicate picks out, counted last in it
_PICKED_COUNT = re.compile(r"^(?:其中)?(?:已|已经)?[\u4e00-\u9fff“”]{2,16}的(?:有|共有|共)?$")


def _among_then_rate(folded: str, s: Share, before_figs: list[Fig]) -> tuple[Fig, Fig] | None:
    """全县312个行政村中，已完成村庄规划编制的有187个，覆盖率62.5%: a count of things with 中, the clause right after it
    picking some of them out by a predicate (…的有M个), then the rate in the clause right after that — M of N,
    whatever the rate is named."""
    if len(before_figs) < 2:
        return None
    whole, part = before_figs[-2], before_figs[-1]
    cs, pcs = clause_start(folded, s.pct.start), clause_start(folded, part.start)
    if not (same_unit(whole, part) and whole.exact and part.exact and part.end == clause_end(folded, part.end)
            and clause_end(folded, part.end) + 1 == cs and clause_end(folded, whole.end) + 1 == pcs
            and _COUNT_AMONG.fullmatch(folded, whole.end, clause_end(folded, whole.end))
            and _PICKED_COUNT.match(folded[pcs:part.start])
            and not _DIGIT_OR_PCT.search(folded, cs, s.pct.start)):
        return None
    return (part, whole) if part.norm is not None and whole.norm is not None and part.norm <= whole.norm else None


_SAMPLE_HEAD = re.compile(r"(?:问卷|答卷|调查表|测评表|评议表|样本)$")
_ALL_OF_KIND = re.compile(r"^(?:全[市县区镇乡旗省]|本[市县区镇乡])?(?:共有|现有|共计有|总共有|共)")
_KIND_TOTAL_AFTER = re.compile(r"(?:全[市县区镇乡旗省]|本[市县区镇乡])?(?:现有|共有)?([\u4e00-\u9fff]{3,10}?)(?:共计|总计|合计|总数|总量|共有|共)(?:为|达到|达|是)?")


def _whole_of_kind(label: str, stem: str) -> bool:
    """Is the figure labelled 共有X (X a noun of four characters or more) while the share names a kind of X (社区X)?
    Then the figure counts all the X the share is of, not the part."""
    m = _ALL_OF_KIND.match(label)
    kind = _re.sub(r"^其中", "", stem)
    if not m:
        # 全县低保对象共计8,612人，其中城市低保对象占31.6%: the noun named before 共计/总数 counts all of them too
        m = _KIND_TOTAL_AFTER.fullmatch(label)
        noun = m.group(1) if m else ""
        return len(noun) >= 3 and kind.endswith(noun) and len(kind) > len(noun) and not _re.search(r"[、和及与]", kind)
    noun = label[m.end():]
    return len(noun) >= 4 and kind.endswith(noun) and len(kind) > len(noun) and not _re.search(r"[、和及与]", kind)


def _compound_rate_parts(folded: str, stem: str, before_figs: list[Fig]) -> tuple[Fig, list[Fig]] | None:
    """调撤率 after 调解结案1,386件、撤诉结案1,102件: the two items of one list, of one unit, whose names open with the
    rate's two characters in order → (first, [second]); else None."""
    items = [g for g in before_figs if g.exact and g.quantity]
    for a, b in zip(items, items[1:]):
        lb = item_label(folded, b)
        # (b's item opens right after the one separator that ends a's: the two stand side by side)
        if not same_unit(a, b) or b.start - len(lb) != a.end + 1 or folded[a.end] not in "、，,":
            continue
        la = _re.sub(r"^(?:其中|包括)[：:，,]?", "", item_label(folded, a))
        if la[:1] == stem[0] and lb[:1] == stem[1] and len(la) >= 2 and len(lb) >= 2:
            return a, [b]
    return None


def _part_for(folded: str, s: Share, before_figs: list[Fig]) -> Fig | None:
    """The figure a single share is a share of: named by the stem, or the one just before 占."""
    # (第三产业增加值371.5亿元，占…的57.8%；数字经济核心产业增加值占…的比重达到9.6%: a part followed by its own share is
    # that share's, not a later one's)
    before_figs = [g for g in before_figs if not (_is_sibling(folded, g) and "%" in folded[g.end:s.pct.start].replace("％", "%"))]
    if not before_figs:
        return None
    if s.stem and len(s.stem) == 1 and not s.rate and _clause_text(folded, s.pct).startswith(s.stem + "占比"):
        # 医疗收入3.46亿元，其中药品收入0.98亿元，药占比为28.3%: a share named by the first character of the one item
        # whose name opens with it (药 of 药品收入, 耗 of 耗材)
        short = [g for g in before_figs if _re.sub(r"^其中[：:，,]?", "", _item(folded, g)).startswith(s.stem)]
        return short[0] if len(short) == 1 else None
    if s.stem and (s.rate or len(s.stem) >= 2):
        # (今年新建数占累计总数的: the count of the year's new ones — the time word and 数 aside)
        # (校舍改造类占全部承办建议的: the class named by its items' own words — 涉及校舍改造的11件)
        stem = s.stem if s.rate else _CLASS_TAIL.sub("", _COUNT_OF_TAIL.sub("", _TIME_HEAD.sub("", _re.sub(r"^其中", "", s.stem))))
        # (非国有企业占…: the last four characters, and a negation before them — 非国有企业 is not 国有企业)
        full = stem
        stem = stem if s.rate else stem[-5:] if len(stem) > 4 and stem[-5] in "非未不无没" else stem[-4:]
        if not s.rate and len(full) > len(stem):
            # 住房消费类提取32.56亿元，非住房消费类提取8.72亿元，住房消费类提取占…: a label that is the whole long
            # stem names the part, before one that only ends with its last characters (非住房消费类提取)
            exact = next((g for g in reversed(before_figs)
                          if _NAME_LEAD.sub("", _LABEL_TRIM.sub("", _segment_before(folded, g))) == full), None)
            if exact is not None:
                return exact
        if s.rate and stem.endswith("满意"):
            # 满意的248件、基本满意的57件，满意和基本满意的合计305件，满意率97.8%: the rate counts both
            both = _rx(re.escape(stem) + r"(?:和|与|及|、)基本" + re.escape(stem) + r"的?(?:合计|共计|共|总计|总数)?$")
            g = next((g for g in reversed(before_figs) if both.search(_segment_before(folded, g))), None)
            if g is not None:
                return g
        if not s.rate and s.whole:
            # 总支出1238万元，其中基本支出684万元、项目支出554万元，支出占收入的97.9%: the figure named by the stem
            # alone is the part, not an item whose name merely ends with it
            exact = next((g for g in reversed(before_figs)
                          if _NAME_LEAD.sub("", _LABEL_TRIM.sub("", _segment_before(folded, g))) == stem), None)
            if exact is not None:
                return exact
        if not s.rate and len(full) >= 5 and (money := _MONEY_TAIL.search(full)):
            # 乡村振兴示范村建设820万元，其中示范村建设资金占项目支出的: the use named with 资金 after it, its amount
            use = [g for g in before_figs if g.base_unit == "元"
                   and _LABEL_TRIM.sub("", _segment_before(folded, g)).endswith(full[:money.start()])]
            if len(use) == 1:
                return use[0]
        for g in reversed(before_figs):
            # (A类16件（含重点提案3件）: the words before an aside's bracket name the figure before it, not g)
            seg = _OWN_LABEL.search(_segment_before(folded, g)).group(0)
            if s.rate and _SAMPLE_HEAD.search(_LABEL_TRIM.sub("", seg)):
                return None  # 发放满意度问卷500份，满意率…: the forms handed out are the rate's n, not its part
            if not s.rate and _whole_of_kind(seg, full):
                return None  # 共有志愿服务组织18个…，其中社区志愿服务组织占50%: the count of all of them is the whole
            if _stem_matches(seg, stem) or (s.rate and _named_after(folded, g, stem)):
                # …破案862起；其中八类案件23起，破案率87%: the rate is of the subset the 其中 opened — unless the
                # 其中 opens the share's own clause and names the part (…肢体残疾6,372人…，其中肢体残疾所占比重为49.6%)
                between = folded[g.end:clause_start(folded, s.pct.start)]
                if "其中" in between:
                    # (已整改问题金额2.91亿元，其中上缴财政0.63亿元、…、调整账目1.41亿元，整改率为75.4%: a 其中 list that
                    # adds up to the figure is its whole breakdown, no subset — the rate is still of it)
                    items = [x for x in before_figs if x.start > g.end and x.base_unit == g.base_unit]
                    return g if s.rate and len(items) >= 2 and _adds_up(g, items) else None
                if s.rate and _LEVEL_BEFORE.search(seg):
                    # 至上年末已完成…治理148个，今年新完成32个，累计完成186个，治理率…: the level the year ended at, not
                    # last year's — the running total after it in the sentence
                    now = [x for x in before_figs if x.start > g.end and same_unit(x, g)
                           and _RUNNING_NOW.search(_clause_text(folded, x))]
                    if now:
                        return now[-1]
                return g
        if not s.rate and (unit_count := _UNIT_COUNT_TAIL.search(full)):
            # 已消除返贫致贫风险874户，风险消除户数占…: "X户数" counts the 户 of the nearest figure in 户 whose clause
            # holds every character of X, whatever their order (消除…风险 / 风险消除)
            x = full[:unit_count.start()]
            g = next((g for g in reversed(before_figs) if g.unit == unit_count.group(1)), None)
            if g is not None and len(x) >= 2 and not is_reference(folded, g) and all(
                    c in _clause_text(folded, g) for c in x) and "其中" not in folded[g.end:clause_start(folded, s.pct.start)]:
                return g
        if s.rate:
            return None
        # …的（A类）198件，…的（B类）103件，A类提案占承办总数的: the class named by the mark in brackets after its words
        core_stem = _re.sub(r"^其中", "", s.stem)
        mark = _CLASS_MARK.match(core_stem)
        if mark and not _re.search(r"[和与及、]|[A-Da-d甲乙丙丁一二三四]类", core_stem[mark.end():]):  # (A类和B类: both)
            marked = [g for g in before_figs if _segment_before(folded, g).endswith(("（" + mark.group(0) + "）",
                                                                                    "(" + mark.group(0) + ")"))]
            if len(marked) == 1:
                return marked[0]
        # 其中卫生技术人员357人，卫技人员占比85.0%: the item named short, its characters in order in one label only
        short = [g for g in before_figs if _abbreviates(stem, _segment_before(folded, g))]
        if len(short) == 1 and len(stem) >= 4:
            return short[0]
        # 其中职工医保142.7万人，城乡居民医保343.6万人，职工医保参保人数占比为29.3%: the stem begins with an item's label
        core = _re.sub(r"^其中", "", s.stem)
        # (博士18人、硕士126人，硕士以上学历占34.3%: 以上 takes in the levels above the item too)
        named = [g for g in before_figs if len(_item(folded, g)) >= 2 and core.startswith(_item(folded, g))
                 and not _threshold(folded, g) and not _re.search(r"\d", core)
                 and not _re.match(r"及?(?:以上|以下|以内|以外)", core[len(_item(folded, g)):])]
        if len(named) == 1 and len(core) > len(_item(folded, named[0])):
            rest = core[len(_item(folded, named[0])):]
            other = _item_measure(folded, named[0], rest, before_figs)
            if other is not None:
                # 其中重点项目48项、4300万元…，重点项目经费占34.1%: the item's figure in the measure the share names
                return other
            # (其中三级医院2家，三级医院床位占比45.6%: the words past the item name another measure of it — a share of
            # beds, not of hospitals; 参保人数 / 企业数 name the count itself)
            if named[0].base_unit not in _PEOPLE and _OTHER_MEASURE.search(core[len(_item(folded, named[0])):]):
                return None
            return named[0]
    last = before_figs[-1]
    between = folded[last.end:s.pct.start]
    # (进口6.26亿美元，增长2.8%，占33.6%: the part's own change between them)
    own_change = _OWN_CHANGE.match(between)
    if own_change and not is_reference(folded, last):
        between = between[own_change.end():]
    # only a separator and the cue between them (提案4件，占到44%), nothing that names another thing
    if _BETWEEN.fullmatch(between) and len(between) <= 30:
        count = before_figs[-2] if len(before_figs) >= 2 else None
        want = _UNIT_COUNT_TAIL.search(s.whole)
        if want and count is not None and last.unit != want.group(1) == count.unit and count.end == last.start:
            # 享受农村低保52户98人，占全村总户数的7.8%: of a pair counting one group in two units, the one in the unit
            # the whole counts
            return count
        if last.qualifier in _BOUNDS and count is not None and not count.qualifier and count.kind == "count" \
                and clause_start(folded, count.start) == clause_start(folded, last.start) \
                and not _re.search(r"\d[\d.,，]*[万亿千]?" + re.escape(last.base_unit),
                                   folded[paragraph_start(folded, count.start):clause_start(folded, count.start)]):
            # (营业收入860亿元…其中8家企业营业收入超过50亿元，占比58.1%: with a whole in the bound's own unit before,
            # the share may be of the amount — no sure part)
            # 其中9个村实现集体经济收入10万元以上，占比为80%: a bound in the count's own clause picks the things out;
            # the count is what the share counts
            return count
        return last
    # 已有32个完成人才培养方案修订，占三分之二: the count the clause is about, then its share
    if _re.search(_SUBJECT_LABEL, label_of(folded, last)) and _PREDICATE_BETWEEN.fullmatch(between):
        return last
    # 将4,375名残疾人纳入低保，占持证残疾人的34.7%: the count 将/把 makes the object of its clause, of the whole's
    # own noun (残疾人), then its share of that whole
    if (s.whole and len(s.whole) >= 3 and _OBJECT_LEAD.search(label_of(folded, last)) and _OBJECT_BETWEEN.fullmatch(between)
            and s.whole[-2:] in between[:between.find("，") if "，" in between else len(between)]):
        return last
    # 全县8家卫生院中6家达到标准，占75%: "N个X中M个 do something", then its share
    if len(before_figs) >= 2 and _PREDICATE_BETWEEN.fullmatch(between) and _re.fullmatch(
            r"[^，,；;。\d%]{0,12}中[，,]?(?:有)?", folded[before_figs[-2].end:last.start]):
        return last
    # 8个站中仅3个配齐2名以上专职人员，占37.5%: a bound inside the predicate (2名以上) is no count of its own — the
    # count after "N个X中" before it is the part
    if len(before_figs) >= 3 and last.qualifier in _BOUNDS:
        count, group = before_figs[-2], before_figs[-3]
        pred = folded[count.end:last.start] + folded[last.end:s.pct.start]
        if (same_unit(group, count) and not count.qualifier and _PREDICATE_BETWEEN.fullmatch(pred)
                and _AMONG_COUNT.fullmatch(folded, group.end, count.start)):
            return count
    # 全市12座重点湖库中，4座呈轻度富营养状态，占三分之一: the count opening the clause after "N个X中，"
    cs = clause_start(folded, last.start)
    if (not label_of(folded, last) and cs > 0 and folded[cs - 1] in "，," and _PREDICATE_BETWEEN.fullmatch(between)
            and _re.search(r"\d[^，,；;。\d]{0,12}中$", folded[clause_start(folded, cs - 1):cs - 1])):
        return last
    return None


_OWN_LABEL = re.compile(r"[^（(]*$")
_BOUNDS = BOUNDS
_AMONG_COUNT = re.compile(r"[^，,；;。\d%]{0,12}中[，,]?(?:仅有|只有|共有|仅|只|有)?")
_UNIT_COUNT_TAIL = re.compile(r"([人户件次个项家名所座])数$")
_CLASS_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:类|方面)$")
_TIME_HEAD = re.compile(r"^(?:今年|当年|本年|全年|年内)(?=..)")
_COUNT_OF_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![人户件次个项家名所座])数$")
_NAME_LEAD = re.compile(r"^(?:其中|全年|当年|本年|今年|全部|共计|合计|总计|共|总)+")
_OWN_CHANGE = re.compile(r"[，,](?:同比|比上年|较上年)?(?:增长|下降|增加|减少|提高|降低)\d[\d.]*%(?=[，,])")
# 已有32个…, 其中有9个…, 发现6个项目进度滞后: the count is the subject of its clause
_SUBJECT_LABEL = r"(?:已有|共有|其中有|其中|有|发现|存在)$"
_BETWEEN = re.compile(r"(?:[，,（(、]?)(?:在[^，,；;。！？\d%在]{2,16}?中)?(?:(?:分别|依次|均|约|其|所)?占(?:到|了)?[^，,；;。！？\d%]{0,24}?(?:的)?(?:比重|比例)?|(?:其|所占)?(?:比重|占比|比例|份额|构成比))(?:为|达到|达)?")
_PREDICATE_BETWEEN = re.compile(r"[^，,；;。\d%]{1,16}" + _BETWEEN.pattern)
_OBJECT_LEAD = re.compile(r"(?:^|[，,])[\u4e00-\u9fff]{0,4}(?<!即)(?:将|把)$")
_OBJECT_BETWEEN = re.compile(r"[^，,；;。\d%]{1,24}" + _BETWEEN.pattern)
# after an item's name in a share's stem: another measure of the item (its beds, staff, output, pupils), not its count
_PEOPLE = {"人", "名", "位", "人次"}  # (其中女性2000人，女性职工占比…: people named again as staff are the same people)
_OTHER_MEASURE = re.compile(r"(?<![人户家个])(?:床位|从业|职工|员工|人员|幼儿|学生|在校|在园|产值|营收|收入|利润|税收|面积|产量|销售|投资|资产)")
# 新增/新发展 (the period's flow) against 累计/现有/总数 (a stock): the flow is a part of the stock, never its whole
_FLOW = re.compile(r"新增|新发展|新认定")
_STOCK = re.compile(r"累计|现有|总数")


_LEAD_AMONG = re.compile(r"([\u4e00-\u9fff]{2,10}?)" + AMONG_ZHONG + r"(?=[\u4e00-\u9fff])")
_PART_AFTER = re.compile(r"[，,](?:计|共计|合计|即|为)|[（(](?:计|共|共计)?")
_AMONG_NAME = re.compile(r"(?:其中)?([\u4e00-\u9fff]{2,8}?)(?:之)?中(?=[\u4e00-\u9fff])")


_CLASSIFY_LEAD = re.compile(r"按.{1,8}分|从.{1,8}看|分.{1,6}看")
# (主要支出项目：教育支出6.82亿元，占22.3%…: the main items of the whole stated before, each with its share)
_PART_SENTENCE_LEAD = re.compile(r"其中|按.{1,8}分|从.{1,8}看|分.{1,6}看|主要[\u4e00-\u9fff]{0,4}(?:项目|科目|构成)[：:]")
_LAST_SEMICOLON_CLAUSE = re.compile(r"[^；;]*[；;]([^；;]*)$")
_LAST_YEAR = re.compile(r"(?:比|较)(?:上年|去年)|上年|去年")
# 年初预算为 / 调整预算 / 预算数: a budget's own figure (not 预算执行…, 预算内…)
_BUDGET_END = re.compile(r"预算(?:数|额)?(?:为|是|达|共|合计)?$")
_LISTED_BEFORE = re.compile(r"其中|、")
_SEMICOLON = re.compile(r"[；;]")
_PLAN_WORD = re.compile(r"计划|预计|预测|目标|拟")  # (预测上半年…110亿元: a forecast, no result)
# 预计全年实现产值386.5亿元: the year's result as estimated when the report was written, not a plan
_ESTIMATED_RESULT = re.compile(r"预计(?:全年|今年|本年|当年|年底|年末|到年底)(?:可|能|将)?(?:实现|完成|达到|达)")
_TOTAL_WORD_AFTER = re.compile(r"(?:总计|合计|共计)")
_SCOPE_WHOLE = re.compile(r"[，,]?(?:分别|均|约)?占(?:全市|全县|全区|全省|全镇|全乡|全旗|全国)(?:的)?(?:比重|比例)?(?:为|达到|达)?")
_SCOPE_HEAD = re.compile(r"^(?:全市|全县|全区|全省|全镇|全乡|全旗)(?=..)")
_WHOLE_MEASURE_TAIL2 = re.compile(r"(?<=..)(?:的)?总?(?:人次|人数|户数|件数|次数|起数|金额|额|量|数)$")
_ALL_HEAD = re.compile(r"^(?:全部|所有|全体)")
_WHOLE_MEASURE_TAIL = re.compile(r"(?<=..)(?:的)?总?(?:人次|人数|户数|件数|次数|金额|额|量|数)$")


_SUBCLASS_AFTER = re.compile(r"[A-Za-z甲乙丙丁一二三四五六七八九十\d]{1,2}类|中[\u4e00-\u9fff]")


def _listed_before(folded: str, g: Fig, part: Fig) -> bool:
    """Is g an item of the 、-list the part ends (交通能源环保类783件、城乡建设类579件、政法类562件，占工单总量的77%):
    a peer of the part — its clause, which 、 does not cut, may hold the whole's name — never the whole? (Not a count
    that 共/总 opens: that is the whole, listed first.)"""
    between = folded[g.end:part.start]
    if "、" not in between or len(between) > 16 or _re.search(r"[，,；;。：:（(\n]", between):
        return False
    # (全年共审计单位86个、发现存在问题的单位32个，占审计单位总数的: the count 共 opens is the whole, listed first)
    return not _re.search(r"共|总|合计|全部", _segment_before(folded, g))


def _total_for(doc, folded: str, figs: list[Fig], sents: dict, s: Share, group: list[Share]) -> Fig | None:
    """The whole a part belongs to: a named whole, the figure before the parts, or the paragraph's total."""
    part = s.part
    if s.whole:
        # 占查档总人次的 → 查档, 占销售额的 → 销售: the whole as its own figure's label would name it
        core = _WHOLE_MEASURE_TAIL.sub("", s.whole)
        core = _WHOLE_MEASURE_TAIL2.sub("", core)
        # 占主办件的 ← 主办29件 / 主办的29件: the measure word glued to the whole's name (not 案件 of 受理案件)
        glued = (core[:-1] if len(core) >= 3 and part.unit and len(part.unit) == 1 and core.endswith(part.unit)
                 and _re.fullmatch(r"[\u4e00-\u9fff]+", core) else "")
        # 占全市社会消费品零售总额的 ← 全年实现社会消费品零售总额428.6亿元: the scope word aside
        bare = _SCOPE_HEAD.sub("", s.whole)
        # 分别占全部营业收入的 ← 全年实现营业收入 426.8 亿元: 全部/所有 only says the whole is all of the measure
        plain = _ALL_HEAD.sub("", core)
        plain = plain if len(plain) >= 3 and plain != core else ""
        listed = {t.part.start for t in group if t.part is not None}  # a part listed beside it is not its whole
        at = _clause_text(folded, s.pct).rfind(s.whole)
        if at >= 0 and _TOTAL_WORD_AFTER.match(folded, at + clause_start(folded, s.pct.start) + len(s.whole)):
            # 占支出总计的14.8%: the whole is the figure labelled 支出总计 (合计…), not the latest 基本支出 — or none
            named = _rx(re.escape(s.whole) + _TOTAL_WORD_AFTER.pattern)
            return next((g for g in _upto(doc, figs, part.start) if g.end <= part.start and counts_into(g, part)
                         and not is_reference(folded, g) and not _smaller(g, part)
                         and named.search(_clause_text(folded, g))), None)
        # (12个乡镇 of 乡镇卫生院96个: the noun glued to the measure word; 2.18万公顷 of 2,506平方公里: two areas)
        for g in (g for g in _upto(doc, figs, part.start)
                  if g.end <= part.start and (counts_into(g, part) or _classifier_fits(g, part)
                                              or _area_factor(part, g) is not None or _people_fit(g, part))
                  and not is_reference(folded, g) and not _smaller(g, part) and g.start not in listed
                  and not _part_of_named(folded, g, s.whole) and not _listed_before(folded, g, part)):
            # (a whole of another measure word is named by its own item: 乡镇卫生院96个, not the list it sits in)
            if not counts_into(g, part):
                if core in item_label(folded, g):
                    return g
                continue
            label = _clause_text(folded, g)
            if _scope_clash(s.whole, label):
                continue  # 全省高新技术企业1.5万家 … 占全市高新技术企业总数的: a whole of another scope
            if _PLAN_WORD.search(_ESTIMATED_RESULT.sub("", label)) and not _PLAN_WORD.search(s.whole):
                continue  # 计划招聘…人数1286人，实际招聘1248人…占全部招聘人数的: the plan is not the whole
            if len(core) >= 2 and _one_kind_of(folded, sents, g, core):
                continue  # 公办幼儿园12所、民办幼儿园30所 … 占幼儿园总数的: each a kind of the whole, neither the whole
            if len(core) >= 2 and _SUBCLASS_AFTER.match(label, label.rfind(core) + len(core)) and core in label:
                continue  # 其中主办件A类11件 … 占主办件的: a class of the named whole, not the whole
            # (粮食总产18.4万吨，约占全市粮食总产的12.1%: a part of the bare measure itself makes the scoped whole a wider
            # one — not the report's own 粮食总产 stated before)
            # (全年出让国有建设用地23宗 … 占出让宗数的: the whole's act with the measure word of the part's count)
            by_label = (s.whole in label or core in label or (glued and _re.search(re.escape(glued) + "的?$", label)) or (
                    glued and len(glued) >= 2 and glued in label and g.unit == part.unit
                    and s.whole.endswith(part.unit + "数")) or (
                    len(bare) >= 4 and bare in label and bare not in item_label(folded, part)) or _abbreviates(core, label) or (
                    plain and plain in label) or _act_named(core, label, g))
            if by_label or (len(g.metric) >= 3 and s.whole.endswith(g.metric)):
                owner = _noun_owner(folded, sents, g, part, core)
                if owner is not None:
                    s.firm = True
                    return owner
                if not by_label and g.metric not in label:
                    # 生产总值58.63亿元。其中…第二产业增加值27.85亿元 … 占全县生产总值的: an item that only inherits the
                    # whole's name from the figure it was split from is no whole — that figure is, when its label names it
                    owner = _metric_owner(folded, sents, g, part, g.metric)
                    if owner is not None:
                        return owner
                if by_label and len(core) >= 2 and _re.search(re.escape(core) + _SPENT_ON, label):
                    continue  # 项目支出全部用于以下方面：农田水利建设2130万元 … 占项目支出的: a use of the whole, not the whole
                if by_label and core in label and len(core) >= 2 and _re.search(
                        AMONG_ZHONG, label[label.find(core) + len(core):]):
                    # 受理的诉求中已办结19,986件 / 全县低保对象中农村低保对象3,482人 … 占受理总量的 / 占低保对象的: a
                    # subset among the named whole (named first), not the whole
                    continue
                if by_label and core not in label and len(core) >= 2 and _re.search(
                        re.escape(core[:2]) + r"[\u4e00-\u9fff]{0,4}?" + AMONG_ZHONG + r"[\u4e00-\u9fff]{2,}$", label):
                    continue  # 全县耕地中水田面积21.3万亩 … 占耕地面积的: the whole's name before 中 holds the figure's thing
                if by_label:
                    total = _named_split_total(folded, doc, figs, g, part, core)
                    if total is not None:
                        return total  # 共受理20,517件…电话渠道受理14,628件 … 占受理总量的: the split's total, not its part
                return _named_alternative(folded, figs, s, g, core) or g
            if len(core) >= 2 and g.unit in ("个", "项", "件", "条") and folded.startswith(core, g.end):
                return g  # 共反映5个方面46个问题…占问题总数的: the noun after the measure word names the whole
        return (_whole_after_part(folded, sents, s, core) or _total_named(doc, folded, figs, s, core)
                or _loose_whole(doc, folded, figs, s, listed)
                or _worded_whole(folded, figs, s, core, _clause_text(folded, s.pct), listed)
                or _headed_whole(folded, sents, s, core, listed) or _taken_named(folded, sents, s, core, listed)
                or _whole_next_sentence(folded, sents, s) or _output_whole(doc, folded, figs, s))
    if _BARE_TOTAL.search(_clause_text(folded, s.pct)):
        after = _whole_after_part(folded, sents, s, "")
        if after is not None:
            return after
    if _SCOPE_WHOLE.fullmatch(_clause_text(folded, s.pct)) and _clause_text(folded, part).startswith("其中"):
        # 收入52.6亿元，…，其中市本级完成21.4亿元，占全市的40.7%: a share of the bare scope (全市, 全县…) by a 其中
        # part is of the figure the part was taken from — the last of its unit before 其中 (this sentence or the one
        # before)
        own = [g for g in sents.get(part.sent, []) if g.end <= part.start]
        pool = own if any(same_unit(g, part) for g in own) else sents.get(part.sent - 1, [])
        g = next((g for g in reversed(pool) if same_unit(g, part)), None)
        if (g is not None and "其中" in folded[g.end:part.start] and not is_reference(folded, g)
                and not _smaller(g, part) and not is_per_unit(folded, g)):
            s.weak = False
            return g
    # a part of a breakdown that adds up (由A和B组成, 送审 = 审定 + 审减) has that breakdown's total as its whole
    by_part, adds = _splits_of(doc, figs)
    for total, parts, first in by_part.get(id(part), ()):
        if total is not part and (adds(total, parts) or s.rate and first):
            # (已完成整改19个，正在整改3个…，整改完成率82.6%: the rate of the first status is over the split's whole
            # even when the statuses miscount it)
            return total
    group_parts = {t.part.start for t in group if t.part is not None}
    # (全市1253名农村五保对象中，集中供养684人: people counted by 名 and by 人, the whole named with 中 after its count)
    in_sent = [g for g in sents.get(part.sent, []) if g.end <= part.start and (
        same_unit(g, part) or _classifier_fits(g, part) or _people_fit(g, part) and _NOUN_THEN_AMONG.match(folded, g.end))]
    # 受理投诉1,328件，办结1,326件，办结率99.8%，其中噪声类512件，占38.6%；…: the whole is the figure the listed parts
    # (each followed by its share) add up to, not merely the nearest
    sibs = [g for g in sents.get(part.sent, []) if same_unit(g, part) and _is_sibling(folded, g)]
    if len(sibs) >= 2:
        acc = _sum_of(sibs)
        hit = [g for g in in_sent if g not in sibs and not is_reference(folded, g) and acc.bounded
               and acc.overlaps(_sh_niv(g))]
        if hit:
            return hit[-1]
    among = _AMONG_NAME.match(folded, part.start - len(_clause_text(folded, part)), part.start)
    framed_at = part.start
    if among is None and (seg := clause_start(folded, part.start, "；;。！？!?\n")) < clause_start(folded, part.start):
        # 专任教师中具有高级职称的486人，占46.2%，具有博士学位的318人，占32.5%: the group a ；-part opens with (X中) is
        # the whole of every part it lists, named before the ；-part
        among, framed_at = _AMONG_NAME.match(folded, seg, clause_end(folded, seg)), seg
    if among:
        # 新登记市场主体4.15万户，注销2.40万户，新登记中企业1.26万户，所占比重…: the part's own clause names the
        # group it was taken from (X中…) — the figure of the sentence that X names is the whole, not the nearest
        named = [g for g in in_sent if g.start not in group_parts and not _smaller(g, part) and not is_reference(folded, g)
                 and g.end <= framed_at and among.group(1) in _clause_text(folded, g)]
        if named:
            return named[-1]
    act = item_label(folded, part)[-2:]
    if len(act) == 2 and _ACT_WORD.fullmatch(act) and label_of(folded, part).startswith("其中"):
        # 受理环境信访投诉412件，办结409件，…；其中通过环保举报平台受理268件，占65.0%: the part's act names the figure it
        # was taken from, not the nearest (the ones closed)
        by_act = [g for g in in_sent if g.start not in group_parts and not _smaller(g, part) and not is_reference(folded, g)
                  and act in _clause_text(folded, g)]
        if len(by_act) == 1 and by_act[0] is not in_sent[-1]:
            return by_act[0]
    peer_skipped = False
    for g in reversed(in_sent):
        if g.start in group_parts or _is_sibling(folded, g) or (
                _smaller(g, part) and not _wan_slip(folded, g, part) and not _split_first(folded, g, part)):
            continue
        if _OWN_RATE.match(folded, g.end) and not _AMONG.search(folded, g.end, part.start):
            continue  # 持有资格证19名，持证率95%；专业毕业17名，占85%: a part with its own rate is a peer, not the whole
        if _closed_by_own_rate(folded, g, part):
            continue  # 新农合参合31,240人，应参合31,684人，参合率98.6%；新农保参保1.86万人，参保率95%: a ；-clause closed by its own rate keeps its figures
        cl = _clause_text(folded, g)
        k = cl.rfind("其中")
        if (k >= 0 and ("、" in cl[k:] or folded.startswith("、", g.end)) and clause_start(folded, part.start) > g.end
                and not _AMONG.search(folded, g.end, part.start)):
            # 户籍人口3.84万人，其中男性1.96万人、女性1.88万人，60岁以上老年人8620人，占22.4%: an item of the 其中 list
            # is a sibling of a part stated after the list, not its whole
            peer_skipped = True
            continue
        if (_LISTED_BEFORE.search(cl) and _SEMICOLON.search(folded[g.end:part.start])
                and not _AMONG.search(folded, g.end, part.start)):
            # 其中男医生180名、女医生140名；高级职称45名，占14.1%: an item of the list before the ；, not the whole
            peer_skipped = True
            continue
        lab = _clause_text(folded, g)
        period = _period_whole(folded, lab, g, part)  # (上年教师70名、本科44名: the earlier period's whole, named as such)
        if ((_LAST_YEAR.search(lab) and not _RAISED_TO.search(lab) and not period) or _bracket_base(folded, g)
                or _PERIOD_ASIDE.search(lab)):
            continue  # a base or a change — not 由上年末的18.46万人增加到19.72万人, the level it rose to
            # (恢复到2019年同期（520万人次）的93.5%: another period's figure in an aside is no whole either)
        # (人均可支配收入32,400元，其中工资性收入19,440元，占60.0%: a per-head whole the part was taken from is its whole)
        if (is_per_unit(folded, g) and not _taken_from(folded, g, part)) or (is_target(folded, g) and not s.rate) or (
                s.rate and _PLAN_OF.search(lab) and not _PLAN_RATE.search(s.stem) and not _PLAN_OF.search(label_of(folded, part))):
            continue  # (抽检3,260批次，为年度计划3,000批次的108.7%；检出不合格71批次，不合格率2.2%: the plan is of 完成率 only)  # (新增就业4215人，为年度目标4000人的105.4%，其中…: the target is the whole of a 完成率 only)
        if _FLOW.search(label_of(folded, g)) and _STOCK.search(label_of(folded, part)):
            continue  # 新增参合28.6万人，累计参合26.4万人，参合率93.5%: the year's new ones are no whole of the running total
        if not period and not _whole_like(folded, g, part):
            # 个人提案338件，集体提案74件，集体提案占比18.0%: a peer in the list, not the whole — unless the share
            # says it is (有效监测天数365天，优良天数312天，优良天数比例为85.5%): a weak pairing, taken only when it holds
            got, want = share_interval(part, g, s.extra), _pct(s.pct)
            if got is not None and want is not None and got.overlaps(want):
                return g
            # 现有党员17名，其中在职党员12名、离退休党员5名；女党员9名，占52.9%: past a peer that does not fit, the
            # whole its list was taken from — weak, the text naming no whole
            peer_skipped = True
            continue
        if peer_skipped:
            s.weak = True
        return g
    sent_text = doc.sentences[part.sent].text
    lead = opening = _WHOLE_LEAD.match(sent_text)
    split_by = None if lead else _BREAKDOWN_LEAD.match(sent_text)
    if split_by and not s.rate:
        # 营业收入按板块分：工程建设21.6亿元，占49.3%；…: a breakdown led by its whole's name — the figure so named
        # that its items make up, else the nearest so named (集团本部营业收入5.7亿元, a smaller scope, is none)
        named = (_named_made_up(doc, folded, figs, part, split_by.group(1))
                 or _named_earlier(doc, folded, figs, part, split_by.group(1)))
        if named is not None:
            return named
    if lead and not s.rate:
        # 利润总额中，金融服务类企业贡献7.82亿元，占42.4%: the sentence opens with the whole's name
        named = (_named_earlier(doc, folded, figs, part, lead.group(1))
                 or _valid_sample_before(doc, folded, figs, part, lead.group(1))
                 or _named_made_up(doc, folded, figs, part, lead.group(1)))
        if named is not None:
            return named
    lead = _LEAD_AMONG.match(sent_text)
    own = _LAST_SEMICOLON_CLAUSE.match(folded[doc.sentences[part.sent].start:part.start])
    if (lead and not s.rate and len(lead.group(1)) >= 3 and own
            and not _re.search(r"[\u4e00-\u9fff]{2}" + AMONG_ZHONG + r"|其中|另有|此外", own.group(1))):
        # (…；兼职网格员中党员5名，占31%: a clause naming its own group is of that one)
        # 配备专职网格员8名…。专职网格员中女性6名，占75%；大专以上5名，占60%: a sentence that opens with the group
        # and 中 takes the shares of its later ；-clauses from that group, counted in a sentence before (the share of
        # the opening clause itself is left to _subject_whole, a weak pairing: its breakdown may be another cut)
        named = _named_earlier(doc, folded, figs, part, lead.group(1))
        if named is not None:
            return named
    if (opening and s.rate and (_CASE_RATES.search(s.stem) or _SURVEY_RATES.search(s.stem))
            and (found := _named_made_up(doc, folded, figs, part, opening.group(1), rate=True)) is not None):
        return found
    alternatives = [g for g in sents.get(part.sent, []) if same_unit(g, part) and g is not part
                    and folded[min(g.end, part.end):max(g.start, part.start)].count("、") == 1]
    if not (_PART_SENTENCE_LEAD.match(sent_text) or (s.rate and alternatives and not in_sent)
            or (not s.rate and _continues_list(doc, folded, part.sent))):
        if s.rate and (found := _answered_whole(doc, folded, figs, sents, s)
                       or _said_all_answered(doc, folded, figs, s)) is not None:
            return found
        if s.rate and (found := _measure_whole(doc, folded, figs, s) or _case_whole(doc, folded, figs, s)) is not None:
            return found
        s.guess = _subject_whole(doc, folded, figs, s) or (None if s.rate else _kinds_total_before(doc, folded, sents, s))
        return None
    # the whole was stated in an earlier sentence of the paragraph
    para = paragraph_start(folded, part.start)
    earlier = [g for g in figs if para <= g.start and g.sent < part.sent and g.sent >= part.sent - 3 and same_unit(g, part)]
    if not earlier and para == doc.sentences[part.sent].start and _CLASSIFY_LEAD.match(sent_text):
        # 全年共受理投诉312件…。\n从类别看，食品类126件，占…: a paragraph opening with a classification splits the
        # whole the paragraph before ends with
        earlier = [g for g in figs if part.sent - 2 <= g.sent < part.sent and same_unit(g, part)
                   and paragraph_start(folded, g.start) == paragraph_start(folded, para - 1)]
    elif not earlier and para == doc.sentences[part.sent].start and sent_text.startswith("其中") and part.sent >= 1:
        # 共办理法律援助案件520件…\n（二）重点领域\n其中刑事案件182件，占比35%: 其中 opening a paragraph, past a
        # heading with no figure, splits the last sentence with figures before it
        k = part.sent - 1
        while k >= max(0, part.sent - 3) and not sents.get(k):
            k -= 1
        earlier = [g for g in sents.get(k, []) if same_unit(g, part)] if k >= 0 else []
    if not earlier:
        # (共承办提案38件… sections later 满意33件、基本满意5件，满意率86.8%: the answers listed are of the cases handled)
        return _case_whole(doc, folded, figs, s) if s.rate and alternatives else None
    if doc.sentences[part.sent].text.startswith("其中"):
        last_sent = max(g.sent for g in earlier)
        cands = [g for g in earlier if g.sent == last_sent and not _smaller(g, part) and not is_reference(folded, g)]
        peers = [g for g in earlier if g.sent == last_sent and _is_sibling(folded, g)]
        if len(peers) >= 2 and any(g in peers for g in cands):
            # 会员建议中企业会员45件，占75.0%，团体会员15件，占25.0%。其中，融资类9件，占15.0%…: 其中 after a split whose
            # parts each carry their own share may split their whole (stated before them) or one of the parts —
            # whichever gives the stated share; a weak pairing (a part with its share is no sure whole of the next list)
            made = [g for g in earlier if g.sent < last_sent and not is_reference(folded, g) and _adds_up(g, peers)]
            want = _pct(s.pct)
            s.guess = next((g for g in made[-1:] + cands if want is not None
                            and (got := share_interval(part, g, s.extra)) is not None and got.overlaps(want)), None)
            return None
        if len(cands) > 1:
            # 累计培育家庭农场1,268家、农民专业合作社742家。其中示范家庭农场523家: the one whose name the part's ends
            # with is its whole, whatever share is stated
            own = item_label(folded, part)
            named = [g for g in cands if tail_shared(item_label(folded, g), own) >= 3]
            if len(named) == 1 and len(cands) == 2:
                return named[0]
            # 受理投诉举报2.17万件，办结21498件，办结率99.1%。其中…: the one figure marked as all of its kind, the
            # others each closed by a rate of their own (parts of it), is what the next 其中 splits
            marked = [g for g in cands if _TOTAL_WORDS.search(_clause_text(folded, g)) and not _OWN_RATE.match(folded, g.end)]
            if (not s.rate and len(marked) == 1 and all(_OWN_RATE.match(folded, g.end) for g in cands if g is not marked[0])
                    and cands.index(marked[0]) == 0 and not _re.search(r"[；;]", folded[marked[0].end:cands[-1].start])):
                return marked[0]  # (…；受理咨询1.2万件，解答率100%: past a ； another whole may be what 其中 splits)
            # 教职工46人，其中专任教师41人…。其中本科学历29人，占70.7%: the whole or one of its parts — whichever gives
            # the stated share; a weak pairing
            want = _pct(s.pct)
            s.guess = next((g for g in cands if want is not None and (got := share_interval(part, g, s.extra)) is not None
                            and got.overlaps(want)), None)
            return None
        # (新增合作社35家，合作社总数达到412家。其中示范社58家: the one no smaller than the part — none when all are)
        return cands[0] if cands else None
    # 支出决算为6202.63万元…。按功能分类，A 1247.09万元，…，D 1675.61万元，分别占…: the earlier figure the listed parts
    # add up to is their whole — not a budget or last year's figure stated beside it
    listed = [t.part for t in group if t.part is not None]
    if len(listed) >= 2 and len({p.start for p in listed}) == len(listed) and all(same_unit(listed[0], p) for p in listed):
        fit = [g for g in earlier if not is_reference(folded, g) and _adds_up(g, listed)]
        if len(fit) == 1:
            return fit[0]
    cut = _CLASSIFY_LEAD.match(sent_text)
    reopened = _reopened_whole(doc, folded, earlier, part)
    if reopened is not None:
        return reopened
    passed, held = [], []
    for g in reversed(earlier):
        lab = _clause_text(folded, g)
        if _IN_ASIDE.search(lab):
            continue  # 共受理312件（含年底补录的32件）: a figure in a bracketed aside is no whole
        if _LAST_YEAR.search(lab) or (_BUDGET_END.search(lab) and not _BUDGET_END.search(_clause_text(folded, part))):
            continue  # (年初预算为5650.82万元 / 与上年决算数5910.33万元相比: a plan or a base, no whole of this year's split)
        if cut and _CLASSIFY_LEAD.match(doc.sentences[g.sent].text) and _is_sibling(folded, g):
            # 按处理方式分，…转派办理127,420件（占74.0%）。按诉求内容分，A类37,881件（占22.0%）: an item of a sibling
            # cut (its own share after it) is no whole of the next cut — each cut splits the report's whole again
            passed.append(g)
            continue
        if _is_sibling(folded, g):
            # 代表对办理结果表示满意和基本满意的116件，占98.3%。…从内容看，城乡建设和交通类40件，占33.9%: a part followed by
            # its own share is the whole of the next cut only when the share fits it
            passed.append(g)
            continue
        after = folded[g.end:g.end + 4]
        if "其中" in after or _TOTAL_WORDS.search(lab):
            if not passed:
                return g
            held.append(g)
    if held:
        # past a sibling cut (共受理172,189件，其中上半年…，下半年94,704件。…): the figure the share fits (the cut's item
        # itself only when nothing else does), else the one split by 其中 — the report's whole, not an item of a split
        want = _pct(s.pct)
        fit = next((g for g in held + passed if want is not None and (got := share_interval(part, g, s.extra)) is not None
                    and got.overlaps(want)), None)
        return fit or next((g for g in held if "其中" in folded[g.end:g.end + 4]), held[0])
    # 审计涉及资金9.8亿元。从资金来源看，中央补助4.1亿元…。其中中央补助占41.8%: a classification's whole is the last
    # figure of the sentence before it — a weak pairing, reported only when the share holds
    lead = _CLASSIFY_LEAD.match(sent_text)
    prev = [g for g in earlier if g.sent == part.sent - 1]
    if lead and prev and not _smaller(prev[-1], part):
        got, want = share_interval(part, prev[-1], s.extra), _pct(s.pct)
        if got is not None and want is not None and got.overlaps(want):
            s.weak = True
            return prev[-1]
    return None


def _among_the_part(folded: str, s: Share) -> bool:
    """Does the share's subject open with the part's own name and 中 (专任教师中具有硕士及以上学位的 after 专任教师648人)?
    Then that count is what the share is taken among, not its part."""
    m = _AMONG_NAME.match(s.stem)
    if m is None:
        return False
    own = item_label(folded, s.part).removeprefix("其中").lstrip("，,：: ")
    return len(m.group(1)) >= 2 and own.endswith(m.group(1))


def _reopened_whole(doc, folded: str, earlier: list[Fig], part: Fig) -> Fig | None:
    """共收到提案243件，经审查，立案216件。立案提案中，…。从内容看，经济建设类68件，占31.5%: a sentence between that opens
    with a whole's name and 中 (立案提案中，) makes the figure so named (立案216件) the subject of what follows — the whole
    of a later cut, not the report's first total. The one earlier figure whose own label opens that name, else None."""
    first = min((g.sent for g in earlier), default=part.sent)
    for k in range(part.sent - 1, first, -1):
        m = _WHOLE_LEAD.match(doc.sentences[k].text)
        if m is None:
            continue
        name = m.group(1)
        named = [g for g in earlier if g.sent < k and not _smaller(g, part) and not is_reference(folded, g)
                 and len(lab := _LEAD_VERBS.sub("", _clause_text(folded, g))) >= 2 and name.startswith(lab)]
        return named[0] if len(named) == 1 else None
    return None


_LEAD_VERBS = re.compile(r"^(?:共|全年|当年|其中)?(?:收到|受理|办理|承办)?")


_PERIOD_ASIDE = re.compile(r"(?:上年|去年|同期|(?:19|20)\d\d年)[^，,；;。（()）\d]{0,6}[（(][^（()）]*$")
_RATE_THEN_STOP = re.compile(r"率[\u4e00-\u9fff]{0,4}\d[\d.,]*[%％‰][^；;。]{0,16}[；;。]")


def _closed_by_own_rate(folded: str, g: Fig, part: Fig) -> bool:
    """Is the figure in a ；-clause before the part's that ends with a rate of its own (its own part and whole), the
    part's clause not naming a group among it? Such a figure is the other rate's, no whole of the part. Only within
    one sentence: a rate closing an earlier sentence (全县参保31.46万人…，参保率96.8%。…激活18.3万人，激活率) leaves its
    figure free to be a later sentence's whole — and the test reads no further than the sentence (on a long report a
    scan of all the text between the two would be run for every pair of figures)."""
    if any(folded.find(c, g.end, part.start) >= 0 for c in "。！？\n"):
        return False
    stop = _CLAUSE_STOP.search(folded, g.end, part.start)
    if stop is None:
        return False  # (the part in the figure's own clause)
    last = max(folded.rfind("；", g.end, part.start), folded.rfind(";", g.end, part.start))
    return bool(_RATE_THEN_STOP.search(folded, g.end, stop.end())) and not _AMONG.search(folded, last + 1, part.start)


_CLAUSE_STOP = re.compile(r"[；;。]")


# 占GDP比重 / 占全县经济总量的 / 占地区生产总值的: the region's output, stated as its 地区生产总值 (GDP) anywhere before
_OUTPUT_WHOLE = re.compile(r"^(?:全[市县区省州旗镇乡]|本[市县区镇乡])?(?:GDP|地区生产总值|生产总值|经济总量|国内生产总值)$|^全[市县区省州旗镇乡]经济$")
_OUTPUT_LABEL = re.compile(r"(?:地区|国内)?生产总值|GDP")


def _output_whole(doc, folded: str, figs: list[Fig], s: Share) -> Fig | None:
    """A share of the region's output (占GDP比重为14.2%) → the one money figure labelled 地区生产总值/GDP before the part
    (not a growth, plan or last year's), when there is one such figure only."""
    part = s.part
    if part is None or part.kind != "money" or not _OUTPUT_WHOLE.match(s.whole):
        return None
    named = [g for g in _upto(doc, figs, part.start) if g.kind == "money" and g.end <= part.start
             and not is_reference(folded, g) and not _smaller(g, part)
             and _OUTPUT_LABEL.search(lab := _clause_text(folded, g))
             and not _LAST_YEAR.search(lab) and not _PLAN_WORD.search(lab)]
    return named[0] if len(named) == 1 else None


_SCOPE_WORD = re.compile(r"全(?:国|省|市|州|盟|县|区|旗|镇|乡)")


def _scope_clash(whole: str, label: str) -> bool:
    """Does the whole's scope word (全市…) differ from the one the figure's label states (全省…)?"""
    a = _SCOPE_WORD.match(whole)
    if a is None or "全" not in label:
        return False
    b = _SCOPE_WORD.findall(label)
    return bool(b) and a.group(0) not in b


_LIST_ITEM_SENTENCE = re.compile(r"[^，,；;。\d%]{1,16}?\d[\d,.]*[^\d，,；;。%]{0,3}[，,](?:约|仅)?占(?:比)?\d")


def _continues_list(doc, folded: str, si: int) -> bool:
    """其中，A类144件，占60%。B类72件，占30%。C类24件，占10%。: a sentence that is only an item and its share, after
    such sentences back to one opening with 其中 (or a classification) in its paragraph — the list goes on."""
    sent = doc.sentences[si]
    if not _LIST_ITEM_SENTENCE.match(folded, sent.start) or "占" not in sent.text:
        return False
    para = paragraph_start(folded, sent.start)
    for k in range(si - 1, max(-1, si - 4), -1):
        prev = doc.sentences[k]
        if prev.start < para or "占" not in prev.text:
            return False
        if _PART_SENTENCE_LEAD.match(prev.text):
            return True
        if not _LIST_ITEM_SENTENCE.match(folded, prev.start):
            return False
    return False


_IN_ASIDE = re.compile(r"[（(][^（()）]*$")


# what a part's label may open with before the group it names: 其中, time and scope words, and 已/实际/完成 (the act done)
_GROUP_LEAD = re.compile(r"^(?:其中|全年|当年|今年|本年|年内|累计|共|全部|均|已经|已|实际|完成|全[市县区镇乡旗])+")


# 共承办58件，其中主办件: the whole, 其中, and the part's name — nothing else between them
_SPLIT_FIRST = re.compile(r"[，,：:]?其中[，,：:]?[^，,；;。、\d%]{0,12}")


def _split_first(folded: str, g: Fig, part: Fig) -> bool:
    """共承办建议提案58件，其中主办件86件: the part opens the 其中 right after g, in g's unit — g is its whole even
    when smaller (the part or the whole is then miswritten)."""
    return same_unit(g, part) and bool(_SPLIT_FIRST.fullmatch(folded, g.end, part.start))


def _not_its_whole(folded: str, s: Share, shares: list[Share]) -> bool:
    """A share paired with a whole it cannot be of (the pairing is dropped: no row, unless the group's own number is
    stated — _group_number):
    - a whole surely smaller than the part (…四是物业管理类10件。其中主办件36件，占62.1%: 36件 of 10件), unless the
      part is taken (其中) from it in its own sentence, or one of the two has 万 miswritten;
    - a rate whose part names a group (其中60岁以上人群全程接种4.86万人，接种率89.8%) paired with a whole that does not
      name that group, when the whole counts the same act (全程接种人数26.37万人) or the same rate was stated before for
      the whole (慢病患者3.6万人，规范管理率81.2%。其中糖尿病患者规范管理0.9万人，规范管理率78.6%): the rate is of the
      group's own number, which the text does not give (应接种… counts those due: that is the rate's whole)."""
    total, part = s.total, s.part
    if s.firm:
        return False
    if _smaller(total, part) and not _taken_from(folded, total, part) and not _wan_slip(folded, total, part):
        return True
    if not s.rate or s.extra or total.start > part.start:
        return False
    stem = _rate_act(s)
    group = _part_group(folded, s)
    if len(group) < 2 or not stem:
        return False
    # (共有1.28万名群众参与测评: the whole's clause, its words after the figure too)
    around = folded[clause_start(folded, total.start):clause_end(folded, total.end)]
    if group in around:
        return False  # (60岁以上老人2.5万人，其中60岁以上老人签约…: the group's own number)
    if _stem_matches(label_of(folded, total), stem) or len(stem) == 2 and _re.search(
            re.escape(stem[0]) + r"[\u4e00-\u9fff]*" + re.escape(stem[1]), around) and not _re.search(
            r"[应需未待拟]" + re.escape(stem[0]), around):
        return True  # (受理投诉1,328件，其中消费类投诉办结…，办结率: the whole counts another act — not this way)
    para = paragraph_start(folded, part.start)
    return any(t is not s and t.rate and para <= t.pct.start < s.pct.start
               and (total in (t.part, t.total) or t.pct.sent == total.sent and t.pct.start > total.start)
               and (t.stem.endswith(stem) or stem.endswith(t.stem)) for t in shares)


def _rate_act(s: Share) -> str:
    """A rate's stem without its time and scope words (全年接种 → 接种); '' when it is no plain name."""
    stem = _re.sub(r"^(?:其中|全年|今年|当年|全[市县区镇乡旗])+", "", s.stem)
    return stem if len(stem) >= 2 and _re.fullmatch(r"[\u4e00-\u9fff]+", stem) else ""


def _part_group(folded: str, s: Share) -> str:
    """其中60岁以上人群全程接种4.86万人, 接种率 → 60岁以上人群全程: the words of the part's label before the rate's act
    (其中, time and scope words, 已/实际/完成 aside); '' when there are none."""
    stem = _rate_act(s)
    if not stem:
        return ""
    lab = _segment_before(folded, s.part)
    k = lab.rfind(stem) if stem in lab else lab.rfind(stem[0])
    return _GROUP_LEAD.sub("", lab[:k]) if k > 0 else ""


def _group_number(folded: str, sents: dict, s: Share) -> tuple[Fig | None, bool]:
    """The number of the group a rate's part names, and whether the pairing is weak: the figure of the part's unit, no
    smaller, whose label holds the group's words — in a bracket right after the rate (重点人群签约9.6万人，签约率80.0%
    （重点人群12万人）: firm), else the last earlier in the paragraph (县级配套480万元 for 其中县级配套到位326万元，
    配套到位率: weak, the text not pairing them)."""
    group = _part_group(folded, s) if s.rate else ""
    if len(group) < 2:
        return None, False

    def fits(g: Fig) -> bool:
        return (same_unit(g, s.part) and not _smaller(g, s.part) and group in label_of(folded, g)
                and not is_reference(folded, g))
    if folded[s.pct.end:s.pct.end + 1] in ("（", "("):
        close = folded.find("）" if folded[s.pct.end] == "（" else ")", s.pct.end)
        inside = [g for g in sents.get(s.pct.sent, ()) if s.pct.end < g.start and g.end <= close]
        if 0 < close - s.pct.end <= 40 and inside and fits(inside[0]):
            return inside[0], False
    para = paragraph_start(folded, s.part.start)
    for k in range(s.part.sent, max(s.part.sent - 8, -1), -1):
        for g in reversed(sents.get(k, ())):
            if g.start < para:
                return None, False
            if g.end <= s.part.start and fits(g):
                return g, True
    return None, False


# 上年专任教师70名 / 去年末在册党员: a clause that opens with the earlier period and names its level (no 比上年 change)
_PERIOD_OPEN = re.compile(r"(?:而|但)?(?:上年|去年|上一年度?)(?:末|底|同期|度)?[\u4e00-\u9fff]{1,12}$")
_PERIOD_BREAK = re.compile(r"[；;。]|比|较|今年|本年|当年|同比|增加|减少|增长|下降|提高|降低")


def _period_whole(folded: str, lab: str, g: Fig, part: Fig) -> bool:
    """现有教师71名，其中本科48名，占67.6%；上年教师70名、本科44名，占62.9%: a whole of the earlier period restated
    with the part after it (its period word dating both, nothing but a name between) is the part's whole, not a base
    — the whole of this year stated before is of another period."""
    return bool(_PERIOD_OPEN.match(lab) and not _PERIOD_BREAK.search(folded, g.end, part.start)
                and len(folded[g.end:part.start]) <= 16)


def _headed_whole(folded: str, sents: dict, s: Share, core: str, listed: set[int]) -> Fig | None:
    """收到作品428件，评出一等奖36件，占参赛作品的9.4% / 在已验收的56所学校中，…41所，占验收学校的: a whole named with
    words of its own (参赛, 验收) is the one figure of the part's sentence whose label ends with the whole's head noun
    (or whose measure word the noun follows) — when no other figure there is so named."""
    head = core[-2:]
    if len(core) < 3 or not _re.fullmatch(r"[\u4e00-\u9fff]{2}", head):
        return None
    part = s.part
    found = [g for g in sents.get(part.sent, []) if g.end <= part.start and (counts_into(g, part) or _classifier_fits(g, part))
             and g.start not in listed and (_LABEL_TRIM.sub("", label_of(folded, g)).endswith(head)
                                            or folded.startswith(head, g.end) or g.unit.endswith(head))]
    if len(found) != 1 or is_reference(folded, found[0]) or _smaller(found[0], part):
        return None
    return found[0]


_GENERIC_HEAD = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:项目|案件|事项|单位|人员|对象|企业|问题)$")


def _taken_named(folded: str, sents: dict, s: Share, core: str, listed: set[int]) -> Fig | None:
    """受理申报486项，立项支持138项，其中企业牵头项目62项，占立项项目的: a whole named by a qualifier and a generic head
    noun (立项 + 项目) is the one figure of the part's sentence the part is taken from (其中) whose label holds the
    qualifier — the only one so named; a share of it is judged, fit or not."""
    m = _GENERIC_HEAD.search(core)
    stem = _WHOLE_SCOPE_HEAD.sub("", core[:m.start()]) if m else ""
    if len(stem) < 2:
        return None
    part = s.part
    named = [g for g in sents.get(part.sent, ()) if g.end <= part.start and counts_into(g, part) and g.start not in listed
             and stem in _clause_text(folded, g)]
    if len(named) != 1 or not _taken_from(folded, named[0], part) or is_reference(folded, named[0]) or _smaller(named[0], part):
        return None
    s.firm = True
    return named[0]


_TOTAL_NAMED = re.compile(r"([\u4e00-\u9fff]{2,8}?)总([\u4e00-\u9fff]{2,4})")
_LABEL_TRIM = re.compile(r"(?:为|是|达到|达|共计|合计|总计|共)+$")
_LABEL_LEAD = re.compile(r"^(?:其中|全年|当年|今年|本年|年末|年底)+")


def _total_named(doc, folded: str, figs: list[Fig], s: Share, core: str) -> Fig | None:
    """收入86.5亿元，支出79.3亿元。职工医保基金支出41.8亿元，占基金总支出的55.1%: a whole named as X总Y is the one
    figure of the sentence before or its own (in the paragraph) whose label is the measure Y, said of X (X in the
    label, or in its sentence before it when the label is Y alone) — taken only when no other figure is so named."""
    m = _TOTAL_NAMED.fullmatch(core)
    if m is None:
        return None
    x, y = m.group(1), m.group(2)
    x = _SCOPE_HEAD.sub("", x) if len(x) > 2 else x
    part = s.part
    para = paragraph_start(folded, part.start)
    found = []
    sents = figs_by_sentence(doc, figs)
    for g in sents.get(part.sent - 1, []) + sents.get(part.sent, []):
        if g.end > part.start:
            break
        if g.start < para or not counts_into(g, part) or is_reference(folded, g) or _smaller(g, part):
            continue
        lab = _LABEL_LEAD.sub("", _LABEL_TRIM.sub("", _clause_text(folded, g)))
        if (lab == y and x in folded[doc.sentences[g.sent].start:g.start]) or (x in lab and lab.endswith(y)):
            found.append(g)
    return found[0] if len(found) == 1 else None


def _abbreviates(short: str, label: str) -> bool:
    """规上企业 ← 规模以上工业企业, 规上工业 ← 规模以上工业: a whole's name written short — its characters in order in
    the figure's label, its last two characters side by side there."""
    if len(short) < 4 or not _re.fullmatch(r"[\u4e00-\u9fff]+", short) or short[-2:] not in label:
        return False
    i = label.find(short[0])
    if i < 0 or label.find(short[1], i + 1) < 0 or len(label) - i < len(short) + 2:
        return False
    k = i
    for c in short[1:]:
        k = label.find(c, k + 1)
        if k < 0:
            return False
    return True


def _whole_after_part(folded: str, sents: dict, s: Share, core: str) -> Fig | None:
    """新建户用沼气池1,350户，全县累计由上年末的7,290户增加到8,640户，今年新建数占累计总数的18.5%: the whole named by
    the share, stated after the part in the same sentence (the level reached, not the base it rose from)."""
    part = s.part
    if len(core) == 1:
        return None
    for g in reversed(sents.get(part.sent, ())):
        if g.start < part.end or g.end > s.pct.start:
            continue
        lab = _clause_text(folded, g)
        # (占总数的: a bare whole is the level the sentence says the stock reached)
        if ((core in lab if core else bool(_LEVEL_END.search(lab))) and counts_into(g, part) and not _smaller(g, part) and not is_reference(folded, g)
                and not is_base(folded, g) and not (_LAST_YEAR.search(lab) and not _REACHED.search(lab))):
            return g
    return None


def _whole_next_sentence(folded: str, sents: dict, s: Share) -> Fig | None:
    """民生支出21.6亿元，占一般公共预算支出的80.0%。一般公共预算支出完成27亿元。: the whole named in full (three
    characters at least) by the first figure of the next sentence that the part counts into — not a plan's, not an
    earlier period's, not a smaller one."""
    part = s.part
    if len(s.whole) < 3 or part is None:
        return None
    for g in sents.get(s.pct.sent + 1, ()):
        if not (counts_into(g, part) or _people_fit(g, part)):
            continue
        lab = _clause_text(folded, g)
        if (s.whole not in lab or _smaller(g, part) or is_reference(folded, g) or is_base(folded, g)
                or _LAST_YEAR.search(lab) or _SET_FOR.search(lab.replace(s.whole, ""))):
            return None
        return g
    return None


_SET_FOR = re.compile(r"计划|预计|目标|拟|预算|安排|下达|争取")
_REACHED = re.compile(r"(?:增加|增长|提高|上升|扩大)(?:到|至)$")
_LEVEL_END = re.compile(r"(?:增加|增长|提高|上升|扩大|达)(?:到|至)$|(?:总数|总量|累计)(?:达到|达|为)?$")
# 当年新发展数占总数的: a share of the bare total (总数, 总量)
_BARE_TOTAL = re.compile(r"占(?:了|到)?(?:其|全部)?总(?:数|量|额)的?(?:比重|比例)?(?:为|达到|达)?$")


def _noun_owner(folded: str, sents: dict, g: Fig, part: Fig, core: str) -> Fig | None:
    """全市86个乡镇综合文化站中达标79个，…占全市乡镇文化站总数的: the whole's name in the figure's clause is the noun of
    the larger count before it (N个X中), of which the figure is a subset — that count is the whole."""
    cs = clause_start(folded, g.start)
    k = folded.rfind(core[-2:], cs, g.start) if len(core) >= 2 else -1
    if k < 0 or "中" not in folded[k + 2:g.start]:
        return None
    for h in reversed(sents.get(g.sent, ())):
        if h.end <= k and h.start >= cs:
            if ((counts_into(h, part) or _classifier_fits(h, part)) and h.norm is not None and g.norm is not None and h.norm > g.norm
                    and not _DIGIT_OR_PCT.search(folded, h.end, k) and not is_reference(folded, h)):
                return h
            return None
    return None


def _metric_owner(folded: str, sents: dict, g: Fig, part: Fig, metric: str) -> Fig | None:
    """The figure g inherits its metric from: the last before g in g's sentence or the one before whose own clause
    names the metric, and that the part counts into (not smaller, no base or reference)."""
    for h in reversed([h for si in (g.sent - 1, g.sent) for h in sents.get(si, ()) if h.end <= g.start]):
        if (metric in _clause_text(folded, h) and counts_into(h, part) and not _smaller(h, part)
                and not is_reference(folded, h) and not _LAST_YEAR.search(_clause_text(folded, h))):
            return h
    return None


def _named_split_total(folded: str, doc, figs: list[Fig], g: Fig, part: Fig, core: str) -> Fig | None:
    """电话渠道受理14,628件、网络渠道受理5,889件 of 共受理20,517件: g, named by the whole, is a part of a breakdown that
    adds up to a total named by the whole too — that total is the whole."""
    by_part, adds = _splits_of(doc, figs)
    for total, parts, _ in by_part.get(id(g), ()):
        if (total is not g and total.end <= part.start and core in _clause_text(folded, total) and adds(total, parts)
                and not _smaller(total, part) and not is_reference(folded, total)):
            return total
    return None


def _named_alternative(folded: str, figs: list[Fig], s: Share, g: Fig, core: str) -> Fig | None:
    """城镇居民人均可支配收入45600元；农村居民…22800元 … 人均消费支出占人均可支配收入的65.0%: the nearest figure
    named by the whole carries a qualifier (农村居民) the share does not; when it does not give the stated share but
    an earlier figure of the paragraph also named by the whole does, that one is meant — a weak pairing."""
    want = _pct(s.pct)
    got = share_interval(s.part, g, s.extra)
    if want is None or got is None or got.overlaps(want):
        return None
    para = paragraph_start(folded, g.start)
    for h in reversed([h for h in figs if para <= h.start < g.start and counts_into(h, s.part)]):
        if core not in _clause_text(folded, h) or is_reference(folded, h) or _smaller(h, s.part):
            continue
        hit = share_interval(s.part, h, s.extra)
        if hit is not None and hit.overlaps(want):
            s.weak = True
            return h
    return None


def _splits_of(doc, figs: list[Fig]) -> dict:
    """parts_sum's breakdowns by part → ({id of a part: [(total, parts, is it the first part)]} in order, a memoized
    test of whether a breakdown's parts add up to its total)."""
    def build():
        out: dict = {}
        for total, parts, _ in _late("sums").find_splits(doc, figs):
            for k, p in enumerate(parts):
                out.setdefault(id(p), []).append((total, parts, k == 0))
        memo: dict = {}

        def adds(total, parts):
            key = (id(total), id(parts))
            if key not in memo:
                memo[key] = _adds_up(total, parts)
            return memo[key]
        return out, adds
    return cached(doc, "_shares_splits_by_part", figs, build)


# 19名，持证率95%: a count followed by its own rate / 其中, 中，: the members of a whole follow it
_OWN_RATE = re.compile(r"[，,]?[\u4e00-\u9fff]{1,8}率(?:为|是|达到|达)?(?=\d)")
_AMONG = re.compile(r"其中|之中|" + AMONG_ZHONG + r"[，,：:]")
_WHOLE_LEAD = re.compile(r"([\u4e00-\u9fff]{2,10})" + AMONG_ZHONG + r"[，,：:]")


_GROUP_PREFIX = re.compile(r"^(?:其中|全[\u4e00-\u9fff]|现有|共有|共|有|今年|本年)+")
_GROUP_SUFFIX = re.compile(r"(?:为|有|共|达到|达|共计|合计)+$")


@per_figure  # (kept on the figure's record: every later share of the paragraph asks for it)
def _subject_group_name(folded: str, g: Fig) -> str:
    """现有低保户18户 → 低保户: the group a count names, its scope and verb words aside."""
    return _GROUP_SUFFIX.sub("", _GROUP_PREFIX.sub("", item_label(folded, g)))


def _subject_whole(doc, folded: str, figs: list[Fig], s: Share) -> Fig | None:
    """全村现有低保户18户…。年底对低保户逐户复核，复核合格17户，合格率94.4% / 其中专任教师20名…。专任教师持有资格证
    19名，持证率95%: a part whose sentence names, before it, the group a count of the sentence or two before counted
    → that count is its whole. A weak pairing: taken only when the share it gives matches the stated one."""
    part, want = s.part, _pct(s.pct)
    if want is None or part.sent < 1:
        return None
    para = paragraph_start(folded, part.start)
    told = folded[doc.sentences[part.sent].start:part.start]
    sents = figs_by_sentence(doc, figs)
    # (其中60周岁以上老年人6,860人 … sections later 老年人健康体检4,980人，体检率72.6%: a long name by its head, further back)
    reach = _reach_back(doc, sents, part.sent, 8)
    for g in reversed([g for k in range(reach, part.sent) for g in sents.get(k, [])]):
        if not counts_into(g, part) or is_reference(folded, g) or _smaller(g, part):
            continue
        name = _subject_group_name(folded, g)
        if not 2 <= len(name) <= 10:
            continue
        # (执业律师612名。律师中女性218名: the sentence opens with the name's head and 中)
        if (name in told and (g.start >= para or g.sent >= part.sent - 2)) or (len(name) >= 5 and name[-3:] in told) or (
                g.sent >= part.sent - 2 and any(told.startswith(name[-k:] + "中") for k in range(2, len(name)))):
            got = share_interval(part, g, s.extra)
            if got is not None and got.overlaps(want):
                return g
    return None


_RESPONDENTS = re.compile(r"(?:全体|所有)?(?:受访者|受访群众|受访居民|受访对象|调查对象|被调查者|被访者|答卷人)")


def _valid_sample_before(doc, folded: str, figs: list[Fig], part: Fig, name: str) -> Fig | None:
    """有效问卷2,158份。…受访者中，表示非常满意的986人，占45.7%: the respondents are the valid questionnaires (有效问卷 /
    有效样本) counted last before, up to eight sentences back — one answer sheet a person."""
    if part.base_unit not in _PEOPLE or not _RESPONDENTS.fullmatch(name):
        return None
    reach = _reach_back(doc, figs_by_sentence(doc, figs), part.sent, 8)
    return next((g for g in _upto(doc, figs, part.start) if g.end <= part.start and reach <= g.sent < part.sent and g.exact and g.value
                 and g.base_unit in ("份", "人", "个") and _VALID_SAMPLE.search(item_label(folded, g))
                 and not is_reference(folded, g) and g.norm is not None and part.norm is not None and g.norm >= part.norm), None)


def _named_earlier(doc, folded: str, figs: list[Fig], part: Fig, name: str) -> Fig | None:
    """利润总额中，… → the nearest earlier figure of the part's unit (up to eight sentences of prose back) whose
    label ends with that name (利润总额18.46亿元), bases, targets and smaller figures aside."""
    reach = _reach_back(doc, figs_by_sentence(doc, figs), part.sent, 8)
    name = _re.sub(r"^(?:全年|全市|全县|全区|其)", "", name)
    for g in (g for g in _upto(doc, figs, part.start) if g.end <= part.start and reach <= g.sent < part.sent and counts_into(g, part)
                and not is_reference(folded, g) and not _smaller(g, part)):
        lab = _re.sub(r"(?:为|达到|达|共|共计|合计)$", "", label_of(folded, g))
        if _PRIOR_HEAD.match(lab) or (_PLAN_WORD.search(_ESTIMATED_RESULT.sub("", lab)) and not _PLAN_WORD.search(name)):
            continue  # (上年农业总产值40.1亿元 / 计划实现农业总产值45亿元 … 农业总产值中，…: not this year's whole as done)
        if len(name) >= 2 and lab.endswith(name):
            return g
        if (len(name) >= 4 and name.endswith("人员") and part.base_unit in _PEOPLE and g.base_unit in _PEOPLE
                and lab.endswith(name[:-2])):
            return g  # 新增就业人员中，… ← 全年城镇新增就业8326人: the people of an act named by the act
        if len(name) >= 4 and _abbreviates(name, _re.sub(r"^(?:其中|全年|全[市县区镇乡旗]|共有|现有)+", "", item_label(folded, g))):
            return g  # 规上企业中，… ← 其中规模以上工业企业86家: the name written short
    return None


_BREAKDOWN_LEAD = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:按[^，,；;。：:\d%]{1,8}分|(?:从|分)[^，,；;。：:\d%]{1,8}看)[，,：:]")


def _named_made_up(doc, folded: str, figs: list[Fig], part: Fig, name: str, rate: bool = False) -> Fig | None:
    """林下经济产值9.6亿元 (the summary, sections back)…。林下经济产值中，中药材种植2.9亿元，占36.5%；食用菌…合计6.7亿元:
    a breakdown led by its whole's name, past the reach of _named_earlier → the earlier figure labelled with that name
    (anywhere before, in the part's unit) that the breakdown's items add up to — a whole the items make up is surely
    theirs. None when they make up none (a partial breakdown) or more than one value.
    rate: 承办人大代表建议和政协提案118件 … 承办的建议提案中，人大代表建议46件、政协提案72件，全部按期办复；…满意的115件，
    满意率为98.3%: a case or survey rate of the sentence, over all the items its lead lists — the whole they add up to,
    its label holding the last two characters of the lead's name."""
    name = _re.sub(r"^(?:其中|全年|全[市县区镇乡旗]|其)", "", name)
    if len(name) < 3:
        return None
    items = [g for g in figs_by_sentence(doc, figs).get(part.sent, []) if same_unit(g, part) and not g.qualifier
             and not is_reference(folded, g) and not _is_bound_item(folded, g)]
    if rate:
        items = [g for g in items if g.end <= part.start and g is not part]
        if not items or any(not _re.fullmatch(r"(?:、|和|及)[^，,；;。\d%]{1,12}", folded[a.end:b.start])
                            for a, b in zip(items, items[1:])):
            return None  # (the items listed one after another, 、 between them)
    if len(items) < 2 or (part not in items and not rate):
        return None
    tail = name.replace("的", "")[-2:]
    hits = {}
    for g in (g for g in _upto(doc, figs, part.start) if g.sent < part.sent and same_unit(g, part)
              and not is_reference(folded, g) and not _smaller(g, part) and not is_per_unit(folded, g)):
        lab = _re.sub(r"(?:为|达到|达|共|共计|合计)$", "", label_of(folded, g))
        if ((tail in lab if rate else lab.endswith(name)) and not _LAST_YEAR.search(lab) and not _PLAN_WORD.search(lab)
                and _adds_up(g, items)):
            hits.setdefault(g.norm, g)
    return next(iter(hits.values())) if len(hits) == 1 else None


def _is_bound_item(folded: str, g: Fig) -> bool:
    """超过10万元的村, 5000万元以上的项目: a bound that picks things out (_threshold), or a figure in a bracket."""
    return _threshold(folded, g) or bool(_IN_ASIDE.search(label_of(folded, g)))


def _measure_whole(doc, folded: str, figs: list[Fig], s: Share) -> Fig | None:
    """查出问题金额3.68亿元…。已整改问题金额3.12亿元，整改率84.8%: the part's label is the rate's verb and a measure
    (整改 + 问题金额); an earlier figure (up to eight sentences back) labelled by that same measure without the verb
    is what the rate is taken of."""
    label = item_label(folded, s.part)
    stem = _re.sub(r"^(?:其中|全年|今年|当年|全市|全县|全区|累计)", "", s.stem)
    k = label.rfind(stem) if len(stem) >= 2 else -1
    measure = label[k + len(stem):] if k >= 0 else ""
    if len(measure) < 3 or not _re.fullmatch(r"[\u4e00-\u9fff]+", measure) or _re.search(r"未|不|没", label[:k]):
        return None
    part = s.part
    reach = _reach_back(doc, figs_by_sentence(doc, figs), part.sent, 8)
    for g in (g for g in _upto(doc, figs, part.start) if g.end <= part.start and reach <= g.sent and g is not part and counts_into(g, part)
                and not is_reference(folded, g) and not _smaller(g, part)):
        lab = _re.sub(r"(?:为|达到|达|共|共计|合计|总计)$", "", label_of(folded, g))
        if lab.endswith(measure) and stem[:2] not in lab:
            if _LAST_YEAR.search(lab) or is_base(folded, g):
                continue  # 比上年审计发现问题金额2137.83万元下降…: last year's measure is no whole of this year's rate
            # (查出问题金额14.68亿元，其中违规问题金额2.15亿元、管理不规范问题金额12.53亿元: a 其中 part of one so
            # labelled is no whole — the figure it was taken from is)
            return next((h for h in figs_by_sentence(doc, figs).get(g.sent, []) if h.end <= g.start
                         and "其中" in folded[h.end:g.start] and counts_into(h, part) and not _smaller(h, g)
                         and _re.sub(r"(?:为|达到|达|共|共计|合计|总计)$", "", label_of(folded, h)).endswith(measure)), g)
    return None


def _case_whole(doc, folded: str, figs: list[Fig], s: Share) -> Fig | None:
    """经审查立案238件…。截至11月底，已办复236件，办复率99.2%: a rate over the cases counted earlier (up to eight
    sentences back) — the nearest earlier count of the unit that gives the stated rate. Weak: only when it holds."""
    # (直接解答办结263,580件，直办率54.2%: the part's own label says it counts cases closed)
    if not (_CASE_RATES.search(s.stem) or _SURVEY_RATES.search(s.stem) or _CASE_RATES.search(item_label(folded, s.part))):
        return None
    part, want = s.part, _pct(s.pct)
    reach = _reach_back(doc, figs_by_sentence(doc, figs), part.sent, 8)
    for g in (g for g in _upto(doc, figs, part.start) if g.end <= part.start and reach <= g.sent and g.exact and same_unit(g, part)
                and not is_reference(folded, g) and not _smaller(g, part) and g is not part):
        if _LAST_YEAR.search(label_of(folded, g)) or is_base(folded, g):
            continue  # (上年受理…件: last year's count is no whole of this year's rate)
        got = share_interval(part, g)
        if got is not None and want is not None and got.overlaps(want):
            s.weak = True
            return g
    # (今年共承办代表建议21件… sections later 代表对办理结果表示满意19件，满意率90.5%: the report's total of the cases
    # it handled, further back — the first such count of the unit)
    for g in figs:
        if g.end > part.start or g.sent >= reach:
            break
        if g.exact and same_unit(g, part) and not _smaller(g, part) and _re.search(
                r"(?:共|总计|合计)(?:承办|受理|收到|交办|办理)", label_of(folded, g)):
            got = share_interval(part, g)
            if got is not None and want is not None and got.overlaps(want):
                s.weak = True
                return g
            break
    return _sole_case_total(doc, folded, figs, s)


# rates of handling the cases a report received (按期办结率, 及时受理率, 结案率): each over all the cases received
_PROCESS_RATE = re.compile(r"(?:办结|结案|办复|答复|受理|审结|执结)$")
_RECEIVED = re.compile(r"(?:共|全年|累计)?(?:受理|收到|接收|登记)[^，,；;。]{0,12}$|信访总量(?:为|是|达)?$")


def _sole_case_total(doc, folded: str, figs: list[Fig], s: Share) -> Fig | None:
    """受理群众来信来访3268件次 (section 一) … 全年按期办结3093件，按期办结率96.2% (section 三): a rate of handling the cases
    received, its part counted in its own clause by the rate's act, is over the report's one count of the cases received
    — firm, whether it holds or not. None when the report counts cases received more than once before the part."""
    part = s.part
    act = _re.sub(r"^(?:按期|及时|按时|当年|全年|一次性)", "", s.stem)
    if len(act) < 2 or not _PROCESS_RATE.search(act) or act[-2:] not in _clause_text(folded, part) \
            or not label_of(folded, part).rstrip("的").endswith(act[-2:]) and act[-2:] not in label_of(folded, part):
        return None
    got = [g for g in figs if g.end <= part.start and g.exact and g.value and counts_into(g, part) and not _smaller(g, part)
           and not is_reference(folded, g) and not _LAST_YEAR.search(label_of(folded, g))
           and _RECEIVED.search(label_of(folded, g))]
    return got[0] if len(got) == 1 else None


def _one_kind_of(folded: str, sents: dict, g: Fig, core: str) -> bool:
    """Is g one of several listed kinds of the whole (民办幼儿园30所 beside 公办幼儿园12所, for 幼儿园)? Its item names a
    kind (words before the whole's name), and an item of its unit joined to it by 、/和/及 names the whole's name too."""
    own = _re.sub(r"^(?:其中|全[\u4e00-\u9fff]|现有|共有|共|有)+", "", item_label(folded, g))
    k = own.rfind(core)
    if k <= 0:
        return False
    for h in sents.get(g.sent, []):
        if h is not g and h.base_unit == g.base_unit and core in item_label(folded, h) and _re.fullmatch(
                r"[、和及与]", folded[min(g.end, h.end):max(g.start, h.start)][:1] or "x"):
            return True
    return False


def _loose_whole(doc, folded: str, figs: list[Fig], s: Share, listed: set[int] = frozenset()) -> Fig | None:
    """A named whole its figure's label words differently (占监测户的 ← 纳入监测对象46户; 占进驻事项的 ← 进驻中心的…
    事项1,368项): the nearest earlier figure of the paragraph, up to three sentences back, whose sentence names the
    whole's head before it. A weak pairing: taken only when the share it gives matches the stated one."""
    part, head = s.part, s.whole[:2]
    if len(s.whole) < 3 or not _re.fullmatch(r"[\u4e00-\u9fff]+", head):
        return None
    para = paragraph_start(folded, part.start)
    want = _pct(s.pct)
    for g in (g for g in _upto(doc, figs, part.start) if para <= g.start and g.end <= part.start and part.sent - 3 <= g.sent
                and same_unit(g, part) and not is_reference(folded, g) and not _smaller(g, part)
                and g.start not in listed):  # (a part listed beside it is not its whole)
        if head not in folded[doc.sentences[g.sent].start:g.start]:
            continue
        got = share_interval(part, g, s.extra)
        return g if got is not None and want is not None and got.overlaps(want) else None
    return None


def _load_of_capacity(doc, folded: str, figs: list[Fig], s: Share, before_figs: list[Fig]) -> tuple[Fig, Fig] | None:
    """日供水能力48万立方米 … 最高日供水量42.6万立方米，高峰负荷率为86.5%: a load (负荷) or use (利用) rate is the
    amount just before it over the capacity (能力) of the same unit stated before in the report, when both labels
    name one thing (two characters in common)."""
    if not _re.search(r"(?:负荷|利用)$", s.stem) or not before_figs:
        return None
    part = before_figs[-1]
    if part.qualifier or not part.value or is_reference(folded, part) or "能力" in _clause_text(folded, part):
        return None
    label = item_label(folded, part)
    pairs = {label[i:i + 2] for i in range(len(label) - 1)}
    for g in _upto(doc, figs, part.start):
        if g is part or g.end > part.start or not same_unit(g, part) or not g.value or g.qualifier or is_reference(folded, g):
            continue
        own = item_label(folded, g)
        if own.endswith("能力") and any(own[i:i + 2] in pairs for i in range(len(own) - 1)):
            return (part, g) if not _smaller(g, part) else None
    return None


def _days_whole(doc, folded: str, figs: list[Fig], s: Share) -> Fig | None:
    """有效监测天数为365天 … 优良天数289天，优良天数比例为79.2%: a proportion of days (…天数比例/占比) with no named
    whole is of the days counted before it in the paragraph under another 天数 label — the nearest such count no
    smaller than the part (the kinds of days listed between, 优86天、良203天, name no 天数). Weak: that count may
    be a peer of the part rather than its whole, so it is reported only when it gives the stated share."""
    part = s.part
    if part.base_unit != "天" or not s.stem.endswith("天数") or not part.exact:
        return None
    para = folded.rfind("\n", 0, part.start) + 1
    own = _OWN_LABEL.search(_segment_before(folded, part)).group(0)
    for g in _upto(doc, figs, part.start):
        if g.start < para:
            return None
        if g is part or g.end > part.start or g.base_unit != "天" or not g.exact or g.qualifier or is_reference(folded, g):
            continue
        label = _clause_text(folded, g)
        if "天数" not in label or s.stem in label or (own and own in label) or _smaller(g, part) or not counts_into(g, part):
            continue
        return g
    return None


def _upto(doc, figs: list[Fig], pos: int):
    """The figures that start at or before pos, last first (figs are in text order): those a scan back from pos
    needs, without testing every later figure of the document."""
    starts = cached(doc, "_shares_starts", figs, lambda: [g.start for g in figs])
    return reversed(figs[:bisect.bisect_right(starts, pos)])


_BARE_MEASURES = ("个", "所", "家", "座", "名", "户")


def _people_fit(g: Fig, part: Fig) -> bool:
    """持证残疾人1.26万人 … 4,375名…，占持证残疾人的: people counted by 人 and by 名 (位) are of one measure."""
    return (g.base_unit in _HEADS and part.base_unit in _HEADS and g.base_unit != part.base_unit
            and g.kind == part.kind == "count")


_HEADS = ("人", "名", "位")
_NOUN_THEN_AMONG = re.compile(r"[\u4e00-\u9fff]{1,12}中[，,]")


def _classifier_fits(g: Fig, part: Fig) -> bool:
    """全区15个乡镇（街道）中，有9个…: 个乡镇 and 个 count the same things, the noun glued to one of them."""
    if not (g.kind == part.kind == "count"):
        return False
    units = sorted((g.base_unit, part.base_unit), key=len)
    return (g.exact and part.exact and units[0] in _BARE_MEASURES
            and units[1].startswith(units[0])
            and len(units[1]) > 1 and not _re.search(r"次|百分点|工作日|月", units[1]))


def doc_sentence(folded: str, f: Fig) -> str:
    """The text of f's sentence before it."""
    return folded[clause_start(folded, f.start, "。！？!?\n"):f.start]


def _worded_whole(folded: str, figs: list[Fig], s: Share, core: str, raw_whole: str = "",
                  listed: set[int] = frozenset()) -> Fig | None:
    """占受理案件总数的 ← 全年共受理各类案件12,486件: a whole whose label holds the whole's words in order with
    others between them. A weak pairing: the share is reported only when it holds. (A part listed beside s — A申请、
    B申请分别为128件、96件，分别占申请总数的 — is never the whole, though its label names the whole's words.)"""
    # (占总支出的 ← 实际支出8,725.4万元: 总 only says the whole is all of the measure)
    core = _re.sub(r"^(?:全年|全市|全县|全区|当年|本年|全部|全体|所有)", "", core)
    core = _re.sub(r"^总(?=[\u4e00-\u9fff]{2}$)", "", core)
    if len(core) not in (2, 4, 6) or not _re.fullmatch(r"[\u4e00-\u9fff]+", core):
        return None
    words = _rx(".*".join(re.escape(core[i:i + 2]) for i in range(0, len(core), 2)))
    cands = [g for g in figs if g.end <= s.part.start and counts_into(g, s.part) and g.start not in listed
             and not is_reference(folded, g) and not _smaller(g, s.part) and not _peer_in_list(folded, g, s.part)
             and not _scope_clash(s.whole, folded[clause_start(folded, g.start, "。！？!?\n"):g.start])]
    found = [g for g in reversed(cands) if words.search(folded, clause_start(folded, g.start), g.start)]
    if not found:
        # 共反映问题86个，涉及金额3.27亿元。…占问题金额总数的: the words split over the clauses of the whole's sentence
        found = [g for g in reversed(cands) if g.sent >= s.part.sent - 3
                 and words.search(folded, clause_start(folded, g.start, "。！？!?\n"), g.start)]
        if not found:
            return None
        if _taken_from(folded, found[0], s.part) and len(found) == 1:
            # 实施项目58个，完成投资19.6亿元，其中工业项目投资9.3亿元。…占全部项目投资的: the one figure so named, and
            # the part was taken from it (其中) — the whole, fit or not
            return found[0]
        if (len(found) == 1 and found[0].sent == s.part.sent - 1 and not _LAST_YEAR.search(doc_sentence(folded, found[0]))
                and not any(counts_into(g, s.part) for g in figs if g.sent == s.part.sent and g.end <= s.part.start)):
            # 抽查了12个乡镇，涉及专项资金1.86亿元。发现闲置2340万元，占抽查资金的: the one figure so named, over the
            # clauses of the sentence right before the part's, which opens on the part — the whole, fit or not
            return found[0]
    elif found[0].sent >= s.part.sent - 3 and not any(g.sent >= s.part.sent - 3 for g in found[1:]) and (
            _re.match(r"按.{1,8}分|从.{1,8}看|分.{1,6}看", doc_sentence(folded, s.part))
            or _re.search(r"占(?:了|到)?全[市县区省镇乡州旗][^，,；;。\d%]*总(?:数|额|量|人数|户数|人次)", raw_whole)
            # (全市现有国有企业263户，…；已完成改制的企业41户，占全部企业的: the whole said of all, and a figure so named
            # stated as all of them — 全市/各类/现有/共 — is that whole)
            or (_re.search(r"占(?:了|到)?(?:全部|所有|全体)", raw_whole)
                and _ALL_STATED.search(folded, clause_start(folded, found[0].start), found[0].start))
            or (core in _clause_text(folded, found[0]) and _taken_from(folded, found[0], s.part))
            # (全年支出3704.18万元。…项目支出1968.40万元，项目支出占总支出的: 总 names all of the measure, and the one
            # figure so named carries just that name)
            or (_re.search(r"占(?:了|到)?总", raw_whole) and _bare_measure(_clause_text(folded, found[0])) == core)
            # (年初有职工400人，年末有职工420人，其中…，占年末职工总数的: the end of the period the whole names, in the
            # label of the figure of the part's own sentence the part was taken from)
            or (_taken_from(folded, found[0], s.part) and any(
                p.search(s.whole) and p.search(_clause_text(folded, found[0])) for p in (_PERIOD_END, _PERIOD_START)))
            or _group_names(folded, s.part, found[0])):
        # 全年新收申请268件。从申请主体看，自然人申请231件，占新收申请的82.6% / 占全县游客总数的: the only figure of the
        # last few sentences so named is the whole — of a classification's item, or as the scope's total, or the one
        # figure of the part's own sentence whose label holds the name whole (网点55个，窗口48个，其中…窗口36个，占全部
        # 窗口的: of 48, fit or not) (a whole
        # worded with words left out, 占全年交通投资的 ← 交通基础设施投资, may be another, narrower one: weak)
        return found[0]
    # (党员46名，其中正式党员43名…；60岁以上党员19名，占全体党员的41.3%: of the figures so named, the one that fits)
    want = _pct(s.pct)
    s.weak = True
    return next((g for g in found if want is not None and (got := share_interval(s.part, g, s.extra)) is not None
                 and got.overlaps(want)), found[0])


def _bare_measure(label: str) -> str:
    """全年支出 → 支出: a figure's label without the scope and all-of words around its measure (实际支出 stays: the
    team's decoy in test_rules_shares_r14 reads 总支出 as possibly wider than what was actually spent)."""
    label = _WHOLE_SCOPE_HEAD.sub("", _re.sub(r"^[，,、：:]+", "", label.strip()))
    return _re.sub(r"(?:总额|总数|总量|合计|共计|总计)$", "", _re.sub(r"^(?:共|合计|总计)", "", label))


_ALL_STATED = re.compile(r"全[市县区省镇乡州旗]|各类|各项|各种|所有|全部|共有|共计|现有|总计|合计|共(?=[\u4e00-\u9fff]{1,12}$)")


def _group_names(folded: str, part: Fig, g: Fig) -> bool:
    """立案查处各类违法案件146件…。立案案件中，食品类案件52件…: the part's sentence opens with the group it is taken from
    (X中，), and g's clause names that group (X's words in order) — g is the group, as the share's whole names it too."""
    lead = _WHOLE_LEAD.match(doc_sentence(folded, part))
    if lead is None or g.sent >= part.sent:
        return False
    x = lead.group(1)
    if len(x) not in (4, 6):
        return False
    words = _rx(".*".join(re.escape(x[i:i + 2]) for i in range(0, len(x), 2)))
    return words.search(folded, clause_start(folded, g.start), g.start) is not None


def _peer_in_list(folded: str, g: Fig, part: Fig) -> bool:
    """支出合计958.2万元，其中基本支出612.7万元，项目支出345.5万元: g is an item of the 其中 list the part is also an
    item of (same sentence, no ；/。 or second 其中 between them) — its peer, never its whole."""
    if g.sent != part.sent:
        return False
    k = folded.rfind("其中", clause_start(folded, g.start, "。！？!?\n"), g.start)
    return k >= 0 and not _re.search(r"[；;。]|其中|" + AMONG_ZHONG, folded[k + 2:part.start])


@per_figure
def _sh_niv(g: Fig) -> Interval:
    """The figure's interval in its base unit (kept on the figure: the share rules ask for it many times)."""
    return g.norm_interval()


def _wan_slip(folded: str, g: Fig, part: Fig) -> bool:
    """人均收入32,400元，其中工资性收入19,440万元: a part taken (其中) from a smaller whole, one in 万 and the other not,
    that fits under the whole once the 万 is dropped — the part's unit miswritten, not another whole."""
    if ("万" in (g.unit or "")) == ("万" in (part.unit or "")) or not _taken_from(folded, g, part):
        return False
    k = Decimal("0.0001") if "万" in (part.unit or "") else Decimal(10000)
    return not _sh_niv(g).below(_sh_niv(part).scale(k))


def _smaller(g: Fig, part: Fig) -> bool:
    """Is g surely smaller than part (so it cannot be part's whole)?"""
    factor = _area_factor(part, g) if part.base_unit != g.base_unit else None
    if factor is not None:
        return _sh_niv(g).below(_sh_niv(part).scale(factor))
    return _sh_niv(g).below(_sh_niv(part))


# 其中 / 党员中， / ，有 / 包括 / 参保人员中女性 / 支出…，用于民生的…: between a whole and a part of it (not 集中, 中心, 高中…)
_WHOLE_BETWEEN = re.compile(r"其中|之中|中[，,：:]|[，,：:]有|[，,]用于|包括|内含|[\u4e00-\u9fff]" + AMONG_ZHONG
                            + r"[\u4e00-\u9fff]{1,4}$")


def _whole_like(folded: str, g: Fig, part: Fig) -> bool:
    """Is g, stated before part in its sentence, the whole part is taken from rather than its peer in a list?
    Said by a total word (共, 全年, 受理, 抽检…) before g, or 其中/中 between them."""
    # (全年出生人口4,862人…死亡人口3,215人: 全年 names the period of both, not a whole of the other)
    if _TOTAL_WORDS.search(_re.sub(r"^(?:全年|当年|今年|本年|全市|全县|全区)+", "", label_of(folded, g))):
        return True
    between = folded[g.end:part.start]
    if _WHOLE_BETWEEN.search(between):
        # (参保人数…19.72万人，…，参保人员中女性5.9万人: the whole's members, then the part among them)
        return True
    if "、" in between:
        return False
    lg, lp = label_of(folded, g), label_of(folded, part)
    if CHECK_ACTS.search(lg) and _FOUND.search(lp) and not CHECK_ACTS.search(lp):
        return True  # 稽核定点医药机构1246家，查处违规机构187家: what a check finds among the things it checked
    # 个人提案338件，集体提案74件: two labels with one head noun are two kinds of one thing (发现线索75条，已整改72条 is not)
    return _head(lg) != _head(lp) or not _head(lg)


# the acts of finding some of the things checked at fault (common.CHECK_ACTS: of checking them)
_FOUND = re.compile(r"查处|发现|查出|检出|责令|处罚|立案")


def _head(label: str) -> str:
    """A figure's label → its head noun, the last two characters before the number (集体提案74件 → 提案)."""
    label = _re.sub(r"(?:的|为|是|达到|达|共|共有|有|约|近|超过|分别)+$", "", label)
    return label[-2:] if len(label) >= 2 else ""


def interval_sum(ivs: list[Interval]) -> Interval:
    """The sum of intervals, added left to right as Interval.__add__ does, with one record built at the end (the sums
    of parts are the arithmetic the share and sum rules do most)."""
    if len(ivs) == 1:
        return ivs[0]
    first = ivs[0]
    low, high, low_open, high_open = first.low, first.high, first.low_open, first.high_open
    for iv in ivs[1:]:
        low = None if low is None or iv.low is None else low + iv.low
        high = None if high is None or iv.high is None else high + iv.high
        low_open = low_open or iv.low_open
        high_open = high_open or iv.high_open
    return Interval(low, high, low_open, high_open)


def _sum_of(parts: list[Fig]) -> Interval:
    return interval_sum([_sh_niv(p) for p in parts])


def _adds_up(total: Fig, parts: list[Fig]) -> bool:
    acc = _sum_of(parts)
    return acc.bounded and acc.overlaps(_sh_niv(total))


# ---------------------------------------------------------------- arithmetic
def share_interval(part: Fig, total: Fig, extra: list | None = None) -> Interval | None:
    """Part (plus extra parts of a combined share) and total → the share they give, in percent, as an interval
    (None when it cannot be had). Kept on the part's record, by total and extra parts: the share and sum rules ask
    for the same quotient many times."""
    memo = part.__dict__.get("_share_ivs")
    if memo is None:
        memo = part.__dict__["_share_ivs"] = {}
    key = (total, *extra) if extra else total  # (records hash by identity; the memo keeps them alive)
    if key not in memo:
        memo[key] = _share_interval(part, total, extra)
    return memo[key]


def _share_interval(part: Fig, total: Fig, extra: list | None) -> Interval | None:
    p, t = _sh_niv(part), _sh_niv(total)
    for g in extra or ():
        p = p + _sh_niv(g)
    if not (p.bounded and t.bounded) or t.contains(Decimal(0)):
        return None
    factor = _area_factor(part, total) if part.base_unit != total.base_unit else None
    return (p / t).scale(HUNDRED * factor if factor is not None else HUNDRED)


# areas in square metres: 公顷 and 平方公里 are not normalized to one another by the figures table
_AREA_M2 = {"平方米": Decimal(1), "亩": Decimal(2000) / Decimal(3), "公顷": Decimal(10000), "平方公里": Decimal(1000000)}


def _area_factor(part: Fig, total: Fig) -> Decimal | None:
    """Two areas in different units (2.18万公顷 of 2,506平方公里) → what turns part/total into one unit, else None."""
    a, b = _AREA_M2.get(part.base_unit), _AREA_M2.get(total.base_unit)
    if a is None or b is None or part.base_unit == total.base_unit or not (part.quantity and total.quantity):
        return None
    return a / b


@per_figure
def _pct(f: Fig) -> Interval | None:
    """The interval a percent or fraction states, in percent units (kept on the figure: asked for many times)."""
    iv = f.pct_interval()
    if iv is not None and f.kind == "fraction" and f.qualifier == "nearly" and iv.high is not None \
            and "成" not in f.text:
        # 近半, 近三分之一: a fraction in words said to be nearly reached is short of it by less than a fifth of it
        # (a third is no 近半), as 近八成 is short of 80% by less than a tenth
        return Interval(iv.high - iv.high / 5, iv.high, low_open=True)
    return iv



def _pct_decimals(f: Fig) -> int:
    return f.decimals if f.kind == "percent" and f.decimals is not None else 1


def _rounded(x: Decimal, d: int) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-d))


_PRIOR_HEAD = re.compile(r"^(?:其中)?(?:上年|去年|上一年|前年)")
_PRIOR_WORD = re.compile(r"(?<![比较])(?:上年|去年|上一年|前年)")


def _prior_share_of_now(doc, s: Share) -> bool:
    """…其中高新技术企业186家。上年高新技术企业占比为25.1%: is the share said of last year, its part's sentence not
    (比上年 aside)? Its part and whole are then last year's, which the text does not give."""
    return bool(_PRIOR_HEAD.match(s.stem)) and not _PRIOR_WORD.search(doc.folded, sent_start_of(doc, s.part), s.part.end)


def _denial_of(folded: str, whole: Fig, part: Fig) -> bool:
    """共逮捕25人，不捕24人，不捕率为48.98%: an act's denial is no part of the act's count — the rate is of both (the
    cases decided), a whole the text does not state."""
    return denied(item_label(folded, whole), item_label(folded, part))


# 完成招商引资23179万元，总完成率115%: a completion rate right after an amount, its own against its target
_OWN_COMPLETION = re.compile(r"[，,]\s*(?:总|综合|年度|全年)?(?:完成|执行)率")


def _rated_whole(folded: str, s: Share) -> bool:
    """…23179万元，总完成率115%，其中…4064万元，完成率40.6%: when the whole has a completion rate of its own, a part's
    completion rate is against the part's own target too, not a share of the whole."""
    return s.rate and s.stem.endswith(("完成", "执行")) and s.total is not None \
        and bool(_OWN_COMPLETION.match(folded, s.total.end))


# 全年空气质量优良天数311天，优良率85.2%: good-air days over the days of the year (365, or 366 in a leap year)
_DAYS_RATE = re.compile(r"(?:优良|达标|良好|优)(?:天数)?(?:比例|比率|率|占比)(?:为|达到|达|是)?$")
_DAYS_COUNT = re.compile(r"(?:优良|达标|良好)(?:天数|天)(?:为|达到|达|有|共)?$")


def _days_of_year_shares(doc, folded: str, figs: list[Fig]) -> list[dict]:
    """A year's count of good-air days and its rate right after it → consistent when k of the year's days (365, 366
    in a leap year) gives the rate. Days monitored may be fewer than the year's (a station down), so a rate that does not
    fit gets no row: the whole is the text's silence, not a stated number."""
    out = []
    year = doc.year
    days = 366 if year and (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 365
    for a, f in zip(figs, figs[1:]):
        if (f.kind != "percent" or a.kind != "count" or a.base_unit != "天" or a.sent != f.sent or not a.exact
                or a.value is None or f.qualifier or a.qualifier or f.decimals is None):
            continue
        if not _DAYS_RATE.search(folded[clause_start(folded, f.start):f.start]) \
                or not _DAYS_COUNT.search(folded[clause_start(folded, a.start):a.start]) \
                or _re.search(r"[；;。]", folded[a.end:f.start]) or is_sub_period(folded, a):
            continue
        want = _pct(f)
        got = Interval(HUNDRED * a.value / days, HUNDRED * a.value / days)
        if want is None or not got.overlaps(want):
            continue
        d = _pct_decimals(f)
        shown = fmt(HUNDRED * a.value / days, d + 2)
        out.append(result("share_of_total", schema.CONSISTENT, [a, f], a.start, f.end,
                          f"{f.text} ({a.text} of {days}天)", f"{a.text}/{days}天 = {shown}%; stated {f.text}",
                          f"{a.text} of the year's {days} days is {shown}%, as stated.",
                          f"{a.text}占全年{days}天的{shown}%，与所述{f.text}相符。"))
    return out


def share_of_total(doc, figures) -> list[dict]:
    """Shares with a stated part and total → part/total against the stated share."""
    figs = figs_of(doc, figures)
    # (a part that is its whole with a bound — 14个乡镇…满意度不足85%的乡镇有3个: a bound on a level, not a share of
    # the count — is no share; 412件已全部办复，办复率98% still is one)
    shares = [s for s in find_shares(doc, figs) if s.part is not None and s.total is not None
              and not (s.part is s.total and s.pct.qualifier and _pct(s.pct) is not None
                       and not _pct(s.pct).contains(HUNDRED))]
    out = []
    stated = {s.pct.start for s in find_shares(doc, figs)}
    pairs = [(s, s.pct) for s in shares]
    starts = [g.start for g in figs] if shares else []
    sents_of = figs_by_sentence(doc, figs) if shares else {}
    # 占69.6%，近七成 / 占比61.8%，超过一半: the same share restated in words right after it
    for s in shares:
        k = bisect.bisect_left(starts, s.pct.end)
        nxt = figs[k] if k < len(figs) else None
        if (nxt is not None and nxt.kind == "fraction" and nxt.start not in stated
                and _re.fullmatch(r"[，,]\s*(?:即|约|也就是)?", doc.folded[s.pct.end:nxt.start])):
            pairs.append((s, nxt))
    for f in figs:
        if f.kind == "fraction" and f.start not in stated:
            s = _combined_restated(doc.folded, figs, shares, f)
            if s is not None:
                pairs.append((s, f))
    for s in find_shares(doc, figs):
        if s.guess is not None and s.part is not None and s.total is None:
            pairs.append((Share(s.pct, part=s.part, total=s.guess, extra=s.extra, weak=True), s.pct))
            continue
        if s.part is not None and s.total is None and not s.rate and not s.extra:
            # 经济类和社会类提案合计210件，占70.0%: the whole of the items it sums; sure when they make it up
            found = _named_items_whole(doc.folded, shares, s.part)
            if found:
                sure = _adds_up(s.part, found[1])
                pairs.append((Share(s.pct, part=s.part, total=found[0], weak=not sure), s.pct))
    derived = _late("ratios").strong_terms(doc, figs)  # 婴儿死亡率 of 婴儿死亡 over 活产: derived_ratio's row, not a second one
    for i, (s, pct) in enumerate(pairs):
        if s.rate and pct is s.pct and not (s.rest or s.extra or s.firm or s.weak) and pct.unit != "‰":
            # 采购预算3.62亿元，实际采购3.25亿元，节约资金0.37亿元，节约率10.2%: the rate fits another amount of the
            # part's unit just before (of 3.62, not the nearest 3.25) — reported against that one, when it holds
            got, want = share_interval(s.part, s.total, s.extra), _pct(pct)
            if got is not None and want is not None and not got.overlaps(want):
                alt = _other_count_fits(doc.folded, figs, s, want)
                if alt is not None and same_unit(alt, s.part) and not _smaller(alt, s.part):
                    pairs[i] = (Share(pct, part=s.part, total=alt, stem=s.stem, rate=True, weak=True), pct)
    # shares left without a row: the general resolver searches their part and whole (see _resolve)
    found_shares = find_shares(doc, figs)
    claimed = {t.part.start for t in found_shares if t.part is not None} | {t.part.start for t, _ in pairs}
    paired = {pct.start for _, pct in pairs}
    known = {t.pct.start for t in found_shares}
    by_list: dict[int, list[Share]] = {}
    for t in found_shares:
        by_list.setdefault(t.list_id, []).append(t)
    listed = {i for i, group in by_list.items() if len(group) > 1}  # (a share of a list is read with its list, not alone)
    for s in found_shares + _bare_shares(doc, figs, known):
        if (s.pct.start in paired or s.pct.start in derived or s.extra or s.rest or s.subtotal or s.list_id in listed
                or s.pct.kind not in ("percent", "fraction") or s.pct.unit == "‰"):
            continue
        found = _resolve(doc, doc.folded, figs, s, claimed - ({s.part.start} if s.part is not None else set()))
        if found is not None:
            pairs.append((found[0], s.pct))
    for group in _res_structure_lists(doc, figs, known):
        if not any(t.pct.start in derived for t in group):
            pairs.extend((t, t.pct) for t, _ in _resolve_list(doc, doc.folded, figs, group))
    for lid in sorted(listed):
        group = by_list[lid]
        if all(t.total is None and t.guess is None and t.pct.start not in paired and t.pct.start not in derived
               and t.pct.kind == "percent" for t in group):
            pairs.extend((t, t.pct) for t, _ in _resolve_list(doc, doc.folded, figs, group))
    for s, pct in pairs:
        if pct.start in derived:
            continue
        if s.part is not None and (_prior_share_of_now(doc, s) or _denial_of(doc.folded, s.total, s.part)
                                   or _rated_whole(doc.folded, s)):
            continue
        got = _rest_interval(s) if s.rest else share_interval(s.part, s.total, s.extra)
        want = _bound_before(doc.folded, pct, _pct(pct))
        if (pct.kind == "fraction" and "分之" in pct.text and want is not None and want.bounded and (
                pct.qualifier == "approx" or (not pct.qualifier and "约" in _clause_text(doc.folded, pct)
                                              and _re.search(r"约(?:占|为|是|有)[^，,；;。\d%]*$", _clause_text(doc.folded, pct))))):
            # 约占三分之一: about a third — 31.3–35.3%, not the half point a bare 三分之一 allows (31/96 = 32.3% is about
            # a third; 23/96 = 24.0% is not)
            want = Interval.around(_mid(want), Decimal(2))
        if got is None or want is None or want.low is not None and want.low > HUNDRED:
            continue  # (完成率108.6%: more than the whole is no share of it, whatever the text counted)
        d = _pct_decimals(pct)
        ok = got.overlaps(want)
        part_txt = f"{s.total.text}−{s.part.text}" if s.rest else "+".join(g.text for g in s.parts)
        ratio = f"({part_txt})/{s.total.text}" if s.extra or s.rest else f"{part_txt}/{s.total.text}"
        if pct.unit == "‰":  # 婴儿死亡率3.12‰: shown per mille, as stated
            got_txt = fmt_interval(got.scale(Decimal(10)), d + 1, "‰")
            want_txt = fmt_interval(want.scale(Decimal(10)), d + 1, "‰")
        else:
            shown = shown_apart(got, want, d + 1) if pct.kind == "percent" else d + 1
            got_txt = fmt_interval(got, shown, "%")
            want_txt = fmt_interval(want, shown if pct.kind == "percent" else 1, "%")
        computed = f"{ratio} = {got_txt}; stated {pct.text} needs {want_txt}"
        cause = "" if ok or pct is not s.pct else _share_cause(s, got, d)
        start, end = span_of([s.part, pct])
        ids = [s.total] + s.parts + [pct]
        if not ok and s.rate and not s.rest and not s.extra and got.low is not None and got.low > HUNDRED:
            continue  # (整改率94.9% of 296 over 46个部门: a rate's whole is no smaller than its part — the wrong whole)
        if not ok and (s.weak or pct.unit == "‰"):
            continue  # (a rate per mille is of a population the text seldom gives: 婴儿死亡率 is over live births)
        if not ok and s.rate and not (s.firm or s.rest or s.extra or cause) and _far_off(got, want) \
                and not _one_slip(pct, got):
            # 新增就业人员5200人…；登记失业2900人，登记失业率为3.6%: a rate three times off or more that no one slip of
            # its digits explains (7.5 for 75, 17.7 for 71.7, 24.4 for 94.4 are slips) is over a whole the text does not
            # give (the labour force), not a wrong rate of the one paired
            continue
        if not ok and not s.rest and not s.extra and not s.firm and _other_count_fits(doc.folded, figs, s, want):
            continue
        if not ok and not s.rest and not s.extra and not s.firm and _twin_fits(doc.folded, figs, starts or [g.start for g in figs], s, want):
            continue
        if not ok and not s.rest and not s.extra and _bracket_after_fits(doc.folded, figs, s, pct, want):
            continue
        if not ok and not s.rest and not s.extra and _listed_parts_whole(s, want):
            continue
        if not ok and not s.rest and not s.extra and not s.firm and parallel_totals(doc.folded, sents_of, s.total, s.part):
            continue  # (a share read sentences after two totals told side by side: of which, or of both, is not said)
        if ok:
            en = f"{part_txt} of {s.total.text} is {got_txt}, which the stated {pct.text} rounds correctly."
            zh = f"{part_txt}占{s.total.text}的{got_txt}，与所述{pct.text}相符。"
            verdict = schema.CONSISTENT
        else:
            en = (f"{part_txt} of {s.total.text} is {got_txt}, so the share should read "
                  f"{fmt(_mid(got), d)}%, not {pct.text}." + (f" Probable cause: {cause}." if cause else ""))
            zh = f"{part_txt}占{s.total.text}的{got_txt}，应为{fmt(_mid(got), d)}%，而非{pct.text}。"
            verdict = schema.INCONSISTENT
        out.append(result("share_of_total", verdict, ids, start, end, f"{pct.text} ({part_txt} of {s.total.text})",
                          computed, en, zh, cause))
    if "天" in doc.folded and ("优" in doc.folded or "达标" in doc.folded):
        judged = {r["end"] for r in out}
        out.extend(r for r in _days_of_year_shares(doc, doc.folded, figs) if r["end"] not in judged)
    return out


_FAR_OFF = Decimal(3)


def _one_slip(pct: Fig, got: Interval) -> bool:
    """Does one slip of the stated percentage's digits — one digit changed, two neighbours swapped, the point moved one
    place (7.5 for 75, 75 for 7.5) — give a value the computed share rounds to?"""
    s = pct.text.rstrip("%％ ").replace(",", "")
    if not re.fullmatch(r"\d+(?:\.\d+)?", s) or got.low is None or got.high is None:
        return False
    digits = s.replace(".", "")
    point = s.find(".") if "." in s else len(s)  # (the digits before the point)
    edits = {digits[:i] + c + digits[i + 1:] for i in range(len(digits)) for c in "0123456789"}
    edits |= {digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:] for i in range(len(digits) - 1)}
    tries = [(v, point) for v in edits] + [(digits, p) for p in (point - 1, point + 1) if 0 < p <= len(digits)]
    for v, p in tries:
        d = Decimal(v[:p] + "." + v[p:] if p < len(v) else v)
        half = Decimal(1).scaleb(d.as_tuple().exponent) / 2
        if got.low <= d + half and d - half <= got.high:
            return True
    return False


def _far_off(got: Interval, want: Interval) -> bool:
    """Are a computed and a stated share a factor of three or more apart?"""
    if got.low is None or got.high is None or want.low is None or want.high is None or got.low <= 0 or want.low <= 0:
        return False
    return got.low > want.high * _FAR_OFF or want.low > got.high * _FAR_OFF


def _listed_parts_whole(s: Share, want: Interval) -> bool:
    """支出总计6842.35万元，其中基本支出…、项目支出…、年末结转和结余…。本年支出中，基本支出占60.7%，项目支出占39.3%:
    shares of one sentence that between them make 100 while their parts fall short of the total they were paired with
    are of the sum of those parts (a narrower whole the text names) — their fit there, not the total, decides."""
    group = [s] + [t for t in s.siblings if t.pct.sent == s.pct.sent and t.part is not None and not t.extra and not t.rest]
    if len(group) < 2 or len({id(t.part) for t in group}) < len(group):
        return False
    ivs = [_pct(t.pct) for t in group]
    if any(iv is None or not iv.bounded for iv in ivs):
        return False
    total = ivs[0]
    for iv in ivs[1:]:
        total = total + iv
    if not total.contains(HUNDRED):
        return False
    acc = _sum_of([t.part for t in group])
    whole = _sh_niv(s.total)
    if not (acc.bounded and whole.bounded) or acc.overlaps(whole) or acc.contains(Decimal(0)):
        return False
    got = (_sh_niv(s.part) / acc).scale(HUNDRED)
    return got.overlaps(want)


def _bracket_after_fits(folded: str, figs: list[Fig], s: Share, pct: Fig, want: Interval) -> bool:
    """签约9.6万人，签约率80.0%（重点人群12万人）: a bracket right after the rate names the whole it is of; when a
    figure in it gives the stated share, the whole found elsewhere was the wrong one — no error is called."""
    if s.part is None or folded[pct.end:pct.end + 1] not in ("（", "("):
        return False
    close = min((i for i in (folded.find("）", pct.end), folded.find(")", pct.end)) if i > 0), default=-1)
    if close < 0 or close - pct.end > 40:
        return False
    for g in figs:
        if pct.end < g.start < close and g is not s.part and counts_into(g, s.part):
            got = share_interval(s.part, g)
            if got is not None and got.overlaps(want):
                return True
    return False


def _twin_fits(folded: str, figs: list[Fig], starts: list[int], s: Share, want: Interval) -> bool:
    """受理审查逮捕380件520人，批准逮捕290件390人，批捕率75.0%: part and whole each counted twice (件 and 人) — the
    rate may be of the other count; when it fits that one, no error is called."""
    def twin(g: Fig) -> Fig | None:
        k = bisect.bisect_left(starts, g.end)
        if k < len(figs) and figs[k].start == g.end and figs[k].quantity and figs[k].base_unit != g.base_unit:
            return figs[k]
        k = bisect.bisect_left(starts, g.start) - 1
        if k >= 0 and figs[k].end == g.start and figs[k].quantity and figs[k].base_unit != g.base_unit:
            return figs[k]
        return None
    if s.part is None or s.total is None:
        return False
    a, b = twin(s.part), twin(s.total)
    if a is None or b is None or a.base_unit != b.base_unit:
        return False
    got = share_interval(a, b)
    return got is not None and got.overlaps(want)


def _other_count_fits(folded: str, figs: list[Fig], s: Share, want: Interval) -> Fig | None:
    """换届248个村，产生“两委”成员1,862名，其中“一肩挑”村书记236名，比例95.2%: another count of the sentence (in
    another counter) of which the part is the stated share — the pairing is in doubt, so no error is called. So too
    another amount of the part's unit in it or the two sentences before (查出问题金额12.6亿元，其中…11.34亿元。已整改
    10.8亿元，整改率85.7%: of the 12.6)."""
    part = s.part
    if part is None or part.value is None:
        return None
    for g in figs:
        if g.sent > part.sent or g.sent < part.sent - 2 or g is part or g is s.total or not g.value or g.end > s.pct.start:
            continue
        if s.total is not None and _base_of_total(folded, s.total, g):
            continue  # (收入8.46亿元，为调整预算8.2亿元的103.2%，其中…: the total's own yardstick is no whole of its parts)
        if g.sent == part.sent and _LAST_YEAR.search(lab := _clause_text(folded, g)) and not _REACHED.search(lab):
            continue  # (累计由上年末的7,290户增加到8,640户，今年新建数占…: last year's level is no whole of this year's)
        if g.sent == part.sent and s.whole and _period_clash(s.whole, label_of(folded, g)):
            continue  # (年初有职工400人，年末…，占年末职工总数的: the other end of the year is no whole named)
        if (s.total is not None and _PLAN_WORD.search(_clause_text(folded, g))
                and not _PLAN_WORD.search(_clause_text(folded, s.total)) and not _PLAN_WORD.search(_clause_text(folded, part))):
            continue  # (计划投资505.2亿元。…完成投资512.6亿元，其中产业项目186.4亿元，占36.9%: the plan is no whole of what was done)
        if (g.sent == part.sent and g.kind == "count" and g.exact and g.value >= part.value) or (
                g.kind != "count" and same_unit(g, part) and not is_change(folded, g)) or (
                g.kind == "count" and g.exact and g.value >= part.value and same_unit(g, part) and s.total is not None
                and s.total.start < paragraph_start(folded, part.start) <= g.start):
            # (收到提案412件…。376件立案提案已全部办复…。满意的提案372件，满意率98.9%: a count of the same things in the
            # rate's own paragraph, where the whole was taken from another)
            iv = share_interval(part, g, [])
            if iv is not None and iv.overlaps(want):
                return g
    return None


_YARDSTICK_LEAD = re.compile(r"[，,](?:为|是|相当于|达到|达)[^，,；;。！？\d%]{1,12}")


def _base_of_total(folded: str, total: Fig, g: Fig) -> bool:
    """收入决算数8.46亿元，为调整预算8.2亿元的103.2%: a figure stated right after the total as the yardstick the total is
    a percent of (a budget, last year's level) is another measure of the total, never a whole of the total's parts."""
    return (g.sent == total.sent and g.start > total.end and bool(_YARDSTICK_LEAD.fullmatch(folded, total.end, g.start))
            and folded[g.end:g.end + 1] == "的" and folded[g.end + 1:g.end + 2].isdigit())


def _combined_restated(folded: str, figs: list[Fig], shares: list[Share], f: Fig) -> Share | None:
    """…经济建设方面168件，占37.2%；科教文卫方面121件，占26.8%…。经济建设和科教文卫两方面合计289件，超过一半: a
    fraction right after a sum of named items (no 占) is their combined share of the whole each item's own share was
    of. A weak pairing: reported only when it holds."""
    i = next((k for k, g in enumerate(figs) if g is f), 0)
    q = figs[i - 1] if i > 0 else None
    if q is None or q.sent != f.sent or not q.quantity or not _re.fullmatch(r"[，,]\s*(?:即|约|达)?", folded[q.end:f.start]):
        return None
    found = _named_items_whole(folded, shares, q)
    return Share(f, part=q, total=found[0], weak=True) if found else None


def _named_items_whole(folded: str, shares: list[Share], q: Fig) -> tuple[Fig, list[Fig]] | None:
    """经济类和社会类提案合计210件: a sum of items named before 合计, each stated earlier (its sentence or the one before)
    with its own share of one whole → (that whole, the items). Names match their items by two characters in a row."""
    lab = label_of(folded, q)
    m = _SUM_WORD.search(lab)
    if not m:
        return None
    names = [n for n in _re.split(r"和|、|及|与|以及", lab[:m.start()]) if len(n) >= 2]
    if not 2 <= len(names) <= 4:
        return None
    near = [t for t in shares if t.part is not None and t.total is not None and q.sent - 1 <= t.part.sent <= q.sent
            and t.part.end <= q.start and same_unit(t.part, q) and not t.extra and not t.rest]
    hits: list[Share] = []
    for name in names:
        grams = {name[k:k + 2] for k in range(len(name) - 1)}
        hit = next((t for t in near if t not in hits and any(b in item_label(folded, t.part) for b in grams)), None)
        if hit is None:
            return None
        hits.append(hit)
    total = hits[0].total
    if any(t.total is not total for t in hits) or _smaller(total, q):
        return None
    return total, [t.part for t in hits]


_PERIOD_END = re.compile(r"年末|年底|期末")
_PERIOD_START = re.compile(r"年初|期初|上年|去年")


def _period_clash(whole: str, label: str) -> bool:
    """Does the whole name one end of the period (年末职工总数) and the figure's label only the other (年初有职工)?"""
    return any(a.search(whole) and b.search(label) and not a.search(label)
               for a, b in ((_PERIOD_END, _PERIOD_START), (_PERIOD_START, _PERIOD_END)))


def _other_whole(doc, figs: list[Fig], s: Share) -> Fig | None:
    """Before calling a share of a named whole wrong: another figure of the same unit, stated nearby (its own
    sentence or the two before it) and not smaller than the part, that gives the stated share (the nearest)."""
    folded = doc.folded
    want = _pct(s.pct)
    if want is None:
        return None
    noun = _whole_noun(s.whole)
    named_total = bool(noun) and _names(noun, folded, s.total) and _taken_from(folded, s.total, s.part)
    found = None
    named = 0
    for g in figs:
        if g.start >= s.part.start:
            break
        if (g is s.total or g.sent < s.part.sent - 2 or not counts_into(g, s.part) or is_reference(folded, g)
                or _smaller(g, s.part) or g in s.parts or _peer_in_list(folded, g, s.part)):
            continue
        if _period_clash(s.whole, label_of(folded, g)):
            continue  # 年初有职工400人，年末有职工420人…占年末职工总数的: not the whole of the other end of the year
        if named_total and not _names(noun, folded, g):
            # 服务8600人次…，培训农民5200人次，其中女性1430人次，占培训总人次的16.6%: the whole the share names (培训) is
            # the figure so labelled, fit or not — fitting may choose only among figures the name does not rule out
            continue
        named += named_total
        got = share_interval(s.part, g, s.extra)
        if got is not None and got.overlaps(want):
            found = g
    if named_total and not named:
        s.firm = True  # the one figure the name fits: a wrong share of it is called, whatever else would fit
    return found


# 占到位资金的 ← 实际到位1,180万元: a whole named as an act and the money it moved, the figure labelled with the act
_MONEY_NOUN = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:资金|经费|金额|款项)$")


def _act_named(core: str, label: str, g: Fig) -> bool:
    """Does a money figure's label end with the act a whole is named by (到位 of 到位资金)?"""
    m = _MONEY_NOUN.search(core) if g.kind == "money" else None
    return m is not None and label.endswith(core[:m.start()])


def _names(noun: str, folded: str, g: Fig) -> bool:
    """Does g's clause name the whole's noun (in full, or as the act of an act + 资金 name)?"""
    label = _clause_text(folded, g)
    return noun in label or _act_named(noun, label, g)


def _taken_from(folded: str, g: Fig, part: Fig) -> bool:
    """培训农民5200人次，其中女性1430人次: the part is taken (其中) from g in g's own sentence."""
    return g.sent == part.sent and g.end <= part.start and "其中" in folded[g.end:part.start] and not _re.search(
        r"[；;。]", folded[g.end:part.start])


_WHOLE_SCOPE_HEAD = re.compile(r"^(?:全部|所有|全体|全市|全县|全区|全省|全镇|全乡|全旗|全年|本年|当年|今年)+")


def _whole_noun(whole: str) -> str:
    """占培训总人次的 → 培训, 占全部窗口的 → 窗口: the noun a named whole's figure carries in its label ('' when the
    name is too short or generic to tell figures apart)."""
    if not whole:
        return ""
    core = _WHOLE_MEASURE_TAIL2.sub("", _WHOLE_MEASURE_TAIL.sub("", whole))
    core = _WHOLE_SCOPE_HEAD.sub("", core)
    core = core[1:] if core[:1] == "总" else core  # 占总支出的 → 支出 (全年支出合计958.2万元, not 收入合计)
    return core if len(core) >= 2 and core not in _GENERIC_WHOLE and _re.fullmatch(r"[\u4e00-\u9fff]+", core) else ""


def _rest_interval(s: Share) -> Interval | None:
    """(whole − part) / whole, in percent."""
    t = _sh_niv(s.total)
    r = t - _sh_niv(s.part)
    if not (r.bounded and t.bounded) or t.contains(Decimal(0)):
        return None
    return (r / t).scale(HUNDRED)


def _stated_pct(s: Share) -> Decimal:
    """The share's stated percent as a number (0 when it has no bounded value: such a group is never summed)."""
    iv = _pct(s.pct)
    return _mid(iv) if iv is not None and iv.bounded else Decimal(0)


def _mid(iv: Interval) -> Decimal:
    return (iv.low + iv.high) / 2


def _share_cause(s: Share, got: Interval, d: int) -> str:
    """Why a share is off: forced to make the shares sum to 100, rounded up, or truncated."""
    stated_v = s.pct.value if s.pct.kind == "percent" else None
    if stated_v is None:
        return ""
    group = [s] + s.siblings
    if len(group) >= 2 and all(t.pct.kind == "percent" for t in group):
        total_stated = sum(t.pct.value for t in group)
        fair = []
        for t in group:
            iv = share_interval(t.part, t.total)
            fair.append(_rounded(_mid(iv), _pct_decimals(t.pct)) if iv is not None and iv.bounded else None)
        if total_stated == HUNDRED and None not in fair and sum(fair) != HUNDRED:
            return "shares forced to sum to 100"
    q = Decimal(1).scaleb(-d)
    if s.part is not None and s.total is not None and got.bounded and \
            ("万" in (s.part.unit or "")) != ("万" in (s.total.unit or "")):
        # 电商扶持资金960元，占扶持资金总额（2380万元）的40.3%: the part written in 元 for 万元 (or back)
        for k in (Decimal(10000), Decimal("0.0001")):
            g2 = got.scale(k)
            if g2.low - q / 2 <= stated_v <= g2.high + q / 2:
                return "万 and 元 mixed up"
    return rounding_cause(got, stated_v, d)


# ---------------------------------------------------------------- percent_sum
_EXHAUSTIVE = re.compile(r"其他|其它|其余|剩余|以外")
# 投入、过程、产出、效益四类指标，权重分别为…: the weights of a scoring scheme, all of them, make up its whole
_WEIGHTS_LISTED = re.compile(r"(?P<n>[两二三四五六七八九十]|\d{1,2})(?:类|项|个方面|部分)[^，,；;。]{0,12}[，,]?[^，,；;。]{0,6}权重(?:分别|依次)(?:为|是)?$")


def _weights_all_listed(labels: str, k: int) -> bool:
    """投入、过程、产出、效益四类指标，权重分别为…: weights of a count of classes, as many as listed — all the weights."""
    m = _WEIGHTS_LISTED.search(_re.sub(r"\d[\d.]*[%％][、和及]?", "", labels))
    n = parse_number(m.group("n")) if m else None
    return bool(n and n[0] == k)
# 业务收入由药品、医疗服务、检查化验三部分构成，分别占…: the whole said to be made of the parts named
_MADE_OF = re.compile(r"由(?P<names>[^，,；;。由]{2,40}?)(?:(?P<n>[两二三四五六七八九十]|\d{1,2})(?:个)?(?:部分|类|项|块|方面|种))?(?:构成|组成)[，,]")


def _made_of(labels: str, k: int) -> bool:
    """Does the text before the shares say the whole is made of k parts, named (由A、B和C三部分构成，分别占…)?"""
    m = _MADE_OF.search(labels)
    if m is None or not _re.match(r"[，,]?(?:分别|依次)?(?:占|为|是)(?:比|比重)?(?:为|是)?\d", labels[m.end():]) \
            or m.group("names").endswith("等"):  # (…分别占全省同类贸易的…: shares of another whole)
        return False  # (由A、B、C等构成: an open list)
    names = [x for x in _re.split(r"、|和|及|与|以及", m.group("names")) if x]
    n = parse_number(m.group("n")) if m.group("n") else None
    return len(names) == k and (n is None or n[0] == k)
_CLASSIFIED = re.compile(r"(?:从|按|分)[\u4e00-\u9fff]{1,8}(?:看|分|来看|划分)[，,：:]")
# (按支出功能分类，…: a classification too — its classes cannot pass 100, though the main ones alone fall short of it)
_CLASSIFIED_ANY = re.compile(r"(?:从|按|分)[\u4e00-\u9fff]{1,8}(?:看|分|来看|划分|分类)[，,：:]")
# 支出结构中，… / 患者构成：…: the parts of a structure exclude each other (they may leave some out)
_STRUCTURE_LEAD = re.compile(r"[\u4e00-\u9fff]{1,8}(?:结构|构成)(?:情况)?(?:中|上|方面|为|是)?[，,：:]")
# 统筹基金支出中，A、B和C分别占…: an amount (money spent, taken in, invested) split by use — a yuan is spent once
# (…分别占68.4%、22.7%和9.8%: the shares bare after 分别占 — not 分别占年初预算的…, 分别占全市同类支出的…, of other wholes)
_BARE_RESPECTIVE = re.compile(r"分别占(?:比|比重)?(?:为|是|达)?$")
# (资金投向上，A、B和C分别占…: the amount's uses named as the frame)
_AMOUNT_AMONG = re.compile(r"[\u4e00-\u9fff]{0,10}(?:支出|收入|资金|投资|费用|经费|总额|金额)(?:中|(?:投向|用途|流向)上)[，,]")


# 对问题资金按性质划分，… : a classification announced after the thing classified
_CLASSIFIED_LEAD = re.compile(r"(?:对[^，,；;。\d%]{1,10}?)?" + _CLASSIFIED.pattern)
# …占21.7%；其余为住房保障等方面。: a rest named after the last share, with no share of its own
_REST_AFTER = re.compile(r"[^。！？!?\n\d%]*?[，,；;](?:其余|其他|其它|剩余)[^。！？!?\n\d%]*(?:[。！？!?\n]|$)")
_SUM_AFTER = re.compile(r"合计|共计|总计|累计|共|合")
# 资金来源中，… / 资金来源中中央、省级和县级资金分别占…: the sources a list of shares names (like 从资金来源看，)
# 按资金来源，… / 按行业，…: 按 and the kind of classification, the 分/看 left out
# 按照能力评估结果，… / 按考核等级，…: the outcome of an assessment each member has one of
_BY_KIND_LEAD = re.compile(r"(?:对[^，,；;。\d%]{1,10}?)?按(?:照)?(?:(?:[\u4e00-\u9fff]{0,4}?)(?:来源|类型|类别|性质|行业|渠道|领域|性别|"
                           r"年龄|学历|区域|地区|用途|内容|层级|级别|规模|产业|方式|品种|门类)|[\u4e00-\u9fff]{0,8}?"
                           r"(?:评估|评定|考核|评价|测评)(?:结果|等级))[，,：:]")
_SOURCE_LEAD = re.compile(r"[\u4e00-\u9fff]{1,6}来源(?:中|上|方面|看)[，,：:]?(?=[\u4e00-\u9fff])")


_SUBJECT_CLASSIFIED = re.compile(r"[\u4e00-\u9fff]{2,8}?(?<![以依])(?:按|从)(?:照)?[\u4e00-\u9fff]{1,8}(?:看|分|来看|划分)[，,：:]")


def _classified(folded: str, sent_start: int, first: int) -> bool:
    """Does a classification lead (按渠道分，/ 从资金来源看，/ 资金来源中) announce the list of shares starting at
    `first`: at the head of the sentence, or as the clause just before the list's own (全年受理信访事项215件，按渠道分，
    来信占31%…), or heading the list's clause itself (…，资金来源中中央…分别占…)?"""
    if _CLASSIFIED_LEAD.match(folded, sent_start, first) or _BY_KIND_LEAD.match(folded, sent_start, first):
        return True
    if (m := _SUBJECT_CLASSIFIED.match(folded, sent_start, first)) and m.end() == clause_start(folded, first):
        return True  # 整改措施按完成时限分，A类占…: the things classified named before the cut
    c0 = clause_start(folded, first)
    if c0 > sent_start and _SOURCE_LEAD.match(folded, c0, first):
        return True
    if c0 - 1 <= sent_start:
        return bool(_SOURCE_LEAD.match(folded, sent_start, first))
    prev = clause_start(folded, c0 - 1)
    return prev >= sent_start and bool(_CLASSIFIED_LEAD.fullmatch(folded, prev, c0) or _BY_KIND_LEAD.fullmatch(folded, prev, c0))
# 第一产业 / 二产 / 第三产业: the three industries between them make up every whole they split (就业人员, 增加值)
_INDUSTRY = re.compile(r"(?:第|[，,、；;])?([一二三])(?:产业|产)")
_INDUSTRIES_LISTED = re.compile(r"(?:第一|一)[、，,和]?(?:第?二)[、，,和及]?(?:第?三)(?:产业|产)|三次产业|一二三产")


def _three_industries(folded: str, group: list[Share]) -> bool:
    """第一产业占8.2%，第二产业占35.6%，第三产业占56.2% / 第一、二、三产业…分别占…: three shares, one for each of
    the three industries → a complete split, their sum is 100 (not rates, which are of each industry's own base)."""
    if len(group) != 3 or any(s.rate for s in group):
        return False
    if len({s.list_id for s in group}) == 1:
        return bool(_INDUSTRIES_LISTED.search(_clause_text(folded, group[0].pct)))
    named = []
    for s in group:
        hits = {m.group(1) for m in _INDUSTRY.finditer(_clause_text(folded, s.pct))}
        if len(hits) != 1:
            return False
        named.append(hits.pop())
    return sorted(named) == ["一", "三", "二"] and named == ["一", "二", "三"]


_ABC_CLASS = re.compile(r"([ABCD])类")


def _abc_classes(folded: str, group: list[Share]) -> bool:
    """…的（A类）占60%，…的（B类）占27%，…的（C类）占9%: one share for each of the classes A, B, C (the grading of
    answers to proposals, of risks, of firms), in order and nothing else → a complete split (a D class would be named)."""
    if len(group) < 3 or any(s.rate for s in group) or len({s.list_id for s in group}) != len(group):
        return False
    named = []
    for s in group:
        hits = _ABC_CLASS.findall(_clause_text(folded, s.pct))
        if len(hits) != 1:
            return False
        named.append(hits[0])
    return named == list("ABCD"[:len(group)])


# 10万元以上 / 5万至10万元 / 5万元以下: brackets of one measure, open at both ends, that between them cover its range
_OPEN_HIGH = re.compile(r"(\d+(?:\.\d+)?)[^\d%，,；;。]{0,4}?(?:及以上|以上|以外)|(?:超过|高于|大于)(\d+(?:\.\d+)?)")
_OPEN_LOW = re.compile(r"(\d+(?:\.\d+)?)[^\d%，,；;。]{0,4}?(?:及以下|以下|以内)|(?:不足|未满|不到|低于|小于)(\d+(?:\.\d+)?)")
_BRACKET = re.compile(r"(\d+(?:\.\d+)?)[^\d%，,；;。]{0,4}?(?:至|到|－|-|—|～|~)(\d+(?:\.\d+)?)")


def _brackets_cover(folded: str, group: list[Share]) -> bool:
    """35岁以下的占28%，36至45岁的占40%，46岁及以上的占27%: three or more shares of brackets of one measure — one open
    upward, one open downward, the rest closed ranges, their bounds chained (an integer bound may step by one) →
    between them every member is counted once, the shares must add up to 100."""
    if len(group) < 3 or any(s.rate or s.whole or s.weak for s in group):
        return False
    told = folded[clause_start(folded, group[0].pct.start):group[-1].pct.start]
    if not ("以上" in told or "超过" in told or "高于" in told or "大于" in told):
        return False
    names = _item_names(folded, group)
    if len({s.list_id for s in group}) == 1:  # (A、B及以上的分别占…: 及以上 is no joint)
        m = _re.search(r"([^，,；;。：:]+?)(?:的)?(?:分别|依次|各)", _clause_text(folded, group[0].pct))
        names = [n for n in _re.split(r"[、和与]|及(?!以[上下])", m.group(1)) if n] if m else []
    if len(names) != len(group):
        return False
    high = low = None
    ranges = []
    for n in names:
        hits = [(rx, m) for rx in (_BRACKET, _OPEN_HIGH, _OPEN_LOW) for m in [rx.search(n)] if m]
        if len(hits) != 1:
            return False
        rx, m = hits[0]
        nums = [Decimal(x) for x in m.groups() if x]
        if rx is _BRACKET:
            ranges.append((nums[0], nums[1]))
        elif rx is _OPEN_HIGH and high is None:
            high = nums[0]
        elif rx is _OPEN_LOW and low is None:
            low = nums[0]
        else:
            return False
    if high is None or not ranges or (low is None and min(ranges)[0] != 0):
        return False  # (0-14岁 / 15-59岁 / 60岁及以上: the lowest bracket may start at 0 instead of being open)
    bound = low if low is not None else Decimal(0)
    for a, b in sorted(ranges):
        if not (Decimal(0) <= a - bound <= 1) or b <= a:
            return False
        bound = b
    return Decimal(0) <= high - bound <= 1


# 满意 / 基本满意 / 不满意, 称职 / 基本称职 / 不称职, 优秀 / 良好 / 合格 / 不合格: the grades of one scale, its top and
# its bottom (不…) both named
_GRADE_NAME = re.compile(r"^(?:其中|而|另有|此外)?(?:[\u4e00-\u9fff]{0,10}?(?:为|是|表示|评为|评定为|认为|选择|选)|"
                         r"[\u4e00-\u9fff]{0,8}?对[\u4e00-\u9fff]{1,10}?)?[“\"]?"
                         r"((?:非常|比较|较为|较|基本|不)?(?:满意|合格|称职|达标|优秀|良好|较好|一般|较差|差))[”\"]?(?:的)?"
                         r"(?:[\u4e00-\u9fff]{0,4})?$")


def _grades_cover(folded: str, group: list[Share]) -> bool:
    """满意的占85.2%，基本满意的占10.6%，不满意的占2.2%: three or more shares, each a grade of one scale, both its top
    (满意) and its bottom (不满意) among them → every one graded falls in one of them, the shares add up to 100."""
    if len(group) < 3 or any(s.rate or s.whole or s.weak for s in group):
        return False
    if "不" not in folded[clause_start(folded, group[0].pct.start):group[-1].pct.start]:
        return False
    names = _item_names(folded, group)
    if len(names) == 1 and len(group) > 1:
        names = [n for n in _re.split(r"[”\"]\s*[“\"]", names[0]) if n]  # “满意”“基本满意”“不满意”的: quoted one after another
    if len(names) != len(group):
        return False
    grades = []
    for n in names:
        m = _GRADE_NAME.match(n)
        if m is None:
            return False
        grades.append(m.group(1))
    if len(set(grades)) != len(grades):
        return False
    low = [g[1:] for g in grades if g.startswith("不")]
    return len(low) == 1 and (low[0] in grades or (low[0] == "合格" and "优秀" in grades))


_BRACKETED_SUB = re.compile(r"[（(](?:其中|内含|含)[^（()）]*$")
# 特别是 / 尤其是 opening a share's clause: one part of the item before singled out, no item of the list
_SINGLED_OUT = re.compile(r"\s*(?:特别是|尤其是)")
_SUB_SHARE = re.compile(r"(?:其中|内含|[\u4e00-\u9fff]{1,8}?中[，,])")


# 从信访领域看，主要集中在A、B…等领域，分别占…: the classification names only its main classes — no complete list
_SOME_NAMED = re.compile(r"主要(?:集中在|集中于|分布在|涉及|有|是|为|包括)|等(?:领域|方面|行业|类别|类型|问题|部门|地区)")


def percent_sum(doc, figures) -> list[dict]:
    """Shares of one whole listed together → their sum against 100, within the rounding they use."""
    figs = figs_of(doc, figures)
    folded = doc.folded
    shares = find_shares(doc, figs)
    groups: dict[tuple, list[Share]] = {}
    out = []
    lead: tuple | None = None
    held: tuple | None = None  # the last share's key whose part and total were found (its sentence's list)
    sub = -2  # the sentence whose later shares split an item of its list (其中…)
    by_total: dict[int, tuple] = {}  # a whole's start → the key of the list of its shares begun first
    followed: set[tuple] = set()
    followers: dict[tuple, list[Share]] = {}
    prev_share: Share | None = None  # (the share read before, for 特别是)
    for s in shares:
        if s.subtotal:
            row = _subtotal_row(doc, folded, figs, s)
            if row:
                out.append(row)
            continue
        if s.part is not None and s.total is not None and not s.rate and _SUM_WORD.search(s.stem):
            items = _items_of_group(shares, s)
            if items:
                # 三大产业产值271.3亿元，其中A…、B…、C…，分别占…的32.7%、22.9%和14.5%，三大产业合计占…的72.4%
                row = _subtotal_row(doc, folded, figs, s, items)
                if row:
                    out.append(row)
                continue
        # (两项合计占…: the count of the items named is no part)
        if (s.part is None or _SUM_AFTER.match(folded[s.part.end:s.part.end + 2])) \
                and not s.rate and _SUM_WORD.search(s.stem):
            items = _named_shares(folded, shares, s) or _list_just_before(folded, shares, s)
            if items:
                row = _subtotal_row(doc, folded, figs, s, items)
                if row:
                    out.append(row)
                continue
        if s.extra or s.rest or s.pct.kind not in ("percent", "fraction") or (s.rate and (s.part is None or s.total is None)):
            continue
        if ("（" in s.stem or "(" in s.stem) and _BRACKETED_SUB.search(folded, clause_start(folded, s.pct.start), s.pct.start):
            continue  # …60岁及以上人口占21.9%（其中65岁及以上人口占16.1%）: a share within the item before, no item
        before, prev_share = prev_share, s
        if before is not None and before.pct.sent == s.pct.sent and None not in (before.pct.value, s.pct.value) \
                and s.pct.value < before.pct.value and _SINGLED_OUT.match(folded, clause_start(folded, s.pct.start)):
            # 采矿业占比达62.3%，…，特别是煤炭开采业占比为58.1%；制造业…: a share within the item before (smaller than it;
            # 第二产业占45.1%，特别是第三产业占48.7% is an item of its own)
            continue
        key = (s.pct.sent, s.total.start if s.total is not None else None, s.whole)
        if s.total is not None and (k0 := by_total.get(s.total.start)) is not None and k0[0] < s.pct.sent \
                and _continues_list(doc, folded, s.pct.sent):
            key = k0  # 其中，A 144件，占60%。B 72件，占30%。: one list over its item sentences
        elif s.total is not None:
            by_total[s.total.start] = key
        if s.total is None and not s.weak:
            if s.whole:
                lead = key
            elif _SUB_SHARE.match(ctext := _clause_text(folded, s.pct)):
                lead = held = None  # (其中出口占60%，进口占40%: shares of the share's own group, from here on)
                if "%" not in ctext and any(t.pct.sent == s.pct.sent and t.list_id != s.list_id for t in groups.get(key, [])):
                    # 0-14岁人口占15.2%，…60岁及以上人口占20.9%，其中65岁及以上人口占14.6%: 其中 after items of the
                    # list opens a split of the item before — its shares are no items of the list
                    sub = s.pct.sent
                    key = (key[0], key[1], "\0sub")  # (no whole name: a key of its own)
            elif sub == s.pct.sent:
                key = (key[0], key[1], "\0sub")
            elif lead is not None and lead[0] == s.pct.sent:
                # 工业投资占固定资产投资的38.5%，基础设施投资占27.3%，…其他投资占12.8%: shares listed after one of a
                # named whole, naming none, may be of that whole too (settled below)
                followers.setdefault(lead, []).append(s)
                continue
            elif held is not None and held[0] == s.pct.sent and not s.rate:
                # 其中A 96件，占40%；B占30%；其余占25%: shares listed after ones whose whole was found, naming none, are
                # of that whole too when they bring the list nearer 100 (settled below, like the above)
                followers.setdefault(held, []).append(s)
                continue
        elif s.total is not None and not s.weak and not s.rate and not s.whole and s.part is not None:
            held = key
        groups.setdefault(key, []).append(s)
    colon = "：" in folded or ":" in folded
    if colon and ("构" in folded or "结" in folded) and ("构成" in folded or "结构" in folded):
        for key, group in _structure_lists(doc, folded, figs, shares).items():
            groups[key] = group
    if (colon or "∶" in folded) and "产" in folded and _digit_colon_digit(folded):
        out.extend(_industry_ratios(folded, figs))
    if "产" in folded and "%、" in folded:
        out.extend(_industry_pct_lists(folded, figs))
    for lead_key, follow in followers.items():
        # of the named whole when with its shares they come nearer 100 than alone (在校生占全县人口的15%，初中学生
        # 占30%，小学生占50%，其他占20%: the later ones are of the 在校生)
        own = (lead_key[0], None, "")
        alone = abs(sum(map(_stated_pct, follow)) - HUNDRED)
        joined = abs(sum(map(_stated_pct, groups.get(lead_key, []) + follow)) - HUNDRED)
        key = lead_key if joined < alone else own
        if key == lead_key:
            followed.add(key)
        groups[key] = sorted(groups.get(key, []) + follow, key=lambda t: t.pct.start)
    for (sent, total_start, whole), group in groups.items():
        plain = [s for s in group if not s.rate]
        if 2 <= len(plain) < len(group) and len({s.list_id for s in plain}) == 1:
            # 分别占37.0%、29.6%…；调处成功209起，成功率96.8%: a rate of the same whole stated after one list of
            # shares is no item of that list
            group = plain
        if len(group) < 2:
            continue
        if any(s.rate for s in group) and not _parts_exhaust(group):
            continue  # 满意率85.7%、基本满意率14.3% of 21件 (18 + 3): rates of one whole that its parts make up
        # one cue per share or one list: shares announced by different wholes are not one split
        ivs = [_pct(s.pct) for s in group]
        if any(iv is None or not iv.bounded for iv in ivs):
            continue  # 近七成, 60%以上: a one-sided share cannot be summed
        total = ivs[0]
        for iv in ivs[1:]:
            total = total + iv
        stated_sum = sum((s.pct.value if s.pct.kind == "percent" else _mid(_pct(s.pct))) for s in group)
        ok = total.contains(HUNDRED)
        labels = folded[doc.sentences[sent].start:group[-1].pct.start] if sent >= 0 else ""
        classified = sent >= 0 and _classified(folded, doc.sentences[sent].start, group[0].pct.start) \
            and not _SOME_NAMED.search(folded, doc.sentences[sent].start, group[0].pct.start)
        parts_exhaust = _parts_exhaust(group) or _sure_split(doc, figs, group)
        # 其他/其余 closes the list; 按套数分/从类型看 announces a complete classification
        # (…A类68件，占44.7%；B类59件，占38.8%；C类23件。: a complete list whose last item has no share of its own)
        closed = _closed_list(doc, folded, group) if not ok else ""
        # (A、B和C分别占35%、8%和7%: a rest larger than half the smallest class named may be classes left out — not
        # one share wrong in a complete list, as 42.5%、31.0%和24.0% are)
        exhaustive = closed == "count" or (closed == "names" and len(group) >= 3 and total.high is not None
                                           and 0 < 2 * (HUNDRED - total.high) < min(iv.low for iv in ivs)) or bool(
            _EXHAUSTIVE.search(labels) or classified) and not _unshared_parts(
            folded, figs, group) and not _unshared_items(doc, folded, sent, group) or parts_exhaust or _complementary(group) \
            or (sent >= 0 and _fused_whole(folded, doc.sentences[sent].start, group)) \
            or _three_industries(folded, group) or _abc_classes(folded, group) or _made_of(labels, len(group)) \
            or _weights_all_listed(labels, len(group)) or (not ok and (
                _brackets_cover(folded, group) or _grades_cover(folded, group)))
        # over 100 proves an error only for one list of shares of one whole (分别占a、b和c), not for rates listed
        # together (报销比例分别达到85.2%和70.1%) or shares of overlapping groups stated one by one
        one_list = len({s.list_id for s in group}) == 1 and not _re.search(
            r"比例(?:分别|依次)?(?:为|是|达到|达|约为|约)?$", folded[clause_start(folded, group[0].pct.start):group[0].pct.start])
        over = one_list and total.low is not None and total.low > HUNDRED and (_parallel_names(
            folded[clause_start(folded, group[0].pct.start):group[0].pct.start], len(group))
            or _exclusive_names(doc, figs, sent, group))
        # (种粮户、养殖户和务工户分别占60%、30%和40%: names alone, their excess as large as half a class — groups that
        # overlap, not one share slipped)
        # (按支出功能分类，财政拨款支出中A支出、B和C支出、D支出分别占…: the classes of one classification, each named
        # with the whole's head noun, cannot pass 100 — though a name holds a 和)
        over = over or (one_list and sent >= 0 and total.low is not None and total.low > HUNDRED
                        and _CLASSIFIED_ANY.search(folded, doc.sentences[sent].start, group[0].pct.start) is not None
                        and _headed_class_names(folded, group))
        over = over or (bool(closed) and total.low is not None and total.low > HUNDRED and (
            closed == "count" or 2 * (total.low - HUNDRED) < min(iv.low for iv in ivs) or total.low - HUNDRED < 2))
        if not over and total.low is not None and total.low > HUNDRED and not any(s.part is not None for s in group):
            # 门诊患者占91.5%，急诊患者占10.5%: groups on the sides of one attribute exclude each other; so do the
            # items of a structure (支出结构中，A、B和C分别占…) unless they are of two kinds of attribute
            over = _one_cut(folded, group) or (bool(_STRUCTURE_LEAD.match(labels) or (
                _AMOUNT_AMONG.match(labels) and len(group) >= 3
                and _BARE_RESPECTIVE.search(folded, max(0, group[0].pct.start - 6), group[0].pct.start)))
                and not _cross_cut(folded, group) and len({s.list_id for s in group}) in (1, len(group)))
        if not ok and not exhaustive and not over:
            continue  # a partial list of shares need not add up to 100
        if not ok and total.high is not None and total.high < HUNDRED and _REST_AFTER.match(
                folded, group[-1].pct.end, clause_end(folded, group[-1].pct.end, "。！？!?\n") + 1):
            continue  # …物业管理类9件，占21.7%；其余为住房保障等方面: the rest, named without a share, is left out
        if not ok and (sent, total_start, whole) in followed and not (_EXHAUSTIVE.search(labels) or parts_exhaust
                                                                     or _three_industries(folded, group)):
            continue  # shares joined to a named whole's by position alone: wrong only when the list is closed (其他…)
        if not ok and any(sum(_re.search(w, n) is not None for n in _item_names(folded, group)) >= 2
                          for w in (r"以下|以内|不足|未满", r"以上|及以上|超过")):
            continue  # 35岁以下占45%，45岁以下占80%: thresholds one way nest, the groups are no partition
        if not ok and _cross_cut(folded, group):
            continue  # 从人员构成看，女性党员占40%，少数民族党员占70%: attributes of two kinds overlap, no partition
        if not ok and total.low is not None and total.low > HUNDRED and all(
                _TOPIC_ITEM.search(n) for n in _item_names(folded, group) or ["-"]):
            continue  # 按内容分，涉及城建的占40%，涉及教育的占35%…: one proposal may touch several topics
        if (not ok and classified and not _parts_exhaust(group) and not _EXHAUSTIVE.search(labels)
                and not _ALL_DONE.search(doc.sentences[sent - 1].text if sent > 0 else "")
                and total.high is not None and total.high < HUNDRED
                and (_each_share_fits(group) or (len(group) == 2 and not any(s.part is not None for s in group)
                                                 and not _complementary(group)))
                and 2 * (HUNDRED - total.high) >= min(iv.low for iv in ivs)):
            # 从反映问题看，城乡建设类占30.0%；劳动社保类占20.0%；…占15.0%: the main classes, each share right, none 其他,
            # and a rest (35%) at least half the smallest listed class — not one class missing from a complete list
            # (…占14.7%, summing to 98.4%)
            continue
        if not ok and any(s.weak for s in group):
            continue
        d = max(_pct_decimals(s.pct) for s in group)
        plus = " + ".join(s.pct.text for s in group)
        computed = f"{plus} = {fmt(stated_sum)}%; {len(group)} shares so rounded may sum to {fmt_interval(total, d + 1, '%')}"
        start, end = span_of([s.pct for s in group])
        start = min(start, min(s.part.start for s in group if s.part is not None) if any(s.part for s in group) else start)
        start = min(start, clause_start(folded, group[0].pct.start))  # 比重依次为15.2%、…: the cue the list follows
        if classified:
            start = min(start, doc.sentences[sent].start)  # 按信访内容分，…: the classification the list follows
        ids = [s.pct for s in group]
        said = _stated_hundred(doc, folded, figs, group)
        if said is not None:
            # (…和36.2%，三者占比之和为百分之百: the sum the text itself states, marked with the list)
            end = max(end, said.end)
            ids.append(said)
        if ok:
            verdict, cause = schema.CONSISTENT, ""
            en = f"The {len(group)} shares add up to {fmt(stated_sum)}%, which is 100% within their rounding."
            zh = f"{len(group)}个占比合计{fmt(stated_sum)}%，在舍入误差内等于100%。"
        else:
            verdict, cause = schema.INCONSISTENT, "shares do not add up to 100"
            en = (f"The shares of one whole add up to {fmt(stated_sum)}%, which rounding alone cannot explain "
                  f"(they may sum to {fmt_interval(total, d + 1, '%')}); a share is wrong or a category is missing.")
            zh = f"同一总体的各部分占比合计{fmt(stated_sum)}%，舍入误差无法解释，应核对各项占比。"
        out.append(result("percent_sum", verdict, ids, start, end, plus, computed, en, zh, cause))
    return out


# 一产、二产、三产占比之和为百分之百: the sum of the listed shares, stated
_SUM_WORDS = ("之和", "总和", "合计", "共计", "总计", "加总", "相加")
_STATED_SUM = re.compile(r"(?:之和|总和|合计|共计|总计|加总|相加)(?:占比)?(?:为|是|达到|达|等于)?$")


def _stated_hundred(doc, folded: str, figs: list[Fig], group: list[Share]) -> Fig | None:
    """The 100% the text states as the sum of a list of shares, right after the list (its sentence or the next)."""
    last = group[-1].pct
    tail = folded[last.end:last.end + 80]
    if not any(w in tail for w in _SUM_WORDS):
        return None
    k = bisect.bisect_right(cached(doc, "_shares_starts", figs, lambda: [g.start for g in figs]), last.start)
    for g in figs[k:k + 6]:
        if g.sent > last.sent + 1 or g.kind not in ("percent", "fraction"):
            continue
        if g.norm != 1:
            return None
        if _STATED_SUM.search(folded, clause_start(folded, g.start), g.start):
            return g
        return None
    return None


_ALL_DONE = re.compile(r"全部|均已|都已|全数")
_TOPIC_ITEM = re.compile(r"涉及|关于|有关|关系|事关|牵涉|关注")

# kinds of attribute a group of people is cut by: shares by two kinds overlap (女性 and 少数民族 are not exclusive)
_ATTRIBUTE_KINDS = [re.compile(p) for p in (
    r"男|女", r"少数民族|汉族", r"\d+岁|岁以[上下]|周岁|青年|中年|老年|年轻", r"研究生|博士|硕士|本科|大专|专科|中专|高中|初中|小学|学历|学位",
    r"党员|团员|群众|民主党派|无党派", r"高级|中级|初级|职称", r"门诊|急诊|住院",
    r"非常满意|比较满意|基本满意|较满意|不太满意|不满意|满意|一般", r"农村|城镇|城市|乡村|户籍|外来|流动", r"在职|离退休|退休|离休")]


def _cross_cut(folded: str, group: list[Share]) -> bool:
    """Do the shares name groups cut by different kinds of attribute (女性党员 / 少数民族党员; 35岁以下 / 大专以上)?
    The words the items do not share are compared: two items each of one kind only, of different kinds → overlap."""
    kinds = _attribute_kinds(folded, group)
    return kinds is not None and len(set(kinds)) > 1


def _one_cut(folded: str, group: list[Share]) -> bool:
    """Do the shares name groups of one kind of attribute only, each another side of it (门诊患者 / 急诊患者; 党员 /
    群众; 35岁以下 / 36至50岁 / 51岁以上)? Such groups exclude each other, so their shares cannot pass 100 — not for
    groups within groups (男性中…), nor two thresholds one way (本科以上 / 大专以上)."""
    if len({s.list_id for s in group}) != len(group):
        return False  # (职工医保、居民医保…支付比例分别为85.6%和70.3%: one cue for all, the names not told apart)
    if any(_re.match(r"(?:其中|内含|含)", _clause_text(folded, s.pct)) for s in group[1:]):
        return False  # (满意的占62%，其中非常满意的占40%: a group within the one before)
    names = _share_names(folded, group)
    kinds = _attribute_kinds(folded, group)
    # (男性中…: a group within a group; not the 中 of the attribute's own word, 初中生 / 高中生)
    if kinds is None or len(set(kinds)) != 1 or any("中" in _ATTRIBUTE_KINDS[kinds[0]].sub("", n) for n in names):
        return False
    sides = [m.group(0) for n in names for m in [_ATTRIBUTE_KINDS[kinds[0]].search(n)] if m]
    if len(set(sides)) != len(names):
        return False  # each group another side of the attribute (not 住院 twice)
    return sum("以上" in n for n in names) <= 1 and sum(_re.search(r"以下|以内", n) is not None for n in names) <= 1


def _share_names(folded: str, group: list[Share]) -> list[str]:
    names = []
    for s in group:
        name = _re.sub(r"(?:的)?(?:占比|所占比重|占|比重|比例)(?:为|是|达到|达|约为|约)?$", "", _clause_text(folded, s.pct))
        name = _re.sub(r"^[^：:]*[：:]", "", name)  # 患者构成：门诊患者 → 门诊患者
        names.append(_re.sub(r"^(?:其中|而|另有|此外)", "", name))
    return names


def _attribute_kinds(folded: str, group: list[Share]) -> list[int] | None:
    """The kind of attribute each share's group is named by (the head noun they all share aside); None when an item
    is of no known kind or of two."""
    names = _share_names(folded, group)
    if len(names) < 2 or any(not n for n in names):
        return None
    tail = 0  # the head noun all the items share (…党员)
    while tail < min(map(len, names)) and len({n[len(n) - tail - 1] for n in names}) == 1:
        tail += 1
    tail = max(0, min(tail, min(map(len, names)) - 2))  # (门诊患者 / 急诊患者: the head is 患者, not 诊患者)
    kinds = []
    for n in names:
        own = n[:len(n) - tail] if tail else n
        # (“基本满意”的 / “不满意”的: the shared tail 满意”的 is the attribute itself — then the whole name tells)
        k = ({i for i, rx in enumerate(_ATTRIBUTE_KINDS) if rx.search(own)}
             or {i for i, rx in enumerate(_ATTRIBUTE_KINDS) if rx.search(n)})
        if len(k) != 1:
            return None  # an item of no known kind, or of two: nothing proves an overlap
        kinds.append(k.pop())
    return kinds


def _each_share_fits(group: list[Share]) -> bool:
    """Every share of the group names its part, and each fits the whole found for it (none found: nothing says
    the shares are wrong)."""
    for s in group:
        if s.part is None or s.weak:
            return False
        if s.total is None:
            continue
        got, want = share_interval(s.part, s.total), _pct(s.pct)
        if got is None or want is None or not got.overlaps(want):
            return False
    return True


def _items_of_group(shares: list[Share], s: Share) -> list[Fig] | None:
    """A group's share with its own amount as the part (_group_of_listed) → the percents of the shares of the same
    whole stated in its sentence whose parts, stated after the group's amount, make it up."""
    items = [t for t in shares if t is not s and t.pct.sent == s.pct.sent and t.pct.end <= s.pct.start
             and t.total is s.total and t.whole == s.whole and t.part is not None and t.part.start > s.part.end
             and not t.extra and not t.rest and not t.rate and t.pct.kind == "percent"]
    if len(items) < 2 or not _adds_up(s.part, [t.part for t in items]):
        return None
    return [t.pct for t in items]


def _named_shares(folded: str, shares: list[Share], s: Share) -> list[Fig] | None:
    """经济类占40.0%，社会类占30.0%…。经济类和社会类两项合计占70.0%: the shares a combined share names (its sentence
    or the one before), each by two characters in a row of its own stem or its part's label → their percents."""
    m = _SUM_WORD.search(s.stem)
    names = [n for n in _re.split(r"和|、|及|与|以及", _re.sub(r"^(?:其中|全市|全县|全区)", "", s.stem[:m.start()])) if len(n) >= 2]
    if not 2 <= len(names) <= 4:
        return None
    near = [t for t in shares if t is not s and t.pct.kind == "percent" and s.pct.sent - 1 <= t.pct.sent <= s.pct.sent
            and t.pct.end <= s.pct.start and not t.extra and not t.subtotal]
    found: list[Share] = []
    for name in names:
        grams = {name[k:k + 2] for k in range(len(name) - 1)}
        hits = [t for t in near if t not in found and any(
            b in (t.stem + (item_label(folded, t.part) if t.part is not None else "")) for b in grams)]
        if len(hits) != 1:
            return None
        found.append(hits[0])
    if len({(t.whole, t.total.start if t.total is not None else None) for t in found}) != 1:
        return None  # shares of one whole only
    return sorted((t.pct for t in found), key=lambda g: g.start)


# …三项收入分别占21.8%、24.1%和17.9%，合计占64.8%: a bare sum word opening the clause right after one list
_BARE_SUM = re.compile(r"(?:两者|二者|三者|两项|三项|四项|以上|上述)?(?:合计|共计|总计|合共|加起来|一起|共|合)$")


def _list_just_before(folded: str, shares: list[Share], s: Share) -> list[Fig] | None:
    """A share named by a sum word alone (合计占64.8%) in the clause right after one list of shares (分别占a、b和c)
    → the list's percents, when nothing but the separator stands between them."""
    if s.part is not None or s.whole or not _BARE_SUM.fullmatch(s.stem):
        return None
    c0 = clause_start(folded, s.pct.start)
    before = [t for t in shares if t.pct.sent == s.pct.sent and t.pct.end <= c0 and not t.subtotal]
    if not before or before[-1].pct.end != c0 - 1 or not (c0 - 1 < len(folded) and folded[c0 - 1] in "，,"):
        return None
    last = before[-1]
    items = [t for t in before if t.list_id == last.list_id]
    if len(items) < 2 or any(t.rate or t.weak or t.extra for t in items):
        return None
    return [t.pct for t in items]


# 税收收入构成为：增值税45.2%，企业所得税21.7%…: a structure's items, each its name and its bare percent
_STRUCTURE_COLON = re.compile(r"(?:构成|结构)(?:情况)?(?:分别)?(?:为|是|如下)?[：:]")
_ITEM_PCT_NAME = re.compile(r"[，,、；;：:]([\u4e00-\u9fff]{2,12})(?:为|占|约)?$")
_NOT_ITEM_NAME = re.compile(r"增长|下降|增加|减少|提高|降低|完成|实现|达到|同比|比上年|率$")


def _find_all(text: str, word: str) -> list[int]:
    """Every offset of a word in the text (str.find, no regex)."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + len(word))
    return out


def _structure_lists(doc, folded: str, figs: list[Fig], shares: list[Share]) -> dict[tuple, list[Share]]:
    """Sentences announcing a structure (…构成为：) followed by two or more items named with a bare percent each,
    none a share already → {group key: the items as shares, one cue each}. (_res_structure_lists reads the other
    shape, unnamed percents joined by 、/和 right after 结构为, whose parts are quantities listed before: no list is
    both, as here each percent needs a name before it, there nothing but a joint may stand between two.)"""
    out: dict[tuple, list[Share]] = {}
    hits = [m for w in ("构成", "结构") for i in _find_all(folded, w) if (m := _STRUCTURE_COLON.match(folded, i))]
    if not hits:
        return out
    stated = {t.pct.start for t in shares}
    sents = figs_by_sentence(doc, figs)
    starts = [g.start for g in figs]
    for m in hits:
        at = m.end()
        k = bisect.bisect_left(starts, at)
        si = figs[k].sent if k < len(figs) else None
        if si is None or si < 0 or doc.sentences[si].start > m.start() or doc.sentences[si].end < at:
            continue
        items: list[Share] = []
        prev = at
        for g in sents.get(si, []):
            if g.start < at:
                continue
            name = _ITEM_PCT_NAME.search(folded, prev - 1, g.start) if g.kind == "percent" else None
            if (g.kind != "percent" or g.start in stated or g.qualifier or name is None
                    or _NOT_ITEM_NAME.search(name.group(1))):
                items = []
                break
            items.append(Share(g, stem=name.group(1), list_id=-100 - g.start))
            prev = g.end + 1
        if len(items) >= 2:
            out[(si, None, "\0structure")] = items
    return out


# 三次产业结构调整为9.1:42.0:48.9: the three industries' shares written as a ratio, in percent
_INDUSTRY_RATIO = re.compile(r"(?:三次产业|产业结构|三产结构|一二三产业?)(?:结构|比例|占比|构成)?(?:比|之比)?[^，,；;。\d%]{0,12}?"
                             r"(\d{1,2}(?:\.\d+)?)[:：∶](\d{1,2}(?:\.\d+)?)[:：∶](\d{1,2}(?:\.\d+)?)(?![\d.:：∶])")


def _digit_colon_digit(text: str) -> bool:
    """Does a colon stand between two digits anywhere (9.1:42.0)? (str.find over the few colons: cheaper than a regex
    over the text)"""
    for ch in (":", "：", "∶"):
        i = text.find(ch, 1)
        while i > 0:
            if text[i - 1].isdigit() and text[i + 1:i + 2].isdigit():
                return True
            i = text.find(ch, i + 1)
    return False


def _industry_ratios(folded: str, figs: list[Fig]) -> list[dict]:
    """三次产业结构由9.4:43.1:47.5调整为9.1:42.0:49.9 → each a:b:c against 100, within the rounding it uses."""
    out = []
    starts = [g.start for g in figs]
    for w in ("产业", "三产", "一二三"):
        for i in _find_all(folded, w):
            m = _INDUSTRY_RATIO.match(folded, max(0, i - 2)) or _INDUSTRY_RATIO.match(folded, i)
            while m is not None:
                out.append(_ratio_row(folded, figs, starts, m))
                # …由上年的a:b:c调整为d:e:f: the next ratio of the same clause
                m = _NEXT_RATIO.match(folded, m.end())
    seen, rows = set(), []
    for r in out:
        if (r["start"], r["end"]) not in seen:
            seen.add((r["start"], r["end"]))
            rows.append(r)
    return rows


# 三次产业结构为4.5%、40.0%、55.5%: the same three shares as percents, named by the structure alone (no 占/分别:
# a list of shares 分别占… is one of the lists above)
_INDUSTRY_PCTS = re.compile(r"(?:三次产业|产业结构|三产结构)(?:结构)?(?:为|是|调整为|优化为)"
                            r"(\d{1,2}(?:\.\d+)?)%[、，,](\d{1,2}(?:\.\d+)?)%[、，,和及](\d{1,2}(?:\.\d+)?)%")


def _industry_pct_lists(folded: str, figs: list[Fig]) -> list[dict]:
    """三次产业结构为4.5%、40.0%、55.5% → the three shares against 100, as a:b:c is."""
    starts = [g.start for g in figs]
    out = []
    for w in ("三次产业", "产业结构", "三产结构"):
        for i in _find_all(folded, w):
            m = _INDUSTRY_PCTS.match(folded, i)
            if m is not None and all(r["start"] != m.start() for r in out):
                row = _ratio_row(folded, figs, starts, m)
                row["start"], row["end"] = m.start(), m.end()  # (the structure named, the last share's % too)
                out.append(row)
    return out


_NEXT_RATIO = re.compile(r"[^，,；;。\d%]{1,8}?(\d{1,2}(?:\.\d+)?)[:：∶](\d{1,2}(?:\.\d+)?)[:：∶](\d{1,2}(?:\.\d+)?)(?![\d.:：∶])")


def _ratio_row(folded: str, figs: list[Fig], starts: list[int], m: re.Match) -> dict:
    nums = [Decimal(x) for x in m.groups()]
    ds = [len(x.split(".")[1]) if "." in x else 0 for x in m.groups()]
    ivs = [Interval(n - Decimal(5).scaleb(-d - 1), n + Decimal(5).scaleb(-d - 1)) for n, d in zip(nums, ds)]
    total = ivs[0] + ivs[1] + ivs[2]
    stated_sum = sum(nums)
    start, end = m.start(1), m.end(3)
    k = bisect.bisect_left(starts, start)
    ids = [g for g in figs[k:k + 3] if start <= g.start < end]
    plus = " + ".join(m.groups())
    computed = f"{plus} = {fmt(stated_sum)}; 3 shares so rounded may sum to {fmt_interval(total, max(ds) + 1, '')}"
    stated = folded[start:end]
    if total.contains(HUNDRED):
        return result("percent_sum", schema.CONSISTENT, ids, start, end, stated, computed,
                      f"The three industries' shares {stated} add up to {fmt(stated_sum)}, which is 100 within their rounding.",
                      f"三次产业比例{stated}合计{fmt(stated_sum)}，在舍入误差内等于100。")
    return result("percent_sum", schema.INCONSISTENT, ids, start, end, stated, computed,
                  f"The three industries' shares {stated} add up to {fmt(stated_sum)}, not 100; one of them is wrong.",
                  f"三次产业比例{stated}合计{fmt(stated_sum)}，不等于100，应核对。", "shares do not add up to 100")


def _subtotal_row(doc, folded: str, figs: list[Fig], s: Share, items: list[Fig] | None = None) -> dict | None:
    """以上四类合计占74.1%: the n percentages stated just before it in the sentence add up to it (or the ones it names)."""
    before = [g for g in figs if g.sent == s.pct.sent and g.end <= s.pct.start and g.kind == "percent"]
    if items is None and len(before) < s.subtotal:
        return None
    items = items or before[-s.subtotal:]
    ivs = [_pct(g) for g in items]
    want = _pct(s.pct)
    if want is None or any(iv is None or not iv.bounded for iv in ivs) or not want.bounded:
        return None
    got = ivs[0]
    for iv in ivs[1:]:
        got = got + iv
    d = max(_pct_decimals(g) for g in items + [s.pct])
    plus = " + ".join(g.text for g in items)
    stated_sum = sum(g.value for g in items)
    computed = (f"{plus} = {fmt(stated_sum)}% (may be {fmt_interval(got, d + 1, '%')} before rounding); "
                f"stated {s.pct.text} needs {fmt_interval(want, d + 1, '%')}")
    ids = items + [s.pct]
    start, end = span_of(ids)
    if got.overlaps(want):
        en = f"The {len(items)} shares listed add up to {fmt(stated_sum)}%, matching the stated subtotal {s.pct.text}."
        zh = f"所列{len(items)}项占比合计{fmt(stated_sum)}%，与所述合计{s.pct.text}相符。"
        return result("percent_sum", schema.CONSISTENT, ids, start, end, f"{plus} = {s.pct.text}", computed, en, zh)
    en = (f"The {len(items)} shares listed add up to {fmt(stated_sum)}%, not the stated subtotal {s.pct.text}; "
          f"a share or the subtotal is wrong.")
    zh = f"所列{len(items)}项占比合计{fmt(stated_sum)}%，与所述合计{s.pct.text}不符，应核对。"
    return result("percent_sum", schema.INCONSISTENT, ids, start, end, f"{plus} = {s.pct.text}", computed, en, zh,
                  "subtotal of shares does not add up")


def _unshared_items(doc, folded: str, sent: int, group: list[Share]) -> bool:
    """分领域看，工业投资增长12.3%，占…比重为36.5%；基础设施投资增长6.8%；民间投资…比重为48.2%: a ；-item of the
    classification between its shares that states no share — the shares cover only some of the classes (which may
    overlap), so their sum need not be 100."""
    if sent < 0 or not group:
        return False
    starts = sorted(s.pct.start for s in group)
    seg = starts[0]
    for m in _re.finditer(r"[；;]", folded[starts[0]:starts[-1]]):
        end = starts[0] + m.start()
        if not any(seg <= x < end for x in starts):
            return True
        seg = end + 1
    return False


def _unshared_parts(folded: str, figs: list[Fig], group: list[Share]) -> list[Fig]:
    """The items of the list that have no share of their own: quantities of the parts' unit in the sentence, after
    the first part, that are neither a part of the group nor followed by a share."""
    parts = [s.part for s in group if s.part is not None]
    if not parts:
        return []
    sent = group[0].pct.sent
    return [g for g in figs if g.sent == sent and g.start > parts[0].start and g not in parts and same_unit(g, parts[0])
            and not _is_sibling(folded, g) and not is_reference(folded, g)]


# 男性…/女性…, 城镇…/农村…: two groups that between them make up every member of one whole
_COMPLEMENTS = (("男", "女"), ("城镇", "农村"), ("城镇", "乡村"), ("城市", "农村"), ("公办", "民办"), ("境内", "境外"),
                ("省内", "省外"), ("市内", "市外"), ("县内", "县外"), ("线上", "线下"), ("初信初访", "重复信访"),
                ("初次", "重复"), ("首次", "重复"), ("轻工", "重工"))


# the three sides of one whole: where visitors come from, the three sectors
_TRIPLES = (("省内", "省外", "境外"), ("第一产业", "第二产业", "第三产业"), ("一产", "二产", "三产"))
# (not 少儿/劳动年龄/老年人口: statistics mix their bands — 15–64 with 60 and over — and need not sum to 100)
# (not 小/中/大: 大型、中型、小型企业 leave out 微型, 小学生、中学生、大学生 the others)


def _complete_set(names: list[str]) -> bool:
    """Are the names the sides of one whole, each the same words after its own side word (客车通行费 / 货车通行费,
    省内游客 / 省外游客 / 境外游客)?"""
    # (not 客运/货运: a company's income has more lines than the two)
    sets = [p for p in _COMPLEMENTS + (("客车", "货车"), ("进口", "出口")) if len(names) == 2] + \
        [t for t in _TRIPLES if len(names) == 3]
    for sides in sets:
        for order in itertools.permutations(sides):
            if all(x.startswith(p) for x, p in zip(names, order)) and \
                    len({x[len(p):] for x, p in zip(names, order)}) == 1:
                return True
    return False


_ITEM_NAME_TAIL = re.compile(r"([\u4e00-\u9fff]{2,4})$")
# the measure a list of names is counted in, written once after the last name (轻工业、重工业增加值)
_MEASURE_AFTER_NAMES = re.compile(r"(?:增加值|总产值|产值|营业收入|收入|支出|人数|人口|面积|产量|投资|用电量)$")


def _fused_whole(folded: str, sent_start: int, group: list[Share]) -> bool:
    """进出口总额…，其中出口占a%、进口占b% / 中小学生…，中学生占…，小学生占…: two shares whose names differ by one head
    character on a shared tail, after a whole named by both heads fused on that tail (进出口, 中小学) → they are the
    whole's two halves and add up to 100."""
    if len(group) != 2 or any(s.rate for s in group):
        return False
    names = []
    for s in group:
        m = _ITEM_NAME_TAIL.search(_re.sub(r"^(?:其中|而|和|及|另)", "", s.stem.rsplit("、", 1)[-1]))
        if m is None:
            return False
        names.append(m.group(1))
    a, b = names
    if len(a) != len(b) or a[0] == b[0] or a[1:] != b[1:]:
        return False
    before = folded[sent_start:clause_start(folded, group[0].pct.start)]
    # (进出口总额 / 中小学在校生4.2万人: both heads, then the tail's first character, naming a total or a count)
    return _re.search(f"(?:{a[0]}{b[0]}|{b[0]}{a[0]}){a[1]}[\u4e00-\u9fff]{{0,6}}?(?:总|\\d)", before) is not None


def _complementary(group: list[Share]) -> bool:
    """男性职工占比54%，女性职工占比46%: two shares whose names differ only by one side of a pair that splits every
    member of a whole (男/女, 城镇/农村…) and that are stated with no part counts → they add up to 100."""
    if len(group) != 2 or any(s.rate or s.part is not None for s in group):
        return False
    a, b = (_re.sub(r"^(?:其中|而|和|及|另)", "", s.stem) for s in group)
    for x, y in _COMPLEMENTS:
        for p, q in ((x, y), (y, x)):
            if a.startswith(p) and b.startswith(q) and a[len(p):] == b[len(q):] and len(a[len(p):]) <= 6 and "中" not in a:
                # (男性中吸烟者占30%，女性中吸烟者占5%: shares within each group, not a split of one whole)
                return True
    return False


def _parallel_names(cue: str, n: int = 0) -> bool:
    """国有企业、民营企业、外资企业分别占… / 中央、省、市、县四级资金分别占…: the groups a list of shares names are kinds of
    one thing (one head of two characters, or counted as the levels of one split) — not 男性、党员分别占…, groups along two dimensions, whose shares may add up to far more than 100."""
    m = _re.search(r"([^，,；;。：:]+?)(?:分别|依次|各)", cue)
    names = [n for n in _re.split(r"[、和及与]", m.group(1)) if n] if m else []
    # 中央、省、市、县四级资金分别占…: the names counted as the levels or classes of one split
    k = _re.search(r"([两二三四五六七八九十])(?:级|类|大类|种|个层级|项|个方面)[\u4e00-\u9fff]{0,6}$", names[-1]) if names else None
    if k and len(names) >= 2 and parse_number(k.group(1)) and parse_number(k.group(1))[0] == len(names):
        return True
    # …补贴和贷款贴息，四项支出分别占…: the items named before, counted, as many as the shares
    k = _re.fullmatch(r"(?:这|上述|以上)?([两二三四五六七八九十])(?:项|类|大类|种|个方面)[\u4e00-\u9fff]{1,6}", names[0]) if len(names) == 1 else None
    if k and n >= 2 and parse_number(k.group(1)) and parse_number(k.group(1))[0] == n:
        return True
    # 护理型、助养型和自理型床位 / 大型、中型和小型企业分别占…: kinds named by one class suffix (型/类/级/档), the
    # noun written once after the last
    if len(names) >= 2 and len({n[-1] for n in names[:-1]}) == 1 and names[0][-1] in "型类级档" and all(
            len(n) >= 2 for n in names[:-1]) and names[0][-1] in names[-1][1:4]:
        return not any(_re.search(r"以上|以下|以内|及以", n) for n in names)
    # (融资难、用工难、用地难 / 本科以上、中级以上: answers or thresholds one may share, not kinds of one thing)
    if len(names) >= 3 and len({n[-2:] for n in names[:-1]}) == 1:
        # 第一产业、第二产业、第三产业增加值占…的比重分别为: the measure (增加值…) is written once, after the last name
        last = _re.split(r"占|所占|的?比重|的?比例", names[-1])[0]
        names = names[:-1] + [last[:last.find(names[0][-2:]) + 2] if names[0][-2:] in last else last]
    if not (len(names) >= 2 and min(map(len, names)) >= 3 and len({n[-2:] for n in names}) == 1
            and not any(_re.search(r"以上|以下|以内|及以|因", n) for n in names)):
        return False
    # 国有企业、民营企业 / 国家级、省级示范社: kinds told apart by a short word; 高新技术企业、科技型中小企业 /
    # 标准化村卫生室、医保定点村卫生室: qualities of one thing, told apart by longer words, may hold together
    return _short_kinds(names)


def _short_kinds(names: list[str]) -> bool:
    """Names sharing a head noun (…企业) differ by a short word (国有/民营, 国家级/省级), not a longer quality
    (高新技术/科技型中小) that several may have at once."""
    tail = 0
    while tail < min(map(len, names)) and len({n[len(n) - tail - 1:] for n in names}) == 1:
        tail += 1
    own = [n[:len(n) - tail] for n in names]
    ends = [w[-1] for w in own if len(w) >= 2]
    if tail >= 2 and any(ends.count(c) >= 2 for c in set(ends)) and len(set(ends)) > 1:
        return False  # 新建、续建和市重点项目: two of one cut (…建) and one of another — groupings that overlap
    return tail < 2 or max(len(n) - tail for n in names) <= 3


# 认为融资难、用工难的分别占… (answers one may give together), 一季度、上半年… (periods that nest), 本科以上… (thresholds),
# 小学、初中教师中女性分别占… (a share within each group): groups that may overlap
_OVERLAPPING_NAMES = re.compile(r"认为|反映|选择|表示|希望|建议|关注|期待|愿意|支持|了解|知道|满意|过|曾|有|因|难|"
                                r"以上|以下|以内|及以|季度|半年|月|年|期|[^初高]中(?!央|型|心|小|医|药|学|职|专|级)|"
                                + "|".join(rx.pattern for rx in _ATTRIBUTE_KINDS))
_SURVEYED = re.compile(r"调查|问卷|受访|测评|访谈|投票|多选")  # (抽样 alone: a sample measured — 抽样检测, 抽样监测 — not answers)
_SCOPE_OF_EACH = re.compile(r"全国|全省|全市|全县|全区|全州|全旗|全镇|全乡|同类|同行业|本行业")


def _item_names(folded: str, group: list[Share]) -> list[str]:
    """The name of each share's group: its own clause's words (A占x%，B占y%), or the items of one list (A、B分别占…)."""
    if len({s.list_id for s in group}) == len(group):
        return _share_names(folded, group)
    m = _re.search(r"([^，,；;。：:]+?)(?:的)?(?:分别|依次|各)", _clause_text(folded, group[0].pct))
    return [n for n in _re.split(r"[、和及与]", m.group(1)) if n] if m else []


_QUANTITIES = ("money", "weight", "area", "length", "volume")


def _exclusive_names(doc, figs: list[Fig], sent: int, group: list[Share]) -> bool:
    """全县土地流转面积8.2万亩，流转给合作社、家庭农场和龙头企业的分别占45%、32%和28%: one list splitting an amount
    stated before it in the sentence (an area, a sum of money — each unit of which goes to one holder, not a count of
    households that may do several things) among as many named kinds as it has shares, of no known overlapping kind
    (no people attribute, threshold, period, answer or group-within-group), outside a survey, and not each of its own
    scope (分别占全省的…): things that exclude each other, whose shares cannot pass 100 between them."""
    if sent < 0 or len({s.list_id for s in group}) != 1 or any(s.rate or s.part is not None for s in group):
        return False
    folded = doc.folded
    sent_text = doc.sentences[sent].text
    if not any(g.kind in _QUANTITIES and g.end <= group[0].pct.start for g in figs_by_sentence(doc, figs).get(sent, [])):
        return False
    if any(_SCOPE_OF_EACH.search(s.whole) for s in group) or _SURVEYED.search(sent_text):
        return False
    cue = folded[clause_start(folded, group[0].pct.start):group[0].pct.start]
    m = _re.search(r"([^，,；;。：:]+?)(?:的)?(?:分别|依次|各)占", cue)
    if not m:
        return False
    names = [n for n in _re.split(r"[、和及与]", _re.sub(r"^(?:其中|而|另有|此外)", "", m.group(1))) if n]
    return (len(names) == len(group) and len(set(names)) == len(names)
            and all(2 <= len(n) <= 10 and not _re.search(r"[\d%“”\"]", n) for n in names)
            and not any(_OVERLAPPING_NAMES.search(n) for n in names) and _short_kinds(names))


def _sure_split(doc, figs: list[Fig], group: list[Share]) -> bool:
    """Are the parts behind the shares a breakdown the text presents as complete (parts_sum's sure splits: 由…组成,
    其中： …), of the shares' own whole? Then the shares must add up to 100 even where the parts miss the whole."""
    if any(s.part is None or s.total is None or s.weak for s in group):
        return False
    parts = [s.part for s in group]
    return any(sure and total is group[0].total and list(ps) == parts for total, ps, sure in _late("sums").find_splits(doc, figs))


# A、B和C分别占… / 三类投资依次占… / A、B、C所占比重分别为…: the cue of one list of shares, the names before it
_LIST_CUE = re.compile(r"(?:的)?(?:(?:分别|依次|各)(?:占比|占)|(?:所占|的)?(?:比重|比例|占比)(?:分别|依次))(?:为|是|达到|达)?$")
# (总支出中A、B…: the whole before 中 — not 中 inside a word: 中小企业, 中心, 中学)
_WHOLE_ZHONG = r"[\u4e00-\u9fff]{2,8}(?<![初高])中(?!央|型|心|小|医|药|学|职|专|级|等|部|国)(?=[^、，,]{1,14}、)"
_NAMES_LEAD = re.compile(r"^(?:其中|而|另有|此外|[\u4e00-\u9fff]{1,8}(?:为|是|有)|" + _WHOLE_ZHONG + ")")
# 用于A、B和C / 包括A、B、C三个方面: the things listed after a verb of use or inclusion, to the clause's end
_USES_LISTED = re.compile(r"(?<!主要)(?:用于|包括|涵盖|分为|分成)((?:[\u4e00-\u9fff“”]{1,14}、)+[\u4e00-\u9fff“”]{1,14}"
                          r"(?:(?:和|及|与|以及)[\u4e00-\u9fff“”]{1,14})?)$")
_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")
_COUNTED_NAMES = re.compile(r"^(?:这|上述|以上|该|前)?([两二三四五六七八九十2-9])(?:大类|类|项|种|个方面|个部分|部分)")
_COUNTED_TAIL = re.compile(r"(?<![\d两二三四五六七八九十])([两二三四五六七八九十2-9])(?:大类|类|项|种|个方面|个部分|部分)$")
_CLASSES_SPLIT = re.compile(r"(?:分为|分成|划分为|归为|分|划分)[^，,；;。\d]{0,30}?([两二三四五六七八九十2-9])(?:大类|类|种|个方面|个部分)|"
                            r"([两二三四五六七八九十2-9])(?:大类|类)(?:划分|分)")


def _closed_list(doc, folded: str, group: list[Share]) -> str:
    """One list of shares of one whole, its names told before its cue (A、B和C分别占a、b和c / 三类投资分别占…) →
    "count" when the classes are counted as many as the shares (按…分为三类，… / 三类投资), "names" when the names
    are as many as the shares, each another kind of one thing (no threshold, period, answer or attribute of two
    kinds), else "". Such a list splits one whole: over 100 it cannot be; counted, it is complete."""
    if len(group) < 2 or any(s.rate or s.part is not None or s.weak or s.extra or s.rest for s in group):
        return ""
    first = group[0].pct
    n = len(group)
    sent = doc.sentences[first.sent] if first.sent >= 0 else None
    if sent is None or _SURVEYED.search(sent.text):
        return ""  # (调查显示，认为A、B、C的分别占…: answers one may give together)

    def counted_split(a: int, b: int) -> bool:  # 按…分为三类 / 三类划分, as many classes as shares
        return any(parse_number(k) and parse_number(k)[0] == n
                   for m in _CLASSES_SPLIT.finditer(folded, a, b) for k in m.groups() if k)

    c0 = clause_start(folded, first.start)
    if any(s.total is not None or s.whole for s in group):
        # (分别占全县的…: shares of a whole named after the cue may leave parts out — unless the clause before counts
        # the classes as many as the shares: 按用途分为A、B和C三类，分别占项目支出的…)
        one = len({s.list_id for s in group}) == 1 and c0 - 1 > sent.start
        return "count" if one and counted_split(clause_start(folded, c0 - 1), c0) else ""
    if len({s.list_id for s in group}) == n:
        # 分为A、B、C三类，其中A占…，B占…，C占…: one cue per class, the classes counted before the first (分为三类：A类
        # 占…: or in the first share's clause, before a colon)
        colon = max(folded.rfind("：", c0, first.start), folded.rfind(":", c0, first.start))
        if counted_split(sent.start, max(c0, colon)):
            return "count"
        # 其中客车通行费占57.6%、货车通行费占41.9% / 省外游客占…、省内游客占…、境外游客占…: the sides of one whole
        # (新发证对象中农村…占…、城镇…占…: the whole named before the first share only — 女性占…，农村转移劳动力中男性占…
        # names another whole for the second)
        stems = [_re.sub(r"^其中|的$", "", s.stem) for s in group]
        stems[0] = _re.sub(r"^[\u4e00-\u9fff]{2,8}?" + AMONG_ZHONG, "", stems[0])
        return "count" if _complete_set(stems) else ""
    if len({s.list_id for s in group}) != 1:
        return ""
    cue = _LIST_CUE.search(folded, c0, first.start)
    if cue is None:
        return ""

    raw = _BRACKETED.sub("", folded[c0:cue.start()])
    if not raw and c0 - 1 > sent.start:
        # 按学段分为小学、初中、高中三类，分别占…: the classes counted in the clause before the cue
        b0 = clause_start(folded, c0 - 1)
        if counted_split(b0, c0):
            return "count"
        # 资金用于A、B和C（三个方面），分别占…: the uses listed in the clause before (not 主要用于: the main ones)
        uses = _USES_LISTED.search(_BRACKETED.sub("", folded[b0:c0 - 1]))
        if uses is None:
            return ""
        raw = uses.group(1)
        counted = _COUNTED_TAIL.search(raw)
        if counted:
            return "count" if parse_number(counted.group(1)) and parse_number(counted.group(1))[0] == n else ""
    text = _NAMES_LEAD.sub("", raw) if _re.search("[、和及与]", raw) else raw
    counted = _COUNTED_NAMES.match(text)
    if counted and parse_number(counted.group(1)) and parse_number(counted.group(1))[0] == n:
        return "count"
    if not text or text.endswith("等") or _re.search(r"[\d%“”\"]", text):
        return ""
    names = text.split("、")
    if len(names) == n - 1 or (len(names) == 1 and n == 2):
        last = _re.split(r"以及|和|及|与", names[-1])
        if len(last) == 2:
            names = names[:-1] + last
    if len(names) == n and (tail := _MEASURE_AFTER_NAMES.search(names[-1])) and len(names[-1]) > len(tail.group(0)) \
            and not any(x.endswith(tail.group(0)) for x in names[:-1]):
        names[-1] = names[-1][:tail.start()]  # (轻工业、重工业增加值分别占…: the measure after the last name is all of theirs)
    if len(names) == n and _complete_set(names):
        return "count"  # 轻工业、重工业 / 城镇、农村 / 小户型、中户型、大户型: the sides of one whole, all of it
    if len(names) != n or len(set(names)) != n or any(not 1 <= len(x) <= 14 for x in names):
        return ""
    if not _short_kinds(names) or (n == 2 and names[0][-1] != names[1][-1]):
        # (新建、续建和省重点项目 / 高新技术企业、科技型中小企业: two groupings, or qualities one may have together;
        # 发展产业、外出务工: two things one may do — two names with no head noun in common tell no split)
        return ""
    told = _re.sub(r"^(?:其中|而|另有|此外|" + _WHOLE_ZHONG + ")", "", raw)  # (总支出中A、B…)
    # (城市管理类、社会治理类、民生服务类: classes named as such are one cut, whatever words they are made of)
    classes = n >= 3 and all(len(x) >= 3 and x[-1] == "类" for x in names)
    if _TOPIC_ITEM.search(told) or (_OVERLAPPING_NAMES.search(told) and not classes and not _sides_of_one_attribute(names)):
        return ""
    return "count" if counted_split(sent.start, c0) else "names"


def _headed_class_names(folded: str, group: list[Share]) -> bool:
    """The names a list of shares follows, cut at 、 only (a name may hold 和: 社会保障和就业支出), as many as the
    shares, each ending with the same head of two characters (…支出)."""
    m = _re.search(r"([^，,；;。：:]+?)(?:分别|依次|各)", _clause_text(folded, group[0].pct))
    if not m:
        return False
    names = _re.sub("^" + _WHOLE_ZHONG, "", m.group(1)).split("、")
    return len(names) == len(group) and all(len(x) >= 3 for x in names) and len({x[-2:] for x in names}) == 1


def _sides_of_one_attribute(names: list[str]) -> bool:
    """男性、女性 / 小学生、初中生和高中生 / 党员、团员和群众: every name another side of one kind of attribute (no
    threshold, no group within a group) → groups that exclude each other."""
    kinds = [{i for i, rx in enumerate(_ATTRIBUTE_KINDS) if rx.search(x)} for x in names]
    if any(len(k) != 1 for k in kinds) or len(set.union(*kinds)) != 1:
        return False
    rx = _ATTRIBUTE_KINDS[kinds[0].pop()]
    if any(_re.search(r"以上|以下|以内|及以|[^初高]中", x) or _OVERLAPPING_NAMES.search(rx.sub("", x)) for x in names):
        return False
    return len({rx.search(x).group(0) for x in names}) == len(names)


def _parts_exhaust(group: list[Share]) -> bool:
    """Do the parts behind the shares add up to their total (so the shares must add up to 100)?"""
    if any(s.part is None or s.total is None for s in group):
        return False
    acc = _sh_niv(group[0].part)
    for s in group[1:]:
        acc = acc + _sh_niv(s.part)
    return acc.bounded and acc.overlaps(_sh_niv(group[0].total))


# ---------------------------------------------------------------- granularity
def grim_possible(p: Interval, n: int) -> tuple[bool, list[int]]:
    """Percent interval and count n → (is some k/n·100 inside it, the nearest k values)."""
    lo = (p.low * n / HUNDRED).to_integral_value(rounding=ROUND_CEILING)
    hi = (p.high * n / HUNDRED).to_integral_value(rounding=ROUND_FLOOR)
    lo, hi = max(int(lo), 0), min(int(hi), n)
    if lo <= hi:
        return True, [lo]
    k = int((p.low * n / HUNDRED).to_integral_value(rounding=ROUND_FLOOR))
    return False, [x for x in (k, k + 1) if 0 <= x <= n]


def smallest_n(p: Interval, limit: int = 2000) -> int | None:
    """The smallest count n for which the percent interval holds some k/n (same test as grim_possible)."""
    # integer arithmetic on the interval's exact fractions: Decimal in a 2,000-step loop was the slowest rule
    lo, hi = Fraction(p.low) / 100, Fraction(p.high) / 100
    a, b, d = lo.numerator * hi.denominator, hi.numerator * lo.denominator, lo.denominator * hi.denominator
    for n in range(1, limit + 1):
        k_lo, k_hi = max(-((-a * n) // d), 0), min((b * n) // d, n)
        if k_lo <= k_hi:
            return n
    return None


_ONE_BY_ONE = re.compile(r"逐(?:[件个项家户人所名条]|一)")
_LISTED_NAMES = re.compile(r"[、和及与][^，,；;。\d、]{1,8}$")
# (综合满意率: a weighted mean; not 高于全市平均水平的: things above a benchmark, counted)
_AVERAGE_WORD = re.compile(r"(?<!高于)(?<!低于)(?<!超过)(?:全[市县区省国])?(?:平均(?!水平的)|人均|均值|加权|"
                           r"综合(?=满意|评价|评分|得分|达标|合格|知晓|测评))")


# rates of cases handled (proposals answered, cases closed): taken over the cases, never over the bodies that handle them
_CASES_HANDLED = re.compile(r"办结|结案|答复|回复|办复|采纳|执结|审结|立案|撤诉")
_CASES_BEFORE = re.compile(r"\d件")
_BODY_NOUN = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:单位|部门|企业|机构|机关)")
_SAME_ACT = {"结案": "审结|结案", "审结": "审结|结案", "办复": "办复|答复|办结", "答复": "答复|办复|回复"}


def _not_its_n(folded: str, n_fig: Fig, stem: str) -> bool:
    """Is the count surely not what the rate is taken over? 交由87家承办单位办理，办复率为99.6%: the proposals are
    answered, not the 87 bodies; 审结4690件，同比增长14.1%，结案率97.46%: the cases closed are the rate's part, and its
    whole (the cases taken in) is elsewhere — a count named by the very act the rate measures is no n of it."""
    act = _CASES_HANDLED.search(stem)
    noun = _BODY_NOUN.match(folded, n_fig.end)
    if act and n_fig.base_unit == "家" and not (noun and noun.group(0)[-2:] in stem) \
            and _CASES_BEFORE.search(folded, clause_start(folded, n_fig.start, "。！？!?\n"), n_fig.start):
        # (…48家承办单位…，承办单位按时办复率: a rate the stem says is of the bodies keeps them; so does one with no
        # cases counted before the bodies — 组织48家部门征集意见，回复率…: the bodies answered)
        return True
    if not act or not stem.removesuffix("率").endswith(act.group(0)):
        return False  # (the act right before 率: 结案率, 办复率 — not 立案审查率)
    done = _SAME_ACT.get(act.group(0), act.group(0))
    return _re.search(done, item_label(folded, n_fig)) is not None


def _of_another_noun(folded: str, n_fig: Fig, s: Share) -> bool:
    """新建公办幼儿园3所，普惠性幼儿园在园幼儿占比 / 检查用人单位586户，受检单位劳动合同签订率: the share's name takes up
    the counted things' noun (幼儿园, 单位) and goes on to another thing they hold (在园幼儿, 劳动合同) — the share is of
    that, not of the things counted (words of the count's own label, and the rate's act, aside)."""
    label = _NAME_PREFIX.sub("", item_label(folded, n_fig))
    head = label[-2:]
    if len(head) < 2 or not _re.fullmatch(r"[\u4e00-\u9fff]{2}", head):
        return False
    k = s.stem.find(head)
    if k < 0 or k > 4:
        return False  # (the share's name opens with the things counted: 受检单位…, 普惠性幼儿园…)
    rest = s.stem[k + 2:-2] if s.rate else s.stem[k + 2:]
    # (a whole noun of four characters or more after them, not an attribute of two: 学历合格率, 总体合格率 are of them)
    return (len(rest) >= 4 and _re.fullmatch(r"[\u4e00-\u9fff]+", rest) is not None and "的" not in rest
            and rest not in label and not _re.search(r"总体|综合|整体|平均|年度|全年|经|按", rest))


def granularity(doc, figures) -> list[dict]:
    """Percents about a countable set with no part given → possible for the count n? (GRIM)."""
    figs = figs_of(doc, figures)
    folded = doc.folded
    sents = figs_by_sentence(doc, figs)
    out = []
    levels = []  # (rate, its n) for the rate's earlier level stated beside it
    series: dict[int, tuple[int, Fig]] = {}  # sentence → (end of its last percent judged, that percent's n)
    for s in find_shares(doc, figs):
        f = s.pct
        if s.part is not None and s.part is not s.total:
            row = _impossible_for_total(folded, figs, s)
            if row is not None:
                out.append(row)  # (优秀5所，占40% of 13所: share_of_total's row, and 40% fits no k of 13 either)
            continue  # share_of_total judges it (or cannot: a part without its whole); all done (全部告破) is of n
        if f.kind != "percent" or f.qualifier not in ("", "at_least") or f.decimals is None or s.whole or s.weak:
            continue
        if f.qualifier and not s.rate:
            continue
        if _AVERAGE_WORD.search(_clause_text(folded, f)):
            continue  # 6个班参加监测，三科平均合格率99.2%: an average of rates is no k of n
        if f.value is not None and f.value * f.multiplier > 1:
            continue  # 完成率108%: more than the whole is no share of a count (a rate against a plan)
        label = s.stem if s.rate else _clause_text(folded, f)
        n_fig = s.total if s.part is not None else _count_n(doc, folded, f, sents, s)
        weak_n = False
        if n_fig is None and s.part is None and not s.rate and f.kind == "percent" and not f.qualifier and any(
                g.end <= f.start and g.quantity for g in sents.get(f.sent, [])):
            # (在主办的22件建议中，…（A类）占60%，…（B类）占27%: the next share of the series takes the n of the one before,
            # ahead of any count of earlier sentences — likely, reported only when possible; a sentence counting nothing
            # itself has its group read from the sentences before, below)
            n_fig = _series_n(doc, folded, sents, s, series)
            weak_n = n_fig is not None and not (_among_lead(doc, folded, n_fig) and _OF_NAMED_VERB.match(
                _re.sub(r"^其中", "", s.stem)))  # (…的占75%，食材来自定点采购的占88.6%: of another thing, the ingredients)
        if n_fig is None and s.rate:
            n_fig = _participants(doc, folded, f, sents, s)
        # (a 满意度 with no count in its paragraph stays unverifiable: the seed's convention)
        sure_acted = False
        if s.part is None and _CASE_RATES.search(s.stem) and not _SURVEY_RATES.search(s.stem) \
                and not _YEAR_WIDE.search(_clause_text(folded, f)):
            # 对涉及民生的十二件重点提案，由市政府领导领衔督办，…，委员满意率为百分之九十五: the cases a clause of the
            # sentence opens on acting on, each rated or settled once
            acted = _cases_acted_on(doc, folded, sents, f)
            if acted is not None and (n_fig is None or n_fig is acted):
                n_fig, sure_acted = acted, True
        if n_fig is None and (_CASE_RATES.search(s.stem) or (_SURVEY_RATES.search(s.stem) and (not s.rate or any(
                g.base_unit == "件" and g.end <= f.start and _ANSWERED_CASES.search(item_label(folded, g))
                for g in sents.get(f.sent, [])) or _cases_rated(_clause_text(folded, f))))):
            n_fig, weak_n = _earlier_case_count(doc, folded, f, sents), True
        if n_fig is None and s.rate and not _SURVEY_RATES.search(s.stem):
            n_fig, weak_n = _named_count(doc, folded, f, sents, _clause_text(folded, f)), True
        if n_fig is None and s.rate:
            # 回收有效问卷574份，有效率95.7%；受访农户满意度92.3%: the survey's sample / 在编教师43名，其中本科21名、
            # 专科19名…，学历合格率100%: the whole the list was taken from — likely n's, reported only when they fit
            n_fig, weak_n = _sample_count(folded, sents, f, s) or _list_whole(folded, sents, f), True
        sure_group = sure_acted
        if n_fig is not None and s.rate and _valid_sample(folded, sents, f, s, n_fig):
            weak_n, sure_group = False, True  # 回收有效问卷583份，群众满意率91.35%: the valid answers are surely its n
        if n_fig is None and not any(g.end <= f.start and g.quantity for g in sents.get(f.sent, [])):
            # 在实体大厅办事的受访者734人。实体大厅受访者中，…满意的比例为86.25%: the group the sentence opens with,
            # counted in a sentence before
            n_fig = (_group_counted_before(doc, folded, sents, f) or _all_assessed_before(doc, folded, sents, f, s)
                     or _classified_count_before(doc, folded, sents, f, s))
            sure_group = n_fig is not None
            weak_n = weak_n and not sure_group
        if n_fig is None:
            n_fig = _all_took_part(doc, folded, sents, f, s)
            if n_fig is not None:
                weak_n, sure_group = False, True
        if n_fig is None and s.part is None and f.kind == "percent" and not f.qualifier:
            # a likely n, reported only when the percent is possible for it (see _likely_n)
            n_fig, weak_n = _likely_n(doc, folded, sents, s, series), True
        if n_fig is not None and s.part is None and not sure_group and _of_another_noun(folded, n_fig, s):
            continue  # 检查用人单位586户，受检单位劳动合同签订率97.2%: a rate of the contracts the units hold, not of them
        if n_fig is not None and is_average(folded, n_fig):
            continue  # 员额法官人均结案246件，…二审发回重审率4.4%: an average per person counts no set the rate is of
        if n_fig is not None and s.part is None and _ITEMS_COUNTED.fullmatch(item_label(folded, n_fig)):
            continue  # …、教材费用40万元，上述两项共占37.3%: the count of the items listed is no n of their share
        if (n_fig is not None and s.part is None and not sure_group and f.sent == n_fig.sent
                and _RISE_TO.search(_clause_text(folded, f))):
            continue  # 新项目23项，其中三级手术占比由上年的32.4%提高到36.8%: a level risen since last year is of a running
            # measure (all surgeries), not of the things the year counted beside it
        p = _pct(f)
        if f.qualifier:
            # 参训356人，培训合格率98%以上: at least that share of the count n is always possible — a row only when n
            # is surely the rate's own count
            if (n_fig is None or not n_fig.exact or not n_fig.value or weak_n or p is None or p.low is None
                    or not (sure_group or _sure_n(folded, n_fig, s) or _next_clause(folded, n_fig, f))):
                continue
            p = Interval(p.low, HUNDRED)
        if n_fig is None:
            if not (s.rate and _SURVEY_RATES.search(label)):
                continue
            smallest = smallest_n(p)
            if f.value == HUNDRED:
                computed = f"no count given; {f.text} is possible for any n"
                en = f"The text does not say how many were asked, so {f.text} cannot be checked; 100% is possible for any number."
                zh = f"文中未给出样本数，无法核对{f.text}；任何样本数都可能得到100%。"
            else:
                computed = f"no count given; {f.text} needs n ≥ {smallest}" if smallest else f"no count given for {f.text}"
                en = f"The text does not say how many were asked; {f.text} is possible only with at least {smallest} of them."
                zh = f"文中未给出样本数；{f.text}至少需要{smallest}个样本才可能出现。"
            out.append(result("granularity", schema.UNVERIFIABLE, [f], f.start, f.end, f.text, computed, en, zh))
            continue
        if s.part is None and _SURVEY_RATES.search(s.stem) and not sure_group and not _respondents(folded, n_fig) \
                and not (not s.rate and _GRADE_GIVEN.search(s.stem)
                         and _ASSESSED.search(folded, n_fig.end, clause_end(folded, n_fig.end))):
            continue  # 辖区9个社区全部建成…，群众满意率达到98.6%: the people asked, not the communities counted (选取6个
            # 承办单位开展满意度测评，测评结果为“满意”的占…: the units rated, each given a grade)
        if not n_fig.exact:
            row = _large_n_row(n_fig, f, p)
            if row:
                out.append(row)
            continue
        n = int(n_fig.value)
        ok, ks = grim_possible(p, n)
        if weak_n and not ok:
            continue  # the cases counted paragraphs before are a likely n, not a sure one
        if not ok and s.part is None and not sure_group and not _sure_n(folded, n_fig, s) \
                and not (not s.rate and _among_lead(doc, folded, n_fig) and _OF_NAMED_VERB.match(_re.sub(r"^其中", "", s.stem))):
            continue
        if not ok and s.part is None and s.rate and _not_its_n(folded, n_fig, s.stem):
            continue
        if not ok and s.part is None and (r := _resolve(doc, folded, figs, s, set())) is not None and not r[1]:
            continue  # (申报的3所学校中有2所通过评估，通过率66.7%: part and whole stated and fitting — no n of its own)
        if not ok and s.part is None and _names_other_things(folded, s.stem, n_fig):
            continue  # (对12家医院开展检查，门诊处方合格率96.8% / 21所中小学…，达标学生占比: of other things than those counted)
        out.append(_grim_row(n_fig, f, p, n, ok, ks))
        series[f.sent] = (f.end, n_fig)
        if ok and s.rate:
            levels.append((s, n_fig))
    for s in find_shares(doc, figs):
        if s.rate and s.part is not None and s.total is not None and s.total.exact and not s.extra and not s.rest and _fits(s):
            levels.append((s, s.total))
    for s, n_fig in levels:
        row = _earlier_level(doc, folded, sents, s, n_fig)
        if row:
            out.append(row)
    shared = {s.pct.start for s in find_shares(doc, figs)}
    for f in figs:
        if f.kind == "fraction" and f.start not in shared:
            row = _fraction_of_counted(doc, folded, sents, f)
            if row:
                out.append(row)
        elif f.kind == "percent" and f.start not in shared and f.value == HUNDRED and not f.qualifier and \
                _ALL_DONE_VERB.match(folded, f.end):
            # 抽查市场主体2260户，抽查结果100%公示: 100% done to the things counted just before — all of them
            n_fig = _all_of_counted(folded, sents, f)
            if n_fig is not None:
                out.append(_grim_row(n_fig, f, _pct(f), int(n_fig.value), True, [int(n_fig.value)]))
        elif f.kind == "percent" and f.start not in shared and (folded.startswith("的", f.end) or (
                folded[f.start - 1:f.start] == "有" and _HAVE_PCT.search(folded, max(0, f.start - 5), f.start))
                or _PCT_AFTER_AMONG.search(folded, max(0, f.start - 5), f.start)):
            row = _percent_of_named(doc, folded, sents, f)
            if row:
                out.append(row)
        elif f.kind == "percent" and f.start not in shared and not f.qualifier and f.value is not None:
            row = _percent_among_counted(folded, sents, f)
            if row:
                out.append(row)
    return out


# 全镇11个行政村中，集体经济收入超过5万元的村达到85%: the things counted, then 中, then the share of them a clause
# picks out, named again by their noun (or its end) after 的
_PICKED_OUT = re.compile(r"的([\u4e00-\u9fff]{0,4}?)(?:占比|比例|比重)?(?:为|是|达到|达)$")  # (…互认的达82%: the noun left out)
_COUNTED_AMONG = re.compile(r"([\u4e00-\u9fff]{0,8}?)中[，,]")


def _percent_among_counted(folded: str, sents: dict, f: Fig) -> dict | None:
    """A percent of the things an "n个X中，…的X达到p%" sentence counts (no 占, no rate word) → its GRIM row over n."""
    if folded.find("的", max(0, f.start - 12), f.start) < 0 or folded.find("中", max(0, f.start - 60), f.start) < 0:
        return None
    m = _PICKED_OUT.search(_clause_text(folded, f))
    if m is None:
        return None
    if not m.group(1) and (not _OF_NAMED_VERB.match(_clause_text(folded, f))
                           or _re.search(r"中|由|占|费用|资金|金额|收入|支出", _clause_text(folded, f))):
        return None  # (…中，实现…互认的达82%: the things counted; 门诊费用中医保支付的达62%: a share of money)
    g = next((g for g in reversed(sents.get(f.sent, [])) if g.end <= f.start - len(m.group(0))
              and (a := _COUNTED_AMONG.match(folded, g.end)) and (g.unit + a.group(1)).endswith(m.group(1))), None)
    if (g is None or g.kind != "count" or not g.exact or not g.value or g.value != int(g.value) or g.qualifier
            or f.start - g.end > 48 or _re.search(r"[；;。]", folded[g.end:f.start])):
        return None
    p = _pct(f)
    if p is None or p.low is None or p.low > HUNDRED:
        return None
    n = int(g.value)
    ok, ks = grim_possible(p, n)
    return _grim_row(g, f, p, n, ok, ks)


# 已有70%的村完成… / 有65%的街道开展…: the noun after 的 picks out some of the things counted, by a verb of doing
_OF_NAMED_VERB = re.compile(r"已|已经|均|都|完成|实现|新建|新设|取得|实行|实施|执行|建成|建立|建有|开展|开通|通过|达到|达标|设立|配备|落实|纳入|参与|参加|"
                            r"获得|获评|荣获|被评为|评为|成立|接入|启动|推行|制定|出台|签订|签约|组建|安装|设有|配有|为")


_NOUN_TAIL_CHARS = frozenset("级")  # (班级: one character more of the same thing; not 村户 / 社区户, the households)
# 所辖8个街道，已有65%开展…: a percent that is the subject of its clause, of the things counted just before
_HAVE_PCT = re.compile(r"(?:[，,]|中)(?:其中)?(?:已有|已经有|共有|有)$")
_PCT_AFTER_AMONG = re.compile(r"(?<!其)中[，,]?(?:其中)?$")  # (8所中小学中，75%完成了…: the percent right after a
# group named with 中; not the 中 of 其中: …涉及项目32个，其中87.3%已拨付 is a share of the money, not of the projects)
# 38个行政村中，(有)76%的村… : the noun counted, 中, then the percent (after a comma, 有 or 已有)
_AMONG_FRAME = re.compile(r"([\u4e00-\u9fff]{0,5}?)中[，,]?(?:其中)?(?:已有|已经有|共有|有)?(?=\d|[０-９]|百分之)")



# 100%公示 / 100%覆盖 / 100%完成: a verb of doing right after the percent
_ALL_DONE_VERB = re.compile(r"(?:公示|公开|覆盖|完成|办结|落实|整改|反馈|回复|答复|录入|上传|归档|建档|签约|兑现|到位|核查|处置|检测|检查|验收|达标|合格)")


def _all_of_counted(folded: str, sents: dict, f: Fig) -> Fig | None:
    """The exact count just before a 100% in its sentence, with no other percent or count between them in other
    clauses than the next (抽查市场主体2260户，抽查结果100%公示)."""
    before = [g for g in sents.get(f.sent, ()) if g.end <= f.start]
    if not before or before[-1].kind == "percent":
        return None
    g = before[-1]
    if not (g.exact and g.value and not g.qualifier) or _DIGIT_OR_PCT.search(folded, g.end, f.start):
        return None
    between = folded[g.end:f.start]
    return g if between.count("，") + between.count(",") <= 1 and not _re.search(r"[；;。]", between) else None


def _percent_of_named(doc, folded: str, sents: dict, f: Fig) -> dict | None:
    """全镇12个村，已有70%的村完成道路硬化: a percent of the things an exact count of its sentence names (村 after 的,
    the noun counted by 12个村) is some whole number of them (GRIM) — only when no other count of that noun stands
    between, the percent is no change or target, and a verb of doing follows the noun."""
    if f.qualifier or f.decimals is None or f.value is None or f.value * f.multiplier > 1 or f.value <= 0:
        return None
    cs = clause_start(folded, f.start)
    if _CHANGE_OR_TARGET.search(folded, cs, f.start) or _AVERAGE_WORD.search(folded, cs, f.start):
        return None
    n_fig = None
    for g in reversed([g for g in sents.get(f.sent, []) if g.end <= f.start and g.kind == "count"]):
        noun, noun_end = (g.unit[1:], g.end) if len(g.unit) > 1 else ("", g.end)
        names = [noun[-n:] for n in range(len(noun), 0, -1)]  # (12个村 named again as 村: the noun's ends)
        if not noun:
            # (9件重点建议，已有80%…: the clause's whole rest when it is a short noun; else its first characters — named
            # again by its start: 15个镇街已全部…，其中40%的镇街)
            rest = folded[g.end:clause_end(folded, g.end)]
            m = _re.fullmatch(r"[\u4e00-\u9fff]{1,6}", rest) or _re.match(r"[\u4e00-\u9fff]{1,3}", folded[g.end:g.end + 3])
            noun = m.group(0) if m else ""
            noun_end = g.end + len(noun)
            names = [noun[:n] for n in range(len(noun), 0, -1)]
            lab = label_of(folded, g)
            if not noun and (tail := _re.search(r"[\u4e00-\u9fff]{2,4}$", lab)) and not _JOINT_CHAR.search(lab[-8:]):
                # (现有本科专业52个，其中25%的专业…: the noun counted named before the count, by its end — not a piece of
                # it (中小学校46所 … 的小学) nor one of two kinds joined (行政村和社区158个 … 的社区))
                noun = tail.group(0)
                names = [noun[-n:] for n in range(len(noun), 1, -1)]
        k = next((len(x) for x in names if folded.startswith("的" + x, f.end)), 0)
        # 9个社区中已有78%建成… / 12个村中，70%的村完成…: the things counted framed by 中, the percent
        # opening what follows — of them, whatever is said of them (not of their people: 76%的村民)
        framed = _AMONG_FRAME.match(folded, g.end, f.start + 3)
        framed = framed if framed and framed.end() == f.start and (len(g.unit) == 1) == bool(framed.group(1)) else None
        if framed:
            noun = framed.group(1) or noun
            k = next((n for n in range(len(noun), 0, -1) if folded.startswith("的" + noun[-n:], f.end)), 0)
        bare = (not folded.startswith("的", f.end) and noun and _OF_NAMED_VERB.match(folded, f.end)
                and (framed or _re.fullmatch(r"[，,]", folded[noun_end:clause_start(folded, f.start)] or "x")))
        # (36个教学班中，有85%的班级获评…: the noun after 的 may run a character past the counted one's end)
        if bare or (k and any(_OF_NAMED_VERB.match(folded, f.end + 1 + k + j) for j in (0, 1)
                              if not j or folded[f.end + 1 + k:f.end + 2 + k] in _NOUN_TAIL_CHARS)):
            if not g.exact or g.qualifier or is_reference(folded, g) or not g.value or g.value != int(g.value):
                return None
            n_fig = g
            break
        if noun and any(folded.startswith(noun[-n:], f.end + 1) for n in range(1, len(noun) + 1)):
            return None  # (12个村，… 70%的村民: another noun)
    if n_fig is None:
        return None
    n, p = int(n_fig.value), _pct(f)
    return _grim_row(n_fig, f, p, n, *grim_possible(p, n))


_TOOK_PART_LABEL = re.compile(r"(?:参训|受训|参加培训|参考|参试|参检|参测|参赛|参评)$")


def _next_clause(folded: str, g: Fig, f: Fig) -> bool:
    """参训356人，培训合格率98%以上: the people who took part, counted in the clause right before the rate's own (no
    other figure in it), of an outcome each of them has or not."""
    return (f.sent == g.sent and g.base_unit in _PEOPLE and _TOOK_PART_LABEL.search(label_of(folded, g)) is not None
            and _OUTCOME.search(folded, clause_start(folded, f.start), f.start) is not None
            and clause_end(folded, g.end) + 1 == clause_start(folded, f.start)
            and not _DIGIT_OR_PCT.search(folded, clause_start(folded, f.start), f.start))


def _impossible_for_total(folded: str, figs: list[Fig], s: Share) -> dict | None:
    """A share with its part and its total, both exact counts, that the part does not give and that no whole number
    of that total gives either (5 of 13 stated as 40%) → the granularity row beside share_of_total's."""
    f, n_fig, part = s.pct, s.total, s.part
    # (a round percent of a small count — 60% of 8 — is a claim about the count's steps; 38.1% of 46, a share
    # slipped in its last digit, is share_of_total's alone)
    if (n_fig is None or s.rest or s.extra or s.weak or s.guess is not None or f.kind != "percent" or f.qualifier
            or f.decimals != 0 or f.unit != "%" or n_fig.kind != "count" or not n_fig.value or n_fig.value > 50 or part.kind != "count" or not n_fig.exact or not part.exact
            or n_fig.qualifier or part.qualifier or not n_fig.value or n_fig.value != int(n_fig.value)
            or part.value is None or part.value > n_fig.value):
        return None
    p = _pct(f)
    got = share_interval(part, n_fig)
    if p is None or not p.bounded or got is None or got.overlaps(p):
        return None
    if (not s.firm and (_other_count_fits(folded, figs, s, p) or _twin_fits(folded, figs, [g.start for g in figs], s, p)))\
            or _bracket_after_fits(folded, figs, s, f, p):
        return None  # (share_of_total finds the share fits another count: no error is called)
    n = int(n_fig.value)
    ok, ks = grim_possible(p, n)
    if ok or not ks or min(abs(f.value - HUNDRED * k / n) for k in ks) < Decimal("1.5"):
        return None  # (3 of 9 stated as 34%, not 33%: a share rounded the wrong way — share_of_total's alone)
    return _grim_row(n_fig, f, p, n, ok, ks)


def _grim_row(n_fig: Fig, f: Fig, p, n: int, ok: bool, ks: list[int]) -> dict:
    """The granularity row of percentage f over the count n_fig: possible (with a k that gives it) or not (with the
    nearest k)."""
    d = f.decimals
    if ok:
        k = ks[0]
        computed = f"n = {n}: {k}/{n} = {fmt(HUNDRED * k / n, d + 1)}%; {f.text} needs {fmt_interval(p, d + 1, '%')}"
        en = f"{f.text} of {n} is possible: {k} of {n} is {fmt(HUNDRED * k / n, d + 1)}%."
        zh = f"{n}个中的{k}个为{fmt(HUNDRED * k / n, d + 1)}%，{f.text}可能成立。"
        verdict = schema.CONSISTENT
    else:
        near = ", ".join(f"{k}/{n} = {fmt(HUNDRED * k / n, d + 1)}%" for k in ks)
        computed = f"n = {n}: {near}; {f.text} needs {fmt_interval(p, d + 1, '%')}"
        en = f"No whole number out of {n} gives {f.text} ({near}); the percentage or the count is wrong."
        zh = f"{n}个中任何整数个都得不到{f.text}（{near}），百分比或总数有误。"
        verdict = schema.INCONSISTENT
    start, end = span_of([n_fig, f], f.sent)
    return result("granularity", verdict, [n_fig, f], start, end, f"{f.text} of {n_fig.text}", computed, en, zh,
                  "" if ok else "percentage impossible for the count")


# 比9月底的 / （上月末为: the level of the same rate at an earlier month's end of the period
_MONTH_END_LEVEL = re.compile(r"(?:比|较)?(?:上个?月|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)(?:底|末)(?:的|为|是)?")


def _earlier_level(doc, folded: str, sents: dict, s: Share, n_fig: Fig) -> dict | None:
    """整改完成率77.8%（21 of 27个），比9月底提高18.5个百分点（9月底为59.3%）: a progress rate's level at an earlier
    month's end, stated beside it, is over the same n things (the same batch, weeks earlier) → consistent when some
    whole number of them gives it. The batch may have grown since, so an impossible level gets no row."""
    f = s.pct
    n = int(n_fig.value) if n_fig.value is not None and n_fig.value == int(n_fig.value) else 0
    if n < 1:
        return None
    for g in sents.get(f.sent, []):
        if g.start <= f.end or g.kind not in ("percent", "percentage_point"):
            continue
        if g.kind == "percent":
            break  # the first percent after the rate, if any, is the only candidate
    else:
        return None
    if g.qualifier or g.decimals is None or not _MONTH_END_LEVEL.fullmatch(label_of(folded, g)):
        return None
    p = _pct(g)
    if p is None or not p.bounded:
        return None
    ok, ks = grim_possible(p, n)
    if not ok:
        return None
    k, d = ks[0], g.decimals + 1
    computed = f"n = {n} (as for {f.text}): {k}/{n} = {fmt(HUNDRED * k / n, d)}%; {g.text} needs {fmt_interval(p, d, '%')}"
    en = f"The earlier level {g.text} of the same {n_fig.text} is possible: {k} of {n} is {fmt(HUNDRED * k / n, d)}%."
    zh = f"此前的{g.text}同样以{n_fig.text}计，{n}个中的{k}个为{fmt(HUNDRED * k / n, d)}%，可能成立。"
    start, end = span_of([n_fig, g], g.sent)
    return result("granularity", schema.CONSISTENT, [n_fig, g], start, end, f"{g.text} of {n_fig.text}", computed, en, zh)


# 三分之一的单位, 一半的村, 六成的企业: a fraction of the things a noun names
_FRACTION_OF = re.compile(r"的([\u4e00-\u9fff]{1,6})")
_NOUN_END = set("的中有均已未在都对和、，,；;。")


def _fraction_of_counted(doc, folded: str, sents: dict, f: Fig) -> dict | None:
    """重点审计了…18个一级预算单位…。其中有三分之一的单位…: a fraction in words followed by 的 and a noun, the noun
    naming what an exact count of its sentence or the one before counted → consistent when a whole number of them
    gives the fraction. Fractions in words are loose (about a third), so an impossible one gets no row."""
    if f.qualifier or f.norm is None or f.sent < 0:
        return None
    m = _FRACTION_OF.match(folded, f.end)
    if not m:
        return None
    noun = m.group(1)
    para = paragraph_start(folded, f.start)
    n_fig = None
    for g in reversed(sents.get(f.sent - 1, []) + sents.get(f.sent, [])):
        if g.end > f.start or g.start < para or not g.exact or not g.value or g.base_unit in _DURATIONS or is_reference(folded, g):
            continue
        # the noun before the count (共有乡镇24个) or after it (18个一级预算单位)
        counted = item_label(folded, g)[-8:] + g.base_unit + folded[g.end:clause_end(folded, g.end, _CN_SEP + "的（(")][:10]
        if any(noun[:k] in counted for k in range(len(noun), 1, -1)) or (
                len(noun) == 1 and counted.endswith(noun) and folded[m.end():m.end() + 1] in _NOUN_END):
            n_fig = g
            break
    if n_fig is None:
        return None
    p = _pct(f)
    if p is None or not p.bounded:
        return None
    n = int(n_fig.value)
    ok, ks = grim_possible(p, n)
    if not ok:
        return None
    k = ks[0]
    computed = f"n = {n}: {k}/{n} = {fmt(HUNDRED * k / n, 1)}%; {f.text} needs {fmt_interval(p, 1, '%')}"
    en = f"{f.text} of {n_fig.text} is possible: {k} of {n} is {fmt(HUNDRED * k / n, 1)}%."
    zh = f"{n_fig.text}中的{k}个为{fmt(HUNDRED * k / n, 1)}%，{f.text}可能成立。"
    return result("granularity", schema.CONSISTENT, [n_fig, f], f.start, f.end, f"{f.text} of {n_fig.text}", computed, en, zh)


# the people or cases a survey asks (人, 户, 件, 份 questionnaires…), not the places or events it took place in
_RESPONDENT_UNITS = {"人", "名", "位", "户", "件", "份", "人次", "户次", "件次", "条", "家"}


# 11个行政村中，… / 14个党支部中达标的: the things counted, then 中 — their own noun (or its end) named again after 的
_AMONG_COUNTED = re.compile(r"([\u4e00-\u9fff]{1,8}?)中[，,]?[^，,；;。\d%]*?的([\u4e00-\u9fff]{1,4}?)"
                            r"(?:占比|比例|比重)?(?:为|是|达到|达)?$")


def _among_counted_noun(text: str) -> bool:
    """After a count: X中…的Y (…达到/占比为), Y being X or its end (行政村 … 的村) — the share is of the X counted."""
    m = _AMONG_COUNTED.match(text)
    return m is not None and m.group(1).endswith(m.group(2))


# 代表对办理结果满意和基本满意率为98.7%: a satisfaction with how the cases were handled is over the cases
_CASES_RATED = re.compile(r"对(?:建议|提案|议案)?办理(?:结果|情况|工作|质量)|(?:代表|委员|提案人)(?:对[^，,；;。]{0,8})?(?:表示)?满意")


def _cases_rated(clause: str) -> bool:
    """Is a satisfaction rate said of how cases were handled (对办理结果满意率, 代表满意和基本满意率)? Not a 满意度, a
    score the seed's convention leaves unverifiable (委员对我局办理工作满意度为100%)."""
    return bool(_CASES_RATED.search(clause)) and not _re.search(r"满意度[^，,；;。]{0,4}$", clause)


def _respondents(folded: str, g: Fig) -> bool:
    """Can the count be the n of a survey rate (满意率, 知晓率)? People, households, cases or questionnaires, or
    the things an evaluation was held on (对6个窗口开展满意度测评); 家 only when the count was asked (走访企业120家)."""
    lab = label_of(folded, g)
    if _re.search(r"对[^，,；;。]{0,8}$", lab):
        return True  # (an inconsistent verdict further needs the asking itself: _sure_n)
    if g.base_unit == "家":
        return bool(_re.search(r"走访|调查|测评|评价|问卷|抽取|访问|回访", lab))
    return g.base_unit in _RESPONDENT_UNITS


def _large_count(g: Fig) -> bool:
    """受理来电1.36万件: a count of discrete things stated with a multiplier, so known only to its rounding."""
    return (g.kind == "count" and not g.qualifier and g.unit != g.base_unit and g.multiplier >= 1000
            and g.base_unit not in CONTINUOUS and g.value is not None and g.value > 0)


def _large_n_row(n_fig: Fig, f: Fig, p: Interval) -> dict | None:
    """A rate over a rounded count (办结率99.6% of 1.36万件) → consistent when some whole n within the count's rounding
    gives it (for a large n every percentage of the stated precision is possible); never inconsistent, the count
    being known only roughly."""
    iv = _sh_niv(n_fig)
    if not iv.bounded or iv.low < 1:
        return None
    lo = int(iv.low.to_integral_value(rounding=ROUND_CEILING))
    hi = int(iv.high.to_integral_value(rounding=ROUND_FLOOR))
    width = (p.high - p.low) * lo / HUNDRED
    hit = lo if width >= 1 else next((n for n in range(lo, min(hi, lo + 500) + 1) if grim_possible(p, n)[0]), None)
    if hit is None:
        return None
    d = f.decimals or 0
    computed = (f"n = {n_fig.text} ({lo}–{hi}): {f.text} needs {fmt_interval(p, d + 1, '%')}, "
                f"possible for n = {hit}" + (" and every n above" if width >= 1 else ""))
    en = f"{f.text} of about {n_fig.text} is possible: with so many, every percentage of this precision can occur."
    zh = f"约{n_fig.text}中，{f.text}可能成立：数量较大时该精度的百分比都可能出现。"
    start, end = span_of([n_fig, f], f.sent)
    return result("granularity", schema.CONSISTENT, [n_fig, f], start, end, f"{f.text} of {n_fig.text}", computed, en, zh)


_CLASS_UNITS = {"类", "大类", "项", "种", "个方面"}  # (中央、省级、县级3类资金分别占…: the classes named, counted)
_CUT_LEAD = re.compile(r"(?:按|从)[\u4e00-\u9fff]{1,8}(?:分|看|划分|区分)[，,]")


def _day_tally(folded: str, g: Fig) -> bool:
    """在76天超标天数中 / 优良天数289天: days counted as a tally (a 天数 named beside them), not a span of time."""
    return g.base_unit == "天" and ("天数" in _clause_text(folded, g)[-8:] or folded.startswith("天数", g.end)
                                    or _re.match(r"[\u4e00-\u9fff]{0,6}天数", folded[g.end:g.end + 8]) is not None)


def _count_n(doc, folded: str, f: Fig, sents: dict, s: Share) -> Fig | None:
    """The count a percent is taken over: an exact count in its clause or the clause before it."""
    # bases, changes and thresholds (上年为339件, 多47件, 超过10万元的村) are not what a share is taken over
    own = [g for g in sents.get(f.sent, []) if g.end <= f.start and g.kind in ("count", "money", "weight", "area", "length")
           and not is_reference(folded, g) and not _threshold(folded, g)]
    cs = clause_start(folded, f.start)
    prev_cs = clause_start(folded, cs - 1) if cs > 0 and folded[cs - 1] in "，,；;" else cs
    near = [g for g in own if g.start >= prev_cs]
    between = [g for g in sents.get(f.sent, []) if prev_cs <= g.start < cs]
    if not near and between and prev_cs > 0 and folded[prev_cs - 1] in "，,；;" and all(
            is_reference(folded, g) or g.kind in ("percent", "percentage_point")
            and _CHANGE_OR_TARGET.search(folded, clause_start(folded, g.start), g.start) for g in between):
        # 抽检5260批次，比上年的4380批次增长22.1%；抽检总体合格率97.8%: past the count's own change and base
        near = [g for g in own if g.start >= clause_start(folded, prev_cs - 1)]
    if (not near and s.rate and len(between) == 1 and between[0].kind == "percent" and prev_cs > 0
            and folded[prev_cs - 1] in "，," and _RATE_CLAUSE_ONLY.fullmatch(folded, prev_cs, between[0].end)
            and folded[between[0].end:cs] in ("，", ",")
            and (s.stem[:2] in (cnt := folded[clause_start(folded, prev_cs - 1):prev_cs])
                 or _ASSESS_OUTCOME.match(s.stem) and _ASSESSED.search(cnt))):
        # 对辖区63家沿街商铺开展专项检查，责任书签订率为100%，检查达标率为91%: past another rate of the same things
        # counted, in a clause of its own, to the count
        near = [g for g in own if clause_start(folded, prev_cs - 1) <= g.start < prev_cs]
    act = _NOW_LEAD.sub("", s.stem)
    if (not near and not between and s.rate and prev_cs > 0 and folded[prev_cs - 1] in "，,"
            and (len(s.stem) >= 4 and s.stem[:-2] in folded[prev_cs:cs]
                 or len(act) == 2 and _CASE_RATES.fullmatch(act) and act in folded[prev_cs:cs])):
        # (…信访案件实行包案，逐案明确责任人和化解时限，目前化解率为80%: the case rate's own act named in the clause between)
        # 完成11座水库除险加固，全部通过竣工验收，验收合格率为90%: past a clause with no figure that names the act the
        # rate is of (验收 of 验收合格率), to the things it was done to
        near = [g for g in own if g.start >= clause_start(folded, prev_cs - 1)]
    if not near and not between and s.rate and len(s.stem) >= 4 and prev_cs > 0 and folded[prev_cs - 1] in "，,":
        # 监督抽检320批次，重点覆盖蔬菜、水果，抽检合格率为97.4% / 走访重点企业27家，对服务成效开展回访，企业满意率:
        # past a figureless clause, to a count whose clause names the rate's act (抽检) or the things rated (企业)
        back = [g for g in own if clause_start(folded, prev_cs - 1) <= g.start < prev_cs]
        # (满意的190件，基本满意的（ ）件，满意率: a clause with a blank of the count's unit is a peer left blank)
        if back and back[-1].unit and back[-1].unit in folded[prev_cs:cs]:
            back = []
        if back and (s.stem[:2] in _clause_text(folded, back[-1])
                     or _NAME_PREFIX.sub("", item_label(folded, back[-1]))[-2:] == s.stem[:2]):
            near = back
    if (not near and not between and not s.rate and prev_cs > 0 and folded[prev_cs - 1] in "，,"
            and _CUT_LEAD.fullmatch(folded, prev_cs, cs)):
        # 受理投诉2,176件，按内容分，水压问题占41.2%、…: past a figureless 按…分 / 从…看 clause that only says how the
        # count just before it is cut
        near = [g for g in own if g.start >= clause_start(folded, prev_cs - 1)]
    if (not near and not between and not s.rate and prev_cs > 0 and folded[prev_cs - 1] in "，,"
            and (_GRADE_NAMED.search(s.stem) or _OUTCOME_NOUN.fullmatch(s.stem))):
        # 开设专业11个，…对全部专业开展…评估，评估结果为优良的专业占60%: past a figureless clause that assesses all the
        # things the count before it counts, to that count
        back = [g for g in own if clause_start(folded, prev_cs - 1) <= g.start < prev_cs]
        mid = folded[prev_cs:cs]
        if back and _ASSESSED.search(mid) and (_ALL_WORD.search(mid) and _NAME_PREFIX.sub("", item_label(folded, back[-1]))[-2:] in mid
                                               or _outcome_of_counted(folded, s.stem, back[-1])):
            near = back
    if len(near) >= 2 and len(s.stem) >= 2 and not s.rate:
        # 队伍36支、队员1,120人，其中专业队伍、…分别占…: the count whose noun the share's names end with, not the
        # nearest count of something else
        heads = [item_label(folded, g)[-2:] for g in near]
        if len(heads[-1]) == 2 and heads[-1] not in s.stem:
            named = [g for g, h in zip(near[:-1], heads) if len(h) == 2 and h in s.stem]
            if len(named) == 1:
                near = named
    if near:
        g = near[-1]
        if s.rate and g.start < cs and _overall_of_other(folded, g, s.stem):
            return None  # 帮助残疾人就业38人，全县总体就业率达97.2%: the county's rate, not one of the 38
        if _CLASSES_SPLIT.search(folded, clause_start(folded, g.start), g.end + 2):
            return None  # 按规模分为3类，其中大型企业占6.0%: the classes counted are no n of the things classified
        if (g.base_unit in _DURATIONS and not _day_tally(folded, g)) or not (
                (g.exact or _large_count(g)) and g.value is not None and g.value > 0):
            return None  # 学前三年毛入园率: a span of time is not a tally the rate is taken over
        if not s.rate and not s.stem and _re.fullmatch(r"[，,]?[^，,；;。\d%]{0,16}[，,](?:约|仅|均|其|所)?占(?:到|了)?",
                                                      folded[g.end:f.start]) and not label_of(folded, g):
            return None  # 12个村建成污水处理设施，占26.7%: the count the clause is about is the part, not the n
        if g.qualifier or g.base_unit in _AGES:
            return None  # 35岁以下占28.4% / 100余家: a bound or an age picks a group out; a rough count has no exact n
        if ((not _DIGIT_OR_PCT.search(g.text) or g.base_unit in _CLASS_UNITS) and _LISTED_NAMES.search(label_of(folded, g))
                and _EACH_WORD.search(folded, g.end, f.start)):
            return None  # 培训、社保和贴息三项支出分别占…: the count of the items named, each a share of some amount
        if s.rate and _negates(folded, g, s.stem):
            return None  # 检出不合格样品71批次，合格率97.8%: the failures, not the things tested
        if (not s.rate and len(s.stem) >= 2 and label_of(folded, g).startswith("其中")
                and not _stem_matches(_segment_before(folded, g), s.stem[-4:])):
            return None  # 委员218名，其中中共党员83名，党外委员占61.9%: a share of the whole, not of the part 其中 named
        # (对7名新教师考核，合格率85.7%；6名骨干教师参加评比，…比例为70%: a count of another ；-part is no peer)
        seg = clause_start(folded, g.start, "；;。！？!?\n")
        peers = [h for h in own if seg <= h.start and h.end <= g.start and h.base_unit == g.base_unit]
        graded = not s.rate and _GRADE_NAMED.search(s.stem) and _ASSESSED.search(folded, g.end, clause_end(folded, g.end))
        # (将46个部门单位纳入…，选取13个重点项目开展绩效评价，评价结果为“优秀”的占35%: the grades of the things the
        # count's own clause assessed, whatever was counted before it)
        if peers and not graded and not _TOTAL_WORDS.search(item_label(folded, g)) and not _re.search(r"有效|收回|回收", label_of(folded, g)) \
                and (label_of(folded, g).endswith("的") or "、" in folded[peers[-1].end:g.start]
                     or not _CASE_NOUN.search(item_label(folded, g)) or not _CASE_RATES.search(s.stem)):
            return None  # 满意的389件、基本满意的21件、不满意的2件，满意率…: the last item of a list, not its n
            # (审批32件，查处水事违法案件17件，结案率100%: a count of cases after a count of another act is the cases' own)
        return g
    if s.rate:
        # 对7件重点提案，局领导逐件牵头办理，面商率为80%: the things a 对 opens the sentence with, each handled in turn
        g = next((g for g in reversed(own) if g.exact and g.value and _ONE_BY_ONE.search(folded, g.end, f.start)
                  and _re.search(r"对$", label_of(folded, g))), None)
        if g is not None:
            return g
    if _CASE_RATES.search(s.stem) or (_SURVEY_RATES.search(s.stem) and not s.rate):
        # 办结率100% / 已解决的比例达到76.2% / 满意和基本满意的占98.7%: a rate over the cases the sentence or
        # paragraph counted in total (全年交办代表建议386件)
        para = paragraph_start(folded, f.start)
        for g in reversed([g for g in doc_figs_before(sents, f) if g.start >= para] + own):
            if g.exact and not is_reference(folded, g) and (verb := _TOTAL_WORDS.search(lab := _clause_text(folded, g))) \
                    and not _named_in_passing(lab):
                if any(h is not g and h.base_unit == g.base_unit and verb.group(0) in _clause_text(folded, h)
                       for h in sents.get(g.sent, [])):
                    continue  # 处室承办31件，直属单位承办15件: items of one verb split the cases, neither is all of them
                return g
    return None


# 总体就业率 / 整体入住率 / 全区就业率: a rate said of all the things of a kind (a 综合 rate is an average: _AVERAGE_WORD)
_NOW_LEAD = re.compile(r"^(?:截至)?(?:目前|当前|现已|已)")
# the things a case rate (结案, 化解, 整改…) is over
_CASE_NOUN = re.compile(r"案件|案$|问题|事项|信访|投诉|诉求|建议|提案|议案|线索|纠纷|矛盾|隐患|图斑")
_OVERALL = re.compile(r"总体|整体|全(?:国|省|市|州|盟|县|区|旗|镇|乡|街道|社区)")


def _overall_of_other(folded: str, g: Fig, stem: str) -> bool:
    """培训农民工1200人，全区农民工就业率95.13% / 实现青年就业47人，社区总体就业率96.3%: is the rate said of all of
    its kind (总体, 整体, 全区…) while the count in the clause before is of a group picked out — its clause neither a
    total (共, 累计, 抽检…) nor naming what stands before the qualifier (抽检 of 抽检总体合格率)? Then the count is no n."""
    m = _OVERALL.search(stem) if ("总" in stem or "整" in stem or "全" in stem) else None
    if m is None:
        return False
    lab = _clause_text(folded, g)
    head = stem[:m.start()]
    return not (_TOTAL_WORDS.search(lab) or (len(head) >= 2 and head[-2:] in lab))


_SAMPLE = re.compile(r"有效(?:问卷|样本|答卷)|回收(?:有效)?(?:问卷|答卷)?|受访|调查|测评|样本|随机")


def _group_counted_before(doc, folded: str, sents: dict, f: Fig) -> Fig | None:
    """A sentence opening with "X中，" (X of four characters or more) → the one exact count of the paragraph's last
    three sentences whose label holds X's words in order and ends with its last word (受访者734人 for 实体大厅受访者)."""
    m = _WHOLE_LEAD.match(doc.sentences[f.sent].text)
    name = _re.sub(r"^(?:在|对)", "", m.group(1)) if m else ""
    if len(name) < 4:
        return None
    words = _rx(".*".join(re.escape(name[i:i + 2]) for i in range(0, len(name) - 3, 2)) + ".*" + re.escape(name[-2:]) + "$")
    para = paragraph_start(folded, f.start)
    # (对其中12个单位开展了现场审计。现场审计的单位中，…: the noun glued after the count, the act in its clause)
    act, noun = name.rsplit("的", 1) if "的" in name else (name[:-2], name[-2:])
    acts = [act[i:i + 2] for i in range(0, len(act) - 1, 2)] if len(noun) >= 2 else []
    hits = [g for k in range(max(0, f.sent - 3), f.sent) for g in sents.get(k, []) if g.start >= para and g.exact
            and g.value and not g.qualifier and not is_reference(folded, g) and (words.search(label_of(folded, g)) or (
                (folded.startswith(noun, g.end) or g.unit.endswith(noun)) and acts
                and all(a in folded[clause_start(folded, g.start):clause_end(folded, g.end)] for a in acts)))]
    return hits[0] if len(hits) == 1 else None


# 今年对全部养老机构开展等级评定，达标率为80% / 对上述组织开展审计: all the things of a kind (or those just counted), assessed
_ALL_ASSESSED = re.compile(r"对(?:全部|所有|全体|全[市县区镇乡旗]|上述|以上|前述|这些)(?:的)?([\u4e00-\u9fff]{2,8}?)(?:开展|进行|实施|组织)(?:了)?"
                           r"[^，,；;。\d%]{0,12}?[，,]")


_ALL_TOOK_PART = re.compile(r"(?:今年|全年|年内|本年|当年)?(?:已经|已)?(?:全部|均|全都|都)(?:已)?(?:参加|参与|接受)(?:了)?"
                            r"[^，,；;。\d%]{0,14}[，,]$")


def _all_took_part(doc, folded: str, sents: dict, f: Fig, s: Share) -> Fig | None:
    """全县有国有林场6个，今年全部参加了…考核，达标率… — a count closing its clause, then a clause saying all of them
    took part in an assessment (参加/参与/接受: not 开展/进行, which may be of others — 中小学45所，全部开展了学生体质
    健康测试), then the rate of its outcome → that count, surely the rate's n."""
    if not s.rate or not _ASSESS_OUTCOME.search(s.stem):
        return None
    cs = clause_start(folded, f.start)
    if _DIGIT_OR_PCT.search(folded, cs, f.start) or cs < 1:
        return None
    ps = clause_start(folded, cs - 1)
    m = _ALL_TOOK_PART.match(folded, ps, cs)
    if m is None or not _ASSESSED.search(m.group(0)):
        return None
    prev = [g for g in sents.get(f.sent, []) if g.end <= ps]
    g = prev[-1] if prev else None
    if (g is None or g.kind != "count" or not g.exact or not g.value or g.qualifier or is_reference(folded, g)
            or clause_end(folded, g.end) + 1 != ps):
        return None
    return g


def _all_assessed_before(doc, folded: str, sents: dict, f: Fig, s: Share) -> Fig | None:
    """对全部X开展…评定，达标率… with X counted once in the paragraph's last three sentences (现有养老机构12家) → that
    count, the n of a rate of an assessment's outcome."""
    if not s.rate or not _ASSESS_OUTCOME.search(s.stem):
        return None
    sent = doc.sentences[f.sent]
    m = _ALL_ASSESSED.search(folded, sent.start, f.start)
    if m is None or not _ASSESSED.search(m.group(0)) or clause_start(folded, f.start) != m.end():
        return None
    noun, para = m.group(1), paragraph_start(folded, f.start)
    hits = [g for k in range(max(0, f.sent - 3), f.sent) for g in sents.get(k, []) if g.start >= para and g.exact
            and g.value and not g.qualifier and not is_reference(folded, g) and g.kind == "count"
            and (_NAME_PREFIX.sub("", item_label(folded, g)).endswith(noun)
                 or folded[g.end:clause_end(folded, g.end)].endswith(noun)  # (共有46个村级集体经济组织)
                 or folded.startswith(noun, g.end))]  # (全县62个立档单位由…组成)
    return hits[0] if len(hits) == 1 else None


_CLASSIFIED_OTHER_MEASURE = re.compile(r"金额|资金|经费|人数|人次|面积|产值|收入|支出|投资|规模|用量|产量")


def _classified_count_before(doc, folded: str, sents: dict, f: Fig, s: Share) -> Fig | None:
    """全年共受理争议案件412件。从案由看，劳动报酬类占58.3%…: a share in a sentence opening with a classification
    (从…看 / 按…分), of the things the sentence before counts in total → that count (the share is k of it)."""
    if s.rate or s.part is not None or f.sent < 1:
        return None
    sent = doc.sentences[f.sent]
    if not _CLASSIFY_LEAD.match(sent.text) or _CLASSIFIED_OTHER_MEASURE.search(folded, sent.start, f.start):
        return None
    if paragraph_start(folded, f.start) > doc.sentences[f.sent - 1].start:
        return None
    prev = [g for g in sents.get(f.sent - 1, []) if g.kind == "count" and not is_reference(folded, g)]
    if not prev:
        return None
    g = prev[-1] if len(prev) == 1 else None
    if (g is None or not g.exact or not g.value or g.qualifier or g.base_unit in _DURATIONS
            or not _TOTAL_WORDS.search(_clause_text(folded, g))):
        return None
    if any(h.start > g.end and h.quantity and h.base_unit != g.base_unit and clause_start(folded, h.start) <= g.start
           and "、" not in folded[g.end:h.start] and len(CJK_CHAR.findall(folded[g.end:h.start])) >= 2
           for h in sents.get(g.sent, [])):
        return None  # (全年五项社会保险基金总收入38.64亿元: the count names the kinds of an amount its clause measures)
    among = _AMONG_GROUP.search(folded, sent.start, f.start)
    if among and not bigrams(among.group("x")) & bigrams(item_label(folded, g)):
        return None  # (…。从参保单位结构看，全市参保企业中，制造业…分别占…: a population of its own, not the count's)
    return g


# the population a classified sentence names before its shares (全市参保企业中，)
_AMONG_GROUP = re.compile(r"(?P<x>[\u4e00-\u9fff]{2,10})中[，,]")


def _sample_count(folded: str, sents: dict, f: Fig, s: Share) -> Fig | None:
    """A survey rate's sample counted earlier in its sentence (回收有效问卷574份 / 调查群众320人), the last such."""
    if not _SURVEY_RATES.search(s.stem):
        return None
    for g in reversed(sents.get(f.sent, [])):
        if (g.end <= f.start and g.exact and g.value and (g.base_unit in ("份", "人", "户", "名", "人次") or (
                g.base_unit == "个" and _VALID_SAMPLE.search(item_label(folded, g))))  # (有效样本380个)
                and _SAMPLE.search(item_label(folded, g))):
            return g
    return None


_VALID_SAMPLE = re.compile(r"有效(?:问卷|样本|答卷)")
# (随机走访受益群众30户: people drawn at random and asked — the sample itself)
_SURE_SAMPLE = re.compile(_VALID_SAMPLE.pattern + r"|随机(?:走访|抽取|抽查|抽访|调查|回访|访问|电访|询问)")
_SHARE_RATE_STEM = re.compile(r"(?<!综合)(?<!平均)(?<!总体)(?<!加权)(?:满意|知晓|好评|认可)率(?:为|是|达到|达)?$")


def _valid_sample(folded: str, sents: dict, f: Fig, s: Share, g: Fig) -> bool:
    """回收有效问卷583份，群众满意率91.35%: the valid questionnaires (or samples) counted in the clause right before a
    satisfaction (知晓, 好评…) 率 — a share of people, not a score — are surely its n."""
    own = [h for h in sents.get(f.sent, []) if h.end <= f.start]
    if g not in own or any(h.kind != "percent" for h in own[own.index(g) + 1:]):
        return False
    # (回收有效问卷574份，有效回收率95.7%，服务对象满意率92.6%: past the sample's own rate clauses)
    between = _RATE_CLAUSE.sub("", folded[g.end:f.start])
    return (_SURE_SAMPLE.search(item_label(folded, g)) is not None
            and _SHARE_RATE_STEM.search(folded, g.end, f.start) is not None
            and _re.fullmatch(r"[，,；;][\u4e00-\u9fff]{0,10}", between) is not None
            and not _re.search(r"度|均|综合|加权|得分", folded[g.end:f.start]))


_RATE_CLAUSE = re.compile(r"[，,；;][\u4e00-\u9fff]{0,8}率(?:为|是|达到|达)?\d+(?:\.\d+)?%(?=[，,；;])")


def _list_whole(folded: str, sents: dict, f: Fig) -> Fig | None:
    """在编教师43名，其中本科学历21名、专科学历19名、中师及以下3名，学历合格率100%: a rate right after a list opened by
    其中 takes the count before 其中 as its n (the list being of its members)."""
    own = [g for g in sents.get(f.sent, []) if g.end <= f.start]
    if len(own) < 3 or not _re.fullmatch(r"[，,]", folded[own[-1].end:clause_start(folded, f.start)]):
        return None
    for k in range(len(own) - 2, -1, -1):
        g = own[k]
        if _re.match(r"[，,：:]?其中[：:]?", folded[g.end:own[k + 1].start]) and g.exact and g.value and all(
                h.base_unit == g.base_unit for h in own[k:]):
            return g
    return None


_OUTCOME = re.compile(r"及格|优秀|优良|合格|达标|通过")
_TOOK_PART = re.compile(r"参考|参试|参检|参测|参赛|参评|参加[^，,；;。]{0,10}(?:考试|测试|检测|考核|测评|评估|评比|检查|竞赛|比赛|考)")


def _participants(doc, folded: str, f: Fig, sents: dict, s: Share) -> Fig | None:
    """3个毕业班共137名学生全部参考。语文及格率97.1%、优秀率62.8%: rates of an assessment's outcome (及格, 优秀, 合格…)
    with no count of their own take the people the sentence before said took part (参考, 参加…测试) as their n."""
    if not _OUTCOME.search(s.stem) or f.sent < 1 or any(g.end <= f.start and g.kind == "count" for g in sents.get(f.sent, [])):
        return None
    prev = [g for g in sents.get(f.sent - 1, []) if g.kind == "count"]
    if not prev or prev[-1].start < paragraph_start(folded, f.start):
        return None
    g = prev[-1]
    if not g.exact or g.qualifier or not g.value or g.base_unit in _DURATIONS or is_reference(folded, g):
        return None
    clause = folded[clause_start(folded, g.start):clause_end(folded, g.end)]
    return g if _TOOK_PART.search(clause) else None


# What a rate can be a share of, when the count before it is named by none of the rate's words: the things an
# assessment was held on (对7家机构开展评估，合格率…), the cases handled (受理/交办…件，办结率…), the people asked
# (调查/回访…人，满意率…) — each with the outcomes such a count yields.
_ASSESSED = re.compile(r"考核|评估|评价|测评|考评|评比|评审|评定|检查|抽查|抽检|检测|检验|监测|验收|审核|审计|考试|测试|督查|"
                       r"核查|复核|鉴定|体检|排查|巡查|巡检|参考|参试|参检|参测|参赛|参评|"
                       # 评查/复评/复查/抽验/抽样/回头看: other words for looking over things and grading them
                       r"评查|复评|复查|复检|抽验|抽样|抽取|查验|考察|考查|审查|回头看|暗访|年检|年审|"
                       # 督察/督导/巡察/巡视: an inspection of units, its outcome (整改达标) for each
                       r"督察|督导|巡察|巡视|"
                       # 参加…大赛/汇演/评选: a contest, its outcome 获奖 for each entrant
                       r"竞赛|比赛|大赛|汇演|会演|展演|评选")
# (抽查案卷50卷，规范率; 对竣工的37个项目开展“回头看”，达产率; 对17家机构开展飞行检查，问题发现率: each has it or not)
_ASSESS_OUTCOME = re.compile(r"合格|优秀|优良|良好|达标|通过|及格|整改|验收|获奖|晋级|规范|达产|发现")
# (发现问题隐患9处，整改到位率: the problems found, each set right or not)
_HANDLED = re.compile(r"受理|办理|督办|交办|承办|审结|收到|接到|接收|立案|收案|征集|转办|转交|提出|查处|查办|侦办|审理|包案|"
                      r"发现|查出")
# (回复意见的7位委员 / 填写问卷的: those who answered are the ones asked)
_ALL_WORD = re.compile(r"全部|均|全数|逐一|逐个")
_RATERS = re.compile(r"(?:组织|邀请|请|由)$")
_ASKED = re.compile(r"调查|问卷|测评|考评|评价|回访|访谈|受访|抽样|随机抽[查取选]|征求|(?:回复|反馈|提交|填写|填报)了?(?:意见|评价|测评表)")
_NAME_PREFIX = re.compile(r"^(?:其中|全年|今年|当年|本年|全[\u4e00-\u9fff]|现有|共有|共计|共|有|累计|已)+")


_UNIT_OUTCOME = re.compile(r"合格|优秀|优良|良好|达标|通过|及格|验收|成功|完成|建成|办结|整改")
_PEOPLE_ASKED = re.compile(r"患者|病人|群众|居民|市民|村民|学生|家长|游客|顾客|旅客|乘客|职工|服务对象|住户|业主|消费者|办事人")


# 隐患整改率 / 处方合格率 / 群众满意率: the things or people the rate is of, named at its head (问题整改率 of
# 7个区县 audited is left to the count: the problems each unit had fixed, in the corpus convention)
_ITEM_RATED = re.compile(r"隐患|处方|病历|案卷|卷宗|样品|样本|产品|食品|药品|群众|居民|患者|病人|游客|学生|家长|顾客|"
                         r"办事群众|服务对象|企业群众")


def _cases_acted_on(doc, folded: str, sents: dict, f: Fig) -> Fig | None:
    """The count of cases (件) a clause of a rate's sentence opens on acting on (对涉及民生的十二件重点提案，… / …，对23件
    拖欠农民工工资案件集中执行), before the rate."""
    if f.sent < 0 or "对" not in folded[doc.sentences[f.sent].start:f.start] \
            or _ASKED_AROUND.search(folded, doc.sentences[f.sent].start, f.start):
        return None  # (对9件重点督办件开展调研，满意率…: a study asking others, not each case rated)
    return next((g for g in sents.get(f.sent, []) if g.end <= f.start and g.base_unit == "件" and g.exact and g.value
                 and not g.qualifier and _ACTED_ON_LEAD.fullmatch(folded, clause_start(folded, g.start), g.start)), None)


_ASKED_AROUND = re.compile(r"调研|调查|座谈|问卷")
# (全年执行案件执结率 / 执行款到位率: a rate of the whole year, or of money — no k of the cases acted on)
_YEAR_WIDE = re.compile(r"全年|全县|全市|全区|款|金|资金")
# (not 代表对办理工作表示满意的176件: those who answered, a part)
_ACTED_ON_LEAD = re.compile(r"[\u4e00-\u9fff]{0,6}?对(?:(?!表示|认为|满意|评价|反映)[^，,；;。：:\d]){0,12}")


def _sure_n(folded: str, g: Fig, s: Share) -> bool:
    """Is the count surely the n of the rate, sure enough to call the rate impossible? Only when the rate's name (or
    its clause) names what was counted — the counted noun (对12个乡镇…，乡镇达标率), the count's own verb (签约
    1,280户，签约率), or the action whose outcome the rate is (抽检…批次 → 合格率, 受理…件 → 办结率, 调查…人 → 满意率).
    全县有幼儿园12所，入园率92.3% / 组建团队23个，签约率78.6%: a rate of something the count is not of."""
    if _SURVEY_RATES.search(s.stem) and _re.search(r"次|场|期|批", g.base_unit):
        return False
    if _ONE_BY_ONE.search(folded, g.end, s.pct.start) and _re.search(r"对$", label_of(folded, g)):
        return True  # 对7件重点提案…逐件办理，面商率…: each of the things counted had the outcome or not
    if s.rate and _re.search(r"对(?:全[市县区镇乡])?$", label_of(folded, g)) and _UNIT_OUTCOME.fullmatch(
            _re.sub(r"^(?:其中|全年|总体)", "", s.stem)) and clause_end(folded, g.end) + 1 == clause_start(folded, s.pct.start) \
            and not _DIGIT_OR_PCT.search(folded, g.end, s.pct.start):
        return True  # 对全县14个乡镇卫生院实施标准化建设，达标率…: the things acted on, each reaching the outcome or not
    if g.base_unit in ("次", "场", "期", "轮", "届", "场次", "批"):
        return False  # 召开会议12次，出席率95.6%: a rate over events is rarely a share of them (who attended is)
    stem = _re.sub(r"^(?:其中|全年|今年|当年|全市|全县|全区)", "", s.stem)
    item = _ITEM_RATED.match(stem)
    # (抽查25份案卷，案卷合格率: the things named right after the count's measure word are those counted)
    if item and item.group(0) not in item_label(folded, g) + g.base_unit and not folded.startswith(item.group(0), g.end):
        return False  # 26家养老机构开展检查，隐患整改率 / 7家医院…处方合格率: a rate of other things than those counted
    if len(stem) >= 2 and "应" + stem[:2] in label_of(folded, g):
        return True  # 应参训人员120人，参训率… / 应接种儿童…人，接种率…: those who should, the rate's own n
    if stem.startswith("参"):
        return False  # 培训4,600人，参训率…: the people trained may be the part
    if stem.endswith("覆盖") and _PLACES_COVERED.match(folded, g.end) and _LOOKED_OVER.search(folded, g.end, s.pct.start) \
            and not _re.search(r"户|人", stem):  # (入户排查覆盖率: over households, not the 11 communities)
        return True  # 对辖区11个老旧小区开展…摸排，充电设施覆盖率: the places looked at, each covered or not
    if stem.endswith(("覆盖", "普及", "使用", "利用", "周转", "占用", "入住")):
        # 新建服务设施92个，设施覆盖率… / 开放床位60张，床位使用率…: a coverage is over the places covered, a use rate over
        # time (bed-days), neither over the things counted
        return False
    after = folded[g.end:clause_end(folded, g.end)]
    clause = label_of(folded, g) + after
    if _re.match(r"[\u4e00-\u9fff]{0,6}?的[\u4e00-\u9fff]{0,8}率", after) and _UNIT_OUTCOME.search(stem):
        # 局属3所学校的达标率 / 2个试点项目的成功率: an outcome each of the things counted has or not, said so by 的
        # (12个乡镇的自来水普及率, 5个村的参保率: rates over the people there — left alone)
        return True
    # (7个村民小组…: a noun the measure word carries — 个村 — starts the things named again)
    g_end = g.end - len(g.unit[1:]) if g.unit.startswith("个") and folded.startswith(g.unit, g.end - len(g.unit)) else g.end
    if (s.rate and len(stem) >= 4 and _UNIT_OUTCOME.search(stem) and s.pct.start - g.end <= 24
            and not _DIGIT_OR_PCT.search(folded, g.end, s.pct.start)
            and (k := folded.find(stem[:3], g_end, s.pct.start)) >= 0
            and (k - g_end <= 3 or k - g_end <= 12 and not _OTHER_HOLDER.search(folded, g_end, k))
            and not _re.search(r"[，,；;、]", folded[g_end:k])):
        return True  # 全县7个乡镇水利站规范化建设达标率80%: the things counted named again as the rate's subject, an
        # outcome each has or not
    if s.rate and _re.match(r"[\u4e00-\u9fff]{0,6}?的[\u4e00-\u9fff]{0,12}率", after):
        return False
    if not s.rate and _SHARE_AMONG_IT.match(folded, g.end, s.pct.start) and not any(
            stem[i:i + 4] in item_label(folded, g) for i in range(max(0, len(stem) - 3))):
        # (办理认罪认罚从宽案件7件，适用认罪认罚从宽制度的比例为45%: the count is of those the share names — its part)
        return True  # 班子成员5人，其中具有研究生学历的占30% / 协办的9件建议均…，其中被采纳的比例为50%: a share among the
        # count just stated (its clause may run on, with no figure)
    if (_ASSESSED.search(stem) and _ASSESS_OUTCOME.search(stem) and g.base_unit in ("人", "名", "位")
            and _re.search(r"(?:共有|现有|有|共)$", label_of(folded, g)) and folded[g.end:g.end + 1] in "，,"
            and s.pct.start - g.end <= 16):
        return True  # 我科室共有7人，年度考核合格率为80%: the people there, each assessed, as the rate's name says
    if (_ASSESSED.search(stem) and _ASSESS_OUTCOME.search(stem) and g.base_unit in ("家", "个", "所")
            and _re.search(r"(?:下属|下辖|所属|直属)[\u4e00-\u9fff]{2,12}$", label_of(folded, g))
            and folded[g.end:g.end + 1] in "，," and clause_end(folded, g.end) + 1 == clause_start(folded, s.pct.start)
            and s.pct.start - g.end <= 20 and not _DIGIT_OR_PCT.search(folded, g.end, s.pct.start)):
        return True  # 集团下属全资及控股子公司9家，年度经营业绩考核优秀率为40%: the units under the body, each assessed
    if _SURVEY_RATES.search(stem):
        if (g.base_unit not in _PEOPLE and _PEOPLE_ASKED.search(after) and _re.search(r"调查|问卷|访", after)
                and not _re.search(r"测评|评价|评议", after)):
            # 对12家医院开展患者满意度调查: the patients were asked, not the hospitals (对6个窗口开展群众满意度测评:
            # the windows were rated, each one)
            return False
        between = folded[g.end:s.pct.start]
        # (走访企业27家，对服务成效开展回访，企业满意率: the things counted asked back in a figureless clause between,
        # the rate naming them)
        if g.base_unit in _PEOPLE and _RATERS.search(label_of(folded, g)) and _re.search(r"评议|评测|打分", after):
            return True  # 组织43名村民代表对村“两委”班子进行民主评议，满意率…: the people who rated, each once (对43名
            # 干部进行评议: those rated, by others — left alone)
        return bool(_ASKED.search(clause)) or (
            not _DIGIT_OR_PCT.search(between) and bool(_ASKED.search(between))
            and _NAME_PREFIX.sub("", item_label(folded, g))[-2:] == stem[:2])  # 对5个大厅开展满意度测评 / 回访群众300人 — not 走访, not 开展整治
    if _re.fullmatch(r"[^，,；;。\d]{0,10}中", after) or _among_counted_noun(folded[g.end:s.pct.start]):
        return True  # 全镇21个行政村中，…的村占比… / 14个党支部中达标的支部占比…: the share is among the things counted
    if (s.rate and g.base_unit in ("人", "名", "位", "支") and _PERSONAL_OUTCOME.fullmatch(stem)
            and _GROUP_DEFINED.search(label_of(folded, g)) and not label_of(folded, g).startswith("其中")
            and clause_end(folded, g.end) + 1 == clause_start(folded, s.pct.start)
            and not _DIGIT_OR_PCT.search(folded, clause_start(folded, s.pct.start), s.pct.start)):
        # 派出的4名青年教师赴海外访学，按期返校率为80% / 选派6名教师参加…: the group a relative clause or a sending
        # verb defines, then in the next clause the rate of an outcome each of them has or not
        return True
    # (完成11座水库除险加固，全部通过竣工验收，验收合格率…: the checking said between the count and its rate)
    between = folded[g.end:s.pct.start]
    if (not s.rate and _GRADE_GIVEN.search(stem) and _ASSESSED.search(after)
            and clause_end(folded, g.end) + 1 == clause_start(folded, s.pct.start)):
        return True  # 选取9个项目开展绩效评价，评价结果为“优”的占…: a grade each of the things assessed got or not
    grade = _GRADE_NAMED.search(stem)
    if (not s.rate and not _DIGIT_OR_PCT.search(between) and _ASSESSED.search(after + between) and not _owned_by_counted(folded, g) and (
            grade and (not grade.group("noun") or grade.group("noun")[-1] in item_label(folded, g) + g.base_unit)
            or _outcome_of_counted(folded, stem, g))):
        # 对全市14家大型商超开展…等级评定，评为A级的占比… / 开设专业11个，…对全部专业开展…评估，评估结果为优良的专业占…:
        # a grade the things counted were given, each one, no other figure between
        return True
    if (_ASSESS_OUTCOME.search(stem) and (_ASSESSED.search(clause) or (
            not _DIGIT_OR_PCT.search(between) and _ALL_WORD.search(between) and _ASSESSED.search(between)))) or (
            _CASE_RATES.search(stem) and _HANDLED.search(clause)):
        return True
    if s.rate and _MADE_BEFORE.search(item_label(folded, g)) and _EXTENT_ACT.search(stem):
        return False  # 全村新建户厕218座，户厕改造率达到44.9%: the ones made this year are done ones, an extent's part
    # the counted noun or the count's verb, two characters of it (一个 when the name is one character long)
    names = [_NAME_PREFIX.sub("", item_label(folded, g))[-2:], g.base_unit[1:] if g.base_unit.startswith("个") else ""]
    # (全年共调处纠纷11起，调处成功率: the count's verb before its object, the rate of that act's outcome)
    act = _re.sub(r"^(?:全年|今年|当年|本年|年内)?(?:共计|共|累计|合计)?", "", _NAME_PREFIX.sub("", item_label(folded, g)))
    if len(act) >= 4 and s.rate and _ACT_OUTCOME.fullmatch(stem[2:]) and stem.startswith(act[:2]):
        names.append(act[:2])
    if _re.search(r"对[^，,；;。]{0,6}$", label_of(folded, g)):
        # 对30件建议的办理情况开展“回头看”，认为办理效果好的占…: what was looked at in the things counted
        # (对13片运动场开展开放情况抽查，正常开放率…: or the check's own subject, the outcome the rate is of)
        verb = _re.search(r"开展|进行|实施|组织", after)
        obj, act = (after[:verb.start()], after[verb.end():]) if verb else (after, "")
        act = _re.sub(r"情况|检查|抽查|核查|督查|调查|评估|工作", "", act)
        names += [w[k:k + 2] for w in (obj, act) for k in range(len(w) - 1) if "的" not in w[k:k + 2]]
    return any(n and n in stem for n in names if len(n) >= 2) or any(
        len(n) == 1 and stem.endswith(n) for n in names if n)


# 新建户厕 / 新增床位 / 建成… / 改造…: the things counted were made or done; 改造率 / 覆盖率 / 普及率: how far the making
# reaches over all of them
_MADE_BEFORE = re.compile(r"新建|新增|新改建|建成|改造|完成|安装|配备|新装|新配")
_EXTENT_ACT = re.compile(r"改造|覆盖|普及|完成|建成|实施|入户|配备|安装|普查|建档|接入|通达|硬化|亮化|绿化")


_RATE_CLAUSE_ONLY = re.compile(r"[\u4e00-\u9fff]{2,12}率(?:为|是|达到|达)?\d+(?:\.\d+)?%")
_SHARE_AMONG_IT = re.compile(r"[^，,；;。\d%]{0,30}?[，,]其中[^，,；;。\d%]{0,16}(?:占|的比例|的比重)"
                             # 办理未成年人犯罪案件7件，适用附条件不起诉的比例为45%: the next clause's share, named by
                             # what was done to some of the cases, is among them
                             r"|[，,][^，,；;。\d%]{2,16}的(?:比例|比重)(?:为|是|达到?)")
# the words of assessing and grading a share's name may hold, none of them naming what is graded
_GRADING_WORDS = re.compile(r"考核|考评|评估|评价|评定|测评|检查|抽查|抽检|检测|验收|结果|等次|等级|为|是|被|评为|获评|优秀|优良|良好|"
                            r"合格|达标|及格|通过|规范|完整|其中|的|占比|比例|比重|[A-Za-z]{1,2}[级类等]?|[一二三四五]星级?|甲级|乙级|率")


def _names_other_things(folded: str, stem: str, g: Fig) -> bool:
    """Does the share's name, its grading words dropped, name things that share no character with those the count
    counts (门诊处方 / 12家二级以上医院, 学生 / 21所中小学, 村 / 11个乡镇, 科室 / 12家医院)? Then the count is no n of it."""
    rest = "".join(CJK_CHAR.findall(_GRADING_WORDS.sub("", stem)))
    if not rest:
        return False
    counted = item_label(folded, g)[-4:] + _counted_noun(folded, g, 6)
    if _PEOPLE_NOUN.search(rest) and not _PEOPLE_NOUN.search(counted) and g.base_unit not in _PEOPLE \
            and g.base_unit not in ("份", "户") and not re.search(r"问卷|样本|答卷|调查", counted):
        return True  # (21所中小学…，达标学生占比: the pupils, not the schools)
    # (对11个乡镇开展考核，考核结果为优秀的村 / 12家医院…合格科室 / …门诊处方合格率: the parts of what was counted)
    return bool(_PART_NOUN.search(rest)) and not set(rest) & set(counted)


_PEOPLE_NOUN = re.compile(r"学生|人员|职工|群众|居民|患者|农户|老人|儿童|教师|干部|党员|员工|家庭")
_PART_NOUN = re.compile(r"(?:村|社区|科室|处方|病历|网点|门店|班组|站点)$")


# 达标学校 / 合格单位 / 优秀班级: an assessment's outcome, then the things that have it
_OUTCOME_NOUN = re.compile(r"(?:其中)?(?:达标|合格|优秀|优良|验收合格|验收通过|通过验收|评估合格)(?P<noun>[\u4e00-\u9fff]{1,3})")


def _owned_by_counted(folded: str, g: Fig) -> bool:
    """对全县9个乡镇的农村集体经济组织开展…: things of the things counted (their organisations, their people) follow
    the count's noun after 的 — those are the ones assessed, not the count's."""
    return re.match(r"[\u4e00-\u9fff]{0,4}?的[\u4e00-\u9fff]{2}", folded[g.end:g.end + 12]) is not None


def _outcome_of_counted(folded: str, stem: str, g: Fig) -> bool:
    """达标学校 of 21所中小学: an outcome's holders named by a noun ending on a character of the things counted."""
    m = _OUTCOME_NOUN.fullmatch(stem)
    return bool(m) and bool(set(m.group("noun")) & set(_counted_noun(folded, g, 3)))


def _counted_noun(folded: str, g: Fig, reach: int) -> str:
    """The noun a count counts: the rest of its unit (个乡镇 → 乡镇), else the characters right after it (21所中小学)."""
    return g.unit[1:] if len(g.unit) > 1 else re.match(r"[\u4e00-\u9fff]*", folded[g.end:g.end + reach]).group(0)


# a grade given, then those given it (评为A级的占比 / 评估结果为优良的专业占 / 被评为优秀等次的)
_GRADE_NAMED = re.compile(r"(?:结果|等次|等级)?(?:为|是|评为|被评为|认定为|定为|评定为)[“\"‘]?[A-Za-z\u4e00-\u9fff]{1,4}?[”\"’]?"
                          r"(?:等次|等级|级|类|档)?的(?P<noun>[\u4e00-\u9fff]{0,4}?)(?:占比|比例|比重)?$")
# a grade an assessment gave (评价结果为“优”的, 考核等次为优秀的)
_GRADE_GIVEN = re.compile(r"(?:结果|等次|等级)(?:为|是|评为|被评为|达到)[“\"‘]?[\u4e00-\u9fff]{1,4}[”\"’]?(?:等次|等级)?的$")
# 调处成功 / 调解成功 / 处置完成: the outcome of the act a count was counted by
_ACT_OUTCOME = re.compile(r"成功|完成|合格|达标|办结|结案|到位|见效|化解")
# outcomes each person (or team) sent or entered has or not: 获奖, 返校, 结业… (not 脱贫, 完成: of other things)
_PERSONAL_OUTCOME = re.compile(r"(?:按期|按时|如期|一次性|首次)?(?:结业(?:考核|考试))?(?:获奖|获证|取证|结业|毕业|返校|返岗|到岗|晋级|通过|合格|"
                               r"及格|优秀|优良|达标|录取|上岗)")
# 派出的 / 回复意见的 / 选派 / 组织: the count is of a group its clause defines by what was done with them
_GROUP_DEFINED = re.compile(r"[\u4e00-\u9fff]{2,8}的$|^(?:[\u4e00-\u9fff]{0,6}?)(?:选派|派出|派遣|委派|选送|推荐|输送|组织|选拔)$")


_ALL_HANDLED = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:已经|已)?(?:全部|均已|全都)(?:已)?(?:按期)?(?:办结|办复|答复|办理完毕|办理答复|办理)")
# 表示满意的301件: a survey whose answers are counted in cases is over the cases handled
# 满意的… / 办理人大代表建议26件，…满意率100%: cases whose answers are rated, counted in the rate's sentence
_ANSWERED_CASES = re.compile(r"满意的?$|建议|提案|议案")


def _named_in_passing(lab: str) -> bool:
    """承办提案214件，占大会立案总数251件的85.3%: a count in a 占 clause is the whole a share is taken of, named in
    passing — no count of the cases the sentence is about."""
    return lab.startswith("占")


def _earlier_case_count(doc, folded: str, f: Fig, sents: dict) -> Fig | None:
    """…共收到提案486件…。（paragraphs later）已全部办复，办复率100% / 满意和基本满意的占97.3%: the nearest count of
    cases in total (共, 全年, 立案, 受理…) up to eight sentences back. A likely n: the caller reports only what holds."""
    for k in range(f.sent, _reach_back(doc, sents, f.sent, 8) - 1, -1):
        for g in reversed(sents.get(k, [])):
            if g.end > f.start or not g.exact or g.qualifier or not g.value or g.base_unit != "件" or is_reference(folded, g):
                continue
            lab = _clause_text(folded, g)
            if _named_in_passing(lab):
                continue
            if _re.search(r"共(?!同)|全年|总(?!计)|立案|受理|收到|交办|交[^，,；;。]{1,8}办理|(?<![已未])(?:承办|办理)", lab) and not _re.search(r"不予|未|不", lab):
                return g
            if _ALL_HANDLED.match(folded, g.end):
                return g  # 交市政府办理的378件建议已全部办复: the cases all answered are the ones asked about
    return None


def _named_count(doc, folded: str, f: Fig, sents: dict, stem: str) -> Fig | None:
    """本届委员218名…。八届二次会议委员出勤率达到95.4% / 其余126人选择自主就业。自主就业退役士兵…参训率98.4%: the
    count of the group the rate's name names, up to three sentences back in its paragraph. A likely n only."""
    para = paragraph_start(folded, f.start)
    if para > 0 and not any(para <= g.start < f.start for k in (f.sent - 1, f.sent) for g in sents.get(k, [])):
        # （二）质量指标。改造户厕经验收合格率98.5%: a rate opening its paragraph names a count of the one before
        para = paragraph_start(folded, para - 1)
    core = _re.sub(r"(?:率|比例|比率)(?:为|是|达到|达)?$", "", stem)[-2:]
    for k in range(f.sent, _reach_back(doc, sents, f.sent, 3) - 1, -1):
        for g in reversed(sents.get(k, [])):
            if g.end > f.start or g.start < para or not g.exact or g.qualifier or not g.value or g.base_unit in _DURATIONS:
                continue
            if len(core) == 2 and _re.match(r"[，,](?:已)?(?:全部|均|全都|都)(?:已)?[\u4e00-\u9fff]{0,3}" + re.escape(core) + "[，,；;。]",
                                            folded[g.end:g.end + 12]):
                return g  # 计划实施项目42个，全部完工。…按期完工率95.2%: the things all of which the act was done to (planned too)
            if is_reference(folded, g):
                continue
            name = _re.sub(r"^(?:其中|本届|全体|全部|全年|全市|全县|全区|共有|共|现有|有|本年度|本年|今年|当年|新)+", "",
                          _segment_before(folded, g))
            after = folded[g.end:clause_end(folded, g.end)]
            # (检出不合格样品71批次。不合格样品核查处置率100%: the name's last four characters will do)
            if (len(name) >= 2 and name in stem) or (len(after) >= 4 and after[-4:] in stem) or (
                    len(name) >= 5 and name[-4:] in stem):
                return g
    return None




def _reach_back(doc, sents: dict, si: int, k: int) -> int:
    """The index of the sentence k sentences of prose before sentence si: headings on their own (（三）结果良好。,
    二、办理情况) are not counted, so that a whole stated before a few headings stays in reach."""
    i = si
    while i > 0 and k > 0:
        i -= 1
        if sents.get(i) or len(doc.sentences[i].text) > 16:
            k -= 1
    return i


def _threshold(folded: str, g: Fig) -> bool:
    """超过10万元的村, 5000万元以上的项目: a bound that picks things out, not a count of them."""
    return bool(g.qualifier) and folded[g.end:g.end + 1] == "的"


def doc_figs_before(sents: dict, f: Fig) -> list[Fig]:
    out = []
    for i in sorted(k for k in sents if k < f.sent and k >= f.sent - 4):
        out.extend(sents[i])
    return out


# ---------------------------------------------------------------- the general resolver: a share's part and whole
# A stated share or rate that the readings above left without a row is resolved by searching the figures that could be
# its part and its whole (_resolve). The part must surely be the share's own: named by the rate's act (激活18.3万人，
# 激活率 / ２所通过省级评估，通过率), the one quantity a share by 占, a 占比 or a share in words follows (…98家，超过六成，
# 占比 / 签约4.92万人，超过四成), or the subject an earlier sentence counts (农村低保对象3,482人 … 农村低保对象占…). The
# whole is a figure of the part's unit stated before (in any paragraph), larger (as large, for 100%), neither a base,
# change, target, plan, per-unit amount, a flow of new ones nor a figure whose clause its own rate closed, and linked
# to the part by name (_res_linked). A pairing that holds gives a consistent row; one that does not is an alarm only
# when the text pins the whole — by the name the share gives it (占耕地面积的 ← 耕地保有量56.8万亩), or by 其中/中 in the
# part's own sentence — and no other share took that figure as its part. A rate's whole stated sentences before, even
# one sharing its noun (与提案人面商沟通24件 ← 共承办提案28件), is a likely whole: a row only when it holds.
_RES_STOP = frozenset("其中 全年 全县 全市 全区 全镇 全乡 全省 今年 当年 本年 累计 共计 合计 总计 实现 完成 达到 共有 现有 "
                      "开展 进行 工作 情况 组织 年度 上年 同比 比上 以上 截至 年底 年末 全部 所有 已经 分别 我局 本县 本市 "
                      "本区 其他 一般 主要 部门 单位 相关 有关 人员 通过 对象 项目 金额 资金 经费 数量 人数 户数 件数 规模 总额 "
                      "总量 面积 收入 支出 投资 产值 服务".split())
_RES_SCOPE = re.compile(r"^(?:全|本|我)[市县区镇乡旗省州]|^(?:全部|所有|全体)")
# a measure word ending a named whole (耕地面积, 签约总人数): the thing measured is named before it
_RES_MEASURE_TAIL = re.compile(r"(?:的)?(?:总)?(?:面积|数量|人数|户数|件数|人次|金额|规模|总额|总量|总数|数)$")
_RES_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,12}")
_RES_SCOPE_WORD = re.compile(r"(?:全|本|我)([市县区镇乡旗省州国])")
# 签约4.92万人，超过四成 / 22所，近一半，达47.8% / 5.36万人，超过签约总人数的四成: a share in words right after its part
_RES_BARE_CUE = re.compile(r"^(?:(?:约|近|超过|不到|不足|逾|达到|达|占到|约占|占|即|为|接近|将近|相当于)+(?:([\u4e00-\u9fff]{2,12}?)的)?)?$")


def _bound_before(folded: str, pct: Fig, want: Interval | None) -> Interval | None:
    """超过签约居民的四成 / 不到总数的三成: a bound said before the whole, outside the fraction's own words → the
    one-sided interval it states (the fraction's rounding interval otherwise)."""
    if want is None or pct.kind != "fraction" or pct.qualifier or pct.value is None:
        return want
    bare = _RES_BARE_CUE.fullmatch(_clause_text(folded, pct))
    if bare is None or not bare.group(1):
        return want
    v = pct.value * HUNDRED
    if _re.match(r"超过|逾", bare.group(0)):
        return Interval(v, None, low_open=True)
    if _re.match(r"不到|不足", bare.group(0)):
        return Interval(Decimal(0), v, high_open=True)
    return want


@functools.lru_cache(maxsize=4096)
def _res_bigrams(text: str) -> frozenset[str]:
    """The two-character words of a label that may name a thing (scope, time, verb and measure fillers aside)."""
    runs = _re.findall(r"[\u4e00-\u9fff]+", text)
    return frozenset({r[k:k + 2] for r in runs for k in range(len(r) - 1)} - _RES_STOP)


def _res_named(folded: str, g: Fig) -> str:
    """What a figure names: its clause's words before it and the noun right after its unit (2.96万农业人口, 18个部门)."""
    after = _RES_NOUN_AFTER.match(folded, g.end)
    return _clause_text(folded, g)[-16:] + "|" + (after.group(0) if after else "")


def _res_scope_clash(whole: str, label: str) -> bool:
    """占全市低保对象的 is not of 本县低保对象5,235人: the scopes the whole and the figure's label name differ."""
    a, b = _RES_SCOPE_WORD.search(whole), _RES_SCOPE_WORD.findall(label)
    return a is not None and bool(b) and a.group(1) not in b


def _res_fits_whole(g: Fig, part: Fig) -> bool:
    return same_count_unit(g, part) or _classifier_fits(g, part) or _area_factor(part, g) is not None


def _res_usable(doc, folded: str, g: Fig) -> bool:
    # (the record's own fields first: the tests of the text around it are asked only of figures they leave)
    return (g.quantity and g.value is not None and g.qualifier not in _BOUNDS and g.base_unit not in _DURATIONS
            and g.base_unit not in _AGES and not is_reference(folded, g) and not is_per_unit(folded, g)
            and not _bracket_base(folded, g) and not in_plan(folded, doc, g))


def _res_parts(doc, folded: str, figs: list[Fig], s: Share) -> list[tuple[Fig, bool]]:
    """The share's part candidates, nearest first, each with whether it is surely the share's own."""
    if s.part is not None:
        return [(s.part, True)]
    lo = sent_start_of(doc, s.pct)
    semi = max(folded.rfind("；", lo, s.pct.start), folded.rfind(";", lo, s.pct.start))
    lo = max(lo, semi + 1)
    pool = [g for g in _res_between(doc, folded, figs, lo, s.pct.start) if g.end <= s.pct.start
            and not _is_sibling(folded, g)]
    out = []
    if pool:
        # the nearest clause before the share that has a quantity, and no share of its own in between
        near = pool[-1]
        if _re.search(r"\d[\d.]*[%％]", folded[near.end:s.pct.start]) and s.pct.kind == "percent":
            return []
        cs = clause_start(folded, near.start)
        bare = _RES_BARE_CUE.fullmatch(_clause_text(folded, s.pct)) is not None
        stem = _NAME_LEAD.sub("", s.stem)
        for g in reversed(pool):
            if g.start < clause_start(folded, cs - 1):
                break
            # (surely its own: named by the rate's stem, or the quantity a bare share or a 占比 follows — its restating
            # fraction aside: 98家，超过六成，占比58.3%)
            firm = bool(s.rate and len(stem) >= 2 and (_stem_matches(_segment_before(folded, g), stem) or _stem_in_clause(folded, g, stem))) or (
                # (签约总数达13,596人…，签约覆盖率: the rate's act opening its name labels the nearest count, and no other)
                s.rate and len(stem) >= 4 and g is near and stem[:2] in _segment_before(folded, g)
                and not any(stem[:2] in _segment_before(folded, h) and not _RES_FLOW.search(_segment_before(folded, h))
                            for h in pool if h is not g)) or (
                g is near and (bare or (not s.rate and not s.stem)) and _re.fullmatch(
                    r"[，,]\s*(?:(?:约|近|超过|不到|接近|将近|即|达|为|占)?[一二三四五六七八九两半十分之成]+[，,]\s*)?",
                    folded[g.end:clause_start(folded, s.pct.start)]) is not None) or (
                # (12个部门存在…问题，占被审计部门的: the one quantity of the clause right before a share by 占)
                g is near and not s.rate and not s.stem and len([h for h in pool if clause_start(folded, h.start) == cs]) == 1
                and clause_end(folded, g.end) + 1 == clause_start(folded, s.pct.start))
            out.append((g, firm))
        return out[:2]
    if len(s.stem) >= 3 and not s.rate and s.whole:
        # 本县共有低保对象5,235人，其中农村低保对象3,482人。…农村低保对象占本县低保对象的66.5%: the subject named before
        stem = _NAME_LEAD.sub("", s.stem)
        named = [g for g in _res_between(doc, folded, figs, 0, s.pct.start) if g.end <= s.pct.start
                 and _NAME_LEAD.sub("", _LABEL_TRIM.sub("", item_label(folded, g))).endswith(stem)]
        if len(named) == 1:
            return [(named[0], True)]
    return []


_RES_FLOW = re.compile(r"新(?:增|录用|招录|招聘|入职|发展|认定|登记|建|开工|引进|签约)")


def _stem_in_clause(folded: str, g: Fig, stem: str) -> bool:
    """３所学校中有２所通过省级评估，通过率…: the rate's act named right after the count, in its clause (not negated)."""
    after = folded[g.end:clause_end(folded, g.end)]
    k = after.find(stem)
    if k < 0 and len(stem) >= 4:
        # (6个通过验收 for 验收通过率: the same words in the other order)
        head = after[:len(stem) + 2]
        k = 0 if all(head.count(c) >= stem.count(c) for c in set(stem)) else -1
    return 0 <= k <= 4 and not _NEGATION_OR_PENDING.search(after[:k]) and not _re.search(r"[\d０-９]", after[:k])


def _res_usable_memo(doc, figs: list[Fig]) -> tuple[list[int], dict, bool]:
    """The figures' starts, {id of a figure: its _res_usable answer} filled as figures are tested, and whether the
    figures are in order of their starts — the one record of that test per document, which the pool and the lazy
    scans both read and fill."""
    def build():
        starts = [g.start for g in figs]
        return starts, {}, all(a <= b for a, b in zip(starts, starts[1:]))
    return cached(doc, "_res_usable", figs, build)


def _res_pool(doc, folded: str, figs: list[Fig]) -> tuple[list[int], list[Fig]]:
    """The figures that may be some share's whole (_res_usable) and their starts, in text order — tested once per
    document, not once per share (a long report has hundreds of each)."""
    def build():
        pool = list(_res_tested(doc, folded, _res_usable_memo(doc, figs)[1], figs))
        return [g.start for g in pool], pool
    return cached(doc, "_res_pool", figs, build)


def _res_between(doc, folded: str, figs: list[Fig], lo: int, hi: int) -> list[Fig]:
    """The figures of _res_pool that start within [lo, hi], in text order. A range within the text (a share's
    sentence) tests only its own figures, each once per document; a range from the start builds the whole pool."""
    if lo > 0:
        got = _res_lazy(doc, folded, figs, lo, hi)
        if got is not None:
            return list(got)
    starts, pool = _res_pool(doc, folded, figs)
    return pool[bisect.bisect_left(starts, lo):bisect.bisect_right(starts, hi)]


def _res_lazy(doc, folded: str, figs: list[Fig], lo: int, hi: int, backwards: bool = False):
    """The figures of _res_pool that start within [lo, hi] (nearest the end first when backwards), each tested as it
    is reached and once per document — or None when the figures are not in order of their starts."""
    starts, usable, ordered = _res_usable_memo(doc, figs)
    if not ordered:
        return None
    i, j = bisect.bisect_left(starts, lo), bisect.bisect_right(starts, hi)
    return _res_tested(doc, folded, usable, reversed(figs[i:j]) if backwards else figs[i:j])


def _res_tested(doc, folded: str, usable: dict, figs):
    """The figures that pass _res_usable, in the order given, each tested once per document (usable keeps the answers)."""
    for g in figs:
        ok = usable.get(id(g))
        if ok is None:
            ok = usable[id(g)] = bool(_res_usable(doc, folded, g))
        if ok:
            yield g


def _res_wholes(doc, folded: str, figs: list[Fig], s: Share, part: Fig, full: bool):
    """Figures that may be the part's whole, nearest first (lazily): the part's unit, stated before the share, larger."""
    near_first = _res_lazy(doc, folded, figs, 0, s.pct.start, backwards=True)  # (tested as reached: few are)
    if near_first is None:
        near_first = reversed(_res_between(doc, folded, figs, 0, s.pct.start))
    for g in near_first:
        if g is part or g.end > s.pct.start or not _res_fits_whole(g, part):
            continue
        if _smaller(g, part) or (not full and not _smaller(part, g) and g.value == part.value):
            continue
        if _RES_FLOW.search(label_of(folded, g)) and not _RES_FLOW.search(label_of(folded, part)):
            continue  # (新增参合28.6万人，累计参合26.4万人 / 新录用干部职工240名: the year's new ones are no whole of others)
        if s.whole and _res_scope_clash(s.whole, _clause_text(folded, g)):
            continue  # (全省高新技术企业1.5万家 … 占全市高新技术企业总数的: a whole of another scope)
        yield g


# a whole that is only a plan's noun (占预算, 占年度计划): only a figure named as a plan (年初预算, 计划总投资, 目标) is
# that whole — not one whose 预算 names a kind of revenue or spending (一般公共预算收入)
_RES_PLAN_WHOLE = re.compile(r"(?:年初|年度|全年|调整后?的?)?的?(?:预算|计划|任务|目标)(?:数|额)?的?")
# (growth's words before a target; 预算收入 / 预算支出 name kinds of money there, unless a plan's verb sets them:
# 年初安排部门预算支出8.2亿元)
_RES_PLAN_LABEL = re.compile(_TARGET_BEFORE.pattern + r"|(?:年初|安排|调整后?)[\u4e00-\u9fff]{0,4}预算")


def _plan_unnamed(folded: str, whole: str, g: Fig) -> bool:
    """Is the share's whole only a plan's noun (占预算, 占年度计划的) while g's sentence names no plan before g? Then g is
    not that whole. (A plan named after g — 支出136027万元，完成预算的26.8% — is what g is measured against.)"""
    return bool(_RES_PLAN_WHOLE.fullmatch(whole)) \
        and _RES_PLAN_LABEL.search(folded, clause_start(folded, g.start, "。！？!?\n"), g.start) is None


_RES_INSIDE = re.compile(r"(?:面积|总量|总额|总数|人数|数量)?(?:之中|中|里)(?!有)[\u4e00-\u9fff]{2,}")
_RES_TIME = re.compile(r"上年|去年|上一年|前年|同期|上年末|年初")
# the likely wholes a share's arithmetic is tried on, nearest first: trying every figure of a long report would find one
# that fits by chance (a report of 2,000 figures has hundreds of counts of 个)
_RES_TRIES = 2
_RES_STRONG_MARK = re.compile(r"共|总|合计|累计|全部|所有|现有|在册|应[\u4e00-\u9fff]|受理|收到|承办")
_RES_TOTAL_MARK = re.compile(r"共|总|合计|累计|全部|所有|现有|在册|辖区|应[\u4e00-\u9fff]|受理|收到|承办|抽查|抽检|全[市县区镇乡旗省州]|"
                             r"(?:常住|户籍|服务)人口")


def _res_linked(folded: str, s: Share, whole: str, part: Fig, g: Fig) -> bool:
    """Is the candidate whole named as the share's whole? By the head noun of the whole the share names; by 其中/中
    between it and the part in one sentence; or by a noun the part's clause shares with a whole marked as all of
    its kind (共, 总, 现有, 全县…) — never a peer of one head noun."""
    named = _res_named(folded, g)
    if whole:
        # (占一般公共预算支出的 is not of 一般公共预算收入, nor 财政总支出 of it: the whole's words, its scope and measure
        # word aside, are the figure's — all of them, its head noun last; a scope it names, the figure's label names too)
        scope = _RES_SCOPE_WORD.match(whole)
        if scope and scope.group(0) not in _clause_text(folded, g):
            return False
        # (为上年的85.0% / 占去年同期的: a time names no thing — 上年全县财政收入12亿元 is no whole of 今年完成投资; a
        # whole of last year is a figure said to be of last year)
        if _RES_TIME.search(whole) and not _RES_TIME.search(_clause_text(folded, g)):
            return False
        core = _RES_MEASURE_TAIL.sub("", _RES_SCOPE.sub("", _RES_TIME.sub("", whole)))
        core = _re.sub(r"^(?:被|所|已)", "", core)
        if len(core) < 2 or not (core in named or core[-2:] in named and set(core) <= set(named)):
            return False
        if _plan_unnamed(folded, core, g):
            return False  # (占预算19.8%: a share of the budget — 一般公共预算收入28650万元 is revenue, not the budget)
        # (一般公共预算收入中税收收入28.6亿元 is of the revenue, not all of it: the whole named as the container of the
        # figure's own thing)
        lab = named.partition("|")[0]
        k = lab.rfind(core) if core in lab else lab.rfind(core[-2:])
        return k < 0 or not _RES_INSIDE.match(lab, k + (len(core) if core in lab else 2))
    if g.sent == part.sent:
        # 全区现有中小学校46所，其中纳入集团化办学的22所 / 12个行政村中有11个村: 其中 or 中 right after the whole, no
        # other figure between (10所乡镇中学共有教师420名，其中6所: the 其中 splits the teachers); a rate of a group
        # named after 其中 (其中脱贫人口参保5,120人，参保率) is the group's own, not of the whole
        between = folded[g.end:part.start]
        if _re.search(r"\d|[一二三四五六七八九十两]+[个所家名人户件项]", between):
            return False
        among = _re.search(r"(?<![集其期高初空途心家手])中[，,]?(?:有|仅有|只有|共有)?", between)
        # (全县规模以上工业企业168家，已开展数字化改造的98家: a part named by a headless 的-clause right after a whole
        # marked as all of its kind is some of it)
        headless = (not s.rate and _re.fullmatch(r"[，,][^，,；;。]{2,16}的", between) is not None
                    and _RES_TOTAL_MARK.search(_clause_text(folded, g)) is not None)
        return ((among is not None or headless or (not s.rate and "其中" in between)) and not _re.search(r"[；;]", between)
                and _whole_like(folded, g, part))
    own = _clause_text(folded, part)[-16:]
    if not _res_bigrams(own) & _res_bigrams(named):
        return False
    # (全区共有幼儿园96所 … 普惠性民办幼儿园23所: a whole marked as all of its kind, in its sentence before it; two of
    # one head noun with no such mark are peers — 个人提案338件，集体提案74件)
    lead = folded[max([folded.rfind(c, 0, g.start) + 1 for c in "。！？；;\n"] + [g.start - 30]):g.start]
    if _RES_STRONG_MARK.search(lead):
        return True
    return bool(_RES_TOTAL_MARK.search(lead)) and _head(label_of(folded, g)) != _head(label_of(folded, part))


_RATE_LINK = re.compile(r"(?:为|是|达到|达|了|已|保持在|提高到|稳定在)+$")
_CUM_WORD = re.compile(r"累计|总数|现有|共有")
_DUE = re.compile(r"应|按期|到期|按时")
_RATE_TIME = re.compile(r"^(?:年度|全年|当年|今年|本年|年内|综合)+")
# rates that are not a part over a whole before them (a change, a level, a ratio of other things)
_NOT_A_SHARE_RATE = re.compile(r"增长|下降|增速|提高|降低|发生|死亡|负债|利用|周转|贡献|转化|收益|利润|回报|入住|使用|出生|自然|失业|城镇化|恩格尔")


def _rate_run(folded: str, sfigs: list[Fig], s: Share, part: Fig, g: Fig) -> bool:
    """Whole, part and rate in three clauses that follow each other in one sentence, nothing else counted between,
    the part less than the whole in the same unit, and the rate named by the part's own act (回收率 of 收回)?"""
    p = s.pct
    if not (g.sent == part.sent == p.sent >= 0 and g.end <= part.start and part.end <= p.start) \
            or not same_unit(g, part) or g.norm is None or part.norm is None or not part.norm < g.norm:
        return False
    cp, cr = clause_start(folded, part.start), clause_start(folded, p.start)
    if clause_start(folded, g.start) >= cp or cp >= cr:
        return False
    if clause_end(folded, g.end) != cp - 1 or clause_end(folded, part.end) != cr - 1 \
            or folded[cp - 1] not in "，," or folded[cr - 1] not in "，,":
        return False  # (each the clause right before the next, after a comma: a ； opens another matter)
    if any(g.end <= x.start < p.start and x is not part for x in sfigs):
        return False
    if folded[part.end:cr - 1].strip() or folded[g.end:cp - 1].strip():
        return False  # (参加年度检查的38所全部通过，: a clause that goes on after its count says more than the count)
    if folded[clause_start(folded, g.start):g.start].endswith("的") or folded[cp:part.start].endswith("的"):
        return False  # (已整改到位的52个，部分整改的8个，整改率86.7%: headless 的-clauses name parts of a whole unsaid)
    name = _RATE_LINK.sub("", folded[cr:p.start])
    # (满意和基本满意率: a rate of two parts summed, not of the last one)
    if not name.endswith("率") or _NOT_A_SHARE_RATE.search(name) or re.search(r"[和及与、]", name):
        return False
    if len(_RATE_TIME.sub("", name)) > 4:
        return False  # (教职工参保率: a rate named with a subject of its own is that subject's, not the part's)
    clause = folded[cp:part.start]
    if "其中" in clause:
        return False  # (其中脱贫人口参保5,120人，参保率100%: the rate of the group named, its own)
    if _CUM_WORD.search(clause) and not _CUM_WORD.search(folded[clause_start(folded, g.start):g.start]):
        return False  # (新增参合农民28.6万人，全县累计参合26.4万人: a running total is not a part of the year's flow)
    # the rate names the part's own act, its two characters as they stand or turned round (回收率 of 收回286份);
    # one character shared is no link (通达率 of 已通硬化路, 升学率 of 升入普通高中, 定检率 of 按期检验), and a part
    # that is due, or on time, is of a base the text does not give (应检设备, 按期收回)
    act = name[-3:-1]
    if _re.search(r"[未不没]" + re.escape(act), clause):
        return False  # (新建市场5个，未达标的市场仅剩3个，达标率: the part is of those that did not — the rest)
    return len(act) == 2 and (act in clause or act[::-1] in clause) and not _DUE.search(clause)


def _resolve(doc, folded: str, figs: list[Fig], s: Share, claimed: set[int]) -> tuple[Share, bool] | None:
    """A share with no row → (a share with the pair found, whether the pairing is sure), or None. Only a part
    surely the share's own, over a whole linked to it by name (_res_linked): a whole that merely gives the stated
    share is no pairing."""
    want = _bound_before(folded, s.pct, _pct(s.pct))
    bare = _RES_BARE_CUE.fullmatch(_clause_text(folded, s.pct))
    if want is None or want.low is None:
        return None
    full = want.high is None or want.high >= HUNDRED
    whole = s.whole or (bare.group(1) if bare and bare.group(1) else "")
    if s.rate and want.bounded and not whole and s.pct.sent >= 0:
        # 面向办事群众发放问卷300份，收回286份，回收率96.3%: the whole, the part and the rate in three clauses
        # running on in one sentence, the rate named by the part's act — that part of that whole
        sfigs = figs_by_sentence(doc, figs).get(s.pct.sent, [])  # (the sentence's figures, not a scan of all)
        before = [x for x in sfigs if x.end <= s.pct.start]
        if len(before) >= 2 and _rate_run(folded, sfigs, s, before[-1], before[-2]):
            return Share(s.pct, part=before[-1], total=before[-2], stem=s.stem, whole=whole, rate=s.rate), True
    parts = [(p, firm) for p, firm in _res_parts(doc, folded, figs, s) if firm and p.norm is not None]
    if len(parts) != 1:
        return None
    part = parts[0][0]
    # 全县参保31.46万人…。激活18.3万人，激活率58.2%: a rate whose act names its part, over a whole marked as all of its
    # kind (全县, 共, 现有…) that gives it — a weak pairing, reported only when it holds (the whole may be another
    # rate's part: 参保31.46万人 of 参保率); the nearest such wholes only (户籍人口 or 常住人口), not any that fits
    linked, marked = [], []
    by_mark = s.rate and not whole
    for g in _res_wholes(doc, folded, figs, s, part, full):
        if _closed_by_own_rate(folded, g, part):
            continue
        # (其中寄宿生316人，占在校生总数的58.7% … 占寄宿生的35.3%: another share's part, named here as the whole)
        if (g.start not in claimed or len(whole) >= 2 and whole in _clause_text(folded, g)) \
                and _res_linked(folded, s, whole, part, g):
            linked.append(g)
        elif by_mark and len(marked) < _RES_TRIES and _RES_TOTAL_MARK.search(_clause_text(folded, g)):
            marked.append(g)
        if len(linked) >= _RES_TRIES and (not by_mark or len(marked) >= _RES_TRIES):
            break  # (enough to try, and more than one named: no sure whole)
    for g in linked[:_RES_TRIES] + marked:
        got = share_interval(part, g)
        if got is not None and got.overlaps(want):
            return Share(s.pct, part=part, total=g, stem=s.stem, whole=whole, rate=s.rate, weak=True), False
    # sure only when the text pins the whole: by the name the share gives it, or by 其中/中 in the part's own sentence
    # — a rate's whole named sentences before, or a noun shared across paragraphs, is a likely whole, not a sure one
    if (len(linked) == 1 and (whole or linked[0].sent == part.sent) and not s.rate and want.low <= HUNDRED
            and (want.bounded or s.pct.kind == "fraction")):
        return Share(s.pct, part=part, total=linked[0], stem=s.stem, whole=whole, rate=s.rate), True
    return None


def _bare_shares(doc, figs: list[Fig], known: set[int]) -> list[Share]:
    """Shares in words or numbers that no cue announced, right after a clause with a quantity (签约4.92万人，超过四成 /
    22所，近一半，达47.8%): each a Share with no part yet."""
    folded = doc.folded
    out = []
    for f in figs:
        if f.kind not in ("percent", "fraction") or f.start in known or f.value is None and f.norm is None:
            continue
        if f.kind == "percent" and not _re.search(r"[\u4e00-\u9fff]", _clause_text(folded, f)):
            continue
        m = _RES_BARE_CUE.fullmatch(_clause_text(folded, f))
        if m is None or is_reference(folded, f) or in_plan(folded, doc, f):
            continue
        prev = folded[clause_start(folded, clause_start(folded, f.start) - 1):clause_start(folded, f.start)]
        if not _re.search(r"\d", prev) and not _re.search(r"[一二三四五六七八九两半十]成|分之|一半", prev):
            continue  # (no quantity, nor a share in words restating one, in the clause before)
        out.append(Share(f, whole=m.group(1) or ""))
    return out


def _resolve_list(doc, folded: str, figs: list[Fig], group: list[Share]) -> list[tuple[Share, bool]]:
    """Shares listed after one cue with no parts (住院费用1.52亿元、普通门诊0.61亿元、药店购药0.24亿元，三项分别占基金支出的
    64.1%、25.7%和10.1% / 第一产业增加值98.4亿元…，三次产业结构为4.5%、40.0%、55.5%) → each paired with the quantity
    of its rank among the k quantities of one unit listed just before the cue, over one whole: one that gives every
    share (consistent rows), else the whole the list names when exactly one figure carries its head noun (sure)."""
    first = group[0]
    k = len(group)
    lo = max(sent_start_of(doc, first.pct), clause_start(folded, first.pct.start, "；;"))
    cue = clause_start(folded, first.pct.start)  # (三项分别占…: the count of the items in the cue is none of them)
    pool = [g for g in _res_between(doc, folded, figs, lo, first.pct.start) if g.end <= cue
            and not (_is_sibling(folded, g) and not _EACH_WORD.search(folded, g.end, g.end + 4))]
    if len(pool) < k or not all(same_unit(pool[-1], g) for g in pool[-k:]) or any(_re.search(r"\d[\d.]*[%％]", folded[g.end:first.pct.start]) for g in pool[-k:]):
        return []
    parts = pool[-k:]
    if len(pool) > k and same_unit(pool[-k - 1], parts[0]) and not _list_total(folded, pool[-k - 1], pool[:-k - 1]) \
            and not _re.search(r"其中|[，,：:]$", folded[pool[-k - 1].end:parts[0].start]):
        return []  # (more items of the unit than shares: which k are listed is not known)
    whole = first.whole
    wants = [_pct(s.pct) for s in group]
    if any(w is None or not w.bounded for w in wants):
        return []
    acc = _sum_of(parts)
    cands = [g for g in reversed(_res_between(doc, folded, figs, 0, parts[0].start)) if g.end <= parts[0].start
             and _res_fits_whole(g, parts[0]) and acc.bounded and not _sh_niv(g).below(acc)
             and not (whole and _res_scope_clash(whole, _clause_text(folded, g)))]
    for g in cands:
        ivs = [share_interval(p, g) for p in parts]
        if all(iv is not None and iv.overlaps(w) for iv, w in zip(ivs, wants)):
            return [(Share(s.pct, part=p, total=g, stem=s.stem, whole=whole, weak=True), False) for s, p in zip(group, parts)]
    if whole:
        linked = [g for g in cands if _res_linked(folded, first, whole, parts[0], g)]
        if len(linked) == 1:
            return [(Share(s.pct, part=p, total=linked[0], stem=s.stem, whole=whole), True) for s, p in zip(group, parts)]
    return []


_STRUCTURE_CUE = re.compile(r"(?:结构|构成)(?:比)?(?:分别|依次)?(?:为|是)[：:]?$")


def _res_structure_lists(doc, figs: list[Fig], known: set[int]) -> list[list[Share]]:
    """三次产业结构为4.5%、40.0%、55.5%: percents listed after a 结构/构成 cue that no other cue announced → one group of
    Shares with no part yet (their parts are the quantities listed before, read by _resolve_list). Named items after
    构成为： are _structure_lists'."""
    folded = doc.folded
    out, group = [], []
    for f in figs:
        if f.kind != "percent" or f.start in known:
            continue
        if group and group[-1].pct.sent == f.sent and _LIST_JOINT.fullmatch(folded[group[-1].pct.end:f.start]):
            group.append(Share(f, list_id=-2))
            continue
        if len(group) >= 2:
            out.append(group)
        group = [Share(f, list_id=-2)] if _STRUCTURE_CUE.search(_clause_text(folded, f)) else []
    if len(group) >= 2:
        out.append(group)
    return out



_GRADED_LEAD = re.compile(r"\s*对[^，,。；;]{0,30}?(?:开展|进行|组织)[^，,。；;]{0,12}?(?:考核|评估|测评|评价|评议|验收|考评)")


def _among_lead(doc, folded: str, n_fig: Fig) -> bool:
    """检查组随机抽查的12家学校食堂中，…的占75%，…的占87%: the count opens its sentence in a clause that frames it
    (…中，) — every share of the series after it is of that count, not only likely."""
    if n_fig.sent < 0:
        return False
    # (…占87.5%；对县政府6个涉农部门开展专项评议，评为“满意”等次的占75%: a ；-part of the sentence opens as well)
    s0 = max(doc.sentences[n_fig.sent].start, clause_start(folded, n_fig.start, "；;。！？!?\n"))
    end = clause_end(folded, s0)
    if n_fig.end > end or end >= len(folded) or folded[end] not in "，," or _re.search(r"[\d０-９]", folded[n_fig.end:end]):
        return False
    # (对16家二级子公司开展年度经营业绩考核，获评A级的占…，获评C级的占…: each of the things counted was graded)
    return folded[end - 1:end] == "中" or bool(_GRADED_LEAD.fullmatch(folded, s0, end))


def _series_n(doc, folded: str, sents: dict, s: Share, series: dict) -> Fig | None:
    """其中城市低保对象占31.6%，农村低保对象占67.4%: the next share of a series by 占, no count between, takes the n of
    the one judged before it in its sentence."""
    f = s.pct
    last = series.get(f.sent)
    if last is None or s.rate:
        return None
    if any(last[0] <= g.start and g.end <= f.start and g.quantity for g in sents.get(f.sent, [])):
        return None
    if _re.fullmatch(r"[，,、；;]?[^，,；;。\d%]{1,30}?(?:分别|均|约)?占(?:比)?(?:为|达)?", folded[last[0]:f.start]):
        return last[1]
    return None


def _likely_n(doc, folded: str, sents: dict, s: Share, series: dict) -> Fig | None:
    """A likely count for a percent no reading above gave one, by the shape of the claim:
    - 其中城市低保对象占31.6%，农村低保对象占67.4%: the next share of a series by 占, no count between, takes the n of
      the one before it;
    - 全年立案刑事案件1,862起…。其中盗窃类案件占41.2%: a share by 占 in a sentence opening with 其中, with no count of
      its own, is of the count of the sentence before (same paragraph) whose noun its name ends with.
    Weak: reported only when the percent is possible for it."""
    f = s.pct
    if s.rate:
        return None
    own = [g for g in sents.get(f.sent, []) if g.end <= f.start and g.quantity]
    n_fig = _series_n(doc, folded, sents, s, series)
    if n_fig is not None:
        return n_fig
    sent = doc.sentences[f.sent]
    if (not own and sent.text.startswith("其中") and f.sent > 0 and len(s.stem) >= 2
            and paragraph_start(folded, f.start) < sent.start):
        prev = [g for g in sents.get(f.sent - 1, []) if g.exact and not is_reference(folded, g) and g.value]
        named = [g for g in prev if len(item_label(folded, g)) >= 2 and s.stem.endswith(item_label(folded, g)[-2:])]
        if len(named) == 1 or named and named[-1] is prev[-1]:
            return named[-1]
    return None
