"""placeholder, round 31: a hard-wrapped paragraph (lines cut at a fixed width, as text copied from PDFs and old web
pages is) can cut a word in two; the folded text holds the break as one space, and a measure character opening the next
line (扩⏎张的同时) is the end of the word, not a unit whose number was left out — unless a counting verb stands right
before the break (全年共查处⏎起违法案件). A space typed inside a line still is a blank. Sentences are our own."""
from analysis.rules.placeholder import placeholder
from rules_cases import run

WRAPPED = ("【城市建设】坚持建管并重的城市发展理念，以创建省级文明城市为契机，\n"
           "强力推进城市化进程，加大投入力度，力求突出建设质量和水平的提升、城\n"
           "市功能和配套设施的完善以及城市管理的高效运行，在注重城市规模的扩\n"
           "张的同时，更加注重城市发展质量的提高，不断完善城市配套功能，提升城\n"
           "市内涵。全年新建改造城市道路12条，新增绿地面积8.6万平方米。\n")


def _stated(text):
    return [r["stated"] for r in run(placeholder, text, year=2020)]


def test_a_word_cut_by_a_hard_wrap_is_no_blank():
    assert _stated(WRAPPED) == []


def test_a_space_typed_inside_a_line_is_a_blank():
    assert _stated("全年共发放宣传资料 张，开展咨询活动12场次。") == ["张"]
    # at a wrapped line's break, a counting verb right before it says a count was left out (共查处⏎起); a blank that
    # falls on a break after the verb's object (共发放宣传资料⏎张) is read as the wrap and lost
    assert _stated(WRAPPED.replace("扩\n张的同时", "扩张的同时，全年共查处\n起违法案件")) == ["起"]
    assert _stated(WRAPPED.replace("扩\n张的同时", "扩张的同时，共发放宣传资料\n张")) == []
