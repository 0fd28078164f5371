"""Stop 33's speed round C finds exactly what the code it replaced finds.

- `prefilter.vocabulary_hits` keeps a text's vocabulary runs in order, as often as written, and `word_spans` walks
  them instead of all of the text's runs: the same spans as the walk over `letter_words`.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import prefilter
from claimtrack.extraction.prefilter import ascii_words, letter_runs, letter_words, lowered

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


