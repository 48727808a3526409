"""cross_reference, round 20 (helper A): restatements in the closing lines after the plan section (回顾一年，/ 纵观全年，
/ 这一年，/ 全年来，/ 各位代表，2015年…/ a closing paragraph led by 全年，), 争取 with its object in a summing-up, 一年以来
as the year itself, 全局 as the reporter, a summary rate named with an adverb (仅), in other order or shortened, and a
count named by a bare verb whose object the count before it named (受理…，办结…) — while plans, the plan's own
paragraphs, running totals and ambiguous rates stay apart. Sentences invented."""
from analysis.rules.crossref import cross_reference

from rules_cases import run, verdicts


def _rows(text, verdict, year=2021):
    return [r["stated"] for r in run(cross_reference, text, year) if r["verdict"] == verdict]


# ---------------------------------------------------------------- closing lines after the plan section
_AFTER_PLAN = ("某县民政局2021年工作总结\n\n一、社会救助\n全年发放临时救助金1,460万元，新建养老服务站16个。\n\n"
               "二、2022年工作打算\n2022年，力争新建养老服务站20个，临时救助金发放1,600万元以上。\n\n"
               "{lead}全县发放临时救助金{v}万元，新建养老服务站16个，兜底保障更加有力。")


def test_look_back_leads_after_the_plan_section():
    for lead in ("回顾一年，", "纵观全年，", "这一年，", "全年来，", "回首一年，"):
        assert _rows(_AFTER_PLAN.format(lead=lead, v="1,460"), "consistent")[:1] == ["1,460万元; 1,460万元"], lead
        assert _rows(_AFTER_PLAN.format(lead=lead, v="1,640"), "inconsistent") == ["1,460万元; 1,640万元"], lead


def test_closing_line_that_plans_stays_a_plan():
    for lead in ("新的一年，力争", "回顾一年，成绩来之不易。展望明年，"):
        assert "inconsistent" not in verdicts(cross_reference, _AFTER_PLAN.format(lead=lead, v="1,640"), 2021)


_ADDRESS = ("某区政府工作报告\n\n一、2020年工作回顾\n全区城镇新增就业6,320人，完成棚户区改造1,840户。\n\n"
            "二、2021年主要任务\n城镇新增就业6,000人以上。\n\n各位代表，{y}年全区完成棚户区改造{v}户，城镇新增就业6,320人。")


def test_year_leading_the_closing_sentence_dates_its_clauses():
    assert "6,320人; 6,320人" in _rows(_ADDRESS.format(y="2020", v="1,840"), "consistent")
    assert _rows(_ADDRESS.format(y="2020", v="1,480"), "inconsistent") == ["1,840户; 1,480户"]
    # an earlier year leading the sentence: another period, not the year reviewed
    older = _ADDRESS.replace("城镇新增就业6,320人。", "城镇新增就业5,320人。").format(y="2019", v="1,480")
    assert "inconsistent" not in verdicts(cross_reference, older, 2021)


def test_obtained_funds_in_a_summing_up_after_the_plan():
    text = ("某县科技局2021年工作总结\n\n一、项目争取\n全年争取上级科技资金2,180万元，同比增长9.5%。\n\n"
            "二、下一步打算\n下一步将加快创新平台建设。\n\n总体来看，全年共争取上级科技资金{v}万元，创新支撑有力。")
    assert _rows(text.format(v="2,180"), "consistent") == ["2,180万元; 2,180万元"]
    assert _rows(text.format(v="2,810"), "inconsistent") == ["2,180万元; 2,810万元"]
    # 争取 before a verb (争取实现) plans
    plan = text.replace("全年共争取上级科技资金", "明年争取实现上级科技资金")
    assert "inconsistent" not in verdicts(cross_reference, plan.format(v="2,810"), 2021)


# ---------------------------------------------------------------- 一年以来 and 全局 name the year and the reporter
def test_one_year_since_is_the_year_and_whole_bureau_is_the_reporter():
    text = ("某区统计局2021年工作总结\n\n一、统计调查\n全年完成统计调查项目57个，开展执法检查96家次。\n\n"
            "二、小结\n一年以来，全局完成统计调查项目{v}个，统计数据质量不断提高。")
    assert _rows(text.format(v="57"), "consistent") == ["57个; 57个"]
    assert _rows(text.format(v="75"), "inconsistent") == ["57个; 75个"]
    # 五年以来 is another span
    span = text.replace("一年以来", "五年以来").format(v="75")
    assert "inconsistent" not in verdicts(cross_reference, span, 2021)


# ---------------------------------------------------------------- a closing paragraph led by 全年，
_CLOSING_RATE = ("某县住建局2021年工作总结\n\n一、安置房建设\n计划交付安置房1,200套，已交付1,086套，交付率90.5%。\n\n"
                 "二、下一步打算\n明年力争交付率达到95%以上。\n\n全年，全县安置房交付率{v}%，群众安居得到保障。")


def test_closing_paragraph_led_by_the_whole_year_restates_a_rate():
    assert _rows(_CLOSING_RATE.format(v="90.5"), "consistent") == ["90.5%; 90.5%"]
    assert _rows(_CLOSING_RATE.format(v="95.0"), "inconsistent") == ["90.5%; 95.0%"]


def test_whole_year_leading_a_paragraph_of_the_plan_section_is_left_alone():
    # the plan section's own paragraph, with the issuer and date signing off after another paragraph
    text = _CLOSING_RATE.replace("明年力争交付率达到95%以上。\n\n全年，全县安置房交付率{v}%，群众安居得到保障。",
                                 "一是加快建设。\n\n全年，全县安置房交付率{v}%。\n\n我们将继续努力。\n\n某县住房和城乡建设局\n2021年12月28日")
    assert "inconsistent" not in verdicts(cross_reference, text.format(v="95.0"), 2021)


# ---------------------------------------------------------------- a summary rate named in other words
def test_summary_rate_named_with_an_adverb_or_in_other_order():
    # (the summary's 县级配套专项资金到位率 means 配套到位率, not the bare 到位率 it also ends with)
    text = ("某县农业农村局项目绩效自评报告\n\n一、资金到位\n省级资金到位800万元，到位率100.0%；县级配套到位212万元，配套到位率70.7%。\n\n"
            "二、评价结论\n主要问题是县级配套专项资金到位率仅{v}%，部分工程滞后。")
    assert _rows(text.format(v="70.7"), "consistent") == ["70.7%; 70.7%"]
    assert _rows(text.format(v="77.0"), "inconsistent") == ["70.7%; 77.0%"]


def test_summary_rate_shortened():
    text = ("某区卫健局2021年工作总结\n\n一、慢病管理\n辖区老年人中医药健康管理率达到73.4%。\n\n"
            "二、小结\n总的看，中医药健康管理率{v}%，基本公共卫生服务持续改善。")
    assert _rows(text.format(v="73.4"), "consistent") == ["73.4%; 73.4%"]
    assert _rows(text.format(v="74.3"), "inconsistent") == ["73.4%; 74.3%"]
    # two earlier rates the short name could mean: which one is not certain
    two = text.replace("达到73.4%。", "达到73.4%，儿童中医药健康管理率69.8%。")
    assert "inconsistent" not in verdicts(cross_reference, two.format(v="74.3"), 2021)


# ---------------------------------------------------------------- the object a bare verb left out
_ELIDED = ("某县司法局2021年工作总结\n\n一、人民调解\n全年受理矛盾纠纷2,364件，调处2,318件。\n\n"
           "二、法律援助\n{later}，法律援助案件412件。")


def test_bare_verb_count_restated_with_its_object():
    assert "2,318件; 2,318件" in _rows(_ELIDED.format(later="全年调处矛盾纠纷2,318件"), "consistent")
    assert _rows(_ELIDED.format(later="全年调处矛盾纠纷2,381件"), "inconsistent") == ["2,318件; 2,381件"]


def test_bare_verb_count_against_a_running_total_is_left_alone():
    for later in ("累计调处矛盾纠纷9,860件", "上半年调处矛盾纠纷1,106件", "其中城区调处矛盾纠纷806件"):
        assert "inconsistent" not in verdicts(cross_reference, _ELIDED.format(later=later), 2021), later


# ---------------------------------------------------------------- a status on a day, summed up
def test_status_rate_on_a_day_restated_in_the_summing_up():
    text = ("某县审计局2021年工作总结\n\n一、整改情况\n截至2021年9月底，上年审计发现的80个问题已整改70个，整改率87.5%。\n\n"
            "二、总结\n总体来看，上年审计发现问题整改率{v}%，审计成果运用不断加强。")
    assert _rows(text.format(v="87.5"), "consistent") == ["87.5%; 87.5%"]
    # the status on a day and the rate the summing-up gives may be of two moments: a difference is not read
    assert "inconsistent" not in verdicts(cross_reference, text.format(v="92.5"), 2021)


# ---------------------------------------------------------------- a count told before its noun, summed up after it
_NOUN_FIRST = ("某县住建局2021年工作总结\n\n一、保障性住房\n全年开工建设8个公租房小区，新增房源1,460套。\n\n"
               "二、总体评价\n总的看，全年开工建设公租房小区{v}个，住房保障能力增强。")


def test_count_before_its_noun_summed_up_after_it():
    assert _rows(_NOUN_FIRST.format(v="8"), "consistent") == ["8个; 8个"]
    assert _rows(_NOUN_FIRST.format(v="9"), "inconsistent") == ["8个; 9个"]


def test_count_before_its_noun_against_a_stock_or_a_wider_class():
    for later in ("总的看，全县现有公租房小区46个", "总的看，全县累计开工建设公租房小区37个"):
        text = _NOUN_FIRST.replace("总的看，全年开工建设公租房小区{v}个", later)
        assert "inconsistent" not in verdicts(cross_reference, text, 2021), later
    # 培训农民 against 培训了…新型职业农民: the summary may count all farmers trained
    wider = ("某县农业局2021年工作总结\n\n一、培训\n全年培训了1,350名新型职业农民。\n\n二、总体评价\n"
             "总体来看，全年培训农民6,200名。")
    assert "inconsistent" not in verdicts(cross_reference, wider, 2021)


# ---------------------------------------------------------------- a summing-up names the metric shorter or longer
_RENAMED = ("某区司法局2021年工作总结\n\n一、法律服务\n全年办理公证事项案件1,254件，提供法律咨询8,600人次。\n\n"
            "二、总体评价\n总体来看，全年办理公证案件{v}件，公共法律服务体系不断完善。")


def test_summary_name_shortened_agrees_or_swaps_digits():
    assert _rows(_RENAMED.format(v="1,254"), "consistent") == ["1,254件; 1,254件"]
    assert _rows(_RENAMED.format(v="1,245"), "inconsistent") == ["1,254件; 1,245件"]


def test_summary_name_shortened_with_another_value_may_mean_a_wider_class():
    # 1,254 and 1,610 are not a typo of each other: the shorter name may count more than the longer one
    assert "inconsistent" not in verdicts(cross_reference, _RENAMED.format(v="1,610"), 2021)
    # two classes joined by 和, or the district's own part (区本级), are not the one metric
    for later in ("全年办理公证和调解案件1,245件", "区本级全年办理公证案件1,245件"):
        text = _RENAMED.replace("全年办理公证案件{v}件", later)
        assert "inconsistent" not in verdicts(cross_reference, text, 2021), later


def test_two_classes_joined_are_not_a_swapped_restatement():
    text = ("某县信访局2021年工作总结\n\n一、积案化解\n全年化解重复信访积案化解工作中的疑难积案46件。\n\n"
            "二、总结\n总体来看，全年化解重复信访积案化解工作中的疑难积案和一般积案64件。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2021)
    alone = text.replace("疑难积案和一般积案64件", "疑难积案64件")
    assert "inconsistent" in verdicts(cross_reference, alone, 2021)


def test_main_indicators_in_a_summing_up_plan_nothing():
    # 主要 holds 要, no verb of intent: the summing-up after the plan section still restates the year
    text = ("某县发改局2021年工作总结\n\n一、经济运行\n全县地区生产总值完成128.6亿元。\n\n二、下一步打算\n明年力争增长7%。\n\n"
            "总的来看，全年主要指标好于预期，地区生产总值达到{v}亿元。")
    assert _rows(text.format(v="128.6"), "consistent") == ["128.6亿元; 128.6亿元"]
    assert _rows(text.format(v="126.8"), "inconsistent") == ["128.6亿元; 126.8亿元"]
    assert "inconsistent" not in verdicts(cross_reference, text.replace("全年主要指标好于预期，", "明年要确保").format(v="136.8"), 2021)


# ---------------------------------------------------------------- a closing paragraph that plans nothing
_PLAIN_CLOSING = ("某县人社局2021年工作总结\n\n一、社会保险\n全年征缴社会保险费6.42亿元，发放失业保险金3,860万元。\n\n"
                  "二、2022年工作打算\n2022年，力争社保费征缴增长5%。一是扩面；二是控险。\n\n{close}")


def test_closing_paragraph_that_plans_nothing_sums_the_year_up():
    for lead in ("总而言之，", "从全年看，", "全县全年", "整体而言，我局"):
        good = lead + "征缴社会保险费6.42亿元，发放失业保险金3,860万元，社保运行平稳。"
        bad = good.replace("6.42亿元", "6.24亿元")
        assert "6.42亿元; 6.42亿元" in _rows(_PLAIN_CLOSING.format(close=good), "consistent"), lead
        assert _rows(_PLAIN_CLOSING.format(close=bad), "inconsistent") == ["6.42亿元; 6.24亿元"], lead


def test_closing_paragraph_of_targets_is_left_alone():
    for close in ("全县征缴社会保险费6.24亿元以上，发放失业保险金3,860万元。",   # a bound
                  "来年全县征缴社会保险费6.24亿元，发放失业保险金3,860万元。",     # the time ahead
                  "2022年全县征缴社会保险费6.24亿元，发放失业保险金3,860万元。",   # the plan's year
                  "三是全县征缴社会保险费6.24亿元，发放失业保险金3,860万元。",     # an item of the plan
                  "全县征缴社会保险费突破6.5亿元，失业保险参保人数达到4.2万人。"):  # nothing told before word for word
        assert "inconsistent" not in verdicts(cross_reference, _PLAIN_CLOSING.format(close=close), 2021), close


def test_two_verbs_joined_still_name_one_amount():
    # 争取和落实资金 after 落实项目资金: two verbs of one amount, its digits swapped in the summing-up
    text = ("某县政协2021年提案办理情况\n\n一、办理成效\n通过提案办理，共落实项目资金2,470万元。\n\n二、下一步打算\n继续加强督办。\n"
            "总的看，今年提案全部办结，共争取和落实资金{v}万元。")
    assert "inconsistent" in verdicts(cross_reference, text.format(v="2,740"), 2021)
    assert "inconsistent" not in verdicts(cross_reference, text.format(v="2,470"), 2021)


# ---------------------------------------------------------------- a share summed up as a rate
_SHARE = ("某县教育局2021年工作总结\n\n一、办学条件\n全县96所中小学中，达到省定办学标准的学校84所，占87.5%。\n\n"
          "二、总结\n综上，全县中小学达到省定办学标准的比例为{v}%，办学条件持续改善。")


def test_share_summed_up_as_a_rate():
    assert _rows(_SHARE.format(v="87.5"), "consistent") == ["87.5%; 87.5%"]
    # a rate that differs may be of another part: not read as a conflict
    assert "inconsistent" not in verdicts(cross_reference, _SHARE.format(v="91.2"), 2021)


# ---------------------------------------------------------------- the end of the year before, leading the sentence
def test_previous_year_end_leading_the_sentence_is_not_the_running_total_now():
    text = ("某镇2021年工作总结\n\n一、农村能源\n截至上年末，全镇累计建成太阳能路灯860盏。全年新建太阳能路灯120盏。\n\n"
            "二、总结\n总的看，全镇累计建成太阳能路灯980盏，村容村貌明显改善。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2021)
    # the same running total stated twice in the year's own terms still pairs
    now = text.replace("截至上年末，全镇累计建成太阳能路灯860盏。", "截至年末，全镇累计建成太阳能路灯890盏。")
    assert "inconsistent" in verdicts(cross_reference, now, 2021)


# ---------------------------------------------------------------- rows that belonged to another rule's claim
def test_rates_worked_out_of_their_own_counts_are_two_groups():
    text = ("某镇卫生院2021年工作总结\n\n一、慢病管理\n辖区在管糖尿病患者420人，规范管理351人，规范管理率83.6%。\n"
            "辖区在管肺结核患者38人，规范管理36人，规范管理率94.7%。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2021)
    # one rate stated twice with the same counts still pairs
    twice = ("某镇卫生院2021年工作总结\n\n一、慢病管理\n辖区在管糖尿病患者420人，规范管理351人，规范管理率83.6%。\n"
             "二、小结\n辖区在管糖尿病患者420人，规范管理351人，规范管理率86.3%。")
    assert "inconsistent" in verdicts(cross_reference, twice, 2021)


def test_a_growth_target_set_at_the_start_of_the_year_is_no_restatement():
    text = ("某县2021年政府工作报告\n\n一、工作回顾\n全县完成地区生产总值96.2亿元，增长7.4%。\n\n"
            "同志们，年初确定的地区生产总值增长8%、财政收入增长9%等目标，基本完成。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2021)


def test_a_title_of_two_periods_leaves_the_part_of_the_year_apart():
    text = ("关于某县2020年财政决算和2021年上半年预算执行情况的报告\n\n一、2020年财政决算情况\n2020年，全县财政总收入完成"
            "12.46亿元，为年初预算的102.1%。\n\n二、2021年上半年预算执行情况\n上半年，全县财政总收入完成6.82亿元，为年度预算的51.2%。")
    for year in (2020, None):
        assert "inconsistent" not in verdicts(cross_reference, text, year)
