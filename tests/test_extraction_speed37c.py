"""Stop 37's place round (part C) finds exactly what the code it replaced finds.

- `_candidates` runs the non-ASCII guard's scan only where the lowercased sentence holds one of its letters'
  lowercase forms (`_alias_scan_gated`, `_holds_any`): a substring search each instead of a scan testing every
  character against a set;
- `_region_named` enters `_REGION_OF_NAME` only after a comma or whitespace, in a sentence holding one of its nouns
  (`_may_name_region_after`);
- thirteen patterns that open with `\b` before a word are matched only where the lowercased sentence writes one of
  the stems their matches open with, after no word character (`place_phrases.search_word_starts`,
  `finditer_word_starts`), instead of a scan that entered the matcher at every character: the origin, comparison,
  rank, compass and care phrases, the possessive pronouns, an office before "of", an aside, nationals, a facility's
  site and a whole war;
- `_said_at_before` matches its pattern at each saying verb instead of searching from the first one;
- `place_phrases.clause_end` searches its pattern only where the window holds "that" or ";".
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import place_links, place_phrases, places, war_spans
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.prefilter import lowered

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KEY = len(load_gazetteer().places)

# pieces of text with the traps the shortcuts must keep: case, curly quotes and apostrophes, non-ASCII letters
# (the guard's own, in either case, and others), the characters IGNORECASE folds onto ASCII ones, hyphens,
# possessives, whitespace other than a space
_TRAPS = ["’", "'s", "’s", "“", "”", "-", "–", " ", "  ", "\n", "\t", ",", ".", ";", "(", "é", "ł", "Ł", "ó",
          "Ó", "ś", "Ś", "ü", "Ü", "ț", "Ț", "ș", "Ș", "\u0130", "\u0131", "\u017f", "\u212a", "\u03a3", "ß",
          "2", "x"]  # fmt: skip


def _text(pieces: list[str]) -> str:
    return "".join(pieces)


# ---- the non-ASCII guard asked only where the lowercased sentence holds a lowercase letter of it ----


def test_the_guard_s_letters_are_in_the_lowercase_of_every_character_it_finds() -> None:
    """Every character the guard finds (in a text `lowered` can lowercase) lowercases to a text holding one of the
    gated characters: where none is in the lowercased sentence, the guard finds nothing. Asked of every code point
    (the guard matches one character at a time)."""
    gated = places._alias_scan_gated(KEY)
    assert gated is not None and gated[1] is not None
    guard, letters = gated[1], gated[2]
    assert gated[:2] == places._alias_scan(KEY)
    found = [chr(i) for i in range(0x80, 0x110000) if guard.match(chr(i)) is not None]
    assert found  # the gazetteer's Polish and Romanian names
    for char in found:
        low = lowered(char)
        assert low is None or places._holds_any(low, letters), repr(char)


def _candidates_plain(sentence: str, key: int) -> list[tuple[int, int]]:
    """`places._candidates` as it was: the guard's scan asked of every sentence that is not ASCII."""
    low = lowered(sentence)
    if low is None or ("-" in sentence and places._HYPHENATED_RUN.search(sentence)):
        return [m.span() for m in places._candidates_by_word(sentence, key)]
    scan = places._alias_scan(key)
    if scan is not None and (scan[1] is None or sentence.isascii() or scan[1].search(sentence) is None):
        return places._alias_spans(scan[0], low, key)
    spans: list[tuple[int, int]] = []
    pos = 0
    for w in places._first_word_pattern(key).finditer(low):
        if w.start() < pos:
            continue
        m = places._pattern_at(w.group(0), key).match(sentence, w.start())
        if m:
            pos = m.end()
            spans.append(m.span())
    return spans


_NAME_PIECES = ["Łódź", "ŁÓDŹ", "łódź", "Kraków", "KRAKÓW", "Gdańsk", "GDAŃSK", "Chișinău", "CHIȘINĂU", "Köln",
                "Türkiye", "TÜRKIYE", "Côte d'Ivoire", "Côte d’Ivoire", "Kyiv", "kyiv", "Russia", "Ukraine", "Poland",
                "the", "The", "in", "near", "said", "Lwów", "Suwałki Gap", "Przemyśl", "Bălți", "Nowa Dęba",
                "Kharkiv-based", "Kyiv's", "Moscow’s", "Sumy oblast", "Rzeszów"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_NAME_PIECES + _TRAPS), max_size=24))
@example(["in", " ", "Łódź", ",", " ", "Poland", "’s", " ", "Kyiv"])
@example(["“", "Kyiv", "”", " ", "said", " ", "Kraków"])
@example(["“", "Kyiv", "”", " ", "ŁÓDŹ"])
@example(["\u212a", "yiv", " ", "ó"])
def test_candidates_are_those_of_the_guard_asked_of_every_sentence(pieces: list[str]) -> None:
    sentence = _text(pieces)
    assert places._candidates(sentence, KEY) == _candidates_plain(sentence, KEY)


def test_candidates_of_sentences_with_and_without_the_guard_s_letters() -> None:
    for sentence in [
        "Officials in “Kraków” and Rzeszów said on Monday",
        "Officials in “Krakow” and Rzeszow said on Monday",
        "The ‘Kyiv’ office — in Ukraine’s capital — said",
        "TÜRKIYE’S foreign ministry and Ukraine’s",
        "A drone hit Przemyśl, Poland’s border town",
        "PRZEMYŚL was hit",
        "Bălți, Moldova’s second city",
    ]:
        assert places._candidates(sentence, KEY) == _candidates_plain(sentence, KEY), sentence


# ---- `_REGION_OF_NAME` entered only after a comma or whitespace, with one of its nouns in the sentence ----

_REGION_PIECES = ["Kursk", "Belgorod", "Bryansk", "Kharkiv", "region", "regions", "Regions", "oblasts", "OBLASTS",
                  "provinces", "direction", "Direction", "sector", "axis", "border", "border region", "and", "or",
                  "the", "south", "regionsx", "sub-sector", "axis-wide"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_REGION_PIECES + _TRAPS), max_size=24))
@example(["Kursk", " ", "and", " ", "Bryansk", " ", "regions"])
@example(["Kursk", ",", " ", "Belgorod", " ", "and", " ", "Bryansk", " ", "oblasts"])
@example(["Kursk", "\n", "border", "\t", "region"])
@example(["Kursk", " ", "direction", "’s"])
def test_the_region_gate_says_no_only_where_the_pattern_does_not_match(pieces: list[str]) -> None:
    sentence = _text(pieces)
    for end in range(len(sentence) + 1):
        if places._REGION_OF_NAME.match(sentence, end) is not None:
            assert places._may_name_region_after(sentence, end), (sentence, end)


# ---- patterns matched where the lowercased sentence writes a stem their matches open with ----

_STEM_PATTERNS = {
    "origin": (place_phrases._ORIGIN_BEFORE, place_phrases._ORIGIN_STEMS),
    "launch area": (place_phrases._LAUNCH_AREA_BEFORE, place_phrases._LAUNCH_STEMS),
    "comparison": (place_phrases._COMPARISON_BEFORE, place_phrases._COMPARISON_STEMS),
    "rank": (place_phrases._RANK_FRAME_BEFORE, place_phrases._RANK_FRAME_STEMS),
    "compass": (place_phrases._COMPASS_RE, place_phrases._COMPASS_LEADS),
    "care": (place_phrases._CARE_DESTINATION_BEFORE, place_phrases._CARE_STEMS),
    "care move": (place_phrases._CARE_MOVE_BEFORE, place_phrases._MOVED_STEMS),
    "pronoun": (place_links._PRONOUN_PLACE_RE, place_links._PRONOUN_STEMS),
    "office of": (place_links._OFFICE_OF_BEFORE, place_links._NATIONAL_OFFICE_STEMS),
    "aside": (places._SECONDARY_RE, places._SECONDARY_STEMS),
    "nationals": (places._NATIONALS_OF, places._NATIONALS_STEMS),
    "facility": (places._FACILITY_SITE, places._FACILITY_STEMS),
    "whole war": (war_spans._WHOLE_WAR, war_spans._WHOLE_WAR_STEMS),
}

_STEM_WORDS = ["crossed", "Crossing", "CROSSES", "arrived", "entering", "came", "coming", "returned", "fled", "Fleeing",
               "refugees", "evacuees", "migrants", "arrivals", "asylum-seekers", "asylum", "seekers", "launched",
               "fired", "firing", "dropped", "took", "off", "taking", "drones", "UAVs", "missiles", "Shaheds", "from",
               "over", "above", "bombers", "strategic", "exceeds", "surpassed", "outnumbered", "eclipsing",
               "compared", "with", "comparison", "than", "those", "losses", "the", "The", "THE", "its", "Its",
               "their", "whose", "largest", "worst", "most", "deadly", "crisis", "in", "In", "on", "across",
               "throughout", "south", "north-east", "east", "of", "and", "or", "taken", "brought", "rushed", "flown",
               "moved", "evacuated", "admitted", "to", "into", "hospital", "hospitals", "a", "local", "burns", "unit",
               "medical", "facility", "for", "treatment", "own", "entire", "southern", "border", "borders",
               "territory", "airspace", "President", "president", "Vice", "vice-president", "Prime", "Minister",
               "ministers", "Foreign", "Defence", "defense", "Head", "State", "leaders", "counterpart", "ex",
               "former", "addition", "as", "well", "besides", "apart", "not", "mention", "citizens", "Nationals",
               "natives", "passport", "holders", "plant", "factory", "steelworks", "airfield", "airport", "refinery",
               "near", "at", "outside", "since", "war", "began", "start", "full-scale", "invasion", "first", "year",
               "decade", "2014", "February", "Kyiv", "Ukraine", "Russia", "Turkey", "city", "town", "within",
               "interest", "theme", "cross-border", "taxis", "pretexts", "exceedingly", "sinceX"]  # fmt: skip
_STEM_GLUE = [" ", " ", " ", "  ", "\n", ",", ".", "-", "’", "'s", "“", "”", "é", "ł", "\u212a", "\u017f", "\u0131",
              "2"]  # fmt: skip


def _windows(size: int) -> list[tuple[int, int]]:
    return [(0, size), (size // 3, size), (0, 2 * size // 3), (size // 4, 3 * size // 4), (size // 2, size)]


@QUICK
@given(
    st.sampled_from(sorted(_STEM_PATTERNS)),
    st.lists(st.sampled_from(_STEM_WORDS), min_size=1, max_size=16),
    st.lists(st.sampled_from(_STEM_GLUE), min_size=16, max_size=16),
)
@example("origin", ["refugees", "who", "crossed", "from", "Ukraine"], [" "] * 16)
@example("launch area", ["missiles", "launched", "from", "strategic", "bombers", "over", "the"], [" "] * 16)
@example("comparison", ["exceeds", "U.S.", "losses", "in"], [" "] * 16)
@example("rank", ["the", "largest", "crisis", "in", "the"], [" "] * 16)
@example("compass", ["in", "the", "south", "and", "across", "the", "east"], [" "] * 16)
@example("care", ["taken", "to", "hospital", "in"], [" "] * 16)
@example("pronoun", ["along", "its", "own", "southern", "border"], [" "] * 16)
@example("office of", ["the", "vice-president", "of"], [" "] * 16)
@example("aside", ["in", "addition", "to", "Kyiv", "as", "well", "as"], [" "] * 16)
@example("nationals", ["passport", "holders", "of", "the"], [" "] * 16)
@example("facility", ["plant", "near", "the", "city"], [" "] * 16)
@example("whole war", ["since", "the", "full-scale", "invasion", "began"], [" "] * 16)
@example("whole war", ["in", "the", "first", "year", "of", "the", "war"], [" ", "\n"] * 8)
def test_stem_searches_are_the_pattern_s_searches(name: str, words: list[str], glue: list[str]) -> None:
    """`search_word_starts` finds the match `search` finds (the same span and groups) in every window, and
    `finditer_word_starts` the matches of `finditer`, for each pattern and its stems."""
    pattern, stems = _STEM_PATTERNS[name]
    sentence = "".join(w + g for w, g in zip(words, glue, strict=False))
    low = lowered(sentence)
    if low is None:
        return
    for start, end in _windows(len(sentence)):
        plain = pattern.search(sentence, start, end)
        found = place_phrases.search_word_starts(pattern, sentence, low, stems, start, end)
        assert (found and (found.span(), found.groups())) == (plain and (plain.span(), plain.groups()))
        every = [(m.span(), m.groups()) for m in pattern.finditer(sentence, start, end)]
        assert [(m.span(), m.groups()) for m in place_phrases.finditer_word_starts(
            pattern, sentence, low, stems, start, end)] == every  # fmt: skip


def _origin_start_plain(sentence: str, rel: int) -> int:
    if "from" not in sentence[max(0, rel - 90) : rel]:
        return -1
    lo = max(0, rel - 90)
    m = place_phrases._ORIGIN_BEFORE.search(sentence, lo, rel) or place_phrases._LAUNCH_AREA_BEFORE.search(
        sentence, lo, rel
    )
    return m.start() if m is not None else -1


def _said_at_before_plain(sentence: str, low: int, rel: int) -> re.Match[str] | None:
    return places._SAID_AT_BEFORE.search(sentence, low, rel)


_PHRASED = [
    "Some 2,000 refugees who crossed from Ukraine into Poland were counted, the ministry said.",
    "Cruise missiles launched from strategic bombers over the Caspian Sea hit Kyiv.",
    "The toll exceeds U.S. losses in Iraq and is higher than in Afghanistan, compared with Syria.",
    "It is the fastest exodus in Europe since the Second World War, their worst in the region.",
    "Shelling in the south and across the east went on; in the South of the city it did not.",
    "Nine were taken to hospital in Dnipro and two were flown to Lviv for treatment.",
    "Russia has massed troops along its own southern border and near their territory.",
    "He met the President of Turkey and the vice-president of Ukraine, the Minister of Foreign Affairs of Poland.",
    "Shelling hit Kharkiv, in addition to strikes in Sumy, as well as Odesa, not to mention Kherson.",
    "About 300 citizens of Ukraine and passport holders of the UK were evacuated.",
    "A blast at the Azovstal steelworks in Mariupol and a plant near Sumy.",
    "Some 9,000 have been killed since the war began, and in the first year of the war 500 died.",
    "He told reporters in Warsaw, she said in an interview with AFP in Oslo, and he spoke at a briefing in Kyiv.",
    "THE PRESIDENT OF TURKEY said ’its’ borders are “closed” in Łódź, said the ex-president of Georgia.",
]


def test_the_phrases_read_as_the_plain_patterns_read_them() -> None:
    for sentence in _PHRASED:
        for rel in range(len(sentence) + 1):
            assert place_phrases.origin_start(sentence, rel) == _origin_start_plain(sentence, rel), (sentence, rel)
            for low in (0, max(0, rel - 100)):
                plain = _said_at_before_plain(sentence, low, rel)
                found = places._said_at_before(sentence, low, rel)
                assert (found and found.span()) == (plain and plain.span()), (sentence, low, rel)
            if rel < len(sentence):
                plain_end = place_phrases._NEXT_REPORTED_CLAUSE.search(sentence, rel, len(sentence))
                assert place_phrases.clause_end(sentence, rel, len(sentence)) == (
                    plain_end.start() if plain_end is not None else len(sentence)
                )
        assert place_phrases.compass_parts(sentence) == [
            (m.start("part"), m.end(), m.group("side").replace("-", ""))
            for m in place_phrases._COMPASS_RE.finditer(sentence)
        ]


@QUICK
@given(st.lists(st.sampled_from(_STEM_WORDS + _TRAPS), max_size=30))
@example(["said", " ", "that", " ", "Kyiv", ",", " ", "and", " ", "that", " ", "Lviv", ";", " ", "x"])
def test_clause_end_is_the_pattern_s_start(pieces: list[str]) -> None:
    sentence = _text(pieces)
    for rel in range(len(sentence)):
        plain = place_phrases._NEXT_REPORTED_CLAUSE.search(sentence, rel, len(sentence))
        assert place_phrases.clause_end(sentence, rel, len(sentence)) == (
            plain.start() if plain is not None else len(sentence)
        )
