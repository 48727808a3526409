"""Shares: part/total against the stated share, shares summing to 100, GRIM granularity."""
import pytest

from analysis.rules.shares import granularity, percent_sum, share_of_total
from rules_cases import run, verdicts


# ---------------------------------------------------------------- share_of_total
def test_share_holds():
    rows = run(share_of_total, "今年共收到提案9件，其中加强企业技术创新方面的提案4件，占到44%。")
    assert [r["verdict"] for r in rows] == ["consistent"]
    assert rows[0]["computed"].startswith("4件/9件 = 44.4%")
    assert rows[0]["span"] == "4件，占到44%"


def test_share_fails_and_says_why():
    text = "共收到提案9件，其中A类提案4件，占到44%；B类提案2件，占22%；C类提案3件，占到34%。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent", "consistent", "inconsistent"]
    assert rows[2]["cause"] == "shares forced to sum to 100"
    assert "33.5–34.5" in rows[2]["computed"]


@pytest.mark.parametrize("stated, verdict", [("33.5%", "inconsistent"), ("33.3%", "consistent"), ("33%", "consistent"), ("34%", "inconsistent")])
def test_share_on_the_rounding_boundary(stated, verdict):
    # 1/3 = 33.333…: 33.3% and 33% round correctly, 33.5% and 34% do not
    assert verdicts(share_of_total, f"共有企业3家，其中国有企业1家，占{stated}。") == [verdict]


def test_share_exact_boundary_half_up_or_even_both_accepted():
    # 1/8 = 12.5% exactly: both 12% (half even) and 13% (half up) are accepted
    assert verdicts(share_of_total, "共8人，其中女性1人，占12%。") == ["consistent"]
    assert verdicts(share_of_total, "共8人，其中女性1人，占13%。") == ["consistent"]


@pytest.mark.parametrize("text", [
    "全年受理投诉举报1.26万件，其中投诉9,860件，占78.3%。",
    "全年受理投诉举报1.26万件，其中投诉9,860件，占投诉举报总数的78.3%。",
    "全年完成抽检12,600批次，合格9,860批次，合格率78.3%。",
])
def test_same_share_worded_three_ways(text):
    assert verdicts(share_of_total, text) == ["consistent"]


def test_share_of_a_named_whole_in_an_earlier_sentence():
    text = "全社会固定资产投资62.3亿元，增长28.6%。全年实施重点项目38个，完成投资41.2亿元，占全社会固定资产投资的66.1%。"
    assert verdicts(share_of_total, text) == ["consistent"]


def test_share_with_fraction_in_words():
    assert verdicts(share_of_total, "全县共有小型水库48座，其中病险水库12座，占四分之一。") == ["consistent"]
    assert verdicts(share_of_total, "全县共有小型水库48座，其中病险水库20座，占四分之一。") == ["inconsistent"]


def test_rate_picks_the_part_it_names_not_a_modified_one():
    text = "共承办提案15件。委员反馈满意13件、基本满意2件，满意率86.7%。"
    rows = run(share_of_total, text)
    assert [r["verdict"] for r in rows] == ["consistent"] and "13件/15件" in rows[0]["computed"]


def test_no_share_without_a_stated_whole():
    assert run(share_of_total, "中小企业R&D经费投入占全社会R&D投入的11%。") == []
    assert run(share_of_total, "研发经费投入18.6亿元，占地区生产总值的比重为1.86%。") == []
    assert run(share_of_total, "审减金额5,630万元，审减率8.7%。") == []


# ---------------------------------------------------------------- percent_sum
def test_percent_sum_holds_even_when_one_share_is_wrong():
    text = "共收到提案9件，其中A类提案4件，占到44%；B类提案2件，占22%；C类提案3件，占到34%。"
    rows = run(percent_sum, text)
    assert [r["verdict"] for r in rows] == ["consistent"]


@pytest.mark.parametrize("text", [
    "批发业、零售业、住宿餐饮业分别占12.4%、71.3%和16.3%。",
    "从客源结构看，省内游客占12.4%，省外游客占71.3%，境外游客占16.3%。",
    "三类企业的比重分别为12.4%、71.3%、16.3%。",
])
def test_percent_sum_worded_three_ways(text):
    assert verdicts(percent_sum, text) == ["consistent"]


def test_percent_sum_fails_for_an_exhaustive_split():
    text = "冶金、装备制造、化工和其他产业分别占全市规模以上工业增加值的38.5%、24.6%、19.7%和14.2%。"
    rows = run(percent_sum, text)
    assert [r["verdict"] for r in rows] == ["inconsistent"]


def test_percent_sum_boundary():
    # three shares to one decimal may sum to within 0.15 of their stated sum
    assert verdicts(percent_sum, "其他、甲、乙分别占33.3%、33.3%和33.3%。") == ["consistent"]  # 99.9: 1/3 each
    assert verdicts(percent_sum, "其他、甲、乙分别占33.2%、33.3%和33.3%。") == ["inconsistent"]  # 99.8
    assert verdicts(percent_sum, "其他、甲、乙分别占33.4%、33.3%和33.3%。") == ["consistent"]


def test_partial_list_is_not_a_split():
    assert run(percent_sum, "高新技术企业占35%，规上企业占40%。") == []


# ---------------------------------------------------------------- granularity
def test_granularity_impossible_for_n():
    rows = run(granularity, "对7家定点培训机构开展绩效评估，合格率为50%。")
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    assert "3/7 = 42.9%" in rows[0]["computed"] and "4/7 = 57.1%" in rows[0]["computed"]


@pytest.mark.parametrize("text", [
    "对40家重点商贸企业开展问卷调查，表示满意的企业占85%。",
    "抽查40家企业，合格率85%。",
    "查处违法案件40起，办结率85%。",
])
def test_granularity_possible_worded_three_ways(text):
    assert verdicts(granularity, text) == ["consistent"]


def test_granularity_boundary():
    # 1/3 = 33.33…: 33.3% possible for n = 3, 33.4% is not
    assert verdicts(granularity, "抽查3家企业，合格率33.3%。") == ["consistent"]
    assert verdicts(granularity, "抽查3家企业，合格率33.4%。") == ["inconsistent"]


def test_granularity_without_n_is_unverifiable_and_says_100_is_always_possible():
    rows = run(granularity, "截止目前，政协委员对我局办理工作满意度为100%。")
    assert [r["verdict"] for r in rows] == ["unverifiable"]
    assert "any n" in rows[0]["computed"]
    rows = run(granularity, "群众满意率达98.7%。")
    assert rows[0]["verdict"] == "unverifiable" and "n ≥" in rows[0]["computed"]


def test_granularity_skips_rates_of_populations_and_money():
    assert run(granularity, "城镇登记失业率为3.2%。") == []
    assert run(granularity, "森林覆盖率达到32.4%。") == []
    assert run(granularity, "对7家机构开展评估，参保率达到95%以上。") == []
