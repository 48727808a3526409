"""Shares, round 7: which earlier figure is the whole (the one the parts add up to; never a budget or last year's),
rates of a manner are of a subset, and which groups' shares must add up to 100 (one attribute, not two)."""
from analysis.rules.shares import granularity, percent_sum, share_of_total
from rules_cases import run, verdicts


def _share_rows(text, year=2019):
    return [(r["verdict"], r["stated"]) for r in run(share_of_total, text, year)]


# ---------------------------------------------------------------- the whole the listed parts add up to
FINAL = ("2019年度一般公共预算财政拨款支出年初预算为5650.82万元，调整预算为6639.42万元，支出决算为6202.63万元，"
         "完成调整预算的93.42%。与上年决算数5910.33万元相比，增加292.30万元，增长4.9%。按功能分类，一般公共服务支出"
         "1247.09万元，社会保障和就业支出993.07万元，卫生健康支出2286.86万元，农林水支出1675.61万元，分别占{}、16.0%、36.9%和27.0%。")


def test_split_after_a_budget_takes_the_final_account_as_whole():
    rows = _share_rows(FINAL.format("20.1%"))
    assert [v for v, _ in rows] == ["consistent"] * 4
    assert all("6202.63万元" in st for _, st in rows)
    assert "inconsistent" in verdicts(share_of_total, FINAL.format("25.1%"), 2019)  # broken twin
    assert "inconsistent" in verdicts(percent_sum, FINAL.format("25.1%"), 2019)


def test_budget_and_last_year_never_the_whole_invented():
    ok = ("本年度项目预算数为980万元，实际支出860万元，上年支出为912万元。按用途分，设备购置430万元，"
          "人员培训172万元，运行维护258万元，分别占50.0%、20.0%和30.0%。")
    assert verdicts(share_of_total, ok) == ["consistent"] * 3
    bad = ok.replace("分别占50.0%", "分别占45.0%")
    assert "inconsistent" in verdicts(share_of_total, bad)


# ---------------------------------------------------------------- a two-word rate never over last year's measure
AUDIT = ("审计发现问题金额1358.00万元，占抽查资金的4.62%，比上年审计发现问题金额2137.83万元下降36.5%。审计建议加快资金拨付进度。"
         "截至审计报告出具日，已整改问题金额914.59万元，整改率{}；剩余443.41万元正在整改。")


def test_rate_measure_whole_is_this_years():
    rows = _share_rows(AUDIT.format("67.3%"))
    assert rows and rows[0][0] == "consistent" and "1358.00万元" in rows[0][1]
    assert verdicts(share_of_total, AUDIT.format("62.3%"), 2019) == ["inconsistent"]


def test_rate_measure_whole_is_this_years_invented():
    text = ("去年排查隐患数量为520处。今年共排查隐患数量436处，较去年减少84处。至年底已整改隐患数量401处，整改率{}。")
    assert verdicts(share_of_total, text.format("92.0%")) == ["consistent"]   # 401/436 = 91.97%
    assert verdicts(share_of_total, text.format("77.1%")) == ["inconsistent"]  # 401/520, the base: no whole


# ---------------------------------------------------------------- a rate of a manner is of a subset of all done
def test_manner_rate_not_of_all_done():
    text = "共计受理申请860件，行政许可、行政确认、其他事项均按时办结，提前办结率达到65%。"
    assert "inconsistent" not in verdicts(share_of_total, text)
    invented = "全年受理群众诉求1,240件，均已办结，当场办结率为42.5%。"
    assert "inconsistent" not in verdicts(share_of_total, invented)
    # all done in that very manner: the count is the whole
    assert verdicts(share_of_total, "全年受理信访事项236件，均按期办结，按期办结率100%。") == ["consistent"]
    assert verdicts(share_of_total, "全年受理信访事项236件，均已办结，办结率95%。") == ["inconsistent"]


# ---------------------------------------------------------------- shares of groups along two attributes overlap
def test_overlapping_attributes_are_no_partition():
    assert "inconsistent" not in verdicts(percent_sum, "从人员构成看，女性党员占40%，少数民族党员占70%。")
    assert "inconsistent" not in verdicts(percent_sum, "从年龄结构看，35岁以下的占32%，大专以上学历的占85%。")
    assert "inconsistent" not in verdicts(percent_sum, "从干部队伍看，女干部占38.5%，研究生学历占21.6%，少数民族干部占64.2%。")
    # one attribute: the sides exclude each other
    assert verdicts(percent_sum, "从人员构成看，男性党员占40%，女性党员占70%。") == ["inconsistent"]
    assert verdicts(percent_sum, "从年龄结构看，35岁以下的占32%，36至50岁的占45%，51岁以上的占33%。") == ["inconsistent"]


def test_sides_of_one_attribute_cannot_pass_100():
    assert verdicts(percent_sum, "患者构成：门诊患者占91.5％，急诊患者占10.5％。") == ["inconsistent"]
    assert verdicts(percent_sum, "从党员结构看，女性党员占42%，男性党员占61%。") == ["inconsistent"]
    assert verdicts(percent_sum, "全年门诊患者占91.5%，住院患者占8.5%。") == ["consistent"]
    # decoys: thresholds one way, groups within groups, kinds the text does not tell apart, one cue for two rates
    assert "inconsistent" not in verdicts(percent_sum, "全体职工中，本科以上占60%，大专以上占90%。")
    assert "inconsistent" not in verdicts(percent_sum, "男性中超重者占60%，女性中超重者占50%。")
    assert "inconsistent" not in verdicts(percent_sum, "全市企业中，高新技术企业占30%，规上企业占80%。")
    assert "inconsistent" not in verdicts(percent_sum, "职工医保、居民医保政策范围内住院费用基金支付比例分别为85.6%和70.3%。")


# ---------------------------------------------------------------- structure leads, partial 从…看 pairs
def test_structure_items_cannot_pass_100():
    assert verdicts(percent_sum, "支出结构中，人员经费、公用经费和项目经费分别占32%、18%和55%。") == ["inconsistent"]
    assert verdicts(percent_sum, "投诉构成中，物业管理占41.2%，环境卫生占36.5%，交通出行占30.1%。") == ["inconsistent"]
    assert verdicts(percent_sum, "支出结构中，人员经费、公用经费和项目经费分别占32%、18%和50%。") == ["consistent"]
    # a structure's main items may leave some out; items of two kinds overlap
    assert "inconsistent" not in verdicts(percent_sum, "用地结构中，耕地占40%，林地占35%。")
    assert "inconsistent" not in verdicts(percent_sum, "人员结构中，党员占60%，女性占50%。")


def test_two_main_classes_leave_a_rest():
    assert "inconsistent" not in verdicts(percent_sum, "从收入构成看，工资性收入占52.3%，经营净收入占21.6%。")
    # but the two sides of one split must make up the whole
    assert verdicts(percent_sum, "从性别看，男性占54%，女性占36%。") == ["inconsistent"]


# ---------------------------------------------------------------- GRIM on a percent of the things counted
def test_percent_of_the_named_things():
    assert verdicts(granularity, "全镇12个村，已有70%的村完成道路硬化。") == ["inconsistent"]  # 8/12, 9/12
    assert verdicts(granularity, "全镇12个村，已有75%的村完成道路硬化。") == ["consistent"]
    assert verdicts(granularity, "全区9个街道，比上年增加2个，其中55.6%的街道设立了便民服务中心。") == ["consistent"]
    assert verdicts(granularity, "全区9个街道，其中50%的街道设立了便民服务中心。") == ["inconsistent"]  # invented
    # decoys: another noun after 的, a change
    assert verdicts(granularity, "全市120个村中，有30.5%的村民参加了新农合。") == []
    assert verdicts(granularity, "全区9个街道，常住人口增长5%的街道有3个。") == []


# ---------------------------------------------------------------- a whole named short
def test_whole_named_by_its_abbreviation():
    text = "全市规模以上工业企业412家，高新技术企业达到103家，占规上企业总数的{}。"
    assert verdicts(share_of_total, text.format("25%")) == ["consistent"]
    assert verdicts(share_of_total, text.format("30%")) == ["inconsistent"]
    invented = "全县规模以上服务业企业64家，当年新入库16家，占规上服务业的{}。"
    assert verdicts(share_of_total, invented.format("25.0%")) == ["consistent"]
    assert verdicts(share_of_total, invented.format("20.0%")) == ["inconsistent"]


def test_percent_subject_of_its_clause():
    assert verdicts(granularity, "所辖8个街道，已有65%开展垃圾分类试点。") == ["inconsistent"]  # 5/8, 6/8
    assert verdicts(granularity, "所辖8个街道，已有62.5%开展垃圾分类试点。") == ["consistent"]
    assert verdicts(granularity, "全县12所学校，有70%建成智慧教室。") == ["inconsistent"]  # invented
    assert verdicts(granularity, "全市8个街道，已有65%的居民参加垃圾分类。") == []
    assert verdicts(granularity, "全县12个乡镇，人口增长5%，有70%完成任务。") == []


def test_first_and_repeated_visits_make_the_whole():
    assert verdicts(percent_sum, "全年信访事项中，初信初访占76.5%，重复信访占20.5%。") == ["inconsistent"]
    assert verdicts(percent_sum, "全年来访群众中，初次来访占82.4%，重复来访占17.6%。") == ["consistent"]


def test_rate_of_other_things_than_those_counted():
    # the hazards or prescriptions found, the residents asked: not the n units counted
    assert "inconsistent" not in verdicts(granularity, "对7家医院开展检查，处方合格率为95.3%。")
    assert "inconsistent" not in verdicts(granularity, "对26家养老机构开展消防检查，隐患整改率97.6%。")
    assert "inconsistent" not in verdicts(granularity, "对全县36个部门开展满意度测评，群众满意率96.2%。")
    assert "inconsistent" not in verdicts(granularity, "抽查9所学校，学生体质健康达标率91.2%。")  # invented
    # the units themselves graded
    assert verdicts(granularity, "对23家重点企业开展标准化复评，达标率为90%。") == ["inconsistent"]


def test_answers_of_one_scale_cannot_pass_100():
    assert verdicts(percent_sum, "在受访群众中，表示“满意”的占62%，“基本满意”的占35%，“不满意”的占8%。") == ["inconsistent"]
    assert verdicts(percent_sum, "受访企业中，非常满意的占58.2%，比较满意的占33.5%，一般的占12.6%。") == ["inconsistent"]
    assert verdicts(percent_sum, "在受访群众中，表示“满意”的占62%，“基本满意”的占30%，“不满意”的占8%。") == ["consistent"]
    assert "inconsistent" not in verdicts(percent_sum, "在受访群众中，满意的占62%，其中非常满意的占40%。")


# ---------------------------------------------------------------- our own place's share of a wider whole
def test_own_place_share_of_the_wider_whole():
    text = ("全年新收政府信息公开申请268件，加上年结转14件，共需办理282件。全市同期共收到申请1,906件，我区占{}。")
    assert verdicts(share_of_total, text.format("14.1%")) == ["consistent"]
    # weak: no whole-of-place figure fits 18.1%, so nothing is called
    assert "inconsistent" not in verdicts(share_of_total, text.format("18.1%"))
    invented = "本县全年完成造林面积3.2万亩。全市完成造林面积21.5万亩，我县占14.9%。"
    assert verdicts(share_of_total, invented) == ["consistent"]


# ---------------------------------------------------------------- all of the things counted before
def test_all_done_of_the_things_counted_earlier():
    text = ("共收到委员提案168件，经审查立案152件。立案提案按内容分：经济建设类47件，社会事业类58件，城乡建设类31件，"
            "其他类16件。截至11月底，立案提案已全部办复，办复率达100%。")
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and "152件 of 152件" in rows[0]["stated"]
    invented = "全年排查安全隐患326处。截至年底，隐患已全部整改，整改率100%。"
    rows = run(share_of_total, invented)
    assert [r["verdict"] for r in rows] == ["consistent"] and "326处" in rows[0]["stated"]
