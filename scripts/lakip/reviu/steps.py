"""Turn the SOP's record (tags and registers) into the verdicts on signing, time and delivery.

`target-terkunci` reads the target lock's findings, which the pipeline gets from `sop.targetlock`
(the reviu sits beside `sop` and may not import it). The last four items follow the head's
signature: before a release tag of the year exists they are `NOT_YET`, not `NOT_MET`.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from lakip import gitrepo, layout
from lakip.load import registers
from lakip.model import REGIONAL_GOVERNMENT, ReceiptEntry
from lakip.release.distribute import recipients_of
from lakip.release.tagsig import verified
from lakip.reviu.checklist import MET, NOT_MET, NOT_YET
from lakip.reviu.items import Inputs, Result, verdict_of


@dataclass(frozen=True)
class Signing:
    """The year's release tags, and the first that verifies as signed by the head."""

    tags: tuple[gitrepo.Tag, ...]
    signed: gitrepo.Tag | None


def signing(given: Inputs) -> Signing:
    found = tuple(gitrepo.tags(given.root, layout.release_tag_glob(given.year)))
    signed = next((t for t in found if verified(given.root, t.name, head=True)), None)
    return Signing(found, signed)


def deadline(year: int, kind: str) -> datetime.date:
    """When the report of `year` is due: end of February, 31 March for a regional government."""
    if kind == REGIONAL_GOVERNMENT:
        return datetime.date(year + 1, 3, 31)
    return datetime.date(year + 1, 3, 1) - datetime.timedelta(days=1)


def targets_locked(given: Inputs) -> Result:
    """The PK tag exists and the target lock finds nothing changed since it."""
    name = layout.pk_tag(given.year)
    tag = gitrepo.tag(given.root, name)
    code = "target-terkunci"
    if tag is None:
        return Result(code, NOT_MET, f"Perjanjian Kinerja belum ditandatangani (tag {name}).")
    rows = [("Tag PK", name, tag.date.date().isoformat())]
    pk = given.project.pks[given.year]
    rows += [("Revisi", r.date.isoformat(), r.reason) for r in pk.revisions]
    if given.lock is None:
        return Result(code, NOT_MET, "Kunci target belum diperiksa.", ("Hal", "", ""), ())
    problems = [f for f in given.lock if f.is_error]
    rows += [("Temuan", f"{f.path}:{f.line}", f.message("id")) for f in problems]
    verdict, reason = verdict_of(
        [f"{f.path}:{f.line}" for f in problems],
        f"PK ditandatangani ({name}) dan targetnya tidak berubah kecuali melalui revisi tercatat.",
        "Target berubah sesudah PK ditandatangani: {}.",
    )
    return Result(code, verdict, reason, ("Hal", "Rujukan", "Keterangan"), tuple(rows))


def signed(given: Inputs, state: Signing) -> Result:
    """A release tag of the year verifies as signed by the head."""
    code = "ditandatangani"
    rows = tuple((t.name, t.date.date().isoformat()) for t in state.tags)
    if not state.tags:
        return Result(code, NOT_YET, "Laporan belum ditandatangani (belum ada tag rilis).")
    if state.signed is None:
        reason = "Tag rilis ada, tetapi tanda tangannya tidak terverifikasi sebagai pimpinan."
        return Result(code, NOT_MET, reason, ("Tag", "Tanggal"), rows)
    reason = f"Ditandatangani pimpinan: tag {state.signed.name}."
    return Result(code, MET, reason, ("Tag", "Tanggal"), rows)


def on_time(given: Inputs, state: Signing) -> Result:
    """The head's signature dated no later than the deadline of the issuer's kind."""
    code = "tepat-waktu"
    kind = given.project.profile.kind if given.project.profile else ""
    due = deadline(given.year, kind)
    if state.signed is None:
        return Result(code, NOT_YET, f"Belum ditandatangani; batas waktu {due.isoformat()}.")
    day = state.signed.date.date()
    rows = (("Ditandatangani", day.isoformat()), ("Batas waktu", due.isoformat()))
    if day <= due:
        return Result(code, MET, f"Ditetapkan {day.isoformat()}, sebelum batas waktu.",
                      ("Hal", "Tanggal"), rows)  # fmt: skip
    late = (day - due).days
    return Result(code, NOT_MET, f"Ditetapkan {day.isoformat()}, terlambat {late} hari.",
                  ("Hal", "Tanggal"), rows)  # fmt: skip


def delivered(given: Inputs, state: Signing) -> Result:
    """A receipt in the register from every recipient of the profile."""
    code = "disampaikan"
    if state.signed is None:
        return Result(code, NOT_YET, "Laporan belum ditandatangani, belum dapat disampaikan.")
    profile = given.project.profile
    wanted = recipients_of(profile) if profile else []
    entries, _ = registers.read(given.root, given.year, "tanda-terima")
    receipts = [e for e in entries if isinstance(e, ReceiptEntry)]
    rows, missing = [], []
    for recipient in wanted:
        mine = [r for r in receipts if r.penerima == recipient.code]
        first = min((r.tanggal for r in mine), default=None)
        rows.append((recipient.code, recipient.name, first.isoformat() if first else "-"))
        if first is None:
            missing.append(recipient.name)
    verdict, reason = verdict_of(
        missing,
        f"Tanda terima dari seluruh {len(wanted)} penerima tercatat.",
        "Belum ada tanda terima dari: {}.",
    )
    columns = ("Kode", "Penerima", "Tanda terima")
    return Result(code, verdict, reason, columns, tuple(rows))


def published(given: Inputs, state: Signing) -> Result:
    """A validly signed release tag: what `lakip publish` puts on the site."""
    code = "dipublikasikan"
    if not state.tags:
        return Result(code, NOT_YET, "Belum ada rilis yang ditandatangani untuk dipublikasikan.")
    if state.signed is None:
        return Result(code, NOT_MET, "Tidak ada tag rilis yang tanda tangannya sah.")
    reason = f"Rilis {state.signed.name} bertanda tangan sah dan diterbitkan di situs."
    return Result(code, MET, reason, ("Tag",), ((state.signed.name,),))
