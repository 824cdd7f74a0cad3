"""The files under .github/: workflows valid against GitHub's schema (offline, with the schema
vendored in check-jsonschema), every `lakip` command they call exists, and the templates and the
allowed signers file have the shape their readers expect."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
import yaml

from gitfixtures import make_repo
from helpers import REPO
from signing import signers_line, ssh_key

WORKFLOWS = sorted((REPO / ".github/workflows").glob("*.yml"))
_LAKIP_CALL = re.compile(r"(?<![\w/.-])lakip\s+([a-z][a-z-]*)")
_HELP_COMMAND = re.compile(r"^    ([a-z][a-z-]*)(?:\s|$)", re.M)


def _help_commands() -> set[str]:
    """The subcommands `lakip --help` lists (indented four spaces under COMMAND)."""
    result = subprocess.run(
        [sys.executable, "-m", "lakip", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return set(_HELP_COMMAND.findall(result.stdout))


def _run_lines(path: Path) -> list[str]:
    """The `run:` scripts of every step of a workflow."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        step["run"]
        for job in data["jobs"].values()
        for step in job.get("steps", [])
        if "run" in step
    ]


def test_the_three_workflows_exist():
    assert [p.name for p in WORKFLOWS] == ["main.yml", "pr.yml", "release.yml"]


def test_workflows_match_the_github_schema_offline():
    tool = Path(sysconfig.get_path("scripts")) / "check-jsonschema"
    result = subprocess.run(
        [str(tool), "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "NO_COLOR": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok -- validation done" in result.stdout


def test_every_lakip_command_in_workflows_exists():
    known = _help_commands()
    used = {
        (path.name, name)
        for path in WORKFLOWS
        for script in _run_lines(path)
        for name in _LAKIP_CALL.findall(script)
    }
    assert {name for _, name in used} >= {"validate", "check-ownership", "codeowners", "build"}
    missing = sorted(f"{wf}: lakip {name}" for wf, name in used if name not in known)
    assert not missing, f"commands not in `lakip --help`: {missing}"


def test_release_workflow_publishes_the_bundle_lakip_verify_checks():
    """The GitHub release carries `lakip bundle`'s files, verified, not a hand-made manifest."""
    scripts = "\n".join(_run_lines(REPO / ".github/workflows/release.yml"))
    bundle = scripts.index('lakip bundle "$TAG" --out "build/release/$TAG"')
    verify = scripts.index('lakip verify "build/release/$TAG" --branch refs/remotes/origin/main')
    publish = scripts.index('gh release create "$TAG" "build/release/$TAG"/*')
    assert bundle < verify < publish
    assert "manifest(" not in scripts and "sha256sum" not in scripts


def test_help_lists_the_git_workflow_commands():
    names = {"new", "status", "codeowners", "check-ownership", "check-targets", "sign-pk"}
    assert names <= _help_commands()


def test_actions_are_pinned_to_a_major_version():
    for path in WORKFLOWS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for job in data["jobs"].values():
            for step in job.get("steps", []):
                if "uses" in step:
                    assert re.fullmatch(r"[\w-]+/[\w-]+@v\d+", step["uses"]), step["uses"]


def test_pull_request_checks_read_the_base_branch_with_full_history():
    data = yaml.safe_load((REPO / ".github/workflows/pr.yml").read_text(encoding="utf-8"))
    steps = data["jobs"]["check"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0
    scripts = "\n".join(_run_lines(REPO / ".github/workflows/pr.yml"))
    assert "--base refs/remotes/origin/${{ github.base_ref }}" in scripts
    assert "--author ${{ github.event.pull_request.user.login }}" in scripts


def test_ownership_judges_every_commit_from_the_hosts_record():
    data = yaml.safe_load((REPO / ".github/workflows/pr.yml").read_text(encoding="utf-8"))
    assert data["permissions"]["pull-requests"] == "read"
    steps = data["jobs"]["check"]["steps"]
    names = [step.get("name", "") for step in steps]
    listing = steps[names.index("List the pull request's commits and their accounts")]
    check = steps[names.index("Check folder ownership")]
    assert names.index("List the pull request's commits and their accounts") < names.index(
        "Check folder ownership"
    )
    # The record is what `lakip check-ownership --commits` reads: hash, author, committer (tabs).
    assert '[.sha, (.author.login // ""), (.committer.login // "")] | @tsv' in listing["run"]
    assert '> "$RUNNER_TEMP/commits.tsv"' in listing["run"]
    assert '--commits "$RUNNER_TEMP/commits.tsv"' in check["run"]
    assert "--head ${{ github.event.pull_request.head.sha }}" in check["run"]
    assert "--base refs/remotes/origin/${{ github.base_ref }}" in next(
        step["run"] for step in steps if "check-targets" in step.get("run", "")
    )


def test_release_verifies_the_tag_against_main():
    scripts = "\n".join(_run_lines(REPO / ".github/workflows/release.yml"))
    assert 'git fetch --force origin "refs/tags/$TAG:refs/tags/$TAG"' in scripts
    assert "git fetch --force origin refs/heads/main:refs/remotes/origin/main" in scripts
    main_signers = "git show refs/remotes/origin/main:.github/allowed_signers"
    assert f"{main_signers} > /tmp/allowed_signers" in scripts
    assert 'allowedSignersFile=/tmp/allowed_signers verify-tag "refs/tags/$TAG"' in scripts
    assert scripts.index("verify-tag") < scripts.index("lakip bundle")


def test_the_site_is_published_from_main_with_every_signed_years_release_assets():
    """Only main deploys the site, and through `lakip publish`: a release never replaces it
    with one year's rebuilt site, a signed year's PDF is its GitHub release asset."""
    main = "\n".join(_run_lines(REPO / ".github/workflows/main.yml"))
    download = main.index('gh release download "$tag" --dir "build/bundles/$tag"')
    assert download < main.index("lakip publish --out build/published --bundles build/bundles")
    assert "lakip build" not in main
    release = yaml.safe_load((REPO / ".github/workflows/release.yml").read_text(encoding="utf-8"))
    assert set(release["jobs"]) == {"release"}  # no Pages deployment of its own
    scripts = "\n".join(_run_lines(REPO / ".github/workflows/release.yml"))
    assert scripts.index("gh release create") < scripts.index("gh workflow run main.yml")


def test_allowed_signers_has_one_sample_public_key_and_no_private_key():
    text = (REPO / ".github/allowed_signers").read_text(encoding="utf-8")
    assert "PRIVATE KEY" not in text
    keys = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert len(keys) == 1
    principal, options, kind, blob = keys[0].split()[:4]
    assert (options, kind) == ('namespaces="git"', "ssh-ed25519")
    assert blob.startswith("AAAAC3NzaC1lZDI1NTE5")
    profile = yaml.safe_load((REPO / "reports/profil.yml").read_text(encoding="utf-8"))
    assert principal in profile["kepala"]["akun"], "lakip verify matches principals to kepala.akun"


@pytest.mark.parametrize(
    "path", [".github/PULL_REQUEST_TEMPLATE.md", ".github/ISSUE_TEMPLATE/permintaan-data.md"]
)
def test_templates_are_checklists(path):
    text = (REPO / path).read_text(encoding="utf-8")
    assert text.count("- [ ]") >= 5
    if "ISSUE_TEMPLATE" in path:
        front = yaml.safe_load(text.split("---")[1])
        assert set(front) >= {"name", "about", "title"}
        for slug in sorted(p.parent.name for p in (REPO / "sections").glob("*/unit.yml")):
            assert f"sections/{slug}/" in text


def test_run_scripts_are_valid_bash():
    for path in WORKFLOWS:
        for script in _run_lines(path):
            result = subprocess.run(
                ["bash", "-n", "-c", script], capture_output=True, text=True, timeout=30
            )
            assert result.returncode == 0, f"{path.name}: {script}\n{result.stderr}"


def _step_script(workflow: str, name: str) -> str:
    data = yaml.safe_load((REPO / ".github/workflows" / workflow).read_text(encoding="utf-8"))
    steps = [s for job in data["jobs"].values() for s in job.get("steps", [])]
    return next(s["run"] for s in steps if s.get("name") == name)


def _keypair(folder: Path, name: str) -> tuple[Path, str]:
    key = ssh_key(folder, name)
    return key, signers_line(f"{name}@example.invalid", key)


@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="needs ssh-keygen")
def test_release_signature_steps_trust_only_mains_allowed_signers(git_env, tmp_path):
    """Run the release workflow's own fetch and verify steps in a clone of a real origin."""
    head_key, head_line = _keypair(tmp_path, "kepala")
    rogue_key, rogue_line = _keypair(tmp_path, "rogue")
    work = make_repo(tmp_path / "work", {".github/allowed_signers": head_line})
    origin = tmp_path / "origin.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(work.root), str(origin)], check=True)
    work.git("remote", "add", "origin", str(origin))
    work.git("config", "gpg.format", "ssh")

    work.git("config", "user.signingkey", f"{head_key}.pub")
    work.git("tag", "-s", "-m", "rilis", "lakip-2025-v1")
    # A tag that brings its own key: its tree lists the rogue key, main's file does not.
    work.switch("rogue", create=True)
    work.commit("Trust me", {".github/allowed_signers": head_line + rogue_line})
    work.git("config", "user.signingkey", f"{rogue_key}.pub")
    work.git("tag", "-s", "-m", "rilis palsu", "lakip-2025-v2")
    work.git("push", "-q", "origin", "main", "lakip-2025-v1", "lakip-2025-v2")

    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(origin), str(clone)], check=True)
    fetch = _step_script("release.yml", "Fetch the annotated tag itself")
    verify = _step_script("release.yml", "Verify the tag signature against main's allowed signers")
    signers = tmp_path / "allowed_signers"
    for tag, ok in (("lakip-2025-v1", True), ("lakip-2025-v2", False)):
        script = (fetch + "\n" + verify).replace("/tmp/allowed_signers", str(signers))
        result = subprocess.run(
            ["bash", "-e", "-c", script],
            cwd=clone,
            env={**os.environ, "TAG": tag},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert (result.returncode == 0) is ok, result.stdout + result.stderr
        if ok:
            assert 'Good "git" signature for kepala@example.invalid' in result.stderr
        else:
            assert "No principal matched." in result.stderr


def _system_deps(*args: str) -> list[str]:
    script = REPO / "scripts" / "system-deps.sh"
    result = subprocess.run(
        ["bash", str(script), *args, "--list"], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_system_packages_are_listed_once_in_system_deps():
    """Workflows, .ci/run and make take the apt list from scripts/system-deps.sh."""
    everything, pdf = _system_deps(), _system_deps("--only", "pdf")
    assert "libpango-1.0-0" in pdf and "chromium" not in pdf
    assert set(pdf) < set(everything) and "chromium" in everything
    for path in (REPO / ".ci/run", REPO / "Makefile"):
        assert "bash scripts/system-deps.sh\n" in path.read_text(encoding="utf-8"), path.name
    for path in WORKFLOWS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for name, job in data["jobs"].items():
            script = "\n".join(s["run"] for s in job.get("steps", []) if "run" in s)
            where = f"{path.name}: job {name}"
            assert not [p for p in pdf if p in script], f"{where} lists WeasyPrint's libraries"
            for line in script.splitlines():
                if "apt-get install" in line:  # only git, which checkout needs before the script
                    assert "bash .ci/run" in script, where
                    assert set(line.split()) & set(everything) <= {"git", "ca-certificates"}
            if "pip install" in script:
                deps = script.index("bash scripts/system-deps.sh --only pdf")
                assert deps < script.index("pip install"), where
