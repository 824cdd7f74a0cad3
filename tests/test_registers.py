"""The registers are append-only ledgers: earlier bytes never change, and CI can prove it."""

from __future__ import annotations

import datetime

import pytest

from gitfixtures import make_repo
from lakip.cli.main import main
from lakip.findings import LakipError
from lakip.load import registers as register_files
from lakip.model import ArchiveEntry
from lakip.release import registers

ARCHIVE = "reports/2025/register/arsip.yml"


def _archive(day: int, **extra) -> dict:
    return {
        "tanggal": datetime.date(2026, 2, day),
        "lokasi": "Lemari arsip Subbagian Umum, rak 2",
        "rangkap": 3,
        "oleh": "Siti Aminah",
        "versi": "lakip-2025-v1",
        **extra,
    }


def test_first_entry_creates_the_file_with_a_header(tmp_path):
    done = registers.append(tmp_path, 2025, "arsip", [_archive(20)])
    text = (tmp_path / ARCHIVE).read_text(encoding="utf-8")
    assert text.startswith("# Register arsip salinan cetak")
    assert "# Setiap entri: tanggal, lokasi, rangkap, oleh, versi, catatan (opsional)" in text
    assert text.endswith("  versi: lakip-2025-v1\n")
    assert done.rel == ARCHIVE
    assert text.splitlines()[done.first_line - 1] == "- tanggal: 2026-02-20"
    assert done.command == (f"git add {ARCHIVE} && git commit -m 'Catat register arsip tahun 2025'")


def test_append_keeps_every_earlier_byte(tmp_path):
    registers.append(tmp_path, 2025, "arsip", [_archive(20)])
    before = (tmp_path / ARCHIVE).read_bytes()
    registers.append(tmp_path, 2025, "arsip", [_archive(21, catatan='Koreksi: "rak 3"')])
    after = (tmp_path / ARCHIVE).read_bytes()
    assert after.startswith(before) and len(after) > len(before)
    entries, found = register_files.read(tmp_path, 2025, "arsip")
    assert found == []
    assert [e.tanggal.day for e in entries] == [20, 21]
    assert entries[1].catatan == 'Koreksi: "rak 3"'
    assert isinstance(entries[0], ArchiveEntry) and entries[0].rangkap == 3
    lines = after.decode().splitlines()
    assert [lines[e.line - 1] for e in entries] == [
        "- tanggal: 2026-02-20",
        "- tanggal: 2026-02-21",
    ]


def test_a_file_without_final_newline_is_extended_not_rewritten(tmp_path):
    registers.append(tmp_path, 2025, "arsip", [_archive(20)])
    path = tmp_path / ARCHIVE
    path.write_bytes(path.read_bytes().rstrip(b"\n"))
    before = path.read_bytes()
    registers.append(tmp_path, 2025, "arsip", [_archive(22)])
    assert path.read_bytes().startswith(before)
    assert len(register_files.read(tmp_path, 2025, "arsip")[0]) == 2


def test_a_broken_register_is_refused_and_left_alone(tmp_path):
    path = tmp_path / ARCHIVE
    path.parent.mkdir(parents=True)
    path.write_text("- tanggal: 2026-02-20\n  lokasi: [rak\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(LakipError) as error:
        registers.append(tmp_path, 2025, "arsip", [_archive(21)])
    assert error.value.code == "register-unreadable"
    assert path.read_bytes() == before


def test_a_bad_new_entry_writes_nothing(tmp_path):
    registers.append(tmp_path, 2025, "arsip", [_archive(20)])
    before = (tmp_path / ARCHIVE).read_bytes()
    with pytest.raises(LakipError) as error:
        registers.append(tmp_path, 2025, "arsip", [_archive(21, rangkap=0)])
    assert error.value.code == "register-bad-entry"
    assert (tmp_path / ARCHIVE).read_bytes() == before


def test_reading_reports_each_bad_entry_with_its_line(tmp_path):
    path = tmp_path / "reports/2025/register/tanda-terima.yml"
    path.parent.mkdir(parents=True)
    path.write_text(
        "# komentar\n"
        "- tanggal: 2026-02-24\n  penerima: bappeda\n  oleh: Rina\n  versi: lakip-2025-v1\n"
        "- tanggal: 24-13-2026\n  penerima: bkad\n  oleh: Budi\n  versi: lakip-2025-v1\n"
        "- tanggal: 2026-02-25\n  penerima: bkad\n  versi: lakip-2025-v1\n  diterima: ya\n",
        encoding="utf-8",
    )
    entries, found = register_files.read(tmp_path, 2025, "tanda-terima")
    assert [e.penerima for e in entries] == ["bappeda"]
    assert entries[0].line == 2
    codes = sorted((f.line, f.key, f.code) for f in found)
    assert codes == [  # the same codes as every other data file
        (6, "[1].tanggal", "invalid-date"),
        (10, "[2]", "missing-key"),
        (13, "[2].diterima", "unknown-key"),  # at the key itself
    ]


def _released(tmp_path):
    """A repository whose 2025 report was released (tagged 2026-01-05): registers record it."""
    repo = make_repo(tmp_path / "repo", {"reports/profil.yml": "judul: x\n"})
    repo.tag("lakip-2025-v1")
    return repo


def test_append_only_check_against_git(tmp_path, git_env):
    repo = _released(tmp_path)
    root = repo.root
    registers.append(root, 2025, "arsip", [_archive(20)])
    repo.commit("Catat arsip")
    assert registers.check_append_only(root) == []

    registers.append(root, 2025, "arsip", [_archive(21)])
    assert registers.check_append_only(root) == []

    path = root / ARCHIVE
    path.write_text(path.read_text().replace("rangkap: 3", "rangkap: 4", 1), encoding="utf-8")
    found = registers.check_append_only(root)
    assert [(f.path, f.line, f.code) for f in found] == [(ARCHIVE, 7, "register-rewritten")]
    assert "main" not in found[0].message("id") and "HEAD" in found[0].message("id")


def test_commit_option_commits_only_the_register(tmp_path, git_env):
    repo = make_repo(tmp_path / "repo", {"reports/profil.yml": "judul: x\n", "other.txt": "a\n"})
    root = repo.root
    (root / "other.txt").write_text("changed\n", encoding="utf-8")
    repo.git("add", "other.txt")
    done = registers.append(root, 2025, "arsip", [_archive(20)], commit=True)
    assert repo.git("log", "-1", "--format=%s").strip() == "Catat register arsip tahun 2025"
    assert repo.git("show", "--name-only", "--format=", "HEAD").split() == [done.rel]
    assert repo.git("status", "--porcelain").splitlines() == ["M  other.txt"]


def test_check_registers_command_fails_on_a_rewritten_entry(tmp_path, git_env, capsys):
    repo = _released(tmp_path)
    (repo.root / "sections").mkdir()
    registers.append(repo.root, 2025, "arsip", [_archive(20)])
    repo.commit("Catat arsip")
    assert main(["check-registers", "--root", str(repo.root)]) == 0
    path = repo.root / ARCHIVE
    path.write_text(path.read_text().replace("rangkap: 3", "rangkap: 4", 1), encoding="utf-8")
    capsys.readouterr()
    assert main(["check-registers", "--root", str(repo.root), "--format", "github"]) == 1
    assert f"::error file={ARCHIVE},line=7,title=register-rewritten::" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("appended", "what"),
    [
        ("    dan rak 3\n", "continues the last value"),
        ("  catatan: disisipkan kemudian\n", "adds a key to the last entry"),
    ],
)
def test_appended_lines_may_not_change_the_last_committed_entry(tmp_path, git_env, appended, what):
    # The review's case: the old bytes stay a prefix, yet the last old entry reads differently.
    repo = _released(tmp_path)
    root = repo.root
    registers.append(root, 2025, "arsip", [_archive(20)])
    repo.commit("Catat arsip")
    path = root / ARCHIVE
    before = path.read_text(encoding="utf-8")
    path.write_text(before + appended, encoding="utf-8")
    assert path.read_text(encoding="utf-8").startswith(before), what
    found = [f for f in registers.check_append_only(root) if f.code == "register-entry-changed"]
    assert [(f.path, f.line, f.key, f.code) for f in found] == [
        (ARCHIVE, 5, "[0]", "register-entry-changed")
    ], what
    said = found[0].message("id")
    assert said.startswith(
        "Register hanya boleh ditambah di akhir, tetapi entri tertanggal 2026-02-20 yang sudah "
        "di-commit (HEAD) kini terbaca lain"
    )
    # A proper new entry after it is fine, and `append` refuses to build on a changed entry.
    path.write_text(before, encoding="utf-8")
    registers.append(root, 2025, "arsip", [_archive(21)])
    assert registers.check_append_only(root) == []


def test_check_registers_refuses_hand_written_entries_that_break_the_order(
    tmp_path, git_env, capsys
):
    # What the commands refuse is refused in CI too, for an entry typed into the file by hand.
    repo = _released(tmp_path)  # lakip-2025-v1 tagged 2026-01-05
    registers.append(repo.root, 2025, "arsip", [_archive(20)])
    repo.commit("Catat arsip")
    path = repo.root / ARCHIVE
    before = path.read_text(encoding="utf-8")
    entry = "- tanggal: {}\n  lokasi: Rak 1\n  rangkap: 1\n  oleh: Siti\n  versi: {}\n"
    typed = (
        entry.format("2026-01-02", "lakip-2025-v1")
        + entry.format("2026-02-21", "lakip-2025-v7")
        + entry.format("2099-02-21", "lakip-2025-v1")
    )
    path.write_text(before + typed, encoding="utf-8")
    found = registers.check_append_only(repo.root)
    assert [(f.line, f.key, f.code) for f in found] == [
        (10, "[1]", "register-entry-before-release"),
        (15, "[2]", "register-entry-unknown-version"),
        (20, "[3]", "register-entry-future"),
    ]
    assert found[0].message("id") == (
        "Entri bertanggal 2026-01-02, sebelum rilis lakip-2025-v1 ditandatangani (2026-01-05). "
        "Urutannya tidak mungkin; periksa tanggalnya."
    )
    assert "(rilis yang ada: lakip-2025-v1)" in found[1].message("id")
    # The entries already on the base are not judged again.
    repo.commit("Catat semua")
    assert registers.check_append_only(repo.root) == []


@pytest.mark.parametrize("linked", ["folder", "file", "dangling"])
def test_a_register_linked_out_of_the_repository_is_neither_read_nor_written(tmp_path, linked):
    root, outside = tmp_path / "repo", tmp_path / "elsewhere"
    (root / "reports/2025").mkdir(parents=True)
    outside.mkdir()
    (outside / "arsip.yml").write_text("- rahasia: 1\n", encoding="utf-8")
    if linked == "folder":
        (root / "reports/2025/register").symlink_to(outside)
    else:
        (root / "reports/2025/register").mkdir()
        target = outside / ("arsip.yml" if linked == "file" else "baru.yml")
        (root / ARCHIVE).symlink_to(target)
    before = sorted((p.name, p.read_bytes()) for p in outside.iterdir())
    with pytest.raises(LakipError) as error:
        registers.append(root, 2025, "arsip", [_archive(20)])
    assert error.value.code == "register-outside"
    assert sorted((p.name, p.read_bytes()) for p in outside.iterdir()) == before
