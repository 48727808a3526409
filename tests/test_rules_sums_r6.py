"""parts_sum and cumulative_vs_new, round 6: breakdowns without 其中, plans' own splits, closed lists, stocks and flows."""
from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.sums import parts_sum
from rules_cases import run, verdicts


# --- a plan's own breakdown is checkable; a plan against a result is not -------------------------------------------

def test_plan_breakdown_adds_up_or_not():
    assert verdicts(parts_sum, "明年计划实施重点项目60个，其中续建22个、新开工38个。") == ["consistent"]
    assert verdicts(parts_sum, "明年计划实施重点项目60个，其中续建22个、新开工40个。") == ["inconsistent"]
    assert verdicts(parts_sum, "2015年主要目标：棚户区改造任务1,200套，其中城区800套、乡镇450套。") == ["inconsistent"]


def test_parts_matching_the_plan_beside_the_result_are_left_alone():
    # 22 + 38 = the plan 60, not the 58 done: which one the list splits is unknown
    assert verdicts(parts_sum, "计划实施重点项目60个，实际完成58个，其中续建22个、新开工38个。") == []


# --- where a split ends ----------------------------------------------------------------------------------------------

def test_split_of_a_semicolon_item_ends_at_the_semicolon():
    text = ("资金按用途分：产业发展5,000万元；基础设施2,000万元；就业帮扶800万元，其中公益岗位补贴500万元、"
            "务工交通补贴300元；管理费100万元。")
    rows = [r for r in run(parts_sum, text) if r["stated"].startswith("800万元")]
    assert [r["verdict"] for r in rows] == ["inconsistent"] and rows[0]["cause"] == "万 and 元 mixed up"
    text = text.replace("300元", "300万元")
    assert "inconsistent" not in verdicts(parts_sum, text)


def test_list_closed_by_its_catch_all_before_a_semicolon():
    text = "本年度办结申请300件，其中同意公开150件、部分公开80件、其他处理74件；结转下年度办理12件。"
    assert verdicts(parts_sum, text) == ["inconsistent"]
    text = "本年度办结申请300件，其中同意公开150件、部分公开80件、其他处理70件；结转下年度办理12件。"
    assert verdicts(parts_sum, text) == ["consistent"]


# --- lists that close themselves ---------------------------------------------------------------------------------------

def test_two_digits_swapped_is_a_slip():
    rows = run(parts_sum, "全年争取上级资金2.86亿元，其中中央资金1.35亿元、省级资金0.94亿元、市级资金0.39亿元。")
    assert [r["verdict"] for r in rows] == ["inconsistent"] and "swapped" in rows[0]["cause"]
    # the same gap without a slip: a selection
    assert verdicts(parts_sum, "全年争取上级资金3.86亿元，其中中央资金1.35亿元、省级资金0.94亿元、市级资金0.39亿元。") == []


def test_tiers_of_government_down_to_the_bottom_close_the_list():
    assert verdicts(parts_sum, "全年举办赛事326场，其中市级48场、县区级137场、乡镇（街道）级129场。") == ["inconsistent"]
    assert verdicts(parts_sum, "今年评选先进集体60个，其中市级10个、县级20个、乡镇级25个、村级4个。") == ["inconsistent"]
    # from the top, far short of the total: the higher levels only
    assert verdicts(parts_sum, "全年举办赛事326场，其中国家级8场、省级37场、市级129场。") == []
    # not consecutive tiers: no closure
    assert verdicts(parts_sum, "全区共有学校120所，其中省级示范校12所、区级示范校45所、村办学校50所。") == []


def test_a_whole_named_by_its_parts_or_its_count():
    assert verdicts(parts_sum, "新建和改建农村公路286公里（新建124公里，改建152公里）。") == ["inconsistent"]
    assert verdicts(parts_sum, "“三公”经费支出共计38.6万元，其中因公出国（境）费0万元、公务用车运行费28.4万元、公务接待费8.2万元。") \
        == ["inconsistent"]
    # a bracket that may select: short of the total, no alarm; over it, an error
    assert verdicts(parts_sum, "全县有学校45所（小学30所，初中12所）。") == []
    assert verdicts(parts_sum, "全县有学校45所（小学30所，初中18所）。") == ["inconsistent"]


def test_halves_of_staffing_and_funding():
    # (round 14: 行政/事业编制 leave 工勤编制 out, 政府/社会投资 leave loans out: no longer halves, a gap is a selection)
    assert verdicts(parts_sum, "全院共有在编人员58人，其中行政编制23人，事业编制32人。") == []
    assert verdicts(parts_sum, "全院共有在编人员58人，其中行政编制23人，事业编制35人。") == ["consistent"]
    assert verdicts(parts_sum, "项目总投资4.1亿元，其中政府投资1.5亿元，社会投资2.6亿元。") == ["consistent"]


# --- leads other than 其中 ----------------------------------------------------------------------------------------------

def test_detail_sentence_after_a_total():
    text = "已整改问题金额2.86亿元，占问题金额的87.5%。具体方式为：上缴财政0.74亿元；归还原渠道1.15亿元；调整账务0.62亿元。"
    assert verdicts(parts_sum, text) == ["inconsistent"]
    assert verdicts(parts_sum, "全年共拨付补助资金960万元。具体情况如下：种粮补贴520万元，农机补贴310万元，良种补贴130万元。") \
        == ["consistent"]
    # 具体包括 may name some: short of the total, nothing
    assert verdicts(parts_sum, "全年共拨付补助资金960万元。具体包括：种粮补贴520万元，农机补贴310万元。") == []


def test_list_announced_by_a_colon_or_respectively():
    assert verdicts(parts_sum, "为民办实事项目15件：教育类4件，医疗类3件，交通类5件，住房类2件。") == ["inconsistent"]
    assert verdicts(parts_sum, "设立专项资金2000万元，用于：①科技创新奖励800万元；②人才引进补助600万元；③平台建设600万元。") \
        == ["consistent"]
    assert verdicts(parts_sum, "共完成棚户区改造1,850套，依次为A片区620套、B片区730套、C片区480套。") == ["inconsistent"]
    assert verdicts(parts_sum, "筹集资金合计4.6亿元：银行贷款3亿元、企业自筹1.6万元。") == ["inconsistent"]
    # a colon before a change is no list
    assert verdicts(parts_sum, "全年完成投资12亿元：比上年增加2亿元，增长20%。") == []


def test_status_of_an_amount_stated_inside_zhong():
    assert verdicts(parts_sum, "项目资金1,000万元中，已拨付800万元，尚未拨付200元。") == ["inconsistent"]
    assert verdicts(parts_sum, "项目资金1,000万元中，已拨付800万元，尚未拨付200万元。") == ["consistent"]


def test_score_and_its_full_marks():
    text = ("本项目自评总分91.5分（满分100分），其中项目决策18分（满分20分）、过程管理17.5分（满分20分）、"
            "产出指标34分（满分40分）、效益指标19分（满分20分）。")
    rows = run(parts_sum, text)
    assert sorted((r["stated"].split(" ")[0], r["verdict"]) for r in rows) == [("100分", "consistent"), ("91.5分", "inconsistent")]
    # another author's wording: 满分为, colon after 其中, a wrong full mark
    text = "绩效评价得分88分（满分为100分），其中：决策15分（满分为20分），过程18分（满分为20分），产出35分（满分为40分），效益20分（满分为30分）。"
    rows = run(parts_sum, text)
    assert sorted((r["stated"].split(" ")[0], r["verdict"]) for r in rows) == [("100分", "inconsistent"), ("88分", "consistent")]


def test_classification_named_by_the_verb_of_its_total():
    text = "共收到委员提案168件，经审查立案152件，立案率92.5%。立案提案按内容分：经济类47件，社会类58件，城建类31件，其他类19件。"
    assert verdicts(parts_sum, text) == ["inconsistent"]
    assert verdicts(parts_sum, text.replace("其他类19件", "其他类16件")) == ["consistent"]


def test_classification_of_the_figure_the_previous_split_summed():
    text = "全年新收申请268件，加上年结转14件，共需办理282件。从申请主体看，自然人申请231件，法人申请37件。"
    assert verdicts(parts_sum, text) == ["consistent", "consistent"]


def test_classification_whose_part_states_its_share_of_a_named_whole():
    text = ("全年共安排资金12,480万元。\n过渡期以来累计安排资金25,330万元。\n按用途划分，用于产业发展7,862万元，占当年资金总量的63.0%；"
            "用于基础设施3,120万元；用于就业帮扶865万元，其中岗位补贴512万元、交通补贴353万元；项目管理费150万元；其他支出383万元。")
    rows = [r for r in run(parts_sum, text) if r["stated"].startswith("12,480")]
    assert [r["verdict"] for r in rows] == ["inconsistent"]


def test_whole_inside_zhong_split_up_to_its_semicolon():
    text = "职工医保参保112.40万人，居民医保参保274.12万人。职工医保参保人员中，在职职工83.15万人、退休人员29.25万人；另有灵活就业人员9.6万人。"
    assert verdicts(parts_sum, text) == ["consistent"]


def test_rest_far_from_an_earlier_figure_is_not_its_remainder():
    text = "全年查处违规机构418家。对全市15家医院开展飞行检查，问题整改率80%，其余3家限期整改。"
    assert verdicts(parts_sum, text) == []
    assert verdicts(parts_sum, "年初排查隐患点20处。今年完成治理12处，其余6处正在治理。") == ["inconsistent"]


def test_shares_listed_apart_from_a_lone_share_are_another_cut():
    text = "专任教师41人。专任教师中本科学历29人，占70.7%；高级职称6人、一级职称17人、二级及以下18人，分别占专任教师的14.6%、41.5%和43.9%。"
    rows = [r for r in run(parts_sum, text) if r["stated"].startswith("41人")]
    assert [r["verdict"] for r in rows] == ["consistent"] and "29人" not in rows[0]["stated"]


# --- cumulative_vs_new ------------------------------------------------------------------------------------------------

def test_stock_risen_from_last_year_by_the_new():
    assert verdicts(cumulative_vs_new, "全市体育场地总数由上年的5862个增加到6415个，年内新增563个。") == ["inconsistent"]
    assert verdicts(cumulative_vs_new, "全市体育场地总数由上年的5862个增加到6425个，年内新增563个。") == ["consistent"]
    assert verdicts(cumulative_vs_new, "全县公园数量由去年的42个增加到47个，新增6个。") == ["inconsistent"]


def test_earlier_count_plus_new_gives_the_cumulative_after():
    assert verdicts(cumulative_vs_new, "此前已累计问责23人，本次整改中新问责8人，累计问责达到33人。") == ["inconsistent"]
    assert verdicts(cumulative_vs_new, "此前已累计问责23人，本次整改中新问责8人，累计问责达到31人。") == ["consistent"]


def test_last_years_cumulative_is_the_previous_level():
    assert verdicts(cumulative_vs_new, "上年累计建成高标准农田42万亩，今年新建8万亩，累计建成52万亩。") == ["inconsistent"]
    assert verdicts(cumulative_vs_new, "去年累计建成高标准农田42万亩，今年新建8万亩，累计建成50万亩。") == ["consistent"]


def test_new_rules_above_the_cumulative():
    assert verdicts(cumulative_vs_new, "整改以来新制定制度18项，目前累计建立完善各项管理制度15项。") == ["inconsistent"]
    assert verdicts(cumulative_vs_new, "年内新修订制度6项，目前累计建立管理制度42项。") == ["consistent"]


def test_stock_then_both_flows_in_a_later_sentence():
    text = ("截至年底，全市实有市场主体28.63万户，较上年末的26.88万户增长6.5%。其中企业8.74万户。"
            "全年新登记市场主体4.15万户，办理注销2.40万户。")
    assert verdicts(cumulative_vs_new, text) == ["consistent"]
    # another author's wording
    text = "年末全县实有企业3,120家，较上年末的2,980家增长4.7%。全年新设企业410家，注销企业270家。"
    assert verdicts(cumulative_vs_new, text) == ["consistent"]
    # flows that do not add up may be of a part of the stock: nothing reported
    text = "年末全县实有企业3,120家，较上年末的2,980家增长4.7%。全年新设企业410家，注销企业200家。"
    assert verdicts(cumulative_vs_new, text) == []


# --- false alarms on correct reports (rv6) ------------------------------------------------------------------------------

def test_a_status_after_the_kinds_is_not_one_more_kind():
    assert verdicts(parts_sum, "全年实施项目18个，其中新开工项目11个、续建项目7个，已竣工投产9个。") == ["consistent"]
    assert verdicts(parts_sum, "全年实施项目18个，其中新开工项目11个、续建项目8个，已竣工投产9个。") == ["inconsistent"]
    assert verdicts(parts_sum, "共排查问题46个，其中已整改38个、正在整改8个。") == ["consistent"]


def test_closing_total_of_levels_beside_the_years_additions():
    text = "全市新增光伏装机86.5万千瓦，累计达到412.6万千瓦；新增风电装机28.6万千瓦，累计达到186.3万千瓦；新能源装机合计598.9万千瓦。"
    assert verdicts(parts_sum, text) == ["consistent"]
    text = "今年新建公园6个，累计建成48个；新建游园9个，累计建成75个；新建公园游园合计15个。"
    assert verdicts(parts_sum, text) == ["consistent"]


def test_final_account_income_with_a_non_fiscal_balance_used():
    text = ("2024年度收入总计18654.36万元，其中：本年收入合计16982.50万元，使用非财政拨款结余12.16万元，"
            "年初结转和结余1659.70万元。支出总计18654.36万元，其中：本年支出合计17001.2万元，年末结转和结余1653.16万元。")
    assert verdicts(parts_sum, text) == ["consistent", "consistent"]


def test_a_status_inside_a_list_of_statuses_stays_a_part():
    text = "共收到建议58件，其中已解决的31件，列入计划解决的19件，因条件限制暂缓解决、已向代表说明的8件。"
    assert verdicts(parts_sum, text) == ["consistent"]


def test_initial_budget_plus_addition_gives_the_adjusted_budget():
    text = "本项目年初预算数1,860万元，其中中央补助920万元。年中追加60万元后，全年预算数为1,920万元。"
    assert verdicts(parts_sum, text) == ["consistent"]
    assert verdicts(parts_sum, "年初预算1865.40万元，执行中追加286.60万元，调整后预算2162.00万元。") == ["inconsistent"]
    # no initial budget named: nothing to add to
    assert verdicts(parts_sum, "全年执行中追加286.60万元，调整后预算2162.00万元。") == []


def test_done_and_carried_over_make_the_caseload_stated_before():
    text = "全年新收申请268件，加上年结转14件，共需办理282件。本年度已办结270件；结转下年度继续办理12件。"
    assert verdicts(parts_sum, text) == ["consistent", "consistent"]
    # weak pairing: a sum that does not hold is not reported
    text = "全年新收申请268件，加上年结转14件，共需办理282件。本年度已办结270件；结转下年度继续办理15件。"
    assert verdicts(parts_sum, text) == ["consistent"]


def test_sources_of_a_budget_after_it():
    text = "项目年初预算1860万元，全年预算数1935万元，资金来源为中央补助1128万元、省级补助386万元、市级配套212万元、区级配套209万元。"
    assert verdicts(parts_sum, text) == ["consistent"]
    text = "项目总投资1935万元，资金构成为中央补助1128万元、省级补助386万元、市级配套212万元、区级配套219万元。"
    assert verdicts(parts_sum, text) == ["inconsistent"]


def test_full_mark_closing_the_item_weights():
    assert verdicts(parts_sum, "本次自评设四个一级指标，分值分别为20分、30分、40分、20分，满分100分。") == ["inconsistent"]
    assert verdicts(parts_sum, "一级指标分值依次为20分、20分、40分、20分，满分100分。") == ["consistent"]
    # full marks in brackets beside scores close nothing on their own
    assert verdicts(parts_sum, "决策18分（满分20分）、过程17.5分（满分20分），满分40分。") == []


def test_threshold_or_plan_is_never_the_whole():
    text = "全镇16个村集体经济收入全部超过50万元，其中超100万元的村9个，占56.3%；村均集体经济收入118.6万元，合计1897.6万元。"
    assert verdicts(parts_sum, text) == []
    text = "明年计划改造小区120个，其中老旧小区不少于96个。已改造小区中有118个引入物业服务，其余24个由社区托管。"
    assert verdicts(parts_sum, text) == []


def test_years_amount_then_a_bare_running_total():
    assert verdicts(cumulative_vs_new, "全年改造薄弱学校46所，累计达到213所。") == ["consistent"]
    assert verdicts(cumulative_vs_new, "全年改造薄弱学校46所，累计达到43所。") == ["inconsistent"]
    assert verdicts(cumulative_vs_new, "全年新修村组道路12公里，全县累计达到386公里。") == ["consistent"]
    # a total of another thing is no running total of the year's amount
    assert verdicts(cumulative_vs_new, "全年接待游客500万人次，旅游总人数达到480万人次。") == []


def test_total_then_its_kinds_joined_by_enumeration_commas():
    assert verdicts(parts_sum, "本年度引进人才共计156名，博士研究生42名、硕士研究生124名。") == ["inconsistent"]
    assert verdicts(parts_sum, "本年度引进人才共计166名，博士研究生42名、硕士研究生124名。") == ["consistent"]
    # no word of a total, or a change in between: no split
    assert verdicts(parts_sum, "全年培训干部1200人次，新任职干部300人次、后备干部500人次。") == []
    assert verdicts(parts_sum, "全年共接待游客500万人次，同比增长8%，国内游客480万人次。") == []


def test_uses_listed_after_the_amount():
    rows = run(parts_sum, "争取专项债券资金5.5亿元，用于交通项目3.5亿元和水利项目2万元。")
    assert [r["verdict"] for r in rows] == ["inconsistent"] and rows[0]["cause"] == "万 and 元 mixed up"
    assert verdicts(parts_sum, "争取专项债券资金5.5亿元，用于交通项目3.5亿元和水利项目2亿元。") == ["consistent"]
    # a use, then what it drew in: not a list of uses
    assert verdicts(parts_sum, "争取资金5亿元，用于交通项目3亿元，撬动社会资本8亿元。") == []


def test_parts_in_clauses_of_their_own_after_a_stated_sum():
    # a weak split: reported when it holds, or when 元 read as 万元 makes it hold
    rows = run(parts_sum, "资金总额为3200万元，中央补助2000万元，地方配套1200元。")
    assert [r["verdict"] for r in rows] == ["inconsistent"] and rows[0]["cause"] == "万 and 元 mixed up"
    assert verdicts(parts_sum, "资金总额为3200万元，中央补助2000万元，地方配套1200万元。") == ["consistent"]
    assert verdicts(parts_sum, "资金总额为3200万元，中央补助2000万元，地方配套1000万元。") == []
    assert verdicts(parts_sum, "资金总额为3200万元，中央补助2000万元，带动社会投资5000万元。") == []
