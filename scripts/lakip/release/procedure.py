"""Turn the signed releases and the registers of a year into the site's page on its delivery.

Steps 5 and 6 of the SOP leave records (release tags, the archive register, the dispatch and
receipt registers); readers of the site see from this page whether the report was signed, where
the hard copies are filed and which recipient has acknowledged it.
"""

from __future__ import annotations

from pathlib import Path

from lakip import gitrepo
from lakip.assemble import document as d
from lakip.findings import LakipError
from lakip.formatting import date_long
from lakip.load import registers
from lakip.model import Project
from lakip.release.bundle import release_tags
from lakip.release.tagsig import tag_signature


def procedure_blocks(root: Path, project: Project, year: int) -> list[d.Block]:
    """Headings, sentences and tables of the release, archive and delivery state of `year`."""
    return [*_releases(root, year), *_archive(root, year), *_deliveries(root, project, year)]


def _table(ident: str, caption: str, columns: tuple[str, ...], rows: list[tuple]) -> d.Table:
    return d.Table(
        id=ident,
        number="P." + ident.rsplit("-", 1)[-1],  # a site-only table, outside the report's numbering
        caption=caption,
        columns=tuple(d.Column(title) for title in columns),
        rows=tuple(tuple(str(cell) for cell in row) for row in rows),
    )


def _releases(root: Path, year: int) -> list[d.Block]:
    """The year's release tags, each with what its signature shows: a tag alone proves nothing."""
    blocks: list[d.Block] = [d.Heading(2, "Penandatanganan", "penandatanganan")]
    names = [name for _, name in release_tags(root, year)] if gitrepo.is_repository(root) else []
    tags = [gitrepo.tag(root, name) for name in names]
    tags = [tag for tag in tags if tag is not None]
    if not tags:
        blocks.append(d.Paragraph(f"Laporan tahun {year} belum ditandatangani (belum dirilis)."))
        return blocks
    shown = [(tag, _signature(root, tag.name)) for tag in tags]
    signed = [tag.name for tag, state in shown if state == _SIGNED]
    if signed:
        blocks.append(d.Paragraph(f"Versi terakhir yang ditandatangani Kepala: {signed[-1]}."))
    if not signed or signed[-1] != tags[-1].name:
        blocks.append(
            d.Paragraph(
                f"Versi terakhir: {tags[-1].name}; tanda tangan Kepala pada tag itu tidak "
                f"terverifikasi di sini. Periksa dengan 'lakip verify {tags[-1].name}'."
            )
        )
    rows = [(tag.name, date_long(tag.date.date()), state) for tag, state in shown]
    columns = ("Versi (tag)", "Tanggal", "Tanda tangan")
    blocks.append(_table("tabel-p-1", "Rilis", columns, rows))
    return blocks


_SIGNED = "sah, kunci Kepala"


def _signature(root: Path, tag: str) -> str:
    """What the tag's signature shows, judged as `lakip verify` does, against main's signers."""
    for branch in ("main", "origin/main"):  # a clone, or CI's checkout of a tag
        try:
            found = tag_signature(root, tag, branch, None)
        except LakipError:
            continue
        if found.valid and found.head and not found.problems:
            return _SIGNED
        if not found.kind:
            return "TIDAK bertanda tangan"
        return "TIDAK sah sebagai tanda tangan Kepala"
    return "tidak dapat diperiksa (cabang main tidak ada)"


def _archive(root: Path, year: int) -> list[d.Block]:
    entries, _ = registers.read(root, year, "arsip")
    blocks: list[d.Block] = [d.Heading(2, "Arsip", "arsip")]
    if not entries:
        return [*blocks, d.Paragraph("Belum ada salinan cetak yang dicatat dalam register arsip.")]
    rows = [(date_long(e.tanggal), e.lokasi, e.rangkap, e.versi, e.oleh) for e in entries]
    columns = ("Tanggal", "Lokasi", "Rangkap", "Versi", "Oleh")
    return [*blocks, _table("tabel-p-2", "Register arsip", columns, rows)]


def _deliveries(root: Path, project: Project, year: int) -> list[d.Block]:
    dispatched, _ = registers.read(root, year, "ekspedisi")
    received, _ = registers.read(root, year, "tanda-terima")
    recipients = project.profile.recipients if project.profile else ()
    rows = []
    for recipient in recipients:
        sent = [e for e in dispatched if e.penerima == recipient.code]
        got = [e for e in received if e.penerima == recipient.code]
        rows.append(
            (
                recipient.name,
                date_long(sent[-1].tanggal) if sent else "belum dikirim",
                sent[-1].nomor_surat if sent else "-",
                f"{date_long(got[-1].tanggal)} ({got[-1].oleh})" if got else "belum kembali",
            )
        )
    columns = ("Penerima", "Dikirim", "Nomor surat", "Tanda terima")
    return [
        d.Heading(2, "Penyampaian", "penyampaian"),
        _table("tabel-p-3", "Penyampaian laporan dan tanda terima", columns, rows),
    ]
