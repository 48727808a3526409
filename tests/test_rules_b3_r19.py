"""Round 19, helper B (third pass): a generality probe of parts_sum and cumulative_vs_new over passages in the shapes real
reports use (财政决算, 统计公报, 办理情况, 绩效自评, 乡镇总结, 医院/学校 summaries), each with a passing case, its broken twin
(the planted slip) and a decoy. New shapes: a 共计 closing that repeats the parts' verb (共计招收新生…), a last item that
takes the rest (剩余为…) closing a list short of its total, four quarters after a comma that cover the year, ranked classes
in order (一类…二类…三类…), a kind and its 非-kind (税收收入/非税收入), a shortened name of the same stock (规上企业), last
year-end's cumulative in a bracket after the year's flow or opening the next sentence, a bracketed previous level naming
its act (上年末累计建成…), a list announced by 如下： after its total, a counted closing with the items' verb (三个乡镇共计完成植树…), a
running total named by the flow's words without their count tail (新增城镇就业人员 … 累计实现城镇新增就业), a roll that
loses members by 毕业离校/退学 and a flow of 本学年. Sentences invented."""
import pytest

from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.sums import parts_sum
from rules_cases import run

ALARMS = ("inconsistent", "missing")


def _v(rule, text, year):
    return [r["verdict"] for r in run(rule, text, year)]


def _ok(rule, text, year):
    v = _v(rule, text, year)
    return "consistent" in v and not any(x in ALARMS for x in v)


def _bad(rule, text, year):
    return "inconsistent" in _v(rule, text, year)


def _quiet(rule, text, year):
    return not any(x in ALARMS for x in _v(rule, text, year))


# --- the probe: (rule, passage with {t}, year, right value, slipped value) -----------------------------------------

PROBE = [
    (parts_sum, "2019年全县一般公共预算支出完成{t}万元，其中：教育支出6,820万元，社会保障和就业支出4,150万元，"
                "其余支出2,230万元。", 2019, "13,200", "13,020"),
    (parts_sum, "全年共受理群众来信来访{t}件次，其中来信86件次、来访154件次、网上信访72件次。", 2021, "312", "322"),
    (parts_sum, "今年承办人大代表建议和政协提案共{t}件，分别为人大代表建议38件、政协提案47件，均已按期办结。", 2020, "85", "95"),
    (parts_sum, "本年度医院门急诊总量{t}万人次，按科室分，内科9.6万人次，外科5.2万人次，儿科3.7万人次，其他科室6.5万人次。",
     2022, "25.0", "24.0"),
    (parts_sum, "全镇完成土地流转{t}亩，其中东村1,240亩、西村860亩、南村1,500亩。", 2019, "3,600", "3,800"),
    (parts_sum, "中央补助资金1.2亿元，省级配套资金3,600万元，县级自筹资金2,400万元，合计{t}亿元。", 2020, "1.8", "1.6"),
    (parts_sum, "全院在职职工{t}人，其中卫生技术人员428人，管理人员36人，工勤技能人员57人。", 2020, "521", "512"),
    (parts_sum, "本年度固定资产原值{t}万元，按资产类别分，房屋及构筑物2,460万元，专用设备1,380万元，通用设备520万元，"
                "家具用具90万元。", 2022, "4,450", "4,540"),
    (parts_sum, "教师培训支出85万元，学生资助支出210万元，校舍维修支出145万元，以上三项合计{t}万元。", 2021, "440", "404"),
    (parts_sum, "收到群众评议意见{t}条，按内容分：涉及作风问题112条，涉及效率问题86条，涉及政策咨询54条。", 2019, "252", "262"),
    (parts_sum, "项目总投资{t}亿元，分别为一期工程1.8亿元、二期工程1.2亿元、配套工程4,500万元。", 2020, "3.45", "3.25"),
    (parts_sum, "2021年度部门决算收入合计{t}万元，其中财政拨款收入3,640.52万元，事业收入286.30万元，其他收入41.18万元。",
     2021, "3,968.00", "3,986.00"),
    (parts_sum, "全县共有规模以上工业企业{t}家，分别为：食品加工企业18家、建材企业12家、其余为机械制造企业9家。", 2020, "39", "41"),
    (parts_sum, "2022年预算安排“三公”经费{t}万元，其中因公出国（境）费0万元，公务用车购置及运行费28.6万元，"
                "公务接待费9.4万元。", 2022, "38.0", "36.0"),
    (parts_sum, "全年办结群众诉求{t}件，其中城建类326件、民生类418件、环保类97件、其他类59件。", 2022, "900", "960"),
    (parts_sum, "全市财政总收入{t}亿元，其中：一般公共预算收入42.6亿元（税收收入31.8亿元、非税收入10.8亿元），"
                "政府性基金收入18.9亿元。", 2021, "61.5", "63.5"),
    (parts_sum, "全年完成造林{t}亩。其中人工造林3,200亩，封山育林2,800亩，退化林修复1,000亩。", 2018, "7,000", "7,200"),
    (cumulative_vs_new, "上年末全县登记市场主体12,460户，本年新增市场主体2,310户，注销860户，年末实有市场主体{t}户。",
     2021, "13,910", "14,770"),
    (cumulative_vs_new, "年初全县有低保对象4,820人，全年新纳入630人，退出保障410人，年末低保对象{t}人。", 2020, "5,040", "5,860"),
    (cumulative_vs_new, "截至2020年底全县累计认定家庭农场486家。2021年新认定家庭农场95家，累计达到{t}家。", 2021, "581", "591"),
    (cumulative_vs_new, "年初全县共有农民专业合作社1,126家，本年增加148家，本年减少37家，年末{t}家。", 2021, "1,237", "1,311"),
    (cumulative_vs_new, "全县累计培育省级以上龙头企业{t}家，今年新增6家，上年末为32家。", 2021, "38", "36"),
    (cumulative_vs_new, "截至年底，全县累计建成农村幸福院{t}所，其中当年新建24所，上年末累计建成118所。", 2021, "142", "124"),
    (cumulative_vs_new, "截至年底，累计发放贷款{t}亿元，当年新增发放2.4亿元，上年末累计发放8.6亿元。", 2022, "11.0", "10.4"),
]


@pytest.mark.parametrize("rule,text,year,right,slip", PROBE)
def test_probe_passage_and_its_twin(rule, text, year, right, slip):
    assert _ok(rule, text.format(t=right), year)
    assert _bad(rule, text.format(t=slip), year)


@pytest.mark.parametrize("text,year", [
    ("全年受理各类诉求3,200件，其中涉及物业纠纷860件、噪音扰民540件等。", 2021),  # 等: a partial list
    ("全年共接待来访群众1,260人次，其中集体访42批次，涉及低保、征地等问题。", 2021),
    ("全县建成农村公路326公里，其中2020年建成118公里，2021年建成96公里。", 2021),  # items of some years only
    ("今年招聘教师150名，其中研究生学历23名，具有高级职称11名。", 2022),  # two cuts, overlapping
    ("全年办理行政许可事项4,820件，其中即办件3,100件。", 2020),  # one part only
    ("全年共召开各类会议46次，其中党组会12次、办公会18次，另有专题会若干次。", 2020),  # a rest not counted
    ("全县有中小学68所，其中乡镇中心校21所，初中14所，高中3所。", 2020),
    ("全年执行项目资金2,460万元，其中2019年结转资金360万元。", 2020),
    ("全年发放贷款8.6亿元，其中一季度发放2.1亿元，二季度发放2.4亿元。", 2021),
    ("今年全镇新增就业岗位1,200个，其中：东村新增220个，西村新增180个，南村新增300个等。", 2021),
])
def test_probe_decoys_of_parts(text, year):
    assert _quiet(parts_sum, text, year)


def test_probe_decoys_of_stocks():
    # a stock of people loses members: 年初 + 纳入 is no bound on the year-end figure without 累计
    assert _quiet(cumulative_vs_new, "我院签约家庭医生服务对象上年末为3.2万人，今年新增签约0.6万人，年末签约人数达到3.6万人。", 2021)
    assert _quiet(cumulative_vs_new, "全县在册流动党员上年末为412人，今年新增流入58人，年末在册流动党员386人。", 2021)
    assert _quiet(cumulative_vs_new, "截至目前已累计建成村级光伏电站26座，2019年新建8座，2020年新建11座。", 2021)
    assert _quiet(cumulative_vs_new, "年初全县有特困供养人员920人，全年新增112人，年末特困供养人员976人。", 2021)
    assert _quiet(cumulative_vs_new, "全县累计建成美丽乡村示范村58个，其中2021年新建12个、2022年新建15个。", 2022)
    assert _quiet(cumulative_vs_new, "年初全县有贫困户1,860户，全年脱贫1,240户，剩余620户将于明年全部脱贫。", 2019)
    assert _quiet(cumulative_vs_new, "上年末全镇有规模以上企业36家，今年新增4家，因经营调整退出2家，目前规上企业共38家。", 2021)
    # new above the cumulative is the error itself
    assert _bad(cumulative_vs_new, "全市累计建成充电桩1,200个，全年新增充电桩1,350个，其中公共充电桩800个。", 2022)


# --- 共计 + the parts' verb closes the list ------------------------------------------------------------------------

ENROL = "城区学校招收新生1,380人，乡镇学校招收新生2,270人，共计招收新生{t}人。"


def test_closing_with_the_parts_verb():
    assert _ok(parts_sum, ENROL.format(t="3,650"), 2021)
    assert _bad(parts_sum, ENROL.format(t="3,560"), 2021)
    # decoy: the closing counts one part only
    assert _quiet(parts_sum, "城区学校招收新生1,380人，共计招收新生3,560人。", 2021)


# --- a last item that takes the rest -----------------------------------------------------------------------------

REST = "全年培训各类人员{t}人次，其中农民工培训2,600人次，退役军人培训340人次，剩余为其他人员培训1,060人次。"


def test_rest_item_closes_a_short_list():
    assert _ok(parts_sum, REST.format(t="4,000"), 2021)
    assert _bad(parts_sum, REST.format(t="4,600"), 2021)
    # decoy: the same list without an item that takes the rest is a selection
    assert _quiet(parts_sum, REST.replace("剩余为其他人员", "妇女").format(t="4,600"), 2021)


# --- quarters after a comma -----------------------------------------------------------------------------------------

QUARTERS = "全年累计发放创业担保贷款{t}万元，一季度发放620万元，二季度发放910万元，三季度发放780万元，四季度发放540万元。"


def test_four_quarters_cover_the_year():
    assert _ok(parts_sum, QUARTERS.format(t="2,850"), 2021)
    assert _bad(parts_sum, QUARTERS.format(t="2,580"), 2021)


def test_quarters_that_do_not_cover_the_whole():
    # decoys: two quarters of the year, and quarters after a total of part of the year
    assert _v(parts_sum, "全年累计发放创业担保贷款2,580万元，一季度发放620万元，二季度发放910万元。", 2021) == []
    assert _quiet(parts_sum, "前三季度发放贷款2,580万元，一季度发放620万元，二季度发放910万元，三季度发放780万元。", 2021)


# --- ranked classes in order ------------------------------------------------------------------------------------------

RANKED = "全年发生道路交通事故{t}起，一类事故3起，二类事故17起，三类事故42起。"


def test_ranked_classes_split_their_whole():
    assert _ok(parts_sum, RANKED.format(t="62"), 2018)
    assert _bad(parts_sum, RANKED.format(t="52"), 2018)
    assert _ok(parts_sum, "全市共有养老机构46家，一级机构12家、二级机构20家、三级机构14家。", 2020)


def test_ranks_not_from_the_first_or_short_of_the_whole():
    # decoys: a fourth class may be left out (short of the whole), ranks from the second
    assert _quiet(parts_sum, RANKED.format(t="72"), 2018)
    assert _v(parts_sum, "全年发生道路交通事故72起，二类事故17起，三类事故42起。", 2018) == []


# --- a kind and its 非-kind -------------------------------------------------------------------------------------------

REVENUE = "2023年全市财政收入完成{t}亿元，其中税收收入28.4亿元，非税收入0.96亿元。"


def test_kind_and_its_negation_are_the_whole():
    assert _ok(parts_sum, REVENUE.format(t="29.36"), 2023)
    assert _bad(parts_sum, REVENUE.format(t="29.63"), 2023)
    assert _bad(parts_sum, REVENUE.format(t="29.80"), 2023)  # an item revised, the total not
    # 万 and 元 mixed up in one half
    assert _bad(parts_sum, "2023年全市财政收入完成29.36亿元，其中税收收入28.4亿元，非税收入9,600元。", 2023)


def test_a_non_kind_of_another_noun_is_no_half():
    assert _quiet(parts_sum, "2023年全市财政收入完成29.63亿元，其中税收收入28.4亿元，非公企业贡献0.96亿元。".replace(
        "29.63", "29.80"), 2023)


# --- cumulative: a shortened name, last year-end's total after the pair ----------------------------------------------

FIRMS = "上年末全镇有规模以上企业36家，今年新增4家，退出2家，年末规上企业{t}家。"


def test_shortened_name_of_the_same_stock():
    assert _ok(cumulative_vs_new, FIRMS.format(t="38"), 2021)
    assert _bad(cumulative_vs_new, FIRMS.format(t="42"), 2021)
    # decoy: another kind of firm at the year's end
    assert _quiet(cumulative_vs_new, FIRMS.replace("规上企业", "规模工业企业").format(t="42"), 2021)


NEXT = "全市累计建成5G基站{t}个，其中当年新增1,180个。{p}累计建成5G基站2,640个。"


def test_last_year_end_in_the_next_sentence():
    assert _ok(cumulative_vs_new, NEXT.format(t="3,820", p="上年末"), 2022)
    assert _bad(cumulative_vs_new, NEXT.format(t="3,280", p="上年末"), 2022)
    # decoys: a year-end two years back, and another thing's total
    assert _quiet(cumulative_vs_new, NEXT.format(t="3,280", p="2020年底"), 2022)
    assert _quiet(cumulative_vs_new, NEXT.format(t="3,280", p="上年末").replace("建成5G基站2,640", "建成充电桩2,640"), 2022)


BRACKET = "全市累计建成5G基站{t}个，其中当年新增1,180个（上年末累计建成2,640个）。"


def test_last_year_end_in_a_bracket_after_the_flow():
    assert _ok(cumulative_vs_new, BRACKET.format(t="3,820"), 2022)
    assert _bad(cumulative_vs_new, BRACKET.format(t="3,280"), 2022)
    # decoy: the bracket splits the year's flow
    assert _quiet(cumulative_vs_new, "全市累计建成5G基站3,280个，其中当年新增1,180个（其中宏基站860个）。", 2022)


# --- a list announced by 如下： after its total -----------------------------------------------------------------------

CLINICS = "全乡共有村卫生室{t}个，分布情况如下：甲村4个；乙村3个；丙村5个；丁村2个。"


def test_list_announced_as_follows():
    assert _ok(parts_sum, CLINICS.format(t="14"), 2020)
    assert _bad(parts_sum, CLINICS.format(t="16"), 2020)
    # decoy: a list far short of its total after 如下 is a selection
    assert _quiet(parts_sum, "全年共开展培训20期，具体如下：一季度5期，二季度6期。", 2020)


# --- last year-end's cumulative in a bracket naming its act ----------------------------------------------------------

FIELDS = "今年新建高标准农田2.6万亩，累计建成高标准农田{t}万亩（上年末累计建成18.4万亩）。"


def test_bracketed_previous_with_its_act():
    assert _ok(cumulative_vs_new, FIELDS.format(t="21.0"), 2022)
    assert _bad(cumulative_vs_new, FIELDS.format(t="20.0"), 2022)
    # decoy: a bracket of another period's flow is no previous level
    assert _quiet(cumulative_vs_new, FIELDS.replace("上年末累计建成18.4", "其中当年验收1.9").format(t="20.0"), 2022)


# --- a counted closing with the items' verb ------------------------------------------------------------------------

TOWNS = "东镇完成植树3.2万株，西镇完成植树2.6万株，北乡完成植树1.9万株，三个乡镇共计{v}{t}万株。"


def test_counted_closing_with_the_items_verb():
    assert _ok(parts_sum, TOWNS.format(v="完成植树", t="7.7"), 2020)
    assert _bad(parts_sum, TOWNS.format(v="完成植树", t="8.7"), 2020)
    # decoy: the closing counts another act of the towns
    assert _v(parts_sum, TOWNS.format(v="管护幼树", t="8.7"), 2020) == []


# --- a running total named by the flow's words without their count tail ----------------------------------------------

JOBS = "全年新增城镇就业人员1,260人，截至年底累计实现{w}{t}人。"


def test_running_total_named_without_the_count_tail():
    assert _ok(cumulative_vs_new, JOBS.format(w="城镇新增就业", t="4,120"), 2021)
    assert _bad(cumulative_vs_new, JOBS.format(w="城镇新增就业", t="1,120"), 2021)
    # decoy: another kind of employment
    assert _quiet(cumulative_vs_new, JOBS.format(w="农村劳动力转移就业", t="1,120"), 2021)


# --- a school roll: 本学年 intake, 毕业离校 / 退学 leaving -------------------------------------------------------------

ROLL = "年初全校在籍学生2,860人，本学年新招收学生620人，{x}540人，年末在籍学生{t}人。"


def test_roll_with_intake_and_leavers():
    assert _ok(cumulative_vs_new, ROLL.format(x="毕业离校", t="2,940"), 2021)
    assert _bad(cumulative_vs_new, ROLL.format(x="毕业离校", t="3,020"), 2021)
    assert _bad(cumulative_vs_new, ROLL.format(x="退学", t="3,020"), 2021)
    # decoy: the third figure is no outflow (a part of the intake), so no four-term identity
    assert _quiet(cumulative_vs_new, ROLL.format(x="其中女生", t="3,020"), 2021)
