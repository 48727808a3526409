"""Corpus scores: the extractor meets the issue's targets on reports written by the team.

tuning*/ is what we develop against; heldout4/, heldout6/, heldout8/, heldout10/ … were never looked at (see tests/corpus/README.md).
"""
from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest

from analysis.evaluate import miss_kinds, score_checks, score_figures, score_folder
from analysis.report import load_report
from conftest import ROOT


TUNING = ["tuning", "tuning2", "tuning3", "tuning4", "tuning5", "tuning6", "tuning7", "tuning8", "tuning9", "tuning10",
          "tuning11", "tuning12", "tuning13", "tuning14", "tuning15", "tuning16", "tuning17", "tuning18", "tuning19",
          "tuning20", "tuning21", "tuning22", "tuning23", "tuning24", "tuning25", "tuning26", "tuning27",
          "tuning28", "tuning29", "tuning30", "tuning31", "tuning32", "tuning33", "tuning34", "tuning35", "tuning36", "tuning37",
          "tuning38", "tuning39", "tuning40", "tuning41", "tuning42", "tuning43",
          "tuning44", "tuning45", "tuning46", "tuning47",
          "tuning48", "tuning49", "tuning50", "tuning51", "tuning52", "tuning53", "tuning54", "tuning55",
          "tuning56", "tuning57", "tuning58", "tuning59", "tuning60", "tuning61",
          "tuning62", "tuning63", "tuning64", "tuning65", "tuning66",
          "tuning67", "tuning68", "tuning69", "tuning70", "tuning71", "tuning72",
          "tuning73", "tuning74", "tuning75", "tuning76", "tuning77", "tuning78",
          "tuning79", "tuning80", "tuning81", "tuning82", "tuning83", "tuning84"]
HELD_OUT = ["heldout4", "heldout6", "heldout8", "heldout10", "heldout11", "heldout14",
            "heldout19", "heldout20", "heldout21",
            "heldout33", "heldout36",
            "heldout42", "heldout44", "heldout46",
            "heldout48", "heldout49", "heldout51", "heldout52",
            "heldout53", "heldout55", "heldout58",
            "heldout59", "heldout60", "heldout61", "heldout62", "heldout64",
            "heldout65", "heldout66", "heldout69", "heldout71", "heldout74", "heldout76", "heldout79", "heldout80", "heldout81",
            "heldout85", "heldout88", "heldout89", "heldout91", "heldout92",
            "heldout94", "heldout95", "heldout98", "heldout100",
            "heldout102", "heldout103", "heldout105", "heldout106", "heldout107"]


@pytest.mark.parametrize("folder", TUNING + HELD_OUT)
def test_figures_found_with_the_right_value(folder):
    figs, _, n = score_folder(ROOT / "tests" / "corpus" / folder)
    assert n >= 10
    assert figs.recall >= 0.97, figs.misses[:10]
    assert figs.precision >= 0.95, figs.extras[:10]


def test_figure_scoring_counts_a_wrong_value_as_a_miss():
    text = "收到提案9件，其中4件。"
    figures = pd.DataFrame({"start": [4, 9], "end": [6, 11], "text": ["9件", "4件"], "value": ["9", "5"], "iso_date": ["", ""]})
    ref = [{"text": "9件", "value": "9", "occurrence": "1"}, {"text": "4件", "value": "4", "occurrence": "1"}]
    s = score_figures(text, figures, ref)
    assert (s.found, s.expected, s.real, s.reported) == (1, 2, 2, 2)


def test_check_scoring_needs_rule_verdict_and_overlap():
    text = "共9件，其中3件，占到34%。"
    checks = pd.DataFrame({"rule": ["share_of_total", "placeholder"], "verdict": ["inconsistent", "missing"],
                           "start": [6, 0], "end": [15, 1], "stated": ["34%", "?"]})
    ref = [{"rule": "share_of_total", "verdict": "inconsistent", "anchor": "占到34%"}]
    s = score_checks(text, checks, ref)
    assert (s.found, s.false_alarms) == (1, 1)


def test_misses_are_told_apart_by_what_stands_at_the_anchor():
    text = "共9件，其中3件，占到34%。上年为8件，增长12.5%。填报率%。"
    checks = pd.DataFrame({"rule": ["share_of_total", "cross_reference"], "verdict": ["consistent", "inconsistent"],
                           "start": [6, 15], "end": [15, 24], "stated": ["34%", "8件"]})
    ref = [{"rule": "share_of_total", "verdict": "inconsistent", "anchor": "占到34%"},
           {"rule": "growth", "verdict": "inconsistent", "anchor": "增长12.5%"},
           {"rule": "placeholder", "verdict": "missing", "anchor": "填报率%"}]
    # (the row of another rule there raises the planted verdict: the error was found, filed under that rule's name)
    assert miss_kinds(text, checks, ref) == {("share_of_total", "judged consistent"): 1,
                                             ("growth", "other rule with that verdict (cross_reference)"): 1,
                                             ("placeholder", "no row"): 1}
    quiet = checks.assign(verdict=["consistent", "consistent"])
    assert miss_kinds(text, quiet, ref[1:2]) == {("growth", "other rule"): 1}
    found = [{"rule": "cross_reference", "verdict": "inconsistent", "anchor": "上年为8件"}]
    assert miss_kinds(text, checks, found) == {}


def test_a_right_row_marked_off_the_anchor_is_told_apart():
    # the claim's rule and verdict on the other figure of the paragraph: found, but marked elsewhere
    text = "全年受理投诉120件，办结118件。\n年度小结：受理投诉102件，办结率98.3%。"
    checks = pd.DataFrame({"rule": ["cross_reference"], "verdict": ["inconsistent"], "start": [2], "end": [10],
                           "stated": ["120件"]})
    ref = [{"rule": "cross_reference", "verdict": "inconsistent", "anchor": "受理投诉102件"},
           {"rule": "cross_reference", "verdict": "inconsistent", "anchor": "办结118件"}]
    assert miss_kinds(text, checks, ref[:1]) == {("cross_reference", "no row"): 1}
    assert miss_kinds(text, checks, ref[1:]) == {("cross_reference", "no row, right verdict off the anchor"): 1}


# Regression guards at the scores reached on the sets the rules were developed on (a drop fails);
# the held-out sets are guarded only against false alarms, the bar, so that they are never tuned on.
# (claims judged right at the end of the fourth session of 2026-11-26, less a margin of about two points)
RECALL = {"tuning": 0.97, "tuning2": 0.97, "tuning3": 0.97, "tuning4": 0.97, "tuning5": 0.97, "tuning6": 0.97,
          "tuning7": 0.96, "tuning8": 0.95, "tuning9": 0.97, "tuning10": 0.94, "tuning11": 0.97, "tuning12": 0.90,
          "tuning13": 0.90, "tuning14": 0.96, "tuning15": 0.97, "tuning16": 0.96, "tuning17": 0.95, "tuning18": 0.94,
          "tuning19": 0.96, "tuning20": 0.94, "tuning21": 0.97, "tuning22": 0.97, "tuning23": 0.94, "tuning24": 0.96,
          "tuning25": 0.94, "tuning26": 0.93, "tuning27": 0.90,
          # the fresh sets of the fifth and sixth sessions, at their end-of-session-six scores less about two points
          # (first scores before any rule saw them: 64.4%, 79.8%, 79.9%, 75.7%, 70.3%; tuning33 75.1% blind)
          "tuning28": 0.95, "tuning29": 0.95, "tuning30": 0.96, "tuning31": 0.96, "tuning32": 0.94, "tuning33": 0.96,
          # heldout17 and heldout15, burned at the start of the seventh session (blind: 83.8% and 80.8%), at its end
          "tuning34": 0.98, "tuning35": 0.98,
          # dev1 and dev2, opened in the eighth session (blind: planted 69.4% and 78.0%, claims 76.9% and 77.7%), at the
          # end of the ninth (94.4%, 95.0%) less about two points
          "tuning36": 0.92, "tuning37": 0.93,
          # the probe sets (one claim shape each, by other hands), at the end of the ninth session less about two points
          "probe1": 0.95, "probe2": 0.89, "probe3": 0.80, "probe4": 0.92, "probe5": 0.88,
          # the probe sets of the twelfth session (one weak rule each, written blind to the code), at its end less about
          # two points (at its start: 0.600, 0.613, 0.754, 0.791, 0.662, 0.625, with 7 false alarms)
          "probe6": 0.90, "probe7": 0.67, "probe8": 0.85, "probe9": 0.87, "probe10": 0.73, "probe11": 0.77,
          # the target-claim probe of the eighteenth session (written blind; 0.633 with 1 false alarm at its start)
          "probe12": 0.66,
          # the probes of the nineteenth session (written blind; at the twentieth session's start cross_reference 79/103
          # and parts_sum 66/86 with 2 and 1 false alarms, granularity / percent_sum 58/84 with none), worked on in the
          # twentieth: at its end 83/103, 73/86, 62/84 (after a review withdrew three readings), no false alarm, less about
          # two points
          "probe13": 0.78, "probe14": 0.83, "probe15": 0.72}


@pytest.mark.parametrize("folder,recall", sorted(RECALL.items()))
def test_claims_judged_right_on_the_tuning_sets(folder, recall):
    _, checks, n = score_folder(ROOT / "tests" / "corpus" / folder)
    assert checks.recall >= recall, checks.misses[:10]
    assert checks.false_alarms == 0, checks.extras[:10]


# reports of a held-out set known to raise two false alarms (the bar is one): a guard against more, not a pass
OVER_THE_BAR: dict[str, int] = {}  # (heldout22, over the bar since the eighth session, was burned into tuning50;
# heldout82, written blind in the twenty-second session with one report of two false alarms, into tuning51)


@pytest.mark.parametrize("folder", HELD_OUT)
def test_at_most_one_false_alarm_per_unseen_report(folder):
    _, checks, n = score_folder(ROOT / "tests" / "corpus" / folder)
    per_report = Counter(e.split(":", 1)[0] for e in checks.extras if ": false alarm " in e)
    # (no message: the alarms' text would show what a held-out report says)
    assert sum(1 for k in per_report.values() if k > 1) <= OVER_THE_BAR.get(folder, 0)
    assert checks.false_alarms <= n


CORRECT = sorted(p.name for p in (ROOT / "tests" / "corpus").glob("correct*"))


@pytest.mark.parametrize("folder", CORRECT)
def test_no_alarm_on_reports_without_errors(folder):
    # reports written blind with every claim holding (each checked with Decimal arithmetic by its writer): any
    # inconsistent or missing row is a false alarm
    alarms = []
    for path in sorted((ROOT / "tests" / "corpus" / folder).glob("*.txt")):
        checks = load_report(path).checks
        hit = checks[checks["verdict"].isin(["inconsistent", "missing"])]
        alarms += [f"{path.name}: {r.rule} {r.stated}" for r in hit.itertuples()]
    assert alarms == []
