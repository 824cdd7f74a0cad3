"""Every command speaks the language asked for; machine formats stay the same in both.

Each command runs once as it fails in ordinary use (a missing year, not a git repository, broken
data), with `--lang en` and with `--lang id`, and its output must not carry the other language's
marker words. `--help` speaks the language asked for too (option names such as `--tanggal` are
the domain's and not markers); argparse's own errors are tested in test_cli_usage.py.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest

from golden import copy_sample
from lakip.cli.main import _parser, main

INDONESIAN = re.compile(
    r"\b(tidak|belum|dengan|berkas|yang|untuk|sudah|jalankan|kesalahan|peringatan|temuan|bukan|"
    r"ditulis|dilewati|lengkap|pakai|sebagai|harus)\b",
    re.IGNORECASE,
)
ENGLISH = re.compile(
    r"\b(the|is|not|cannot|missing|must|found|error|warning|findings|file|run|exist|use)\b",
    re.IGNORECASE,
)
# One failing invocation per command; ROOT is a copy of the sample with one broken number, EMPTY
# a folder that is no repository. Neither is a git repository.
FAILING = {
    "validate": ["validate", "--root", "ROOT"],
    "figures": ["figures", "--root", "ROOT"],
    "build": ["build", "--root", "ROOT", "--year", "1999"],
    "serve": ["serve", "--root", "EMPTY"],
    "new": ["new", "2030", "--root", "ROOT", "--surat-nomor", "1", "--surat-tanggal", "2030-01-02"],
    "status": ["status", "1999", "--root", "ROOT"],
    "codeowners": ["codeowners", "--check", "--root", "ROOT"],
    "check-ownership": ["check-ownership", "--root", "ROOT", "--base", "main", "--author", "x"],
    "check-targets": ["check-targets", "--root", "EMPTY"],
    "check-registers": ["check-registers", "--root", "EMPTY"],
    "sign-pk": ["sign-pk", "2025", "--root", "ROOT"],
    "release": ["release", "2025", "--root", "ROOT"],
    "bundle": ["bundle", "lakip-2025-v1", "--root", "ROOT"],
    "publish": ["publish", "--root", "ROOT", "--out", "EMPTY"],
    "verify": ["verify", "nothing-here", "--root", "ROOT"],
    "distribute": ["distribute", "2025", "--root", "ROOT"],
    "receipt": [
        "receipt",
        "2025",
        "nobody",
        "--root",
        "ROOT",
        "--oleh",
        "X",
        "--tanggal",
        "2026-01-01",
    ],
    "archive": ["archive", "2025", "--root", "ROOT", "--lokasi", "X", "--rangkap", "0"],
    "schema": ["schema", "nosuchkind"],
    "formulir": ["formulir", "2025", "--root", "ROOT"],
    "reviu": ["reviu", "2025", "--root", "ROOT"],
    "impor": ["impor", "formulir-2025-nothing.xlsx", "--root", "ROOT"],
    "impor-anggaran": ["impor-anggaran", "nothing-here.xlsx", "--root", "ROOT"],
    "init": ["init", "ROOT", "--nama", "X", "--pemerintah", "Kabupaten X", "--kota", "X"],
}


def _commands() -> set[str]:
    action = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    return set(action.choices)


@pytest.fixture(scope="module")
def places(tmp_path_factory) -> dict[str, str]:
    root = copy_sample(tmp_path_factory.mktemp("sample"))
    path = root / "sections/bidang-ideologi/2025/realisasi.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("realisasi: 92.22", "realisasi: 92,22"), encoding="utf-8")
    return {"ROOT": str(root), "EMPTY": str(tmp_path_factory.mktemp("empty"))}


def _run(args: list[str], capsys) -> tuple[int, str]:
    try:
        code = main(args)
    except SystemExit as done:  # --help
        code = done.code
    out = capsys.readouterr()
    return code, out.out + out.err


def test_every_command_has_a_failing_invocation():
    assert set(FAILING) == _commands()


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("command", sorted(FAILING))
def test_a_failing_command_speaks_one_language(command, lang, places, capsys, monkeypatch):
    monkeypatch.delenv("LAKIP_LANG", raising=False)
    args = [places.get(arg, arg) for arg in FAILING[command]]
    code, text = _run(["--lang", lang, *args], capsys)
    assert code in (1, 2), text
    assert text.strip() and "Traceback" not in text
    other = INDONESIAN if lang == "en" else ENGLISH
    words = sorted({m.group().lower() for m in other.finditer(_without_data(text, places))})
    assert not words, f"lakip --lang {lang} {command} printed {words}:\n{text}"


def _without_data(text: str, places: dict[str, str]) -> str:
    """The text without what is not lakip's wording: paths, git's words, finding codes."""
    for path in places.values():
        text = text.replace(path, "<path>")
    return re.sub(r"\S+\.(yml|md|pdf)\b|fatal: .*|\[[a-z0-9-]+\]$", "", text, flags=re.M)


@pytest.mark.parametrize("command", sorted(_commands()))
def test_help_has_no_indonesian_sentence(command, capsys):
    code, text = _run(["--lang", "en", command, "--help"], capsys)
    assert code == 0
    assert not INDONESIAN.findall(text), text


@pytest.mark.parametrize("command", ["", *sorted(_commands())])
def test_help_in_indonesian_has_no_english_sentence(command, capsys, monkeypatch):
    monkeypatch.delenv("LAKIP_LANG", raising=False)
    code, text = _run([command, "--help"] if command else ["--help"], capsys)
    assert code == 0
    assert text.startswith("penggunaan: lakip") and "\nopsi:\n" in text
    prose = re.sub(r"--?[a-z][a-z-]*|\{[a-z,]+\}|\S+\.(yml|json|p12)\b|pull request", "", text)
    assert not ENGLISH.findall(prose), text
    assert "usage:" not in text and "show this help" not in text and "options:" not in text


@pytest.mark.parametrize("before", [True, False], ids=["lang-before", "lang-after"])
def test_validate_json_is_the_same_in_both_languages_but_the_message(before, places, capsys):
    found = {}
    for lang in ("id", "en"):
        options = ["--lang", lang]
        args = [*options, "validate"] if before else ["validate", *options]
        code, text = _run([*args, "--root", places["ROOT"], "--format", "json"], capsys)
        assert code == 1
        found[lang] = json.loads(text)
    assert [f.keys() for f in found["id"]] == [f.keys() for f in found["en"]]
    strip = [{k: v for k, v in f.items() if k != "message"} for f in found["id"]]
    assert strip == [{k: v for k, v in f.items() if k != "message"} for f in found["en"]]
    assert found["id"][0]["message"] != found["en"][0]["message"]


def test_figures_json_and_csv_are_the_same_in_both_languages(capsys):
    sample = str(Path(__file__).resolve().parent.parent)
    for fmt in ("json", "csv"):
        outputs = [
            _run(["--lang", lang, "figures", "--root", sample, "--format", fmt], capsys)[1]
            for lang in ("id", "en")
        ]
        assert outputs[0] == outputs[1]
