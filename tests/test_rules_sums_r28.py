"""parts_sum, cumulative_vs_new and placeholder, round 28: shapes of real reports the synthetic corpus lacked.

A two-level breakdown (…，其中A…，B…，A中，a1…、a2…，B中，b1…): X中， after a list, X one of its parts, opens that part's
own split — the list ends there, and each sub-list ends at the next part's X中. Parts over their whole with a note that
some are counted twice (间套种 / 复种 / 有重复统计 / 兼有) are no error. A set of projects new AND carried on (新开工和续建)
is no flow of new starts; N个项目已开工 (figure, noun, 已 + verb) counts those of a set at a status, not a level. A unit
broken by a space after its number (41235人 次) or a measure character starting a noun (字数) is no blank. Decoys: no
note, 复种指数, 避免重复计算, a true stock (已建成…8座), a new-only flow above a running total, true blanks. Sentences
invented (none is copied from a report)."""
from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.placeholder import placeholder
from analysis.rules.sums import parts_sum
from rules_cases import run

_HEAD = "某县林业局2021年工作总结\n\n"


def _rows(rule, text: str, year: int = 2021) -> list[tuple[str, str]]:
    return [(r["verdict"], r["stated"]) for r in run(rule, _HEAD + text, year)]


# ---------------------------------------------------------------- a two-level breakdown
_TWO_LEVELS = ("全县共完成造林面积8.6万亩，其中人工造林5.2万亩，封山育林{b}万亩，人工造林中，生态林3.0万亩、经济林{a}万亩、"
               "其他0.4万亩，封山育林中，公益林2.5万亩、商品林{c}万亩。")


def test_two_level_breakdown_judges_each_level():
    rows = _rows(parts_sum, _TWO_LEVELS.format(a="1.8", b="3.4", c="0.9"))
    assert ("consistent", "8.6万亩 = 5.2万亩 + 3.4万亩") in rows
    assert ("consistent", "5.2万亩 = 3.0万亩 + 1.8万亩 + 0.4万亩") in rows
    assert not [r for r in rows if r[0] == "inconsistent"]


def test_two_level_breakdown_broken_at_either_level():
    rows = _rows(parts_sum, _TWO_LEVELS.format(a="1.8", b="3.6", c="1.1"))  # 5.2 + 3.6 = 8.8
    assert ("inconsistent", "8.6万亩 = 5.2万亩 + 3.6万亩") in rows
    rows = _rows(parts_sum, _TWO_LEVELS.format(a="2.2", b="3.4", c="0.9"))  # 3.0 + 2.2 + 0.4 = 5.6
    assert ("inconsistent", "5.2万亩 = 3.0万亩 + 2.2万亩 + 0.4万亩") in rows
    assert ("consistent", "8.6万亩 = 5.2万亩 + 3.4万亩") in rows


def test_one_part_split_after_the_list_is_no_more_parts():
    text = "全年签约招商项目40个，其中工业项目25个、服务业项目15个，工业项目中，亿元以上项目8个。"
    assert _rows(parts_sum, text) == [("consistent", "40个 = 25个 + 15个")]


# ---------------------------------------------------------------- parts counted twice, said so
_VEG = "全县种植蔬菜12.0万亩，其中叶菜类7.2万亩、根茎类3.5万亩、瓜果类2.1万亩{note}，蔬菜总产量达到35万吨。"


def test_parts_over_the_whole_with_an_overlap_note():
    assert not _rows(parts_sum, _VEG.format(note="（含间套种面积）"))
    text = "全县农作物播种面积20.0万亩（含复种面积），其中小麦9.6万亩、玉米8.2万亩、大豆3.1万亩。"
    assert not _rows(parts_sum, text)
    text = "全县认定家庭农场150家，其中种植类82家、养殖类51家、林果类30家（有重复统计）。"
    assert not _rows(parts_sum, text)


def test_parts_over_the_whole_without_a_note_stay_an_error():
    assert _rows(parts_sum, _VEG.format(note="")) == [("inconsistent", "12.0万亩 = 7.2万亩 + 3.5万亩 + 2.1万亩")]
    text = "全县农作物播种面积20.0万亩，其中小麦9.6万亩、玉米8.2万亩、大豆3.1万亩，复种指数提高到1.6。"
    assert [v for v, _ in _rows(parts_sum, text)] == ["inconsistent"]
    text = "全县认定家庭农场150家，其中种植类82家、养殖类51家、林果类30家，统计中避免重复计算。"
    assert [v for v, _ in _rows(parts_sum, text)] == ["inconsistent"]


# ---------------------------------------------------------------- new and carried-on projects; a status count
def test_new_and_continuing_projects_are_no_flow():
    text = "我局今年水利新开工和续建项目共14个，其中计划开工项目8个，目前8个项目已正式开工；续建项目6个，已全部完工。"
    assert not [r for r in _rows(cumulative_vs_new, text) if r[0] == "inconsistent"]


def test_those_of_a_set_at_a_status_are_no_level():
    text = "今年全县新开工水利项目14个，目前8个项目已正式开工，其余6个正在办理用地手续。"
    assert not [r for r in _rows(cumulative_vs_new, text) if r[0] == "inconsistent"]


def test_a_stock_after_its_verb_still_bounds_the_new():
    text = "今年全县新建污水处理站14座，目前全县已建成污水处理站8座。"
    assert _rows(cumulative_vs_new, text) == [("inconsistent", "cumulative 8座, new 14座")]
    text = "今年新建农村公路项目12个，目前全县累计建成农村公路项目9个。"
    assert _rows(cumulative_vs_new, text) == [("inconsistent", "cumulative 9个, new 12个")]


# ---------------------------------------------------------------- units that are no blanks
def test_a_unit_split_by_a_space_after_its_number_is_no_blank():
    assert not _rows(placeholder, "全年城乡低保累计救助41235人 次，发放救助金2680万元。")
    assert not _rows(placeholder, "累计发放慰问金85万 元，慰问困难党员1200人。")


def test_a_measure_character_starting_a_noun_is_no_blank():
    text = "全区安全生产工作情况的报告 字数:3120 字 浏览:86次 一、总体情况。全区共开展检查860次，整改隐患420处。"
    assert not _rows(placeholder, text)


def test_true_blanks_are_kept():
    rows = _rows(placeholder, "全区临时救助累计达  人次，发放救助金  万元，20XX年计划新建 公里。")
    assert [s for _, s in rows][:2] == ["人次", "万元"]
