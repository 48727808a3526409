"""cumulative_vs_new, round 7: stocks that also lose items (注销, 撤并, 关闭, 复审未通过…) and a level risen from a
bare 由 with the rise named right after. Sentences are invented for the tests (none is copied from the corpus)."""
from analysis.rules.cumulative import cumulative_vs_new
from rules_cases import run, verdicts


def _rows(text: str) -> list[tuple[str, str]]:
    return [(r["verdict"], r["stated"]) for r in run(cumulative_vs_new, text, 2020)]


# ---------------------------------------------------------------- a stock with an outflow in its sentence
def test_outflow_listed_after_the_inflow_is_subtracted():
    text = "年初有各类企业2860家，全年新增620家、注销180家，年末共有{cur}家。"
    assert verdicts(cumulative_vs_new, text.format(cur="3300"), 2020) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.format(cur="3400"), 2020) == ["inconsistent"]
    # the outflow is never taken for the new figure
    assert all("new 180家" not in st for _, st in _rows(text.format(cur="3300")))


def test_outflow_after_a_rise_from_last_year():
    text = "全市高新技术企业由上年的186家增加到{cur}家，年内新增56家，复审未通过12家。"
    assert verdicts(cumulative_vs_new, text.format(cur="230"), 2020) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.format(cur="236"), 2020) == ["inconsistent"]


def test_outflow_invented_wording():
    # another author: 新登记 … 清理注销 …
    text = "全县农民专业合作社由上年的412家增加到{cur}家，年内新登记38家，清理注销13家。"
    assert verdicts(cumulative_vs_new, text.format(cur="437"), 2020) == ["consistent"]
    assert "inconsistent" in verdicts(cumulative_vs_new, text.format(cur="460"), 2020)
    # 新增 read as net of the outflow (412 + 38 = 450) is one reading that holds: no alarm
    assert "inconsistent" not in verdicts(cumulative_vs_new, text.format(cur="450"), 2020)


def test_two_outflows_or_an_unlisted_one_give_no_alarm():
    # two outflows (关闭, 合并): previous + new alone never judged
    assert "inconsistent" not in verdicts(cumulative_vs_new, "全县养老机构由上年的56家增加到60家，年内新建6家，关闭1家、合并1家。", 2020)
    assert "inconsistent" not in verdicts(cumulative_vs_new, "村卫生室由上年的5862个增加到6415个，年内新建563个，撤并10个。", 2020)


# ---------------------------------------------------------------- 由A增加到B，新增C: B − A = C
def test_bare_rise_then_its_increase():
    text = "全县注册志愿者由3.2万人增加到4.6万人，新增{n}万人。"
    assert verdicts(cumulative_vs_new, text.format(n="1.4"), 2020) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.format(n="1.6"), 2020) == ["inconsistent"]


def test_bare_rise_invented_wording():
    text = "全区家庭农场由318家增至405家，新增{n}家。"
    assert verdicts(cumulative_vs_new, text.format(n="87"), 2020) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.format(n="97"), 2020) == ["inconsistent"]


def test_bare_rise_with_a_part_or_a_far_flow_is_left_alone():
    # 其中新增省级示范场12家 is a part of the stock; a flow two clauses on is not the rise
    assert "inconsistent" not in verdicts(cumulative_vs_new, "全区家庭农场由318家增至405家，其中新增省级示范场12家。", 2020)
    assert "inconsistent" not in verdicts(cumulative_vs_new, "全区家庭农场由318家增至405家，带动就业2000人，新增示范场12家。", 2020)


# ---------------------------------------------------------------- parts of the year and the year's running total
def test_half_years_sum_to_the_year():
    text = "1—6月累计办理业务2860件，7—12月办理3120件，全年累计{y}件。"
    assert verdicts(cumulative_vs_new, text.format(y="5980"), 2020) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.format(y="6980"), 2020) == ["inconsistent"]


def test_up_to_a_month_and_the_last_quarter_sum_to_the_year():
    text = "截至9月底已完成1260户，第四季度完成386户，全年累计完成{y}户。"
    assert verdicts(cumulative_vs_new, text.format(y="1646"), 2020) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.format(y="1746"), 2020) == ["inconsistent"]


def test_four_quarters_invented_wording():
    text = "一季度接待游客32万人次，二季度41万人次，三季度56万人次，四季度38万人次，全年接待游客{y}万人次。"
    assert verdicts(cumulative_vs_new, text.format(y="167"), 2020) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.format(y="187"), 2020) == ["inconsistent"]


def test_a_quarter_after_qizhong_within_the_year_running_total():
    assert verdicts(cumulative_vs_new, "全年累计接种疫苗712.6万剂次，其中第四季度186.3万剂次。", 2020) == ["consistent"]
    assert verdicts(cumulative_vs_new, "全年累计接种疫苗712.6万剂次，其中第四季度786.3万剂次。", 2020) == ["inconsistent"]


def test_parts_of_the_year_of_other_things_or_gaps_are_left_alone():
    # 受理 against 结案: two things; 一季度 + 三季度 leave a gap; a plan for the second half
    assert verdicts(cumulative_vs_new, "全年受理案件560件，上半年结案260件、下半年结案280件。", 2020) == []
    assert verdicts(cumulative_vs_new, "一季度完成32件，三季度完成41件，全年完成100件。", 2020) == []
    assert "inconsistent" not in verdicts(cumulative_vs_new, "上半年完成投资12亿元，下半年计划完成18亿元，全年计划完成28亿元。", 2020)


def test_half_years_listed_after_qizhong():
    text = "全年受理群众来信来访1,286件次，其中上半年628件次、下半年{h2}件次，按期办结率98.6%。"
    assert verdicts(cumulative_vs_new, text.format(h2="658"), 2020) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.format(h2="688"), 2020) == ["inconsistent"]
    # another thing beside the periods (入库 against 实现税收收入): left alone
    assert verdicts(cumulative_vs_new, "前三季度实现税收收入6.8亿元，全年实现税收收入9.2亿元，第四季度入库2.5亿元。", 2020) == []


def test_level_reached_from_last_year_end_is_the_current_one():
    # 由上年末的126个增加到142个: 142 is the current level (its clause names 上年末 only through 由…的)
    text = "全县登记在册志愿服务组织由上年末的126个增加到{cur}个，年内新成立21个，注销5个。"
    assert verdicts(cumulative_vs_new, text.format(cur="142"), 2020) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.format(cur="152"), 2020) == ["inconsistent"]
    # with no outflow stated, previous + new must give current
    assert verdicts(cumulative_vs_new, "全县志愿服务组织由上年末的126个增加到142个，年内新增18个。", 2020) == ["inconsistent"]
    assert verdicts(cumulative_vs_new, "全县志愿服务组织由上年末的126个增加到142个，年内新成立16个。", 2020) == ["consistent"]


def test_a_goal_for_the_year_is_no_running_total():
    # 全年目标 / 全年任务: the halves may exceed it
    assert verdicts(cumulative_vs_new, "全年目标完成投资52亿元，上半年完成26亿元，下半年完成28亿元。", 2020) == []
    assert verdicts(cumulative_vs_new, "全年任务为新建公厕52座，上半年建成26座，下半年建成28座。", 2020) == []
    assert verdicts(cumulative_vs_new, "全年完成投资54亿元，上半年完成26亿元，下半年完成28亿元，超过年度目标52亿元。", 2020) == ["consistent"]
