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


# ---------------------------------------------------------------- round 2
def test_and_inside_a_word_joins_no_items():
    # 普及, 参与: 及 and 与 belong to the word, the list has three items
    text = "今年启动“三项工程”：校园安全工程、师资提升工程和信息化普及工程，力争三年见效。"
    assert verdicts(enumeration_count, text) == ["consistent"]
    assert verdicts(enumeration_count, "推进两项改革，即群众参与机制与公开评议机制。") == ["consistent"]


def test_a_long_quoted_name():
    text = "开展“五类专项整治行动”：违建整治、占道整治、噪音整治、油烟整治。"
    assert verdicts(enumeration_count, text) == ["inconsistent"]


@pytest.mark.parametrize("text, verdict", [
    ("着力实施三大工程：（一）民生保障工程。（二）环境整治工程。（三）产业升级工程。", ["consistent"]),
    ("着力实施三大工程：\n（一）民生保障工程。新建学校2所。\n（二）环境整治工程。\n（三）产业升级工程。\n二、其他", ["consistent"]),
    # a fourth marker may start the next topic: where the list ends is not certain, so no verdict
    ("着力实施三大工程：\n（一）民生保障工程。\n（二）环境整治工程。\n（三）产业升级工程。\n（四）其他工作。", []),
])
def test_ordinal_items_over_several_sentences(text, verdict):
    assert verdicts(enumeration_count, text) == verdict


@pytest.mark.parametrize("text, verdict", [
    ("各单位坚持“事前、事中、事后”三次对接，确保落实。", ["consistent"]),
    ("做到“见面、沟通、答复”四个环节全覆盖。", ["inconsistent"]),
    ("坚持“定人、定岗、定责等”三项制度。", ["unverifiable"]),
    ("严格落实“一岗双责、党政同责”三项要求。", []),  # items that are counts themselves
])
def test_quoted_items_before_their_count(text, verdict):
    assert verdicts(enumeration_count, text) == verdict


@pytest.mark.parametrize("text, verdict", [
    ("（一）健全“四项机制”。建立会商、督办、回访机制，做到全程留痕。", ["inconsistent"]),
    ("（一）健全三项制度。建立会商、督办、公开制度，做到全程留痕。", ["consistent"]),
    ("推进四大工程。\n实施道路、供水、供电等工程，总投资5亿元。", ["unverifiable"]),
    # the next sentence lists more than one thing: not the announced list
    ("推进四大工程。实施道路、供水工程，完善供电、供气设施。", []),
    ("一是完善三项机制。建立会商机制和督办机制、公开机制。", []),
])
def test_a_count_closing_its_sentence_and_the_list_in_the_next(text, verdict):
    assert verdicts(enumeration_count, text) == verdict


def test_counted_in_jian_and_zhang():
    assert verdicts(enumeration_count, "全年办好五件实事：新建学校2所、改造道路、增设公交线路、建设公园、新增停车位。") == ["consistent"]
    assert verdicts(enumeration_count, "制定三张清单：权力清单、责任清单和负面清单。") == ["consistent"]


def test_a_count_in_the_title_and_its_items_after_as_follows():
    text = ("关于2023年县政府五件民生实事完成情况的报告\n\n县人大常委会：\n年初承诺的民生实事已基本完成。具体情况如下：\n"
            "一是新建学校2所。\n二是改造道路12公里。\n三是新增停车位800个。\n四是新建公园2个。\n五是改造老旧小区6个。\n\n以上报告。")
    rows = run(enumeration_count, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and rows[0]["span"] == "五件民生实事"
    # four items only: where the list ends is not certain, so no verdict rather than an alarm
    assert verdicts(enumeration_count, text.replace("五是改造老旧小区6个。\n", "")) == []


def test_the_next_sentence_picking_some_items_is_no_list():
    assert verdicts(enumeration_count, "今年完成五项改革。重点推进国企、财税改革，成效明显。") == []
    # a sentence of prose may go on to name some of them; a numbered heading promises the whole list
    assert verdicts(enumeration_count, "今年完成五项改革。推进国企、财税改革，成效明显。") == []
    assert verdicts(enumeration_count, "（二）完成五项改革。推进国企、财税改革，成效明显。") == ["inconsistent"]


@pytest.mark.parametrize("text, expected", [
    ("今年重点建设3个示范基地（茶叶、高山蔬菜、精品水果），带动农户210户。", ["consistent"]),
    ("全年推进4类民生工程（道路硬化、安全饮水、危房改造），群众满意度明显提升。", ["inconsistent"]),
    ("建设2个示范基地（茶叶、蔬菜等），带动农户210户。", ["unverifiable"]),
    # a note in brackets is no list of items; a longer number is not a count of items
    ("引进5个项目（总投资12亿元、带动就业300人），签约率100%。", []),
    ("新建5个村级服务站（其中2个已投入使用）。", []),
    ("建成15个项目（茶叶、蔬菜、水果），总投资3亿元。", []),
])
def test_a_count_in_digits_with_its_items_in_brackets(text, expected):
    assert [r["verdict"] for r in run(enumeration_count, text)] == expected


# ---------------------------------------------------------------- round 3: 和 before the last of items with one head
@pytest.mark.parametrize("text, verdict", [
    ("实施“两个清单”管理，即权力清单、责任清单和负面清单。", "inconsistent"),   # three 清单 after a count of two
    ("开展四项行动，即清河行动、净土行动、蓝天行动和绿地行动。", "consistent"),
    ("建立三项制度：考勤制度、财务和资产管理制度、会议制度。", "consistent"),  # 和 inside an item
    ("推行“两张卡片”，即服务卡片与监督卡片。", "consistent"),
    ("设立三个窗口：综合窗口、咨询窗口、投诉窗口与办证窗口。", "inconsistent"),  # invented: four 窗口
    ("建成两个中心：党群服务中心、新时代文明实践中心及其分站。", "consistent"),  # parts with no shared head
])
def test_and_before_the_last_item(text, verdict):
    assert [r["verdict"] for r in run(enumeration_count, text)] == [verdict]


def test_即日_is_no_intro_but_即_before_日常_is():
    rows = run(enumeration_count, "全年共开展三类检查，即日常检查、专项检查和联合执法检查等。")
    assert [r["verdict"] for r in rows] == ["unverifiable"]
    assert run(enumeration_count, "出台三项措施，即日起施行。") == []


# ---------------------------------------------------------------- round 5
@pytest.mark.parametrize("text, expected", [
    # a slogan made of a run of numerals announces no single count
    ("推进“十百千”培育计划，即十家领军企业、百家成长企业、千家小微企业。", []),
    ("落实“二十条”措施，即减税、降费、贴息。", []),
    # a 和 joins 平安/美丽 to the list though 和平/和美 are words
    ("创建“四个城市”，即文明城市、卫生城市、园林城市和平安城市。", ["consistent"]),
    ("打造“两类乡村”，即宜居宜业和美乡村。", []),
    ("建设“三个乡村”，即生态乡村、文明乡村和美丽乡村。", ["consistent"]),
    ("建设“三个乡村”，即生态乡村、文明乡村、富裕乡村和美丽乡村。", ["inconsistent"]),
    # 及 inside an item and 和 before the last: three items, not two or four
    ("“两项费用”：指办公设备购置及维护费和差旅费。", ["consistent"]),
    ("“三项费用”：指会议费、办公设备购置及维护费和差旅费。", ["consistent"]),
    ("“三项费用”：指会议费、培训费、办公设备购置及维护费和差旅费、印刷费。", ["inconsistent"]),
])
def test_numeral_runs_and_conjunctions_inside_words_or_items(text, expected):
    assert [r["verdict"] for r in run(enumeration_count, text)] == expected


def test_items_cut_by_semicolons_hold_commas_of_their_own():
    # 情况通报 register: each item after ； carries its own comma clause
    text = ("我委坚持“三个注重”：注重办前沟通，逐件与委员交流；注重办中协调，对涉及多个部门的提案召开协调会；"
            "注重办后落实，建立跟踪台账，定期反馈进展。")
    assert verdicts(enumeration_count, text, 2020) == ["consistent"]
    # the broken twin: one item dropped (the items open alike)
    text = "我委坚持“三个注重”：注重办前沟通，逐件与委员交流；注重办中协调，对涉及多个部门的提案召开协调会。"
    assert verdicts(enumeration_count, text, 2020) == ["inconsistent"]
    # items that end their first clause alike (…到位) are judged too
    text = "局里落实“四个到位”：人员到位，专人负责；经费到位，足额保障；制度到位，按章办事。"
    assert verdicts(enumeration_count, text, 2020) == ["inconsistent"]
    # items that neither open nor end alike: where the list ends is not certain, no alarm
    text = "做到“四个坚持”：坚持问题导向，逐项梳理；加强协调联动，形成合力；落实责任，确保见效。"
    assert "inconsistent" not in verdicts(enumeration_count, text, 2020)
