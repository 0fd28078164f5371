"""Stop 30's speed round B finds exactly what the code it replaced finds.

- `place_name_scan._alias_spans` reads a one-word alias followed by a plain stop itself (`_one_word_alias_end`): where
  it answers, the alias scan's pattern matches there with that end; `_alias_spans` gives the scan's spans;
- `in_comparison` reads whether the sentence holds a comparison word from `may_compare`, remembered per sentence;
- `dates_earlier_words` tries `_SPEAKER_FIRST` only where one of its verbs is a run of letters of the sentence: every
  match passes that gate;
- `_claims_of` leaves out of the further-count needles those of the pronoun parts, found absent just before.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import date_carry, place_name_scan, place_phrases, quantities
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.prefilter import holds_gate, lowered, may_hold, word_spans
from claimtrack.extraction.quantities import FURTHER_WORDS, PRONOUN_PART_WORDS

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KEY = len(load_gazetteer().places)
_ONE_WORD = sorted(place_name_scan._one_word_stops(KEY))
_LONGER = ["Kyiv Oblast", "Kyiv-based", "Ukraine's east", "U.S.", "the Hague", "New York", "Russian Federation"]
_MARKS = [" ", "  ", "\t", "\n", ",", ";", ":", ")", "(", "?", "!", '"', "“", "”", ".", "..", "'", "’", "'s", "’s",
          "-", "_", "2", "é", "x", "s", "S"]  # fmt: skip
_piece = st.sampled_from(_ONE_WORD[::5] + _LONGER + ["Kyiv", "Ukraine", "Moldova", "Velmora"]).flatmap(
    lambda w: st.sampled_from([w, w.lower(), w.upper(), w.title()])
)
_texts = st.lists(st.one_of(_piece, st.sampled_from(_MARKS)), max_size=24).map("".join)


def test_one_word_stops_leave_out_what_a_longer_alias_goes_on_with() -> None:
    stops = place_name_scan._one_word_stops(KEY)
    assert "kyiv" in stops and " " not in stops["kyiv"] and "," in stops["kyiv"]
    assert "'" not in stops["ukraine"] and "’" not in stops["ukraine"] and " " in stops["ukraine"]
    assert "the" not in stops  # no alias by itself


@QUICK
@given(_texts)
@example("Kyiv, Kyiv. Kyiv's (Kyiv) “Kyiv” Kyiv’s, Kyiv")
@example("kyiv's. ukraine's east, moldova's-x moldova'sx moldova. x moldova.. -moldova 2moldova")
@example("Moldova")
def test_one_word_alias_end_is_the_scan_match(text: str) -> None:
    low = lowered(text)
    scan = place_name_scan._alias_scan(KEY)
    runs = place_name_scan._alias_first_runs(KEY)
    if low is None or scan is None or runs is None:
        return
    stops = place_name_scan._one_word_stops(KEY)
    for start, end in word_spans(low, runs):
        word = low[start:end]
        if word in stops:
            found = place_name_scan._one_word_alias_end(low, start, end, stops[word])
            if found >= 0:
                m = scan[0].pattern.match(low, start)
                assert m is not None and m.span() == (start, found), (text, word)
    assert list(place_name_scan._alias_spans(scan[0], low, KEY)) == list(scan[0].spans(low))


@QUICK
@given(st.lists(st.sampled_from(["exceeds", "than", "compared", "Kyiv", "Moldova", " ", ", ", "losses", "in"]),
                max_size=16).map("".join))  # fmt: skip
def test_in_comparison_holds_only_where_may_compare(text: str) -> None:
    for rel in range(len(text) + 1):
        assert not place_phrases.in_comparison(text, rel) or place_phrases.may_compare(text)
    assert place_phrases.may_compare(text) == may_hold(lowered(text), place_phrases._COMPARISON_WORDS)


_DATED = st.lists(
    st.sampled_from(
        [
            "He",
            "Petrov",
            "The minister",
            "the",
            " ",
            "  ",
            "\t",
            "made",
            "MADE",
            "remade",
            "gave",
            "posted",
            "spoke",
            "spoken",
            "speaking",
            "was",
            "were",
            "talking",
            "writing",
            "comments",
            "remarks",
            "his",
            "on Monday",
            ".",
            ",",
            "-",
            "é",
            "2",
            "İ",
        ]
    ),  # fmt: skip
    max_size=14,
).map("".join)


@QUICK
@given(_DATED)
@example("He made the comments Thursday.")
@example("Petrov was  speaking to reporters.")
@example("The minister spoke-")
def test_speaker_first_matches_only_where_its_gate_holds(text: str) -> None:
    stripped = text.lstrip(" \"'“‘")
    whole = lowered(text)
    if date_carry._SPEAKER_FIRST.match(stripped) and whole is not None:
        assert holds_gate(whole, date_carry._SPEAKER_FIRST_GATE)


def test_dates_earlier_words_still_reads_its_sentences() -> None:
    assert date_carry.dates_earlier_words("Velko made the remarks on Tuesday.") == ("Velko", 22)
    assert date_carry.dates_earlier_words("Velko remade the remarks on Tuesday.") is None  # near miss


def test_further_needles_without_the_pronoun_parts() -> None:
    assert set(quantities._FURTHER_NOT_PRONOUN_WORDS) == set(FURTHER_WORDS) - set(PRONOUN_PART_WORDS)
