"""Stop 25's speed-ups find exactly what the plain computation finds, on any text.

Each property compares a shortcut with the code it replaced (kept here as the reference), on text built from the
pieces the patterns look for, mixed with odd whitespace, punctuation and letters that case folding treats
specially.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import count_phrases, quantities

QUICK = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_COUNT_PIECES = [
    "another",
    "Another",
    "ANOTHER",
    "a further",
    "A further",
    "a  further",
    "of these",
    "Of them",
    "of those,",
    "of",
    "more",
    "More",
    "MORE",
    "more.",
    "moreover",
    "1,500",
    "300",
    "5",
    "٣",
    "12k",
    "3m",
    "4 mn",
    "2bn",
    "five",
    "twenty-one",
    "someone",
    "done",
    "often",
    "them",
    "from",
    "hundred",
    "thousand",
    "a dozen",
    "a couple of",
    "half",
    "one and a half million",
    "about",
    "at least",
    "or so",
    "had",
    "were",
    "died",
    "fled",
    "troops",
    "the",
    "and",
    "İ",
    "ſ",
    "\u212a",
    "ı",
    "K",
    "k",
    "é",
    "-",
    "—",
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    ")",
    "(",
    '"',
    "”",
    "'",
    "’",
    " ",
    "  ",
    "\t",
    "\n",
    "\u00a0",
    "\u2009",
    "_",
]


def _count_text(pieces: list[str], joints: list[str]) -> str:
    out = []
    for i, piece in enumerate(pieces):
        out.append(piece)
        out.append(joints[i % len(joints)])
    return "".join(out)


@settings(QUICK)
@given(
    st.lists(st.sampled_from(_COUNT_PIECES), max_size=24),
    st.lists(st.sampled_from([" ", "", "  ", "\n", "\u00a0", "\t"]), min_size=1, max_size=4),
)
def test_may_go_on_from_a_count_is_the_hint_search(pieces: list[str], joints: list[str]) -> None:
    sentence = _count_text(pieces, joints)
    assert quantities.may_go_on_from_a_count(sentence) == (quantities._FURTHER_HINT.search(sentence) is not None)


def test_further_hint_is_its_three_branches() -> None:
    """`may_go_on_from_a_count` tries `_FURTHER_HINT`'s branches one by one: they must stay the pattern's branches
    (a rule changing the hint must change them too)."""
    branches = (quantities._FURTHER_LEAD, quantities._NUMBER_MORE, quantities._OF_THESE_OPENING)
    assert quantities._FURTHER_HINT.pattern == "|".join(b.pattern for b in branches)
    assert all(b.flags == quantities._FURTHER_HINT.flags for b in branches)


def test_numbers_end_with_a_digit_or_a_listed_word() -> None:
    """What `_number_may_end_before_more` relies on: every number `_NUMBER` reads ends with a digit, one of
    `_NUMBER_LAST_WORDS`, or a scale letter right after a digit."""

    number = re.compile(count_phrases._NUMBER, re.IGNORECASE)
    samples = [
        "1,500", "3 000", "12.5", "300 million", "12k", "3mn", "4mln", "2bn", "5 thousand", "twenty-one",
        "two hundred and five", "one and a half thousand", "a thousand and a half", "three quarters of a million",
        "a hundred thousand", "a couple of", "half a million", "half a dozen", "a dozen", "five dozen", "zero",
    ]  # fmt: skip
    for sample in samples:
        m = number.fullmatch(sample)
        assert m is not None, sample
        low = sample.lower()
        assert (
            low[-1].isdigit()
            or low.endswith(quantities._NUMBER_LAST_WORDS)
            or (low.rstrip("kmnlb") != low and low.rstrip("kmnlb")[-1].isdigit())
        ), sample
