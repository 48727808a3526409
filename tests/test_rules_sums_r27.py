"""parts_sum, round 27: complete breakdowns in shapes the rule did not read (shapes from probe9, written blind).

A sentence opening with the year's total (全年新增…共计 / 全年…支出合计) closes the items of the sentences right before it,
one figure a clause, each naming the total's own noun; a lead line announcing the detail of a whole (…明细如下：) and one
line per item (name：amount); a 分别为 list under a whole named X中 whose figure is labelled by X's verb only (新收7,912件 /
新收案件中); 由…组成 with the noun carried in a unit (12个乡镇); a 其中： list of leaders (主要领导 is a title, not "the main
ones"); a closing 共计 after a space; 画幅 counted in 万. Decoys: a stock or running total (共计 of 全县 / 累计), a narrower
whole (扶贫小额贷款 after other loans), other years, parts naming different things, a lead naming the main items only,
last year's whole, a 分别为 list short of its whole. Sentences invented."""
from analysis.rules.sums import parts_sum
from rules_cases import run

_HEAD = "某县应急管理局2021年工作总结\n\n"


def _rows(text: str, year: int = 2021) -> list[tuple[str, str]]:
    return [(r["verdict"], r["stated"]) for r in run(parts_sum, text, year)]


def _verdicts_with(text: str, total: str) -> list[str]:
    return [v for v, s in _rows(text) if s.startswith(total + " = ")]


# ---------------------------------------------------------------- a closing sentence after items over several sentences
_RUN = _HEAD + ("二、基层应急能力\n城区新建应急避难场所12处，可容纳群众1.8万人。乡镇新建避难场所{x}处。"
                "村（社区）改造提升避难场所9处。全年新增应急避难场所共计28处，覆盖全部乡镇。")


def test_closing_total_after_items_over_sentences_holds():
    assert _verdicts_with(_RUN.format(x=7), "28处") == ["consistent"]


def test_closing_total_after_items_over_sentences_broken():
    assert _verdicts_with(_RUN.format(x=8), "28处") == ["inconsistent"]


def test_closing_total_in_money_two_clauses():
    text = _HEAD + ("（三）灾害救助。全年救助受灾群众2.1万人次，发放临时生活救助资金386万元；恢复重建倒损农房41户，"
                    "发放重建补助资金{x}万元。全年灾害救助资金支出合计598万元。")
    assert _verdicts_with(text.format(x=212), "598万元") == ["consistent"]
    assert _verdicts_with(text.format(x=222), "598万元") == ["inconsistent"]


def test_closing_run_decoys_stay_quiet():
    for text in (
        # a stock, not the year's flow
        "城区新建监测站点32个。乡镇新建监测站点18个。全县监测站点共计260个。",
        # a running total
        "城区新建监测站点32个。乡镇新建监测站点18个。全年累计建成监测站点共计260个。",
        # a narrower whole than the items (named by words the items do not hold)
        "发放创业担保贷款1.2亿元。发放助学贷款0.8亿元。全年发放扶贫小额贷款共计3.6亿元。",
        # items of other years
        "2019年新建监测站点32个。2020年新建监测站点18个。全年新建监测站点合计40个。",
        # items naming different things
        "新建监测站点32个。新建物资储备库18个。全年新增应急设施合计60个。",
        # items naming different people: a selection
        "培训农民工1,200人次。培训退役军人300人次。全年开展职业技能培训合计1,800人次。",
    ):
        assert _rows(_HEAD + text) == [], text


def test_closing_run_starts_after_an_earlier_total():
    text = "全年共建成监测站点98个。城区新建监测站点32个。乡镇新建监测站点18个。全年新增监测站点合计55个。"
    assert _verdicts_with(_HEAD + text, "55个") == ["inconsistent"]
    assert not _verdicts_with(_HEAD + text, "98个")


# ---------------------------------------------------------------- a detail announced line by line
_ROWS = ("某县水利局2021年度部门决算说明\n\n本年项目支出决算856.40万元。项目支出决算具体构成如下：\n"
         "河道清淤工程：312.50万元；\n小型水库除险加固：{x}万元；\n农村饮水安全维修养护：2,458,000元。\n")


def test_rows_announced_hold():
    assert _verdicts_with(_ROWS.format(x="298.10"), "856.40万元") == ["consistent"]


def test_rows_announced_broken():
    assert _verdicts_with(_ROWS.format(x="289.10"), "856.40万元") == ["inconsistent"]


def test_rows_announced_decoys():
    base = "某县水利局2021年度部门决算说明\n\n{lead}\n河道清淤工程：312.50万元；\n小型水库除险加固：298.10万元。\n"
    for lead in (
        "本年项目支出决算856.40万元。其中重点项目安排明细如下：",  # some projects, a whole of their own
        "本年项目支出决算856.40万元。项目支出主要安排明细如下：",  # the main ones
        "上年项目支出决算856.40万元。项目支出决算明细如下：",  # last year's whole
    ):
        assert _rows(base.format(lead=lead)) == [], lead


# ---------------------------------------------------------------- 分别为 under a whole named by its verb
def test_respective_list_over_a_whole_named_by_its_verb():
    text = _HEAD.replace("应急管理局", "人民法院") + ("全年受理各类案件6,120件，其中新收5,870件、旧存250件。新收案件中，"
                                                    "民商事、刑事、行政案件分别为3,912件、1,706件和{x}件。")
    assert _verdicts_with(text.format(x=252), "5,870件") == ["consistent"]
    assert _verdicts_with(text.format(x=352), "5,870件") == ["inconsistent"]


def test_respective_list_short_of_its_whole_is_a_selection():
    text = _HEAD.replace("应急管理局", "人民法院") + "全年新收案件5,870件，审结5,702件。新收案件中，民商事、刑事案件分别为3,912件、1,706件。"
    assert not _verdicts_with(text, "5,870件")


# ---------------------------------------------------------------- 由…组成 with 个乡镇, 其中 of leaders, a spaced 共计, 画幅
def test_made_of_with_a_noun_carried_in_the_unit():
    text = _HEAD + "全县{t}个应急管理站由36个县直部门、9个乡镇和4个开发园区组成。"
    assert _verdicts_with(text.format(t=49), "49个") == ["consistent"]
    assert _verdicts_with(text.format(t=48), "48个") == ["inconsistent"]


def test_leaders_are_no_main_items():
    text = _HEAD + "县领导带队督查38次，督办问题213个，其中：县委主要领导督查6次、县政府主要领导督查7次、其他县级领导督查{x}次。"
    assert _verdicts_with(text.format(x=25), "38次") == ["consistent"]
    assert _verdicts_with(text.format(x=23), "38次") == ["inconsistent"]


def test_closing_total_after_a_space():
    text = _HEAD + "对全县 27个乡镇开展年度考核，评定优秀 8个、良好 14个、合格 5个，三个等次共计 27个。"
    assert "consistent" in [v for v, s in _rows(text) if s.startswith("27个 = ")]
    assert "inconsistent" not in [v for v, _ in _rows(text)]


def test_frames_counted_in_wan():
    text = _HEAD.replace("应急管理局", "档案局") + "全年完成档案数字化扫描{t}万画幅，其中文书档案96万画幅、会计档案28万画幅、专门档案17万画幅。"
    assert _verdicts_with(text.format(t=141), "141万画幅") == ["consistent"]
    assert _verdicts_with(text.format(t=151), "151万画幅") == ["inconsistent"]
