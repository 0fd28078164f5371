"""Stop 36's place round (part C) finds exactly what the code it replaced finds.

- `_alias_spans` reads each leading run's text from its table (`_alias_run_entries`) instead of decoding the hit;
- `_name_mentions` reads the outlets' tables once per sentence and asks `_held_in_outlet_name`, which looks for a
  name's pieces by `str.find` between two offsets instead of in a slice, less the piece that is the word itself;
- `_is_secondary` looks for the punctuation between an aside and the place by `str.find` (`_holds_clause_mark`)
  instead of `re.search` on a slice;
- `place_links._office_of_before` returns False where the lowered sentence holds no office's head word
  (`_OFFICE_AFTER_GATE`) before its eleven substring searches;
- `_find_places` sorts its mentions only where they are out of order (`_in_start_order`), and lists the spans
  taken only where `_hyphenated_mentions` or `_adjective_mentions` gets past its gate;
- `_hyphenated_mentions` looks for a hyphen before a capital by `str.find` (`_hyphen_before_capital`);
- `_droppable_before_name` looks a word up in one set of the determiners, "and"/"or" and the modifiers;
- `focus.PlaceFocus.note` counts a name not counted yet without reading it first (`_count_one`).
"""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import (
    focus,
    place_links,
    place_mention,
    place_name_scan,
    place_names,
    place_roles,
    place_scoring,
    places,
    unlisted_places,
)
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.prefilter import lowered

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KEY = len(load_gazetteer().places)


# ---- the alias runs' texts read from their table ----


def test_alias_run_entries_are_the_run_table_and_each_run_s_text() -> None:
    entries = place_name_scan._alias_run_entries(KEY)
    tables = place_name_scan._alias_run_table(KEY)
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
    scan = place_name_scan._alias_scan(KEY)
    assert scan is not None
    assert place_name_scan._alias_spans(scan[0], low, KEY) == list(scan[0].spans(low))


# ---- a place word in an outlet's name: pieces found between offsets ----


def _held_in_outlet_name_plain(sentence: str, start: int, end: int) -> bool:
    """`place_names._in_outlet_name` as it was: the pieces looked for in a slice around the word."""
    tables = place_names._outlet_tables(KEY)
    assert tables is not None
    pattern, pieces_of, _ = tables
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
    tables = place_names._outlet_tables(KEY)
    assert tables is not None
    pattern, _, others = tables
    for word, held in others.items():
        start = sentence.find(word)
        while start >= 0:
            end = start + len(word)
            expected = _held_in_outlet_name_plain(sentence, start, end)
            assert place_names._held_in_outlet_name(sentence, start, end, pattern, held) == expected
            assert place_names._in_outlet_name(sentence, start, end) == expected
            start = sentence.find(word, start + 1)


def test_outlet_names_on_sentences_of_my_own() -> None:
    told = "Residents told the Kyiv Independent’s reporters that the shelling went on."
    assert [m.place.name for m in places.find_places(told)] == []
    moved = "Troops moved from Kyiv, an Independent monitor said; the Post was shut."
    assert "Kyiv" in [m.place.name for m in places.find_places(moved)]
    far = "The Washington envoy spoke to reporters at length in Kyiv, the Post said."
    assert place_names._outlet_tables(KEY) is not None
    assert "Washington" in [m.raw for m in place_names._name_mentions(far, 0)]


# ---- the punctuation between an aside and its place ----


@QUICK
@given(st.text(alphabet=",;:.- ab’“é\n", max_size=30), st.integers(0, 32), st.integers(0, 32))
def test_holds_clause_mark_is_the_search(text: str, start: int, end: int) -> None:
    expected = re.search(r"[,;:]", text[start:end]) is not None
    assert place_scoring._holds_clause_mark(text, start, end) == expected


def _is_secondary_plain(sentence: str, pos: int) -> bool:
    """`place_scoring._is_secondary` as it was: `re.search` on the slice after each aside."""
    low = lowered(sentence)
    if low is not None and not places.holds_gate(low, place_scoring._SECONDARY_GATE):
        return False
    for m in place_scoring._SECONDARY_RE.finditer(sentence, 0, pos):
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
        assert place_scoring._is_secondary(sentence, pos) == _is_secondary_plain(sentence, pos)


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


# ---- the mentions sorted only when out of order ----


@QUICK
@given(st.lists(st.integers(0, 6), max_size=8))
def test_in_start_order_is_what_the_sort_leaves_alone(starts: list[int]) -> None:
    place = load_gazetteer().lookup("Kyiv")
    assert place is not None
    mentions = [place_mention.PlaceMention(place, f"m{i}", start, start + 1) for i, start in enumerate(starts)]
    ordered = sorted(mentions, key=lambda m: m.start)
    assert places._in_start_order(mentions) == ([m.raw for m in ordered] == [m.raw for m in mentions])


def test_find_places_in_order_on_sentences_of_my_own() -> None:
    for sentence in (
        "Russian strikes on Kharkiv and the Belarus-Ukraine border left Kyiv’s residents without power.",
        "Ukrainian forces near Bakhmut, Donetsk Oblast, repelled attacks; Russia’s Belgorod region was shelled.",
        "Shelling hit the town on Sunday, the governor of Zaporizhzhia said.",
    ):
        mentions = places.find_places(sentence)
        assert [m.start for m in mentions] == sorted(m.start for m in mentions)


# ---- a hyphen before a capital, by str.find ----


@QUICK
@given(st.text(alphabet="-–aZAé‐ 9", max_size=20))
@example("so-called")
@example("Belarus-Ukraine")
@example("ends with-")
def test_hyphen_before_capital_is_the_search(sentence: str) -> None:
    assert place_names._hyphen_before_capital(sentence) == (place_names._HYPHEN_CAPITAL.search(sentence) is not None)


# ---- the words dropped before a name ----


@QUICK
@given(st.text(alphabet="reAdnOEéthaols’'S ", max_size=9))
@example("And")
@example("Northern")
@example("RED")
@example("Russia’s")
@example("THE")
def test_droppable_word_by_one_lookup_is_the_plain_form(word: str) -> None:
    low = word.lower()
    plain = low in place_roles._DETERMINERS or low in {"and", "or"} or place_roles._is_lowered_modifier(low)
    assert place_roles._droppable_before_name(word) == (plain or place_roles._is_capital_possessive(word))


# ---- a count of one without Counter.__missing__ ----


@QUICK
@given(st.lists(st.sampled_from(["Kyiv", "Ukraine", "Kharkiv Oblast", "", "Łódź"]), max_size=20))
def test_count_one_is_the_counter_s_increment(names: list[str]) -> None:
    plain: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    for name in names:
        plain[name] += 1
        focus._count_one(counted, name)
    assert counted == plain and list(counted.items()) == list(plain.items())


def test_place_focus_notes_as_before_on_sentences_of_my_own() -> None:
    noted = focus.PlaceFocus()
    sentences = ["Shelling hit Kharkiv and Izium overnight.", "Two were hurt in Kharkiv, officials in Ukraine said."]
    for index, sentence in enumerate(sentences):
        noted.note(index, places.find_places(sentence))
    plain_tally: Counter[str] = Counter()
    plain_theatres: Counter[str] = Counter()
    for sentence in sentences:
        for m in places.find_places(sentence):
            if m.role == "owner" or m.source != "name" or m.place.kind in focus._NO_FOCUS_KINDS:
                continue
            chain = noted._chain(m.place.name)
            for name in chain:
                plain_tally[name] += 1
            plain_theatres[chain[-1]] += 1
    assert list(noted.tally.items()) == list(plain_tally.items()) and noted.theatres == plain_theatres


# ---- the spans taken listed only past the gates ----


_FIND_PIECES = ["Kyiv", "Kharkiv", "Belarus-Ukraine", "Russia-Ukraine", "border", "Russian", "territory", "the",
                "Ukrainian", "capital", "so-called", "in", "on", "and", "Russia’s", "Ukraine's", "-", "Sumy-Kursk",
                "area", ",", " ", ".", "Dnipro", "Łódź", "BORDER", "pro-Russian", "north"]  # fmt: skip


def _find_places_plain(sentence: str) -> list[tuple[str, str, int, int, str, str]]:
    """`places._find_places` without a context as it was: the spans taken listed before each reader, then a sort."""
    mentions = place_names._name_mentions(sentence, 0)
    taken = [(m.start, m.start + len(m.raw)) for m in mentions]
    mentions += place_names._hyphenated_mentions(sentence, 0, taken)
    taken = [(m.start, m.start + len(m.raw)) for m in mentions]
    mentions += place_names._adjective_mentions(sentence, 0, taken)
    low = lowered(sentence)
    if low is None or places.holds_gate(low, unlisted_places._OTHER_PLACE_GATE):
        mentions = unlisted_places._other_place_mentions(sentence, 0, None, mentions)
    mentions.sort(key=lambda m: m.start)
    found = [place_roles._capital_of_possessive(sentence, 0, m) for m in place_roles._with_roles(sentence, 0, mentions)]
    return [(m.place.name, m.raw, m.start, m.end, m.role, m.source) for m in found]


@QUICK
@given(st.lists(st.sampled_from(_FIND_PIECES), max_size=14).map(" ".join))
@example("Shelling on the Belarus-Ukraine border and on Russian territory near Kyiv.")
@example("Russian territory near the Sumy-Kursk area, Kharkiv and Dnipro")
def test_find_places_past_the_gates_is_the_plain_form(sentence: str) -> None:
    assert not place_names._hyphenated_mentions(sentence, 0, []) or place_names._hyphen_before_capital(sentence)
    assert not place_names._adjective_mentions(sentence, 0, []) or place_names._may_name_geography(sentence)
    found = places._find_places(sentence, 0, None)
    assert [(m.place.name, m.raw, m.start, m.end, m.role, m.source) for m in found] == _find_places_plain(sentence)


def test_outlet_pieces_less_the_word_are_the_pieces_without_it() -> None:
    tables = place_names._outlet_tables(KEY)
    assert tables is not None
    _, pieces_of, others = tables
    assert set(others) == set(pieces_of)
    for word, held in pieces_of.items():
        assert others[word] == tuple(tuple(p for p in pieces if p != word) for pieces in held)
