"""Charts are standalone, self-contained, deterministic SVG whatever the machine says."""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import REPO
from lakip.charts import draw as charts

SVG = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"

LABELS = ["IKU-01", "IKU-02", "IKU-03", "IKU-04 Persentase organisasi kemasyarakatan yang aktif"]
PROGRAMMES = [
    "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    "Program Penguatan Ideologi Pancasila dan Karakter Kebangsaan",
    "Program Peningkatan Peran Partai Politik dan Lembaga Pendidikan",
]

CASES = {
    "target_vs_realisation": lambda: charts.target_vs_realisation(
        "Target dan realisasi IKU 2025",
        LABELS,
        [D("80"), D("75"), None, D("90")],
        [D("82.5"), D("60"), D("10"), None],
        "Satuan: persen",
    ),
    "capaian_bars": lambda: charts.capaian_bars(
        "Capaian IKU 2025", LABELS, [D("103.125"), D("80"), None, D("150.44")]
    ),
    "trend": lambda: charts.trend(
        "Rata-rata capaian 2021-2025",
        [2021, 2022, 2023, 2024, 2025],
        {
            "Rata-rata capaian": [D("90"), D("95"), None, D("101"), D("99.5")],
            "IKU-01": [D("70"), None, D("80"), D("85"), D("88")],
        },
    ),
    "absorption": lambda: charts.absorption(
        "Realisasi anggaran per program 2025",
        PROGRAMMES,
        [D("12463335063"), D("850000000"), D("1200000000")],
        [D("11753000000"), D("801000000"), D("0")],
    ),
}

TITLES = {
    "target_vs_realisation": "Target dan realisasi IKU 2025",
    "capaian_bars": "Capaian IKU 2025",
    "trend": "Rata-rata capaian 2021-2025",
    "absorption": "Realisasi anggaran per program 2025",
}

EMPTY = {
    "target_vs_realisation": lambda: charts.target_vs_realisation("Kosong", [], [], []),
    "capaian_bars": lambda: charts.capaian_bars("Kosong", [], []),
    "trend": lambda: charts.trend("Kosong", [], {}),
    "absorption": lambda: charts.absorption("Kosong", [], [], []),
}

ALL_MISSING = {
    "target_vs_realisation": lambda: charts.target_vs_realisation(
        "Belum diisi", ["IKU-01", "IKU-02"], [None, None], [None, None]
    ),
    "capaian_bars": lambda: charts.capaian_bars("Belum diisi", ["IKU-01"], [None]),
    "trend": lambda: charts.trend("Belum diisi", [2024, 2025], {"IKU-01": [None, None]}),
    "absorption": lambda: charts.absorption("Belum diisi", ["Program A"], [None], [None]),
}


def texts(svg: str) -> str:
    """Every label drawn, one per line: each is a group of glyphs named by its `data-text`."""
    root = ET.fromstring(svg.encode("utf-8"))
    return "\n".join(e.get("data-text") for e in root.iter() if e.get("data-text") is not None)


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    return {name: make() for name, make in CASES.items()}


@pytest.mark.parametrize("name", CASES)
def test_chart_is_a_titled_standalone_svg_sized_for_the_text_column(rendered, name):
    root = ET.fromstring(rendered[name].encode("utf-8"))
    assert root.tag == f"{SVG}svg"
    assert root[0].tag == f"{SVG}title"
    assert root[0].text == TITLES[name]
    width_cm = float(root.get("width").removesuffix("cm"))
    height_cm = float(root.get("height").removesuffix("cm"))
    assert width_cm == 16.0
    assert root.get("viewBox") == f"0 0 453.54 {height_cm * 72 / 2.54:.2f}"  # in points
    assert 8.0 <= height_cm <= 9.0


@pytest.mark.parametrize("name", CASES)
def test_text_is_drawn_as_paths_and_nothing_points_outside(rendered, name):
    svg = rendered[name]
    root = ET.fromstring(svg.encode("utf-8"))
    tags = {element.tag for element in root.iter()}
    assert f"{SVG}text" not in tags and f"{SVG}image" not in tags
    assert "font-family" not in svg and "@font-face" not in svg
    hrefs = [e.get(XLINK_HREF) or e.get("href") for e in root.iter()]
    assert all(href.startswith("#") for href in hrefs if href)
    assert "<!DOCTYPE" not in svg
    without_namespaces = re.sub(r'xmlns(:\w+)?="[^"]*"', "", svg)
    assert "http" not in without_namespaces


def test_glyphs_are_the_outlines_of_the_shipped_liberation_sans(rendered):
    from fontTools.pens.svgPathPen import SVGPathPen
    from fontTools.ttLib import TTFont

    font = TTFont(REPO / "scripts/lakip/fonts/LiberationSans-Regular.ttf")
    pen = SVGPathPen(font.getGlyphSet())
    font.getGlyphSet()["two"].draw(pen)
    root = ET.fromstring(rendered["trend"].encode("utf-8"))
    paths = {e.get("id"): e.get("d") for e in root.iter(f"{SVG}path") if e.get("id")}
    two = [d for ref, d in paths.items() if ref.endswith("-LiberationSans-two")]
    assert two == [pen.getCommands()]  # the "2" of 2021 is Liberation's own outline
    assert not any("DejaVuSans" in ref for ref in paths)


def test_labels_are_indonesian_with_decimal_comma_and_dot_thousands(rendered):
    tvr = texts(rendered["target_vs_realisation"])
    assert "Target" in tvr and "Realisasi" in tvr and "Satuan: persen" in tvr
    assert "IKU-01" in tvr
    capaian = texts(rendered["capaian_bars"])
    assert "Capaian (%)" in capaian
    # the decimals of the tables (two), so a figure reads the same on the chart and beside it
    assert "103,13%" in capaian and "150,44%" in capaian and "80,00%" in capaian
    assert "tidak ada data" in capaian
    money = texts(rendered["absorption"])
    assert "Pagu" in money and "Realisasi" in money and "Anggaran (juta Rp)" in money
    assert "94,30%" in money and "94,24%" in money and "0,00%" in money
    assert "10.000" in money  # juta Rp with dot thousands on the axis
    assert "2021" in texts(rendered["trend"]) and "2.021" not in texts(rendered["trend"])


def test_long_labels_are_wrapped_and_not_broken_at_hyphens(rendered):
    tvr = texts(rendered["target_vs_realisation"])
    assert "IKU-04 Persentase" in tvr
    assert "IKU-04 Persentase organisasi kemasyarakatan yang aktif" not in tvr


@pytest.mark.parametrize("name", CASES)
def test_two_calls_give_identical_bytes(rendered, name):
    assert CASES[name]() == rendered[name]


def test_same_bytes_in_another_process_under_another_tz_and_lang(rendered):
    env = {
        **os.environ,
        "TZ": "America/Los_Angeles",
        "LANG": "id_ID.UTF-8",
        "LC_ALL": "C.UTF-8",
        "SOURCE_DATE_EPOCH": "1700000000",
        "PYTHONPATH": os.pathsep.join([str(REPO / "scripts"), str(REPO / "tests")]),
        "PYTHONHASHSEED": "12345",
    }
    script = (
        "import hashlib, json, runpy, sys\n"
        "cases = runpy.run_path(sys.argv[1])['CASES']\n"
        "print(json.dumps({k: hashlib.sha256(f().encode()).hexdigest() for k, f in cases.items()}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, __file__],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    expected = {k: hashlib.sha256(svg.encode()).hexdigest() for k, svg in rendered.items()}
    assert json.loads(done.stdout) == expected


@pytest.mark.parametrize("cases", [EMPTY, ALL_MISSING], ids=["empty", "all-missing"])
@pytest.mark.parametrize("name", CASES)
def test_no_data_gives_a_note_instead_of_a_chart(cases, name):
    svg = cases[name]()
    ET.fromstring(svg.encode("utf-8"))
    assert texts(svg).strip() == charts.NO_DATA


def test_mismatched_lengths_are_a_programming_error():
    with pytest.raises(ValueError, match="2 labels but 1 values"):
        charts.capaian_bars("x", ["a", "b"], [D(1)])
    with pytest.raises(ValueError, match="2 labels but 3 values"):
        charts.trend("x", [2024, 2025], {"a": [D(1), D(2), D(3)]})


def test_negative_and_zero_values_render():
    svg = charts.capaian_bars("x", ["IKU-01", "IKU-02"], [D("-12.5"), D("0")])
    assert "-12,50%" in texts(svg) and "0,00%" in texts(svg)
    svg = charts.absorption("x", ["Program A"], [D(0)], [D(0)])
    assert "%" not in texts(svg)  # no serapan without a pagu


def test_dollar_signs_stay_text_and_missing_glyphs_fall_back_to_dejavu():
    svg = charts.capaian_bars("x", ["Rp5 $ ✓ ≥ 90"], [D(1)])
    assert "Rp5 $ ✓ ≥ 90" in texts(svg)
    assert "-LiberationSans-" in svg and "-DejaVuSans-" in svg  # ✓ is not in Liberation


def test_bars_are_drawn_to_scale_on_an_axis_from_zero_to_a_round_tick(rendered):
    root = ET.fromstring(rendered["target_vs_realisation"].encode("utf-8"))
    grid = sorted(
        float(e.get("y1")) for e in root.iter(f"{SVG}line") if e.get("stroke") == "#d3d8de"
    )
    assert len(grid) == 6  # 0, 20, ..., 100: the largest value, 90, rounded up to a step of 20
    ticks = texts(rendered["target_vs_realisation"]).split("\n")
    assert ticks[:6] == ["0", "20", "40", "60", "80", "100"]
    axis = grid[-1] - grid[0]
    bars = [e for e in root.iter(f"{SVG}rect") if e.get("fill") == "#2b4c6f"][:-1]  # not legend
    heights = [float(e.get("height")) for e in bars]
    assert [round(h / axis, 3) for h in heights] == [0.825, 0.6, 0.1]
    for bar in bars:  # every bar stands on the zero line
        assert float(bar.get("y")) + float(bar.get("height")) == pytest.approx(grid[-1], abs=0.02)


def test_the_trend_axis_starts_at_zero_so_a_drop_is_drawn_to_scale():
    """90 after 102,5 is a drop of an eighth, not the fall to the floor an axis from 90 shows."""
    svg = charts.trend("Rata-rata capaian", [2024, 2025], {"Rata-rata": [D("102.5"), D("90")]})
    root = ET.fromstring(svg.encode("utf-8"))
    grid = sorted(
        float(e.get("y1")) for e in root.iter(f"{SVG}line") if e.get("stroke") == "#d3d8de"
    )
    labels = texts(svg).split("\n")
    assert labels[: len(grid)] == ["0", "20", "40", "60", "80", "100", "120"]
    bottom, top = grid[-1], grid[0]  # y grows downwards
    (line,) = root.iter(f"{SVG}polyline")
    heights = [
        (bottom - float(p.split(",")[1])) / (bottom - top) for p in line.get("points").split()
    ]
    assert [round(h, 4) for h in heights] == [round(102.5 / 120, 4), round(90 / 120, 4)]


def test_a_zero_based_axis_covers_the_values_with_round_ticks():
    from lakip.charts.axis import from_zero

    assert from_zero([90.0, 102.5]) == [D(n) for n in (0, 20, 40, 60, 80, 100, 120)]
    assert from_zero([-3.0, 2.0], most=5) == [D(n) for n in range(-3, 3)]
    assert from_zero([50.0], headroom=0.12) == [D(n) for n in range(0, 70, 10)]  # 56 needs 60


def test_a_missing_value_breaks_the_line_but_keeps_its_neighbours_markers(rendered):
    root = ET.fromstring(rendered["trend"].encode("utf-8"))
    lines = [len(e.get("points").split()) for e in root.iter(f"{SVG}polyline")]
    assert lines == [2, 2, 3]  # 90-95 | 101-99,5, then 80-85-88 (70 stands alone)
    circles = list(root.iter(f"{SVG}circle"))
    squares = [e for e in root.iter(f"{SVG}rect") if e.get("fill") == "#7a5c1e"]
    assert (len(circles), len(squares)) == (4 + 1, 4 + 1)  # a marker per value, one in the legend


def test_each_distinct_chart_has_its_own_ids_so_charts_can_share_a_page(rendered):
    def ids(svg: str) -> set[str]:
        return {e.get("id") for e in ET.fromstring(svg.encode("utf-8")).iter() if e.get("id")}

    everyone = [ids(svg) for svg in rendered.values()]
    assert all(everyone)
    for i, first in enumerate(everyone):
        for second in everyone[i + 1 :]:
            assert not first & second
    root = ET.fromstring(rendered["absorption"].encode("utf-8"))
    refs = {e.get(XLINK_HREF)[1:] for e in root.iter(f"{SVG}use")}
    fills = {e.get("fill")[5:-1] for e in root.iter() if (e.get("fill") or "").startswith("url(")}
    assert refs | fills <= ids(rendered["absorption"])  # every reference resolves in its chart


@pytest.mark.parametrize(
    ("low", "high", "most", "cover", "expected"),
    [  # step: (high - low) / most, rounded up to 1, 2, 2.5 or 5 times a power of ten
        (0, 90, 6, True, "0 20 40 60 80 100"),  # 15 -> 20
        (0, 13958.9, 7, True, "0 2000 4000 6000 8000 10000 12000 14000"),  # 1994 -> 2000
        (0, 0.7, 7, True, "0 0.1 0.2 0.3 0.4 0.5 0.6 0.7"),  # 0.1, no 0.30000000000000004
        (0, 24, 6, True, "0 5 10 15 20 25"),  # 4 -> 5
        (0, 1.3, 6, True, "0 0.25 0.5 0.75 1 1.25 1.5"),  # 0.217 -> 0.25
        (68.45, 102.55, 6, False, "70 80 90 100"),  # 5.68 -> 10, only ticks inside
        (-14, 120, 7, True, "-20 0 20 40 60 80 100 120"),  # 19.1 -> 20
    ],
)
def test_ticks_are_round_decimal_steps(low, high, most, cover, expected):
    from lakip.charts.axis import Scale, ticks_for

    ticks = ticks_for(Scale(low, high), most=most, cover=cover)
    assert " ".join(format(t, "f") for t in ticks) == expected


_MOVE = re.compile(
    r"translate\(([-\d.]+) ([-\d.]+)\)(?: rotate\(([-\d.]+)\))? translate\(([-\d.]+) ([-\d.]+)\)"
)


def _outside(svg: str) -> list[str]:
    """What is drawn past the canvas: shapes by their coordinates, labels by both ends of each
    line (placed by the transform of its group, its length measured as the chart measures it)."""
    root = ET.fromstring(svg.encode("utf-8"))
    _, _, width, height = (float(v) for v in root.get("viewBox").split())
    inside = lambda x, y: -0.5 <= x <= width + 0.5 and -0.5 <= y <= height + 0.5  # noqa: E731
    problems = []
    for rect in root.iter(f"{SVG}rect"):
        if rect.get("x") is None:
            continue  # the hatch pattern's own tile
        x, y = float(rect.get("x")), float(rect.get("y"))
        w, h = float(rect.get("width")), float(rect.get("height"))
        if w < 0 or h < 0 or not (inside(x, y) and inside(x + w, y + h)):
            problems.append(f"rect {x} {y} {w} {h}")
    for group in root.iter(f"{SVG}g"):
        if group.get("data-text") is None:
            continue
        size = 10.0 if group.get("data-text") == charts.NO_DATA else None
        for line, part in zip(group.get("data-text").split("\n"), list(group), strict=True):
            x, y, turn, dx, dy = (
                float(v or 0) for v in _MOVE.match(part.get("transform")).groups()
            )
            scale = float(re.search(r"scale\(([\d.]+)", part.get("transform"))[1])
            length = charts.svgtext.width(line, size or scale * 2048)
            angle = math.radians(turn)
            start = (x + dx * math.cos(angle) - dy * math.sin(angle),
                     y + dx * math.sin(angle) + dy * math.cos(angle))  # fmt: skip
            end = (start[0] + length * math.cos(angle), start[1] + length * math.sin(angle))
            if not (inside(*start) and inside(*end)):
                problems.append(f"label {line!r} from {start} to {end}")
    return problems


labels = st.lists(
    st.one_of(
        st.sampled_from(LABELS + PROGRAMMES),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz-. ", min_size=1, max_size=90),
        st.text(alphabet="WX", min_size=40, max_size=140),  # a pasted code with no space
    ),
    min_size=1,
    max_size=24,
)
values = st.one_of(st.none(), st.decimals(min_value=-500, max_value=10**9, places=2))


@settings(max_examples=60, deadline=None)
@given(labels, st.data())
def test_nothing_is_drawn_outside_the_chart(names, data):
    column = st.lists(values, min_size=len(names), max_size=len(names))
    first, second = data.draw(column), data.draw(column)
    years = list(range(2025 - len(names), 2025))
    for svg in (
        charts.target_vs_realisation("t", names, first, second, data.draw(st.text(max_size=90))),
        charts.absorption("a", names, first, second),
        charts.capaian_bars("c", names, first),
        charts.trend("r", years, dict(zip(names, [first, second] * len(names), strict=False))),
    ):
        assert _outside(svg) == []
