"""target_met, round 19 (third pass, a probe in phrasings of the helper's own): under a heading of the year's own
targets (一、主要目标), a sentence that states levels to reach (稳定在…以上 / 达到…) with no plan word sets targets, so a
later claim that every target was met is judged on them. Sentences invented."""
from analysis.rules.targets import target_met
from rules_cases import run


def _at(text: str, anchor: str, year: int = 2022) -> list[str]:
    return [r["verdict"] for r in run(target_met, text, year) if anchor in r["span"]]


_LEVELS = ("一、主要目标\n{lead}粮食播种面积稳定在50万亩以上，粮食总产量达到22万吨。\n"
           "二、完成情况\n粮食播种面积{v}万亩，粮食总产量22.4万吨。\n三、总体评价\n全面完成各项目标任务。")


def test_levels_under_targets_heading_without_plan_word():
    assert _at(_LEVELS.format(lead="", v="51.2"), "全面完成") == ["consistent"]
    assert _at(_LEVELS.format(lead="", v="48.6"), "全面完成") == ["inconsistent"]
    # a lead that names no target (年初确定：) reads the same
    assert _at(_LEVELS.format(lead="年初确定：", v="48.6"), "全面完成") == ["inconsistent"]


def test_results_under_targets_heading_set_no_target():
    # a sentence that reports the change (同比增长) under the same heading states results, not levels to reach
    text = ("一、主要目标\n粮食播种面积稳定在50万亩以上，同比增长2.1%。\n"
            "二、完成情况\n粮食播种面积48.6万亩。\n三、总体评价\n全面完成各项目标任务。")
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, text, 2022)]


def test_next_years_levels_are_no_targets_of_the_year():
    # a heading dated the next year looks ahead: its levels judge nothing in the year reviewed
    text = ("一、完成情况\n粮食播种面积48.6万亩，全面完成各项目标任务。\n"
            "二、2023年主要目标\n粮食播种面积稳定在50万亩以上，粮食总产量达到22万吨。")
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, text, 2022)]


# --- 计划完成X: the verb of the plan claims nothing; the pair alone says how the plan and the actual stand ----------

def test_planned_verb_is_no_claim():
    text = "计划完成技改投资18亿元，实际完成{a}亿元{tail}。"
    # the plan missed and said so, or said nothing: no alarm
    assert _at(text.format(a="16.4", tail="，低于计划目标"), "16.4") == ["consistent"]
    assert _at(text.format(a="16.4", tail=""), "16.4") == ["consistent"]
    assert _at(text.format(a="19.3", tail=""), "19.3") == ["consistent"]
    # the broken twin: missed, yet claimed beyond the plan
    assert _at(text.format(a="16.4", tail="，超额完成计划"), "16.4") == ["inconsistent"]


def test_done_to_plan_is_still_a_claim():
    # 按计划完成 claims the plan was kept
    assert _at("按计划完成技改投资18亿元的年度任务，实际完成16.4亿元。", "16.4") == ["inconsistent"]
    assert _at("按计划完成技改投资18亿元的年度任务，实际完成18.6亿元。", "18.6") == ["consistent"]


# --- growth: last year's value in a note after the rate (注：上年…为) is its base ------------------------------------------

def test_growth_base_in_a_note():
    from analysis.rules.growth import growth
    text = "全年全县实现非税收入4.2亿元，比上年增长{g}%。{lead}上年非税收入为3.8亿元。"
    # 4.2 / 3.8 − 1 = 10.5% (8.0–13.2% with the rounding of both)
    assert "consistent" in [r["verdict"] for r in run(growth, text.format(g="10.5", lead="注："), 2022)]
    assert "inconsistent" in [r["verdict"] for r in run(growth, text.format(g="15.8", lead="注："), 2022)]
    assert "inconsistent" in [r["verdict"] for r in run(growth, text.format(g="15.8", lead="备注："), 2022)]


def test_growth_note_on_something_else_is_no_base():
    from analysis.rules.growth import growth
    text = "全年全县实现非税收入4.2亿元，比上年增长15.8%。注：上年非税收入含一次性罚没收入0.6亿元。"
    assert "inconsistent" not in [r["verdict"] for r in run(growth, text, 2022)]


# --- growth: 翻一番 first, the values it rests on in the clause right after (…翻了一番，由A增加到B) ----------------------------

def test_doubling_before_its_values():
    from analysis.rules.growth import growth
    text = "全镇农家乐接待游客翻了一番，由上年的4.6万人次增加到{v}万人次。"
    assert [r["verdict"] for r in run(growth, text.format(v="9.3"), 2022)] == ["consistent"]
    assert [r["verdict"] for r in run(growth, text.format(v="7.1"), 2022)] == ["inconsistent"]


def test_doubling_aimed_at_is_no_result():
    from analysis.rules.growth import growth
    for text in ("全镇农家乐接待游客力争翻一番，由上年的4.6万人次增加到7.1万人次。",
                 "全镇农家乐接待游客翻了一番。另据统计，由上年的4.6万人次增加到7.1万人次。"):
        assert "inconsistent" not in [r["verdict"] for r in run(growth, text, 2022)]


# --- 年初目标：… opens the targets set at the start of the year, the verb that sets them left out ----------------------

def test_targets_opened_by_early_year_lead():
    text = "年初目标：城市生活垃圾无害化处理率达到98%以上。全年城市生活垃圾无害化处理率{v}%，{claim}。"
    assert _at(text.format(v="98.7", claim="完成年度目标"), "完成年度目标") == ["consistent"]
    assert _at(text.format(v="96.9", claim="完成年度目标"), "完成年度目标") == ["inconsistent"]
    assert _at(text.format(v="96.9", claim="未完成年度目标"), "未完成年度目标") == ["consistent"]


def test_early_year_lead_under_plan_heading_is_next_years():
    # a lead of next year's targets (under a heading of plans, 明年) judges nothing in the year reviewed
    text = ("一、工作完成情况\n全年城市生活垃圾无害化处理率96.9%，完成年度目标。\n"
            "二、下一步工作打算\n明年年初目标：城市生活垃圾无害化处理率达到98%以上。全年城市生活垃圾无害化处理率力争99%。")
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, text, 2022)]


# --- a target named after 目标任务是 (no colon): its metric is the words after 是 ---------------------------------------

def test_target_named_after_target_is():
    text = "年初确定的目标任务是全年新建村级养老服务站40个。全年共新建村级养老服务站{a}个，{claim}。"
    assert _at(text.format(a="46", claim="完成年度任务的115%"), "115%") == ["consistent"]
    assert _at(text.format(a="46", claim="完成年度任务的125%"), "125%") == ["inconsistent"]
    assert _at(text.format(a="37", claim="圆满完成目标任务"), "圆满完成") == ["inconsistent"]


def test_target_is_of_another_metric_is_no_target():
    # the value names another work than the target: the percentage stays unverifiable, never an alarm
    text = "年初确定的目标任务是全年新建村级养老服务站40个。全年共改造农村敬老院46个，完成年度任务的125%。"
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, text, 2022)]


def test_levels_under_targets_heading_some_without_level_word():
    # 城镇新增就业1.2万人 names no level word, but its sentence sets levels (增长7%左右) under the heading of targets
    text = ("一、主要目标\n地区生产总值增长7%左右，城镇新增就业1.2万人。\n"
            "二、完成情况\n全年地区生产总值增长7.2%，城镇新增就业{v}万人。\n三、总体评价\n圆满完成年度目标。")
    assert _at(text.format(v="1.25"), "圆满完成") == ["consistent"]
    assert _at(text.format(v="1.15"), "圆满完成") == ["inconsistent"]


def test_background_under_targets_heading_sets_nothing():
    # figures with no level word under the heading are background, not targets
    text = ("一、主要目标\n全县户籍人口52万人，城镇新增就业1.2万人。\n"
            "二、完成情况\n城镇新增就业1.15万人。\n三、总体评价\n圆满完成年度目标。")
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, text, 2022)]


# --- 为计划的N% judged on the target listed under the heading of the year's targets -----------------------------------

_ROADS = "一、年度目标\n新建改建农村公路达到120公里。\n二、完成情况\n全年{what}138公里，为计划的{p}%。"


def test_pct_of_plan_against_target_under_heading():
    assert _at(_ROADS.format(what="新建改建农村公路", p="115"), "为计划的") == ["consistent"]
    assert _at(_ROADS.format(what="新建改建农村公路", p="125"), "为计划的") == ["inconsistent"]


def test_pct_of_plan_on_another_work_stays_unverifiable():
    assert _at(_ROADS.format(what="养护农村公路", p="125"), "为计划的") == ["unverifiable"]


# --- growth: a value opening on the report's own year (2022年…比上年增长) takes last year's value from another section ---

_INCOME = ("一、基本情况\n{y0}年全县农村居民人均可支配收入为18,600元。\n"
           "二、今年以来工作\n{y1}年全县农村居民人均可支配收入达到19,900元，比上年增长{g}%。")


def test_base_in_another_section_for_a_dated_value():
    from analysis.rules.growth import growth
    assert [r["verdict"] for r in run(growth, _INCOME.format(y0=2021, y1=2022, g="7.0"), 2022)] == ["consistent"]
    assert [r["verdict"] for r in run(growth, _INCOME.format(y0=2021, y1=2022, g="8.0"), 2022)] == ["inconsistent"]


def test_prior_years_own_growth_takes_no_base():
    # the value of the year before the report's, with a base two years back: not paired across sections
    from analysis.rules.growth import growth
    assert "inconsistent" not in [r["verdict"] for r in run(growth, _INCOME.format(y0=2020, y1=2021, g="8.0"), 2022)]


# --- 除X外，其余目标均已完成: a claim on every target but the ones named after 除 ----------------------------------------

_EXCEPT = "计划新增城镇就业3000人，实际新增{a}人；计划新建实训基地2个，实际建成1个。除{x}外，其余目标均已完成。"


def test_claim_on_all_but_the_named():
    assert _at(_EXCEPT.format(a="3120", x="实训基地"), "其余目标") == ["consistent"]
    assert _at(_EXCEPT.format(a="2870", x="实训基地"), "其余目标") == ["inconsistent"]


def test_claim_on_all_but_with_every_miss_named():
    # both misses named after 除, or an exception that names none of the targets: nothing to judge
    assert _at(_EXCEPT.format(a="2870", x="城镇就业和实训基地"), "其余目标") == []
    assert _at(_EXCEPT.format(a="3120", x="个别乡镇"), "其余目标") == []


# --- a bare claim (提前完成全年任务) judged on the target listed under the heading of the year's targets -----------------

_ROADS_CLAIM = ("一、年度目标\n新建改建农村公路达到120公里，农村公路优良率达到80%以上。\n"
                "二、完成情况\n全年{what}{v}公里，提前完成全年任务。")


def test_bare_claim_against_target_under_heading():
    assert _at(_ROADS_CLAIM.format(what="新建改建农村公路", v="126"), "提前完成") == ["consistent"]
    assert _at(_ROADS_CLAIM.format(what="新建改建农村公路", v="104"), "提前完成") == ["inconsistent"]


def test_bare_claim_on_another_work_not_judged_on_it():
    assert "inconsistent" not in _at(_ROADS_CLAIM.format(what="养护农村公路", v="104"), "提前完成")
