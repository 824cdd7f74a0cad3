"""Turn an Office file (a ZIP archive) into reproducible bytes and put it in place atomically.

openpyxl and python-docx stamp every ZIP member with the clock, so two saves of the same data
differ. Rewriting the members in their order with one fixed timestamp makes the bytes depend on
the content alone; the file then appears whole or not at all.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

# The earliest time a ZIP header can hold; used when no date is given.
ZIP_EPOCH = datetime(1980, 1, 1, tzinfo=UTC)


def normalised(
    data: bytes, when: datetime | None = None, replace: dict[str, bytes] | None = None
) -> bytes:
    """The same archive with every member dated `when` (UTC) and fixed permissions.

    `replace` gives new contents for named members (a document's properties, which the library
    dates with the clock while saving).
    """
    replace = replace or {}
    stamp = max(when or ZIP_EPOCH, ZIP_EPOCH).astimezone(UTC)
    date_time = stamp.timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix: the same bytes whichever system saved it
            content = replace.get(member.filename)
            target.writestr(info, source.read(member.filename) if content is None else content)
    return out.getvalue()


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder, then rename it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
