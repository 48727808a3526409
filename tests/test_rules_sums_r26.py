"""parts_sum, round 26: lists the text declares complete, with their whole named by a noun and stated elsewhere.

A closing clause with no figure says the list before it is the whole it names (…，这几项加起来就是…的全年投入 / …，三者共同
构成了全年新建总量 / …，以上合计即为全年诉求总量 / …，以上方式涵盖了全部…); a lead names the whole and its kinds before a
colon (实际完成的培训由A、B和C构成：A…，B…，C…); a classification names a whole stated sections back (全年展会按规模划分，…
/ 从经营品类看，销售总额包括…). The whole is the figure the noun names in the paragraph or the report's paragraphs before:
the one the list adds up to, else the nearest. Decoys: a target sentence (目标任务是：…) is no whole of what was done; a
list with no declaration; a running total (累计), a plan for next year and last year's figure named alike; the kinds
before a colon are no whole named by its kinds. Sentences invented."""
from analysis.rules.sums import parts_sum
from rules_cases import run

_HEAD = "某县水利局2021年工作总结\n\n"


def _rows(text: str) -> list[tuple[str, str]]:
    return [(r["verdict"], r["stated"]) for r in run(parts_sum, text, 2021)]


def _verdicts_with(text: str, total: str) -> list[str]:
    return [v for v, s in _rows(text) if s.startswith(total + " = ")]


# ---------------------------------------------------------------- a closing declaration, the whole in the opening paragraph
_PIPES = _HEAD + ("2021年，全年新建供水管网128公里，改造水厂3座。\n\n一、农村供水\n"
                  "新建的供水管网里，主干管46公里，支管52公里，入户管{x}公里，三者共同构成了全年新建总量。")


def test_declared_whole_in_the_opening_paragraph_holds():
    assert _verdicts_with(_PIPES.format(x=30), "128公里") == ["consistent"]


def test_declared_whole_in_the_opening_paragraph_broken():
    assert _verdicts_with(_PIPES.format(x=38), "128公里") == ["inconsistent"]


def test_declaration_is_in_the_claims_span():
    rows = run(parts_sum, _PIPES.format(x=38), 2021)
    assert any("共同构成了全年新建总量" in r["span"] for r in rows)


# ---------------------------------------------------------------- 这几项加起来就是…, the whole in the next sentence
_FUNDS = ("某县乡村振兴局2022年工作总结\n\n一、项目建设\n按资金来源划分，中央补助资金2.4亿元，省级补助1.1亿元，县级配套0.6亿元，"
          "这几项加起来就是衔接项目的全年投入。衔接项目全年完成投入{x}亿元，带动脱贫户1,200户。")


def test_added_up_declaration_with_the_whole_after_it():
    assert _verdicts_with(_FUNDS.format(x="4.1"), "4.1亿元") == ["consistent"]
    assert _verdicts_with(_FUNDS.format(x="4.6"), "4.6亿元") == ["inconsistent"]


# ---------------------------------------------------------------- 以上合计即为…, the whole named by the list's own lead
_CALLS = ("某区政务服务局2023年工作总结\n\n全年受理群众诉求5,620件。\n\n三、诉求办理\n受理的诉求中，咨询类2,310件、求助类1,870件、"
          "投诉类{x}件，以上合计即为全年诉求总量。")


def test_summed_up_declaration():
    assert _verdicts_with(_CALLS.format(x="1,440"), "5,620件") == ["consistent"]
    assert _verdicts_with(_CALLS.format(x="1,480"), "5,620件") == ["inconsistent"]


# ---------------------------------------------------------------- X由A、B和C构成：A…，B…，C…
_TRAIN = ("某县人社局2020年工作总结\n\n全年完成职业技能培训1,860人次，新增就业2,450人。\n\n一、技能培训\n"
          "实际完成的培训由农民培训、干部培训和企业员工培训构成：农民培训920人次，干部培训410人次，企业员工培训{x}人次。")


def test_made_of_lead_before_a_colon():
    assert _verdicts_with(_TRAIN.format(x=530), "1,860人次") == ["consistent"]
    assert _verdicts_with(_TRAIN.format(x=580), "1,860人次") == ["inconsistent"]


# ---------------------------------------------------------------- classifications whose whole is stated sections back
def test_named_classification_with_its_whole_in_the_opening_paragraph():
    text = ("某市会展办2019年工作总结\n\n全年举办各类展会42场，展览面积28万平方米。\n\n二、展会组织\n"
            "全年展会按规模划分，国际性展会6场，全国性展会14场，区域性展会22场。")
    assert _verdicts_with(text, "42场") == ["consistent"]


def test_whole_named_right_after_the_classification_lead():
    text = ("某县粮食局2018年工作总结\n\n全年实现粮油购销总额9.64亿元，同比增长6.2%。\n\n一、购销经营\n"
            "县政府年初下达的目标为购销总额9亿元。从经营品种看，购销总额包括稻谷4.12亿元、小麦3.05亿元和食用油{x}亿元。")
    assert _verdicts_with(text.format(x="2.47"), "9.64亿元") == ["consistent"]
    assert _verdicts_with(text.format(x="2.74"), "9.64亿元") == ["inconsistent"]
    assert not _verdicts_with(text.format(x="2.74"), "9亿元")  # (the target is no whole of what was sold)


# ---------------------------------------------------------------- decoys
def test_decoy_a_target_is_no_whole_of_what_was_done():
    text = _HEAD + ("一、农村供水\n年初确定的目标任务是：新建供水管网150公里。新建的供水管网里，主干管46公里，支管52公里，"
                    "入户管30公里，三者共同构成了全年新建总量。")
    assert _rows(text) == []
    # a classification after a target sentence: the target is not the whole it cuts
    text = ("某市发改委2015年工作总结\n\n一、重点项目\n年初定下的任务是：重点项目完成投资165亿元。按投向划分，产业类项目完成投资"
            "94.3亿元，基础设施类51.8亿元，社会民生类24.1亿元。")
    assert not [v for v, s in _rows(text) if v == "inconsistent"]


def test_decoy_no_declaration_no_far_whole():
    text = _HEAD + "2021年，全年新建供水管网128公里。\n\n一、农村供水\n新建的供水管网里，主干管46公里，支管52公里。"
    assert _rows(text) == []


def test_decoy_running_total_plan_and_last_year_named_alike():
    text = _HEAD + ("全县累计新建供水管网1,460公里，上年新建供水管网120公里。\n\n一、农村供水\n新建的供水管网里，主干管46公里，"
                    "支管52公里，入户管30公里，三者共同构成了全年新建总量。\n\n二、明年打算\n明年计划新建供水管网140公里。")
    assert _rows(text) == []


def test_decoy_kinds_before_a_colon_are_no_named_whole():
    text = ("某县林业局2023年工作总结\n\n一、国土绿化\n实际完成的营造林由人工造林、封山育林和退化林修复构成：人工造林3.2万亩，"
            "封山育林1.8万亩，退化林修复2.4万亩。")
    assert not [v for v, s in _rows(text) if v == "inconsistent"]


def test_decoy_made_of_with_kinds_and_figures_not_matching():
    # two kinds named, three figures after the colon: the body does not name the list
    text = ("某县人社局2020年工作总结\n\n全年完成职业技能培训1,860人次。\n\n一、技能培训\n实际完成的培训由农民培训和干部培训构成：农民培训"
            "920人次，干部培训410人次，送教下乡580人次。")
    assert not _verdicts_with(text, "1,860人次")


# ---------------------------------------------------------------- review of the declared-complete reading
# (each decoy below paired a wrong figure before: another place's, last year's, the whole of which the list is a part,
# a figure whose label shares only the verb, a far figure that happened to fit)
_SHOP = ("某县商务局2022年工作总结\n\n{first}\n\n一、电子商务\n全县网络零售按品类划分，农产品网络零售额6.2亿元，服装家居4.1亿元，"
         "数码家电2.3亿元，这几类加起来就是全年网络零售额。")


def test_decoy_another_places_figure_is_no_whole():
    # the province's figure in a county's report: not the whole of the county's list
    assert _rows(_SHOP.format(first="全省实现网络零售额1,860亿元，同比增长9.2%。")) == []


def test_declared_whole_of_the_reports_own_place():
    first = "全省实现网络零售额1,860亿元。全县实现网络零售额{x}亿元。"
    assert _verdicts_with(_SHOP.format(first=first.format(x="12.6")), "12.6亿元") == ["consistent"]
    assert _verdicts_with(_SHOP.format(first=first.format(x="13.6")), "13.6亿元") == ["inconsistent"]


def test_decoy_another_years_figure_is_no_whole():
    text = ("某县人社局2022年工作总结\n\n2021年全县城镇新增就业3,120人。\n\n一、就业创业\n城镇新增就业中，高校毕业生860人，"
            "退役军人240人，其他群体1,650人，以上合计即为全年城镇新增就业。")
    assert run(parts_sum, text, 2022) == []
    # the report's own year named: judged
    text = text.replace("2021年全县", "2022年全县")
    assert [(r["verdict"], r["stated"][:6]) for r in run(parts_sum, text, 2022)] == [("inconsistent", "3,120人")]


def test_decoy_the_whole_of_a_part_is_not_the_parts_whole():
    # the list is of 农村发放 (a part of the year's loans): the year's whole, named by the lead alone, is not its whole
    text = ("某县人社局2021年工作总结\n\n全年发放创业担保贷款2.6亿元，其中城区发放0.9亿元。\n\n二、创业扶持\n"
            "农村发放的创业担保贷款里，种养殖业0.8亿元，农产品加工0.5亿元，乡村旅游0.3亿元，三者共同构成了农村发放总量。")
    assert _rows(text) == []


_BOOKS = ("某县文旅局2021年工作总结\n\n{first}\n\n一、公共文化\n新建的农家书屋里，示范书屋12个，标准书屋20个，流动书屋6个，"
          "三者共同构成了全年新建总量。")


def test_decoy_a_bare_verb_names_no_whole():
    # 全年新建总量 shares only the verb with 全年新建村级文化广场42个: the lead (农家书屋) names the whole
    assert _rows(_BOOKS.format(first="全年新建村级文化广场42个，改造乡镇文化站6个。")) == []


def test_bare_verb_with_the_lead_naming_the_whole():
    first = "全年新建村级文化广场42个，新建农家书屋{x}个。"
    assert _verdicts_with(_BOOKS.format(first=first.format(x=38)), "38个") == ["consistent"]
    assert _verdicts_with(_BOOKS.format(first=first.format(x=40)), "40个") == ["inconsistent"]


_ROADS = ("某县交通局2021年工作总结\n\n一、公路建设\n全年新建农村公路78公里，完成投资2.1亿元。\n\n二、养护管理\n"
          "全年完成农村公路日常养护1,260公里，修复水毁路段18处。\n\n三、安全监管\n全年开展路政巡查420次，查处超限车辆65辆。\n\n"
          "四、农村公路提升\n{own}新建的农村公路里，通村公路40公里，通组公路26公里，产业路12公里，三者共同构成了全年新建总量。")


def test_decoy_a_far_fit_does_not_beat_the_paragraphs_own_whole():
    # the list's own paragraph names 82公里; 78公里 sections back only happens to fit
    rows = _rows(_ROADS.format(own="全县农村公路提升工程新建农村公路82公里，完成投资2.2亿元。"))
    assert ("inconsistent", "82公里 = 40公里 + 26公里 + 12公里") in rows
    assert not _verdicts_with(_ROADS.format(own="全县农村公路提升工程新建农村公路82公里，完成投资2.2亿元。"), "78公里")


def test_far_whole_only_when_nothing_nearer_and_weak():
    # nothing named in the list's paragraph or the one before: the figure sections back, a row only when it holds
    assert _verdicts_with(_ROADS.format(own=""), "78公里") == ["consistent"]
    assert _rows(_ROADS.format(own="").replace("78公里", "86公里")) == []


def test_far_whole_in_the_opening_paragraph_stays_sure():
    # the year's whole in the report's opening paragraph, a section between: still the whole (not only when it holds)
    text = ("某县退役军人事务局2021年工作总结\n\n全年接收安置退役士兵126名，走访慰问3,420人次。\n\n一、服务保障\n全县建成退役军人"
            "服务站186个，配备工作人员205名。\n\n二、移交安置\n全年接收的退役士兵中，安排工作38名，自主就业{x}名，退休安置4名，"
            "以上安置方式涵盖了全部安置对象。")
    assert _verdicts_with(text.format(x=84), "126名") == ["consistent"]
    assert _verdicts_with(text.format(x=86), "126名") == ["inconsistent"]
