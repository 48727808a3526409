"""parts_sum and cumulative_vs_new, round 10: invented correct passages in other registers (情况通报, 提案答复, 会议纪要,
新闻通稿, 表注) give no alarm; a cumulative introduced by 其中 after a flow is a part of that flow, not its stock."""
from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.sums import parts_sum
from rules_cases import verdicts


def _bad(rule, text, year=2020):
    return "inconsistent" in verdicts(rule, text, year) or "missing" in verdicts(rule, text, year)


# --- 新增…，其中…累计…: the 其中 figure is a part of the flow, so the flow may exceed it --------------------------------

def test_cumulative_under_qi_zhong_of_a_flow_is_no_stock():
    for y in (2020, None):
        assert not _bad(cumulative_vs_new, "今年新增医保参保人员2.6万人，其中通过新政策累计纳入灵活就业人员参保8400人。", y)
    # own phrasing, another register (新闻通稿)
    assert not _bad(cumulative_vs_new, "本年度新发展会员1.5万名，其中通过线上渠道累计吸纳会员6200名。")


def test_broken_twin_a_real_stock_still_caught():
    # the same figures, the cumulative a stock of its own (no 其中): new above cumulative is an error
    # (within a factor of two: a flow more than twice its stock is another thing — round 31)
    assert _bad(cumulative_vs_new, "今年新增医保参保人员1.2万人，全市累计参保人员达到8400人。")
    assert verdicts(cumulative_vs_new, "今年新增医保参保人员2600人，全市累计参保人员达到8400人。", 2020) == ["consistent"]


# --- correct passages in unseen registers: no alarm ------------------------------------------------------------------

CORRECT = [
    "截至11月底，全区共排查各类安全隐患128处，其中重大隐患57处、较大隐患43处、一般隐患28处，均已落实整改责任人。",
    "会议听取了27个项目的进展汇报，其中19个项目按期推进，8个项目进度滞后，要求限期赶上。",
    "本届招聘会共有73家用人单位进场，包括民营企业41家和国有企业32家。",
    "一季度受理行政复议案件25件，二季度22件，三季度16件，前三季度合计63件。",
    "全区星级农家乐总数达到58家，较年初增加13家，年初为45家。",
    "年初全市在册养犬登记1890只，本年新登记230只，注销74只，年末在册2046只。",
    "参加培训的学员共60人，其中党员42人，女性38人，35岁以下青年29人。",
    "1-10月累计完成固定资产投资86.4亿元，其中10月当月完成9.8亿元。",
    "全年新设立企业620家，净增410家，企业总数达到3300家。",
    "全年完成投资52亿元，其中政府投资18亿元（其中中央资金6亿元、省级资金4亿元），社会投资34亿元。",
    "全年整改问题共46个：一是作风方面问题18个；二是管理方面问题15个；三是制度方面问题13个。",
    "截至目前，我市已累计建成城市书房48家，今年以来新开放11家，年底前还将新开放5家。",
]


def test_invented_correct_passages_give_no_alarm():
    for t in CORRECT:
        for y in (2020, None):
            assert not _bad(parts_sum, t, y), t
            assert not _bad(cumulative_vs_new, t, y), t


def test_invented_passages_judged():
    assert verdicts(parts_sum, CORRECT[0]) == ["consistent"]
    assert "inconsistent" in verdicts(parts_sum, CORRECT[0].replace("128处", "120处"))
    assert "consistent" in verdicts(cumulative_vs_new, CORRECT[5], 2020)
    assert "inconsistent" in verdicts(cumulative_vs_new, CORRECT[5].replace("2046只", "2064只"), 2020)


# --- 新增就业 vs 累计帮扶就业困难人员: the new figure's noun only describes the stock's own head -------------------------

def test_noun_that_only_modifies_another_head_is_no_stock():
    for y in (2020, None):
        assert not _bad(cumulative_vs_new, "全年城镇新增就业1.2万人，累计帮扶就业困难人员3500人实现再就业。", y)
    # own phrasing
    assert not _bad(cumulative_vs_new, "今年新建养老床位600张，累计改造养老床位管理用房120张。")
    assert not _bad(cumulative_vs_new, "年内新认定家庭农场86家，累计认定家庭农场示范场60家。")


def test_same_head_with_count_word_or_stock_verb_still_caught():
    assert _bad(cumulative_vs_new, "全年城镇新增就业1.2万人，累计实现就业8500人。")  # (within a factor of two)
    assert _bad(cumulative_vs_new, "全年城镇新增就业1.2万人，累计就业人数8500人。")
    assert _bad(cumulative_vs_new, "年内新认定家庭农场86家，全县家庭农场累计达到60家。")
    assert verdicts(cumulative_vs_new, "年内新认定家庭农场36家，全县家庭农场累计达到60家。", 2020) == ["consistent"]


# --- flows of the year (招聘, 调入, 迁入…) under a level (总数达到): no split ------------------------------------------

def test_hires_under_the_staff_level_are_no_split():
    for y in (2020, None):
        assert not _bad(parts_sum, "城区学校招聘教师85人，农村学校招聘62人，全县教师总数达到4300人。", y)
    # own phrasing
    assert not _bad(parts_sum, "今年从外地调入医务人员36名，本地招录54名，全院职工总数达到1260名。")


def test_hires_with_a_sum_word_still_judged():
    assert verdicts(parts_sum, "城区学校招聘教师85人，农村学校招聘62人，合计147人。") == ["consistent"]
    assert "inconsistent" in verdicts(parts_sum, "城区学校招聘教师85人，农村学校招聘62人，合计157人。")


# --- the two sides of an account (进口/出口, 收入/支出): a total named by one side closes no list of the other -------------

def test_total_of_the_other_side_closes_nothing():
    for y in (2020, None):
        assert not _bad(parts_sum, "1月完成出口4.2亿元，2月3.1亿元，3月5.6亿元，季度进口合计9.7亿元。", y)
    # own phrasing
    assert not _bad(parts_sum, "上半年基金收入3.2亿元，下半年收入3.5亿元，全年支出合计6.1亿元。")


def test_same_side_total_still_caught():
    assert "inconsistent" in verdicts(parts_sum, "1月完成出口4.2亿元，2月3.1亿元，3月5.6亿元，季度出口合计9.7亿元。")
    assert verdicts(parts_sum, "1月完成出口4.2亿元，2月3.1亿元，3月5.6亿元，季度出口合计12.9亿元。") == ["consistent"]
    # 收支 both named in the total (收支合计) is no other side
    assert "inconsistent" in verdicts(parts_sum, "本年度收入合计860万元，其中财政拨款收入800万元、其他收入90万元。")


# --- new above a cumulative that only shares a character or a head with it: no alarm ----------------------------------

def test_new_above_a_cumulative_of_another_thing_gives_no_alarm():
    for t in ["今年新增各项贷款50亿元，累计发放扶贫小额信贷12亿元。",
              "全年新增造林8万亩，累计完成退耕还林3.2万亩。",
              "今年新增参保3.2万人，累计为困难群众代缴保费2.1万人。",
              "全年新建污水管网120公里，累计改造雨污分流管网85公里。"]:
        for y in (2020, None):
            assert not _bad(cumulative_vs_new, t, y), t
    # own phrasing
    assert not _bad(cumulative_vs_new, "本年新修农田灌渠46公里，累计硬化田间生产道路30公里。")


def test_new_above_a_cumulative_of_the_same_thing_still_caught():
    assert _bad(cumulative_vs_new, "全年新建污水管网120公里，累计建成污水管网85公里。")
    assert _bad(cumulative_vs_new, "年内新培训社会体育指导员260名，全市累计注册社会体育指导员达180名。")
    assert _bad(cumulative_vs_new, "新增发明专利授权126件，累计拥有有效发明专利118件。")
    assert _bad(cumulative_vs_new, "全年新增城镇就业人员5600人，自2016年以来累计新增4800人。")
    assert _bad(cumulative_vs_new, "今年新开通公交线路12条，全市公交线路总数增至10条。")
    # the pairs that hold are still reported
    assert verdicts(cumulative_vs_new, "今年新增各项贷款5亿元，累计发放各项贷款12亿元。", 2020) == ["consistent"]
