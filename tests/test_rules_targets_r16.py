"""target_met and growth, round 16: the person counters 人/名/位 are one unit (帮助1,140名…，为年度目标1,200人的95%);
a summing-up sentence (总的看，/一年来，/总体来看，) under a heading of plans is read as a result by growth's _planned
itself; 完成目标的P% judged against the one target of that metric set earlier (设定目标：…成交额达到60亿元). Sentences
invented."""
from analysis.rules.growth import growth
from analysis.rules.targets import target_met
from rules_cases import run, verdicts


def _rows(text, year=2022):
    return [(r["verdict"], r["span"]) for r in run(target_met, text, year)]


# ---------------------------------------------------------------- 人 / 名 / 位 count the same persons
def test_person_counters_pair_with_a_target_of_percent():
    text = "全年帮扶{a}名困难职工实现再就业，为年度目标800人的{p}%。"
    assert verdicts(target_met, text.format(a="760", p="95"), 2022) == ["consistent"]
    assert verdicts(target_met, text.format(a="760", p="98"), 2022) == ["inconsistent"]
    # a phrasing of our own: 位 against 人
    own = "本季度共有{a}位志愿者参与社区服务，达到年度计划500人的{p}%。"
    assert verdicts(target_met, own.format(a="410", p="82"), 2022) == ["consistent"]
    assert verdicts(target_met, own.format(a="410", p="90"), 2022) == ["inconsistent"]
    # decoy: a count of other things (件) is no achieved value of a target of persons
    decoy = "受理来访诉求410件，为年度目标500人的90%。"
    assert "inconsistent" not in verdicts(target_met, decoy, 2022)


# ---------------------------------------------------------------- a summing-up sentence under a heading of plans
PLAN = ("一、工作回顾\n全年各项工作平稳推进。\n二、下一步工作打算\n力争明年接待游客突破60万人次。\n"
        "{lead}全县接待游客由40万人次增加到50万人次，增长{r}。")


def test_growth_reads_a_summing_up_sentence_under_plans_as_a_result():
    for lead in ("总体来看，", "一年来，", "总的看，"):
        assert verdicts(growth, PLAN.format(lead=lead, r="25%"), 2021) == ["consistent"]
        assert verdicts(growth, PLAN.format(lead=lead, r="30%"), 2021) == ["inconsistent"]
    # decoys: a sentence asking for more (要确保…) or without a summing-up opener stays a plan
    assert verdicts(growth, PLAN.format(lead="总的看，要确保", r="30%"), 2021) == []
    assert verdicts(growth, PLAN.format(lead="", r="30%"), 2021) == []
    assert verdicts(growth, PLAN.format(lead="回头看，", r="30%"), 2021) == []


# ---------------------------------------------------------------- 完成目标的P%: the one target of that metric set before
SET = ("年初设定目标：全区新增市场主体达到2000户，农产品网络零售额达到5.0亿元，培训电商人才300人以上。\n"
       "全年新增市场主体2150户。开设农产品网店420家，网络零售额{a}亿元，完成目标的{p}%。")


def test_percent_of_the_one_target_of_that_metric_set_earlier():
    assert verdicts(target_met, SET.format(a="5.6", p="112"), 2022).count("consistent") >= 1
    assert "inconsistent" in verdicts(target_met, SET.format(a="5.6", p="121"), 2022)
    # decoy: two targets end with the same metric name → left unjudged (unverifiable)
    two = SET.replace("培训电商人才300人以上", "工业品网络零售额达到8亿元")
    assert "inconsistent" not in verdicts(target_met, two.format(a="5.6", p="121"), 2022)
    # decoy: the sentence never names the words the target's name opens with → left unjudged
    other = SET.replace("开设农产品网店420家，网络零售额", "服务业零售额")
    assert "inconsistent" not in verdicts(target_met, other.format(a="5.6", p="121"), 2022)


def test_target_named_after_a_colon_in_own_phrasing():
    text = ("今年下达任务：全市完成造林面积1.2万亩，森林抚育面积3.0万亩。\n截至年底，全市森林抚育面积{a}万亩，完成目标的{p}%。")
    assert "inconsistent" not in verdicts(target_met, text.format(a="3.3", p="110"), 2022)
    assert "inconsistent" in verdicts(target_met, text.format(a="3.3", p="130"), 2022)


# ---------------------------------------------------------------- a base dated to a year other than the one before
def test_a_base_dated_to_an_earlier_year_is_not_last_years():
    text = "全年办理不动产登记5,460件，同比增长{r}，{rest}（{y}年为{b}件）。"
    # holds / fails: the base dated to the year before the one reviewed
    assert verdicts(growth, text.format(r="5.0%", rest="办理量创新高", y=2022, b="5,200"), 2023) == ["consistent"]
    assert verdicts(growth, text.format(r="9.0%", rest="办理量创新高", y=2022, b="5,200"), 2023) == ["inconsistent"]
    # decoy: a value of 2020 beside a 同比 rate is the base of another comparison
    decoy = text.format(r="9.0%", rest="已超过疫情前水平", y=2020, b="4,100")
    assert "inconsistent" not in verdicts(growth, decoy, 2023)
    # …but kept when the rate's own clause names that year
    own = "全年办理不动产登记5,460件，比2020年增长{r}（2020年为4,100件）。"
    assert "inconsistent" in verdicts(growth, own.format(r="9.0%"), 2023)
