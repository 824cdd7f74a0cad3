"""Indonesian formatting: pinned examples, then round-trip and monotonicity properties."""

from __future__ import annotations

import datetime
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lakip import formatting
from lakip.compute.figures import capaian
from lakip.model import Target

D = Decimal
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
amounts = st.decimals(
    min_value=D("-1e12"), max_value=D("1e12"), places=4, allow_nan=False, allow_infinity=False
)
positives = st.decimals(
    min_value=D("0.0001"), max_value=D("1e9"), places=4, allow_nan=False, allow_infinity=False
)


def parse(text: str) -> Decimal:
    """Read an Indonesian number back: `.` groups thousands, `,` marks decimals."""
    return D(text.removeprefix("Rp").removesuffix("%").replace(".", "").replace(",", "."))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2.675", "2.68"),
        ("-2.675", "-2.68"),
        ("2.665", "2.67"),
        ("2.664", "2.66"),
        ("0.005", "0.01"),
    ],
)
def test_round_half_away_from_zero(value: str, expected: str) -> None:
    assert str(formatting.round_half_up(D(value))) == expected


def test_round_never_gives_negative_zero() -> None:
    assert str(formatting.round_half_up(D("-0.001"))) == "0.00"
    assert formatting.decimal2(D("-0.001")) == "0,00"


def test_round_half_up_places() -> None:
    assert formatting.round_half_up(D("1234.5"), 0) == D(1235)
    assert formatting.round_half_up(D("-1234.5"), 0) == D(-1235)


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        ("1234567.89", None, "1.234.567,89"),
        ("1234567", None, "1.234.567"),
        ("1234567.00", None, "1.234.567"),
        ("0.0189", None, "0,0189"),
        ("9.20", None, "9,20"),
        ("1E+3", None, "1.000"),
        ("-1234.5", None, "-1.234,5"),
        ("1234567.891", 2, "1.234.567,89"),
        ("2.675", 2, "2,68"),
        ("1.5", 3, "1,5"),
        ("1.999", 2, "2"),
        ("1234.5", 0, "1.235"),
    ],
)
def test_number(value: str, places: int | None, expected: str) -> None:
    assert formatting.number(D(value), places) == expected


def test_number_accepts_int() -> None:
    assert formatting.number(1234) == "1.234"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("102.4666", "102,47"), ("100", "100,00"), ("2.675", "2,68"), ("-2.675", "-2,68"),
     ("1234.5", "1.234,50")],
)  # fmt: skip
def test_decimal2(value: str, expected: str) -> None:
    assert formatting.decimal2(D(value)) == expected


@pytest.mark.parametrize(
    ("value", "expected"), [("92.5", "92,50%"), ("102.465", "102,47%"), ("0", "0,00%")]
)
def test_percent(value: str, expected: str) -> None:
    assert formatting.percent(D(value)) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12463335063", "Rp12.463.335.063"),
        ("12463335062.5", "Rp12.463.335.063"),
        ("999.49", "Rp999"),
        ("0", "Rp0"),
        ("-1000", "-Rp1.000"),
        ("-0.4", "Rp0"),
    ],
)
def test_money(value: str, expected: str) -> None:
    assert formatting.money(D(value)) == expected


@pytest.mark.parametrize("month", range(1, 13))
def test_date_long_all_months(month: int) -> None:
    expected = f"7 {MONTHS[month - 1]} 2025"
    assert formatting.date_long(datetime.date(2025, month, 7)) == expected


def test_date_long_example() -> None:
    assert formatting.date_long(datetime.date(2025, 2, 22)) == "22 Februari 2025"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("197904021998101001", "19790402 199810 1 001"),
        ("19790402 199810 1 001", "19790402 199810 1 001"),
        ("12345", "12345"),
        ("1979040219981010AB", "1979040219981010AB"),
    ],
)
def test_nip_grouping(text: str, expected: str) -> None:
    assert formatting.nip(text) == expected


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        ("1600", None, "1.600"),
        ("9.20", None, "9,20"),
        ("82.5", 2, "82,50"),
        ("80", 1, "80,00"),
        ("0.01894", 4, "0,0189"),
        ("12", 0, "12"),
        ("1.234567", 0, "1,2346"),  # a computed tail is cut to four decimals
    ],
)
def test_measure(value: str, places: int | None, expected: str) -> None:
    assert formatting.measure(D(value), places) == expected


@pytest.mark.parametrize(
    ("low", "high", "places", "typed", "expected"),
    [
        ("80", "80", None, False, "80"),
        ("80", "90", None, False, "80–90"),
        ("82", "88.3", 2, False, "82,00–88,30"),
        ("1250", "1250", 0, False, "1.250"),
        ("82.50", "88.30", None, True, "82.50-88.30"),
        ("76.00", "76.00", None, True, "76.00"),
    ],
)
def test_target(low: str, high: str, places: int | None, typed: bool, expected: str) -> None:
    assert formatting.target(Target(D(low), D(high)), places, typed=typed) == expected


def test_grade() -> None:
    assert formatting.grade("Pembina Utama Muda", "IV/c") == "Pembina Utama Muda (IV/c)"
    assert formatting.grade("Pembina", "") == "Pembina"
    assert formatting.grade("", "III/a") == "III/a"


@given(amounts)
def test_decimal2_round_trips(value: Decimal) -> None:
    assert parse(formatting.decimal2(value)) == formatting.round_half_up(value)


@given(amounts)
def test_percent_round_trips(value: Decimal) -> None:
    assert parse(formatting.percent(value)) == formatting.round_half_up(value)


@given(amounts)
def test_money_round_trips(value: Decimal) -> None:
    text = formatting.money(value)
    sign = -1 if text.startswith("-") else 1
    assert sign * parse(text.removeprefix("-")) == formatting.round_half_up(value, 0)


@given(amounts)
def test_number_round_trips_as_typed(value: Decimal) -> None:
    assert parse(formatting.number(value)) == value


@given(amounts, st.integers(min_value=0, max_value=4))
def test_number_with_places_round_trips(value: Decimal, places: int) -> None:
    assert parse(formatting.number(value, places)) == formatting.round_half_up(value, places)


@given(positives, positives, positives)
def test_positive_capaian_grows_with_realisation(target: Decimal, a: Decimal, b: Decimal) -> None:
    low, high = sorted((a, b))
    first = capaian("positif", Target.of(target), low).value
    second = capaian("positif", Target.of(target), high).value
    assert first <= second
    if low < high:
        assert first < second


@given(positives, positives, positives)
def test_negative_capaian_shrinks_with_realisation(target: Decimal, a: Decimal, b: Decimal) -> None:
    low, high = sorted((a, b))
    first = capaian("negatif", Target.of(target), low, "2T-R").value
    second = capaian("negatif", Target.of(target), high, "2T-R").value
    assert first >= second >= 0


def test_figures_does_not_load_formatting() -> None:
    """`validate` imports figures and must stay fast: no Babel behind it."""
    code = (
        "import sys, lakip.compute.figures; "
        "assert 'lakip.formatting' not in sys.modules and 'babel' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# Dates as typed in Indonesia: one parser for CLI options and YAML fields (formatting.parse_date).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2027-02-11", (2027, 2, 11)),
        ("2027-2-1", (2027, 2, 1)),
        ("11-02-2027", (2027, 2, 11)),
        ("11/02/2027", (2027, 2, 11)),
        ("11.02.2027", (2027, 2, 11)),
        ("1/2/2027", (2027, 2, 1)),
        ("02/11/2027", (2027, 11, 2)),  # day first, always: 2 November
        ("11 Februari 2027", (2027, 2, 11)),
        ("11 FEBRUARI 2027", (2027, 2, 11)),
        ("11 februari 2027", (2027, 2, 11)),
        ("11 Pebruari 2027", (2027, 2, 11)),
        ("11 Feb 2027", (2027, 2, 11)),
        ("11 feb. 2027", (2027, 2, 11)),
        ("  11   Februari\t2027 ", (2027, 2, 11)),
        ("17 Agt 2026", (2026, 8, 17)),
        ("17 Agustus 2026", (2026, 8, 17)),
        ("5 Mei 2026", (2026, 5, 5)),
        ("30 Nopember 2026", (2026, 11, 30)),
        ("31 Des 2026", (2026, 12, 31)),
        ("29 Februari 2028", (2028, 2, 29)),
    ],
)
def test_parse_date_accepts_indonesian_forms(text, expected):
    assert formatting.parse_date(text) == datetime.date(*expected)


@pytest.mark.parametrize(
    ("text", "no_such_day"),
    [
        ("30 Februari 2027", True),
        ("29-02-2027", True),  # 2027 is not a leap year
        ("01/14/2025", True),  # month first is read day first: there is no month 14
        ("2025-02-30", True),
        ("11-02-27", False),  # two-digit years are refused, not guessed
        ("11 Janury 2027", False),
        ("11-02/2027", False),  # mixed separators
        ("2027/02/11", False),
        ("11 Februari", False),
        ("Februari 2027", False),
        ("2027-02-11 10:00", False),
        ("", False),
        ("١١-٠٢-٢٠٢٧", False),  # Arabic-Indic digits: not what anyone types here
    ],
)
def test_parse_date_refuses_other_forms(text, no_such_day):
    with pytest.raises(formatting.DateTextError) as refused:
        formatting.parse_date(text)
    assert refused.value.no_such_day is no_such_day


def test_date_forms_named_in_messages_are_accepted():
    for form in formatting.DATE_FORMS.split(", "):
        assert formatting.parse_date(form) == datetime.date(2027, 2, 11)


dates = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2200, 12, 31))


@given(dates, st.sampled_from(["iso", "dash", "slash", "dot", "long", "upper", "lower", "short"]))
def test_parse_date_round_trip(date, form):
    long = formatting.date_long(date)
    text = {
        "iso": date.isoformat(),
        "dash": f"{date.day:02d}-{date.month:02d}-{date.year}",
        "slash": f"{date.day}/{date.month}/{date.year}",
        "dot": f"{date.day:02d}.{date.month:02d}.{date.year}",
        "long": long,
        "upper": long.upper(),
        "lower": long.lower(),
        "short": f"{date.day} {MONTHS[date.month - 1][:3]} {date.year}",
    }[form]
    assert formatting.parse_date(text) == date
