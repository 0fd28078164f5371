"""Stop 30's speed round C finds exactly what the code it replaced finds.

- `_claims_of` asks for one-person tolls only where one of their verbs is a run of letters of the sentence
  (`may_name_a_one_person_toll`): every `_ONE_PERSON_TOLL` match passes that gate;
- it reads pronoun parts, remaining and further counts only where the sentence passes `may_name_parts_by_words`, a
  word gate every sentence `may_name_parts` lets through passes (else `_with_pronoun_parts` returns the counts).
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import quantities

QUICK = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORDS = ["a", "an", "the", "man", "woman", "soldier", "was", "has been", "had", "died", "killed", "killing",
          "wounded", "wounding", "injured", "injuring", "hurt", "hospitalised", "hospitalized", "badly", "aged",
          "of", "out", "them", "whom", "those", "these", "another", "further", "more", "remain", "remained", "stayed",
          "were", "still", "left", "so", "or", "12", "1,500", "forty", "two", "hundred", "dozen", "kill", "skilled",
          "themselves", "anothers", "furthermore", "moreover", "Tarvin"]  # fmt: skip
_MARKS = [" ", "  ", "\t", "\n", ",", ", ", ". ", ";", "-", "'", "’", "é", "x", "2", "ſ", "K", "\u0130", "\u0131"]
_word = st.sampled_from(_WORDS).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title()]))
_texts = st.lists(st.one_of(_word, _word, st.sampled_from(_MARKS)), max_size=20).map("".join)
_spaced = st.lists(_word, max_size=14).map(" ".join)


@QUICK
@given(st.one_of(_texts, _spaced))
@example("A 63-year-old man was wounded, and a woman had died.")
@example("Shelling killed a volunteer driver. An officer has been badly HURT")
@example("A teacher was hospitalized; a nurse was hospitalised")
def test_every_one_person_toll_passes_its_word_gate(text: str) -> None:
    if quantities._ONE_PERSON_TOLL.search(text) is not None:
        assert quantities.may_name_a_one_person_toll(text), text


@QUICK
@given(st.one_of(_texts, _spaced))
@example("Of these, 40 remained.")
@example("Another 300 or so fled, and 1,500 more were still left; two of whom died.")
@example("A further forty had fled.")
@example("twelve more")
@example("Of them 12 stayed")
def test_every_sentence_that_may_name_parts_passes_the_word_gate(text: str) -> None:
    if quantities.may_name_parts(text) or quantities._FURTHER_HINT.search(text) is not None:
        assert quantities.may_name_parts_by_words(text), text


def test_the_gates_rule_out_near_misses() -> None:
    assert not quantities.may_name_a_one_person_toll("A skilled man was killedx at the Tarvin plant.")
    assert not quantities.may_name_parts_by_words("Of themselves, 40 furthermore said: moreover.")
    assert quantities.may_name_parts_by_words("40 more")
