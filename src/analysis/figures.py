"""Document → figures: every quantity in the text, parsed, with unit, qualifier and metric."""
from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache


from . import schema
from .ingest import Document
from .numerals import CN_CHARS, MULTIPLIERS, as_written, parse_arabic, parse_chinese, parse_number, plain
from .tables import TARGET_COLUMN, find_tables, may_hold_tables

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported where a DataFrame is built: batches never need it
    import pandas as pd

# ---------------------------------------------------------------- units
# unit as written (after any 万/亿 multiplier) → (base unit, kind). Normalizing applies only the
# multipliers: 公斤 stays 公斤, 公里 stays 公里.
_MONEY = ["元", "美元", "欧元", "港元", "元人民币"]
_WEIGHT = ["吨", "公斤", "千克", "斤", "克", "毫克", "微克", "吨标准煤", "吨标煤"]
_AREA = ["亩", "平方米", "平米", "平方公里", "平方千米", "公顷", "㎡"]
_LENGTH = ["公里", "千米", "米", "延米", "毫米", "厘米", "km"]
_COUNT = (
    "家 项 件 次 人次 名 个 期 所 批 场 篇 份 户 人 位 台 辆 套 座 条 处 种 只 头 株 棵 支 门 本 册 部 张 块 "
    "间 栋 幢 根 盏 眼 组 队 宗 起 例 项次 户次 家次 架次 车次 班次 批次 个次 人日 床 届 轮 类 款 首 幅 "
    "部门 个月 天 小时 分钟 周 周年 学时 课时 年 岁 周岁 分 千瓦 万千瓦 千瓦时 度 立方米 标方 兆瓦 台套 台件 只 匹 羽 "
    "个村 个乡镇 个社区 所学校 篇次 人员 名次 张次 单 笔 期次 吨次 班 节 片 处所 栏 对 人份 剂次 辆次 艘 架 尾 亩次 "
    # the rest of the common classifiers (量词) of administrative writing
    "卷 页 枚 发 集 丛 朵 粒 颗 杆 把 孔 列 趟 番 遍 回 桩 则 章 层 段 面 双 副 伙 团 排 营 道 串 盒 袋 箱 瓶 包 桶 罐 "
    "顶 画幅 人天 工日 台次 大类 床位 车辆 卷次 册次 件次 起次 宗次 场次 课次 班级 门类 个工作日 工作日 分贝 辑 字 口 "
    "标准箱 标箱"
).split()
UNITS: dict[str, tuple[str, str]] = {}
for _u in _COUNT:
    UNITS[_u] = (_u, "count")
for _group, _kind in ((_MONEY, "money"), (_WEIGHT, "weight"), (_AREA, "area"), (_LENGTH, "length")):
    for _u in _group:
        UNITS[_u] = (_u, _kind)
for _u in ("人次", "分"):
    UNITS[_u] = (_u, "count")
PERCENT_UNITS = {"%": Decimal("0.01"), "‰": Decimal("0.001"), "个百分点": Decimal("0.01"), "百分点": Decimal("0.01"),
                 "个千分点": Decimal("0.001"), "千分点": Decimal("0.001"), "个基点": Decimal("0.0001"), "基点": Decimal("0.0001")}

# Named numbers: slogans, plans, meetings and idioms that look like quantities but are names.
NAMED = (
    "八项规定 三公 五禁止 十一五 十二五 十三五 十四五 十五五 十六大 十七大 十八大 十九大 二十大 十八届 十九届 "
    "百日攻坚 百日行动 一带一路 两学一做 三严三实 四风 中国制造2025 三个代表 四个全面 四个意识 四个自信 两个维护 "
    "两个确立 五位一体 三位一体 三去一降一补 六稳 六保 三农 三牧 两会 三重一大 一岗双责 两个责任 双一流 千人计划 "
    "万人计划 三下乡 三会一课 四下基层 两不愁三保障 三大攻坚战 三番五次 千方百计 四面八方 五花八门 一心一意 "
    "三令五申 千家万户 千辛万苦 万无一失 一五一十 七上八下 千军万马 四通八达 千丝万缕 九牛一毛 十全十美 十拿九稳 "
    "百花齐放 万众一心 三天两头 三三两两 两手抓 两手都要硬 五个一工程 放管服 最多跑一次 一次性 一站式 一网通办 "
    "5G 4G 3D 2B 三次产业 二期工程 三期工程 一期工程 两新组织 两新 四好农村路 "
    "两委 双百 双创 三旧改造 七一 五一 十一假期 两个务必 三个一 四议两公开 金税三期 二套房 二套住房 首套房 三项制度改革 "
    "一府一委两院 一府两院 学前三年 九年义务教育 十二年义务教育 日最大8小时"
).split()
# a name never starts inside a number (…2025 is not 中国制造2025 unless the words are there)
# (names are grouped by their first character, longest first within a group, so a position is tried against its own
# group only: the same longest name wins as with one flat list sorted by length)
# (every branch opens on its first character, so the engine skips straight to the positions holding one; the test
# that no digit or point comes before looks back past that character)
_NAMED_BY_FIRST: dict[str, list[str]] = {}
for _n in sorted(NAMED, key=len, reverse=True):
    _NAMED_BY_FIRST.setdefault(_n[0], []).append(_n[1:])
_NAMED_RE = re.compile("(?:" + "|".join(re.escape(c) + r"(?<![\d.].)(?:" + "|".join(map(re.escape, rest)) + ")"
                                        for c, rest in sorted(_NAMED_BY_FIRST.items())) + ")")

# names that follow a shape rather than a spelling: 15分钟生活圈 / 15分钟政务服务圈
# (and 五年来 / 三年来, the period a review looks back on, as 一年来 is)
# (and 二次办理 / 二次交办, "a second time", an ordinal; 十件民生实事 / 十大民生工程, a named programme)
# (each begins with a digit or a Chinese numeral, read first: the engine skips straight to the positions holding one;
# each branch then looks back at that character for its own class and past it for what may not come before. A digit
# after a digit starts nothing: the run's first digit was tried with every end the later one could have, and no match
# ends in a digit)
_NAMED_SHAPES = re.compile(r"[\d一二三四五六七八九十两](?:(?<=\d)(?<!\d.)\d*分钟[\u4e00-\u9fff]{0,6}?圈|(?<=[一二三四五六七八九十两])(?:"
                           r"(?<![\d一二三四五六七八九十两].)[一二三四五六七八九十两]*年来"
                           r"|(?<=二)(?<![\d一二三四五六七八九十两第].)次(?=[\u4e00-\u9fff])|(?<=[一二三四五六七八九])年级"
                           r"|(?<=[一二三四五六七八九十])(?<![\d一二三四五六七八九十两第].)[一二三四五六七八九十]*(?:件|项|大)(?:民生|惠民|为民)?"
                           r"(?:实事|工程)))")
# a word every shaped name holds, one per branch (分钟…圈, …年来, 二次, …年级, …件民生实事 / …大工程)
_SHAPE_WORDS = ("分钟", "年来", "二次", "年级", "实事", "工程")

# ---------------------------------------------------------------- grammar (on the folded text)
# \u00a0 / \u2060: a line break inside the number, after a thousands separator / a decimal point (ingest)
_AR = r"\d{1,3}(?:,\u00a0?\d{3})+(?:\.\d+)?|\d+(?:\.\u2060?\d+)?"
_CN = rf"[{CN_CHARS}]+(?:点[零〇一二三四五六七八九]+)?"
_NUM = rf"(?:{_AR}|{_CN})"
_MULT = r"(?:万亿|千万|百万|亿|万|千(?![米克瓦]))"
# (口 counts wells and ponds — 打井20口, 山塘412口 — but not as the first character of a word: 3口岸, 一口气, 三口之家)
_UNIT_ALT = "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True)).replace(
    "|口", "|口(?![岸径罩腔号碑头述语令诀气价之子音味感才齿吃咬答莫])")
_PER = rf"(?:/(?:十万|10万|万|千|百)?(?:{_UNIT_ALT}))?"  # 元/亩, 张/千人
_PCT = r"(?:个百分点|百分点|个千分点|千分点|个基点|基点|%|‰)"
_Y = r"(?:(?:19|20)\d\d|[一二][〇零一二三四五六七八九]{3})"
_MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])"
_SEP = r"(?:-|~|至|到)"
# guards (below): every date branch has 年 or 月 after at most nine characters of years, months and range signs
# (2020-2024年); every _NUM is a run of these characters
_DATE_GUARD = r"(?=[\d〇零一二三四五六七八九十\-~至到份]{0,9}[年月])"
_NUM_RUN = rf"[\d,.\u00a0\u2060{CN_CHARS}点]+"

_GRAMMAR = re.compile(
    # every figure starts with a digit, a Chinese numeral or 半: positions that cannot start one fail at once
    rf"(?=[\d{CN_CHARS}半])(?:" + "|".join([
        # dates and date ranges (before plain numbers: 6月18-19日 is one figure)
        # (each guard in front of a group of branches is a test every match of the group passes — a 年 or 月 within its
        # first ten characters, the 分之, 倍, range sign or colon after a run of number characters — so a number that
        # cannot start one skips the group at once instead of parsing itself again in each branch; the groups keep
        # their order, and a match is the same with or without the guards)
        rf"{_DATE_GUARD}(?:(?P<drange>(?:(?P<dr_y>{_Y})年)?(?P<dr_m>{_MON})月(?P<dr_d1>{_DAY})(?P<dr_ri>[日号])?{_SEP}"
        rf"(?:(?:(?P<dr_y2>{_Y})年)?(?P<dr_m2>{_MON})月)?(?P<dr_d2>{_DAY})[日号])",
        rf"(?P<mrange>(?:(?P<mr_y>{_Y})年)?(?P<mr_m>{_MON})月?(?:份)?{_SEP}(?:(?P<mr_y2>{_Y})年)?(?P<mr_m2>{_MON})月(?:份)?(?!{_DAY}[日号]))",
        rf"(?P<date>(?:(?P<d_y>{_Y})年)?(?P<d_m>{_MON})月(?P<d_d>{_DAY})[日号])",
        rf"(?P<ymonth>(?P<ym_y>{_Y})年(?P<ym_m>{_MON})月(?:份)?)",
        rf"(?P<yrange>(?P<yr_y>{_Y})年?{_SEP}(?P<yr_y2>{_Y})年)",
        rf"(?P<year>(?P<y_y>{_Y})年)",  # 2014年度 is the year 2014年 followed by 度
        rf"(?P<month>(?<![\d个]){_MON}月(?:份)?(?![\d{CN_CHARS}])))",
        # ranges of quantities
        rf"(?={_NUM_RUN}{_PCT}?{_SEP})(?:(?P<range>(?P<r_a>{_NUM})(?P<r_ua>{_PCT})?{_SEP}(?P<r_b>{_NUM})(?P<r_mult>{_MULT})?(?P<r_mid>余|多)?(?P<r_unit>{_PCT}|(?:{_UNIT_ALT}){_PER})))",
        # fractions and percents written in words
        rf"(?={_NUM_RUN}分之)(?:(?P<frac>(?P<f_den>{_NUM})分之(?P<f_num>{_NUM})))",
        # 一半, 半数; 近半/过半 (近半企业, 过半的村): half a whole, not half a year or a month (近半年, 过半个月)
        r"(?P<half>一半|半数|(?<=[近过])半(?![年月天日时小个世径岛导场程决山夜价身边截途]))",
        r"(?P<cheng>(?P<c_n>[一二两三四五六七八九]|十|(?<!\d)\d(?![\d.]))成(?![立本交功绩果员效为熟型品都市]))",
        # percents, multiples, quantities
        # (one blank between digits and any percent unit is a damaged copy of one figure: 6.97 %, 25.64 ％, 1.5 个百分点,
        # 2 ‰; two blanks or a tab part a table's cells, and a one-blank table row 12.4 13.1 % gives its last cell the %)
        rf"(?P<pct>(?P<p_n>{_AR}|{_CN})(?:(?<=\d)[ \u3000](?={_PCT}))?(?P<p_unit>{_PCT}))",
        # 生师比17.2:1; 死亡率162.4/10万; 平均住院日8.9日 / 8-10日 (a decimal or a range of days is a duration)
        r"(?=[\d.]+[:：∶/])(?:(?P<ratio3>(?P<r3_a>\d+(?:\.\d+)?)(?:[:：∶]\d+(?:\.\d+)?){2,}(?![\d.:：∶]))|(?P<colon>(?P<c_a>\d+(?:\.\d+)?)[:：∶]1(?![\d.]))",
        r"(?P<per>(?P<pr_n>\d+(?:\.\d+)?)/(?P<pr_u>10万|十万|万|千|百)(?![\d\u4e00-\u9fff])))",
        r"(?P<days>(?P<dy_a>\d+\.\d+|\d+(?=[-~至]\d)|\d+(?=日(?:内|以内)))(?:[-~至](?P<dy_b>\d+(?:\.\d+)?))?日(?![\d期])(?<!月\d日))",
        rf"(?={_NUM_RUN}倍)(?:(?P<times>(?P<t_n>{_NUM})倍))",
        rf"(?P<qty>(?P<q_n>{_NUM})(?:(?<=\d)[ \u3000](?=[万亿千余多]?(?:{_UNIT_ALT})))?(?P<q_mid0>余|多)?(?P<q_mult>{_MULT})?(?P<q_mid>余|多)?(?P<q_unit>(?:{_UNIT_ALT}){_PER}))",
        # a bare decimal stated as a value (收入比由1.98缩小到1.95, 死亡率为0.093): a ratio without unit
        r"(?P<bare>(?<=[\u4e00-\u9fff])\d+\.\d+(?=[，。；、）)（(：:\s]|缩|扩|下|上|增|减|提|以|$))",
        # 486.3万参保群众: a count in 万 or 亿 with its noun after it and no measure word
        rf"(?P<wan>(?P<w_n>{_AR})(?P<w_mult>万|亿)(?=[\u4e00-\u9fff])(?![{CN_CHARS}]))",
    ]) + ")"
)

_PREFIX_Q = [("将近", "nearly"), ("接近", "nearly"), ("近", "nearly"), ("大约", "approx"), ("约", "approx"),
             ("逾", "more_than"), ("超过", "more_than"), ("不足", "less_than"), ("不到", "less_than"),
             ("不少于", "at_least"), ("不低于", "at_least"), ("至少", "at_least"), ("不超过", "at_most"),
             ("不高于", "at_most"), ("最多", "at_most")]
_SUFFIX_Q = [("左右", "approx"), ("上下", "approx"), ("以上", "at_least"), ("以下", "at_most"), ("以内", "at_most"),
             ("内", "at_most")]  # 7日内, 3个月内
_QUOTES = {"“": "”", "\"": "\"", "「": "」", "‘": "’"}


@dataclass(slots=True)
class Figure:
    start: int
    end: int
    kind: str
    value: str = ""
    value_high: str = ""
    unit: str = ""
    normalized_value: str = ""
    base_unit: str = ""
    qualifier: str = ""
    decimals: str = ""
    iso_date: str = ""
    when: tuple = ()  # dates: (year written or None, month, day or None) for each end
    label: str = ""  # a table cell's row label, its metric


# ---------------------------------------------------------------- helpers
def _cn_month_day(s: str | None) -> int | None:
    if s is None:
        return None
    if s.isdigit():
        return int(s)
    p = parse_chinese(s)
    return int(p[0]) if p else None


@lru_cache(maxsize=1024)
def _year(s: str | None) -> int | None:
    if not s:
        return None
    p = parse_number(s)
    return int(p[0]) if p else None


def _iso(y: int | None, m: int | None, d: int | None = None) -> str:
    """(year, month, day) → ISO text; '' for a day that does not exist (date_valid flags it)."""
    if y is None or m is None or not 1 <= m <= 12:
        return ""
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return ""
    return f"{y:04d}-{m:02d}-{d:02d}"


def _date_iso(when: tuple, year: int | None) -> str:
    """Date ends and the year to assume → 'YYYY-MM-DD', 'YYYY-MM' or 'a/b'; '' when a day does not exist.

    With no year at all a valid day is written without one ('--06-18', ISO 8601's reduced form), so an
    unknown year is never mistaken for an impossible date.
    """
    out = []
    for y, m, d in when:
        y = y or year
        if y is None:
            ok = m is not None and 1 <= m <= 12 and (d is None or 1 <= d <= calendar.monthrange(2000, m)[1])
            out.append((f"--{m:02d}" + (f"-{d:02d}" if d else "")) if ok else "")
        else:
            out.append(_iso(y, m, d))
    return "/".join(out) if all(out) else ""


def _split_cn_multiplier(num: str) -> tuple[str, str]:
    """'一百二十万' → ('一百二十', '万'); Arabic and numerals without a trailing 万/亿 unchanged."""
    if num and not num[0].isdigit():
        for m in ("万亿", "亿", "万"):
            if num.endswith(m) and len(num) > len(m) and m not in num[:-len(m)]:
                return num[:-len(m)], m
    return num, ""


_ORDINAL_BEFORE = re.compile(r"第(?:\d+|[一二三四五六七八九十]+)、$")
_ZERO_WORDS = ("发生", "事故", "伤亡", "死亡", "投诉", "差错", "失误", "感染", "容忍", "距离", "障碍", "增长")


def _number_ok(num: str, folded: str, start: int) -> bool:
    """Reject a numeral that is a word: a lone 一 (一批, 一是), an ordinal (第三, 首), glued to Latin letters."""
    before = folded[start - 1] if start else " "
    if before in "第首.-/" or (before.isascii() and before.isalpha()):
        return False  # 第三, 第3, 首: ordinals, not quantities
    if before == "、" and _ORDINAL_BEFORE.search(folded, max(0, start - 6), start):
        return False  # 第七、八轮 / 第三、四季度: the ordinal reaches over the list
    if num in "零〇" and folded.startswith(_ZERO_WORDS, start + 1):
        return False  # 零发生, 零事故, 零投诉: "none at all", a slogan of results rather than a count
    if not num[0].isdigit() and (num == "一" or before in CN_CHARS or before in "数几" and num[0] in "十百千万"):
        return False  # 一是, 一批; 数十, 几百: vague amounts (总数143枚 and 人数四十二名 are fine)
    return True


def _in_short_quote(folded: str, start: int, end: int) -> bool:
    """A Chinese numeral inside a short quotation (“六深入”, “三个一”) is a slogan, not a quantity."""
    left = max(folded.rfind(q, max(0, start - 10), start) for q in _QUOTES)
    if left < 0:
        return False
    close = _QUOTES.get(folded[left], "”")
    right = folded.find(close, end, end + 12)
    return right >= 0 and (right - left) <= 14 and folded.find("\n", left, right) < 0


# ---------------------------------------------------------------- extraction
def find_figures(doc: Document) -> list[Figure]:
    """Document → figures in text order (spans, values, units, kinds, qualifiers), no metric yet."""
    folded = doc.folded
    shapes = any(w in folded for w in _SHAPE_WORDS)  # (a text with none of their words holds no shaped name)
    named = sorted((m.start(), m.end()) for r in ((_NAMED_RE, _NAMED_SHAPES) if shapes else (_NAMED_RE,))
                   for m in r.finditer(folded))
    named_starts = [s for s, _ in named]
    named_ends = [e for _, e in named]
    out: list[Figure] = []
    year = doc.year
    for m in _GRAMMAR.finditer(folded):
        start, end = m.span()
        # a named number (十三五, 一带一路) overlapping the match: only names starting before its end can
        k = bisect.bisect_left(named_starts, end)
        if k and max(named_ends[max(0, k - 8):k]) > start:  # (any of them ending after the match's start)
            continue
        fig = _build(m, folded, year)
        if fig is None:
            continue
        if not folded[start].isdigit() and fig.kind not in ("year", "date", "date_range") and _in_short_quote(folded, start, end):
            continue
        _qualify(fig, folded, out[-1].end if out else 0)
        out.append(fig)
    if may_hold_tables(folded):
        cells = _table_figures(folded, out)
        if cells:
            out = sorted(out + cells, key=lambda f: f.start)
    _resolve_dates_by_context(out, folded, doc.year)
    return out


def _table_figures(folded: str, taken: list[Figure]) -> list[Figure]:
    """Number cells of flattened tables (基本支出  1,286.40  1,262.15  98.1%) the grammar could not read, with the
    unit their row, column or 单位 line gives; the row label is their metric."""
    spans = {(f.start, f.end) for f in taken}
    by_start = {f.start: f for f in taken}
    out = []
    for table in find_tables(folded):
        for row in table.rows:
            for col, cell in enumerate(row.cells):
                if cell is not None and cell.start in by_start and by_start[cell.start].end <= cell.end:
                    # 新增市场主体  3,000户  2,860户: a cell the grammar read is measured by its row label too
                    by_start[cell.start].label = _row_label(row, table.columns[col])
                    continue
                if cell is None or cell.is_percent or any(s < cell.end and cell.start < e for s, e in spans):
                    continue
                unit = table.unit_of(row, col)
                mult = unit[0] if unit[:1] in "万亿千" and unit[1:] in UNITS else ""
                base, kind = _unit_info(unit[len(mult):]) if unit else ("", "count")
                v, d = cell.value
                norm = v * MULTIPLIERS[mult]
                if unit == "%":  # (a bare rate under a column named in percent: 增减（%）)
                    base, kind, norm = "ratio", "percent", v / 100
                fig = Figure(cell.start, cell.end, kind, value=as_written(v, d), unit=unit, base_unit=base,
                             normalized_value=plain(norm), decimals=str(d))
                fig.label = _row_label(row, table.columns[col])
                out.append(fig)
    return out


def _row_label(row, column: str) -> str:
    """A table row's label as the metric of its cells (其中：农田水利建设（万元） → 农田水利建设); a cell of a target
    or budget column is that row's target (新增市场主体目标值), not a value the text may restate."""
    label = re.sub(r"^(?:其中|含)[：:]?|[（(][^（）()]*[）)]$", "", row.label.text)
    return label + re.sub(r"[（(][^（）()]*[）)]$", "", column) if _PLAN_COLUMN.search(column) else label


_PLAN_COLUMN = re.compile(TARGET_COLUMN.pattern + r"|预算|年初")  # a budget is planned too


_HALF_TIME = frozenset(("时间", "任务", "进度", "序时", "时序", "双"))
_CLOCK = re.compile(r"[0-2]?\d[:：∶][0-5]\d[:：∶][0-5]\d")


def _build(m: re.Match, folded: str, year: int | None) -> Figure | None:
    g = m.group
    s, e = m.start(), m.end()
    kind = m.lastgroup
    if kind == "qty":  # (the commonest kinds by far: tested first)
        return _build_qty(m, folded)
    if kind == "pct":
        p_n, unit = m.group("p_n", "p_unit")
        if not _number_ok(p_n, folded, s):
            return None
        p = _parse_cached(p_n)
        if p is None:
            return None
        value, normalized, decimals = _percent_text(p, unit)
        k = "percentage_point" if "点" in unit else "percent"
        return Figure(s, e, k, value=value, unit=unit, normalized_value=normalized, base_unit="ratio", decimals=decimals)
    if kind in ("drange", "mrange", "date", "ymonth", "month"):
        if s and (folded[s - 1].isdigit() or folded[s - 1] in "第"):
            return None
    if kind == "drange":
        if g("dr_ri") is None and folded[m.start("dr_d1") + len(g("dr_d1"))] not in "-~":
            return None
        y = _year(g("dr_y"))
        m1, m2 = _cn_month_day(g("dr_m")), _cn_month_day(g("dr_m2")) or _cn_month_day(g("dr_m"))
        when = ((y, m1, _cn_month_day(g("dr_d1"))), (_year(g("dr_y2")) or y, m2, _cn_month_day(g("dr_d2"))))
        return Figure(s, e, "date_range", iso_date=_date_iso(when, year), when=when)
    if kind == "mrange":
        y = _year(g("mr_y"))
        when = ((y, _cn_month_day(g("mr_m")), None), (_year(g("mr_y2")) or y, _cn_month_day(g("mr_m2")), None))
        return Figure(s, e, "date_range", iso_date=_date_iso(when, year), when=when)
    if kind == "date":
        when = ((_year(g("d_y")), _cn_month_day(g("d_m")), _cn_month_day(g("d_d"))),)
        return Figure(s, e, "date", iso_date=_date_iso(when, year), when=when)
    if kind == "ymonth":
        when = ((_year(g("ym_y")), _cn_month_day(g("ym_m")), None),)
        return Figure(s, e, "date", iso_date=_date_iso(when, year), when=when)
    if kind == "month":
        mon = re.match(_MON, folded[s:e]).group(0)
        when = ((None, _cn_month_day(mon), None),)
        return Figure(s, e, "date", iso_date=_date_iso(when, year), when=when)
    if kind == "yrange":
        y1, y2 = _year(g("yr_y")), _year(g("yr_y2"))
        if not (y1 and y2 and y1 < y2):
            return None
        return Figure(s, e, "date_range", iso_date=f"{y1}/{y2}")
    if kind == "year":
        if s and (folded[s - 1].isdigit() or folded[s - 1] == "第"):
            return None
        y = _year(g("y_y"))
        unit = folded[m.start("y_y") + len(g("y_y")):e]
        return Figure(s, e, "year", value=str(y), unit=unit, normalized_value=str(y), base_unit="年", iso_date=str(y))
    if kind == "range":
        return _build_range(m, folded)
    if kind == "frac":
        den = (Decimal(100), 0) if g("f_den") == "百" else (Decimal(1000), 0) if g("f_den") == "千" else parse_number(g("f_den"))
        num = (Decimal(100), 0) if g("f_num") == "百" and g("f_den") == "百" else parse_number(g("f_num"))
        if not den or not num or den[0] == 0 or not _number_ok(g("f_den"), folded, s):
            return None
        if g("f_den") in ("百", "100"):
            # 百分之十五 is a percent written in words: value 15, unit %
            return Figure(s, e, "percent", value=as_written(num[0], num[1]), unit="%",
                          normalized_value=plain(num[0] / 100), base_unit="ratio", decimals=str(num[1]))
        if g("f_den") in ("千",):
            return Figure(s, e, "percent", value=as_written(num[0], num[1]), unit="‰",
                          normalized_value=plain(num[0] / 1000), base_unit="ratio", decimals=str(num[1]))
        v = plain(round(num[0] / den[0], 6))
        return Figure(s, e, "fraction", value=v, normalized_value=v, base_unit="ratio")
    if kind == "half":
        if folded[s - 1:s] == "过" and folded[s - 2:s - 1] not in ("超", "通", "经"):  # (超过半数: 超过 qualifies it)
            if (s >= 2 and folded[s - 2] in "双未不没") or folded[max(0, s - 3):s - 1] in _HALF_TIME:
                return None  # 时间过半、任务过半, 双过半: the year's schedule, not a share; 未过半: a shortfall, no figure
            return Figure(s - 1, e, "fraction", value="0.5", normalized_value="0.5", base_unit="ratio",
                          qualifier="more_than")
        if e - s == 1 and folded[s - 1:s] != "近":
            return None  # (过半 after 超/通/经: 通过半年 is excluded above, 超过半 reads as 半数 does)
        return Figure(s, e, "fraction", value="0.5", normalized_value="0.5", base_unit="ratio")
    if kind == "ratio3":
        # 三次产业结构为9.4:43.1:47.5: one ratio of three or more terms, valued by its first term as a:1 is;
        # a clock time (8:30:00) is none
        if _CLOCK.fullmatch(m.group(0)):
            return None
        p = parse_arabic(g("r3_a"))
        return Figure(s, e, "ratio", value=as_written(*p), normalized_value=plain(p[0]), base_unit="ratio",
                      decimals=str(p[1]))
    if kind == "cheng":
        n = parse_number(g("c_n"))  # 六成 (or 3成) is six tenths: a fraction like 一半, value 0.6
        return Figure(s, e, "fraction", value=plain(n[0] / 10), normalized_value=plain(n[0] / 10), base_unit="ratio")
    if kind == "times":
        # 增长一倍 / 提高了一倍: a lone 一 is a number before 倍 (it is not 一批, 一是)
        if not (g("t_n") == "一" and re.search(r"(?:增长|增加|提高|翻|扩大|上升)了?$", folded[max(0, s - 4):s])) \
                and not _number_ok(g("t_n"), folded, s):
            return None
        p = parse_number(g("t_n"))
        if p is None:
            return None
        return Figure(s, e, "ratio", value=as_written(*p), unit="倍", normalized_value=plain(p[0]),
                      base_unit="ratio", decimals=str(p[1]))
    if kind in ("colon", "bare"):
        num = g("c_a") if kind == "colon" else m.group(0)
        if not _number_ok(num, folded, s):
            return None
        p = parse_arabic(num)
        return Figure(s, e, "ratio", value=as_written(*p), normalized_value=plain(p[0]), base_unit="ratio",
                      decimals=str(p[1]))
    if kind == "wan":
        if not _number_ok(g("w_n"), folded, s):
            return None
        p = parse_arabic(g("w_n"))
        return Figure(s, e, "count", value=as_written(*p), unit=g("w_mult"), normalized_value=plain(p[0] * MULTIPLIERS[g("w_mult")]),
                      base_unit="", decimals=str(p[1]))
    if kind == "per":
        p = parse_arabic(g("pr_n"))
        per = {"10万": 100000, "十万": 100000, "万": 10000, "千": 1000, "百": 100}[g("pr_u")]
        return Figure(s, e, "ratio", value=as_written(*p), unit="/" + g("pr_u"), normalized_value=plain(p[0] / per),
                      base_unit="ratio", decimals=str(p[1]))
    if kind == "days":
        if s and (folded[s - 1].isdigit() or folded[s - 1] in "月第"):
            return None
        a = parse_arabic(g("dy_a"))
        if g("dy_b"):
            b = parse_arabic(g("dy_b"))
            if b[0] <= a[0]:
                return None
            return Figure(s, e, "range", value=as_written(*a), value_high=as_written(*b), unit="日",
                          normalized_value=plain(a[0]), base_unit="日", decimals=str(max(a[1], b[1])))
        return Figure(s, e, "count", value=as_written(*a), unit="日", normalized_value=plain(a[0]), base_unit="日",
                      decimals=str(a[1]))
    return None


@lru_cache(maxsize=1024)
def _unit_info(unit: str) -> tuple[str, str]:
    base, _, per = unit.partition("/")
    b, k = UNITS.get(base, (base, "count"))
    return (f"{b}/{per}" if per else b), k


# measure words a name written in Latin letters may follow (23家A级景区, 12个PPP项目, 5只A股), and such a name: capitals
# then a Chinese character
_COUNTER_BEFORE_NAME = frozenset("家个所项类批名户座条只台辆部处件次")
_LATIN_NAME = re.compile(r"[A-Z]{1,5}[\u4e00-\u9fff]")


def _build_qty(m: re.Match, folded: str) -> Figure | None:
    q_n, q_mult, q_mid0, q_mid, unit = m.group("q_n", "q_mult", "q_mid0", "q_mid", "q_unit")
    s, e = m.span()
    num, cn_mult = (q_n, "") if q_n[0].isdigit() else _split_cn_multiplier(q_n)
    if not _number_ok(num, folded, s):
        return None
    mult = cn_mult or (q_mult or "")
    if cn_mult and q_mult:
        return None
    if not num[0].isdigit() and (_cn_grade(unit) or (folded[e:e + 1] or " ") in "零〇一二两三四五六七八九十"
                                 or _NAMED_AFTER_CN.match(folded, e)):
        return None  # 二类疫苗, 二十届三中全会, 十二届三次会议, 三年行动: grades, ordinals, names
    p = _parse_cached(num)
    if p is None and num in ("百", "千", "万") and (q_mid or q_mid0):
        p = (MULTIPLIERS.get(num, Decimal(100)), 0)  # 千余人, 百余家: a round number and more
    if p is None:
        return None
    if unit == "字" and not num[0].isdigit():
        return None  # 十六字方针, 八字方针: a named motto, not a count of characters
    if unit == "年" and folded[e:e + 1] == "制":
        return None  # 五年制高职学生, 3年制: a kind of schooling, not a span of years
    after = folded[e:e + 1]
    if after.isascii() and after.isalpha() and not (unit in _COUNTER_BEFORE_NAME and _LATIN_NAME.match(folded, e)):
        return None  # (23家A级旅游景区, 12个PPP项目: a count of things whose name opens with letters)
    if unit == "年" and not mult and num[0].isdigit() and len(num) == 4:
        return None  # a bare 4-digit year is handled by the year grammar; this one was rejected there
    base, k = _unit_info(unit)
    if num[0].isdigit() and not mult and not q_mid and unit in ("分",) and "." not in num and int(p[0]) > 100:
        return None
    value, normalized, decimals = _amount_text(p, mult)
    fig = Figure(s, e, k, value=value, unit=f"{mult}{unit}", base_unit=base, normalized_value=normalized,
                 decimals=decimals)
    if q_mid or q_mid0:
        fig.qualifier = "more_than"  # 500余人, 1.2万余元, 120余万人次: 余/多 stays out of the unit
    return fig


@lru_cache(maxsize=1024)
def _parse_cached(num: str) -> tuple[Decimal, int] | None:
    """parse_number, remembered: the same numerals (一, 2, 10) recur in every report (a small cache: a batch of
    thousands of reports must not grow with the numbers it has seen)."""
    return parse_number(num)


@lru_cache(maxsize=1024)
def _amount_text(p: tuple[Decimal, int], mult: str) -> tuple[str, str, str]:
    """(value, decimals) and a 万/亿 multiplier → (value as written, normalized value, decimals) as text."""
    return as_written(*p), plain(p[0] * MULTIPLIERS[mult]), str(p[1])


@lru_cache(maxsize=4096)
def _percent_text(p: tuple[Decimal, int], unit: str) -> tuple[str, str, str]:
    """(value, decimals) and a percent unit (%, 个百分点, ‰) → (value as written, ratio, decimals) as text."""
    return as_written(*p), plain(p[0] * PERCENT_UNITS[unit]), str(p[1])


def _cn_grade(unit: str) -> bool:
    """A Chinese numeral before 类/等/级/届 names a grade or an ordinal (一类地区, 二等奖, 十七届人大), not a count."""
    return unit in ("类", "等", "级", "届")


# after a Chinese-numeral count: a session (三次会议), a named plan (三年行动, 五年规划) — names, not counts
_NAMED_AFTER_CN = re.compile(r"(?:会议|全会|全体会议|行动|规划|计划|攻坚|工程|义务教育)")



def _build_range(m: re.Match, folded: str) -> Figure | None:
    g = m.group
    s, e = m.start(), m.end()
    a, b = parse_number(g("r_a")), parse_number(g("r_b"))
    if a is None or b is None or not _number_ok(g("r_a"), folded, s) or a[0] >= b[0]:
        return None
    if g("r_ua") and g("r_ua") != g("r_unit"):
        return None
    mult = g("r_mult") or ""
    unit = g("r_unit")
    if unit in PERCENT_UNITS:
        factor, base = PERCENT_UNITS[unit], "ratio"
    else:
        factor, base = MULTIPLIERS[mult], _unit_info(unit)[0]
    fig = Figure(s, e, "range", value=as_written(*a), value_high=as_written(*b), unit=f"{mult}{unit}",
                 normalized_value=plain(a[0] * factor), base_unit=base, decimals=str(max(a[1], b[1])))
    if g("r_mid"):
        fig.qualifier = "more_than"
    return fig


_DURATIONS = {"日", "天", "个月", "月", "年", "小时", "分钟", "周", "个工作日", "工作日"}
_PREFIX_RE = re.compile("(?:" + "|".join(w for w, _ in _PREFIX_Q) + ")$")
_SUFFIX_RE = re.compile("|".join(w for w, _ in _SUFFIX_Q))
_PREFIX_MAP, _SUFFIX_MAP = dict(_PREFIX_Q), dict(_SUFFIX_Q)
# cheap tests before the regexes: the characters a prefix can end on, a suffix start with (and a line break: $ also
# matches before a final one, so 约\n500人 takes 约)
_PREFIX_LAST, _SUFFIX_FIRST = {w[-1] for w, _ in _PREFIX_Q} | {"\n"}, {w[0] for w, _ in _SUFFIX_Q}


def _qualify(fig: Figure, folded: str, floor: int) -> None:
    """Extend a figure's span over a qualifier word just before or after it (近500人次, 60%以上)."""
    if fig.kind in ("year", "date", "date_range"):
        return
    m = _PREFIX_RE.search(folded, max(floor, fig.start - 3), fig.start) \
        if fig.start > floor and folded[fig.start - 1] in _PREFIX_LAST else None
    if m and not (m.group(0) == "近" and folded[fig.start - 2:fig.start] in ("最近", "临近", "附近", "靠近")) \
            and not (m.group(0) == "约" and m.start() > 0 and folded[m.start() - 1] in "签节合预公条制契违履"):
        # (签约6,215人: 约 ends a word there — signed, not about)
        fig.start = m.start()
        fig.qualifier = _PREFIX_MAP[m.group(0)]
    m = _SUFFIX_RE.match(folded, fig.end) if folded[fig.end:fig.end + 1] in _SUFFIX_FIRST else None
    if m and not (m.group(0) == "内" and fig.unit not in _DURATIONS):  # 3项内容 is not "within 3"
        fig.end = m.end()
        fig.qualifier = fig.qualifier or _SUFFIX_MAP[m.group(0)]


def _resolve_dates_by_context(figs: list[Figure], folded: str, year: int | None) -> None:
    """Dates without a year take the nearest explicit year before them in the same sentence."""
    last_year, last_sent_end = None, -1
    for f in figs:
        # (a sentence break matters only while a year is in force)
        if last_year is not None and last_sent_end >= 0 and _SENT_BREAK.search(folded, last_sent_end, f.start):
            last_year = None
        if f.kind == "year":
            last_year, last_sent_end = int(f.value), f.end
            continue
        if f.when and last_year and last_year != year and not any(y for y, _, _ in f.when):
            f.iso_date = _date_iso(f.when, last_year)  # 回顾2015年，2月29日: the day is judged in 2015


# ---------------------------------------------------------------- metric: what a figure measures
# (a break character, an ASCII comma counting unless three digits follow; written to start with one character class,
# the first character the engine skips to)
_CLAUSE_BREAK = re.compile(r"[，。；;：:！？!?、（）()“”\"《》\n,|｜](?:(?<!,)|(?!\d{3}))")
# verbs and scope words after which the measured noun phrase starts (the rightmost one wins)
_VERBS = sorted((
    "认定 创建 新增 新建 建成 建设 完成 实现 争取到 争取 收到 安排 投入 下达 选派 召开 开展 举办 组织 实施 培育 引进 "
    "支持 帮助 获得 获批 达到 达 共有 有 共 计 累计 合计 总计 其中 包括 服务 培训 申报 受理 办理 发放 拨付 落实 "
    "推荐 签订 签约 征集 立项 验收 登记 授权 申请 吸引 带动 解决 处理 接待 走访 检查 查处 整改 出台 制定 印发 "
    "编发 发布 提供 参加 参与 覆盖 惠及 新认定 新培育 新增加 增加 减少 增长 提高 提升 下降 降低 超额完成 "
    "占全社会 占 为 是 约 近 超过 比 较 同比 比上年 较上年 与上年相比 被 被授予 提高到 增加到 增长到 降低到 下降到 "
    "减少到 控制在 保持在 稳定在"
).split(), key=len, reverse=True)
_VERB_RE = re.compile("|".join(map(re.escape, _VERBS)))
_TRAILING_WORDS = frozenset("的 了 达 达到 为 是 共 约 计 共计 合计 总计 累计 已 均 分别 中有 有 占到 占 被 共有".split()
                            + _VERBS)
_TRAILING_LONGEST = max(map(len, _TRAILING_WORDS))
_TRAILING_LAST = {w[-1] for w in _TRAILING_WORDS}  # (a set of characters: '' is never in it)
_LEADING_JUNK = re.compile(r"^(?:的|了|和|与|及|或|等|其中|各类|各项|全市|全区|全县|本级|市本级|我局|我市|我县|我区|今年|当年|上年|去年|被)+")
_LEADING_FIRST = frozenset("的了和与及或等其各全本市我今当上去被")  # (the first characters of those words)
# words that contain a one-character verb but are nouns or adjectives (科技计划, 有效, 比重): masked
# before looking for the last verb, so 有效注册商标 is not cut after 有
_NOT_VERBS = re.compile(
    "计划|计算|统计|设计|会计|审计|有效|有关|有限|有机|有色|有线|共同|共享|公共|为民|为主|比例|比重|比率|较大|较高|"
    "达标|占地|占用|是否|近期|近年|被动|约束|合计|总计|累计|共计")
_GROWTH_WORDS = re.compile(r"(?:同比|比上年|较上年|比去年|较去年|年均)?(?:增长|增加|提高|下降|减少|降低|上升|回落)(?:了)?$")
_GROWTH_LAST = set("长加高降少低升落了")  # the last characters _GROWTH_WORDS can end on: a cheap test first


def _metric(folded: str, fig: Figure, prev_metric: str, clause_start: int) -> str:
    """Figure in its clause → the short noun phrase it measures (国家级高新技术企业, 上级科技资金)."""
    if fig.kind in ("year", "date", "date_range"):
        return ""
    before = folded[clause_start:fig.start]
    if before[-1:] in _GROWTH_LAST and _GROWTH_WORDS.search(before) and not _GROWTH_WORDS.sub("", before).strip():
        return prev_metric  # "同比增长20.7%" measures the change of the figure before it
    phrase = _strip_to_noun(before.rstrip(" \t\u3000") if before[-1:] in " \t\u3000" else before)  # 营业收入 426.8 亿元
    if len(phrase) < 2:
        # "选派8名干部参加…": the noun follows the measure word
        after = _CLAUSE_BREAK.split(folded[fig.end:fig.end + 20], 1)[0]
        m = _VERB_RE.search(after)
        phrase = _strip_leading(after[:m.start()] if m else after)[:12]
    if len(phrase) < 2:
        return prev_metric
    return phrase[-16:]


_NUMBER_WORD = re.compile(r"\d[\d.,]*(?![\dA-Za-z])(?:年度|年|月|日|%)?")
_SENT_BREAK = re.compile(r"[。！？\n]")


def _pipe_label(text: str, fig: Figure) -> str:
    """A figure alone in a cell of a '|' table row (| 地区生产总值 | 120.5亿元 | 130.2亿元 |, or rows apart by ；:
    表：指标｜目标值｜完成值；服务人数｜3.2万人｜3.46万人) → the row's label, its first cell, as a flattened table's cell
    is measured by its row label; under a row labelled by a year, the column's name ('' when the figure is no such
    cell). (Called with the text, not the folded text: folding joins the lines of a table into one, so the label of
    the row before would be taken.)"""
    if fig.kind in ("year", "date", "date_range"):
        return ""
    row = _pipe_row(text, fig.start)
    if row is None:
        return ""
    cells, pos = row
    i = next((k for k, (a, b) in enumerate(pos) if a <= fig.start < b), None)
    if i is None or not _BARE_CELL_BEFORE.fullmatch(text[pos[i][0]:fig.start]) \
            or not _BARE_CELL_AFTER.match(text, fig.end, pos[i][1]):
        return ""  # (a cell of words around its figure: its clause tells the metric)
    first = next((k for k, c in enumerate(cells) if c.strip()), None)
    if first is None or first >= i:
        return ""
    label = _cell_name(cells[first])
    if not _CJK.search(label) or _NUMBER_WORD.fullmatch(label):
        # 2019年｜691｜523｜75.7%: a row of a year is named by its column (表：年份｜考生数｜本科上线数｜上线率)
        ls = pos[0][0] - 1
        while ls > 0:
            head = _pipe_row(text, ls - 1)
            if head is None:
                return ""
            if not _DIGIT.search("".join(head[0])):
                return _cell_name(head[0][i]) if i < len(head[0]) and _CJK.search(head[0][i]) else ""
            ls = head[1][0][0] - 1
        return ""
    return label


_PIPE_ROW_END = re.compile(r"[\n；;]")
_BARE_CELL_BEFORE = re.compile(r"[\s≥≤＞＜><=＝~～+＋-]*")
_BARE_CELL_AFTER = re.compile(r"\s*(?:[（(]|$)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"\d")


def _pipe_row(text: str, at: int) -> tuple[list[str], list[tuple[int, int]]] | None:
    """The '|' row holding position at → its cells and their spans (a row ends at a line's end or a ；), else None."""
    ls = max(text.rfind("\n", 0, at), text.rfind("；", 0, at), text.rfind(";", 0, at)) + 1
    m = _PIPE_ROW_END.search(text, at)
    le = m.start() if m else len(text)
    line = text[ls:le]
    if "|" not in line and "｜" not in line:
        return None
    cells, pos, p = re.split(r"[|｜]", line), [], ls
    for c in cells:
        pos.append((p, p + len(c)))
        p += len(c) + 1
    return cells, pos


def _cell_name(cell: str) -> str:
    """A table cell as a name: 表：指标 → 指标, 其中：农田水利建设（万元） → 农田水利建设."""
    name = re.split(r"[：:]", cell.strip())[-1].strip()
    return re.sub(r"^(?:其中|含)|[（(][^（）()]*[）)]$", "", name)[:16]


def _strip_to_noun(s: str) -> str:
    """Clause text before a figure → the noun phrase after its last verb, junk trimmed."""
    # split at numbers, but keep those glued to Latin letters (4A级景区, 5G基站)
    s = _strip_trailing(_NUMBER_WORD.sub(" ", s).rsplit(" ", 1)[-1])
    masked = _NOT_VERBS.sub(_mask, s) if _NOT_VERBS.search(s) else s
    # (the text after the last verb is the last piece the verbs split the masked text into: the mask keeps lengths)
    pieces = _VERB_SPLIT(masked)
    if len(pieces) > 1:
        cut = len(s) - len(pieces[-1])
        if pieces[-1] in _NOUN_SUFFIX:
            # 工业增加值, 投资完成额, 覆盖面, 完成率: a verb with a noun's suffix after it is a noun of its own (值 alone is
            # no metric): the phrase starts after the verb before it (比上年末: 末 is no such suffix)
            cut = 0 if len(pieces) == 2 else [v.end() for v in _VERB_RE.finditer(masked)][-2]
        s = s[cut:]
    return _strip_leading(s)


_VERB_SPLIT = _VERB_RE.split  # (the pattern has no groups: split returns the pieces only)
_NOUN_SUFFIX = frozenset("值额量率面数价费")


def _strip_trailing(s: str) -> str:
    """Text → without the junk words (的, 了, verbs) at its end, again and again, the longest first."""
    while s[-1:] in _TRAILING_LAST:
        for i in range(max(0, len(s) - _TRAILING_LONGEST), len(s)):
            if s[i:] in _TRAILING_WORDS:
                s = s[:i]
                break
        else:
            return s
    return s


def _strip_leading(s: str) -> str:
    """Text → without the junk words (的, 其中, 全市) at its start."""
    if s[:1] not in _LEADING_FIRST:
        return s  # (no junk word starts with its first character: the pattern is not tried)
    m = _LEADING_JUNK.match(s)
    return s[m.end():] if m else s


def _mask(m: re.Match) -> str:
    return "＿" * len(m.group(0))


def extract_figures(doc: Document, report_id: str) -> pd.DataFrame:
    """Document → figures DataFrame in the figures.csv contract, validated."""
    return schema.frame(figure_rows(doc, report_id), schema.FIGURE_COLUMNS)


def figure_rows(doc: Document, report_id: str) -> list[dict]:
    """Document → figures as row dicts in the figures.csv contract (column order), validated."""
    folded, text, sentences, sent_starts = doc.folded, doc.plain, doc.sentences, doc._sent_starts
    top_starts, top_headings = doc.top_sections()
    own = doc.text  # the report's own characters (text is the same in simplified ones: labels are read from it)
    converted = text != own  # (the same object for a simplified report: == sees that first, no scan)
    if converted:  # a traditional report: the sentence and heading columns quote the report as written
        top_headings = [own[s:s + len(h)] for s, h in zip(top_starts, top_headings)]
    rows, prev_metric, prev_end = [], "", 0
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(folded)]
    pipes = "|" in text or "｜" in text
    for i, f in enumerate(find_figures(doc), 1):
        # a clause starts after its last break (within 60 characters), or after the figure before it
        # ("680元和每人每年6,240元")
        k = bisect.bisect_right(breaks, f.start) - 1
        while k >= 0 and breaks[k] > f.start:
            k -= 1
        floor = max(0, f.start - 60)
        clause_start = max(breaks[k] if k >= 0 and breaks[k] - 1 >= floor else floor, prev_end)
        if clause_start == prev_end and folded[prev_end:prev_end + 1] == "度" and folded[prev_end - 1:prev_end] == "年":
            clause_start += 1  # 2022年度收入总计…: the 度 belongs to the year before, not to the metric
        prev_end = f.end
        metric = f.label or (pipes and _pipe_label(text, f)) or _metric(folded, f, prev_metric, clause_start)
        if metric:
            prev_metric = metric
        # (doc.sentence_at and doc.section_at, inline: the same bisects without two method calls a figure)
        start = f.start
        j = bisect.bisect_right(sent_starts, start) - 1
        sent = sentences[j].text if 0 <= j < len(sentences) and sentences[j].start <= start < sentences[j].end else ""
        if sent and converted:
            sent = own[sentences[j].start:sentences[j].end]
        t = bisect.bisect_right(top_starts, start) - 1
        rows.append({
            "report_id": report_id, "figure_id": f"F{i:03d}", "start": start, "end": f.end,
            "text": own[start:f.end], "value": f.value, "value_high": f.value_high, "unit": f.unit,
            "normalized_value": f.normalized_value, "base_unit": f.base_unit, "kind": f.kind,
            "qualifier": f.qualifier, "decimals": f.decimals, "iso_date": f.iso_date, "metric": metric,
            "section": top_headings[t] if t >= 0 else "", "sentence": sent,
        })
    return schema.validate_figure_rows(rows, doc.text)
