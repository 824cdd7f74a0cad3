"""The pre-commit hooks pass on a clean clone and name a broken data file.

The test clones the repository's HEAD into a temporary folder (uncommitted files are not part of
it), runs `pre-commit run --all-files` there with this venv's bin first on PATH, then breaks one
realisation value (`"85,5"`: a decimal comma in a string, not a number) and expects the
`lakip validate` hook to fail and name the file.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from helpers import REPO

HOOK_NAME = "lakip validate"  # `name:` of the lakip-validate hook in .pre-commit-config.yaml
BROKEN_VALUE = '"85,5"'
TIMEOUT = 600


def _venv_bin() -> Path:
    """The bin folder of the interpreter running the tests (lakip, ruff, pre-commit live there)."""
    return Path(sysconfig.get_path("scripts"))


def _clean_env(tmp_path: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        # An outer git hook (or pre-commit) may have set these; they must not leak into the clone.
        if not key.startswith(("GIT_", "PRE_COMMIT")) and key != "SKIP"
    }
    env["PATH"] = os.pathsep.join([str(_venv_bin()), env.get("PATH", os.defpath)])
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    env["PRE_COMMIT_COLOR"] = "never"
    env["NO_COLOR"] = "1"
    return env


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def _pre_commit(clone: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return _run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
        clone,
        env,
    )


def _output(result: subprocess.CompletedProcess[str]) -> str:
    return (
        f"exit {result.returncode}\n"
        f"--- stdout ---\n{result.stdout}\n"
        f"--- stderr ---\n{result.stderr}"
    )


def _pick_realisation(clone: Path) -> Path:
    candidates = sorted(clone.glob("sections/*/2025/realisasi.yml")) or sorted(
        clone.glob("sections/*/*/realisasi.yml")
    )
    if not candidates:
        pytest.fail("no sections/<unit>/<tahun>/realisasi.yml in HEAD: the sample data is missing")
    return candidates[0]


def break_realisation(text: str) -> str:
    """Turn the first indicator's realisation into the string "85,5".

    Edits the text in place of a YAML round trip, so every other byte of the file stays as it was
    and the only error in it is the one made here.
    """
    value_line = re.compile(
        r"^(?P<head>[ \t]*(?:-[ \t]+)?realisasi:)[^\n#]*?(?P<tail>[ \t]*#.*)?$", re.M
    )
    new, count = value_line.subn(rf"\g<head> {BROKEN_VALUE}\g<tail>", text, count=1)
    if count:
        return new
    # No indicator has a realisation yet: give the first one a bad one.
    first_item = re.compile(r"^(?P<dash>[ \t]*-)(?P<gap>[ \t]+)kode:[^\n]*$", re.M)
    match = first_item.search(text)
    if match is None:
        raise ValueError("no `- kode:` item to attach a realisation to")
    indent = " " * (len(match["dash"]) + len(match["gap"]))
    line = f"\n{indent}realisasi: {BROKEN_VALUE}"
    return text[: match.end()] + line + text[match.end() :]


def test_break_realisation_replaces_value():
    text = "tahun: 2025\nindikator:\n  - kode: IKU-01\n    realisasi: 85.5  # catatan\n"
    assert break_realisation(text) == (
        'tahun: 2025\nindikator:\n  - kode: IKU-01\n    realisasi: "85,5"  # catatan\n'
    )


def test_break_realisation_adds_value():
    text = "tahun: 2025\nindikator:\n  - kode: IKU-01\n    keterangan: belum\n"
    assert break_realisation(text) == (
        'tahun: 2025\nindikator:\n  - kode: IKU-01\n    realisasi: "85,5"\n    keterangan: belum\n'
    )


def test_pre_commit_clean_then_broken(tmp_path: Path):
    git = shutil.which("git")
    if git is None:
        pytest.skip("git is not installed")
    env = _clean_env(tmp_path)

    top = _run([git, "rev-parse", "--show-toplevel"], REPO, env)
    if top.returncode != 0:
        pytest.skip(f"{REPO} is not a git checkout: {top.stderr.strip()}")

    clone = tmp_path / "clone"
    cloned = _run(
        [git, "-c", "safe.directory=*", "clone", "--quiet", top.stdout.strip(), str(clone)],
        tmp_path,
        env,
    )
    assert cloned.returncode == 0, _output(cloned)
    assert (clone / ".pre-commit-config.yaml").is_file(), "HEAD has no .pre-commit-config.yaml"

    clean = _pre_commit(clone, env)
    assert clean.returncode == 0, "pre-commit fails on a clean clone of HEAD\n" + _output(clean)

    target = _pick_realisation(clone)
    target.write_text(break_realisation(target.read_text(encoding="utf-8")), encoding="utf-8")
    relative = target.relative_to(clone).as_posix()

    broken = _pre_commit(clone, env)
    report = _output(broken)
    assert broken.returncode != 0, f"pre-commit passed with {relative} broken\n" + report
    assert re.search(rf"^{re.escape(HOOK_NAME)}\.+Failed$", broken.stdout, re.M), (
        f"the {HOOK_NAME!r} hook did not fail\n" + report
    )
    assert relative in broken.stdout + broken.stderr, f"output does not name {relative}\n" + report
