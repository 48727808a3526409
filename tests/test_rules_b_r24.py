"""parts_sum and cumulative_vs_new, round 24 (helper B): the structure of a claim, not the words of one sentence.

parts_sum — which figures are the parts of which whole: a list a part opens after itself (…，主要是：/ ，包括 / ，具体为：)
breaks down that part, not the whole, and the whole's own list goes on after the ； that closes it; a bracket that says
分别 holds one value for each item of the list before it (targets, last year's values), never a split of its last item;
a classification (按…分 / 从…看) closed by its total with the period or place before the closing word (…，全年共受理418件);
a list announced after its total by a dash (，具体为——…); a total that sums up, sections on, a list closed by a catch-all
naming it (…，其他卫生技术人员95人。… 卫生技术人员合计572人); a whole stated inside 在…中 whose list ends where the next
whole (；64件政协提案中) or the year's flow (；全年新增…) begins.
cumulative_vs_new — which figure is the stock, the flow and the stock before: the year's flow named by its verb under
the year's marker (全年完成… / 今年办理… / 2025年实施…) chains the previous level and the running total reached, sections
apart (a balance rolled on, 滚存, is a running total); an outflow named by the verb after its figure (13名…予以解聘) is
taken off; an amount inside a name (收入超过10万元的村) is no figure of the chain; a small count named alike three times is
held past a tenth of its level (firms and farms may close: only a level above previous + new is wrong for them); 12月底 is
the year's end; the year's new above a level named in the same words, sections apart, is an error; the year's amount then
a bare running total opened by its span (五年来累计达到 / 至此累计) bounds it; a level paired with another thing's flow
gives way to the flow named in its own words; a part of the year above the whole year named alike is an error.
Sentences invented. Every paraphrase and broken twin fails on the modules as they were at the start of the round; the
decoys (tests that must stay quiet, consistent twins) pass on both by design. The review mends at the end go the other
way: each decoy there was a false alarm of the round's first code, each broken twin is flagged by both.
"""
import pytest

from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.sums import parts_sum
from rules_cases import run

ALARMS = ("inconsistent", "missing")


def _alarms(rule, text, year=2025):
    return [r["stated"] for r in run(rule, text, year) if r["verdict"] in ALARMS]


def _verdicts(rule, text, year=2025):
    return [(r["verdict"], r["stated"]) for r in run(rule, text, year)]


# --- parts_sum: a list opened after a part is that part's ------------------------------------------------------------

# each: the whole, a part, then the part's own items (together above the whole): no alarm
NESTED_QUIET = [
    "全区一般公共预算支出58.46亿元，完成调整预算的96.1%。其中民生支出45.13亿元，占77.2%，主要是：教育支出12.36亿元，"
    "卫生健康支出6.82亿元，社会保障和就业支出9.57亿元。",
    "今年共投入扶贫资金3,200万元，其中产业扶贫资金1,800万元，主要用于：食用菌基地600万元、茶园改造500万元、光伏电站400万元。",
    "全市受理信访事项1,860件，其中网上信访1,120件，主要是征地拆迁类410件、劳动社保类380件、城乡建设类130件。",
    "项目总投资9.6亿元，其中：政府投资5.8亿元，主要包括中央预算内资金2.1亿元、省级补助1.9亿元和地方专项债券1.5亿元。",
    "全县在校学生6.12万人。其中义务教育阶段4.86万人，具体是：小学3.21万人，初中1.65万人。",
]


@pytest.mark.parametrize("text", NESTED_QUIET)
def test_list_after_a_part_is_the_parts(text):
    assert _alarms(parts_sum, text) == []


# the whole's list resumes after the ； that closes a part's own list: judged, broken and whole
FIRMS = "全镇共有企业126家，其中工业企业48家，包括食品加工企业20家、建材企业15家、机械制造企业13家；服务业企业{x}家。"
SCHOOLS = "全县共有学校{t}所。其中小学86所，主要是：完全小学52所、教学点34所；初中27所；高中9所。"
CASES = "全年受理各类案件{t}件，其中民事案件2,140件，包括婚姻家庭案件620件、合同纠纷案件1,080件；刑事案件386件；行政案件94件。"
LOANS = "年末各项贷款余额{t}亿元，其中：住户贷款248.6亿元，主要是个人住房贷款172.3亿元和消费贷款41.5亿元；企业贷款316.2亿元。"
FUND = "专项资金共计2,480万元，其中工程建设1,650万元，具体为：道路工程920万元、管网工程730万元；设备购置{x}万元；其余210万元为预备费。"


@pytest.mark.parametrize("text,bad", [
    (FIRMS.format(x="78"), False), (FIRMS.format(x="88"), True),
    (SCHOOLS.format(t="122"), False), (SCHOOLS.format(t="132"), True),
    (FUND.format(x="620"), False), (FUND.format(x="680"), True),
    (CASES.format(t="2,620"), False), (CASES.format(t="2,820"), True),
    (LOANS.format(t="564.8"), False), (LOANS.format(t="546.8"), True),
])
def test_whole_list_goes_on_after_a_parts_list(text, bad):
    got = _alarms(parts_sum, text)
    assert bool(got) == bad, got


# a list led by 具体为 is the whole part: judged against it
SPELLED = "今年发放各类补贴资金1,265.4万元，其中农业补贴812.6万元，具体为：耕地地力保护补贴503.2万元，农机购置补贴{x}万元。"


def test_part_spelled_out_holds():
    assert ("consistent", "812.6万元 = 503.2万元 + 309.4万元") in _verdicts(parts_sum, SPELLED.format(x="309.4"))


def test_part_spelled_out_broken():
    assert _alarms(parts_sum, SPELLED.format(x="319.4")) == ["812.6万元 = 503.2万元 + 319.4万元"]


# --- parts_sum: a bracket saying 分别 holds one value per item of the list before it ---------------------------------

RESPECTIVE_QUIET = [
    "全年完成化学需氧量减排386吨、氨氮减排42吨（市下达任务分别为360吨和40吨），分别完成任务的107.2%和105%。",
    "新建污水管网18.6公里、雨水管网9.4公里（考核指标分别为15公里和8公里）。",
    "建成高标准农田2.6万亩、改造中低产田1.4万亩（合同约定分别为2.5万亩和1.2万亩）。",
    "全市接待游客1,286万人次，其中过夜游客412万人次、入境游客8.6万人次（省下达分别为400万人次和8万人次）。",
    "办理人大代表建议86件、政协提案64件（其中主办分别为42件和38件）。",
]


@pytest.mark.parametrize("text", RESPECTIVE_QUIET)
def test_bracket_of_respective_values_is_no_split(text):
    assert _alarms(parts_sum, text) == []


@pytest.mark.parametrize("x,bad", [("162", False), ("152", True)])
def test_bracket_split_still_judged(x, bad):
    # the decoy's twin: a bracket that does split the figure before it
    text = f"新建和改建农村公路286公里（新建124公里，改建{x}公里）。"
    assert bool(_alarms(parts_sum, text)) == bad


# --- cumulative_vs_new: previous level, the year's flow named by its verb, the level reached -------------------------

CHAINS = [
    # (text with {c}, right current, wrong current)
    ("一、基本情况\n截至上年末，我院累计完成达芬奇机器人辅助手术1,486台。\n二、年度进展\n2025年新引进手术机器人1台，全年完成"
     "机器人辅助手术612台，其中四级手术538台。\n三、小结\n截至2025年底，我院累计完成机器人辅助手术{c}台。", "2,098", "2,198"),
    ("截至2024年底，全市累计建成公共充电桩3,420个，覆盖全部乡镇。\n二、基础设施\n2025年实施公共充电桩建设1,180个，重点覆盖"
     "产业园区。\n三、小结\n截至年底，全市累计建成公共充电桩{c}个，居全省前列。", "4,600", "4,800"),
    ("上年底，全县累计办理不动产登记12.6万件。\n全年办理不动产登记2.35万件，压缩办理时限至3个工作日。\n目前，全县累计办理不动产"
     "登记{c}万件。", "14.95", "15.35"),
    ("年初全区累计认定家庭农场214家。当年认定家庭农场36家，带动农户1,260户。年末全区累计认定家庭农场{c}家。", "250", "260"),
    ("到去年年末，法律援助中心累计受理援助案件8,640件。今年受理援助案件1,215件，结案率98.6%。至此，中心累计受理援助案件"
     "达到{c}件。", "9,855", "9,585"),
    # a balance rolled on (滚存) is a running total of the year's 结余
    ("全县社会保险基金收入18.74亿元，支出17.21亿元，当年结余1.53亿元，年末滚存结余{c}亿元（上年末为11.34亿元）。", "12.87",
     "12.96"),
    ("上年末工会经费滚存结余865万元。全年工会经费收入1,240万元，支出1,108万元，本年结余132万元，年末滚存结余{c}万元。", "997",
     "979"),
]


@pytest.mark.parametrize("text,good,bad", CHAINS)
def test_year_flow_named_by_its_verb_chains(text, good, bad):
    ok = _verdicts(cumulative_vs_new, text.format(c=good))
    assert any(v == "consistent" and "previous" in s for v, s in ok), ok
    broken = _alarms(cumulative_vs_new, text.format(c=bad))
    assert any("previous" in s for s in broken), broken


def test_year_flow_of_another_act_does_not_block():
    # 全年表彰… names people of the stock, no flow into it: the 新聘 flow still closes the chain
    text = ("年初，本院在册特邀调解员215名。年内新聘任特邀调解员48名。全年表彰优秀特邀调解员20名。截至年底，在册特邀调解员"
            "{c}名，累计在册人数稳定。")
    rows = _verdicts(cumulative_vs_new, text.format(c="263"))
    assert not any("20名" in s for v, s in rows)
    # (the chain itself closes: a test that a silent rule would pass is no test)
    assert ("consistent", "previous 215名 + new 48名 = current 263名") in rows, rows


def test_year_work_of_kinds_chains_by_its_new_part():
    # 全年完成…4.2万亩，其中新建3.1万亩、改造提升1.1万亩: only the new part adds to the running total of what is built
    text = ("截至上年末，全县累计建成高标准农田32.6万亩。\n二、年度工作\n全年完成高标准农田建设4.2万亩，其中新建3.1万亩、改造"
            "提升1.1万亩。\n三、小结\n截至年底，全县累计建成高标准农田{c}万亩。")
    assert ("consistent", "previous 32.6万亩 + new 3.1万亩 = current 35.7万亩") in _verdicts(cumulative_vs_new, text.format(c="35.7"))
    assert _alarms(cumulative_vs_new, text.format(c="36.1")) == []


def test_year_flow_of_other_thing_stays_quiet():
    # the year's flow of another thing (调解纠纷) beside a running total of 登记, in the same unit and not adding up
    # (12.6 + 0.8 ≠ 13.1): no pair — a unit of its own (万人次) would have kept them apart before any reading of names
    text = "截至上年末，累计办理不动产登记12.6万件。全年调解矛盾纠纷0.8万件。目前累计办理不动产登记13.1万件。"
    assert _alarms(cumulative_vs_new, text) == []


# --- cumulative_vs_new: an outflow named by the verb after its figure ------------------------------------------------

EXITS = [
    ("年初，本院在册特邀调解员215名。年内，经公开选聘新聘任特邀调解员48名；对考核不合格的13名特邀调解员予以解聘。\n"
     "截至年底，在册特邀调解员{c}名。", "250", "260"),
    ("上年末全县登记在册的农民专业合作社862家。全年新登记合作社74家，长期不经营的38家合作社被依法注销。年末全县在册合作社"
     "{c}家。", "898", "908"),
    ("年初全市有养老服务机构132个，今年新建养老服务机构21个，9个不达标机构已相继退出。年末全市养老服务机构共{c}个。", "144", "154"),
    ("上年底，全区共有网约车平台注册车辆4,680辆。今年新增注册车辆1,120辆，另有365辆车辆被注销。目前全区网约车平台注册车辆共"
     "{c}辆。", "5,435", "5,535"),
    ("年初在册社区矫正对象221人，全年新接收社区矫正对象96人，期满解除的103人依法予以解除矫正。截至12月底在册社区矫正对象{c}人。",
     "214", "224"),
]


@pytest.mark.parametrize("text,good,bad", EXITS)
def test_outflow_named_after_its_figure(text, good, bad):
    ok = _verdicts(cumulative_vs_new, text.format(c=good))
    assert any(v == "consistent" and "removed" in s for v, s in ok), ok
    assert not _alarms(cumulative_vs_new, text.format(c=good))
    assert any("removed" in s for s in _alarms(cumulative_vs_new, text.format(c=bad)))


# --- cumulative_vs_new: an amount in a name; a small count named alike ----------------------------------------------

SMALL = [
    ("一、基础\n上年末，集体经济年经营性收入超过10万元的村有9个。\n二、成效\n今年新增集体经济年经营性收入超过10万元的村4个。\n"
     "三、小结\n截至年底，全乡集体经济年经营性收入超过10万元的村共{c}个。", "13", "11"),
    ("截至上年底，全镇经营收入50万元以上的合作社有6个。今年新增经营收入50万元以上的合作社3个，带动农户420户。年末全镇经营收入"
     "50万元以上的合作社达到{c}个。", "9", "11"),
    ("上年末，经营面积50亩以上的家庭农场有26个。当年新培育经营面积50亩以上的家庭农场7个。目前经营面积50亩以上的家庭农场共"
     "{c}个。", "33", "36"),
    ("上年末，全区星级评定在四星以上的农家乐有12家。当年新评定四星以上的农家乐4家。截至年底，全区四星以上的农家乐共{c}家。",
     "16", "19"),
    ("截至上年底，全县日供水能力1万吨以上的水厂有5座。今年新建成日供水能力1万吨以上的水厂2座。年末全县日供水能力1万吨以上的"
     "水厂达到{c}座。", "7", "9"),
]


@pytest.mark.parametrize("text,good,bad", SMALL)
def test_small_count_named_alike(text, good, bad):
    rows = _verdicts(cumulative_vs_new, text.format(c=good))
    assert any(v == "consistent" and "previous" in s for v, s in rows), rows
    assert any("previous" in s for s in _alarms(cumulative_vs_new, text.format(c=bad)))
    # the amount inside the name is never the flow or the stock
    assert not any("万元" in s or "50亩" in s for _, s in rows)


def test_small_gap_named_otherwise_stays_quiet():
    # three figures that name their thing in other words: a tenth of the level is all the gap allowed
    text = "上年末，全乡有示范村9个。今年新增美丽乡村4个。截至年底，全乡建成省级文明村共11个。"
    assert _alarms(cumulative_vs_new, text) == []


def test_high_tech_is_no_new():
    # 高新技术企业 names no flow (高新, not 新): the year-end level closes the chain
    text = ("一、创新主体\n截至上年末，全县有效期内国家高新技术企业86家。\n二、平台建设\n新建省级工程技术研究中心3个。当年新认定"
            "国家高新技术企业23家，引进人才52人。\n三、小结\n总体来看，年末全县国家高新技术企业达到{c}家。")
    assert any(v == "consistent" and "previous" in s for v, s in _verdicts(cumulative_vs_new, text.format(c="109")))
    assert any("previous" in s for s in _alarms(cumulative_vs_new, text.format(c="119")))


def test_pick_strips_a_prefix_not_characters():
    # 其中中小学: lstrip("其中、") left 小学; the prefix alone is 其中
    from analysis.rules.cumulative import _LIST_LEAD_WORDS
    assert _LIST_LEAD_WORDS.sub("", "其中中小学") == "中小学"
    assert _LIST_LEAD_WORDS.sub("", "、中心校") == "中心校"


# --- parts_sum: a classification closed by its total, the period or place before the closing word --------------------

CLOSED = [
    ("按纠纷类型分，婚姻家庭纠纷126件，邻里纠纷97件，土地权属纠纷88件，劳资纠纷64件，全年共受理{t}件。", "375", "418"),
    ("从来源看，来信218件、来访146件、网上信访392件，全年共受理信访事项{t}件。", "756", "766"),
    ("按险种分，工伤保险3.1万人，失业保险4.6万人，生育保险2.2万人，全县合计参保{t}万人。", "9.9", "10.9"),
    ("分季度看，一季度完成投资12.4亿元，二季度18.6亿元，三季度15.2亿元，四季度21.3亿元，全年共完成投资{t}亿元。", "67.5", "68.5"),
    ("按行业分，制造业企业86家，建筑业企业34家，批发零售业企业52家，全区共有规上企业{t}家。", "172", "182"),
    ("从案件类型看，民事案件1,126件，刑事案件314件，行政案件58件，年内共审结{t}件。", "1,498", "1,508"),
]


@pytest.mark.parametrize("text,good,bad", CLOSED)
def test_classification_closed_by_its_total(text, good, bad):
    assert [v for v, _ in _verdicts(parts_sum, text.format(t=good))] == ["consistent"]
    assert len(_alarms(parts_sum, text.format(t=bad))) == 1


def test_closing_total_without_a_lead_stays_weak():
    # no classification lead: 共 may count more than the items listed (reported only when it adds up)
    assert _alarms(parts_sum, "诫勉谈话5人，批评教育11人，全年共问责追责18人。") == []
    # a lead that names the main items only (主要是…) leaves 共 weak too
    assert _alarms(parts_sum, "按来源分，主要是来信218件、来访146件，全年共受理信访事项766件。") == []


# --- parts_sum: a list announced after its total by a dash (具体为——) ----------------------------------------------

DASHED = [
    ("全年四项民生重点支出合计5.925亿元，具体为——教育支出：2.36亿元；卫生健康支出：1.18亿元；农林水支出：{x}万元；"
     "社会保障和就业支出：1.42亿元。", "9650", "965"),
    ("共处置信访积案46件，具体是——化解36件，依法终结7件，转入司法程序{x}件。", "3", "5"),
    ("争取上级补助资金1.26亿元，具体为—中央资金0.58亿元、省级资金0.47亿元、市级资金{x}亿元。", "0.21", "0.31"),
    ("共办理行政许可事项2,318件，具体为--企业登记1,462件，食品经营许可628件，药品经营许可{x}件。", "228", "248"),
    ("本年度培训基层干部3,640人次，具体是——村（社区）干部2,150人次，乡镇干部1,080人次，驻村工作队员{x}人次。", "410", "510"),
]


@pytest.mark.parametrize("text,good,bad", DASHED)
def test_list_announced_by_a_dash(text, good, bad):
    assert [v for v, _ in _verdicts(parts_sum, text.format(x=good))] == ["consistent"]
    assert len(_alarms(parts_sum, text.format(x=bad))) == 1


# --- cumulative_vs_new: the year's new above a level named alike, sections apart -------------------------------------

ABOVE = [
    # (text with {c}, a level below the new, a level above it)
    ("一、概况\n年内新增校外实践教学基地58个，重点覆盖智能制造专业群。\n二、就业\n合作企业接收顶岗实习学生2,650人，留用毕业生"
     "612人。\n三、小结\n目前，学院现有校外实践教学基地共计{c}个。", "46", "86"),
    ("今年新建村级综合服务中心34个，配备专职人员68名。\n二、其他工作\n开展文体活动126场。\n三、小结\n截至年底，全镇共有村级"
     "综合服务中心{c}个。", "28", "60"),
    ("全年新增城市公共停车泊位3,200个。\n二、交通管理\n查处违停行为1.2万起。\n三、小结\n年末全市城市公共停车泊位总数{c}个。",
     "2,860", "9,860"),
    ("今年新培育示范家庭农场45家，带动农户1,260户。\n二、农业服务\n开展技术培训38期。\n三、小结\n目前全县示范家庭农场共有"
     "{c}家。", "38", "75"),
    ("今年新增电动汽车充电站26座，配套充电桩312个。\n二、运营服务\n全年充电服务量46万次。\n三、小结\n截至年底，全区电动汽车"
     "充电站现有{c}座。", "21", "60"),
]


# a running total over a plan period that includes the year bounds the year's new, wherever it stands
PLAN_ROADS = "一、年度工作\n全年新建农村公路215公里。\n二、回顾\n“{plan}”期间累计新建改建农村公路{c}公里，完成投资3.2亿元。"
ABOVE.append((PLAN_ROADS.replace("{plan}", "十四五"), "198", "560"))


def test_running_total_of_an_earlier_plan_stays_quiet():
    assert _alarms(cumulative_vs_new, PLAN_ROADS.format(plan="十三五", c="198")) == []


@pytest.mark.parametrize("text,low,high", ABOVE)
def test_new_above_a_level_named_alike(text, low, high):
    assert any(s.startswith("cumulative") for s in _alarms(cumulative_vs_new, text.format(c=low)))
    assert _alarms(cumulative_vs_new, text.format(c=high)) == []


def test_new_above_a_level_of_another_thing_stays_quiet():
    text = ("年内新增校外实践教学基地58个。\n二、就业\n留用毕业生612人。\n三、小结\n目前，学院现有校内生产性实训基地共计46个。")
    assert _alarms(cumulative_vs_new, text) == []


def test_new_above_a_level_with_an_outflow_stays_quiet():
    text = ("今年新培育示范家庭农场45家。\n二、农业服务\n开展技术培训38期。\n三、小结\n经复核，不达标的12家被取消示范资格，目前全县"
            "示范家庭农场共有38家。")
    assert _alarms(cumulative_vs_new, text) == []


# --- parts_sum: a total that sums up, sections on, a list closed by a catch-all naming it ----------------------------

SUMMED = [
    ("一、人才队伍\n乡镇卫生院现有执业（助理）医师214人，注册护士263人，药剂、检验等其他卫生技术人员95人。\n二、能力提升\n选派骨干"
     "进修38人次。\n总体来看，全县乡镇卫生院卫生技术人员合计{t}人，基层服务能力稳步增强。", "572", "590"),
    ("一、学校布局\n全镇有小学6所、初中2所，其他学校1所。\n二、办学条件\n新建塑胶操场3块。\n综上，全镇各类学校共计{t}所。", "9", "10"),
    ("全年出让住宅用地收入12.4亿元，商服用地收入3.6亿元，其他用地收入1.2亿元。土地储备工作有序推进，收储土地2,860亩。"
     "总的看，全年出让用地收入合计{t}亿元。", "17.2", "18.2"),
    ("一、建设情况\n新改建农村公路86公里、城市道路24公里，其他道路9公里。\n二、养护管理\n实施路面修补1.2万平方米。\n三、小结\n"
     "全年新改建道路总计{t}公里。", "119", "129"),
    ("全县有二级医院4家、一级医院11家，村卫生室等其他医疗卫生机构126家。家庭医生签约率达到76.4%。\n全县医疗卫生机构总数"
     "为{t}家。", "141", "151"),
]


@pytest.mark.parametrize("text,good,bad", SUMMED)
def test_total_summing_up_an_earlier_closed_list(text, good, bad):
    assert [v for v, _ in _verdicts(parts_sum, text.format(t=good))] == ["consistent"]
    assert len(_alarms(parts_sum, text.format(t=bad))) == 1


def test_total_summing_up_an_open_list_stays_quiet():
    # no catch-all: the list may name some kinds only
    text = "一、学校布局\n全镇有小学6所、初中2所。\n二、办学条件\n新建塑胶操场3块。\n综上，全镇各类学校共计11所。"
    assert _alarms(parts_sum, text) == []


# --- cumulative_vs_new: the year's amount, then a bare running total opened by its span -----------------------------

BARE = [
    ("当年改造提升农村公路138公里，五年来累计达到{c}公里。", "612", "126"),
    ("全省今年新增省级美丽乡村示范村320个，我县入选11个，累计达到{c}个，入选数量居全市第二。", "46", "9"),
    ("今年培训高素质农民1,260人，本届以来累计{c}人。", "5,830", "1,160"),
    ("全年化解信访积案58件，自2021年以来累计达到{c}件。", "236", "46"),
    ("全年新增家庭医生团队24个，至此累计达到{c}个。", "118", "20"),
]


@pytest.mark.parametrize("text,good,bad", BARE)
def test_year_amount_then_bare_running_total(text, good, bad):
    assert [v for v, _ in _verdicts(cumulative_vs_new, text.format(c=good))] == ["consistent"]
    assert len(_alarms(cumulative_vs_new, text.format(c=bad))) == 1


def test_bare_running_total_of_part_of_the_year_stays_quiet():
    assert _alarms(cumulative_vs_new, "全年新建口袋公园14个，截至6月底累计达到12个。") == []


# --- parts_sum: a whole stated inside 在…中, its list ending where another whole or the year's flow begins -----------

INSIDE = [
    ("在86件代表建议中，主办42件、协办44件；64件政协提案中，主办38件、协办{x}件。", "26", "36"),
    ("在312件来信中，反映征地拆迁的126件、劳动社保的186件；208件来访中，集体访46件、个人访{x}件。", "162", "152"),
    ("年末户籍人口52.6万人中，男性26.9万人，女性{x}万人；全年新增户籍人口0.4万人。", "25.7", "25.9"),
    ("在受理的1,240件案件中，民事案件860件、刑事案件290件、行政案件{x}件；当年新收案件1,180件，审结1,160件。", "90", "110"),
    ("在46名新录用公务员中，本科学历31人、研究生学历15人；8名遴选人员中，男性5人、女性{x}人。", "3", "4"),
]


@pytest.mark.parametrize("text,good,bad", INSIDE)
def test_whole_inside_its_list_ends_at_the_next_whole(text, good, bad):
    assert [v for v, _ in _verdicts(parts_sum, text.format(x=good))] == ["consistent"] * len(
        _verdicts(parts_sum, text.format(x=good)))
    assert _verdicts(parts_sum, text.format(x=good))
    assert len(_alarms(parts_sum, text.format(x=bad))) == 1


@pytest.mark.parametrize("text", [
    "全县有小学6所、初中2所，其他学校1所。\n二、办学条件\n新建塑胶操场3块。\n全市各类学校共计312所。",  # another place
    "上年末全县有小学6所、初中2所，其他学校1所。\n目前全县各类学校共计7所。",  # another time
    "全县有小学6所、初中2所，其他学校1所。今年撤并小学2所。\n目前全县各类学校共计7所。",  # changed since
    "全县有食品企业6家、建材企业2家，其他企业1家。\n二、服务\n走访企业38次。\n全县规上企业总数10家。",  # a narrower whole
])
def test_total_summing_up_another_list_stays_quiet(text):
    assert _alarms(parts_sum, text) == []


# --- cumulative_vs_new: a level paired with the wrong flow gives way to the flow named in its own words ---------------

WRONG_PAIR = [
    # (text with {c}, a level below the year's new, one above it); the level's sentence holds another thing's flow
    ("今年新建村级综合服务中心34个，配备专职人员68名。\n二、其他工作\n开展文体活动126场。\n三、小结\n新建文化广场3个，截至"
     "年底，全镇共有村级综合服务中心{c}个。", "28", "60"),
    ("年内新增校外实践教学基地58个。\n二、基地建设\n新建校内实训基地2个，目前现有校外实践教学基地共计{c}个。", "46", "86"),
    ("全年新增城市公共停车泊位3,200个。\n二、交通\n新建公交站台120个，年末全市城市公共停车泊位总数{c}个。", "2,860", "9,860"),
    ("今年新培育示范家庭农场45家。\n二、服务\n新引进农业企业6家，目前全县示范家庭农场共有{c}家。", "38", "75"),
    ("今年新增电动汽车充电站26座。\n二、运营\n新建换电站4座，截至年底全区电动汽车充电站现有{c}座。", "21", "60"),
]


@pytest.mark.parametrize("text,low,high", WRONG_PAIR)
def test_level_paired_with_the_flow_of_its_own_thing(text, low, high):
    bad = _alarms(cumulative_vs_new, text.format(c=low))
    assert len(bad) == 1 and bad[0].startswith("cumulative")
    ok = _verdicts(cumulative_vs_new, text.format(c=high))
    # the level's pair is the flow named in the same words, not the other thing's flow beside it
    assert all(v == "consistent" for v, _ in ok)
    assert not any(s.endswith(("new 3个", "new 2个", "new 120个", "new 6家", "new 4座")) for _, s in ok)


# --- cumulative_vs_new: a part of the year above the whole year, named in the same words ----------------------------

PART_OF_YEAR = [
    ("全年受理投诉举报2,847件，同比下降7.3%。\n二、执法\n上半年受理投诉举报{x}件。", "1,302", "3,120"),
    ("全年接待游客386万人次。\n二、旅游\n“五一”期间接待游客42万人次，上半年接待游客{x}万人次。", "182", "412"),
    ("全年发放创业担保贷款2.35亿元。1-6月发放创业担保贷款{x}亿元。", "1.26", "2.61"),
    ("全县全年植树造林1.2万亩。\n二、春季造林\n第一季度植树造林{x}万亩。", "0.8", "1.6"),
    ("前三季度办理不动产登记{x}件。\n三、全年情况\n全年办理不动产登记18,640件。", "13,960", "19,460"),
]


@pytest.mark.parametrize("text,below,above", PART_OF_YEAR)
def test_part_of_the_year_above_the_year(text, below, above):
    assert _alarms(cumulative_vs_new, text.format(x=below)) == []
    assert len(_alarms(cumulative_vs_new, text.format(x=above))) == 1


@pytest.mark.parametrize("text", [
    "全年受理投诉举报2,847件。\n二、执法\n上半年办结投诉举报3,120件。",  # another act
    "2024年全年受理投诉举报2,847件。\n二、执法\n今年上半年受理投诉举报3,120件。",  # another year
    "全市全年植树造林1.2万亩。\n二、\n全省第一季度植树造林1.6万亩。",  # another place
])
def test_part_of_the_year_of_another_thing_stays_quiet(text):
    assert _alarms(cumulative_vs_new, text) == []


# --- review mends (round 24): readings the round widened, narrowed back to what they mean ----------------------------

# a classification's closing total that names a count of its own (案件 beside 纠纷, 市场主体 beside 企业) is no sure whole
@pytest.mark.parametrize("text,bad", [
    ("按纠纷类型分，婚姻家庭纠纷126件，邻里纠纷97件，全年共受理各类案件1,280件。", False),
    ("按行业分，制造业企业86家，建筑业企业34家，全年共新增市场主体2,400家。", False),
    ("从来源看，来信218件、来访146件，全省共受理信访事项9,766件。", False),
    ("按纠纷类型分，婚姻家庭纠纷126件，邻里纠纷97件，全年共受理各类纠纷233件。", True),
])
def test_closing_total_of_another_count(text, bad):
    assert bool(_alarms(parts_sum, text)) == bad


# a later 合计 sums up a list only when it names the list's holder (乡镇卫生院…, 村卫生室…) or no holder is said
STAFF = "{who}执业医师214人，注册护士263人，其他卫生技术人员95人。\n二、全县\n{total}人。"


@pytest.mark.parametrize("who,total,bad", [
    ("乡镇卫生院现有", "全县卫生技术人员合计1,572", False),
    ("村卫生室有", "全县卫生技术人员合计1,572", False),
    ("乡镇卫生院现有", "全县乡镇卫生院卫生技术人员合计590", True),
    ("全县有", "全县卫生技术人员合计590", True),
    ("目前乡镇卫生院有", "全县乡镇卫生院卫生技术人员合计590", True),  # (a date before the holder is no holder)
])
def test_later_total_of_a_wider_holder(who, total, bad):
    assert bool(_alarms(parts_sum, STAFF.format(who=who, total=total))) == bad


# 分别 after 其中 with a single figure before it: the values split that figure (城乡, 男女), judged
@pytest.mark.parametrize("text,verdict", [
    ("全县户籍人口52.6万人，其中城乡分别为26.9万人和25.7万人。", "consistent"),
    ("全县户籍人口52.6万人，其中男女分别为26.9万人和24.7万人。", "inconsistent"),
    ("年末常住人口38.4万人（城乡分别为21.6万人和16.8万人）。", "consistent"),
])
def test_respective_values_of_one_figure_split_it(text, verdict):
    assert [v for v, _ in _verdicts(parts_sum, text)] == [verdict]


# the year's new above a level of a kind of its thing (省级示范…, 在建…): no error
@pytest.mark.parametrize("level,bad", [
    ("目前全县省级示范家庭农场共有38家", False),
    ("目前全县在建家庭农场38家", False),
    ("目前全县家庭农场共有38家", True),
])
def test_new_above_a_narrower_level(level, bad):
    text = f"今年新增家庭农场45家。\n二、服务\n开展技术培训38期。\n三、小结\n{level}。"
    assert bool(_alarms(cumulative_vs_new, text)) == bad


# a part of the year above the year: not when the part is last year's (上年同期) or another place's
@pytest.mark.parametrize("text,bad", [
    ("全年接待游客386万人次。\n二、\n上半年接待游客人次为上年同期的412万人次。", False),
    ("全年接待游客386万人次。\n二、\n上半年全省接待游客412万人次。全县旅游收入增长8%，全县新建景区2个。", False),
    ("全年接待游客386万人次。\n二、\n上半年全县接待游客412万人次。全县旅游收入增长8%，全县新建景区2个。", True),
    ("全县全年接待游客386万人次。\n二、\n上半年全县接待游客412万人次。全县旅游收入增长8%。", True),
])
def test_part_of_the_year_of_another_time_or_place(text, bad):
    assert bool(_alarms(cumulative_vs_new, text)) == bad


# a flow by its verb alone that counts a kind of the level's thing (新型职业农民 of 农民, 快充… of 公共充电桩) chains nothing
@pytest.mark.parametrize("flow,bad", [
    ("全年培训新型职业农民1,215人次", False),
    ("全年开展培训新型职业农民1,215人次", False),
    ("全年培训农民1,215人次", True),
])
def test_year_flow_of_a_kind_of_the_level(flow, bad):
    text = f"截至上年末，累计培训农民8,640人次。\n二、\n{flow}。\n三、\n目前累计培训农民10,250人次。"
    assert any("previous" in s for s in _alarms(cumulative_vs_new, text)) == bad


def test_year_flow_of_a_kind_of_charging_piles():
    text = ("截至上年末，全市累计建成公共充电桩3,420个。\n二、\n全年完成快充公共充电桩建设1,180个。\n三、\n截至年底，全市累计建成"
            "公共充电桩4,800个。")
    assert _alarms(cumulative_vs_new, text) == []


# after a part's own list and its ；, the whole's stage or status (办结…, 已办结…, 正在办理…) is no part of the whole
@pytest.mark.parametrize("after,verdicts", [
    ("办结1,800件", []),
    ("已办结1,800件，正在办理60件", []),
    ("来信来访740件", ["consistent"]),
    ("来信来访760件", ["inconsistent"]),
])
def test_status_after_a_parts_list(after, verdicts):
    text = f"全市受理信访事项1,860件，其中网上信访1,120件，主要是征地拆迁类410件、劳动社保类380件；{after}。"
    assert [v for v, s in _verdicts(parts_sum, text) if s.startswith("1,860件")] == verdicts


def test_level_takes_the_nearest_flow_named_alike():
    # two flows of the thing above the level: the row cites the one beside it, not the one sections before
    text = ("一、概况\n今年新增家庭农场81家，带动农户1,260户。\n二、服务\n开展技术培训38期。\n三、小结\n今年新增家庭农场47家，"
            "带动农户560户。目前全县家庭农场共有{c}家。")
    assert _alarms(cumulative_vs_new, text.format(c="37")) == ["cumulative 37家, new 47家"]
    assert _alarms(cumulative_vs_new, text.format(c="137")) == []


# a running total since an act of unknown date (专项行动开展以来, 热线开通以来) may have begun within the year: no bound
@pytest.mark.parametrize("text,bad", [
    ("全年化解信访积案58件，专项行动开展以来累计达到46件。", False),
    ("全年新增家庭医生团队24个，签约服务启动以来累计达到20个。", False),
    ("全年化解信访积案58件，2023年以来累计达到46件。", True),
    ("全年化解信访积案58件，近两年来累计达到46件。", True),
])
def test_running_total_since_an_act(text, bad):
    assert bool(_alarms(cumulative_vs_new, text)) == bad


# the whole's figure again among its parts is a restatement only closing the list or named as the whole; a first part
# equal to the whole beside others is an error still
@pytest.mark.parametrize("text,bad", [
    ("共设置指标八项，其中产出指标五项、效益指标二项、满意度指标一项，八项指标全部完成。", False),
    ("全市地区生产总值642.7亿元，其中第三产业增加值371.5亿元，占地区生产总值642.7亿元的57.8%；第二产业增加值271.2亿元。", False),
    ("全年一般公共预算支出20亿元，其中教育支出20亿元、卫生支出3亿元。", True),
])
def test_whole_restated_among_parts(text, bad):
    assert bool(_alarms(parts_sum, text)) == bad
