"""Round 37 (twenty-second session): readings mended while the burned sets tuning44–46 (the former heldout77, heldout78
and heldout72) were read — their false alarms first — each with sentences that hold, that fail and that sit on a
boundary."""
from analysis.rules.shares import share_of_total
from analysis.rules.sums import parts_sum
from analysis.rules.targets import target_met
from rules_cases import verdicts_stated as _rows

_HEAD = "三、绩效指标完成情况表\n一级指标 二级指标 三级指标 年度指标值 实际完成值 完成情况\n"


def test_an_overall_hedge_on_all_targets_is_no_claim_that_each_was_met():
    body = "全年完成人工造林3.32万亩，年度目标3.5万亩。"
    for hedge in ("各项绩效目标总体完成较好", "各项绩效目标整体完成", "各项目标任务完成较好"):
        assert "inconsistent" not in [v for v, _ in _rows(target_met, body + hedge + "，综合自评得分94.5分。")], hedge
    # the claim without the hedge is judged, and fails
    assert ("inconsistent", "各项绩效目标均已完成 (all targets met)") in _rows(target_met, body + "各项绩效目标均已完成。")


def test_a_table_target_of_70_percent_or_more_is_a_floor_whatever_the_row_is_named():
    # 住院费用…报销比例 names a cost, but the target says 以上: the share paid back is wanted high
    rows = _rows(target_met, _HEAD + "产出指标 质量指标 住院费用政策范围内报销比例 70%以上 71.2% 已完成\n")
    assert rows == [("consistent", "71.2%; target 70%以上 (met)")]
    rows = _rows(target_met, _HEAD + "产出指标 质量指标 住院费用政策范围内报销比例 70%以上 68.2% 已完成\n")
    assert rows == [("inconsistent", "68.2%; target 70%以上 (met)")]
    # on the boundary: 70% itself is 70%以上
    assert _rows(target_met, _HEAD + "产出指标 质量指标 住院费用政策范围内报销比例 70%以上 70% 已完成\n")[0][0] == "consistent"
    # an amount of 费用 wanted high (减免…费用 50万元以上) is a floor; a cost 以内 stays a ceiling
    rows = _rows(target_met, _HEAD + "产出指标 数量指标 减免困难群众费用 50万元以上 42万元 已完成\n"
                                     "产出指标 成本指标 人均管理费用 120元以内 126元 已完成\n"
                                     "产出指标 成本指标 人均办公费用 120元 116元 已完成\n")
    assert rows == [("inconsistent", "42万元; target 50万元以上 (met)"), ("inconsistent", "126元; target 120元以内 (met)"),
                    ("consistent", "116元; target 120元 (met)")]


_LAND = "全县耕地保有量186.42万亩，永久基本农田{b}万亩，均超额完成上级下达的保护任务（耕地保有量任务185.9万亩、永久基本农田保护任务152.8万亩）。"


def test_targets_listed_after_one_claim_each_take_the_value_their_name_names():
    # the first target names 耕地保有量: judged against 186.42万亩, not the nearer 永久基本农田 value
    assert _rows(target_met, _LAND.format(b="152.36")) == [
        ("consistent", "186.42万亩; target 185.9万亩 (met)"), ("inconsistent", "152.36万亩; target 152.8万亩 (met)")]
    assert _rows(target_met, _LAND.format(b="153.36")) == [
        ("consistent", "186.42万亩; target 185.9万亩 (met)"), ("consistent", "153.36万亩; target 152.8万亩 (met)")]
    # a target after its actual value keeps it (计划…，实际…): nothing to re-pair
    assert _rows(target_met, "年度计划新建幼儿园5所，实际建成6所，超额完成任务。") == [("consistent", "6所; target 5所 (met)")]


_CPPCC = ("共收到委员、各参加单位提案二百四十三件，经提案委员会审查，立案二百一十六件，立案率88.9%。立案提案中，委员个人和联名提案"
          "{a}件，民主党派、工商联和人民团体提案二十四件，界别提案九件。从内容看，经济建设类六十八件，占31.5%；社会事业类九十一件，"
          "占{b}%；城乡建设和生态环境类及其他五十七件。")


def test_a_whole_named_again_by_its_act_is_the_whole_of_what_follows():
    # 立案提案中，… names 立案216件: the sources must make it up, and the next cut's shares are of it, not of the 243 received
    text = _CPPCC.format(a="一百八十七", b="40.2")
    assert ("inconsistent", "二百一十六件 = 一百八十七件 + 二十四件 + 九件") in _rows(parts_sum, text)
    shares = _rows(share_of_total, text)
    assert ("consistent", "31.5% (六十八件 of 二百一十六件)") in shares
    assert ("inconsistent", "40.2% (九十一件 of 二百一十六件)") in shares
    text = _CPPCC.format(a="一百八十三", b="42.1")
    assert ("consistent", "二百一十六件 = 一百八十三件 + 二十四件 + 九件") in _rows(parts_sum, text)
    assert ("consistent", "42.1% (九十一件 of 二百一十六件)") in _rows(share_of_total, text)
    # the parts named otherwise (not all …提案): no whole is named by the act alone
    text = _CPPCC.format(a="一百八十七", b="40.2").replace("界别提案九件", "界别九件")
    assert not [r for r in _rows(parts_sum, text) if "一百八十七件" in r[1]]


def test_an_anniversary_of_a_national_event_is_counted_from_its_date_of_record():
    from analysis.rules.anniversary import anniversaries
    from rules_cases import run

    # the report's year, give or take one (a summary names the coming year's anniversary; a review the last one)
    assert _rows(anniversaries, "过去一年，全区上下以庆祝新中国成立70周年为契机，凝心聚力。", 2019) == [
        ("consistent", "新中国成立70周年")]
    assert _rows(anniversaries, "过去一年，全区上下以庆祝新中国成立60周年为契机，凝心聚力。", 2019) == [
        ("inconsistent", "新中国成立60周年")]
    assert _rows(anniversaries, "明年是建党一百周年，各地隆重纪念。", 2020) == [
        ("consistent", "建党一百周年")]
    # a sentence looking ahead to the event, back over years, or planning says nothing of the year's own anniversary
    for text in ("做好迎接建党100周年各项准备工作。", "过去五年，我们隆重庆祝改革开放40周年、新中国成立70周年。",
                 "2020年，我们将巩固庆祝新中国成立70周年活动成果。"):
        assert _rows(anniversaries, text, 2019) == [], text
    # on the boundary: a year written in the sentence is exact — 2024 is the 75th, not ±1
    assert _rows(anniversaries, "2024年是中华人民共和国成立75周年，也是集团实施规划的攻坚之年。", 2023) == [
        ("consistent", "中华人民共和国成立75周年")]
    assert _rows(anniversaries, "2024年是中华人民共和国成立76周年，也是集团实施规划的攻坚之年。", 2023) == [
        ("inconsistent", "中华人民共和国成立76周年")]
    rows = run(anniversaries, "3月5日，在全市开展纪念毛泽东同志“向雷锋同志学习”题词60周年志愿服务活动。", 2013)
    assert [r["verdict"] for r in rows] == ["inconsistent"] and rows[0]["source"].startswith("1963-03-05")
    assert "50th" in rows[0]["computed"] and rows[0]["rule"] == "external"
    # a county's own body or a company's founding is not known: no row; nor with no year to count from
    assert _rows(anniversaries, "举办县政协成立60周年座谈会，庆祝公司成立30周年。", 2019) == []
    assert _rows(anniversaries, "隆重庆祝新中国成立60周年。", None) == []


def test_n_zhounian_is_one_figure_of_years_not_weeks():
    from analysis.figures import extract_figures
    from analysis.ingest import build_document

    doc = build_document("2024年是中华人民共和国成立80周年，要完成培训12周。", year=2024)
    figs = extract_figures(doc, "t")
    assert list(zip(figs.text, figs.unit)) == [("2024年", "年"), ("80周年", "周年"), ("12周", "周")]


def test_a_share_taken_among_the_part_just_named_has_that_part_for_its_whole():
    # 专任教师中…的占58.3%: among the 648 teachers — not 648 of the 862 staff
    text = "学院现有教职工862人，其中专任教师648人；专任教师中具有硕士及以上学位的占58.3%。"
    assert _rows(share_of_total, text) == []
    # the part itself shared of the whole is judged as before
    assert _rows(share_of_total, "学院现有教职工862人，其中专任教师648人，占75.2%。") == [
        ("consistent", "75.2% (648人 of 862人)")]
    assert _rows(share_of_total, "学院现有教职工862人，其中专任教师648人，占58.3%。") == [
        ("inconsistent", "58.3% (648人 of 862人)")]


def _xr(text: str, year: int = 2019) -> list[tuple[str, str]]:
    from analysis.rules.crossref import cross_reference

    return _rows(cross_reference, text, year)


_ENV = ("三、环境监管执法\n全年开展执法检查1260家次，共立案查处环境违法案件142件，处罚金额865.3万元。\n"
        "四、存在问题和下一步打算\n全年虽查处环境违法案件{n}件，但企业违法排污现象仍时有发生。2020年，我局将力争优良天数比例达到80%以上。")


def test_a_count_told_again_under_a_heading_of_problems_is_a_result():
    assert ("inconsistent", "142件; 124件") in _xr(_ENV.format(n="124"))
    assert ("consistent", "142件; 142件") in _xr(_ENV.format(n="142"))
    # under a heading of plans alone, the same words may set next year's figure: no conflict read
    assert not [r for r in _xr(_ENV.format(n="124").replace("存在问题和下一步打算", "2020年工作打算")) if r[0] == "inconsistent"]


def test_a_level_kept_at_a_value_restates_it():
    text = "全市粮食总产量19.2万吨，比上年增长4.6%。\n五、总体评价\n全年粮食总产量稳定在{v}万吨，各项绩效目标总体完成较好。"
    assert ("inconsistent", "19.2万吨; 19.5万吨") in _xr(text.format(v="19.5"), 2021)
    assert ("consistent", "19.2万吨; 19.2万吨") in _xr(text.format(v="19.2"), 2021)


def test_ji_of_a_verb_joins_no_names_and_a_project_area_is_a_scope():
    text = ("筠河灌区节水改造项目2022年度绩效自评报告\n二、绩效目标完成情况\n项目区受益群众2.87万人，其中脱贫人口4120人。\n三、存在问题\n"
            "二是量测水设施覆盖面不足，项目共惠及受益群众{v}万人，但群众节水意识仍需加强。")
    assert ("inconsistent", "2.87万人; 2.78万人") in _xr(text.format(v="2.78"), 2022)
    assert not [r for r in _xr(text.format(v="2.87"), 2022) if r[0] == "inconsistent"]


_RECAP = ("全年举办各类科普讲座286场，受众4.3万人次。\n四、2017年工作打算\n全年举办科普讲座286场，科协组织的凝聚力{tail}。"
          "2017年，力争新建院士专家工作站5个。")


def test_a_plan_section_opening_on_the_year_done_restates_it():
    assert ("consistent", "286场; 286场") in _xr(_RECAP.format(tail="进一步增强"), 2016)
    # 要进一步增强 plans: the figure may be next year's
    assert _xr(_RECAP.format(tail="要进一步增强"), 2016) == []


def test_a_case_rate_after_the_count_of_cases_it_is_over():
    from analysis.rules.shares import granularity

    # 查处…案件17件 after a count of another act: the cases are the rate's n
    text = "新增取水许可审批32件，查处水事违法案件17件，结案率{p}。"
    assert _rows(granularity, text.format(p="100%")) == [("consistent", "100% of 17件")]
    assert _rows(granularity, text.format(p="95%")) == [("inconsistent", "95% of 17件")]
    assert _rows(granularity, text.format(p="94.1%")) == [("consistent", "94.1% of 17件")]
    # a list of the classes of one set keeps its last item out (满意的…件、基本满意的…件)
    assert _rows(granularity, "满意的389件、基本满意的21件、不满意的2件，满意率94.4%。") == []
    # the rate's act named in a figureless clause between: the cases counted two clauses back
    text = "对排查出的12个重点疑难信访案件实行市领导包案，逐案明确责任人和化解时限，目前化解率为{p}，其余案件正在跟踪督办。"
    assert _rows(granularity, text.format(p="80%")) == [("inconsistent", "80% of 12个")]
    assert _rows(granularity, text.format(p="75%")) == [("consistent", "75% of 12个")]
    # a share named by what was done to some of the cases counted right before
    text = "办理未成年人犯罪案件7件，适用附条件不起诉的比例为{p}；开展法治进校园活动38场。"
    assert _rows(granularity, text.format(p="45%")) == [("inconsistent", "45% of 7件")]
    assert _rows(granularity, text.format(p="42.9%")) == [("consistent", "42.9% of 7件")]


def test_shares_of_a_whole_said_to_be_made_of_the_parts_named_sum_to_100():
    from analysis.rules.shares import percent_sum

    text = "业务收入由药品、医疗服务、检查化验三部分构成，分别占{a}%、41.5%和{c}%。"
    assert [v for v, _ in _rows(percent_sum, text.format(a="36.8", c="19.6"))] == ["inconsistent"]
    assert [v for v, _ in _rows(percent_sum, text.format(a="38.8", c="19.7"))] == ["consistent"]
    # an open list (…等构成) or a count of parts other than the shares listed says nothing of the whole
    assert _rows(percent_sum, "业务收入由药品、医疗服务、检查化验等构成，分别占36.8%、41.5%和19.6%。") == []
    assert _rows(percent_sum, "业务收入由药品、医疗服务、检查化验和耗材四部分构成，分别占36.8%、41.5%和19.6%。") == []


def test_a_loss_share_of_firms_and_a_rate_among_a_group_counted_by_another_measure_word():
    assert _rows(share_of_total, "年末全县共有规模以上工业企业86家，其中亏损企业9家，亏损面为11.5%。") == [
        ("inconsistent", "11.5% (9家 of 86家)")]
    assert _rows(share_of_total, "年末全县共有规模以上工业企业86家，其中亏损企业9家，亏损面为10.5%。") == [
        ("consistent", "10.5% (9家 of 86家)")]
    text = "全市1253名农村五保对象中，集中供养684人，集中供养率{p}。"
    assert _rows(share_of_total, text.format(p="56.9%")) == [("inconsistent", "56.9% (684人 of 1253名)")]
    assert _rows(share_of_total, text.format(p="54.6%")) == [("consistent", "54.6% (684人 of 1253名)")]


def test_the_main_items_after_a_colon_lead_are_shares_of_the_total_before():
    text = ("全县一般公共预算支出完成30.64亿元，比上年的26.83亿元增长12.4%。主要支出项目：教育支出6.82亿元，占22.3%；"
            "社会保障和就业支出4.15亿元，占{p}。")
    assert _rows(share_of_total, text.format(p="14.5%")) == [
        ("consistent", "22.3% (6.82亿元 of 30.64亿元)"), ("inconsistent", "14.5% (4.15亿元 of 30.64亿元)")]
    assert ("consistent", "13.5% (4.15亿元 of 30.64亿元)") in _rows(share_of_total, text.format(p="13.5%"))


def test_twenty_foot_equivalent_units_are_a_measure():
    text = "完成集装箱吞吐量312万标准箱，同比增长8.7%，完成年度目标330万标准箱的{p}。"
    assert [v for v, _ in _rows(target_met, text.format(p="95.8%"))] == ["inconsistent"]
    assert [v for v, _ in _rows(target_met, text.format(p="94.5%"))] == ["consistent"]


def test_a_whole_named_by_two_acts_takes_the_figure_they_label():
    text = ("全院共受理各类案件6428件；审结、执结6015件，结案率达到93.6%。审结、执结的案件中，刑事案件512件、民商事案件3846件、"
            "行政案件58件、执行案件{x}件。")
    assert [v for v, _ in _rows(parts_sum, text.format(x="1599"))] == ["consistent"]
    assert [v for v, _ in _rows(parts_sum, text.format(x="1609"))] == ["inconsistent"]


_XF = ("一、基本情况\n全年全市各级信访部门共受理群众来信来访3268件次，比上年下降8.4%。\n二、主要做法\n"
       "（一）狠抓信访事项办理。坚持每件必复，全年按期办结3093件，按期办结率{p}；初信初访一次性化解率达到85.7%。")


def test_a_rate_of_handling_the_cases_received_is_over_the_reports_one_count_of_them():
    assert ("inconsistent", "96.2% (3093件 of 3268件次)") in _rows(share_of_total, _XF.format(p="96.2%"))
    assert ("consistent", "94.6% (3093件 of 3268件次)") in _rows(share_of_total, _XF.format(p="94.6%"))
    # two counts of cases received (来信 and 来访 apart): which is the whole is not sure — judged only when one fits
    text = _XF.replace("共受理群众来信来访3268件次", "共受理群众来信1268件次、来访2000件次").format(p="96.2%")
    assert not [r for r in _rows(share_of_total, text) if r[0] == "inconsistent"]


_TABLE2 = ("三、绩效目标完成情况\n年度设定的各项绩效指标均已完成，具体如下：\n指标名称  年度指标值  实际完成值\n"
           "高标准农田建设面积  2.5万亩以上  2.62万亩\n动物强制免疫密度  95%以上  {v}\n项目资金拨付及时率  100%  100%\n\n四、自评结论\n")


def test_a_claim_introducing_a_table_is_said_of_each_row():
    from analysis.rules.tables import table_targets_met

    rows = _rows(table_targets_met, _TABLE2.format(v="93.8%"))
    assert rows == [("inconsistent", "动物强制免疫密度 93.8%; target 95%以上 (年度设定的各项绩效指标均已完成)")]
    assert _rows(table_targets_met, _TABLE2.format(v="95%")) == []  # on the boundary: 95% is 95%以上
    # a table introduced with no claim (具体如下：alone) says nothing of its rows
    assert _rows(table_targets_met, _TABLE2.format(v="93.8%").replace("年度设定的各项绩效指标均已完成，", "")) == []
    # a plan's words (确保…均完成) claim nothing done
    assert _rows(table_targets_met, _TABLE2.format(v="93.8%").replace("年度设定的", "确保")) == []


def test_the_weights_of_a_scoring_scheme_sum_to_100():
    from analysis.rules.shares import percent_sum

    text = "本次评价采用投入、过程、产出、效益四类指标，权重分别为20%、{b}%、30%和30%。"
    assert [v for v, _ in _rows(percent_sum, text.format(b="25"))] == ["inconsistent"]
    assert [v for v, _ in _rows(percent_sum, text.format(b="20"))] == ["consistent"]
    # weights of some classes only (no count of them), or shares of another whole, say nothing of a sum
    assert _rows(percent_sum, "考核指标体系中，经济发展类和民生保障类指标权重分别为30%和25%。") == []
    assert _rows(percent_sum, "我市外贸进出口由一般贸易、加工贸易、边境贸易三部分构成，分别占全省同类贸易的12.5%、8.3%和21.6%。") == []


def test_all_rates_of_a_list_against_one_target_each_judged():
    text = "城镇居民人均可支配收入19,860元、农村居民人均纯收入11,240元，分别增长{a}%和12.8%，均超额完成年度增长12%的目标。"
    assert _rows(target_met, text.format(a="11.5")) == [
        ("inconsistent", "11.5%; target 12% (met)"), ("consistent", "12.8%; target 12% (met)")]
    assert [v for v, _ in _rows(target_met, text.format(a="12.5"))] == ["consistent", "consistent"]
    # with no 均 the claim is the last rate's only
    assert _rows(target_met, "农村居民人均纯收入增长11.5%；城镇居民收入增长12.8%，超额完成年度增长12%的目标。") == [
        ("consistent", "12.8%; target 12% (met)")]


def test_shares_among_a_group_of_places_and_cases():
    from analysis.rules.shares import granularity

    assert _rows(granularity, "全区12个社区卫生服务站中，已有45%完成标准化建设。") == [("inconsistent", "45% of 12个社区")]
    assert _rows(granularity, "全区12个社区卫生服务站中，已有50%完成标准化建设。") == [("consistent", "50% of 12个社区")]
    text = "对辖区11个老旧小区开展电动自行车集中充电设施摸排，充电设施覆盖率达{p}。"
    assert _rows(granularity, text.format(p="75%")) == [("inconsistent", "75% of 11个")]
    assert _rows(granularity, text.format(p="72.7%")) == [("consistent", "72.7% of 11个")]
    # a coverage over facilities built is over the places they serve: no n
    assert [v for v, _ in _rows(granularity, "新建服务设施92个，设施覆盖率达75.3%。")] != ["inconsistent"]
    # 拟不起诉案件 names a status, no plan
    assert _rows(granularity, "对7件拟不起诉案件举行公开听证，听证意见采纳率85%。") == [("inconsistent", "85% of 7件")]


def test_a_ceiling_between_a_total_and_its_split_is_no_whole():
    text = "截至2018年末，全区政府债务余额48.6亿元，控制在省核定的限额51.2亿元以内，其中一般债务31.4亿元，专项债务{x}亿元。"
    assert _rows(parts_sum, text.format(x="17.2")) == [("consistent", "48.6亿元 = 31.4亿元 + 17.2亿元")]
    assert _rows(parts_sum, text.format(x="16.2")) == [("inconsistent", "48.6亿元 = 31.4亿元 + 16.2亿元")]


def test_projects_under_way_are_the_new_and_the_continued():
    text = "全年在建亿元以上项目{t}个，其中新开工项目21个，续建项目14个。"
    assert _rows(parts_sum, text.format(t="37")) == [("inconsistent", "37个 = 21个 + 14个")]
    assert _rows(parts_sum, text.format(t="35")) == [("consistent", "35个 = 21个 + 14个")]


def test_revenue_less_spending_is_the_years_balance():
    text = "社会保险基金收入完成18.34亿元，较上年增长6.8%；支出17.05亿元，当年结余{b}亿元。"
    assert _rows(parts_sum, text.format(b="1.29")) == [("consistent", "18.34亿元 = 17.05亿元 + 1.29亿元")]
    assert [v for v, _ in _rows(parts_sum, text.format(b="1.92"))] == ["inconsistent"]
    assert [v for v, _ in _rows(parts_sum, "国有资本经营预算收入420万元，支出380万元，结转下年50万元。")] == ["inconsistent"]
    # a year-end balance is a stock: no difference read
    assert _rows(parts_sum, "收入5.88亿元，支出6.67亿元，年末结余2.36亿元。") == []


def test_grades_in_quotes_cover_the_things_graded():
    text = "开展项目绩效自评8个，评价结果为“优”的5个、“良”的{x}个。"
    assert _rows(parts_sum, text.format(x="3")) == [("consistent", "8个 = 5个 + 3个")]
    assert _rows(parts_sum, text.format(x="2")) == []  # (grades need not cover all: a weak pairing, kept when it holds)


def test_the_alarms_of_the_burned_heldout22():
    from analysis.rules.ratios import derived_ratio

    # 较好地完成了…各项目标任务: a hedge on all targets
    body = "全年新建小型水库24座，年度目标26座。"
    assert "inconsistent" not in [v for v, _ in _rows(target_met, body + "一年来，较好地完成了年度各项目标任务。")]
    assert "inconsistent" in [v for v, _ in _rows(target_met, body + "一年来，全面完成了年度各项目标任务。")]
    # a share a target sets (…占比达到35%以上的年度目标已经实现) is no share stated of the counts before it
    text = ("全年总诊疗1,268万人次，其中三级医院486万人次、二级医院352万人次、基层医疗卫生机构430万人次，分别占38.3%、27.8%和33.9%，"
            "基层诊疗量占比达到35%以上的年度目标已经实现。")
    assert not [r for r in _rows(share_of_total, text) if "35%" in r[1]]
    # the ratio restated in a summing-up is no numerator of itself
    text = ("全市常住人口186.4万人，医疗卫生机构床位1.19万张，每千人口床位6.4张。\n五、总体评价\n总体看，全年每千人口床位6.4张，"
            "群众看病就医获得感持续增强。")
    assert "inconsistent" not in [v for v, _ in _rows(derived_ratio, text)]
    # items said to be part of the whole (三项合计占70.8%) are no complete split of it
    text = ("实现旅游总收入168.4亿元，为年度计划160.0亿元的105.3%。从收入构成看，住宿38.6亿元、餐饮42.1亿元、购物35.2亿元，"
            "分别占22.9%、25.0%和20.9%，三项合计占70.8%。")
    assert "inconsistent" not in [v for v, _ in _rows(parts_sum, text)]
    assert "inconsistent" in [v for v, _ in _rows(parts_sum, text.replace("，三项合计占70.8%", ""))]


def test_a_rate_of_the_level_reached_not_last_years():
    text = "全县245个行政村中，至上年末已完成农村生活污水治理148个，今年新完成32个，累计完成{c}个，治理率达75.9%。"
    assert _rows(share_of_total, text.format(c="186")) == [("consistent", "75.9% (186个 of 245个)")]
    assert _rows(share_of_total, text.format(c="176")) == [("inconsistent", "75.9% (176个 of 245个)")]


def test_the_things_counted_named_again_as_a_rates_subject():
    from analysis.rules.shares import granularity

    text = "全年组织防汛检查16次，全县7个乡镇水利站规范化建设达标率{p}。"
    assert _rows(granularity, text.format(p="80%")) == [("inconsistent", "80% of 7个乡镇")]
    assert _rows(granularity, text.format(p="85.7%")) == [("consistent", "85.7% of 7个乡镇")]
    # a comma between: the rate is of the batches checked, not of the 24 classes covered
    text = "全年完成食品安全监督抽检320批次，覆盖粮食加工品、食用油、肉制品等24个大类，抽检合格率为97.5%。"
    assert "inconsistent" not in [v for v, _ in _rows(granularity, text)]


_GOALS = ("一、主要目标任务\n年初确定：社会消费品零售总额增长6%，外贸进出口总额增长8%，实际使用外资3.5亿美元。\n\n二、目标完成情况\n"
          "（一）消费市场。全市实现社会消费品零售总额658.4亿元，同比增长6.3%。\n（二）对外贸易。全年完成进出口总额186.2亿元，"
          "较上年的175.0亿元增长{r}%。\n（三）利用外资。实际使用外资3.86亿美元。\n\n四、自评结论\n总体看，全面完成年度目标任务，自评得分96分。")


def test_targets_set_under_a_heading_of_targets_with_a_measure_named_actual():
    # 实际使用外资 names a measure: the list of 年初确定： is the year's targets, and 外贸进出口总额 / 进出口总额 one measure
    assert ("inconsistent", "6.4%; target 8% (met)") in _rows(target_met, _GOALS.format(r="6.4"), 2022)  # (the claim's row)
    assert ("consistent", "6.4%; target 8% (not met)") in _rows(target_met, _GOALS.format(r="6.4"), 2022)
    rows = _rows(target_met, _GOALS.format(r="8.4"), 2022)
    assert "inconsistent" not in [v for v, _ in rows] and ("consistent", "8.4%; target 8% (met)") in rows
