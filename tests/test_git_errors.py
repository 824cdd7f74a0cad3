"""git's refusals reach the user in Indonesian with the fix; a missing identity is found first.

Every command that commits or tags asks git who the user is before it builds, renders or writes
anything: a release used to build for minutes and only then learn that git could not tag.
"""

from __future__ import annotations

import os
import subprocess
import time

import pytest

from lakip import gitrepo
from lakip.cli.main import main
from lakip.findings import LakipError

REGISTER = "reports/2025/register"


@pytest.fixture
def anonymous(repo):
    """The sample repository with no user.name or user.email anywhere git looks."""
    repo.git("config", "--unset", "user.name")
    repo.git("config", "--unset", "user.email")
    os.environ.pop("EMAIL", None)
    return repo


COMMITTING = {
    "release": ["release", "2025"],
    "sign-pk": ["sign-pk", "2025"],
    "distribute": ["distribute", "2025", "--nomor-awal", "1", "--commit"],
    "receipt": [
        "receipt",
        "2025",
        "bappeda",
        "--oleh",
        "Rina",
        "--tanggal",
        "24-02-2026",
        "--commit",
    ],  # fmt: skip
    "archive": [
        "archive",
        "2025",
        "--lokasi",
        "Rak 1",
        "--rangkap",
        "2",
        "--oleh",
        "Siti",
        "--commit",
    ],  # fmt: skip
}


@pytest.mark.parametrize("command", sorted(COMMITTING))
def test_missing_identity_is_refused_before_anything_happens(command, anonymous, capsys):
    before = anonymous.git("status", "--porcelain", "--ignored")
    started = time.monotonic()
    code = main([*COMMITTING[command], "--root", str(anonymous.root)])
    elapsed = time.monotonic() - started
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.startswith("lakip: Git belum tahu siapa Anda (user.name dan user.email")
    assert 'git config --global user.name "Nama Lengkap"' in captured.err
    assert captured.err.rstrip().endswith("Belum ada yang dibangun atau diubah.")
    assert "[1/5]" not in captured.err  # no stage of a build started
    assert elapsed < 10
    assert anonymous.git("tag", "--list") == ""
    assert anonymous.git("status", "--porcelain", "--ignored") == before
    assert not (anonymous.root / "build").exists()
    assert not (anonymous.root / REGISTER).exists()


def test_missing_identity_in_english_names_what_is_missing(anonymous, capsys):
    anonymous.git("config", "user.name", "Siti Aminah")
    code = main([*COMMITTING["archive"], "--root", str(anonymous.root), "--lang", "en"])
    assert code == 2
    assert capsys.readouterr().err.startswith(
        "lakip: Git does not know who you are (user.email not set)"
    )


def test_identity_from_the_environment_counts(anonymous, monkeypatch):
    monkeypatch.setenv("GIT_COMMITTER_NAME", "Budi")
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", "budi@example.invalid")
    assert gitrepo.require_identity(anonymous.root) == "Budi <budi@example.invalid>"


def test_a_tag_that_exists_is_worded(repo):
    repo.tag("pk-2025")
    with pytest.raises(LakipError) as refused:
        gitrepo.run(repo.root, "tag", "-a", "-m", "x", "pk-2025")
    assert refused.value.code == "git-tag-exists"
    said = refused.value.message("id")
    assert said.startswith("Tag itu sudah ada dan tidak akan ditimpa ('git tag -a -m x pk-2025')")
    assert "fatal: tag 'pk-2025' already exists" in said  # git's own words, quoted at the end


def test_a_locked_repository_is_worded(repo):
    (repo.root / ".git/index.lock").write_text("", encoding="utf-8")
    (repo.root / "x.txt").write_text("x", encoding="utf-8")
    with pytest.raises(LakipError) as refused:
        gitrepo.run(repo.root, "add", "x.txt")
    assert refused.value.code == "git-locked"
    assert "hapus berkas .git/index.lock" in refused.value.message("id")
    assert "delete .git/index.lock" in refused.value.message("en")


def test_a_commit_without_identity_inside_git_is_worded(anonymous):
    with pytest.raises(LakipError) as refused:
        gitrepo.run(anonymous.root, "commit", "--allow-empty", "-m", "x")
    assert refused.value.code == "git-identity-missing"
    # Asked of git in the middle of a command: no claim that nothing was changed.
    assert refused.value.message("id").endswith('user.email "nama@instansi.go.id".')


def test_an_unknown_git_failure_keeps_git_words_behind_an_indonesian_frame(repo):
    with pytest.raises(LakipError) as refused:
        gitrepo.run(repo.root, "frobnicate")
    said = refused.value.message("id")
    assert said.startswith("Perintah 'git frobnicate' gagal. Pesan git (bahasa Inggris): ")
    assert "is not a git command" in said


def test_not_a_repository(tmp_path, git_env):
    subprocess.run(["git", "--version"], check=True, capture_output=True)
    with pytest.raises(LakipError) as refused:
        gitrepo.run(tmp_path, "log")
    assert refused.value.code == "not-a-git-repository"
