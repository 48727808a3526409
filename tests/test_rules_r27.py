"""Round 27 (twelfth session): readings learned from probe sets written blind to the code (probe6–9), each written
here in sentences of our own — a claim that holds, the same claim broken, and a decoy that must stay quiet."""
import pytest

from analysis.rules.sums import parts_sum

from rules_cases import run


def _rows(rule, text, year=2021):
    return [(r["verdict"], r["stated"]) for r in run(rule, text, year)]


# ---------------------------------------------------------------- parts_sum: a net change = what came − what left
@pytest.mark.parametrize("text, want", [
    ("全市限额以上商贸企业年末达到1,046家，较年初净增128家，其中新增入库171家、退库39家。",
     [("inconsistent", "128家 = 171家 − 39家")]),
    ("全市限额以上商贸企业年末达到1,046家，较年初净增132家，其中新增入库171家、退库39家。",
     [("consistent", "132家 = 171家 − 39家")]),
    ("全市实有市场主体5.2万户，比上年末净增3200户，其中新登记6100户、注销2900户。",
     [("consistent", "3200户 = 6100户 − 2900户")]),
    ("全市规上工业企业由上年末的571家增加到612家，净增41家，其中新增入库52家、因规模下降等原因退库11家。",
     [("consistent", "41家 = 52家 − 11家")]),
])
def test_a_net_change_split_into_what_came_and_what_left(text, want):
    assert _rows(parts_sum, text) == want


def test_a_change_split_by_kinds_is_no_net_split():
    # an increase broken down by kinds of subject (no inflow and outflow): not this reading, and no alarm
    text = "全市实有市场主体5.2万户，比上年末增加3200户，其中企业1200户、个体工商户2100户。"
    assert [v for v, _ in _rows(parts_sum, text)] != ["inconsistent"]
