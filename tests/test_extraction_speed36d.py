"""Stop 36's speed round D finds exactly what the code it replaced finds.

- `prefilter.lowered`, `word_mask` and `vocabulary_hits` answer a text asked about just before from the answer kept
  for it (`LastText`, an identity test): the same answers as the plain forms, in any order of calls, and after a gate
  or a word set registered between two calls for the same text.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import prefilter
from claimtrack.extraction.prefilter import (
    ascii_words,
    letter_runs,
    lowered,
    vocabulary_hits,
    word_gate,
    word_mask,
)

QUICK = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PIECES = ("At the time", "at that time", "AT THE TIME OF", "later that year", "Earlier the same day", "that same week",
           "in that month", "a year earlier", "One day later", "the following day", "The next month", "the previous "
           "year", "a year", "said", "says", "told", "he", "the ministry", "Kyiv's", "’s", "“", "”", "-", "—", ",",
           ".", "2024-03-01", "1999-1", "20-0", "-07", "ſame", "tıme", "\u212aiev", "İ", "Σ", "é", "day-long", "week",
           "month", "Days", "yearly", "timely", " ", "  ", "\t")  # fmt: skip
_texts = st.lists(st.sampled_from(_PIECES), max_size=12).map(" ".join) | st.text(max_size=40)


def _plain_lowered(text: str) -> str | None:
    traps = ("\u0130", "\u0131", "\u017f", "\u212a", "\u03a3")
    return None if not text.isascii() and any(trap in text for trap in traps) else text.lower()


def _plain_mask(low: str) -> int:
    mask = 0
    for word in letter_runs(low).split():
        mask |= prefilter._WORD_BITS.get(word, 0)
    return mask


def _plain_hits(low: str, words: frozenset[bytes]) -> list[bytes]:
    prefilter._learn(words) if words not in prefilter._KNOWN_SETS else None
    return [word for word in letter_runs(low).split() if word in prefilter._VOCABULARY]


@QUICK
@given(st.lists(st.sampled_from(range(4)), min_size=1, max_size=12), _texts, _texts)
@example([0, 0, 1, 1, 0], "Kyiv's day", "ſame tıme")
def test_the_last_text_kept_answers_as_the_memos(order: list[int], first: str, second: str) -> None:
    # the same objects asked again (hits of the kept answer), and equal texts that are other objects
    texts = [first, second, "".join(list(first)), "".join(list(second))]
    words = ascii_words({"day", "time", "said"})
    for i in order:
        text = texts[i]
        assert lowered(text) == _plain_lowered(text)
        assert lowered(text) == _plain_lowered(text)
        low = text.lower()
        assert word_mask(low) == _plain_mask(low)
        assert word_mask(low) == _plain_mask(low)
        assert vocabulary_hits(low, words) == _plain_hits(low, words)
        assert vocabulary_hits(low, words) == _plain_hits(low, words)


def test_a_gate_or_words_registered_between_two_calls_change_the_answer() -> None:
    low = "the zarvitsa crossing"
    before = word_mask(low)
    assert word_mask(low) == before  # kept
    gate = word_gate(ascii_words({"zarvitsa"}))
    try:
        assert word_mask(low) == before | gate  # the kept answer was dropped with the masks
        hits = vocabulary_hits(low, ascii_words({"the"}))
        assert b"zarvitsa" not in hits and vocabulary_hits(low, ascii_words({"the"})) is hits  # kept
        assert b"zarvitsa" in vocabulary_hits(low, ascii_words({"zarvitsa"}))  # learnt: the kept hits were dropped
    finally:  # leave the registry as the modules made it
        prefilter._GATE_SETS.pop()
        prefilter._GATE_BITS.pop()
        for word, bits in list(prefilter._WORD_BITS.items()):
            prefilter._WORD_BITS[word] = bits & ~gate
        prefilter._WORD_BITS.pop(b"zarvitsa", None)
        prefilter._VOCABULARY.discard(b"zarvitsa")
        prefilter._KNOWN_SETS.discard(ascii_words({"zarvitsa"}))
        prefilter._forget_words()
    assert word_mask(low) == _plain_mask(low)
