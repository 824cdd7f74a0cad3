"""Golden cases for `lakip build`: hostile Markdown stops the build with located findings.

A case in tests/cases/build/ is written like the bad-input cases (tests/golden.py): a description,
`edit` applied to a copy of the sample, optional `args` for `lakip build`, and `expect` (exit code
and findings as "path:line code"). On top of the findings, every case that fails must leave the
output folder exactly as a previous build left it: nothing new, nothing changed, no temporary
folder behind.

Regenerate the expectations after a deliberate change, then read the diff:

    make golden

(every golden case; this folder's alone: `.venv/bin/python tests/test_build_cases.py --update`)
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from golden import apply_edits, load_case, update_cases, write_expect
from helpers import REPO, copy_sample, run_lakip

CASES = Path(__file__).resolve().parent / "cases" / "build"
PDF_NAME = "LKjIP-2025-Badan-Kesatuan-Bangsa-dan-Politik.pdf"
# `path:line: error: key: message [code]`, the line left out when it is 0 (see findings.py).
_FINDING = re.compile(
    r"^(?P<path>[^\s:]+?)(?::(?P<line>[0-9]+))?: (?:error|warning):.*\[(?P<code>[a-z0-9-]+)\]$"
)


def case_files() -> list[Path]:
    return sorted(CASES.glob("*.yml"))


def previous_build(out: Path) -> None:
    """What an earlier build left in --out: the PDF under lakip's own name, the site, the lock."""
    (out / "site" / "assets").mkdir(parents=True)
    (out / PDF_NAME).write_bytes(b"%PDF-1.7\n% build sebelumnya\n%%EOF\n")
    (out / "site" / "index.html").write_text("<!doctype html><title>lama</title>\n")
    (out / "site" / "assets" / "lakip.css").write_text("body { color: black; }\n")
    (out / "site" / ".lakip-site").write_text("ditulis oleh lakip\n")
    (out / ".lakip-build.lock").write_bytes(b"")


def snapshot(folder: Path) -> dict[str, str]:
    """Every file and folder under `folder` with the hash of its bytes."""
    return {
        path.relative_to(folder).as_posix(): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        )
        for path in sorted(folder.rglob("*"))
    }


def run_build(root: Path, out: Path, args: list[str]) -> tuple[int, list[str], str]:
    code, _, stderr = run_lakip("build", "--root", root, "--out", out, "--lang", "en", *args)
    found = set()
    for line in stderr.splitlines():
        match = _FINDING.match(line)
        if match:
            found.add(f"{match['path']}:{match['line'] or 0} {match['code']}")
    return code, sorted(found), stderr


def observed(root: Path, out: Path, case: dict) -> tuple[dict, str]:
    code, found, err = run_build(root, out, case.get("args", []))
    return {"exit": code, "findings": found}, err


@pytest.mark.parametrize("path", case_files(), ids=lambda p: p.stem)
def test_build_case(path: Path, tmp_path: Path) -> None:
    case = load_case(path)
    assert case.get("description"), "every case says what it breaks"
    root = copy_sample(tmp_path / "repo")
    apply_edits(root, case.get("edit", {}))
    out = tmp_path / "out"
    previous_build(out)
    before = snapshot(out)
    result, err = observed(root, out, case)
    assert "Traceback" not in err
    assert result == case["expect"]
    if result["exit"] != 0:
        assert snapshot(out) == before, "a failed build must leave --out as it was"


def test_there_are_enough_build_cases() -> None:
    assert len(case_files()) >= 10


@pytest.mark.parametrize(
    "hostile",
    [
        "<SCRIPT>alert(1)</SCRIPT>",
        "<script>alert(1)</script>",
        '<rect onload="alert(1)"/>',
        '<a href="javascript:alert(1)"><text>x</text></a>',
        '<image href="http://169.254.169.254/latest/meta-data/"/>',
        '<use href="https://contoh.invalid/a.svg#x"/>',
        "<Style>@import url(http://contoh.invalid/a.css);</Style>",
        '<rect style="fill:url(http://contoh.invalid/x)"/>',
        '<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="x"/></foreignObject>',
    ],
)
def test_hostile_logo_keeps_the_drawing_only(tmp_path: Path, hostile: str) -> None:
    """The planning unit's logo is inlined into letters and copied onto the site."""
    from lakip.load.logo import logo_svg

    svg = f'<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/>{hostile}</svg>'
    (tmp_path / "logo.svg").write_text(svg, encoding="utf-8")
    cleaned = logo_svg(tmp_path, "logo.svg").lower()
    assert "<circle" in cleaned
    for word in ("script", "onload", "javascript", "169.254", "contoh.invalid", "iframe"):
        assert word not in cleaned


def test_logo_that_links_to_itself_gives_the_placeholder(tmp_path: Path) -> None:
    from lakip.load.logo import PLACEHOLDER_LOGO, logo_svg

    (tmp_path / "logo.svg").symlink_to("logo.svg")
    assert logo_svg(tmp_path, "logo.svg") == PLACEHOLDER_LOGO


def test_security_doc_lists_every_case() -> None:
    """docs/security.md's corpus table names each case once, in a row with the right count."""
    doc = (REPO / "docs" / "security.md").read_text(encoding="utf-8")
    listed: list[str] = []
    for row in re.findall(
        r"^\| [^*|][^|]* \| ([0-9]+) \| ((?:invalid|build) [0-9, ]+) \|$", doc, re.M
    ):
        count, cases = row
        folder, numbers = cases.split(" ", 1)
        names = [f"{folder}/{number.strip()}" for number in numbers.split(",")]
        assert len(names) == int(count), cases
        listed += names
    on_disk = [f"{p.parent.name}/{p.name[:3]}" for p in sorted(CASES.parent.glob("*/*.yml"))]
    on_disk = [name for name in on_disk if name.split("/")[0] in ("invalid", "build")]
    assert sorted(listed) == sorted(on_disk), "update the table in docs/security.md"
    total = re.search(r"\| \*\*Total\*\* \| \*\*([0-9]+)\*\* \|", doc)
    assert total and int(total[1]) == len(on_disk)


def _update(path: Path, scratch: Path) -> bool:
    case = load_case(path)
    root = copy_sample(scratch / path.stem / "repo")
    apply_edits(root, case.get("edit", {}))
    out = scratch / path.stem / "out"
    previous_build(out)
    result, _ = observed(root, out, case)
    return write_expect(path, case, result)


if __name__ == "__main__":
    update_cases(case_files(), _update, __doc__)
