"""Regenerate the user guide's pictures of a unit's forms (docs/panduan/img/*.png).

Usage:

    python scripts/dev/form_screenshots.py [--unit bidang-politik] [--out docs/panduan/img]

Writes the sample's form with `lakip formulir` (dated by a fixed SOURCE_DATE_EPOCH), has headless
LibreOffice print it to PDF (one page per sheet: Realisasi, Anggaran, Petunjuk), renders each page
with `pdftoppm` and crops it to the printed area; the first page of the unit's Word narrative
(`narrative_template`, the sample's text carried over) the same way, as `narasi-word.png`. The
Realisasi sheet is 18 columns fitted to one landscape page, unreadable at 80 dpi, so it is
rendered at twice that. Needs `soffice` (libreoffice-calc-nogui and -writer-nogui) and
`pdftoppm` (poppler-utils); prints each written path.
"""

from __future__ import annotations

import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageChops

REPO = Path(__file__).resolve().parents[2]
EPOCH = "1771200000"  # 2026-02-16, the sample report's season
# (page of the PDF, picture name, dpi)
PAGES = ((1, "formulir-realisasi.png", 160), (2, "formulir-anggaran.png", 80),
         (3, "formulir-petunjuk.png", 80))  # fmt: skip
MARGIN = 12  # pixels of white kept around the printed area


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unit", default="bidang-politik")
    parser.add_argument("--out", type=Path, default=REPO / "docs/panduan/img")
    args = parser.parse_args(argv)
    for tool in ("soffice", "pdftoppm"):
        if shutil.which(tool) is None:
            raise SystemExit(f"form_screenshots: {tool} not found")
    with tempfile.TemporaryDirectory(prefix="lakip-shots-") as work:
        pdf = _form_pdf(Path(work), args.unit)
        args.out.mkdir(parents=True, exist_ok=True)
        for page, name, dpi in PAGES:
            target = args.out / name
            _picture(pdf, page, dpi, Path(work), target)
            print(target)
        target = args.out / "narasi-word.png"
        _picture(_narrative_pdf(Path(work), args.unit), 1, 80, Path(work), target)
        print(target)
    return 0


def _form_pdf(work: Path, unit: str) -> Path:
    """The sample's form for `unit`, printed to PDF by LibreOffice."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    lakip = [sys.executable, "-m", "lakip", "--root", str(REPO), "formulir", "2025"]
    subprocess.run([*lakip, "--unit", unit, "--out", str(work)], env=env, check=True,
                   capture_output=True)  # fmt: skip
    form = work / f"formulir-2025-{unit}.xlsx"
    profile = f"-env:UserInstallation=file://{work}/lo-profile"
    subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir",
                    str(work), str(form)], check=True, capture_output=True)  # fmt: skip
    return form.with_suffix(".pdf")


def _narrative_pdf(work: Path, unit: str) -> Path:
    """The sample's Word narrative for `unit`, printed to PDF by LibreOffice."""
    from lakip.forms.narrative_template import write_narrative_template
    from lakip.load.project import load_project

    project, _ = load_project(REPO)
    document = work / f"narasi-2025-{unit}.docx"
    when = datetime.datetime.fromtimestamp(int(EPOCH), tz=datetime.UTC)
    write_narrative_template(project, 2025, unit, document, when)
    profile = f"-env:UserInstallation=file://{work}/lo-profile"
    subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir",
                    str(work), str(document)], check=True, capture_output=True)  # fmt: skip
    return document.with_suffix(".pdf")


def _picture(pdf: Path, page: int, dpi: int, work: Path, target: Path) -> None:
    """One page at `dpi`, cropped to what is printed on it."""
    stem = work / f"page-{page}"
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)  # fmt: skip
    image = Image.open(f"{stem}.png").convert("RGB")
    blank = Image.new("RGB", image.size, "white")
    left, top, right, bottom = ImageChops.difference(image, blank).getbbox()
    box = (max(left - MARGIN, 0), max(top - MARGIN, 0),
           min(right + MARGIN, image.width), min(bottom + MARGIN, image.height))  # fmt: skip
    image.crop(box).save(target, optimize=True)


if __name__ == "__main__":
    sys.exit(main())
