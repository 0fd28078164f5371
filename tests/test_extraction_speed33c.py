"""Stop 33's speed round C finds exactly what the code it replaced finds.

- `prefilter.vocabulary_hits` keeps a text's vocabulary runs in order, as often as written, and `word_spans` walks
  them instead of all of the text's runs: the same spans as the walk over `letter_words`;
- `prefilter.document_may_hold` is `may_hold(lowered(text), needles)` without lowercasing a non-ASCII text.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import attribution, prefilter
from claimtrack.extraction.prefilter import ascii_words, document_may_hold, letter_runs, letter_words, lowered, may_hold

QUICK = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORDS = ["Velmor", "said", "says", "told", "the", "a", "an", "text", "speech", "Remarks", "statement", "of",
          "saidx", "asaid", "Ostrin's", "tHe", "é", "ÉTÉ", "Straße", "Σ", "ſaid", "K", "\u0130", "\u0131", "address",
          "12"]  # fmt: skip
_MARKS = [" ", "  ", "\t", "\n", "\u00a0", ",", ".", "-", "'", "’", "“", "x", "_", "?", "…", ""]
_word = st.sampled_from(_WORDS).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title()]))
_texts = st.lists(st.one_of(_word, _word, st.sampled_from(_MARKS)), max_size=24).map("".join)
_any = st.one_of(_texts, st.text(max_size=40))
_SETS = [ascii_words({"said", "told"}), ascii_words({"the", "a"}), ascii_words({"velmor", "saidx", "zorvany"})]


def _plain_spans(low: str, words: frozenset[bytes]) -> list[tuple[int, int]]:
    """The walk over every run of the text that `word_spans` did before."""
    runs = letter_runs(low)
    spans = []
    pos = 0
    for word in letter_words(low):
        if word in words:
            start = runs.find(word, pos)
            end = start + len(word)
            while start > 0 and runs[start - 1] != 32 or end < len(runs) and runs[end] != 32:  # inside a longer run
                start = runs.find(word, start + 1)
                end = start + len(word)
            spans.append((start, end))
            pos = end
    return spans


@QUICK
@given(_any)
@example("the said saidx said asaid the")
@example("Velmor’s velmor, VELMOR.the")
def test_word_spans_walk_the_vocabulary_runs_as_the_plain_walk(text: str) -> None:
    low = lowered(text)
    if low is None:
        return
    for words in _SETS:
        hits = prefilter.vocabulary_hits(low, words)
        assert hits == [run for run in letter_words(low) if run in prefilter._VOCABULARY]
        assert prefilter.word_spans(low, words) == _plain_spans(low, words)


@QUICK
@given(_any)
@example("The full TEXT of the address")
@example("ſpeech")
@example("tEXT’s")
@example("Straße Remarks")
def test_document_may_hold_is_may_hold_of_the_lowercase(text: str) -> None:
    for needles in (attribution._TRANSCRIPT_WORDS, ("said",), ("the", "a")):
        assert document_may_hold(text, needles) == may_hold(lowered(text), needles)


def test_transcript_words_are_lowercase_ascii_letters() -> None:
    """What `document_may_hold` needs of its needles: a "?" stands for every non-ASCII character."""
    assert all(word.isascii() and word.isalpha() and word.islower() for word in attribution._TRANSCRIPT_WORDS)
