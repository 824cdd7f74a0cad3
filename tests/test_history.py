"""A first-year agency with its published history and an earlier Renstra period.

The sample keeps its 2023 PK; its 2024 and 2025 years are removed, so 2023 is the repository's
first year. The two years before come from reports/riwayat.yml, and belong to an earlier Renstra
(2019-2022) that carried IKU-01 over and ended IKU-90. Capaian computed by hand:
2021: 83,10 / 84 x 100 = 98,93 (computed: no capaian in the history);
2022: printed as published, 99,00 (83,97 / 85 x 100 would be 98,79).
"""

from __future__ import annotations

import shutil
from decimal import Decimal

import pypdf
import pytest

from helpers import copy_sample, run_lakip
from lakip.compute.figures import compute
from lakip.validate.gate import load_and_validate

PREVIOUS = """\
periode:
  awal: 2019
  akhir: 2022
dokumen: Keputusan Kepala Badan Nomor 050/010/2019
visi: Masyarakat Purwakarta yang berwawasan kebangsaan
tujuan:
  - kode: T1
    uraian: Meningkatnya ketahanan ideologi
    sasaran:
      - kode: S1
        uraian: Meningkatnya pemahaman nilai-nilai Pancasila
        indikator:
          - kode: IKU-01
            uraian: Persentase masyarakat yang memahami nilai-nilai Pancasila dengan baik
            satuan: "%"
            polaritas: positif
            target: {2019: 80, 2020: 82, 2021: 84, 2022: 85}
            target_akhir: 85
            penanggung_jawab: bidang-ideologi
          - kode: IKU-90
            uraian: Jumlah kegiatan sosialisasi wawasan kebangsaan
            satuan: kegiatan
            polaritas: positif
            target: {2019: 10, 2020: 12, 2021: 14, 2022: 16}
            target_akhir: 16
            penanggung_jawab: bidang-ideologi
"""

HISTORY = """\
riwayat:
  - tahun: 2021
    sumber: LKjIP 2021 yang telah terbit
    indikator:
      - kode: IKU-01
        realisasi: 83.10
  - tahun: 2022
    sumber: LKjIP 2022 yang telah terbit
    indikator:
      - kode: IKU-01
        target: 85
        realisasi: 83.97
        capaian: 99.00
"""


def first_year_agency(root):
    copy_sample(root)
    for year in (2024, 2025):
        shutil.rmtree(root / f"reports/{year}")
        for unit in (root / "sections").iterdir():
            shutil.rmtree(unit / str(year), ignore_errors=True)
    (root / "reports/renstra").mkdir()
    (root / "reports/renstra/2019-2022.yml").write_text(PREVIOUS, encoding="utf-8")
    (root / "reports/riwayat.yml").write_text(HISTORY, encoding="utf-8")
    return root


@pytest.fixture
def agency(tmp_path):
    return first_year_agency(tmp_path / "agency")


def test_history_years_are_compared_with_the_published_figures(agency) -> None:
    checked = load_and_validate(agency)
    assert checked.ok, [f for f in checked.findings if f.is_error]
    assert checked.year == 2023
    figures = compute(checked.project, 2023)
    iku01 = next(f for f in figures.indicators if f.indicator.code == "IKU-01")
    by_year = {h.year: h for h in iku01.history}
    assert sorted(by_year) == [2021, 2022, 2023]
    assert by_year[2021].from_history and by_year[2022].from_history
    assert not by_year[2023].from_history
    assert by_year[2021].target.low == Decimal(84)  # the earlier period's own target
    assert by_year[2021].capaian.value.quantize(Decimal("0.01")) == Decimal("98.93")
    assert by_year[2022].capaian.value == Decimal("99.00")  # as published, not 98,79


def test_history_and_periods_errors_are_located(agency) -> None:
    (agency / "reports/riwayat.yml").write_text(
        HISTORY.replace("kode: IKU-01\n        target: 85", "kode: IKU-77\n        target: 85")
        + "  - tahun: 2023\n    indikator:\n      - kode: IKU-01\n        realisasi: 1\n",
        encoding="utf-8",
    )
    code, err, _ = run_lakip("--root", agency, "--lang", "en", "validate")
    assert code == 1
    assert (
        "reports/riwayat.yml:10: error: riwayat[1].indikator[0].kode: Indicator 'IKU-77' is in "
        "no Renstra. The history is for Renstra indicators only (reports/renstra.yml or "
        "reports/renstra/). [history-unknown-indicator]"
    ) in err
    assert (
        "reports/riwayat.yml:14: error: riwayat[2]: Year 2023 has a PK at reports/2023/pk.yml: "
        "its figures come from that year's data, not from the history. Remove 2023 from the "
        "history. [history-year-has-pk]"
    ) in err


@pytest.mark.slow
def test_first_year_report_shows_history_and_the_period_change(agency) -> None:
    code, _, err = run_lakip("--root", agency, "build", "--out", agency / "out")
    assert code == 0, err
    pdf = next((agency / "out").glob("*.pdf"))
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages).split())
    assert "Perbandingan Realisasi dan Capaian Sasaran S1 Tahun 2021–2023" in text
    assert "83,10 98,93% 83,97 99,00%" in text
    assert (
        "Angka tahun 2021 (LKjIP 2021 yang telah terbit) dan 2022 (LKjIP 2022 yang telah terbit) "
        "diambil dari riwayat kinerja yang telah diterbitkan"
    ) in text.replace("‐ ", "")
    assert "Tahun 2021 dan 2022 termasuk periode Renstra 2019–2022" in text
    assert "Indikator IKU-01 dilanjutkan dari periode itu." in text
    assert "Indikator Renstra 2019–2022 yang tidak dilanjutkan pada Renstra 2023–2026: IKU-90" in (
        text
    )
    assert "Rata-rata Capaian Indikator Kinerja Utama Tahun 2021–2023" in text
