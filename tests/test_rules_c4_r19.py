"""target_met and growth, round 19 (fourth pass): sentences invented, in phrasings of the helper's own."""
from analysis.rules.targets import target_met
from rules_cases import run


def _at(text: str, anchor: str, year: int = 2022) -> list[str]:
    return [r["verdict"] for r in run(target_met, text, year) if anchor in r["span"]]


def _verdicts(text: str, year: int = 2022) -> list[str]:
    return [r["verdict"] for r in run(target_met, text, year)]


# --- 为…的N% after a dated mid-year status and then the year-end value: the percentage is of the year-end value ---

_STATUS = "今年下达学校维修任务{t}所，截至9月底完成维修{m}所，年末累计完成维修{y}所，为年度任务的{p}%。"


def test_pct_after_midyear_status_is_of_the_yearend_value():
    assert _at(_STATUS.format(t=40, m=22, y=43, p="107.5"), "107.5%") == ["consistent"]
    # the broken twin: the percentage does not fit the year-end value
    assert _at(_STATUS.format(t=40, m=22, y=43, p="112.5"), "112.5%") == ["inconsistent"]
    # (nor does it fit the mid-year status, which is no longer the value judged)
    assert _at(_STATUS.format(t=40, m=22, y=43, p="55.0"), "55.0%") == ["inconsistent"]


def test_part_after_dated_total_is_no_yearend_value():
    # decoy: a part (其中) after a dated total is no year-end value; the percentage still reads the total
    text = "今年下达学校维修任务40所，截至9月底完成维修43所，其中完成校舍加固18所，为年度任务的107.5%。"
    assert "inconsistent" not in _verdicts(text)


# --- 年初确定的X、Y等主要预期目标全面完成: a claim whose own sentence lists its targets, each against its value ---

_NAMED = ("全市规上工业增加值完成88.6亿元，增长{g}%。年初市政府确定的规上工业增加值增长7%、"
          "新增市场主体5000户等主要预期目标{claim}。全年新增市场主体{n}户，为年度目标的{p}%。")


def test_claim_naming_its_targets_judged_on_each():
    text = _NAMED.format(g="7.6", claim="全部实现", n="5150", p="103.0")
    assert _at(text, "全部实现") == ["consistent", "consistent"]
    # the list's targets (预期目标) also judge the percentage of the one named so
    assert _at(text, "103.0%") == ["consistent"]


def test_claim_naming_its_targets_broken_twin():
    # the growth target missed: the claim on it fails, the other target's row still holds
    assert sorted(_at(_NAMED.format(g="6.4", claim="全部实现", n="5150", p="103.0"), "全部实现")) == [
        "consistent", "inconsistent"]
    assert sorted(_at(_NAMED.format(g="7.6", claim="全部实现", n="4820", p="96.4"), "全部实现")) == [
        "consistent", "inconsistent"]


def test_targets_listed_without_a_claim_judge_nothing():
    # decoy: the list is followed by a plan, not a claim; and a metric named twice is no sure pairing
    text = _NAMED.format(g="6.4", claim="需持续发力", n="4820", p="96.4")
    assert _at(text, "需持续发力") == []
    text = ("全市新增市场主体4100户，其中个体新增市场主体4820户。年初市政府确定的新增市场主体5000户等主要预期目标"
            "全部实现。全年新增市场主体4820户。")
    assert "inconsistent" not in _verdicts(text)


# --- a target and its value named by the work after the number (完成12座水闸加固): matched on that work ---

_WORK = ("年初确定的工作目标为：完成16座小型水闸加固，新增有效灌溉面积1.2万亩。\n二、完成情况\n"
         "全年完成{n}座小型水闸加固，为目标的{p}%；新增有效灌溉面积1.3万亩。{claim}")


def test_work_named_after_number_pairs_pct_and_claim():
    text = _WORK.format(n=17, p="106.3", claim="年初确定的目标全面完成。")
    assert _at(text, "106.3%") == ["consistent"]
    assert _at(text, "目标全面完成") == ["consistent", "consistent"]


def test_work_named_after_number_broken_twin():
    # the stated percentage is right, the claim over all targets is not
    text = _WORK.format(n=14, p="87.5", claim="年初确定的目标全面完成。")
    assert _at(text, "87.5%") == ["consistent"]
    assert sorted(_at(text, "目标全面完成")) == ["consistent", "inconsistent"]
    assert _at(_WORK.format(n=14, p="93.8", claim=""), "93.8%") == ["inconsistent"]


def test_other_work_after_number_is_no_pair():
    # decoy: the value names other work after its number (泵站, not 水闸): neither the percentage nor the claim pairs
    text = ("年初确定的工作目标为：完成16座小型水闸加固。\n二、完成情况\n全年完成14座小型泵站改造，为目标的93.8%。"
            "年初确定的目标全面完成。")
    assert "inconsistent" not in _verdicts(text)


# --- 上年…提出X率达到N%以上，这一目标如期实现: the claim points back at the rate set in the clause before it ---

_BACK = "今年共受理投诉案件240件，按时办结{d}件，按时办结率{r}%。上年工作会议提出案件按时办结率达到95%以上，{c}。"


def test_claim_on_this_target_judged_on_the_named_rate():
    assert _at(_BACK.format(d=233, r="97.1", c="这一目标如期实现"), "这一目标") == ["consistent"]
    assert _at(_BACK.format(d=233, r="97.1", c="已顺利完成这一目标"), "这一目标") == ["consistent"]


def test_claim_on_this_target_broken_twin():
    assert _at(_BACK.format(d=221, r="92.1", c="这一目标如期实现"), "这一目标") == ["inconsistent"]


def test_claim_on_this_target_decoys():
    # a rate of another name before (满意率), and two rates that both end the name: no sure pairing, no row
    text = "今年群众满意率92.1%。上年工作会议提出案件按时办结率达到95%以上，这一目标如期实现。"
    assert _at(text, "这一目标") == []
    text = "全部案件中，办结率92.1%，按时办结率90.2%。上年工作会议提出案件按时办结率达到95%以上，这一目标如期实现。"
    assert _at(text, "这一目标") == []
