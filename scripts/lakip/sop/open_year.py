"""Turn an incoming letter into an open reporting year: the letter, the units' files, a disposition.

Step 1 of the SOP: the letter asking for the report arrives and the head disposes it to the
units. Here that means recording `reports/<year>/surat.yml`, giving every unit that owns
indicators or kegiatan in the year's Perjanjian Kinerja its three files to fill (never
overwriting one that exists), and printing the disposition sheet with the deadline.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from lakip import formatting as fmt
from lakip import gitrepo, layout
from lakip.compute.figures import year_target
from lakip.findings import Finding, LakipError, finding
from lakip.model import Duty, Letter, Loc, Project
from lakip.sop.disposition import render_disposition
from lakip.validate.gate import load_and_validate
from lakip.validate.narrative_quality import TOPICS

DEFAULT_DAYS = 14
_PLAIN_CODE = re.compile(r"^[A-Za-z]+-[0-9A-Za-z.-]+$")  # IKU-01; never yes/no/on/off or 1.1
NARRATIVE_PARTS = tuple(topic.title for topic in TOPICS)  # what `validate --final` requires
NARRATIVE_HINT = (
    "<!-- Petunjuk (hapus setelah diisi): tulis di bawah setiap subjudul mengapa target tercapai "
    "atau tidak, apa yang sudah dilakukan, hambatannya, dan rencana tahun berikutnya. -->"
)


@dataclass
class OpenedYear:
    letter: Letter
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    pdf: Path | None = None


def open_year(
    root: Path,
    year: int,
    number: str,
    date: datetime.date,
    deadline: datetime.date | None = None,
    subject: str | None = None,
    sender: str | None = None,
    received: datetime.date | None = None,
) -> OpenedYear:
    """Record the letter, scaffold the units' files and render `build/disposisi-<year>.pdf`.

    Writes nothing when the year's reports/ data has errors (they come back as findings).
    """

    letter_rel = layout.letter(year)
    today = gitrepo.today()
    for day in (date, received):
        if day is not None and day > today:
            raise LakipError("letter-date-future", date=day.isoformat(), today=today.isoformat())
    if deadline is not None and deadline < date:
        raise LakipError(
            "deadline-before-letter", deadline=deadline.isoformat(), date=date.isoformat()
        )
    if (root / letter_rel).exists():
        raise LakipError("letter-exists", path=letter_rel, year=year)
    if not (root / layout.pk(year)).is_file():
        raise LakipError("pk-required", year=year, path=layout.pk(year))
    result = load_and_validate(root, year)
    project = result.project
    blocking = [
        f for f in result.findings if f.is_error and f.path.startswith(f"{layout.REPORTS}/")
    ]
    profile = project.profile
    title = profile.title if profile else "Laporan Kinerja Instansi Pemerintah"
    letter = Letter(
        year=year,
        number=number,
        date=date,
        subject=subject or f"Permintaan {title} Tahun {year}",
        sender=sender or "",
        deadline=deadline or date + datetime.timedelta(days=DEFAULT_DAYS),
        loc=Loc(letter_rel, 1),
        received=received,
    )
    opened = OpenedYear(letter, findings=blocking)
    if blocking or profile is None:
        return opened

    duties = project.duties(year)
    files = {letter_rel: letter_yaml(letter), **scaffold(project, year)}
    # A folder linked out of the repository (sections/<unit>/<year> -> /elsewhere) is no
    # place to write: the files would land outside it. Nothing is written then.
    folders = sorted({str(Path(rel).parent) for rel in files if not _inside(root, rel)})
    if folders:
        opened.findings = [finding(folder, 0, "", "outside-repo") for folder in folders]
        return opened
    units = sorted(project.units.values(), key=lambda u: (u.order, u.slug))
    pdf = render_disposition(root, profile, letter, units, set(duties))

    for rel, text in files.items():
        target = root / rel
        if target.exists():
            opened.skipped.append(rel)
            continue
        _write(target, text.encode("utf-8"))
        opened.written.append(rel)
    opened.pdf = root / "build" / f"disposisi-{year}.pdf"
    _write(opened.pdf, pdf)
    return opened


def scaffold(project: Project, year: int) -> dict[str, str]:
    """The files each unit with duties in the year's PK gets to fill, by path: exactly what
    `lakip new` writes, so the ownership check can recognise planning's year-opening."""
    files = {}
    for slug, duty in project.duties(year).items():
        if duty.indicators:
            files[layout.realisation(slug, year)] = realisation_yaml(duty, year, project)
            files[layout.narrative(slug, year)] = narrative_markdown(duty, year)
        if duty.kegiatan:
            files[layout.budget(slug, year)] = budget_yaml(duty, year)
    return files


def letter_yaml(letter: Letter) -> str:
    lines = [
        "# yaml-language-server: $schema=../../scripts/lakip/schemas/surat.json",
        "# Surat masuk yang memulai penyusunan laporan tahun ini (langkah 1 SOP).",
        f"tahun: {letter.year}",
        f"nomor: {_quote(letter.number)}",
        f"tanggal: {letter.date.isoformat()}",
        *([f"diterima: {letter.received.isoformat()}"] if letter.received else []),
        f"perihal: {_quote(letter.subject)}",
    ]
    if letter.sender:
        lines.append(f"pengirim: {_quote(letter.sender)}")
    if letter.deadline:
        lines.append(f"tenggat: {letter.deadline.isoformat()}")
    return "\n".join(lines) + "\n"


def realisation_yaml(duty: Duty, year: int, project: Project) -> str:
    pk = project.pks[year]
    lines = [
        "# yaml-language-server: $schema=../../../scripts/lakip/schemas/realisasi.json",
        f"# Realisasi indikator tahun {year}: {duty.unit.name}.",
        "# Isi 'realisasi:' dengan angka: titik sebagai desimal, tanpa pemisah ribuan, tanpa",
        "# '%' (1912 orang ditulis 1912, bukan 1.912). Tambahkan 'sumber_data:'. Target",
        "# ditetapkan di PK (reports/) dan tidak ditulis di sini.",
        f"tahun: {year}",
        "indikator:",
    ]
    for indicator in duty.indicators:
        target, against_end = year_target(indicator, pk, year)
        shown = "-" if target is None else fmt.target(target, typed=True)
        shown += " (target akhir Renstra)" if against_end else ""
        lines += _blank_item(
            indicator.text, f"satuan: {indicator.unit}; target {year}: {shown}", indicator.code
        )
    return "\n".join(lines) + "\n"


def budget_yaml(duty: Duty, year: int) -> str:

    lines = [
        "# yaml-language-server: $schema=../../../scripts/lakip/schemas/anggaran.json",
        f"# Realisasi anggaran tahun {year}: {duty.unit.name}.",
        "# Isi 'realisasi:' dalam rupiah tanpa titik pemisah, misalnya 685000000.",
        f"tahun: {year}",
        "kegiatan:",
    ]
    for kegiatan in duty.kegiatan:
        lines += _blank_item(kegiatan.name, f"pagu: {fmt.money(kegiatan.pagu)}", kegiatan.code)
    return "\n".join(lines) + "\n"


def narrative_markdown(duty: Duty, year: int) -> str:
    lines = [f"# Narasi capaian kinerja {year}: {duty.unit.name}", ""]
    for indicator in duty.indicators:
        lines += [f"## {indicator.code} {_one_line(indicator.text)}", "", NARRATIVE_HINT, ""]
        for part in NARRATIVE_PARTS:
            lines += [f"### {part}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _blank_item(name: str, note: str, code: str) -> list[str]:
    """One list item to fill in: what it is and a note as comments, its code, an empty value."""
    return [f"  # {_one_line(name)}", f"  # {note}", f"  - kode: {_code(code)}", "    realisasi:"]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _code(code: str) -> str:
    """A code as the sample writes it: plain when YAML reads it as text, quoted otherwise."""
    return code if _PLAIN_CODE.match(code) else _quote(code)


def _quote(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML), so no text is misread."""
    return json.dumps(text, ensure_ascii=False)


def _inside(root: Path, rel: str) -> bool:
    """Whether `rel`'s folder, links followed, is inside the repository at `root`."""
    try:
        return (root / rel).parent.resolve().is_relative_to(Path(root).resolve())
    except (OSError, RuntimeError):  # a name too long, a link loop: no place to write either
        return False


def _write(target: Path, data: bytes) -> None:
    """Write through a temporary file and a rename, so a crash never leaves half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temp, 0o644)  # mkstemp makes 0600; these are ordinary repository files
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
