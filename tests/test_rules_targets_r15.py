"""target_met, round 15: a claim across ；is not of the next target; one claim after targets listed with 、; a
subject before the claim (我局实现了…的年度目标); a summing-up sentence (总的看，/一年来，) under a heading of plans;
claims naming their targets only by metric (…和…均完成年初确定的目标任务); a target restated in the claim is no achieved
value (达到1500家的年度目标如期实现); 确定…N件的目标…，为目标的P%. Sentences invented."""
from analysis.rules.targets import target_met
from rules_cases import run, verdicts


def _rows(text, year=2021):
    return [(r["verdict"], r["span"]) for r in run(target_met, text, year)]


# ---------------------------------------------------------------- a claim across ；belongs to the clause before it
def test_a_claim_across_a_semicolon_is_not_applied_to_the_next_target():
    text = "去年设定的专利授权量目标已提前完成；新建众创空间目标为6家，实际建成5家，{c}，原因是场地落实较晚。"
    rows = _rows(text.format(c="未完成年度目标"))
    assert rows and all(v == "consistent" for v, _ in rows)
    assert "inconsistent" in verdicts(target_met, text.format(c="超额完成年度目标"), 2021)
    # no claim of its own: the plan and the actual recorded as they stand
    assert "inconsistent" not in verdicts(target_met, "专利目标已超额完成；新建众创空间目标为6家，实际建成5家。", 2021)


# ---------------------------------------------------------------- one claim after a list of targets
LISTED = ("年初确定的“油料产量稳定在3万吨以上、畜牧业产值增长6%”的目标任务。全年油料播种面积8.1万亩，油料产量{a}万吨，"
          "畜牧业产值达到12.4亿元，同比增长6.5%。\n总的看，年初确定的油料产量3万吨以上、畜牧业产值增长6%的目标全面完成。")


def test_one_claim_after_targets_listed_is_judged_on_each():
    rows = _rows(LISTED.format(a="2.8"))
    assert ("inconsistent", "年初确定的油料产量3万吨以上、畜牧业产值增长6%的目标全面完成") in rows
    assert "inconsistent" not in verdicts(target_met, LISTED.format(a="3.2"), 2021)


# ---------------------------------------------------------------- a subject (and year) before the claim
SUBJECT = ("年初确定了投诉按期办结率100%、群众满意率90%以上的工作目标。\n全年受理投诉212件，全部按期办结，按期办结率100%。"
           "回访群众满意的{n}件，满意率{r}%。\n{c}")


def test_a_claim_with_its_subject_before_it_is_judged():
    for claim in ("总体看，我中心实现了群众满意率90%以上的年度目标，服务质量稳步提升。",
                  "总的来说，2021年窗口服务工作完成了群众满意率90%以上的年度目标。"):
        rows = _rows(SUBJECT.format(n="187", r="88.2", c=claim))
        assert any(v == "inconsistent" and "90%以上的年度目标" in s for v, s in rows), rows
        assert "inconsistent" not in verdicts(target_met, SUBJECT.format(n="196", r="92.5", c=claim), 2021)


def test_a_subject_that_sets_or_urges_the_target_claims_nothing():
    for claim in ("明年，我中心要确保实现群众满意率90%以上的年度目标。", "总体看，我中心提出了群众满意率90%以上的年度目标。"):
        assert "inconsistent" not in verdicts(target_met, SUBJECT.format(n="187", r="88.2", c=claim), 2021)


# ---------------------------------------------------------------- a summing-up sentence under a heading of plans
AHEAD = ("年初，区委确定了新增市场主体800户、引进规模以上企业6个的目标。\n全年新增市场主体846户，引进规模以上企业{a}个。\n"
         "三、下一步打算\n力争明年新增市场主体900户。\n{c}")


def test_a_summing_up_sentence_under_a_plan_heading_is_still_judged():
    claim = "一年来，我区完成了引进规模以上企业6个的年度目标，营商环境持续优化。"
    rows = _rows(AHEAD.format(a="5", c=claim))
    assert ("inconsistent", "我区完成了引进规模以上企业6个的年度目标") in rows
    assert "inconsistent" not in verdicts(target_met, AHEAD.format(a="7", c=claim), 2021)
    # a plan under that heading claims nothing
    plan = "明年将确保完成引进规模以上企业6个的年度目标。"
    assert "inconsistent" not in verdicts(target_met, AHEAD.format(a="5", c=plan), 2021)


# ---------------------------------------------------------------- claims naming their targets by metric only
METRICS = ("年初，我局提出全年接待游客560万人次、旅游综合收入增长12%的目标。全年共接待游客{v}万人次，实现旅游综合收入41.2亿元，"
           "同比增长13.1%。\n四、总结\n全年，游客接待量和旅游收入均完成年初确定的目标任务。")


def test_metrics_named_with_one_claim_are_judged_on_their_targets():
    rows = _rows(METRICS.format(v="531"))
    assert ("inconsistent", "游客接待量和旅游收入均完成年初确定的目标任务") in rows
    assert "inconsistent" not in verdicts(target_met, METRICS.format(v="575"), 2021)
    # a subject naming something no target names is left alone
    other = METRICS.format(v="531").replace("游客接待量和旅游收入", "文物保护和非遗传承")
    assert "inconsistent" not in verdicts(target_met, other, 2021)


def test_one_metric_with_its_claim_and_an_actual_named_only_as_actual():
    text = ("（一）农田水利。年初，县政府下达我局新建节水灌溉面积2万亩的目标任务。全年实际建成{a}万亩，全县累计建成节水灌溉面积"
            "9.6万亩。\n三、明年打算\n确保新建节水灌溉面积2.5万亩。\n总的看，节水灌溉建设超额完成年度任务，农业基础进一步夯实。")
    rows = _rows(text.format(a="1.74"))
    assert ("inconsistent", "节水灌溉建设超额完成年度任务") in rows
    assert ("consistent", "全年实际建成1.74万亩") in rows  # not the stock built over the years
    assert "inconsistent" not in verdicts(target_met, text.format(a="2.16"), 2021)


# ---------------------------------------------------------------- a target restated in the claim is no achieved value
def test_a_target_restated_in_the_claim_is_not_what_was_achieved():
    text = ("一、年度目标\n年初设定目标：全市规模以上工业企业数量达到420家，工业技改投资达到30亿元。\n二、完成情况\n"
            "全年完成工业技改投资31.6亿元，全市规模以上工业企业达到{a}家。\n三、总体评价\n"
            "全年，全市规模以上工业企业数量达到420家的年度目标如期实现。")
    rows = _rows(text.format(a="409"))
    assert ("inconsistent", "全市规模以上工业企业数量达到420家的年度目标如期实现") in rows
    assert not any("420家; target 420家" in r["stated"] for r in run(target_met, text.format(a="409"), 2021))
    assert "inconsistent" not in verdicts(target_met, text.format(a="431"), 2021)


# ---------------------------------------------------------------- a percentage of a target set by 确定…的目标
def test_a_percentage_of_a_target_set_with_its_noun_after_it():
    text = "年初中心确定全年受理公证事项1500件的目标，全年实际受理{a}件，为目标的108.4%。"
    assert verdicts(target_met, text.format(a="1626"), 2021) == ["consistent"]
    assert verdicts(target_met, text.format(a="1526"), 2021) == ["inconsistent"]


def test_decoys_with_no_claim_of_their_own_give_no_alarm():
    # a subject that works towards the target, not one that reached it
    for claim in ("围绕实现群众满意率90%以上的年度目标，我中心开展了窗口作风整顿。",
                  "全力实现群众满意率90%以上的年度目标仍需付出努力。"):
        assert "inconsistent" not in verdicts(target_met, SUBJECT.format(n="187", r="88.2", c=claim), 2021), claim
    # a generic subject names no target
    generic = METRICS.format(v="531").replace("游客接待量和旅游收入均完成", "全年工作完成")
    assert "inconsistent" not in verdicts(target_met, generic, 2021)
    # each clause of a sentence of plans, under a heading of plans
    plan = AHEAD.format(a="5", c="明年，引进规模以上企业和新增市场主体均要完成年度目标任务。")
    assert "inconsistent" not in verdicts(target_met, plan, 2021)
