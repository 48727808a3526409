"""cumulative_vs_new, round 23 (helper B): the stock and the flow must name one thing. A flow standing in a 、-list whose
head names the running total's thing only for an earlier item (今年完成A手术…台、B手术…台 … 累计完成A手术) is another
item; a running total narrowed by a thing named before its 累计 (某类项目累计完成投资) is not the stock of a flow that
never names that thing; a bare count of a narrower kind (实施重点工程…个, no stock word) is no running total of the
year's new starts. Sentences invented."""
from analysis.rules.cumulative import cumulative_vs_new
from rules_cases import run

ALARMS = ("inconsistent", "missing")


def _rows(text, year=2024):
    return run(cumulative_vs_new, text, year)


def _alarms(text, year=2024):
    return [r["stated"] for r in _rows(text, year) if r["verdict"] in ALARMS]


# --- a flow of a list: the running total's noun heads an earlier item ---------------------------------------------

SURGERY = "今年全院完成心脏介入手术1,120台、外周血管介入手术2,050台。介入中心成立以来，累计完成心脏介入手术{x}台。"


def test_list_item_running_total_holds():
    rows = _rows(SURGERY.format(x="1,900"))
    assert [r["verdict"] for r in rows] == ["consistent"]
    assert "1,120台" in rows[0]["stated"]


def test_list_item_running_total_broken():
    rows = _rows(SURGERY.format(x="980"))
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    assert "1,120台" in rows[0]["stated"] and "2,050台" not in rows[0]["stated"]


def test_list_item_decoy_own_item_pairs():
    # the total names the last item: that item, in its own words, is the flow
    text = "今年全院完成心脏介入手术1,120台、外周血管介入手术2,050台。介入中心成立以来，累计完成外周血管介入手术1,500台。"
    assert _alarms(text) and "2,050台" in _alarms(text)[0]


# --- a running total narrowed by a thing named before 累计 --------------------------------------------------------

ROADS = "全年完成交通投资{flow}亿元，新改建农村公路210公里。{who}累计完成交通投资30.4亿元。"


def test_narrowed_running_total_is_another_metric():
    assert _alarms(ROADS.format(flow="52.6", who="国省干线改造工程")) == []


def test_narrowed_running_total_named_by_the_flow_broken():
    text = "国省干线改造工程全年完成交通投资52.6亿元。国省干线改造工程累计完成交通投资30.4亿元。"
    assert _alarms(text)


def test_start_before_running_total_is_no_kind_decoy():
    # 项目开工以来 is when the total starts, not a narrower thing: the pair stands
    assert _alarms(ROADS.format(flow="52.6", who="项目开工以来，")) or _alarms(
        "全年完成交通投资52.6亿元。项目开工以来累计完成交通投资30.4亿元。")


# --- a bare count of a narrower kind is no running total --------------------------------------------------------

def test_count_of_narrower_kind_is_no_stock():
    assert _alarms("全年推进市级重点工程15个，新开工工程42个，竣工工程19个。") == []


def test_stock_word_keeps_the_pair_broken():
    assert _alarms("全市在建工程共有25个，新开工工程42个。")  # (within a factor of two — round 31)


def test_part_drawn_by_qizhong_decoy():
    # 其中 draws the new from the count just before it, whatever its words: a part larger than its whole
    assert _alarms("全年实施重点工程25个，其中新开工重点工程42个。")  # (within a factor of two — round 31)
