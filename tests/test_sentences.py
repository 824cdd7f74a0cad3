"""Generated sentences: golden strings, every figure in them computed by hand.

IKU-01: 82.50 / 80.00 = 103.125 -> 103,13%; 82.50 - 78.00 = 4.50; 82.50 / 85.00 = 97.0588 ->
97,06% with 2.50 to go. IKU-02 (negative): (2*6 - 4) / 6 = 133.33%; 4 - 7 = -3, an improvement;
(2*5 - 4) / 5 = 120% of the end target. S1: (103.125 + 133.333) / 2 = 118.229 -> 118,23%;
serapan 470.6 / 500 = 94,12%; 118.229 - 94.12 = 24.109 -> 24,11 poin.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from assemble_fixture import YEAR, build
from lakip.assemble import sentences
from lakip.compute.figures import compute
from lakip.compute.tree import Figures, IndicatorFigures
from lakip.model import Settings, Target

D = Decimal


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> Figures:
    return compute(build(tmp_path_factory.mktemp("project")), YEAR)


def _of(figures: Figures, code: str) -> IndicatorFigures:
    return next(f for f in figures.indicators if f.indicator.code == code)


def _variant(
    tmp_path: Path,
    code: str,
    target: Target,
    realisation: str | None,
    previous: str | None = None,
    settings: Settings | None = None,
) -> IndicatorFigures:
    """The fixture with one indicator's target and realisations replaced."""
    project = build(tmp_path)
    pk = project.pks[YEAR]
    targets = tuple(
        dataclasses.replace(t, target=target) if t.code == code else t for t in pk.targets
    )
    project.pks[YEAR] = dataclasses.replace(pk, targets=targets)
    found = project.years[YEAR].realisations[code]
    value = None if realisation is None else D(realisation)
    project.years[YEAR].realisations[code] = dataclasses.replace(found, value=value)
    if previous is not None:
        earlier = project.years[YEAR - 1].realisations[code]
        project.years[YEAR - 1].realisations[code] = dataclasses.replace(earlier, value=D(previous))
    if settings is not None:
        project.profile = dataclasses.replace(project.profile, settings=settings)
    return _of(compute(project, YEAR), code)


def test_measurement_positive(figures: Figures) -> None:
    assert sentences.measurement(_of(figures, "IKU-01"), YEAR) == (
        "Realisasi indikator Persentase ormas aktif pada tahun 2025 sebesar 82,50% dari target "
        "80,00%, sehingga capaian kinerja mencapai 103,13% dengan kategori Sangat Tinggi."
    )


def test_measurement_negative(figures: Figures) -> None:
    assert sentences.measurement(_of(figures, "IKU-02"), YEAR) == (
        "Realisasi indikator Jumlah konflik sosial pada tahun 2025 sebesar 4 kasus dari target "
        "6 kasus, sehingga capaian kinerja mencapai 133,33% dengan kategori Sangat Tinggi. "
        "Indikator ini berpolaritas negatif, sehingga realisasi yang lebih rendah dari target "
        "menunjukkan kinerja yang lebih baik."
    )


def test_measurement_positive_target_zero_is_not_computable(figures: Figures) -> None:
    assert sentences.measurement(_of(figures, "IKU-03"), YEAR) == (
        "Realisasi indikator Jumlah dana hibah tersalurkan pada tahun 2025 sebesar 1.234.567,89 "
        "rupiah dari target 0,00 rupiah. Capaian tidak dapat dihitung karena target 0 dengan "
        "polaritas positif."
    )


def test_measurement_missing_realisation(figures: Figures) -> None:
    assert sentences.measurement(_of(figures, "IKU-04"), YEAR) == (
        "Realisasi indikator Indeks kepuasan layanan pada tahun 2025 belum tersedia (target "
        "rentang 82,00–88,30 indeks), sehingga capaian belum dapat dihitung."
    )


@pytest.mark.parametrize(
    ("realisation", "expected"),
    [
        (
            "0",
            "sebesar 0 kasus dari target 0 kasus, sehingga capaian kinerja mencapai 100,00% "
            "dengan kategori Sangat Tinggi. Untuk indikator berpolaritas negatif dengan target 0, "
            "realisasi 0 dinilai 100% dan realisasi di atas 0 dinilai 0%.",
        ),
        (
            "2",
            "sebesar 2 kasus dari target 0 kasus, sehingga capaian kinerja mencapai 0,00% "
            "dengan kategori Sangat Rendah. Untuk indikator berpolaritas negatif dengan target 0, "
            "realisasi 0 dinilai 100% dan realisasi di atas 0 dinilai 0%.",
        ),
    ],
)
def test_measurement_negative_target_zero(tmp_path: Path, realisation: str, expected: str) -> None:
    f = _variant(tmp_path, "IKU-02", Target.of(D(0)), realisation)
    assert sentences.measurement(f, YEAR) == (
        f"Realisasi indikator Jumlah konflik sosial pada tahun 2025 {expected}"
    )


def test_measurement_range_target(tmp_path: Path) -> None:
    below = _variant(tmp_path / "a", "IKU-04", Target(D("82.00"), D("88.30")), "80.00")
    assert sentences.measurement(below, YEAR) == (
        "Realisasi indikator Indeks kepuasan layanan pada tahun 2025 sebesar 80,00 indeks dari "
        "target rentang 82,00–88,30 indeks, sehingga capaian kinerja mencapai 97,56% dengan "
        "kategori Sangat Tinggi."
    )
    inside = _variant(tmp_path / "b", "IKU-04", Target(D("82.00"), D("88.30")), "85.47")
    assert sentences.measurement(inside, YEAR) == (
        "Realisasi indikator Indeks kepuasan layanan pada tahun 2025 sebesar 85,47 indeks, berada "
        "dalam target rentang 82,00–88,30 indeks, sehingga capaian kinerja mencapai 100,00% "
        "dengan kategori Sangat Tinggi."
    )


def test_measurement_mentions_the_cap(tmp_path: Path) -> None:
    f = _variant(tmp_path, "IKU-02", Target.of(D(6)), "4", settings=Settings(cap=D(120)))
    assert sentences.measurement(f, YEAR).endswith(
        "menunjukkan kinerja yang lebih baik. Dalam rata-rata dan penentuan kategori, capaian "
        "ini dihitung sebesar 120,00% sesuai batas capaian."
    )


def test_change_positive_increase(figures: Figures) -> None:
    assert sentences.change(_of(figures, "IKU-01")) == (
        "Dibandingkan tahun 2024 (78,00%), realisasi meningkat 4,50 poin."
    )


def test_change_negative_decrease_is_an_improvement(figures: Figures) -> None:
    assert sentences.change(_of(figures, "IKU-02")) == (
        "Dibandingkan tahun 2024 (7 kasus), realisasi menurun 3 kasus, yang menunjukkan perbaikan."
    )


def test_change_negative_increase_is_a_decline(tmp_path: Path) -> None:
    f = _variant(tmp_path, "IKU-02", Target.of(D(6)), "6", previous="4")
    assert sentences.change(f) == (
        "Dibandingkan tahun 2024 (4 kasus), realisasi meningkat 2 kasus, yang menunjukkan "
        "penurunan kinerja."
    )


def test_change_without_previous_year(figures: Figures) -> None:
    assert sentences.change(_of(figures, "IKU-03")) == (
        "Realisasi tahun 2024 belum tersedia, sehingga perbandingan dengan tahun sebelumnya "
        "tidak dapat dilakukan."
    )


def test_progress(figures: Figures) -> None:
    assert sentences.progress(_of(figures, "IKU-01"), 2026, YEAR) == (
        "Terhadap target akhir Renstra tahun 2026 sebesar 85,00%, capaian sampai dengan tahun "
        "2025 sebesar 97,06% (kurang 2,50% lagi)."
    )
    assert sentences.progress(_of(figures, "IKU-02"), 2026, YEAR) == (
        "Terhadap target akhir Renstra tahun 2026 sebesar 5 kasus, capaian sampai dengan tahun "
        "2025 sebesar 120,00% (target akhir telah tercapai)."
    )
    assert sentences.progress(_of(figures, "IKU-04"), 2026, YEAR) == (
        "Terhadap target akhir Renstra tahun 2026 berupa rentang 83,00–88,30 indeks, capaian "
        "sampai dengan tahun 2025 belum dapat dihitung karena realisasi belum tersedia."
    )
    assert sentences.progress(_of(figures, "IKU-03"), 2026, YEAR) is None


def test_progress_negative_still_to_go(tmp_path: Path) -> None:
    f = _variant(tmp_path, "IKU-02", Target.of(D(6)), "7")
    # (2*5 - 7) / 5 = 60%; 7 - 5 = 2 cases still to go
    assert sentences.progress(f, 2026, YEAR) == (
        "Terhadap target akhir Renstra tahun 2026 sebesar 5 kasus, capaian sampai dengan tahun "
        "2025 sebesar 60,00% (masih perlu turun 2 kasus lagi)."
    )


def test_national_standard(figures: Figures) -> None:
    assert sentences.national(_of(figures, "IKU-01"), YEAR) == (
        "Standar nasional indikator Persentase ormas aktif sebesar 80,00% (Standar pelayanan "
        "minimal contoh). Realisasi tahun 2025 sebesar 82,50%, sehingga telah memenuhi standar "
        "nasional (selisih 2,50 poin)."
    )
    assert sentences.national(_of(figures, "IKU-02"), YEAR) is None


def test_absorption(figures: Figures) -> None:
    first, second = figures.budget.programmes
    assert sentences.absorption("program", first.programme.name, first.pagu, first.realisation) == (
        "Serapan anggaran Program Pemberdayaan Ormas sebesar 94,12% (Rp470.600.000 dari pagu "
        "Rp500.000.000)."
    )
    assert sentences.absorption("program", second.programme.name, second.pagu, None) == (
        "Realisasi anggaran Program Ketahanan Sosial belum lengkap, sehingga serapan dari pagu "
        "Rp1.484.567.000 belum dapat dihitung."
    )
    assert sentences.absorption("kegiatan", "Fasilitasi FKUB", D(250), D(300)) == (
        "Serapan anggaran kegiatan Fasilitasi FKUB sebesar 120,00% (Rp300 dari pagu Rp250). "
        "Realisasi melebihi pagu dan perlu diperiksa."
    )


def test_efficiency_and_sasaran(figures: Figures) -> None:
    s1, s2 = figures.sasaran
    assert sentences.efficiency(s1) == (
        "Rata-rata capaian sasaran S1 sebesar 118,23%, sedangkan serapan anggaran program "
        "pendukungnya sebesar 94,12%, sehingga selisihnya 24,11 poin dan penggunaan sumber daya "
        "dinilai efisien."
    )
    assert sentences.efficiency(s2) == (
        "Efisiensi sasaran S2 belum dapat dinilai karena capaian sasaran belum dapat dihitung."
    )
    assert sentences.sasaran(s1) == (
        "Rata-rata capaian 2 indikator sasaran S1 sebesar 118,23% dengan kategori Sangat Tinggi."
    )
    assert sentences.sasaran(s1, named=True).startswith(
        "Rata-rata capaian 2 indikator sasaran S1 (Meningkatnya peran serta ormas) sebesar"
    )


def test_summary_sentences(figures: Figures) -> None:
    assert sentences.categories(figures.summary, 4) == (
        "Dari 4 indikator kinerja utama, 2 indikator berkategori Sangat Tinggi, sedangkan "
        "capaian 2 indikator tidak dapat dihitung."
    )
    assert sentences.mean(figures.summary, "Sangat Tinggi", Settings(cap=D(120))) == (
        "Rata-rata capaian seluruh indikator sebesar 118,23% dengan kategori Sangat Tinggi; "
        "setiap capaian dihitung paling tinggi 120% dalam rata-rata."
    )
    assert sentences.budget(D(500_000_000), D(470_600_000), D("94.12")) == (
        "Realisasi anggaran sebesar Rp470.600.000 dari pagu Rp500.000.000, atau serapan sebesar "
        "94,12%."
    )


def test_units_and_decimals() -> None:
    assert sentences.quantity(D("82.5"), "%", 2) == "82,50%"
    assert sentences.quantity(D(12), "kasus", 0) == "12 kasus"
    assert sentences.quantity(D("3.2"), "indeks", 2) == "3,20 indeks"
    assert sentences.quantity(D("68.1"), "nilai", 2) == "68,10"
    assert sentences.quantity(D("0.025"), "rasio", 4) == "0,0250"
    assert sentences.quantity(D("1234567.891"), "rupiah", 2) == "1.234.567,89 rupiah"
    assert sentences.join(["a", "b", "c"]) == "a, b dan c"
