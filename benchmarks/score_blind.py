"""Per-report totals on a held-out folder, nothing else: claims judged right (all, and the planted errors alone)
and false alarms per report.

    python benchmarks/score_blind.py tests/corpus/heldout4 tests/corpus/heldout5
    python benchmarks/score_blind.py --by-rule tests/corpus/heldout4     # planted errors found, per rule, in totals
    python benchmarks/score_blind.py --why tests/corpus/heldout4         # how the planted errors were missed, in totals
    python benchmarks/score_blind.py --alarms tests/corpus/heldout4      # false alarms by rule, in totals
    python benchmarks/score_blind.py --cues tests/corpus/heldout4        # planted errors no rule reads: cue words near

It also prints how many planted errors some row of their verdict, of any rule, marks at their anchor: what a reader of
the annotated report sees flagged, the rule's name aside (the issue's bar is the first count, rule and verdict both).
A folder with an `adjudication.csv` (report, rule, verdict, anchor, judgement, reason: an adjudicator's reading, blind
to the code, of whether a careful reader can be sure of each planted error from the text alone) also gets the share of
the planted errors judged `sure` that were found.

Prints no report text, anchors or misses, so that running it never shows what the held-out reports say.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from analysis.evaluate import _anchor_spans, miss_kinds, read_rows, score_checks, score_figures  # noqa: E402
from analysis.report import load_report  # noqa: E402


def main() -> None:
    args = sys.argv[1:]
    by_rule, why, alarms, cues = "--by-rule" in args, "--why" in args, "--alarms" in args, "--cues" in args
    args = [a for a in args if a not in ("--by-rule", "--why", "--alarms", "--cues")]
    for folder in args or sorted(str(p) for p in (ROOT / "tests" / "corpus").glob("heldout*")):
        rules: dict[str, list[int]] = {}
        kinds: dict[tuple[str, str], int] = {}
        by_alarm: dict[str, int] = {}
        cue_count = [0, 0, 0]  # planted errors with no row at all; of them, with a cue of their rule's family; with none
        tot = [0] * 8
        adjudged = Path(folder) / "adjudication.csv"
        judged = {(r["report"], r["anchor"]): r["judgement"] for r in read_rows(adjudged)} if adjudged.exists() else None
        tot_sure = [0, 0]
        flagged = [0]  # planted errors with a row of their verdict over their anchor, of any rule
        worst = 0
        for path in sorted(Path(folder).glob("*.txt")):
            stem = path.name.split(".", 1)[0]
            rep = load_report(path)
            f = score_figures(rep.text, rep.figures, read_rows(path.with_name(stem + ".figures.csv")))
            ref = read_rows(path.with_name(stem + ".checks.csv"))
            c = score_checks(rep.text, rep.checks, ref)
            # the planted errors alone: reference rows that are alarms (inconsistent, missing)
            planted = [r for r in ref if r["verdict"] in ("inconsistent", "missing")]
            e = score_checks(rep.text, rep.checks, planted)
            if judged is not None:  # (an adjudicator's reading: the planted errors a careful reader can be sure of)
                sure = [r for r in planted if judged.get((stem, r["anchor"])) == "sure"]
                s = score_checks(rep.text, rep.checks, sure)
                tot_sure[0] += s.found
                tot_sure[1] += s.expected
            print(f"  {stem}: figures {f.found}/{f.expected}, claims {c.found}/{c.expected}, "
                  f"planted errors {e.found}/{e.expected}, false alarms {c.false_alarms}")
            for i, v in enumerate((f.found, f.expected, c.found, c.expected, c.false_alarms, 1, e.found, e.expected)):
                tot[i] += v
            worst = max(worst, c.false_alarms)
            for extra in c.extras if alarms else ():  # ("false alarm <rule> <verdict>: <stated>": the rule alone is kept)
                rule = extra.split()[2]
                by_alarm[rule] = by_alarm.get(rule, 0) + 1
            for k, v in (miss_kinds(rep.text, rep.checks, planted) if why else {}).items():
                kinds[k] = kinds.get(k, 0) + v
            for r in planted if cues else ():
                got = _cue_kind(rep.text, rep.checks, r)
                for i, hit in enumerate(got):
                    cue_count[i] += hit
            flagged[0] += sum(_flagged_by_any(rep.text, rep.checks, r) for r in planted)
            for rule in {r["rule"] for r in planted} if by_rule else ():
                got = score_checks(rep.text, rep.checks, [r for r in planted if r["rule"] == rule])
                count = rules.setdefault(rule, [0, 0])
                count[0] += got.found
                count[1] += got.expected
        print(f"{folder}: {tot[5]} reports; figures {tot[0]}/{tot[1]} ({tot[0] / max(tot[1], 1):.1%}); claims "
              f"{tot[2]}/{tot[3]} ({tot[2] / max(tot[3], 1):.1%}); planted errors {tot[6]}/{tot[7]} "
              f"({tot[6] / max(tot[7], 1):.1%}); false alarms {tot[4]} "
              f"({tot[4] / max(tot[5], 1):.2f} per report, at most {worst} in one report)")
        print(f"  planted errors flagged at their anchor with their verdict by any rule (the rule's name aside): "
              f"{flagged[0]}/{tot[7]} ({flagged[0] / max(tot[7], 1):.1%})")
        if judged is not None:
            print(f"  planted errors an adjudicator judged sure from the text alone: {tot_sure[0]}/{tot_sure[1]} "
                  f"({tot_sure[0] / max(tot_sure[1], 1):.1%})")
        if by_rule:
            print("  planted errors by rule: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(rules.items())))
        if cues:
            print(f"  planted errors with no row: {cue_count[0]}; their sentence holds a cue word of their rule's family: "
                  f"{cue_count[1]}; no cue word at all: {cue_count[2]}")
        if alarms:
            print("  false alarms by rule: " + (", ".join(f"{k} {v}" for k, v in sorted(by_alarm.items())) or "none"))
        if why:
            print("  planted errors missed: " + ", ".join(f"{rule} {kind} {n}" for (rule, kind), n in sorted(kinds.items())))


def _flagged_by_any(text: str, checks, r: dict) -> int:
    """1 when some row of the planted verdict, of whatever rule, overlaps the planted anchor (what a reader of the
    annotated report sees flagged there), else 0."""
    locs = _anchor_spans(text, r["anchor"])
    rows = checks[checks["verdict"] == r["verdict"]]
    return int(any(s < b and a < e for a, b in locs for s, e in zip(rows["start"], rows["end"])))


# the words a claim of each family is found by (a claim-first reader would start from them)
_CUES = {"share": "占|比重|比例|率", "sum": "合计|共计|总计|其中|分别|包括|其余", "growth": "增长|下降|提高|减少|增加|同比|比上年|较上年",
         "target": "目标|计划|任务|完成|超额", "cumulative": "累计|新增|当年|总数|达到", "date": r"\d+月\d+日", "blank": r"XX|（\s*）|  "}
_FAMILY = {"share_of_total": "share", "granularity": "share", "percent_sum": "share", "parts_sum": "sum", "growth": "growth",
           "target_met": "target", "cumulative_vs_new": "cumulative", "placeholder": "blank", "date_valid": "date"}


def _cue_kind(text: str, checks, r: dict) -> tuple[int, int, int]:
    """A planted error → (no row of any rule at its anchor, and its sentence holds a cue of its rule's family, and it
    holds no cue at all), as 0/1 counts: where a reader that starts from the claim's words would find it."""
    locs = _anchor_spans(text, r["anchor"])
    if not locs or any(s < b and a < e for a, b in locs for s, e in zip(checks["start"], checks["end"])):
        return 0, 0, 0
    a, b = locs[0]
    s0 = max(text.rfind("。", 0, a), text.rfind("\n", 0, a)) + 1
    e = min([x for x in (text.find("。", b), text.find("\n", b)) if x >= 0] or [len(text)])
    found = [k for k, v in _CUES.items() if re.search(v, text[s0:e])]
    return 1, int(_FAMILY.get(r["rule"]) in found), int(not found)


if __name__ == "__main__":
    main()
