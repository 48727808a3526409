"""Round 34 (nineteenth session): readings added while the tuning sets' misses were read, each with sentences that hold,
that fail and that sit on the rounding boundary."""
from analysis.rules.shares import percent_sum
from rules_cases import run, verdicts_stated as _rows


def test_shares_joined_by_dunhao_are_items_of_one_list():
    # (the second share's stem was read back to the first: 公办学校占81.6%、民办学校 — no list, no row)
    assert _rows(percent_sum, "全市义务教育阶段在校生中，公办学校占81.6%、民办学校占19.4%。") == [
        ("inconsistent", "81.6% + 19.4%")]
    assert _rows(percent_sum, "全市义务教育阶段在校生中，公办学校占81.6%、民办学校占18.4%。") == [
        ("consistent", "81.6% + 18.4%")]
    # two shares to one decimal may sum to 99.9–100.1: 100.1 stands on the edge and holds, 100.2 is over it
    assert _rows(percent_sum, "在校生中，公办学校占81.6%、民办学校占18.5%。")[0][0] == "consistent"
    assert _rows(percent_sum, "在校生中，公办学校占81.6%、民办学校占18.6%。")[0][0] == "inconsistent"


def test_an_average_per_person_is_no_count_a_rate_is_of():
    from analysis.rules.shares import granularity
    # (a court's figures: 246件 is the cases each judge closed on average, 4.4% a rate of the appeals)
    text = ("全市法院受理案件10.2万件，结案8.8万件，员额法官人均结案246件，案件平均审理天数60天；"
            "二审发回重审率4.4%，同比下降1.62%。")
    assert [v for v, _ in _rows(granularity, text) if v == "inconsistent"] == []
    # a count of the cases the rate is of is still judged
    assert _rows(granularity, "对246件案件开展评查，合格率4.4%。") == [("inconsistent", "4.4% of 246件")]


def test_a_second_unit_after_a_number_is_a_slip_not_a_blank():
    from analysis.rules.placeholder import placeholder
    assert _rows(placeholder, "新建学生宿舍楼等6栋校舍，建筑面积1.35万元平方米、规划总投资2452万元。") == []
    assert _rows(placeholder, "新建学生宿舍楼等6栋校舍，建筑面积平方米、规划总投资2452万元。") == [
        ("missing", "建筑面积平方米")]


def test_a_budget_and_its_outturn_named_so_against_a_ceiling_claim():
    from analysis.rules.targets import target_met
    text = "“三公”经费预算数42万元，决算数{}万元，控制在预算数以内。"
    assert _rows(target_met, text.format("45.6")) == [("inconsistent", "45.6万元; target 42万元 (met)")]
    assert _rows(target_met, text.format("38.6")) == [("consistent", "38.6万元; target 42万元 (met)")]
    # on the boundary: spending the whole budget is within it
    assert _rows(target_met, text.format("42"))[0][0] == "consistent"


def test_a_target_in_brackets_after_the_claim_of_it():
    from analysis.rules.targets import target_met
    assert _rows(target_met, "地表水考核断面水质优良比例91.7%，提前实现规划目标（100%）。") == [
        ("inconsistent", "91.7%; target 100% (met)")]
    assert _rows(target_met, "地表水考核断面水质优良比例91.7%，实现年度目标（90%）。") == [
        ("consistent", "91.7%; target 90% (met)")]
    assert _rows(target_met, "地表水考核断面水质优良比例91.7%，未完成年度目标（95%）。") == [
        ("consistent", "91.7%; target 95% (not met)")]
    # the bracket after a value (…71.5%（目标值70%）) is read as before, whatever precedes it
    text = ("居民电子健康档案建档20.9万人，建档率88.6%，完成了“建档率90%以上”的年度目标。"
            "65岁以上老年人健康管理2.86万人，健康管理率71.5%（目标值70%）。")
    assert ("consistent", "71.5%; target 70% (met)") in _rows(target_met, text)


def test_a_rate_named_by_the_heads_of_two_items_counts_both():
    from analysis.rules.shares import share_of_total
    text = "审结民商事案件4,517件，其中调解结案1,386件、撤诉结案1,102件，调撤率{}。"
    assert _rows(share_of_total, text.format("55.1%")) == [("consistent", "55.1% (1,386件+1,102件 of 4,517件)")]
    assert _rows(share_of_total, text.format("57.1%")) == [("inconsistent", "57.1% (1,386件+1,102件 of 4,517件)")]
    # (2488/4517 = 55.08%: 55.0% needs 54.95–55.05 — off by the rounding, so wrong)
    assert _rows(share_of_total, text.format("55.0%"))[0][0] == "inconsistent"


def test_a_ratios_short_name_in_brackets_is_no_scope():
    from analysis.rules.shares import share_of_total
    text = "全年医院业务收入1.86亿元，由医疗收入1.02亿元和药品收入0.79亿元构成，药品收入占业务收入的比重（药占比）为{}。"
    assert _rows(share_of_total, text.format("42.5%")) == [("consistent", "42.5% (0.79亿元 of 1.86亿元)")]
    assert _rows(share_of_total, text.format("44.5%")) == [("inconsistent", "44.5% (0.79亿元 of 1.86亿元)")]
    # a basis in brackets changes the whole: left alone
    assert _rows(share_of_total, "全县共有中小学68所，其中民办学校12所，民办学校占学校总数的比重（含民办幼儿园）为20.5%。") == []


def test_a_sum_spelt_out_by_jiashang_is_read_before_any_pair_of_its_terms():
    from analysis.rules.cumulative import cumulative_vs_new
    # (a sentence before with a total of another scope made the pair 548/286 first, and the sum was never read)
    text = ("全市各级政府部门（含县区）全年共办理各级政协提案394件。本届政协以来，十一届一次会议交办市政府系统提案272件，"
            "加上本次会议的286件，本届累计办理提案{}件。")
    assert _rows(cumulative_vs_new, text.format(548)) == [("inconsistent", "previous 272件 + new 286件 = current 548件")]
    assert _rows(cumulative_vs_new, text.format(558)) == [("consistent", "previous 272件 + new 286件 = current 558件")]
    # a running total named by no noun of its own (总数达到…) is the sum too; the old stock is no cumulative of the new
    text = "全县原有农家书屋126个，加上今年新建的18个，总数达到{}个。"
    assert _rows(cumulative_vs_new, text.format(148)) == [("inconsistent", "previous 126个 + new 18个 = current 148个")]
    assert _rows(cumulative_vs_new, text.format(144)) == [("consistent", "previous 126个 + new 18个 = current 144个")]


def test_an_actual_flow_after_its_plan_is_named_by_the_plan():
    from analysis.rules.cumulative import cumulative_vs_new
    text = ("年度计划新建农民体育健身工程15个，实际新建18个，超额完成任务。"
            "农民体育健身工程在上年底86个的基础上，累计达到{}个。")
    assert _rows(cumulative_vs_new, text.format(106)) == [("inconsistent", "previous 86个 + new 18个 = current 106个")]
    assert _rows(cumulative_vs_new, text.format(104)) == [("consistent", "previous 86个 + new 18个 = current 104个")]
    # the plan itself is no flow: with no actual figure nothing is added up
    assert _rows(cumulative_vs_new, "年度计划新建农民体育健身工程15个。农民体育健身工程在上年底86个的基础上，累计达到106个。") == []


def test_full_coverage_claimed_after_a_rate_is_not_judged():
    # (a reviewer's counter-examples: the coverage claimed is mostly of a subset or of another measure)
    from analysis.rules.targets import target_met
    assert [v for v, _ in _rows(target_met, "家庭医生签约率达到76.3%，实现了重点人群签约服务全覆盖。")
            if v == "inconsistent"] == []
    assert [v for v, _ in _rows(target_met, "全市社区卫生服务机构覆盖率达到95.1%，实现了城区全覆盖。")
            if v == "inconsistent"] == []


def test_a_value_within_a_target_range():
    from analysis.rules.targets import target_met
    text = "地区生产总值完成412.6亿元，增长{}，处在7.5%—8%的预期目标区间。"
    assert _rows(target_met, text.format("7.9%"))[0][0] == "consistent"
    assert _rows(target_met, text.format("8.3%"))[0][0] == "inconsistent"
    # on the upper end: 8.0% lies within under one reading of its rounding
    assert _rows(target_met, text.format("8.0%"))[0][0] == "consistent"


def test_a_warning_line_is_a_ceiling_and_a_change_before_a_bare_ceiling_is_its_value():
    from analysis.rules.targets import target_met
    assert _rows(target_met, "年末政府债务余额21.4亿元，债务率108.6%，低于100%的警戒线。")[0][0] == "inconsistent"
    assert _rows(target_met, "年末政府债务余额21.4亿元，债务率78.6%，低于100%的警戒线。")[0][0] == "consistent"
    assert _rows(target_met, "居民消费价格总水平上涨4.6%，控制在4%的调控目标之内。") == [
        ("inconsistent", "4.6%; target 4% (met)")]
    assert _rows(target_met, "居民消费价格总水平上涨2.9%，控制在4%左右的调控目标之内。") == [
        ("consistent", "2.9%; target 4%左右 (met)")]


def test_a_count_after_gong_whose_numbered_items_a_colon_opens():
    from analysis.rules.enumeration import enumeration_count
    items = "①新冠疫苗接种；②基本公共卫生服务项目；③家庭医生签约服务；④结果互认；⑤标准化建设；⑥卫生应急能力提升。"
    assert _rows(enumeration_count, "年度重点任务（共7项）已全部完成：" + items)[0][0] == "inconsistent"
    assert _rows(enumeration_count, "年度重点任务（共6项）已全部完成：" + items)[0][0] == "consistent"
    # one row for one list, when the count's digits were read already (3项：①…)
    assert len(_rows(enumeration_count, "整改任务共3项：①修订制度，完善流程。②建立台账。③开展培训。")) == 1


def test_a_base_compared_with_inside_yu_xiangbi_and_a_base_of_a_named_year():
    from analysis.rules.growth import growth
    # (the base between 与 and 相比 was read as this year's value, and a base implied for it)
    assert _rows(growth, "全市常住人口为286.4万人，与上年的273.7万人相比，增长4.6%。") == [
        ("consistent", "286.4万人，增长4.6%，上年 273.7万人")]
    assert _rows(growth, "全市常住人口为286.4万人，与上年的273.7万人相比，增长5.6%。")[0][0] == "inconsistent"
    # a change on a year long past: unverifiable, the base it implies said to be of that year (与2010年相比 is not read
    # as a frame: a reviewer's 与上年相比增长2.1%，与2020年相比增加3.5万吨 took the 2020 change as last year's)
    rows = run(growth, "全市常住人口为286.4万人，比2010年增加12.7万人。", year=2020)
    assert [r["verdict"] for r in rows] == ["unverifiable"] and "a 2010 base" in rows[0]["computed"]
    assert "2010年数" in rows[0]["explanation_zh"]
    rows = run(growth, "地方财政收入2.14亿元，比上年增长18.2%。", year=2009)
    assert "prior-year base" in rows[0]["computed"]


def test_the_base_framed_by_yu_shangnianmo_xiangbi_with_no_comma():
    from analysis.rules.growth import growth
    text = "全市常住人口为286.4万人，与上年末的273.7万人相比增长{}。"
    assert _rows(growth, text.format("4.6%")) == [("consistent", "286.4万人，增长4.6%，上年 273.7万人")]
    assert _rows(growth, text.format("5.6%"))[0][0] == "inconsistent"


def test_an_indicator_line_named_in_the_clause_before_its_target():
    from analysis.rules.targets import target_met
    line = "（六）满意度指标：救助对象满意度，目标值≥90%，实际值{}，{}。"
    assert _rows(target_met, line.format("94.7%", "已完成")) == [("consistent", "94.7%; target 90% (met)")]
    assert _rows(target_met, line.format("84.7%", "已完成")) == [("inconsistent", "84.7%; target 90% (met)")]
    assert _rows(target_met, line.format("84.7%", "未完成")) == [("consistent", "84.7%; target 90% (not met)")]
    # on the boundary: 90.0% meets ≥90%
    assert _rows(target_met, line.format("90.0%", "已完成"))[0][0] == "consistent"


def test_a_target_set_by_its_work_and_the_running_total_before_its_percentage():
    from analysis.rules.targets import target_met
    text = "全年目标查处案件90件，上半年查处47件，完成全年目标的{}。"
    assert _rows(target_met, text.format("52.2%")) == [("consistent", "47件 = 52.2% of target 90件")]
    assert _rows(target_met, text.format("55.2%")) == [("inconsistent", "47件 = 55.2% of target 90件")]
    # (the earlier years' part was taken as the value done: a false alarm on a report with no error)
    text = ("“十三五”规划目标建设高标准农田15万亩，2016-2018年累计建成10.12万亩，加上今年建成的面积，"
            "累计达到13.74万亩，完成规划目标的{}。")
    assert _rows(target_met, text.format("91.6%")) == [("consistent", "13.74万亩 = 91.6% of target 15万亩")]
    assert _rows(target_met, text.format("93.6%")) == [("inconsistent", "13.74万亩 = 93.6% of target 15万亩")]


def test_a_table_head_copied_one_cell_a_line_is_no_blank():
    from analysis.rules.placeholder import placeholder
    table = "全区生产总值增长7.7%。\n2022年全区生产总值及其增长速度\n|\n指 标\n|\n绝对数\n|\n比上年增长%\n|\n生产总值\n|\n295.4\n|\n7.7\n"
    assert _rows(placeholder, table) == []
    assert _rows(placeholder, "全年财政收入比上年增长%，完成年度目标。") == [("missing", "上年增长%")]


def test_round_34_review_counter_examples_raise_no_alarm():
    from analysis.rules.cumulative import cumulative_vs_new
    from analysis.rules.enumeration import enumeration_count
    from analysis.rules.targets import target_met
    quiet = [
        (enumeration_count, "座谈会上收到意见建议共12条，主要有：1.加快道路建设；2.改善供水；3.增加公交线路。"),
        (enumeration_count, "今年市政府确定民生实事共10件，其中重点推进：①修路；②建校；③供水。"),
        (enumeration_count, "年度目标任务共15项，已完成：1.甲；2.乙；3.丙；未完成：4.丁。"),
        (cumulative_vs_new, "全市已有省级森林乡村28个，加上今年新创建的12个，累计创建各级森林乡村65个。"),
        (cumulative_vs_new, "已建成村级卫生室186个，加上今年新建的12个，全县基层医疗卫生机构总数达到226个。"),
        (cumulative_vs_new, "去年建成5G基站2100个，加上今年新建的1800个，累计达到4200个。"),
        (cumulative_vs_new, "中央财政补助资金1.2亿元，加上省级配套资金0.8亿元，项目资金总量达到2.5亿元。"),
        (target_met, "全年地区生产总值增长5.5%，其中第三产业增长6.8%，处在5%—6%的预期目标区间。"),
        (target_met, "居民消费价格上涨2.9%，其中食品价格上涨6.2%，控制在4%左右的调控目标之内。"),
        (target_met, "办件超期率，目标值2%，实际值0.8%，已完成。"),
    ]
    for fn, text in quiet:
        assert [v for v, _ in _rows(fn, text) if v in ("inconsistent", "missing")] == [], text
