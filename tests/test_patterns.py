"""The kept compiled form of the rules' patterns: the same opcodes as a fresh compile, and no harm from a bad file."""
import marshal
import re
from re import _compiler, _parser

import _sre

import pytest

from analysis import patterns


@pytest.fixture
def kept(tmp_path, monkeypatch):
    monkeypatch.setattr(patterns, "_kept", {})
    monkeypatch.setattr(patterns, "_added", 0)
    monkeypatch.setattr(patterns, "_used", set())
    monkeypatch.setattr(_compiler, "compile", patterns._compile)
    path = tmp_path / "patterns.bin"
    patterns.keep_compiled(path)
    yield path
    _compiler.compile = patterns._compile
    re.purge()


def _fresh(pattern, flags=0):
    parsed = _parser.parse(pattern, flags)
    return [int(c) for c in patterns._code(parsed, flags)]


def _package_patterns():
    """Every compiled pattern the extractor and the rules keep at module level."""
    import importlib
    import pkgutil

    import analysis
    import analysis.rules

    out = {}
    for pkg in (analysis, analysis.rules):
        for info in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + "."):
            if info.name.endswith("__main__"):
                continue
            mod = importlib.import_module(info.name)
            for v in vars(mod).values():
                if isinstance(v, re.Pattern) and isinstance(v.pattern, str):
                    out[(v.pattern, v.flags)] = v
    return list(out.values())


def test_every_pattern_of_the_package_round_trips_through_the_kept_file(kept, seed_report):
    pats = _package_patterns()
    assert len(pats) < patterns._MAX_ADDED  # the bound on new patterns leaves room for all of the package's
    assert len(pats) > 500
    firsts = [patterns._compile_kept(p.pattern, p.flags & ~re.UNICODE) for p in pats]
    patterns.save_compiled()
    assert marshal.loads(kept.read_bytes())["key"] == patterns._KEY
    patterns._kept.clear()
    _compiler.compile = patterns._compile
    patterns.keep_compiled(kept)  # read back from the file
    text = seed_report.doc.folded
    for p, first in zip(pats, firsts):
        again = patterns._compile_kept(p.pattern, p.flags & ~re.UNICODE)
        assert (again.flags, again.groups, again.groupindex) == (p.flags, p.groups, p.groupindex), p.pattern
        assert [m.span() for m in again.finditer(text)] == [m.span() for m in p.finditer(text)], p.pattern
    assert patterns._added == 0  # every one read back, none compiled anew
    # and the kept opcodes are those of a fresh compile
    for key, (flags, code, *_rest) in list(patterns._kept.items())[:200]:
        f, pattern = key.split(" ", 1)
        assert patterns._unpack(code) == _fresh(pattern, int(f))


def test_the_set_of_first_characters_changes_no_match(seed_report):
    """_first_chars only lets the engine skip positions where no match can start: every pattern of the package finds
    the same matches, groups and all, compiled with it as compiled by the interpreter alone."""
    import glob
    from pathlib import Path

    from analysis.ingest import decode

    root = Path(__file__).resolve().parents[1]
    texts = [seed_report.doc.folded] + [decode(Path(p).read_bytes(), p)[0]
                                        for p in sorted(glob.glob(str(root / "tests" / "corpus" / "tuning" / "*.txt")))]
    changed = 0
    for p in _package_patterns():
        flags = p.flags & ~re.UNICODE
        parsed = _parser.parse(p.pattern, flags)
        own, ours = _compiler._code(parsed, flags), patterns._code(parsed, flags)
        if own == ours:
            continue
        changed += 1
        assert ours[ours[1] + 1:] == own[own[1] + 1:], p.pattern  # (only the info block differs)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        with_set = _sre.compile(p.pattern, flags | parsed.state.flags, ours, parsed.state.groups - 1, groupindex,
                                tuple(indexgroup))
        plain = _sre.compile(p.pattern, flags | parsed.state.flags, own, parsed.state.groups - 1, groupindex,
                             tuple(indexgroup))
        for text in texts:
            got = [(m.span(), m.groups()) for m in with_set.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in plain.finditer(text)], p.pattern
            assert with_set.sub("#", text) == plain.sub("#", text), p.pattern
            mid = len(text) // 3
            assert [(m.span(), m.groups()) for m in with_set.finditer(text, mid, 2 * mid)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text, mid, 2 * mid)], p.pattern
    assert changed > 100  # (most of the rules' patterns start with a set of words, a lookaround or an optional lead)


# (the kept file is marshal data: broken bytes, another python's key, and data of the wrong shape are each ignored)
@pytest.mark.parametrize("content", [b"not marshal", marshal.dumps({"key": "another python", "patterns": {"0 a": [0, "", 0, {}, []]}}),
                                     marshal.dumps([1, 2])])
def test_a_foreign_or_broken_file_is_ignored(tmp_path, monkeypatch, content):
    monkeypatch.setattr(patterns, "_kept", {})
    monkeypatch.setattr(_compiler, "compile", patterns._compile)
    path = tmp_path / "patterns.bin"
    path.write_bytes(content)
    patterns.keep_compiled(path)
    try:
        assert patterns._kept == {}
        re.purge()
        assert re.compile(r"a(b+)c").fullmatch("abbc").group(1) == "bb"
    finally:
        _compiler.compile = patterns._compile
        re.purge()
