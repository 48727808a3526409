"""target_met, round 29: a completion percentage is a claim about its own item only, and a target may stand in brackets
between 完成年度任务 and 的N%. (Real half-year summaries list several items in one sentence — 到位资金…，占全年计划的N%，
实际利用外资…，占年计划的M%，…完成年任务的K% — and the 完成年任务 of the last item was read as a claim that the first
two had met theirs. Sentences here are our own.)"""
from analysis.rules.targets import target_met
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(target_met, text, year=2020)]


def test_the_next_items_words_claim_nothing_for_this_percentage():
    rows = _rows("全年招商引资实际到位资金8200万元，占全年计划的64%，实际利用外资95万美元，占年计划的82%，"
                 "实现外贸出口260万美元，完成年任务的104%。")
    assert [v for v, _ in rows] == ["unverifiable"] * 3
    assert not any("(met)" in s for _, s in rows)


def test_the_next_item_with_its_own_percentage_of_the_target():
    rows = _rows("截至10月底，完成交通固定资产投资3.2亿元，完成年度目标任务的96.5%，农村公路建设完成0.8亿元，"
                 "完成年度目标任务的100%。")
    assert [v for v, _ in rows] == ["unverifiable", "unverifiable"]


def test_a_claim_right_after_the_percentage_is_still_judged():
    rows = _rows("截至10月底，完成交通固定资产投资3.2亿元，完成年度目标任务的96.5%，超额完成年度任务。")
    assert ("inconsistent", "96.5% of the target (met)") in rows


def test_a_claim_after_the_percentage_and_before_the_next_item():
    rows = _rows("全年招商引资实际到位资金8200万元，占全年计划的94%，未完成年度计划，实际利用外资95万美元，占年计划的82%。")
    assert ("consistent", "94% of the target (not met)") in rows


def test_the_target_in_brackets_before_the_percentage():
    text = "1-5月，全县限额以上批发零售业销售额累计完成21.6亿元，同比增长4.1%，完成年度任务（60.5亿元）的{}%。"
    assert _rows(text.format("35.7")) == [("consistent", "21.6亿元 = 35.7% of target 60.5亿元")]
    assert _rows(text.format("37.5")) == [("inconsistent", "21.6亿元 = 37.5% of target 60.5亿元")]
    # the same in ASCII brackets, as copied pages often have them
    assert _rows(text.format("35.7").replace("（", "(").replace("）", ")"))[0][0] == "consistent"


def test_a_bracket_that_is_no_target_is_left_alone():
    # （含新区） is a scope, no target: the value and its percentage stay unpaired with it
    rows = _rows("1-5月，全区（含新区）外贸进出口总额13亿元，占全年计划的32.5%。")
    assert rows == [("unverifiable", "13亿元 = 32.5% of the target")]


def test_places_that_met_their_own_targets_claim_nothing_for_the_whole():
    text = ("全市城镇新增就业人数58260人，完成全年指标任务的108.6%，东湖县、南岭县、青石区提前超额完成全年任务。"
            "城镇失业人员再就业人数18420人，完成全年指标任务的95.8%，东湖县、青石区、高新区提前超额完成全年任务。")
    assert not any("(met)" in s for _, s in _rows(text))
    # the same claim with no places of its own is the whole's, and fails
    assert ("inconsistent", "95.8% of the target (met)") in _rows(
        "城镇失业人员再就业人数18420人，完成全年指标任务的95.8%，超额完成全年任务。")


def test_a_target_with_its_own_percentage_is_that_items():
    text = "到粮食年度末，国家定购粮已收购入库52.6亿斤，占定购任务64.8亿斤的81.2%；议价粮收购入库38.4亿斤，占计划的76.8%。"
    assert _rows(text) == [("consistent", "52.6亿斤 = 81.2% of target 64.8亿斤"),
                           ("unverifiable", "38.4亿斤 = 76.8% of the target")]


def test_one_plan_measured_twice_is_one_target():
    text = "上半年完成投资218.7亿元，占全年计划420亿元的52.1%；前三季度累计完成投资341.2亿元，占全年计划的{}%。"
    assert ("consistent", "341.2亿元 = 81.2% of target 420亿元") in _rows(text.format("81.2"))
    assert ("inconsistent", "341.2亿元 = 83.2% of target 420亿元") in _rows(text.format("83.2"))
