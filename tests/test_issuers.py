"""One report per kind of issuer, its cover and signature block read back from the real PDF.

A regional agency sits under "PEMERINTAH KABUPATEN X" and is signed by its Kepala; the regency
itself is named once and signed by the Bupati; a vertical office (here a KPU Kabupaten) is never
under "PEMERINTAH ..." and prints its own hierarchy line.
"""

from __future__ import annotations

import re

import pdfplumber
import pytest

from helpers import REPO, copy_sample, run_lakip

AGENCY = """\
  nama: Badan Kesatuan Bangsa dan Politik
  pemerintah: Kabupaten Purwakarta
"""
REGENCY = """\
  nama: Pemerintah Kabupaten Purwakarta
  jenis: pemerintah_daerah
  pemerintah: Kabupaten Purwakarta
"""
KPU = """\
  nama: Komisi Pemilihan Umum Kabupaten Purwakarta
  jenis: instansi_vertikal
  induk: Komisi Pemilihan Umum Republik Indonesia
  pemerintah: Kabupaten Purwakarta
"""
HEADS = {
    "agency": "Kepala Badan Kesatuan Bangsa dan Politik",
    "regency": "",  # no position given: the Bupati's title is derived from the regency
    "kpu": "Ketua Komisi Pemilihan Umum Kabupaten Purwakarta",
}


def _issuer(root, identity: str, position: str) -> None:
    path = root / "reports/profil.yml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(
        r"  nama: Badan Kesatuan Bangsa dan Politik\n(.*\n)*?  pemerintah: Kabupaten Purwakarta\n",
        identity,
        text,
        count=1,
    )
    jabatan = "  jabatan: Kepala Badan Kesatuan Bangsa dan Politik\n"
    assert jabatan in text
    text = text.replace(jabatan, f"  jabatan: {position}\n" if position else "", 1)
    path.write_text(text, encoding="utf-8")


def _pages(tmp_path, identity: str, position: str) -> tuple[list[str], list[str]]:
    root = copy_sample(tmp_path / "repo")
    _issuer(root, identity, position)
    code, _, err = run_lakip("--root", root, "build", "--out", root / "out")
    assert code == 0, err
    pdf = next((root / "out").glob("*.pdf"))
    with pdfplumber.open(pdf) as opened:
        cover = opened.pages[0].extract_text().splitlines()
        signed = next(
            page.extract_text().splitlines()
            for page in opened.pages
            if "Purwakarta, " in (page.extract_text() or "") and "NIP." in page.extract_text()
        )
    sign = signed[next(i for i, line in enumerate(signed) if line.startswith("Purwakarta, ")) :]
    return cover, sign


def _kop(cover: list[str]) -> str:
    """The letterhead's name lines, as one string: everything above the address."""
    return " / ".join(cover[: next(i for i, line in enumerate(cover) if line.startswith("Jl."))])


@pytest.mark.slow
def test_regional_agency(tmp_path) -> None:
    cover, sign = _pages(tmp_path, AGENCY, HEADS["agency"])
    assert _kop(cover) == "PEMERINTAH KABUPATEN PURWAKARTA / BADAN KESATUAN BANGSA DAN POLITIK"
    assert cover[-3:] == ["BADAN KESATUAN BANGSA DAN POLITIK", "KABUPATEN PURWAKARTA", "2026"]
    assert sign[1:4] == ["KEPALA BADAN KESATUAN BANGSA", "DAN POLITIK", "KABUPATEN PURWAKARTA"]


@pytest.mark.slow
def test_regency_government_is_named_once_and_signed_by_the_bupati(tmp_path) -> None:
    cover, sign = _pages(tmp_path, REGENCY, HEADS["regency"])
    assert _kop(cover) == "PEMERINTAH KABUPATEN PURWAKARTA", "named once, not twice"
    assert cover[-2:] == ["PEMERINTAH KABUPATEN PURWAKARTA", "2026"]
    assert sign[1:3] == ["BUPATI PURWAKARTA", "Dr. H. Dadang Kurniawan, S.STP., M.Si."]
    assert "KEPALA" not in "\n".join(cover + sign).upper()


@pytest.mark.slow
def test_vertical_office_is_never_under_a_regional_government(tmp_path) -> None:
    cover, sign = _pages(tmp_path, KPU, HEADS["kpu"])
    assert _kop(cover) == (
        "KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA / KOMISI PEMILIHAN UMUM KABUPATEN / PURWAKARTA"
    )
    assert cover[-2:] == ["KOMISI PEMILIHAN UMUM KABUPATEN PURWAKARTA", "2026"]
    assert "PEMERINTAH" not in _kop(cover) + "\n".join(cover[-2:] + sign)
    assert sign[1:3] == ["KETUA KOMISI PEMILIHAN UMUM", "KABUPATEN PURWAKARTA"]


@pytest.mark.parametrize(
    ("government", "position"),
    [
        ("Kabupaten Purwakarta", ("BUPATI PURWAKARTA",)),
        ("Kota Bandung", ("WALI KOTA BANDUNG",)),
        ("Pemerintah Provinsi Jawa Barat", ("GUBERNUR JAWA BARAT",)),
    ],
)
def test_the_head_of_a_regional_government_by_its_kind(government, position) -> None:
    from dataclasses import replace

    from lakip.assemble.letterhead import cover_foot, issuer_name, position_lines
    from lakip.load.project import load_project
    from lakip.model import REGIONAL_GOVERNMENT

    sample = load_project(REPO)[0].profile
    profile = replace(
        sample,
        kind=REGIONAL_GOVERNMENT,
        agency="",
        government=government,
        head=replace(sample.head, position=""),
    )
    region = government.removeprefix("Pemerintah ")
    assert position_lines(profile) == position
    assert cover_foot(profile) == (f"PEMERINTAH {region}".upper(),)
    assert issuer_name(profile) == f"Pemerintah {region}"
