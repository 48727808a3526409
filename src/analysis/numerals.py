"""Numerals as written (Arabic, full-width, Chinese) → exact Decimals, and Decimals → plain text."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

CN_DIGITS = "零〇一二两三四五六七八九"
CN_CHARS = CN_DIGITS + "十百千万亿"
_DIGIT_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
MULTIPLIERS = {"万亿": Decimal(10) ** 12, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6,
               "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(10) ** 3, "": Decimal(1)}


def parse_arabic(s: str) -> tuple[Decimal, int]:
    """'1,234.50' (already folded to ASCII) → (Decimal('1234.50'), 2 decimals)."""
    s = s.replace(",", "").replace("\u00a0", "").replace("\u2060", "")  # 12,450, 12,⏎450, 579.⏎413 (wrapped lines, folded)
    d = Decimal(s)
    return d, (len(s.split(".", 1)[1]) if "." in s else 0)


@lru_cache(maxsize=4096)
def parse_chinese(s: str) -> tuple[Decimal, int] | None:
    """'一百二十' → (120, 0); '三点五' → (3.5, 1); '二〇一四' → 2014; None when not a numeral."""
    if not s or not any(c in _DIGIT_VALUE or c == "十" for c in s):
        return None  # a bare 百/千/万 is a word (百姓, 千方百计), not a number
    whole, _, frac = s.partition("点")
    if frac and not all(c in _DIGIT_VALUE for c in frac):
        return None
    if whole and all(c in _DIGIT_VALUE for c in whole):
        # one digit (三), or digit-by-digit numbers (二〇一四) read as a string of digits
        n = int("".join(str(_DIGIT_VALUE[c]) for c in whole))
    else:
        n = _positional(whole)
        if n is None:
            import cn2an  # 70 ms to import (its patterns for every mode, a place-name table): only for what is left

            try:
                n = cn2an.cn2an(whole, "normal")
            except (ValueError, KeyError, IndexError, TypeError):
                return None
    if frac:
        return Decimal(f"{int(n)}.{''.join(str(_DIGIT_VALUE[c]) for c in frac)}"), len(frac)
    return Decimal(int(n)), 0


_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10**4, "亿": 10**8}


def _positional(s: str) -> int | None:
    """The plain positional form of a Chinese integer (十五, 一百二十, 两千零五, 三万五千, 一亿二千万) → its value; None
    for anything else (三万五, 二百三, 一万亿, 壹佰…), which cn2an reads. Most numerals of a report are of this form, and
    reading them here spares a batch the import of cn2an."""
    total = section = 0
    digit, last_small, last_big, after_zero = None, 10**4, 10**9, False
    for c in s:
        if c in "零〇":
            if digit is not None:
                return None
            after_zero = True
        elif c in _DIGIT_VALUE:
            if digit is not None:
                return None
            digit = _DIGIT_VALUE[c]
        elif c in _SMALL_UNITS:
            u = _SMALL_UNITS[c]
            if u >= last_small or (digit is None and not (c == "十" and section == 0 and not after_zero)):
                return None  # units must fall (一百二十), a bare 十 only opens a section (十五, 二十万 is 二 + 十)
            section += (1 if digit is None else digit) * u
            digit, last_small, after_zero = None, u, False
        elif c in _BIG_UNITS:
            u = _BIG_UNITS[c]
            section += digit or 0
            if not section or u >= last_big:
                return None
            total += section * u
            section, digit, last_small, last_big, after_zero = 0, None, 10**4, u, False
        else:
            return None
    if digit is not None:
        if last_small > 10 and last_small != 10**4 and not after_zero:
            return None  # 二百三, 三千五: a spoken shorthand (230? 203?), left to cn2an
        if last_small == 10**4 and last_big != 10**9 and not after_zero:
            return None  # 三万五: the same after 万/亿
        section += digit
    return total + section


def parse_number(s: str) -> tuple[Decimal, int] | None:
    """Arabic or Chinese numeral → (value, decimals as written), None if it is neither."""
    if s and s[0].isdigit():
        try:
            return parse_arabic(s)
        except InvalidOperation:
            return None
    return parse_chinese(s)


def plain(d: Decimal | None) -> str:
    """Decimal → plain decimal text without exponent or trailing zeros ('4941', '0.207')."""
    if d is None:
        return ""
    s = format(d.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def as_written(d: Decimal, decimals: int) -> str:
    """Decimal and the decimals the text used → the value as written ('20.70')."""
    return format(d.quantize(Decimal(1).scaleb(-decimals)), "f") if decimals else plain(d)
