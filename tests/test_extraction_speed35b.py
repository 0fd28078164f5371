"""Stop 35's place round (part B) finds exactly what the code it replaced finds.

- `focus.sides_named` scans for the sides' forms written as a trie (`_side_pattern`), not as their alternation;
- `_alias_spans` walks the vocabulary hits itself, a leading run looked up by its bytes (`_alias_run_table`), and
  reads a run followed by a space and no second word of its aliases without the pattern (`_goes_on_after_space`);
- `_is_party` reads `_ADVERB_WORD` by code (`_is_adverb_word`); `_droppable_before_name` lowercases a word once;
- `_is_lower_word` reads `[\\w-]*` by code instead of `_LOWER_WORD.fullmatch`;
- `_may_coordinate` asks for a comma, "a" or "o" after the whitespace between two mentions;
- `_in_relative_aside` asks for "w" or "a" after the comma's whitespace first (`_may_open_relative_aside`);
- `place_phrases.evacuation_side` looks for its words in the sentence's `lowered` text between two offsets
  (`_window_may_hold`) instead of in a lowercased slice;
- `_last_tokens` reads a run's ASCII characters without a call each;
- `_reference_matches` enters its pattern at "the", "his" or "her" only where the next reference noun can follow
  (`_may_reach_reference_noun`).
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import (
    focus,
    place_name_scan,
    place_phrases,
    place_references,
    place_roles,
    place_scoring,
)
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.lexicons import side_regex, sides
from claimtrack.extraction.prefilter import may_hold

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KEY = len(load_gazetteer().places)


# ---- the sides' forms as a trie ----

_SIDE_PIECES = ["Russian", "Russians", "Russia", "Ukraine", "Ukraine's", "Ukrainian", "North", "Korea", "Korean",
                "Koreans", "United", "States", "Kingdom", "U.S.", "U.S", "US", "UK", "Wagner", "Group", "x", "_",
                "-", "'", "’", " ", "  ", "\n", ",", ".", "é", "2", "Belarus", "ian", "s"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_SIDE_PIECES), max_size=30))
def test_side_trie_finds_what_the_alternation_finds(pieces: list[str]) -> None:
    sentence = "".join(pieces)
    expected = [(m.span(), m.group(0)) for m in side_regex(r"\b(?:{SIDE})\b").finditer(sentence)]
    assert [(m.span(), m.group(0)) for m in focus._side_pattern().finditer(sentence)] == expected


def test_side_trie_finds_every_form_as_the_alternation_does() -> None:
    forms = [form for side in sides() for form in side.forms + (side.country,) if form]
    text = " ".join(f"{form} and {form}'s {form}s." for form in forms)
    expected = [(m.span(), m.group(0)) for m in side_regex(r"\b(?:{SIDE})\b").finditer(text)]
    assert [(m.span(), m.group(0)) for m in focus._side_pattern().finditer(text)] == expected


# ---- the alias runs, walked from the vocabulary hits ----

_ALIAS_PIECES = ["kyiv", "new", "york", "the", "hague", "ukraine", "'s", "’s", " ", "  ", ".", ",", "-", "oblast",
                 "russian", "occupied", "st", "petersburg", "x", "al", "qaim", "crimea", "kyivx", "2", "é", "\n",
                 "donetsk", "people", "republic", "of", "moscow", "region", "city", "arctic", "middle", "east",
                 "russia", "\u2003", "  ", "(", "9", "oblasts", "haguex", "u", "s"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_ALIAS_PIECES), max_size=40))
def test_alias_spans_walked_from_the_hits_are_the_scan_s_spans(pieces: list[str]) -> None:
    low = "".join(pieces)
    scan = place_name_scan._alias_scan(KEY)
    assert scan is not None
    assert place_name_scan._alias_spans(scan[0], low, KEY) == list(scan[0].spans(low))


def test_alias_run_table_holds_every_leading_run_and_its_reading() -> None:
    tables = place_name_scan._alias_run_table(KEY)
    readings = place_name_scan._alias_run_readings(KEY)
    assert tables is not None and readings is not None
    first_runs, table = tables
    assert first_runs == readings[0] and set(table) == set(first_runs)
    seconds = place_name_scan._second_runs(KEY)
    for run, (stops, openings, after_space, whole) in table.items():
        word = run.decode("ascii")
        assert (stops, openings) == readings[1].get(word, (None, None))
        assert (after_space, whole) == seconds[word]


def test_second_runs_are_the_aliases_second_words() -> None:
    aliases = [a.lower() for a in place_name_scan._aliases(KEY) if a.isascii()]
    for run, (after_space, whole) in place_name_scan._second_runs(KEY).items():
        assert whole == (run in aliases)
        spaced = [a[len(run) + 1 :] for a in aliases if a.startswith(run + " ")]
        if after_space is not None:
            assert {
                place_name_scan._LEADING_LETTERS.match(rest).group(0).encode("ascii") for rest in spaced
            } == after_space


def test_alias_spans_after_a_space_on_sentences_of_my_own() -> None:
    scan = place_name_scan._alias_scan(KEY)
    assert scan is not None
    for low in (
        "moscow said",
        "moscow oblast",
        "the moscow region's",
        "in the hague today",
        "the hagues",
        "kyiv 9",
        "kyiv  city",
        "kyiv\u2003city",
        "(kyiv city)",
        "kyiv's city",
        "moscow ",
        "the",
    ):
        assert place_name_scan._alias_spans(scan[0], low, KEY) == list(scan[0].spans(low)), low


# ---- a lowercase word by code ----


@QUICK
@given(st.text(alphabet="az-'’._Z09é\u00b2\u2003 ", min_size=1, max_size=8))
@example("a\u00b2")
@example("ab-c_d9")
def test_lower_word_by_code_is_the_pattern(word: str) -> None:
    assert place_roles._is_lower_word(word) == (place_roles._LOWER_WORD.fullmatch(word) is not None)


@QUICK
@given(st.text(alphabet="alyLYé2-", max_size=8))
@example("ly")
@example("sly")
@example("solely")
def test_adverb_word_by_code_is_the_pattern(word: str) -> None:
    assert place_roles._is_adverb_word(word) == (place_roles._ADVERB_WORD.fullmatch(word) is not None)


@QUICK
@given(st.text(alphabet="reAdnOEé ", max_size=8))
def test_droppable_word_lowercased_once(word: str) -> None:
    low = word.lower()
    plain = low in place_roles._DETERMINERS or low in {"and", "or"} or place_roles._is_modifier(word)
    assert place_roles._droppable_before_name(word) == (plain or place_roles._is_capital_possessive(word))


# ---- two mentions joined ----


@QUICK
@given(st.text(alphabet=" \n\u2003,andortheX.", max_size=16))
@example(" , and the ")
@example("\u2003or ")
@example(" the ")
def test_coordination_gate_holds_wherever_a_join_is_found(gap: str) -> None:
    text = "Velmor" + gap + "Ostrin"
    m = place_roles._COORDINATION.fullmatch(text, 6, 6 + len(gap))
    if m is not None and (m.group(1) or m.group(2)):
        assert place_roles._may_coordinate(text, 6, 6 + len(gap)), gap


# ---- references: "the" entered only before a noun within reach ----

_REFERENCE_PIECES = ["the", "The", "his", "her", "Her", "there", "over", "in", "town", "city", "capital", "country",
                     "region", "oblast", "port", "small", "entire", "war-torn", "nearby", "old", "x2", "Kyiv", "is",
                     "'", " ", " ", "  ", "\n", "\u2003", ",", ".", "-", "towns", "theirs", "é", "_"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_REFERENCE_PIECES), max_size=30))
@example(["the", " ", "port", " ", "city"])
@example(["his", " ", "old", "  ", "war-torn", " ", "region"])
@example(["the", " ", "x2", " ", "é", " ", "town"])
def test_reference_matches_gated_at_the_openers_are_the_scan_s(pieces: list[str]) -> None:
    sentence = "".join(pieces)
    expected = [(m.span(), m.groupdict()) for m in place_references._REFERENCE_SCAN.finditer(sentence)]
    assert [(m.span(), m.groupdict()) for m in place_references._reference_matches(sentence, False)] == expected
    assert place_references.refers_to_context(sentence) == bool(expected)


def test_reference_noun_reach_on_gaps_of_my_own() -> None:
    text = "the small old port city"
    assert place_references._may_reach_reference_noun(text, 3, text.index("port"))
    assert not place_references._may_reach_reference_noun("the a b c town", 3, 10)  # four runs of whitespace
    assert not place_references._may_reach_reference_noun("the, town", 3, 5)


# ---- the aside after a comma, the evacuation words, the tokens before a name ----

_ASIDE_TEXT = ", whichwhoaan Kyiv\u2003\n2é(;"


@QUICK
@given(st.text(alphabet=_ASIDE_TEXT, max_size=20), st.integers(min_value=0, max_value=20))
@example(", which lies near Kyiv", 20)
@example(",  a city that borders Kyiv", 25)
@example(",\u2003who", 9)
def test_relative_aside_gate_holds_wherever_the_pattern_matches(text: str, pos: int) -> None:
    comma = text.rfind(",", 0, pos)
    if comma >= 0 and place_scoring._RELATIVE_ASIDE_BEFORE.match(text, comma, pos):
        assert place_scoring._may_open_relative_aside(text, comma, pos), (text, pos)


_EVACUATION_TEXT = "EVACUATEDevacuated OUTout\u03a3\u0130\u212ajx"


@QUICK
@given(st.text(alphabet=_EVACUATION_TEXT, max_size=30), st.integers(0, 30), st.integers(0, 30))
@example("They EVACUATED people from", 0, 26)
@example("pulled OUT of", 3, 13)
def test_window_may_hold_is_the_lowercased_slice(text: str, lo: int, hi: int) -> None:
    needles = ("evacua", "rescued", "relocated", "displaced", " out")
    assert place_phrases._window_may_hold(text, lo, hi, needles) == may_hold(text[lo:hi].lower(), needles)


@QUICK
@given(st.text(alphabet="ab Z9_'’-.,\u2003é\u00b2\u0301", max_size=24), st.integers(0, 24), st.integers(0, 24),
       st.integers(1, 8))  # fmt: skip
def test_last_tokens_read_by_code_are_the_regex_tokens(text: str, lo: int, end: int, count: int) -> None:
    end = min(end, len(text))
    lo = min(lo, end)
    assert place_roles._last_tokens(text, lo, end, count) == place_roles._TOKEN_RE.findall(text, lo, end)[-count:]
