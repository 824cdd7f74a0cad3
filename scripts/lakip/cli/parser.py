"""An argparse parser that speaks the user's language: help, usage lines and every parsing error.

argparse's own sentences are English and not worth translating through gettext (its catalogue
is not shipped, and a message it builds from parts would still leak English). `Parser` takes
each one over where argparse makes it: help and option titles at construction, invalid values
in `_get_value` and `_check_value`, unknown options in `parse_args`, and the few that argparse
only hands to `error()` as finished English are recognised there (`_ARGPARSE_ERRORS`; a test
drives each of them).
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from functools import partial

from lakip.findings import EXIT_USAGE
from lakip.messages import known_codes, message

# A message already in the user's language, passed through argparse's error() untouched.
_SAID = "\x00"
_CODES = frozenset(known_codes())


class Refused(argparse.ArgumentTypeError):
    """A type function's refusal as a message code; the option and value are added by `Parser`."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def language(argv: list[str], default: str | None) -> str | None:
    """The `--lang` value in argv, wherever it is, so the parser can speak it from the start."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return default


class Formatter(argparse.HelpFormatter):
    """The usage line's prefix in the parser's language."""

    def __init__(self, prog: str, lang: str = "id", **kwargs) -> None:
        super().__init__(prog, **kwargs)
        self.lang = lang

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        if prefix is None:
            prefix = message("usage-prefix", self.lang)
        super().add_usage(usage, actions, groups, prefix)


class _Said(argparse.ArgumentError):
    """An ArgumentError whose text is final; argparse passes `str(error)` to `error()`."""

    def __init__(self, action, text: str) -> None:
        super().__init__(action, text)
        self.text = text

    def __str__(self) -> str:
        return _SAID + self.text


class Parser(argparse.ArgumentParser):
    """`argparse.ArgumentParser` whose `help=` and `metavar=` are message codes, errors localised.

    Every help text and placeholder names a catalogue entry (messages/usage.py), so no English
    literal can slip into an Indonesian --help; an unknown code fails when the parser is built.
    """

    def __init__(self, *args, lang: str = "id", **kwargs) -> None:
        self.lang = lang
        add_help = kwargs.pop("add_help", True)
        parents = kwargs.pop("parents", [])
        kwargs.setdefault("formatter_class", partial(Formatter, lang=lang))
        super().__init__(*args, add_help=False, **kwargs)
        # Titled before the parents' options join, so theirs merge into these groups.
        self._positionals.title = message("usage-positionals", lang)
        self._optionals.title = message("usage-options", lang)
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS, help="help-help"
            )
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def text(self, code: str) -> str:
        """A catalogue entry in this parser's language; unknown codes are a bug in lakip."""
        if code not in _CODES:
            raise KeyError(f"no message {code!r} for the command line")
        return message(code, self.lang)

    def add_argument(self, *args, **kwargs):
        return super().add_argument(*args, **self._translated(kwargs))

    def add_mutually_exclusive_group(self, **kwargs):
        group = super().add_mutually_exclusive_group(**kwargs)
        plain = group.add_argument
        group.add_argument = lambda *args, **options: plain(*args, **self._translated(options))
        return group

    def _translated(self, kwargs: dict) -> dict:
        for name in ("help", "metavar"):
            if isinstance(kwargs.get(name), str) and kwargs[name] is not argparse.SUPPRESS:
                kwargs[name] = self.text(kwargs[name])
        return kwargs

    def add_subparsers(self, **kwargs):
        kwargs.setdefault("parser_class", partial(type(self), lang=self.lang))
        if isinstance(kwargs.get("metavar"), str):
            kwargs["metavar"] = self.text(kwargs["metavar"])
        if isinstance(kwargs.get("help"), str):
            kwargs["help"] = self.text(kwargs["help"])
        return super().add_subparsers(**kwargs)

    def parse_args(self, args=None, namespace=None):
        """As argparse's, with unknown arguments refused by the command they were given to."""
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            target = _chosen(self, namespace)
            options = [o for a in target._actions for o in a.option_strings]
            first = next((e.split("=", 1)[0] for e in extras if e.startswith("-")), "")
            close = difflib.get_close_matches(first, options, n=1) if first else []
            if _SAID_IN_INDONESIAN.get(first) in options:
                close = [_SAID_IN_INDONESIAN[first]]
            hint = message("usage-did-you-mean", self.lang, option=close[0]) if close else ""
            said = message(
                "usage-unrecognized",
                self.lang,
                args=" ".join(extras),
                suggestion=hint,
                prog=target.prog,
            )
            target.error(_SAID + said)
        return namespace

    def _get_value(self, action, arg_string):
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError as error:
            cause = error.__context__
            option = _name(action)
            if isinstance(cause, Refused):
                said = message(cause.code, self.lang, option=option, value=arg_string,
                               **cause.params)  # fmt: skip
            elif action.type is int:
                example = "2027" if action.dest == "year" else "3"
                if action.option_strings:
                    example = f"{option} {example}"
                said = message("usage-invalid-int", self.lang, option=option, value=arg_string,
                               example=example)  # fmt: skip
            else:
                said = message("usage-invalid-value", self.lang, option=option, value=arg_string)
            raise _Said(action, said) from None

    def _check_value(self, action, value):
        if action.choices is None or value in action.choices:
            return
        choices = [str(c) for c in action.choices]
        close = difflib.get_close_matches(str(value), choices, n=1)
        hint = message("usage-did-you-mean", self.lang, option=close[0]) if close else ""
        if isinstance(action, argparse._SubParsersAction):
            said = message("usage-invalid-command", self.lang, value=value, suggestion=hint,
                           choices=", ".join(choices))  # fmt: skip
        else:
            said = message("usage-invalid-choice", self.lang, option=_name(action), value=value,
                           suggestion=hint, choices=", ".join(choices))  # fmt: skip
        raise _Said(action, said)

    def error(self, message_text: str):
        """Print the usage line and the problem in the user's language, then exit 2."""
        self.print_usage(sys.stderr)
        said = message("usage-error", self.lang, prog=self.prog, message=self._said(message_text))
        self.exit(EXIT_USAGE, said + "\n")

    def _said(self, text: str) -> str:
        if text.startswith(_SAID):
            return text[len(_SAID) :]
        for pattern, code in _ARGPARSE_ERRORS:
            if match := re.fullmatch(pattern, text, flags=re.DOTALL):
                params = match.groupdict()
                params["metavar"] = self._metavar(params.get("option") or "")
                return message(code, self.lang, prog=self.prog, **params)
        return message("usage-other", self.lang, detail=text, prog=self.prog)

    def _metavar(self, option: str) -> str:
        """The placeholder this parser shows for `option` (`TANGGAL` for --tanggal)."""
        for action in self._actions:
            if option in action.option_strings:
                if action.choices:
                    return str(next(iter(action.choices)))
                return action.metavar or action.dest.upper()
        return "..."


# argparse's errors that reach error() as finished English text, and the template of each.
_ARGPARSE_ERRORS = (
    (r"the following arguments are required: (?P<options>.+)", "usage-required"),
    (r"one of the arguments (?P<options>.+) is required", "usage-one-required"),
    (
        r"argument (?P<option>\S+): expected (one|at least one|\d+) arguments?",
        "usage-expected-value",
    ),
    (r"argument (?P<option>\S+): not allowed with argument (?P<other>\S+)", "usage-exclusive"),
    (r"argument (?P<option>\S+): ignored explicit argument '(?P<value>.*)'", "usage-no-value"),
    (r"ambiguous option: (?P<option>\S+?)(=\S*)? could match (?P<matches>.+)", "usage-ambiguous"),
)


# Options as an Indonesian user guesses them, and the option lakip has for it.
_SAID_IN_INDONESIAN = {
    "--tahun": "--year",
    "--bahasa": "--lang",
    "--keluaran": "--out",
    "--hasil": "--out",
    "--folder": "--out",
    "--akar": "--root",
    "--bentuk": "--format",
    "--format-keluaran": "--format",
    "--periksa": "--check",
    "--tulis": "--write",
    "--cabang": "--branch",
    "--tag": "--versi",
    "--date": "--tanggal",
    "--konsep": "--draft",
    "--draf": "--draft",
}


def _name(action) -> str:
    """How the user wrote the argument: its longest option string, or its placeholder."""
    if action.option_strings:
        return max(action.option_strings, key=len)
    return action.metavar or action.dest.upper()


def _chosen(parser: Parser, namespace) -> Parser:
    """The subcommand's parser named in `namespace`, or `parser` itself."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            chosen = action.choices.get(getattr(namespace, action.dest, None) or "")
            return chosen if chosen is not None else parser
    return parser
