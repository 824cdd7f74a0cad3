"""Render chosen pages of a PDF to PNG files, so a reviewer can look at the layout.

Usage:

    python scripts/dev/render_pages.py build/LKjIP-2025.pdf 1 3 10-12 --out build/pages --dpi 80

Pages are 1-based; `N-M` is a range, `all` (or no page) means every page. Each page becomes
`<out>/<pdf stem>-p<NNN>.png` (`--out` defaults to a folder next to the PDF named after it), and
the written paths are printed one per line. Needs `pdftoppm` (Debian package poppler-utils).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path


def render_pages(pdf: Path, pages: list[int] | None, out: Path, dpi: int = 80) -> list[Path]:
    """Write one PNG per page (all pages when `pages` is None) and return their paths."""
    if shutil.which("pdftoppm") is None:
        raise SystemExit("render_pages: pdftoppm not found (apt-get install poppler-utils)")
    if not pdf.is_file():
        raise SystemExit(f"render_pages: no such PDF: {pdf}")
    out.mkdir(parents=True, exist_ok=True)
    numbers = pages if pages is not None else list(range(1, _page_count(pdf) + 1))
    written = []
    for number in numbers:
        target = out / f"{pdf.stem}-p{number:03d}"
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(dpi), "-f", str(number), "-l", str(number)]
            + ["-singlefile", str(pdf), str(target)],
            check=True,
        )
        written.append(target.with_suffix(".png"))
    return written


def _page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    for line in info.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise SystemExit(f"render_pages: cannot count the pages of {pdf}")


def _parse_pages(specs: list[str]) -> list[int] | None:
    if not specs or "all" in specs:
        return None
    pages: list[int] = []
    for spec in specs:
        first, _, last = spec.partition("-")
        pages.extend(range(int(first), int(last or first) + 1))
    return sorted(set(pages))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", type=Path)
    parser.add_argument("pages", nargs="*", help="page numbers or ranges (1-based), or 'all'")
    parser.add_argument("--out", type=Path, help="output folder (default: <pdf stem>-pages)")
    parser.add_argument("--dpi", type=int, default=80, help="resolution (default 80)")
    args = parser.parse_args(argv)
    out = args.out or args.pdf.with_name(f"{args.pdf.stem}-pages")
    for path in render_pages(args.pdf, _parse_pages(args.pages), out, args.dpi):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
