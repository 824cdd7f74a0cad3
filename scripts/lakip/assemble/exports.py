"""Render a year's `Figures` for `lakip figures`: aligned text tables, JSON or CSV.

Text is for people and formats the Indonesian way. JSON is for machines: it carries the unrounded
value (with a `.` decimal point) beside each display string. CSV is for a spreadsheet set to
Indonesian, as the report's `capaian-YYYY.csv` download: `;` between cells, decimal commas, every
value at the precision the report prints it, and no cell that a spreadsheet would run as a
formula. JSON keys are the figures' field names and CSV headers are fixed English names, whatever
the language (docs/glossary.md lists the words).
"""

from __future__ import annotations

import csv
import io
import json
import re
import textwrap
from dataclasses import fields, is_dataclass
from decimal import Decimal

from lakip import formatting
from lakip.assemble.sentences import places
from lakip.compute.figures import NEGATIVE, Capaian
from lakip.compute.tree import (
    BudgetFigures,
    Figures,
    IndicatorFigures,
    KegiatanFigures,
    ProgrammeFigures,
    SasaranFigures,
)
from lakip.messages import message
from lakip.model import Indicator, Kegiatan, Programme, Sasaran, Target

_INDICATOR_COLUMNS = (
    "figures-column-code",
    "figures-column-indicator",
    "figures-column-satuan",
    "figures-column-target",
    "figures-column-realisation",
    "figures-column-capaian",
    "figures-column-category",
)
_SASARAN_COLUMNS = (
    "figures-column-code",
    "figures-column-sasaran",
    "figures-column-capaian",
    "figures-column-category",
    "figures-column-pagu",
    "figures-column-serapan",
    "figures-column-efficiency",
)
_BUDGET_COLUMNS = (
    "figures-column-code",
    "figures-column-programme",
    "figures-column-pagu",
    "figures-column-realisation",
    "figures-column-serapan",
    "figures-column-remaining",
)
# Machine formats keep these keys whatever the language; only `note` is worded in it.
_CSV_COLUMNS = (
    "code",
    "indicator",
    "satuan",
    "polarity",
    "rule",
    "target",
    "target_low",
    "target_high",
    "realisation",
    "capaian",
    "capped",
    "category",
    "reason",
    "note",
)
BOM = "\ufeff"  # Excel reads a CSV as UTF-8 only when it starts with one
# A cell starting with one of these is a formula to a spreadsheet (`=HYPERLINK(...)` in a
# Renstra text); the full-width forms too, which some spreadsheets fold to ASCII
_FORMULA_START = tuple("=+-@\t\r\n＝＋－＠")
_NUMBER_CELL = re.compile(r"^-?[0-9]+(,[0-9]+)?$")  # our own numbers, `-5` included
_DISPLAY = {
    "value": formatting.percent,
    "capped": formatting.percent,
    "capaian": formatting.percent,
    "serapan": formatting.percent,
    "efficiency": formatting.decimal2,
}
# Money on the budget's records; an indicator's realisation is a plain number.
_MONEY = {"pagu", "realisation", "remaining"}
_BUDGET_RECORDS = (KegiatanFigures, ProgrammeFigures, SasaranFigures, BudgetFigures)
_DASH = "-"
_WRAP = 44


def export(figures: Figures, fmt: str, lang: str) -> str:
    """The figures as `text`, `json` or `csv`; text in Indonesian unless `lang` is "en".

    JSON keys and CSV headers are English and fixed: `lang` only words the CSV's `note`.

    The result has no final newline: the caller prints it.
    """
    renderers = {"text": _text, "json": _json, "csv": _csv}
    if fmt not in renderers:
        raise ValueError(f"unknown figures format {fmt!r}; use one of {', '.join(renderers)}")
    return renderers[fmt](figures, lang).removesuffix("\n").removesuffix("\r")


def spreadsheet(figures: Figures) -> str:
    """The `capaian-YYYY.csv` download: the CSV with a BOM, so Excel reads it as UTF-8."""
    return BOM + _csv(figures, "id")


def _headers(codes: tuple[str, ...], lang: str) -> list[str]:
    return [message(code, lang) for code in codes]


def _reason(value: Capaian, lang: str) -> str:
    return message(value.reason, lang) if value.reason else ""


def _raw(value: Decimal | None) -> str | None:
    """The unrounded value in plain notation (never `1E+3`), for machines."""
    return None if value is None else format(value, "f")


def _labelled_target(f: IndicatorFigures, lang: str) -> str:
    """The target as printed, marked when it is the Renstra's end target."""
    if f.against_end:
        return f"{_target(f.target)} ({message('figures-end-target', lang)})"
    return _target(f.target)


def _realised(f: IndicatorFigures, lang: str) -> str:
    """The realisation as printed, or "data not available (reason)"."""
    if f.unavailable:
        return f"{message('capaian-unavailable', lang)} ({f.unavailable})"
    return _shown(f.realisation, formatting.number)


def _shown(value: Decimal | None, how=formatting.percent) -> str:
    return _DASH if value is None else how(value)


def _target(target: Target | None) -> str:
    return _shown(target, formatting.target)


def _text(figures: Figures, lang: str) -> str:
    parts = [
        _indicator_table(figures, lang),
        _sasaran_table(figures, lang),
        _budget_table(figures, lang),
        _summary_lines(figures, lang),
    ]
    return "\n\n".join(parts)


def _indicator_table(figures: Figures, lang: str) -> str:
    rows = [
        [
            f.indicator.code,
            f.indicator.text,
            f.indicator.unit,
            _labelled_target(f, lang),
            _realised(f, lang),
            _shown(f.capaian.value),
            f.category or _DASH,
        ]
        for f in figures.indicators
    ]
    notes = [
        f"  {f.indicator.code}: {_reason(f.capaian, lang)}"
        for f in figures.indicators
        if f.capaian.value is None
    ]
    lines = [message("figures-title-indicators", lang, year=figures.year)]
    lines += _table(_headers(_INDICATOR_COLUMNS, lang), rows, wrap=1, right={3, 4, 5})
    if notes:
        lines += ["", message("figures-notes", lang) + ":", *notes]
    return "\n".join(lines)


def _sasaran_table(figures: Figures, lang: str) -> str:
    rows = [
        [
            s.sasaran.code,
            s.sasaran.text,
            _shown(s.capaian),
            s.category or _DASH,
            formatting.money(s.pagu),
            _shown(s.serapan),
            _efficiency(s, lang),
        ]
        for s in figures.sasaran
    ]
    lines = [message("figures-title-sasaran", lang, year=figures.year)]
    return "\n".join(lines + _table(_headers(_SASARAN_COLUMNS, lang), rows, 1, {2, 4, 5}))


def _efficiency(sasaran: SasaranFigures, lang: str) -> str:
    if sasaran.efficiency is None:
        return _DASH
    label = message(sasaran.efficiency_label, lang) if sasaran.efficiency_label else _DASH
    return f"{formatting.decimal2(sasaran.efficiency)} ({label})"


def _budget_table(figures: Figures, lang: str) -> str:
    rows = []
    for programme in figures.budget.programmes:
        rows.append(_budget_row(programme.programme.code, programme.programme.name, programme))
        for k in programme.kegiatan:
            rows.append(_budget_row(k.kegiatan.code, "  " + k.kegiatan.name, k))
    rows.append(_budget_row("", message("figures-total", lang), figures.budget))
    lines = [message("figures-title-budget", lang, year=figures.year)]
    return "\n".join(lines + _table(_headers(_BUDGET_COLUMNS, lang), rows, 1, {2, 3, 4, 5}))


def _budget_row(code: str, name: str, line) -> list[str]:
    return [
        code,
        name,
        formatting.money(line.pagu),
        _shown(line.realisation, formatting.money),
        _shown(line.serapan),
        _shown(line.remaining, formatting.money),
    ]


def _summary_lines(figures: Figures, lang: str) -> str:
    summary = figures.summary
    pairs = [*summary.categories.items()]
    pairs += [
        (message("figures-not-computable", lang), summary.not_computable),
        (message("figures-mean-capaian", lang), _shown(summary.capaian)),
        (message("figures-serapan", lang), _shown(summary.serapan)),
    ]
    width = max(len(label) for label, _ in pairs)
    lines = [message("figures-title-summary", lang, year=figures.year)]
    return "\n".join(lines + [f"  {label.ljust(width)}  {value}" for label, value in pairs])


def _table(headers: list[str], rows: list[list[str]], wrap: int, right: set[int]) -> list[str]:
    """Aligned columns; column `wrap` holds a long wording and wraps to keep lines short."""
    grid = [[[h] for h in headers]]
    grid += [[textwrap.wrap(c, _WRAP) or [""] if i == wrap else [c] for i, c in enumerate(row)]
             for row in rows]  # fmt: skip
    widths = [max(len(line) for row in grid for line in row[i]) for i in range(len(headers))]
    head, *body = [_row_lines(row, widths, right) for row in grid]
    return [*head, "  ".join("-" * w for w in widths), *(line for row in body for line in row)]


def _row_lines(cells: list[list[str]], widths: list[int], right: set[int]) -> list[str]:
    """One table row, as many lines tall as its longest wrapped cell."""
    lines = []
    for depth in range(max(len(cell) for cell in cells)):
        texts = [cell[depth] if depth < len(cell) else "" for cell in cells]
        padded = [
            text.rjust(width) if i in right else text.ljust(width)
            for i, (text, width) in enumerate(zip(texts, widths, strict=True))
        ]
        lines.append("  ".join(padded).rstrip())
    return lines


def _json(figures: Figures, lang: str) -> str:
    return json.dumps(_plain(figures), ensure_ascii=False, indent=2)


def _plain(value: object) -> object:
    """The figures tree as JSON data; model records print as their identity only."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Target):
        return {"low": _raw(value.low), "high": _raw(value.high), "display": _target(value)}
    if isinstance(value, Indicator):
        return {"code": value.code, "text": value.text, "satuan": value.unit,
                "polarity": value.polarity, "sasaran": value.sasaran}  # fmt: skip
    if isinstance(value, Sasaran):
        return {"code": value.code, "text": value.text}
    if isinstance(value, Programme | Kegiatan):
        return {"code": value.code, "name": value.name}
    if is_dataclass(value):
        return _record(value)
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _record(record: object) -> dict:
    """A record's fields in order, each Decimal field followed by its `<name>_display` twin.

    A sasaran names its indicators and programmes by code: they appear in full elsewhere.
    """
    data = {}
    for field in fields(record):
        value = getattr(record, field.name)
        if isinstance(record, SasaranFigures) and field.name in ("indicators", "programmes"):
            data[field.name] = [_code(item) for item in value]
            continue
        data[field.name] = _plain(value)
        if "Decimal" in str(field.type):
            money = isinstance(record, _BUDGET_RECORDS) and field.name in _MONEY
            how = formatting.money if money else _DISPLAY.get(field.name, formatting.number)
            data[f"{field.name}_display"] = None if value is None else how(value)
    return data


def _code(item: IndicatorFigures | ProgrammeFigures) -> str:
    return item.indicator.code if isinstance(item, IndicatorFigures) else item.programme.code


def _csv(figures: Figures, lang: str) -> str:
    """One row per indicator, each value as the report prints it, for Excel set to Indonesian."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(_CSV_COLUMNS)
    for f in figures.indicators:
        target, decimals = f.target, places(f)
        writer.writerow(
            _safe(cell)
            for cell in (
                f.indicator.code,
                f.indicator.text,
                f.indicator.unit,
                f.indicator.polarity,
                f.rule if f.indicator.polarity == NEGATIVE else "R/T",
                formatting.target(target, decimals) if target else "",
                _cell_number(target.low if target else None, decimals),
                _cell_number(target.high if target else None, decimals),
                _cell_number(f.realisation, decimals),
                _cell_number(f.capaian.value, 2),
                _cell_number(f.capped, 2),
                f.category or "",
                f.capaian.reason or "",
                _reason(f.capaian, lang),
            )
        )
    return out.getvalue()


def _cell_number(value: Decimal | None, decimals: int) -> str:
    """`1684`, `102,47`, `0,0189`: rounded as the report prints it, without thousands dots.

    A spreadsheet set to Indonesian reads the comma as the decimal point; a grouping dot would
    only be one more thing for it to guess.
    """
    if value is None:
        return ""
    return formatting.measure(value, decimals).replace(".", "")


def _safe(cell: str) -> str:
    """A text cell a spreadsheet shows as text, never runs: `'=HYPERLINK(...)`."""
    if cell.startswith(_FORMULA_START) and not _NUMBER_CELL.match(cell):
        return "'" + cell
    return cell
