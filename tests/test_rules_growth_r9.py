"""growth and target_met, round 9 (false alarms of reviewer rv11). Sentences invented except the must-not-alarm ones."""
from analysis.rules.growth import growth
from analysis.rules.targets import target_met
from rules_cases import verdicts


# ---------------------------------------------------------------- target_met: a difference or a completion rate is no level
def test_saving_is_not_the_amount_spent():
    text = "2021年机关运行经费支出18.62万元，比年初预算20.00万元节约1.38万元，执行率{pct}。"
    assert "inconsistent" not in verdicts(target_met, text.format(pct="93.1%"), 2021)
    own = "全年会议费支出6.40万元，较预算8.00万元结余1.60万元，执行率{pct}。"
    assert verdicts(target_met, own.format(pct="80.0%"), 2021) == ["consistent"]
    assert verdicts(target_met, text.format(pct="93.1%"), 2021) == ["consistent"]
    # broken twin: the rate is judged on the amount spent, not on the saving
    assert verdicts(target_met, text.format(pct="97.1%"), 2021) == ["inconsistent"]


def test_excess_is_not_the_plan():
    text = "项目计划受益人口1.15万人。受益人口1.2万人，超出计划500人，完成计划的104.3%。"
    assert "inconsistent" not in verdicts(target_met, text, 2021)
    # the broken twin with the plan stated plainly is still caught
    assert "inconsistent" in verdicts(target_met, "年度计划改造管网48公里，全年改造管网46公里，完成计划的105.8%。", 2021)


def test_completion_rate_is_not_a_control_target():
    text = "全年城镇新增就业4200人，完成市下达目标任务3500人的120%，较上年增长20%；城镇登记失业率控制在3.2%以内，低于控制目标0.8个百分点。"
    assert "inconsistent" not in verdicts(target_met, text, 2021)


# ---------------------------------------------------------------- growth: a base from another metric's clause
def test_base_of_another_metric_in_the_previous_clause():
    text = "全镇完成财政收入3.86亿元，比上年的3.42亿元增长12.9%；农民人均纯收入6820元，比上年增加770元，增长12.7%。"
    assert "inconsistent" not in verdicts(growth, text, 2011)
    own = "全区税收收入12.6亿元，比上年的11.2亿元增长12.5%；城镇居民人均可支配收入41250元，比上年增加2350元。"
    assert "inconsistent" not in verdicts(growth, own, 2021)
    # broken twin: a wrong base in the rate's own clause is still caught
    assert "inconsistent" in verdicts(growth, "财政收入3.86亿元，比上年的3.42亿元增长15.9%。", 2011)


# ---------------------------------------------------------------- growth: the span of years the text states
def test_cagr_over_the_years_stated():
    text = "“十一五”前四年，全县财政总收入由2005年的35.6亿元增加到68.2亿元，年均增长{pct}。"
    assert "inconsistent" not in verdicts(growth, text.format(pct="17.6%"), 2010)
    assert "inconsistent" in verdicts(growth, text.format(pct="13.9%"), 2010)
    # (GDP's rate over years is at constant prices, as its yearly rate is: levels at current prices cannot refute it)
    gdp = "“十一五”前四年，全县生产总值由2005年的35.6亿元增加到68.2亿元，年均增长{pct}。"
    assert verdicts(growth, gdp.format(pct="17.6%"), 2010) == ["consistent"]
    assert verdicts(growth, gdp.format(pct="13.9%"), 2010) == ["unverifiable"]
    own = "近三年来，全市社会消费品零售总额由2018年的200亿元增至266.2亿元，年均增长{pct}。"
    assert "inconsistent" not in verdicts(growth, own.format(pct="10.0%"), 2023)
    assert "inconsistent" in verdicts(growth, own.format(pct="7.4%"), 2023)
