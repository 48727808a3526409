"""Helper A, round 19, sixth pass. (1) enumeration_count: a quoted slogan followed by a noun phrase of five or six
characters before 即 (“三下乡”志愿服务活动，即…). (2) placeholder: two or more spaces after 为/达/是 before one
character that closes the clause (评定等级为  级，): a unit outside the unit list with its number left out.
(3) cross_reference: in a report whose title names a part of the year (2023年上半年工作总结) that part named in a
sentence is the report's own period, and a later heading naming another part (下半年工作打算) does not override it.
Sentences invented."""
from analysis.rules.crossref import cross_reference
from analysis.rules.enumeration import enumeration_count
from analysis.rules.placeholder import placeholder

from rules_cases import run


def _verdicts(rule, text, year=2023):
    return [(r["verdict"], r["span"]) for r in run(rule, text, year)]


# ---------------------------------------------------------------- (1) slogan, longer noun phrase, 即
def test_slogan_with_long_phrase_lists_its_items():
    text = "全年开展“三下乡”志愿服务活动，即文化下乡、科技下乡、卫生下乡，共组织活动48场。"
    assert [v for v, _ in _verdicts(enumeration_count, text)] == ["consistent"]


def test_slogan_with_long_phrase_missing_item_alarms():
    text = "全年开展“三下乡”志愿服务活动，即文化下乡、科技下乡，共组织活动48场。"
    assert [v for v, _ in _verdicts(enumeration_count, text)] == ["inconsistent"]


def test_slogan_without_intro_is_not_judged():
    # (decoy: no 即 / 包括 after the phrase — the items are not given there)
    text = "全年开展“三下乡”志愿服务活动，组织文化下乡、科技下乡活动48场。"
    assert [v for v, _ in _verdicts(enumeration_count, text)] == []


# ---------------------------------------------------------------- (2) blank after 为 before a one-character unit
def test_blank_before_unlisted_unit_after_copula():
    text = "经专家组综合评议，本项目绩效评价得分为  分，评价等级为“优”。"
    assert [v for v, _ in _verdicts(placeholder, text)] == ["missing"]


def test_filled_score_is_no_blank():
    text = "经专家组综合评议，本项目绩效评价得分为92分，评价等级为“优”。"
    assert [v for v, _ in _verdicts(placeholder, text)] == []


def test_spaces_before_a_word_are_no_blank():
    # (decoy: spaces after 为 before a word that goes on — no unit closes the clause)
    text = "经专家组综合评议，本项目评价等级为  优秀，予以通报表扬。"
    assert [v for v, _ in _verdicts(placeholder, text)] == []


# ---------------------------------------------------------------- (3) a half-year report restating its own period
_HALF = ("临江县农业农村局2023年上半年工作总结\n"
         "一、主要工作\n上半年全县共发放农机购置补贴资金{a}万元，惠及农户1,260户。\n"
         "二、下半年工作打算\n一是加快补贴资金兑付进度。\n"
         "总的来看，上半年全县共发放农机购置补贴资金{b}万元，各项工作有序推进。")


def test_half_year_summary_restated_consistently():
    assert [v for v, _ in _verdicts(cross_reference, _HALF.format(a="386.5", b="386.5"))
            if v == "inconsistent"] == []


def test_half_year_summary_restated_with_other_value_alarms():
    assert "inconsistent" in [v for v, _ in _verdicts(cross_reference, _HALF.format(a="386.5", b="368.5"))]


def test_part_not_in_title_is_still_another_period():
    # (decoy: a full-year report — 上半年 is a part of its year, the year's figure differs rightly)
    text = ("临江县农业农村局2023年工作总结\n一、主要工作\n全年全县共发放农机购置补贴资金686.5万元，惠及农户2,260户。\n"
            "二、进度\n上半年全县共发放农机购置补贴资金386.5万元，各项工作有序推进。")
    assert [v for v, _ in _verdicts(cross_reference, text) if v == "inconsistent"] == []


# ---------------------------------------------------------------- (4) a three-character amount row of an indicator table
_TABLE = ("一、指标完成情况\n指标名称 目标值 完成值\n{name} 3,600万千瓦时 3,720万千瓦时\n"
          "客户投诉办结率 98% 99.1%\n"
          "二、总结\n总体看，全年公司{name}{v}万千瓦时，经营保持平稳。")


def test_short_amount_row_restated_consistently():
    rows = run(cross_reference, _TABLE.format(name="发电量", v="3,720"), 2023)
    assert any(r["verdict"] == "consistent" and "3,720万千瓦时" in r["stated"] and r["stated"].count("3,720") == 2
               for r in rows)


def test_short_amount_row_restated_with_other_value_alarms():
    rows = run(cross_reference, _TABLE.format(name="发电量", v="3,270"), 2023)
    assert any(r["verdict"] == "inconsistent" and "3,720" in r["stated"] and "3,270" in r["stated"] for r in rows)


def test_short_row_name_of_no_amount_is_not_read():
    # (decoy: a three-character name that does not end as an amount's does is too loose to pair with a sentence)
    rows = run(cross_reference, _TABLE.format(name="光伏电", v="3,270"), 2023)
    assert not any(r["verdict"] == "inconsistent" for r in rows)


# ---------------------------------------------------------------- (5) a list item named by its bare verb
_VERB = ("一、基金收支\n全年征缴额12.36亿元，比上年增长5.2%。\n二、待遇支付\n全年支付待遇9.84亿元，惠及参保人员3.2万人。\n"
         "三、总结\n全年全县共收取养老保险费15.40亿元，征缴{v}亿元，各项工作稳步推进。")


def test_bare_verb_item_restated_consistently():
    rows = run(cross_reference, _VERB.format(v="12.36"), 2023)
    assert any(r["verdict"] == "consistent" and r["stated"] == "12.36亿元; 12.36亿元" for r in rows)
    assert not any(r["verdict"] == "inconsistent" for r in rows)


def test_bare_verb_item_with_other_value_alarms():
    rows = run(cross_reference, _VERB.format(v="11.06"), 2023)
    assert any(r["verdict"] == "inconsistent" and r["stated"] == "12.36亿元; 11.06亿元" for r in rows)


def test_bare_verb_item_of_another_unit_list_is_not_read():
    # (decoy: the verb item opens its own sentence, not a list of amounts — 征缴 there may count something narrower)
    text = _VERB.format(v="12.36").replace("全年全县共收取养老保险费15.40亿元，征缴12.36亿元", "其中，征缴3.63亿元")
    assert not any(r["verdict"] == "inconsistent" for r in run(cross_reference, text, 2023))


# ---------------------------------------------------------------- (6) noun, count, then its items in brackets
def test_count_after_noun_with_bracketed_items():
    text = "本年度新建乡镇综合文化站3个（桥头镇、石门乡、白沙镇），覆盖人口4.6万人。"
    assert [v for v, _ in _verdicts(enumeration_count, text)] == ["consistent"]


def test_count_after_noun_with_too_few_bracketed_items_alarms():
    text = "本年度新建乡镇综合文化站3个（桥头镇、白沙镇），覆盖人口4.6万人。"
    assert [v for v, _ in _verdicts(enumeration_count, text)] == ["inconsistent"]


def test_bracket_note_with_numbers_is_not_a_list():
    # (decoy: the brackets hold a note with figures, not the names of the items)
    text = "本年度新建乡镇综合文化站3个（总投资460万元、建筑面积2,100平方米），覆盖人口4.6万人。"
    assert [v for v, _ in _verdicts(enumeration_count, text)] == []
