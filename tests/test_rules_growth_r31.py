"""growth, round 31: a rate of GDP per head whose clause is a verb alone (人均地区生产总值首次突破万元，达10366元，
增加1742元，同比增长15.7%) is a real rate like GDP's own — the metric named in the clause before — which the current-price
levels cannot refute. Sentences are our own."""
from analysis.rules.growth import growth
from rules_cases import run

TEXT = "全县实现生产总值42.14亿元，按可比价格计算增长15.6%。{name}首次突破万元，达10366元，增加1742元，同比增长15.7%。"


def _alarms(text):
    return [r["stated"] for r in run(growth, text, year=2020) if r["verdict"] == "inconsistent"]


def test_gdp_per_head_named_in_the_clause_before_is_a_real_rate():
    assert _alarms(TEXT.format(name="按户籍人口计算的人均地区生产总值")) == []


def test_an_income_so_named_is_judged_at_current_prices():
    assert _alarms(TEXT.format(name="城镇居民人均可支配收入")) == ["10366元，增长15.7%，上年 (10366元 − 1742元)"]
