"""Stop 34's speed round A finds exactly what the code it replaced finds.

- `actors.actor_record(**values)` is the record `ActorRef(**values)` validates: the same dict, in the same order, the
  same fields set, a new list of aliases;
- `actors.actor_copy(actor, update)` is `actor.model_copy(update=update)`, the same record;
- `attribution._by_next` holds wherever `_AS_PASSIVE_AGENT` matches, so `find_cues` asks it first;
- `attribution._last_run` is `rsplit(None, 1)[-1]` ("" for a text of whitespace only);
- `attribution._may_name_addressee` reads the runs `rsplit(None, 6)[-6:-1]` holds;
- `attribution._tail_tokens` cuts at the last of the three clause marks, as `max` of their `rfind`s did;
- `actors._may_open_with_a_document` holds wherever `_DOCUMENT_START` matches a phrase as `_resolve_actor` reads it;
- `attribution._end_of_words` is `len(text.rstrip())`, and `_may_end_with` and `_manner_before_cue`, which read it
  instead of `rstrip`, give the answers of their plain forms;
- `actors._holds_run(low, word)` is `word in low.split()` (`_staff_of_person`'s link gate);
- `actors.is_name_token` of an ASCII word (`_is_ascii_name_token`, by code) is the plain form's answer;
- `attribution._holds_digit` is `any(c.isdigit() for c in word)` (the speaker walk asks it before `isalpha`);
- `actors._everyday_person_from` asks for one of its links between spaces first: `_EVERYDAY_FROM` needs it in a
  phrase as `_resolve_actor` reads it;
- `claim_dates._note_occasion` reads the sentence's word mask once for its three gates: each gate's bit is what
  `holds_gate` answers.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import actors, attribution
from claimtrack.records import ActorRef

QUICK = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_MARKS = [" ", "  ", "\t", "\n", "\x1c", "\u2003", "\xa0", ",", ", ", ". ", ":", ";", "-", "'", "’", "“", "(", "é",
          "x", "2", "_", "ſ", "K", "\u0130", "\u0131", ""]  # fmt: skip


_ACTOR_VALUES = [
    {"name": "John Kirby", "kind": "person", "raw": "Kirby"},
    {
        "name": "John Kirby",
        "kind": "person",
        "role": "spokesman",
        "affiliation": "United States",
        "raw": "Kirby",
        "aliases": ["Kirby"],
    },  # fmt: skip
    {"name": "Ukraine", "kind": "organisation", "affiliation": "Ukraine", "raw": "Kyiv", "aliases": ["Kyiv"]},
    {"name": "officials", "kind": "anonymous", "role": None, "raw": "officials"},
    {"name": "Reuters", "kind": "media", "affiliation": None, "raw": "Reuters", "aliases": []},
]


def test_actor_record_is_the_validated_record() -> None:
    for values in _ACTOR_VALUES:
        fast, slow = actors.actor_record(**values), ActorRef(**values)
        assert fast == slow
        assert list(fast.__dict__.items()) == list(slow.__dict__.items())
        assert fast.model_fields_set == slow.model_fields_set
        assert fast.__pydantic_extra__ == slow.__pydantic_extra__
        assert fast.__pydantic_private__ == slow.__pydantic_private__
        assert fast.model_dump_json() == slow.model_dump_json()
        assert fast.model_copy(update={"raw": "x"}) == slow.model_copy(update={"raw": "x"})
        if "aliases" in values:
            assert fast.aliases is not values["aliases"]  # validation copies the list given
        for update in ({"raw": "x"}, {"role": "head", "raw": "y", "affiliation": None}, {"aliases": ["z"]}, {}):
            copied, plain = actors.actor_copy(fast, update), slow.model_copy(update=update)
            assert list(copied.__dict__.items()) == list(plain.__dict__.items())
            assert copied.model_fields_set == plain.model_fields_set
            assert copied.__pydantic_extra__ == plain.__pydantic_extra__
            assert copied.__pydantic_private__ == plain.__pydantic_private__
            assert copied.aliases is fast.aliases or "aliases" in update  # a shallow copy, as pydantic's


_AFTER_CUE = ["by", " by", "  by", "\tby", " by the", " by ", " bystanders", " BY", " Ukrinform", " ", "", "by ",
              "\u2003by", " b", ",", " as", "\xa0by", " to"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_AFTER_CUE), st.sampled_from(_MARKS)), max_size=6).map("".join))
@example(" by Ukrinform")
@example("\n\nby its")
def test_by_next_holds_where_the_agent_matches(after: str) -> None:
    sentence = "As reported" + after
    if attribution._AS_PASSIVE_AGENT.match(sentence, len("As reported")) is not None:
        assert attribution._by_next(sentence, len("As reported")), after


_RUN_PIECES = ["in", "an", "interview", "with", "to", "the", "allies", "for", "on", "at", "before", "Telegram", "CNN",
               "who", "briefing", "X", "To", "with,"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_RUN_PIECES), st.sampled_from(_MARKS)), max_size=12).map("".join))
@example("")
@example("   ")
@example("in a letter to the allies ")
def test_last_run_and_addressee_runs_are_rsplit_s(text: str) -> None:
    runs = text.rsplit(None, 1)
    assert attribution._last_run(text) == (runs[-1] if runs else ""), text
    plain = any(run in attribution._ADDRESSEE_LINKS for run in text.rsplit(None, 6)[-6:-1])
    assert attribution._may_name_addressee(text) == plain, text


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_RUN_PIECES), st.sampled_from(_MARKS)), max_size=12).map(" ".join))
def test_tail_tokens_cut_at_the_last_clause_mark(text: str) -> None:
    cut = max(text.rfind(","), text.rfind(":"), text.rfind(";"))
    end = cut
    while end > 0 and text[end - 1].isspace():
        end -= 1
    plain = attribution._tokens(text) if end < 2 or text[end - 2 : end] == "of" else attribution._tokens(text[cut:])
    assert attribution._tail_tokens(text) == plain, text


_PHRASE_PIECES = ["the", "latest", "report", "reports", "figures", "data", "of", "OF", "from", "by", "By",
                  "published", "released", "on", "Monday", "Ministry", "statement", "Tuesday", "the ministry",
                  "estimates", "analysis", "poll", "Reuters", "officials", "study", "ſtatement"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_PHRASE_PIECES), st.sampled_from(_MARKS)), max_size=10).map(" ".join))
@example("the latest report of the ministry")
@example("published by the ministry")
@example("figures released on Monday by X")
def test_document_gate_holds_where_the_pattern_matches(phrase: str) -> None:
    raw = " ".join(phrase.split()).strip(" ,;:")  # as `_resolve_actor` reads it
    if actors._DOCUMENT_START.search(raw) is not None:
        assert actors._may_open_with_a_document(raw), raw


_END_PIECES = ["officials", "also", "had", "was", "is", "angrily", "family", "ly", "Ly", "it's", "been", "reportedly",
               "x", "se", "İS"]  # fmt: skip


def _may_end_with_plain(text: str, tails: dict[str, tuple[str, ...]]) -> bool:
    tail = text.rstrip()[-12:]
    if not tail.isascii():
        return True
    low = tail.lower()
    return low != "" and low.endswith(tails.get(low[-1], ()))


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_END_PIECES), st.sampled_from(_MARKS)), max_size=8).map("".join))
@example("")
@example(" \t\n")
@example("the ministry was  ")
def test_end_of_words_is_rstrip_s(text: str) -> None:
    assert attribution._end_of_words(text) == len(text.rstrip()), text
    for tails in (attribution._PASSIVE_TAILS_BY_LAST, attribution._SKIP_TAILS_BY_LAST):
        assert attribution._may_end_with(text, tails) == _may_end_with_plain(text, tails), text
    m = attribution._MANNER_BEFORE_CUE.search(text)
    assert attribution._manner_before_cue(text) == ((m.start(), m.group("adverb")) if m else None), text


def test_occasion_gates_are_bits_of_the_mask() -> None:
    from claimtrack.extraction import claim_dates
    from claimtrack.extraction.prefilter import holds_gate, lowered, word_mask

    for text in ("At a briefing on Tuesday, the ministry said", "The MoD update on Feb. 13 noted", "Nothing here."):
        low = lowered(text)
        assert low is not None
        for gate in (
            claim_dates._OCCASION_VERB_GATE,
            claim_dates._OWNED_OR_OCCASION_GATE,
            claim_dates._OCCASION_NOUN_GATE,
        ):
            assert (word_mask(low) & gate != 0) == holds_gate(low, gate)


_LINK_PIECES = ["to", "for", "an", "adviser", "tourism", "fort", "onto", "TO", "For", "aide", "the", "ministry"]


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_LINK_PIECES), st.sampled_from(_MARKS)), max_size=8).map("".join))
@example("")
@example("to")
@example("an adviser\u2003to\tthe ministry")
def test_holds_run_is_a_lookup_among_the_runs(text: str) -> None:
    low = text.lower()
    for word in ("to", "for"):
        assert actors._holds_run(low, word) == (word in low.split()), text


def _is_name_token_plain(word: str) -> bool:
    first = word[:1]
    if not first.isupper() or len(word) < 2:
        return False
    if len(word) == 2 and word[1] == ".":
        return first.isalpha()
    rest = word[1:]
    if not (
        first.isalpha() and any(c.islower() for c in rest) and all(c.isalpha() or c in actors._NAME_MARKS for c in rest)
    ):
        return False
    return all(not c.isupper() or rest[k + 1 : k + 2].islower() for k, c in enumerate(rest))


@QUICK
@given(st.text(alphabet=st.sampled_from("AaBbMcCZz.-'’_1 ÉéŁłDž\u01c5ǅ"), max_size=8))
@example("McCaul")
@example("MoD")
@example("J.")
@example("Sun-won")
@example("O'Brien")
@example("A")
@example("")
def test_is_name_token_is_the_plain_form(word: str) -> None:
    assert actors.is_name_token(word) == _is_name_token_plain(word), word
    if word.isascii():
        assert actors._is_ascii_name_token(word) == _is_name_token_plain(word), word


@QUICK
@given(st.text(alphabet=st.sampled_from("a1Z9_-.²٣Ⅻ½é "), max_size=6))
def test_holds_digit_is_any_isdigit(word: str) -> None:
    assert attribution._holds_digit(word) == any(c.isdigit() for c in word), word


_EVERYDAY_PIECES = ["a", "driver", "nurse", "from", "at", "in", "on", "with", "the", "aid", "convoy", "hospital",
                    "Poltava", "shelter", "near", "From", "officials"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_EVERYDAY_PIECES), st.sampled_from(_MARKS)), max_size=10).map(" ".join))
@example("a driver from the aid convoy")
@example("Volunteers at a shelter in Poltava")
def test_everyday_gate_holds_where_the_pattern_matches(phrase: str) -> None:
    raw = " ".join(phrase.split()).strip(" ,;:")  # as `_resolve_actor` reads it
    plain = actors._EVERYDAY_FROM.fullmatch(raw) if actors._may_name_everyday_head(raw) else None
    if plain is not None and plain.group("head").lower() in actors.EVERYDAY_HEADS:
        assert actors._everyday_person_from(raw) is not None, raw
    else:
        assert actors._everyday_person_from(raw) is None, raw
