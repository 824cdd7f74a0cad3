"""The package's shape is the pipeline: layered stages, no import cycle, small packages."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

import lakip

PACKAGE = Path(lakip.__file__).resolve().parent
REPO = Path(__file__).resolve().parents[1]
STAGES = ("cli", "load", "validate", "compute", "charts", "assemble", "render", "sop", "release")


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
    assert packages == sorted(STAGES)
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
        "import lakip.validate.check\n"
        "assert 'weasyprint' not in sys.modules, 'weasyprint'\n"
        "assert 'mkdocs' not in sys.modules, 'mkdocs'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
