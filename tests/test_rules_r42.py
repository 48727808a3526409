"""Round 42 (twenty-seventh session): readings mended while the burned sets tuning79–81 (the former heldout101,
heldout99 and heldout40) and tuning82–84 (the former heldout104, heldout67 and heldout50) were read, each with sentences
that hold, that fail and that sit on a boundary, and decoys."""
from analysis.figures import extract_figures
from analysis.ingest import build_document
from analysis.rules.crossref import cross_reference
from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.dates import date_valid
from analysis.rules.enumeration import enumeration_count
from analysis.rules.placeholder import placeholder
from analysis.rules.shares import granularity, percent_sum, share_of_total
from analysis.rules.sums import parts_sum
from analysis.rules.tables import table_rates
from analysis.rules.targets import target_met
from rules_cases import alarm_verdicts, verdicts_stated as _rows


def _verdicts(rule, text: str, year: int | None = 2021) -> list[str]:
    return [v for v, _ in _rows(rule, text, year)]


# a table copied out of a PDF: its cells apart by single spaces and its rows run together on one line, a 单位 column
# and a column for each of two years
_FLAT_TABLE = ("集团全年实现营业收入{prose}亿元，利润总额3.26亿元。\n"
               "表1 主要经营指标完成情况 指标名称 单位 2022年 2021年 增减（%） 营业收入 亿元 46.82 41.35 {g} "
               "利润总额 亿元 3.26 2.87 13.6 资产总额 亿元 218.4 196.7 11.0\n二、主要工作成效\n")


def test_a_flattened_table_with_a_unit_column_and_year_columns_gives_its_cells():
    doc = build_document(_FLAT_TABLE.format(prose="46.82", g="13.2"), year=2022)
    cells = extract_figures(doc, "t").set_index("text")
    assert (cells.loc["46.82", "unit"], cells.loc["41.35", "unit"], cells.loc["13.2", "unit"]) == ("亿元", "亿元", "%")
    assert cells.loc["13.2", "kind"] == "percent" and cells.loc["218.4", "kind"] == "money"


def test_a_flattened_tables_growth_column_is_the_later_year_over_the_earlier():
    text = _FLAT_TABLE.format(prose="46.82", g="{g}")
    assert ("consistent", "营业收入 13.2") in _rows(table_rates, text.format(g="13.2"), 2022)
    assert ("inconsistent", "营业收入 12.3") in _rows(table_rates, text.format(g="12.3"), 2022)


def test_the_report_years_column_is_what_the_text_restates():
    text = _FLAT_TABLE.format(prose="{v}", g="13.2")
    assert ("inconsistent", "46.28亿元; 46.82") in _rows(cross_reference, text.format(v="46.28"), 2022)
    assert "inconsistent" not in _verdicts(cross_reference, text.format(v="46.82"), 2022)
    # the earlier year's column is no value of the report's year (41.35 is 2021's revenue)
    assert "inconsistent" not in _verdicts(cross_reference, text.format(v="46.82").replace("2022年 2021年", "2021年 2020年"), 2022)


def test_a_table_of_products_with_a_growth_column_in_percent():
    text = ("全年粮食总产量21.6万吨，比上年增长3.2%。\n表1 2013年主要农产品产量及其增长速度 产品名称 单位 产量 比上年增长（%） "
            "粮食 万吨 21.6 3.2 棉花 万吨 4.85 2.1 油料 吨 8620 9.7 蔬菜 万吨 12.4 7.5\n")
    cells = extract_figures(build_document(text, year=2013), "t")
    got = {(t, u) for t, u in zip(cells.text, cells.unit)}
    assert {("4.85", "万吨"), ("2.1", "%"), ("8620", "吨"), ("7.5", "%")} <= got


def test_an_item_named_with_no_amount_before_deng_leaves_the_sum_open():
    text = "全县一般公共预算收入完成9.86亿元。加上上级补助收入24.65亿元{rest}，收入总计41.27亿元。"
    assert _verdicts(parts_sum, text.format(rest="、债券转贷收入等")) == []
    # named with its amount, the list is whole again
    assert _verdicts(parts_sum, text.format(rest="、债券转贷收入6.76亿元")) == ["consistent"]
    assert _verdicts(parts_sum, text.format(rest="、债券转贷收入6.67亿元")) == ["inconsistent"]


def test_the_whole_a_share_is_taken_of_is_no_count_of_the_cases_handled():
    text = ("区政府共承办委员提案214件，占大会立案总数251件的85.3%。截至目前，承办的提案已全部办理答复，"
            "其中按期办复率{p}%。")
    assert "inconsistent" not in _verdicts(granularity, text.format(p="98.6"))  # 211 of 214
    assert ("inconsistent", "98.7% of 214件") in _rows(granularity, text.format(p="98.7"))


def test_a_percent_of_the_things_counted_named_again_or_framed_by_zhong():
    cases = [("全市15个镇街已全部完成专项资金自查，其中{p}%的镇街新建了资金监管台账。", "40", "30", "15个"),
             ("全镇8所中小学中，{p}%完成了食堂“明厨亮灶”改造。", "75", "70", "8所"),
             ("12个医技科室中{p}%通过了省级质控中心检查。", "75", "80", "12个"),
             ("学校现有本科专业52个，其中{p}%的专业通过了工程教育认证。", "25", "26", "52个"),
             ("县政府领导领衔督办的9件重点建议，已有{p}%取得实质性进展。", "77.8", "80", "9件")]
    for text, ok, bad, n in cases:
        assert _rows(granularity, text.format(p=ok)) == [("consistent", f"{ok}% of {n}")], text
        assert _rows(granularity, text.format(p=bad)) == [("inconsistent", f"{bad}% of {n}")], text
    # 76%的村民: the people of the things counted, another noun
    assert _verdicts(granularity, "全镇12个村中，有76%的村民参加了医保。") == []


def test_a_count_before_a_name_in_latin_letters_is_read():
    for text, n, ok, bad in [("年内对23家A级旅游景区开展服务质量评估，达标率为{p}%。", "23家", "91.3", "92"),
                             ("对辖区12家AAA级景区开展检查，合格率为{p}%。", "12家", "75", "90")]:
        assert ("consistent", f"{ok}% of {n}") in _rows(granularity, text.format(p=ok))
        assert ("inconsistent", f"{bad}% of {n}") in _rows(granularity, text.format(p=bad))
    # a code glued to digits is no count (5G, 3A级: the figure stays the count before the grade)
    cells = extract_figures(build_document("建成5G基站120个，新增3A级景区2家。", year=2021), "t")
    assert list(cells.text) == ["120个", "2家"]


def test_a_line_wrapped_after_a_heading_run_into_its_paragraph_reads_on():
    text = ("一、经营情况\n（二）多元业务协同发展。从收入结构看，港口装卸、物流贸易、港口地产和其他业务收入分别\n"
            "占营业收入的52.6%、28.4%、11.3%和{p}%，物流贸易板块对收入增长的贡献明显提升。\n（三）投资建设有序推进。\n")
    assert _rows(percent_sum, text.format(p="7.7")) == [("consistent", "52.6% + 28.4% + 11.3% + 7.7%")]
    assert _rows(percent_sum, text.format(p="9.1")) == [("inconsistent", "52.6% + 28.4% + 11.3% + 9.1%")]
    # a heading line of its own still ends its line (the next line is no continuation of it)
    doc = build_document("（二）多元业务协同发展情况说明如下各项指标\n占营业收入的比重明显提升。", year=2022)
    assert "\n" in doc.folded


def test_an_item_joining_another_kind_to_the_one_a_share_names_is_not_its_part():
    text = ("全年医院总收入9.86亿元，其中医疗收入8.12亿元、财政补助收入1.37亿元、科教及其他收入0.37亿元。"
            "医疗收入中，药品收入占26.8%、卫生材料收入占19.5%、医疗服务收入占51.2%、其他收入占{p}%。")
    assert _rows(percent_sum, text.format(p="2.5")) == [("consistent", "26.8% + 19.5% + 51.2% + 2.5%")]
    assert _rows(percent_sum, text.format(p="4.6")) == [("inconsistent", "26.8% + 19.5% + 51.2% + 4.6%")]
    # the item named alone in the sentence before is still the share's part
    text = "全年医院总收入9.86亿元，其中医疗收入8.12亿元、其他收入0.37亿元。其他收入占总收入的{p}%。"
    assert _rows(share_of_total, text.format(p="3.8")) == [("consistent", "3.8% (0.37亿元 of 9.86亿元)")]


def test_the_group_a_semicolon_part_opens_with_is_the_whole_of_each_share_it_lists():
    text = ("现有教职工1386人，其中专任教师1052人；专任教师中具有高级职称的486人，占46.2%，"
            "具有博士学位的318人，占{p}%。")
    assert _rows(share_of_total, text.format(p="30.2")) == [("consistent", "46.2% (486人 of 1052人)"),
                                                           ("consistent", "30.2% (318人 of 1052人)")]
    assert ("inconsistent", "32.5% (318人 of 1052人)") in _rows(share_of_total, text.format(p="32.5"))


def test_kinds_named_and_counted_before_their_amounts_make_up_the_whole():
    text = ("全年基金收入1.82亿元，比上年的1.61亿元增长13.0%。基金支出{t}亿元，比上年增长18.5%，由住院统筹、门诊统筹和"
            "大病保险三部分构成，分别为1.29亿元、0.31亿元和0.21亿元。")
    assert _verdicts(parts_sum, text.format(t="1.81")) == ["consistent"]
    # (the income stated before, which the parts happen to match, is not the whole the text declares)
    assert _verdicts(parts_sum, text.format(t="1.74")) == ["inconsistent"]
    # four kinds named for three parts: no declared whole
    text = "基金支出1.74亿元，由住院统筹、门诊统筹、大病保险和其他支出三部分构成，分别为1.29亿元、0.31亿元和0.21亿元。"
    assert _verdicts(parts_sum, text) == []


def test_as_many_items_as_the_kinds_counted_make_a_qizhong_list_whole():
    text = ("审计指出{n}项专项资金存在的问题金额2.74亿元，其中就业补助资金0.83亿元、养老服务资金1.12亿元、"
            "农田水利建设资金0.61亿元{deng}。")
    assert _verdicts(parts_sum, text.format(n="3", deng="")) == ["inconsistent"]
    # four kinds counted, three listed; or a list closed by 等: some of the kinds only
    assert _verdicts(parts_sum, text.format(n="4", deng="")) == []
    assert _verdicts(parts_sum, text.format(n="3", deng="等")) == []
    assert _verdicts(parts_sum, text.replace("2.74", "2.56").format(n="3", deng="")) == ["consistent"]


def test_items_of_up_to_ten_characters_before_their_count_are_its_whole_list():
    text = "审计重点关注了减税降费、稳就业、优化营商环境、防范化解政府债务风险{n}个方面，指出的问题已基本整改到位。"
    assert _verdicts(enumeration_count, text.format(n="四")) == ["consistent"]
    assert _verdicts(enumeration_count, text.format(n="五")) == ["inconsistent"]
    # a list closed by 等 still cannot be counted
    assert "inconsistent" not in _verdicts(enumeration_count, text.replace("风险{n}", "风险等{n}").format(n="五"))


def test_a_level_stated_as_it_is_under_a_plans_heading_is_no_plan():
    text = ("一、基本情况\n医院编制床位800张，年末实际开放床位926张。\n六、2021年工作打算\n"
            "医院年末实际开放床位{b}张，床位资源仍然紧张，新院区建成后开放床位将达到1200张。\n")
    assert ("inconsistent", "926张; 962张") in _rows(cross_reference, text.format(b="962"), 2020)
    assert "inconsistent" not in _verdicts(cross_reference, text.format(b="926"), 2020)
    # a measure whose name holds 实际 (实际利用外资) under the plans' heading is still the plan's
    text = ("一、主要成效\n全年实际利用外资1.86亿美元。\n三、2019年工作打算\n全年实际利用外资2.2亿美元。\n")
    assert "inconsistent" not in _verdicts(cross_reference, text, 2018)


def test_next_years_base_names_the_report_years_result():
    text = ("（一）一般公共预算。全县一般公共预算收入完成9.86亿元，为预算9.50亿元的103.8%，比上年增长8.4%。\n"
            "三、2019年预算草案\n按照积极稳妥、收支平衡的原则，2019年全县一般公共预算收入以上年完成数{v}亿元为基数，预期增长6%。")
    assert _rows(cross_reference, text.format(v="9.68"), 2018) == [("inconsistent", "9.86亿元; 9.68亿元")]
    assert _rows(cross_reference, text.format(v="9.86"), 2018) == [("consistent", "9.86亿元; 9.86亿元")]
    # 上年 in a sentence of the report's own year is the year before: no restatement of the year's result
    assert _verdicts(cross_reference, text.format(v="9.68").replace("2019年全县", "2018年全县"), 2018) == []


def test_the_grain_of_the_three_seasons_is_the_years_whole():
    text = "全年粮食总产量{t}万吨，其中夏粮8.17万吨、早稻5.06万吨、秋粮19.05万吨。"
    assert _verdicts(parts_sum, text.format(t="32.28")) == ["consistent"]
    assert _verdicts(parts_sum, text.format(t="32.46")) == ["inconsistent"]
    # summer and autumn grain alone may leave the early rice out
    assert "inconsistent" not in _verdicts(parts_sum, "全年粮食总产量32.46万吨，其中夏粮8.17万吨、秋粮19.05万吨。")


def test_aspects_counted_again_before_their_amounts_split_the_whole_named_with_them():
    text = ("局党组制定整改工作方案，将反馈的4个方面32个问题细化为86项整改措施，逐项明确责任领导。"
            "4个方面问题分别为：政治建设方面7个、履职尽责方面12个、作风建设方面{a}个、班子队伍建设方面9个。")
    assert _verdicts(parts_sum, text.format(a="4")) == ["consistent"]
    assert _verdicts(parts_sum, text.format(a="6")) == ["inconsistent"]
    # three aspects listed for the four counted: no split
    assert _verdicts(parts_sum, text.format(a="4").replace("、班子队伍建设方面9个", "")) == []


def test_review_decoys_of_this_round_raise_nothing():
    """Correct texts the round's read-only review wrote against the new readings (each once an alarm or a misreading)."""
    quiet = [
        # a row in percent changes by points, and GDP and value added grow at constant prices
        (table_rates, "指标名称  单位  2021年  2020年  增长（%）\n城镇化率  %  65.2  64.1  1.1\n"
                      "城镇登记失业率  %  3.2  3.5  -0.3\n营业收入  亿元  46.82  41.35  13.2\n"),
        (table_rates, "指标名称 单位 2021年 2020年 增长（%） 地区生产总值 亿元 512.6 478.3 6.5 "
                      "规模以上工业增加值 亿元 160.2 150.1 8.9 营业收入 亿元 46.82 41.35 13.2\n"),
        # a part whose name ends with a row's name is no restatement of the row
        (cross_reference, "主营业务实现营业收入39.60亿元，占营业收入的84.6%。\n表1 主要经营指标完成情况 指标名称 单位 2021年 "
                          "2020年 增减（%） 营业收入 亿元 46.82 41.35 13.2 利润总额 亿元 3.26 2.87 13.6\n二、工作\n"),
        # the 中 of a bare 其中 frames no group; a piece of the noun counted, or one of two kinds joined, is another noun
        (granularity, "全县专项资金2.8亿元，涉及项目32个，其中87.3%已拨付到位。"),
        (granularity, "全年来信来访326件，涉及12个乡镇，其中96.6%已办结。"),
        (granularity, "全县共有中小学校46所，其中85.2%的小学已建成标准化食堂。"),
        (granularity, "全县现有行政村和社区158个，其中93.5%的社区已建成综合服务站。"),
        (granularity, "全县有公立医院和乡镇卫生院38家，其中72.4%的卫生院已实现远程会诊。"),
        # the amount right before 由 is a guess when another of its unit stands before it in the sentence
        (parts_sum, "全年医保基金支出1.74亿元，当年结余0.08亿元，由三部分构成：住院统筹1.12亿元、门诊统筹0.41亿元、大病保险0.21亿元。"),
        (parts_sum, "全年医保基金支出1.74亿元，当年结余0.08亿元，由住院统筹、门诊统筹和大病保险三部分构成，分别为1.12亿元、0.41亿元"
                    "和0.21亿元。"),
        # items that are some of each kind (未发放, 中央), or kinds of cost of the projects counted
        (parts_sum, "审计抽查3项专项资金共计2.74亿元，其中年底未发放就业补助资金0.35亿元、养老服务资金0.22亿元、农田水利建设资金0.18亿元。"),
        (parts_sum, "整合3项专项资金共计2.74亿元，其中中央就业补助资金0.35亿元、中央养老服务资金0.22亿元、中央农田水利建设资金0.18亿元。"),
        (parts_sum, "审计3项重点工程项目资金共计2.74亿元，其中征地拆迁资金0.35亿元、工程建设资金0.22亿元、设备购置资金0.18亿元。"),
    ]
    for rule, text in quiet:
        assert alarm_verdicts(rule, text, 2021) == [], text
    # a column of years inside the rows leaves the table's amounts read
    text = ("重点项目进展情况（单位：亿元）\n项目名称 开工年份 计划投资 完成投资 城东污水厂 2020年 5.2 3.1 城西水厂 2021年 4.0 2.2 "
            "城南管网 2021年 3.3 1.9\n")
    cells = extract_figures(build_document(text, year=2021), "t")
    assert {("5.2", "亿元"), ("2.2", "亿元"), ("1.9", "亿元")} <= set(zip(cells.text, cells.unit))
    # a heading with a subtitle after its colon still ends its line; 实现有效投资 states no level
    from analysis.ingest import hard_wraps
    assert hard_wraps("二、2022年工作安排：坚持稳中求进推动经济高质量发展\n2022年是党的二十大召开之年。") == []
    from analysis.rules.common import figs_of, in_plan
    doc = build_document("一、2021年工作回顾\n全年完成投资12亿元。\n二、2022年工作打算\n全年实现有效投资15亿元。\n", year=2021)
    f = [g for g in figs_of(doc, extract_figures(doc, "t")) if g.text == "15亿元"][0]
    assert in_plan(doc.folded, doc, f)


def test_a_date_line_in_brackets_under_the_title_is_the_day_of_delivery():
    from analysis.ingest import report_year
    text = "桐坝县统计局局长述职报告\n（2016年1月12日）\n\n2015年，在县委、县政府的正确领导下，圆满完成了各项统计调查任务。\n"
    assert report_year(text) == 2015
    # a date in the title line itself still names the year
    assert report_year("2016年1月工作简报\n（2016年2月3日）\n") == 2016
    doc_text = text + "2月29日，组织召开全县统计工作会议。\n"
    assert _verdicts(date_valid, doc_text, None) == ["inconsistent"]


def test_an_activity_or_its_sites_with_the_number_left_out():
    for text, stated in [("围绕特色产业开展技能培训期，培训脱贫劳动力2360人次。", "开展技能培训期"),
                         ("组织政策宣讲次，发放宣传资料2.5万份。", "组织政策宣讲次"),
                         ("开展河湖专项行动，清理整治问题处，河湖面貌明显改善。", "清理整治问题处")]:
        assert _rows(placeholder, text) == [("missing", stated)], text
    for text in ("开展技能培训期间，培训2360人次。", "本学期开展主题班会活动，每学期举办一期。", "组织考试一次。",
                 "全年检定计量器具2.4万台件，开展计量比对12次。", "设立便民服务处，方便群众办事。"):
        assert _rows(placeholder, text) == [], text


def test_last_year_ends_level_plus_the_years_flow_added_with_jiashang():
    text = "截至2019年底，全县累计补贴农机具1.26万台套，加上今年补贴的1746台套，累计达到{c}万台套。"
    assert _rows(cumulative_vs_new, text.format(c="1.52"), 2020) == [
        ("inconsistent", "previous 1.26万台套 + new 1746台套 = current 1.52万台套")]
    assert _rows(cumulative_vs_new, text.format(c="1.43"), 2020) == [
        ("consistent", "previous 1.26万台套 + new 1746台套 = current 1.43万台套")]


def test_review_decoys_of_the_second_round_raise_nothing():
    """Correct texts the second read-only review wrote against this round's later readings."""
    quiet = [
        (placeholder, "组织施工队伍进场，确保项目早日开工。"), (placeholder, "举办网络招聘专场，为企业和求职者搭建对接平台。"),
        (placeholder, "组织抢抓窗口期，加快推进项目建设。"), (placeholder, "开展脱贫攻坚过渡期，保持政策总体稳定。"),
        (placeholder, "组织观众有序入场，活动圆满成功。"), (placeholder, "对排查发现的隐患处，逐一建立台账。"),
        # a year-to-date result, a base on another basis, another scope
        (cross_reference, "（一）一般公共预算。1-11月，全县一般公共预算收入完成9.1亿元，预计全年完成9.86亿元。\n三、2022年预算草案\n"
                          "2022年全县一般公共预算收入以上年完成数9.86亿元为基数，预期增长6%。"),
        (cross_reference, "（一）一般公共预算。全县一般公共预算收入完成9.86亿元。\n三、2022年预算草案\n"
                          "2022年全县一般公共预算收入在上年完成数9.5亿元（同口径）的基础上增长7%。"),
        (cross_reference, "（一）一般公共预算。全县一般公共预算收入完成9.86亿元。\n三、2022年预算草案\n"
                          "2022年县本级一般公共预算收入以上年完成数6.52亿元为基数，预期增长6%。"),
        # another year's value named beside a table of years
        (cross_reference, "2020年营业收入40.1亿元，2021年增至46.28亿元。\n表1 主要经营指标 指标名称 单位 2021年 2020年 增减（%） "
                          "营业收入 亿元 46.28 40.1 15.4 利润总额 亿元 3.26 2.87 13.6\n二、工作\n"),
        # another round's problems
        (parts_sum, "上轮巡察反馈的4个方面32个问题已整改到位。本轮巡察反馈的4个方面问题分别为：政治建设方面9个、履职尽责方面11个、"
                    "作风建设方面6个、班子建设方面4个。"),
    ]
    for rule, text in quiet:
        assert alarm_verdicts(rule, text, 2021) == [], text
    from analysis.ingest import hard_wraps, report_year
    # a quarter's report or a plan dated early in the year is of that year
    assert report_year("第一季度工作总结\n（2016年3月31日）\n一季度，我局完成投资3亿元，2016年目标是12亿元。\n") == 2016
    assert report_year("县商务局工作要点\n（2016年1月10日）\n一、总体要求\n2016年是“十三五”开局之年。\n") == 2016
    # a heading run into its paragraph after a colon, the paragraph wrapped: the wrap is joined
    text = "（三）项目建设：全年实施重点项目42个，其中新开工项目18个，完成投资32.3亿元，续建项目\n24个，完成投资41.2亿元。"
    assert hard_wraps(text) == [text.index("\n")]


def test_a_works_task_counted_by_its_starts():
    text = "省下达我县棚户区改造任务1200套，全年开工{n}套，圆满完成年度目标任务。"
    assert _rows(target_met, text.format(n="1146")) == [("inconsistent", "1146套; target 1200套 (met)")]
    assert _rows(target_met, text.format(n="1236")) == [("consistent", "1236套; target 1200套 (met)")]
    # starts are no achievement of a task of another kind
    assert _rows(target_met, "省下达我县新增就业任务1200人，全年开工项目36个。") == []


def test_what_a_check_found_wanting_is_no_work_done_toward_its_target():
    text = ("全年完成食品安全监督抽检{n}批次，检出不合格163批次，不合格率{r}%，超额完成省局下达的5500批次年度抽检任务。")
    assert _rows(target_met, text.format(n="5260", r="3.1")) == [("inconsistent", "5260批次; target 5500批次 (met)")]
    assert _rows(target_met, text.format(n="5620", r="2.9")) == [("consistent", "5620批次; target 5500批次 (met)")]


def test_a_target_alone_in_its_bracket_after_its_name():
    text = "全市12个国省考断面中，水质优良断面10个，优良比例{p}%，优于年度目标（85%），无劣五类断面。"
    assert _rows(target_met, text.format(p="83.3")) == [("inconsistent", "83.3% 优于85% (target)")]
    assert _rows(target_met, text.format(p="91.7")) == [("consistent", "91.7% 优于85% (target)")]
    # a bracket followed by by how much is read as before; an outside benchmark is no target
    text = "全年征缴各项社会保险费12.6亿元，超出年度征缴目标（12亿元）0.6亿元。"
    assert ("consistent", "12.6亿元; target 12亿元 (met)") in _rows(target_met, text)
    assert _rows(target_met, "优良比例83.3%，高于全省平均水平（80%）。") == []


def test_final_review_decoys_raise_nothing():
    """Correct texts the final read-only review wrote against this session's last readings."""
    quiet = [
        # work done toward the target though its name says 违法 / 违规 / 不达标 (no check counted beside it)
        (target_met, "新增绿地面积8万平方米，拆除违法建筑12万平方米，超额完成年度拆违任务10万平方米。"),
        (target_met, "立案85件，查处违法案件126件，超额完成全年120件的任务。"),
        (target_met, "改造燃煤锅炉30台，淘汰不达标燃煤锅炉45台，超额完成年度淘汰目标40台。"),
        (target_met, "累计排查企业80家，整改违规企业126家，完成年度整治任务120家。"),
        # starts followed by the same works completed, or starts of other works
        (target_met, "年度计划新建农村公路120公里，全年开工建设95公里，建成通车126公里，超额完成目标任务。"),
        (target_met, "省下达我县棚户区改造任务1200套，全年开工1146套，基本建成1300套，超额完成年度任务。"),
        (target_met, "下达农村危房改造任务500户，全年开工480户，竣工510户，全面完成年度任务。"),
        (target_met, "年度计划改造老旧小区30个，全年开工重点项目28个，超额完成年度任务。"),
        # rates kept low, better than their target
        (target_met, "全县林业有害生物成灾率为0.8‰，优于省定目标（3‰）。"),
        (target_met, "全年刑事案件发案率为1.2%，优于年度目标（1.5%）。"),
        # groupings that overlap
        (percent_sum, "工业企业、建筑业企业和小微企业分别占全部市场主体的30.5%、20.2%和85.3%。"),
        (percent_sum, "工业企业、制造业企业和外资企业分别占规上企业总数的40%、35%和30%。"),
    ]
    for rule, text in quiet:
        assert alarm_verdicts(rule, text, 2021) == [], text
    from analysis.ingest import hard_wraps, report_year
    # a quarter's report whose body names the year before later on is of its own year
    text = ("全县第一季度经济运行分析\n（2016年3月28日）\n一季度，全县经济平稳。\n一、主要指标\n"
            "地区生产总值比2015年同期增长7.2%。\n2月29日，召开会议。\n")
    assert report_year(text) == 2016
    # a colon's subtitle with a comma (and no figure) still ends its heading line
    assert hard_wraps("二、2022年工作安排：稳中求进，开拓创新\n2022年是党的二十大召开之年。") == []


def test_society_wide_fixed_asset_investment_is_the_fixed_asset_investment():
    text = "一年来，完成全社会固定资产投资86.5亿元，增长24.3%。坚持以项目论英雄，全年完成固定资产投资{v}亿元，其中工业投资52.6亿元。"
    assert _rows(cross_reference, text.format(v="88.5")) == [("inconsistent", "86.5亿元; 88.5亿元")]
    assert _rows(cross_reference, text.format(v="86.5")) == [("consistent", "86.5亿元; 86.5亿元")]
    # a bracket saying what the figure leaves out names another measure (with or without 全社会)
    for lead in ("完成全社会固定资产投资", "完成固定资产投资"):
        assert _verdicts(cross_reference, lead + "86.5亿元。全年完成固定资产投资（不含农户）80.2亿元。") == []
