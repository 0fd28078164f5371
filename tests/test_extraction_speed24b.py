"""The second round of speed-ups finds exactly what the plain computation finds, on any text.

Each property compares a shortcut with the code it replaced (kept here as the reference), on text built from
the pieces the patterns look for, mixed with odd whitespace, line breaks and letters that case folding treats
specially.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import dates, speaker_labels
from claimtrack.records import DateRef

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_STAMP_PIECES = [
    "Updated", "updated at", "Last updated on:", "POSTED", "Added", "published", "10:45", "9.30 am", "11 p.m.",
    "23:05 GMT", "5pm", " ET", "2 hours ago", "an hour ago", "a minute ago", "12 mins ago", "hrs ago", "Monday",
    "Tue.", "3 May 2024", "May 4", "4 May", "Oct. 23, 2024", "Sunday, 5 May", "—", "|", "·", "-", ",",
    "The army said 300 troops", "a", "A", "an", "٣", "İ", "ſ", "K", " ", "  ", "\t", "\n", "\n", "\n", "\n\n", ":",
]


def _entry_days_plain(text: str, published: dt.date | None) -> list[tuple[int, DateRef]]:
    """`dates.entry_days` as it was: the stamp lines searched for with `finditer` over the whole text."""
    stamps: list[tuple[int, DateRef | None]] = []
    for m in dates._STAMP_LINE.finditer(text):
        day = None
        if m.group("ago") and published is not None:
            day = DateRef(value=published, precision="day", raw=f"{m.group(0).strip()} (entry)")
        stamps.append((m.start(), day))
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if 6 <= len(line.strip()) <= dates._HEADING_CHARS and any(c.isdigit() for c in line):
            heading = dates._day_heading(line, pos, published)
            if heading is not None:
                stamps.append((pos, heading.model_copy(update={"raw": f"{heading.raw} (entry)"})))
        pos = end + 1
    if len(stamps) < dates._MIN_STAMPS:
        return []
    stamps.sort(key=lambda stamp: stamp[0])
    found: list[tuple[int, DateRef]] = []
    current: DateRef | None = None
    for start, day in stamps:
        current = day or current
        if current is not None:
            found.append((start, current))
    return found


def _dumped(days: list[tuple[int, DateRef]]) -> list[tuple[int, dict[str, object]]]:
    return [(start, day.model_dump()) for start, day in days]


@QUICK
@given(
    st.lists(st.sampled_from(_STAMP_PIECES), max_size=30).map(lambda pieces: " ".join(pieces).replace(" \n ", "\n")),
    st.sampled_from([None, dt.date(2024, 5, 5), dt.date(2022, 2, 24)]),
)
def test_entry_days_matches_the_stamp_lines_at_line_starts(text: str, published: dt.date | None) -> None:
    assert _dumped(dates.entry_days(text, published)) == _dumped(_entry_days_plain(text, published))


@QUICK
@given(st.lists(st.sampled_from(_STAMP_PIECES), max_size=30).map("".join))
def test_entry_days_matches_without_spaces_between_pieces(text: str) -> None:
    published = dt.date(2024, 5, 5)
    assert _dumped(dates.entry_days(text, published)) == _dumped(_entry_days_plain(text, published))


def _full_name_before_plain(surname: str, text: str) -> str | None:
    """`speaker_labels._full_name_before` as it was: the name pattern searched for over the whole text."""
    found: str | None = None
    for m in re.finditer(r"((?:[A-Z][\w'’-]*\s+){1,2})" + re.escape(surname) + r"\b", text):
        words = m.group(1).split()
        while words and (speaker_labels._not_a_first_name(words[0]) or words[0].endswith(("'s", "’s"))):
            words.pop(0)
        if words and not any(speaker_labels._not_a_first_name(w) for w in words):
            found = " ".join([*words, surname])
    return found


_NAME_PIECES = [
    "Ryder", "Pat", "Gen.", "Brig.", "Air", "Force", "the", "Kirby's", "John", "Mary-Ann", "O’Neil", "Jean-Pierre",
    "Karine", "Press", "Secretary", "Ryders", "RYDER", "ryder", "Ryder.", "J.", "Dr.", "Élodie", "Ünal", "İ", "ſ",
    "K", "٣", "_", "3", ",", ".", ";", "(", ")", "—", "-", "'", "’", ":", "\n", "\t", "\u00a0", " ", "  ",
]


@QUICK
@given(
    st.lists(st.sampled_from(_NAME_PIECES), max_size=25),
    st.sampled_from(["Ryder", "Jean-Pierre", "O’Neil", "J.", "Kirby", "Pat", "Ryder.", "İ"]),
    st.sampled_from(["", " "]),
)
def test_full_name_before_matches_the_plain_search(pieces: list[str], surname: str, joint: str) -> None:
    text = joint.join(pieces)
    assert speaker_labels._full_name_before(surname, text) == _full_name_before_plain(surname, text)


_INTERVIEW_LINES = [
    "By Anna Lytvyn", "BY ANNA LYTVYN", "By Anna Lytvyn and Jan Becker", "Interview: Jan Becker",
    "INTERVIEW: Jan Becker",
    "Interviewed by Olga Nowak", "Interview by Olga Nowak", "Interviewer: Jan Becker", "Questions by Piet de Vries",
    "Questions by Piet", "By anna lytvyn", "By Józef Ćwik", "Q: How many?", "Interviewer: How many troops?",
    "A: About 300.", "**Becker:** How many?", "**Jan Becker**: How many?", "— How many?", "- About 300.",
    "Oleh Marchuk, the governor of Kharkiv, spoke to us.", "Becker: How many?", "", "   ", "By", "Interview",
    "The army said 300 troops were there.", "  By Anna Lytvyn  ", "\tInterviewer:  Jan Becker", "— Why?", "– When? ",
    "-  How many?", "—Why?", "— ", "- Really?", "— About 300, he said?",
]


@QUICK
@given(st.lists(st.sampled_from(_INTERVIEW_LINES), max_size=12), st.sampled_from(["\n", "\n\n", " \n", "\r\n"]))
def test_interviewer_names_are_the_parties_interviewer(lines: list[str], joint: str) -> None:
    text = joint.join(lines)
    assert speaker_labels.interviewer_names(text) == speaker_labels.interview_parties(text).interviewer


def test_only_eight_letters_open_a_stamp_word_and_every_digit_is_decimal() -> None:
    """What `dates._may_open_stamp` relies on: under IGNORECASE no other character matches l, u, p or a, and every
    character `\\d` matches is `str.isdecimal`."""
    chars = [chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF]
    assert [c for c in chars if re.match("[lupa]", c, re.IGNORECASE)] == list("ALPUalpu")
    assert all(c.isdecimal() for c in chars if re.match(r"\d", c))


@QUICK
@given(st.lists(st.sampled_from(_INTERVIEW_LINES), max_size=12), st.sampled_from(["\n", "\n\n", " \n", "\r\n"]))
def test_dash_turns_are_the_parties_dash_turns(lines: list[str], joint: str) -> None:
    text = joint.join(lines)
    assert speaker_labels.dash_turns(text) == speaker_labels.interview_parties(text).dash_turns
