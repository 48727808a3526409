"""parts_sum and cumulative_vs_new, round 12: last year-end dating a clause group (截至2015年底，…累计…；今年新建…),
a bare running total belongs to the flow right before it, a previous level after another pair is that pair's, a part
of the period under 其中 with no period on the whole, a running total since a start named by its verb and the year's
flow in the sentence before, a holding named by its total (…总量达到), a net change from an earlier year-end or plan
period end, shares naming some items of a list."""
from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.sums import parts_sum
from rules_cases import run, verdicts


def _bad(rule, text, year=2016):
    return "inconsistent" in verdicts(rule, text, year) or "missing" in verdicts(rule, text, year)


# --- cumulative_vs_new ------------------------------------------------------------------------------------------------

def test_last_year_end_opening_a_clause_group():
    bad = "截至2015年底，全市已累计建成农村饮水安全工程291处；今年新建饮水工程41处，累计建成农村饮水安全工程326处。"
    assert verdicts(cumulative_vs_new, bad, 2016) == ["inconsistent"]
    assert verdicts(cumulative_vs_new, bad.replace("326", "332"), 2016) == ["consistent"]
    assert verdicts(cumulative_vs_new, bad.replace("；", "，"), 2016) == ["inconsistent"]
    # own phrasing (调研报告): last year-end by name, another measure
    own = "截至上年末，全区累计培育家庭农场1,180家，本年新培育家庭农场260家，累计达到1,420家。"
    assert verdicts(cumulative_vs_new, own, 2016) == ["inconsistent"]
    # decoy: the year-end is this report's own year (a current level, not the previous one)
    assert not _bad(cumulative_vs_new, bad.replace("2015", "2016"), 2016)


def test_bare_running_total_belongs_to_the_flow_before_it():
    fa = "新增国家级专精特新“小巨人”企业12家，累计达到48家；新增省级专精特新中小企业126家，累计达到686家。"
    assert verdicts(cumulative_vs_new, fa, 2022) == ["consistent", "consistent"]
    # own phrasing (会议纪要): two facilities, the second pair broken
    two = "今年新建村级文化广场15个，累计建成80个；新建农家书屋96个，累计达到90个。"
    assert verdicts(cumulative_vs_new, two, 2022) == ["consistent", "inconsistent"]
    assert not _bad(cumulative_vs_new, two.replace("96个", "26个").replace("90个", "240个"), 2022)


def test_previous_level_after_another_pair_is_that_pairs():
    text = "今年新建村级文化广场15个，累计建成80个；新建农家书屋96个，累计达到160个，上年末为70个。"
    rows = run(cumulative_vs_new, text, 2022)
    assert [r["verdict"] for r in rows] == ["consistent", "inconsistent"]
    assert "96" in rows[1]["stated"] and "70" in rows[1]["stated"]
    # the previous level after an unrelated amount still closes its own pair
    assert verdicts(cumulative_vs_new, "全市累计完成改造286个，其中今年新开工63个，惠及居民2.4万户，上年末累计为218个。",
                    2022) == ["inconsistent"]


def test_part_of_the_period_drawn_from_an_unmarked_whole():
    assert verdicts(cumulative_vs_new, "实现税收收入2.35亿元，同比增长7.8%，其中一季度实现1.12亿元。", 2024) == ["consistent"]
    assert verdicts(cumulative_vs_new, "实现税收收入2.35亿元，同比增长7.8%，其中一季度实现2.52亿元。", 2024) == ["inconsistent"]
    # own phrasing (情况通报): visitors, a half year
    assert verdicts(cumulative_vs_new, "景区接待游客86万人次，其中上半年接待52万人次。", 2024) == ["consistent"]
    # decoys: another act in the part; another amount between
    assert not _bad(cumulative_vs_new, "受理群众来信860件，其中一季度办结920件。", 2024)
    assert not _bad(cumulative_vs_new, "实现税收收入2.35亿元，非税收入0.8亿元，其中一季度实现2.52亿元。", 2024)


def test_running_total_since_a_start_and_the_years_flow_before():
    ok = "全年立案审查调查217件，同比增长21.6%；给予党纪政务处分192人。党的十八大以来，全县累计立案1,134件。"
    assert verdicts(cumulative_vs_new, ok, 2019) == ["consistent"]
    assert verdicts(cumulative_vs_new, ok.replace("1,134", "134"), 2019) == ["inconsistent"]
    # own phrasing (领导讲话): since a plan period, mediation
    assert verdicts(cumulative_vs_new, "今年调解矛盾纠纷1,260件。“十三五”以来，全镇累计调解5,480件。", 2019) == ["consistent"]
    # decoy: a start after the report's year
    assert not _bad(cumulative_vs_new, "全年立案审查调查217件。2020年以来，全县累计立案134件。", 2019)


def test_holding_named_by_its_total():
    text = "全年接收进馆档案4,820卷，其中文书档案2,960卷。截至年底，馆藏档案总量达到10.62万卷。"
    assert verdicts(cumulative_vs_new, text, 2010) == ["consistent"]
    # a holding also loses items: above it is not reported on this weak pairing
    assert not _bad(cumulative_vs_new, text.replace("10.62万卷", "4,100卷"), 2010)


def test_net_change_from_an_earlier_year_end_or_plan_period_end():
    ok = "全市高速公路通车里程达到412公里，比“十三五”末的356公里增加56公里。"
    assert verdicts(cumulative_vs_new, ok, 2023) == ["consistent"]
    assert verdicts(cumulative_vs_new, ok.replace("56公里。", "65公里。"), 2023) == ["inconsistent"]
    # own phrasing: an earlier year-end by its year
    assert verdicts(cumulative_vs_new, "全县注册志愿者达到3.6万人，较2020年底的2.9万人净增0.7万人。", 2023) == ["consistent"]
    # decoy: a year's flow compared with another year's (growth's, not this rule's)
    assert verdicts(cumulative_vs_new, "全市公路里程达到412公里，比2020年的356公里增加56公里。", 2023) == []


# --- parts_sum --------------------------------------------------------------------------------------------------------

def test_shares_naming_some_items_of_a_list():
    fa = "主办的28件提案中，A类19件、B类7件、C类2件，A类占67.9%，B类占25.0%。"
    assert verdicts(parts_sum, fa, 2015) == ["consistent"]
    # the list's own extent is not sure: reported only when it adds up
    assert not _bad(parts_sum, fa.replace("C类2件", "C类3件"), 2015)
    # own phrasing (提案答复函): institutions, shares of two of three kinds
    own = "全市共有社会组织320家，社会团体180家、民办非企业单位126家、基金会14家，社会团体占56.3%，民办非企业单位占39.4%。"
    assert verdicts(parts_sum, own, 2015) == ["consistent"]
    # decoy: an aside inside brackets is no item of the list
    assert not _bad(parts_sum, "主办的28件提案中，A类19件（含重点提案3件）、B类9件，A类占67.9%，B类占32.1%。", 2015)


def test_aside_after_the_total_is_not_the_total():
    text = "我委共承办市政协提案35件（含重点提案3件），其中主办22件、协办13件。"
    assert verdicts(parts_sum, text, 2024) == ["consistent"]
    # own phrasing (新闻通稿): households, an aside with 包括
    own = "全镇共有低保户420户（包括重度残疾人家庭36户），其中城镇低保户150户、农村低保户270户。"
    assert verdicts(parts_sum, own, 2024) == ["consistent"]
    assert verdicts(parts_sum, own.replace("270户", "370户"), 2024) == ["inconsistent"]
    # decoy: a 其中 inside the bracket still splits the figure before it
    assert verdicts(parts_sum, "本年收入合计1,250万元（其中财政拨款1,100万元、其他收入150万元）。", 2024) == ["consistent"]


def test_rate_per_item_is_no_stock():
    # a standard per lift rose from 15 to 20 (万元): the year's subsidy total is not its flow
    text = ("全年市、区财政共落实加装电梯补助资金5230万元，其中市级财政补助2180万元，区级财政补助3050万元。"
            "每部电梯补助标准由15万元提高到20万元，提高了三分之一。")
    assert not _bad(cumulative_vs_new, text, 2023)
    # the running total rising from last year-end still takes its flow
    assert verdicts(cumulative_vs_new, "全年发放个人住房贷款6,215笔。累计发放个人住房贷款由上年末的12.34万笔增加到12.86万笔。",
                    2023) == ["inconsistent"]
    # (round 15: loans outstanding are repaid, so a bare stock may end below previous + new)
    assert not _bad(cumulative_vs_new, "全年发放个人住房贷款6,215笔。个人住房贷款由上年末的12.34万笔增加到12.86万笔。", 2023)


def test_cumulative_reached_by_shi_xian():
    bad = "全年新增残疾人就业312人，全县残疾人累计实现就业2,468人（上年末为2,203人）。"
    assert verdicts(cumulative_vs_new, bad, 2014) == ["inconsistent"]
    assert verdicts(cumulative_vs_new, bad.replace("2,468", "2,515"), 2014) == ["consistent"]
    # decoy: another thing reached (返乡创业 is not 就业)
    assert not _bad(cumulative_vs_new, "全年新增城镇就业3,120人，全县累计实现农民工返乡创业2,300人。", 2014)


def test_register_with_releases_and_the_december_level():
    ok = "年初全区在册社区矫正对象221人，全年新接收96人，解除矫正103人，截至12月底在册214人。"
    assert verdicts(cumulative_vs_new, ok, 2019) == ["consistent"]
    assert verdicts(cumulative_vs_new, ok.replace("214人", "224人"), 2019) == ["inconsistent"]
    # own phrasing (情况通报): a register of carers released on recovery
    own = "年初登记在册特困供养人员860人，本年新纳入74人，解除供养58人，12月末在册876人。"
    assert verdicts(cumulative_vs_new, own, 2019) == ["consistent"]


def test_running_total_at_this_years_end_and_the_years_flow_before():
    assert verdicts(cumulative_vs_new, "全年调解矛盾纠纷1,260件。截至年底，全镇累计调解5,480件。", 2018) == ["consistent"]
    # the year's flow in the middle of a text (not its first clause)
    assert verdicts(cumulative_vs_new, "二、监督执纪\n全年立案审查调查217件，同比增长21.6%。党的十八大以来，全县累计立案134件。",
                    2019) == ["inconsistent"]
    assert verdicts(cumulative_vs_new, "全年调解矛盾纠纷1,260件。截至年底，全镇累计调解980件。", 2018) == ["inconsistent"]
    # decoy: last year's end is not this year's running total
    assert not _bad(cumulative_vs_new, "全年调解矛盾纠纷1,260件。截至上年底，全镇累计调解980件。", 2018)


def test_bare_running_total_as_a_list_item_after_its_flow():
    fa = "国家级“小巨人”企业新增12家、累计达到48家，省级专精特新中小企业新增126家、累计达到686家。"
    assert verdicts(cumulative_vs_new, fa, 2024) == ["consistent", "consistent"]
    assert verdicts(cumulative_vs_new, "国家级企业新增12家、累计达到48家，省级企业新增126家、累计达到96家。",
                    2024) == ["consistent", "inconsistent"]


def test_whole_named_around_its_figure_is_no_part():
    text = ("我委共承办建议33件，其中主办26件、协办7件。\n"
            "从办理结果看，在26件主办建议中，已经解决的18件，占69.2%；列入计划解决的6件，占23.1%；暂时无法解决的2件，占7.7%。")
    assert verdicts(parts_sum, text, 2022) == ["consistent", "consistent"]
    # own phrasing (调研报告): villages, the whole named with 在…中
    own = "在42个行政村中，已完成改造的30个，正在施工的9个，尚未启动的3个。"
    assert not _bad(parts_sum, own, 2022)
    # decoy: 正在办理中 after a part is no whole
    assert verdicts(parts_sum, "已办结建议30件，其中18件正在办理中，12件已答复。", 2022) == ["consistent"]


def test_rise_from_last_year_end_with_the_level_in_brackets_after():
    bad = "城镇职工基本养老保险参保38,650人，比上年末增加2,410人（上年末为36,420人）。"
    assert verdicts(cumulative_vs_new, bad, 2011) == ["inconsistent"]
    assert verdicts(cumulative_vs_new, bad.replace("38,650", "38,830"), 2011) == ["consistent"]
    # own phrasing (新闻通稿): members, 较年初净增
    assert verdicts(cumulative_vs_new, "全市注册志愿者达到6.8万人，较年初净增0.9万人（年初为5.9万人）。", 2011) == ["consistent"]
    # decoy: a year's flow against last year's (a growth claim)
    assert verdicts(cumulative_vs_new, "全年征缴保险费1.2亿元，比上年增加0.2亿元（上年为1.0亿元）。", 2011) == []


def test_first_item_of_a_qi_zhong_list_is_no_total_of_the_rest():
    text = "公开招聘事业单位工作人员85名。其中教师52名，卫生人员21名，其他12名。"
    assert verdicts(parts_sum, text, 2011) == ["consistent"]
    assert verdicts(parts_sum, text.replace("其他12名", "其他22名"), 2011) == ["inconsistent"]
    # the done and the rest of a whole stated first still add up
    assert verdicts(parts_sum, "包案化解积案48件，已化解41件，其余7件正在化解。", 2011) == ["consistent"]


def test_rise_in_brackets_after_a_new_figure_drawn_from_the_level():
    text = "截至2014年底，全县持证残疾人总数达到12,846人，其中当年新办证1,127人，比上年末净增968人（上年末为11,878人）。"
    # the level is paired with the year's new figure; the change never takes that new figure as its current level
    assert verdicts(cumulative_vs_new, text, 2014) == ["consistent"]
