"""cross_reference, round 32: two counts in groups their own leads name otherwise (10项…项目中，4项推进顺利 / 12项…项目中，
6项推进顺利) are counts of two groups; a value before and after an adjustment the text states (…613亿元后，…为38730.62亿元,
the gap being that amount) is no value written twice. Sentences are our own."""
from analysis.rules.crossref import cross_reference
from rules_cases import run


def _alarms(text, year=2022):
    return [r["stated"] for r in run(cross_reference, text, year=year) if r["verdict"] == "inconsistent"]


def test_counts_in_groups_with_leads_of_their_own():
    text = ("截至8月底，12项社区民生实事项目中，2项已完成，7项推进顺利，3项推进滞后，滞后项目占比25%。9项街道重点工作"
            "专班推进项目中，5项推进顺利，4项推进滞后，滞后项目占比44.4%。")
    assert _alarms(text) == []
    # (the same group told twice, once with another count, is still a conflict)
    text = ("截至9月底，8项镇级民生实事项目中，2项已完成，5项推进顺利，1项推进滞后。从进度看，8项镇级民生实事项目中，"
            "{a}项推进顺利，1项推进滞后。")
    assert _alarms(text.format(a=5)) == []
    assert _alarms(text.format(a=6)) == ["5项推进顺利; 6项推进顺利"]


def test_a_value_before_and_after_a_stated_adjustment():
    text = ("全市一般公共预算收入286.47亿元，比上年增长6.2%。扣除一次性土地收益调库{d}亿元后，全市一般公共预算收入为"
            "271.35亿元，增长3.1%。")
    assert _alarms(text.format(d="15.12")) == []
    # (a gap the amount stated does not explain is still a conflict)
    assert _alarms(text.format(d="1.52")) == ["286.47亿元; 271.35亿元"]


_RECEIVED = ("据悉，区十届人大一次会议以来，共收到代表建议416件，其中12件由5个代表团提出，404件由166位代表提出。根据有关规定，"
             "416件代表建议，交由区政府办理389件，占93.5%；交由区法院、区检察院办理27件，占6.5%。\n\n截至11月20日，416件代表"
             "建议中有398件已办复，另有18件仍在办理期限内，尚未办复。\n\n从区人大网上公开的数据看，在416件代表建议中，有{n}件代表"
             "建议{what}，占代表建议总数的89.2%。")


def test_a_count_of_those_in_a_state_is_no_second_value_of_all():
    # (内容公开 / 办理结果公开 / 已办复: those of them in a state)
    assert _alarms(_RECEIVED.format(n=371, what="内容公开")) == []
    # (均/全部 say all of them: a second value of all is still a conflict)
    assert set(_alarms(_RECEIVED.format(n=371, what="均已按期交办"))) == {"416件代表建议; 371件代表建议"}


def test_review_counter_examples():
    # (the same group with a reworded lead is one group; a deduction that raises the value explains nothing)
    text = ("截至9月底，8项镇级民生实事项目中，2项已完成，5项推进顺利，1项推进滞后。在全镇8项民生实事项目中，6项推进顺利，"
            "1项推进滞后。")
    assert _alarms(text) == ["5项推进顺利; 6项推进顺利"]
    text = ("全市一般公共预算收入286.47亿元，比上年增长6.2%。扣除一次性土地收益调库15.12亿元后，全市一般公共预算收入为"
            "301.59亿元，增长3.1%。")
    assert _alarms(text) == ["286.47亿元; 301.59亿元"]


def test_wholes_of_shares_that_hold_with_parts_of_their_own():
    text = ("其中，甲水资源配置工程各输水线路建设有序推进，工程累计完成投资10.54亿元，占中央投资计划11.7亿元的{p}%。乙水库工程"
            "正在推进大坝主体工程建设，工程累计完成8.19亿元，占中央投资计划9亿元的90.96%。")
    assert _alarms(text.format(p="90.09")) == []
    # (a share that does not hold ties its whole to nothing: the two plans are read as one, as before)
    assert _alarms(text.format(p="60.09")) == ["11.7亿元; 9亿元"]



_ACCIDENTS = ("2015年安全生产事故通报\n一、2015年安全生产事故情况\n2015年全市共发生各类事故218起,死亡74人,受伤262人,同比减少"
              "96起,少死亡31人,少受伤14人,分别下降30.6%、29.5%和5.1%。经济损失516.2万元,同比减少210.4万元。\n其中:\n"
              "1、煤矿发生事故12起,死亡19人,同比事故起数减少5起,少死亡8人,分别下降29.4%和29.6%。\n"
              "2、消防火灾发生事故58起,死亡3人,受伤2人,同比事故起数减少20起,下降25.6%,多死亡1人,多受伤2人。\n"
              "{marker}道路交通发生事故148起,死亡52人,受伤260人,同比事故起数减少71起,少死亡24人,少受伤17人,分别下降32.4%、"
              "31.6%和6.1%。\n二、2015年安全生产指标控制情况\n2015年全市发生各类事故死亡人数74人,占省、市安委会下达的控制考核"
              "指标48.7%。\n")


def test_a_numbered_item_under_qi_zhong_is_a_part_not_the_whole():
    assert [r["stated"] for r in run(cross_reference, _ACCIDENTS.format(marker="3、"), year=2015)
            if r["verdict"] == "inconsistent"] == []
