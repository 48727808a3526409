"""parts_sum: parts listed after a total add up to it, counts and money, units respected."""
import pytest

from analysis.rules.sums import parts_sum
from rules_cases import run, verdicts


def test_parts_add_up():
    rows = run(parts_sum, "今年共收到提案9件，其中A类4件、B类2件、C类3件。")
    assert [r["verdict"] for r in rows] == ["consistent"]
    assert rows[0]["figure_ids"] == "F001 F002 F003 F004"


def test_parts_do_not_add_up():
    rows = run(parts_sum, "全年开展监督检查15项，其中专项检查8项、绩效评价5项、质量检查3项。")
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    assert "= 16项" in rows[0]["computed"]


def test_money_in_mixed_units_within_rounding():
    text = "全年完成水利投资2.86亿元，其中补助资金1.52亿元、市级配套6,300万元、县级自筹7,100万元。"
    assert verdicts(parts_sum, text) == ["consistent"]


def test_rounding_boundary_of_the_total():
    # 4.12万 + 14.3万 + 1800 = 18.6万 within the rounding of each (18.545–18.655万 against 18.55–18.65万)
    text = "全市实有市场主体18.6万户，其中企业4.12万户，个体工商户14.3万户，农民专业合作社1,800户。"
    assert verdicts(parts_sum, text) == ["consistent"]
    text = "全市实有市场主体18.7万户，其中企业4.12万户，个体工商户14.3万户，农民专业合作社1,800户。"
    assert verdicts(parts_sum, text) == ["consistent"]  # 18.65万 is in both intervals: on the boundary
    text = "全市实有市场主体18.8万户，其中企业4.12万户，个体工商户14.3万户，农民专业合作社1,800户。"
    assert verdicts(parts_sum, text) == ["inconsistent"]


def test_wan_and_yuan_mixed_up():
    rows = run(parts_sum, "共投入资金1200万元，其中省级资金500万元、市级资金700元。")
    assert rows[0]["verdict"] == "inconsistent" and rows[0]["cause"] == "万 and 元 mixed up"


def test_one_digit_slip():
    rows = run(parts_sum, "完成投资4,650万元，其中渠道衬砌1,820万元、节水灌溉1,560万元、水源工程1,170万元。")
    assert rows[0]["verdict"] == "inconsistent" and "digit" in rows[0]["cause"]


@pytest.mark.parametrize("text", [
    "全年共受理劳动争议案件364件，其中调解结案219件、仲裁裁决98件、撤诉47件。",
    "全年共受理劳动争议案件364件。其中，调解结案219件，仲裁裁决98件，撤诉47件。",
    "全年共受理劳动争议案件364件，按结果分：调解结案219件，占60.2%；仲裁裁决98件，占26.9%；撤诉47件，占12.9%。",
])
def test_same_split_worded_three_ways(text):
    assert "consistent" in verdicts(parts_sum, text)
    assert "inconsistent" not in verdicts(parts_sum, text)


def test_two_units_two_checks():
    text = "全区城乡低保对象5,862户9,874人，其中城市低保1,236户2,105人，农村低保4,626户7,769人。"
    assert verdicts(parts_sum, text) == ["consistent", "consistent"]


def test_remainder():
    text = "全县共有病险水库12座。今年完成除险加固7座，其余5座列入明年计划。"
    assert verdicts(parts_sum, text) == ["consistent"]


def test_no_false_alarm_on_a_selection_or_nested_thresholds():
    assert run(parts_sum, "全市有企业500家，其中高新技术企业50家、科技型中小企业120家。") == []
    assert run(parts_sum, "新签约项目68个，其中亿元以上项目42个，10亿元以上项目5个。") == []
    assert run(parts_sum, "A级景区达到32家，其中4A级9家、3A级15家、2A级8家；今年新增3A级景区3家。") == [] or \
        verdicts(parts_sum, "A级景区达到32家，其中4A级9家、3A级15家、2A级8家；今年新增3A级景区3家。") == ["consistent"]


# ---------------------------------------------------------------- broadened wording (tuning2 families)
@pytest.mark.parametrize("text, verdict", [
    ("全年接收进馆档案4,326卷，由文书档案2,518卷、会计档案1,036卷和专业档案772卷组成。", "consistent"),
    ("全年接收进馆档案4,326卷，由文书档案2,518卷、会计档案1,036卷和专业档案672卷组成。", "inconsistent"),
    ("中小学传统项目学校64所，包括国家级6所、省级18所和市级40所。", "consistent"),
    ("学校总收入6.82亿元，包括财政拨款3.15亿元、学费收入2.46亿元和其他收入1.21亿元。", "consistent"),
    ("制定地方性法规3件、修改2件、废止1件，合计6件。", "consistent"),
    ("获得金牌56枚、银牌48枚、铜牌39枚，奖牌总数153枚。", "inconsistent"),
])
def test_splits_worded_other_ways(text, verdict):
    assert verdicts(parts_sum, text) == [verdict]


def test_classification_sentence_splits_the_total_before_it():
    text = "全年完成审计项目86个，为年度计划80个的107.5%。从类型看，预算执行审计21个、经济责任审计34个、专项审计调查19个、政府投资审计12个。"
    rows = run(parts_sum, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and rows[0]["figure_ids"].startswith("F001 ")
    text = "全年组织税收收入28.46亿元，完成目标27亿元的105.4%。分税种看，增值税、所得税和其他税种分别为12.35亿元、7.8亿元和8.31亿元。"
    assert verdicts(parts_sum, text) == ["consistent"]


def test_named_breakdown_after_a_colon():
    text = "全年业务收入8.26亿元，业务支出4.37亿元，实现增值收益3.89亿元。增值收益分配为：风险准备金0.23亿元、管理费用0.41亿元、补充资金3.25亿元。"
    assert verdicts(parts_sum, text) == ["consistent", "consistent"]


@pytest.mark.parametrize("text, verdict", [
    ("基金总收入98.6亿元；总支出91.3亿元；当期结余7.3亿元，累计结余62.8亿元。", "consistent"),
    ("基金总收入98.6亿元；总支出91.3亿元；当期结余8.3亿元，累计结余62.8亿元。", "inconsistent"),
    ("送审金额9.82亿元，审定金额9.05亿元，审减金额7700万元。", "consistent"),
])
def test_differences_are_splits(text, verdict):
    assert verdicts(parts_sum, text) == [verdict]


# ---------------------------------------------------------------- guards: what never adds up (tuning3 decoys, general forms)
@pytest.mark.parametrize("text", [
    "全体居民人均可支配收入29,846元。按常住地分，城镇居民人均可支配收入38,512元；农村居民人均可支配收入19,760元。",
    "全县平均降水量586毫米，其中北部平均降水量612毫米、南部平均降水量540毫米。",
])
def test_per_capita_and_average_values_are_never_parts(text):
    assert run(parts_sum, text) == []


def test_sub_period_figures_are_not_parts_of_the_year():
    text = ("全年共发生事故37起。从行业领域看，道路运输事故26起。从时段看，一季度发生事故7起、死亡4人；"
            "第三季度事故多发，共发生13起。")
    assert not [r for r in run(parts_sum, text) if r["verdict"] == "inconsistent"]


@pytest.mark.parametrize("rest, verdict", [("其余7件", "consistent"), ("其余8件", "inconsistent")])
def test_remainder_with_the_total_in_its_own_sentence(rest, verdict):
    text = f"评价满意1,432件。包案化解信访积案48件，已化解41件，化解率85.4%；{rest}已落实稳控措施。"
    rows = run(parts_sum, text)
    assert [r["verdict"] for r in rows] == [verdict]
    assert "1,432件" not in rows[0]["stated"]


@pytest.mark.parametrize("total, verdict", [("227件", "consistent"), ("229件", "inconsistent")])
def test_classification_closed_by_its_own_total(total, verdict):
    text = f"共计227件。按内容分：城乡建设类72件，农业农村类54件，教育卫生类43件，其他类58件，合计{total}。"
    rows = run(parts_sum, text)
    assert [r["verdict"] for r in rows] == [verdict]
    assert rows[0]["stated"].startswith(total)


def test_total_after_parts_reaches_back_to_the_sentence_start():
    rows = run(parts_sum, "会议期间，代表共提出建议215件，闭会期间提出12件，共计227件。")
    assert [r["verdict"] for r in rows] == ["consistent"]
    assert rows[0]["stated"] == "227件 = 215件 + 12件"


def test_two_cuts_of_one_total_in_two_sentences_are_not_one_split():
    text = ("本年支出合计4,538.90万元，其中：基本支出1,126.34万元，占24.82%；项目支出3,412.56万元，占75.18%。"
            "一般公共预算财政拨款支出4,137.58万元，占本年支出合计的91.16%。")
    assert [r["verdict"] for r in run(parts_sum, text)] == ["consistent"]


def test_classification_with_its_total_paragraphs_before_reported_only_when_it_adds_up():
    head = "一、总体情况\n全年共发生各类生产安全事故37起，死亡21人。\n二、分布\n"
    ok = run(parts_sum, head + "从行业领域看，道路运输事故26起、死亡15人；工矿商贸事故8起、死亡4人；建筑施工事故2起、死亡1人；火灾事故1起、死亡1人。")
    assert sorted(r["verdict"] for r in ok) == ["consistent", "consistent"]
    off = run(parts_sum, head + "从行业领域看，道路运输事故26起；工矿商贸事故8起；建筑施工事故2起。")
    assert off == []  # a total found only by looking back is not enough to call the parts wrong


@pytest.mark.parametrize("equity, verdict", [("443.8亿元", "consistent"), ("453.8亿元", "inconsistent")])
def test_assets_minus_liabilities_is_owners_equity(equity, verdict):
    text = f"年末资产总额1,286.5亿元，负债总额842.7亿元，所有者权益{equity}。"
    assert verdicts(parts_sum, text, year=2023) == [verdict]


# --- classifications and totals stated apart from their parts -------------------------------------------------------

def test_classification_after_a_comma_splits_the_totals_before_it():
    text = "全年纳入监测对象46户158人，按类型分，脱贫不稳定户19户71人，边缘易致贫户21户64人，突发严重困难户6户23人。"
    rows = run(parts_sum, text)
    assert sorted(r["verdict"] for r in rows) == ["consistent", "consistent"]
    assert {r["figure_ids"].split()[0] for r in rows} == {"F001", "F002"}  # 46户 and 158人, each with its own parts


def test_classification_after_a_comma_that_does_not_add_up():
    text = "全年纳入监测对象46户，从类型看，脱贫不稳定户19户，边缘易致贫户21户，突发严重困难户9户。"
    assert verdicts(parts_sum, text) == ["inconsistent"]


def test_total_with_its_verb_after_the_parts():
    text = "对问题线索全部办结，给予党纪政务处分2人，诫勉谈话5人，批评教育11人，共问责追责18人。"
    assert verdicts(parts_sum, text) == ["consistent"]
    text = "全年给予党纪政务处分2人，诫勉谈话5人，合计处理人员18人。"
    assert verdicts(parts_sum, text) == []  # weak pairing: the 18 may count others too, so no alarm


def test_classification_total_skips_a_change_sentence():
    text = ("全年共发生各类生产安全事故37起，死亡21人。与上年相比，事故起数减少9起、死亡人数减少5人。"
            "从行业领域看，道路运输事故26起、死亡15人；工矿商贸事故8起、死亡4人；建筑施工事故3起、死亡2人。")
    assert sorted(verdicts(parts_sum, text)) == ["consistent", "consistent"]


def test_satisfaction_scale_against_an_earlier_total():
    text = "今年共交办建议227件，已全部办复。代表对办理工作表示满意的176件，基本满意的46件，不满意的5件。"
    rows = run(parts_sum, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and "227件" in rows[0]["stated"]
    text = "今年共交办建议227件，已全部办复。代表对办理工作表示满意的176件，基本满意的40件，不满意的5件。"
    assert verdicts(parts_sum, text) == []  # no earlier figure it adds up to: nothing claimed


def test_whole_named_at_the_sentence_start():
    text = "共收到提案486件，经审查立案412件。立案提案中，委员个人提案338件，集体提案74件。"
    rows = run(parts_sum, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and rows[0]["stated"].startswith("412件")
    text = "共收到提案486件，经审查立案412件。立案提案中，委员个人提案300件，集体提案74件。"
    assert verdicts(parts_sum, text) == []


def test_classification_at_sentence_start_with_total_paragraphs_back():
    text = ("共收到提案486件，立案412件。\n"
            "按内容分，经济建设类131件、社会建设类148件、文化建设类52件、生态文明建设类46件、其他类35件。")
    assert verdicts(parts_sum, text) == ["consistent"]


def test_named_subtotal_inside_a_list():
    # 优 + 良 = 优良天数, and 优良 + the polluted days = all monitored days
    text = ("全年有效监测天数365天，优良天数312天，优良天数比例为85.5%。"
            "其中，优98天、良214天；轻度污染41天，中度污染8天，重度污染4天。")
    rows = run(parts_sum, text)
    assert sorted(r["verdict"] for r in rows) == ["consistent", "consistent"]
    assert any(r["stated"].startswith("312天 = 98天 + 214天") for r in rows)
    text = text.replace("中度污染8天", "中度污染9天")  # 312 + 41 + 9 + 4 = 366 ≠ 365
    assert sorted(verdicts(parts_sum, text)) == ["consistent", "inconsistent"]
    text = text.replace("良214天", "良204天")  # 优 + 良 = 302 ≠ 312: the subtotal is wrong
    assert "inconsistent" in verdicts(parts_sum, text)


# --- items by status: done + under way + long-term = the items raised -------------------------------------------------

def test_status_breakdown_confirmed_by_its_completion_rate():
    text = ("巡察组反馈了4个方面23个具体问题。局党组召开专题会议6次。"
            "截至10月31日，已完成整改19个，正在整改2个，需长期坚持的2个，整改完成率82.6%。")
    assert verdicts(parts_sum, text) == ["consistent"]
    text = text.replace("正在整改2个", "正在整改3个")  # 19 + 3 + 2 = 24 ≠ 23, and 19/23 = 82.6% pins the total
    rows = run(parts_sum, text)
    assert [r["verdict"] for r in rows] == ["inconsistent"] and rows[0]["stated"].startswith("23个")


def test_status_breakdown_without_a_rate_is_weak():
    text = "巡察组反馈了23个具体问题。截至10月31日，已完成整改19个，正在整改2个，需长期坚持的2个。"
    assert verdicts(parts_sum, text) == ["consistent"]
    text = "巡察组反馈了23个具体问题。截至10月31日，已完成整改19个，正在整改3个，需长期坚持的2个。"
    assert verdicts(parts_sum, text) == []  # 23 may not be the set these count: no alarm without the rate
    text = "巡察组反馈了23个具体问题。已完成整改19个，正在整改3个，需长期坚持的2个，整改完成率70.0%。"
    assert verdicts(parts_sum, text) == []  # the rate contradicts 19/23: the pairing is not confirmed


# ---------------------------------------------------------------- budget and final-account identities (部门决算说明)
_JUESUAN = ("2021年度收入、支出决算总计均为{total}万元。本年收入合计4,615.20万元，其中：财政拨款收入4,208.72万元，"
            "其他收入406.48万元。另有年初结转和结余{carry}万元。本年支出合计4,538.90万元，其中：基本支出1,126.34万元，"
            "项目支出3,412.56万元。年末结转和结余323.45万元。")


@pytest.mark.parametrize("total, carry, verdicts_", [
    ("4,862.35", "247.15", ["consistent", "consistent"]),
    ("4,862.35", "274.15", ["inconsistent", "consistent"]),   # income side broken: 4,615.20 + 274.15 ≠ 4,862.35
    ("4,962.35", "347.15", ["consistent", "inconsistent"]),   # income side holds, expenditure side is 100 short
])
def test_budget_identities(total, carry, verdicts_):
    rows = [r for r in run(parts_sum, _JUESUAN.format(total=total, carry=carry)) if "结转" in r["span"]]
    assert [r["verdict"] for r in rows] == verdicts_


def test_budget_identity_needs_every_term():
    text = "2021年度收入、支出决算总计均为4,862.35万元。本年收入合计4,615.20万元。"
    assert [r for r in run(parts_sum, text) if "结转" in r["span"]] == []


@pytest.mark.parametrize("total, verdict", [("2,864", "consistent"), ("2,846", "inconsistent")])
def test_a_tally_in_jianci_adds_items_and_visits(total, verdict):
    text = f"按信访形式分：来信486件，来访1,032批次，网上信访1,346件，合计{total}件次。"
    rows = run(parts_sum, text)
    assert [r["verdict"] for r in rows] == [verdict]
    assert rows[0]["span"].startswith("按信访形式分")


def test_people_and_visits_do_not_mix_with_items():
    # 人次 takes 人 but never 件; 人次 and 批次 are different tallies
    assert verdicts(parts_sum, "来访群众中，集体访63批，个人访500人，合计1,208人次。") == []


@pytest.mark.parametrize("text, verdicts_", [
    # the parts before the semicolon make the total; what follows cuts it another way
    ("在校学生4,862人，其中高中部2,914人、初中部1,948人；本部校区在校生2,480人。", ["consistent"]),
    # the parts overshoot across a semicolon: two cuts (类别, 职称), not a wrong total
    ("全院在职职工1,286人，其中卫生技术人员1,104人，约占职工总数的85.8%；具有高级职称236人。", []),
    # a semicolon that separates every part is one list, and a list that stays short is judged
    ("全年争取资金2,860万元，其中中央资金1,320万元，约占46%；省级资金980万元；市县配套560万元。", ["consistent"]),
    ("全年争取资金2,960万元，其中中央资金1,320万元，约占45%；省级资金980万元；市县配套560万元。", ["inconsistent"]),
])
def test_a_semicolon_may_start_another_cut_of_the_total(text, verdicts_):
    assert verdicts(parts_sum, text) == verdicts_
