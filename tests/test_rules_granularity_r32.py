"""granularity, round 32: the n of a rate of cases handled. The bodies that handle the cases are no n of it (交由87家承办
单位办理，办复率99.6%), and a count named by the very act the rate measures (审结4690件 … 结案率) is its part, not its
whole. Sentences are our own."""
from analysis.rules.shares import granularity
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(granularity, text, year=2019)]


def test_the_bodies_that_answer_proposals_are_no_n_of_the_answer_rate():
    text = "共收到提案620件，经审查，立案571件，其中集体提案102件，委员提案469件，交由87家承办单位办理，办复率为99.6%。"
    assert _rows(text) == []
    # (a rate of bodies keeps them as its n: 120 firms checked, 95.8% of them put right)
    assert _rows("对120家企业开展安全检查，整改率95.8%。") == [("consistent", "95.8% of 120家")]
    assert _rows("对120家企业开展安全检查，整改率95.6%。") == [("inconsistent", "95.6% of 120家")]


def test_the_cases_closed_are_no_n_of_the_closing_rate():
    text = "2019年共受理各类案件4812件，同比上升12.3%。审结4690件，同比增长14.1%，结案率{r}%。"
    assert _rows(text.format(r="97.56")) == []
    # (a count of another act keeps its place as a likely n: 调解成功率 of the 纠纷 mediated)
    text = "全年共调解矛盾纠纷{n}件，调解成功率为{r}%。"
    assert _rows(text.format(n=312, r="97.8")) == [("consistent", "97.8% of 312件")]
    assert _rows(text.format(n=312, r="97.9")) == [("inconsistent", "97.9% of 312件")]


def test_a_rate_its_name_says_is_of_the_bodies_keeps_them():
    assert _rows("组织48家承办单位开展办理工作，承办单位按时办复率95.6%。") == [("inconsistent", "95.6% of 48家")]
