"""parts_sum and cumulative_vs_new, round 14: only pairs that always exhaust their whole count as two halves (国有/民营
firms do not: 外资, 集体…), a second cut after a semicolon (；按内容分，…), a closing that names the whole (两项合计即为
全年实际支出), a change clause between a total and its 分别为 list, a sentence opening with the whole's name (全年支出
分别为…), the three sectors making up 生产总值, 服务类 as a kind; from-plus-to changes (由上年的48个新增37个达到95个), a
year's new before its running total's rise, a flow before a bare running total, and short correct passages with
broken twins."""
from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.sums import parts_sum
from rules_cases import verdicts


def _bad(rule, text, year=2019):
    return any(v in ("inconsistent", "missing") for v in verdicts(rule, text, year))


# ---------------------------------------------------------------- halves that exhaust their whole
def test_state_and_private_firms_are_not_two_halves():
    assert not _bad(parts_sum, "全县企业120家，其中国有企业30家、民营企业80家。")
    assert not _bad(parts_sum, "核定编制50名，其中行政编制30名、事业编制15名。")  # 工勤编制 too
    assert not _bad(parts_sum, "项目总投资5亿元，其中财政资金2亿元、社会资本2.5亿元。")  # 银行贷款, 自筹
    # own phrasing (调研报告): 国有 and 非公 firms leave 集体 firms out
    assert not _bad(parts_sum, "此次走访的规上企业共64家，其中国有控股企业9家，非公有制企业52家。")


def test_true_halves_still_close_a_two_item_list():
    assert verdicts(parts_sum, "全县有医院12家，其中公立医院5家、民营医院6家。") == ["inconsistent"]
    assert verdicts(parts_sum, "全县有医院12家，其中公立医院5家、民营医院7家。") == ["consistent"]
    assert verdicts(parts_sum, "受理投诉120件，其中男性50件、女性60件。") == ["inconsistent"]
    # decoy: two kinds that are not halves stay a selection
    assert not _bad(parts_sum, "共有企业120家，其中工业企业30家、商贸企业80家。")


# ---------------------------------------------------------------- second cut after a semicolon; named closing
def test_second_cut_after_semicolon_splits_the_same_whole():
    ok = "今年我局共承办代表建议28件，其中主办19件、协办9件；按内容分，涉及校舍的11件、师资的7件、资助的5件、其他方面的5件。"
    assert verdicts(parts_sum, ok) == ["consistent", "consistent"]
    assert verdicts(parts_sum, ok.replace("其他方面的5件", "其他方面的6件")) == ["consistent", "inconsistent"]
    # own phrasing (情况通报): 从…看 after the semicolon
    own = "全年共受理投诉举报640件，其中投诉412件、举报228件；从领域看，食品类286件、药品类74件、其他领域280件。"
    assert verdicts(parts_sum, own) == ["consistent", "consistent"]


def test_closing_that_names_the_whole():
    bad = ("实际支出8,725.4万元，预算执行率为93.7%；按支出性质分，基本支出3,186.2万元、项目支出5,593.2万元，"
           "两项合计即为全年实际支出。")
    assert verdicts(parts_sum, bad) == ["inconsistent"]
    assert verdicts(parts_sum, bad.replace("5,593.2万元", "5,539.2万元")) == ["consistent"]
    # decoy: without a closing, the whole after a semicolon is judged only when it holds
    assert not _bad(parts_sum, "年初预算8,642.5万元，调整后预算9,316.8万元；按支出性质分，基本支出3,186.2万元、"
                               "项目支出5,593.2万元。")


# ---------------------------------------------------------------- lists announced after a change or by the whole's name
def test_change_clause_between_total_and_its_list():
    t = "截至12月底，全市实有市场主体18.62万户，较去年同期增长9.8%，分别为企业5.14万户、个体工商户12.76万户和农民专业合作社0.72万户。"
    assert verdicts(parts_sum, t) == ["consistent"]
    assert verdicts(parts_sum, t.replace("12.76万户", "12.86万户")) == ["inconsistent"]
    # own phrasing (新闻通稿): 依次为 after 比上年增长
    assert verdicts(parts_sum, "全年接待游客86万人次，比上年增长12%，依次为国内游客80万人次、入境游客6万人次。") == ["consistent"]
    # decoy: multiples after 分别为 are no parts
    assert not _bad(parts_sum, "全年接待游客86万人次，比上年增长12%，分别为上年的1.1倍和1.2倍。")


def test_sentence_opening_with_the_wholes_name():
    t = "实际支出652.4万元，预算执行率95.9%。全年支出分别为设备购置126.8万元、演出补贴360万元和农家书屋建设165.6万元。"
    assert verdicts(parts_sum, t) == ["consistent"]
    assert verdicts(parts_sum, t.replace("165.6万元", "165.6元")) == ["inconsistent"]  # 万/元 slip
    assert verdicts(parts_sum, t.replace("165.6万元", "175.6万元")) == ["inconsistent"]


def test_service_kind_is_a_part_not_a_benefit():
    assert verdicts(parts_sum, "政府采购支出312.6万元，其中货物类128.4万元，服务类184.2万元。") == ["consistent"]
    assert verdicts(parts_sum, "政府采购支出312.6万元，其中货物类128.4万元，服务类184.2元。") == ["inconsistent"]
    # decoy: 服务 as a verb still ends the list
    assert not _bad(parts_sum, "新建社区服务中心12个，其中城区8个，服务居民3.2万人。")


def test_three_sectors_make_up_the_economy():
    t = "全县实现地区生产总值86.4亿元，增长11.6%。财政总收入6.82亿元。第一产业增加值18.2亿元，第二产业增加值39.6亿元，第三产业增加值28.6亿元。"
    assert verdicts(parts_sum, t) == ["consistent"]
    assert verdicts(parts_sum, t.replace("28.6亿元", "27.9亿元")) == ["inconsistent"]
    # own phrasing (统计公报): under a sub-heading of its own
    own = "全市生产总值860亿元。\n（二）产业结构\n一产实现增加值85亿元。第一产业增加值185亿元，第二产业增加值396亿元，第三产业增加值279亿元。"
    assert verdicts(parts_sum, own) == ["consistent"]
    # decoy: a sector's growth rate is no part
    assert not _bad(parts_sum, "全市生产总值860亿元。第一产业增加值增长3%，第二产业增加值396亿元，第三产业增加值279亿元。")


def test_sector_and_owner_cuts_cross():
    assert not _bad(parts_sum, "完成固定资产投资23.4亿元，其中产业投资14.6亿元，民间投资9.8亿元。")
    assert not _bad(parts_sum, "全县规模以上工业企业达到186家，其中高新技术企业52家、超亿元企业98家、战略性新兴产业企业74家。")


# ---------------------------------------------------------------- cumulative_vs_new
def test_from_plus_new_to_reached():
    t = "生活垃圾分类试点小区由上年的48个新增37个达到85个，覆盖居民3.8万户，全市试点小区达到412个。"
    assert verdicts(cumulative_vs_new, t) == ["consistent"]
    assert verdicts(cumulative_vs_new, t.replace("达到85个", "达到95个")) == ["inconsistent"]
    # own phrasing (会议纪要): 净增 … 增至
    assert verdicts(cumulative_vs_new, "家庭农场由2019年底的126家净增18家，增至144家。") == ["consistent"]
    assert verdicts(cumulative_vs_new, "家庭农场由2019年底的126家净增18家，增至154家。") == ["inconsistent"]


def test_new_before_its_running_totals_rise():
    t = "新建户用沼气池1,350户，全县累计由上年末的7,290户增加到8,640户。"
    assert verdicts(cumulative_vs_new, t) == ["consistent"]
    assert verdicts(cumulative_vs_new, t.replace("8,640户", "8,740户")) == ["inconsistent"]
    # decoys: another flow between the new and the rise (the rise may hold both), a rise of no running total
    assert not _bad(cumulative_vs_new, "新建户用沼气池1,350户，改造旧池420户，全县累计由上年末的7,290户增加到8,640户。")
    assert not _bad(cumulative_vs_new, "新建户用沼气池1,350户，全县由上年末的7,290户增加到8,740户。")


def test_flow_before_a_bare_running_total():
    assert verdicts(cumulative_vs_new, "完成农村改厕1320户，累计达到4860户；全镇集体经济收入全部超过5万元。") == ["consistent"]
    assert verdicts(cumulative_vs_new, "完成农村改厕5320户，累计达到4860户。") == ["inconsistent"]
    # a plan word in an earlier semicolon clause does not make the flow a plan
    t = "城镇登记失业率为3.9%，控制在预期目标以内；全年新建廉租住房620套，全县累计达到1,480套。"
    assert verdicts(cumulative_vs_new, t) == ["consistent"]
    # decoy: a plan list after a colon stays a plan
    assert not _bad(cumulative_vs_new, "明年计划：新建廉租住房2,620套；全县累计达到1,480套。")


def test_stock_named_with_shi_you_then_the_years_new():
    t = "截至12月底，全市实有市场主体18.62万户。全年新登记市场主体3.05万户，企业开办时间压缩至3个工作日以内。"
    assert verdicts(cumulative_vs_new, t) == ["consistent"]
    # decoy: both flows stated → previous + new − removed, left to that check (no two-figure row)
    j = ("截至12月31日，全市实有各类市场主体28.63万户，较上年末的26.88万户增长6.5%。"
         "全年新登记市场主体4.15万户，办理注销2.40万户。")
    assert verdicts(cumulative_vs_new, j) == ["consistent"]


def test_net_change_after_the_years_new_drawn_out():
    t = "全市累计建成5G基站4,860个，其中今年新建1,240个，较上年末的3,620个增加1,240个。"
    assert "inconsistent" not in verdicts(cumulative_vs_new, t)
    assert "inconsistent" in verdicts(cumulative_vs_new, t.replace("增加1,240个", "增加1,340个"))


# ---------------------------------------------------------------- short passages of the core genre
OK = [
    "截至今年10月，全区累计发放创业担保贷款1.26亿元，惠及创业者860人。其中今年1至10月发放3,150万元。",
    "本次会议共收到代表建议52件，经审查，其中立为建议的47件，转为意见处理的5件。",
    "我站全年共接诊动物伤人病例1,386例，其中犬伤1,102例、猫伤271例、其他动物伤13例。",
    "全镇户籍人口3.26万人，其中男性1.67万人、女性1.59万人；60岁以上老年人6,820人。",
    "2023年度，我馆新增馆藏图书1.2万册，馆藏总量达到28.6万册。",
    "全县现有养老机构27家，其中公办14家、民办13家，床位合计2,360张。",
    "此次调研共走访企业46家，其中国有企业5家、民营企业38家，其余3家为外资企业。",
    "今年以来，我局共受理行政许可申请2,184件，办结2,160件，其余24件正在办理中。",
    "全区今年新增城镇就业5,420人，其中高校毕业生2,310人，就业困难人员860人。",
    "辖区内共有各类学校31所，按学段分，小学18所、初中9所、高中3所、特殊教育学校1所。",
    "全市累计建成5G基站4,860个，其中今年新建1,240个，较上年末的3,620个增加1,240个。",
    "全年接待游客412.6万人次，比上年增长18.4%，其中过夜游客96.3万人次。",
    "项目总投资1.85亿元，由中央预算内资金6,000万元、省级补助3,500万元和县级自筹9,000万元构成。",
    "年内新建农村户用卫生厕所2,860座，全县累计改厕达到3.42万座，普及率91.6%。",
    "本次培训共计13期，培训人员1,560人次，其中线上培训8期960人次，线下培训5期600人次。",
    "会议指出，去年全县共立案查处违纪案件126件，处分126人，其中党纪处分98人、政务处分28人。",
    "全年共办理法律援助案件1,068件，其中刑事案件402件、民事案件618件、行政案件48件。",
    "截至年底，全县登记在册志愿者达到4.62万人，较上年末的4.18万人净增0.44万人。",
    "全年累计检查企业1,230家次，发现隐患3,416处，已整改3,388处，其余28处限期整改。",
    "全县森林面积126.4万亩，其中公益林58.2万亩、商品林68.2万亩。",
    "全年一般公共预算支出18.62亿元，其中民生支出14.38亿元，占77.2%。",
    "2022年共培育家庭农场86家，截至年底全县家庭农场总数达到512家。",
    "全年发放各类救助资金2,846万元：城乡低保资金2,112万元，特困供养资金538万元，临时救助资金196万元。",
    "全区共有河长1,124名，其中区级河长18名、镇级河长126名、村级河长980名。",
    "全年处理群众来信来访2,460件次，其中来信380件次、来访1,215件次、网上信访865件次，合计2,460件次。",
    "全镇耕地面积4.8万亩，其中水田2.1万亩、旱地2.7万亩。",
    "今年新发展党员46名，全县党员总数达到1.26万名。",
    "全市新能源汽车保有量由上年末的2.3万辆增加到3.1万辆，全年新增0.8万辆。",
    "截至9月底，全市累计完成造林3.6万亩；全年完成造林5.2万亩。",
    "全年累计完成投资4.2亿元，占计划的105%；其中中央资金1.3亿元，地方资金2.9亿元。",
]
BAD = [
    "本次会议共收到代表建议52件，经审查，其中立为建议的47件，转为意见处理的6件。",
    "我站全年共接诊动物伤人病例1,386例，其中犬伤1,102例、猫伤271例、其他动物伤23例。",
    "全镇户籍人口3.26万人，其中男性1.67万人、女性1.49万人；60岁以上老年人6,820人。",
    "今年以来，我局共受理行政许可申请2,184件，办结2,160件，其余34件正在办理中。",
    "辖区内共有各类学校31所，按学段分，小学18所、初中9所、高中4所、特殊教育学校1所。",
    "全市累计建成5G基站4,860个，较上年末的3,620个新增1,340个。",
    "项目总投资1.85亿元，由中央预算内资金6,000万元、省级补助3,500万元和县级自筹8,000万元构成。",
    "本次培训共计13期，培训人员1,560人次，其中线上培训8期960人次，线下培训5期700人次。",
    "全年共办理法律援助案件1,068件，其中刑事案件402件、民事案件618件、行政案件58件。",
    "截至年底，全县登记在册志愿者达到4.62万人，较上年末的4.18万人净增0.54万人。",
    "全年累计检查企业1,230家次，发现隐患3,416处，已整改3,388处，其余38处限期整改。",
    "全年发放各类救助资金2,846万元：城乡低保资金2,112万元，特困供养资金538万元，临时救助资金206万元。",
    "全区共有河长1,124名，其中区级河长18名、镇级河长126名、村级河长990名。",
    "全市新能源汽车保有量由上年末的2.3万辆增加到3.1万辆，全年新增1.2万辆。",
    "年内新建农村户用卫生厕所2,860座，全县累计改厕达到2,420座。",
]


def test_correct_passages_raise_no_alarm():
    for t in OK:
        for year in (2023, None):
            assert not _bad(parts_sum, t, year), t
            assert not _bad(cumulative_vs_new, t, year), t


def test_broken_twins_are_caught():
    for t in BAD:
        assert "inconsistent" in verdicts(parts_sum, t, 2023) + verdicts(cumulative_vs_new, t, 2023), t


def test_year_end_balance_after_the_two_totals():
    t = "全年收入合计2,468.5万元。其中财政拨款2,312.7万元，其他收入155.8万元。全年支出合计2,401.3万元。年末结转结余67.2万元。"
    assert verdicts(parts_sum, t) == ["consistent", "consistent"]
    # a balance carried in from last year may add to it: a gap is no error
    assert verdicts(parts_sum, t.replace("67.2万元", "77.2万元")) == ["consistent"]
    # own phrasing (决算说明): 本年结转和结余 after a comma
    assert verdicts(parts_sum, "本年收入合计860万元，本年支出合计812万元，本年结转和结余48万元。") == ["consistent"]


def test_closed_classification_one_digit_off_the_named_whole():
    t = "全年受理案件4.12万件，结案3.96万件，结案率96.1%。从来源看，监督员上报2.38万件；市民投诉0.96万件、热线0.52万件，其他渠道0.26万件。"
    assert verdicts(parts_sum, t) == ["consistent"]
    assert verdicts(parts_sum, t.replace("市民投诉0.96万件", "市民投诉1.06万件")) == ["inconsistent"]
    # own phrasing (政务服务通报)
    own = "全年办理政务服务事项8,640件，其中即办件5,210件。从办理渠道看，窗口办理4,320件、网上办理3,010件、其他方式1,310件。"
    assert "inconsistent" not in verdicts(parts_sum, own)
    assert "inconsistent" in verdicts(parts_sum, own.replace("3,010件", "3,110件"))
    # decoy: a sum far from both figures before it names some other whole: nothing
    assert not _bad(parts_sum, "全年受理案件4.12万件，结案3.96万件。从来源看，监督员上报2.38万件、市民投诉1.06万件、其他渠道0.26万件。")
