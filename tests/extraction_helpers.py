"""Helpers shared by extraction tests: views of `extract_claims` output keyed the way tests assert on them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from claimtrack.extraction import extract_claims


def speakers_by_count(text: str, published: dt.date) -> dict[float, tuple[str | None, str | None]]:
    """Each claim's lower bound -> (its actor's name, its actor's kind); claims without a lower bound left out."""
    return {
        c.quantity.low: (c.actor.name if c.actor else None, c.actor.kind if c.actor else None)
        for c in extract_claims(text, published)
        if c.quantity is not None and c.quantity.low is not None
    }


def speakers_and_days_by_count(text: str, published: dt.date) -> dict[float, tuple[str | None, str | None]]:
    """Each claim's lower bound -> (its actor's name, its claim date in ISO form); claims without a lower bound out."""
    return {
        c.quantity.low: (c.actor.name if c.actor else None, c.claim_date.iso() if c.claim_date else None)
        for c in extract_claims(text, published)
        if c.quantity is not None and c.quantity.low is not None
    }


def language_cues_by_pattern(text: str) -> tuple[tuple[int, str | None, str], ...]:
    """The simple form of `confidence._scan_language_cues`: every language pattern searched over the whole text."""
    from claimtrack.extraction import confidence

    return tuple(
        (cred, term, reason) for pattern, _, cred, term, reason in confidence._LANGUAGE_RES if pattern.search(text)
    )


@contextmanager
def registered_word_gate(word: str) -> Iterator[int]:
    """A word gate for `word` (lowercase a-z) registered for the block, its bit given; after it, the prefilter's
    registry, vocabulary and memos are as the modules made them."""
    from claimtrack.extraction import prefilter

    words = prefilter.ascii_words({word})
    gate = prefilter.word_gate(words)
    try:
        yield gate
    finally:
        prefilter._GATE_SETS.pop()
        prefilter._GATE_BITS.pop()
        for run, bits in list(prefilter._WORD_BITS.items()):
            prefilter._WORD_BITS[run] = bits & ~gate
        prefilter._WORD_BITS.pop(word.encode(), None)
        prefilter._VOCABULARY.discard(word.encode())
        prefilter._KNOWN_SETS.discard(words)
        prefilter._forget_words()
