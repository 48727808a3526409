"""cross_reference, round 25: two amounts whose digits differ by one swap of neighbours are no restatement when their
names or frames tell two quantities apart — a pass added and removed this session (it read the swap under clause words
that end alike, found nothing new on 728 readable reports nor on 23 blind sets, and a review found twelve false alarms of
it); these are the shapes it raised, kept so that a looser swap reading cannot come back unnoticed. Sentences invented."""
import pytest

from analysis.rules.crossref import cross_reference

from rules_cases import run


@pytest.mark.parametrize("text", [
    # a level, a kind of school, a sex, budget against final accounts, two levels of congress
    "一、资金到位\n1-12月，争取省级财政补助资金到位2,160万元。\n二、资金使用\n市级财政补助资金到位2,610万元，全部拨付到村。",
    "一、基本情况\n全县初中在校学生12,356人。\n二、教育发展\n全县高中在校学生13,256人，比上年增加300人。",
    "一、基本情况\n全县共有公办幼儿园在园幼儿3,126人。\n二、学前教育\n民办幼儿园在园幼儿3,216人。",
    "一、就业\n全年男性劳动力转移就业12,356人。\n二、妇女就业\n全年女性劳动力转移就业13,256人。",
    "一、预算\n部门预算教育支出1,236万元。\n二、决算\n部门决算教育支出1,326万元。",
    "一、建议办理\n共承办省人大代表建议126件。\n二、市级建议\n共承办市人大代表建议162件。",
    # done against not yet done
    "一、整改\n已完成整改问题126个。\n二、下一步\n尚未完成整改问题162个，将持续跟踪。",
    # a subset or a holiday leading the sentence
    "一、审计\n在完成的15个经济责任审计项目中，查出违规资金1,236万元。\n二、总体\n全年审计查出违规资金1,326万元。",
    "一、安全\n在抽查的48家企业中，发现安全隐患126处。\n二、排查\n全年共排查发现安全隐患162处。",
    "一、文旅\n国庆假期，全市接待游客126万人次。\n二、全年\n全年全市接待游客162万人次。",
    # a period on one side only, a status on a day against the year's, a plan
    "一、总体情况\n上半年全市规模以上工业增加值完成62.8亿元。\n二、全年情况\n全年全市规模以上工业增加值完成68.2亿元。",
    "一、资金使用\n截至11月30日，已拨付补助资金1,468万元。\n二、其他情况\n全年补助资金已拨付1,486万元。",
    "一、总体情况\n1-12月，全市规模以上工业增加值完成128.6亿元。\n二、明年打算\n力争全市规模以上工业增加值完成182.6亿元。",
])
def test_two_quantities_with_swapped_digits_stay_quiet(text):
    assert [r["stated"] for r in run(cross_reference, text, 2023) if r["verdict"] == "inconsistent"] == []


# two places of a series, or an act and its denial, with swapped digits: two quantities (the older swap reading paired
# them until this session's review); the same place twice with swapped digits is still one quantity with a typo
_SERIES = "一、资金拨付\n{a}拨付资金1,236万元。\n二、资金使用\n{b}拨付资金1,326万元，全部用于项目建设。"


@pytest.mark.parametrize("a, b", [("第一批", "第二批"), ("第三批", "第四批"), ("全年第一产业增加值", "第二产业增加值"),
                                  ("二级医院", "三级医院"), ("一档补助", "二档补助")])
def test_two_places_of_a_series_stay_apart(a, b):
    assert [r["stated"] for r in run(cross_reference, _SERIES.format(a=a, b=b), 2023)
            if r["verdict"] == "inconsistent"] == []


def test_one_place_of_a_series_told_twice_with_a_swap_is_flagged():
    assert [r["stated"] for r in run(cross_reference, _SERIES.format(a="第一批", b="第一批"), 2023)
            if r["verdict"] == "inconsistent"] == ["1,236万元; 1,326万元"]


@pytest.mark.parametrize("text", [
    "一、抽检\n全年抽检食品合格1,236批次。\n二、问题产品\n全年抽检食品不合格1,263批次。",
    "一、审查逮捕\n全年批准逮捕1,236人。\n二、不捕\n全年不批准逮捕1,263人。",
])
def test_an_act_and_its_denial_stay_apart(text):
    assert [r["stated"] for r in run(cross_reference, text, 2023) if r["verdict"] == "inconsistent"] == []
