"""Surgical YAML edits: the edited value changes, every other byte of the file stays."""

from __future__ import annotations

import difflib
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from lakip.forms.intake.yaml_edit import YamlEditError, append_item, remove_key, set_value

REPO = Path(__file__).resolve().parents[1]
REALISASI = """\
# yaml-language-server: $schema=../../../scripts/lakip/schemas/realisasi.json
tahun: 2025
indikator:
  - kode: IKU-01            # survei tahunan
    realisasi: 92.22
    sumber_data: Laporan Survei 2025 (1.200 responden)

  # indikator kumulatif
  - kode: IKU-02
    realisasi: 1684
    triwulan:
      I: 320
      II: 760
    sumber_data: 'Rekap daftar hadir'
  - kode: IKU-03
    realisasi: 5
    triwulan: {I: 1, II: 3}
"""

ANGGARAN = """\
tahun: 2025
kegiatan:
  - kode: "8.01.02.2.01"     # kode selalu dalam tanda kutip
    realisasi: 661203450     # rupiah
"""


def test_replaces_one_scalar_and_nothing_else():
    edited = set_value(REALISASI, "indikator[kode=IKU-01].realisasi", Decimal("93.5"))
    assert edited == REALISASI.replace("realisasi: 92.22", "realisasi: 93.5")


def test_integral_decimal_is_written_as_an_integer():
    edited = set_value(REALISASI, "indikator[kode=IKU-02].realisasi", Decimal("1912"))
    assert edited == REALISASI.replace("realisasi: 1684", "realisasi: 1912")


def test_keeps_a_trailing_comment_and_the_quoting_of_a_replaced_string():
    edited = set_value(ANGGARAN, "kegiatan[kode=8.01.02.2.01].realisasi", 700000000)
    assert edited == ANGGARAN.replace("661203450     # rupiah", "700000000     # rupiah")
    edited = set_value(REALISASI, "indikator[kode=IKU-02].sumber_data", "Rekap baru")
    assert "    sumber_data: 'Rekap baru'\n" in edited


def test_strings_are_quoted_only_when_yaml_needs_it():
    edited = set_value(REALISASI, "indikator[kode=IKU-01].sumber_data", "Laporan BPS 2025")
    assert "    sumber_data: Laporan BPS 2025\n" in edited
    for text in ("ya", "12", "a: b", "catatan # bukan komentar", "- x", "", " spasi"):
        edited = set_value(REALISASI, "indikator[kode=IKU-01].sumber_data", text)
        assert yaml.safe_load(edited)["indikator"][0]["sumber_data"] == text


def test_adds_a_missing_key_after_its_siblings():
    edited = set_value(REALISASI, "indikator[kode=IKU-01].keterangan", "Survei daring")
    assert edited == REALISASI.replace(
        "(1.200 responden)\n", "(1.200 responden)\n    keterangan: Survei daring\n"
    )


def test_adds_a_missing_mapping_in_block_style():
    edited = set_value(REALISASI, "indikator[kode=IKU-01].triwulan.I", 40)
    assert edited == REALISASI.replace(
        "(1.200 responden)\n", "(1.200 responden)\n    triwulan:\n      I: 40\n"
    )


def test_sets_a_whole_mapping_key_by_key_in_order():
    edited = set_value(
        REALISASI, "indikator[kode=IKU-02].triwulan", {"II": 800, "III": 1200, "IV": 1684}
    )
    assert "    triwulan:\n      I: 320\n      II: 800\n      III: 1200\n      IV: 1684\n" in (
        edited
    )


def test_flow_mappings_are_edited_in_flow_style():
    edited = set_value(REALISASI, "indikator[kode=IKU-03].triwulan.II", 4)
    assert edited.endswith("    triwulan: {I: 1, II: 4}\n")
    edited = set_value(edited, "indikator[kode=IKU-03].triwulan.III", 5)
    assert edited.endswith("    triwulan: {I: 1, II: 4, III: 5}\n")
    edited = remove_key(edited, "indikator[kode=IKU-03].triwulan.I")
    assert edited.endswith("    triwulan: {II: 4, III: 5}\n")
    edited = remove_key(edited, "indikator[kode=IKU-03].triwulan.III")
    assert edited.endswith("    triwulan: {II: 4}\n")


def test_appends_a_list_item_at_the_list_indentation():
    edited = append_item(
        REALISASI,
        "indikator",
        {"kode": "IKU-08", "realisasi": Decimal("72.4"), "triwulan": {"I": 1}},
    )
    assert edited == REALISASI + (
        "  - kode: IKU-08\n    realisasi: 72.4\n    triwulan:\n      I: 1\n"
    )
    indentless = "tahun: 2025\nkegiatan:\n- kode: '1'\n  realisasi: 5\n"
    edited = append_item(indentless, "kegiatan", {"kode": "2", "realisasi": 6})
    assert edited == indentless + "- kode: '2'\n  realisasi: 6\n"


def test_appends_to_an_empty_flow_list_and_creates_a_missing_list():
    assert append_item("tahun: 2025\nkegiatan: []\n", "kegiatan", {"kode": "A"}) == (
        "tahun: 2025\nkegiatan: [{kode: A}]\n"
    )
    assert append_item("tahun: 2025  # tahun\n", "kegiatan", {"kode": "A", "realisasi": 1}) == (
        "tahun: 2025  # tahun\nkegiatan:\n  - kode: A\n    realisasi: 1\n"
    )


def test_removes_a_key_with_its_nested_value():
    edited = remove_key(REALISASI, "indikator[kode=IKU-02].triwulan")
    assert edited == REALISASI.replace("    triwulan:\n      I: 320\n      II: 760\n", "")
    edited = remove_key(REALISASI, "indikator[kode=IKU-01].kode")
    assert "  - realisasi: 92.22\n" in edited
    assert remove_key(REALISASI, "indikator[kode=IKU-01].keterangan") == REALISASI


def test_file_without_a_final_newline():
    assert set_value("tahun: 2025", "catatan", "x") == "tahun: 2025\ncatatan: x"
    assert remove_key("tahun: 2025\ncatatan: x", "catatan") == "tahun: 2025"


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("indikator[kode=IKU-99].realisasi", "yaml-edit-missing"),
        ("indikator.realisasi", "yaml-edit-shape"),
        ("indikator[kode=IKU-01]", "yaml-edit-path"),
        ("tahun", "yaml-edit-last-key"),
    ],
)
def test_refusals_name_the_path(path, code):
    operation = remove_key if code == "yaml-edit-last-key" else set_value
    arguments = (path,) if operation is remove_key else (path, 1)
    with pytest.raises(YamlEditError) as caught:
        operation("tahun: 2025\n" if code == "yaml-edit-last-key" else REALISASI, *arguments)
    assert caught.value.code == code
    assert caught.value.params["path"] == path


def test_a_broken_file_is_refused():
    with pytest.raises(YamlEditError) as caught:
        set_value("tahun: [2025\n", "tahun", 2026)
    assert caught.value.code == "yaml-edit-syntax"


_codes = st.sampled_from(["IKU-01", "IKU-02", "IKU-03"])
_fields = st.sampled_from(["realisasi", "sumber_data", "keterangan", "capaian"])
_values = st.one_of(
    st.integers(min_value=0, max_value=10**12),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False),
    st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), max_size=30),
)


@given(code=_codes, field=_fields, value=_values)
def test_an_edit_keeps_every_other_line(code, field, value):
    edited = set_value(REALISASI, f"indikator[kode={code}].{field}", value)
    loaded = yaml.safe_load(edited)
    item = next(i for i in loaded["indikator"] if i["kode"] == code)
    expected = value if not isinstance(value, Decimal) else yaml.safe_load(f"v: {value}")["v"]
    if isinstance(value, Decimal):
        assert Decimal(str(item[field])) == value
    else:
        assert item[field] == expected
    old_lines = REALISASI.splitlines()
    new_lines = edited.splitlines()
    # One line changed or one line added; all other lines equal and in order.
    removed = [line for line in old_lines if line not in new_lines]
    added = [line for line in new_lines if line not in old_lines]
    assert len(removed) <= 1 and len(added) == 1
    assert [line for line in new_lines if line not in added] == [
        line for line in old_lines if line not in removed
    ]


def test_fills_a_value_left_empty_by_lakip_new():
    blank = (
        "indikator:\n  # Indikator\n  - kode: IKU-01\n    realisasi:\n"
        "  - kode: IKU-02\n    realisasi:   # isi\n"
    )
    edited = set_value(blank, "indikator[kode=IKU-01].realisasi", Decimal("85.5"))
    edited = set_value(edited, "indikator[kode=IKU-02].realisasi", 3)
    assert edited == blank.replace("realisasi:\n", "realisasi: 85.5\n").replace(
        "realisasi:   # isi", "realisasi: 3   # isi"
    )


_SAMPLE = sorted(
    p.relative_to(REPO).as_posix()
    for p in (REPO / "sections").glob("*/*/*.yml")
    if p.name in ("realisasi.yml", "anggaran.yml")
)


@given(
    rel=st.sampled_from(_SAMPLE),
    pick=st.integers(min_value=0, max_value=50),
    key=st.sampled_from(["realisasi", "keterangan", "triwulan.III", "sumber_data"]),
    value=_values,
    operation=st.sampled_from(["set", "remove", "append"]),
)
def test_edits_of_the_sample_files_keep_every_other_line(rel, pick, key, value, operation):
    text = (REPO / rel).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    name = "indikator" if "indikator" in data else "kegiatan"
    code = data[name][pick % len(data[name])]["kode"]
    path = f"{name}[kode={code}].{key}"
    if operation == "set":
        edited = set_value(text, path, value)
    elif operation == "remove":
        edited = remove_key(text, path)
    else:
        edited = append_item(text, name, {"kode": "BARU-01", key.split(".")[0]: value})
    diff = list(difflib.ndiff(text.splitlines(), edited.splitlines()))
    removed = [line for line in diff if line.startswith("- ")]
    added = [line for line in diff if line.startswith("+ ")]
    if operation == "remove":
        assert added == []
    else:  # the one replaced line at most; an added key or item only adds lines
        assert len(removed) <= (1 if operation == "set" else 0)
