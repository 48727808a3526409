"""Round 36 (twenty-first session): readings mended while the burned sets tuning42/43 (the former heldout73 and
heldout75) were read — their false alarms first — each with sentences that hold, that fail and that sit on a boundary."""
import pytest

from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.shares import granularity
from analysis.rules.targets import target_met
from rules_cases import run, verdicts_stated as _rows

_TABLE = ("表1 项目绩效指标完成情况\n一级指标 二级指标 三级指标 年度指标值 实际完成值 完成情况\n"
          "产出指标 数量指标 列养农村公路里程 ≥1400公里 1426公里 完成\n"
          "产出指标 数量指标 实施中修工程 ≥45公里 48.6公里 完成\n"
          "产出指标 质量指标 优良中等路率 ≥75% {q} 完成\n"
          "成本指标 经济成本指标 每公里年均养护成本 ≤1.3万元 {c} 完成\n")


def test_a_flattened_indicator_table_is_read_a_line_a_row():
    # each line: target (≥ / ≤ before it), actual, the row's verdict — never a value of the line above or below
    rows = _rows(target_met, _TABLE.format(q="72.3%", c="1.22万元"))
    assert rows == [("consistent", "1426公里; target 1400公里 (met)"), ("consistent", "48.6公里; target 45公里 (met)"),
                    ("inconsistent", "72.3%; target 75% (met)"), ("consistent", "1.22万元; target 1.3万元 (met)")]
    # on the boundary: the target reached exactly is met; a cost at its ceiling is met, above it is not
    rows = _rows(target_met, _TABLE.format(q="75%", c="1.3万元"))
    assert ("consistent", "75%; target 75% (met)") in rows and ("consistent", "1.3万元; target 1.3万元 (met)") in rows
    assert ("inconsistent", "1.31万元; target 1.3万元 (met)") in _rows(target_met, _TABLE.format(q="75%", c="1.31万元"))
    # a line that says 未完成 of a shortfall says what the numbers say
    text = _TABLE.format(q="72.3%", c="1.22万元").replace("72.3% 完成", "72.3% 未完成")
    assert ("consistent", "72.3%; target 75% (not met)") in _rows(target_met, text)


def test_a_claim_of_all_targets_met_opening_the_report_does_not_repeat_an_alarm():
    body = "全年新建农村公路42.5公里，年度任务为45公里，超额完成年度任务。"
    opening = "全市交通系统团结拼搏，全面完成了年初确定的各项目标任务。"
    rows = _rows(target_met, opening + body)
    assert [v for v, _ in rows] == ["inconsistent"]  # the shortfall once, at its own claim
    # a summing-up after the results restates the claim on them: judged
    rows = _rows(target_met, body + "总的来看，全市交通系统全面完成了年初确定的各项目标任务。")
    assert [v for v, _ in rows].count("inconsistent") == 2
    # with the shortfall claimed nowhere else, the opening claim is the one alarm
    rows = _rows(target_met, opening + "全年新建农村公路42.5公里，年度任务为45公里。")
    assert ("inconsistent", "全面完成了年初确定的各项目标任务 (all targets met)") in rows


def test_targets_basically_met_is_a_hedge_not_a_claim_of_all():
    text = "全年新建高标准农田2.1万亩，年度计划任务为2.5万亩，圆满完成了年度建设任务。粮食总产量13.8万吨，各项绩效目标{}完成。"
    assert not any("(all targets met)" in s for _, s in _rows(target_met, text.format("基本")))
    assert ("inconsistent", "各项绩效目标全面完成 (all targets met)") in _rows(target_met, text.format("全面"))


def test_a_target_noun_glued_to_the_target_is_marked_with_the_claim():
    text = "全年完成水土流失综合治理面积36.5平方公里，全面完成了市里下达的40平方公里年度治理任务。"
    (row,) = [r for r in run(target_met, text)]
    assert row["verdict"] == "inconsistent" and text[row["start"]:row["end"]].endswith("年度治理任务")
    assert _rows(target_met, text.replace("36.5", "40.5"))[0][0] == "consistent"


def test_a_part_of_a_stock_after_qizhong_is_not_its_level():
    said = "今年新增应急避难场所14处，全市应急避难场所总数由上年末的72处增加到{}处，其中室内避难场所累计9处。"
    assert _rows(cumulative_vs_new, said.format(86)) == [("consistent", "previous 72处 + new 14处 = current 86处")]
    assert _rows(cumulative_vs_new, said.format(88)) == [("inconsistent", "previous 72处 + new 14处 = current 88处")]
    # a flow of part of the year before the year's own is not paired with the level
    text = "上半年新增龙头企业5家，全年新增13家，龙头企业总数由上年末的64家增加到77家。"
    assert _rows(cumulative_vs_new, text) == [("consistent", "previous 64家 + new 13家 = current 77家")]


def test_a_count_naming_the_kinds_of_an_amount_is_no_n_of_the_next_classification():
    before = "全年五项社会保险基金总收入38.64亿元，其中养老保险24.12亿元、医疗保险10.37亿元。"
    shares = "从参保单位结构看，全市参保企业中，制造业、批发零售业和其他行业分别占46.3%、21.5%和30.6%。"
    assert _rows(granularity, before + shares) == []
    # the classification of the sentence before's count still takes it (58.3% of 12 is 7; 26.3% fits no k)
    text = "全年共受理劳动争议案件12件。从案由看，劳动报酬类占58.3%，社会保险类占26.3%。"
    assert _rows(granularity, text) == [("consistent", "58.3% of 12件"), ("inconsistent", "26.3% of 12件")]
    # …and a population of its own named before the shares is not that count's
    text = "全年共受理劳动争议案件12件。从结构看，涉案企业中，制造业占58.3%，服务业占26.3%。"
    assert _rows(granularity, text) == []


def test_a_digit_count_before_numbered_or_titled_items():
    from analysis.rules.enumeration import enumeration_count
    marked = "我局严格落实{}项管理措施：一是实行路长制；二是推行公开招投标；三是建立月检查制度；四是实行报账制管理。"
    assert _rows(enumeration_count, marked.format(5))[0][0] == "inconsistent"
    assert _rows(enumeration_count, marked.format(4))[0][0] == "consistent"
    # titles side by side with no 、 between them are items each
    titled = "建立健全{}项制度，即《议事规则》《决策办法》《接待办法》《报销规定》和《选拔规定》。"
    assert [v for v, _ in _rows(enumeration_count, titled.format(6))] == ["inconsistent"]
    assert [v for v, _ in _rows(enumeration_count, titled.format(5))] == ["consistent"]
    assert [v for v, _ in _rows(enumeration_count, titled.format("五"))] == ["consistent"]


def test_a_quoted_name_closing_on_its_count_opens_the_list_after_ji():
    from analysis.rules.enumeration import enumeration_count
    text = "深入实施“文化惠民五大工程”，即送戏下乡工程、农家书屋提升工程、数字文化工程、非遗保护传承工程{}。"
    assert _rows(enumeration_count, text.format("、广播电视户户通工程和公共文化设施提升工程"))[0][0] == "inconsistent"
    assert _rows(enumeration_count, text.format("和广播电视户户通工程"))[0][0] == "consistent"
    assert _rows(enumeration_count, text.format("、广播电视户户通工程等"))[0][0] == "unverifiable"


def test_a_claim_opening_the_clause_of_a_ceiling_or_a_rate_target():
    ceiling = "全年二氧化硫排放总量{}吨，圆满完成控制在860吨以内的年度减排任务。"
    assert _rows(target_met, ceiling.format(874)) == [("inconsistent", "874吨; target 860吨以内 (met)")]
    assert _rows(target_met, ceiling.format(860)) == [("consistent", "860吨; target 860吨以内 (met)")]
    rate = "全县14家乡镇卫生院中已有{}家达到基本标准，达标率{}%，提前完成了全年达标率75%的目标任务。"
    assert _rows(target_met, rate.format(10, "71.4")) == [("inconsistent", "71.4%; target 75% (met)")]
    assert _rows(target_met, rate.format(11, "78.6")) == [("consistent", "78.6%; target 75% (met)")]


def test_a_grade_given_to_each_of_the_things_counted_is_a_share_of_them():
    graded = "对全市14家大型商超开展食品安全风险等级评定，评为A级的占比达{}%。"
    assert _rows(granularity, graded.format(45)) == [("inconsistent", "45% of 14家")]
    assert _rows(granularity, graded.format("42.9")) == [("consistent", "42.9% of 14家")]
    # past a clause that assesses all of them; not when only some were assessed
    assessed = "学校现开设专业11个，年内聘请行业专家对{}专业开展人才培养质量评估，评估结果为优良的专业占{}%。"
    assert _rows(granularity, assessed.format("全部", 60)) == [("inconsistent", "60% of 11个")]
    assert _rows(granularity, assessed.format("全部", "63.6")) == [("consistent", "63.6% of 11个")]
    assert _rows(granularity, assessed.format("部分", 60)) == []


def test_schooling_named_by_its_years_or_as_degree_education_is_a_kind_not_a_cut():
    from analysis.rules.sums import parts_sum
    text = "学校现有在校生{}人，其中全日制中职学历教育学生1875人、五年制高职学生342人、成人中专学生219人。"
    assert _rows(parts_sum, text.format(2436)) == [("consistent", "2436人 = 1875人 + 342人 + 219人")]
    assert _rows(parts_sum, text.format(2463)) == [("inconsistent", "2463人 = 1875人 + 342人 + 219人")]
    # (an education level of people stays a cut of its own: 本科学历 among kinds of post is another attribute)
    assert _rows(parts_sum, "全院职工268人，其中本科学历142人、护理人员96人、行政后勤30人。") == []


def test_last_years_values_listed_inside_the_rates_clause_are_their_bases_in_order():
    from analysis.rules.growth import growth
    for lead in ("比上年的56起、45人分别下降", "分别比上年的56起、45人下降"):
        rows = _rows(growth, f"全年共发生生产安全事故46起、死亡38人，{lead}17.9%和{{}}%。".format("15.6"))
        assert rows == [("consistent", "46起，下降17.9%，上年 56起"), ("consistent", "38人，下降15.6%，上年 45人")]
    rows = _rows(growth, "全年共发生生产安全事故46起、死亡38人，比上年的56起、45人分别下降17.9%和17.6%。")
    assert rows[1] == ("inconsistent", "38人，下降17.6%，上年 45人")


def test_a_share_of_a_ceiling_whose_value_a_sentence_before_states():
    text = "全年全市共发生各类生产安全事故46起、死亡38人。全年事故死亡人数为自治区下达控制指标52人的{}%。"
    assert _rows(target_met, text.format("73.1")) == [("consistent", "38人 = 73.1% of target 52人")]
    assert _rows(target_met, text.format("75.1")) == [("inconsistent", "38人 = 75.1% of target 52人")]
    # a subject naming nothing stated before: no value to judge
    assert _rows(target_met, "全年全市共发生各类生产安全事故46起。全年受伤人数为控制指标52人的73.1%。") == []


def test_a_length_told_again_with_its_noun_after_it():
    from analysis.rules.crossref import cross_reference
    said = "全县供水管网总长度686公里，日供水能力达到12.5万吨。\n四、安全生产和企业管理\n对全县{}公里供水管网实施分区计量管理。"
    assert _rows(cross_reference, said.format(668)) == [("inconsistent", "686公里; 668公里")]
    assert _rows(cross_reference, said.format(686)) == [("consistent", "686公里; 686公里")]
    # another value far from a slip may be another stretch of the network: no row
    assert _rows(cross_reference, said.format(420)) == []


def test_a_whole_named_again_by_its_act_before_its_list():
    from analysis.rules.sums import parts_sum
    text = "全年共申报科技计划项目186项，获批立项97项；获批项目中，国家级14项、省级45项、市级{}项。"
    assert _rows(parts_sum, text.format(38)) == [("consistent", "97项 = 14项 + 45项 + 38项")]
    # named by its act only, the whole is a weak pairing: no alarm when the parts do not fit
    assert _rows(parts_sum, text.format(39)) == []


def test_tiers_joined_in_one_item_and_prefectures_are_tiers_of_government():
    from analysis.rules.sums import parts_sum
    text = "全年完成水利投资{}亿元。其中：中央和省级资金1.96亿元，州级资金6,800万元，县级配套及社会资金7,400万元。"
    assert _rows(parts_sum, text.format("3.42"))[0][0] == "inconsistent"
    assert _rows(parts_sum, text.format("3.38"))[0][0] == "consistent"
    # a tier skipped (no 州/市 level between 省 and 县) is no full list of the tiers: a selection, no alarm
    assert _rows(parts_sum, "全年完成水利投资3.42亿元。其中：中央和省级资金1.96亿元，县级配套资金7,400万元。") == []


def test_the_grades_of_a_school_and_an_audits_two_kinds_of_problems_are_whole_sets():
    from analysis.rules.sums import parts_sum
    classes = "学校共设{}个教学班，其中高一16个班、高二16个班、高三15个班。"
    assert _rows(parts_sum, classes.format(48)) == [("inconsistent", "48个 = 16个 + 16个 + 15个")]
    assert _rows(parts_sum, classes.format(47)) == [("consistent", "47个 = 16个 + 16个 + 15个")]
    audit = "本次审计共发现问题金额{}亿元，其中违规问题金额4200万元，管理不规范问题金额3.24亿元。"
    assert _rows(parts_sum, audit.format("3.86"))[0][0] == "inconsistent"
    assert _rows(parts_sum, audit.format("3.66"))[0][0] == "consistent"


def test_a_running_total_of_verbs_only_right_after_a_flow_is_of_the_flows_thing():
    text = "当年新开工保障性租赁住房{}套，截至年末累计建设筹集2450套。"
    assert _rows(cumulative_vs_new, text.format(2860)) == [("inconsistent", "cumulative 2450套, new 2860套")]
    assert _rows(cumulative_vs_new, text.format(860)) == [("consistent", "cumulative 2450套, new 860套")]
    # not past a clause between them, nor with a running total of another unit
    assert ("inconsistent", "cumulative 2450套, new 2860套") not in _rows(
        cumulative_vs_new, "当年新开工保障性租赁住房2860套，竣工1200套，截至年末累计建设筹集2450套。")
    assert _rows(cumulative_vs_new, "当年新开工保障性租赁住房2860套，截至年末累计建设筹集2450万元。") == []


def test_the_work_an_amount_paid_for_names_the_figure_after_it():
    from analysis.rules.crossref import cross_reference
    body = "一、工作情况\n（三）新农村建设。投资380万元新修村组水泥路26.5公里，新建户用沼气池412口。\n五、存在的问题\n"
    review = "一年来，全镇经济社会发展取得了一定成绩，全年修通水泥路{}公里，群众出行条件明显改善。"
    assert _rows(cross_reference, body + review.format("25.6"), year=2008)[0][0] == "inconsistent"
    assert _rows(cross_reference, body + review.format("26.5"), year=2008) == [("consistent", "26.5公里; 26.5公里")]


def test_in_a_half_year_report_the_first_half_is_the_period_itself():
    from analysis.ingest import build_document
    from analysis.figures import extract_figures
    from analysis.rules.common import figs_of, is_sub_period
    body = "一、工作情况\n上半年共查办各类违法案件412件，罚没款583.6万元。"
    for title, sub in (("岷安市市场监督管理局2021年上半年工作总结\n", False), ("岷安市市场监督管理局2021年工作总结\n", True)):
        doc = build_document(title + body, year=2021)
        fig = next(f for f in figs_of(doc, extract_figures(doc, "t")) if f.text == "412件")
        assert is_sub_period(doc.folded, fig) is sub


def test_a_share_of_the_things_counted_named_by_a_noun_a_character_longer_or_by_their_outcome():
    classes = "全校36个教学班中，有{}%的班级获评校级文明班级。"
    assert _rows(granularity, classes.format(85)) == [("inconsistent", "85% of 36个")]
    assert _rows(granularity, classes.format("86.1")) == [("consistent", "86.1% of 36个")]
    schools = "对全区21所中小学实施校园安全标准化创建，经市级验收，达标{}占比达到{}。"
    assert _rows(granularity, schools.format("学校", "65%")) == [("inconsistent", "65% of 21所")]
    assert _rows(granularity, schools.format("学校", "百分之六十五")) == [("inconsistent", "百分之六十五 of 21所")]
    assert _rows(granularity, schools.format("学校", "61.9%")) == [("consistent", "61.9% of 21所")]
    assert _rows(granularity, schools.format("企业", "65%")) == []  # (another kind of thing: not of the schools)


def test_a_share_after_qizhong_of_the_count_whose_clause_runs_on():
    text = "协办的9件建议均按时向主办单位提交了书面协办意见，其中被主办单位采纳的比例为{}。"
    assert _rows(granularity, text.format("50%")) == [("inconsistent", "50% of 9件")]
    assert _rows(granularity, text.format("百分之五十")) == [("inconsistent", "百分之五十 of 9件")]
    assert _rows(granularity, text.format("55.6%")) == [("consistent", "55.6% of 9件")]


def test_births_less_deaths_are_the_natural_increase():
    from analysis.rules.sums import parts_sum
    text = "全年出生人口4128人，死亡人口3657人，人口自然增长{}人。"
    assert _rows(parts_sum, text.format(471)) == [("consistent", "4128人 = 3657人 + 471人")]
    assert _rows(parts_sum, text.format(417)) == [("inconsistent", "4128人 = 3657人 + 417人")]


def test_a_rate_past_another_rate_of_the_same_things_counted():
    text = "对辖区63家沿街商铺开展“门前三包”专项检查，责任书签订率为100%，检查达标率为{}%。"
    assert ("inconsistent", "91% of 63家") in _rows(granularity, text.format(91))
    assert ("consistent", "90.5% of 63家") in _rows(granularity, text.format("90.5"))
    # not past a clause that counts something else
    assert not any("of 63家" in st and "91%" in st for _, st in _rows(
        granularity, "对辖区63家沿街商铺开展专项检查，发现问题127个，检查达标率为91%。"))


def test_of_two_earlier_amounts_named_alike_the_one_restated_with_a_slip():
    from analysis.rules.crossref import cross_reference
    text = ("一、审计发现的主要问题\n本次审计共涉及单位37家，发现问题金额2.37亿元，其中违规使用资金3,860万元。\n"
            "二、整改情况\n截至目前，已整改问题金额1.86亿元，整改率78.5%。\n三、审计建议\n审计发现的{}亿元问题金额中，管理不规范问题占比较高。")
    assert ("inconsistent", "2.37亿元; 2.73亿元") in _rows(cross_reference, text.format("2.73"))
    assert ("consistent", "2.37亿元; 2.37亿元") in _rows(cross_reference, text.format("2.37"))
    # a value that restates neither is not judged against either
    assert not [r for r in _rows(cross_reference, text.format("3.05")) if r[0] == "inconsistent"]


def test_an_indicator_line_kept_within_its_ceiling_is_marked_from_its_name():
    from rules_cases import run
    line = "6.每公里平均建设成本：年度指标值≤14.5万元，实际完成值{}万元，控制在指标值以内。"
    assert _rows(target_met, line.format("14.2")) == [("consistent", "14.2万元; target 14.5万元 (met)")]
    assert _rows(target_met, line.format("14.8")) == [("inconsistent", "14.8万元; target 14.5万元 (met)")]
    (row,) = run(target_met, line.format("14.8"))
    assert row["span"].startswith("每公里平均建设成本") and row["span"].endswith("控制在指标值以内")


# counter-examples from the read-only review of this round's readings (correct text, no alarm)
REVIEW_DECOYS = [
    (target_met, "表1\n一级指标 二级指标 三级指标 年度指标值 实际完成值 完成情况\n产出指标 时效指标 项目完成时限 12个月 11个月 完成\n"
                 "效益指标 社会效益指标 平均响应时间 30分钟 22分钟 完成\n产出指标 时效指标 资金支付及时率 100% 98.5% 基本完成\n"),
    (target_met, "全年二氧化硫排放总量874吨，氮氧化物排放总量1260吨，圆满完成控制在900吨以内的二氧化硫年度减排任务。"),
    (target_met, "全年批发零售业营业额86.5亿元，如期完成控制在50亿元以内的政府债务限额管理任务。"),
    (cumulative_vs_new, "全年新增造林面积3.2万亩，截至年末累计治理2.6万亩石漠化土地。"),
    (granularity, "对全县9个乡镇的农村集体经济组织开展规范化等级评定，评为A级的占比达35%。"),
    (granularity, "对全县18个乡镇开展农村人居环境整治考核，经县级验收，达标村庄占比达到86.5%。"),
    (granularity, "对全县36家加油站开展安全检查，隐患整改率为100%，油品抽检合格率为98.6%。"),
    (granularity, "全镇12个行政村中，有96.5%的村户已接入自来水。"),
]


@pytest.mark.parametrize("rule,text", REVIEW_DECOYS)
def test_no_alarm_on_the_reviews_correct_sentences(rule, text):
    assert not [v for v, _ in _rows(rule, text) if v in ("inconsistent", "missing")]


def test_no_alarm_where_a_list_goes_on_or_two_populations_or_a_stock_grew():
    from analysis.rules.crossref import cross_reference
    from analysis.rules.sums import parts_sum
    funds = ("全年下达衔接资金2.86亿元，其中中央资金1.52亿元、省级资金0.68亿元、州级资金0.21亿元、县级资金0.36亿元，"
             "另有社会帮扶资金900万元。")
    assert not [v for v, _ in _rows(parts_sum, funds) if v == "inconsistent"]
    assert not [v for v, _ in _rows(parts_sum, "全年户籍出生人口4128人，死亡人口3657人，常住人口自然增长506人。")
                if v == "inconsistent"]
    grew = "一、基本情况\n2019年末全县供水管网长度668公里。\n二、主要工作\n今年新铺设供水管网18公里，对全县686公里供水管网实施分区计量管理。"
    assert not [v for v, _ in _rows(cross_reference, grew, year=2020) if v == "inconsistent"]
    city = "一、基本情况\n全县供水管网总长度686公里，其中城区管网268公里。\n二、主要工作\n对城区286公里供水管网实施改造。"
    assert ("inconsistent", "686公里; 286公里") not in _rows(cross_reference, city)


@pytest.mark.parametrize("text", [
    "全区21所中小学全部开展学生体质健康测试，达标学生占比92.3%。",      # the pupils, not the schools
    "对全县11个乡镇开展年度考核，考核结果为优秀的村占比达到35%。",      # the villages of the townships
    "对全市12家公立医院开展绩效考核，考核合格科室占比达到95.3%。",      # the hospitals' departments
    "对全市12家二级以上医院开展医疗质量专项检查，门诊处方合格率为96.8%。",  # their prescriptions
])
def test_a_share_of_the_parts_or_people_of_the_things_counted_is_no_share_of_them(text):
    assert not [v for v, _ in _rows(granularity, text) if v == "inconsistent"]


def test_a_share_of_the_things_counted_themselves_is_still_judged():
    assert _rows(granularity, "对全区21所中小学实施校园安全标准化创建，经市级验收，达标学校占比达到65%。") == [
        ("inconsistent", "65% of 21所")]
    # a survey's respondents counted in questionnaires are the people asked
    assert ("inconsistent", "91.35% of 583份") in _rows(
        granularity, "共发放问卷600份，回收有效问卷583份，群众满意率91.35%。")


def test_one_more_kind_named_after_a_list_completes_it_when_it_fits():
    from analysis.rules.sums import parts_sum
    text = "学校共有在校生{}人，其中初一学生560人、初二学生540人、初三学生520人，另有随班就读残疾学生30人。"
    assert _rows(parts_sum, text.format(1650)) == [("consistent", "1650人 = 560人 + 540人 + 520人 + 30人")]
    assert [v for v, _ in _rows(parts_sum, text.format(1660))] == ["inconsistent"]  # (fits with neither)


def test_the_target_set_for_a_part_is_no_part():
    from analysis.rules.sums import parts_sum
    text = "全年完成造林绿化2.6万亩，其中人工造林1.8万亩，完成了市下达的1.5万亩年度人工造林任务。"
    assert _rows(parts_sum, text) == []
    assert _rows(target_met, text) == [("consistent", "1.8万亩; target 1.5万亩 (met)")]


def test_a_flattened_tables_measures_kept_down_by_their_name_or_their_cost_class():
    table = ("一级指标 二级指标 三级指标 年度指标值 实际完成值 完成情况\n"
             "效益指标 生态效益指标 管网漏损率 12% {leak} 完成\n产出指标 质量指标 投诉办结率 95% {done} 完成\n"
             "成本指标 经济成本指标 亩均投资 1500元 {cost} 完成\n产出指标 质量指标 亩均化肥使用量 25公斤 {fert} 完成\n")
    ok = _rows(target_met, table.format(leak="9.8%", done="97.1%", cost="1480元", fert="23公斤"))
    assert [v for v, _ in ok] == ["consistent"] * 4
    bad = _rows(target_met, table.format(leak="12.6%", done="93.1%", cost="1520元", fert="26公斤"))
    assert [v for v, _ in bad] == ["inconsistent"] * 4
