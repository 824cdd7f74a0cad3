"""Build real git repositories in a temporary folder: from a dict of files or from the sample data.

The workflow tests need history, branches, `--no-ff` merges (how a pull request lands) and tags,
made by git itself. Each commit and tag takes an explicit author and date, so the timeline the
tests read back is known exactly. Use them with conftest's `git_env` fixture, which keeps the
developer's own git configuration out of the tests (its `repo` fixture is `sample_repo`).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from helpers import copy_sample

DEFAULT_DATE = "2026-01-05T08:00:00+07:00"


def identity(who: str, when: str) -> dict[str, str]:
    """The environment variables that make git author and commit as `who` at `when`."""
    return {
        "GIT_AUTHOR_NAME": who,
        "GIT_AUTHOR_EMAIL": f"{who}@example.invalid",
        "GIT_COMMITTER_NAME": who,
        "GIT_COMMITTER_EMAIL": f"{who}@example.invalid",
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
    }


class Repo:
    """A git working tree under test; every method is one or two git commands."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def git(self, *args: str, author: str = "tester", date: str = DEFAULT_DATE) -> str:
        done = subprocess.run(
            ["git", *args],
            cwd=self.root,
            env={**os.environ, **identity(author, date)},
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
    copy_sample(root)
    return make_repo(root, {".gitignore": "build/\n"}, date=date)


def module_git_env(tmp: Path) -> pytest.MonkeyPatch:
    """conftest's `git_env` for a whole module (a module-scoped fixture); `undo()` it after."""
    env = pytest.MonkeyPatch()
    for key in [k for k in os.environ if k.startswith("GIT_")]:
        env.delenv(key)
    home = tmp / "home"
    home.mkdir()
    env.setenv("HOME", str(home))
    env.setenv("GIT_CONFIG_NOSYSTEM", "1")
    env.setenv("GIT_CONFIG_GLOBAL", str(home / ".gitconfig"))
    env.delenv("SOURCE_DATE_EPOCH", raising=False)
    env.delenv("LAKIP_LANG", raising=False)
    return env
