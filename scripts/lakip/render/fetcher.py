"""Turn the URLs a report refers to into bytes, from the repository and the lakip package only.

Markdown written by a section can carry `<img src="...">`; WeasyPrint would happily fetch an
`http://` address or read `/etc/passwd` for it. The PDF must be made from the repository alone,
so every other URL is refused, and each refusal is kept so the build can report it as a finding.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

PACKAGE_DIR = Path(__file__).resolve().parent.parent


class RefusedURL(ValueError):
    """A URL outside what a report may use; the message names it."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"refused {url}: {reason}")
        self.url = url
        self.reason = reason


class RepositoryFetcher(URLFetcher):
    """A WeasyPrint URL fetcher for `data:` URLs and files inside `root` or the lakip package.

    `refused` lists every URL turned away, in the order asked; `warnings` gets WeasyPrint's other
    log messages, and layout problems `render_pdf` noticed, while it renders with this fetcher.
    """

    def __init__(self, root: Path) -> None:
        super().__init__(timeout=1, allowed_protocols=("data",), allow_redirects=False)
        self.roots = (Path(root).resolve(), PACKAGE_DIR)
        self.refused: list[str] = []
        self.warnings: list[str] = []

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme != "file":
            self._refuse(url, "only file: and data: URLs are allowed")
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            self._refuse(url, "file on another host")
        # resolve() follows symlinks and `..`, so the check is on the file actually read.
        try:
            path = Path(unquote(parts.path)).resolve()
            inside = any(path.is_relative_to(root) for root in self.roots)
            found = inside and path.is_file()
            data = path.read_bytes() if found else b""
        except (RuntimeError, OSError, ValueError):  # a link loop, a long name, a null byte
            inside, found = True, False
        if not inside:
            self._refuse(url, "outside the repository")
        if not found:
            self._refuse(url, "no such file")
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(path.as_uri(), data, {"Content-Type": content_type})

    def _refuse(self, url: str, reason: str) -> None:
        self.refused.append(url)
        raise RefusedURL(url, reason)
