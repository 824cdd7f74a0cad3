"""How data files are composed: fast, and to the same node tree PyYAML's stock loader gives.

The loader's cheaper `resolve` gives every scalar the tag PyYAML's stock safe loader gives it.

`yamlfile` composes with a subclass of `CSafeLoader` whose `resolve` is one table lookup
(issue 12: the per-scalar call was a fifth of validating a 1 MiB file). Typing depends on these
tags, so the two are compared on generated scalars and on whole composed documents.
"""

from __future__ import annotations

import gc

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from lakip.load import yamlfile

# Characters the implicit resolvers look at (numbers, dates, bools, nulls, `=`, `<<`), and some
# they do not, so that generated text reaches every branch of every regular expression.
_ALPHABET = "0123456789+-.,:_ eExXoObB~=<!&*TtFfNnYyLlUuRrSsAa\t"
_SCALAR_KINDS = (yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode)


def _tags(loader: type, kind: type, value: str) -> list[str]:
    instance = loader("")
    try:
        return [
            instance.resolve(kind, value, implicit)
            for implicit in ((True, False), (False, True), (False, False), (True, True))
        ]
    finally:
        instance.dispose()


def test_the_fast_loader_is_the_one_used() -> None:
    assert yamlfile._loader() is not yaml.CSafeLoader
    assert issubclass(yamlfile._loader(), yaml.CSafeLoader)


@settings(max_examples=3000)
@given(st.text(alphabet=_ALPHABET, max_size=12) | st.text(max_size=6))
def test_resolve_matches_the_stock_loader(value: str) -> None:
    for kind in _SCALAR_KINDS:
        assert _tags(yamlfile._loader(), kind, value) == _tags(yaml.CSafeLoader, kind, value)


_KNOWN = [
    "", "~", "null", "Null", "NULL", "yes", "No", "on", "OFF", "y", "true", "False", "0777",
    "0o17", "0x1F", "0b101", "1_000", "+12", "-0", "190:20:30", "1.5e3", "1e3", ".inf", "-.Inf",
    ".NaN", "0,0189", "9,222,000", "2025-01-31", "2025-1-3 4:05:06.7 +07:00", "=", "<<",
    "IKU-01", "realisasi", "1.", ".5", "._", "-", "+", "0.", "12:",
]  # fmt: skip


def test_resolve_matches_on_known_tricky_scalars() -> None:
    for value in _KNOWN:
        for kind in _SCALAR_KINDS:
            assert _tags(yamlfile._loader(), kind, value) == _tags(yaml.CSafeLoader, kind, value)


def _shape(node: yaml.Node | None) -> object:
    if node is None:
        return None
    if isinstance(node, yaml.ScalarNode):
        return (node.tag, node.value)
    if isinstance(node, yaml.SequenceNode):
        return (node.tag, [_shape(item) for item in node.value])
    return (node.tag, [(_shape(k), _shape(v)) for k, v in node.value])


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_KNOWN) | st.text(alphabet=_ALPHABET[:30], max_size=8), max_size=8))
def test_composed_documents_get_the_same_tags(values: list[str]) -> None:
    plain = "".join(f"- {value!s}\n" for value in values if value.strip() == value and value)
    quoted = "".join(f"- '{value}'\n" for value in values if "'" not in value)
    flow = "{" + ", ".join(f"k{i}: {v}" for i, v in enumerate(values) if v.strip() == v and v) + "}"
    for text in (plain, quoted, flow, "a:\n  b: [1, x, ~]\n  c: !!str 5\n"):
        try:
            stock = yaml.compose(text, Loader=yaml.CSafeLoader)
        except yaml.YAMLError:
            continue
        fast = yaml.compose(text, Loader=yamlfile._loader())
        assert _shape(fast) == _shape(stock)


_BIG = "tahun: 2025\nindikator:\n" + "- {kode: IKU-01, realisasi: 0,0189}\n" * 20000


def test_composing_a_large_file_runs_no_garbage_collection() -> None:
    """Nodes hold no reference cycles; a collection per 700 of them made composing 5x slower."""
    collections = []

    def record(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.collect()  # start from empty generation counts, whatever earlier tests left behind
    gc.callbacks.append(record)
    try:
        node, found = yamlfile.parse_yaml(_BIG, "x.yml")
    finally:
        gc.callbacks.remove(record)
    assert node is not None and found == []
    # the young generation may be swept once the collector is back on (without the pause: 714
    # collections), never the oldest one that holds the tree
    assert len(collections) <= 3 and 2 not in collections
    assert gc.isenabled()


def test_the_collector_is_restored_after_a_syntax_error() -> None:
    node, found = yamlfile.parse_yaml("a: [1, 2\n" + "- x\n" * 1000, "x.yml")
    assert node is None and found[0].code == "yaml-unclosed-bracket"
    assert gc.isenabled()
    gc.disable()
    try:
        yamlfile.parse_yaml(_BIG, "x.yml")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_reading_a_large_data_file_sweeps_no_old_generation(tmp_path) -> None:
    """The node tree stays alive while it is conformed: no collection may walk it meanwhile."""
    from helpers import copy_sample
    from lakip.load import spec
    from lakip.load.project import _Loader

    root = copy_sample(tmp_path)
    rel = "sections/bidang-politik/2025/realisasi.yml"
    (root / rel).write_text(_BIG, encoding="utf-8")
    collections = []

    def record(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    loader = _Loader(root)
    gc.collect()
    gc.callbacks.append(record)
    try:
        doc = loader.read_doc(rel, spec.REALISATION)
    finally:
        gc.callbacks.remove(record)
    assert doc is not None and len(doc.value["indikator"]) == 20000
    assert len(collections) <= 3 and 2 not in collections
    assert gc.isenabled()


def test_validating_a_large_data_file_sweeps_no_old_generation(tmp_path) -> None:
    """The loaded project stays alive while it is validated: no sweep may walk it meanwhile."""
    from helpers import copy_sample
    from lakip.validate.gate import load_and_validate

    root = copy_sample(tmp_path)
    (root / "sections/bidang-politik/2025/realisasi.yml").write_text(_BIG, encoding="utf-8")
    collections = []

    def record(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.collect()
    gc.callbacks.append(record)
    try:
        result = load_and_validate(root)
    finally:
        gc.callbacks.remove(record)
    assert not result.ok and any(f.code == "more-findings" for f in result.findings)
    assert len(collections) <= 3 and 2 not in collections
    assert gc.isenabled()
