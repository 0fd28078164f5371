"""Stop 27's speed round B finds exactly what the code it replaced finds.

- `may_date_an_owned_statement` looks its noun up among the sentence's runs of letters and searches from the fourth
  run of non-whitespace before the first one (`chunks_back`), instead of 14 substring tests and a whole search;
- the makers' branch of `_OWNED_STATEMENT` and the reference scan of `places` look ahead for their first letters,
  and the references are matched only at the runs of letters they open with (`_reference_matches`);
- `finditer_lowered` reads a `StartScan`'s spans instead of matching each of its hits again;
- the "put X at N" and running-total readings look their verbs up among the sentence's runs of letters;
- the words before a place (`_last_words`, `_place_before`) are read backwards instead of by `findall`;
- `_note_occasion` asks once whether a sentence holds an owned statement's noun or an occasion noun.
"""

from __future__ import annotations

import re
import sys

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import (
    claim_dates,
    date_carry,
    noun_first_counts,
    place_names,
    place_references,
    place_scoring,
)
from claimtrack.extraction.lexicons import counted_groups
from claimtrack.extraction.prefilter import (
    StartScan,
    chunks_back,
    holds_word,
    is_space_at,
    lowered,
    word_start_scan,
)

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PIECES = ["The", "the", " ", "  ", "\t", "\n", "\u2003", "\x1c", "update", "Update", "report", "reports", "post",
           "address", "remarks", "video", "in", "during", "his", "their", "Its", "army", "'s", "’s", "ministry",
           "Kovar", "(Lumen)", "weekly", "new", "é", "İ", "ſ", "K", "Σ", "-", ".", ",", "on", "Feb.", "13", "x", "_",
           "statement", "briefing", "assessment"]  # fmt: skip
_sentences = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


# ---- the owned statement's guard ----


@QUICK
@given(_sentences)
@example("The Velmora army's weekly update on Feb. 13 said so.")
@example("Kovar, during\this  new  weekly\u2003address on 3 May, left.")
@example("In the post on Monday, no one spoke.")
@example("The update-report of Vask\u00e9 post")
def test_owned_statement_guard_answers_as_the_plain_form(sentence: str) -> None:
    expected = date_carry.may_date_an_owned_statement_plain(sentence)
    assert date_carry.may_date_an_owned_statement(sentence) == expected
    assert expected == (date_carry._OWNED_STATEMENT.search(sentence) is not None)


@QUICK
@given(_sentences)
@example("The Velmora army's weekly briefing on Feb. 13 said so.")
def test_one_lookup_for_both_nouns_rules_out_what_the_two_tests_rule_out(sentence: str) -> None:
    low = lowered(sentence)
    if low is not None and not holds_word(low, claim_dates._OWNED_OR_OCCASION_WORDS):
        assert not date_carry.may_date_an_owned_statement(sentence)
        assert not holds_word(low, date_carry.OCCASION_NOUN_WORDS)


def test_owned_statement_guard_on_sentences_of_my_own() -> None:
    assert date_carry.may_date_an_owned_statement("The Velmora army's weekly update on Feb. 13 said so.")
    assert date_carry.may_date_an_owned_statement("Mayor Ostrin, in his  new address on Friday, spoke.")
    assert not date_carry.may_date_an_owned_statement("The update on Friday said so.")  # no maker
    assert not date_carry.may_date_an_owned_statement("Officials reported heavy losses.")  # a verb, no noun


def test_is_space_at_is_isspace_on_every_code_point() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert is_space_at(char, 0) == char.isspace() == (re.match(r"\s", char) is not None), hex(code)


@QUICK
@given(_sentences, st.integers(0, 200), st.integers(1, 5))
def test_chunks_back_is_the_start_of_the_nth_run_of_non_whitespace_before(text: str, pos: int, count: int) -> None:
    pos = min(pos, len(text))
    starts = [m.start() for m in re.finditer(r"\S+", text[:pos])]
    assert chunks_back(text, pos, count) == (starts[-count] if len(starts) >= count else 0)


# ---- the lookaheads ----


def _groups(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


_OLD_OWNED: re.Pattern[str] = re.compile(date_carry._OWNED_STATEMENT.pattern.replace(r"\b(?=[A-Z])(?!", r"\b(?!"))
_OLD_REFERENCE_SCAN: StartScan = word_start_scan(
    re.compile(place_references._REFERENCE_RE.pattern.replace(r"\b(?=[Tt]he|[Hh]is|[Hh]er)", r"\b"))
)
_REFERENCE_PIECES = ["The", "the", "THE", "There", "there", "his", "His", "her", "Her", "other", " ", "  ", "\n",
                     "town", "capital", "country", "region", "small", "entire", "over", "in", "and", "is", "’", "'",
                     "-", "é", "x", ",", "city", "Oblast", "oblast", "nearby"]  # fmt: skip


def test_the_old_forms_are_the_ones_replaced() -> None:
    assert _OLD_OWNED.pattern != date_carry._OWNED_STATEMENT.pattern
    assert _OLD_REFERENCE_SCAN.pattern.pattern != place_references._REFERENCE_SCAN.pattern.pattern


@QUICK
@given(_sentences)
def test_owned_statement_lookahead_finds_what_the_pattern_found(sentence: str) -> None:
    assert _groups(date_carry._OWNED_STATEMENT.finditer(sentence)) == _groups(_OLD_OWNED.finditer(sentence))


@QUICK
@given(st.lists(st.sampled_from(_REFERENCE_PIECES), max_size=30).map("".join))
@example("Over there, the small town and his region; In there is the capital. Other region")
def test_reference_scan_lookahead_finds_what_the_scan_found(sentence: str) -> None:
    assert _groups(place_references._REFERENCE_SCAN.finditer(sentence)) == _groups(
        _OLD_REFERENCE_SCAN.finditer(sentence)
    )
    assert _groups(place_references._REFERENCE_SCAN.pattern.finditer(sentence)) == _groups(
        _OLD_REFERENCE_SCAN.pattern.finditer(sentence)
    )
    expected = _groups(_OLD_REFERENCE_SCAN.finditer(sentence))
    assert _groups(place_references._reference_matches(sentence, False)) == expected
    assert _groups(place_references._reference_matches(sentence, True)) == expected[:1]


def test_reference_matches_on_sentences_of_my_own() -> None:
    sentence = "THE town is calm; over there, the capital and his region. Shelling hit the town again."
    found = [m.group("raw") for m in place_references._reference_matches(sentence, False)]
    assert found == ["the capital", "his region", "the town"]  # not "THE town" (the pattern is case-sensitive)
    assert [m.group("raw") for m in place_references._reference_matches(sentence, True)] == ["the capital"]
    assert place_references._reference_matches("Other region: the there-and-back road.", False) == []


# ---- the verbs of "put X at N" and of a running total ----

_VERB_PIECES = ["put", "Put", "PUTS", "putting", "puts", "deputy", "input", "bring", "Brings", "bringing", "brought",
                "take", "takes", "taking", "took", "raise", "raised", "RAISING", "raises", "push", "pushed", "pushes",
                "pushing", " ", "  ", "\n", "the", "their", "total", "number", "losses", "killed", "Russian", "troops",
                "that", "which", "the army", "at", "to", "about", "300", "1,928", ",", ".", "é", "ſ", "K", "İ", "-",
                "x"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_VERB_PIECES), max_size=24).map("".join))
@example("The army put Russian losses at 300.")
@example("Losses that the ministry put at about 300, bringing the total number killed to 1,928.")
@example("It took  the\ntotal to 12")
def test_no_put_at_or_running_total_match_where_the_verbs_are_not_words(sentence: str) -> None:
    low = lowered(sentence)
    if low is None:
        return  # the readings run their patterns
    put_at = noun_first_counts._put_at_pattern(len(counted_groups()))
    if not holds_word(low, noun_first_counts._PUT_WORDS):
        assert put_at.search(sentence) is None
    if not holds_word(low, noun_first_counts._RUNNING_TOTAL_VERBS):
        assert noun_first_counts._RUNNING_TOTAL_RE.search(sentence) is None


def test_the_verb_gates_on_sentences_of_my_own() -> None:
    assert noun_first_counts._put_at_counts(
        "The army put Russian losses at 300.", 0, [], lowered("The army put Russian losses at 300.")
    )
    assert not holds_word(lowered("The deputy gave input on the dispute."), noun_first_counts._PUT_WORDS)
    text = "The raid killed 4, bringing the total number killed to 1,928."
    assert holds_word(lowered(text), noun_first_counts._RUNNING_TOTAL_VERBS)
    assert noun_first_counts._running_total_counts(text, 0, [], lowered(text))
    assert not holds_word(lowered("A stake in the pushback was taken."), noun_first_counts._RUNNING_TOTAL_VERBS)


# ---- the words before a place, read backwards ----

_WORDS_PIECES = ["in", "the", "Velmora", "'s", "’s", " ", "  ", "\n", ",", ".", "-", "é", "Ⅻ", "٣", "_", "x", "9",
                 "press", "conference", "near", "“", "—"]  # fmt: skip


def test_word_run_char_is_the_pattern_on_every_code_point() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert place_scoring._is_word_run_char(char, 0) == (place_names._WORDS_BEFORE.fullmatch(char) is not None), hex(
            code
        )


@QUICK
@given(st.lists(st.sampled_from(_WORDS_PIECES), max_size=40).map("".join), st.integers(0, 120), st.integers(0, 70))
def test_last_word_runs_are_the_last_words_of_the_findall(text: str, pos: int, reach: int) -> None:
    pos = min(pos, len(text))
    lo = max(0, pos - reach)
    for count in (1, 3):
        assert (
            place_scoring._last_word_runs(text, lo, pos, count)
            == place_names._WORDS_BEFORE.findall(text, lo, pos)[-count:]
        )
    assert place_scoring._last_words(text, pos) == place_names._WORDS_BEFORE.findall(text, max(0, pos - 60), pos)[-3:]
