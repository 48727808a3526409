"""cross_reference, round 6: restatements named with filler words, in plan sections, as a plan's base, by the whole
set, with swapped digits under another verb — and the subjects, parts and periods that keep two figures apart."""
import pytest

from analysis.rules.crossref import cross_reference

from rules_cases import run, verdicts


# ---------------------------------------------------------------- "of every kind", "the number of"
def test_every_kind_and_number_of_are_filler():
    text = "全年共发生各类火灾事故31起，直接财产损失86万元。\n三、存在的问题\n全年发生火灾事故34起，农村火灾占比偏高。"
    assert verdicts(cross_reference, text, 2020) == ["inconsistent"]
    text = "全县共有养老机构18家，床位1,240张。\n养老服务方面，全县养老机构数量为21家。"
    assert verdicts(cross_reference, text, 2020) == ["inconsistent"]
    # another author's phrasing: 各项 before the metric, 总量 after it
    text = "本年度办理各项行政许可事项4,126件。\n二、政务服务\n本年度办理行政许可事项总量4,162件。"
    assert verdicts(cross_reference, text, 2020) == ["inconsistent"]


def test_a_part_of_another_whole_is_not_the_total():
    text = ("服务企业168家，其中高新技术企业62家、科技型中小企业106家。\n"
            "新认定高新技术企业28家，全区高新技术企业总数达到426家。")
    assert verdicts(cross_reference, text, 2024) == []


def test_per_head_value_is_not_the_amount():
    text = "全区养老床位总数4,865张。\n每千名老年人拥有养老床位37.8张。"
    assert verdicts(cross_reference, text, 2024) == []


# ---------------------------------------------------------------- plan sections
def test_a_plan_base_dated_to_the_period_is_the_period_value():
    text = ("一、2019年计划执行情况\n全县地区生产总值完成218.6亿元，增长7.2%。\n"
            "二、2020年主要目标\n建议2020年主要预期目标为：以2019年全县地区生产总值216.8亿元为基数，增长7%左右。")
    rows = run(cross_reference, text, 2019)
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    assert rows[0]["stated"] == "218.6亿元; 216.8亿元"
    # invented phrasing: 作为基数, another metric
    text = ("一、2023年工作回顾\n城镇居民人均可支配收入41,250元，增长5.8%。\n"
            "二、2024年工作计划\n以2023年城镇居民人均可支配收入41,520元作为基数，力争增长6%。")
    assert verdicts(cross_reference, text, 2023) == ["inconsistent"]


def test_a_plan_base_of_a_later_year_is_left_alone():
    text = ("一、2019年计划执行情况\n全县地区生产总值完成218.6亿元。\n"
            "二、2020年主要目标\n以2020年全县地区生产总值230亿元为基数，测算2021年目标。")
    assert verdicts(cross_reference, text, 2019) == []


def test_a_result_dated_before_the_plan_year_is_restated():
    text = ("一、组织收入\n全年组织税费收入68.42亿元，增长6.9%。\n"
            "五、2021年工作打算\n综上，2020年全市组织税费收入68.42亿元，为经济发展提供了财力保障。")
    assert verdicts(cross_reference, text, 2020) == ["consistent"]
    text = ("一、组织收入\n全年组织税费收入68.42亿元，增长6.9%。\n"
            "五、2021年工作打算\n2021年全市组织税费收入力争达到72亿元。")
    assert verdicts(cross_reference, text, 2020) == []


# ---------------------------------------------------------------- swapped digits under another verb
def test_swapped_digits_same_noun_other_verb():
    text = "1.基础工作。全年发放优待证12860张。\n5.存在不足。全年共制发优待证12680张，尚有部分对象未领取。"
    assert verdicts(cross_reference, text, 2021) == ["inconsistent"]
    # invented: 印发 / 分发 a handbook
    text = "全年印发宣传手册3,450册。\n另外，全年分发宣传手册3,540册。"
    assert verdicts(cross_reference, text, 2021) == ["inconsistent"]


def test_swapped_digits_of_two_nouns_are_left_alone():
    text = "全年发放优待证12860张。\n全年发放慰问金12680元。"
    assert verdicts(cross_reference, text, 2021) == []


# ---------------------------------------------------------------- the whole set a part is taken from
def test_the_whole_set_before_among():
    text = "全市建成农贸市场快检室46个。\n二、存在问题\n全市43个农贸市场快检室中，有11个未正常运行。"
    assert verdicts(cross_reference, text, 2019) == ["inconsistent"]
    text = "全市建成农贸市场快检室46个。\n二、存在问题\n全市46个农贸市场快检室中，有11个未正常运行。"
    assert verdicts(cross_reference, text, 2019) == ["consistent"]
    # invented: 设有 … 中
    text = "全县设有便民服务站128个。\n调查显示，全县126个便民服务站中，有9个人员不足。"
    assert verdicts(cross_reference, text, 2019) == ["inconsistent"]


def test_a_flow_of_the_year_is_not_the_whole_set():
    text = "今年建成农贸市场快检室5个。\n全市43个农贸市场快检室中，有11个未正常运行。"
    assert verdicts(cross_reference, text, 2019) == []


# ---------------------------------------------------------------- named rates of the place
def test_a_short_named_rate_restated():
    assert verdicts(cross_reference, "全县森林覆盖率达到45.3%。\n生态建设成效明显，全县森林覆盖率为43.5%。", 2020) == ["inconsistent"]
    assert verdicts(cross_reference, "全县森林覆盖率达到45.3%。\n生态建设成效明显，全县森林覆盖率为45.3%。", 2020) == ["consistent"]
    # process rates stay out
    assert verdicts(cross_reference, "信访事项按期办结率98.1%。\n二、信访\n信访事项按期办结率为96.4%。", 2020) == []


# ---------------------------------------------------------------- subjects and periods that keep apart
@pytest.mark.parametrize("text", [
    # 涉及资金: an attribute of what the clause describes
    "审计了乡村振兴衔接资金，涉及资金3.2亿元，抽查项目45个。\n其中：4个项目建成后闲置，涉及资金680万元；5个项目进度滞后，涉及资金1120万元。",
    # 该类问题: the class its heading names
    "一、财政管理方面问题整改情况。该类问题共18个，已整改16个。\n二、部门预算执行方面问题整改情况。该类问题共32个，已全部整改。",
    # 全市 and 市本级: the part after 其中 of two wholes
    "全市一般公共预算支出完成786.5亿元，其中民生支出623.8亿元，占79.3%。\n二、市本级预算执行情况\n"
    "市本级一般公共预算支出完成152.8亿元，其中民生支出118.6亿元，占77.6%。",
    # a part of the year named by the heading or the paragraph's opening
    "某市2024年一季度及全年商务运行情况\n\n一、一季度\n一季度，全市货物进出口总额126.3亿元。实际使用外资1.86亿美元。\n\n"
    "二、全年\n全年货物进出口总额528.6亿元。实际使用外资7.82亿美元，同比增长3.4%。",
    # two headings naming two of a kind
    "一、农业专项资金\n审计抽查农业专项资金1.86亿元。发现问题资金2365万元。\n\n"
    "二、教育专项资金\n审计抽查教育专项资金2.52亿元。发现问题资金1865万元。",
    # numbered items led by names that start with a digit
    "3.高血压患者管理：登记在册高血压患者5.36万人，规范管理4.12万人。\n4.2型糖尿病患者管理：登记在册1.86万人，规范管理1.42万人。",
    # invented: two of a kind under headings named by place
    "一、东城片区老旧小区改造\n完成改造投资1.26亿元。\n二、西城片区老旧小区改造\n完成改造投资0.84亿元。",
])
def test_other_subjects_and_periods_give_no_alarm(text):
    assert "inconsistent" not in verdicts(cross_reference, text, 2024)


def test_kind_headings_do_not_hide_a_restatement_under_a_problem_heading():
    text = ("一、事故总体情况\n全年共发生各类生产安全事故23起、死亡14人。\n"
            "三、存在的问题\n全年共发生生产安全事故25起，道路交通事故占比仍然偏高。")
    assert verdicts(cross_reference, text, 2020) == ["inconsistent"]


# ================================================================ enumeration_count
from analysis.rules.enumeration import enumeration_count  # noqa: E402


@pytest.mark.parametrize("text", [
    "下一步，我们将着力做好三方面工作：第一，深化改革；第二，优化服务；第三，加强队伍建设。",
    "工作中形成了“三个结合”的经验：把集中整治与日常监管相结合，把教育引导与依法惩处相结合，把部门联动与群众参与相结合。",
    # invented: 第X、 markers and a list of clauses joined by 与
    "总结起来有两条经验：第一、坚持规划先行；第二、坚持群众参与。",
])
def test_ordinal_and_clause_lists_that_hold_give_no_alarm(text):
    assert "inconsistent" not in verdicts(enumeration_count, text)


@pytest.mark.parametrize("text", [
    "主要有以下五点体会：第一，必须坚持党的领导。第二，必须坚持问题导向。第三，必须坚持群众路线。第四，必须坚持改革创新。",
    "本年度主要完成了以下三项重点任务：\n1. 完成机构改革；\n2. 完成清产核资；\n3. 完成信息系统升级；\n4. 完成档案数字化。",
    "着力构建“三大体系”——产业体系、生产体系、经营体系、服务体系。",
    # invented: numbered lines closed by a paragraph that is no item
    "今年重点推进四项改革：\n1.推行告知承诺制；\n2.推行容缺受理；\n3.推行帮办代办。\n各项改革均已落地见效。",
])
def test_numbered_lists_that_miscount_are_found(text):
    assert verdicts(enumeration_count, text) == ["inconsistent"]


@pytest.mark.parametrize("text", [
    # the list goes on in the paragraph after the last marker: where it ends is unclear
    "抓好五项工作：第一，抓招商。第二，抓项目。第三，抓服务。另外还要抓好安全和稳定等工作。",
    # items spread over paragraphs that are not consecutive numbered lines
    "重点做好四项工作：\n（一）抓项目。\n全年实施项目12个。\n（二）抓招商。\n（三）抓服务。",
])
def test_numbered_runs_without_a_clear_end_are_left_alone(text):
    assert "inconsistent" not in verdicts(enumeration_count, text)


def test_numbered_lines_that_agree_are_consistent():
    text = "本年度完成了以下四项重点任务：\n1. 完成机构改革；\n2. 完成清产核资；\n3. 完成信息系统升级；\n4. 完成档案数字化。"
    assert verdicts(enumeration_count, text) == ["consistent"]


# ================================================================ placeholder
from analysis.rules.placeholder import placeholder  # noqa: E402


@pytest.mark.parametrize("text", [
    "其中财政拨款收入万元，占总收入的85%。",
    "年内完成投资亿元，同比增长8%。",
    "新建改建农村公路公里。",
    "全年共召开党组会议次、专题会议12次。",
    "共下达整改通知书份，督促整改问题45个。",
    "全年累计办理业务〔 〕件。",
    # invented phrasings
    "今年争取上级补助资金亿元，用于农村饮水工程。",
    "累计发放宣传手册份，覆盖全部行政村。",
    "开展专项巡查12次、联合执法次，查处案件28件。",
])
def test_blanks_after_a_word(text):
    assert verdicts(placeholder, text) == ["missing"]


@pytest.mark.parametrize("text", [
    "辖区面积4.8平方公里，常住人口3.2万人。",
    "完成旅客周转量12.6亿人公里，货物周转量86.5亿吨公里。",
    "主动走访委员32人次，召开座谈会86场次。",
    "代表对答复结果满意18件、基本满意3件，无不满意件。",
    "全县投资亿元以上项目达到12个。",
    "单位：万元。全年支出1,286万元。",
    "全年处理信访事件、化解矛盾纠纷126件。",
    "共印发文件，全年办理信访126件。",
    "建设养殖场、屠宰场等设施，带动农户1,200户。",
])
def test_words_that_end_with_a_unit_are_no_blank(text):
    assert verdicts(placeholder, text) == []


# ================================================================ date_valid
from analysis.rules.dates import date_valid  # noqa: E402


@pytest.mark.parametrize("text", ["截至2020年13月底，项目已完工。", "2019年15月，召开推进会。", "13月份完成验收。"])
def test_months_that_do_not_exist(text):
    assert verdicts(date_valid, text) == ["inconsistent"]


@pytest.mark.parametrize("text", ["截至2020年12月底，项目已完工。", "历时13个月完成建设。", "1-12月份累计完成投资。",
                                  "共完成113月度考核。"])
def test_real_months_and_durations_are_valid(text):
    assert verdicts(date_valid, text) == []


# ================================================================ one amount in two units
@pytest.mark.parametrize("text, verdict", [
    ("收入合计28.0亿元，即280000万元。", ["consistent"]),
    ("收入合计28.0亿元，即28000万元。", ["inconsistent"]),
    ("项目总投资1.25亿元（折合12500万元）。", ["consistent"]),
    ("共受理投诉120件，即每月10件。", []),
    ("全年接待游客120万人次，即上年的1.2倍。", []),
])
def test_one_amount_restated_in_another_unit(text, verdict):
    assert verdicts(cross_reference, text, 2024) == verdict


def test_headings_that_differ_only_by_a_generic_tail_do_not_separate():
    text = ("一、总体完成情况\n全年新增城镇就业8,360人。\n"
            "二、分项完成情况\n（一）就业创业。全年新增城镇就业8,520人，完成目标的104.5%。")
    assert verdicts(cross_reference, text, 2020) == ["inconsistent"]


def test_the_units_of_a_village_stated_twice():
    text = "全村辖6个村民小组，户籍人口1,284人。\n二、人居环境\n全村6个村民小组均已建立保洁制度。"
    assert verdicts(cross_reference, text, 2019) == ["consistent"]
    text = "全村辖6个村民小组，户籍人口1,284人。\n二、人居环境\n全村7个村民小组均已建立保洁制度。"
    assert verdicts(cross_reference, text, 2019) == ["inconsistent"]


@pytest.mark.parametrize("text, verdict", [
    ("工作中形成了“四个结合”的经验：把集中整治与日常监管相结合，把教育引导与依法惩处相结合，把部门联动与群众参与相结合。",
     ["inconsistent"]),
    ("工作中形成了“三个结合”的经验：把集中整治与日常监管相结合，把教育引导与依法惩处相结合，把部门联动与群众参与相结合。",
     ["consistent"]),
    # invented: items that each pair two things with 和
    ("落实三项制度：财务和资产管理制度、人事和劳动管理制度、采购和招标管理制度。", ["consistent"]),
    ("落实四项制度：财务和资产管理制度、人事和劳动管理制度、采购和招标管理制度。", ["inconsistent"]),
    ("落实两项制度：财务和资产管理制度、人事和劳动管理制度。", ["consistent"]),
])
def test_items_that_each_hold_a_conjunction(text, verdict):
    assert verdicts(enumeration_count, text) == verdict
