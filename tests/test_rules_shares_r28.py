"""Shares, round 28 (false alarms on real reports, shapes the synthetic corpus lacked): a figure stated as a share of
the named whole is one of its parts, never that whole (丙类5件，占受理投诉总量的… is not of 乙类96件，占受理投诉总量的…);
其中 after a split whose parts each carry their own share may split their whole or one part — whichever gives the
share, a weak pairing; a rate said of all of its kind (总体/整体/全区…) has no n in the count of a group picked out in the
clause before. Sentences invented."""
import pytest

from analysis.rules.shares import granularity, percent_sum, share_of_total

from rules_cases import YEARS, run, share_alarms


def _rows(rule, text, year=2020):
    return [(r["verdict"], r["stated"]) for r in run(rule, text, year)]


# ---------------------------------------------------------------- a part with its own share of the named whole
NAMED = ("全年处理消费投诉共320件，其中食品类投诉128件，占投诉总量的40.0%。药品类投诉96件，占投诉总量的{b}。"
         "其他类投诉40件，占投诉总量的12.5%。")


@pytest.mark.parametrize("year", YEARS)
def test_part_with_its_share_is_no_whole_of_the_next(year):
    rows = _rows(share_of_total, NAMED.format(b="30.0%"), year)
    assert [v for v, _ in rows] == ["consistent"] * 3
    assert all("of 320件" in s for _, s in rows)
    rows = _rows(share_of_total, NAMED.format(b="31.0%"), year)
    assert rows[1] == ("inconsistent", "31.0% (96件 of 320件)")
    assert [v for v, _ in rows] == ["consistent", "inconsistent", "consistent"]


@pytest.mark.parametrize("year", YEARS)
def test_named_whole_not_stated_gives_no_row(year):
    # the whole (投诉总量) is outside the text: no class is the whole of the next one
    text = ("全年处理消费投诉，其中食品类投诉128件，占投诉总量的40.0%。药品类投诉96件，占投诉总量的30.0%。"
            "其他类投诉40件，占投诉总量的12.5%。")
    assert share_alarms(text, year) == []
    trad = ("從辦理結果來看，已調解結案的（甲類）35件，占受理案件總數的38.46%。已裁決的（乙類）51件，占受理案件總數的56.04%。"
            "移送其他部門的（丙類）5件，占受理案件總數的5.49%。")
    assert share_alarms(trad, year) == []


@pytest.mark.parametrize("year", YEARS)
def test_share_of_another_whole_leaves_the_whole(year):
    # decoy: 320件 carries its own share, but of the city's total — it is still the whole its 其中 parts are of
    text = "全年受理投诉320件，占全市投诉总量的8.2%。其中食品类投诉128件，占受理投诉的40.0%，药品类投诉96件，占受理投诉的{b}。"
    assert _rows(share_of_total, text.format(b="30.0%"), year) == [
        ("consistent", "40.0% (128件 of 320件)"), ("consistent", "30.0% (96件 of 320件)")]
    assert _rows(share_of_total, text.format(b="32.0%"), year)[1] == ("inconsistent", "32.0% (96件 of 320件)")


# ---------------------------------------------------------------- 其中 after a split with its own shares
SPLIT = ("今年共收到会员建议60件，办复率100%。其中企业会员建议45件，占75.0%，团体会员建议15件，占25.0%。"
         "其中，融资服务类9件，占15.0%；营商环境类22件，占{b}；用工保障类14件，占23.3%；科技创新类8件，占13.3%；"
         "其他类7件，占11.7%。")


@pytest.mark.parametrize("year", YEARS)
def test_list_after_a_split_is_of_the_split_whole(year):
    text = SPLIT.format(b="36.7%")
    assert share_alarms(text, year) == []
    assert ("consistent", "36.7% (22件 of 60件)") in _rows(share_of_total, text, year)
    assert [v for v, _ in _rows(percent_sum, text, year)] == ["consistent", "consistent"]


@pytest.mark.parametrize("year", YEARS)
def test_list_after_a_split_wrong_share(year):
    rows = _rows(share_of_total, SPLIT.format(b="38.7%"), year)
    assert ("inconsistent", "38.7% (22件 of 60件)") in rows
    assert [v for v, _ in rows].count("inconsistent") == 1


@pytest.mark.parametrize("year", YEARS)
def test_list_after_a_split_whole_not_stated(year):
    # the split's whole is not stated: a class is judged against neither part
    text = ("今年收到会员建议，其中企业会员建议45件，占75.0%，团体会员建议15件，占25.0%。其中，融资服务类9件，占15.0%；"
            "营商环境类22件，占36.7%；用工保障类14件，占23.3%；科技创新类8件，占13.3%；其他类7件，占11.7%。")
    assert [r for r in share_alarms(text, year) if r[0] == "share_of_total"] == []


@pytest.mark.parametrize("year", YEARS)
def test_single_part_with_share_of_another_whole_still_split(year):
    # decoy: one figure with its share of a wider whole, then 其中 — it is what 其中 splits, surely
    text = "全年受理投诉320件，占全市投诉总量的8.2%。其中食品类投诉128件，占{b}。"
    assert _rows(share_of_total, text.format(b="40.0%"), year)[-1] == ("consistent", "40.0% (128件 of 320件)")
    assert _rows(share_of_total, text.format(b="41.0%"), year)[-1] == ("inconsistent", "41.0% (128件 of 320件)")


# ---------------------------------------------------------------- an overall rate after a group's count
@pytest.mark.parametrize("text", [
    "帮助残疾人就业38人，全县总体就业率达97.2%。",
    "培训农民工1200人，全区农民工就业率95.13%。",
    "实现高校毕业生就业52人，街道整体就业率达96.4%。",
])
def test_overall_rate_has_no_n_in_a_group(text):
    assert _rows(granularity, text) == []


@pytest.mark.parametrize("text, verdict", [
    # decoys: the count is all of the act the rate names (抽检), or is marked a total
    ("抽检食品5260批次，比上年的4380批次增长22.1%；抽检总体合格率97.8%。", "consistent"),
    ("抽检食品52批次，抽检总体合格率97.5%。", "inconsistent"),
    ("全区共有在册农民工40人，全区农民工就业率97.6%。", "inconsistent"),
    ("培训农民工40人，培训合格率97.6%。", "inconsistent"),
])
def test_overall_rate_keeps_its_own_count(text, verdict):
    assert [v for v, _ in _rows(granularity, text)] == [verdict]
