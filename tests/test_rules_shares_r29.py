"""share_of_total, round 29: a share of the budget or the plan (占预算20.6%, 为计划的95.5%) is of a figure named as that
plan, never of a revenue whose name holds 预算 (一般公共预算收入). (A real quarterly fiscal report raised this; sentences
here are our own.)"""
from rules_cases import run, share_rules


def _rows(text):
    share_of_total = share_rules()[0]
    return [(r["verdict"], r["stated"]) for r in run(share_of_total, text, year=2021)]


def test_a_share_of_the_budget_is_not_of_the_revenue_before_it():
    text = "一季度，全县一般公共预算收入完成28650万元，同比增长9.6%。其中税收收入完成21870万元，占预算19.8%，保持增长态势。"
    assert _rows(text) == []


def test_a_spending_measured_against_the_budget_is_no_budget():
    text = ("一季度，全县一般公共预算支出完成96500万元，完成预算的24.1%。其中民生支出完成81200万元，增长8.8%。"
            "税收收入完成21870万元，占预算19.8%。")
    assert not [r for r in _rows(text) if "21870" in r[1]]


def test_a_figure_named_as_the_budget_is_its_whole():
    # (the 653 projects are the year's plan: its sentence names the plan before them)
    text = ("全省共安排重大工程项目2738个。其中：续建项目1326个，年度计划投资4420亿元；新建项目653个，年度计划投资1607亿元。"
            "1-5月，新开工项目450个，占年度计划{}%。")
    assert _rows(text.format("68.9")) == [("consistent", "68.9% (450个 of 653个)")]


def test_a_rate_far_off_its_pairing_is_over_a_whole_not_given():
    # the unemployment rate is over the labour force, which the text does not state; the newly employed are no whole
    text = "全年新增城镇就业人员5200人，安置城镇下岗失业人员1860人；年末城镇登记失业2900人，城镇登记失业率为3.6%。"
    assert _rows(text) == []


def test_a_rate_a_little_off_is_still_an_error():
    text = "全年共受理投诉举报1,250件，按时办结1,180件，按时办结率{}%。"
    assert _rows(text.format("94.4")) == [("consistent", "94.4% (1,180件 of 1,250件)")]
    assert _rows(text.format("96.4")) == [("inconsistent", "96.4% (1,180件 of 1,250件)")]


_SINGLED = ("上半年，全县规模以上工业增加值同比下降3.4%。分行业看，采矿业增加值占比达62.30%，同比下降5.6%，特别是煤炭开采和"
            "洗选业占比为58.10%，同比下降6.4%；制造业增加值占比为31.20%，同比增长2.8%；电力、热力生产和供应业增加值占比为{}%。")


def test_a_part_singled_out_by_te_bie_shi_is_no_item_of_the_list():
    percent_sum = share_rules()[1]
    rows = [(r["verdict"], r["stated"]) for r in run(percent_sum, _SINGLED.format("6.50"), year=2021)]
    assert rows == [("consistent", "62.30% + 31.20% + 6.50%")]
    rows = [(r["verdict"], r["stated"]) for r in run(percent_sum, _SINGLED.format("7.50"), year=2021)]
    assert rows == [("inconsistent", "62.30% + 31.20% + 7.50%")]


_FORECAST = ("一、主要经济指标运行情况\n（一）工业方面\n1.规上工业方面：1-5月，规上工业总产值上报数为88.40亿元，预测增长12.6%。"
             "预测上半年两区规模以上工业总产值110亿元，同比增长11%。\n2.特色产业方面：1-5月，两区特色产业规上企业64家，"
             "产值60.12亿元，占规上总产值{}%，同比增长20.4%。")


def test_a_forecast_is_no_whole_of_a_result():
    assert _rows(_FORECAST.format(68)) == [("consistent", "68% (60.12亿元 of 88.40亿元)")]
    assert _rows(_FORECAST.format(72)) == [("inconsistent", "72% (60.12亿元 of 88.40亿元)")]
