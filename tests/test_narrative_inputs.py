"""Paths and keys from contributed files reach the user as located findings, never a crash.

Each test failed before its fix: a `%00` or an over-long image path was an internal error, a
chapter folder linked to /etc listed /etc's file names, a complex YAML key printed as a repr.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from assemble_fixture import PNG
from helpers import run_lakip
from lakip.load.logo import PLACEHOLDER_LOGO, logo_svg
from lakip.load.narrative import Source, to_html

UNIT = "sections/bidang-politik"
NARRATIVE = "sections/bidang-ideologi/2025/narasi.md"


def _validate(root: Path, *args: str) -> tuple[int, list[dict], str]:
    code, out, err = run_lakip("validate", "--root", root, "--format", "json", *args)
    return code, json.loads(out) if out.strip() else [], err


@pytest.mark.parametrize(
    ("src", "reason_id", "reason_en"),
    [
        ("gambar/a%00b.png", "path memuat karakter nol (%00)", "the path holds a null character"),
        ("gambar/" + "a" * 5000 + ".png", "path terlalu panjang", "the path is too long"),
        ("gambar/" + "/".join(["a" * 200] * 30) + ".png", "path terlalu panjang", "too long"),
    ],
    ids=["null-byte", "long-name", "long-path"],
)
def test_unusable_image_paths_are_reasons_not_exceptions(tmp_path, src, reason_id, reason_en):
    (tmp_path / UNIT / "2025" / "gambar").mkdir(parents=True)
    (tmp_path / UNIT / "2025" / "gambar" / "grafik.png").write_bytes(PNG)
    source = Source(tmp_path, f"{UNIT}/2025/narasi.md", 3, UNIT, "x-", "IKU-01")
    html, found = to_html(f"Teks.\n\n![grafik]({src})\n", source)
    assert "<img" not in html and "Teks." in html
    assert [f.code for f in found] == ["narrative-image-dropped"]
    assert reason_id in found[0].message("id") and reason_en in found[0].message("en")


@pytest.mark.parametrize("src", ["gambar/a%00b.png", "gambar/" + "a" * 5000 + ".png"])
def test_validate_locates_an_unusable_image_path(sample_copy, src):
    path = sample_copy / NARRATIVE
    lines = path.read_text(encoding="utf-8").count("\n")
    path.write_text(path.read_text(encoding="utf-8") + f"\n![x]({src})\n", encoding="utf-8")
    code, found, err = _validate(sample_copy)
    assert code == 1 and "Traceback" not in err and "internal" not in err
    assert [(f["path"], f["line"], f["code"]) for f in found] == [
        (NARRATIVE, lines + 2, "narrative-unsafe")
    ]


def test_logo_path_the_system_cannot_look_up_gives_the_placeholder(tmp_path):
    assert logo_svg(tmp_path, "a" * 5000 + ".svg") == PLACEHOLDER_LOGO
    assert logo_svg(tmp_path, "logo\x00.svg") == PLACEHOLDER_LOGO


@pytest.mark.parametrize(
    ("link", "folder"),
    [("reports/2025/bab", "reports/2025/bab"), ("sections", "sections")],
)
def test_a_folder_linked_out_of_the_repository_is_reported_without_its_listing(
    sample_copy, link, folder
):
    target = sample_copy / link
    for child in sorted(target.rglob("*"), reverse=True):
        child.rmdir() if child.is_dir() else child.unlink()
    target.rmdir()
    target.symlink_to("/etc")
    names = [name for name in os.listdir("/etc") if len(name) > 3]
    assert names, "the test needs a populated /etc"
    for lang in ("id", "en"):
        code, out, err = run_lakip("validate", "--root", sample_copy, "--lang", lang)
        assert code == 1 and "Traceback" not in err
        printed = out + err
        assert f"{folder}: " in printed and "[outside-repo]" in printed
        assert printed.count("[outside-repo]") == 1
        leaked = [name for name in names if f"/{name}" in printed or f"'{name}'" in printed]
        assert leaked == [], leaked


def test_a_complex_yaml_key_is_printed_as_written(sample_copy):
    path = sample_copy / "sections/bidang-ideologi/2025/realisasi.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + '? [a, "b c"]\n: 1\n? {x: [1, 2]}\n: 2\n', encoding="utf-8")
    for lang, word in (("id", "Kunci '[a, \"b c\"]' tidak dikenal"), ("en", "Unknown key")):
        code, out, err = run_lakip("validate", "--root", sample_copy, "--lang", lang)
        assert code == 1
        assert "ScalarNode" not in out + err and "MappingNode" not in out + err
        assert word in out + err
        assert "'{x: [1, 2]}'" in out + err
