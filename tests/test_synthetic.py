"""Synthetic agencies are valid data shaped like the sample, so the benchmark's numbers count."""

from __future__ import annotations

import sys
from pathlib import Path

from helpers import REPO
from lakip.assemble.exports import export
from lakip.compute.figures import compute
from lakip.validate.gate import load_and_validate

sys.path.insert(0, str(REPO / "scripts" / "dev"))

from synthetic import generate, history_years  # noqa: E402


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_a_2x_agency_validates_clean_and_its_figures_compute(tmp_path: Path) -> None:
    root = generate(tmp_path / "agency", 2)
    result = load_and_validate(root, None, final=True)
    assert [f"{f.path}:{f.line}: {f.code}" for f in result.findings] == []
    project, year = result.project, result.year
    assert year == 2025
    assert len(project.units) == 12
    assert len(project.renstra.indicators) == 34
    assert sorted(project.pks) == list(range(2025 - history_years(2) + 1, 2026))
    assert len(project.pks[year].kegiatan) == 2 * len(
        load_and_validate(REPO).project.pks[year].kegiatan
    )
    figures = compute(project, year)
    assert len(figures.indicators) == 34
    assert all(f.capaian.value is not None for f in figures.indicators)
    assert all(len(f.history) == 3 for f in figures.indicators)  # the report shows n-2 .. n


def test_a_1x_agency_has_the_sample_figures(tmp_path: Path) -> None:
    root = generate(tmp_path / "agency", 1)
    sample, synthetic = load_and_validate(REPO), load_and_validate(root)
    assert synthetic.ok
    assert export(compute(synthetic.project, 2025), "json", "en") == export(
        compute(sample.project, 2025), "json", "en"
    )


def test_the_same_seed_gives_the_same_agency(tmp_path: Path) -> None:
    first = _files(generate(tmp_path / "a", 2, seed=7))
    assert first == _files(generate(tmp_path / "b", 2, seed=7))
    assert first != _files(generate(tmp_path / "c", 2, seed=8))
