"""The message catalogue: one module per stage, every code defined once, in both languages."""

from __future__ import annotations

import string
from collections import Counter
from pathlib import Path

import pytest

from lakip import messages


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_no_code_is_defined_in_two_modules():
    counts = Counter(code for module in messages.MODULES for code in module.CATALOGUE)
    twice = sorted(code for code, n in counts.items() if n > 1)
    assert not twice, f"defined in more than one catalogue module: {twice}"


def test_every_catalogue_module_is_listed():
    folder = Path(messages.__file__).parent
    names = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    assert names == {m.__name__.rsplit(".", 1)[1] for m in messages.MODULES}


@pytest.mark.parametrize("code", messages.known_codes())
def test_both_languages_fill_the_same_fields(code):
    indonesian, english = messages._CATALOGUE[code]
    assert indonesian and english and indonesian != english
    assert _fields(indonesian) == _fields(english)
