"""enumeration_count: a named count against the items listed after it."""
import pytest

from analysis.rules.enumeration import enumeration_count
from rules_cases import run, verdicts


@pytest.mark.parametrize("text", [
    "深入开展“六深入”活动（深入群众、深入科技人员、深入企业、深入园区、深入院所高校、深入农村牧区）。",
    "“六深入”是指深入群众、深入科技人员、深入企业、深入园区、深入院所高校、深入农村牧区。",
    "落实六项措施：深入群众、深入科技人员、深入企业、深入园区、深入院所高校和深入农村牧区。",
])
def test_count_matches_worded_three_ways(text):
    assert verdicts(enumeration_count, text) == ["consistent"]


def test_count_does_not_match():
    rows = run(enumeration_count, "全面落实防汛“五个到位”（组织领导到位、预案修订到位、物资储备到位、抢险队伍到位）。")
    assert [r["verdict"] for r in rows] == ["inconsistent"] and rows[0]["computed"] == "announces 5, lists 4"
    assert rows[0]["span"].startswith("“五个到位”")


def test_open_list_is_unverifiable():
    assert verdicts(enumeration_count, "重点打造“四大商圈”（中心商圈、东城商圈、高铁新区商圈等）。") == ["unverifiable"]


def test_joined_by_he_and_quotes_respected():
    assert verdicts(enumeration_count, "“两加强”是指加强制度建设和加强薄弱环节，继续建设科技平台。") == ["consistent"]
    text = "组织开展了三项主题活动：“我和我的祖国”群众歌咏比赛、“书香南川”全民阅读活动和非遗展演周。"
    assert verdicts(enumeration_count, text) == ["consistent"]


def test_boundary_ordinal_list():
    text = "主要做了三个方面工作：一是抓学习；二是抓制度；三是抓落实。"
    assert verdicts(enumeration_count, text) == ["consistent"]
    assert verdicts(enumeration_count, text.replace("三个方面", "四个方面")) == ["inconsistent"]


def test_compound_slogans_and_names_are_left_alone():
    assert run(enumeration_count, "深入开展“六深入两加强一提高”活动。践行“四个意识”、改进作风。") == []


def test_slogan_spelled_out_by_echoing_its_word():
    # the items repeat the slogan's verb later in the sentence, with no 是指/：/（ before them
    assert verdicts(enumeration_count, "开展“四下乡”活动，组织文艺下乡、科技下乡、卫生下乡、法律下乡。") == ["consistent"]
    assert verdicts(enumeration_count, "开展“三进”宣传，推动安全知识进社区、进学校等。") == ["unverifiable"]


def test_echo_list_naming_fewer_items_is_no_alarm():
    # a sentence that names only some of the items may be giving examples
    assert verdicts(enumeration_count, "开展“五进”活动，重点推动进社区、进校园。") == []


def test_list_after_comma_ji():
    assert verdicts(enumeration_count, "建立“三项机制”，即联席会议机制、信息共享机制和联合执法机制。") == ["consistent"]
    assert verdicts(enumeration_count, "建立“三项机制”，即联席会议机制、信息共享机制。") == ["inconsistent"]
    # 即将 (soon) is no intro
    assert verdicts(enumeration_count, "完成三项任务，即将启动第二阶段、开展验收。") == []
