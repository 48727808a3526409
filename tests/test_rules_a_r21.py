"""cross_reference, round 21 (helper A): which partner a restatement is read against. A sentence in another paragraph
that repeats one of an earlier sentence's figures word for word restates that sentence, so its other figures are read
against that sentence's figures of related names (shortened, reordered, a total's tail dropped, 规上 for 规模以上) with
any change of digits, not only two swapped; a count told after its noun with the verb before it (全年办理的…件…)
restates the count of that noun named before; 去年底， leading a sentence dates it to the year before. Decoys: bare or
grand-total names, a narrower class, a part (已…的, 其中), another year. Sentences invented."""
from analysis.rules.crossref import cross_reference

from rules_cases import run


def _rows(text, verdict, year=2022):
    return [r["stated"] for r in run(cross_reference, text, year) if r["verdict"] == verdict]


# ---------------------------------------------------------------- a sentence restated in another paragraph
_FUNDS = ("一、项目争取\n全年共落实上级补助资金{a}亿元，推进重点项目41个。\n二、主要措施\n强化项目储备，完善调度机制。\n"
          "三、总体评价\n综上，全年落实补助资金{b}亿元，推进项目41个，各项工作扎实有效。")


def test_restated_sentence_with_a_shortened_name():
    assert "2.73亿元; 2.73亿元" in _rows(_FUNDS.format(a="2.73", b="2.73"), "consistent")
    # 2.73 / 2.93: not two digits swapped — the repeated 41个 pins the sentence restated
    assert _rows(_FUNDS.format(a="2.73", b="2.93"), "inconsistent") == ["2.73亿元; 2.93亿元"]


def test_restated_sentence_with_a_total_tail_dropped_and_names_reordered():
    text = ("一、总体情况\n2022年，全县接待游客总人数达到{a}万人次，实现旅游综合收入41.7亿元。\n"
            "二、旅游市场\n全年接待游客{b}万人次，旅游综合收入41.7亿元。")
    assert _rows(text.format(a="562", b="562"), "consistent")[:1] == ["562万人次; 562万人次"]
    assert _rows(text.format(a="562", b="592"), "inconsistent") == ["562万人次; 592万人次"]
    reordered = ("一、采购执行\n我局实际采购金额{a}万元，节约财政资金377万元。\n二、年度小结\n"
                 "全年政府采购实际金额共计{b}万元，节约财政资金377万元。")
    assert _rows(reordered.format(a="6,215", b="6,245"), "inconsistent") == ["6,215万元; 6,245万元"]


def test_abbreviation_of_above_scale_reads_as_the_full_name():
    text = ("一、概况\n截至年底，全镇共有规模以上工业企业{a}家，全年实现规上工业产值27.4亿元。\n"
            "二、工业经济\n年末规上工业企业达到{b}家，规上工业产值27.4亿元。")
    assert _rows(text.format(a="39", b="44"), "inconsistent") == ["39家; 44家"]


def test_restated_sentence_decoys_stay_quiet():
    assert _rows(_FUNDS.format(a="2.73", b="2.93"), "inconsistent")  # (the twin that is read)
    # a bare verb (死亡) against a narrower class (婴儿死亡): no one metric
    births = ("一、人口\n全年出生6,318人，死亡4,902人。\n二、妇幼健康\n全市出生6,318人，婴儿死亡23人，孕产妇死亡1人。")
    assert _rows(births, "inconsistent") == []
    # a grand total (收入总计) restates no part of it
    grand = ("一、收入\n一般公共预算收入12.46亿元，上级补助收入8.1亿元。\n二、平衡\n一般公共预算收入12.46亿元，"
             "加上级补助收入8.1亿元，收入总计20.56亿元。")
    assert _rows(grand, "inconsistent") == []
    # a whole restated to take a part from it (…中，地方…)
    part = ("一、概况\n一年来，全区财政收入6.14亿元，增长9.8%。\n二、社会事业\n财政收入6.14亿元中，地方财政收入3.92亿元，"
            "占63.8%。")
    assert _rows(part, "inconsistent") == []
    # no value repeated and no summing-up: nothing pins the sentence (a narrower class may be meant)
    loose = _FUNDS.replace("推进项目41个", "推进项目38个").replace("综上，", "").format(a="2.73", b="2.93")
    assert "2.73亿元; 2.93亿元" not in _rows(loose, "inconsistent")
    # a flow and a running total under related names
    running = ("一、建设\n全年新建养老服务站{a}个，服务老年人5,120人次。\n二、小结\n累计建成养老服务站{b}个，"
               "服务老年人5,120人次。")
    assert _rows(running.format(a="14", b="63"), "inconsistent") == []


# ---------------------------------------------------------------- a count told after its noun, the verb before
_MIXED = ("一、基本情况\n今年我办共受理群众来信来访事项{a}件，转办督办76件。\n二、主要做法\n坚持领导包案，落实首办责任。\n"
          "三、办理结果\n全年受理的{b}件来信来访事项均已按期办结。")


def test_count_after_its_noun_restates_the_count_named_before():
    assert _rows(_MIXED.format(a="268", b="268"), "consistent") == ["268件; 268件"]
    assert _rows(_MIXED.format(a="268", b="256"), "inconsistent") == ["268件; 256件"]


def test_count_after_its_noun_in_chinese_numerals():
    text = ("一、总体情况\n今年我县共实施民生实事项目{a}，完成投资3.9亿元。\n二、具体进展\n"
            "全年实施的{b}民生实事项目已全部完成。")
    assert _rows(text.format(a="十五项", b="15项"), "consistent") == ["十五项; 15项"]
    assert _rows(text.format(a="十五项", b="16项"), "inconsistent") == ["十五项; 16项"]


def test_count_after_its_noun_decoys_stay_quiet():
    assert _rows(_MIXED.format(a="268", b="256"), "inconsistent")  # (the twin that is read)
    # another verb (办结 of what was 受理) or a part (已…, 其中, 对…) is not the count restated
    for lead in ("全年办结的", "其中受理的", "对受理的"):
        text = _MIXED.replace("全年受理的", lead).format(a="268", b="256")
        assert _rows(text, "inconsistent") == [], lead


# ---------------------------------------------------------------- 去年底， dates the sentence it leads
def test_end_of_last_year_leading_a_sentence_is_the_year_before():
    text = ("一、队伍建设\n去年底，全区注册社工{a}人。今年新增持证社工320人。\n二、阵地建设\n目前，全区注册社工总数达{b}人。")
    assert _rows(text.format(a="2,140", b="2,460"), "inconsistent") == []


def test_count_after_its_noun_with_its_holder_or_as_the_whole_set():
    held = ("一、基本情况\n大会期间，代表共提出建议196件，由县政府系统承办的有{a}件。\n二、办理情况\n"
            "县政府系统承办的{a}件建议已全部办复。\n三、小结\n综上，今年县政府系统共承办代表建议{b}件，全部按时办复。")
    assert _rows(held.format(a="183", b="138"), "inconsistent") == ["183件; 138件"]
    whole = ("一、概况\n今年，我局共承办政协提案{a}件，其中主办15件。\n二、满意度情况\n在所有承办的{b}件提案中，"
             "委员表示满意的22件。")
    assert _rows(whole.format(a="24", b="24"), "consistent") == ["24件; 24件"]
    assert _rows(whole.format(a="24", b="26"), "inconsistent") == ["24件; 26件"]


# ---------------------------------------------------------------- a table's row restated in the text, in any unit
def test_table_row_restated_in_another_unit():
    gap = ("表1 一般公共预算收入执行情况（单位：万元）\n项目  执行数  增长（%）\n一般公共预算收入  {a}  6.2\n"
           "税收收入  62,140  5.1\n\n全年一般公共预算收入完成{b}亿元，增长6.2%。")
    assert _rows(gap.format(a="86,020", b="8.60"), "consistent") == ["86,020; 8.60亿元"]
    assert _rows(gap.format(a="86,020", b="8.65"), "inconsistent") == ["86,020; 8.65亿元"]
    bars = ("主要指标\n指标 | 2022年\n全体居民人均可支配收入 | {a}元\n农村居民人均可支配收入 | 17,930元\n\n"
            "全年全体居民人均可支配收入{b}万元，农村居民人均可支配收入1.79万元。")
    assert _rows(bars.format(a="31,240", b="3.12"), "consistent")[:1] == ["31,240元; 3.12万元"]
    assert _rows(bars.format(a="31,240", b="3.21"), "inconsistent") == ["31,240元; 3.21万元"]
    lines = ("一般公共预算支出　{a}万元\n其中：教育支出　21,460万元\n\n一、支出执行情况。全年一般公共预算支出"
             "{b}亿元，教育支出2.15亿元。")
    assert _rows(lines.format(a="93,180", b="9.32"), "consistent")[:1] == ["93,180万元; 9.32亿元"]
    assert "93,180万元; 9.23亿元" in _rows(lines.format(a="93,180", b="9.23"), "inconsistent")


def test_table_row_decoys_stay_quiet():
    assert _rows(("指标 | 2022年\n全体居民人均可支配收入 | 31,240元\n\n全年全体居民人均可支配收入3.21万元。"),
                 "inconsistent")  # (the twin that is read)
    # two years in the row: which one the text means is not certain
    two = ("指标 | 2021年 | 2022年\n全体居民人均可支配收入 | 29,870元 | 31,240元\n\n全年全体居民人均可支配收入3.21万元。")
    assert _rows(two, "inconsistent") == []
    # the budget column is not the result the text gives
    budget = ("项目  预算数  执行数\n一般公共预算收入  84,500  86,020\n税收收入  61,000  62,140\n\n"
              "年初一般公共预算收入预算安排8.45亿元。")
    assert _rows(budget, "inconsistent") == []


# ---------------------------------------------------------------- 规上 is 规模以上
def test_above_scale_abbreviated_keys_the_same_metric():
    text = ("一、总体情况\n全年全县规模以上工业总产值{a}亿元，工业用电量12.6亿千瓦时。\n"
            "二、工业经济\n规上工业总产值{b}亿元，规上工业企业达到64家。")
    assert _rows(text.format(a="48.3", b="46.3"), "inconsistent") == ["48.3亿元; 46.3亿元"]


# ---------------------------------------------------------------- the overview restated by the closing line
_OVERVIEW = ("某区住建局关于区人大代表建议办理情况的报告\n一、基本情况\n今年，我局共承办区十六届人大二次会议代表建议{a}件，"
             "其中主办27件。\n二、主要做法\n建立台账，逐件督办。\n三、下步打算\n今年共办理区人大代表建议{b}件，全部按期答复。")


def test_closing_line_restates_the_overview_count():
    assert _rows(_OVERVIEW.format(a="33", b="33"), "consistent") == ["33件; 33件"]
    assert _rows(_OVERVIEW.format(a="33", b="36"), "inconsistent") == ["33件; 36件"]


def test_closing_line_decoys_stay_quiet():
    assert _rows(_OVERVIEW.format(a="33", b="36"), "inconsistent")  # (the twin that is read)
    # a closing line of plans, dated ahead
    assert _rows(_OVERVIEW.format(a="33", b="36").replace("今年共办理", "2023年力争办理"), "inconsistent") == []
    # counts named by the noun after them (4个方面23个问题 / 23个问题)
    nouns = ("一、整改总体情况\n巡察组共反馈4个方面23个具体问题，已完成整改19个。\n二、具体整改情况\n逐条销号。\n"
             "综上，巡察反馈的23个问题已整改19个。")
    assert _rows(nouns, "inconsistent") == []
    # a longer name in the summary: a narrower class
    narrower = _OVERVIEW.replace("今年共办理区人大代表建议{b}件", "今年共办理区人大代表重点督办建议{b}件")
    assert _rows(narrower.format(a="33", b="6"), "inconsistent") == []


# ---------------------------------------------------------------- rates: the repeat itself, and its sibling
def test_rate_repeated_in_a_summing_up_and_its_sibling():
    text = ("一、热线办理\n全年受理群众来电2.14万件，按期办结率{a}，来电群众满意率93.6%。\n二、年度小结\n"
            "全年办结率{b}、满意率93.6%，服务质效稳步提升。")
    assert "93.6%; 93.6%" in _rows(text.format(a="97.5%", b="97.5%"), "consistent")
    ratio = ("一、空气质量\n全年全县空气质量优良天数比率为91.2%，主城区优良天数比率为89.7%。\n二、评价\n"
             "全县优良天数比例91.2%，完成年度目标。")
    assert _rows(ratio, "consistent") == ["91.2%; 91.2%"]


def test_share_in_words_then_its_share_named():
    text = "全县规模以上工业企业142家，已完成数字化改造的{n}家，超过六成，占比{p}。"
    assert _rows(text.format(n="91", p="64.1%"), "consistent") == ["超过六成; 64.1%"]
    assert _rows(text.format(n="81", p="57.0%"), "inconsistent") == ["超过六成; 57.0%"]


def test_restated_sentence_of_the_bodys_own_part_stays_quiet():
    text = ("一、基本情况\n全市共有养老服务机构{a}家，床位1.46万张。\n二、我局工作\n{lead}养老机构{b}家，床位1.46万张。")
    assert _rows(text.format(a="86", lead="全市", b="88"), "inconsistent") == ["86家; 88家"]  # (the twin that is read)
    assert _rows(text.format(a="86", lead="局属", b="12"), "inconsistent") == []


# ---------------------------------------------------------------- a summing-up's shorter name, one digit off
_SHORTER = ("一、项目资金\n全年共争取上级专项资金{a}亿元，实施重点项目52个。\n二、主要措施\n加强项目储备。\n"
            "三、总体评价\n综上，全年争取上级资金{b}亿元，各项工作取得明显成效。")


def test_summing_up_with_a_shorter_name_and_one_digit_off():
    assert _rows(_SHORTER.format(a="3.46", b="3.46"), "consistent") == ["3.46亿元; 3.46亿元"]
    assert _rows(_SHORTER.format(a="3.46", b="3.56"), "inconsistent") == ["3.46亿元; 3.56亿元"]


def test_summing_up_with_a_shorter_name_decoys_stay_quiet():
    assert _rows(_SHORTER.format(a="3.46", b="3.56"), "inconsistent")  # (the twin that is read)
    # a value far off under the shorter name: a wider class may be meant
    assert _rows(_SHORTER.format(a="3.46", b="5.12"), "inconsistent") == []
    # the year's new ones and the stock at the year's end under a shorter name
    stock = ("一、市场主体\n全年新登记经营主体3.86万户，注销1.92万户。\n二、总体评价\n总之，年末实有经营主体3.96万户。")
    assert _rows(stock, "inconsistent") == []
