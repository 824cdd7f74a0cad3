"""pyproject.toml against the tree: what the wheel carries, and what the tests need installed."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from fnmatch import fnmatch
from importlib.metadata import packages_distributions

from helpers import REPO

PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
PACKAGE = REPO / "scripts" / "lakip"


def _tracked(folder: str) -> list[str]:
    """Files git tracks under `folder`, relative to it (the working tree's own files only)."""
    listing = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", "-z", folder],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return sorted(name[len(folder) + 1 :] for name in listing.split("\0") if name)


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_every_package_data_glob_matches_a_file_and_every_data_file_is_matched():
    globs = PROJECT["tool"]["setuptools"]["package-data"]["lakip"]
    data = [name for name in _tracked("scripts/lakip") if not name.endswith(".py")]
    assert [g for g in globs if not any(fnmatch(name, g) for name in data)] == []
    assert [name for name in data if not any(fnmatch(name, g) for g in globs)] == []


def test_every_subpackage_is_found_and_nothing_else():
    find = PROJECT["tool"]["setuptools"]["packages"]["find"]
    assert find["where"] == ["scripts"] and find["namespaces"] is False
    packages = {
        ".".join(("lakip", *path.parent.relative_to(PACKAGE).parts))
        for path in PACKAGE.rglob("__init__.py")
    }
    assert {"lakip", "lakip.load", "lakip.render"} <= packages
    assert all(any(fnmatch(p, pattern) for pattern in find["include"]) for p in packages)
    others = {p.parent.name for p in (REPO / "scripts").glob("*/*.py")} - {"lakip"}
    assert others == {"dev"}
    assert not any(fnmatch(name, pattern) for name in others for pattern in find["include"])


def test_every_module_the_tests_import_is_declared():
    """A third-party import in tests/ comes from a runtime dependency or the `test` extra."""
    declared = {_name(r) for r in PROJECT["project"]["dependencies"]}
    declared |= {_name(r) for r in PROJECT["project"]["optional-dependencies"]["test"]}
    ours = {path.stem for path in (REPO / "tests").glob("*.py")} | {"lakip", "synthetic"}
    imported: set[str] = set()
    for path in (REPO / "tests").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = imported - ours - set(sys.stdlib_module_names) - {"__future__"}
    distributions = packages_distributions()
    missing = {
        module: distributions.get(module)
        for module in sorted(third_party)
        if not {_name(d) for d in distributions.get(module, [])} & declared
    }
    assert missing == {}
