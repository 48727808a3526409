"""Parts and their total: "共…9件，其中A 4件、B 2件、C 3件" — do the parts add up to the total?

Counts and money alike, in the base unit (1.52亿元 + 6,300万元 + 7,100万元 = 2.86亿元; 户 with 家, 人 with 名:
common.same_count_unit). A plain 其中 or 包括 list short of its total is taken as a selection, not a split, and left
alone unless something closes it (其他/其余 or …及以下 as an item, 分为, the two halves of a whole such as 门诊/住院,
levels down to a 县级以上 total's threshold) or a slip explains the gap (万 for 元; one digit of a total of three digits
or more); so are lists that cut the total two ways (其中女性…，党员…) or name a part of a part (小学中…, （含…）).

Besides 其中 lists: classifications (按类型分 / 从…看 / 支出按功能分类：), 由…三部分构成, closing totals (合计 / 以上四项…合计),
budget identities (收入加上级补助…，收入总计; 收支相抵，结转…; 预算 − 支出 = 结余), statuses (已整改 / 部分整改 / 正在推进),
the means of an amount (通过…和…实现), an outcome and its negation (批准 / 不批准), and a whole stated inside 在…中.
A split whose total is found only by looking back is weak: reported only when it adds up. Other leads: 包括 / 涵盖 / 分为 /
划分为 / ，含; closing 小计 and 合计投入 (when a part has the verb); 另有 that completes a list; 剩余 the rest of a target
(目标1,500户…剩余300户); N件X中 then statuses (全面完成…、基本完成…、未完成…). Of several figures a list could split, the one it
adds up to is taken; parts that state their shares name a whole sections back (占44.8%, 占38.6%…).
Lists announced right after their total (15件：A…，B… / ，分别为… / ，依次为… / ，资金来源为… / ，用于A…和B… / a bracket
after it / 共计156名，A…、B…) and detail sentences (具体方式为：…) are splits too; a plan's own breakdown is judged (计划实施
60个，其中续建22个、新开工38个), a plan against a result is not. Closed lists also: tiers of government in a row down to
the bottom or from the top (市级…、县级…、乡镇级…), a whole that names its parts or their count (新建和改建… / “三公”经费),
full marks (总分91.5分（满分100分），其中…（满分20分）). A swapped pair of digits (2.68 for 2.86) is a slip like one digit.
A sum that fails gets a second look (_second_look) before it is called an error: terms taken off (扣分 / 调减 / 注销 beside
新增 or 年初), an opening balance (年初结转和结余), a plan figure among the items (基本支出年初预算…), a prior-year whole
(与上年决算数…相比), two cuts of one whole (按类型分…；按地域分…), lists naming only some (主要包括…等 / 主要用于…其余为),
people under overlapping attributes (女性 / 党员 / 连任), a value before and after (由800万元调至760万元).
Also: N项/类…合计 closing the list right before it, a 合计 closing the clauses after a semicolon that ended a 其中 list
(weak), 主办/协办 halves after a semicolon, a list ending before a clause that names its whole again, a second 按…分 cutting
the same whole, parts of the year that cover it (一季度…四季度), a balance after the payments of an allocation stated
elsewhere (weak), and a table row split on the next line (项目支出中，…).
Round 20: a carry-over (上年结转/结余) is an item of the year's money (not of a spending total, not after a semicolon),
and the year's money after it (本年下达…) one more; a part opening with the total's own flow word
(新增耕地…，其中…、新增旱地…) or holding 新增 inside a 、-joined name is one more part; the other side of an account (收入 → 支出, 缴存 → 提取) ends a list; a list runs past a
part's base when the whole's name holds its two parts (进出口 → 出口, 进口); a whole named by its figure's label one word
shorter (已支出 → 已支出资金中); classes named by 的-clauses and two halves with no whole before them pair with an
earlier figure (weak); a classification closed by 其他 takes the one earlier figure its items' head noun names
(反映问题68个 … 其他问题5个); a subtotal named after its list by the joined names (优 + 良 → 优良天数); X减去A、B，结转C
with X and any term named by an earlier figure; the housing fund's identities (缴存总额 = 提取总额 + 缴存余额); what was
not done (未完成的3个指标) with the set and its done count sentences before (设定指标28个，完成26个).
Round 20 (correct reports): indicators of two or more kinds, flows of the year beside a level (营收…、利润…，资产总额…),
are a list of indicators, never parts of a total (资产 = 负债 + 权益 still adds up).
Round 21: a total alone in the ；-clause before the done and the rest (共排查隐患1,530处；已整改1,468处，其余72处), and a set
followed by its done and still open parts (受理312件，审结296件，未结14件 / 已办结…，正在办理…): done + open = set.
Round 24: nested breakdowns — a list a part opens after itself (其中民生支出45.13亿元，主要是：教育…/ ，包括… / ，具体为：…)
breaks down that part (judged against it: 具体为 as the whole part, 主要/包括 only when it adds up), and the whole's own list
goes on after the ； that closes it; a bracket or 其中 whose values come 分别 with no names of their own before (（市下达任务
分别为360吨和40吨）) holds one value per item listed before it, no split; the whole's own figure again among other parts
(…，八项指标全部完成 / 占地区生产总值642.7亿元的…) is the whole restated, not a part. A classification (按…分 / 从…看)
closed by its total is sure whatever the closing word, the period or place before it (…，全年共受理418件; 共 after a lead
naming the main items only, 主要是…, stays weak); a list announced by a dash (，具体为——…); a total with 合计 / 共计 that sums
up, sentences on, a list closed by a catch-all naming it (…，其他卫生技术人员95人。… 卫生技术人员合计572人; same place, same
time, nothing of its unit between); a whole inside 在…中 whose list ends at the next whole (；64件政协提案中) or the year's
flow (；全年新增…).
Round 24 review: the closing total of a classification is sure only when it names its items' thing or no thing (…，全年
共受理各类案件… after 纠纷 is another count); a later 合计 sums up a list only when it names the list's holder (乡镇卫生院
现有… is no list of 全县卫生技术人员); 分别 is one value per earlier item only with two or more items before (其中城乡分别为…
splits the one figure); after a part's own list and its ；, a stage or status of the whole (办结…) is no part; the whole's
figure among its parts is a restatement only closing them or named as the whole.
Round 26: lists the text declares complete with the whole named by a noun and stated elsewhere — a closing clause with
no figure (…，这几类加起来就是重点项目的全年投资 / …，共同构成了全年新建总量 / …，以上合计即为全年公文总量 / …，以上…涵盖了
全部安置对象), a lead naming the whole and its kinds before a colon (实际完成的营造林由A、B和C构成：A…，B…，C…), a named
classification or 从…看，X包括… whose whole is sections back: the whole is the figure the noun (or the list's own 中/里
lead) names in the paragraph or the paragraphs before, the one the list adds up to, else the nearest; never a target a
sentence sets (任务是：…165亿元), a running total (累计), a plan or a base; the row marks the list and its declaration.
Round 27: a sentence opening with the year's total (全年新增…共计 / 全年…支出合计) closes the items of the sentences right
before it (one figure a clause, each naming the total's noun, nothing named by the total that the paragraph does not
name; never a stock or 累计); a lead line announcing a whole's detail (项目支出预算安排明细如下：) and one line per item
(name：amount); a 分别为 list under X中 whose whole is labelled by X's verb alone (新收7,912件 / 新收案件中); 由…组成
with 12个乡镇 counted as 个; 主要领导 is a title, not a list of the main items.
Round 28 (real reports): a two-level breakdown — X中， after a list, X one of its parts, opens that part's own split (the
list ends there; each sub-list ends at the next part's X中); parts over their whole with a note that some are counted
twice (间套种, 复种, 有重复统计, 兼有) are no error.
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal

from .. import schema
from .common import (Fig, cached, clause_end, clause_start, counts_into, figs_of, in_plan, is_base,
                     is_reference, is_sub_period, is_target, item_label, label_of, paragraph_start, per_figure, result,
                     sentences_with, figs_by_sentence)
from .common import bracket_depth as _bracket_depth
from .common import ANY_DIGIT, AMONG_ZHONG, CJK_CHAR, in_order, parallel_totals, sig_digit_run, bigrams, count_unit_key, home_level, is_change, same_count_unit
from .common import is_average as is_per_unit  # (X均 averages too: 批均, 车均)
from .cumulative import _PERIOD_OF_YEAR, _months, _period_and_core
from ..numerals import parse_number
from .intervals import Interval, fmt, fmt_interval
from .shares import _clause_text, _mid, _pct, _sh_niv, find_shares, interval_sum, share_interval
from .common import tail_shared as _tail_len  # (全区实有市场主体 / 全年新登记市场主体 → 4)

# A clause with one of these after the first part is no longer part of the split (今年新增…, 同比…).
# (上年结转 / 上年结余 is a source of this year's money, an item like 财政拨款, never a prior-year base)
_LAST_YEAR = r"(?:上年|去年)(?!度?(?:末|底)?(?:结转|结余|结存|滚存))"
_STOP = re.compile(r"新增|今年|当年|年内|本年|同比|较上年|比上年|" + _LAST_YEAR + r"|另有|此外|另外|累计|总计|合计|共计")
_SET_AHEAD = re.compile(r"计划|目标|任务|预计")
_REST_SUMMED = re.compile(r"(?:其余|剩余|余下|其他)[\u4e00-\u9fff]{0,8}?(?:合计|共计|总计|共)$")
_CARRY = re.compile(r"(?:上年|去年)度?(?:末|底)?(?:结转|结余|结存|滚存)")
_SPENDING_SIDE = re.compile(r"支出|使用|拨付|安排")
# the year's flow words of _STOP: a part naming the same flow as its total (新增耕地…，其中…、新增旱地…) is one more part
_FLOW_STOP = re.compile(r"新增|今年|当年|年内|本年")
_FLOW_LEAD = re.compile(r"(?:其中)?(?:" + _FLOW_STOP.pattern + r")+")  # (新增 / 其中当年新增 opening an item)
_THRESHOLD = re.compile(r"以上|以下|以内|超过|不足|及以上")
_BASE_WORDS = re.compile(r"(?:比|较)(?:上年|去年|\d{4}年)|" + _LAST_YEAR + r"|同期")
# 其中出口8.92亿美元，比上年的8.14亿美元增长11.3%；进口3.44亿美元: a clause that only names the base of the part before
_BASE_LEAD = r"(?:比|较|与)(?:上年|去年|上年同期|去年同期|同期|(?:19|20)\d\d年)"  # (比上年, 较2020年: a base follows)
_BARE_BASE = re.compile(rf"^{_BASE_LEAD}(?:的|同期的?)?$")
_REACHED = re.compile(r"(?:增至|增加到|增长到|提高到|上升到|扩大到|下降到|减少到|降至|降低到)$")
# a 其中 list covering less than this share of its total is a selection (全年固定资产投资152.6亿元，其中工业投资68.9亿元，
# 基础设施投资41.2亿元，房地产开发投资27.5亿元: 90% and overlapping categories), unless a slip explains the gap
COVER = Decimal("0.95")
COLON_COVER = Decimal("0.85")  # 其中：… announces the whole list, yet a list under this share of its total is a selection
SLIP_COVER = Decimal("0.9")  # 全市企业500家，其中A 200家、B 100家: 300 vs 500 differ in one digit yet are a selection


# The figure's interval in its base unit, computed once and kept on the figure (the share rules' own: one record
# for both families, which ask for it many times).


def _sum(parts: list[Fig]) -> Interval:
    return interval_sum([_sh_niv(p) for p in parts])


def _in_unit(iv: Interval, f: Fig) -> Interval:
    """An interval in base units → the same in the figure's own unit (元 → 万元)."""
    return iv.scale(1 / f.multiplier)


def _whole_list_before(folded: str, total: Fig, got: Interval) -> bool:
    """承办建议18件、提案26件，其中主办建议10件、提案15件，会办建议8件、提案11件: the total is the last of a list
    of the same unit, and the parts break down the whole list (18 + 26), not that last item."""
    m = _LIST_BEFORE.search(folded, max(0, total.start - 40), total.start)
    if not m or total.value is None or m.group(2) != total.unit:
        return False
    try:
        before = Decimal(m.group(1).replace(",", ""))
    except ArithmeticError:
        return False
    return got.overlaps(Interval(before + total.value, before + total.value))


_STAGE = re.compile(r"^(?:其中|共|已|依法|分别)?(?:立案|受理|审结|审查|发出|制发|提起|移送|移交|办结|答复|采纳|查处|起诉|批捕|逮捕|"
                    r"结案|调解|化解|约谈|问责|处分|处理|追回|挽回)")


def _items_overlap(folded: str, parts: list[Fig]) -> bool:
    """Items that count some things twice, so that more than the total is no error: the steps the same cases went
    through, each named by its action (办理公益诉讼案件126件，其中立案86件，发出检察建议72件，提起诉讼14件); what a
    review of the whole kept, after another kind (共提交提案187件，其中会后17件，经审查立案175件 — a list the review opens,
    其中经核查属实32件，部分属实21件…, is its outcomes, a split); items handled jointly with another item of the list
    (…市法院承办5件（其中与市检察院合办1件）…)."""
    return sum(1 for p in parts if _STAGE.search(item_label(folded, p))) >= 2 \
        or any(_REVIEWED.match(item_label(folded, p)) for p in parts[1:]) \
        or _jointly_within(folded, parts)


_JOINTLY = re.compile(r"[（(][^（()）]{0,6}?与(?P<partner>[^（()）]{2,12}?)(?:合办|会办|联合办理|共同办理|共同承办)")


def _jointly_within(folded: str, parts: list[Fig]) -> bool:
    """…市法院承办5件（其中与市检察院合办1件），市检察院承办2件…: a bracket saying an item was handled jointly with
    another item of the list — counted under both, so the list may run over its total (a partner outside the list,
    与各县区政府合办, says nothing of the list's overlap)."""
    labels = [item_label(folded, p) for p in parts]
    for m in _JOINTLY.finditer(folded, parts[0].start, clause_end(folded, parts[-1].end, "；;。！？!?\n")):
        partner = m.group("partner")
        if any(partner in lab or (len(lab) >= 3 and lab[-4:] in partner) for lab in labels):
            return True
    return False


_REVIEWED = re.compile(r"^(?:其中)?经(?:过)?(?:审查|审核|核查|核实|评审|审议|研究|筛选|认定|验收|评估|甄别)")


def _other_total_fits(figs: list[Fig], total: Fig, parts: list[Fig]) -> bool:
    """年度预算数3860万元，执行数3706万元…。其中，上级资金2316万元，县级资金1544万元: the list looks back at a sentence
    of several totals and adds up exactly to another of them — that one is its whole; no error is called."""
    if total.sent >= min(p.sent for p in parts):
        return False
    got = _sum(parts)
    return any(g.sent == total.sent and g is not total and g.quantity and g.base_unit == total.base_unit
               and g not in parts and got.overlaps(_sh_niv(g)) for g in figs)


def _gap_stated_before(folded: str, figs: list[Fig], total: Fig, parts: list[Fig]) -> bool:
    """一般公共预算收入24.6亿元…。上级补助收入36.4亿元，债务转贷收入8亿元，上年结余2亿元，收入总计71亿元: a total
    named after its list that the list falls short of by exactly a figure stated just before it (in the paragraph) —
    that figure is the list's first item, stated on its own; no error is called."""
    first = min(p.start for p in parts)
    if total.start < max(p.start for p in parts):
        return False
    para = paragraph_start(folded, first)
    want = _sh_niv(total)
    for g in figs:
        if g.start >= first:
            break
        if (g.start >= para and g.quantity and g.base_unit == total.base_unit and g is not total
                and _sum(parts + [g]).overlaps(want)):
            return True
    return False


def _running_subtotals(folded: str, parts: list[Fig]) -> list[Fig]:
    """…已出列13个，2018年出列12个，累计出列25个，剩余3个: a 累计 item that sums the items before it is their subtotal,
    no item of its own — the parts without it."""
    out: list[Fig] = []
    for p in parts:
        if len(out) >= 2 and "累计" in item_label(folded, p) and _sum(out).overlaps(_sh_niv(p)):
            continue
        out.append(p)
    return out


_RESTATE_LEAD = re.compile(r"[（(]\s*(?:约合|折合|约为|约|合|即|相当于)?\s*")


def _restatements(folded: str, parts: list[Fig]) -> list[Fig]:
    """上缴资金4,215万元（约0.42亿元），…: a bracketed figure right after a part that states the same amount again
    (in another unit, or led by 约/折合/合) is no item of its own — the parts without it."""
    drop = set()
    for a, b in zip(parts, parts[1:]):
        m = _RESTATE_LEAD.match(folded, a.end)
        if (m and m.end() >= b.start and b.base_unit == a.base_unit and (b.unit != a.unit or m.group(0).strip("（( "))
                and _sh_niv(b).overlaps(_sh_niv(a))):
            drop.add(id(b))
    return [p for p in parts if id(p) not in drop] if drop else parts


# a rest named after the list without a number of its own (…，其余为农业项目投资): the list leaves it out on purpose
_REST_HEAD = r"[，,；;]\s*(?:其余|其他|其它|剩余|余下)[^，,；;。\d０-９]*"  # (a rest's clause, no number in it)
_REST_LEFT_OUT = re.compile(_REST_HEAD + r"(?=[，,；;。]|$)")
# an item after the last figure named with no amount of its own, closing the list with 等 (…24.65亿元、债券转贷收入等，)
_ITEM_NO_AMOUNT = re.compile(r"[、，,和及][^、，,；;。\d０-９%]{2,16}等[，,；;]")
# a rest named in a clause of its own, with no amount (…，其余由参与商家和金融机构配套，)
_REST_NO_AMOUNT = re.compile(_REST_HEAD + r"[，,；;]")


def _shown(total: Fig, parts: list[Fig], minus: list[Fig]) -> tuple[str, int]:
    """The sum as the row shows it (a + b − c) and the decimals to show it with (the most the total's unit is given to)."""
    plus = parts[0].text + "".join((" − " if p in minus else " + ") + p.text for p in parts[1:])
    return plus, max([total.decimals or 0] + [(p.decimals or 0) for p in parts if p.unit == total.unit])


def _not_itemized(folded: str, total: Fig, parts: list[Fig], minus: list[Fig], want: Interval,
                  got: Interval) -> dict | None:
    """Parts after 其中 that cover a twentieth short of their total or less, with no rest named after them (…，其余为…):
    the text does not say whether they are all of it (a part missing or slipped) or its main items — an unverifiable
    row with the amount not itemized, for a reader to look at; no alarm. Further short: a selection, no row."""
    if got.high < want.low * COVER or _REST_LEFT_OUT.match(folded, parts[-1].end):
        return None
    unit = total.unit
    plus, d = _shown(total, parts, minus)
    gap = fmt_interval(_in_unit(want - got, total), d, unit)
    start = max(min(total.start, parts[0].start) - 16, clause_start(folded, total.start))
    return result("parts_sum", schema.UNVERIFIABLE, [total] + parts, start, parts[-1].end, f"{total.text} ⊇ {plus}",
                  f"{plus} = {fmt_interval(_in_unit(got, total), d, unit)}; {gap} of {total.text} not itemized",
                  f"The parts listed cover all but {gap} of {total.text}. If the list is meant to be complete, a part is "
                  f"missing or wrong; if it names only the main items, nothing is.",
                  f"所列各项合计比总数{total.text}少{gap}：若为全部分项，则有遗漏或数字有误；若只列主要项目，则无误。")


def _judge(folded: str, total: Fig, parts: list[Fig], sure_split: bool, sent: int,
           minus: list[Fig] | None = None) -> dict | None:
    """A total and its parts → a parts_sum row (None when a short list is only a selection)."""
    parts = _running_subtotals(folded, _restatements(folded, parts))
    if minus is None:
        minus = [p for p in parts if _DEDUCTED.search(item_label(folded, p))]
    got = _sum(parts) if not minus or len(minus) == len(parts) else \
        _sum([p for p in parts if p not in minus]) - _sum(minus)  # 地表水…，地下水…，扣除两者间重复计算量…
    want = _sh_niv(total)
    if not got.bounded or want.high is None or want.low is None:
        return None  # 不少于96个 / 超过50万元: a threshold, not a whole its parts make up
    ok = got.overlaps(want)
    if not sure_split and not ok and len(parts) >= 2 and total.sent == parts[0].sent and total.end <= parts[0].start \
            and _REST_ITEM.match(item_label(folded, parts[-1])) and not _REST_ITEM.match(item_label(folded, parts[0])):
        sure_split = True  # …，其中堤防加固18.3公里，其余为河道清淤疏浚22.1公里: the rest named closes the list
    if sure_split is None and not ok and len(parts) == 2 and _defined_halves(folded, total, parts):
        sure_split = True  # 基本支出…，包括人员经费…、公用经费…: the two halves that define the whole named make it up
        # (not 受理审查逮捕案件236件，批准逮捕…，不批准逮捕…: decisions may fall on cases of another year — the team's
        # reading in test_rules_sums)
    if sure_split is None and not ok:
        if not (minus == [] and _cause(total, parts, want).startswith("万")):
            return None  # a total found only by looking back: its parts may be of another scope
        sure_split = False  # …，地方配套1200元: the sum holds once 元 is read as 万元, so the pairing is right
    if not ok and want.high is not None and got.low > want.high and (
            _whole_list_before(folded, total, got) or _items_overlap(folded, parts) or _cross_cut(folded, parts)):
        return None
    if not ok and _mixed_flows(folded, total, parts):
        return None
    if not ok and (tail := _SUBTOTAL_SHARE.search(folded, parts[-1].end, clause_end(folded, parts[-1].end, "。！？!?\n") + 1)) \
            and tail.group("p") != "100":
        return None  # 住宿…、餐饮…、购物…，分别占…，三项合计占70.8%: the text says the items are part of the whole
    if not ok and want.low is not None and got.high < want.low and _TOP_N_AFTER.match(folded, parts[-1].end):
        return None  # 市住建局承办54件，…，市教育局承办37件，承办量居前三位: the leading few, a selection by its own words
    if not ok and not sure_split and want.high is not None and want.high < got.low and _one_nested(parts, want) \
            and not _flat_list(folded, parts):
        return None  # 第二产业增加值79.62亿元，工业增加值65.30亿元: a part of the part before it, not one more part
    cause = "" if ok or minus else _cause(total, parts, want)
    if not ok and sure_split is False and want.low is not None and got.high < want.low \
            and not (cause and (cause.startswith("万") or _many_digits(total)
                                and (len(parts) >= 3 or got.high >= want.low * COVER))) \
            and not _closed_list(folded, total, parts):
        # 固定资产投资100亿元，其中工业投资60亿元，基础设施投资37亿元: the main items, not all of them — unless they come
        # within a twentieth of it, where a reader cannot tell a selection from a whole with a part missing
        return _not_itemized(folded, total, parts, minus, want, got)
    if not ok and not sure_split and want.low is not None and got.high < want.low * COVER and not (
            cause.startswith("万") or (cause and got.high >= want.low * SLIP_COVER
                                       and (len(parts) >= 3 or _closed_list(folded, total, parts)))) \
            and not (sure_split is False and _closes_itself(folded, total, parts)) \
            and not (sure_split is False and _counts_its_parts(folded, total, parts)) \
            and not (sure_split is False and _counted_before(folded, total, parts)) \
            and not (sure_split is False and len(parts) >= 2 and _REST_ITEM.match(item_label(folded, parts[-1]))) \
            and not (total.base_unit == "分" and len(parts) >= 3 and _SCORED.search(label_of(folded, total))
                     and not _MORE_SCORE.match(folded, parts[-1].end)):
        # (a score 得分95分 listed by three or more of its scoring parts is the whole of them)
        return None  # a selection, unless 万/元 mixed up or a one-digit slip explains a gap of under a tenth
    if not ok and sure_split is False and not cause and want.low is not None and got.high < want.low \
            and _partial_list(folded, total, parts):
        return None
    got_u = _in_unit(got, total)
    d = (total.decimals or 0)
    plus, d_show = _shown(total, parts, minus)
    unit = total.unit
    sum_txt = fmt_interval(got_u, d_show + (0 if got_u.is_point else 1), unit)
    computed = f"{plus} = {sum_txt}; stated {total.text} needs {fmt_interval(_in_unit(want, total), d + (0 if total.exact else 1), unit)}"
    figs = [total] + parts
    start = min(f.start for f in figs)
    end = max(f.end for f in figs)
    # …和退化林修复4,400亩共同构成: the closing words of the split belong to the claim
    tail = _SPLIT_TAIL.match(folded, end, clause_end(folded, end))
    if tail:
        end = tail.end()
    elif folded[end:end + 1] in "，," and (named_closing := _NAMED_CLOSING.match(folded, end)):
        end = named_closing.end()  # …，两项合计即为全年实际支出: the closing that names the whole is the claim's
    # the claim starts with the name of its first figure or the lead of its list (本年收入合计4,615.20万元，其中…;
    # 按信访形式分：来信486件…): mark it too
    start = max(start - 16, clause_start(folded, start))
    if ok:
        en = f"The parts add up to {sum_txt}, matching the stated total {total.text}."
        zh = f"各分项合计{sum_txt}，与总数{total.text}相符。"
        return result("parts_sum", schema.CONSISTENT, figs, start, end, f"{total.text} = {plus}", computed, en, zh)
    diff = _mid(got_u) - total.value
    en = (f"The parts add up to {sum_txt}, {'more' if diff > 0 else 'less'} than the stated total {total.text}; "
          f"a part or the total is wrong." + (f" Probable cause: {cause}." if cause else ""))
    zh = f"各分项合计{sum_txt}，与总数{total.text}不符，应核对总数或分项。"
    return result("parts_sum", schema.INCONSISTENT, figs, start, end, f"{total.text} = {plus}", computed, en, zh, cause)


# …，承办量居前三位 / 位列全市前五名: the items listed are the top few of the whole, said so after them
_TOP_N_AFTER = re.compile(r"[，,]?[^。；;，,\n]{0,8}?(?:居|位居|位列|排名|排在|列|占据)(?:全市|全县|全区|全省|全国)?前(?:[一二三四五六七八九十]|\d{1,2})(?:位|名)")
_MORE_SCORE = re.compile(r"[^。；;\n]*?\d[\d.]*分")  # …，另有加分项10分: one more score after the list
_LIST_BEFORE = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)([\u4e00-\u9fff]{1,2})、[^\d，,；;。、]{1,12}$")
_DEDUCTED = re.compile(r"^(?:再)?(?:扣除|减去|剔除|扣减|减除)")  # a term taken off the sum (扣除重复计算量…)
_PLAIN_AMONG = re.compile(r"其中(?![：:])")
# the last item closes the list: 大豆及其他1.9万吨 / 其余为九年一贯制学校4所 / 另有…
_CATCH_ALL = re.compile(r"其他|其它|其余|余下|剩余|另有")
# a last item that says it takes all the rest (剩余为…, 其余…, 余下…): the list before it is the whole of its total
_REST_ITEM = re.compile(r"^(?:其余|剩余|余下)(?:的)?(?:为|是)?")


_COUNT_OF_KINDS = re.compile(r"(?P<n>[两三四五六七八九十]|[2-9]|1\d)(?:项|个|类|种|大|笔|支)(?P<noun>[\u4e00-\u9fff]{2,8}?)(?:共计|合计|总计|共|总额|金额)")


_KINDS_LISTED = re.compile(r"[，,](?:包括|包含|分别为|分别是|即)[：:]?")


def _counted_before(folded: str, total: Fig, parts: list[Fig]) -> bool:
    """审计抽查的6项专项资金共计2.14亿元，包括A资金…、B资金…: the total's clause counts the kinds it sums, as many as
    are listed, each named with the counted noun — the whole list."""
    m = None
    for m in _COUNT_OF_KINDS.finditer(folded, clause_start(folded, total.start, "，,；;。！？\n"), total.start):
        pass
    if m is None or m.end() < total.start - 2 or not _KINDS_LISTED.match(folded, total.end, parts[0].start):
        return False  # (…共计2.14亿元，其中违规使用…资金0.12亿元: an amount of each, not the funds themselves)
    n = _SMALL[m.group("n")] if m.group("n") in _SMALL else int(m.group("n"))
    noun = m.group("noun")[-2:]
    return n == len(parts) and all(_ITEM_LEAD.sub("", item_label(folded, p)).rstrip("为是达").endswith(noun)
                                   or re.sub(r"^[和及与、]", "", item_label(folded, p)).endswith(noun) for p in parts)


def _partial_list(folded: str, total: Fig, parts: list[Fig]) -> bool:
    """Is a plain 其中 list of three or more kinds that stays under its total a selection? 其中 names what is among the
    total: a tally of discrete things that falls short (医疗卫生机构428个，其中医院6家、卫生院18家、村卫生室392个) leaves
    some kind unnamed (clinics), unless the list closes itself (…及其他, 其余…) or its total is a score made of its items'
    scores."""
    if len(parts) < 3 or total.base_unit == "分" or total.end > parts[0].start:
        return False
    if not (total.exact and all(p.exact for p in parts)):
        return False  # rounded amounts (18.8万户 = 4.12万 + 14.3万 + 1,800) summarise a whole breakdown: a gap is an error
    if not _PLAIN_AMONG.search(folded, total.end, parts[0].start):
        return False
    return not _CATCH_ALL.search(item_label(folded, parts[-1])) and not _levels_down(folded, parts)


# 12个乡镇 / 5个社区 read with the noun in the unit (个乡镇): entities like 41个县直机关 (由41个县直机关、12个乡镇和8个…组成)
_NOUN_UNITS = frozenset(("个村", "个乡镇", "个社区"))


def _same_entities(a: Fig, b: Fig) -> bool:
    """same_count_unit, with a count whose unit carries its noun (12个乡镇) counting entities like 个."""
    if same_count_unit(a, b):
        return True
    ua, ub = (("个" if f.base_unit in _NOUN_UNITS else f.base_unit) for f in (a, b))
    return a.kind == b.kind == "count" and ua == ub and bool(a.quantity and b.quantity)


_DIVIDED = re.compile(r"划分为|分为|分成")
_AMONG_LEAD = re.compile(r"其中|包括|包含|涵盖|(?<=[，,])含|^[（(]")  # 45所（小学30所，初中12所）: a bracket may select
# the two halves of a whole that statistics always cut in two (门诊收入 / 住院收入, 出口 / 进口, 城镇 / 农村)
_HALVES = [tuple(re.compile(w) for w in pair) for pair in (
    ("门诊", "住院"), ("出口", "进口"), ("城镇|城市|城区", "农村|乡村"), ("(?<![妇])男", "女"), ("境内", "境外"),
    ("国内", "国外|境外|入境"), ("省内", "省外"), ("市内", "市外"), ("县内", "县外"), ("公办", "民办"),
    ("公立", "民营|非公立|私立|社会办"), ("(?<!非)公有", "非公有"), ("基本支出", "项目支出"), ("人员经费", "公用经费"),
    ("线上", "线下"), ("一般债券|一般债务", "专项债券|专项债务"), ("上半年", "下半年"), ("汉族", "少数民族"),
    ("主办", "协办|会办"), ("本年(?:收入|支出)", "(?:年初|上年|年末)?结转(?:和|及|与)?结余"),
    # (an audit's problem amounts: 违规问题金额 and 管理不规范问题金额 are the two kinds the audit office reports)
    ("(?<!不)违规", "管理不规范"),
    # (projects under way are those begun this year and those carried on: 在建项目37个，其中新开工21个、续建14个)
    ("新开工|新建", "续建"))]
# the classes of a whole that a list naming every one of them exhausts (小学、初中、高中 of 中小学; A、B、C类 of the
# answers to proposals; 高、中、低 risk). Not 产出、效益、满意度 of a project's indicators: 成本指标 is a fourth class since
# 2021, and many self-evaluations list the three they scored
# (each with what the whole must be named: 学校68所 may hold kindergartens and vocational schools too)
_FULL_SETS = [(re.compile(whole), tuple(re.compile(w) for w in group)) for whole, group in (
    ("中小学", ("小学", "初中", "高中")),
    ("", ("第一产业", "第二产业", "第三产业")),
    # (the three grades of answers to proposals, by letter or by their standard words)
    ("", ("A类|已(?:经)?解决或基本解决|已(?:经)?解决(?!或)", "B类|正在解决|列入(?:年度)?计划|逐步解决",
          "C类|因条件限制|暂(?:时)?(?:难以|无法|不能)解决|留作参考")),
    ("", ("高风险", "中风险", "低风险")),
    # (the “三公” funds are these three by definition)
    ("三公", ("因公出国|出国（境）|出国\\(境\\)", "公务用车", "公务接待")),
    # (the three grades of a high school or a junior high school: 共设48个教学班，其中高一…、高二…、高三…)
    ("", ("高一", "高二", "高三")), ("", ("初一|七年级", "初二|八年级", "初三|九年级")),
    # (a year's grain by season, as the statistics report it: 秋粮 there leaves out the early rice named beside it)
    ("粮", ("夏粮", "早稻", "秋粮")))]
_ANY_HALF = re.compile("|".join(f"(?:{x.pattern})" for pair in _HALVES for x in pair))
# not halves: 国有/民营 firms (外资, 集体, 港澳台 too), 行政/事业编制 (工勤编制), 财政资金/社会资本 (贷款, 自筹),
# 夏粮/秋粮 without 早稻 (the full set names it), 在职/退休 (离休, 流动党员): each leaves a third kind some reports name


def _halves(folded: str, parts: list[Fig]) -> bool:
    """Are two items the two halves of a whole (男/女, 城镇/农村, 基本支出/项目支出…)?"""
    a, b = item_label(folded, parts[0]), item_label(folded, parts[1])
    if not _ANY_HALF.search(a) or not _ANY_HALF.search(b):
        return False  # (each label must hold a word of some pair: one scan of each, before the pairs one by one)
    return any(x.search(a) and y.search(b) or y.search(a) and x.search(b) for x, y in _HALVES)


def _many_digits(total: Fig) -> bool:
    """Three significant digits or more: a one-digit gap is then a slip, not the chance of a selection (a list of 44
    under a total of 45 is as likely a selection as a slip)."""
    return total.value is not None and len(fmt(total.value).replace(".", "").replace(",", "").lstrip("0")) >= 3


_OPEN_END = re.compile(r"以[下上]$|及以[下上]")
# 县级以上奖项64项，其中国家级…、省级…、市级…、县级…: a total of all levels from a threshold, listed down to it
_LEVEL_UP = re.compile(r"([\u4e00-\u9fff])级(?:及)?以上")


_ITEM_LEAD = re.compile(r"^(?:其中|[（(])")


def _closed_list(folded: str, total: Fig, parts: list[Fig]) -> bool:
    """Does a short list say it names the whole of its total? A plain 其中 or 包括 list names what is among the
    total and may leave kinds out (固定资产投资100亿元，其中工业投资60亿元，基础设施投资37亿元); it is closed by 分为,
    a last item that takes the rest (其他补贴45万元, 其余…), the two halves of a whole (门诊收入…、住院收入…), or a
    total score whose items are its scoring parts. Other leads (在…中, 按…分) frame the whole and close their list."""
    if total.end > parts[0].start or total.base_unit == "分":
        return True
    lead = folded[total.end:parts[0].start]
    if _DIVIDED.search(lead) or not _AMONG_LEAD.search(lead):
        return True
    if _counted_before(folded, total, parts):
        return True
    if _CATCH_ALL.search(item_label(folded, parts[-1])) or _OPEN_END.search(item_label(folded, parts[-1])) \
            or _OPEN_END.search(item_label(folded, parts[0])):
        return True  # …、其他补贴45万元 / …、大专及以下15人 / 50岁以上…: an item that takes the rest
    if _levels_down(folded, parts):
        return True
    names = [_ITEM_LEAD.sub("", item_label(folded, p)) for p in parts]
    if all(len(v) >= 2 for v in names) and len(set(names)) == len(names) \
            and all(v in label_of(folded, total) for v in names):
        return True  # 新建和改建农村公路286公里（新建124公里，改建152公里）: the total names every part
    if _spelled_by_total(folded, total, parts):
        return True  # 进出口总额…，其中出口…、进口…: the whole's name is made of its two parts
    named = _COUNTED_WHOLE.search(label_of(folded, total))
    if named and _SMALL.get(named.group(1)) == len(parts):
        return True  # “三公”经费38.6万元，其中因公出国…、公务用车…、公务接待…: the name counts the parts
    low = _LEVEL_UP.search(label_of(folded, total))
    if low and len(parts) >= 2 and (low.group(1) + "级") in item_label(folded, parts[-1]):
        return True
    if len(parts) >= 3 and _full_set(folded, total, parts):
        return True
    if len(parts) == 2:
        a, b = item_label(folded, parts[0]), item_label(folded, parts[1])
        return any(x.search(a) and y.search(b) or y.search(a) and x.search(b) for x, y in _HALVES) \
            or _negated_half(_ITEM_LEAD.sub("", a), _ITEM_LEAD.sub("", b))
    return False


def _counts_its_parts(folded: str, total: Fig, parts: list[Fig]) -> bool:
    """“三公”经费18.64万元，其中：因公出国（境）费…；公务用车…；公务接待费…: the whole's name counts its parts, and the
    parts are every one of a set it is (_full_set) — all of it listed, however far short they fall."""
    named = _COUNTED_WHOLE.search(label_of(folded, total))
    return bool(named and _SMALL.get(named.group(1)) == len(parts) and len(parts) >= 3 and _full_set(folded, total, parts))


def _named_classes_cut(folded: str, total: Fig, parts: list[Fig]) -> bool:
    """从提案内容看，经济发展类63件，城乡建设类51件，…，社会管理类27件 (of 214件): three or more classes named as such
    (…类) cut the whole once; what they leave of it, less than half the smallest class, is no class left out but a
    count wrong (as _closed_list reads shares of such classes)."""
    if len(parts) < 3 or total.norm is None or any(p.norm is None for p in parts) \
            or not all(re.search(r"[\u4e00-\u9fff]{2,}类$", item_label(folded, p)) for p in parts):
        return False
    rest = abs(total.norm - sum(p.norm for p in parts))
    return 2 * rest < min(p.norm for p in parts)


def _label_with_aside(folded: str, p: Fig) -> str:
    """item_label, and when a bracket closes in it the name before that bracket too (C类（因条件限制暂难解决，已作说明）
    14件: the bracket's comma cuts item_label to 已作说明）; 因公出国（境）费0万元: to 境）费)."""
    lab = item_label(folded, p)
    close = max(lab.rfind("）"), lab.rfind(")"))  # (因公出国（境）费0万元: inside the name)
    lo = p.start - len(lab)
    at = lo + close
    if close >= 0 and folded[lo:p.start] == lab and "（" not in lab[:close] and "(" not in lab[:close]:
        i = max(folded.rfind("（", 0, at), folded.rfind("(", 0, at))
        if i >= 0 and at - i <= 40:
            return folded[clause_start(folded, i):p.start]
    return lab


def _full_set(folded: str, total: Fig | None, parts: list[Fig]) -> bool:
    """Do the items name every class of one of the whole sets above, each item one class (中小学68所，其中小学46所、
    初中17所、高中4所)? With no total, only the sets that need no whole named (A、B、C类)."""
    if _more_after(folded, parts):
        return False
    labels = [_label_with_aside(folded, p) for p in parts]
    for whole, group in _FULL_SETS:
        if len(group) != len(labels) or (whole.pattern if total is None else not whole.search(label_of(folded, total))):
            continue
        hits = [[k for k, w in enumerate(group) if w.search(lab)] for lab in labels]
        if all(len(h) == 1 for h in hits) and sorted(h[0] for h in hits) == list(range(len(group))):
            return True
    return False


# wholes made of two halves by definition: 基本支出 = 人员经费 + 公用经费; a debt = its 一般 + 专项 parts
_DEFINED_HALVES = [(re.compile(w), re.compile(a), re.compile(b)) for w, a, b in (
    ("基本支出", "人员经费", "公用经费"), ("债务|债券", "一般债", "专项债"))]


def _defined_halves(folded: str, total: Fig, parts: list[Fig]) -> bool:
    """The total named as a whole that its two parts make up by definition (_DEFINED_HALVES)."""
    t, a, b = item_label(folded, total), item_label(folded, parts[0]), item_label(folded, parts[1])
    return any(w.search(t) and (x.search(a) and y.search(b) or y.search(a) and x.search(b)) for w, x, y in _DEFINED_HALVES)


def _negated_half(a: str, b: str) -> bool:
    """税收收入 / 非税收入, 农业人口 / 非农业人口: a kind and its 非-kind, of one head noun (the last two characters);
    批准逮捕 / 不批准逮捕, 合格 / 不合格, 已脱贫户 / 未脱贫户: a thing done and the same not done (不/未/非 before the
    very same words)."""
    for x, y in ((a, b), (b, a)):
        if y[:1] in ("非", "不", "未") and x[:1] not in ("非", "不", "未") and len(x) >= 2:
            if y[1:] == x or (y[0] == "非" and len(x) >= 3 and len(y) >= 3 and x[0] == y[1] and x[-2:] == y[-2:]):
                return True
            if x[:1] == "已" and y[:1] in ("未", "不") and len(x) >= 3 and x[1:] == y[1:]:
                return True  # 已脱贫户 / 未脱贫户: done and not done
    return False


# the tiers of government, top down: a list of three or more tiers in a row, from the top (中央) or down to the bottom
# (乡镇 / 村), names every tier of its total (其中市级48场、县区级137场、乡镇级129场)
_TIERS = [re.compile(p) for p in (r"中央|国家", r"省", r"市(?!场)|州|盟(?!员)", r"县|区(?!域)|旗", r"乡|镇|街道", r"村|社区")]


def _tiers(label: str) -> tuple[int, int] | None:
    """The tiers an item names: one (州级资金), or two in a row joined in one item (中央和省级资金), as (first, last)."""
    hits = [i for i, rx in enumerate(_TIERS) if rx.search(label)]
    if len(hits) == 1:
        return hits[0], hits[0]
    if len(hits) == 2 and hits[1] == hits[0] + 1 and "级" in label:
        return (hits[0], hits[1]) if re.search(r"[和及与、]", label) else (hits[0], hits[0])
    return None


# “三公”经费 / 两项补贴 / 四类人员: a whole whose name says how many kinds it holds
_COUNTED_WHOLE = re.compile(r"[“\"‘]?([两二三四五六七八九十])(?:公|项|类|个|大|种)")


def _more_after(folded: str, parts: list[Fig]) -> bool:
    """…县级资金0.36亿元，另有社会帮扶资金900万元 / …初三学生520人，另有随班就读…: the sentence goes on to more of
    the whole after the list — the list is not all of it."""
    end = clause_end(folded, parts[-1].end, "。！？!?\n")
    return _MORE_AFTER.search(folded, parts[-1].end, end) is not None


_MORE_AFTER = re.compile(r"另有|此外|另外|还有|以及")


def _levels_down(folded: str, parts: list[Fig]) -> bool:
    """Do the parts name consecutive tiers of government, one each, from 中央 or down to 乡镇/村?"""
    if len(parts) < 3 or _more_after(folded, parts):
        return False
    tiers = [_tiers(item_label(folded, p)) for p in parts]
    if None in tiers or any(b[0] != a[1] + 1 for a, b in zip(tiers, tiers[1:])):
        return False
    return tiers[0][0] == 0 or tiers[-1][1] >= 4


# two ways of cutting one economic total: by ownership (民间投资, 国有企业) and by sector (工业投资, 房地产开发投资)
# (国有土地使用权出让收入, 国有资本经营收入: funds named so, no owner of the money)
_BY_OWNER = re.compile(r"民间|民营|国有(?!土地|建设用地|资本|资源|资产)|国营|集体|私营|个体|外商|外资|港澳台|非公|股份制")
_BY_SECTOR = re.compile(r"工业|制造业|农业|服务业|(?<!新兴)产业|基础设施|房地产|交通|能源|水利|技改|技术改造|社会事业|民生")
# a firm's qualifications and size: 高新技术企业52家、超亿元企业98家、战略性新兴产业企业74家 are attributes a firm may
# hold together, not kinds that split the firms
_BY_QUALIFICATION = re.compile(r"高新技术|高新|科技型|专精特新|创新型|瞪羚|独角兽|小巨人|战略性新兴|技术先进型|龙头")
_BY_SIZE = re.compile(r"超(?:百亿|十亿|亿|千万|百万|万)元|(?:百亿|十亿|亿|千万|百万|万)元以上|规模以上|规上|限额以上|限上")
_BY_LISTING = re.compile(r"上市|挂牌|新三板")
_CUTS = (_BY_OWNER, _BY_SECTOR, _BY_QUALIFICATION, _BY_SIZE, _BY_LISTING)
# a revenue's two cuts: by kind (税收收入, 非税收入) and by the level that keeps it (地方财政收入, 上划中央收入)
_BY_REVENUE_KIND = re.compile(r"税收(?!返还)|非税")
_BY_REVENUE_LEVEL = re.compile(r"地方(?:财政|一般公共预算|公共财政|一般预算|级)收入|上划(?:中央|省级?)?收入")


def _scoped_total(folded: str, s0: int, g: Fig, glabel: str) -> bool:
    """其中前三季度合计99.6亿元 / 上半年合计62.8亿元 after four quarters: a closing total drawn from the list (其中) or
    for a part of the year while the list names a period outside it."""
    if glabel.startswith("其中"):
        return True
    own = [m for m in _PERIOD_OF_YEAR.finditer(glabel) if not m.group("y")]
    if len(own) != 1 or not (span := _months(own[0])):
        return False
    for m in _PERIOD_OF_YEAR.finditer(folded, s0, clause_start(folded, g.start)):
        other = _months(m)
        if other and (other[0] < span[0] or other[1] > span[1]):
            return True
    return False


def _cross_cut(folded: str, parts: list[Fig]) -> bool:
    """其中，工业投资64.1亿元…；民间投资98.3亿元… / 其中高新技术企业52家、超亿元企业98家: parts named by two ways of
    cutting the whole (ownership, sector, qualification, size, listing), none by two at once — overlapping views of
    the whole, not a split (their sum may pass it)."""
    labels = [item_label(folded, p) for p in parts]
    if any(_BY_REVENUE_KIND.search(v) and not _BY_REVENUE_LEVEL.search(v) and "上划" not in v for v in labels) \
            and any(_BY_REVENUE_LEVEL.search(v) for v in labels):
        return True  # (其中税收收入…，地方财政收入…: a revenue by kind and by the level that keeps it; 上划中央税收 is the
        # other level, no kind: 地方…收入 + 上划… is one split)
    seen = set()
    for lab in labels:
        hits = {k for k, rx in enumerate(_CUTS) if rx.search(lab)}
        if len(hits) > 1:
            return False
        seen |= hits
    return len(seen) > 1


def _closes_itself(folded: str, total: Fig, parts: list[Fig]) -> bool:
    """Do the items' own words close a 其中 list, whatever its gap: every tier from the top down to the total's threshold
    (市级以上平台9个，其中国家级…、省级…、市级…)? (Other closings — a catch-all item, two halves, tiers from the top
    with no threshold named — are left to the cover test: a list far short of them names the main items only.)"""
    if total.end > parts[0].start:
        return False
    tlab = label_of(folded, total)
    low = _LEVEL_UP.search(tlab) if "以上" in tlab else None
    if low and len(parts) >= 2 and (low.group(1) + "级") in item_label(folded, parts[-1]):
        # 国家级…、省级…、市级… under 市级以上: every tier from the top down to the threshold, one each
        tiers = [_tiers(item_label(folded, p)) for p in parts]
        if None not in tiers and tiers[0][0] == 0 and all(b[0] == a[1] + 1 for a, b in zip(tiers, tiers[1:])):
            return True
    return False


_SPLIT_TAIL = re.compile(r"[^，,；;。]{0,12}?(?:组成|构成)")


def _one_nested(parts: list[Fig], want: Interval) -> bool:
    """Do the parts (three or more) add up once one of them, no larger than the part before it, is left out?"""
    if len(parts) < 3:
        return False
    for i in range(1, len(parts)):
        this, before = _sh_niv(parts[i]), _sh_niv(parts[i - 1])
        if this.low is not None and before.high is not None and this.low <= before.high \
                and _sum(parts[:i] + parts[i + 1:]).overlaps(want):
            return True
    return False


_COMMA_FREE_JOINT = re.compile(r"(?:、|[，,]占约?[\d.]+[%％][；;，,](?!其中))[^，,；;。：:（(]*")  # (…18个，占75.0%；Ⅳ类4个: a bare share between)
_HALF_JOINT = re.compile(r"[，,][\u4e00-\u9fff]{1,6}")  # …主办21件，协办7件: the second half in a clause of its own


def _flat_list(folded: str, parts: list[Fig]) -> bool:
    """人工造林2.4万亩、封山育林1.1万亩、飞播造林0.5万亩: items joined by 、 alone are siblings, none a part of another."""
    return all(_COMMA_FREE_JOINT.fullmatch(folded[a.end:b.start]) for a, b in zip(parts, parts[1:]))


_WAN_FACTORS = (Decimal(10000), Decimal("0.0001"))


def _has_quantity(figs: list[Fig]) -> bool:
    """Is any of the figures a quantity (a plain loop: this runs for every sentence)?"""
    for g in figs:
        if g.quantity:
            return True
    return False


def _cause(total: Fig, parts: list[Fig], want: Interval) -> str:
    """Why parts miss their total: a part written in 元 for 万元 (or back), or one mistyped digit."""
    for i, p in enumerate(parts):
        others = _sum(parts[:i] + parts[i + 1:]) if len(parts) > 1 else None
        for k in _WAN_FACTORS:
            trial = others + _sh_niv(p).scale(k) if others is not None else _sh_niv(p).scale(k)
            if trial.overlaps(want):
                return "万 and 元 mixed up"
    if total.exact and all(p.exact for p in parts) or all(p.decimals == total.decimals and p.unit == total.unit for p in parts) \
            or all(p.unit == total.unit for p in parts):
        # (6.45万户 = 2.15万户 + 4.2万户 written for 6.35; 126.8万人 = 42.35万人 + 82.45万人 for 124.8: one unit, the
        # sum read to the total's decimals)
        s = sum(p.value for p in parts if p.value is not None)
        d = total.decimals or 0
        if all(p.unit == total.unit for p in parts) and any((p.decimals or 0) > d for p in parts):
            s = s.quantize(Decimal(1).scaleb(-d))
        a, b = fmt(s), fmt(total.value)
        if all(p.unit == total.unit for p in parts) and len(a) != len(b):
            # 0.48 + 0.72 = 1.20 against 1.26: the digits as written, trailing zeros kept
            w = max([total.decimals or 0] + [p.decimals or 0 for p in parts])
            a, b = fmt(s, w), fmt(total.value, w)
        if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1:
            return "one digit differs: a typing slip in the total or a part"
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        if len(a) == len(b) and len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
                and a[diff[1]] == b[diff[0]]:
            return "two digits swapped: a typing slip in the total or a part"  # 2.68 written 2.86
    return ""


# （含调解结案120件）/ （其中…）: a detail of the part before it, not one more part
_NESTED_DETAIL = re.compile(r"[（(](?:含|其中|包括|内含|满分|总分|权重)[^）)]*$")
# a lead that opens a list of its own after a part (…，主要是：/ ，包括 / ，主要用于 / ，具体为): the items after it are
# the part's, not the whole's
_SUB_LIST_LEAD = re.compile(r"[，,：:]\s*(?:主要(?:是|有|为|包括|包含|用于|集中在|涉及)|包括|包含|具体(?:为|是|包括|有)|分别(?:是|为)?用于)[：:—\-]*")
_NESTED_LEAD = re.compile(r"其(?<![（(].)中")  # (?<![（(])其中, opening on 其 for the engine to skip to


_LIST_LEAD_WORDS_SUB = re.compile(r"^[；;，,\s]+")


def _sub_lists(folded: str, sfigs: list[Fig], parts: list[Fig]) -> list[tuple[Fig, list[Fig], bool | None]]:
    """The list a part opens after itself (其中工业企业48家，包括食品企业20家、建材企业15家…) → (part, its items, sure): a
    list led by 主要 / 包括 names some items only (reported when it adds up), one led by 具体为 is the whole part."""
    out = []
    for k, p in enumerate(parts):
        nxt = parts[k + 1].start if k + 1 < len(parts) else clause_end(folded, p.end, "；;。！？!?\n")
        m = _SUB_LIST_LEAD.search(folded, p.end, nxt)
        if m is None or _SEMICOLON.search(folded, p.end, m.start()):
            continue
        stop = clause_end(folded, m.end(), "；;。！？!?\n")
        subs = _parts_after(folded, [g for g in sfigs if g.end <= stop], m.end(), p, p)
        if len(subs) >= 2:
            out.append((p, subs, False if "具体" in m.group(0) else None))
    return out


_RESPECTIVE_WORD = re.compile(r"分别|依次|各自")
_YEAR_CLAUSE = re.compile(r"[；;]\s*(?:全年|今年|当年|本年|年内|同期|此外|另外|另有)")  # (…；全年新收案件1,180件)


def _respective_values(folded: str, lo: int, hi: int, sfigs: list[Fig], first: Fig) -> bool:
    """（市下达任务分别为360吨和40吨）/ （其中主办分别为42件和38件）: 分别 with no list of names of its own before it — the
    values go one to each item listed before the bracket or lead (two or more of the unit), not into the figure before
    it. (全县户籍人口52.6万人，其中城乡分别为…: one figure before, the values split it.)"""
    m = _RESPECTIVE_WORD.search(folded, lo, hi)
    return m is not None and not re.search(r"[、和及与]", folded[lo:m.start()]) and sum(
        1 for g in sfigs if g.end <= lo and g.quantity and same_count_unit(g, first) and not is_reference(folded, g)) >= 2


# 小学中完全小学40所 / 民事案件中调解结案…: a split of a part named before (中学, 中心, 中央… are words, not 中 "among")
# …，护理人员中主管护师22人、护师40人: a whole named right before its first item (高中, 集中, 期中 are words)
_NAMED_WHOLE_AHEAD = re.compile(r"^(?:其中|在)?[\u4e00-\u9fff]{2,8}?" + AMONG_ZHONG + r"(?=[\u4e00-\u9fff])")
_PART_OF_PART = re.compile(r"^(?:其中|在)?(?P<name>[\u4e00-\u9fff]{2,8}?)中(?![心学央等型小级部专医药国队期度])")
# people are cut by several attributes at once (其中女性46人；党员82人): items of two attributes are two cuts
_DIMENSIONS = [re.compile(p) for p in (
    r"^(?:其中)?(?:女|男)|女性|男性|女职工|男职工",
    r"党员|党外|群众|民主党派|无党派",
    r"少数民族|汉族",
    r"研究生|博士|硕士|本科|大专|专科|学历(?!教育)",  # (中职学历教育学生: a kind of schooling)
    r"职称|(?:高级|中级|初级|副高|正高)(?:专业技术|技师|工)",
    r"\d+岁|[一二三四五六七八九十]+岁|岁以下|岁以上",
)]


_ANY_DIMENSION = re.compile("|".join(f"(?:{rx.pattern})" for rx in _DIMENSIONS))
# groups of people that overlap (贫困户 among 妇女, 返乡青年 among 党员): attendances of them cut the total several ways
_PEOPLE_GROUP = re.compile(_ANY_DIMENSION.pattern + r"|贫困|妇女|青年|老年|老人|残疾|退役|农民|职工|干部|学生|儿童|少年|"
                           r"困难|低保|脱贫|返乡|留守|新型职业")


@per_figure
def _dimension(folded: str, g: Fig) -> int | None:
    """The attribute a count of people is cut by (gender, party, ethnicity, education, title, age), if any."""
    if count_unit_key(g) != "人":
        return None  # 小学28所、初中9所 are kinds of school, not an education level of people
    lab = item_label(folded, g)
    if not _ANY_DIMENSION.search(lab):
        return None
    return next((i for i, rx in enumerate(_DIMENSIONS) if rx.search(lab)), None)


# (服务 as a verb: 服务群众…; 服务类/服务费/服务业… name a kind)
# (…省级示范社6家，入社农户5860户: the members the parts hold, counted by 户 as 家 is — not 入股分红收入, an item)
_BENEFIT = re.compile(r"(?:惠及|带动|受益|辐射|覆盖|服务(?![类费业型项采合外收支])|帮助|帮扶|涉及|使|入社|入会|入股(?!分红|收益))")


# 新认定21家，6家到期未复审，总数达到80家: what came and what left in the year never add up to the stock
# (招聘教师85人，…，全县教师总数达到4300人: those taken on in the year, under the staff they joined)
_CHANGE_PART = re.compile(r"新增|新认定|新发展|新建|新办|发展|引进|培育|注销|退出|退规|退库|摘牌|到期|未通过|未复审|处置|撤销|"
                          r"招聘|招录|录用|招收|招募|迁入|迁出|调入|调出|转入|转出|"
                          r"吊销|淘汰|净增|净减|减少")
_SCORED = re.compile(r"总分|得分")
_LEVEL_TOTAL = re.compile(r"总数|总量|达到|现有|实有|共有")
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}")


def _mixed_flows(folded: str, total: Fig, parts: list[Fig]) -> bool:
    """累计认定高新技术企业86家，其中今年新认定26家，有效期内的72家: the year's change beside a level, under a total
    that is no change — not a split of it."""
    changed = [bool(_THIS_YEARS_NEW.search(_clause_text(folded, p))) for p in parts]
    return any(changed) and not all(changed) and bool(_STOCK_TOTAL.search(_clause_text(folded, total)))


_NEW_PART = re.compile(r"新增|新建|新开工|新登记|今年|当年|年内")
_CUM_PART = re.compile(r"累计|达到|总量|总数|现有|共有")
_THIS_YEARS_NEW = re.compile(r"(?:今年|当年|本年|年内|全年)[^，,；;。\d]{0,3}新")
_STOCK_TOTAL = re.compile(r"累计|现有|共有|实有|总数|拥有")


def _stock_of_changes(folded: str, glabel: str, parts: list[Fig]) -> bool:
    """A closing total that is a level (总数达到80家) over parts that are the year's changes (新增…, 注销…)."""
    if _CHANGE_PART.search(glabel) or not _LEVEL_TOTAL.search(glabel):
        return False  # 共新增8家 / …，合计20家 sum what was added
    return any(_CHANGE_PART.search(_clause_text(folded, p)) for p in parts)


_NET_CHANGE = re.compile(r"(?:净增|净减|净增加|净减少)了?$")
_THEN_AMONG = re.compile(r"[，,（(]?其中")


def _net_split(folded: str, g: Fig, end: int) -> bool:
    """较年初净增128家，其中新增入库171家、退库39家: a net rise broken down into what came and what left is a whole of
    its own (judged as came − left), though it is a change from a base — when each item names its own flow (出生 / 死亡,
    or 注销企业…、个体工商户… sharing one word, are left alone), and nothing more leaves after the list (另有…注销)."""
    if not (_NET_RISE.search(folded, max(0, g.start - 4), g.start) and _THEN_AMONG.match(folded, g.end)):
        return False
    rest = folded[g.end:end]
    if not (_INFLOW.search(rest) and _OUTFLOW.search(rest)) or "另有" in rest or "此外" in rest:
        return False
    items = [x for x in _FLOW_ITEMS.split(rest[rest.find("其中") + 2:]) if ANY_DIGIT.search(x)]
    return len(items) >= 2 and all(_INFLOW.search(x) or _OUTFLOW.search(x) for x in items)


_NET_RISE = re.compile(r"净增(?:加)?了?$")
_FLOW_ITEMS = re.compile(r"[、，,；;]")


# the two sides of one account: a total named by one side never closes a list of the other
_SIDES = (("进口", "出口"), ("收入", "支出"), ("流入", "流出"), ("迁入", "迁出"), ("调入", "调出"), ("转入", "转出"),
          ("缴存", "提取"))


def _other_side(glabel: str, first: str) -> bool:
    """1月出口4.2亿元，2月3.1亿元，…，季度进口合计9.7亿元: the total names the other side of the account its parts are on."""
    return any((a in glabel and b not in glabel and b in first and a not in first)
               or (b in glabel and a not in glabel and a in first and b not in first) for a, b in _SIDES)


def _other_noun(folded: str, total: Fig, parts: list[Fig]) -> bool:
    """下辖12个镇、6个乡，共186个行政村: the nouns after the measure words say the total counts other things (a noun
    that shares no character with any part's)."""
    t = _NOUN_AFTER.match(folded, total.end)
    if not t:
        return False
    for p in parts:
        m = _NOUN_AFTER.match(folded, p.end)
        if m and not set(m.group(0)) & set(t.group(0)):
            return True
    return False


def _before_whole_again(folded: str, total: Fig | None, parts: list[Fig]) -> list[Fig]:
    """…实有市场主体8.64万户，其中企业…、个体工商户…、农民专业合作社…；全年新登记市场主体1.38万户: a clause after a
    semicolon naming the whole's thing again (the same last three characters or more) states another figure of it,
    never one more part: the list ends before it."""
    if total is None or len(parts) < 3:
        return parts
    name = label_of(folded, total)
    for k in range(2, len(parts)):
        between = folded[parts[k - 1].end:parts[k].start]
        if ("；" in between or ";" in between) and _tail_len(name, label_of(folded, parts[k])) >= 3 \
                and all(_tail_len(name, label_of(folded, p)) < 3 for p in parts[:k]):
            # (小麦播种面积…；玉米播种面积…: parts that all name the whole's measure are parts still)
            return parts[:k]
    return parts


_HELD_UNDER = re.compile(r"控制在|不超过|不高于")  # (not 限额 alone: 其中一般债务限额8亿元 is an item of a list of ceilings)
_ACT_OPENS = re.compile(r"(?:全年|共|另)?(?:查办|查处|开展|组织|举办|完成|实施|办理|受理|审结|立案|发放|培训|走访|召开|挽回|追回|获得|获批|新建|引进|签约|认定)")


def _parts_after(folded: str, figs: list[Fig], anchor: int, unit_of: Fig, total: Fig | None = None) -> list[Fig]:
    """Same-unit figures listed after 其中 (or a list start) up to a clause that changes scope; with the total known,
    the list also ends at the other side of its account and runs on past the base of a part."""
    parts: list[Fig] = []
    tlab = _clause_text(folded, total) if total is not None else ""
    past_base = False
    sub_end = None
    twins = None
    # (其中 inside a bracket opened in its clause: not 其中：1）小学32所；2）初中15所, whose markers close no bracket)
    in_bracket = _bracket_depth(folded, clause_start(folded, anchor, "。！？!?\n"), anchor) > 0
    for g in figs:
        if g.start < anchor or not same_count_unit(g, unit_of):
            continue
        if parts and sum(parts[-1].end <= h.start and h.end <= g.start and h.kind == "count" and h.quantity
                         and h.base_unit in _ACT_UNITS and not same_count_unit(h, unit_of) for h in figs) >= 2 \
                and not _SEMICOLON.search(folded, parts[-1].end, g.start) \
                and _strip_lead(item_label(folded, g)) != _strip_lead(item_label(folded, parts[-1])):
            break  # 诊疗…人次，其中门诊…，急诊…，开展手术95例，会诊…142次，…开展义诊2913人次: after other acts, counted
            # in their own measure words of acts (例, 次, 起…), one more of the unit is another act, not a part (县级医院3个，
            # 床位800张，卫技人员900人，乡镇卫生院18个: a part's attributes are no acts; …发放低保金3277万元，农村低保…，
            # 发放低保金1444万元: the same words name each item's amount)
        if parts and g.kind == "money" and any(h.kind == "money" and h.quantity and h.base_unit != unit_of.base_unit
                                               and parts[-1].end <= h.start and h.end <= g.start
                                               and not is_per_unit(folded, h)
                                               and _bracket_depth(folded, parts[-1].end, h.start) == 0
                                               and _tail_len(item_label(folded, h), item_label(folded, parts[-1])) < 2
                                               for h in figs):
            break  # 利用外资8426万美元，其中直接利用外资5000万美元，实际引进内资25亿元，完成出口额10000万美元: money of
            # another currency after an item, named otherwise, is another measure — the list ended with it (境外资金1800万
            # 美元 among 省外资金…亿元、市外资金…亿元 is one more item)
        if in_bracket and _bracket_depth(folded, anchor, g.start) < 0:
            break  # 辖8个行政村（4个贫困村，其中一个深度贫困）3个社区…: a list opened inside a bracket ends with it
        if parts and _TASK_SET_BEFORE.search(folded, clause_start(folded, g.start), g.start) \
                and _TASK_NOUN_AFTER.match(folded, g.end):
            break  # 其中人工造林1.8万亩，完成了市下达的1.5万亩年度人工造林任务: the target set for a part, no part
        if parts and tlab and _numbered_sibling(item_label(folded, total), item_label(folded, g)):
            break  # 第二产业增加值…，其中：工业增加值…；第三产业增加值…: the total's sibling, not one of its parts
        if total is not None and twins is None:
            twins = _twin_tails(folded, figs, anchor, total, unit_of)
        if twins and item_label(folded, g).endswith(twins):
            continue  # 占地面积86.4万平方米，建筑面积41.27万平方米，其中小学占地面积…，建筑面积…: the other total's parts
        if parts and total is not None and _larger_than(g, total) and _sum(parts).overlaps(_sh_niv(total)):
            break  # 羊存栏20409只，其中：山羊1403只；绵羊19006只；禽存栏188399只: no part is larger than its whole, and the
            # items before it make it up — the list has ended and the next kind's count begun (not 总投资4,860万元，
            # 其中…1,200万元、…800万元、县级配套2.86亿元: a part that big, the rest short of the whole, is a slip of 万/亿)
        if _REVISED_AFTER.match(folded, g.end):
            continue  # 土地出让收入由年初预算的65000万元调整为35000万元: the value before the revision is no part
        if parts and total is not None and _REST_NO_AMOUNT.search(folded, parts[-1].end, g.start) and _larger_than(g, total):
            break  # 其中县级财政出资1200万元，占60%，其余由参与商家…配套，直接拉动消费1.38亿元: after a rest named with no
            # amount, a figure larger than the whole is another measure (…，其余由县级财政配套，配套资金400万元: the rest's)
        if len(parts) == 2 and _SEMICOLON.search(folded, parts[-1].end, g.start) and _halves(folded, parts):
            break  # 总人口24.63万人，其中男性…，女性…；城镇人口6.84万人: the two halves are the whole, the next cut another
        if len(parts) >= 2 and _SEMICOLON.search(folded, parts[-1].end, g.start) \
                and len({item_label(folded, p)[-2:] for p in parts}) == 1 and len(item_label(folded, parts[0])) >= 4 \
                and not item_label(folded, g).endswith(item_label(folded, parts[0])[-2:]) \
                and _ACT_OPENS.match(item_label(folded, g)):
            break  # 其中贪污贿赂案件17件、渎职侵权案件8件；查办大案15件: after ；, another act, not named with the items' noun
        if parts and (g.qualifier in ("at_most", "less_than") or _HELD_UNDER.search(_clause_text(folded, g))) \
                and re.search(r"[，,；;]", folded[parts[-1].end:g.start]):
            break  # 债务余额11.26亿元，其中…，控制在省核定的债务限额12.50亿元以内: the ceiling it is held under, no part
        if parts and _BARE_CHANGE.fullmatch(_clause_text(folded, g)) and _RATE_AFTER.match(folded, g.end):
            continue  # 地方收入完成51653万元，增加6455万元，增长14.28%；…: the change of the part before, its rate after
            # it (not 新增6300人，减少1100人: the items of a difference)
        label = _clause_text(folded, g)
        cs = g.start - len(label)
        if parts and tlab and _other_side(tlab, label) and not _named_in_total(tlab, item_label(folded, g)):
            break  # 国有资本经营收入…，其中…；国有资本经营支出1,050万元: the other side of the account
        if parts and tlab and _BARE_BASE.match(label):
            past_base = True  # 其中出口8.92亿美元，比上年的8.14亿美元增长11.3%: the base of the part before
            continue
        if past_base and not _named_in_total(tlab, item_label(folded, g)):
            break  # (after a base, only an item the total's own name holds: 进口 of 进出口总额)
        if parts and _CARRY.search(label) and (not tlab or _SPENDING_SIDE.search(tlab) and "收入" not in tlab
                                               or _SEMICOLON.search(folded, parts[-1].end, g.start)):
            break  # 支出合计…，其中…、上年结转项目支出80万元 / …；上年结转资金80万元: money brought in, not a use of the year
        if parts and any(_CARRY.search(item_label(folded, p)) for p in parts) \
                and all(_FLOW_STOP.fullmatch(h) for h in _STOP.findall(folded, parts[-1].end, g.start)) \
                and _STOP.search(folded, parts[-1].end, g.start) and not _SEMICOLON.search(folded, parts[-1].end, g.start):
            parts.append(g)  # 其中上年结转资金86万元，本年下达资金432万元: the year's money beside what was carried into it
            continue
        if parts and folded[parts[-1].end:parts[-1].end + 1] == "、" and "，" not in folded[parts[-1].end:g.start] \
                and "," not in folded[parts[-1].end:g.start] \
                and all(h == "新增" for h in _STOP.findall(folded, parts[-1].end, g.start)) \
                and _tail_len(item_label(folded, parts[-1]), item_label(folded, g)) >= 2:
            # …、上级补助收入25.36亿元、新增债券转贷收入3.2亿元: a flow word inside the name of one more item of the list
            parts.append(g)
            continue
        if parts and tlab and _shared_flow_item(folded, tlab, parts[-1], g, parts[-1].end):
            # 新增耕地1.26万亩，其中垦造水田0.48万亩、新增旱地0.72万亩: the total's own flow word, on a kind of its noun
            parts.append(g)
            continue
        if folded[g.start - 1:g.start] in ("（", "(") and folded[g.end:g.end + 1] in ("）", ")") \
                and _bracket_depth(folded, anchor, g.start) > 0 and any(
                    h.start > g.end and same_count_unit(h, g) and not _SEMICOLON.search(folded, g.end, h.start)
                    and "，" not in folded[g.end:h.start] for h in figs):
            continue  # 预算执行指标（10分）得9.7分: the item's full marks in brackets, its score after them
        if len(parts) >= 2 and all(_TIER_ITEM.match(item_label(folded, p)) for p in parts) \
                and all(folded[a.end:b.start].startswith("、") for a, b in zip(parts, parts[1:])) \
                and "，" in folded[parts[-1].end:g.start] and not _TIER_ITEM.match(item_label(folded, g)) \
                and _tiers(item_label(folded, g)) is None and len(item_label(folded, g)) >= 2:
            break  # 其中国家级2家、省级3家，在孵企业412家: the tiers of the total's noun, then another noun
        # （其中违规金额1.58亿元、管理不规范金额2.14亿元）: a list inside the bracket its own 其中 opens is the split
        if parts and (_NESTED_DETAIL.search(folded[max(cs, anchor + 1):g.start])
                      or _bracket_depth(folded, anchor, g.start) > 0):
            # 财政拨款收入720万元（其中一般公共预算拨款690万元）/ 13.28万元（其中购置费0元，运行维护费132800元）: a detail of
            # the part before it
            continue
        # (the words of the item before, in the same clause — 当年财政拨款2,100万元和上年结余… — are not this item's)
        lo = max(cs, anchor + 1, parts[-1].end if parts else 0)
        if parts and (_STOP.search(folded, lo, g.start) and not _REST_SUMMED.match(label) or _BENEFIT.match(label)
                      or _STOCK_STOP.search(folded, lo, g.start)
                      and not (_SPENDING_SIDE.search(tlab) and _YEAR_END_ITEM.match(folded, lo, g.start))):
            break  # …63个，惠及居民2.4万户: who gains from the part before, not one more part
            # (…，其余各乡镇合计803座: the rest summed up is the last part)
        if parts and _CLASSIFY_MID.search(folded, parts[-1].end, g.start):
            break  # …、设计费72万元；分季度看，一季度…: a classification after the list cuts the whole another way
        if is_per_unit(folded, g):
            if parts:
                break  # …其他机构0.08万张；每千人口床位6.12张: a rate per head is another indicator, never a part
            continue
        if parts and _DONE_STATUS.match(label) and not any("已" in item_label(folded, p) for p in parts):
            break  # 其中新开工11个、续建7个，已竣工投产9个: a status that cuts across the kinds before it
        if _NESTED_LEAD.search(folded, anchor + 2, g.start):
            break  # a nested 其中 starts a split of a part (one in brackets only details that part)
        if sub_end is not None and g.start < sub_end:
            continue  # (an item of the part's own list)
        if sub_end is not None and (_STAGE.match(il := _LIST_LEAD_WORDS_SUB.sub("", item_label(folded, g)))
                                    or _DONE_STATUS.match(il) or _OPEN_HINT.search(il)):
            break  # …，主要是A…、B…；办结1,800件 / ；已办结…: the whole's stage or status after the part's list, no part
        if parts and (sub_lead := _SUB_LIST_LEAD.search(folded, max(parts[-1].end, sub_end or 0), g.start)) \
                and _bracket_depth(folded, anchor, g.start) == 0:
            # 其中工业企业48家，包括食品企业20家、建材企业15家…；服务业企业78家: a list opened after a part breaks down
            # that part (_sub_lists); the whole's list goes on after its ；
            sub_end = clause_end(folded, sub_lead.end(), "；;。！？!?\n")
            if g.start < sub_end:
                continue
        if _BASE_WORDS.search(label):
            break
        if parts and tlab and _SHARE_FOLLOWS.match(folded, parts[-1].end) and not _SHARE_FOLLOWS.match(folded, g.end) \
                and not _SEMICOLON.search(folded, parts[-1].end, g.start) \
                and not bigrams(_strip_lead(item_label(folded, g))) & bigrams(tlab) \
                and not _sum(parts + [g]).overlaps(_sh_niv(total)):
            break  # 采购总额152.4万元，其中基本药物采购136.8万元，占89.8%，零差率销售让利群众26.3万元: after a part told
            # with its share and a comma, a figure with none, named with no word of the total's, that does not make the
            # total up, is no more of the list (安置退役士兵412人，其中安排工作138人，占33.5%，自主就业274人 makes it up)
        if parts and "中" in (gap := folded[parts[-1].end:g.start]) and _opens_part_split(folded, gap, parts):
            break  # …，其中人工造林5.2万亩，封山育林3.4万亩，人工造林中，生态林…: the list's own part split, a level down
        sub = parts and _PART_OF_PART.match(item_label(folded, g))
        if sub and (any(sub.group("name") in item_label(folded, p) for p in parts) or _NAMED_WHOLE_AHEAD.match(item_label(folded, g))):
            break  # 护理人员中主管护师22人…: a split of something else, named or not, follows
        parts.append(g)
    return parts


def _paired_parts(qty: list[Fig], wholes: list[Fig], anchor: int) -> bool:
    """Are the figures after a whole counted in two measure words (3216户5108人中，…) pairs of those two, side by side
    (城市低保1134户1702人，农村低保2082户3406人)? Not groups picked out one measure at a time (有劳动力的1032户，…的2318人)."""
    after = [g for g in qty if g.start >= anchor and (same_count_unit(g, wholes[0]) or same_count_unit(g, wholes[1]))]
    pairs = list(zip(after[::2], after[1::2]))
    return len(after) >= 4 and len(after) % 2 == 0 and all(
        a.end == b.start and same_count_unit(a, wholes[0]) and same_count_unit(b, wholes[1]) for a, b in pairs)


_SHARE_FOLLOWS = re.compile(r"[，,](?:约|仅)?(?:占比|占)(?:到|了)?(?:为|达到|达)?[\d０-９]")
_NUMBERED = frozenset("一二三四五六七八九十123456789１２３４５６７８９")


def _numbered_sibling(a: str, b: str) -> bool:
    """第二产业增加值实现 / 第三产业增加值实现, 一类村 / 二类村: two names alike but for one numeral."""
    a, b = _strip_lead(a), _strip_lead(b)
    if len(a) != len(b) or len(a) < 3:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and diff[0][0] in _NUMBERED and diff[0][1] in _NUMBERED


_LEAD_NOISE = re.compile(r"^(?:其中|[：:，,\s])+")


def _twin_tails(folded: str, figs: list[Fig], anchor: int, total: Fig, unit_of: Fig) -> tuple[str, ...]:
    """The words that end the name of the total's twin — the amount in its unit right before it in its ；-segment,
    named alike but for a word (占地面积86.4万平方米，建筑面积41.27万平方米，其中…: 地面积, which 建筑面积 does not end
    with): the list's items so named are the twin's parts. () when there is no twin."""
    before = [h for h in figs if h.end <= total.start and same_count_unit(h, unit_of)]
    if not before or _SEGMENT_CUT.search(folded, before[-1].end, total.start):
        return ()  # (竣工项目3个…；在建项目28个（包括…新开工项目…）: an item of an outer list, no twin)
    own, name = item_label(folded, total), item_label(folded, before[-1])
    k = next((k for k in range(2, min(len(name), 6) + 1) if not own.endswith(name[-k:])), None)
    return (name[-k:],) if k is not None and k > 2 and _tail_len(name, own) >= 2 and anchor >= total.end else ()


# measure words that count acts or events, not things (手术95例, 会诊142次, 新技术10起)
_ACT_UNITS = frozenset(("例", "次", "起", "场", "期", "批次", "场次", "台次", "架次", "人次", "户次", "家次"))


def _strip_lead(label: str) -> str:
    return _LEAD_NOISE.sub("", label)


_SEGMENT_CUT = re.compile(r"[；;。！？!?\n]|其中")


def _larger_than(g: Fig, total: Fig) -> bool:
    """Is g's amount larger than any value the total may stand for (both stated as plain amounts)?"""
    gi, ti = _sh_niv(g), _sh_niv(total)
    return gi.low is not None and ti.high is not None and gi.low > ti.high >= 0


_PAIRED_GAP = re.compile(r"^[，,]\s*(?P<m>[\u4e00-\u9fff]{2,8}?)(?:为|达|达到|共|共计|合计)?\s*$")


def _parallel_total(doc, folded: str, sents: dict, lead_splits: list[tuple[Fig, list[Fig]]], parts: list[Fig]) -> Fig | None:
    """其中工业项目35个，到位资金6.14亿元；基础设施项目18个，到位资金8,910万元；其它项目56个，到位资金1.31亿元: items
    that each carry a count and, in the next clause, an amount named alike (项目N个，资金X) are two parallel splits of
    the same items. When the counts add up to a count of the sentence before (签订合同109个，…到位资金8.29亿元), the list
    covers all the items, and the amounts split the one figure of that sentence named as they are (到位资金, not 协议引资)
    — a sure pairing where looking back alone is weak. None unless every amount follows its count in the next clause
    under one name, the counts add up, and exactly one figure of the counts' total's sentence ends with that name (a
    result, neither a base, change, target nor plan; a base as common.is_base knows it — 比上年实际到位资金9.40亿元增长一成,
    with the metric between 比上年 and the figure, it does not: that shape is left to the steps after)."""
    for ctotal, cparts in lead_splits:
        if len(cparts) != len(parts) or ctotal.sent < 0 or ctotal.base_unit == parts[0].base_unit:
            continue
        if not _sum(cparts).overlaps(_sh_niv(ctotal)):
            continue  # (counts that fall short: a selection of the items, their amounts of a part of the whole)
        names = set()
        for i, (c, a) in enumerate(zip(cparts, parts)):
            if not c.end < a.start or (i + 1 < len(cparts) and cparts[i + 1].start < a.end):
                break
            m = _PAIRED_GAP.match(folded[c.end:a.start])
            if m is None:
                break
            names.add(m.group("m"))
        else:
            if len(names) != 1:
                continue
            name = names.pop()
            cands = [g for g in sents.get(ctotal.sent, []) if same_count_unit(g, parts[0]) and g.quantity
                     and label_of(folded, g).endswith(name) and not is_reference(folded, g) and not is_base(folded, g)
                     and not is_change(folded, g) and not in_plan(folded, doc, g)]
            if len(cands) == 1:
                return cands[0]
    return None


def _opens_part_split(folded: str, gap: str, parts: list[Fig]) -> bool:
    """Does the text between two figures hold a clause X中， where X is a part listed before (the part's own split)?"""
    return any(any(item_label(folded, p).endswith(m.group("name")) for p in parts) for m in _SUB_WHOLE.finditer(gap))


_ITEM_FILLER = re.compile(r"^(?:其中|以及|及|和|与|、|[，,；;])+|的$")


def _named_in_total(tlab: str, ilab: str) -> bool:
    """进出口总额 / 进口 → True: every character of the item's name (two or more) is in the total's name."""
    name = _ITEM_FILLER.sub("", ilab)
    return len(name) >= 2 and all(ch in tlab for ch in name)


def _shared_flow_item(folded: str, tlab: str, last: Fig, g: Fig, lo: int) -> bool:
    """Does the item g open with the year's flow words of the total itself (新增旱地 under 新增耕地), as one more item of
    its list: joined by 、, or by a comma after an item that opens with the same words (新建通村公路…，新建产业路…)?"""
    hits = _STOP.findall(folded, lo, g.start)
    if not hits or not all(_FLOW_STOP.fullmatch(h) and h in tlab for h in hits):
        return False
    ilab = re.split(r"[、，,和及与]", folded[last.end:g.start])[-1]  # (包括A…和新增防护绿地: after the joint)
    lead = _FLOW_LEAD.match(ilab)
    if not lead or not _same_head(tlab, ilab):
        return False
    joint = folded[last.end:g.start]
    if joint.startswith("、") or joint.startswith("和") or joint.startswith("及"):
        return True
    return item_label(folded, last).replace("其中", "").startswith(lead.group(0).replace("其中", ""))


_MEASURE_TAIL = re.compile(r"(?:面积|规模|总量|数量|总数|人数|容量|总额|金额|总值|里程)$")


def _spelled_by_total(folded: str, total: Fig, parts: list[Fig]) -> bool:
    """进出口总额 / 出口, 进口 and 存贷款余额 / 存款余额, 贷款余额 → True: two items whose names (less the total's own
    last word) are made of the total's characters, and between them use every character of its head."""
    if len(parts) != 2:
        return False
    tlab = label_of(folded, total)
    names = [_ITEM_FILLER.sub("", item_label(folded, p)) for p in parts]
    if any(len(v) < 2 for v in names) or names[0] == names[1] or not all(_named_in_total(tlab, v) for v in names):
        return False
    a, b = set(names[0]), set(names[1])
    return bool(a - b) and bool(b - a)


def _same_head(tlab: str, ilab: str) -> bool:
    """新增耕地 / 新增旱地 → True: the item names a kind of the total's thing (the same last character, 地)."""
    t, i = _ITEM_FILLER.sub("", tlab), _ITEM_FILLER.sub("", ilab)
    t = _MEASURE_TAIL.sub("", re.sub(r"(?:为|达|达到|共|共计|合计|是|了)+$", "", t))
    i = _MEASURE_TAIL.sub("", re.sub(r"(?:为|达|达到|共|是|了)+$", "", i))
    t, i = _FLOW_STOP.sub("", t), _FLOW_STOP.sub("", i)
    if len(t) < 2 or len(i) < 2 or t == i:
        return False
    return t[-1] == i[-1] or bool({t[k:k + 2] for k in range(len(t) - 1)} & {i[k:k + 2] for k in range(len(i) - 1)})


_PAIR_JOINT = re.compile(r"(?:、|和|与|及|[，,])[\u4e00-\u9fff]{1,8}")
_DONE_STATUS = re.compile(r"^(?:其中)?(?:已经|已)(?!有|达|占)")
# …，其中企业1635户，年末实有市场主体达到3.86万户: a level at the year's end closes a list of the year's flow
_SELECTED_WHOLE = re.compile(r"民生(?:领域|方面)?(?:支出|投入)|重点(?:领域)?支出")
_STOCK_STOP = re.compile(r"年末|年底|实有|总数|总量|总规模|全[市县区省镇乡州盟旗][\u4e00-\u9fff]{0,10}?(?:达到|达|共有|保有)")  # (…，全市公交车辆达到680辆: the level of the whole place)
# 支出总计…，其中：基本支出…，项目支出…，年末结转和结余378.76万元: the balance carried out is a use of the spending total
_YEAR_END_ITEM = re.compile(r"[，,、；;]?(?:年末|年底)(?:结转|结余|结存|滚存)[\u4e00-\u9fff]{0,6}$")
# 孵化器8家，其中国家级2家、省级3家，在孵企业412家: tiers of the total's own noun, then a clause with a noun of its own
_TIER_ITEM = re.compile(r"^(?:其中)?[\u4e00-\u9fff]{1,3}级$")


_LOWER_END = re.compile(r"[\u4e00-\u9fff]及以[下上]$")


def _dims(folded: str, parts: list[Fig]) -> list[int | None]:
    """The attribute each part cuts people by (_dimension), the bottom of a scale taking its list's (本科…、专科…、
    中师及以下3名: the items before climb down to it)."""
    dims = [_dimension(folded, p) for p in parts]
    for i in range(1, len(dims)):
        if dims[i] is None and _LOWER_END.search(item_label(folded, parts[i])):
            dims[i] = dims[i - 1]
    return dims


def _dimension_cut(folded: str, total: Fig, parts: list[Fig]) -> list[Fig] | None:
    """Parts of two attributes (女性 46人, 党员 95人; 公务员…、事业人员…、女性…) cut the total two ways: keep the
    parts of the first attribute when they add up, and judge nothing when they do not."""
    dims = _dims(folded, parts)
    if not any(d is not None for d in dims):
        return parts
    k = next((i for i in range(1, len(dims)) if dims[i] != dims[0]), len(dims))
    if k == len(dims):
        return parts
    head = parts[:k]
    return head if len(head) >= 2 and _sum(head).overlaps(_sh_niv(total)) else None


def _semicolon_cut(folded: str, total: Fig, parts: list[Fig]) -> list[Fig] | None:
    """Parts that overshoot their total across a semicolon cut it two ways (其中高中部2,914人、初中部1,948人；本部校区
    在校生2,480人; 其中卫生技术人员1,104人，约占…；具有高级职称236人): keep the parts before the semicolon when they add
    up, and judge nothing when they do not. A list that stays under its total is left to the judge."""
    if len(parts) < 2:
        return parts
    cut = next((i for i in range(1, len(parts)) if "；" in (gap := folded[parts[i - 1].end:parts[i].start]) or ";" in gap), None)
    if cut is None or _spelled_by_total(folded, total, parts):
        return parts  # (其中出口…，比上年…；进口…: the two parts the whole's name is made of, whatever the semicolon)
    if _SUB_LIST_LEAD.search(folded, parts[cut - 1].end, parts[cut].start):
        return parts  # 其中工业企业48家，包括A…、B…；服务业企业78家: the ； closes the list a part opened, not the whole's
    head = parts[:cut]
    if len(head) >= 2 and _semicolon_item(folded, total):
        # …；用于就业帮扶865万元，其中A…、B…；项目管理费150万元: a total that is itself one item of a semicolon list is
        # split up to the next semicolon
        return head
    if not _sh_niv(total).below(_sum(parts)):
        return parts
    if len(head) >= 2 and _other_attribute(folded, head, parts[cut]):
        return head  # 其中正式党员43名、预备党员4名；女党员11名: the semicolon and the attribute both end the split
    if len(head) >= 2 and any(_CATCH_ALL.search(item_label(folded, h)) for h in head[-2:]):
        # 其中A…、B…、其他处理10件；结转下年度12件: the list closed itself before the semicolon (…、其他1件、尚未审结1件；
        # the catch-all may be followed by one status of the whole still open)
        return head
    return head if len(head) >= 2 and _sum(head).overlaps(_sh_niv(total)) else None


_FULL_MARK = re.compile(r"[（(](?:满分|总分值|分值)(?:为|是)?$")


def _full_marks(folded: str, sfigs: list[Fig], total: Fig, parts: list[Fig]) -> tuple[Fig, list[Fig], bool] | None:
    """总分91.5分（满分100分），其中决策18分（满分20分）、…: the full marks in brackets after the total and after every
    part make a split of their own (20 + 20 + 40 + 20 = 100)."""
    def mark(f: Fig) -> Fig | None:
        g = next((g for g in sfigs if g.start >= f.end), None)
        return g if g is not None and g.base_unit == "分" and _FULL_MARK.search(folded, f.end, g.start) \
            and g.start - f.end <= 6 else None
    whole, marks = mark(total), [mark(p) for p in parts]
    return (whole, marks, True) if whole is not None and all(marks) else None


def _nested_in_item(folded: str, parts: list[Fig], g: Fig) -> bool:
    """Is g listed after a 其中 that follows another part in the same semicolon-separated item?"""
    s0 = clause_start(folded, g.start, "；;。！？!?\n")
    k = folded.find("其中", s0, g.start)
    return k >= 0 and any(s0 <= p.end <= k for p in parts)


def _total_of_share(doc, folded: str, figs: list[Fig], sfigs: list[Fig], si: int, parts: list[Fig]) -> Fig | None:
    """按用途划分，用于产业发展7,862万元，占当年资金总量的63.0%；…: the one earlier figure (up to twelve sentences back)
    that a part's share of a named whole fits."""
    for p in parts[:2]:
        q = next((g for g in sfigs if g.start >= p.end), None)
        if q is None or q.kind != "percent" or not _SHARE_OF_NAMED.fullmatch(folded, p.end, q.start):
            continue
        want = _pct(q)
        fit = [g for g in figs if si - 12 <= g.sent < si and g.quantity and same_count_unit(g, p) and not is_reference(folded, g)
               and not in_plan(folded, doc, g) and not is_per_unit(folded, g)
               and (got := share_interval(p, g)) is not None and want is not None and got.overlaps(want)]
        return fit[0] if len(fit) == 1 else None
    return None


_SHARE_OF_NAMED = re.compile(r"[，,](?:约)?占(?:全年|当年|本年|全部)?[\u4e00-\u9fff]{2,10}?的")


_RATE_AFTER = re.compile(r"[，,](?:同比|比上年)?(?:增长|下降|增幅|降幅|上升|提高|减少)[\d.]+%")
_BARE_CHANGE = re.compile(r"(?:同比|比上年同期|比上年|较上年|比去年|较去年)?(?:增加|减少|增长|下降|增收|减收|多|少|提高|降低)了?")
_SUBJECT_FILLER = re.compile(r"主要|具体|其中|还|另外|分别|[，,：:\s]")
_REVISED_AFTER = re.compile(r"(?:调整|调增|调减|变更|修订|核减|核增)(?:后)?(?:为|至|到)")
_OWN_TOTAL = re.compile(r"总(?:产量|产值|量|额|数|计|规模|收入|支出)|合计")


def _own_total_after(folded: str, parts: list[Fig]) -> int:
    """The index of the first part past a semicolon whose own name says it is a total (蔬菜及食用菌总产量), else 0."""
    for i in range(1, len(parts)):
        gap = folded[parts[i - 1].end:parts[i].start]
        if ("；" in gap or ";" in gap) and _OWN_TOTAL.search(item_label(folded, parts[i])):
            return i
    return 0


def _semicolon_item(folded: str, total: Fig) -> bool:
    """Is the total one item of a list its sentence separates by semicolons (a semicolon before it in the sentence)?"""
    s0 = clause_start(folded, total.start, "。！？!?\n")
    return "；" in folded[s0:total.start] or ";" in folded[s0:total.start]


def _other_attribute(folded: str, head: list[Fig], nxt: Fig) -> bool:
    """Does the item after a semicolon cut by an attribute the items before it do not (女党员 after 正式/预备党员)?"""
    d = _dimension(folded, nxt)
    return d is not None and all(_dimension(folded, p) not in (None, d) for p in head)


# words that open a breakdown of the total before them (其中A…、B…; 包括A…、B…和C…)
# (…126个村，分为一类村32个、二类村58个…; 全区共有中小学校46所，含小学31所…; 得分为, 平均分为 are scores)
_SPLIT_LEAD = re.compile(r"其中|包括|包含|涵盖|(?<![得总评积满均])(?:划分为|分为|分成)|(?<=[，,])含(?![量税金])")
# 已整改问题金额2.86亿元。具体方式为：上缴财政…；归还原渠道资金…: a sentence that details the one before, item by item
_DETAIL_LEAD = re.compile(r"^具体(?:[\u4e00-\u9fff]{1,4}?)?(?:为|如下|是|包括)[：:]")
# 15件：A…，B… / ，用于：①… / ，分别为A…、B… / ，依次为…: a list announced right after the figure it splits
_AFTER_TOTAL = re.compile(r"(?:[，,](?:主要|分别|具体)?(?:用于|分别为|依次为|分别是|具体为|具体是)|[，,][\u4e00-\u9fff]{0,6}如下)?[：:]|"
                          r"[，,](?:分别|具体)(?:为|是)(?:——?|--?)(?=[\u4e00-\u9fff])|[（(](?![其含包内满总权])|"
                          r"[，,](?:其)?(?:资金)?(?:来源|构成)(?:分别)?(?:为|是)(?![\d０-９])|[，,](?:分别为|依次为|分别是)(?![\d０-９])|(?P<use>[，,](?:主要|分别|具体)?用于)(?![\d０-９：:])|[，,](?=[\u4e00-\u9fff]{2,10}[\d０-９])")
# 实有市场主体18.62万户，较去年同期增长9.8%，分别为企业…: the total's change told before its list
_CHANGE_THEN_LIST = re.compile(r"[，,](?:同比|较|比)[^，,；;。：:]{0,16}?(?:增长|下降|增加|减少|提高|降低|上升|持平)"
                               r"[^，,；;。：:]{0,12}[，,](?:分别为|依次为|分别是)(?![\d０-９])(?P<use>(?!))?")
_JOINED = re.compile(r"(?:、|和|及|以及)[^，,；;。：:（(、和]*")
_KINDS_NAMED = re.compile(r"[\u4e00-\u9fff]{2,4}(?:和|与|及)[\u4e00-\u9fff]{2,4}")
_SUM_WORD = re.compile(r"共计|合计|总计|总数|总额|共(?:有|引进|招录|录用|培训|发展|吸纳|计)")
# 由A…、B…和C…组成 / 构成
_MADE_OF = re.compile(r"由(?P<body>[^。；;！？\n]{2,80}?)(?:(?:[两二三四五六七八九十]|\d{1,2})(?:个|大|类|项)?(?:部分|方面|类|块))?"
                      r"(?:共同)?(?:组成|构成)")
# 从类型看 / 按套数分 / 分税种看 / 按结果分：a complete classification of the total stated just before
_CLASSIFY = re.compile(r"^(?:从|按|分)[\u4e00-\u9fff]{1,8}(?:看|分|来看|划分|分类|统计)[，,：:]")
# 支出按功能分类：/ 收入从来源看，: the same with the name of the total first
_NAMED_CLASSIFY = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,8}?)(?:按|从)[\u4e00-\u9fff]{1,8}?(?:看|分|来看|划分|分类|统计)[，,：:]")
# 全年支出分别为设备购置126.8万元、…和…: a sentence that opens with the whole's name lists its parts (the figure of
# the whole stated in the sentences before)
_KINDS_RESPECTIVE = re.compile(r"、[^。；;，,、\d]{2,12}(?:等)?(?P<n>[两二三四五六七八九十])(?:个|大)?(?:方面|类|领域|部分|种|项)"
                               r"[，,](?:分别为|依次为|分别是)(?=\d)")
_NAMED_RESPECTIVE = re.compile(r"^(?:全年|当年|今年|本年|年度)?(?P<name>[\u4e00-\u9fff]{2,8}?)(?:分别为|依次为|分别是)"
                               r"(?=[\u4e00-\u9fff]{2,12}[\d０-９])")
# …46户158人，按类型分，A 19户71人，B…: the same classification after a comma, its total earlier in the sentence
_CLASS_NOUN = (r"(?:类型|类别|种类|用途|来源|性质|内容|行业|领域|区域|地区|结构|层次|级别|渠道|方式|形式|功能|对象|主体|"
               r"环节|规模|产业|门类|品种|险种|税种|学段|学历|年龄|性别|城乡|所有制)")
_CLASSIFY_MID = re.compile(r"[，,；;](?:从|按|分)[\u4e00-\u9fff]{1,8}(?:看|分|来看|划分|分类|统计)[，,：:]"
                           # 按类型分首次登记3,460件、…: a classification noun, the first item right after it
                           rf"|[，,；;](?:从|按)[\u4e00-\u9fff]{{0,4}}{_CLASS_NOUN}(?:来看|看|划分|分类|分|统计)(?=[\u4e00-\u9fff])")
# …、项目支出5,593.2万元，两项合计即为全年实际支出: a closing that names the whole by its words
_NAMED_CLOSING = re.compile(r"[，,](?:[一二两三四五六七八九十]项|以上[一二两三四五六七八九十]?项|上述[一二两三四五六七八九十]?项)?"
                            r"(?:合计|共计|总计|加总)(?:即|即为|为|正好|恰好|等于)*(?P<name>[\u4e00-\u9fff]{2,12})")
# 通过A…、B…和C…实现 / 完成: a closed list of the means that made up an amount (…等方式实现 is open: no split)
_BY_MEANS = re.compile(r"[，,]通过(?P<body>[^。；;！？\n，,]{4,80}?)(?P<etc>等(?:方式|途径|渠道|措施|形式)?)?(?:实现|完成|落实)(?=[。；;，,])")
# 增值收益分配为：/ 资金构成如下：a breakdown of the total the heading names
_NAMED_SPLIT = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,10}?)(?:的)?(?:分配|构成|组成|去向|用途|来源)(?:情况)?(?:为|如下|是)?[：:]")
# 项目支出具体为：A…、B…: an amount named, then itemized in full (money is spent once; counts of projects so itemized
# may cut across by status — 新开工…、续建…、已竣工…)
_NAMED_ITEMIZED = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,10}?)(?:具体(?:为|是|如下)|明细(?:为|如下))[：:]")
# …，合计6件 / …，奖牌总数143枚: the total after its parts
# (“三会一课”合计44次: the name of the total may be quoted)
_TOTAL_AFTER = re.compile(r"^(?:[“‘\"][\u4e00-\u9fff]{1,8}[”’\"])?[\u4e00-\u9fff]{0,8}?(?:合计|共计|总计|小计|总数|总量|总额|共|综合得分|总得分|总分)(?:为|达|达到|是)?$")
_BACK_REFERENCE = re.compile(r"^(?:共|合计|共计|总计)[\u4e00-\u9fff]{0,2}(?:上述|以上|相关|两项|三项|各项)")
_METRIC_TOTAL = re.compile(r"(?:总数|总量|总额)(?:为|达|达到|是)?$")
# …诫勉谈话5人，批评教育11人，共问责追责18人: a total with its verb after the parts (weaker: reported only when it adds up)
# (…，劳资纠纷64件，全年共受理418件: the period or the place may come before the closing word)
_CLOSING_SCOPE = re.compile(r"^(?:全年|全部|本年|今年|当年|年内|全[省市县区镇乡])")
_CLOSING_WORD = re.compile(r"^(?:共计|合计|总计|共)")


def _names_alike(a: str, b: str) -> bool:
    """Do two labels share a run of three characters (占地区生产总值 / 地区生产总值; 教育支出 / 预算支出 do not)?"""
    return any(a[i:i + 3] in b for i in range(len(a) - 2))


def _closing_names_items(core: str, before: str) -> bool:
    """按纠纷类型分，婚姻家庭纠纷126件，…，全年共受理各类案件1,280件 → False: the closing total names a thing of its own
    (more than a bare verb: 共审结, 合计参保) sharing no two characters with the lead or the items before it — another
    count (案件 beside 纠纷, 市场主体 beside 企业), not the classification's whole."""
    words = _CLOSING_WORD.sub("", core)
    return len(words) <= 2 or any(words[i:i + 2] in before for i in range(len(words) - 1))


_TOTAL_AFTER_VERB = re.compile(r"^(?:全年|全部|本年|今年|当年|年内|全[省市县区镇乡])?(?:共|合计|共计|总计)[\u4e00-\u9fff]{1,6}$")
# 表示满意的389件、基本满意的21件、不满意的2件: a satisfaction scale is a complete split of the items it rates
# 评为优秀86名、合格503名、基本合格7名、不合格2名 / 称职…、基本称职…: the grades of a review
_HINT_IN = re.compile(AMONG_ZHONG)  # …中 opening a whole
_HINT_DONE = re.compile(r"已(?:经)?(?:完成|办结|整改|解决|落实)")  # the first status of _DONE
_SUB_WHOLE = re.compile(r"[；;，,](?:在)?(?P<name>[\u4e00-\u9fff]{2,10}?)" + AMONG_ZHONG + r"[，,：:]?")
# (评价结果为“优”的5个、“良”的3个: a grade of one character in quotes)
_GRADE = re.compile(r"(?:优秀|良好|合格|称职|[“\"](?:优|良|中|差|好|较好|一般)[”\"])(?:等次|等级|档次)?的?$")
_SATISFACTION = re.compile(r"(?:非常满意|比较满意|基本满意|不满意|满意)的?$")
# 立案提案中，委员个人提案338件，集体提案74件: the whole named at the sentence start, its figure stated earlier
_IN_WHOLE = re.compile(r"^(?:在)?(?P<name>[\u4e00-\u9fff](?:[\u4e00-\u9fff]|、(?=[\u4e00-\u9fff])){1,11}?)(?:当)?中[，,]")  # (审结、执结的案件中，)
# (or with no 在: 全镇26个行政村中，一类村12个、…)
# (…3216户5108人中: a whole counted in two measure words, side by side)
_IN_STATED_WHOLE = re.compile(r"^在?[^，,。；;\d０-９]{0,12}?[\d０-９][\d０-９,，.．]*(?:[^\d０-９，,。；;]{1,2}[\d０-９][\d０-９,，.．]*)?"
                              r"[^\d０-９，,。；;]{1,14}?" + AMONG_ZHONG + r"[，,：:]")
# 已完成整改19个，正在整改3个，需长期坚持的2个: items by status (done / under way / long-term) are the whole set
_DONE = re.compile(r"(?:已|已经)(?:完成|办结|整改|解决|落实)[\u4e00-\u9fff]{0,4}$")
_UNDER_WAY = re.compile(r"(?:正在|正|尚在|仍在|未|尚未|需长期|长期|持续|逐步|部分|基本|另有)[\u4e00-\u9fff]{0,8}$")
# 10件实事中 / 46个问题中，: a whole, then its parts by status (全面完成…、基本完成…、未完成…)
_WHOLE_THEN_IN = re.compile(r"[\u4e00-\u9fff]{0,8}?" + AMONG_ZHONG + r"[，,：:]?")
_STATUS = re.compile(r"完成|整改|办结|解决|落实|到位|销号|验收|答复|办复|拨付|兑付|发放")
_NOT_DONE = re.compile(r"未|尚未|正在|部分|基本|暂未|仍在|没有")
# a change against a base (事故起数减少9起) is not an earlier total
_DELTA = re.compile(r"减少|增加(?!值)|新增|下降|上升|增长|提高|降低|相比|同比|比上年|较上年")
# differences stated as a split: whole word, part word, remainder word (收入 − 支出 = 结余; 送审 − 审定 = 审减)
_POPULATION_SCOPE = re.compile(r"户籍|常住")
_DIFFERENCES = [(re.compile(w), re.compile(p), re.compile(r)) for w, p, r in (
    # (收入5.88亿元，支出6.67亿元，年末/年终结余2.36亿元: a year-end balance is a stock, last year's carried in — not the
    # year's difference)
    # (收入完成18.34亿元；支出17.05亿元，当年结余1.29亿元 / 收入420万元，支出380万元，结转下年40万元)
    (r"收入(?:完成|实现)?(?:为|是|达)?$", r"支出(?:完成|实现)?(?:为|是|达)?$",
     r"(?<!累计)(?<!年末)(?<!年底)(?<!年终)(?<!期末)(?<!滚存)(?:结余|结存|盈余|收益|利润|净收入)$|^结转下年(?:使用|资金)?$"),
    # 收入总计51.36亿元，支出总计50.92亿元，结转下年支出4400万元 (年末结转和结余 is a part of 支出总计, not their difference)
    (r"收入(?:总计|合计)$", r"支出(?:总计|合计)$", r"结转下年(?:支出|使用|资金)?$"),
    (r"送审(?:金额|额|造价)?$", r"审定(?:金额|额|造价)?$", r"(?:审减|核减)(?:金额|额)?$"),
    (r"(?<!净)资产(?:总额|合计)?$", r"负债(?:总额|合计)?$", r"(?:净资产|所有者权益|股东权益)(?:总额|合计)?$"),
    # (全年出生人口4128人，死亡人口3657人，人口自然增长471人: births less deaths are the natural increase)
    (r"出生(?:人口|人数)?$", r"死亡(?:人口|人数)?$", r"(?:人口)?自然增长(?:人口|人数)?$"),
)]


# budget and final-account identities of every 部门预算/决算说明: 收入总计 = 本年收入合计 + 上年(年初)结转和结余,
# 支出总计 = 本年支出合计 + 年末结转和结余; the totals may be given once for both (收入、支出决算总计均为…)
_TAIL_VERB = r"(?:均|共|合计|共计)?(?:为|是|达|达到)?$"
# (each with the words without which a report states none of its terms)
_IDENTITIES = [(re.compile(w + _TAIL_VERB), [re.compile(p + _TAIL_VERB) for p in ps], words) for w, ps, words in (
    (r"(?:收入|收支|收入、支出|收入和支出)(?:决算|预算)?总计", (r"本年(?:度)?收入(?:合计|总额)?", r"(?:上年|年初)结转(?:和|及|与)?结余"),
     ("总计", "结余")),
    (r"(?:支出|收支|收入、支出|收入和支出)(?:决算|预算)?总计", (r"本年(?:度)?支出(?:合计|总额)?", r"年末结转(?:和|及|与)?结余"),
     ("总计", "结余")),
    # 住房公积金年报: 缴存总额 = 提取总额 + 缴存余额; 累计发放贷款 = 累计回收贷款 + 贷款余额
    (r"缴存总额", (r"提取总额", r"缴存余额"), ("缴存总额", "提取总额")),
    (r"累计发放(?:个人住房)?贷款(?:总额)?", (r"累计回收(?:个人住房)?贷款(?:总额)?", r"(?:个人住房)?贷款余额"), ("累计发放", "累计回收")),
)]


# words without which a sentence holds none of these claims
_HINT_BALANCE = re.compile(r"收支(?:相抵|轧差|相减)")
_HINT_ALL_KINDS = re.compile(r"各类")
_HINT_ABOVE = re.compile(r"以上|上述")
_HINT_LEFT = re.compile(r"结余|结转")
_HINT_NOT = re.compile(r"[不未]")
_HINT_REST = re.compile(r"其余|剩余|其他|其它|余下|另有|还有|尚有")


def _figs_where(doc, folded: str, sents: dict, rx: re.Pattern, words: tuple[str, ...] = ()) -> list[Fig]:
    """The figures, in text order, of the sentences the pattern matches in (a cheap filter before the real one).
    words, when given, are substrings one of which every match holds: without them in the text, no scan."""
    hits = sentences_with(doc, folded, rx) if not words or any(w in folded for w in words) else set()
    if not hits and -1 not in sents:
        return []
    out: list[Fig] = list(sents.get(-1, ()))
    for si in sorted(hits):  # (sentences in text order)
        if si >= 0:
            out.extend(sents.get(si, ()))
    return sorted(out, key=lambda g: g.start) if -1 in sents else out


# 加本年收入5186.41万元 / 减本年支出…: a term added to or taken from the balance before it
_CHAIN_TERM = re.compile(r"^(?:再)?(?:加上?|减去?|扣除)(?![强快大速紧工班入重油少轻免])")


def _identities(folded: str, figs: list[Fig]) -> list[tuple[Fig, list[Fig], bool]]:
    """The budget identities, each where the report states all its terms (the first figure named by each)."""
    out = []
    for whole_rx, part_rxs, words in _IDENTITIES:
        if not all(w in folded for w in words):
            continue
        # (年初结转和结余…，加本年收入…，减本年支出…，年末结转和结余…: the terms of a balance chain are no total's parts)
        terms = [[g for g in figs if g.quantity and rx.search(label_of(folded, g)) and not _in_plan_label(folded, g)
                  and not _CHAIN_TERM.match(_clause_text(folded, g))] for rx in [whole_rx] + part_rxs]
        named = []
        for w in terms[0]:
            # (the terms in one unit: 累计发放个人住房贷款5.62万笔、…贷款总额186.4亿元 names the amount second)
            named = [w] + [next((g for g in ts if same_count_unit(w, g)), None) for ts in terms[1:]]
            if all(g is not None for g in named):
                break
            named = []
        if len(named) == 1 + len(part_rxs) and all(same_count_unit(named[0], g) for g in named):
            a, b = named[1], named[2]
            # 本年收入合计…，使用非财政拨款结余12.16万元，年初结转和结余…: a third term of the 决算 layout between the two
            extra = [g for g in figs if a.end <= g.start and g.end <= b.start and g.sent == a.sent == b.sent and g.quantity
                     and same_count_unit(g, a) and _HINT_LEFT.search(label_of(folded, g))]
            out.append((named[0], [a] + extra + [b], True))
    return out


# 收支相抵，结转下年支出1.29亿元 / 收支相抵后结余0.8亿元: the balance of the income and expenditure totals stated before
_BALANCE_LEAD = re.compile(r"收支(?:相抵|轧差|相减)(?:后)?[，,]?[^，,；;。]{0,8}$")
_BALANCE = re.compile(r"(?:结转|结余|结存|盈余|赤字|缺口)")
_INCOME_TOTAL = re.compile(r"收入(?:总计|合计)" + _TAIL_VERB)
_SPENDING_TOTAL = re.compile(r"支出(?:总计|合计)" + _TAIL_VERB)


def _balances(doc, folded: str, figs: list[Fig], sents: dict) -> list[tuple[Fig, list[Fig], bool]]:
    """收入总计 − 支出总计 = the balance a 收支相抵 clause states (both totals up to eight sentences back)."""
    out = []
    if "收支" not in folded:
        return out
    for r in _figs_where(doc, folded, sents, _HINT_BALANCE, ("收支",)):
        if not r.quantity or r.sent < 0:
            continue
        s0 = clause_start(folded, r.start, "；;。！？!?\n")
        head = folded[s0:r.start]
        lead = _BALANCE_LEAD.search(head)
        if not (lead and _BALANCE.search(head)):
            continue
        before = [g for g in figs if r.sent - 8 <= g.sent and g.end <= s0 + lead.start() and same_count_unit(g, r) and g.quantity
                  and not is_reference(folded, g) and not in_plan(folded, doc, g)]
        income = next((g for g in reversed(before) if _INCOME_TOTAL.search(label_of(folded, g))), None)
        spending = next((g for g in reversed(before) if _SPENDING_TOTAL.search(label_of(folded, g))), None)
        if income is not None and spending is not None:
            out.append((income, [spending, r], True))
    return out


_HINT_YEAR_END_BALANCE = re.compile(r"结转结余|结转和结余")
_YEAR_END_BALANCE = re.compile(r"^(?:本年|当年|年末|期末|年终)?(?:结转结余|结转和结余)(?:资金)?(?:为|共|达)?$")


def _carried_balances(doc, folded: str, figs: list[Fig], sents: dict) -> list[tuple[Fig, list[Fig], None]]:
    """全年收入合计2,468.5万元。…全年支出合计2,401.3万元。…年末结转结余67.2万元: a year-end balance stated after the
    two totals without 收支相抵 → income − spending = balance, a weak split (a balance carried in from last year may
    add to it: reported only when it holds)."""
    out = []
    for r in _figs_where(doc, folded, sents, _HINT_YEAR_END_BALANCE, ("结转结余", "结转和结余")):
        if not r.quantity or r.sent < 0 or not _YEAR_END_BALANCE.match(label_of(folded, r)):
            continue
        before = [g for g in figs if r.sent - 8 <= g.sent and g.end <= r.start and same_count_unit(g, r) and g.quantity
                  and not is_reference(folded, g) and not in_plan(folded, doc, g)]
        income = next((g for g in reversed(before) if _INCOME_TOTAL.search(label_of(folded, g))), None)
        spending = next((g for g in reversed(before) if _SPENDING_TOTAL.search(label_of(folded, g))), None)
        if income is not None and spending is not None and income.start < spending.start:
            out.append((income, [spending, r], None))
    return out


# 全市共有各级各类学校747所 … 全市共有幼儿园312所 … 全市共有小学268所、初中94所: a total of all kinds, then one
# statement per kind opened by the same words, sections apart
_ALL_KINDS = re.compile(r"^(?P<lead>[\u4e00-\u9fff]{0,4}(?:共有|现有|拥有))各(?:级各)?类")


def _all_kinds(doc, folded: str, figs: list[Fig], sents: dict) -> list[tuple[Fig, list[Fig], None]]:
    """A total of 各级各类… and the kinds stated later with the same lead (全市共有…) → a weak split (judged only
    when it adds up: a kind may be left unstated)."""
    out = []
    if "各类" not in folded:
        return out
    for g in _figs_where(doc, folded, sents, _HINT_ALL_KINDS, ("各类",)):
        if not g.quantity:
            continue
        m = _ALL_KINDS.match(label_of(folded, g))
        if not m:
            continue
        lead, parts = m.group("lead"), []
        for h in figs:
            if h.start <= g.end or not same_count_unit(h, g) or is_reference(folded, h):
                continue
            cs = clause_start(folded, h.start)
            # the kind's clause opens with the lead (全市共有小学268所、初中94所 → both)
            if folded.startswith(lead, cs) and not _ALL_KINDS.match(folded[cs:h.start]):
                parts.append(h)
        if len(parts) >= 2:
            out.append((g, parts, None))
    return out


# 以上四项民生支出合计17.82亿元 / 上述三类共计…: the total of the items just listed
_ABOVE = re.compile(r"^(?:以上|上述)(?P<n>[两二三四五六七八九十]|\d{1,2})?(?:项|个|类|部分|方面)?[\u4e00-\u9fff]{0,10}?"
                    r"(?:合计|共计|总计|共)(?:为|达|达到|是)?$")
_CHANGE_WORD = re.compile(r"(?:增长|增加|减少|下降|提高|降低|上升|多|少)了?$")  # 教育支出5.62亿元，增加0.4亿元
_SMALL = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


# 四项民生支出合计10.94亿元 / 四类案件合计21件 right after a list: the count of the items just listed names the total
_COUNTED = re.compile(r"^(?P<n>[两二三四五六七八九十]|\d{1,2})(?:项|类|个|部分|方面)[\u4e00-\u9fff]{0,10}?(?:合计|共计|总计)"
                      r"(?P<tail>[\u4e00-\u9fff]{2,6}?)?(?:为|达|达到|是)?$")
_HINT_COUNTED = re.compile(r"[两二三四五六七八九十\d](?:项|类|个|部分|方面)[\u4e00-\u9fff]{0,10}?(?:合计|共计|总计)")


def _above_items(doc, folded: str, figs: list[Fig], sents: dict) -> list[tuple[Fig, list[Fig], bool | None]]:
    """以上N项…合计 T → the last N figures of its unit listed before it (this sentence and the one before, one
    paragraph); sure when the count N is stated and found, weak otherwise. N项…合计 T without 以上 (…，四类案件合计21件)
    closes the list of its own sentence: the last N figures, a list of their own (the figure before them not joined
    to them by 、)."""
    out = []
    above = "以上" in folded or "上述" in folded
    if not above and "计" not in folded:
        return out
    cands = _figs_where(doc, folded, sents, _HINT_ABOVE) if above else []
    counted = _figs_where(doc, folded, sents, _HINT_COUNTED, ("合计", "共计", "总计"))
    seen = {g.start for g in cands}
    for g in cands + [g for g in counted if g.start not in seen]:
        if not g.quantity or g.sent < 0:
            continue
        text = _clause_text(folded, g)
        m = _ABOVE.match(text)
        bare = None if m else _COUNTED.match(text)
        if not m and not bare:
            continue
        para = paragraph_start(folded, g.start)
        back = g.sent - 1 if m else g.sent
        listed = [p for p in sents.get(back, []) + (sents.get(g.sent, []) if back != g.sent else [])
                  if para <= p.start and p.end <= g.start and p.quantity and same_count_unit(p, g) and not is_reference(folded, p)
                  and not is_per_unit(folded, p) and not _CHANGE_WORD.search(label_of(folded, p))]
        n = (m or bare).group("n")
        k = (int(n) if n.isdigit() else _SMALL.get(n)) if n else None
        if bare is not None:
            if k is None or k < 2 or len(listed) < k or any(_TOTAL_AFTER.match(_clause_text(folded, p)) for p in listed[-k:]):
                continue
            between = folded[listed[-k - 1].end:listed[-k].start] if len(listed) > k else ""
            if "、" in between and not any(ch in "，,；;：:" for ch in between):
                continue  # 五项 listed, 四项合计: not a list of its own
            if clause_end(folded, listed[-1].end) + 1 != clause_start(folded, g.start):
                continue  # the count closes the list in the clause right after it
            tail = bare.group("tail")
            if tail and not all(tail[:2] in label_of(folded, p) for p in listed[-k:]):
                continue  # 三个乡镇共计完成植树…: a verb after 共计 is the verb of every item it sums
            out.append((g, listed[-k:], True))
        elif k is None:
            if len(listed) >= 2:
                out.append((g, listed, None))
        elif len(listed) >= k >= 2:
            out.append((g, listed[-k:], True))
    return out


# 全年预算数3,850万元…。全年实际支出3,712万元，…，结余资金138万元: budget − spending = what is left
_BUDGET = re.compile(r"预算(?:数|资金|总额)?(?:为|是|达)?$")
_SPENT = re.compile(r"(?:实际)?(?:支出|使用|执行)(?:资金|金额)?(?:为|是|达)?$")
_LEFT = re.compile(r"(?:结余|结转)(?:资金|金额)?(?:为|是|达)?$")
# 实际拨付资金4,395万元 / 实际支出…: what was paid out of an allocation
_SPENT_PAID = re.compile(r"(?:实际)?(?:支出|使用|执行|拨付)(?:资金|金额)?(?:为|是|达)?$")
# 下达资金总额4,820万元 / 到位资金… / 预算总额…: the allocation a balance is left of
_ALLOTTED = re.compile(r"(?:下达|到位|预算|安排)(?:[\u4e00-\u9fff]{0,4}?资金)?(?:总额|总计|合计)?(?:为|是|达)?$")


def _budget_balances(doc, folded: str, figs: list[Fig], sents: dict) -> list[tuple[Fig, list[Fig], bool]]:
    """A balance (结余资金) after the spending of a budget stated up to two sentences before → budget = spent + left.
    A balance opening a sentence of its own takes the spending (实际拨付资金…) of the sentence before; an allocation
    (下达资金总额…) stated outside the paragraph is a weak pairing, reported only when it adds up."""
    out = []
    if "结余" not in folded and "结转" not in folded:
        return out
    for r in _figs_where(doc, folded, sents, _HINT_LEFT, ("结余", "结转")):
        if not r.quantity or r.sent < 0 or not _LEFT.search(label_of(folded, r)):
            continue
        spent = [g for g in sents.get(r.sent, []) if g.end <= r.start and same_count_unit(g, r) and _SPENT.search(label_of(folded, g))]
        para = paragraph_start(folded, r.start)
        if not spent and clause_start(folded, r.start) == doc.sentences[r.sent].start:
            # 截至12月31日，实际拨付资金4,395万元，…。结余资金425万元结转下年使用: the spending in the sentence before
            spent = [g for g in sents.get(r.sent - 1, []) if g.start >= para and same_count_unit(g, r)
                     and _SPENT_PAID.search(label_of(folded, g))]
        if len(spent) != 1:
            continue
        budgets = [g for g in figs if para <= g.start and g.end <= spent[0].start and r.sent - 2 <= g.sent and same_count_unit(g, r)
                   and _BUDGET.search(label_of(folded, g))]
        if budgets:
            out.append((budgets[-1], [spent[0], r], True))
            continue
        allotted = [g for g in figs if g.end <= spent[0].start and g.sent >= 0 and same_count_unit(g, r)
                    and _ALLOTTED.search(label_of(folded, g)) and not is_reference(folded, g)]
        if allotted and _SPENT_PAID.search(label_of(folded, spent[0])):
            out.append((allotted[-1], [spent[0], r], None))
    return out


# 年初预算数1,860万元…。年中追加60万元后，全年预算数为1,920万元: the initial budget plus what was added
_INITIAL_BUDGET = re.compile(r"年初预算(?:安排)?(?:数|资金|总额)?(?:为|是|达)?$")
_ADDED = re.compile(r"追加(?:预算|资金)?(?:为|了)?$")
_ADJUSTED_BUDGET = re.compile(r"(?:调整后|全年|变更后)(?:的)?预算(?:数|资金|总额)?(?:为|是|达)?$")
_HINT_ADDED = re.compile(r"追加")


def _budget_additions(doc, folded: str, figs: list[Fig], sents: dict) -> list[tuple[Fig, list[Fig], bool]]:
    """An addition (追加…) after the initial budget (up to two sentences back, one paragraph) and before the adjusted
    budget (its sentence or the next) → initial + added = adjusted."""
    out = []
    if "追加" not in folded:
        return out
    for a in _figs_where(doc, folded, sents, _HINT_ADDED, ("追加",)):
        if not a.quantity or a.sent < 0 or not _ADDED.search(label_of(folded, a)):
            continue
        para = paragraph_start(folded, a.start)
        init = [g for g in figs if para <= g.start and g.end <= a.start and a.sent - 2 <= g.sent and same_count_unit(g, a)
                and _INITIAL_BUDGET.search(label_of(folded, g))]
        adj = next((g for g in sents.get(a.sent, []) + sents.get(a.sent + 1, []) if g.start > a.end and same_count_unit(g, a)
                    and _ADJUSTED_BUDGET.search(label_of(folded, g))), None)
        if init and adj is not None:
            out.append((adj, [init[-1], a], True))
    return out


# 收入总计减去一般公共预算支出、上解支出0.95亿元和债务还本支出1.10亿元，结转下年0.72亿元: a whole less its uses, each
# given by its figure or by the name of a figure stated before, leaves the balance
_MINUS_LEAD = re.compile(r"(?P<whole>[\u4e00-\u9fff]{2,14}?)(?:[\d０-９][\d０-９,，.．]*[\u4e00-\u9fff]{0,3})?[，,]?(?:再)?(?:减去|扣除|减除|扣减)")
_LEFT_OVER = re.compile(r"[，,]?(?:后)?[，,]?(?:当年|本年|年末|年终|全年)?(?:结转下年度?|结余|结转|结存|净结余|滚存结余|剩余|余额)(?:资金|使用)?(?:为|是|达|共)?$")
_TERM_SPLIT = re.compile(r"、|和|及|以及|与|[，,]")
_NAME_TRIM = re.compile(r"^(?:全[国省市县区镇乡]|本级|当年|本年|全年)|(?:完成|实现|共|合计|为|达到|达|是)+$")


def _named_figure(doc, folded: str, figs: list[Fig], before: int, name: str, unit_fig: Fig) -> Fig | None:
    """The nearest figure before `before` (up to six sentences back) whose label holds `name` (收入总计 → 收入总计24.34亿元)."""
    name = _NAME_TRIM.sub("", name) if len(_NAME_TRIM.sub("", name)) >= 3 else name
    if len(name) < 3:
        return None
    for g in reversed(figs):
        if g.end > before or not g.quantity or not same_count_unit(g, unit_fig) or is_reference(folded, g):
            continue
        if g.sent < unit_fig.sent - 6:
            return None
        if name in label_of(folded, g) and not is_base(folded, g) and not in_plan(folded, doc, g):
            return g
    return None


def _named_differences(doc, folded: str, figs: list[Fig], sents: dict) -> list[tuple[Fig, list[Fig], bool]]:
    """X减去A、B和C，结余D with X (and any term) named, its figure stated before → X = A + B + C + D."""
    out = []
    if "减" not in folded and "扣" not in folded:
        return out
    for r in _figs_where(doc, folded, sents, _HINT_LEFT, ("结余", "结转", "结存", "剩余", "余额")):
        if not r.quantity or r.sent < 0 or not _LEFT_OVER.search(label_of(folded, r)):
            continue
        s0 = doc.sentences[r.sent].start
        cs = clause_start(folded, r.start)
        lead = None
        for m in _MINUS_LEAD.finditer(folded, s0, cs):
            lead = m
        if lead is None or clause_start(folded, lead.start("whole")) != lead.start("whole"):
            continue
        terms: list[Fig] = []
        ok = True
        for piece in _TERM_SPLIT.split(folded[lead.end():cs]):
            piece = piece.strip()
            if not piece:
                continue
            lo = folded.find(piece, lead.end(), cs)
            inside = [g for g in sents.get(r.sent, []) if lo <= g.start and g.end <= lo + len(piece)]
            if len(inside) == 1 and same_count_unit(inside[0], r):
                terms.append(inside[0])
                continue
            named = _named_figure(doc, folded, figs, s0, piece, r) if not inside else None
            if named is None:
                ok = False
                break
            terms.append(named)
        whole_txt = folded[lead.start("whole"):lead.end()]
        given = [g for g in sents.get(r.sent, []) if lead.start("whole") <= g.start and g.end <= lead.end()]
        whole = given[0] if len(given) == 1 and same_count_unit(given[0], r) else (
            _named_figure(doc, folded, figs, s0, lead.group("whole"), r) if not given else None)
        if ok and terms and whole is not None and whole not in terms and len(set(terms)) == len(terms) and whole_txt:
            out.append((whole, terms + [r], True))
    return out


# 本年度已办结270件…；结转下年度继续办理12件 with 共需办理282件 stated before: what was done and what carries over
_CARRIED = re.compile(r"结转下(?:一)?年度?(?:继续)?(?:办理)?$|转入下(?:一)?年度?(?:继续)?(?:办理)?$")
_HINT_CARRIED = re.compile(r"结转下|转入下")
# …，合计办结183件，结转下年度继续办理12件: the count closed this year, named by its 合计/共 instead of 已
_CLOSED_COUNT = re.compile(r"(?:合计|共计|总计|共)(?:已)?(?:办结|办理完毕|答复|完成)$")


def _done_and_carried(doc, folded: str, figs: list[Fig], sents: dict) -> list[tuple[Fig, list[Fig], None]]:
    """A count carried over to next year after the count done in its sentence → the earlier figure (up to eight
    sentences back) they add up to: a weak pairing, reported only when it holds."""
    out = []
    if "结转下" not in folded and "转入下" not in folded:
        return out
    for c in _figs_where(doc, folded, sents, _HINT_CARRIED, ("结转下", "转入下")):
        if not c.quantity or c.sent < 0 or c.kind != "count" or not _CARRIED.search(label_of(folded, c)):
            continue
        done = next((g for g in sents.get(c.sent, []) if g.end <= c.start and same_count_unit(g, c)
                     and (_DONE.search(lab := label_of(folded, g)) or _CLOSED_COUNT.search(lab))), None)
        if done is not None:
            whole = _matching_earlier(doc, folded, figs, c.sent, [done, c])
            if whole is not None:
                out.append((whole, [done, c], None))
    return out


def _two_cuts_whole(folded: str, sent, before: list[Fig], parts: list[Fig]):
    """The whole T (and its 其中 items) when T，其中 A、B；按…分，C、D with C + D == T: two cuts of one whole."""
    total = sum(p.value for p in parts)
    for i, t in enumerate(before[:-2]):
        if not folded.startswith(("，其中", ",其中"), t.end) or t.value != total:
            continue
        items = before[i + 1:]
        stop = clause_end(folded, t.end + 1, "；;。！？!?\n")
        if len(items) < 2 or items[-1].end > stop or any(is_reference(folded, g) for g in items):
            return None
        return (t, items, True)
    return None


def _complements(doc, folded: str, sents: dict) -> list[tuple[Fig, list[Fig], None]]:
    """受理审查逮捕案件236件，批准逮捕198件，不批准逮捕38件: an outcome and its negation after the set they split
    (weak: some may still be pending)."""
    out = []
    # (the sentences sentences_with(doc, folded, _HINT_NOT) finds, tested for the sentences with figures only: a
    # match belongs to the last sentence starting at or before it)
    starts = doc._sent_starts if len(getattr(doc, "_sent_starts", ())) == len(doc.sentences) else [
        s.start for s in doc.sentences]
    n_sent, n_text, find = len(starts), len(folded), folded.find
    for si, sfigs in sents.items():
        if si < 0:
            continue
        hi = starts[si + 1] if si + 1 < n_sent else n_text
        if find("不", starts[si], hi) < 0 and find("未", starts[si], hi) < 0:
            continue
        qty = [g for g in sfigs if g.quantity]
        for q in qty:
            lab = label_of(folded, q)
            if "不" not in lab and "未" not in lab:
                continue
            neg = _NEGATED.search(_verb_label(folded, q))  # 不批准逮捕 / 对不合格的
            if not neg:
                continue
            verb = neg.group("verb")
            p = next((g for g in reversed(qty) if g.end <= q.start and same_count_unit(g, q) and _verb_label(folded, g).endswith(verb)
                      and not _verb_label(folded, g).endswith(("不" + verb, "未" + verb))), None)
            if p is None:
                # 年初设定绩效指标28个，完成26个。…未完成的3个指标主要为…: the set and the done count sentences before,
                # the set named by the thing counted after the negated figure
                earlier = _set_and_done(doc, folded, sents, si, q, verb)
                if earlier is not None:
                    out.append((earlier[0], [earlier[1], q], False if _DONE_VERB.search(verb) else None))
                continue
            t = [g for g in qty if g.end <= p.start and same_count_unit(g, q) and not is_reference(folded, g)]
            if t:
                # some may still be pending (or be decided from last year's), so the pair is weak; the results of a check
                # (合格 / 不合格, 达标 / 不达标) cover exactly the items checked, and cannot exceed them
                over = _CHECK_RESULT.fullmatch(verb) and _sh_niv(t[-1]).below(_sum([p, q]))
                out.append((t[-1], [p, q], False if over else None))
    return out


_NAMED_AMONG = re.compile(r"(?:在)?(?P<name>[\u4e00-\u9fff]{3,10}?)" + AMONG_ZHONG + r"[，,]")


# 4个方面问题分别为：A方面7个、B方面12个…: the aspects counted, then as many amounts
_OTHER_ROUND = re.compile(r"上轮|上一轮|上次|上一次|上年|去年|前[一两三]轮")
_ASPECTS_LISTED = re.compile(r"(?P<n>[两二三四五六七八九十]|[2-9])个方面(?:的)?(?P<noun>[\u4e00-\u9fff]{1,4}?)(?:分别)?(?:为|是|包括)[：:]")


def _aspects_listed(doc, folded: str, sents: dict) -> list[tuple[Fig, list[Fig], bool]]:
    """反馈的4个方面32个问题…。4个方面问题分别为：政治建设方面7个、履职尽责方面12个…: as many amounts as the aspects
    counted, listed after the count and its noun, split the figure that the same count of aspects named before (in the
    paragraph's three sentences before, or its own) — a sure split."""
    out = []
    for si, sfigs in sents.items():
        if si < 0:
            continue
        sent = doc.sentences[si]
        for m in _ASPECTS_LISTED.finditer(folded, sent.start, sent.end):
            n = parse_number(m.group("n"))
            parts = [g for g in sfigs if g.start > m.end() and g.quantity and not is_reference(folded, g)]
            parts = [g for g in parts if same_count_unit(g, parts[0])] if parts else []
            if not n or len(parts) != n[0] or _SEMICOLON.search(folded, m.end(), parts[-1].start):
                continue
            para = paragraph_start(folded, m.start())
            aspects = m.group("n") + "个方面"
            whole = None
            for k in range(si, max(-1, si - 4), -1):
                for g in sents.get(k, []):
                    # (…的4个方面32个问题: the same count of aspects, then the whole's figure and the noun again)
                    if g.end < m.start() and g.start >= para and same_count_unit(g, parts[0]) \
                            and folded.endswith(aspects, 0, g.start) and folded.startswith(m.group("noun"), g.end) \
                            and not _OTHER_ROUND.search(folded, doc.sentences[k].start, g.start):
                        whole = g  # (not 上轮巡察反馈的4个方面32个问题: another round's)
                if whole is not None:
                    break
            if whole is not None:
                out.append((whole, parts, True))
    return out


def _halves_among_named(doc, folded: str, sents: dict) -> list[tuple[Fig, list[Fig], bool]]:
    """…建档立卡贫困户720户、…。建档立卡户中，已脱贫户612户，未脱贫户96户: a sentence opening on the name of a
    figure stated in the two sentences before (…中，) and giving its two halves, a thing done and the same not done
    (or another pair of halves) — a sure split of that figure."""
    out = []
    for si, sfigs in sents.items():
        if si < 1:
            continue
        m = _NAMED_AMONG.match(folded, doc.sentences[si].start)
        qty = [g for g in sfigs if g.quantity]
        if m is None or len(qty) != 2 or not same_count_unit(*qty) or qty[0].start < m.end():
            continue
        a, b = (_ITEM_LEAD.sub("", item_label(folded, g)) for g in qty)
        if not (_negated_half(a, b) or _halves(folded, qty)):
            continue
        name = m.group("name")
        whole = [g for k in (si - 2, si - 1) for g in sents.get(k, ()) if g.quantity and same_count_unit(g, qty[0])
                 and _named_as(name, _ITEM_LEAD.sub("", item_label(folded, g)))]
        if len(whole) == 1:
            out.append((whole[0], qty, True))
    return out


_USES_OPEN = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8}?)(?P<all>全部|全额)?(?:资金)?用于(?:以下|如下)(?:[两三四五六七八九十\d]{1,2}个)?(?:方面)?[：:]")


def _uses_of_named(doc, folded: str, sents: dict) -> list[tuple[Fig, list[Fig], bool | None]]:
    """…项目支出4724.4万元。项目支出全部用于以下方面：A 2130万元，B 486万元，…: a sentence opening on the name of a
    figure stated in the two sentences before and listing its uses after a colon — all of it (全部), a sure split;
    the uses alone, a weak one."""
    out = []
    for si, sfigs in sents.items():
        if si < 1:
            continue
        m = _USES_OPEN.match(folded, doc.sentences[si].start)
        after = [g for g in sfigs if g.quantity and m is not None and g.start > m.end()]
        if m is None or len(after) < 2:
            continue
        parts = _parts_after(folded, sfigs, m.end() - 1, after[0])
        if parts and "等" in folded[parts[-1].end:clause_end(folded, parts[-1].end, "。；;！？!?\n")]:
            continue  # (…，公共服务等: a use left without its amount)
        name = m.group("name")
        whole = [g for k in (si - 2, si - 1) for g in sents.get(k, ()) if g.quantity and same_count_unit(g, after[0])
                 and _ITEM_LEAD.sub("", item_label(folded, g)).endswith(name)]
        if len(parts) >= 2 and len(whole) == 1:
            out.append((whole[0], parts, True if m.group("all") else None))
    return out


def _named_as(name: str, label: str) -> bool:
    """建档立卡户 of 建档立卡贫困户: the name's characters in order in the label, opening it and ending it alike."""
    return len(label) >= len(name) and label[:2] == name[:2] and label[-1] == name[-1] and in_order(name, label)


_CHECK_RESULT = re.compile(r"合格|达标|符合要求|符合标准")
_DONE_VERB = re.compile(r"完成|达标|合格|实现|办结|整改")
_HAN2_ONLY = re.compile(r"[\u4e00-\u9fff]{2}")
# 未完成的 / 尚未完成整改的 / 未达标的: the item's own words, the negation first (上年未达标的… is another year's)
_OWN_NEGATED = re.compile(r"(?:其中|尚|仍|还|另有)?(?:不予?|未)[\u4e00-\u9fff]{2,6}?的?")


def _set_and_done(doc, folded: str, sents: dict, si: int, q: Fig, verb: str) -> tuple[Fig, Fig] | None:
    """The set and its done count in one sentence of the thirty before (设定指标28个，完成26个), the set's label holding the
    thing the negated figure counts (未完成的3个指标 → 指标)."""
    thing = folded[q.end:q.end + 2]  # (the noun right after the count: 3个指标 → 指标)
    own = item_label(folded, q)
    if not _OWN_NEGATED.fullmatch(own) or _BASE_WORDS.search(own) or not _HAN2_ONLY.fullmatch(thing) \
            or clause_start(folded, q.start) != q.start - len(label_of(folded, q)):
        return None
    for k in range(si - 1, max(si - 31, -1), -1):
        # (the set may be a target set at the year's start: 年初设定绩效指标28个 is the set the done count is of)
        qty = [g for g in sents.get(k, []) if g.quantity and same_count_unit(g, q)]
        for t, p in zip(qty, qty[1:]):
            if thing in label_of(folded, t) and _verb_label(folded, p).endswith(verb) and not is_base(folded, t) \
                    and not is_reference(folded, p) \
                    and not _verb_label(folded, p).endswith(("不" + verb, "未" + verb)) \
                    and clause_start(folded, p.start) == clause_end(folded, t.end) + 1:
                return t, p
    return None
_NEGATED = re.compile(r"(?:不予?|未)(?P<verb>[\u4e00-\u9fff]{2,}?)的?$")  # 不批准逮捕 / 未参检
_NO_DIGITS = re.compile(r"[^\d０-９]*")
_ABOVE_NAME = re.compile(r"上述|以上|这些")
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


@per_figure  # (kept on the figure's record: asked for many times)
def _verb_label(folded: str, g: Fig) -> str:
    """The words of a figure's clause before its first number (不批准逮捕 of 不批准逮捕38件57人)."""
    cs = clause_start(folded, g.start)
    return _NO_DIGITS.match(folded[cs:g.start]).group(0)


_NEXT_YEAR_LABEL = re.compile(r"下年|明年|\d{4}年预算")


def _in_plan_label(folded: str, g: Fig) -> bool:
    return bool(_NEXT_YEAR_LABEL.search(label_of(folded, g)))


# 农民人均纯收入4862元。从构成看，工资性收入1935元，家庭经营收入2416元…: the sources of one per-capita amount add up;
# the per-capita amounts of two populations (城镇…，农村…) do not
_SOURCE = re.compile(r"(?:收入|支出|消费|所得)$")
_POPULATION = re.compile(r"城镇|农村|城市|乡村|城乡|全体|男|女|居民|职工|农民|户籍|常住|[省市县区镇乡村]")


def _per_capita_components(folded: str, total: Fig, parts: list[Fig]) -> bool:
    """Are the parts of a per-capita money total its sources (工资性收入, 经营净收入), not other populations?"""
    if total.kind != "money" or any(p.kind != "money" for p in parts):
        return False
    labels = [item_label(folded, p) for p in parts]
    return all(_SOURCE.search(v) and not _POPULATION.search(v) for v in labels)


_PLANNED = re.compile(r"计划|预计|原定|拟|目标")
_ACTUAL = re.compile(r"实际|实到|实有")


# the measure words of built works a count of sites (处) may add up: 水窖1,200口、水池350个、塘坝28座，共计1,578处
_SITE_UNITS = frozenset("口眼座个处所条道栋间")


def _site_of(total: Fig, part: Fig) -> bool:
    """Is the part a count of works that a closing count of sites (共计…处) adds up, whatever its own measure word?"""
    return total.base_unit == "处" and part.kind == "count" and part.base_unit in _SITE_UNITS


def addable(folded: str, total: Fig, parts: list[Fig]) -> bool:
    """Can these parts make up this total at all? Per-capita and average values never add up (城镇 + 农村 人均收入
    is not 全体居民人均收入), and a sub-period figure (一季度7起) is not a part of a full-period total."""
    if any(is_per_unit(folded, p) for p in parts):
        return False
    if is_per_unit(folded, total) and not _per_capita_components(folded, total, parts):
        return False
    if len(parts) >= 2:
        # 计划检查260家，实际检查262家: a plan and its actual are one quantity told twice, never two parts
        labels = [_clause_text(folded, p) for p in parts]
        if any(_PLANNED.search(v) for v in labels) and any(_ACTUAL.search(v) for v in labels):
            return False
        if _other_indicators(folded, total, parts):
            return False
    return is_sub_period(folded, total) or not any(is_sub_period(folded, p) for p in parts) or _cover_the_year(folded, parts)


# the kind of economic indicator a name ends on (营收 / 利润总额 / 资产总额 / 税收收入 → 收入): the last one named
_INDICATOR = re.compile(r"营业收入|营收|收入|净利润|利润|利税|税金|税收|税|净资产|资产|负债|所有者权益|权益|产值|增加值|投资|"
                        r"支出|销售额|存款|贷款|余额")
_INDICATOR_KIND = {"营业收入": "收入", "营收": "收入", "净利润": "利润", "税金": "税", "税收": "税", "净资产": "权益",
                   "所有者权益": "权益"}


def _indicator(label: str) -> str | None:
    m = None
    for m in _INDICATOR.finditer(label):
        pass
    return _INDICATOR_KIND.get(m.group(0), m.group(0)) if m else None


# the levels at a date (资产 = 负债 + 权益 holds among them); the others are flows of a period
_LEVEL_KINDS = frozenset(("资产", "负债", "权益", "存款", "贷款", "余额"))


def _other_indicators(folded: str, total: Fig, parts: list[Fig]) -> bool:
    """营收44.86亿元、利润3.21亿元，资产总额286.4亿元: items naming two or more kinds of indicator, one of them a flow
    of the year (revenue, profit) beside a level (assets) or the other way round, are a list of indicators, not the
    parts of a total (资产总额 = 负债总额 + 所有者权益 sums levels alike)."""
    kinds = {_indicator(_label(folded, p)) for p in parts}
    whole = _indicator(_clause_text(folded, total))
    if None in kinds or len(kinds) < 2 or whole is None or whole in kinds:
        return False
    return any((k in _LEVEL_KINDS) != (whole in _LEVEL_KINDS) for k in kinds)


_RANK = re.compile(r"^(?:其中)?([一二三四五六七八九])(类|级|等|档|星)")
_RANK_NO = "一二三四五六七八九"


def _ranked_classes(folded: str, total: Fig, parts: list[Fig]) -> bool:
    """一类事故3起，二类事故17起，三类事故42起 / 一级机构…、二级机构…: parts named by the ranks of one class word in
    their order from the first, after a whole that names no rank itself."""
    ms = [_RANK.match(item_label(folded, p)) for p in parts]
    if not all(ms) or len({m.group(2) for m in ms}) != 1 or _RANK.search(label_of(folded, total)):
        return False
    return [m.group(1) for m in ms] == list(_RANK_NO[:len(ms)])


def _cover_the_year(folded: str, parts: list[Fig]) -> bool:
    """一季度支出86万元，二季度412万元，三季度395万元，四季度233万元: parts of the year that cover it exactly, once each,
    make up the year's figure."""
    spans = []
    for p in parts:
        span, _ = _period_and_core(item_label(folded, p))
        if span is None or span == (1, 12):
            return False
        spans.append(span)
    spans.sort()
    return len(spans) >= 2 and spans[0][0] == 1 and spans[-1][1] == 12 and all(a[1] + 1 == b[0] for a, b in zip(spans, spans[1:]))


def _may_lead_split(text: str) -> bool:
    """Can _SPLIT_LEAD match in the text at all? (substring tests, far cheaper than the pattern's lookarounds)"""
    return "其中" in text or "包" in text or "含" in text or "分为" in text or "分成" in text or "涵盖" in text


# 主办提案已全部答复，其中… / 均已办结，其中…: the whole named as all done before a 其中 list
_ALL_DONE = re.compile(r"(?:已|均|都)全部|全部(?:已|均|都)?(?:办结|答复|完成|落实|整改|结案|办理|解决|验收)|均已|都已")


_RANGE = re.compile(r"[\d０-９.]+[\u4e00-\u9fff]{0,2}(?:至|到|—|－|-|~|～)[\d０-９.]+")


def _ladder(folded: str, parts: list[Fig]) -> bool:
    """50万元以上的12个、20万元至50万元的8个、20万元以下的6个: a top band, a bottom band and ranges between cut the
    whole into brackets (nested thresholds — 亿元以上, 10亿元以上 — do not)."""
    labs = [item_label(folded, p) for p in parts]
    tops = sum(1 for x in labs if re.search(r"以上|超过", x))
    bottoms = sum(1 for x in labs if re.search(r"以下|以内|不足|不到", x))
    between = sum(1 for x in labs if _RANGE.search(x) and not _THRESHOLD.search(x))
    return tops == 1 and bottoms == 1 and tops + bottoms + between == len(parts)


# ---------------------------------------------------------------- round 26: lists the text declares complete
# …，这几类加起来就是重点项目的全年投资 / …，共同构成了全年新建总量 / …，以上安置方式涵盖了全部安置对象 / …，以上合计即为
# 全年公文总量: a closing clause with no figure that says the list before it is the whole it names
_DECLARED_CLOSE = re.compile(
    r"[，,](?:(?:这|以上|上述)[^，,；;。：:\d０-９]{0,6}?(?:加起来|合起来|相加|加总|合计|汇总|之和)(?:就|即|正好|恰好)?"
    r"(?:是|为|等于|构成了?|组成了?)|(?:(?:这|以上|上述|[两二三四五六七八九十])[^，,；;。：:\d０-９]{0,6}?)?共同(?:构成|组成)了?|"
    r"(?:这|以上|上述)[^，,；;。：:\d０-９]{0,6}?(?:涵盖|覆盖)了?(?:全部|所有))"
    r"(?P<noun>[\u4e00-\u9fff]{2,14})(?=[，,；;。！!？?\n]|$)")
# 实际完成的营造林由人工造林、封山育林和退化林修复构成：人工造林…，封山育林…，退化林修复…: the whole named before 由,
# its kinds named in the body (no figure there), their figures after the colon
_MADE_OF_LEAD = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?)由(?P<body>[^\d０-９。；;，,：:]{2,40}?)(?:共同)?(?:组成|构成)[：:]")
_BODY_ITEM = re.compile(r"以及|、|和|及|与")
# 资金由三部分组成： / ，由三部分构成：: the parts counted, the whole named before 由 or the figure right before it
# (…，由住院统筹、门诊统筹和大病保险三部分构成，分别为…: the kinds named before the count, their amounts after 分别)
_MADE_OF_COUNT = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8})?(?P<lead>由)(?:(?P<kinds>[^\d０-９。；;，,：:]{2,40}?)"
                            r"(?=[两二三四五六七八九十2-9](?:个|大)?部分))?(?P<n>[两二三四五六七八九十]|[2-9])(?:个|大)?部分"
                            r"(?:共同)?(?:组成|构成)(?:[：:]|(?(kinds)[，,]分别(?:为|是)))")
# the change of the figure a breakdown is of, in a clause between it and the breakdown (…1.74亿元，比上年增长18.5%，由…)
_ITS_CHANGE_CLAUSE = re.compile(r"[，,](?:比上年|较上年|同比)?(?:增长|下降|增加|减少)了?[\d.]+%[，,]")
# where the list of a closing declaration starts: after a colon, a whole named with 中/里, or a classification lead
_LIST_START = re.compile(r"[：:]|(?:中|里)[，,]|(?:从|按|分)[\u4e00-\u9fff]{1,8}(?:看|分|来看|划分|分类)[，,：:]")
_NOUN_SCOPE = re.compile(r"^(?:了|的)?(?:全年|全部|所有|今年|本年|当年|年度|全[省市县区镇乡])*")
_NOUN_TOTAL = re.compile(r"(?:的)?(?:总量|总数|总额|总和|总计|合计|总规模|数量)$")
_NOUN_GENERIC = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:对象|人员|项目|资金|情况|工作|事项)$")
# 县政府年初下达的目标任务是：新建农村公路300公里 / 下达的目标为销售总额18亿元: the figures a target sentence sets
_GOAL_SET = re.compile(r"(?:目标|任务|指标)(?:任务)?(?:是|为)[：:]?|(?:目标|任务)[：:]")
_GOAL_MET = re.compile(r"实际|完成了|已|超额|实现了")


def _set_as_goal(doc, folded: str, g: Fig) -> bool:
    """年初，…给我们定下的任务是：重点项目完成投资165亿元 → True: a figure a target sentence sets (its own label names
    no target), with no result word between the target's words and it."""
    s0 = doc.sentences[g.sent].start if g.sent >= 0 else clause_start(folded, g.start, "。！？!?\n")
    m = None
    for m in _GOAL_SET.finditer(folded, s0, g.start):
        pass
    return m is not None and not _GOAL_MET.search(folded, m.end(), g.start) and not _SEMICOLON.search(folded, m.end(), g.start)


def _whole_noun(noun: str) -> tuple[str, list[str]]:
    """重点项目的全年投资 → (投资, [重点项目]); 全年新建总量 → (新建, []); 全部安置对象 → (安置对象, []): the head noun of a
    declared whole, without its period or scope words and a closing 总量, and the words qualifying it."""
    words = [w for w in noun.split("的") if w]
    if not words:
        return "", []
    head = _NOUN_TOTAL.sub("", _NOUN_SCOPE.sub("", words[-1]))
    quals = [_NOUN_SCOPE.sub("", w) for w in words[:-1]]
    return head, [q for q in quals if len(q) >= 2]


def _noun_labels(doc, folded: str, g: Fig, head: str, quals: list[str]) -> str | None:
    """Does the figure's label name the whole (its head in the label, a generic last word 对象/人员… allowed off, or a
    two-character short name by its first and last characters: 供地 of 供应建设用地; each qualifier before it in its
    sentence)? → 'exact' when the head itself is in the label, 'loose' for the other ways, None when it does not."""
    lab = label_of(folded, g)
    s0 = doc.sentences[g.sent].start if g.sent >= 0 else clause_start(folded, g.start, "。！？!?\n")
    if any(q not in folded[s0:g.start] for q in quals):
        return None
    if len(head) >= 2 and head in lab:
        return "exact"
    short = _NOUN_GENERIC.sub("", head)
    if short != head and short in lab:
        return "loose"
    if len(head) == 2:
        i = lab.find(head[0])
        if i >= 0 and head[1] in lab[i + 2:i + 6]:
            return "loose"
    return None


# 全年新建总量 → 新建: a head that is only a verb names no thing (新建 what? 农村公路 or 供水管网)
_BARE_VERB = re.compile(r"^(?:新建|新增|新开工|开工|竣工|建成|建设|改造|完成|实现|办理|办结|实施|开展|落实|发放|接待|引进|培育)$")
# the report's own place and the places above or beside it: 全县 / 我县 / 本县 / 全市 …
_OWN_PLACE = re.compile(r"全[市县区省州旗镇乡](?!级)|全街道|[本我][市县区镇乡](?!级)")
_OTHER_YEAR = re.compile(r"((?:19|20)\d\d)年")
_LEADING_YEAR = re.compile(r"^[^，,；;]{0,4}?((?:19|20)\d\d)年[，,]")
# a line that is a heading or a title (一、农村供水 / 某县水利局2021年工作总结): no paragraph of its own
_PROSE_MARK = re.compile(r"[。！？!?；;]")


def _place_named(doc, folded: str, pos: int) -> str:
    """The level of the place named last before pos in its sentence (全市重点项目完成投资… → 市), else ''."""
    s = doc.sentence_at(pos)
    found = _OWN_PLACE.findall(folded, s.start if s else clause_start(folded, pos, "。！？!?\n"), pos)
    return found[-1][-1] if found else ""


@per_figure
def _fig_place(doc, folded: str, g: Fig) -> str:
    return _place_named(doc, folded, g.start)


# 嫩北县退役军人事务局… / 澧江市汉东区人民政府办公室…: the last place in a report's title is the reporter's own
_TITLE_PLACE = re.compile(r"[\u4e00-\u9fff](?:[县省州旗镇乡]|市(?!场)|(?<![社小园城景片辖矿山库])区)(?!级)")


def _home_place(doc, folded: str) -> str:
    """The level of the report's own place (县 for a county's report): the last its title names, else common's
    home_level (the one most of its 全X / 我X / 本X name)."""
    named = _TITLE_PLACE.findall(folded.lstrip()[:60].split("\n", 1)[0])
    return named[-1][-1] if named else home_level(doc, folded)


def _other_place(doc, folded: str, g: Fig, y: str) -> bool:
    """全市重点项目完成投资860亿元 for 我县重点项目按投向划分，… (y: the place the list's sentence names) → True: the
    whole's sentence names another place than the list's, or names one that is not the report's own while the list
    names none (or the other way round)."""
    x = _fig_place(doc, folded, g)
    if x and y:
        return x != y
    return bool(x) != bool(y) and bool(home := _home_place(doc, folded)) and (x or y) != home


def _other_year(doc, folded: str, g: Fig, lab: str) -> bool:
    """2020年全县新建供水管网110公里 in a 2021 report → True: a year in the figure's label (or opening its sentence)
    other than the report's."""
    if not doc.year:
        return False
    s = doc.sentence_at(g.start)
    lead = _LEADING_YEAR.match(folded, s.start, g.start) if s else None
    years = _OTHER_YEAR.findall(lab) + ([lead.group(1)] if lead else [])
    return any(int(y) != doc.year for y in years)


@per_figure
def _never_declared_whole(doc, folded: str, g: Fig) -> bool:
    """A base, change, target, plan, per-unit value, part of the year, a target sentence's figure or another year's:
    no whole of a list the text declares complete, whatever its noun."""
    return is_reference(folded, g) or in_plan(folded, doc, g) or is_per_unit(folded, g) or is_sub_period(folded, g) \
        or _set_as_goal(doc, folded, g) or _other_year(doc, folded, g, label_of(folded, g))


def _paragraph_before(folded: str, para: int) -> int:
    """The start of the paragraph of prose before the one at para, blank lines and headings between skipped over."""
    end = para - 1
    while end > 0:
        start = folded.rfind("\n", 0, end) + 1
        line = folded[start:end].strip()
        if line and (_PROSE_MARK.search(line) or len(line) > 30):
            return start
        end = start - 1
    return 0


def _declared_candidates(doc, figs: list[Fig]) -> dict[str, tuple[list[int], list[Fig]]]:
    """Figures → the figures with a quantity by count unit, in text order, with their starts (built once per
    document: each declared list looks only at its unit's, from its paragraph outwards)."""
    def build() -> dict[str, tuple[list[int], list[Fig]]]:
        out: dict[str, tuple[list[int], list[Fig]]] = {}
        for g in sorted((g for g in figs if g.quantity and g.base_unit), key=lambda g: g.start):
            starts, gs = out.setdefault(count_unit_key(g), ([], []))
            starts.append(g.start)
            gs.append(g)
        return out
    return cached(doc, "_sums_declared_index", figs, build)


def _declared_whole(doc, folded: str, figs: list[Fig], parts: list[Fig], head: str, quals: list[str],
                    alt: str = "") -> tuple[Fig, bool | None] | None:
    """The figure a declared-complete list adds up to, named by its noun (and by the whole its list opens with, when
    it does: both must name it): of the named figures of the report's place and year (not a base, change, target,
    plan, per-unit value or part of the year, none below a part), in the list's paragraph and the one before, the one
    the parts add up to, else the nearest before the list, else after it in its paragraph; only when none is named
    there, the nearest further back they add up to, else the nearest (weak, unless in the report's opening paragraphs).
    Sure when the head noun names it."""
    verb = ""
    if _BARE_VERB.match(head):
        # (全年新建总量: the verb alone names nothing; a qualifier before it may — 供水管网的全年新建总量 — or the whole
        # the list opens with, 新建的管网里; the verb then only backs the noun up: 全年新建第二类管网100公里)
        verb, (head, quals) = head, ((quals[-1], quals[:-1]) if quals else ("", []))
    alt = _NOUN_SCOPE.sub("", alt)
    alt = alt if len(alt) >= 2 else ""
    if not head and not alt:
        return None
    first, last = parts[0], parts[-1]
    para = paragraph_start(folded, first.start)
    nxt = folded.find("\n", last.end)
    para_end = len(folded) if nxt < 0 else nxt
    top = max(_sh_niv(p).high or 0 for p in parts)
    short = _NOUN_GENERIC.sub("", head)
    place = _place_named(doc, folded, first.start)

    def naming(g: Fig) -> str | None:
        """How g's label names the whole ('exact' / 'loose'), None when it does not or g is no whole of the list."""
        # the cheap tests first: in the list, below a part, the label not naming the whole
        if first.start <= g.start <= last.end or g in parts or (_sh_niv(g).high or 0) < top:
            return None
        lab = label_of(folded, g)
        if (head and head not in lab and short not in lab and len(head) != 2) or (alt and alt not in lab):
            return None
        if "累计" in lab and "累计" not in head:
            return None  # (全县累计新建农村公路1,420公里: the stock since some year, not the year's whole)
        how = _noun_labels(doc, folded, g, head, quals) if head else None
        if head and how is None:
            return None
        if alt:
            # (全年接收的退役士兵中，… 以上安置方式涵盖了全部安置对象: the whole the list opens with, named again — with
            # the declared noun when there is one, 农村新建的供水管网里，…农村新建总量 naming no 全年新建供水管网)
            how = "exact" if how or len(alt) >= 3 else "loose"
        if verb and verb in lab:
            how = "exact"
        if _never_declared_whole(doc, folded, g) or _other_place(doc, folded, g, place):
            return None
        return how

    starts, cands = _declared_candidates(doc, figs).get(count_unit_key(first), ([], []))
    near_from = _paragraph_before(folded, para) if para else 0
    lo, hi = bisect.bisect_left(starts, near_from), bisect.bisect_left(starts, para_end)
    got = _sum(parts)
    near = [(g, how) for g in cands[lo:hi] if (how := naming(g)) is not None]
    if near:
        fit = [(g, how) for g, how in near if got.overlaps(_sh_niv(g))]
        if fit:
            g, how = min(fit, key=lambda gh: abs(gh[0].start - first.start))
        else:
            before = [gh for gh in near if gh[0].start < first.start]
            g, how = before[-1] if before else next(gh for gh in near if gh[0].start > last.end)
        return g, (True if how == "exact" else None)
    # none named there: the nearest further back the parts add up to, else the nearest — a weak pairing, reported only
    # when it holds, unless the head noun names it in the report's opening paragraphs, before the first heading, for a
    # list under a heading (全年接收安置退役士兵142名。…二、移交安置 …以上安置方式涵盖了全部安置对象: the year's whole)
    nearest = None
    for g in reversed(cands[:lo]):
        if (how := naming(g)) is None:
            continue
        if got.overlaps(_sh_niv(g)):
            return g, None
        if nearest is None:
            nearest = g, how
    if nearest is None:
        return None
    g, how = nearest
    heads = doc.top_sections()[0]
    # (截至11月底，接收的退役士兵中，…以上安置方式涵盖了全部安置对象: a list dated to part of the year is no list of the
    # year's headline whole — weak then)
    s0 = clause_start(folded, first.start, "。！？!?\n")
    part_of_year = any(not m.group("y") for m in _PERIOD_OF_YEAR.finditer(folded, s0, first.start))
    opening = bool(heads) and g.start < heads[0] <= first.start and how == "exact" and not part_of_year
    return g, (True if opening else None)


# a count of kinds (3项专项资金, 两类企业) before the total a 其中 list splits
_KINDS_COUNTED = re.compile(r"(?<![\d.０-９])(?P<n>[两二三四五六七八九十]|[2-9])(?:项|类|笔|种|大)(?=[\u4e00-\u9fff])")


# an act on some of a kind's amount, named in an item (违规使用农田水利建设资金0.12亿元): the item is no kind's whole amount
_ACT_ON_KIND = re.compile(r"违规|违纪|挪用|截留|滞留|套取|虚报|冒领|使用|拨付|下达|到位|结余|闲置|未")
_COUNTED_OTHER = re.compile(r"项目|工程|单位|部门|企业|乡镇|村")


def _kinds_counted(folded: str, lo: int, total: Fig, parts: list[Fig]) -> bool:
    """Does the sentence, before the total, count the kinds the list names — as many of them as the list has items,
    each item's label ending with the noun counted (3项专项资金 … 其中就业补助资金…、养老服务资金…、农田水利建设资金…)?
    Then the list is the whole of the total, not some of it."""
    labels = [_strip_lead(item_label(folded, p)) for p in parts]
    tails = {lab[-2:] for lab in labels}
    if any(_ACT_ON_KIND.search(lab) for lab in labels):
        return False  # (3项专项资金共计2.14亿元，其中违规使用A资金0.12亿元、…: what was done with some of each kind)
    if len({lab[:2] for lab in labels}) == 1:
        return False  # (…，其中中央A资金…、中央B资金…: one level's share of each kind, not the kinds)
    if len(parts) < 2 or len(tails) != 1 or len(tail := next(iter(tails))) != 2 or not CJK_CHAR.match(tail) \
            or "等" in folded[parts[-1].end:clause_end(folded, parts[-1].end) + 1]:
        return False
    for m in _KINDS_COUNTED.finditer(folded, lo, total.start):
        n = parse_number(m.group("n"))
        k = folded.find(tail, m.end(), m.end() + 8)
        counted = folded[m.end():k + 2] if k >= 0 else ""
        # (the things counted are the kinds themselves, named in a few characters: not 3项重点工程项目资金, projects)
        if n and n[0] == len(parts) and counted and len(counted) <= 6 and not _COUNTED_OTHER.search(counted) \
                and not ANY_DIGIT.search(counted):
            return True
    return False


def _declared_lists(doc, folded: str, figs: list[Fig], sents: dict, spans: dict) -> list[tuple[Fig, list[Fig], bool | None]]:
    """Lists the text declares complete whose whole it names by a noun, its figure stated elsewhere in the paragraph or
    the report (…，这几类加起来就是重点项目的全年投资。重点项目完成投资172.6亿元 / X由A、B和C构成：A…，B…，C…) →
    (total, parts, sure); the claim's span (the list and its declaration) kept in spans."""
    out = []
    for si in sorted(sentences_with(doc, folded, _DECLARED_HINT)):
        sfigs = sents.get(si, [])
        if si < 0 or len(sfigs) < 2:
            continue
        sent = doc.sentences[si]
        for m in _DECLARED_CLOSE.finditer(folded, sent.start, sent.end):
            before = [g for g in sfigs if g.end <= m.start() and g.quantity and not is_reference(folded, g)]
            if not before or clause_end(folded, before[-1].end) != m.start():
                continue  # the declaration closes the clause of the list's last figure
            lead = None
            for x in _LIST_START.finditer(folded, sent.start, before[-1].start):
                if not ANY_DIGIT.search(folded, clause_start(folded, x.start()), x.start()):
                    lead = x  # (…174公里，: a unit's 里 after a figure opens no whole)
            lo = lead.end() if lead else sent.start
            unit_fig = next((g for g in before if g.start >= lo and same_count_unit(g, before[-1])), None)
            if unit_fig is None:
                continue
            parts = _parts_after(folded, sfigs, lo, unit_fig)
            if len(parts) < 2 or parts[-1] is not before[-1]:
                continue
            head, quals = _whole_noun(m.group("noun"))
            alt = ""
            if lead and folded[lead.start()] in "中里":
                # 办理的公文中，… / 新建的农村公路里，…: the whole the list opens with names it too
                alt = folded[clause_start(folded, lead.start()):lead.start()].split("的")[-1]
                alt = alt if len(alt) >= 2 else ""
            found = _declared_whole(doc, folded, figs, parts, head, quals, alt)
            if found is not None:
                out.append((found[0], parts, found[1]))
                spans[(found[0].id, tuple(p.id for p in parts))] = (max(lo, clause_start(folded, parts[0].start)), m.end())
        for m in (_MADE_OF_COUNT.finditer(folded, sent.start, sent.end) if "部分" in folded[sent.start:sent.end] else ()):
            # 全年项目资金总额3126万元，由三部分构成：A 2475万元，B 430万元，C 221万元 / …。资金由三部分组成：…: as many
            # parts as the sentence counts, of the figure right before it or of the one its subject names
            n = parse_number(m.group("n"))
            after = [g for g in sfigs if g.start > m.end() and g.quantity and not is_reference(folded, g)]
            if not n or not after:
                continue
            parts = _parts_after(folded, sfigs, m.end() - 1, after[0])
            if len(parts) != n[0] or n[0] < 2:
                continue
            if m.group("kinds") and len([k for k in _BODY_ITEM.split(m.group("kinds")) if k]) != n[0]:
                continue
            cs = clause_start(folded, m.start("lead"))
            if not m.group("name"):
                before = [g for g in sfigs if g.end <= m.start() and same_count_unit(g, parts[0]) and not is_reference(folded, g)]
                if before and (clause_end(folded, before[-1].end) == m.start("lead") - 1
                               or _ITS_CHANGE_CLAUSE.fullmatch(folded, before[-1].end, m.start("lead"))):
                    out.append((before[-1], parts, True))
                    if len(before) == 1:
                        # (the sentence's one amount before 由 is surely what it is made of: a declared whole, which no
                        # other figure the parts happen to fit replaces; 支出…，当年结余…，由三部分构成 is a guess)
                        spans[(before[-1].id, tuple(p.id for p in parts))] = (before[-1].start, parts[-1].end)
                continue
            head, quals = _whole_noun(m.group("name").split("的")[-1])
            found = _declared_whole(doc, folded, figs, parts, head, quals)
            if found is not None and folded[cs:m.start("lead")].strip() == m.group("name"):
                out.append((found[0], parts, found[1]))
                spans[(found[0].id, tuple(p.id for p in parts))] = (m.start(), parts[-1].end)
        for m in _MADE_OF_LEAD.finditer(folded, sent.start, sent.end):
            kinds = [k for k in _BODY_ITEM.split(m.group("body")) if k]
            after = [g for g in sfigs if g.start > m.end() and g.quantity and not is_reference(folded, g)]
            if len(kinds) < 2 or not after:
                continue
            parts = _parts_after(folded, sfigs, m.end() - 1, after[0])
            # each kind named in the body opens the label of its figure (税收 / 税收收入, 非税 / 非税收入)
            if len(parts) != len(kinds) or not all(k[:2] in item_label(folded, p) for k, p in zip(kinds, parts)):
                continue
            name = m.group("name").split("的")[-1]
            head, quals = _whole_noun(name)
            found = _declared_whole(doc, folded, figs, parts, head, quals)
            if found is not None:
                out.append((found[0], parts, found[1]))
                spans[(found[0].id, tuple(p.id for p in parts))] = (m.start(), parts[-1].end)
    return out


_NAME_INCLUDES = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,10}?)(?:包括|包含)(?=[\u4e00-\u9fff])")
_DECLARED_HINT = re.compile(r"(?:这|以上|上述)[^，,；;。]{0,6}?合计|加起来|合起来|相加|加总|汇总|之和|共同(?:构成|组成)|涵盖了?(?:全部|所有)|覆盖了?(?:全部|所有)|由[^。；;]{2,40}?(?:构成|组成)[：:]|由[^。；;]{2,40}?部分(?:构成|组成)[，,]分别")


def find_splits(doc, figs: list[Fig]) -> list[tuple[Fig, list[Fig], bool]]:
    """Figures → (total, parts, sure) for every breakdown the text presents as complete or near complete.

    sure is True when the wording says the parts are the whole (由…组成, 从类型看, 合计, 收入 − 支出 = 结余).
    Kept on the document: parts_sum judges these and share_of_total takes a part's whole from them.
    """
    return _splits_and_spans(doc, figs)[0]


def _splits_and_spans(doc, figs: list[Fig]) -> tuple[list[tuple[Fig, list[Fig], bool]], dict]:
    """find_splits, with the claim's span of each split whose whole is stated far off (the list and its lead or
    declaration, by the whole's id: parts_sum marks it), kept together on the document."""
    return cached(doc, "_splits_cache", figs, lambda: _find_splits(doc, figs))


_SEMICOLON = re.compile(r"[；;]")


def _find_splits(doc, figs: list[Fig]) -> tuple[list[tuple[Fig, list[Fig], bool]], dict]:
    folded = doc.folded
    sents = figs_by_sentence(doc, figs)
    out: list[tuple[Fig, list[Fig], bool]] = []
    spans: dict = {}  # the claim's span of a split whose whole is stated far off
    for si, sfigs in sents.items():
        if si < 0 or not _has_quantity(sfigs):
            continue  # every split below has its parts in the sentence
        sent = doc.sentences[si]
        stext = folded[sent.start:sent.end]
        # (each anchored or worded pattern below is tried only where a plain substring test says it can match)
        detail = _DETAIL_LEAD.match(stext) if stext.startswith("具体") else None
        for m in ((_SPLIT_LEAD.finditer(stext) if _may_lead_split(stext) else ()) if not detail else [detail]):
            at = sent.start + m.start()
            listed = sfigs
            if at > 0 and folded[at - 1] in "（(":
                # （其中一般公共预算拨款690万元）: a split of the figure before the bracket, inside the bracket
                close = min((i for i in (folded.find("）", at), folded.find(")", at)) if i >= 0), default=sent.end)
                listed = [g for g in sfigs if g.end <= close]
            after = [g for g in listed if g.start > at and g.quantity]
            lead_splits: list[tuple[Fig, list[Fig]]] = []  # (this lead's splits so far, for _parallel_total)
            for unit_fig in _first_per_unit(after):
                total = _total_before(doc, folded, figs, sents, si, at, unit_fig)
                if total is not None and m.group(0) in ("包括", "包含", "涵盖") and _SEMICOLON.search(folded, total.end, at) \
                        and len(_SUBJECT_FILLER.sub("", folded[clause_start(folded, at, "；;"):at])) >= 2:
                    continue  # …为830人；三类村包括A、B…共4个村，共有农村人口4716人…: a class's own list, not the figure
                    # the item before the semicolon closed with (…56所；包括高中3所…: no subject of its own — the whole's)
                # 其中：A…；B…；C… — after the colon the semicolons part the items of one list (read as a sure list below,
                # for its shape); 具体为：… announces the whole enumeration
                colon = folded[at + 2:at + 3] in ("：", ":") and m.group(0) == "其中"
                sure: bool | None = colon or (m is detail and "包括" not in m.group(0))
                if total is None:
                    # 全年接待游客386.4万人次…。“十一五”时期…年均增长16.5%。其中接待国内游客381.2万人次…: a weak pairing
                    total, sure = _total_sentences_back(doc, folded, sents, si, at, unit_fig), None
                if total is None and _ALL_DONE.search(folded, doc.sentences[si].start, at) and not any(
                        g.end <= at and same_count_unit(g, unit_fig) for g in sfigs):
                    # 主办提案已全部答复，其中已解决18件，列入计划8件，暂不能解决3件: the whole is named (its figure
                    # stated sections before): a weak pairing with the earlier figure the parts add up to
                    parts = _parts_after(folded, listed, at, unit_fig)
                    total, sure = (_matching_earlier(doc, folded, figs, si, parts, back=12) if len(parts) >= 2 else None), None
                    if total is None:
                        continue
                elif total is None and folded[doc.sentences[si].start:at].strip("，,：: ") == "":
                    # 立案提案已全部办结。其中，已解决的165件，占44.8%；…: the whole is named, its figure stated sections
                    # before; the parts' shares say which figure it is
                    parts = _parts_after(folded, listed, at, unit_fig)
                    total, sure = _total_by_shares(doc, folded, figs, sfigs, si, parts), True
                    colon = False  # (已全部办结。其中：…: the sentence before says the list is all of them, not the colon)
                else:
                    parts = None
                if total is None:
                    continue
                if parts is None:
                    parts = _parts_after(folded, listed, at, unit_fig, total)
                parts = _before_whole_again(folded, total, parts)
                if not parts or _respective_values(folded, at, parts[0].start, sfigs, parts[0]):
                    continue
                if _DIVIDED.fullmatch(m.group(0)) and not CJK_CHAR.search(folded, at + len(m.group(0)), parts[0].start) \
                        and _larger_than(parts[0], total) and "、" not in folded[parts[0].end:clause_end(folded, parts[0].end)]:
                    continue  # 将原有96个网格细分为761个微网格: a count right after 分为 larger than the whole is how many
                    # pieces it is cut into, no part (分为42个平原村、27个山区村 are parts)
                if in_plan(folded, doc, total) and not (total.sent == si and all(in_plan(folded, doc, p) for p in parts)):
                    continue  # a plan's own breakdown (目标：重点项目60个，其中续建22个…) adds up; a plan split by results does not
                if sum(1 for p in parts if _THRESHOLD.search(_label(folded, p))) >= 2 and not _ladder(folded, parts):
                    continue  # nested thresholds (亿元以上项目, 10亿元以上项目) are not a split; one (中师及以下) is a bracket
                sub = _named_subtotal(folded, figs, total, parts)
                if sub is not None:
                    # 优良天数312天…其中，优98天、良214天；轻度污染41天…: 优 + 良 = 优良, then 优良 + the rest = the total
                    k, subtotal = sub
                    out.append((subtotal, parts[:k], True))
                    parts = [subtotal] + parts[k:]
                else:
                    if total.sent == si - 1:
                        total, sure = _fitting_candidate(folded, sents, total, parts, sure)
                    elif total.sent == si:
                        total, sure = _fitting_in_sentence(folded, sfigs, total, at, parts, sure)
                    par = _parallel_total(doc, folded, sents, lead_splits, parts) if not sure and len(parts) >= 2 else None
                    if par is not None:
                        # 其中A类项目35个，到位资金…；B类项目18个，到位资金…: the amounts split the figure of the counts'
                        # sentence named as they are; the counts adding up say the semicolons part the items of one list
                        total, sure = par, False
                    elif _semicolon_item(folded, total) and (cut := _own_total_after(folded, parts)):
                        # …；油料作物产量14.5万吨，其中：油菜籽产量11.1万吨；蔬菜及食用菌总产量49.9万吨: past a semicolon, an
                        # item named as a total of its own is the next item of the list the whole is one of
                        parts = parts[:cut]
                    elif not sure:  # 其中：A…；B…；C…: after a colon the semicolons separate the items of one list
                        whole_list = parts
                        parts = _semicolon_cut(folded, total, parts)
                        rest = whole_list[len(parts):] if parts and len(parts) >= 2 else []
                        if len(rest) == 2 and _halves(folded, rest) and (_flat_list(folded, rest) or _HALF_JOINT.fullmatch(
                                folded, rest[0].end, rest[1].start)):
                            # (…；主办21件，协办7件: two halves in two bare clauses)
                            # …；男性6,800人次、女性5,800人次: a second cut after the semicolon, the two halves of the whole
                            out.append((total, rest, False))
                    parts = parts and _dimension_cut(folded, total, parts)
                if parts:
                    # 其中维持39件、撤销11件，另有14件终止审理: a bare 另有 that completes the total is its last part
                    nxt = next((g for g in listed if g.start > parts[-1].end and same_count_unit(g, unit_fig)), None)
                    if nxt is not None and (_REST.search(_clause_text(folded, nxt)) or _OTHER_NAMED.fullmatch(_clause_text(folded, nxt))) \
                            and _sum(parts + [nxt]).overlaps(_sh_niv(total)):
                        parts = parts + [nxt]
                if parts and sure and total.norm is not None and _sum(parts).high is not None \
                        and (_sum(parts).high < total.norm * COLON_COVER or _SELECTED_WHOLE.search(_clause_text(folded, total))):
                    sure = False  # 民生支出38.85亿元…。其中：教育…、社保…、卫生…、农林水…（80%）: the main items only
                    # (民生支出 / 重点支出 gathers many budget functions: a list under it names the main ones)
                if colon and sure:
                    # …but 其中： does not say the list is whole: real bulletins name the main kinds after it (全国医疗卫生
                    # 机构1322个，其中：医院35个，基层…，专业公共卫生机构16个 leaves 3 others out) — a list that
                    # falls short is not itemized, one that runs over still fails
                    sure = False
                if parts is not None and sure is not True and _kinds_counted(folded, sent.start, total, parts):
                    sure = True  # 审计指出3项专项资金…2.74亿元，其中A资金…、B资金…、C资金…: as many items as the kinds counted
                if parts is not None:
                    if sure is None and _spelled_by_total(folded, total, parts):
                        sure = False  # 进出口总额…。其中出口…；进口…: the whole's name holds its parts, a pairing made sure
                    lead_splits.append((total, parts))
                    out.append((total, parts, sure))
                    out.extend(_sub_lists(folded, sfigs, parts))
                    full = _full_marks(folded, sfigs, total, parts) if total.base_unit == "分" else None
                    if full is not None:
                        out.append(full)
        for g in sfigs:
            # 为民办实事项目15件：教育类4件，… / 总投资2.8亿元，分别为一期工程1.8亿元、二期工程1亿元: the list announced
            # right after its total
            lead_m = g.quantity and folded[g.end:g.end + 1] in "：:，,（(" and (
                _CHANGE_THEN_LIST.match(folded, g.end) or _AFTER_TOTAL.match(folded, g.end))
            if not lead_m:
                continue
            comma = lead_m.group(0) in "，,"
            named_pair = rest_closed = year_parts = ranked = False
            if comma and not _SUM_WORD.search(glab := label_of(folded, g)):
                # 新建和改建农村公路420公里，新建160公里、改建250公里: a whole that names its kinds, then the kinds
                # (…由人工造林、封山育林和退化林修复构成：人工造林3.2万亩，…: the kinds named before a colon announce the
                # list the figure opens; the figure is its first item, not a whole naming them)
                pair_lab = re.split(r"[：:]", glab)[-1]
                named_pair = ("和" in pair_lab or "与" in pair_lab or "及" in pair_lab) and bool(_KINDS_NAMED.search(pair_lab))
                # 实现营业收入6.5亿元，主营业务收入6亿元、其他业务收入5,000万元: kinds of the whole's noun down to the rest
                rest_closed = not named_pair and ("其他" in (nxt_txt := folded[g.end:sent.end]) or "其它" in nxt_txt)
                # 全年发放贷款2,850万元，一季度620万元，…，四季度540万元: the quarters (months) that cover the year
                year_parts = not named_pair and not rest_closed and "季" in folded[g.end:sent.end]
                # 全年发生交通事故62起，一类事故3起，二类事故17起，三类事故42起: the classes of the whole in their order
                ranked = not named_pair and not rest_closed and not year_parts and "二" in folded[g.end:sent.end]
                if not named_pair and not rest_closed and not year_parts and not ranked:
                    continue  # (the cheap test of the comma case below, first: most figures end their clause so)
            # (the plan test last: it is the dearest)
            if is_base(folded, g) or is_change(folded, g) or is_per_unit(folded, g) or in_plan(folded, doc, g):
                continue
            if lead_m.group(0) in "（(":
                # 新建和改建农村公路286公里（新建124公里，改建152公里）: the breakdown in the bracket after the total
                close = min((i for i in (folded.find("）", g.end), folded.find(")", g.end)) if i >= 0), default=sent.end)
                parts = _parts_after(folded, [h for h in sfigs if h.end <= close], lead_m.end(), g, g)
                if len(parts) >= 2 and not _respective_values(folded, lead_m.end(), parts[0].start, sfigs, parts[0]):
                    out.append((g, parts, False))
                continue  # （…分别为360吨和40吨）: one value for each item of the list before the bracket, no split of its last
            if lead_m.group("use"):
                # 争取专项债券资金5.5亿元，用于交通项目3.5亿元和水利项目2亿元: the uses joined by 、 / 和 (judged as a 其中 list)
                parts = _parts_after(folded, sfigs, lead_m.end(), g, g)
                if len(parts) >= 2 and all(_JOINED.fullmatch(folded, a.end, b.start) for a, b in zip(parts, parts[1:])):
                    out.append((g, parts, False))
                continue
            if comma:
                # 引进人才共计156名，博士研究生42名、硕士研究生124名: a total, then its kinds joined by 、 (judged as a 其中 list)
                parts = _parts_after(folded, sfigs, g.end, g, g)
                if named_pair and not (len(parts) >= 2 and all(
                        len(v := _ITEM_LEAD.sub("", item_label(folded, p))) >= 2 and v in glab for p in parts)):
                    continue
                if ranked:
                    if len(parts) >= 2 and clause_start(folded, parts[0].start) == g.end + 1 and _ranked_classes(folded, g, parts):
                        out.append((g, parts, False))
                    continue
                if year_parts:
                    if len(parts) >= 2 and clause_start(folded, parts[0].start) == g.end + 1 \
                            and not is_sub_period(folded, g) and _cover_the_year(folded, parts):
                        out.append((g, parts, True))
                    continue
                if rest_closed:
                    if not (len(parts) >= 2 and _flat_list(folded, parts) and _CATCH_ALL.match(item_label(folded, parts[-1]))):
                        continue
                    head = _common_head([item_label(folded, p) for p in parts])
                    if len(head) < 2 or not glab.endswith(head[-2:]):
                        continue
                    named_pair = True  # (judged as a closed list)
                if len(parts) >= 2 and clause_start(folded, parts[0].start) == g.end + 1:
                    # parts in clauses of their own (资金总额3200万元，中央补助2000万元，地方配套1200万元) are a weak split
                    out.append((g, parts, False if named_pair or _flat_list(folded, parts) else None))
                continue
            parts = _parts_after(folded, sfigs, lead_m.end() - 1, g, g)
            if len(parts) >= 2 and parts[0].start - lead_m.end() <= 16:
                sure = True if _sum(parts).high is None or g.norm is None or _sum(parts).high >= g.norm * COLON_COVER else False
                out.append((g, _dimension_cut(folded, g, parts) or parts, sure))
        for m in (_RESPECTIVELY.finditer(stext) if "分别" in stext else ()):
            # 共办理建议25件，涉及经济发展、社会民生、城乡建设的分别为12件、8件、5件: as many figures as names listed
            split = _respective_split(folded, sfigs, sent.start + m.start(), sent.start + m.end())
            if split is not None:
                out.append(split)
        for m in (_MADE_OF.finditer(stext) if "由" in stext else ()):
            lo, hi = sent.start + m.start("body"), sent.start + m.end("body")
            body = [g for g in sfigs if lo <= g.start and g.end <= hi and g.quantity]
            if len(body) < 2 or not all(_same_entities(body[0], g) for g in body):
                continue
            total = _total_before(doc, folded, figs, sents, si, sent.start + m.start(),
                                  next((g for g in body if g.base_unit not in _NOUN_UNITS), body[0]), any_lead=True)
            # (领导小组由12个乡镇和41个县直单位组成: who sits in a body the figure before does not count — a whole in an
            # earlier sentence only when the subject of 组成 shares a word with its name, or there is none (…420家。由…
            # 三部分构成); 由…单位选派的干部组成: the counts qualify the members, they are none)
            at = sent.start + m.start()
            subject = folded[max(clause_start(folded, at), sent.start):at]
            if total is not None and total.sent != si and subject.strip("，, ") and not (
                    bigrams(subject) & bigrams(label_of(folded, total))):
                total = None  # (参保人员由…组成 after 参保人数达到286.4万人: the subject shares a word with the whole's name)
            if total is not None and "的" not in folded[body[-1].end:sent.start + m.end()]:
                out.append((total, body, True))
        for m in (_BY_MEANS.finditer(stext) if "通过" in stext else ()):
            # 整改问题金额3.12亿元，通过上缴财政0.46亿元、…和调整账目0.36亿元实现: the means add up to what they achieved
            lo, hi = sent.start + m.start("body"), sent.start + m.end("body")
            body = [g for g in sfigs if lo <= g.start and g.end <= hi and g.quantity and not is_reference(folded, g)]
            if len(body) < 2 or not all(same_count_unit(body[0], g) for g in body) or m.group("etc"):
                continue
            before = [g for g in sfigs if g.end <= sent.start + m.start() and same_count_unit(g, body[0]) and g.quantity
                      and not is_reference(folded, g)]
            if before and not in_plan(folded, doc, before[-1]):
                out.append((before[-1], body, True))
        lead = ((_CLASSIFY.match(stext) if stext[:1] in ("从", "按", "分") else None)
                or (_NAMED_SPLIT.match(stext) if "：" in stext or ":" in stext else None)
                or (_NAMED_ITEMIZED.match(stext) if ("具体" in stext or "明细" in stext) and any(
                    g.kind == "money" for g in sfigs) else None)
                or (_NAMED_CLASSIFY.match(stext) if "按" in stext or "从" in stext else None)
                or (_NAMED_RESPECTIVE.match(stext) if "为" in stext else None))
        if lead:
            itemized = lead.re is _NAMED_ITEMIZED  # (具体为: amounts only)
            listed = [g for g in sfigs if g.start >= sent.start + lead.end() and g.quantity and not is_reference(folded, g)
                      and (g.kind == "money" or not itemized)]
            second = _CLASSIFY_MID.search(folded, sent.start + lead.end(), sent.end) if "；" in stext or ";" in stext else None
            if second is not None and folded[second.start()] in "；;":
                # 按项目类别分，…、生态环保项目4个；按建设性质分，…: the first classification ends where the second begins
                listed = [g for g in listed if g.end <= second.start()]
            else:
                second = None
            first_cut = len(out)
            name = lead.groupdict().get("name")
            # …，合计办结183件 closes the classification too (合计/共计/总计 and its verb)
            closing = [g for g in listed if _TOTAL_AFTER.match(ct := _clause_text(folded, g))
                       or ct.startswith(("合计", "共计", "总计")) and _TOTAL_AFTER_VERB.match(ct)]
            for unit_fig in _first_per_unit(listed):
                parts = [g for g in listed if same_count_unit(g, unit_fig)]
                # …；用于就业帮扶865万元，其中公益性岗位补贴512万元、…；: a 其中 inside an item details that item
                parts = [g for g in parts if not _nested_in_item(folded, parts, g)]
                # 工矿商贸事故13起、死亡14人（工程建设领域事故10起…）；道路运输事故2起: a bracket after an item details it
                parts = [g for g in parts if g is parts[0] or _bracket_depth(folded, parts[0].end, g.start) <= 0]
                if len(parts) < 2 or any(counts_into(c, parts[0]) for c in closing):
                    continue  # …，合计227件: the list closes with its own total (judged below)
                # 立案提案中，个人提案198件，集体提案43件。按内容分，…: the sentence before is a split of a whole already
                # found (241件); this classification cuts the same whole, not that sentence's first figure
                total, t_sure = (None if name else _whole_of_previous_split(folded, out, si, parts[0])), True
                if total is not None and not _sum(parts).overlaps(_sh_niv(total)):
                    # 新收申请268件，加上年结转14件，共需办理282件。从申请主体看，…: of the sentence that split its whole,
                    # the figure the parts add up to
                    total = next((g for g in sents.get(si - 1, []) if same_count_unit(g, total) and g.quantity
                                  and not is_reference(folded, g) and _sum(parts).overlaps(_sh_niv(g))), total)
                if total is None:
                    total, t_sure = _named_total(doc, folded, figs, sents, si, parts, name)
                if total is not None and total.sent != si and in_plan(folded, doc, total) \
                        and not all(in_plan(folded, doc, p) for p in parts):
                    continue  # 计划排查隐患3,000项。从隐患类别看，…: what was found, cut by kind, is no split of the plan
                if total is not None:
                    # 共收到提案268件，经审查立案241件。从办理结果看，A类151件，占62.7%…: shares of the parts name their whole
                    shares = [_stated_share(folded, sfigs, p) for p in parts]
                    if all(shares) and not _shares_fit(total, parts, shares, slack=1):
                        fit = [g for g in figs if g.sent == total.sent and same_count_unit(g, total)
                               and _shares_fit(g, parts, shares, slack=1)]
                        out.append((fit[0], parts, True) if fit else (total, parts, None))
                        continue
                    if t_sure is None and not name and not _sum(parts).overlaps(_sh_niv(total)) \
                            and _CATCH_ALL.search(item_label(folded, parts[-1])):
                        # 全年受理案件4.12万件，结案3.96万件。从来源看，…，其他渠道0.26万件: a closed classification that
                        # fits neither figure before it, one digit off the one named as the whole (全年…)
                        slip = _slip_whole(doc, folded, figs, si, parts)
                        if slip is not None:
                            out.append((slip, parts, True))
                            continue
                    out.append((total, parts, t_sure))
                elif name and not _ABOVE_NAME.match(name) and (far := _declared_whole(
                        doc, folded, figs, parts, *_whole_noun(name))) is not None:
                    # 全年供地按用途划分：… / 全年赛事按级别划分，… with the whole in the report's opening paragraph: the
                    # figure the heading's noun names, sections back (weak: a heading's short noun may name a narrower
                    # count than the one found)
                    out.append((far[0], parts, None))
                    spans[(far[0].id, tuple(p.id for p in parts))] = (sent.start, parts[-1].end)
                elif not name and (named_inc := _NAME_INCLUDES.match(folded, sent.start + lead.end())) and (
                        far := _declared_whole(doc, folded, figs, parts, *_whole_noun(named_inc.group("name")))) is not None:
                    # 从经营品类看，销售总额包括A…、B…和C…: the whole named right after the lead, its figure stated before
                    out.append((far[0], parts, far[1]))
                    spans[(far[0].id, tuple(p.id for p in parts))] = (sent.start, parts[-1].end)
                elif not name and (by_share := _total_by_shares(doc, folded, figs, sfigs, si, parts)) is not None:
                    # 从办理结果看，A类68件，占44.7%；B类59件，占38.8%；C类23件: the shares name the whole, sections back
                    out.append((by_share, parts, True))
                elif not name and (by_share := _total_of_share(doc, folded, figs, sfigs, si, parts)) is not None:
                    # 按用途划分，用于产业发展7,862万元，占当年资金总量的63.0%；…: the share of a part names the whole
                    out.append((by_share, parts, True))
                elif not name:
                    # 从行业领域看：… with the total in an earlier paragraph (全年共发生事故37起，死亡21人): a weaker
                    # pairing, reported only when it adds up
                    total = _earlier_total(doc, folded, figs, sents, si, unit_fig)
                    if total is None or not _sum(parts).overlaps(_sh_niv(total)):
                        total = _matching_earlier(doc, folded, figs, si, parts) or total
                    slip = None
                    if (total is None or not _sum(parts).overlaps(_sh_niv(total))) \
                            and _CATCH_ALL.search(item_label(folded, parts[-1])):
                        slip = _slip_whole(doc, folded, figs, si, parts)
                    headed = None
                    if slip is None and (total is None or not _sum(parts).overlaps(_sh_niv(total))) \
                            and _CATCH_ALL.search(item_label(folded, parts[-1])):
                        # 反映问题68个 … 从问题类别看，A问题21个、…、其他问题5个: the one earlier figure named by the
                        # items' head noun, which the classification's lead names too, is the whole they cut
                        headed = _whole_by_head(doc, folded, figs, si, parts, stext[:lead.end()])
                    if slip is not None:
                        out.append((slip, parts, True))
                    elif headed is not None:
                        out.append((headed, parts, True))
                    elif total is not None:
                        out.append((total, parts, True if _named_classes_cut(folded, total, parts) else None))
                elif _ABOVE_NAME.match(name):
                    # 上述建议按内容分，…: the items named before, whichever figure stated them (weak: only when it adds up)
                    total = _matching_earlier(doc, folded, figs, si, parts)
                    if total is not None:
                        out.append((total, parts, None))
            for t, ps, t_sure in (out[first_cut:] if second is not None else ()):
                # …；按建设性质分，新开工项目27个、续建项目41个: the second classification cuts the same whole
                again = [g for g in sfigs if g.start >= second.end() and g.quantity and same_count_unit(g, t)
                         and not is_reference(folded, g)]
                if len(again) >= 2 and ps and ps[-1].end <= second.start():
                    out.append((t, again, t_sure))
        mid = None if lead or not ("从" in stext or "按" in stext or "分" in stext) else _CLASSIFY_MID.search(stext)
        if mid:
            at = sent.start + mid.start()
            listed = [g for g in sfigs if g.start >= sent.start + mid.end() and g.quantity and not is_reference(folded, g)]
            for unit_fig in _first_per_unit(listed):
                parts = [g for g in listed if same_count_unit(g, unit_fig)]
                if len(parts) < 2 or any(_TOTAL_AFTER.match(_clause_text(folded, p)) for p in parts):
                    continue
                before = [g for g in sfigs if g.end <= at and same_count_unit(g, unit_fig) and not is_reference(folded, g)]
                if not before or in_plan(folded, doc, before[-1]):
                    continue
                # 共承办建议28件，其中主办19件、协办9件；按内容分，…: a second cut of the whole the first list split
                owned = next(((t, ps) for t, ps, _ in reversed(out) if ps and before[-1] in ps and same_count_unit(t, unit_fig)
                              and t.sent == si), None)
                owner = owned[0] if owned else None
                if owner is not None:
                    # (a first cut short of its whole may be a selection: then the second is judged only when it adds up)
                    out.append((owner, parts, True if _sum(owned[1]).overlaps(_sh_niv(owner)) else None))
                elif folded[at] in "，,":
                    out.append((before[-1], parts, True))
                else:
                    # …实际支出8,725.4万元，预算执行率为93.7%；按支出性质分，…: the whole is sure when the list's
                    # closing names it (两项合计即为全年实际支出), else judged only when it adds up; the list ends with
                    # its semicolon clause
                    stop = clause_end(folded, at + 1, "；;。！？!?\n")
                    parts = [p for p in parts if p.end <= stop]
                    if len(parts) < 2:
                        continue
                    closing = _NAMED_CLOSING.match(folded, parts[-1].end)
                    named = closing is not None and _core_named(closing.group("name"), label_of(folded, before[-1]))
                    if not named:
                        # 共承办建议和提案68件，其中建议31件、提案35件；按办理方式分，主办41件、协办27件: the second cut adds
                        # up to the whole before the 其中 list, so that list is a first cut of the same whole
                        whole = _two_cuts_whole(folded, sent, before, parts)
                        if whole is not None:
                            out.append((whole[0], parts, True))
                            out.append(whole)
                            continue
                    out.append((before[-1], parts, True if named else None))
        for g in (sfigs if ("共" in stext or "计" in stext or "总" in stext or "得分" in stext or "满分" in stext) else ()):
            if not g.quantity:
                continue
            glabel = _clause_text(folded, g).rstrip(" \u3000")  # (…，三个等次共计 31所: a space before the figure)
            total_after = _TOTAL_AFTER.match(glabel)
            if total_after and _scoped_total(folded, sent.start, g, glabel):
                continue  # 一至四季度分别完成…，其中前三季度合计99.6亿元: the total of some of the items only
            if total_after or (glabel in ("满分", "满分为") and "分值" in folded[sent.start:g.start]):
                g_sure = True  # …分值依次为20分、20分、40分、20分，满分100分: the full marks of the items
            elif _TOTAL_AFTER_VERB.match(glabel):
                # …县级财政投入3850万元，合计投入1.75亿元: the verb of a part repeated sums the list (set below); …，共问责
                # 追责18人 / 合计处理人员18人 may count more than the list
                g_sure = None
            else:
                continue
            cs = clause_start(folded, g.start)
            # the parts run back to the sentence start, a classification lead (按内容分：) or an earlier total
            lead_end = sent.start + lead.end() if lead else sent.start
            # 全年受理案件320件，其中民事案件180件、…，合计320件: the parts start after the 其中 that opens them
            split_lead = [x for x in _SPLIT_LEAD.finditer(folded, sent.start, cs)]
            semi = max(folded.rfind("；", sent.start, cs), folded.rfind(";", sent.start, cs))
            if split_lead and semi > split_lead[-1].end() and g_sure:
                # …学习会12次，其中专题研讨6次；本人讲党课4次，班子其他成员讲党课21次，合计25次: the 其中 list ended at
                # the semicolon; the total closes the clauses after it (weak: the semicolon may also cut one list)
                split_lead, lead_end, g_sure = [], max(lead_end, semi + 1), None
            if split_lead:
                if any(counts_into(g, f) and f.end <= split_lead[-1].start() and not is_reference(folded, f)
                       for f in sfigs if f.start >= max(lead_end, sent.start)):
                    # 部门收入合计1,286万元，其中财政拨款1,120万元、其他收入166万元；部门支出合计1,250万元: the 其中 list
                    # has its own total; the next total closes nothing
                    continue
                lead_end = max(lead_end, split_lead[-1].end())
            if _METRIC_TOTAL.search(glabel):
                # 奖牌总数153枚 closes its list; 社会消费品零售总额14.6亿元 after 固定资产投资12.8亿元；is one more indicator
                if len(_METRIC_TOTAL.sub("", glabel)) > 4:
                    continue
                lead_end = max(lead_end, clause_start(folded, g.start, "；;。！？!?\n"))
            parts = []
            for p in sfigs:
                if p.start < lead_end or p.end >= cs or not (counts_into(g, p) or _site_of(g, p)):
                    continue
                # 产出指标46分、效益指标27分…，总分93分: points scored on an indicator (指标) are no target
                if is_reference(folded, p) and not (g.base_unit == "分" and is_target(folded, p) and not is_base(folded, p)
                                                    and not is_change(folded, p) and _SCORED.search(glabel)):
                    continue
                if _TOTAL_AFTER.match(_clause_text(folded, p)):
                    parts = []
                    continue
                parts.append(p)
            if parts and _ITEM_NO_AMOUNT.match(folded, parts[-1].end, cs):
                continue  # 加上上级补助收入24.65亿元、债券转贷收入等，收入总计41.27亿元: a term without its figure
            if parts:
                # 一般公共预算收入加上级补助收入18.36亿元、…，收入总计33.01亿元: the first term is named, its figure stated before
                cs0 = clause_start(folded, parts[0].start)
                first = _PLUS_NAMED.match(folded, cs0, parts[0].start)
                if first:
                    named = _named_earlier(doc, folded, figs, parts[0], first.group("name"))
                    if named is None:
                        continue  # a term without its figure: the sum cannot be judged
                    parts = [named] + parts
                elif _PLUS_BARE.match(folded, cs0, parts[0].start):
                    # …支出完成26.84亿元…。加上解上级支出0.52亿元、…，支出总计30.31亿元: 加 adds to the paragraph's headline
                    named = _headline(doc, folded, figs, g, parts[0])
                    if named is None:
                        continue
                    parts = [named] + parts
            if len(parts) >= 2 and _METRIC_TOTAL.search(glabel) and _sh_niv(g).high is not None and any(
                    _sum([p]).low is not None and _sum([p]).low > _sh_niv(g).high for p in parts):
                continue  # GDP 412.6亿元，规上工业增加值156.2亿元，社零总额203.5亿元: a part above the 总额 says it is another indicator
            if len(parts) >= 2 and (_stock_of_changes(folded, glabel, parts) or _other_noun(folded, g, parts)
                                    or _other_side(glabel, _clause_text(folded, parts[0]))):
                continue
            if len(parts) >= 4:
                # 新增光伏86.5万千瓦，累计达到412.6万千瓦；新增风电28.6万千瓦，累计达到186.3万千瓦；合计598.9万千瓦: the total of
                # one kind of figure (the levels, or the year's additions), never of both
                new_p = [p for p in parts if _NEW_PART.search(item_label(folded, p))]
                cum_p = [p for p in parts if _CUM_PART.search(item_label(folded, p))]
                if len(new_p) >= 2 and len(cum_p) >= 2 and len(new_p) + len(cum_p) == len(parts):
                    parts = new_p if _NEW_PART.search(glabel) else cum_p
            if len(parts) >= 2 and g_sure is None and _BACK_REFERENCE.search(glabel) \
                    and clause_start(folded, g.start) == clause_end(folded, parts[-1].end) + 1:
                # 市级补助380万元，镇级配套260万元，共筹集上述资金640万元: the total names the items just listed
                g_sure = True
            core = _CLOSING_SCOPE.sub("", glabel)
            if len(parts) >= 2 and g_sure is None and (
                    lead and lead_end <= parts[0].start and not split_lead
                    and not (core.startswith("共") and not core.startswith("共计")
                             and _SOME_LEAD.search(folded, lead_end, parts[0].start))
                    and _closing_names_items(core, folded[sent.start:clause_start(folded, g.start)])
                    or (not core.startswith("共") or core.startswith("共计"))
                    and len(verb := core[2:4]) == 2 and any(verb in label_of(folded, p) for p in parts)):
                # 从办理结果看，予以公开78件，…，其他处理16件，合计办结183件 / 按纠纷类型分，…，全年共受理418件: a
                # classification closed by its total (the lead says its items are the whole, whatever the closing word)
                g_sure = True
            if len(parts) >= 2:
                out.append((g, parts, g_sure))
        whole = _IN_WHOLE.match(stext) if "中" in stext else None
        # (with no 在, only a list without shares: shares say by themselves which whole they split)
        inside = None if (whole or lead or "中" not in stext or not stext.startswith("在") and "占" in stext
                          and not _BARE_SHARES_ONLY.fullmatch(stext)) \
            else _IN_STATED_WHOLE.match(stext)
        differences = "收入" in stext or "送审" in stext or "资产" in stext or "出生" in stext
        grading = "优秀" in stext or "良好" in stext or "合格" in stext or "称职" in stext or "“优”" in stext  # a review's grades
        has_in = _HINT_IN.search(stext) if "中" in stext else None
        has_done = _HINT_DONE.search(stext) if "已" in stext else None
        kinds = _KINDS_RESPECTIVE.search(stext) if "分别" in stext or "依次" in stext else None
        for a, b in zip(sfigs, sfigs[1:]):
            # 将提案按主办186件、会办28件分别交由…办理: the two halves of a whole (主办/会办, 城镇/农村…) listed with no
            # whole before them in the sentence make up the one stated before (weak: reported when they add up)
            if a.quantity and b.quantity and same_count_unit(a, b) and _PAIR_JOINT.fullmatch(folded, a.end, b.start) \
                    and not any(g.end <= a.start and same_count_unit(g, a) and g.quantity for g in sfigs) \
                    and _halves(folded, [a, b]):
                pair_whole = _matching_earlier(doc, folded, figs, si, [a, b], back=4)
                if pair_whole is not None:
                    out.append((pair_whole, [a, b], None))
        if not (whole or inside or differences or grading or has_in or has_done or "满意" in stext or kinds):
            continue  # none of the splits below can open here
        qty = [g for g in sfigs if g.quantity and not is_reference(folded, g)]
        sat = [g for g in qty if _SATISFACTION.search(label_of(folded, g))] if "满意" in stext else ()
        if len(sat) >= 2 and all(same_count_unit(sat[0], g) for g in sat):
            # 满意33件、基本满意5件: the items rated are those handled, stated at the report's head (共承办提案38件)
            # (…，其余2件仍在协调: the rest right after the ratings is rated too)
            rest = next((g for g in qty if g.start > sat[-1].end), None)
            if rest is not None and same_count_unit(rest, sat[0]) and _CATCH_ALL.match(label_of(folded, rest)) \
                    and folded[sat[-1].end:rest.start].lstrip("，,、").startswith(label_of(folded, rest)):
                sat = sat + [rest]
            total = _matching_earlier(doc, folded, figs, si, sat, back=30)
            if total is not None:
                out.append((total, sat, None))
        if kinds:
            # 集中在A、B、C三个方面，分别为14件、8件和6件: as many values as kinds counted, a split of the whole stated
            # sentences before (weak: reported when they add up)
            end = clause_end(folded, sent.start + kinds.end(), "；;。！？!?\n")
            listed = [g for g in qty if sent.start + kinds.end() <= g.start and g.end <= end]
            n = parse_number(kinds.group("n"))
            if n and len(listed) == n[0] >= 2 and all(same_count_unit(listed[0], g) for g in listed):
                total = _matching_earlier(doc, folded, figs, si, listed)
                if total is not None:
                    out.append((total, listed, None))
        for m in (_SUB_WHOLE.finditer(stext) if has_in else ()):
            # 在岗职工38人，其中卫生技术人员31人…；卫生技术人员中执业医师12人、注册护士11人…: a part named again, then split
            name, at = m.group("name"), sent.start + m.end()
            named = [g for g in qty if g.end <= sent.start + m.start() and item_label(folded, g).endswith(name)]
            weakly = False
            if not named and len(name) >= 4:
                # 获批立项97项…；获批项目中，国家级14项…: the whole named again by its act, not its exact words — weak
                # (reported when the parts add up to it)
                named = [g for g in qty if g.end <= sent.start + m.start() and item_label(folded, g).startswith(name[:2])
                         and not item_label(folded, g).startswith("其中")][-1:]
                weakly = True
            end = clause_end(folded, at, "；;。！？!?\n")
            if (nxt := _SUB_WHOLE.search(folded, at, end)) is not None:
                end = nxt.start()  # …，人工造林中，A…、B…，封山育林中，C…: the next part's split ends this one
            parts = [g for g in qty if at <= g.start and g.end <= end and named and same_count_unit(g, named[-1])]
            parts = _dimension_cut(folded, named[-1], parts) if len(parts) >= 2 else None
            if parts and len(parts) >= 2:
                # parts over the whole are wrong whatever else it holds; under it, the list may name only some kinds
                under = _sum(parts).below(_sh_niv(named[-1]))
                out.append((named[-1], parts, None if under or weakly else False))
        grades = [g for g in qty if _GRADE.search(label_of(folded, g))] if grading else ()
        if len(grades) >= 2 and all(same_count_unit(grades[0], g) for g in grades):
            # 参加评议598名，评为优秀86名、合格503名、基本合格7名、不合格2名: the grades of a review cover the reviewed,
            # the figure before them in the sentence or an earlier one (weak: reported when they add up)
            head = [g for g in qty if g.end <= grades[0].start and same_count_unit(g, grades[0])]
            got = _sum(grades)
            fit = [g for g in head if got.bounded and got.overlaps(_sh_niv(g))]
            total = fit[-1] if fit else _matching_earlier(doc, folded, figs, si, grades)
            if total is not None:
                out.append((total, grades, None))
        done = next((g for g in qty if _DONE.search(label_of(folded, g))), None) if has_done else None
        first_de = next((g for g in qty if "已" in (lab := label_of(folded, g)) and lab.endswith("的")), None) if has_done else None
        if first_de is not None:
            # 已经解决或采纳的132件，正在解决或已列入计划的61件，因…留作参考的21件: classes each named by a clause ending
            # in 的, one after another, cover the set handled, stated sections before (weak: reported when they add up)
            run = [first_de]
            for g in qty:
                if g.start <= run[-1].end or not same_count_unit(g, first_de):
                    continue
                if clause_start(folded, g.start) != clause_end(folded, run[-1].end) + 1 or not label_of(folded, g).endswith("的"):
                    break
                run.append(g)
            covered = _matching_earlier(doc, folded, figs, si, run, back=30) if len(run) >= 3 else None
            if covered is not None:
                out.append((covered, run, None))
        if done is not None:
            later = [g for g in qty if g.start > done.end and same_count_unit(g, done)]
            # 已办结119件，办结率为94.4%，其中已经解决或列入计划逐步解决的87件: what 其中 opens is of the done, no status
            # beside it
            status = [bool(_UNDER_WAY.search(lab := label_of(folded, g))) and not lab.startswith("其中") for g in later]
            k = status.index(False) if False in status else len(status)
            # a status the words do not name sits inside the list (已整改108个，另有12个…，正在推进6个): no split
            rest = later[:k] if not any(status[k:]) else []
            if rest:
                total = _status_total(doc, folded, figs, si, sfigs, done, out)
                if total is not None:
                    # amounts by status (已整改2.9亿元，正在整改0.5亿元) may leave some money in no status: weak
                    out.append((total[0], [done] + rest, total[1] if done.kind == "count" else None))
        if whole and not lead:
            listed = [g for g in qty if g.start >= sent.start + whole.end()]
            for unit_fig in _first_per_unit(listed):
                parts = [g for g in listed if same_count_unit(g, unit_fig)]
                if len(parts) < 2:
                    continue
                total = _matching_earlier(doc, folded, figs, si, parts, whole.group("name")[:2])
                cut = next((i for i in range(2, len(parts)) if _SEMICOLON.search(folded[parts[i - 1].end:parts[i].start])), None)
                if total is None and cut:
                    # 参保人员中，在职职工83.15万人、退休人员29.25万人；另有灵活就业人员9.6万人…: the split ends at the semicolon
                    parts = parts[:cut]
                    total = _matching_earlier(doc, folded, figs, si, parts, whole.group("name")[:2])
                if total is not None:
                    out.append((total, parts, None))
                    continue
                # 基本支出中，人员经费1082.47万元，公用经费171.38万元 after …基本支出1263.85万元…: the whole is the figure its
                # full name labels, in the sentences just before; judged as a 其中 list (a short list is a selection)
                named = _whole_named(doc, folded, figs, si, parts[0], whole.group("name"), parts)
                if named is not None:
                    # (已支出2,874万元 … 已支出资金中，…: a name one word longer is the same whole when a catch-all item
                    # closes the list, else a weak pairing)
                    exact = _ITEM_PREFIX.sub("", item_label(folded, named)).strip(" \u3000") == whole.group("name")
                    over = _sh_niv(named).below(_sum(parts))  # (parts over their whole are wrong however many they are)
                    out.append((named, parts, False if exact or over or _CATCH_ALL.search(item_label(folded, parts[-1]))
                                else None))
        if inside:
            # 在审结的11,873件案件中，刑事案件856件，民商事案件7,214件…: the whole is stated inside 在…中
            wholes = [g for g in qty if g.end <= sent.start + inside.end() and g.start >= sent.start]
            listed = [g for g in qty if g.start >= sent.start + inside.end()]
            w, anchor = (wholes[0], sent.start + inside.end()) if len(wholes) == 1 else (None, 0)
            pair = wholes if len(wholes) == 2 and wholes[0].end == wholes[1].start \
                and not same_count_unit(wholes[0], wholes[1]) and _paired_parts(qty, wholes, sent.start + inside.end()) else []
            if pair:
                # 全区城乡低保对象3216户5108人中，城市低保1134户1702人，农村低保2082户3406人: a whole counted in two
                # measure words, each split by the parts in its own
                w, anchor = pair[0], sent.start + inside.end()
            while w is not None:
                parts = [g for g in listed if g.start >= anchor and same_count_unit(g, w)]
                # 在86件代表建议中，主办42件、协办44件；64件政协提案中，主办38件、协办26件: a figure that opens a whole of
                # its own (N件X中) ends the list, and its own list follows
                nxt = next((k for k, g in enumerate(parts) if k and _WHOLE_THEN_IN.match(folded, g.end)
                            and _SEMICOLON.search(folded, parts[k - 1].end, g.start)), None)
                w_next = parts[nxt] if nxt is not None else None
                parts = parts[:nxt] if nxt is not None else parts
                cut = next((k for k in range(1, len(parts)) if _FLOW_STOP.search(gap := folded[parts[k - 1].end:parts[k].start])
                            or _SEMICOLON.search(gap) and _YEAR_CLAUSE.search(gap)), None)
                parts = parts[:cut] if cut else parts  # (…，乡村人口19.21万人；全年新增城镇落户3,460人: the year's flow)
                # a parallel list (刑事案件…，民商事案件…，行政案件…) splits the whole; 满意度评价1,650件，评价满意1,432件
                # nests one in the other: reported only when it adds up
                heads = {_scale_head(item_label(folded, g)) for g in parts}
                parts = _dimension_cut(folded, w, parts) if len(parts) >= 2 else None  # 女教师…，党员教师…
                if parts is not None and len(parts) >= 2 and not (
                        "占" in stext and not _bare_shares_fit(folded, sfigs, w, parts)):
                    out.append((w, parts, False if len(heads) == 1 else None))
                w, anchor = (w_next, _WHOLE_THEN_IN.match(folded, w_next.end).end()) if w_next is not None else (None, 0)
                if w is None and pair and pair[0] is not pair[1]:
                    w, anchor, pair = pair[1], sent.start + inside.end(), [pair[1], pair[1]]
        if not (inside or whole or lead) and has_in:
            # 截至12月20日，10件实事中全面完成8件、基本完成1件、未完成2件: the whole stated right before 中, its parts by
            # status after it
            for w in qty:
                mid_in = _WHOLE_THEN_IN.match(folded, w.end)
                if not mid_in or _SPLIT_LEAD.search(folded, clause_start(folded, w.start), w.start):
                    continue
                parts = [g for g in qty if g.start >= mid_in.end() and same_count_unit(g, w)
                         and clause_start(folded, g.start, "；;。！？!?\n") <= mid_in.end()]
                labels = [item_label(folded, g) for g in parts]
                if len(parts) >= 2 and all(_STATUS.search(v) for v in labels) and any(_NOT_DONE.search(v) for v in labels):
                    out.append((w, parts, True))
                break
        for whole_rx, part_rx, rest_rx in (_DIFFERENCES if differences else ()):
            for w in qty:
                if not whole_rx.search(label_of(folded, w)):
                    continue
                p = next((g for g in qty if g.start > w.end and same_count_unit(g, w) and part_rx.search(label_of(folded, g))), None)
                # …基金总支出151.28亿元，增长9.4%。当期结余17.17亿元: the remainder may open the next sentence
                nxt = [g for g in sents.get(si + 1, [])[:1] if paragraph_start(folded, g.start) <= sent.start]
                r = p and next((g for g in qty + nxt if g.start > p.end and same_count_unit(g, w) and g.quantity
                                and rest_rx.search(label_of(folded, g))), None)
                # 地方财政收入16420万元，加上级补助收入23850万元…，收入合计42110万元；财政支出41260万元…: terms between
                # the three say the income is summed first; the identity holds only for three in a row
                if p is not None and r is not None and len({word for x in (w, p, r) for word in _POPULATION_SCOPE.findall(
                        label_of(folded, x))}) > 1:
                    continue  # (户籍出生人口… / 常住人口自然增长…: two populations)
                if p is not None and r is not None and not any(
                        same_count_unit(g, w) and (w.end <= g.start and g.end <= p.start or p.end <= g.start and g.end <= r.start)
                        for g in qty + nxt):
                    out.append((w, [p, r], True))
                    break
    out += _identities(folded, figs)
    out += _balances(doc, folded, figs, sents)
    out += _carried_balances(doc, folded, figs, sents)
    out += _above_items(doc, folded, figs, sents)
    out += _budget_balances(doc, folded, figs, sents)
    out += _budget_additions(doc, folded, figs, sents)
    out += _done_and_carried(doc, folded, figs, sents)
    out += _named_differences(doc, folded, figs, sents)
    out += _complements(doc, folded, sents)
    out += _halves_among_named(doc, folded, sents)
    out += _aspects_listed(doc, folded, sents) if "个方面" in folded else []
    out += _uses_of_named(doc, folded, sents) if "用于" in folded else []
    out += _all_kinds(doc, folded, figs, sents)
    out += _summed_up_later(doc, folded, figs, sents)
    out += _rows_announced(doc, folded, sents) if "如下" in folded else []
    out += _declared_lists(doc, folded, figs, sents, spans)
    if "第三产业" in folded:
        out += _three_sectors(doc, folded, sents, out)
    for t, ps, _ in list(out):
        # …其中优86天、良203天、轻度污染54天…。全年空气质量优良天数289天: 优 + 良 = 优良, named after the list
        later = _named_subtotal_after(doc, folded, sents, t, ps) if len(ps) >= 3 else None
        if later is not None and not any(u is later[1] for u, _, _ in out):
            out.append((later[1], ps[:later[0]], True))
    return [(t, ps, sure) for t, ps, sure in out if addable(folded, t, ps) and not _top_ranked(folded, ps)], spans


_EARLIER_DATE = re.compile(r"上一?年|去年|年初|(?P<y>(?:19|20)\d\d)年")


def _earlier_time(doc, text: str) -> bool:
    """上年末… / 年初… / 2024年… (in a report of 2025): a text dated before the report's year."""
    return any(not m.group("y") or doc.year and int(m.group("y")) < doc.year for m in _EARLIER_DATE.finditer(text))


_GENERIC_NAME = re.compile(r"全[国省市县区镇乡]|[本我][省市县区镇乡]|全年|今年|本年|当年|各类|各项|所有|全部|的")
_PLACE = re.compile(r"全[国省市县区镇乡]|[本我][省市县区镇乡]")
_LATER_SUM = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,16}?)(?:合计|共计|总计|总数)(?:为|达|达到|是)?$")
# the holder a list is stated of (乡镇卫生院现有…, 村卫生室有…): the total summing it up names it too
_HOLDER = re.compile(r"\s*(?P<who>[\u4e00-\u9fff（）()]{2,12}?)(?:现有|共有|拥有|建有|设有|有)")
_HOLDER_TIME = re.compile(r"目前|当前|现阶段|截至|截止|年[末底]|至今")  # (目前乡镇卫生院有…: the date is no holder)
_CATCH_ALL_ITEM = re.compile(r"(?:其他|其它|其余)(?P<noun>[\u4e00-\u9fff]{2,10})$")  # (药剂、检验等其他卫生技术人员)


def _summed_up_later(doc, folded: str, figs: list[Fig], sents: dict) -> list[tuple[Fig, list[Fig], bool]]:
    """有执业医师214人、注册护士281人，其他卫生技术人员95人。… (sections on) 总体来看，全县乡镇卫生院卫生技术人员合计572人:
    a total named with 合计 / 共计 (no items of its own before it) that sums up a list stated sentences before, the list
    closed by a catch-all (其他…) naming the total's own thing. (A list with no catch-all is no sure whole of it.)"""
    out = []
    for g in figs:
        if not g.quantity or g.sent < 1 or "计" not in (lab := label_of(folded, g)) and "总数" not in lab:
            continue
        m = _LATER_SUM.search(lab)
        if m is None or is_reference(folded, g) or is_per_unit(folded, g) or in_plan(folded, doc, g) or any(
                h.end <= g.start and h.quantity and same_count_unit(h, g) for h in sents.get(g.sent, ())):
            continue
        name = m.group("name")
        run = _closing_run(doc, folded, sents, g, m)
        if run:
            out.append((g, run, True))
            continue
        for si in range(g.sent - 1, max(-1, g.sent - 12), -1):
            sfigs = [h for h in sents.get(si, ()) if h.quantity and same_count_unit(h, g) and not is_reference(folded, h)
                     and not is_per_unit(folded, h)]
            rest, noun = next(((h, c.group("noun")) for h in reversed(sfigs)
                               if (c := _CATCH_ALL_ITEM.search(label_of(folded, h))) and name.endswith(c.group("noun"))),
                              (None, ""))
            if rest is None:
                continue
            qualifier = _GENERIC_NAME.sub("", name[:len(name) - len(noun)])
            if qualifier and qualifier not in folded[doc.sentences[si].start:rest.start]:
                break  # 规上企业总数10家 after …，其他企业1家: a narrower whole than the list's
            items = [h for h in sfigs if h.end <= rest.start] + [rest]
            holder = _HOLDER.match(folded, doc.sentences[si].start, items[0].start)
            if holder and len(who := _GENERIC_NAME.sub("", _HOLDER_TIME.sub("", holder.group("who")))) >= 2 and who not in lab:
                break  # 乡镇卫生院现有执业医师…，其他卫生技术人员95人 … 全县卫生技术人员合计1,572人: a part's staff, a wider whole
            scopes = {m.group(0) for m in _PLACE.finditer(folded, doc.sentences[si].start, rest.start)}
            own = _PLACE.search(lab)
            if own and scopes and own.group(0) not in scopes:
                break  # 全县有小学6所…其他学校1所 … 全市各类学校共计312所: another place's whole
            if any(rest.end <= h.start and h.end <= g.start and h.quantity and same_count_unit(h, g) for h in figs) \
                    or _earlier_time(doc, folded[doc.sentences[si].start:rest.start]):
                break  # 2024年全县有小学6所…。今年撤并小学2所。目前…共计7所: the list of another time, changed since
            if len(items) >= 2 and not in_plan(folded, doc, rest):
                out.append((g, items, True))
            break
    return out


# 项目支出预算安排明细如下：⏎A：412.60万元；⏎B：638.15万元；…: the lines after a lead naming the whole and its detail
_ROWS_LEAD = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?:的)?(?:安排|使用|支出|分配|来源)?(?:明细|构成|具体安排|具体构成)"
                        r"(?:情况)?如下[：:]$")
_ROW = re.compile(r"[ \u3000]*[\u4e00-\u9fff（）()“”、]{2,30}[：:][ \u3000]*$")


def _rows_announced(doc, folded: str, sents: dict) -> list[tuple[Fig, list[Fig], bool]]:
    """项目支出预算1,673.82万元。项目支出预算安排明细如下：⏎医保基金监管专项经费：412.60万元；⏎…: a line announcing the
    detail of a whole the sentence before states (by its item name), then one line per item, name：amount — the rows
    are the whole (sure); a lead naming the main items only (主要项目如下) is no such line."""
    out = []
    for si, s in enumerate(doc.sentences):
        if si < 1 or sents.get(si) or folded[s.end:s.end + 1] != "\n" and folded[s.end - 1:s.end] != "\n":
            continue
        # (the lead ends the sentence with 如下： — at most a line break after it —, so a sentence without 如下 in its last
        # five characters holds none; the search runs from the paragraph's start, once for every sentence otherwise)
        if folded.find("如下", max(0, s.end - 5), s.end) < 0:
            continue
        lead = _ROWS_LEAD.search(folded, paragraph_start(folded, s.start), s.end)
        if lead is None or lead.end() < s.end - 1 or _SOME_LEAD.search(lead.group(0)):
            continue
        rows: list[Fig] = []
        closed = False
        for k in range(si + 1, si + 30):
            got = [h for h in sents.get(k, ()) if h.quantity]
            if k >= len(doc.sentences) or len(got) != 1:
                break
            r = doc.sentences[k]
            h = got[0]
            line = paragraph_start(folded, h.start)
            if not _ROW.fullmatch(folded, line, h.start) or folded.startswith("其中", line) \
                    or folded[h.end:r.end].strip(" \u3000；;。\n") or (rows and not same_count_unit(rows[0], h)):
                break
            rows.append(h)
            if folded[h.end:r.end].strip(" \u3000\n") in ("。", ""):
                closed = True
                break  # (the last row closes with 。)
        # (a row the reading cannot take — a note, a bracket, a 其中 sub-row — before the closing 。 leaves the list's
        # end unknown: nothing is judged)
        if len(rows) < 2 or not closed:
            continue
        name = lead.group("name")
        # (the whole may be a budget: a plan's own detail is judged, the rows being the same plan's)
        whole = [g for g in sents.get(si - 1, ()) if g.quantity and same_count_unit(g, rows[0]) and not is_base(folded, g)
                 and _ITEM_PREFIX.sub("", item_label(folded, g)).strip(" \u3000").endswith(name)]
        if len(whole) == 1:
            out.append((whole[0], rows, True))
    return out


# the year's flow a closing total names (全年新增…共计 / 全年…支出合计), never a stock (累计 / 现有 / 年末 / 总…)
_RUN_FLOW = re.compile(r"^(?:全年|本年|今年|当年|年内)|新增")
_RUN_STOCK = re.compile(r"累计|现有|共有|保有|总|余额|存量|年末|年底|截至|截止")
_RUN_LEAD = re.compile(r"^(?:(?:全年|本年|今年|当年|年内)(?:共|累计)?)?(?:新增|新建|完成|实现|发放|支出|投入|办理)?")
_RUN_STOP = re.compile(r"共|合计|总|累计|其中|全年|本年|分别|占|比|较|同比|增长|下降|计划|预算|目标|任务")


def _closing_run(doc, folded: str, sents: dict, g: Fig, m) -> list[Fig] | None:
    """城区新建监控点位326个，…。乡镇…新建点位218个。督促…完善内部监控点位94个。全年新增视频监控点位共计648个: a sentence
    opening with the year's total (全年…合计 / 共计) closes the items of the sentences right before it in the paragraph, one
    figure a clause, each naming the total's own noun (点位, 资金) and nothing the total does not name."""
    if m.group(0)[len(m.group("name")):][:2] not in ("合计", "共计"):
        return None
    name = m.group("name")
    if not _RUN_FLOW.search(name) or _RUN_STOCK.search(name):
        return None
    para = paragraph_start(folded, g.start)
    run: list[Fig] = []
    for si in range(g.sent - 1, g.sent - 5, -1):
        s = doc.sentences[si] if si >= 0 else None
        if s is None or s.start < para:
            break
        got = [h for h in sents.get(si, ()) if h.quantity and same_count_unit(h, g)]
        if not got:
            break
        if any(is_reference(folded, h) or is_per_unit(folded, h) or is_base(folded, h) or is_change(folded, h)
               or in_plan(folded, doc, h) or _RUN_STOP.search(_clause_text(folded, h)) for h in got) \
                or _earlier_time(doc, folded[s.start:got[-1].start]):
            break  # (an earlier total, a base, a plan or a share ends the items)
        run = got + run
    if len(run) < 2 or len({_clause_text(folded, h).rstrip()[-2:] for h in run}) != 1:
        return None
    noun = _clause_text(folded, run[0]).rstrip()[-2:]
    if not _HAN_ONLY.fullmatch(noun) or noun not in name:
        return None
    # the items are one a clause (…点位326个，覆盖…。) and the total names nothing they do not (全年发放扶贫小额贷款共计…
    # after 创业担保贷款 and 助学贷款 is a narrower whole)
    if any(clause_start(folded, b.start) <= a.end for a, b in zip(run, run[1:])):
        return None
    qualifier = _RUN_LEAD.sub("", name[:name.find(noun)])
    if qualifier and qualifier not in folded[para:run[-1].end]:
        return None
    # (…新建监控点位120个。…新建点位86个。全年新增…共计648个: two sentences of highlights, a third of the total, are
    # examples, not its breakdown; only items that come within a tenth of the total — a slip, not a selection — are
    # read as the whole's)
    got, want = _sum(run), _sh_niv(g)
    if got.high is None or want.low is None or want.high is None \
            or not (want.low * Decimal("0.9") <= got.high and got.low <= want.high * Decimal("1.1")):
        return None
    return run


# 排在前三位的是A…、B…、C… / 居前五位的依次为…: the first few of a ranking, a selection and never the whole
_TOP_N = re.compile(r"(?:排|居|列|位)[^，,；;。：:\d]{0,3}前[一二三四五六七八九十两\d]{1,2}(?:位|名|类|项)"
                    r"|前[一二三四五六七八九十两\d]{1,2}(?:位|名)(?:的)?(?:依次)?(?:是|为)")


# …中，Ⅰ～Ⅲ类水质断面18个，占75.0%；Ⅳ类4个…: every share bare (占 then the number), so of the whole stated before 中
_BARE_SHARES_ONLY = re.compile(r"(?:[^占]|占(?=约?[\d０-９]))*")
_SCALE = re.compile(r"^[^，,；;、类级]*?[\dⅠ-Ⅻ一二三四五六七八九十ABCDE甲乙丙丁～~至\-—]+(?:类|级)")


def _bare_shares_fit(folded: str, sfigs: list[Fig], whole: Fig, parts: list[Fig]) -> bool:
    """Does each bare share right after a part (…18个，占75.0%) give that part's share of the whole (18/24)?"""
    ps = [g for g in sfigs if g.kind == "percent"]
    for q in ps:
        p = next((x for x in parts if x.end <= q.start and re.fullmatch(r"[，,]占约?", folded[x.end:q.start])), None)
        want, got = _pct(q), (share_interval(p, whole) if p is not None else None)
        if p is None or want is None or got is None or not got.overlaps(want):
            return False
    return bool(ps)


def _scale_head(label: str) -> str:
    """The head of a list item: the class or grade of a scale when it names one (Ⅰ～Ⅲ类水质断面, Ⅳ类, 劣Ⅴ类 → 类; 二级,
    三级 → 级), else its last character."""
    m = _SCALE.match(label)
    return m.group(0)[-1] if m else label[-1:]


def _top_ranked(folded: str, parts: list[Fig]) -> bool:
    """Are the parts the first few of a ranking (the clause of the first part says 排在前三位)?"""
    return "前" in (lead := _clause_text(folded, parts[0])) and bool(_TOP_N.search(lead)) if parts else False


_SECTOR = [re.compile(r"第一产业"), re.compile(r"第二产业"), re.compile(r"第三产业")]
_GDP = re.compile(r"生产总值|GDP|ＧＤＰ")
_THIRD_SECTOR = re.compile(r"第三产业")


def _three_sectors(doc, folded: str, sents: dict, found: list) -> list:
    """第一产业增加值18.2亿元，第二产业增加值39.6亿元，第三产业增加值27.9亿元 with 地区生产总值86.4亿元 stated in the
    sentences before: the three sectors always make up the whole economy, told as one list or not."""
    out = []
    listed = {id(p) for _, ps, _ in found for p in ps}
    for si in sorted(sentences_with(doc, folded, _THIRD_SECTOR)):
        sfigs = sents.get(si)
        if si < 0 or not sfigs:
            continue
        qty = [g for g in sfigs if g.quantity and not is_reference(folded, g) and not is_per_unit(folded, g)]
        picks = []
        for rx in _SECTOR:
            hit = [g for g in qty if rx.search(label_of(folded, g))]
            if len(hit) != 1:
                break
            picks.append(hit[0])
        if len(picks) < 3 or not (picks[0].start < picks[1].start < picks[2].start) \
                or not all(same_count_unit(picks[0], g) for g in picks[1:]) or any(id(p) in listed for p in picks):
            continue
        for k in range(si, si - 7, -1):  # the whole: the nearest 生产总值 up to six sentences back
            cands = [g for g in sents.get(k, ()) if g.end <= picks[0].start and g.quantity
                     and same_count_unit(g, picks[0]) and _GDP.search(label_of(folded, g))
                     and not is_reference(folded, g) and not is_per_unit(folded, g)]
            if cands:
                if not in_plan(folded, doc, cands[-1]) and not in_plan(folded, doc, picks[0]):
                    out.append((cands[-1], picks, True))
                break
    return out


# 一般公共预算收入加上级补助收入… / 本年支出加上解上级支出…: a sum whose first term is named without its number
_PLUS_NAMED = re.compile(r"(?P<name>[\u4e00-\u9fff]{0,10}?(?:收入|支出|资金|经费|结余|结转|总额|合计))(?:再)?加(?:上)?")
# 加上级补助收入18.43亿元、…，收入总计…: a sum that adds to what the paragraph stated first (加强, 加快… are verbs)
_PLUS_BARE = re.compile(r"(?:再)?加(?:上)?(?![强快大速紧工班入重油])")
_SIDE = re.compile(r"收入|支出")


def _headline(doc, folded: str, figs: list[Fig], total: Fig, part: Fig) -> Fig | None:
    """The first figure of the paragraph (before `part`, same unit, not a base or target) and, when the total names
    收入 or 支出, one that names the same side."""
    para = paragraph_start(folded, part.start)
    side = _SIDE.search(label_of(folded, total))
    for g in figs:
        if g.start < para or g.end > part.start or not g.quantity or not same_count_unit(g, part) or is_reference(folded, g):
            continue
        return g if (side is None or side.group(0) in label_of(folded, g)) else None
    return None


# 县本级一般公共预算收入: a part of the scope, not the whole a 加 phrase names
_SUB_SCOPE = re.compile(r"本级|其中")


def _named_earlier(doc, folded: str, figs: list[Fig], part: Fig, name: str) -> Fig | None:
    """The last figure of the same unit before `part` (up to eight sentences back) that the name labels."""
    for g in reversed([g for g in figs if part.sent - 8 <= g.sent and g.end <= part.start]):
        if not g.quantity or not same_count_unit(g, part) or is_reference(folded, g) or in_plan(folded, doc, g):
            continue
        lab = label_of(folded, g)
        if name in lab and not _SUB_SCOPE.search(lab[:lab.rfind(name)]):
            return g
    return None


# 占全部24个馆的58.3%: the whole a share is taken of; 主办的26件中，…: a whole its breakdown follows
_WHOLE_OF_SHARE = re.compile(r"占(?:全部|全|总|所有)[^，,；;。\d]{0,6}$")
_WHOLE_AHEAD = re.compile(r"(?:当)?中[，,：:]")


# 在26件主办建议中，…: a whole named around its figure
_WHOLE_AROUND = re.compile(r"[\u4e00-\u9fff]{1,8}?中[，,：:]")


# 交县政府办理的172件建议中，… / 参训的3,840人次学员中，…: a whole named by the noun after its figure
# (正在办理中, 建设中: a status, not a whole)
_WHOLE_NOUN_AHEAD = re.compile(r"(?![^，,；;。]{0,6}在)[\u4e00-\u9fff]{1,6}?(?<![理行工设核查进施改审批])" + AMONG_ZHONG + r"[，,：:]")


def _a_whole(folded: str, p: Fig) -> bool:
    return bool(_WHOLE_AHEAD.match(folded, p.end) or _WHOLE_OF_SHARE.search(lab := label_of(folded, p))
                or lab.endswith("在") and _WHOLE_AROUND.match(folded, p.end) or _WHOLE_NOUN_AHEAD.match(folded, p.end))


_COMPARED_LEAD = re.compile(rf"{_BASE_LEAD}|同比")
_ADDED_ON = re.compile(r"[，,；;](?:再)?加上(?![级年])")  # (not 加上级补助, 加上年结转: 加 and 上级, 上年)


def _terms_added(folded: str, total: Fig, parts: list[Fig]) -> list[Fig]:
    """…其余13件议案全部转为建议，加上会议期间收到的67件建议，共80件: a total closing a sum the sentence builds with 加上
    adds the terms of the clause right before 加上 to what follows it — not every figure of the sentence before those,
    unless they all add up to it."""
    if not parts or total.start < parts[-1].end:
        return parts
    found = list(_ADDED_ON.finditer(folded, parts[0].end, total.start))
    if not found:
        return parts
    m = found[-1]  # (the last 加上 before the total)
    # (the terms of the clause right before 加上 — 办理建议8件、提案52件，加上…: both — not a base, 比上年决算数14.94亿元)
    cs = clause_start(folded, m.start())
    before = [p for p in parts if cs <= p.start and p.end <= m.start() and not is_reference(folded, p)
              and not _COMPARED_LEAD.match(label_of(folded, p))]
    after = [p for p in parts if p.start >= m.end()]
    if not (before and after) or _sum(parts).overlaps(_sh_niv(total)):
        return parts  # (议案3件，建议65件，加上…15件，共83件: every term before adds in — the list as it stands)
    return before + after


# 387件建议提案已全部按期办复。办复结果中，…（A类）203件，…（B类）152件，…（C类）28件: all answered, then graded
_ALL_DONE_END = re.compile(r"(?:已)?(?:全部|均已|均)(?:按期|按时|如期)?(?:办复|办结|答复|办理完毕|完成)")


_SUBJECT_INCLUDES = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8}?)(?:主要)?(?:包括|由)(?=[\u4e00-\u9fff]{2,12}\d)")


def _subject_includes(doc, folded: str, sents: dict) -> list[tuple[Fig, list[Fig]]]:
    """本年支出中，基本支出17357.43万元，项目支出8926.40万元。基本支出包括人员经费15184.26万元和公用经费2137.17万元:
    a sentence opening on a whole's name and 包括/由, its parts listed in its clause (to a ；) → the one
    figure of the three sentences before named so (its label ending with the name), and the parts (a weak pairing
    unless the parts define it: _defined_halves)."""
    out = []
    for si, sent in enumerate(doc.sentences):
        m = _SUBJECT_INCLUDES.match(folded, sent.start)
        if m is None:
            continue
        stop = clause_end(folded, m.end(), "；;。！？!?\n")
        parts = [g for g in sents.get(si, []) if m.end() <= g.start and g.end <= stop and g.quantity and not g.qualifier]
        if len(parts) < 2 or not all(same_count_unit(parts[0], g) for g in parts):
            continue
        name = m.group("name")
        named = [g for sj in range(max(0, si - 3), si) for g in sents.get(sj, [])
                 if same_count_unit(g, parts[0]) and item_label(folded, g).endswith(name) and not is_reference(folded, g)]
        if len(named) == 1:
            out.append((named[0], parts))
    return out


def _qizhong_lines(doc, folded: str, sents: dict) -> list[tuple[Fig, list[Fig]]]:
    """…支出决算18.64万元，比上年减少2.31万元，下降11.0%。其中：⏎因公出国（境）费　0万元；⏎公务用车…　12.38万元；⏎
    …: a line ending on 其中：, the items one a line below it → the first amount of the sentence before (no change, no
    base) and the items' amounts, while each line holds one of its unit."""
    out = []
    n = len(doc.sentences)
    for si in range(1, n - 1):
        sent = doc.sentences[si]
        if sent.text.strip() not in ("其中：", "其中:") or folded[sent.end:sent.end + 1] != "\n":
            continue
        whole = [g for g in sents.get(si - 1, []) if g.quantity and not is_change(folded, g) and not is_base(folded, g)
                 and not is_reference(folded, g) and not g.qualifier]
        if not whole:
            continue
        total, parts, j = whole[0], [], si + 1
        while j < n and not folded[doc.sentences[j - 1].end:doc.sentences[j].start].strip() \
                and folded[doc.sentences[j - 1].end - 1:doc.sentences[j - 1].end] not in ("。", "！", "？") \
                and len(line := [g for g in sents.get(j, []) if g.quantity]) == 1 and same_count_unit(line[0], total):
            parts.append(line[0])
            j += 1
        if len(parts) >= 2:
            out.append((total, parts))
    return out


def _graded_after_all_done(doc, folded: str, sents: dict) -> list[tuple[Fig, list[Fig]]]:
    """A sentence saying all of a count were dealt with (387件…已全部按期办复), then one of the paragraph grading them
    into every class of a whole set (A类…、B类…、C类…) → that count and the classes."""
    out = []
    n = len(doc.sentences)
    for si in range(1, n):
        items = [g for g in sents.get(si, []) if g.kind == "count" and g.quantity]
        if len(items) == 1 and not folded[doc.sentences[si - 1].end:doc.sentences[si].start].strip():
            # 118件建议已全部办结…。⏎A类（已解决或基本解决）68件；⏎B类…35件；⏎C类…14件。: one class a line, the lines
            # right after the sentence that says all were dealt with
            j = si + 1
            while j < n and len(nxt := [g for g in sents.get(j, []) if g.kind == "count" and g.quantity]) == 1 \
                    and nxt[0].base_unit == items[0].base_unit \
                    and not folded[doc.sentences[j - 1].end:doc.sentences[j].start].strip():
                items.append(nxt[0])
                j += 1
        elif len(items) < 3 or paragraph_start(folded, doc.sentences[si].start) > doc.sentences[si - 1].start:
            continue
        if len(items) < 3:
            continue
        unit = items[0].base_unit
        graded = [g for g in items if g.base_unit == unit]
        k = len(graded)
        while k >= 3 and not _full_set(folded, None, graded[:k]):
            k -= 1
        if k < 3:
            continue
        prev = sents.get(si - 1, [])
        whole = [g for g in prev if g.base_unit == unit and g.exact and not g.qualifier
                 and _ALL_DONE_END.search(folded, g.end, clause_end(folded, g.end, "。！？!?\n"))]
        if not whole and not any(g.base_unit == unit for g in prev):
            whole = _all_done_named(doc, folded, sents, si - 1, unit)
        if len(whole) == 1:
            out.append((whole[0], graded[:k]))
    return out


# 承办的提案全部按期办结: the things counted before, named by their words, all dealt with
_ALL_DONE_NAMED = re.compile(r"([\u4e00-\u9fff]{2,6})的([\u4e00-\u9fff]{2,4})(?:已)?(?:全部|均已|均)(?:按期|按时|如期)?"
                             r"(?:办复|办结|答复|办理完毕)")


def _all_done_named(doc, folded: str, sents: dict, si: int, unit: str) -> list[Fig]:
    """A sentence with no count saying the things named were all dealt with (承办的提案全部按期办结) → the one count of
    the report before it whose label holds those words (共承办提案312件)."""
    m = _ALL_DONE_NAMED.search(doc.sentences[si].text)
    if m is None:
        return []
    verb, noun = m.group(1)[-2:], m.group(2)
    return [g for sj in range(si) for g in sents.get(sj, []) if g.base_unit == unit and g.exact and not g.qualifier
            and noun in (lab := label_of(folded, g)) and verb in lab and not lab.startswith("其中")][:2]


def parts_sum(doc, figures) -> list[dict]:
    """Totals followed by 其中 lists, breakdowns with shares, and 其余 remainders → do the parts add up?"""
    figs = figs_of(doc, figures)
    folded = doc.folded
    sents = figs_by_sentence(doc, figs)
    out: list[dict] = []
    seen: set[tuple] = set()

    weak: set[tuple] = set()
    judged: set[tuple] = set()

    def emit(total: Fig, parts: list[Fig], sure: bool | None, sent: int, known_addable: bool = False) -> None:
        parts = _terms_added(folded, total, parts)
        key = (total.id, tuple(p.id for p in parts))
        # a split first found by a weak pairing (its total sentences back) may be confirmed by its shares (占31.4%…)
        if (key in seen and not (key in weak and sure is not None)) or len(parts) < 2 or not (
                known_addable or addable(folded, total, parts)):
            return
        seen.add(key)
        if any(_a_whole(folded, p) for p in parts):
            return  # …占全部24个馆的58.3% / 主办的26件中，…: a whole named again is never one of the parts
        if total.norm is not None and any(p.norm == total.norm and p.start != total.start and any(
                q.norm for q in parts if q is not p) and (p is parts[-1] or _names_alike(label_of(folded, p), label_of(folded, total)))
                for p in parts):
            # 共设置指标八项，其中产出指标五项、效益指标二项…，八项指标全部完成 / 占地区生产总值642.7亿元的57.8%: the
            # whole's own figure again, among other parts, closing them or named as the whole, is the whole restated,
            # not one more part (其中教育20亿元、卫生3亿元 of 支出20亿元 stays judged)
            return
        if any(t == total.id and set(key[1]) < set(ps) for (t, ps) in judged):
            return  # 准予2,118件，占86.1%；不予226件，占9.2%: the shares name two parts of a split already judged whole
        if _shares_say_overlap(folded, sents, total, parts, sure):
            return
        row = _judge(folded, total, parts, sure, sent)
        if row and key in declared:
            row["start"], row["end"] = declared[key]  # (the list and its declaration, not the whole stated far off)
        if row and row["verdict"] == schema.INCONSISTENT and (_gap_stated_before(folded, figs, total, parts)
                                                             or key not in declared and _other_total_fits(figs, total, parts)):
            return  # (基金支出1.74亿元，…由A、B和C三部分构成，分别为…: a whole the text declares is no guess beside 收入1.82亿元)
        if row and row["verdict"] == schema.INCONSISTENT and parallel_totals(folded, sents, total, parts[0]):
            return  # 136件人大代表建议中，主办…、协办…；176件政协提案中，主办…、协办…。从内容看，A…、B…、C…: a
            # classification after two totals told side by side may be of both — which one, the text does not say
        if row and row["verdict"] == schema.INCONSISTENT and _item_in_kindred_unit(folded, figs, total, parts):
            return  # 信访总量143件次…来访95件127人次；来信19件次；网上投诉29件次: an item counted in a kindred unit (件 of 件次)
            # stands among the parts — the list is one its sum cannot be read from, not a wrong one
        if row and row["verdict"] == schema.INCONSISTENT:
            again = _second_look(folded, sents, total, parts, sure, sent, key in declared)
            if again is not None:
                judged.add(key)
                out.extend(again)
                return
        if row:
            weak.discard(key)
            judged.add(key)
            out.append(row)
        elif not sure:
            weak.add(key)  # a short 其中 list may yet be closed by its shares (占…%, adding up to 100)

    splits, declared = _splits_and_spans(doc, figs)  # (find_splits keeps only addable splits)
    for total, parts, sure in splits:
        emit(total, parts, sure, parts[0].sent if parts else total.sent, known_addable=True)
    if "全部" in folded or "均已" in folded or "均按" in folded:
        for total, parts in _graded_after_all_done(doc, folded, sents):
            emit(total, parts, True, parts[0].sent)
    if "其中：\n" in folded or "其中:\n" in folded:
        for total, parts in _qizhong_lines(doc, folded, sents):
            emit(total, parts, False, parts[0].sent)
    if "包括" in folded or "由" in folded:
        for total, parts in _subject_includes(doc, folded, sents):
            emit(total, parts, None, parts[0].sent)
    # breakdowns announced by shares (按内容分：A 6件，占40%；B 5件，占33.3%…) with the whole stated before
    by_total: dict[str, list] = {}
    lists: dict[int, int] = {}
    for s in find_shares(doc, figs):
        if s.list_id >= 0 and s.part is not None:
            lists[s.list_id] = lists.get(s.list_id, 0) + 1
    for s in find_shares(doc, figs):
        if s.part is not None and s.total is not None and s.total.sent <= s.part.sent and not s.rate:
            # one breakdown is listed in one sentence: a share of the same total stated elsewhere (占本年支出合计的91.16%)
            # is another cut of it, not one more part
            # 本科学历29人，占70.7%；高级职称6人、一级17人、二级及以下18人，分别占…14.6%、41.5%和43.9%: shares listed
            # after one cue are one breakdown, a share stated on its own beside them another cut
            key = f"{s.total.id}@{s.part.sent}@{s.list_id if lists.get(s.list_id, 0) >= 2 else ''}"
            by_total.setdefault(key, [s.total, [], []])
            by_total[key][1].append(s.part)
            by_total[key][2].append(s.pct)
    for total, parts, pcts in by_total.values():
        if all(p.kind == "percent" and p.value is not None for p in pcts) and sum(p.value for p in pcts) > 101:
            continue  # (截至9月底和11月底累计支出分别为…，分别占年初预算的82.1%和96.0%: running totals, no split)
        # the shares adding up to 100 say the parts are the whole split; shares that do not fit part/total say the
        # pairing itself is wrong (151件 占62.7% is not of 268件): then only a sum that holds is reported
        sure = all(p.kind == "percent" for p in pcts) and _hundred(pcts)
        if not _shares_fit(total, parts, pcts, slack=1):
            sure = None
        parts = sorted(set(parts), key=lambda f: f.start)
        unshared = _unshared_items(folded, sents, total, parts, pcts)
        if unshared:
            # 28件中，A类19件、B类7件、C类2件，A类占67.9%，B类占25.0%: the shares name some items of the list, which
            # is the breakdown (reported only when it adds up: the list's own extent is not sure)
            emit(total, sorted(parts + unshared, key=lambda f: f.start), None, parts[0].sent)
            continue
        emit(total, parts, sure, parts[0].sent)
    # 今年完成7座，其余5座: done + remaining = the total stated before
    for g in _figs_where(doc, folded, sents, _HINT_REST):
        glabel = _clause_text(folded, g) if g.quantity else ""
        rest = _REST.search(glabel)
        if not rest:
            if _REST_NAMED.search(glabel):
                pair = _total_done_rest(folded, sents, g)
                if pair is not None:
                    emit(pair[0], [pair[1], g], True, g.sent)
                else:
                    _weak_rest(doc, folded, figs, sents, g, emit)
            continue
        # 其中维持39件、撤销11件，另有14件终止审理: 另有 may add what lies outside the total: reported only when it adds up
        r_sure = None if rest.group("other") else True
        before = [f for f in sents.get(g.sent, []) if f.end <= g.start and same_count_unit(f, g) and not is_reference(folded, f)]
        if not before:
            continue
        if len(before) >= 2:
            if re.search("、" if not rest.group("cat") else "[、；;]", folded[before[0].end:before[1].start]):
                # 城乡建设类113件、农业农村类71件…、其他40件 / 交通水利类21件，占36.2%；农业产业类15件；…其他9件: every
                # figure is an item of a classification (村镇建设及其他 is one more category); the total is elsewhere
                continue
            # 包案化解积案48件，已化解41件…；其余7件: the sentence states its own total first; of several groups
            # (排查一般隐患8,915项，已整改8,702项；排查重大隐患17项，已整改15项，其余2项) the nearest the rest completes
            fit = next((k for k in range(len(before) - 2, -1, -1)
                        if _sum(before[k + 1:] + [g]).overlaps(_sh_niv(before[k]))
                        and not (rest.group("cat") and _parallel_items(folded, before[k], before[k + 1]))), None)
            if fit is not None:
                emit(before[fit], before[fit + 1:] + [g], r_sure, g.sent)
            elif _parallel_items(folded, before[0], before[1]):
                # 按内容分，涉及教育的19件，医疗的7件，…，其他3件 / 教育方面19件，医疗方面7件，…: the first figure is an item
                # worded like the next, not their total (the classification's whole is stated elsewhere)
                continue
            elif _total_then_done(folded, before, g):
                # 共排查各类隐患1,530处；截至年底已整改1,468处，其余72处: the total alone in the ；-clause before, the done
                # and the rest after it
                emit(before[-2], before[-1:] + [g], r_sure, g.sent)
            elif not _SEMICOLON.search(folded[before[0].end:before[-1].start]) and not label_of(folded, before[0]).startswith("其中"):
                # (其中教师52名，卫生人员21名，其他12名: the first item of a 其中 list is no total of the rest)
                whole = _matching_earlier(doc, folded, figs, g.sent, before + [g], back=2)
                if whole is not None and not _sum(before[1:] + [g]).overlaps(_sh_niv(before[0])):
                    # 专项经费共计960万元。培训费210万元，设备购置费330万元，其余420万元: all the items make up the
                    # whole just stated, the first is one of them
                    emit(whole, before + [g], None, g.sent)
                    continue
                if _item_of_named_whole(doc, folded, before[0], before[1:] + [g]):
                    # 项目支出中，抽检经费623.5万元，装备购置412.0万元，其余1,342.9万元: items of a whole named before
                    continue
                emit(before[0], before[1:] + [g], r_sure, g.sent)
            continue
        if rest.group("other"):
            # 另有 after one figure: one more item as likely as the rest of a whole (参学党员598名…，另有14名…未能参学
            # with 全镇党员612名 stated before): reported only when the two add up to an earlier figure
            whole = _matching_earlier(doc, folded, figs, g.sent, before + [g])
            if whole is not None:
                emit(whole, before + [g], None, g.sent)
            continue
        goal = [f for f in sents.get(g.sent, []) if f.end <= g.start and same_count_unit(f, g) and is_target(folded, f)
                and not is_base(folded, f) and not in_plan(folded, doc, f)]
        if len(goal) == 1 and not rest.group("cat"):
            # 改造农村危房1,200户，年度目标1,500户，完成80%，剩余300户…结转下年: the rest of the target
            emit(goal[0], before + [g], True, g.sent)
            continue
        para = paragraph_start(folded, g.start)
        prior = [f for f in figs if para <= f.start and f.end <= before[0].start and same_count_unit(f, g) and f.sent >= g.sent - 2
                 and not in_plan(folded, doc, f)]
        if not prior and not rest.group("cat"):
            # 受理事项中已按期办结1,802件；其余44件正在办理 with the 1,846 received stated sections before: weak
            whole = _matching_earlier(doc, folded, figs, g.sent, before + [g])
            if whole is not None:
                emit(whole, before + [g], None, g.sent)
            continue
        if not prior or "、" in folded[prior[-1].end:before[0].start] or "、" in label_of(folded, prior[-1]):
            # …教育卫生类29件、社会管理类26件、其他12件: an item of the same list is not the total; the list's own total
            # (收集诉求428件，其中…其他68件。已办结419件…，其余9件) is, when done and rest add up to it
            got = _sum(before + [g])
            fit = [f for f in prior if got.bounded and got.overlaps(_sh_niv(f)) and not is_reference(folded, f)]
            if fit:
                emit(fit[-1], before + [g], None, g.sent)
            elif len(before) == 1 and (whole := _whole_by_rate(folded, figs, sents, before[0], g)) is not None:
                # 问题共31个…。已销号26个，销号率83.9%，其余6个…: the rate beside the done names the whole it is of
                emit(whole, before + [g], True, g.sent)
            continue
        got, want = _sum(before + [g]), _sh_niv(prior[-1])
        # 查处违法违规机构418家。对15家三级医院开展检查，整改率80%，其余3家…: the rest of a set the sentence states
        # itself, far from the earlier figure: a pairing that holds only if it adds up
        far = got.bounded and want.low is not None and (got.high < want.low / 2 or want.high is not None
                                                         and got.low > want.high * 2)
        emit(prior[-1], before + [g], None if far else True, g.sent)
    _done_and_open(doc, folded, sents, emit)
    return out


# 受理案件312件，审结296件，未结14件 / 收到诉求1,286件，已办结1,250件，正在办理38件: what is done and what is still open
# of a set stated right before make up the set
_OPEN_LEAD = re.compile(r"^(?:其中)?(?:尚|仍)?(?:未(?:办结|审结|结案|结|完成|整改|化解|落实|解决|销号)|正在(?:办理|整改|推进|处理|核查)"
                        r"|在办|仍在办理)[\u4e00-\u9fff]{0,4}$")
_DONE_PART_LEAD = re.compile(r"^(?:其中)?(?:已经|均已|已)?(?:办结|审结|结案|完成|整改|化解|落实|解决|销号|办理完毕)[\u4e00-\u9fff]{0,6}$")
_OPEN_HINT = re.compile(r"未(?:办结|审结|结案|结|完成|整改|化解|落实|解决|销号)|正在(?:办理|整改|推进|处理|核查)|在办")


def _whole_by_rate(folded: str, figs: list[Fig], sents: dict, done: Fig, rest: Fig) -> Fig | None:
    """已整改24个，整改完成率88.9%，其余…: the one figure of the paragraph before whose rate the done is (24 / 27)."""
    rate = next((f for f in sents.get(done.sent, []) if f.kind == "percent" and done.end <= f.start and f.end <= rest.start
                 and "率" in folded[clause_start(folded, f.start):f.start]), None)
    if rate is None or not rate.value or done.value is None:
        return None
    para = paragraph_start(folded, done.start)
    half = Decimal("0.5") / Decimal(10) ** (rate.decimals or 0)
    hits = [f for f in figs if para <= f.start and f.end <= done.start and same_count_unit(f, done) and f.value
            and not is_reference(folded, f) and abs(done.value * 100 / f.value - rate.value) <= half]
    return hits[-1] if len(hits) == 1 else None


def _done_and_open(doc, folded: str, sents: dict, emit) -> None:
    """A set, then in the next two clauses the part done (已办结…) and the part open (未结…, 正在办理…): done + open = set."""
    for g in _figs_where(doc, folded, sents, _OPEN_HINT, ("未", "正在", "在办")):
        if not g.quantity or not _OPEN_LEAD.match(_clause_text(folded, g)):
            continue
        sq = [f for f in sents.get(g.sent, ()) if f.quantity and f.end <= g.start]
        if len(sq) < 2:
            continue
        t, d = sq[-2], sq[-1]
        if not (same_count_unit(t, g) and same_count_unit(d, g)) or not _DONE_PART_LEAD.match(_clause_text(folded, d)):
            continue
        if clause_end(folded, t.end) + 1 != clause_start(folded, d.start) \
                or clause_end(folded, d.end) + 1 != clause_start(folded, g.start):
            continue  # (three clauses in a row)
        if t.norm is None or d.norm is None or not t.norm > d.norm or is_reference(folded, t) or in_plan(folded, doc, t):
            continue
        emit(t, [d, g], True if g.kind == "count" else None, g.sent)  # (money in no status may remain: weak)


_DONE_LEAD = re.compile(r"(?:已|均已|已经)[\u4e00-\u9fff]{0,4}$")
_GROUP_SEPS = "；;。！？!?\n"


def _total_then_done(folded: str, before: list[Fig], g: Fig) -> bool:
    """…共排查隐患1,530处；已整改1,468处，其余72处: the rest's ；-clause holds one amount, done (已…), and the ；-clause
    before it one, named as a whole (共, 累计, 全年…)."""
    t, d = before[-2], before[-1]
    g0 = clause_start(folded, g.start, _GROUP_SEPS)
    if clause_start(folded, d.start, _GROUP_SEPS) != g0 or not _DONE_LEAD.search(label_of(folded, d)):
        return False
    t0 = clause_start(folded, t.start, _GROUP_SEPS)
    if t0 == g0 or clause_end(folded, t.end, _GROUP_SEPS) + 1 != g0 or folded[g0 - 1] not in "；;":
        return False
    if len(before) > 2 and clause_start(folded, before[-3].start, _GROUP_SEPS) == t0:
        return False  # two amounts of the unit in the total's clause: which is the whole is not sure
    return bool(_TOTAL_WORDS.search(label_of(folded, t)))


# 项目支出中， / 其中， / 按用途分， opening the sentence: what follows are items of a whole named before
_ITEMS_LEAD = re.compile(r"[\u4e00-\u9fff]{1,8}?" + AMONG_ZHONG + r"[，,：:]|按[\u4e00-\u9fff]{1,6}(?:分|划分|看)[，,：:]|从[\u4e00-\u9fff]{1,6}看[，,：:]")
_TOTAL_WORDS = re.compile(r"共|总|全年|全部|合计|累计|全[市县区省镇乡]|[下拨安]排|到位|收入|支出|投入|实际")


def _item_of_named_whole(doc, folded: str, first: Fig, rest: list[Fig]) -> bool:
    """Is the first amount before a 其余 one more item rather than the total of the others: the sentence opens with a
    whole's name + 中 (项目支出中，…) or a cut (按用途分，…) and the first's label names no total (共, 全年, 支出…)?"""
    if _a_whole(folded, first):
        return False  # 从内容看，主办的29件提案中，A类12件，…，其他4件: the first names itself the whole
    s0 = doc.sentences[first.sent].start if first.sent >= 0 else clause_start(folded, first.start)
    lead = _ITEMS_LEAD.match(folded, s0)
    return bool(lead) and lead.end() <= first.start and not _TOTAL_WORDS.search(label_of(folded, first))


# the marks of a classified item: 涉及教育的 / 教育方面 / 教育类 / 教育领域
_ITEM_MARK = re.compile(r"(?:的|方面|类|领域|方向|板块|行业)$")
_ITEM_VERB = re.compile(r"^(?:涉及|反映|关于|属于|针对|有关)")


def _parallel_items(folded: str, a: Fig, b: Fig) -> bool:
    """Are a and b two items of one classification, worded alike (涉及A的12件，涉及B的9件 / A方面19件，B方面7件 /
    涉及A的19件，B的7件), rather than a total and its first part?"""
    la, lb = item_label(folded, a), item_label(folded, b)
    ma, mb = _ITEM_MARK.search(la), _ITEM_MARK.search(lb)
    if ma and mb and ma.group(0) == mb.group(0) != "的":
        return True  # (排查隐患的120处，已整改的100处: 的 alone may end a total and its status)
    va = _ITEM_VERB.match(la)
    return bool(va and (_ITEM_VERB.match(lb) or mb and la.endswith(mb.group(0))))


# the rest of a whole (其余5座); 另有 / 还有 with no noun before the number is the rest or one more item (weak)
# 市下达的 / 年初确定的…: a target set; …年度人工造林任务 / 的目标: its noun right after the figure
_TASK_SET_BEFORE = re.compile(r"下达的?|确定的?|提出的?|安排的?|计划")
_TASK_NOUN_AFTER = re.compile(r"(?:以上|以内|左右)?的?[\u4e00-\u9fff]{0,8}?(?:任务|目标|计划)")
# 另有随班就读残疾学生: one more kind named after the list — its last part when it completes the total
_OTHER_NAMED = re.compile(r"(?:另有|还有|此外还有)[\u4e00-\u9fff]{1,10}")
_REST = re.compile(r"(?<![及和与、])(?:其余|剩余|(?P<cat>其他|其它)|余下)$|^(?P<other>另有|还有|尚有)$")


# 目前剩余贫困户55户: the rest, named (weak: the done figure stands in the sentence before)
_REST_NAMED = re.compile(r"(?<![及和与、农村])剩余[\u4e00-\u9fff]{1,6}$")


_DONE_LABEL = re.compile(r"^(?:已|已经|累计已?|实际)(?:兑付|拨付|发放|使用|支出|支付|下达|到位|完成|整改|化解|办结)")
_TOTAL_LABEL = re.compile(r"共计|合计|总计|总额|共$|共有|共安排|共下达")


def _total_done_rest(folded: str, sents: dict, g: Fig) -> tuple[Fig, Fig] | None:
    """补贴资金共计1862万元，已兑付1540万元，剩余资金222万元: a total, what of it was done (已…), and the rest named
    (剩余资金), the three in one sentence and nothing else of the unit between → (total, done): the rest is total − done."""
    before = [f for f in sents.get(g.sent, []) if f.end <= g.start and same_count_unit(f, g)]
    if len(before) != 2 or not all(f.quantity and f.exact or f.kind == "money" for f in before):
        return None
    total, done = before
    if not _TOTAL_LABEL.search(_clause_text(folded, total)) or not _DONE_LABEL.match(_clause_text(folded, done)):
        return None
    if clause_start(folded, done.start) == clause_start(folded, total.start) or is_reference(folded, total):
        return None
    return total, done


def _weak_rest(doc, folded: str, figs: list[Fig], sents: dict, g: Fig, emit) -> None:
    """年初有贫困户96户…。…实际脱贫41户…。目前剩余贫困户55户: the rest and the last amount of the sentence before
    (what was done) → the earlier figure they add up to, if any (a weak pairing: reported only when it holds)."""
    if any(f.end <= g.start and same_count_unit(f, g) for f in sents.get(g.sent, [])):
        return
    para = paragraph_start(folded, g.start)
    prev = [f for f in sents.get(g.sent - 1, []) if f.start >= para and same_count_unit(f, g) and f.quantity
            and not is_reference(folded, f) and not in_plan(folded, doc, f)]
    if prev:
        whole = _matching_earlier(doc, folded, figs, g.sent, [prev[-1], g])
        if whole is not None and whole is not prev[-1]:
            emit(whole, [prev[-1], g], None, g.sent)


_RESPECTIVELY = re.compile(r"分别(?:为|是|有|达到|达|完成)")
_LIST_GAP = re.compile(r"[、，,和及与]|以及")
_LAST_AND = re.compile(r"(?<![涉普以危])(?:和|与|及)")  # 城市和农村 (涉及, 普及 are words)
_PERIOD_NAMES = re.compile(r"\d{4}年|上年|去年|同期|前年|比|较|季度|上半年|下半年|月")


def _respective_split(folded: str, sfigs: list[Fig], lo: int, hi: int) -> tuple[Fig, list[Fig], bool] | None:
    """Names A、B、C, then 分别为 x、y、z, after a total of the sentence → (total, [x, y, z], False) when the counts agree."""
    parts: list[Fig] = []
    at = hi
    for g in sfigs:
        if g.start < at:
            continue
        gap = folded[at:g.start]
        if not g.quantity or (parts and not _LIST_GAP.fullmatch(gap)) or (not parts and gap.strip()):
            break
        parts.append(g)
        at = g.end
    if len(parts) < 2 or not all(same_count_unit(parts[0], g) for g in parts):
        return None
    cs = clause_start(folded, lo)
    cs += max(folded.rfind("：", cs, lo), folded.rfind(":", cs, lo), cs - 1) - cs + 1  # a colon also opens the names
    names = folded[cs:lo]
    items = names.split("、")
    count = len(items) + (1 if _LAST_AND.search(items[-1], 1) else 0)
    if _PERIOD_NAMES.search(names) or count != len(parts):
        return None
    total = [g for g in sfigs if g.end <= cs and g.quantity and same_count_unit(g, parts[0]) and not is_reference(folded, g)
             and not is_per_unit(folded, g)]
    return (total[-1], parts, False) if total else None


_ITEM_PREFIX = re.compile(r"^(?:其中)?[：:，,]?")


def _whole_named(doc, folded: str, figs: list[Fig], si: int, unit_fig: Fig, name: str,
                 parts: list[Fig] = ()) -> Fig | None:
    """The one figure of the paragraph's last three sentences (or table rows) whose own item name is `name` (基本支出 →
    基本支出1263.85万元) — or, a name of an act and a noun that every part's name ends with (立案提案中，委员个人和联名提案
    187件，…，界别提案9件 after 立案216件), the figure the act alone names."""
    if len(name) < 3:
        return None
    s0 = doc.sentences[si].start
    para = paragraph_start(folded, s0)
    # (基本支出 628万元 占45.5% / 项目支出 784万元…: rows of a flattened table, each a paragraph of its own, lead to the line
    # that splits one of them: no sentence ends between)
    noun = _noun_of_parts(folded, parts)
    named = [g for g in figs if si - 3 <= g.sent < si and (para <= g.start or "。" not in folded[g.end:s0]) and g.quantity
             and same_count_unit(g, unit_fig) and not is_reference(folded, g)
             and any(_names_whole(_ITEM_PREFIX.sub("", lab).strip(" \u3000"), name, g.base_unit, noun)
                     for lab in (item_label(folded, g), label_of(folded, g)) if lab)]  # (审结、执结6015件: two acts)
    return named[0] if len(named) == 1 else None


def _noun_of_parts(folded: str, parts: list[Fig]) -> str:
    """The noun of two or three characters every part's item name ends with (…提案 / …提案 / 界别提案 → 提案), else ''."""
    labels = [item_label(folded, p) for p in parts]
    for k in (3, 2):
        tail = labels[0][-k:] if labels else ""
        if len(tail) == k and _HAN_ONLY.fullmatch(tail) and all(v.endswith(tail) and len(v) > k for v in labels):
            return tail
    return ""


def _names_whole(label: str, name: str, unit: str = "", noun: str = "") -> bool:
    """基本支出 / 基本支出 and 已支出 / 已支出资金 → True: the figure's item name is the whole's name, or all of it but
    a last word of one or two characters (资金, 款); a name of two characters only when the word left is the thing the
    unit counts (新收7,912件 / 新收案件中: 案件 of 件)."""
    if label == name:
        return True
    label = _WHOLE_LEAD.sub("", label)  # (全年实际支出 / 项目已支付 / 共兑付: the period, the project or 共 before the act)
    if len(label) == 2 and unit and len(name) == 4 and name.startswith(label) and name.endswith(unit) \
            and _HAN_ONLY.fullmatch(name):
        return True
    if len(label) >= 2 and noun and name in (label + noun, label + "的" + noun):
        # (立案 / 立案提案 with the parts all 提案, 审结、执结 / 审结、执结的案件 with the parts all 案件: the act names the
        # whole, the noun is what the parts are)
        return True
    return len(label) >= 3 and name.startswith(label) and len(name) - len(label) <= 2


_WHOLE_LEAD = re.compile(r"^(?:全年|当年|今年|本年|年度|项目|全[省市县区镇乡])?(?:共计|共)?")


def _core_named(name: str, label: str) -> bool:
    """Does a closing's name (全年实际支出) end with the noun of the total's label (实际支出)?"""
    core = re.sub(r"^(?:全年|当年|今年|本年|年度)", "", name)
    return len(core) >= 2 and len(label) >= 2 and (core in label or core.endswith(label[-4:]))


def _whole_of_previous_split(folded: str, found: list, si: int, unit_fig: Fig) -> Fig | None:
    """The total of a split found in the sentence just before (its parts there, its total anywhere before)."""
    for t, ps, sure in reversed(found):
        if ps and all(p.sent == si - 1 for p in ps) and same_count_unit(t, unit_fig) \
                and paragraph_start(folded, ps[0].start) == paragraph_start(folded, unit_fig.start) \
                and (sure is not None or _sum(ps).overlaps(_sh_niv(t))):  # a weak pairing once it holds
            return t
    return None


def _named_total(doc, folded: str, figs: list[Fig], sents: dict, si: int, parts: list[Fig],
                 name: str | None) -> tuple[Fig | None, bool | None]:
    """The total a classification splits, and whether the pairing is sure: the figure its heading names, else the
    previous sentence's figure whose verb the split repeats, else the one the parts add up to, else its only one.
    Several candidates none of which the parts add up to give a weak pairing (judged only when it holds)."""
    unit_fig = parts[0]
    para = paragraph_start(folded, doc.sentences[si].start)
    # (年初…定下的任务是：重点项目完成投资165亿元: the figure a target sentence sets is no whole of what was done)
    earlier = [g for g in figs if para <= g.start and si - 3 <= g.sent < si and same_count_unit(g, unit_fig)
               and not is_reference(folded, g) and not _DELTA.search(folded[doc.sentences[g.sent].start:g.start])
               and not _set_as_goal(doc, folded, g)]
    if name:
        named = [g for g in earlier if name in label_of(folded, g)]
        if not named:
            # 营业收入按行业分：… with 全年实现营业收入386.52亿元 in the section before: the name ends the figure's label
            # (医院按床位数分：… after 其中：医院35个 … 未定级医院9个: of several so named, the one named just so, else the
            # one the parts make up — not the last whose name merely ends so)
            named = [g for g in figs if si - 6 <= g.sent < si and same_count_unit(g, unit_fig) and not is_reference(folded, g)
                     and label_of(folded, g).endswith(name)]
            got = _sum(parts)
            named = ([g for g in named if _ITEM_LEAD.sub("", item_label(folded, g)).lstrip("：:") == name]  # (just so)
                     or [g for g in named if got.bounded and got.overlaps(_sh_niv(g))]  # (else the one they make up)
                     or named)[-1:]
        if not named:
            # 经审查立案152件。立案提案按内容分：…: the name opens with the verb that ends the figure's label
            named = [g for g in earlier if any(len(name) > k and _HAN_ONLY.fullmatch(v := label_of(folded, g)[-k:])
                                               and len(v) == k and name.startswith(v) for k in (2, 3))][-1:]
        # 一般公共预算收入12.5亿元，其中税收收入9.8亿元，非税收入2.7亿元。收入按级次分：…: an item of a 其中 list is not
        # the whole a later classification splits
        named = [g for g in named if not any(f.sent == g.sent and f.end <= g.start and folded.find("其中", f.end, g.start) >= 0
                                             for f in named)]
        return (named[-1], True) if named else (None, True)
    # 按经营单位所在地分，…。按消费类型分，…: a classification before this one is another cut of the same total
    k = si - 1
    while k > si - 3 and k >= 0 and _CLASSIFY.match(folded[doc.sentences[k].start:doc.sentences[k].end]):
        k -= 1
    prev = [g for g in earlier if g.sent == k]
    # 共受理案件18426件，审结16983件。按案件类型分，…分别审（执）结1246件…: the figure whose verb the split repeats
    sent = doc.sentences[si]
    words = _BRACKETED.sub("", folded[sent.start:sent.end])
    named = [g for g in prev if 2 <= len(v := label_of(folded, g)) <= 6 and _HAN_ONLY.fullmatch(v) and v in words]
    if named:
        return named[0], True
    # 共收到提案412件，经审查立案368件；不予立案的44件…。从提案者看，个人提案296件、集体提案72件: the parts name no
    # figure; the one they add up to is the whole they split
    got = _sum(parts)
    fit = [g for g in prev if got.bounded and got.overlaps(_sh_niv(g))]
    if fit:
        return fit[0], True
    # (改造老旧小区47个，惠及居民1.38万户。按改造内容分，基础类29个、…: of the counts the parts may be counted into, the one
    # in their own measure word)
    own = [g for g in prev if g.base_unit == unit_fig.base_unit] if len(prev) > 1 else prev
    return (own[0], True) if len(own) == 1 else ((prev[0], None) if prev else (None, True))


_ITEM_HEAD = re.compile(r"^.*?(?:其中|[，,、；;：:])")


def _named_subtotal(folded: str, figs: list[Fig], total: Fig, parts: list[Fig]) -> tuple[int, Fig] | None:
    """The first k parts whose names joined name a figure stated between the total and the list (优 + 良 → 优良天数)."""
    if len(parts) < 3:
        return None
    between = [g for g in figs if total.end <= g.start and g.end <= parts[0].start and same_count_unit(g, total)
               and not is_reference(folded, g)]
    if not between:
        return None
    names = [_ITEM_HEAD.sub("", _label(folded, p)) for p in parts]
    for k in range(len(parts) - 1, 1, -1):
        joined = "".join(names[:k])
        if not joined or len(joined) > 8:
            continue
        for g in between:
            if label_of(folded, g).endswith(joined) or re.search(re.escape(joined) + r"[\u4e00-\u9fff]{0,2}$", label_of(folded, g)):
                return k, g
    return None


def _named_subtotal_after(doc, folded: str, sents: dict, total: Fig, parts: list[Fig]) -> tuple[int, Fig] | None:
    """The first k parts (two or more, of a list of three or more) whose names joined name a figure stated after the list,
    in its sentence or the next (优 + 良 → 全年空气质量优良天数289天)."""
    if len(parts) < 3:
        return None
    si = parts[-1].sent
    if any(p.sent != si for p in parts):
        return None
    after = [g for g in sents.get(si, []) + sents.get(si + 1, []) if g.start > parts[-1].end and g.quantity
             and same_count_unit(g, total) and not is_reference(folded, g) and not in_plan(folded, doc, g)
             and not is_change(folded, g)]
    if not after:
        return None
    names = [_ITEM_HEAD.sub("", _label(folded, p)) for p in parts]
    for k in range(len(parts) - 1, 1, -1):
        if any(not v for v in names[:k]):
            continue
        # 优 + 良 → 优良; 优秀 + 良好 → 优良 (the first characters joined)
        for joined in {"".join(names[:k]), "".join(v[0] for v in names[:k])}:
            if len(joined) < 2 or len(joined) > 8:
                continue
            for g in after:
                if _names_at_end(label_of(folded, g), joined):
                    return k, g
    return None


# what may follow a subtotal's joined names at the end of its label (优良天数 / 优良合计为)
_SUBTOTAL_TAIL = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:合计|共计|共)?(?:为|达|达到|是)?")


def _names_at_end(label: str, joined: str) -> bool:
    """Does the label hold the joined names with at most _SUBTOTAL_TAIL after them (one pattern, not one per name)?"""
    i = label.find(joined)
    while i >= 0:
        if _SUBTOTAL_TAIL.fullmatch(label, i + len(joined)):
            return True
        i = label.find(joined, i + 1)
    return False


_DONE_RATE_TAIL = re.compile(r"(?:完成|办结|整改|解决)率(?:为|达|达到)?$")


def _status_total(doc, folded: str, figs: list[Fig], si: int, sfigs: list[Fig], done: Fig,
                  found: list = ()) -> tuple[Fig, bool | None] | None:
    """The set a status breakdown counts: the nearest earlier same-unit figure of the paragraph (up to three sentences
    back). Sure when the sentence's completion rate (整改完成率82.6%) is the done count over it, else weak."""
    para = paragraph_start(folded, done.start)
    # 年初确定的为民办实事项目12件，已完成11件…: the set may open the status sentence itself
    cands = [g for g in sfigs if g.end <= done.start and same_count_unit(g, done) and not is_reference(folded, g)
             and not in_plan(folded, doc, g)][-1:]
    cands = cands or [g for g in figs if para <= g.start and g.end <= doc.sentences[si].start and si - 3 <= g.sent < si
                      and same_count_unit(g, done) and not is_reference(folded, g) and not in_plan(folded, doc, g)
                      and not _DELTA.search(folded[doc.sentences[g.sent].start:g.start])]
    if not cands:
        return None
    total = cands[-1]
    # 共反馈问题126个。按类别分，…纪律建设方面25个。已完成整改108个…: the last item of a split is not the set; its whole is
    total = next((t for t, ps, _ in reversed(found) if total in ps and t.sent < si and same_count_unit(t, done)), total)
    if _sh_niv(total).below(_sh_niv(done)):
        return None
    for r in sfigs:
        if r.kind == "percent" and r.start > done.end and _DONE_RATE_TAIL.search(label_of(folded, r)):
            got, want = share_interval(done, total), _pct(r)
            return (total, True) if got is not None and want is not None and got.overlaps(want) else None
    return total, None


def _matching_earlier(doc, folded: str, figs: list[Fig], si: int, parts: list[Fig], name: str | None = None,
                      back: int = 8) -> Fig | None:
    """The nearest earlier figure (up to eight sentences back) that the parts add up to — a weak pairing for a
    split whose wording says it is complete but names no total; the caller reports it only when it holds."""
    got = _sum(parts)
    if not got.bounded:
        return None
    for g in reversed([g for g in figs if si - back <= g.sent < si]):
        if not g.quantity or not same_count_unit(g, parts[0]) or is_reference(folded, g) or in_plan(folded, doc, g):
            continue
        if name and name not in label_of(folded, g):
            continue
        if got.overlaps(_sh_niv(g)):
            return g
    return None


_TOTAL_SENT = re.compile(r"共|全年|总|合计|累计|全部")


def _earlier_total(doc, folded: str, figs: list[Fig], sents: dict, si: int, unit_fig: Fig) -> Fig | None:
    """The total a classification splits when its paragraph has none: the first same-unit figure of the nearest
    earlier sentence (up to six back) that speaks of a total (全年共发生事故37起)."""
    for k in range(si - 1, max(si - 7, -1), -1):
        cands = [g for g in sents.get(k, []) if same_count_unit(g, unit_fig) and not is_reference(folded, g)
                 and not in_plan(folded, doc, g) and not is_per_unit(folded, g)
                 and not _DELTA.search(folded[doc.sentences[k].start:g.start]) and not _set_as_goal(doc, folded, g)]
        if cands:
            s0 = doc.sentences[k].start
            return cands[0] if _TOTAL_SENT.search(folded[s0:cands[0].start]) else None
    return None


def _total_by_shares(doc, folded: str, figs: list[Fig], sfigs: list[Fig], si: int, parts: list[Fig]) -> Fig | None:
    """The whole of a list whose every part states its share (A 165件，占44.8%；B 142件，占38.6%): the nearest earlier
    figure (up to twelve sentences back) that the shares fit, one share of three or more allowed to miss."""
    if len(parts) < 2:
        return None
    # A类68件，占44.7%；B类59件，占38.8%；C类23件: the last part may go without its share
    pairs = [(p, q) for p in parts if (q := _stated_share(folded, sfigs, p)) is not None]
    if len(pairs) < 2 or len(pairs) < len(parts) - 1:
        return None
    sp, sq = [p for p, _ in pairs], [q for _, q in pairs]
    for g in reversed([g for g in figs if si - 12 <= g.sent < si]):
        if g.quantity and same_count_unit(g, parts[0]) and not is_reference(folded, g) and not in_plan(folded, doc, g) \
                and not is_per_unit(folded, g) and _shares_fit(g, sp, sq, slack=1):
            return g
    return None


_SHARE_LEAD = re.compile(r"^[，,]?(?:约)?占(?:比|比重)?(?:为|达)?$")


def _stated_share(folded: str, sfigs: list[Fig], p: Fig) -> Fig | None:
    """A类151件，占62.7%: the percentage stated right after a part, if any."""
    q = next((g for g in sfigs if g.start >= p.end), None)
    return q if q is not None and q.kind == "percent" and _SHARE_LEAD.match(folded[p.end:q.start]) else None


_OWN_SHARE = re.compile(r"^(?:约)?占(?:全部|全年|当年|本年)?[\u4e00-\u9fff]{0,10}?的?(?:比重|比例|比)?(?:为|达)?$")


def _own_share(folded: str, sfigs: list[Fig], p: Fig, parts: list[Fig]) -> Fig | None:
    """工业投资64.1亿元，占全部投资的42.0% / 民间投资98.3亿元，增长11.7%，占全部投资的64.4%: the share a part states
    before the next part, its whole named or not."""
    nxt = min((q.start for q in parts if q.start > p.end), default=None)
    for q in sfigs:
        if q.start < p.end or (nxt is not None and q.start >= nxt):
            continue
        if q.kind == "percent" and _OWN_SHARE.match(_clause_text(folded, q)):
            return q
    return None


def _shares_fit(total: Fig, parts: list[Fig], pcts: list[Fig], slack: int = 0) -> bool:
    """Does each stated share match its part over the total (within the rounding of both)? With slack 1, one share of
    three or more may miss (a wrong share is a share_of_total error, not a sign of another whole)."""
    misses = 0
    for part, pct in zip(parts, pcts):
        got, want = share_interval(part, total), _pct(pct)
        if got is None or want is None or not got.overlaps(want):
            misses += 1
    return misses == 0 or (slack and len(parts) >= 3 and misses <= slack)


def _shares_say_overlap(folded: str, sents: dict, total: Fig, parts: list[Fig], sure: bool | None) -> bool:
    """党员860名，其中35岁以下620名，占72.1%；大专以上380名，占44.2%；女性320名，占37.2%: every part states its share of
    the total, every share fits, yet together they pass 100%: groups that overlap, not a split. Under 100% in a plain
    其中 list (其中女性380名，占30.2%；大专以上560名，占44.4%) the fitting shares prove the total no slip: the list
    leaves some out. (A list the wording closes stays judged: 已全部办结。其中，已解决165件，占44.8%；… of 368.)"""
    shares = []
    for p in parts:  # (the first part without a share of its own ends the test)
        q = _stated_share(folded, sents.get(p.sent, ()), p) or _own_share(folded, sents.get(p.sent, ()), p, parts)
        if q is None or q.kind != "percent":
            return False
        shares.append(q)
    acc = _pct(shares[0])
    for q in shares[1:]:
        acc = acc + _pct(q)
    if acc.low is None or acc.high is None or acc.contains(Decimal(100)):
        return False
    # a classification's main classes: the rest at least half the smallest listed class (else a class is missing)
    main = _classes_listed(folded, parts[0]) and acc.high is not None and 2 * (100 - acc.high) >= min(
        _pct(q).low for q in shares)
    return (acc.low > 100 or sure is False or main) and _shares_fit(total, parts, shares)


# 从反映问题看，城乡建设类…占30.0%；劳动社保类…占20.0%: a classification whose main classes are listed, none 其他
_CLASS_LEAD = re.compile(r"\s*(?:从|按|分)[\u4e00-\u9fff]{1,8}(?:看|分|来看|划分)[，,：:]")
_CLASS_CLOSE = re.compile(r"其他|其它|其余|剩余|以外|全部|均|都")


def _classes_listed(folded: str, first: Fig) -> bool:
    """The parts follow a classification cue opening their sentence, which no 其他 or 全部 closes."""
    start = max(folded.rfind(c, 0, first.start) for c in "。！？\n") + 1
    end = folded.find("。", first.end)
    end = len(folded) if end < 0 else end
    return bool(_CLASS_LEAD.match(folded, start)) and not _CLASS_CLOSE.search(folded, start, end)


def _unshared_items(folded: str, sents: dict, total: Fig, parts: list[Fig], pcts: list[Fig]) -> list[Fig]:
    """Amounts of the parts' unit listed among the parts, before the last share, with no share of their own (C类2件 in
    A类19件、B类7件、C类2件，A类占67.9%，B类占25.0%); none inside a bracket or drawn out by 其中."""
    first, last = parts[0], max(q.start for q in pcts)
    return [g for g in sents.get(first.sent, ()) if first.start < g.start < last and g.quantity and g not in parts
            and g is not total and same_count_unit(g, first) and not is_reference(folded, g)
            and not item_label(folded, g).startswith("其中")
            and folded.rfind("（", first.start, g.start) <= folded.rfind("）", first.start, g.start)
            and folded.rfind("(", first.start, g.start) <= folded.rfind(")", first.start, g.start)]


def _hundred(pcts: list[Fig]) -> bool:
    acc = _pct(pcts[0])
    for p in pcts[1:]:
        acc = acc + _pct(p)
    return acc.contains(Decimal(100))


@per_figure  # (kept on the figure's record: asked for many times)
def _label(folded: str, f: Fig) -> str:
    """The text of a listed item before its figure, a colon also ending it (其中：中学 → 中学)."""
    lab = _clause_text(folded, f)
    return lab[max(lab.rfind("、"), lab.rfind("："), lab.rfind(":")) + 1:]


def _first_per_unit(figs: list[Fig]) -> list[Fig]:
    seen, out = set(), []
    for g in figs:
        if count_unit_key(g) not in seen:
            seen.add(count_unit_key(g))
            out.append(g)
    return out


_ASIDE_LEAD = re.compile(r"[（(](?:含|包含|包括|其中)")


def _in_aside(folded: str, g: Fig, at: int) -> bool:
    """Does g stand in a bracketed aside (（含…3件）) closed before `at`?"""
    o = max(folded.rfind("（", 0, g.start), folded.rfind("(", 0, g.start))
    if o < 0 or not _ASIDE_LEAD.match(folded, o) or max(folded.rfind("）", o, g.start), folded.rfind(")", o, g.start)) >= 0:
        return False
    close = [i for i in (folded.find("）", g.end, at), folded.find(")", g.end, at)) if i >= 0]
    return bool(close)


_SUBTOTAL_SHARE = re.compile(r"合计(?:占|所占)(?:比重|比例)?(?:为|达|达到)?(?:全[^，,；;。]{0,8}的)?(?P<p>\d+)(?:\.\d+)?[%％]")
_LIMIT_LABEL = re.compile(r"控制在|限额|上限|不超过")


def _limit(folded: str, g: Fig) -> bool:
    """A ceiling a figure is kept under (控制在省核定的限额51.2亿元以内)."""
    return g.qualifier in ("at_most", "less_than") and bool(_LIMIT_LABEL.search(_clause_text(folded, g)))


def _total_before(doc, folded: str, figs: list[Fig], sents: dict, si: int, at: int, unit_fig: Fig,
                  any_lead: bool = False) -> Fig | None:
    """The total a 其中 splits: the nearest same-unit figure before it, or the previous sentence's first."""
    for g in reversed([g for g in sents.get(si, []) if g.end <= at and same_count_unit(g, unit_fig)]):
        label = _clause_text(folded, g)
        if _FULL_MARK.search(folded, max(0, g.start - 6), g.start):
            continue  # 自评总分91.5分（满分100分），其中…: the score is split, not its full mark
        if _in_aside(folded, g, at):
            continue  # 承办提案35件（含重点提案3件），其中主办22件…: the aside qualifies the figure before it
        if _limit(folded, g):
            continue  # 债务余额48.6亿元，控制在省核定的限额51.2亿元以内，其中一般债务…: the ceiling is no whole split
        if is_target(folded, g) and not is_base(folded, g) and not folded[g.end:at].strip("，,：: "):
            return g  # 调整后全年预算数3,850万元，其中中央资金…: 其中 right after a budget splits the budget
        if g.end + 3 >= at and _net_split(folded, g, clause_end(folded, at, "。；;！？!?\n")):
            return g  # 较年初净增128家，其中新增入库171家、退库39家: the net change is split, not the level before it
        # 由上年的12家增至14家，其中…: the level reached is the total, the base before it is not
        if (_BASE_WORDS.search(label) and not _REACHED.search(label)) or is_reference(folded, g):
            continue
        return g
    if any_lead or folded[doc.sentences[si].start:at].strip("，,：: ") == "":
        para = paragraph_start(folded, at)
        # “三公”经费年初预算28.50万元，支出决算19.76万元…。其中…: a budget or base is not what the list splits
        prev = [g for g in sents.get(si - 1, []) if g.start >= para and same_count_unit(g, unit_fig) and not is_reference(folded, g)]
        if prev:
            return prev[0]
    return None


def _fitting_candidate(folded: str, sents: dict, total: Fig, parts: list[Fig], sure: bool | None) -> tuple[Fig, bool | None]:
    """A list opening its sentence splits a figure of the sentence before: of several there (共提出建议158件，交县政府
    办理152件。其中，主办件131件、协办件21件), the one the parts add up to; when none fits, the pairing is weak."""
    cands = [g for g in sents.get(total.sent, []) if g.start >= total.start and same_count_unit(g, total) and g.quantity
             and not is_reference(folded, g) and not is_per_unit(folded, g) and not _NESTED_DETAIL.search(_label(folded, g))]
    got = _sum(parts)
    if len(cands) < 2 or len(parts) < 2 or not got.bounded:
        return total, sure
    fit = [g for g in cands if got.overlaps(_sh_niv(g))]
    if fit:
        return fit[0], sure
    if all(g.norm == total.norm for g in cands):
        return cands[-1], sure  # 下达资金8640万元，实际支出8640万元。其中…: one amount stated twice, no other whole to choose
    # 问题金额3.72亿元，已整改3.41亿元。其中：上缴财政1.26亿元…（3.31）: none fits; after 其中： the nearest within a tenth
    # is the whole with a slip; otherwise the list may be a selection of any of them
    near = min(cands, key=lambda g: abs(_mid(got) - g.norm) / max(g.norm, Decimal(1)))
    if sure and abs(_mid(got) - near.norm) <= near.norm * Decimal("0.1"):
        return near, sure  # the colon says the list is whole: the candidate it misses by a slip
    return total, None


def _fitting_in_sentence(folded: str, sfigs: list[Fig], total: Fig, at: int, parts: list[Fig],
                         sure: bool | None) -> tuple[Fig, bool | None]:
    """Several amounts of one unit before 其中 in its sentence (受理1,328件，办结1,326件，办结率99.8%，其中…): the list
    splits the one its parts add up to. When none fits, the nearest stays the total, but only as a weak pairing when
    other figures (a rate, a change) stand between it and 其中."""
    if len(parts) < 2:
        return total, sure
    cands = [g for g in sfigs if g.end <= at and same_count_unit(g, total)]
    if len(cands) < 2:
        return total, sure
    got = _sum(parts)
    if not got.bounded or got.overlaps(_sh_niv(total)):
        return total, sure
    if any(is_target(folded, g) and not is_base(folded, g) and got.overlaps(_sh_niv(g)) for g in cands):
        return total, None  # 计划实施60个，实际完成58个，其中续建22个、新开工38个: the list may split the plan
    cands = [g for g in cands if not is_reference(folded, g) and not is_per_unit(folded, g)
             and not _NESTED_DETAIL.search(_label(folded, g)) and not _limit(folded, g)]
    if len(cands) < 2:
        return total, sure
    fit = [g for g in cands if got.overlaps(_sh_niv(g))]
    if fit and total not in fit:
        return fit[-1], sure
    if not fit and not sure and any(total.end <= g.start and g.end <= at and not _limit(folded, g) for g in sfigs):
        return total, None  # (the ceiling it is kept under, 控制在…限额51.2亿元以内, stands between and changes nothing)
    return total, sure


def _total_sentences_back(doc, folded: str, sents: dict, si: int, at: int, unit_fig: Fig) -> Fig | None:
    """A sentence opening with 其中 whose previous sentence has no figure of its unit: the first such figure of the
    nearest sentence before it in the paragraph (two or three back)."""
    if folded[doc.sentences[si].start:at].strip("，,：: ") != "":
        return None
    para = paragraph_start(folded, at)
    if any(g.start >= para and same_count_unit(g, unit_fig) for g in sents.get(si - 1, [])):
        return None
    for k in (si - 2, si - 3):
        cands = [g for g in sents.get(k, []) if g.start >= para and same_count_unit(g, unit_fig) and not is_reference(folded, g)]
        if cands:
            return cands[0]
    return None


# ---- a second look at a sum that fails: is the pairing itself wrong? ----
# a term a score or budget always takes off (扣分2分 / 减分项 / 调减预算80万元 / 核减)
_TAKEN_OFF = re.compile(r"扣分|减分|调减|核减|扣除|减去|剔除|扣减|减除")
# what left a stock in the year (注销180家 / 撤并10个 / 转出8家 / 复审未通过12家)
_OUTFLOW = re.compile(r"注销|退出|退库|退规|出库|关闭|撤并|撤销|取消|转出|调出|迁出|未通过|未复审|到期|吊销|淘汰|摘牌|减少|核销|清退|关停")
# what came in, or the stock the year opened with: with these beside an outflow the list is a stock's movement
_INFLOW = re.compile(r"新增|新建|新登记|新认定|新设|新纳入|纳入|新开|新发展|调入|迁入|转入|净增")
_OPENING = re.compile(r"年初|期初|上年末|上年底|原有|由上年")
_OPENING_BALANCE = re.compile(r"(?:年初|上年|期初)(?:结转|结余)")
_CLOSING_BALANCE = re.compile(r"(?:年末|期末)?(?:结转|结余)")
_PLAN_FIGURE = re.compile(r"预算|计划|目标|上年|去年")
# an item that is a plan or prior figure of a part (基本支出年初预算3,369万元 / 上年决算数…), not one more part
_PLAN_ITEM = re.compile(r"(?:预算|预算数|计划|计划数|目标|目标值|上年|去年|上年数|决算数)(?:为|是|达|安排)?$")
_OVERLAP_EXCESS = Decimal("1.05")
_CUT_GAP = re.compile(r"[；;，,]")
_FROM_TO = re.compile(r"[^，,；;。]{0,3}?(?:调至|调整为|调整到|增至|增加到|减至|减少到|降至|下降到|提高到|上升到|变为|至|到)")
# a list that says it names only some (主要包括… / 主要用于… / 如… / …等 / 其余为…)
_SOME_LEAD = re.compile(r"主要(?!领导|负责)|重点(?:是|有|包括|用于)|例如|比如|诸如|(?<![例比诸])如(?![期实何果今下此])")
_SOME_TAIL = re.compile(r"^[\u4e00-\u9fff]{0,4}等|^[^。；;]{0,12}(?:其余|其他|其它)(?:为|是|均为|用于)")


def _rejudge(folded: str, total: Fig, parts: list[Fig], sure, sent: int, minus: list[Fig] | None = None) -> dict | None:
    if len(parts) < 2 and not minus:
        return None
    return _judge(folded, total, parts, sure, sent, minus if minus is not None else [])


def _second_look(folded: str, sents: dict, total: Fig, parts: list[Fig], sure, sent: int,
                 declared: bool = False) -> list[dict] | None:
    """A sum that fails is looked at again before it is called an error: the rows to report instead (empty: none),
    or None to keep the failing row. Ways a pairing goes wrong: the whole is last year's (与上年决算数…相比); an
    item is a plan figure of a part already listed (基本支出年初预算…); a term is taken off, not added (扣分2分, 调减80万元,
    注销18个 beside 新增/年初); the list holds two cuts of one whole (按类型分…；按地域分…); the list says it names only
    some (主要包括…等); people are counted under attributes that overlap (女性 / 党员 / 连任)."""
    want = _sh_niv(total)
    # 民间投资9.8亿元（与产业投资有交叉）: the text itself says the items overlap — more than the total is no error
    stop = folded.find("。", parts[-1].end, parts[-1].end + 40)
    lo_note, hi_note = min(total.end, parts[0].start), stop if stop > 0 else parts[-1].end + 40
    if _OVERLAP_NOTE.search(folded, lo_note, hi_note):
        return []
    # 播种38万亩，其中…、其他0.5万亩（包括间套种）/ （含复种）/ （有重复统计）: land sown twice or a unit counted under two
    # items — parts over the whole are what the note explains
    if _sum(parts).low > want.high and _COUNTED_TWICE.search(folded, lo_note, hi_note):
        return []
    # 满分90分，实得89.3分；…指标10分，得9.7分；总分99.0分: weights and the points earned alternate; the total adds the
    # earned ones only
    if total.base_unit == "分":
        earned = [p for p in parts if _EARNED.search(folded, max(0, p.start - 4), p.start)]
        if earned and len(earned) * 2 == len(parts):
            row = _rejudge(folded, total, earned, sure, sent) if len(earned) >= 2 else None
            return [row] if row else []
    # 其中乡镇问题186个、已整改178个，部门问题126个、已整改118个: two series interleaved (found / done), not four parts
    if len(parts) >= 4 and len(parts) % 2 == 0:
        heads = [item_label(folded, p) for p in parts]
        odd, even = heads[0::2], heads[1::2]
        lead = _SERIES_HEAD.match(even[0])
        if lead and all(h.startswith(lead.group(0)) for h in even) and not any(h.startswith(lead.group(0)) for h in odd):
            for series in (parts[1::2], parts[0::2]):
                if _sum(series).overlaps(want):
                    row = _rejudge(folded, total, series, True, sent)
                    return [row] if row else []
            if lead.group(0) in label_of(folded, total):
                row = _rejudge(folded, total, parts[1::2], True, sent)  # (已整改296个 names the second series)
                return [row] if row else []
            return []
    # 发现问题312个。…已整改296个，其中乡镇问题186个，部门问题126个: the list adds up exactly to another figure stated
    # before it (in the total's sentence or the one before) — that one is its whole; no error is called
    got = _sum(parts)
    # (not when the text declares the whole the list makes up: 基金支出1.74亿元，…由A、B和C三部分构成，分别为…)
    if got.bounded and not declared and total.end <= parts[0].start and any(g.quantity and g is not total and g not in parts and g.base_unit == total.base_unit
                           and total.sent - 1 <= g.sent and g.end <= total.start and same_count_unit(g, total)
                           and not _SET_AHEAD.search(_clause_text(folded, g))  # (年度计划40公里: no whole done)
                           and got.overlaps(_sh_niv(g)) for s in (total.sent - 1, total.sent, sent)
                           for g in sents.get(s, [])):
        return []
    # 预算调减40万元（由800万元调至760万元）: a value before and after, not parts
    if len(parts) == 2 and _FROM_TO.fullmatch(folded, parts[0].end, parts[1].start):
        return []
    # the whole is a prior-period value (与上年决算数5,910万元相比…。按功能分类，…): not this year's breakdown
    if (is_base(folded, total) or _BASE_WORDS.search(_clause_text(folded, total))) \
            and not _net_split(folded, total, parts[-1].end):
        return []
    # a plan or prior figure among the items (基本支出年初预算3,369万元) under a whole that is neither
    if not _PLAN_FIGURE.search(label_of(folded, total)):
        kept = [p for p in parts if not _PLAN_ITEM.search(item_label(folded, p))]
        if len(kept) < len(parts):
            if len(kept) < 2:
                return []
            row = _rejudge(folded, total, kept, sure, sent)
            return [row] if row else []
    # terms taken off: deductions always; outflows when the list is a stock's movement (inflow or opening stock)
    sfigs = sents.get(total.sent, []) if total.sent == sent else sents.get(total.sent, []) + sents.get(sent, [])
    lo, hi = min(f.start for f in parts + [total]), max(f.end for f in parts + [total])
    extra = [g for g in sfigs if lo <= g.start < hi and g is not total and g not in parts and g.quantity
             and same_count_unit(g, total) and _TAKEN_OFF.search(item_label(folded, g))]
    hard = [p for p in parts + extra if _TAKEN_OFF.search(item_label(folded, p))]
    flows = [p for p in parts if p not in hard and _OUTFLOW.search(item_label(folded, p))]
    plus = [p for p in parts if p not in hard and p not in flows]
    moving = bool(flows) and any(_INFLOW.search(item_label(folded, p)) or _OPENING.search(_clause_text(folded, p))
                                 for p in plus)
    net = bool(_NET_CHANGE.search(folded, max(0, total.start - 4), total.start))  # (比上年末净增3200户: no opening stock)
    if flows and not hard and not net and _OPENING.search(_clause_text(folded, total)):
        return None  # 年初有贫困户3,260户，年内退出2,860户，剩余500户: what left and what is left make up the opening stock
    if hard or flows:
        if flows and not moving:
            return None  # 设立登记…、注销登记… among kinds of business: parts, and the list is no stock's movement
        allp = sorted(parts + extra, key=lambda f: f.start)
        minus = hard + flows
        if not plus:
            return []
        row = _judge(folded, total, allp, True, sent, minus)
        return [row] if row else []
    # the balance a year opened with (年初结转和结余156万元，本年收入…，本年支出…，年末结转和结余206万元)
    if any(_CLOSING_BALANCE.search(item_label(folded, p)) for p in parts):
        opening = [g for g in sents.get(total.sent, []) if g.end <= total.start and g not in parts and same_count_unit(g, total)
                   and _OPENING_BALANCE.search(label_of(folded, g))]
        if opening:
            o = opening[-1]
            row = _judge(folded, total, [o] + parts, True, sent, [o])
            return [row] if row else []
    # two cuts of one whole: groups of items between ，/； each adding up on its own
    groups: list[list[Fig]] = [[parts[0]]]
    for a, b in zip(parts, parts[1:]):
        if _CUT_GAP.search(folded, a.end, b.start):
            groups.append([b])
        else:
            groups[-1].append(b)
    big = [g for g in groups if len(g) >= 2]
    if len(groups) >= 2 and big and any(_sum(g).overlaps(want) for g in big):
        rows = []
        for g in big:
            fits = _sum(g).overlaps(want)
            row = _judge(folded, total, g, True if fits else False, sent)
            if row:
                rows.append(row)
        return rows
    got = _sum(parts)
    # 收到建议186件，其中代表个人建议171件，代表团建议15件，…经审查，交办建议172件，作为参阅件处理的9件: the list runs past its whole into
    # another breakdown — its first items make the whole exactly, then a clause that is no item of the list (经审查，)
    # parts them from two or more others. A whole of three significant digits or more stated before its list, made
    # exactly by the list's first items, is that breakdown too, whatever follows (受理109件，其中新收99件，旧存10件，结案93件 /
    # 提案115件，其中会议期间114件，闭会期间1件，社情民意5件): on the real excerpts read so far every such list ran on into
    # another measure, and a prefix rarely makes a whole of that many digits by chance. (A coarse whole is left to the whole
    # list: 造林3.6万亩，其中…2.4万亩、…1.1万亩、…0.5万亩 — a prefix of one or two digits fits by chance, and one item more is as
    # often a part the total left out.)
    if got.low is not None and want.high is not None and got.low > want.high and len(parts) >= 3:
        for k in range(2, len(parts)):
            gap = folded[parts[k - 1].end:parts[k].start]
            if _sum(parts[:k]).overlaps(want) and (len(_LIST_BREAK.findall(gap)) >= 2 or "）" in gap or ")" in gap
                                                   or _breakdown_made(folded, total, parts, k)):
                row = _rejudge(folded, total, parts[:k], True, sent)
                return [row] if row else []
    # a list that names only some of its whole
    # (the words that open the list: from the total, or the start of the list's sentence when the total is far back)
    own = max(folded.rfind("。", 0, parts[0].start), folded.rfind("\n", 0, parts[0].start)) + 1
    lead = folded[max(clause_start(folded, parts[0].start) - 1, 0):parts[0].start] if total.end > parts[0].start \
        else folded[max(total.end, own):parts[0].start]
    if got.high is not None and want.low is not None and got.high < want.low and (
            _SOME_LEAD.search(lead) or _SOME_TAIL.search(folded, parts[-1].end, parts[-1].end + 16)):
        return []
    # 从代表结构看，基层代表112名…；女代表47名: one part cut by an attribute of people (gender, party, age…) the others
    # are not — the list describes the whole several ways, it does not split it
    dims = set(_dims(folded, parts))
    if len(dims) > 1 and any(d is not None for d in dims):
        return []
    # people under attributes that can overlap (其中女性…、党员…、连任…): more than the whole is no error unless a slip
    # (an overlap shows as a large excess: a list of exact counts over its total by a twentieth or more, not closed by
    # 其余… and not the tiers of government; a small excess is a slip)
    if (count_unit_key(total) == "人" or count_unit_key(total) == "人次" and all(
            _PEOPLE_GROUP.search(item_label(folded, p)) for p in parts)) and got.low is not None and want.high is not None \
            and got.low > want.high * _OVERLAP_EXCESS and total.exact and all(p.exact for p in parts) \
            and "其中" in folded[total.end:parts[0].start] and not _cause(total, parts, want) \
            and not _CATCH_ALL.search(item_label(folded, parts[-1])) and not _levels_down(folded, parts):
        return []
    return None


# (two of them between two items: a clause between, no item of the list; a bracket closing there ends a list inside it —
# 收入7.71亿元，其中：税收收入5.93亿元、非税收入1.78亿元）、上级补助收入21.64亿元…, its opening lost in a copy)
_LIST_BREAK = re.compile(r"[，,；;]")


def _item_in_kindred_unit(folded: str, figs: list[Fig], total: Fig, parts: list[Fig]) -> bool:
    """Is there, among the parts (between the first and the last, or between the total and the first when the total
    leads), a count in a kindred measure word of the total's (件 / 件次, 人 / 人次, 户 / 户次) that is no part — an item
    the sum leaves out for its unit, so that the parts fall short of the whole for that reason alone?"""
    unit = total.base_unit
    if total.kind != "count" or not unit or _sum(parts).high is None or _sh_niv(total).low is None \
            or _sum(parts).high >= _sh_niv(total).low:
        return False
    lo = min(total.end, parts[0].start) if total.end <= parts[0].start else parts[0].start
    hi = parts[-1].start
    kin = {unit + "次", unit[:-1]} if unit.endswith("次") else {unit + "次"}
    return any(lo <= g.start < hi and g.kind == "count" and g.quantity and g.base_unit in kin and g not in parts
               and not _bracket_depth(folded, lo, g.start) for g in figs)


def _breakdown_made(folded: str, total: Fig, parts: list[Fig], k: int) -> bool:
    """Do a 其中 list's first k items make its whole — stated before them, of three significant digits or more — and
    the next item name another kind than the item before it (…旧存案件10件，结案数为93件; …闭会期间收到1件，社情民意5件)?
    (一审案件…，二审案件…，再审案件43件: one more of the same kind is as likely a part the total left out.)"""
    if total.end > parts[0].start or len(sig_digit_run(abs(total.norm))) < 3:
        return False
    return _tail_len(_strip_lead(item_label(folded, parts[k - 1])), _strip_lead(item_label(folded, parts[k]))) < 2
_OVERLAP_NOTE = re.compile(r"交叉|重叠|不可简单相加|不宜相加")
_COUNTED_TWICE = re.compile(r"间套|套种|套作|间作|复种(?!指数)|(?<![免止绝无不除])重复(?:统计|计算|计入|计数)|兼有")
# (避免重复统计, 剔除重复计算: the text says nothing is counted twice)
_EARNED = re.compile(r"得(?:分)?(?:为)?$")
_SERIES_HEAD = re.compile(r"^(?:已经|已|未|尚未)[\u4e00-\u9fff]{1,3}")


def _whole_by_head(doc, folded: str, figs: list[Fig], si: int, parts: list[Fig], lead: str) -> Fig | None:
    """The whole of a classification closed by a catch-all: the items' common head noun (问题 of 预算管理问题…其他问题),
    named by the lead (从问题类别看) and ending the label of exactly one earlier figure of the unit in the report's
    last ten sentences (反映问题68个) — not a part, a plan or a reference."""
    head = _common_head([item_label(folded, p) for p in parts])
    head = head[-2:] if len(head) >= 2 else ""
    if not head or head not in lead:
        return None
    cands = [g for g in figs if si - 10 <= g.sent < si and g.sent >= 0 and g.quantity and same_count_unit(g, parts[0])
             and label_of(folded, g).endswith(head) and not is_reference(folded, g) and not in_plan(folded, doc, g)
             and not is_base(folded, g) and not _CATCH_ALL.search(label_of(folded, g))]
    return cands[0] if len({g.value for g in cands}) == 1 else None


def _common_head(names: list[str]) -> str:
    """The noun every item ends with (教育支出、社会保障和就业支出…、其他各项支出 → 支出)."""
    head = names[0]
    for n in names[1:]:
        k = 0
        while k < len(head) and k < len(n) and head[-1 - k] == n[-1 - k]:
            k += 1
        head = head[len(head) - k:]
    return head


_OWN_WORDS = re.compile(r"[（(\d]")  # (the words of a figure's own: after a bracket or another figure)


def _slip_whole(doc, folded: str, figs: list[Fig], si: int, parts: list[Fig]) -> Fig | None:
    """按功能分类，教育支出…，…，其他各项支出11.32亿元 with the whole sections back (一般公共预算支出决算24.67亿元): a
    classification closed by its rest, no figure it adds up to, and one earlier figure named by the items' common
    noun (支出) — not a prior, plan or sub-scope value — that the sum misses by a slip (one digit, two swapped)."""
    head = _common_head([_ITEM_LEAD.sub("", item_label(folded, p)) for p in parts])
    # 共承办代表建议42件。…从内容看，市容环卫类16件，…，其他5件: items with no common noun take the nearest earlier
    # figure named as a whole (共 / 全年 / 总…)
    whole_word = _TOTAL_SENT if len(head) < 2 else None
    for g in reversed([g for g in figs if si - 8 <= g.sent < si]):
        if not g.quantity or not same_count_unit(g, parts[0]) or is_reference(folded, g) or in_plan(folded, doc, g):
            continue
        lab = _clause_text(folded, g)
        if (whole_word.search(_OWN_WORDS.split(lab)[-1]) is None if whole_word else head not in lab) or _BASE_WORDS.search(lab) \
                or _SUB_SCOPE.search(lab) or _PLAN_ITEM.search(lab) or is_base(folded, g) or is_per_unit(folded, g):
            continue
        return g if _cause(g, parts, _sh_niv(g)).startswith(("one digit", "two digits")) else None
    return None
