"""Quarterly monitoring: the rencana aksi against realisation to date, late units, at-risk rule.

Every expected value is worked out by hand from the sample's reports/2025/pk.yml (rencana_aksi)
and sections/*/2025/realisasi.yml (triwulan).
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from lakip.compute.quarterly import PLAN, PROJECTION, YEAR_TARGET, missing_quarters, quarter_figures
from lakip.load.project import load_project

PK = "reports/2025/pk.yml"
IDEOLOGI = "sections/bidang-ideologi/2025/realisasi.yml"
KEWASPADAAN = "sections/bidang-kewaspadaan/2025/realisasi.yml"
UMUM = "sections/subbagian-umum/2025/realisasi.yml"


def _edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _figures(root: Path, number: int):
    project, findings = load_project(root)
    assert not [f for f in findings if f.severity == "error"], findings
    return quarter_figures(project, 2025, number)


def _rows(figures):
    return {
        r.indicator.code: (r.planned, r.realised, r.basis, r.at_risk) for r in figures.indicators
    }


@pytest.mark.parametrize(
    ("number", "at_risk"),
    [
        (1, ["IKU-17"]),  # 15,79 < 20
        (2, ["IKU-17"]),  # 39,47 < 40
        (3, ["IKU-08"]),  # 58,60 < 60
        (4, []),  # every IV equals or beats the year's target (IKU-10: 5 <= 6, IKU-13: 181 <= 254)
    ],
)
def test_sample_at_risk_against_the_action_plan(sample_copy, number, at_risk):
    figures = _figures(sample_copy, number)
    assert [r.indicator.code for r in figures.at_risk] == at_risk
    assert figures.late == {}


def test_sample_third_quarter_rows(sample_copy):
    figures = _figures(sample_copy, 3)
    assert figures.quarter == "III" and figures.number == 3
    assert _rows(figures) == {
        "IKU-02": (Decimal("1200"), Decimal("1215"), PLAN, False),
        "IKU-08": (Decimal("60.00"), Decimal("58.60"), PLAN, True),
        "IKU-10": (Decimal("4"), Decimal("4"), PLAN, False),  # negative: 4 is not above 4
        "IKU-13": (Decimal("190"), Decimal("137"), PLAN, False),  # negative: below the ceiling
        "IKU-17": (Decimal("60.00"), Decimal("65.79"), PLAN, False),
    }
    assert {r.indicator.code: r.unit for r in figures.indicators}["IKU-08"] == "bidang-politik"


def test_projection_without_a_plan(sample_copy):
    _edit(sample_copy, PK, "    rencana_aksi: {I: 300, II: 700, III: 1200, IV: 1600}\n", "")
    _edit(sample_copy, PK, "    rencana_aksi: {I: 1, II: 3, III: 4, IV: 6}\n", "")
    _edit(sample_copy, KEWASPADAAN, "      III: 4\n", "      III: 5\n")
    first = {r.indicator.code: r for r in _figures(sample_copy, 1).indicators}
    # IKU-02 (positive, cumulative, target 1600): 320 x 4 / 1 = 1280 < 1600
    assert first["IKU-02"].basis == PROJECTION
    assert first["IKU-02"].projection == Decimal("1280")
    assert first["IKU-02"].at_risk
    # IKU-10 (negative, cumulative, target 6): 1 x 4 = 4, not above 6
    assert (first["IKU-10"].projection, first["IKU-10"].at_risk) == (Decimal("4"), False)
    third = {r.indicator.code: r for r in _figures(sample_copy, 3).indicators}
    # 1215 x 4 / 3 = 1620 >= 1600
    assert (third["IKU-02"].projection, third["IKU-02"].at_risk) == (Decimal("1620"), False)
    # 5 x 4 / 3 = 6,67 > 6: on course for more cases than the ceiling
    assert third["IKU-10"].projection == Decimal(20) / Decimal(3)
    assert third["IKU-10"].at_risk


def test_non_cumulative_without_a_plan_is_held_to_the_year_target(sample_copy):
    quarters = "    realisasi: 92.22\n    triwulan: {I: 88.00, II: 90.00}\n"
    _edit(sample_copy, IDEOLOGI, "    realisasi: 92.22\n", quarters)
    first = {r.indicator.code: r for r in _figures(sample_copy, 1).indicators}
    assert (first["IKU-01"].basis, first["IKU-01"].at_risk) == (YEAR_TARGET, True)  # 88 < 90
    second = {r.indicator.code: r for r in _figures(sample_copy, 2).indicators}
    assert second["IKU-01"].at_risk is False  # 90 is the target
    third = _figures(sample_copy, 3)
    assert third.late == {"bidang-ideologi": ("IKU-01",)}  # reported quarters, then stopped
    assert "IKU-01" not in [r.indicator.code for r in third.at_risk]


def test_late_units_have_no_value_for_the_quarter(sample_copy):
    _edit(sample_copy, UMUM, "      IV: 84.21\n", "")
    _edit(sample_copy, KEWASPADAAN, "      IV: 181\n", "")
    _edit(sample_copy, KEWASPADAAN, "      IV: 5\n", "")
    figures = _figures(sample_copy, 4)
    assert figures.late == {
        "bidang-kewaspadaan": ("IKU-10", "IKU-13"),
        "subbagian-umum": ("IKU-17",),
    }
    rows = {r.indicator.code: r for r in figures.indicators}
    assert rows["IKU-17"].realised is None and rows["IKU-17"].at_risk is False
    assert _figures(sample_copy, 3).late == {}


def test_missing_quarters_counts_only_quarters_that_ended(sample_copy):
    _edit(sample_copy, UMUM, "      II: 39.47\n", "")
    _edit(sample_copy, UMUM, "      IV: 84.21\n", "")
    project, _ = load_project(sample_copy)
    assert missing_quarters(project, 2025, datetime.date(2025, 3, 31)) == {}
    assert missing_quarters(project, 2025, datetime.date(2025, 8, 1)) == {
        "subbagian-umum": {"IKU-17": ("II",)}
    }
    assert missing_quarters(project, 2025, datetime.date(2026, 1, 5)) == {
        "subbagian-umum": {"IKU-17": ("II", "IV")}
    }
    assert missing_quarters(project, 2031, datetime.date(2026, 1, 5)) == {}
