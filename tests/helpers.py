"""Plain helpers the test modules and golden scripts share: the checkout, the sample, CLI, logs.

Fixtures live in conftest.py; git repositories in gitfixtures.py; signing keys in signing.py.
"""

from __future__ import annotations

import contextlib
import io
import logging
import shutil
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The chapters of the sample's printed report, in order, as their running headers name them.
SAMPLE_CHAPTERS = (
    "KATA PENGANTAR",
    "DAFTAR ISI",
    "DAFTAR TABEL",
    "DAFTAR GAMBAR",
    "IKHTISAR EKSEKUTIF",
    "BAB I PENDAHULUAN",
    "BAB II PERENCANAAN KINERJA",
    "BAB III AKUNTABILITAS KINERJA",
    "BAB IV PENUTUP",
    "LAMPIRAN",
)
# The loggers whose warnings a user would see in a build.
WATCHED_LOGGERS = ("weasyprint", "mkdocs", "lakip")


def copy_sample(target: Path, *extra: str) -> Path:
    """Copy the sample data (reports/, sections/ and `extra` files or folders) into `target`."""
    for rel in ("reports", "sections", *extra):
        source, copy = REPO / rel, target / rel
        if source.is_dir():
            shutil.copytree(source, copy)
        else:
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, copy)
    return target


def run_lakip(*args: str) -> tuple[int, str, str]:
    """Run `lakip ARGS` in this process: its exit code, stdout and stderr."""
    from lakip.cli.main import main  # late: the golden scripts put scripts/ on sys.path first

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(arg) for arg in args])
    return code, out.getvalue(), err.getvalue()


@contextlib.contextmanager
def capture_logs(
    names: tuple[str, ...] = WATCHED_LOGGERS, level: int = logging.WARNING
) -> Iterator[list[str]]:
    """Collect "LEVEL logger: message" for every record `names` (or their children) emit.

    A record is taken where its logger hands it to the handlers, so one that lakip intercepts
    (its renderers swap WeasyPrint's and MkDocs' handlers and stop propagation) still counts.
    """
    messages: list[str] = []
    original = logging.Logger.callHandlers

    def call_handlers(logger: logging.Logger, record: logging.LogRecord) -> None:
        if record.levelno >= level and record.name.split(".")[0] in names:
            messages.append(f"{record.levelname} {record.name}: {record.getMessage()}")
        original(logger, record)

    logging.Logger.callHandlers = call_handlers  # type: ignore[method-assign]
    try:
        yield messages
    finally:
        logging.Logger.callHandlers = original  # type: ignore[method-assign]


@contextlib.contextmanager
def served(folder: Path) -> Iterator[str]:
    """`folder` served on a free port of 127.0.0.1 (a static site as readers get it), quietly."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format, *args):  # noqa: A002 - the signature http.server calls
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
