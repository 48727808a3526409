"""parts_sum and cumulative_vs_new, round 20 (helper B). parts_sum: a carry-over (上年结转/结余) as an item of the year's
money, a part naming the total's own flow word (新增…其中…、新增…), the other side of an account ending a list, a list
running past a part's base when the whole's name holds its two parts (进出口 → 出口, 进口), a whole named one word
longer in its 中 line (已拨付 → 已拨付资金中), classes named by 的-clauses and two halves with the whole sections back
(weak), a named whole less its uses leaving a balance (X减去A、B，结转C). cumulative_vs_new: previous, new and current
chained in one sentence (people too), a rise 由…增加到… after the year's new, a running total of the term against the
session's count, a debt balance rolled forward by borrowing and repayment. Sentences invented."""
from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.sums import parts_sum
from rules_cases import run

ALARMS = ("inconsistent", "missing")


def _v(rule, text, year=2021):
    return [r["verdict"] for r in run(rule, text, year)]


def _at(rule, text, anchor, year=2021):
    """Verdicts of the rows whose span holds the anchor."""
    at = text.index(anchor)
    return [r["verdict"] for r in run(rule, text, year) if r["start"] <= at and at + len(anchor) <= r["end"]]


# --- parts_sum: a carry-over is an item of the year's money -------------------------------------------------------

CARRY = "2022年单位收入合计634.80万元，其中一般公共预算拨款512.30万元、上年结余{x}万元。"


def test_carry_over_is_one_more_item():
    assert _at(parts_sum, CARRY.format(x="122.50"), "上年结余122.50万元") == ["consistent"]
    assert _at(parts_sum, CARRY.format(x="112.50"), "上年结余112.50万元") == ["inconsistent"]


def test_year_money_after_the_carry_over():
    text = "专项资金共计740万元，其中：去年结转资金{x}万元，今年下达资金615万元。"
    assert _at(parts_sum, text.format(x="125"), "615万元") == ["consistent"]
    assert _at(parts_sum, text.format(x="152"), "615万元") == ["inconsistent"]


def test_carry_over_decoys():
    # a spending total does not take money carried in; nor does a list closed before a semicolon
    assert not any(v in ALARMS for v in _v(parts_sum, "支出合计960万元，其中人员经费600万元、公用经费280万元、上年结转项目支出80万元。"))
    assert not any(v in ALARMS for v in _v(
        parts_sum, "全年收入1,200万元，其中税收收入900万元、非税收入300万元；上年结转资金80万元，收入总计1,280万元。"))
    # two sources short of their total by more than a slip: a selection (事业收入 left out), not an error
    assert not any(v in ALARMS for v in _v(parts_sum, "全年收入1,280万元，其中财政拨款900万元、上年结转80万元。"))
    # last year's figure of a part is its base, not a part
    assert not any(v in ALARMS for v in _v(parts_sum, "全年税收收入1,200万元，其中增值税900万元，上年增值税850万元。"))


# --- parts_sum: the total's own flow word on a part ---------------------------------------------------------------

FLOW = "今年新增公共停车泊位2,460个，其中新增路内泊位860个、新增立体车库泊位{x}个。"


def test_part_naming_the_totals_flow():
    assert _at(parts_sum, FLOW.format(x="1,600"), "1,600个") == ["consistent"]
    assert _at(parts_sum, FLOW.format(x="1,800"), "1,800个") == ["inconsistent"]


def test_one_digit_slip_with_trailing_zero():
    # 0.36 + 0.84 = 1.20 written 1.24: the digits as written, one differs
    text = "全年新增水土流失治理面积1.24万亩，其中新增坡改梯治理0.36万亩、新增生态修复治理0.84万亩。"
    assert _at(parts_sum, text, "0.84万亩") == ["inconsistent"]


def test_flow_word_decoys():
    # another thing under the same flow word, and a comma joint after an item without it
    assert not any(v in ALARMS for v in _v(parts_sum, "今年新建学校12所，其中小学8所、中学4所，今年新建幼儿园5所。"))
    assert not any(v in ALARMS for v in _v(parts_sum, "新增耕地1.26万亩，其中垦造水田0.48万亩，新增建设用地0.95万亩。"))
    assert not any(v in ALARMS for v in _v(
        parts_sum, "今年新增就业岗位2,400个，其中公益性岗位600个、企业岗位1,800个，另新增见习岗位150个。"))


# --- parts_sum: the other side of an account; a list past a part's base -------------------------------------------

SIDE = "基金收入合计3,540万元，其中征缴收入3,210万元，利息收入{x}；基金支出合计2,980万元。"


def test_other_side_ends_the_list():
    assert _at(parts_sum, SIDE.format(x="330万元"), "利息收入330万元") == ["consistent"]
    rows = [r for r in run(parts_sum, SIDE.format(x="330元"), 2021) if r["verdict"] == "inconsistent"]
    assert rows and "万" in rows[0]["cause"]


TRADE = "全县外贸进出口总额6.48亿美元。其中出口4.26亿美元，比上年的3.90亿美元增长9.2%；进口{x}亿美元。"


def test_list_runs_past_the_base_of_a_part():
    assert _at(parts_sum, TRADE.format(x="2.22"), "进口2.22亿美元") == ["consistent"]
    assert _at(parts_sum, TRADE.format(x="2.52"), "进口2.52亿美元") == ["inconsistent"]
    # an item the whole's name does not hold ends the list
    assert not any(v in ALARMS for v in _v(parts_sum, TRADE.format(x="2.22").replace("进口2.22", "利用外资3.10")))


# --- parts_sum: a whole named one word longer ---------------------------------------------------------------------

PAID = "年度到位资金2,360万元。项目已拨付2,150万元，拨付率91.1%。已拨付资金中，土建工程1,580万元，设备购置430万元，其他{x}万元。"


def test_whole_named_with_one_more_word():
    assert _at(parts_sum, PAID.format(x="140"), "其他140万元") == ["consistent"]
    assert _at(parts_sum, PAID.format(x="160"), "其他160万元") == ["inconsistent"]
    # two items under their whole, no catch-all: a selection may leave kinds out
    assert not any(v in ALARMS for v in _v(parts_sum, "已拨付2,150万元。已拨付资金中，土建工程1,580万元，设备购置430万元。"))


# --- parts_sum: weak pairings with the whole sections back ---------------------------------------------------------

def test_de_classes_and_halves_cover_the_whole_before():
    text = ("县人大会议期间代表共提出建议97件。\n二、办理结果\n所提问题已经解决的54件，正在推进解决的31件，"
            "因条件所限暂时无法解决的12件。")
    assert _at(parts_sum, text, "暂时无法解决的12件") == ["consistent"]
    assert not _v(parts_sum, text.replace("12件", "15件"))  # (weak: nothing when they do not add up)
    halves = "全年交办政协提案143件。按主办118件、协办25件分别落实到31个部门。"
    assert _at(parts_sum, halves, "协办25件") == ["consistent"]
    assert not _v(parts_sum, halves.replace("协办25件", "协办28件"))


# --- parts_sum: a named whole less its uses -----------------------------------------------------------------------

LEFT = ("社保基金收入合计18.6亿元。社保基金支出合计16.2亿元。社保基金收入合计减去社保基金支出合计和上解0.3亿元，"
        "年末滚存结余{x}亿元。")


def test_named_difference_leaves_the_balance():
    assert _at(parts_sum, LEFT.format(x="2.1"), "2.1亿元") == ["consistent"]
    assert _at(parts_sum, LEFT.format(x="2.4"), "2.4亿元") == ["inconsistent"]
    # a term named vaguely (各项支出) resolves to no figure: no claim
    assert not _v(parts_sum, "收入总计24.34亿元。收入总计减去各项支出后，结转下年0.72亿元。")


# --- cumulative_vs_new: previous, new, current in one sentence ----------------------------------------------------

CHAIN = "全市持证社会工作者上年末为3,120人，今年新增560人，年末达到{x}人。"


def test_chain_in_one_sentence_holds_for_people():
    assert _v(cumulative_vs_new, CHAIN.format(x="3,680")) == ["consistent"]
    assert _v(cumulative_vs_new, CHAIN.format(x="3,660")) == ["inconsistent"]


def test_bare_year_end_level_closes_the_chain():
    text = "全县工伤保险参保人数上年末为4.36万人，本年新增0.42万人，年末为{x}万人。"
    assert _v(cumulative_vs_new, text.format(x="4.78")) == ["consistent"]
    assert _v(cumulative_vs_new, text.format(x="4.88")) == ["inconsistent"]


def test_chain_decoys():
    # gross intake (新招生, 新登记) and a balance of money do not fix the level
    assert not any(v in ALARMS for v in _v(cumulative_vs_new, "全校在校生上年末为8,420人，今年新招生1,260人，年末在校生8,960人。"))
    assert not any(v in ALARMS for v in _v(cumulative_vs_new, "全市登记在册市场主体上年末为3.12万户，今年新登记0.58万户，年末为3.46万户。"))
    # two flows in: neither alone gives the level
    assert not any(v in ALARMS for v in _v(
        cumulative_vs_new, "上年末全县政府债务余额38.46亿元，全年新增债券3.2亿元、置换债券2.0亿元，偿还到期债务1.15亿元，年末债务余额42.51亿元。"))


# --- cumulative_vs_new: a rise after the year's new ---------------------------------------------------------------

RISE = "年初计划新创建省级示范家庭农场10家，全年新创建14家，超额完成任务。全市省级示范家庭农场总数由上年的63家增加到{x}家。"


def test_rise_after_the_years_new():
    assert _at(cumulative_vs_new, RISE.format(x="77"), "增加到77家") == ["consistent"]
    assert "inconsistent" in _at(cumulative_vs_new, RISE.format(x="79"), "增加到79家")
    # people leave a stock: only new ≤ current
    assert not any(v in ALARMS for v in _v(cumulative_vs_new, "全年新增城镇就业1.2万人。全市城镇就业人员由上年末的42.3万人增加到43.9万人。"))
    # a plan's flow fills nothing
    assert not any(v in ALARMS for v in _v(cumulative_vs_new, "计划明年新建城市书房15个。全市城市书房由上年的42个增加到60个。"))


# --- cumulative_vs_new: the term's running total ------------------------------------------------------------------

TERM = "一、概况\n本次会议代表共提出建议164件。\n二、办理\n建议库上届末收录建议932件，本届累计收录建议达到{x}件。"


def test_term_total_is_last_term_end_plus_the_sessions_count():
    rows = run(cumulative_vs_new, TERM.format(x="1,096"), 2021)
    assert [r["verdict"] for r in rows] == ["consistent"] and "164件" in rows[0]["computed"]
    assert _v(cumulative_vs_new, TERM.format(x="1,069")) == ["inconsistent"]


def test_term_total_holds_the_sessions_count():
    text = "一、基本情况\n区政协会议期间，委员共提交提案238件。\n二、办理\n本届以来，全区累计办理政协提案1,046件，办复率100%。"
    assert _at(cumulative_vs_new, text, "1,046件") == ["consistent"]
    # another thing counted since the term began
    assert not _v(cumulative_vs_new, "区人大本次会议代表共提出建议156件。本届以来，累计组织代表视察活动48次。")


# --- cumulative_vs_new: a debt balance rolled forward -------------------------------------------------------------

DEBT = ("（一）预算收入。收入总计31.5亿元，包括新增债券转贷收入2.6亿元。\n（二）政府债务。上年末全市政府债务余额22.40亿元，"
        "全年偿还到期债务0.90亿元，年末政府债务余额{x}亿元。")


def test_debt_balance_rolls_forward_with_the_new_bonds_stated_elsewhere():
    assert _at(cumulative_vs_new, DEBT.format(x="24.10"), "年末政府债务余额24.10亿元") == ["consistent"]
    assert _at(cumulative_vs_new, DEBT.format(x="24.60"), "年末政府债务余额24.60亿元") == ["inconsistent"]
    # without the year's borrowing anywhere, no account
    assert not _v(cumulative_vs_new, "上年末全市政府债务余额22.40亿元，全年偿还到期债务0.90亿元，年末政府债务余额24.60亿元。")


def test_flow_of_another_class_of_firm_fills_no_stock():
    # 专精特新 firms certified this year are not the rise of 规模以上 firms (two cuts of firms), whatever the numbers
    text = "今年新认定省级专精特新企业19家。全区规模以上工业企业总数由上年的388家增至{x}家。"
    assert not any(v in ALARMS for v in _v(cumulative_vs_new, text.format(x="431")))
    # the same class named again is paired
    same = "今年新认定省级专精特新企业19家。全区省级专精特新企业由上年的58家增至{x}家。"
    assert _at(cumulative_vs_new, same.format(x="77"), "增至77家") == ["consistent"]


def test_whole_named_after_gong():
    text = "全年共拨付奖补资金2,180万元。拨付奖补资金中，以奖代补1,320万元，先建后补640万元，其他{x}万元。"
    assert _at(parts_sum, text.format(x="220"), "其他220万元") == ["consistent"]
    assert _at(parts_sum, text.format(x="260"), "其他260万元") == ["inconsistent"]


# --- parts_sum: a classification closed by 其他, its whole named by the items' head noun ----------------------------

CLASSES = ("专项检查共发现问题112个，涉及9个单位。\n二、问题分布\n从问题类型看，制度执行类问题46个、资金使用类问题38个、"
           "其他问题{x}个。")


def test_classification_whole_named_by_the_head_noun():
    assert _at(parts_sum, CLASSES.format(x="28"), "其他问题28个") == ["consistent"]
    assert _at(parts_sum, CLASSES.format(x="26"), "其他问题26个") == ["inconsistent"]
    # two earlier figures ending with the head noun, of two values: no whole to pick
    two = "全区共发现问题186个，其中本轮检查发现问题112个。\n从问题类型看，制度执行类问题46个、资金使用类问题38个、其他问题26个。"
    assert not any(v in ALARMS for v in _v(parts_sum, two))


# --- parts_sum: a subtotal named after the list; a flow word inside an item's name ---------------------------------

def test_subtotal_named_after_the_list():
    text = "全年有效监测天数361天，其中优81天、良214天、轻度污染48天、中度污染13天、重度污染5天。全年优良天数{x}天。"
    assert _at(parts_sum, text.format(x="295"), "全年优良天数295天") == ["consistent"]
    assert _at(parts_sum, text.format(x="259"), "全年优良天数259天") == ["inconsistent"]
    # next year's expected figure is no subtotal of this year's list
    plan = text.format(x="295").replace("全年优良天数295天", "预计明年优良天数为300天")
    assert not any(v in ALARMS for v in _v(parts_sum, plan))


def test_flow_word_inside_an_items_name():
    text = "可用资金合计18.5亿元，包括本级收入9.6亿元、上级补助收入6.4亿元、新增债券转贷收入{x}亿元。"
    assert _at(parts_sum, text.format(x="2.5"), "新增债券转贷收入2.5亿元") == ["consistent"]
    assert _at(parts_sum, text.format(x="2.9"), "新增债券转贷收入2.9亿元") == ["inconsistent"]
    # a period word opens another scope even after 、
    assert not any(v in ALARMS for v in _v(parts_sum, "全县在校学生9,800人，其中小学生8,600人、今年新增学生1,500人。"))


# --- parts_sum: the housing fund's identities ---------------------------------------------------------------------

FUND = ("（一）缴存。截至年末，缴存总额728.40亿元。\n（二）提取。全年提取额52.6亿元。截至年末，提取总额{x}亿元。\n"
        "（三）余额。年末缴存余额263.90亿元。")


def test_fund_deposits_less_withdrawals_leave_the_balance():
    assert _at(parts_sum, FUND.format(x="464.50"), "提取总额464.50亿元") == ["consistent"]
    assert _at(parts_sum, FUND.format(x="446.50"), "提取总额446.50亿元") == ["inconsistent"]


def test_fund_loans_in_the_amount_not_the_count():
    text = "截至年末，累计发放个人住房贷款3.18万笔、累计发放个人住房贷款总额96.5亿元，累计回收个人住房贷款总额31.2亿元，个人住房贷款余额{x}亿元。"
    assert _at(parts_sum, text.format(x="65.3"), "个人住房贷款余额65.3亿元") == ["consistent"]
    assert _at(parts_sum, text.format(x="56.3"), "个人住房贷款余额56.3亿元") == ["inconsistent"]


# --- parts_sum: what was not done, of a set and its done count stated sentences before -----------------------------

UNDONE = "年初确定为民办实事项目18项，完成16项，完成率88.9%。\n二、问题与不足\n资金到位偏慢。未完成的{x}项实事主要受用地影响。"


def test_not_done_of_a_set_before():
    assert _at(parts_sum, UNDONE.format(x="2"), "未完成的2项") == ["consistent"]
    assert _at(parts_sum, UNDONE.format(x="3"), "未完成的3项") == ["inconsistent"]
    # the count names another thing than the set (村级道路 is no 实事 of the set's name)
    assert not any(v in ALARMS for v in _v(parts_sum, "年初确定民生实事项目15项，完成13项。未完成的3个村级道路项目明年实施。"))


def test_chain_gap_beyond_a_slip_is_left_to_exits():
    # the unemployed register and a vehicle stock lose items: a gap of more than one digit is what left, not an error
    assert not any(v in ALARMS for v in _v(
        cumulative_vs_new, "全市登记失业人员上年末为1.26万人，今年新增登记失业0.85万人，年末为1.18万人。"))
    assert not any(v in ALARMS for v in _v(
        cumulative_vs_new, "上年末全市机动车保有量82.4万辆，今年新增注册6.8万辆，年末保有量达到87.6万辆。"))
    # a term total may hold what came in between sessions
    assert not any(v in ALARMS for v in _v(
        cumulative_vs_new, "区政协本次会议共收到提案312件。上届末收录提案1,068件，本届累计收到提案1,412件，包括闭会期间提交的32件。"))
    # a debt balance beside a change the account does not count
    assert not any(v in ALARMS for v in _v(cumulative_vs_new, "上年末全县政府债务余额38.46亿元，全年新增债券3.2亿元，"
                                                         "偿还到期债务1.15亿元，置换存量债务后年末债务余额41.21亿元。"))


def test_not_done_of_another_year_is_no_part():
    assert not any(v in ALARMS for v in _v(parts_sum, "全年设定绩效指标32个，达标29个。上年未达标的4个指标今年均已达标。"))
