"""Round 33's readings against a read-only reviewer's counter-examples (eighteenth session): sentences of the reviewer's
own where a first draft made the output worse, each now a test, old reading and new."""
from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.enumeration import enumeration_count
from analysis.rules.ratios import derived_ratio
from analysis.rules.shares import share_of_total
from analysis.rules.targets import target_met
from rules_cases import run, verdicts_stated as _rows


def test_better_than_a_target_for_a_fall_is_a_bigger_fall():
    assert _rows(target_met, "单位地区生产总值能耗下降3.8%，优于省下达的3.2%的控制目标。") == [
        ("consistent", "3.8% 优于3.2% (target)")]
    assert _rows(target_met, "全市细颗粒物（PM2.5）平均浓度同比下降12.5%，优于省下达的下降8%的目标。")[0][0] == "consistent"
    # (控制目标 said loosely of a floor: a measure wanted high is above it)
    assert _rows(target_met, "空气质量优良天数比例达到88.5%，优于省下达的控制目标82.0%。")[0][0] == "consistent"


def test_a_whole_that_gong_opens_is_listed_first_not_a_peer():
    assert _rows(share_of_total, "全年共审计单位86个、发现存在问题的单位32个，占审计单位总数的39.2%。") == [
        ("inconsistent", "39.2% (32个 of 86个)")]


def test_a_bare_rate_of_reach_after_m_of_n_stays_weak():
    # (户厕普及率 is of households, 签约覆盖率 of people: not of the villages or towns counted before)
    assert _rows(share_of_total, "全县126个行政村中已有104个完成农村户厕改造，普及率达到78.6%。") == []
    assert _rows(share_of_total, "全县12个乡镇中已有10个开展家庭医生签约服务，覆盖率达到65%。") == []


def test_a_plan_for_later_after_a_result_stays_a_plan():
    assert _rows(target_met, "今年完成固定资产投资67.3亿元，明年计划投资75亿元的30%投向民生领域。") == []
    assert _rows(target_met, "项目今年已完成投资12.8亿元，下步计划投资20亿元的60%将于明年上半年完成。") == []


def test_da_biao_is_a_lines_verdict_only_as_a_clause_of_its_own():
    assert _rows(target_met, "学校标准化建设达标率：目标值≥95%，实际值92.6%，其余学校已纳入明年达标计划。") == [
        ("consistent", "92.6%; target 95% (not met)")]
    assert _rows(target_met, "食品抽检合格率：目标值≥98%，实际值98.6%，不达标批次已全部处置。") == [
        ("consistent", "98.6%; target 98% (met)")]
    assert _rows(target_met, "污水处理厂出水水质达标率：目标值≥95%，实际值96.5%，个别月份未达标。")[0][0] == "consistent"


def test_a_level_before_its_change_is_what_a_bare_target_is_of():
    assert [v for v, _ in _rows(target_met, "税收收入占一般公共预算收入比重达到78.5%，同比提高2.1%，实现了75%的年度目标。")
            if v == "inconsistent"] == []


def test_an_average_target_naming_another_metric_or_after_two_rates_is_left():
    assert _rows(target_met, "五年来，地区生产总值年均增长7.3%，一般公共预算收入年均增长5.2%，实现了规划确定的年均增长7%的目标。") == []
    assert [v for v, _ in _rows(target_met, "五年来，城乡居民收入年均增长6.2%，全面实现了规划确定的地区生产总值年均增长7%的目标。")
            if v == "inconsistent"] == []


def test_a_bracket_that_describes_the_count_lists_nothing():
    assert _rows(enumeration_count, "新增3个省级特色小镇（覆盖全县东部山区乡镇、西部平原农业乡镇）。") == []
    assert _rows(enumeration_count, "县委成立3个督导组（分别由县人大常委会副主任、县政协副主席带队），开展专项督导。") == []


def test_whole_items_joined_by_dunhao_are_two_items_even_among_commas():
    assert _rows(enumeration_count, "全面落实“三项制度”（首问负责、限时办结，一次性告知，责任追究），群众满意度明显提升。")[0][0] \
        == "inconsistent"


def test_an_average_of_a_one_off_payment_and_one_after_a_semicolon_are_still_judged():
    assert [v for v, _ in _rows(derived_ratio, "春节期间走访慰问高龄老人1,200人，发放慰问金42万元，慰问标准每人300元。")
            + _rows(share_of_total, "春节期间走访慰问高龄老人1,200人，发放慰问金42万元，慰问标准每人300元。")] == ["inconsistent"]
    text = "全年资助家庭经济困难学生2,530人，发放助学金151.8万元；平均每人500元。"
    assert [v for v, _ in _rows(derived_ratio, text) + _rows(share_of_total, text)] == ["inconsistent"]


def test_the_level_a_rise_reached_is_the_stock_its_new_adds_to():
    assert _rows(cumulative_vs_new, "全市高新技术企业由上年末的214家增至年末的281家，其中当年新认定296家。") == [
        ("inconsistent", "cumulative 281家, new 296家")]


def test_a_percentage_of_the_named_stretch_target_stays_with_it():
    text = ("全年实现营业收入46.83亿元，完成年度预算目标42亿元的111.5%，实现了年初提出的力争突破45亿元的奋斗目标；"
            "其中上半年实现营业收入21.5亿元，达到奋斗目标的51.2%。")
    assert ("inconsistent", "21.5亿元 = 51.2% of target 45亿元") in _rows(target_met, text)


def test_a_double_rounding_cause_shows_the_end_that_rounds_so():
    rows = run(share_of_total, "全年民生支出400万元，其中教育支出45.7万元，占12%。", year=2021)
    assert [r["cause"] for r in rows] == ["rounded twice (11.452 → 11.5 → 12)"]


def test_comma_items_that_open_alike_are_the_items_whatever_their_dunhao():
    text = "严格执行“{}个不准”：不准收受礼金礼品，不准在干部选拔任用中打招呼、递条子，不准违规借用车辆。"
    assert _rows(enumeration_count, text.format("三"))[0][0] == "consistent"
    assert _rows(enumeration_count, text.format("四"))[0][0] == "inconsistent"


def test_a_bare_rate_target_reads_the_change_alone_in_its_part_of_the_sentence():
    # (the rates of the part before the ；belong to another measure: the level-before-change test looks in this part)
    text = "一般公共预算收入102.4亿元，增长4.1%，完成增长4%的年度目标；规模以上工业增加值增长7.2%，未完成8%的年度目标。"
    assert ("consistent", "7.2%; target 8% (not met)") in _rows(target_met, text)
