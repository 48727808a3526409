"""Rules, round 33 (eighteenth session). Sentences are our own."""
from analysis.rules.enumeration import enumeration_count
from rules_cases import run


def _enum(text):
    return [(r["verdict"], r["computed"]) for r in run(enumeration_count, text, year=2016)]


def test_a_count_in_digits_with_long_names_in_brackets_after_it():
    # (the names of units run to eleven characters: 县乡镇财政管理服务中心)
    text = "局机关内设股室9个，下属事业单位{n}个（县国库集中支付中心、县财政投资评审中心、县乡镇财政管理服务中心）。"
    assert _enum(text.format(n=3)) == [("consistent", "announces 3, lists 3")]
    assert _enum(text.format(n=4)) == [("inconsistent", "announces 4, lists 3")]
    assert _enum("下属事业单位4个（县国库集中支付中心、县财政投资评审中心、县乡镇财政管理服务中心等）。") == [
        ("unverifiable", "announces 4, lists 3 and closes with 等")]
    # (a bracket of one name, or of parts with their own counts, lists nothing)
    assert _enum("下属事业单位1个（县国库集中支付中心）。") == []
    assert _enum("下属事业单位4个（其中全额拨款3个、差额拨款1个）。") == []


def test_circled_numbers_mark_the_items_after_a_count_closed_by_a_colon():
    # (①…⑥ mark items as 1.…6. do; a colon right after the measure word opens the list)
    text = ("完成年度重点任务{n}项：①新冠疫苗接种；②基本公共卫生服务项目；③家庭医生签约服务；④医疗机构检查检验结果互认；"
            "⑤基层医疗卫生机构标准化建设；⑥卫生应急能力提升。全市孕产妇死亡率为0。")
    assert [v for v, _ in _enum(text.format(n=6))] == ["consistent"]
    assert _enum(text.format(n=7))[0][1] == "announces 7, lists 6"
    assert _enum(text.format(n=7))[0][0] == "inconsistent"
    assert _enum("全年实施重点工程2项：城区道路改造、污水管网建设和公园绿化提升。") == [("inconsistent", "announces 2, lists 3")]
    # (a count of ten or more before a colon is a quantity: no list read)
    assert _enum("全年实施重点工程12项：城区道路改造、污水管网建设和公园绿化提升。") == []


def _growth(text):
    from analysis.rules.growth import growth
    return [(r["verdict"], r["computed"]) for r in run(growth, text, year=2016)]


def test_the_prior_session_or_round_named_before_its_value_is_the_base():
    # (比上届同次会议的141件: the value of the session before, as 比上年的141件 is the year before's)
    text = "代表共提出建议、批评和意见163件，比{prior}的141件增加了{pct}%。"
    for prior in ("上届同次会议", "上次会议", "上年"):
        assert _growth(text.format(prior=prior, pct="15.6")) == [
            ("consistent", "163件/141件 − 1 = 15.60%; stated 15.6% needs 15.55–15.65")], prior
        assert _growth(text.format(prior=prior, pct="18.4")) == [
            ("inconsistent", "163件/141件 − 1 = 15.60%; stated 18.4% needs 18.35–18.45")], prior


def _shares(text):
    from analysis.rules.shares import granularity, share_of_total
    return [(r["rule"], r["verdict"], r["stated"]) for fn in (share_of_total, granularity) for r in run(fn, text, year=2021)]


def test_a_count_and_its_share_joined_by_a_dunhao_is_a_part_not_an_n():
    # (a real 督查通报: 44项、占比80.0% is 44 of the 55 tasks, not 80.0% of 44 — no k of 44 gives 80.0%, and that
    # was the false alarm)
    text = "列入本次督查通报的量化指标任务共55项。截至目前，达到序时进度44项、占比80.0%。未达到序时进度11项、占比20.0%。"
    assert [r for r in _shares(text) if r[1] == "inconsistent"] == []
    # (the same with the whole in the sentence: the share is judged against it, 、 or ，)
    for sep in ("、", "，"):
        text = f"全年检查餐饮单位360家，其中达标单位306家{sep}占比85.0%。"
        assert _shares(text) == [("share_of_total", "consistent", "85.0% (306家 of 360家)")], sep
        assert _shares(text.replace("85.0%", "86.0%"))[0][:2] == ("share_of_total", "inconsistent"), sep


def _growth_rows(text):
    from analysis.rules.growth import growth
    return [(r["verdict"], r["computed"], r["cause"]) for r in run(growth, text, year=2021)
            if r["verdict"] == "inconsistent"]


def test_a_near_miss_is_shown_with_the_decimals_that_show_it_missing():
    # (a real 预算执行 report: 19860/(19860 − 2047) − 1 = 11.49%, which at one decimal reads 11.5% — inside the
    # 11.5–12.5% that 增长12% needs — so the row looked like a match; two decimals show the miss, and the likely cause)
    rows = _growth_rows("税收收入累计完成19860万元，同比增加2047万元，增长12%。")
    assert rows == [("inconsistent", "19860万元/(19860万元 − 2047万元) − 1 = 11.488–11.495%; stated 12% needs 11.500–12.500",
                     "rounded twice (11.495 → 11.5 → 12)")]
    # (a clear miss keeps its one decimal; a value truncated is named so)
    assert _growth_rows("社会保障和就业支出完成54730万元，比上年的47382万元增长12%。") == [
        ("inconsistent", "54730万元/47382万元 − 1 = 15.5–15.5%; stated 12% needs 11.5–12.5", "")]
    assert _growth_rows("基金收入168.45亿元，比上年的157.62亿元增长6.8%。")[0][2] == "truncated instead of rounded"


def test_a_share_just_past_its_rounding_is_shown_past_it():
    rows = [(r["computed"], r["cause"]) for r in run(__import__("analysis.rules.shares", fromlist=["x"]).share_of_total,
            "全年全县生产总值914326万元，其中第一产业增加值37952万元，占生产总值的比重为4.1%。", year=2021)]
    assert rows == [("37952万元/914326万元 = 4.151–4.151%; stated 4.1% needs 4.050–4.150%", "truncated instead of rounded")]


def _xref(text):
    from analysis.rules.crossref import cross_reference
    return [(r["verdict"], r["stated"], r["cause"]) for r in run(cross_reference, text, year=2021)]


def test_two_amounts_far_apart_and_no_slip_are_shown_not_called_a_contradiction():
    # (a real 预算执行 report: 转移性收入 of the general budget and of the government funds, under two headings the key
    # does not tell apart — 49.2 and 33.8 are no slip of each other and far apart: two scopes, shown as two values)
    text = ("1. 一般公共预算执行情况\n全区一般公共预算收入完成147.1亿元。加上转移性收入49.2亿元，收入合计196.3亿元。\n"
            "2. 政府性基金预算执行情况\n全区政府性基金预算收入完成130.2亿元。加上转移性收入{v}亿元，收入合计164.0亿元。")
    assert _xref(text.format(v="33.8")) == [("unverifiable", "49.2亿元; 33.8亿元", "two values, perhaps two scopes")]
    # (a slip of the pen — 42.9 for 49.2, digits swapped — or a value close to the other stays a conflict)
    assert [v for v, _, _ in _xref(text.format(v="42.9"))] == ["inconsistent"]
    assert [v for v, _, _ in _xref(text.format(v="47.6"))] == ["inconsistent"]


def test_the_level_a_rise_starts_from_is_no_stock_the_new_adds_to():
    from analysis.rules.cumulative import cumulative_vs_new
    rows = lambda text: [(r["verdict"], r["stated"]) for r in run(cumulative_vs_new, text, year=2016)]
    # (214 is last year-end's level: "new 73 ≤ cumulative 214" was a reading of the wrong figure — the year-end's 281
    # is the stock; registered bodies leave the register as others join, so 214 + 73 against 281 is not judged)
    assert rows("科技型中小企业备案入库数由上年末的214家增至年末的281家，全年新增入库73家。") == [
        ("consistent", "cumulative 281家, new 73家")]
    assert rows("全县城乡低保对象由年初的9,874人调整为年末的9,412人，全年新纳入1,206人、退出1,668人。") == []
    # (a running total with the year's new: still judged)
    assert rows("全县累计建成农村公路1,420公里，其中当年新建286公里。") == [
        ("consistent", "cumulative 1,420公里, new 286公里")]


def _target(text, year=2021):
    from analysis.rules.targets import target_met
    return [(r["verdict"], r["stated"]) for r in run(target_met, text, year=year)]


def test_an_indicator_lines_verdict_in_one_word_is_its_claim():
    line = "（七）高血压患者规范管理率：年度指标值≥60%，实际完成值{v}%，{claim}。"
    assert _target(line.format(v="58.4", claim="达标")) == [("inconsistent", "58.4%; target 60% (met)")]
    assert _target(line.format(v="58.4", claim="未达标")) == [("consistent", "58.4%; target 60% (not met)")]
    assert _target(line.format(v="62.4", claim="达标")) == [("consistent", "62.4%; target 60% (met)")]


def test_of_two_targets_for_the_year_the_percentage_is_of_the_one_it_fits():
    # (the budget target 42 has its own completion percentage; the stretch target 45 is set after it — the half-year's
    # 51.2% is of 42: no alarm; a percentage neither fits is still judged against the nearest)
    text = ("全年实现营业收入46.83亿元，完成年度预算目标42亿元的111.5%，实现了年初提出的力争突破45亿元的奋斗目标；"
            "其中上半年实现营业收入21.5亿元，达到全年目标的{p}%。")
    assert ("consistent", "21.5亿元 = 51.2% of target 42亿元") in _target(text.format(p="51.2"))
    assert ("inconsistent", "21.5亿元 = 55.2% of target 45亿元") in _target(text.format(p="55.2"))


def test_better_than_a_ceiling_is_under_it_and_better_than_a_floor_is_over_it():
    assert _target("PM2.5平均浓度34微克/立方米，优于全年32微克/立方米的控制目标。") == [
        ("inconsistent", "34微克/立方米 优于32微克/立方米 (target)")]
    assert _target("PM2.5平均浓度31微克/立方米，优于全年32微克/立方米的控制目标。")[0][0] == "consistent"
    assert _target("森林覆盖率67.7%，好于68%的年度目标。") == [("inconsistent", "67.7% 好于68% (target)")]


def test_an_average_rate_against_a_target_of_an_average_rate():
    text = ("城镇居民人均可支配收入由2015年的31250元增至2020年的45680元，年均增长{r}%，实现了规划年均增长8%的目标。"
            "年初确定的主要预期目标顺利完成。")
    assert ("inconsistent", "7.9%; target 8% (met)") in _target(text.format(r="7.9"), year=2020)
    # (the plan's target is of five years: the claim on the year's main targets does not take it in)
    assert [v for v, s in _target(text.format(r="7.9"), year=2020) if "all targets" in s] in ([], ["consistent"])
    assert ("consistent", "8.3%; target 8% (met)") in _target(text.format(r="8.3").replace("45680", "46545"), year=2020)


def test_real_text_false_alarms_of_this_session():
    from analysis.rules.enumeration import enumeration_count
    from analysis.rules.ratios import derived_ratio
    from analysis.rules.shares import share_of_total
    # (a 民生实事 list: 75元 is a standard per person, not 570元 of another item over 60 children of a third)
    text = "康复救助残疾儿童60人；城市低保标准达到570元/月；困难残疾人生活补贴标准每人75元/月；新增机构养老床位120张。"
    assert [r for r in run(derived_ratio, text, year=2021) + run(share_of_total, text, year=2021)
            if r["verdict"] == "inconsistent"] == []
    # (the three items' share of all 工单 together: 579 is a peer of 562, not its whole)
    text = "位居前三的工单：交通能源环保类783件、城乡建设类579件、政法类562件，占工单总量的77%。"
    assert run(share_of_total, text, year=2021) == []
    # (items cut by commas may hold a 、 of their own: three roads)
    text = "农村“{n}路”建设（旅游、资源产业路，乡镇通三级公路，新村与撤并村便捷连通路）58.62公里。"
    assert [r["verdict"] for r in run(enumeration_count, text.format(n="三"), year=2021)] == ["consistent"]
    assert [r["verdict"] for r in run(enumeration_count, text.format(n="六"), year=2021)] == ["inconsistent"]


def test_a_plans_figure_a_completion_percentage_is_taken_of_is_a_target():
    text = "重点项目完成投资67.3亿元，为年度计划投资60亿元的{p}%。"
    assert _target(text.format(p="112.2")) == [("consistent", "67.3亿元 = 112.2% of target 60亿元")]
    assert _target(text.format(p="102.2")) == [("inconsistent", "67.3亿元 = 102.2% of target 60亿元")]
    # (a plan for next year stays a plan)
    assert _target("明年计划投资60亿元，力争完成投资的110%。") == []


def test_a_rate_target_named_only_by_the_rate_of_change_before_it():
    assert _target("规模以上工业增加值增长8.1%，实现了8.5%的预期目标。") == [("inconsistent", "8.1%; target 8.5% (met)")]
    assert _target("规模以上工业增加值增长8.6%，实现了8.5%的预期目标。") == [("consistent", "8.6%; target 8.5% (met)")]
    assert _target("规模以上工业增加值增长8.1%，未完成8.5%的预期目标。") == [("consistent", "8.1%; target 8.5% (not met)")]
