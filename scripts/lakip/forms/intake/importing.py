"""Import filled forms: new YAML texts, the whole repository validated with them, then written.

Like `build`, everything is gathered and checked before anything is written. The new texts are
validated in a temporary copy of `reports/` and `sections/` with the same checks as `lakip
validate`; a finding about an imported value is moved to the cell it came from. Only when no
file of the run has an error are the files written, each atomically, so one bad form of several
writes nothing. A value equal to the YAML's (92.2 against `92.20`) is not rewritten: an untouched
form changes no byte, and importing a form twice changes nothing the second time.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

from lakip import layout
from lakip.findings import ERROR, Finding, LakipError, environment_error, finding
from lakip.forms.intake.workbook_in import (
    BUDGET,
    REALISATION,
    Edit,
    check_form,
    form_edits,
    read_form,
)
from lakip.forms.intake.yaml_edit import YamlEditError, append_item, set_value
from lakip.load.project import load_project
from lakip.messages import Both
from lakip.office.archive import write_atomically
from lakip.validate.gate import load_and_validate, resolve_year

_LISTS = {REALISATION: "indikator", BUDGET: "kegiatan"}
_KEYED = re.compile(r"^(indikator|kegiatan)\[(\d+)\]\.(.+)$")
_EDITED = (".yml", ".yaml", ".md")  # the kinds of file an import may replace
_WHOLE_NUMBER = ("count-fraction", "rupiah-fraction")
_WHOLE_HINT = Both(
    "Ketik bilangan bulat di sel ini, tanpa pecahan.",
    "Type a whole number in this cell, without a fraction.",
)  # what validation reads; images and the rest stay behind


@dataclass(frozen=True)
class Change:
    """One value the import sets: in `path`, item `code`, key `key`, from `old` to `new`."""

    path: str
    code: str
    key: str
    old: str  # "-" when the YAML had none
    new: str


@dataclass
class ImportResult:
    year: int | None
    findings: list[Finding] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    written: list[str] = field(default_factory=list)  # files written (none on a dry run)

    @property
    def ok(self) -> bool:
        return not any(f.is_error for f in self.findings)


class Plan:
    """The new texts of this run, and which cell each imported value came from."""

    def __init__(self, root: Path, year: int) -> None:
        self.root, self.year = root, year
        self.texts: dict[str, str] = {}  # path -> new text
        self.old: dict[str, str | None] = {}  # path -> text before the run (None: no file)
        self.cells: dict[tuple[str, str, str], tuple[str, str]] = {}  # -> (form, cell)
        self.units: dict[str, str] = {}  # unit -> the form that imported it
        self.result = ImportResult(year)

    def replace(self, rel: str, text: str) -> None:
        """Set the whole new text of `rel`, for a reader that writes a file outright."""
        if rel not in self.old:
            path = self.root / rel
            self.old[rel] = path.read_text(encoding="utf-8") if path.is_file() else None
        self.texts[rel] = text

    def text(self, rel: str, kind: str) -> str:
        if rel not in self.texts:
            path = self.root / rel
            old = path.read_text(encoding="utf-8") if path.is_file() else None
            self.old[rel] = old
            self.texts[rel] = old if old is not None else _skeleton(kind, self.year)
        return self.texts[rel]

    def apply(self, form: str, unit: str, edits: list[Edit]) -> None:
        for kind in (REALISATION, BUDGET):
            mine = [e for e in edits if e.kind == kind]
            if not mine:
                continue
            rel = (layout.realisation if kind == REALISATION else layout.budget)(unit, self.year)
            try:
                self.texts[rel] = self._edited(form, rel, kind, mine)
            except YamlEditError as error:
                self.result.findings.append(finding(rel, 0, "", error.code, **error.params))

    def _edited(self, form: str, rel: str, kind: str, edits: list[Edit]) -> str:
        text = self.text(rel, kind)
        name = _LISTS[kind]
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as error:
            raise YamlEditError("yaml-edit-syntax", error=str(error).splitlines()[0]) from error
        items = data.get(name) if isinstance(data, dict) else None
        if not isinstance(items, list | None):
            raise YamlEditError("yaml-edit-shape", path=name)
        by_code = {str(i.get("kode")): i for i in items or [] if isinstance(i, dict)}
        new_items: dict[str, dict] = {}
        for edit in edits:
            self.cells[(rel, edit.code, edit.key)] = (form, edit.cell)
            item = by_code.get(edit.code)
            old = _lookup(item, edit.key) if item is not None else None
            if _same(old, edit.value):
                continue
            self.result.changes.append(
                Change(rel, edit.code, edit.key, _shown(old), _shown(edit.value))
            )
            if item is None:
                _nest(new_items.setdefault(edit.code, {"kode": edit.code}), edit.key, edit.value)
            else:
                text = set_value(text, f"{name}[kode={edit.code}].{edit.key}", edit.value)
        for item in new_items.values():
            text = append_item(text, name, item)
        return text


def _skeleton(kind: str, year: int) -> str:
    """A new unit file as `lakip new` starts one, for a unit that had none yet."""
    schema = "realisasi" if kind == REALISATION else "anggaran"
    return f"# yaml-language-server: $schema=../../../scripts/lakip/schemas/{schema}.json\n" + (
        f"tahun: {year}\n"
    )


def _lookup(item: dict, key: str) -> object:
    for part in key.split("."):
        if not isinstance(item, dict):
            return None
        item = item.get(part)
    return item


def _nest(item: dict, key: str, value: object) -> None:
    *path, last = key.split(".")
    for part in path:
        item = item.setdefault(part, {})
    item[last] = value


def _same(old: object, new: Decimal | str) -> bool:
    if isinstance(new, str):
        return old == new
    if isinstance(old, bool) or not isinstance(old, int | float):
        return False
    return Decimal(repr(old)) == new


def _shown(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _excel(plan: Plan, project, path: Path, name: str) -> None:
    """Read one Excel form into the plan; its findings go to the result."""
    form = read_form(path, name)
    refused = any(f.is_error for f in form.findings)  # a shape the checks cannot read
    rows = check_form(form, project, plan.year) if not refused else None
    edits = form_edits(form, rows) if rows is not None else []
    plan.result.findings += form.findings
    if rows is None or any(f.is_error for f in form.findings):
        return
    if rows.unit in plan.units:
        form.refuse("", "form-twice", unit=rows.unit, other=plan.units[rows.unit])
        plan.result.findings.append(form.findings[-1])
        return
    plan.units[rows.unit] = name
    plan.apply(name, rows.unit, edits)


# One reader per kind of file, by suffix; the narrative's `.docx` reader joins here. A reader
# reads its file, adds its findings and changes to `plan.result`, and puts each new text with
# `plan.replace` (or edits a YAML file through `plan.apply`); `import_forms` does the rest.
READERS: dict[str, Callable[[Plan, object, Path, str], None]] = {".xlsx": _excel}


def import_forms(
    root: Path, files: list[Path], year: int | None = None, dry_run: bool = False
) -> ImportResult:
    """Import `files` into the repository at `root`; write nothing unless all of them are clean."""
    project, loaded = load_project(root)
    # A form is checked against the PK and the Renstra: broken ones cannot say what it must match.
    planning = sorted({f.path for f in loaded if f.is_error and _planning_data(f.path)})
    if planning:
        raise LakipError("impor-planning-errors", files=", ".join(planning))
    year = resolve_year(project, year)
    if year is None:
        raise LakipError("no-year")
    plan = Plan(root, year)
    for path in files:
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            known = ", ".join(sorted([*READERS, ".docx"]))  # .docx: the narrative importer
            raise LakipError("form-unknown-kind", path=str(path), known=known)
        reader(plan, project, path, str(path))
    result = plan.result
    changed = {rel: text for rel, text in plan.texts.items() if text != plan.old.get(rel)}
    if not result.ok or not changed:
        return result
    result.findings += [_to_cell(f, plan) for f in _validated(root, year, changed)]
    if result.ok and not dry_run:
        _write(root, changed, result)
    return result


def _planning_data(rel: str) -> bool:
    return rel.startswith(layout.REPORTS + "/") and rel.endswith((".yml", ".yaml"))


def _validated(root: Path, year: int, texts: dict[str, str]) -> list[Finding]:
    """The findings of `lakip validate` on a copy of the repository with `texts` in place,
    about the files the import changes."""
    with tempfile.TemporaryDirectory(prefix="lakip-impor-") as temp:
        copy = Path(temp)
        for folder in (layout.REPORTS, layout.SECTIONS):
            if (root / folder).is_dir():
                shutil.copytree(root / folder, copy / folder, symlinks=True,
                                copy_function=_link_or_copy)  # fmt: skip
        for rel, text in texts.items():
            (copy / rel).parent.mkdir(parents=True, exist_ok=True)
            (copy / rel).unlink(missing_ok=True)  # never write through a link to the original
            (copy / rel).write_text(text, encoding="utf-8")
        found = load_and_validate(copy, year).findings
    return [f for f in found if f.path in texts]


def _link_or_copy(source: str, target: str) -> None:
    """Images and the like are linked, not copied, where the file system allows it."""
    if source.endswith(_EDITED):
        shutil.copy2(source, target)  # a data file may be replaced in the copy: never linked
        return
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _to_cell(item: Finding, plan: Plan) -> Finding:
    """A finding about an imported value, moved to the form's cell it came from."""
    match = _KEYED.match(item.key)
    if match is None:
        return item
    data = yaml.safe_load(plan.texts[item.path]) or {}
    items = data.get(match.group(1)) or []
    index = int(match.group(2))
    code = str(items[index].get("kode")) if index < len(items) else ""
    origin = plan.cells.get((item.path, code, match.group(3)))
    if origin is None:
        return item
    form, cell = origin
    params = item.params
    if item.code in _WHOLE_NUMBER:  # the data files' hint (write 1912, a dot is decimal) misleads
        params = tuple((k, _WHOLE_HINT if k == "hint" else v) for k, v in params)
    return Finding(form, 0, cell, item.code, item.severity, params)


def _write(root: Path, texts: dict[str, str], result: ImportResult) -> None:
    for rel, text in texts.items():
        data = text.encode("utf-8")
        try:
            write_atomically(root / rel, data)
            written = (root / rel).read_bytes() == data
        except OSError as error:
            raise environment_error(error, root / rel) from error
        if not written:
            result.findings.append(finding(rel, 0, "", "form-not-written", ERROR))
            return
        result.written.append(rel)
