"""parts_sum, round 25 (lead): a plain 其中 list within a twentieth of its total, with no rest named after it, is neither
judged wrong (it may name the main items) nor passed over (it may be the whole with a part missing): an unverifiable row
gives the amount not itemized, for a reader to look at. Further short, or with the rest named (其余为…), it is a
selection and gets no row; a list closed by 其他 is judged. Sentences invented."""
import pytest

from analysis.rules.sums import parts_sum

from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["computed"]) for r in run(parts_sum, text)]


@pytest.mark.parametrize("text, gap", [
    ("今年共争取上级资金3.62亿元，其中中央资金2.25亿元、省级资金1.30亿元。", "0.06–0.08亿元 of 3.62亿元 not itemized"),
    ("本次自评共设置绩效指标24个，其中产出指标12个、效益指标8个、满意度指标3个。", "1个 of 24个 not itemized"),
    ("全年办理各类案件1,342件，其中刑事案件420件，民事案件880件。", "42件 of 1,342件 not itemized"),
])
def test_a_list_just_short_of_its_total_is_a_note(text, gap):
    rows = _rows(text)
    assert [v for v, _ in rows] == ["unverifiable"] and rows[0][1].endswith(gap)


@pytest.mark.parametrize("text", [
    # the rest named after the list: it is left out on purpose
    "全年完成投资19.6亿元，其中工业项目投资9.3亿元、基础设施投资6.8亿元、社会事业投资2.7亿元，其余为农业项目投资。",
    # further short than a twentieth: the main items
    "全年固定资产投资100亿元，其中工业投资60亿元，基础设施投资30亿元。",
])
def test_a_selection_gets_no_row(text):
    assert _rows(text) == []


def test_a_list_that_adds_up_or_closes_itself_is_judged():
    assert [v for v, _ in _rows("今年共争取上级资金3.62亿元，其中中央资金2.32亿元、省级资金1.30亿元。")] == ["consistent"]
    assert [v for v, _ in _rows("今年共争取上级资金3.62亿元，其中中央资金2.25亿元、省级资金1.30亿元、其他资金0.03亿元。")] == \
        ["inconsistent"]
