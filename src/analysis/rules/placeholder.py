"""Blanks where a number belongs, found in the text (a blank is not a figure): 累计达次,
专项项, XX%, X万元, （ ）万元, 共计  件, ××家, 约谈…负责人人次.

A blank needs evidence, never just a verb before a measure word (开展家访, 培训名师, 完成台帐, 落实人手 are words):
a marker (XX, ××, ＿＿, （ ）, □□, 〇〇) or a run of spaces in a sentence before a unit (问卷  份, 宣传资料＿＿张); a
doubled measure word (专项项); a % or 个百分点 right after a word (覆盖率达%); or a count measure word that closes its
clause right after a verb that takes a quantity, in a clause that counts (共开展检查次。累计达次，) — agent and place
suffixes (推荐人, 扶持户, 服务台, 检查处) never take that last form. A paper named by the verb that handles it (答复件,
督办件) is no blank; spaces after 单位 or in a line with no sentence (a table's head) are columns. Other evidence: a
unit no word ends with right after a word (收入万元，, 农村公路公里。), a measure word closing a list item while another
item of the sentence gives its number in that measure word (党组会议次、专题会议12次), and the object of a counting verb
after 共/累计 closed by 件/份/处/次/项 (共下达整改通知书份，); words that end with a measure character (文件, 市场) and
compound units (46人次) are left alone; so are a marker whose measure character begins a word (XX家庭农场, XX人民医院,
对XX处XX科: a name left out) and a unit declared after 单位为/单位均为; a unit broken by a space after its number (41235人 次)
and a measure character starting a noun (字数, 人数) are no blanks.
"""
from __future__ import annotations

import functools
import re

from .. import schema
from .common import ANY_DIGIT as _ANY_DIGIT, clause_end, clause_start, paragraph_start, result

# measure words a count is written with; 人次 before 人 and 次, 万元 before 元
_MEASURES = ["人次", "家次", "场次", "户次", "万元", "亿元", "元", "项", "次", "家", "件", "个", "名", "场", "期", "批",
             "篇", "户", "人", "起", "例", "座", "套", "台", "所", "条", "处"]
_M = "|".join(_MEASURES)
# verbs (and verb phrases) that take a quantity right after them
# (longest first, ties in a fixed order: a set's order changes from run to run, and so would the patterns' text, which
# patterns.py then compiles afresh and saves again at every start)
_VERBS = sorted(set((
    "达到 达 共计 共有 共 累计 合计 总计 实施 完成 开展 组织 召开 举办 举行 收到 新增 新建 受理 办理 培训 接待 走访 "
    "检查 查处 发放 争取 投入 安排 下达 拨付 签订 引进 培育 认定 创建 建成 服务 参加 出动 处理 解决 征集 提出 审核 "
    "发布 印发 编发 到位 落实 帮助 扶持 资助 支持 申报 立项 验收 推荐 获批 调处 化解 办结 答复 回复 约谈 督办 "
    "排查 整治 查办 处置 清理 整改 慰问 救助 帮扶 核查 抽查 抽检 巡查 督查 制发 发现 巡河 巡湖 巡逻 出警"
).split()), key=lambda w: (-len(w), w))
_V = "|".join(_VERBS)
# after a run of spaces, a measure word followed by one of these starts a word after an indent (　　人员, 　项目)
_CONTINUES = {
    "项": "目", "次": "日年数要序生级", "家": "庭属具乡人园长电政族门风", "件": "数", "个": "人体性别案税数",
    "名": "单称额义字誉牌片列录", "人": "员才民口大社力事工均士群类生身心们物选数", "场": "所地景馆合面数",
    "期": "间限刊末初货望待盼", "批": "准复示评次量发", "篇": "幅章", "户": "籍口外型主数", "元": "旦素宵首",
    "起": "来步草诉到始", "例": "如会行外", "座": "谈", "套": "餐路", "台": "账阶湾风", "所": "有属在得需以谓长作为致",
    "条": "例件款线理", "处": "理置室长罚分于",
    "份": "额子内", "字": "号第母体幕样典据画", "卷": "宗烟入轴面尺", "页": "面码岩", "张": "贴家扬力开", "册": "子", "宗": "旨教族", "笔": "记试者录", "届": "时满", "栋": "梁",
}
# a counting verb, then a measure word with no number before it that closes its clause: 共开展检查次。累计达次，
# (the measure word must close the clause: 开展家访, 培训名师, 完成台帐, 落实人手, 服务座席 go on into a word). Only
# measure words that are no agent or place suffix (推荐人, 扶持户, 服务台, 检查处 are nouns) take this form.
# (found by its last character, a plain class re scans fast; 人次/家次/场次/户次/件次 and 万元/亿元 take one more)
_CLOSING_UNITS = frozenset("元项次件个名批篇起例")
# one scan finds every measure word that closes a clause or an item (the last character of a _WORD_UNITS unit too)
# (not right after a digit, nor after 万/亿 after a digit: 12个，, 3.5万元 have their number)
# (nor after one measure character after a digit: 18420台件, 36架次, 12辆次 are compound units with their number)
# (2.4万台件: nor after 万/亿/千 and one measure character after a digit)
_UNIT_END = re.compile(r"[元项次件个名批篇起例份处场期人吨亩里米](?<![0-9０-９].)(?<![0-9０-９][\u4e00-\u9fff].)"
                       r"(?<![0-9０-９][万亿千][\u4e00-\u9fff].)(?=[、，。；：,;:！？!?）)\n]|$)")
_WORD_UNIT_ENDS = frozenset("元次人吨亩里米")
_WORD_UNIT_BEFORE = frozenset("万亿人公方")
_VERB_END = re.compile(rf"(?:{_V})(?:了|达到|达|为|共|计|约|近|有){{0,2}}$")
# …and the clause says it is counting: a count word before the verb or a 达/为/共 between it and the unit (服务人次，
# 受理件、办结件 name what is counted)
_COUNTING = re.compile(r"共|累计|合计|总计|达|为|计|约|近")
# (each of these starts with its measure word; the Chinese character before it is checked by _after_word: a
# lookbehind at the start of a pattern would make re try every position of the text)
_DOUBLED = re.compile(r"(?P<m>[项件个家次名场期批篇户])(?P=m)(?=[，。；、,;：:\s）)]|$)")
_DOUBLED_CHARS = "项件个家次名场期批篇户"  # (a character twice, tested with `in` before the scan)
# 约谈…负责人人次: a noun ending in 人/家/户/场 and then that character + 次 at the clause end — the count of
# person-times (人次) after an object, its number left out
_OBJECT_THEN_UNIT = re.compile(r"(?P<x>[人家户场])(?P<m>(?P=x)次)(?=[，。；、,;：:\s）)]|$)")
_VERB_IN = re.compile(rf"(?:{_V})")
# 受益农户共计户。, 入户走访累计达到户，: a word that only counts (never part of a noun, as 扶持户, 推荐人 are), then a
# measure word of things or people that closes the clause — the number between them is left out
_COUNT_WORD_UNIT = re.compile(r"(?:共计|合计|总计|累计|达到)(?P<m>[户人家处份所座台条套场])(?=[、，。；：,;:！？!?）)\n]|$)")
# (万 before a measure word of things, 万字, 万卷, 万剂次, is one unit too)
_UNIT_AFTER = (r"(?:个百分点|%|‰|万平方米|平方米|平方公里|公里|万亩|亩|万吨|吨|倍|万人次|万人|万户|小时|分钟|学时|课时|"
               r"万元|亿元|万[字卷页册件条株头只个套台辆份张]|万?剂次|份|张|册|辆|艘|棵|株|栋|幢|宗|笔|届|字|卷|页|" + _M +
               r"|(?:[TGPM]B|kWh?|[MG]W|km|kg|Mbps|Gbps)(?![A-Za-z]))")  # (Latin units: 存储容量（  ）TB)
_MARKED = re.compile(rf"(?P<blank>[XＸxｘ×＊*]{{1,4}}(?:[.．][XＸxｘ×＊*]{{1,2}})?|[_＿]{{2,}}|[（(][ \u3000]*[）)]|【[ \u3000]*】|"
                     rf"〔[ \u3000]*〕|［[ \u3000]*］|\[[ \u3000]*\]|□+|○○+|〇〇+)[ \u3000]*(?P<m>{_UNIT_AFTER})")
# a run of spaces inside a sentence where the number should be (增长  %, 面积　　万平方米): a run of one to six
# spaces after a Chinese character, then a unit
_SPACE_RUN = re.compile(r"[ \u3000]+")
_UNIT_RX = re.compile(_UNIT_AFTER)
# the cells of a table row after its unit cell: spaces, then a number
_CELL_AFTER = re.compile(r"[ \u3000\t]+[+-]?[\d０-９]")
# 得分为  分，, 工期为  天。: two or more spaces after 为/达/是, then one character that closes the clause — a unit
# the list above does not hold (分, 天, 岁, 度), its number left out
_COPULA_BEFORE = "为达是"
_ONE_CHAR_UNIT = re.compile(r"[\u4e00-\u9fff](?=[，。；、,;！？!?）)\n]|$)")
# 覆盖率达%, 提高了个百分点: a percent sign or 个百分点 right after a word, its number left out
_PCT_SIGN = re.compile(r"[%‰]")
# where a marked blank may start (a plain class re scans fast; _MARKED is then tried there only)
_MARK_START = re.compile(r"[XＸxｘ×＊*_＿□○〇（(【〔［\[]")
# a line with none of these is a table row or head, not a sentence (its spaces are columns, not blanks)
_SENTENCE_MARK = re.compile(r"[，。；,;]")
# 截至20XX年底, 20××年度: a year with its last two digits left as markers
_YEAR_BLANK = re.compile(r"[XＸxｘ×＊*_＿]{2}(?=年)")  # (found by its markers; 20/19 checked before them)
_YEAR_MARKS = "XＸxｘ×＊*_＿"
_CENTURY = ("19", "20", "１９", "２０")


# a measure character then 数 is a noun (字数, 人数, 次数, 个数, 件数): the measure named, no count left out
_COUNT_NOUN = "数"


def _split_unit(folded: str, a: int, unit: str) -> bool:
    """628007人 次 / 3.5万 亩: the characters before the spaces at a, right after a number, and the unit after them
    make one unit (人次, 万亩) — the number's own unit broken by a space, not a blank."""
    for k in (1, 2):
        if a - k - 1 >= 0 and folded[a - k - 1].isdigit() and _UNIT_RX.fullmatch(folded[a - k:a] + unit):
            return True
    # 326 万(line wrapped)元: a number set off by spaces, its unit's first character, then the break
    k = a - 1
    return k >= 2 and folded[k] in "万亿千百十" and folded[k - 1] in " \u3000" and folded[k - 2].isdigit() \
        and _UNIT_RX.fullmatch(folded[k] + unit) is not None


# a marker right after the unit (XX处XX科负责人): a redacted name of an office, not a count
_NAME_MARKS = frozenset("XＸ×＊*")


def _marked(folded: str):
    """_MARKED.finditer(folded), trying the pattern only where a marker character stands."""
    pos = 0
    while True:
        c = _MARK_START.search(folded, pos)
        if c is None:
            return
        m = _MARKED.match(folded, c.start())
        if m is None:
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()


def _bare_percents(folded: str):
    """(start, end) of every %, ‰ and 个百分点."""
    for m in _PCT_SIGN.finditer(folded):
        yield m.start(), m.end()
    pos = folded.find("个百分点")
    while pos >= 0:
        yield pos, pos + 4
        pos = folded.find("个百分点", pos + 4)


def _table_head(folded: str, pos: int) -> bool:
    """Is pos in a table's head row: a line with no sentence mark and no digit, parted into cells (by a run of spaces, a
    tab or |)? A heading (（一）一般公共预算收入增长%) is one cell; a data row has its numbers."""
    a, b = paragraph_start(folded, pos), _line_end(folded, pos)
    line = folded[a:b]
    if _SENTENCE_MARK.search(line) is not None or any(c.isdigit() for c in line):
        return False
    if "|" in line or "\t" in line or len(line.split()) >= 2:
        return True
    # (a table copied one cell a line, the cells parted by lines of a lone |: 指 标⏎|⏎绝对数⏎|⏎比上年增长%)
    return _lone_bar_line(folded, a, -1) or _lone_bar_line(folded, b, 1)


def _lone_bar_line(folded: str, edge: int, step: int) -> bool:
    """Is the non-empty line before (step −1, edge = a line's start) or after (step 1, edge = its end) a lone |?"""
    if step < 0:
        end = edge
        while end and folded[end - 1] == "\n":
            end -= 1
        start = folded.rfind("\n", 0, end) + 1
    else:
        start = edge
        while start < len(folded) and folded[start] == "\n":
            start += 1
        end = folded.find("\n", start)
        end = len(folded) if end < 0 else end
    return folded[start:end].strip() in ("|", "｜")


def _line_end(folded: str, pos: int) -> int:
    e = folded.find("\n", pos)
    return len(folded) if e < 0 else e


def _after_word(folded: str, pos: int) -> bool:
    """Is the character before pos a Chinese character?"""
    return pos > 0 and "\u4e00" <= folded[pos - 1] <= "\u9fff"

_CN_DIGITS = set("零〇一二两三四五六七八九十百千几")  # (a number in characters)
_NUMERAL_BEFORE = set("0123456789０１２３４５６７８９万亿数多余") | _CN_DIGITS
_ORDINARY = re.compile(r"各项|事项|此次|多次|首次|每次|层次|名次|档次|依次|逐项|单项|多项|几项|诸项|该项|本次|上次|下次|历次|屡次|"
                       r"逐个|各个|每个|整个|这个|那个|个个|人人|家家|件件|项项|次次|该件|本件|每件|各家|每家|大家|专家|国家|"
                       r"逐件|全家|每人|个人|他人|本人|众人|每户|各户|逐户|农户|住户|全年|分期|同期|定期|近期|本期|每期|逐批|分批|"
                       r"每场|现场|市场|商场|当场|全场|会场|广场|立场|机场|"
                       r"来件|复件|文件|案件|邮件|稿件|附件|证件")
# 报送了答复件, 督办件和承办件: a paper named by the verb that handles it, not a count left out
# (…办件 in general: 分办件, 会办件, 联办件, 领办件 are papers by how they are handled)
_HANDLED_PAPER = re.compile(r"(?:答复|回复|督办|交办|承办|办理|主办|协办|转办|呈批|批办|[\u4e00-\u9fff]办)件")


def _is_blank_unit(folded: str, m_start: int, m: str) -> bool:
    """Is the measure word at m_start really standing alone (no number before, not part of 各项, 首次, 答复件)?"""
    before = folded[m_start - 1] if m_start else ""
    if before in _NUMERAL_BEFORE:
        return False
    if m == "件" and _HANDLED_PAPER.match(folded, max(0, m_start - 2)):
        return False
    return not _ORDINARY.match(folded, m_start - 1) and not _ORDINARY.match(folded, m_start)


def _count_given_later(folded: str, pos: int, unit: str) -> bool:
    """实施项重大科技专项20项: the clause goes on to give the count in the same measure word, so the
    first 项 is a stray word left by an edit, not a number left out."""
    after = folded[pos:clause_end(folded, pos)]
    return _counted_in(unit).search(after) is not None


@functools.lru_cache(maxsize=64)
def _counted_in(unit: str) -> re.Pattern:
    """A number (in digits or characters) and the measure word: 20项."""
    return re.compile(rf"[0-9零〇一二两三四五六七八九十百千万]{re.escape(unit)}")


# 财政拨款收入万元，, 新建农村公路公里。: a unit with a multiplier or a length that no word ends with, right after a
# word and closing its clause (万元以上, 亿元GDP, 每公里 go on or are per-unit; 上万元, 近亿元 are numbers)
_WORD_UNITS = ("万平方米", "平方米", "万元", "亿元", "万人次", "万人", "万吨", "万亩", "公里")
_NOT_BEFORE_WORD_UNIT = set("上近过超逾破达至每数几余多千百十万亿零〇一二两三四五六七八九按以折约方人吨车")  # 平方公里, 人公里, 吨公里


_UNIT_DECLARED = re.compile(r"单位(?:[:：]|均|都|统一|一律|为|是|采用|使用)*$")


def _word_unit_at(folded: str, e: int):
    """(start, end, stated) when a _WORD_UNITS unit ends at e right after a Chinese word in a sentence, its number
    left out; else None."""
    w = next((w for w in _WORD_UNITS if folded.endswith(w, 0, e)), None)
    if w is None:
        return None
    s = e - len(w)
    if not _after_word(folded, s) or folded[s - 1] in _NOT_BEFORE_WORD_UNIT or _UNIT_DECLARED.search(folded, max(0, s - 12), s):
        return None  # 金额单位万元, 本表金额单位均为万元: the unit declared, no number left out
    if _SENTENCE_MARK.search(folded, paragraph_start(folded, s), _line_end(folded, s)) is None:
        return None  # a table's head
    if _NUMBER_UNIT_BEFORE.search(folded, max(0, s - 4), s):
        return None  # 建筑面积1.35万元平方米: a second unit after a number's own, a slip of the unit, not a blank
    return s, e, folded[max(clause_start(folded, s), s - 6):e]


_NUMBER_UNIT_BEFORE = re.compile(r"[0-9０-９][万亿千百]?[\u4e00-\u9fff]$")


# 召开党组会议次、专题会议12次: a measure word closing a list item right after a word, while another item of the
# sentence gives its number in that measure word — the same count, its number left out
_ITEM_UNITS = frozenset("次件项个份处场期批篇起例")
# words that end with a measure character (文件, 层次, 市场, 条例…): no count stands before them
_ENDS_A_WORD = frozenset("""
层次 档次 批次 车次 班次 名次 频次 架次 航次 首次 多次 依次 其次 再次 屡次 此次 本次 上次 下次 每次 历次 渐次 主次 席次
文件 案件 事件 条件 证件 软件 硬件 信件 邮件 稿件 附件 要件 部件 零件 配件 物件 来件 复件 原件 急件 构件 组件 铸件
事项 款项 选项 强项 弱项 短项 各项 单项 多项 逐项 立项 专项 分项 子项 列项 缺项 漏项 加项 减项 奖项 细项 轮次
整个 各个 这个 那个 每个 逐个 个个 哪个 某个
月份 年份 省份 股份 身份 部份 成份 备份 县份 季份
办事处 管理处 好处 难处 住处 各处 之处 用处 去处 此处 何处 深处 长处 短处 益处 相处 共处 别处 到处 处处 出处 落脚处
市场 商场 现场 广场 会场 机场 农场 牧场 林场 考场 赛场 球场 战场 剧场 立场 当场 全场 在场 下场 殖场 宰场 车场 登场 道场
同期 近期 定期 分期 本期 周期 到期 逾期 长期 短期 中期 初期 末期 后期 前期 学期 假期 汛期 工期 任期 时期 星期 预期 延期
按期 如期 限期 全期 每期 当期 上期 同期 
审批 报批 分批 逐批 首批 获批 特批 
诗篇 长篇 短篇 全篇 开篇 
发起 一起 兴起 提起 引起 说起 做起 抓起 崛起 唤起 挂起 发起 起起 立起 负起 撑起 扛起 挑起 担起 拿起 竖起 筑起 建起 拉起 织起 搭起 树起 
条例 案例 比例 病例 惯例 实例 范例 先例 事例 体例 特例 举例 凡例 
""".split())


def _ends_a_word(folded: str, s: int) -> bool:
    """Does the measure character at s close a word (文件, 市场, 办事处) — also across a wrapped line's break, which
    the folded text holds as a space (第一时间建立⏎起联防联控机制)?"""
    left = folded[max(0, s - 3):s - 1] if folded[s - 1:s] == " " else folded[max(0, s - 2):s]
    return left[-1:] + folded[s] in _ENDS_A_WORD or left + folded[s] in _ENDS_A_WORD


# 46人次, 86场次, 146件次: 次 after a measure word is one compound unit, its number before both
_COMPOUND_FIRST = set("人家场件户车架艘批台辆")


def _compound(folded: str, s: int, unit: str) -> bool:
    return unit == "次" and folded[s - 1] in _COMPOUND_FIRST


_NONE_LEAD = re.compile(r"\s*(?:无|没有|未|零|均无|并无|暂无)")


# 共下达整改通知书份，: a count word, a counting verb and its object, then a measure word that closes the clause
_OBJECT_UNITS = frozenset("件份处次项起")  # (起: 共查处违法案件起。)
_COUNT_VERB_OBJECT = re.compile(rf"(?:共|累计|合计|总计)(?:{_V})[\u4e00-\u9fff]{{2,8}}$")
# 全年受理粮食质量投诉举报件，均在规定时限内办结: the year's count of a counting verb's object, then a clause that
# says what all of them came to (均/全部/都) — the count that "all" refers back to is left out (受理的举报件，均… with
# 的 names the papers: no blank)
_YEAR_VERB_OBJECT = re.compile(rf"(?:全年|本年度?|今年|年内)(?:共)?(?:{_V})[\u4e00-\u7683\u7685-\u9fff]{{2,8}}$")  # (not 的)
_ALL_OF_THEM = re.compile(r"[，,](?:已|也)?(?:均|全部|都|悉数)")
_CHANGE_AFTER = re.compile(r"[，,]\s*(?:同比|环比|比上年|较上年|比去年|较去年|增长|下降|增加|减少)")
# 全年办理行政审批事项件，按时办结率100%: a rate of them in the clause right after (its base left out)
_RATE_OF_THEM = re.compile(r"[，,][\u4e00-\u9fff]{0,6}率")
_COUNT_IN = {u: re.compile(rf"[\d０-９][\d０-９.,．]*{u}(?![\u4e00-\u9fff])") for u in "次件项个份处场期批篇起例"}
_NUMBER_THEN = {u: re.compile(rf"[\d０-９零〇一二两三四五六七八九十百千万]{u}") for u in "次件项个份处场期批篇起例"}


# an activity whose sessions are counted (开展技能培训期, 组织政策宣讲次) — not a word ending in 场 or 期 (组织施工队伍进场,
# 举办网络招聘专场, 组织抢抓窗口期) — and problems cleared, counted by site (清理整治问题处; not 排查发现的隐患处, a noun)
_ACTIVITY_OBJECT = re.compile(r"(?:开展|组织|召开|举办|举行)[\u4e00-\u9fff]{0,4}(?:培训|宣讲|讲座|活动|演出|比赛|竞赛|会议|座谈会?|"
                              r"演练|义诊|宣传|检查|服务|展演|招聘会)$")
_PROBLEMS_OBJECT = re.compile(r"(?:清理|整治|排查|整改|消除|发现)[^的\d０-９，,]{0,4}(?:问题|隐患)$")


def _bare_unit_at(doc, folded: str, s: int, e: int):
    """(start, end, stated) of a measure word with no number that closes a list item or a clause right after a word:
    会议次、 when another item of its sentence gives a number in that measure word (专题会议12次), or
    共下达整改通知书份， (the object of a counting verb after a count word)."""
    unit = folded[s]
    if not s or folded[s - 1] in _NUMERAL_BEFORE or not _after_word(folded, s) or _ends_a_word(folded, s):
        return None
    if _compound(folded, s, unit):
        # 共接待来访群众人次，: a compound unit (人次, 户次) after a counting verb's object, its number left out
        s0 = s - 1
        # (若干场次: a number word; 累计接待游客人次，同比增长15.2%: 人次 names the measure whose change follows)
        if s0 and folded[s0 - 1] not in _NUMERAL_BEFORE and _after_word(folded, s0) and folded[e:e + 1] != "、" \
                and folded[s0 - 2:s0] != "若干" and not _CHANGE_AFTER.match(folded, e):
            v = _COUNT_VERB_OBJECT.search(folded, clause_start(folded, s0), s0)
            if v is not None and not _count_given_later(folded, e, unit):
                return s0, e, folded[v.start():e]
        return None
    if not _is_blank_unit(folded, s, unit):
        return None
    if unit in _OBJECT_UNITS and folded[e:e + 1] != "、" and not _HANDLED_PAPER.match(folded, max(0, s - 2)):
        cs = clause_start(folded, s)
        v = _COUNT_VERB_OBJECT.search(folded, cs, s)
        if v is None and (_ALL_OF_THEM.match(folded, e) or _RATE_OF_THEM.match(folded, e)):
            v = _YEAR_VERB_OBJECT.search(folded, cs, s)
        if v is not None and not _count_given_later(folded, e, unit):
            return s, e, folded[v.start():e]
    if folded[e:e + 1] != "、" and not _ANY_DIGIT.search(folded, clause_start(folded, s), s):
        # 围绕特色产业开展技能培训期，/ 组织政策宣讲次，/ 清理整治问题处，: an activity and its object, then the measure
        # word of its sessions or sites closing the clause, no number anywhere in it
        v = (_ACTIVITY_OBJECT if unit in "次期场" else _PROBLEMS_OBJECT if unit == "处" else None)
        if v is not None and (m := v.search(folded, clause_start(folded, s), s)) is not None:
            return s, e, folded[m.start():e]
    sent = doc.sentence_at(s)
    if sent is None:
        return None
    item = clause_start(folded, s, "，,；;。！？!?\n、：:")
    if s - item < 3 or _NONE_LEAD.match(folded, item):
        return None  # a bare word (人、) is no item; 无不满意件 says there are none
    if _NUMBER_THEN[unit].search(folded, item, s):
        return None  # 其余5件为分办件, 3项为重点项: the item has its number; the measure word closes a noun
    if "分别" in folded[e:sent.end]:
        return None  # 受理件、办结件分别为1200件和1150件: the items name what is counted, the numbers follow
    if not (_COUNT_IN[unit].search(folded, sent.start, item) or _COUNT_IN[unit].search(folded, e, sent.end)):
        return None
    return s, e, folded[item:e]


# words that end with 余 and name a remainder, not "more than" (其余人, 结余元)
_REMAINDER = frozenset("其余 剩余 多余 业余 结余 盈余 富余 节余 残余 空余 课余 工余 茶余 有余 之余 宽余 羡余".split())
_VERB_OBJECT = re.compile(rf"(?:{_V})[\u4e00-\u9fff]{{0,8}}$")


def _about_blank(folded: str, s: int, e: int):
    """累计培训干部余人。: 余 (more than) after a counting verb and its object with no number before it, then a
    measure word closing the clause → (start, end, stated), else None."""
    w = folded[s - 2]
    if not ("\u4e00" <= w <= "\u9fff") or w in _NUMERAL_BEFORE or folded[s - 2:s] in _REMAINDER:
        return None
    v = _VERB_OBJECT.search(folded, clause_start(folded, s), s - 1)
    return (s - 1, e, folded[v.start():e]) if v else None


def placeholder(doc, figures) -> list[dict]:
    """Text → blanks where a number belongs (verdict missing; span = the unit after the blank)."""
    folded = doc.folded
    found: dict[int, tuple[int, int, str]] = {}
    word_hits, bare_hits = [], []
    for m in _UNIT_END.finditer(folded):
        s = m.start()
        before = folded[s - 1] if s else ""
        unit, e = m.group(), m.end()
        nxt = folded[e:e + 1]
        hit = None
        if before in _WORD_UNIT_BEFORE and unit in _WORD_UNIT_ENDS and nxt != "\n" and not folded[s - 2:s - 1].isdecimal():
            hit = _word_unit_at(folded, e)  # (万元, 公里, 平方米…: the unit's second-last character comes first)
            if hit:
                word_hits.append(hit)
        # (共接待来访群众人次，: no word unit read there, the compound unit after a verb's object may still be bare)
        if hit is None and ("\u4e00" <= before <= "\u9fff" and before not in _NUMERAL_BEFORE and unit in _ITEM_UNITS
                            and nxt in "、，,；;。"):
            hit = _bare_unit_at(doc, folded, s, e)
            if hit:
                bare_hits.append(hit)
        if before == "余" and s >= 2 and nxt != "、":
            hit = _about_blank(folded, s, e)
            if hit:
                found.setdefault(hit[0], hit)
        if unit not in _CLOSING_UNITS or nxt == "、":
            continue
        if s and folded[s - 1] in ("人家场户件" if unit == "次" else "万亿" if unit == "元" else ""):
            s -= 1
            unit = folded[s:m.end()]
        if not s or folded[s - 1] in _NUMERAL_BEFORE:
            continue
        v = _VERB_END.search(folded, max(0, s - 8), s)
        if v is None or not _is_blank_unit(folded, s, unit):
            continue
        # (the counting word near the verb: 共接待游客人次; a 为 that opens a list of names far before it — 未完成的2项为
        # 有线电视用户发展和游客接待人次 — counts nothing here)
        cs = clause_start(folded, s)
        if not _COUNTING.search(folded, max(cs, v.start() - 6), s):
            continue
        if _count_given_later(folded, m.end(), unit):
            continue
        found.setdefault(s, (s, m.end(), folded[v.start():m.end()]))
    for m in _COUNT_WORD_UNIT.finditer(folded) if "计" in folded or "达到" in folded else ():  # (共计/合计/…/达到 first)
        s = m.start("m")
        if not _ends_a_word(folded, s) and not _count_given_later(folded, m.end(), m.group("m")):
            found.setdefault(s, (s, m.end(), m.group(0)))
    for m in _DOUBLED.finditer(folded) if any(c + c in folded for c in _DOUBLED_CHARS) else ():
        s = m.start() + 1
        if not _after_word(folded, m.start()) or folded[m.start() - 1] in _NUMERAL_BEFORE:
            continue
        found.setdefault(s, (s, s + 1, folded[max(0, m.start() - 1):m.end()]))
    for m in _OBJECT_THEN_UNIT.finditer(folded) if any(c + c + "次" in folded for c in "人家户场") else ():
        if not _after_word(folded, m.start()):
            continue
        s = m.start("m")
        cs = clause_start(folded, m.start())
        if folded[m.start() - 1] in _NUMERAL_BEFORE or not _VERB_IN.search(folded, cs, m.start()):
            continue
        found.setdefault(s, (s, m.end("m"), folded[max(cs, m.start() - 4):m.end()]))
    for m in _marked(folded):
        if m.group("blank")[0] in "xX" and m.start() and folded[m.start() - 1].isascii() and folded[m.start() - 1].isalnum():
            continue  # part of a Latin word or code (BOX3件)
        if m.group("blank")[0] == "〇" and m.start() and folded[m.start() - 1] in _NUMERAL_BEFORE:
            continue  # 二〇〇八年, 一〇〇人: zeros of a number written in characters
        unit, nxt = m.group("m"), folded[m.end():m.end() + 1]
        if len(unit) == 1 and (nxt in _CONTINUES.get(unit, "") + _COUNT_NOUN or nxt in _NAME_MARKS):
            continue  # XX家庭农场, XX人民医院, 对XX处XX科: a name left out, the measure character begins a word
        found.setdefault(m.start("m"), (m.start("m"), m.end("m"), folded[m.start():m.end()]))
    for m in _YEAR_BLANK.finditer(folded) if any(c in folded for c in _YEAR_MARKS) else ():
        s = m.start() - 2
        if s < 0 or folded[s:m.start()] not in _CENTURY or (s and folded[s - 1].isascii() and folded[s - 1].isalnum()):
            continue  # (GB20XX: part of a code)
        found.setdefault(s, (s, m.end() + 1, folded[s:m.end() + 1]))
    for sp in _SPACE_RUN.finditer(folded) if " " in folded or "\u3000" in folded else ():
        a, s = sp.span()
        m = _UNIT_RX.match(folded, s) if s - a <= 6 and _after_word(folded, a) else None
        if m is None and 2 <= s - a <= 6 and a and folded[a - 1] in _COPULA_BEFORE:
            m = _ONE_CHAR_UNIT.match(folded, s)  # 得分为  分，: a unit outside the list, after 为 and closing the clause
        if m is None:
            continue
        unit = m.group()
        if len(unit) == 1 and folded[m.end():m.end() + 1] in _CONTINUES.get(unit, "") + _COUNT_NOUN:
            continue  # 　　人员, 　项目, 报告 字数: a word after an indent or a break, not a unit
        if _split_unit(folded, a, unit):
            continue  # 628007人 次, 12万 元: a number's unit broken by a space (a line wrapped), not a blank
        if folded[a - 1] in _CN_DIGITS:
            continue  # 连续三 次, 一(line wrapped)批: a number in characters, its unit past the break
        if s - a == 1 and len(unit) == 1 and (_ends_a_word(folded, s) or doc.text[a] == "\n"
                                              and not _VERB_END.search(folded, clause_start(folded, a), a)):
            continue  # 第一时间建立(line wrapped)起联防联控机制: a word a break or a stray space cut (建立起), not a blank;
            # 在注重城市建设“量”的扩(line wrapped)张的同时: at a hard-wrapped line's break (the folded text's one space),
            # a measure character is a word's end unless a counting verb stands before the break (全年共查处⏎起…; a
            # unit of two characters, 投资⏎亿元, ends no word)
        if folded.endswith("单位", 0, a) or _SENTENCE_MARK.search(folded, paragraph_start(folded, s), _line_end(folded, s)) is None:
            continue  # 金额单位 万元 (a unit declared), 预算数 万元  执行数 万元 (a table's head: a line with no sentence in it)
        if _CELL_AFTER.match(folded, m.end()):
            continue  # 一般公共预算收入 亿元 15.6 16.2: a table's unit column, the row's numbers after it
        found.setdefault(s, (s, m.end(), folded[a:m.end()]))
    for s, e, stated in word_hits + bare_hits:
        found.setdefault(s, (s, e, stated))
    for s, e in _bare_percents(folded):
        if s and "\u4e00" <= folded[s - 1] <= "\u9fff" and folded[s - 1] not in _NUMERAL_BEFORE:
            if _table_head(folded, s):
                continue  # 产品名称 产量 比上年增长% / | 增速% (可比价) |: a table's column head, its numbers in the rows below
            found.setdefault(s, (s, e, folded[max(0, s - 4):e]))  # (两个百分点, 几个百分点 have their number)
    out = []
    for start, end, stated in sorted(found.values()):
        unit = doc.text[start:end]
        ctx = doc.text[max(0, start - 8):end + 4].replace("\n", " ")
        out.append(result(
            "placeholder", schema.MISSING, [], start, end, stated.strip(), f"no number before {unit}",
            f"A number is missing before '{unit}' (…{ctx}…); fill it in from the source data.",
            f"“{unit}”前缺少数字（…{ctx}…），应补填。"))
    return out
