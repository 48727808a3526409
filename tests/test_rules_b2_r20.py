"""Round 20, helper B2: false alarms on correct reports. A plan or a project's whole (年度计划新建…, 计划总投资…) is never
the year's flow — the actual stated after it is; two running totals of one thing around a new in one sentence are the
level before and after it; indicators of different kinds (revenue, profit, assets) are not parts of a total.
Sentences invented."""
from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.sums import parts_sum
from rules_cases import verdicts


# --- a plan before the actual ----------------------------------------------------------------------------------

def test_actual_after_plan_is_the_flow():
    text = "年初计划新建机耕路40公里，实际建成46公里；截至年底全县累计建成机耕路{c}公里，上年末为310公里。"
    assert verdicts(cumulative_vs_new, text.format(c="356"), 2022) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.format(c="366"), 2022) == ["inconsistent"]


def test_project_total_is_no_flow():
    text = "文体中心项目概算总投资9.6亿元，本年度计划投资1.8亿元，实际完成1.95亿元，累计完成投资{c}亿元（上年末累计2.4亿元）。"
    assert "inconsistent" not in verdicts(cumulative_vs_new, text.format(c="4.35"), 2022)
    assert verdicts(cumulative_vs_new, text.format(c="4.85"), 2022) == ["inconsistent"]


def test_target_word_before_new_decoy():
    # decoy: a new figure with no plan word still pairs as before
    text = "全年新建农村公厕58座，累计建成{c}座（上年末为402座）。"
    assert verdicts(cumulative_vs_new, text.format(c="460"), 2022) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.format(c="470"), 2022) == ["inconsistent"]


# --- an earlier running total, the new, the later running total ---------------------------------------------

def test_earlier_running_total_before_new():
    text = "督导组进驻时累计化解信访积案26件；进驻期间新增化解41件，累计化解达到{c}件。"
    assert verdicts(cumulative_vs_new, text.format(c="67"), 2022) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.format(c="72"), 2022) == ["inconsistent"]


def test_part_of_new_is_no_earlier_level_decoy():
    # decoy: the new drawn by 其中 from the running total before it is a part of it, not added to it
    text = "累计建成村级服务站120个，其中今年新建18个。"
    assert verdicts(cumulative_vs_new, text, 2022) == ["consistent"]


# --- indicators of different kinds --------------------------------------------------------------------------

def test_indicators_are_not_parts():
    text = "全年公司实现营业收入7.3亿元、净利润0.82亿元，年末资产总额64.5亿元、资产负债率55.6%。"
    assert "inconsistent" not in verdicts(parts_sum, text, 2022)


def test_parts_of_one_kind_still_add_up():
    text = "年末负债总额{t}亿元，其中流动负债21.4亿元、非流动负债13.2亿元。"
    assert verdicts(parts_sum, text.format(t="34.6"), 2022) == ["consistent"]
    assert verdicts(parts_sum, text.format(t="36.6"), 2022) == ["inconsistent"]


def test_balance_sheet_levels_still_add_up():
    # assets = liabilities + equity: levels of one kind of statement, a true identity
    text = "年末资产总额{t}亿元，负债总额48.2亿元，所有者权益31.6亿元。"
    assert verdicts(parts_sum, text.format(t="79.8"), 2022) == ["consistent"]
    assert verdicts(parts_sum, text.format(t="81.8"), 2022) == ["inconsistent"]


def test_running_total_of_the_next_item_decoy():
    # decoy: the running total after ； is the next item's, not the level the new brought the first to
    text = "全县农民专业合作社累计1,480家，当年新增96家；家庭农场累计52家，当年新增8家。"
    assert "inconsistent" not in verdicts(cumulative_vs_new, text, 2022)


def test_plan_named_a_clause_before_its_figure():
    text = "按照年初计划，新建村级活动场所24处；实际建成27处，全县累计建成{c}处，上年末为188处。"
    assert verdicts(cumulative_vs_new, text.format(c="215"), 2022) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.format(c="225"), 2022) == ["inconsistent"]
