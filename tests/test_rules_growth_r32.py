"""growth, round 32: a rate of GDP or value added over years (由…增加到…，年均增长…) is at constant prices as its yearly
rate is; the levels, at current prices, cannot refute it — the nominal rate they give is shown beside it. A rate over
years whose span the text does not count says so. Sentences are our own."""
from analysis.rules.growth import growth
from rules_cases import run


def _rows(text, year=2021):
    return [(r["verdict"], r["stated"], r["computed"]) for r in run(growth, text, year=year)]


def test_gdp_over_five_years_is_a_real_rate():
    text = "全区地区生产总值从2016年的412.6亿元增加到2021年的{v}亿元，年均增长7.9%。"
    [(verdict, stated, computed)] = _rows(text.format(v="668.3"))
    assert verdict == "unverifiable" and stated == "668.3亿元，年均增长7.9%，基期 412.6亿元"
    assert computed.startswith("(668.3亿元/412.6亿元)^(1/5) − 1 = 10.1") and "constant prices" in computed
    # (levels that give the rate hold, whatever the prices)
    assert _rows(text.format(v="603.5"))[0][0] == "consistent"
    # (a revenue's rate over years is nominal: judged)
    text = "全区一般公共预算收入从2016年的41.26亿元增加到2021年的{v}亿元，年均增长7.9%。"
    assert _rows(text.format(v="66.83"))[0][0] == "inconsistent"


def test_a_span_of_years_not_counted():
    [(verdict, _, computed)] = _rows("规上工业总产值从742亿元增加到1550.2亿元，年均增长15.3%。")
    assert verdict == "unverifiable"
    assert computed == "742亿元 to 1550.2亿元: no span of years read with them, so 15.3% a year is not checked"


def test_a_rate_at_current_prices_said_so_is_judged():
    text = "按现价计算，全区地区生产总值从2016年的412.6亿元增加到2021年的668.3亿元，年均增长7.9%。"
    assert _rows(text)[0][0] == "inconsistent"


def test_a_change_after_one_part_named_is_the_parts_own():
    text = "全市共落实水稻86.40万亩，其中早稻面积31.25万亩，比上年增加7.18万亩，增长29.8%；晚稻面积40.12万亩。"
    rows = [r for r in _rows(text) if "%" in r[1]]
    assert rows and rows[0][:2] == ("consistent", "31.25万亩，增长29.8%，上年 (31.25万亩 − 7.18万亩)")
    # (after a list of parts the change is the total's, as before)
    rows = [r for r in _rows("共承办提案312件，其中主办268件、会办44件，比上届同期增加23件，增长8.0%。") if "%" in r[1]]
    assert rows[0][:2] == ("consistent", "312件，增长8.0%，上年 (312件 − 23件)")
