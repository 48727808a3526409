"""target_met, round 19 (second pass): targets listed under a heading of the year's targets (目标有：…), judged against
the values reported later by a comparison claim after the value (高于目标要求 / 低于控制目标), past a clause on the
change over the year; values named more fully or with words left out; deaths counted after the events; a claim on
works listed by short names (甲改、乙房等任务均完成…). Sentences invented."""
from analysis.rules.targets import target_met
from rules_cases import run


def _rows(text: str, year: int = 2021) -> list[tuple[str, str]]:
    return [(r["verdict"], r["span"]) for r in run(target_met, text, year)]


def _at(text: str, anchor: str, year: int = 2021) -> list[str]:
    return [r["verdict"] for r in run(target_met, text, year) if anchor in r["span"]]


_HEAD = "一、年度目标\n年初市政府下达我局主要目标：{targets}。\n二、完成情况\n{done}\n"


# --- a comparison claim right after the value: 高于/超过…目标要求 for a floor, 低于/少于…目标 for a ceiling ----------------

def test_comparison_claim_after_value_is_judged():
    text = _HEAD.format(targets="农产品抽检合格率稳定在98%以上，新建村级服务站30个",
                        done="全年农产品抽检合格率{v}%，高于市定目标。新建村级服务站31个。")
    assert _at(text.format(v="98.6"), "高于市定目标") == ["consistent"]
    assert _at(text.format(v="97.4"), "高于市定目标") == ["inconsistent"]


def test_ceiling_claim_below_target():
    text = _HEAD.format(targets="重大动物疫情发生率控制在2‰以下，新建冷库12座",
                        done="全年重大动物疫情发生率{v}‰，低于控制目标。新建冷库12座。")
    assert _at(text.format(v="1.4"), "低于控制目标") == ["consistent"]
    assert _at(text.format(v="2.6"), "低于控制目标") == ["inconsistent"]


def test_benchmark_comparison_is_no_target_claim():
    # 高于全省平均水平 compares with a benchmark, not the target: the value's row stays silent (consistent either way)
    text = _HEAD.format(targets="农产品抽检合格率稳定在98%以上，新建村级服务站30个",
                        done="全年农产品抽检合格率97.4%，高于全省平均水平。新建村级服务站31个。")
    assert "inconsistent" not in [v for v, _ in _rows(text)]


def test_claim_after_change_clause():
    text = _HEAD.format(targets="适龄儿童入园率达到88%以上，新增学位900个",
                        done="全年适龄儿童入园率{v}%，比上年提高2.1个百分点，实现目标要求。新增学位960个。")
    assert _at(text.format(v="89.5"), "实现目标要求") == ["consistent"]
    assert _at(text.format(v="87.2"), "实现目标要求") == ["inconsistent"]


# --- a list of targets opened by 目标有：, with 三年 inside an item's name --------------------------------------------------

def test_targets_listed_with_you_colon():
    text = ("一、主要目标\n2021年，我局承担的主要目标有：学前三年毛入园率达到90%以上；义务教育巩固率达到97%以上。\n"
            "二、目标完成情况\n（一）全县学前三年毛入园率92.4%。\n（二）义务教育巩固率{v}%，达到目标要求。\n三、自评结论\n{claim}\n")
    assert _at(text.format(v="97.8", claim="各项主要目标全面完成。"), "达到目标要求") == ["consistent"]
    assert _at(text.format(v="96.1", claim="各项主要目标全面完成。"), "达到目标要求") == ["inconsistent"]
    assert _at(text.format(v="96.1", claim="各项主要目标全面完成。"), "全面完成") == ["inconsistent"]


def test_three_year_span_still_blocks_a_plan_list():
    # 三年行动 names a span of years: its targets are no year's targets
    text = ("一、主要目标\n根据三年行动方案，主要目标有：到2023年学前三年毛入园率达到95%以上。\n"
            "二、完成情况\n全县学前三年毛入园率92.4%，达到目标要求。\n")
    assert "inconsistent" not in [v for v, _ in _rows(text)]


def test_completion_heading_words_are_no_claim():
    text = ("现将我局2021年各项工作目标完成情况报告如下。\n一、主要目标\n2021年，我局承担的主要目标有：义务教育巩固率达到97%以上。\n"
            "二、完成情况\n义务教育巩固率96.1%。\n")
    assert [v for v, s in _rows(text) if "情况" in s] == []


# --- values named more fully, or with words left out ----------------------------------------------------------------

def test_value_named_most_fully_wins():
    text = _HEAD.format(targets="药品抽检合格率保持在96%以上，新增执业药师40名",
                        done="全年药品抽检合格率{v}%，超过目标要求。对12家诊所开展检查，合格率为75%。新增执业药师44名。")
    assert _at(text.format(v="97.1"), "超过目标要求") == ["consistent"]
    assert _at(text.format(v="95.2"), "超过目标要求") == ["inconsistent"]


def test_name_with_words_left_out():
    text = ("一、年度目标\n县政府下达我局主要目标：城乡居民医疗保险参保率达到96%以上，新建村卫生室20个。\n"
            "二、完成情况\n全县居民参保率{v}%。新建村卫生室22个。\n三、总体评价\n全年，我局全面完成年度目标任务。\n")
    assert _at(text.format(v="94.3"), "全面完成年度目标任务") == ["inconsistent"]
    assert _at(text.format(v="96.8"), "全面完成年度目标任务") == ["consistent"]


def test_unrelated_name_sharing_only_the_tail_is_not_paired():
    text = ("一、年度目标\n县政府下达我局主要目标：城乡居民医疗保险参保率达到96%以上。\n"
            "二、完成情况\n全县企业职工工伤保险覆盖率91.2%。\n")
    assert "inconsistent" not in [v for v, _ in _rows(text)]


# --- deaths counted after the events they are of ------------------------------------------------------------------

def test_deaths_after_events_against_ceiling():
    text = _HEAD.format(targets="完成水运投资2.4亿元，水上交通事故死亡人数控制在3人以内",
                        done="全年完成水运投资2.5亿元。全年发生水上交通事故2起，死亡{v}人，控制在目标以内。")
    assert _at(text.format(v="2"), "控制在目标以内") == ["consistent"]
    assert _at(text.format(v="5"), "控制在目标以内") == ["inconsistent"]


# --- works listed by short names, then one claim on all of them --------------------------------------------------------

_LISTED = ("一、主要目标\n年初省政府确定我局主要目标：农村危房改造1,200户，新建公共租赁住房600套。\n"
           "二、完成情况\n全年农村危房改造1,260户；新建公共租赁住房{v}套，为年度计划的{p}%。\n"
           "三、总结\n危改、公租房等任务均超额完成省下达的年度任务。\n")


def test_short_named_works_claim():
    assert _at(_LISTED.format(v="540", p="90"), "均超额完成") == ["inconsistent"]
    assert _at(_LISTED.format(v="630", p="105"), "均超额完成") == ["consistent"]


def test_short_names_that_match_no_pair_leave_no_row():
    text = _LISTED.format(v="540", p="90").replace("危改、公租房", "治超、绿化")
    assert _at(text, "均超额完成") == []


# --- a count over the count its target names: 新建X 58处，超过50处的年度目标 ------------------------------------------------

def test_count_over_named_target_count():
    text = "今年新建口袋公园{v}处，超过20处的年度目标。"
    assert _at(text.format(v="23"), "年度目标", 2022) == ["consistent"]
    assert _at(text.format(v="18"), "年度目标", 2022) == ["inconsistent"]
    # a base of another unit before the claim is no achieved value
    assert _at("今年投入资金23万元，超过20处的年度目标。", "年度目标", 2022) == []


# --- common.in_plan: under a heading naming an area of targets, a sentence that sets none is a result or a base ----------

def test_prior_year_base_under_targets_heading():
    from analysis.rules.growth import growth
    text = ("一、年度目标任务\n年初，区政府下达火灾控制指标：火灾死亡人数控制在5人以内。2020年全区火灾死亡8人。\n"
            "二、工作成效\n全年全区发生火灾120起、死亡6人，死亡人数同比下降{p}%。\n")
    assert [r["verdict"] for r in run(growth, text.format(p="25.0"), 2021)] == ["consistent"]
    assert [r["verdict"] for r in run(growth, text.format(p="20.0"), 2021)] == ["inconsistent"]
    # a year ahead under the same heading is a plan, never the base
    ahead = text.replace("2020年全区火灾死亡8人", "2022年全区火灾死亡人数力争降至8人")
    assert "inconsistent" not in [r["verdict"] for r in run(growth, ahead.format(p="20.0"), 2021)]


def test_self_check_targets_heading_reads_results():
    from analysis.rules.shares import share_of_total
    text = ("某镇2021年度目标责任考核自查报告\n一、经济发展目标\n全年完成财政收入1,286万元，为县下达任务1,150万元的111.8%，"
            "其中税收收入1,042万元，占财政收入的{p}%。\n")
    assert [r["verdict"] for r in run(share_of_total, text.format(p="81.0"), 2021)] == ["consistent"]
    assert [r["verdict"] for r in run(share_of_total, text.format(p="86.0"), 2021)] == ["inconsistent"]
    # the same heading in a plan (no self-check title) still states targets
    plan = text.replace("某镇2021年度目标责任考核自查报告", "某镇2022年工作要点")
    assert "inconsistent" not in [r["verdict"] for r in run(share_of_total, plan.format(p="86.0"), 2021)]
