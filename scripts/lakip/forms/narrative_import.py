"""Turn a filled Word narrative into the unit's `narasi.md` and images, only once it validates.

The document names its unit and year (custom properties, else the file name). It is converted
(`word.to_markdown`), refused whole if it holds what the report cannot print, then checked by the
same loader and rules as `lakip validate`, on a copy of the data with the new narrative in
place; each finding is moved back to the Word paragraph it came from. Only a clean result is
written, images first (named by their content, so importing twice writes nothing new), then
`narasi.md`, each atomically.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import quote, unquote

import docx
from docx.document import Document

from lakip import layout
from lakip.findings import Finding, LakipError, finding
from lakip.forms.word.document import identity_from_name, identity_from_properties
from lakip.forms.word.to_markdown import Converted, docx_to_markdown
from lakip.load.headings import headings
from lakip.load.project import load_project
from lakip.office.archive import write_atomically
from lakip.validate.gate import load_and_validate, resolve_year

IMAGE_FOLDER = "gambar"  # beside narasi.md, as the narratives link them: gambar/grafik.png
MAX_DOCX_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a ZIP that inflates past this is no narrative


@dataclass
class NarrativeImport:
    document: str  # the file name, as findings name it
    unit: str
    year: int
    path: str  # sections/<unit>/<year>/narasi.md
    changed: bool = False
    images: list[str] = field(default_factory=list)  # pictures written (or, dry, to write)
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(f.is_error for f in self.findings)


def import_narrative(
    root: Path, source: Path, dry_run: bool = False, expected_year: int | None = None
) -> NarrativeImport:
    """Import `source` into the repository at `root`; write nothing if any error is found.

    `dry_run`: check everything and say what would change (`changed`, `images`), writing nothing.
    `expected_year`: the year asked for (`--year`); a document for another year is refused.
    """
    document = _open(source)
    unit, year = _identity(document, source.name)
    if expected_year is not None and expected_year != year:
        raise LakipError("docx-other-year", document=source.name, year=year, asked=expected_year)
    project, _ = load_project(root)
    year = resolve_year(project, year)
    duty = project.duties(year).get(unit)
    if duty is None or not duty.indicators:
        raise LakipError("narrative-no-indicators", unit=unit, year=year)
    folder = layout.unit_year(unit, year)
    known = _images(root / folder / IMAGE_FOLDER)
    converted = docx_to_markdown(document, source.name, lambda data, ext: _src(known, data, ext))
    result = NarrativeImport(source.name, unit, year, layout.narrative(unit, year))
    codes = [indicator.code for indicator in duty.indicators]
    if not _names_an_indicator(converted.markdown, codes):
        converted.refused.append(
            finding(source.name, 0, "", "docx-no-indicator-headings", codes=", ".join(codes))
        )
    if converted.refused:
        result.findings = converted.refused
        return result
    result.findings = _validated(root, year, result.path, converted, source.name)
    if result.ok:
        _write(root, folder, result, converted, dry_run)
    return result


def _names_an_indicator(markdown: str, codes: list[str]) -> bool:
    """Whether a Heading 2 names one of the unit's indicators: else it is no narrative of it.

    Without one the whole document would become text before the first indicator, replacing the
    unit's narrative with warnings only; a document typed without heading styles is refused.
    """
    return any(h.level == 2 and h.title.split(" ")[0] in codes for h in headings(markdown))


def _open(source: Path) -> Document:
    """The document, refused when it is no DOCX or would inflate past the bounds."""
    try:
        size = source.stat().st_size
        if size > MAX_DOCX_BYTES:
            raise LakipError("docx-too-large", path=str(source), size=size, limit=MAX_DOCX_BYTES)
        with zipfile.ZipFile(source) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
        if unpacked > MAX_UNPACKED_BYTES:
            raise LakipError("docx-too-large", path=str(source), size=unpacked,
                             limit=MAX_UNPACKED_BYTES)  # fmt: skip
        return docx.Document(str(source))
    except LakipError:
        raise
    except Exception as error:  # noqa: BLE001 - a damaged file makes python-docx raise anything
        raise LakipError("docx-unreadable", path=str(source), reason=type(error).__name__) from None


def _identity(document: Document, name: str) -> tuple[str, int]:
    """Unit and year from the properties, checked against the file name when it names them."""
    unit, year = identity_from_properties(document)
    named = identity_from_name(name)
    if unit is None or year is None:
        if named is None:
            raise LakipError("docx-identity-unknown", document=name)
        return named
    if named is not None and named != (unit, year):
        raise LakipError("docx-identity-mismatch", document=name, unit=unit, year=year,
                         named_unit=named[0], named_year=named[1])  # fmt: skip
    return unit, year


def _images(folder: Path) -> dict[str, str]:
    """Content hash -> file name of the images already in the unit's folder."""
    if not folder.is_dir():
        return {}
    return {
        hashlib.sha256(path.read_bytes()).hexdigest(): path.name
        for path in sorted(folder.iterdir())
        if path.is_file() and not path.is_symlink()
    }


def _src(known: dict[str, str], data: bytes, ext: str) -> str:
    """The picture's link: an identical image already there, else a name from its content."""
    digest = hashlib.sha256(data).hexdigest()
    return f"{IMAGE_FOLDER}/{quote(known.get(digest) or f'{digest[:16]}.{ext}')}"


def _validated(root: Path, year: int, rel: str, converted: Converted, name: str) -> list[Finding]:
    """`lakip validate`'s findings on the new narrative, located in the Word document."""
    with tempfile.TemporaryDirectory(prefix="lakip-impor-") as temp:
        copy = Path(temp)
        for top in (layout.REPORTS, layout.SECTIONS):
            if (root / top).is_dir():
                shutil.copytree(root / top, copy / top, symlinks=True)
        folder = (copy / rel).parent
        folder.mkdir(parents=True, exist_ok=True)
        (copy / rel).write_text(converted.markdown, encoding="utf-8")
        for src, data in converted.images.items():
            (folder / unquote(src)).parent.mkdir(parents=True, exist_ok=True)
            (folder / unquote(src)).write_bytes(data)
        found = load_and_validate(copy, year).findings
    return [_located(item, converted, name) for item in found if item.path == rel]


def _located(item: Finding, converted: Converted, name: str) -> Finding:
    """The finding moved from a line of the Markdown to the paragraph it came from."""
    origin = None
    if 1 <= item.line <= len(converted.origins):
        origin = converted.origins[item.line - 1]
    if origin is None:
        return replace(item, path=name, line=0)
    key = f'paragraf {origin.paragraph} "{origin.words}"'
    return replace(item, path=name, line=origin.paragraph, key=key)


def _write(
    root: Path, folder: str, result: NarrativeImport, converted: Converted, dry_run: bool
) -> None:
    """Pictures first, then the narrative that links them; only what differs is written."""
    for src, data in sorted(converted.images.items()):
        target = root / folder / unquote(src)
        if not (target.is_file() and target.read_bytes() == data):
            if not dry_run:
                write_atomically(target, data)
            result.images.append(f"{folder}/{unquote(src)}")
    target = root / result.path
    current = target.read_text(encoding="utf-8") if target.is_file() else None
    if current != converted.markdown:
        if not dry_run:
            write_atomically(target, converted.markdown.encode("utf-8"))
        result.changed = True
