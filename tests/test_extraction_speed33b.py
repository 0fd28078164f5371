"""Stop 33's place round (part B) finds exactly what the code it replaced finds.

- `_words_before_name` reads as many tokens before a name as it drops and then three, not seven: its words are the
  last three of the longer form's (`_all_words_before_name`), which is all its callers read;
- `_alias_spans` looks a leading run up once in one table (`_alias_run_readings`) instead of in two;
- `_reference_matches` finds none where no noun a reference needs is a word of the sentence;
- `_role` tries `_ASIDE_AFTER_NAME` only where its first word stands after the name (`_may_open_aside`);
- `focus.sides_named` scans for the sides' forms from one non-word character to the next (`_side_scan`);
- `_may_open_appositive` and `_names_nationals` index and slice instead of `startswith`/`endswith` at a position;
- `_adjective_mentions` scans only where a country adjective's leading run is a word (`_may_name_an_adjective`).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import (
    focus,
    place_name_scan,
    place_names,
    place_references,
    place_roles,
    place_scoring,
)
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.lexicons import side_regex

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KEY = len(load_gazetteer().places)


# ---- the words before a name ----

_BEFORE_PIECES = ["in", "the", "occupied", "Russia's", "and", "or", "of", "mayor", "on", "sanctions", "imposed",
                  "eastern", "its", "sovereign", "red", "urged", "a", "toll", "X", "-", ",", "'", "’s", " ", " ",
                  "  ", "\n", "é", "—", ".", "2024", "Kyiv", "long-range", "our", "with", "border"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_BEFORE_PIECES), max_size=60))
def test_words_before_name_are_the_last_three_of_the_longer_form(pieces: list[str]) -> None:
    sentence = "".join(pieces) + "Kharkiv"
    for start in range(len(sentence) + 1):
        assert (
            place_roles._words_before_name(sentence, start) == place_roles._all_words_before_name(sentence, start)[-3:]
        )


def test_words_before_name_on_sentences_of_my_own() -> None:
    text = "Officials said the shelling hit a school in the occupied eastern Zorivka"
    assert place_roles._words_before_name(text, text.index("Zorivka")) == ["a", "school", "in"]
    four = "Aid reached the towns of the its our their Zorivka"  # four dropped: the longer form is read
    assert place_roles._words_before_name(four, four.index("Zorivka")) == ["the", "towns", "of"]
    assert place_roles._words_before_name("Zorivka", 0) == []
    assert place_roles._words_before_name("In the Zorivka", 7) == ["In"]


# ---- one lookup of a leading run ----


def test_run_readings_join_the_two_tables() -> None:
    tables = place_name_scan._alias_run_readings(KEY)
    runs = place_name_scan._alias_runs(KEY)
    assert tables is not None and runs is not None
    first_runs, readings = tables
    assert first_runs == runs[0]
    stops, openings = place_name_scan._one_word_stops(KEY), runs[1]
    assert set(readings) == set(stops) | set(openings)
    for word, (stop, opening) in readings.items():
        assert stop == stops.get(word) and opening == openings.get(word)


@QUICK
@given(st.lists(st.sampled_from(["kyiv", "new", "york", "the", "hague", "ukraine", "'s", " ", ".", ",", "-", "oblast",
                                  "russian", "occupied", "st", "petersburg", "x"]), max_size=30))  # fmt: skip
def test_alias_spans_are_the_scan_s_spans(pieces: list[str]) -> None:
    low = "".join(pieces)
    scan = place_name_scan._alias_scan(KEY)
    assert scan is not None
    assert list(place_name_scan._alias_spans(scan[0], low, KEY)) == list(scan[0].spans(low))


# ---- references: none without their noun ----

_REFERENCE_PIECES = ["the", "The", "his", "her", "there", "over", "town", "city", "capital", "country", "region",
                     "small", "entire", "nearby", "Kyiv", "is", "was", "'", " ", " ", "  ", "\n", ",", ".", "-",
                     "towns", "theirs", "é"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_REFERENCE_PIECES), max_size=30))
def test_reference_matches_are_the_scan_s_matches(pieces: list[str]) -> None:
    sentence = "".join(pieces)
    expected = [m.span() for m in place_references._REFERENCE_SCAN.finditer(sentence)]
    assert [m.span() for m in place_references._reference_matches(sentence, False)] == expected
    assert [m.span() for m in place_references._reference_matches(sentence, True)] == expected[:1]
    assert place_references.refers_to_context(sentence) == bool(expected)


# ---- the aside after a name ----

_ASIDE_PIECES = ["also", "again", "overnight", "in", "over", "the", "past", "last", "day", "along", "with", "as",
                 "well", "like", "together", "alongside", "its", "allies", "said", "Also", "-", "_", "2", ",", " ",
                 "  ", "\n", "é", "X", "alone", "meanwhile", "within", "previous", "weeks"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_ASIDE_PIECES), max_size=25))
def test_aside_gate_passes_wherever_the_pattern_matches(pieces: list[str]) -> None:
    sentence = "Zorivka" + "".join(pieces)
    for end in range(len(sentence) + 1):
        if place_roles._ASIDE_AFTER_NAME.match(sentence, end) is not None:
            assert place_roles._may_open_aside(sentence, end)


def test_aside_gate_on_sentences_of_my_own() -> None:
    for text in ("Zorivka, over the past day, lost", "Zorivka also lost", "Zorivka, along with two towns, is",
                 "Zorivka in the last week lost"):  # fmt: skip
        assert place_roles._may_open_aside(text, 7) and place_roles._ASIDE_AFTER_NAME.match(text, 7)
    for text in ("Zorivka, the capital, lost", "Zorivka in 2024 lost", "Zorivka's allies", "Zorivka said"):
        assert not place_roles._may_open_aside(text, 7)


# ---- the sides a sentence names ----

_SIDE_PIECES = ["Russian", "Russians", "Ukraine", "Ukraine's", "North", "Korea", "Korean", "United", "States",
                "States'", "Wagner", "Group", "x", "_", "-", "'", "’", " ", "  ", "\n", ",", ".", "é", "2", "Belarus",
                "ian"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_SIDE_PIECES), max_size=30))
def test_side_scan_finds_what_the_pattern_finds(pieces: list[str]) -> None:
    sentence = "".join(pieces)
    pattern = side_regex(r"\b(?:{SIDE})\b")
    expected = [(m.span(), m.group(0)) for m in pattern.finditer(sentence)]
    assert [(m.span(), m.group(0)) for m in focus._side_scan(pattern).finditer(sentence)] == expected


def test_sides_named_on_a_sentence_of_my_own() -> None:
    text = "Russian and North Korean troops faced Ukrainian units near Zorivka."
    assert {"Russia", "North Korea", "Ukraine"} <= focus.sides_named(text, None)


# ---- indexing instead of a positioned startswith/endswith ----


@QUICK
@given(st.text(alphabet=", ofthe'sK", max_size=14))
def test_positioned_tests_are_startswith_and_endswith(text: str) -> None:
    for pos in range(len(text) + 2):
        assert place_roles._may_open_appositive(text, pos) == (
            text.startswith(",", pos) or text.startswith(",", pos + 2)
        )
    for rel in range(len(text) + 1):
        expected = text.endswith("of ", 0, rel) or text.endswith("of the ", 0, rel)
        assert place_scoring._names_nationals(text, rel) == (
            expected and place_scoring._NATIONALS_OF.search(text, max(0, rel - 40), rel) is not None
        )


# ---- country adjectives ----

_ADJECTIVE_PIECES = ["Russian", "Ukrainian", "North", "Korean", "Belarusian", "russian", "RUSSIAN", "border",
                     "territory", "soil", "the", "occupied", "-", "'", "’", " ", "  ", "\n", ",", "é", "x",
                     "Polish"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_ADJECTIVE_PIECES), max_size=25))
def test_adjective_gate_passes_wherever_the_pattern_matches(pieces: list[str]) -> None:
    sentence = "".join(pieces)
    if place_names._adjective_pattern(KEY).search(sentence) is not None:
        assert place_names._may_name_an_adjective(sentence, KEY)


def test_adjective_gate_on_sentences_of_my_own() -> None:
    assert place_names._may_name_an_adjective("Shells fell on Ukrainian territory near Zorivka.", KEY)
    assert not place_names._may_name_an_adjective("Shells fell on the border near Zorivka.", KEY)
    assert place_names._adjective_mentions("Shells fell on the border near Zorivka.", 0, []) == []
