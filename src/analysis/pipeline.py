"""Report files → the three notebooks, run by papermill in one kernel → processed tables, executed notebooks, HTML.

The first half holds the functions the notebooks call, one per cell, so the notebooks stay thin;
the second half is `run_many`, which `analysis run` (analysis.batch) calls for each worker's reports.
"""
from __future__ import annotations

import datetime as _dt
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from . import schema
from .errors import EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, AnalysisError, InputError, ParameterError, PipelineError

NOTEBOOKS = ("01_clean_figures.ipynb", "02_verify_claims.ipynb", "03_annotated_report.ipynb")
# Set by `analysis run` from its own arguments; -p may not override them.
_FROM_ARGUMENTS = {"report_path": "the REPORT arguments", "processed_dir": "--processed-dir",
                   "reports_dir": "--reports-dir", "facts_path": "--facts", "claims_path": "--claims"}
_INPUT_ERRORS = {"InputError", "ReportFileError", "FactsFileError", "ParameterError"}

if TYPE_CHECKING:
    import pandas as pd


# ================================================================ helpers the notebooks call
def repo_root(start: str | Path | None = None) -> Path:
    """Folder → the repository root above it (the first folder with a pyproject.toml).

    Falls back to the source tree this package was loaded from, then to the folder itself, so a
    notebook run from anywhere still finds data/raw/.
    """
    here = Path(start or os.getcwd()).resolve()
    for d in (here, *here.parents):
        if (d / "pyproject.toml").is_file():
            return d
    src = Path(__file__).resolve().parents[2]
    return src if (src / "pyproject.toml").is_file() else here


def resolve_path(path: str | Path, root: str | Path | None = None) -> Path:
    """Path as given to a notebook → an absolute path (relative ones count from the repository root)."""
    p = Path(path).expanduser()
    return p if p.is_absolute() else Path(root or repo_root()) / p


def read_table(path: str | Path, columns: list[str]) -> pd.DataFrame:
    """figures.csv or checks.csv → DataFrame in the contract's dtypes (text stays text: '4941', never 4941.0)."""
    import pandas as pd

    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    if list(df.columns) != columns:
        raise schema.SchemaError(f"{Path(path).name}: columns differ from the contract")
    for c in ("start", "end"):
        df[c] = df[c].astype("int64")
    return df.astype({c: object for c in columns if c not in ("start", "end")})


def open_report(report_path: str, report_id: str = "", facts_path: str = "", claims_path: str = "",
                processed_dir: str = "", reuse: Iterable[str] = ()):
    """Notebook parameters → Report; `reuse` ("figures", "checks") takes those tables from processed_dir
    when an earlier notebook wrote them for this very text, and computes them otherwise."""
    from .report import load_report

    rep = load_report(resolve_path(report_path), report_id or None,
                      resolve_path(facts_path) if facts_path else None,
                      resolve_path(claims_path) if claims_path else None)
    reuse = tuple(reuse)
    if not (processed_dir and reuse):
        return rep
    folder = resolve_path(processed_dir) / rep.report_id
    try:
        same = (folder / "text.txt").read_text(encoding="utf-8") == rep.text
    except (OSError, UnicodeDecodeError):
        same = False
    if not same:
        return rep  # no earlier output, or output of another text: compute afresh
    for name, columns in (("figures", schema.FIGURE_COLUMNS), ("checks", schema.CHECK_COLUMNS)):
        f = folder / f"{name}.csv"
        if name in reuse and f.is_file():
            try:
                rep.use_tables(**{name: read_table(f, columns)})
            except (AnalysisError, ValueError, KeyError):
                pass  # a stale or damaged table is recomputed, not trusted
    return rep


def write_processed(report, processed_dir: str, with_checks: bool = True) -> Path:
    """Report → processed_dir/<report_id>/ (text.txt, figures.csv, and checks.csv unless with_checks=False)."""
    return report.write(resolve_path(processed_dir), with_checks=with_checks)


_TABLE_STYLES = [{"selector": "th", "props": "text-align: left; vertical-align: bottom"},
                 {"selector": "td", "props": "vertical-align: top"}]
_ROW_COLOURS = {schema.CONSISTENT: "#e3f4e6", schema.INCONSISTENT: "#fde0e0", schema.UNVERIFIABLE: "#fff3cd",
                schema.MISSING: "#efe3fb"}


_FIGURE_HEADERS_ZH = {
    "figure_id": "编号", "start": "起", "end": "止", "text": "原文", "value": "数值", "value_high": "上限", "unit": "单位",
    "normalized_value": "换算值", "base_unit": "基本单位", "kind": "类别", "qualifier": "限定词", "decimals": "小数位",
    "iso_date": "日期", "metric": "指标", "section": "部分",
}


def figures_table(report, lang: str = "en"):
    """Report → its figures as a styled table (escaped; the long sentence column left out; zh: Chinese headers)."""
    df = report.figures.drop(columns=["report_id", "sentence"])
    if lang == "zh":
        df = df.rename(columns=_FIGURE_HEADERS_ZH)
    return (df.style.hide(axis="index").format(escape="html").set_uuid("figures")
            .set_properties(subset=[df.columns[3]], **{"font-weight": "bold", "white-space": "nowrap"})
            .set_properties(**{"text-align": "left"}).set_table_styles(_TABLE_STYLES))


def checks_table(report, lang: str = "en"):
    """Report → its checks as a table styled by verdict (colour and icon), the explanation in `lang` first."""
    from .html import ICONS, LABELS

    other = "zh" if lang == "en" else "en"
    names = LABELS.get(lang, LABELS["en"])["verdicts"]
    df = report.checks.copy()
    df["verdict"] = [f"{ICONS.get(v, '')} {names.get(v, v)}" for v in report.checks["verdict"]]
    df = df[["check_id", "verdict", "rule", "figure_ids", "start", "end", "stated", "computed", "cause", "source",
             f"explanation_{lang}", f"explanation_{other}"]]
    verdicts = list(report.checks["verdict"])

    def colour(row):
        return [f"background-color: {_ROW_COLOURS.get(verdicts[row.name], '')}"] * len(row)

    return (df.reset_index(drop=True).style.apply(colour, axis=1).hide(axis="index").format(escape="html")
            .set_uuid("checks").set_properties(**{"text-align": "left"})
            .set_properties(subset=["verdict"], **{"white-space": "nowrap"}).set_table_styles(_TABLE_STYLES))


def annotated_report(report, lang: str = "en"):
    """Report → the annotated report (text, marks, findings, charts, tables), shown inline in Jupyter."""
    from .html import report_view

    return report_view(report, lang)


def chart_gallery(report, lang: str = "en"):
    """Report → its charts, shown inline in Jupyter (the same PNGs the HTML embeds)."""
    from markupsafe import escape

    from .charts import report_charts
    from .html import HTMLView

    charts = report_charts(report, lang)
    if not charts:
        return HTMLView("<p>No chart: the checks give no shares, growth claims or sections to draw.</p>")
    return HTMLView("".join(f'<figure><img src="{c.data_uri}" alt="{escape(c.alt)}" width="{c.width}">'
                            f"<figcaption>{escape(c.title)}</figcaption></figure>" for c in charts))


def write_html(report, reports_dir: str, lang: str = "en") -> Path:
    """Report → reports_dir/<report_id>.html, the self-contained annotated report, written atomically."""
    from .html import render_report
    from .outputs import write_atomic

    return write_atomic(resolve_path(reports_dir) / f"{report.report_id}.html", render_report(report, lang=lang))


# ================================================================ the pipeline
def find_notebooks(notebooks_dir: str | Path | None = None) -> Path:
    """→ the folder holding the three notebooks (given, or notebooks/ of the repository)."""
    for cand in ([Path(notebooks_dir)] if notebooks_dir else [repo_root() / "notebooks",
                                                              Path(__file__).resolve().parents[2] / "notebooks"]):
        if all((cand / n).is_file() for n in NOTEBOOKS):
            return cand.resolve()
    raise PipelineError(f"the notebooks {', '.join(NOTEBOOKS)} are not in {notebooks_dir or 'notebooks/'}")


def declared_parameters(nb_dir: Path) -> dict[str, dict[str, dict]]:
    """Notebook folder → {notebook: {parameter: {"name", "inferred_type_name"}}}, read from the cells
    tagged `parameters` with the ast module: the same names and types papermill infers, without
    importing papermill (about a second), so bad -p values are refused at once."""
    import ast
    import json

    out = {}
    for n in NOTEBOOKS:
        nb = json.loads((nb_dir / n).read_text(encoding="utf-8"))
        cell = next((c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])), None)
        src = "".join(cell["source"]) if cell else ""
        params = {}
        for node in ast.parse(src).body:
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                typ = node.annotation.id if isinstance(node.annotation, ast.Name) else "None"
                params[node.target.id] = {"name": node.target.id, "inferred_type_name": typ}
        out[n] = params
    return out


def _coerce(name: str, value, type_name: str | None):
    if not isinstance(value, str):
        return value
    t = (type_name or "str").lower()
    try:
        if t == "int":
            return int(value)
        if t == "float":
            return float(value)
        if t == "bool":
            low = value.lower()
            if low in ("true", "1", "yes"):
                return True
            if low in ("false", "0", "no"):
                return False
            raise ValueError(value)
    except ValueError:
        raise ParameterError(f"-p {name} {value!r} is not a valid {t}") from None
    return value


def check_parameters(params: dict, declared: dict[str, dict[str, dict]], n_reports: int) -> dict:
    """-p NAME VALUE pairs → the same with typed values; ParameterError for an unknown, reserved or bad one."""
    known: dict[str, dict] = {}
    for ps in declared.values():
        known.update(ps)
    out = {}
    for name, value in params.items():
        if name in _FROM_ARGUMENTS:
            raise ParameterError(f"-p {name} is set by {_FROM_ARGUMENTS[name]}, not by -p")
        if name not in known:
            raise ParameterError(f"-p {name}: unknown notebook parameter (-p takes: "
                                 f"{', '.join(sorted(set(known) - set(_FROM_ARGUMENTS)))})")
        if name == "report_id" and n_reports != 1:
            raise ParameterError("-p report_id needs exactly one report")
        if name == "report_id" and not re.fullmatch(r"[\w-]+", str(value)):
            raise ParameterError(f"-p report_id {value!r}: only letters, digits, '_' and '-' (it names files)")
        out[name] = _coerce(name, value, known[name].get("inferred_type_name"))
    if "lang" in out:
        from .html import LANGS

        if out["lang"] not in LANGS:
            raise ParameterError(f"-p lang {out['lang']!r} is not one of: {', '.join(LANGS)}")
    return out


def _param_path(path: str | Path, root: Path) -> str:
    """A path from the command line → the notebook parameter: relative to the repository root when
    inside it (the executed notebooks then read the same on any machine), else absolute."""
    p = Path(path).expanduser().resolve()
    try:
        return p.relative_to(root).as_posix()
    except ValueError:
        return str(p)


class _Snapshot:
    """The outputs of one report as they were before a run, to put back if the run fails."""

    def __init__(self, paths: list[Path]):
        self.saved: dict[Path, object] = {}
        for p in paths:
            if p.is_dir():
                self.saved[p] = {str(f.relative_to(p)): f.read_bytes() for f in sorted(p.rglob("*")) if f.is_file()}
            elif p.is_file():
                self.saved[p] = p.read_bytes()
            else:
                self.saved[p] = None

    def restore(self) -> None:
        from .outputs import write_atomic, write_folder

        for p, old in self.saved.items():
            if old is None:
                if p.is_dir():
                    shutil.rmtree(p, ignore_errors=True)
                elif p.exists():
                    p.unlink()
            elif isinstance(old, dict):
                write_folder(p, old)
            else:
                write_atomic(p, old)


# Run by the kernel as it starts, while this process is still checking the inputs; names are deleted
# again, so the first notebook starts with an empty namespace. A failure here is ignored: the
# notebook's own import then reports it, with its cell.
_WARM_UP = """try:
    import analysis.pipeline, analysis.report, analysis.rules, analysis.html, analysis.charts
    import matplotlib.figure, pandas.io.formats.style
    analysis.fonts.cjk_family()
    del analysis, matplotlib, pandas
except Exception:
    pass"""


class _Kernel:
    """One Jupyter kernel shared by every notebook of a run (killed at the end)."""

    def __init__(self, cwd: Path, kernel_name: str):
        self.cwd, self.kernel_name, self.km, self.kc, self.used, self.sockets = cwd, kernel_name, None, None, False, None

    def start(self, warm: bool = False) -> None:
        """Launch the kernel process (without waiting for it); warm: let it import the library first."""
        from jupyter_client.manager import AsyncKernelManager
        from jupyter_core.utils import run_sync

        if os.name == "posix":
            # IPC sockets in a private folder: local only, and no "running over TCP without encryption"
            # warning on stderr; an absolute path, as the kernel runs in another folder than we do
            self.sockets = tempfile.mkdtemp(prefix="analysis-kernel-")
            self.km = AsyncKernelManager(kernel_name=self.kernel_name, transport="ipc",
                                         ip=os.path.join(self.sockets, "k"))
        else:
            self.km = AsyncKernelManager(kernel_name=self.kernel_name)
        args = ["--HistoryManager.hist_file=:memory:"]  # no sqlite history file, no lock between runs
        if warm:
            args.append(f"--IPKernelApp.exec_lines={_WARM_UP}")
        run_sync(self.km.start_kernel)(cwd=str(self.cwd), extra_arguments=args)
        self.used = False

    def connect(self):
        """→ (manager, client) of the running kernel, ready; a dead kernel is replaced by a fresh one.

        One client serves every notebook: a new client would wait 0.2 s flushing IOPub each time.
        """
        from jupyter_core.utils import run_sync

        if self.km is not None and not run_sync(self.km.is_alive)():
            self.close()
        if self.km is None:
            self.start()
        if self.kc is None:
            self.kc = self.km.client()
            self.kc.start_channels()
            try:
                run_sync(self.kc.wait_for_ready)(timeout=60)
            except Exception:
                self.close()
                raise
            self.kc.allow_stdin = False
        return self.km, self.kc

    def close(self) -> None:
        from jupyter_core.utils import run_sync

        if self.kc is not None:
            self.kc.stop_channels()
            self.kc = None
        if self.km is not None:
            try:
                # now=True kills at once: the outputs are in, and a polite shutdown can stall for seconds
                run_sync(self.km.shutdown_kernel)(now=True)
            except Exception:
                pass
            self.km = None
        if self.sockets:
            shutil.rmtree(self.sockets, ignore_errors=True)
            self.sockets = None


_ENGINE = "analysis-shared-kernel"
_RESET = "get_ipython().reset(new_session=True, aggressive=False)"


def _quiet_log():
    """→ a logger that prints nothing: a failure reaches the user as the one line `analysis run` writes."""
    import logging

    log = logging.getLogger("analysis.pipeline.kernel")
    if not log.handlers:
        log.addHandler(logging.NullHandler())
        log.propagate = False
    return log


def _register_engine() -> None:
    """Register a papermill engine that runs a notebook on a kernel it is given, and leaves it running."""
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines

    if _ENGINE in papermill_engines._engines:
        return

    class SharedKernelEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False, stdout_file=None, stderr_file=None,
                                     start_timeout=60, execution_timeout=None, km=None, kc=None, reset=False,
                                     **kwargs):
            client = PapermillNotebookClient(
                nb_man, km=km, timeout=execution_timeout, startup_timeout=start_timeout, kernel_name=kernel_name,
                log=_quiet_log(), log_output=log_output, stdout_file=stdout_file, stderr_file=stderr_file)
            client.kc = kc  # not ours: nbclient neither creates nor stops a client it is given
            if reset:
                # a notebook sees only its own variables and counts its cells from 1, as when run alone
                client.wait_for_reply(kc.execute(_RESET, silent=True, store_history=False))
            return client.execute()

    papermill_engines.register(_ENGINE, SharedKernelEngine)


def _import_papermill() -> None:
    """Import papermill without the ~0.7 s that jsonschema spends building an RFC 3987 grammar.

    jsonschema's format checker imports rfc3987_syntax when it is installed (jupyter-events pulls it
    in); nbformat never checks those formats, so in this process we let that import fail. The entry
    is removed again so that anyone importing rfc3987_syntax later gets the real module.
    """
    if "jsonschema" in sys.modules or "rfc3987_syntax" in sys.modules:
        import papermill  # noqa: F401
        return
    sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]
    try:
        import papermill  # noqa: F401
    finally:
        if sys.modules.get("rfc3987_syntax", 0) is None:
            del sys.modules["rfc3987_syntax"]


def _failure_line(path: str, nb_name: str, exc: BaseException) -> tuple[int, str]:
    from papermill.exceptions import PapermillExecutionError

    if isinstance(exc, PapermillExecutionError):
        evalue = " ".join(str(exc.evalue).split())
        code = EXIT_INPUT if exc.ename in _INPUT_ERRORS else EXIT_INTERNAL
        return code, f"{path}: {nb_name}, cell {exc.cell_index} (In [{exc.exec_count}]): {exc.ename}: {evalue}"
    if isinstance(exc, AnalysisError):
        return exc.exit_code, f"{path}: {nb_name}: {exc.one_line()}"
    msg = " ".join(str(exc).split()) or type(exc).__name__
    return EXIT_INTERNAL, f"{path}: {nb_name}: {type(exc).__name__}: {msg}"


class _ReportFailed(Exception):
    """One report's run failed: its exit code and one-line message (the cause is chained)."""

    def __init__(self, code: int, line: str):
        super().__init__(line)
        self.code, self.line = code, line


def _run_report(kernel: _Kernel, nb_dir: Path, root: Path, declared: dict, path: str, rep, out_processed: Path,
                out_reports: Path, facts, claims, extra: dict, execution_timeout: int) -> None:
    """One loaded report → its three notebooks run on `kernel` → processed folder, HTML, executed notebooks.

    Raises _ReportFailed naming the notebook, cell and error; the report's outputs are then put back
    as they were before.
    """
    import nbformat
    import papermill as pm

    from . import __version__
    from .outputs import write_folder

    rid = rep.report_id
    base = {"report_path": _param_path(path, root), "report_id": rid,
            "processed_dir": _param_path(out_processed, root), "reports_dir": _param_path(out_reports, root),
            "facts_path": _param_path(facts, root) if facts else "",
            "claims_path": _param_path(claims, root) if claims else "", **extra}
    snap = _Snapshot([out_processed / rid, out_reports / f"{rid}.html"])
    executed: dict[str, str] = {}
    nb_name = NOTEBOOKS[0]
    try:
        for nb_name in NOTEBOOKS:
            nb_params = {k: v for k, v in base.items() if k in declared[nb_name]}
            km, kc = kernel.connect()
            nb = pm.execute_notebook(
                str(nb_dir / nb_name), None, parameters=nb_params, engine_name=_ENGINE,
                kernel_name=kernel.kernel_name, progress_bar=False, request_save_on_cell_execute=False,
                execution_timeout=execution_timeout, km=km, kc=kc, reset=kernel.used)
            kernel.used = True
            nb.metadata["analysis"] = {
                "parameters": nb_params, "input_sha256": rep.doc.sha256, "version": __version__,
                "executed_at": _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat(),
            }
            _drop_timings(nb)
            executed[nb_name] = nbformat.writes(nb) + "\n"
        if not (out_reports / f"{rid}.html").is_file():
            raise PipelineError(f"{NOTEBOOKS[-1]} did not write {out_reports / rid}.html")
        write_folder(out_reports / "executed" / rid, executed)
    except KeyboardInterrupt:
        snap.restore()  # interrupted half-way: the report's outputs are put back too
        raise
    except Exception as e:  # noqa: BLE001 - every failure becomes one line, the outputs are put back
        kernel.used = True
        snap.restore()
        raise _ReportFailed(*_failure_line(path, nb_name, e)) from e


def _drop_timings(nb) -> None:
    """papermill's per-cell and per-notebook times and its random cell id → removed: the executed notebook
    keeps one time stamp, metadata.analysis.executed_at, so two runs of the same inputs differ only there."""
    for meta in [nb.metadata.get("papermill", {})] + [c.metadata.get("papermill", {}) for c in nb.cells]:
        for k in ("start_time", "end_time", "duration"):
            meta.pop(k, None)
    for c in nb.cells:
        c.metadata.pop("execution", None)
        if "injected-parameters" in c.metadata.get("tags", []):
            c.id = "injected-parameters"  # papermill gives it a random id
        for o in c.get("outputs", []):
            plain = o.get("data", {}).get("text/plain")
            if isinstance(plain, str):  # a Styler's repr carries its memory address
                o["data"]["text/plain"] = re.sub(r" at 0x[0-9a-f]+>", ">", plain)


def _prepare(notebooks_dir, params: dict | None, n_reports: int, warm: bool):
    """→ (notebook folder, repository root, declared parameters, checked -p values, started kernel)."""
    import json

    nb_dir = find_notebooks(notebooks_dir)
    root = repo_root(nb_dir)
    first = json.loads((nb_dir / NOTEBOOKS[0]).read_text(encoding="utf-8"))
    kernel = _Kernel(nb_dir, first.get("metadata", {}).get("kernelspec", {}).get("name", "python3"))
    # The kernel boots (and imports the library) while this process imports papermill and checks the
    # inputs; on bad input it is killed again, which costs a tenth of a second.
    kernel.start(warm=warm)
    try:
        _import_papermill()
        _register_engine()
        declared = declared_parameters(nb_dir)
        extra = check_parameters(dict(params or {}), declared, n_reports)
    except BaseException:
        kernel.close()
        raise
    return nb_dir, root, declared, extra, kernel


def run_many(paths: list[str], processed_dir: str = "data/processed", reports_dir: str = "reports",
             facts: str | None = None, claims: str | None = None, params: dict | None = None, *,
             notebooks_dir: str | Path | None = None, execution_timeout: int = 600):
    """Report files → yields (path, report or None, exit code, one-line message) for each, in order,
    running every report's three notebooks on one shared kernel. Bad -p values raise InputError first.
    """
    from .ingest import report_id_for
    from .report import load_report

    nb_dir, root, declared, extra, kernel = _prepare(notebooks_dir, params, len(paths), warm=bool(paths))
    try:
        seen: dict[str, str] = {}
        out_processed, out_reports = Path(processed_dir), Path(reports_dir)
        for path in paths:
            rid = extra.get("report_id") or report_id_for(path)
            if rid in seen:
                yield path, None, EXIT_INPUT, f"{path}: report_id {rid!r} is already taken by {seen[rid]} in this run"
                continue
            seen[rid] = path
            try:
                rep = load_report(path, rid, facts, claims)  # reads and decodes: bad input fails here
            except InputError as e:
                yield path, None, EXIT_INPUT, e.one_line()
                continue
            try:
                _run_report(kernel, nb_dir, root, declared, path, rep, out_processed, out_reports, facts, claims,
                            extra, execution_timeout)
            except _ReportFailed as f:
                if os.environ.get("ANALYSIS_DEBUG"):
                    raise f.__cause__ from None
                yield path, rep, f.code, f.line
                continue
            yield path, rep, EXIT_OK, ""
    finally:
        kernel.close()
