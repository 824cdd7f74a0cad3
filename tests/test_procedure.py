"""The site's page on signing and delivery reads the release tags and the registers."""

from __future__ import annotations

import datetime

from gitfixtures import sample_repo
from lakip.assemble import document as d
from lakip.load.project import load_project
from lakip.release import registers
from lakip.release.procedure import procedure_blocks
from signing import HEAD, signers_line, ssh_key


def _tables(blocks) -> dict[str, d.Table]:
    return {b.caption: b for b in blocks if isinstance(b, d.Table)}


def test_unreleased_year_says_so(tmp_path, git_env):
    repo = sample_repo(tmp_path / "repo")
    project, _ = load_project(repo.root)
    blocks = procedure_blocks(repo.root, project, 2025)
    texts = [b.text for b in blocks if isinstance(b, d.Paragraph)]
    assert "Laporan tahun 2025 belum ditandatangani (belum dirilis)." in texts
    deliveries = _tables(blocks)["Penyampaian laporan dan tanda terima"]
    assert [row[1:] for row in deliveries.rows] == [("belum dikirim", "-", "belum kembali")] * 4


def test_release_archive_and_receipts_show(tmp_path, git_env):
    repo = sample_repo(tmp_path / "repo")
    repo.git("tag", "-a", "lakip-2025-v1", "-m", "LKjIP 2025 v1")
    day = datetime.date(2026, 2, 20)
    registers.append(repo.root, 2025, "arsip", [
        {"tanggal": day, "lokasi": "Lemari arsip, rak 2", "rangkap": 3, "oleh": "Siti",
         "versi": "lakip-2025-v1"},
    ])  # fmt: skip
    registers.append(repo.root, 2025, "ekspedisi", [
        {"tanggal": day, "penerima": "bappeda", "nomor_surat": "000.1.2/17/Kesbangpol/2026",
         "versi": "lakip-2025-v1"},
    ])  # fmt: skip
    registers.append(repo.root, 2025, "tanda-terima", [
        {"tanggal": datetime.date(2026, 2, 23), "penerima": "bappeda", "oleh": "Rina",
         "versi": "lakip-2025-v1"},
    ])  # fmt: skip
    project, _ = load_project(repo.root)
    blocks = procedure_blocks(repo.root, project, 2025)
    tables = _tables(blocks)
    # An unsigned tag is listed, never called signed (issue 11: a success must be true).
    assert tables["Rilis"].rows[0] == ("lakip-2025-v1", "5 Januari 2026", "TIDAK bertanda tangan")
    texts = [b.text for b in blocks if isinstance(b, d.Paragraph)]
    assert not any("ditandatangani Kepala:" in text for text in texts)
    assert "tanda tangan Kepala pada tag itu tidak terverifikasi di sini" in " ".join(texts)
    assert tables["Register arsip"].rows == (
        ("20 Februari 2026", "Lemari arsip, rak 2", "3", "lakip-2025-v1", "Siti"),
    )
    bappeda = tables["Penyampaian laporan dan tanda terima"].rows[0]
    assert bappeda[1:] == (
        "20 Februari 2026",
        "000.1.2/17/Kesbangpol/2026",
        "23 Februari 2026 (Rina)",
    )


def test_a_release_signed_by_the_head_is_called_signed(tmp_path, git_env):
    repo = sample_repo(tmp_path / "repo")
    key = ssh_key(tmp_path, "kepala")
    repo.commit("Register the head's key", {".github/allowed_signers": signers_line(HEAD, key)})
    settings = ["-c", "gpg.format=ssh", "-c", f"user.signingkey={key}"]
    repo.git(*settings, "tag", "-s", "-m", "LKjIP 2025 v1", "lakip-2025-v1")
    project, _ = load_project(repo.root)
    blocks = procedure_blocks(repo.root, project, 2025)
    texts = [b.text for b in blocks if isinstance(b, d.Paragraph)]
    assert "Versi terakhir yang ditandatangani Kepala: lakip-2025-v1." in texts
    assert _tables(blocks)["Rilis"].rows[0][2] == "sah, kunci Kepala"
