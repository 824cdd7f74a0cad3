"""Check a YAML node tree against its spec and turn it into plain values with line numbers.

Works on nodes, not on PyYAML's constructed values, so it still sees what was typed: `85,5`,
`no`, `010` or `1:30` are reported with their original text instead of silently becoming a
string, `False`, 8 or 90. Numbers become `Decimal` read from the text, never through `float`.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import yaml

from lakip.findings import ERROR, MAX_PER_FILE, Finding, finding, more_findings
from lakip.formatting import DATE_FORMS, DateTextError, parse_date
from lakip.load import spec as s
from lakip.messages import Both

_TAG = "tag:yaml.org,2002:"
_CANONICAL_NUMBER = re.compile(r"^[-+]?(0|[1-9][0-9]*)(\.[0-9]+)?$")
_CANONICAL_INT_TEXT = re.compile(r"^[-+]?[0-9]+(\.[0-9]+)?$")
_THOUSANDS_DOT = re.compile(r"^[-+]?[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?$")
_DECIMAL_COMMA = re.compile(r"^[-+]?[0-9]+,[0-9]+$")
_THOUSANDS_COMMA = re.compile(r"^[-+]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")
_DIGITS = re.compile(r"^[0-9]+$")
_EXPONENT = re.compile(r"^[-+]?[0-9]+(\.[0-9]*)?[eE][-+]?[0-9]+$")
# Spaces that look like a plain space but are not one: NBSP from Word and Excel, thin spaces.
_SPECIAL_SPACE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_ABSENT = object()
MAX_DIGITS = 20  # a rupiah amount in the quadrillions has 16; more is a slip, not a number
_SHOWN = 80  # longest value quoted back in a message
MAX_TEXT = 2000  # characters in one text value; longer prose belongs in narasi.md


class Items(list):
    """A conformed list without its refused items; `positions[i]` is item i's index in the file.

    Key paths name items by their place in the file (`indikator[3]`), so a refused item must
    not shift the names of the ones after it: walk such a list with `positioned`.
    """

    def __init__(self) -> None:
        super().__init__()
        self.positions: list[int] = []


def positioned(items: list) -> Iterator[tuple[int, object]]:
    """(index in the file, item) of a conformed list, like `enumerate` without the shift."""
    return zip(getattr(items, "positions", range(len(items))), items, strict=True)


@dataclass
class Doc:
    """A conformed file: plain values, and the line of every key path for later findings."""

    path: str
    value: dict = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    # key paths whose value was refused, with every key path above them: one set lookup per
    # question, so a list of 20,000 refused items is checked in linear time
    rejected: set[str] = field(default_factory=set)

    def refuse(self, key: str) -> None:
        while key not in self.rejected:
            self.rejected.add(key)
            if not key:
                return
            key = _parent(key)

    def refused_under(self, key: str) -> bool:
        """Whether a value was refused at `key` or inside it."""
        return key in self.rejected

    def line(self, key: str) -> int:
        """Line of `key`, or of its nearest recorded parent."""
        while key not in self.lines and key:
            key = _parent(key)
        return self.lines.get(key, 1)


def _parent(key: str) -> str:
    """The key path one level up: `a.b[2]` -> `a.b`, `a.b` -> `a`, `a` -> ``."""
    if key.endswith("]"):
        return key[: key.rindex("[")]
    return key[: max(key.rfind("."), 0)]


def _node_kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    return "sequence" if isinstance(node, yaml.SequenceNode) else "scalar"


def _spec_kind(spec: s.Spec) -> str:
    if isinstance(spec, s.Object | s.Map):
        return "mapping"
    return "sequence" if isinstance(spec, s.List) else "scalar"


def conform(node: yaml.Node, kind: s.FileKind, rel: str) -> tuple[Doc, list[Finding]]:
    """Return the file's values (invalid parts left out) and every schema finding."""
    walker = _Walker(Doc(rel))
    value = walker.visit(node, kind.spec, "")
    walker.doc.value = value if isinstance(value, dict) else {}
    return walker.doc, walker.findings()


def conform_value(node: yaml.Node, spec: s.Spec, rel: str, key: str) -> tuple[object, list]:
    """Conform one node that is not a whole file (a register entry); None when it is unusable."""
    walker = _Walker(Doc(rel))
    value = walker.visit(node, spec, key)
    return (None if value is _ABSENT else value), walker.findings()


class _Walker:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.found: list[Finding] = []
        self.hidden = 0  # findings past MAX_PER_FILE, all errors

    def findings(self) -> list[Finding]:
        if not self.hidden:
            return self.found
        last = max(f.line for f in self.found)
        return [*self.found, more_findings(self.doc.path, last, self.hidden, ERROR)]

    def counted(self, key: str) -> bool:
        """Past the file's cap: refuse `key` and count its finding instead of building it.

        Callers whose message is costly to build (a spelling suggestion, a YAML 1.1 reading)
        ask first, so 70,000 unknown keys do not each run difflib for a finding nobody sees.
        """
        if len(self.found) < MAX_PER_FILE:
            return False
        self.doc.refuse(key)
        self.hidden += 1  # see `more_findings`
        return True

    def report(self, node: yaml.Node, key: str, code: str, **params: object) -> None:
        if self.counted(key):
            return
        self.doc.refuse(key)
        shown = {name: _shorten(value) for name, value in params.items()}
        self.found.append(finding(self.doc.path, node.start_mark.line + 1, key, code, **shown))

    def visit(self, node: yaml.Node, spec: s.Spec, key: str) -> object:
        self.doc.lines[key] = node.start_mark.line + 1
        compound = _COMPOUND.get(type(spec))  # a dict lookup: visit runs once per node
        if compound is not None:
            return compound(self, node, spec, key)
        if not isinstance(node, yaml.ScalarNode):
            if isinstance(spec, s.Date):
                self.report(node, key, "type-date", text=_describe(node).id, forms=DATE_FORMS)
                return _ABSENT
            expected = "type-string" if isinstance(spec, s.Str | s.Enum) else "type-number"
            self.report(node, key, expected, found=_describe(node), text=_describe(node).id)
            return _ABSENT
        return self._scalar(node, spec, key)

    def _pairs(self, node: yaml.Node, key: str):
        """Each (name, key path, key node, value node) of a mapping, duplicates reported."""
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            name = _key_name(key_node)
            child = f"{key}.{name}" if key else name
            if name in seen:
                self.report(key_node, child, "duplicate-key", name=name, first=seen[name])
                continue
            seen[name] = key_node.start_mark.line + 1
            yield name, child, key_node, value_node

    def _object(self, node: yaml.Node, spec: s.Object, key: str) -> object:
        if not isinstance(node, yaml.MappingNode):
            self.report(node, key, "type-mapping", found=_describe(node))
            return _ABSENT
        result: dict = {}
        present: set[str] = set()
        for name, child, key_node, value_node in self._whole_pairs(node, key, result):
            present.add(name)
            if name not in spec.fields:
                if not self.counted(child):
                    self.report(key_node, child, "unknown-key", name=name, **_suggest(name, spec))
                continue
            if _is_null(value_node):
                self.doc.lines[child] = value_node.start_mark.line + 1
                continue
            value = self.visit(value_node, spec.fields[name], child)
            if value is not _ABSENT:
                result[name] = value
        for name in spec.required:
            if name not in present or (name not in result and _null_at(node, name)):
                self.report(node, key, "missing-key", name=name)
        return result

    def _whole_pairs(self, node: yaml.MappingNode, key: str, result: dict):
        """`_pairs`, less the keys a comma cut from a number in a flow mapping (reported).

        `{realisasi: 0,0189}` is `realisasi: 0` and a key `0189` to YAML. The caller stores
        `realisasi` before the next pair shows the cut; it is then taken out of `result`.
        """
        split = None
        for name, child, key_node, value_node in self._pairs(node, key):
            if split is not None and _comma_tail(key_node, value_node):
                split.tails.append((key_node, child))
                continue
            self._comma_split(split, result)
            split = None
            if node.flow_style and _plain_digits(value_node):
                split = _Split(name, child, value_node.value)
            yield name, child, key_node, value_node
        self._comma_split(split, result)

    def _comma_split(self, split: _Split | None, result: dict) -> None:
        """Report a number that flow style cut at its commas, at the first key it made."""
        if split is None or not split.tails:
            return
        result.pop(split.name, None)  # the `0` of `0,0189` is not the value that was meant
        self.doc.refuse(split.key)
        for _, child in split.tails:
            self.doc.refuse(child)
        key_node, child = split.tails[0]
        if self.counted(child):
            return
        tails = [str(key_node.value) for key_node, _ in split.tails]
        typed = ",".join([split.head, *tails])
        # one cut is a decimal comma (`0,0189`); more are thousands commas (`9,222,000`)
        code = "comma-decimal-split" if len(tails) == 1 else "comma-thousands-split"
        fixed = f"{split.head}.{tails[0]}" if len(tails) == 1 else split.head + "".join(tails)
        self.report(key_node, child, code, field=split.name, typed=typed, head=split.head,
                    names="', '".join(tails), fixed=fixed)  # fmt: skip

    def _list(self, node: yaml.Node, spec: s.List, key: str) -> object:
        if not isinstance(node, yaml.SequenceNode):
            self.report(node, key, "type-list", found=_describe(node))
            return _ABSENT
        if len(node.value) < spec.min_items:
            self.report(node, key, "too-few-items", minimum=spec.min_items)
        items = Items()
        for index, item_node in enumerate(node.value):
            value = self.visit(item_node, spec.item, f"{key}[{index}]")
            if value is not _ABSENT:
                items.append(value)
                items.positions.append(index)
        return items

    def _map(self, node: yaml.Node, spec: s.Map, key: str) -> object:
        if not isinstance(node, yaml.MappingNode):
            self.report(node, key, "type-mapping", found=_describe(node))
            return _ABSENT
        result: dict = {}
        for name, child, key_node, value_node in self._whole_pairs(node, key, result):
            if not re.match(spec.key_pattern, name):
                self.report(key_node, child, "bad-map-key", name=name, doc=spec.key_doc)
                continue
            if _is_null(value_node):
                continue
            value = self.visit(value_node, spec.value, child)
            if value is not _ABSENT:
                result[name] = value
        return result

    def _one_of(self, node: yaml.Node, spec: s.OneOf, key: str) -> object:
        for option in spec.options:
            if _node_kind(node) == _spec_kind(option):
                return self.visit(node, option, key)
        if any(isinstance(option, s.List) for option in spec.options):  # a scale: name or bands
            self.report(node, key, "type-list", found=_describe(node))
        else:
            self.report(node, key, "type-number", text=_describe(node).id)
        return _ABSENT

    def _scalar(self, node: yaml.ScalarNode, spec: s.Spec, key: str) -> object:
        if isinstance(spec, s.Number | s.Int):
            return self._number(node, spec, key)
        if isinstance(spec, s.Date):
            return self._date(node, key)
        if isinstance(spec, s.Bool):
            if node.tag == _TAG + "bool":
                return node.value.lower() in ("true", "yes", "on", "y")
            self.report(node, key, "type-string", found=_describe(node))
            return _ABSENT
        text = self._text(node, key)
        if text is _ABSENT:
            return _ABSENT
        if isinstance(spec, s.Enum) and text not in spec.values:
            self.report(node, key, "enum", text=text, allowed=", ".join(spec.values))
            return _ABSENT
        if isinstance(spec, s.Str) and spec.pattern and not re.match(spec.pattern, text):
            self.report(node, key, "pattern", text=text, doc=spec.doc)
            return _ABSENT
        return text

    def _text(self, node: yaml.ScalarNode, key: str) -> object:
        tag = node.tag.removeprefix(_TAG)
        if len(node.value) > MAX_TEXT:
            self.report(node, key, "text-too-long", length=len(node.value), limit=MAX_TEXT)
            return _ABSENT
        if tag == "str" or (tag in ("int", "float") and _CANONICAL_INT_TEXT.match(node.value)):
            return node.value
        self._coerced(node, key, Both("teks", "text"))
        return _ABSENT

    def _number(self, node: yaml.ScalarNode, spec: s.Number | s.Int, key: str) -> object:
        tag = node.tag.removeprefix(_TAG)
        text = node.value
        plain = not node.style  # the C loader gives "" for plain scalars, the Python one None
        if tag in ("int", "float") and plain and _CANONICAL_NUMBER.match(text):
            value = Decimal(text)
            if not value:
                value = value.copy_abs()  # `-0` is zero: it must never print as "-0"
        elif tag == "float" and text.lower().lstrip("+-") in (".inf", ".nan"):
            self.report(node, key, "not-finite", text=text)
            return _ABSENT
        elif tag in ("int", "float", "bool", "timestamp") and plain:
            self._coerced(node, key, Both("angka", "a number"))
            return _ABSENT
        else:
            return self._number_text(node, key)
        digits = len(value.as_tuple().digits)
        if digits > MAX_DIGITS:
            self.report(node, key, "too-many-digits", text=text, digits=digits, limit=MAX_DIGITS)
            return _ABSENT
        if isinstance(spec, s.Int) and value != value.to_integral_value():
            self.report(node, key, "type-integer", text=text)
            return _ABSENT
        if spec.minimum is not None and value < spec.minimum:
            self.report(node, key, "below-minimum", value=text, minimum=spec.minimum)
            return _ABSENT
        if spec.maximum is not None and value > spec.maximum:
            self.report(node, key, "above-maximum", value=text, maximum=spec.maximum)
            return _ABSENT
        return int(value) if isinstance(spec, s.Int) else value

    def _number_text(self, node: yaml.ScalarNode, key: str) -> object:
        """Explain why a string is not a number: quotes, Indonesian format, exponent."""
        if _SPECIAL_SPACE.search(node.value):
            self._special_space(node, key)
            return _ABSENT
        text = node.value.strip()
        if _CANONICAL_NUMBER.match(text):
            self.report(node, key, "quoted-number", text=text)
            return _ABSENT
        fixed = _indonesian_to_canonical(text)
        if fixed is not None:
            self.report(node, key, "indonesian-number", text=node.value, fixed=fixed)
            return _ABSENT
        if _EXPONENT.match(text):
            exponent = Decimal(text).adjusted()
            if abs(exponent) <= MAX_DIGITS:  # never write out 1e999999999
                number = format(Decimal(text), "f")
                hint = Both(f"Tulis {number}.", f"Write {number}.")
            else:
                hint = Both(
                    "Tulis angkanya lengkap tanpa 'e'.", "Write the number out without 'e'."
                )
            self.report(
                node,
                key,
                "yaml-coerced",
                text=text,
                became=Both("teks", "text"),
                expected=Both("angka", "a number"),
                hint=hint,
            )
            return _ABSENT
        self.report(node, key, "type-number", text=node.value)
        return _ABSENT

    def _special_space(self, node: yaml.ScalarNode, key: str) -> None:
        cleaned = _SPECIAL_SPACE.sub("", node.value).strip()
        fixed = cleaned if _CANONICAL_NUMBER.match(cleaned) else _indonesian_to_canonical(cleaned)
        char = _SPECIAL_SPACE.search(node.value).group()
        hint = (
            Both(f"Tulis {fixed}.", f"Write {fixed}.")
            if fixed
            else Both("Hapus spasi itu.", "Delete that space.")
        )
        self.report(node, key, "number-special-space", text=node.value, char=f"U+{ord(char):04X}",
                    hint=hint)  # fmt: skip

    def _date(self, node: yaml.ScalarNode, key: str) -> object:
        if node.tag.removeprefix(_TAG) in ("timestamp", "str"):
            try:
                return parse_date(node.value)
            except DateTextError as error:
                if error.no_such_day:
                    self.report(node, key, "invalid-date", text=node.value)
                    return _ABSENT
        self.report(node, key, "type-date", text=node.value, forms=DATE_FORMS)
        return _ABSENT

    def _coerced(self, node: yaml.ScalarNode, key: str, expected: Both) -> None:
        if self.counted(key):
            return
        became, hint = _yaml11_reading(node.tag, node.value)
        self.report(
            node, key, "yaml-coerced", text=node.value, became=became, expected=expected, hint=hint
        )


@dataclass
class _Split:
    """`field: head` in a flow mapping, and the digit keys that followed it after commas."""

    name: str
    key: str
    head: str
    tails: list = field(default_factory=list)


_COMPOUND = {
    s.Object: _Walker._object,
    s.List: _Walker._list,
    s.Map: _Walker._map,
    s.OneOf: _Walker._one_of,
}


@functools.lru_cache(maxsize=256)  # a 1 MiB file may repeat one scalar 30,000 times
def _yaml11_reading(node_tag: str, text: str) -> tuple[Both, Both]:
    """Say what YAML 1.1 made of a plain scalar, and how to write what was meant."""
    tag = node_tag.removeprefix(_TAG)
    quote = Both(
        f'Bila yang dimaksud teks, beri tanda kutip: "{text}".',
        f'If text is meant, put it in quotes: "{text}".',
    )
    if tag == "bool":
        value = text.lower() in ("true", "yes", "on", "y")
        return Both(f"nilai logika {'benar' if value else 'salah'}", f"boolean {value}"), quote
    if tag == "timestamp":
        return Both("tanggal", "a date"), quote
    try:
        # one plain scalar, safe; str() of a huge int raises ValueError (Python's digit limit)
        constructed = _shorten(str(yaml.load(text, Loader=yaml.CSafeLoader)))
        became = Both(f"angka {constructed}", f"the number {constructed}")
    except (yaml.YAMLError, ValueError):
        became = Both("bilangan YAML 1.1 yang sangat panjang", "a very long YAML 1.1 number")
    digits = text.replace("_", "")
    if re.match(r"^[-+]?0[0-9]+$", digits):
        sign = digits[0] if digits[0] in "+-" else ""
        fixed = _shorten(sign.replace("+", "") + (digits.lstrip("+-").lstrip("0") or "0"))
        hint = Both(
            f"Tulis {fixed} tanpa nol di depan, atau beri tanda kutip bila ini teks.",
            f"Write {fixed} without the leading zero, or quote it if it is text.",
        )
        return became, hint
    if "_" in text and re.match(r"^[-+]?[0-9_]+(\.[0-9_]+)?$", text):
        digits = _shorten(digits)
        return became, Both(f"Tulis {digits} tanpa garis bawah.", f"Write {digits} without '_'.")
    return became, quote


def number_from_text(text: str) -> Decimal | None:
    """A number a person typed as text ('85,5', '1.912', 'Rp 1.250.000', '72,4 %'), or None.

    Read as an Indonesian office writes numbers (dot for thousands, comma for decimals); a
    plain `92.22` is read with its decimal point. The forms importer reads text cells with it.
    """
    cleaned = _SPECIAL_SPACE.sub(" ", text).strip()
    canonical = _indonesian_to_canonical(cleaned)  # `1.912` is a thousand and more, first
    if canonical is None and _CANONICAL_NUMBER.match(cleaned):
        canonical = cleaned
    return None if canonical is None else Decimal(canonical)


def _indonesian_to_canonical(text: str) -> str | None:
    """'85,5' -> '85.5', '1.234.567' -> '1234567', '92%' -> '92', 'Rp 1.000' -> '1000'."""
    core = re.sub(r"^(rp\.?)\s*", "", text.strip(), flags=re.IGNORECASE).rstrip("% ").strip()
    core = core.replace(" ", "")
    if _THOUSANDS_DOT.match(core):
        candidate = core.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA.match(core):
        candidate = core.replace(",", ".")
    elif _THOUSANDS_COMMA.match(core):
        candidate = core.replace(",", "")
    elif core != text.strip() and _CANONICAL_NUMBER.match(core):
        candidate = core
    else:
        return None
    try:
        Decimal(candidate)
    except InvalidOperation:
        return None
    return candidate


def _shorten(value: object) -> object:
    """Keep a pasted megabyte out of the message that quotes it."""
    if isinstance(value, Both):
        return Both(_shorten(value.id), _shorten(value.en))
    if isinstance(value, str) and len(value) > _SHOWN:
        return value[: _SHOWN - 3] + "..."
    return value


def _plain_digits(node: yaml.Node) -> bool:
    return (
        isinstance(node, yaml.ScalarNode)
        and not node.style
        and _DIGITS.match(node.value) is not None
    )


def _comma_tail(key_node: yaml.Node, value_node: yaml.Node) -> bool:
    """Whether a flow mapping's key is the digits after a comma: `{realisasi: 0,0189}`.

    YAML's flow style splits items at commas, so `0,0189` becomes `realisasi: 0` and a key
    `0189` without a value.
    """
    return _plain_digits(key_node) and _is_null(value_node) and not value_node.value


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == _TAG + "null"


def _null_at(node: yaml.MappingNode, name: str) -> bool:
    return any(_key_name(k) == name and _is_null(v) for k, v in node.value)


def _key_name(node: yaml.Node) -> str:
    """A key as the author wrote it: a complex key (`? [a, b]`) in YAML flow style, not a repr."""
    if isinstance(node, yaml.ScalarNode):
        return str(node.value)
    return _flow(node)


def _flow(node: yaml.Node) -> str:
    """`node` in YAML flow style, quoted scalars quoted as written (the nesting is capped)."""
    if isinstance(node, yaml.SequenceNode):
        return "[" + ", ".join(_flow(item) for item in node.value) + "]"
    if isinstance(node, yaml.MappingNode):
        return "{" + ", ".join(f"{_flow(k)}: {_flow(v)}" for k, v in node.value) + "}"
    quote = node.style if node.style in ("'", '"') else ""
    return f"{quote}{node.value}{quote}"


def _suggest(name: str, spec: s.Object) -> dict:
    allowed = ", ".join(spec.fields)
    close = difflib.get_close_matches(name, list(spec.fields), n=1, cutoff=0.6)
    if close:
        suggestion = Both(f" (maksud Anda '{close[0]}'?)", f" (did you mean '{close[0]}'?)")
    else:
        suggestion = Both("", "")
    return {"allowed": allowed, "suggestion": suggestion}


def _describe(node: yaml.Node) -> Both:
    if isinstance(node, yaml.MappingNode):
        return Both("pasangan kunci: nilai", "key: value pairs")
    if isinstance(node, yaml.SequenceNode):
        return Both("daftar", "a list")
    text = str(node.value)
    short = text if len(text) <= 40 else text[:37] + "..."
    return Both(f"'{short}'", f"'{short}'")
