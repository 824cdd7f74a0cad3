"""YAML syntax errors read as what went wrong and how to fix it, at file:line and column.

libyaml's own sentences ("mapping values are not allowed in this context") mean nothing to
section staff; each common slip gets its own code and a message in both languages.
"""

from __future__ import annotations

import re

import pytest

from lakip.load.yamlfile import parse_yaml

LIBYAML = re.compile(
    r"not allowed in this context|did not find|could not find|found character|"
    r"while scanning|while parsing|end of stream|cannot start any token"
)

# text -> (line, code, a phrase the Indonesian message must carry)
CASES = {
    "a: b: c\n": (1, "yaml-colon-in-value", "di kolom 5"),
    "judul: Catatan: penting\n": (1, "yaml-colon-in-value", "beri tanda kutip"),
    "a:\n\tb: 1\n": (2, "yaml-tab", "Ganti tab dengan spasi"),
    'x: 1\na: "abc\nb: 1\n': (2, "yaml-unclosed-quote", 'Tanda kutip " yang dibuka di kolom 4'),
    "a: 'abc\nb: 1\n": (1, "yaml-unclosed-quote", "Tambahkan ' di akhir"),
    "a:\n  b: 1\n c: 2\n": (3, "yaml-indentation", "di kolom 2"),
    "a: 1\n  b: 2\n": (2, "yaml-indentation", "di kolom 3"),
    "a: 1\n- b\n": (2, "yaml-list-in-mapping", "di kolom 1"),
    "a: 1\nb\nc: 2\n": (2, "yaml-missing-colon", "Tambahkan ': '"),
    "a: [1, 2\nb: 3\n": (1, "yaml-unclosed-bracket", "Kurung [ yang dibuka di kolom 4"),
    "a: {x: 1\nb: 3\n": (1, "yaml-unclosed-bracket", "tidak ditutup dengan }"),
    "a: @x\n": (1, "yaml-bad-start", "diawali '@' (kolom 4, '@x')"),
    "a: `x`\n": (1, "yaml-bad-start", "diawali '`'"),
    "a: ]\n": (1, "yaml-bad-start", "diawali ']'"),
    "%foo\na: 1\n": (1, "yaml-bad-start", "diawali '%' (kolom 1"),
    'a: "C:\\q"\n': (1, "yaml-escape", "tanda kutip tunggal"),
    'a: "x" y\n': (1, "yaml-text-after-quote", "di kolom 8"),
    "b: 'Jum'at'\n": (1, "yaml-text-after-quote", "('it''s')"),
    '"Dinas" Kesbangpol\n': (1, "yaml-text-after-quote", "di kolom 9"),
    "a:1\nb: 2\n": (1, "yaml-colon-space", "tulis 'a: ...', bukan 'a:...'"),
    "- kode: IKU-01\n  realisasi:92\n  sumber_data: x\n": (2, "yaml-colon-space", "kolom 12"),
    "a: |0\n  x\n": (1, "yaml-syntax", "angka indentasi 0"),
}


@pytest.mark.parametrize("text", sorted(CASES), ids=lambda t: t.split("\n")[0][:20])
def test_syntax_error_is_located_and_worded(text):
    line, code, phrase = CASES[text]
    node, found = parse_yaml(text, "sections/x/2025/realisasi.yml")
    assert node is None
    assert [(f.line, f.code) for f in found] == [(line, code)]
    indonesian, english = found[0].message("id"), found[0].message("en")
    assert phrase in indonesian, indonesian
    assert not LIBYAML.search(indonesian) and not LIBYAML.search(english)
    assert indonesian != english


def test_an_unforeseen_libyaml_problem_is_quoted_with_its_column():
    import yaml

    from lakip.load.yamlfile import _syntax_finding

    mark = yaml.Mark("x.yml", 0, 0, 6, None, None)
    error = yaml.MarkedYAMLError("while scanning a tag", mark, "some new complaint", mark)
    found = _syntax_finding("x.yml", "a: 1\n", error)
    assert (found.line, found.code) == (1, "yaml-syntax")
    assert found.message("id") == "Kesalahan sintaks YAML di kolom 7: libyaml: some new complaint."


def test_text_and_github_output_carry_the_column():
    from lakip.findings import format_findings

    _, found = parse_yaml("a: 1\nb: @x\n", "sections/x/2025/realisasi.yml")
    text = format_findings(found, "text", "id")
    assert text.startswith("sections/x/2025/realisasi.yml:2:4: kesalahan: Nilai tidak boleh")
    github = format_findings(found, "github", "en")
    assert github.startswith("::error file=sections/x/2025/realisasi.yml,line=2,col=4,title=")


@pytest.mark.parametrize(
    ("text", "char"),
    [("catatan: * belum ada\n", "*"), ("catatan: & lainnya\n", "&"), ("a: !x|y\n", "!")],
)
def test_a_value_read_as_an_alias_anchor_or_tag_is_worded(text, char):
    _, found = parse_yaml(text, "x.yml")
    assert [(f.line, f.code) for f in found] == [(1, "yaml-bad-start")]
    assert f"Nilai tidak boleh diawali '{char}'" in found[0].message("id")
