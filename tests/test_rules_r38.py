"""Round 38 (twenty-third session): readings mended while the burned sets tuning51–53 (the former heldout82, heldout39
and heldout41) were read, each with sentences that hold, that fail and that sit on a boundary, and decoys."""
from analysis.rules.shares import percent_sum
from rules_cases import verdicts_stated as _rows


def _sum_verdicts(text: str) -> list[str]:
    return [v for v, _ in _rows(percent_sum, text)]


def test_the_rest_of_a_list_of_shares_written_before_what_it_is():
    lead = "职工医保统筹基金支出中，住院费用占62.4%，门诊费用（含门诊慢特病）占35.1%，"
    assert _rows(percent_sum, lead + "其余2.5%为生育医疗费用。") == [("consistent", "62.4% + 35.1% + 2.5%")]
    assert _rows(percent_sum, lead + "其余4.3%为生育医疗费用。") == [("inconsistent", "62.4% + 35.1% + 4.3%")]
    # on the boundary: 62.4 + 35.1 + 2.65 rounds to 100.15 at most — 2.6% still fits, 2.8% no longer
    assert _sum_verdicts(lead + "其余2.6%用于生育医疗费用。") == ["consistent"]
    assert _sum_verdicts(lead + "其余2.8%用于生育医疗费用。") == ["inconsistent"]
    # a rest with no list of shares before it in its sentence is no share (其余5%为质保金: a term of payment)
    assert _sum_verdicts("合同约定预付30%。工程验收后支付至95%，其余5%为质保金。") == []


def test_grades_of_one_scale_named_after_what_was_rated_or_quoted_one_after_another():
    for names in ("居民对社区工作满意、基本满意、不满意的", "居民对社区工作“满意”“基本满意”“不满意”的"):
        assert _sum_verdicts(names + "分别占78.4%、18.2%和2.6%。") == ["inconsistent"], names
        assert _sum_verdicts(names + "分别占79.2%、18.2%和2.6%。") == ["consistent"], names
    # without the bottom of the scale the grades may leave some out: no sum
    assert _sum_verdicts("居民对社区工作满意、基本满意的分别占78.4%、18.2%。") == []


def test_a_sample_measured_is_no_survey_whose_answers_overlap():
    text = ("5月，县疾控中心对我校抽样学生开展营养状况监测，结果显示，营养状况正常、偏瘦、超重和肥胖的学生分别占"
            "72.6%、11.8%、8.9%和{x}%。")
    assert _sum_verdicts(text.format(x="5.7")) == ["inconsistent"]
    assert _sum_verdicts(text.format(x="6.7")) == ["consistent"]
    # answers to a questionnaire still may overlap: no sum
    assert _sum_verdicts("问卷调查显示，认为融资难、用工难和用地难的企业分别占72.6%、11.8%和8.9%。") == []


def test_classes_named_as_classes_are_one_cut_whatever_words_they_are_made_of():
    lead = "全年通过12345热线受理的群众诉求中，城市管理类、社会治理类、民生服务类分别占42.5%、31.8%和"
    assert _sum_verdicts(lead + "24.1%。") == ["inconsistent"]
    assert _sum_verdicts(lead + "25.7%。") == ["consistent"]
    # a rest as large as half the smallest class named may be classes left out: no sum
    assert _sum_verdicts(lead + "15.1%。") == []
    # kinds of people on both sides of 城市 / 农村 still are no cut without 类
    assert _sum_verdicts("参训人员中，城市居民、农村居民和退役军人分别占42.5%、31.8%和24.1%。") == []


def test_a_survival_rate_is_over_what_was_planted_not_the_places_that_all_planted():
    from analysis.rules.shares import granularity, share_of_total

    text = "全县21个乡镇全部完成了造林任务，造林成活率达到91.4%。"
    assert _rows(share_of_total, text) == [] and _rows(granularity, text) == []
    # the all-done count is still its rate's whole when the rate counts the things done
    assert _rows(share_of_total, "八类严重暴力案件23起，全部告破，破案率95.7%。")[0][0] == "inconsistent"


def test_of_a_pair_counting_one_group_in_two_units_the_share_takes_the_one_its_whole_counts():
    from analysis.rules.shares import share_of_total

    text = "全村共有663户2302人。全村享受农村低保52户98人，占全村总户数的{p}。"
    assert _rows(share_of_total, text.format(p="7.8%")) == [("consistent", "7.8% (52户 of 663户)")]
    assert _rows(share_of_total, text.format(p="8.8%")) == [("inconsistent", "8.8% (52户 of 663户)")]
    assert _rows(share_of_total, text.format(p="4.3%").replace("总户数", "总人数")) == [
        ("consistent", "4.3% (98人 of 2302人)")]


_STATUS_HEAD = "（一）年度绩效指标完成情况如下：\n指标名称 年度目标值 实际完成值 完成情况\n"


def test_a_target_table_row_marked_met_whose_numbers_miss_the_target():
    from analysis.rules.tables import table_targets_reached as target_met

    rows = _rows(target_met, _STATUS_HEAD + "基本医疗保险参保人数 不少于186万人 187.3万人 已完成\n"
                                            "门诊慢特病待遇保障人数 不少于3.2万人 2.95万人 已完成\n"
                                            "药品费用占比 30%以内 32.5% 已完成\n"
                                            "人均住院费用 1.2万元以内 1.18万元 已完成\n")
    assert rows == [("consistent", "基本医疗保险参保人数 187.3万人; target 不少于186万人"),
                    ("inconsistent", "门诊慢特病待遇保障人数 2.95万人; target 不少于3.2万人; 已完成"),
                    ("inconsistent", "药品费用占比 32.5%; target 30%以内; 已完成"),
                    ("consistent", "人均住院费用 1.18万元; target 1.2万元以内")]
    # on the boundary: the target itself is met; a row marked 未完成 claims nothing met
    assert _rows(target_met, _STATUS_HEAD + "门诊慢特病待遇保障人数 不少于3.2万人 3.2万人 已完成\n")[0][0] == "consistent"
    assert _rows(target_met, _STATUS_HEAD + "门诊慢特病待遇保障人数 不少于3.2万人 2.95万人 未完成\n") == []


def test_the_verb_before_a_short_metric_is_part_of_its_name():
    from analysis.rules.crossref import cross_reference

    text = ("全年完成地质灾害隐患点综合治理23处，土地卫片执法图斑整改销号{a}个，综合自评得分91.6分。\n"
            "（三）执法监管。全年下发卫片执法问题图斑437个，已整改销号{b}个，整改率96.3%。")
    assert ("inconsistent", "412个; 421个") in _rows(cross_reference, text.format(a=412, b=421), 2023)
    assert ("consistent", "421个; 421个") in _rows(cross_reference, text.format(a=421, b=421), 2023)
    # a verb of a result names no metric with it: the output of processors and of three industries are two things
    text = ("全县规模以上农产品加工企业86家，实现产值37.4亿元，同比增长12.3%。蔬菜、林果、畜禽三大特色产业实现产值23.5亿元，"
            "其中蔬菜9.8亿元、林果7.6亿元、畜禽6.1亿元。")
    assert [r for r in _rows(cross_reference, text, 2019) if "37.4亿元" in r[1]] == []


def test_a_stock_and_its_new_then_the_level_at_the_year_start_they_are_compared_with():
    from analysis.rules.cumulative import cumulative_vs_new

    text = "截至年底，累计建成村（社区）退役军人服务站{c}个，今年新建213个，较年初的231个有较大增加。"
    assert _rows(cumulative_vs_new, text.format(c=426)) == [
        ("inconsistent", "previous 231个 + new 213个 = current 426个")]
    assert _rows(cumulative_vs_new, text.format(c=444)) == [("consistent", "previous 231个 + new 213个 = current 444个")]
    # the new first, then the stock: the same account
    text = "上半年新建乡镇应急物资储备点4个，全县累计建成{c}个，较去年底的28个有较大增加。"
    assert _rows(cumulative_vs_new, text.format(c=31))[0][0] == "inconsistent"
    assert _rows(cumulative_vs_new, text.format(c=32))[0][0] == "consistent"
    # a change stated after the level compared with is a net change, judged as one
    assert _rows(cumulative_vs_new, "截至年底，累计建成服务站426个，较年初的231个增加195个。") == [
        ("consistent", "previous 231个 + new 195个 = current 426个")]
    # a stock of people without 累计 may lose members: no sum
    assert _rows(cumulative_vs_new, "全县参保人数42.3万人，今年新增参保2.8万人，较年初的40.1万人有所增加。") == []


def test_the_end_of_june_is_the_period_s_own_end_in_a_report_of_the_first_half_year():
    from analysis.rules.crossref import cross_reference

    body = ("截至6月30日，全县纳入防止返贫动态监测对象1286户3975人；带动脱贫劳动力和监测对象务工就业{a}万人。\n"
            "二、主要工作\n上半年，全县脱贫劳动力和监测对象务工就业2.73万人，新认定帮扶车间6个。")
    half = "梅浦县乡村振兴局2024年上半年工作总结\n\n"
    assert ("inconsistent", "2.37万人; 2.73万人") in _rows(cross_reference, half + body.format(a="2.37"), 2024)
    assert ("consistent", "2.73万人; 2.73万人") in _rows(cross_reference, half + body.format(a="2.73"), 2024)
    # in a report of the whole year, the end of June is a part of it: no pair
    year = "梅浦县乡村振兴局2024年工作总结\n\n"
    assert [r for r in _rows(cross_reference, year + body.format(a="2.37"), 2024) if "2.37万人" in r[1]] == []


def test_a_count_with_its_noun_after_it_restates_the_earlier_count_of_that_noun():
    from analysis.rules.crossref import cross_reference

    lead = "一、基本情况\n我校现有教学班12个，在校学生538人，其中寄宿生316人。\n二、主要工作\n"
    # the same count again: consistent, whatever the act
    assert ("consistent", "538人; 538名") in _rows(cross_reference, lead + "全校538名学生参加了体质健康测试，合格率92.8%。", 2012)
    # another value said of all of them: one is wrong
    assert ("inconsistent", "538人; 548名") in _rows(
        cross_reference, lead + "全校548名学生全部参加了体质健康测试，合格率92.8%。", 2012)
    # …but of some of them (no word for all, no 全校): no row
    assert [r for r in _rows(cross_reference, lead + "组织348名学生参加了体质健康测试。", 2012) if "348名" in r[1]] == []
    # 完成全社区…的核查: an act done to the whole community's households
    text = "一、基本情况\n社区共有居民楼38幢，常住居民1862户5217人。\n二、工作开展\n年内完成全社区{n}户常住居民的入户信息核查。"
    assert ("inconsistent", "1862户; 1826户") in _rows(cross_reference, text.format(n=1826), 2019)
    assert ("consistent", "1862户; 1862户") in _rows(cross_reference, text.format(n=1862), 2019)
    # a count opening its clause with no act and no whole may be of any set of them
    text = "（三）虚列支出。3个单位以拨作支、虚列支出共计11万元。\n（四）政府采购不规范。3个单位未按规定执行政府采购程序。"
    assert [r for r in _rows(cross_reference, text, 2016) if r[1] == "3个; 3个"] == []


def test_grades_of_the_things_a_clause_assessed_whatever_was_counted_before_it():
    from analysis.rules.shares import granularity

    text = "将46个部门单位全部纳入预算绩效运行监控，选取13个重点项目开展财政重点绩效评价，评价结果为“优秀”的占{p}。"
    assert _rows(granularity, text.format(p="35%")) == [("inconsistent", "35% of 13个")]
    assert _rows(granularity, text.format(p="38.5%")) == [("consistent", "38.5% of 13个")]
    # a count of another act just before, no assessment in the count's clause: the list rule stands (no n)
    assert _rows(granularity, "新建村卫生室12个，改造乡镇卫生院5个，达标率80%。") == []


def test_the_people_who_rated_are_the_n_of_their_satisfaction_rate():
    from analysis.rules.shares import granularity

    text = "11月，组织43名村民代表对村“两委”班子进行民主评议，满意率为{p}。"
    assert _rows(granularity, text.format(p="95.5%")) == [("inconsistent", "95.5% of 43名")]
    assert _rows(granularity, text.format(p="95.3%")) == [("consistent", "95.3% of 43名")]
    # those rated, by others: the raters are not counted
    assert _rows(granularity, "11月，对43名干部进行民主评议，满意率为95.5%。") == []


def test_a_claim_that_the_expected_target_was_reached_plans_nothing_after_it():
    from analysis.rules.targets import target_met

    text = ("对照县人大确定的目标，地区生产总值增长9.2%，完成了增长9%的预期目标；固定资产投资增长{g}，"
            "超额完成了增长20%的目标任务。")
    assert ("inconsistent", "18.4%; target 20% (met)") in _rows(target_met, text.format(g="18.4%"))
    assert ("consistent", "21.4%; target 20% (met)") in _rows(target_met, text.format(g="21.4%"))
    # a plan of the expected target still plans what follows it
    assert _rows(target_met, "明年计划实现增长9%的预期目标；固定资产投资增长18.4%，超额完成增长20%的目标任务。") == []


def test_people_counted_before_their_noun_and_the_act_that_reached_the_target():
    from analysis.rules.targets import target_met

    text = "街道下达我社区的再就业目标任务为45人，全年帮助{n}名失业人员实现再就业，圆满完成年度目标任务。"
    assert _rows(target_met, text.format(n=43)) == [("inconsistent", "43名; target 45人 (met)")]
    assert _rows(target_met, text.format(n=45)) == [("consistent", "45名; target 45人 (met)")]
    # a count of other people after the target (走访…) is no result of it
    assert _rows(target_met, "街道下达我社区的再就业目标任务为45人，全年走访43名困难群众，圆满完成年度目标任务。") == []


def test_a_value_against_its_target_between_the_value_and_its_rate_is_no_level_that_grew():
    from analysis.rules.growth import growth

    text = "全年城镇新增就业3152人，完成市下达目标任务2800人的112.6%，比上年的2946人增长{g}。"
    assert _rows(growth, text.format(g="8.3%"), 2012) == [("inconsistent", "3152人，增长8.3%，上年 2946人")]
    assert _rows(growth, text.format(g="7.0%"), 2012) == [("consistent", "3152人，增长7.0%，上年 2946人")]
    # a level of another measure between them still may be what grew: the rate is not called wrong
    rows = _rows(growth, "常住人口42.6万人，城镇化率54.2%，比上年的41.2万人增长8.3%。", 2012)
    assert "inconsistent" not in [v for v, _ in rows]


def test_a_classification_splits_the_count_in_its_own_measure_word_of_the_sentence_before():
    from analysis.rules.sums import parts_sum

    text = "改造老旧小区47个，涉及楼栋326栋，惠及居民1.38万户。按改造内容分，基础类29个、完善类15个、提升类{n}个。"
    assert _rows(parts_sum, text.format(n=5)) == [("inconsistent", "47个 = 29个 + 15个 + 5个")]
    assert _rows(parts_sum, text.format(n=3)) == [("consistent", "47个 = 29个 + 15个 + 3个")]
    # two counts in the parts' own measure word before: which one is split cannot be told, only a fit is reported
    two = "改造老旧小区47个，新建口袋公园12个。按改造内容分，基础类29个、完善类15个、提升类5个。"
    assert "inconsistent" not in [v for v, _ in _rows(parts_sum, two)]


def test_a_quoted_count_right_after_the_plain_list_it_names():
    from analysis.rules.enumeration import enumeration_count

    assert _rows(enumeration_count, "围绕危险化学品、非煤矿山、道路运输、建筑施工“四个重点”，共检查生产经营单位126家次。") == [
        ("consistent", "围绕危险化学品、非煤矿山、道路运输、建筑施工“四个重点”")]
    # items that end with the count's noun are surely what it counts: one missing is a slip
    assert _rows(enumeration_count, "重点推进胸痛中心、卒中中心、创伤中心“四大中心”建设。") == [
        ("inconsistent", "重点推进胸痛中心、卒中中心、创伤中心“四大中心”")]
    assert _rows(enumeration_count, "坚持实施工业强县、城镇带动、旅游兴县等“三大战略”。")[0][0] == "unverifiable"
    # a count that does not fit a list of other words may count something else; the list's subject is no item
    assert _rows(enumeration_count, "坚持实施工业强县、城镇带动、旅游兴县、开放活县“三大战略”。") == []
    assert _rows(enumeration_count, "镇党委、镇政府严格落实“四个不摘”要求。") == []
    # a list that begins before its plain items (a quoted item first) is not counted from the middle
    assert _rows(enumeration_count, "开展“扫黄打非”、禁毒、反诈“三项行动”。") == []


def test_another_share_s_part_may_be_the_whole_a_later_share_names():
    from analysis.rules.shares import share_of_total

    text = ("一、基本情况\n现有在校学生538人，其中寄宿生316人，占在校生总数的58.7%。\n二、自查情况\n"
            "全年为118名家庭经济困难寄宿生发放生活补助，占寄宿生的{p}。")
    assert ("inconsistent", "35.3% (118名 of 316人)") in _rows(share_of_total, text.format(p="35.3%"), 2012)
    assert ("consistent", "37.3% (118名 of 316人)") in _rows(share_of_total, text.format(p="37.3%"), 2012)
    # a whole the share does not name is not taken from another share's part
    rows = _rows(share_of_total, text.format(p="35.3%").replace("占寄宿生的", "占比"), 2012)
    assert not any("118名 of 316人" in r[1] for r in rows)


def test_a_rate_right_after_some_of_the_counted_things_picked_out_by_a_predicate():
    from analysis.rules.shares import share_of_total

    text = "全县312个行政村中，已完成村庄规划编制的有187个，覆盖率{p}。"
    assert _rows(share_of_total, text.format(p="62.5%")) == [("inconsistent", "62.5% (187个 of 312个)")]
    assert _rows(share_of_total, text.format(p="59.9%")) == [("consistent", "59.9% (187个 of 312个)")]
    # a clause between the picked count and the rate: the rate may be of something else
    assert _rows(share_of_total, "全县312个行政村中，已完成村庄规划编制的有187个，其余正在编制，覆盖率62.5%。") == []


_TABLE = ("四、绩效指标完成情况\n指标名称 年度目标值 实际完成值 完成情况\n基本医疗保险参保人数 不少于186万人 187.3万人 已完成\n"
          "基本医疗保险参保率 不低于95% 96.4% 已完成\n")


def test_an_indicator_table_row_named_by_its_count_and_measure_word_restated_in_the_text():
    from analysis.rules.crossref import cross_reference

    text = "一、基本情况\n2021年末，全市基本医疗保险参保{n}万人，参保率{p}%。\n" + _TABLE
    rows = _rows(cross_reference, text.format(n="178.3", p="96.4"), 2021)
    assert ("inconsistent", "178.3万人; 187.3万人") in rows and ("consistent", "96.4%; 96.4%") in rows
    rows = _rows(cross_reference, text.format(n="187.3", p="96.8"), 2021)
    assert ("consistent", "187.3万人; 187.3万人") in rows and ("inconsistent", "96.8%; 96.4%") in rows
    # a rate named short with the rest of the row's name nowhere before it in its sentence is not the row's
    rows = _rows(cross_reference, "一、基本情况\n2021年末，全市职工参保人数达到12.6万人，参保率96.8%。\n" + _TABLE, 2021)
    assert not any("96.8%" in r[1] for r in rows)


def test_a_whole_counted_in_two_measure_words_each_split_by_the_parts_in_its_own():
    from analysis.rules.sums import parts_sum

    text = "全区城乡低保对象3216户5108人中，城市低保1134户1702人，农村低保2082户{n}人。"
    assert _rows(parts_sum, text.format(n=3406)) == [("consistent", "3216户 = 1134户 + 2082户"),
                                                    ("consistent", "5108人 = 1702人 + 3406人")]
    assert ("inconsistent", "5108人 = 1702人 + 3306人") in _rows(parts_sum, text.format(n=3306))


def test_levels_risen_from_listed_in_the_order_of_the_levels_reached():
    from analysis.rules.growth import growth

    text = "自4月1日起，城乡低保标准分别由每人每月680元、560元提高到720元、610元，分别增长5.9%和{g}。"
    assert _rows(growth, text.format(g="8.9%"), 2019) == [("consistent", "720元，增长5.9%，上年 680元"),
                                                         ("consistent", "610元，增长8.9%，上年 560元")]
    assert ("inconsistent", "610元，增长9.8%，上年 560元") in _rows(growth, text.format(g="9.8%"), 2019)
    # one level risen from for two reached: no pairing in order
    rows = _rows(growth, "城乡低保标准由每人每月560元分别提高到720元、610元，分别增长28.6%和8.9%。", 2019)
    assert "inconsistent" not in [v for v, _ in rows]


def test_toilets_built_are_the_part_of_an_extent_rate_not_its_n():
    from analysis.rules.shares import granularity

    assert _rows(granularity, "全村新建户厕218座，户厕改造率达到44.9%。") == []
    # an outcome each of the things built has or not is still over them
    assert _rows(granularity, "全村新建户厕218座，验收合格率达到95.9%。") == [("consistent", "95.9% of 218座")]


def test_after_a_part_told_with_its_share_a_figure_that_does_not_make_the_total_up_ends_the_list():
    from analysis.rules.sums import parts_sum

    text = "全年药品采购总额152.4万元，其中基本药物采购136.8万元，占89.8%，零差率销售让利群众26.3万元。"
    assert _rows(parts_sum, text) == []
    # the same shape making the total up is a split of it
    assert _rows(parts_sum, "接收安置退役士兵412人，其中安排工作138人，占33.5%，自主就业274人。") == [
        ("consistent", "412人 = 138人 + 274人")]
    # after ；the list goes on, whatever it adds up to
    assert _rows(parts_sum, "全年投入资金3860万元，其中争取上级资金2450万元，占63.5%；县级配套1310万元。")[0][0] == "inconsistent"


def test_cases_taken_on_then_the_rate_of_an_outcome_among_them():
    from analysis.rules.shares import granularity, share_of_total

    text = "全年排查信访积案46件，已化解39件，化解率84.8%。县级领导包案23件，化解率达到{p}。"
    assert _rows(share_of_total, text.format(p="91.3%")) == [("consistent", "84.8% (39件 of 46件)")]
    assert ("consistent", "91.3% of 23件") in _rows(granularity, text.format(p="91.3%"))
    assert ("inconsistent", "91.5% of 23件") in _rows(granularity, text.format(p="91.5%"))
    # cases closed (审结) are an outcome, the part of the rate of closing
    assert _rows(share_of_total, "全年受理案件120件，审结112件，结案率93.3%。") == [("consistent", "93.3% (112件 of 120件)")]


def test_a_rate_right_after_a_part_that_qizhong_names_of_the_whole_before_it():
    from analysis.rules.shares import share_of_total

    text = "全校参加中考312人，其中升入普通高中208人，升学率{p}；体育成绩位居前列。"
    assert _rows(share_of_total, text.format(p="68.7%")) == [("inconsistent", "68.7% (208人 of 312人)")]
    assert _rows(share_of_total, text.format(p="66.7%")) == [("consistent", "66.7% (208人 of 312人)")]
    # a rate named by no word of the part's is of the whole (巩固率 of all the students)
    assert _rows(share_of_total, "全校在校学生2000人，其中寄宿生800人，巩固率99.2%。") == []


def test_the_things_counted_named_again_with_the_noun_the_measure_word_carries():
    from analysis.rules.shares import granularity

    text = "开展“清洁家园”评比4次，7个村民小组环境卫生达标率为{p}。"
    assert _rows(granularity, text.format(p="50%")) == [("inconsistent", "50% of 7个村")]
    assert _rows(granularity, text.format(p="57.1%")) == [("consistent", "57.1% of 7个村")]


def test_grades_chosen_then_their_shares_given_with_fenbie_wei():
    text = "在学生家长满意度问卷调查中，选择满意、比较满意和不满意的分别为{a}、17.9%和2.5%。"
    assert _sum_verdicts(text.format(a="78.4%")) == ["inconsistent"]
    assert _sum_verdicts(text.format(a="79.6%")) == ["consistent"]
    assert _sum_verdicts("选择满意、比较满意的分别为78.4%、17.9%。") == []


def test_the_level_had_before_the_year_s_new_ones():
    from analysis.rules.cumulative import cumulative_vs_new

    assert _rows(cumulative_vs_new, "学校原有市级骨干教师14人，今年新增5人，总数达到19人。") == [
        ("consistent", "previous 14人 + new 5人 = current 19人")]
    # 原有 is no cumulative the new are counted into
    assert _rows(cumulative_vs_new, "学校原有市级骨干教师14人，今年新增5人。") == []


def test_a_qizhong_part_named_by_its_act_is_of_the_figure_that_act_names():
    from analysis.rules.shares import share_of_total

    text = "全年受理环境信访投诉412件，办结409件，办结率99.3%；其中通过12369环保举报平台受理268件，占{p}。"
    assert ("consistent", "65.0% (268件 of 412件)") in _rows(share_of_total, text.format(p="65.0%"))
    assert ("inconsistent", "68.0% (268件 of 412件)") in _rows(share_of_total, text.format(p="68.0%"))


def test_a_list_of_targets_claimed_met_against_the_rates_listed_before_it():
    from analysis.rules.targets import target_met

    text = "化学需氧量、氨氮排放量分别削减{a}和5.1%，均完成省下达的4.5%和4.8%的年度减排任务。"
    assert _rows(target_met, text.format(a="4.2%")) == [("inconsistent", "4.2%; target 4.5% (met)"),
                                                        ("consistent", "5.1%; target 4.8% (met)")]
    assert [v for v, _ in _rows(target_met, text.format(a="4.6%"))] == ["consistent", "consistent"]
    # rates not listed with 分别 before the claim: no pairing in order
    assert "inconsistent" not in [v for v, _ in _rows(
        target_met, "化学需氧量削减4.2%，氨氮排放量削减5.1%，均完成省下达的4.5%和4.8%的年度减排任务。")]


def test_the_level_named_by_the_target_s_rate_in_the_clause_after_it():
    from analysis.rules.targets import target_met

    text = "市里要求诉求解决率不低于90%，我区全年解决率为{p}，达到考核要求。"
    assert _rows(target_met, text.format(p="88.7%")) == [("inconsistent", "88.7%; target 不低于90% (met)")]
    assert _rows(target_met, text.format(p="91.7%")) == [("consistent", "91.7%; target 不低于90% (met)")]
    # another rate after the target is not its level
    assert _rows(target_met, "市里要求诉求解决率不低于90%，我区群众满意率为88.7%，达到考核要求。") == []


def test_a_count_then_what_is_done_about_them_then_ji_and_the_items():
    from analysis.rules.enumeration import enumeration_count

    text = "围绕6类高频诉求开展专项治理，即物业管理、供暖供气、道路交通、市容环卫、劳动保障{more}，推动解决。"
    assert _rows(enumeration_count, text.format(more="、教育医疗"))[0][0] == "consistent"
    # a misfit after an act is left alone (即 may list the act's steps: the review's decoy below)
    assert _rows(enumeration_count, text.format(more="")) == []
    # no verb of an action between: the words after the count name it, as before
    assert _rows(enumeration_count, "围绕6类高频诉求，即物业管理、供暖供气、道路交通、市容环卫、劳动保障、教育医疗。")[0][0] == "consistent"


def test_the_units_under_a_body_each_assessed_are_the_n_of_the_assessment_s_grade():
    from analysis.rules.shares import granularity

    text = "集团下属全资及控股子公司9家，年度经营业绩考核优秀率为{p}。"
    assert _rows(granularity, text.format(p="40%")) == [("inconsistent", "40% of 9家")]
    assert _rows(granularity, text.format(p="44.4%")) == [("consistent", "44.4% of 9家")]
    # units merely counted, a rate of something else graded: no n
    assert _rows(granularity, "集团下属全资及控股子公司9家，产品抽检合格率为96%。") == []


def test_the_whole_place_before_the_noun_in_the_earlier_count():
    from analysis.rules.crossref import cross_reference

    text = "一、基本情况\n全校教职工126人，其中专任教师112人。\n二、师德建设\n全校{n}名教职工全部签订师德师风承诺书。"
    assert ("inconsistent", "126人; 138名") in _rows(cross_reference, text.format(n=138), 2018)
    assert ("consistent", "126人; 126名") in _rows(cross_reference, text.format(n=126), 2018)


def test_a_running_total_named_by_its_verb_alone_after_the_year_s_new():
    from analysis.rules.cumulative import cumulative_vs_new

    text = "新增异地就医直接结算定点医院{n}家，累计开通38家。"
    assert _rows(cumulative_vs_new, text.format(n=46)) == [("inconsistent", "cumulative 38家, new 46家")]
    assert _rows(cumulative_vs_new, text.format(n=16)) == [("consistent", "cumulative 38家, new 16家")]


def test_the_projects_counted_are_the_works_counted():
    from analysis.rules.crossref import cross_reference

    text = "一、城市管理\n完成老旧小区改造6个，惠及居民1218户。\n二、民生保障\n实施老旧小区改造项目{n}个，加装电梯17台。"
    assert ("inconsistent", "6个; 5个") in _rows(cross_reference, text.format(n=5), 2023)
    assert ("consistent", "6个; 6个") in _rows(cross_reference, text.format(n=6), 2023)


def test_the_whole_named_by_its_act_and_the_part_s_measure_word():
    from analysis.rules.shares import share_of_total

    text = "全年出让国有建设用地23宗、面积64.8公顷，其中以招拍挂方式出让21宗，占出让宗数的{p}。"
    assert _rows(share_of_total, text.format(p="95.7%")) == [("inconsistent", "95.7% (21宗 of 23宗)")]
    assert _rows(share_of_total, text.format(p="91.3%")) == [("consistent", "91.3% (21宗 of 23宗)")]


def test_the_items_handled_are_those_rated_when_no_answers_returned_are_counted():
    from analysis.rules.shares import share_of_total

    lead = "一、基本情况\n市政府系统共承办政协提案286件，比上年增加21件。其中，主办件231件，协办件55件。\n\n"
    text = lead + "从办理结果看，已解决的173件。提案者对办理工作表示满意和基本满意的274件，满意率为{p}。"
    assert ("inconsistent", "97.2% (274件 of 286件)") in _rows(share_of_total, text.format(p="97.2%"), 2019)
    assert ("consistent", "95.8% (274件 of 286件)") in _rows(share_of_total, text.format(p="95.8%"), 2019)
    # answers returned counted: the rate may be over them
    text = lead + "发出征询意见表286份，收回270份。提案者表示满意和基本满意的264件，满意率为97.8%。"
    assert not any("of 286件" in r[1] for r in _rows(share_of_total, text, 2019))


def test_a_rate_with_its_base_in_brackets_right_after_it_is_of_the_value_just_before():
    from analysis.rules.growth import growth

    text = "全市基本医疗保险参保人数243.6万人，参保率96.1%，其中职工医保参保42.8万人，较上年增长{g}（上年为40.9万人）。"
    assert ("inconsistent", "42.8万人，增长3.1%，上年 40.9万人") in _rows(growth, text.format(g="3.1%"), 2020)
    assert ("consistent", "42.8万人，增长4.6%，上年 40.9万人") in _rows(growth, text.format(g="4.6%"), 2020)
    # a base in a clause of its own after the rate: which value grew cannot be told
    assert _rows(growth, "全年造林3.2万亩，其中人工造林1.8万亩，比上年增长20%，上年为2.8万亩。", 2020)[0][0] == "unverifiable"


def test_a_short_name_of_the_value_s_act_names_it():
    from analysis.rules.growth import growth

    text = ("五原县人民检察院2022年工作报告\n\n全年受理审查逮捕案件186件243人，批准逮捕117件142人，批捕人数同比下降{g}"
            "（2021年为171人）。")
    assert ("inconsistent", "142人，下降14.3%，上年 171人") in _rows(growth, text.format(g="14.3%"), 2022)
    assert ("consistent", "142人，下降17.0%，上年 171人") in _rows(growth, text.format(g="17.0%"), 2022)


# the read-only review's false alarms (this session's readings), each mended
def test_review_a_bare_table_target_met_by_staying_under_it_is_no_miss():
    from analysis.rules.tables import table_targets_reached

    rows = _rows(table_targets_reached, _STATUS_HEAD + "企业开办时间 1个工作日 0.5个工作日 已完成\n"
                                                    "城镇调查失业率 5.5% 5.1% 已完成\n保障性住房空置率 5% 3.6% 已完成\n"
                                                    "平均住院日 9天 8.2天 已完成\n")
    assert "inconsistent" not in [v for v, _ in rows]


def test_review_groups_picked_out_one_measure_at_a_time_are_no_split_of_a_two_measure_whole():
    from analysis.rules.sums import parts_sum

    for text in ("全镇脱贫户1286户3942人中，有劳动力的1032户，已实现务工就业的2318人，纳入低保兜底的248户412人。",
                 "全县监测对象826户2345人中，已消除风险的612户1786人，纳入低保的208户。",
                 "全区退役军人2860人1120户中，享受抚恤补助的1960人，参加技能培训的812人。"):
        assert "inconsistent" not in [v for v, _ in _rows(parts_sum, text)], text


def test_review_a_count_s_act_listed_after_ji_is_no_list_of_the_things_counted():
    from analysis.rules.enumeration import enumeration_count

    text = "针对物业管理、供水供暖、噪声扰民等问题，围绕6类高频诉求开展专项治理，即建立台账、明确责任、限时办结、跟踪回访。"
    assert _rows(enumeration_count, text) == []


def test_review_the_stock_at_the_year_s_start_is_the_year_before_s_end():
    from analysis.rules.crossref import cross_reference

    text = "某镇2022年上半年工作总结\n\n截至6月30日，全镇共有家庭农场86家，较年初增加12家。年初全镇共有家庭农场74家。"
    assert "inconsistent" not in [v for v, _ in _rows(cross_reference, text, 2022)]


# the code review of the session's change: each finding that changed what the checker reports
def test_code_review_a_claim_on_all_targets_led_by_a_two_character_word():
    from analysis.rules.targets import target_met

    text = "化学需氧量、氨氮排放量分别削减4.2%和5.1%，{w}完成省下达的4.5%和4.8%的年度减排任务。"
    for w in ("全部", "分别", "均"):
        assert ("inconsistent", "4.2%; target 4.5% (met)") in _rows(target_met, text.format(w=w)), w


def test_code_review_a_count_s_noun_that_holds_an_act_s_word_is_still_judged():
    from analysis.rules.enumeration import enumeration_count

    assert _rows(enumeration_count, "印发5个实施方案：《A方案》、《B方案》、《C方案》。")[0][0] == "inconsistent"


def test_code_review_a_sentence_opening_on_an_act_at_the_year_s_start_states_this_year():
    from analysis.rules.crossref import cross_reference

    text = "全年实现地区生产总值128.6亿元。年初召开全县经济工作会议以后，全县实现地区生产总值131.2亿元。"
    assert ("inconsistent", "128.6亿元; 131.2亿元") in _rows(cross_reference, text, 2020)
