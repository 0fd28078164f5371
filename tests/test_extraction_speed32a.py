"""Stop 32's speed round A finds exactly what the code it replaced finds.

- `confidence._scan_language_cues` matches each cue's pattern at the words a match can begin with
  (`_matches_at_words`) and scans the whole sentence only where one of the cue's substrings is written: every match
  of the pattern begins at such a word or holds such a substring, so the cues found are the patterns' own;
- `attribution._strip_setting` looks its pattern's last words up by the text's last run between whitespace (whitespace
  stands before each of them in the pattern) instead of 25 suffix tests: the pattern's substitution either way;
- `claim_dates._note_occasion` asks `names_an_occasion` only where one of its verbs is a whole run of letters (a bit of
  the sentence's word mask): every match of its pattern begins with one.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import attribution, claim_dates, confidence, date_carry
from claimtrack.extraction.prefilter import holds_gate, lowered
from tests.extraction_helpers import language_cues_by_pattern

QUICK = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_PIECES = ["reportedly", "unconfirmed", "purported", "purportedly", "allegedly", "could not be verified",
           "cannot independently verify", "unverified", "verify", "claim", "claims", "claimed", "claimant", "almost",
           "almost certainly", "certainly", "assess", "assessment", "believes", "probably", "likely", "thinks",
           "could", "may", "mayor", "might", "possibly", "perhaps", "expect", "expected", "will", "willing",
           "plan to", "plans to", "planned to", "plan", "set to", "set", "due to", "due", "forecast", "forecasters",
           "predicted", "estimate", "estimated", "officials", "said", "the", "to"]  # fmt: skip
_MARKS = [" ", "  ", "\t", "\n", ",", ", ", ". ", "-", "'", "’", "(", "é", "x", "2", "_", "ſ", "K", "\u0130", ""]
_piece = st.sampled_from(_PIECES).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title()]))
_texts = st.lists(st.one_of(_piece, st.sampled_from(_MARKS)), max_size=24).map("".join)


@QUICK
@given(_texts)
@example("It may plan to; claims, unverified, forecasters: an estimate, almost certainly, set to, due to")
@example("almost  certainly, almostcertainly, 2will, will_, willé, éwill, set_to, due  to, plans to2")
@example("the mayor's plane, willing claimants, estimated2, ıt will, maý, reportedly_, could not verify")
def test_language_cues_matched_at_their_words_are_the_patterns_own(text: str) -> None:
    plain = language_cues_by_pattern(text)
    assert confidence._scan_language_cues(text) == plain, text
    low = lowered(text)
    if low is None:
        return
    runs = [(m.start(), m.group().encode()) for m in re.finditer("[a-z]+", low)]
    for twin, (words, parts) in zip(confidence._LANGUAGE_TWINS, confidence._LANGUAGE_RUNS, strict=True):
        # each match begins at a whole run of a-z among the words, or holds a substring: what the scan relies on
        for m in twin.finditer(low):
            assert any(start == m.start() and word in words for start, word in runs) or any(
                part in m.group() for part in parts
            ), (text, m)
        assert confidence._matches_at_words(twin, low, words) == any(
            twin.match(low, start) is not None for start, word in runs if word in words
        )


_SETTING_PIECES = ["Lind", "who", "which", "in", "on", "a", "the", "his", "weekly", "briefing", "statement", "call",
                   "Telegram", "X", "TV", "social", "media", "Xwho", "LAX", "nemedia", "said"]  # fmt: skip
_SPACES = [" ", "  ", "\t", "\n", "\u2003", "\u00a0", ",", ", ", "-", ""]
_setting_texts = st.lists(st.one_of(st.sampled_from(_SETTING_PIECES), st.sampled_from(_SPACES)), max_size=16).map(
    "".join
)


@QUICK
@given(_setting_texts)
@example("Lind in a weekly briefing\u2003")
@example("officials, who ")
@example("officials,who ")
@example("the ministry on social \n media\t")
@example("Lind on LAX ")
@example("")
def test_setting_is_stripped_where_the_last_run_is_a_tail_word(text: str) -> None:
    """`_strip_setting` asks whether the last run between whitespace is one of the pattern's last words."""
    assert attribution._strip_setting(text) == attribution._SETTING_BEFORE.sub("", text), text


_OCCASION_PIECES = ["X", "Met", "met", "meets", "metres", "spoke", "spokesman", "visited", "attended", "addressed",
                    "appeared on", "appeared", "by", "the", "summit", "Tarvel", "MET"]  # fmt: skip
_occasion_texts = st.lists(st.one_of(st.sampled_from(_OCCASION_PIECES), st.sampled_from(_MARKS)), max_size=16).map(
    "".join
)


@QUICK
@given(_occasion_texts)
@example("Tarvel met2 the envoy; he spoke_ at the summit, metres away")
@example("Tarvel Met the envoy and later appeared on TV")
def test_occasion_verb_gate_lets_through_every_occasion(text: str) -> None:
    """`claim_dates._note_occasion` asks `names_an_occasion` only where one of its verbs is a run of letters."""
    low = lowered(text)
    if low is not None and date_carry.names_an_occasion(text):
        assert holds_gate(low, claim_dates._OCCASION_VERB_GATE), text
