"""parts_sum, round 7: a sum that fails is looked at again — terms taken off, two cuts of one whole, plan figures among
the items, a prior-year whole, lists that name only some, people under overlapping attributes."""
from analysis.rules.sums import parts_sum
from rules_cases import verdicts


def bad(text: str) -> bool:
    return "inconsistent" in verdicts(parts_sum, text)


# --- stocks with outflows: what left is taken off ------------------------------------------------------------------------

def test_outflows_beside_an_inflow_or_opening_stock_are_subtracted():
    assert not bad("全县有社会组织320个，其中新登记46个、注销18个，年初为292个。")
    assert not bad("全市共有定点医疗机构860家，年内新增纳入56家、取消32家、转出8家，年末共876家。")
    # own phrasing
    assert not bad("期初登记在册的农民专业合作社415家，本年新设立37家，吊销营业执照21家，期末合作社共431家。")


def test_outflows_broken_twins_still_caught():
    assert bad("全市共有定点医疗机构860家，年内新增纳入56家、取消32家、转出8家，年末共886家。")
    assert bad("全县有社会组织320个，其中新登记46个、注销18个，年初为282个。")


def test_what_left_and_what_is_left_make_up_the_opening_stock():
    assert bad("年初有贫困户3260户，年内退出2860户，剩余500户。")
    assert not bad("年初有贫困户3260户，年内退出2760户，剩余500户。")


# --- budgets: 调减 subtracts, an opening balance counts, a budget figure after the list is no part -----------------------

def test_budget_cut_is_subtracted():
    assert "consistent" in verdicts(parts_sum, "年初预算1200万元，追加预算350万元，调减预算80万元，全年预算1470万元。")
    assert bad("年初预算1200万元，追加预算350万元，调减预算80万元，全年预算1570万元。")
    # own phrasing
    assert not bad("年初预算数为640万元，年中调减预算45万元，追加预算30万元，调整后预算为625万元。")
    assert not bad("全年预算3200万元，其中年初预算2800万元，追加预算600万元，调减200万元。")


def test_budget_figure_after_a_complete_list_is_no_part():
    assert not bad("本年支出合计3560万元，其中基本支出2100万元、项目支出1460万元；年初预算3200万元。")
    text = ("本年支出合计6865.02万元，其中：基本支出3537.69万元（人员经费3027.72万元，公用经费509.97万元），占51.53%，"
            "基本支出年初预算3369.36万元，完成年初预算的105.0%；项目支出3327.33万元，占48.47%。")
    assert not bad(text)
    assert bad(text.replace("项目支出3327.33万元", "项目支出3427.33万元"))
    # own phrasing
    assert not bad("本年收入合计2150万元，其中：财政拨款收入1980万元，财政拨款收入年初预算1900万元；其他收入170万元。")


def test_opening_balance_joins_the_balance_identity():
    text = "本年年初结转和结余156万元，本年收入2860万元，本年支出2810万元，年末结转和结余206万元。"
    assert not bad(text)
    assert bad(text.replace("206万元", "306万元"))


# --- two cuts of one whole: each is its own split -------------------------------------------------------------------------

def test_two_cuts_are_judged_apart():
    text = "全年共受理案件560件，按类型分，民事案件320件、刑事案件90件、行政案件150件；按地域分，城区380件、农村180件。"
    assert verdicts(parts_sum, text) == ["consistent", "consistent"]
    assert "inconsistent" in verdicts(parts_sum, text.replace("行政案件150件", "行政案件160件"))
    assert not bad("全年共发放贷款12亿元，其中短期贷款7亿元、中长期贷款5亿元，投向工业6亿元、农业3亿元、服务业3亿元。")
    assert not bad("全年完成造林面积5.6万亩，其中人工造林3.2万亩、封山育林2.4万亩，公益林3.5万亩、商品林2.1万亩。")
    # own phrasing
    own = "今年共招录公务员138名，按层级分，市直机关46名、区县机关92名；按学历分，研究生31名、本科107名。"
    assert not bad(own)
    assert bad(own.replace("本科107名", "本科117名"))


# --- scores: deductions subtract --------------------------------------------------------------------------------------------

def test_score_deductions_subtract():
    assert not bad("综合考评得分97分，其中日常考核90分，加分9分，减分2分。")
    assert not bad("考核得分93分，其中基础分95分，扣分2分。")
    assert not bad("综合考核得分96.5分，其中基础分90分、加分项8分、扣分项1.5分。")
    assert bad("综合考核得分96.5分，其中基础分90分、加分项8分、扣分项2.5分。")
    # own phrasing
    assert not bad("年度绩效考评总得分为91.5分，其中共性指标得分60分、个性指标得分35分、扣减分值3.5分。")


# --- people under attributes that overlap --------------------------------------------------------------------------------

def test_overlapping_attributes_of_people_are_no_partition():
    assert not bad("全市共有人大代表420名，其中基层代表216名、妇女代表126名、党外代表98名、连任代表152名。")
    assert not bad("全年救助困难群众1260人，其中残疾人320人、老年人560人、儿童180人、重病患者420人。")
    # own phrasing
    assert not bad("全院在编职工512人，其中高级职称168人、博士学位95人、女职工301人。")


def test_people_lists_with_a_slip_or_a_closing_rest_still_caught():
    assert bad("全年共选派干部320名，其中市级86名、县区级154名、乡镇级90名。")  # one digit: 330
    assert bad("全年抓获犯罪嫌疑人1,046名，其中刑事拘留638名、逮捕291名、取保候审97名，其余26名直接移送起诉。")
    assert bad("各级各类学历教育在校生74.25万人，其中学前12.36万人、小学30.15万人、初中14.02万人、高中阶段11.79万人、"
               "高等教育6.10万人、特殊教育0.12万人。")


# --- lists that name only some, and prior-year wholes --------------------------------------------------------------------

def test_lists_naming_only_some_are_left_alone_when_short():
    assert not bad("全市共有各类社会组织2340个，主要包括社会团体980个、民办非企业单位1260个等。")
    assert not bad("本年项目支出主要用于：农田建设1406.02万元、技术推广1432.04万元、防灾减灾649.39万元，其余为零星项目支出；"
                   "全年项目支出合计4982.07万元。")
    # own phrasing
    assert not bad("今年全县引进项目共64个，如文旅项目21个、农业项目17个等。")
    # more than the whole is still an error
    assert bad("全市共有各类社会组织2340个，主要包括社会团体1380个、民办非企业单位1260个等。")


def test_prior_year_whole_is_not_this_years_breakdown():
    text = ("2019年度支出决算为6202.63万元。与上年决算数5910.33万元相比，增加292.30万元，增长4.9%。按功能分类，"
            "一般公共服务支出1247.09万元，社会保障和就业支出993.07万元，卫生健康支出2286.86万元，农林水支出1675.61万元。")
    assert not bad(text)
    # own phrasing
    assert not bad("去年全县接待游客总量为312万人次，今年较上年增长8%。从客源看，省内游客205万人次、省外游客132万人次。")


# --- planted-error misses taken up ------------------------------------------------------------------------------------

def test_closed_classification_with_its_whole_sections_back_and_a_slip():
    text = ("一、总体情况\n全年全县一般公共预算支出决算24.67亿元，为调整预算25.10亿元的98.3%，比上年决算22.85亿元增长7.2%。"
            "其中县本级支出9.80亿元。\n二、支出结构\n按功能分类，教育支出5.12亿元，社会保障和就业支出3.86亿元，"
            "农林水支出4.47亿元，其他各项支出11.22亿元。")
    assert not bad(text)
    assert bad(text.replace("11.22亿元", "11.32亿元"))
    # own phrasing; a far miss (no slip) is too weak a pairing to judge
    own = ("一、概况\n本年度全区政府性基金支出决算8.46亿元。\n二、结构\n按用途分，城乡社区支出5.12亿元，"
           "其他支出3.34亿元。")
    assert not bad(own)
    assert bad(own.replace("3.34亿元", "3.44亿元"))
    assert not bad(own.replace("3.34亿元", "2.04亿元"))


def test_score_listed_by_its_scoring_parts_is_whole():
    assert bad("本项目自评得分95分，其中决策指标18分、过程指标19分、产出指标38分、效益指标10分。")
    assert not bad("本项目自评得分85分，其中决策指标18分、过程指标19分、产出指标38分、效益指标10分。")
    # own phrasing
    assert bad("该单位年度考核得分90分，其中党建工作22分、业务工作31分、作风建设17分。")


def test_initial_budget_arranged_plus_addition():
    assert bad("本年度年初预算安排3860万元，年中追加620万元，全年预算为4580万元。")
    assert not bad("本年度年初预算安排3860万元，年中追加620万元，全年预算为4480万元。")


def test_whole_naming_its_kinds_then_the_kinds():
    assert bad("全年新建和改建农村公路420公里，新建160公里、改建250公里。")
    assert not bad("全年新建和改建农村公路410公里，新建160公里、改建250公里。")
    # own phrasing, items in clauses of their own
    assert bad("今年维修和加固病险水库17座，维修9座，加固9座。")
    assert "consistent" in verdicts(parts_sum, "今年维修和加固病险水库17座，维修9座，加固8座。")
    # decoy: a 其中 selection of one kind
    assert not bad("全年改造供水和排水管网36公里，其中城区20公里。")


def test_halves_after_a_semicolon_are_a_second_cut():
    assert bad("全年培训农民1.2万人次，其中种植业培训7000人次、养殖业培训5000人次；男性6800人次、女性5800人次。")
    assert not bad("全年培训农民1.2万人次，其中种植业培训7000人次、养殖业培训5000人次；男性6800人次、女性5200人次。")
    # own phrasing
    assert bad("全年接诊患者8600人次，其中急诊2100人次、普通门诊6500人次；城镇患者5100人次、农村患者3600人次。")


def test_rounded_parts_one_digit_off_their_total():
    assert bad("全年新增市场主体6.45万户，其中企业2.15万户、个体工商户4.2万户。")
    assert not bad("全年新增市场主体6.35万户，其中企业2.15万户、个体工商户4.2万户。")
    # own phrasing; decoy: a short selection far under the total stays alone
    assert bad("全区常住人口58.6万人，其中城镇人口31.2万人、乡村人口26.4万人。")
    assert not bad("全区常住人口58.6万人，其中城镇人口31.2万人、流动人口12.4万人。")


def test_other_kinds_close_a_list_right_after_its_whole():
    # own phrasing: kinds of the whole's noun down to 其他…
    assert bad("全年完成货运量860万吨，公路货运量620万吨、其他货运量250万吨。")
    assert "consistent" in verdicts(parts_sum, "全年完成货运量860万吨，公路货运量620万吨、其他货运量240万吨。")
    assert verdicts(parts_sum, "全年完成货运量860万吨，同比增长5%，其他指标平稳。") == []


def test_precise_parts_one_digit_off_a_rounder_total():
    assert bad("全市参保人数126.8万人，其中职工医保42.35万人、居民医保82.45万人。")
    assert not bad("全市参保人数124.8万人，其中职工医保42.35万人、居民医保82.45万人。")
    # own phrasing
    assert bad("全县耕地面积58.7万亩，其中水田21.36万亩、旱地35.34万亩。")


def test_score_list_followed_by_one_more_score_is_not_whole():
    assert not bad("本年度考核得分92分，其中党建工作28分、业务工作40分、作风建设14分，另有加分项10分。")


def test_closed_classification_slip_skips_prior_year_whole():
    text = ("一、收入情况\n本年支出合计3560.25万元，比上年决算3120.40万元增加439.85万元。\n二、支出情况\n按经济分类，"
            "工资福利支出2100.15万元，商品和服务支出860.42万元，其他支出599.68万元。")
    assert not bad(text)
    assert bad(text.replace("599.68万元", "589.68万元"))


def test_before_and_after_in_a_bracket_are_no_parts():
    assert not bad("存在问题：预算调减40万元（由800万元调至760万元），执行率仍有差距。")
    # own phrasing; a real bracket split is still judged
    assert not bad("项目资金压减35万元（从620万元压减到585万元）。")
    assert bad("专项资金1570万元（中央800万元，省级760万元）。")
