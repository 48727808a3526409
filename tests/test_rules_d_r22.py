"""Shares, round 22 (mechanisms from the misses and false alarms of tuning36/37 and rv25/rv26; sentences invented).

percent_sum: two shares whose names differ by one head on a shared tail, after a whole named by both heads fused
(进出口 → 出口/进口, 中小学 → 中学/小学), split that whole; 其中 heading the first of two shares is no split of an item
for the second; a classification lead after the things classified (整改措施按完成时限分，) announces a complete list.
share_of_total: a two-word rate (验收合格率, 登记合格率) whose first word names things counted in its own sentence takes
nothing from the sentence before; a share named by the act that drew a sample (从N个中抽查M个，抽查面占…) is M of N;
shares of one sentence making 100 whose parts fall short of the total are of the parts' sum; a clause naming a thing
not done (…未能完成，完成率…) takes the rate from the count before it; a count of the same things in the rate's own
paragraph, fitting the rate, stays the alarm of a whole taken from another paragraph.
granularity: a level risen since last year (由上年的a%提高到b%) is no share of the things the year counted beside it."""
import pytest

from analysis.rules.shares import granularity, percent_sum, share_of_total
from rules_cases import YEARS, rule_verdicts, share_alarms

_rows = rule_verdicts
_bad = share_alarms


# ---------------------------------------------------------------- a whole named by its two halves fused
_FUSED = "本年度全县中小学在校生4.2万人，其中中学生占{a}、小学生占{b}。"


@pytest.mark.parametrize("year", YEARS)
def test_fused_whole_split_by_its_halves(year):
    assert _rows(percent_sum, _FUSED.format(a="38.5%", b="61.5%"), year) == ["consistent"]
    # broken: the halves make 101.5
    assert _rows(percent_sum, _FUSED.format(a="38.5%", b="63.0%"), year) == ["inconsistent"]


def test_fused_whole_decoys():
    # two shares of unrelated names after the fused whole: no partition known
    assert _rows(percent_sum, "本年度全县中小学在校生4.2万人，其中中学生占38.5%、寄宿生占63.0%。") == []
    # halves with no fused whole named before them
    assert _rows(percent_sum, "本年度全县学生4.2万人，其中中学生占38.5%、小学生占63.0%。") == []


# ---------------------------------------------------------------- the things classified named before the cut
_CUT = "今年共梳理风险隐患132项。隐患按风险等级分，重大风险类占{a}、较大风险类占{b}、一般风险类占{c}。"


@pytest.mark.parametrize("year", YEARS)
def test_classification_after_its_subject(year):
    assert _rows(percent_sum, _CUT.format(a="12.1%", b="30.3%", c="57.6%"), year) == ["consistent"]
    # broken: the three classes make 103.0
    assert _rows(percent_sum, _CUT.format(a="12.1%", b="33.3%", c="57.6%"), year) == ["inconsistent"]


def test_classification_decoy_partial_list():
    # no cut announced: two shares that fall short of 100 are a partial list
    assert _rows(percent_sum, "今年共梳理风险隐患132项。重大风险类占12.1%、较大风险类占30.3%。") == []


# ---------------------------------------------------------------- a two-word rate over its own sentence's things
_OWN = "全年抽检饮用水样品80份，合格72份，水质合格率90.0%。年内对{n}座新建泵站开展竣工验收，验收合格率为{p}。"


@pytest.mark.parametrize("year", YEARS)
def test_two_word_rate_takes_its_own_sentence(year):
    text = _OWN.format(n=16, p="93.8%")  # 15/16
    assert "inconsistent" not in _rows(share_of_total, text, year)
    assert _rows(granularity, text, year) == ["consistent"]
    # broken: 95% of 16 fits no whole number — and 72/80 is not its pairing
    broken = _OWN.format(n=16, p="95%")
    assert _rows(granularity, broken, year) == ["inconsistent"]
    assert "inconsistent" not in _rows(share_of_total, broken, year)


def test_two_word_rate_decoy_registered_count():
    # the rate's first word (登记) names a count of its own sentence: the last sentence's counts are no pairing
    text = "全年检查农贸市场摊位300个，检查合格279个，合格率93.0%。办理婚育登记1,250对，登记合格率100%。"
    assert ("share_of_total", "inconsistent") not in _bad(text)


# ---------------------------------------------------------------- a share of the pool a sample was drawn from
_DRAWN = "对乡镇财政所开展专项检查，从全县15个乡镇中抽查6个，抽查面占{p}，查出问题23个。"


@pytest.mark.parametrize("year", YEARS)
def test_share_drawn_from_pool(year):
    assert _rows(share_of_total, _DRAWN.format(p="40%"), year) == ["consistent"]
    assert _rows(granularity, _DRAWN.format(p="40%"), year) == []  # (not a share of the 6 drawn)
    # broken: 6 of 15 is 40%, not 45%
    assert _rows(share_of_total, _DRAWN.format(p="45%"), year) == ["inconsistent"]


def test_share_drawn_decoy_outcome_rate():
    # a rate of an outcome among the ones drawn is no share of the pool
    assert _rows(share_of_total, "从全县15个乡镇中抽查6个，合格率为83.3%。") == []


# ---------------------------------------------------------------- shares of a narrower whole, the parts' sum
_NARROW = ("全年资金支出合计1,250万元，其中人员经费540万元，公用经费360万元，结转下年350万元。当年实际支出中，人员经费占{a}，"
           "公用经费占{b}。")


@pytest.mark.parametrize("year", YEARS)
def test_shares_of_the_parts_sum(year):
    # 540/900 = 60%, 360/900 = 40% (of the 900 spent, not the 1,250 with the carry-over)
    assert ("share_of_total", "inconsistent") not in _bad(_NARROW.format(a="60%", b="40%"), year)
    # broken: 65% fits neither the 900 nor the 1,250
    assert "inconsistent" in _rows(share_of_total, _NARROW.format(a="65%", b="35%"), year)


def test_shares_of_the_parts_sum_decoy_no_hundred():
    # one share alone, not a list making 100: the total named stays its whole
    text = "全年资金支出合计1,250万元，其中人员经费540万元，公用经费360万元，结转下年350万元。人员经费占60%。"
    assert "inconsistent" in _rows(share_of_total, text)


# ---------------------------------------------------------------- a rate of the one thing not done
_UNMET = "年初确定重点任务5项，年末完成4项，{mid}完成率{p}。"


@pytest.mark.parametrize("year", YEARS)
def test_rate_of_the_thing_not_done(year):
    # the rate after the clause naming the task not done is that task's own
    assert _rows(share_of_total, _UNMET.format(mid="老旧管网改造因资金原因未能完成，", p="92.6%"), year) == []
    # without that clause the rate is of the 5 tasks: 4/5 = 80%, not 92.6%
    assert _rows(share_of_total, _UNMET.format(mid="", p="92.6%"), year) == ["inconsistent"]
    assert _rows(share_of_total, _UNMET.format(mid="", p="80%"), year) == ["consistent"]


# ---------------------------------------------------------------- a count of the same things in the rate's paragraph
_CASES = ("市政协收到委员提交的提案450件，经审查立案400件。\n截至年底，400件立案提案已全部办复，办复率100%。"
          "从办理结果看，已解决的A类提案260件，占65.0%；B类提案140件，占35.0%。对办理结果表示满意的提案{k}件，满意率{p}。")


@pytest.mark.parametrize("year", YEARS)
def test_rate_of_the_count_in_its_own_paragraph(year):
    # 368/400 = 92.0%: the paragraph's own count, not the 450 received in the paragraph before
    assert ("share_of_total", "inconsistent") not in _bad(_CASES.format(k=368, p="92.0%"), year)
    # broken: 95.0% fits neither 400 nor 450
    assert "inconsistent" in _rows(share_of_total, _CASES.format(k=368, p="95.0%"), year)


# ---------------------------------------------------------------- a level risen since last year
_RISEN = "全年引进新设备14台，其中国产设备占比由上年的{a}提高到{b}。"


@pytest.mark.parametrize("year", YEARS)
def test_risen_level_is_no_share_of_the_count(year):
    assert _rows(granularity, _RISEN.format(a="41.2%", b="47.6%"), year) == []


def test_risen_level_decoy_plain_share():
    # no earlier level: a share of the 14 counted, 47.6% fits no whole number of 14 — the row stays
    assert _rows(granularity, "全年引进新设备14台，其中国产设备占47.6%。") == ["inconsistent"]
