"""Docs are tested against the code: every command has help text and appears in the README."""

from __future__ import annotations

import argparse
import re

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


def test_every_exit_code_is_in_the_readme_and_the_guide():
    from lakip import findings

    codes = {v for k, v in vars(findings).items() if k.startswith("EXIT_")}
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    listed = readme.split("Exit codes, for every command", 1)[1].split("\n\n", 1)[0]
    missing = [c for c in codes if f"**{c}**" not in listed]
    assert not missing, f"README.md's exit-code paragraph does not list {missing}"
    guide = (REPO / "docs/panduan/index.md").read_text(encoding="utf-8")
    for code in (findings.EXIT_FINDINGS, findings.EXIT_USAGE, findings.EXIT_INTERNAL):
        assert f"{code} " in guide.split("kode keluar:", 1)[1][:300]


def test_every_make_target_is_in_the_help_and_the_development_guide():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    targets = set(re.search(r"^\.PHONY: (.*)$", makefile, re.M)[1].split()) - {"help"}
    assert targets == set(re.findall(r"^#   make (\S+)", makefile, re.M))
    guide = (REPO / "docs" / "development.md").read_text(encoding="utf-8")
    assert [t for t in sorted(targets) if f"| `make {t}` |" not in guide] == []
