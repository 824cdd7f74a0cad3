"""Read one data file safely: bytes -> text -> YAML node tree, every problem as a finding.

PyYAML's safe loader still expands aliases, keeps the last of two duplicate keys and recurses on
deep nesting. We therefore walk the event stream first (flat, no recursion) to reject aliases,
tags and excessive depth, then compose nodes and leave typing to `conform`.

That walk costs more than composing. Text with none of `& * ! \\ <<` can hold no alias, anchor,
tag, merge key or escape, so it is composed directly when libyaml caps the nesting itself (0.2.6
stops at 1000 levels) and its depth is counted on the tree.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import re
import stat
import unicodedata
from pathlib import Path

import yaml

from lakip.findings import WARNING, Finding, LakipError, finding
from lakip.messages import Both

MAX_YAML_BYTES = 1024 * 1024
MAX_MARKDOWN_BYTES = 1024 * 1024
MAX_DEPTH = 32

# The pure-Python loader reads some odd text differently from libyaml ("- !", a tab after a
# plain scalar), so findings would depend on how PyYAML was installed: libyaml is required, and
# its absence is an environment error when the first file is read.
_StockLoader = getattr(yaml, "CSafeLoader", None)


def _fast_resolver(stock: type) -> type:
    """`stock` with a cheaper `resolve`: the same tags, found with one lookup per scalar.

    libyaml calls `resolve` in Python for every scalar; on a 1 MiB file of 200,000 scalars the
    stock method (two dict lookups, a list concatenation and a path-resolver check per call) was
    a fifth of validation. This one reads the same implicit resolvers, built once; it is used
    only while the safe loader has no wildcard or path resolvers, which the stock method would
    consult (tests/test_yaml_compose.py compares the two on generated scalars).
    """
    table = stock.yaml_implicit_resolvers
    if None in table or stock.yaml_path_resolvers:
        return stock
    by_first = {first: tuple(resolvers) for first, resolvers in table.items()}
    scalar = yaml.ScalarNode
    defaults = {
        yaml.ScalarNode: stock.DEFAULT_SCALAR_TAG,
        yaml.SequenceNode: stock.DEFAULT_SEQUENCE_TAG,
        yaml.MappingNode: stock.DEFAULT_MAPPING_TAG,
    }
    plain_default = stock.DEFAULT_SCALAR_TAG

    def resolve(self, kind, value, implicit):
        if kind is scalar and implicit[0]:
            for tag, regexp in by_first.get(value[:1], ()):
                if regexp.match(value):
                    return tag
            return plain_default
        return defaults.get(kind)

    def descend_resolver(self, current_node, current_index):
        """No path resolvers: nothing to track."""

    def ascend_resolver(self):
        """No path resolvers: nothing to track."""

    return type(
        "FastResolveLoader",
        (stock,),
        {"resolve": resolve, "descend_resolver": descend_resolver,
         "ascend_resolver": ascend_resolver},
    )  # fmt: skip


_Loader = None if _StockLoader is None else _fast_resolver(_StockLoader)


def _loader():
    if _Loader is None:
        raise LakipError("libyaml-missing")
    return _Loader


_NEEDS_SCAN = re.compile(r"[&*!\\]|<<")
_BOM = b"\xef\xbb\xbf"
# Control characters and the invisible ones that make text read differently from what it is: a
# zero-width space turns "IKU-01" into another code, a right-to-left override shows 52 as 25.
_HIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f"
    "\u2028-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\U000e0000-\U000e007f]"
)
MAX_HIDDEN_FINDINGS = 10


def read_text(root: Path, rel: str, limit: int) -> tuple[str | None, list[Finding]]:
    """Return the file's text, or None with findings when it is unsafe or unreadable."""
    path = root / rel
    try:
        # resolve() follows every link on the way, a linked parent folder included
        if not path.resolve().is_relative_to(real_root(root.absolute())):
            return None, [finding(rel, 0, "", "outside-repo")]
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            return None, [finding(rel, 0, "", "not-a-file", name=path.name)]
        size = status.st_size
        if size > limit:
            return None, [finding(rel, 0, "", "file-too-large", size=size, limit=limit)]
        data = path.read_bytes()
    except FileNotFoundError:
        return None, [finding(rel, 0, "", "not-a-file", name=path.name)]
    except OSError as error:
        return None, [finding(rel, 0, "", "not-a-file", name=f"{path.name} ({error.strerror})")]
    except RuntimeError:  # Python 3.11's resolve() on a symbolic link that points to itself
        loop = Both(f"{path.name} (tautan simbolik berputar)", f"{path.name} (symlink loop)")
        return None, [finding(rel, 0, "", "not-a-file", name=loop)]
    found: list[Finding] = []
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
        found.append(finding(rel, 1, "", "byte-order-mark", WARNING))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, [*found, _encoding_finding(rel, data, error.start)]
    hidden = hidden_characters(text, rel)
    return (None if hidden else text), found + hidden


@functools.lru_cache(maxsize=16)
def real_root(root: Path) -> Path:
    """The repository's own real path, resolved once per process rather than once per file."""
    return root.resolve()


def hidden_characters(text: str, rel: str) -> list[Finding]:
    """One finding per line holding a control or invisible character (the first few lines only).

    The file is then not used at all: its text could disguise a value, and echoing it in a
    message could drive the terminal that shows the message.
    """
    found: list[Finding] = []
    line, counted, match = 1, 0, _HIDDEN.search(text)
    while match and len(found) < MAX_HIDDEN_FINDINGS:
        line += text.count("\n", counted, match.start())
        line_start = text.rfind("\n", 0, match.start()) + 1
        found.append(_hidden_finding(rel, line, match.start() - line_start + 1, match.group()))
        counted = text.find("\n", match.start())
        if counted < 0:
            break
        match = _HIDDEN.search(text, counted)
    return found


def _hidden_finding(rel: str, line: int, column: int, char: str) -> Finding:
    code = f"U+{ord(char):04X}"
    name = unicodedata.name(char, "")
    described = (
        Both(f"{code} {name}", f"{code} {name}")
        if name
        else Both(f"{code} (karakter kendali)", f"{code} (control character)")
    )
    return finding(rel, line, "", "invisible-character", char=described, column=column)


def parse_yaml(text: str, rel: str) -> tuple[yaml.Node | None, list[Finding]]:
    """Compose `text` into a node tree after rejecting aliases, tags and deep nesting."""
    if _LIBYAML_CAPS_NESTING and not _NEEDS_SCAN.search(text) and not _HIDDEN.search(text):
        try:
            nodes = _compose(text)
        except yaml.YAMLError:
            nodes = [None, None]  # let the scanning path report it, line for line as ever
        if len(nodes) <= 1:
            node = nodes[0] if nodes else None
            if node is None or (deep := _too_deep(node)) is None:
                return node, []
            return None, [
                finding(rel, deep.start_mark.line + 1, "", "yaml-too-deep", limit=MAX_DEPTH)
            ]
    return _parse_scanned(text, rel)


def _parse_scanned(text: str, rel: str) -> tuple[yaml.Node | None, list[Finding]]:
    try:
        problem = _scan_events(text, rel)
        if problem:
            return None, [problem]
        nodes = _compose(text)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_finding(rel, text, error)]
    except yaml.reader.ReaderError as error:
        position = min(max(error.position, 0), len(text))
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        char = text[position] if position < len(text) else "\x00"
        return None, [_hidden_finding(rel, line, column, char)]
    except yaml.YAMLError as error:
        said = Both(f"libyaml: {error}", f"libyaml: {error}")
        return None, [finding(rel, 1, "", "yaml-syntax", column=1, problem=said)]
    if len(nodes) > 1:
        return None, [finding(rel, nodes[1].start_mark.line + 1, "", "yaml-multiple-documents")]
    return (nodes[0] if nodes else None), []


def _compose(text: str) -> list[yaml.Node]:
    """Every document of `text` as a node tree, composed with the cyclic garbage collector off.

    A 1 MiB file makes some 400,000 nodes and marks, none in a reference cycle; with the
    collector on, Python 3.11 ran a full collection over the growing heap again and again, and
    composing took 1.2 s instead of 0.25 s (issue 12). Reference counting still frees them.
    """
    with collector_paused():
        return list(yaml.compose_all(text, Loader=_loader()))


@contextlib.contextmanager
def collector_paused():
    """No cyclic garbage collection inside: for work that builds a large acyclic tree."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _libyaml_caps_nesting() -> bool:
    from yaml import _yaml

    return tuple(_yaml.get_version()) >= (0, 2, 6)


_LIBYAML_CAPS_NESTING = _libyaml_caps_nesting()


def _too_deep(root: yaml.Node) -> yaml.Node | None:
    """The first collection nested deeper than MAX_DEPTH, found without recursion.

    Level by level, in document order: the first node of the first level past the limit is the
    one a depth-first walk would meet first. A list per level instead of a stack entry per node
    halves the time on a 1 MiB list of `- {}` (scripts/dev/bench_hostile.py).
    """
    if isinstance(root, yaml.ScalarNode):
        return None
    level, depth = [root], 1
    scalar, sequence = yaml.ScalarNode, yaml.SequenceNode
    while level:
        if depth > MAX_DEPTH:
            return level[0]
        below = []
        for node in level:
            if isinstance(node, sequence):
                below += [child for child in node.value if not isinstance(child, scalar)]
            else:
                for key, value in node.value:
                    if not isinstance(key, scalar):
                        below.append(key)
                    if not isinstance(value, scalar):
                        below.append(value)
        level, depth = below, depth + 1
    return None


def _scan_events(text: str, rel: str) -> Finding | None:
    depth = 0
    documents = 0
    for event in yaml.parse(text, Loader=_loader()):
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return finding(rel, line, "", "yaml-alias")
        tag = getattr(event, "tag", None)
        if tag and tag != "!":
            return finding(rel, line, "", "yaml-tag", tag=tag.replace("tag:yaml.org,2002:", "!!"))
        if isinstance(event, yaml.ScalarEvent) and event.value == "<<" and event.implicit[0]:
            return finding(rel, line, "", "yaml-alias")
        if isinstance(event, yaml.ScalarEvent) and (hidden := _HIDDEN.search(event.value)):
            # "\u202e" or "\e" in double quotes: escapes that the raw-text check cannot see
            return _hidden_finding(rel, line, event.start_mark.column + 1, hidden.group())
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return finding(rel, line, "", "yaml-too-deep", limit=MAX_DEPTH)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                return finding(rel, line, "", "yaml-multiple-documents")
    return None


def _syntax_finding(rel: str, text: str, error: yaml.MarkedYAMLError) -> Finding:
    """libyaml's English complaint turned into what went wrong here and how to write it instead."""
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else 1
    column = mark.column + 1 if mark else 1
    problem = error.problem or error.context or "?"
    lines = text.splitlines()
    if "\t" in (error.problem or "") or _tab_indented(lines, line):
        return finding(rel, line, "", "yaml-tab")
    if "nesting depth" in problem:  # newer libyaml stops deep nesting before our own count does
        return finding(rel, line, "", "yaml-too-deep", limit=MAX_DEPTH)
    row = lines[line - 1] if 0 < line <= len(lines) else ""
    at = row[column - 1 : column] or " "
    opened = error.context_mark
    if problem == "mapping values are not allowed in this context":
        colon = _colon_without_space(lines, line - 1, line - 2)
        if colon is not None:
            return finding(rel, colon[0], "", "yaml-colon-space", column=colon[1], key=colon[2])
        if re.match(r"\s+[^\s:#][^:]*$", row[: column - 1]):  # an indented key under a value
            indent = len(row) - len(row.lstrip())
            return finding(rel, line, "", "yaml-indentation", column=indent + 1)
        return finding(rel, line, "", "yaml-colon-in-value", column=column)
    if problem == "found unexpected end of stream" and opened and "quoted" in (error.context or ""):
        opening = lines[opened.line] if opened.line < len(lines) else ""
        quote = opening[opened.column : opened.column + 1] or '"'
        return finding(rel, opened.line + 1, "", "yaml-unclosed-quote", column=opened.column + 1,
                       quote=quote)  # fmt: skip
    if problem == "could not find expected ':'" and opened:
        colon = _colon_without_space(lines, opened.line + 1, opened.line + 1)
        if colon is not None:
            return finding(rel, colon[0], "", "yaml-colon-space", column=colon[1], key=colon[2])
        return finding(rel, opened.line + 1, "", "yaml-missing-colon")
    if problem.startswith("did not find expected ',' or ") and opened:
        close = problem[-2]
        return finding(rel, opened.line + 1, "", "yaml-unclosed-bracket",
                       column=opened.column + 1, open=_OPENING[close], close=close)  # fmt: skip
    before = row[: column - 1].rstrip()
    if problem == "did not find expected <document start>" and before.endswith(("'", '"')):
        return finding(rel, line, "", "yaml-text-after-quote", column=column)
    if problem in ("did not find expected key", "did not find expected '-' indicator"):
        if row.lstrip().startswith("- "):
            return finding(rel, line, "", "yaml-list-in-mapping", column=column)
        if before.endswith(("'", '"')) and len(before) > len(row) - len(row.lstrip()):
            return finding(rel, line, "", "yaml-text-after-quote", column=column)
        return finding(rel, line, "", "yaml-indentation", column=column)
    if problem in ("found character that cannot start any token", "found unknown directive name"):
        if problem.endswith("name"):  # a line starting with '%' is a YAML directive
            column = len(row) - len(row.lstrip()) + 1
            at, shown = row.lstrip()[:1], row.strip()
        else:
            shown = row[column - 1 :].split(" ", 1)[0]
        return finding(rel, line, "", "yaml-bad-start", column=column, char=at, text=shown[:40])
    if problem in _TOKEN_START and opened:  # `*`, `&`, `!` or `%` read as YAML syntax
        start = lines[opened.line] if opened.line < len(lines) else ""
        shown = start[opened.column :].split(" ", 1)[0][:40]
        return finding(rel, opened.line + 1, "", "yaml-bad-start", column=opened.column + 1,
                       char=shown[:1] or "?", text=shown)  # fmt: skip
    if problem == "found unknown escape character":
        return finding(rel, line, "", "yaml-escape", column=column)
    if problem == "did not find expected node content":
        return finding(rel, line, "", "yaml-bad-start", column=column, char=at,
                       text=row[column - 1 :].strip()[:40])  # fmt: skip
    said = _PROBLEMS.get(problem)
    detail = said if said else Both(f"libyaml: {problem}", f"libyaml: {problem}")
    return finding(rel, line, "", "yaml-syntax", column=column, problem=detail)


_OPENING = {"]": "[", "}": "{"}
# libyaml's complaints about an anchor, alias, tag or directive that was meant as text.
_TOKEN_START = {
    "did not find expected alphabetic or numeric character",
    "could not find expected directive name",
    "found unexpected non-alphabetical character",
    "did not find expected whitespace or line break",
    "did not find expected tag URI",
    "did not find URI escaped octet",
    "found undefined tag handle",
}
# libyaml's rarer complaints, worded; anything else is quoted as libyaml said it.
_PROBLEMS = {
    "found an indentation indicator equal to 0": Both(
        "angka indentasi 0 setelah '|' atau '>' tidak sah; hapus angka itu",
        "an indentation indicator 0 after '|' or '>' is not valid; remove the digit",
    ),
    "did not find expected comment or line break": Both(
        "ada teks setelah '|' atau '>'; teks blok dimulai di baris berikutnya",
        "text follows '|' or '>'; block text starts on the next line",
    ),
    "did not find expected <document start>": Both(
        "ada teks setelah akhir dokumen; hapus baris '---' atau '...' yang tersisa",
        "text follows the end of the document; remove the stray '---' or '...' line",
    ),
    "found unexpected end of stream": Both(
        "berkas berakhir di tengah nilai; lengkapi nilai terakhir",
        "the file ends in the middle of a value; complete the last value",
    ),
    "block sequence entries are not allowed in this context": Both(
        "butir daftar ('- ') tidak boleh di sini; pindahkan ke baris sendiri di bawah kuncinya",
        "a list item ('- ') is not allowed here; put it on its own line under its key",
    ),
}
_SIMPLE_KEY = re.compile(r"^\s*(?:- )?([A-Za-z_][\w-]*):(\S.*)?$")


def _colon_without_space(lines: list[str], last: int, first: int) -> tuple[int, int, str] | None:
    """(line, column, key) of a `kunci:nilai` on lines `first`..`last`, read by YAML as text.

    `realisasi:92` is a plain string to YAML, so the error surfaces on the next key instead.
    """
    for number in range(last, max(0, first - 1), -1):
        row = lines[number - 1]
        match = _SIMPLE_KEY.match(row)
        if match and match.group(2) and not match.group(2).startswith("//"):
            return number, match.end(1) + 1, match.group(1)
    return None


def _tab_indented(lines: list[str], line: int) -> bool:
    """A tab in the indentation near the error is almost always its cause."""
    nearby = lines[max(0, line - 2) : line + 1]
    return any(row[: len(row) - len(row.lstrip())].count("\t") for row in nearby)


def _encoding_finding(rel: str, data: bytes, offset: int) -> Finding:
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    guess = Both("", "")
    if b"\x00" in data:
        guess = Both(
            ", tampaknya berkas biner (gambar, PDF, arsip) yang diberi nama berkas data",
            ", apparently a binary file (image, PDF, archive) under a data file's name",
        )
        return finding(rel, line, "", "encoding", column=column, guess=guess)
    try:
        data.decode("cp1252")
        guess = Both(
            ", tampaknya Windows-1252 dari Excel atau Word",
            ", apparently Windows-1252 from Excel or Word",
        )
    except UnicodeDecodeError:
        pass
    return finding(rel, line, "", "encoding", column=column, guess=guess)
