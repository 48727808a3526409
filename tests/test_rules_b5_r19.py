"""Round 19, helper B (fifth pass): a figure in brackets right after a part that states the same amount again (in
another unit, or led by 约/折合/合) is no item of the list and no part of its sum. Decoys: a bracketed figure of the
same unit that is an item of its own (another amount), a bracketed share. Sentences invented."""
from analysis.rules.sums import parts_sum
from rules_cases import run

ALARMS = ("inconsistent", "missing")


def _v(text, year=2023):
    return [r["verdict"] for r in run(parts_sum, text, year)]


RESTATED = ("二、资金回收情况\n本年度收回各类欠款中，清收租金{a}万元（约{b}亿元），追缴工程款930万元，"
            "收回借款1,270万元，合计{t}万元。\n")


def test_restatement_in_another_unit_is_no_item():
    v = _v(RESTATED.format(a="6,800", b="0.68", t="9,000"))
    assert "consistent" in v and not any(x in ALARMS for x in v)


def test_restatement_without_about_word_in_another_unit():
    text = "全年处置闲置资产收入合计5,600万元，其中土地出让3,100万元（0.31亿元），房产拍卖2,500万元。\n"
    v = _v(text)
    assert "consistent" in v and not any(x in ALARMS for x in v)


def test_broken_twin_list_still_fails():
    # the list is short by 1,000万元 whatever the bracket does
    v = _v(RESTATED.format(a="6,800", b="0.68", t="10,000"))
    assert "inconsistent" in v


def test_bracket_not_the_same_amount_is_kept():
    # 0.86亿元 is not 6,800万元: no restatement, so the bracketed figure is left to the list as it was
    v = _v(RESTATED.format(a="6,800", b="0.86", t="9,000"))
    assert v == _v(RESTATED.format(a="6,800", b="0.86", t="9,000").replace("（约0.86亿元）", "，另收0.86亿元"))


def test_decoy_bracketed_item_of_same_unit_counts():
    # a bracketed amount in the same unit without an about word is an item: 300 + 200 + 500 = 1,000
    text = "全年下达补助资金合计1,000万元，其中省级资金300万元（市级配套200万元），县级资金500万元。\n"
    v = _v(text)
    assert "inconsistent" not in v


def test_decoy_bracketed_share_is_no_item():
    text = "全年清收欠款合计3,000万元，其中租金1,800万元（占60%），工程款1,200万元。\n"
    v = _v(text)
    assert "consistent" in v and "inconsistent" not in v


# cumulative_vs_new: last year's dated year-end level (20XX年末, like 20XX年底), the year's new flow and the year-end
# level named only by 年末 + its measure (年末余额) → previous + new = current
from analysis.rules.cumulative import cumulative_vs_new  # noqa: E402

LEVEL = "三、债务管理\n2020年末全区专项债券余额8.60亿元，2021年新增专项债券2.15亿元，年末余额{c}亿元，风险总体可控。\n"


def _cv(text, year=2021):
    return [r["verdict"] for r in run(cumulative_vs_new, text, year)]


def test_dated_year_end_level_plus_flow_gives_year_end_balance():
    v = _cv(LEVEL.format(c="10.75"))
    assert "consistent" in v and not any(x in ALARMS for x in v)


def test_year_end_balance_above_previous_plus_new_fails():
    assert "inconsistent" in _cv(LEVEL.format(c="11.57"))


def test_balance_below_previous_plus_new_is_quiet():
    # a balance can shrink by repayments nobody stated: ending below previous + new is no error
    assert not any(x in ALARMS for x in _cv(LEVEL.format(c="9.75")))


def test_year_end_two_years_back_is_no_previous_level():
    assert not any(x in ALARMS for x in _cv(LEVEL.format(c="11.57").replace("2020年末", "2018年末")))
