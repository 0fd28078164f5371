"""Stop 37's speed round B finds exactly what the code it replaced finds.

- `forecasts.names_a_forecast` reads FORECAST_RE's phrases before "to" by code (`_plans_to`): what the scan of the
  whole twin gave once the other branches were ruled out, and `names_a_forecast` answers as `FORECAST_RE.search`;
- `subjects._window` splits its clause after the count by `_PART_CLAUSE` only where `_may_end_part_clause` holds,
  which it does wherever the pattern matches;
- `not_counts._after_a_name` reads the capitalised word before a number by code: what `_NAME_BEFORE` found;
- `tally_and_glued_counts._holds_a_tally_mark` and `_ends_with_a_glued_stop` answer as `_TALLY_GUARD_SCAN.search` and
  `_STOP_GLUED_GUARD.search`;
- `forecasts._forecast_words_held` reads in one walk over a text's vocabulary hits what four `holds_word` calls read;
- `_StatementsAlike.may_repeat` counts "e" and "a" in the lowercased sentence: what the four counts of both cases gave;
- `tally_and_glued_counts._digit_glued_to_a_word` answers as `_GLUED_GUARD.search`, and `_date_word_before` (by
  `_date_word_at_boundary`) as `_DATE_BEFORE.search`.
"""

from __future__ import annotations

import re
import sys

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import forecasts, not_counts, subjects, tally_and_glued_counts
from claimtrack.extraction.prefilter import holds_word, lowered

QUICK = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# separators and characters that test the edges: whitespace of several kinds, punctuation, digits of two scripts,
# non-ASCII letters and the four letters that match an ASCII letter without case (ſ, the Kelvin sign, İ, ı)
_MARKS = [" ", "  ", "\t", "\n", "\x1c", "\u2003", "\xa0", ",", ", ", ". ", ".", ":", ";", "-", " - ", "–", "—", "'",
          "’", "’s", "'s", "“", "”", '"', "(", "é", "É", "x", "2", "٣", "²", "_", "ſ", "\u212a", "\u0130", "\u0131",
          ""]  # fmt: skip


def _texts(pieces: list[str], size: int, joiner: str = "") -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.sampled_from(pieces), st.sampled_from(_MARKS)), max_size=size).map(joiner.join)


# names_a_forecast / _plans_to

_FORECAST_PIECES = ["to", "To", "TO", "today", "into", "is", "Is", "IS", "are", "set", "sets", "plan", "plans",
                    "planning", "Plans", "expected", "unexpected", "this", "will", "would", "Would", "by", "By",
                    "March", "mar", "the end of", "end", "of", "troops", "40", "resets", "isto", "is_", "_to",
                    "toé", "éis", "tó", "to2", "2is"]  # fmt: skip


def _plain_forecast(low: str) -> bool:
    return forecasts.FORECAST_SCAN.search(low) is not None


@QUICK
@given(_texts(_FORECAST_PIECES, 14))
@example("Russia is to send 40 tanks")
@example("Russia is\u2003 to send")
@example("This is to say")
@example("unexpected to")
@example("plans_ to")
@example("plan to_")
@example("planning\nto")
@example("isé to")
@example("set to")
@example("it set  toé")
@example("They are TO go")
@example("")
def test_plans_to_reads_what_the_whole_scan_reads_without_the_other_branches(text: str) -> None:
    low = text.lower()
    other_branches = (
        forecasts._FORECAST_WILL.search(low) is not None or forecasts._FORECAST_BY_MONTH.search(low) is not None
    )
    if not other_branches:
        assert forecasts._plans_to(low) == _plain_forecast(low)
    else:  # where the other branches match, `_plans_to` is never asked: it still finds only the phrases before "to"
        plain = re.search(r"\b(?:expected|plans?|planning|set|is|are)\s+to\b", low) is not None
        assert forecasts._plans_to(low) == plain


@QUICK
@given(_texts(_FORECAST_PIECES, 16, " "))
@example("The army is to be sent by March")
@example("Ukraine will get 40 tanks")
@example("They are \u0130S to go")
@example("\u212aiev is to")
def test_names_a_forecast_answers_as_the_pattern(text: str) -> None:
    assert forecasts.names_a_forecast(text) == (forecasts.FORECAST_RE.search(text) is not None)


# subjects._window / _may_end_part_clause

_CLAUSE_PIECES = ["and", "And", "AND", "that", "That", "THAT", "tHat", "thαt", "while", "but", "35", "of", "which",
                  "whom", "them", "about", "twenty", "were", "killed", "people", "soldiers"]  # fmt: skip


@QUICK
@given(_texts(_CLAUSE_PIECES, 16, " "))
@example(" soldiers and that 30 were killed")
@example(" soldiers AND THAT")
@example(" soldiers and\u2003That\n")
@example(" people killed; 12 wounded")
@example(" people — 12 wounded")
@example(" people, 35 of which")
@example("")
def test_part_clause_gate_holds_wherever_the_pattern_matches(after: str) -> None:
    if subjects._PART_CLAUSE.search(after) is not None:
        assert subjects._may_end_part_clause(after)
    if not subjects._may_end_part_clause(after):
        assert subjects._PART_CLAUSE.split(after, 1)[0] == after


def test_no_other_letter_matches_that_without_case() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        for letter in "tha":
            if re.fullmatch(letter, char, re.IGNORECASE):
                assert char in (letter, letter.upper()), hex(code)


# not_counts._after_a_name

_NAME_PIECES = ["Leopard", "leopard", "L", "Nord", "Stream", "NATO", "aB", "Ab", "Éclair", "x", "2", "Kyiv's",
                "said", "tanks", "the", "A"]  # fmt: skip


def _plain_after_a_name(sentence: str, start: int) -> bool:
    if start < 4 or sentence[start - 1] != " ":
        return False
    return not_counts._NAME_BEFORE.search(sentence, max(0, start - 40), start) is not None


@QUICK
@given(_texts(_NAME_PIECES, 14), st.data())
@example("a Leopard 2 tank", None)
@example("Leopard 2 tanks", None)
@example("x\u2003Leopard 2 tanks", None)
@example("  Leopard 2", None)
@example("The Nord Stream 2 pipeline", None)
@example("said a-Leopard 2", None)
@example("said Éclair 2", None)
def test_after_a_name_reads_what_the_pattern_reads(sentence: str, data: st.DataObject | None) -> None:
    text = sentence + " 2 "
    starts = range(len(text) + 1) if data is None else [data.draw(st.integers(0, len(text)))]
    for start in starts:
        assert not_counts._after_a_name(text, start) == _plain_after_a_name(text, start), (text, start)


def test_after_a_name_reads_every_start_of_long_texts() -> None:
    for text in ["said that the Ukrainian Leopard 2 tanks and 14 Challenger 2 tanks arrived",
                 "a " + "Verylongcapitalisednamethatgoesonandon" * 2 + " 2 tanks",
                 "x " + "y" * 36 + " Abc 5", "x " + "y" * 37 + " Abc 5", "  Ab 3", " Ab 3", "1 Ab 3",
                 "the A 3 and the Ab 4 and\nAb 5"]:  # fmt: skip
        for start in range(len(text) + 1):
            assert not_counts._after_a_name(text, start) == _plain_after_a_name(text, start), (text, start)


# tally_and_glued_counts._holds_a_tally_mark, _ends_with_a_glued_stop

_TALLY_PIECES = ["tanks", "Tanks", "personnel", "about", "up to", "3,552", "(+15)", "12", "٣", "²", "a", "b c",
                 "drones", "x-ray", "pro-Russian", "—", "–", ":", "-", " -", "\u2003-"]  # fmt: skip


@QUICK
@given(_texts(_TALLY_PIECES, 16))
@example("tanks – 3,552 (+15), personnel — about 166,000")
@example("tanks -about some 3")
@example("tanks: about some more 3")
@example("tanks:\n\n٣")
@example("tanks -²")
@example("-3")
@example("a-3")
@example("tanks –about  3")
@example("tanks –about\u2003x 3")
@example("")
def test_holds_a_tally_mark_answers_as_the_scan(sentence: str) -> None:
    assert tally_and_glued_counts._holds_a_tally_mark(sentence) == (
        tally_and_glued_counts._TALLY_GUARD_SCAN.search(sentence) is not None
    )


_STOP_PIECES = ["with", "Ukraine", "soldiers", "soldierS", ".", "..", " ", "\n", "\u2003", "é", "x", "2", "border"]


@QUICK
@given(_texts(_STOP_PIECES, 14))
@example("There are 150,000 along the border.soldiers.")
@example("There are 150,000 along the border.soldiers")
@example("There are 150,000 along the border.soldiers. \n")
@example("border.soldiers..")
@example("a.b")
@example(".b")
@example("A.b")
@example("a.Bc")
@example("a.b.\n\n")
@example("é.b")
@example("")
def test_ends_with_a_glued_stop_answers_as_the_pattern(sentence: str) -> None:
    assert tally_and_glued_counts._ends_with_a_glued_stop(sentence) == (
        tally_and_glued_counts._STOP_GLUED_GUARD.search(sentence) is not None
    )


def test_lowered_keeps_the_forecast_words() -> None:
    """`names_a_forecast` reads `lowered`: a text it cannot vouch for takes the pattern itself."""
    assert lowered("\u0130s to go") is None
    assert forecasts.names_a_forecast("\u0130s to go") == (forecasts.FORECAST_RE.search("\u0130s to go") is not None)


# names_a_forecast's word sets read in one walk (`_forecast_words_held`)


@QUICK
@given(_texts(_FORECAST_PIECES, 16, " "))
@example("Troops will go by March")
@example("It is to")
@example("")
def test_forecast_words_held_are_what_holds_word_reads(text: str) -> None:
    low = lowered(text)
    if low is None:
        return
    held = forecasts._forecast_words_held(low)
    for words, bit in forecasts._FORECAST_WORD_SETS:
        assert bool(held & bit) == holds_word(low, words), (text, words)


# _StatementsAlike's sign from the lowercased sentence


def test_only_the_capitals_lowercase_to_e_and_a() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        for letter in "ea":
            assert char.lower().count(letter) == (char in (letter, letter.upper())), hex(code)


@QUICK
@given(_texts(["Easy", "AREA", "été", "ÉA", "ea", "The", "said", "area"], 14, " "))
@example("ALL THE ARMIES \u0130N ſEA")
def test_statement_sign_counts_as_the_four_counts(sentence: str) -> None:
    low = lowered(sentence)
    if low is not None:
        assert (low.count("e"), low.count("a")) == (
            sentence.count("e") + sentence.count("E"),
            sentence.count("a") + sentence.count("A"),
        )


# tally_and_glued_counts._digit_glued_to_a_word

_GLUED_PIECES = ["100,000", "soldiers", "3", "abc", "ab", "x", "_", "é", "٣", "²", "Soldiers", "ſ", "\u212a"]


@QUICK
@given(_texts(_GLUED_PIECES, 14))
@example("over 100,000soldiers were")
@example("3ab c")
@example("3_abc")
@example("3ABC")
@example("٣abc")
@example("3éab")
@example("")
def test_digit_glued_to_a_word_answers_as_the_pattern(sentence: str) -> None:
    assert tally_and_glued_counts._digit_glued_to_a_word(sentence) == (
        tally_and_glued_counts._GLUED_GUARD.search(sentence) is not None
    )


# not_counts._date_word_before reads the date word by code (`_date_word_at_boundary`)

_DATE_PIECES = ["Feb", "feb.", "FEB", "Sept.", "May", "dismay", "No", "no.", "casino", "Nord Stream", "Stream",
                "page", "Minsk", "article", "x", "_", "é", "2", "24", "since", "on"]  # fmt: skip


def _plain_date_word_before(sentence: str, start: int) -> bool:
    end = not_counts._end_of_words(sentence, start)
    window = max(0, end - 16)
    return not_counts._DATE_BEFORE.search(sentence, window, start) is not None


@QUICK
@given(_texts(_DATE_PIECES, 12))
@example("since Feb. ")
@example("since feb.. ")
@example("dismay ")
@example("the Nord Stream ")
@example("x_no ")
@example("éno ")
@example("Sept\n")
@example("a very long preamble indeed Feb ")
@example("")
def test_date_word_before_answers_as_the_pattern(before: str) -> None:
    sentence = before + "5 soldiers"
    start = len(before)
    assert not_counts._date_word_before(sentence, start) == _plain_date_word_before(sentence, start), sentence
