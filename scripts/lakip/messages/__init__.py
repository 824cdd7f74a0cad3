"""Turn a message code and its parameters into the sentence a user reads, Indonesian or English.

Message text is interface: section staff act on it and tests pin it. The templates live in one
catalogue module per stage (`files`, `data`, `figures`, `build`, `sop`, `release`, `verify`,
`delivery`, `reviu`, `cli`, `usage`, `forms`), each a dict of code -> (Indonesian, English)
`str.format` templates whose fields are named after the message's parameters. A code is defined
in exactly one module (a test checks it).

A template is never shown raw. A parameter the caller did not give prints as `?` in its place
(the rest of the sentence still helps the user, and no message can crash the command that
reports a problem); tests/test_messages.py checks every call site in the source gives exactly
the parameters its template names, so a `?` is a bug caught before release.
"""

from __future__ import annotations

import string
from typing import NamedTuple

from lakip.messages import (
    build,
    cli,
    data,
    delivery,
    figures,
    files,
    forms,
    release,
    reviu,
    sop,
    usage,
    verify,
)

MODULES = (files, data, figures, build, sop, release, verify, delivery, reviu, cli, usage, forms)


class Both(NamedTuple):
    """A message parameter that is itself language-dependent (a hint, a guess)."""

    id: str
    en: str


MISSING = "?"

_CATALOGUE: dict[str, tuple[str, str]] = {
    code: pair for module in MODULES for code, pair in module.CATALOGUE.items()
}


def render_message(code: str, lang: str, params: dict) -> str:
    """Fill the template for `code` in `lang`; unknown codes fall back to the code itself.

    A field without a parameter shows as `?`; see the module docstring.
    """
    pair = _CATALOGUE.get(code)
    if pair is None:
        return code
    template = pair[1] if lang == "en" else pair[0]
    parts = []
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        parts.append(literal)
        if name is not None:
            parts.append(_shown(params.get(name, MISSING), lang))
    return "".join(parts)


def message(code: str, lang: str, /, **params: object) -> str:
    """`render_message` with the parameters as keywords, for the lines the CLI prints."""
    return render_message(code, lang, params)


def phrase(code: str) -> Both:
    """A parameterless message in both languages, to pass as another message's parameter."""
    return Both(render_message(code, "id", {}), render_message(code, "en", {}))


def _shown(value: object, lang: str) -> str:
    if isinstance(value, Both):
        return value.en if lang == "en" else value.id
    return str(value)


def known_codes() -> list[str]:
    return sorted(_CATALOGUE)
