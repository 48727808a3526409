"""Per-report totals on a held-out folder, nothing else: claims judged right (all, and the planted errors alone)
and false alarms per report.

    python benchmarks/score_blind.py tests/corpus/heldout4 tests/corpus/heldout5
    python benchmarks/score_blind.py --by-rule tests/corpus/heldout4     # planted errors found, per rule, in totals
    python benchmarks/score_blind.py --why tests/corpus/heldout4         # how the planted errors were missed, in totals
    python benchmarks/score_blind.py --alarms tests/corpus/heldout4      # false alarms by rule, in totals

Prints no report text, anchors or misses, so that running it never shows what the held-out reports say.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from analysis.evaluate import miss_kinds, read_rows, score_checks, score_figures  # noqa: E402
from analysis.report import load_report  # noqa: E402


def main() -> None:
    args = sys.argv[1:]
    by_rule, why, alarms = "--by-rule" in args, "--why" in args, "--alarms" in args
    args = [a for a in args if a not in ("--by-rule", "--why", "--alarms")]
    for folder in args or sorted(str(p) for p in (ROOT / "tests" / "corpus").glob("heldout*")):
        rules: dict[str, list[int]] = {}
        kinds: dict[tuple[str, str], int] = {}
        by_alarm: dict[str, int] = {}
        tot = [0] * 8
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
            print(f"  {stem}: figures {f.found}/{f.expected}, claims {c.found}/{c.expected}, "
                  f"planted errors {e.found}/{e.expected}, false alarms {c.false_alarms}")
            for i, v in enumerate((f.found, f.expected, c.found, c.expected, c.false_alarms, 1, e.found, e.expected)):
                tot[i] += v
            worst = max(worst, c.false_alarms)
            for e in c.extras if alarms else ():  # ("false alarm <rule> <verdict>: <stated>": the rule alone is kept)
                rule = e.split()[2]
                by_alarm[rule] = by_alarm.get(rule, 0) + 1
            for k, v in (miss_kinds(rep.text, rep.checks, planted) if why else {}).items():
                kinds[k] = kinds.get(k, 0) + v
            for rule in {r["rule"] for r in planted} if by_rule else ():
                got = score_checks(rep.text, rep.checks, [r for r in planted if r["rule"] == rule])
                count = rules.setdefault(rule, [0, 0])
                count[0] += got.found
                count[1] += got.expected
        print(f"{folder}: {tot[5]} reports; figures {tot[0]}/{tot[1]} ({tot[0] / max(tot[1], 1):.1%}); claims "
              f"{tot[2]}/{tot[3]} ({tot[2] / max(tot[3], 1):.1%}); planted errors {tot[6]}/{tot[7]} "
              f"({tot[6] / max(tot[7], 1):.1%}); false alarms {tot[4]} "
              f"({tot[4] / max(tot[5], 1):.2f} per report, at most {worst} in one report)")
        if by_rule:
            print("  planted errors by rule: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(rules.items())))
        if alarms:
            print("  false alarms by rule: " + (", ".join(f"{k} {v}" for k, v in sorted(by_alarm.items())) or "none"))
        if why:
            print("  planted errors missed: " + ", ".join(f"{rule} {kind} {n}" for (rule, kind), n in sorted(kinds.items())))


if __name__ == "__main__":
    main()
