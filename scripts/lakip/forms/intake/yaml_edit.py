"""Edit a YAML file's text in place: one value, key or list item changes, every other byte stays.

Staff and reviewers read the data files' diffs, and the files carry comments, a chosen key order
and quoting (`kode: "8.01.02.2.01"`). Loading and dumping would lose all of that, so edits are
splices of the text at the marks PyYAML's composer gives each node. Every result is parsed again
and compared with the data the edit intended; a mismatch is refused, never written.

Paths: keys joined by dots, list items chosen by a field (`indikator[kode=IKU-08].realisasi`) or
by position (`indikator[0]`).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from decimal import Decimal

import yaml

from lakip.findings import LakipError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STEP = re.compile(r"\.?(?:([^.\[\]]+)|\[(\d+)\]|\[([^=\]]+)=([^\]]*)\])")
_INDENT = 2  # for mappings and lists the edit creates (the data files' own step)


class YamlEditError(LakipError):
    """An edit that cannot be made to this text; the text is left as it was."""


def set_value(text: str, path: str, value: object) -> str:
    """`text` with the value at `path` set to `value`, missing keys on the way added."""
    steps = _steps(path)
    new = _set(text, _compose(text), steps, value, path)
    expected = _load(text)
    _data_set(expected, steps, _plain(value))
    return _guarded(new, expected, path)


def remove_key(text: str, path: str) -> str:
    """`text` without the key at `path` (and its value); a missing key changes nothing."""
    steps = _steps(path)
    parent, key = _find_parent(_compose(text), steps, path)
    pair = _pair(parent, key) if parent is not None else None
    if pair is None:
        return text
    if len(parent.value) == 1:
        raise YamlEditError("yaml-edit-last-key", path=path)
    new = _remove_pair(text, parent, pair)
    expected = _load(text)
    del _data_walk(expected, steps[:-1])[key]
    return _guarded(new, expected, path)


def append_item(text: str, path: str, item: Mapping) -> str:
    """`text` with `item` added at the end of the list at `path` (the list made if missing)."""
    steps = _steps(path)
    root = _compose(text)
    parent, key = _find_parent(root, steps, path)
    pair = _pair(parent, key) if parent is not None else None
    if pair is None:
        new = _set(text, root, steps, [dict(item)], path)
    else:
        sequence = pair[1]
        if not isinstance(sequence, yaml.SequenceNode):
            raise YamlEditError("yaml-edit-shape", path=path)
        new = _append(text, sequence, dict(item))
    expected = _load(text)
    where = _data_walk(expected, steps[:-1])
    where.setdefault(key, []).append(_plain(dict(item)))
    return _guarded(new, expected, path)


def _steps(path: str) -> list:
    """`path` as a list of keys (str), positions (int) and field selectors ((field, value))."""
    steps, at = [], 0
    while at < len(path):
        match = _STEP.match(path, at)
        if match is None or match.end() == at:
            raise YamlEditError("yaml-edit-path", path=path)
        key, index, field, wanted = match.groups()
        steps.append(key.strip() if key else int(index) if index else (field, wanted))
        at = match.end()
    if not steps or not isinstance(steps[-1], str):
        raise YamlEditError("yaml-edit-path", path=path)
    return steps


def _compose(text: str) -> yaml.Node:
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as error:
        raise YamlEditError("yaml-edit-syntax", error=str(error).splitlines()[0]) from error
    if not isinstance(root, yaml.MappingNode):
        raise YamlEditError("yaml-edit-shape", path="")
    return root


def _load(text: str) -> object:
    return yaml.load(text, Loader=_Loader)


def _guarded(new: str, expected: object, path: str) -> str:
    try:
        ok = _load(new) == expected
    except yaml.YAMLError:
        ok = False
    if not ok:
        raise YamlEditError("yaml-edit-guard", path=path)
    return new


def _pair(mapping: yaml.MappingNode, key: str) -> tuple | None:
    return next((pair for pair in mapping.value if pair[0].value == key), None)


def _child(node: yaml.Node, step: object, path: str) -> yaml.Node | None:
    """The node `step` names under `node`, None for a missing key; a missing item is refused."""
    if isinstance(step, str):
        if not isinstance(node, yaml.MappingNode):
            raise YamlEditError("yaml-edit-shape", path=path)
        pair = _pair(node, step)
        return pair[1] if pair else None
    if not isinstance(node, yaml.SequenceNode):
        raise YamlEditError("yaml-edit-shape", path=path)
    if isinstance(step, int):
        found = node.value[step] if step < len(node.value) else None
    else:
        field, wanted = step
        found = next(
            (
                item
                for item in node.value
                if isinstance(item, yaml.MappingNode)
                and (pair := _pair(item, field))
                and isinstance(pair[1], yaml.ScalarNode)
                and pair[1].value == wanted
            ),
            None,
        )
    if found is None:
        raise YamlEditError("yaml-edit-missing", path=path)
    return found


def _find_parent(root: yaml.Node, steps: list, path: str) -> tuple[yaml.Node | None, str]:
    """The mapping holding the last key of `steps` (None when a key on the way is missing)."""
    node = root
    for step in steps[:-1]:
        node = _child(node, step, path)
        if node is None:
            return None, steps[-1]
    if not isinstance(node, yaml.MappingNode):
        raise YamlEditError("yaml-edit-shape", path=path)
    return node, steps[-1]


def _set(text: str, node: yaml.Node, steps: list, value: object, path: str) -> str:
    for at, step in enumerate(steps):
        child = _child(node, step, path)
        if child is None:
            nested = value
            for key in reversed(steps[at + 1 :]):
                if not isinstance(key, str):
                    raise YamlEditError("yaml-edit-missing", path=path)
                nested = {key: nested}
            return _add_key(text, node, step, nested)
        node = child
    return _replace(text, node, value, path)


def _replace(text: str, node: yaml.Node, value: object, path: str) -> str:
    if isinstance(value, Mapping) and isinstance(node, yaml.MappingNode):
        # Key by key in order, the mapping composed again after each edit moved the text.
        for key in value:
            text = _set(text, _compose_at(text, node), [key], value[key], path)
        return text
    if not isinstance(node, yaml.ScalarNode):
        raise YamlEditError("yaml-edit-shape", path=path)
    flow = _in_flow(text, node)
    if isinstance(value, Mapping | list):
        rendered = _flow(value)
    else:
        rendered = _scalar(value, flow, node.style if isinstance(value, str) else None)
    if (
        node.value == ""
        and not node.style
        and text[node.start_mark.index - 1 : node.start_mark.index] == ":"
    ):
        rendered = " " + rendered  # `realisasi:` left empty by `lakip new`: the mark is the colon's
    return text[: node.start_mark.index] + rendered + text[_content_end(text, node) :]


def _compose_at(text: str, old: yaml.Node) -> yaml.Node:
    """The node of the freshly composed `text` that starts where `old` started."""
    root = _compose(text)
    stack = [root]
    while stack:
        node = stack.pop()
        if node.start_mark.index == old.start_mark.index and type(node) is type(old):
            return node
        if isinstance(node, yaml.MappingNode):
            stack.extend(value for _, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    raise YamlEditError("yaml-edit-guard", path="")


def _in_flow(text: str, node: yaml.Node) -> bool:
    """Whether `node` sits inside a flow collection (where `,` `[` `]` `{` `}` end a value)."""
    line_start = text.rfind("\n", 0, node.start_mark.index) + 1
    before = text[line_start : node.start_mark.index]
    return before.count("{") + before.count("[") > before.count("}") + before.count("]")


def _content_end(text: str, node: yaml.Node) -> int:
    """Where `node`'s own text ends: block scalars and collections end before their line breaks."""
    if isinstance(node, yaml.ScalarNode) or node.flow_style:
        end = node.end_mark.index
        if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
            while end > node.start_mark.index and text[end - 1] in "\n \t":
                end -= 1
        return end
    children = (
        [part for pair in node.value for part in pair]
        if isinstance(node, yaml.MappingNode)
        else node.value
    )
    return max(_content_end(text, child) for child in children)


def _line_end(text: str, node: yaml.Node) -> int:
    end = text.find("\n", _content_end(text, node))
    return len(text) if end < 0 else end


def _add_key(text: str, mapping: yaml.Node, key: str, value: object) -> str:
    if not isinstance(mapping, yaml.MappingNode):
        raise YamlEditError("yaml-edit-shape", path=key)
    rendered_key = _scalar(key, bool(mapping.flow_style), None)
    if mapping.flow_style:
        entry = f"{rendered_key}: {_flow(value)}"
        if not mapping.value:
            at = mapping.start_mark.index + 1
            return text[:at] + entry + text[at:]
        at = _content_end(text, mapping.value[-1][1])
        return text[:at] + ", " + entry + text[at:]
    column = mapping.value[0][0].start_mark.column
    at = _line_end(text, mapping)
    entry = "\n" + " " * column + rendered_key + ":" + _block(value, column)
    return text[:at] + entry + text[at:]


def _append(text: str, sequence: yaml.SequenceNode, item: dict) -> str:
    if sequence.flow_style:
        if not sequence.value:
            at = sequence.start_mark.index + 1
            return text[:at] + _flow(item) + text[at:]
        at = _content_end(text, sequence.value[-1])
        return text[:at] + ", " + _flow(item) + text[at:]
    column = sequence.start_mark.column
    at = _line_end(text, sequence)
    last = sequence.value[-1]
    # A new item quotes its strings as the item before it does (`kode: "8.01.02.2.01"`).
    styles = (
        {k.value: v.style for k, v in last.value if isinstance(v, yaml.ScalarNode)}
        if isinstance(last, yaml.MappingNode)
        else {}
    )
    return text[:at] + "\n" + " " * column + _block_item(item, column, styles) + text[at:]


def _remove_pair(text: str, mapping: yaml.MappingNode, pair: tuple) -> str:
    key, value = pair
    index = mapping.value.index(pair)
    if mapping.flow_style:
        if index > 0:
            start = _content_end(text, mapping.value[index - 1][1])
            return text[:start] + text[_content_end(text, value) :]
        return text[: key.start_mark.index] + text[mapping.value[1][0].start_mark.index :]
    line_start = text.rfind("\n", 0, key.start_mark.index) + 1
    if text[line_start : key.start_mark.index].strip():
        # The first key of a list item, after its "- ": the next key moves up beside the dash.
        return text[: key.start_mark.index] + text[mapping.value[index + 1][0].start_mark.index :]
    end = _line_end(text, value)
    return text[:line_start] + text[end + 1 :] if end < len(text) else text[: line_start - 1]


def _block(value: object, column: int) -> str:
    """`value` as it follows `key:` in a block mapping at `column`."""
    inner = column + _INDENT
    if isinstance(value, Mapping) and value:
        return "".join(
            "\n" + " " * inner + _scalar(k, False, None) + ":" + _block(v, inner)
            for k, v in value.items()
        )
    if isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
        return "".join("\n" + " " * inner + _block_item(v, inner) for v in value)
    if isinstance(value, Mapping | list):
        return " " + _flow(value)
    return " " + _scalar(value, False, None)


def _block_item(item: Mapping, column: int, styles: Mapping | None = None) -> str:
    """`item` as a block list entry whose dash is at `column`, strings quoted as in `styles`."""
    if not item:
        return "- {}"
    styles = styles or {}
    lines = (
        _scalar(k, False, None)
        + ":"
        + (" " + _scalar(v, False, styles.get(k)) if isinstance(v, str) else _block(v, column + 2))
        for k, v in item.items()
    )
    return "- " + ("\n" + " " * (column + 2)).join(lines)


def _flow(value: object) -> str:
    if isinstance(value, Mapping):
        inner = ", ".join(f"{_scalar(k, True, None)}: {_flow(v)}" for k, v in value.items())
        return "{" + inner + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    return _scalar(value, True, None)


def _scalar(value: object, flow: bool, style: str | None) -> str:
    """`value` written as the data files write it: `92.22`, plain text, quotes only if needed."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        number = Decimal(repr(value)) if isinstance(value, float) else value
        if not number.is_finite():
            raise YamlEditError("yaml-edit-value", value=str(value))
        if number == number.to_integral_value() and isinstance(value, Decimal):
            return str(int(number))
        shown = format(number.normalize(), "f")
        return shown if "." in shown else shown + ".0"
    text = str(value)
    if style == "'" and "\n" not in text and text.isprintable():
        return "'" + text.replace("'", "''") + "'"
    if style != '"' and _plain_ok(text, flow):
        return text
    return json.dumps(text, ensure_ascii=False)


def _plain_ok(text: str, flow: bool) -> bool:
    if not text or text != text.strip() or not text.isprintable() or "\n" in text:
        return False
    probe = f"{{k: {text}}}" if flow else f"k: {text}"
    try:
        return yaml.load(probe, Loader=_Loader) == {"k": text}
    except yaml.YAMLError:
        return False


def _plain(value: object) -> object:
    """`value` as the YAML loader gives it back: Decimals as int or float, recursively."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return copy.copy(value)


def _data_walk(data: object, steps: list) -> object:
    for step in steps:
        if isinstance(step, tuple):
            field, wanted = step
            data = next(i for i in data if isinstance(i, dict) and str(i.get(field)) == wanted)
        elif isinstance(step, str) and step not in data:
            data[step] = {}
            data = data[step]
        else:
            data = data[step]
    return data


def _data_set(data: object, steps: list, value: object) -> None:
    where = _data_walk(data, steps[:-1])
    old = where.get(steps[-1])
    if isinstance(old, dict) and isinstance(value, dict):
        _merge(old, value)
    else:
        where[steps[-1]] = value


def _merge(old: dict, new: dict) -> None:
    for key, value in new.items():
        if isinstance(old.get(key), dict) and isinstance(value, dict):
            _merge(old[key], value)
        else:
            old[key] = value
