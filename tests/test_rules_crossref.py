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


# ---------------------------------------------------------------- round 2: restatements other authors write
@pytest.mark.parametrize("text", [
    # summary paragraph, then the section
    "2023年，全市实现地区生产总值1,286.4亿元，增长6.2%。\n一、经济运行\n全市地区生产总值1,286.4亿元，其中第二产业增加值512.3亿元。",
    # 全年…其中, then a back-reference by the noun
    "全年共受理群众来信来访2,146件次，其中来信813件、来访1,333批次。\n二、办理情况\n受理的2,146件次信访事项已全部办结。",
    # the same count under a shorter name
    "全年新增城镇就业6,215人。\n二、就业工作\n新增就业6,215人，完成目标的103.6%。",
    # a bare 万 before the noun (38.62万参保居民)
    "年末全县参加城乡居民养老保险38.62万人。\n全县38.62万参保居民的待遇按时足额发放。",
    # a bare attribute (支出, 金额) named by its sentence
    "全年开展医疗救助3,412人次，支出286.7万元。\n三、资金保障\n各类救助资金中，医疗救助资金286.7万元。",
    # a value written to the tenth on purpose (20.0) restated under the sentence's noun
    "新增融资35.2亿元，其中发行债券20.0亿元。\n年内新发行各类债券4期、金额20.0亿元。",
    # the total row of a flattened table
    "一般公共预算支出完成28.65亿元。\n单位：亿元\n项目  预算数  决算数\n合计  29.10  28.65\n",
    # the new part of a cumulative total named only by its year (其中本年度)
    "全局共完成审计项目64个。\n自2016年以来，全局累计完成审计项目318个，其中本年度64个。",
])
def test_restatements_by_other_authors(text):
    assert verdicts(cross_reference, text, year=2023) == ["consistent"]


def test_a_plan_restating_what_is_left():
    text = "年末全县剩余贫困人口2,380人。\n三、明年工作打算\n确保剩余2,380人全部稳定脱贫。"
    assert verdicts(cross_reference, text, year=2023) == ["consistent"]
    # a plan figure that only happens to equal an earlier count, with no word pointing back, is no restatement
    text = "年末全县贫困人口2,380人。\n三、明年工作打算\n力争帮助2,380名群众稳定增收。"
    assert verdicts(cross_reference, text, year=2023) == []


def test_a_result_stated_under_a_heading_of_problems_and_plans():
    text = ("一、就业\n1.全年城镇新增就业7,460人，完成目标的106.6%。\n"
            "四、存在问题及下步打算\n全年城镇新增就业7,640人，但结构性就业矛盾依然突出。明年力争新增就业8,000人。")
    assert verdicts(cross_reference, text, year=2023) == ["inconsistent"]
    text = "四、存在问题及下步打算\n全年实际支出938.6万元，部分项目进度滞后。\n注：上半年实际支出938.6万元。"
    assert "inconsistent" not in verdicts(cross_reference, text, year=2023)


def test_a_half_year_report_compares_its_own_period():
    text = ("\n市民政局2023年上半年工作总结\n\n上半年发放临时救助资金156.3万元，救助1,204人次。\n"
            "上半年各类救助资金合计2,860.4万元，其中临时救助金156.3万元。")
    assert verdicts(cross_reference, text, year=2023) == ["consistent"]


def test_whole_place_counts_restated():
    text = "街道辖区面积6.2平方公里，下辖7个社区。\n四、社区建设\n辖区7个社区全部建成党群服务中心。"
    assert verdicts(cross_reference, text, year=2023) == ["consistent"]
    # 辖区 may also name some of the units: a different count there is no alarm
    text = "街道下辖7个社区。\n四、社区建设\n辖区5个社区率先建成党群服务中心。"
    assert verdicts(cross_reference, text, year=2023) == []


# ---------------------------------------------------------------- 分别: each value under its own item's name
def test_respective_values_take_their_items_names():
    text = "刑事、民事、行政案件分别审结1,246件、8,362件和386件。\n一、民事审判\n全年审结民事案件8,326件。"
    rows = run(cross_reference, text, year=2023)
    assert [r["verdict"] for r in rows] == ["inconsistent"] and "8,362件" in rows[0]["stated"]
    text = "城镇和农村居民人均可支配收入分别为38,620元和18,450元。\n二、民生\n农村居民人均可支配收入18,450元。"
    assert verdicts(cross_reference, text, year=2023) == ["consistent"]


def test_respective_values_of_another_verb_are_another_quantity():
    text = "刑事、民事、行政案件分别受理1,246件、8,362件和386件。\n一、民事审判\n全年审结民事案件8,326件。"
    assert verdicts(cross_reference, text, year=2023) == []


def test_an_elided_object_is_read_from_the_clause_before():
    text = "全年受理信访事项2,486件，办结2,417件。\n二、办理质效\n全年办结信访事项2,471件，办结率99.4%。"
    assert verdicts(cross_reference, text, year=2023) == ["inconsistent"]


# ---------------------------------------------------------------- named rates of the place and period
def test_a_named_rate_stated_twice():
    text = "年末全市常住人口城镇化率为62.3%。\n五、城乡建设\n常住人口城镇化率62.8%，提高0.9个百分点。"
    assert verdicts(cross_reference, text, year=2023) == ["inconsistent"]
    assert verdicts(cross_reference, text.replace("62.8%", "62.3%"), year=2023) == ["consistent"]


@pytest.mark.parametrize("text", [
    "开展窗口服务评议，群众满意率为98.6%。\n开展行风评议，群众满意率为96.2%。",         # a rate per survey
    "（一）东城区。城镇登记失业率3.2%，新增就业2,310人。\n（二）西城区。城镇登记失业率3.5%。",  # two places
    "全市城镇登记失业率3.2%。\n（二）西城区。城镇登记失业率3.5%。",
    "城镇登记失业率控制在4.5%以内。\n全年城镇登记失业率3.8%。",                       # a limit
    "城镇登记失业率3.4%，比上年下降0.2个百分点。\n上年城镇登记失业率3.6%。",            # last year
    "2022年城镇登记失业率3.6%。\n2023年城镇登记失业率3.4%。",                          # two years
    "常住人口城镇化率为62.3%。\n户籍人口城镇化率为48.6%。",                            # two rates
])
def test_named_rate_decoys(text):
    assert "inconsistent" not in verdicts(cross_reference, text, year=2023)


# ---------------------------------------------------------------- more decoys other authors write
@pytest.mark.parametrize("text", [
    "全市一般公共预算收入86.5亿元，增长5.2%。\n市本级一般公共预算收入32.1亿元，增长4.8%。",
    "上半年全区接待游客186.4万人次。\n全年全区接待游客412.7万人次，增长9.6%。",
    "年初计划完成固定资产投资120亿元。\n全年完成固定资产投资126.8亿元。",
    "全年实现税收收入18.6亿元，比上年的16.9亿元增长10.1%。\n上年税收收入16.2亿元。",
    "全年发放养老金12.6亿元。\n人均养老金2,860元。",
    "全年接待游客412.7万人次。\n其中国内游客398.2万人次。",
    "全年新建5G基站1,260个。\n全市5G基站总数达到4,380个。",
    # one sentence gives a metric for two subjects (；)
    "其中，水稻种植面积12.4万亩，平均亩产612公斤；玉米种植面积8.6万亩，平均亩产538公斤。",
    # a grand total of all sources is not the revenue itself
    "2023年，全县一般公共预算收入15.83亿元，增长4.1%。\n一般公共预算收入总计51.36亿元，支出总计50.92亿元。",
    # a heading of next year's targets
    "实施重点项目156个，完成投资98.6亿元。\n二、2024年主要目标任务\n重点抓好以下工作：一是全年实施重点项目160个。",
    # a plan's base of another year
    "2022年一般公共预算收入15.83亿元。\n2024年，一般公共预算收入力争在2023年15.38亿元的基础上增长5%。",
    # the same number of other things, one with 万
    "新增造林面积1.2万亩。\n建成1.2亩示范苗圃。",
    # 涉及 one kind only may be a part
    "涉及乡镇12个承办单位。\n全年45个承办单位均按时办结。",
])
def test_more_scope_decoys(text):
    assert "inconsistent" not in verdicts(cross_reference, text, year=2023)


def test_a_plan_base_dated_the_report_year_restates_the_result():
    text = ("2023年，全县一般公共预算收入15.83亿元，增长4.1%。\n五、2024年预算安排\n"
            "2024年全县一般公共预算收入在2023年15.38亿元的基础上增长5%左右。")
    assert verdicts(cross_reference, text, year=2023) == ["inconsistent"]


def test_a_number_with_and_without_wan():
    text = "追回各类违规资金286万元。\n三、下一步工作\n综上，专项整治共追回违规资金286元，成效初步显现。"
    rows = run(cross_reference, text, year=2023)
    assert [r["verdict"] for r in rows] == ["inconsistent"] and rows[0]["cause"] == "万 and 元 mixed up"


def test_a_count_named_by_its_kinds_then_by_the_noun():
    text = "交县直部门和乡镇41个承办单位办理。\n二、办理结果\n43个承办单位均按时报送答复。"
    assert verdicts(cross_reference, text, year=2023) == ["inconsistent"]


def test_a_plan_refers_back_to_those_put_into_plans():
    text = "列入计划逐步解决的23件，已解决的41件。\n四、明年打算\n对列入计划的23件建议逐件跟踪落实。"
    assert verdicts(cross_reference, text, year=2023) == ["consistent"]


@pytest.mark.parametrize("text", [
    # under a heading of problems and plans, a round number or a plan's item is next year's target
    "全年新增城镇就业6,215人。\n四、存在问题和下步打算\n全年新增城镇就业6,000人，确保就业局势稳定。",
    "全年新增城镇就业6,215人。\n四、存在问题和下步打算\n一是稳就业，全年新增城镇就业6,512人。",
])
def test_plans_under_a_heading_of_problems_and_plans(text):
    assert "inconsistent" not in verdicts(cross_reference, text, year=2023)


def test_a_total_named_after_its_noun_is_the_grand_total():
    text = "全区一般公共预算收入28.6亿元，增长4.2%。\n一般公共预算收入合计46.9亿元（含上级补助）。"
    assert "inconsistent" not in verdicts(cross_reference, text, year=2022)


# ---------------------------------------------------------------- a number in a flattened table and in prose
TABLE = "单位：万元\n项目名称  预算数  执行数  执行率\n基本支出  1,286.40  1,262.15  98.1%\n项目支出  2,074.00  1,867.30  90.0%\n"


def test_a_table_cell_restated_in_prose():
    assert verdicts(cross_reference, "全年基本支出1,262.15万元。\n" + TABLE, year=2023) == ["consistent"]


def test_a_table_cell_with_two_digits_swapped_in_prose():
    rows = run(cross_reference, "全年基本支出1,262.51万元。\n" + TABLE, year=2023)
    assert [r["verdict"] for r in rows] == ["inconsistent"] and rows[0]["cause"] == "digits transposed"


def test_the_budget_column_is_not_the_result_in_prose():
    # 1,286.40 is the budget of 基本支出, not what was spent
    assert "inconsistent" not in verdicts(cross_reference, "全年基本支出1,262.15万元。\n" + TABLE, year=2023)
    assert "inconsistent" not in verdicts(cross_reference, "全年基本支出1,250.00万元。\n" + TABLE, year=2023)


def test_an_elided_subject_names_a_list_item():
    text = ("全县发生各类事故52起、死亡19人。按行业分，水上交通事故8起、死亡11人；火灾事故6起、死亡3人。\n"
            "二、重点领域\n其中水上交通事故死亡11人，同比持平。")
    rows = run(cross_reference, text, year=2023)
    assert [r["verdict"] for r in rows] == ["consistent"] and "11人" in rows[0]["stated"]
    # without the subject the plain label still matches the same plain word (死亡 … 实际死亡)
    text = "全年发生各类事故52起、死亡19人。\n四、考核情况\n控制指标为25人，全年实际死亡19人。"
    assert verdicts(cross_reference, text, year=2023) == ["consistent"]


def test_a_count_named_by_the_noun_after_it_is_marked_with_the_noun():
    text = "市政府领导领办重点提案12件，召开督办会3次。\n二、办理成效\n12件重点提案全部由市领导牵头办理。"
    rows = run(cross_reference, text, year=2023)
    assert [r["verdict"] for r in rows] == ["consistent"] and rows[0]["span"].endswith("12件重点提案")


@pytest.mark.parametrize("text", [
    # a segment that opens with a subject and its own count (县医院1所，…) describes that subject: its 执业医师 is a
    # part of the county's, not a second statement of it
    "全县执业医师1,250人，其中女性执业医师620人。\n县人民医院1所，编制床位800张，执业医师410人。",
    "全区专任教师4,380人。\n普通高中：学校6所，在校生1.12万人，专任教师980人。",
    "全镇登记农民专业合作社46家。\n村集体经济组织：行政村12个，经营性收入380万元，农民专业合作社9家。",
])
def test_the_attributes_of_a_subject_opening_its_segment_are_not_the_whole(text):
    assert "inconsistent" not in verdicts(cross_reference, text, year=2023)


def test_a_part_after_its_total_is_no_subject_of_its_own():
    # 一般公共预算支出38.75亿元，其中民生支出30.6亿元: the part still names the same 民生支出 as later on
    text = "全年一般公共预算支出38.75亿元，其中民生支出30.6亿元。\n一年来，全县统筹安排民生支出31.6亿元。"
    assert verdicts(cross_reference, text, year=2023) == ["inconsistent"]
    text = "全区执业医师1,250人。\n二、队伍建设\n截至年末，全区执业医师1,320人，比上年增加70人。"
    assert verdicts(cross_reference, text, year=2023) == ["inconsistent"]


@pytest.mark.parametrize("text", [
    # 其中 after a total restricted to a class (规模以上, 限额以上, 新建…) counts that class only
    "全县共有规模以上工业企业86家，其中高新技术企业23家。\n二、科技创新\n全县高新技术企业达到31家，新增6家。",
    "全市限额以上批发零售企业320家，其中连锁经营企业46家。\n全市连锁经营企业共有112家。",
    # a sentence that opens with 其中 is about the part in all its clauses
    "全县接待国内游客560万人次，实现旅游收入48亿元。\n其中乡村旅游接待游客210万人次，实现旅游收入15亿元。",
    # numbered items or paragraphs led by two names of one kind are two subjects
    "（一）城区学校。专任教师1,200人，在校生2.1万人。\n（二）农村学校。专任教师860人，在校生1.3万人。",
    "一是县直单位。共开展培训42场次，培训干部3,200人次。二是乡镇单位。共开展培训58场次，培训干部4,100人次。",
    # a measure on a stated basis (口径, 按…计算) is another quantity
    "对照目标，我县城镇登记失业率为3.2%。\n按新的统计口径，我县城镇登记失业率为3.9%。",
    "全县粮食总产量18.6万吨。按国家新标准核算，全县粮食总产量19.2万吨。",
])
def test_parts_subjects_and_bases_are_not_restatements(text):
    assert "inconsistent" not in verdicts(cross_reference, text, year=2023)


@pytest.mark.parametrize("text", [
    "全年城镇登记失业率为3.2%。\n二、就业创业\n全年城镇登记失业率为3.9%，控制在目标以内。",
    "全县新增城镇就业5,600人。\n（三）民生保障。全年新增城镇就业5,900人。",
    "全县共有规模以上工业企业86家。\n二、工业经济\n全县规模以上工业企业达到88家。",
    "全县一般公共预算支出38.75亿元，其中教育支出6.2亿元。\n三、教育\n全县教育支出6.8亿元。",
])
def test_a_plain_restatement_with_another_value_still_conflicts(text):
    assert verdicts(cross_reference, text, year=2023) == ["inconsistent"]


def test_an_item_restated_under_a_segment_headed_by_its_name():
    text = ("全县各类学校在校生9.86万人，其中小学4.12万人、初中2.37万人。\n"
            "小学：学校58所，在校生4.12万人；初中：学校21所，在校生2.37万人。")
    rows = run(cross_reference, text, year=2023)
    assert sorted(r["stated"] for r in rows if r["verdict"] == "consistent") == ["2.37万人; 2.37万人", "4.12万人; 4.12万人"]
    # the same number under another subject's segment is no restatement
    text = "全县各类学校在校生9.86万人，其中小学4.12万人、初中2.37万人。\n高中：学校6所，在校生4.12万人。"
    assert verdicts(cross_reference, text, year=2023) == []


@pytest.mark.parametrize("text, expected", [
    # the count of the whole (全校…名学生, 全村…个村民小组) restates an earlier count of that noun
    ("学校现有在校学生640人，教职工52人。\n三、体育工作\n全校642名学生均参加了体质健康测试。", ["inconsistent"]),
    ("全村设有村民小组7个，常住人口1,860人。\n二、基层治理\n全村7个村民小组都建立了议事会。", ["consistent"]),
    ("中心设有服务窗口18个。\n三、窗口建设\n全中心20个服务窗口已全部实现综合受理。", ["inconsistent"]),
    # a qualified part (留守儿童, 新增网格, 完成改造的…) is not the whole
    ("学校有留守儿童74人。\n二、关爱行动\n全校80名儿童全部建立成长档案。", []),
    ("今年新增网格2个。\n二、网格管理\n全社区9个网格全部配备网格员。", []),
    ("完成改造的行政村12个。\n全镇14个行政村均通了硬化路。", []),
    # a plan for the whole is no restatement; nor is a count of another moment (年初, 9月, another year)
    ("学校现有在校学生640人。\n明年计划全校700名学生参加研学。", []),
    ("年初学校有在校学生812人。\n9月新学期，全校836名学生全部完成注册。", []),
    ("2022年社区有网格8个。\n2023年全社区9个网格全部建立微信群。", []),
    ("全县设有便民服务中心12个。\n二、乡镇服务\n全镇3个便民服务中心全部实现一窗受理。", []),
])
def test_a_count_of_the_whole_restates_the_count_of_its_noun(text, expected):
    assert verdicts(cross_reference, text, year=2023) == expected


def test_people_counted_in_人_and_名_are_one_quantity():
    text = "全年新增签约居民1,204人，签约总数达8,735人。\n四、健康管理\n8,735名签约居民均建立了电子健康档案。"
    assert verdicts(cross_reference, text, year=2023) == ["consistent"]
    # a small number in another unit and under another name is no restatement
    text = "全年培训农民工12名。\n四、就业服务\n为困难群众发放临时补助12人。"
    assert verdicts(cross_reference, text, year=2023) == []


def test_a_count_of_the_whole_without_a_word_for_all_may_be_some():
    # 全社区120名党员参加了…: those who took part, not necessarily every member
    assert verdicts(cross_reference, "社区现有党员126名。\n二、组织生活\n全社区120名党员参加了主题党日活动。", year=2023) == []
    assert verdicts(cross_reference, "社区现有党员126名。\n二、组织生活\n全社区120名党员均参加了主题党日活动。",
                    year=2023) == ["inconsistent"]


@pytest.mark.parametrize("text", [
    # a part of the place leading its clause (城区, 开发区…) and the whole place are two scopes
    "城区新建停车泊位2,160个。\n全县新建停车泊位2,610个。",
    "开发区实现规模以上工业产值86.4亿元。\n全市实现规模以上工业产值412.7亿元。",
])
def test_a_part_of_the_place_and_the_whole(text):
    assert "inconsistent" not in verdicts(cross_reference, text, year=2023)


def test_a_metric_named_with_城镇_is_no_part_of_the_place():
    text = "全年新增城镇就业岗位4,860个。\n总的看，全年全区新增就业岗位4,680个。"
    assert verdicts(cross_reference, text, year=2023) == ["inconsistent"]


@pytest.mark.parametrize("text", [
    "学校现有教学班24个，在校学生1,120人。\n全校1,080名学生均完成了体质测试，另有40名学生因病免测。",
    "全镇共有行政村14个。\n全镇12个行政村均已完成“三务”公开，其余2个正在推进。",
])
def test_a_count_of_the_whole_with_the_rest_named_is_a_part(text):
    assert verdicts(cross_reference, text, year=2023) == []


# ---------------------------------------------------------------- round 5
def test_a_list_marker_is_no_subject():
    # 二是全年新建… and a later 全年新建… name one metric; the marker 二是 is not a subject of its own
    text = ("一、主要成效\n一是改造供水管网9.6公里。二是全年新建农村公路12.4公里，改造危桥3座。\n"
            "二、存在不足\n路网仍不完善，全年新建农村公路14.2公里，与需求尚有差距。")
    assert verdicts(cross_reference, text, year=2023) == ["inconsistent"]
    # decoy: two subjects after the markers stay apart
    text = "一是小学专任教师1,240人。二是初中专任教师986人。"
    assert verdicts(cross_reference, text, year=2023) == []


def test_a_result_said_done_under_a_plans_heading():
    text = ("一、总体情况\n截至目前，已化解矛盾纠纷1,286件，化解率91.2%。\n"
            "三、下一步工作\n全区已化解矛盾纠纷1,302件，其余纠纷逐件跟踪。")
    assert verdicts(cross_reference, text, year=2023) == ["inconsistent"]
    # decoy: a plan about what will have been done is still a plan
    text = ("一、总体情况\n截至目前，已化解矛盾纠纷1,286件。\n"
            "三、下一步工作\n确保全区已化解矛盾纠纷达到1,400件。")
    assert verdicts(cross_reference, text, year=2023) == []


def test_the_day_of_an_event_in_an_earlier_clause_is_no_sub_period():
    text = "2024年部门预算支出5,482.6万元。\n本预算已于2024年3月15日公开，部门预算支出5,512.6万元。"
    assert verdicts(cross_reference, text, year=2024) == ["inconsistent"]
    # decoy: a day in the figure's own clause dates that figure (one day's count, not the year's)
    text = "全年接待游客12.6万人次。\n景区于10月1日接待游客1.2万人次。"
    assert verdicts(cross_reference, text, year=2024) == []


def test_swapped_digits_under_names_in_another_order():
    text = "一、预算总体情况\n2024年部门预算支出3,546.2万元。\n二、其他说明\n本年度支出预算总额3,564.2万元。"
    assert verdicts(cross_reference, text, year=2024) == ["inconsistent"]
    text = "一、总体情况\n全县“三公”经费支出426万元，同比下降8.3%。\n二、明细\n“三公”经费决算数462万元。"
    assert verdicts(cross_reference, text, year=2024) == ["inconsistent"]
    # decoy: a budget and the final account are two quantities
    text = "一、总体情况\n“三公”经费年初预算数426万元。\n二、明细\n“三公”经费决算数462万元。"
    assert verdicts(cross_reference, text, year=2024) == []


def test_sentence_opening_with_a_subset_is_not_the_whole_restated():
    text = "全年查出问题金额12.8亿元，促进增收节支1.6亿元。经济责任审计15个项目中，查出问题金额8.2亿元。"
    assert run(cross_reference, text) == []
    assert run(cross_reference, "全年查出问题金额12.8亿元。在已审计的9个单位中，查出问题金额2.1亿元。") == []
    assert run(cross_reference, "上报的问题线索中，移送纪检监察机关的12件。对上述问题中，查出问题金额3.2亿元。") == []
    # without the subset lead, two values of one metric are still read as one metric: shown (12.8 and 8.2 are no slip
    # of each other, far apart), and a slip is a conflict
    assert [r["verdict"] for r in run(cross_reference, text.replace("经济责任审计15个项目中，", "全年"))] == ["unverifiable"]
    assert [r["verdict"] for r in run(cross_reference, text.replace("经济责任审计15个项目中，", "全年").replace(
        "8.2亿元", "12.6亿元"))] == ["inconsistent"]


def test_sections_read_in_the_year_their_overview_opens_with():
    # heading names 2026 (the report's year), the review opens with 2025年，: the closing 2026 plan is another year
    text = ("某区2026年政府工作报告\n2025年，全区实现地区生产总值520亿元。\n一、产业发展。全区新签约项目60个。\n"
            "2026年，全区新签约项目65个。")
    assert run(cross_reference, text) == []
    # two values in the reviewed year still conflict
    bad = text.replace("2026年，全区新签约项目65个。", "二、招商引资。全年新签约项目65个。")
    assert [r["verdict"] for r in run(cross_reference, bad)] == ["inconsistent"]


def test_a_holiday_leading_the_sentence_is_a_few_days_not_the_year():
    text = "全年全市接待游客5600万人次，同比增长8.2%。国庆假期，全市接待游客420万人次，同比增长6.1%。"
    assert [r["verdict"] for r in run(cross_reference, text) if r["verdict"] == "inconsistent"] == []
    assert [r["verdict"] for r in run(cross_reference, "全年接待游客5600万人次。春节黄金周期间，接待游客380万人次。")
            if r["verdict"] == "inconsistent"] == []
    # the year restated with another value still conflicts
    bad = "全年全市接待游客5600万人次，同比增长8.2%。全年全市接待游客5400万人次。"
    assert [r["verdict"] for r in run(cross_reference, bad)] == ["inconsistent"]
