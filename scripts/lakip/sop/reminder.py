"""Word a year's status as a reminder the secretariat pastes into the office's WhatsApp group.

Plain text only (WhatsApp shows `*bold*`, nothing else is assumed), one line per unit that still
owes something, with the deadline and the days left, so the units are reminded in the words they
read every day and nobody retypes the `lakip status` table.
"""

from __future__ import annotations

import datetime

from lakip import layout
from lakip.formatting import date_long
from lakip.messages import message
from lakip.sop.status import YearStatus, days_text, owed_items, quarter_items


def reminder_text(state: YearStatus, lang: str) -> str:
    """The reminder for the units that are not complete, or a thank-you when all are."""
    lines = [message("reminder-title", lang, year=state.year)]
    letter = state.letter
    if letter and letter["deadline"]:
        deadline = letter["deadline"]
        when = date_long(datetime.date.fromisoformat(deadline)) if lang == "id" else deadline
        lines.append(
            message(
                "reminder-deadline",
                lang,
                number=letter["number"],
                date=when,
                state=days_text(state.days_left, lang),
            )
        )
    owing = [unit for unit in state.units if not unit.complete or unit.quarters_missing]
    if not owing:
        lines += ["", message("reminder-all-done", lang)]
        return "\n".join(lines) + "\n"
    lines += ["", message("reminder-intro", lang)]
    for unit in owing:  # the year's duties first, then the quarters of the monitoring
        items = owed_items(unit, lang) + quarter_items(unit, lang)
        lines.append(f"• *{unit.name}*: {', '.join(items)}")
    folder = layout.unit_year("<unit>", state.year)
    lines += ["", message("reminder-closing", lang, folder=folder)]
    return "\n".join(lines) + "\n"
