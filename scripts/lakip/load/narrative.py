"""Turn contributed Markdown into sanitised HTML that is safe to place in the PDF and the site.

Sections write Markdown; anything in it may be hostile or simply broken (a pasted `<iframe>`, a
remote image, a path into another unit's folder). Conversion runs first and nh3 cleans the result
afterwards, so raw HTML that Markdown passes through is cleaned too. What is removed because it
could not be shown (an image, a link, a tag) comes back as findings for the build to report.
Images that pass are embedded as data URIs, so neither renderer needs to know where they live.
"""

from __future__ import annotations

import base64
import errno
import posixpath
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import markdown
import nh3
from markdown.extensions.toc import slugify

from lakip.findings import WARNING, Finding, finding
from lakip.load.headings import headings, sections
from lakip.messages import Both

MAX_IMAGE_BYTES = 1024 * 1024
LOWEST_LEVEL = 4  # lakip's own headings use h1-h3; an author's headings start below them

_TAGS = {
    *("p", "br", "hr", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd"),
    *("strong", "em", "b", "i", "u", "s", "del", "sub", "sup", "span", "blockquote"),
    *("code", "pre", "a", "img", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"),
}
_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "th": {"colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
    **{f"h{n}": {"id"} for n in range(3, 7)},
}
# Classes the PDF and site stylesheets know; any other class value is dropped.
SAFE_CLASSES = frozenset({"text-left", "text-center", "text-right", "lakip-note", "lakip-source"})
_CLASSES = {tag: set(SAFE_CLASSES) for tag in ("p", "span", "table", "td", "th", "blockquote")}
_ALIGN = {"left", "center", "right"}
_URL_SCHEMES = {"http", "https", "mailto"}
_DROP_WITH_CONTENT = {"script", "style", "svg", "math", "iframe", "template", "noscript"}
_HOSTILE_TAGS = {
    *_DROP_WITH_CONTENT,
    *("object", "embed", "applet", "form", "input", "button", "textarea", "select"),
    *("link", "meta", "base", "frame", "frameset"),
}
_IMAGE_TYPES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
_HEADING_TAG = re.compile(r"<(/?)h([1-6])\b", re.IGNORECASE)
_IMG_TAG = re.compile(r"<img\b[^>]*>")
_SRC = re.compile(r'\ssrc="([^"]*)"')
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_EMPTY_P = re.compile(r"<p>\s*</p>")


@dataclass(frozen=True)
class Part:
    """A stretch of a chapter file under one heading; `level` 0 is the text before any heading."""

    level: int
    title: str
    body: str
    line: int
    shift: int


@dataclass
class Source:
    """Where a piece of Markdown comes from, and the folder its images may be taken from.

    `folder` is the Markdown file's folder, which relative paths start from; `own` is the unit's
    folder that images must stay inside (`sections/<slug>` or `reports/<year>`). `id_prefix`
    keeps heading ids unique across the whole report.
    """

    root: Path
    path: str
    line: int
    own: str
    id_prefix: str
    key: str = ""
    shift: int = 1
    images: dict[str, str] = field(default_factory=dict)


def to_html(text: str, source: Source) -> tuple[str, list[Finding]]:
    """Convert `text` and sanitise it; return the HTML and what had to be removed, as findings."""
    converter = markdown.Markdown(
        extensions=["tables", "toc", "sane_lists"],
        extension_configs={
            "toc": {
                "marker": "",
                "slugify": lambda value, sep: source.id_prefix + slugify(value, sep),
            },
            "tables": {"use_align_attribute": True},
        },
    )
    raw = _shift_headings(converter.convert(text), source.shift)
    problems = _scan(raw, source)
    clean = nh3.clean(
        raw,
        tags=_TAGS,
        clean_content_tags=_DROP_WITH_CONTENT,
        attributes=_ATTRIBUTES,
        attribute_filter=lambda tag, name, value: _keep(tag, name, value, source),
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer",
        allowed_classes=_CLASSES,
        tag_attribute_values={"th": {"align": _ALIGN}, "td": {"align": _ALIGN}},
    )
    return _EMPTY_P.sub("", _embed_images(clean, source)).strip(), problems


def split(text: str) -> list[Part]:
    """Cut a chapter file at its two top heading levels, which become lakip's level 2 and 3.

    Authors may start at `#` or at `##`; the highest level they use is the chapter's section
    level. Deeper headings stay inside the text and are shifted to follow (`shift`).
    """
    found = headings(text)
    top = min((h.level for h in found), default=2)
    parts = []
    for section in sections(text, [h for h in found if h.level <= top + 1]):
        heading, body = section.heading, section.body.strip()
        level, title = (heading.level - top + 2, heading.title) if heading else (0, "")
        if body or title:
            parts.append(Part(level, title, body, section.line, 2 - top))
    return parts


def _shift_headings(html: str, shift: int) -> str:
    """Move every heading `shift` levels down, never above h4 and never past h6."""

    def move(match: re.Match) -> str:
        level = min(max(int(match.group(2)) + shift, LOWEST_LEVEL), 6)
        return f"<{match.group(1)}h{level}"

    return _HEADING_TAG.sub(move, html)


def _keep(tag: str, name: str, value: str, source: Source) -> str | None:
    """nh3's attribute filter: the last word on ids and image sources. Must never raise."""
    try:
        if name == "id":
            return value if value.startswith(source.id_prefix) else None
        if tag == "img" and name == "src":
            return value if _image(value, source)[0] else None
        return value
    except Exception:  # noqa: BLE001 - a raising filter would only be logged by nh3
        return None


def _image(src: str, source: Source) -> tuple[str | None, Both | None]:
    """The repository path of an acceptable image, or None and the reason it is refused."""
    if src in source.images:
        return src, None
    if not src.strip():
        return None, Both("tanpa alamat", "no address")
    if _SCHEME.match(src) or src.startswith(("//", "/", "\\")) or "\\" in src:
        return None, Both(
            "hanya gambar dengan path relatif di folder unit yang dimuat",
            "only images with a relative path inside the unit's folder are loaded",
        )
    if "?" in src or "#" in src:
        return None, Both("path gambar tidak boleh memuat ? atau #", "no ? or # in image paths")
    folder = posixpath.dirname(source.path)
    rel = posixpath.normpath(posixpath.join(folder, unquote(src)))
    inside = Both(
        f"path keluar dari folder {source.own}/", f"the path leaves the folder {source.own}/"
    )
    if not (rel + "/").startswith(source.own.rstrip("/") + "/"):
        return None, inside
    if "\x00" in rel:  # `%00`: no file name can hold it, and the OS refuses to look one up
        return None, Both("path memuat karakter nol (%00)", "the path holds a null character (%00)")
    try:
        data, refused = _image_bytes(source.root / source.own, source.root / rel, inside)
    except OSError as error:  # a name longer than the system allows, a folder we may not read
        return None, _os_reason(error)
    if data is None:
        return None, refused
    kind = image_type(data)
    if kind is None:
        return None, Both("bukan berkas PNG, JPEG atau GIF", "not a PNG, JPEG or GIF file")
    source.images[src] = f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"
    return src, None


def image_data(src: str, source: Source) -> bytes | None:
    """The bytes of the image `src` names, if the report would print it; None if it would not."""
    accepted, _ = _image(src, source)
    if accepted is None:
        return None
    return base64.b64decode(source.images[accepted].split(",", 1)[1])


def image_type(data: bytes) -> str | None:
    """The MIME type of an image the report prints (PNG, JPEG, GIF), from its first bytes."""
    return next((mime for magic, mime in _IMAGE_TYPES if data.startswith(magic)), None)


def _image_bytes(own: Path, wanted: Path, inside: Both) -> tuple[bytes | None, Both | None]:
    """The image's bytes if it is a small regular file inside `own`; else why not. May raise."""
    try:
        own, path = own.resolve(), wanted.resolve()
    except RuntimeError:  # Python 3.11's resolve() on a symbolic link that points to itself
        return None, Both("tautan simbolik berputar", "a symbolic link loop")
    if not path.is_relative_to(own):
        return None, inside
    if not path.is_file():
        return None, Both("berkas tidak ditemukan", "file not found")
    if path.stat().st_size > MAX_IMAGE_BYTES:
        return None, Both("berkas lebih besar dari 1 MiB", "file larger than 1 MiB")
    return path.read_bytes(), None


def _os_reason(error: OSError) -> Both:
    """Why the system would not look the path up, in words a section can act on."""
    if error.errno == errno.ENAMETOOLONG:
        return Both(
            "path terlalu panjang untuk sistem berkas; pakai nama berkas yang pendek",
            "the path is too long for the file system; use a short file name",
        )
    reason = error.strerror or type(error).__name__
    return Both(f"berkas tidak dapat dibaca ({reason})", f"the file cannot be read ({reason})")


def _embed_images(html: str, source: Source) -> str:
    """Swap each accepted image path for its data URI; nh3 has already removed the others."""

    escaped = _escaped(source.images)

    def embed(tag: re.Match) -> str:
        found = _SRC.search(tag.group(0))
        uri = escaped.get(found.group(1)) if found else None
        if uri is None:
            return ""
        return tag.group(0).replace(found.group(0), f' src="{uri}"', 1)

    return _IMG_TAG.sub(embed, html)


def _escaped(images: dict[str, str]) -> dict[str, str]:
    """Keys as the HTML serialiser writes attribute values, so they match the cleaned markup."""
    return {_attr(src): uri for src, uri in images.items()}


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("\xa0", "&nbsp;")


class _Scanner(HTMLParser):
    """Collect what the cleaner will drop, so it can be reported before it silently disappears."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.images: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HOSTILE_TAGS:
            self.tags.add(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.tags.add(f"{name}=")
            elif name == "style":
                self.tags.add("style=")
            elif tag == "img" and name == "src":
                self.images.append(value or "")
            elif tag == "a" and name == "href" and value and _SCHEME.match(value.strip()):
                scheme = value.strip().split(":", 1)[0].lower()
                if scheme not in _URL_SCHEMES:
                    self.links.append(value)


def _scan(html: str, source: Source) -> list[Finding]:
    scanner = _Scanner()
    scanner.feed(html)
    scanner.close()
    where = (source.path, source.line, source.key)
    found = []
    if scanner.tags:
        what = ", ".join(sorted(scanner.tags))
        found.append(finding(*where, "narrative-html-removed", WARNING, what=what))
    for src in scanner.images:
        accepted, reason = _image(src, source)
        if accepted is None:
            found.append(
                finding(*where, "narrative-image-dropped", WARNING, src=src[:120], reason=reason)
            )
    for href in scanner.links:
        found.append(finding(*where, "narrative-link-removed", WARNING, href=href[:120]))
    return found
