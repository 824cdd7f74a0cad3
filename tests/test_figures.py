"""Figures: golden capaian cases from tests/cases/figures, then every edge of the figures tree."""

from __future__ import annotations

import csv
import datetime
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from lakip.assemble import exports as figures_report
from lakip.compute.figures import capaian, capped, category, compute, efficiency_label, serapan
from lakip.findings import LakipError
from lakip.formatting import round_half_up
from lakip.messages import known_codes, message
from lakip.model import (
    BudgetRealisation,
    CategoryBand,
    Indicator,
    Kegiatan,
    Loc,
    PerjanjianKinerja,
    Person,
    PkTarget,
    Profile,
    Programme,
    Project,
    Realisation,
    Renstra,
    Revision,
    Sasaran,
    Settings,
    Target,
    Tujuan,
    YearData,
)

CASES = Path(__file__).parent / "cases" / "figures"
CASE_KEYS = {"polaritas", "target", "realisasi", "rumus", "batas_capaian", "skala_kategori"}
CASE_KEYS |= {"harapan", "kategori"}
NOT_COMPUTABLE = "tidak_dapat_dihitung"
LOC = Loc("test.yml", 1)
D = Decimal


class _DecimalLoader(yaml.SafeLoader):
    """Reads `0.025` as Decimal("0.025") from its text, never through a float."""


_DecimalLoader.add_constructor(
    "tag:yaml.org,2002:float", lambda loader, node: Decimal(loader.construct_scalar(node))
)


def _case_settings(case: dict) -> Settings:
    bands = tuple(
        CategoryBand(None if "lebih_dari" not in b else D(b["lebih_dari"]), b["kategori"])
        for b in case.get("skala_kategori", ())
    )
    cap = case.get("batas_capaian")
    return Settings(cap=None if cap is None else D(cap), **({"categories": bands} if bands else {}))


def _case_target(value) -> Target:
    if isinstance(value, dict):
        return Target(D(value["min"]), D(value["maks"]))
    return Target.of(D(value))


@pytest.mark.parametrize(
    "path",
    sorted(p for p in CASES.glob("*.yml") if not p.stem.startswith("aturan_")),
    ids=lambda p: p.stem,
)
def test_golden_case(path: Path) -> None:
    """A capaian and its category; the `aturan_*` cases (test_rules.py) go through the rules."""
    case = yaml.load(path.read_text(encoding="utf-8"), Loader=_DecimalLoader)
    assert set(case) <= CASE_KEYS, f"unknown keys {set(case) - CASE_KEYS}"
    result = capaian(
        case["polaritas"],
        _case_target(case["target"]),
        D(case["realisasi"]),
        case.get("rumus", "2T-R"),
    )
    if case["harapan"] == NOT_COMPUTABLE:
        assert result.value is None
        assert result.reason in known_codes()
    else:
        assert str(round_half_up(result.value)) == case["harapan"]
    assert category(result.value, _case_settings(case)) == case["kategori"]


def test_enough_golden_cases() -> None:
    assert len(list(CASES.glob("*.yml"))) >= 15


def make_indicator(code: str, polarity: str = "positif", sasaran: str = "S1", **extra) -> Indicator:
    fields = dict(
        code=code,
        text=f"Indikator {code}",
        unit="%",
        polarity=polarity,
        cumulative=False,
        negative_rule=None,
        baseline_year=None,
        baseline=None,
        targets={},
        end_target=None,
        owner="perencanaan",
        data_source="Renstra",
        formula="",
        national_standard=None,
        national_source="",
        sasaran=sasaran,
        tujuan="T1",
        loc=LOC,
    )
    return Indicator(**{**fields, **extra})


def make_kegiatan(code: str, pagu: int | str, programme: str = "8.01.02") -> Kegiatan:
    return Kegiatan(code, f"Kegiatan {code}", D(pagu), "politik", programme, LOC)


def make_programme(code: str, kegiatan: tuple[Kegiatan, ...], sasaran=("S1",)) -> Programme:
    return Programme(code, f"Program {code}", tuple(sasaran), kegiatan, LOC)


def make_project(
    indicators: list[Indicator],
    targets: dict[int, dict[str, Target | int | str]],
    realisations: dict[int, dict[str, int | str | None]] | None = None,
    programmes: tuple[Programme, ...] = (),
    budgets: dict[str, int | str | None] | None = None,
    settings: Settings | None = None,
    revisions: tuple[Revision, ...] = (),
) -> Project:
    """A project from plain values: `targets` per year make the PKs, the last year gets budget."""
    sasaran_codes = list(dict.fromkeys(i.sasaran for i in indicators))
    sasaran = tuple(
        Sasaran(c, f"Sasaran {c}", "T1", tuple(i for i in indicators if i.sasaran == c), LOC)
        for c in sasaran_codes
    )
    renstra = Renstra(2021, 2026, "", "", (), (Tujuan("T1", "Tujuan", sasaran, LOC),), LOC)
    last = max(targets)
    pks = {
        year: PerjanjianKinerja(
            year=year,
            number="",
            date=None,
            targets=tuple(PkTarget(c, _target(t), LOC) for c, t in codes.items()),
            programmes=programmes if year == last else (),
            revisions=revisions if year == last else (),
            loc=LOC,
        )
        for year, codes in targets.items()
    }
    years = {}
    for year, values in (realisations or {}).items():
        data = YearData(year)
        for code, value in values.items():
            value = None if value is None else D(value)
            data.realisations[code] = Realisation(code, "politik", value, {}, None, "BPS", "", LOC)
        years[year] = data
    if budgets is not None:
        data = years.setdefault(last, YearData(last))
        for code, value in budgets.items():
            value = None if value is None else D(value)
            data.budgets[code] = BudgetRealisation(code, "politik", value, {}, "", LOC)
    return Project("/tmp/x", _profile(settings or Settings()), [renstra], pks, years=years)


def _target(value: Target | int | str) -> Target:
    return value if isinstance(value, Target) else Target.of(D(value))


def _profile(settings: Settings) -> Profile:
    blank = dict.fromkeys(
        ("title", "short_title", "agency", "agency_short", "government", "city", "address",
         "phone", "email", "website", "logo", "repository", "planning_unit", "secretariat_unit"),
        "",
    )  # fmt: skip
    return Profile(**blank, head=Person("Kepala"), recipients=(), settings=settings, loc=LOC)


def test_capaian_missing_realisation_has_reason() -> None:
    result = capaian("positif", Target.of(D(90)), None)
    assert result.value is None
    assert result.reason == "capaian-no-realisation"
    assert message(result.reason, "id") == "realisasi belum diisi"


def test_positive_target_zero_reason_is_pinned() -> None:
    result = capaian("positif", Target.of(D(0)), D(5))
    assert result.reason == "capaian-zero-target"
    assert message(result.reason, "id") == "target 0 dengan polaritas positif tidak dapat dihitung"


def test_capped_only_with_a_cap() -> None:
    assert capped(D(160), Settings()) == D(160)
    assert capped(D(160), Settings(cap=D(120))) == D(120)
    assert capped(D(80), Settings(cap=D(120))) == D(80)
    assert capped(None, Settings(cap=D(120))) is None


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("5.01", "efficient"),
        ("5", "fairly-efficient"),
        ("0", "fairly-efficient"),
        ("-5", "fairly-efficient"),
        ("-5.01", "inefficient"),
    ],
)
def test_efficiency_label_thresholds_are_exclusive(value: str, label: str) -> None:
    assert efficiency_label(D(value), Settings()) == label


def test_serapan_with_pagu_zero_is_not_computable() -> None:
    assert serapan(D(0), D(100)) is None
    assert serapan(D(200), None) is None
    assert serapan(D(200), D(50)) == D(25)


def test_only_pk_indicators_in_renstra_order() -> None:
    inds = [make_indicator("IK-01"), make_indicator("IK-02"), make_indicator("IK-03")]
    project = make_project(inds, {2025: {"IK-03": 10, "IK-01": 10}})
    figures = compute(project, 2025)
    assert [f.indicator.code for f in figures.indicators] == ["IK-01", "IK-03"]


def test_missing_realisation_is_reported_not_zero() -> None:
    project = make_project([make_indicator("IK-01")], {2025: {"IK-01": 90}})
    (ind,) = compute(project, 2025).indicators
    assert ind.realisation is None
    assert ind.capaian.reason == "capaian-no-realisation"
    assert ind.category is None


def test_unknown_year_raises_usage_error() -> None:
    project = make_project([make_indicator("IK-01")], {2025: {"IK-01": 90}})
    with pytest.raises(LakipError) as raised:
        compute(project, 2030)
    assert raised.value.code == "year-not-found"
    assert raised.value.params == {"year": 2030, "known": "2025"}


def test_pk_revision_target_wins() -> None:
    revision = Revision(
        datetime.date(2025, 7, 1), "Kepala", "APBD-P", (PkTarget("IK-01", Target.of(D(80)), LOC),),
        LOC,
    )  # fmt: skip
    project = make_project(
        [make_indicator("IK-01", targets={2025: Target.of(D(95))})],
        {2025: {"IK-01": 90}},
        {2025: {"IK-01": 80}},
        revisions=(revision,),
    )
    (ind,) = compute(project, 2025).indicators
    assert ind.target == Target.of(D(80))
    assert ind.capaian.value == D(100)


def test_indicator_rule_overrides_report_rule() -> None:
    inds = [
        make_indicator("IK-01", "negatif"),
        make_indicator("IK-02", "negatif", negative_rule="T/R"),
    ]
    project = make_project(inds, {2025: {"IK-01": "9.20", "IK-02": "9.20"}},
                           {2025: {"IK-01": "9.53", "IK-02": "9.53"}})  # fmt: skip
    first, second = compute(project, 2025).indicators
    assert (first.rule, second.rule) == ("2T-R", "T/R")
    assert str(round_half_up(first.capaian.value)) == "96.41"
    assert str(round_half_up(second.capaian.value)) == "96.54"


def test_unit_is_the_owner_and_data_source_comes_from_the_realisation() -> None:
    project = make_project([make_indicator("IK-01")], {2025: {"IK-01": 90}}, {2025: {"IK-01": 91}})
    (ind,) = compute(project, 2025).indicators
    assert (ind.unit, ind.data_source) == ("perencanaan", "BPS")  # Project.owner, not the file


def test_sasaran_mean_skips_non_computable_indicators() -> None:
    inds = [make_indicator("IK-01"), make_indicator("IK-02"), make_indicator("IK-03")]
    project = make_project(
        inds,
        {2025: {"IK-01": 90, "IK-02": 0, "IK-03": 50}},
        {2025: {"IK-01": "92.22", "IK-02": 4, "IK-03": None}},
    )
    figures = compute(project, 2025)
    (sasaran,) = figures.sasaran
    assert [f.indicator.code for f in sasaran.indicators] == ["IK-01", "IK-02", "IK-03"]
    assert sasaran.capaian == D("92.22") * 100 / 90
    assert sasaran.category == "Sangat Tinggi"
    assert figures.summary.not_computable == 2


def test_sasaran_mean_uses_capped_capaian() -> None:
    inds = [make_indicator("IK-01"), make_indicator("IK-02")]
    targets = {2025: {"IK-01": 50, "IK-02": 100}}
    values = {2025: {"IK-01": 100, "IK-02": 80}}
    project = make_project(inds, targets, values, settings=Settings(cap=D(120)))
    figures = compute(project, 2025)
    assert figures.indicators[0].capaian.value == D(200)
    assert figures.indicators[0].capped == D(120)
    assert figures.sasaran[0].capaian == D(100)
    assert figures.summary.capaian == D(100)


def _budget_project(realisasi: dict, realisation: str = "100") -> Project:
    support = (make_kegiatan("8.01.01.1.01", 100), make_kegiatan("8.01.01.1.02", 300))
    programmes = (
        make_programme("8.01.01", support),
        make_programme("8.01.02", (make_kegiatan("8.01.02.1.01", 0),), sasaran=("S2",)),
    )
    return make_project(
        [make_indicator("IK-01")], {2025: {"IK-01": 100}}, {2025: {"IK-01": realisation}},
        programmes=programmes, budgets=realisasi,
    )  # fmt: skip


def test_programme_sums_its_kegiatan() -> None:
    project = _budget_project({"8.01.01.1.01": 90, "8.01.01.1.02": 290, "8.01.02.1.01": 0})
    budget = compute(project, 2025).budget
    first, second = budget.programmes
    assert (first.pagu, first.realisation, first.remaining) == (D(400), D(380), D(20))
    assert first.serapan == D(95)
    assert [k.serapan for k in first.kegiatan] == [D(90), D(290) * 100 / 300]
    assert (second.pagu, second.realisation, second.serapan) == (D(0), D(0), None)
    assert (budget.pagu, budget.realisation, budget.serapan) == (D(400), D(380), D(95))


def test_missing_budget_realisation_leaves_totals_open() -> None:
    project = _budget_project({"8.01.01.1.01": 90})
    budget = compute(project, 2025).budget
    kegiatan = budget.programmes[0].kegiatan
    assert (kegiatan[1].realisation, kegiatan[1].serapan, kegiatan[1].remaining) == (
        None,
        None,
        None,
    )
    assert budget.programmes[0].realisation is None
    assert budget.realisation is None and budget.serapan is None


@pytest.mark.parametrize(
    ("realisation", "efficiency", "label"),
    [("100", "5", "fairly-efficient"), ("110", "15", "efficient"), ("80", "-15", "inefficient")],
)
def test_sasaran_efficiency(realisation: str, efficiency: str, label: str) -> None:
    project = _budget_project({"8.01.01.1.01": 90, "8.01.01.1.02": 290}, realisation)
    (sasaran,) = compute(project, 2025).sasaran
    assert [p.programme.code for p in sasaran.programmes] == ["8.01.01"]
    assert (sasaran.pagu, sasaran.realisation, sasaran.serapan) == (D(400), D(380), D(95))
    assert sasaran.efficiency == D(efficiency)
    assert sasaran.efficiency_label == label


def test_history_and_change_follow_negative_polarity() -> None:
    project = make_project(
        [make_indicator("IK-01", "negatif")],
        {2023: {"IK-01": 12}, 2024: {"IK-01": 10}, 2025: {"IK-01": 8}},
        {2023: {"IK-01": 12}, 2024: {"IK-01": 9}, 2025: {"IK-01": 7}},
    )
    (ind,) = compute(project, 2025).indicators
    assert [h.year for h in ind.history] == [2023, 2024, 2025]
    assert [h.target for h in ind.history] == [Target.of(D(n)) for n in (12, 10, 8)]
    assert [h.capaian.value for h in ind.history] == [D(100), D(110), D("112.5")]
    assert (ind.change.previous_year, ind.change.difference, ind.change.improved) == (
        2024,
        D(-2),
        True,
    )


def test_change_for_positive_polarity_and_gaps() -> None:
    project = make_project(
        [make_indicator("IK-01")],
        {2024: {"IK-01": 10}, 2025: {"IK-01": 12}},
        {2024: {"IK-01": 11}, 2025: {"IK-01": 9}},
    )
    (ind,) = compute(project, 2025).indicators
    assert [h.year for h in ind.history] == [2024, 2025]
    assert (ind.change.difference, ind.change.improved) == (D(-2), False)


def test_history_falls_back_to_renstra_target_without_pk() -> None:
    ind = make_indicator("IK-01", targets={2024: Target.of(D(50))})
    project = make_project([ind], {2025: {"IK-01": 60}}, {2024: {"IK-01": 40}, 2025: {"IK-01": 60}})
    (figures,) = compute(project, 2025).indicators
    assert figures.history[0].target == Target.of(D(50))
    assert figures.history[0].capaian.value == D(80)


def test_no_previous_year_means_no_change() -> None:
    project = make_project([make_indicator("IK-01")], {2025: {"IK-01": 10}}, {2025: {"IK-01": 9}})
    (ind,) = compute(project, 2025).indicators
    assert ind.change is None
    assert ind.progress is None and ind.national is None


@pytest.mark.parametrize(
    ("polarity", "end", "value", "expected", "gap"),
    [
        ("positif", 95, "90", D(90) * 100 / 95, D(5)),
        ("positif", 95, "97", D(97) * 100 / 95, D(0)),
        ("negatif", 5, "6", D(80), D(1)),
        ("negatif", 5, "4", D(120), D(0)),
    ],
)
def test_renstra_progress(
    polarity: str, end: int, value: str, expected: Decimal, gap: Decimal
) -> None:
    ind = make_indicator("IK-01", polarity, end_target=Target.of(D(end)))
    project = make_project([ind], {2025: {"IK-01": value}}, {2025: {"IK-01": value}})
    (figures,) = compute(project, 2025).indicators
    assert figures.progress.end_target == Target.of(D(end))
    assert figures.progress.capaian.value == expected
    assert figures.progress.gap == gap


def test_national_standard_comparison() -> None:
    inds = [
        make_indicator("IK-01", national_standard=D(80), national_source="Kemendagri"),
        make_indicator("IK-02", "negatif", national_standard=D(5)),
    ]
    project = make_project(
        inds, {2025: {"IK-01": 85, "IK-02": 4}}, {2025: {"IK-01": 78, "IK-02": 5}}
    )
    first, second = compute(project, 2025).indicators
    assert (first.national.difference, first.national.meets) == (D(-2), False)
    assert first.national.source == "Kemendagri"
    assert (second.national.difference, second.national.meets) == (D(0), True)


def test_summary_counts_in_scale_order() -> None:
    inds = [make_indicator(f"IK-0{n}") for n in range(1, 5)]
    project = make_project(
        inds,
        {2025: {"IK-01": 100, "IK-02": 100, "IK-03": 100, "IK-04": 0}},
        {2025: {"IK-01": 95, "IK-02": 40, "IK-03": 91, "IK-04": 1}},
    )
    summary = compute(project, 2025).summary
    assert list(summary.categories.items()) == [
        ("Sangat Tinggi", 2), ("Tinggi", 0), ("Sedang", 0), ("Rendah", 0), ("Sangat Rendah", 1),
    ]  # fmt: skip
    assert summary.not_computable == 1
    assert summary.capaian == D(226) / 3


def _rendered_project() -> Project:
    long = "Jumlah konflik sosial yang terjadi di wilayah kabupaten selama tahun berjalan"
    inds = [
        make_indicator("IK-01"),
        make_indicator("IK-02"),
        make_indicator("IK-03", "negatif", text=long),
    ]
    return make_project(
        inds,
        {2025: {"IK-01": 90, "IK-02": 0, "IK-03": Target(D(2), D(4))}},
        {2025: {"IK-01": "92.22", "IK-02": 3, "IK-03": 5}},
        programmes=(make_programme("8.01.02", (make_kegiatan("8.01.02.1.01", "12463335063"),)),),
        budgets={"8.01.02.1.01": "11000000000.5"},
    )


def test_render_text_is_indonesian() -> None:
    text = figures_report.export(compute(_rendered_project(), 2025), "text", "id")
    assert "Kode" in text and "Realisasi Anggaran 2025" in text
    assert "102,47%" in text
    assert "2–4" in text
    assert "Rp12.463.335.063" in text
    assert "IK-02: target 0 dengan polaritas positif tidak dapat dihitung" in text
    assert "Jumlah konflik sosial yang terjadi di" in text
    assert max(len(line) for line in text.splitlines()) < 130


def test_render_text_english_headers() -> None:
    text = figures_report.export(compute(_rendered_project(), 2025), "text", "en")
    assert "Indicator" in text and "Budget realisation 2025" in text
    assert "IK-02: a target of 0 with positive polarity cannot be computed" in text


def test_render_json_keeps_unrounded_values() -> None:
    data = json.loads(figures_report.export(compute(_rendered_project(), 2025), "json", "id"))
    first = data["indicators"][0]
    assert first["indicator"]["code"] == "IK-01"
    assert first["capaian"]["value"] == "102.4666666666666666666666667"
    assert first["capaian"]["value_display"] == "102,47%"
    assert first["target"] == {"low": "90", "high": "90", "display": "90"}
    assert data["indicators"][1]["capaian"]["reason"] == "capaian-zero-target"
    assert data["sasaran"][0]["indicators"] == ["IK-01", "IK-02", "IK-03"]
    assert data["budget"]["realisation"] == "11000000000.5"
    assert data["budget"]["realisation_display"] == "Rp11.000.000.001"
    assert data["budget"]["remaining_display"] == "Rp1.463.335.063"
    assert first["realisation_display"] == "92,22"  # a data value, not money
    assert list(data) == ["year", "settings", "indicators", "sasaran", "budget", "summary"]


def test_render_csv_is_for_a_spreadsheet_set_to_indonesian() -> None:
    text = figures_report.export(compute(_rendered_project(), 2025), "csv", "id")
    assert text.startswith("code;indicator;satuan;") and "\r\n" in text
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    assert [r["code"] for r in rows] == ["IK-01", "IK-02", "IK-03"]
    # as the report prints it (92.22 / 90 x 100 = 102.4666...), never the unrounded quotient
    assert (rows[0]["target"], rows[0]["realisation"], rows[0]["capaian"]) == (
        "90,00",
        "92,22",
        "102,47",
    )
    assert (rows[2]["target"], rows[2]["target_low"], rows[2]["target_high"]) == ("2–4", "2", "4")
    assert rows[1]["capaian"] == "" and rows[1]["reason"] == "capaian-zero-target"
    assert rows[1]["note"] == "target 0 dengan polaritas positif tidak dapat dihitung"


def test_machine_formats_keep_their_keys_in_english():
    figures = compute(_rendered_project(), 2025)
    assert figures_report.export(figures, "json", "en") == figures_report.export(
        figures, "json", "id"
    )
    rows = {
        lang: list(
            csv.reader(io.StringIO(figures_report.export(figures, "csv", lang)), delimiter=";")
        )
        for lang in ("id", "en")
    }
    assert rows["id"][0] == rows["en"][0]
    assert rows["en"][0][:3] == ["code", "indicator", "satuan"]
    note = rows["en"][0].index("note")
    assert rows["en"][2][note] == "a target of 0 with positive polarity cannot be computed"
    for indonesian, english in zip(rows["id"], rows["en"], strict=True):
        assert indonesian[:note] + indonesian[note + 1 :] == english[:note] + english[note + 1 :]


def test_render_rejects_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown figures format"):
        figures_report.export(compute(_rendered_project(), 2025), "xml", "id")
