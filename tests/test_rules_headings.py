"""Headings that set what follows apart: a plan (工作安排, 下步打算) or an account of what was done."""
from test_rules_spacing import _rows


def test_a_heading_on_money_arranged_and_spent_is_no_plan():
    text = "二、资金安排和使用\n项目总投资1,200万元，其中中央资金960万元，占80%。\n"
    assert ("share_of_total", "consistent") in _rows(text)
    assert ("share_of_total", "inconsistent") in _rows(text.replace("占80%", "占85%"))
    # a heading of next year's arrangements still is one
    assert ("share_of_total", "inconsistent") not in _rows(text.replace("二、资金安排和使用", "五、明年工作安排").replace("占80%", "占85%"))
