"""growth and target_met, round 11 (targets set or values stated in another section). Sentences invented."""
from analysis.rules.growth import growth
from analysis.rules.targets import target_met
from rules_cases import verdicts


# ---------------------------------------------------------------- target_met: the whole of a 其中 list, not its last part
def test_breakdown_total_is_the_achieved_value():
    text = "全年新增城镇就业1,260人，其中高校毕业生480人、退役军人310人、农民工470人，为年度计划1,200人的{pct}。"
    assert verdicts(target_met, text.format(pct="105.0%"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(pct="115.0%"), 2020) == ["inconsistent"]
    own = "今年共植树3.3万株，其中乔木1.1万株、灌木2.2万株，超额完成年初确定的植树3万株目标。"
    assert "inconsistent" not in verdicts(target_met, own, 2020)
    # decoy: one part compared with its own plan in its own clause stays the part
    one = "全年完成投资8.4亿元，其中民间投资2.1亿元为计划2亿元的105%。"
    assert "inconsistent" not in verdicts(target_met, one, 2020)


# ---------------------------------------------------------------- target_met: a claim naming its metric, value in an earlier section
def test_named_claim_value_stated_in_earlier_section():
    text = ("一、业务工作\n全年新建社区服务站{n}个，培训社工320人次。\n\n"
            "二、目标完成情况\n年初确定的新建社区服务站40个的目标全面完成。")
    assert verdicts(target_met, text.format(n="42"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(n="36"), 2020) == ["inconsistent"]
    ceiling = ("一、医疗\n平均候诊时间{n}分钟。\n\n二、年度目标完成情况\n年初确定的平均候诊时间控制在25分钟以内的目标已经实现。")
    assert verdicts(target_met, ceiling.format(n="22"), 2020) == ["consistent"]
    assert verdicts(target_met, ceiling.format(n="28"), 2020) == ["inconsistent"]
    # decoy: the name stated with two different values: left alone
    two = ("一、工作\n全年新建社区服务站36个。上半年新建社区服务站18个，下半年新建社区服务站42个。\n\n"
           "二、目标\n年初确定的新建社区服务站40个的目标全面完成。")
    assert "inconsistent" not in verdicts(target_met, two, 2020)


# ---------------------------------------------------------------- target_met: targets set in one section, claimed in another
def test_targets_listed_after_colon_then_all_claimed():
    text = ("一、年度目标\n年初确定的部门绩效目标为：改造老旧管网30公里，污水处理率达到95%。\n\n"
            "二、完成情况\n全年改造老旧管网31.2公里；污水处理率达到{p}。\n\n"
            "三、结论\n年初确定的绩效目标全部完成。")
    assert "inconsistent" not in verdicts(target_met, text.format(p="95.6%"), 2020)
    assert "inconsistent" in verdicts(target_met, text.format(p="93.1%"), 2020)


def test_named_claims_on_targets_set_earlier():
    text = ("一、回顾\n年初乡人代会确定了税收收入增长10%以上、项目投资2.5亿元的年度目标。\n"
            "全年完成项目投资{inv}亿元。税收收入完成1,650万元，比上年的1,500万元增长10.0%。\n"
            "对照年初目标，项目投资超额完成年度目标，税收收入增长目标全面完成。")
    assert "inconsistent" not in verdicts(target_met, text.format(inv="2.7"), 2020)
    assert "inconsistent" in verdicts(target_met, text.format(inv="2.3"), 2020)
    # decoy: a next year's target set later is never the one claimed
    plan = text.format(inv="2.7") + "\n二、明年安排\n明年项目投资目标为3亿元。"
    assert "inconsistent" not in verdicts(target_met, plan, 2020)


def test_claim_after_benchmark_clause_uses_target_set_earlier():
    text = ("一、概况\n年初，县政府确定2020年全县农村自来水普及率达到92%的目标。\n\n"
            "二、成效\n经抽查，全县农村自来水普及率达到{p}，高于全省平均1.1个百分点，圆满完成年度目标。")
    assert verdicts(target_met, text.format(p="92.4%"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(p="91.4%"), 2020) == ["inconsistent"]


# ---------------------------------------------------------------- target_met: a surplus over the plan is no target (rv13)
def test_surplus_over_plan_is_not_the_target():
    text = "提升改造泵站46座，超计划4座；新铺设管网102.3公里，完成计划的106.0%。"
    assert "inconsistent" not in verdicts(target_met, text, 2020)
    own = "今年新建停车位812个，比计划多12个；新建充电桩320个，完成计划的106.7%。"
    assert "inconsistent" not in verdicts(target_met, own, 2020)
    # the target itself still judged
    assert verdicts(target_met, "年度计划改造泵站40座，全年改造46座，完成计划的125.0%。", 2020) == ["inconsistent"]


# ---------------------------------------------------------------- growth: a base of another value before ；(rv13)
def test_abs_change_does_not_borrow_previous_clause_base():
    text = ("年末存款余额1286.4亿元，比年初增加118.2亿元，增长10.1%（年初为1168.2亿元）；"
            "贷款余额862.6亿元，比年初增加96.4亿元，增长12.6%。")
    assert "inconsistent" not in verdicts(growth, text, 2020)
    own = "门诊收入12.6亿元，增长10.5%（上年为11.4亿元）；住院收入8.6亿元，比上年增加0.5亿元。"
    assert "inconsistent" not in verdicts(growth, own, 2020)
    # a base before the value with no other value before it is still its base
    assert "inconsistent" in verdicts(growth, "上年受理350件，今年受理400件，比上年多60件。", 2020)
    assert "inconsistent" not in verdicts(growth, "上年受理350件，今年受理400件，比上年多50件。", 2020)
