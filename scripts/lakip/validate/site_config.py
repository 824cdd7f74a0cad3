"""Turn the agency's `mkdocs.yml` into the theme settings lakip lets through, or located findings.

MkDocs would load the file with PyYAML's full loader (`!!python/...` runs code), follow `INHERIT`,
and run `hooks:`, plugins and Jinja templates from `theme.custom_dir` during the build, which the
pull-request workflow runs on a contributor's branch; `extra_javascript` would run in every
reader's browser. So lakip reads the file itself, with the data files' safe reader, and keeps
only the settings listed in `ALLOWED`; everything else is an error on the line that holds it,
in `validate` and therefore in `build` and the pull-request check. The site renderer passes
MkDocs only what this module returns.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Iterator
from pathlib import Path

import tinycss2
import yaml

from lakip import layout
from lakip.findings import Finding, finding
from lakip.load.yamlfile import parse_yaml, read_text
from lakip.messages import Both

MAX_CONFIG_BYTES = 64 * 1024
MAX_CSS_BYTES = 1024 * 1024
_TEXT = "text"  # printed escaped by lakip
_WORD = "word"  # printed raw by Material into attributes: no quotes, no markup
_ICON = "icon"  # an icon Material ships (it includes the file by this name)
_LANGUAGE = "language"  # a language Material ships (it includes the file by this name)
_PATH = "path"
_LINK = "link"
_PATTERNS = {
    _WORD: re.compile(r"^[A-Za-z0-9 ._:()/-]{1,80}$"),
    _ICON: re.compile(r"^[a-z0-9-]+(/[a-z0-9-]+)+$"),
    _LANGUAGE: re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$"),
    _LINK: re.compile(r"^(https?://|mailto:)[^\s\"'<>`\\]+$"),
    _PATH: re.compile(r"^(?![/\\])(?!.*(?:^|/)\.\.(?:/|$))[A-Za-z0-9._/-]+$"),
}
# What Material includes by name; a name it lacks stops its templates with an exception.
_SHIPPED = {_ICON: ".icons/{}.svg", _LANGUAGE: "partials/languages/{}.html"}


class _AnyKey(dict):
    """A mapping whose keys are free (Material's icon names), each value of one shape."""

    def __init__(self, value: object) -> None:
        super().__init__()
        self.value = value


_ICONS = _AnyKey((_ICON, _AnyKey(_ICON)))
# A mapping lists its keys; a one-item list is a list of that; a set is the values allowed.
_PALETTE = {
    "scheme": _WORD,
    "primary": _WORD,
    "accent": _WORD,
    "media": _WORD,
    "toggle": {"icon": _ICON, "name": _WORD},
}
THEME = {
    "name": {"material"},
    "language": _LANGUAGE,
    "direction": {"ltr", "rtl"},
    "font": {False},
    "features": [_WORD],
    "palette": (_PALETTE, [_PALETTE]),
    "icon": _ICONS,
    "custom_dir": _PATH,
    "favicon": _PATH,
}
ALLOWED = {
    "site_name": _TEXT,  # replaced by the report's own title; allowed so the file stays valid
    "site_description": _TEXT,
    "site_author": _TEXT,
    "copyright": _TEXT,
    "theme": ({"material"}, THEME),
    "extra": {"social": [{"icon": _ICON, "link": _LINK, "name": _WORD}]},
    "extra_css": [_PATH],
}
# What a theme folder may hold: styles, images and fonts. Not templates (Jinja runs Python),
# not scripts, not SVG (Material inlines icons from it into every page).
CUSTOM_FILES = {".css", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".woff", ".woff2"}
_CUSTOM_LIST = " ".join(sorted(CUSTOM_FILES))


def site_settings(root: Path) -> tuple[dict, list[Finding]]:
    """The allowed settings of `root/mkdocs.yml` (empty if it has none) and what was refused."""
    root = Path(root)
    if not (root / layout.MKDOCS).exists() and not (root / layout.MKDOCS).is_symlink():
        return {}, []
    text, found = read_text(root, layout.MKDOCS, MAX_CONFIG_BYTES)
    if text is None:
        return {}, found
    node, problems = parse_yaml(text, layout.MKDOCS)
    found += problems
    if node is None:
        return {}, found
    checker = _Checker(root)
    settings = checker.value(node, (ALLOWED,), "")
    found += checker.found
    return (settings if isinstance(settings, dict) else {}), found


def check_site_config(root: Path) -> list[Finding]:
    """`validate`'s view: only the findings."""
    return site_settings(root)[1]


class _Checker:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.found: list[Finding] = []

    def refuse(self, node: yaml.Node, key: str, code: str, **params: object) -> None:
        self.found.append(finding(layout.MKDOCS, node.start_mark.line + 1, key, code, **params))

    def value(self, node: yaml.Node, shapes: tuple, key: str) -> object:
        """The plain value of `node` if one of `shapes` fits it, else None with a finding."""
        for shape in shapes:
            if isinstance(shape, dict) and isinstance(node, yaml.MappingNode):
                return self.mapping(node, shape, key)
            if isinstance(shape, list) and isinstance(node, yaml.SequenceNode):
                return [self.value(item, (shape[0],), f"{key}[{i}]") for i, item in _items(node)]
            if isinstance(node, yaml.ScalarNode) and not isinstance(shape, (dict, list)):
                return self.scalar(node, shape, key)
        self.refuse(node, key, "site-setting-value", setting=key, expected=_expected(shapes))
        return None

    def mapping(self, node: yaml.MappingNode, shape: dict, key: str) -> dict:
        result = {}
        for key_node, value_node in node.value:
            name = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
            path = f"{key}.{name}" if key else name
            if isinstance(shape, _AnyKey):
                shapes = _shapes(shape.value)
            elif name in shape:
                shapes = _shapes(shape[name])
            else:
                self.refuse(
                    key_node, path, "site-setting-refused", setting=path, allowed=_names(shape)
                )
                continue
            kept = self.value(value_node, shapes, path)
            if kept is not None:
                result[name] = kept
        return result

    def scalar(self, node: yaml.ScalarNode, shape: object, key: str) -> object:
        value = yaml.SafeLoader("").construct_object(node)
        if isinstance(shape, set):
            ok = value in shape
        elif shape == _TEXT:
            ok = isinstance(value, str)
        else:
            ok = isinstance(value, str) and bool(_PATTERNS[shape].fullmatch(value))
            if ok and shape in _SHIPPED:
                ok = (_material_templates() / _SHIPPED[shape].format(value)).is_file()
            if ok and key.endswith("custom_dir"):
                ok = self.custom_dir(node, value, key)
        if not ok:
            self.refuse(node, key, "site-setting-value", setting=key, expected=_expected((shape,)))
            return None
        return value

    def custom_dir(self, node: yaml.Node, rel: str, key: str) -> bool:
        """A folder inside the repository holding only styles, images and fonts."""
        folder = self.root / rel
        base = self.root.resolve()
        if not folder.resolve().is_relative_to(base) or not folder.is_dir():
            return False
        for path in sorted(folder.rglob("*")):
            outside = not path.resolve().is_relative_to(base)
            name = path.relative_to(self.root).as_posix()
            if outside or (path.is_file() and path.suffix.lower() not in CUSTOM_FILES):
                self.refuse(node, key, "site-theme-file", name=name, allowed=_CUSTOM_LIST)
                continue
            url = _remote_in_css(path) if path.suffix.lower() == ".css" and path.is_file() else None
            if url is not None:
                self.refuse(node, key, "site-theme-css-remote", name=name, url=url)
        return True


def _remote_in_css(path: Path) -> str | None:
    """The first address another host would be asked for (`@import`, `url(//...)`), if any.

    Parsed by tinycss2, so `@\\69mport` and `u\\72l(` are what a browser reads them as.
    """
    if path.stat().st_size > MAX_CSS_BYTES:
        return f"> {MAX_CSS_BYTES} B"
    css = path.read_text(encoding="utf-8", errors="replace")
    return _remote_in_tokens(tinycss2.parse_stylesheet(css))


def _remote_in_tokens(tokens) -> str | None:
    for token in tokens:
        if token.type == "at-rule" and token.lower_at_keyword == "import":
            return "@import " + tinycss2.serialize(token.prelude).strip()
        if token.type == "url" and _remote(token.value):
            return token.value
        if token.type == "function" and token.lower_name in ("url", "src", "image-set"):
            strings = [t.value for t in token.arguments if t.type == "string"]
            if any(_remote(text) for text in strings):
                return strings[0]
        for inner in ("prelude", "content", "arguments"):
            found = _remote_in_tokens(getattr(token, inner, None) or [])
            if found is not None:
                return found
    return None


def _remote(url: str) -> bool:
    """An address with a scheme (other than data:) or a host: not a file of the theme."""
    url = url.strip()
    return (
        url.startswith("//")
        or bool(re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", url))
        and not (url.lower().startswith("data:"))
    )


def _items(node: yaml.SequenceNode) -> Iterator[tuple[int, yaml.Node]]:
    return enumerate(node.value)


def _shapes(shape: object) -> tuple:
    return shape if isinstance(shape, tuple) else (shape,)


def _names(shape: dict) -> str:
    return ", ".join(shape)


def _expected(shapes: tuple) -> Both:
    words = {
        _TEXT: ("teks", "text"),
        _WORD: (
            "teks pendek dari huruf, angka, spasi dan . _ : ( ) / - (tanpa tanda kutip atau < >)",
            "short text of letters, digits, spaces and . _ : ( ) / - (no quotes or < >)",
        ),
        _ICON: (
            "nama ikon yang ada di Material, misalnya material/library",
            "the name of an icon Material ships, e.g. material/library",
        ),
        _LANGUAGE: (
            "kode bahasa yang dikenal Material, misalnya id atau en",
            "a language code Material knows, e.g. id or en",
        ),
        _LINK: ("tautan https://, http:// atau mailto:", "an https://, http:// or mailto: link"),
        _PATH: (
            "path relatif di dalam repositori (huruf, angka, . _ - /)",
            "a relative path inside the repository (letters, digits, . _ - /)",
        ),
    }
    parts_id, parts_en = [], []
    for shape in shapes:
        if isinstance(shape, set):
            values = " atau ".join(_yaml_word(v) for v in sorted(shape, key=str))
            parts_id.append(values)
            parts_en.append(values.replace(" atau ", " or "))
        elif isinstance(shape, _AnyKey):
            parts_id.append("pemetaan nama ikon")
            parts_en.append("a mapping of icon names")
        elif isinstance(shape, dict):
            parts_id.append(f"pemetaan dengan kunci {_names(shape)}")
            parts_en.append(f"a mapping with the keys {_names(shape)}")
        elif isinstance(shape, list):
            parts_id.append("daftar")
            parts_en.append("a list")
        else:
            parts_id.append(words[shape][0])
            parts_en.append(words[shape][1])
    return Both(" atau ".join(parts_id), " or ".join(parts_en))


@functools.cache
def _material_templates() -> Path:
    return Path(str(importlib.resources.files("material"))) / "templates"


def _yaml_word(value: object) -> str:
    return "false" if value is False else str(value)
