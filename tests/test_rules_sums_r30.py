"""parts_sum, round 30: a 其中 list opened inside a bracket ends with the bracket (辖8个行政村（4个贫困村，其中一个深度贫困）
3个社区、41个村民小组…: the counts after it are not parts of the bracket's 4个); what a review of the whole kept (经审查立案) is
no kind beside the others. Sentences are our own."""
from analysis.rules.sums import parts_sum
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(parts_sum, text, year=2020)]


def test_a_list_opened_in_a_bracket_ends_with_it():
    assert _rows("全镇辖8个行政村(4个贫困村,其中一个深度贫困)3个社区,41个村民小组,120个自然村寨,20个网格。") == []


def test_a_list_inside_the_bracket_is_still_read():
    text = "全年支出合计860万元（其中基本支出{a}万元、项目支出340万元），比上年增长5.2%，新建村级活动场所12个。"
    assert _rows(text.format(a="520")) == [("consistent", "860万元 = 520万元 + 340万元")]
    assert _rows(text.format(a="560")) == [("inconsistent", "860万元 = 560万元 + 340万元")]


def test_what_a_review_kept_is_no_kind_beside_the_others():
    # (会后 is when 22 came; 经审查立案 is what the review kept of all 214: the two overlap)
    assert _rows("各委员共提交提案原件214件,其中会后22件,经审查立案196件,立案率91.6%。") == []


def test_kinds_that_run_over_the_total_still_fail():
    assert _rows("各委员共提交提案原件214件,其中会前192件,会后32件。") == [("inconsistent", "214件 = 192件 + 32件")]


def test_an_item_named_as_a_total_past_a_semicolon_is_the_next_item_of_the_outer_list():
    text = ("稻谷产量22.6万吨，下降0.2%；油料作物产量14.5万吨，增长8.8%，其中：油菜籽产量11.1万吨，增长10.1%；"
            "蔬菜及食用菌总产量49.9万吨，增长4.0%。")
    assert not [r for r in _rows(text) if r[0] == "inconsistent"]


def test_a_colon_list_past_a_semicolon_still_fails_when_it_runs_over():
    text = "全年支出合计860万元，其中：基本支出560万元；项目支出340万元。"
    assert _rows(text) == [("inconsistent", "860万元 = 560万元 + 340万元")]


def test_the_value_before_a_revision_is_no_part():
    text = ("政府性基金预算由年初的80000万元调整为50000万元，其中：土地出让收入由年初预算的65000万元调整为{a}万元，"
            "城市建设配套费10000万元、专项债务对应项目专项收入5000万元不作调整。")
    assert _rows(text.format(a="35000")) == [("consistent", "50000万元 = 35000万元 + 10000万元 + 5000万元")]
    assert _rows(text.format(a="36000")) == [("inconsistent", "50000万元 = 36000万元 + 10000万元 + 5000万元")]


def test_a_review_opening_the_list_gives_its_outcomes_a_split():
    assert _rows("全年共受理信访举报86件，其中经核查属实32件，部分属实21件，不属实38件。") == [
        ("inconsistent", "86件 = 32件 + 21件 + 38件")]


def test_list_markers_closing_no_bracket_keep_the_list():
    assert _rows("全县共有中小学45所，其中：1）小学32所；2）初中15所。") == [("inconsistent", "45所 = 32所 + 15所")]
