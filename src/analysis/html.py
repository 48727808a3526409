"""Report → one self-contained annotated HTML page (or a fragment for Jupyter): marks, notes, charts, tables.

Every string from the report, its metadata or its checks goes through Jinja2 autoescaping or
markupsafe.escape; the page requests nothing from the network (inline CSS, charts as data: URIs,
no script).
"""
from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Hashable, Iterable

import jinja2
from markupsafe import Markup, escape

from . import schema
from .errors import ParameterError

LANGS = ("en", "zh")
ICONS = {schema.CONSISTENT: "✓", schema.INCONSISTENT: "✗", schema.UNVERIFIABLE: "?", schema.MISSING: "［?］"}
BLANK = "［?］"  # shown where a placeholder's number is missing

LABELS = {
    "en": {
        "lang": "en", "report": "Annotated report", "issuer": "Issuer", "year": "Year", "source": "Source file",
        "sha256": "SHA-256", "generated": "Made", "scorecard": "Scorecard", "figures": "Figures", "checks": "Checks",
        "by_kind": "Figures by kind", "by_verdict": "Checks by verdict", "kind": "Kind", "verdict": "Verdict",
        "count": "Count", "total": "Total", "findings": "Key findings", "no_findings": "No inconsistent or missing figures were found by the checks that ran.",
        "no_checks": "No checks ran on this report, so there is nothing to judge yet.",
        "in_text": "in the text", "note": "note", "text": "The original text, annotated", "charts": "Charts",
        "no_charts": "No chart: the checks give no shares, growth claims or sections to draw.",
        "figure_table": "All figures", "check_table": "All checks", "id": "ID", "surface": "Text", "value": "Value",
        "unit": "Unit", "normalized": "Normalized", "qualifier": "Qualifier", "metric": "Measures",
        "section": "Section", "rule": "Rule", "stated": "Stated", "computed": "Computed", "cause": "Probable cause",
        "source_col": "Source", "explanation": "Explanation", "uses": "Figures", "back": "back to the text",
        "methodology": "Method and limits", "legend": "Legend", "toc": "Contents", "made_by": "Made by analysis",
        "figure": "figure",
        "verdicts": {schema.CONSISTENT: "consistent", schema.INCONSISTENT: "inconsistent",
                     schema.UNVERIFIABLE: "unverifiable", schema.MISSING: "missing"},
        "verdict_help": {
            schema.CONSISTENT: "the arithmetic holds within the rounding the text uses",
            schema.INCONSISTENT: "cannot hold for any values within what is stated",
            schema.UNVERIFIABLE: "needs a number the text does not give",
            schema.MISSING: "the text has a blank where a number belongs",
        },
        "method": [
            "Every number in the text is found by pattern (Arabic and Chinese numerals, units, qualifiers such as 近 or 以上) and parsed exactly, without floating point.",
            "Each claim the rules recognise — shares, sums, growth rates, targets, cumulative versus new, the same metric stated twice, blanks, dates — is recomputed on the interval that the text's own rounding allows: 20.7% stands for 20.65–20.75%; a count of things is exact.",
            "Verdicts: consistent when the arithmetic holds within that rounding; inconsistent when no values within it make it hold; unverifiable when the claim needs a number the text does not give (the implied value is shown); missing where the text has a blank.",
            "Limits: only the claim patterns the rules know are checked, so an unmarked sentence is not thereby confirmed; the meaning of a number (what it counts, which year) is inferred from its sentence and can be wrong; numbers from outside the text are used only when a facts file with sources is given; nothing here says whether the reported work was done.",
        ],
    },
    "zh": {
        "lang": "zh-Hans", "report": "核查批注报告", "issuer": "发文单位", "year": "年份", "source": "源文件",
        "sha256": "SHA-256", "generated": "生成时间", "scorecard": "概览", "figures": "数字", "checks": "核查",
        "by_kind": "数字类别", "by_verdict": "核查结论", "kind": "类别", "verdict": "结论", "count": "数量", "total": "合计",
        "findings": "主要发现", "no_findings": "已运行的核查未发现不一致或缺失的数字。",
        "no_checks": "本报告尚未运行任何核查。", "in_text": "原文位置", "note": "说明",
        "text": "原文及批注", "charts": "图表", "no_charts": "无图表：核查结果中没有可绘制的占比、增长或分部分统计。",
        "figure_table": "全部数字", "check_table": "全部核查", "id": "编号", "surface": "原文", "value": "数值",
        "unit": "单位", "normalized": "换算值", "qualifier": "限定词", "metric": "指标", "section": "部分",
        "rule": "规则", "stated": "所述", "computed": "计算", "cause": "可能原因", "source_col": "来源",
        "explanation": "说明", "uses": "所用数字", "back": "返回原文", "methodology": "方法与局限", "legend": "图例",
        "toc": "目录", "made_by": "生成工具 analysis", "figure": "数字",
        "verdicts": {schema.CONSISTENT: "一致", schema.INCONSISTENT: "不一致", schema.UNVERIFIABLE: "无法核实",
                     schema.MISSING: "缺失"},
        "verdict_help": {
            schema.CONSISTENT: "在原文的取整精度内计算成立",
            schema.INCONSISTENT: "在所述数值的取整范围内都不可能成立",
            schema.UNVERIFIABLE: "需要原文未给出的数字",
            schema.MISSING: "原文应有数字处留空",
        },
        "method": [
            "按模式识别原文中的每个数字（阿拉伯数字与中文数字、单位、“近”“以上”等限定词），并以精确小数解析，不用浮点数。",
            "对规则能识别的每项表述（占比、求和、增长率、目标、累计与新增、同一指标两次表述、空缺、日期）按原文自身的取整精度所允许的区间重新计算：20.7%代表20.65%–20.75%；事物的个数为精确值。",
            "结论：在该精度内成立为“一致”；区间内任何取值都不成立为“不一致”；需要原文未给出的数字为“无法核实”（并给出推算值）；原文留空为“缺失”。",
            "局限：只核查规则已知的表述类型，未标注的句子并不因此得到确认；数字的含义（统计对象、年份）由所在句子推断，可能有误；仅在提供附有来源的事实文件时才使用原文以外的数字；本报告不评价所述工作是否属实。",
        ],
    },
}


# ---------------------------------------------------------------- interval splitting
@dataclass(frozen=True)
class Piece:
    """A piece of a span, cut so that all pieces nest: [start, end) of the span `key`."""

    start: int
    end: int
    key: Hashable
    first: bool  # the span's first piece (carries its anchor)
    last: bool  # the span's last piece (carries its note link)


def split_spans(spans: Iterable[tuple[int, int, Hashable]]) -> list[Piece]:
    """(start, end, key) spans, possibly overlapping → pieces that nest properly, in document pre-order.

    Any two pieces are either disjoint or one contains the other, so they can be written as nested
    elements; a span crossed by another is cut where it crosses, and its pieces share its key.
    Where spans start together the longer one is outer; equal spans nest in the order given.
    Empty spans are dropped.
    """
    items = [(s, e, k, i) for i, (s, e, k) in enumerate(spans) if e > s]
    starts: dict[int, list] = {}
    for it in items:
        starts.setdefault(it[0], []).append(it)
    bounds = sorted({b for s, e, _, _ in items for b in (s, e)})
    stack: list[list] = []  # open entries: [piece_start, end, key, first, seq]
    out: list[tuple[int, Piece]] = []  # (opening sequence number, piece)
    seq = 0
    for p in bounds:
        # close: the deepest-open span ending here takes everything above it down with it
        idx = next((i for i, ent in enumerate(stack) if ent[1] == p), None)
        if idx is not None:
            popped = stack[idx:]
            del stack[idx:]
            for piece_start, end, key, first, sq in popped:
                out.append((sq, Piece(piece_start, p, key, first, end == p)))
            for ent in popped:  # reopen the crossed ones, in the same order
                if ent[1] > p:
                    stack.append([p, ent[1], ent[2], False, seq])
                    seq += 1
        for _, end, key, _ in sorted(starts.get(p, ()), key=lambda it: (-it[1], it[3])):
            stack.append([p, end, key, True, seq])
            seq += 1
    out.sort(key=lambda t: t[0])  # opening order: parents before children, then text order
    return [piece for _, piece in out]


# ---------------------------------------------------------------- the annotated text
def _verdict_title(check, lead: str, L: dict) -> str:
    v = check["verdict"]
    expl = check[f"explanation_{lead}"] or check["explanation_en"] or check["explanation_zh"]
    head = f"{ICONS.get(v, '')} {L['verdicts'].get(v, v)} · {check['check_id']}"
    return f"{head}: {expl}" if expl else head


def annotate_text(text: str, figures, checks, lang: str = "en") -> Markup:
    """Text, figures and checks → the text as escaped HTML with figure spans and check marks (split where they cross)."""
    L = LABELS[lang]
    spans: list[tuple[int, int, tuple[str, int]]] = []
    chk = checks.reset_index(drop=True)
    figs = figures.reset_index(drop=True)
    # checks outside figures when they cover the same characters; longer checks outside shorter ones
    for i in sorted(range(len(chk)), key=lambda i: (int(chk.at[i, "start"]), -int(chk.at[i, "end"]), i)):
        spans.append((int(chk.at[i, "start"]), int(chk.at[i, "end"]), ("c", i)))
    for j in range(len(figs)):
        spans.append((int(figs.at[j, "start"]), int(figs.at[j, "end"]), ("f", j)))
    pieces = split_spans(spans)
    out: list[str] = []
    pos = 0
    stack: list[Piece] = []

    def emit_text(upto: int) -> None:
        nonlocal pos
        if upto > pos:
            out.append(str(escape(text[pos:upto])))
            pos = upto

    def close(piece: Piece) -> None:
        emit_text(piece.end)
        kind, i = piece.key
        if kind == "c":
            if piece.last:
                c = chk.loc[i]
                v = c["verdict"]
                out.append(f'<a class="ref" href="#{escape(c["check_id"])}" aria-label="{escape(L["note"])} '
                           f'{escape(c["check_id"])}"><sup>{escape(ICONS.get(v, "?"))}{escape(c["check_id"])}</sup></a>')
            out.append("</mark>")
        else:
            out.append("</span>")

    for piece in pieces:
        while stack and stack[-1].end <= piece.start:
            close(stack.pop())
        emit_text(piece.start)
        kind, i = piece.key
        if kind == "c":
            c = chk.loc[i]
            v = c["verdict"]
            anchor = f' id="mark-{escape(c["check_id"])}"' if piece.first else ""
            cont = "" if piece.first else " cont"
            out.append(f'<mark class="chk v-{escape(v)}{cont}"{anchor} data-check-id="{escape(c["check_id"])}" '
                       f'data-verdict="{escape(v)}" title="{escape(_verdict_title(c, lang, L))}">')
            if piece.first and c["rule"] == "placeholder" and v == schema.MISSING:
                out.append(f'<span class="blank" aria-label="{escape(L["verdicts"][schema.MISSING])}">{BLANK}</span>')
        else:
            f = figs.loc[i]
            tip = f"{f['figure_id']} · {f['kind']}"
            if f["normalized_value"] != "":
                tip += f" · {f['normalized_value']} {f['base_unit']}"
            elif f["iso_date"]:
                tip += f" · {f['iso_date']}"
            out.append(f'<span class="fig" data-figure-id="{escape(f["figure_id"])}" title="{escape(tip)}">')
        stack.append(piece)
    while stack:
        close(stack.pop())
    emit_text(len(text))
    return Markup("".join(out))


# ---------------------------------------------------------------- the page
@dataclass
class HTMLView:
    """HTML text that shows itself in Jupyter."""

    html: str

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


_env: jinja2.Environment | None = None


def template_environment() -> jinja2.Environment:
    global _env
    if _env is None:
        _env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
            autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
            keep_trailing_newline=True,
        )
    return _env


def generated_at() -> _dt.datetime:
    """→ the time stamp of a report: now, or SOURCE_DATE_EPOCH when set (for byte-identical builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc)
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)


def _first_line(text: str, limit: int = 60) -> str:
    """Text → its first non-blank line when short enough to be a title (used when there is no meta.yaml)."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= limit else ""


def _records(df) -> list[dict]:
    return df.to_dict("records")


def render_report(report, lang: str = "en", fragment: bool = False) -> str:
    """Report → the annotated report as one self-contained HTML page (fragment=True: without <html>/<head>)."""
    if lang not in LANGS:
        raise ParameterError(f"unknown language {lang!r} (use one of: {', '.join(LANGS)})", where="lang")
    from . import __version__
    from .charts import report_charts

    L = LABELS[lang]
    other = "zh" if lang == "en" else "en"
    figures, checks = report.figures, report.checks
    checks = checks.sort_values(["start", "end", "check_id"], kind="stable") if len(checks) else checks
    meta = report.meta or {}
    kinds = figures["kind"].value_counts()
    by_kind = [(k, int(kinds[k])) for k in schema.KINDS if k in kinds.index]
    verdicts = checks["verdict"].value_counts() if len(checks) else {}
    by_verdict = [(v, int(verdicts.get(v, 0))) for v in schema.VERDICTS]
    findings = [c for c in _records(checks) if c["verdict"] in (schema.INCONSISTENT, schema.MISSING)]
    now = generated_at()
    ctx = dict(
        L=L, lang=lang, other=other, fragment=fragment, icons=ICONS, verdict_order=schema.VERDICTS,
        title=str(meta.get("title") or _first_line(report.text) or report.report_id), issuer=str(meta.get("issuer") or ""),
        year=str(meta.get("year") or ""), source_name=Path(report.path).name if report.path else "",
        sha256=report.doc.sha256, report_id=report.report_id, text_lang=str(meta.get("language") or "zh-Hans"),
        generated_iso=now.isoformat().replace("+00:00", "Z"), generated_text=now.strftime("%Y-%m-%d %H:%M UTC"),
        n_figures=len(figures), n_checks=len(checks), by_kind=by_kind, by_verdict=by_verdict, findings=findings,
        annotated=annotate_text(report.text, figures, checks, lang), charts=report_charts(report, lang),
        figures=_records(figures), checks=_records(checks), version=__version__,
    )
    return template_environment().get_template("report.html.j2").render(**ctx)


def report_view(report, lang: str = "en") -> HTMLView:
    """Report → the annotated report as a Jupyter-displayable fragment."""
    return HTMLView(render_report(report, lang=lang, fragment=True))


def mask_generated(html: str) -> str:
    """HTML → the same with its one time stamp replaced by a fixed string (to compare two runs)."""
    import re

    return re.sub(r"<time data-generated[^>]*>[^<]*</time>", "<time data-generated>MASKED</time>", html)


