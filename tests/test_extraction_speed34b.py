"""Stop 34's speed round B finds exactly what the code it replaced finds.

- `Gazetteer.lookup` remembers the canonical name of each mention it is asked: the same place as the plain lookup
  (`by_alias` of `_norm`), before and after `add` (which empties the memo) and past `LOOKUP_MEMO_SIZE`;
- `place_roles._spaced_word_after` with `_may_open_passive` and `_PREDICATE_FIRST_WORDS` holds wherever `_PASSIVE_RE` or
  `_LOCATION_PREDICATE` matches, so `_role` enters neither pattern where it cannot match;
- `place_scoring.said_at` scans the window for a saying stem (`_may_say`) only in a sentence `lowered` cannot vouch for:
  wherever `_SAID_AT_BEFORE` or `_OCCASION_WITH_BEFORE` matches in the window, the stem scan finds one, so it is
  what it was with the scan first; `_in_outlet_name`'s one cached table is the two it read;
- `focus._side_scan` remembers its scan per pattern object (found by the pattern's source) instead of an lru_cache
  keyed by the pattern: the scan of a pattern is the one built for it, and finds what the pattern finds;
- `place_references.new_counter` is `Counter()` made without `Counter.__init__`: an empty Counter, a new one each time,
  that counts as one does (`PlaceContext` and `PlaceFocus` start with them).
"""

from __future__ import annotations

import pickle
import re
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import focus, gazetteer, place_names, place_references, place_roles, place_scoring
from claimtrack.extraction.gazetteer import Gazetteer, Place, _norm, load_gazetteer
from claimtrack.extraction.lexicons import side_regex
from claimtrack.extraction.prefilter import lowered, may_hold

QUICK = settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORDS = ["Velmor", "Ostrin's", "is", "IS", "was", "been", "being", "hit", "remains", "remained", "became", "become",
          "has", "will", "would", "be", "not", "never", "reportedly", "quickly", "ly", "Sly", "fly", "the", "safest",
          "place", "target", "struck", "attacked", "interested", "now", "a", "one", "of", "é", "x_", "12", "Kyiv",
          "Ukraine", "ukraine", "Kyiv oblast", "Donetsk", "Vladivostok"]  # fmt: skip
_MARKS = [" ", "  ", "\t", "\n", "\u00a0", "\u2003", ",", ".", "-", "'", "’", "é", "_", "\u0663", "ſ", "\u212a",
          "\u0130", "\u0131", ")"]  # fmt: skip
_word = st.sampled_from(_WORDS).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title()]))
_texts = st.lists(st.one_of(_word, _word, st.sampled_from(_MARKS)), max_size=20).map("".join)
_spaced = st.lists(_word, max_size=14).map(" ".join)
_any = st.one_of(_texts, _spaced, st.text(max_size=30))


def _plain_lookup(gaz: Gazetteer, mention: str) -> Place | None:
    name = gaz.by_alias.get(_norm(mention))
    return gaz.places.get(name) if name else None


@QUICK
@given(st.lists(st.one_of(_any, st.sampled_from(_WORDS)), max_size=30))
@example(["Kyiv", "kyiv", "KYIV", "Kyiv  Oblast", "Kyiv’s", "", " ", "Nowhere", "Kyiv"])
def test_lookup_remembers_the_plain_lookup(mentions: list[str]) -> None:
    gaz = load_gazetteer()
    for mention in mentions + mentions:
        assert gaz.lookup(mention) == _plain_lookup(gaz, mention), mention


def test_lookup_memo_is_emptied_by_add_and_when_full() -> None:
    # the memo's size is a Final constant, fixed where compiled: the test fills the memo to it instead of patching it
    gaz = Gazetteer()
    assert gaz.lookup("Velmor") is None
    gaz.add(Place("Velmor", "city", "Ostrinia", None, aliases=("Velmoor",)))
    assert gaz.lookup("Velmor") is gaz.places["Velmor"] and gaz.lookup("velmoor") is gaz.places["Velmor"]
    size = gazetteer.LOOKUP_MEMO_SIZE
    for i in range(size - len(gaz.names_found)):
        assert gaz.lookup(f"nowhere {i}") is None
    assert len(gaz.names_found) == size
    assert gaz.lookup("Velmoor") is gaz.places["Velmor"]  # the full memo is emptied before this mention goes in
    assert gaz.names_found == {"Velmoor": "Velmor"}


@QUICK
@given(_any, st.integers(min_value=0, max_value=32))
@example("Velmor was hit", 6)
@example("Velmor has been struck", 6)
@example("Velmor reportedly was hit", 6)
@example("Velmor quickly   was\thit", 6)
@example("Velmor is now the safest place", 6)
@example("Velmor has become a target", 6)
@example("Velmor might also be a target", 6)
@example("Velmor IS the safest place", 6)
@example("Velmor ıs the safest place", 6)
@example("Velmor \u2003was\u00a0hit", 6)
def test_first_word_gates_hold_wherever_their_pattern_matches(text: str, end: int) -> None:
    low = lowered(text)
    first = place_roles._spaced_word_after(text, low, end)
    if place_roles._PASSIVE_RE.match(text, end):
        assert first is not None and (low is None or place_roles._may_open_passive(first)), (text, end)
    if place_roles._LOCATION_PREDICATE.match(text, end):
        assert first is not None and (low is None or first in place_roles._PREDICATE_FIRST_WORDS), (text, end)


def test_first_word_gates_on_invented_sentences() -> None:
    text = "Velmor was hit, and Ostrin is the safest place; Velmor, which"
    assert place_roles._spaced_word_after(text, lowered(text), 6) == "was"
    assert place_roles._spaced_word_after(text, lowered(text), text.index(", which")) is None
    assert place_roles._spaced_word_after("Velmor was", "velmor was", 6) is None  # no whitespace after the word
    assert place_roles._may_open_passive("reportedly") and not place_roles._may_open_passive("ly")


def _said_at_plain(sentence: str, rel: int, rel_end: int | None = None) -> bool:
    """`place_scoring.said_at` as it was: the stem scan of the window first, in every sentence."""
    if all(w not in sentence[max(0, rel - 4) : rel] for w in ("in ", "at ", "the ")):
        return False
    low = max(0, rel - place_scoring._SAID_AT_REACH)
    if not place_scoring._may_say(sentence, low, rel):
        return False
    m = place_scoring._SAID_AT_BEFORE.search(sentence, low, rel)
    if m is not None and place_scoring._BARE_SAID_AT.fullmatch(m.group(0)):
        return rel_end is not None and place_scoring._SAYING_GOES_ON.match(sentence, rel_end) is not None
    if m is not None:
        return True
    lowercase = lowered(sentence)
    if lowercase is not None and not may_hold(lowercase[low:rel], place_scoring._SPEAKING_STEMS):
        return False
    return place_scoring._OCCASION_WITH_BEFORE.search(sentence, low, rel) is not None


_SAYINGS = ["said in ", "told reporters in ", "Told Reuters at the ", "said this during a memorial event in ",
            "his address to the National Assembly in ", "an INTERVIEW with AFP at the ", "spoke to them in ",
            "in ", "at the ", "the ", "stated in ", "ſaid in ", "a rally with x in ",
            "SPEECH before MPs in "]  # fmt: skip


@QUICK
@given(_any, st.sampled_from(_SAYINGS), _any, st.integers(min_value=0, max_value=8))
@example("He ", "said in ", "Kyiv on Monday.", 4)
@example("Officials ", "told reporters in ", "Warsaw", 6)
@example("The minister’s ", "address to the nation in ", "Vilnius", 7)
def test_said_at_is_what_it_was_with_the_stem_scan_first(before: str, saying: str, after: str, size: int) -> None:
    sentence = before + saying + after
    rel = len(before) + len(saying)
    for start in (rel, max(0, rel - 3), len(before)):
        end = min(len(sentence), start + size)
        assert place_scoring.said_at(sentence, start, end) == _said_at_plain(sentence, start, end), (sentence, start)
        assert place_scoring.said_at(sentence, start) == _said_at_plain(sentence, start), (sentence, start)
    for low, rel_ in ((0, rel), (len(before), rel)):
        found = place_scoring._SAID_AT_BEFORE.search(sentence, low, rel_)
        if found or place_scoring._OCCASION_WITH_BEFORE.search(sentence, low, rel_):
            assert place_scoring._may_say(sentence, low, rel_), (sentence, low)


def test_outlet_tables_are_the_two_tables() -> None:
    key = len(load_gazetteer().places)
    outlets = place_names._outlet_names(key)
    tables = place_names._outlet_tables(key)
    assert outlets is not None and tables is not None
    assert tables[0] is outlets[0] and tables[1] == place_names._outlet_name_pieces(key)
    assert set(tables[1]) == set(outlets[1])


def test_side_scan_is_remembered_per_pattern_object() -> None:
    pattern = side_regex(r"\b(?:{SIDE})\b")
    scan = focus._side_scan(pattern)
    assert focus._side_scan(pattern) is scan
    twin = re.compile(pattern.pattern + "(?#)")  # another pattern: its own scan
    assert focus._side_scan(twin) is not scan and focus._side_scan(twin) is focus._side_scan(twin)
    same_source = re.compile(r"\b(?:Velmorian|Ostrin)\b")
    other = re.compile(r"\b(?:Velmorian|Ostrin)\b", re.IGNORECASE)  # same source, another pattern
    first = focus._side_scan(same_source)
    assert focus._side_scan(other) is not first and focus._side_scan(other).pattern.flags & re.IGNORECASE
    sentence = "Velmorian troops and OSTRIN said; ostrin's men"
    for p in (pattern, same_source, other):
        assert [m.span() for m in focus._side_scan(p).finditer(sentence)] == [m.span() for m in p.finditer(sentence)]


def test_new_counter_is_an_empty_counter() -> None:
    first, second = place_references.new_counter(), place_references.new_counter()
    assert type(first) is Counter and first == Counter() and first is not second
    assert repr(first) == repr(Counter()) and vars(first) == vars(Counter())
    first["Kyiv"] += 1
    first.update(["Kyiv", "Odesa"])
    assert first == Counter({"Kyiv": 2, "Odesa": 1}) and first.most_common(1) == [("Kyiv", 2)] and not second
    assert pickle.loads(pickle.dumps(first)) == first and first["nowhere"] == 0
    context, focus_ = place_references.PlaceContext(), focus.PlaceFocus()
    assert context.counts == context.named == context.areas_named == Counter() and context.counts is not context.named
    assert type(focus_.tally) is Counter and focus_.tally is not focus_.theatres
