"""Numbers typed the Indonesian way: how lakip says it read them, in both languages (issue 11).

The golden cases 200-212 pin which findings each input gives; these tests pin the words, since a
message that quotes a number is only useful if it quotes what was read, the way the report prints
it, and says what to type instead.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from golden import apply_edits, case_files, load_case, run_validate
from helpers import copy_sample, run_lakip

IDEOLOGI = "sections/bidang-ideologi/2025/realisasi.yml"
IDEOLOGI_BUDGET = "sections/bidang-ideologi/2025/anggaran.yml"


def _messages(tmp_path, edits: dict, lang: str = "id") -> dict[str, list[str]]:
    root = copy_sample(tmp_path)
    apply_edits(root, edits)
    _, found, err = run_validate(root, ["--lang", lang])
    assert "Traceback" not in err
    messages: dict[str, list[str]] = {}
    for item in found:
        messages.setdefault(item["code"], []).append(item["message"])
    return messages


def _replace(path: str, old: str, new: str) -> dict:
    return {path: {"replace": [[old, new]]}}


def test_count_with_a_thousands_dot_says_how_it_was_read_and_what_to_type(tmp_path):
    edits = _replace(IDEOLOGI, "realisasi: 1684", "realisasi: 1.912")
    assert _messages(tmp_path / "id", edits)["count-fraction"] == [
        "Realisasi IKU-02 dibaca sebagai 1,912 orang, padahal satuan 'orang' selalu bilangan "
        "bulat. Untuk seribu sembilan ratus dua belas tulis 1912: di berkas data titik adalah "
        "tanda desimal, bukan pemisah ribuan."
    ]
    assert _messages(tmp_path / "en", edits, "en")["count-fraction"] == [
        "The realisation of IKU-02 is read as 1.912 orang, but the unit 'orang' is always a "
        "whole number. For one thousand, nine hundred and twelve write 1912: in data files a dot "
        "is the decimal point, not a thousands separator."
    ]


def test_quarter_messages_quote_the_values_as_read(tmp_path):
    messages = _messages(tmp_path, _replace(IDEOLOGI, "III: 1215", "III: 1.39"))
    assert messages["quarter-decrease"] == [
        "Triwulan III (1,39) lebih kecil dari triwulan II (760), padahal indikator ini kumulatif."
    ]
    assert messages["count-fraction"] == [
        "Triwulan III IKU-02 dibaca sebagai 1,39 orang, padahal satuan 'orang' selalu bilangan "
        "bulat. Tulis jumlahnya sebagai bilangan bulat."
    ]


def test_annual_and_quarter_iv_are_printed_the_indonesian_way(tmp_path):
    edits = _replace(IDEOLOGI, "realisasi: 1684", "realisasi: 1700")
    assert _messages(tmp_path, edits)["quarter-annual-mismatch"] == [
        "Realisasi tahunan 1.700 berbeda dengan triwulan IV (1.684) pada indikator kumulatif."
    ]


def test_budget_messages_print_rupiah(tmp_path):
    edits = _replace(IDEOLOGI_BUDGET, "realisasi: 661203450", "realisasi: 750125000")
    assert _messages(tmp_path / "id", edits)["budget-over-pagu"] == [
        "Realisasi anggaran Rp750.125.000 melebihi pagu Rp685.000.000. Periksa kembali angkanya."
    ]
    assert _messages(tmp_path / "en", edits, "en")["budget-over-pagu"] == [
        "Budget realisation Rp750,125,000 exceeds the pagu Rp685,000,000. Check the figure."
    ]


def test_rupiah_with_a_thousands_dot(tmp_path):
    edits = _replace(IDEOLOGI_BUDGET, "realisasi: 661203450", "realisasi: 672.450")
    assert _messages(tmp_path, edits)["rupiah-fraction"] == [
        "Realisasi anggaran 8.01.02.2.01 dibaca sebagai Rp672,450, padahal rupiah ditulis tanpa "
        "pecahan. Untuk enam ratus tujuh puluh dua ribu empat ratus lima puluh rupiah tulis "
        "672450: di berkas data titik adalah tanda desimal, bukan pemisah ribuan."
    ]


def test_flow_style_comma_decimal_is_explained_at_the_key(tmp_path):
    edits = _replace(IDEOLOGI, "  - kode: IKU-01\n    realisasi: 92.22\n",
                     "  - {kode: IKU-01, realisasi: 0,0189}\n    # was block style\n")  # fmt: skip
    root = copy_sample(tmp_path)
    apply_edits(root, edits)
    # the sumber_data line left below the flow mapping is a syntax error: drop it too
    text = (root / IDEOLOGI).read_text(encoding="utf-8").splitlines(keepends=True)
    (root / IDEOLOGI).write_text("".join(t for t in text if "Survei Pemahaman" not in t))
    _, found, _ = run_validate(root, [])
    assert [(f["line"], f["key"], f["code"]) for f in found] == [
        (4, "indikator[0].0189", "comma-decimal-split")
    ]
    assert found[0]["message"] == (
        "Kunci '0189' muncul karena di dalam kurung kurawal koma memisahkan butir: 'realisasi: "
        "0,0189' dibaca sebagai 'realisasi: 0' dan kunci '0189'. Bila yang dimaksud angka "
        "desimal, tulis realisasi: 0.0189 (titik sebagai tanda desimal)."
    )


def test_three_decimals_warn_only_where_the_thousands_reading_is_likelier(tmp_path):
    # 1.912 against a target of 1600 (a unit that is not a count): 1912 was likelier meant
    visitors = {
        **_replace("reports/renstra.yml", "satuan: orang", "satuan: pengunjung"),
        **_replace(IDEOLOGI, "realisasi: 1684\n", "realisasi: 1.912\n"),
    }
    assert _messages(tmp_path / "visitors", visitors)["three-decimals"] == [
        "Realisasi IKU-02 dibaca sebagai 1,912 pengunjung (tiga angka di belakang titik "
        "desimal). Bila yang dimaksud seribu sembilan ratus dua belas, tulis 1912: di berkas data "
        "titik adalah tanda desimal, bukan pemisah ribuan."
    ]
    # 76.450 against a target of 76, and a Renstra target 76.000 beside a baseline of 73.80:
    # the decimal reading is the near one, so nothing is said
    index = {
        **_replace(
            "sections/bidang-ketahanan/2025/realisasi.yml", "realisasi: 76.45", "realisasi: 76.450"
        ),
        **_replace("reports/renstra.yml", "2025: 76.00", "2025: 76.000"),
    }
    assert _messages(tmp_path / "index", index) == {}


def test_negative_zero_prints_as_zero(tmp_path):
    root = copy_sample(tmp_path)
    path = "sections/bidang-kewaspadaan/2025/realisasi.yml"
    apply_edits(root, _replace(path, "realisasi: 0\n", "realisasi: -0\n"))
    code, out, err = run_lakip("figures", "--root", root, "--year", "2025")
    assert code == 0, err
    row = next(line for line in out.splitlines() if line.startswith("IKU-11"))
    assert "-0" not in row and " 0 " in row


@pytest.mark.parametrize(
    ("unit", "count"),
    [("orang", True), ("Orang ", True), ("kasus", True), ("%", False), ("indeks", False)],
)
def test_default_count_units(unit, count):
    from lakip.model import Settings

    assert Settings().is_count(unit) is count


def test_formatting_never_prints_negative_zero():
    from lakip import formatting

    assert formatting.number(Decimal("-0")) == "0"
    assert formatting.number(Decimal("-0.00")) == "0"
    assert formatting.money(Decimal("750125000"), formatting.ENGLISH) == "Rp750,125,000"


def test_a_negative_indicator_at_its_floor_is_not_suspected(tmp_path):
    # 50 cases against a target of 6: (2T - R) / T is floored at 0, an honest result
    edits = _replace(
        "sections/bidang-kewaspadaan/2025/realisasi.yml", "realisasi: 5\n", "realisasi: 50\n"
    )
    assert "capaian-below-one-percent" not in _messages(tmp_path, edits)


def test_implausible_results_say_what_was_read(tmp_path):
    low = _messages(tmp_path / "low", _replace(IDEOLOGI, "realisasi: 92.22", "realisasi: 0.5"))
    assert low["capaian-below-one-percent"] == [
        "Capaian IKU-01 hanya 0,56% (realisasi dibaca sebagai 0,5%, target 90%). Periksa "
        "apakah realisasi ditulis dengan titik ribuan: di berkas data titik adalah tanda desimal."
    ]
    high = _messages(tmp_path / "high", _replace(IDEOLOGI, "realisasi: 92.22", "realisasi: 9222"))
    # 9222 / 90 x 100 = 10246,67%; the best earlier capaian is 2024's 88,91 / 88 = 101,03%
    assert high["capaian-far-above-history"] == [
        "Capaian IKU-01 tahun 2025 (10.246,67%; realisasi dibaca sebagai 9.222%, target 90%) "
        "lebih dari sepuluh kali capaian tertingginya sebelumnya (101,03% pada 2024). Periksa "
        "penulisan realisasi dan target: di berkas data titik adalah tanda desimal."
    ]
    spent = _replace(IDEOLOGI_BUDGET, "realisasi: 661203450", "realisasi: 500000")
    assert _messages(tmp_path / "spent", spent)["serapan-below-one-percent"] == [
        "Serapan anggaran 8.01.02.2.01 hanya 0,07% (realisasi Rp500.000 dari pagu "
        "Rp685.000.000). Periksa apakah salah satunya ditulis dengan titik ribuan."
    ]


def test_the_default_count_units_are_documented():
    from helpers import REPO
    from lakip.model import DEFAULT_COUNT_UNITS

    doc = (REPO / "docs" / "data-format.md").read_text(encoding="utf-8")
    listed = doc.split("daftar bakunya: ", 1)[1].split(" (huruf besar-kecil", 1)[0]
    assert [unit.strip() for unit in " ".join(listed.split()).split(",")] == list(
        DEFAULT_COUNT_UNITS
    )


@pytest.mark.parametrize(
    "path",
    [p for p in case_files() if "200" <= p.name[:3] <= "299"],
    ids=lambda p: p.stem,
)
def test_every_number_case_speaks_both_languages_in_full(path, tmp_path):
    case = load_case(path)
    root = copy_sample(tmp_path)
    apply_edits(root, case["edit"])
    _, found_id, _ = run_validate(root, [])
    _, found_en, _ = run_validate(root, ["--lang", "en"])
    assert found_id and len(found_id) == len(found_en)
    for id_item, en_item in zip(found_id, found_en, strict=True):
        assert id_item["message"] != en_item["message"]
        for text in (id_item["message"], en_item["message"]):
            assert "{" not in text and "?" not in text and "..." not in text, text


def test_a_misread_year_is_no_history_for_the_next(tmp_path):
    # 2024 typed 8891 for 88.91: warned, and not the yardstick that would hide 2025's 9222
    edits = {
        IDEOLOGI: {"replace": [["realisasi: 92.22", "realisasi: 9222"]]},
        "sections/bidang-ideologi/2024/realisasi.yml": {
            "replace": [["realisasi: 88.91", "realisasi: 8891"]]
        },
    }
    root = copy_sample(tmp_path)
    apply_edits(root, edits)
    _, found, _ = run_validate(root, [])
    assert sorted((f["path"], f["code"]) for f in found) == [
        ("sections/bidang-ideologi/2024/realisasi.yml", "capaian-far-above-history"),
        (IDEOLOGI, "capaian-far-above-history"),
    ]
