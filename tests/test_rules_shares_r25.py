"""percent_sum, round 25 (lead): three shares or more, each told with its own 占, that fall short of 100 by less than
ten points and by less than half the smallest share read as one whole broken down (a partial list leaves more than that
to a rest, or names it) — the criterion the rule already used for a list closed by its names, now also for shares told
one by one. Kept quiet: a rest at least half the smallest share, brackets with a gap (read by their own coverage), and
shares of a list that adds up. Sentences invented."""
import pytest

from analysis.rules.shares import percent_sum

from rules_cases import run

_TOLD = "全年完成交通投资86.4亿元，高速公路项目占{a}，国省干线公路占{b}，港航物流项目占{c}。"


def _verdicts(text):
    return [(r["verdict"], r["stated"]) for r in run(percent_sum, text, 2023)]


def test_shares_told_one_by_one_that_add_up_hold():
    assert _verdicts(_TOLD.format(a="52.6%", b="24.8%", c="22.6%")) == [("consistent", "52.6% + 24.8% + 22.6%")]


@pytest.mark.parametrize("text", [
    _TOLD.format(a="52.6%", b="24.8%", c="17.6%"),  # 95.0: a share slipped by five points
    "全年共调处矛盾纠纷1,286起。按类型分析，婚姻家庭纠纷占38.5%，邻里纠纷占27.2%，土地山林纠纷占29.1%。",  # 94.8
    "二是专项资金使用上，基础设施建设占46.0%，产业发展占30.5%，公共服务占19.0%。",  # 95.5, another lead
])
def test_shares_told_one_by_one_falling_short_are_flagged(text):
    assert [v for v, _ in _verdicts(text)] == ["inconsistent"]


@pytest.mark.parametrize("text", [
    # a rest (10%) half the smallest share or more: the main classes, others left out
    "全年受理来信来访300件，其中反映征地拆迁的占40%；反映劳资纠纷的占30%；反映环境污染的占20%。",
    _TOLD.format(a="52.6%", b="24.8%", c="12.6%"),  # 90.0, rest 10.0 ≥ 6.3
    # brackets with a gap (20万至30万 then 50万元以上): some are left out
    "全县贷款户中，贷款额20万元以下的占12.7%，20万至30万元的占46.2%，50万元以上的占36.1%。",
    # growth rates listed together are no shares
    "全年一产增加值增长3.1%，二产增加值增长45.2%，三产增加值增长46.5%。",
])
def test_partial_lists_and_other_readings_stay_quiet(text):
    assert "inconsistent" not in [v for v, _ in _verdicts(text)]
