"""Stop 37's place round (part C) finds exactly what the code it replaced finds.

- `_candidates` runs the non-ASCII guard's scan only where the lowercased sentence holds one of its letters'
  lowercase forms (`_alias_scan_gated`, `_holds_any`): a substring search each instead of a scan testing every
  character against a set;
- `_candidates` asks whether a word may start inside a hyphenated run (`_HYPHENATED_RUN`) by code, from one hyphen
  to the next (`_holds_hyphenated_run`);
- thirteen patterns that open with `\b` before a word are matched only where the lowercased sentence writes one of
  the stems their matches open with, after no word character (`place_phrases.search_word_starts`,
  `finditer_word_starts`), instead of a scan that entered the matcher at every character: the origin, comparison,
  rank, compass and care phrases, the possessive pronouns, an office before "of", an aside, nationals, a facility's
  site and a whole war;
- `_said_at_before` matches its pattern at each saying verb instead of searching from the first one;
- `place_phrases.clause_end` searches its pattern only where the window holds "that" or ";";
- `_coordinated` reads `_COORDINATION` by code (`_coordination_join`), `_name_mentions` the article before a
  settlement (`_article_before`);
- `gazetteer.pinned_environment` reads the lexicon variables from `os.environ`'s own dict (`lexicon_variables`);
- `place_phrases.in_comparison` looks for its stems in the window without `may_compare`'s scan of the sentence;
- `place_links.outside_speaker_titles` searches `_TITLE_RE` only in a speaker span holding a comma.
"""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import (
    place_links,
    place_mention,
    place_name_scan,
    place_names,
    place_phrases,
    place_roles,
    place_scoring,
    places,
    war_spans,
)
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
    gated = place_name_scan._alias_scan_gated(KEY)
    assert gated is not None and gated[1] is not None
    guard, letters = gated[1], gated[2]
    assert gated[:2] == place_name_scan._alias_scan(KEY)
    found = [chr(i) for i in range(0x80, 0x110000) if guard.match(chr(i)) is not None]
    assert found  # the gazetteer's Polish and Romanian names
    for char in found:
        low = lowered(char)
        assert low is None or place_name_scan._holds_any(low, letters), repr(char)


def _candidates_plain(sentence: str, key: int) -> list[tuple[int, int]]:
    """`place_name_scan._candidates` as it was: the guard's scan asked of every sentence that is not ASCII."""
    low = lowered(sentence)
    if low is None or ("-" in sentence and place_name_scan._HYPHENATED_RUN.search(sentence)):
        return [m.span() for m in place_name_scan._candidates_by_word(sentence, key)]
    scan = place_name_scan._alias_scan(key)
    if scan is not None and (scan[1] is None or sentence.isascii() or scan[1].search(sentence) is None):
        return place_name_scan._alias_spans(scan[0], low, key)
    spans: list[tuple[int, int]] = []
    pos = 0
    for w in place_name_scan._first_word_pattern(key).finditer(low):
        if w.start() < pos:
            continue
        m = place_name_scan._pattern_at(w.group(0), key).match(sentence, w.start())
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
    assert place_name_scan._candidates(sentence, KEY) == _candidates_plain(sentence, KEY)


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
        assert place_name_scan._candidates(sentence, KEY) == _candidates_plain(sentence, KEY), sentence


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
    "aside": (place_scoring._SECONDARY_RE, place_scoring._SECONDARY_STEMS),
    "nationals": (place_scoring._NATIONALS_OF, place_scoring._NATIONALS_STEMS),
    "facility": (place_scoring._FACILITY_SITE, place_scoring._FACILITY_STEMS),
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
    return place_scoring._SAID_AT_BEFORE.search(sentence, low, rel)


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
                found = place_scoring._said_at_before(sentence, low, rel)
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


# ---- step 2: a join read by code, the lexicon variables read from the environment's dict, an article by code, the
# comparison's stems looked for in its window, a title's comma ----

_JOIN_PIECES = [" ", "  ", "\n", "\t", ",", "and", "or", "the", "The", "an", "o", "a", "x", "andthe", "the ", "’", "-",
                "\u00a0", "\u2003", "AND"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_JOIN_PIECES), max_size=8), st.integers(0, 3), st.integers(0, 3))
@example([",", " ", "and", " ", "the", " "], 0, 0)
@example(["and", "the", " "], 0, 0)
@example(["or"], 0, 0)
@example([","], 0, 0)
@example(["the", " "], 0, 0)
@example(["\u00a0", ",", "\u2003", "or", "\n"], 0, 0)
def test_coordination_join_is_the_pattern_s(pieces: list[str], before: int, after: int) -> None:
    gap = "".join(pieces)
    sentence = "Kyiv" * before + gap + "Lviv" * after
    start, end = 4 * before, 4 * before + len(gap)
    m = place_roles._COORDINATION.fullmatch(sentence, start, end)
    plain = None if m is None or not (m.group(1) or m.group(2)) else ("and" if m.group(2) else ",")
    assert place_roles._coordination_join(sentence, start, end) == plain


def test_lexicon_variables_are_the_environment_s(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack.extraction import gazetteer

    def plain() -> dict[str, str]:
        return {var: os.environ.get(var, "") for var in gazetteer.LEXICON_VARIABLES}

    for var in gazetteer.LEXICON_VARIABLES:
        monkeypatch.delenv(var, raising=False)
    assert gazetteer.lexicon_variables() == plain()
    monkeypatch.setenv("CLAIMTRACK_PLACES", "/tmp/a.toml" + os.pathsep + "/tmp/b é.toml")
    monkeypatch.setenv("CLAIMTRACK_ACTORS", "")
    assert gazetteer.lexicon_variables() == plain()
    assert gazetteer.lexicon_variables()["CLAIMTRACK_PLACES"].endswith("b é.toml")
    monkeypatch.setattr(os, "environ", {"CLAIMTRACK_UNITS": "u.toml"})  # another mapping: read through `get`
    assert gazetteer.lexicon_variables() == plain() == {**dict.fromkeys(gazetteer.LEXICON_VARIABLES, ""),
                                                         "CLAIMTRACK_UNITS": "u.toml"}  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(["the", "The", "THE", "he", " ", "\n", "\u00a0", "x", "é", "-", "Kyiv", "bathe"]),
                max_size=8))  # fmt: skip
def test_article_before_is_the_pattern_s(pieces: list[str]) -> None:
    sentence = "".join(pieces) + "Dnipro"
    for start in range(len(sentence) + 1):
        plain = place_names._ARTICLE_BEFORE.search(sentence, max(0, start - 4), start) is not None
        assert place_names._article_before(sentence, start) == plain, (sentence, start)


def _in_comparison_plain(sentence: str, rel: int) -> bool:
    lo = max(0, rel - place_phrases._COMPARISON_REACH)
    return place_phrases._COMPARISON_BEFORE.search(sentence, lo, rel) is not None


@QUICK
@given(st.lists(st.sampled_from(_STEM_WORDS), min_size=1, max_size=20),
       st.lists(st.sampled_from(_STEM_GLUE), min_size=20, max_size=20))  # fmt: skip
@example(["in", "comparison", "with", "Iraq"], [" "] * 20)
@example(["higher", "than", "in", "Kyiv"], [" "] * 20)
@example(["In", "comparison", "to", "losses", "in", "Syria"], [" ", "\n"] * 10)
def test_in_comparison_is_the_window_s_search(words: list[str], glue: list[str]) -> None:
    sentence = "".join(w + g for w, g in zip(words, glue, strict=False))
    for rel in range(len(sentence) + 1):
        assert place_phrases.in_comparison(sentence, rel) == _in_comparison_plain(sentence, rel), (sentence, rel)


def _outside_speaker_titles_plain(
    sentence: str, offset: int, mentions: list[place_mention.PlaceMention], spans: list[tuple[int, int]]
) -> list[place_mention.PlaceMention]:
    titles = []
    for start, end in spans:
        m = place_links._TITLE_RE.search(sentence, start, end)
        if m is not None and not any(
            w.strip(".'’") in place_links._LOCAL_TITLE_WORDS for w in m.group(0).lower().split()
        ):
            titles.append((offset + m.start(), offset + m.end()))
    return [
        x
        for x in mentions
        if not any(s <= x.start < e for s, e in titles) or place_roles.names_local_office(sentence, offset, x)
    ]


def test_outside_speaker_titles_skips_the_spans_without_a_comma() -> None:
    for sentence in [
        "Admiral John Smith, the commander of US naval forces in Europe, said 40 ships were in the Black Sea.",
        "The governor of Sumy region said 4 were killed in Sumy.",
        "Oleh Syniehubov, the governor of Kharkiv region, said Kharkiv was shelled.",
        "Kyiv’s mayor said 2 died in Kyiv, the capital.",
    ]:
        mentions = places.find_places(sentence, 100)
        for spans in ([(0, len(sentence))], [(0, sentence.find(" said"))], [(0, 10), (20, 40)]):
            assert place_links.outside_speaker_titles(sentence, 100, mentions, spans) == _outside_speaker_titles_plain(
                sentence, 100, mentions, spans
            )


_RUN_PIECES = ["-", "Kyiv", "’", "'", ".", "s", "x", "2", "_", "é", " ", "Ł", "--", "-'", "\u00b2", "\u0663"]


@QUICK
@given(st.lists(st.sampled_from(_RUN_PIECES), max_size=16))
@example(["pro", "-", "Kyiv", "’", "s"])
@example(["-", "'", "'"])
@example(["-", "Kyiv", "."])
def test_holds_hyphenated_run_is_the_pattern_s_search(pieces: list[str]) -> None:
    sentence = _text(pieces)
    assert place_name_scan._holds_hyphenated_run(sentence) == (
        place_name_scan._HYPHENATED_RUN.search(sentence) is not None
    )
