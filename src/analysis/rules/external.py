"""Numbers from outside the text: a facts file (sourced values) and a claims file (an analyst's own checks).

facts.yaml   - {metric, period, value, unit, source, date, definition}   (a list, or under `facts:`)
claims.yaml  - {rule, figures: [F043 | "4941万元" | "2件#2"], stated, expected, note}   (a list, or under `claims:`)

external  a fact supplies what the text lacks (the prior-year value behind a growth rate, or the same
          metric and period as a stated figure); the row cites the fact's source and date.
declared  each analyst claim evaluated on the figures it names.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Literal, Union

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from .. import schema
from ..errors import FactsFileError
from ..numerals import MULTIPLIERS
from .common import Fig, figs_of, result
from .intervals import Interval, fmt_interval, stated as stated_iv

Number = Union[int, float, str]


class Fact(BaseModel):
    """One sourced value: what it measures, for which period, in which unit, from where."""

    model_config = ConfigDict(extra="forbid")
    metric: str
    period: Union[int, str]
    value: Number
    unit: str
    source: str
    date: Union[str, dt.date]
    definition: str = ""

    @field_validator("value")
    @classmethod
    def _number(cls, v):
        _decimal(v)
        return v


class Claim(BaseModel):
    """An analyst's declared check on named figures."""

    model_config = ConfigDict(extra="forbid")
    rule: Literal["share_of_total", "growth", "parts_sum", "percent_sum", "cumulative_vs_new", "target_met", "equal"]
    figures: list[str]
    stated: Union[Number, None] = None
    expected: Union[Number, None] = None
    note: str = ""

    @field_validator("figures", mode="before")
    @classmethod
    def _texts(cls, v):
        if not isinstance(v, list) or not v:
            raise ValueError("must be a non-empty list of figure ids or texts")
        return [str(x) for x in v]


def _decimal(v) -> Decimal:
    try:
        return Decimal(str(v).replace(",", ""))
    except InvalidOperation:
        raise ValueError(f"{v!r} is not a number")


def _load(path, key: str, model):
    p = Path(path)
    if not p.is_file():
        raise FactsFileError("no such file" if not p.exists() else "is not a file", path=str(path))
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else None
        raise FactsFileError(f"is not valid YAML ({getattr(e, 'problem', None) or type(e).__name__})", path=str(path), where=where)
    except UnicodeDecodeError:
        raise FactsFileError("is not UTF-8 text", path=str(path))
    if isinstance(data, dict) and set(data) == {key}:
        data = data[key]
    if data is None:
        return []
    if not isinstance(data, list):
        raise FactsFileError(f"must be a list of {key} (or a mapping with one key `{key}`)", path=str(path))
    out = []
    for i, item in enumerate(data, 1):
        if not isinstance(item, dict):
            raise FactsFileError(f"entry {i} is not a mapping", path=str(path))
        try:
            out.append(model(**item))
        except ValidationError as e:
            errs = sorted(e.errors(), key=lambda x: x["type"] != "extra_forbidden")
            unknown = [str(x["loc"][-1]) for x in errs if x["type"] == "extra_forbidden"]
            missing = [str(x["loc"][-1]) for x in errs if x["type"] == "missing"]
            if unknown:
                msg = f"unknown key {', '.join(unknown)}"
            elif missing:
                msg = f"missing key {', '.join(missing)}"
            else:
                loc = ".".join(str(x) for x in errs[0]["loc"]) or "entry"
                msg = f"{loc}: {errs[0]['msg']}"
            raise FactsFileError(f"entry {i}: {msg}", path=str(path))
        except TypeError as e:
            raise FactsFileError(f"entry {i}: {e}", path=str(path))
    return out


def load_facts(path) -> list[Fact]:
    """facts.yaml → validated facts. Raises FactsFileError naming the file and the problem."""
    return _load(path, "facts", Fact)


def load_claims(path) -> list[Claim]:
    """claims.yaml → validated claims. Raises FactsFileError naming the file and the problem."""
    return _load(path, "claims", Claim)


# ---------------------------------------------------------------- facts → checks
def _unit_parts(unit: str) -> tuple[Decimal, str]:
    """'万元' → (10000, '元'); '%' → (0.01, 'ratio'); '家' → (1, '家')."""
    if unit in ("%", "％"):
        return Decimal("0.01"), "ratio"
    for m in ("万亿", "千万", "百万", "亿", "万", "千"):
        if unit.startswith(m) and len(unit) > len(m):
            return MULTIPLIERS[m], unit[len(m):]
    return Decimal(1), unit


def _fact_interval(f: Fact) -> tuple[Interval, str]:
    """A fact → its interval in base units (its precision as written) and its base unit."""
    raw = str(f.value).replace(",", "")
    d = len(raw.split(".", 1)[1]) if "." in raw else 0
    mult, base = _unit_parts(f.unit)
    return stated_iv(_decimal(raw), d).scale(mult), base


def _source(f: Fact) -> str:
    return f"{f.source} ({f.date})" + (f"; {f.definition}" if f.definition else "")


def _fact_matches(f: Fact, fig: Fig, label: str) -> bool:
    m = f.metric.strip()
    return bool(m) and (m in label or (len(fig.metric) >= 2 and (fig.metric in m or m in fig.metric)))


def external(doc, figures, facts: list[Fact], rows: list[dict]) -> list[dict]:
    """Facts supply the numbers the text lacks: growth bases become judged; stated figures are compared."""
    from .growth import _judge, find_growths, Growth

    figs = figs_of(doc, figures)
    folded = doc.folded
    year = doc.year
    out = list(rows)
    growths = {gr.g.id: gr for gr in find_growths(doc, figs)}
    for i, row in enumerate(out):
        if row["rule"] != "growth" or row["verdict"] != schema.UNVERIFIABLE:
            continue
        ids = row["figure_ids"].split()
        gr = next((growths[x] for x in ids if x in growths), None)
        if gr is None or gr.cur is None or gr.mode != "pct":
            continue
        cur = gr.cur
        s0 = doc.sentences[cur.sent].start if cur.sent >= 0 else cur.start
        label = folded[s0:cur.start]
        years = re.findall(r"((?:19|20)\d\d)年", label)
        prior = str(int(years[-1]) - 1) if years else (str(year - 1) if year else "")
        for fact in facts:
            iv, base = _fact_interval(fact)
            if str(fact.period) != prior or base != cur.base_unit or not _fact_matches(fact, cur, label):
                continue
            pseudo = Fig("fact", cur.start, cur.end, f"{fact.value}{fact.unit}", _decimal(fact.value), None, fact.unit,
                         _decimal(fact.value) * _unit_parts(fact.unit)[0], base, cur.kind, "",
                         len(str(fact.value).split(".", 1)[1]) if "." in str(fact.value) else 0, "", fact.metric, -1)
            judged = _judge(Growth(gr.g, gr.down, gr.mode, cur, pseudo, "fact"))
            if judged is None:
                continue
            verdict, stated, computed, en, zh, cause = judged
            out[i] = result("external", verdict, [cur, gr.g], row["start"], row["end"],
                            f"{stated} (prior year from the facts file)", computed,
                            en + f" Prior-year value from {fact.source}.", zh + f"上年数来自{fact.source}。",
                            cause, _source(fact))
            break
    # a fact for the same metric and period as a stated figure
    for fact in facts:
        iv, base = _fact_interval(fact)
        for f in figs:
            if not f.quantity or f.base_unit != base:
                continue
            s0 = doc.sentences[f.sent].start if f.sent >= 0 else f.start
            label = folded[s0:f.start]
            years = re.findall(r"((?:19|20)\d\d)年", label)
            period = years[-1] if years else str(year or "")
            if str(fact.period) != period or not _fact_matches(fact, f, folded[max(s0, f.start - 30):f.start]):
                continue
            ok = f.norm_interval().overlaps(iv)
            mult = f.multiplier
            shown = fmt_interval(iv.scale(1 / mult), None, f.unit)
            out.append(result(
                "external", schema.CONSISTENT if ok else schema.INCONSISTENT, [f], f.start, f.end,
                f.text, f"fact {fact.metric} {fact.period}: {fact.value}{fact.unit} ({shown}); stated {f.text}",
                f"{f.text} {'agrees' if ok else 'disagrees'} with {fact.metric} {fact.period} = {fact.value}{fact.unit} from {fact.source}.",
                f"{f.text}与{fact.source}公布的{fact.metric}{fact.value}{fact.unit}{'一致' if ok else '不一致'}。",
                "" if ok else "differs from the sourced value", _source(fact)))
            break
    return out


# ---------------------------------------------------------------- declared checks
def _resolve(ref: str, figs: list[Fig], by_id: dict) -> Fig | None:
    """'F043' → that figure; '4941万元' → the first figure with that text; '2件#2' → the second."""
    if ref in by_id:
        return by_id[ref]
    text, _, nth = ref.partition("#")
    hits = [f for f in figs if f.text == text]
    k = int(nth) - 1 if nth.isdigit() else 0
    return hits[k] if 0 <= k < len(hits) else None


def declared(doc, figures, claims: list[Claim]) -> list[dict]:
    """An analyst's claims → one declared row each, judged on the figures they name."""
    figs = figs_of(doc, figures)
    by_id = {f.id: f for f in figs}
    out = []
    for c in claims:
        fs = [_resolve(r, figs, by_id) for r in c.figures]
        if any(f is None for f in fs) or not fs:
            missing = [r for r, f in zip(c.figures, fs) if f is None]
            anchor = next((f for f in fs if f is not None), None)
            start, end = (anchor.start, anchor.end) if anchor else (0, 1)
            out.append(result("declared", schema.UNVERIFIABLE, [f for f in fs if f], start, end, c.note or c.rule,
                              f"figures not found: {', '.join(missing)}",
                              f"The declared check names figures not in the text ({', '.join(missing)}).",
                              f"所声明的核对引用了文中没有的数字（{', '.join(missing)}）。"))
            continue
        out.append(_declared_row(c, fs))
    return out


def _stated_pct(c: Claim, fs: list[Fig]) -> tuple[Interval | None, str]:
    if c.stated is not None:
        raw = str(c.stated).rstrip("%％")
        d = len(raw.split(".", 1)[1]) if "." in raw else 0
        return stated_iv(_decimal(raw), d), f"{c.stated}"
    last = fs[-1]
    return last.pct_interval(), last.text


def _declared_row(c: Claim, fs: list[Fig]) -> dict:
    start, end = min(f.start for f in fs), max(f.end for f in fs)
    note = f" ({c.note})" if c.note else ""
    ok, computed = None, ""
    if c.rule in ("share_of_total", "growth") and fs[1].norm_interval().contains(Decimal(0)):
        pass  # (a whole or base of nothing: no ratio to take — the declared claim stays unverifiable)
    elif c.rule == "share_of_total":
        part, total = fs[0], fs[1]
        got = (part.norm_interval() / total.norm_interval()).scale(Decimal(100))
        want, txt = _stated_pct(c, fs[2:] or fs)
        ok = want is not None and got.overlaps(want)
        computed = f"{part.text}/{total.text} = {fmt_interval(got, 2, '%')}; stated {txt}"
    elif c.rule == "growth":
        cur, base = fs[0], fs[1]
        r = cur.norm_interval() / base.norm_interval()
        got = Interval(r.low - 1, r.high - 1).scale(Decimal(100))
        want, txt = _stated_pct(c, fs[2:] or fs)
        ok = want is not None and got.overlaps(want)
        computed = f"{cur.text}/{base.text} − 1 = {fmt_interval(got, 2, '%')}; stated {txt}"
    elif c.rule in ("parts_sum", "percent_sum"):
        total, parts = (fs[0], fs[1:]) if c.rule == "parts_sum" else (None, fs)
        acc = parts[0].norm_interval() if c.rule == "parts_sum" else parts[0].pct_interval()
        for p in parts[1:]:
            acc = acc + (p.norm_interval() if c.rule == "parts_sum" else p.pct_interval())
        want = total.norm_interval() if total else Interval.point(Decimal(100))
        ok = acc.overlaps(want)
        computed = f"{' + '.join(p.text for p in parts)} = {fmt_interval(acc.scale(1 / (total.multiplier if total else 1)))}" \
                   f"; stated {total.text if total else '100%'}"
    elif c.rule == "cumulative_vs_new":
        cum, new = fs[0], fs[1]
        ni, ci = new.norm_interval(), cum.norm_interval()
        ok = ni.low is None or ci.high is None or ni.low <= ci.high
        computed = f"new {new.text} vs cumulative {cum.text}"
    elif c.rule == "target_met":
        ach, tgt = fs[0], fs[1]
        ok = ach.interval().high is None or ach.interval().high >= tgt.value
        computed = f"achieved {ach.text} vs target {tgt.text}"
    elif c.rule == "equal":
        ok = all(fs[0].norm_interval().overlaps(f.norm_interval()) for f in fs[1:])
        computed = " vs ".join(f.text for f in fs)
    if c.expected is not None:
        exp = _decimal(c.expected)
        ok = bool(ok) and fs[0].interval().contains(exp) if c.rule == "equal" else ok
        computed += f"; analyst expected {c.expected}"
    verdict = schema.CONSISTENT if ok else schema.INCONSISTENT
    en = f"Declared {c.rule} check{note}: {'holds' if ok else 'does not hold'} ({computed})."
    zh = f"声明的{c.rule}核对{note}：{'成立' if ok else '不成立'}（{computed}）。"
    return result("declared", verdict, fs, start, end, c.note or c.rule, computed, en, zh)
