"""Headings that set what follows apart: a plan (工作安排, 下步打算) or an account of what was done."""
from test_rules_spacing import _rows


def test_a_heading_on_money_arranged_and_spent_is_no_plan():
    text = "二、资金安排和使用\n项目总投资1,200万元，其中中央资金960万元，占80%。\n"
    assert ("share_of_total", "consistent") in _rows(text)
    assert ("share_of_total", "inconsistent") in _rows(text.replace("占80%", "占85%"))
    # a heading of next year's arrangements still is one
    assert ("share_of_total", "inconsistent") not in _rows(text.replace("二、资金安排和使用", "五、明年工作安排").replace("占80%", "占85%"))


def test_a_plan_word_stops_at_a_semicolon_when_the_next_clause_reports_the_year():
    text = "全年生产安全事故力争控制在5起以内；全年新建公厕48座，比上年的40座增长{r}。"
    assert ("growth", "consistent") in _rows(text.format(r="20%"))
    assert ("growth", "inconsistent") in _rows(text.format(r="25%"))
    # a plan whose clauses run on after ； (力争A；B) stays a plan
    plan = "2021年，力争新建公厕60座；新建公厕48座，比上年的40座增长25%。"
    assert ("growth", "inconsistent") not in _rows(plan)
