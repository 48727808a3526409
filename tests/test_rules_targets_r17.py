"""target_met, round 17: a claim right after a rate naming its target level (覆盖率62.4%，超额完成65%的年度目标 /
满意度96.5%，超过90%的目标值): the rate ending the clause before is the achieved value. Sentences invented."""
from analysis.rules.targets import target_met
from rules_cases import verdicts


def test_claim_naming_its_target_level_after_a_rate():
    text = "全县居民健康档案建档率91.3%，家庭医生签约率{a}%，超额完成60%的年度目标。"
    assert verdicts(target_met, text.format(a="66.2"), 2021) == ["consistent"]
    assert verdicts(target_met, text.format(a="57.8"), 2021) == ["inconsistent"]
    own = "抽样回访群众150户，满意率{a}%，超过85%的目标值。"
    assert verdicts(target_met, own.format(a="93.4"), 2021) == ["consistent"]
    assert verdicts(target_met, own.format(a="81.0"), 2021) == ["inconsistent"]


def test_decoys_share_done_or_growth_rate_left_alone():
    # plain 完成65%的年度目标 is a share of the target done, not a target level
    assert "inconsistent" not in verdicts(target_met, "项目进度率62.4%，完成65%的年度目标。", 2021)
    # a growth rate is no level of a rate
    assert "inconsistent" not in verdicts(target_met, "税收收入增长6.1%，超过8%的年度目标。", 2021)
