"""cross_reference, round 19, third pass (helper A): a probe of restatements in phrasings of my own — a body figure and
its summing-up (总的看/一年来/综上/总之/概括起来), a colon-led list of results and a later section, synonym verbs and
subjects, names shortened or reordered, units restated — each with the same value, a different one and decoys that
must not alarm (another scope, period, act, part, target or body). Fixed shapes: two significant digits swapped in a
summing-up under one name (3.2 / 2.3万亩), a bare act in the body (已支出) that the summary names with its object
(项目资金支出), an overview that looks back too (过去一年，…) restated by the closing summary, an area named with or
without 面积, and last year's figure (上年…) never paired with a summing-up. Sentences invented."""
import pytest

from analysis.rules.crossref import cross_reference

from rules_cases import run, verdicts


def _bad(text, year=2021):
    return [r["stated"] for r in run(cross_reference, text, year) if r["verdict"] == "inconsistent"]


# ---------------------------------------------------------------- the probe: (passage, right value, wrong value)
_PROBE = [
    ("二、主要工作\n全年共受理群众来信来访1,264件，办结率98.6%。\n三、总结\n总的看，一年来我局办理群众来信来访{w}件，群众满意度稳步提升。",
     "1,264", "1,246"),
    ("二、工作成效\n全县新建高标准农田3.2万亩，新建农村公路86公里。\n三、总结\n一年来，全县新增高标准农田{w}万亩，农业基础更加稳固。",
     "3.2", "2.3"),
    ("一、总体情况\n主要成效：全年实现规上工业增加值48.6亿元，新培育高新技术企业12家。\n二、工业发展\n规模以上工业增加值{w}亿元，同比增长7.2%。",
     "48.6", "46.8"),
    ("一、总体情况\n全年全区地区生产总值完成186.4亿元，增长6.1%。\n二、经济运行\n（一）综合。全区实现地区生产总值{w}亿元。", "186.4", "184.6"),
    ("二、工作开展情况\n全年完成植树造林1.05万亩。\n三、总结\n总之，全年完成植树造林{w}万亩，森林覆盖率持续提高。", "1.05", "1.5"),
    ("二、重点工作\n全年发放创业担保贷款2,360万元，带动就业812人。\n三、总结\n概括起来，全年发放创业担保贷款{w}亿元，带动就业812人。",
     "0.236", "2.36"),
    ("二、项目建设\n全年完成固定资产投资52.8亿元。\n三、总结\n综上所述，全年完成固定资产投资{w}亿元，项目建设提速。", "52.8", "58.2"),
    ("二、民生保障\n全年城镇新增就业3,450人，城镇登记失业率控制在3.2%。\n三、总结\n一年来，全市城镇新增就业{w}人。", "3,450", "3,540"),
    ("二、执法监管\n全年开展执法检查426次，立案查处违法案件58件。\n三、总结\n总的来看，全年立案查处违法案件{w}件，执法效能提升。", "58", "85"),
    ("二、教育事业\n新建改扩建中小学校9所，新增学位5,400个。\n三、结语\n一年来，我县新增学位{w}个，入学难问题有效缓解。", "5,400", "4,500"),
    ("二、社会救助\n全年发放城乡低保金4,862万元。\n三、总结\n总之，全年累计发放低保金{w}万元，困难群众基本生活有保障。", "4,862", "4,682"),
    ("二、文化旅游\n全年接待游客486万人次，实现旅游收入42.3亿元。\n三、总结\n综合来看，全年旅游收入达到{w}亿元。", "42.3", "43.2"),
    ("二、财政收支\n一般公共预算收入完成25.68亿元，增长5.3%。\n三、总结\n总体来看，全年一般公共预算收入实现{w}亿元。", "25.68", "25.86"),
    ("二、主要工作\n全年调解各类矛盾纠纷1,028起，调解成功率97%。\n三、总结\n一年来，我局成功化解矛盾纠纷{w}起。", "1,028", "1,208"),
    ("二、主要工作\n全年办理建议提案126件，满意率100%。\n三、总结\n总的看，全年共承办建议提案{w}件，全部按时办复。", "126", "162"),
    ("二、农业农村\n粮食总产量达到28.6万吨。\n三、总结\n一年来，全县粮食产量{w}万吨，连续五年稳定增长。", "28.6", "26.8"),
    ("二、城市建设\n改造老旧小区42个，惠及居民6,800户。\n三、总结\n总之，全年改造老旧小区{w}个。", "42", "24"),
    ("二、安全生产\n全年排查整治安全隐患2,140处。\n三、总结\n综上，全年排查安全隐患{w}处，安全形势稳定。", "2,140", "2,410"),
    ("二、医疗卫生\n全年家庭医生签约服务12.6万人。\n三、总结\n一年来，全县签约家庭医生服务对象{w}万人。", "12.6", "16.2"),
    ("二、生态环保\n全年空气质量优良天数达到312天。\n三、总结\n总的看，全年空气优良天数{w}天。", "312", "321"),
    ("二、市场主体\n全年新登记市场主体4,826户。\n三、总结\n一年来，全市新增市场主体{w}户。", "4,826", "4,286"),
    ("二、科技创新\n全年新认定高新技术企业18家，技术合同成交额9.6亿元。\n三、总结\n总之，全年新培育高新技术企业{w}家。", "18", "81"),
    ("二、社会保障\n城乡居民医保参保人数达到46.2万人。\n三、总结\n总体上看，全县城乡居民医保参保{w}万人。", "46.2", "42.6"),
    ("二、交通建设\n新改建农村公路126公里。\n三、总结\n一年来，我县建成农村公路{w}公里。", "126", "162"),
    ("二、主要工作\n全年培训农村实用人才3,200人次。\n三、总结\n总的来说，全年培训农村实用人才{w}人次。", "3,200", "3,020"),
    ("二、信访工作\n全年接待群众来访680批次。\n三、总结\n综上，全年接待来访群众{w}批次。", "680", "608"),
    ("一、总体情况\n主要成效：新增城镇就业2,860人，新建公办幼儿园6所。\n二、具体工作\n（一）就业。全年城镇新增就业{w}人，帮助困难人员再就业410人。",
     "2,860", "2,680"),
    ("二、主要工作\n全年征收耕地占用税8,460万元。\n三、总结\n综上，全年征收耕地占用税{w}亿元。", "0.846", "8.46"),
    ("二、主要工作\n全年征收耕地占用税8,460万元。\n三、总结\n综上，全年征收耕地占用税{w}万元。", "8,460", "8,406"),
    ("二、主要工作\n全年审结民商事案件3,072件。\n三、总结\n总的看，全年审结民商事案件{w}件。", "3,072", "372"),
    ("二、主要工作\n我局全年受理行政许可申请5,180件，全部按时办结。\n三、总结\n一年来，我局共办理行政许可事项{w}件。", "5,180", "5,810"),
    ("二、主要工作\n辖区全年新增绿地面积12.4公顷。\n三、总结\n一年来，辖区新增绿地{w}公顷。", "12.4", "14.2"),
    ("二、主要工作\n全年培育新型职业农民1,350人。\n三、总结\n一年来，全县新培育新型职业农民{w}人。", "1,350", "1,530"),
    ("二、主要工作\n规模以上工业增加值完成62.4亿元。\n三、总结\n总的看，全年规上工业增加值{w}亿元。", "62.4", "64.2"),
    ("二、主要工作\n全年完成造林绿化面积1.36万亩。\n三、总结\n一年来，全县完成造林绿化{w}万亩。", "1.36", "1.42"),
]


@pytest.mark.parametrize("text, right, wrong", _PROBE)
def test_restatement_probe(text, right, wrong):
    assert "inconsistent" not in verdicts(cross_reference, text.format(w=right), 2021)
    assert "inconsistent" in verdicts(cross_reference, text.format(w=wrong), 2021)


# ---------------------------------------------------------------- decoys: another scope, period, act, part, target, body
_DECOYS = [
    "二、主要工作\n全年受理群众来信来访1,264件，办结1,180件。\n三、总结\n总的看，全年办结群众来信来访1,246件。",
    "二、主要工作\n全县新建高标准农田3.2万亩。\n三、总结\n一年来，县本级新建高标准农田2.3万亩。",
    "二、主要工作\n全年完成固定资产投资52.8亿元。\n三、总结\n综上，上半年完成固定资产投资25.8亿元。",
    "二、主要工作\n全年完成固定资产投资52.8亿元。\n三、总结\n综上，累计完成固定资产投资258.2亿元。",
    "二、主要工作\n全年城镇新增就业3,450人，其中高校毕业生就业1,230人。\n三、总结\n一年来，全市城镇新增就业3,450人，高校毕业生就业1,230人。",
    "二、主要工作\n全年计划新增就业3,500人。\n三、总结\n一年来，全市城镇新增就业3,450人。",
    "二、主要工作\n上年全县粮食总产量28.6万吨。\n三、总结\n一年来，全县粮食产量26.8万吨。",
    "二、主要工作\n全市新建改造老旧小区420个。\n三、总结\n总之，全县改造老旧小区24个。",
    "二、主要工作\n全年新登记市场主体4,826户，其中企业1,286户。\n三、总结\n一年来，全市新增企业1,826户。",
    "二、主要工作\n我局机关全年培训干部320人次。\n三、总结\n总的来说，全系统培训干部3,020人次。",
    "二、主要工作\n全年办理建议提案126件，其中人大代表建议62件。\n三、总结\n总的看，全年办理政协提案64件。",
    "二、主要工作\n全年接待群众来访680批次，其中集体访68批次。\n三、总结\n综上，全年接待群众来访680批次。",
    "二、主要工作\n全年受理行政许可申请5,180件，办结5,108件。\n三、总结\n一年来，共办结行政许可事项5,108件。",
    "二、主要工作\n全年完成造林绿化面积1.36万亩，其中人工造林0.63万亩。\n三、总结\n一年来，全县完成人工造林0.63万亩。",
    "二、主要工作\n全年计划造林1.63万亩。\n三、总结\n一年来，全县完成造林绿化1.36万亩。",
    "二、主要工作\n上半年完成造林绿化面积1.36万亩。\n三、总结\n一年来，全县完成造林绿化1.63万亩。",
    "二、主要工作\n上半年完成造林绿化面积1.36万亩。\n三、总结\n一年来，全县完成造林绿化1.42万亩。",
    "二、主要工作\n全市完成造林绿化面积13.6万亩。\n三、总结\n一年来，全县完成造林绿化1.63万亩。",
    "二、主要工作\n市本级全年征收耕地占用税8,460万元。\n三、总结\n综上，全市征收耕地占用税8,640万元。",
    "二、主要工作\n截至上年底，全县累计培育新型职业农民1,350人。\n三、总结\n一年来，全县新培育新型职业农民1,530人。",
    "二、主要工作\n全年审结民商事案件3,072件，其中简易程序审结2,370件。\n三、总结\n总的看，全年审结民商事案件3,072件，其中简易程序审结2,370件。",
]


@pytest.mark.parametrize("text", _DECOYS)
def test_restatement_decoys(text):
    assert "inconsistent" not in verdicts(cross_reference, text, 2021)


# ---------------------------------------------------------------- two significant digits swapped in a summing-up
_SHORT = ("二、工作成效\n全县新建高标准农田3.2万亩，新建农村公路86公里。\n{lead}全县新增高标准农田{w}万亩，农业基础更加稳固。")


def test_two_digits_swapped_in_a_summing_up():
    assert _bad(_SHORT.format(lead="三、总结\n一年来，", w="2.3")) == ["3.2万亩; 2.3万亩"]


def test_two_digits_swapped_outside_a_summing_up_or_under_another_name_is_left_alone():
    assert _bad(_SHORT.format(lead="（三）其他。", w="2.3")) == []
    other = _SHORT.replace("全县新增高标准农田{w}", "全县新增设施蔬菜{w}")
    assert _bad(other.format(lead="三、总结\n一年来，", w="2.3")) == []


# ---------------------------------------------------------------- a bare act in the body, its object in the summary
_ACT = ("二、资金使用情况\n专项资金下达2,450万元，下达率100%；已支出{a}万元，支出率87.4%。\n"
        "三、结论\n综上，本年度补助资金支出{b}万元，项目总体达到预期。")


def test_bare_act_restated_with_its_object():
    assert _bad(_ACT.format(a="2,142", b="2,124")) == ["2,142万元; 2,124万元"]
    assert "inconsistent" not in verdicts(cross_reference, _ACT.format(a="2,142", b="2,142"), 2021)


def test_bare_act_whose_object_the_body_never_names_is_left_alone():
    text = _ACT.replace("专项资金下达", "中央下达")
    assert _bad(text.format(a="2,142", b="2,124")) == []


# ---------------------------------------------------------------- an overview looking back, restated at the close
_OVERVIEW = ("一、过去一年工作回顾\n过去一年，全县地区生产总值完成96.2亿元；一般公共预算收入{a}亿元，比上年的6.91亿元增长8.3%。\n"
             "二、今年工作安排\n今年全县一般公共预算收入预期增长6%。\n"
             "各位代表，一年来全县上下团结奋进，财政一般预算收入达到{b}亿元，为新一年发展打下基础。")


def test_overview_looking_back_restated_at_the_close():
    assert _bad(_OVERVIEW.format(a="7.48", b="7.84")) == ["7.48亿元; 7.84亿元"]
    assert _bad(_OVERVIEW.format(a="7.48", b="7.48")) == []


def test_overview_and_closing_of_another_metric_are_left_alone():
    text = _OVERVIEW.replace("财政一般预算收入", "民生支出")
    assert _bad(text.format(a="7.48", b="7.84")) == []


# ---------------------------------------------------------------- a growth rate restated: 规上 named short, 增长 after the amount
_GROWTH = ("一、综述\n2021年，全县经济运行稳中有进，{lead}规上工业增加值增长{a}%，主要指标好于预期。\n"
           "二、工业\n全年规模以上工业增加值61.27亿元，增长{b}%。")


def test_growth_named_short_and_after_its_amount():
    assert _bad(_GROWTH.format(lead="", a="8.9", b="8.6")) == ["8.9%; 8.6%"]
    assert _bad(_GROWTH.format(lead="", a="8.6", b="8.6")) == []


def test_growth_of_another_period_or_place_is_left_alone():
    assert _bad(_GROWTH.replace("2021年，全县经济运行稳中有进，{lead}", "上半年，{lead}").format(lead="", a="8.9", b="8.6")) == []
    assert _bad(_GROWTH.replace("全年规模", "全县规模").format(lead="全市", a="8.9", b="8.6")) == []
    other = _GROWTH.replace("全年规模以上工业增加值61.27亿元", "全年轻工业增加值21.27亿元")
    assert _bad(other.format(lead="", a="8.9", b="8.6")) == []


def test_growth_of_the_bodys_own_part_is_left_alone():
    text = ("二、财政收入\n全县税收收入18.4亿元，增长6.3%。\n三、县本级\n县本级税收收入7.2亿元，增长3.6%。")
    assert _bad(text) == []
    assert _bad(text.replace("县本级税收收入", "全县税收收入").replace("7.2亿元", "18.4亿元")) == ["6.3%; 3.6%"]
