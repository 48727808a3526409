"""target_met and tables, round 19: claims that every target was met, judged against the pairs the report computes
elsewhere (a closing summary under a heading of plans, the verb before the nouns, all indicators of a kind), a
target level the text admits it missed, a target in a bracket named by who set it, and an indicator table whose
cells carry their column names. Sentences invented."""
from analysis.rules.tables import table_targets_met, table_targets_reached
from analysis.rules.targets import target_met
from rules_cases import run, verdicts


def _claims(rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["verdict"], r["span"]) for r in rows if "all targets met" in r["stated"] or "all targets" in r["computed"]]


# --- a closing summary (综上，…) under a heading of plans still looks back on the year -------------------------------

_SUMMARY = ("一、完成情况\n全年培训农村实用人才{a}人次（年度计划1,500人次），组织技术下乡32场。\n"
            "二、存在问题和下步打算\n部分乡镇技术人员不足。2022年计划培训1,800人次。\n"
            "{lead}本项目各项绩效目标均已完成。")


def test_summary_under_plan_heading_judges_all_targets():
    missed = _SUMMARY.format(a="1,380", lead="综上，")
    assert [v for v, _ in _claims(run(target_met, missed, 2021))] == ["inconsistent"]
    met = _SUMMARY.format(a="1,560", lead="综上，")
    assert [v for v, _ in _claims(run(target_met, met, 2021))] == ["consistent"]


def test_plain_plan_sentence_under_plan_heading_left_alone():
    # without a summing-up lead, a sentence under the heading of plans is no claim on the year reviewed
    decoy = _SUMMARY.format(a="1,380", lead="明年")
    assert _claims(run(target_met, decoy, 2021)) == []


# --- the verb before the nouns: 圆满完成了年初确定的各项目标任务 / 各项实事均完成或超额完成年度目标任务 ------------------

def test_verb_before_all_targets():
    text = ("一、就业\n计划新增城镇就业3,000人，实际新增{a}人，完成计划的{p}%。\n"
            "二、总结\n总之，全年圆满完成了年初确定的各项目标任务。")
    assert [v for v, _ in _claims(run(target_met, text.format(a="2,790", p="93.0"), 2020))] == ["inconsistent"]
    assert [v for v, _ in _claims(run(target_met, text.format(a="3,120", p="104.0"), 2020))] == ["consistent"]
    listed = ("一、改造\n计划改造供热管网60公里，实际改造{a}公里，完成年度计划的{p}%。\n"
              "二、总结\n总的看，各项惠民实事均完成或超额完成年度目标任务。")
    assert [v for v, _ in _claims(run(target_met, listed.format(a="51", p="85.0"), 2022))] == ["inconsistent"]
    assert [v for v, _ in _claims(run(target_met, listed.format(a="63", p="105.0"), 2022))] == ["consistent"]


def test_work_tasks_or_hedged_claims_are_not_all_targets():
    pair = "一、招商\n实际利用外资1,880万美元，完成市下达任务2,000万美元的94.0%。\n"
    assert _claims(run(target_met, pair + "二、总结\n全局上下圆满完成各项工作任务。", 2018)) == []
    assert _claims(run(target_met, pair + "二、总结\n较好完成了全年各项目标任务。", 2018)) == []
    assert _claims(run(target_met, pair + "二、总结\n基本完成了全年各项目标任务。", 2018)) == []


def test_all_indicators_of_a_kind():
    rows = run(target_met, "全年实际建成18个（年度计划20个）。另修缮戏台6处，数量指标全部完成。", 2019)
    assert "inconsistent" in [v for v, _ in _claims(rows)]
    rows = run(target_met, "全年实际建成21个（年度计划20个）。另修缮戏台6处，数量指标全部完成。", 2019)
    assert [v for v, _ in _claims(rows)] == ["consistent"]
    # a plan for the next year is no claim
    assert _claims(run(target_met, "全年实际建成18个（年度计划20个）。明年确保数量指标全部完成。", 2019)) == []


# --- a target level the text admits was missed, then a claim of all ------------------------------------------------

def test_denied_level_is_a_missed_pair():
    text = "一、劳动关系\n劳动合同签订率达到{a}%，未完成年初96%的目标。\n二、总结\n总体看，各项目标全部完成。"
    rows = run(target_met, text.format(a="93"), 2010)
    assert ("consistent", "未完成年初96%") in [(r["verdict"], r["span"]) for r in rows]
    assert [v for v, _ in _claims(rows)] == ["inconsistent"]
    money = ("一、收入\n全县税收收入完成8.32亿元，比上年的7.61亿元增加0.71亿元，但未达到年初预期的8.5亿元。\n"
             "二、总结\n总之，全年圆满完成了年初确定的各项目标任务。")
    rows = run(target_met, money, 2012)
    assert [v for v, _ in _claims(rows)] == ["inconsistent"]
    assert any(r["span"] == "但未达到年初预期的8.5亿元" and r["verdict"] == "consistent" for r in rows)


def test_denied_level_that_was_met_raises_nothing():
    # the numbers say the level was reached: the denial is left alone (no row, no alarm)
    rows = run(target_met, "劳动合同签订率达到97%，未完成年初96%的目标。", 2010)
    assert "inconsistent" not in [r["verdict"] for r in rows]


# --- a bracketed target named by who set it: 参合率91.2%（县定目标为95%） ------------------------------------------------

def test_bracketed_target_set_by_the_county():
    text = "参保居民{a}万人，参保率达到{p}%（市定目标为96%）。\n三、结论\n经自查，各项考核指标均全面完成。"
    rows = run(target_met, text.format(a="4.1", p="94.5"), 2008)
    assert [v for v, _ in _claims(rows)] == ["inconsistent"]
    rows = run(target_met, text.format(a="4.2", p="97.5"), 2008)
    assert [v for v, _ in _claims(rows)] == ["consistent"]


# --- an indicator table whose cells carry their column names ----------------------------------------------------

_CELLS = ("三、绩效指标完成情况\n"
          "产出指标 新建污水管网长度 年度指标值18公里 实际完成值18公里 得分10分\n"
          "时效指标 按期完工率 年度指标值100% 实际完成值{r}% 得分{s}分\n"
          "效益指标 群众满意度 年度指标值≥85% 实际完成值91.4% 得分10分\n\n"
          "四、自评结论\n本项目自评得分96分，各项指标均达到年度目标。")


def test_labelled_cells_read_as_a_table():
    rows = run(table_targets_reached, _CELLS.format(r="100", s="10"), 2021)
    assert [r["verdict"] for r in rows] == ["consistent"] * 3
    assert run(table_targets_met, _CELLS.format(r="100", s="10"), 2021)[0]["verdict"] == "consistent"
    missed = run(table_targets_met, _CELLS.format(r="92.5", s="7"), 2021)
    assert [r["verdict"] for r in missed] == ["inconsistent"]
    assert "按期完工率" in missed[0]["computed"]


def test_labelled_cells_in_prose_are_no_table():
    # a sentence naming a target value and an actual value is no row of a table
    prose = "四、结论\n该指标年度指标值为100%，实际完成值92.5%，各项指标均达到年度目标。"
    assert run(table_targets_met, prose, 2021) == []


# --- a plan/actual pair with a rate of another item after ；, then a claim on all indicators of a kind --------------

def test_pair_before_a_rate_of_another_item():
    text = ("年度计划新建机井{t}眼，实际完成{a}眼，配套泵房40座，数量指标全部完成；工程验收合格率100%。")
    rows = run(target_met, text.format(t="120", a="104"), 2019)
    assert [v for v, _ in _claims(rows)] == ["inconsistent"]
    rows = run(target_met, text.format(t="120", a="126"), 2019)
    assert [v for v, _ in _claims(rows)] == ["consistent"]
    # the rate right after the actual value, in its own clause chain, is the pair's completion rate: left to its row
    own = "年度计划新建机井120眼，实际完成104眼，完成率86.7%。"
    assert "inconsistent" not in verdicts(target_met, own, 2019)


# --- a claim on one target naming its metric, judged on the pair computed in an earlier section ------------------

_NAMED = ("一、完成情况\n（三）造林绿化。完成人工造林面积{a}万亩，完成年度目标任务3.2万亩的{p}%。\n"
          "（四）森林防火。全年未发生重大火灾。\n二、总结\n全年{claim}，林业生态建设取得新进展。")


def test_named_claim_judged_on_an_earlier_pair():
    rows = run(target_met, _NAMED.format(a="2.9", p="90.6", claim="人工造林超额完成年度任务"), 2016)
    assert [r["verdict"] for r in rows if "人工造林超额完成年度任务" in r["span"]] == ["inconsistent"]
    rows = run(target_met, _NAMED.format(a="3.5", p="109.4", claim="人工造林超额完成年度任务"), 2016)
    assert [r["verdict"] for r in rows if "人工造林超额完成年度任务" in r["span"]] == ["consistent"]


def test_named_claim_on_another_metric_left_alone():
    # the claim names a metric no pair above measures: nothing to judge it on
    rows = run(target_met, _NAMED.format(a="2.9", p="90.6", claim="森林抚育超额完成年度任务"), 2016)
    assert not any("森林抚育" in r["span"] and r["verdict"] == "inconsistent" for r in rows)


def test_summary_value_with_bare_claim_held_to_the_earlier_target():
    text = ("一、道路\n全年改造农村危桥{a}座，完成年度计划40座的{p}%。\n"
            "二、总结\n全年改造农村危桥{b}座，超额完成年度计划任务。")
    rows = run(target_met, text.format(a="44", p="110", b="44"), 2023)
    assert [r["verdict"] for r in rows if "超额完成年度计划任务" in r["span"]] == ["consistent"]
    rows = run(target_met, text.format(a="36", p="90", b="36"), 2023)
    assert [r["verdict"] for r in rows if "超额完成年度计划任务" in r["span"]] == ["inconsistent"]


# --- a self-check whose headings name the targets reviewed (一、经济发展目标) ------------------------------------------

def test_target_area_heading_of_a_self_check_is_reviewed():
    from analysis.rules.growth import growth
    text = ("{title}\n一、经济发展目标\n全年完成税收收入{a}万元，为县下达任务2,400万元的{p}%。"
            "农民人均纯收入5,180元，比上年增加420元，增长{g}%。\n二、2012年工作打算\n力争税收收入增长10%。")
    title = "青石乡人民政府2011年度目标责任考核自查报告"
    rows = run(target_met, text.format(title=title, a="2,580", p="107.5", g="8.8"), 2011)
    assert [r["verdict"] for r in rows if "下达任务" in r["span"]] == ["consistent"]
    rows = run(target_met, text.format(title=title, a="2,580", p="105.5", g="8.8"), 2011)
    assert [r["verdict"] for r in rows if "下达任务" in r["span"]] == ["inconsistent"]
    assert "consistent" in verdicts(growth, text.format(title=title, a="2,580", p="107.5", g="8.8"), 2011)
    assert "inconsistent" in verdicts(growth, text.format(title=title, a="2,580", p="107.5", g="9.8"), 2011)


def test_target_heading_of_a_plan_stays_a_plan():
    from analysis.rules.growth import growth
    # the same heading in a work report that sets next year's targets: its figures are targets, not results
    text = ("青石乡2011年工作总结\n一、经济发展目标\n全年完成税收收入2,580万元，为县下达任务2,400万元的105.5%。"
            "农民人均纯收入5,180元，比上年增加420元，增长9.8%。")
    assert "inconsistent" not in verdicts(target_met, text, 2011)
    assert "inconsistent" not in verdicts(growth, text, 2011)


# --- the target as the subject of its claim (年度X任务5.8万亩全面完成) ----------------------------------------------

def test_task_target_glued_to_its_claim():
    text = "全年完成退耕还林{a}万亩，年度退耕还林任务4.5万亩全面完成。"
    assert verdicts(target_met, text.format(a="4.6"), 2019) == ["consistent"]
    assert verdicts(target_met, text.format(a="4.2"), 2019) == ["inconsistent"]
    # the value of the task without a claim after it: nothing claimed
    assert "inconsistent" not in verdicts(target_met, "全年完成退耕还林4.2万亩，年度退耕还林任务4.5万亩。", 2019)


# --- a ceiling on a rate of growth, with the rate in the sentence; a target level named after the rate ----------

def test_ceiling_on_a_growth_rate():
    text = ("医保基金收入4.12亿元，支出3.86亿元，基金支出增幅控制在9%以内的目标顺利实现，"
            "全年基金支出比上年的3.50亿元增长{g}%。")
    assert verdicts(target_met, text.format(g="10.3"), 2022) == ["inconsistent"]
    assert verdicts(target_met, text.format(g="10.3").replace("3.50", "3.60"), 2022) == ["inconsistent"]
    ok = text.format(g="10.3").replace("3.50", "3.55").replace("10.3", "8.7")
    assert verdicts(target_met, ok, 2022) == ["consistent"]
    # two rates of growth in the sentence naming other things: which one is capped cannot be told
    two = ("基金支出增幅控制在9%以内的目标顺利实现，参保人数比上年增长12.0%，住院人次比上年增长11.0%。")
    assert "inconsistent" not in verdicts(target_met, two, 2022)


def test_target_level_named_after_the_rate():
    text = "全县参保人数达到18.6万人，参保率{a}%，年度目标为参保率稳定在95%以上。"
    assert verdicts(target_met, text.format(a="97.2"), 2022) == ["consistent"]
    # no claim made: a rate under its target is recorded, not flagged
    assert verdicts(target_met, text.format(a="93.1"), 2022) == ["consistent"]
    # the target names another rate: no row
    assert verdicts(target_met, "参保率97.2%，年度目标为续保率稳定在95%以上。", 2022) == []


# --- bases given in a note appended after the plans (附：2017年主要指标基数：…) -----------------------------------------

_NOTE = ("湖口县2019年政府工作报告\n一、2018年工作回顾\n城镇居民人均可支配收入{a}元，增长{p}%；农村居民人均可支配收入"
         "15,960元，增长{q}%。\n二、2019年主要目标\n城镇居民人均可支配收入增长8%左右。\n"
         "附：2017年主要指标基数：城镇居民人均可支配收入30,120元，农村居民人均可支配收入14,700元。")


def test_bases_in_an_appended_note():
    from analysis.rules.growth import growth
    rows = run(growth, _NOTE.format(a="32,680", p="8.5", q="8.6"), 2019)
    assert sorted(r["verdict"] for r in rows) == ["consistent", "consistent"]
    rows = run(growth, _NOTE.format(a="32,680", p="7.5", q="8.6"), 2019)
    assert sorted(r["verdict"] for r in rows) == ["consistent", "inconsistent"]
    rows = run(growth, _NOTE.format(a="32,680", p="8.5", q="9.6"), 2019)
    assert sorted(r["verdict"] for r in rows) == ["consistent", "inconsistent"]


def test_plan_sentence_after_the_note_heading_gives_no_base():
    from analysis.rules.growth import growth
    # without 附, a sentence under the heading of plans states plans, not bases
    text = _NOTE.format(a="32,680", p="7.5", q="9.6").replace("附：2017年主要指标基数：", "2019年力争")
    assert "inconsistent" not in verdicts(growth, text, 2019)


# --- a rate target named after the rate, then a bare claim (年度目标为增长9%，完成目标) ----------------------------------

def test_rate_target_then_bare_claim():
    text = "全县外贸进出口总额完成12.6亿元，同比增长{g}%，年度目标为增长7%，完成目标。"
    assert verdicts(target_met, text.format(g="7.4"), 2019) == ["consistent"]
    assert verdicts(target_met, text.format(g="6.3"), 2019) == ["inconsistent"]
    # a claim of another thing after the target: not a claim on it
    assert "inconsistent" not in verdicts(target_met, "外贸进出口总额同比增长6.3%，年度目标为增长7%，完成备案登记86家。", 2019)


# --- a rate whose base is given where the same value is restated (a summary) -----------------------------------------

_RESTATED = ("一、工作情况\n全县森林覆盖率达到{a}%，比上年提高{p}个百分点，林木蓄积量稳步增长。\n"
             "二、总结\n全年森林覆盖率达到{a}%，比上年的{b}%提高了{q}个百分点。")


def test_base_from_a_restatement_of_the_same_value():
    from analysis.rules.growth import growth
    rows = run(growth, _RESTATED.format(a="46.8", p="1.3", b="45.5", q="1.3"), 2020)
    assert [r["verdict"] for r in rows] == ["consistent", "consistent"]
    rows = run(growth, _RESTATED.format(a="46.8", p="0.8", b="45.5", q="1.3"), 2020)
    assert [r["verdict"] for r in rows] == ["inconsistent", "consistent"]


def test_restatement_of_another_value_gives_no_base():
    from analysis.rules.growth import growth
    # the summary states another current value: its base is not this rate's
    rows = run(growth, _RESTATED.format(a="46.8", p="0.8", b="45.5", q="1.3").replace("全年森林覆盖率达到46.8%",
                                                                                       "全年森林覆盖率达到46.9%"), 2020)
    assert [r["verdict"] for r in rows][0] == "unverifiable"


# --- a clause inside the sentence naming its metric, with a base but no value: the value named so before it -------

def test_value_named_earlier_in_the_sentence():
    from analysis.rules.growth import growth
    text = "全年职工医保基金收入5.48亿元，支出4.92亿元，当年结余0.56亿元，全年基金支出比上年的4.40亿元增长{g}%。"
    rows = run(growth, text.format(g="11.8"), 2022)
    assert [r["verdict"] for r in rows] == ["consistent"]
    rows = run(growth, text.format(g="13.8"), 2022)
    assert [r["verdict"] for r in rows] == ["inconsistent"]


def test_value_of_another_metric_is_not_taken():
    from analysis.rules.growth import growth
    # no value earlier in the sentence is named 基金支出 (收入 and 结余 are other metrics): no current value is taken
    text = "全年职工医保基金收入5.48亿元，当年结余0.56亿元，全年基金支出比上年的4.40亿元增长13.8%。"
    assert "inconsistent" not in verdicts(growth, text, 2022)


# --- a structure table without a header: label amount 占share, one line a row, closed by 合计 -----------------------

_SHARES = "支出结构如下：\n人员经费 {a}万元 占{p}%\n公用经费 {b}万元 占{q}%\n合计 {t}万元 占100%\n其余说明从略。"


def test_share_lines_read_as_a_table():
    from analysis.rules.tables import table_rates, table_totals
    ok = _SHARES.format(a="486", p="60.8", b="313", q="39.2", t="799")
    rows = run(table_rates, ok, 2020)
    assert sorted((r["rule"], r["verdict"]) for r in rows) == [
        ("percent_sum", "consistent"), ("share_of_total", "consistent"), ("share_of_total", "consistent")]
    assert [r["verdict"] for r in run(table_totals, ok, 2020)] == ["consistent"]
    bad = _SHARES.format(a="486", p="61.8", b="313", q="38.2", t="799")
    rows = run(table_rates, bad, 2020)
    assert sorted((r["rule"], r["verdict"]) for r in rows) == [
        ("percent_sum", "consistent"), ("share_of_total", "inconsistent"), ("share_of_total", "inconsistent")]
    wrong_total = _SHARES.format(a="486", p="60.8", b="313", q="39.2", t="809")
    assert [r["verdict"] for r in run(table_totals, wrong_total, 2020)] == ["inconsistent"]


def test_share_lines_without_a_total_are_no_table():
    from analysis.rules.tables import table_rates
    # no 合计 line closes them: whose whole the shares are of is not stated
    text = "支出结构如下：\n人员经费 486万元 占60.8%\n公用经费 313万元 占39.2%\n其余说明从略。"
    assert run(table_rates, text, 2020) == []


# --- a completion percentage whose target stands a few sentences back in its paragraph (it only confirms) -----------

def test_target_a_few_sentences_back_confirms():
    text = ("2015年，全市共安排民生项目40个，年度计划投资56.0亿元。其中新开工项目18个。按领域分，教育项目9个、"
            "卫生项目7个。全年民生项目累计完成投资{a}亿元，占年度计划的{p}%。")
    assert verdicts(target_met, text.format(a="51.5", p="92.0"), 2015) == ["consistent"]
    # a percentage that does not fit a target found so far away stays unverifiable, never inconsistent
    assert verdicts(target_met, text.format(a="51.5", p="94.0"), 2015) == ["unverifiable"]
    # another paragraph's target is not taken
    other = text.format(a="51.5", p="92.0").replace("其中新开工项目18个。", "其中新开工项目18个。\n")
    assert verdicts(target_met, other, 2015) == ["unverifiable"]


# --- a change in points naming its share, the current share a sentence before, the base in a note on last year ----

_POINTS = ("共办理群众来信210件，其中已解决的（甲类）{n}件，占{p}%。甲类占比比上年提高{d}个百分点。\n"
           "附：上年度来信办理甲类占比为{b}%。")


def test_points_against_a_noted_base():
    from analysis.rules.growth import growth
    rows = run(growth, _POINTS.format(n="126", p="60.0", d="4.5", b="55.5"), 2021)
    assert [r["verdict"] for r in rows] == ["consistent"]
    rows = run(growth, _POINTS.format(n="126", p="60.0", d="6.5", b="55.5"), 2021)
    assert [r["verdict"] for r in rows] == ["inconsistent"]


def test_note_naming_another_share_gives_no_base():
    from analysis.rules.growth import growth
    text = _POINTS.format(n="126", p="60.0", d="6.5", b="55.5").replace("来信办理甲类占比", "来信办理乙类占比")
    assert "inconsistent" not in verdicts(growth, text, 2021)


# --- a claim on all the values listed before it, targets unstated (…，均达到或超过年度目标) --------------------------------

def test_claim_on_all_values_before_is_unverifiable():
    text = "（二）质量指标。小学巩固率99.6%，初中巩固率98.9%，均达到或超过年度目标。"
    assert verdicts(target_met, text, 2023) == ["unverifiable"]
    # even with a target of the last value's name stated earlier, a claim on all of them is not judged on one
    earlier = "初中巩固率年度目标为99%。" + text
    assert "inconsistent" not in verdicts(target_met, earlier, 2023)


# --- a second claim after ； in a sentence whose first claim is judged; a target's work named after its number ------

_TWO_PARTS = ("年初确定的部门整体绩效目标为：新建排水管网30公里，完成{n}座农村桥梁危桥改造，群众满意度不低于90%。\n"
              "（一）产出指标。新建排水管网31.2公里，超额完成年度目标；完成农村桥梁危桥改造{d}座，完成年度目标。")


def test_second_claim_after_semicolon_judged_on_its_own_target():
    rows = run(target_met, _TWO_PARTS.format(n="8", d="8"), 2019)
    assert [r["verdict"] for r in rows if "座，完成年度目标" in r["span"]] == ["consistent"]
    rows = run(target_met, _TWO_PARTS.format(n="8", d="6"), 2019)
    assert [r["verdict"] for r in rows if "座，完成年度目标" in r["span"]] == ["inconsistent"]


def test_second_claim_without_a_target_is_unverifiable():
    text = "新建排水管网31.2公里，超额完成年度目标；完成农村桥梁危桥改造8座，完成年度目标。"
    rows = run(target_met, "年度目标为新建排水管网30公里。" + text, 2019)
    assert [r["verdict"] for r in rows if "8座" in r["span"]] == ["unverifiable"]


# --- a claim on all indicators of a kind after an indicator table: the table's rule judges it, not the prose pairs ---

def test_kind_claim_after_a_table_left_to_the_table():
    text = ("指标名称  年度指标值  实际完成值\n新建健身广场（个）  12  {n}\n新建健身步道（公里）  20  21.5\n\n"
            "全年建成篮球场8片（年度计划6片）。项目产出指标全部完成。")
    rows = run(target_met, text.format(n="10"), 2021)
    assert not any(r["verdict"] == "consistent" and "产出指标全部完成" in r["span"] for r in rows)
    from analysis.rules.tables import table_targets_met
    assert [r["verdict"] for r in run(table_targets_met, text.format(n="10"), 2021)] == ["inconsistent"]
    assert [r["verdict"] for r in run(table_targets_met, text.format(n="12"), 2021)] == ["consistent"]


# --- last year's value named after its verb (…监管企业实现营业收入378.6亿元) for this year's 营业收入 ------------------------

_HEAD = ("二〇二一年，市属监管企业实现营业收入412.5亿元、利润总额18.2亿元。二〇二二年，企业稳步发展。\n"
         "一、经营情况\n全年实现营业收入 {a} 亿元，同比增长{p}%。")


def test_prior_value_named_after_its_verb():
    from analysis.rules.growth import growth
    assert "consistent" in verdicts(growth, _HEAD.format(a="451.3", p="9.4"), 2022)
    assert "inconsistent" in verdicts(growth, _HEAD.format(a="451.3", p="12.4"), 2022)


def test_prior_value_of_another_head_is_not_taken():
    from analysis.rules.growth import growth
    text = _HEAD.format(a="451.3", p="12.4").replace("全年实现营业收入", "全年实现营业利润")
    assert "inconsistent" not in verdicts(growth, text, 2022)


# --- a prior value named with words the current value's own sentence says before it (事故…死亡) ----------------------

_LISTED = ("一、基本情况\n2020年全县道路交通事故死亡{b}人。\n二、工作成效\n全年全县发生道路交通事故63起、死亡{c}人，"
           "死亡人数同比下降{p}%。")


def test_prior_value_named_with_the_sentence_lead():
    from analysis.rules.growth import growth
    assert "consistent" in verdicts(growth, _LISTED.format(b="25", c="21", p="16.0"), 2021)
    assert "inconsistent" in verdicts(growth, _LISTED.format(b="25", c="21", p="12.0"), 2021)


def test_prior_value_of_another_event_is_not_taken():
    from analysis.rules.growth import growth
    # the prior value names 火灾, which the current sentence never says: not its base
    text = _LISTED.format(b="25", c="21", p="12.0").replace("2020年全县道路交通事故死亡", "2020年全县火灾事故死亡")
    assert "inconsistent" not in verdicts(growth, text, 2021)
