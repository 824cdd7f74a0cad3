"""`lakip new`: opening a reporting year records the letter, scaffolds each unit's files (which
validate, their gaps being warnings), never overwrites, and prints the disposition sheet."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from lakip.cli.main import main

UNITS = (
    "bidang-ideologi",
    "bidang-ketahanan",
    "bidang-kewaspadaan",
    "bidang-politik",
    "subbagian-perencanaan",
    "subbagian-umum",
)
NUMBER = "005/017/Bappeda/2027"
ARGS = ["new", "2026", "--surat-nomor", NUMBER, "--surat-tanggal", "2027-01-06"]


@pytest.fixture
def repo(repo, monkeypatch):
    pk = repo.read("reports/2025/pk.yml").replace("tahun: 2025", "tahun: 2026")
    repo.commit("Add the 2026 PK", {"reports/2026/pk.yml": pk})
    # The day the letter is recorded, as the commit will carry it: the letter is not in the future.
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2027-01-06T10:00:00+07:00")
    return repo


def _new(repo, *extra: str) -> int:
    return main([*ARGS, "--root", str(repo.root), *extra])


def test_scaffolds_every_unit_and_the_letter(repo, capsys):
    assert _new(repo, "--pengirim", "Bappeda Kabupaten Purwakarta") == 0
    out = capsys.readouterr().out
    assert repo.read("reports/2026/surat.yml").splitlines()[2:] == [
        "tahun: 2026",
        f'nomor: "{NUMBER}"',
        "tanggal: 2027-01-06",
        'perihal: "Permintaan Laporan Kinerja Instansi Pemerintah Tahun 2026"',
        'pengirim: "Bappeda Kabupaten Purwakarta"',
        "tenggat: 2027-01-20",  # letter date + 14 days
    ]
    for slug in UNITS:
        for name in ("realisasi.yml", "anggaran.yml", "narasi.md"):
            assert f"ditulis:  sections/{slug}/2026/{name}" in out
    assert "Tahun 2026 dibuka: surat 005/017/Bappeda/2027, tenggat 20 Januari 2027." in out
    assert "lakip status 2026" in out and "pull request" in out

    realisation = repo.read("sections/bidang-politik/2026/realisasi.yml").splitlines()
    assert realisation[0] == (
        "# yaml-language-server: $schema=../../../scripts/lakip/schemas/realisasi.json"
    )
    at = realisation.index("  - kode: IKU-06")
    assert realisation[at - 2 : at + 2] == [
        "  # Indeks Demokrasi Indonesia (IDI) Kabupaten Purwakarta",
        "  # satuan: indeks; target 2026: 79.00",
        "  - kode: IKU-06",
        "    realisasi:",
    ]
    budget = repo.read("sections/bidang-politik/2026/anggaran.yml")
    assert '  # pagu: Rp742.500.000\n  - kode: "8.01.03.2.01"\n    realisasi:\n' in budget
    narrative = repo.read("sections/bidang-politik/2026/narasi.md")
    assert "## IKU-09 Rasio organisasi kemasyarakatan" in narrative
    for part in ("Penyebab", "Upaya", "Kendala", "Tindak lanjut"):
        assert narrative.count(f"### {part}") == 4  # one per indicator of the unit


def test_next_steps_go_through_a_pull_request(repo, capsys):
    assert _new(repo) == 0
    out = capsys.readouterr().out
    assert (
        "git switch -c buka-tahun-2026 && git add reports/2026/surat.yml sections/*/2026 && "
        'git commit -m "Buka tahun laporan 2026" && git push -u origin buka-tahun-2026, '
        "lalu buat pull request ke main dan gabungkan."
    ) in out
    assert "&& git push\n" not in out


def test_scaffold_validates_with_warnings_only(repo, capsys):
    assert _new(repo) == 0
    capsys.readouterr()
    code = main(["validate", "--root", str(repo.root), "--year", "2026", "--format", "json"])
    found = json.loads(capsys.readouterr().out)
    assert code == 0
    assert not [f for f in found if f["severity"] == "error"]
    mine = [f for f in found if f["path"].startswith("sections/bidang-politik/2026/")]
    assert {(f["code"], f["severity"]) for f in mine} == {
        ("missing-realisation", "warning"),
        ("missing-budget", "warning"),
        ("narrative-empty", "warning"),  # the scaffold's headings are not a narrative yet
    }


def test_rerun_refuses_and_never_overwrites(repo, capsys):
    assert _new(repo) == 0
    edited = "sections/bidang-ideologi/2026/realisasi.yml"
    repo.write({edited: repo.read(edited).replace("realisasi:\n", "realisasi: 88.5\n", 1)})
    letter = repo.read("reports/2026/surat.yml")
    capsys.readouterr()

    assert _new(repo, "--tenggat", "2027-02-01") == 2
    err = capsys.readouterr().err
    assert "reports/2026/surat.yml sudah ada: tahun 2026 sudah dibuka" in err
    assert repo.read("reports/2026/surat.yml") == letter

    (repo.root / "reports/2026/surat.yml").unlink()  # the letter was recorded wrongly: redo
    assert _new(repo, "--tenggat", "2027-02-01") == 0
    out = capsys.readouterr().out
    assert f"dilewati: {edited} (sudah ada, tidak ditimpa)" in out
    assert "ditulis:  reports/2026/surat.yml" in out
    assert "realisasi: 88.5" in repo.read(edited)
    assert "tenggat: 2027-02-01" in repo.read("reports/2026/surat.yml")


def test_disposition_pdf_carries_the_letter(repo, capsys):
    assert _new(repo, "--perihal", "Permintaan LKjIP 2026") == 0
    assert "Lembar disposisi: build/disposisi-2026.pdf" in capsys.readouterr().out
    reader = PdfReader(repo.root / "build/disposisi-2026.pdf")
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (210, 297)
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in (
        "LEMBAR DISPOSISI",
        "PEMERINTAH KABUPATEN PURWAKARTA",
        NUMBER,
        "6 Januari 2027",
        "Permintaan LKjIP 2026",
        "Bidang Ketahanan Ekonomi, Sosial, Budaya dan Agama",
        "Mohon disiapkan data capaian kinerja dan realisasi anggaran tahun 2026 paling lambat "
        "20 Januari 2027",
        "Dr. H. Dadang Kurniawan",
        "NIP. 19750814 199803 1 002",
    ):
        assert expected in text
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("+Liberation-Sans-Lakip" in name for name in fonts)  # shipped only


def test_year_without_pk_is_refused(repo, capsys):
    argv = ["new", "2027", "--surat-nomor", "1", "--surat-tanggal", "2027-01-02"]
    assert main([*argv, "--root", str(repo.root)]) == 2
    assert (
        "reports/2027/pk.yml belum ada. Unit perencanaan menulis Perjanjian Kinerja tahun 2027"
        in (capsys.readouterr().err)
    )
    assert not (repo.root / "reports/2027").exists()


def test_bad_date_is_a_usage_error(repo, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["new", "2026", "--surat-nomor", "1", "--surat-tanggal", "06-13-2027"])
    assert exit_info.value.code == 2
    assert "06-13-2027" in capsys.readouterr().err


def test_broken_pk_writes_nothing(repo, capsys):
    pk = repo.read("reports/2026/pk.yml").replace("kode: IKU-02", "kode: IKU-01", 1)
    repo.write({"reports/2026/pk.yml": pk})
    assert _new(repo) == 1
    assert "[duplicate-code]" in capsys.readouterr().out
    assert not (repo.root / "reports/2026/surat.yml").exists()
    assert not list(repo.root.glob("sections/*/2026"))
    assert not (repo.root / "build").exists()


@pytest.mark.slow  # builds the disposition PDF twice
def test_disposition_pdf_is_reproducible(repo, capsys):
    assert _new(repo) == 0
    first = (repo.root / "build/disposisi-2026.pdf").read_bytes()
    (repo.root / "reports/2026/surat.yml").unlink()
    assert _new(repo) == 0
    assert (repo.root / "build/disposisi-2026.pdf").read_bytes() == first


def test_scaffold_quotes_a_range_target_as_the_data_has_it():
    from pathlib import Path

    from lakip.load.project import load_project
    from lakip.sop.open_year import realisation_yaml

    project, _ = load_project(Path(__file__).resolve().parents[1])
    text = "".join(realisation_yaml(d, 2025, project) for d in project.duties(2025).values())
    assert "  # satuan: indeks; target 2025: 82.00-88.30\n" in text  # as the data files write it


def test_owners_and_duties_come_from_the_model():
    from pathlib import Path

    from lakip.load.project import load_project

    project, _ = load_project(Path(__file__).resolve().parents[1])
    renstra = {i.code: i.owner for i in project.renstra.indicators}
    pk = project.pks[2025]
    assert {t.code: project.owner(t.code, 2025) for t in pk.targets} == {
        t.code: renstra[t.code] for t in pk.targets
    }
    assert project.owner("IKU-99", 2025) is None
    first = pk.kegiatan[0]
    assert pk.kegiatan_of(first.code) is first and pk.kegiatan_of("9.99") is None
    duties = project.duties(2025)
    assert list(duties) == sorted(duties, key=lambda s: (project.units[s].order, s))
    for slug, duty in duties.items():
        assert all(project.owner(i.code, 2025) == slug for i in duty.indicators)
        assert all(k.unit == slug for k in duty.kegiatan)
    assert sum(len(d.indicators) for d in duties.values()) == len(pk.targets)
    assert sum(len(d.kegiatan) for d in duties.values()) == len(pk.kegiatan)


PLANNER = "agus-setiawan-se"


def _opening_pull_request(repo) -> None:
    """Planning's year-opening as the guide says: `lakip new` on a branch, committed, pushed."""
    repo.switch("buka-tahun-2026", create=True)
    assert _new(repo) == 0
    repo.git("add", "reports/2026/surat.yml", "sections")
    repo.git("commit", "-q", "-m", "Buka tahun laporan 2026", author=PLANNER)


def _ownership(repo, capsys, author: str = PLANNER) -> tuple[int, list[dict]]:
    capsys.readouterr()
    argv = ["check-ownership", "--root", str(repo.root), "--base", "main", "--author", author]
    code = main([*argv, "--format", "json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else []


def test_planning_opens_the_year_through_the_ownership_check(repo, capsys):
    # The step-1 dead-end: the scaffold writes into every unit's folder (18 files).
    _opening_pull_request(repo)
    assert _ownership(repo, capsys) == (0, [])
    # Exactly the scaffold: one character more in a unit's file is that unit's business.
    rel = "sections/bidang-politik/2026/realisasi.yml"
    repo.commit("Isi sekalian", {rel: repo.read(rel) + "  # diisi perencanaan\n"}, author=PLANNER)
    code, found = _ownership(repo, capsys)
    assert code == 1 and [f["path"] for f in found] == [rel]
    # And only for planning: a unit member may not open the year for everyone.
    repo.git("reset", "-q", "--hard", "HEAD~1")
    code, found = _ownership(repo, capsys, author="deden-hidayat")
    assert code == 1 and len(found) == 16  # the letter, and 15 files of the other five units


def test_the_scaffold_never_rewrites_a_units_existing_file(repo, capsys):
    rel = "sections/bidang-politik/2026/narasi.md"
    repo.commit("Narasi awal", {rel: "## IKU-06\n\nSudah ditulis unit.\n"}, author="deden-hidayat")
    _opening_pull_request(repo)
    assert _ownership(repo, capsys) == (0, [])  # skipped: the unit's file stays as it is
    from lakip.load.project import load_project
    from lakip.sop.open_year import scaffold

    project, _ = load_project(repo.root)
    repo.commit("Timpa", {rel: scaffold(project, 2026)[rel]}, author=PLANNER)
    code, found = _ownership(repo, capsys)
    assert code == 1 and [f["path"] for f in found] == [rel]


def test_a_deadline_before_the_letter_is_refused(repo, capsys):
    assert _new(repo, "--tenggat", "2027-01-05") == 2
    assert "Tenggat 2027-01-05 lebih awal dari tanggal surat 2027-01-06" in capsys.readouterr().err
    assert not (repo.root / "reports/2026/surat.yml").exists()


def test_a_letter_dated_or_received_in_the_future_is_refused(repo, capsys):
    assert _new(repo, "--surat-tanggal", "2027-01-07") == 2  # repo's day: 2027-01-06
    assert "Tanggal 2027-01-07 belum tiba (hari ini 2027-01-06)" in capsys.readouterr().err
    assert _new(repo, "--diterima", "2027-02-01", "--lang", "en") == 2
    assert "The date 2027-02-01 has not come yet" in capsys.readouterr().err
    assert not (repo.root / "reports/2026/surat.yml").exists()


def test_a_unit_year_folder_linked_out_of_the_repository_is_never_written(repo, tmp_path, capsys):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (repo.root / "sections/bidang-politik/2026").symlink_to(outside)
    assert _new(repo) == 1
    err = capsys.readouterr()
    assert "sections/bidang-politik/2026: kesalahan: Tautan simbolik menunjuk ke luar" in (
        err.out + err.err
    )
    assert list(outside.iterdir()) == []
    assert not (repo.root / "reports/2026/surat.yml").exists()
    assert not (repo.root / "sections/bidang-ideologi/2026").exists()
