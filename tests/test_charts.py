"""Charts are standalone, self-contained, deterministic SVG whatever the machine says."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal as D
from pathlib import Path

import pytest

from lakip import charts

ROOT = Path(__file__).resolve().parents[1]
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


def comments(svg: str) -> str:
    """matplotlib keeps each drawn string as an XML comment beside its glyph paths."""
    return "\n".join(re.findall(r"<!-- (.*?) -->", svg, re.DOTALL))


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    return {name: make() for name, make in CASES.items()}


@pytest.mark.parametrize("name", CASES)
def test_chart_is_a_titled_standalone_svg_sized_for_the_text_column(rendered, name):
    root = ET.fromstring(rendered[name].encode("utf-8"))
    assert root.tag == f"{SVG}svg"
    assert root[0].tag == f"{SVG}title"
    assert root[0].text == TITLES[name]
    width_cm = float(root.get("width").removesuffix("pt")) / 72 * 2.54
    height_cm = float(root.get("height").removesuffix("pt")) / 72 * 2.54
    assert width_cm == pytest.approx(16.0)
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


def test_glyphs_come_from_the_shipped_liberation_sans_not_an_installed_copy(rendered):
    from matplotlib import font_manager

    shipped = ROOT / "scripts/lakip/fonts/LiberationSans-Regular.ttf"
    assert shipped.is_file()
    family = charts._font_families()[0]
    found = font_manager.findfont(
        font_manager.FontProperties(family=family), fallback_to_default=False
    )
    assert Path(found) == shipped
    assert 'id="LiberationSans-' in rendered["trend"]
    assert "DejaVuSans-" not in rendered["trend"]


def test_labels_are_indonesian_with_decimal_comma_and_dot_thousands(rendered):
    tvr = comments(rendered["target_vs_realisation"])
    assert "Target" in tvr and "Realisasi" in tvr and "Satuan: persen" in tvr
    assert "IKU-01" in tvr
    capaian = comments(rendered["capaian_bars"])
    assert "Capaian (%)" in capaian
    assert "103,1%" in capaian and "150,4%" in capaian and "80%" in capaian
    assert "tidak ada data" in capaian
    money = comments(rendered["absorption"])
    assert "Pagu" in money and "Realisasi" in money and "Anggaran (juta Rp)" in money
    assert "94,3%" in money and "94,2%" in money and "0%" in money
    assert "10.000" in money  # juta Rp with dot thousands on the axis
    assert "2021" in comments(rendered["trend"]) and "2.021" not in comments(rendered["trend"])


def test_long_labels_are_wrapped_and_not_broken_at_hyphens(rendered):
    tvr = comments(rendered["target_vs_realisation"])
    assert "IKU-04 Persentase" in tvr
    assert "IKU-04 Persentase organisasi kemasyarakatan yang aktif" not in tvr


@pytest.mark.parametrize("name", CASES)
def test_two_calls_give_identical_bytes(rendered, name):
    assert CASES[name]() == rendered[name]


def test_same_bytes_in_another_process_under_another_tz_lang_and_matplotlibrc(rendered, tmp_path):
    config = tmp_path / "mpl"
    config.mkdir()
    # A user's matplotlibrc must not leak into the report; a fresh font cache is a new machine.
    (config / "matplotlibrc").write_text(
        "font.family: serif\nfont.size: 20\nsvg.hashsalt: other\naxes.facecolor: red\n"
    )
    env = {
        **os.environ,
        "TZ": "America/Los_Angeles",
        "LANG": "id_ID.UTF-8",
        "LC_ALL": "C.UTF-8",
        "SOURCE_DATE_EPOCH": "1700000000",
        "MPLCONFIGDIR": str(config),
        "PYTHONPATH": str(ROOT / "scripts"),
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
    assert comments(svg).strip() == charts.NO_DATA


def test_mismatched_lengths_are_a_programming_error():
    with pytest.raises(ValueError, match="2 labels but 1 values"):
        charts.capaian_bars("x", ["a", "b"], [D(1)])
    with pytest.raises(ValueError, match="2 labels but 3 values"):
        charts.trend("x", [2024, 2025], {"a": [D(1), D(2), D(3)]})


def test_negative_and_zero_values_render():
    svg = charts.capaian_bars("x", ["IKU-01", "IKU-02"], [D("-12.5"), D("0")])
    assert "-12,5%" in comments(svg) and "0%" in comments(svg)
    svg = charts.absorption("x", ["Program A"], [D(0)], [D(0)])
    assert "%" not in comments(svg)  # no serapan without a pagu


def test_rcparams_are_left_as_they_were(rendered):
    import matplotlib

    before = dict(matplotlib.rcParams)
    for make in CASES.values():
        make()
    assert dict(matplotlib.rcParams) == before


def test_importing_charts_does_not_import_matplotlib():
    done = subprocess.run(
        [sys.executable, "-c", "import sys, lakip.charts; print('matplotlib' in sys.modules)"],
        env={**os.environ, "PYTHONPATH": str(ROOT / "scripts")},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False"


def test_dollar_signs_stay_text_and_missing_glyphs_fall_back_to_dejavu():
    svg = charts.capaian_bars("x", ["Rp5 $ ✓ ≥ 90"], [D(1)])
    assert "Rp5 $ ✓ ≥ 90" in comments(svg)
    assert 'id="LiberationSans-' in svg and 'id="DejaVuSans-' in svg  # ✓ is not in Liberation
