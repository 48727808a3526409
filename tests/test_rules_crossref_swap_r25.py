"""cross_reference, round 25 (lead): two amounts of one unit whose digits differ by one swap of neighbours, named by
clauses that share a run of four characters, are one quantity told twice with a typo — also where no other reading
names them alike (a count led by the set it is taken from: 在全市38个乡镇中，共建成…). Kept quiet: a level, period or part on one side only
(省级 / 市级, 上半年, 其中), a plan word on either side, one sentence. Sentences invented."""
import pytest

from analysis.rules.crossref import cross_reference

from rules_cases import run

_BODY = ("一、主要成效\n在全市38个乡镇中，共建成标准化卫生院{a}所，配备全科医生214名。\n二、基层医疗\n"
         "建成标准化卫生院{b}所，实现乡镇全覆盖。")


def _alarms(text):
    return [r["stated"] for r in run(cross_reference, text, 2023) if r["verdict"] == "inconsistent"]


def test_swapped_restatement_is_flagged():
    assert _alarms(_BODY.format(a="126", b="162")) == ["126所; 162所"]


def test_same_value_twice_holds():
    assert _alarms(_BODY.format(a="126", b="126")) == []


def test_other_values_are_not_a_swap():
    # two values that differ otherwise are left to the readings that name the metric (this one reads the typo)
    assert "126所; 139所" not in _alarms(_BODY.format(a="126", b="139"))


@pytest.mark.parametrize("text", [
    # a level on one side only: two quantities
    "一、资金到位\n1-12月，争取省级财政补助资金到位2,160万元。\n二、资金使用\n市级财政补助资金到位2,610万元，全部拨付到村。",
    # a period on one side only, and a status on a day against the year's
    "一、总体情况\n上半年全市规模以上工业增加值完成62.8亿元。\n二、全年情况\n全年全市规模以上工业增加值完成68.2亿元。",
    "一、资金使用\n截至11月30日，已拨付补助资金1,468万元。\n二、其他情况\n全年补助资金已拨付1,486万元。",
    # a plan on one side
    "一、总体情况\n1-12月，全市规模以上工业增加值完成128.6亿元。\n二、明年打算\n力争全市规模以上工业增加值完成182.6亿元。",
    # one sentence giving two subjects' values
    "一、总体情况\n1-12月，甲园区规模以上工业增加值完成128.6亿元，乙园区规模以上工业增加值完成126.8亿元。",
])
def test_decoys_stay_quiet(text):
    assert _alarms(text) == []
