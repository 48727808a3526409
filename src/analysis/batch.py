"""Many reports → per-report outputs, a manifest for incremental re-runs, and the corpus tables.

One report's work is a pure function of its input bytes and the run's settings (`process_one`), so
it runs the same in this process, in a pool of processes, or on a Dask cluster, with the same bytes.
"""
from __future__ import annotations

import csv
import gc
import glob
import hashlib
import json
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .errors import EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, AnalysisError, InputError
from .schema import CHECK_COLUMNS, VERDICTS

MANIFEST = "manifest.sqlite"  # SQLite: updated report by report, never held in memory whole
SUMMARY_COLUMNS = ["report_id", "title", "issuer", "year", "figures", *VERDICTS, "status", "error"]


@dataclass(frozen=True)
class Settings:
    """What a run does to each report; its hash decides whether an earlier result can be reused."""

    mode: str  # extract | check | run
    out: str
    facts: str | None = None
    claims: str | None = None
    reports_dir: str | None = None
    params: tuple[tuple[str, str], ...] = ()

    def key(self, version: str) -> str:
        payload = {"mode": self.mode, "params": list(self.params), "version": version, "code": _code_sha(),
                   "facts": _file_sha(self.facts), "claims": _file_sha(self.claims)}
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:16]


@dataclass
class Outcome:
    """One report's result: enough for the manifest, summary.csv and the exit code."""

    path: str
    report_id: str
    code: int = EXIT_OK
    error: str = ""
    sha256: str = ""
    title: str = ""
    issuer: str = ""
    year: str = ""
    figures: int = 0
    verdicts: dict = field(default_factory=dict)
    # patterns the worker compiled while processing (patterns.added_since), for the parent to keep: on the last
    # Outcome of a chunk run in a pool's worker, empty otherwise
    patterns: dict = field(default_factory=dict, repr=False)

    @property
    def status(self) -> str:
        return "ok" if self.code == EXIT_OK else "error"


def _file_sha(path: str | None) -> str:
    if not path:
        return ""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


def _code_sha() -> str:
    """The package's own sources and templates → one hash, so that a changed rule redoes every report
    even when the version number did not move."""
    root = Path(__file__).parent
    h = hashlib.sha256()
    for p in sorted([*root.rglob("*.py"), *(root / "templates").glob("*")]):
        h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def expand_inputs(items: Iterable[str]) -> list[str]:
    """Files, folders and globs → report files in a stable order (a folder gives its *.txt)."""
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


@contextmanager
def _fewer_collections():
    """Checking a report allocates many small objects and few cycles: the cyclic garbage collector, run every 700
    allocations by default, cost about 8% of the time. Collect every 100,000 instead while a chunk runs (the long-lived
    modules frozen out of the way first), and restore the caller's settings after."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        # the chunk's own garbage collected before the frozen objects come back: cheap (only what the chunk made is
        # looked at), and without it cycles reach the oldest generation, where a long batch piles them up
        gc.collect()
        gc.set_threshold(*before)
        gc.unfreeze()


def process_one(path: str, settings: Settings) -> Outcome:
    """(report path, settings) → Outcome; writes the report's outputs; never raises."""
    from .ingest import report_id_for

    res = Outcome(path=path, report_id=report_id_for(path))
    try:
        from .report import load_report

        rep = load_report(path, res.report_id, facts_path=settings.facts, claims_path=settings.claims)
        rep.write(settings.out, with_checks=settings.mode == "check")
        _count(res, rep, settings.mode != "extract")
    except AnalysisError as e:
        res.code, res.error = e.exit_code, e.one_line()
    except Exception as e:  # an internal failure still gets one line, never a traceback
        if os.environ.get("ANALYSIS_DEBUG"):
            raise
        res.code, res.error = EXIT_INTERNAL, " ".join(f"{path}: internal error: {type(e).__name__}: {e}".split())
    return res


def _count(res: Outcome, rep, with_checks: bool) -> None:
    res.sha256 = rep.doc.sha256
    res.title, res.issuer = str(rep.meta.get("title", "")), str(rep.meta.get("issuer", ""))
    res.year = str(rep.meta.get("year", "") or rep.doc.year or "")
    res.figures = len(rep.figure_rows)
    if with_checks:
        verdicts = [r["verdict"] for r in rep.check_rows]
        res.verdicts = {v: verdicts.count(v) for v in VERDICTS}


def process_chunk(paths: list[str], settings: Settings) -> list[Outcome]:
    """Several reports → their Outcomes. The notebook pipeline runs a chunk on one shared kernel."""
    if settings.mode != "run":
        with _fewer_collections():
            return [process_one(p, settings) for p in paths]
    from .ingest import report_id_for
    from .pipeline import run_many

    out = []
    try:
        for path, rep, code, line in run_many(paths, settings.out, settings.reports_dir, settings.facts,
                                              settings.claims, dict(settings.params)):
            res = Outcome(path=path, report_id=rep.report_id if rep else report_id_for(path), code=code, error=line)
            if rep is not None:
                try:
                    _count(res, rep, True)
                except AnalysisError as e:
                    res.code, res.error = res.code or e.exit_code, res.error or e.one_line()
            out.append(res)
    except AnalysisError as e:  # the kernel or the notebooks could not be set up: every report of the chunk fails
        done = {r.path for r in out}
        out += [Outcome(p, report_id_for(p), e.exit_code, f"{p}: {e.one_line()}") for p in paths if p not in done]
    return out


_patterns_mark = 0  # (in a pool's worker: how many of the patterns it compiled were handed back already)


def _process_chunk_in_worker(paths: list[str], settings: Settings) -> list[Outcome]:
    """process_chunk in a pool's worker, with the patterns it compiled handed back on the chunk's last Outcome."""
    global _patterns_mark
    from . import patterns

    out = process_chunk(paths, settings)
    _patterns_mark, new = patterns.added_since(_patterns_mark)
    if new and out:
        out[-1].patterns = new
    return out


def _chunks(paths: list[str], settings: Settings, jobs: int) -> list[list[str]]:
    # notebook runs pay a kernel start per chunk, so they get few big chunks; the library path many small ones
    per = -(-len(paths) // max(1, jobs))
    size = min(per, 25) if settings.mode == "run" else max(1, min(32, len(paths) // (max(1, jobs) * 8)))
    if settings.mode == "run" or jobs <= 1 or size < 8:
        return [paths[i:i + size] for i in range(0, len(paths), max(1, size))]
    # the last reports in chunks a quarter the size, so that at the end no worker waits long for another's last chunk
    cut = max(0, len(paths) - size * jobs * 2) // size * size
    small = size // 4
    return [paths[i:i + size] for i in range(0, cut, size)] + [paths[i:i + small] for i in range(cut, len(paths), small)]


# ---------------------------------------------------------------- engines
def run_serial(paths: list[str], settings: Settings, jobs: int) -> Iterator[Outcome]:
    for chunk in _chunks(paths, settings, 1):
        yield from process_chunk(chunk, settings)


def _preload(sample: str | None = None) -> None:
    """Import the extractor and every rule, and check one report of the batch without writing it, once, in the
    parent: the patterns the rules compile on first use (some hundreds, 0.2 s) are then in the re module's cache
    that forked workers inherit, instead of each worker compiling them again."""
    from .report import load_report
    from .rules import rule_functions

    rule_functions()
    if sample:
        try:
            load_report(sample).check_rows
        except Exception:  # a bad first file is reported by the worker that processes it
            pass


def run_processes(paths: list[str], settings: Settings, jobs: int) -> Iterator[Outcome]:
    if jobs <= 1 or len(paths) <= 1:
        yield from run_serial(paths, settings, jobs)
        return
    chunks = _chunks(paths, settings, jobs)
    # the imports and first compiles of the preload make long-lived objects and next to no garbage: no collections
    # while it runs (0.01 s), then all of it frozen, so that neither this process's collector nor the forked workers'
    # walk it again (a walk writes to every object: pages the workers share with this process would be copied)
    enabled = gc.isenabled()
    gc.disable()
    try:
        _preload(paths[0] if settings.mode != "run" else None)
    finally:
        if enabled:
            gc.enable()
    global _patterns_mark
    from . import patterns

    _patterns_mark = patterns.fresh_count()  # (what the workers inherit from this process is not handed back to it)
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, len(chunks))) as ex:
            for outcomes in ex.map(_process_chunk_in_worker, chunks, [settings] * len(chunks)):
                for res in outcomes:
                    if res.patterns:
                        patterns.keep_added(res.patterns)
                        res.patterns = {}
                yield from outcomes
    finally:
        gc.unfreeze()


def run_dask(paths: list[str], settings: Settings, jobs: int, scheduler: str | None = None) -> Iterator[Outcome]:
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise InputError("--engine dask needs the dask extra: pip install 'analysis[dask]'")
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as e:
            raise InputError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({e})")
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        futures = client.map(process_chunk, _chunks(paths, settings, jobs), settings=settings, pure=False)
        for fut in as_completed(futures):
            yield from fut.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ---------------------------------------------------------------- the run
class Log:
    """Progress for people (a bar on a terminal) and plain lines for schedulers and --log files.

    Errors always go to stderr; a line per finished report only when a batch has several and no bar
    shows; the summary goes to stdout when all went well, to stderr otherwise.
    """

    def __init__(self, total: int, quiet: bool = False, log_file: str | None = None):
        self.quiet = quiet
        self.per_report = total > 1 and not quiet
        try:
            self.file = open(log_file, "a", encoding="utf-8") if log_file else None
        except OSError as e:
            raise InputError(f"--log {log_file}: cannot open the log file ({e.strerror or type(e).__name__})")
        self.bar = None
        if self.per_report and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="report", file=sys.stderr, leave=False)

    def _emit(self, msg: str, stream) -> None:
        if self.bar is not None:
            self.bar.write(f"analysis: {msg}", file=stream)
        else:
            print(f"analysis: {msg}", file=stream)

    def _to_file(self, msg: str) -> None:
        if self.file:
            self.file.write(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} {msg}\n")
            self.file.flush()

    def error(self, msg: str) -> None:
        self._to_file(msg)
        self._emit(msg, sys.stderr)

    def summary(self, msg: str, ok: bool) -> None:
        self._to_file(msg)
        if not ok or not self.quiet:
            self._emit(msg, sys.stdout if ok else sys.stderr)

    def step(self, res: Outcome) -> None:
        if self.bar is not None:
            self.bar.update(1)
        if res.code:
            self.error(res.error)
            return
        v = ", ".join(f"{n} {k}" for k, n in res.verdicts.items() if n)
        msg = f"{res.report_id}: {res.figures} figures" + (f"; {v}" if v else "")
        self._to_file(msg)
        if self.per_report and self.bar is None:
            self._emit(msg, sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        if self.file:
            self.file.close()


def run_batch(items: list[str], settings: Settings, jobs: int = 1, engine: str = "processes",
              scheduler: str | None = None, force: bool = False, quiet: bool = False,
              log_file: str | None = None, fail_on: Iterable[str] = ()) -> int:
    """Inputs and settings → outputs for every report, manifest, summary.csv, all_checks.csv → exit code."""
    from . import __version__
    from .ingest import report_id_for

    paths = expand_inputs(items)
    if not paths:
        raise InputError("no report files given (and none found)")
    out = Path(settings.out)
    _writable_folder(out, "--out" if settings.mode != "run" else "--processed-dir")
    if settings.mode == "run":
        _writable_folder(Path(settings.reports_dir or "reports"), "--reports-dir")
    given_id = dict(settings.params).get("report_id")
    manifest = Manifest(out)
    key = settings.key(__version__)
    seen: dict[str, str] = {}
    todo: list[str] = []
    failed: list[Outcome] = []
    skipped, done = 0, 0
    gate, gated = set(fail_on), False
    for p in paths:
        rid = given_id or report_id_for(p)
        if settings.mode == "run" and rid == "index":
            failed.append(Outcome(p, rid, EXIT_INPUT, f"{p}: report_id 'index' is reserved for reports/index.html; rename the file"))
            continue
        if rid in seen:
            failed.append(Outcome(p, rid, EXIT_INPUT, f"{p}: report_id {rid!r} is already taken by {seen[rid]} in this run"))
            continue
        seen[rid] = p
        prev = manifest.get(rid)
        if not force and prev and prev.get("path") == p and _unchanged(prev, p, key, out / rid) and \
                (settings.mode != "run" or (Path(settings.reports_dir or "reports") / f"{rid}.html").is_file()):
            skipped += 1
            gated = gated or any(prev.get(v, 0) for v in gate)
            continue
        todo.append(p)
    log = Log(len(todo), quiet, log_file)
    for r in failed:  # duplicates were refused before the run
        log.error(r.error)
    runner: Callable[..., Iterator[Outcome]] = {
        "serial": run_serial, "processes": run_processes,
        "dask": lambda ps, s, j: run_dask(ps, s, j, scheduler),
    }[engine]
    try:
        for res in runner(todo, settings, jobs):
            log.step(res)
            if res.code:
                failed.append(res)
            else:
                done += 1
                gated = gated or any(res.verdicts.get(v, 0) for v in gate)
            # a run where nothing worked leaves no trace: the manifest is created by the first success
            manifest.put(_entry(res, key, __version__), create=res.code == EXIT_OK)
        manifest.commit()
        if todo and manifest.exists:
            write_corpus_tables(out, manifest)
            if settings.mode == "run":
                from .corpus import write_index

                write_index(out, settings.reports_dir or "reports")
        dest = settings.reports_dir if settings.mode == "run" else out
        summary = f"{done + skipped} of {len(paths)} reports written to {dest}" \
            + (f" ({skipped} unchanged, skipped)" if skipped else "") + (f", {len(failed)} failed" if failed else "")
        if len(paths) > 1 or not failed:
            log.summary(summary, ok=not failed)
    finally:
        log.close()
        manifest.close()
    if any(r.code == EXIT_INTERNAL for r in failed):
        return EXIT_INTERNAL
    if failed:
        return EXIT_INPUT
    return EXIT_FINDINGS if gated else EXIT_OK


def _writable_folder(folder: Path, option: str) -> None:
    """An output folder that cannot be made is the user's to fix: one line, exit 2, before any work."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise InputError(f"{option} {folder}: cannot create the folder ({e.strerror or type(e).__name__})")
    if not os.access(folder, os.W_OK):
        raise InputError(f"{option} {folder}: the folder is not writable")


def _unchanged(prev: dict, path: str, key: str, folder: Path) -> bool:
    """Manifest entry, input path → True when the same settings already processed these bytes.

    Size and modification time decide, as for make and rsync: no input is read to skip it.
    """
    if prev.get("key") != key or prev.get("status") != "ok" or not folder.is_dir():
        return False
    try:
        st = os.stat(path)
    except OSError:
        return False
    return prev.get("size") == st.st_size and prev.get("mtime_ns") == st.st_mtime_ns


_ENTRY_FIELDS = [f.name for f in fields(Outcome) if f.name not in ("code", "verdicts", "patterns")]


def _entry(res: Outcome, key: str, version: str) -> dict:
    # (the fields as they are: asdict's deep copies of the same strings and numbers cost the parent a share of the
    # CPU the workers need)
    entry = {name: getattr(res, name) for name in _ENTRY_FIELDS}
    entry.update({v: res.verdicts.get(v, 0) for v in VERDICTS})
    try:
        st = os.stat(res.path)
        entry.update(size=st.st_size, mtime_ns=st.st_mtime_ns)
    except OSError:
        pass
    entry.update(status=res.status, key=key, version=version)
    return entry


# ---------------------------------------------------------------- manifest and corpus tables
_FIELDS = ["report_id", "path", "sha256", "size", "mtime_ns", "key", "version", "status", "error", "title",
           "issuer", "year", "figures", *VERDICTS]


class Manifest:
    """<out>/manifest.sqlite: a row per report (input size, mtime and sha256, the run's settings key, the
    package version, status, counts). Rows are read and written one at a time, so memory does not grow
    with the corpus, and concurrent runs on one folder are serialized by SQLite's own locking."""

    def __init__(self, out: Path):
        self.path = out / MANIFEST
        self.db = None
        self.pending: list[dict] = []
        if self.path.is_file():
            self._open()

    @property
    def exists(self) -> bool:
        return self.db is not None

    def _open(self) -> None:
        import sqlite3

        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        cols = ", ".join(f"{c} {'INTEGER' if c in ('size', 'mtime_ns', 'figures', *VERDICTS) else 'TEXT'}"
                         for c in _FIELDS[1:])
        self.db.execute(f"CREATE TABLE IF NOT EXISTS reports (report_id TEXT PRIMARY KEY, {cols})")

    def get(self, rid: str) -> dict | None:
        if self.db is None:
            return None
        row = self.db.execute(f"SELECT {', '.join(_FIELDS)} FROM reports WHERE report_id = ?", (rid,)).fetchone()
        return dict(zip(_FIELDS, row)) if row else None

    def put(self, entry: dict, create: bool) -> None:
        self.pending.append(entry)
        if self.db is None and create:
            self._open()
        if self.db is not None and len(self.pending) >= 200:
            self.commit()

    def commit(self) -> None:
        if self.db is None or not self.pending:
            return
        marks = ", ".join("?" * len(_FIELDS))
        self.db.execute("BEGIN IMMEDIATE")
        self.db.executemany(f"INSERT OR REPLACE INTO reports ({', '.join(_FIELDS)}) VALUES ({marks})",
                            [[e.get(c, "") for c in _FIELDS] for e in self.pending])
        self.db.execute("COMMIT")
        self.pending.clear()

    def rows(self) -> Iterator[dict]:
        """Every report's row, by report_id (a cursor: one row in memory at a time)."""
        if self.db is None:
            return iter(())
        cur = self.db.execute(f"SELECT {', '.join(_FIELDS)} FROM reports ORDER BY report_id")
        return (dict(zip(_FIELDS, row)) for row in cur)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def write_corpus_tables(out: Path, manifest: Manifest) -> None:
    """Manifest → summary.csv (a row per report) and all_checks.csv (every check, with report_id), streamed."""
    for name, write in (("summary.csv", _write_summary), ("all_checks.csv", _write_all_checks)):
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
        try:
            # (all_checks.csv is the reports' checks.csv bytes one after another: copied as bytes, not decoded and
            # encoded again line by line)
            with (os.fdopen(fd, "wb") if write is _write_all_checks
                  else os.fdopen(fd, "w", encoding="utf-8", newline="")) as f:
                write(f, out, manifest)
            os.chmod(tmp, 0o644)
            os.replace(tmp, out / name)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _write_summary(f, out: Path, manifest: Manifest) -> None:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(SUMMARY_COLUMNS)
    for e in manifest.rows():
        w.writerow([e["report_id"], e["title"] or "", e["issuer"] or "", e["year"] or "", e["figures"] or 0,
                    *[e[v] or 0 for v in VERDICTS], e["status"], e["error"] or ""])


def _write_all_checks(f, out: Path, manifest: Manifest) -> None:
    """Every report's checks.csv without its header line, after one header (f: a binary file)."""
    f.write((",".join(CHECK_COLUMNS) + "\n").encode("utf-8"))
    folder = os.fspath(out)
    for e in manifest.rows():
        if e["status"] != "ok":
            continue
        try:
            data = _read_file(os.path.join(folder, e["report_id"], "checks.csv"))
        except OSError:
            continue
        cut = data.find(b"\n")  # (the header: what ends at the first line break)
        if cut >= 0:
            f.write(data[cut + 1:])


def _read_file(path: str) -> bytes:
    """A small file's bytes, with plain os calls (a thousand of them for the corpus tables)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        parts = []
        while True:
            b = os.read(fd, 1 << 16)
            if not b:
                return b"".join(parts)
            parts.append(b)
    finally:
        os.close(fd)
