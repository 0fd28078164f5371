"""The publication date a file name states: feeds and crawlers name articles by their timestamp.

Two unambiguous forms are read, at the start of the name only: an ISO 8601 basic timestamp
(`20241104T083000Z_...`, the form GDELT-style collections use) and an ISO date (`2024-11-04_...`,
`2024-11-04T08:30...`). The date is the one written (a UTC timestamp is not moved to another zone).
Anything else (`000_635a98.txt`, `report-2024.txt`, `20241104.txt`: eight digits may be an id) gives None.
"""

from __future__ import annotations

import datetime as dt
import re

_BASIC_TIMESTAMP = re.compile(r"(\d{4})(\d{2})(\d{2})T\d{4}(?:\d{2})?(?:Z|[+-]\d{4})?(?![\dA-Za-z])")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?!\d)")


def date_from_file_name(name: str) -> dt.date | None:
    """The date a file name opens with (`20241104T083000Z_x.txt`, `2024-11-04-x.txt`), else None."""
    base = re.split(r"[\\/]", name)[-1]
    match = _BASIC_TIMESTAMP.match(base) or _ISO_DATE.match(base)
    if match is None:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:  # "20241340T..." names no day
        return None
