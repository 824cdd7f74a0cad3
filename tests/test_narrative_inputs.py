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


def _narrative(sample_copy: Path, text: str) -> None:
    (sample_copy / NARRATIVE).write_text(text, encoding="utf-8")


def _part(code: str, fill: dict[str, str] | None = None) -> str:
    """A `## CODE` part with the scaffold's four subheadings, each filled with a sentence."""
    from lakip.sop.open_year import NARRATIVE_PARTS

    fill = fill or {}
    body = "".join(
        f"### {title}\n\n{fill.get(title, f'Analisis {title.lower()} untuk {code}.')}\n\n"
        for title in NARRATIVE_PARTS
    )
    return f"## {code} Judul\n\n{body}"


def test_the_empty_scaffold_says_the_heading_exists(sample_copy):
    from lakip.sop.open_year import NARRATIVE_HINT, NARRATIVE_PARTS

    empty = "".join(f"### {title}\n\n" for title in NARRATIVE_PARTS)
    _narrative(sample_copy, f"## IKU-01 Judul\n\n{NARRATIVE_HINT}\n\n{empty}" + _part("IKU-02"))
    code, out, _ = run_lakip("validate", "--root", sample_copy, "--final")
    assert code == 1
    assert out.splitlines() == [
        f"{NARRATIVE}:1: kesalahan: Narasi indikator 'IKU-01' masih kosong: judul '## IKU-01' "
        "sudah ada, tetapi belum ada teks di bawah subjudulnya (unit bidang-ideologi). Tulis "
        "analisis di bawah setiap subjudul dan hapus komentar petunjuk. [narrative-empty]"
    ]
    code, out, _ = run_lakip("validate", "--root", sample_copy, "--lang", "en")
    assert code == 0 and "the heading '## IKU-01' exists" in out and "add '## IKU-01'" not in out


@pytest.mark.parametrize("text", ["-", "- -", "*", "1. -", "\u2014", "...", "-\n-\n-"])
def test_a_subsection_of_only_dashes_prints_an_empty_bullet(sample_copy, text):
    _narrative(sample_copy, _part("IKU-01", {"Kendala": text}) + _part("IKU-02"))
    code, found, _ = _validate(sample_copy, "--final")
    assert code == 1
    assert [(f["line"], f["code"], f["severity"]) for f in found] == [
        (13, "narrative-placeholder", "error")
    ]


@pytest.mark.parametrize("text", ["Tidak ada.", "- Tidak ada kendala berarti.", "0 kasus"])
def test_a_short_real_answer_is_no_placeholder(sample_copy, text):
    _narrative(sample_copy, _part("IKU-01", {"Kendala": text}) + _part("IKU-02"))
    assert _validate(sample_copy, "--final")[:2] == (0, [])


def test_unfinished_narratives_are_errors_only_in_a_final_build(sample_copy):
    from lakip.sop.open_year import NARRATIVE_HINT

    first = _part("IKU-01", {"Kendala": "<!-- nanti -->", "Tindak lanjut": "-"})
    second = _part("IKU-02").replace("### Upaya yang dilakukan\n", "Upaya:\n")
    _narrative(sample_copy, first.replace("\n\n", f"\n\n{NARRATIVE_HINT}\n\n", 1) + second)
    expected = [
        (3, "narrative-hint-left"),
        (13, "narrative-subsection-empty"),
        (19, "narrative-placeholder"),
        (21, "narrative-subsection-missing"),
    ]
    code, found, _ = _validate(sample_copy)
    assert code == 0
    assert [(f["line"], f["code"]) for f in found] == expected
    assert {f["severity"] for f in found} == {"warning"}
    code, found, _ = _validate(sample_copy, "--final")
    assert code == 1
    assert [(f["line"], f["code"]) for f in found] == expected
    assert {f["severity"] for f in found} == {"error"}
    missing = next(f for f in found if f["code"] == "narrative-subsection-missing")
    assert "'### Upaya yang dilakukan'" in missing["message"]


def test_a_copied_narrative_and_a_stale_source_stay_warnings(sample_copy):
    text = _part("IKU-01") + _part("IKU-02")
    (sample_copy / "sections/bidang-ideologi/2024/narasi.md").write_text(
        _part("IKU-01"), encoding="utf-8"
    )
    _narrative(sample_copy, text)
    realisasi = sample_copy / "sections/bidang-ideologi/2025/realisasi.yml"
    realisasi.write_text(
        realisasi.read_text(encoding="utf-8").replace("Pancasila Tahun 2025", "Pancasila 2023"),
        encoding="utf-8",
    )
    code, out, _ = run_lakip("validate", "--root", sample_copy, "--final", "--lang", "en")
    assert code == 0
    assert out.splitlines() == [
        f"{NARRATIVE}:1: warning: IKU-01: The narrative 'IKU-01' is the same as in 2024 "
        "(sections/bidang-ideologi/2024/narasi.md:1). Update the analysis for 2025. "
        "[narrative-copied]",
        "sections/bidang-ideologi/2025/realisasi.yml:6: warning: indikator[0].sumber_data: The "
        "data source of indicator 'IKU-01' names 2023, not 2025. Check that the data is "
        "2025's. [source-other-year]",
    ]


def test_the_scaffold_asks_for_what_final_requires():
    from lakip.sop.open_year import NARRATIVE_PARTS
    from lakip.validate.narrative_quality import TOPICS, _covers

    assert all(_covers(t, title) for t, title in zip(TOPICS, NARRATIVE_PARTS, strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", [(1, "chapter-empty")]),
        ("## Kesimpulan\n\n<!-- nanti -->\n", [(1, "chapter-empty")]),
        (
            "## Kesimpulan\n\nTeks.\n\n## Rencana\n\n### Satu\n\nIsi.\n\n### Dua\n\n## Akhir\n",
            [(11, "chapter-section-empty"), (13, "chapter-section-empty")],
        ),
        ("## Kesimpulan\n\nTeks.\n\n<!-- Petunjuk: hapus -->\n", [(5, "narrative-hint-left")]),
    ],
    ids=["empty-file", "headings-only", "empty-headings", "hint"],
)
def test_an_unwritten_chapter_is_refused_by_final(sample_copy, text, expected):
    rel = "reports/2025/bab/penutup.md"
    (sample_copy / rel).write_text(text, encoding="utf-8")
    code, found, _ = _validate(sample_copy, "--final")
    assert code == 1
    assert [(f["path"], f["line"], f["code"]) for f in found] == [
        (rel, line, name) for line, name in expected
    ]
    code, found, _ = _validate(sample_copy)
    assert code == 0 and {f["severity"] for f in found} == {"warning"}


def test_an_empty_item_among_real_ones_is_located(sample_copy):
    items = "- Pertama.\n-\n- Ketiga.\n\n1. Satu.\n2. \n"
    _narrative(sample_copy, _part("IKU-01", {"Kendala": items}) + _part("IKU-02"))
    code, found, _ = _validate(sample_copy, "--final", "--lang", "en")
    assert code == 1
    assert [(f["line"], f["code"]) for f in found] == [
        (14, "narrative-empty-bullet"),
        (18, "narrative-empty-bullet"),
    ]
    assert found[0]["message"] == (
        "An empty list item under subheading 'Kendala' of narrative 'IKU-01' prints as a bullet "
        "with no text. Write its text or delete the line."
    )


def test_a_number_that_continues_a_paragraph_is_no_empty_item(sample_copy):
    text = "Realisasi naik pada tahun\n2025.\n\nLangkah berikut:\n*\n"
    _narrative(sample_copy, _part("IKU-01", {"Kendala": text}) + _part("IKU-02"))
    assert _validate(sample_copy, "--final")[:2] == (0, [])


def test_an_empty_sasaran_heading_is_named_for_its_indicators(sample_copy):
    _narrative(sample_copy, "## S1 Pemahaman Pancasila\n\n### Kendala\n\n<!-- nanti -->\n")
    code, found, _ = _validate(sample_copy, "--final", "--lang", "en")
    assert code == 1
    assert [(f["line"], f["code"]) for f in found] == [(1, "narrative-empty")] * 2
    assert [f["message"].split(":")[0] for f in found] == [
        "The narrative for indicator 'IKU-01' is still empty",
        "The narrative for indicator 'IKU-02' is still empty",
    ]
    assert all("the heading '## S1' exists" in f["message"] for f in found)
