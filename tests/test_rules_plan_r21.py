"""A plan word reaches up to the clause that states what was done: 计划建设项目24个，已完工21个 — the 21 is a result,
measured against the plan; so is 全年新增45公顷 after 年初计划新增40公顷. Plans that stay plans (力争…，争取…; a colon
list of plans; 明年计划…) keep their figures out of the result rules. Sentences invented."""
from analysis.rules.common import figs_of, in_plan
from analysis.figures import extract_figures
from analysis.ingest import build_document
from analysis.rules.shares import share_of_total
from analysis.rules.targets import target_met
from rules_cases import rule_verdicts


def _plan_of(text: str, surface: str, year: int = 2021) -> bool:
    doc = build_document(text, year=year)
    fig = next(f for f in figs_of(doc, extract_figures(doc, "t")) if f.text == surface)
    return in_plan(doc.folded, doc, fig)


_DONE = "一、重点项目\n今年计划建设保障房项目{n}个，截至年底已竣工{k}个，竣工率{p}%。\n"


def test_share_of_a_plan_done_is_judged():
    assert rule_verdicts(share_of_total, _DONE.format(n=16, k=13, p="81.3")) == ["consistent"]
    assert rule_verdicts(share_of_total, _DONE.format(n=16, k=13, p="86.7")) == ["inconsistent"]


def test_done_clause_ends_the_plan():
    text = _DONE.format(n=16, k=13, p="81.3")
    assert _plan_of(text, "16个")
    assert not _plan_of(text, "13个")


_YEAR = "二、生态建设\n年初计划完成人工造林{t}亩，全年完成人工造林{a}亩，完成年度计划的{p}%。\n"


def test_year_result_after_a_plan_of_the_year():
    assert not _plan_of(_YEAR.format(t=1200, a=1350, p="112.5"), "1350亩")
    assert rule_verdicts(target_met, _YEAR.format(t=1200, a=1350, p="112.5")) == ["consistent"]
    assert rule_verdicts(target_met, _YEAR.format(t=1200, a=1350, p="121.5")) == ["inconsistent"]


def test_plans_that_stay_plans():
    # 力争…，全年… is still the plan of the coming year; a colon opens a list of plans
    assert _plan_of("三、明年打算\n力争新增规上企业8家，全年实现产值12亿元。\n", "12亿元")
    assert _plan_of("三、下步安排\n计划完成以下任务：新建污水管网15公里，已列入项目库的改造工程6个。\n", "6个")
    # a second plan verb after the comma (同时将…) keeps the clause a plan
    assert _plan_of("明年计划新增充电桩300个，同时将改造老旧站点40个。\n", "40个")
