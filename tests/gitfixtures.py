"""Build real git repositories in a temporary folder: from a dict of files or from the sample data.

The workflow tests need history, branches, `--no-ff` merges (how a pull request lands) and tags,
made by git itself. Each commit and tag takes an explicit author and date, so the timeline the
tests read back is known exactly. `git_env` keeps the developer's own git configuration (a
global `commit.gpgsign`, hooks, a GIT_DIR set by an outer hook) out of the tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATE = "2026-01-05T08:00:00+07:00"


@pytest.fixture
def git_env(monkeypatch, tmp_path_factory) -> None:
    """An environment where only the test's own repository configuration counts."""
    for key in list(os.environ):
        if key.startswith("GIT_"):
            monkeypatch.delenv(key)
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / ".gitconfig"))
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.delenv("LAKIP_LANG", raising=False)


class Repo:
    """A git working tree under test; every method is one or two git commands."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def git(self, *args: str, author: str = "tester", date: str = DEFAULT_DATE) -> str:
        env = {
            **os.environ,
            "GIT_AUTHOR_NAME": author,
            "GIT_AUTHOR_EMAIL": f"{author}@example.invalid",
            "GIT_COMMITTER_NAME": author,
            "GIT_COMMITTER_EMAIL": f"{author}@example.invalid",
            "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_DATE": date,
        }
        done = subprocess.run(
            ["git", *args],
            cwd=self.root,
            env=env,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        if done.returncode != 0:
            raise AssertionError(f"git {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
        return done.stdout

    def write(self, files: dict[str, str | None]) -> None:
        """Write (or, for None, delete) files relative to the root."""
        for rel, text in files.items():
            path = self.root / rel
            if text is None:
                path.unlink()
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")

    def read(self, rel: str) -> str:
        return (self.root / rel).read_text(encoding="utf-8")

    def commit(
        self,
        message: str,
        files: dict[str, str | None] | None = None,
        author: str = "tester",
        date: str = DEFAULT_DATE,
    ) -> str:
        """Write `files`, stage everything and commit; returns the commit hash."""
        if files:
            self.write(files)
        self.git("add", "-A")
        self.git("commit", "-q", "--no-verify", "-m", message, author=author, date=date)
        return self.head()

    def head(self) -> str:
        return self.git("rev-parse", "HEAD").strip()

    def switch(self, branch: str, create: bool = False, start: str = "main") -> None:
        if create:
            self.git("switch", "-q", "-c", branch, start)
        else:
            self.git("switch", "-q", branch)

    def merge(self, branch: str, author: str = "tester", date: str = DEFAULT_DATE) -> str:
        """Merge `branch` into main as a pull request lands: always a merge commit."""
        self.switch("main")
        self.git(
            "merge",
            "-q",
            "--no-ff",
            "-m",
            f"Merge pull request from {branch}",
            branch,
            author=author,
            date=date,
        )
        return self.head()

    def tag(self, name: str, message: str = "", date: str = DEFAULT_DATE) -> None:
        self.git("tag", "-a", name, "-m", message or name, date=date)


def make_repo(root: Path, files: dict[str, str], date: str = DEFAULT_DATE) -> Repo:
    """A repository on branch `main` whose first commit holds `files`."""
    root.mkdir(parents=True, exist_ok=True)
    repo = Repo(root)
    repo.git("init", "-q", "-b", "main")
    repo.git("config", "user.name", "tester")
    repo.git("config", "user.email", "tester@example.invalid")
    repo.git("config", "commit.gpgsign", "false")
    repo.git("config", "tag.gpgsign", "false")
    repo.commit("Initial data", files, date=date)
    return repo


def sample_repo(root: Path, date: str = "2025-01-14T09:00:00+07:00") -> Repo:
    """A repository whose first commit is a copy of the sample data (reports/ and sections/)."""
    root.mkdir(parents=True, exist_ok=True)
    for folder in ("reports", "sections"):
        shutil.copytree(REPO / folder, root / folder)
    return make_repo(root, {".gitignore": "build/\n"}, date=date)
