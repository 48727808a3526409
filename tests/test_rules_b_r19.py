"""cumulative_vs_new and parts_sum, round 19 (helper B). cumulative: previous + new = current in any order (last
year-end's total in the sentence, an undated earlier total naming the same thing, or one sections back), the year's flow
named by the report's year and the act, a 按…分 class that is no flow, a running total since a start against the year's
count, a net rise after its stock. parts_sum: N项…合计, 合计 after a semicolon, 主办/协办 halves, a list ending before
its whole named again, two 按…分 cuts, quarters, a balance of an allocation, a table row split. Sentences invented."""
from analysis.rules.cumulative import cumulative_vs_new
from rules_cases import run, verdicts


def _bad(text, year=2020):
    return [r["verdict"] for r in run(cumulative_vs_new, text, year) if r["verdict"] in ("inconsistent", "missing")]


# --- previous + new = current around the year's flow -------------------------------------------------------------

DATED = "2019年底全市累计培训高素质农民1.24万人，2020年培训高素质农民0.31万人，累计培训高素质农民达到{c}万人。"


def test_year_flow_between_dated_totals():
    rows = run(cumulative_vs_new, DATED.format(c="1.55"), 2020)
    assert [r["verdict"] for r in rows] == ["consistent"]
    assert "1.24万人 + 0.31万人" in rows[0]["computed"]
    assert verdicts(cumulative_vs_new, DATED.format(c="1.65"), 2020) == ["inconsistent"]


def test_dated_total_after_the_flow_and_the_current_total():
    # the order changed: current, then the year's flow, then last year-end's total
    text = "全区累计完成农村改厕{c}万户，今年完成改厕0.85万户，截至上年底累计完成农村改厕3.40万户。"
    assert verdicts(cumulative_vs_new, text.format(c="4.25"), 2021) == ["consistent"]
    assert "inconsistent" in verdicts(cumulative_vs_new, text.format(c="4.52"), 2021)


SAME_WORDS = "建区以来累计开发标准化厂房56万平方米，本年度新增开发18万平方米，截至年底累计开发标准化厂房{c}万平方米。"


def test_earlier_total_named_alike_before_the_flow():
    assert verdicts(cumulative_vs_new, SAME_WORDS.format(c="74"), 2022) == ["consistent"]
    assert verdicts(cumulative_vs_new, SAME_WORDS.format(c="76"), 2022) == ["inconsistent"]


def test_decoys_around_a_flow_left_alone():
    # another year's flow (2018年 in a 2020 report) is no part of this year's rise
    assert not _bad(DATED.replace("2020年培训", "2018年培训").format(c="1.65"))
    # two scopes: the province's total is not the city's plus its new
    assert not _bad("全市累计建成美丽乡村示范村42个，今年新建示范村15个，全省累计建成美丽乡村示范村640个。", 2020)
    # two things: farmers trained against officials trained
    assert not _bad("2019年底累计培训高素质农民1.2万人，2020年培训高素质农民0.3万人，累计培训基层干部达到2.6万人。")
    # a total for part of the year never takes the year's flow as its rise
    assert not _bad("截至上年底累计开发标准化厂房56万平方米，全年新增开发18万平方米，截至6月底累计开发标准化厂房65万平方米。",
                    2022)


PREV_ELSEWHERE = ("一、基本情况\n截至上年底，全县累计建成城市书房42个，覆盖居民9.6万人。\n"
                  "二、主要工作\n今年新建城市书房15个，全县累计建成城市书房{c}个，年接待读者31万人次。\n")


def test_last_year_end_total_in_another_section():
    rows = run(cumulative_vs_new, PREV_ELSEWHERE.format(c="57"), 2020)
    assert [r["verdict"] for r in rows] == ["consistent"] and "42个 + 15个" in rows[0]["computed"]
    assert verdicts(cumulative_vs_new, PREV_ELSEWHERE.format(c="59"), 2020) == ["inconsistent"]


def test_decoys_for_a_total_in_another_section():
    # last year-end's total of another thing (城市书房 vs 农家书屋) is not the previous level
    other = PREV_ELSEWHERE.replace("累计建成城市书房42个", "累计建成农家书屋42个")
    assert "42个 + 15个" not in " ".join(r["computed"] for r in run(cumulative_vs_new, other.format(c="59"), 2020))
    # a year-end two years back is no previous level of this year's total
    older = PREV_ELSEWHERE.replace("截至上年底", "截至2017年底")
    assert not _bad(older.format(c="59"), 2020)


# --- a class of a breakdown is no flow ----------------------------------------------------------------------------

def test_class_of_a_breakdown_is_no_new_figure():
    text = ("共安排民生实事项目36个，按领域分，教育项目10个、医疗项目8个、交通项目12个、养老项目6个；"
            "按建设性质分，新开工项目21个、续建项目15个。")
    assert not _bad(text)
    # the flow outside a breakdown is still judged against its stock
    # (values within a factor of two: a flow more than twice its stock is another thing — round 31)
    assert verdicts(cumulative_vs_new, "全区累计建成养老服务项目16个，其中今年新开工项目21个。") == ["inconsistent"]


# --- a running total since a start and the year's count named apart -----------------------------------------------

SINCE = ("一、基本情况\n本次会议期间，委员共提交提案{n}件，其中交由区政府系统办理的176件。\n"
         "二、办理成效\n推动解决了一批群众关心的问题。本届以来累计办理委员提案{c}件。\n")


def test_running_total_since_a_start_holds_the_year_count():
    rows = run(cumulative_vs_new, SINCE.format(n="190", c="655"), 2023)
    assert [r["verdict"] for r in rows] == ["consistent"] and "176件" in rows[0]["computed"]


def test_running_total_since_a_start_below_the_count_is_not_called():
    # the words may name a part of what the total counts: a larger count is left alone, never called an error
    assert not _bad(SINCE.format(n="190", c="150"), 2023)


def test_count_of_another_thing_named_after_it_is_not_taken():
    # 5个督查组 counts the 督查组 named right after it; 16个单位 is the thing the running total counts
    text = ("一、概况\n今年区政府5个督查组对16个单位开展了专项督查。\n二、成效\n本届政府以来累计督查单位{c}个。\n")
    rows = run(cumulative_vs_new, text.format(c="60"), 2023)
    assert [r["verdict"] for r in rows] == ["consistent"] and "16个" in rows[0]["computed"]
    assert not _bad(text.format(c="12"), 2023)


def test_total_dated_years_back_is_no_previous_level():
    # 截至2012年底 in a 2020 report: eight years back, whatever its place in the sentence
    text = "截至2012年底累计治理小流域36条，当年新治理8条，全县累计治理小流域46条。"
    assert not _bad(text, 2020)
    assert verdicts(cumulative_vs_new, text, 2013) == ["inconsistent"]


def test_earlier_total_dated_this_year_is_no_previous_level():
    # decoy: the first total is dated to this year's end (a current level stated twice), not the level the flow adds to
    text = "截至2022年底，全区已累计开发标准化厂房56万平方米；本年度新增开发18万平方米，累计开发标准化厂房76万平方米。"
    assert not _bad(text, 2022)
    assert "inconsistent" in verdicts(cumulative_vs_new, text.replace("2022年底", "2021年底"), 2022)


# --- parts_sum: N项…合计 closing the list right before it -----------------------------------------------------------

from analysis.rules.sums import parts_sum  # noqa: E402

COUNTED = "全区民生投入52.6亿元，其中教育11.2亿元、卫生健康8.4亿元、住房保障{c}亿元，三项支出合计24.7亿元。"


def test_counted_items_closing_their_list():
    assert "consistent" in verdicts(parts_sum, COUNTED.format(c="5.1"), 2021)
    assert "inconsistent" in verdicts(parts_sum, COUNTED.format(c="6.1"), 2021)
    own = "全年立案查处违法建设47处，其中责令拆除12处、没收8处、限期整改15处，三类案件合计{t}处。"
    assert verdicts(parts_sum, own.format(t="35"), 2021) == ["consistent"]
    assert verdicts(parts_sum, own.format(t="37"), 2021) == ["inconsistent"]


def test_count_naming_part_of_a_longer_list_left_alone():
    # four items joined by 、 and 三项…合计: which three is not said, so nothing is called
    text = "全区民生投入52.6亿元，其中教育11.2亿元、卫生健康8.4亿元、住房保障5.1亿元、交通9.9亿元，三项民生支出合计24.7亿元。"
    assert "inconsistent" not in verdicts(parts_sum, text, 2021)


SEMI = "全年召开支部委员会11次，其中专题会议5次；书记讲党课3次，其他委员讲党课{a}次，合计12次。"


def test_total_closing_the_clauses_after_an_earlier_qizhong():
    # the 其中 list ended at the semicolon: 合计 closes the two clauses after it (reported when it adds up)
    assert verdicts(parts_sum, SEMI.format(a="9"), 2021) == ["consistent"]
    # the semicolon may also cut one list: a total that does not add up is left alone
    assert "inconsistent" not in verdicts(parts_sum, SEMI.format(a="8"), 2021)


WHOLE_AGAIN = ("年末全县登记在册经营主体5.12万户，比上年末增加0.46万户，增长9.9%，其中公司1.35万户、个体户3.52万户、"
               "合作社{c}万户；全年新登记经营主体0.84万户，其中公司2,150户，占25.6%。")


def test_list_ends_before_a_clause_naming_the_whole_again():
    assert "consistent" in verdicts(parts_sum, WHOLE_AGAIN.format(c="0.25"), 2021)
    rows = run(parts_sum, WHOLE_AGAIN.format(c="0.30"), 2021)
    assert [r["verdict"] for r in rows if "5.12万户" in r["stated"]] == ["inconsistent"]


def test_parts_all_naming_the_measure_stay_parts():
    # decoy: every item names the whole's measure (播种面积), so the clause after the semicolon is one more part
    text = ("全年蔬菜播种面积12.6万亩，比上年增加0.4万亩。其中，露地蔬菜播种面积8.1万亩，产量21.3万吨；"
            "设施蔬菜播种面积3.2万亩，产量12.6万吨；食用菌播种面积1.3万亩，产量2.2万吨。")
    assert verdicts(parts_sum, text, 2021) == ["consistent"]


HALVES = "今年共办理人大建议和政协提案34件，其中建议20件、提案14件；主办25件，协办{b}件。"


def test_lead_and_assisting_units_after_a_semicolon_cut_the_whole_again():
    assert verdicts(parts_sum, HALVES.format(b="9"), 2022) == ["consistent", "consistent"]
    assert "inconsistent" in verdicts(parts_sum, HALVES.format(b="8"), 2022)
    # decoy: 重点督办 is no half of 主办; the clause after the semicolon is a selection
    assert "inconsistent" not in verdicts(parts_sum, HALVES.replace("协办", "重点督办").format(b="8"), 2022)


QUARTERS = ("截至年底，专项资金累计支出2,340万元，其中工程款2,050万元、监理费{a}、勘察设计费120万元；分季度看，"
            "一季度支出310万元，二季度640万元，三季度725万元，四季度{q}万元。")


def test_quarters_covering_the_year_make_up_its_total():
    text = QUARTERS.format(a="170万元", q="665")
    assert verdicts(parts_sum, text, 2021) == ["consistent", "consistent"]
    rows = run(parts_sum, QUARTERS.format(a="170万元", q="565"), 2021)
    assert [r["verdict"] for r in rows if "310万元" in r["stated"]] == ["inconsistent"]
    # decoy: three quarters do not cover the year; they may be any part of it
    three = "专项资金全年支出2,340万元；分季度看，一季度支出310万元，二季度640万元，三季度725万元。"
    assert "inconsistent" not in verdicts(parts_sum, three, 2021)


def test_qizhong_list_ends_at_a_classification_after_a_semicolon():
    # the 其中 list stops at 分季度看: 170元 for 170万元 is the slip, not the quarters that follow
    rows = run(parts_sum, QUARTERS.format(a="170元", q="665"), 2021)
    bad = [r for r in rows if r["verdict"] == "inconsistent"]
    assert len(bad) == 1 and "310万元" not in bad[0]["stated"] and bad[0]["cause"].startswith("万")


# --- last year-end's total in another sentence, the year's flow beside it or beside the current total ---------------

SENT_LEAD = ("（三）危房改造。截至2019年底，全县累计改造农村危房1.24万户。今年投入补助资金8,600万元，改造0.31万户，"
             "截至年底全县累计改造{c}万户。")


def test_year_word_opening_the_sentence_names_the_flow():
    assert verdicts(cumulative_vs_new, SENT_LEAD.format(c="1.55"), 2020) == ["consistent"]
    assert verdicts(cumulative_vs_new, SENT_LEAD.format(c="1.45"), 2020) == ["inconsistent"]
    # decoy: the sentence opens with another year, so its amount is no flow of this year
    other = SENT_LEAD.replace("今年投入", "2018年投入")
    assert "inconsistent" not in verdicts(cumulative_vs_new, other.format(c="1.45"), 2020)


SUMMARY = ("二、主要工作\n（一）品牌创建。上年末全区累计创建星级农家乐142家；今年新评定27家，带动就业600余人。\n"
           "三、总结与下一步打算\n总的来看，全年工作进展顺利；截至年底，全区星级农家乐累计达到{c}家。明年力争新增星级农家乐20家。\n")


def test_summary_total_with_last_year_end_total_and_its_flow_in_another_section():
    assert verdicts(cumulative_vs_new, SUMMARY.format(c="169"), 2021) == ["consistent"]
    rows = run(cumulative_vs_new, SUMMARY.format(c="196"), 2021)
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    # the claim is marked at the summary's total, not over the sections between
    assert rows[0]["span"].endswith("累计达到196家") and "142家" not in rows[0]["span"]


def test_target_in_a_plan_section_is_no_current_total():
    # decoy: 到年底…累计达到 in a plans section with 力争 is a goal, never this year's level
    plan = SUMMARY.replace("总的来看，全年工作进展顺利；截至年底，全区星级农家乐累计达到{c}家。",
                           "明年力争到年底全区星级农家乐累计达到{c}家。")
    assert "inconsistent" not in verdicts(cumulative_vs_new, plan.format(c="196"), 2021)


TWO_CLASSES = ("全市共实施民生项目45个，总投资28.6亿元。按领域分，教育项目12个、卫生项目9个、交通项目15个、养老项目{d}个；"
               "按建设性质分，新建项目30个、改扩建项目15个。")


def test_two_classifications_of_one_whole_each_judged():
    assert verdicts(parts_sum, TWO_CLASSES.format(d="9"), 2021) == ["consistent", "consistent"]
    rows = run(parts_sum, TWO_CLASSES.format(d="7"), 2021)
    assert sorted(r["verdict"] for r in rows) == ["consistent", "inconsistent"]
    assert [r["verdict"] for r in rows if "30个" in r["stated"]] == ["consistent"]
    # decoy: the second classification counts money, not projects: never a cut of the 45个
    money = TWO_CLASSES.replace("新建项目30个、改扩建项目15个", "财政资金16.2亿元、社会资本12.4亿元").format(d="9")
    assert "inconsistent" not in verdicts(parts_sum, money, 2021)


BALANCE = ("一、项目概况\n2022年下达专项资金总额2,650万元，用于农村供水管网改造。\n"
           "二、资金使用\n截至12月31日，实际拨付资金2,480万元，资金到位率100%。结余资金{r}万元结转下年使用。\n")


def test_balance_after_the_payments_of_an_allocation_in_another_section():
    rows = run(parts_sum, BALANCE.format(r="170"), 2022)
    assert [r["verdict"] for r in rows] == ["consistent"] and "2,480万元 + 170万元" in rows[0]["stated"]
    # the allocation stands sections back: a balance that does not fit is not called (it may be of another fund)
    assert "inconsistent" not in verdicts(parts_sum, BALANCE.format(r="120"), 2022)
    # decoy: a balance after a plan figure (计划投资) is no balance of paid money
    plan = BALANCE.replace("实际拨付资金2,480万元", "计划投资2,480万元").format(r="170")
    assert verdicts(parts_sum, plan, 2022) == []


TABLE = ("全年实际支出2,960万元。支出结构如下：\n人员经费 1,240万元 占41.9%\n业务经费 1,720万元 占58.1%\n"
         "业务经费中，信息化建设680万元、执法装备购置{a}、宣传培训390万元。\n")


def test_row_of_a_flattened_table_split_on_the_next_line():
    assert verdicts(parts_sum, TABLE.format(a="650万元"), 2020) == ["consistent"]
    rows = run(parts_sum, TABLE.format(a="650元"), 2020)
    assert [r["verdict"] for r in rows] == ["inconsistent"] and rows[0]["cause"].startswith("万")
    # decoy: a sentence ends between the row and the split; the row is no longer the named whole just before
    apart = TABLE.replace("业务经费中，", "全年工作有序推进。各项经费按计划使用。另有调研经费。业务经费中，")
    assert "inconsistent" not in verdicts(parts_sum, apart.format(a="650元"), 2020)


# --- a net rise after its stock; a flow named by 新 + a verb no list holds ------------------------------------------

def test_net_rise_right_after_its_stock():
    text = "全县失业保险参保{s}万人，当年净增0.8万人；工伤保险参保9.4万人。"
    assert verdicts(cumulative_vs_new, text.format(s="12.6"), 2021) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.format(s="0.6"), 2021) == ["inconsistent"]
    # decoy: the figure before is the year's flow, not a stock the rise belongs to
    assert "inconsistent" not in verdicts(cumulative_vs_new, "全县城镇新增就业0.6万人，当年净增0.8万人。", 2021)


NEW_VERB = "截至年底，全县实有经营主体3.26万户，其中企业0.92万户。全年新设经营主体{n}万户，同比增长6.2%。"


def test_flow_with_a_one_character_verb_after_xin_finds_its_stock():
    rows = run(cumulative_vs_new, NEW_VERB.format(n="0.48"), 2021)
    assert [r["verdict"] for r in rows] == ["consistent"] and "3.26万户" in rows[0]["stated"]
    # the stock is found by its name sentences back: a larger flow is left alone (it may count a part of another thing)
    assert not _bad(NEW_VERB.format(n="4.80"), 2021)
    # decoy: the stock names another thing (企业 only), so nothing is paired
    other = NEW_VERB.replace("实有经营主体3.26万户，其中企业0.92万户", "实有企业0.92万户")
    assert verdicts(cumulative_vs_new, other.format(n="0.48"), 2021) == []
