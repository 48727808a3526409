"""DataFrames and texts → files, written aside and renamed into place so nothing is half-written."""
from __future__ import annotations

import csv
import io
import itertools
import os
import shutil
import tempfile
from operator import itemgetter
from pathlib import Path


def csv_bytes(df) -> bytes:
    """DataFrame → UTF-8 CSV bytes (no BOM, LF, quoted where needed, empty cells empty)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(df.columns)
    # the csv module on plain lists is several times faster than DataFrame.to_csv for small tables
    w.writerows(zip(*(["" if v is None else v for v in df[c].tolist()] for c in df.columns)))
    return buf.getvalue().encode("utf-8")


def rows_csv_bytes(rows: list[dict], columns: list[str]) -> bytes:
    """Row dicts → UTF-8 CSV bytes with the given header, as csv_bytes writes a DataFrame."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    # (itemgetter picks a row's cells in C; with one column it would give the cell itself, not a 1-tuple)
    w.writerows(map(itemgetter(*columns), rows) if len(columns) > 1 else ([r[c] for c in columns] for r in rows))
    return buf.getvalue().encode("utf-8")


def write_atomic(path: str | Path, data: bytes | str) -> Path:
    """Bytes or text → path, through a temporary file in the same folder and an atomic rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_folder(dest: str | Path, files: dict[str, bytes | str]) -> Path:
    """{name: content} → a complete folder at dest: built aside, then renamed into place."""
    # (plain os calls on path strings throughout: a batch writes a folder a report, and pathlib's objects and
    # tempfile.mkdtemp's name machinery cost more than the system calls they make)
    dest_s = os.fspath(dest)
    if dest_s.endswith(os.sep):
        dest_s = os.path.normpath(dest_s)
    parent, name = os.path.split(dest_s)
    parent = parent or "."
    if not os.path.isdir(parent):  # a stat is cheaper than a failing mkdir on every report of a batch
        os.makedirs(parent, exist_ok=True)
    tmp = _make_temp_folder(parent, name)
    try:
        for fname, content in files.items():
            p = os.path.join(tmp, fname)
            if os.path.dirname(p) != tmp:
                os.makedirs(os.path.dirname(p), exist_ok=True)
            data = content.encode("utf-8") if isinstance(content, str) else content
            fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o666)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
            finally:
                os.close(fd)
        os.chmod(tmp, 0o755)
        replace_folder(tmp, dest_s)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return Path(dest)


_temp_names = itertools.count()


def _make_temp_folder(parent: str, name: str) -> str:
    """A new private folder (0o700, as mkdtemp makes) named .<name>.<pid>_<n>.tmp in parent → its path: unique by the
    process id and a counter (a forked worker has its own id); the next number is tried should a folder left by a dead
    process of the same id be in the way (mkdtemp's random names, made anew for every report, cost more)."""
    for _ in range(100):
        tmp = os.path.join(parent, f".{name}.{os.getpid():x}_{next(_temp_names):x}.tmp")
        try:
            os.mkdir(tmp, 0o700)
            return tmp
        except FileExistsError:
            continue
    return tempfile.mkdtemp(prefix=f".{name}.", suffix=".tmp", dir=parent)


def replace_folder(src: str | Path, dest: str | Path) -> None:
    """Move a finished folder onto dest; an older dest is moved aside first, then removed."""
    src, dest = os.fspath(src), os.fspath(dest)
    parent, name = os.path.split(dest)
    for _ in range(20):
        old = None
        if os.path.exists(dest):
            old = tempfile.mkdtemp(prefix=f".{name}.", suffix=".old", dir=parent or ".")
            try:
                os.replace(dest, os.path.join(old, "x"))
            except FileNotFoundError:
                pass  # another run moved it first
        try:
            os.replace(src, dest)
        except OSError:
            if old:
                shutil.rmtree(old, ignore_errors=True)
            continue  # another run put its folder there in between: try again
        if old:
            shutil.rmtree(old, ignore_errors=True)
        return
    raise OSError(f"could not move {src} into place at {dest}")
