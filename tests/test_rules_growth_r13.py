"""growth and target_met, round 13 (targets in brackets, ceilings with the actual value after, targets named by their
work, years of a comparison, ‰ changes, review years). Sentences invented."""
from analysis.rules.growth import growth
from analysis.rules.targets import target_met
from rules_cases import run, verdicts


# ---------------------------------------------------------------- target_met: a bracketed target belongs to its percentage
def test_bracketed_target_of_another_percentage_is_not_reused():
    text = ("全年税费收入42.30亿元，为调整预算的102.0%（调整预算为41.47亿元）；民生支出35.10亿元，为调整预算的{p}。")
    rows = run(target_met, text.format(p="97.5%"), 2020)
    assert [r["verdict"] for r in rows] == ["consistent", "unverifiable"]
    # the first pair still fails when its own percentage is wrong
    wrong = "全年税费收入42.30亿元，为调整预算的104.0%（调整预算为41.47亿元）；民生支出35.10亿元，为调整预算的97.5%。"
    assert verdicts(target_met, wrong, 2020) == ["inconsistent", "unverifiable"]
    # decoy: one target stated before both values is the target of each
    both = "年度目标100亿元，一季度完成30亿元，为目标的30.0%；上半年完成55亿元，为目标的{p}。"
    assert verdicts(target_met, both.format(p="55.0%"), 2020) == ["consistent", "consistent"]
    assert verdicts(target_met, both.format(p="65.0%"), 2020) == ["consistent", "inconsistent"]


# ---------------------------------------------------------------- target_met: 控制在N以内，实际M，实现了控制目标
def test_ceiling_with_actual_after_judges_the_claim_after_it():
    text = "会议费年初预算控制在85万元以内，实际支出{a}万元，{c}。"
    rows = run(target_met, text.format(a="91", c="实现了控制目标"), 2020)
    assert [r["verdict"] for r in rows] == ["inconsistent"] and rows[0]["span"].endswith("实现了控制目标")
    assert verdicts(target_met, text.format(a="79", c="实现了控制目标"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(a="91", c="未能实现控制目标"), 2020) == ["consistent"]
    # no claim at all: the ceiling itself is held to (as before this round)
    bare = "会议费年初预算控制在85万元以内，实际支出{a}万元，超支部分已作说明。"
    assert verdicts(target_met, bare.format(a="79"), 2020) == ["consistent"]
    assert verdicts(target_met, bare.format(a="91"), 2020) == ["inconsistent"]


# ---------------------------------------------------------------- target_met: 较年度目标N超额完成 (no comma before the claim)
def test_claim_right_after_a_target_compared_with():
    text = "全年新建污水管网{a}公里，比年度计划120公里提前完成。"
    assert verdicts(target_met, text.format(a="126"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(a="112"), 2020) == ["inconsistent"]
    assert verdicts(target_met, "全年新建污水管网112公里，较年度目标120公里未能完成。", 2020) == ["consistent"]


# ---------------------------------------------------------------- target_met: N吨收购任务 with the work done sentences before
def test_target_named_by_its_work_finds_the_value_done_before():
    text = ("今年全区共回收废旧农膜2.45万吨，同比增长6.1%。其中：地膜1.60万吨，棚膜0.85万吨。"
            "超额完成省下达的2.3万吨回收任务，完成率{p}。")
    assert verdicts(target_met, text.format(p="106.5%"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(p="112.5%"), 2020) == ["inconsistent"]
    # decoy: no value of that work before: nothing to judge against
    none = "今年全区共处置秸秆2.45万吨。超额完成省下达的2.3万吨回收任务，完成率112.5%。"
    assert "inconsistent" not in verdicts(target_met, none, 2020)


# ---------------------------------------------------------------- target_met: 年初规划 is the year's plan
def test_year_plan_named_guihua_is_a_target():
    text = "年初规划改造老旧供水管道40公里，年内建成{a}公里，超额完成任务。"
    assert verdicts(target_met, text.format(a="43"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(a="37"), 2020) == ["inconsistent"]
    # decoy: a five-year plan is no target of the year
    five = "“十四五”规划新建幼儿园12所，今年建成3所，完成年度任务。"
    assert "inconsistent" not in verdicts(target_met, five, 2020)


# ---------------------------------------------------------------- target_met: a target quoted whole
def test_target_in_quotes_is_judged():
    text = "适龄儿童疫苗接种率{a}，实现了“接种率95%以上”的年度目标。"
    assert verdicts(target_met, text.format(a="96.2%"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(a="93.4%"), 2020) == ["inconsistent"]


# ---------------------------------------------------------------- target_met: the target in a bracket after the value
def test_target_in_bracket_after_the_value_is_recorded():
    assert verdicts(target_met, "农村集中供水率88.4%（目标值85%）。", 2020) == ["consistent"]
    # no claim: a value under its bracketed target is recorded, not flagged
    assert verdicts(target_met, "农村集中供水率83.4%（目标值85%）。", 2020) == ["consistent"]
    # a claim after the bracket is judged
    assert verdicts(target_met, "新开工棚户区改造1,150套（年度计划1,200套），已全面完成。", 2020) == ["inconsistent"]
    # decoy: a bracket that breaks the value down is no target
    assert verdicts(target_met, "新开工棚户区改造1,150套（其中货币化安置400套）。", 2020) == []


# ---------------------------------------------------------------- target_met: 完成 + a name with 标 in it states a value
def test_done_value_whose_name_has_target_characters_is_no_claim():
    text = "完成标准化厂房建设3.2万平方米，年初计划4万平方米。"
    assert "inconsistent" not in verdicts(target_met, text, 2020)
    claim = "完成标准化厂房建设3.2万平方米，完成年初计划4万平方米的任务。"
    assert verdicts(target_met, claim, 2020) == ["inconsistent"]


# ---------------------------------------------------------------- growth: 与2019年度相比 opens a comparison sentence
def test_comparison_with_the_prior_year_by_number():
    text = "全年收入合计5,120.40万元，支出合计5,120.40万元。与2019年度相比，收、支合计各增加520.40万元，增长{r}。"
    assert verdicts(growth, text.format(r="11.3%"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(r="13.3%"), 2020) == ["inconsistent"]
    # decoy: a comparison with a year further back gives no base through the change
    far = "全年收入合计5,120.40万元，支出合计5,120.40万元。与2015年度相比，收、支合计各增加520.40万元，增长13.3%。"
    assert "inconsistent" not in verdicts(growth, far, 2020)


# ---------------------------------------------------------------- growth: 比上年增加 never takes another year's value as base
def test_change_on_last_year_skips_a_base_of_another_year():
    text = "全市注册志愿者达到4.8万人，比上年净增0.6万人，较2016年的2.4万人实现翻番。"
    assert "inconsistent" not in verdicts(growth, text, 2020)
    ok = "全市注册志愿者达到4.8万人，比上年净增{d}万人（2019年为4.2万人）。"
    assert verdicts(growth, ok.format(d="0.6"), 2020) == ["consistent"]
    assert verdicts(growth, ok.format(d="0.9"), 2020) == ["inconsistent"]


# ---------------------------------------------------------------- growth: ‰ changes in 千分点 or 百分点
def test_permille_change_in_points():
    text = "孕产妇系统管理率不变，围产儿死亡率3.15‰，较上年的4.05‰下降{d}。"
    assert verdicts(growth, text.format(d="0.90个千分点"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(d="0.090个百分点"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(d="1.90个千分点"), 2020) == ["inconsistent"]
    # percent changes are unchanged
    assert verdicts(growth, "参保率96.5%，比上年的95.1%提高1.4个百分点。", 2020) == ["consistent"]


# ---------------------------------------------------------------- growth: a review heading names the year of the figures
def test_average_growth_counts_to_the_reviewed_year():
    text = "某县2016年政府工作报告\n\n一、2015年和“十二五”工作回顾\n财政总收入由2010年的8.6亿元增加到15.1亿元，年均增长{r}。\n"
    assert verdicts(growth, text.format(r="11.9%"), None) == ["consistent"]
    assert verdicts(growth, text.format(r="9.8%"), None) == ["inconsistent"]


# ---------------------------------------------------------------- target_met: the subject of the target's clause names its value
def test_target_clause_subject_names_the_value_done():
    text = "全年植树造林：栽植乔木4.26万株、灌木18.3万株，乔木栽植完成年度计划4.00万株的{p}。"
    assert verdicts(target_met, text.format(p="106.5%"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(p="116.5%"), 2020) == ["inconsistent"]
    # decoy: without a subject of its own the nearest value stays the one judged
    plain = "全年栽植乔木4.26万株、灌木18.3万株，完成年度计划18.00万株的101.7%。"
    assert verdicts(target_met, plain, 2020) == ["consistent"]


# ---------------------------------------------------------------- target_met: a target naming its metric, the value before it
def test_target_naming_its_metric_finds_the_value_stated_before():
    text = "全年完成港口吞吐量{a}万吨。年初确定的港口吞吐量目标为1,500万吨，超额完成年度目标。"
    assert verdicts(target_met, text.format(a="1,462"), 2020) == ["inconsistent"]
    assert verdicts(target_met, text.format(a="1,538"), 2020) == ["consistent"]
    # decoy: the value before names another metric: nothing to judge
    other = "全年完成集装箱吞吐量1,462万吨。年初确定的港口吞吐量目标为1,500万吨，超额完成年度目标。"
    assert "inconsistent" not in verdicts(target_met, other, 2020)


# ---------------------------------------------------------------- growth: a list of rates that ends on a target
def test_list_of_target_rates_is_no_growth():
    text = "二氧化硫和氮氧化物排放量分别比上年下降2.6%和3.9%，完成了压减2%和3%的减排目标。"
    assert verdicts(growth, text, 2020) == ["unverifiable", "unverifiable"]  # the two achieved rates only
    assert verdicts(growth, "全年完成压减2%和3%的减排目标。", 2020) == []
    # decoy: a list of achieved rates stays
    assert verdicts(growth, "两项排放量分别比上年下降2.6%和3.9%。", 2020) == ["unverifiable", "unverifiable"]


# ---------------------------------------------------------------- growth: a comparison sentence with a subject of its own
def test_comparison_sentence_with_subject_takes_the_value_it_names():
    text = ("2020年度会议费支出26.40万元，控制在年初预算30.00万元以内。其中：市级会议18.10万元；专题会议8.30万元。"
            "会议费较上年减少3.60万元，下降{r}。")
    assert verdicts(growth, text.format(r="12.0%"), 2020)[-1] == "consistent"
    assert verdicts(growth, text.format(r="15.0%"), 2020)[-1] == "inconsistent"
    # decoy: a subject the sentence before does not name gives no current value
    other = ("2020年度会议费支出26.40万元，控制在年初预算30.00万元以内。其中：市级会议18.10万元；专题会议8.30万元。"
             "培训费较上年减少3.60万元，下降15.0%。")
    assert "inconsistent" not in verdicts(growth, other, 2020)


# ---------------------------------------------------------------- target_met: targets listed as set under a 主要目标 heading
def test_targets_set_in_a_heading_of_targets_are_the_years():
    text = ("某区商务局2020年工作总结\n\n一、主要目标\n区政府下达我局的主要目标是：完成社会消费品零售总额86.00亿元，"
            "新增限上企业40家。\n\n二、完成情况\n全年完成社会消费品零售总额88.58亿元，为年度目标的{p}。\n")
    assert verdicts(target_met, text.format(p="103.0%"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(p="108.0%"), 2020) == ["inconsistent"]
    # decoy: next year's targets under the same kind of heading are no target of this year
    nxt = ("某区商务局2020年工作总结\n\n一、2021年主要目标\n区政府下达我局的2021年主要目标是：完成社会消费品零售总额86.00亿元。"
           "\n\n二、完成情况\n全年完成社会消费品零售总额88.58亿元，为年度目标的108.0%。\n")
    assert "inconsistent" not in verdicts(target_met, nxt, 2020)


# ---------------------------------------------------------------- target_met: a claim on all targets at once
def test_blanket_claim_is_judged_on_the_targets_judged():
    text = ("全年新建口袋公园8个，超额完成年度目标6个；改造雨污管网{a}公里，为年度计划15.0公里的{p}。"
            "\n\n四、总体评价\n全年各项目标任务全面完成。\n")
    rows = run(target_met, text.format(a="15.6", p="104.0%"), 2020)
    assert [r["verdict"] for r in rows][-1] == "consistent" and rows[-1]["span"].startswith("各项目标任务")
    rows = run(target_met, text.format(a="12.0", p="80.0%"), 2020)
    assert rows[-1]["verdict"] == "inconsistent" and rows[-1]["span"].startswith("各项目标任务")
    # a budget executed under 100% is no target missed
    budget = ("全年新建口袋公园8个，超额完成年度目标6个。项目资金预算860万元，实际支出792万元，为预算的92.1%。"
              "各项目标任务均已完成。")
    assert "inconsistent" not in verdicts(target_met, budget, 2020)
    # decoys: an exhortation, and a claim with no target judged anywhere
    assert verdicts(target_met, "全年新建口袋公园8个，超额完成年度目标6个；改造雨污管网12.0公里，为年度计划15.0公里的80.0%。"
                    "明年要确保各项目标任务全面完成。", 2020).count("inconsistent") == 0
    assert verdicts(target_met, "全年各项目标任务全面完成。", 2020) == []
    longer = ("全年新建口袋公园8个，超额完成年度目标6个；改造雨污管网12.0公里，为年度计划15.0公里的80.0%。"
              "“十三五”规划确定的各项目标任务全面完成。")
    assert verdicts(target_met, longer, 2020).count("inconsistent") == 0
