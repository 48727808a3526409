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
    s = s.replace(",", "")
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
        import cn2an  # 70 ms to import: only when a numeral has 十/百/千/万/亿 in it

        try:
            n = cn2an.cn2an(whole, "normal")
        except (ValueError, KeyError, IndexError, TypeError):
            return None
    if frac:
        return Decimal(f"{int(n)}.{''.join(str(_DIGIT_VALUE[c]) for c in frac)}"), len(frac)
    return Decimal(int(n)), 0


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
