"""Helper A2, round 24: cross_reference — why two mentions of one metric are not paired. A section that names the whole
again (全年, 全县, 今年) restates the overview's figure or an earlier section's that names the whole too, in other words:
shortened, 全市 or a qualifier dropped, reordered (危房改造 / 改造农村危房), another verb of one act (建成 / 新建, 收到 /
受理), the noun after the count, 全年累计 for the year's count; its value may be written otherwise (一万二千三百人 /
11800人, full-width digits, 亿元 / 万元). Also: a colon's lead (主要指标：) or a bracket opened before a figure names
nothing of it, and a table before the first heading is an overview; a list item of one or two characters keeps its
subject's name (事故126起，死亡38人 / 事故死亡人数); a target told twice (超过年度目标3,500人 … 完成目标任务3,600人的…).
Each broken twin fails on the code of the round's start; decoys keep quiet: another scope (本级, 本局, 其中), another
period (上半年, a heading of the year before, 2019年以来累计), another act or kind sharing words (受理 / 审结, 口袋公园 /
城市公园, 审计项目 / 政府投资项目结算审计), a running total beside the year's, budgets and counted tasks. Sentences
invented."""
import pytest

from analysis.rules.crossref import cross_reference

from rules_cases import run


def _rows(text, verdict, year=2024):
    return [r["stated"] for r in run(cross_reference, text, year) if r["verdict"] == verdict]


# ---------------------------------------------------------------- shape 1: overview, then a section naming it otherwise
_RENAMED = [
    # 全市 dropped and shortened (全市12345热线共受理群众诉求 / 热线受理群众诉求)
    ("一、基本情况\n2024年，全市12345热线共受理群众诉求8.62万件，按时办结率98.1%。\n二、主要做法\n"
     "（一）畅通渠道。热线全年受理群众诉求{v}万件，其中来电6.1万件。", "8.62", "8.26", "8.62万件; 8.26万件"),
    # a qualifier of the place dropped (市人大代表建议 / 代表建议), the overview before the first heading
    ("今年以来，我局共办理市人大代表建议86件、市政协委员提案124件。\n一、办理情况\n"
     "（一）建议办理。全年办理代表建议{v}件，办复率100%。", "86", "68", "86件; 68件"),
    # the count before its noun in the overview, another verb of one act (建成18个党群服务中心 / 新建党群服务中心)
    ("过去一年，全镇建成18个党群服务中心，基层阵地更加巩固。\n一、基层组织建设\n"
     "全年新建党群服务中心{v}个，改造提升32个。", "18", "16", "18个; 16个"),
    # Chinese numerals in the overview, digits in the section, the name shortened (城镇新增就业 / 新增就业)
    ("一、基本情况\n全年全县城镇新增就业一万二千三百人，城镇登记失业率2.9%。\n二、稳就业\n"
     "（一）促进创业。全县全年新增就业{v}人，开发公益性岗位310个。", "12300", "11800", "一万二千三百人; 11800人"),
    # full-width digits, 收到 for 受理, 行政 dropped
    ("今年以来，全区共受理行政复议申请３２６件，审结298件。\n一、复议工作\n"
     "（二）复议审理。全区全年收到复议申请{v}件，依法纠错23件。", "３２６", "３０８", "３２６件; ３０８件"),
    # 亿元 / 万元, a word added in the section (一般公共预算收入 / 地方一般公共预算收入)
    ("一、基本情况\n全年全市一般公共预算收入完成15.62亿元，增长5.1%。\n二、收入情况\n"
     "（一）收入结构。全市全年地方一般公共预算收入{v}万元，其中税收收入11.2亿元。", "156200", "162600",
     "15.62亿元; 162600万元"),
    # 累计 bound to the year (全年累计化解): the year's count, not a running total
    ("一、基本情况\n全年共化解信访积案126件，接待群众来访3,420人次。\n二、信访工作\n"
     "（一）积案化解。全年累计化解信访积案{v}件。", "126", "132", "126件; 132件"),
    # shortened (创业担保贷款 / 贷款) and 全年累计
    ("一、基本情况\n全年全区发放创业担保贷款3.62亿元，扶持创业1,450人。\n二、工作措施\n"
     "（一）加大投放。全区全年累计发放贷款{v}亿元，带动就业4,120人。", "3.62", "3.48", "3.62亿元; 3.48亿元"),
]


@pytest.mark.parametrize("body,holds,broken,pair", _RENAMED)
def test_renamed_in_a_section_conflicts(body, holds, broken, pair):
    assert pair in _rows(body.format(v=broken), "inconsistent")


@pytest.mark.parametrize("body,holds,broken,pair", _RENAMED)
def test_renamed_in_a_section_holds(body, holds, broken, pair):
    assert _rows(body.format(v=holds), "inconsistent") == []


_RENAMED_QUIET = [
    # another scope: the whole city, then the body's own part (本级)
    "一、基本情况\n2024年，全市12345热线共受理群众诉求8.62万件。\n二、主要做法\n市本级热线受理群众诉求2.26万件。",
    # another period: the year, then its first half
    "一、基本情况\n全年全县改造农村危房412户。\n二、具体措施\n上半年改造农村危房186户，下半年226户。",
    # another thing sharing a word (代表建议 / 政协提案)
    "今年以来，我局共办理市人大代表建议86件。\n一、办理情况\n全年办理政协委员提案124件，办复率100%。",
    # another act on the same things (受理 / 办结)
    "一、基本情况\n全年共受理行政复议申请326件。\n二、复议工作\n全年审结行政复议申请298件，依法纠错23件。",
    # a running total, then the year's new ones
    "一、基本情况\n全镇累计建成村级党群服务中心46个。\n二、基层组织建设\n全年新建村级党群服务中心18个。",
    # two bodies in turn, each with its own count
    "一、基本情况\n全县城镇新增就业12300人。\n二、分区情况\n城关镇城镇新增就业3260人，开发区新增就业2180人。",
    # a running total from a start, then the year's count
    "一、基本情况\n全年共化解信访积案126件。\n二、信访工作\n（一）积案化解。2019年以来全县累计化解信访积案468件。",
    # a section under a place's own heading
    "一、基本情况\n全年全市新增城镇就业5,230人，其中高校毕业生1,860人。\n二、分区情况\n（一）城关镇。全年新增城镇就业2,180人。",
    # a group within the whole (高校毕业生), sharing the metric's words
    "一、基本情况\n全年全市新增城镇就业5,230人。\n二、就业工作\n（一）重点群体。全年帮助高校毕业生新增就业1,860人。",
    # another kind of thing with the same last word (城镇新增就业 / 农村劳动力转移就业)
    "一、基本情况\n全年全县城镇新增就业5,230人。\n二、就业工作\n全年全县农村劳动力转移就业5,320人。",
    # a part of another whole in the overview (其中 after 规模以上工业企业), the whole of that kind in a section
    "一、基本情况\n全县共有规模以上工业企业86家，其中高新技术企业23家。\n二、科技创新\n全县高新技术企业达到31家，新增6家。",
    # another place (全市 / 全县)
    "一、基本情况\n全县完成固定资产投资86.4亿元。\n二、外部环境\n全市完成固定资产投资846.2亿元。",
]


@pytest.mark.parametrize("text", _RENAMED_QUIET)
def test_renamed_decoys_stay_quiet(text):
    assert _rows(text, "inconsistent") == []


# ---------------------------------------------------------------- shape 2: a target told twice with two values
_TARGETS = [
    # no metric named with either target: the result before it in its sentence names it (超过年度目标 / 完成目标任务)
    ("一、就业\n全年城镇新增就业3,812人，超过年度目标3,500人。\n二、小结\n城镇新增就业完成目标任务{v}人的105.9%。",
     "3,500", "3,600", "3,500人; 3,600人"),
    # the heading over the first names it (一、城镇新增就业 / 年度目标3,500人)
    ("一、城镇新增就业\n年度目标3,500人，实际完成3,812人。\n二、小结\n全年城镇新增就业3,812人，完成目标任务{v}人的105.9%。",
     "3,500", "3,600", "3,500人; 3,600人"),
    ("市下达我县年度城镇新增就业目标任务3,500人。\n一、就业\n全年城镇新增就业3,812人，完成年度目标{v}人的108.9%。",
     "3,500", "3,600", "3,500人; 3,600人"),
    ("一、目标\n年度计划完成农村危房改造400户。\n二、完成情况\n全年改造农村危房412户，为年度计划{v}户的103%。",
     "400", "420", "400户; 420户"),
    ("一、年度目标\n全年计划新建5G基站1,200个。\n二、完成情况\n全年新建5G基站1,260个，超额完成1,{v}个的年度目标。",
     "200", "100", "1,200个; 1,100个"),
    ("年初确定招商引资目标为到位资金50亿元。\n一、招商\n全年实际到位资金53.6亿元，完成目标任务{v}亿元的107.2%。",
     "50", "55", "50亿元; 55亿元"),
    ("一、基本情况\n今年上级下达我镇植树造林任务3,000亩。\n二、造林绿化\n全年完成植树造林3,240亩，为上级下达任务{v}亩的108%。",
     "3,000", "3,200", "3,000亩; 3,200亩"),
]


@pytest.mark.parametrize("body,holds,broken,pair", _TARGETS)
def test_target_told_twice(body, holds, broken, pair):
    assert pair in _rows(body.format(v=broken), "inconsistent")
    assert _rows(body.format(v=holds), "inconsistent") == []


_TARGETS_QUIET = [
    # the next year's target, another value
    "市下达我县年度城镇新增就业目标任务3,500人。\n一、就业\n全年城镇新增就业3,812人。\n三、明年打算\n2025年城镇新增就业目标4,000人。",
    # a target and the result
    "一、目标\n年度计划完成农村危房改造400户。\n二、完成情况\n全年改造农村危房412户。",
    # two targets of two things
    "一、目标\n年度计划新建5G基站1,200个，改造基站400个。\n二、完成情况\n完成新建基站目标1,200个，改造基站目标400个。",
    # two results with their own targets (城镇新增就业 / 扶持创业)
    "一、就业\n全年城镇新增就业3,812人，年度目标为3,500人。\n二、创业\n全年扶持创业1,260人，年度目标为1,200人。",
    "一、就业\n全年城镇新增就业3,812人，超过年度目标3,500人。\n二、创业\n全年扶持创业1,260人，完成目标任务1,200人的105%。",
    # the budget at the year's start and after its adjustment
    "一、部门基本情况\n本部门为一级预算单位。\n二、部门整体支出情况\n2024年年初预算3,862.4万元，其中基本支出2,215.7万元。"
    "年中追加专项资金，调整后预算4,108.9万元。",
    # the tasks counted (科研任务12项), not a target
    "一、科研工作\n全年承担省级科研任务12项。\n二、平台建设\n全年共承担科研任务15项，新建实验室3个。",
    # targets of two kinds of work sharing one word (城镇新增就业 / 农村劳动力转移就业)
    "一、目标\n年度城镇新增就业目标3,500人。\n二、完成情况\n完成农村劳动力转移就业目标3,600人的101%。",
    # a budget of expenditure and one of revenue (为调整预算…的…%)
    "一、收入\n一般公共预算收入8.46亿元，为调整预算8.2亿元的103.2%。\n二、支出\n一般公共预算支出23.74亿元，为调整预算24.6亿元的96.5%。",
    # the amount done of a task (完成营造林任务5.6万亩), then the task
    "一、国土绿化\n全年完成营造林任务5.6万亩。\n二、小结\n年度营造林任务5.8万亩全面完成。",
    # the target of a part of the year
    "一、目标\n年度目标城镇新增就业3,500人。\n二、完成情况\n上半年目标城镇新增就业1,800人，已完成1,912人。",
]


@pytest.mark.parametrize("text", _TARGETS_QUIET)
def test_target_decoys_stay_quiet(text):
    assert _rows(text, "inconsistent") == []


# ---------------------------------------------------------------- shape 3: a colon lead or a bracket around a mention
# the lead before a colon (主要指标：, 今年主要成效：) and a bracket opened before the figure (…640人（全年全县城镇新增
# 就业…）) name nothing of the figure; a bracket's aside inside a name (受理诉求（含网络留言）) is dropped
_LEAD_OR_BRACKET = [
    # a table before the first heading, the metric in prose shortened (城镇新增就业 / 新增就业)
    ("表1 主要指标\n| 指标 | 完成值 |\n| 城镇新增就业 | 5230人 |\n| 新增市场主体 | 4150户 |\n一、就业\n"
     "全年全县新增就业{v}人，城镇登记失业率2.9%。", "5230", "4,960", "5230人; 4,960人"),
    ("主要指标完成情况：\n城镇新增就业    5230人\n新增市场主体    4150户\n一、就业\n"
     "全年全县新增就业{v}人，城镇登记失业率2.9%。", "5230", "4,960", "5230人; 4,960人"),
    ("主要指标：城镇新增就业5230人，新增市场主体4150户，城镇登记失业率2.9%。\n一、就业\n"
     "全年全县新增就业{v}人，开发公益性岗位310个。", "5230", "4,960", "5230人; 4,960人"),
    ("全年主要指标完成情况：新建5G基站1,260个，新增市场主体4150户。\n一、数字基建\n"
     "（一）网络建设。全年全县建成5G基站{v}个。", "1,260", "1,160", "1,260个; 1,160个"),
    ("一、基本情况\n全年全县城镇新增就业5,230人。\n二、稳就业\n"
     "（一）促进创业。扶持创业640人（全年全县城镇新增就业{v}人）。", "5,230", "5,380", "5,230人; 5,380人"),
    ("一、基本情况\n全市城镇新增就业（全年）5,230人，完成目标的104.6%。\n二、创业\n"
     "全年带动就业2,100人（全市城镇新增就业{v}人）。", "5,230", "5,320", "5,230人; 5,320人"),
    ("一、基本情况\n全年全市12345热线受理群众诉求8.62万件（其中来电6.1万件）。\n二、主要做法\n"
     "（一）畅通渠道。拓展网络渠道，全年共受理诉求（含网络留言）{v}万件。", "8.62", "8.26", "8.62万件; 8.26万件"),
    # the object before its verb in the section (改造农村危房 / 危房改造), under a colon lead
    ("今年主要成效：全县改造农村危房412户，新建村级党群服务中心18个。\n一、民生保障\n"
     "（二）住房保障。全年全县危房改造完成{v}户。", "412", "426", "412户; 426户"),
]


@pytest.mark.parametrize("body,holds,broken,pair", _LEAD_OR_BRACKET)
def test_lead_or_bracket_conflicts(body, holds, broken, pair):
    assert pair in _rows(body.format(v=broken), "inconsistent")
    assert _rows(body.format(v=holds), "inconsistent") == []


_LEAD_OR_BRACKET_QUIET = [
    # a table with two years' columns: the prose's value is one of them
    "表1 主要指标\n| 指标 | 2023年 | 2024年 |\n| 城镇新增就业 | 4860人 | 5230人 |\n一、就业\n全年全县城镇新增就业5,230人。",
    # a colon parting a name from its value, under a heading that names no whole; another count in the section
    "一、主要指标\n城镇新增就业：5230人；新增市场主体：4150户。\n二、就业\n全年全县农村劳动力转移就业4,960人。",
    # a part in a bracket (其中来电) and the section's count of that part
    "一、基本情况\n全年全区受理群众诉求8.62万件（其中来电6.1万件）。\n二、主要做法\n（一）畅通渠道。全年全区受理来电6.8万件，网络留言1.8万件。",
    # a colon lead naming a part of the year
    "上半年主要指标：城镇新增就业2610人，新增市场主体2050户。\n一、就业\n全年全县城镇新增就业5,230人，开发公益性岗位310个。",
    # a colon lead, then another kind of park in the section (口袋公园 / 城市公园)
    "今年以来主要工作：全区新建口袋公园15个，改造老旧小区31个。\n一、城市建设\n（一）公园建设。全年全区新建城市公园8个。",
    # two words shared in another order, another class of the work (审计项目 / 政府投资项目结算审计)
    "一、基本情况\n全年共完成审计项目46个，查出问题金额3.27亿元。\n二、投资审计\n全年完成政府投资项目结算审计58个。",
    # a count at the end of the year before in the overview, the year's count in the section
    "一、基本情况\n截至2023年底，全县已完成84个村的环境整治。\n二、绩效目标完成情况\n全年完成42个村环境整治，为目标的93.3%。",
]


@pytest.mark.parametrize("text", _LEAD_OR_BRACKET_QUIET)
def test_lead_or_bracket_decoys_stay_quiet(text):
    assert _rows(text, "inconsistent") == []


# ---------------------------------------------------------------- shape 4: an item that keeps its subject's name
# a list item of one or two characters after a figure of another unit (事故126起，死亡38人) counts what that subject led
# to: the section's full name (道路交通事故死亡人数) restates it; 发生 names nothing, 人数 is the count of its own unit
_ELIDED = [
    ("一、基本情况\n全年全市发生道路交通事故126起，死亡38人，受伤142人。\n二、交通安全\n"
     "（一）源头治理。全年全市道路交通事故死亡人数{v}人。", "38", "42", "38人; 42人"),
    ("一、基本情况\n全年全县共发生火灾事故215起、受伤9人，直接财产损失386万元。\n二、消防工作\n"
     "（二）火灾防控。全年全县火灾事故受伤人数{v}人。", "9", "12", "9人; 12人"),
    ("一、基本情况\n全年全市共发生生产安全事故37起、死亡21人。\n二、安全监管\n"
     "（一）源头防控。全年全市生产安全事故死亡{v}人，同比下降。", "21", "25", "21人; 25人"),
    ("一、基本情况\n全年全区共发生溺水事故6起，死亡8人。\n二、防溺水工作\n全年全区溺水事故死亡人数{v}人。", "8", "11",
     "8人; 11人"),
    ("一、基本情况\n全年全市共查处食品安全案件326起，罚没款412万元。\n二、食品安全\n"
     "（一）执法办案。全年全市食品安全案件罚没款{v}万元。", "412", "428", "412万元; 428万元"),
]


@pytest.mark.parametrize("body,holds,broken,pair", _ELIDED)
def test_item_keeping_its_subject_conflicts(body, holds, broken, pair):
    assert pair in _rows(body.format(v=broken), "inconsistent")
    assert _rows(body.format(v=holds), "inconsistent") == []


_ELIDED_QUIET = [
    # another item of the same subject (死亡 / 受伤人数)
    "一、基本情况\n全年全市发生道路交通事故126起，死亡38人。\n二、交通安全\n（一）源头治理。全年全市道路交通事故受伤人数142人。",
    # a narrower group (学生溺水)
    "一、基本情况\n全年全区共发生溺水事故6起，死亡8人。\n二、防溺水工作\n全年全区学生溺水死亡5人。",
    # a kind of fire within all fires (电气火灾)
    "一、基本情况\n全年全县共发生火灾事故215起、受伤9人。\n二、消防工作\n（二）火灾防控。全年全县电气火灾受伤12人。",
    # a part of the year
    "一、基本情况\n全年全市发生道路交通事故126起，死亡38人。\n二、交通安全\n（一）源头治理。上半年全市道路交通事故死亡人数16人。",
]


@pytest.mark.parametrize("text", _ELIDED_QUIET)
def test_item_keeping_its_subject_decoys_stay_quiet(text):
    assert _rows(text, "inconsistent") == []


# ---------------------------------------------------------------- shape 5: two sections, each naming the whole
# no overview: an earlier section's figure named for the whole year or place (全年全县…) and a later section's, named
# otherwise, are one metric
_TWO_SECTIONS = [
    ("一、稳就业\n全年全县城镇新增就业5,230人，开发公益性岗位310个。\n二、保民生\n（一）兜底保障。全年发放低保金3,260万元。\n"
     "（二）就业帮扶。全年全县新增就业{v}人，其中困难人员再就业620人。", "5,230", "4,960", "5,230人; 4,960人"),
    ("一、政务服务\n全年全市12345热线共受理群众诉求8.62万件，按时办结率98.1%。\n二、诉求办理\n"
     "（一）分类处置。热线全年受理诉求{v}万件，其中来电6.1万件。", "8.62", "8.26", "8.62万件; 8.26万件"),
    ("一、城市建设\n全年全镇建成18个党群服务中心，基层阵地更加巩固。\n二、基层治理\n"
     "全年全镇新建党群服务中心{v}个，改造提升32个。", "18", "16", "18个; 16个"),
    ("一、安全生产\n全年全市发生道路交通事故126起，死亡38人。\n二、平安建设\n"
     "（三）交通安全。全年全市道路交通事故死亡人数{v}人。", "38", "41", "38人; 41人"),
    ("一、社会救助\n全年全区发放城乡低保金3,260万元，保障困难群众1.2万人。\n二、兜底保障\n"
     "（一）应保尽保。全年全区发放低保金{v}万元。", "3,260", "3,120", "3,260万元; 3,120万元"),
]


@pytest.mark.parametrize("body,holds,broken,pair", _TWO_SECTIONS)
def test_two_sections_naming_the_whole_conflict(body, holds, broken, pair):
    assert pair in _rows(body.format(v=broken), "inconsistent")
    assert _rows(body.format(v=holds), "inconsistent") == []


_TWO_SECTIONS_QUIET = [
    # the body's own part in the later section (本局)
    "一、基本情况\n2024年，全县共受理信访事项1,218件。\n二、本局工作\n全年，本局受理信访事项318件，未发生越级上访。",
    # the year before, dated in its sentence
    "一、科普阵地\n2023年全市建成科普示范村52个。\n二、示范创建\n年内全市科普示范村达到60个。",
    # one section without the whole named (a part's count)
    "一、稳就业\n全年全县城镇新增就业5,230人。\n二、创业带动\n扶持创业带动新增就业1,260人。",
    # the first value restated beside the year's in the later section (a running total, 累计建成12.6万亩)
    "一、粮食生产\n全县建成高标准农田12.6万亩。\n二、农田建设\n全年建成高标准农田2.4万亩，累计建成12.6万亩。",
    # a heading that names the year before (上年指标回顾)
    "一、主要指标\n全年全县城镇新增就业5,230人。\n二、上年指标回顾\n全年全县城镇新增就业4,960人。",
    # two sections naming two bodies (城关镇 / 全县)
    "一、全县情况\n全年全县城镇新增就业5,230人。\n二、城关镇\n全年城关镇城镇新增就业1,860人。",
]


@pytest.mark.parametrize("text", _TWO_SECTIONS_QUIET)
def test_two_sections_decoys_stay_quiet(text):
    assert _rows(text, "inconsistent") == []
