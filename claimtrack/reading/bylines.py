"""Publication date and outlet from an article's byline, for documents whose metadata gives neither.

Conservative by design: only a full date with a year, only in the header (the first ~600 characters,
before the first long paragraph), and a date that sits in a sentence ("on September 9, 2018" in a photo
caption) is passed over.
"""

from __future__ import annotations

import datetime as dt
import re

HEADER_CHARS = 600  # how far into the text a byline may start
LONG_PARAGRAPH = 200  # a line longer than this is body text: the header ends before it

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})(?!\d)"

# The date forms a byline may use, as (example, regex); each names the groups day, month and year.
BYLINE_DATE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("October 24, 2024 / Oct. 24, 2024", rf"(?<!\w){_MONTH}\s+{_DAY},?\s+{_YEAR}"),
    ("24 October 2024 / 24 Oct. 2024", rf"(?<!\d){_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"),
    ("2024-10-24", r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])"),
    ("24.10.2024", r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?![\d.])"),
)
_DATE_RES = tuple(re.compile(regex, re.IGNORECASE) for _, regex in BYLINE_DATE_PATTERNS)

_CUE = re.compile(r"^\s*by\b|\b(?:published|posted|updated|modified|min(?:ute)? read)\b", re.IGNORECASE)
_PUBLICATION_CUE = re.compile(r"\b(?:(published|posted)|updated|modified)\b", re.IGNORECASE)
_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
_BYLINE_START = re.compile(r"^\s*by\b", re.IGNORECASE)
_CREDIT = re.compile(
    r"getty images|\bafp\b|\breuters\b|\bap photo\b|\bphoto(?:graph)?\s*(?::|by\b)|\bcredit:|©|\bimage:",
    re.IGNORECASE,
)
_IN_SENTENCE = re.compile(
    r"\b(?:on|since|until|till|from|before|after|in|of|by|during|through|to|between|and)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ONLY_DATE_LEFTOVER = re.compile(
    r"^(?:[\s,.:;|/•·–—-]|published|posted|updated|on|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)*$",
    re.IGNORECASE,
)


def _header_lines(text: str) -> list[str]:
    """The lines of the header: those starting in the first HEADER_CHARS, up to the first long one."""
    lines: list[str] = []
    offset = 0
    for line in text[: HEADER_CHARS + 2 * LONG_PARAGRAPH].split("\n"):
        if offset >= HEADER_CHARS or len(line.strip()) > LONG_PARAGRAPH:
            break
        lines.append(line)
        offset += len(line) + 1
    return lines


def _dates_in(line: str) -> list[tuple[re.Match[str], dt.date]]:
    """Every valid full date in the line, in order of position (overlaps dropped)."""
    found: list[tuple[re.Match[str], dt.date]] = []
    for pattern in _DATE_RES:
        for match in pattern.finditer(line):
            value = _to_date(match)
            if value is not None:
                found.append((match, value))
    found.sort(key=lambda item: item[0].start())
    kept: list[tuple[re.Match[str], dt.date]] = []
    for match, value in found:
        if not kept or match.start() >= kept[-1][0].end():
            kept.append((match, value))
    return kept


def _to_date(match: re.Match[str]) -> dt.date | None:
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text[:3].lower()]
    year = int(match.group("year"))
    if not 1900 < year <= dt.date.today().year + 1:
        return None
    try:
        return dt.date(year, month, int(match.group("day")))
    except ValueError:
        return None


def byline_date(text: str) -> dt.date | None:
    """The publication date a byline in the text's header gives, or None when there is none to trust.

    Preferred: a date on a header line that has a byline cue ("by ...", "published", "updated", a time,
    "min read") or nothing but the date; a "published" date beats an "updated" one. Otherwise the first
    full date in the header that is not a photo credit line and does not follow a preposition
    ("on September 9, 2018").
    """
    lines = _header_lines(text)
    best: tuple[int, dt.date] | None = None
    for line in lines:
        dates = _dates_in(line)
        if not dates:
            continue
        credit = _CREDIT.search(line) is not None and not _BYLINE_START.match(line)
        cued = (_CUE.search(line) is not None or _TIME.search(line) is not None) and not credit
        for match, value in dates:
            leftover = line[: match.start()] + line[match.end() :]
            if cued or _ONLY_DATE_LEFTOVER.match(leftover):
                rank = _rank(line[: match.start()])
                if best is None or rank < best[0]:
                    best = (rank, value)
                if rank == 0:
                    return value
    if best is not None:
        return best[1]
    for line in lines:
        if _CREDIT.search(line):
            continue
        for match, value in _dates_in(line):
            if not _IN_SENTENCE.search(line[: match.start()]):
                return value
    return None


def _rank(before: str) -> int:
    """0 for a publication date, 1 for a date whose nearest cue before it calls it an update."""
    cues = _PUBLICATION_CUE.findall(before)  # the publication word of each cue, "" for an update
    return 1 if cues and not cues[-1] else 0


_NAME = r"(?P<outlet>(?:The\s+)?[A-Z][\w&'.-]*(?:\s+(?:(?:of|the|and|&)\s+)*[A-Z][\w&'.-]*){0,4})"
# Bylines that name an outlet rather than a person, as (example, regex).
BYLINE_OUTLET_PATTERNS: tuple[tuple[str, str], ...] = (
    ("by The Kyiv Independent news desk", rf"^\s*(?i:by)\s+{_NAME}\s+(?i:news\s+desk)\b"),
    ("By Reuters Staff", rf"^\s*(?i:by)\s+{_NAME}\s+(?i:staff)\b"),
)
_OUTLET_RES = tuple(re.compile(regex) for _, regex in BYLINE_OUTLET_PATTERNS)


def byline_outlet(text: str) -> str | None:
    """The outlet a header byline names ("by The Kyiv Independent news desk", "By Reuters Staff")."""
    for line in _header_lines(text):
        for pattern in _OUTLET_RES:
            match = pattern.match(line)
            if match:
                return match.group("outlet")
    return None
