"""Stop 32's speed round C finds exactly what the code it replaced finds.

- `prefilter.may_glue_a_stop` is True wherever `places._GLUED_STOP` or `quantities._GLUED_STOP_AFTER_NUMBER`
  matches, so `find_places` and `find_counts` read the same glued stops;
- `sentences.boundary_ends` reads a full stop before a space, or one that ends the line, without the pattern: the
  same ends as `_BOUNDARY_RE.finditer`;
- `place_roles._possessive_at` is `_POSSESSIVE_AT.match`; `_may_capitalise_after`, `_may_coordinate` and the possessive
  test of `_capital_of_possessive` hold wherever `_CAPITALISED_AFTER`, `_COORDINATION` (with a comma or a
  conjunction) and `_CAPITAL_AFTER` match;
- `place_roles._PASSIVE_GATE` and `_PREDICATE_GATE` hold in every lowercased sentence where `_PASSIVE_RE` or
  `_LOCATION_PREDICATE` matches;
- `tally_and_glued_counts._GLUED_GUARD` matches only in a sentence with a digit (`sentence_has_digit`).
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import place_names, place_roles, places, quantities, sentences, tally_and_glued_counts
from claimtrack.extraction.prefilter import holds_gate, lowered, may_glue_a_stop, sentence_has_digit

QUICK = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORDS = ["Velmor", "Ostrin's", "Ostrin’s", "capital", "is", "was", "been", "being", "hit", "remains", "became",
          "become", "will", "be", "the", "safest", "place", "and", "or", "of", "com", "ua", "12", "3rd", "\u0663",
          "Mr", "U.S", "e.g", "soldiers", "Independent", "Times", "s", "x_", "é", "regions"]  # fmt: skip
_MARKS = [" ", "  ", "\t", "\n", "\u00a0", "\u2003", ",", ", ", ".", ". ", "..", ".\"", "!", "?", "…", ";", "-", "'",
          "’", "é", "x", "_", "\u0663", "ſ", "K", "\u0130", "\u0131", ")"]  # fmt: skip
_word = st.sampled_from(_WORDS).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title()]))
_texts = st.lists(st.one_of(_word, _word, st.sampled_from(_MARKS)), max_size=20).map("".join)
_spaced = st.lists(_word, max_size=14).map(" ".join)
_any = st.one_of(_texts, _spaced, st.text(max_size=30))


@QUICK
@given(_any)
@example("The border with Velmor.soldiers said 150,000.Russian troops")
@example("see velmor.ua and 12.Ab")
@example("A..b")
def test_may_glue_a_stop_holds_wherever_a_glued_stop_matches(text: str) -> None:
    if places._GLUED_STOP.search(text) or quantities._GLUED_STOP_AFTER_NUMBER.search(text):
        assert may_glue_a_stop(text), text


@QUICK
@given(_any)
@example("He left. Then 12.5 rose. U.S. officials said. The end.")
@example('It fell ."Next. ')
@example("Done.\u2003Next.\tAgain.")
def test_boundary_ends_is_the_pattern(text: str) -> None:
    assert sentences.boundary_ends(text) == [m.end() for m in sentences._BOUNDARY_RE.finditer(text)], text


@QUICK
@given(_any, st.integers(min_value=0, max_value=32))
@example("Velmor's", 6)
@example("Velmor’s_x", 6)
@example("Velmor'sé", 6)
@example("Velmor's", 7)
def test_possessive_at_is_the_pattern(text: str, end: int) -> None:
    assert place_roles._possessive_at(text, end) == (place_names._POSSESSIVE_AT.match(text, end) is not None), (
        text,
        end,
    )


@QUICK
@given(_any, st.integers(min_value=0, max_value=32), st.integers(min_value=0, max_value=32))
@example("Velmor Times", 6, 6)
@example("Velmor \u2003Times", 6, 6)
@example("Velmor's capital", 6, 6)
@example("Velmor, and Ostrin", 6, 18)
def test_place_gates_hold_wherever_their_pattern_matches(text: str, end: int, other: int) -> None:
    if place_names._CAPITALISED_AFTER.match(text, end):
        assert place_names._may_capitalise_after(text, end), (text, end)
    if place_roles._CAPITAL_AFTER.match(text, end):
        assert text.startswith("s", end + 1) and text[end] in "'’", (text, end)
    m = place_roles._COORDINATION.fullmatch(text, end, other)
    if m is not None and (m.group(1) or m.group(2)):
        assert place_roles._may_coordinate(text, end, other), (text, end, other)


@QUICK
@given(_any, st.integers(min_value=0, max_value=32))
@example("Velmor was hit", 6)
@example("Velmor has been struck", 6)
@example("Velmor is now the safest place", 6)
@example("Velmor has become a target", 6)
@example("Velmor IS the safest place", 6)
def test_role_word_gates_hold_wherever_their_pattern_matches(text: str, end: int) -> None:
    low = lowered(text)
    if low is None:
        return
    if place_roles._PASSIVE_RE.match(text, end):
        assert holds_gate(low, place_roles._PASSIVE_GATE), (text, end)
    if place_roles._LOCATION_PREDICATE.match(text, end):
        assert holds_gate(low, place_roles._PREDICATE_GATE), (text, end)


@QUICK
@given(_any)
@example("in 12soldiers")
@example("in \u0663abcd")
def test_glued_guard_needs_a_digit(text: str) -> None:
    if tally_and_glued_counts._GLUED_GUARD.search(text):
        assert sentence_has_digit(text), text


def test_gates_on_invented_sentences() -> None:
    text = "Officials in Velmor's capital said Velmor was hit, and Ostrin is the safest place.Later 12.Soldiers left."
    assert may_glue_a_stop(text)
    assert not may_glue_a_stop("Velmor was hit. Ostrin was not.")
    assert place_roles._possessive_at(text, text.index("'s")) and not place_roles._possessive_at(text, 10)
    assert sentences.boundary_ends("One. Two.") == [4]
