"""Round 35 (twentieth session): readings added while the blind probes' misses were read (probe13–15), each with
sentences that hold, that fail and that sit on the rounding boundary."""
from analysis.rules.shares import granularity
from rules_cases import verdicts_stated as _rows


def test_a_percent_of_the_people_of_the_things_counted_is_not_of_them():
    assert _rows(granularity, "全镇12个村中，75%的村民参加了城乡居民医保。") == []
    assert _rows(granularity, "全镇12个村中，70%的村干部参加了培训。") == []


def test_a_list_naming_every_class_of_a_whole_set_is_complete():
    from analysis.rules.sums import parts_sum
    assert _rows(parts_sum, "全县现有中小学68所，其中小学46所、初中17所、高中4所。") == [
        ("inconsistent", "68所 = 46所 + 17所 + 4所")]
    assert _rows(parts_sum, "全县现有中小学67所，其中小学46所、初中17所、高中4所。") == [
        ("consistent", "67所 = 46所 + 17所 + 4所")]
    # 学校 may hold kindergartens and vocational schools too: the gap stays unitemized, no alarm
    assert _rows(parts_sum, "全县现有学校68所，其中小学46所、初中17所、高中4所。")[0][0] == "unverifiable"
    # a budget's total: this year's spending and the balance carried over are all of it
    assert _rows(parts_sum, "支出总计4,186.52万元，其中：本年支出3,815.40万元，年末结转和结余371.12万元。") == [
        ("consistent", "4,186.52万元 = 3,815.40万元 + 371.12万元")]
    assert _rows(parts_sum, "支出总计4,186.52万元，其中：本年支出3,815.40万元，年末结转和结余317.12万元。") == [
        ("inconsistent", "4,186.52万元 = 3,815.40万元 + 317.12万元")]


def test_items_said_to_be_the_top_few_are_a_selection():
    from analysis.rules.sums import parts_sum
    lead = "市政府共承办市人大代表建议和政协委员提案387件。从承办单位看，市住建局承办54件，市交通运输局承办41件，市教育局承办37件"
    assert _rows(parts_sum, lead + "，承办量居前三位。") == []
    assert _rows(parts_sum, lead + "，承办量位列全市前三名。") == []
    # without those words the classification lead closes the list: 132 of 387 is wrong
    assert _rows(parts_sum, lead + "。") == [("inconsistent", "387件 = 54件 + 41件 + 37件")]


def test_a_count_pointed_back_to_by_zhe_with_another_value():
    from analysis.rules.crossref import cross_reference
    said = "全年受理群众诉求3,856件，已解决3,602件。"
    assert _rows(cross_reference, said + "这3,865件诉求中，物业管理类1,204件。") == [
        ("inconsistent", "3,856件; 这3,865件诉求")]
    assert _rows(cross_reference, said + "这3,856件诉求中，物业管理类1,204件。") == [("consistent", "3,856件; 3,856件")]
    # an earlier sentence may state the count once more; 这 is of the sentence right before
    assert ("inconsistent", "3,856件; 这3,865件诉求") in _rows(
        cross_reference, "通过热线受理群众诉求3,856件。" + said + "这3,865件诉求中，物业管理类1,204件。")
    # 这 pointing at a part (其中来电诉求2,100件) is of that part: no conflict with the whole
    assert [v for v, _ in _rows(cross_reference, "全年受理群众诉求3,856件，其中来电诉求2,100件。这2,100件诉求中，"
                                                 "物业管理类1,204件。") if v == "inconsistent"] == []


def test_classes_named_before_their_count_closing_the_clause():
    from analysis.rules.enumeration import enumeration_count
    said = "上述志愿服务活动分为环境整治、助老助残、文明宣传{}，分别开展96场次、78场次和61场次。"
    assert _rows(enumeration_count, said.format("三类")) == [("consistent", "活动分为环境整治、助老助残、文明宣传三类")]
    # a miscount is called where the list is surely the count's own (short names with no verb: 环境整治 holds one)
    assert _rows(enumeration_count, said.format("四类")) == []
    said = "全年受理信访事项412件，按反映问题分为城建、劳动、教育、医疗{}，分别为118件、96件、87件和111件。"
    assert _rows(enumeration_count, said.format("四类")) == [("consistent", "城建、劳动、教育、医疗四类")]
    assert _rows(enumeration_count, said.format("五类")) == [("inconsistent", "城建、劳动、教育、医疗五类")]
    # a list closed by 等 cannot be counted
    assert _rows(enumeration_count, "按内容分为城乡建设、教育卫生等三类，分别为118件、96件、87件。")[0][0] == "unverifiable"
    # a count of things, not of classes, closing its clause is no count of the list (城关、河口、新城3个，)
    assert _rows(enumeration_count, "涉及城关、河口、新城、东坝3个，共建成站点12个。") == []


def test_an_absolute_change_after_from_to_named_by_a_plain_verb():
    from analysis.rules.growth import growth
    said = "平均住院日由上年的7.8天缩短至7.2天，下降{}。"
    assert _rows(growth, said.format("0.6天"))[0][0] == "consistent"
    assert _rows(growth, said.format("0.9天"))[0][0] == "inconsistent"
    # 7.8 and 7.2 stand for [7.75, 7.85) and [7.15, 7.25): a fall of 0.5 sits on the edge and holds, 0.4 does not
    assert _rows(growth, said.format("0.5天"))[0][0] == "consistent"
    assert _rows(growth, said.format("0.4天"))[0][0] == "inconsistent"
    assert _rows(growth, "门诊人次由上年的12.5万人次增加到13.8万人次，增长1.3万人次。")[0][0] == "consistent"
    # with no levels around it, a bare change names no base
    assert [v for v, _ in _rows(growth, "门诊人次13.8万人次，增长1.3万人次。") if v == "inconsistent"] == []


def test_a_rate_of_a_figure_broken_down_in_full_before_it():
    from analysis.rules.shares import share_of_total
    said = ("本次审计共发现问题金额3.86亿元。有关部门已整改问题金额2.91亿元，其中上缴财政0.63亿元、归还原资金渠道0.87亿元、"
            "调整账目{}亿元，整改率为{}。")
    # 2.91/3.86 = 75.39%: 75.4% holds, 76.4% does not
    assert _rows(share_of_total, said.format("1.41", "75.4%")) == [("consistent", "75.4% (2.91亿元 of 3.86亿元)")]
    assert _rows(share_of_total, said.format("1.41", "76.4%")) == [("inconsistent", "76.4% (2.91亿元 of 3.86亿元)")]
    # a 其中 list that does not add up to the figure opens a subset: the rate may be of it — no pairing
    assert _rows(share_of_total, said.format("0.41", "75.4%")) == []


def test_abc_classes_of_a_framed_count():
    from analysis.rules.shares import percent_sum
    said = ("在主办的22件建议中，所提问题已经解决或基本解决的（A类）占{}，正在解决或列入计划逐步解决的（B类）占27%，"
            "因条件限制暂时无法解决、作出解释说明的（C类）占9%。")
    # A, B and C grade every answer: 60 + 27 + 9 = 96, three whole percents may sum to 98.5–101.5 only
    assert _rows(percent_sum, said.format("60%")) == [("inconsistent", "60% + 27% + 9%")]
    assert _rows(percent_sum, said.format("64%")) == [("consistent", "64% + 27% + 9%")]
    # (63 + 27 + 9 = 99 may be 97.5–100.5 and holds; 62 + 27 + 9 = 98 may reach 99.5 only)
    assert _rows(percent_sum, said.format("63%"))[0][0] == "consistent"
    assert _rows(percent_sum, said.format("62%"))[0][0] == "inconsistent"
    # each class is k of the 22 framed: the later shares of the series take its n
    assert ("consistent", "27% of 22件") in _rows(granularity, said.format("64%"))
    assert ("consistent", "9% of 22件") in _rows(granularity, said.format("64%"))
    # two classes alone are no complete split
    assert _rows(percent_sum, "在主办的22件建议中，已经解决的（A类）占60%，正在解决的（B类）占27%。") == []


def test_a_cut_and_its_width_named_by_the_cut():
    from analysis.rules.growth import growth
    # (112 − 74)/112 = 33.93%: 精简幅度 is a fall, 精简为 reaches the level as 精简到 does
    assert _rows(growth, "市级行政审批事项由112项精简到74项，精简幅度33.9%。")[0][0] == "consistent"
    assert _rows(growth, "市级行政审批事项由112项精简到74项，精简幅度35.9%。")[0][0] == "inconsistent"
    assert _rows(growth, "市本级行政审批事项由187项精简为121项，精简幅度达35.3%。")[0][0] == "consistent"
    # (86 − 62)/86 = 27.907%: 27.9% holds, 28.0% does not
    assert _rows(growth, "会议数量由上年的86次压减为62次，压减幅度27.9%。")[0][0] == "consistent"
    assert _rows(growth, "会议数量由上年的86次压减为62次，压减幅度28.0%。")[0][0] == "inconsistent"


def test_an_industrys_share_change_after_the_structure_then_and_now():
    from analysis.rules.growth import growth
    said = "三次产业结构由上年的9.1:42.0:48.9调整为8.7:40.8:50.5，{}。"
    assert _rows(growth, said.format("第三产业比重提高1.6个百分点"))[0][0] == "consistent"
    assert _rows(growth, said.format("第三产业比重提高2.6个百分点"))[0][0] == "inconsistent"
    assert _rows(growth, said.format("第一产业比重下降0.4个百分点"))[0][0] == "consistent"
    # one decimal each: 50.5 − 48.9 may be 1.5–1.7, so 1.7 sits on the edge and holds, 1.8 does not
    assert _rows(growth, said.format("第三产业比重提高1.7个百分点"))[0][0] == "consistent"
    assert _rows(growth, said.format("第三产业比重提高1.8个百分点"))[0][0] == "inconsistent"
    # without the structure then, the change stays unverifiable
    assert _rows(growth, "三次产业结构为8.7:40.8:50.5，第三产业比重提高1.6个百分点。")[0][0] == "unverifiable"


def test_a_count_told_again_with_its_noun_after_it():
    from analysis.rules.crossref import cross_reference
    said = "全年开展日间手术1,052台次，日间手术病种扩大到28个，{}台次日间手术均未发生非计划再入院。"
    # two neighbouring digits swapped: a slip of the one count
    assert _rows(cross_reference, said.format("1,025")) == [("inconsistent", "1,052台次; 1,025台次")]
    assert ("consistent", "1,052台次; 1,052台次") in _rows(cross_reference, said.format("1,052"))
    # another value that is no slip may be another set (those without readmission): no alarm
    assert [v for v, _ in _rows(cross_reference, said.format("986")) if v == "inconsistent"] == []
    # a part (其中…) and the whole of a share (占全镇24个行政村) are no restatement
    assert [v for v, _ in _rows(cross_reference, "全年开展日间手术1,052台次，其中1,025台次日间手术为医保患者。")
            if v == "inconsistent"] == []
    assert [v for v, _ in _rows(cross_reference, "全镇通水泥路的行政村达到21个，占全镇24个行政村的87.5%。")
            if v == "inconsistent"] == []
    # the longest shared name picks the count: 日间手术, not 住院手术
    assert ("inconsistent", "1,052台次; 1,025台次") in _rows(
        cross_reference, "全院完成住院手术8,460台次。" + said.format("1,025"))


def test_rates_after_a_frame_listing_last_years_values():
    from analysis.rules.growth import growth
    said = ("全年全县共发生各类生产安全事故46起，死亡23人，受伤31人。与上年的58起、死亡29人相比，事故起数下降{}，"
            "死亡人数下降20.7%。")
    # 46/58 − 1 = −20.69% and 23/29 − 1 = −20.69%: the frame's values are last year's, the sentence before this year's
    assert [v for v, _ in _rows(growth, said.format("20.7%"))] == ["consistent", "consistent"]
    assert _rows(growth, said.format("22.7%"))[0] == ("inconsistent", "46起，下降22.7%，上年 58起")
    # a value compared with is never this year's (it was read as the current value, a base implied for it)
    assert all("上年 29人" in stated for _, stated in _rows(growth, said.format("20.7%"))[1:])


def test_a_classification_after_two_totals_told_side_by_side():
    from analysis.rules.shares import share_of_total
    from analysis.rules.sums import parts_sum
    said = ("区政府承办的136件人大代表建议中，主办件112件、协办件24件；176件政协提案中，主办件149件、协办件27件。"
            "从内容看，涉及城乡建设类的94件，占30.1%；教育卫生类的71件；社会保障类的58件。")
    # the classes may be of both (312件: 94/312 = 30.1%) — neither 176 nor 136 is sure to be their whole
    assert [v for v, _ in _rows(parts_sum, said) if v == "inconsistent"] == []
    assert [v for v, _ in _rows(share_of_total, said) if v == "inconsistent"] == []
    # one total with its breakdown: a second breakdown of it is still judged
    one = ("区政府承办政协提案176件，其中主办件149件、协办件27件。从内容看，涉及城乡建设类的94件；教育卫生类的71件；"
           "社会保障类的58件。")
    assert ("inconsistent", "176件 = 94件 + 71件 + 58件") in _rows(parts_sum, one)


def test_a_rate_named_by_its_metric_of_the_whole_a_list_was_taken_from():
    from analysis.rules.growth import growth
    said = ("全年共受理群众来信、来访及网上信访1286件（次），其中来信214件、来访397批次、网上信访675件。"
            "信访总量比上年的1402件（次）下降{}，连续三年保持下降态势。")
    # 1286/1402 − 1 = −8.27%: the total, not 网上信访675件 its list also names
    assert _rows(growth, said.format("8.3%")) == [("consistent", "1286件，下降8.3%，上年 1402件")]
    assert _rows(growth, said.format("9.3%")) == [("inconsistent", "1286件，下降9.3%，上年 1402件")]


def test_all_dealt_with_then_graded_into_every_class():
    from analysis.rules.sums import parts_sum
    said = ("截至10月底，387件建议提案已全部按期办复。办复结果中，所提问题已经解决或基本解决的（A类）203件，"
            "正在解决或已列入计划逐步解决的（B类）152件，因条件限制需今后研究解决的（C类）{}件。")
    assert _rows(parts_sum, said.format("28")) == [("inconsistent", "387件 = 203件 + 152件 + 28件")]
    assert _rows(parts_sum, said.format("32")) == [("consistent", "387件 = 203件 + 152件 + 32件")]
    # not all answered yet: the graded ones are of those answered, no row
    assert _rows(parts_sum, said.format("28").replace("已全部按期办复", "已办复380件")) == []


def test_a_total_what_was_done_of_it_and_the_rest_named():
    from analysis.rules.sums import parts_sum
    said = "农机购置补贴资金共计1862万元，已兑付1540万元，剩余资金{}万元结转下年使用。"
    assert _rows(parts_sum, said.format("222")) == [("inconsistent", "1862万元 = 1540万元 + 222万元")]
    assert _rows(parts_sum, said.format("322")) == [("consistent", "1862万元 = 1540万元 + 322万元")]
    # amounts in 万元 stand for ±0.5万: 1540 + 320.9 may reach 1861.4 — short of 1861.5, wrong; 321 holds
    assert _rows(parts_sum, said.format("321"))[0][0] == "consistent"
    assert _rows(parts_sum, said.format("320"))[0][0] == "inconsistent"
    # no total word, no 已: the rest may be of another figure (a weak pairing, only when it holds)
    assert _rows(parts_sum, "农机购置补贴资金1862万元，兑付1540万元，剩余资金222万元结转下年使用。") == []


def test_proposals_all_answered_then_graded_in_the_standard_words():
    from analysis.rules.sums import parts_sum
    said = ("市政协十届四次会议以来，市政府共承办提案312件，其中主办268件、会办44件。\n截至2015年8月31日，承办的提案全部"
            "按期办结，办结率100%。其中，所提问题已解决或基本解决的173件，列入计划逐步解决的98件，因条件限制暂时难以解决"
            "并作出解释的{}件。")
    assert ("inconsistent", "312件 = 173件 + 98件 + 37件") in _rows(parts_sum, said.format("37"), 2015)
    assert ("consistent", "312件 = 173件 + 98件 + 41件") in _rows(parts_sum, said.format("41"), 2015)
    # two grades alone are no complete grading: no row for them
    two = said.format("37").replace("，因条件限制暂时难以解决并作出解释的37件", "")
    assert [r for r in _rows(parts_sum, two, 2015) if "173件" in r[1]] == []


def test_a_share_change_with_last_years_level_inside_its_clause():
    from analysis.rules.growth import growth
    said = "系统办理的建议中，A类79件，占61.7%；B类41件，占32.0%；C类8件，占6.3%。A类比例比上年的55.4%提高了{}个百分点。"
    # 61.7 − 55.4 = 6.3, each to one decimal: 6.2–6.4 holds, 6.5 does not
    assert _rows(growth, said.format("6.3")) == [("consistent", "61.7%，提高6.3个百分点，上年 55.4%")]
    assert _rows(growth, said.format("6.4"))[0][0] == "consistent"
    assert _rows(growth, said.format("6.5"))[0][0] == "inconsistent"
    assert _rows(growth, said.format("5.3")) == [("inconsistent", "61.7%，提高5.3个百分点，上年 55.4%")]


def test_a_share_named_by_the_first_character_of_its_item():
    from analysis.rules.shares import share_of_total
    said = "全年医疗业务收入4.86亿元，其中药品收入1.32亿元、卫生材料收入0.71亿元、医疗服务收入2.63亿元，药占比为{}。"
    # 1.32/4.86 = 27.03–27.29% with both amounts rounded: 27.2% holds, 27.4% does not
    assert _rows(share_of_total, said.format("27.2%")) == [("consistent", "27.2% (1.32亿元 of 4.86亿元)")]
    assert _rows(share_of_total, said.format("27.4%")) == [("inconsistent", "27.4% (1.32亿元 of 4.86亿元)")]
    # two items open with the character: which one is not known
    assert _rows(share_of_total, "医疗收入3.46亿元，其中药品收入0.98亿元、药事服务收入0.12亿元，药占比为28.3%。") == []


def test_good_air_days_over_the_days_of_the_year():
    from analysis.rules.shares import share_of_total
    said = "全年空气质量优良天数{}天，优良率{}，比上年提高2.6个百分点。"
    # 311/365 = 85.205%: 85.2% holds; in a leap year 312/366 = 85.246%
    assert _rows(share_of_total, said.format("311", "85.2%"), 2025) == [("consistent", "85.2% (311天 of 365天)")]
    assert _rows(share_of_total, said.format("312", "85.2%"), 2024) == [("consistent", "85.2% (312天 of 366天)")]
    # a rate that no year's days give may be over the days monitored (fewer, a station down): no row, no alarm
    assert _rows(share_of_total, said.format("311", "86.2%"), 2025) == []


def test_a_percent_framed_by_zhong_needs_a_verb_of_doing_after_its_noun():
    # 9个社区中已有78%建成…: the communities counted, a verb of what they did — k of n
    assert _rows(granularity, "辖区9个社区中已有78%建成“15分钟便民生活圈”。") == [("consistent", "78% of 9个社区")]
    assert _rows(granularity, "辖区9个社区中已有80%建成“15分钟便民生活圈”。") == [("inconsistent", "80% of 9个社区")]
    # a review's counter-examples (twentieth session): the percent is of the people or the money of the things framed
    for text in ("全县21所中小学中，72%的学校教师参加了信息化能力提升培训。", "全校36个教学班中，85%的班级学生体质健康测试达标。",
                 "全区38个行政村中，75%的村集体经济收入来自物业出租。", "25个项目中，71%的项目资金已拨付到位。"):
        assert [v for v, _ in _rows(granularity, text) if v == "inconsistent"] == [], text


def test_review_counter_examples_of_withdrawn_readings():
    # withdrawn after the review: "the X that…" over a count of the sentence before (another population, year or the
    # new ones only), the three industries with the whole said once (electricity, loans, shares of the province), and
    # bare class percents after a classification colon (growth rates and per-class rates)
    from analysis.rules.shares import percent_sum
    assert [v for v, _ in _rows(granularity, "今年新认定高新技术企业23家。目前，全市研发投入强度超过3%的企业占比为41.2%。")
            if v == "inconsistent"] == []
    for text in ("第一产业用电量占全社会用电量的比重为1.5%，第二产业为65.2%，第三产业为17.6%。",
                 "全市第一产业增加值占全省的比重为8.6%，第二产业为10.2%，第三产业为9.5%。",
                 "分登记注册类型看：国有企业增长2.1%，集体企业下降3.5%，股份制企业增长6.8%，其他企业增长4.2%。",
                 "按企业规模分：大型企业产能利用率为78.5%、中型企业为72.3%、小型企业为65.1%、其他为60.2%。"):
        assert [v for v, _ in _rows(percent_sum, text) if v == "inconsistent"] == [], text


def test_zhe_points_at_the_count_it_agrees_with():
    from analysis.rules.crossref import cross_reference
    for text in ("全年共受理群众诉求3,856件，按期办结3,812件。这3,812件诉求的群众满意率为96.3%。",
                 "全年共办理行政复议案件126件，审结118件。这118件案件中，维持原行政行为的92件。",
                 "上年受理群众诉求3,102件。今年受理诉求3,856件，这3,856件诉求中，物业类占36.2%。"):
        assert [v for v, _ in _rows(cross_reference, text) if v == "inconsistent"] == [], text
