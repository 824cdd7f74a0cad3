"""`lakip impor`: filled Excel forms back into the units' YAML, checked like `lakip validate`."""

from __future__ import annotations

import json
import shutil
import warnings
from pathlib import Path

import pytest
from openpyxl import Workbook

from formfiles import (
    delete_row,
    excel_like,
    fill,
    libreoffice_saved,
    set_meta,
    write_form,
)
from helpers import REPO, copy_sample, run_lakip
from lakip.forms import sheets
from lakip.forms.intake.workbook_in import read_form

YEAR = 2025
UNIT = "bidang-ideologi"
REALISASI = f"sections/{UNIT}/{YEAR}/realisasi.yml"
ANGGARAN = f"sections/{UNIT}/{YEAR}/anggaran.yml"
UNITS = sorted(p.name for p in (REPO / "sections").iterdir() if p.is_dir())


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _impor(root: Path, *args: object) -> tuple[int, str, str]:
    return run_lakip("--root", root, "impor", *args)


@pytest.fixture
def form(sample_copy, tmp_path) -> Path:
    folder = tmp_path / "forms"
    folder.mkdir()
    return write_form(sample_copy, YEAR, UNIT, folder)


def test_an_untouched_form_of_every_unit_changes_no_byte(sample_copy, tmp_path):
    before = _snapshot(sample_copy)
    forms = [write_form(sample_copy, YEAR, unit, tmp_path) for unit in UNITS]
    code, out, err = _impor(sample_copy, *forms)
    assert (code, err) == (0, "Tidak ada temuan.\n")
    assert out == "Tidak ada yang berubah: isian formulir sudah sama dengan data.\n"
    assert _snapshot(sample_copy) == before


def test_a_filled_form_gives_the_figures_of_the_same_data_typed_in_yaml(
    sample_copy, form, tmp_path
):
    fill(form, "Realisasi", "IKU-02", H="1.912", O=400, P=900, Q=1400, R=1912)
    fill(form, "Realisasi", "IKU-02", I="Rekap hadir 2025: 'Pancasila' #1")
    fill(form, "Realisasi", "IKU-01", G=95)  # a locked target changed: reported, not imported
    fill(form, "Anggaran", "8.01.02.2.01", D="Rp 700.000.000")
    code, out, err = _impor(sample_copy, form)
    assert code == 0, out + err
    assert "Ditulis: " + REALISASI in out
    assert "  IKU-02 realisasi: 1684 menjadi 1912\n" in out
    assert "  8.01.02.2.01 realisasi: 661203450 menjadi 700000000\n" in out
    assert "Realisasi!G6: Target IKU-01 diubah di formulir menjadi '95'; yang berlaku tetap" in out
    assert "Realisasi!H7: '1.912' diketik sebagai teks dan dibaca sebagai 1.912 orang." in out

    by_hand = tmp_path / "by-hand"
    copy_sample(by_hand)
    path = by_hand / REALISASI
    text = path.read_text(encoding="utf-8")
    text = text.replace("realisasi: 1684", "realisasi: 1912").replace(
        "      I: 320\n      II: 760\n      III: 1215\n      IV: 1684\n",
        "      I: 400\n      II: 900\n      III: 1400\n      IV: 1912\n",
    )
    text = text.replace(
        "sumber_data: Rekapitulasi daftar hadir kegiatan pembinaan ideologi Pancasila dan "
        "wawasan kebangsaan",
        "sumber_data: \"Rekap hadir 2025: 'Pancasila' #1\"",
    )
    path.write_text(text, encoding="utf-8")
    budget = by_hand / ANGGARAN
    budget.write_text(
        budget.read_text(encoding="utf-8").replace("realisasi: 661203450", "realisasi: 700000000"),
        encoding="utf-8",
    )
    assert (sample_copy / REALISASI).read_text(encoding="utf-8") == text
    imported = run_lakip("--root", sample_copy, "figures", "--format", "json")
    typed = run_lakip("--root", by_hand, "figures", "--format", "json")
    assert imported[0] == 0
    assert json.loads(imported[1]) == json.loads(typed[1])


def test_importing_the_same_form_twice_changes_nothing_the_second_time(sample_copy, form):
    fill(form, "Realisasi", "IKU-01", H="85,5")
    assert _impor(sample_copy, form)[0] == 0
    after_first = _snapshot(sample_copy)
    code, out, _ = _impor(sample_copy, form)
    assert code == 0
    assert "Tidak ada yang berubah" in out
    assert _snapshot(sample_copy) == after_first
    assert "    realisasi: 85.5\n" in (sample_copy / REALISASI).read_text(encoding="utf-8")


def test_a_deleted_row_is_named_and_its_data_kept(sample_copy, form):
    delete_row(form, "Realisasi", "IKU-01")
    fill(form, "Realisasi", "IKU-02", H=1700, R=1700)
    code, out, _ = _impor(sample_copy, form)
    assert code == 0
    assert "peringatan: Realisasi: IKU-01 tidak ada di formulir (lembar Realisasi)" in out
    text = (sample_copy / REALISASI).read_text(encoding="utf-8")
    assert "realisasi: 92.22" in text and "realisasi: 1700" in text


def test_a_value_missing_from_the_yaml_is_added_as_a_new_item(sample_copy, form):
    path = sample_copy / REALISASI
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("  - kode: IKU-02")], encoding="utf-8")
    fill(form, "Realisasi", "IKU-02", H=1684, I="Rekap", O=None, P=None, Q=None, R=None)
    code, out, err = _impor(sample_copy, form)
    assert code == 0, out + err
    assert path.read_text(encoding="utf-8").endswith(
        "  - kode: IKU-02\n    realisasi: 1684\n    sumber_data: Rekap\n"
    )


def test_a_finding_about_an_imported_value_points_at_its_cell(sample_copy, form):
    before = _snapshot(sample_copy)
    fill(form, "Realisasi", "IKU-02", H="1,912")  # a count of people with a fraction
    code, out, err = _impor(sample_copy, form)
    assert code == 1
    assert f"{form}: kesalahan: Realisasi!H7: Realisasi IKU-02 dibaca sebagai 1,912 orang" in out
    assert "[count-fraction]" in out
    assert "Tidak ada berkas yang ditulis" in err
    assert _snapshot(sample_copy) == before
    code, out, _ = _impor(sample_copy, form, "--lang", "en")
    assert (
        "Realisasi!H7: The realisation of IKU-02 is read as 1.912 orang, but the unit 'orang' is "
        "always a whole number. Type a whole number in this cell, without a fraction." in out
    )


@pytest.mark.parametrize(
    ("change", "code", "text"),
    [
        ((sheets.META_YEAR, "2024"), "form-other-year", "Formulir ini untuk tahun 2024"),
        ((sheets.META_PK, "0123456789abcdef"), "form-outdated", "sebelum PK"),
        ((sheets.META_FORMAT, "2"), "form-newer-format", "lakip yang lebih baru"),
        ((sheets.META_FORMAT, "x"), "form-not-lakip", "bukan formulir lakip"),
        ((sheets.META_UNIT, "bidang-politik"), "form-other-unit", "milik unit 'bidang-politik'"),
    ],
)
def test_a_form_from_elsewhere_is_refused_with_the_reason(sample_copy, form, change, code, text):
    before = _snapshot(sample_copy)
    set_meta(form, *change)
    fill(form, "Realisasi", "IKU-01", H=80)
    status, out, _ = _impor(sample_copy, form, "--format", "json")
    assert status == 1
    found = json.loads(out)["temuan"]
    assert [f["code"] for f in found] == [code]
    assert text in found[0]["message"]
    assert _snapshot(sample_copy) == before


def test_a_workbook_that_is_no_form_is_refused(sample_copy, tmp_path):
    book = Workbook()
    book.active["A1"] = "Realisasi"
    book.save(tmp_path / "lain.xlsx")
    (tmp_path / "rusak.xlsx").write_bytes(b"not a zip")
    code, out, _ = _impor(sample_copy, tmp_path / "lain.xlsx")
    assert code == 1 and "[form-not-lakip]" in out
    code, _, err = _impor(sample_copy, tmp_path / "rusak.xlsx")
    assert code == 2 and "tidak dapat dibuka sebagai buku kerja Excel" in err


def test_an_unknown_code_or_a_word_for_a_number_is_refused(sample_copy, form):
    before = _snapshot(sample_copy)
    fill(form, "Realisasi", "IKU-01", A="IKU-99")
    fill(form, "Realisasi", "IKU-02", H="seribu")
    code, out, _ = _impor(sample_copy, form)
    assert code == 1
    assert "Realisasi!A6: Kode 'IKU-99' di lembar Realisasi tidak ada di PK" in out
    assert "Realisasi!H7: 'seribu' bukan angka." in out
    assert "IKU-01 tidak ada di formulir" in out
    assert _snapshot(sample_copy) == before


def test_one_bad_form_of_several_writes_nothing(sample_copy, form, tmp_path):
    other = write_form(sample_copy, YEAR, "bidang-politik", tmp_path)
    fill(form, "Realisasi", "IKU-01", H=80)
    fill(other, "Realisasi", "IKU-06", H="tujuh puluh")
    before = _snapshot(sample_copy)
    code, out, _ = _impor(sample_copy, form, other)
    assert code == 1 and "[form-not-a-number]" in out
    assert _snapshot(sample_copy) == before
    code, _, _ = _impor(sample_copy, form, form)
    assert code == 1


def test_dry_run_shows_the_changes_and_writes_nothing(sample_copy, form):
    before = _snapshot(sample_copy)
    fill(form, "Realisasi", "IKU-01", H=80.5)
    code, out, _ = _impor(sample_copy, form, "--dry-run")
    assert code == 0
    assert out == (
        f"Akan ditulis (--dry-run): {REALISASI}\n  IKU-01 realisasi: 92.22 menjadi 80.5\n"
    )
    assert _snapshot(sample_copy) == before


def test_an_excel_saved_form_reads_without_warnings(sample_copy, form):
    fill(form, "Realisasi", "IKU-01", H=85.5)
    excel_like(form, {"85.5": "85.499999999999986"})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        read = read_form(form, form.name)
        code, out, err = _impor(sample_copy, form)
    assert caught == []
    assert str(read.indicators["IKU-01"].cells["realisasi_input"].value) == "85.5"
    assert code == 0, out + err
    assert "  IKU-01 realisasi: 92.22 menjadi 85.5\n" in out


@pytest.mark.slow
def test_a_form_saved_by_libreoffice_calc_imports(sample_copy, form, tmp_path):
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    before = _snapshot(sample_copy)
    untouched = libreoffice_saved(form, tmp_path)
    code, out, _ = _impor(sample_copy, untouched)
    assert code == 0 and "Tidak ada yang berubah" in out
    assert _snapshot(sample_copy) == before
    fill(form, "Realisasi", "IKU-01", H="85,5")
    fill(form, "Anggaran", "8.01.02.2.01", D=700000000)
    code, out, err = _impor(sample_copy, libreoffice_saved(form, tmp_path))
    assert code == 0, out + err
    assert "  IKU-01 realisasi: 92.22 menjadi 85.5\n" in out
    assert "  8.01.02.2.01 realisasi: 661203450 menjadi 700000000\n" in out


def test_a_percentage_typed_with_its_sign_is_read_as_typed(sample_copy, form):
    from openpyxl import load_workbook

    book = load_workbook(form)
    cell = book["Realisasi"]["H6"]  # IKU-01, satuan %
    cell.value, cell.number_format = 0.855, "0.0%"  # what Excel stores for "85,5%"
    book.save(form)
    code, out, err = _impor(sample_copy, form)
    assert code == 0, out + err
    assert "Realisasi!H6: Sel berformat persen menyimpan 0.855; dibaca sebagai 85,5" in out
    assert "    realisasi: 85.5\n" in (sample_copy / REALISASI).read_text(encoding="utf-8")


def test_text_with_an_invisible_character_is_refused(sample_copy, form):
    before = _snapshot(sample_copy)
    fill(form, "Realisasi", "IKU-01", I="Laporan\u200bSurvei")
    code, out, _ = _impor(sample_copy, form)
    assert code == 1 and "Realisasi!I6: Teks ini memuat karakter kendali" in out
    assert _snapshot(sample_copy) == before


def test_a_file_of_another_kind_is_refused_naming_what_can_be_imported(sample_copy, tmp_path):
    (tmp_path / "data.csv").write_text("kode;realisasi\n", encoding="utf-8")
    code, _, err = _impor(sample_copy, tmp_path / "data.csv")
    assert code == 2
    assert "Yang dapat diimpor: .docx, .xlsx (formulir Excel dan narasi Word)" in err


def test_a_form_for_a_unit_the_repository_does_not_have_is_refused(sample_copy, form):
    set_meta(form, sheets.META_UNIT, "bidang-lain")
    renamed = form.with_name("formulir-2025-bidang-lain.xlsx")
    form.rename(renamed)
    code, out, _ = _impor(sample_copy, renamed, "--format", "github")
    assert code == 1
    assert out.startswith(f"::error file={renamed}")
    assert "Unit 'bidang-lain' tidak dikenal. Unit yang ada: bidang-ideologi, " in out


def test_a_broken_yaml_file_is_named_and_left_as_it_is(sample_copy, form):
    path = sample_copy / REALISASI
    path.write_text("tahun: 2025\nindikator: [\n", encoding="utf-8")
    fill(form, "Realisasi", "IKU-01", H=80)
    code, out, _ = _impor(sample_copy, form)
    assert code == 1
    assert f"{REALISASI}: kesalahan: Berkas YAML tidak dapat dibaca" in out
    assert path.read_text(encoding="utf-8") == "tahun: 2025\nindikator: [\n"


def test_broken_planning_data_stops_the_import_before_any_form_is_read(sample_copy, form):
    pk = sample_copy / "reports/2025/pk.yml"
    pk.write_text(pk.read_text(encoding="utf-8") + "tidak_dikenal: 1\n", encoding="utf-8")
    code, _, err = _impor(sample_copy, form)
    assert code == 2
    assert "Data perencanaan bermasalah (reports/2025/pk.yml)" in err


def test_an_emptied_cell_leaves_the_yaml_value(sample_copy, form):
    before = _snapshot(sample_copy)
    fill(form, "Realisasi", "IKU-01", H=None, I=None)
    fill(form, "Realisasi", "IKU-02", O=None, P="  ")
    code, out, _ = _impor(sample_copy, form)
    assert (code, out) == (0, "Tidak ada yang berubah: isian formulir sudah sama dengan data.\n")
    assert _snapshot(sample_copy) == before


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("85,5", "85.5"),
        ("1.912", "1912"),
        ("Rp 1.250.000", "1250000"),
        ("Rp1.250.000,00", "1250000.00"),
        ("72,4 %", "72.4"),
        ("92.22", "92.22"),  # a decimal point where no thousands dot can be
        ("1,912", "1.912"),  # an Indonesian decimal comma, never thousands
        ("\u00a012", "12"),  # Excel's no-break space
        ("-5", "-5"),
        ("seribu", None),
        ("1.2.3", None),
    ],
)
def test_a_number_typed_as_text_is_read_the_indonesian_way(text, number):
    from decimal import Decimal

    from lakip.load.conform import number_from_text

    assert number_from_text(text) == (None if number is None else Decimal(number))
