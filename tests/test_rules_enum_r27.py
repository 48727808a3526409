"""Round 27 (twelfth session): named counts in digits opened by 包括 / 分别位于 / 即, and a heading line that announces
the numbered lines under it — each in sentences of our own: a claim that holds, the same claim broken, and a decoy that
must stay quiet. Sentences invented."""
import pytest

from analysis.rules.enumeration import enumeration_count

from rules_cases import run


def _rows(text, year=2019):
    return [(r["verdict"], r["computed"]) for r in run(enumeration_count, text, year)]


@pytest.mark.parametrize("text, verdict, computed", [
    ("我局牵头组建了4支应急救援队伍，包括森林消防队、水上救援队和矿山救护队。", "inconsistent", "announces 4, lists 3"),
    ("我局牵头组建了3支应急救援队伍，包括森林消防队、水上救援队和矿山救护队。", "consistent", "announces 3, lists 3"),
    ("全年新建5个社区养老服务站，分别位于东关、西关、南街和北苑社区。", "inconsistent", "announces 5, lists 4"),
    ("全年新建社区养老服务站4个，分别位于东关、西关、南街和北苑社区。", "consistent", "announces 4, lists 4"),
    ("全县共有5个乡镇，即东关镇、西关镇、南街乡、北苑乡和城关镇。", "consistent", "announces 5, lists 5"),
    ("全年引进重点项目12个，包括装备制造、电子信息等。", "unverifiable", "announces 12, lists 2 and closes with 等"),
])
def test_a_digit_count_opened_by_include_or_located(text, verdict, computed):
    assert _rows(text) == [(verdict, computed)]


@pytest.mark.parametrize("text", [
    "全年引进项目5个，包括总投资12亿元的光伏项目。",        # one item with its figures: a note, not the list
    "新建村级服务站12个，分别位于东关镇和西关镇的各行政村，覆盖率100%。",  # where they are, not which they are
])
def test_a_digit_count_with_a_note_after_it_is_no_list(text):
    assert _rows(text) == []


_HEADING = "一、突出{}个重点\n1.抓防汛。今年汛期降雨偏多。\n2.抓安全生产。\n3.抓减灾。\n4.抓培训。\n二、存在问题\n基层力量薄弱。\n"


def test_a_heading_announcing_the_numbered_lines_under_it():
    assert _rows(_HEADING.format("四")) == [("consistent", "announces 4, lists 4")]
    assert _rows(_HEADING.format("五")) == [("inconsistent", "announces 5, lists 4")]


def test_a_count_inside_a_longer_line_does_not_announce_the_lines_under_it():
    text = ("今年全局干部职工团结一心、攻坚克难，在县委县政府的坚强领导下完成了三项工作\n"
            "1.抓防汛。\n2.抓减灾。\n")
    assert _rows(text) == []


@pytest.mark.parametrize("text, verdict, computed", [
    ("在东关、西关、南街、北苑等3个社区开展了试点。", "inconsistent", "announces 3, lists 4"),
    ("在东关、西关、南街等3个社区开展了试点。", "unverifiable", "announces 3, lists 3 and closes with 等"),
    ("完成城东、河口等三座泵站更新改造。", "unverifiable", "announces 3, lists 2 and closes with 等"),
    ("设立了食品、药品、特种设备、价格和知识产权5个执法大队。", "consistent", "announces 5, lists 5"),
])
def test_items_before_their_count(text, verdict, computed):
    assert _rows(text) == [(verdict, computed)]


@pytest.mark.parametrize("text", [
    "全年完成造林、抚育、补植3.5万亩。",            # an amount, not a count of the items
    "举办马拉松、登山等户外项目六项次。",            # 项次 counts events, not the items
    "全县14个乡镇、126个行政村全部通了硬化路。",
])
def test_no_count_of_the_items_before_it(text):
    assert _rows(text) == []
