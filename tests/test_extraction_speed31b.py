"""Stop 31's speed round B finds exactly what the code it replaced finds.

- the date scans of "season_year" and "day_month" look ahead for how a match opens (`dates._OPENINGS`, and any
  digit for "day_month"), and "season_year" is scanned only where a digit and "19" or "20" are written: every match
  of each pattern is still found, where the pattern finds it;
- `dates.may_hold_a_date` is False only where `find_dates` finds no date;
- `_note_occasion` finds the first statement named with its maker once (`date_carry.first_owned_statement`, the
  start of `_OWNED_STATEMENT.search`) and `owned_statement_date` scans from there: the same date as from 0.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import date_carry, dates
from claimtrack.extraction.prefilter import lowered

QUICK = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORDS = ["in", "during", "since", "by", "the", "of", "on", "spring", "summer", "autumn", "fall", "winter", "2023",
          "1999", "2022-23", "2021/22", "3", "3rd", "21st", "May", "Sept", "October", "Velmor", "update", "report",
          "briefing", "Ostrin's", "his", "speech", "at", "forum", "Feb.", "13", "said", "yesterday", "\u0663",
          "on the", "ministry"]  # fmt: skip
_MARKS = [" ", "  ", "\t", "\n", ",", ", ", ". ", ";", "-", "'", "’", "é", "x", "ſ", "K", "\u0130", "\u0131"]
_word = st.sampled_from(_WORDS).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title()]))
_texts = st.lists(st.one_of(_word, _word, st.sampled_from(_MARKS)), max_size=20).map("".join)
_spaced = st.lists(_word, max_size=14).map(" ".join)
_PATTERNS = dict(dates._COMPILED)


@QUICK
@given(st.one_of(_texts, _spaced))
@example("Fighting slowed in the summer of 2023 and in the winter of 2022-23.")
@example("It opened on the 3rd of May, then 21 October, then \u0663 May.")
@example("autumn 2021/22 and fall 1999")
def test_the_opening_scans_find_every_match(text: str) -> None:
    low = lowered(text)
    if low is None:
        return
    for name in ("season_year", "day_month"):
        found = [m.span() for m in dates.finditer_lowered(_PATTERNS[name], dates._TWINS[name], text, low)]
        assert found == [m.span() for m in _PATTERNS[name].finditer(text)], (name, text)
    if _PATTERNS["season_year"].search(text) is not None:
        assert any(c.isdigit() for c in text) and ("19" in text or "20" in text)


@QUICK
@given(st.one_of(_texts, _spaced))
@example("Fighting slowed in the summer.")
@example("The update came out yesterday.")
def test_no_date_where_may_hold_a_date_says_none(text: str) -> None:
    if not dates.may_hold_a_date(text):
        assert dates.find_dates(text, 0, dt.date(2024, 5, 6), None) == [], text


@QUICK
@given(st.one_of(_texts, _spaced))
@example("The Velmor ministry's update on Feb. 13 said so, and his speech at the forum on 3 May.")
@example("Ostrin's briefing on October 21st, then the report.")
def test_the_first_owned_statement_is_the_search_start(text: str) -> None:
    m = date_carry._OWNED_STATEMENT.search(text)
    first = date_carry.first_owned_statement(text)
    assert first == (m.start() if m is not None else -1), text
    if first >= 0:
        starts = [i for i in range(len(text)) if text[i].isdigit()]
        assert date_carry.owned_statement_date(text, starts, first) == date_carry.owned_statement_date(text, starts)


def test_near_misses() -> None:
    assert not dates.may_hold_a_date("Officials said the front held.")
    assert dates.may_hold_a_date("Officials said the front held in winter.")
    assert date_carry.first_owned_statement("The update on Friday said so.") == -1  # no maker
    assert date_carry.first_owned_statement("The Velmor army’s update on Friday said so.") >= 0
