"""Cumulative and new: "累计认定…83家，2014年新增5家" — the new cannot exceed the cumulative, and
last year's cumulative plus this year's new must give this year's cumulative when all three are stated.

The previous level may sit in brackets (累计达到318个（上年末为202个）), in the sentence before (截至上年末，累计…),
before the change (比上年末的294家净增18家) or be the earlier sessions' count (此前历次会议共办理…). Only a cumulative
(累计), or a stock in a text that names nothing leaving it (注销, 净增, 余额…), must give previous + new = current.
A stock with both flows stated gives previous + new − removed = current (上年末312个，新登记28个，注销9个，年末为331个), and
a net change gives previous ± change = current (比上年末净减0.42万人（上年末52.78万人）). A cumulative over a period that
includes the year (“十五”期间累计…, …以来累计…) bounds the year's flow even paragraphs apart; a total for part of the
year (截至6月底累计…, 自10月以来累计…, 上半年…) never bounds a full-year flow. New above a stock is an error only when the
text names no outflow around the pair (退会, 注销, 流失, 调出…). 名 counts with 人, 家 with 户 (common.same_count_unit).
Also: a stock risen from last year's level (总数由上年的5862个增加到6415个，年内新增563个), the earlier count before a cumulative
stated after the new (此前已累计问责23人，本次新问责8人，累计问责达到33人), last year's cumulative as the previous level (上年累计
建成42万亩), a stock beside its previous year-end level with both flows a few sentences on (reported only when it holds),
and the year's amount followed by a bare running total (全年改造46所，累计达到213所), a holding named by its total
(馆藏档案总量达到…, reported only when it holds), a part of the period drawn out by 其中 (…2.35亿元，其中一季度…), and a
running total since a start or at this year's end named by its verb alone with the year's flow in the sentence before
(全年立案…217件。党的十八大以来，全县累计立案1,134件).
Round 19: previous + new = current in any order around the year's flow (2014年底累计减贫1.86万人，2015年减贫0.72万人，
累计减贫达到2.68万人; an undated earlier total naming the same thing before the flow), last year-end's total sections back
with its flow beside it or beside the current total (reported at the current total), a running total since a start against
the year's count named by its act and thing paragraphs before (reported only when it holds), a net rise right after its
stock, and a class of a 按…分 breakdown (新开工项目…) that is no flow.
Round 20: previous, new (新增/净增) and current in three clauses in a row of one sentence (people too; a bare 年末为 closes
it), a rise 由…增加到… one or two sentences after the year's new that names the same thing, the term's running total
(本届…累计) against the session's count the report opens with (plus last term-end's level when stated), a debt balance
rolled forward (上年末余额 + 新增债券 − 偿还 = 年末余额, the new bonds stated in another section); two flows in between a
level and its previous leave the pair alone, and a flow of another class of firm (专精特新 vs 规模以上) fills no stock.
Round 20 (correct reports): a plan or a project's whole (年度计划新建…, 计划总投资…) is neither flow nor stock — the actual
after it (实际建成…) is the flow; two running totals of one thing around a new in one ；-clause group (截至巡察时累计…，
整改期内新增…，累计达到…) are the level before and after it.
Round 21: previous + new = current checked wherever the three are stated — one sentence, two, or sections apart
(上年末/去年底/截至上年底/年初/由X…, 今年新增/当年新建/新发行/比上年末增加…, 年末…/目前…总数/累计…/增加到Y) — when they
name one thing and previous + new lies within a tenth of the level; the chain replaces the flow's new ≤ cumulative rows
(_stated_chains). Nearest chains first, one flow per pair of levels (a flow restated in a closing summary is no second
flow); a part of the flow (其中…新增) is no flow; people, firms and registers keep the bounds of _running_total.
Round 24: the year's flow named by its verb under the year's marker (全年完成…612台 / 2025年实施…) chains a running total
(累计…) sections apart; a flow of another thing or act between the levels (引进手术机器人1台, 全年表彰…) blocks a chain only
when it names the level's head noun (and a weak, verb-only flow never blocks a 新增); the chain replaces the level's
new ≤ cumulative rows with any other flow; an outflow named by the verb after its figure (13名…予以解聘 / 38家…被注销) is taken
off, the level reached possibly opening the next sentence; an amount inside a name (收入超过10万元的村) is no figure of a
chain; three figures named alike in four characters or more are held past a tenth of the level (9 + 4 stated 11); 12月底
is the year's end; 高新 / 创新 / 更新 name no flow; outflow words sections away from both the flow and the level (防止资产
流失) say nothing of the stock; a part's level with its own change right after it (其中高速公路4286公里，比上年末的3924公里
增加362公里) is that change's level, not the whole's. The year's new above a level named in the same words (four
characters or more), sections apart, is an error unless an outflow is stated beside either (_new_above_level); a level
held only by a bare new ≤ cumulative row with another thing's flow (新建校内实训基地2个，现有校外实践教学基地46个) is paired
with the flow of its own thing instead. A year's amount then a bare running total opened by its span (五年来累计达到 / 至此
累计) bounds it; a pairing that judged nothing (全省新增320个 vs 我县累计46个) leaves the level to its own flow. A balance
rolled on (滚存结余) is a running total of the year's 结余; the year's work of several kinds chains by its new part (全年完成
4.2万亩，其中新建3.1万亩 … 累计建成35.7万亩). A part of the year above the whole year's figure named in the same words,
sentences apart (上半年受理投诉举报3,120件 … 全年受理投诉举报2,847件), is an error (_part_above_year).
Round 24 review: a level of a kind of the flow's thing (省级示范家庭农场, 在建5G基站) is no bound of the year's new; a flow
by its verb alone naming a kind of the level's thing (全年培训新型职业农民 / 累计培训农民) chains nothing; a level takes
the nearest flow named alike; a part of the year compared with last year (上年同期) or of another place than the report's
(上半年全省…) says nothing of the year; a running total since an act of unknown date (专项行动开展以来) bounds nothing.
Round 27 (probe8, written blind): the rise named right after it with words the level's name holds (备案入库数由…增至…，
全年新增入库73家: the rise itself, held to previous + new; not for people, nor a kind of the thing: 新增示范社); 新增 with only
an act of taking in after it (新增入选 / 新增登记 / 新增入库) counts the thing the clause before names; a 保有量 is a level
(…保有量达到1.86万辆 a sentence after 全年新增推广应用新能源汽车2.3万辆); the year's grants (…授权) fill the stock in force
(有效…) named alike sections apart, applications (…申请) do not; the whole year named in short right after its half
(上半年新增失业保险参保人员…，全年新增参保…: the same act, the last words, a modifier left out); a net change's previous
level opening the next sentence (较上年末增加6.2万人。上年末全县持卡人数为21.8万人); a task set (下达…任务, 目标) is no second
flow between a chain's levels, nor a goal quoted before 年度目标 a flow.
Round 28 (real reports): projects new and carried on (新开工和续建…共) are no flow of new; N个项目已开工 (figure, noun, 已 and
a verb) counts those of a set at a status, never a level.
Speed: pairs of levels found by bisection on their values, _chain_fits once per pair; a flow asked only of the levels
near it or indexed under its name's runs (_stated_chains), of stocks kept per unit (_stock_named_before), of the
figures after its name's uses (_after_uses): on long texts (benchmarks/bench_long.py) about n^1.7, was n^2.3.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from decimal import Decimal
from difflib import SequenceMatcher

from .. import schema
from .common import (in_order, bigrams, slipped, tail_shared, CJK_CHAR, CLAUSE_SEP, SENT_SEP, Fig, cached, per_figure, clause_end, clause_start, figs_of, in_plan, is_change, is_per_unit, is_reference,
                     is_sub_period, is_target, item_label, label_of, paragraph_start, result, same_count_unit, same_unit, sentences_with,
                     figs_by_sentence)
from .common import ANY_DIGIT, _PLAN as _PLAN_WORD, _PLAN_HEADING, plan_heading, sentence_bounds
from .intervals import fmt_interval

_NEW_VERBS = r"新增加|新增|新建|新制定|新修订|新出台|新建立|新成立|新组建|新问责|新处分|新立案|新吸纳|新吸收|新聘|新批|新登记|新注册|新认定|新培育|新引进|新签约|新发展|新创建|新获批|新设立|新开工|新招录|新招聘|新录用|新发现"
_NEW = re.compile(rf"(?:^|[^重])(?:{_NEW_VERBS})"
                  r"|^(?:其中)?(?:(?:19|20)\d\d年|当年|今年|年内|本年度|本学年|本年|全年)(?:新(?!冠)|发行|认定|批准|建成)|^(?:其中)?(?:当期|本期)"
                  # 专职队伍中今年新招录8名: the year marker right before 新 names a flow wherever the clause starts
                  r"|(?:(?:19|20)\d\d年|当年|今年|本年度|本学年|本年)新(?!冠)"
                  # 累计编报…46期，其中今年编报52期: this year's share of a cumulative, whatever the verb
                  r"|^其中(?:(?:19|20)\d\d年|当年|今年|本年|年内)")
# …以来累计培训审计人员1,260人次，今年培训人员286人次: a clause opening with this year is its flow, paired only with a
# figure worded as a stock (开工建设860套，当年竣工412套 counts other things)
_THIS_YEAR = re.compile(r"^(?:当年|今年|本年)(?!以来)")
# a flow of the period named by its verb (全年发放个人住房贷款6,215笔, 全年接收进馆档案4,326卷, 共排查各类隐患1,846项)
_FLOW = re.compile(r"全年|当年|今年|本年|年内|新增|新|接收|发放|(?<![公总])共")
_STOCK_NOUN = re.compile(r"(?:以来|至今)?(?:累计|总计)(?:已)?")
_STOCK = re.compile(r"累计|总数|总量|总藏|共有|现有|实有|拥有|目前|截至|截止|达到|总计|保有")
# 截至年末累计建设筹集 / 全县累计完成: a running total of verbs only, no noun of its own
_BARE_CUMULATIVE = re.compile(r"(?:截至|截止)?(?:年末|年底|目前|本年末|[^，,；;。]{0,8}?底)?[，,]?(?P<scope>全[省市县区镇乡])?累计(?:已)?"
                              r"(?:建设|建成|筹集|完成|改造|新建|实施|开工|竣工|认定|创建|培训|发放|治理|修建|办理|达到|"
                              r"开通|接入|挂牌|组建|设立|成立|入驻|备案){1,2}")
# (学校原有市级骨干教师14人: the level had before the year's new ones)
_PREVIOUS = re.compile(r"上年底|上年末|去年底|去年末|年初|(?:19|20)\d\d年[底末]|^(?:截至)?(?:上年|去年)(?:已)?累计|原有")
_SCOPE = re.compile(r"全(?:国|省|市|县|区|州|盟|旗|镇|乡)")
_EARLIER = re.compile(r"^(?:此前|以前|之前|往年|上届)")
_FROM_PREVIOUS = re.compile(r"由(?:上年|去年|上年末|上年底|去年底|去年末|年初)?的?$")
# what takes items out of a stock (退会, 注销, 流失, 迁出, 撤销…): a stock that may lose them can end below the year's new
_OUTFLOW = re.compile(r"退|注销|减少|流失|废弃|死亡|去世|病故|迁出|外迁|撤销|撤并|合并|转出|调出|调离|离开|离职|辞职|吊销|核销|关停|关闭|"
                      r"停业|歇业|倒闭|破产|淘汰|除名|取消|脱离|拆除|报废|净增|净减|毕业|离校")
# a stock that also loses items (注销, 退会, 死亡…) or is a net level: previous + new need not give current
_MAY_LEAVE = re.compile(_OUTFLOW.pattern + r"|新登记|新注册|新办|余额")
_CUMULATIVE_WORD = re.compile(r"累计|总数|总量")
_ITEM_LEAD = re.compile(r"^(?:其中|全[国省市县区镇乡])")
_RISE_TO = re.compile(r"(?:增加|增长|提高|上升|增)(?:到|至)")
# 由上年末的214家增至年末的281家: the level reached, named by its date too
_RISE_TO_LEVEL = re.compile(r"(?:增加|增长|提高|上升|增)(?:到|至)(?:(?:今年|本年|当年)?年[末底]的?)?")
_YEAR_END_LEVEL = re.compile(r"^(?:年末|年底)[\u4e00-\u9fff]{0,4}?(?:余额|总数|总量|存量|规模)")  # …，年末余额14.29亿元: the level reached
_THIS_YEAR_END = re.compile(r"今年|当年|本年|(?<![上去])年末")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_PERIOD_WORD = re.compile(r"今年|全年|当年|本年|年内")
_LEAD_PARTICLES = re.compile(r"^(?:了|的)+")  # 了/的 opening a noun (新建了…, 累计…的)
_IGNORE_CHARS = set("的级市县区省全个家新类各一第批其中年今当内和与及等在了达到为共计累总数量有现实截至止目前")


# a running total up to or since a month of the year (截至6月底, 截止9月末, 自10月以来, 3月份起), or since the year began
# (今年以来, 年初以来): a level part-way through the year, which a full-year flow may exceed
_MONTH = r"(?:1[01]|[1-9]|十一|[一二三四五六七八九十])月"
_PART_OF_YEAR = re.compile(rf"(?:截至|截止|截到|到|至)(?:(?:19|20)\d\d年)?{_MONTH}"
                           r"|(?<![上去前]年)(?<![上去前])(?:(?P<year>(?:19|20)\d\d)年)?(?<!\d)"
                           r"(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月份?(?:[上中下]旬)?(?:\d{1,2}日)?(?:以来|起|开始|至今)"
                           r"|(?:今年|本年|年初|年内|入[春夏秋冬]|开春)以来")


@per_figure
def _part_of_year(doc, folded: str, c: Fig) -> bool:
    """Is a running total or a stock stated for part of the year (上半年累计…, 截至6月底…累计, 自10月以来累计…)? A
    total since a month of an earlier year (2019年10月以来) runs through the whole year."""
    if is_sub_period(folded, c):
        return True
    for m in _PART_OF_YEAR.finditer(folded, clause_start(folded, c.start, "；;。！？!?\n"), c.start):
        if not m.group("year") or not doc.year or int(m.group("year")) == doc.year:
            return True
    return False


def _apart_in_time(doc, folded: str, c: Fig, n: Fig) -> bool:
    """A part-of-year total and a flow of the whole year (全年新增就业5,200人。截至6月底，累计新增就业2,600人): the
    flow may run past the total's date, so neither bounds the other. In one sentence both speak of one date unless
    the flow says 全年."""
    if not _part_of_year(doc, folded, c) or is_sub_period(folded, n):
        return False
    return n.sent != c.sent or "全年" in folded[clause_start(folded, n.start, "；;。！？!?\n"):n.start]


@per_figure
def _cum_label(folded: str, f: Fig) -> str:
    """The clause text before a figure (asked for many times per figure: kept on it)."""
    return folded[clause_start(folded, f.start):f.start]


_label = _cum_label


def _sents_having(doc, folded: str, sents: dict, rx: re.Pattern):
    """(index, figures) of the sentences the pattern matches in, and of figures outside sentences (a cheap filter
    before the figure-by-figure work). Kept per document and pattern: two steps filter on _EXIT."""
    by_rx = cached(doc, "_cum_sents_having_cache", sents, dict)
    hit = by_rx.get(rx)
    if hit is None:
        if rx is _HINT_DONE:
            hits = _done_hint_sentences(doc, folded)
        else:
            hits = sentences_with(doc, folded, rx)
        if -1 in sents:
            hit = [(si, sfigs) for si, sfigs in sents.items() if si < 0 or si in hits]
        else:  # (sentence indices run in text order, as the dictionary does)
            hit = [(si, sents[si]) for si in sorted(hits) if si in sents]
        by_rx[rx] = hit
    return hit


def _done_hint_sentences(doc, folded: str) -> set[int]:
    """sentences_with(doc, folded, _HINT_DONE), found from the few 已 of the text: a match starts at the last comma
    before its 已 (no comma can stand between), and every comma that matches starts one."""
    starts = [s.start for s in doc.sentences]
    out = set()
    q = folded.find("已")
    while q >= 0:
        c = max(folded.rfind("，", 0, q), folded.rfind(",", 0, q))
        if c >= 0 and _HINT_DONE.match(folded, c):
            out.add(bisect.bisect_right(starts, c) - 1)
        q = folded.find("已", q + 1)
    return out


# the sentence filters below, written so the regex engine can skip to their first characters: each finds exactly
# the matches (starts and ends) of the pattern it stands for
# _STOCK_NOUN: (?:以来|至今)?(?:累计|总计)(?:已)?
_STOCK_NOUN_SCAN = re.compile(r"[以至累总](?:(?<=以)来(?:累计|总计)|(?<=至)今(?:累计|总计)|(?<=[累总])计)(?:已)?")
# 净[增减]|[末底初](?:增加|减少) (a sentence without these states no net change)
_NET_HINT_SCAN = re.compile(r"净[增减]|末(?:增加|减少)|底(?:增加|减少)|初(?:增加|减少)")
# [比较由](?:上年末|上年底|去年底|去年末|年初)的|由(?:上年|去年)的
_VS_OR_FROM_PREVIOUS_SCAN = re.compile(r"[比较由](?:(?:上年末|上年底|去年底|去年末|年初)(?:的|净增|新增|增加)|(?<=由)(?:上年|去年)的"
                                       r"|(?<=[比较])(?:(?:19|20)\d\d年[末底]|[“\"]?[一二三四五六七八九十]{1,3}五[”\"]?期?末)的)")


@per_figure
def _cum_is_new(folded: str, f: Fig) -> bool:
    lab = _label(folded, f)
    if "新" not in lab and "年" not in lab and "期" not in lab:
        return False  # every marker of a flow (新…, 当年/今年/2014年…, 当期/本期) has one of these
    if _NOT_NEW.search(lab):
        return False
    if "建" in lab and _WITH_ONGOING.search(lab):
        return False  # 新开工和续建项目共10个: projects started this year and those carried on, a set of both — no flow
    if _NEW.search(lab) or _THIS_YEAR.search(lab):
        return True
    # 上半年新改418户 / 一季度新迁移17个: a part of the year's new, unless its sentence gives the whole year's too
    # (上半年新增…5家，全年新增13家)
    rest = folded[f.end:clause_end(folded, f.end, "。！？!?\n")]
    return bool(_PART_NEW.search(lab)) and "全年" not in rest and not _LATER_DATE.search(rest)


# 新开工和续建 / 续建及新建 / 新建、在建: the year's new joined with the projects under way from before
_WITH_ONGOING = re.compile(r"(?:新开工|新建)(?:和|及|与|、|以及)(?:续建|在建)|(?:续建|在建)(?:和|及|与|、|以及)(?:新开工|新建)")
# (上半年新改418户，截至目前累计达到3,400户: a level dated after the part of the year, which the part does not reach)
_LATER_DATE = re.compile(r"目前|至今|截至|截止|年底|年末")
_PART_NEW = re.compile(r"(?:上半年|下半年|第?[一二三四]季度|前[二三]季度|今年以来)新(?!冠)")


_NOT_NEW = re.compile(r"累计|总数|总量|截至|截止|目前")

# 超额完成年初确定的新增就业400人目标 / 以新增就业400人为目标: a goal named after its figure, never the year's flow
_GOAL_AFTER = re.compile(r'[”"」]?(?:的|为)?(?:年度|全年|工作|预期|既定)?(?:目标|任务数|计划数|指标)')  # (完成“新增入规70家”年度目标)


# 上半年 / 一季度 / 前三季度 / 1-9月 / 今年以来: a part of the year that runs from its start
_YEAR_START_PART = re.compile(r"(?:上半年|第?一季度|前[二三]季度|(?<!\d)1[-—－~至到]\d{1,2}月|一至[二三四五六七八九十]{1,2}月|今年以来)")


def _from_year_start(folded: str, f: Fig) -> bool:
    """截至上年末累计完成2,846户，上半年新改418户，累计达到3,164户: a flow for a part of the year that runs from its
    start adds to the level at the end of the year before, as the whole year's flow would."""
    s0 = clause_start(folded, f.start, "。！？!?\n")
    # (上半年新增5家，全年新增13家，…由上年末的64家增加到77家: the sentence gives the whole year's flow too; a level
    # dated later in it, 截至目前累计达到…, is beyond the part of the year)
    return bool(_YEAR_START_PART.search(folded, clause_start(folded, f.start, "；;。！？!?\n"), f.start)) \
        and "全年" not in folded[s0:clause_end(folded, f.end, "。！？!?\n")] \
        and not _LATER_DATE.search(folded, f.end, clause_end(folded, f.end, "。！？!?\n"))


def _goal_after(folded: str, f: Fig) -> bool:
    return bool(_GOAL_AFTER.match(folded, f.end))


# 新增5家, 当年新批9家: a figure for the period; 累计发行新增专项债券 is a cumulative, not new (the cached test itself:
# asked for thousands of times per report)
_is_new = _cum_is_new


_MARKER = re.compile(_NEW_VERBS + r"|当年|今年|年内|本年|全年")
_MARKER_TAIL = re.compile(r"^(?:了|发行|认定|批准|建成|各类|各种)+")
_DIGITS_YEAR = re.compile(r"\d+年|\d+")
_BARE_NEW_VERB = re.compile(r"新[\u4e00-\u9fff]{1,2}")
_NEW_PREFIX = re.compile(r"^新(?!冠)")
# the act by which an item enters a list or a register, alone after 新增 (新增入选 / 新增登记 / 新增入库): no noun of its own
_ADMITTED = re.compile(r"入选|入库|入围|入统|纳统|入规|上榜|获批|认定|备案|登记|注册|挂牌|命名")
_NET_RISE_WORD = re.compile(r"^(?:净增加|净增|新增加|新增)$")
_NET_RISE_LEAD = re.compile(r"^(?:当年|今年|本年|全年|年内)净增(?:加)?了?$")


_OWN_NOUN_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,}(?<!今年)(?<!当年)(?<!全年)(?<!年内)(?<!本年)(?<!同期)$")


def _noun_after_marker(folded: str, f: Fig) -> str:
    """新认定第一批自治区重点实验室3家 → 第一批自治区重点实验室 (the new figure's own noun, if any)."""
    lab = _label(folded, f)
    m = None
    for m in _MARKER.finditer(lab):
        pass
    rest = lab[m.end():] if m else lab
    rest = _MARKER_TAIL.sub("", rest)
    rest = _DIGITS_YEAR.sub("", rest)
    # 今年新评定4家 / 年内新挂牌3家: a verb the list above does not name, and no noun after it
    if _BARE_NEW_VERB.fullmatch(rest) or (_ADMITTED.fullmatch(rest) and not _OWN_NOUN_BEFORE.search(lab[:m.start()] if m else "")):
        # (新增入选41家, 当年新增登记312家: the act of taking in, the thing the clause before names — unless the clause
        # names its own before the act: 省级专精特新中小企业新增入选11家)
        return ""
    # 全年新办理群众来信 → 办理群众来信; 当年净增 (a net rise) names no thing
    return _NET_RISE_WORD.sub("", _NEW_PREFIX.sub("", rest))


def _compatible(noun: str, stock_label: str, stock_metric: str, new_label: str = "") -> bool:
    """Does the new figure's own noun (if any) name what the cumulative counts?"""
    a, b = _SCOPE.search(new_label), _SCOPE.search(stock_label)
    if a and b and a.group(0) != b.group(0):
        return False  # 全县新建…，全市累计…: two scopes
    core = {c for c in noun if c not in _IGNORE_CHARS}
    if not core:
        return True
    other = {c for c in stock_label if c not in _IGNORE_CHARS}
    if not other:
        return True  # 总数达到512家, 全区累计达到64个: the cumulative names nothing else
    bare = {c for c in _SCOPE_LEAD.sub("", stock_label) if c not in _IGNORE_CHARS}
    if len(bare) <= 2 and _CUMULATIVE_WORD.search(stock_label) and bare & set(new_label):
        # 全年新建…34个，全市累计建成28个 / 辖区累计建成14个: the cumulative names only the new figure's verb
        return True
    if _two_kinds(noun, stock_label) or _modifier_only(noun, stock_label):
        return False
    return bool(core & (other | set(stock_metric)))


# 辖区 / 全市 / 本县 / 我局 / 区内: the scope a cumulative opens with names no thing
_SCOPE_LEAD = re.compile(r"^(?:截至目前|目前|截至年底|年底)?[，,]?(?:辖区(?:内)?|全[国省市县区镇乡街]|本[省市县区镇乡]|我[省市县区镇乡局委]|[省市县区镇乡]内)")


# what may follow a counted thing's noun and still count it (累计实现就业人数, 累计参保人员, 贷款余额)
_COUNT_TAIL = re.compile(r"的?总?(?:保有量|人数|人次|户数|个数|数量|总数|总量|规模|面积|人员|余额|存量|总额|金额|存栏|在册|数|量|额)$")
_HAN2 = re.compile(r"[\u4e00-\u9fff]{2,}")


def _modifier_only(noun: str, stock_label: str) -> bool:
    """新增就业 vs 累计帮扶就业困难人员: the new figure's noun stands inside the stock's name before a head of its own
    (困难人员), so the stock counts another thing that the noun only describes."""
    a = _LEAD_PARTICLES.sub("", noun)
    i = stock_label.rfind(a) if len(a) >= 2 else -1
    if i < 0:
        return False
    tail = _STOCK.split(stock_label[i + len(a):], 1)[0]  # 市场主体总数达到: the stock's own words end the name
    return bool(_HAN2.fullmatch(_COUNT_TAIL.sub("", tail)))


def _other_cuts(a: str, b: str) -> bool:
    """新认定高新技术企业 vs 科技型中小企业 / 专精特新企业 vs 规模以上工业企业: both names mark a class of firm (its
    qualification, size, owner or listing) and the marks differ — two sets of firms, whatever their head noun."""
    from .sums import _CUTS  # (sums imports this module: read its list of cuts when first needed)
    ma = {m.group(0) for rx in _CUTS for m in rx.finditer(a)}
    mb = {m.group(0) for rx in _CUTS for m in rx.finditer(b)}
    return bool(ma) and bool(mb) and not (ma & mb)


_STOCK_HEAD = re.compile(r"^.*(?:累计|总数|总量|共有|现有|实有|拥有|保有)(?:已)?(?:建成|建设|认定|发放|培育|创建|达到|完成|发展|引进|开通|改造|实现)?")


def _two_kinds(noun: str, stock_label: str) -> bool:
    """农村公路 vs 累计建成高速公路: one head noun with two different modifiers names two kinds of thing."""
    head = _STOCK_HEAD.match(stock_label)
    # 累计建成高速公路 → 高速公路; 其中国家级示范社 (an item of a list) → 国家级示范社
    b = stock_label[head.end():] if head else _ITEM_LEAD.sub("", stock_label)
    a = _LEAD_PARTICLES.sub("", noun)
    k = tail_shared(a, b)
    pa, pb = a[:len(a) - k], b[:len(b) - k]
    # 入规企业 vs 规模以上工业企业 share 规: one kind described two ways; 省级示范社 vs 国家级示范社: two levels
    long_enough = (len(pa) >= 2 and len(pb) >= 2) or (k >= 3 and pa and pb)
    # 市级农业龙头企业 vs 国家级重点龙头企业: two levels of recognition, though both hold 级
    la, lb = set(_TIER.findall(pa)), set(_TIER.findall(pb))
    if k >= 2 and la and lb and not (la & lb):
        return True
    return k >= 2 and bool(long_enough) and not (set(pa) & set(pb))


_TIER = re.compile(r"国家级|省级|市级|县级|区级|乡级|村级|部级")


# 10亿元以上 / 亿元以上 / 千万元以上: a threshold, in digits or in a bare 十/百/千/万/亿 unit
_THRESHOLD = re.compile(r"[\d十百千万亿][^，,；;。]{0,6}?(?:以上|以下|以内)")


def _threshold_group(folded: str, c: Fig, n: Fig) -> bool:
    """其中10亿元以上项目8个；新开工项目38个: a group cut out by a threshold the new figure's name does not carry is a
    subset of something else, not the cumulative the new adds to."""
    m = _THRESHOLD.search(_label(folded, c))
    return bool(m) and m.group(0) not in _label(folded, n)


# 占新登记企业数3580户的35.3%: the whole a share is taken of, never a flow paired with the part before it
_SHARE_WHOLE = re.compile(r"占[^，,；;。\d%]{0,16}$")


def _part_of_flow(folded: str, qty: list[Fig], c: Fig) -> bool:
    """新签约项目14个，其中亿元以上项目6个: a 其中 item drawn from a flow (the nearest figure of its unit before it)
    is a part of that flow, never a cumulative a later flow adds to."""
    if not _label(folded, c).startswith("其中"):
        return False
    prev = [g for g in qty if g.end <= c.start and same_count_unit(g, c)]
    return bool(prev) and _is_new(folded, prev[-1])


# what every flow's label holds (_cum_is_new: a 新 verb, 当期/本期, or this year's word): a sentence filter
# (written to open on one of 新当本年其, which the regex engine skips to)
# (an actual after its plan, 计划投资…，实际完成…, holds 实际)
# (every branch opens on one character, so the engine skips to the positions holding one)
_FLOW_HINT = re.compile(r"新|当期|本期|今年|当年|本年|全年|年(?:内|发行|认定|批准|建成)|其中(?:19|20)\d\d年|实际")
_STOCK_CHARS = re.compile(r"累计|总计|由|总量|总数")
# 截至年底，馆藏档案总量达到10.62万卷: a holding named by its total, which the year's intake (全年接收进馆档案…) fills
_HOLDING_TOTAL = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2,10}?)(?:总量|总数)(?:已)?(?:达到|达|为)?")


def _sentence_floors(doc) -> list[int]:
    """Per sentence, an offset no clause of it starts before (the end of the sentence before, less a closing quote
    it may have taken): a sentence filter may scan from there."""
    hit = doc.__dict__.get("_cum_floors")
    if hit is None or len(hit) != len(doc.sentences):
        ss = doc.sentences
        hit = doc.__dict__["_cum_floors"] = [0] + [max(0, ss[i - 1].end - 1) for i in range(1, len(ss))]
    return hit


# 累计达到48家 / 全市累计建成80个: a running total that names nothing but its verb
_VERB_ONLY_TOTAL = re.compile(r"(?:全[国省市县区镇乡]|辖区)?(?:已|共)?累计(?:已|共)?[\u4e00-\u9fff]{0,2}")


def _owned_by_other(folded: str, qty: list[Fig], c: Fig, n: Fig) -> bool:
    """新增A 12家，累计达到48家；新增B 126家，累计达到686家: a bare running total in the clause right after another
    flow is that flow's, never the one a later flow adds to."""
    own = _own_words(folded, c)  # (A新增12家、累计达到48家: the item after 、)
    if not _VERB_ONLY_TOTAL.fullmatch(own):
        return False
    k = qty.index(c)
    p = qty[k - 1] if k else None
    return p is not None and p is not n and same_count_unit(p, c) and _is_new(folded, p) \
        and (clause_end(folded, p.end) + 1 == clause_start(folded, c.start) and own == _label(folded, c)
             or folded[p.end:c.start] == "、" + own)


# people leave a stock every year (退休, 迁出, 毕业, 退会, 死亡): 就业人员, 参保人数, 常住人口, 在校生, 会员… — last
# year's level plus the year's new gives this year's only for a running total (累计…)
_POPULATION = re.compile(r"人员|人数|人口|在校|学生|会员|党员|职工|员工|就业|参保|户籍|常住|居民|志愿者|队员|成员|用户|客户|"
                         r"从业|在职|在岗|在园|幼儿|患者|老人|儿童|农户|贫困户")
# a running total of things that stay once made or taken in (总数, 建成, 认定, 开通, 馆藏…)
_STAYS = re.compile(r"总数|总量|建|认定|创建|命名|评定|评为|获批|批准|授予|挂牌|开通|安装|改造|治理|接收|进馆|馆藏|收藏|入藏|"
                    r"颁发|认证|授权|铺设|种植|造林|修|配备|购置|划定")
# firms and bodies close, merge or lose a title (注销, 复审未通过) though the text names none of it
_ENTITY = re.compile(r"企业|公司|合作社|农场|市场主体|个体|商户|门店|机构|组织|协会|社团")
_PERSON_UNITS = frozenset(("人", "名", "位"))
_STRICT, _UPPER, _CHAIN = 2, 1, 3


def _running_total(folded: str, c: Fig, n: Fig, p: Fig | None = None) -> int:
    """How far last year's level plus the year's new `n` bounds the level `c`: _STRICT (they give it) for a running
    total (累计…, 总数, things built or certified: 建成, 认定, 馆藏…); 0 for a stock of people (就业人员由上年末的
    7,290人增加到8,740人 lost the retired and gained those who moved in: only new ≤ current holds); else _UPPER (a
    stock that may lose unstated exits — 合作社, 企业 — cannot exceed previous + new)."""
    lab = _label(folded, c)
    if "累计" in lab or "总计" in lab:
        return _STRICT
    if n.start > c.end and clause_start(folded, n.start) == clause_end(folded, c.end) + 1 \
            and _rise_named(folded[clause_start(folded, n.start):n.start], lab):
        # 由3.2万人增加到4.6万人，新增1.4万人 / 备案入库数由…增至…，全年新增入库73家: the rise itself, named right after it
        return _STRICT
    words = lab + _label(folded, n) + (_label(folded, p) if p is not None else "")
    if p is not None and _chained(folded, p, n, c):
        # 参保人数上年末为29.8万人，今年新增参保2.8万人，年末达到32.4万人: the writer's own account (held to a slip of a
        # digit when the stock may lose items: 登记失业 and 保有量 end below their previous + new for what left)
        return _CHAIN
    if c.base_unit in _PERSON_UNITS or _POPULATION.search(words):
        return 0
    return _STRICT if _STAYS.search(words) and not _ENTITY.search(words) else _UPPER


_NET_WORD = re.compile(r"新增|净增|增加")
_YEAR_END_BARE = re.compile(r"^(?:年末|年底|期末)(?:为|是|共|有)$")


def _digit_slip(p: Fig, n: Fig, c: Fig) -> bool:
    """29.8万人 + 2.8万人 = 32.6 stated 32.4; 1168件 + 200件 = 1368 stated 1386: previous + new, written in the
    current's unit and decimals, differs from it in one digit or in two adjacent digits swapped."""
    if None in (p.norm, n.norm, c.norm, c.value) or not c.value:
        return False
    d = c.decimals or 0
    got = ((p.norm + n.norm) / (c.norm / c.value)).quantize(Decimal(1).scaleb(-d))
    a, b = format(got, "f"), format(c.value.quantize(Decimal(1).scaleb(-d)), "f")
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _chained(folded: str, p: Fig, n: Fig, c: Fig) -> bool:
    """Previous level, the year's new, the level reached, in three clauses in a row of one sentence: an account the
    text itself draws (any stock, people too)."""
    if not (p.end <= n.start and n.end <= c.start) or not _NET_WORD.search(_label(folded, n)) or c.kind == "money":
        return False  # (新登记, 新招生 count what came in, not what the level gained; a balance of money also pays out)
    sep = "；;。！？!?\n"
    one = clause_start(folded, p.start, sep) == clause_start(folded, c.start, sep)
    return one and clause_start(folded, n.start) == clause_end(folded, p.end) + 1 \
        and clause_start(folded, c.start) == clause_end(folded, n.end) + 1


def _bounded_three(folded: str, sents: dict, p: Fig, n: Fig, c: Fig) -> dict | None:
    """_checked_three as far as the stock's kind allows (_running_total): None when it does not bound it at all or
    when a stock that may lose items ends below previous + new."""
    kind = _running_total(folded, c, n, p)
    if not kind:
        return None
    row = _checked_three(folded, sents, p, n, c)
    if kind == _CHAIN and row is not None and row["verdict"] != schema.CONSISTENT and not _digit_slip(p, n, c):
        return None  # (a gap of more than one digit: items that left, which the account does not name)
    if kind == _UPPER and row is not None and row["verdict"] != schema.CONSISTENT and not _outflows(folded, sents, p, n, c):
        # (with its exits stated, previous + new − removed = current holds for any stock)
        got = p.norm_interval() + n.norm_interval()
        ci = c.norm_interval()
        if got.high is None or ci.low is None or not ci.low > got.high:
            return None  # ends below: items left that nobody counted
    return row


# the stages a project or a case passes (签约 → 开工 → 建成/竣工 → 投产; 受理 → 办结): 累计签约项目96个 and 新开工项目74个
# count two things
_STAGE_WORDS = {"签约": "签约", "开工": "开工", "竣工": "竣工", "完工": "竣工", "建成": "竣工", "投产": "投产",
                "落地": "落地", "开业": "开业", "立项": "立项", "受理": "受理", "办结": "办结", "结案": "办结", "注册": "注册",
                "招引": "签约", "引进": "签约"}
_STAGE = re.compile("|".join(_STAGE_WORDS))


def _other_stage(folded: str, c: Fig, n: Fig) -> bool:
    """Do the new figure and the cumulative name two stages of one pipeline (新开工项目74个 vs 累计签约招商项目96个)?"""
    nlab = _label(folded, n)
    if nlab.startswith("其中"):
        return False  # 累计建成保障性住房1.26万套，其中当年新开工3820套: the text itself draws the one from the other
    a, b = _STAGE.findall(nlab), _STAGE.findall(_label(folded, c))
    return bool(a and b) and _STAGE_WORDS[a[-1]] != _STAGE_WORDS[b[-1]]


# 按建设性质分，新开工项目27个、续建项目41个: a class of a breakdown (新开工 names a kind of project), never the year's flow
_BREAKDOWN_LEAD = re.compile(r"\s*(?:其中[，,]?)?按[\u4e00-\u9fff]{1,10}?(?:来分|划分|区分|分类|统计|分)[，,：:]")


def _result_under_goal(doc, folded: str, qty: list[Fig], n: Fig) -> bool:
    """二、社会事业目标 / 新建沼气池320口，累计达到1860口（上年末累计1540口）: under a heading that only names a field of
    targets (no 打算, 计划, no later year), a flow beside last year-end's level in brackets, with no plan word in its
    sentence, is the year's result — plans do not restate where last year ended."""
    heading = doc.section_at(n.start) or ""
    if _PLAN_HEADING.search(heading) or any(int(y) > (doc.year or 9999) for y in _YEAR.findall(heading)):
        return False
    s, e = sentence_bounds(doc, n)
    return not _PLAN_WORD.search(folded, s, e) and any(
        c.end <= e and same_count_unit(c, n) and _in_previous_bracket(folded, c) for c in qty if c.start > n.end)


def _breakdown_item(folded: str, n: Fig) -> bool:
    """Does the figure's ；-clause open a breakdown by kind (按建设性质分，…)?"""
    return bool(_BREAKDOWN_LEAD.match(folded, clause_start(folded, n.start, "；;。！？!?\n"), n.start))


# 年度计划新建3.5万亩 / 全年任务新建10所 / 项目计划总投资6.8亿元 / 概算总投资: a plan or a project's whole, never the flow
_PLAN_LABEL = re.compile(r"计划|任务|目标|指标|预算|概算|预计|批复|总投资|总规模|规划|力争|提出到")
_ACTUAL_LEAD = re.compile(r"^(?:其中)?(?:全年|当年|今年|年内|本年)?实际")


@per_figure
def _planned_flow(folded: str, f: Fig) -> bool:
    """Is the figure a plan or a project's total (年度计划新建…, 计划总投资…), its clause naming no 实际 after the plan?"""
    lab = _label(folded, f)
    m = None
    for m in _PLAN_LABEL.finditer(lab):
        pass
    return m is not None and "实际" not in lab[m.end():]


def _plan_before_actual(folded: str, g: Fig) -> bool:
    """A plan named in the figure's own clause (年度计划新建…) or in a clause before it in its ；-clause group (根据年度
    计划，新建…) — the latter a plan only when an actual follows."""
    return _planned_flow(folded, g) or bool(_PLAN_LABEL.search(folded, clause_start(folded, g.start, "；;。！？!?\n"), g.start))


def _actual_of_plan(folded: str, qty: list[Fig], n: Fig) -> Fig | None:
    """年度计划新建3.5万亩，实际建成3.62万亩: the actual right after a plan is the period's flow; the plan it follows."""
    lab = _label(folded, n)
    if "实际" not in lab or not _ACTUAL_LEAD.match(lab):  # (the literal first: asked for every flow and its neighbours)
        return None
    prev = [g for g in qty if g.end <= n.start and same_count_unit(g, n)]
    return prev[-1] if prev and _plan_before_actual(folded, prev[-1]) else None


# 目前6个项目已正式开工 / 其中9家企业已投产: the figure, its noun, then 已 and a verb — how many of a set have reached a
# status, not a level the year's new adds to (已建成污水处理站8座 has its verb before the figure: a level)
_STATUS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:均已|已经?)(?![经有达超]|累计|占)[\u4e00-\u9fff]")


def _status_count(folded: str, f: Fig) -> bool:
    return "已" in folded[f.end:f.end + 9] and bool(_STATUS_AFTER.match(folded, f.end))


def _is_flow(folded: str, qty: list[Fig], n: Fig) -> bool:
    """A flow of the period: a new figure that is no plan (nor the plan an actual after it reports on), or the actual
    stated after its plan."""
    if _actual_of_plan(folded, qty, n) is not None:
        return True
    if not _is_new(folded, n) or _planned_flow(folded, n):
        return False
    nxt = next((g for g in qty if g.start >= n.end and same_count_unit(g, n)), None)
    return nxt is None or _actual_of_plan(folded, qty, nxt) is not n


_YEAR_DATED = re.compile(r"(?:19|20)\d\d年|[上去今本当]年|年[底末初]")
_CUM_TAIL_EDGES = re.compile(r"^(?:已|共)+|(?:已|共)?(?:达到|达|为)$")


def _same_after_cumulative(a: str, b: str) -> bool:
    """年中评估时累计培训 / 全年累计培训: what follows 累计 in the two labels, one holding the other (or nothing)."""
    x = _CUM_TAIL_EDGES.sub("", a[a.rfind("累计") + 2:])
    y = _CUM_TAIL_EDGES.sub("", b[b.rfind("累计") + 2:])
    return not x or not y or x in y or y in x


def _earlier_running_total(folded: str, qty: list[Fig], before: list[Fig], n: Fig, after: list[Fig], paired: set[int]) -> bool:
    """累计…1150万元，…新增…1380万元，累计达到2530万元: two running totals of one thing in one sentence with the new
    between them (drawn from neither by 其中, no other flow between): the first is the level before the new."""
    if not before or not after or after[0].start in paired:
        return False
    e, c = before[-1], after[0]
    if "累计" not in _label(folded, e) or "累计" not in _label(folded, c) or _label(folded, n).startswith("其中"):
        return False
    if any(ch in "；;" for ch in folded[n.end:c.start]):
        return False  # 商标累计8,650件，当年新增1,120件；地理标志商标累计9件: the next item of a list
    if _other_scope(_label(folded, e), _label(folded, c)) or _other_scope(_label(folded, n), _label(folded, c)):
        return False  # 全市累计…，今年新建…，全省累计…: two scopes
    if _YEAR_DATED.search(folded, clause_start(folded, e.start, "；;。！？!?\n"), e.start):
        return False  # 截至2012年底累计… / 截至2022年底…: a year's level, years back or this year's (the dated rules')
    if clause_start(folded, e.start) == clause_start(folded, n.start) \
            or not (_same_thing(folded, e, c) or _same_after_cumulative(_label(folded, e), _label(folded, c))):
        return False
    return not any(g is not n and e.end <= g.start and g.end <= c.start and same_count_unit(g, n)
                   and (_is_new(folded, g) or _leaves(folded, g)) for g in qty)


def cumulative_vs_new(doc, figures) -> list[dict]:
    """New figures (新增, 当年…) paired with the cumulative they add to → new ≤ cumulative, prev + new = current."""
    figs = figs_of(doc, figures)
    folded = doc.folded
    sents = figs_by_sentence(doc, figs)
    paired: set[int] = set()
    used: set[int] = set()
    # (…272件，加上本次会议的286件，本届累计548件: the sum 加上 spells out is read before any pairing of two of its terms)
    out = _added_on(doc, folded, sents, paired, used)
    out.extend(_flows_with_exits(doc, folded, sents, paired, used))
    out.extend(_from_plus_to(doc, folded, sents, paired, used))
    out.extend(_rise_after_flow(doc, folded, sents, paired, used))
    out.extend(_compared_with_previous(doc, folded, sents, paired, used))
    out.extend(_term_totals(doc, folded, figs, sents, paired, True))
    out.extend(_debt_balances(doc, folded, figs, sents, paired))
    out.extend(_totals_around_flow(doc, folded, figs, sents, paired, used))
    starts = _sentence_floors(doc)
    for si, sfigs in sents.items():
        # a sentence without a flow's words before its last figure has no flow
        if si < 0 or not _FLOW_HINT.search(folded, starts[si], sfigs[-1].start):
            continue
        qty = [f for f in sfigs if f.quantity and not _qualifier(folded, f)]  # (收入超过10万元的村: a name's words)
        for n in qty:
            if not _is_flow(folded, qty, n) or n.start in used or _SHARE_WHOLE.search(_label(folded, n)) \
                    or _goal_after(folded, n) or (
                    "、" in _label(folded, n) and _leaves(folded, n) and not _item_of_running_list(folded, qty, n)) \
                    or _breakdown_item(folded, n) \
                    or in_plan(folded, doc, n) and not _result_under_goal(doc, folded, qty, n):  # (the plan test last: dearest)
                # 全年新增620家、注销180家: 180家 leaves
                continue
            plan = _actual_of_plan(folded, qty, n)
            # (计划新建3.5万亩，实际建成…: the plan's noun; 计划投资2.2亿元，实际完成…: none)
            noun = _noun_after_marker(folded, n) if plan is None else _noun_after_marker(folded, plan) if _is_new(folded, plan) else ""
            # （上年末为136个）is the previous cumulative, never the one the new adds to
            # 每千人口床位数达到5.2张 is a rate, not the stock 新增床位300张 adds to
            before = [c for c in qty if c.end <= n.start and same_count_unit(c, n) and not _is_new(folded, c)
                      and not _in_previous_bracket(folded, c) and not is_per_unit(folded, c)
                      and not is_change(folded, c) and not is_target(folded, c) and not _threshold_group(folded, c, n)
                      and not _part_of_flow(folded, qty, c) and not _owned_by_other(folded, qty, c, n)
                      and not _planned_flow(folded, c) and not _status_count(folded, c)]  # 计划总投资6.8亿元: a plan or a project's whole is no stock
            after = [c for c in qty if c.start >= n.end and same_count_unit(c, n) and not _is_new(folded, c)
                     and (_STOCK.search(_label(folded, c)) or _YEAR_END_LEVEL.match(_label(folded, c)))
                     and not is_per_unit(folded, c) and not _previous_named(doc, _label(folded, c)) and not _status_count(folded, c)
                     and not _part_of_flow(folded, qty, c)]  # 新增参保2.6万人，其中…累计纳入8400人: a part of the flow
            if before and _VS_PREVIOUS.search(label_of(folded, before[-1])) and _NET.match(folded[before[-1].end:n.start]):
                continue  # 累计参保42.3万人，较上年末的40.1万人新增1.8万人: a net change (_net_changes)
            # 由上年末的126个增加到142个: 142 is the level reached, though its clause names 上年末
            # (截至2012年底 in a 2020 report is years back: no level this year's new adds to)
            prev = [c for c in before if _names_previous(doc, _label(folded, c)) and not _years_back(doc, _label(folded, c))
                    or _dated_previous(doc, folded, qty, c)]
            if len(prev) > 1:
                prev = [c for k, c in enumerate(before) if c in prev and not (
                    k and _RISE_TO_LEVEL.fullmatch(folded, before[k - 1].end, c.start))]
            if before and (before[-1] in prev and not _STOCK.search(_label(folded, before[-1]))
                           or _is_previous(doc, folded, before[-1]) and _later_level(doc, folded, qty, n)):
                # 上年末登记在册的社会组织312个，本年新登记28个，注销9个: the level the new adds to, not the cumulative
                before = before[:-1]
            if prev and not after:
                # 上年末为6.42万人，本年新增0.58万人，年末为7.00万人: a bare year-end level closing the chain
                after = [c for c in qty if c.start >= n.end and same_count_unit(c, n) and _YEAR_END_BARE.match(_label(folded, c))
                         and _chained(folded, prev[-1], n, c)][:1]
            if prev and not after:
                # 目前共有养老驿站19个，年初为15个，今年新建4个: the level reached first, then the level it rose from and
                # the new, three clauses in a row
                after = [c for c in before if c.end <= prev[-1].start and c not in prev and c.sent == n.sent
                         and _STOCK.search(_label(folded, c)) and not _is_new(folded, c)
                         and clause_start(folded, prev[-1].start) == clause_end(folded, c.end) + 1
                         and clause_start(folded, n.start) == clause_end(folded, prev[-1].end) + 1
                         and (not noun or _LEAD_PARTICLES.sub("", noun) in _label(folded, c))][-1:]
            if prev and after and any(g is not n and prev[-1].end <= g.start and g.end <= after[0].start
                                      and same_count_unit(g, n) and _is_new(folded, g) for g in qty):
                continue  # 新增债券3.2亿元、置换债券2.0亿元: two flows in, the level takes both (or neither)
            if prev and after:
                if not _same_thing(folded, prev[-1], after[0]) or not _running_total(folded, after[0], n, prev[-1]) or any(
                        _EXIT.search(_label(folded, x)) for x in qty if n.end <= x.start and x.end <= after[0].start) \
                        or _apart_in_time(doc, folded, after[0], n):
                    continue  # 年末共有规上企业86家 names another thing; 注销9家 leaves the stock (_flows_with_exits);
                    # 全年新增…，截至6月底累计…: the year's flow runs past the total's date
                paired.add(after[0].start)
                out.append(_bounded_three(folded, sents, prev[-1], n, after[0]))
                continue
            # 本届以来累计办理建议1,486件，此前历次会议共办理1,174件，今年新增312件: earlier + new = the cumulative
            earlier = [c for c in before if _EARLIER.match(_label(folded, c))]
            cum = [c for c in before if c not in earlier and "累计" in _label(folded, c)]
            if len(earlier) == 1 and cum:
                paired.add(cum[-1].start)
                out.append(_checked_three(folded, sents, earlier[0], n, cum[-1]))
                continue
            if len(earlier) == 1 and after and "累计" in _label(folded, after[0]) and after[0].start not in paired:
                # 此前已累计问责23人，本次新问责8人，累计问责达到33人: the cumulative after the new
                paired.add(after[0].start)
                out.append(_checked_three(folded, sents, earlier[0], n, after[0]))
                continue
            if _earlier_running_total(folded, qty, before, n, after, paired):
                # 截至巡察时累计完成投资1150万元；整改期内新增完成投资1380万元，累计达到2530万元: the running total
                # before the new is an earlier level, the one after it the level the new brought it to
                if not _apart_in_time(doc, folded, before[-1], n):
                    paired.add(after[0].start)
                    out.append(_checked_three(folded, sents, before[-1], n, after[0]))
                continue
            if after and _FROM_PREVIOUS.search(_label(folded, after[0])):
                # (新增…14处，…总数由上年末的72处增加到86处: last year's level is no stock the new is counted into; 上半年新增5家，
                # 全年新增13家，总数由…64家增加到77家: with another flow nearer the level, it is that flow's)
                after = after[1:] if len(after) > 1 and not any(
                    g is not n and n.end <= g.start < after[1].start and same_count_unit(g, n) and _is_new(folded, g)
                    for g in qty) else []
            stock = _pick(folded, before, n, noun) or (after[0] if after and _named_in(noun, after[0], n, folded) and _compatible(
                noun, _label(folded, after[0]), after[0].metric, _label(folded, n)) else None)
            bare = _BARE_CUMULATIVE.fullmatch(_label(folded, after[0])) if stock is None and after else None
            if bare and clause_start(folded, after[0].start) == clause_end(folded, n.end) + 1 \
                    and clause_end(folded, after[0].end) == after[0].end \
                    and (not bare.group("scope") or bare.group("scope") in _label(folded, n)):
                # (全县新建农家书屋34个，全市累计建成28个: another scope's total)
                # 当年新开工保障性租赁住房2860套，截至年末累计建设筹集2450套: a running total naming no thing of its own,
                # in the clause right after the flow, is of the flow's thing
                stock = after[0]
            if stock is None and not before and folded.startswith("其中", doc.sentences[si].start):
                stock = _stock_of_previous_sentence(doc, folded, sents, si, n)
            if stock is None and not before and not after:
                weak = _stock_named_before(doc, folded, figs, n, noun)
                if weak is not None and any(g is not n and same_count_unit(g, n) and _leaves(folded, g) for g in qty):
                    continue  # 全年新登记4.15万户，办理注销2.40万户: both flows of the stock (_stock_then_flows)
                if weak is not None and not _apart_in_time(doc, folded, weak, n) and (
                        (_two(folded, weak, n) or {}).get("verdict") == schema.CONSISTENT
                        or _covers_this_year(doc, folded, weak, n)):
                    # 参保人数312.6万人 … (paragraphs later) 全年新增参保4.7万人: reported only when it holds, unless the
                    # cumulative runs over a period that includes this year (“十五”期间累计新建农村公路198公里 in 2005)
                    paired.add(weak.start)
                    out.append(_two(folded, weak, n))
                continue
            if stock is None or (not _NEW.search(_label(folded, n)) and not _STOCK.search(_label(folded, stock))
                                 and not (_NET_RISE_LEAD.match(_label(folded, n))
                                          and clause_end(folded, stock.end) + 1 == clause_start(folded, n.start))) \
                    or _other_stage(folded, stock, n):
                # (参保68.4万人，当年净增3.2万人: a net rise is one of the figure just before it, a stock whatever its words)
                continue
            if _apart_in_time(doc, folded, stock, n):
                continue  # 截至6月底累计…, 全年新增…: two dates
            prev_c = _previous_in_brackets(folded, qty, stock, n, doc) or _previous_sentence_cumulative(doc, folded, sents, si, stock, n) \
                or _risen_from(folded, qty, stock, n) or _next_sentence_previous(doc, folded, sents, si, stock, n)
            # 城镇就业人员由上年末的…增加到…: people leave the stock, only new ≤ current holds
            row = _bounded_three(folded, sents, prev_c, n, stock) if prev_c is not None else None
            row = row if row is not None else _two(folded, stock, n)
            if row is not None or prev_c is not None:
                # (a pairing judged nothing — 全省新增320个 above 我县累计46个, another scope — leaves the level to the
                # flow of its own: 我县入选11个，累计达到46个)
                paired.add(stock.start)
            out.append(row)
    out.extend(_stocks_with_earlier_flow(doc, folded, figs, sents, paired))
    out.extend(_term_totals(doc, folded, figs, sents, paired, False))
    out.extend(_net_changes(doc, folded, sents, paired))
    out.extend(_stock_then_flows(doc, folded, sents, paired))
    out.extend(_year_then_running_total(doc, folded, sents, paired))
    out.extend(_net_with_previous(doc, folded, sents, paired))
    out.extend(_done_of_set(doc, folded, sents, paired))
    out.extend(_year_from_parts(doc, folded, sents, paired))
    out.extend(_level_pair_flow_apart(doc, folded, figs, sents, paired, used))
    out.extend(_flow_and_previous_with_level_apart(doc, folded, figs, sents, paired, used))
    out.extend(_total_with_previous_flow_apart(doc, folded, sents, paired, used))
    out = [r for r in out if r is not None]
    out = _stated_chains(doc, folded, figs, out)
    out = _new_above_level(doc, folded, figs, out)
    out = _part_above_year(doc, folded, figs, out)
    out.extend(_second_measures(folded, figs, out, paired))
    return out


# 移交问题线索2件，已立案1件 / 发出再审检察建议7件，法院已采纳6件: what was done with a set, in the clause right after it
_DONE_OF = re.compile(r"^[\u4e00-\u9fff]{0,4}?已(?:经)?(?!有|达|超|累计|完成率)[\u4e00-\u9fff]{1,10}$")
_HINT_DONE = re.compile(r"[，,]\s*[\u4e00-\u9fff]{0,4}?已")


# 由上年的48个新增37个达到95个: from a level, plus the new, to the level reached
_ADD_BETWEEN = re.compile(r"(?:净增|新增|增加|新建|增长|扩大)了?")
_REACH_BETWEEN = re.compile(r"[，,]?(?:累计|总数|总量)?(?:达到|达|增至|增加到|增到|提高到|扩大到|上升到|到|至)")
_FROM_LEVEL = re.compile(r"由(?:(?:(?:19|20)\d\d年(?:末|底)?|上年末|上年底|去年底|去年末|年初|上年|去年)的)?$")


def _from_plus_to(doc, folded: str, sents: dict, paired: set[int], used: set[int]) -> list[dict]:
    """Three amounts told as one change: 由上年的48个新增37个达到95个 (previous + new = reached), and a year's new
    right before its running total's rise (新建沼气池1,350户，全县累计由上年末的7,290户增加到8,640户)."""
    out = []
    for si, sfigs in _sents_having(doc, folded, sents, _FROM_SCAN):
        qty = [g for g in sfigs if g.quantity and not is_per_unit(folded, g)]
        for a, b, c in zip(qty, qty[1:], qty[2:]):
            if not (same_count_unit(a, b) and same_count_unit(b, c)) or c.start in paired:
                continue
            if _FROM_LEVEL.search(_label(folded, a)) and _ADD_BETWEEN.fullmatch(folded, a.end, b.start) \
                    and _REACH_BETWEEN.fullmatch(folded, b.end, c.start):
                p, n = a, b  # 由上年的48个新增37个达到95个
            elif _FROM_LABEL_TO.search(_label(folded, b)) and "累计" in _label(folded, b) and _is_new(folded, a) \
                    and _RISE_TO.fullmatch(folded[b.end:c.start]) and clause_start(folded, b.start) == clause_end(folded, a.end) + 1:
                p, n = b, a  # 新建1,350户，全县累计由上年末的7,290户增加到8,640户
            else:
                continue
            if _planned_here(folded, doc, c) or _part_of_year(doc, folded, c):
                continue
            row = _checked_three(folded, sents, p, n, c)
            if row is not None:
                paired.add(c.start)
                used.update((n.start, c.start))
                out.append(row)
    return out


_FROM_SCAN = re.compile(r"由[^，,；;。\d０-９]{0,8}[\d０-９]")
# 本届以来累计承办代表建议498件 / 上届末收录建议1168件，本届累计收录达到1386件: a running total of the term
_TERM = re.compile(r"本届")
_TERM_PREVIOUS = re.compile(r"上届末|上届|此前|以前")
_HEADLINE = re.compile(r"(?:共|提出|收到|交办|立案|承办)[\u4e00-\u9fff]{0,4}$")


# 上年末政府债务余额38.46亿元，全年偿还到期债务1.15亿元，年末债务余额41.21亿元 with 新增债券转贷收入3.2亿元 in the budget
# section: a debt balance rolls forward by what was borrowed and what was repaid
_BALANCE_END = re.compile(r"(?:(?<![上去])年末|年底|期末|(?P<y>(?:19|20)\d\d)年(?:末|底))[\u4e00-\u9fff]{0,8}?(?:债务|债券|贷款)余额(?:为|是|达到|达)?$")
_BALANCE_START = re.compile(r"(?:上年末|上年底|去年末|去年底|年初)[\u4e00-\u9fff]{0,8}?(?:债务|债券|贷款)余额(?:为|是|达到|达)?$")
_BORROWED = re.compile(r"(?:新增|发行|举借|借入)(?:政府)?(?:一般|专项)?(?:债券|债务)")
_REPAID = re.compile(r"(?:偿还|归还|还本|兑付)")
_OTHER_CHANGE = re.compile(r"置换|核销|划转|调整|调减|调增|重分类|清理甄别")


def _debt_balances(doc, folded: str, figs: list[Fig], sents: dict, paired: set[int]) -> list[dict]:
    """Last year-end's debt balance + borrowed − repaid = this year-end's (the borrowing may stand in another
    section: the one figure naming new bonds of the year); a year-end balance and the year's new bonds in one sentence:
    new ≤ balance."""
    out = []
    if "余额" not in folded:
        return out
    for si, sfigs in sents.items():
        if si < 0:
            continue
        for c in sfigs:
            if not c.quantity or c.start in paired or c.kind != "money":
                continue
            m = _BALANCE_END.search(label_of(folded, c))
            if not m or m.group("y") and doc.year and int(m.group("y")) != doc.year:
                continue
            qty = [g for g in sfigs if g.quantity and same_count_unit(g, c) and g is not c]
            prev = [g for g in qty if g.end <= c.start and _BALANCE_START.search(label_of(folded, g))]
            if prev and _OTHER_CHANGE.search(folded, prev[-1].end, c.start):
                continue  # 置换存量债务后…: a change the account does not count
            if prev:
                between = [g for g in qty if prev[-1].end <= g.start and g.end <= c.start]
                ins = [g for g in between if _BORROWED.search(label_of(folded, g))]
                outs = [g for g in between if _REPAID.search(label_of(folded, g))]
                if len(between) != len(ins) + len(outs) or len(ins) > 1 or len(outs) != 1:
                    continue
                if not ins:
                    ins = [g for g in figs if g.sent >= 0 and g.quantity and same_count_unit(g, c)
                           and _BORROWED.search(item_label(folded, g)) and not is_reference(folded, g)
                           and not in_plan(folded, doc, g) and not is_change(folded, g)]
                    if len({g.value for g in ins}) != 1:
                        continue  # (the year's new bonds stated once, or more than once with one value)
                paired.add(c.start)
                out.append(_four(folded, prev[-1], ins[0], outs[0], c))
                continue
            new = [g for g in qty if g.start > c.end and _BORROWED.search(label_of(folded, g))
                   and not _other_year(doc, folded, g) and not in_plan(folded, doc, g)]
            if len(new) == 1:
                row = _two(folded, c, new[0])
                if row is not None and row["verdict"] == schema.CONSISTENT:
                    paired.add(c.start)
                    out.append(row)
    return out


def _term_totals(doc, folded: str, figs: list[Fig], sents: dict, paired: set[int], three: bool) -> list[dict]:
    """A running total of the term (本届…累计) against the session's count the report opens with (代表共提出建议200件),
    the thing (建议) named in both: new ≤ cumulative, and last term-end's level + new = the total when it is stated."""
    out = []
    if "本届" not in folded or "累计" not in folded:
        return out
    for si in sorted(sentences_with(doc, folded, _TERM)):
        s0 = doc.sentences[si].start
        for c in sents.get(si, []):
            if not c.quantity or c.start in paired or c.kind != "count" or "累计" not in folded[s0:c.start] \
                    or "本届" not in folded[s0:c.start] or "累计" not in folded[clause_start(folded, c.start):c.start] \
                    or in_plan(folded, doc, c):
                continue
            head = next((g for g in figs if 0 <= g.sent < si and g.quantity and same_count_unit(g, c)
                         and _HEADLINE.search(lab := label_of(folded, g)) and not is_reference(folded, g)
                         and not is_change(folded, g) and not _STOCK.search(lab)), None)
            thing = re.sub(r"(?:共|提出|收到|交办|立案|承办)", "", label_of(folded, head))[-2:] if head is not None else ""
            if len(thing) < 2 or thing not in folded[s0:c.start] or head.sent < si - 40:
                continue
            prev = [p for p in sents.get(si, []) if p.end <= c.start and same_count_unit(p, c) and p.quantity
                    and _TERM_PREVIOUS.search(label_of(folded, p)) and thing in label_of(folded, p)]
            if bool(prev) != three:
                continue  # (the three-term account first, before other pairings take the total; the two-term last)
            row = _checked_three(folded, sents, prev[-1], head, c) if prev else _two(folded, c, head)
            if row is None or (not prev and row["verdict"] != schema.CONSISTENT) \
                    or prev and row["verdict"] != schema.CONSISTENT and not _digit_slip(prev[-1], head, c):
                continue  # (the session's count may leave out what came in between sessions: only a slip is an error)
            row["start"] = _lead(folded, (prev[-1] if prev else c).start)  # (the session's count stands sections before)
            paired.add(c.start)
            out.append(row)
    return out


_THING_STRIP = re.compile(r"由[^，,；;。]*$|(?:总数|总量|数量|人数|户数|个数)$|^(?:全[国省市县区镇乡]|辖区|我[省市县区局])")
_FLOW_LABEL = re.compile(r"^(?:其中)?(?:全年|今年|当年|本年度?|年内)?(?:共|累计)?(?:新增加|新增|新)[\u4e00-\u9fff]{0,8}$"
                         r"|^(?:全年|今年|当年|本年度?|年内)[\u4e00-\u9fff]{0,8}$")


# 较年初的231个有较大增加 / 比去年底的28个明显增加: the level compared with, no change stated after it
_VS_PREVIOUS_SCAN = re.compile(r"(?:比|较)(?:上年末|上年底|去年底|去年末|年初|(?:19|20)\d\d年(?:末|底)|"
                               r"[“\"]?[一二三四五六七八九十]{1,3}五[”\"]?(?:期)?末)的")  # (what _VS_PREVIOUS reads)


def _compared_with_previous(doc, folded: str, sents: dict, paired: set[int], used: set[int]) -> list[dict]:
    """累计建成服务站426个，今年新建213个，较年初的231个有较大增加 / 新建储备点4个，全县累计建成31个，较去年底的28个有较大
    增加: a stock and the year's new, then the level at the year's start they are compared with, no change stated after
    it → previous + new = current, as far as the stock's kind allows."""
    out = []
    for si, sfigs in _sents_having(doc, folded, sents, _VS_PREVIOUS_SCAN):
        qty = [g for g in sfigs if g.quantity and not is_per_unit(folded, g)]
        for k, p in enumerate(qty):
            if k < 2 or not _VS_PREVIOUS.search(label_of(folded, p)) or p.start in used \
                    or any(c.isdigit() for c in folded[p.end:clause_end(folded, p.end)]):
                continue  # (较年初的231个增加195个: a net change, _net_changes')
            a, b = qty[k - 2], qty[k - 1]
            if not (same_count_unit(a, p) and same_count_unit(b, p)) or clause_end(folded, b.end) + 1 != clause_start(folded, p.start) \
                    or clause_end(folded, a.end) + 1 != clause_start(folded, b.start):
                continue  # the stock and the new in the two clauses right before it
            n, c = (a, b) if _is_new(folded, a) else (b, a)
            if not _is_new(folded, n) or _is_new(folded, c) or not _STOCK.search(_label(folded, c)) \
                    or n.start in used or c.start in paired or in_plan(folded, doc, n):
                continue
            row = _bounded_three(folded, sents, p, n, c)
            if row is not None:
                paired.add(c.start)
                used.update((n.start, p.start))
                out.append(row)
    return out


def _rise_after_flow(doc, folded: str, sents: dict, paired: set[int], used: set[int]) -> list[dict]:
    """总数由上年的85家增加到102家 one or two sentences after the year's new (全年新认定17家) that names the same
    thing in its sentence: previous + new = reached, as far as the stock's kind allows."""
    out = []
    for si, sfigs in _sents_having(doc, folded, sents, _FROM_SCAN):
        qty = [g for g in sfigs if g.quantity and not is_per_unit(folded, g)]
        for a, c in zip(qty, qty[1:]):
            if not same_count_unit(a, c) or c.start in paired or a.start in used or c.start in used \
                    or not _FROM_ANY_TO.search(_label(folded, a)) or not _RISE_TO_END.search(folded[a.end:c.start]) \
                    or clause_start(folded, a.start) != clause_start(folded, c.start):
                continue
            thing = _THING_STRIP.sub("", _THING_STRIP.sub("", label_of(folded, a)))
            if len(thing) < 2 or _planned_here(folded, doc, c) or _part_of_year(doc, folded, c):
                continue
            if any(g.start < a.start and same_count_unit(g, a) and _is_new(folded, g) for g in qty):
                continue  # the year's new in the sentence itself (_from_plus_to, the main pass)
            para = paragraph_start(folded, a.start)
            flows = [n for k in (si - 1, si - 2) for n in sents.get(k, []) if n.quantity and same_count_unit(n, a)
                     and n.start >= para and _is_new(folded, n) and _FLOW_LABEL.match(_label(folded, n))
                     and not is_target(folded, n) and not _goal_after(folded, n) and not in_plan(folded, doc, n)
                     and thing in folded[doc.sentences[n.sent].start:clause_end(folded, n.end)]]
            if len(flows) != 1 or flows[0].start in used:
                continue
            row = _bounded_three(folded, sents, a, flows[0], c)
            if row is not None:
                paired.add(c.start)
                used.update((flows[0].start, c.start))
                out.append(row)
    return out


# what a running total names after its last 累计: 累计改造老旧小区 → 改造老旧小区, 累计减贫达到 → 减贫, 累计达到 → ""
_TOTAL_LEAD = re.compile(r"^(?:已|共|经)+")
_TOTAL_REACH = re.compile(r"(?:达到|达|为|是|增至|增加到|增到|到)$")
# the year's flow named by its period (2015年减贫 in a 2015 report, 本年度新增改造, 今年新建, 加上今年补贴的): the period, then
# the act
_YEAR_FLOW_LEAD = re.compile(r"^(?:其中|(?:再)?加上)?[，,]?(?:(?P<y>(?:19|20)\d\d)年(?![底末])度?|今年|当年|本年度?|全年|年内)(?:共)?(?:新增加|新增|新)?")


def _total_noun(lab: str) -> str | None:
    """累计改造老旧小区 → 改造老旧小区; 累计减贫达到 → 减贫; 累计达到 → "" (names nothing); None without 累计."""
    k = lab.rfind("累计")
    if k < 0:
        return None
    return _LEAD_PARTICLES.sub("", _TOTAL_REACH.sub("", _TOTAL_LEAD.sub("", lab[k + 2:])))


def _totals_of_two_things(folded: str, p: Fig, c: Fig) -> bool:
    """累计培训新型职业农民 vs 累计培训基层干部: two running totals, each naming its own thing, neither within the other."""
    a, b = _total_noun(_label(folded, p)), _total_noun(_label(folded, c))
    return bool(a and b) and a not in b and b not in a


_OWN_YEAR = re.compile(r"(?:其中)?[，,]?((?:19|20)\d\d)年(?![底末])")


def _flow_of_other_year(doc, folded: str, f: Fig) -> bool:
    """2018年培训…0.31万人 in a 2020 report: a flow opening with another year is no flow of the report's year."""
    m = _OWN_YEAR.match(_label(folded, f))
    return bool(m) and bool(doc.year) and int(m.group(1)) != doc.year


def _year_flow_words(doc, folded: str, f: Fig) -> str | None:
    """The act a flow of the report's year names after its period (2015年减贫 → 减贫, 本年度新增改造 → 改造, 今年新建 →
    建), None when the figure is no flow of the year (another year, a part of it, a total, a plan)."""
    lab = _label(folded, f)
    m = _YEAR_FLOW_LEAD.match(lab)
    if m is None or not m.group(0).strip("其中，,") or _NOT_NEW.search(lab) or is_sub_period(folded, f):
        return None
    if m.group("y") and (not doc.year or int(m.group("y")) != doc.year):
        return None
    return _LEAD_PARTICLES.sub("", lab[m.end():])


def _acts_alike(flow: str, noun: str) -> bool:
    """本年度新增改造 (改造) vs 累计改造老旧小区 / 2015年减贫 vs 累计减贫: the flow names the total's act, or nothing."""
    return not flow or flow in noun or noun in flow or bool(_bigrams(flow) & _bigrams(noun))


_DATE_WORDS = re.compile(r"年[底末]|截至|截止|目前|至今|月[底末]")


def _dated(folded: str, f: Fig) -> bool:
    """Does a date stand before the figure in its ；-clause (截至2016年底，全市已累计…)? An undated running total before the
    year's flow is the earlier level only then."""
    return bool(_DATE_WORDS.search(folded, clause_start(folded, f.start, "；;。！？!?\n"), f.start))


def _years_back(doc, lab: str) -> bool:
    """截至2012年底 in a 2020 report: a year-end before last year's."""
    years = [int(y) for y in _YEAR_END.findall(lab)]
    return bool(years and doc.year) and max(years) < doc.year - 1


def _last_year_end(doc, lab: str) -> bool:
    """上年底… / 2014年底… in a 2015 report: a level at the end of the year before the report's (2000年底 in a 2010
    report is ten years back, no level this year's flow adds to)."""
    years = [int(y) for y in _YEAR_END.findall(lab)]
    if years:
        return bool(doc.year) and max(years) == doc.year - 1
    return bool(_PREVIOUS.search(lab)) and not _THIS_YEAR_END.search(lab)


def _running_totals(doc, folded: str, figs: list[Fig]) -> list[tuple[Fig, str]]:
    """(figure, the thing it names) of every running total (累计…) of the text, in text order (kept per document)."""
    def build():
        # (only the figures in a clause after a 累计 are asked: one clause_end per 累计 of the text)
        starts = cached(doc, "_cum_fig_starts_cache", figs, lambda: [f.start for f in figs])
        seen, out = set(), []
        q = folded.find("累计")
        while q >= 0:
            end = clause_end(folded, q)
            for k in range(bisect.bisect_right(starts, q), bisect.bisect_left(starts, end)):
                f = figs[k]
                if k not in seen and f.sent >= 0 and f.quantity and (noun := _total_noun(_label(folded, f))) is not None:
                    out.append((f, noun))
                seen.add(k)
            q = folded.find("累计", q + 2)
        return out
    return cached(doc, "_cum_running_totals_cache", figs, build)


def _thing_of_total(lab: str, noun: str) -> str:
    """What a running total counts: its words after 累计 (累计解决 → 解决), or, when none, those before it (全县放心消费
    示范单位累计达到 → 放心消费示范单位)."""
    if noun:
        return noun
    return _LEAD_PARTICLES.sub("", _SCOPE_LEAD.sub("", lab[:lab.rfind("累计")]))


def _names_thing(pn: str, thing: str) -> bool:
    """Does an earlier total's noun (创建放心消费示范单位, 解决农村饮水不安全人口) name the thing (放心消费示范单位, 解决)?
    Word for word, or holding it — a bare act (two characters) only at its start."""
    if not pn or len(thing) < 2:
        return False
    return pn == thing or (pn.startswith(thing) if len(thing) <= 2 else thing in pn)


def _sentence_year_flow(doc, folded: str, sfigs: list[Fig], n: Fig) -> str | None:
    """今年新建集中供水工程37处，解决5.02万人…: the year word opening the sentence makes the flow of a later clause the
    year's (its clause's words returned), when no date or total stands in that clause and no figure of its unit before it."""
    w = _year_flow_words(doc, folded, n)
    if w is not None:
        return w
    s0 = doc.sentences[n.sent].start
    m = _YEAR_FLOW_LEAD.match(folded[s0:s0 + 16])  # (the pattern is anchored with ^: matched on the sentence's opening)
    if m is None or not m.group(0).strip("其中，,") or (m.group("y") and (not doc.year or int(m.group("y")) != doc.year)):
        return None
    lab = _label(folded, n)
    if _NOT_NEW.search(lab) or _DATE_WORDS.search(lab) or is_sub_period(folded, n) \
            or any(g.end <= n.start and g is not n and g.quantity and same_count_unit(g, n) for g in sfigs):
        return None
    return _LEAD_PARTICLES.sub("", lab)


def _previous_and_flow_elsewhere(doc, folded: str, figs: list[Fig], sents: dict, c: Fig, noun: str, lab: str,
                                 qty: list[Fig]) -> tuple[Fig, Fig] | None:
    """截至上年底累计建成…120个 in an earlier sentence or section, the year's flow beside it (；今年新培育58家) or in c's
    sentence (今年新建…，解决5.02万人…，截至年底累计解决22.62万人) → (previous, flow). The previous total is the
    nearest earlier one naming c's thing, and must be dated to last year-end; the flow the one figure of the year."""
    thing = _thing_of_total(lab, noun)
    if len(thing) < 2:
        return None
    s0 = doc.sentences[c.sent].start
    p = pn = None
    for f, fn in reversed(_running_totals(doc, folded, figs)):
        if f.end > s0 or not same_count_unit(f, c) or not _names_thing(fn, thing):
            continue
        plab = _label(folded, f)
        if not _other_scope(plab, lab) and not _part_of_year(doc, folded, f) and (
                _last_year_end(doc, plab) or _dated_previous(doc, folded, [g for g in sents.get(f.sent, ()) if g.quantity], f)):
            p, pn = f, fn
        break
    if p is None or in_plan(folded, doc, p):
        return None
    psent = [g for g in sents.get(p.sent, ()) if g.quantity and not is_per_unit(folded, g)]
    flows = [n for n in qty if n is not c and n.end <= c.start and same_count_unit(n, c)
             and (w := _sentence_year_flow(doc, folded, qty, n)) is not None and _acts_alike(w, thing)]
    # beside the previous total: the next amount of its unit, the year's, naming the act or nothing but a verb
    after_p = [g for g in psent if g.start > p.end and same_count_unit(g, c)]
    if after_p and (w := _year_flow_words(doc, folded, after_p[0])) is not None and (len(w) <= 2 or _acts_alike(w, pn)) \
            and not _other_scope(_label(folded, after_p[0]), lab):
        flows.append(after_p[0])
    if len(flows) != 1 or _goal_after(folded, flows[0]) or in_plan(folded, doc, flows[0]):
        return None
    return p, flows[0]


def _totals_around_flow(doc, folded: str, figs: list[Fig], sents: dict, paired: set[int], used: set[int]) -> list[dict]:
    """A running total, the year's flow and the earlier running total of the same thing, in any order
    (2014年底全县累计减贫1.86万人，2015年减贫0.72万人，累计减贫达到2.68万人 / “十三五”以来累计改造老旧小区48个，本年度新增
    改造22个，截至2021年底累计改造老旧小区68个 / 截至上年底累计建成…120个 stated in another section) → previous + new =
    current. The earlier total is one dated to last year-end, or one naming the same thing word for word before the flow
    when the later one follows it; the flow is the one figure of the sentence naming the year and the act."""
    out = []
    by_sent: dict[int, list[tuple[Fig, str]]] = {}
    for f, noun in _running_totals(doc, folded, figs):
        by_sent.setdefault(f.sent, []).append((f, noun))
    for si, tots in by_sent.items():
        qty = None
        for c, noun in tots:
            lab = _label(folded, c)
            if c.start in paired or is_per_unit(folded, c) or _names_previous(doc, lab) or _part_of_year(doc, folded, c) \
                    or is_reference(folded, c):
                continue
            if qty is None:
                qty = [g for g in sents.get(si, ()) if g.quantity and not is_per_unit(folded, g)]
            if _dated_previous(doc, folded, qty, c):
                continue
            # the earlier total: dated to last year-end, or (before the flow, the total after it) the same words
            # (…累计推广2,760台（上年末累计2,350台）: last year-end's bare total beside the current one counts the same thing)
            prev = [p for p, pn in tots if p is not c and (pn == noun or not noun and pn or not pn and p.sent == c.sent
                                                            and p.start > c.end and _last_year_end(doc, _label(folded, p)))
                    and same_count_unit(p, c)
                    and not is_per_unit(folded, p) and not _other_scope(_label(folded, p), lab) and not _part_of_year(doc, folded, p)
                    and (_last_year_end(doc, _label(folded, p)) or _dated_previous(doc, folded, qty, p)
                         or p.end <= c.start and len(noun) >= 2 and not _dated(folded, p))]
            if not prev:
                # last year-end's total in an earlier sentence or section, the year's flow beside it or beside c
                found = _previous_and_flow_elsewhere(doc, folded, figs, sents, c, noun, lab, qty)
                if found is None or found[1].start in used or in_plan(folded, doc, c) or _planned_flow(folded, found[1]):
                    continue
                p, n = found
            else:
                if len(prev) != 1:
                    continue
                p = prev[0]
                dated = _last_year_end(doc, _label(folded, p)) or _dated_previous(doc, folded, qty, p)
                thing = noun or _total_noun(_label(folded, p))
                flows = [n for n in qty if n is not p and n is not c and same_count_unit(n, c) and (dated or p.end <= n.start <= c.start)
                         and (w := _year_flow_words(doc, folded, n)) is not None and _acts_alike(w, thing)
                         and not _other_scope(_label(folded, n), lab) and not _planned_flow(folded, n)]
                if len(flows) != 1 or flows[0].start in used or _goal_after(folded, flows[0]) or in_plan(folded, doc, c):
                    continue
                n = flows[0]
            row = _checked_three(folded, sents, p, n, c)
            if row is not None:
                if p.sent != c.sent:
                    # (a previous total sections back: the claim is marked where the current total and its sentence's
                    # flow stand, not over the text between)
                    row["start"], row["end"] = _lead(folded, min(g.start for g in (n, c) if g.sent == c.sent)), c.end
                paired.update((c.start, p.start))
                used.update((n.start, c.start))
                out.append(row)
    return out


def _done_of_set(doc, folded: str, sents: dict, paired: set[int]) -> list[dict]:
    """A set and, in the next clause, how many of it are already done → done ≤ set. Only the pairs that hold are
    reported: a larger done count may include earlier years' items."""
    out = []
    for si, sfigs in _sents_having(doc, folded, sents, _HINT_DONE):
        qty = [g for g in sfigs if g.quantity]
        for a, b in zip(qty, qty[1:]):
            if not same_count_unit(a, b) or b.start in paired or clause_start(folded, b.start) != clause_end(folded, a.end) + 1:
                continue
            if not _DONE_OF.match(_label(folded, b)) or "已" in _label(folded, a) or is_reference(folded, a) \
                    or is_per_unit(folded, a) or in_plan(folded, doc, a):
                continue
            if any(g.start > b.end and same_count_unit(g, b) for g in qty):
                continue  # 已整改21个，正在整改4个…: a breakdown by status (parts_sum), not one step of a set
            ai, bi = a.norm_interval(), b.norm_interval()
            if bi.high is None or ai.low is None or bi.high > ai.low:
                continue
            paired.add(b.start)
            start, end = _lead(folded, a.start), b.end
            out.append(result("cumulative_vs_new", schema.CONSISTENT, [a, b], start, end, f"set {a.text}, done {b.text}",
                              f"done {b.text} ≤ set {a.text}", f"The {b.text} already done do not exceed the {a.text} they belong to.",
                              f"已办理的{b.text}不超过总数{a.text}，数据一致。"))
    return out


# 比上年末净增2.4万辆 / 净减0.42万人 / 较年初增加…: the change of a stock since the previous year-end
_NET_CHANGE = re.compile(r"(?:(?:比|较)(?:上年末|上年底|去年底|去年末|年初))?(?P<dir>净增加?|净减少?|(?<=末|底|初)(?:增加|减少))了?$")


def _net_with_previous(doc, folded: str, sents: dict, paired: set[int]) -> list[dict]:
    """A stock, its previous year-end level and the net change in one sentence (年末户籍人口52.36万人，比上年末净减
    0.42万人（上年末52.78万人）) → previous ± change = current."""
    out = []
    for si, sfigs in _sents_having(doc, folded, sents, _NET_HINT_SCAN):
        qty = [g for g in sfigs if g.quantity and not is_per_unit(folded, g)]
        for i, n in enumerate(qty):
            m = _NET_CHANGE.search(label_of(folded, n))
            if not m or not m.group("dir"):
                continue
            lo, hi = clause_start(folded, n.start, "；;。！？!?\n"), clause_end(folded, n.end, "；;。！？!?\n")
            same = [g for g in qty if g is not n and same_count_unit(g, n) and lo <= g.start and g.end <= hi
                    and not _NET_CHANGE.search(label_of(folded, g)) and not is_change(folded, g)]
            prev = [g for g in same if _is_previous(doc, folded, g) or _in_previous_bracket(folded, g)]
            cur = [g for g in same if g.end <= n.start and g not in prev and not _is_new(folded, g)
                   and (_CURRENT.search(_label(folded, g)) or _STOCK.search(_label(folded, g)))
                   and not _EXIT.search(_label(folded, g))]
            if not prev and cur and n is qty[-1]:
                # 持卡人数达到28.4万人，较上年末增加6.2万人。上年末全县持卡人数为21.8万人: the previous level opening the
                # next sentence of the paragraph
                prev = _previous_opening_next(doc, folded, sents, si, n)
            if len(prev) != 1 or not cur or cur[-1].start in paired:
                continue
            c, p = cur[-1], prev[0]
            if not _same_thing(folded, p, c):
                continue
            paired.add(c.start)
            out.append(_three(folded, p, n, c) if "减" not in m.group("dir") else _three_less(folded, p, n, c))
    return out


def _previous_opening_next(doc, folded: str, sents: dict, si: int, n: Fig) -> list[Fig]:
    """[the level at last year-end] when its own words open the next sentence of the paragraph (上年末全县持卡人数为…)
    and it is that sentence's first amount of the flow's unit."""
    nxt = [g for g in sents.get(si + 1, ()) if g.quantity]
    if not nxt or not same_count_unit(nxt[0], n) or paragraph_start(folded, nxt[0].start) != paragraph_start(folded, n.start):
        return []
    if sum(1 for g in nxt if same_count_unit(g, n)) > 1:
        return []  # (…为21.8万人（含…），按口径调整后为22.2万人: which level is last year's is not one figure)
    g = nxt[0]
    lab = _label(folded, g)
    if clause_start(folded, g.start) != doc.sentences[si + 1].start or not _PREVIOUS.match(lab) or not _is_previous(doc, folded, g) \
            or is_change(folded, g) or is_per_unit(folded, g):
        return []
    a, b = _chain_scope(folded, g), _chain_scope(folded, n)
    if a and b and a != b:
        return []  # (上年末全省… after 全市…: another place's level)
    return [g]


_MARKERS = re.compile(r"(?:19|20)\d\d年|上年|去年|本年|今年|年末|年底|年初|(?:1[0-2]|[1-9]|十[一二]?)月|末|底|截至|截止|目前|全[国省市县区镇乡]|现有|实有|共有|"
                      r"累计|总数|总量|达到|为|是|的|有|共|已|比|较|[（(]|"
                      r"建成|建设|认定|登记|注册|发展|培育|开通|完成|拥有|保有")


def _same_thing(folded: str, a: Fig, b: Fig) -> bool:
    """Do two levels name the same thing (上年末企业312家 … 年末共有企业331家), or does one name nothing of its own?"""
    x, y = _MARKERS.sub("", label_of(folded, a)), _MARKERS.sub("", label_of(folded, b))
    return len(x) < 2 or len(y) < 2 or x in y or y in x or _shortened(x, y) or _shortened(y, x)


def _shortened(short: str, full: str) -> bool:
    """规上企业 for 规模以上企业, 高新企业 for 高新技术企业: a short name of three or more characters read in order out of
    the full one, from its first character to its last two (the head noun)."""
    if not (3 <= len(short) < len(full)) or short[0] != full[0] or short[-2:] != full[-2:]:
        return False
    it = iter(full)
    return all(ch in it for ch in short)


def _three_less(folded: str, p: Fig, n: Fig, c: Fig) -> dict:
    """previous − net decrease = current."""
    lo, hi = _lead(folded, min(p.start, n.start, c.start)), max(p.end, n.end, c.end)
    ok, got_txt = _against(p.norm_interval() - n.norm_interval(), c)
    computed = f"{p.text} − {n.text} = {got_txt}; stated {c.text}"
    stated = f"previous {p.text} − net decrease {n.text} = current {c.text}"
    figs = sorted([p, n, c], key=lambda f: f.start)
    return _row(ok, figs, lo, hi, stated, computed,
                (f"Last period's {p.text} less the net decrease {n.text} gives the stated {c.text}.",
                 f"上期{p.text}减去净减少的{n.text}等于{c.text}，数据一致。"),
                (f"Last period's {p.text} less the net decrease {n.text} gives {got_txt}, not {c.text}.",
                 f"上期{p.text}减去净减少的{n.text}应为{got_txt}，而非{c.text}。"),
                "previous level less the net decrease does not give the current level")


# 上年末登记在册的社会组织312个，本年新登记28个，注销9个，年末为331个: previous + new − removed = current
_EXIT = re.compile(r"注销|退出|撤销|吊销|死亡|迁出|核销|关停|淘汰|转出|减少|撤并|关闭|取消|未通过|摘牌|除名|调出|解除")
_CURRENT = re.compile(r"年末|年底|期末|目前|现有|实有|现存|截至|截止|总数|总量|(?<!\d)12月[底末]")


def _flows_with_exits(doc, folded: str, sents: dict, paired: set[int], used: set[int]) -> list[dict]:
    """A sentence with one previous level, one inflow (新增, 新登记), one outflow (注销, 退出) and the current level
    after them, all of one unit → previous + new − removed = current."""
    out = []
    for si, sfigs in _sents_having(doc, folded, sents, _LEAVING):  # (退学, 毕业离校: any outflow _leaves reads)
        if len(sfigs) < 3:
            continue
        qty = [g for g in sfigs if g.quantity and not is_per_unit(folded, g)]
        if len(qty) < 3:
            continue
        for i, p in enumerate(qty):
            if not _is_previous(doc, folded, p):
                continue
            rest = [g for g in qty[i + 1:] if same_count_unit(g, p)]
            # 全年新增620家、注销180家: each item of a list by its own words
            news = [g for g in rest if _is_new(folded, g) and not _leaves(folded, g) and not _EXIT.search(_own_words(folded, g))
                    and not _leaves_after(folded, g)]
            exits = [g for g in rest if _leaves(folded, g) or _leaves_after(folded, g)]
            if len(news) != 1 or len(exits) != 1:
                break
            n, x = news[0], exits[0]
            # (the level reached may open the next sentence: …予以解除矫正。截至12月底在册…214人)
            nxt = [g for g in sents.get(si + 1, ()) if g.quantity and same_count_unit(g, p)][:1] \
                if si + 1 in sents and paragraph_start(folded, sents[si + 1][0].start) == paragraph_start(folded, p.start) else []
            cur = next((g for g in rest + nxt if g.start > max(n.end, x.end) and _CURRENT.search(_label(folded, g))
                        and not _is_previous(doc, folded, g) and "净" not in _label(folded, g)), None)
            if cur is None or cur.start in paired or not _same_thing(folded, p, cur):
                break
            paired.add(cur.start)
            used.update((p.start, n.start, x.start))
            out.append(_four(folded, p, n, x, cur))
            break
    return out


# the amount done before a bare running total: 全年改造46所 / 完成农村改厕1320户 (in a year's report, the year's)
_YEAR_FLOW = re.compile(r"^(?!.*(?:累计|总计))[\u4e00-\u9fff]{2,14}$")
# (a span or a date may open it: 五年来累计达到 / 本届以来累计 / 至此累计)
_BARE_RUNNING = re.compile(r"^(?:[^，,；;。]{0,10}?(?:以来|年来)|至此|截至目前|目前)?[，,]?(?:全[国省市县区镇乡])?(?:已)?累计(?:达到|达|为|共)?$")

# a span since a time (2019年以来, 五年来, 本届以来, “十四五”以来, 党的十八大以来), not since an act of unknown date
# (专项行动开展以来, 热线开通以来: it may have begun within the year, after part of the year's amount)
_SPAN_SINCE = re.compile(r"(?:19|20)\d\d年|年来|[本上]届|十[一二三四]?五|十[八九]大|二十大|过渡期")


def _year_then_running_total(doc, folded: str, sents: dict, paired: set[int]) -> list[dict]:
    """全年改造薄弱学校46所，累计达到213所: the year's amount, then in the next clause a bare running total of the same
    thing (累计 naming nothing else) → the year's cannot exceed it."""
    out = []
    for si, sfigs in _sents_having(doc, folded, sents, _STOCK_NOUN_SCAN):
        qty = [g for g in sfigs if g.quantity]
        for n, c in zip(qty, qty[1:]):
            if c.start in paired or not same_count_unit(n, c) or not (m := _BARE_RUNNING.match(_label(folded, c))) \
                    or "以来" in m.group(0) and not _SPAN_SINCE.search(m.group(0)):
                continue
            if clause_start(folded, c.start) != clause_end(folded, n.end) + 1 or not _YEAR_FLOW.match(_label(folded, n)):
                continue
            if _planned_here(folded, doc, n) or _part_of_year(doc, folded, c):
                continue
            if _names_previous(doc, _label(folded, n)):
                continue  # (在上年底86个的基础上，累计达到106个: the level the year started from, not its flow)
            paired.add(c.start)
            out.append(_two(folded, c, n))
    return out


def _planned_here(folded: str, doc, f: Fig) -> bool:
    """in_plan, but a plan word in an earlier ；-clause of the sentence (…，控制在预期目标以内；全年新建…) does not reach
    past the semicolon, unless a colon opened the list the clauses belong to (主要目标是：…；…)."""
    if not in_plan(folded, doc, f):
        return False
    heading = doc.section_at(f.start)
    if heading and plan_heading(heading, doc.year):
        return True
    s, _ = sentence_bounds(doc, f)
    c0 = clause_start(folded, f.start, "；;。！？!?\n")
    return c0 <= s or "：" in folded[s:c0] or ":" in folded[s:c0] or bool(_PLAN_WORD.search(folded, c0, f.start))


def _stock_then_flows(doc, folded: str, sents: dict, paired: set[int]) -> list[dict]:
    """实有市场主体28.63万户，较上年末的26.88万户增长6.5%。…全年新登记4.15万户，办理注销2.40万户: a stock beside its
    previous year-end level, then (up to three sentences on) one inflow and one outflow of its unit →
    previous + new − removed = current; reported only when it holds (the flows may be of a part of the stock)."""
    out = []
    for si, sfigs in _sents_having(doc, folded, sents, _EXIT):
        qty = [g for g in sfigs if g.quantity and not is_per_unit(folded, g)]
        for k in (si - 1, si - 2, si - 3):
            lv = [g for g in sents.get(k, []) if g.quantity]
            pair = next(((c, p) for c, p in zip(lv, lv[1:]) if same_count_unit(c, p) and _VS_PREVIOUS.search(label_of(folded, p))
                         and _CURRENT.search(_label(folded, c)) and c.start not in paired), None)
            if pair is None:
                continue
            c, p = pair
            # 全年新登记9,850户、注销4,250户: each item of a 、 list by its own words
            news = [g for g in qty if same_count_unit(g, c) and _is_new(folded, g) and not _EXIT.search(_own_words(folded, g))]
            exits = [g for g in qty if same_count_unit(g, c) and _EXIT.search(_own_words(folded, g)) and (
                not _is_new(folded, g) or "、" in _label(folded, g) and _leaves(folded, g))]
            if news and len(exits) == 1 and news[0].end <= exits[0].start:
                row = _four(folded, p, news[0], exits[0], c)
                if row["verdict"] == schema.CONSISTENT:
                    paired.add(c.start)
                    out.append(row)
            break
    return out


def _later_level(doc, folded: str, qty: list[Fig], n: Fig) -> bool:
    """Is a current level (年末共有93家) stated after the new figure, in its sentence?"""
    return any(g.start > n.end and same_count_unit(g, n) and _CURRENT.search(_label(folded, g)) and not _is_previous(doc, folded, g)
               for g in qty)


_YEAR_END = re.compile(r"((?:19|20)\d\d)年(?:末|底)")


def _is_previous(doc, folded: str, f: Fig) -> bool:
    """上年末…, 年初…, 2013年末… in a 2014 report: the level at the end of the period before."""
    lab = _label(folded, f)
    years = [int(y) for y in _YEAR_END.findall(lab)]
    if years:
        return bool(doc.year) and max(years) < doc.year
    return bool(_PREVIOUS.search(lab)) and not _THIS_YEAR_END.search(lab)


def _four(folded: str, p: Fig, n: Fig, x: Fig, c: Fig) -> dict:
    lo, hi = _lead(folded, p.start), max(p.end, n.end, x.end, c.end)
    ok, got_txt = _against(p.norm_interval() + n.norm_interval() - x.norm_interval(), c)
    computed = f"{p.text} + {n.text} − {x.text} = {got_txt}; stated {c.text}"
    stated = f"previous {p.text} + new {n.text} − removed {x.text} = current {c.text}"
    figs = sorted([p, n, x, c], key=lambda f: f.start)
    return _row(ok, figs, lo, hi, stated, computed,
                (f"Last period's {p.text} plus the new {n.text} less the removed {x.text} give the stated {c.text}.",
                 f"上期{p.text}加新增{n.text}减去减少的{x.text}等于{c.text}，数据一致。"),
                (f"Last period's {p.text} plus the new {n.text} less the removed {x.text} give {got_txt}, not {c.text}.",
                 f"上期{p.text}加新增{n.text}减去减少的{x.text}应为{got_txt}，而非{c.text}。"),
                "previous plus new minus removed does not give the current level")


# 312家，比上年末的294家净增18家 / 累计参保42.3万人，较上年末的40.1万人新增1.8万人
# (a stock at two year-ends; 比上年的25.83亿元增加2.63亿元 compares two years' flows: a growth claim, not this rule's)
# (or at the end of an earlier year or plan period: 比2020年底的356公里 / 比“十三五”末的356公里增加56公里)
_VS_PREVIOUS = re.compile(r"(?:比|较)(?:上年末|上年底|去年底|去年末|年初|(?:19|20)\d\d年(?:末|底)|[“\"]?[一二三四五六七八九十]{1,3}五[”\"]?(?:期)?末)的$")
# 由上年末的18.46万人增加到19.72万人，净增1.26万人
_FROM_LABEL_TO = re.compile(r"由(?:上年末|上年底|去年底|去年末|年初|上年|去年)的$")
# …增加到6415个，年内新增563个: the rise, named by its period or not
_NET_AFTER_RISE = re.compile(r"^(?:年内|全年|当年|今年|本年)?(?:净增|净增加|新增|增加)了?$")
_NET = re.compile(r"^(?:净增|净增加|新增|增加)了?$")
_NET_AFTER_RISE_NAMED = re.compile(r"^(?:年内|全年|当年|今年|本年)?(?:净增|净增加|新增|增加)了?(?P<thing>[\u4e00-\u9fff]{2,8})$")


def _rise_named(clause: str, level_label: str) -> bool:
    """新增 / 全年净增 / 全年新增入库 (the level's name 科技型中小企业备案入库数 holds 入库) → True: the clause after a rise
    names the rise itself — bare, or with words the level's own name holds (新增示范场 beside 家庭农场 is a kind of it),
    a stock of people only bare."""
    if _NET_AFTER_RISE.match(clause):
        return True
    m = _NET_AFTER_RISE_NAMED.match(clause)
    if m is None or _POPULATION.search(level_label + clause) or _REGISTERED.search(level_label + clause):
        return False  # (全年新增参保2.6万人 after 参保人数由…增加到…: people who joined, some left — no account of the rise;
        # 市场主体由3.21万户增至3.62万户，全年新增6,130户: registered bodies deregister, close, leave a list)
    head = level_label[:level_label.find("由")] if "由" in level_label else level_label
    return m.group("thing") in head
# bodies on a register, which leave it as others join (注销, 退库, 撤销): a rise between two levels is net of them
_REGISTERED = re.compile(r"市场主体|经营主体|企业|个体|工商户|合作社|社会组织|商标|专利|商户|协会|机构|家庭农场|入库|在册|登记")
# 比上年末增加2,410人（上年末为36,420人）: a rise from last year-end, its level given after it
_NET_BARE = re.compile(r"(?:比|较)(?:上年末|上年底|去年底|去年末|年初)(?:净增|净增加|新增|增加)了?$")


def _net_changes(doc, folded: str, sents: dict, paired: set[int]) -> list[dict]:
    """A stock stated with last year's level and the change from it → previous + change = current."""
    out = []
    for si, sfigs in _sents_having(doc, folded, sents, _VS_OR_FROM_PREVIOUS_SCAN):
        qty = [g for g in sfigs if g.quantity]
        for i, p in enumerate(qty[:-1]):
            lab = label_of(folded, p)
            n = qty[i + 1]
            if not same_count_unit(p, n):
                continue
            if _VS_PREVIOUS.search(lab) and _NET.match(folded[p.end:n.start]):
                # (the level, never the year's new drawn out before: 累计4,860个，其中今年新建1,240个，较上年末的…增加…)
                cur = [c for c in qty[:i] if same_count_unit(c, p) and not is_reference(folded, c)
                       and not _is_new(folded, c) and (not _label(folded, c).startswith("其中") or _change_of_part(folded, c, p))]
                if cur and (cur[-1].start not in paired or _drawn_new_before(folded, qty[:i], cur[-1])) \
                        and p.start not in paired:
                    # (a level paired with the year's new drawn out of it still has its change from last year-end)
                    paired.update((cur[-1].start, p.start))
                    out.append(_three(folded, p, n, cur[-1]))
            elif _NET_BARE.search(lab) and _BRACKET_PREVIOUS.match(folded[p.end:n.start]):
                # 参保38,650人，比上年末增加2,410人（上年末为36,420人）: the change, then the previous level in brackets
                # (the level, never the year's new figure drawn out before the change: 总数达到12,846人，其中当年新办证…)
                cur = [c for c in qty[:i] if same_count_unit(c, p) and not is_reference(folded, c) and not _is_new(folded, c)
                       and not _label(folded, c).startswith("其中")]
                if cur and cur[-1].start not in paired:
                    paired.add(cur[-1].start)
                    out.append(_three(folded, n, p, cur[-1]))
            elif _FROM_LABEL_TO.search(lab) and i + 2 < len(qty):
                c, n = qty[i + 1], qty[i + 2]
                if (same_count_unit(c, p) and same_count_unit(n, p) and _RISE_TO.fullmatch(folded[p.end:c.start])
                        and _NET_AFTER_RISE.match(folded[clause_start(folded, n.start):n.start]) and c.start not in paired):
                    paired.add(c.start)
                    out.append(_checked_three(folded, sents, p, n, c))
    return out


def _change_of_part(folded: str, c: Fig, p: Fig) -> bool:
    """其中高速公路通车里程4286公里，比上年末的3924公里增加362公里: a part's level with its own change in the very next
    clause (a stock of a part, not the year's new drawn out of the whole)."""
    return clause_start(folded, p.start) == clause_end(folded, c.end) + 1 and "新" not in _label(folded, c)


def _drawn_new_before(folded: str, before: list[Fig], c: Fig) -> bool:
    """累计建成4,860个，其中今年新建1,240个，较上年末的…: the year's new drawn out right after the level."""
    nxt = next((g for g in before if g.start > c.end), None)
    return nxt is not None and _is_new(folded, nxt) and _label(folded, nxt).startswith("其中")


# 由3.2万人增加到4.6万人，新增1.4万人: a bare 由 (or 由2015年的) when the rise is named in the very next clause
_FROM_ANY_TO = re.compile(r"由(?:(?:(?:19|20)\d\d年(?:末|底)?|上年末|上年底|去年底|去年末|年初|上年|去年)的)?$")


def _risen_from(folded: str, qty: list[Fig], stock: Fig, n: Fig | None = None) -> Fig | None:
    """总数由上年的5862个增加到6415个: the previous level the stock rose from, right before it."""
    p = next((g for g in reversed(qty) if g.end <= stock.start), None)
    if p is None or not same_count_unit(p, stock) or not _RISE_TO.fullmatch(folded[p.end:stock.start]):
        return None
    lab = label_of(folded, p)
    if n is None:
        return p if _FROM_LABEL_TO.search(lab) else None
    if _FROM_LABEL_TO.search(lab):
        return p
    # a bare 由: only with the rise named as such (新增/净增/增加) in the very next clause
    named_rise = bool(_NET_AFTER_RISE.match(folded[clause_start(folded, n.start):n.start]))
    if n.start > stock.end and _FROM_ANY_TO.search(lab) and named_rise \
            and clause_start(folded, n.start) == clause_end(folded, stock.end) + 1:
        return p
    return None


_BRACKET_PREVIOUS = re.compile(r"^[（(](?:" + _PREVIOUS.pattern + r")(?:累计)?(?:为|是|的|达)?$")  # （上年末累计55家）
# （上年末累计建成2,640个）: the same with the act after 累计
_BRACKET_PREVIOUS_DONE = re.compile(r"^[（(](?:" + _PREVIOUS.pattern + r")(?:累计[\u4e00-\u9fff]{0,2}?)?(?:为|是|的|达)?$")


def _in_previous_bracket(folded: str, c: Fig) -> bool:
    """（上年末为136个）: a previous value in brackets."""
    cs = clause_start(folded, c.start, CLAUSE_SEP + "（(")  # the separators of label_of, computed once for all rules
    return cs > 0 and folded[cs - 1] in "（(" and bool(_BRACKET_PREVIOUS_DONE.match("（" + folded[cs:c.start]))


# （“十二五”末为18.6万人）: the end of a five-year plan period, last year-end in the report of the year after it
_PLAN_END_BRACKET = re.compile(r"^[（(][“\"]?(?P<k>十[一二三四]?五)[”\"]?(?:期)?末(?:累计[\u4e00-\u9fff]{0,2}?)?(?:为|是|的|达)?$")
_PLAN_END_YEAR = {"十五": 2005, "十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025}


def _plan_end_before(doc, text: str) -> bool:
    """Is the bracket text the end of the five-year plan period that closed the year before the report's?"""
    m = _PLAN_END_BRACKET.match(text)
    return bool(m and doc is not None and doc.year and _PLAN_END_YEAR.get(m.group("k")) == doc.year - 1)


def _previous_in_brackets(folded: str, qty: list[Fig], stock: Fig, n: Fig, doc=None) -> Fig | None:
    """全县累计达到318个（上年末为202个）: the previous cumulative in brackets right after the current one.
    Only a cumulative (累计) never loses items, so only there must previous + new give current; a stock (实有, 总数)
    also drops what left (注销, 死亡) and keeps its two-figure check."""
    lab = _label(folded, stock)
    # (新建通村水泥路186公里，全县农村公路通车里程达到2,436公里，上年末为2,268公里: things built stay — a running total
    # by its kind though 累计 is not said)
    built = _running_total(folded, stock, n) == _STRICT and n.end <= stock.start
    if "累计" not in lab and not built and not (_STOCK.search(lab) and not _MAY_LEAVE.search(
            folded[clause_start(folded, n.start, "；;。！？!?\n"):clause_end(folded, stock.end, "；;。！？!?\n")])):
        return None
    crossed = False
    for p in qty:
        if p.start > stock.end and p is not n and same_count_unit(p, stock) and (
                _BRACKET_PREVIOUS_DONE.match(folded[stock.end:p.start]) or _plan_end_before(doc, folded[stock.end:p.start])):
            return p
        # 累计建成…3,820个，其中当年新增1,180个（上年末累计2,640个）: the bracket after the year's flow that follows it
        if "累计" in lab and p.start > n.end > stock.end and same_count_unit(p, stock) \
                and _BRACKET_PREVIOUS_DONE.match(folded[n.end:p.start]):
            return p
        # 累计完成改造286个，其中今年新开工63个，上年末累计为218个: the previous cumulative in a clause of its own, the
        # next amount after the pair (…，新建B 96个，累计达到90个，上年末为70个: 70 is B's)
        if p.start > n.end and p.start > stock.end and same_count_unit(p, stock):
            if not crossed and ("累计" in lab or built) and (
                    _PREVIOUS_CLAUSE.match(_label(folded, p)) or _named_previous(doc, folded, p, stock)):
                return p
            crossed = crossed or _is_new(folded, p)  # (another flow's pair follows; 惠及居民2.4万户 is no pair)
    return None


# 截至上年底累计建成示范村106个 / 截至2000年底累计已治理小流域38条 (in a 2001 report): last year-end's cumulative of a
# thing named again
_PREVIOUS_NAMED = re.compile(r"^(?:截至|截止|到)?(?:上年底|上年末|去年底|去年末|(?P<y>(?:19|20)\d\d)年(?:底|末))(?:已)?累计")


# 截至2015年底，全市已累计建成…291处；今年新建…41处，累计建成…326处 (in a 2016 report): a group of clauses opening
# with last year-end dates its first cumulative
_DATED_PREVIOUS = re.compile(r"\s*(?:截至|截止|到)(?:上年底|上年末|去年底|去年末|(?P<y>(?:19|20)\d\d)年(?:底|末))[，,]")


def _previous_named(doc, lab: str) -> bool:
    """截至上年底累计… / 截至2017年底累计… (in a 2018 report): last year-end's cumulative; 截至2018年底累计达到… in
    that report is this year's."""
    m = _PREVIOUS_NAMED.match(lab)
    return bool(m) and not (m.group("y") and doc.year and int(m.group("y")) >= doc.year)


# 截至2020年底累计达到148处 / 到年底累计达到…: a running total dated to this year's end, naming nothing but its verb
_DATED_LEVEL = re.compile(r"(?:截至|截止|到)(?:(?:19|20)\d\d年|年)(?:底|末)")


def _dated_cumulative_before(doc, folded: str, sfigs: list[Fig], c: Fig) -> Fig | None:
    """The cumulative of the same sentence dated to last year-end (截至2019年底，全县累计建成…126处) before c."""
    for p in reversed(sfigs):
        if p.end > c.start or p is c or not same_count_unit(p, c) or not p.quantity:
            continue
        return p if "累计" in _label(folded, p) and _dated_previous(doc, folded, sfigs, p) else None
    return None


def _names_previous(doc, lab: str) -> bool:
    """_PREVIOUS in a label, but a year-end of the report's year or later (截至2018年底 in a 2018 report) is the
    current level."""
    if not _PREVIOUS.search(lab):
        return False
    years = _YEAR_END.findall(lab)
    return not (years and doc.year and max(int(y) for y in years) >= doc.year)


def _dated_previous(doc, folded: str, qty: list[Fig], c: Fig) -> bool:
    """Is c last year-end's cumulative by the date opening its clause group (截至上年底，累计建成…) or the clause right
    before its own, no other amount standing between?"""
    if "累计" not in _label(folded, c):
        return False
    lo = clause_start(folded, c.start, "；;。！？!?\n")
    m = _DATED_PREVIOUS.match(folded, lo, c.start)
    cs = clause_start(folded, c.start)
    if not m and cs - 1 > lo and not any(c.end <= g.start < clause_end(folded, c.end, "；;。！？!?\n") and g.quantity
                                         for g in qty):
        # 坚持把安置房建设…来抓，截至2022年底，集团累计交付安置房12460套；…: the date in the clause right before, the
        # level closing its part of the sentence (with flows after it there, which one the date governs is not told)
        lo = clause_start(folded, cs - 1)
        m = _DATED_PREVIOUS.match(folded, lo, c.start)
    if not m or (m.group("y") and not (doc.year and int(m.group("y")) == doc.year - 1)):
        return False
    return not any(lo <= g.start < c.start and g.quantity for g in qty)


def _named_previous(doc, folded: str, p: Fig, stock: Fig) -> bool:
    m = _PREVIOUS_NAMED.match(_label(folded, p))
    if not m or (m.group("y") and not (doc is not None and doc.year and int(m.group("y")) == doc.year - 1)):
        return False
    return _same_thing(folded, p, stock)


_PREVIOUS_CLAUSE = re.compile(r"^(?:" + _PREVIOUS.pattern + r")(?:累计)?(?:为|是|达|达到|共)?$")


_STOCK_NAME = re.compile(r"人数|总数|总量|累计|共有|现有|实有|保有")


def _stock_named_before(doc, folded: str, figs: list[Fig], n: Fig, noun: str) -> Fig | None:
    """The nearest earlier stock of the document whose name contains the new figure's noun (参保 → 参保人数)."""
    core = _LEAD_PARTICLES.sub("", noun)
    if len(core) < 2 or not _NEW.search(_label(folded, n)):
        return None
    # a stock's name holding the noun stands after the noun's first use: only the figures from there are asked
    own = clause_start(folded, n.start)  # (the flow's own words are no earlier use)
    first = folded.find(core, 0, own)
    if first < 0 and len(core) >= 4 and ("新" + core) in _label(folded, n):
        # 全年新设市场主体 → 设市场主体: a one-character verb after 新 that no list names; the thing is what follows it
        core = core[1:]
        first = folded.find(core, 0, own)
    if first < 0:
        return None
    # (the stocks a flow of this unit may name, in text order, kept per unit: a long text asks for hundreds of flows)
    of_unit = cached(doc, "_cum_named_stocks_cache", figs, dict)
    key = (n.base_unit, n.kind == "count")
    if key not in of_unit:
        of_unit[key] = _named_stocks(doc, folded, figs, n)
    stocks, starts = of_unit[key]
    for c in reversed(stocks[bisect.bisect_left(starts, first):bisect.bisect_left(starts, n.start)]):
        if c.end <= n.start and core in _label(folded, c):
            return c
    return None


def _named_stocks(doc, folded: str, figs: list[Fig], n: Fig) -> tuple[list[Fig], list[int]]:
    """The figures of the document _stock_named_before may return for a flow of n's unit (a stock's name, no new,
    base, change, target, per-unit value or plan), in text order, and their starts."""
    out = [c for c in cached(doc, "_cum_stock_named_cache", figs, lambda: _stock_named(doc, folded, figs))
           if same_count_unit(c, n)]
    return out, [c.start for c in out]


def _stock_named(doc, folded: str, figs: list[Fig]) -> list[Fig]:
    """The amounts of the document in sentences whose names say a stock (人数, 累计, 现有…) and that are no new, base,
    change, target, per-unit value or plan, in text order."""
    out = []
    for c in figs:
        if c.sent < 0 or not c.quantity:
            continue
        lab = _label(folded, c)
        if _STOCK_NAME.search(lab) and not _is_new(folded, c) and not is_reference(folded, c) \
                and not is_per_unit(folded, c) and not in_plan(folded, doc, c):
            out.append(c)
    return out


_PLAN = re.compile(r"[“\"]?(九|十|十一|十二|十三|十四|十五)五[”\"]?(?:期间|时期|以来)")
_PLAN_NO = {"九": 9, "十": 10, "十一": 11, "十二": 12, "十三": 13, "十四": 14, "十五": 15}
_PERIOD_FLOW = re.compile(r"^(?:其中)?(?:全年|今年|当年|本年|年内)")


def _covers_this_year(doc, folded: str, c: Fig, n: Fig) -> bool:
    """Is `c` a cumulative over a period that includes the report's year, and `n` this year's flow? (a five-year plan
    that runs through the year, or 以来 up to now)"""
    lab = _label(folded, c)
    if "累计" not in lab or not _PERIOD_FLOW.search(_label(folded, n)) or not doc.year:
        return False
    m = _PLAN.search(lab)
    if m:
        start = 1966 + 5 * (_PLAN_NO[m.group(1)] - 3)  # the third plan began in 1966; each runs five years
        # the flow's year: the one its section heading names (二、2005年工作回顾 in a report of 2006), else the report's
        named = [int(y) for y in _YEAR.findall(doc.section_at(n.start))]
        year = named[0] if len(named) == 1 else doc.year
        return start <= year <= start + 4 or "以来" in m.group(0) and start <= year
    return "以来" in lab and not _other_year(doc, folded, n)


def _stock_of_previous_sentence(doc, folded: str, sents: dict, si: int, n: Fig) -> Fig | None:
    """全县现有专职消防员22名。其中，今年新招录8名: a sentence opening with 其中 draws from the stock just stated."""
    para = paragraph_start(folded, n.start)
    cands = [c for c in sents.get(si - 1, []) if c.start >= para and same_count_unit(c, n) and not _is_new(folded, c)
             and _STOCK.search(_label(folded, c)) and not is_reference(folded, c)]
    return cands[-1] if cands else None


def _previous_sentence_cumulative(doc, folded: str, sents: dict, si: int, stock: Fig, n: Fig) -> Fig | None:
    """截至上年末，全市累计建成…136个。今年新建42个，全市累计达到178个: the previous cumulative in the sentence before."""
    if "累计" not in _label(folded, stock) or not (n.sent == stock.sent == si):
        return None
    para = paragraph_start(folded, n.start)
    s0 = doc.sentences[si - 1].start if si >= 1 else 0
    cands = [c for c in sents.get(si - 1, []) if c.start >= para and same_count_unit(c, n) and "累计" in _label(folded, c)
             and _PREVIOUS.search(folded[s0:c.start]) and not _THIS_YEAR_END.search(folded[s0:c.start])]
    # (5G基站上年末累计建成2140个…。全年新增上云企业320家，累计上云企业1260家: another thing's previous level)
    return cands[-1] if len(cands) == 1 and _same_thing(folded, cands[-1], stock) else None


_SCOPE_AFTER_END = re.compile(r"(?<=[底末])(?:全[国省市县区镇乡]|辖区)")


def _next_sentence_previous(doc, folded: str, sents: dict, si: int, stock: Fig, n: Fig) -> Fig | None:
    """全市累计建成5G基站3,820个，其中当年新增1,180个。上年末累计建成5G基站2,640个: last year-end's cumulative of the same
    thing opening the sentence right after the pair (same paragraph)."""
    if "累计" not in _label(folded, stock) or not (n.sent == stock.sent == si) or si + 1 not in sents:
        return None
    nxt = [c for c in sents[si + 1] if c.quantity]
    if not nxt or not same_count_unit(nxt[0], n) or paragraph_start(folded, nxt[0].start) != paragraph_start(folded, n.start):
        return None
    c = nxt[0]
    lab = _label(folded, c)
    whole = _SCOPE_AFTER_END.sub("", re.sub(r"[，,\s]", "", folded[doc.sentences[c.sent].start:c.start]))
    if lab != whole and _previous_named(doc, whole):
        lab = whole  # (截至2018年底，全县累计脱贫2.37万人: the year-end in a clause of its own)
    if _years_back(doc, lab) or not (_previous_named(doc, lab) or _PREVIOUS_CLAUSE.match(lab) or _PREVIOUS.match(_SCOPE_LEAD.sub("", lab))
            and "累计" in lab) or not _same_thing(folded, c, stock):
        return None
    return c


_bigrams = bigrams  # (common.bigrams: the name the module's readings call it by)


_REACH_ONLY = re.compile(r"(?:已)?(?:达到|达|为|共|有|是)?")


def _stocks_with_earlier_flow(doc, folded: str, figs: list[Fig], sents: dict, paired: set[int]) -> list[dict]:
    """A cumulative or a year-end stock whose period flow was stated before it:
    共排查各类隐患1,846项；…以来累计排查各类隐患1.26万项 (new ≤ cumulative);
    全年发放个人住房贷款6,215笔。…累计发放个人住房贷款12.86万笔（上年末为12.34万笔） (previous + new = current);
    全年接收进馆档案4,326卷。馆藏档案由上年末的8.22万卷增加到8.65万卷 (previous + new = current)."""
    out = []
    starts = _sentence_floors(doc)
    for si, sfigs in sents.items():
        # a stock's label holds 累计, 总计 or 由: a sentence without them before its last figure has none
        if si < 0 or not _STOCK_CHARS.search(folded, starts[si], sfigs[-1].start):
            continue
        out.extend(_stocks_in_sentence(doc, folded, figs, sents, paired, sfigs))
    return out


def _after_uses(folded: str, figs: list[Fig], starts: list[int], name: str, upto: int, end: int):
    """The figures before figs[upto] whose clause holds `name` (used before `end`) before them, nearest first (and
    maybe a few that do not: the caller tests the label): those of a clause after a use of the name, found from the
    uses in the text, not by reading every figure back to the first use."""
    uses = []
    q = folded.find(name, 0, end)
    while q >= 0:
        uses.append(q)
        q = folded.find(name, q + 1, end)
    hi = upto
    for q in reversed(uses):
        lo = bisect.bisect_left(starts, q + len(name))
        top = min(hi, bisect.bisect_right(starts, clause_end(folded, q)))
        for i in range(top - 1, lo - 1, -1):
            yield figs[i]
        hi = min(hi, lo)


# a stock's level named before a 其中 part (…总数由…增加到86处 / 累计建成57个 / 总量达到…)
_STOCK_BEFORE = re.compile(r"累计|总数|总量|总计|(?:增加|增长|提高|上升|扩大)到|增至|达到")


def _named_around(folded: str, noun: str, nlab: str, n: Fig) -> bool:
    """解决了37个行政村4.1万人的饮水不安全问题 for 累计解决农村饮水不安全人口: the cumulative's verb before the flow and
    four characters of its thing in the words after it (…的饮水不安全问题)."""
    if len(noun) < 6 or noun[:2] not in nlab:
        return False
    after = folded[n.end:clause_end(folded, n.end)]
    if not after.startswith("的"):
        return False
    return any(noun[i:i + 4] in after for i in range(2, len(noun) - 3))


def _stocks_in_sentence(doc, folded: str, figs: list[Fig], sents: dict, paired: set[int], cands: list[Fig]) -> list[dict]:
    out = []
    for c in cands:
        if not c.quantity or c.start in paired:
            continue
        lab = label_of(folded, c)  # a bracket starts its own label: （上年末为12.34万笔）
        # a cumulative (累计…) or a level reached from last year's (由上年末的8.22万卷增加到…); nothing else is a stock here
        holding = None
        if "累计" not in lab and "总计" not in lab and "由" not in lab:
            holding = _HOLDING_TOTAL.fullmatch(_SCOPE_LEAD.sub("", lab)) if "总" in lab else None
            if holding is None:
                continue
        if _previous_named(doc, lab) or _dated_previous(doc, folded, cands, c):
            continue  # 截至上年底累计建成…106个: last year's level, which this year's flow does not fill
        m = None
        for m in _STOCK_NOUN.finditer(lab):
            pass
        if m is None and holding is None and not ("由" in lab and _RISE_TO_END.search(lab)):
            continue
        if is_reference(folded, c) or is_per_unit(folded, c):  # (a plan is tested last, before a row: dearest)
            continue  # a per-capita value (人均可支配收入由上年的…增加到…) is a level, not a stock that flows fill
        sfigs = sents.get(c.sent, [])
        if lab.startswith("其中") and _part_of_flow(folded, [f for f in sfigs if f.quantity], c):
            continue  # 新增参保2.6万人，其中…累计纳入8400人: a part of the flow before it, not its stock
        if lab.startswith("其中") and any(g.end <= c.start and g.quantity and same_count_unit(g, c)
                                          and _STOCK_BEFORE.search(label_of(folded, g)) for g in sfigs):
            continue  # 总数由上年末的72处增加到86处，其中室内避难场所累计9处: a part of the stock stated before it
        # 上年末为12.34万笔 / 由上年末的8.22万卷 / 由上年的12家(增至14家)
        prev = [p for p in sfigs if p is not c and same_count_unit(p, c) and (
            _names_previous(doc, pl := label_of(folded, p)) and not _years_back(doc, pl)
            or (p.end <= c.start and _FROM_PREVIOUS.search(label_of(folded, p))))]
        named_before = False
        if holding is not None:
            noun = holding.group("noun")  # (reported only when it holds: a holding also loses items)
        elif m is not None:
            # 累计结存 is 累计结余; 累计改造片区11个、拆除危旧房屋18.2万平方米: the figure's own noun is the last item
            noun = _LEAD_PARTICLES.sub("", lab[m.end():].split("、")[-1]).replace("结存", "结余")
            named_before = bool(_REACH_ONLY.fullmatch(noun)) and "、" not in lab
            if named_before:
                # 全区残疾人实名制就业累计达到3,968人: the thing is named before 累计 (a flow must end with its head noun)
                noun = _LEAD_PARTICLES.sub("", _SCOPE_LEAD.sub("", lab[:m.start()]))
                if not prev and _DATED_LEVEL.match(lab):
                    # 截至2019年底，全县累计建成集中供水工程126处，截至2020年底累计达到148处: last year-end's dated
                    # cumulative of the sentence names the thing, and is the previous level
                    p = _dated_cumulative_before(doc, folded, sfigs, c)
                    if p is not None:
                        prev = [p]
                        pl = _label(folded, p)
                        k = pl.rfind("累计")
                        noun = _LEAD_PARTICLES.sub("", _REACH_ONLY.sub("", pl[k + 2:], 1))
                        named_before = False
        elif prev and prev[0].end <= c.start:
            noun = lab[:lab.rfind("由")]
            if _PER_ITEM.search(noun):
                continue  # 每部电梯补助标准由15万元提高到20万元: a rate per item, not a stock the year's flow fills
        else:
            continue
        if len(noun) < 3:
            # 为2,460户…家庭新悬挂光荣牌，历年累计悬挂11,380户: a bare verb pairs only with 新 + the same verb in its
            # sentence when nothing follows the cumulative (累计认定20家市级示范基地 names another thing)
            # (今年为…家庭悬挂光荣牌1.1万块，累计悬挂4.3万块; 改造管网186公里，“十三五”以来累计改造642公里: the verb with
            # this year's marker, or a cumulative since a start)
            since = "以来" in lab
            same = len(noun) == 2 and not folded[c.end:clause_end(folded, c.end)].strip() and next(
                (n for n in sfigs if n.end <= c.start and same_count_unit(n, c) and n not in prev and not is_reference(folded, n)
                 and (_verb_of_flow(folded[clause_start(folded, n.start):clause_end(folded, n.end)], noun, since)
                      # 改造农村危房146户，累计改造1,020户: the same verb in the clause right before the running total
                      or clause_end(folded, n.end) + 1 == clause_start(folded, c.start) and not is_sub_period(folded, n)
                      # (累计新增8.62万人，其中2006—2009年累计新增6.75万人: a part of the figure before, not its total)
                      and not folded.startswith("其中", clause_start(folded, c.start))
                      and not _SUB_PERIOD_SCAN.search(folded, doc.sentences[c.sent].start, c.start)
                      and noun in folded[clause_start(folded, n.start):n.start])), None)
            if not same and len(noun) == 2 and c.sent > 0 and not folded[c.end:clause_end(folded, c.end)].strip() \
                    and _SINCE_OR_NOW.search(folded, doc.sentences[c.sent].start, c.start):
                same = _year_flow_before(doc, folded, sents, c, noun)
            if same and not _apart_in_time(doc, folded, c, same) and not in_plan(folded, doc, c):  # 全年开展86次，其中10月以来累计开展45次
                paired.add(c.start)
                out.append(_two(folded, c, same))
            continue  # 累计认定20家市级…: a bare verb names nothing to pair with
        para = paragraph_start(folded, c.start)
        # a cumulative stated with its previous level (累计受理2,351,708件，截至2021年底累计为1,802,614件) adds the period's
        # flow however far back in its paragraph that flow stands
        back = 8 if prev and "累计" in lab else 2
        starts = cached(doc, "_cum_fig_starts_cache", figs, lambda: [f.start for f in figs])  # (figs run in text order)
        upto = bisect.bisect_left(starts, c.start)
        qual = _stock_qualifier(lab, m) if m is not None and not named_before else ""
        flows = [n for n in figs[bisect.bisect_left(starts, para):upto] if n.end <= c.start and c.sent - back <= n.sent
                 and same_count_unit(n, c)
                 and n not in prev and not is_reference(folded, n) and not _STOCK.search(_label(folded, n))
                 and (not is_sub_period(folded, n) or prev and _from_year_start(folded, n))
                 and not _goal_after(folded, n) and not _flow_of_other_year(doc, folded, n)
                 and not _planned_flow(folded, n)]
        new = None
        for n in reversed(flows):
            nlab = _label(folded, n)
            plan = _actual_of_plan(folded, sents.get(n.sent, []), n)
            if plan is not None:
                # 年度计划投资2.2亿元，实际完成2.36亿元，累计完成投资3.88亿元: the actual, named by its plan
                nlab = _label(folded, plan) + nlab
            if _other_scope(nlab, lab):
                continue  # 全县新建农村公路120公里，全市累计建成…: two scopes
            if _names_earlier_item(nlab, noun) or qual and qual not in folded[para:n.start]:
                # 今年开展远程会诊…例、远程心电诊断1.6万例 … 累计开展远程会诊: the noun heads another item of the list;
                # 全年完成投资86.3亿元 … 城市更新项目累计完成投资: the running total of a narrower thing the flow never names
                continue
            if named_before and noun not in nlab and _common_tail(_COUNT_TAIL.sub("", noun), nlab) < 2:
                continue  # 新增城镇就业 … 城镇职工参保人数累计达到: another head noun
            if noun in nlab or (_FLOW.search(nlab) and (_bigrams(noun) & _bigrams(nlab))
                                and not _two_kinds(nn := _noun_after_marker(folded, n), lab)
                                and not _modifier_only(nn, lab) and not _other_cuts(nlab, noun)) or (
                    # 县政府领导领办重点提案8件 … 本届以来累计由县领导领办重点提案6件: the same act, this year's count
                    _common_tail(noun, nlab) >= max(4, len(noun) // 2) and "有" not in nlab) \
                    or _named_around(folded, noun, nlab, n):
                new = n
                break
        if new is None and len(noun) >= 4 and "累计" in lab:
            # 一年来…开展执法检查5次 … 本届以来累计开展执法检查17次: the same act word for word, paragraphs apart
            # (a label holding the noun stands after the noun's first use: the figures before it cannot)
            new = next((n for n in _after_uses(folded, figs, starts, noun, upto, c.start)
                        if n.end <= c.start and n.sent >= 0 and same_count_unit(n, c) and n not in prev
                        and noun in _label(folded, n) and not is_reference(folded, n) and not in_plan(folded, doc, n)
                        and not _STOCK.search(_label(folded, n)) and "累计" not in _label(folded, n)
                        and not _other_year(doc, folded, n)), None)
        bare = _LEAD_VERB.sub("", noun)
        if new is None and len(bare) >= 4 and bare != noun and "累计" in lab:
            # 十是新建社区卫生服务站12个 … 全区累计建成社区卫生服务站57个: the same thing, a flow word before it
            new = next((n for n in _after_uses(folded, figs, starts, bare, upto, c.start)
                        if n.end <= c.start and n.sent >= 0 and same_count_unit(n, c) and n not in prev
                        and bare in (nl := _label(folded, n)) and _FLOW.search(nl) and not is_reference(folded, n)
                        and not in_plan(folded, doc, n) and not _STOCK.search(nl) and "累计" not in nl
                        and not _other_scope(nl, lab) and not _other_year(doc, folded, n)), None)
        if new is None and not prev and "以来" in lab and "累计" in lab and len(noun) >= 4:
            # 本届以来累计办理代表建议612件 … (paragraphs before) 代表共提出建议168件，其中交由县政府办理的156件: the
            # year's count, its act and its thing named apart; reported only when it holds (the words may name a part)
            year_count = _year_count_of(doc, folded, figs[:upto], c, noun, lab)
            if year_count is not None and not in_plan(folded, doc, c):
                row = _two(folded, c, year_count)
                if row is not None and row["verdict"] == schema.CONSISTENT:
                    row["start"], row["end"] = _lead(folded, c.start), c.end  # (the count stands paragraphs before)
                    paired.add(c.start)
                    out.append(row)
            continue
        if new is not None and qual and qual not in folded[min(para, paragraph_start(folded, new.start)):new.start]:
            continue  # 全年完成投资86.3亿元 … 城市更新项目累计完成投资41.8亿元: the flow never names the narrower thing
        if new is None or _apart_in_time(doc, folded, c, new) or in_plan(folded, doc, c) or in_plan(folded, doc, new):
            continue  # 全年开展执法检查86次 … 自10月以来，累计开展执法检查45次: a total since a month of the year
        paired.add(c.start)
        # (2019年底累计培训新型职业农民… is no previous level of 累计培训基层干部: two things)
        prev_c = [p for p in prev if p is not new and not _totals_of_two_things(folded, p, c)]
        if prev_c and "累计" not in lab and _MAY_LEAVE.search(folded[paragraph_start(folded, c.start):c.start] + _label(folded, new)):
            prev_c = []  # registrations net of deregistrations: only new ≤ current holds
        if holding is not None:
            row = _two(folded, c, new)
            if row is not None and row["verdict"] == schema.CONSISTENT:
                out.append(row)
            continue
        row = _bounded_three(folded, sents, prev_c[0], new, c) if prev_c else None  # (people: only new ≤ current)
        out.append(row if row is not None else _two(folded, c, new))
    return out


# what may stand before 累计 and name no thing: a scope, a date, a start (…以来), an adverb
_NOT_QUALIFIER = re.compile(r"以来|至今|截至|截止|目前|年|月|期间|历年|累计|总计|共|已|先后|全[国省市县区镇乡]|辖区|本[省市县区镇乡届]|我[省市县区镇乡局委院校]")
_LIST_ITEM_EDGE = re.compile(r"[\d０-９][^、，,；;。]*、")


def _stock_qualifier(lab: str, m) -> str:
    """城市更新项目累计完成投资 → 城市更新项目: the thing a running total is narrowed to, named before its 累计 ("" when
    only a scope, a date or a start stands there)."""
    if lab.startswith(("以来", "至今"), m.start()):
        return ""  # 热线开通以来累计受理…: what stands before is the start of the total, not a kind of thing
    q = _LEAD_PARTICLES.sub("", _SCOPE_LEAD.sub("", lab[:m.start()]))
    return q if len(q) >= 4 and _HAN2.fullmatch(q) and not _NOT_QUALIFIER.search(q) else ""


def _names_earlier_item(nlab: str, noun: str) -> bool:
    """今年开展远程会诊3,480例、远程影像诊断2.1万例、远程心电诊断 vs 开展远程会诊: the noun stands only in the head of an
    earlier item of the flow's list (its label runs over figures before it), never in the flow's own item."""
    if len(noun) < 2 or "、" not in nlab or noun not in nlab:
        return False
    ends = [e.end() for e in _LIST_ITEM_EDGE.finditer(nlab)]
    return bool(ends) and noun not in nlab[ends[-1]:]


def _year_count_of(doc, folded: str, before: list[Fig], c: Fig, noun: str, lab: str) -> Fig | None:
    """The first figure of the text, before a running total since a start (…以来累计办理代表建议), whose clause names the
    total's act (办理) in a sentence naming its thing (建议) — the year's count of it; None for a total naming no act
    and thing, or starting after the report's year."""
    act, head = noun[:2], noun[-2:]
    if len(noun) < 4 or act == head or not _bigrams(act) or not _bigrams(head) \
            or any(int(y) > (doc.year or 0) for y in _YEAR.findall(lab)):
        return None
    for n in before:
        if n.sent < 0 or n.sent == c.sent or not n.quantity or not same_count_unit(n, c):
            continue
        cs, ce = clause_start(folded, n.start), clause_end(folded, n.end)
        if folded.find(act, cs, ce) < 0:
            continue
        s0 = doc.sentences[n.sent].start
        if folded.find(head, s0, ce) < 0:
            continue
        if CJK_CHAR.match(folded, n.end) and folded.find(head, n.end, n.end + len(head) + 3) < 0:
            continue  # 县委4个巡察组对14个党组织开展巡察: 4个 counts the 巡察组 named right after it, not the thing
        nlab = _label(folded, n)
        if is_reference(folded, n) or is_change(folded, n) or is_sub_period(folded, n) or _STOCK.search(nlab) \
                or _other_scope(nlab, lab) or _other_year(doc, folded, n) or in_plan(folded, doc, n):
            continue
        return n
    return None


# 每部电梯补助标准 / 每人每月补贴 / 补助标准: an amount per item or a standard rate
_PER_ITEM = re.compile(r"每[\u4e00-\u9fff]|标准$")
_RISE_TO_END = re.compile(r"(?:增加|增长|提高|减少|下降|增|升|降)(?:到|至)$")
_LEAD_VERB = re.compile(r"^(?:建成|建设|新建|新增|认定|培育|创建|发放|完成|开通|改造|引进|设立|组建)")


def _other_scope(a: str, b: str) -> bool:
    """全县… and 全市…: two labels that name two different scopes."""
    x, y = _SCOPE.search(a), _SCOPE.search(b)
    return bool(x and y and x.group(0) != y.group(0))


def _other_year(doc, folded: str, n: Fig) -> bool:
    """Does the sentence name a year other than the report's before the figure (2019年开展执法检查5次 in a 2021 report)?"""
    s0 = doc.sentences[n.sent].start
    years = {int(y) for y in _YEAR.findall(folded[s0:n.start])}
    return bool(years and doc.year and years != {doc.year})


_YEAR_LEAD = re.compile(r"(?:全年|今年|当年|本年)(?:共|新)?")  # (used with match at a clause start)


def _year_flow_before(doc, folded: str, sents: dict, c: Fig, verb: str) -> Fig | None:
    """全年立案审查调查217件…。党的十八大以来，全县累计立案1,134件: a running total since a start, named by its verb
    alone, and the year's flow opening with that verb in the sentence before (same paragraph)."""
    s0 = doc.sentences[c.sent].start
    if any(int(y) > (doc.year or 0) for y in _YEAR.findall(folded, s0, c.start)):
        return None  # (a start after the report's year: not this report's running total)
    para = paragraph_start(folded, c.start)
    for n in reversed(sents.get(c.sent - 1, [])):
        if n.start < para:
            break
        if not n.quantity or not same_count_unit(n, c) or is_reference(folded, n):
            continue
        # 全年立案审查调查217件 / 全年实现3,426户11,572人稳定脱贫: the year's word opens the clause, the verb in it
        cs = clause_start(folded, n.start)
        if _YEAR_LEAD.match(folded, cs, n.start) and folded.find(verb, cs, clause_end(folded, n.end)) >= 0:
            return n
    return None


# 党的十八大以来 / 截至年底 / 截至目前 / 到12月底: a running total since a start, or at this year's end
_SINCE_OR_NOW = re.compile(r"以来|截至(?:目前|今)|(?<![上去前])年[底末]|(?<!\d)12月[底末]")


def _verb_of_flow(clause: str, verb: str, since: bool) -> bool:
    """Does a flow's clause name the cumulative's bare verb as this period's (新悬挂, 今年…悬挂, or any 改造 when the
    cumulative runs since a start)?"""
    if "新" + verb in clause:
        return True
    if since and re.search("新[\u4e00-\u9fff]?" + verb[0], clause):
        return True  # 新改建农村公路86.5公里，“十二五”以来累计建成72.3公里: one act, two words for it
    return verb in clause and (since or bool(_PERIOD_WORD.search(clause)))


def _common_tail(a: str, b: str) -> int:
    """县政府领导领办重点提案 / 由县领导领办重点提案 → 6: the length of the noun both end with."""
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k] and "\u4e00" <= a[-1 - k] <= "\u9fff":
        k += 1
    return k


def _named_in(noun: str, c: Fig, n: Fig, folded: str) -> bool:
    """A stock in the same measure word, or in another of its group (今年新发展党员12名，现有党员48人) that names the
    new figure's noun."""
    core = _LEAD_PARTICLES.sub("", noun)
    return same_unit(c, n) or (len(core) >= 2 and core in _label(folded, c))


_LIST_LEAD_WORDS = re.compile(r"^(?:其中|、)+")  # (a prefix, not a set of characters: 其中中小学 → 中小学)


def _pick(folded: str, before: list[Fig], n: Fig, noun: str) -> Fig | None:
    """The cumulative a new figure adds to: one naming the same thing, else the nearest compatible one."""
    # (…由上年末的214家增至年末的281家: the level a rise starts from is the year before's, never the stock the new adds to)
    before = [c for c in before if not _FROM_ANY_TO.search(_label(folded, c))]
    if not before:
        return None
    core = _LEAD_PARTICLES.sub("", noun)
    nlab = _label(folded, n)
    # 其中续建项目22个、新开工项目38个: two items of one list, never a stock and what is added to it
    if before and folded.startswith("、", before[-1].end) and "，" not in folded[before[-1].end:n.start] \
            and not _STOCK.search(_label(folded, before[-1])):
        return None  # the split is parts_sum's
    last = before[-1]
    if (nlab.startswith("其中") and clause_start(folded, n.start) == clause_end(folded, last.end) + 1
            and (_STOCK.search(_label(folded, last)) or _RISE_TO.search(_label(folded, last))
                 or (not _is_change_or_plan(folded, last) and not ANY_DIGIT.search(nlab)))):
        # (…由上年末的214家增至年末的281家，其中当年新认定296家: the level a rise reached is the stock too)
        # 总数为214名，其中今年新接收39名 / 建成示范线路6条，其中今年新开通8条: 其中 draws the new from the figure just
        # before, whatever its verb
        return last
    # 在建项目23个，其中工业项目14个、…、社会事业项目3个；新开工项目8个: an item of a 其中 list is a part of the
    # list's whole, which is the stock the new adds to
    # (聘用人员中今年新招聘6名: the new's clause names the item it is drawn from)
    ntext = folded[clause_start(folded, n.start):n.start]
    whole_of_list = [c for c in before if not _item_of_list(folded, c)]
    if len(whole_of_list) < len(before) and whole_of_list and not any(
            _item_of_list(folded, c) and len(k := _LIST_LEAD_WORDS.sub("", item_label(folded, c))) >= 2 and k in ntext for c in before):
        before = whole_of_list
    if len(core) >= 2:
        for c in reversed(before):
            if core in (lab := _label(folded, c)):
                # 实施省市重点项目23个，新开工项目68个: a bare count (no stock word) of a kind the new never names
                return None if _narrower_count(lab, core, nlab) else c
    for c in reversed(before):
        lab = _label(folded, c)
        adjacent = folded.find("，", c.end, n.start) >= 0 and not any(ch in "；;" for ch in folded[c.end:n.start])
        if not same_unit(c, n):
            continue  # 总量达到5.18万户；新增规上企业23家: another measure word names the thing only with its noun
        if (_STOCK.search(lab) or adjacent) and _compatible(noun, lab, c.metric, _label(folded, n)):
            return c
        if _STOCK.search(lab):
            return None  # the nearest cumulative is about something else
    return None


def _narrower_count(lab: str, core: str, nlab: str) -> bool:
    """实施省市重点项目 vs 新开工项目: a label with no stock word naming the new's noun under a qualifier (重点) the new's
    label does not carry counts a narrower kind, not the stock the new adds to."""
    if _STOCK.search(lab):
        return False
    i = lab.rfind(core)
    q = lab[max(0, i - 2):i]
    # (在建项目16个，…新开工项目7个: 在建 is the state the new ones enter, the stock itself)
    return len(q) == 2 and bool(_HAN2.fullmatch(q)) and q not in nlab and not q.startswith("在")


def _item_of_list(folded: str, c: Fig) -> bool:
    """其中工业项目14个、基础设施项目6个: a figure of a 、-list opened by 其中 in its clause."""
    text = folded[clause_start(folded, c.start):c.start]
    return text.startswith("其中") and ("、" in text or folded.startswith("、", c.end))


_CHANGE_LEAD = re.compile(r"(?:增加|增长|减少|下降|提高|降低|上升|净增|比上年|较上年|同比|多|少)了?$")


def _is_change_or_plan(folded: str, f: Fig) -> bool:
    """增加6条 / 计划建设6条 / 比上年的…: a change, a base or a target is no stock a 其中 can draw from."""
    return bool(_CHANGE_LEAD.search(_label(folded, f))) or is_reference(folded, f)


def _lead(folded: str, start: int) -> int:
    """The claim starts with the name of its first figure (累计编报社情民意信息46期): mark it too."""
    return max(start - 16, clause_start(folded, start))




def _may_shrink(folded: str, c: Fig, n: Fig) -> bool:
    """Does the text around a stock and a flow name an outflow (今年新发展会员1,200人，现有会员980人（部分会员已退会）;
    累计认定家庭农场62家（注销23家））? Then the stock may have lost items and end below the year's new."""
    lo = clause_start(folded, min(c.start, n.start), SENT_SEP)
    own = _label(folded, c) + _label(folded, n)  # 今年拆除违章建筑…，累计拆除…: the pair's own verb is no outflow
    return any(m.group(0) not in own for m in _OUTFLOW.finditer(folded, lo, clause_end(folded, max(c.end, n.end), SENT_SEP)))


_YEAR_TAIL = re.compile(r"^度?新?")
_PERIOD_ONLY = re.compile(r"(?:(?:19|20)\d\d年)?(?:第?[一二三四1-4]季度|[上下]半年|(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月份?|当月|本月|当季|本季度?)")



def _named_alike(folded: str, c: Fig, n: Fig) -> bool:
    """Does the cumulative name the new figure's thing itself (新增贷款 … 贷款余额, 新建污水管网 … 累计建成污水管网), not
    just share a character or a head with it (新增各项贷款 … 累计发放扶贫小额信贷, 新建污水管网 … 累计改造雨污分流管网)?
    Only a pair named alike may call a new figure above its cumulative an error."""
    noun = _YEAR_TAIL.sub("", _LEAD_PARTICLES.sub("", _noun_after_marker(folded, n)))  # 本年度新改造 → 改造
    noun = _PERIOD_ONLY.sub("", _ITEM_LEAD.sub("", noun))  # 其中第四季度: a period names no thing
    lab = _label(folded, c)
    if len(noun) < 2 or noun in lab or in_order(noun, lab):
        return True  # 今年培训人员 … 累计培训审计人员: the same words with a modifier left out
    core = _COUNT_TAIL.sub("", noun)
    if len(core) >= 3 and in_order(core, lab):
        return True  # 新增城镇就业人员 … 累计实现城镇新增就业: the same words without the count's tail (人员, 人数)
    # 新培训社会体育指导员 … 累计注册社会体育指导员 / 新增发明专利授权 … 累计拥有有效发明专利: one thing, two verbs
    if SequenceMatcher(None, noun, lab, autojunk=False).find_longest_match(0, len(noun), 0, len(lab)).size >= 3:
        return True
    head = _STOCK_HEAD.match(lab)
    own = _COUNT_TAIL.sub("", _STOCK.split(lab[head.end():] if head else _ITEM_LEAD.sub("", lab), 1)[0])
    if len(own) >= 3 and sorted(own) == sorted(_COUNT_TAIL.sub("", noun)):
        return True  # 新增土地流转面积 … 累计流转土地: verb and object in the other order
    return len(own) <= 2 or own in noun  # 累计新增 / 总数增至: the cumulative names no other thing


def _two(folded: str, c: Fig, n: Fig, apart: bool = False, named: bool = False) -> dict | None:
    """A stock and a flow → new ≤ cumulative (None when the flow exceeds a stock that may have lost items). apart: the
    two stand sections apart, their own sentences checked for what left already (_new_above_level); named: the caller
    found them named alike already."""
    if n.norm is not None and c.norm is not None and n.norm <= c.norm:
        ok = True  # (an interval holds its written value: new's low end ≤ new ≤ cumulative ≤ cumulative's high end)
    else:
        ci, ni = c.norm_interval(), n.norm_interval()
        ok = ni.low is None or ci.high is None or ni.low <= ci.high
    if not ok and (not named and not _named_alike(folded, c, n) or not apart and (_may_shrink(folded, c, n) or _scope_between(folded, c, n))):
        return None
    if not ok and c.norm and n.norm and n.norm > 2 * c.norm and not slipped(n.norm, c.norm):
        # 竣工投产项目完成投资47.62亿元。——生态保护项目累计完成投资3.53亿元: a flow more than twice a stock, no digit
        # slipped — two things named alike, not a new count larger than its total. Measured: none of the 2,020 errors
        # planted in the blind sets is so far apart, and two of their false alarms were (sixteenth session)
        return None
    computed = f"new {n.text} {'≤' if ok else '>'} cumulative {c.text}"
    start, end = _lead(folded, min(c.start, n.start)), max(c.end, n.end)
    figs = sorted([c, n], key=lambda f: f.start)
    return _row(ok, figs, start, end, f"cumulative {c.text}, new {n.text}", computed,
                (f"The {n.text} added this period do not exceed the cumulative {c.text}.",
                 f"新增{n.text}不超过累计{c.text}，数据一致。"),
                (f"The period's new {n.text} are more than the cumulative {c.text}; one of the two is wrong.",
                 f"当年新增{n.text}大于累计{c.text}，二者必有一误。"),
                "new larger than cumulative")


def _scope_between(folded: str, c: Fig, n: Fig) -> bool:
    """全省今年新增…320个，我县入选11个，累计达到46个: another scope named between the flow and the stock (or the flow's
    own scope another than the stock's): two places' counts."""
    a, b = (n, c) if n.start < c.start else (c, n)
    between = _SCOPE_WORD.findall(folded, a.end, clause_start(folded, b.start))  # (a clause between: not b's own)
    if not between:
        return False
    own = _chain_scope(folded, a)
    return any(w != own for w in between)


def _own_words(folded: str, f: Fig) -> str:
    """The words of a figure's own list item (全年新增620家、注销180家 → 注销 for 180家)."""
    lab = _label(folded, f)
    return lab[lab.rfind("、") + 1:]


def _leaves(folded: str, f: Fig) -> bool:
    """Is the figure an outflow of a stock (注销180家, 撤并10个, 复审未通过12家), by its own words?"""
    own = _own_words(folded, f)
    # the verb alone or with a few words (清理注销, 复审未通过); never a comparison (比上年减少12家) or another thing's
    # change (亏损企业减少12家)
    if len(own) > 6 or not _LEAVING.search(own) or _COMPARED.search(own):
        return False
    return "净" not in own and not _NEW.search(own) and not ("减少" in own and len(own) > 4)


def _item_of_running_list(folded: str, qty: list[Fig], n: Fig) -> bool:
    """累计脱贫3.42万人、退出贫困村86个，其中2019年脱贫1.05万人、退出贫困村92个: the item names again an item of a
    running total's list earlier in its sentence — the year's part of it, not an outflow of a stock."""
    own = _own_words(folded, n)
    return len(own) >= 3 and any(
        c.end <= n.start and own in folded[clause_start(folded, c.start, "，,；;、"):c.start]
        and "累计" in folded[clause_start(folded, c.start, "，,；;。"):c.start] for c in qty)


_LEAVING = re.compile(_EXIT.pattern + "|" + _OUTFLOW.pattern)
_COMPARED = re.compile(r"[比较]|同比|环比|下降|增长")


def _outflows(folded: str, sents: dict, p: Fig, n: Fig, c: Fig) -> list[Fig]:
    """The outflows of the stock stated in the sentences of the new and the current (撤并10个, 复审未通过12家)."""
    seen = {p.start, n.start, c.start}
    return [g for si in {n.sent, c.sent} for g in sents.get(si, ()) if g.quantity and g.start not in seen
            and same_count_unit(g, c) and (_leaves(folded, g) or _leaves_after(folded, g))]


# 对考核不合格的13名调解员予以解聘 / 9家企业被注销: the outflow's verb after its figure, in the figure's clause
_EXIT_AFTER = re.compile(r"[^，,；;。\d０-９]{0,14}?(?:予以|被|已|依法|相继|先后)(?:解聘|辞退|清退|注销|撤销|除名|退出|吊销|取消|淘汰|关停|"
                         r"撤并|核销|清理|劝退|免职|开除|解除)")


def _leaves_after(folded: str, f: Fig) -> bool:
    """Is the figure an outflow named by the verb after it (13名…予以解聘)?"""
    return bool(_EXIT_AFTER.match(folded, f.end))


# 加上本次会议的286件 / 再加上今年新建的… : the clause adds its amount to the one before
_ADDED_ON = re.compile(r"(?:再)?加上")
# 本届累计办理提案548件: the clause after states their sum as a running total (支出合计 / 共需办理 sum parts: parts_sum's)
_SUM_CLAUSE = re.compile(r"累计")
_LEVERED = re.compile(r"带动|撬动|拉动|吸引")
# ，总数达到148个 / ，累计达到: the running total named by no noun of its own, of the things the clause before counts
_BARE_SUM = re.compile(r"(?:全[市县区镇乡]|共|已)?总数(?:达到|达|为|已达)?")
_MARKED_CLASS = re.compile(r"以上|以下|各级|各类")
# 去年建成5G基站2100个，加上今年新建的…: the first amount a flow of last year, no stock the sum starts from
_LAST_YEAR_FLOW = re.compile(r"^(?:去年|上年)(?:新建|新增|建成|完成)")


def _added_on(doc, folded: str, sents: dict, paired: set[int], used: set[int]) -> list[dict]:
    """十一届一次会议交办提案272件，加上本次会议的286件，本届累计办理提案548件: three amounts of one unit in three
    clauses running on, the second opened by 加上 and the third a running total → the first plus the second is the
    third (previous + new = current)."""
    out = []
    if "加上" not in folded:
        return out
    for si in sentences_with(doc, folded, _ADDED_ON):
        qty = [g for g in sents.get(si, []) if g.quantity]
        for p, n, c in zip(qty, qty[1:], qty[2:]):
            cn, cc = clause_start(folded, n.start), clause_start(folded, c.start)
            if c.start in paired or not (same_count_unit(p, n) and same_count_unit(n, c)) \
                    or clause_end(folded, p.end) + 1 != cn or clause_end(folded, n.end) + 1 != cc \
                    or not _ADDED_ON.match(folded, cn) \
                    or not (_SUM_CLAUSE.search(folded, cc, c.start) or _BARE_SUM.fullmatch(folded, cc, c.start)) \
                    or _FLOW_NAMED.match(_label(folded, p)) or _LAST_YEAR_FLOW.match(_label(folded, p)) \
                    or folded[p.end:cn - 1].strip() or folded[n.end:cc - 1].strip() \
                    or in_plan(folded, doc, c) or in_plan(folded, doc, p) or _planned_flow(folded, p) \
                    or _LEVERED.search(folded, cc, c.start) or not (_share_noun(_label(folded, p), _label(folded, c))
                                                             or _BARE_SUM.fullmatch(folded, cc, c.start)) \
                    or _MARKED_CLASS.search(folded, cc, c.start):
                # (今年计划新建公厕20座，加上续建的5座，累计25座: a plan's sum; 财政投入2.3亿元，加上撬动的社会资本5.6亿元，
                # 累计带动投资12亿元: what they drew in, not their sum; 省级示范村12个，加上…，累计创建市级以上示范村46个:
                # a wider class; 新建公租房320套，…累计分配入住1,260套: another act on another thing)
                continue
            paired.add(c.start)
            used.add(n.start)  # (the amount added is read with its sum, not paired again with the one before it)
            out.append(_three(folded, p, n, c))
    return out


def _checked_three(folded: str, sents: dict, p: Fig, n: Fig, c: Fig) -> dict | None:
    """previous + new = current, unless the sentences of the new and the current state an outflow of the stock
    (年内新建563个，撤并10个): then previous + new − removed = current when it is the one outflow after the new, else
    nothing (the stock lost items nobody counted)."""
    outs = _outflows(folded, sents, p, n, c)
    if not outs:
        return _three(folded, p, n, c)
    if len(outs) == 1 and outs[0].start > n.end:
        row = _four(folded, p, n, outs[0], c)
        if row["verdict"] != schema.CONSISTENT:
            # 新增 may already be net of the outflow: wrong only when neither reading holds
            three = _three(folded, p, n, c)
            if three["verdict"] == schema.CONSISTENT:
                return three
        return row
    return None


def _three(folded: str, p: Fig, n: Fig, c: Fig) -> dict:
    lo, hi = _lead(folded, min(p.start, n.start, c.start)), max(p.end, n.end, c.end)
    ok, got_txt = _against(p.norm_interval() + n.norm_interval(), c)
    computed = f"{p.text} + {n.text} = {got_txt}; stated {c.text}"
    stated = f"previous {p.text} + new {n.text} = current {c.text}"
    return _row(ok, [p, n, c], lo, hi, stated, computed,
                (f"Last period's {p.text} plus the new {n.text} give the stated {c.text}.",
                 f"上期累计{p.text}加新增{n.text}等于{c.text}，数据一致。"),
                (f"Last period's {p.text} plus the new {n.text} give {got_txt}, not {c.text}.",
                 f"上期累计{p.text}加新增{n.text}应为{got_txt}，而非{c.text}。"),
                "previous cumulative plus new does not give the current cumulative")


# parts of the year named in a clause: 上半年, 第四季度, 前三季度, 1—6月, 7-12月, 截至9月底; 全年 is the whole year
_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
_M = r"(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
_PERIOD_OF_YEAR = re.compile(r"(?P<h>[上下])半年|(?P<q3>前三)季度|第?(?P<q>[一二三四1-4])季度"
                             rf"|{_M}月?(?:份)?[—\-－~～至到]{_M}月(?:份)?|(?:截至|截止|截到|到)(?:(?:19|20)\d\d年)?{_M}月(?:底|末)"
                             r"|(?P<y>全年)")
# a part of the year that parts of a year's running total name (a month alone is a date: 3月15日)
_SUB_PERIOD_SCAN = re.compile(r"半年|季度|月[底末]|月份?[—\-－~～至到]|[—\-－~～至到]\d{1,2}月")
# 全年目标完成投资52亿元 / 全年任务为新建公厕52座: a goal, never the year's running total
_GOAL_WORDS = re.compile(r"目标|计划|任务|预计|力争|要求|预算|指标|预期")
_PERIOD_FILLER = re.compile(r"其中|累计|共计|合计|共|总计|已经|已|完成|达到|达|为|了|的|，|,|、")


def _months(m: re.Match) -> tuple[int, int] | None:
    """The first and last month a period expression covers (全年 → 1–12)."""
    if m.group("y"):
        return 1, 12
    if m.group("h"):
        return (1, 6) if m.group("h") == "上" else (7, 12)
    if m.group("q3"):
        return 1, 9
    if m.group("q"):
        q = _CN_NUM.get(m.group("q")) or int(m.group("q"))
        return 3 * q - 2, 3 * q
    nums = [g for g in m.groups()[3:6] if g]
    vals = [_CN_NUM.get(v) or int(v) for v in nums]
    if len(vals) == 2:
        return vals[0], vals[1]
    return (1, vals[0]) if vals else None


def _period_and_core(label: str) -> tuple[tuple[int, int] | None, str]:
    ms = list(_PERIOD_OF_YEAR.finditer(label))
    if len(ms) != 1:
        return None, ""
    m = ms[0]
    return _months(m), _PERIOD_FILLER.sub("", label[:m.start()] + label[m.end():])


def _year_from_parts(doc, folded: str, sents: dict, paired: set[int]) -> list[dict]:
    """Running totals of parts of the year in one sentence (1—6月累计办理2860件，7—12月办理3120件，全年累计5980件;
    截至9月底已完成1260户，第四季度完成386户，全年累计完成1646户): parts that cover the year exactly, once each, sum to
    the year's figure; a part after 其中 (全年累计接种712.6万剂次，其中第四季度186.3万剂次) cannot exceed it. Only when
    the words left beside the periods name one thing (办理 / 办理业务; never 受理 against 结案)."""
    out = []
    sentences = doc.sentences
    for si, sfigs in sents.items():
        if si < 0 or len(sfigs) < 3 and not (len(sfigs) == 2 and "其中" in folded[sfigs[0].end:sfigs[1].start]):
            continue
        s0, s1 = sentences[si].start, sentences[si].end
        # the year's figure says 全年 (or a part is drawn out by 其中); a part of the year is named
        if folded.find("全年", s0, s1) < 0 and not (folded.find("其中", s0, s1) >= 0 and _DRAWN_PERIOD.search(folded, s0, s1)) \
                or not _SUB_PERIOD_SCAN.search(folded, s0, s1):
            continue
        qty = [g for g in sfigs if g.quantity and not is_per_unit(folded, g) and not is_change(folded, g)
               and not is_target(folded, g) and not _GOAL_WORDS.search(_label(folded, g)) and not in_plan(folded, doc, g)]
        if len(qty) < 2:
            continue
        info = [(g, *_period_and_core(_own_words(folded, g))) for g in qty]
        for k, (y, span, core) in enumerate(info):
            if y.start in paired:
                continue
            if span != (1, 12):
                part = _drawn_part(folded, sfigs, info, y, span)
                if part is not None:
                    paired.add(y.start)
                    out.append(_two(folded, y, part))
                    break
                continue
            parts = [(g, sp, co) for g, sp, co in info if g is not y and sp is not None and sp != (1, 12)
                     and same_count_unit(g, y)]
            if not parts:
                continue
            cores = [c for c in [core] + [co for _, _, co in parts] if c]
            if any(a not in b and b not in a for a in cores for b in cores):
                continue  # 全年受理560件，上半年结案260件: two things
            spans = sorted(sp for _, sp, _ in parts)
            covers = spans[0][0] == 1 and spans[-1][1] == 12 and all(a[1] + 1 == b[0] for a, b in zip(spans, spans[1:]))
            if covers and len(parts) >= 2:
                paired.add(y.start)
                out.append(_year_sum(folded, y, [g for g, _, _ in parts]))
                break
            # (the year's figure a running total, or the part drawn from it in the very next clause: 全年开展培训1,120人次，
            # 其中上半年培训560人次)
            if len(parts) == 1 and parts[0][0].start > y.end and _label(folded, parts[0][0]).startswith("其中") \
                    and ("累计" in _label(folded, y) or clause_start(folded, parts[0][0].start) == clause_end(folded, y.end) + 1
                         and not _STOCK_NOUN.search(_label(folded, parts[0][0]))):
                paired.add(y.start)
                out.append(_two(folded, y, parts[0][0]))
                break
    return out


# 其中一季度 / 其中，上半年 / 其中2024年1—5月: a part of the period drawn out by 其中
_DRAWN_PERIOD = re.compile(r"其中[，,]?(?:(?:19|20)\d\d年)?(?:第?[一二三四1-4]季度|[上下]半年|前三季度|\d{1,2}月?份?[—\-－~～至到]\d{1,2}月"
                           r"|[一二三四五六七八九十]{1,3}月?份?[—\-－~～至到][一二三四五六七八九十]{1,3}月)")


def _drawn_part(folded: str, sfigs: list[Fig], info: list, y: Fig, span: tuple[int, int] | None) -> Fig | None:
    """实现税收收入2.35亿元，同比增长7.8%，其中一季度实现1.12亿元 / 1—9月完成投资…，其中三季度完成…: the period's own
    figure (no period named, or one the part lies in) and the next amount, a part of the period drawn out by 其中 with
    only rates between → that part (it cannot exceed the whole)."""
    nxt = next(((g, sp, co) for g, sp, co in info if g.start > y.end), None)
    if nxt is None:
        return None
    g, sp, co = nxt
    if sp is None or sp == (1, 12) or (span is not None and not (span[0] <= sp[0] and sp[1] <= span[1] and sp != span)):
        return None
    if not _label(folded, g).startswith("其中") or not same_count_unit(g, y) or any(
            h.kind != "percent" for h in sfigs if y.end <= h.start and h.end <= g.start):
        return None
    whole = _PERIOD_FILLER.sub("", _own_words(folded, y)) if span is None else _period_and_core(_own_words(folded, y))[1]
    return g if co and whole and (co in whole or whole in co) else None


def _year_sum(folded: str, y: Fig, parts: list[Fig]) -> dict:
    figs = sorted(parts + [y], key=lambda f: f.start)
    lo, hi = _lead(folded, figs[0].start), figs[-1].end
    got = parts[0].norm_interval()
    for g in parts[1:]:
        got = got + g.norm_interval()
    ok, got_txt = _against(got, y)
    plus = " + ".join(g.text for g in parts)
    stated = f"parts of the year {plus} = year {y.text}"
    computed = f"{plus} = {got_txt}; stated {y.text}"
    return _row(ok, figs, lo, hi, stated, computed,
                (f"The parts of the year {plus} give the year's {y.text}.",
                 f"各时段{plus}之和等于全年{y.text}，数据一致。"),
                (f"The parts of the year {plus} give {got_txt}, not the year's {y.text}.",
                 f"各时段{plus}之和应为{got_txt}，而非全年{y.text}。"),
                "the parts of the year do not add up to the year's total")


def _row(ok: bool, figs: list[Fig], start: int, end: int, stated: str, computed: str, holds: tuple[str, str],
         fails: tuple[str, str], cause: str) -> dict:
    """A cumulative_vs_new row: consistent with the explanations (en, zh) of what holds, or inconsistent with those of
    what fails and the probable cause."""
    if ok:
        return result("cumulative_vs_new", schema.CONSISTENT, figs, start, end, stated, computed, *holds)
    return result("cumulative_vs_new", schema.INCONSISTENT, figs, start, end, stated, computed, *fails, cause)


def _against(got, c: Fig) -> tuple[bool, str]:
    """A computed interval against the stated figure c → (does it hold, the interval written in c's unit)."""
    return got.bounded and got.overlaps(c.norm_interval()), fmt_interval(got.scale(1 / c.multiplier), c.decimals or 0, c.unit)



# a level reached (…累计达到, …增至) and last year-end's level of the same thing, the year's flow named in other
# words in another section (新改建农村公路126公里 / 全县农村公路通车里程由上年末的1752公里增至1864公里)
_REACHED_ENDS = ("达到", "增至", "增加到", "增到", "提高到", "上升到")
_FLOW_NAMED = re.compile(r"^(?:(?:全年|今年|当年|本年度?|年内)(?!以来)|(?:新改扩建|新改建|新建|新增|新认定|新发现|新培育|新引进))")
_GENERIC = re.compile(r"累计|达到|增至|上年末|上年底|年末|年底|截至|全[国省市县区镇乡]|完成|新改扩建|新改建|新建|新增|本次|[的后由为已共]")


def _noun_core(s: str) -> str:
    return _GENERIC.sub("|", s)


def _share_noun(a: str, b: str) -> bool:
    """Do two names share a run of two or more characters past the generic words (农村公路, 户用沼气池)?"""
    parts = [p for p in _noun_core(a).split("|") if len(p) >= 2]
    core_b = _noun_core(b)
    return any(p[k:k + 2] in core_b for p in parts for k in range(len(p) - 1))


_SET_AS_GOAL = re.compile(r"目标|计划|任务|力争|预期")


def _last_year_end_clause(doc, folded: str, g: Fig) -> bool:
    """Is g dated to last year-end by its ；-clause before it (截至上年末，全镇累计建成…, 上年末为…), no other amount
    between?"""
    lo = clause_start(folded, g.start, "；;。！？!?\n")
    text = folded[lo:g.start]
    return _last_year_end(doc, text) and not any(ch.isdigit() for ch in _YEAR.sub("", text)) \
        and not _SET_AS_GOAL.search(text)  # (年初设定的绩效目标为：完成45个村…: a target set at the year's start)


_SUMMING_UP = re.compile(r"\s*(?:总的看|总的来看|总体看|总体来看|综上|总之)[，,]\s*(?:一年来[，,]?)?")


def _sums_up_year(doc, folded: str, c: Fig) -> bool:
    """总的看，一年来全镇…累计达到1455口 after a heading of next year's plans: a summing-up of the year reviewed, when
    no year other than the report's stands before the figure."""
    s0 = doc.sentences[c.sent].start
    return bool(_SUMMING_UP.match(folded, s0)) and not any(
        doc.year and int(y) != doc.year for y in _YEAR.findall(folded, s0, c.start))


def _after_in_clause(folded: str, g: Fig) -> str:
    """The words after a figure up to its clause's end (84个村的环境整治 → 的环境整治)."""
    return folded[g.end:clause_end(folded, g.end)]


def _shared_run(a: str, b: str) -> int:
    """The longest run of characters two names share past the generic words (0 when under two)."""
    pb = _noun_core(b)
    best = 0
    for p in _noun_core(a).split("|"):
        for i in range(len(p) - 1):
            k = best + 1
            while i + k <= len(p) and p[i:i + k] in pb:
                best = max(best, k)
                k += 1
    return best if best >= 2 else 0


def _count_alike(g: Fig, c: Fig, lab: str) -> bool:
    """same_count_unit, or a count with its noun joined to the measure word (42个村) against a bare one (128个) whose
    name holds that noun (累计完成整治的村达到)."""
    if same_count_unit(g, c):
        return True
    ug, uc = g.base_unit, c.base_unit
    return bool(g.kind == c.kind == "count" and uc and ug.startswith(uc) and len(ug) > len(uc)
                and ug[len(uc):] in lab and g.quantity and c.quantity)


def _level_pair_flow_apart(doc, folded: str, figs: list[Fig], sents: dict, paired: set[int], used: set[int]) -> list[dict]:
    """Last year-end's level and the level reached in one sentence (由上年末的P增至C / 上年末累计P…，…累计达到C), or
    last year-end's running total in an earlier sentence; the year's one flow of the same unit naming the same thing
    (新建/新改建/新增…, no 其中) in another sentence → previous + new = current, as far as the stock's kind allows."""
    out = []
    qty = named = None  # (the quantities, and those whose names open on a flow's words: found once a document, if asked)
    # every verb of _REACHED_ENDS ends on 到 or 至: the figures right after one, found by str.find and bisect
    starts = cached(doc, "_cum_fig_starts_cache", figs, lambda: [f.start for f in figs])
    reached = []
    for ch in "到至":
        q = folded.find(ch)
        while q >= 0:
            k = bisect.bisect_left(starts, q + 1)
            if k < len(starts) and starts[k] <= q + 2:
                reached.append(figs[k])
            q = folded.find(ch, q + 1)
    for c in sorted(reached, key=lambda f: f.start):
        if not c.quantity or c.sent < 0:
            continue
        lab = _label(folded, c)
        if not lab.endswith(_REACHED_ENDS) or c.start in paired or c.start in used or is_per_unit(folded, c) \
                or is_change(folded, c) or is_target(folded, c):
            continue
        same = [g for g in sents.get(c.sent, ()) if g.quantity and g.end <= c.start and _count_alike(g, c, lab)]
        name = lab
        if len(same) == 1 and "累计" in lab and _FLOW_NAMED.match(_label(folded, same[0])) \
                and _share_noun(_label(folded, same[0]) + _after_in_clause(folded, same[0]), lab):
            # 全年完成42个村环境整治，…，全县累计完成整治的村达到128个 with 截至2015年底，全县已完成84个村的环境整治
            # sections before: the flow in the total's sentence, last year-end's level (累计 or not) elsewhere
            n = same[0]
            if qty is None:
                qty = [f for f in figs if f.quantity and f.sent >= 0]
            prev = [g for g in qty if g.sent < c.sent and _count_alike(g, c, lab) and _last_year_end_clause(doc, folded, g)
                    and _share_noun(_label(folded, g) + _after_in_clause(folded, g), lab)
                    and not is_target(folded, g) and not in_plan(folded, doc, g)]  # (年初设定的目标为：完成45个村…)
            if len(prev) != 1 or n.start in used or in_plan(folded, doc, c) or in_plan(folded, doc, prev[0]) \
                    or in_plan(folded, doc, n) or _goal_after(folded, n) or _other_year(doc, folded, n):
                continue
            row = _bounded_three(folded, sents, prev[0], n, c)
            if row is not None:
                row["start"], row["end"] = _lead(folded, c.start), c.end
                paired.update((c.start, prev[0].start))
                used.update((n.start, c.start))
                out.append(row)
            continue
        same = [g for g in same if same_count_unit(g, c)]
        if same:
            if len(same) != 1 or not _names_previous(doc, _label(folded, same[0])) or _years_back(doc, _label(folded, same[0])):
                continue
            p = same[0]
            name = _label(folded, p) + lab
        else:
            # (a level of this year: a running total, or one dated to this year-end: 年末规上工业企业达到163家)
            if "累计" not in lab and not _THIS_YEAR_END.search(lab):
                continue
            if qty is None:
                qty = [f for f in figs if f.quantity and f.sent >= 0]
            prev = [g for g in qty if g.sent < c.sent and same_count_unit(g, c) and _share_noun(_label(folded, g), lab)
                    and _last_year_end_clause(doc, folded, g) and not is_target(folded, g) and not in_plan(folded, doc, g)]
            if len(prev) != 1:
                continue
            p = prev[0]
        # (p may be paired already by a weak new ≤ cumulative row: 截至上年末累计建成…1260口 read as the stock of 新建185口)
        if in_plan(folded, doc, p) or in_plan(folded, doc, c) and not _sums_up_year(doc, folded, c):
            continue
        if named is None:
            named = [n for n in figs if n.quantity and n.sent >= 0 and _FLOW_NAMED.match(_flow_label(folded, sents, n))]
        # (a flow in another sentence names the stock by its head noun: 新建完善制度 of 长效制度, but 新建乡镇全民健身
        # 广场 shares only 健身 with 农民体育健身工程)
        flows = [n for n in named if n.sent not in (c.sent, p.sent) and same_count_unit(n, c)
                 and _share_noun(_flow_label(folded, sents, n), name) and _flow_label(folded, sents, n)[-2:] in name
                 and not _goal_after(folded, n) and not in_plan(folded, doc, n)]  # (新增…15家以上 planned for next year)
        if len(flows) != 1:
            continue
        n = flows[0]
        if n.start in used or is_per_unit(folded, n) or is_change(folded, n) \
                or _other_year(doc, folded, n) or _apart_in_time(doc, folded, c, n):
            continue
        run = _shared_run(_label(folded, n), name)
        if any(g is not n and g.quantity and same_count_unit(g, c) and _shared_run(_label(folded, g), name) >= run
               and not _PLAN_FLOW.match(_label(folded, g)) for g in sents.get(n.sent, ())):
            continue  # 新建农村公路90公里，提级改造农村公路68公里: the flow is only a part of the change
        row = _bounded_three(folded, sents, p, n, c)
        if row is None:
            continue
        row["start"], row["end"] = _lead(folded, min(p.start, c.start) if p.sent == c.sent else c.start), c.end
        paired.update((c.start, p.start))
        used.update((n.start, c.start))
        out.append(row)
    return out


# 计划新建农民体育健身工程15个，实际新建18个: the actual flow named by its verb alone, after the plan that names the thing
_ACTUAL_FLOW = re.compile(r"^(?:实际|实际上)(?P<verb>新建|新增|新改建|建成|完成)$")
_PLAN_FLOW = re.compile(r"^(?:年度|全年|年初)?(?:计划|目标|任务)(?:为)?(?=新建|新增|新改建|建成|完成)")


def _flow_label(folded: str, sents: dict, n: Fig) -> str:
    """_label, or for an actual flow named by its verb alone right after its plan (计划新建X15个，实际新建18个) the plan's
    label without its plan word (新建X)."""
    lab = _label(folded, n)
    m = _ACTUAL_FLOW.match(lab) if lab.startswith("实际") else None
    if m is None:
        return lab
    before = [g for g in sents.get(n.sent, ()) if g.end <= n.start and same_count_unit(g, n)]
    if not before or clause_end(folded, before[-1].end) + 1 != clause_start(folded, n.start):
        return lab
    plan = _label(folded, before[-1])
    pm = _PLAN_FLOW.match(plan)
    return plan[pm.end():] if pm and plan[pm.end():].startswith(m.group("verb")) else lab


_TOTAL_OF_FLOW = re.compile(r"^(?P<noun>[\u4e00-\u9fff]{2,8}?)总额(?:为|达到|达)?$")
_AT_YEAR_END = re.compile(r"^(?:截至|截止|到)?(?:本年末|当年末|年末|年底)[，,]?$")
_FLOW_LEAD = re.compile(r"^(?:全年|当年|本年度?|年内)(?:共|累计)?")


def _total_with_previous_flow_apart(doc, folded: str, sents: dict, paired: set[int], used: set[int]) -> list[dict]:
    """截至年末，缴存总额512.46亿元（上年末为453.74亿元） with the year's flow of the same name in an earlier sentence of
    the paragraph (全年缴存额58.72亿元): X总额 at year-end is the running sum of the flow X额 → previous + new = current.
    Only the flow named exactly as the total without 总 (缴存额 ↔ 缴存总额) adds to it: 存款总额 is no sum of 吸收存款."""
    out = []
    for si, sfigs in sents.items():
        if si <= 0:
            continue
        sq = [g for g in sfigs if g.quantity]
        for k, c in enumerate(sq[:-1]):
            p = sq[k + 1]
            if folded[c.end:c.end + 1] not in "（(" or c.start in paired or p.start in paired or not same_count_unit(c, p) \
                    or not _BRACKET_PREVIOUS_DONE.match(folded[c.end:p.start]):
                continue
            m = _TOTAL_OF_FLOW.match(_label(folded, c))
            if not m or not _AT_YEAR_END.match(folded[doc.sentences[si].start:c.start - len(_label(folded, c))].strip()):
                continue
            flow_name = m.group("noun") + "额"
            para = paragraph_start(folded, doc.sentences[si].start)
            cands = [n for sj in range(si - 1, -1, -1) if doc.sentences[sj].start >= para
                     for n in sents.get(sj, ()) if n.quantity and same_count_unit(n, c) and n.start not in used
                     and _FLOW_LEAD.sub("", _label(folded, n)) == flow_name and _FLOW_LEAD.match(_label(folded, n))]
            if len(cands) != 1:
                continue
            n = cands[0]
            if is_per_unit(folded, n) or is_change(folded, n) or is_target(folded, n) or in_plan(folded, doc, n) \
                    or _other_year(doc, folded, n):
                continue
            row = _checked_three(folded, sents, p, n, c)
            if row is None:
                continue
            paired.update((c.start, p.start))
            used.update((n.start, c.start))
            out.append(row)
    return out


_NEXT_MEASURE = re.compile(r"^(?:[（(][^（()）]{0,20}[）)])?、$")


def _second_measures(folded: str, figs: list[Fig], rows: list[dict], paired: set[int]) -> list[dict]:
    """全年发放贷款1.06万笔、39.84亿元 … 累计发放贷款9.82万笔（上年末为8.86万笔）、318.60亿元: a flow and its cumulative
    each stated in two measures; the pair judged in the first measure carries the second (new ≤ cumulative)."""
    by_id = {f.id: f for f in figs}
    nxt = {}
    qty = [f for f in figs if f.quantity]
    for a, b in zip(qty, qty[1:]):
        nxt[a.id] = b
    out = []
    for r in rows:
        rf = sorted((by_id[i] for i in r.get("figure_ids", "").split() if i in by_id), key=lambda f: f.start)
        for k, n in enumerate(rf):
            for c in rf[k + 1:]:
                n2, c2 = nxt.get(n.id), nxt.get(c.id)
                if c2 is not None and folded.startswith(("（", "("), c.end):  # (the bracket's own figure: 上年末为8.86万笔)
                    c2 = nxt.get(c2.id)
                if n2 is None or c2 is None or c2.start in paired or n2.start >= c.start \
                        or folded[n.end:n2.start] != "、" or not _NEXT_MEASURE.match(folded[c.end:c2.start]) \
                        or not same_count_unit(n2, c2) or same_count_unit(n, n2) or not same_count_unit(n, c) \
                        or "累计" not in _label(folded, c) or not _FLOW_NAMED.match(_label(folded, n)):
                    continue
                row = _two(folded, c2, n2)
                if row is not None:
                    paired.add(c2.start)
                    out.append(row)
    return out


def _flow_and_previous_with_level_apart(doc, folded: str, figs: list[Fig], sents: dict, paired: set[int],
                                        used: set[int]) -> list[dict]:
    """The year's flow and last year-end's level in one sentence (全年新认定高新技术企业9家，上年末全县共有26家), the
    year-end level of the same thing in another (年末有效高新技术企业37家) → previous + new = current, as far as the
    stock's kind allows. The level is the one year-end figure of the unit sharing the longest name with the flow."""
    out = []
    qty = None
    # (only the sentences naming last year: found by str.find, their indexes by bisect over the sentences' floors)
    floors, marked = _sentence_floors(doc), set()
    for word in ("上年", "去年"):
        q = folded.find(word)
        while q >= 0:
            marked.add(bisect.bisect_right(floors, q) - 1)
            q = folded.find(word, q + 2)
    for si in sorted(marked):
        sq = [g for g in sents.get(si, ()) if g.quantity]
        if si < 0 or len(sq) < 2:
            continue
        for k, n in enumerate(sq[:-1]):
            p = sq[k + 1]
            if not same_count_unit(n, p) or "上年" not in folded[n.end:p.start] and "去年" not in folded[n.end:p.start]:
                continue  # (substring tests before the labels)
            nlab, plab = _label(folded, n), _label(folded, p)
            if not same_count_unit(n, p) or not _FLOW_NAMED.match(nlab) or not _names_previous(doc, plab) \
                    or _years_back(doc, plab) or clause_start(folded, p.start) != clause_end(folded, n.end) + 1 \
                    or n.start in used or p.start in paired or any(len(x) >= 2 for x in _noun_core(plab).split("|")):
                continue  # (the previous level names nothing of its own: 上年末全县共有 — the flow's name is its name)
            if qty is None:
                qty = [f for f in figs if f.quantity and f.sent >= 0]
            runs = [(_shared_run(_label(folded, c), nlab), c) for c in qty
                    if c.sent != si and same_count_unit(c, n) and _THIS_YEAR_END.search(_label(folded, c))
                    and "上年" not in _label(folded, c)]
            # (the shared name is most of the level's own: 高新技术企业 of 有效高新技术企业, not 企业 of 规上工业企业)
            runs = [(r, c) for r, c in runs if r >= 3 and 2 * r >= max(map(len, _noun_core(_label(folded, c)).split("|")))]
            if not runs:
                continue
            best = max(r for r, _ in runs)
            top = [c for r, c in runs if r == best]
            if len(top) != 1 or sum(1 for r, _ in runs if r == best) != 1:
                continue
            c = top[0]
            if c.start in paired or is_per_unit(folded, c) or is_change(folded, c) or is_target(folded, c) \
                    or _goal_after(folded, n) or in_plan(folded, doc, n) or in_plan(folded, doc, c) \
                    or _other_year(doc, folded, n):
                continue
            row = _bounded_three(folded, sents, p, n, c)
            if row is None:
                continue
            row["start"], row["end"] = _lead(folded, n.start), p.end
            paired.update((c.start, p.start))
            used.update((n.start, c.start))
            out.append(row)
    return out


# ---------------------------------------------------------------- round 21: a chain stated anywhere in the text
# previous + new = current wherever the three stand (one sentence, two sentences, two sections): last year-end's level
# (上年末/去年底/年初/截至上年底/截至2022年底 in a 2023 report, 由X…), the year's flow (今年新增/全年新增/当年新建/
# 新发行…) and the level reached (年末…/目前…总数/累计…/增加到Y). Checked whenever all three name one thing, instead of
# new ≤ cumulative alone; a partner found that way replaces the two-figure rows of the flow.
_CHAIN_PREV = re.compile(r"[上去]一?年(?:度|年)?[末底]|年初|(?P<y>(?:19|20)\d\d)年(?:末|底)")
_CHAIN_CUR = re.compile(r"(?<![上去])年(?:末|底)|(?<!\d)12月[底末]|截至|截止|目前|现有|共有|累计|总数|总量|总计|达到|达|增加到|增至|增长到|提高到|上升到|扩大到|为")
_CHAIN_RISE = re.compile(r"^[^，,；;。]{0,4}?(?:增加|增长|提高|上升|扩大|增)(?:到|至)$")
_CHAIN_NEW = re.compile(r"(?:^|[^重高创更革清最崭全焕翻])新(?!冠|时代|形势|要求|理念|格局|模式|机制|业态|动能|征程|能源|型|兴|区|城|闻|媒体|生儿|基建|质生产)"
                        r"[\u4e00-\u9fff]|净增")
_CHAIN_YEAR_LEAD = re.compile(r"^\s*(?:其中)?(?:(?P<y>(?:19|20)\d\d)年(?![末底初])度?|今年|全年|当年|本年度?|年内)(?!以来)")
_CHAIN_GENERIC = re.compile(r"(?:19|20)\d\d年(?:末|底|度)?|截至|截止|上年末|上年底|去年底|去年末|上一年末|年初|年末|年底|目前|"
                            r"今年|全年|当年|本年度?|年内|全[国省市县区镇乡街]|辖区内?|我[省市县区镇乡局]|本[省市县区镇乡]|"
                            r"累计|总数|总量|总计|共有|现有|达到|达|增加到|增至|增长到|提高到|上升到|扩大到|增加|增长|由|比|较|"
                            r"新增加|新增|净增|新(?=[\u4e00-\u9fff])|其中|已|共|为|的|了|，|,|\s")
_CHAIN_PART = re.compile(r"^其中")
# previous + new further than a tenth of the level from it: not one chain (_stated_chains)


def _chain_roles(doc, folded: str, figs: list[Fig], units: set[str]) -> tuple[dict[int, str], dict[int, str]]:
    """Figure start → 'prev', 'new' or 'cur' by the words since the last figure of its ；-clause group; and those words
    (from the clause start at most). Only figures of the given units are read."""
    roles: dict[int, str] = {}
    locals_: dict[int, str] = {}
    last: dict[str, Fig] = {}
    # (a date is part of the words: 截至2022年底; so is an amount that qualifies a noun: 收入超过10万元的村)
    plain = [f for f in figs if f.kind not in _DATE_KINDS and not _qualifier(folded, f)]
    for k, f in enumerate(plain):
        if not f.quantity or f.norm is None or f.base_unit not in units:
            continue
        pe = plain[k - 1].end if k else -1  # the end of the figure before
        g0 = clause_start(folded, f.start, "；;。！？!?\n")
        start = pe if pe >= g0 else g0
        g = last.get(f.base_unit)
        if g is not None and g.end < g0:
            g = None
        last[f.base_unit] = f
        local = folded[max(start, f.start - 60):f.start]  # (the words near the figure: a clause may run on for lines)
        m = _CHAIN_PREV.search(local) if "年" in local else None  # (every previous level's word has 年)
        lab = _label(folded, f)
        locals_[f.start] = (local if len(local) <= len(lab) else lab)[-30:]
        role = None
        if m and _CHAIN_CHANGE.search(local):
            role = "new"  # 年末…52.3万人，比上年末增加0.6万人: the change since the previous level is the year's flow
        elif m and not (m.group("y") and doc.year and int(m.group("y")) != doc.year - 1):
            role = "prev"
        elif m and m.group("y") and doc.year and int(m.group("y")) >= doc.year and _CHAIN_CUR.search(local):
            role = "dated"  # 截至2023年底累计… in a 2023 report: the level reached, or the one before a later total
        elif g is not None and roles.get(g.start) == "prev" and _CHAIN_RISE.match(folded, g.end, f.start):
            role = "cur"  # 由上年末的64家增加到77家
        elif "由" in local and _CHAIN_FROM.search(local) and _CHAIN_RISE_AFTER.match(folded, f.end):
            role = "prev"  # 面积由2.15万公顷增加到2.73万公顷
        elif ("新" in lab or "净" in lab or "年" in lab or "期" in lab) and (
                _CHAIN_NEW.search(lab) or _is_new(folded, f)
                or "新" in lab and _CHAIN_YEAR_LEAD.match(folded, g0) and not _CHAIN_CUR.search(lab)
                or _CHAIN_YEAR_VERB.match(lab) and not _CHAIN_CUR.search(lab)) \
                and (not _NOT_NEW.search(lab) or _YEAR_RUNNING_NEW.search(lab)):
            role = "new"
        elif not m and _CHAIN_CUR.search(local) and not _SUB_PERIOD_CHAIN.search(local):
            role = "cur"
        if role is not None:
            roles[f.start] = role
    return roles, locals_


# 全年完成机器人辅助手术612台 / 2025年办理…: the year's flow named by its verb in its own clause (no 新 needed)
_CHAIN_YEAR_VERB = re.compile(r"^\s*(?:(?:19|20)\d\d年(?![末底初])度?|今年|全年|当年|本年度?|年内)(?!以来|累计|共有|末|底|初)"
                              r"[\u4e00-\u9fff]")
# an amount that qualifies a noun (超过10万元的村, 5亿元以上的项目): words of a name, no figure of a chain
# (在上年底86个的基础上: 的基础上 takes the amount as a level to build on, no name)
_QUALIFIER_AFTER = re.compile(r"(?:及)?(?:以上|以下|以内)?的(?!基础上)[\u4e00-\u9fff]")


def _qualifier(folded: str, f: Fig) -> bool:
    """收入超过10万元的村 / 5亿元以上的项目 → True: the amount is part of a name (a 的 follows it)."""
    return f.kind != "percent" and bool(_QUALIFIER_AFTER.match(folded, f.end))


_CHAIN_CHANGE = re.compile(r"(?:比|较)(?:上年末|上年底|去年底|去年末|年初)(?:净增加|净增|新增|增加|增长|多)了?$")
_YEAR_RUNNING_NEW = re.compile(r"(?:全年|今年|当年|本年|年内)累计新增")  # the year's flow summed over the year
_CHAIN_PLAN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:计划|预算|目标|任务|确定|下达|安排)")
_CHAIN_PREV_WORDS = re.compile("年[末底初]")  # (a literal first: the engine skips to it)
_CHAIN_DATE_WORD = re.compile(r"年(?:末|底)|(?:19|20)\d\d年|截至|截止")
_DATE_KINDS = frozenset(("year", "date", "date_range"))
_CHAIN_FROM = re.compile(r"由[^，,；;。]{0,6}$")
_CHAIN_RISE_AFTER = re.compile(r"[^，,；;。\d]{0,4}?(?:增加|增长|提高|上升|扩大|增)(?:到|至)[^，,；;。\d]{0,3}[\d０-９]")


# (12月底 / 十二月末 is the year's end, no part of the year)
_SUB_PERIOD_CHAIN = re.compile(r"[一二三四1-4]季度|[上下]半年|前[一二三四五六七八九十\d]{1,2}个?月|(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:份|以来)"
                               r"|(?:1[01]|(?<!\d)[1-9]|十一|(?<!十)十|(?<!十)[一二三四五六七八九])月[底末]"
                               r"|截至(?:(?:19|20)\d\d年)?(?!12月[底末])\d{1,2}月|(?:今年|本年|年初)以来")


def _chain_noun(local: str) -> str:
    """The thing a figure counts, its dates, scope words and verbs of flow and level left out."""
    local = local[max(local.rfind("："), local.rfind(":")) + 1:]
    return _COUNT_TAIL.sub("", _CHAIN_GENERIC.sub("", local))


def _chain_akin(a: str, b: str) -> bool:
    """Two names of one thing: one holds the other, they end on the same head noun, or they share a run of three
    characters (two for a short one) (农民专业合作社 / 农民合作社, 建成户用光伏 / 户用光伏并网)."""
    if len(a) < 2 or len(b) < 2:
        return True
    if a in b or b in a or _shortened(a, b) or _shortened(b, a):
        return True
    if a[-2:] == b[-2:]:
        return True  # (the head noun: 新组建团队 / 家庭医生团队)
    k = 3 if min(len(a), len(b)) > 3 else 2
    return any(a[i:i + k] in b for i in range(len(a) - k + 1))


def _chain_scope(folded: str, f: Fig) -> str:
    m = _SCOPE_WORD.search(folded, clause_start(folded, f.start, "；;。！？!?\n"), f.start)
    return m.group(0) if m else ""


_SCOPE_WORD = re.compile(r"全(?:国|省|市|县|区|州|镇|乡)|我(?:省|市|县|区|镇|乡)|本(?:省|市|县|区|镇|乡)")


_CHAIN_EXIT = re.compile(_OUTFLOW.pattern + r"|解聘|辞退|清退|免职|注销|撤销|清理|出清|摘牌")


def _chain_text(doc, folded: str, p: Fig, n: Fig, c: Fig) -> str:
    """The sentences of the flow and the level reached (what may leave the stock is said there)."""
    out = []
    for si in sorted({n.sent, c.sent}):
        if 0 <= si < len(doc.sentences):
            s = doc.sentences[si]
            out.append(folded[s.start:s.end])
    return "".join(out)


def _part_after(folded: str, g: Fig, n: Fig) -> bool:
    """全年新建5G基站436个，其中行政村新建294个: a part of the flow n drawn out after it."""
    return g.sent == n.sent and g.start > n.end and bool(_CHAIN_PART.match(_label(folded, g)))


# previous + new up to this share of the level away from it, when the three name one thing in the same words (_one_name);
# a tenth otherwise (small counts: 9 + 4 stated 11 is an error of a sixth)
_NAMED_GAP = 0.25


def _one_name(nouns: dict[int, str], p: Fig, n: Fig, c: Fig) -> bool:
    """The previous level, the flow and the level reached name their thing in the same words (four characters or more,
    one name holding the others: 收入超过10万元的村 / 今年新增…的村 / …的村共)."""
    names = (nouns[p.start], nouns[n.start], nouns[c.start])
    short = min(names, key=len)
    return len(short) >= 4 and all(short in x for x in names)


_RUNNING_WORD = re.compile(r"累计|总计|总数|总量|滚存")  # (年末滚存结余: the balance rolled on from year to year)
_RUNNING_VERB = re.compile(r"(?:累计|总计)(?:已|共)?(?P<verb>[\u4e00-\u9fff]{2})")
_BARE_REACH = frozenset(("达到", "达", "为", "共有", "有"))


def _same_act(flow_label: str, cur_words: str) -> bool:
    """全年完成…手术 / 累计完成…手术, 实施…充电桩建设 / 累计建成… → True; 全年维修灶具 / 累计推广 → False: the running
    total's verb (after 累计) is the flow's, or shares its first character with the flow's words, or there is none."""
    m = _RUNNING_VERB.search(cur_words)
    if m is None or m.group("verb") in _BARE_REACH or m.group("verb").startswith("达"):
        return True
    lead = _CHAIN_YEAR_VERB.match(flow_label)
    words = flow_label[lead.end() - 1:] if lead else flow_label  # (the flow's words after its year's marker)
    return m.group("verb")[0] in words


_FLOW_TAIL = re.compile(r"(?:建设|工作|任务|业务)$")


def _kind_of_flow(flow_label: str, level_words: str) -> bool:
    """全年培训新型职业农民 / 累计培训农民, 全年完成快充公共充电桩建设 / 累计建成公共充电桩 → True: between the flow's verb and
    the thing the level names stand words of its own (新型职业, 快充) the level does not say — the flow counts a kind of the
    level's thing. (全年完成机器人辅助手术 / 累计完成机器人辅助手术, 2025年实施公共充电桩建设 / 累计建成公共充电桩 → False.)"""
    lead = _CHAIN_YEAR_VERB.match(flow_label)
    if lead is None:
        return False
    words = _FLOW_TAIL.sub("", flow_label[lead.end() + 1:])  # (after the year's marker and the verb's two characters)
    common = next((words[k:] for k in range(len(words) - 1) if words[k:] in level_words), "")
    own = words[:len(words) - len(common)]
    return len(common) >= 2 and len(own) >= 2 and own not in level_words


def _weak_flow(folded: str, f: Fig) -> bool:
    """A flow read from the year's marker and its verb alone (全年表彰…, 全年完成…), no 新… or 净增 in its words: weaker
    than a 新增 (it fills only a running total of its own act)."""
    lab = _label(folded, f)
    return bool(_CHAIN_YEAR_VERB.match(lab)) and not _CHAIN_NEW.search(lab) and not _is_new(folded, f)


def _same_head(folded: str, a: Fig, b: Fig) -> bool:
    """新建农村公路90公里 / 提级改造农村公路68公里 → True; 引进手术机器人1台 / 完成机器人辅助手术612台 → False: the two
    amounts name one thing (one name holds the other, or both end on the same head noun)."""
    x, y = _chain_noun(_label(folded, a)), _chain_noun(_label(folded, b))
    if len(x) < 2 or len(y) < 2:
        return True
    return x in y or y in x or x[-2:] == y[-2:]


def _chain_doubt(folded: str, sents: dict, p: Fig, n: Fig, c: Fig) -> bool:
    """Is the flow perhaps only part of the change: another amount of the unit beside it in its sentence (新建…90公里，
    提级改造…68公里), a part of something else (其中…), or the flow stated before a rise that names no running total
    (新建沼气池1,350户，全县由…增加到…)?"""
    g0 = clause_start(folded, n.start, "；;。！？!?\n")
    for g in sents.get(n.sent, ()):
        if clause_start(folded, g.start, "；;。！？!?\n") == g0 and g is not n and g is not p \
                and g is not c and g.quantity and same_count_unit(g, n) \
                and not _CHAIN_PART.match(_label(folded, g)) and not _SUB_PERIOD_CHAIN.search(_label(folded, g)) \
                and not is_per_unit(folded, g) and not is_reference(folded, g) and _same_head(folded, g, n):
            return True
    if _CHAIN_PART.match(_label(folded, n)):
        return True  # 全年实施道路项目12个，其中新改建农村公路90公里: a part of something else
    return n.end <= p.start and n.sent == c.sent and not _RUNNING_WORD.search(_label(folded, c) + _label(folded, p))


def _chain_bounds(folded: str, p: Fig, n: Fig, c: Fig) -> bool:
    """Does previous + new bound the level for this kind of stock (_running_total)? A stock of people gains and loses
    members (only a slip of a digit is an error); a firm or a body may close (an error only above previous + new); a
    stock of things that stay, or a running total, is held to previous + new."""
    kind = _running_total(folded, c, n, p)
    if kind == _STRICT:
        return True
    words = _label(folded, c) + _label(folded, n) + _label(folded, p)
    if c.base_unit in _PERSON_UNITS or _POPULATION.search(words):
        return False  # (年初 + 纳入 is no bound on the year-end count of people without 累计)
    if kind == _CHAIN:
        # (a stock may lose items — vehicles, the unemployed: a gap past a slip is what left, unless a total is named)
        return _digit_slip(p, n, c) or bool(_CUMULATIVE_WORD.search(_label(folded, c))) and not _ENTITY.search(words)
    if kind == _UPPER:
        got, ci = p.norm_interval() + n.norm_interval(), c.norm_interval()
        # (a slip of a digit is an error unless firms or bodies, which close unnoticed, are counted)
        return got.high is not None and ci.low is not None and ci.low > got.high \
            or _digit_slip(p, n, c) and not _ENTITY.search(words)
    return False


class _LazyNouns(dict):
    """Figure start → _chain_noun of its words, computed when first asked; a figure naming nothing (今年新增12个, 比上年末
    增加0.6万人) takes the noun of the amount of its unit before it in its sentence."""

    def __init__(self, words: dict[int, str], before: dict[int, int]):
        super().__init__()
        self.words = words
        self.before = before

    def __missing__(self, start: int) -> str:
        noun = _chain_noun(self.words[start])
        if len(noun) < 2 and start in self.before:
            noun = self[self.before[start]]
        self[start] = noun
        return noun


def _chain_fits(folded: str, a: Fig, b: Fig, nouns: dict[int, str]) -> bool:
    """Do two figures of a chain name one thing (in one sentence a bare figure names its neighbour's)?"""
    x, y = nouns[a.start], nouns[b.start]
    if len(x) < 3 or len(y) < 3:  # (two characters are often a verb alone: 推广, 新建)
        if a.sent == b.sent or abs(a.sent - b.sent) == 1 and (len(x) >= 2 or len(y) >= 2):
            return True
        if len(x) < 2 or len(y) < 2:
            return False
    sa, sb = _chain_scope(folded, a), _chain_scope(folded, b)
    if sa and sb and sa != sb:
        return False
    return _chain_akin(x, y)


def _stated_chains(doc, folded: str, figs: list[Fig], out: list[dict]) -> list[dict]:
    """previous + new = current for every flow whose previous level and level reached the text states anywhere: the
    chain's row replaces the flow's new ≤ cumulative rows (and a row that took a part of the flow, 其中…新增, for it)."""
    # the units of the amounts right after a previous level's words (上年末…, 去年底…, 2022年底…, 年初…, 由…): no chain
    # without one (the words found by a scan with a literal first, no role read yet)
    starts = None
    units = set()
    for m in _CHAIN_PREV_WORDS.finditer(folded):
        a = m.start()
        ch = folded[a - 1:a]
        if m.group() != "年初" and ch not in "上去" and not _CHAIN_PREV.search(folded, max(0, a - 3), m.end()) and not (
                ch.isdigit() and (not doc.year or folded[a - 4:a].isdigit() and int(folded[a - 4:a]) >= doc.year - 1)):
            continue
        if starts is None:
            starts = [f.start for f in figs]
        for f in figs[bisect.bisect_left(starts, m.end()):]:
            if f.start - m.end() > 40:
                break
            if f.quantity and not _qualifier(folded, f):
                if not _CHAIN_PLAN_AFTER.match(folded, m.end()):  # (年初计划…, 年初预算…: a plan, no level)
                    units.add(f.base_unit)
                break
    by_sent = figs_by_sentence(doc, figs)
    for si in sentences_with(doc, folded, _FROM_SCAN):  # (found for _from_plus_to already)
        for f in by_sent.get(si, ()):
            if f.quantity and "由" in folded[f.start - 12:f.start]:
                units.add(f.base_unit)
    if not units:
        return out
    roles, locals_ = _chain_roles(doc, folded, figs, units)
    if "new" not in roles.values():
        return out
    qty = [f for f in figs if f.start in roles]
    by_role: dict[str, list[Fig]] = {"prev": [], "new": [], "cur": []}
    for f in qty:
        r = roles[f.start]
        if r == "dated":
            by_role["cur"].append(f)
            by_role["prev"].append(f)
        else:
            by_role[r].append(f)
    before: dict[int, int] = {}
    for k in range(1, len(qty)):
        if qty[k - 1].sent == qty[k].sent and qty[k - 1].base_unit == qty[k].base_unit:
            before[qty[k].start] = qty[k - 1].start
    nouns = _LazyNouns(locals_, before)
    # (the numbers first, as floats: previous + new within a tenth of the level rules out nearly every pair)
    curs = [(c, float(c.norm)) for c in by_role["cur"]]
    prevs = [(p, float(p.norm)) for p in by_role["prev"]]
    found = []
    fitted: dict[tuple[int, int], bool] = {}

    def fits(a: Fig, b: Fig) -> bool:  # (_chain_fits of a pair, once: a pair of levels meets many flows)
        key = (a.start, b.start)
        if key not in fitted:
            fitted[key] = _chain_fits(folded, a, b, nouns)
        return fitted[key]

    # (a flow pairs only with levels that fit it, _chain_fits: in its sentence or the next or the one before, or akin by
    # name, _chain_akin — which asks at the least a run of two characters in common, of three when both names have four
    # or more, unless they end alike. So the levels asked of a flow are those of its sentences and those indexed under
    # its name's runs and ending, not the document's)
    by_run2: dict[str, list[Fig]] = {}  # (every name of two characters or more, by its runs of two)
    by_short_run2: dict[str, list[Fig]] = {}  # (names of two or three characters, by their runs of two)
    by_run3: dict[str, list[Fig]] = {}  # (names of four characters or more, by their runs of three)
    by_end: dict[str, list[Fig]] = {}  # (names of four characters or more, by their last two)
    role_sents: dict[int, list[Fig]] = {}
    for f in qty:
        role_sents.setdefault(f.sent, []).append(f)
        y = nouns[f.start]
        for run in {y[i:i + 2] for i in range(len(y) - 1)}:
            by_run2.setdefault(run, []).append(f)
            if len(y) < 4:
                by_short_run2.setdefault(run, []).append(f)
        if len(y) >= 4:
            for run in {y[i:i + 3] for i in range(len(y) - 2)}:
                by_run3.setdefault(run, []).append(f)
            by_end.setdefault(y[-2:], []).append(f)
    cur_of, prev_of = {id(c): cv for c, cv in curs}, {id(p): pv for p, pv in prevs}
    for n in by_role["new"]:
        nn = float(n.norm)
        x = nouns[n.start]
        near = {f.start: f for si in (n.sent - 1, n.sent, n.sent + 1) for f in role_sents.get(si, ())}
        if len(x) >= 4:
            for run in {x[i:i + 2] for i in range(len(x) - 1)}:
                near.update((f.start, f) for f in by_short_run2.get(run, ()))
            for run in {x[i:i + 3] for i in range(len(x) - 2)}:
                near.update((f.start, f) for f in by_run3.get(run, ()))
            near.update((f.start, f) for f in by_end.get(x[-2:], ()))
        else:
            for run in {x[i:i + 2] for i in range(len(x) - 1)}:
                near.update((f.start, f) for f in by_run2[run])
        near_starts = sorted(near)
        near_figs = [near[k] for k in near_starts]
        cs = [(c, cur_of[id(c)]) for c in near_figs if id(c) in cur_of and same_count_unit(c, n)]
        cs = [(c, cv) for c, cv in cs if cv >= nn]
        if not cs:
            continue
        top = max(cv for _, cv in cs)
        # (past a tenth of the level only when the three name one thing in the same words, four characters or more:
        # never when the flow's own name is shorter)
        gap = _NAMED_GAP if len(x) >= 4 else 0.1
        # (the levels by value: those within the gap of previous + new found by bisection, then kept in text order)
        by_value = sorted(range(len(cs)), key=lambda k: cs[k][1])
        values = [cs[k][1] for k in by_value]
        pairs = []
        for p in near_figs:
            if id(p) not in prev_of:
                continue
            pv = prev_of[id(p)]
            if pv >= top or not same_count_unit(p, n):
                continue
            lo = bisect.bisect_left(values, (pv + nn) / (1 + gap) * (1 - 1e-9))
            hi = bisect.bisect_right(values, (pv + nn) / (1 - gap) * (1 + 1e-9))
            if lo < hi:
                pairs.extend((p, c, abs(pv + nn - cv) > 0.1 * cv) for c, cv in (cs[k] for k in sorted(by_value[lo:hi]))
                             if pv < cv and abs(pv + nn - cv) <= gap * cv)
        if not pairs:
            continue
        lab = _label(folded, n)
        if _CHAIN_PART.match(lab) and any(g.end <= n.start and roles[g.start] == "new" and same_count_unit(g, n)
                                          for g in role_sents[n.sent]):
            continue  # 全年新增32.5亿元，其中涉农贷款新增11.2亿元: a part of the flow
        if _SUB_PERIOD_CHAIN.search(lab) or _planned_flow(folded, n) or _goal_after(folded, n) \
                or is_target(folded, n) or is_per_unit(folded, n) or _flow_of_other_year(doc, folded, n) \
                or _other_year(doc, folded, n) or in_plan(folded, doc, n):
            continue  # (2018年新改建… in a 2020 report: another year's flow)
        best = None
        weak = _weak_flow(folded, n)
        for p, c, far in pairs:
            if far and not _one_name(nouns, p, n, c):
                continue  # (the cheapest test first, on the pairs the wider gap lets in)
            if not fits(p, n) or not fits(c, n) or not fits(p, c):
                continue
            if weak and not (_RUNNING_WORD.search(locals_[c.start] + _label(folded, c))
                             and _same_act(_label(folded, n), locals_[c.start])):
                continue  # (全年发放贷款6,215笔 … 贷款由…增加到…: a flow by its verb alone fills a running total only, of
                # its own act: 全年维修灶具410台 fills no 累计推广)
            if weak and _kind_of_flow(_label(folded, n), locals_[c.start]):
                continue  # (全年培训新型职业农民… beside 累计培训农民: a kind of the level's thing, other kinds add too)
            if is_per_unit(folded, c) or is_target(folded, c) or _planned_flow(folded, c) or in_plan(folded, doc, c):
                continue
            if roles[p.start] == "dated" and not (p.end <= n.start and n.end <= c.start and roles[c.start] == "cur"
                                                  and p.sent != n.sent and p.sent != c.sent
                                                  and not _CHAIN_DATE_WORD.search(locals_[c.start])):
                continue  # (a year-end of the report's year is the level before only when a later, undated total follows)
            lo, hi = min(p.start, n.start, c.start), max(p.end, n.end, c.end)
            if any(g is not n and same_count_unit(g, n) and not _CHAIN_PART.match(_label(folded, g))
                   and not _SUB_PERIOD_CHAIN.search(_label(folded, g)) and fits(g, n)
                   and (_same_head(folded, g, n) or _same_head(folded, g, c))
                   and not (_weak_flow(folded, g) and not _weak_flow(folded, n))
                   and not _planned_flow(folded, g)  # (省下达新建…任务12万亩: a task set, no second flow)
                   for g in near_figs[bisect.bisect_left(near_starts, lo):bisect.bisect_left(near_starts, hi)]
                   if roles[g.start] == "new"):  # (a flow that fits n is one of the figures near it)
                continue  # two flows between the levels: the level takes both (or neither)
            key = (abs(p.sent - n.sent) + abs(c.sent - n.sent), hi - lo)
            if best is None or key < best[0]:
                best = (key, p, c)
        if best is not None:
            found.append((best[0], best[1], n, best[2]))
    # the nearest chains first; one flow per pair of levels, one pair per flow (a restatement of the flow in a closing
    # summary is no second flow of the same levels)
    by_id = {f.id: f for f in figs}
    taken: set[str] = set()
    for _, p, n, c in sorted(found, key=lambda x: x[0]):
        if n.id in taken or p.id + c.id in taken:
            continue
        taken.update((n.id, p.id + c.id))
        part_rows = []
        other_chain = False
        for r in out:
            fid = r["figure_ids"].split()
            if len(fid) == 3 and p.id in fid and c.id in fid and n.id not in fid:
                other = next(by_id[i] for i in fid if i not in (p.id, c.id))
                if _part_after(folded, other, n):
                    part_rows.append(r)  # the chain drawn with a part of the flow (其中涉农贷款新增…)
                else:
                    other_chain = True  # the text's own account with another flow: judged already
        if part_rows:
            out = [r for r in out if all(r is not x for x in part_rows)]
        if other_chain or any(c.id in (fid := r["figure_ids"].split()) and len(fid) >= 3 and any(
                i not in (p.id, n.id, c.id) and not _part_after(folded, by_id[i], n) for i in fid)
                for r in out):
            continue  # (the level is judged with another flow already, not a part of this one)
        if any({p.id, n.id, c.id} <= set(r["figure_ids"].split()) for r in out):
            continue  # (the chain is there)
        row = _checked_three(folded, by_sent, p, n, c)
        if row is None:
            continue
        if row["verdict"] != schema.CONSISTENT:
            # 全年完成高标准农田建设4.2万亩，其中新建3.1万亩、改造提升1.1万亩 … 累计建成35.7万亩: only the new part of the
            # year's work adds to the stock; a part of the flow that closes the chain is its flow
            drawn = [g for g in by_sent.get(n.sent, ()) if g.quantity and same_count_unit(g, n) and _part_after(folded, g, n)]
            fit = next((r for g in drawn if (r := _three(folded, p, g, c))["verdict"] == schema.CONSISTENT), None)
            if fit is not None:
                row = fit
            elif _weak_flow(folded, n) and any(_CHAIN_NEW.search(_label(folded, g)) for g in drawn):
                continue  # (the year's work of several kinds, only its new part adding to the stock: 其中四级手术538台
                # is a kind of every surgery counted, 其中新建3.1万亩 the one kind that builds)
        accounted = len(row["figure_ids"].split()) == 4  # (the outflow stated and taken off: the account is whole)
        if row["verdict"] != schema.CONSISTENT and (_chain_doubt(folded, by_sent, p, n, c) or not accounted and (
                abs(c.sent - n.sent) <= 1 and _may_shrink(folded, c, n)
                or _MAY_LEAVE.search(_label(folded, n) + locals_[c.start]) or "实有" in locals_[c.start]
                or _CHAIN_EXIT.search(_chain_text(doc, folded, p, n, c)) or not _chain_bounds(folded, p, n, c))):
            continue  # 新登记市场主体… / 实有… / 解聘13名: a register or a stock that also loses members (words of an
            # outflow sections away from both, 防止资产流失, say nothing of this stock: only the sentences of the two count)
        keep = []
        for r in out:
            fid = r["figure_ids"].split()
            if (n.id in fid or c.id in fid) and len(fid) <= 2:
                continue  # the flow's new ≤ cumulative rows, and the level's with any other flow (培育示范家庭农场8家 is
                # no flow of 累计认定家庭农场 once its own 当年认定 closes the chain)
            keep.append(r)
        keep.append(row)
        out = keep
    return out


_LEVEL_WORD = re.compile(r"现有|共有|实有|保有量|累计|总数|总量|目前|(?<![上去])年[末底]|截至|截止")
# 新增新能源汽车产能2.3万辆 / 产量 / 销量: what was made or sold in the year, no flow into the stock on the road
_OUTPUT_FLOW = re.compile(r"产能|产量|销量|产值|出口|销售")


def _new_above_level(doc, folded: str, figs: list[Fig], out: list[dict]) -> list[dict]:
    """年内新增校外实践教学基地58个 … (sections on) 目前，学院现有校外实践教学基地共计46个: the year's new above a level that
    names the same thing in the same words (four characters or more), wherever the two stand — an error unless the
    text says what left (new ≤ cumulative, reported only when it fails and no account holds either figure; a level
    paired with another flow in a bare new ≤ cumulative row is paired wrongly, that row gives way)."""
    units = {f.base_unit for f in figs if f.quantity and f.norm is not None and "新" in _label(folded, f)}
    if not units:
        return out
    roles, locals_ = _chain_roles(doc, folded, figs, units)
    news = [f for f in figs if roles.get(f.start) == "new" and not _weak_flow(folded, f)
            and not _OUTPUT_FLOW.search(_label(folded, f))]
    levels = [f for f in figs if roles.get(f.start) == "cur" and _LEVEL_WORD.search(locals_[f.start])]
    if not news or not levels:
        return out
    # (figures of an account or an alarm are judged; a consistent two-figure row may have paired the level wrongly)
    taken = {i for r in out for i in r["figure_ids"].split()
             if len(r["figure_ids"].split()) > 2 or r["verdict"] != schema.CONSISTENT}
    by_sent = figs_by_sentence(doc, figs)
    # (the levels by their names of four characters or more, whole and by their first four characters' runs: a flow is
    # asked only of the levels whose name holds its own or is held by it, in text order)
    names = [_chain_noun(locals_[c.start]) for c in levels]
    by_name: dict[str, list[int]] = {}
    by_run: dict[str, set[int]] = {}
    in_force: dict[str, list[int]] = {}  # (拥有有效发明专利 → 发明专利)
    for k, y in enumerate(names):
        if len(y) >= 4:
            by_name.setdefault(y, []).append(k)
            for i in range(len(y) - 3):
                by_run.setdefault(y[i:i + 4], set()).add(k)
        if (m := _IN_FORCE.match(y)) and len(y) - m.end() >= 4:
            in_force.setdefault(y[m.end():], []).append(k)
    cands = []
    for n in news:
        if n.id in taken or _CHAIN_PART.match(_label(folded, n)) or _SUB_PERIOD_CHAIN.search(_label(folded, n)) \
                or _planned_flow(folded, n) or _goal_after(folded, n) or is_target(folded, n) or is_per_unit(folded, n) \
                or _other_year(doc, folded, n) or in_plan(folded, doc, n):
            continue
        x = _chain_noun(locals_[n.start])
        if len(x) < 4:
            continue  # (no name of four characters or more, held or holding)
        ks = {k for k in by_run.get(x[:4], ()) if x in names[k]}
        ks.update(k for i in range(len(x) - 3) for j in range(i + 4, len(x) + 1) for k in by_name.get(x[i:j], ()))
        granted = _GRANTED_TAIL.sub("", x) if in_force else x
        forced = set(in_force.get(granted, ())) if granted != x else set()
        ks.update(forced)
        for k in sorted(ks):
            c = levels[k]
            if c.id in taken or not same_count_unit(c, n) or c.start < n.start and c.norm >= n.norm:
                continue  # (a level before the flow: only one below it says something)
            y = names[k] if k not in forced else granted
            short, long_ = sorted((x if k not in forced else granted, y), key=len)
            sc, sn = _chain_scope(folded, c), _chain_scope(folded, n)
            if len(short) < 4 or short not in long_ or sc and sn and sc != sn or c.sent == n.sent \
                    or _narrower_level(locals_[c.start], x, y) \
                    or is_per_unit(folded, c) or is_target(folded, c) or in_plan(folded, doc, c) \
                    or _part_of_year(doc, folded, c) or _CHAIN_EXIT.search(_chain_text(doc, folded, c, n, c)) \
                    or _PLAN.search(_label(folded, c)) and not _covers_this_year(doc, folded, c, n) \
                    or any(_leaves(folded, g) or _leaves_after(folded, g) for g in by_sent.get(n.sent, ()) + by_sent.get(c.sent, ())
                           if g.quantity and same_count_unit(g, n)):
                continue
            cands.append((abs(c.start - n.start), n, c))
    # the nearest pairs first (a level takes the flow named alike closest to it, not one of a section far before)
    for _, n, c in sorted(cands, key=lambda t: t[0]):
        if n.id in taken or c.id in taken:
            continue
        row = _two(folded, c, n, apart=True)
        loose = [r for r in out if c.id in (fid := r["figure_ids"].split()) and len(fid) == 2 and n.id not in fid]
        if row is not None and (row["verdict"] != schema.CONSISTENT or c.norm >= n.norm and loose):
            # (held: the level's bare row with another flow, 新建校内实训基地2个 beside 现有校外实践教学基地, gives way)
            taken.update((n.id, c.id))
            out = [r for r in out if not ((n.id in (fid := r["figure_ids"].split()) or c.id in fid) and len(fid) <= 2)]
            out.append(row)
    return out


_MAKING = re.compile(r"^(?:建成|建设|建|培育|认定|引进|登记|注册|创建|评定|命名|发展|增)")
# 全年新增发明专利授权132件 … 累计拥有有效发明专利118件: the stock of what is in force (有效…) holds every grant of the year —
# the flow's thing with its grant after it (…授权, …注册) is the level's thing after 有效 (never …申请: not all are granted)
_IN_FORCE = re.compile(r"(?:拥有|持有)?有效(?:期内的?)?")
_GRANTED_TAIL = re.compile(r"(?:授权|获授权|注册|登记)(?:量|数)?$")
# the words that may stand right before the thing a level counts (学院现有校外实践教学基地 / 目前全县家庭农场 / 累计新建
# 改建农村公路: a level's word, a scope or the act that made it), no modifier of the thing itself (省级示范…, 在建…)
_LEVEL_BEFORE = re.compile(r"(?:^|现有|共有|实有|拥有|有|目前|累计|总数|全[国省市县区州镇乡]|[本我][省市县区州镇乡]|年[末底]|截至|截止|"
                           r"达到|为|[，,：:\s]|(?<!在)" + _MAKING.pattern[1:] + ")$")


def _narrower_level(local: str, x: str, y: str) -> bool:
    """今年新增家庭农场45家 … 目前全县省级示范家庭农场共有38家 / 全市目前在建5G基站900个 → True: the level counts a kind of
    the flow's thing (its name the flow's with a modifier before it), so the year's new may well exceed it."""
    x = _MAKING.sub("", x)  # (新建农村公路 → 建农村公路: the flow's own verb, left by the 新 taken off)
    if len(x) < 2 or x == y or x not in y or (i := local.find(x)) < 0:
        return False
    return not _LEVEL_BEFORE.search(local[:i])


_OTHER_PERIOD = re.compile(r"上年|去年|上一年|前年|同期|往年|历年")  # (上半年接待游客人次为上年同期的412万人次)


def _short_for(short: str, full: str) -> bool:
    """新增参保 for 新增失业保险参保人员 → True: the same act, then the full name's last words with a modifier left out
    before them (and a count's tail after them: 人员, 人数). 受理来信 for 受理群众来信来访 (another head: a part of the
    thing), 新增就业 for 新增就业困难人员再就业 (the head's words inside the modifier) → False."""
    a, b = _COUNT_TAIL.sub("", short), _COUNT_TAIL.sub("", full)
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    head = a[k:]
    mid = b[k:len(b) - len(head)]
    # (新增就业 for 新增农村劳动力转移就业: a modifier ending in an act of its own — 转移就业, 灵活就业, 返乡创业 — names
    # another official measure, not a kind left unsaid as 城乡居民医保 or 失业保险 is)
    return len(head) >= 2 and b.endswith(head) and bool(mid) and head not in mid and not _ACT_BEFORE_HEAD.search(mid)


_ACT_BEFORE_HEAD = re.compile(r"(?:转移|灵活|返乡|稳定|安置|帮扶|托底|公益性岗位)$")


def _part_above_year(doc, folded: str, figs: list[Fig], out: list[dict]) -> list[dict]:
    """上半年受理投诉举报3,120件 … 全年受理投诉举报2,847件: a part of the year above the whole year's figure of the same
    thing in the same words (four characters or more, one name holding the other), in sentences apart — an error
    (reported only when it fails and neither figure is judged already)."""
    if not _SUB_PERIOD_SCAN.search(folded) or "全年" not in folded:
        return out
    taken = {i for r in out for i in r["figure_ids"].split()}
    info = []
    for g in figs:
        if not g.quantity or g.norm is None or g.id in taken or is_per_unit(folded, g) or is_reference(folded, g) \
                or _GOAL_WORDS.search(_label(folded, g)) or "累计" in _label(folded, g) or in_plan(folded, doc, g):
            continue
        span, core = _period_and_core(_own_words(folded, g))
        if span is not None and len(core) >= 4:
            info.append((g, span, core))
    years = [(g, core) for g, span, core in info if span == (1, 12)]
    # the report's own place, the scope it names most (a figure of another place names its scope: 上半年全省受理…)
    counts = Counter(m.group(0) for m in _SCOPE_WORD.finditer(folded))
    own = counts.most_common(1)[0][0] if counts else ""
    for s, span, core in info:
        if span == (1, 12) or span[1] - span[0] >= 11:
            continue
        for y, ycore in years:
            short, long_ = sorted((core, ycore), key=len)
            ss, sy = _chain_scope(folded, s), _chain_scope(folded, y)
            # (in one sentence only the whole year right after its part, named by the part's words in short: 上半年新增失业
            # 保险参保人员…，全年新增参保…)
            next_clause = y.sent == s.sent and s.end <= y.start and _short_for(ycore, core) \
                and clause_start(folded, y.start) == clause_end(folded, s.end) + 1
            if y.sent == s.sent and not next_clause or not same_count_unit(s, y) or s.norm <= y.norm \
                    or short not in long_ and not next_clause \
                    or ss != sy and (ss and sy or (ss or sy) != own) \
                    or _OTHER_PERIOD.search(_own_words(folded, s) + _own_words(folded, y)) \
                    or _other_year(doc, folded, s) \
                    or _other_year(doc, folded, y) or _CUMULATIVE_WORD.search(_label(folded, y)):
                continue
            row = _two(folded, y, s, apart=True, named=next_clause)
            if row is not None and row["verdict"] != schema.CONSISTENT:
                taken.update((s.id, y.id))
                out.append(row)
                break
    return out
