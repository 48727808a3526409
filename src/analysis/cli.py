"""Command line: `analysis extract|check|run` → files under the output folders; exit 0, 1 or 2."""
from __future__ import annotations

import argparse
import glob
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .errors import AnalysisError, InputError

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line and exit 2, as for any other bad input
        self.exit(EXIT_INPUT, f"analysis: {message} (see 'analysis {self.prog.split()[-1]} --help')\n"
                  if " " in self.prog else f"analysis: {message} (see 'analysis --help')\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="analysis", description="Check the figures and claims of Chinese government reports.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    jobs = dict(type=int, default=os.cpu_count() or 1, help="worker processes for many reports (default: all cores)")
    e = sub.add_parser("extract", help="text.txt and figures.csv for each report")
    e.add_argument("reports", nargs="+", metavar="REPORT", help="report files, folders or globs")
    e.add_argument("--out", default="data/processed", help="output folder (default data/processed)")
    e.add_argument("--jobs", **jobs)
    c = sub.add_parser("check", help="text.txt, figures.csv and checks.csv for each report (no notebooks)")
    c.add_argument("reports", nargs="+", metavar="REPORT", help="report files, folders or globs")
    c.add_argument("--out", default="data/processed", help="output folder (default data/processed)")
    c.add_argument("--facts", help="facts YAML: numbers from outside the text, with sources")
    c.add_argument("--claims", help="claims YAML: checks declared by an analyst")
    c.add_argument("--jobs", **jobs)
    r = sub.add_parser("run", help="the papermill pipeline: notebooks, then reports/<report_id>.html")
    r.add_argument("reports", nargs="*", metavar="REPORT", help="report files (default: data/raw/*.txt)")
    r.add_argument("--processed-dir", default="data/processed")
    r.add_argument("--reports-dir", default="reports")
    r.add_argument("--facts")
    r.add_argument("--claims")
    r.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                   help="notebook parameter, as for papermill")
    return p


def expand_inputs(items: list[str]) -> list[str]:
    """Files, folders and globs → report files in a stable order (folders give their *.txt)."""
    out: list[str] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            out.extend(sorted(str(x) for x in p.glob("*.txt")) or [item])
        elif not p.exists() and glob.has_magic(item):
            out.extend(sorted(glob.glob(item)) or [item])
        else:
            out.append(item)
    return out


def _one(args: tuple[str, str, bool, str | None, str | None]) -> tuple[str, str, int, str]:
    """(path, out, with_checks, facts, claims) → (path, report_id, exit code, message); never raises."""
    path, out, with_checks, facts, claims = args
    try:
        from .report import load_report

        rep = load_report(path, facts_path=facts, claims_path=claims)
        rep.write(out, with_checks=with_checks)
        n = len(rep.checks) if with_checks else 0
        return path, rep.report_id, EXIT_OK, f"{len(rep.figures)} figures" + (f", {n} checks" if with_checks else "")
    except AnalysisError as e:
        return path, "", e.exit_code, e.one_line()
    except Exception as e:  # an internal failure still gets one line, never a traceback
        if os.environ.get("ANALYSIS_DEBUG"):
            raise
        return path, "", EXIT_INTERNAL, f"{path}: internal error: {type(e).__name__}: {e}"


def _batch(paths: list[str], out: str, with_checks: bool, jobs: int, facts=None, claims=None) -> int:
    from .ingest import report_id_for
    from .report import load_report  # noqa: F401  (fail early on a broken install)

    if facts or claims:  # a bad facts or claims file stops the run before any report is touched
        from .rules.external import load_claims, load_facts

        facts and load_facts(facts)
        claims and load_claims(claims)
    seen: dict[str, str] = {}
    todo, failed = [], []
    for p in paths:
        rid = report_id_for(p)
        if rid in seen:
            failed.append((p, EXIT_INPUT, f"{p}: report_id {rid!r} is already taken by {seen[rid]} in this run"))
            continue
        seen[rid] = p
        todo.append((p, out, with_checks, facts, claims))
    if jobs > 1 and len(todo) > 1:
        with ProcessPoolExecutor(max_workers=min(jobs, len(todo))) as ex:
            results = list(ex.map(_one, todo, chunksize=max(1, len(todo) // (jobs * 8))))
    else:
        results = [_one(t) for t in todo]
    for path, rid, code, msg in results:
        if code:
            failed.append((path, code, msg))
    for _, _, msg in failed:
        print(f"analysis: {msg}", file=sys.stderr)
    ok = len(paths) - len(failed)
    if len(paths) > 1 or not failed:
        print(f"analysis: {ok} of {len(paths)} reports written to {out}" + (f", {len(failed)} failed" if failed else ""),
              file=sys.stderr if failed else sys.stdout)
    if not failed:
        return EXIT_OK
    return EXIT_INTERNAL if any(c == EXIT_INTERNAL for _, c, _ in failed) else EXIT_INPUT


def main(argv: list[str] | None = None) -> int:
    """CLI entry point → exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command in ("extract", "check"):
            paths = expand_inputs(args.reports)
            return _batch(paths, args.out, args.command == "check", max(1, args.jobs),
                          getattr(args, "facts", None), getattr(args, "claims", None))
        from .pipeline import run_pipeline

        return run_pipeline(expand_inputs(args.reports or ["data/raw"]), args.processed_dir, args.reports_dir,
                            args.facts, args.claims, dict(args.parameter))
    except InputError as e:
        print(f"analysis: {e.one_line()}", file=sys.stderr)
        return EXIT_INPUT
    except AnalysisError as e:
        print(f"analysis: {e.one_line()}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("analysis: interrupted", file=sys.stderr)
        return 130
    except Exception as e:
        if os.environ.get("ANALYSIS_DEBUG"):
            raise
        print(f"analysis: internal error: {type(e).__name__}: {e}", file=sys.stderr)
        return EXIT_INTERNAL
