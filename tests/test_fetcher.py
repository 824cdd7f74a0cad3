"""The PDF reads only the repository and the lakip package: everything else is refused, unread.

Refused URLs come from section Markdown (`<img src>`), so the tests put them in a report's
narrative and render it for real, with sockets that fail the test if anything dials out and an
audit hook that records every file Python opens.
"""

from __future__ import annotations

import datetime
import socket
import struct
import sys
import zlib
from pathlib import Path

import pdfplumber
import pytest
from weasyprint import HTML

from lakip.assemble import document as d
from lakip.render.fetcher import PACKAGE_DIR, RefusedURL, RepositoryFetcher
from lakip.render.pdf import render_pdf

_OPENED: list[str] | None = None


def _audit(event: str, args: tuple) -> None:
    if event == "open" and _OPENED is not None and isinstance(args[0], str | bytes | Path):
        _OPENED.append(str(args[0] if not isinstance(args[0], bytes) else args[0].decode()))


sys.addaudithook(_audit)  # audit hooks cannot be removed; this one records only while armed


@pytest.fixture
def opened() -> list[str]:
    """Every path Python opens while the test runs."""
    global _OPENED
    _OPENED = []
    try:
        yield _OPENED
    finally:
        _OPENED = None


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        pytest.fail(f"network access attempted: {args[1:] or kwargs}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def _png(width: int = 4, height: int = 4) -> bytes:
    """A tiny red PNG, written by hand."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "a" / "b" / "repo"
    (root / "sections" / "umum").mkdir(parents=True)
    (root / "sections" / "umum" / "foto.png").write_bytes(_png())
    (root / "sections" / "umum" / "hosts.png").symlink_to("/etc/hosts")
    (tmp_path / "secret.png").write_bytes(_png())
    return root


def _report(html: str) -> d.Report:
    chapter = d.Chapter("bab-1", "chapter", "I", "PENDAHULUAN", [d.Html(html, "sections/x.md")])
    return d.Report(
        year=2025,
        draft=True,
        title="Laporan Kinerja Instansi Pemerintah",
        short_title="LKjIP",
        agency="BADAN CONTOH",
        city="Contoh",
        letterhead=d.Letterhead(
            "PEMERINTAH KABUPATEN CONTOH", "BADAN CONTOH", "Jalan Contoh 1", "", ""
        ),
        date=datetime.date(2026, 2, 20),
        repository="",
        chapters=[chapter],
    )


HOSTILE = [
    "file:///etc/passwd",
    "http://169.254.169.254/latest/meta-data/",
    "https://example.com/x.png",
    "ftp://example.com/x.png",
    "file://example.com/etc/passwd",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_fetcher_refuses_other_schemes_and_files_outside(repo, opened, url):
    fetcher = RepositoryFetcher(repo)
    with pytest.raises(RefusedURL, match=url.replace(".", r"\.")):
        fetcher.fetch(url)
    assert fetcher.refused == [url]
    assert not [path for path in opened if "passwd" in path]


@pytest.mark.parametrize(
    "relative",
    [
        "../secret.png",
        "../../../secret.png",
        "sections/../../../../secret.png",
        "sections/umum/hosts.png",  # a symlink inside the tree pointing out of it
        "../" * 12 + "etc/hosts",
    ],
)
def test_fetcher_refuses_traversal_and_escaping_symlinks(repo, opened, relative):
    fetcher = RepositoryFetcher(repo)
    url = repo.as_uri() + "/" + relative  # not normalised: the fetcher must resolve it
    with pytest.raises(RefusedURL):
        fetcher.fetch(url)
    assert fetcher.refused == [url]
    assert not [path for path in opened if path.endswith(("secret.png", "hosts"))]


def test_fetcher_reads_files_in_the_tree_and_the_package_and_data_urls(repo):
    fetcher = RepositoryFetcher(repo)
    image = fetcher.fetch((repo / "sections" / "umum" / "foto.png").as_uri())
    assert image.read() == _png() and image.content_type == "image/png"
    css = fetcher.fetch((PACKAGE_DIR / "templates" / "print.css").as_uri())
    assert css.content_type == "text/css" and b"@page" in css.read()
    data = fetcher.fetch("data:text/plain;base64,aGFsbw==")
    assert data.read() == b"halo"
    assert fetcher.refused == []


def test_weasyprint_uses_the_fetcher_and_never_reads_refused_files(repo, opened):
    fetcher = RepositoryFetcher(repo)
    html = (
        '<img src="file:///etc/passwd"><img src="http://169.254.169.254/">'
        '<img src="sections/umum/foto.png"><link rel="stylesheet" href="https://example.com/a.css">'
    )
    HTML(string=html, base_url=repo.as_uri() + "/", url_fetcher=fetcher).render()
    assert fetcher.refused == [
        "https://example.com/a.css",
        "file:///etc/passwd",
        "http://169.254.169.254/",
    ]
    assert not [path for path in opened if "passwd" in path]


@pytest.mark.slow
def test_render_pdf_collects_refusals_quietly_and_keeps_allowed_images(
    repo, tmp_path, opened, caplog, capsys
):
    hostile = "".join(f'<img src="{url}" alt="x">' for url in HOSTILE)
    html = (
        f"<p>Gambar lokal:</p><p>{hostile}"
        '<img src="../../../secret.png" alt="x"><img src="../../../../../../../../etc/hosts">'
        '<img src="sections/umum/hosts.png" alt="x">'
        '<img src="sections/umum/foto.png" alt="foto" style="width: 2cm"></p>'
    )
    fetcher = RepositoryFetcher(repo)
    out = tmp_path / "out.pdf"
    render_pdf(_report(html), repo, out, fetcher=fetcher)

    assert sorted(fetcher.refused) == sorted(
        HOSTILE
        + [
            (tmp_path / "secret.png").as_uri(),
            "file:///etc/hosts",
            (repo / "sections" / "umum" / "hosts.png").as_uri(),
        ]
    )
    assert fetcher.warnings == []
    assert not [p for p in opened if p.endswith(("passwd", "hosts", "secret.png"))]
    assert [p for p in opened if p.endswith("foto.png")], "the audit hook sees what is read"
    assert not caplog.records and capsys.readouterr() == ("", ""), "WeasyPrint kept quiet"
    with pdfplumber.open(out) as pdf:
        images = [image for page in pdf.pages for image in page.images]
    assert len(images) == 1, "the image inside the tree is in the PDF, nothing else"


@pytest.mark.parametrize(
    "name", ["a%00b.png", "a" * 5000 + ".png", "/".join(["a" * 200] * 30) + ".png"]
)
def test_a_path_the_system_cannot_look_up_is_refused_not_raised(tmp_path, name):
    fetcher = RepositoryFetcher(tmp_path)
    with pytest.raises(RefusedURL):
        fetcher.fetch(f"{tmp_path.as_uri()}/{name}")
    assert fetcher.refused == [f"{tmp_path.as_uri()}/{name}"]
