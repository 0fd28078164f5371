"""Stop 31's speed round B finds exactly what the code it replaced finds.

- the date scans of "season_year" and "day_month" look ahead for how a match opens (`dates._OPENINGS`, and any
  digit for "day_month"), and "season_year" is scanned only where a digit and "19" or "20" are written: every match
  of each pattern is still found, where the pattern finds it;
- `dates.may_hold_a_date` is False only where `find_dates` finds no date;
- `_note_occasion` finds the first statement named with its maker once (`date_carry.first_owned_statement`, the
  start of `_OWNED_STATEMENT.search`) and `owned_statement_date` scans from there: the same date as from 0;
- `place_links` and `place_phrases` ask word gates before their patterns: every match of `_PRONOUN_PLACE_RE`,
  `_BORDERING_AREA_RE`, `_COMPASS_RE` and `_OFFICE_AFTER_PLACE` passes its gates;
- `place_scoring.said_at` searches `_SAID_AT_BEFORE` from the first saying verb of its window (`_said_at_before`): the
  same match as the search of the whole window.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import date_carry, dates, place_links, place_phrases, place_scoring
from claimtrack.extraction.prefilter import holds_gate, lowered

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


_PLACE_WORDS = ["its", "their", "whose", "own", "southern", "border", "borders", "frontiers", "territory", "soil",
                "airspace", "in", "into", "near", "the", "regions", "area", "oblasts", "territories", "that", "which",
                "bordering", "adjacent", "to", "adjoining", "next", "across", "throughout", "south", "north-east",
                "northwest", "west", "of", "Velmoria", "Tarvin", "'s", "vice-president", "prime", "minister",
                "ministers", "King", "leaders", "head", "state", "counterpart", "governor", "Mayor", "Ostrin",
                "Petra", "Kalda", "said", "ex", "foreign"]  # fmt: skip
_place_word = st.sampled_from(_PLACE_WORDS).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title()]))
_place_texts = st.one_of(
    st.lists(st.one_of(_place_word, _place_word, st.sampled_from(_MARKS)), max_size=24).map("".join),
    st.lists(_place_word, max_size=16).map(" ".join),
)


def _passes(text: str, *gates: int) -> bool:
    low = lowered(text)
    return low is None or all(holds_gate(low, gate) for gate in gates)


@QUICK
@given(_place_texts)
@example("Velmoria massed troops along its own southern borders, near its border with Tarvin.")
@example("Drills ran in the regions that border Tarvin and in areas adjacent to Velmoria, next to Kalda.")
@example("Shelling went on in the south and across the north-east.")
@example("Velmoria's vice-president Petra Ostrin met his Tarvin counterpart and the Kalda head of state.")
def test_every_place_link_match_passes_its_gates(text: str) -> None:
    if place_links._PRONOUN_PLACE_RE.search(text) is not None:
        assert _passes(text, place_links._PRONOUN_GATE, place_links._PRONOUN_NOUN_GATE), text
    if place_links._BORDERING_AREA_RE.search(text) is not None:
        assert _passes(text, place_links._AREA_NOUN_GATE, place_links._BORDERING_GATE), text
    if place_phrases._COMPASS_RE.search(text) is not None:
        assert _passes(text, place_phrases._COMPASS_LEAD_GATE, place_phrases._COMPASS_SIDE_GATE), text
    if any(place_links._OFFICE_AFTER_PLACE.match(text, i) for i in range(len(text) + 1)):
        assert place_links._may_name_office_after(text), text


def test_place_link_gates_rule_out_near_misses() -> None:
    assert not _passes("Velmoria massed troops at its bordered territorial edge.", place_links._PRONOUN_NOUN_GATE)
    assert not _passes("Fighting in the southern hills.", place_phrases._COMPASS_SIDE_GATE)
    assert not place_links._may_name_office_after("Velmoria's presidential palace was hit.")
    assert place_phrases.compass_parts("Fighting went on in the south.") == [(20, 29, "south")]


_SAID_WORDS = ["said", "says", "told", "telling", "spoke", "speaking", "stated", "noted", "warned", "reporters",
               "the", "press", "a", "news", "conference", "briefing", "in", "at", "on", "with", "Tarvin", "Ostrin",
               "so", "it", "saidx", "resaid", "after"]  # fmt: skip
_said_word = st.sampled_from(_SAID_WORDS).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title()]))
_said_texts = st.one_of(
    st.lists(st.one_of(_said_word, _said_word, st.sampled_from(_MARKS)), max_size=18).map("".join),
    st.lists(_said_word, max_size=14).map(" ".join),
)


@QUICK
@given(_said_texts, st.integers(0, 60), st.integers(0, 120))
@example("Ostrin told reporters in ", 0, 25)
@example("He said so at a news conference in the ", 3, 39)
def test_said_at_before_is_the_window_search(text: str, low: int, rel: int) -> None:
    low, rel = min(low, len(text)), min(rel, len(text))
    expected = place_scoring._SAID_AT_BEFORE.search(text, low, rel)
    found = place_scoring._said_at_before(text, low, rel)
    assert (found.span() if found else None) == (expected.span() if expected else None), (text, low, rel)
