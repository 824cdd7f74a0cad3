"""Turn a signed release into its paper trail: cover letters, receipt forms and register entries.

SOP step 6 sends the report to Bappeda, BKAD, Bagian Pembangunan and Inspektorat with a cover
letter (surat pengantar) and a receipt form (tanda terima) each; the dispatch goes into the
buku ekspedisi and each signed receipt that comes back into the receipt register. Step 5's hard
copies go into the archive register. Letters cite the release tag and the PDF's SHA-256, so a
recipient can check that the file received is the one the head signed.
"""

from __future__ import annotations

import datetime
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from lakip import gitrepo, layout
from lakip.assemble.letterhead import head_position, issuer_name, position_lines
from lakip.findings import LakipError
from lakip.formatting import date_long, grade, nip
from lakip.load import registers as register_files
from lakip.load.project import load_project
from lakip.messages import Both
from lakip.model import Profile, Recipient
from lakip.release import register_order, registers
from lakip.release.bundle import release_tags, tag_facts
from lakip.release.tagsig import signed_by_head

DEFAULT_PATTERN = "000.1.2/{nomor}/{singkatan}/{tahun}"
_DEFAULT_RECIPIENTS = (
    ("bappeda", "Badan Perencanaan Pembangunan Daerah"),
    ("bkad", "Badan Keuangan dan Aset Daerah"),
    ("bagian-pembangunan", "Bagian Pembangunan Sekretariat Daerah"),
    ("inspektorat", "Inspektorat Daerah"),
)


@dataclass(frozen=True)
class Dispatch:
    recipient: Recipient
    number: str
    cover: Path
    receipt: Path


@dataclass(frozen=True)
class Distribution:
    version: str
    dispatches: list[Dispatch]
    appended: registers.Appended | None


def distribute(
    root: Path,
    year: int,
    *,
    date: datetime.date,
    first_number: int | None = None,
    pattern: str = DEFAULT_PATTERN,
    draft: bool = False,
    out: Path | None = None,
    commit: bool = False,
) -> Distribution:
    """Write a cover letter and a receipt form per recipient, then record the dispatch."""
    if commit and not draft:  # before the letters are rendered
        gitrepo.require_identity(root)
    profile = load_profile(root)
    release = _latest_release(root, year)
    if release is None and not draft:
        raise LakipError("distribute-no-release", year=year)
    # The letters cite the release's PDF hash as the official one: only a head-signed tag may be.
    if release is not None and not draft and not signed_by_head(root, release["tag"]):
        raise LakipError("distribute-release-not-signed", tag=release["tag"])
    if first_number is None and not draft:
        raise LakipError("distribute-number-required")
    if not draft:
        released = register_order.released_on(root, year, release["tag"])
        after = register_order.after_release(release["tag"])
        register_order.check_date(date, floor=released, after=after)
    out = Path(out) if out else root / "build" / "distribusi" / str(year)
    out.mkdir(parents=True, exist_ok=True)
    recipients = recipients_of(profile)
    numbers = [_number(pattern, profile, date, first_number, i) for i in range(len(recipients))]
    staging = Path(tempfile.mkdtemp(prefix=".lakip-distribusi-", dir=out))
    try:
        names = _render_all(root, profile, year, date, release, draft, recipients, numbers, staging)
        appended = None
        if not draft:
            entries = [
                {"tanggal": date, "penerima": r.code, "nomor_surat": n, "versi": release["tag"]}
                for r, n in zip(recipients, numbers, strict=True)
            ]
            appended = registers.append(root, year, "ekspedisi", entries, commit=commit)
        for name in names:
            os.replace(staging / name, out / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    dispatches = [
        Dispatch(r, n, out / names[2 * i], out / names[2 * i + 1])
        for i, (r, n) in enumerate(zip(recipients, numbers, strict=True))
    ]
    return Distribution(release["tag"] if release else "", dispatches, appended)


def record_receipt(
    root: Path,
    year: int,
    code: str,
    *,
    by: str,
    date: datetime.date,
    note: str = "",
    version: str | None = None,
    again: bool = False,
    commit: bool = False,
) -> registers.Appended:
    """Record one signed receipt; see `record_receipts`."""
    return record_receipts(
        root, year, [(code, by)], date=date, note=note, version=version, again=again, commit=commit
    )


def record_receipts(
    root: Path,
    year: int,
    received: list[tuple[str, str]],
    *,
    date: datetime.date,
    note: str = "",
    version: str | None = None,
    again: bool = False,
    commit: bool = False,
) -> registers.Appended:
    """Record signed receipts as (recipient code, who signed), all in one register entry block.

    Each names a release of the year that was sent to that recipient on or before `date`; a
    second receipt for the same recipient and version needs `again`. Nothing is written unless
    every receipt is acceptable.
    """
    if commit:
        gitrepo.require_identity(root)
    profile = load_profile(root)
    known = [r.code for r in recipients_of(profile)]
    version = version or _latest_version(root, year)
    register_order.released_on(root, year, version)
    entries, found = register_files.read(root, year, "tanda-terima")
    sent, more = register_files.read(root, year, "ekspedisi")
    if found or more:
        problem = [*found, *more][0]
        message = Both(problem.message("id"), problem.message("en"))
        raise LakipError("register-unreadable", path=problem.path, problem=message)
    codes = [code for code, _ in received]
    twice = sorted({code for code in codes if codes.count(code) > 1})
    if twice:
        raise LakipError("receipt-twice", recipient=twice[0])
    new = []
    for code, by in received:
        if code not in known:
            raise LakipError("receipt-unknown-recipient", recipient=code, known=", ".join(known))
        earlier = [e for e in entries if e.penerima == code and e.versi == version]
        if earlier and not again:
            raise LakipError(
                "receipt-duplicate",
                recipient=code,
                version=version,
                line=earlier[0].line,
                date=earlier[0].tanggal,
            )
        dispatches = [e for e in sent if e.penerima == code and e.versi == version]
        if not dispatches:
            raise LakipError("receipt-not-dispatched", recipient=code, version=version, year=year)
        first_sent = min(dispatches, key=lambda e: e.tanggal)
        after = register_order.after_dispatch(code, first_sent.nomor_surat)
        register_order.check_date(date, floor=first_sent.tanggal, after=after)
        new.append(
            {"tanggal": date, "penerima": code, "oleh": by, "versi": version, "catatan": note}
        )
    return registers.append(root, year, "tanda-terima", new, commit=commit)


def record_archive(
    root: Path,
    year: int,
    *,
    location: str,
    copies: int,
    date: datetime.date,
    by: str | None = None,
    note: str = "",
    version: str | None = None,
    commit: bool = False,
) -> registers.Appended:
    """Record hard copies put in the archive (who stored how many, where, of which version)."""
    if commit:
        gitrepo.require_identity(root)
    by = by or gitrepo.config(root, "user.name")
    if not by:
        raise LakipError("archive-by-required")
    if copies < 1:
        raise LakipError("archive-copies", copies=copies)
    version = version or _latest_version(root, year)
    released = register_order.released_on(root, year, version)
    register_order.check_date(date, floor=released, after=register_order.after_release(version))
    entry = {
        "tanggal": date,
        "lokasi": location,
        "rangkap": copies,
        "oleh": by,
        "versi": version,
        "catatan": note,
    }
    return registers.append(root, year, "arsip", [entry], commit=commit)


def load_profile(root: Path) -> Profile:

    project, found = load_project(root)
    if project.profile is None:
        problems = [f for f in found if f.path == layout.PROFILE and f.is_error]
        detail = problems[0].message("id") if problems else layout.PROFILE
        raise LakipError("profile-unusable", problem=detail)
    return project.profile


def recipients_of(profile: Profile) -> list[Recipient]:
    """The profile's `penerima`, or the SOP's four recipients in the profile's government."""
    if profile.recipients:
        return list(profile.recipients)
    return [Recipient(code, f"{name} {profile.government}") for code, name in _DEFAULT_RECIPIENTS]


def _latest_release(root: Path, year: int) -> dict | None:
    tags = release_tags(root, year)
    if not tags:
        return None
    tag = tags[-1][1]
    ref = layout.tag_ref(tag)
    facts = tag_facts(gitrepo.run(root, "for-each-ref", "--format=%(contents)", ref))
    signed = gitrepo.run(root, "for-each-ref", "--format=%(taggerdate:short)", ref).strip()
    return {
        "tag": tag,
        "version": layout.parse_release_tag(tag)[1],
        "signed": date_long(datetime.date.fromisoformat(signed)) if signed else "",
        "pdf": facts.get("pdf", ""),
        "sha256": facts.get("pdf_sha256", ""),
    }


def _latest_version(root: Path, year: int) -> str:
    """The year's latest release tag, which a receipt or an archive entry records copies of."""
    tags = release_tags(root, year)
    if not tags:
        raise LakipError("register-no-release", year=year)
    return tags[-1][1]


def _number(pattern: str, profile: Profile, date: datetime.date, first: int | None, i: int) -> str:
    sequence = "..." if first is None else str(first + i)
    try:
        return pattern.format(nomor=sequence, singkatan=profile.agency_short, tahun=date.year)
    except (KeyError, IndexError, ValueError) as error:
        raise LakipError("distribute-pattern", pattern=pattern, error=str(error)) from error


def _render_all(root, profile, year, date, release, draft, recipients, numbers, out) -> list[str]:
    """Render every letter and form into `out`; returns the file names, two per recipient."""
    # imported here: WeasyPrint takes 0.7 s to load, and only commands that print need it
    from lakip.render.letters import Sheet, print_sheets

    context = _context(profile, year, date, release, draft)
    names, sheets = [], []
    for index, (recipient, number) in enumerate(zip(recipients, numbers, strict=True), 1):
        letter = {**context["letter"], "number": number}
        for kind in ("surat-pengantar", "tanda-terima"):
            name = f"{index:02d}-{recipient.code}-{kind}.pdf"
            values = {**context, "letter": letter, "recipient": recipient}
            sheets.append(Sheet(f"{kind}.html", values, f"{year}-{name}"))
            names.append(name)
    for name, pdf in zip(names, print_sheets(root, profile, sheets), strict=True):
        (out / name).write_bytes(pdf)
    return names


def _context(profile: Profile, year: int, date, release, draft: bool) -> dict:
    head = profile.head
    return {
        "agency": {"name": issuer_name(profile), "city": profile.city},
        "report": {"title": profile.title, "short_title": profile.short_title, "year": year},
        "head": {
            "name": head.name,
            "position": head_position(profile),
            "position_lines": position_lines(profile),
            "grade": grade(head.rank, head.grade),
            "nip": nip(head.nip) if head.nip else "",
        },
        "letter": {
            "date": date_long(date),
            "subject": f"Penyampaian {profile.title} ({profile.short_title}) Tahun {year}",
        },
        "created": date.isoformat(),
        "release": release,
        "draft": draft,
    }
