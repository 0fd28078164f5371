"""The shortcuts of the speaker resolution (`actors`) give what the plain computation gives: `_affiliation` tries
only the chunk widths that fit in the phrase, `_familiar_source` tries its pattern only where one of its verbs of
knowing is written, `_everyday_person_from` only where one of its heads is a word."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import actors
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.lexicons import side_index, side_key, side_word_starts

QUICK = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GAZETTEER = load_gazetteer()
ALIAS_WORDS = sorted({w for p in GAZETTEER.places.values() for a in (p.name, *p.aliases) for w in a.split()})


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from([word, word.lower(), word.upper(), word.title()])


def _plain_affiliation(words: list[str]) -> str | None:
    """`actors._affiliation` as first written: every width tried from every word, past the phrase's end too."""
    sides, gazetteer = side_index(), load_gazetteer()
    for i in range(len(words)):
        first = words[i].lstrip("(),").lower()
        several = first.replace("’", "'") in side_word_starts() or first in gazetteer.word_starts
        for width in (3, 2, 1) if several else (1,):
            chunk = " ".join(words[i : i + width]).strip("(),")
            side = sides.get(side_key(chunk))
            if side is not None:
                return side.country
            if not chunk[:1].isupper():
                continue
            place = gazetteer.lookup(chunk.removesuffix("'s").removesuffix("’s"))
            if place is not None and place.kind == "country":
                return place.name
    return actors._office_affiliation(words)


# the words of multi-word sides and places (and their first words alone), cased, in parentheses, possessive
AFFILIATION_WORDS = sorted({w for form in side_index() for w in form.split()} | set(ALIAS_WORDS) | {"said", "the"})
affiliation_words = st.lists(
    st.tuples(st.sampled_from(AFFILIATION_WORDS).flatmap(_cased), st.sampled_from(["", "'s", "’s", "(", ")", ","])).map(
        lambda pair: "(" + pair[0] if pair[1] == "(" else pair[0] + pair[1]
    ),
    max_size=6,
)


@QUICK
@given(affiliation_words)
@example(["North", "Korean"])
@example(["the", "United", "Arab", "Emirates", "said"])
@example(["the", "South"])
@example(["officials", "in", "North", "Korea's"])
def test_affiliation_tries_only_widths_that_fit(words: list[str]) -> None:
    """`_chunk_widths` leaves out the widths past the phrase's end: the side found is that of trying them all."""
    assert actors._affiliation(words) == _plain_affiliation(words)


FAMILIAR_WORDS = ["people", "sources", "officials", "two", "US", "familiar", "briefed", "knowledgeable", "with", "on",
                  "about", "the", "matter", "who", "are", "said", "\u212aNOWLEDGEABLE", "famılıar", "“", "”", ","]
familiar_phrases = st.lists(st.sampled_from(FAMILIAR_WORDS).flatmap(_cased), max_size=8).map(" ".join)


@QUICK
@given(familiar_phrases)
@example("people familiar with the matter")
@example("people famılıar with the matter")
@example("Two US officials BRIEFED on the plans")
@example("sources \u212anowledgeable about the talks")
def test_familiar_source_guard_passes_every_match(raw: str) -> None:
    """`_may_be_familiar_source` refuses only phrases that `_FAMILIAR_SOURCE` does not match."""
    if not actors._may_be_familiar_source(raw):
        assert actors._FAMILIAR_SOURCE.fullmatch(raw) is None


def test_familiar_source_guard_refuses_phrases_without_a_verb_of_knowing() -> None:
    assert not actors._may_be_familiar_source("the ministry of defence")
    assert actors._may_be_familiar_source("people FAMILIAR with the matter")


EVERYDAY_WORDS = ["a", "the", "local", "driver", "nurse", "nurses", "from", "at", "in", "with", "on", "convoy", "aid",
                  "hospital", "the", "Driver", "x-driver", "driver-", "\u00a0", "\u2003", "\t", "said"]
everyday_phrases = st.lists(st.sampled_from(EVERYDAY_WORDS), max_size=8).map(" ".join) | st.lists(
    st.sampled_from(EVERYDAY_WORDS), max_size=8
).map("".join)


@QUICK
@given(everyday_phrases)
@example("a driver from the aid convoy")
@example("a driver\u2003from the aid convoy")
@example("a nurse\u00a0at the hospital")
def test_everyday_head_guard_passes_every_match(raw: str) -> None:
    """`_may_name_everyday_head` refuses only phrases where `_everyday_person_from` finds no one."""
    if not actors._may_name_everyday_head(raw):
        m = actors._EVERYDAY_FROM.fullmatch(raw)
        assert m is None or m.group("head") not in actors.EVERYDAY_HEADS
    assert actors._may_name_everyday_head("a driver from the aid convoy")
