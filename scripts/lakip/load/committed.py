"""Read one data file as committed in a Git revision, through the same hardened loader.

The ownership rules, the target lock and the tag signature judge a change by files on the
protected branch or in a tagged commit, not in the working tree. Those files get the same limits
and checks as any data file, and a broken one is a finding, never a silent empty value.
"""

from __future__ import annotations

from pathlib import Path

from lakip import gitrepo
from lakip.findings import Finding, finding
from lakip.load import spec
from lakip.load.conform import Doc, conform
from lakip.load.yamlfile import MAX_YAML_BYTES, parse_yaml


def committed_doc(
    root: Path, rev: str, rel: str, kind: spec.FileKind
) -> tuple[Doc | None, list[Finding]]:
    """The conformed file `rel` at `rev`; None with findings when it is missing or broken."""
    text = gitrepo.show(root, rev, rel)
    if text is None:
        return None, []
    return text_doc(text, rel, kind)


def text_doc(text: str, rel: str, kind: spec.FileKind) -> tuple[Doc | None, list[Finding]]:
    """Conform a file's text against its spec; None when it cannot be read as that kind."""
    size = len(text.encode("utf-8"))
    if size > MAX_YAML_BYTES:
        return None, [finding(rel, 0, "", "file-too-large", size=size, limit=MAX_YAML_BYTES)]
    node, problems = parse_yaml(text, rel)
    if problems or node is None:
        return None, problems
    doc, found = conform(node, kind, rel)
    return doc, found
