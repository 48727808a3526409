"""enumeration_count, placeholder and cross_reference, round 19, second pass (helper A): a probe of phrasings of
named counts and blanks of my own — counts in digits before a colon, a count closing its sentence with the numbered
items after it, 支 as a measure word, a last item joined by 和/及 as long as the others; 起 after a counting verb's
object, a year with its digits left as markers — and, for cross_reference, a top heading naming the body's own units
and a renamed restatement in a summing-up whose digits are swapped. Sentences invented."""
import pytest

from analysis.rules.crossref import cross_reference
from analysis.rules.enumeration import enumeration_count
from analysis.rules.placeholder import placeholder

from rules_cases import run, verdicts

# ---------------------------------------------------------------- enumeration: a probe of phrasings (right, broken)
_LISTS = [
    ("全县实施三大工程（水源保护工程、管网改造工程、污水治理工程），成效明显。",
     "全县实施四大工程（水源保护工程、管网改造工程、污水治理工程），成效明显。"),
    ("重点抓好三项工作：一是优化营商环境，二是扩大有效投资，三是促进消费升级。",
     "重点抓好四项工作：一是优化营商环境，二是扩大有效投资，三是促进消费升级。"),
    ("着力推进四个方面：（1）产业升级；（2）城乡融合；（3）生态修复；（4）民生改善。",
     "着力推进五个方面：（1）产业升级；（2）城乡融合；（3）生态修复；（4）民生改善。"),
    ("深入开展“三个一”活动，即每月一次走访、每季一次座谈、每年一次评议。",
     "深入开展“三个一”活动，即每月一次走访、每季一次座谈。"),
    ("全面落实“四下基层”制度，包括宣传下基层、调研下基层、信访下基层和现场办公下基层。",
     "全面落实“四下基层”制度，包括宣传下基层、调研下基层和信访下基层。"),
    ("建成三类平台，即创业孵化平台、技术服务平台以及融资担保平台。",
     "建成三类平台，即创业孵化平台、技术服务平台、人才培训平台以及融资担保平台。"),
    ("推进三大行动：一是净水行动，涵盖饮用水源地保护和黑臭水体治理；二是蓝天行动；三是净土行动。",
     "推进三大行动：一是净水行动，涵盖饮用水源地保护和黑臭水体治理；二是蓝天行动。"),
    ("抓好两项重点任务（秸秆禁烧、散煤治理）。", "抓好三项重点任务（秸秆禁烧、散煤治理）。"),
    ("健全“四项机制”：会商机制、督办机制、考核机制、问责机制。", "健全“四项机制”：会商机制、督办机制、考核机制。"),
    ("坚持五个结合，即：学习与实践相结合、自查与督查相结合、整改与建制相结合、点上与面上相结合、当前与长远相结合。",
     "坚持五个结合，即：学习与实践相结合、自查与督查相结合、整改与建制相结合、当前与长远相结合。"),
    ("打造三个示范区：第一，农业示范区；第二，工业示范区；第三，文旅示范区。",
     "打造三个示范区：第一，农业示范区；第二，工业示范区。"),
    # a count in digits, its items after a colon (a last one after 和), or numbered 1. 2. …
    ("实施5项工程：道路硬化、安全饮水、电网改造、危房改造和垃圾处理。", "实施5项工程：道路硬化、安全饮水、电网改造和垃圾处理。"),
    ("完成7项民生实事：1.新建幼儿园；2.改造老旧小区；3.增设公交线路；4.建设养老中心；5.扩建医院；6.修缮学校；7.建设公园。",
     "完成7项民生实事：1.新建幼儿园；2.改造老旧小区；3.增设公交线路；4.建设养老中心；5.扩建医院；6.修缮学校。"),
    # 支 as a measure word
    ("组建4支队伍（执法队、巡查队、宣传队、志愿队）。", "组建4支队伍（执法队、巡查队、宣传队）。"),
    ("组建两支队伍：城管执法队和应急救援队。", "组建三支队伍：城管执法队和应急救援队。"),
    # the count closes its sentence; the next opens the numbered items
    ("落实三项制度。一是首问负责制。二是限时办结制。三是责任追究制。", "落实三项制度。一是首问负责制。二是限时办结制。"),
    # a last item joined by 和/及, each piece as long as the other items
    ("开展三项活动，分别是读书月、文化节和体育周。", "开展三项活动，分别是读书月、文化节、艺术展和体育周。"),
    ("聚焦三大产业：电子信息、生物医药及新材料。", "聚焦三大产业：电子信息、生物医药、高端装备及新材料。"),
]


@pytest.mark.parametrize("right, broken", _LISTS)
def test_named_count_probe(right, broken):
    assert verdicts(enumeration_count, right, 2021) == ["consistent"]
    assert verdicts(enumeration_count, broken, 2021) == ["inconsistent"]


def test_named_count_decoys():
    # a list closed by 等 cannot be counted
    assert verdicts(enumeration_count, "开展六类专项整治，包括食品、药品、特种设备等领域。", 2021) == ["unverifiable"]
    # “一核两翼三带” names several counts at once
    assert verdicts(enumeration_count, "形成了“一核两翼三带”格局。", 2021) == []
    # a digit count whose colon opens no list of names (a note of amounts)
    assert verdicts(enumeration_count, "引进5个项目：总投资12亿元，带动就业300人。", 2021) == []
    # 和 inside the last item's name (财务和资产管理制度): the pieces are not of the other items' length
    assert "inconsistent" not in verdicts(
        enumeration_count, "健全三项制度：预算管理制度、内部审计制度、财务和资产管理制度。", 2021)
    # a count closing its sentence with no numbered item after it
    assert verdicts(enumeration_count, "落实三项制度。首问负责制运行良好。", 2021) == []
    # a longer number (112项) is no count of a short list
    assert verdicts(enumeration_count, "共112项工程：道路硬化、安全饮水。", 2021) == []


# ---------------------------------------------------------------- placeholder: a probe of blanks (filled, blank)
_BLANKS = [
    ("全年新增就业1200人。", "全年新增就业XX人。"),
    ("全年新增就业1200人。", "全年新增就业××人。"),
    ("全年共接待游客56万人次。", "全年共接待游客＿＿万人次。"),
    ("项目总投资3.2亿元。", "项目总投资（ ）亿元。"),
    ("全年培训农民工820人次。", "全年培训农民工  人次。"),
    ("新建标准化厂房12万平方米。", "新建标准化厂房万平方米。"),
    ("全年完成植树造林1.5万亩，森林覆盖率达到42.3%。", "全年完成植树造林1.5万亩，森林覆盖率达到%。"),
    ("全年发放贷款4.6亿元。", "全年发放贷款X.X亿元。"),
    ("全年组织招聘会18场。", "全年组织招聘会□□场。"),
    ("资金到位率为95.6%。", "资金到位率为  %。"),
    ("全年接诊患者3.2万人次。", "全年接诊患者【】万人次。"),
    # 起 after a counting verb's object
    ("共查处违法案件36起。", "共查处违法案件起。"),
    # a year with its last digits left as markers
    ("截至2021年底，全县共有养老机构15家。", "截至20XX年底，全县共有养老机构15家。"),
    ("2021年度工作完成良好。", "20××年度工作完成良好。"),
    # 余 (more than) after a counting verb and its object, its number left out
    ("累计轮训村组干部860余人。", "累计轮训村组干部余人。"),
    ("共走访慰问困难老人300余名，发放慰问金12万元。", "共走访慰问困难老人余名，发放慰问金12万元。"),
]


@pytest.mark.parametrize("filled, blank", _BLANKS)
def test_blank_probe(filled, blank):
    assert verdicts(placeholder, filled, 2021) == []
    assert verdicts(placeholder, blank, 2021) == ["missing"]


def test_blank_decoys():
    assert verdicts(placeholder, "执行国家标准GB20XX年版要求。", 2021) == []  # part of a code
    assert verdicts(placeholder, "共排查隐患工作从基层抓起，成效明显。", 2021) == []  # 抓起 ends a word
    assert verdicts(placeholder, "共发生一起交通事故。", 2021) == []  # 一起 has its number
    assert verdicts(placeholder, "轮训结束后，安排其余人，各司其职。", 2021) == []  # 其余 is a remainder
    assert verdicts(placeholder, "全年收支结余元，", 2021) == []


# ---------------------------------------------------------------- cross_reference: a heading naming the body's own units
_OWN = ("一、全县农业主要指标\n全年全县完成高标准农田建设6.8万亩，新建机耕道路42公里。\n"
        "二、本局直属单位工作情况\n局属农场经营面积共计3.2万亩。全年直属农场完成土地整理1.1万亩；完成高标准农田建设{v}万亩。\n"
        "三、总结\n全年全县完成高标准农田建设{w}万亩。")


def test_own_units_heading_keeps_its_figures_apart():
    assert "inconsistent" not in verdicts(cross_reference, _OWN.format(v="1.4", w="6.8"), 2021)


def test_own_units_heading_still_compares_the_whole():
    assert "inconsistent" in verdicts(cross_reference, _OWN.format(v="1.4", w="8.6"), 2021)


def test_own_units_heading_yields_to_a_named_place():
    # a sentence under the heading that names the whole place (全县) is the whole place's
    text = ("一、县本级预算执行情况\n2021年县本级一般公共预算收入18.62亿元。全县一般公共预算收入{v}亿元。\n"
            "二、结语\n全县一般公共预算收入{w}亿元。")
    assert "inconsistent" not in verdicts(cross_reference, text.format(v="42.5", w="42.5"), 2021)
    assert "inconsistent" in verdicts(cross_reference, text.format(v="42.5", w="45.2"), 2021)


# ---------------------------------------------------------------- cross_reference: a renamed restatement, digits swapped
_SWAP = ("二、工作完成情况\n（一）社会救助。截至年底，全县共有特困供养对象1,236户1,{a}人，全年发放供养资金2,480万元。\n"
         "（二）养老服务。全年新增养老床位260张。\n"
         "三、总结\n一年来，各项工作稳步推进。全年全县保障特困群众1,{b}人，新增养老床位260张。")


def test_summary_restating_a_paired_count_with_digits_swapped():
    rows = run(cross_reference, _SWAP.format(a="582", b="852"), 2021)
    assert [r["stated"] for r in rows if r["verdict"] == "inconsistent"] == ["1,582人; 1,852人"]


def test_summary_restating_a_paired_count_right():
    assert "inconsistent" not in verdicts(cross_reference, _SWAP.format(a="582", b="582"), 2021)


def test_swap_outside_a_summary_or_sharing_no_word_is_left_alone():
    # both in the body: a renamed metric sharing one short word is no restatement
    body = _SWAP.replace("三、总结\n一年来，各项工作稳步推进。", "（三）其他。")
    assert "inconsistent" not in verdicts(cross_reference, body.format(a="582", b="852"), 2021)
    # the summary shares no word with the body's name
    other = _SWAP.replace("保障特困群众", "开展送温暖慰问")
    assert "inconsistent" not in verdicts(cross_reference, other.format(a="582", b="852"), 2021)


# ---------------------------------------------------------------- cross_reference: a summing-up with an inner 0 left out
_SLIP = ("二、工作完成情况\n（一）冬季救助。全年走访低收入村组36个，为{a}万户困难家庭发放取暖补贴。\n"
         "（二）河道治理。全年治理中小河流46公里。\n"
         "三、总结\n一年来，全县向困难家庭发放取暖补贴{b}万户，治理中小河流46公里。")


def test_summary_with_a_zero_left_out():
    rows = run(cross_reference, _SLIP.format(a="3.06", b="3.6"), 2021)
    assert [r["stated"] for r in rows if r["verdict"] == "inconsistent"] == ["3.06万户; 3.6万户"]


def test_summary_with_the_zero_kept_or_rounded():
    assert "inconsistent" not in verdicts(cross_reference, _SLIP.format(a="3.06", b="3.06"), 2021)
    assert "inconsistent" not in verdicts(cross_reference, _SLIP.format(a="3.06", b="3.1"), 2021)


def test_zero_left_out_needs_a_summing_up_and_a_shared_word():
    body = _SLIP.replace("三、总结\n一年来，", "（三）其他。")
    assert "inconsistent" not in verdicts(cross_reference, body.format(a="3.06", b="3.6"), 2021)
    other = _SLIP.replace("向困难家庭发放取暖补贴", "新增城乡居民医保参保")
    assert "inconsistent" not in verdicts(cross_reference, other.format(a="3.06", b="3.6"), 2021)


# ---------------------------------------------------------------- cross_reference: a status on a day, summed up
_STATUS = ("二、资金使用情况\n截至11月30日，已拨付补助资金1,468万元，拨付进度86%，余款将于次年3月前拨付完毕。\n"
           "三、结论\n综上，2021年补助资金已拨付{v}万元，资金使用总体规范。")


def test_summary_restating_a_dated_status_with_digits_swapped():
    rows = run(cross_reference, _STATUS.format(v="1,486"), 2021)
    assert [r["stated"] for r in rows if r["verdict"] == "inconsistent"] == ["1,468万元; 1,486万元"]
    assert "inconsistent" not in verdicts(cross_reference, _STATUS.format(v="1,468"), 2021)


def test_dated_status_without_a_summing_up_is_left_alone():
    text = _STATUS.replace("三、结论\n综上，", "三、其他情况\n")
    assert "inconsistent" not in verdicts(cross_reference, text.format(v="1,486"), 2021)


def test_summed_swap_of_a_bare_act_another_act_extends_is_left_alone():
    text = ("二、执法情况\n全年取缔1,476户，劝导流动摊贩2,300余人次。\n"
            "三、总结\n一年来，全局暂缓取缔无证摊点{v}户，市容秩序明显好转。")
    assert "inconsistent" not in verdicts(cross_reference, text.format(v="1,746"), 2021)
