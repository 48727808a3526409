"""Helper A, round 23: cross_reference. A figure in a sentence that opens by setting targets — the year's own
(2023年度目标任务为…) or a list a body sets (区政府年初确定今年办好四件惠民实事：…) — is a target, not a statement of the
metric: it is never paired with the result reported later; two results of the metric that differ still are. A lead
that checks what was done (经核查确定：…) sets no targets. Sentences invented."""
from analysis.rules.crossref import cross_reference

from rules_cases import run


def _rows(rule, text, verdict, year=2023):
    return [r["stated"] for r in run(rule, text, year) if r["verdict"] == verdict]


# ---------------------------------------------------------------- the year's own targets, the verb left out
_OWN = ("2023年度目标任务为新增造林面积1.5万亩、森林抚育2800亩。全年新增造林面积1.62万亩，森林抚育2,950亩，"
        "均超额完成。{tail}")


def test_target_of_the_year_is_not_paired_with_its_result():
    assert _rows(cross_reference, _OWN.format(tail=""), "inconsistent") == []


def test_two_results_that_differ_after_the_targets_still_conflict():
    # broken twin: the closing summary restates the result with another value
    text = _OWN.format(tail="\n三、总结\n总的来看，全年森林抚育2,590亩，各项任务均超额完成。")
    assert _rows(cross_reference, text, "inconsistent") == ["2,950亩; 2,590亩"]


# ---------------------------------------------------------------- a list set by a body, after a colon
_SET = ("一、年初确定的惠民实事\n区政府年初确定今年办好四件惠民实事：新建口袋公园8个、改造老旧小区供水管网36公里、"
        "增设公共充电桩150个。\n二、完成情况\n全年建成口袋公园9个，改造老旧小区供水管网{a}公里，增设公共充电桩162个。{tail}")


def test_list_a_body_sets_is_not_paired_with_the_results():
    assert _rows(cross_reference, _SET.format(a="38", tail=""), "inconsistent") == []


def test_list_a_body_sets_then_results_that_differ():
    text = _SET.format(a="38", tail="\n三、总结\n总的来看，全年改造老旧小区供水管网43公里。")
    assert _rows(cross_reference, text, "inconsistent") == ["38公里; 43公里"]


def test_a_lead_that_checks_what_was_done_sets_no_targets():
    # decoy: 经核查确定：… reports what was done, and its figure is a statement the summary restates otherwise
    text = ("一、工作成效\n经核查确定：全年新建口袋公园8个、改造老旧小区供水管网36公里。\n二、总结\n"
            "总的来看，全年改造老旧小区供水管网38公里。")
    assert _rows(cross_reference, text, "inconsistent") == ["36公里; 38公里"]


# ---------------------------------------------------------------- a target equal to its result restates nothing
_EQUAL = ("镇党委年初确定2023年办好三件实事：改造农村危房20户、铺设饮水管网45公里、新建公厕6座。\n二、完成情况\n"
          "全年改造农村危房22户，铺设饮水管网45公里，新建公厕6座。{tail}")


def test_target_equal_to_its_result_is_no_restatement():
    # the 45公里 and 6座 set as targets are not the results' partners: no row pairs them, either way
    assert _rows(cross_reference, _EQUAL.format(tail=""), "consistent") == []


def test_result_restated_otherwise_after_an_equal_target():
    # broken twin: the summary restates the result with another value; the target (20户) stays out of it
    text = _EQUAL.format(tail="\n三、总结\n总的来看，全年改造农村危房24户。")
    assert [(r["verdict"], r["stated"]) for r in run(cross_reference, text, 2023)] == [("inconsistent", "22户; 24户")]
