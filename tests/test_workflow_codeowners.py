"""`lakip codeowners`: CODEOWNERS follows the unit metadata, and `--check` catches drift."""

from __future__ import annotations

from helpers import REPO, copy_sample
from lakip.cli.main import main
from lakip.layout import CODEOWNERS as CODEOWNERS_PATH
from lakip.sop.codeowners import codeowners


def _copy(tmp_path):
    return copy_sample(tmp_path, CODEOWNERS_PATH)


def test_committed_file_matches_the_sample_metadata():
    assert (REPO / CODEOWNERS_PATH).read_text(encoding="utf-8") == codeowners(REPO)
    assert main(["codeowners", "--check", "--root", str(REPO)]) == 0


def test_owners_per_folder():
    lines = [
        line.split()
        for line in codeowners(REPO).splitlines()
        if line.strip() and not line.startswith("#")
    ]
    owners = {line[0]: line[1:] for line in lines}
    assert lines[0] == ["*", "@dadang-kurniawan"]  # first: every later line overrides it
    for path in ("/.github/", "/scripts/", "/mkdocs.yml", "/pyproject.toml"):
        assert owners[path] == ["@dadang-kurniawan"]
    assert owners["/reports/"] == [
        "@agus-setiawan-se",
        "@dewi-kartika-pwk",
        "@yogi-pratama",
        "@dadang-kurniawan",
    ]
    assert owners["/sections/bidang-ketahanan/"] == [
        "@neneng-sumarni",
        "@asep-ruhiyat",
        "@dadang-kurniawan",
    ]
    assert len([p for p in owners if p.startswith("/sections/")]) == 6


def test_check_finds_drift_and_regeneration_fixes_it(tmp_path, capsys):
    root = _copy(tmp_path)
    unit = root / "sections/bidang-ketahanan/unit.yml"
    unit.write_text(
        unit.read_text(encoding="utf-8") + "  - pegawai-baru\n", encoding="utf-8"
    )  # a new member appended to `anggota`, the last key
    assert main(["codeowners", "--check", "--root", str(root), "--lang", "en"]) == 1
    out = capsys.readouterr().out.strip()
    assert out.startswith(".github/CODEOWNERS:") and out.endswith("[codeowners-stale]")
    line = int(out.split(":")[1])
    text = (root / CODEOWNERS_PATH).read_text(encoding="utf-8").splitlines()
    assert text[line - 1].startswith("/sections/bidang-ketahanan/")
    assert "Run 'lakip codeowners' and commit .github/CODEOWNERS." in out

    assert main(["codeowners", "--root", str(root)]) == 0
    assert "@pegawai-baru @dadang-kurniawan" in (root / CODEOWNERS_PATH).read_text()
    assert main(["codeowners", "--check", "--root", str(root)]) == 0


def test_missing_file_is_a_finding(tmp_path, capsys):
    root = _copy(tmp_path)
    (root / CODEOWNERS_PATH).unlink()
    assert main(["codeowners", "--check", "--root", str(root), "--format", "github"]) == 1
    assert capsys.readouterr().out.startswith(
        "::error file=.github/CODEOWNERS,title=codeowners-missing::"
    )
