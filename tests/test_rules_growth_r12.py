"""growth and target_met, round 12 (bases via a change, 分别 lists, targets set by a verb or in quotes). Sentences invented."""
from analysis.rules.growth import growth
from analysis.rules.targets import target_met
from rules_cases import verdicts


# ---------------------------------------------------------------- growth: the base stated with the change after the rate
def test_rate_base_from_change_after_it():
    text = "全年实现税收收入8.6亿元，增长{r}，较2019年的7.9亿元多0.7亿元。"
    assert verdicts(growth, text.format(r="8.9%"), 2020) == ["consistent", "consistent"]
    assert "inconsistent" in verdicts(growth, text.format(r="5.1%"), 2020)
    # decoy: a change of another direction gives no base to the rate
    other = "全年实现税收收入8.6亿元，下降2.0%，较2019年的7.9亿元多0.7亿元。"
    assert verdicts(growth, other, 2020) == ["unverifiable", "consistent"]  # the 多 row is judged on its own


# ---------------------------------------------------------------- growth: a value that is the whole of a ratio is no rival
def test_ratio_whole_is_not_the_value_that_grew():
    text = "部门全年支出1,482.60万元，为年初预算1,400.00万元的105.9%，较上年决算数1,320.50万元增长{r}。"
    assert verdicts(growth, text.format(r="12.3%"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(r="15.3%"), 2020) == ["inconsistent"]


# ---------------------------------------------------------------- growth: 分别增长a%、b%和下降c%
def test_respectively_list_turning_direction_keeps_order():
    text = ("三个园区产值分别为86.4亿元、52.0亿元和31.5亿元，分别比上年增长8.0%、4.0%和下降{r}"
            "（上年分别为80.0亿元、50.0亿元和35.0亿元）。")
    assert verdicts(growth, text.format(r="10.0%"), 2020) == ["consistent"] * 3
    assert verdicts(growth, text.format(r="6.0%"), 2020) == ["consistent", "consistent", "inconsistent"]


# ---------------------------------------------------------------- target_met: 均超过…任务（分别为A和B）
def test_targets_listed_with_respectively_pair_in_order():
    text = "全县森林面积182.4万亩，公益林面积96.3万亩，均超过市下达的任务（分别为180万亩和{b}万亩）。"
    assert verdicts(target_met, text.format(b="95"), 2020) == ["consistent", "consistent"]
    assert verdicts(target_met, text.format(b="98"), 2020) == ["consistent", "inconsistent"]
    # 超过…任务N in each clause: N is its own clause's target, not a gap to the one before
    each = "全县森林面积182.4万亩，超过市下达任务180万亩；公益林面积96.3万亩，超过市下达任务95万亩。"
    assert "inconsistent" not in verdicts(target_met, each, 2020)


# ---------------------------------------------------------------- target_met: a claim naming its metric, the work verb differs
def test_claim_names_metric_and_work_verb_differs():
    text = ("年度目标为新建污水收集管网50公里、改造雨污分流小区12个。"
            "全年建成污水收集管网{n}公里，改造雨污分流小区13个，超额完成污水收集管网年度任务。")
    assert verdicts(target_met, text.format(n="52"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(n="46"), 2020) == ["inconsistent"]


# ---------------------------------------------------------------- target_met: 完成了90%以上的年度目标 (a bound, not a completion share)
def test_bound_after_complete_is_the_target():
    text = "全镇农村改厕普及率为{p}，完成了90%以上的年度目标。"
    assert verdicts(target_met, text.format(p="91.4%"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(p="87.9%"), 2020) == ["inconsistent"]
    # decoy: no level before it: a share of the targets completed, left alone
    assert verdicts(target_met, "各项重点工作有序推进，完成了90%以上的年度目标任务。", 2020) == []


# ---------------------------------------------------------------- target_met: a bound set by a verb or after 目标为…率
def test_rate_bound_set_by_verb_in_earlier_sentence():
    text = "区政府确定年内复核办结率达到95%以上。全年受理复核申请64件，复核办结率{p}，全面完成了预定目标。"
    assert verdicts(target_met, text.format(p="96.9%"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(p="90.6%"), 2020) == ["inconsistent"]
    named = "年度目标为残疾儿童入学率不低于96%。全年残疾儿童入学率{p}，完成年度目标。"
    assert verdicts(target_met, named.format(p="97.1%"), 2020) == ["consistent"]
    assert verdicts(target_met, named.format(p="94.8%"), 2020) == ["inconsistent"]
    # decoy: 按要求 reports what was done, it sets nothing
    done = "按要求复核办结率达到95%以上。全年受理复核申请64件，复核办结率96.9%，全面完成了预定目标。"
    assert "inconsistent" not in verdicts(target_met, done, 2020)


# ---------------------------------------------------------------- target_met: targets quoted, then named as the year's targets
def test_quoted_targets_then_claim():
    text = ("今年，全局围绕“新建村级文化广场30个、培训基层文艺骨干800人次”两大目标推进工作。"
            "全年新建村级文化广场{n}个，超额完成年度任务。")
    assert verdicts(target_met, text.format(n="32"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(n="27"), 2020) == ["inconsistent"]
    # decoy: a quoted slogan with a number that is no target
    slogan = "今年，全局开展“百场文艺下乡”活动。全年新建村级文化广场27个，超额完成年度任务。"
    assert "inconsistent" not in verdicts(target_met, slogan, 2020)


# ---------------------------------------------------------------- growth: prior value named by the head of the rate's name
def test_prior_value_named_by_head_elsewhere():
    text = ("一、概况\n上年全市纪检监察机关共立案96件，处分党员干部88人。\n\n"
            "二、审查调查\n全年立案查处112件，同比增长{r}；处分党员干部101人。")
    assert verdicts(growth, text.format(r="16.7%"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(r="21.3%"), 2020) == ["inconsistent"]
    built = ("一、概况\n上年全县共建成美丽乡村示范点24个、示范村40个。\n\n"
             "二、乡村建设\n年内美丽乡村示范点总数达到30个，同比增长{r}；示范村达到46个。")
    assert verdicts(growth, built.format(r="25.0%"), 2020) == ["consistent"]
    assert verdicts(growth, built.format(r="20.0%"), 2020) == ["inconsistent"]
    # decoys: a longer name of another object (火灾 → 火灾亡人事故), another kind of case (案件 → 执行案件)
    fire = "一、概况\n上年全县共发生火灾120起。\n\n二、消防\n全年发生火灾亡人事故3起，同比下降20.0%。"
    assert verdicts(growth, fire, 2020) == ["unverifiable"]
    court = "一、概况\n上年全区各级法院共受理案件4,120件。\n\n二、审判\n全年受理执行案件1,630件，同比增长12.4%。"
    assert verdicts(growth, court, 2020) == ["unverifiable"]


# ---------------------------------------------------------------- target_met: a 其中 part after a count of tasks done is no achieved value
def test_part_after_tasks_done_is_not_achieved():
    text = "全年共完成各类督查任务42项，其中专项督查30项、日常督查12项。"
    assert verdicts(target_met, text, 2020) == []


# ---------------------------------------------------------------- target_met: targets set in a list closed by 等…目标
def test_targets_set_in_list_closed_by_etc():
    text = ("年初，县人代会确定了农民人均可支配收入增长8%、新增城镇就业3,200人等年度目标。"
            "全年新增城镇就业3,520人，为年度计划的{p}。")
    assert verdicts(target_met, text.format(p="110.0%"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(p="112.0%"), 2020) == ["inconsistent"]
    # decoy: a part of the value, named otherwise, against the plan: left unverifiable
    part = ("年初，县人代会确定了新增城镇就业3,200人等年度目标。"
            "全年新增城镇就业3,520人，其中高校毕业生1,210人，为年度计划的112.0%。")
    assert "inconsistent" not in verdicts(target_met, part, 2020)


# ---------------------------------------------------------------- growth: points, level reached, base in brackets after
def test_points_change_to_level_with_base_after():
    text = "全年耗材占比降至{c}，较上年下降1.8个百分点（2019年为24.0%）。"
    assert verdicts(growth, text.format(c="22.2%"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(c="21.2%"), 2020) == ["inconsistent"]
    # decoy: the same period's level of a wider place is a benchmark, not the base
    bench = "全村空心房占比降至11.2%，下降7.5个百分点，同期全镇空心房占比为9.8%。"
    assert verdicts(growth, bench, 2020) == ["unverifiable"]


# ---------------------------------------------------------------- growth: a rate split from its cue by a line break or a space
def test_rate_after_line_break_is_still_a_rate():
    text = "全年调处物业纠纷57起，涉及金额14.5万元，较上年下降\n21.3%。开展物业检查9次。"
    assert verdicts(growth, text, 2020) == ["unverifiable"]
    assert verdicts(growth, "全年物业收费 86.4 万元，同比增长 6.2%。", 2020) == ["unverifiable"]
    # decoy: a percentage opening a new line after a full stop is no rate
    assert verdicts(growth, "全年调处物业纠纷57起。\n21.3%的纠纷当天调解。", 2020) == []


# ---------------------------------------------------------------- growth: （2013年为…） right after the value is its base, year known or not
def test_year_aside_in_brackets_is_the_base():
    text = "全县实现利税118.5亿元（2013年为106.3亿元），增长{r}。"
    for year in (2014, None):
        assert verdicts(growth, text.format(r="11.5%"), year) == ["consistent"]
        assert verdicts(growth, text.format(r="13.5%"), year) == ["inconsistent"]
    # decoy: a later year's figure in the brackets is no base
    later = "全县实现利税118.5亿元（2016年为目标130亿元），增长11.5%。"
    assert "inconsistent" not in verdicts(growth, later, 2014)


# ---------------------------------------------------------------- target_met: a named claim, target named before its value, words swapped
def test_named_claim_on_task_named_before_value():
    text = ("年初县局下达我县生猪调运任务12万头。全县全年调运生猪{n}万头，其中外销8万头。\n\n"
            "全年各项工作有序推进，生猪调运任务圆满完成。")
    assert verdicts(target_met, text.format(n="12.4"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(n="11.4"), 2020) == ["inconsistent"]
    # decoy: the claim names another metric than the task set
    other = ("年初县局下达我县生猪调运任务12万头。全县全年调运生猪11.4万头。\n\n"
             "全年各项工作有序推进，防疫检查任务圆满完成。")
    assert "inconsistent" not in verdicts(target_met, other, 2020)


# ---------------------------------------------------------------- growth: the prior year's sentence dated in Chinese digits
def test_prior_sentence_with_year_in_chinese_digits():
    text = ("二〇一九年，全区规上企业实现营业收入78.6亿元、利润总额5.2亿元。\n\n"
            "一、总体情况\n全年规上企业实现营业收入84.1亿元，同比增长{r}；实现利润总额6.0亿元，同比增长15.4%。")
    assert verdicts(growth, text.format(r="7.0%"), 2020) == ["consistent", "consistent"]
    assert verdicts(growth, text.format(r="9.0%"), 2020) == ["inconsistent", "consistent"]
    # decoy: a sentence dated two years back gives no base
    old = text.replace("二〇一九年", "二〇一八年").format(r="9.0%")
    assert verdicts(growth, old, 2020) == ["unverifiable", "unverifiable"]
