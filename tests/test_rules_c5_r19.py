"""tables, round 19 (C5): an indicator table exported with single spaces whose header ends in a 完成率 column
(指标名称 目标值 完成值 完成率), its rows ending in the rate or a dash. Sentences are invented for the tests."""
from analysis.rules.tables import table_rates
from rules_cases import run, verdicts

_HEAD = "一、年度指标完成情况\n考核项目 目标值 完成值 完成率\n"


def test_spaced_rate_table_row_consistent():
    text = _HEAD + "新增就业岗位 4,000个 4,260个 {rate}\n城镇道路改造 12公里 12.6公里 105.0%\n\n以上指标均已完成。\n"
    assert verdicts(table_rates, text.format(rate="106.5%"), 2020).count("consistent") == 2


def test_spaced_rate_table_row_broken_twin():
    text = _HEAD + "新增就业岗位 4,000个 4,260个 {rate}\n城镇道路改造 12公里 12.6公里 105.0%\n\n以上指标均已完成。\n"
    assert "inconsistent" in verdicts(table_rates, text.format(rate="116.5%"), 2020)


def test_spaced_rate_table_dash_row_is_read_but_not_judged():
    text = _HEAD + "新增就业岗位 4,000个 4,260个 106.5%\n群众满意率 90% 92.4% —\n\n以上指标均已完成。\n"
    assert verdicts(table_rates, text, 2020) == ["consistent"]


def test_decoy_prose_after_a_rate_header_is_not_a_row():
    # the header's words in prose, with three numbers after a name: not a table
    text = "考核项目 目标值 完成值 完成率\n全年共计划投资 8亿元 实际投资 9亿元，完成率为105%。\n"
    assert "inconsistent" not in verdicts(table_rates, text, 2020)
    # a header without the 完成率 column keeps the old reading: no rate read from a fourth cell
    text2 = "考核项目 目标值 完成值\n新增就业岗位 4,000个 4,260个 116.5%\n"
    assert "inconsistent" not in verdicts(table_rates, text2, 2020)


# ---------------------------------------------------------------- the dash rows of such a table (no rate written)
from analysis.rules.tables import table_targets_reached  # noqa: E402

_DASH_TABLE = ("二、绩效目标完成情况\n项目 目标值 完成值 完成率\n新建污水管网 30公里 31.5公里 105.0%\n"
               "综合能耗下降率 {cap} 4.1% —\n居民满意度 85% {sat} —\n\n上述各项指标均已完成。\n")


def test_dash_rows_reached_are_consistent_target_rows():
    rows = run(table_targets_reached, _DASH_TABLE.format(cap="5%以内", sat="87.2%"), 2020)
    assert sorted(r["span"].split(" ")[0] for r in rows if r["verdict"] == "consistent") == ["居民满意度", "综合能耗下降率"]


def test_dash_rows_broken_twin_below_target_not_called_reached():
    rows = run(table_targets_reached, _DASH_TABLE.format(cap="5%以内", sat="82.4%"), 2020)
    assert [r["span"].split(" ")[0] for r in rows] == ["综合能耗下降率"]
    # a ceiling passed over (4.1% against 3%以内) is no target reached either
    rows = run(table_targets_reached, _DASH_TABLE.format(cap="3%以内", sat="82.4%"), 2020)
    assert rows == []


def test_dash_rows_decoy_row_with_a_rate_left_to_table_rates():
    rows = run(table_targets_reached, _DASH_TABLE.format(cap="5%以内", sat="87.2%"), 2020)
    assert all(not r["span"].startswith("新建污水管网") for r in rows)


# ---------------------------------------------------------------- a value named with a whole-scope qualifier inserted
from analysis.rules.targets import target_met  # noqa: E402

_SCOPE = "今年全县引进海内外人才{done}名，其中博士42名。县委年初提出的全年引进人才600名目标超额完成。"


def test_whole_scope_qualifier_value_meets_named_target():
    assert verdicts(target_met, _SCOPE.format(done="652"), 2020) == ["consistent"]


def test_whole_scope_qualifier_broken_twin():
    assert verdicts(target_met, _SCOPE.format(done="586"), 2020) == ["inconsistent"]


def test_narrowing_qualifier_decoy_is_another_metric():
    # 引进博士人才 is a part of 引进人才, not the metric the target names: no verdict from it
    text = "今年全县引进博士人才58名。县委年初提出的全年引进人才600名目标超额完成。"
    assert "inconsistent" not in verdicts(target_met, text, 2020)


# ---------------------------------------------------------------- growth: 与上年相比 framing, 缩短 after 由…至…
from analysis.rules.growth import growth  # noqa: E402

_FRAME = "全年办结信访事项{cur}件，与上年相比减少37件（上年为412件）。"


def test_compared_with_last_year_frame_consistent():
    assert verdicts(growth, _FRAME.format(cur="375"), 2020) == ["consistent"]


def test_compared_with_last_year_frame_broken_twin():
    assert verdicts(growth, _FRAME.format(cur="385"), 2020) == ["inconsistent"]


def test_compared_with_last_year_frame_decoy_other_place():
    # 与全省平均相比: a benchmark, not last year: no change row against 上年为
    text = "全年办结信访事项375件，与全省平均水平相比减少37件（上年为412件）。"
    assert "inconsistent" not in verdicts(growth, text, 2020)


_SHORTEN = "企业开办时间由上年的{base}个工作日压缩至3.5个工作日，缩短了1.5个工作日。"


def test_shortened_after_from_to_consistent():
    assert verdicts(growth, _SHORTEN.format(base="5"), 2020) == ["consistent"]


def test_shortened_after_from_to_broken_twin():
    assert verdicts(growth, _SHORTEN.format(base="6"), 2020) == ["inconsistent"]


def test_shortened_decoy_from_value_of_another_unit():
    # the from-value is in another unit (天 vs 个工作日): never the base
    text = "企业开办时间由上年的5天压缩至3.5个工作日，缩短了1.5个工作日。"
    assert "inconsistent" not in verdicts(growth, text, 2020)


# ---------------------------------------------------------------- a pledge earlier in the claim's sentence is its target
_PLEDGE = "今年年初向居民承诺的15项为民办实事项目，到年底办成{done}项，圆满完成了为民办实事任务。"


def test_pledged_count_met_consistent():
    assert verdicts(target_met, _PLEDGE.format(done="15"), 2020) == ["consistent"]


def test_pledged_count_broken_twin():
    assert verdicts(target_met, _PLEDGE.format(done="13"), 2020) == ["inconsistent"]


def test_pledged_count_decoy_other_work():
    # the pledge names other work (为民办实事项目) than the claim (安全生产任务): no target for it
    text = "今年年初向居民承诺的15项为民办实事项目，到年底办成13项，圆满完成了安全生产任务。"
    assert "inconsistent" not in verdicts(target_met, text, 2020)
