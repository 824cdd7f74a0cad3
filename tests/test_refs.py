"""Branches are named by their full ref, and a tag named like a branch is refused.

Git resolves `refs/tags/X` before `refs/heads/X` and `refs/remotes/X`: a pushed tag `origin/main`
would stand in for the base branch of every check that passes git a short name. The workflows
are read here too, since they call git and lakip with the branch names themselves.
"""

from __future__ import annotations

import re

import pytest
import yaml

from gitfixtures import make_repo
from helpers import REPO
from lakip import gitrepo
from lakip.cli.main import main
from lakip.findings import LakipError
from test_workflow_ownership import PROFILE

WORKFLOWS = sorted((REPO / ".github/workflows").glob("*.yml"))


FILES = {
    "reports/profil.yml": PROFILE,
    "sections/politik/unit.yml": "nama: Politik\njenis: Bidang\nkepala:\n  nama: K\n"
    "anggota:\n  - nurul\n",
    "sections/politik/2025/realisasi.yml": "tahun: 2025\n",
    "sections/ideologi/unit.yml": "nama: Ideologi\njenis: Bidang\nkepala:\n  nama: K\n"
    "anggota:\n  - euis\n",
    "sections/ideologi/2025/realisasi.yml": "tahun: 2025\n",
}


def _texts(path) -> list[str]:
    """Every `run:` script and `env:` value of a workflow, where refs are written."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    found = []
    for job in data["jobs"].values():
        found += [str(v) for v in (job.get("env") or {}).values()]
        for step in job.get("steps", []):
            found += [str(v) for v in (step.get("env") or {}).values()]
            if "run" in step:
                found.append(step["run"])
    return found


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflows_name_branches_by_their_full_ref(path):
    offenders = []
    for text in _texts(path):
        # A remote-tracking branch written short (origin/main, origin/${{ github.base_ref }}).
        offenders += re.findall(r"(?<![\w/.-])origin/[\w${}. -]*", text)
        # --base / --branch take a full ref (or HEAD).
        for value in re.findall(r"--(?:base|branch)[ =](\S+)", text):
            if not value.startswith("refs/") and value != "HEAD":
                offenders.append(value)
        # git show REV:PATH, git fetch SRC:DST and the tag to verify: full refs only.
        offenders += [r for r in re.findall(r"git show (\S+):", text) if "refs/" not in r]
        for src, dst in re.findall(r"git fetch [^\n]*? (\S+):(\S+)", text):
            offenders += [r for r in (src, dst) if not r.strip("\"'").startswith("refs/")]
        offenders += re.findall(r"git[^\n]* tag -v [^\n]*", text)
    assert offenders == []


def test_the_workflows_still_check_against_the_base_branch():
    pr = (REPO / ".github/workflows/pr.yml").read_text(encoding="utf-8")
    base = "--base refs/remotes/origin/${{ github.base_ref }}"
    checks = "validate|codeowners|check-ownership|check-targets|check-registers"
    commands = re.findall(rf"lakip ({checks})([^\n]*(?:\n {{10}}[^\n]*)*)", pr)
    assert {name for name, _ in commands} == {
        "validate",
        "codeowners",
        "check-ownership",
        "check-targets",
        "check-registers",
    }
    assert all(base in args for _, args in commands), commands
    assert "BASE: refs/remotes/origin/${{ github.base_ref }}" in pr
    release = (REPO / ".github/workflows/release.yml").read_text(encoding="utf-8")
    assert "--branch refs/remotes/origin/main" in release
    assert "git show refs/remotes/origin/main:.github/allowed_signers" in release


@pytest.fixture
def repo(git_env, tmp_path):
    repo = make_repo(tmp_path / "repo", FILES)
    repo.git("update-ref", "refs/remotes/origin/main", "HEAD")
    return repo


def test_a_branch_resolves_to_its_full_ref(repo):
    assert gitrepo.branch(repo.root, "main") == "refs/heads/main"
    assert gitrepo.branch(repo.root, "origin/main") == "refs/remotes/origin/main"
    assert gitrepo.branch(repo.root, "refs/remotes/origin/main") == "refs/remotes/origin/main"
    assert gitrepo.branch(repo.root, "HEAD") == "HEAD"
    with pytest.raises(LakipError) as error:
        gitrepo.branch(repo.root, "refs/tags/main")
    assert error.value.code == "rev-not-found"


def _pull_request(repo) -> str:
    """A branch where euis (ideologi) edits politik's data: an ownership finding."""
    repo.switch("ubah", create=True)
    return repo.commit(
        "Ubah data unit lain", {"sections/politik/2025/realisasi.yml": "tahun: 2025\n# x\n"}
    )


@pytest.mark.parametrize("tag", ["origin/main", "main", "HEAD"])
def test_a_tag_named_like_the_base_branch_is_refused(repo, capsys, tag):
    head = _pull_request(repo)
    base = ["check-ownership", "--root", str(repo.root), "--author", "euis"]
    assert main([*base, "--base", "origin/main"]) == 1  # the edit is found
    capsys.readouterr()
    repo.git("tag", tag, head)  # before the fix: the diff against the tag was empty, exit 0
    for name in ("origin/main", "refs/remotes/origin/main"):
        assert main([*base, "--base", name]) == 2
        err = capsys.readouterr().err
        assert "ada tag bernama seperti cabang refs/remotes/origin/main" in err
        assert f"({tag})" in err and "git push origin :refs/tags/NAMA" in err


def test_registers_and_verify_refuse_the_tag_too(repo, capsys):
    repo.git("tag", "main", "HEAD")
    argv = ["check-registers", "--root", str(repo.root), "--base", "main"]
    assert main(argv) == 2
    assert "tag bernama seperti cabang refs/heads/main (main)" in capsys.readouterr().err
    repo.git("tag", "-a", "-m", "x", "lakip-2025-v1", "HEAD")
    assert main(["verify", "lakip-2025-v1", "--root", str(repo.root), "--lang", "en"]) == 2
    assert "a tag is named like the branch refs/heads/main (main)" in capsys.readouterr().err
