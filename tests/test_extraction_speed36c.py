"""Stop 36's place round (part C) finds exactly what the code it replaced finds.

- `_alias_spans` reads each leading run's text from its table (`_alias_run_entries`) instead of decoding the hit;
- `_name_mentions` reads the outlets' tables once per sentence and asks `_held_in_outlet_name`, which looks for a
  name's pieces by `str.find` between two offsets instead of in a slice;
- `_is_secondary` looks for the punctuation between an aside and the place by `str.find` (`_holds_clause_mark`)
  instead of `re.search` on a slice;
- `place_links._office_of_before` returns False where the lowered sentence holds no office's head word
  (`_OFFICE_AFTER_GATE`) before its eleven substring searches.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import place_links, places
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.prefilter import lowered

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KEY = len(load_gazetteer().places)


# ---- the alias runs' texts read from their table ----


def test_alias_run_entries_are_the_run_table_and_each_run_s_text() -> None:
    entries = places._alias_run_entries(KEY)
    tables = places._alias_run_table(KEY)
    assert entries is not None and tables is not None
    assert entries[0] == tables[0] and set(entries[1]) == set(tables[1])
    for run, entry in entries[1].items():
        assert entry[:4] == tables[1][run]
        assert entry[4] == run.decode("ascii") and entry[4].encode("ascii") == run


_ALIAS_PIECES = ["kyiv", "the", "hague", "ukraine", "'s", "’s", " ", "  ", ".", ",", "-", "oblast", "russian",
                 "russia", "occupied", "new", "york", "st", "petersburg", "al", "qaim", "é", "ł", "\n", "2", "x",
                 "middle", "east", "capital", "moscow", "region", "(", "“", "”", "kyivx", "u", "s", "eu"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_ALIAS_PIECES), max_size=40))
@example(["the", " ", "russian", " ", "capital", ",", " ", "russia", "’s", " ", "east"])
@example(["kyiv", "’s", " ", "mayor", " ", "new", " ", "york", "x"])
def test_alias_spans_are_the_scan_s_spans(pieces: list[str]) -> None:
    low = "".join(pieces)
    scan = places._alias_scan(KEY)
    assert scan is not None
    assert places._alias_spans(scan[0], low, KEY) == list(scan[0].spans(low))


# ---- a place word in an outlet's name: pieces found between offsets ----


def _held_in_outlet_name_plain(sentence: str, start: int, end: int) -> bool:
    """`places._in_outlet_name` as it was: the pieces looked for in a slice around the word."""
    tables = places._outlet_tables(KEY)
    assert tables is not None
    pattern, pieces_of = tables
    held = pieces_of.get(sentence[start:end])
    if held is None:
        return False
    window = max(0, start - 24)
    around = sentence[window : end + 24]
    if not any(all(piece in around for piece in pieces) for pieces in held):
        return False
    return any(m.start() <= start and end <= m.end() for m in pattern.finditer(sentence, window, end + 24))


_OUTLET_PIECES = ["Kyiv", "Independent", "Post", "the", "The", "Washington", "Moscow", "Times", "of", "London",
                  "Voice", "America", "Ukraine", "New", "RBC", "-", "Interfax", "France", "24", "Radio", "Free",
                  "Europe", "/", "Liberty", "told", ",", "’s", "'s", " ", "  ", "\n", "Today", "Russia", "Kyïv",
                  "“", "”", "Nikkei", "Asia", "reporters in"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_OUTLET_PIECES), max_size=40))
@example(["told", " ", "the", " ", "Kyiv", " ", "Independent"])
@example(["Interfax", "-", "Ukraine", " ", "said"])
def test_held_in_outlet_name_is_the_slice_s_answer(pieces: list[str]) -> None:
    sentence = "".join(pieces)
    tables = places._outlet_tables(KEY)
    assert tables is not None
    pattern, pieces_of = tables
    for word, held in pieces_of.items():
        start = sentence.find(word)
        while start >= 0:
            end = start + len(word)
            expected = _held_in_outlet_name_plain(sentence, start, end)
            assert places._held_in_outlet_name(sentence, start, end, pattern, held) == expected
            assert places._in_outlet_name(sentence, start, end) == expected
            start = sentence.find(word, start + 1)


def test_outlet_names_on_sentences_of_my_own() -> None:
    told = "Residents told the Kyiv Independent’s reporters that the shelling went on."
    assert [m.place.name for m in places.find_places(told)] == []
    moved = "Troops moved from Kyiv, an Independent monitor said; the Post was shut."
    assert "Kyiv" in [m.place.name for m in places.find_places(moved)]
    far = "The Washington envoy spoke to reporters at length in Kyiv, the Post said."
    assert places._outlet_tables(KEY) is not None
    assert "Washington" in [m.raw for m in places._name_mentions(far, 0)]


# ---- the punctuation between an aside and its place ----


@QUICK
@given(st.text(alphabet=",;:.- ab’“é\n", max_size=30), st.integers(0, 32), st.integers(0, 32))
def test_holds_clause_mark_is_the_search(text: str, start: int, end: int) -> None:
    expected = re.search(r"[,;:]", text[start:end]) is not None
    assert places._holds_clause_mark(text, start, end) == expected


def _is_secondary_plain(sentence: str, pos: int) -> bool:
    """`places._is_secondary` as it was: `re.search` on the slice after each aside."""
    low = lowered(sentence)
    if low is not None and not places.holds_gate(low, places._SECONDARY_GATE):
        return False
    for m in places._SECONDARY_RE.finditer(sentence, 0, pos):
        if not re.search(r"[,;:]", sentence[m.end() : pos]):
            return True
    return False


_ASIDE_PIECES = ["in addition to", "as well as", "As Well As", "besides", "apart from", "not to mention", "Kyiv",
                 "Kharkiv", ",", ";", ":", " ", "strikes", "on", "the", "Dnipro’s", "İn", "naval", "well-known",
                 "—"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_ASIDE_PIECES), max_size=16).map(" ".join))
@example("Strikes hit Kyiv, as well as Kharkiv")
@example("Strikes hit Kyiv as well as, later, Kharkiv")
def test_is_secondary_is_the_plain_form(sentence: str) -> None:
    for pos in range(len(sentence) + 1):
        assert places._is_secondary(sentence, pos) == _is_secondary_plain(sentence, pos)


# ---- the office before "of": no head word in the sentence, no search ----


def _office_of_before_plain(sentence: str, start: int) -> bool:
    return place_links._OFFICE_OF_BEFORE.search(sentence, max(0, start - 60), start) is not None


_OFFICE_PIECES = ["the", "The", "President", "PRESIDENT", "Prime Minister", "prime\tminister", "Vice-President",
                  "co-president", "Foreign Ministers", "leaders", "Head of State", "counterparts", "Secretary",
                  "Ambassador", "Kıng", "King", "Queen’s", "premier", "chancellor", "of", "Of", "France", "Canada",
                  "and", "Italy", "mayor", "governor", "residents", "presidents", "_president", "ministerial", ",",
                  " ", "  ", "é", "Ukraine’s"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_OFFICE_PIECES), max_size=14).map(" ".join))
@example("The co-president of France spoke.")
@example("The presidents' envoy of France spoke.")
def test_office_of_before_is_the_pattern(sentence: str) -> None:
    for start in range(len(sentence) + 1):
        assert place_links._office_of_before(sentence, start) == _office_of_before_plain(sentence, start)


def test_office_of_before_on_sentences_of_my_own() -> None:
    for sentence, name, expected in (
        ("The Vice-President of France met residents of Lyon.", "France", True),
        ("The Vice-President of France met residents of Lyon.", "Lyon", False),
        ("Residents of France said the ministerial talks stalled.", "France", False),
        ("The head of state of Ukraine’s neighbour spoke.", "Ukraine", True),
        ("The HEAD OF STATE of Moldova spoke.", "Moldova", True),
    ):
        start = sentence.index(name)
        assert place_links._office_of_before(sentence, start) == expected == _office_of_before_plain(sentence, start)
