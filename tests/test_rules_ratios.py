"""Derived ratios: a rate or ratio whose two terms are both stated (per capita, 生师比, 资产负债率…)."""
import pytest

from analysis.rules.ratios import derived_ratio
from analysis.rules.shares import granularity, share_of_total
from rules_cases import run, verdicts


@pytest.mark.parametrize("text, verdict", [
    ("小学在校生21.36万人，专任教师1.24万人，生师比为17.2:1。", "consistent"),
    ("初中在校生9.87万人，专任教师7,986人，生师比为12.9:1。", "inconsistent"),
    ("初中在校生9.87万人，专任教师7,986人，生师比为12.4:1。", "consistent"),
])
def test_student_teacher_ratio(text, verdict):
    assert verdicts(derived_ratio, text) == [verdict]


def test_student_teacher_ratio_uses_its_own_part_of_the_sentence():
    text = "小学在校生21.36万人，专任教师1.24万人，生师比为17.2:1；初中在校生9.87万人，专任教师7,986人，生师比为12.4:1。"
    rows = run(derived_ratio, text)
    assert [r["verdict"] for r in rows] == ["consistent", "consistent"]
    assert rows[1]["computed"].startswith("9.87万人/7,986人")
    assert rows[0]["span"] == "生师比为17.2:1"  # the span names the ratio


@pytest.mark.parametrize("stated, verdict", [("65.5%", "consistent"), ("63.5%", "inconsistent"), ("66%", "consistent"), ("67%", "inconsistent")])
def test_debt_to_asset_ratio(stated, verdict):
    text = f"年末资产总额1,286.5亿元，负债总额842.7亿元，所有者权益443.8亿元；资产负债率{stated}，比年初下降1.2个百分点。"
    assert verdicts(derived_ratio, text) == [verdict]


@pytest.mark.parametrize("stated, verdict", [("53.9%", "consistent"), ("54.2%", "inconsistent")])
def test_urbanisation_rate(stated, verdict):
    text = f"年末全县常住人口39.84万人，其中城镇常住人口21.46万人，常住人口城镇化率为{stated}。"
    assert verdicts(derived_ratio, text) == [verdict]


def test_per_thousand_residents():
    text = ("年末全市常住人口312.5万人。全市医疗卫生机构实有床位1.86万张，其中医院1.42万张；床位密度为5.95张/千人。"
            "卫生技术人员中，执业（助理）医师7,812人，注册护士9,038人。每千人口执业（助理）医师2.50人，每千人口注册护士2.89人。")
    rows = run(derived_ratio, text)
    assert [r["verdict"] for r in rows] == ["consistent"] * 3
    assert [r["span"] for r in rows] == ["床位密度为5.95张/千人", "每千人口执业（助理）医师2.50人", "每千人口注册护士2.89人"]
    assert rows[1]["computed"].startswith("7,812人/312.5万人 × 1000")


def test_per_thousand_residents_fails():
    text = "年末全市常住人口312.5万人。注册护士9,038人。每千人口注册护士3.89人。"
    assert verdicts(derived_ratio, text) == ["inconsistent"]


def test_per_thousand_without_population_gives_no_row():
    assert verdicts(derived_ratio, "注册护士9,038人。每千人口注册护士2.89人。") == []


@pytest.mark.parametrize("stated, verdict", [("4.20‰", "consistent"), ("4.5‰", "inconsistent")])
def test_infant_mortality(stated, verdict):
    text = f"全年活产数3.57万人，婴儿死亡150人，婴儿死亡率为{stated}。"
    assert verdicts(derived_ratio, text) == [verdict]


def test_infant_mortality_under_a_family_planning_heading_is_not_a_plan():
    text = "四、妇幼卫生和计划生育\n全年活产数3.57万人，婴儿死亡150人，婴儿死亡率为4.20‰。"
    assert verdicts(derived_ratio, text) == ["consistent"]


@pytest.mark.parametrize("stated, verdict", [("1,500元", "consistent"), ("1,600元", "inconsistent")])
def test_amount_per_person_time(stated, verdict):
    text = f"发放补助412人次、61.8万元，每人次{stated}。"
    assert verdicts(derived_ratio, text) == [verdict]


@pytest.mark.parametrize("stated, verdict", [("0.093", "consistent"), ("0.93", "inconsistent")])
def test_deaths_per_100m_yuan_gdp(stated, verdict):
    text = (f"全年共发生各类生产安全事故37起，死亡21人。一季度发生事故7起、死亡4人。"
            f"亿元地区生产总值生产安全事故死亡率为{stated}（全县地区生产总值225.6亿元）。")
    rows = run(derived_ratio, text)
    assert [r["verdict"] for r in rows] == [verdict]
    assert rows[0]["computed"].startswith("21人/225.6亿元")


@pytest.mark.parametrize("stated, verdict", [("1.95", "consistent"), ("2.05", "inconsistent")])
def test_urban_rural_income_ratio(stated, verdict):
    text = (f"城镇居民人均可支配收入38,512元，增长4.8%；农村居民人均可支配收入19,760元，增长6.7%。"
            f"城乡居民收入比由上年的1.98缩小到{stated}。")
    assert verdicts(derived_ratio, text) == [verdict]


@pytest.mark.parametrize("stated, verdict", [("97.8%", "consistent"), ("98.6%", "inconsistent")])
def test_satisfied_and_basically_satisfied(stated, verdict):
    text = f"代表对办理工作表示满意的176件，基本满意的46件，不满意的5件，满意和基本满意率为{stated}。"
    rows = run(derived_ratio, text)
    assert [r["verdict"] for r in rows] == [verdict]
    assert rows[0]["computed"].startswith("(176件+46件)/(176件+46件+5件)")


@pytest.mark.parametrize("text", [
    "满意和基本满意率为97.8%。",                                   # no counts
    "表示满意的176件，基本满意的46件，满意和基本满意率为97.8%。",     # no 不满意: n not stated
    "生师比为17.2:1。",
    "资产负债率63.5%，比年初下降1.2个百分点。",
    "力争明年资产总额1,300亿元，负债总额800亿元，资产负债率控制在65%以内。",
    "人均可支配收入29,846元，城镇居民人均可支配收入38,512元。",
    "",
    "每千人口",
])
def test_no_row_without_both_terms(text):
    assert verdicts(derived_ratio, text) == []


# ---------------------------------------------------------------- per head, named rates, terms in earlier sentences
@pytest.mark.parametrize("stated, verdict", [("1,480元", "consistent"), ("1,580元", "inconsistent")])
def test_per_head_amount_with_both_terms_in_its_sentence(stated, verdict):
    text = f"全年发放困难群众临时救助金1,086.4万元，惠及7,342人，人均{stated}。"
    rows = run(derived_ratio, text)
    assert [r["verdict"] for r in rows] == [verdict] and rows[0]["computed"].startswith("1,086.4万元/7,342人")


@pytest.mark.parametrize("text", [
    "全年发放低保金2,400万元，保障3,200人，人均月补助625元。",          # a rate per month, not per year
    "全县常住人口39.84万人，地区生产总值225.6亿元，人均地区生产总值5.2万元。",  # residents: weak, and it fails
    "入社农户1.26万户，带动入社农户户均增收1,850元。",                  # no amount in the sentence
    "城镇居民人均可支配收入38,512元，农村居民人均可支配收入19,760元。",
])
def test_per_head_needs_an_amount_and_a_head_count(text):
    assert verdicts(derived_ratio, text) == []


@pytest.mark.parametrize("stated, verdict", [("约1,612元", "consistent"), ("2,612元", None)])
def test_per_student_amount_takes_students_from_anywhere_before_and_is_weak(stated, verdict):
    text = (f"学校在校学生4,862人，其中本部校区在校生2,480人。\n\n"
            f"全年经费支出3,846万元，由人员经费2,652万元、公用经费784万元、专项经费410万元组成，生均公用经费{stated}。")
    assert verdicts(derived_ratio, text) == ([verdict] if verdict else [])


@pytest.mark.parametrize("stated, verdict", [("15.6:1", "consistent"), ("16.6:1", None)])
def test_student_teacher_ratio_in_its_own_sentence_is_weak(stated, verdict):
    text = f"集团在校学生4,862人，本部校区在校生2,480人。现有教职工368人，专任教师312人。集团生师比为{stated}。"
    rows = run(derived_ratio, text)
    assert [r["verdict"] for r in rows] == ([verdict] if verdict else [])
    if verdict:
        assert rows[0]["computed"].startswith("4,862人/312人")


@pytest.mark.parametrize("stated, verdict", [("63.16%", "consistent"), ("61.16%", "inconsistent")])
def test_housing_fund_withdrawal_rate(stated, verdict):
    text = (f"全年缴存额98.72亿元，同比增长6.3%。年末缴存余额261.60亿元。\n"
            f"全年提取额62.35亿元，同比下降3.1%，提取率{stated}。")
    assert verdicts(derived_ratio, text) == [verdict]


def test_housing_fund_loan_rate():
    text = "年末缴存余额261.60亿元。截至年末，个人住房贷款余额186.52亿元，个人住房贷款率为71.3%。"
    assert verdicts(derived_ratio, text) == ["consistent"]


@pytest.mark.parametrize("stated, verdict", [("600元", "consistent"), ("650元", None)])
def test_per_head_over_visits_is_weak(stated, verdict):
    text = f"全年走访慰问重点优抚对象3,120人次，发放慰问金187.2万元，人均{stated}。"
    assert verdicts(derived_ratio, text) == ([verdict] if verdict else [])


@pytest.mark.parametrize("stated, verdict", [("4名", "consistent"), ("5名", None)])
def test_per_thing_its_head_noun_names(stated, verdict):
    text = f"建成乡镇安监站16个，配备专职安监员64名，每站平均{stated}。"
    assert verdicts(derived_ratio, text) == ([verdict] if verdict else [])


@pytest.mark.parametrize("stated, verdict", [("296.8件", "consistent"), ("306.8件", None)])
def test_per_head_amount_worded_otherwise_is_weak(stated, verdict):
    text = f"全年共受理各类案件12,486件；审结11,873件，全院40名员额法官人均结案{stated}。"
    assert verdicts(derived_ratio, text) == ([verdict] if verdict else [])


@pytest.mark.parametrize("stated, verdict", [("92.1%", "consistent"), ("95.1%", None)])
def test_budget_execution_rate_is_weak(stated, verdict):
    text = (f"2024年部门年度预算资金2860万元，其中基本支出1120万元，项目支出1740万元。"
            f"全年实际支出2634万元，预算执行率{stated}。")
    # (the funds' share rule may pair it first — one row either way)
    assert verdicts(derived_ratio, text) + verdicts(share_of_total, text) == ([verdict] if verdict else [])


def test_span_names_the_ratio():
    rows = run(derived_ratio, "年末全县户籍人口46.82万人，其中城镇人口19.6万人，户籍人口城镇化率41.9%。")
    assert [r["verdict"] for r in rows] == ["consistent"] and rows[0]["span"] == "户籍人口城镇化率41.9%"


@pytest.mark.parametrize("stated, verdict", [("98.7%", "consistent"), ("99.7%", None)])
def test_satisfied_rate_without_the_dissatisfied_count_takes_the_cases_before_weakly(stated, verdict):
    text = f"经审查立案152件。委员对办理结果表示满意的139件、基本满意的11件，满意和基本满意率{stated}。"
    assert verdicts(derived_ratio, text) == ([verdict] if verdict else [])


@pytest.mark.parametrize("text, verdict", [
    ("全县农户2.6万户，拥有家用汽车1.04万辆，每百户拥有家用汽车40辆。", ["consistent"]),
    ("全镇共有居民家庭3,200户，安装空调4,864台，平均每百户拥有空调152台。", ["consistent"]),
    # a 每百户 figure usually comes from a sample survey: one that the totals do not give is never called wrong
    ("全县农户2.6万户，拥有家用汽车1.04万辆，每百户拥有家用汽车45辆。", []),
    # no household count in the sentence: nothing to divide by
    ("年末私人汽车保有量28.6万辆，城镇居民每百户拥有家用汽车48辆。", []),
])
def test_things_per_hundred_households_are_weak(text, verdict):
    assert verdicts(derived_ratio, text) == verdict


def test_a_ratio_judged_here_is_not_judged_again_by_the_share_rule():
    from analysis.rules.shares import share_of_total

    text = "全年活产数3,205人，婴儿死亡10人，婴儿死亡率为3.52‰。"
    assert verdicts(derived_ratio, text) == ["inconsistent"]
    assert verdicts(share_of_total, text) == []


@pytest.mark.parametrize("rate, verdict", [("58.1%", "consistent"), ("56.1%", "inconsistent")])
def test_debt_ratio_two_sentences_after_its_terms(rate, verdict):
    text = (f"年末公司资产总额86.4亿元，负债总额50.2亿元。资产中，流动资产31.6亿元，非流动资产54.8亿元。"
            f"资产负债率{rate}，较年初下降0.6个百分点。")
    assert verdicts(derived_ratio, text) == [verdict]


@pytest.mark.parametrize("text, verdict", [
    # 满意率（含基本满意） reads as 满意和基本满意率: (1,204 + 312)/(1,204 + 312 + 41) = 97.37%
    ("回访群众1,557人次，其中满意1,204人次、基本满意312人次、不满意41人次，满意率（含基本满意）97.4%。", "consistent"),
    ("回访群众1,557人次，其中满意1,204人次、基本满意312人次、不满意41人次，满意率（含基本满意）98.4%。", "inconsistent"),
    # no 不满意 count: the whole the 其中 splits is the number asked, (175 + 21)/200 = 98.0%
    ("共回收征求意见表200份，其中满意175件、基本满意21件，满意和基本满意率为98.0%。", "consistent"),
    ("共回收征求意见表200份，其中满意175件、基本满意21件，满意和基本满意率为98.5%。", "inconsistent"),
])
def test_satisfied_and_basically_satisfied_worded_otherwise(text, verdict):
    assert verdicts(derived_ratio, text) == [verdict]


def test_a_bound_on_the_ratio_is_not_the_ratio():
    text = "年末资产总额2,486.3亿元，负债总额1,512.6亿元，平均资产负债率60.8%。9户一级企业中，资产负债率超过70%的有2户。"
    assert verdicts(derived_ratio, text) == ["consistent"]


@pytest.mark.parametrize("rate, verdict", [("301.9/10万", ["consistent"]), ("310.9/10万", [])])
def test_a_rate_per_100000_residents_is_weak(rate, verdict):
    text = f"全县常住人口42.6万人。全年报告法定传染病12种1,286例，发病率{rate}。"
    assert verdicts(derived_ratio, text) == verdict


# ---------------------------------------------------------------- round 3: completion, budgets as targets, vital rates
@pytest.mark.parametrize("stated, want", [("103.7%", ["consistent"]), ("93.7%", [])])
def test_completion_rate_is_done_over_planned(stated, want):
    # an invented wording; the plan is a target, still a term of its own completion rate (weak: only when it holds)
    assert verdicts(derived_ratio, f"项目计划改造户厕4,200户，实际完成4,356户，完成率{stated}。") == want


def test_completion_rate_worded_with_a_target_task():
    text = "年度目标任务新增就业1,500人，全年实际新增就业1,620人，完成率108%。"
    assert verdicts(derived_ratio, text) == ["consistent"]
    assert verdicts(granularity, text) == []  # more than 100% is no share of a count


def test_budget_execution_rate_over_a_budget_labelled_as_such():
    text = "专项资金预算3,860万元。截至12月31日，实际支出3,512.6万元，预算执行率91.0%。"
    rows = run(derived_ratio, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and rows[0]["computed"].startswith("3,512.6万元/3,860万元")
    # a budget planned for next year is no term
    assert verdicts(derived_ratio, "明年专项预算拟安排3,860万元。今年实际支出3,512.6万元，预算执行率91.0%。") == []


@pytest.mark.parametrize("stated, want", [("8.25‰", ["consistent"]), ("8.31‰", []), ("9.25‰", ["inconsistent"])])
def test_birth_rate_over_the_population_stated_before(stated, want):
    # over the year's average population, which the text does not give: the year-end count stands in for it, so a
    # rate off by less than 1.5% gets no verdict (8.31‰), one off by more is wrong (9.25‰ of 8.25‰, round 6)
    text = f"年末常住人口385.6万人。全年出生人口3.18万人，出生率{stated}。"
    assert verdicts(derived_ratio, text) == want


def test_birth_rate_without_a_population_gives_no_row():
    assert verdicts(derived_ratio, "全年出生人口3.18万人，出生率8.25‰。") == []


def test_a_completion_rate_paired_by_the_share_rule_gets_one_row():
    from analysis.rules.shares import share_of_total

    text = "年度计划实施重点项目36项，实际完成34项，完成率94.4%。"
    assert verdicts(share_of_total, text) == ["consistent"]
    assert verdicts(derived_ratio, text) == []


def test_per_household_amount_stated_in_wan_is_compared_in_its_own_unit():
    # 户均4.03万元: the quotient of base units is brought into 万元 before comparing
    assert verdicts(derived_ratio, "全年发放小额信贷2.36亿元，惠及脱贫户5,860户，户均4.03万元。") == ["consistent"]
    assert verdicts(derived_ratio, "全年发放小额信贷2.36亿元，惠及脱贫户5,860户，户均4.63万元。") == ["inconsistent"]
    # another author's phrasing, stated in 元: unchanged
    assert verdicts(derived_ratio, "共拨付奖补资金360万元，覆盖农户1,200户，平均每户补助3,000元。") in (["consistent"], [])
