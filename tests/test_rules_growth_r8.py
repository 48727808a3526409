"""growth, target_met and cumulative_vs_new, round 8. Sentences are invented for the tests (none is copied from the
corpus)."""
from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.growth import growth
from analysis.rules.targets import target_met
from rules_cases import run, verdicts


# ---------------------------------------------------------------- target_met: the excess over the plan is no achieved value
def test_completion_percentage_with_the_excess_stated_before_it():
    text = "全年办结信访事项128件，比年度计划115件多13件，完成计划的{pct}。"
    rows = run(target_met, text.format(pct="111.3%"), 2020)
    assert "inconsistent" not in [r["verdict"] for r in rows]
    assert any("128件/115件" in r["computed"] for r in rows)
    assert "inconsistent" in verdicts(target_met, text.format(pct="112.3%"), 2020)


def test_completion_percentage_with_the_excess_invented_wording():
    # 超出 + a verb of its own (多售) between the target and the excess
    text = "全年新建公厕46座，较年度计划40座超出6座，完成计划的{pct}。"
    assert "inconsistent" not in verdicts(target_met, text.format(pct="115.0%"), 2020)
    assert "inconsistent" in verdicts(target_met, text.format(pct="125.0%"), 2020)
    text = "全年完成供水量3.62亿立方米，比年度计划3.4亿立方米多供0.22亿立方米，完成计划的{pct}。"
    assert "inconsistent" not in verdicts(target_met, text.format(pct="106.5%"), 2020)


def test_one_value_between_budget_and_percentage_still_the_achieved_one():
    # decoy: the value between the budget and the percentage, in its own clause, is still what was spent
    text = "年初预算28.50万元，支出决算19.76万元，完成预算的{pct}。"
    assert verdicts(target_met, text.format(pct="69.3%"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(pct="79.3%"), 2020) == ["inconsistent"]


# ---------------------------------------------------------------- target_met: 年度目标新建… without 为, 全年建成…
def test_period_target_with_the_work_right_after_it():
    text = "年度目标新建农村户厕4000座，实际完成{n}座，超额完成年度任务。"
    assert verdicts(target_met, text.format(n="3860"), 2020) == ["inconsistent"]
    assert verdicts(target_met, text.format(n="4120"), 2020) == ["consistent"]
    # invented wording: 全年任务 + 改造
    text = "全年任务改造老旧管网60公里，实际改造{n}公里，圆满完成任务。"
    assert verdicts(target_met, text.format(n="63"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(n="52"), 2020) == ["inconsistent"]


def test_what_the_year_built_after_the_plan_is_the_achieved_value():
    text = "年度计划新建社区日间照料中心40个，全年建成{n}个，超额完成任务。"
    assert verdicts(target_met, text.format(n="36"), 2020) == ["inconsistent"]
    assert verdicts(target_met, text.format(n="43"), 2020) == ["consistent"]
    # invented wording: 当年共改造
    text = "年初计划改造农村危房150户，当年共改造{n}户，完成年度任务。"
    assert verdicts(target_met, text.format(n="156"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(n="138"), 2020) == ["inconsistent"]


def test_a_plan_for_next_year_stays_a_plan():
    # decoy: a plan with nothing done after it
    assert verdicts(target_met, "2021年计划新建社区日间照料中心40个，力争年底前全部建成。", 2020) == []


# ---------------------------------------------------------------- target_met: the target stated in an earlier sentence
def test_target_named_in_an_earlier_section():
    text = ("一、年度任务\n上级下达我县农村公路提档升级任务120公里、危桥改造任务15座。\n"
            "二、完成情况\n危桥改造开工15座。农村公路提档升级{n}公里，超额完成年度任务。")
    assert verdicts(target_met, text.format(n="112"), 2020) == ["inconsistent"]
    assert verdicts(target_met, text.format(n="126"), 2020) == ["consistent"]


def test_target_of_a_longer_span_is_not_the_years():
    # decoy: the earlier target runs over five years
    text = "“十四五”期间农村公路提档升级任务300公里。全年农村公路提档升级112公里，超额完成年度任务。"
    assert verdicts(target_met, text, 2021) == ["unverifiable"]


def test_level_target_in_the_sentence_just_before():
    text = "水质达标率目标为90%以上。全年水质抽检样品250份，合格{k}份，合格率为{p}，达到年度绩效目标。"
    assert verdicts(target_met, text.format(k="216", p="86.4%"), 2020) == ["inconsistent"]
    assert verdicts(target_met, text.format(k="231", p="92.4%"), 2020) == ["consistent"]
    # invented wording: the rate named differently, sharing the thing measured (门诊)
    text = "门诊处方点评率目标不低于95%。全年门诊处方抽查1200张，点评覆盖率{p}，完成年度目标。"
    assert verdicts(target_met, text.format(p="97.5%"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(p="93.5%"), 2020) == ["inconsistent"]


def test_level_target_of_another_thing_just_before_is_left_alone():
    # decoy: the target before names nothing the value's sentence names
    text = "空气优良天数比例目标为85%以上。全年饮用水源地抽检合格率为86.4%，达到年度绩效目标。"
    assert verdicts(target_met, text, 2020) == ["unverifiable"]


# ---------------------------------------------------------------- growth: a date between 由 and the base
def test_points_change_with_dates_before_both_levels():
    text = "贫困发生率由2016年底的9.8%下降到2017年底的6.5%，下降了{pp}个百分点。"
    assert verdicts(growth, text.format(pp="3.3"), 2017) == ["consistent"]
    assert verdicts(growth, text.format(pp="4.3"), 2017) == ["inconsistent"]
    # invented wording: 末 and 提高至
    text = "城镇化率由2019年末的52.4%提高至2020年末的54.1%，提高{pp}个百分点。"
    assert verdicts(growth, text.format(pp="1.7"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(pp="2.7"), 2020) == ["inconsistent"]


# ---------------------------------------------------------------- cumulative_vs_new: parts and wholes are no stocks
def test_whole_of_a_share_is_not_a_flow_paired_with_the_part():
    text = "新登记企业中，“四新”经济企业1264户，占新登记企业数3580户的35.3%。"
    assert verdicts(cumulative_vs_new, text, 2020) == []
    # invented wording
    assert verdicts(cumulative_vs_new, "新增就业人员中，高校毕业生820人，占新增就业总数2460人的33.3%。", 2020) == []


def test_item_of_a_flow_is_not_a_cumulative():
    text = "全年新签约项目14个，其中亿元以上项目6个；新开工项目9个，投产项目5个。"
    assert verdicts(cumulative_vs_new, text, 2020) == []
    # invented wording: 千万元以上, 新引进
    text = "全年新引进企业23家，其中千万元以上企业5家；新投产企业8家。"
    assert verdicts(cumulative_vs_new, text, 2020) == []


def test_cumulative_and_new_still_judged():
    text = "累计认定高新技术企业83家，其中今年新增{n}家。"
    assert verdicts(cumulative_vs_new, text.format(n="5"), 2020) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.format(n="95"), 2020) == ["inconsistent"]


def test_amount_target_of_another_name_just_before_is_left_alone():
    # decoy: two amounts of one unit counting different work; only an amount named as its target is paired
    text = "年度目标新建污水管网30公里。全年改造雨水管网28公里，完成年度目标。"
    assert "inconsistent" not in verdicts(target_met, text, 2020)
    text = "年度任务新增城镇就业3000人。全年新增城镇就业{n}人，超额完成年度任务。"
    assert verdicts(target_met, text.format(n="2860"), 2020) == ["inconsistent"]
    assert verdicts(target_met, text.format(n="3260"), 2020) == ["consistent"]


def test_target_of_another_year_is_not_the_years():
    text = "2019年保障性住房筹集任务400套。2020年保障性住房筹集{n}套，超额完成年度任务。"
    assert verdicts(target_met, text.format(n="380"), 2020) == ["unverifiable"]
    text = "2020年保障性住房筹集任务400套。全年保障性住房筹集{n}套，超额完成年度任务。"
    assert verdicts(target_met, text.format(n="380"), 2020) == ["inconsistent"]
    assert verdicts(target_met, text.format(n="430"), 2020) == ["consistent"]
    text = "2020年保障性住房筹集任务400套。2020年保障性住房筹集{n}套，超额完成年度任务。"
    assert verdicts(target_met, text.format(n="380"), 2020) == ["inconsistent"]
