"""growth and target_met, round 10 (own passages in other registers). Sentences invented."""
from analysis.rules.growth import growth
from analysis.rules.targets import target_met
from rules_cases import verdicts


# ---------------------------------------------------------------- growth: a bare change right after its value, a rate after it
def test_bare_change_after_value_with_rate():
    text = "全年实现税收收入21.5亿元，增收2.5亿元，增长{pct}。"
    assert verdicts(growth, text.format(pct="13.2%"), 2020)[-1] == "consistent"
    assert "inconsistent" not in verdicts(growth, text.format(pct="13.2%"), 2020)
    assert "inconsistent" in verdicts(growth, text.format(pct="15.2%"), 2020)
    # another wording nobody tuned on: a speech, 增产 and 增加
    own = "大家看，粮食总产量62.4万吨，增产1.2万吨，增长{pct}。"
    assert "inconsistent" not in verdicts(growth, own.format(pct="1.96%"), 2020)
    assert "inconsistent" in verdicts(growth, own.format(pct="2.5%"), 2020)
    assert "inconsistent" in verdicts(growth, "注：营业收入合计8.64亿元，增加1.44亿元，增长25%。", None)


def test_bare_change_decoys():
    # no rate right after it: nothing judged
    assert verdicts(growth, "全市有医院25家，增加3家。", 2020) == []
    # the rate belongs to a part (其中), not to the change
    assert "inconsistent" not in verdicts(growth, "全年收入21.5亿元，增加2.5亿元，其中税收增长20%。", 2020)
    # a change of another unit than the value before it is not that value's change
    assert "inconsistent" not in verdicts(growth, "全县卫生院12所，增加床位300张，增长15%。", 2020)


# ---------------------------------------------------------------- target_met: a level compared with a target in points
def test_level_points_over_target():
    text = "全年地表水优良水体比例达到90.5%，超过省定目标(88%){pp}个百分点。"
    assert verdicts(target_met, text.format(pp="2.5"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(pp="3.5"), 2020) == ["inconsistent"]
    # a change of the level between is passed over, never taken for the level itself
    text = "综合满意率为92.3%，比上年提高1.5个百分点，较年度目标90%高出{pp}个百分点。"
    assert "inconsistent" not in verdicts(target_met, text.format(pp="2.3"), 2020)
    assert "inconsistent" in verdicts(target_met, text.format(pp="3.3"), 2020)
    # another wording: below a plan, in a table note
    own = "注：全年计划执行率为98.6%，低于计划（100%）{pp}个百分点。"
    assert "inconsistent" not in verdicts(target_met, own.format(pp="1.4"), None)


def test_level_points_decoys():
    # a base, not a target: no target_met row
    assert verdicts(target_met, "满意率为83.3%，较2022年的80.9%提高2.4个百分点，高于全省平均水平1.6个百分点。", 2020) == []
    # the comparison has a subject of its own: another metric's level is not judged against its target
    assert verdicts(target_met, "合格率达到99.5%，抽检覆盖率高于年度目标90%2个百分点。", 2020) == []


# ---------------------------------------------------------------- target_met: a gap in points from a target set earlier
def test_points_over_a_target_set_earlier():
    text = "备注：年度目标值为95%，实际完成值为97.3%，高于目标{pp}个百分点。"
    assert verdicts(target_met, text.format(pp="2.3"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(pp="3.3"), 2020) == ["inconsistent"]
    # a rate against a rate set (力争…增长), in a speech
    own = "去年我们提出力争生产总值增长6.5%，最终实际增长6.9%，高于预期目标{pp}个百分点。"
    assert "inconsistent" not in verdicts(target_met, own.format(pp="0.4"), 2020)
    assert "inconsistent" in verdicts(target_met, own.format(pp="1.4"), 2020)


def test_points_over_a_target_set_earlier_decoys():
    # a part's rate (其中) is not judged against the whole's plan
    assert verdicts(target_met, "全年计划增长6%，实际增长6.2%，其中工业增长7.1%，高于计划2.1个百分点。", 2020) == []
    # a level is not judged when two targets were set before it
    assert "inconsistent" not in verdicts(
        target_met, "目标为满意率90%、知晓率80%，测评满意率为93.5%，高出目标1.5个百分点。", 2020)
