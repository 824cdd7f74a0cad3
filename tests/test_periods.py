"""Years and periods: the default year is the one being reported, and no year crashes a command.

A repository outlives a plan: Renstra periods follow one another, planning writes next year's
pk.yml while this year's report is still open, and a user may ask for any year at all.
"""

from __future__ import annotations

import json

import pytest

from helpers import run_lakip
from lakip.validate.gate import load_and_validate


def _pk(root, year: int) -> None:
    """Planning starts `year`: its pk.yml, and nothing else yet."""
    text = (root / "reports/2025/pk.yml").read_text(encoding="utf-8")
    (root / f"reports/{year}").mkdir(exist_ok=True)
    (root / f"reports/{year}/pk.yml").write_text(
        text.replace("tahun: 2025", f"tahun: {year}", 1), encoding="utf-8"
    )


def test_next_years_pk_alone_does_not_move_the_default_year(repo) -> None:
    _pk(repo.root, 2026)
    assert load_and_validate(repo.root).year == 2025
    code, out, err = run_lakip("--root", repo.root, "status", "--format", "json")
    assert code == 0, err
    assert json.loads(out)["year"] == 2025


def test_a_year_is_reported_once_its_letter_is_recorded(repo) -> None:
    _pk(repo.root, 2026)
    (repo.root / "reports/2026/surat.yml").write_text(
        "tahun: 2026\nnomor: 005/1/Bappeda\ntanggal: 2027-01-05\nperihal: Permintaan LKjIP\n"
        "pengirim: Bappeda\n",
        encoding="utf-8",
    )
    assert load_and_validate(repo.root).year == 2026


@pytest.mark.parametrize("year", [2015, 2019, 2022, 2023, 2026, 2027, 2031])
def test_no_year_crashes_a_command(repo, year: int) -> None:
    """Inside or outside the periods, with or without a PK: a finding or a message, no crash."""
    for planned in (2019, 2027):
        _pk(repo.root, planned)
    for command in (
        ("validate", "--year", year),
        ("figures", "--year", year),
        ("status", year),
        ("build", "--year", year, "--out", repo.root / "out"),
    ):
        if command[0] == "build" and year not in (2019, 2027):
            continue  # a PDF of each year would take minutes; these two once crashed
        code, out, err = run_lakip("--root", repo.root, *command)
        assert code in (0, 1, 2), (command, err)
        assert "internal" not in err.lower() and "internal" not in out.lower(), (command, err)


def test_a_reported_year_outside_every_period_names_the_periods(repo) -> None:
    _pk(repo.root, 2019)
    code, _, err = run_lakip("--root", repo.root, "--lang", "en", "build", "--year", 2019)
    assert code == 1
    assert (
        "reports/2019/pk.yml:2: error: The 2019 report cannot be built: 2019 is outside every "
        "Renstra period (2023-2026). Add the Renstra that covers it as "
        "reports/renstra/2019-2023.yml, or choose another year with --year. "
        "[year-outside-periods]"
    ) in err


def test_a_year_of_the_previous_period_is_compared_and_said_so(sample_copy) -> None:
    """Renstra 2024-2026 follows a one-year plan for 2023: the 2025 report compares 2023 under
    that plan, says so, and starts its trend chart at the current period's first year."""
    import datetime

    from lakip.assemble import document as d
    from lakip.assemble.report import assemble

    root = sample_copy
    current = (root / "reports/renstra.yml").read_text(encoding="utf-8")
    (root / "reports/renstra").mkdir()
    (root / "reports/renstra/2023-2023.yml").write_text(
        current.replace("awal: 2023\n  akhir: 2026", "awal: 2023\n  akhir: 2023", 1),
        encoding="utf-8",
    )
    (root / "reports/renstra.yml").write_text(
        current.replace("awal: 2023", "awal: 2024", 1), encoding="utf-8"
    )
    checked = load_and_validate(root)
    assert checked.ok, [f for f in checked.findings if f.is_error]
    project = checked.project
    assert [(r.start, r.end) for r in project.renstras] == [(2023, 2023), (2024, 2026)]
    assert project.period(2023).loc.path == "reports/renstra/2023-2023.yml"
    report = assemble(project, 2025, True, datetime.date(2026, 2, 20))
    texts = [b.text for c in report.chapters for b in c.blocks if isinstance(b, d.Paragraph)]
    assert any(
        t.startswith(
            "Tahun 2023 termasuk periode Renstra 2023–2023, sebelum Renstra 2024–2026 yang "
            "berlaku saat ini; angkanya diukur terhadap target periode itu. Indikator IKU-01 "
            "dan IKU-02 dilanjutkan dari periode itu."
        )
        for t in texts
    ), [t for t in texts if "periode" in t]
    captions = [c.caption for c in report.charts]
    assert "Rata-rata Capaian Indikator Kinerja Utama Tahun 2024–2025" in captions
    headings = [b.text for c in report.chapters for b in c.blocks if isinstance(b, d.Heading)]
    assert "Rencana Strategis 2024–2026" in headings
