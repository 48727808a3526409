"""share rules, round 32: a classification that names only its main classes (主要集中在A、B…等领域) is no complete list
whose shares must add up to 100. Sentences are our own."""
from analysis.rules.shares import percent_sum
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(percent_sum, text, year=2021)]


def test_main_classes_named_need_not_add_up():
    text = ("从信访领域看，{lead}自然资源、政法工作、劳动和社会保障、城乡建设{tail}分别占全县信访总量的25.4%、22.1%、18.6%、"
            "12.3%。")
    assert _rows(text.format(lead="主要集中在", tail="等领域，")) == []
    # (a classification that names its classes, no more said, is a complete one: judged)
    assert _rows(text.format(lead="", tail=""))[0][0] == "inconsistent"
