"""Parsing `published` values given as metadata: ISO dates and datetimes only."""

from __future__ import annotations

import datetime as dt
import re

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\S")

DATE_ADVICE = "use YYYY-MM-DD (or an ISO datetime such as 2024-10-24T08:57:00Z)"


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def bad_date_message(key: str, value: object) -> str:
    """The one-line complaint about a value that is not a date."""
    return f"{key!r} is {_shown(value)}, not a date; {DATE_ADVICE}"


def parse_published(value: object, key: str = "published") -> dt.date | None:
    """The date an ISO date or datetime string names (the date as written, not converted to UTC).

    None and "" mean no date. Anything else raises ValueError with a message naming the bad value.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            if _ISO_DATE.fullmatch(text):
                return dt.date.fromisoformat(text)
            if _ISO_DATETIME.match(text):
                return dt.datetime.fromisoformat(text).date()
        except ValueError:
            pass
    raise ValueError(bad_date_message(key, value))
