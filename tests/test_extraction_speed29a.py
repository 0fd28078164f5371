"""Stop 29's speed round A finds exactly what the code it replaced finds.

- `holds_word`, `word_spans` and `words_among` look a word set up among a text's runs of a-z that are in the
  vocabulary (every word set asked about so far), remembered per text, instead of among all of its runs;
- `find_counts` asks whether an open noun may be read before it scans for a counted noun; vague amounts are scanned
  for from one non-word character to the next (a lowercase twin), and a running total put first only where its verb
  is a run of letters.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import count_phrases, noun_first_counts, prefilter, quantities
from claimtrack.extraction.prefilter import ascii_words, holds_word, letter_words, lowered, word_spans, words_among

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_POOL = ["a", "an", "the", "in", "said", "says", "there", "then", "them", "ten", "tens", "town", "is", "it"]
_PIECES = [*_POOL, " ", "  ", "\t", "\n", ",", ".", "-", "'", "’", "é", "x", "7", "_", "The", "SAID"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join).map(str.lower)
_word_sets = st.lists(st.frozensets(st.sampled_from(_POOL), max_size=6), min_size=1, max_size=5)


def _plain_spans(low: str, words: frozenset[bytes]) -> list[tuple[int, int]]:
    """What `word_spans` stands for: the whole runs of a-z that are among `words`, in order."""
    return [m.span() for m in re.finditer("[a-z]+", low) if m.group().encode("ascii") in words]


@QUICK
@given(_texts, _word_sets)
@example("the town said then", [frozenset({"said"}), frozenset({"town", "then"}), frozenset({"the"})])
@example("said a them an", [frozenset({"a", "an", "them"}), frozenset({"them"})])
def test_word_lookups_find_what_the_runs_of_letters_hold(low: str, sets: list[frozenset[str]]) -> None:
    # each set is asked about twice: once as a word set new to the vocabulary (the remembered runs are dropped
    # when it brings a word), once as a known one
    for words in [ascii_words(s) for s in sets] * 2:
        spans = _plain_spans(low, words)
        assert word_spans(low, words) == spans
        assert holds_word(low, words) == bool(spans)
        assert words_among(low, words) == {low[s:e] for s, e in spans}


def test_a_word_set_learnt_after_a_text_was_read_is_found_in_it() -> None:
    low = "the quartermaster counted zebras in the yard"
    assert not holds_word(low, ascii_words({"giraffes"}))  # the text's runs in the vocabulary are remembered
    late = ascii_words({"zebras", "yard"})  # words the vocabulary had not held
    assert holds_word(low, late)
    assert word_spans(low, late) == [(26, 32), (40, 44)]
    assert set(letter_words(low)) >= set(prefilter.vocabulary_hits(low, late))


def test_known_word_sets_stay_bounded() -> None:
    for i in range(prefilter.MEMO_SIZE + 10):
        holds_word("a b", frozenset({b"w%d" % i}))  # a set built anew for each text
    assert len(prefilter._KNOWN_SETS) <= prefilter.MEMO_SIZE


# ---- the patterns of counts named before or around their number ----

_PHRASE_PIECES = ["the", "The", " ", "  ", "\n", "number", "NUMBER", "numbers", "of", "people", "soldiers", "killed",
                  "reached", "rose to", "is", "at", "12", "3,000", "thousands", "hundreds", "of", "dozens", "a few",
                  "several", "tens", "scores", "a number of", "bringing", "brought", "to", "taking", "took", "raised",
                  "total", "tally", "x", "-", ",", ".", "é", "İ", "ſ", "K", "“", "’"]  # fmt: skip
_phrase_texts = st.lists(st.sampled_from(_PHRASE_PIECES), max_size=30).map("".join)


@QUICK
@given(_phrase_texts)
@example("The number of people killed reached 3,000, the NUMBER of soldiers is 12 and numbers of them")
@example("thousands of soldiers, a few hundred people, several tens of thousands of people; hundreds")
def test_vague_scan_and_running_total_gate_find_what_their_patterns_find(text: str) -> None:
    low = lowered(text)
    vague = prefilter.finditer_lowered(count_phrases._VAGUE_RE, count_phrases._VAGUE_SCAN, text, low)
    assert _match_spans(vague) == _match_spans(count_phrases._VAGUE_RE.finditer(text))
    if noun_first_counts._TOTAL_FIRST_RE.search(text):  # the verb of a running total first is a run of letters
        assert low is None or holds_word(low, noun_first_counts._RUNNING_TOTAL_VERBS)


def test_a_running_total_first_is_found_behind_its_verb() -> None:
    text = "The strike killed 3, bringing to 41 the number of people killed in the region"
    assert [c.low for c in quantities.find_counts(text)] == [3, 41]


def _match_spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]
