"""SOP step 6 in a real repository: letters and receipt forms as PDFs, and their registers.

Every test that distributes writes a letter PDF per recipient, so it is marked slow.
"""

from __future__ import annotations

import datetime
import io

import pytest
from pypdf import PdfReader

from lakip.cli.main import main
from lakip.findings import LakipError
from lakip.formatting import date_long
from lakip.load import registers as register_files
from lakip.model import Letter, Loc
from lakip.release import registers
from lakip.release.bundle import tag_message
from lakip.release.distribute import distribute, load_profile, record_archive, record_receipt
from signing import HEAD, signers_line, ssh_key

SHA = "ab" * 32
DAY = datetime.date(2026, 2, 23)


@pytest.fixture
def repo(repo, tmp_path):
    """The sample with the head's SSH key registered on main, as the letters need."""
    repo.key = ssh_key(tmp_path, "kepala")
    repo.commit(
        "Register the head's key", {".github/allowed_signers": signers_line(HEAD, repo.key)}
    )
    return repo


def _tag(repo, version: int = 1, signed: bool = True) -> str:
    """A release tag as `lakip release` writes it, signed with the head's key."""
    profile = load_profile(repo.root)
    name = f"lakip-2025-v{version}"
    message = tag_message(profile, 2025, version, repo.head(), "LKjIP-2025.pdf", SHA)
    if signed:
        settings = ["-c", "gpg.format=ssh", "-c", f"user.signingkey={repo.key}"]
        repo.git(*settings, "tag", "-s", name, "-m", message)
    else:
        repo.git("tag", "-a", name, "-m", message)
    return name


def test_letters_refuse_a_release_the_head_did_not_sign(repo, tmp_path):
    """The letter cites the release's PDF hash as official: an unsigned tag must not be."""
    _tag(repo, 1)
    _tag(repo, 2, signed=False)
    with pytest.raises(LakipError) as error:
        distribute(repo.root, 2025, date=DAY, first_number=1, out=tmp_path / "out")
    assert error.value.code == "distribute-release-not-signed"
    assert "rilis terakhir lakip-2025-v2 tidak bertanda tangan sah" in error.value.message("id")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def _text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.mark.slow
def test_letters_and_receipts_per_recipient(repo, tmp_path):
    _tag(repo)
    out = tmp_path / "distribusi"
    result = distribute(repo.root, 2025, date=DAY, first_number=17, out=out)
    profile = load_profile(repo.root)
    assert [d.recipient.code for d in result.dispatches] == [r.code for r in profile.recipients]
    assert len(list(out.glob("*.pdf"))) == 2 * len(profile.recipients)
    for number, dispatch in enumerate(result.dispatches, 17):
        name = dispatch.recipient.name
        assert dispatch.number == f"000.1.2/{number}/Kesbangpol/2026"
        cover = _text(dispatch.cover)
        assert f"Yth. Kepala {name}" in cover
        assert f"Nomor : {dispatch.number}" in cover
        assert "Lampiran : 1 (satu) berkas" in cover
        assert "Penyampaian Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2025" in cover
        assert "Purwakarta, 23 Februari 2026" in cover
        # the letter speaks of the signed report, its version and date, not of Git tags
        tagged = repo.git("for-each-ref", "--format=%(taggerdate:short)", "refs/tags/lakip-2025-v1")
        signed = date_long(datetime.date.fromisoformat(tagged.strip()))
        head = profile.head.position or f"Kepala {profile.agency}"
        assert f"laporan resmi (versi 1) yang telah ditandatangani oleh {head}" in cover
        assert f"pada tanggal {signed}" in cover and SHA in cover
        assert "lakip-2025" not in cover
        assert profile.head.name in cover and "NIP. 19750814 199803 1 002" in cover
        receipt = _text(dispatch.receipt)
        assert "TANDA TERIMA" in receipt and f"Kepala {name}" in receipt
        assert dispatch.number in receipt and f"Versi 1, ditandatangani {signed}" in receipt
        assert "lakip-2025" not in receipt
    entries, found = register_files.read(repo.root, 2025, "ekspedisi")
    assert found == []
    assert [(e.penerima, e.nomor_surat, e.versi, e.tanggal) for e in entries] == [
        (d.recipient.code, d.number, "lakip-2025-v1", DAY) for d in result.dispatches
    ]
    assert result.appended.command.startswith("git add reports/2025/register/ekspedisi.yml")


@pytest.mark.slow
def test_letters_are_reproducible(repo, tmp_path):
    _tag(repo)
    first = distribute(repo.root, 2025, date=DAY, first_number=1, out=tmp_path / "a")
    second = distribute(repo.root, 2025, date=DAY, first_number=1, out=tmp_path / "b")
    for a, b in zip(first.dispatches, second.dispatches, strict=True):
        assert a.cover.read_bytes() == b.cover.read_bytes()
        assert a.receipt.read_bytes() == b.receipt.read_bytes()


@pytest.mark.slow
def test_distribution_needs_a_release_unless_draft(repo, tmp_path):
    with pytest.raises(LakipError) as error:
        distribute(repo.root, 2025, date=DAY, first_number=1, out=tmp_path / "x")
    assert error.value.code == "distribute-no-release"
    result = distribute(repo.root, 2025, date=DAY, draft=True, out=tmp_path / "draft")
    assert result.appended is None
    assert not (repo.root / "reports/2025/register/ekspedisi.yml").exists()
    cover = _text(result.dispatches[0].cover)
    assert "KONSEP" in cover and "000.1.2/.../Kesbangpol/2026" in cover


@pytest.mark.slow
def test_letters_carry_the_reports_letterhead(repo, tmp_path):
    from lakip.assemble.letterhead import letterhead
    from lakip.sop.disposition import render_disposition

    profile = load_profile(repo.root)
    kop = letterhead(repo.root, profile)
    result = distribute(repo.root, 2025, date=DAY, draft=True, out=tmp_path / "draft")
    letter = Letter(2025, "005/1", DAY, "Permintaan", "", None, Loc("x", 1))
    sheet = tmp_path / "disposisi.pdf"
    sheet.write_bytes(render_disposition(repo.root, profile, letter, [], set()))
    for pdf in (result.dispatches[0].cover, result.dispatches[0].receipt, sheet):
        text = _text(pdf)
        for line in (kop.government, kop.agency, kop.address, kop.contact):
            assert " ".join(line.split()) in text, (pdf.name, line)


@pytest.mark.slow
def test_letters_take_no_logo_from_outside_the_repository(repo, tmp_path):
    secret = tmp_path / "secret.svg"
    secret.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 90 20">'
        '<text x="0" y="15">RAHASIA</text></svg>',
        encoding="utf-8",
    )
    (repo.root / "reports/logo.svg").unlink()
    (repo.root / "reports/logo.svg").symlink_to(secret)
    result = distribute(repo.root, 2025, date=DAY, draft=True, out=tmp_path / "draft")
    assert "RAHASIA" not in _text(result.dispatches[0].cover)


@pytest.mark.slow
def test_distribution_uses_the_latest_version(repo, tmp_path):
    _tag(repo, 1)
    _tag(repo, 2)
    result = distribute(repo.root, 2025, date=DAY, first_number=5, out=tmp_path / "d")
    assert result.version == "lakip-2025-v2"
    assert "(versi 2)" in _text(result.dispatches[0].cover)


def _dispatched(repo, *codes: str, day: datetime.date = DAY, version: str = "lakip-2025-v1"):
    """Dispatch entries as `distribute` records them, without printing the letters."""
    entries = [
        {"tanggal": day, "penerima": code, "nomor_surat": f"000.1.2/{n}/X/2026", "versi": version}
        for n, code in enumerate(codes, 1)
    ]
    registers.append(repo.root, 2025, "ekspedisi", entries)


def test_receipts_refuse_unknown_recipients_and_duplicates(repo):
    _tag(repo)
    _dispatched(repo, "bappeda", "bkad")
    first = record_receipt(repo.root, 2025, "bappeda", by="Rina Marlina", date=DAY)
    assert first.rel == "reports/2025/register/tanda-terima.yml"
    with pytest.raises(LakipError) as error:
        record_receipt(repo.root, 2025, "bappeda", by="Rina Marlina", date=DAY)
    assert error.value.code == "receipt-duplicate"
    assert "sudah dicatat" in error.value.message("id")
    with pytest.raises(LakipError) as error:
        record_receipt(repo.root, 2025, "dinas-x", by="Rina", date=DAY)
    assert error.value.code == "receipt-unknown-recipient"
    record_receipt(repo.root, 2025, "bappeda", by="Rina", date=DAY, note="asli hilang", again=True)
    record_receipt(repo.root, 2025, "bkad", by="Budi", date=DAY)
    entries, _ = register_files.read(repo.root, 2025, "tanda-terima")
    assert [(e.penerima, e.oleh, e.versi) for e in entries] == [
        ("bappeda", "Rina Marlina", "lakip-2025-v1"),
        ("bappeda", "Rina", "lakip-2025-v1"),
        ("bkad", "Budi", "lakip-2025-v1"),
    ]


def test_archive_records_the_hard_copies(repo):
    _tag(repo)
    done = record_archive(repo.root, 2025, location="Lemari TU", copies=2, date=DAY, by="Siti")
    entries, _ = register_files.read(repo.root, 2025, "arsip")
    assert [(e.lokasi, e.rangkap, e.oleh, e.versi) for e in entries] == [
        ("Lemari TU", 2, "Siti", "lakip-2025-v1")
    ]
    assert done.first_line == entries[0].line


@pytest.mark.slow
def test_cli_commands(repo, tmp_path, capsys):
    root = str(repo.root)
    assert (
        main(
            ["receipt", "2025", "bappeda", "--root", root, "--oleh", "R", "--tanggal", "2026-02-24"]
        )
        == 2
    )
    assert "Belum ada rilis" in capsys.readouterr().err
    _tag(repo)
    out = str(tmp_path / "cli")
    args = ["distribute", "2025", "--root", root, "--tanggal", "2026-02-23", "--out", out]
    assert main(args) == 2
    assert "--nomor-awal" in capsys.readouterr().err
    assert main([*args, "--nomor-awal", "40", "--commit"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.split()) == 8
    assert "di-commit" in captured.err
    assert repo.git("status", "--porcelain").strip() == ""
    assert (
        main(
            ["receipt", "2025", "bkad", "--root", root, "--oleh", "Budi", "--tanggal", "2026-02-24"]
        )
        == 0
    )
    assert "git add reports/2025/register/tanda-terima.yml" in capsys.readouterr().err
    assert main(["archive", "2025", "--root", root, "--lokasi", "Rak 1", "--rangkap", "3"]) == 0
    assert registers.check_append_only(repo.root) == []


@pytest.mark.slow
def test_register_hints_go_through_a_branch_and_a_pull_request(repo, tmp_path, capsys):
    _tag(repo)
    root = str(repo.root)
    archive = ["archive", "2025", "--root", root, "--lokasi", "Rak 1", "--rangkap", "3"]
    assert main([*archive, "--commit"]) == 0
    err = capsys.readouterr().err
    assert "dan di-commit. Kirim cabangnya:\n  git switch -c arsip-2025 && " in err
    assert "git push -u origin arsip-2025\nlalu buat pull request ke main" in err
    out = str(tmp_path / "surat")
    sent = ["distribute", "2025", "--root", root, "--nomor-awal", "7", "--out", out, "--commit"]
    sent += ["--tanggal", "2026-02-23"]  # before the receipt below (a receipt follows its dispatch)
    assert main(sent) == 0
    assert "git switch -c ekspedisi-2025 && git push -u origin ekspedisi-2025" in (
        capsys.readouterr().err
    )
    repo.switch("catat-tanda-terima", create=True)
    receipt = ["receipt", "2025", "bkad", "--root", root, "--oleh", "Budi"]
    assert main([*receipt, "--tanggal", "2026-02-24"]) == 0
    err = capsys.readouterr().err
    assert (
        "  git add reports/2025/register/tanda-terima.yml && "
        "git commit -m 'Catat register tanda-terima tahun 2025' && "
        "git push -u origin catat-tanda-terima\nlalu buat pull request ke main" in err
    )
    assert "git switch -c" not in err


@pytest.mark.slow
def test_draft_confirms_that_nothing_was_recorded(repo, tmp_path, capsys):
    head = repo.head()
    out = str(tmp_path / "konsep")
    draft = ["distribute", "2025", "--root", str(repo.root), "--draft", "--out", out]
    assert main([*draft, "--commit"]) == 0
    err = capsys.readouterr().err
    assert "Tidak ada yang dicatat di reports/2025/register/ekspedisi.yml" in err
    assert "tidak ada commit" in err
    assert not (repo.root / "reports/2025/register/ekspedisi.yml").exists()
    assert repo.head() == head


def _refused(capsys, *args: str) -> str:
    assert main(list(args)) == 2
    return capsys.readouterr().err


def test_register_commands_refuse_versions_that_do_not_exist(repo, capsys):
    root = str(repo.root)
    archive = ["archive", "2025", "--root", root, "--lokasi", "Rak 1", "--rangkap", "2"]
    err = _refused(capsys, *archive, "--tanggal", "2026-02-23")
    assert "Belum ada rilis bertanda tangan untuk tahun 2025" in err
    assert "--draft" not in err  # archive has no such option (issue 11)
    _tag(repo)
    err = _refused(capsys, *archive, "--tanggal", "2026-02-23", "--versi", "lakip-2099-v7")
    assert (
        "Versi 'lakip-2099-v7' bukan rilis laporan tahun 2025. Rilis yang ada: lakip-2025-v1."
        in err
    )
    _dispatched(repo, "bappeda")
    receipt = ["receipt", "2025", "bappeda", "--root", root, "--oleh", "Sri", "--lang", "en"]
    err = _refused(capsys, *receipt, "--tanggal", "2026-02-24", "--versi", "lakip-2025-v2")
    assert "Version 'lakip-2025-v2' is not a release of the 2025 report." in err
    assert not (repo.root / "reports/2025/register/arsip.yml").exists()
    assert not (repo.root / "reports/2025/register/tanda-terima.yml").exists()


def test_register_dates_follow_the_order_of_events(repo, capsys):
    _tag(repo)  # tagged 2026-01-05 (gitfixtures' date)
    root = str(repo.root)
    archive = ["archive", "2025", "--root", root, "--lokasi", "Rak 1", "--rangkap", "2"]
    err = _refused(capsys, *archive, "--tanggal", "2026-01-04")
    assert (
        "Tanggal 2026-01-04 lebih awal dari 2026-01-05, hari rilis lakip-2025-v1 ditandatangani."
        in err
    )
    err = _refused(capsys, *archive, "--tanggal", "2099-01-01")
    assert "Tanggal 2099-01-01 belum tiba (hari ini " in err
    sent = ["distribute", "2025", "--root", root, "--nomor-awal", "3", "--tanggal", "2099-01-01"]
    assert "Tanggal 2099-01-01 belum tiba" in _refused(capsys, *sent)
    sent[-1] = "2026-01-02"
    assert "hari rilis lakip-2025-v1 ditandatangani" in _refused(capsys, *sent)
    assert not (repo.root / "reports/2025/register").exists()

    receipt = ["receipt", "2025", "bappeda", "--root", root, "--oleh", "Sri"]
    err = _refused(capsys, *receipt, "--tanggal", "2026-02-24")
    assert "Belum ada pengiriman lakip-2025-v1 kepada 'bappeda'" in err
    _dispatched(repo, "bappeda")  # sent on DAY, 2026-02-23
    err = _refused(capsys, *receipt, "--tanggal", "2026-02-20")
    assert (
        "Tanggal 2026-02-20 lebih awal dari 2026-02-23, hari laporan dikirim kepada bappeda "
        "dengan surat 000.1.2/1/X/2026." in err
    )
    assert main([*receipt, "--tanggal", "2026-02-23"]) == 0  # the same day is fine


def test_several_receipts_are_recorded_in_one_step(repo, capsys):
    _tag(repo)
    _dispatched(repo, "bappeda", "bkad", "inspektorat")
    root = str(repo.root)
    receipt = ["receipt", "2025", "bappeda", "bkad", "inspektorat", "--root", root]
    err = _refused(capsys, *receipt, "--oleh", "Sri", "--oleh", "Budi", "--tanggal", "2026-02-24")
    assert "3 penerima tetapi 2 kali --oleh" in err
    head = repo.head()
    signers = ("--oleh", "Sri Wahyuni", "--oleh", "Budi", "--oleh", "Asep")
    assert main([*receipt, *signers, "--tanggal", "2026-02-24", "--commit"]) == 0
    entries, _ = register_files.read(repo.root, 2025, "tanda-terima")
    assert [(e.penerima, e.oleh) for e in entries] == [
        ("bappeda", "Sri Wahyuni"),
        ("bkad", "Budi"),
        ("inspektorat", "Asep"),
    ]
    assert repo.git("rev-list", "--count", f"{head}..HEAD").strip() == "1"  # one commit
    capsys.readouterr()
    again = ["receipt", "2025", "bagian-pembangunan", "bagian-pembangunan", "--root", root]
    err = _refused(capsys, *again, "--oleh", "Dewi", "--tanggal", "2026-02-24")
    assert "Penerima 'bagian-pembangunan' disebut dua kali" in err
