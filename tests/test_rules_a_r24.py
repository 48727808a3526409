"""Helper A, round 24: cross_reference — partner choice for a summing-up. A figure in a sentence that sums the year up
(总体来看，/ 综上，/ 回顾一年来的工作，/ 全年来看，/ the closing line, a 总结 section) restates a figure told before it,
named in other words: shortened, reordered, with another verb, or with its noun after the count. Its partner is the
earlier mention of the same unit whose name shares the most words with it, in the same scope (new / running total)
and place; when that metric was told twice with one value (x, x) and the summing-up gives another (y), y conflicts.
Kept quiet: a shorter name (a wider class) with a larger value, a longer name that adds a class of its own, two
earlier metrics that the summary's name fits equally well, and a name sharing no more than one word.
A running total told from a start (“十四五”以来累计…) is the running total a summing-up restates (累计…).
Also: one metric named alike in a narrower scope (新增 within the period's count, 本级/市直/机关 within all) cannot be
larger than in the wider; a rate a summing-up restates in other words agrees with the one earlier rate of its value
named with two of its words; a metric told twice with one value (x, x) is one metric for every pass that looks for
"the one earlier mention". Decoys from correct reports: a later year's plan (2024年计划…，新认定…6家) and a sentence led
by named bodies (实验小学、滨湖中学…新增学位3240个) restate nothing. Sentences invented."""
import re

import pytest

from analysis.rules.crossref import cross_reference

from rules_cases import run


def _rows(text, verdict, year=2024):
    return [r["stated"] for r in run(cross_reference, text, year) if r["verdict"] == verdict]


# ---------------------------------------------------------------- shape 1: a summing-up restates a metric in other words
# (each case: body, then a summing-up with {v}; the value that holds, the value that breaks it, the stated pair broken)
_SUMMED = [
    # shortened (the place's qualifier dropped), the metric told twice before with one value (x, x, y)
    ("过去一年，全县城镇新增就业5230人，城镇登记失业率2.9%。\n一、稳就业\n全年城镇新增就业5230人，开发公益性岗位310个。\n"
     "二、促创业\n发放创业担保贷款1.2亿元，扶持创业640人。\n全年，新增就业{v}人，就业形势保持稳定。",
     "5230", "4960", "5230人; 4960人"),
    # the count before its noun, the noun told twice before (立案254件 / 立案提案254件)
    ("本次会议以来，共收到提案286件，经审查立案254件，其余32件转为来信。\n一、提案办理\n立案提案254件，其中重点提案15件。\n"
     "二、几点体会\n回顾一年来的工作，全部{v}件立案提案均已按时办复。",
     "254", "248", "254件; 248件"),
    # another verb for one act (作出行政处罚决定书 / 办理行政处罚案件), under a heading of 总结
    ("二、主要工作\n（一）执法监管。全年作出行政处罚决定书156件，罚款820万元。\n（二）信访处理。全年受理环境信访投诉412件。\n"
     "三、总结\n全年我局共办理环境行政处罚案件{v}件，处理环境信访投诉412件。",
     "156", "149", "156件; 149件"),
    # the words reordered and a word dropped, the amount restated in another unit
    ("（一）创业扶持\n全年发放创业担保贷款4,180万元，扶持个人创业650人。\n（二）人才服务\n发放人才津贴96万元。\n"
     "总体来看，创业贷款发放{v}亿元，创业带动就业成效明显。",
     "0.418", "0.52", "4,180万元; 0.52亿元"),
    # a closing line led by 全年来看 after the body's figures, the noun before the verb (改造农村危房 / 危房改造)
    ("一、民生保障\n全年改造农村危房46户，为106名高龄老人发放补贴。\n二、基础设施\n全年硬化通组路12公里，维修山塘5座。\n"
     "全年来看，全镇危房改造{v}户，各项民生实事顺利完成。",
     "46", "64", "46户; 64户"),
    # a look back whose count comes before its noun, with another verb (新建 / 共建成)
    ("一、基层组织\n全年新建村级党群服务中心18个，改造提升32个。\n二、结语\n"
     "一年来，共建成{v}个党群服务中心，基层阵地更加巩固。",
     "18", "16", "18个; 16个"),
]


@pytest.mark.parametrize("body,holds,broken,pair", _SUMMED)
def test_summed_up_in_other_words_conflicts(body, holds, broken, pair):
    assert pair in _rows(body.format(v=broken), "inconsistent")


@pytest.mark.parametrize("body,holds,broken,pair", _SUMMED)
def test_summed_up_in_other_words_holds(body, holds, broken, pair):
    text = body.format(v=holds)
    assert _rows(text, "inconsistent") == []
    first = pair.split("; ")[0]
    # the restatement is read, and agrees with the mention it restates
    assert any(r.startswith(first + "; ") for r in _rows(text, "consistent"))


# ---------------------------------------------------------------- shape 1b: x, y, y — the wrong value told twice
# the overview and the summing-up agree with each other; the body's mention, named as well, gives another value: the
# summary is paired with both, and conflicts with the body
_TWICE_WRONG = [
    ("过去一年，全县新增城镇就业6840人，城镇登记失业率2.9%。\n一、稳就业\n全年城镇新增就业7120人，开发公益性岗位310个。\n"
     "二、总结\n总的来看，全年新增就业6840人，就业形势稳定。", "7120人; 6840人"),
    ("一、基本情况\n2024年，全区完成固定资产投资86.4亿元。\n二、项目建设\n全区固定资产投资实际完成84.1亿元，其中工业投资31.2亿元。\n"
     "三、结语\n综上，全区固定资产投资总额86.4亿元，发展后劲增强。", "84.1亿元; 86.4亿元"),
    ("本年度共受理群众投诉2,318件。\n一、办理情况\n全年受理群众投诉2,406件，按时办结率98.2%。\n二、几点体会\n"
     "回顾一年来的工作，受理群众投诉2,318件，无一超期。", "2,406件; 2,318件"),
    ("一、总体情况\n全镇全年完成植树造林3,200亩。\n二、主要工作\n新增植树造林面积三千五百亩，森林抚育1,800亩。\n"
     "全年来看，全镇植树造林3,200亩，生态持续向好。", "三千五百亩; 3,200亩"),
    ("一、概况\n全年共举办培训班46期，培训1.2万人次。\n二、培训工作\n全年举办各类培训班52期，覆盖全部乡镇。\n"
     "三、小结\n全年举办培训班46期，培训1.2万人次。", "52期; 46期"),
]


@pytest.mark.parametrize("text,pair", _TWICE_WRONG)
def test_wrong_value_told_twice_still_conflicts_with_the_third(text, pair):
    assert pair in _rows(text, "inconsistent")


# ---------------------------------------------------------------- shape 1, decoys that stay quiet
_QUIET = [
    # a shorter name (a wider class) with a larger value: may count more than the body's class
    "一、稳就业\n全年城镇新增就业5230人，开发公益性岗位310个。\n二、总结\n总的来看，全年新增就业6120人，就业形势稳定。",
    # a longer name that joins a class of its own (投诉 and 举报): a sum, not a restatement
    "一、受理情况\n全年受理投诉312件，受理举报285件。\n二、总结\n总的来看，全年受理投诉举报597件，办结率100%。",
    # two earlier metrics the summary's name fits equally well, with two values
    "一、民生\n新建城市公园8个，新建口袋公园15个。\n二、总结\n总体来看，全年新建公园23个，群众获得感增强。",
    # one shared word only (整改): another count of the same work
    "一、整改\n截至10月底，已整改到位59个，分阶段整改9个。\n二、总结\n总的看，共整改问题68个，整改工作取得成效。",
    # a part of the year in the body, the whole year in the summary
    "一、就业\n上半年城镇新增就业2610人。\n二、总结\n总的来看，全年城镇新增就业5230人。",
    # the summary's place is another than the body's (城区 / 全县)
    "一、城区\n城区新建停车泊位2,160个。\n二、总结\n总体来看，全县新建停车泊位3,480个。",
    # a flow and the stock (新登记 / 总量)
    "一、市场主体\n全年新登记市场主体4.15万户，办理注销2.40万户。\n五、全年工作小结\n全市市场主体总量达到28.63万户。",
    # the total at the end of the year before, then at the end of this one
    "一、基本情况\n截至上年底，学校累计获授权发明专利1,932件。\n二、结语\n截至年底，学校累计获授权发明专利2,197件。",
    # a class of others listed as a part, then the sum of the parts
    "一、队伍\n卫生院现有执业医师214人，注册护士263人，药剂、检验等其他卫生技术人员95人。\n"
    "综上，全县卫生院卫生技术人员共计572人。",
    # a pointing word: a set told before, not the year's count
    "一、基本情况\n上述37件群众来信已全部回复。\n二、结语\n全年回复群众来信52件，群众反映良好。",
    # the verb's own count is told as well (受理 / 办结), the summary restates that one
    "二、主要工作\n全年受理群众来信来访1,264件，办结1,180件。\n三、总结\n总的看，全年办结群众来信来访1,180件。",
    # two classes joined by 和: their sum
    "一、法律服务\n全年办理公证事项案件1,254件。\n二、总体评价\n总体来看，全年办理公证和调解案件1,245件。",
    # a threshold passed, then the value
    "一、指标\n规上工业总产值412.6亿元。\n总的看，规上工业总产值突破400亿元，达到412.6亿元。",
    # a bound (2100余人) is not the summary's partner, nor the summary's number a value it agrees with
    "一、培训\n为企业输送技术工人2100余人，新增技能人才3380人。\n全年，新增就业6840人，就业形势稳定。",
    # two bodies told in turn under their own headings, the summary restating one of them
    "（一）实验小学\n全校专任教师124人，在校生2,860人。\n（二）城关中学\n全校专任教师98人，在校生1,420人。\n"
    "三、总结\n总体来看，城关中学专任教师98人，师资稳定。",
    # the year's report under a heading that names it (一、2011年工作总结), and another place's figure
    "一、2011年工作总结\n1.全年城镇新增就业4,260人，完成任务的106.5%。全市城镇新增就业3.2万人。",
]


@pytest.mark.parametrize("text", _QUIET)
def test_summary_decoys_stay_quiet(text):
    assert _rows(text, "inconsistent") == []


# ---------------------------------------------------------------- shape 2: a running total from a start
_RUNNING = [
    ("一、城市更新\n今年改造老旧小区31个；“十四五”以来累计改造老旧小区137个。\n二、物业管理\n新增物业服务覆盖小区12个。\n"
     "综上，今年改造31个、累计改造老旧小区{v}个，城市更新取得成效。", "137", "173", "137个; 173个"),
    ("一、乡村建设\n2019年以来，全镇累计建成美丽庭院1,240户，今年新建215户。\n二、总结\n"
     "总之，全镇累计建成美丽庭院{v}户，人居环境明显改善。", "1,240", "1,310", "1,240户; 1,310户"),
    ("一、基本情况\n开展工作以来，累计帮扶困难群众3,652人次，当年帮扶820人次。\n二、结语\n"
     "一年来，累计帮扶困难群众{v}人次，当年帮扶820人次。", "3,652", "3,265", "3,652人次; 3,265人次"),
    ("一、体系建设\n“十三五”以来，累计建成村级综合服务站286个。\n二、总结\n"
     "总体来看，累计建成村级综合服务站{v}个，服务网络基本形成。", "286", "268", "286个; 268个"),
    ("一、基础设施\n自2018年起累计新建农村公路86.5公里。\n二、总结\n"
     "综上，累计新建农村公路{v}公里。", "86.5", "68.5", "86.5公里; 68.5公里"),
]


@pytest.mark.parametrize("body,holds,broken,pair", _RUNNING)
def test_running_total_from_a_start_is_restated(body, holds, broken, pair):
    assert pair in _rows(body.format(v=broken), "inconsistent")
    assert _rows(body.format(v=holds), "inconsistent") == []


def test_running_totals_from_two_starts_stay_quiet():
    # decoy: the summary's running total names its own start, another than the body's
    text = ("一、乡村建设\n2019年以来，全镇累计建成美丽庭院1,240户。\n二、总结\n"
            "总之，2021年以来全镇累计建成美丽庭院860户。")
    assert _rows(text, "inconsistent") == []


def test_new_and_running_total_are_not_partners():
    # decoy: the summary's 累计 is not the body's year's flow (今年改造31个)
    text = ("一、城市更新\n今年改造老旧小区31个。\n二、总结\n综上，累计改造老旧小区137个，城市更新取得成效。")
    assert _rows(text, "inconsistent") == []


# ---------------------------------------------------------------- shape 3: a narrower scope larger than the wider
# one metric named alike (its last words the same), once for the year's new ones or the body's own part (本级, 市直,
# 机关), once plainly: the part may be smaller, never larger (text, the part's value that holds, the one that breaks it,
# the pair stated)
_PART = [
    ("2024年，市审计局共完成审计项目86个，移送问题线索14件。\n一、市本级预算执行审计\n全年共向纪检监察机关和司法机关"
     "移送问题线索{v}件，涉及人员23人。", "11", "16", "14件; 16件"),
    ("一、财政支出\n全县一般公共预算支出完成38.6亿元，增长6.2%（上年为36.35亿元）。\n二、县本级\n"
     "县本级一般公共预算支出完成{v}亿元，主要用于民生。", "21.4", "41.2", "38.6亿元; 41.2亿元"),
    ("一、市场主体\n全市市场主体达到28.63万户，位居全省第四。\n二、准入\n全年新增市场主体{v}万户，其中企业1.26万户。",
     "4.15", "30.1", "28.63万户; 30.1万户"),
    ("全市全年组织开展应急演练186场次，参与群众2.1万人次。\n二、市直单位\n市直单位组织开展应急演练{v}场次。",
     "64", "204", "186场次; 204场次"),
    ("全局在编干部职工九十八人。\n二、机关建设\n局机关在编干部职工{v}人，其中党员86人。",
     "56", "120", "九十八人; 120人"),
]


@pytest.mark.parametrize("text,holds,broken,pair", _PART)
def test_part_larger_than_whole_conflicts(text, holds, broken, pair):
    assert pair in _rows(text.format(v=broken), "inconsistent")
    assert _rows(text.format(v=holds), "inconsistent") == []


_PART_QUIET = [
    # other words before the shared name: another act on the same things
    "全年新增市场主体6,418户，累计达到48,305户。开展联合抽查126次，抽查市场主体1,340户。",
    # a class of others, a part of the whole
    "全年粮食作物播种面积42.36千公顷，增长1.8%。其中稻谷31.20千公顷，其他粮食作物播种面积4.32千公顷。",
    # a value per head
    "全年全县地区生产总值156.32亿元，增长7.6%。人均地区生产总值41,256元。",
    # a breakdown by sections: three values
    "全县一般公共预算支出完成38.6亿元。\n二、分级\n县本级一般公共预算支出完成21.4亿元，乡镇一般公共预算支出完成17.2亿元，"
    "开发区一般公共预算支出完成9.3亿元。",
]


@pytest.mark.parametrize("text", _PART_QUIET)
def test_part_decoys_stay_quiet(text):
    assert _rows(text, "inconsistent") == []


# ---------------------------------------------------------------- a later year's plan; bodies leading a sentence
_LATER_PLAN = [
    # (a summing-up's section, the plan word in a clause before the figure's: only the later year makes it a plan)
    ("一、成效\n全年新认定高新技术企业7家，新增研发平台4个。\n四、结语\n自评得分92分。2024年计划支持企业研发项目35项，"
     "新认定高新技术企业{v}家。", "9", "7家; 9家"),
    ("一、就业\n全年城镇新增就业5,230人。\n二、结语\n就业形势稳定。2024年我县将加大就业扶持，城镇新增就业{v}人。",
     "5,320", "5,230人; 5,320人"),
    ("一、民生\n全年改造农村危房46户。\n三、总结\n各项任务全面完成。2024年，全县要巩固住房安全，改造农村危房{v}户。",
     "64", "46户; 64户"),
]


@pytest.mark.parametrize("text,v,pair", _LATER_PLAN)
def test_a_later_years_plan_is_no_restatement(text, v, pair):
    # (values within a factor of two: two far apart are two things, whatever the period — round 31)
    assert _rows(text.format(v=v), "inconsistent", year=2023) == []
    # broken twin: the same sentence dated to the report's own year is a restatement, and conflicts
    twin = text.format(v=v).replace("2024年", "2023年")
    twin = re.sub(r"(计划|将|要)", "", twin)
    assert pair in _rows(twin, "inconsistent", year=2023)


_BODIES = [
    "全年新建、改扩建学校12所，新增学位8640个。实验小学、滨湖中学于9月1日如期投入使用，新增学位3240个。",
    "全县新增养老床位1,260张。县社会福利院和城南敬老院完成改扩建，新增养老床位420张。",
    # (companies, not places: only the lead of bodies keeps this quiet — 高新区、经开区 were kept apart as places)
    "全年新建5G基站2,460个。移动公司、联通公司和铁塔公司于年底前完成建设，新建5G基站1,120个。",
]


@pytest.mark.parametrize("text", _BODIES)
def test_bodies_leading_a_sentence_count_their_own(text):
    assert _rows(text, "inconsistent") == []


def test_a_later_years_plan_after_a_table_row_and_a_count_before_its_noun():
    # decoy: the plan for the next year, in a sentence after the self-evaluation's score, restates nothing of the table
    # row or the count told before its noun
    text = ("一、绩效指标完成情况\n指标名称 年度目标 实际完成\n新认定高新技术企业 5家 7家\n支持企业研发项目 30项 34项\n"
            "二、成效\n新认定的7家高新技术企业中，制造业企业5家。\n三、自评结论\n自评得分92分。2024年计划支持企业研发项目35项，"
            "新认定高新技术企业6家。")
    assert _rows(text, "inconsistent", year=2023) == []


# ---------------------------------------------------------------- shape 4: a rate a summing-up restates, named otherwise
# (read for its agreement: the summary's rate and the one earlier rate of the same value whose name shares two words)
_RATES = [
    ("一、基本情况\n学校2025届本科毕业生毕业去向落实率为92.4%，全校毕业生（含研究生）毕业去向落实率为90.8%。\n"
     "四、结语\n一年来，学校本科毕业生去向落实率保持在{v}%，就业工作总体稳定。", "92.4", "92.4%; 92.4%"),
    ("（一）一般公共预算。全县一般公共预算收入15.82亿元，为调整预算15.20亿元的104.1%。\n"
     "总体来看，全县财政运行平稳，一般公共预算收入完成调整预算的{v}%，债务风险可控。", "104.1", "104.1%; 104.1%"),
    ("一、办理情况\n全年共受理群众诉求3,260件，诉求按期办结的比例达到98.6%，回访满意率为95.2%。\n"
     "三、总结\n全年诉求按期办结率{v}%，群众获得感持续增强。", "98.6", "98.6%; 98.6%"),
    ("一、供水\n全县农村自来水普及率提高到88.6%，规模化供水工程覆盖率为62.0%。\n"
     "全年来看，全县农村自来水普及程度达{v}%，群众饮水更加安全。", "88.6", "88.6%; 88.6%"),
    ("二、医疗保障\n城乡居民基本医疗保险参保率稳定在96.8%，家庭医生签约服务覆盖率为72.4%。\n"
     "综上，城乡居民医保参保率{v}%，保障水平进一步提高。", "96.8", "96.8%; 96.8%"),
]


@pytest.mark.parametrize("text,holds,pair", _RATES)
def test_rate_summed_up_in_other_words_agrees(text, holds, pair):
    assert pair in _rows(text.format(v=holds), "consistent")
    # broken twin: another value is not read as agreeing with any earlier rate
    assert not any(r.endswith("; 88.8%") for r in _rows(text.format(v="88.8"), "consistent"))


# ---------------------------------------------------------------- shape 5: x, x, y — the earlier mentions told twice
# a metric told twice before with one value is one metric: the summing-up that names it shorter with one digit written
# otherwise conflicts with it (before, two earlier mentions left the summary's partner "not certain")
_TOLD_TWICE = [
    ("一、就业\n全年城镇新增就业8,360人，完成目标任务的104.5%。\n二、创业\n带动城镇新增就业8,360人。\n"
     "四、结语\n总之，全年新增就业{v}人，就业形势稳定。", "8,360", "8,630", "8,360人; 8,630人"),
    ("一、民生\n全年完成农村危房改造412户，惠及群众1,260人。\n二、住房保障\n实施农村危房改造412户。\n"
     "三、总结\n总的来看，全年危房改造{v}户。", "412", "418", "412户; 418户"),
    ("一、交通\n全市新建城市道路46.8公里，改造背街小巷32条。\n二、城建\n新建城市道路46.8公里，全部通车。\n"
     "四、结语\n综上，全年新建道路{v}公里。", "46.8", "47.8", "46.8公里; 47.8公里"),
    ("一、仲裁\n全年受理劳动人事争议案件326件，结案311件。\n二、调解\n受理劳动人事争议案件326件，调解成功率65%。\n"
     "三、小结\n总体来看，全年受理争议案件{v}件。", "326", "329", "326件; 329件"),
    ("一、救助\n全年发放城乡低保金3,260万元，保障困难群众1.2万人。\n二、兜底\n足额发放城乡低保金3,260万元。\n"
     "三、总结\n总之，全年发放低保金{v}万元。", "3,260", "3,280", "3,260万元; 3,280万元"),
]


@pytest.mark.parametrize("text,holds,broken,pair", _TOLD_TWICE)
def test_metric_told_twice_then_summed_up_otherwise(text, holds, broken, pair):
    assert pair in _rows(text.format(v=broken), "inconsistent", year=2023)
    assert _rows(text.format(v=holds), "inconsistent", year=2023) == []


# ---------------------------------------------------------------- shape 6: a count naming a set told before
# 全部/所有 N X, or the N X a clause describes (暂时无法解决的6件建议), names the set counted earlier — in a plan too: read
# for its agreement (a consistent row; another value gives no row)
_SETS = [
    ("全村辖6个村民小组，户籍人口1,284人。\n三、明年打算\n2024年，力争完成全部{v}个村民小组的人居环境整治提升。", "6"),
    ("全镇共有行政村14个，其中脱贫村5个。\n下一步，将推动所有{v}个行政村实现集体经济收入10万元以上。", "14"),
    ("一、建议办理\n已解决或基本解决的24件；因条件限制暂时无法解决的7件。\n二、明年打算\n2024年将把暂时无法解决的{v}件建议"
     "列入年度计划，逐件跟踪。", "7"),
    ("一、学校建设\n全县现有中小学校58所，其中寄宿制学校21所。\n三、下一步打算\n力争三年内完成全部{v}所寄宿制学校的"
     "宿舍改造。", "21"),
    ("一、林长制\n全县设立各级林长1,126名，其中村级林长905名。\n四、工作计划\n明年将组织所有{v}名村级林长开展巡林"
     "履职培训。", "905"),
]


@pytest.mark.parametrize("text,value", _SETS)
def test_count_naming_a_set_told_before(text, value):
    # the count that names the set agrees with the count told before (a consistent row pairs the two)
    assert any(r.split("; ")[1].startswith(value) and r.split("; ")[0].startswith(value)
               for r in _rows(text.format(v=value), "consistent"))
    # broken twin: another value is not read as agreeing
    assert not any(r.split("; ")[1].startswith("9") for r in _rows(text.format(v="9"), "consistent"))


# ---------------------------------------------------------------- review of round 24: two acts or two classes read apart
# names that put other words before what they share (改造提升 / 新建村级 党群服务中心, 高校毕业生 / 城镇 新增就业) name two
# acts or two classes, not one metric told twice; verbs of one act (作出 / 办理, 建成 / 新建) are read alike
_OTHER_ACTS = [
    # the reviewer's sentences
    "一、基层组织\n全年新建村级党群服务中心18个，培训党员320人次。\n二、阵地建设\n全年维修村部道路8公里。\n"
    "三、总结\n改造提升党群服务中心12个，基层阵地更加巩固。",
    "一、就业\n全年城镇新增就业5230人，开发公益性岗位310个。\n二、创业\n扶持创业640人。\n"
    "总的来看，全年高校毕业生新增就业1200人。",
    # paraphrases: another act on the same roads, another class of the same help
    "一、交通\n全年新建农村公路86公里，维修桥梁4座。\n二、总结\n总体来看，全年改造农村公路32公里，出行条件改善。",
    "一、救助\n全年临时救助困难群众1,460人次。\n三、结语\n综上，全年医疗救助困难群众820人次，兜底保障有力。",
]


@pytest.mark.parametrize("text", _OTHER_ACTS)
def test_two_acts_or_classes_summed_up_stay_quiet(text):
    assert _rows(text, "inconsistent") == []


_ONE_ACT_TWINS = [
    # broken twins: the same words before what they share, or a verb of one act (作出 / 办理)
    ("一、基层组织\n全年改造提升党群服务中心18个，培训党员320人次。\n二、阵地建设\n全年维修村部道路8公里。\n"
     "三、总结\n改造提升党群服务中心12个，基层阵地更加巩固。", "18个; 12个"),
    ("一、就业\n全年高校毕业生新增就业1,350人，开发公益性岗位310个。\n二、创业\n扶持创业640人。\n"
     "总的来看，全年高校毕业生新增就业1200人。", "1,350人; 1200人"),
    ("一、执法\n全年作出行政处罚决定128件，罚款310万元。\n二、总结\n总的来看，全年办理行政处罚决定112件。",
     "128件; 112件"),
]


@pytest.mark.parametrize("text,pair", _ONE_ACT_TWINS)
def test_one_act_summed_up_otherwise_still_conflicts(text, pair):
    assert pair in _rows(text, "inconsistent")


# ---------------------------------------------------------------- review of round 24: a heading of 总结 over the body
# a section of 总结 or 结语 sums up only what top sections before it told: 一、工作总结 over the whole body (the report's
# own name) makes none of its figures a summing-up
_BODY_UNDER_SUMMARY = [
    # the reviewer's reading: the whole body under 一、工作总结
    "一、工作总结\n全年城镇新增就业5230人。\n（二）创业\n扶持创业640人，新增就业4960人。",
    # paraphrase: 一、年度工作小结 over sub-sections, then the plans
    "一、年度工作小结\n（一）基层组织\n全年新建村级党群服务中心18个。\n（二）阵地\n共建成党群服务中心16个。\n"
    "二、下一步打算\n继续。",
]


@pytest.mark.parametrize("text", _BODY_UNDER_SUMMARY)
def test_a_summary_heading_over_the_body_sums_nothing_up(text):
    assert _rows(text, "inconsistent") == []


def test_a_summary_heading_after_the_body_still_sums_up():
    # broken twin: the same 总结 section after a top section with figures restates them, and conflicts
    text = ("一、基层组织\n全年新建村级党群服务中心18个。\n二、阵地建设\n全年维修道路8公里。\n三、工作总结\n"
            "共建成党群服务中心16个。")
    assert "18个; 16个" in _rows(text, "inconsistent")


# ---------------------------------------------------------------- review of round 24: one value told by two subjects
# mentions with one value are one metric told twice only when no subject, body or place tells them apart, and never
# when the later figure is their sum
_TIED_SUBJECTS = [
    # the reviewer's sentence: two schools with one value, then their sum
    "（一）实验小学\n全校专任教师98人，在校生2,860人。\n（二）城关中学\n全校专任教师98人，在校生1,420人。\n"
    "三、总结\n总体来看，两校专任教师196人，师资稳定。",
    # paraphrase: two parts of the county with one value, then the whole county (not their sum)
    "（一）实验小学\n有专任教师98人，在校生2,860人。\n（二）城关中学\n有专任教师98人，在校生1,420人。\n三、总结\n"
    "总体来看，两校专任教师186人，师资稳定。",
]


@pytest.mark.parametrize("text", _TIED_SUBJECTS)
def test_one_value_of_two_subjects_is_no_metric_told_twice(text):
    assert _rows(text, "inconsistent") == []


def test_one_value_told_twice_of_one_subject_still_conflicts():
    # broken twin: one subject told twice with one value, the summary another
    text = ("一、师资\n全县专任教师1,240人。\n二、队伍建设\n全县专任教师1,240人，其中高级教师310人。\n三、总结\n"
            "总体来看，全县专任教师1,420人。")
    assert "1,240人; 1,420人" in _rows(text, "inconsistent")


# ---------------------------------------------------------------- review of round 24: a later year planned, in any words
# a year after the report's, then a plan word within a few words (the planner, the place, a comma between)
_LATER_PLAN_WORDS = [
    # the reviewer's sentence (我们 between the year and 将)
    "一、成效\n全年新认定高新技术企业7家，新增研发平台4个。\n二、结语\n各项工作顺利完成。2024年我们将新认定高新技术企业60家。",
    # paraphrase: the planner and 要 between (2024年我们要实现…)
    "一、民生\n全年城镇新增就业5,230人。\n二、结语\n就业形势稳定。2024年我们要实现城镇新增就业6,000人。",
]


@pytest.mark.parametrize("text", _LATER_PLAN_WORDS)
def test_a_later_year_planned_in_other_words_restates_nothing(text):
    assert _rows(text, "inconsistent", year=2023) == []


def test_the_reports_own_year_told_otherwise_still_conflicts():
    # broken twin: the report's own year, no plan word: a restatement, and it conflicts
    text = ("一、成效\n全年新认定高新技术企业7家，新增研发平台4个。\n二、结语\n各项工作顺利完成。"
            "2023年我们新认定高新技术企业9家。")
    assert "7家; 9家" in _rows(text, "inconsistent", year=2023)


# ---------------------------------------------------------------- review of round 24: what a list of bodies is
# a lead of named bodies ends each name with a body or place (中心 as a word, 街道, 区) and stops at the first verb; a
# lead of the whole (全县…, 各…) names no bodies, so its figures are the report's and may conflict
_NOT_BODIES = [
    # the reviewer's shape: 全县初中和高中新增学 read as bodies silenced a conflict
    ("一、教育\n全县初中和高中新增学位8640个，新建校舍12栋。\n二、总结\n总体来看，全县初中和高中新增学位9640个。",
     "8640个; 9640个"),
    # paraphrase: two classes of schools (中 ends 高中, not 中心), the verb run into the name
    ("一、教育\n全市普通高中和职业高中新增学位5,200个，新建校舍12栋。\n二、总结\n"
     "总体来看，全市普通高中和职业高中新增学位5,800个。", "5,200个; 5,800个"),
]


@pytest.mark.parametrize("text,pair", _NOT_BODIES)
def test_a_lead_of_the_whole_is_no_list_of_bodies(text, pair):
    assert pair in _rows(text, "inconsistent")


# ---------------------------------------------------------------- review of round 24: 等 closing a list, not in a word
# a class of others is named by 其他, 其余, or 等 closing a list (药剂、检验等); 等 inside a word (按等级, 中等) is none
_DENG_IN_A_WORD = [
    # the reviewer's sentence
    ("一、民生保障\n全年按等级改造农村危房46户，为106名高龄老人发放补贴。\n二、基础设施\n全年硬化通组路12公里。\n"
     "全年来看，全镇危房改造64户，各项民生实事顺利完成。", "46户; 64户"),
    # paraphrase: 中等 in the name of the class
    ("一、培训\n全年举办中等职业技能培训班52期，培训3,200人次。\n二、总结\n总体来看，全年举办职业技能培训班46期。",
     "52期; 46期"),
]


@pytest.mark.parametrize("text,pair", _DENG_IN_A_WORD)
def test_deng_inside_a_word_names_no_class_of_others(text, pair):
    assert pair in _rows(text, "inconsistent")


def test_deng_closing_a_list_is_a_part():
    # decoy: 等 closing a list names a part of the sum that follows
    text = ("一、队伍\n卫生院现有执业医师214人，注册护士263人，药剂、检验等卫生技术人员95人。\n"
            "综上，全县卫生院卫生技术人员572人。")
    assert _rows(text, "inconsistent") == []


# ---------------------------------------------------------------- review of round 24: 起 of a start, not of a verb
# a running total's start ends with 以来, or 起 after a date (自2018年起); 提起, 发起 are verbs and stay in the name
_QI_A_VERB = [
    # the reviewer's sentence: 提起 read as a start dropped the verb, and the name met another act's (办理)
    "一、检察\n全年提起公益诉讼累计15件，办理民事案件42件。\n二、总结\n总体来看，累计办理公益诉讼18件。",
    # paraphrase: 发起
    "一、检察\n全院发起司法救助累计86人次。\n二、总结\n总之，累计办理司法救助98人次。",
]


@pytest.mark.parametrize("text", _QI_A_VERB)
def test_qi_of_a_verb_is_no_start(text):
    assert _rows(text, "inconsistent") == []


def test_qi_after_a_date_is_a_start():
    # broken twin: 2023年起 is the start of the running total, the summary restates it with another value
    text = ("一、检察\n2023年起提起公益诉讼累计15件，办理民事案件42件。\n二、总结\n总体来看，累计提起公益诉讼18件。")
    assert "15件; 18件" in _rows(text, "inconsistent")


# ---------------------------------------------------------------- review of round 24: small values are values
# a summing-up's partner conflicts whatever the size of its value (the cut at 10 in base units read 8.6公里 and 3.4吨
# as too small, a rate as always too small, and 0.5亿元 as large): read on _summary_partners itself, since other
# passes also judge these pairs
def _partner_rows(text, verdict, year=2024):
    from analysis.rules.common import figs_of
    from analysis.rules.crossref import _summary_partners

    def rule(doc, figures):
        return _summary_partners(doc, doc.folded, figs_of(doc, figures))
    return [r["stated"] for r in run(rule, text, year) if r["verdict"] == verdict]


_SMALL = [
    # the reviewer's point: under 10 in the base unit, a length and a weight (text, the value that holds, the one that
    # breaks it, the pair stated)
    ("一、城建\n全年新建城镇污水管网8.6公里，改造雨污分流管网12公里。\n二、总结\n总体来看，城镇污水管网新建{v}公里，城市功能提升。",
     "8.6", "5.2", "8.6公里; 5.2公里"),
    ("一、环保\n全年削减化学需氧量排放3.4吨，完成年度目标。\n二、总结\n总体来看，化学需氧量排放量削减{v}吨。",
     "3.4", "5.1", "3.4吨; 5.1吨"),
]


@pytest.mark.parametrize("text,holds,broken,pair", _SMALL)
def test_a_small_value_summed_up_otherwise_conflicts(text, holds, broken, pair):
    assert pair in _partner_rows(text.format(v=broken), "inconsistent")
    assert _partner_rows(text.format(v=holds), "inconsistent") == []


# ---------------------------------------------------------------- the guards of _summary_partners, one by one
# (read on _summary_partners itself: each case is quiet there only by the guard its test names)
_SUBJECT_NAMED = [
    # the summary's extra words (玉米) name the sub-heading of the mention it agrees with, not the other's (小麦)
    "一、种植\n（一）小麦\n全年推广良种面积0.6万亩。\n（二）玉米\n全年推广良种面积0.8万亩。\n三、总结\n"
    "总体来看，玉米推广良种面积0.8万亩。",
    "（一）城市管网\n全年新建供水管网26公里。\n（二）农村管网\n全年新建供水管网32公里。\n三、总结\n"
    "总体来看，农村管网新建供水管网32公里。",
]


@pytest.mark.parametrize("text", _SUBJECT_NAMED)
def test_a_summary_naming_its_subject_restates_that_mention_only(text):
    assert _partner_rows(text, "inconsistent") == []
    assert _partner_rows(text, "consistent")


_WORDS_APART = [
    # two words shared, not in a run of three, and a character of the shorter name not in the longer: another act
    "一、民生\n全年改造农村危房46户，新建公厕12座。\n二、总结\n总体来看，全年危房加固改造64户。",
    "一、交通\n全年硬化农村道路36公里，维修桥梁4座。\n二、总结\n总体来看，全年道路拓宽硬化52公里。",
]


@pytest.mark.parametrize("text", _WORDS_APART)
def test_two_shared_words_out_of_order_with_a_word_more_stay_quiet(text):
    assert _partner_rows(text, "inconsistent") == []
