"""`lakip build --triwulan N`: the quarterly monitoring report built from the sample's quarterly
data, read back from the real PDF (pdfplumber) and the real site, figures checked by hand."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from lakip.cli.main import main

OUT = "triwulan-2025-III"
PDF = "Pemantauan-Triwulan-III-2025-Badan-Kesatuan-Bangsa-dan-Politik.pdf"
UMUM = "sections/subbagian-umum/2025/realisasi.yml"
PK = "reports/2025/pk.yml"


WATERMARK_SIZE = 60  # pt: the DRAF letters; everything else is set far smaller


def _text(path: Path) -> list[str]:
    """Each page's text without the watermark, on one line."""
    with pdfplumber.open(path) as pdf:
        return [" ".join((page.filter(_small).extract_text() or "").split()) for page in pdf.pages]


def _tables(path: Path) -> list[dict[str, list[str]]]:
    """Each table of the PDF: its rows by their first cell, every cell on one line."""
    found = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for table in page.filter(_small).extract_tables():
                cells = [[" ".join((cell or "").split()) for cell in row] for row in table]
                found.append({row[0]: row[1:] for row in cells})
    return found


def _watermarks(path: Path) -> list[str]:
    """Each page's large letters, left to right: `DRAF` on a draft, `` on a final report."""
    with pdfplumber.open(path) as pdf:
        return [
            "".join(c["text"] for c in sorted(page.chars, key=lambda c: c["x0"]) if not _small(c))
            for page in pdf.pages
        ]


def _small(obj: dict) -> bool:
    return obj.get("object_type") != "char" or obj.get("size", 0) < WATERMARK_SIZE


def _build(repo, out: Path, *extra: str) -> int:
    return main(["build", "--triwulan", *extra, "--root", str(repo.root), "--out", str(out)])


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from gitfixtures import sample_repo  # git_env is function-scoped; the defaults suffice here

    tmp = tmp_path_factory.mktemp("quarter")
    repo = sample_repo(tmp / "repo")
    assert _build(repo, tmp / "out", "3") == 0
    return tmp / "out" / OUT


def test_the_pdf_states_plan_and_realisation_to_date(built):
    pages = _text(built / PDF)
    assert "LAPORAN PEMANTAUAN KINERJA TRIWULAN III TAHUN 2025" in pages[0]
    # a draft unless --final, as the annual report
    assert _watermarks(built / PDF) == ["DRAF"] * len(pages)
    body = " ".join(pages[1:])
    results, risky = _tables(built / PDF)
    rows = {code: cells[2:] for code, cells in results.items()}
    # target of the year, rencana aksi to III, realisation to III, status
    assert rows == {
        "IKU-02": ["1.600", "1.200", "1.215", "sesuai rencana"],
        "IKU-08": ["70,00", "60,00", "58,60", "berisiko"],  # 58,60 below the plan's 60,00
        "IKU-10": ["6", "4", "4", "sesuai rencana"],  # negative: 4 is not above 4
        "IKU-13": ["254", "190", "137", "sesuai rencana"],  # negative: below the plan
        "IKU-17": ["80,00", "60,00", "65,79", "sesuai rencana"],
        "Kode": [
            "Target Tahun 2025",
            "Rencana Aksi sampai Triwulan III",
            "Realisasi sampai Triwulan III",
            "Keterangan",
        ],
    }
    assert "Semua unit telah mengisi data triwulan III" in body
    assert "terdapat 1 indikator yang berisiko" in body
    assert risky["IKU-08"][2:] == ["58,60", "rencana aksi triwulan", "60,00"]
    with pdfplumber.open(built / PDF) as pdf:
        assert pdf.metadata["Title"].startswith(
            "Laporan Pemantauan Kinerja Triwulan III Tahun 2025"
        )


def test_the_site_page_shows_the_same_figures(built):
    home = (built / "site" / "index.html").read_text(encoding="utf-8")
    assert "Laporan Pemantauan Kinerja Triwulan III Tahun 2025" in home
    assert "Tahun 2025 Tahun 2025" not in home
    page = (built / "site" / "2025" / "pemantauan.html").read_text(encoding="utf-8")
    for cell in ("1.215", "58,60", "berisiko", "65,79", "Unit yang Terlambat"):
        assert cell in page
    assert (built / "site" / PDF).is_file() or any((built / "site").rglob(PDF))


def test_late_units_and_a_projection(repo, tmp_path):
    text = repo.read(UMUM).replace("      I: 15.79\n", "")
    pk = repo.read(PK).replace("    rencana_aksi: {I: 300, II: 700, III: 1200, IV: 1600}\n", "")
    repo.commit("Triwulan I belum diisi", {UMUM: text, PK: pk}, "siti", "2025-04-10T09:00:00+07:00")
    assert _build(repo, tmp_path / "out", "1") == 0
    pdf = tmp_path / "out" / "triwulan-2025-I" / PDF.replace("III", "I")
    body = " ".join(_text(pdf)[1:])
    rows, late, risky = _tables(pdf)
    assert "1 unit belum mengisi data triwulan I" in body
    assert late["Subbagian Umum dan Kepegawaian"] == ["IKU-17"]
    # IKU-17: no plan missing, no value: late, not judged
    assert rows["IKU-17"][2:] == ["80,00", "20,00", "-", "belum ada data"]
    # IKU-02 without a plan: 320 x 4 / 1 = 1.280 projected against the year's 1.600
    assert rows["IKU-02"][2:] == ["1.600", "-", "320", "berisiko"]
    assert risky["IKU-02"][2:] == [
        "320",
        "proyeksi akhir tahun terhadap target tahunan",
        "proyeksi 1.280; target 1.600",
    ]


def test_final_needs_every_unit_and_drops_the_draft_mark(repo, tmp_path, capsys):
    text = repo.read(UMUM).replace("      III: 65.79\n", "")
    repo.commit("Triwulan III belum diisi", {UMUM: text}, "siti", "2025-10-10T09:00:00+07:00")
    capsys.readouterr()
    assert _build(repo, tmp_path / "out", "3", "--final") == 1
    err = capsys.readouterr().err
    assert (
        f"{UMUM}: kesalahan: Laporan pemantauan triwulan III belum dapat dibuat final: unit ini "
        "belum mengisi triwulan III untuk IKU-17."
    ) in err
    assert not (tmp_path / "out" / OUT).exists()
    assert main(["--lang", "en", "build", "--triwulan", "3", "--final", "--root", str(repo.root),
                 "--out", str(tmp_path / "out")]) == 1  # fmt: skip
    assert "cannot be final yet: this unit has not filled in quarter III for IKU-17" in (
        capsys.readouterr().err
    )
    assert _build(repo, tmp_path / "out", "2", "--final") == 0
    pdf = tmp_path / "out" / "triwulan-2025-II" / PDF.replace("III", "II")
    pages = _text(pdf)
    assert _watermarks(pdf) == [""] * len(pages)
    assert not any("DRAF" in page for page in pages)
    # IKU-17 at II: 39,47 below the plan's 40,00
    assert _tables(pdf)[0]["IKU-17"][2:] == ["80,00", "40,00", "39,47", "berisiko"]


def test_an_unknown_quarter_is_a_usage_error(repo, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        _build(repo, tmp_path / "out", "5")
    assert exit_.value.code == 2


def test_two_builds_of_a_commit_are_byte_identical(repo, tmp_path):
    assert _build(repo, tmp_path / "a", "2") == 0
    assert _build(repo, tmp_path / "b", "2") == 0
    name = f"triwulan-2025-II/{PDF.replace('III', 'II')}"
    assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_a_year_without_plans_or_quarters_says_so(repo, tmp_path):
    pk = "".join(line for line in repo.read(PK).splitlines(True) if "rencana_aksi" not in line)
    files = {PK: pk}
    for rel in repo.root.glob("sections/*/2025/realisasi.yml"):
        text = rel.read_text(encoding="utf-8")
        kept = [
            line
            for line in text.splitlines(True)
            if not line.startswith(("    triwulan:", "      I"))
        ]
        files[rel.relative_to(repo.root).as_posix()] = "".join(kept)
    repo.commit("Tanpa data triwulan", files, "agus", "2025-04-10T09:00:00+07:00")
    assert _build(repo, tmp_path / "out", "1") == 0
    body = " ".join(_text(tmp_path / "out" / "triwulan-2025-I" / PDF.replace("III", "I")))
    assert "belum memiliki indikator dengan rencana aksi triwulan atau data triwulan" in body
    assert "tidak ada indikator yang berisiko" in body
