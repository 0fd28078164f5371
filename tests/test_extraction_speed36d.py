"""Stop 36's speed round D finds exactly what the code it replaced finds.

- `prefilter.lowered`, `word_mask` and `vocabulary_hits` answer a text asked about just before from the answer kept
  for it (`LastText`, an identity test): the same answers as the plain forms, in any order of calls, and after a gate
  or a word set registered between two calls for the same text.
- `date_carry.told_time_phrase` scans the lowercase twin of `_TOLD_TIME` from word start to word start: the matches
  are those of `_TOLD_TIME.finditer`, and the phrase found is the one the plain loop finds.
- `claim_dates._holds_iso_date` is `_ISO_DATE.search(text) is not None` (the hyphen and "-0"/"-1" tests only gate it).
- `prefilter.words_among` looks the hits up one by one: the set `words.intersection(hits)` gave, decoded.
- `dates._MONTH_ABBREVIATION_STOP` and `date_carry._NAME_WORD`, compiled once, find what `re.search` and
  `re.findall` with their sources found.
"""

from __future__ import annotations

import re

from extraction_helpers import registered_word_gate
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import claim_dates, date_carry, dates, prefilter
from claimtrack.extraction.prefilter import (
    ascii_words,
    letter_runs,
    lowered,
    vocabulary_hits,
    word_mask,
    words_among,
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
    with registered_word_gate("zarvitsa") as gate:
        assert word_mask(low) == before | gate  # the kept answer was dropped with the masks
        hits = vocabulary_hits(low, ascii_words({"the"}))
        assert b"zarvitsa" not in hits and vocabulary_hits(low, ascii_words({"the"})) is hits  # kept
        assert b"zarvitsa" in vocabulary_hits(low, ascii_words({"zarvitsa"}))  # learnt: the kept hits were dropped
    assert word_mask(low) == _plain_mask(low)


def _plain_told_time_phrase(text: str, cue_start: int, cue_end: int) -> tuple[str, int, int] | None:
    """`told_time_phrase` as it was written before: `_TOLD_TIME.finditer(text)`."""
    for m in date_carry._TOLD_TIME.finditer(text):
        if m.group("unit") is None and m.group("shifted") is None:
            return "", 0, m.start()
        fronted = m.end() <= cue_start and date_carry._fronted(text[: m.start()])
        on_cue = 0 <= m.start() - cue_end <= date_carry._AFTER_CUE_REACH
        if not (fronted or on_cue):
            continue
        if m.group("unit") is not None:
            return m.group("unit").lower(), 0, m.start()
        step = " ".join(m.group("step").lower().split())
        way = (m.group("way") or "").lower()
        if step in ("a", "one") and not way:
            continue
        back = step == "the previous" or way in date_carry._BACK_WAYS
        return m.group("shifted").lower(), -1 if back else 1, m.start()
    return None


@QUICK
@given(_texts, st.integers(0, 60), st.integers(0, 8))
@example("Later that year, the ministry said", 21, 4)
@example("the ministry said a year later", 13, 4)
@example("He said AT THE TIME OF the strike", 3, 4)
@example("Kyiv's troops left a day later, he said", 34, 4)
@example("ſame tıme, he said tHe FoLLoWiNg   day", 14, 4)
def test_told_time_phrase_finds_what_the_plain_scan_finds(text: str, cue_start: int, length: int) -> None:
    assert [m.span() for m in prefilter.finditer_lowered(
        date_carry._TOLD_TIME, date_carry._TOLD_TIME_SCAN, text, lowered(text)
    )] == [m.span() for m in date_carry._TOLD_TIME.finditer(text)]  # fmt: skip
    cue_end = cue_start + length
    assert date_carry.told_time_phrase(text, cue_start, cue_end) == _plain_told_time_phrase(text, cue_start, cue_end)


@QUICK
@given(_texts | st.text(alphabet="0129-– ", max_size=20))
@example("on 2024-03-01 the")
@example("2024-13-01")
@example("1999-1-01")
@example("2020—01-01")
def test_holds_iso_date_is_the_iso_search(text: str) -> None:
    assert claim_dates._holds_iso_date(text) == (claim_dates._ISO_DATE.search(text) is not None)


@QUICK
@given(_texts, st.sets(st.sampled_from(("day", "days", "time", "year", "said", "the", "s", "kyiv", "same", "ago"))))
@example("Kyiv's day-long day, DAYS ago", {"day", "s", "kyiv"})
def test_words_among_is_the_intersection_of_the_runs(text: str, chosen: set[str]) -> None:
    words = ascii_words(chosen)
    low = text.lower()
    plain = {word.decode("ascii") for word in words.intersection(letter_runs(low).split())}
    assert words_among(low, words) == plain


@given(_texts | st.sampled_from(("on Nov.", "Sept.", "in Sept.", "xNov.", "May.", "Dec. ", "the 3rd of Oct.")))
def test_compiled_patterns_find_what_their_sources_found(text: str) -> None:
    source = r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$"
    assert (dates._MONTH_ABBREVIATION_STOP.search(text) is None) == (re.search(source, text) is None)
    low = text.lower()
    assert date_carry._NAME_WORD.findall(low) == re.findall(r"[a-z][\w'’-]{3,}", low)
