"""cross_reference, round 19 (helper A): summary restatements reworded — a closing address (各位代表，过去一年，…) after
the plan section, a count whose noun follows it in one place and ends the label in the other, a threshold passed
(突破), a degree (盖度) summed up, a paragraph led by a field of work rather than a body, and scope words that name
the reporter's own ground (辖区, 我县) — while other places, plans and parts stay apart. Sentences invented."""
from analysis.rules.crossref import cross_reference

from rules_cases import run, verdicts


def _rows(text, verdict, year=2021):
    return [r["stated"] for r in run(cross_reference, text, year) if r["verdict"] == verdict]


# ---------------------------------------------------------------- the closing address after the plan section
_CLOSING = ("一、2021年工作回顾\n全乡完成粮食播种面积6.35万亩，新建村级卫生室7个。\n"
            "二、2022年工作安排\n2022年全乡粮食播种面积稳定在6.4万亩以上。\n"
            "同志们，一年来，全乡粮食播种面积达到{v}万亩，各项工作取得新成效。")


def test_closing_address_restating_a_result():
    assert _rows(_CLOSING.format(v="6.35"), "consistent") == ["6.35万亩; 6.35万亩"]
    assert _rows(_CLOSING.format(v="6.53"), "inconsistent") == ["6.35万亩; 6.53万亩"]


def test_closing_address_that_plans_is_left_alone():
    plan = _CLOSING.replace("一年来，全乡粮食播种面积达到{v}万亩", "新的一年，力争全乡粮食播种面积达到{v}万亩")
    assert "inconsistent" not in verdicts(cross_reference, plan.format(v="6.53"), 2021)


# ---------------------------------------------------------------- the noun after one count ends the other's label
def test_noun_after_count_ends_later_label():
    text = ("一、基本情况\n本单位今年承接的37件群众来信已全部回复，回复率100%。\n"
            "二、结语\n全年回复群众来信{v}件，群众反映良好。")
    assert _rows(text.format(v="37"), "consistent") == ["37件; 37件"]
    # a pointing word (上述) before the first count: it names a set told before, not the year's count
    decoy = text.replace("本单位今年承接的37件", "上述37件").format(v="37")
    assert "consistent" not in verdicts(cross_reference, decoy, 2021)


# ---------------------------------------------------------------- a threshold passed (突破)
_PASSED = ("一、经济\n全镇城镇居民人均可支配收入18,760元，增长7.9%。\n"
           "二、结语\n2021年，全镇城镇居民人均可支配收入突破{v}元，较好完成年度目标。")


def test_threshold_passed_below_the_value_holds():
    assert "inconsistent" not in verdicts(cross_reference, _PASSED.format(v="18,000"), 2021)


def test_threshold_passed_above_the_value_fails():
    assert _rows(_PASSED.format(v="19,000"), "inconsistent") == ["18,760元; 19,000元"]


def test_threshold_of_another_place_is_left_alone():
    decoy = _PASSED.replace("全镇城镇居民人均可支配收入突破", "全县城镇居民人均可支配收入突破").format(v="19,000")
    assert "inconsistent" not in verdicts(cross_reference, decoy, 2021)


# ---------------------------------------------------------------- a degree and a rate summed up
_DEGREE = ("一、工作完成情况\n（一）湿地保护。全县湿地植被覆盖度达到百分之六十二点四。\n"
           "（二）病虫防治。全年监测林业有害生物发生点位210个，已处置196个，处置率93.3%。\n"
           "二、总结\n全年湿地植被覆盖度达到{d}%，林业有害生物处置率{r}%。")


def test_degree_and_rate_under_a_field_of_work_summed_up():
    rows = run(cross_reference, _DEGREE.format(d="62.4", r="93.3"), 2021)
    assert sorted(r["stated"] for r in rows if r["verdict"] == "consistent") == \
        ["93.3%; 93.3%", "百分之六十二点四; 62.4%"]
    rows = run(cross_reference, _DEGREE.format(d="64.2", r="93.3"), 2021)
    assert [r["stated"] for r in rows if r["verdict"] == "inconsistent"] == ["百分之六十二点四; 64.2%"]
    assert _rows(_DEGREE.format(d="62.4", r="96.3"), "inconsistent") == ["93.3%; 96.3%"]


def test_rate_of_a_body_is_a_part_not_the_whole():
    decoy = _DEGREE.replace("（二）病虫防治。", "（二）县林场。").format(d="62.4", r="96.3")
    assert "inconsistent" not in verdicts(cross_reference, decoy, 2021)


# ---------------------------------------------------------------- the reporter's own ground (辖区, 我县)
_GROUND = ("{y}年工作总结和{n}年工作打算\n一、工作完成情况\n"
           "{y}年，以稳就业为重点，全年辖区新增城镇就业2,470人，完成目标任务。\n"
           "二、下步打算\n{n}年，力争新增城镇就业2,600人。\n总的看，全年新增城镇就业{v}人，各项工作稳步推进。")


def test_summing_up_after_a_plan_year_with_ground_word():
    assert _rows(_GROUND.format(y=2021, n=2022, v="2,740"), "inconsistent") == ["2,470人; 2,740人"]
    assert "inconsistent" not in verdicts(cross_reference, _GROUND.format(y=2021, n=2022, v="2,470"), 2021)


def test_summing_up_other_place_or_plan_left_alone():
    other = _GROUND.replace("总的看，全年新增", "总的看，全市全年新增").format(y=2021, n=2022, v="2,740")
    assert "inconsistent" not in verdicts(cross_reference, other, 2021)
    plan = _GROUND.replace("总的看，全年新增城镇就业{v}人", "2022年新增城镇就业{v}人").format(y=2021, n=2022, v="2,740")
    assert "inconsistent" not in verdicts(cross_reference, plan, 2021)


def test_our_county_reads_as_the_county():
    text = "一、就业\n我县全年新增城镇就业3,150人。\n二、总结\n全县全年新增城镇就业{v}人。"
    assert _rows(text.format(v="3,510"), "inconsistent") == ["3,150人; 3,510人"]
    # 我县 and the city above it are two places
    decoy = "一、就业\n我县全年新增城镇就业3,150人。\n二、总结\n全市全年新增城镇就业3,510人。"
    assert "inconsistent" not in verdicts(cross_reference, decoy, 2021)


# ---------------------------------------------------------------- looking back over the year's work in a targets section
def test_look_back_over_the_work_under_targets():
    text = ("一、2021年工作回顾\n全县茶叶产量3,260吨，增长6.1%。\n"
            "二、2022年主要目标\n回顾一年来的工作，全县茶叶产量{v}吨，发展势头良好。")
    assert _rows(text.format(v="3,260"), "consistent") == ["3,260吨; 3,260吨"]
    assert _rows(text.format(v="3,620"), "inconsistent") == ["3,260吨; 3,620吨"]
    plan = text.replace("回顾一年来的工作，全县茶叶产量", "力争全县茶叶产量").format(v="3,620")
    assert "inconsistent" not in verdicts(cross_reference, plan, 2021)


# ---------------------------------------------------------------- 万 dropped in a summing-up or after 亿
def test_funds_summed_up_without_their_wan():
    text = ("一、项目实施情况\n全年实际支出{a}，执行率95.2%。\n"
            "二、结论\n综上，本项目绩效目标均已完成，项目资金{b}全部用于规定用途。")
    assert _rows(text.format(a="436万元", b="436元"), "inconsistent") == ["436万元; 436元"]
    assert "inconsistent" not in verdicts(cross_reference, text.format(a="436万元", b="436万元"), 2021)
    # a summing-up naming no funds (人均补助) is another quantity
    decoy = text.replace("项目资金{b}全部用于规定用途", "受益群众人均增收{b}").format(a="436万元", b="436元")
    assert "inconsistent" not in verdicts(cross_reference, decoy, 2021)


def test_yi_restated_in_yuan_without_wan():
    text = "一、经济\n全乡完成社会消费品零售总额2.37亿元。\n二、自评\n经自查，我乡2021年度完成社会消费品零售总额{v}。"
    rows = [r for r in run(cross_reference, text.format(v="23700元"), 2021) if r["verdict"] == "inconsistent"]
    assert [(r["stated"], r["cause"]) for r in rows] == [("2.37亿元; 23700元", "万 and 元 mixed up")]
    assert "inconsistent" not in verdicts(cross_reference, text.format(v="23700万元"), 2021)
    decoy = text.replace("年度完成社会消费品零售总额{v}", "年度农民人均可支配收入{v}").format(v="23700元")
    assert "inconsistent" not in verdicts(cross_reference, decoy, 2021)


# ---------------------------------------------------------------- this year's target named again in next year's plan
def test_this_years_target_named_in_the_plan():
    text = ("一、项目建设\n全区安排重点项目54个，年度计划投资46.8亿元，已完成投资44.1亿元。\n"
            "二、明年打算\n明年计划投资50亿元以上，确保全面完成今年的{v}亿元年度计划。")
    assert _rows(text.format(v="46.8"), "consistent") == ["46.8亿元; 46.8亿元"]
    # next year's own plan is not a restatement
    decoy = text.replace("确保全面完成今年的{v}亿元年度计划", "力争完成{v}亿元").format(v="46.8")
    assert "consistent" not in verdicts(cross_reference, decoy, 2021)


# ---------------------------------------------------------------- enumeration: echo items filling the brackets after a slogan
def test_echo_items_in_brackets_after_a_slogan():
    from analysis.rules.enumeration import enumeration_count

    text = "组织“{n}下乡”志愿服务活动（文化下乡、科技下乡、卫生下乡），服务群众1.2万人次。"
    assert verdicts(enumeration_count, text.format(n="三"), 2021) == ["consistent"]
    assert verdicts(enumeration_count, text.format(n="四"), 2021) == ["inconsistent"]
    # the same items in the running sentence may be examples: a shorter list there is no miscount
    loose = "组织“四下乡”志愿服务活动，推动文化下乡、科技下乡、卫生下乡，服务群众1.2万人次。"
    assert "inconsistent" not in verdicts(enumeration_count, loose, 2021)


# ---------------------------------------------------------------- swapped digits under a shortened or a long shared name
def test_bare_verb_and_its_longer_name_swapped():
    text = "一、执法\n全年查封{a}处，解除查封87处。\n二、结语\n回顾全年，全局查封各类违法场所{b}处，执法成效明显。"
    assert _rows(text.format(a="236", b="263"), "inconsistent") == ["236处; 263处"]
    assert "inconsistent" not in verdicts(cross_reference, text.format(a="236", b="236"), 2021)
    # another verb (解除查封 is not 查封) and no swap (236 / 251) stay apart
    decoy = text.replace("全局查封各类违法场所", "全局解除查封违法场所").format(a="236", b="263")
    assert "inconsistent" not in verdicts(cross_reference, decoy, 2021)
    assert "inconsistent" not in verdicts(cross_reference, text.format(a="236", b="251"), 2021)


def test_two_digit_swap_under_a_long_shared_phrase():
    text = ("一、办理结果\n全部提案均已办复，其中所提事项已经落实或部分落实的{a}件，占61.0%。\n"
            "二、下步打算\n今年已落实或部分落实的提案共{b}件，下一步将继续跟踪督办。")
    assert _rows(text.format(a="25", b="52"), "inconsistent") == ["25件; 52件"]
    # a short shared phrase (落实的) is no evidence; nor are two values that are no swap
    short = text.replace("今年已落实或部分落实的提案共", "今年督促落实的提案共").format(a="25", b="52")
    assert "inconsistent" not in verdicts(cross_reference, short, 2021)
    assert "inconsistent" not in verdicts(cross_reference, text.format(a="25", b="27"), 2021)


# ---------------------------------------------------------------- a growth rate restated
_GROWTH = ("一、经济运行\n全区完成规模以上工业增加值46.2亿元，比上年的41.5亿元增长11.3%；社会消费品零售总额增长7.6%。\n"
           "二、结语\n过去一年，规模以上工业增加值增长{v}%，社会消费品零售总额增长7.6%。")


def test_growth_rate_restated():
    rows = run(cross_reference, _GROWTH.format(v="11.3"), 2021)
    assert sorted(r["stated"] for r in rows if r["verdict"] == "consistent") == ["11.3%; 11.3%", "7.6%; 7.6%"]
    assert _rows(_GROWTH.format(v="13.1"), "inconsistent") == ["11.3%; 13.1%"]


def test_growth_rate_of_a_part_of_the_year_or_a_plan_left_alone():
    part = _GROWTH.replace("过去一年，规模以上工业增加值增长", "一季度，规模以上工业增加值增长").format(v="13.1")
    assert "inconsistent" not in verdicts(cross_reference, part, 2021)
    plan = _GROWTH.replace("过去一年，规模以上工业增加值增长", "明年力争规模以上工业增加值增长").format(v="13.1")
    assert "inconsistent" not in verdicts(cross_reference, plan, 2021)
    other = _GROWTH.replace("过去一年，规模以上工业增加值增长", "全市规模以上工业增加值增长").format(v="13.1")
    assert "inconsistent" not in verdicts(cross_reference, other, 2021)


# ---------------------------------------------------------------- a running total named by the clause of new ones
_RUNNING = ("一、养老服务\n新建农村幸福院14个，全县累计达到{a}个，覆盖行政村的60%以上。\n"
            "二、总结\n各项任务均已完成。目前全县农村幸福院已达到{b}个。")


def test_running_total_named_by_the_new_ones_before_it():
    assert _rows(_RUNNING.format(a="135", b="153"), "inconsistent") == ["135个; 153个"]
    assert "inconsistent" not in verdicts(cross_reference, _RUNNING.format(a="135", b="135"), 2021)


def test_running_total_of_another_noun_or_the_new_ones_left_alone():
    other = _RUNNING.replace("目前全县农村幸福院已达到", "目前全县日间照料中心已达到").format(a="135", b="153")
    assert "inconsistent" not in verdicts(cross_reference, other, 2021)
    # the new ones of the year are not the running total
    new = _RUNNING.replace("目前全县农村幸福院已达到{b}个", "全年新建农村幸福院14个").format(a="135")
    assert "inconsistent" not in verdicts(cross_reference, new, 2021)


# ---------------------------------------------------------------- placeholder: a counting word, then a one-character unit
def test_blank_between_a_counting_word_and_its_unit():
    from analysis.rules.placeholder import placeholder

    assert verdicts(placeholder, "全镇改厕受益农户合计户，户厕普及率稳步提高。", 2021) == ["missing"]
    assert verdicts(placeholder, "组织巡河护河志愿者累计达到人，覆盖全部河段。", 2021) == ["missing"]
    # the number given: no blank
    assert verdicts(placeholder, "全镇改厕受益农户合计860户，户厕普及率稳步提高。", 2021) == []
    # a word goes on after the measure character (人数, 户均): no blank
    assert verdicts(placeholder, "巡河志愿者累计人数达860人。", 2021) == []
    assert verdicts(placeholder, "受益农户达到户均增收3000元。", 2021) == []


# ---------------------------------------------------------------- a per-household value with its 万 dropped
def test_per_household_value_slips_its_wan():
    text = "一、增收\n全村脱贫户户均增收{a}。\n二、总结\n综上，脱贫户户均增收{b}，成效明显。"
    rows = [r for r in run(cross_reference, text.format(a="1.36万元", b="1.36元"), 2021) if r["verdict"] == "inconsistent"]
    assert [(r["stated"], r["cause"]) for r in rows] == [("1.36万元; 1.36元", "万 and 元 mixed up")]
    assert "inconsistent" not in verdicts(cross_reference, text.format(a="1.36万元", b="1.36万元"), 2021)
    # a total and a value per household are two quantities
    decoy = text.replace("综上，脱贫户户均增收", "综上，脱贫户增收").format(a="1.36万元", b="1.36元")
    assert "inconsistent" not in verdicts(cross_reference, decoy, 2021)


# ---------------------------------------------------------------- 全口径 is part of a name, not another basis
def test_all_inclusive_revenue_swapped_in_the_look_back():
    text = ("一、2020年工作回顾\n全口径税收收入5.74亿元，比上年增长9.2%。\n"
            "二、2021年工作目标\n回顾一年来的工作，全县税收收入达到{v}亿元，经济社会发展稳中向好。")
    assert _rows(text.format(v="5.47"), "inconsistent", 2020) == ["5.74亿元; 5.47亿元"]
    assert "inconsistent" not in verdicts(cross_reference, text.format(v="5.74"), 2020)
    # a stated basis still parts two quantities
    based = text.replace("全口径税收收入", "按新统计口径，税收收入").format(v="5.47")
    assert "inconsistent" not in verdicts(cross_reference, based, 2020)


# ---------------------------------------------------------------- completion verbs, a colon lead, a shortened name, word order
def test_completion_verbs_name_no_subject():
    text = "一、农业\n全镇实现农林牧渔业总产值12.46亿元。\n二、结语\n全年完成农林牧渔业总产值{v}亿元。"
    assert _rows(text.format(v="13.05"), "inconsistent") == ["12.46亿元; 13.05亿元"]
    assert "inconsistent" not in verdicts(cross_reference, text.format(v="12.46"), 2021)
    # another subject before the verb (城区) is still another quantity
    decoy = text.replace("全年完成农林牧渔业总产值", "城区完成农林牧渔业总产值").format(v="13.05")
    assert "inconsistent" not in verdicts(cross_reference, decoy, 2021)


def test_colon_lead_is_no_subject():
    text = "一、12345热线\n全年受理市民热线诉求8,420件。\n二、成效\n主要成效：受理市民热线诉求{v}件，诉求办结率97%。"
    assert _rows(text.format(v="9,100"), "inconsistent") == ["8,420件; 9,100件"]
    assert "inconsistent" not in verdicts(cross_reference, text.format(v="8,420"), 2021)
    # a lead with a number before the colon is a part (其中3个街道：…)
    part = text.replace("主要成效：", "其中城区3个街道：").format(v="9,100")
    assert "inconsistent" not in verdicts(cross_reference, part, 2021)


def test_gdp_shortened_and_words_reordered():
    text = "一、经济\n全区实现地区生产总值215.3亿元。\n二、总结\n我区生产总值达到{v}亿元。"
    assert _rows(text.format(v="209.8"), "inconsistent") == ["215.3亿元; 209.8亿元"]
    assert "inconsistent" not in verdicts(cross_reference, text.format(v="215.3"), 2021)
    # 国内生产总值 is another quantity
    other = text.replace("我区生产总值", "国内生产总值").format(v="209.8")
    assert "inconsistent" not in verdicts(cross_reference, other, 2021)
    order = "一、就业\n全年城镇新增就业5,120人。\n二、总结\n一年来，我区新增城镇就业{v}人。"
    assert _rows(order.format(v="4,870"), "inconsistent") == ["5,120人; 4,870人"]
    # 农村 for 城镇 names another group
    assert "inconsistent" not in verdicts(cross_reference, order.replace("我区新增城镇就业", "我区新增农村就业").format(v="4,870"), 2021)


def test_growth_rates_of_two_amounts_compared_with_last_year_left_apart():
    text = ("一、救助\n全年发放医疗救助资金2,134万元，比上年的1,986万元增长7.5%。\n"
            "二、养老\n发放养老服务补贴1,452万元，比上年的1,290万元增长12.6%。")
    assert verdicts(cross_reference, text, 2021) == []


# ---------------------------------------------------------------- a heading of summing-up and plans; swaps under reworded names
_SUMMED = ("一、工作开展情况\n全年受理群众来电咨询2,473件，办结2,460件。\n"
           "二、总结与明年打算\n总的来看，各项工作稳步推进。全年共处理来电咨询{v}件。2022年，我局将力争来电办结率达到99%。")


def test_summing_up_under_a_heading_with_plans_swapped_and_reworded():
    assert _rows(_SUMMED.format(v="2,437"), "inconsistent") == ["2,473件; 2,437件"]
    assert "inconsistent" not in verdicts(cross_reference, _SUMMED.format(v="2,473"), 2021)


def test_planned_sentence_under_that_heading_left_alone():
    plan = _SUMMED.replace("全年共处理来电咨询{v}件。", "明年计划处理来电咨询{v}件。").format(v="2,437")
    assert "inconsistent" not in verdicts(cross_reference, plan, 2021)
    # another noun after the shared verb character (处理 / 受理) is another quantity
    other = _SUMMED.replace("全年共处理来电咨询", "全年共处理来信投诉").format(v="2,437")
    assert "inconsistent" not in verdicts(cross_reference, other, 2021)


def test_indicator_list_with_colons_and_plain_flow_swapped():
    text = ("一、工作成效\n全年新建农村公路桥梁46座，新建高效节水灌溉面积3.52万亩。\n"
            "二、主要指标完成情况\n农村公路桥梁：46座；高效节水灌溉建设：{v}万亩；农民专业合作社：318家。")
    assert _rows(text.format(v="3.25"), "inconsistent") == ["3.52万亩; 3.25万亩"]
    assert "inconsistent" not in verdicts(cross_reference, text.format(v="3.52"), 2021)
    # another act on the same thing (验收 / 新建) is another quantity, swap or not
    act = text.replace("高效节水灌溉建设：", "高效节水灌溉验收：").format(v="3.25")
    assert "inconsistent" not in verdicts(cross_reference, act, 2021)
    # a running total (累计) is no flow of the year
    stock = text.replace("高效节水灌溉建设：", "累计高效节水灌溉面积：").format(v="3.25")
    assert "inconsistent" not in verdicts(cross_reference, stock, 2021)


def test_total_at_the_end_of_last_year_is_not_this_years():
    text = ("一、示范创建\n上年末全市累计创建星级农家乐214家；今年新创建37家。\n"
            "二、总结与打算\n总的来看，截至年底全市星级农家乐累计达到{v}家。")
    assert "inconsistent" not in verdicts(cross_reference, text.format(v="251"), 2021)


# ---------------------------------------------------------------- an indicator table's actual amount restated in the text
_TABLE = ("三、绩效指标完成情况\n指标名称  目标值  实际完成值  得分\n新增家庭农场  300家  318家  10分\n"
          "群众满意度  90%  94.2%  10分\n\n四、自评结论\n全年新增家庭农场{v}家，各项目标全面完成。")


def test_indicator_table_amount_restated():
    assert _rows(_TABLE.format(v="318"), "consistent") == ["318家; 318家"]
    assert _rows(_TABLE.format(v="336"), "inconsistent") == ["318家; 336家"]


def test_indicator_table_amount_against_another_name_or_a_plan():
    other = _TABLE.replace("全年新增家庭农场{v}家", "全年新增农民专业合作社{v}家").format(v="336")
    assert "inconsistent" not in verdicts(cross_reference, other, 2021)
    plan = _TABLE.replace("全年新增家庭农场{v}家", "明年计划新增家庭农场{v}家").format(v="336")
    assert "inconsistent" not in verdicts(cross_reference, plan, 2021)


def test_noun_after_a_listed_target_is_no_restatement():
    text = ("一、年度目标\n年初确定的绩效目标为：完成15座病险水闸除险加固，群众满意度不低于90%。\n"
            "二、完成情况\n全年完成病险水闸除险加固15座。")
    assert "consistent" not in verdicts(cross_reference, text, 2021)
