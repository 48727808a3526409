"""The compiled form of the rules' regular expressions, kept between runs.

The extractor and the rules compile about a thousand patterns when they are imported (0.25 s of every command's
start, longer than checking a hundred reports). CPython compiles a pattern in two steps: a pure-Python parser and
code generator turn it into a list of opcodes, then `_sre.compile` builds the matcher from that list. The first step
is the slow one and depends only on the pattern, its flags and the interpreter, so its result is kept in a file
beside the package's bytecode (marshal, as the bytecode itself: the opcodes as machine words, copied, never parsed)
and read back at the next start (0.005 s).

The file is keyed by the interpreter (`sys.implementation.cache_tag`, `_sre.MAGIC`, `sys.version`): another Python
ignores it. Anything unexpected (no file, an unreadable or foreign file, a folder that cannot be written) falls back to
the ordinary compiler; the patterns behave the same either way (a test compares the kept opcode lists with fresh ones).

The compile step also gives a pattern the interpreter leaves without one a set of the characters its matches can start
with (`_first_chars`). `search`, `finditer`, `sub`… of a pattern with neither a literal prefix nor such a set try a full
match at every position of the text, a call of the matcher each (most of the rules' patterns: alternations of words,
lookarounds, optional leads); with the set, the engine skips in C to the next position holding one of those characters.
The set only ever holds every character a match can start with, so what a pattern matches is unchanged.
"""
from __future__ import annotations

import marshal
import os
import sys
import tempfile
from array import array
from pathlib import Path

import _sre
from re import _compiler, _parser
from re._constants import (ASSERT, ASSERT_NOT, AT, AT_BEGINNING, AT_BEGINNING_STRING, ATOMIC_GROUP, BRANCH, IN,
                           LITERAL, MAX_REPEAT, MIN_REPEAT, NEGATE, POSSESSIVE_REPEAT, SRE_FLAG_IGNORECASE,
                           SRE_FLAG_LOCALE, SUBPATTERN)

# (the opcodes as bytes of machine words: an opcode string of decimal numbers, read as a JSON list, cost a parse of every
# number, a fifth of every start: 1,400 patterns, 340,000 opcodes)
_WORD = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), "")
# (4: the format of the entries — opcodes in words, with _first_chars)
_KEY = f"4 {sys.implementation.cache_tag} {_sre.MAGIC} {sys.version} {_WORD} {sys.byteorder}"
_FILE = Path(__file__).resolve().parent / "__pycache__" / f"patterns.{sys.implementation.cache_tag}.bin"

_kept: dict[str, list] = {}  # "flags pattern" → [flags, opcodes (bytes of words), groups, groupindex, indexgroup]
_added = 0
_used: set[str] = set()  # the keys this process compiled or read back: what the next save keeps
_compile = _compiler.compile  # the interpreter's own, for everything not kept
_MAX_ADDED = 2000  # new patterns kept by one process (those built from a text's words are unbounded otherwise)
_fresh: list[str] = []  # the keys of _used in the order first used (what a worker hands back: added_since)


# ---------------------------------------------------------------- the set of characters a match starts with
_REPEATS = (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT)


def _first_of_sequence(items) -> tuple[list, bool] | None:
    """Parsed items in a row → (charset items covering every character a match of them can start with, whether they
    can match the empty string), or None when no useful set can be given (., [^…], backreferences, local flags…)."""
    out: list = []
    for op, av in items:
        got = _first_of_item(op, av)
        if got is None:
            return None
        chars, may_be_empty = got
        out += chars
        if not may_be_empty:
            return out, False
    return out, True


def _first_of_item(op, av) -> tuple[list, bool] | None:
    if op is LITERAL:
        return [(op, av)], False
    if op is IN:
        return None if any(o is NEGATE for o, _ in av) else (list(av), False)
    if op is SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _first_of_sequence(sub.data)
    if op is ATOMIC_GROUP:
        return _first_of_sequence(av.data)
    if op is BRANCH:
        out, may_be_empty = [], False
        for alt in av[1]:
            got = _first_of_sequence(alt.data if hasattr(alt, "data") else alt)
            if got is None:
                return None
            out += got[0]
            may_be_empty = may_be_empty or got[1]
        return out, may_be_empty
    if op in _REPEATS:
        lo, _hi, sub = av
        got = _first_of_sequence(sub.data if hasattr(sub, "data") else sub)
        return None if got is None else (got[0], got[1] or lo == 0)
    if op is ASSERT:
        direction, sub = av
        if direction == 1:  # a lookahead: the character at this position starts one of its matches
            got = _first_of_sequence(sub.data if hasattr(sub, "data") else sub)
            if got is not None and not got[1]:
                return got[0], False
        return [], True  # (a lookbehind, or a lookahead that may match nothing: zero width, no constraint)
    if op is ASSERT_NOT or op is AT:
        return [], True  # zero width
    return None


def _first_chars(pattern, flags):
    """re's own charset prefix, else (for a pattern that cannot match the empty string, not anchored at the start of the
    text, case-sensitive) the charset items of every character a match can start with, else None."""
    charset = _charset_prefix(pattern, flags)
    if charset is not None or flags & (SRE_FLAG_IGNORECASE | SRE_FLAG_LOCALE):
        return charset
    data = pattern.data
    if data and data[0][0] is AT and data[0][1] in (AT_BEGINNING, AT_BEGINNING_STRING):
        return None  # (the engine stops after the first position by itself)
    got = _first_of_sequence(data)
    return got[0] if got is not None and not got[1] and got[0] else None


_charset_prefix = _compiler._get_charset_prefix


def _code(parsed, flags):
    """_compiler._code, with _first_chars in place of re's charset prefix (asked for patterns of non-zero minimum width
    with no literal prefix only)."""
    _compiler._get_charset_prefix = _first_chars
    try:
        return _compiler._code(parsed, flags)
    finally:
        _compiler._get_charset_prefix = _charset_prefix


def _compile_kept(p, flags=0):
    """re's compile step, with the opcode lists of string patterns kept and reused."""
    global _added
    if not isinstance(p, str):
        return _compile(p, flags)
    key = f"{int(flags)} {p}"
    e = _kept.get(key)
    if e is None and _added >= _MAX_ADDED:
        return _compile(p, flags)  # patterns built from a text's own words: not kept past a bound (memory)
    if key not in _used:
        _used.add(key)
        _fresh.append(key)
    if e is None:
        parsed = _parser.parse(p, flags)
        code = _code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        # (the opcodes packed as bytes: a list of ints costs ten times the memory, for every pattern kept)
        e = [int(flags | parsed.state.flags), _pack(code), parsed.state.groups - 1, groupindex, indexgroup]
        _kept[key] = e
        _added += 1
    return _sre.compile(p, e[0], _unpack(e[1]), e[2], e[3], tuple(e[4]))


def _pack(code: list[int]) -> bytes:
    """Opcodes → their form in the kept file (the bytes of machine words)."""
    return array(_WORD, code).tobytes()


def _unpack(data: bytes) -> list[int]:
    """_pack's bytes → the opcodes."""
    return array(_WORD, data).tolist()


def keep_compiled(path: Path | None = None) -> None:
    """Read the kept opcode lists (if any, and if made by this interpreter) and compile through them from now on."""
    global _FILE
    if path is not None:
        _FILE = path
    if _compiler.compile is _compile_kept or not _WORD:
        return
    try:
        data = marshal.loads(_FILE.read_bytes())
        if data.get("key") == _KEY and isinstance(data.get("patterns"), dict):
            _kept.update(data["patterns"])
    except (OSError, ValueError, EOFError, TypeError, AttributeError):
        pass
    _compiler.compile = _compile_kept


def fresh_count() -> int:
    """How many patterns this process used so far (a mark for added_since)."""
    return len(_fresh)


def added_since(mark: int) -> tuple[int, dict[str, list]]:
    """A mark (0, or what the last call returned) → (a new mark, the patterns this process used since, compiled
    itself or read back). A worker of a batch hands these to the parent, which alone writes the file: otherwise the
    patterns the rules compile on first use in the workers only are compiled again, by every worker, at every run
    (some 100 of them, 0.03 s a worker), and those read back by the workers only would be left out of the next save."""
    return len(_fresh), {k: _kept[k] for k in _fresh[mark:] if k in _kept}


def keep_added(entries: dict[str, list]) -> None:
    """Patterns a worker used (added_since) → kept and used here too: written by the next save_compiled (which writes
    when this run compiled patterns new to the file)."""
    global _added
    if _compiler.compile is not _compile_kept:
        return  # (not keeping patterns in this process: nothing will be saved)
    for key, e in entries.items():
        if key not in _kept:
            if _added >= _MAX_ADDED:
                continue
            _kept[key] = e
            _added += 1
        _used.add(key)


def save_compiled() -> None:
    """Write the opcode lists back when this run compiled new patterns (atomically; silently not when the folder
    cannot be written). Only the patterns this process used are written, so those of an older version of the rules
    do not pile up."""
    global _added
    if not _added:
        return
    try:
        _FILE.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=_FILE.parent, prefix=".patterns-", suffix=".bin")
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps({"key": _KEY, "patterns": {k: _kept[k] for k in _used if k in _kept}}))
        os.chmod(tmp, 0o644)  # (mkstemp makes it private; it holds nothing but patterns)
        os.replace(tmp, _FILE)
        _added = 0
    except OSError:
        pass


if __name__ == "__main__":  # set-up: `python -m analysis.patterns` compiles the package's patterns once and keeps them
    import importlib

    keep_compiled()
    importlib.import_module("analysis.report")  # the extractor and its patterns
    importlib.import_module("analysis.rules").rule_functions()  # every rule and its patterns
    save_compiled()
