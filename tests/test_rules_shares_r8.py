"""Shares, round 8: shares listed after one of a named whole are of it (其余 too), the three industries make a
complete split, a whole named X总Y one sentence back, and the n of a rate of a group a clause defines (获奖率 too)."""
from analysis.rules.shares import granularity, percent_sum, share_of_total
from rules_cases import run, verdicts


def _rows(rule, text):
    return [(r["verdict"], r["stated"]) for r in run(rule, text, 2020)]


# ---------------------------------------------------------------- shares after the one that names the whole
def test_first_share_naming_the_whole_is_summed_with_the_rest():
    ok = "从用地结构看，住宅用地占出让土地面积的45.0%，商服用地占20.0%，工业用地占30.0%，其他用地占5.0%。"
    assert _rows(percent_sum, ok) == [("consistent", "45.0% + 20.0% + 30.0% + 5.0%")]
    bad = ok.replace("5.0%。", "8.0%。")
    assert _rows(percent_sum, bad) == [("inconsistent", "45.0% + 20.0% + 30.0% + 8.0%")]


def test_the_rest_after_a_listed_split_is_summed_too():
    ok = "三类项目资金分别占专项资金总额的40.0%、25.0%和20.0%，其余资金占15.0%。"
    assert _rows(percent_sum, ok) == [("consistent", "40.0% + 25.0% + 20.0% + 15.0%")]
    bad = ok.replace("15.0%", "12.0%")
    assert _rows(percent_sum, bad) == [("inconsistent", "40.0% + 25.0% + 20.0% + 12.0%")]


def test_shares_of_a_shares_group_or_of_each_own_whole_are_left_alone():
    # 其中: the shares after it are of the first share's own group
    assert _rows(percent_sum, "外贸进出口占地区生产总值的30%，其中出口占60%，进口占40%。") == [("consistent", "60% + 40%")]
    # each group's share of its own whole: no list closed by 其他, nothing summed
    assert verdicts(percent_sum, "城镇居民人均消费支出占可支配收入的65%，农村居民占70%。") == []
    # an unclosed list past 100 joined by position only: no row
    assert verdicts(percent_sum, "工业投资占固定资产投资的38.5%，增长12%；民间投资占64.1%。") == []


# ---------------------------------------------------------------- the three industries
def test_three_industries_must_add_up():
    ok = "全区就业人员中，第一产业占8.2%，第二产业占35.6%，第三产业占56.2%。"
    assert verdicts(percent_sum, ok) == ["consistent"]
    assert verdicts(percent_sum, ok.replace("56.2%", "58.9%")) == ["inconsistent"]
    # invented: 一产/二产/三产 written short, after a classification
    assert verdicts(percent_sum, "从业人员按产业分，一产占10.5%，二产占40.2%，三产占46.3%。") == ["inconsistent"]
    # one cue for the three
    assert verdicts(percent_sum, "第一、二、三产业增加值占地区生产总值的比重分别为8.2%、35.6%和58.9%。") == ["inconsistent"]


def test_industry_growth_or_two_industries_are_no_split():
    assert verdicts(percent_sum, "第一产业增加值增长3.1%，第二产业增长5.2%，第三产业增长6.3%。") == []
    assert verdicts(percent_sum, "第二产业占40.1%，第三产业占52.3%。") == []


# ---------------------------------------------------------------- a whole named X总Y
def test_whole_named_as_total_of_a_measure_one_sentence_back():
    text = "全年医保基金收入86.5亿元，支出79.3亿元，当期结余7.2亿元。职工医保基金支出41.8亿元，占基金总支出的{}。"
    assert _rows(share_of_total, text.format("52.7%")) == [("consistent", "52.7% (41.8亿元 of 79.3亿元)")]
    assert _rows(share_of_total, text.format("55.1%")) == [("inconsistent", "55.1% (41.8亿元 of 79.3亿元)")]
    # invented
    union = "本年度工会经费收入820万元，支出760万元。其中职工活动支出312万元，占经费总支出的{}。"
    assert verdicts(share_of_total, union.format("41.1%")) == ["consistent"]
    assert verdicts(share_of_total, union.format("45.1%")) == ["inconsistent"]


def test_total_named_by_another_word_is_not_paired():
    # 财政总支出 is not the 一般公共预算支出 by its words: no sure whole, no row
    text = "全年一般公共预算收入12.6亿元，一般公共预算支出30.2亿元。其中教育支出6.1亿元，占财政总支出的25.0%。"
    assert verdicts(share_of_total, text) == []


# ---------------------------------------------------------------- granularity: the n of a defined group
def test_award_rate_over_the_entrants():
    assert verdicts(granularity, "对9家卫生院开展考核，获奖率达到72%。") == ["inconsistent"]
    assert verdicts(granularity, "组织3支本市代表队参加全省群众文艺汇演，获奖率达到50%。") == ["inconsistent"]
    assert verdicts(granularity, "组织3支本市代表队参加全省群众文艺汇演，获奖率达到66.7%。") == ["consistent"]
    # invented
    assert verdicts(granularity, "推荐的5名选手参加全省职业技能竞赛，获奖率为60%。") == ["consistent"]
    assert verdicts(granularity, "推荐的5名选手参加全省职业技能竞赛，获奖率为70%。") == ["inconsistent"]


def test_group_defined_by_a_relative_clause():
    assert verdicts(granularity, "本年度派出的4名青年教师赴海外访学，按期返校率为80%。") == ["inconsistent"]
    assert verdicts(granularity, "本年度派出的4名青年教师赴海外访学，按期返校率为75%。") == ["consistent"]
    assert verdicts(granularity, "回复意见的7位领衔委员，满意率为85%。") == ["inconsistent"]
    assert verdicts(granularity, "回复意见的7位领衔委员，满意率为85.7%。") == ["consistent"]
    # invented
    assert verdicts(granularity, "填写问卷的9位家长中，满意率为80%。") == ["inconsistent"]


def test_rate_of_others_than_the_group_is_left_alone():
    # the villagers lift out of poverty, not the 4 cadres sent
    assert verdicts(granularity, "派出的4名干部驻村帮扶，脱贫率达到95%。") == []
    # no assessment, no defining clause: nothing says 优良率 is of the 4
    assert "inconsistent" not in verdicts(granularity, "4名青年教师赴海外访学，优良率为80%。")


def test_later_shares_of_the_first_shares_group_stay_apart():
    # 初中/小学/其他 are shares of the 在校生, not of the population: alone they make 100
    ok = "在校生占全县人口的15.0%，初中学生占30.0%，小学生占50.0%，其他学生占20.0%。"
    assert _rows(percent_sum, ok) == [("consistent", "30.0% + 50.0% + 20.0%")]
    assert _rows(percent_sum, ok.replace("20.0%。", "18.0%。")) == [("inconsistent", "30.0% + 50.0% + 18.0%")]
    # a one-sided share in the list: nothing summed, nothing raised
    assert verdicts(percent_sum, "工业投资占固定资产投资的38.5%，基础设施投资占三成以上，其他投资占30%。") == []
