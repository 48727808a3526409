"""Raw report bytes → the text (decoded, LF line ends), its sections and sentences (read in simplified characters
when the report is written in traditional ones, one character for one)."""
from __future__ import annotations

import bisect
import codecs
import functools
import hashlib
import html
import importlib.util
import itertools
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ReportFileError

MAX_BYTES = 20 * 1024 * 1024  # larger files are refused: a report is never this long
_CJK_ENCODINGS = ("gb18030", "gbk", "gb2312", "big5", "big5hkscs", "utf_16", "utf_32", "hz")

# Full-width digits and signs fold one-for-one, so offsets in the folded text equal offsets in the text.
FOLD = str.maketrans({
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    "．": ".", "％": "%", "－": "-", "～": "~", "＋": "+", "﹪": "%", "—": "-", "–": "-",
})


_FOLDABLE = re.compile("[" + "".join(map(chr, FOLD)) + "]")  # most texts have nothing to fold: skip translate()
_FOLDABLE_RUN = re.compile(_FOLDABLE.pattern + "+")
_FW_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}(?:，\d{3})+(?![\d.])(?=[^\d，]|$)")
_DIGIT_FW_COMMA_DIGIT = re.compile(r"，(?<=\d，)\d")  # what every _FW_THOUSANDS match holds: a cheap test first
# digit groups set off by a space, as statistical publications write them (收案321 146件, 5 258件): one number when
# the run closes on a unit or a sign right after its last group, or on a unit after its decimals (10 851.8万元) —
# not a sign after them: a table's row 120 126 105.0% is three cells (and 12 350 8 100 are left apart)
_SPACE_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u2009\u00a0]\d{3})+(?=[\u4e00-\u9fff%‰]|\.\d+[\u4e00-\u9fff])")
_DIGIT_SPACE_DIGIT = re.compile(r"[ \u2009\u00a0](?<=\d[ \u2009\u00a0])\d{3}")  # (a cheap test first)


# the letter l or I that an OCR copy wrote for the digit 1 (7l.6%, l.35万人次, l4起): next to a digit, no letter beside it
# (I before a digit is kept: I7处理器, I5 are model names)
_OCR_ONE = re.compile(r"(?<![A-Za-z])l(?=\.?\d)|(?<=\d)[lI](?![A-Za-z])")
_OCR_ONE_HINT = re.compile(r"\d[lI]|l\.?\d")  # (a cheap test first: most texts hold neither)


def fold_text(text: str) -> str:
    """Text → full-width digits and signs folded to ASCII, one character for one (text.translate(FOLD), done a run
    of foldable characters at a time: translate() is slow over a long Chinese text)."""
    return _FOLDABLE_RUN.sub(_fold_run, text) if _FOLDABLE.search(text) else text


def _fold_run(m: re.Match) -> str:
    return m.group(0).translate(FOLD)


# Traditional characters read as simplified: OpenCC's character table (TSCharacters.txt, as opencc-purepy ships it),
# each entry's one simplified character that OpenCC itself chooses, so the map is one character for one and every
# offset of the simplified text is an offset of the text. Applied only to a text written in traditional characters, so
# a simplified report (which may quote a traditional name) is read as it is.
_TS_TABLE = "TSCharacters.txt"
_ST_TABLE = "STCharacters.txt"
_TRAD_SAMPLE = 4000  # the script of a report shows in its opening: the first characters are enough to tell
_TRAD_SHARE = 0.1  # of its distinct characters: 23–36% in real traditional reports, at most 1% in simplified ones
_TRAD_MIN = 3


def _opencc_table(name: str) -> list[tuple[str, list[str]]]:
    """OpenCC dictionary file name → its (key, candidates) lines, read from the opencc-purepy package's data without
    importing the package (its converter is not needed, only the table)."""
    spec = importlib.util.find_spec("opencc_purepy")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(next(iter(spec.submodule_search_locations))) / "dicts" / name
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, cands = line.partition("\t")
        if key and cands and not key.startswith("#"):
            out.append((key, cands.split()))
    return out


@functools.lru_cache(maxsize=1)
def _trad_tables() -> tuple[dict[str, str], frozenset[str]]:
    """() → (the traditional → simplified one-character map, the characters that exist only in traditional writing:
    keys of the table that no simplified text uses — neither a candidate of any entry nor a simplified character the
    reverse table converts), built once."""
    ts = _opencc_table(_TS_TABLE)
    if not ts:
        return {}, frozenset()
    simplified_used = {c for _, cands in ts for c in cands}
    simplified_used.update(k for k, _ in _opencc_table(_ST_TABLE))
    # (OpenCC's own choice is an entry's first candidate — 開 → 开, not the rare variant 𫔭 after it — and every
    # character entry's first candidate is one character)
    table = {k: c[0] for k, c in ts if len(k) == 1 and len(c[0]) == 1 and c[0] != k}
    return table, frozenset(k for k in table if k not in simplified_used)


@functools.lru_cache(maxsize=1)
def _trad_only_in_gb2312() -> tuple[str, ...]:
    """The characters that exist only in traditional writing (_trad_tables) that GB2312, the simplified character set,
    holds all the same (後, 著, 摺…: some ten), found once."""
    return tuple(sorted(c for c in _trad_tables()[1] if c.encode("gb2312", "ignore")))


def is_traditional(text: str) -> bool:
    """Text → is it written in traditional characters (a clear share of the distinct characters of its opening exist
    only in traditional writing)? (Distinct characters, a set: a scan of the opening costs some 30 µs.)"""
    _, only = _trad_tables()
    sample = text[:_TRAD_SAMPLE]
    try:
        # (most reports: an opening GB2312 encodes whole, in C, some twenty times faster than the set below is built)
        sample.encode("gb2312")
    except UnicodeEncodeError:
        pass
    else:
        # every character of such an opening is a GB2312 one: the traditional-only characters among them are among the
        # few GB2312 holds, and fewer than _TRAD_MIN of them answer as the set below would
        if sum(c in sample for c in _trad_only_in_gb2312()) < _TRAD_MIN:
            return False
    seen = set(sample)
    n = len(only.intersection(seen))
    return n >= _TRAD_MIN and n >= _TRAD_SHARE * len(seen)


def simplified_text(text: str) -> str:
    """Text → the same text with traditional characters made simplified, one character for one, when it is written in
    traditional characters; else the text itself."""
    if not is_traditional(text):
        return text
    table = _trad_tables()[0]
    return "".join([table.get(c, c) for c in text])


@dataclass
class Section:
    start: int
    end: int
    heading: str
    level: int


@dataclass
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class Document:
    """A decoded report: the text and everything derived from its layout."""

    text: str
    encoding: str
    sha256: str
    path: str = ""
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    year: int | None = None
    _sent_starts: list[int] = field(default_factory=list, repr=False)
    _folded: str = field(default="", repr=False)
    _wraps: list[int] | None = field(default=None, repr=False)  # hard_wraps(text), when build_document found them
    _plain: str | None = field(default=None, repr=False)  # simplified_text(text), when build_document made it

    @property
    def plain(self) -> str:
        """The text in simplified characters (a traditional report's characters mapped one for one; else the text)."""
        if self._plain is None:
            self._plain = simplified_text(self.text)
        return self._plain

    @property
    def folded(self) -> str:
        """The text in simplified characters with full-width digits and signs folded to ASCII, one character for one."""
        if not self._folded:
            # a full-width comma between digit groups (１，１２０台) is a thousands separator
            text = fold_text(self.plain)
            if _OCR_ONE_HINT.search(text):
                text = _OCR_ONE.sub("1", text)  # (7l.6% / l.35万人次 / l4起: an OCR'd 1 read as a letter)
            folded = _FW_THOUSANDS.sub(lambda m: m.group(0).replace("，", ","), text) \
                if _DIGIT_FW_COMMA_DIGIT.search(text) else text
            if _DIGIT_SPACE_DIGIT.search(folded):
                folded = _SPACE_THOUSANDS.sub(lambda m: re.sub(r"[ \u2009\u00a0]", ",", m.group(0)), folded)
            # a line broken inside a sentence (text copied out of a PDF) reads on: the break becomes a space
            # (folding never changes what _is_hard_wrap looks at, so the text's wraps are the folded text's)
            wraps = self._wraps if self._wraps is not None else hard_wraps(folded)
            self._folded = _unwrap(folded, wraps)
        return self._folded

    def sentence_at(self, pos: int) -> Sentence | None:
        i = bisect.bisect_right(self._sent_starts, pos) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i].start <= pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    def top_sections(self) -> tuple[list[int], list[str]]:
        """The top-level headings: (their starts, their texts), in order (computed once)."""
        tops = self.__dict__.get("_tops")
        if tops is None:
            tops = self.__dict__["_tops"] = ([s.start for s in self.sections if s.level == 1],
                                             [s.heading for s in self.sections if s.level == 1])
        return tops

    def section_at(self, pos: int) -> str:
        """Offset → the top-level heading it falls under ('' before the first heading)."""
        tops = self.top_sections()
        i = bisect.bisect_right(tops[0], pos) - 1
        return tops[1][i] if i >= 0 else ""


def file_name(path: str | Path) -> str:
    """Path → its last part, as Path(path).name gives it (os.path on the string: a pathlib object costs more than
    the answer, and a batch asks for every report)."""
    s = os.fspath(path)
    name = os.path.basename(s)
    return name if name not in ("", ".", "..") else Path(s).name


_NOT_ID = re.compile(r"[^\w\-]")


def report_id_for(path: str | Path) -> str:
    """File name → report_id: the name up to its first dot, other characters made '_'."""
    name = file_name(path).split(".", 1)[0]
    return _NOT_ID.sub("_", name) if name else "_"


def decode(data: bytes, path: str = "") -> tuple[str, str]:
    """Bytes → (text, encoding name); BOM dropped, CR/CRLF made LF. Raises ReportFileError."""
    if not data or data.isspace():
        raise ReportFileError("the file is empty or blank", path=path)
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _finish(data.decode(enc), path), enc
            except UnicodeDecodeError as e:
                raise ReportFileError(f"starts with a {enc} byte-order mark but does not decode ({e.reason})", path=path)
    enc = _utf16_without_bom(data)
    if enc:
        return _finish(data.decode(enc), path), enc
    if b"\x00" in data:
        raise ReportFileError("looks binary (NUL bytes), not a text report", path=path)
    try:
        return _finish(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # (only for text that is not UTF-8: its import is 5 ms of every start)

    best = charset_normalizer.from_bytes(data, cp_isolation=list(_CJK_ENCODINGS) + ["utf_8"]).best()
    for enc in ([best.encoding] if best else []) + ["gb18030"]:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _looks_like_text(text):
            return _finish(text, path), enc
    raise ReportFileError("cannot be decoded as UTF-8, UTF-16 or GB18030 text", path=path)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: NUL bytes, and one byte order decodes to plausible text."""
    if b"\x00" not in data[:4000] or len(data) % 2:
        return None
    best, best_score = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            sample = data[:8000].decode(enc)
        except UnicodeDecodeError:
            continue
        score = sum(1 for ch in sample if _plausible(ch)) / max(1, len(sample))
        if score > best_score:
            best, best_score = enc, score
    if best and best_score > 0.95:
        try:
            data.decode(best)
            return best
        except UnicodeDecodeError:
            return None
    return None


def _plausible(ch: str) -> bool:
    o = ord(ch)
    return (32 <= o < 127 or ch in "\n\r\t" or 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F
            or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F or 0xB7 == o)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ue000-\uf8ff]")


def _looks_like_text(text: str) -> bool:
    """Text → False when control or private-use characters betray binary data or a wrong codec."""
    if not text:
        return False
    return _CONTROL.search(text) is None or len(_CONTROL.findall(text)) / len(text) < 0.01


_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]{0,2000}>", re.S | re.I)
_BLOCK = re.compile(r"</?(p|div|br|li|tr|h[1-6]|table|ul|ol|section|article)\b[^>]*>", re.I)


def _strip_markup(text: str) -> str:
    """HTML or Word-HTML → plain text, a line per block, entities resolved."""
    text = _BLOCK.sub("\n", text)
    text = _TAG.sub("", text)
    return html.unescape(text)


def _looks_like_markup(text: str) -> bool:
    head = text[:3000].lower()
    if head.count("<") < 3:  # (the cheap test first)
        return False
    return bool(re.search(r"<(html|body|p|div|br|span|table)\b", head))


def _finish(text: str, path: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _looks_like_markup(text):
        text = _strip_markup(text)
    if not text or text.isspace():
        raise ReportFileError("the file has no text", path=path)
    if _is_mojibake(text):
        raise ReportFileError("looks like mojibake: UTF-8 text that was once decoded as GBK; "
                              "re-export it from the original file", path=path)
    if not _looks_like_text(text):
        raise ReportFileError("looks binary (control characters), not a text report", path=path)
    return text


_CJK_RUN = re.compile("[\u4e00-\u9fff]+")


def _count_cjk(text: str, end: int) -> int:
    """Text → how many CJK ideographs its first `end` characters hold (counted a run at a time)."""
    return sum(map(len, _CJK_RUN.findall(text, 0, end)))


def _is_mojibake(text: str) -> bool:
    """UTF-8 bytes read as GBK turn back into valid UTF-8 when encoded as GBK again; real Chinese does not."""
    # (the first 1,500 characters decide: a file is misread as a whole, and that many show it plainly)
    repaired = text[:1500].encode("gb18030", errors="replace").decode("utf-8", errors="replace")
    bad = repaired.count("\ufffd")
    if len(repaired) <= 4 * bad:
        return False  # (real Chinese: so many bad bytes that good > 3 * bad cannot hold, counting nothing)
    cjk = _count_cjk(text, 1500)
    if cjk < 8:
        return False
    good = _count_cjk(repaired, len(repaired))
    return good >= cjk // 3 and good > 3 * bad


def _read_all(path: str | Path, size: int) -> bytes:
    """A file's bytes, read to its end with plain os calls: open() would add a buffered reader and its fstat, isatty
    and seek calls, four system calls of the ten a report's read costs."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        parts = [os.read(fd, size + 1)]  # (one read holds the file as stat saw it; the loop, a file that grew since)
        while parts[-1]:
            parts.append(os.read(fd, max(size, 65536)))
        return b"".join(parts) if len(parts) > 2 else parts[0]
    finally:
        os.close(fd)


def read_bytes(path: str | Path) -> bytes:
    """Path → its bytes, with one-line errors for what is not a readable file."""
    try:
        st = os.stat(path)
    except OSError:
        st = None
    if st is not None and stat.S_ISREG(st.st_mode) and st.st_size <= MAX_BYTES:
        try:  # a readable regular file of a fair size: one stat, then read (the checks below say why not)
            return _read_all(path, st.st_size)
        except OSError:
            pass
    p = Path(path)
    if not p.exists():
        raise ReportFileError("no such file", path=str(path))
    if p.is_dir():
        raise ReportFileError("is a directory, not a report file", path=str(path))
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise ReportFileError(f"is {size / 2**20:.0f} MiB; reports above {MAX_BYTES // 2**20} MiB are refused", path=str(path))
    try:
        return p.read_bytes()
    except OSError as e:
        raise ReportFileError(f"cannot be read ({e.strerror})", path=str(path))


_HEADING = re.compile(
    r"^[ \t\u3000]*(?:"
    r"(?P<l1>[一二三四五六七八九十]{1,3}[、．.])"
    r"|(?P<l2>[（(][一二三四五六七八九十]{1,3}[）)])"
    r"|(?P<l3>\d{1,2}[、．.](?!\d))"
    r"|(?P<l4>[（(]\d{1,2}[）)])"
    r")[^\n]{1,80}$",
    re.M,
)
# (a run of 。！？!? with an optional closing quote, or a run of line breaks; written to start with one character class,
# the first character the engine skips to, since an alternation of runs gives it none and it then tries every position)
_SENT_END = re.compile(r"[。！？!?\n](?:(?<=\n)\n*|[。！？!?]*[”’」』）)]?)")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?=年)")
_DELIVERED = re.compile(r"^\W*((?:19|20)\d\d)年(\d{1,2})月\d{1,2}日.*(?:会议|大会|会上)")
# a line holding only a date in brackets under the title (（2016年1月12日）): the day a report was given — of the year
# before only when the body's first line opens on that year (2015年，在县委…), not a quarter's report or a plan
_OPENING_YEAR = re.compile(r"\W*((?:19|20)\d\d)年")  # a line that opens on a year (2015年，在县委…)
_DATE_LINE = re.compile(r"^\W*((?:19|20)\d\d)年(\d{1,2})月\d{1,2}日\s*[）)]\s*$")
_NAME_YEAR = re.compile(r"(?<![\dA-Za-z])(19[5-9]\d|20\d\d)(?![\dA-Za-z])")  # in a file name: 2014, not a hash's digits
_CN_YEAR = re.compile(r"[一二][〇零一二三四五六七八九]{3}(?=年)")
_CN_DIGIT_TO_ASCII = str.maketrans("〇零一二三四五六七八九", "00123456789")
_REVIEW_YEAR = re.compile(r"(?m)^[ \t\u3000]*[一二三四五六七八九十]{1,2}[、．.]\s*(19[5-9]\d|20\d\d)年(?:工作|主要工作)?(?:回顾|总结)")


def parse_sections(text: str) -> list[Section]:
    """Text → headings (一、 （一） 1. （1）) with their level, in order."""
    out = []
    for m in _HEADING.finditer(text):
        line = m.group(0).strip()
        level = next(i for i, g in enumerate(("l1", "l2", "l3", "l4"), 1) if m.group(g))
        # a heading is a short line; a numbered paragraph ending in 。 is prose
        body = line.rstrip("。：:")
        if level >= 3 and (len(line) > 40 or "。" in line[:-1]):
            continue
        if "。" in body or len(line) > 80:
            continue
        out.append(Section(m.start() + (len(m.group(0)) - len(m.group(0).lstrip(" \t\u3000"))), m.end(), line, level))
    for i, s in enumerate(out):
        s.end = out[i + 1].start if i + 1 < len(out) else len(text)
    return out


_HARD_WRAP = re.compile(r"\n(?<=[^\n]\n)(?=[^\n])")  # a lone line break (the \n first, for the engine to skip to)
_LINE_DONE = "。！？!?；;：:”’」』）)…"
# the body after a run-in heading's title, running on: after its 。, or after its colon when the body has a clause mark
# and a figure (not a colon's subtitle: 二、2022年工作安排：稳中求进，开拓创新 is a heading line of its own)
_RUN_IN_BODY = re.compile(r"。[^。！？!?：:\n]{8,}$|[：:](?=[^。！？!?：:\n]*[，,；;])(?=[^。！？!?：:\n]*[\d０-９])[^。！？!?：:\n]*$")
_CELL_GAP = re.compile(r"[ \u3000]{2,}|\t")
# a digit, a thousands separator, the line break, then three digits and no fourth; or a number after a word, a decimal
# point, the line break and the decimals (下拨资金579.⏎413万元) — not a list's number, which opens its line or follows a
# full stop or a colon (1.⏎36所…, 2.⏎3、)
_SPLIT_NUMBER = re.compile(r"\d,\n\d{3}(?!\d)|\d\.\n\d+(?![\d、.．])")
_LIST_NUMBER_LEAD = re.compile(r"(?:^|[\n。：:；;])\d+$")


def _split_number(text: str, pos: int) -> bool:
    """Is the line break at pos inside a number (_SPLIT_NUMBER at the digit before its separator), not after a list's
    number (1.⏎36所: the digits open their line or follow a full stop or a colon)?"""
    if not _SPLIT_NUMBER.match(text, pos - 2):
        return False
    return text[pos - 1] == "," or not _LIST_NUMBER_LEAD.search(text, max(0, pos - 12), pos - 1)
# what a line break inside a number becomes in the folded text: a no-break space the number grammar reads through
NUMBER_WRAP = "\u00a0"
DECIMAL_WRAP = "\u2060"  # (after a decimal point: a word joiner, which no text has there, so a no-break space that a Word
# or web copy puts after a list's "1." is not read as inside a number)


def _is_hard_wrap(text: str, pos: int) -> bool:
    """Is the line break at pos one inside a sentence (a PDF's wrapped line) rather than a paragraph's end? The line
    before runs long and stops without closing punctuation, and neither line is a heading or a table row."""
    if _split_number(text, pos):
        return True  # 12,\n450吨, 579.\n413万元: no line ends in a thousands separator, nor a sentence in a decimal point (a PDF wrapped inside the number)
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    next_end = text.find("\n", pos + 1)
    after = text[pos + 1:next_end if next_end >= 0 else len(text)]
    if len(before.strip()) < 20 or before.rstrip()[-1:] in _LINE_DONE or not after.strip():
        return False
    if after[:1] in " \t\u3000" or _HEADING.match(after) or _HEADING.match(before) and not _RUN_IN_BODY.search(before):
        return False  # (（二）多元业务协同发展。从收入结构看，…分别\n占…: a heading run into its paragraph, the line wrapped)
    return not (_CELL_GAP.search(before.strip()) or _CELL_GAP.search(after.strip())
                or spaced_cells(before) or spaced_cells(after))


def spaced_cells(line: str) -> bool:
    """A table row flattened with one space between its cells (产出指标 数量指标 实施中修工程 ≥45公里 48.6公里 完成):
    four cells or more and no clause punctuation — a row, never a sentence a PDF wrapped."""
    body = line.strip()
    return body.count(" ") >= 3 and not _CLAUSE_MARK.search(body) and len(body.split()) >= 4


_CLAUSE_MARK = re.compile(r"[，。；;]|,(?!\d{3})")  # (not a thousands separator: 2,936户)


def hard_wraps(text: str) -> list[int]:
    """Text → offsets of its line breaks inside a sentence (lone breaks that _is_hard_wrap accepts), in order."""
    return [m.start() for m in _HARD_WRAP.finditer(text) if _is_hard_wrap(text, m.start())]


def _unwrap(text: str, wraps: list[int]) -> str:
    """Text and its hard-wrap offsets → the text with each of those line breaks made a space (a no-break space inside
    a number: 12,\n450)."""
    if not wraps:
        return text
    out, prev = [], 0
    for pos in wraps:
        out.append(text[prev:pos])
        out.append((NUMBER_WRAP if text[pos - 1] == "," else DECIMAL_WRAP) if _split_number(text, pos) else " ")
        prev = pos + 1
    out.append(text[prev:])
    return "".join(out)


def split_sentences(text: str, wraps: list[int] | None = None) -> list[Sentence]:
    """Text → sentences with spans; ends at 。！？ or a line break (not one inside a sentence), blank stretches
    dropped. `wraps` is hard_wraps(text) when the caller has it already."""
    wrapped = set(hard_wraps(text) if wraps is None else wraps)
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        s, e = m.span()
        if text[s] == "\n":  # line breaks end a sentence before them (a lone one unless it is a wrap)
            if e - s == 1 and s in wrapped:
                continue
            _add_sentence(text, start, s, out)
        else:  # 。！？ (and a closing quote) end it after them
            _add_sentence(text, start, e, out)
        start = e
    _add_sentence(text, start, len(text), out)
    return out


_BLANK = " \t\u3000\n"


def _add_sentence(text: str, start: int, end: int, out: list[Sentence]) -> None:
    """text[start:end] with its blanks trimmed → appended to out as a Sentence, unless nothing is left."""
    seg = text[start:end]
    body = seg.strip(_BLANK)
    if body:
        start += len(seg) - len(seg.lstrip(_BLANK))
        out.append(Sentence(start, start + len(body), body))


def report_year(text: str, name: str = "") -> int | None:
    """Text (and its file name) → the year the report is about: the year in its title, else the one year its file
    name gives (包头科技局_2014.txt), else the year of a review heading, else the most frequent one."""
    cn_digits = "〇" in text or "零" in text

    def fold(t: str) -> str:
        t = fold_text(t)  # ２０２５年 is a year too
        if cn_digits:  # and so is 二〇二二年, written digit by digit (one character for one)
            t = _CN_YEAR.sub(lambda m: m.group(0).translate(_CN_DIGIT_TO_ASCII), t)
        return t

    # (the first three lines folded alone, the whole text only when they name no year: folding changes no line break
    # or blank, and no folded year spans two lines, so they are the folded text's first three)
    lines = list(itertools.islice((ln for ln in text.splitlines() if ln.strip()), 4))
    head = [fold(ln) for ln in lines[:3]]
    # （2022年1月6日在县第十八届人民代表大会第一次会议上）: the day a report was delivered, not the year it is about
    delivered = next((d for d in map(_DELIVERED.search, head) if d), None)
    at = next((i for i, ln in enumerate(head) if _DATE_LINE.search(ln)), None)
    m = _YEAR.search("\n".join(ln for i, ln in enumerate(head) if i != at and not _DELIVERED.search(ln)))
    if m:
        return int(m.group(1))
    if at is not None:
        # (（2016年1月12日）⏎2015年，在县委…: the first line of the body opens on the year before — a review of it)
        dated = _DATE_LINE.search(head[at])
        opens = _OPENING_YEAR.match(fold(lines[at + 1])) if at + 1 < len(lines) else None
        if opens and int(opens.group(1)) == int(dated.group(1)) - 1 and int(dated.group(2)) <= 3:
            return int(opens.group(1))
        return int(dated.group(1))
    text = fold(text)
    named = set(_NAME_YEAR.findall(name))
    if len(named) == 1:
        return int(named.pop())
    # a government work report names the year it reviews in a heading: 一、2012年工作回顾
    m = _REVIEW_YEAR.search(text)
    if m:
        return int(m.group(1))
    if delivered:  # delivered early in a year: a review of the year before
        return int(delivered.group(1)) - (int(delivered.group(2)) <= 3)
    years = _YEAR.findall(text)
    if not years:
        return None
    return int(max(sorted(set(years)), key=years.count))


def build_document(text: str, encoding: str = "utf-8", sha256: str = "", path: str = "", year: int | None = None) -> Document:
    """Text → Document with sections, sentences and the report's year (headings and sentences in simplified
    characters when the report is written in traditional ones: the rules read them; spans are the text's)."""
    doc = Document(text=text, encoding=encoding, sha256=sha256, path=path)
    plain = doc.plain
    doc.sections = parse_sections(plain)
    doc._wraps = hard_wraps(plain)
    doc.sentences = split_sentences(plain, doc._wraps)
    doc._sent_starts = [s.start for s in doc.sentences]
    doc.year = year or report_year(plain, file_name(path) if path else "")
    return doc


def read_document(path: str | Path, year: int | None = None) -> Document:
    """Report path → Document. Raises ReportFileError with a one-line reason."""
    data = read_bytes(path)
    text, enc = decode(data, str(path))
    return build_document(text, enc, hashlib.sha256(data).hexdigest(), str(path), year)
