"""Fixtures every test module may use.

Plain helpers (the sample, the in-process CLI) are in helpers.py, git repositories in
gitfixtures.py, signing keys in signing.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from gitfixtures import Repo, sample_repo
from helpers import copy_sample


@pytest.fixture
def git_env(monkeypatch, tmp_path_factory) -> None:
    """An environment where only the test's own repository configuration counts.

    Keeps the developer's git configuration (a global `commit.gpgsign`, hooks, a GIT_DIR set by
    an outer hook) and language out of the tests.
    """
    for key in list(os.environ):
        if key.startswith("GIT_"):
            monkeypatch.delenv(key)
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / ".gitconfig"))
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.delenv("LAKIP_LANG", raising=False)


@pytest.fixture
def repo(tmp_path, git_env) -> Repo:
    """A git repository on `main` whose first commit is the sample data.

    A module that needs more (keys, a tag, another year) overrides it as `def repo(repo): ...`.
    """
    return sample_repo(tmp_path / "repo")


@pytest.fixture
def sample_copy(tmp_path) -> Path:
    """A copy of the sample data (reports/ and sections/), not a git repository."""
    return copy_sample(tmp_path / "sample")


@pytest.fixture
def gnupg(monkeypatch):
    """A throwaway GnuPG home with one signing key; its agent is stopped afterwards."""
    home = Path(tempfile.mkdtemp(prefix="lakip-gpg-", dir="/tmp"))  # short: socket path limit
    monkeypatch.setenv("GNUPGHOME", str(home))
    gpg = ["gpg", "--batch", "--quiet", "--pinentry-mode", "loopback", "--passphrase", ""]
    subprocess.run(
        [*gpg, "--quick-gen-key", "Kepala <kepala@example.invalid>", "ed25519", "sign", "never"],
        check=True,
        capture_output=True,
    )
    listing = subprocess.run(
        ["gpg", "--batch", "--with-colons", "--list-secret-keys"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    fingerprint = next(line.split(":")[9] for line in listing.splitlines() if line[:4] == "fpr:")
    yield fingerprint
    subprocess.run(["gpgconf", "--kill", "gpg-agent"], check=False, capture_output=True)
    shutil.rmtree(home, ignore_errors=True)
