"""`lakip init`: a fresh agency repository that validates, builds and passes the CI checks at once.

The repository is created in a temporary folder, committed to a real git repository, and then
put through exactly what the workflows run: validate, the ownership, CODEOWNERS, target and
register checks, and the draft build, read back from the real PDF.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import sysconfig
from pathlib import Path

import pdfplumber
import pytest
import yaml

from gitfixtures import Repo
from helpers import REPO, run_lakip

ARGS = (
    "--nama", "Dinas Kesehatan",
    "--pemerintah", "Kabupaten Contoh",
    "--kota", "Contoh",
    "--alamat", "Jl. Kesehatan No. 1, Contoh",
    "--kepala", "dr. Nama Kepala, M.Kes.",
    "--akun", "kepala-dinkes",
    "--tahun", "2025",
    "--periode", "2025-2029",
    "--unit", "subbagian-perencanaan=Subbagian Perencanaan dan Keuangan",
    "--unit", "bidang-p2p=Bidang Pencegahan dan Pengendalian Penyakit",
)  # fmt: skip


@pytest.fixture
def fresh(tmp_path, git_env) -> Repo:
    root = tmp_path / "dinkes"
    code, out, err = run_lakip("--lang", "en", "init", root, *ARGS)
    assert code == 0, err
    assert f"Repository of Dinas Kesehatan created in {root}" in out
    repo = Repo(root)
    repo.git("init", "-q", "-b", "main")
    repo.commit("Start lakip", author="kepala-dinkes")
    return repo


def test_init_writes_no_sample_data(fresh) -> None:
    files = sorted(
        p.relative_to(fresh.root).as_posix()
        for p in fresh.root.rglob("*")
        if p.is_file() and ".git/" not in p.as_posix()
    )
    assert "reports/profil.yml" in files and "reports/renstra.yml" in files
    assert "sections/bidang-p2p/unit.yml" in files and ".github/CODEOWNERS" in files
    assert not any("/realisasi.yml" in f or "/anggaran.yml" in f for f in files)
    text = "\n".join((fresh.root / f).read_text(encoding="utf-8") for f in files)
    for sample in ("Purwakarta", "Kesbangpol", "IKU-01:", "Dadang"):
        assert sample not in text


def _pull_request_checks(repo: Repo, author: str) -> list[tuple[str, int, str]]:
    """Every `lakip` step of the agency's own pr.yml, as GitHub would run it for `author`'s
    pull request from the current branch into main (the build aside: see the slow test)."""
    commits = repo.root.parent / "commits.tsv"
    shas = repo.git("log", "--format=%H", "refs/remotes/origin/main..HEAD").split()
    commits.write_text("".join(f"{sha}\t{author}\t{author}\n" for sha in shas), encoding="utf-8")
    values = {
        "${{ github.base_ref }}": "main",
        "${{ github.event.pull_request.head.sha }}": repo.head(),
        "${{ github.event.pull_request.user.login }}": author,
        '"$RUNNER_TEMP/commits.tsv"': str(commits),
    }
    workflow = yaml.safe_load((repo.root / ".github/workflows/pr.yml").read_text(encoding="utf-8"))
    results = []
    for step in workflow["jobs"]["check"]["steps"]:
        script = step.get("run", "")
        if not script.startswith("lakip ") or script.startswith("lakip build"):
            continue
        for key, value in values.items():
            script = script.replace(key, value)
        code, out, err = run_lakip("--root", repo.root, *shlex.split(script)[1:])
        results.append((script.split()[1], code, out + err))
    return results


def test_init_passes_the_pull_request_checks_of_its_own_workflow(fresh, tmp_path) -> None:
    origin = tmp_path / "origin.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(fresh.root), str(origin)], check=True)
    fresh.git("remote", "add", "origin", str(origin))
    fresh.git("fetch", "-q", "origin")
    # planning's first pull request, the Renstra, opened by the head: every check passes
    renstra = fresh.read("reports/renstra.yml")
    fresh.switch("renstra", create=True)
    fresh.commit("Renstra", {"reports/renstra.yml": renstra + "# x\n"}, author="kepala-dinkes")
    checks = _pull_request_checks(fresh, "kepala-dinkes")
    assert {name for name, _, _ in checks} == {
        "validate", "check-ownership", "codeowners", "check-targets", "check-registers"
    }  # fmt: skip
    assert [(name, code) for name, code, _ in checks] == [(name, 0) for name, _, _ in checks], (
        checks
    )
    validated = next(out for name, _, out in checks if name == "validate")
    assert "pk-empty" in validated and "renstra-empty" in validated  # warnings: an empty draft
    # the same change by someone who holds no role is refused, on the file
    fresh.switch("stranger", create=True, start="main")
    fresh.commit("Renstra", {"reports/renstra.yml": renstra + "# y\n"}, author="orang-lain")
    ownership = dict((n, (c, o)) for n, c, o in _pull_request_checks(fresh, "orang-lain"))
    code, out = ownership["check-ownership"]
    assert code == 1 and "::error file=reports/renstra.yml,title=ownership::" in out


def test_init_refuses_an_existing_repository(fresh) -> None:
    code, _, err = run_lakip("--lang", "en", "init", fresh.root, *ARGS)
    assert code == 2
    assert "already holds a lakip repository" in err


def test_init_overwrites_no_file(tmp_path) -> None:
    root = tmp_path / "has-ci"
    (root / ".github/workflows").mkdir(parents=True)
    (root / ".github/workflows/main.yml").write_text("name: mine\n", encoding="utf-8")
    code, _, err = run_lakip("--lang", "en", "init", root, *ARGS)
    assert code == 2
    assert ".github/workflows/main.yml already exists (1 of the files init writes exist)" in err
    assert (root / ".github/workflows/main.yml").read_text(encoding="utf-8") == "name: mine\n"
    assert not (root / "reports").exists()


def test_init_names_every_missing_answer_without_a_terminal(tmp_path) -> None:
    code, _, err = run_lakip("--lang", "en", "init", tmp_path / "x", "--nama", "Dinas X")
    assert code == 2
    assert "--pemerintah, --kota, --alamat, --kepala, --akun, --tahun, --periode, --unit" in err
    assert not (tmp_path / "x").exists()


def test_init_workflows_are_the_projects_own_with_lakip_installed_from_requirements() -> None:
    """The agency's workflows run the same lakip steps as this repository's, and are valid."""
    init = REPO / "scripts/lakip/templates/init"
    for name in ("main.yml", "pr.yml", "release.yml"):
        ours = yaml.safe_load((REPO / ".github/workflows" / name).read_text(encoding="utf-8"))
        theirs = yaml.safe_load((init / name).read_text(encoding="utf-8"))
        ours["jobs"].pop("test", None)  # lakip's own test suite: no code in an agency repository
        for job in ours["jobs"].values():
            for step in job.get("steps", []):
                if "run" in step and step["run"].startswith("pip install -e"):
                    step["run"] = "pip install -r requirements.txt"
        assert ours == theirs, name
    assert (init / "system-deps.sh").read_bytes() == (REPO / "scripts/system-deps.sh").read_bytes()
    tool = Path(sysconfig.get_path("scripts")) / "check-jsonschema"
    result = subprocess.run(
        [str(tool), "--builtin-schema", "vendor.github-workflows", *map(str, init.glob("*.yml"))],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "NO_COLOR": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_init_builds_an_empty_draft_at_once(fresh) -> None:
    out = fresh.root / "build"
    code, _, err = run_lakip("--root", fresh.root, "build", "--out", out)
    assert code == 0, err
    with pdfplumber.open(next(out.glob("*.pdf"))) as pdf:
        pages = [page.filter(lambda o: o.get("size", 0) < 40) for page in pdf.pages]
        cover = pages[0].extract_text()
        text = "\n".join(page.extract_text() or "" for page in pages)
        watermark = {
            "".join(c["text"] for c in sorted(page.chars, key=lambda c: c["x0"]) if c["size"] >= 40)
            for page in pdf.pages
        }
    assert cover.startswith("PEMERINTAH KABUPATEN CONTOH\nDINAS KESEHATAN\n")
    assert re.search(r"\nTAHUN 2025\nDINAS KESEHATAN\nKABUPATEN CONTOH\n20[0-9]{2}$", cover)
    assert watermark == {"DRAF"}, "every page is marked as a draft"
    assert "Kata Pengantar belum disusun" in text  # the empty chapters say so


def test_the_minimal_repository_of_the_adopting_guide_validates(tmp_path, git_env) -> None:
    """docs/adopting.md's minimal example, on top of `lakip init`, gives real figures."""
    guide = (REPO / "docs/adopting.md").read_text(encoding="utf-8")
    section = guide.split("## A minimal repository", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```yaml\n# (\S+)\n(.*?)```", section, re.S)
    assert [path for path, _ in blocks] == ["reports/renstra.yml", "reports/2025/pk.yml"]
    root = tmp_path / "minimal"
    assert run_lakip("init", root, *ARGS)[0] == 0
    for path, text in blocks:
        (root / path).write_text(text, encoding="utf-8")
    year = root / "sections/subbagian-perencanaan/2025"
    year.mkdir()
    (year / "realisasi.yml").write_text(
        "tahun: 2025\nindikator:\n  - kode: IKU-01\n    realisasi: 92.7\n", encoding="utf-8"
    )
    (year / "anggaran.yml").write_text(
        'tahun: 2025\nkegiatan:\n  - kode: "1.02.02.2.02"\n    realisasi: 240000000\n',
        encoding="utf-8",
    )
    code, out, err = run_lakip("--root", root, "--lang", "en", "figures", "--format", "json")
    assert code == 0, err
    (indicator,) = json.loads(out)["indicators"]
    assert indicator["capaian"]["value_display"] == "103,00%"  # 92,7 / 90 x 100


def test_init_asks_for_what_is_missing_in_a_terminal(tmp_path) -> None:
    """Run in a real pseudo-terminal: each missing answer is asked, then the repository written."""
    root = tmp_path / "asked"
    leader, follower = os.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "lakip", "--lang", "en", "init", str(root), "--nama", "BPS X"],
        stdin=follower,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO / "scripts")},
    )
    os.close(follower)
    answers = (
        "Kabupaten X", "X", "Jl. X 1", "Kepala X", "kepala-x", "2026", "2026-2030",
        "subbagian-umum=Subbagian Umum",
    )  # fmt: skip
    for answer in answers:
        os.write(leader, (answer + "\n").encode())
    try:
        out, err = process.communicate(timeout=120)
    finally:
        os.close(leader)
    assert process.returncode == 0, err.decode()
    asked = out.decode()
    assert "Regency or city (type, then Enter): " in asked
    assert "Planning unit (slug=Name) (type, then Enter): " in asked
    assert "Repository of BPS X created in" in asked
    profile = (root / "reports/profil.yml").read_text(encoding="utf-8")
    assert 'pemerintah: "Kabupaten X"' in profile and "perencanaan: subbagian-umum" in profile
    assert (root / "reports/2026/pk.yml").is_file()
