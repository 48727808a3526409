"""cross_reference: one metric, scope and period with two values — and the many ways it is not."""
from analysis.rules.crossref import cross_reference
import pytest

from rules_cases import run, verdicts


def test_same_metric_two_values():
    text = "全市国家级高新技术企业达到98家。\n截至年底，全市累计认定国家级高新技术企业96家，当年新增14家。"
    rows = run(cross_reference, text)
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    assert rows[0]["figure_ids"] == "F001 F002"


def test_same_value_twice_is_no_alarm_but_a_consistent_row():
    # the corpus convention (tests/corpus/README.md): the same metric stated twice with one value is consistent
    rows = run(cross_reference, "技术合同成交额8.7亿元。全年登记技术合同1,126项，技术合同成交额8.7亿元。")
    assert [r["verdict"] for r in rows] == ["consistent"]


def test_rounding_boundary_agrees():
    # 8.7亿 and 8.65亿 agree within the rounding of 8.7
    assert run(cross_reference, "技术合同成交额8.7亿元。另据统计，技术合同成交额8.65亿元。") == []
    assert len(run(cross_reference, "技术合同成交额8.7亿元。另据统计，技术合同成交额8.64亿元。")) == 1


def test_scope_and_period_words_keep_apart():
    assert run(cross_reference, "当年发行新增专项债券9.6亿元，截至目前累计发行新增专项债券21.4亿元。") == []
    assert run(cross_reference, "今年改造老旧小区28个。“十三五”以来，全市累计改造老旧小区76个。") == []
    assert run(cross_reference, "2013年接待游客120万人次。2014年接待游客150万人次。") == []
    assert run(cross_reference, "全年接待游客1,356.8万人次。10月1日至7日国庆黄金周期间，接待游客168.3万人次。") == []
    assert run(cross_reference, "全年接待游客150万人次。力争明年接待游客165万人次。") == []


def test_generic_metrics_are_not_compared():
    assert run(cross_reference, "组织4家企业申报工程中心，10家企业申报研发中心。") == []


def test_the_same_quantity_restated_is_a_consistent_row():
    text = "技术合同成交额8.7亿元。\n全年登记技术合同1,126项，成交额8.7亿元，同比增长21.3%。"
    rows = run(cross_reference, text)
    assert [r["verdict"] for r in rows] == ["consistent"]
    text = "从类型看，政府投资审计12个。\n三、政府投资审计\n全年审计政府投资项目12个，送审金额9.82亿元。"
    assert [r["verdict"] for r in run(cross_reference, text)] == ["consistent"]


def test_equal_numbers_of_different_things_are_no_restatement():
    text = "新建实验室12个。\n培训班举办12个，覆盖乡镇12个。"
    assert run(cross_reference, text) == []


def test_a_year_total_and_the_cumulative_are_different_scopes():
    text = "全年发放个人住房贷款6,215笔。\n截至年末，累计发放个人住房贷款12.86万笔。"
    assert run(cross_reference, text) == []


@pytest.mark.parametrize("text", [
    "小学在校生21.36万人，专任教师1.24万人；初中在校生9.87万人，专任教师7,986人。",
    "全市共有普通高等学校4所，在校生5.3万余人。全市共有特殊教育学校5所，在校生1,136人。",
    "细颗粒物（PM2.5）年均浓度为38微克/立方米；可吸入颗粒物（PM10）年均浓度为61.4微克/立方米。",
])
def test_one_metric_of_two_subjects_is_not_a_conflict(text):
    assert run(cross_reference, text) == []


def test_a_sub_item_restated_elsewhere_still_conflicts():
    text = ("一般公共预算支出38.75亿元，其中民生支出30.6亿元，占79%。"
            "一年来，全县统筹安排民生支出31.6亿元。")
    assert verdicts(cross_reference, text) == ["inconsistent"]


# ---------------------------------------------------------------- restated under another wording (tuning3 forms)
@pytest.mark.parametrize("text", [
    "经提案委员会审查立案412件，立案率84.8%。截至9月30日，412件提案已全部办复。",
    "全镇辖14个行政村，户籍人口1.2万人。全镇14个行政村集体经济收入全部超过10万元。",
    "全年受理信访事项2,318件，按期受理率99.1%。在受理的2,318件信访事项中，群众满意率86.8%。",
    "全年共发生各类生产安全事故37起，死亡21人。控制指标为28人，全年实际死亡21人。",
    "代表共提出建议215件，闭会期间提出12件，共计227件。合计227件。截至10月底，227件建议已全部办理答复。",
])
def test_restated_under_other_wording(text):
    rows = run(cross_reference, text)
    assert [r["verdict"] for r in rows] == ["consistent"]


@pytest.mark.parametrize("text", [
    # small counts coincide by chance; a part of the year is another quantity
    "工矿商贸事故8起、死亡4人。一季度发生事故7起、死亡4人。",
    "火灾事故1起、死亡1人。某镇一民房发生火灾，造成1人死亡。",
    # the same number of different things
    "教育卫生类43件。交由43个承办单位办理。",
    "全年审计项目213个。全年培训干部213人。",
])
def test_no_restatement_row(text):
    assert verdicts(cross_reference, text) == []


def test_count_named_by_the_noun_after_it_conflicts():
    text = "共计227件，交由43个承办单位办理。截至10月底，45个承办单位均按要求在规定时限内书面答复。"
    rows = run(cross_reference, text)
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    assert rows[0]["computed"] == "43个承办单位 ≠ 45个承办单位"


@pytest.mark.parametrize("text", [
    "交由43个承办单位办理。截至10月底，43个承办单位均按要求答复。",                 # same value
    "交由43个承办单位办理。其中市直部门、12个承办单位均按要求答复。",              # a part of a list
    "新增5个文化广场。累计建成12个文化广场。",                                       # other scope
    "交由43个承办单位办理。计划明年交由45个承办单位办理。",                          # a plan
    "一季度交由13个承办单位办理。全年45个承办单位均按要求答复。",                  # a part of the year
])
def test_count_named_by_the_noun_after_it_no_conflict(text):
    assert "inconsistent" not in verdicts(cross_reference, text)


# ---------------------------------------------------------------- the same metric under another wording or word order
@pytest.mark.parametrize("text", [
    # the words of the label in another order
    "行政复议案件受理236件，办结221件。\n总的看，全年受理行政复议案件263件。",
    # a part after 其中 named only by its scope takes the total's metric
    "全县共完成造林项目45个，其中县本级18个。\n一、造林绿化\n县本级全年完成造林（补植）项目16个。",
    # a past result restated under a heading about next year, dated by its own clause
    "全县一般公共预算收入完成8.42亿元。\n二、2015年预算草案\n在2014年一般公共预算收入完成数8.24亿元的基础上，预期增长8%。",
])
def test_reworded_label_with_two_values_conflicts(text):
    assert verdicts(cross_reference, text) == ["inconsistent"]


@pytest.mark.parametrize("text", [
    # two budgets named alike, each the base of another figure's execution rate
    "收入完成8.6亿元，为调整预算8.2亿元的104.9%。\n支出完成15.1亿元，为调整预算16.3亿元的92.6%。",
    # a county and the city above it
    "全县共有优抚对象12,486人，其中退役军人10,932人。\n全市退役军人约8.6万人。",
    # the whole and its own level; a quarter and the year; a plan
    "全县共完成审计项目213个，其中县本级88个。\n县本级以外审计项目125个。",
    "全年受理行政复议案件236件。\n一季度受理行政复议案件58件。",
    "全年新增城镇就业3,260人。\n2015年力争新增城镇就业3,500人。",
    "行政复议案件受理236件。\n截至年底，累计受理行政复议案件1,420件。",
])
def test_reworded_label_decoys_give_no_alarm(text):
    assert "inconsistent" not in verdicts(cross_reference, text)


@pytest.mark.parametrize("text", [
    # the total closing a breakdown, in the same paragraph
    "全年信访总量1,532件次。按形式分：来信406件，来访538批次，网上信访588件，合计1,532件次。",
    # a result named only by its verb after the target of the same metric
    "全年实现利润总额3.42亿元。\n上级下达的利润总额考核目标为3.6亿元，实际完成3.42亿元。",
    # the same noun right before both figures
    "全年完成门急诊52.37万人次。\n总之，一年来医院全年门急诊52.37万人次。",
    # things already counted, named again in a plan
    "审计反映问题86个，已整改79个。\n三、下一步工作\n确保上述86个问题全部整改到位。",
    # a value of four significant digits and one shared word
    "新增城镇就业4,175人。\n在新增就业的4,175人中，就业困难人员320人。",
])
def test_restated_under_other_wording_more_forms(text):
    assert verdicts(cross_reference, text) == ["consistent"]


def test_count_of_the_places_a_jurisdiction_has():
    assert verdicts(cross_reference, "街道下辖社区9个，常住人口5.1万人。\n全街道10个社区均建成服务站。") == ["inconsistent"]
    assert "inconsistent" not in verdicts(cross_reference, "街道下辖社区9个。\n全街道9个社区均建成服务站。")
    assert verdicts(cross_reference, "街道下辖社区9个。\n今年新建2个社区服务站。") == []


def test_share_in_words_then_exactly():
    assert verdicts(cross_reference, "全年出生人口中二孩占比近一半，达46.1%。") == ["consistent"]
    assert verdicts(cross_reference, "全年出生人口中二孩占比近一半，达52.4%。") == ["inconsistent"]
    assert verdicts(cross_reference, "全年出生人口中二孩占比一半，达46%。") == []  # a bare 一半 may be loose talk


# ---------------------------------------------------------------- a typo of neighbouring digits as the evidence
@pytest.mark.parametrize("text", [
    "全年新增城镇就业岗位3,570个。\n总的看，全区经济平稳增长，全年新增就业岗位3,750个。",
    "为18,600名农村妇女开展“两癌”免费检查。\n全年完成“两癌”检查1.68万名。",
])
def test_transposed_digits_under_a_shorter_name_conflict(text):
    rows = run(cross_reference, text)
    assert [r["verdict"] for r in rows] == ["inconsistent"] and rows[0]["cause"] == "digits transposed"


@pytest.mark.parametrize("text", [
    # two sides of one thing with near-equal values
    "全县一般公共预算收入12.68亿元。\n全县一般公共预算支出12.86亿元。",
    "城镇居民人均可支配收入28,642元。\n农村居民人均可支配收入28,462元。",
    # different years; a different quantity that shares no name
    "2015年新增城镇就业3,570人。\n2016年新增城镇就业3,750人。",
    "全年新增城镇就业3,570人。\n全年完成造林面积3,750亩。",
    # not a swap of neighbours
    "全年新增城镇就业岗位3,570个。\n全年新增就业岗位7,530个。",
])
def test_transposed_digits_decoys(text):
    assert "inconsistent" not in verdicts(cross_reference, text)


def test_back_reference_with_another_count():
    text = "县审计局共完成审计项目46个，查出问题金额3.87亿元。\n二、整改情况\n上述48个审计项目均已出具审计报告。"
    assert verdicts(cross_reference, text) == ["inconsistent"]
    assert "inconsistent" not in verdicts(cross_reference, text.replace("48个", "46个"))
    # 上述 may mean the part named after 其中
    text = "共完成审计项目46个，其中发现问题的审计项目18个。\n二、整改情况\n上述18个审计项目均已整改。"
    assert "inconsistent" not in verdicts(cross_reference, text)


def test_the_new_part_of_a_cumulative_total_restates_the_year():
    text = "全年立案办理公益诉讼案件28件。\n开展试点以来，累计办理公益诉讼案件39件，其中2016年新办28件。"
    assert verdicts(cross_reference, text) == ["consistent"]


def test_count_of_places_needs_the_whole_noun():
    # 乡镇卫生院 are not the 乡镇 themselves
    assert verdicts(cross_reference, "全县下辖乡镇18个。\n全县20个乡镇卫生院均完成标准化建设。") == []


@pytest.mark.parametrize("text", [
    "刑事案件立案1,284起。\n截至年底，累计立刑事案件5,136起。",            # 累计
    "刑事案件立案1,284起。\n今年新增立刑事案件重点督办112起。",             # 今年新增
    "全市刑事案件立案1,284起。\n市本级立刑事案件412起。",                   # 全市 / 本级
    "刑事案件立案1,284起。\n上半年立刑事案件602起。",                       # 上半年
    "刑事案件立案1,284起。\n一季度立刑事案件296起。",                       # 一季度
    "刑事案件立案1,284起。\n2020年力争立刑事案件控制在1,200起以内。",       # plan
    "刑事案件立案1,284起（上年为1,362起）。\n上年立刑事案件1,362起。",       # base
    "2018年刑事案件立案1,362起。\n2019年立刑事案件1,284起。",               # two years
])
def test_reworded_label_scope_decoys(text):
    assert "inconsistent" not in verdicts(cross_reference, text, year=2019)
