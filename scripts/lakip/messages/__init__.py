"""Turn a message code and its parameters into the sentence a user reads, Indonesian or English.

Message text is interface: section staff act on it and tests pin it. The templates live in one
catalogue module per stage (`files`, `data`, `build`, `sop`, `release`, `verify`, `delivery`,
`cli`), each a dict of code -> (Indonesian, English) `str.format` templates whose fields are named
after the message's parameters. A code is defined in exactly one module (a test checks it).
"""

from __future__ import annotations

from typing import NamedTuple

from lakip.messages import build, cli, data, delivery, files, release, sop, verify

MODULES = (files, data, build, sop, release, verify, delivery, cli)


class Both(NamedTuple):
    """A message parameter that is itself language-dependent (a hint, a guess)."""

    id: str
    en: str


_CATALOGUE: dict[str, tuple[str, str]] = {
    code: pair for module in MODULES for code, pair in module.CATALOGUE.items()
}


def render_message(code: str, lang: str, params: dict) -> str:
    """Fill the template for `code` in `lang`; unknown codes fall back to the code itself."""
    pair = _CATALOGUE.get(code)
    if pair is None:
        return code
    template = pair[1] if lang == "en" else pair[0]
    values = {
        name: (value.en if lang == "en" else value.id) if isinstance(value, Both) else value
        for name, value in params.items()
    }
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template


def known_codes() -> list[str]:
    return sorted(_CATALOGUE)
