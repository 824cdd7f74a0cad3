"""argparse's errors reach the user in Indonesian with the fix, and in English under --lang en.

Each case drives one of argparse's error paths through `lakip` itself (cli/parser.py takes every
one of them over) and pins the sentence the user reads, in both languages.
"""

from __future__ import annotations

import re

import pytest

from lakip.cli.main import main

# argparse's own English, none of which may reach an Indonesian (or English) user as is.
ARGPARSE = re.compile(
    r"usage:|error:|invalid choice|invalid int value|expected one argument|are required|"
    r"unrecognized arguments|not allowed with|ignored explicit|ambiguous option|expected YYYY"
)
CASES = {
    "int": (
        ["archive", "2025", "--lokasi", "Rak", "--rangkap", "dua"],
        "lakip archive: kesalahan: --rangkap: 'dua' bukan bilangan bulat. Tulis dengan angka, "
        "misalnya --rangkap 3.",
        "lakip archive: error: --rangkap: 'dua' is not a whole number. Write it in digits, e.g. "
        "--rangkap 3.",
    ),
    "year": (
        ["validate", "--year", "duaribu"],
        "--year: 'duaribu' bukan bilangan bulat. Tulis dengan angka, misalnya --year 2027.",
        "--year: 'duaribu' is not a whole number. Write it in digits, e.g. --year 2027.",
    ),
    "year-positional": (
        ["status", "dua-ribu"],
        "lakip status: kesalahan: TAHUN: 'dua-ribu' bukan bilangan bulat. Tulis dengan angka, "
        "misalnya 2027.",
        "lakip status: error: YEAR: 'dua-ribu' is not a whole number. Write it in digits, e.g. "
        "2027.",
    ),
    "date-form": (
        ["status", "--today", "2027/02/11"],
        "--today: tanggal '2027/02/11' tidak dapat dibaca. Tulis dalam salah satu bentuk ini: "
        "2027-02-11, 11-02-2027, 11/02/2027, 11 Februari 2027, 11 Feb 2027.",
        "--today: date '2027/02/11' cannot be read. Write it in one of these forms: 2027-02-11, "
        "11-02-2027, 11/02/2027, 11 Februari 2027, 11 Feb 2027.",
    ),
    "date-calendar": (
        ["status", "--today", "30 Februari 2027"],
        "--today: tanggal '30 Februari 2027' tidak ada di kalender.",
        "--today: date '30 Februari 2027' is not in the calendar.",
    ),
    "required": (
        ["receipt", "2025", "bappeda"],
        "lakip receipt: kesalahan: --oleh, --tanggal wajib diisi. Contoh dan semua opsi: "
        "lakip receipt --help",
        "lakip receipt: error: --oleh, --tanggal must be given. Examples and every option: "
        "lakip receipt --help",
    ),
    "no-command": (
        [],
        "lakip: kesalahan: PERINTAH wajib diisi.",
        "lakip: error: COMMAND must be given.",
    ),
    "unknown-option": (
        ["codeowners", "--chek", "x"],
        "lakip codeowners: kesalahan: Opsi atau argumen tidak dikenal: --chek x. Maksud Anda "
        "--check? Opsi yang ada: lakip codeowners --help",
        "lakip codeowners: error: Unrecognised option or argument: --chek x. Did you mean "
        "--check? The options there are: lakip codeowners --help",
    ),
    "indonesian-option": (
        ["figures", "--tahun", "2025"],
        "Opsi atau argumen tidak dikenal: --tahun 2025. Maksud Anda --year?",
        "Unrecognised option or argument: --tahun 2025. Did you mean --year?",
    ),
    "choice": (
        ["validate", "--format", "jsno"],
        "--format: 'jsno' bukan pilihan yang dikenal. Maksud Anda json? Pilih salah satu: text, "
        "json, github.",
        "--format: 'jsno' is not a known choice. Did you mean json? Choose one of: text, json, "
        "github.",
    ),
    "command": (
        ["valdate"],
        "lakip: kesalahan: 'valdate' bukan perintah lakip. Maksud Anda validate? Perintah yang "
        "ada: validate, figures,",
        "lakip: error: 'valdate' is not a lakip command. Did you mean validate? The commands "
        "are: validate, figures,",
    ),
    "missing-value": (
        ["distribute", "2025", "--tanggal"],
        "--tanggal memerlukan nilai, misalnya --tanggal TANGGAL.",
        "--tanggal needs a value, e.g. --tanggal DATE.",
    ),
    "missing-choice": (
        ["validate", "--format"],
        "--format memerlukan nilai, misalnya --format text.",
        "--format needs a value, e.g. --format text.",
    ),
    "exclusive": (
        ["schema", "--write", "--check"],
        "--check tidak dapat dipakai bersama --write. Pilih salah satu.",
        "--check cannot be used together with --write. Choose one.",
    ),
    "flag-value": (
        ["validate", "--final=ya"],
        "--final tidak menerima nilai (diberi 'ya'). Tulis --final saja.",
        "--final takes no value (given 'ya'). Write --final alone.",
    ),
    "ambiguous": (
        ["check-ownership", "--base", "main", "--author", "x", "--h", "y"],
        "Opsi --h bisa berarti --help, --head. Tulis nama opsi selengkapnya.",
        "Option --h could mean --help, --head. Write the option's full name.",
    ),
}


def _run(argv: list[str], capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as done:
        main(argv)
    captured = capsys.readouterr()
    assert captured.out == ""
    return done.value.code, captured.err


@pytest.mark.parametrize("case", sorted(CASES))
def test_argparse_error_in_indonesian(case, capsys, monkeypatch):
    monkeypatch.delenv("LAKIP_LANG", raising=False)
    argv, indonesian, _ = CASES[case]
    code, err = _run(argv, capsys)
    assert code == 2
    assert err.startswith("penggunaan: lakip")
    assert indonesian in " ".join(err.split()), err
    assert not ARGPARSE.search(err), err


@pytest.mark.parametrize("where", ["before", "after", "env"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_argparse_error_in_english(case, where, capsys, monkeypatch):
    monkeypatch.delenv("LAKIP_LANG", raising=False)
    argv, _, english = CASES[case]
    if where == "env":
        monkeypatch.setenv("LAKIP_LANG", "en")
    elif where == "before" or not argv:
        argv = ["--lang", "en", *argv]
    else:
        argv = [*argv[:1], "--lang=en", *argv[1:]]
    code, err = _run(argv, capsys)
    assert code == 2
    assert err.startswith("usage: lakip")
    assert english in " ".join(err.split()), err
    assert "kesalahan" not in err and "penggunaan" not in err


def test_every_argparse_error_pattern_is_driven_by_a_case():
    from lakip.cli import parser

    driven = {"required", "exclusive", "flag-value", "ambiguous", "missing-value"}
    codes = {code for _, code in parser._ARGPARSE_ERRORS}
    assert codes == {
        "usage-required",
        "usage-one-required",  # argparse's required mutually exclusive group: lakip has none
        "usage-expected-value",
        "usage-exclusive",
        "usage-no-value",
        "usage-ambiguous",
    }
    assert driven <= set(CASES)


def test_an_unforeseen_argparse_error_is_worded_not_dropped(capsys):
    from lakip.cli.parser import Parser

    parser = Parser(prog="lakip x", lang="id")
    with pytest.raises(SystemExit):
        parser.error("something argparse never said before")
    err = capsys.readouterr().err
    assert "lakip x: kesalahan: Perintah tidak dapat dibaca (something argparse never said " in err
    assert "Bantuan: lakip x --help" in err


def test_help_and_metavar_must_be_catalogue_codes():
    from lakip.cli.parser import Parser

    with pytest.raises(KeyError, match="help text in English"):
        Parser(lang="id").add_argument("--x", help="help text in English")
