"""Round 41 (twenty-sixth session): readings mended while the burned sets tuning73–75 (the former heldout96, heldout84
and heldout83) were read, each with sentences that hold, that fail and that sit on a boundary, and decoys."""
from analysis.rules.crossref import cross_reference
from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.enumeration import enumeration_count
from analysis.rules.growth import growth
from analysis.rules.shares import granularity, percent_sum
from analysis.rules.sums import parts_sum
from analysis.rules.targets import target_met
from rules_cases import run as run_rows, verdicts_stated as _rows


def _verdicts(rule, text: str, year: int | None = 2021) -> list[str]:
    return [v for v, _ in _rows(rule, text, year)]


def test_a_rest_named_without_an_amount_closes_the_list():
    text = ("全年发放家电消费券2000万元，其中县级财政出资{a}万元，占60%，其余由参与商家和金融机构配套，"
            "直接拉动消费1.38亿元。")
    # the figure after the rest's clause is another measure, not the rest's amount
    assert "inconsistent" not in _verdicts(parts_sum, text.format(a="1200"))
    # the rest's amount in the clause after it (…，计800万元) is still its part
    text = "全年发放家电消费券2000万元，其中县级财政出资1200万元，其余为商家配套，计{r}万元。"
    assert _verdicts(parts_sum, text.format(r="800")) == ["consistent"]
    assert _verdicts(parts_sum, text.format(r="850")) == ["inconsistent"]


def test_what_qizhong_opens_after_the_done_is_of_the_done_not_a_status_beside_it():
    text = "共收到群众来信286件，已办结{d}件，办结率为{p}%，其中已经解决或列入计划逐步解决的214件，占{q}%。"
    assert "inconsistent" not in _verdicts(parts_sum, text.format(d="271", p="94.8", q="79.0"))
    # the done and what is still open beside it are the set (as before)
    text = "共收到群众来信286件，已办结{d}件，正在办理15件。"
    assert _verdicts(parts_sum, text.format(d="271")) == ["consistent"]
    assert _verdicts(parts_sum, text.format(d="261")) == ["inconsistent"]


def test_an_item_opening_on_wancheng_in_a_list_of_targets_claims_nothing():
    text = ("年初下达的考核目标为：营业收入12亿元、利润总额0.8亿元、融资到位资金25亿元、完成项目投资{t}亿元。"
            "全年完成项目投资31.5亿元，为年度计划的105%。")
    assert "inconsistent" not in _verdicts(target_met, text.format(t="30"))
    assert not any("25亿元" in s for _, s in _rows(target_met, text.format(t="30")))
    # the completion percentage against the target set in the list is judged
    assert ("inconsistent", "31.5亿元 = 105% of target 28亿元") in _rows(target_met, text.format(t="28"))


def test_last_year_ends_cumulative_dated_in_the_clause_before_its_own():
    text = ("坚持把农村饮水安全作为民生实事来抓，截至2020年底，全县累计建成集中供水工程{p}处；2021年新建集中供水工程26处，"
            "累计建成达到312处。")
    rows = _rows(cumulative_vs_new, text.format(p="286"))
    assert ("consistent", "previous 286处 + new 26处 = current 312处") in rows
    rows = _rows(cumulative_vs_new, text.format(p="268"))
    assert ("inconsistent", "previous 268处 + new 26处 = current 312处") in rows
    # a date two years back: no previous level of this year's flow
    rows = _rows(cumulative_vs_new, text.format(p="268").replace("2020年底", "2019年底"))
    assert not any(s.startswith("previous") for _, s in rows)


def test_a_place_and_ji_and_the_ground_around_it_is_one_item():
    text = "开展“{n}项专项整治”：校园及周边食品安全整治、农村假冒伪劣食品整治、网络订餐整治。"
    assert _verdicts(enumeration_count, text.format(n="四")) == ["inconsistent"]
    assert _verdicts(enumeration_count, text.format(n="三")) == ["consistent"]
    # 预警与研判机制: two short words of one kind may be two items — three is a reading, no alarm
    assert "inconsistent" not in _verdicts(enumeration_count, "建立“三项机制”：预警与研判机制、会商机制、通报机制。")


def test_a_quoted_name_whose_count_follows_its_own_words():
    text = "深入开展“农村人居环境{n}项行动”（垃圾治理、污水治理、厕所革命、村容村貌提升），成效明显。"
    assert _verdicts(enumeration_count, text.format(n="三")) == ["inconsistent"]
    assert _verdicts(enumeration_count, text.format(n="四")) == ["consistent"]
    # a name with no measure word after its numeral (“十四五”) announces no count
    assert _verdicts(enumeration_count, "编制“乡村振兴十四五规划”（产业、人才、文化、生态、组织），成效明显。") == []


def test_a_graded_count_after_a_semicolon_frames_the_share_after_it():
    text = ("组织代表对县政府9个部门开展工作评议，评议结果为“满意”的部门占88.9%；对县政府7个涉农部门开展专项评议，"
            "评为“满意”等次的占{x}%。")
    rows = _rows(granularity, text.format(x="75"))
    assert ("inconsistent", "75% of 7个") in rows
    assert ("consistent", "71.4% of 7个") in _rows(granularity, text.format(x="71.4"))
    # on the boundary: 5/7 = 71.43%, written 71%
    assert ("consistent", "71% of 7个") in _rows(granularity, text.format(x="71"))


def test_shares_of_an_amounts_uses_named_as_the_frame_add_up_to_100():
    text = "项目资金合计1880万元。资金投向上，农村网络基础设施、智慧农业应用和乡村数字治理平台建设分别占{a}%、31.5%和25.7%。"
    assert _verdicts(percent_sum, text.format(a="46.8")) == ["inconsistent"]  # 104%
    assert _verdicts(percent_sum, text.format(a="42.8")) == ["consistent"]
    # shares of another whole named after 分别占 (of the province's total): no split of these funds
    assert "inconsistent" not in _verdicts(percent_sum, text.format(a="46.8").replace("分别占", "分别占全省同类资金的"))


def test_those_a_programme_reaches_are_those_who_benefit_from_it():
    text = ("云岭县2021年度农村学生营养改善计划项目支出绩效自评报告\n\n一、项目基本情况\n本年度营养改善计划覆盖学校146所，"
            "受益学生41256人。\n\n二、自评结论\n经综合评定，2021年全县营养改善计划共惠及学生{x}人，自评等级为“优”。")
    assert "inconsistent" in _verdicts(cross_reference, text.format(x="41526"))
    assert "inconsistent" not in _verdicts(cross_reference, text.format(x="41256"))
    # a plan named by a short name the title does not carry is still a plan, never a restatement of the actual
    text = ("县水利局编制了农村供水保障专项计划（以下简称供水计划）。供水计划新建集中供水工程6处、改造管网48公里。"
            "截至年底，新建集中供水工程6处，改造管网46公里，完成计划的95.8%。")
    assert "inconsistent" not in _verdicts(cross_reference, text)


def test_a_share_clause_between_the_value_and_its_comparison_leaves_the_comparison_the_values():
    text = "全年新增食堂供餐学校35所，实现食堂供餐的学校达到97所，占试点学校的71.2%，比上年的62所增长{g}%。"
    assert _verdicts(growth, text.format(g="46.8")) == ["inconsistent"]
    assert _verdicts(growth, text.format(g="56.5")) == ["consistent"]
    # a level of another measure between, not a share of the value: it still may be what grew (test_rules_r38)
    assert "inconsistent" not in _verdicts(growth, "全县常住人口42.6万人，城镇化率54.2%，比上年的41.2万人增长12.1%。")


def test_an_amount_made_of_as_many_parts_as_the_sentence_counts():
    text = "全年项目资金总额2860万元，由三部分构成：中央补助资金1650万元，省级补助资金{a}万元，县级配套资金420万元。"
    assert _verdicts(parts_sum, text.format(a="790")) == ["consistent"]
    assert _verdicts(parts_sum, text.format(a="970")) == ["inconsistent"]
    # the whole named in the sentence before by the subject of 组成
    text = "2025年农村公路养护资金总额3412万元，比上年的3105万元增长9.9%。资金由三部分组成：成品油税费转移支付资金1580万元，" \
           "省级补助资金{a}万元，县级配套资金860万元。"
    assert ("inconsistent", "3412万元 = 1580万元 + 926万元 + 860万元") in _rows(parts_sum, text.format(a="926"), 2025)
    assert ("consistent", "3412万元 = 1580万元 + 972万元 + 860万元") in _rows(parts_sum, text.format(a="972"), 2025)
    # three parts counted, two listed: no sure split
    text = "全年项目资金总额2860万元，由三部分构成：中央补助资金1650万元，省级补助资金970万元。"
    assert "inconsistent" not in _verdicts(parts_sum, text)


def test_review_decoys_of_round_41_raise_no_alarm():
    # the rest's amount named with words of its own (配套资金400万元) is still its part
    assert _verdicts(parts_sum, "项目总投资9800万元，其中：争取中央预算内资金5000万元，省级补助资金4400万元，"
                                "其余由县级财政配套，配套资金400万元。") == ["consistent"]
    # a year-end date before a cumulative with flows after it in its part of the sentence: which flow, not told
    rows = _rows(cumulative_vs_new, "大力实施安居工程，截至2020年底，累计交付安置房12460套，今年新开工安置房2000套，"
                                    "新交付1860套，累计交付14320套。")
    assert "inconsistent" not in [v for v, _ in rows]
    # two items joined by 和 and named with one head (燃气和危险化学品安全专项整治), 商贸和物流 as one industry
    assert "inconsistent" not in _verdicts(enumeration_count, "今年重点开展了四个专项整治：燃气和危险化学品安全专项整治、"
                                                               "道路交通安全专项整治、校园周边环境专项整治。")
    assert "inconsistent" not in _verdicts(enumeration_count, "重点扶持三大产业：电子信息、茶叶、商贸和物流。")
    # a bracket noting what the measures cover is no list of them; a quoted name read once
    assert "inconsistent" not in _verdicts(enumeration_count, "全面落实“惠企纾困十条措施”（共涉及减税降费、稳岗就业、"
                                                               "融资支持三个方面）。")
    assert _verdicts(enumeration_count, "深入开展“清廉机关四项建设”，即制度建设、作风建设、文化建设。") == ["inconsistent"]
    # a part's bare share between it and a base above it: the comparison may be of the whole before it
    assert "inconsistent" not in _verdicts(growth, "全年一般公共预算收入12.6亿元，税收收入9.8亿元，占77.8%，"
                                                   "比上年的11.2亿元增长12.5%。")
    # the claim before a colon keeps its verb when a 完成 item follows it
    assert ("consistent", "年度目标已全部完成 (all targets met)") in _rows(target_met, "年度目标已全部完成：完成造林1.2万亩，目标1万亩。")


def test_a_year_inside_a_closed_bracket_dates_no_figure_after_it():
    text = ("全年完成交通固定资产投资8.74亿元，同比增长15.2%（2015年为7.42亿元）；新改建农村公路386公里。\n\n"
            "（二）农村公路建设提速。完成农村公路新改建{x}公里，实施安保工程142公里。")
    assert ("inconsistent", "386公里; 368公里") in _rows(cross_reference, text.format(x="368"), 2016)
    assert "inconsistent" not in _verdicts(cross_reference, text.format(x="386"), 2016)
    # a year leading the figure's own part of the sentence still dates it: last year's length, no restatement
    text = "全年新改建农村公路386公里。\n\n（二）回顾。2015年，全县完成农村公路新改建368公里。"
    assert "inconsistent" not in _verdicts(cross_reference, text, 2016)


def test_a_concessive_word_names_nothing_and_one_head_word_names_one_count():
    text = "全年立案查处各类违法案件187件，结案176件。\n\n二、存在问题\n全年虽查处违法案件{x}件，但执法力量仍显不足。"
    assert ("inconsistent", "187件; 178件") in _rows(cross_reference, text.format(x="178"))
    assert "inconsistent" not in _verdicts(cross_reference, text.format(x="187"))
    text = "全年查办各类违法案件412件，罚没款86万元。\n\n二、执法情况\n全年共查处案件{x}件，其中移送公安机关5件。"
    assert ("inconsistent", "412件; 421件") in _rows(cross_reference, text.format(x="421"))
    # two kinds of one thing (刑事案件 / 民事案件), three digits swapped: two counts
    text = "全年受理刑事案件412件。\n\n二、审判情况\n全年受理民事案件421件。"
    assert "inconsistent" not in _verdicts(cross_reference, text)


def test_a_whole_named_then_itemized_with_juti_wei():
    text = ("全年支出4,795.12万元，其中基本支出1,306.48万元，占27.2%；项目支出3,488.64万元，占72.8%。"
            "项目支出具体为：土地整治项目{a}万元、不动产登记及确权260.50万元、国土空间规划编制480.00万元、"
            "地质灾害防治310.00万元、林业项目518.14万元。")
    assert ("inconsistent", "3,488.64万元 = 1,902.00万元 + 260.50万元 + 480.00万元 + 310.00万元 + 518.14万元") \
        in _rows(parts_sum, text.format(a="1,902.00"))
    assert "inconsistent" not in _verdicts(parts_sum, text.format(a="1,920.00"))
    # 主要包括 names the main items only: no alarm
    assert "inconsistent" not in _verdicts(parts_sum, text.format(a="1,902.00").replace("具体为", "主要包括"))


def test_what_a_check_finds_is_a_share_of_the_things_it_checked():
    from analysis.rules.shares import share_of_total
    text = "全年稽核定点医药机构1246家，查处违规机构187家，占{p}%，追回违规医保基金1862.4万元。"
    assert _rows(share_of_total, text.format(p="16.8")) == [("inconsistent", "16.8% (187家 of 1246家)")]
    assert _rows(share_of_total, text.format(p="15.0")) == [("consistent", "15.0% (187家 of 1246家)")]
    # two kinds of one thing side by side (个人提案 / 集体提案), neither a check: a peer, a row only when it holds
    assert _rows(share_of_total, "立案的个人提案338件，集体提案74件，占21.3%。") == []


def test_a_claim_and_who_set_the_target_name_no_subject_of_a_ceiling():
    text = "经过一年努力，管网漏损率降至{x}%，实现了市政府下达的控制在12%以内的目标。"
    assert _rows(target_met, text.format(x="14.6")) == [("inconsistent", "14.6%; target 12%以内 (met)")]
    assert _rows(target_met, text.format(x="11.6")) == [("consistent", "11.6%; target 12%以内 (met)")]
    # a subject of the ceiling's own (较大火灾) is not the value before it
    assert _rows(target_met, "全年发生火灾12起，较大火灾控制在3起以内。") == []


def test_the_targets_noun_glued_to_it_is_marked_with_the_claim():
    rows = run_rows(target_met, "实现利润总额2.08亿元，完成市国资委下达的2.3亿元利润考核目标。")
    assert [(r["verdict"], r["stated"]) for r in rows] == [("inconsistent", "2.08亿元; target 2.3亿元 (met)")]
    text = "实现利润总额2.08亿元，完成市国资委下达的2.3亿元利润考核目标。"
    assert text[rows[0]["start"]:rows[0]["end"]].endswith("利润考核目标")


def test_the_members_a_list_of_bodies_holds_are_no_part_of_it():
    text = "领办创办农民专业合作社{n}家，其中国家级示范社2家、省级示范社6家，入社农户5860户。"
    assert "inconsistent" not in _verdicts(parts_sum, text.format(n="37"))
    # the bodies themselves, all of them listed: judged
    assert _verdicts(parts_sum, "领办创办农民专业合作社9家，其中国家级示范社2家、省级示范社6家、其他合作社2家。") == ["inconsistent"]


def test_a_value_past_a_semicolon_is_no_rival_of_the_one_a_target_is_compared_with():
    text = "推广测土配方施肥技术46.5万亩，技术覆盖率90%以上；农作物秸秆综合利用率{x}%，超过省定85%的目标。"
    assert _rows(target_met, text.format(x="84.2")) == [("inconsistent", "84.2% 超过85% (target)")]
    assert _rows(target_met, text.format(x="86.2")) == [("consistent", "86.2% 超过85% (target)")]
    # two values in the comparison's own part of the sentence: which one is compared is not told
    text = "技术覆盖率90%，农作物秸秆综合利用率84.2%，超过省定85%的目标。"
    assert "inconsistent" not in _verdicts(target_met, text)


def test_review_decoys_of_the_second_half_of_round_41_raise_no_alarm():
    # a bracket holding the date alone dates the figure after it
    assert "inconsistent" not in _verdicts(cross_reference, "全区常住人口（2020年末）为12.53万人。\n\n二、人口\n"
                                                             "截至2021年末，全区常住人口12.35万人。")
    # two kinds named alike but for one character before the shared run (食品/药品, 小学/中学)
    assert "inconsistent" not in _verdicts(cross_reference, "全年查处食品案件125件。\n\n二、药品\n全年查处药品案件152件。")
    assert "inconsistent" not in _verdicts(cross_reference, "全年公开招聘小学教师125人。\n\n二、中学\n全年公开招聘中学教师152人。")
    # counts itemized with 具体为 may cut across by status; 入股分红收入 is an item, not the members of one
    assert "inconsistent" not in _verdicts(parts_sum, "全年实施项目36个，完成投资12亿元。项目具体为：新开工项目20个，"
                                                      "续建项目16个，已竣工项目9个。")
    assert _verdicts(parts_sum, "村集体经济收入120万元，其中资源发包收入50万元，物业租赁收入30万元，入股分红收入40万元。") \
        == ["consistent"]
    # two ceilings' candidates before a claim: which one is compared is not told
    assert _rows(target_met, "二氧化硫排放量874吨，氮氧化物排放量1,260吨，完成了省下达的控制在900吨以内的目标。") == []


def test_an_ocr_copy_that_wrote_the_letter_l_for_the_digit_1_is_read_as_1(tmp_path):
    from analysis.report import load_report
    path = tmp_path / "zz01_ocr_2016.txt"
    path.write_text("全院门急诊l.35万人次，发生工矿商贸事故l4起，三类收入分别占7l.6%、20.3%和7.3%。PM2.5浓度下降。\n",
                    encoding="utf-8")
    rep = load_report(path)
    got = {t: v for t, v in zip(rep.figures["text"], rep.figures["value"])}
    assert (got["l.35万人次"], got["l4起"], got["7l.6%"]) == ("1.35", "14", "71.6")  # the text kept as written
    assert "PM2.5" in rep.text and not any(t.startswith("M") for t in got)


def test_a_numbered_run_that_goes_on_past_its_sentence_is_counted_whole():
    text = "今年重点抓了{n}项工作：一是修订预案；二是复核隐患。三是组织演练。四是储备物资。五是加强值守。"
    assert _verdicts(enumeration_count, text.format(n="五")) == ["consistent"]
    assert _verdicts(enumeration_count, text.format(n="六")) == ["inconsistent"]
    # (before: two items read in the first sentence, an alarm on a list that holds)


def test_a_preposition_before_a_name_names_nothing():
    text = "全年供水总量3.82亿立方米，售水量3.16亿立方米。\n\n五、履行社会责任\n全年向全市供水{x}亿立方米，减免水费386万元。"
    assert ("inconsistent", "3.82亿立方米; 3.28亿立方米") in _rows(cross_reference, text.format(x="3.28"))
    assert "inconsistent" not in _verdicts(cross_reference, text.format(x="3.82"))


def test_review_decoys_of_the_last_changes_of_round_41_raise_no_alarm(tmp_path):
    from analysis.report import load_report
    # members of the parts who hold shares (入股农户) end a list, as 入社 does; 入股分红收入 is an item
    assert "inconsistent" not in _verdicts(parts_sum, "全市共有农民专业合作社126家，其中国家级示范社2家、省级示范社6家，"
                                                      "入股农户5,860户。")
    # 明细为 itemizes amounts only: counts by status after it are no split
    assert "inconsistent" not in _verdicts(parts_sum, "项目明细为：新开工项目32个、投资18.2亿元，续建项目41个、投资26.5亿元，"
                                                      "已竣工项目25个、投资7.6亿元。")
    # a numbered list inside an item of an outer list ends with its sentence
    assert _verdicts(enumeration_count, "二是推进两项改革：一是深化“放管服”改革；二是推进财政预算改革。三是强化监督问责，"
                                        "全年问责12人。") == ["consistent"]
    # a ；inside a bracket parts no items: two values before the target, none judged
    assert _rows(target_met, "全年粮食总产量35.2万吨（夏粮12.1万吨；秋粮23.1万吨），超过省定34万吨的目标任务。") == []
    # the age bands of a population may overlap (15–64 with 60 and over): no closed set
    assert "inconsistent" not in _verdicts(percent_sum, "全市常住人口中，少儿人口占15.2%，劳动年龄人口占66.1%，老年人口占22.7%。")
    # I before a digit names a model (I7处理器), not a 1
    path = tmp_path / "zz01_model_2021.txt"
    path.write_text("配备搭载I7处理器的计算机120台，I5处理器电脑80台。\n", encoding="utf-8")
    assert list(load_report(path).figures["text"]) == ["120台", "80台"]
