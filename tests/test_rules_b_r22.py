"""cumulative_vs_new and parts_sum, round 22 (helper B): false alarms on correct reports, each fixed by its mechanism.
cumulative_vs_new: a cumulative opened by 其中 is a part (a sub-period) of the figure before, never its running total;
an item of a 其中 list is no stock a new figure adds to — the list's whole is. parts_sum: the year-end balance
(年末结转和结余) is one use of a spending total; an item's full marks in brackets (指标（20分）得18分) are no part; tiers of
the total's own noun (省级…、市级…) end at a clause with a noun of its own; a 总额 below one of the figures before it is
another indicator; a 民生支出 list names its main functions only. Sentences invented."""
from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.sums import parts_sum
from rules_cases import alarm_verdicts as _alarms
from rules_cases import verdicts_at as _at


# --- cumulative_vs_new ---------------------------------------------------------------------------------------------

def test_sub_period_cumulative_is_no_running_total():
    # decoy: the sub-period's own cumulative after 其中
    assert _alarms(cumulative_vs_new, "“十三五”期间，全县累计改造农村危房1460户，其中2016—2018年累计改造1020户。") == []
    # twin: this year's flow above the running total right after it stays caught
    assert _at(cumulative_vs_new, "今年改造农村危房146户，累计改造102户。", "累计改造102户") == ["inconsistent"]


def test_item_of_a_list_is_no_stock():
    text = "全乡在建项目{x}个，其中水利项目9个、道路项目5个、文化项目2个；新开工项目7个，完工4个。"
    assert _alarms(cumulative_vs_new, text.format(x=16)) == []
    assert _at(cumulative_vs_new, text.format(x=16), "新开工项目7个") == ["consistent"]
    # twin: the list's whole below the new stays caught
    text2 = "全乡在建项目5个，其中水利项目3个、道路项目2个；新开工项目7个，完工4个。"
    assert _at(cumulative_vs_new, text2, "新开工项目7个") == ["inconsistent"]


# --- parts_sum -----------------------------------------------------------------------------------------------------

BUDGET = "2022年度支出总计{t}万元，其中：基本支出1204.30万元，项目支出865.20万元，年末结转和结余132.50万元。"


def test_year_end_balance_is_a_use_of_the_spending_total():
    assert _at(parts_sum, BUDGET.format(t="2202.00"), "2202.00万元") == ["consistent"]
    assert _at(parts_sum, BUDGET.format(t="2262.00"), "2262.00万元") == ["inconsistent"]
    # decoy: an income total is not closed by the year-end balance
    text = "收入合计2069.50万元，其中财政拨款收入1900.00万元，其他收入169.50万元，年末结转和结余132.50万元。"
    assert _alarms(parts_sum, text) == []


SCORE = ("本项目绩效自评得分{t}分。其中，决策指标（20分）得18.5分，过程指标（20分）得19分，"
         "产出指标（40分）得37分，效益指标（20分）得17.5分。")


def test_full_marks_in_brackets_are_no_part():
    assert _alarms(parts_sum, SCORE.format(t="92")) == []
    assert _at(parts_sum, SCORE.format(t="92"), "得分92分") == ["consistent"]
    assert _at(parts_sum, SCORE.format(t="94"), "得分94分") == ["inconsistent"]


def test_tiers_end_at_another_noun():
    assert _alarms(parts_sum, "全市现有众创空间15家，其中国家级4家、省级11家，入驻团队630个。") == []
    assert _alarms(parts_sum, "全市现有众创空间15家，其中国家级4家、省级6家，入驻团队630个。") == []
    # twin: a tier list that closes the total stays judged
    text = "全市现有众创空间15家，其中国家级4家、省级5家、市级8家。"
    assert _at(parts_sum, text, "15家") == ["inconsistent"]


def test_metric_total_below_a_figure_before_is_another_indicator():
    text = "全年全县一般公共预算收入31.5亿元，规上工业产值412.8亿元，税收总额28.4亿元，固定资产投资96.2亿元。"
    assert _alarms(parts_sum, text) == []
    # twin: a medal count closed by its 总数 stays judged
    assert _at(parts_sum, "获金牌12枚、银牌15枚、铜牌19枚，奖牌总数48枚。", "48枚") == ["inconsistent"]


MINSHENG = ("上半年民生支出{t}亿元。其中：教育支出4.10亿元，增长6.2%；卫生健康支出2.30亿元；"
            "社会保障和就业支出3.05亿元；农林水支出2.60亿元。")


def test_minsheng_list_names_main_functions():
    assert _alarms(parts_sum, MINSHENG.format(t="13.80")) == []  # 12.05 of 13.80: the main functions only
    # twin: the listed functions above the whole stay caught
    assert _at(parts_sum, MINSHENG.format(t="10.80"), "10.80亿元") == ["inconsistent"]


# --- misses of tuning36/37 -----------------------------------------------------------------------------------------

LEVEL_FIRST = "截至9月底，全镇累计建成村级光伏电站{c}座，年初为25座，前三季度新建光伏电站6座。"


def test_level_then_previous_then_new_in_one_sentence():
    assert _at(cumulative_vs_new, LEVEL_FIRST.format(c=31), "新建光伏电站6座") == ["consistent"]
    assert _at(cumulative_vs_new, LEVEL_FIRST.format(c=32), "新建光伏电站6座") == ["inconsistent"]
    # decoy: the new names another thing than the level
    assert _alarms(cumulative_vs_new, "目前全街道共有养老驿站19个，年初为15个，今年新建社区食堂6个。") == []


FUNDS = "市级补助380万元，镇级配套260万元，共筹集上述资金{t}万元，用于农田水利设施修缮。"


def test_total_naming_the_items_before():
    assert _at(parts_sum, FUNDS.format(t=640), "640万元") == ["consistent"]
    assert _at(parts_sum, FUNDS.format(t=690), "690万元") == ["inconsistent"]
    # decoy: a total of all kinds may hold more than the two listed
    assert _alarms(parts_sum, "市级补助380万元，镇级配套260万元，共投入各类资金1,200万元。") == []


RATE = ("审计指出问题共31个，涉及资金管理、采购程序等方面。按性质分，制度执行类12个、财务核算类11个、资产管理类8个。"
        "截至年底，已销号26个，销号率83.9%，其余{r}个正在持续整改。")


def test_rest_of_the_whole_the_rate_names():
    assert _at(parts_sum, RATE.format(r=5), "其余5个") == ["consistent"]
    assert _at(parts_sum, RATE.format(r=6), "其余6个") == ["inconsistent"]
    # decoy: a rate of another whole names no figure before: quiet
    text = RATE.format(r=6).replace("销号率83.9%", "资金到位率72.5%")
    assert _alarms(parts_sum, text) == []
