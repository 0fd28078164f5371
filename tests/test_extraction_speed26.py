"""Stop 26's speed-ups find exactly what the plain computation finds, on any text.

Each property compares a shortcut with the code it replaced (kept here as the reference), on text built from
the pieces the patterns look for, mixed with odd whitespace, punctuation and letters that case folding treats
specially.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import date_carry, spellings

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_ODD_PIECES = [" ", "  ", "\n", "\t", ",", ".", "-", "'", "’", "_", "2", "é", "ł", "ż", "İ", "ı", "ſ", "\u212a", "Σ",
               "(", ":", ";", "“", "”"]  # fmt: skip


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(words + _ODD_PIECES), max_size=30).map("".join)


# --- spellings.name_key: remembered per name --------------------------------------------------------------------

_NAME_PIECES = ["Zełenski", "Zelenskyy", "Wołodymyr", "Volodymyr", "Konaszenkow", "Szczecin", "tsch", "Załużny",
                "Ministry", "of", "the", "Defence", "Mr.", "O'Brien", "O’Brien", "jj", "yy", "ww", "NATO"]  # fmt: skip


@QUICK
@given(st.lists(_texts(_NAME_PIECES), max_size=8))
def test_name_key_remembered_is_computed(names: list[str]) -> None:
    for name in names + names:  # the second time from the memo
        assert spellings.name_key(name) == spellings.spelling_key(name)


def test_name_key_memo_is_bounded() -> None:
    for i in range(spellings.NAME_KEY_MEMO_SIZE + 10):
        assert spellings.name_key(f"Name {i}") == spellings.spelling_key(f"Name {i}")
    assert len(spellings._NAME_KEYS) <= spellings.NAME_KEY_MEMO_SIZE
    assert spellings.name_key("Wołodymyr Zełenski") == "volodimir zelenski"


# --- date_carry.occasion_noun_matches: the occasion nouns found at runs of letters ----------------------------------

_OCCASION_PIECES = ["session", "sessions", "Session", "SESSIONS", "briefing", "Briefinges", "meeting", "meetings",
                    "conference", "summit", "hearing", "interview", "debate", "forum", "address", "addressed",
                    "addresses", "speech", "speeches", "talks", "talkses", "sitting", "possession", "ſession",
                    "ses", "sion", "the", "held", "on Tuesday", "a second", "Tuesday's"]  # fmt: skip


@QUICK
@given(_texts(_OCCASION_PIECES))
def test_occasion_noun_matches_are_finditer(text: str) -> None:
    found = [(m.span(), m.group("noun")) for m in date_carry.occasion_noun_matches(text)]
    assert found == [(m.span(), m.group("noun")) for m in date_carry._OCCASION_NOUN.finditer(text)]


def test_occasion_noun_matches_examples() -> None:
    text = "The weekly briefing and two Sessions followed; the possession and sessioné were not."
    assert [m.group(0) for m in date_carry.occasion_noun_matches(text)] == ["briefing", "Sessions"]
    assert date_carry.occasion_noun_matches("He addressed the readdressing crowd.") == []
