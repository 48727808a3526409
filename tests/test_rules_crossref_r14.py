"""cross_reference and placeholder, round 14: a rate named before its move to the value (供水率由上年的84.6%提高到89.2%,
优良率提升至86.1%) is that rate's value of the year, so a summing-up that restates it pairs with it; 综合来看 and
总的来说 open a summing-up; a measure character right after a digit and a measure character closes a compound unit
(18420台件, 36架次), not a blank count."""
from analysis.rules.crossref import cross_reference
from analysis.rules.placeholder import placeholder

from rules_cases import run, verdicts


def _rows(rule, text, verdict, year=2021):
    return [r["stated"] for r in run(rule, text, year) if r["verdict"] == verdict]


# ---------------------------------------------------------------- a rate moved to its value, summed up again
_MOVED = ("三、项目产出\n全年建成集中供水工程12处，全县农村集中供水率由上年的84.6%提高到89.2%，提高4.6个百分点。\n"
          "五、总体结论\n综合来看，项目到位资金2,680万元，农村集中供水率达到89.2%，年初设定的目标全部完成。")


def test_moved_rate_summed_up_holds():
    assert _rows(cross_reference, _MOVED, "consistent") == ["89.2%; 89.2%"]


def test_moved_rate_summed_up_fails():
    text = _MOVED.replace("供水率达到89.2%", "供水率达到92.8%")
    assert _rows(cross_reference, text, "inconsistent") == ["89.2%; 92.8%"]


def test_moved_rate_other_phrasing():
    # another author: 提升至 in the section, 总的来说 and 为 in the summing-up
    text = ("二、路网养护\n全县农村公路优良中等路率提升至81.3%，比上年提高2.2个百分点。\n"
            "三、结语\n总的来说，全年农村公路优良中等路率为81.3%，养护工作成效明显。")
    assert _rows(cross_reference, text, "consistent") == ["81.3%; 81.3%"]
    assert _rows(cross_reference, text.replace("为81.3%", "为83.1%"), "inconsistent") == ["81.3%; 83.1%"]


def test_moved_rate_decoys():
    # the earlier value the rate moved from is not the year's rate
    text = ("三、项目产出\n农村集中供水率由上年的84.6%提高到89.2%。\n五、总体结论\n综合来看，农村集中供水率达到89.2%。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2021)
    # a planned rise is no result
    text = ("三、下步打算\n力争农村集中供水率提高到92.0%。\n五、总体结论\n综合来看，农村集中供水率达到89.2%。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2021)


# ---------------------------------------------------------------- compound units are no blank
def test_compound_unit_no_blank():
    text = "二、计量监督\n全年检定计量器具18420台件，出动执法人员36架次。"
    assert "missing" not in verdicts(placeholder, text, 2021)
    # another author: 辆次 and 台套
    text = "全年检查营运车辆1268辆次，更新设备42台套。"
    assert "missing" not in verdicts(placeholder, text, 2021)


def test_blank_count_still_caught():
    text = "二、计量监督\n全年检定计量器具XX台件，共开展专项检查次。"
    assert verdicts(placeholder, text, 2021).count("missing") == 2
