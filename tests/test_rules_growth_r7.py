"""target_met, round 7: the achieved value of a completion percentage is never a figure inside a bracket the target
stands outside of. Sentences are invented for the tests (none is copied from the corpus)."""
from analysis.rules.targets import target_met
from rules_cases import verdicts


def test_completion_of_a_part_with_a_bracketed_breakdown():
    text = ("本年支出合计6865.02万元，其中：基本支出3537.69万元（人员经费3027.72万元，公用经费509.97万元），"
            "占51.53%，基本支出年初预算3369.36万元，完成年初预算的{pct}；项目支出3327.33万元，占48.47%。")
    assert verdicts(target_met, text.format(pct="105.0%"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(pct="107.0%"), 2020) == ["inconsistent"]


def test_completion_with_a_bracketed_detail_invented_wording():
    text = "全年检修线路支出462.5万元（材料费186.0万元），线路检修年度预算440.0万元，为年度预算的{pct}。"
    assert verdicts(target_met, text.format(pct="105.1%"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(pct="42.3%"), 2020) == ["inconsistent"]


def test_value_and_target_inside_one_bracket_still_paired():
    text = "项目支出1,200万元（其中设备购置实际支出380万元，设备购置预算400万元，完成预算的{pct}）。"
    assert verdicts(target_met, text.format(pct="95.0%"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(pct="98.0%"), 2020) == ["inconsistent"]


def test_completion_of_the_full_year_budget_never_against_the_initial_one():
    # 完成全年预算的 names the adjusted budget (年初 + 追加 = 1,826.4), stated as no figure of its own: no alarm
    text = "全年财政拨款收入1,826.4万元，其中：年初预算1,652.0万元，年中追加174.4万元；支出1,792.6万元，完成全年预算的98.1%。"
    assert "inconsistent" not in verdicts(target_met, text, 2020)
    # invented wording: 调整后预算 in the percentage, 年初预算 the only stated budget
    assert "inconsistent" not in verdicts(target_met, "年初预算安排860万元，全年支出902.5万元，为调整后预算的97.3%。", 2020)
    # the same budget on both sides is still judged
    text = "年初预算1,652.0万元，全年支出1,792.6万元，完成年初预算的{pct}。"
    assert verdicts(target_met, text.format(pct="108.5%"), 2020) == ["consistent"]
    assert verdicts(target_met, text.format(pct="100.5%"), 2020) == ["inconsistent"]


# ---------------------------------------------------------------- a base in the next sentence of another place
from analysis.rules.growth import growth  # noqa: E402


def test_base_sentence_of_another_place_is_not_the_base():
    text = "全县农民人均可支配收入16,820元，增长7.5%。2019年，{scope}农民人均可支配收入15,960元。"
    assert verdicts(growth, text.format(scope="全市"), 2020) == ["unverifiable"]
    assert verdicts(growth, text.format(scope="全县"), 2020) == ["inconsistent"]
    # invented wording: 市本级 against 全市
    assert verdicts(growth, "市本级一般公共预算收入8.6亿元，增长5.0%。上年，全市一般公共预算收入为22.4亿元。", 2020) == ["unverifiable"]
    # a base naming the place while the value does not is still taken
    assert verdicts(growth, "全年实现旅游收入18.6亿元，增长12.7%。上年全县旅游收入为16.5亿元。", 2020) == ["consistent"]


# ---------------------------------------------------------------- parallel 由…增加到…，年均增长 items share their span
def test_parallel_average_growth_items_share_the_span_of_years():
    text = ("五年来，地区生产总值由2015年的824.8亿元增加到1203.0亿元，年均增长7.8%；"
            "一般公共预算收入由78.05亿元增加到99.52亿元，年均增长{r}。")
    assert verdicts(growth, text.format(r="5.0%"), 2020) == ["consistent", "consistent"]
    assert verdicts(growth, text.format(r="6.0%"), 2020) == ["consistent", "inconsistent"]


def test_parallel_average_growth_invented_wording_and_own_year():
    # another author: 提高到 and 元; the second item with a year of its own keeps its own span (2017 → 2020: 3 years)
    text = ("“十三五”时期，城镇居民人均可支配收入由2015年的28,000元提高到37,000元，年均增长5.7%，"
            "农村居民人均可支配收入由2017年的12,000元提高到{v}元，年均增长6.0%。")
    assert verdicts(growth, text.format(v="14,292"), 2020) == ["consistent", "consistent"]
    assert verdicts(growth, text.format(v="15,000"), 2020)[1] == "inconsistent"


def test_base_unit_written_short():
    # 比上年的90.0万吨 after 86.0万吨标准煤: the same measure written short
    text = "全年能耗总量为86.0万吨标准煤，比上年的90.0万吨下降了{r}。"
    assert verdicts(growth, text.format(r="4.4%"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(r="6.0%"), 2020) == ["inconsistent"]
    # invented wording with another kind of measure: a count never pairs with a weight
    assert verdicts(growth, "全年处置危险废物1.2万吨，比上年的860家企业增长5.0%。", 2020) != ["inconsistent"]


def test_base_naming_the_place_the_value_leaves_unsaid():
    text = "城镇居民人均可支配收入38,600元，增长{r}。上年全县城镇居民人均可支配收入为36,415元。"
    assert verdicts(growth, text.format(r="6.0%"), 2020) == ["consistent"]
    assert verdicts(growth, text.format(r="7.0%"), 2020) == ["inconsistent"]
