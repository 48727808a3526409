"""parts_sum and target_met, round 28 (real reports, second pass): two errors real reports make that no row caught.

Items that each carry a count and, in the next clause, an amount named alike (其中A类项目N个，到位资金X；B类…) are two
parallel splits of the same items: when the counts add up to a count of the sentence before, the amounts split the one
figure of that sentence named as they are — judged as a 其中 list (over its whole is an error), the semicolons between
items no cut. A completion share with no 的 (占全年任务N%) is a completion percentage like 完成全年任务的N%.
Decoys: amounts of another measure, counts that fall short, a plan, a base, two wholes named alike, counts and amounts
not paired item by item. Sentences invented (none is copied from a report)."""
from analysis.rules.sums import parts_sum
from analysis.rules.targets import target_met
from rules_cases import run

_HEAD = "某区商务局2020年招商工作总结\n\n"
_LEAD = "全年共对接客商420人次，签约项目64个，合同引资12.5亿元，实际到位资金9.40亿元，增长18.3%。"
_ITEMS = ("其中制造业项目22个，实际到位资金5.20亿元，同比增长21.4%；现代服务业项目30个，实际到位资金3.10亿元；"
          "其他项目12个，实际到位资金{c}亿元。")


def _rows(rule, text: str, year: int = 2020) -> list[tuple[str, str]]:
    return [(r["verdict"], r["stated"]) for r in run(rule, _HEAD + text, year)]


def _amount_rows(text: str) -> list[tuple[str, str]]:
    return [r for r in _rows(parts_sum, text) if "亿元" in r[1]]


# ---------------------------------------------------------------- counts and amounts of the same items
def test_parallel_amounts_that_add_up():
    rows = _rows(parts_sum, _LEAD + _ITEMS.format(c="1.10"))
    assert ("consistent", "64个 = 22个 + 30个 + 12个") in rows
    assert ("consistent", "9.40亿元 = 5.20亿元 + 3.10亿元 + 1.10亿元") in rows


def test_parallel_amounts_over_their_whole():
    # (the counts add up, so the list holds all the items; looking back alone, the pairing was weak and quiet)
    assert _amount_rows(_LEAD + _ITEMS.format(c="1.60")) == [("inconsistent", "9.40亿元 = 5.20亿元 + 3.10亿元 + 1.60亿元")]


def test_parallel_amounts_with_one_whole_before():
    # 总投资 alone in the sentence before: the semicolons no longer cut the list when the counts add up
    text = ("全年新开工项目64个，总投资9.40亿元。其中市级项目22个，总投资5.20亿元；县级项目30个，总投资3.10亿元；"
            "乡镇项目12个，总投资{c}亿元。")
    assert _amount_rows(text.format(c="1.60")) == [("inconsistent", "9.40亿元 = 5.20亿元 + 3.10亿元 + 1.60亿元")]
    assert _amount_rows(text.format(c="1.10")) == [("consistent", "9.40亿元 = 5.20亿元 + 3.10亿元 + 1.10亿元")]


def test_decoy_amounts_of_another_measure():
    text = ("全年签约项目64个，合同引资12.5亿元，实际到位资金9.40亿元。其中制造业项目22个，计划投资5.20亿元；"
            "现代服务业项目30个，计划投资3.10亿元；其他项目12个，计划投资1.60亿元。")
    assert _amount_rows(text) == []


def test_decoy_counts_that_fall_short():
    text = ("全年签约项目64个，合同引资12.5亿元，实际到位资金9.40亿元。其中制造业项目22个，实际到位资金5.20亿元；"
            "现代服务业项目30个，实际到位资金4.60亿元。")
    assert _amount_rows(text) == []


def test_decoy_plan_and_base():
    plan = "明年计划签约项目64个，力争实际到位资金9.40亿元。" + _ITEMS.format(c="1.60")
    base = "全年签约项目64个，比上年实际到位资金9.40亿元增长一成。" + _ITEMS.format(c="1.60")
    assert _amount_rows(plan) == []
    assert _amount_rows(base) == []


def test_decoy_two_wholes_named_alike():
    text = "全年签约项目64个，省外实际到位资金9.40亿元，市外实际到位资金7.2亿元。" + _ITEMS.format(c="1.60")
    assert _amount_rows(text) == []


# ---------------------------------------------------------------- 占全年任务N%: a completion share with no 的
_TOUR = ("某县文化广电和旅游局2019年上半年工作总结\n\n一、上半年主要工作\n"
         "2019年全县文旅目标：全年接待游客超过240万人次，实现旅游综合收入18亿元以上。围绕这一目标，各部门通力协作。"
         "据统计，1-6月全县接待游客131.5万人次，同比增长9.2%，占全年任务54.79%；实现旅游综合收入9.46亿元，"
         "同比增长7.8%，{v}全年任务{p}%。")


def _tour(v: str, p: str) -> list[tuple[str, str]]:
    return [(r["verdict"], r["stated"]) for r in run(target_met, _TOUR.format(v=v, p=p), 2019) if "亿元" in r["stated"]]


def test_share_of_the_years_task_checked():
    assert _tour("占", "52.56") == [("consistent", "9.46亿元 = 52.56% of target 18亿元以上")]
    assert _tour("占", "53.20") == [("inconsistent", "9.46亿元 = 53.20% of target 18亿元以上")]
    assert _tour("完成", "53.20") == [("inconsistent", "9.46亿元 = 53.20% of target 18亿元以上")]


def test_decoy_next_years_targets():
    # targets for the year after the one reviewed are no targets of its results
    text = _TOUR.format(v="占", p="53.20").replace("2019年全县文旅目标", "2020年全县文旅目标")
    assert [r for r in run(target_met, text, 2019) if r["verdict"] == "inconsistent"] == []
