"""Turn figures and records into Indonesian text: numbers, targets, percentages, rupiah, dates.

The one place every output (site, PDF, CLI) formats through, so a figure reads the same everywhere,
and the one place a typed date is read back (`parse_date`: CLI options and YAML fields alike).
Babel rounds half to even; reports round half away from zero, as spreadsheets do, so every function
rounds first with `round_half_up` and then hands Babel a pattern with exactly those decimals.
"""

from __future__ import annotations

import datetime
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

LOCALE = "id_ID"
ENGLISH = "en"  # for the English text of messages that quote a number (`--lang en`)
MAX_PLACES = 4  # decimals kept of a computed value's long tail, when nothing else says
TYPED_PLACES = 10  # the most decimals a typed value is shown with (0,018169 keeps all six)


class Fixed(int):
    """An indicator's own number of decimals (`desimal` in the Renstra): every value shows
    exactly that many, where a plain `int` of places lets each typed value keep its own."""


class Range(Protocol):
    """A target as `model.Target` holds it (formatting sits beside the model, not above it)."""

    low: Decimal
    high: Decimal


def round_half_up(value: Decimal, places: int = 2) -> Decimal:
    """Round half away from zero: 2.675 -> 2.68 and -2.675 -> -2.68; never a negative zero."""
    rounded = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return rounded if rounded else rounded.copy_abs()


def number(value: Decimal | int, places: int | None = None, locale: str = LOCALE) -> str:
    """`1.234.567,89`: up to `places` decimals, or by default the decimals the value was typed with.

    Data keeps its written precision (`0,0189`, `9,20`); a whole number prints without decimals.
    Computed quotients carry many digits, so pass `places` (or use `decimal2`) for those.
    A typed `-0` is zero and prints as `0`.
    """
    value = Decimal(value)
    value = value.copy_abs() if value.is_zero() else value  # `realisasi: -0` is 0, never "-0"
    if places is None:
        if value == value.to_integral_value():
            return format_decimal(value.to_integral_value(), "#,##0", locale=locale)
        places = -value.as_tuple().exponent
        return format_decimal(value, "#,##0." + "0" * places, locale=locale)
    pattern = "#,##0." + "#" * places if places else "#,##0"
    return format_decimal(round_half_up(value, places), pattern, locale=locale)


def measure(value: Decimal, places: int | None = None) -> str:
    """A data value as typed, or with an indicator's decimals (`sentences.places`).

    With `places` 0 a value prints whole or as typed, a long computed tail cut to four decimals;
    1 or 2 give two fixed decimals (`80,00` beside `82,50`); 3 or more line values up to four
    decimals (`0,0250` beside `0,0189`) and keep any further typed digits (`0,018169`), a longer
    computed tail rounded to `places`. A `Fixed` number of places prints exactly that many.
    """
    if places is None:
        return number(value)
    if isinstance(places, Fixed):
        return _fixed(value, places)
    if places == 0:
        if -Decimal(value).as_tuple().exponent > MAX_PLACES:
            return number(value, MAX_PLACES)
        return number(value)
    if places <= 2:
        return decimal2(value)
    typed = max(-Decimal(value).as_tuple().exponent, 0)
    if typed > places:  # a computed tail
        return number(round_half_up(value, places))
    return _fixed(value, max(typed, min(places, MAX_PLACES)))


def _fixed(value: Decimal, places: int) -> str:
    """Exactly `places` decimals, rounded half away from zero: `0,0250`, `80,00`, `6`."""
    pattern = "#,##0." + "0" * places if places else "#,##0"
    return format_decimal(round_half_up(Decimal(value), places), pattern, locale=LOCALE)


def target(value: Range, places: int | None = None, *, typed: bool = False) -> str:
    """`80`, or a range `82,50–88,30`, each end shown by `measure` with `places`.

    `typed` writes it as a data file has it, `82.50-88.30`, for messages that quote the data.
    """
    if typed:
        low, high, dash = str(value.low), str(value.high), "-"
    else:
        low, high, dash = measure(value.low, places), measure(value.high, places), "–"
    return f"{low}{dash}{high}" if value.low != value.high else low


def decimal2(value: Decimal | int) -> str:
    """Always two decimals: `102,47`, `100,00`."""
    return format_decimal(round_half_up(Decimal(value)), "#,##0.00", locale=LOCALE)


def percent(value: Decimal | int) -> str:
    """A value already in percent units: `92,50%`."""
    return f"{decimal2(value)}%"


def money(value: Decimal | int, locale: str = LOCALE) -> str:
    """Rupiah without decimals: `Rp12.463.335.063`, `-Rp1.000`; `Rp12,463,335,063` in English."""
    rounded = round_half_up(Decimal(value), 0)
    if locale != LOCALE:  # Babel's English names the currency "IDR"; the report says "Rp"
        sign = "-" if rounded < 0 else ""
        return f"{sign}Rp{format_decimal(abs(rounded), '#,##0', locale=locale)}"
    return format_currency(rounded, "IDR", format="¤#,##0", locale=LOCALE, currency_digits=False)


def date_long(date: datetime.date) -> str:
    """`22 Februari 2025`: day without a leading zero, Indonesian month name."""
    return format_date(date, "d MMMM y", locale=LOCALE)


# The forms a date may be typed in, as messages name them; `parse_date` accepts exactly these.
DATE_FORMS = "2027-02-11, 11-02-2027, 11/02/2027, 11 Februari 2027, 11 Feb 2027"
_MONTHS = (
    ("januari", "january", "jan"),
    ("februari", "pebruari", "february", "feb", "peb"),
    ("maret", "march", "mar"),
    ("april", "apr"),
    ("mei", "may"),
    ("juni", "june", "jun"),
    ("juli", "july", "jul"),
    ("agustus", "august", "agu", "agt", "ags", "aug"),
    ("september", "sep", "sept"),
    ("oktober", "october", "okt", "oct"),
    ("november", "nopember", "nov", "nop"),
    ("desember", "december", "des", "dec"),
)
_MONTH_NUMBER = {name: number for number, names in enumerate(_MONTHS, 1) for name in names}
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DAY_FIRST = re.compile(r"([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{4})")
_WORDS = re.compile(r"([0-9]{1,2})\s+([^\W\d_]+)\.?\s+([0-9]{4})")


class DateTextError(ValueError):
    """A typed date refused; `no_such_day` when the form is right but the calendar lacks the day."""

    def __init__(self, text: str, no_such_day: bool) -> None:
        super().__init__(text)
        self.text = text
        self.no_such_day = no_such_day


def parse_date(text: str) -> datetime.date:
    """A date as written in Indonesia (any of `DATE_FORMS`, month names in any case).

    Day-first numeric forms only (`02/11/2027` is 2 November), four-digit years only: `11/02/27`
    and `2/11/2027 (US)` are refused rather than guessed. Raises `DateTextError`.
    """
    cleaned = " ".join(text.split())
    if match := _ISO.fullmatch(cleaned):
        year, month, day = match.groups()
    elif match := _DAY_FIRST.fullmatch(cleaned):
        day, _sep, month, year = match.groups()
    elif (match := _WORDS.fullmatch(cleaned)) and match.group(2).lower() in _MONTH_NUMBER:
        day, name, year = match.groups()
        month = str(_MONTH_NUMBER[name.lower()])
    else:
        raise DateTextError(text, no_such_day=False)
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError as error:
        raise DateTextError(text, no_such_day=True) from error


def nip(text: str) -> str:
    """An 18-digit NIP in its printed groups of 8 6 1 3; anything else is returned as given."""
    digits = "".join(text.split())
    if len(digits) != 18 or not digits.isdigit():
        return text
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def grade(rank: str, golongan: str) -> str:
    """`Pembina Utama Muda (IV/c)`; either part may be missing."""
    if rank and golongan:
        return f"{rank} ({golongan})"
    return rank or golongan
