"""cross_reference, round 31: the subject a sentence's 其中-segment sets is carried to the next ；-segment when that
one names no subject of its own (其中，28家规模以上工业企业实现产值…；实现利润总额3.15亿元: the profit of those 28).
A sector's profit and a part of another sector's are not one metric given twice. Sentences are our own."""
from analysis.rules.crossref import cross_reference
from rules_cases import run

SECTORS = ("二、建筑业发展较快。全年完成施工面积320.5万平方米，比上年增长12.3%；实现利润总额6.40亿元，比上年增长{g}。\n"
           "三、工业平稳运行。全年实现工业总产值210.37亿元，比上年增长4.1%。{lead}实现产值198.20亿元，比上年增长5.0%；"
           "实现利润总额{v}，比上年增长31.4%。")


def _alarms(text):
    return [(r["stated"], r["computed"]) for r in run(cross_reference, text, year=2020) if r["verdict"] == "inconsistent"]


def test_a_counted_part_carries_to_the_next_segment():
    text = SECTORS.format(g="29.4%", lead="其中，28家规模以上工业企业", v="5.15亿元")
    assert _alarms(text) == []


def test_without_the_counted_part_the_two_profits_are_compared():
    # (the same paragraph with no part named: the second profit is the whole industry's, given a value and a rate
    # that a report naming one 利润总额 twice would contradict)
    text = SECTORS.format(g="29.4%", lead="", v="5.15亿元")
    assert [s for s, _ in _alarms(text)] == ["6.40亿元; 5.15亿元", "29.4%; 31.4%"]


def test_an_item_of_a_list_after_qizhong_still_names_itself():
    # 其中，城镇…；农村…: each item names its own metric — restated later with two digits swapped, it is one quantity
    text = ("全年全体居民人均可支配收入25,368元，增长8.6%。其中，城镇常住居民人均可支配收入35,910元，增长7.8%；"
            "农村常住居民人均可支配收入16,842元，增长9.3%。全县农村常住居民人均可支配收入增速已连续5年快于城镇居民，"
            "2020年农村常住居民人均可支配收入达到16,482元。")
    assert [s for s, _ in _alarms(text)] == ["16,842元; 16,482元"]


def test_a_segment_with_a_subject_of_its_own_is_not_carried():
    # (；全县规模以上企业实现利润总额…: the segment names who, so the 28 of the segment before do not carry)
    text = ("全县实现利润总额6.40亿元。\n其中，28家规模以上工业企业实现产值198.20亿元；"
            "全县规模以上企业实现利润总额6.04亿元。")
    assert [s for s, _ in _alarms(text)] == ["6.40亿元; 6.04亿元"]


JOINED = ("（二）新收一审案件数量稳步增长。全年新收{names}一审案件18642件，上升6.2%。其中，刑事一审案件2135件，占一审案件"
          "总数的11.45%；民商事一审案件6874件，占36.87%；行政一审案件9633件，占51.67%。")


def test_a_count_after_names_joined_counts_them_all():
    # 刑事、民事、行政（含行政赔偿）一审案件18642件 is the count of the three, not of 行政 restated as 9633
    assert _alarms(JOINED.format(names="刑事、民事、行政（含行政赔偿）")) == []


def test_one_name_given_two_values_in_other_words_still_conflicts():
    text = ("一、收案情况\n全年新收行政（含行政赔偿）一审案件663件，同比上升6.2%。\n"
            "二、审判工作\n依法审理行政一审案件，新收行政一审案件636件，审结612件。")
    assert [s for s, _ in _alarms(text)] == ["663件; 636件"]


RATE_NAMED = ("一、旅游发展\n全年接待游客1,268.4万人次，实现旅游收入142.6亿元，同比增长18.3%。\n"
              "二、主要成效\n旅游总收入达142.6亿元，旅游收入{word}{rate}。")


def test_a_growth_rate_named_as_a_rate_is_read_against_the_rise():
    # (增速达到19.3% names the rate of 旅游收入 as 同比增长18.3% does)
    assert [s for s, _ in _alarms(RATE_NAMED.format(word="增速达到", rate="19.3%"))] == ["18.3%; 19.3%"]
    assert [s for s, _ in _alarms(RATE_NAMED.format(word="增幅为", rate="19.3%"))] == ["18.3%; 19.3%"]
    assert _alarms(RATE_NAMED.format(word="增速达到", rate="18.3%")) == []


def test_a_rate_of_another_quantity_is_not_read_as_the_rise():
    # (占比达到19.3%: a share, not a growth rate)
    assert _alarms(RATE_NAMED.format(word="占比达到", rate="19.3%")) == []


CITED = ("市财政局财农指【2023】19号文件《关于下达2023年乡村振兴衔接资金的通知》，下达我县2023年资金591万元。"
         "市财政局财农指【2023】{n}号文件《关于下达2023年{what}的通知》，下达我县2023年资金{v}万元。")


def test_two_allocations_each_by_its_own_document_are_two_quantities():
    assert _alarms(CITED.format(n="41", what="自治区水利发展资金预算", v="405")) == []


def test_one_document_cited_twice_with_two_values_conflicts():
    assert [s for s, _ in _alarms(CITED.format(n="19", what="乡村振兴衔接资金", v="519"))] == ["591万元; 519万元"]


SECTIONS = ("（一）一般公共预算收支情况。\n1.全县一般公共预算。\n全县一般公共预算支出48.62亿元，完成预算的102.3%。"
            "加上补充预算稳定调节基金1.02亿元，支出总量为49.64亿元。\n2.{head}一般公共预算。\n县本级一般公共预算支出20.38亿元，"
            "完成预算的99.1%。加上补充预算稳定调节基金1.02亿元，支出总量为{v}亿元。")


def test_a_metric_under_two_headings_of_a_kind_ending_in_a_full_stop_is_two_metrics():
    # (1.全县一般公共预算。 / 2.县本级一般公共预算。: a heading line may end with its full stop)
    assert _alarms(SECTIONS.format(head="县本级", v="41.40")) == []


def test_under_headings_that_are_no_pair_the_metric_conflicts():
    assert [s for s, _ in _alarms(SECTIONS.format(head="全县", v="41.40"))] == ["49.64亿元; 41.40亿元"]


BACK = ("2022年，我县高标准农田建设项目涉及6个乡镇16个项目区，计划建设高标准农田3.2万亩，项目总投资5,120万元。\n"
        "（一）产出指标。项目实施以来，建成高标准农田3.26万亩，新建和改造灌溉渠道64.8公里。上述{n}个项目区均已通过县级初验。")


def test_a_back_reference_to_a_count_named_after_its_measure_word():
    # (涉及6个乡镇16个项目区 … 上述17个项目区: the noun after the count names it as well as one before it)
    assert [s for s, _ in _alarms(BACK.format(n="17"))] == ["16个; 上述17个项目区"]
    assert _alarms(BACK.format(n="16")) == []


def test_two_values_far_apart_with_no_slip_are_two_things():
    # (代表建议8160件 / 重点督办的276件代表建议, 利润总额 of two sectors: a factor over two and no slip of the pen)
    text = ("一、总体情况\n全年共承办代表建议{a}件，已全部办复。\n二、督办情况\n全年共承办代表建议{b}件，满意率98%。")
    assert _alarms(text.format(a="8160", b="276")) == []
    assert [s for s, _ in _alarms(text.format(a="8160", b="8610"))] == ["8160件; 8610件"]
    assert [s for s, _ in _alarms(text.format(a="816", b="8160"))] == ["816件; 8160件"]  # (a place dropped: a slip)


def test_two_values_of_a_rate_far_apart_with_no_slip_are_two_scopes():
    # (17.5% / 11.4%: more than three points apart, no digit slipped — the towns' rate and the villages'; within three
    # points, or a slip of the pen, the rate still conflicts)
    assert _alarms(RATE_NAMED.format(word="增速达到", rate="24.6%")) == []
    assert [s for s, _ in _alarms(RATE_NAMED.format(word="增速达到", rate="20.9%"))] == ["18.3%; 20.9%"]
    assert [s for s, _ in _alarms(RATE_NAMED.format(word="增速达到", rate="81.3%"))] == ["18.3%; 81.3%"]
