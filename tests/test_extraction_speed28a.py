"""Stop 28's speed round A (places) finds exactly what the code it replaced finds.

- the place patterns that are tried only where one of their words is a run of letters of the lowercased sentence
  (`hosts_people`, `speaker_country_mentions`, `needs_place_context` and the five patterns of
  `unlisted_places._other_place_mentions`): wherever a pattern matches, the lookup says so;
- `_head_noun` reads the words after a name, and `_is_party` the verb before it, a character at a time;
- `choose_place` does not ask `said_at` again of a mention that passed `_at_venue`;
- `_name_mentions` asks `_in_outlet_name` only of a name that is a word of an outlet's name.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import (
    place_names,
    place_phrases,
    place_references,
    place_roles,
    place_scoring,
    places,
    unlisted_places,
)
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.prefilter import holds_word, lowered

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PIECES = ["The", "the", "in", "across", " ", "  ", "\t", "\u2003", "\n", "south", "South", "north-east", "east",
           "its", "Its", "their", "whose", "own", "borders", "border", "territory", "territories", "soil", "regions",
           "areas", "that", "bordering", "adjacent", "to", "next", "our", "Our", "my", "country", "skies", "eastern",
           "front", "line", "-", "of", "city", "town", "village", "settlement", "camp", "refugee", "township",
           "this", "direction", "axis", "sector", "same", "Velmora", "Ostvale", "district", "community", "crossing",
           "point", "bridge", "has", "taken", "TAKEN", "hosts", "is", "home", "people", "Hosted", "checkpoint",
           "hromada", ",", ".", "'s", "’s", "é", "İ", "ſ", "\u212a", "x", "_", "2"]  # fmt: skip
_sentences = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)

# (pattern, runs): a match of the pattern has one of the runs as a whole run of letters of the lowercased text
_GATES = [
    (place_phrases._HOST_PREDICATE, place_phrases._HOST_RUNS),
    (places._OUR_PLACE_RE, places._OUR_RUNS),
    (places._OUR_PLACE_RE, places._OUR_PLACE_RUNS),
    (place_references._DIRECTION_REFERENCE, unlisted_places._CONTEXT_NOUN_RUNS),
    (unlisted_places._UNLISTED_AREA_RE, unlisted_places._CONTEXT_NOUN_RUNS),
    (unlisted_places._FRONT_RE, unlisted_places._OTHER_PLACE_RUNS),
    (unlisted_places._UNLISTED_SETTLEMENT_RE, unlisted_places._OTHER_PLACE_RUNS),
    (unlisted_places._UNLISTED_CAMP_RE, unlisted_places._OTHER_PLACE_RUNS),
    (place_references._DIRECTION_REFERENCE, unlisted_places._OTHER_PLACE_RUNS),
    (unlisted_places._UNLISTED_AREA_RE, unlisted_places._OTHER_PLACE_RUNS),
]


@QUICK
@given(_sentences)
@example("Shelling in the north-east went on.")
@example("Troops massed along their own eastern borders.")
@example("Minsk drills in regions that border Ukraine.")
@example("We will defend our skies.")
@example("Moldova has already TAKEN in 3 people and is home to refugees.")
@example("Fighting on the southern front-line and the eastern frontline.")
@example("Shells hit the small town of Velmora and the Ostvale refugee camp, Ostvale district, this axis.")
@example("The Brod border crossing and the Zarvitsa crossing point.")
def test_a_place_pattern_matches_only_where_its_word_is_a_run_of_letters(sentence: str) -> None:
    low = lowered(sentence)
    for pattern, runs in _GATES:
        if low is not None and pattern.search(sentence) is not None:
            assert holds_word(low, runs), (pattern.pattern[:40], sentence)


@QUICK
@given(_sentences)
@example("Fighting in this direction near the Ostvale community.")
def test_needs_place_context_answers_as_its_patterns(sentence: str) -> None:
    plain = ("direction" in sentence and place_references._DIRECTION_REFERENCE.search(sentence) is not None) or (
        unlisted_places._UNLISTED_AREA_RE.search(sentence) is not None
    )
    assert unlisted_places.needs_place_context(sentence) == plain


@QUICK
@given(_sentences)
@example("Shells hit the small town of Velmora and the Ostvale refugee camp on the southern front.")
def test_other_place_mentions_are_found_as_before(sentence: str) -> None:
    context = place_references.PlaceContext()
    plain = unlisted_places._other_place_mentions(sentence, 3, None, [])
    plain_with_context = unlisted_places._other_place_mentions(sentence, 3, context, [])
    low = lowered(sentence)
    if low is not None and not holds_word(low, unlisted_places._OTHER_PLACE_RUNS):
        assert plain == [] and plain_with_context == []


def test_a_place_in_no_outlet_name_is_not_asked_about() -> None:
    key = len(load_gazetteer().places)
    words = place_names._outlet_words(key)
    outlets = place_names._outlet_names(key)
    assert words == (frozenset() if outlets is None else outlets[1])
    for text in ["Kovar told France 24 on Monday", "Radio Free Europe said Kyiv", "The Times of Israel reported"]:
        for m in re.finditer(r"[A-Z][a-z]+", text):
            if m.group(0) not in words:
                assert not place_names._in_outlet_name(text, m.start(), m.end())


@QUICK
@given(_sentences)
@example("He told reporters in Velmora that the town of Ostvale in Ukraine was hit.")
@example("At a press conference in Kyiv, the mayor said Kharkiv was shelled.")
def test_a_mention_not_at_a_venue_is_not_said_at(sentence: str) -> None:
    for mention in places.find_places(sentence):
        if not places._at_venue(sentence, 0, mention):
            assert not place_scoring.said_at(sentence, mention.start, mention.end)
            assert place_scoring.place_score(sentence, 0, mention, True, True) == place_scoring.place_score(
                sentence, 0, mention
            )


_WORD_PIECES = ["Kyiv", "kyiv", "a", "Z", "'s", "’s", "-", ".", "..", "U.S.", "e.g.", " ", "  ", "\t", "\n",
                "\u2003", "\x1c", "\u00a0", "_", "9", "é", "Ω", "ǅ", "²", ",", "(", "’", "'", "x.y", "ſ",
                "\u212a", "İ"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=16).map("".join), st.integers(0, 40))
@example("  U.S.-led forces", 0)
@example("Kyiv's. next", 4)
@example("a.\u00b2b", 0)
def test_the_word_after_is_the_pattern_s(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    m = place_roles._WORD_AFTER_RE.match(text, pos)
    assert m is not None
    assert place_roles._word_after(text, pos) == (m.group(1), m.end())


def test_the_word_after_reads_every_code_point_as_the_pattern_does() -> None:
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        for text in (char + "x", "a" + char + "x", "a." + char):
            m = place_roles._WORD_AFTER_RE.match(text, 0)
            assert m is not None
            assert place_roles._word_after(text, 0) == (m.group(1), m.end()), hex(code)


_VERB_PIECES = ["accused", "urged", "the", "The", "thank", "bathe", "Accused", " ", "  ", "\t", "\n", "\u2003", "x",
                "é", ",", "Kovar", "of", "2", "-"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_VERB_PIECES), max_size=12).map("".join), st.integers(0, 30), st.integers(0, 60))
@example("they accused the ", 0, 17)
@example("ccused the ", 0, 11)
@example(", the ", 0, 6)
@example("urged\n", 0, 6)
@example("x bathe  ", 2, 9)
def test_the_verb_before_is_the_pattern_s(text: str, lo: int, end: int) -> None:
    end = min(end, len(text))
    lo = min(lo, end)
    m = place_roles._VERB_BEFORE.search(text, lo, end)
    assert place_roles._verb_before(text, lo, end) == (m.group(1) if m is not None else "")
