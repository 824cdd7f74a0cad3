"""Turn the finance system's realisation export into the units' `anggaran.yml` realisations.

The budget is never typed twice: each export row's code is matched to a kegiatan of the year's
PK (dots and spaces ignored); a sub-kegiatan row counts toward its kegiatan when the export has
no row for the kegiatan itself. What does not match is reported where it is (a code the PK does
not know, a kegiatan the export lacks, a pagu that differs from the PK's). The new files are
validated as `lakip validate` would, in a copy, before any is written; an unchanged value is
not rewritten, so a second import changes nothing.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from lakip import layout
from lakip.findings import ERROR, WARNING, Finding, LakipError, capped_per_file, finding
from lakip.forms.finance.export import Export, Line, Value, normal_code, read_export, rupiah
from lakip.forms.intake import yaml_edit
from lakip.model import Kegiatan, PerjanjianKinerja, Project
from lakip.office.archive import write_atomically
from lakip.validate.gate import load_and_validate
from lakip.validate.numbers import rupiah as shown_rupiah


@dataclass(frozen=True)
class Change:
    """One kegiatan's realisation as the unit's file has it and as the export gives it."""

    path: str
    code: str
    old: Decimal | None
    new: Decimal


@dataclass
class ImportResult:
    findings: list[Finding]
    year: int | None = None
    changes: list[Change] = field(default_factory=list)
    matched: int = 0  # kegiatan found in the export, changed or not
    written: list[str] = field(default_factory=list)  # files written (none on a dry run)

    @property
    def ok(self) -> bool:
        return not any(f.is_error for f in self.findings)


@dataclass
class _Amounts:
    """What the export says about one kegiatan: its own row, or the sum of its sub-kegiatan."""

    own: Line | None = None
    parts: list[Line] = field(default_factory=list)

    @property
    def lines(self) -> list[Line]:
        return [self.own] if self.own else self.parts


def import_budget(
    root: Path,
    export_path: Path,
    year: int | None = None,
    units: Iterable[str] = (),
    dry_run: bool = False,
) -> ImportResult:
    """Match the export to the PK and write each owning unit's realisations (all units, or
    `units`); nothing is written when the repository, the export or the result has an error."""
    checked = load_and_validate(root, year)
    if not checked.ok:
        return ImportResult(checked.findings, checked.year)
    if checked.year is None:
        raise LakipError("no-year")
    project, year = checked.project, checked.year
    wanted = set(units)
    if unknown := sorted(wanted - set(project.units)):
        raise LakipError("form-unknown-unit", unit=", ".join(unknown),
                         known=", ".join(sorted(project.units)))  # fmt: skip
    export = read_export(export_path, project.profile.finance_import)
    pk = project.pks[year]
    found, amounts = _match(export, pk)
    if export.years and year not in export.years:  # "TAHUN ANGGARAN 2024" over the table
        named = ", ".join(str(y) for y in sorted(export.years))
        found.append(finding(export.name, 1, "", "finance-year-differs", WARNING,
                             named=named, year=year))  # fmt: skip
    # the BKAD's export of the whole regency has thousands of other agencies' lines
    found = capped_per_file(found)
    kegiatan = [k for p in pk.programmes for k in p.kegiatan if not wanted or k.unit in wanted]
    values: dict[str, Decimal] = {}
    for k in kegiatan:
        seen = amounts.get(k.code)
        if seen is None:
            found.append(finding(k.loc.path, k.loc.line, k.code, "finance-kegiatan-missing",
                                 WARNING, code=k.code, file=export.name))  # fmt: skip
            continue
        value, problems = _sum(export, k, seen)
        found += problems
        if value is not None:
            values[k.code] = value
    result = ImportResult(found, year, matched=len(values))
    if not result.ok:
        return result
    texts = _edits(root, project, year, kegiatan, values, result)
    if not result.ok or not texts:
        return result
    result.findings += _validated(root, year, texts)
    if result.ok and not dry_run:
        _write(root, texts, result)
    return result


def _match(export: Export, pk: PerjanjianKinerja) -> tuple[list[Finding], dict[str, _Amounts]]:
    """Each export row placed under its PK kegiatan; the rows no kegiatan claims, as findings."""
    own = {normal_code(k.code): k for p in pk.programmes for k in p.kegiatan}
    above = {code[:n] for code in own for n in range(len(code) + 1)}  # and the codes themselves
    lengths = sorted({len(code) for code in own}, reverse=True)
    amounts: dict[str, _Amounts] = {}
    found: list[Finding] = []
    for line in export.lines:
        typed = line.code.text
        key = normal_code(typed)
        if key in own:
            slot = amounts.setdefault(own[key].code, _Amounts())
            if slot.own is not None:
                found.append(_at(export, line.code, "finance-duplicate-code", ERROR, code=typed,
                                 first=slot.own.row))  # fmt: skip
                continue
            slot.own = line
            continue
        parent = _parent(typed, key, own, lengths)
        if parent is not None:
            amounts.setdefault(parent.code, _Amounts()).parts.append(line)
        elif key not in above:  # urusan, bidang, programme rows
            found.append(_at(export, line.code, "finance-code-unknown", WARNING, code=typed))
    return found, amounts


def _parent(typed: str, key: str, own: dict[str, Kegiatan], lengths: list[int]) -> Kegiatan | None:
    """The kegiatan `typed` is a sub-kegiatan of: by segments when dotted, else by digits.

    Looked up by the code's own prefixes, so a regency-wide export of 200,000 lines is read in
    time proportional to its size, not to its size times the PK's kegiatan.
    """
    if not any(n < len(key) and key[:n] in own for n in lengths):
        return None  # no kegiatan's digits start it: most lines of a regency-wide export
    if "." in typed:
        parts = [normal_code(p) for p in typed.split(".")]
        heads = ("".join(parts[:n]) for n in range(len(parts) - 1, 0, -1))
        return next((own[h] for h in heads if h in own), None)
    return next((own[key[:n]] for n in lengths if n < len(key) and key[:n] in own), None)


def _sum(export: Export, k: Kegiatan, seen: _Amounts) -> tuple[Decimal | None, list[Finding]]:
    """The kegiatan's realisation (and a pagu check) from its row or its sub-kegiatan's rows."""
    found: list[Finding] = []
    spent, budget = Decimal(0), Decimal(0)
    for line in seen.lines:
        amount = _amount(export, line.realisation, found)
        spent += amount or 0
        if line.pagu is not None:
            budget += _amount(export, line.pagu, found) or 0
    if any(f.is_error for f in found):
        return None, found
    first = seen.lines[0]
    if export.has_pagu and k.pagu_known and budget != k.pagu:
        found.append(_at(export, first.pagu, "finance-pagu-differs", WARNING, code=k.code,
                         export=shown_rupiah(budget), pk=shown_rupiah(k.pagu)))  # fmt: skip
    return spent, found


def _amount(export: Export, value: Value, found: list[Finding]) -> Decimal | None:
    """A money cell as rupiah; blank is 0 (the finance system leaves unspent lines blank).

    A negative line (a refund) is read as such: only the kegiatan's total must not be negative,
    which the validation of the result decides.
    """
    if value.empty:
        return Decimal(0)
    amount = rupiah(value)
    if amount is None:
        found.append(_at(export, value, "finance-money-unreadable", ERROR, text=value.text))
        return None
    if amount != amount.to_integral_value():  # `1.250.000,00` is whole; `1.250,50` is not
        found.append(_at(export, value, "finance-money-fraction", ERROR, text=value.text,
                         read=shown_rupiah(amount)))  # fmt: skip
        return None
    return amount.to_integral_value()


def _at(export: Export, value: Value, rule: str, severity: str, /, **params: object) -> Finding:
    """A finding in the export, located as a person finds it: `baris 14, kolom Realisasi`."""
    return finding(export.name, value.row, "", rule, severity,
                   row=value.row, column=value.column, **params)  # fmt: skip


def _edits(
    root: Path, project: Project, year: int, kegiatan: list[Kegiatan],
    values: dict[str, Decimal], result: ImportResult,
) -> dict[str, str]:  # fmt: skip
    """The new text of every unit's `anggaran.yml` whose realisations change."""
    budgets = project.year_data(year).budgets
    texts: dict[str, str] = {}
    for k in kegiatan:
        if k.code not in values:
            continue
        path = layout.budget(k.unit, year)
        if not (root / path).is_file():
            result.findings.append(finding(path, 0, k.code, "finance-no-budget-file", ERROR,
                                           path=path, year=year))  # fmt: skip
            continue
        current = budgets.get(k.code)
        old = current.value if current is not None and current.unit == k.unit else None
        new = values[k.code]
        if old == new:
            continue
        text = texts.get(path) or (root / path).read_text(encoding="utf-8")
        if current is not None and current.unit == k.unit:
            text = yaml_edit.set_value(text, f"kegiatan[kode={k.code}].realisasi", new)
        else:
            text = yaml_edit.append_item(text, "kegiatan", {"kode": k.code, "realisasi": new})
        texts[path] = text
        result.changes.append(Change(path, k.code, old, new))
    return texts


def _validated(root: Path, year: int, texts: dict[str, str]) -> list[Finding]:
    """The errors `lakip validate` would report once `texts` are written, checked in a copy."""
    with tempfile.TemporaryDirectory(prefix="lakip-impor-") as tmp:
        copy = Path(tmp)
        for folder in (layout.REPORTS, layout.SECTIONS):
            shutil.copytree(root / folder, copy / folder)
        for path, text in texts.items():
            (copy / path).write_text(text, encoding="utf-8")
        checked = load_and_validate(copy, year)
    return [f for f in checked.findings if f.is_error]


def _write(root: Path, texts: dict[str, str], result: ImportResult) -> None:
    """Write each file whole (temporary file, then rename) and confirm it reads back."""
    for path, text in sorted(texts.items()):
        data = text.encode("utf-8")
        write_atomically(root / path, data)
        if (root / path).read_bytes() != data:
            raise LakipError("finance-write-changed", path=path)
        result.written.append(path)
