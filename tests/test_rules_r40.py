"""Round 40 (twenty-fifth session): readings mended while the burned sets tuning64–66 (the former heldout90, heldout93
and heldout47) were read, each with sentences that hold, that fail and that sit on a boundary, and decoys."""
from analysis.rules.enumeration import enumeration_count
from analysis.rules.shares import granularity, share_of_total
from analysis.rules.sums import parts_sum
from rules_cases import verdicts_stated as _rows


def _verdicts(rule, text: str) -> list[str]:
    return [v for v, _ in _rows(rule, text)]


def test_after_a_semicolon_another_act_ends_a_list_of_kinds():
    lead = "全年受理商标注册申请2,460件，其中商品商标1,820件、服务商标{x}件、集体商标42件；获得商标核准1,310件。"
    assert _verdicts(parts_sum, lead.format(x="612")) == ["inconsistent"]
    assert _verdicts(parts_sum, lead.format(x="598")) == ["consistent"]
    # the next clause names the items' own noun (…商标): still the list
    assert _verdicts(parts_sum, "全年受理商标注册申请2,460件，其中商品商标1,820件、服务商标598件；集体商标42件。") \
        == ["consistent"]


def test_a_share_of_the_total_named_by_zong_is_of_the_one_figure_carrying_that_name():
    text = "全年支出2,418.60万元。支出中，人员经费1,102.35万元，公用经费1,316.25万元，公用经费占总支出的{x}%。"
    assert _verdicts(share_of_total, text.format(x="58.4")) == ["inconsistent"]
    assert _verdicts(share_of_total, text.format(x="54.4")) == ["consistent"]
    # on the rounding boundary: 1,316.25 / 2,418.60 = 54.4225…%
    assert _verdicts(share_of_total, text.format(x="54.42")) == ["consistent"]
    # the earlier figure named with other words too (上年支出): no sure whole, so no alarm
    assert _verdicts(share_of_total, "上年支出2,418.60万元。支出中，人员经费1,102.35万元，公用经费1,316.25万元，"
                                     "公用经费占总支出的58.4%。") != ["inconsistent"]


def test_things_counted_then_described_then_their_outcome_rate():
    text = "全县12个县级及以上集中式饮用水水源地水质达标率为{x}%。"
    assert _verdicts(granularity, text.format(x="95.8")) == ["inconsistent"]
    assert _verdicts(granularity, text.format(x="91.7")) == ["consistent"]
    # a rate over other things than those counted (the people, not the places): no sure n
    assert _verdicts(granularity, "全县12个乡镇城乡居民医疗保险参保率为95.8%。") != ["inconsistent"]


def test_items_after_a_colon_each_ending_in_the_counted_noun_are_the_list():
    text = "建立健全{n}项制度：项目申报审核制度、资金拨付管理制度、绩效跟踪评价制度和档案管理制度，管理水平明显提高。"
    assert _verdicts(enumeration_count, text.format(n="5")) == ["inconsistent"]
    assert _verdicts(enumeration_count, text.format(n="4")) == ["consistent"]
    # items not all of the counted noun: where the list ends is not told
    assert _verdicts(enumeration_count, "建立健全5项制度：项目申报审核、资金拨付管理制度、绩效跟踪评价制度和档案管理制度，"
                                        "管理水平明显提高。") == []


def test_a_slogan_whose_items_each_say_its_word_once():
    text = ("大力实施“{n}个一批”计划：引进一批高层次人才到重点企业和科研院所任职，培养一批乡土人才，"
            "选派一批科技特派员下乡服务。")
    assert _verdicts(enumeration_count, text.format(n="四")) == ["inconsistent"]
    assert _verdicts(enumeration_count, text.format(n="三")) == ["consistent"]
    # a last item joined by 和 after the echo, named by the head alone: read as before (three listed, not two)
    rows = _rows(enumeration_count, "开展“四个专项行动”：打击非法采砂专项行动、河道清障专项行动和渔政执法“亮剑行动”。")
    assert [v for v, _ in rows] == ["inconsistent"]


def test_a_budgeted_amount_is_no_restatement_of_the_amount_bought():
    from analysis.rules.crossref import cross_reference
    text = ("一、交易基本情况\n全年共完成各类公共资源交易项目520宗，交易总额38.05亿元。其中：工程建设项目招投标210宗，"
            "交易额31.20亿元；政府采购项目310宗，采购金额6.85亿元。\n\n二、政府采购\n全年政府采购预算金额7.32亿元，"
            "实际采购金额{x}亿元，节约资金0.47亿元。")
    assert "inconsistent" not in _verdicts(cross_reference, text.format(x="6.85"))
    # the amount bought restated with two digits swapped is caught; the budget is not read as a third value of it
    rows = _rows(cross_reference, text.format(x="6.58"))
    assert ("inconsistent", "6.85亿元; 6.58亿元") in rows
    assert not any(v == "inconsistent" and "7.32" in s for v, s in rows)


def test_the_years_items_of_a_running_list_and_last_year_ends_level_in_a_clause_of_its_own():
    from analysis.rules.cumulative import cumulative_vs_new
    text = ("2016年以来，全县累计脱贫2.86万人、退出贫困村64个，其中2019年脱贫0.92万人、退出贫困村{v}个。"
            "截至2018年底，全县累计脱贫{p}万人。")
    rows = _rows(cumulative_vs_new, text.format(v="71", p="1.94"), 2019)
    assert ("inconsistent", "cumulative 64个, new 71个") in rows
    assert ("consistent", "previous 1.94万人 + new 0.92万人 = current 2.86万人") in rows
    rows = _rows(cumulative_vs_new, text.format(v="18", p="1.84"), 2019)
    assert ("consistent", "cumulative 64个, new 18个") in rows
    assert any(v == "inconsistent" and s.startswith("previous 1.84万人") for v, s in rows)


def test_done_and_not_done_halves_of_a_figure_named_in_the_sentence_before():
    text = "调查农户900户，其中监测户{m}户、一般农户360户。监测户中，已消除风险户498户，未消除风险户42户。"
    assert ("inconsistent", "540户 = 498户 + 42户") not in _rows(parts_sum, text.format(m="540"))
    assert "consistent" in _verdicts(parts_sum, text.format(m="540"))
    assert ("inconsistent", "552户 = 498户 + 42户") in _rows(parts_sum, text.format(m="552"))
    # the same halves after 其中 in the figure's own sentence
    assert _verdicts(parts_sum, "抽查监测户552户，其中已消除风险户498户，未消除风险户42户。") == ["inconsistent"]
    # two halves that are not one thing done and not done: a 其中 selection, no alarm
    assert "inconsistent" not in _verdicts(parts_sum, "抽查监测户552户，其中已消除风险户498户，新识别户42户。")


def test_a_total_that_counts_its_kinds_as_many_as_are_listed_is_all_of_them():
    text = ("检查的{n}类经营主体共计190家，包括食品生产经营主体72家、药品经营主体41家、"
            "特种设备使用主体38家和餐饮服务经营主体25家。")
    assert _verdicts(parts_sum, text.format(n="4")) == ["inconsistent"]
    assert _verdicts(parts_sum, text.format(n="5")) == []  # five kinds, four listed: a selection
    assert _verdicts(parts_sum, text.format(n="4").replace("25家", "39家")) == ["consistent"]
    # the kinds counted but not named with the counted noun: no sure list
    assert _verdicts(parts_sum, "检查的4类经营主体共计190家，包括食品生产企业72家、药店41家、特种设备使用单位38家和"
                                "餐馆25家。") == []


def test_all_of_a_named_figure_spent_on_the_uses_listed_after_a_colon():
    text = ("全年支出3,286.5万元，其中基本支出1,120.5万元，项目支出2,166.0万元。项目支出全部用于以下方面：道路养护{a}万元，"
            "桥梁维修512万元，安全设施改造386万元，其中桥梁维修资金占项目支出的{p}%。")
    assert ("inconsistent", "2,166.0万元 = 1330万元 + 512万元 + 386万元") in _rows(parts_sum, text.format(a="1330", p="23.6"))
    assert ("consistent", "2,166.0万元 = 1268万元 + 512万元 + 386万元") in _rows(parts_sum, text.format(a="1268", p="23.6"))
    # the share of a use is of the named whole (2,166.0), not of the first use listed after its name
    assert _rows(share_of_total, text.format(a="1268", p="23.6")) == [("consistent", "23.6% (512万元 of 2,166.0万元)")]
    assert _rows(share_of_total, text.format(a="1268", p="32.6")) == [("inconsistent", "32.6% (512万元 of 2,166.0万元)")]
    # the main uses (主要用于) may leave some out: no split read
    assert not any(s.startswith("2,166.0万元") for _, s in _rows(
        parts_sum, text.format(a="1330", p="23.6").replace("全部用于以下方面", "主要用于")))


def test_counts_handed_on_to_bodies_joined_in_a_list_during_the_audit_the_report_is_about():
    from analysis.rules.crossref import cross_reference
    text = ("关于2015年度县级预算执行和其他财政收支的审计工作报告\n"
            "通过审计，共查出违规资金0.86亿元，移送案件线索4件。\n三、移送的问题线索情况\n"
            "审计期间，共向县纪委、县检察院移送案件线索{n}件，涉案金额230万元。")
    assert _rows(cross_reference, text.format(n="6"), 2015) == [("inconsistent", "4件; 6件")]
    assert _rows(cross_reference, text.format(n="4"), 2015) == [("consistent", "4件; 4件")]


def test_a_year_written_before_a_place_opening_with_zhong_is_no_span_of_years():
    from analysis.rules.crossref import cross_reference
    text = ("2022年全市环境质量状况公报\n全年365天中，中心城区环境空气质量优良天数为341天，优良天数比率为93.4%。\n"
            "总体来看，2022年中心城区全年空气质量优良天数达到{n}天，生态环境质量继续保持全省前列。")
    assert ("inconsistent", "341天; 345天") in _rows(cross_reference, text.format(n="345"), 2022)
    assert ("inconsistent", "341天; 341天") not in _rows(cross_reference, text.format(n="341"), 2022)


def test_points_over_a_bracketed_rate_target_count_from_the_target_as_set():
    from analysis.rules.targets import target_met
    text = "一般公共预算收入56.2亿元，增长9.6%，{w}年度目标（增长10%）{p}个百分点。"
    assert _rows(target_met, text.format(w="低于", p="0.4")) == [("consistent", "9.6% vs target 10%: 低0.4个百分点")]
    assert _rows(target_met, text.format(w="低于", p="0.6")) == [("inconsistent", "9.6% vs target 10%: 低0.6个百分点")]
    # on the boundary: 9.6 may be 9.55, 0.45 points under the target as set (exactly 10), which 0.5 may round
    assert _verdicts(target_met, text.format(w="低于", p="0.5")) == ["consistent"]
    # a target is set, not measured: read as 9.5–10.5 it would let 1.0 points pass
    assert _verdicts(target_met, text.format(w="低于", p="1.0")) == ["inconsistent"]


def test_a_plan_named_before_its_work_claimed_done_in_the_sentence_after_the_value():
    from analysis.rules.targets import target_met
    text = "全年完成农网改造投资{a}亿元。年初市公司下达的2.8亿元农网改造投资计划全面完成。"
    assert _verdicts(target_met, text.format(a="2.46")) == ["inconsistent"]
    assert _verdicts(target_met, text.format(a="2.86")) == ["consistent"]
    # the work named otherwise (another investment): no pairing
    assert _verdicts(target_met, "全年完成电网建设投资2.46亿元。年初市公司下达的2.8亿元农网改造投资计划全面完成。") == []


def test_a_standard_or_alarm_line_as_the_target_of_a_level():
    from analysis.rules.targets import target_met
    text = "全县贫困发生率由上年底的6.4%降至{x}%，达到了“贫困发生率降至3%以下”的退出标准。"
    assert _verdicts(target_met, text.format(x="3.4")) == ["inconsistent"]
    assert _verdicts(target_met, text.format(x="2.4")) == ["consistent"]
    line = "年末全县政府债务率为{x}%，比上年下降2.1个百分点，低于100%的警戒线。"
    assert _verdicts(target_met, line.format(x="86.4")) == ["consistent"]
    assert _verdicts(target_met, line.format(x="106.4")) == ["inconsistent"]
    # a payment standard is no target: nothing to meet
    assert _verdicts(target_met, "按每人每月500元的标准发放补助，全年发放补助资金86.4万元。") == []


def test_a_count_named_by_the_noun_after_it_restating_one_named_before_it():
    from analysis.rules.crossref import cross_reference
    text = ("一、基金监管\n全年追回违规医保基金{a}万元，其中行政处罚罚款214.3万元。\n二、存在的问题\n"
            "部分定点机构内控制度不健全，全年追回的{b}万元医保基金中，重复收费问题占比较大。")
    assert ("inconsistent", "1386.5万元; 1368.5万元") in _rows(cross_reference, text.format(a="1386.5", b="1368.5"))
    assert ("consistent", "1386.5万元; 1386.5万元") in _rows(cross_reference, text.format(a="1386.5", b="1386.5"))
    # values no slip of the pen apart may count another set (those of them meant): no alarm
    assert not any(v == "inconsistent" for v, _ in _rows(cross_reference, text.format(a="1386.5", b="1120.0")))
    units = ("检查组深入6个乡镇、36家食品生产经营单位实地检查。\n三、存在的问题\n在实地检查的{n}家食品生产经营单位中，"
             "有11家存在进货查验记录不全的问题。")
    assert ("inconsistent", "36家; 38家") in _rows(cross_reference, units.format(n="38"))
    # another act on units of the noun (抽查的38家…): not the units checked on site
    assert not any(v == "inconsistent" for v, _ in _rows(cross_reference, units.format(n="38").replace("实地检查的", "随机抽查的")))


def test_a_noun_after_a_count_stops_before_the_act_and_table_cells_are_no_restatement():
    from analysis.rules.crossref import cross_reference
    acts = "全年对全市120家企业开展统计执法检查，立案查处9件。对160家企业开展数据质量核查。"
    assert not any(v == "inconsistent" for v, _ in _rows(cross_reference, acts))
    table = "指标 目标值 实际值\n新认定高新技术企业 5家 7家\n\n新认定的7家高新技术企业中，制造业企业5家。"
    assert not any(v == "inconsistent" for v, _ in _rows(cross_reference, table))


def test_the_rest_named_closes_a_list_and_a_plan_is_no_whole_its_parts_may_fit():
    two = "年度计划30公里，完成治理长度{t}公里，其中堤防加固12.4公里，其余为河道清淤疏浚18.1公里。"
    assert _verdicts(parts_sum, two.format(t="32.5")) == ["inconsistent"]
    assert _verdicts(parts_sum, two.format(t="30.5")) == ["consistent"]
    rest = "全年完成农村户厕改造{t}座，其中东关镇1380座、石桥乡1125座，其余各乡镇合计803座。"
    assert _verdicts(parts_sum, rest.format(t="3298")) == ["inconsistent"]
    assert _verdicts(parts_sum, rest.format(t="3308")) == ["consistent"]
    # without the rest, a 其中 list that falls short is a selection
    assert _verdicts(parts_sum, "全年完成农村户厕改造3298座，其中东关镇1380座、石桥乡1125座。") == []


def test_a_plan_periods_end_in_brackets_is_last_year_end_in_the_year_after_it():
    from analysis.rules.cumulative import cumulative_vs_new
    text = "{y}年，农村劳动力转移就业新增1.85万人，累计达到{c}万人（“十三五”末为16.4万人）。"
    assert ("inconsistent", "previous 16.4万人 + new 1.85万人 = current 18.6万人") in _rows(
        cumulative_vs_new, text.format(y="2021", c="18.6"), 2021)
    assert ("consistent", "previous 16.4万人 + new 1.85万人 = current 18.25万人") in _rows(
        cumulative_vs_new, text.format(y="2021", c="18.25"), 2021)
    # three years on, the plan period's end is no previous level of this year's flow
    assert not any(s.startswith("previous") for _, s in _rows(cumulative_vs_new, text.format(y="2023", c="18.6"), 2023))


def test_a_flow_named_by_its_verb_and_the_words_after_it_fills_the_running_total():
    from analysis.rules.cumulative import cumulative_vs_new
    text = ("全年新建集中供水工程18处，解决了26个行政村2.6万人的饮水不安全问题。截至年底，全县累计解决农村饮水不安全人口"
            "{c}万人（2018年底为11.4万人）。")
    assert ("inconsistent", "previous 11.4万人 + new 2.6万人 = current 13.6万人") in _rows(
        cumulative_vs_new, text.format(c="13.6"), 2019)
    assert ("consistent", "previous 11.4万人 + new 2.6万人 = current 14.0万人") in _rows(
        cumulative_vs_new, text.format(c="14.0"), 2019)


def test_shares_after_a_framing_count_are_each_of_it():
    framed = "抽查的20家农贸市场中，建立快检室的占{a}%，实行电子结算的占{b}%。"
    assert ("inconsistent", "62% of 20家") in _rows(granularity, framed.format(a="75", b="62"))
    assert ("consistent", "65% of 20家") in _rows(granularity, framed.format(a="75", b="65"))
    graded = "对18家区属企业开展年度经营业绩考核，获评A级的占{a}%，获评C级的占{b}%。"
    assert ("inconsistent", "12.5% of 18家") in _rows(granularity, graded.format(a="33.3", b="12.5"))
    assert ("consistent", "11.1% of 18家") in _rows(granularity, graded.format(a="33.3", b="11.1"))
    # a count not framing the sentence (another clause between): the later share stays a likely n, never an alarm
    loose = "全区有农贸市场20家，今年新建快检室6个，建立快检室的占75%，实行电子结算的占62%。"
    assert ("inconsistent", "62% of 20家") not in _rows(granularity, loose)


def test_a_share_among_counted_things_with_the_noun_left_out():
    text = "全市23家公立医疗机构中，实现检查检验结果互认的达{p}%。"
    assert _verdicts(granularity, text.format(p="82")) == ["inconsistent"]
    assert _verdicts(granularity, text.format(p="82.6")) == ["consistent"]


def test_shares_of_the_sides_of_one_whole_add_up_to_100():
    from analysis.rules.shares import percent_sum
    two = "全年通行费收入86.4亿元，其中客车通行费占{a}%、货车通行费占41.9%。"
    assert _verdicts(percent_sum, two.format(a="56.6")) == ["inconsistent"]
    assert _verdicts(percent_sum, two.format(a="58.1")) == ["consistent"]
    among = "新发证对象中农村残疾人占{a}%、城镇残疾人占26.2%。"
    assert _verdicts(percent_sum, among.format(a="71.4")) == ["inconsistent"]
    assert _verdicts(percent_sum, among.format(a="73.8")) == ["consistent"]
    three = "全年接待游客1,386万人次，其中省外游客占62.4%、省内游客占{b}%、境外游客占4.9%。"
    assert _verdicts(percent_sum, three.format(b="31.8")) == ["inconsistent"]
    assert _verdicts(percent_sum, three.format(b="32.7")) == ["consistent"]
    sectors = "全年新增就业岗位中，第一产业占5.2%、第二产业占32.5%、第三产业占{c}%。"
    assert _verdicts(percent_sum, sectors.format(c="55.1")) == ["inconsistent"]
    assert _verdicts(percent_sum, sectors.format(c="62.3")) == ["consistent"]
    # 小/中/大 is no closed set (大型、中型、小型企业 leave out 微型): the review's decoy
    assert _verdicts(percent_sum, "成交套数中，小户型、中户型、大户型分别占28.4%、56.3%和13.6%。") == []
    # two kinds that are no sides of one whole (客车 and 公交车): a selection may fall short
    assert _verdicts(percent_sum, "全年通行费收入86.4亿元，其中客车通行费占56.6%、公交车通行费占31.9%。") == []


def test_a_share_whose_whole_is_counted_inside_it_and_a_class_named_by_its_mark():
    inline = "资产总额50亿元以上的企业{k}家，占全部16家区属企业的75%。"
    assert _rows(share_of_total, inline.format(k="10")) == [("inconsistent", "75% (10家 of 16家)")]
    assert _rows(share_of_total, inline.format(k="12")) == [("consistent", "75% (12家 of 16家)")]
    marked = ("全年共承办政协提案240件。从办理结果看，已经解决或基本解决的（A类）150件，列入计划逐步解决的（B类）72件，"
              "留作参考的（C类）18件，{m}提案占承办总数的{p}%。")
    assert _rows(share_of_total, marked.format(m="A类", p="65.2")) == [("inconsistent", "65.2% (150件 of 240件)")]
    assert _rows(share_of_total, marked.format(m="A类", p="62.5")) == [("consistent", "62.5% (150件 of 240件)")]
    # two classes named together are both the part, never the first alone
    assert ("inconsistent", "92.5% (150件 of 240件)") not in _rows(share_of_total, marked.format(m="A类和B类", p="92.5"))


def test_a_patrol_counted_with_its_number_left_out():
    from analysis.rules.placeholder import placeholder
    assert _verdicts(placeholder, "各级河长累计巡河次，发现并解决问题1,327个。") == ["missing"]
    assert _verdicts(placeholder, "各级河长累计巡河12.6万次，发现并解决问题1,327个。") == []


def test_two_whole_names_joined_by_he_the_second_of_a_kind_another_item_names():
    text = "组织{n}类专项招聘活动，即“春风行动”、民营企业招聘月、高校毕业生专场招聘会和就业援助月，累计提供岗位1.2万个。"
    assert _verdicts(enumeration_count, text.format(n="三")) == ["inconsistent"]
    assert _verdicts(enumeration_count, text.format(n="四")) == ["consistent"]
    # a short piece before 和 is a modifier of the item it joins
    assert _verdicts(enumeration_count, "建立三项制度，即财务管理制度、车辆使用制度和资产管理和处置制度。") == ["consistent"]


def test_review_decoys_of_this_round_raise_nothing():
    """Correct texts the round's false-alarm review wrote against the new readings (each once an alarm)."""
    from analysis.rules.crossref import cross_reference
    from analysis.rules.shares import percent_sum
    from analysis.rules.targets import target_met
    quiet = [
        (cross_reference, "全年新认定高新技术企业5家。目前全县认定的7家高新技术企业中，有4家营业收入超亿元。"),
        (cross_reference, "市本级实地检查食品生产经营单位6家。全市实地检查的8家食品生产经营单位中，有3家被责令限期整改。"),
        (cross_reference, "2019年实地检查食品生产经营单位36家。2020年实地检查的38家食品生产经营单位中，有8家被责令限期整改。"),
        (cross_reference, "今年县纪委新立案审查违纪案件线索3件。县纪委立案的5件违纪案件线索中，有2件为上年结转。"),
        (cross_reference, "全年新建成乡镇污水处理厂3座。已建成的5座乡镇污水处理厂运行负荷率均达到70%以上。"),
        (parts_sum, "抽查的3项专项资金共计2.14亿元，其中违规使用农田水利建设资金0.12亿元、教育专项资金0.3亿元、扶贫资金0.05亿元。"),
        (parts_sum, "项目支出4724.4万元。项目支出全部用于以下方面：基础设施建设2130万元，产业发展1486万元，公共服务等。"),
        (percent_sum, "全市规上工业企业中，大型企业占3.1%，中型企业占12.4%，小型企业占78.2%。"),
        (percent_sum, "公司营业收入中，客运收入占38.2%，货运收入占55.6%。"),
        (granularity, "检查组随机抽查的12家学校食堂中，落实食品安全校长负责制的占75%，食材来自定点采购的占88.6%。"),
        (target_met, "全年一般公共预算收入完成年度预算的102.3%，债务率比上年下降3.2个百分点，低于100%的警戒线。"),
        (enumeration_count, "落实了6项制度：财务审批制度、公务接待制度、政府采购制度、资产管理制度和合同管理制度，"
                            "并修订完善了“三重一大”决策制度。"),
    ]
    for rule, text in quiet:
        assert not any(v in ("inconsistent", "missing") for v in _verdicts(rule, text)), text


def test_an_outcome_rate_of_the_things_a_clause_acts_on():
    text = "对全县{n}个乡镇卫生院实施标准化建设，达标率达到{p}%。"
    assert _verdicts(granularity, text.format(n="14", p="80")) == ["inconsistent"]
    assert _verdicts(granularity, text.format(n="14", p="85.7")) == ["consistent"]
    # a rate of people in the places, not of the places: no sure n
    assert _verdicts(granularity, "对全县14个乡镇开展医保政策宣传，参保率达到96.5%。") != ["inconsistent"]
    # a clause between (another figure): the count may not be the rate's n
    assert _verdicts(granularity, "对全县14个乡镇卫生院实施标准化建设，投入资金860万元，达标率达到80%。") != ["inconsistent"]


def test_code_review_decoys_of_this_round_raise_nothing():
    """Correct sentences the round's code review wrote against the new readings (each once an alarm)."""
    from analysis.rules.crossref import cross_reference
    from analysis.rules.shares import percent_sum
    quiet = [
        (cross_reference, "全市有中小学校120所。有100所中小学校开通了宽带网络。"),
        (cross_reference, "全县有农村幼儿园18所。在16所农村幼儿园推行营养午餐。"),
        (cross_reference, "全县有农村幼儿园128所。在126所农村幼儿园推行营养午餐。"),
        (enumeration_count, "建立健全两项制度，即财务管理制度、人员考勤和绩效考核制度。"),
        (enumeration_count, "修订完善了2项制度：财务审批管理制度、干部考勤和绩效考核制度。"),
        (percent_sum, "全市城镇新增就业1.2万人，其中女性占48%，农村转移劳动力中男性占61%。"),
        (granularity, "全县15个乡镇的农村饮用水水源地水质达标率达到90%。"),
        (granularity, "全县23家公立医疗机构中，门诊费用中医保支付的达62%。"),
        (granularity, "全县23家公立医疗机构中，住院费用由医保基金支付的达62%。"),
    ]
    for rule, text in quiet:
        assert not any(v in ("inconsistent", "missing") for v in _verdicts(rule, text)), text
