"""Turn the assembled report into the internal static website.

`site_pages` decides what a reader sees (pages, URLs, menu, banner, edit links) as Markdown;
MkDocs with Material, tuned by the agency in the top-level `mkdocs.yml`, only turns those files
into HTML in `_build`, the one function to rewrite if the engine changes (Material is in
maintenance mode). Nothing on the built site is loaded from another host. The site works served
over HTTP (any static server) and opened from `file://` (the archived soft copy on a USB stick):
pages are linked as files and the search index is a script (Material's offline plugin).
"""

from __future__ import annotations

import calendar
import contextlib
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from html import escape
from pathlib import Path

from lakip.assemble import document as d
from lakip.findings import Finding, LakipError, finding
from lakip.render.site_pages import (
    Edition,
    download_path,
    nav,
    pages,
    pdf_name,
    published_nav,
    published_pages,
    site_name_html,
)
from lakip.validate.site_config import site_settings

ASSETS = Path(__file__).parent.parent / "site_assets"
CONFIG_NAME = "mkdocs.yml"
_CONFIG_KEY = re.compile(r"Config value '([\w-]+)'")
_CSS = "assets/lakip/site.css"
# Written into every site lakip builds: only a folder holding it (or nothing) is replaced.
SITE_MARKER = ".lakip-site"
_MARKER_TEXT = "Folder ini ditulis oleh lakip build; build berikutnya menggantinya seluruhnya.\n"
_LOGO = "assets/lakip/logo.svg"
# The offline plugin's Web Worker shim, shipped with lakip instead of loaded from unpkg.com.
_SHIM = "assets/lakip/iframe-worker-shim.js"
# The file MkDocs loads; the agency's allowed settings come in as overrides.
_DEFAULT_CONFIG = "site_name: lakip\ntheme:\n  name: material\n  language: id\n"


def render_site(
    report: d.Report, root: Path, site_dir: Path, pdf_path: Path | None
) -> list[Finding]:
    """Build the site into `site_dir`, replacing it only when the whole build succeeded.

    `root` holds the agency's `mkdocs.yml`, of which MkDocs sees only the settings
    `validate.site_config` allows (a refused one is a finding here too, and no site is built).
    MkDocs' log is captured, not printed: each warning in it becomes an error finding located in
    `mkdocs.yml`, and leaves `site_dir` as it was.
    """
    site = pages(report, pdf_path is not None)
    return _render(report, site, nav(report), [(report, pdf_path)], root, site_dir)


def render_published(
    editions: list[Edition], pdfs: list[Path], root: Path, site_dir: Path, draft_year: int | None
) -> list[Finding]:
    """Build the published site: every signed year (newest first) with its release's own PDF.

    Like `render_site`; the home page is the newest year's and lists every year.
    """
    site = published_pages(editions, draft_year)
    downloads = [(e.report, pdf) for e, pdf in zip(editions, pdfs, strict=True)]
    return _render(editions[0].report, site, published_nav(editions), downloads, root, site_dir)


def _render(
    report: d.Report, site: dict[str, str], menu: list, downloads: list, root: Path, site_dir
) -> list[Finding]:
    """Have MkDocs turn `site`'s pages into `site_dir`; `report` gives the name, logo and date."""
    settings, refused = site_settings(root)
    if any(f.is_error for f in refused):
        return refused
    site_dir = Path(site_dir).absolute()
    ensure_replaceable(site_dir)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-", dir=site_dir.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; the published site must be readable
    try:
        with tempfile.TemporaryDirectory(prefix="lakip-site-") as tmp:
            docs = Path(tmp) / "docs"
            for name, text in site.items():
                _write(docs / name, text)
            for name, data in sorted(report.guide_images.items()):
                (docs / "panduan" / name).parent.mkdir(parents=True, exist_ok=True)
                (docs / "panduan" / name).write_bytes(data)
            _write(docs / _CSS, (ASSETS / "site.css").read_text(encoding="utf-8"))
            _write(docs / _SHIM, (ASSETS / "iframe-worker-shim.js").read_text(encoding="utf-8"))
            if report.letterhead.logo_svg:
                _write(docs / _LOGO, report.letterhead.logo_svg)
            # MkDocs reads a file lakip wrote, never the agency's: its loader runs Python tags.
            config_file = Path(tmp) / CONFIG_NAME
            _write(config_file, _DEFAULT_CONFIG)
            warnings = _build(report, menu, Path(root), settings, config_file, docs, staging)
        if warnings:
            return [_located(message, Path(root) / CONFIG_NAME) for message in warnings]
        for each, pdf_path in downloads:
            _copy_downloads(each, pdf_path, staging)
        _write(staging / SITE_MARKER, _MARKER_TEXT)
        _replace(staging, site_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return []


def ensure_replaceable(site_dir: Path) -> None:
    """Refuse to replace a folder lakip did not write: `--out` may name a folder of other files.

    Replaceable are: nothing, an empty folder, and a site holding `SITE_MARKER`; a site built
    before the marker existed is known by lakip's own stylesheet in it.
    """
    if not site_dir.exists() and not site_dir.is_symlink():
        return
    if site_dir.is_dir() and not site_dir.is_symlink():
        if (site_dir / SITE_MARKER).is_file() or (site_dir / _CSS).is_file():
            return
        if not any(site_dir.iterdir()):
            return
    raise LakipError("site-not-lakip", path=str(site_dir), marker=SITE_MARKER)


def _located(message: str, config_file: Path) -> Finding:
    """An MkDocs warning as a finding on the line of `mkdocs.yml` it names, if it names one."""
    key, line = "", 0
    if match := _CONFIG_KEY.search(message):
        key = match[1]
        text = (
            config_file.read_text(encoding="utf-8", errors="replace")
            if config_file.is_file()
            else ""
        )
        lines = text.splitlines()
        line = next((n for n, text in enumerate(lines, 1) if text.startswith(f"{key}:")), 0)
    return finding(CONFIG_NAME, line, key, "site-warning", message=message)


def _write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")


def _build(
    report: d.Report, menu: list, root: Path, user: dict, config_file: Path, docs: Path, site: Path
) -> list[str]:
    """Run MkDocs on the generated pages; return its warnings instead of logging them."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    theme = user.get("theme") or "material"
    theme = {"name": theme} if isinstance(theme, str) else dict(theme)
    theme.setdefault("language", "id")
    theme["font"] = False  # Google Fonts would be a request to another host
    if "custom_dir" in theme:  # relative to the agency's mkdocs.yml, not to the one written here
        theme["custom_dir"] = str((root / theme["custom_dir"]).resolve())
    if report.letterhead.logo_svg:
        theme.setdefault("logo", _LOGO)
        theme.setdefault("favicon", _LOGO)
    extra = {**(user.get("extra") or {}), "generator": False}
    # the offline plugin adds unpkg.com's copy unless a polyfill named iframe-worker is there
    extra["polyfills"] = [_SHIM]
    # Material prints these as HTML; they are the agency's text.
    text = {
        k: escape(user[k]) for k in ("copyright", "site_description", "site_author") if k in user
    }
    overrides = {
        **text,
        "site_name": site_name_html(report),  # HTML, as Material prints it
        "docs_dir": str(docs),
        "site_dir": str(site),
        "nav": menu,
        # Material's, built in: a static index searched in the browser, and `offline`, which puts
        # the index in a script and links pages as files, so a copy opened from a USB stick
        # (file://) has its menu and its search (the SOP archives that soft copy).
        "plugins": ["search", "offline"],
        "theme": theme,
        "extra": extra,
        "extra_css": [*(user.get("extra_css") or []), _CSS],
        "markdown_extensions": [
            "attr_list",
            "admonition",  # the user guide's notes
            "fenced_code",
            "tables",
            {"toc": {"permalink": True, "permalink_title": "Tautan ke bagian ini"}},
        ],
        "use_directory_urls": False,  # the offline plugin forces it; say so here
        "strict": False,
    }
    with _captured_logs() as records, _source_date(report):
        try:
            config = load_config(config_file=str(config_file), **overrides)
            if not _warnings(records):  # a mistyped mkdocs.yml stops here, before the build
                config.plugins.on_startup(command="build", dirty=False)
                try:
                    build(config)
                finally:
                    config.plugins.on_shutdown()
        except MkDocsException as error:  # a configuration error, already logged as such
            return _warnings(records) or [str(error)]
    return _warnings(records)


def _warnings(records: list[logging.LogRecord]) -> list[str]:
    return [r.getMessage() for r in records if r.levelno >= logging.WARNING]


@contextlib.contextmanager
def _captured_logs() -> Iterator[list[logging.LogRecord]]:
    """Keep MkDocs' console output (its logger and its plugins' children) in a list."""
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.INFO)
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("mkdocs")
    saved = (logger.handlers[:], logger.propagate, logger.level)
    logger.handlers, logger.propagate = [handler], False
    logger.setLevel(logging.INFO)
    try:
        yield records
    finally:
        logger.handlers, logger.propagate = saved[0], saved[1]
        logger.setLevel(saved[2])


@contextlib.contextmanager
def _source_date(report: d.Report) -> Iterator[None]:
    """MkDocs dates the sitemap and its gzip header from SOURCE_DATE_EPOCH, else the clock."""
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(calendar.timegm(report.date.timetuple()))
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved


def _copy_downloads(report: d.Report, pdf_path: Path | None, site: Path) -> None:
    if pdf_path is not None:
        target = site / download_path(report, pdf_name(report))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf_path, target)
    for name, text in sorted(report.exports.items()):
        _write(site / download_path(report, name), text)


def _replace(staging: Path, site_dir: Path) -> None:
    """Swap the new site into place with renames, so nobody sees half a site."""
    old = None
    if site_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-old-", dir=site_dir.parent))
        os.replace(site_dir, old / site_dir.name)
    os.replace(staging, site_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
