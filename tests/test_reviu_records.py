"""The Inspektorat's reviu records: loading, who may write them, the statement page, the release
gate and the timeline. Golden bad-input cases are tests/cases/invalid/800-809."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import pdfplumber
import pytest

from gitfixtures import make_repo
from lakip.assemble.report import assemble
from lakip.cli.main import main
from lakip.load.project import load_project
from lakip.pipeline import build
from lakip.render.htmlblocks import signature_html
from lakip.sop import timeline
from test_workflow_ownership import PROFILE as OWNERSHIP_PROFILE
from test_workflow_ownership import _unit

REVIEW = "reports/2025/reviu/reviu.yml"
ANSWERS = "reports/2025/reviu/tanggapan.yml"

# A revised verdict (analisis-penyebab: tidak-memenuhi on 3 March, memenuhi on 10 March), dates in
# three Indonesian forms, and a conclusion on 11 March 2026.
RECORD = """\
tahun: 2025
inspektur:
  nama: Drs. H. Wawan Setiawan, M.Si.
  jabatan: Inspektur Daerah Kabupaten Purwakarta
  pangkat: Pembina Utama Muda
  golongan: IV/c
  nip: "196805121994031007"
reviewer:
  - nama: Nur Aini, S.E., Ak.
    nip: "198203152006042011"
    peran: Ketua Tim
butir:
  - kode: analisis-penyebab
    simpulan: tidak-memenuhi
    catatan: Hambatan IKU-03 belum dijelaskan.
    tanggal: 3 Maret 2026
  - kode: pk-diungkap
    simpulan: memenuhi
    tanggal: 2026-03-03
  - kode: analisis-penyebab
    simpulan: memenuhi
    catatan: Sudah dilengkapi pada narasi IKU-03.
    tanggal: 10/03/2026
"""
CONCLUSION = """\
simpulan:
  tanggal: 11 Maret 2026
  nomor: 700/45/Itda/2026
"""
ANSWER = """\
tahun: 2025
tanggapan:
  - kode: analisis-penyebab
    tanggal: 5 Maret 2026
    jawaban: Narasi hambatan IKU-03 telah dilengkapi.
"""


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")


def test_a_record_loads_with_its_revisions_and_answers(sample_copy):
    _write(sample_copy, {REVIEW: RECORD + CONCLUSION, ANSWERS: ANSWER})
    project, found = load_project(sample_copy)
    assert found == []
    review = project.reviews[2025]
    assert review.inspector.nip == "196805121994031007"
    assert [r.name for r in review.reviewers] == ["Nur Aini, S.E., Ak."]
    # the later entry revises the first; both stay in the record
    assert len(review.verdicts) == 3
    assert review.current["analisis-penyebab"].simpulan == "memenuhi"
    assert review.current["analisis-penyebab"].tanggal == datetime.date(2026, 3, 10)
    assert review.started == datetime.date(2026, 3, 3)
    assert review.conclusion.tanggal == datetime.date(2026, 3, 11)
    assert review.conclusion.nomor == "700/45/Itda/2026"
    assert review.unanswered() == []


def test_a_note_answered_before_it_was_revised_back_counts_only_from_its_date(sample_copy):
    # The note of 3 March answered on 2 March: the answer predates it, so it stays unanswered.
    record = RECORD.split("  - kode: pk-diungkap")[0]
    answer = ANSWER.replace("5 Maret 2026", "2 Maret 2026")
    _write(sample_copy, {REVIEW: record, ANSWERS: answer})
    project, found = load_project(sample_copy)
    assert found == []
    assert [v.kode for v in project.reviews[2025].unanswered()] == ["analisis-penyebab"]


def test_unknown_code_names_the_nearest_one(sample_copy, capsys):
    _write(sample_copy, {REVIEW: RECORD.replace("kode: pk-diungkap", "kode: pk-diungkp")})
    code = main(["validate", "--root", str(sample_copy), "--format", "json", "--lang", "en"])
    found = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [(f["line"], f["code"]) for f in found] == [(17, "reviu-unknown-code")]
    assert "Did you mean 'pk-diungkap'?" in found[0]["message"]


def test_concluding_over_an_unanswered_note_is_a_warning_naming_the_answers_file(sample_copy):
    record = RECORD.split("  - kode: pk-diungkap")[0] + CONCLUSION
    _write(sample_copy, {REVIEW: record})
    _, found = load_project(sample_copy)
    assert [(f.code, f.severity) for f in found] == [("reviu-concluded-unanswered", "warning")]
    assert ANSWERS in found[0].message("id")


# The statement page ------------------------------------------------------------------------


def _chapters(root: Path) -> list[str]:
    project, _ = load_project(root)
    report = assemble(project, 2025, draft=True, date=datetime.date(2026, 3, 12))
    return [chapter.id for chapter in report.chapters]


def test_no_statement_without_a_conclusion(sample_copy):
    assert "pernyataan-reviu" not in _chapters(sample_copy)
    _write(sample_copy, {REVIEW: RECORD, ANSWERS: ANSWER})
    assert "pernyataan-reviu" not in _chapters(sample_copy)
    _write(sample_copy, {REVIEW: RECORD + CONCLUSION})
    assert _chapters(sample_copy)[:2] == ["kata-pengantar", "pernyataan-reviu"]


def test_the_statement_prints_the_inspektur_as_text(sample_copy):
    hostile = RECORD.replace("Drs. H. Wawan Setiawan, M.Si.", "Wawan <b>Setiawan</b> & Co")
    _write(sample_copy, {REVIEW: hostile + CONCLUSION})
    project, _ = load_project(sample_copy)
    report = assemble(project, 2025, draft=True, date=datetime.date(2026, 3, 12))
    chapter = next(c for c in report.chapters if c.id == "pernyataan-reviu")
    html = signature_html(chapter.blocks[-1])
    assert "Wawan &lt;b&gt;Setiawan&lt;/b&gt; &amp; Co" in html
    assert "<b>" not in html


@pytest.mark.slow
def test_a_recorded_reviu_produces_the_statement_page_in_the_final_pdf(sample_copy, tmp_path):
    _write(sample_copy, {REVIEW: RECORD + CONCLUSION, ANSWERS: ANSWER})
    result = build(sample_copy, tmp_path / "out", 2025, final=True)
    assert result.ok, [f.message("en") for f in result.findings]
    with pdfplumber.open(result.pdf) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    statement = [i for i, text in enumerate(pages) if "Kami telah mereviu" in text]
    assert len(statement) == 1
    page = pages[statement[0]]
    assert page.count("PERNYATAAN TELAH DIREVIU") >= 1
    lines = page.splitlines()
    # place and date, the position on two lines, the name, rank (grade), NIP in groups 8 6 1 3
    at = lines.index("Purwakarta, 11 Maret 2026")
    assert lines[at + 1 : at + 6] == [
        "INSPEKTUR DAERAH",
        "KABUPATEN PURWAKARTA",
        "Drs. H. Wawan Setiawan, M.Si.",
        "Pembina Utama Muda (IV/c)",
        "NIP. 19680512 199403 1 007",
    ]
    assert "Nomor: 700/45/Itda/2026" in lines
    assert "Laporan Kinerja Badan Kesatuan Bangsa dan Politik Kabupaten" in page
    # right after the Kata Pengantar, listed in the Daftar Isi on its roman page
    assert "KATA PENGANTAR" in pages[statement[0] - 1]
    contents = next(text for text in pages if "DAFTAR ISI" in text and "....." in text)
    assert "PERNYATAAN TELAH DIREVIU" in contents


# Who may write the records -----------------------------------------------------------------

PROFILE = OWNERSHIP_PROFILE.replace(
    "perencanaan: perencanaan\n",
    "perencanaan: perencanaan\nsekretariat: umum\ninspektorat:\n  akun: [wawan-itda]\n",
)


@pytest.fixture
def office(git_env, tmp_path):
    return make_repo(
        tmp_path / "office",
        {
            "reports/profil.yml": PROFILE,
            "reports/2025/pk.yml": "tahun: 2025\n",
            "sections/politik/unit.yml": _unit("Politik", "ikhsan"),
            "sections/perencanaan/unit.yml": _unit("Perencanaan", "agus"),
            "sections/umum/unit.yml": _unit("Umum", "rina"),
        },
    )


def _ownership(repo, branch: str, files: dict, who: str, capsys) -> tuple[int, list]:
    repo.switch(branch, create=True)
    repo.commit(f"{branch} by {who}", files, author=who)
    capsys.readouterr()
    code = main(
        [
            *("check-ownership", "--root", str(repo.root), "--base", "main"),
            *("--author", who, "--format", "json"),
        ]
    )
    out = capsys.readouterr().out
    repo.switch("main")
    return code, [(f["path"], f["code"]) for f in json.loads(out)] if out.strip() else []


def test_only_the_inspektorat_records_verdicts(office, capsys):
    verdict = {REVIEW: RECORD}
    refused = (1, [(REVIEW, "ownership-reviu")])
    assert _ownership(office, "staff", verdict, "ikhsan", capsys) == refused
    assert _ownership(office, "planning", verdict, "agus", capsys) == refused
    # not even the head, whose report it judges
    assert _ownership(office, "head", verdict, "kepala-contoh", capsys) == refused
    assert _ownership(office, "reviu", verdict, "wawan-itda", capsys) == (0, [])


def test_the_agency_answers_through_planning_or_the_secretariat(office, capsys):
    answer = {ANSWERS: ANSWER}
    assert _ownership(office, "answer-planning", answer, "agus", capsys) == (0, [])
    assert _ownership(office, "answer-secretariat", answer, "rina", capsys) == (0, [])
    assert _ownership(office, "answer-staff", answer, "ikhsan", capsys) == (
        1,
        [(ANSWERS, "ownership")],
    )
    # the reviewer records verdicts, not the agency's answers, nor anything else in reports/
    code, found = _ownership(office, "answer-reviewer", answer, "wawan-itda", capsys)
    assert (code, found) == (1, [(ANSWERS, "ownership")])
    code, found = _ownership(
        office, "pk-reviewer", {"reports/2025/pk.yml": "#\n"}, "wawan-itda", capsys
    )
    assert (code, found) == (1, [("reports/2025/pk.yml", "ownership")])


def test_only_the_head_names_the_inspektorat(office, capsys):
    swapped = {"reports/profil.yml": PROFILE.replace("wawan-itda", "agus")}
    assert _ownership(office, "swap", swapped, "agus", capsys) == (
        1,
        [("reports/profil.yml", "ownership-roles")],
    )
    assert _ownership(office, "swap-head", swapped, "kepala-contoh", capsys) == (0, [])


def test_codeowners_gives_the_record_to_the_inspektorat(office):
    from lakip.sop.codeowners import codeowners

    lines = codeowners(office.root).splitlines()
    assert ["/reports/*/reviu/reviu.yml", "@wawan-itda"] in [line.split() for line in lines]
    assert any(
        line.startswith("/reports/*/reviu/tanggapan.yml") and "@agus @rina" in line
        for line in lines
    )


# The records are ledgers -------------------------------------------------------------------


def _ledger(repo, capsys) -> list[tuple[str, int, str]]:
    capsys.readouterr()
    main(["check-registers", "--root", str(repo.root), "--base", "main", "--format", "json"])
    out = capsys.readouterr().out
    return [(f["path"], f["line"], f["code"]) for f in json.loads(out)] if out.strip() else []


def test_a_verdict_is_revised_by_a_later_entry_never_rewritten(office, capsys):
    office.commit("Reviu", {REVIEW: RECORD + CONCLUSION, ANSWERS: ANSWER}, author="wawan-itda")
    # appending a revision, and an answer, is what the ledger is for
    later = "  - kode: efisiensi\n    simpulan: memenuhi\n    tanggal: 2026-03-11\n"
    _write(office.root, {REVIEW: RECORD + later + CONCLUSION})
    assert _ledger(office, capsys) == []
    # rewriting the first verdict instead is refused, at its line
    _write(office.root, {REVIEW: RECORD.replace("tidak-memenuhi", "memenuhi") + CONCLUSION})
    assert _ledger(office, capsys) == [(REVIEW, 13, "reviu-entry-changed")]
    # so are a removed answer and a changed conclusion
    _write(office.root, {REVIEW: RECORD + CONCLUSION.replace("11 Maret", "12 Maret")})
    _write(office.root, {ANSWERS: "tahun: 2025\ntanggapan: []\n"})
    assert _ledger(office, capsys) == [
        (REVIEW, 25, "reviu-conclusion-changed"),
        (ANSWERS, 2, "reviu-entry-changed"),
    ]


# The release gate and the timeline ---------------------------------------------------------


def _require_review(repo) -> None:
    profile = repo.read("reports/profil.yml").replace(
        "  rumus_negatif:", "  wajib_reviu: true\n  rumus_negatif:"
    )
    repo.commit("Wajib reviu", {"reports/profil.yml": profile})


def test_release_is_refused_until_the_reviu_is_concluded(repo, capsys):
    _require_review(repo)
    for files in ({}, {REVIEW: RECORD}):
        if files:
            repo.commit("Reviu berjalan", files)
        assert main(["release", "2025", "--root", str(repo.root), "--no-sign-tag"]) == 2
        err = capsys.readouterr().err
        assert "reviu tahun 2025 belum disimpulkan" in err
        assert "Inspektorat mengisi 'simpulan' di reports/2025/reviu/reviu.yml" in err
        assert repo.git("tag", "--list").strip() == ""
    assert not (repo.root / "build" / "release").exists()


def test_a_concluded_reviu_passes_the_gate(repo):
    from lakip.pipeline import _require_review as gate

    _require_review(repo)
    _write(repo.root, {REVIEW: RECORD + CONCLUSION})
    project, _ = load_project(repo.root)
    gate(project, 2025)  # no refusal


def test_status_shows_the_reviu_between_the_final_draft_and_the_signature(repo):
    _write(repo.root, {REVIEW: RECORD + CONCLUSION})
    project, _ = load_project(repo.root)
    events = {e.code: e for e in timeline.events(repo.root, project, 2025)}
    assert events["event-reviu-started"].when == datetime.date(2026, 3, 3)
    assert events["event-reviu-concluded"].when == datetime.date(2026, 3, 11)
    assert events["event-reviu-concluded"].ref == "700/45/Itda/2026"
    codes = list(timeline.EVENTS)
    assert (
        codes.index("event-final-merged")
        < codes.index("event-reviu-concluded")
        < codes.index("event-release-signed")
    )
    shutil.rmtree(repo.root / "reports/2025/reviu")
    project, _ = load_project(repo.root)
    events = {e.code: e for e in timeline.events(repo.root, project, 2025)}
    assert events["event-reviu-started"].when is None


def test_the_inspektorat_is_no_account_of_the_agency(sample_copy):
    profile = sample_copy / "reports/profil.yml"
    text = profile.read_text(encoding="utf-8").replace(
        "    - wawan-inspektorat\n",
        "    - wawan-inspektorat\n    - Dadang-Kurniawan\n    - agus-setiawan-se\n",
    )
    profile.write_text(text, encoding="utf-8")
    _, found = load_project(sample_copy)
    assert [f.message("en") for f in found] == [
        "Account 'Dadang-Kurniawan' is listed as the Inspektorat and also in the agency (kepala). "
        "The reviu is recorded by the Inspektorat itself: list only the Inspektorat's reviewers "
        "in inspektorat.akun.",
        "Account 'agus-setiawan-se' is listed as the Inspektorat and also in the agency "
        "(subbagian-perencanaan). The reviu is recorded by the Inspektorat itself: list only the "
        "Inspektorat's reviewers in inspektorat.akun.",
    ]
