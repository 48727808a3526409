"""Round 19, helper B (second pass): 口 as a measure word of wells and ponds (figures), a heading naming results and
plans together (总结与下一步打算) is no plans section (common.plan_heading), a flow beside last year-end's level under a
heading that only names a field of targets (cumulative). Sentences invented."""
from analysis.rules.common import plan_heading
from analysis.rules.cumulative import cumulative_vs_new
from conftest import figures_of
from rules_cases import run, verdicts


def _texts(text, year=2020):
    return list(figures_of(text, year)["text"])


# --- 口 counts wells, ponds, pits ----------------------------------------------------------------------------------

def test_kou_after_a_number_is_a_count():
    f = figures_of("全年新打机电井36口，整修山塘1,205口。", 2020)
    assert list(f["text"]) == ["36口", "1,205口"]
    assert list(f["unit"]) == ["口", "口"] and list(f["kind"]) == ["count", "count"]


def test_kou_before_its_noun_is_a_count():
    assert _texts("建成集雨水窖80口水窖群", 2020) == ["80口"]


def test_kou_opening_a_word_is_no_unit():
    # decoys: 口 as the first character of a word, and words ending in 口 after a number's own unit
    assert _texts("开放2口岸，一口气办结，三口之家120户") == ["120户"]
    assert _texts("常住人口8.6万人，开设办事窗口14个，迁移户口350户，出口额2亿元") == ["8.6万人", "14个", "350户", "2亿元"]
    assert _texts("8.6万人口") == ["8.6万人"]


def test_kou_counts_add_up_in_a_running_total():
    text = "今年新建户用沼气池45口，累计建成{c}口（上年末累计212口）。"
    assert verdicts(cumulative_vs_new, text.format(c="257"), 2011) == ["consistent"]
    assert verdicts(cumulative_vs_new, text.format(c="275"), 2011) == ["inconsistent"]


# --- a heading of results and plans together --------------------------------------------------------------------

def test_mixed_heading_is_no_plan_heading():
    assert not plan_heading("四、总结与下一步打算", 2019)
    assert not plan_heading("三、主要成效和明年打算", 2019)
    assert not plan_heading("五、工作成绩及下步计划", 2019)
    # decoys: headings of plans only stay plans
    assert plan_heading("四、下一步工作打算", 2019)
    assert plan_heading("五、2020年工作思路", 2019)
    assert plan_heading("三、明年工作计划", 2019)


MIXED = ("一、主要工作\n上年末全县累计建成美丽乡村示范村58个；全年新建示范村16个。\n"
         "二、成效和明年打算\n截至年底，全县美丽乡村示范村累计达到{c}个。明年力争再建示范村20个。\n")


def test_total_under_a_mixed_heading_is_checked():
    assert verdicts(cumulative_vs_new, MIXED.format(c="74"), 2021) == ["consistent"]
    assert verdicts(cumulative_vs_new, MIXED.format(c="84"), 2021) == ["inconsistent"]
    # decoy: the same total stated as a goal under a plans-only heading
    plan = MIXED.replace("成效和明年打算", "明年工作打算").replace("截至年底，", "到年底，")
    assert "inconsistent" not in verdicts(cumulative_vs_new, plan.format(c="84"), 2021)


# --- a field of targets as the heading of a self-check ------------------------------------------------------------

GOAL_FIELD = "三、农村能源目标\n全年新增太阳能热水器410台，累计达到{c}台（上年末累计2,350台）。\n"


def test_flow_beside_last_year_end_under_a_targets_field_heading():
    assert verdicts(cumulative_vs_new, GOAL_FIELD.format(c="2,760"), 2008) == ["consistent"]
    assert verdicts(cumulative_vs_new, GOAL_FIELD.format(c="2,670"), 2008) == ["inconsistent"]


def test_plans_under_a_targets_heading_stay_plans():
    # decoys: a plan word in the sentence, a heading dated after the report's year, a plans heading
    planned = GOAL_FIELD.replace("全年新增", "计划新增")
    assert verdicts(cumulative_vs_new, planned.format(c="2,670"), 2008) == []
    later = GOAL_FIELD.replace("农村能源目标", "2009年农村能源目标")
    assert verdicts(cumulative_vs_new, later.format(c="2,670"), 2008) == []
    plans = GOAL_FIELD.replace("农村能源目标", "农村能源工作打算")
    assert verdicts(cumulative_vs_new, plans.format(c="2,670"), 2008) == []
    # and without 上年末 in the sentence the heading still makes the flow a goal
    bare = "三、农村能源目标\n全年新增太阳能热水器410台，累计达到2,670台。\n"
    assert "inconsistent" not in verdicts(cumulative_vs_new, bare, 2008)


# --- parts_sum: the rest after the ratings, kinds counted then valued respectively ---------------------------------

from analysis.rules.sums import parts_sum  # noqa: E402

RATED = "今年共承办政协提案{t}件，均已办结。委员表示满意的15件、基本满意的3件，其余1件正在跟进。"


def test_rest_after_the_ratings_is_rated_too():
    rows = run(parts_sum, RATED.format(t="19"), 2021)
    assert [r["verdict"] for r in rows] == ["consistent"]
    assert "15件 + 3件 + 1件" in rows[0]["computed"] and rows[0]["span"].endswith("其余1件")
    # the broken twin: the whole is stated otherwise (weak pairing: no claim, never a false one)
    assert "consistent" not in verdicts(parts_sum, RATED.format(t="21"), 2021)


def test_rest_not_right_after_the_ratings_is_no_rating():
    # decoy: 其余 in a later clause of another matter is not one of the rated items
    text = "今年共承办政协提案18件。委员表示满意的15件、基本满意的3件，会后又收到新的提案，其余1件待下次会议审议。"
    rows = run(parts_sum, text, 2021)
    assert [r["verdict"] for r in rows] == ["consistent"] and "15件 + 3件 = 18件" in rows[0]["computed"]


KINDS = "全年共受理群众来信来访46件。反映问题主要涉及征地拆迁、劳动保障和环境污染三个方面，分别为{a}件、15件和9件。"


def test_kinds_counted_then_valued_respectively():
    rows = run(parts_sum, KINDS.format(a="22"), 2021)
    assert [r["verdict"] for r in rows] == ["consistent"]
    assert "22件 + 15件 + 9件 = 46件" in rows[0]["computed"]
    assert "consistent" not in verdicts(parts_sum, KINDS.format(a="21"), 2021)


def test_values_not_as_many_as_the_kinds_counted():
    # decoy: three kinds counted, two values: no split of the whole
    text = "全年共受理群众来信来访37件。反映问题主要涉及征地拆迁、劳动保障和环境污染三个方面，分别为22件、15件。"
    assert verdicts(parts_sum, text, 2021) == []


SITES = "全年新打机井24眼，修建蓄水池38个、谷坊24座，合计{t}处。"


def test_works_of_several_measure_words_close_on_a_count_of_sites():
    rows = run(parts_sum, SITES.format(t="86"), 2015)
    assert [r["verdict"] for r in rows] == ["consistent"] and "24眼 + 38个 + 24座" in rows[0]["computed"]
    assert verdicts(parts_sum, SITES.format(t="68"), 2015) == ["inconsistent"]


def test_other_counts_do_not_add_into_sites():
    # decoys: people are no works, and a closing count in another measure word stays with its own unit
    assert verdicts(parts_sum, "全年新打机井24眼，培训农民技术员38人，合计62处。", 2015) == []
    assert verdicts(parts_sum, "全年新打机井24眼，修建蓄水池38个、谷坊24座，合计68项。", 2015) == []


# --- cumulative: last year-end's bare total in brackets beside the current one ------------------------------------

BARE_PREV = "全年推广节能灶具410台，累计推广{c}台（上年末累计2,350台）。"


def test_bare_last_year_end_total_beside_the_current_one():
    rows = run(cumulative_vs_new, BARE_PREV.format(c="2,760"), 2008)
    assert [r["verdict"] for r in rows] == ["consistent"] and "2,350台 + 410台" in rows[0]["computed"]
    assert verdicts(cumulative_vs_new, BARE_PREV.format(c="2,670"), 2008) == ["inconsistent"]


def test_bare_previous_total_of_another_act_or_year():
    # decoys: the year's figure is of another act, or the bracket dates the total years back
    other_act = BARE_PREV.replace("全年推广", "全年维修")
    assert "inconsistent" not in verdicts(cumulative_vs_new, other_act.format(c="2,670"), 2008)
    years_back = BARE_PREV.replace("上年末累计", "截至2005年底累计")
    assert "inconsistent" not in verdicts(cumulative_vs_new, years_back.format(c="2,670"), 2008)
