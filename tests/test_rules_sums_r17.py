"""parts_sum, round 17: two cuts of one whole (T，其中 A、B；按…分，C、D): when the second cut adds up to T, the 其中 list
before it is a first cut of the same whole and is judged."""
from analysis.rules.sums import parts_sum
from rules_cases import verdicts


def _bad(rule, text, year=2020):
    return any(v in ("inconsistent", "missing") for v in verdicts(rule, text, year))


TEXT = "共承办市人大代表建议和市政协提案68件，其中人大代表建议31件、政协提案37件；按办理方式分，主办41件、协办27件。"


def test_two_cuts_of_one_whole_hold():
    assert verdicts(parts_sum, TEXT) == ["consistent", "consistent"]
    # own phrasing (情况通报): 受理投诉举报…其中投诉…、举报…；按渠道分，…
    text = "全年受理投诉举报520件，其中投诉312件、举报208件；按受理渠道分，电话受理366件、网络受理154件。"
    assert verdicts(parts_sum, text) == ["consistent", "consistent"]


def test_first_cut_short_of_the_whole_fails():
    assert "inconsistent" in verdicts(parts_sum, TEXT.replace("政协提案37件", "政协提案35件"))
    text = "全年受理投诉举报520件，其中投诉312件、举报198件；按受理渠道分，电话受理366件、网络受理154件。"
    assert "inconsistent" in verdicts(parts_sum, text)


def test_selection_without_a_matching_second_cut_stays_open():
    # decoy: the second cut does not add up to the whole, so nothing says the 其中 list is complete
    assert not _bad(parts_sum, "全年受理投诉举报520件，其中投诉312件、举报150件；按受理渠道分，电话受理300件、网络受理100件。")
    # decoy: a plain 其中 selection under its total stays a selection
    assert not _bad(parts_sum, "共承办建议和提案68件，其中建议31件、提案30件。")
