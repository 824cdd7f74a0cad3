"""Docs are tested against the code: every command has help text and appears in the README."""

from __future__ import annotations

import argparse

from helpers import REPO
from lakip.cli.main import _parser


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = _parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_command_has_help_and_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name, sub in _subcommands().items():
        assert sub.description, f"lakip {name} has no help text"
        assert f"lakip {name}" in readme, f"README.md does not mention `lakip {name}`"


def test_readme_names_the_two_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "make build" in readme and "make test" in readme
