"""Properties for any input: the loader answers with findings, and the figures obey their laws.

Golden cases pin what lakip says about inputs someone thought of; these let Hypothesis think of
the rest. Example counts are kept small so the whole file runs in a few seconds; `scripts/fuzz.py`
runs the same kind of search for as long as it is given.
"""

from __future__ import annotations

import random
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from helpers import REPO, copy_sample
from lakip import formatting
from lakip.compute.figures import capaian, category, efficiency_label, serapan
from lakip.findings import Finding, format_findings
from lakip.load import spec, yamlfile
from lakip.load.conform import MAX_DIGITS, conform
from lakip.load.markdown_limits import markdown_limits
from lakip.load.project import load_project
from lakip.load.yamlfile import MAX_YAML_BYTES, parse_yaml, read_text
from lakip.messages import known_codes
from lakip.model import Settings, Target
from lakip.validate.rules import validate

D = Decimal
FAST = settings(max_examples=150, deadline=None)
LAW = settings(max_examples=60, deadline=None)
SLOW = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
KINDS = list(spec.FILE_KINDS.values())
# Files a hostile or careless contributor can change, with the kind lakip reads them as.
TARGETS = [
    "reports/profil.yml",
    "reports/renstra.yml",
    "reports/2025/pk.yml",
    "reports/2025/bab/penutup.md",
    "sections/bidang-ideologi/unit.yml",
    "sections/bidang-ideologi/2025/realisasi.yml",
    "sections/bidang-ideologi/2025/anggaran.yml",
    "sections/bidang-ideologi/2025/narasi.md",
]
# Scalars YAML 1.1 reads in surprising ways, and values that are merely absurd.
TRICKY = [
    "no", "on", "~", "1:30", "010", "0x1f", "1e3", ".nan", "-.inf", "2025-02-30", "1_000",
    "85,5", "1.234.567", "Rp 1.000", "92%", "\u200bIKU-01", "\u202e52", "9" * 40, "1e999999999",
    "0" + "7" * 5000, "", " ", "'", '"', "&a", "*a", "<<", "!!python/object:os.system", "%", "@",
    "`", "|", ">", "- ", "? ", "#", "\t", "\\", "<script>", "javascript:x", "../../etc/passwd",
]  # fmt: skip


def _field_names(node: object, found: set[str]) -> set[str]:
    """Every key of every file kind, so generated mappings hit real fields, not only typos."""
    if isinstance(node, spec.Object):
        found.update(node.fields)
        for child in node.fields.values():
            _field_names(child, found)
    elif isinstance(node, spec.List | spec.Map):
        _field_names(node.item if isinstance(node, spec.List) else node.value, found)
    elif isinstance(node, spec.OneOf):
        for option in node.options:
            _field_names(option, found)
    return found


KEYS = sorted(set().union(*(_field_names(kind.spec, set()) for kind in KINDS)) | {"2025", "I"})
scalars = st.one_of(
    st.sampled_from(TRICKY),
    st.integers(min_value=-(10**25), max_value=10**25),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
    st.text(max_size=20),
    st.booleans(),
    st.none(),
    st.dates(),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=8)), inner, max_size=6),
    ),
    max_leaves=30,
)


def _mutate(text: str, data: st.DataObject) -> str:
    """Cut, duplicate and splice a real file, the way a bad paste or merge does."""
    for _ in range(data.draw(st.integers(min_value=1, max_value=4), label="edits")):
        start = data.draw(st.integers(min_value=0, max_value=len(text)), label="at")
        end = data.draw(st.integers(min_value=start, max_value=min(len(text), start + 40)))
        insert = data.draw(st.one_of(st.sampled_from(TRICKY), st.text(max_size=10)), label="ins")
        text = text[:start] + insert + text[end:]
    return text


def _assert_findings(found: list) -> None:
    codes = set(known_codes())
    for item in found:
        assert isinstance(item, Finding)
        assert isinstance(item.path, str) and isinstance(item.line, int) and item.line >= 0
        assert item.code in codes, f"{item.code} has no message in the catalogue (lakip/messages/)"
    for lang in ("id", "en"):
        for fmt in ("text", "json", "github"):
            format_findings(found, fmt, lang)


def _parse_and_conform(text: str) -> None:
    node, found = parse_yaml(text, "x.yml")
    _assert_findings(found)
    if node is not None:
        for kind in KINDS:
            doc, problems = conform(node, kind, "x.yml")
            assert isinstance(doc.value, dict)
            _assert_findings(problems)


@FAST
@given(st.text(max_size=400))
def test_parse_and_conform_never_raise_on_any_text(text: str) -> None:
    _parse_and_conform(text)


def _nested(depth: int, flow: bool) -> str:
    if flow:
        return "x: " + "[" * depth + "]" * depth + "\n"
    return "".join(f"{'  ' * level}k{level}:\n" for level in range(depth)) + "  " * depth + "v\n"


@FAST
@given(
    st.one_of(
        st.text(max_size=300),
        documents.map(lambda value: yaml.safe_dump({"tahun": 2025, "x": value})),
        st.builds(_nested, st.integers(min_value=1, max_value=1100), st.just(True)),
        st.builds(_nested, st.integers(min_value=1, max_value=60), st.just(False)),
    )
)
def test_the_fast_path_finds_what_the_event_scan_finds(text: str) -> None:
    """Text without `& * ! \\ <<` skips the event scan; the findings must be the same."""
    fast = parse_yaml(text, "x.yml")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(yamlfile, "_LIBYAML_CAPS_NESTING", False)
        scanned = parse_yaml(text, "x.yml")
    assert fast[1] == scanned[1]
    assert (fast[0] is None) == (scanned[0] is None)


@FAST
@given(documents)
def test_conform_never_raises_on_any_yaml_structure(value: object) -> None:
    _parse_and_conform(yaml.safe_dump({"tahun": 2025, "x": value}, allow_unicode=True))
    _parse_and_conform(yaml.safe_dump(value, allow_unicode=True))


@FAST
@given(st.sampled_from([t for t in TARGETS if t.endswith(".yml")]), st.data())
def test_parse_and_conform_never_raise_on_mutated_sample_files(rel: str, data) -> None:
    _parse_and_conform(_mutate((REPO / rel).read_text(encoding="utf-8"), data))


@FAST
@given(st.binary(max_size=300))
def test_read_text_never_raises_on_any_bytes(tmp_path_factory, data: bytes) -> None:
    root = tmp_path_factory.mktemp("bytes")
    (root / "f.yml").write_bytes(data)
    text, found = read_text(root, "f.yml", MAX_YAML_BYTES)
    _assert_findings(found)
    assert text is not None or any(f.is_error for f in found)
    if text is not None:
        _parse_and_conform(text)


markdown_tokens = st.sampled_from(["[", "](", "<", ">", "`", "*", "_", "#", "- ", "> ", "|", "\n"])


@FAST
@given(st.lists(st.tuples(markdown_tokens, st.integers(1, 3000)), max_size=8), st.text(max_size=50))
def test_markdown_limits_never_raise_and_name_one_line(runs, tail: str) -> None:
    text = "".join(token * count for token, count in runs) + tail
    found = markdown_limits(text, "n.md")
    _assert_findings(found)
    assert len(found) <= 1
    assert all(1 <= item.line <= text.count("\n") + 1 for item in found)


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    return copy_sample(tmp_path_factory.mktemp("sample"))


@SLOW
@given(st.sampled_from(TARGETS), st.one_of(st.binary(max_size=400), st.just(None)), st.data())
def test_load_and_validate_never_raise(repo: Path, rel: str, raw: bytes | None, data) -> None:
    """Any one file replaced by garbage or a mangled copy: findings, never an exception."""
    original = (REPO / rel).read_bytes()
    content = raw if raw is not None else _mutate(original.decode(), data).encode()
    (repo / rel).write_bytes(content)
    try:
        project, found = load_project(repo)
        for year in (None, 2025):
            _assert_findings(found + validate(project, year, final=True))
    finally:
        (repo / rel).write_bytes(original)


def test_load_never_raises_on_an_empty_repository(tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    project, found = load_project(tmp_path)
    _assert_findings(found + validate(project, None))
    assert {f.code for f in found} == {"file-missing"}


def test_load_never_raises_when_sections_is_a_file(tmp_path: Path) -> None:
    shutil.copytree(REPO / "reports", tmp_path / "reports")
    (tmp_path / "sections").write_text("bukan folder\n", encoding="utf-8")
    project, found = load_project(tmp_path)
    _assert_findings(found + validate(project, 2025, final=True))


positives = st.decimals(min_value=D("0.0001"), max_value=D("1e12"), places=4)
non_negatives = st.decimals(min_value=D(0), max_value=D("1e12"), places=4)
capaians = st.decimals(min_value=D(-50), max_value=D(500), places=4)


@LAW
@given(positives, st.sampled_from(["positif", "negatif"]), st.sampled_from(["2T-R", "T/R"]))
def test_realisation_equal_to_target_is_100(target: Decimal, polarity: str, rule: str) -> None:
    assert capaian(polarity, Target.of(target), target, rule).value == 100


@LAW
@given(non_negatives, non_negatives, non_negatives, st.sampled_from(["positif", "negatif"]))
def test_range_target_met_anywhere_inside(a: Decimal, b: Decimal, c: Decimal, polarity) -> None:
    low, inside, high = sorted((a, b, c))
    assume(low < high)
    assert capaian(polarity, Target(low, high), inside).value == 100


@LAW
@given(positives, positives, positives, st.sampled_from(["positif", "negatif"]))
def test_range_outside_compares_with_the_nearer_bound(low, high, realisation, polarity) -> None:
    low, high = sorted((low, high))
    assume(low < high and not low <= realisation <= high)
    bound = low if realisation < low else high
    expected = capaian(polarity, Target.of(bound), realisation).value
    assert capaian(polarity, Target(low, high), realisation).value == expected


@LAW
@given(positives, positives, positives)
def test_negative_t_over_r_shrinks_as_realisation_grows(target, a, b) -> None:
    low, high = sorted((a, b))
    first = capaian("negatif", Target.of(target), low, "T/R").value
    second = capaian("negatif", Target.of(target), high, "T/R").value
    assert first >= second > 0


@LAW
@given(positives, non_negatives, st.sampled_from(["2T-R", "T/R"]))
def test_negative_capaian_never_below_zero(target: Decimal, realisation: Decimal, rule) -> None:
    result = capaian("negatif", Target.of(target), realisation, rule)
    assert result.value is None or result.value >= 0


@LAW
@given(non_negatives, st.sampled_from(["positif", "negatif"]), st.sampled_from(["2T-R", "T/R"]))
def test_target_zero_never_divides_by_zero(realisation: Decimal, polarity: str, rule) -> None:
    result = capaian(polarity, Target.of(D(0)), realisation, rule)
    assert result.value is not None or result.reason


@LAW
@given(positives)
def test_spending_the_whole_pagu_absorbs_100(pagu: Decimal) -> None:
    assert serapan(pagu, pagu) == 100


@LAW
@given(capaians, capaians)
def test_a_higher_capaian_never_gets_a_lower_category(a: Decimal, b: Decimal) -> None:
    names = [band.name for band in Settings().categories]
    low, high = sorted((a, b))
    assert names.index(category(low, Settings())) >= names.index(category(high, Settings()))


@LAW
@given(capaians, capaians)
def test_efficiency_label_is_monotone(a: Decimal, b: Decimal) -> None:
    order = ["inefficient", "fairly-efficient", "efficient"]
    low, high = sorted((a, b))
    assert order.index(efficiency_label(low, Settings())) <= order.index(
        efficiency_label(high, Settings())
    )


@LAW
@given(
    st.integers(min_value=1, max_value=MAX_DIGITS),
    st.integers(min_value=0, max_value=MAX_DIGITS),
    st.booleans(),
    st.randoms(use_true_random=False),
)
def test_every_number_conform_accepts_prints_and_reads_back(
    digits: int, places: int, negative: bool, rng: random.Random
) -> None:
    """From the YAML text to the report and back: what validation lets through prints exactly."""
    places = min(places, digits - 1) if digits > 1 else 0
    body = "".join(rng.choice("0123456789") for _ in range(digits)).lstrip("0") or "0"
    body = body.rjust(places + 1, "0")
    text = ("-" if negative and body.strip("0") else "") + (
        f"{body[:-places]}.{body[-places:]}" if places else body
    )
    source = f"tahun: 2025\nkegiatan:\n  - kode: '1.01'\n    realisasi: {text}\n"
    node, found = parse_yaml(source, "x.yml")
    doc, problems = conform(node, spec.BUDGET, "x.yml")
    assert not found and not problems, (text, problems)
    value = doc.value["kegiatan"][0]["realisasi"]
    shown = formatting.number(value)
    sign = -1 if shown.startswith("-") else 1
    assert sign * D(shown.lstrip("-").replace(".", "").replace(",", ".")) == value


def _open_inline_char_by_char(block: str) -> int:
    """The first, plainer form of markdown_limits._open_inline, kept as its oracle."""
    squares = rounds = angles = deepest = 0
    escaped = False
    for char in block:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            squares += 1
            deepest = max(deepest, squares)
        elif char == "]" and squares:
            squares -= 1
        elif char == "(":
            rounds += 1
        elif char == ")" and rounds:
            rounds -= 1
        elif char == "<":
            angles += 1
        elif char == ">" and angles:
            angles -= 1
    return squares + rounds + angles + deepest


@FAST
@given(st.text(alphabet="[]()<>\\\nab ", max_size=60))
def test_bracket_count_skipping_to_the_brackets_equals_the_char_by_char_count(block: str) -> None:
    from lakip.load.markdown_limits import _open_inline

    assert _open_inline(block) == _open_inline_char_by_char(block)
