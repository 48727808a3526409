"""Shares and sums, round 9 (rv11 false alarms): a 合计 total inside a 分别为 list is the whole, not an item; a
whole named X总计 is the figure labelled X总计; X均 averages (批均, 车均) are never parts; a plan and its actual are
never two parts of a sum."""
from analysis.rules.shares import share_of_total
from analysis.rules.sums import parts_sum
from rules_cases import run, verdicts


def _bad(rule, text):
    return [r["verdict"] for r in run(rule, text, 2020) if r["verdict"] in ("inconsistent", "missing")]


# ---------------------------------------------------------------- a total inside a listed split
def test_total_inside_a_list_is_not_an_item():
    ok = ("农业、牧业、渔业、林业及服务业分别为52.36亿元、28.64亿元、19.82亿元和12.45亿元，合计113.27亿元，"
          "占比依次为46.2%、25.3%、17.5%和11.0%。")
    assert _bad(share_of_total, ok) == []
    assert "inconsistent" not in verdicts(share_of_total, ok)
    # the broken twin: one share wrong is still caught
    assert "inconsistent" in verdicts(share_of_total, ok.replace("25.3%", "29.3%"))


def test_total_inside_a_list_own_phrasing():
    # invented: 三类案件, 共计 inside the list, 分别占
    ok = "民事、刑事和行政案件分别为600件、300件和100件，共计1000件，分别占60.0%、30.0%和10.0%。"
    assert _bad(share_of_total, ok) == []
    assert "inconsistent" in verdicts(share_of_total, ok.replace("30.0%和", "35.0%和"))


# ---------------------------------------------------------------- a whole named X总计
def test_whole_named_total_is_the_figure_so_labelled():
    text = ("2019年度支出总计2790.62万元。其中：基本支出2103.50万元，占支出总计的75.4%；项目支出687.12万元，占24.6%。"
            "基本支出2103.50万元，包括人员经费1520.45万元。2019年度政府采购支出总额412.60万元，占支出总计的14.8%。")
    assert _bad(share_of_total, text) == []
    bad = text.replace("占支出总计的14.8%", "占支出总计的16.8%")
    assert "inconsistent" in verdicts(share_of_total, bad)


def test_whole_named_total_own_phrasing():
    # invented: 收入合计, a later 其他收入 figure must not be taken for it
    text = "本年收入合计500.00万元。其中财政拨款收入400.00万元。其他收入100.00万元。上级补助收入50.00万元，占收入合计的10.0%。"
    assert _bad(share_of_total, text) == []
    assert "inconsistent" in verdicts(share_of_total, text.replace("的10.0%", "的20.0%"))


# ---------------------------------------------------------------- X均 averages
def test_unit_average_is_not_a_part():
    text = ("“三公”经费财政拨款支出16.80万元，其中：公务用车运行维护费12.60万元，占75.0%；公务接待费4.20万元，"
            "占25.0%，全年共接待28批次、246人次，批均0.15万元。")
    assert _bad(parts_sum, text) == []
    # the broken twin (a part wrong) is still caught, the average left out
    assert [(r["verdict"], r["stated"]) for r in run(parts_sum, text.replace("4.20万元", "4.80万元"), 2020)] == [
        ("inconsistent", "16.80万元 = 12.60万元 + 4.80万元")]
    # invented: 笔均 inside a split that adds up — left alone (never summed as a part)
    ok = "全年发放贷款合计9.00亿元，其中：创业贷款6.00亿元，笔均25万元；助学贷款3.00亿元。"
    assert _bad(parts_sum, ok) == []


def test_vehicle_average_is_not_a_part():
    text = ("决算支出12.35万元。其中：因公出国（境）费用0万元；公务用车运行维护费8.62万元，主要是7辆公务用车的运行维护费用，"
            "车均运行维护费1.23万元；公务接待费3.73万元。")
    assert _bad(parts_sum, text) == []


# ---------------------------------------------------------------- a plan and its actual
def test_plan_and_actual_are_not_two_parts():
    text = ("2021年对全部3个项目开展了绩效自评，覆盖资金460.22万元。其中，“医保基金监管专项检查”项目计划检查定点医药机构260家，"
            "实际检查262家，完成计划的100.8%。")
    assert _bad(parts_sum, text) == []
    # invented
    own = "共组织2期培训班。其中，计划培训学员120人，实际培训学员126人。"
    assert _bad(parts_sum, own) == []


# ---------------------------------------------------------------- 占全市的 after a 其中 part
def test_share_of_the_bare_scope_is_of_the_figure_the_part_was_taken_from():
    ok = "一般公共预算收入完成52.6亿元，占地区生产总值的14.3%，其中市本级完成21.4亿元，占全市的40.7%。"
    assert [r["verdict"] for r in run(share_of_total, ok, 2020) if "21.4" in r["stated"]] == ["consistent"]
    bad = ok.replace("40.7%", "44.0%")
    assert [r["verdict"] for r in run(share_of_total, bad, 2020) if "21.4" in r["stated"]] == ["inconsistent"]


def test_share_of_the_bare_scope_own_phrasing():
    # invented: the whole in the sentence before, 全县
    ok = "全县共建成高标准农田8.0万亩。其中县城周边乡镇建成2.0万亩，占全县的25.0%。"
    assert [r["verdict"] for r in run(share_of_total, ok, 2020) if "2.0万亩" in r["stated"]] == ["consistent"]
    assert verdicts(share_of_total, ok.replace("25.0%", "35.0%")) == ["inconsistent"]
    # decoy: no 其中 — the part is not said to be taken from the figure before: no alarm
    decoy = "全县粮食产量30.0万吨，比上年增长2%。城区周边蔬菜产量12.0万吨，占全县的15.0%。"
    assert _bad(share_of_total, decoy) == []
