"""Command line: `analysis extract|check|run` → files under the output folders; exit 0, 1 or 2."""
from __future__ import annotations

import argparse
import gc
import os
import sys

from .errors import EXIT_INPUT, EXIT_INTERNAL, AnalysisError, InputError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line and exit 2, as for any other bad input
        self.exit(EXIT_INPUT, f"analysis: {message} (see 'analysis {self.prog.split()[-1]} --help')\n"
                  if " " in self.prog else f"analysis: {message} (see 'analysis --help')\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="analysis", description="Check the figures and claims of Chinese government reports.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def many(sp):  # options shared by every command that takes many reports
        sp.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="parallel workers (default: all cores)")
        sp.add_argument("--engine", choices=("processes", "serial", "dask"), default="processes",
                        help="where per-report work runs (dask needs the dask extra)")
        sp.add_argument("--scheduler", help="address of a running dask scheduler (with --engine dask)")
        sp.add_argument("--force", action="store_true", help="redo reports whose inputs have not changed")
        sp.add_argument("--quiet", action="store_true", help="only errors and the summary line")
        sp.add_argument("--log", help="append one line per report to this file")
        sp.add_argument("--fail-on", default="", metavar="VERDICTS",
                        help="exit 3 when any check has one of these verdicts (e.g. inconsistent,missing)")

    e = sub.add_parser("extract", help="text.txt and figures.csv for each report")
    e.add_argument("reports", nargs="+", metavar="REPORT", help="report files, folders or globs")
    e.add_argument("--out", default="data/processed", help="output folder (default data/processed)")
    many(e)
    c = sub.add_parser("check", help="text.txt, figures.csv and checks.csv for each report (no notebooks)")
    c.add_argument("reports", nargs="+", metavar="REPORT", help="report files, folders or globs")
    c.add_argument("--out", default="data/processed", help="output folder (default data/processed)")
    c.add_argument("--facts", help="facts YAML: numbers from outside the text, with sources")
    c.add_argument("--claims", help="claims YAML: checks declared by an analyst")
    many(c)
    r = sub.add_parser("run", help="the papermill pipeline: notebooks, then reports/<report_id>.html")
    r.add_argument("reports", nargs="*", metavar="REPORT", help="report files, folders or globs (default: data/raw)")
    r.add_argument("--processed-dir", default="data/processed")
    r.add_argument("--reports-dir", default="reports")
    r.add_argument("--facts", help="facts YAML: numbers from outside the text, with sources")
    r.add_argument("--claims", help="claims YAML: checks declared by an analyst")
    r.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                   help="notebook parameter, as for papermill")
    many(r)
    return p


def _fail_on(text: str) -> tuple[str, ...]:
    from .schema import VERDICTS

    words = tuple(w.strip() for w in text.split(",") if w.strip())
    bad = [w for w in words if w not in VERDICTS]
    if bad:
        raise InputError(f"--fail-on: unknown verdict {bad[0]!r} (choose from {', '.join(VERDICTS)})")
    return words


def _check_side_files(facts: str | None, claims: str | None) -> None:
    """A bad facts or claims file stops the run before any report is touched."""
    if facts:
        from .rules.external import load_facts

        load_facts(facts)
    if claims:
        from .rules.external import load_claims

        load_claims(claims)


def _check_run_parameters(params: dict, reports: list[str]) -> None:
    """Unknown or bad -p values are refused before any notebook runs (one line, exit 2)."""
    from .batch import expand_inputs
    from .pipeline import check_parameters, declared_parameters, find_notebooks

    check_parameters(dict(params), declared_parameters(find_notebooks()), len(expand_inputs(reports)))


def main(argv: list[str] | None = None) -> int:
    """CLI entry point → exit code."""
    command_line = argv is None  # (the `analysis` command, which exits right after; not a caller in this process)
    if command_line:
        gc.disable()  # start-up: imports make long-lived objects and no garbage (collections resume with the batch)
    args = _parser().parse_args(argv)
    from .patterns import keep_compiled, save_compiled

    keep_compiled()  # the rules' patterns as compiled by the last run (0.25 s of every start otherwise)
    try:
        from .batch import Settings, run_batch

        facts, claims = getattr(args, "facts", None), getattr(args, "claims", None)
        _check_side_files(facts, claims)
        if args.jobs < 1:
            raise InputError("--jobs must be at least 1")
        if args.command == "run":
            params = dict(args.parameter)
            reports = args.reports or ["data/raw"]
            _check_run_parameters(params, reports)
            settings = Settings(mode="run", out=args.processed_dir, facts=facts, claims=claims,
                                reports_dir=args.reports_dir, params=tuple(sorted(params.items())))
        else:
            reports = args.reports
            settings = Settings(mode=args.command, out=args.out, facts=facts, claims=claims)
        if command_line:
            gc.enable()
        return run_batch(reports, settings, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                         force=args.force, quiet=args.quiet, log_file=args.log, fail_on=_fail_on(args.fail_on))
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
        print(" ".join(f"analysis: internal error: {type(e).__name__}: {e}".split()), file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        save_compiled()
        if command_line:
            # the interpreter exits next: frozen, the modules, patterns and rules need not be walked by the collector
            # once more on the way out (0.03 s of every command)
            gc.freeze()
