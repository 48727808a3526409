"""Stated numbers → the Decimal intervals their precision allows, with arithmetic and formatting.

A number written with d decimals stands for [x − 0.5·10^-d, x + 0.5·10^-d]; a count of discrete
things is exact; a qualifier (以上, 近, 约, 超过, 不足…) opens or widens the interval. Every rule
compares intervals, never floats.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext

# 约/左右: a modest widening, relative to the value (an approximate figure is rarely off by more)
APPROX_WIDEN = Decimal("0.05")
HALF = Decimal("0.5")


def half_unit(decimals: int) -> Decimal:
    """Decimals as written → half a unit of the last digit (2 → 0.005)."""
    h = _HALVES.get(decimals)
    return h if h is not None else HALF * Decimal(1).scaleb(-decimals)


# (the usual decimals' halves, computed once: a report asks some 35 times; the same exact Decimals as above)
_HALVES = {d: HALF * Decimal(1).scaleb(-d) for d in range(0, 10)}


@dataclass(frozen=True)
class Interval:
    """A closed or half-open interval of Decimals; None for an unbounded end."""

    low: Decimal | None
    high: Decimal | None
    low_open: bool = False
    high_open: bool = False

    def __init__(self, low: Decimal | None, high: Decimal | None, low_open: bool = False, high_open: bool = False):
        # (the frozen dataclass's own __init__ sets each field through object.__setattr__; writing the instance's
        # dict directly is twice as fast, and the rules' arithmetic builds some 80 intervals a report)
        d = self.__dict__
        d["low"], d["high"], d["low_open"], d["high_open"] = low, high, low_open, high_open

    # ------------------------------------------------------------ construction
    @classmethod
    def point(cls, x: Decimal) -> Interval:
        return cls(Decimal(x), Decimal(x))

    @classmethod
    def around(cls, x: Decimal, half: Decimal) -> Interval:
        return cls(x - half, x + half)

    @property
    def bounded(self) -> bool:
        return self.low is not None and self.high is not None

    @property
    def is_point(self) -> bool:
        return self.bounded and self.low == self.high

    # ------------------------------------------------------------ tests
    def contains(self, x: Decimal) -> bool:
        """Is x inside (ends included unless open)?"""
        if self.low is not None and (x < self.low or (self.low_open and x == self.low)):
            return False
        if self.high is not None and (x > self.high or (self.high_open and x == self.high)):
            return False
        return True

    def overlaps(self, other: Interval) -> bool:
        """Do the two intervals share at least one value?"""
        return not (_before(self, other) or _before(other, self))

    def below(self, other: Interval) -> bool:
        """Is every value of self smaller than every value of other?"""
        return _before(self, other)

    # ------------------------------------------------------------ arithmetic
    def __add__(self, other: Interval) -> Interval:
        return Interval(_opt(self.low, other.low, "+"), _opt(self.high, other.high, "+"),
                        self.low_open or other.low_open, self.high_open or other.high_open)

    def __neg__(self) -> Interval:
        return Interval(None if self.high is None else -self.high, None if self.low is None else -self.low,
                        self.high_open, self.low_open)

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def scale(self, k: Decimal) -> Interval:
        """Multiply both ends by a constant k ≥ 0."""
        return Interval(None if self.low is None else self.low * k, None if self.high is None else self.high * k,
                        self.low_open, self.high_open)

    def __mul__(self, other: Interval) -> Interval:
        if not (self.bounded and other.bounded):
            return _open_product(self, other)
        with localcontext() as ctx:
            ctx.prec = 28
            ends = [a * b for a in (self.low, self.high) for b in (other.low, other.high)]
        return Interval(min(ends), max(ends))

    def __truediv__(self, other: Interval) -> Interval:
        """Quotient of two intervals; the divisor must not contain 0. An end left open by a qualifier (以上, 不足…)
        leaves the quotient's end open too (see _open_product)."""
        if other.contains(Decimal(0)):
            raise ZeroDivisionError("divisor interval contains 0")
        if not (self.bounded and other.bounded):
            if other.low is None or other.low < 0:
                return Interval(None, None)
            # (1/∞ = 0; a divisor open at 0, (0, h], has no upper end to its reciprocal)
            return _open_product(self, Interval(None if other.high is None else 1 / other.high,
                                                None if other.low == 0 else 1 / other.low))
        with localcontext() as ctx:
            ctx.prec = 28
            ends = [a / b for a in (self.low, self.high) for b in (other.low, other.high)]
        return Interval(min(ends), max(ends))

    def widen(self, k: Decimal) -> Interval:
        return Interval(None if self.low is None else self.low - k, None if self.high is None else self.high + k,
                        self.low_open, self.high_open)


def _before(a: Interval, b: Interval) -> bool:
    """Does a end before b starts?"""
    if a.high is None or b.low is None:
        return False
    return a.high < b.low or (a.high == b.low and (a.high_open or b.low_open))


def _opt(a: Decimal | None, b: Decimal | None, op: str) -> Decimal | None:
    if a is None or b is None:
        return None
    return a + b


def _open_product(a: Interval, b: Interval) -> Interval:
    """The product of two intervals one of which has an end left open (0.23万人以上 = [0.23, ∞)). The rules' amounts
    are not negative: for two such intervals, the ends multiply, an open end giving an open one (a missing low end of
    an amount at most h ≥ 0 counts as 0); any other signs, or no end at all, give any value. (A divisor [l, h] is
    multiplied as [1/h, 1/l], 1/∞ = 0.)"""
    if not all(x.low >= 0 if x.low is not None else x.high is not None and x.high >= 0 for x in (a, b)):
        return Interval(None, None)
    lows = [x.low or Decimal(0) for x in (a, b)]
    high = None if a.high is None or b.high is None else a.high * b.high
    return Interval(lows[0] * lows[1], high)


# ---------------------------------------------------------------- stated numbers
def stated(x: Decimal, decimals: int, exact: bool = False) -> Interval:
    """A number as written → the interval it stands for (a point when exact)."""
    if exact:
        return Interval.point(x)
    return Interval.around(x, half_unit(decimals))


def qualified(x: Decimal, decimals: int, qualifier: str = "", exact: bool = False) -> Interval:
    """A number with its qualifier → interval: 以上 [x, ∞), 超过 (x, ∞), 近 [?, x], 不足 (−∞, x), 约 widened."""
    return qualify(stated(x, decimals, exact), x, qualifier, half_unit(decimals))


def qualify(base: Interval, x: Decimal, qualifier: str, half: Decimal = Decimal(0)) -> Interval:
    """The interval of a bare number, and its qualifier → the interval the qualified number states."""
    if qualifier == "at_least":
        return Interval(x, None)
    if qualifier == "more_than":
        return Interval(x, None, low_open=True)
    if qualifier == "at_most":
        return Interval(None, x)
    if qualifier == "less_than":
        return Interval(None, x, high_open=True)
    if qualifier == "nearly":
        return Interval(None, x)
    if qualifier == "approx":
        return base.widen(max(abs(x) * APPROX_WIDEN, half))
    return base


# ---------------------------------------------------------------- formatting
def fmt(x: Decimal | None, decimals: int | None = None) -> str:
    """Decimal → plain text, rounded half-even to `decimals` when given ('33.3', '4091.5')."""
    if x is None:
        return "?"
    if decimals is not None:
        x = x.quantize(Decimal(1).scaleb(-decimals))
        s = format(x, "f")
    else:
        s = format(x.normalize(), "f")
        if "." in s:
            s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def fmt_interval(iv: Interval, decimals: int | None = None, unit: str = "") -> str:
    """Interval → '33.5–34.5%', '≥ 20%', '[4091.5, 4095.7]' style text (a point shows as one number)."""
    if iv.is_point:
        return f"{fmt(iv.low, decimals)}{unit}"
    if iv.low is None and iv.high is None:
        return "any value"
    if iv.high is None:
        return f"{'>' if iv.low_open else '≥'} {fmt(iv.low, decimals)}{unit}"
    if iv.low is None:
        return f"{'<' if iv.high_open else '≤'} {fmt(iv.high, decimals)}{unit}"
    return f"{fmt(iv.low, decimals)}–{fmt(iv.high, decimals)}{unit}"


def shown_apart(got: Interval, want: Interval, decimals: int, most: int = 3) -> int:
    """The decimals, from `decimals` up to `most` more, at which a computed interval that misses the stated one is
    seen to miss it: 11.49% against a stated 12% (11.5–12.5%) shows as 11.5% at one decimal — which reads as a match —
    and as 11.49% at two. An interval that overlaps keeps `decimals`."""
    if got.overlaps(want) or got.low is None or got.high is None or want.low is None or want.high is None:
        return decimals
    for d in range(decimals, decimals + most + 1):
        if got.high < want.low and Decimal(fmt(got.high, d)) < Decimal(fmt(want.low, d)) \
                or got.low > want.high and Decimal(fmt(got.low, d)) > Decimal(fmt(want.high, d)):
            return d
    return decimals + most


def rounding_cause(got: Interval, stated: Decimal, decimals: int) -> str:
    """Why a stated value just misses what it was computed from, when its rounding does: rounded up, rounded twice
    (11.49 → 11.5 → 12), or truncated — else ''."""
    from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP

    q = Decimal(1).scaleb(-decimals)
    if got.high is not None and stated > got.high and stated == got.high.quantize(q, rounding=ROUND_CEILING):
        once = got.high.quantize(q / 10, rounding=ROUND_HALF_UP)
        if once.quantize(q, rounding=ROUND_HALF_UP) == stated and once > got.high:
            return f"rounded twice ({fmt(got.high, decimals + 3)} → {fmt(once, decimals + 1)} → {fmt(stated, decimals)})"
        return "rounded up instead of to nearest"
    if got.low is not None and stated < got.low and stated == got.low.quantize(q, rounding=ROUND_FLOOR):
        return "truncated instead of rounded"
    return ""


def fmt_outward(iv: Interval, decimals: int, unit: str = "") -> str:
    """Interval → '[low, high]unit' rounded outward (floor the low end, ceiling the high end); an end left open gives
    '≥ low' or '≤ high', no end at all 'any value'."""
    from decimal import ROUND_CEILING, ROUND_FLOOR

    q = Decimal(1).scaleb(-decimals)
    lo = None if iv.low is None else format(iv.low.quantize(q, rounding=ROUND_FLOOR), "f")
    hi = None if iv.high is None else format(iv.high.quantize(q, rounding=ROUND_CEILING), "f")
    if lo is None or hi is None:  # (an end left open by a qualifier)
        return "any value" if lo is hi else f"≥ {lo}{unit}" if hi is None else f"≤ {hi}{unit}"
    return f"[{lo}, {hi}]{unit}"


def fmt_nearest(iv: Interval, decimals: int, unit: str = "") -> str:
    """Bounded interval → '[low, high]unit' with each end rounded to nearest (a headline, not a bound)."""
    from decimal import ROUND_HALF_EVEN

    q = Decimal(1).scaleb(-decimals)
    lo, hi = (x.quantize(q, rounding=ROUND_HALF_EVEN) for x in (iv.low, iv.high))
    return f"[{format(lo, 'f')}, {format(hi, 'f')}]{unit}"


def needs(iv: Interval, decimals: int | None = None, unit: str = "") -> str:
    """Stated interval → 'needs 33.5–34.5' (what the computed value must fall in)."""
    return f"needs {fmt_interval(iv, decimals, unit)}"
