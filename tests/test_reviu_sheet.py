"""`lakip reviu`: the Inspektorat's worksheet, decided from the data and the built report.

One sample repository goes through the SOP for real (PK signed with the head's SSH key, the
report released and signed on 20 February, receipts from every recipient), and `lakip reviu`
runs on it once for the module. Clones of it, each with one thing taken away, show that the
corresponding item flips; those re-evaluate against the same report pages without rebuilding.
"""

from __future__ import annotations

import datetime
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pdfplumber
import pytest

from gitfixtures import module_git_env, sample_repo
from helpers import run_lakip
from lakip.compute.figures import compute
from lakip.gitrepo import Tag
from lakip.model import REGIONAL_AGENCY, REGIONAL_GOVERNMENT, Target
from lakip.pipeline import release
from lakip.release import registers
from lakip.release.distribute import recipients_of
from lakip.reviu import pages as pdf_pages
from lakip.reviu.checklist import FOR_REVIEWER, ITEMS, MET, NOT_MET, NOT_YET
from lakip.reviu.items import Inputs, Result
from lakip.reviu.recompute import as_printed, recomputed
from lakip.reviu.sheet import Row, evaluate, scores
from lakip.reviu.steps import Signing, deadline, on_time
from lakip.reviu.write import write_pdf, write_xlsx
from lakip.sop.targetlock import check_targets, sign_pk
from lakip.validate.gate import load_and_validate
from signing import HEAD, signers_line, ssh_key

SLOW = pytest.mark.slow  # the `reviewed` fixture builds the final report twice (release, reviu)

YEAR = 2025
SIGNED_ON = "2026-02-20T10:00:00+07:00"


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """The sample released and delivered, and `lakip reviu 2025` run on it (text output)."""
    tmp = tmp_path_factory.mktemp("reviu")
    env = module_git_env(tmp)  # for the whole module: the builds are slow
    repo = sample_repo(tmp / "repo")
    key = ssh_key(tmp, "head")
    repo.commit("Register the head's key", {".github/allowed_signers": signers_line(HEAD, key)})
    repo.git("config", "gpg.format", "ssh")
    repo.git("config", "user.signingkey", str(key))
    env.setenv("GIT_COMMITTER_DATE", SIGNED_ON)  # the tags' dates: the head signs on 20 Feb
    sign_pk(repo.root, YEAR)
    released = release(repo.root, YEAR)
    assert released.ok, released.findings
    env.delenv("GIT_COMMITTER_DATE")
    profile = load_and_validate(repo.root, YEAR).project.profile
    day = datetime.date(2026, 2, 24)
    registers.append(repo.root, YEAR, "ekspedisi", [
        {"tanggal": day, "penerima": r.code, "nomor_surat": f"050/{n}/2026", "versi": released.tag}
        for n, r in enumerate(recipients_of(profile), start=1)
    ], commit=True)  # fmt: skip
    registers.append(repo.root, YEAR, "tanda-terima", [
        {"tanggal": day, "penerima": r.code, "oleh": "Petugas", "versi": released.tag}
        for r in recipients_of(profile)
    ], commit=True)  # fmt: skip
    out = tmp / "reviu"
    code, stdout, stderr = run_lakip("reviu", YEAR, "--out", out, "--root", repo.root)
    assert code == 0, stderr
    report = next(released.bundle.glob("LKjIP-*.pdf"))
    yield repo, out, stdout, pdf_pages.read_pages(report), report
    env.undo()


def _sheet_rows(path: Path, title: str) -> list[tuple]:
    book = openpyxl.load_workbook(path, read_only=True)
    return [tuple(row) for row in book[title].iter_rows(values_only=True)]


def _measurement_pages_of(report: Path) -> dict[str, str]:
    """Independently of lakip's reader: the printed label (the PDF's page labels) of the page
    where each code first heads a row of a table with the measurement columns (pdfplumber)."""
    from pypdf import PdfReader

    labels = PdfReader(report).page_labels
    header = ["Kode", "Satuan", "Target", "Realisasi", "Capaian", "Kategori"]
    found: dict[str, str] = {}
    with pdfplumber.open(report) as pdf:
        for index, page in enumerate(pdf.pages):
            if "Capaian Kategori" not in (page.extract_text() or ""):
                continue
            for table in page.extract_tables():
                cells = [[" ".join((c or "").split()) for c in row] for row in table]
                if cells and [cells[0][0], *cells[0][2:]] == header:
                    for row in cells[1:]:
                        found.setdefault(row[0], labels[index])
    return found


@SLOW
def test_the_worksheet_lists_every_pk_indicator_with_its_printed_page(reviewed):
    repo, out, _, _, report = reviewed
    rows = _sheet_rows(out / "reviu-2025.xlsx", "PK")
    assert rows[0] == ("Kode", "Indikator", "Target PK", "Halaman")
    listed = {code: page for code, _, _, page in rows[1:]}
    assert list(listed) == [f"IKU-{n:02d}" for n in range(1, 18)]  # the PK's 17, in its order
    expected = _measurement_pages_of(report)
    assert len(expected) == 17
    assert listed == expected
    assert listed["IKU-01"] == "12"  # a printed label, not the viewer's index (21)


@SLOW
def test_every_item_has_a_verdict_in_the_xlsx_and_the_pdf(reviewed):
    _, out, stdout, _, _ = reviewed
    verdicts = {}
    for title in ("Pemenuhan Pelaporan", "Kualitas Pelaporan", "Pemanfaatan Pelaporan"):
        for row in _sheet_rows(out / "reviu-2025.xlsx", title)[1:]:
            verdicts[row[1]] = row[3]
    assert set(verdicts) == {i.code for i in ITEMS}
    assert verdicts["pk-diungkap"] == "Memenuhi"
    assert verdicts["ditandatangani"] == "Memenuhi"
    assert verdicts["tepat-waktu"] == "Memenuhi"  # 20 February, before the end of February
    assert verdicts["disampaikan"] == "Memenuhi"
    assert verdicts["target-terkunci"] == "Memenuhi"
    assert verdicts["hitung-ulang"] == "Memenuhi"
    assert verdicts["tindak-lanjut"] == "Dinilai penilai"
    # S3 compares IKU-06 with a national standard and states that IKU-07 has none
    assert verdicts["banding-nasional"] == "Memenuhi"
    with pdfplumber.open(out / "reviu-2025.pdf") as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    flat = " ".join(text.split())
    assert "Kertas Kerja Reviu atas Laporan Kinerja Instansi Pemerintah Tahun 2025" in flat
    assert "Pemenuhan Pelaporan" in flat and "Penilaian mandiri" in flat
    assert flat.count("Dinilai penilai") == 3
    assert flat.count("Memenuhi") == 16  # the data's 15 verdicts and the score table's header
    assert "bukan nilai evaluator SAKIP" in flat
    assert "Butir reviu 2025: 15 memenuhi, 0 tidak memenuhi, 0 belum, 3 untuk penilai." in stdout
    # every data item met: 3 + 4,5 + 7,5; at stake 4,5 x 1/10 (keandalan) + 7,5 x 2/3
    assert "Pelaporan Kinerja: 15,00 dari 15,00; 5,45 poin bergantung" in stdout
    assert str(out / "reviu-2025.pdf") in stdout


@SLOW
def test_sources_are_traced_to_the_commit_and_author(reviewed):
    repo, out, _, _, _ = reviewed
    rows = _sheet_rows(out / "reviu-2025.xlsx", "Sumber Data")
    first = repo.git("rev-list", "--max-parents=0", "HEAD").strip()[:7]
    iku01 = next(r for r in rows if r[0] == "IKU-01")
    assert iku01[2] == "sections/bidang-ideologi/2025/realisasi.yml:5"
    assert iku01[3:] == (first, "tester")
    assert iku01[1].startswith("Laporan Survei Pemahaman Nilai-Nilai Pancasila")


def _clone(repo, tmp_path: Path) -> Path:
    target = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(repo.root), str(target)], check=True)
    for key in ("user.name", "user.email"):
        subprocess.run(["git", "-C", str(target), "config", key, "tester"], check=True)
    return target


def _edited(repo, tmp_path: Path, rel: str, change, message: str) -> Path:
    """A clone of `repo` with `change(text)` written over `rel` and committed."""
    root = _clone(repo, tmp_path)
    path = root / rel
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    subprocess.run(["git", "-C", str(root), "commit", "-qam", message], check=True)
    return root


def _evaluate(root: Path, pages: list):
    checked = load_and_validate(root, YEAR)
    project = checked.project
    given = Inputs(
        root, project, YEAR, compute(project, YEAR), pages,
        check_targets(root, YEAR),
    )  # fmt: skip
    return {row.item.code: row.result for row in evaluate(given).rows}


@SLOW
def test_the_clone_evaluates_like_the_worksheet(reviewed, tmp_path):
    repo, _, _, pages, _ = reviewed
    results = _evaluate(_clone(repo, tmp_path), pages)
    assert results["analisis-penyebab"].verdict == MET
    assert results["rekomendasi"].verdict == MET
    assert results["disampaikan"].verdict == MET


@SLOW
def test_removing_a_narrative_subsection_flips_the_analysis(reviewed, tmp_path):
    repo, _, _, pages, _ = reviewed
    root = _edited(
        repo, tmp_path, "sections/bidang-ideologi/2025/narasi.md",
        lambda text: text[: text.index("### Kendala")] + text[text.index("### Tindak lanjut") :],
        "Drop IKU-01's 'Kendala'",
    )  # fmt: skip
    result = _evaluate(root, pages)["analisis-penyebab"]
    assert result.verdict == NOT_MET
    assert result.reason == (
        "Uraian penyebab, upaya, kendala dan tindak lanjut kurang: IKU-01 (belum lengkap)."
    )


@SLOW
def test_removing_the_recommendations_flips_the_item(reviewed, tmp_path):
    repo, _, _, pages, _ = reviewed
    root = _edited(
        repo, tmp_path, "reports/2025/bab/penutup.md",
        lambda text: text[: text.index("## Rencana Perbaikan")], "Drop the recommendations",
    )  # fmt: skip
    result = _evaluate(root, pages)["rekomendasi"]
    assert result.verdict == NOT_MET
    assert "reports/2025/bab/penutup.md" in result.reason


@SLOW
def test_removing_a_receipt_flips_delivery(reviewed, tmp_path):
    repo, _, _, pages, _ = reviewed

    def without_inspektorat(text: str) -> str:
        entries = text.split("\n- ")
        kept = [e for e in entries if "penerima: inspektorat" not in e]
        assert len(kept) == len(entries) - 1
        return "\n- ".join(kept)

    root = _edited(
        repo, tmp_path, "reports/2025/register/tanda-terima.yml", without_inspektorat,
        "Lose the Inspektorat's receipt",
    )  # fmt: skip
    result = _evaluate(root, pages)["disampaikan"]
    assert result.verdict == NOT_MET
    assert result.reason == "Belum ada tanda terima dari: Inspektorat Daerah Kabupaten Purwakarta."


@SLOW
def test_a_wrong_typed_capaian_is_named_by_the_recount(reviewed, tmp_path):
    repo, _, _, pages, _ = reviewed
    root = _edited(
        repo, tmp_path, "sections/bidang-ideologi/2025/realisasi.yml",
        lambda text: text.replace("realisasi: 92.22\n", "realisasi: 92.22\n    capaian: 90.00\n"),
        "Type a capaian: the target copied into the capaian column",
    )  # fmt: skip
    result = _evaluate(root, pages)["hitung-ulang"]
    assert result.verdict == NOT_MET
    assert result.reason == "Capaian berbeda dengan hasil hitung ulang: IKU-01 2025."
    row = next(r for r in result.rows if r[:2] == ("IKU-01", "2025"))
    assert row[2:] == ("102,47%", "102,47%", "90,00%", "berbeda")


@SLOW
def test_data_strings_are_escaped_in_the_pdf(reviewed, tmp_path):
    repo, _, _, pages, _ = reviewed
    markup = "sumber_data: <b>Survei</b> &amp; Laporan Survei"
    root = _edited(
        repo, tmp_path, "sections/bidang-ideologi/2025/realisasi.yml",
        lambda text: text.replace("sumber_data: Laporan Survei", markup, 1), "Markup in a source",
    )  # fmt: skip
    checked = load_and_validate(root, YEAR)
    given = Inputs(root, checked.project, YEAR, compute(checked.project, YEAR),
                   pages, [])  # fmt: skip
    target = tmp_path / "sheet.pdf"
    write_pdf(root, checked.project.profile, evaluate(given), target)
    with pdfplumber.open(target) as pdf:
        text = " ".join(" ".join((p.extract_text() or "") for p in pdf.pages).split())
    assert "<b>Survei</b> &amp; Laporan Survei" in text


@pytest.mark.parametrize(
    ("polarity", "target", "value", "rule", "expected"),
    [
        ("positif", "90", "92.22", "2T-R", "102.47"),
        ("negatif", "254", "181", "2T-R", "128.74"),
        ("negatif", "0.025", "0.0189", "2T-R", "124.40"),
        ("negatif", "9.20", "9.53", "T/R", "96.54"),
        ("negatif", "0", "0", "2T-R", "100.00"),
        ("negatif", "0", "1", "2T-R", "0.00"),
        ("negatif", "10", "25", "2T-R", "0.00"),  # floored at 0
        ("negatif", "10", "8", "R/T", "80.00"),
    ],
)
def test_recount_follows_the_worked_examples(polarity, target, value, rule, expected):
    found = recomputed(polarity, Target.of(Decimal(target)), Decimal(value), rule)
    assert as_printed(found, None) == Decimal(expected)


def test_recount_of_ranges_zero_targets_and_the_print_cap():
    band = Target(Decimal(80), Decimal(90))
    assert as_printed(recomputed("positif", band, Decimal(85), "2T-R"), None) == Decimal("100.00")
    assert as_printed(recomputed("positif", band, Decimal(72), "2T-R"), None) == Decimal("90.00")
    assert as_printed(recomputed("positif", band, Decimal(99), "2T-R"), None) == Decimal("110.00")
    assert recomputed("positif", Target.of(Decimal(0)), Decimal(5), "2T-R") is None
    assert recomputed("negatif", Target.of(Decimal(5)), Decimal(0), "T/R") is None
    capped = recomputed("positif", Target.of(Decimal(80)), Decimal(83), "2T-R")  # 103,75
    assert as_printed(capped, Decimal(100)) == Decimal("100.00")


def _row(code: str, verdict: str, recorded: str = "") -> Row:
    item = next(i for i in ITEMS if i.code == code)
    return Row(0, item, Result(code, verdict, ""), recorded)


def test_the_self_assessment_by_hand():
    verdicts = {
        "pk-diungkap": MET, "ditandatangani": MET, "tepat-waktu": NOT_MET,
        "disampaikan": NOT_YET, "dipublikasikan": MET,
        "rekomendasi": MET,
    }  # fmt: skip
    recorded = {"keandalan-informasi": MET, "pemanfaatan-perencanaan": NOT_MET}
    rows = []
    for item in ITEMS:
        if item.subcomponent == "kualitas" and item.code != "keandalan-informasi":
            verdict = NOT_MET if item.code == "hitung-ulang" else MET
        else:
            verdict = verdicts.get(item.code, FOR_REVIEWER)
        rows.append(_row(item.code, verdict, recorded.get(item.code, "")))
    found = {s.code: s for s in scores(rows)}
    # pemenuhan: 3 met of 4 decided (disampaikan not yet): 3 x 3/4; 1 of 5 at stake: 3 x 1/5
    assert (found["pemenuhan"].met, found["pemenuhan"].decided) == (3, 4)
    assert found["pemenuhan"].value == Decimal("2.25")
    assert found["pemenuhan"].at_stake == Decimal("0.6")
    # kualitas: 8 of 9 data items met, the reviewer's recorded MET: 9 of 10, 4,5 x 9/10
    assert (found["kualitas"].met, found["kualitas"].decided) == (9, 10)
    assert found["kualitas"].value == Decimal("4.05")
    assert found["kualitas"].at_stake == 0
    # pemanfaatan: rekomendasi met, the reviewer's NOT_MET, tindak-lanjut open: 7,5 x 1/2
    assert (found["pemanfaatan"].met, found["pemanfaatan"].decided) == (1, 2)
    assert found["pemanfaatan"].value == Decimal("3.75")
    assert found["pemanfaatan"].at_stake == Decimal("2.5")
    total = sum(s.value for s in found.values())
    assert total == Decimal("10.05")


RECORD = """\
tahun: 2025
inspektur:
  nama: Drs. H. Wawan Setiawan, M.Si.
  jabatan: Inspektur Daerah Kabupaten Purwakarta
  nip: "196805121994031007"
butir:
  - kode: analisis-penyebab
    simpulan: tidak-memenuhi
    catatan: Hambatan IKU-03 belum dijelaskan.
    tanggal: 2026-03-03
  - kode: keandalan-informasi
    simpulan: memenuhi
    tanggal: 2026-03-03
"""
ANSWER = """\
tahun: 2025
tanggapan:
  - kode: analisis-penyebab
    tanggal: 2026-03-05
    jawaban: Narasi hambatan IKU-03 telah dilengkapi.
"""


@SLOW
def test_the_reviewers_recorded_verdicts_stand_beside_the_datas(reviewed, tmp_path):
    repo, _, _, pages, _ = reviewed
    root = _clone(repo, tmp_path)
    (root / "reports/2025/reviu").mkdir()
    (root / "reports/2025/reviu/reviu.yml").write_text(RECORD, encoding="utf-8")
    (root / "reports/2025/reviu/tanggapan.yml").write_text(ANSWER, encoding="utf-8")
    checked = load_and_validate(root, YEAR)
    given = Inputs(root, checked.project, YEAR, compute(checked.project, YEAR), pages, [])
    sheet = evaluate(given)
    rows = {row.item.code: row for row in sheet.rows}
    assert rows["analisis-penyebab"].result.verdict == MET  # the data's
    assert rows["analisis-penyebab"].recorded == NOT_MET  # the reviewer's, which the score counts
    assert rows["analisis-penyebab"].note == (
        "Hambatan IKU-03 belum dijelaskan. "
        "Tanggapan instansi: Narasi hambatan IKU-03 telah dilengkapi."
    )
    listed = {item["code"]: item for item in sheet.as_dict()["items"]}  # --format json
    assert listed["analisis-penyebab"]["recorded"] == NOT_MET
    assert listed["keandalan-informasi"]["verdict"] == FOR_REVIEWER
    quality = next(s for s in sheet.scores if s.code == "kualitas")
    # 9 data items of which analisis-penyebab now counts as not met, the reviewer's
    # keandalan-informasi met: 9 of 10
    assert (quality.met, quality.decided, quality.pending) == (9, 10, 0)
    target = tmp_path / "sheet.xlsx"
    write_xlsx(sheet, target)
    row = next(r for r in _sheet_rows(target, "Kualitas Pelaporan") if r[1] == "analisis-penyebab")
    assert row[3:] == (
        "Memenuhi",
        row[4],
        "Tidak memenuhi",
        "Hambatan IKU-03 belum dijelaskan. "
        "Tanggapan instansi: Narasi hambatan IKU-03 telah dilengkapi.",
    )


@SLOW
def test_before_the_signature_the_last_four_items_are_not_yet(reviewed, tmp_path):
    repo, _, _, pages, _ = reviewed
    root = _clone(repo, tmp_path)
    subprocess.run(["git", "-C", str(root), "tag", "-d", "lakip-2025-v1"], check=True)
    results = _evaluate(root, pages)
    late = ("ditandatangani", "tepat-waktu", "disampaikan", "dipublikasikan")
    assert {code: results[code].verdict for code in late} == dict.fromkeys(late, NOT_YET)
    assert results["tepat-waktu"].reason == "Belum ditandatangani; batas waktu 2026-02-28."


def test_the_deadline_is_the_end_of_february_or_31_march_for_a_regional_government():
    assert deadline(2025, REGIONAL_AGENCY) == datetime.date(2026, 2, 28)
    assert deadline(2023, REGIONAL_AGENCY) == datetime.date(2024, 2, 29)  # a leap year
    assert deadline(2025, REGIONAL_GOVERNMENT) == datetime.date(2026, 3, 31)


@SLOW
def test_a_signature_after_the_deadline_is_late_by_its_days(reviewed, tmp_path):
    repo, _, _, pages, _ = reviewed
    root = _clone(repo, tmp_path)
    checked = load_and_validate(root, YEAR)
    given = Inputs(root, checked.project, YEAR, compute(checked.project, YEAR), pages, [])
    tag = Tag("lakip-2025-v1", datetime.datetime(2026, 3, 2, 9, tzinfo=datetime.UTC), True)
    result = on_time(given, Signing((tag,), tag))
    assert (result.verdict, result.reason) == (NOT_MET, "Ditetapkan 2026-03-02, terlambat 2 hari.")


@SLOW
def test_the_worksheet_files_are_reproducible(sample_copy, tmp_path):
    """Written twice, the PDF and the XLSX are the same bytes (nothing dated by the clock)."""
    checked = load_and_validate(sample_copy, YEAR)
    project = checked.project
    given = Inputs(sample_copy, project, YEAR, compute(project, YEAR), [], None)
    sheet = evaluate(given)
    assert {r.item.code: r.result.verdict for r in sheet.rows}["target-terkunci"] == NOT_MET
    written = []
    for name in ("a", "b"):
        write_pdf(sample_copy, project.profile, sheet, tmp_path / f"{name}.pdf")
        write_xlsx(sheet, tmp_path / f"{name}.xlsx")
        written.append(
            ((tmp_path / f"{name}.pdf").read_bytes(), (tmp_path / f"{name}.xlsx").read_bytes())
        )
    assert written[0] == written[1]
