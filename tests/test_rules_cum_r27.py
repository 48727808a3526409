"""cumulative_vs_new, round 27: shapes from probe8 (written blind) — the rise named right after it with the level's own
words (全年新增入库), a bare act of taking in after 新增 (新增入选 / 新增登记), a 保有量 level sections from the year's new, the
year's grants against the stock in force (有效…), the whole year named in short right after its half, the previous level
opening the next sentence after a net change, and a task set (下达…任务) that is no second flow of a chain. Sentences are
invented for the tests (none is copied from the corpus)."""
from analysis.rules.cumulative import cumulative_vs_new
from rules_cases import verdicts

ALARMS = ("inconsistent",)


def _v(text: str, year: int = 2020) -> list[str]:
    return verdicts(cumulative_vs_new, text, year)


# ---------------------------------------------------------------- the rise named right after it, with the level's words
def test_rise_then_the_years_new_named_with_the_levels_words():
    # (the review of the session: bodies on a register — 企业, 入库, 市场主体 — leave it as others join, so a rise between
    # two levels is net of them; 龙头企业入库数 with 全年新增入库 is no longer held to previous + new)
    text = "全市A级旅游景区数量由上年末的23家增加到年末的{c}家，今年新增景区4家。"
    assert _v(text.format(c="27")) == ["consistent"]
    assert _v(text.format(c="26")) == ["inconsistent"]


def test_rise_then_a_kind_or_people_or_an_outflow_is_left_alone():
    # a kind of the level's thing (示范社 of 合作社), people who joined (some left), an outflow stated
    for text in ("全县农民合作社由上年末的412家增加到年末的437家，全年新增示范社30家。",
                 "全县医保参保人数由上年末的21.5万人增加到年末的23.4万人，全年新增参保2.6万人。",
                 "全市高新技术企业由上年末的186家增加到年末的230家，全年新增入库56家，复审未通过12家。",
                 "全市充电桩由上年末的1,260个增加到年末的2,180个，全年新增公共充电桩940个。"):
        assert not any(v in ALARMS for v in _v(text)), text


# ---------------------------------------------------------------- 新增 + the act of taking in, no noun of its own
def test_bare_act_of_taking_in_counts_the_thing_before():
    text = "全区累计认定市级农业龙头企业52家，今年新增入选{n}家。"
    assert _v(text.format(n="9")) == ["consistent"]
    assert _v(text.format(n="61")) == ["inconsistent"]
    assert _v("全县家庭农场总数达到836家，当年新增登记97家。") == ["consistent"]


def test_act_of_taking_in_with_a_noun_of_its_own_is_left_alone():
    # 入选 of another list (国家级…) than the level's: no pairing by the bare act
    for text in ("全区累计认定市级农业龙头企业52家，今年新增入选国家级农业龙头企业61家。",
                 "全区累计认定市级农业龙头企业52家，今年新增入选省级专精特新企业61家。"):
        assert not any(v in ALARMS for v in _v(text)), text
    # a goal quoted before 年度目标 is no flow
    assert _v('全市规上工业企业年末达到412家，完成"新增入规30家"年度目标。') == []


# ---------------------------------------------------------------- a 保有量 level, sentences from the year's new
def test_new_above_a_stock_held_named_alike():
    text = "全年新增推广应用新能源公交车{n}辆。截至12月底，全县新能源公交车保有量达到386辆，线路覆盖所有乡镇。"
    assert _v(text.format(n="412")) == ["inconsistent"]
    assert _v(text.format(n="112")) == []  # (reported only when it fails, as the reading does elsewhere)


def test_stock_held_of_another_scope_or_part_of_the_year_is_left_alone():
    assert _v("全年新增推广应用新能源公交车412辆。截至6月底，全县新能源公交车保有量达到386辆。") == []
    assert _v("计划新增推广应用新能源公交车412辆。截至12月底，全县新能源公交车保有量达到386辆。") == []


# ---------------------------------------------------------------- the year's grants against the stock in force
def test_grants_of_the_year_above_the_stock_in_force():
    text = "一、主要成效\n全年新增植物新品种授权{n}件，同比增长8%。\n二、存在问题\n截至年底，全县累计拥有有效植物新品种46件。"
    assert _v(text.format(n="52")) == ["inconsistent"]
    assert _v(text.format(n="12")) == []


def test_applications_are_not_grants():
    text = "一、主要成效\n全年新增植物新品种申请52件。\n二、存在问题\n截至年底，全县累计拥有有效植物新品种46件。"
    assert _v(text) == []


# ---------------------------------------------------------------- the whole year named in short after its half
def test_half_year_above_the_whole_year_named_in_short():
    text = "医保扩面成效明显，上半年新增城乡居民医保参保人员{h}人，全年新增参保2,350人。"
    assert _v(text.format(h="2,610"), 2016) == ["inconsistent"]
    assert _v(text.format(h="1,210"), 2016) == []


def test_half_year_and_a_narrower_or_other_whole_year_are_left_alone():
    for text in ("上半年受理群众来信来访1,260件，全年受理来信1,180件。",  # letters only: a part of letters and visits
                 "上半年新增就业困难人员再就业560人，全年新增就业520人。",  # another count
                 "上半年新增失业保险参保人员1,260人，全年计划新增参保1,180人。"):  # a plan
        assert _v(text, 2016) == [], text


# ---------------------------------------------------------------- the previous level opening the next sentence
def test_net_change_with_the_previous_level_in_the_next_sentence():
    text = "全市城市书房达到64个，较上年末增加{n}个。上年末全市城市书房为52个，布局更加均衡。"
    assert _v(text.format(n="12")) == ["consistent"]
    assert _v(text.format(n="14")) == ["inconsistent"]


def test_previous_level_of_another_place_or_thing_is_left_alone():
    assert _v("全市城市书房达到64个，较上年末增加14个。上年末全省城市书房为520个。") == []
    assert _v("全市城市书房达到64个，较上年末增加14个。上年末全市农家书屋为52个。") == []


# ---------------------------------------------------------------- a task set between the levels is no second flow
def test_task_set_between_previous_and_current_is_no_flow():
    text = ("截至上年底，全县累计建成高效节水灌溉面积32.6万亩。今年，市下达我县新建高效节水灌溉面积任务4万亩。\n"
            "二、完成情况\n全年新建高效节水灌溉面积4.3万亩。截至年底，全县累计建成高效节水灌溉面积{c}万亩。")
    assert _v(text.format(c="36.9")) == ["consistent"]
    assert _v(text.format(c="37.4")) == ["inconsistent"]
