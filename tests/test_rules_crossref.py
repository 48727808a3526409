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
