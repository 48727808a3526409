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


@pytest.mark.parametrize("text", [
    # (the review of the session: places may hold several each; 即查即改 is an adverb, not 'namely')
    "全年新建5个社区养老服务站，分别位于城关镇、河口镇和新华街道。",
    "收到巡察移交问题线索6个，即查即改、立行立改。",
    "全年实施县级重点项目12个，包括交通、水利、教育和医疗卫生，累计完成投资18.6亿元。",
    "组织党员干部集中学习《中国共产党章程》《中国共产党纪律处分条例》5次，撰写心得体会86篇。",
    "谋划交通、水利、能源三大领域5个重大项目。",
    "全年维修、加固、除险4座病险水库。",
    "在城关、河口、新华、东坝等乡镇的3个村开展试点。",
])
def test_decoys_of_the_review(text):
    assert "inconsistent" not in [v for v, _ in _rows(text)]


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


# ---------------------------------------------------------------- items before their count, judged both ways
@pytest.mark.parametrize("text, verdict, computed", [
    ("在东关、西关、南湖、北苑、河西4个街道开展居家养老服务试点。", "inconsistent", "announces 4, lists 5"),
    ("在东关、西关、南湖、北苑、河西5个街道开展居家养老服务试点。", "consistent", "announces 5, lists 5"),
    ("联合公安、农牧、卫健、教育5个部门开展校园周边食品安全检查。", "inconsistent", "announces 5, lists 4"),
    ("对在建的42个项目开展了质量安全、扬尘治理、农民工工资支付三个专项检查。", "consistent", "announces 3, lists 3"),
    ("设置产出指标、效益指标、满意度指标3类一级指标。", "consistent", "announces 3, lists 3"),
    ("建成覆盖市、县、乡、村四级的疫情防控网络。", "consistent", "announces 4, lists 4"),
    ("推动建立市、县（区）、乡镇（街道）、村（社区）四级服务保障体系。", "consistent", "announces 4, lists 4"),
    ("推动建立市、县（区）、乡镇（街道）、村（社区）三级服务保障体系。", "inconsistent", "announces 3, lists 4"),
])
def test_items_before_their_count_judged_both_ways(text, verdict, computed):
    assert _rows(text) == [(verdict, computed)]


def test_the_second_of_two_lists_in_a_sentence():
    text = "建成党群服务中心、养老服务中心、文体活动中心三个中心和东苑、北苑、南苑两个社区食堂。"
    assert [r for r in _rows(text)] == [("consistent", "announces 3, lists 3"), ("inconsistent", "announces 2, lists 3")]


@pytest.mark.parametrize("text", [
    "对全县中小学、幼儿园三类学校开展安全检查。",          # 中小学 names two kinds
    "对全县中小学、幼儿园、特教学校四类学校开展安全检查。",
    "共提交15件提案、反映2条社情民意。",                   # the words after a figure: its noun, no first item
    "围绕城市更新、乡村振兴两大任务，统筹推进三项改革。",   # two items: not sure enough to call a miscount
])
def test_no_miscount_where_the_list_is_not_sure(text):
    assert "inconsistent" not in [v for v, _ in _rows(text)]


# ---------------------------------------------------------------- more shapes of probe6 (written blind), in our own words
@pytest.mark.parametrize("text, verdict, computed", [
    ("修订完善了《议事规则》《招投标监督办法》《财务管理制度》4项制度，主动接受监督。", "inconsistent", "announces 4, lists 3"),
    ("修订完善了《议事规则》《招投标监督办法》《财务管理制度》3项制度，主动接受监督。", "consistent", "announces 3, lists 3"),
    ("重点整治三类突出问题：违规动火作业、消防通道堵塞、电动车违规充电、燃气使用不规范等。", "inconsistent", "announces 3, lists 4"),
    ("重点整治四类突出问题：违规动火作业、消防通道堵塞、电动车违规充电等。", "unverifiable", "announces 4, lists 3 and closes with 等"),
    ("组建专业救援队伍5支，分别为综合救援队、森林消防队、防汛抢险队和危化品处置队，队员共计186人。", "inconsistent", "announces 5, lists 4"),
    ("组建专业救援队伍4支，分别为综合救援队、森林消防队、防汛抢险队和危化品处置队，队员共计186人。", "consistent", "announces 4, lists 4"),
])
def test_more_list_shapes(text, verdict, computed):
    assert _rows(text) == [(verdict, computed)]


def test_an_open_list_that_is_clauses_is_no_miscount():
    # (a plan's numbered clauses; the last one holds 等级, which is no 等 closing the list)
    text = "2021年，我们将重点做好以下三项工作：（一）完善救助体系，推进审批权限下放；（二）新建养老服务中心5个；（三）推进社会组织建设，开展等级评估。"
    assert "inconsistent" not in [v for v, _ in _rows(text)]


_OWN_LINE = "这一年，我重点抓了{}件事。\n第一，抓班子。班子团结。\n第二，抓队伍。\n第三，抓作风。\n第四，抓落实。\n二、存在的不足\n"


def test_a_line_of_its_own_announcing_the_numbered_paragraphs():
    assert _rows(_OWN_LINE.format("三")) == [("inconsistent", "announces 3, lists 4")]
    assert _rows(_OWN_LINE.format("四")) == [("consistent", "announces 4, lists 4")]


def test_a_count_in_a_longer_paragraph_may_be_followed_by_more_paragraphs():
    text = "全年重点开展了三项活动，取得明显成效。\n第一，抓班子。\n第二，抓队伍。\n第三，抓作风。\n第四，抓落实。\n"
    assert "inconsistent" not in [v for v, _ in _rows(text)]


_SECTIONS = ("一、压实责任\n召开会议3次。\n二、聚焦{}项重点，防范化解重大风险\n（一）危化品安全。检查企业37家。\n"
             "（二）城镇燃气安全。开展检查。\n（三）自然灾害防治。修订预案。\n三、提升救援能力\n组建队伍。\n")


def test_a_top_heading_counting_its_sections():
    assert _rows(_SECTIONS.format("四")) == [("inconsistent", "announces 4, lists 3")]
    assert _rows(_SECTIONS.format("三")) == [("consistent", "announces 3, lists 3")]


@pytest.mark.parametrize("text, verdict, computed", [
    ("专项检查覆盖三大类定点医药机构，包括定点医院和定点零售药店，全年追回医保基金1860万元。", "inconsistent", "announces 3, lists 2"),
    ("专项检查覆盖三大类定点医药机构，包括定点医院、定点零售药店和定点诊所，全年追回医保基金1860万元。", "consistent", "announces 3, lists 3"),
])
def test_a_clause_of_figures_after_the_names_is_no_item(text, verdict, computed):
    assert _rows(text) == [(verdict, computed)]


def test_items_that_carry_figures_are_still_items():
    text = "围绕五个方面提出建议：学前教育9件，义务教育13件，职业教育11件，高等教育10件，教师队伍9件。"
    assert [v for v, _ in _rows(text)] == ["consistent"]


_BACK = ("年初，我局确定的重点绩效任务为：创建食品安全示范县、实现“双随机、一公开”监管全覆盖、完成特种设备安全大检查、"
         "建成放心消费示范街区。全年受理投诉1026件。截至年底，年初确定的上述{}项重点绩效任务均已完成。")


def test_a_count_that_looks_back_at_a_list_before():
    # (“双随机、一公开” is one item: its 、 is inside the quotes)
    assert _rows(_BACK.format("三")) == [("inconsistent", "announces 3, lists 4")]
    assert _rows(_BACK.format("四")) == [("consistent", "announces 4, lists 4")]


def test_a_look_back_with_no_list_of_that_noun_before_gets_no_row():
    assert _rows("全年新建道路12公里、桥梁3座。上述两项工程均已验收。") == []
