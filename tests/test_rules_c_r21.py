"""target_met and the tables, round 21: targets listed by a sentence that opens on the year's targets (年度工作目标为：…),
results named in other words or short forms (规上 for 规模以上, 年均 / 平均), completion percentages of a target set
ahead, claims on all the main or counted targets (主要目标任务圆满完成, 两项目标均圆满完成) and indicator tables run
together with a 单位 column. Sentences invented."""
from analysis.rules.tables import table_rates
from analysis.rules.targets import target_met
from rules_cases import run, verdicts_on


def _on(rows: list[dict], anchor: str) -> list[str]:
    """verdicts_on with ends shared from 3 characters."""
    return verdicts_on(rows, anchor, shortest=3)


# --- a sentence that opens on the year's targets, no verb that set them -------------------------------------------

_OPENS = ("{year}年度工作目标为：新建农村公路60公里，改造危桥8座。\n"
          "一、主要工作\n全年新建农村公路63公里，改造危桥{b}座，农村客运通达率保持100%。\n"
          "二、总体评价\n一年来，各项目标任务全部完成。\n")


def test_targets_opening_a_sentence_are_judged_by_the_closing_claim():
    assert _on(run(target_met, _OPENS.format(year=2019, b="8"), 2019), "各项目标任务全部完成") == ["consistent"]
    # broken: one target missed, the closing sentence says all were met
    assert _on(run(target_met, _OPENS.format(year=2019, b="7"), 2019), "各项目标任务全部完成") == ["inconsistent"]


def test_targets_opening_a_sentence_of_a_later_year_are_plans():
    # decoy: the targets of the year after the report's are no targets of the year reviewed
    rows = run(target_met, _OPENS.format(year=2020, b="7"), 2019)
    assert "inconsistent" not in [r["verdict"] for r in rows]


# --- a metric named in its short form (规上 for 规模以上) or with another word for "average" --------------------------

_SHORT = ("年初目标：规模以上工业总产值增长10%以上，细颗粒物年均浓度控制在36微克/立方米以内。\n"
          "全年规上工业总产值增长{g}%，{claim}；细颗粒物平均浓度{c}微克/立方米。\n")


def test_short_form_of_a_metric_is_the_same_metric():
    rows = run(target_met, _SHORT.format(g="9.1", claim="完成年度目标", c="33"), 2021)
    assert _on(rows, "完成年度目标") == ["inconsistent"]
    rows = run(target_met, _SHORT.format(g="11.4", claim="完成年度目标", c="33"), 2021)
    assert _on(rows, "完成年度目标") == ["consistent"]


def test_average_written_otherwise_meets_its_ceiling():
    rows = run(target_met, _SHORT.format(g="11.4", claim="工业稳步增长", c="38"), 2021)
    assert "consistent" in _on(rows, "平均浓度38微克")  # recorded: over its ceiling, nothing claimed there
    text = _SHORT.format(g="11.4", claim="工业稳步增长", c="38") + "综上，城区环境质量两项目标均圆满完成。\n"
    assert _on(run(target_met, text, 2021), "两项目标均圆满完成") == ["inconsistent"]


# --- the result named in other words than its target ---------------------------------------------------------------

_OTHER = ("一、年度目标任务\n年初计划培训新型职业农民500人次，发放农业贴息贷款2.4亿元。\n"
          "二、完成情况\n全年开展职业农民实训{n}人次，发放农业贴息贷款2.55亿元。\n"
          "三、总结\n年度目标任务全面完成。\n")


def test_result_named_in_other_words_is_paired_with_its_target():
    assert _on(run(target_met, _OTHER.format(n="460"), 2022), "年度目标任务全面完成") == ["inconsistent"]
    assert _on(run(target_met, _OTHER.format(n="530"), 2022), "年度目标任务全面完成") == ["consistent"]


def test_result_sharing_one_word_with_two_targets_is_not_paired():
    # decoy: two targets of one unit; the value shares a word with one of them only weakly: no pairing, no alarm
    text = ("一、年度目标任务\n年初计划培训新型职业农民500人次，组织技能竞赛观摩800人次。\n"
            "二、完成情况\n全年开展实训指导460人次。\n三、总结\n年度目标任务全面完成。\n")
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, text, 2022)]


# --- a completion percentage of a value whose target was set ahead ---------------------------------------------------

_PCT = ("今年县里下达我局的目标任务是：新引进县外投资32亿元，新开工项目25个。\n"
        "全年新开工项目27个；实际引进县外投资资金34.1亿元，完成年度计划的{p}%。\n")


def test_completion_percentage_of_a_target_set_ahead():
    assert _on(run(target_met, _PCT.format(p="106.6"), 2023), "完成年度计划的106.6%") == ["consistent"]
    assert _on(run(target_met, _PCT.format(p="110.2"), 2023), "完成年度计划的110.2%") == ["inconsistent"]


_BARE = ("年度目标任务为新增城镇就业2400人、农村劳动力转移就业6000人。"
         "全年新增城镇就业2,530人；农村劳动力转移就业6,150人，完成{p}%。\n")


def test_bare_completion_percentage_after_the_value():
    assert _on(run(target_met, _BARE.format(p="102.5"), 2020), "完成102.5%") == ["consistent"]
    assert _on(run(target_met, _BARE.format(p="105.0"), 2020), "完成105.0%") == ["inconsistent"]


# --- a claim on all the main targets ---------------------------------------------------------------------------------

_MAIN = ("一、年初目标\n新增市场主体3000户；新建标准化菜市场4个。\n"
         "二、完成情况\n全年新增市场主体3,210户，新建标准化菜市场{n}个。\n"
         "三、评价\n综上，全年商贸流通主要目标任务圆满完成。\n")


def test_main_targets_claimed_met():
    assert _on(run(target_met, _MAIN.format(n="3"), 2018), "主要目标任务圆满完成") == ["inconsistent"]
    assert _on(run(target_met, _MAIN.format(n="4"), 2018), "主要目标任务圆满完成") == ["consistent"]


def test_main_targets_exhorted_is_no_claim():
    text = _MAIN.format(n="3").replace("综上，全年商贸流通主要目标任务圆满完成", "明年要确保主要目标任务圆满完成")
    assert _on(run(target_met, text, 2018), "主要目标任务圆满完成") == []


# --- an indicator table run together with a 单位 column -------------------------------------------------------------

_TABLE = ("2021年度主要指标完成情况\n"
          "指标 单位 目标值 完成值 完成率 农业总产值 亿元 28.5 29.4 {r}% 新建温室大棚 万平方米 12 12.6 105.0%\n")


def test_unit_column_table_rates():
    rows = run(table_rates, _TABLE.format(r="103.2"), 2021)
    assert _on(rows, "29.4 103.2%") == ["consistent"]
    rows = run(table_rates, _TABLE.format(r="108.2"), 2021)
    assert _on(rows, "29.4 108.2%") == ["inconsistent"]


# --- a plan made at the start of the year, no target noun (年初，…计划全年新建…) ---------------------------------------

_YEAR_START = ("年初，我乡计划全年硬化村组道路18公里、新打机井6眼。\n"
               "一、重点工作\n全乡共硬化村组道路{km}公里，新打机井6眼，{claim}。\n")


def test_plan_made_at_the_start_of_the_year_is_a_target():
    rows = run(target_met, _YEAR_START.format(km="16.5", claim="目标全面实现"), 2017)
    assert _on(rows, "目标全面实现") == ["inconsistent"]
    rows = run(target_met, _YEAR_START.format(km="19", claim="目标全面实现"), 2017)
    assert _on(rows, "目标全面实现") == ["consistent"]


def test_plan_made_at_the_start_of_the_year_with_its_result_is_no_target_ahead():
    # decoy: the sentence already states what was done (已…): no target set ahead of the results
    text = ("年初，我乡计划全年硬化村组道路18公里，目前已硬化16.5公里。\n"
            "一、重点工作\n全乡共硬化村组道路16.5公里，目标全面实现。\n")
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, text, 2017)]


def test_year_targets_claimed_met_noun_first():
    text = ("一、年初目标\n年初，我乡计划全年硬化村组道路18公里。\n二、完成情况\n全乡共硬化村组道路{km}公里。\n"
            "三、小结\n全年目标任务全面完成。\n")
    assert _on(run(target_met, text.format(km="16.5"), 2017), "全年目标任务全面完成") == ["inconsistent"]
    assert _on(run(target_met, text.format(km="18.4"), 2017), "全年目标任务全面完成") == ["consistent"]


# --- one claim after several listed values: on all of them, not the last one ----------------------------------------

_LISTED = ("一、年度目标\n年初，区政府确定全年新增备案养老床位400张、培训养老护理员600人次的目标。\n"
           "二、成效\n全年新增备案养老床位{beds}张，培训养老护理员640人次，超额完成年度目标。\n")


def test_claim_after_listed_values_covers_them_all():
    assert _on(run(target_met, _LISTED.format(beds="372"), 2021), "超额完成年度目标") == ["inconsistent"]
    assert _on(run(target_met, _LISTED.format(beds="415"), 2021), "超额完成年度目标") == ["consistent"]


def test_ceiling_kept_after_listed_values_is_its_own():
    # decoy: 控制在…以内 after the last value is said of that value only
    text = ("年初目标：污水处理率提高到90%以上，生产安全事故死亡人数控制在6人以内。\n"
            "全年污水处理率85.2%，生产安全事故死亡4人，控制在目标以内。\n")
    assert _on(run(target_met, text, 2021), "控制在目标以内") == ["consistent"]


# --- the field's targets claimed by the field's name; a sentence opening on who carries the targets ---------------

_FIELD = ("今年我镇承担的目标任务是：完成早稻种植面积2.2万亩，早稻总产量9000吨，新建农村公厕30座。\n"
          "全镇早稻种植面积2.25万亩，早稻总产量{t}吨，新建农村公厕{n}座。\n"
          "总体来看，早稻生产目标任务全面完成。\n")


def test_field_named_claim_covers_its_targets():
    assert _on(run(target_met, _FIELD.format(t="8,760", n="31"), 2016), "早稻生产目标任务全面完成") == ["inconsistent"]
    assert _on(run(target_met, _FIELD.format(t="9,150", n="31"), 2016), "早稻生产目标任务全面完成") == ["consistent"]
    # the target of another field (公厕) missed: not what the claim is on
    assert _on(run(target_met, _FIELD.format(t="9,150", n="27"), 2016), "早稻生产目标任务全面完成") == ["consistent"]


def test_field_named_claim_picks_the_targets_it_names_best():
    # decoy: 再就业 names the re-employment target best; the other 就业 target (missed) is not claimed on
    text = ("年度目标任务为：城镇新增就业5000人，失业人员再就业1500人。\n"
            "全年城镇新增就业4,820人，失业人员再就业1,460人。\n"
            "一是再就业任务未能完成。\n")
    assert _on(run(target_met, text, 2019), "再就业任务未能完成") == ["consistent"]


# --- a closing summary restating a value, the target set in another section -----------------------------------------

_SUMMARY = ("一、工作目标\n年初，局党组提出力争全年新增家庭农场300家、培育农民合作社40家的目标。\n"
            "二、工作成效\n全年新增家庭农场{n}家，培育农民合作社43家。\n"
            "三、总结\n一年来，全县新增家庭农场{n}家，超额完成年度目标任务。\n")


def test_closing_summary_restating_a_value_is_judged_on_its_target():
    assert _on(run(target_met, _SUMMARY.format(n="276"), 2020), "超额完成年度目标任务") == ["inconsistent"]
    assert _on(run(target_met, _SUMMARY.format(n="318"), 2020), "超额完成年度目标任务") == ["consistent"]


# --- an amount required in the sentence before (要完成 / 应完成), the claim after the result --------------------------

_REQUIRED = "根据县里下达的任务，今年全镇要完成改造农村危房120户。全年完成改造农村危房{n}户，圆满完成县里下达的任务。\n"


def test_amount_required_in_the_sentence_before():
    assert _on(run(target_met, _REQUIRED.format(n="112"), 2019), "圆满完成县里下达的任务") == ["inconsistent"]
    assert _on(run(target_met, _REQUIRED.format(n="126"), 2019), "圆满完成县里下达的任务") == ["consistent"]


def test_amount_of_another_work_before_is_no_requirement():
    # decoy: the sentence before requires another work (no word of the value's name): the claim stays unverifiable
    text = "根据县里下达的任务，今年全镇要完成修缮村级祠堂120户。全年完成改造农村危房112户，圆满完成县里下达的任务。\n"
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, text, 2019)]


# --- a completion percentage of a budget or target stated under the value's own metric, however far -----------------

_BUDGET = ("一、预算安排\n年初县人代会批准的税收收入预算为6.4亿元。\n"
           "二、执行情况\n全年税收收入完成6.72亿元，为预算的{p}%。\n")


def test_completion_of_a_budget_named_as_the_value():
    assert _on(run(target_met, _BUDGET.format(p="105.0"), 2018), "为预算的105.0%") == ["consistent"]
    assert _on(run(target_met, _BUDGET.format(p="107.5"), 2018), "为预算的107.5%") == ["inconsistent"]


def test_completion_of_the_target_of_the_sentence_before_named_as_the_value():
    text = "今年全县社会消费品零售总额目标任务40亿元。前三季度完成社会消费品零售总额30.6亿元，占全年目标任务的{p}%。\n"
    assert _on(run(target_met, text.format(p="76.5"), 2018), "的76.5%") == ["consistent"]
    assert _on(run(target_met, text.format(p="78.5"), 2018), "的78.5%") == ["inconsistent"]


# --- ，整改目标全面实现: the claim after the value, the field's word before the target noun ---------------------------

def test_noun_first_claim_with_its_field_after_the_value():
    text = ("年初确定了“隐患整改率100%”的工作目标。截至年底，排查的52处隐患已整改{n}处，隐患整改率{p}%，整改目标全面实现。\n")
    assert _on(run(target_met, text.format(n="49", p="94.2"), 2022), "整改目标全面实现") == ["inconsistent"]
    assert _on(run(target_met, text.format(n="52", p="100"), 2022), "整改目标全面实现") == ["consistent"]


# --- a claim right after a value, its target earlier in the sentence or in the sentence before -----------------------

def test_ceiling_claim_after_value_with_its_ceiling_earlier_in_the_sentence():
    text = "上级核定我县森林火灾受害面积控制指标为30公顷以内，全年森林火灾受害面积{v}公顷，控制在指标以内。\n"
    assert _on(run(target_met, text.format(v="26"), 2020), "控制在指标以内") == ["consistent"]
    assert _on(run(target_met, text.format(v="34"), 2020), "控制在指标以内") == ["inconsistent"]


def test_plan_claim_after_value_with_the_plan_in_the_sentence_before():
    text = "全年水利建设投资计划为9.5亿元。截至年底，完成水利投资{v}亿元，超额完成年度投资计划。\n"
    assert _on(run(target_met, text.format(v="9.1"), 2020), "超额完成年度投资计划") == ["inconsistent"]
    assert _on(run(target_met, text.format(v="9.9"), 2020), "超额完成年度投资计划") == ["consistent"]


def test_claim_after_value_with_another_value_of_its_unit_before_is_left_alone():
    # decoy: two values of the unit before the claim in the sentence: which one the plan is of is not said
    text = "全年水利建设投资计划为9.5亿元。全年争取上级资金4.2亿元，完成水利投资9.1亿元，超额完成年度投资计划。\n"
    assert _on(run(target_met, text, 2020), "超额完成年度投资计划") != ["inconsistent"]


def test_required_amount_paired_with_the_value_named_like_it():
    text = ("省下达我县农村饮水安全巩固提升任务4.2万人。全县当年解决农村饮水安全问题{v}人，新建集中供水工程12处，"
            "超额完成省下达的巩固提升任务。\n")
    assert _on(run(target_met, text.format(v="39,600"), 2020), "超额完成省下达的巩固提升任务") == ["inconsistent"]
    assert _on(run(target_met, text.format(v="43,800"), 2020), "超额完成省下达的巩固提升任务") == ["consistent"]


# --- a count of items set at the start of the year, all claimed done --------------------------------------------------

_ITEMS = ("年初县政府确定为民办实事项目10项，计划总投资1.2亿元。全年完成{n}项，实际完成投资1.15亿元。\n"
          "二、总结\n总的看，10项为民办实事全部完成。\n")


def test_count_of_items_claimed_all_done():
    assert _on(run(target_met, _ITEMS.format(n="9"), 2018), "10项为民办实事全部完成") == ["inconsistent"]
    assert _on(run(target_met, _ITEMS.format(n="10"), 2018), "10项为民办实事全部完成") == ["consistent"]


def test_tally_of_items_is_no_claim_of_all():
    text = "年初县政府确定为民办实事项目10项。截至年底，10项实事中全部完成8项、基本完成2项。\n"
    assert run(target_met, text, 2018) == [] or "inconsistent" not in [r["verdict"] for r in run(target_met, text, 2018)]


# --- a gap in percentage points over a target set ahead --------------------------------------------------------------

def test_points_over_a_target_set_ahead():
    text = ("市下达我县的年度目标为：城乡居民医保参保率达到96%以上，家庭医生签约率达到40%以上。\n"
            "全年城乡居民医保参保率为98.1%，高出年度目标{pp}个百分点；家庭医生签约率为42.5%。\n")
    assert _on(run(target_met, text.format(pp="2.1"), 2022), "2.1个百分点") == ["consistent"]
    assert _on(run(target_met, text.format(pp="3.1"), 2022), "3.1个百分点") == ["inconsistent"]


# --- the year's plan listed after 2023年计划安排： -------------------------------------------------------------------

def test_year_plan_listed_after_a_colon():
    text = ("（一）计划安排。2017年计划安排：粮食总产量稳定在25万吨以上，农村居民人均可支配收入增长8%以上。\n"
            "（二）执行情况。全县粮食总产量{g}万吨，农村居民人均可支配收入增长8.6%。\n"
            "总体来看，年度计划确定的各项主要指标全面完成。\n")
    assert _on(run(target_met, text.format(g="24.6"), 2017), "各项主要指标全面完成") == ["inconsistent"]
    assert _on(run(target_met, text.format(g="25.3"), 2017), "各项主要指标全面完成") == ["consistent"]


# --- a listed target whose label is cut at its verb (实现就业) keeps its item's words -------------------------------

def test_listed_target_named_by_its_whole_item():
    text = ("区政府下达的年度目标：城镇新增就业6000人，零就业家庭实现就业150户。\n"
            "全年城镇新增就业6,240人，零就业家庭就业{n}户，分别完成目标任务的104.0%和{p}%。\n")
    assert _on(run(target_met, text.format(n="156", p="104.0"), 2022), "和104.0%") == ["consistent"]
    assert _on(run(target_met, text.format(n="156", p="106.0"), 2022), "和106.0%") == ["inconsistent"]


# --- a completion percentage with neither the plan nor the value stated ---------------------------------------------

def test_completion_percentage_with_nothing_stated_is_unverifiable():
    text = "全区实现地区生产总值326.5亿元。全区工业投资完成年度计划的97.6%，实施重点项目31个。\n"
    assert _on(run(target_met, text, 2022), "完成年度计划的97.6%") == ["unverifiable"]


# --- 时间过半、任务过半 / 双过半 / 超过序时进度 against the half-year share of the year's target -------------------------

_HALF = "一、总体情况\n上半年全县完成造林面积0.82万亩，完成全年目标任务的{p}%，实现了时间过半、任务过半。\n"


def test_half_the_target_claimed_at_mid_year():
    assert _on(run(target_met, _HALF.format(p="41.0"), 2023), "实现了时间过半、任务过半") == ["inconsistent"]
    assert _on(run(target_met, _HALF.format(p="54.7"), 2023), "实现了时间过半、任务过半") == ["consistent"]


def test_progress_of_another_part_of_the_year_is_not_half():
    # decoy: 序时进度 after three quarters is not half the year; nothing is judged against 50%
    text = "前三季度完成固定资产投资14.6亿元，占全年目标的68%，超过序时进度。\n"
    rows = run(target_met, text, 2023)
    assert "inconsistent" not in [r["verdict"] for r in rows]
    assert _on(rows, "超过序时进度") == []  # (68% is over half: only the absence of a row tells the claim was not read)


# --- a claim naming the targets as the sentence that set them did (民生实事全面完成), no target noun -------------------

_WORKS = ("年初确定的惠民实事项目中，新建村级卫生室12个、改造农村公厕300座。\n"
          "全年新建村级卫生室12个，改造农村公厕{n}座，惠民实事全面完成。\n")


def test_claim_naming_the_set_targets_words():
    assert _on(run(target_met, _WORKS.format(n="276"), 2019), "惠民实事全面完成") == ["inconsistent"]
    assert _on(run(target_met, _WORKS.format(n="305"), 2019), "惠民实事全面完成") == ["consistent"]


# --- 各项…均达到 / 全面完成了…下达的年度目标任务: claims on all the targets, worded otherwise --------------------------

_REACH = ("一、目标任务\n年初确定的目标为：门诊预约诊疗率不低于60%，平均住院日不超过8.5天。\n"
          "二、完成情况\n全年门诊预约诊疗率{r}%，平均住院日8.1天。\n三、结语\n总体看，各项考核指标均达到年度目标。\n")


def test_all_indicators_reached():
    assert _on(run(target_met, _REACH.format(r="57.4"), 2024), "各项考核指标均达到年度目标") == ["inconsistent"]
    assert _on(run(target_met, _REACH.format(r="63.2"), 2024), "各项考核指标均达到年度目标") == ["consistent"]


_SETTER = ("一、目标任务\n根据市里下达的年度目标，2024年全区新增市场主体6000户，新增规上企业25家。\n"
           "二、完成情况\n全区新增市场主体{n}户，新增规上企业27家。\n"
           "三、总体评价\n一年来，全区上下共同努力，全面完成了市委、市政府下达的年度目标任务。\n")


def test_claim_naming_who_set_the_targets():
    claim = "全面完成了市委、市政府下达的年度目标任务"
    assert _on(run(target_met, _SETTER.format(n="5,730"), 2024), claim) == ["inconsistent"]
    assert _on(run(target_met, _SETTER.format(n="6,120"), 2024), claim) == ["consistent"]


# --- a target named in full with its short name in brackets (…占比（药占比）) ---------------------------------------

def test_target_with_its_short_name_in_brackets():
    text = ("年初确定的运营目标为：药品收入占医疗收入比例（药占比）控制在28%以内，病床使用率不低于85%。\n"
            "全年药占比为{p}%，病床使用率88.1%。\n总体而言，各项运营目标均已达到。\n")
    assert _on(run(target_met, text.format(p="29.6"), 2024), "各项运营目标均已达到") == ["inconsistent"]
    assert _on(run(target_met, text.format(p="26.9"), 2024), "各项运营目标均已达到") == ["consistent"]


# --- a list the year set after a colon, no target noun (…确定：… / …工作要点明确：…) -------------------------------------

_COLON_LIST = ("一、年度计划\n公司年初确定：全年完成供水量3800万吨，实现营业收入1.6亿元。\n"
               "二、完成情况\n全年累计完成供水量3,950万吨，完成年度计划的{p}%；营业收入1.68亿元。\n")


def test_list_the_year_set_after_a_colon():
    assert _on(run(target_met, _COLON_LIST.format(p="103.9"), 2025), "完成年度计划的103.9%") == ["consistent"]
    assert _on(run(target_met, _COLON_LIST.format(p="110.0"), 2025), "完成年度计划的110.0%") == ["inconsistent"]


def test_list_set_for_next_year_after_a_colon_is_a_plan():
    # decoy: the list set for the year after the report's is no target of the year reviewed
    text = ("一、完成情况\n全年累计完成供水量3,950万吨，营业收入1.68亿元。\n"
            "二、2026年安排\n公司确定：2026年完成供水量4200万吨，实现营业收入1.8亿元。\n")
    assert "inconsistent" not in [r["verdict"] for r in run(target_met, text, 2025)]


# --- who set the year's plan named before 年初, or the list opened after 经…批准，/ 按照…， ----------------------------

def test_plan_handed_down_at_the_start_of_the_year_by_a_named_body():
    text = ("一、年度计划\n学院年初下达留学生招生计划200人，新开设英文课程10门。\n"
            "二、完成情况\n全年实际招收留学生218人，完成计划的{p}%；新开设英文课程11门。\n")
    assert _on(run(target_met, text.format(p="109.0"), 2025), "完成计划的109.0%") == ["consistent"]
    assert _on(run(target_met, text.format(p="114.0"), 2025), "完成计划的114.0%") == ["inconsistent"]


def test_list_opened_after_an_approval_clause():
    text = ("一、年度安排\n经县委同意，县科协2025年度工作安排：举办科普讲座40场，建设科普示范村6个。\n"
            "二、执行情况\n全年举办科普讲座{n}场，建设科普示范村6个。\n三、总结\n综上，各项任务均已完成。\n")
    assert _on(run(target_met, text.format(n="36"), 2025), "各项任务均已完成") == ["inconsistent"]
    assert _on(run(target_met, text.format(n="43"), 2025), "各项任务均已完成") == ["consistent"]


def test_targets_after_the_document_they_come_from_and_a_field_claim_in_the_closing_section():
    text = ("一、年度目标\n按照市国资委下达的经营业绩责任书，公司2024年目标为：营业收入12亿元，利润总额8000万元。\n"
            "二、完成情况\n全年实现营业收入12.6亿元，利润总额{p}万元。\n"
            "三、结语\n2024年，公司超额完成市国资委下达的年度经营目标。\n")
    claim = "超额完成市国资委下达的年度经营目标"
    assert _on(run(target_met, text.format(p="7,650"), 2024), claim) == ["inconsistent"]
    assert _on(run(target_met, text.format(p="8,420"), 2024), claim) == ["consistent"]
