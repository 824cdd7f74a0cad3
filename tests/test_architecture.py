"""The package's shape is the pipeline: layered stages, no import cycle, small packages."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

import lakip

PACKAGE = Path(lakip.__file__).resolve().parent
REPO = Path(__file__).resolve().parents[1]
STAGES = (
    "cli", "load", "validate", "compute", "charts", "assemble", "render", "sop", "release",
    "forms", "reviu",
)  # fmt: skip
# the message catalogue: one module per stage, used by all of them; the Excel primitives
SHARED = ("messages", "office")


def test_import_contracts_are_kept():
    """The layers and no-cycle contracts of pyproject.toml, as `make lint` checks them."""
    tool = Path(sysconfig.get_path("scripts")) / "lint-imports"
    done = subprocess.run(
        [str(tool), "--no-cache", "--no-logo"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_the_folder_listing_shows_the_stages():
    packages = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file())
    assert packages == sorted(STAGES + SHARED)
    assert (PACKAGE / "pipeline.py").is_file()


def test_no_package_has_more_than_a_dozen_modules():
    for folder in [PACKAGE, *(PACKAGE / stage for stage in STAGES)]:
        modules = [p for p in folder.glob("*.py") if p.name != "__init__.py"]
        assert len(modules) <= 12, (folder.name, sorted(p.name for p in modules))


def test_every_module_says_what_it_turns_into_what():
    for path in PACKAGE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert source.lstrip().startswith('"""'), f"{path.relative_to(PACKAGE)} has no docstring"


def test_the_command_does_not_load_weasyprint_to_validate():
    """`lakip validate` runs in the pre-commit hook: the renderers stay unloaded."""
    code = (
        "import sys\n"
        "from lakip.cli import main\n"
        "import lakip.validate.gate\n"
        "assert 'weasyprint' not in sys.modules, 'weasyprint'\n"
        "assert 'mkdocs' not in sys.modules, 'mkdocs'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# A literal that starts like a repository path or a ref is a path used as one; sentences that
# mention a path in the middle (a hint, a help text) are the catalogue's business.
_LAYOUT_WORDS = re.compile(r"^/?(reports|sections|\.github)/|^refs/(tags|heads)/|^(pk|lakip)-$")


def _literals(tree: ast.AST):
    """String constants and f-string parts, docstrings left out."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if is_text and id(node) not in docstrings:
            yield node.lineno, node.value


def test_only_layout_knows_the_repository_paths_and_tag_names():
    """Paths and refs come from lakip.layout; sentences for the user may still name them."""
    allowed = {"layout.py", "messages", "messages.py"}
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel in allowed or rel.split("/")[0] in allowed or rel == "load/spec.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, text in _literals(tree):
            if _LAYOUT_WORDS.search(text):
                offenders.append(f"{rel}:{line}: {text!r}")
    assert offenders == []
