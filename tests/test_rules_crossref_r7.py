"""cross_reference and its neighbours, round 7: false alarms on long correct reports — restatements across
sections, sibling subjects, scopes and periods that keep two figures of one metric name apart."""
from analysis.rules.crossref import cross_reference

from rules_cases import run, verdicts


# ---------------------------------------------------------------- the subject a dated sentence opens with
def test_a_year_before_the_sentence_subject_does_not_hide_it():
    # two budget lines, each a sentence that opens with the year and its subject, then 年初预算…，支出决算为…
    text = ("2019年度一般公共预算财政拨款支出年初预算为5650.82万元，调整预算为6639.42万元，支出决算为6202.63万元。\n"
            "五、“三公”经费财政拨款支出决算情况说明\n"
            "“三公”经费财政拨款支出年初预算为24.03万元，支出决算为19.33万元，完成预算的80.44%。")
    assert verdicts(cross_reference, text, 2019) == []
    # another author's phrasing: 年末 before the subject, 实际完成为
    text = ("2022年末全县城乡居民养老保险基金计划收入8,640万元，实际完成为8,812万元。\n"
            "全县职工养老保险基金计划收入2.4亿元，实际完成为25,130万元。")
    assert verdicts(cross_reference, text, 2022) == []


def test_the_same_subject_after_a_year_still_conflicts():
    text = ("2019年度一般公共预算财政拨款支出年初预算为5650.82万元，支出决算为6202.63万元。\n"
            "二、支出情况\n一般公共预算财政拨款支出年初预算为5650.82万元，支出决算为6220.63万元。")
    assert sorted(verdicts(cross_reference, text, 2019)) == ["consistent", "inconsistent"]


# ---------------------------------------------------------------- a sentence led by the set it counts within
def test_a_sentence_led_by_a_named_set_counts_a_subset():
    text = ("2020年，全县衔接推进乡村振兴补助资金共计4.50亿元。其中中央资金0.96亿元、省级资金1.67亿元。\n"
            "四、资金分配和抽查明细\n抽查资金中，中央资金0.79亿元，占抽查资金的26.9%。")
    assert verdicts(cross_reference, text, 2020) == []
    # another author's phrasing: 受检的单位中，
    text = "全区共有规模以上工业企业286家。\n二、检查情况\n受检的单位中，规模以上工业企业48家，均已建立台账。"
    assert verdicts(cross_reference, text, 2020) == []


def test_a_sentence_not_led_by_a_set_is_still_compared():
    text = "全区共有规模以上工业企业286家。\n二、企业情况\n一年来，全区规模以上工业企业268家，实现产值增长。"
    assert verdicts(cross_reference, text, 2020) == ["inconsistent"]


# ---------------------------------------------------------------- two bodies of one kind, two subjects in a paragraph
def test_headings_naming_two_bodies_of_one_kind():
    text = ("一、县人民医院\n全年门急诊就诊38.6万人次，出院病人2.16万人次。\n"
            "二、县中医院\n全年门急诊就诊12.4万人次，出院病人0.86万人次。")
    assert verdicts(cross_reference, text, 2023) == []
    # another author's phrasing: two schools
    text = "（一）实验小学\n本学年在校学生1,862人，教职工96人。\n（二）城关中学\n本学年在校学生2,416人，教职工158人。"
    assert verdicts(cross_reference, text, 2023) == []


def test_topic_headings_still_compare():
    text = "一、生态建设\n全年完成人工造林1.26万亩。\n三、城乡建设\n全年完成人工造林1.62万亩，绿化水平提升。"
    assert verdicts(cross_reference, text, 2023) == ["inconsistent"]


def test_a_paragraph_naming_two_subjects_in_turn():
    text = "县人民医院是全县医疗中心。全年门急诊就诊38.6万人次，出院病人2.16万人次。县中医院是二级甲等医院。全年门急诊就诊12.4万人次，出院病人0.86万人次。"
    assert verdicts(cross_reference, text, 2023) == []
    # another author's phrasing: two divisions of a court told one after the other
    text = "民一庭审理婚姻家庭纠纷。全年审结案件1,206件，调解率52%。民二庭审理合同纠纷。全年审结案件986件，调解率38%。"
    assert verdicts(cross_reference, text, 2023) == []


def test_two_paragraphs_and_swapped_digits_still_conflict():
    text = "全年审结各类案件1,206件，结案率96%。\n二、审判质效\n全年审结各类案件1,260件，调解撤诉率52%。"
    assert verdicts(cross_reference, text, 2023) == ["inconsistent"]
    text = "农村常住居民人均可支配收入16,842元，增长9.3%。农村常住居民人均可支配收入已连续5年快于城镇，2019年农村常住居民人均可支配收入达到16,482元。"
    assert verdicts(cross_reference, text, 2019) == ["inconsistent"]


# ---------------------------------------------------------------- 2月29日 of a leap year named around it
def test_feb_29_under_a_heading_of_a_leap_year():
    from analysis.rules.dates import date_valid
    text = "2025年政府工作报告\n一、2024年工作回顾\n2月29日，召开全县安全生产工作会议。\n二、2025年工作打算\n3月底前完成部署。"
    assert verdicts(date_valid, text, None) == []
    # another author's phrasing: 过去一年 in the sentence, the report delivered the year after a leap year
    text = "2021年县政府工作报告\n过去一年，我们在2月29日率先召开复工复产推进会，全年新开工项目86个。"
    assert verdicts(date_valid, text, None) == []


def test_feb_29_of_a_plain_year_still_fails():
    from analysis.rules.dates import date_valid
    assert verdicts(date_valid, "2023年工作总结\n2月29日，召开全县安全生产工作会议。", None) == ["inconsistent"]
    text = "2025年政府工作报告\n一、2023年工作回顾\n2月29日，召开全县安全生产工作会议。"
    assert verdicts(date_valid, text, None) == ["inconsistent"]


# ---------------------------------------------------------------- redacted names are no blanks
def test_a_redacted_name_before_a_word_is_no_blank():
    from analysis.rules.placeholder import placeholder
    for text in ("XX家庭农场负责人张某反映的问题已解决。", "XX人民医院全年门诊量增长5%。", "XX项目已于6月开工建设。",
                 "以××名义开展诈骗活动的案件已侦破。", "对XX处XX科负责人进行诫勉谈话。",
                 # another author's phrasing: a redacted regulation and a redacted family name
                 "根据《XX条例》第十二条规定，责令限期改正。", "××家属已签字确认。"):
        assert verdicts(placeholder, text, 2023) == [], text


def test_a_marked_blank_before_punctuation_is_still_missing():
    from analysis.rules.placeholder import placeholder
    assert verdicts(placeholder, "推出XX个“一件事”集成服务，办理时限压缩60%。", 2023) == ["missing"]
    assert verdicts(placeholder, "全年共走访企业XX家，解决问题36个。", 2023) == ["missing"]


def test_a_unit_declared_after_a_linking_word_is_no_blank():
    from analysis.rules.placeholder import placeholder
    assert verdicts(placeholder, "本表金额单位为万元，保留两位小数。", 2023) == []
    # another author's phrasing: 计量单位均为
    assert verdicts(placeholder, "表中数据计量单位均为万元，下同。", 2023) == []
    assert verdicts(placeholder, "全年一般公共预算收入万元，增长6%。", 2023) == ["missing"]


def test_sub_headings_naming_two_places():
    text = ("（一）东城区\n全区森林覆盖率38.2%，全年新增造林面积1.2万亩。\n"
            "（二）西城区\n全区森林覆盖率45.1%，全年新增造林面积0.8万亩。")
    assert verdicts(cross_reference, text, 2023) == []
    # another author's phrasing: numbered towns, each on its own line
    text = ("1.青山镇\n全镇农村居民人均可支配收入18640元，新建村级活动场所6个。\n"
            "2.白水镇\n全镇农村居民人均可支配收入16420元，新建村级活动场所4个。")
    assert verdicts(cross_reference, text, 2023) == []


# ---------------------------------------------------------------- a metric broken down by sections
def test_a_metric_given_three_values_is_a_breakdown():
    text = ("县委第三巡察组反馈问题36个，已整改到位32个，正在整改4个。\n一、关于党的领导方面\n反馈问题12个，已整改到位11个，正在整改1个。\n"
            "二、关于党的建设方面\n反馈问题14个，已整改到位12个，正在整改2个。\n三、关于全面从严治党方面\n反馈问题10个，已整改到位9个，正在整改1个。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2023)
    # another author's phrasing: an audit total, then two sub-sections
    text = ("一、整改总体情况\n审计查出问题金额3.26亿元，已整改2.86亿元，整改率87.7%。\n二、分项整改情况\n"
            "（一）财政管理方面。审计查出问题金额1.26亿元，已整改1.12亿元。\n（二）专项资金方面。审计查出问题金额2.00亿元，已整改1.74亿元。")
    assert verdicts(cross_reference, text, 2023) == []


def test_a_status_word_is_no_metric_of_its_own():
    text = ("一、人大代表建议办理情况\n共办理人大代表建议86件，其中A类68件、B类18件。已办复86件，办复率100%。\n"
            "二、政协委员提案办理情况\n共办理政协委员提案124件，已办复124件，办复率100%。")
    assert verdicts(cross_reference, text, 2023) == []


def test_two_values_of_one_metric_still_conflict():
    text = ("一、整改总体情况\n审计查出问题金额3.26亿元，已整改2.86亿元。\n二、存在的问题\n"
            "审计查出问题金额3.62亿元中，仍有部分未整改到位。")
    assert verdicts(cross_reference, text, 2023) == ["inconsistent"]


# ---------------------------------------------------------------- a section of targets
def test_a_heading_ending_with_targets_lists_targets():
    text = "一、年度目标\n城镇新增就业6000人，城镇登记失业率控制在4%以内。\n二、完成情况\n城镇新增就业6386人，城镇登记失业率3.2%。"
    assert verdicts(cross_reference, text, 2023) == []
    # another author's phrasing: 绩效目标 of a project, then its results
    text = "一、项目绩效目标\n全年培训高素质农民1,200人，建设示范基地6个。\n二、绩效目标完成情况\n全年培训高素质农民1,236人，建设示范基地6个。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2023)


def test_a_completion_heading_is_no_target_section():
    text = "一、主要目标完成情况\n城镇新增就业6386人。\n二、民生保障\n全年城镇新增就业6368人，重点群体就业稳定。"
    assert verdicts(cross_reference, text, 2023) == ["inconsistent"]


# ---------------------------------------------------------------- the units of two places
def test_the_units_of_another_place_are_not_restated():
    text = "全县辖12个乡镇。\n二、防汛\n全县12个乡镇全部完成防汛演练。全市18个乡镇全部签订责任书。"
    assert verdicts(cross_reference, text, 2023) == ["consistent"]
    # another author's phrasing: the province's counties after the city's
    text = "全市下辖9个县区。\n三、脱贫攻坚\n全省36个县区全部实现脱贫摘帽。"
    assert verdicts(cross_reference, text, 2023) == []
    text = "全县辖12个乡镇。\n二、防汛\n全县14个乡镇全部完成防汛演练。"
    assert verdicts(cross_reference, text, 2023) == ["inconsistent"]


# ---------------------------------------------------------------- 一方面 / 另一方面
def test_items_marked_one_side_and_the_other():
    from analysis.rules.enumeration import enumeration_count
    text = "涉及两个方面问题：一方面是资金拨付不及时，涉及资金1.2亿元、项目12个；另一方面是项目管理不规范。"
    assert verdicts(enumeration_count, text, 2023) == ["consistent"]
    # another author's phrasing: commas and 、 inside both sides, 等 inside the second
    text = "困难主要有两个方面：一方面，项目储备不足，前期工作滞后；另一方面，用地、资金等要素制约突出。"
    assert verdicts(enumeration_count, text, 2023) == ["consistent"]
    # the second side in the next sentence: where the list ends is not certain
    text = "存在两个方面的不足：一方面，基础设施欠账较多，投入不足。另一方面，人才短缺。"
    assert verdicts(enumeration_count, text, 2023) == []


# ---------------------------------------------------------------- a heading naming the year before
def test_a_heading_of_an_earlier_year_dates_what_is_under_it():
    text = "2023年全县地区生产总值198.6亿元。\n2022年主要经济指标\n全县地区生产总值186.2亿元。"
    assert verdicts(cross_reference, text, 2023) == []
    # another author's phrasing: a top heading that says 上年
    text = "一、2023年主要指标\n全县地区生产总值198.6亿元。\n二、上年指标回顾\n全县地区生产总值186.2亿元。"
    assert verdicts(cross_reference, text, 2023) == []


def test_a_heading_of_a_later_year_is_a_plan_not_a_date():
    text = "一、工作成效\n全年城镇新增就业8,630人。\n四、存在问题和2024年打算\n全年城镇新增就业8,360人，但结构性矛盾依然突出。"
    assert verdicts(cross_reference, text, 2023) == ["inconsistent"]


def test_an_activity_leading_the_sentence_is_a_frame_not_a_set():
    text = "本年度共出动执法人员1,200人次。执法检查中，本年度共出动执法人员2,100人次，检查企业350家。"
    assert verdicts(cross_reference, text, 2020) == ["inconsistent"]


# ---------------------------------------------------------------- a summing-up restates a rate
def test_a_summary_restating_a_rate():
    text = ("四、水功能区\n全市列入考核的重要水功能区42个，达标33个，达标率78.6%。\n"
            "五、结语\n总体看，全市用水效率稳步提升，重要水功能区达标率为80.6%，农业用水占比仍然偏高。")
    assert verdicts(cross_reference, text, 2012) == ["inconsistent"]
    # another author's phrasing: 综上, the most specific of two earlier rates
    text = ("二、调查结果\n回访满意率为91.5%。综合满意率（非常满意与满意合计）为83.3%。\n"
            "三、结论\n综上，全市政务服务综合满意率为83.3%，群众获得感增强。")
    assert verdicts(cross_reference, text, 2023) == ["consistent"]


def test_a_summary_of_the_whole_is_not_the_rate_of_a_part():
    text = ("一、城区学校\n城区学校共检测食堂36个，达标34个，达标率94.4%。\n"
            "二、结语\n总体来看，全县学校食堂达标率为92.6%，食品安全形势平稳。")
    assert verdicts(cross_reference, text, 2023) == []
    # two earlier rates of the same name: which one is summed up is not certain
    text = "抽查产品合格率96.2%。\n复查产品合格率98.6%。\n总体来看，全市产品合格率为97.1%。"
    assert verdicts(cross_reference, text, 2023) == []


# ---------------------------------------------------------------- several years told together
def test_several_years_together_are_not_the_year():
    text = "五年来，全县新增城镇就业3.26万人。\n二、2023年工作\n过去一年，全县新增城镇就业6800人。"
    assert verdicts(cross_reference, text, 2023) == []
    text = "本届政府任期内，全县新建学校18所。\n二、教育\n今年全县新建学校4所。"
    assert verdicts(cross_reference, text, 2023) == []
    # another author's phrasing: a span of years written out, 近三年
    text = "2019—2023年，全县建成高标准农田18.6万亩。\n二、农业\n全年全县建成高标准农田6.2万亩。"
    assert verdicts(cross_reference, text, 2023) == []
    text = "近三年，全县建成高标准农田18.6万亩。\n二、农业\n全年全县建成高标准农田6.2万亩。"
    assert verdicts(cross_reference, text, 2023) == []


def test_one_year_back_is_the_year_itself():
    text = "一年来，全县新增城镇就业6,800人。\n二、就业\n全年全县新增城镇就业6,080人。"
    assert verdicts(cross_reference, text, 2023) == ["inconsistent"]


# ---------------------------------------------------------------- a slogan of two counts
def test_a_slogan_of_two_counts_is_not_one_count():
    from analysis.rules.enumeration import enumeration_count
    assert verdicts(enumeration_count, "开展“两学一做”（学党章党规、学系列讲话，做合格党员）学习教育。", 2023) == []
    # another author's phrasing: 三重一大 with its four items in brackets
    text = "严格执行“三重一大”事项（重大决策、重要人事任免、重大项目安排、大额度资金使用）集体决策制度。"
    assert verdicts(enumeration_count, text, 2023) == []


def test_a_count_of_ones_is_still_one_count():
    from analysis.rules.enumeration import enumeration_count
    assert verdicts(enumeration_count, "落实“三个一”要求：一名主审、一套方案、一本台账。", 2023) == ["consistent"]
    assert verdicts(enumeration_count, "推行“四个一”工作法：一名主审、一套方案、一本台账。", 2023) == ["inconsistent"]
    assert verdicts(enumeration_count, "实现“三统一”：统一标准、统一流程、统一考核。", 2023) == ["consistent"]


# ---------------------------------------------------------------- a range into the next year
def test_a_range_into_the_next_year_is_no_reversed_range():
    from analysis.rules.dates import date_valid
    assert verdicts(date_valid, "12月25日至1月5日，开展节前安全检查。", 2023) == []
    # another author's phrasing: the start's year written, the end's not
    assert verdicts(date_valid, "2023年12月20日至1月10日，开展冬季送温暖活动。", 2023) == []


def test_a_reversed_range_with_its_years_or_in_one_month_still_fails():
    from analysis.rules.dates import date_valid
    assert verdicts(date_valid, "2023年12月25日至2023年1月5日，开展检查。", 2023) == ["inconsistent"]
    assert verdicts(date_valid, "3月15日至3月10日，开展春季检查。", 2023) == ["inconsistent"]


def test_a_grand_total_given_twice_with_two_values_is_reported_not_a_crash():
    # 合计/总计 after the noun reads as a grand total (with transfers): its own scope, which the row must name
    text = ("一、财政收支\n2020年，全县一般公共预算收入合计12.5亿元，完成预算的101.2%。\n"
            "二、小结\n2020年，全县一般公共预算收入合计13.8亿元。")
    rows = run(cross_reference, text, 2020)
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    assert "grand total" in rows[0]["computed"] and "总计" in rows[0]["explanation_zh"]
