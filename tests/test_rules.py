"""The rules agencies publish: golden `aturan_*` figure cases, then each rule's edges.

A case is one file in tests/cases/figures/ named `aturan_*.yml`: an indicator's polarity, target
and realisation, the rule keys as they are written in profil.yml (`pengaturan`), in the Renstra
indicator (`indikator`) and in the year's pk.yml entry (`pk`), and what the report prints. The
rule keys go through the real spec and loader, so a case reads exactly like a repository.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from golden import apply_edits
from lakip import formatting as fmt
from lakip.assemble import sentences, tables
from lakip.charts import draw
from lakip.charts.canvas import tick_texts
from lakip.compute.figures import compute
from lakip.compute.rules import category, gap
from lakip.load import records, spec
from lakip.load.conform import Doc, conform_value
from lakip.load.project import load_project
from lakip.model import SCALE_PRESETS, CategoryBand, PkTarget, Rules, Settings, Target
from lakip.sop.open_year import realisation_yaml
from lakip.sop.status import status
from test_figures import make_indicator, make_project

CASES = Path(__file__).parent / "cases" / "figures"
CASE_KEYS = {"polaritas", "target", "target_akhir", "realisasi", "pengaturan", "indikator", "pk"}
CASE_KEYS |= {"harapan"}
EXPECT_KEYS = {"capaian", "kategori", "rata_rata", "rata_rata_kategori", "target"}
D = Decimal
YEAR = 2025


def _rules_block(value: dict | None, key: str):
    """The rule keys of one level, conformed by the spec and read by the loader."""
    node = yaml.compose(yaml.safe_dump(value or {}, allow_unicode=True))
    conformed, findings = conform_value(node, spec.Object(spec.RULE_FIELDS), "case.yml", key)
    assert findings == [], [f.code for f in findings]
    return records.rules(conformed or {}, Doc("case.yml"), key + ".")


def _number(value) -> Target:
    return Target.of(D(str(value)))


def case_figures(case: dict):
    """The one indicator's figures for YEAR under the case's rules.

    `target: null` with a `target_akhir` lists the indicator in the PK without a target.
    """
    settings = Settings().over(_rules_block(case.get("pengaturan"), "pengaturan"))
    own = _rules_block(case.get("indikator"), "indikator")
    end = case.get("target_akhir")
    indicator = make_indicator(
        "IK-01",
        case["polaritas"],
        negative_rule=own.negative_rule,
        rules=own,
        end_target=None if end is None else _number(end),
    )
    annual = case["target"]
    project = make_project(
        [indicator],
        {YEAR: {"IK-01": _number(annual if annual is not None else 1)}},
        {YEAR: {"IK-01": str(case["realisasi"])}},
        settings=settings,
    )
    pk = project.pks[YEAR]
    year_rules = _rules_block(case.get("pk"), "indikator[0]")
    target = pk.targets[0].target if annual is not None else None
    entry = PkTarget("IK-01", target, pk.targets[0].loc, year_rules, end_only=annual is None)
    project.pks[YEAR] = type(pk)(**{**pk.__dict__, "targets": (entry,)})
    return compute(project, YEAR)


def aturan_cases() -> list[Path]:
    return sorted(CASES.glob("aturan_*.yml"))


@pytest.mark.parametrize("path", aturan_cases(), ids=lambda p: p.stem)
def test_rule_case(path: Path) -> None:
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert set(case) <= CASE_KEYS, f"unknown keys {set(case) - CASE_KEYS}"
    expected = case["harapan"]
    assert set(expected) <= EXPECT_KEYS, f"unknown keys {set(expected) - EXPECT_KEYS}"
    figures = case_figures(case)
    (f,) = figures.indicators
    observed = {
        "capaian": fmt.percent(f.capaian.value) if f.capaian.value is not None else None,
        "kategori": f.category,
        "rata_rata": fmt.percent(figures.sasaran[0].capaian),
        "rata_rata_kategori": figures.sasaran[0].category,
        "target": tables.targeted(f),
    }
    assert {k: observed[k] for k in expected} == expected


def test_enough_rule_cases() -> None:
    assert len(aturan_cases()) >= 10


@pytest.mark.parametrize("name", sorted(SCALE_PRESETS))
def test_every_preset_covers_every_value(name: str) -> None:
    assert gap(SCALE_PRESETS[name]) is None


def test_permendagri_86_2017_bands() -> None:
    settings = Settings(categories=SCALE_PRESETS["permendagri-86-2017"])
    got = {v: category(D(v), settings) for v in ("100", "91", "90.01", "90", "76", "75", "66")}
    got |= {v: category(D(v), settings) for v in ("65", "51", "50.01", "50", "0")}
    assert got == {
        "100": "Sangat Tinggi",
        "91": "Sangat Tinggi",
        "90.01": "Sangat Tinggi",
        "90": "Tinggi",
        "76": "Tinggi",
        "75": "Sedang",
        "66": "Sedang",
        "65": "Rendah",
        "51": "Rendah",
        "50.01": "Rendah",
        "50": "Sangat Rendah",
        "0": "Sangat Rendah",
    }


@pytest.mark.parametrize(
    ("bands", "hole"),
    [
        ([("A", {"at_least": "91"}), ("B", {"up_to": "90"})], ("90", "91")),
        ([("A", {"above": "90"}), ("B", {"below": "90"})], ("90", "90")),
        ([("A", {"up_to": "100"})], ("100", None)),
        ([("A", {"at_least": "0"})], (None, "0")),
        ([("A", {"above": "90"}), ("B", {"up_to": "90"})], None),
        ([("A", {"at_least": "85"}), ("B", {"below": "85"})], None),
        ([("T", {"up_to": "100"}), ("TT", {"above": "100"})], None),  # written lower first
    ],
)
def test_scale_gap(bands: list, hole: tuple | None) -> None:
    scale = tuple(
        CategoryBand(
            D(b["above"]) if "above" in b else None,
            name,
            **{k: D(v) for k, v in b.items() if k != "above"},
        )
        for name, b in bands
    )
    expected = None if hole is None else tuple(None if v is None else D(v) for v in hole)
    assert gap(scale) == expected


def test_rule_switched_between_years_keeps_each_years_capaian() -> None:
    """One agency used T/R in 2024 and R/T in 2025 for the same indicator (set in each PK)."""
    indicator = make_indicator("IK-01", "negatif")
    project = make_project(
        [indicator],
        {2024: {"IK-01": _number("6.0")}, 2025: {"IK-01": _number("6.0")}},
        {2024: {"IK-01": "4.5"}, 2025: {"IK-01": "4.5"}},
    )
    for year, rule in ((2024, "T/R"), (2025, "R/T")):
        pk = project.pks[year]
        entry = PkTarget(
            "IK-01", pk.targets[0].target, pk.targets[0].loc, Rules(negative_rule=rule)
        )
        project.pks[year] = type(pk)(**{**pk.__dict__, "targets": (entry,)})
    (f,) = compute(project, 2025).indicators
    shown = [fmt.percent(h.capaian.value) for h in f.history]
    assert shown == ["133,33%", "75,00%"]
    assert f.rule == "R/T"


def test_print_cap_sentence_says_what_was_computed() -> None:
    figures = case_figures(
        {"polaritas": "positif", "target": 90, "realisasi": 95,
         "pengaturan": {"batas_capaian_cetak": 100}}
    )  # fmt: skip
    text = sentences.measurement(figures.indicators[0], YEAR)
    assert "mencapai 100,00% dengan kategori Sangat Tinggi" in text
    assert "Hasil perhitungan 105,56% dicetak paling tinggi 100%" in text
    assert "dalam rata-rata capaian ini dihitung sebesar 105,56%" in text


def _with_unavailable(project, year: int, code: str, reason: str) -> None:
    found = project.years[year].realisations[code]
    project.years[year].realisations[code] = replace(found, value=None, unavailable=reason)


def test_unavailable_is_printed_with_its_reason_and_left_out_of_the_mean() -> None:
    indicators = [make_indicator("IK-01"), make_indicator("IK-02")]
    project = make_project(
        indicators,
        {YEAR: {"IK-01": 90, "IK-02": 80}},
        {YEAR: {"IK-01": "81", "IK-02": "0"}},
    )
    _with_unavailable(project, YEAR, "IK-02", "BPS belum merilis data 2025")
    figures = compute(project, YEAR)
    f1, f2 = figures.indicators
    assert f2.capaian.value is None and f2.capaian.reason == "capaian-unavailable"
    assert f2.unavailable == "BPS belum merilis data 2025"
    assert figures.sasaran[0].capaian == D(90)  # IK-01 alone: 81 / 90 x 100
    assert (figures.summary.unavailable, figures.summary.not_computable) == (1, 0)
    row = tables.measurement(figures.sasaran[0], YEAR).rows[1]
    assert row[4:7] == ("tidak tersedia (BPS belum merilis data 2025)", "tidak tersedia", "-")
    text = sentences.measurement(f2, YEAR)
    assert "tidak tersedia (BPS belum merilis data 2025)" in text
    assert "tidak dimasukkan dalam rata-rata" in text
    assert "yang datanya tidak tersedia" in sentences.sasaran(figures.sasaran[0])
    assert "data 1 indikator tidak tersedia" in sentences.categories(figures.summary, 2)


def test_end_target_only_is_measured_against_it_and_says_so() -> None:
    figures = case_figures(
        {"polaritas": "negatif", "target": None, "target_akhir": "0.018169",
         "realisasi": "0.0189"}
    )  # fmt: skip
    (f,) = figures.indicators
    assert f.against_end and f.target == Target.of(D("0.018169"))
    text = sentences.measurement(f, YEAR)
    assert "sebesar 0,0189% dari target akhir Renstra 0,018169%," in text
    assert "tidak menetapkan target tahun 2025" in text
    table = tables.measurement(figures.sasaran[0], YEAR)
    assert table.rows[0][3] == "0,018169 (target akhir)"
    assert "capaian diukur terhadap target akhir Renstra" in table.note


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        ("0.018169", 6, "0,018169"),  # as entered, never 0,0182
        ("0.0189", 6, "0,0189"),  # its own four places, not padded to six
        ("0.025", 4, "0,0250"),  # lined up with 0,0189 beside it
        ("0.0189", fmt.Fixed(3), "0,019"),  # the indicator's `desimal: 3`
        ("80", fmt.Fixed(1), "80,0"),
        ("1684", fmt.Fixed(0), "1.684"),
        ("0.01816666666", 6, "0,018167"),  # a computed tail, cut at the indicator's places
    ],
)
def test_values_print_with_their_precision(value: str, places: int, shown: str) -> None:
    assert fmt.measure(D(value), places) == shown


def test_indicator_decimals_from_the_renstra() -> None:
    indicator = make_indicator("IK-01", end_target=Target.of(D("0.018169")), decimals=2)
    assert sentences.places_of(indicator, D("0.0189")) == 2
    assert isinstance(sentences.places_of(indicator), fmt.Fixed)
    assert sentences.places_of(make_indicator("IK-02"), D("0.018169"), D("0.0189")) == 6


def test_axis_labels_have_enough_decimals_to_differ() -> None:
    ticks = [D("0.01"), D("0.015"), D("0.02"), D("0.025"), D("0.03")]
    texts = tick_texts(ticks)
    assert texts == ["0,010", "0,015", "0,020", "0,025", "0,030"]
    values = [D("0.0121"), D("0.0189"), D("0.0262")]
    svg = draw.trend("Indeks Theil", [2023, 2024, 2025], {"Realisasi": values})
    labels = [t for t in re.findall(r'data-text="([^"]*)"', svg) if t.startswith("0,0")]
    assert len(labels) >= 3 and len(labels) == len(set(labels)), labels


def test_negative_zero_prints_as_zero() -> None:
    assert [fmt.number(D("-0")), fmt.measure(D("-0"), 0), fmt.measure(D("-0.0"), 2)] == [
        "0",
        "0",
        "0,00",
    ]


def test_status_counts_data_not_available_as_reported(repo) -> None:
    path = repo.root / "sections/bidang-ideologi/2025/realisasi.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("    realisasi: 92.22\n", "    tidak_tersedia: Survei dibatalkan\n"),
        encoding="utf-8",
    )
    (unit,) = [u for u in status(repo.root, 2025).units if u.slug == "bidang-ideologi"]
    assert {"what": "owed-realisation", "code": "IKU-01"} not in unit.missing
    path.write_text(text.replace("    realisasi: 92.22\n", ""), encoding="utf-8")
    (unit,) = [u for u in status(repo.root, 2025).units if u.slug == "bidang-ideologi"]
    assert {"what": "owed-realisation", "code": "IKU-01"} in unit.missing


def test_summary_counts_every_scale_in_use() -> None:
    """An indicator on its own scale adds its labels after the report's, never a KeyError."""
    own = Rules(categories=SCALE_PRESETS["tercapai"])
    indicators = [make_indicator("IK-01"), make_indicator("IK-02", rules=own)]
    project = make_project(
        indicators, {YEAR: {"IK-01": 90, "IK-02": 90}}, {YEAR: {"IK-01": "91", "IK-02": "95"}}
    )
    summary = compute(project, YEAR).summary
    assert summary.categories["Sangat Tinggi"] == 1
    assert summary.categories["Tercapai"] == 1  # 95 / 90 x 100 = 105,56
    assert list(summary.categories)[:5] == [b.name for b in Settings().categories]


def test_mean_sentence_names_the_caps_the_indicators_follow() -> None:
    indicators = [make_indicator("IK-01"), make_indicator("IK-02", rules=Rules(cap=D(100)))]
    targets, values = {YEAR: {"IK-01": 90, "IK-02": 90}}, {YEAR: {"IK-01": "99", "IK-02": "99"}}
    one = compute(make_project(indicators, targets, values, settings=Settings(cap=D(100))), YEAR)
    two = compute(make_project(indicators, targets, values, settings=Settings(cap=D(120))), YEAR)
    assert "paling tinggi 100% dalam rata-rata" in sentences.mean(one.summary, None, one.settings)
    text = sentences.mean(two.summary, None, two.settings)
    assert "sebesar batas capaian indikatornya" in text and "120%" not in text
    assert two.summary.capaian == (D(110) + D(100)) / 2  # 99 / 90 x 100 = 110, and 100 capped


def test_loaded_end_target_only_from_real_files(sample_copy) -> None:
    """The Renstra without `target:` and the PK entry without one, read by the real loader."""
    case = CASES.parent / "invalid" / "910-end-target-only.yml"
    apply_edits(sample_copy, yaml.safe_load(case.read_text(encoding="utf-8"))["edit"])
    project, findings = load_project(sample_copy)
    assert findings == []
    pk = project.pks[YEAR]
    assert pk.end_only("IKU-09") and pk.target_of("IKU-09") is None
    (f,) = [f for f in compute(project, YEAR).indicators if f.indicator.code == "IKU-09"]
    # (2 x 0,0220 - 0,0189) / 0,0220 x 100 = 0,0251 / 0,0220 x 100 = 114,0909... -> 114,09
    assert f.against_end and fmt.percent(f.capaian.value) == "114,09%"
    duty = project.duties(YEAR)["bidang-politik"]
    assert "target 2025: 0.0220 (target akhir Renstra)" in realisation_yaml(duty, YEAR, project)


@given(
    st.decimals(min_value=0, max_value=200, places=6, allow_nan=False),
    st.sampled_from(sorted(SCALE_PRESETS)),
)
@hypothesis_settings(max_examples=200, deadline=None)
def test_values_that_print_the_same_get_the_same_category(value: Decimal, preset: str) -> None:
    """Issue 11: 90,004 and 90 both print 90,00%, so they must share a category."""
    settings = Settings(categories=SCALE_PRESETS[preset])
    printed = fmt.round_half_up(value)
    assert category(value, settings) == category(printed, settings)


def test_r_over_t_sentence_says_below_100_is_better() -> None:
    figures = case_figures(
        {"polaritas": "negatif", "target": "6.0", "realisasi": "4.5",
         "indikator": {"rumus_negatif": "R/T"}}
    )  # fmt: skip
    text = sentences.measurement(figures.indicators[0], YEAR)
    assert "mencapai 75,00%" in text
    assert "Dengan rumus R/T, capaian di bawah 100% berarti realisasi lebih baik." in text
