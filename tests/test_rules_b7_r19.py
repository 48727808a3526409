"""Round 19, helper B (seventh pass), cumulative_vs_new and parts_sum:
(1) a year-end total named X总额 with last year-end's in brackets (截至年末，X总额…（上年末为…）) is the running sum of
the year's flow named X额 in an earlier sentence of its paragraph → previous + new = current;
(2) a flow and its cumulative each stated in two measures (万笔、亿元): the second measures pair as the first did;
(3) a whole stated before 中 split by the classes of a scale, the first class carrying a bare share that fits the whole;
(4) a year-end level with a few words between 年末 and its measure (年末担保贷款余额) bounds the year's new flow.
Each with a passing case, a broken twin and a decoy. Sentences invented."""
from analysis.rules.cumulative import cumulative_vs_new
from rules_cases import run

ALARMS = ("inconsistent", "missing")


def _v(text, year=2023):
    return [r["verdict"] for r in run(cumulative_vs_new, text, year)]


TOTAL = ("（一）归集。2023年，全年归集额{n}亿元，比上年增长5.1%（上年为34.63亿元）。"
         "截至年末，归集总额{c}亿元（上年末为365.75亿元），归集余额150.20亿元。\n")


def test_total_with_bracket_previous_and_flow_apart():
    assert _v(TOTAL.format(n="36.40", c="402.15")) == ["consistent"]


def test_broken_twin_total_off_by_ten():
    assert _v(TOTAL.format(n="36.40", c="412.15")) == ["inconsistent"]


def test_decoy_total_of_another_flow_is_not_paired():
    text = ("全年吸收存款额36.40亿元，比上年增长5.1%。"
            "截至年末，存款总额412.15亿元（上年末为365.75亿元）。\n")
    assert not any(x in ALARMS for x in _v(text))


def test_decoy_flow_in_another_paragraph_is_not_paired():
    text = ("一、归集\n全年归集额36.40亿元。\n二、余额\n截至年末，归集总额412.15亿元（上年末为365.75亿元）。\n")
    assert not any(x in ALARMS for x in _v(text))


# (2) a flow and its cumulative each in two measures (笔 and 元): the second measures pair as the first did
TWO = ("（三）贷款。全年发放助学贷款0.52万笔、6.30亿元，同比下降2.1%。"
       "截至年末，累计发放助学贷款4.12万笔（上年末为3.60万笔）、{c}亿元；助学贷款余额20.10亿元。\n")


def test_second_measure_of_a_cumulative_pairs_with_the_flows():
    assert _v(TWO.format(c="48.70")) == ["consistent", "consistent"]


def test_broken_twin_second_measure_below_the_flow():
    assert "inconsistent" in _v(TWO.format(c="4.87"))


def test_decoy_second_measure_of_a_balance_is_not_paired():
    text = ("全年发放助学贷款0.52万笔、6.30亿元。"
            "截至年末，累计发放助学贷款4.12万笔（上年末为3.60万笔），贷款余额4.87亿元。\n")
    assert not any(x in ALARMS for x in _v(text))


# (3) a whole stated before 中 split by the classes of a scale, the first class with its bare share
# (…中，一级…9所，占50.0%；二级…、三级…): the share ties the list to that whole, and the scale's items are siblings
from analysis.rules.sums import parts_sum  # noqa: E402

SCALE = "全县18所公办学校中，一级标准化学校{a}所，占{p}%；二级5所、三级3所、四级1所。\n"


def _s(text, year=2023):
    return [r["verdict"] for r in run(parts_sum, text, year)]


def test_scale_split_with_bare_share_adds_up():
    assert _s(SCALE.format(a="9", p="50.0")) == ["consistent"]


def test_broken_twin_scale_split_one_over():
    # 9 + 5 + 3 + 2 = 19 ≠ 18 (the share still fits the first class)
    assert _s(SCALE.format(a="9", p="50.0").replace("四级1所", "四级2所")) == ["inconsistent"]


def test_decoy_share_of_another_whole_is_not_judged():
    # 9 of 18 is not 37.5%: the share names another whole, so the list is not tied to the 18
    assert not any(x in ALARMS for x in _s(SCALE.format(a="9", p="37.5").replace("四级1所", "四级2所")))


def test_decoy_nested_item_after_share_is_not_a_sibling():
    text = "全县18所公办学校中，一级标准化学校9所，占50.0%；其中城区学校4所、二级5所、三级3所、四级1所。\n"
    assert not any(x in ALARMS for x in _s(text))


# (4) a year-end level named with a few words between 年末 and its measure (年末担保贷款余额, 年末农村公路总量) is the
# level the year's new flow lands in, as 年末余额 was
LEVEL = "新增发放创业担保贷款2,140万元，年末担保贷款余额{c}万元。\n"


def test_year_end_named_balance_bounds_the_new():
    assert _v(LEVEL.format(c="6,320")) == ["consistent"]


def test_broken_twin_year_end_named_total_below_new():
    assert _v(LEVEL.format(c="1,320")) == ["inconsistent"]


def test_decoy_balance_of_another_thing_is_not_paired():
    assert _v("新增发放创业担保贷款2,140万元，年末存款余额1,320万元。\n") == []
