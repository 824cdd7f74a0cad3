"""Assemble: the report document built from the hand-made fixture and from the sample data."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from assemble_fixture import DATE, PNG, YEAR, build
from helpers import REPO
from lakip.assemble import document as d
from lakip.assemble.report import assemble
from lakip.findings import Finding
from lakip.load.logo import PLACEHOLDER_LOGO, logo_svg
from lakip.validate.gate import load_and_validate

OUTLINE = [
    ("kata-pengantar", "front", "", "KATA PENGANTAR"),
    ("daftar-isi", "front", "", "DAFTAR ISI"),
    ("daftar-tabel", "front", "", "DAFTAR TABEL"),
    ("daftar-gambar", "front", "", "DAFTAR GAMBAR"),
    ("ikhtisar-eksekutif", "front", "", "IKHTISAR EKSEKUTIF"),
    ("bab-1", "chapter", "I", "PENDAHULUAN"),
    ("bab-2", "chapter", "II", "PERENCANAAN KINERJA"),
    ("bab-3", "chapter", "III", "AKUNTABILITAS KINERJA"),
    ("bab-4", "chapter", "IV", "PENUTUP"),
    ("lampiran", "appendix", "", "LAMPIRAN"),
]


@pytest.fixture(scope="module")
def assembled(tmp_path_factory: pytest.TempPathFactory) -> tuple[d.Report, list[Finding]]:
    found: list[Finding] = []
    report = assemble(build(tmp_path_factory.mktemp("project")), YEAR, True, DATE, found)
    return report, found


@pytest.fixture(scope="module")
def report(assembled) -> d.Report:
    return assembled[0]


def _chapter(report: d.Report, ident: str) -> d.Chapter:
    return next(c for c in report.chapters if c.id == ident)


def _blocks(report: d.Report, ident: str, kind: type) -> list:
    return [b for b in _chapter(report, ident).blocks if isinstance(b, kind)]


def _table(report: d.Report, caption_start: str) -> d.Table:
    return next(t for t in report.tables if t.caption.startswith(caption_start))


def test_outline_order_and_titles(report: d.Report) -> None:
    assert [(c.id, c.kind, c.number, c.title) for c in report.chapters] == OUTLINE
    assert [c.label for c in report.chapters][5:9] == [
        "BAB I PENDAHULUAN",
        "BAB II PERENCANAAN KINERJA",
        "BAB III AKUNTABILITAS KINERJA",
        "BAB IV PENUTUP",
    ]
    for ident in ("daftar-isi", "daftar-tabel", "daftar-gambar"):
        assert _chapter(report, ident).blocks == []


def test_cover_fields(report: d.Report) -> None:
    kop = report.letterhead
    assert kop.government == "PEMERINTAH KABUPATEN PURWAKARTA"
    assert kop.agency == "BADAN KESATUAN BANGSA DAN POLITIK"
    assert report.agency == "Badan Kesatuan Bangsa dan Politik"
    assert kop.contact == (
        "Telepon (0264) 8223456 · Pos-el kesbangpol@example.go.id · Laman kesbangpol.example.go.id"
    )
    assert (report.year, report.draft, report.date, report.city) == (YEAR, True, DATE, "Purwakarta")
    assert kop.logo_svg.startswith("<svg") and "#123456" in kop.logo_svg
    assert "script" not in kop.logo_svg and "onload" not in kop.logo_svg


def test_kata_pengantar_ends_with_the_signature(report: d.Report) -> None:
    blocks = _chapter(report, "kata-pengantar").blocks
    assert isinstance(blocks[0], d.Html) and "Puji syukur" in blocks[0].html
    assert blocks[-1] == d.Signature(
        "Purwakarta, 20 Februari 2026",
        ("KEPALA BADAN KESATUAN BANGSA DAN POLITIK", "KABUPATEN PURWAKARTA"),
        "Dr. H. Dadang Kurniawan, M.Si.",
        "Pembina Utama Muda (IV/c)",
        "NIP. 19750814 199803 1 002",
    )


def test_ikhtisar_summarises_before_the_authors_text(report: d.Report) -> None:
    blocks = _chapter(report, "ikhtisar-eksekutif").blocks
    texts = [b.text for b in blocks if isinstance(b, d.Paragraph)]
    assert texts[0].startswith("Pada tahun 2025, Badan Kesatuan Bangsa dan Politik Kabupaten")
    assert "2 sasaran strategis" in texts[0] and "4 indikator kinerja utama" in texts[0]
    assert texts[1] == (
        "Dari 4 indikator kinerja utama, 2 indikator berkategori Sangat Tinggi, sedangkan "
        "capaian 2 indikator tidak dapat dihitung."
    )
    assert texts[3] == "Realisasi anggaran belum lengkap; pagu seluruhnya sebesar Rp1.984.567.000."
    cards = next(b for b in blocks if isinstance(b, d.Cards))
    assert cards == report.cover_cards
    assert [(c.label, c.value) for c in cards.cards] == [
        ("Indikator kinerja utama", "4"),
        ("Rata-rata capaian", "118,23%"),
        ("Indikator kategori Sangat Tinggi", "2"),
        ("Serapan anggaran", "-"),
    ]
    kinds = [type(b).__name__ for b in blocks]
    assert kinds.index("Cards") < kinds.index("Heading") < kinds.index("Html")


def test_tables_and_figures_numbered_per_chapter(report: d.Report) -> None:
    for chapter in report.chapters:
        key = {"I": "1", "II": "2", "III": "3", "IV": "4"}.get(chapter.number, "l")
        for kind, word in ((d.Table, "tabel"), (d.Chart, "gambar")):
            items = [b for b in chapter.blocks if isinstance(b, kind)]
            assert [i.number for i in items] == [
                f"{key.upper()}.{n}" for n in range(1, len(items) + 1)
            ]
            assert [i.id for i in items] == [f"{word}-{key}-{n}" for n in range(1, len(items) + 1)]
    assert [t.caption for t in _blocks(report, "bab-2", d.Table)] == [
        "Tujuan, Sasaran dan Indikator Kinerja Utama Renstra 2023–2026",
        "Sasaran, Indikator dan Target Perjanjian Kinerja Tahun 2025",
        "Program serta Anggaran Perjanjian Kinerja Tahun 2025",
    ]
    assert _blocks(report, "bab-2", d.Table)[0].wide
    assert len(_blocks(report, "bab-3", d.Table)) == 13
    assert [f.number for f in report.charts] == ["3.1", "3.2", "3.3", "3.4"]
    assert all("<svg" in f.svg and f.svg.rstrip().endswith("</svg>") for f in report.charts)
    assert all(f.alt.endswith(".") for f in report.charts)


def test_bab_iii_follows_the_outline_per_sasaran(report: d.Report) -> None:
    blocks = _chapter(report, "bab-3").blocks
    headings = [(b.level, b.text, b.id) for b in blocks if isinstance(b, d.Heading)]
    assert headings == [
        (2, "Metode pengukuran", "bab-3-metode-pengukuran"),
        (2, "A. Capaian Kinerja Organisasi", "bab-3-a-capaian-kinerja-organisasi"),
        (2, "Sasaran S1: Meningkatnya peran serta ormas", "sasaran-s1"),
        (3, "IKU-01 Persentase ormas aktif", "narasi-iku-01"),
        (3, "IKU-02 Jumlah konflik sosial", "narasi-iku-02"),
        (2, "Sasaran S2: Meningkatnya ketahanan sosial", "sasaran-s2"),
        (3, "IKU-03 Jumlah dana hibah tersalurkan", "narasi-iku-03"),
        (3, "IKU-04 Indeks kepuasan layanan", "narasi-iku-04"),
        (2, "B. Realisasi Anggaran", "bab-3-b-realisasi-anggaran"),
    ]
    start = blocks.index(next(b for b in blocks if getattr(b, "id", "") == "sasaran-s1"))
    end = blocks.index(next(b for b in blocks if getattr(b, "id", "") == "sasaran-s2"))
    captions = [b.caption for b in blocks[start:end] if isinstance(b, d.Table)]
    assert captions == [
        "Pengukuran Kinerja Sasaran S1 Tahun 2025",
        "Perbandingan Realisasi dan Capaian Sasaran S1 Tahun 2023–2025",
        "Kemajuan Sasaran S1 terhadap Target Akhir Renstra 2026",
        "Perbandingan Sasaran S1 dengan Standar Nasional",
        "Efisiensi Penggunaan Sumber Daya Sasaran S1",
        "Program dan Kegiatan Pendukung Sasaran S1",
    ]
    texts = [b.text for b in blocks[start:end] if isinstance(b, d.Paragraph)]
    assert "Dibandingkan tahun 2024 (78,00%), realisasi meningkat 4,50 poin." in texts
    assert (
        "Serapan anggaran Program Pemberdayaan Ormas sebesar 94,12% (Rp470.600.000 dari pagu "
        "Rp500.000.000)."
    ) in texts


def test_cells_are_formatted_the_indonesian_way(report: d.Report) -> None:
    measured = _table(report, "Pengukuran Kinerja Sasaran S1")
    assert [c.title for c in measured.columns] == [
        "Kode",
        "Indikator Kinerja",
        "Satuan",
        "Target",
        "Realisasi",
        "Capaian",
        "Kategori",
    ]
    assert measured.rows[0] == (
        "IKU-01",
        "Persentase ormas aktif",
        "%",
        "80,00",
        "82,50",
        "103,13%",
        "Sangat Tinggi",
    )
    s2 = _table(report, "Pengukuran Kinerja Sasaran S2")
    assert s2.rows[0][3:] == ("0,00", "1.234.567,89", "-", "-")
    assert s2.rows[1][3:] == ("82,00–88,30", "-", "-", "-")
    assert (
        "IKU-03: capaian tidak dapat dihitung karena target 0 dengan polaritas positif." in s2.note
    )
    budget = _table(report, "Realisasi Anggaran per Program dan Kegiatan")
    assert [c.title for c in budget.columns] == [
        "Kode",
        "Program / Kegiatan",
        "Pagu",
        "Realisasi",
        "Serapan",
        "Sisa",
    ]
    spent = ("Rp500.000.000", "Rp470.600.000", "94,12%", "Rp29.400.000")
    assert budget.rows[:2] == (
        ("8.01.04", "Program Pemberdayaan Ormas", *spent),
        ("8.01.04.2.01", "Pembinaan Ormas", *spent),
    )
    assert budget.rows[4] == ("8.01.05.2.02", "Forum Pembauran", "Rp1.234.567.000", "-", "-", "-")
    assert budget.footer == (("", "Jumlah", "Rp1.984.567.000", "-", "-", "-"),)
    assert [c.align for c in budget.columns][2:] == ["right"] * 4


def test_placeholders_in_a_draft_only(tmp_path: Path, report: d.Report) -> None:
    placeholders = [
        b.text for c in report.chapters for b in c.blocks if isinstance(b, d.Placeholder)
    ]
    assert placeholders == [
        "Narasi IKU-04 belum disampaikan oleh Bidang Ketahanan "
        "(sections/bidang-ketahanan/2025/narasi.md).",
        "Bab IV Penutup belum disusun. Tulis isinya di reports/2025/bab/penutup.md.",
    ]
    final = assemble(build(tmp_path), YEAR, False, DATE)
    assert not [b for c in final.chapters for b in c.blocks if isinstance(b, d.Placeholder)]
    assert "narasi-iku-04" not in {b.id for b in _blocks(final, "bab-3", d.Heading)}


def test_narratives_are_sanitised_and_problems_reported(assembled) -> None:
    report, found = assembled
    narratives = [b for b in _blocks(report, "bab-3", d.Html) if b.source.startswith("sections/")]
    assert [b.source for b in narratives] == [
        "sections/bidang-politik/2025/narasi.md",
        "sections/bidang-politik/2025/narasi.md",
        "sections/bidang-ketahanan/2025/narasi.md",
    ]
    hostile = narratives[0].html
    assert "<strong>rutin</strong>" in hostile and "Teks tetap ada" in hostile
    for bad in ("<script", "onerror", "javascript:", "<iframe", "evil.example", "file:", "../"):
        assert bad not in hostile
    assert '<h4 id="narasi-iku-01--penyebab-keberhasilan">' in hostile
    assert hostile.count("<img ") == 1 and "data:image/png;base64," in hostile
    assert sorted({f.code for f in found}) == [
        "narrative-html-removed",
        "narrative-image-dropped",
        "narrative-link-removed",
    ]
    assert all(f.path == "sections/bidang-politik/2025/narasi.md" for f in found)


def test_every_anchor_is_unique(report: d.Report) -> None:
    anchors = [c.id for c in report.chapters]
    for chapter in report.chapters:
        for block in chapter.blocks:
            if isinstance(block, d.Heading | d.Table | d.Chart):
                anchors.append(block.id)
            elif isinstance(block, d.Html):
                anchors += re.findall(r'\sid="([^"]+)"', block.html)
    assert len(anchors) == len(set(anchors))
    assert all(re.fullmatch(r"[a-z0-9]+(-{1,2}[a-z0-9_]+)*", a) for a in anchors), anchors


def test_chapter_markdown_headings_become_lakip_headings(report: d.Report) -> None:
    blocks = _chapter(report, "bab-1").blocks
    assert [(b.level, b.text, b.id) for b in blocks if isinstance(b, d.Heading)] == [
        (2, "Latar Belakang", "bab-1-latar-belakang"),
        (3, "Rincian", "bab-1-rincian"),
        (2, "Dasar Hukum", "bab-1-dasar-hukum"),
    ]
    assert _chapter(report, "bab-1").sources == ("reports/2025/bab/pendahuluan.md",)


def test_lampiran_starts_with_the_perjanjian_kinerja(report: d.Report) -> None:
    blocks = _chapter(report, "lampiran").blocks
    assert blocks[0] == d.Heading(
        2, "Perjanjian Kinerja Tahun 2025", "lampiran-perjanjian-kinerja-tahun-2025"
    )
    assert blocks[1].text.startswith(
        "Perjanjian Kinerja Tahun 2025 Nomor 800/012/Kesbangpol/2025 ditandatangani pada "
        "tanggal 14 Januari 2025"
    )
    tables = _blocks(report, "lampiran", d.Table)
    assert [t.number for t in tables] == ["L.1", "L.2", "L.3", "L.4", "L.5"]
    assert tables[0].caption.startswith("Sasaran, Indikator dan Target Perjanjian Kinerja")
    assert tables[2].caption == "Matriks Indikator Kinerja Utama" and tables[2].wide
    detail = tables[3]
    assert [c.title for c in detail.columns][4:6] == ["Sampai Triwulan I", "Realisasi"]
    assert detail.rows[0][4] == "Rp100.000.000"


def test_unit_pages_and_exports(report: d.Report) -> None:
    politik, ketahanan = report.unit_pages
    assert (politik.slug, politik.name, politik.head) == (
        "bidang-politik",
        "Bidang Politik",
        "Kepala Bidang Politik",
    )
    first = politik.indicators[0]
    assert (first.code, first.text, first.target, first.realisation) == (
        "IKU-01",
        "Persentase ormas aktif",
        "80,00",
        "82,50",
    )
    assert (first.capaian, first.category) == ("103,13%", "Sangat Tinggi")
    # the unit page repeats the unit's analysis from Bab III and links to it there
    told = politik.narratives[0]
    assert (told.title, told.anchor) == ("IKU-01 Persentase ormas aktif", "narasi-iku-01")
    assert told.blocks[0].html.startswith('<h4 id="narasi-iku-01--penyebab-keberhasilan">')
    assert told.blocks == _narrative_after(report, "narasi-iku-01")
    # its one kegiatan: 470.600.000 of 500.000.000 spent is 94,12%
    assert politik.budget == (
        d.BudgetLine("8.01.04.2.01", "Pembinaan Ormas", "Rp500.000.000", "Rp470.600.000", "94,12%"),
    )
    assert politik.budget_total is None  # a total only under several kegiatan
    assert dict(politik.files) == {
        "sections/bidang-politik/2025/realisasi.yml": "lengkap",
        "sections/bidang-politik/2025/anggaran.yml": "lengkap",
        "sections/bidang-politik/2025/narasi.md": "lengkap",
    }
    assert ketahanan.indicators[1].realisation == "-"
    assert sorted(report.exports) == ["capaian-2025.csv", "capaian-2025.json"]
    spreadsheet = report.exports["capaian-2025.csv"]
    assert spreadsheet.startswith("\ufeffcode;")  # Excel reads UTF-8 only after a BOM
    rows = list(csv.DictReader(io.StringIO(spreadsheet[1:], newline=""), delimiter=";"))
    assert [r["code"] for r in rows] == ["IKU-01", "IKU-02", "IKU-03", "IKU-04"]
    assert (rows[0]["realisation"], rows[0]["capaian"]) == ("82,50", "103,13")
    data = json.loads(report.exports["capaian-2025.json"])
    assert {"indicators", "sasaran", "budget"} <= set(data)
    assert "8.01.05.2.02" in report.exports["capaian-2025.json"]


def _narrative_after(report: d.Report, anchor: str) -> tuple[d.Html, ...]:
    (bab3,) = [c for c in report.chapters if c.id == "bab-3"]
    start = next(i for i, b in enumerate(bab3.blocks) if getattr(b, "id", "") == anchor)
    following = []
    for block in bab3.blocks[start + 1 :]:
        if isinstance(block, d.Heading):
            break
        following.append(block)
    return tuple(following)


def test_a_unit_page_shows_the_narrative_of_a_whole_sasaran_it_wrote(tmp_path: Path) -> None:
    """A unit may analyse its sasaran as a whole: its page shows that part, as Bab III does."""
    from lakip.model import Loc, NarrativePart

    project = build(tmp_path / "project")
    path = "sections/bidang-ketahanan/2025/narasi.md"
    project.year_data(YEAR).narratives["S2"] = NarrativePart(
        "S2", "bidang-ketahanan", "Ketahanan sosial", "Ketahanan sosial terjaga.", Loc(path, 30)
    )
    report = assemble(project, YEAR, True, DATE, [])
    politik, ketahanan = report.unit_pages
    assert [(n.title, n.anchor) for n in ketahanan.narratives] == [
        ("S2 Meningkatnya ketahanan sosial", "narasi-s2"),
        ("IKU-03 Jumlah dana hibah tersalurkan", "narasi-iku-03"),
    ]
    assert "Ketahanan sosial terjaga." in ketahanan.narratives[0].blocks[0].html
    assert [n.anchor for n in politik.narratives] == ["narasi-iku-01", "narasi-iku-02"]


def test_the_home_page_has_every_iku_and_a_card_per_sasaran(report: d.Report) -> None:
    home = report.home_indicators
    assert [(i.code, i.sasaran, i.capaian, i.category) for i in home] == [
        ("IKU-01", "S1", "103,13%", "Sangat Tinggi"),
        ("IKU-02", "S1", "133,33%", "Sangat Tinggi"),
        ("IKU-03", "S2", "-", "-"),
        ("IKU-04", "S2", "-", "-"),
    ]
    assert [i.trend for i in home] == ["▲ membaik sejak 2024"] * 2 + ["-"] * 2
    # S1: the mean of 103,13% and 133,33% is 118,23%; S2 has no capaian yet
    assert report.sasaran_cards == d.Cards(
        (
            d.Card("S1 Meningkatnya peran serta ormas", "118,23%", "Sangat Tinggi · 2 indikator"),
            d.Card("S2 Meningkatnya ketahanan sosial", "-", "2 indikator"),
        )
    )


def test_assembling_twice_gives_the_same_report(tmp_path: Path, report: d.Report) -> None:
    again = assemble(build(tmp_path), YEAR, True, DATE)
    assert again.chapters == report.chapters
    assert again.exports == report.exports and again.unit_pages == report.unit_pages


def test_logo_variants(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(PNG)
    wrapped = logo_svg(tmp_path, "logo.png")
    assert wrapped.startswith('<svg xmlns="http://www.w3.org/2000/svg" width="2" height="3"')
    assert '<image href="data:image/png;base64,' in wrapped
    assert logo_svg(tmp_path, "missing.svg") == PLACEHOLDER_LOGO
    assert logo_svg(tmp_path, "") == PLACEHOLDER_LOGO
    outside = tmp_path.parent / "outside.svg"
    outside.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    assert logo_svg(tmp_path, "../outside.svg") == PLACEHOLDER_LOGO
    assert logo_svg(tmp_path, str(outside)) == PLACEHOLDER_LOGO
    (tmp_path / "link.svg").symlink_to(outside)
    assert logo_svg(tmp_path, "link.svg") == PLACEHOLDER_LOGO
    (tmp_path / "bad.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<foreignObject><p>x</p></foreignObject><a xlink:href="javascript:alert(1)">'
        '<circle r="1" onclick="x"/></a><use href="https://evil.example/s.svg#a"/></svg>'
    )
    cleaned = logo_svg(tmp_path, "bad.svg")
    for bad in ("foreignObject", "javascript", "onclick", "evil.example"):
        assert bad not in cleaned
    assert "<circle" in cleaned
    (tmp_path / "entity.svg").write_text('<!DOCTYPE svg [<!ENTITY a "b">]><svg>&a;</svg>')
    assert logo_svg(tmp_path, "entity.svg") == PLACEHOLDER_LOGO


def test_the_sample_repository_assembles() -> None:
    result = load_and_validate(REPO, YEAR)
    assert result.ok, [f for f in result.findings if f.is_error][:5]
    found: list[Finding] = []
    report = assemble(result.project, YEAR, True, DATE, found)
    assert found == []
    assert [(c.id, c.kind, c.number, c.title) for c in report.chapters] == OUTLINE
    assert [b for c in report.chapters for b in c.blocks if isinstance(b, d.Placeholder)] == []
    sasaran = [h for h in _blocks(report, "bab-3", d.Heading) if h.id.startswith("sasaran-")]
    assert len(sasaran) == len(report.unit_pages) == 6
    assert len(report.tables) > 30 and len(report.charts) >= 8
