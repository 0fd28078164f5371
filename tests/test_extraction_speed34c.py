"""Stop 34's speed round C finds exactly what the code it replaced finds.

- `quantities._count_matches` scans for counts only from the first place a count may begin before each anchor
  (`StartScan.spans_near`): the matches of `_COUNT_RE.finditer` on the sentence, groups and all.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import quantities
from claimtrack.extraction.prefilter import StartScan, chunks_back, lowered

QUICK = settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORDS = ["five", "six", "twenty", "hundred", "a", "an", "estimated", "quarter", "of", "million", "and", "half",
          "to", "or", "more", "than", "at", "least", "not", "in", "the", "region", "up", "dozen", "couple", "over",
          "some", "fivetosix", "twentyorthirty", "hundredto", "a-quarter", "killed", "soldiers", "1,200", "30", "5",
          "٣", "Σ", "ſix", "é", "plus", "thirds", "tenths", "nearly", "almost", "between", "excess", "no",
          "fewer"]  # fmt: skip
_MARKS = [" ", " ", " ", "  ", "\t", "\n", "\u00a0", ",", ".", "-", "–", "'", "\"", "“", "”", "(", "$", "/", ":", ""]
_word = st.sampled_from(_WORDS).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title()]))
_texts = st.lists(st.one_of(_word, _word, st.sampled_from(_MARKS)), max_size=30).map("".join)


def _same_matches(sentence: str) -> None:
    low = lowered(sentence)
    plain = [(m.span(), m.groupdict()) for m in quantities._COUNT_RE.finditer(sentence)]
    assert [(m.span(), m.groupdict()) for m in quantities._count_matches(sentence, low)] == plain
    if low is not None:
        assert quantities._COUNT_TWIN_SCAN.spans_near(
            low, quantities._count_anchors(sentence, low), quantities._COUNT_REACH
        ) == list(quantities._COUNT_TWIN_SCAN.spans(low))


@QUICK
@given(_texts)
@example("They said fivetosix soldiers and twentyorthirty more were killed")
@example("in the region of a quarter of a million people; not more than \u201c5 soldiers")
@example("some a-quarter of a million, up to a hundredto five, half a dozen")
@example("5")
@example("a hundred")
def test_count_matches_are_those_of_the_plain_scan(sentence: str) -> None:
    _same_matches(sentence)


@QUICK
@given(st.text(max_size=60))
def test_count_matches_on_any_text(sentence: str) -> None:
    _same_matches(sentence)


@QUICK
@given(_texts, st.integers(min_value=0, max_value=4))
def test_spans_near_every_position_is_the_plain_scan(text: str, reach: int) -> None:
    """With every position an anchor, `spans_near` reads the whole text: the plain scan's spans."""
    scan = StartScan(r"(?:five|six|a\s+quarter)", r"\w")
    low = text.lower()
    assert scan.spans_near(low, list(range(len(low) + 1)), reach) == list(scan.spans(low))
    assert all(chunks_back(low, a, reach) <= chunks_back(low, a + 1, reach) for a in range(len(low)))
