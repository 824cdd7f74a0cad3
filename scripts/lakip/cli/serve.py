"""Serve a live preview of the draft site and rebuild it whenever data or narrative changes.

MkDocs' own live-reload server does the serving and browser refresh; lakip supplies the builder,
so the preview shows exactly what `lakip build` would publish, minus the PDF.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from lakip.findings import LakipError, format_findings, summary
from lakip.messages import message
from lakip.pipeline import build_preview


def serve(root: Path, host: str, port: int, year: int | None, lang: str) -> None:
    """Build once, then serve on host:port until interrupted, rebuilding on every change."""
    from mkdocs.livereload import LiveReloadServer

    site_dir = Path(tempfile.mkdtemp(prefix="lakip-serve-"))

    def rebuild() -> None:
        started = time.perf_counter()
        try:
            result = build_preview(root, site_dir, year)
        except LakipError as error:  # e.g. a typo in mkdocs.yml: keep serving the last site
            print(f"[lakip serve] {error.message(lang)}", file=sys.stderr)
            return
        if result.findings:
            print(format_findings(result.findings, "text", lang), file=sys.stderr)
        seconds = f"{time.perf_counter() - started:.2f}"
        if result.site:
            state = message("serve-updated", lang, seconds=seconds)
        else:
            state = message(
                "serve-not-updated", lang, summary=summary(result.findings, lang), seconds=seconds
            )
        print(f"[lakip serve] {state}", file=sys.stderr)

    rebuild()
    server = LiveReloadServer(builder=rebuild, host=host, port=port, root=str(site_dir))
    for folder in ("reports", "sections"):
        server.watch(str(root / folder))
    listening = message("serve-listening", lang, url=f"http://{host}:{port}/")
    print(f"[lakip serve] {listening}", file=sys.stderr)
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        shutil.rmtree(site_dir, ignore_errors=True)
