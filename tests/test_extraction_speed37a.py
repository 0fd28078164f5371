"""Stop 37's speed round A finds exactly what the code it replaced finds.

- `attribution._dash_open_after_sentence` and `_next_dash_close` match only at the dashes of a line: the patterns'
  searches, from every start; `_dash_quote_from` is the `finditer` loop it replaces;
- `attribution._by_next`, `_may_hold_age_aside` and `_manner_before_cue` read by characters what `startswith` and
  `endswith` with bounds read: the plain forms' answers;
- the date search of `_strip_when_and_manner` searches from five runs of non-whitespace before the end: the
  pattern's search of the whole text;
- `sentence_speakers._translation_end`, `_owned_body` and `_passive_quoted` search only where a match can be: the
  patterns' searches;
- (step 2) `attribution._PLAIN_SPEECH_WORDS` yields at once what the whole chain of `_cue_matches` yields;
  `_strip_addressed_setting` strips only where "in" is written, as the plain strip does;
- `lexicons.LexiconCache` (the actor lexicon's cache) loads as `lru_cache` called its function, and `cache_clear`
  reads anew; `_party_members` fetches the lexicon only for one word past the determiners, with the plain form's
  answer;
- `speaker_labels._holds_meeting` matches `_MEETING` at its openings only: the search's answer;
- `carried_speakers._reportative` matches at each "was" and "were" in turn: the `finditer` loop's answer;
- `bulletins._at_most_words` splits at most `most` times: the whole split's length tells the same;
- (step 3) `attribution._with_members_before` reads the four characters before the phrase as `endswith` with bounds
  did; `sentence_speakers._relay_after_cue` tests "interview" before `_INTERVIEW_AFTER`, which every match writes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import (
    actors,
    attribution,
    bulletins,
    carried_speakers,
    sentence_speakers,
    speaker_labels,
    speaker_references,
)
from claimtrack.extraction.lexicons import LEXICON_CACHE_SIZE, LexiconCache

QUICK = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# dashes, stops, quotes, capitals, hyphenated words and whitespace of several kinds
_DASH_PIECES = ["-", "–", "—", "--", " ", "  ", "\t", "\xa0", "\u2003", ".", "!", "?", '"', "”", "“", "A", "The",
                "we", "pro-Russian", "said", "says", "he", "told", "answered", "x", "é", "K", ",", "'"]  # fmt: skip
dash_lines = st.lists(st.sampled_from(_DASH_PIECES), max_size=24).map("".join)


@QUICK
@given(dash_lines, st.integers(0, 60))
@example("said.- The end. - We hold - said the mayor", 0)
@example('x."- The', 0)
@example("a. - B", 3)
@example("a. - B", 2)
@example("a.\t-\xa0B pro-Russian. — A", 5)
@example("-- A", 0)
def test_dash_opening_after_a_sentence_is_the_search(line: str, pos: int) -> None:
    """The dash opening after a sentence, matched at the line's dashes only, is the pattern's search."""
    got = attribution._dash_open_after_sentence(line, pos)
    want = attribution._DASH_OPEN_AFTER_SENTENCE.search(line, pos)
    assert (got and got.span()) == (want and want.span())


@QUICK
@given(dash_lines, st.integers(0, 60))
@example("- We hold - said the mayor - and more", 0)
@example("a pro-Russian - said\t–\tx", 0)
@example(" - ", 0)
@example("x - y", 1)
@example("x - y", 2)
def test_next_dash_close_is_the_search(line: str, pos: int) -> None:
    """The next dash close, matched at the line's dashes only, is the pattern's search (its span and its tail)."""
    got = attribution._next_dash_close(line, pos)
    want = attribution._DASH_CLOSE.search(line, pos)
    assert (got and (got.span(), got.group("tail"))) == (want and (want.span(), want.group("tail")))


def _plain_dash_quote_from(line: str, opening: re.Match[str]) -> tuple[int, int] | None:
    for close in attribution._DASH_CLOSE.finditer(line, opening.end()):
        words = attribution._WORDS_RE.findall(close.group("tail"))[:7]
        if any(w.lower() in attribution._SPEECH_SET or w.lower() in attribution.REPLY_VERBS for w in words):
            return opening.start(), close.start()
    return None


@QUICK
@given(dash_lines)
@example("- We have no confirmation. There are 150 soldiers - said the president.")
@example("- We hold - the town - and they - answered the mayor")
@example("- A - B -\tSaid X")
def test_dash_quote_from_is_the_finditer_loop(line: str) -> None:
    """`_dash_quote_from` walks the closes as `finditer` found them."""
    opening = attribution._DASH_OPEN.match(line)
    if opening is not None:
        assert attribution._dash_quote_from(line, opening) == _plain_dash_quote_from(line, opening)
    for m in attribution._DASH_OPEN_AFTER_SENTENCE.finditer(line):
        assert attribution._dash_quote_from(line, m) == _plain_dash_quote_from(line, m)


_TEXT_PIECES = [" ", "  ", "\t", "\n", "\xa0", "\u2003", "\x1c", ",", ", ", ".", "by", "By", "b", "y", "aged", "age",
                "Aged", "12", "1", "0", "9,", "ly", "LY", "quickly", "angrily", "fly", "ily", "’", "'", "x", "é", "ſ",
                "K", "it", "It", "was", "WAS", "is", "it's", "it is", "being", "been", "be", "on", "On", "March",
                "3", "3rd", "2023", "May.", "sources", "Sources", "source", "in", "within", "familiar", "with",
                "close", "to", "privy", "briefed", "knowledge", "of", "involved", "officials", "the", "matter", ";",
                ":", '"', "“", "”", "(", ")", "Ukraine's", "intelligence"]  # fmt: skip
texts = st.lists(st.sampled_from(_TEXT_PIECES), max_size=20).map("".join)


def _plain_by_next(text: str, pos: int) -> bool:
    i = pos
    while i < len(text) and text[i].isspace():
        i += 1
    return i > pos and text.startswith("by", i)


@QUICK
@given(texts, st.integers(0, 40))
@example(" by", 0)
@example(" b", 0)
@example("\tby X", 0)
@example("by", 0)
def test_by_next_is_startswith(text: str, pos: int) -> None:
    """ "by" after whitespace, read by its characters, is what `startswith` read."""
    assert attribution._by_next(text, pos) == _plain_by_next(text, pos)


def _plain_may_hold_age_aside(text: str) -> bool:
    size = len(text)
    comma = text.find(",")
    while comma >= 0:
        i = comma + 1
        while i < size and text[i].isspace():
            i += 1
        if i > comma + 1 and text.startswith("aged", i):
            j = i + 4
            while j < size and text[j].isspace():
                j += 1
            if j > i + 4:
                i = j
        if i > comma + 1 and i < size and "1" <= text[i] <= "9":
            return True
        comma = text.find(",", comma + 1)
    return False


@QUICK
@given(texts)
@example("Sybiha, 49, said")
@example("a man, aged 12, said")
@example("a man, aged")
@example("a man, age 12")
@example("x, ")
def test_age_aside_gate_is_the_plain_loop(text: str) -> None:
    """The age aside's gate, "aged" tested after its first letter, answers as the loop with `startswith` did."""
    assert attribution._may_hold_age_aside(text) == _plain_may_hold_age_aside(text)


@QUICK
@given(texts)
@example("pundits outrageously ")
@example("ly")
@example(" ly ")
@example("the family ")
@example("x angrily\t\n")
@example("’ quickly ")
def test_manner_before_cue_is_the_pattern(text: str) -> None:
    """The manner adverb read by characters is what `_MANNER_BEFORE_CUE` finds."""
    m = attribution._MANNER_BEFORE_CUE.search(text)
    assert attribution._manner_before_cue(text) == (None if m is None else (m.start(), m.group("adverb")))


@QUICK
@given(texts)
@example("the SBU on August 26, 2022 ")
@example("X on 3 March, 2023 ")
@example("X  on\tMay. 3rd \n")
@example("on May 3")
def test_date_before_cue_search_is_bounded_exactly(text: str) -> None:
    """The date before a cue, searched for from the fifth run of non-whitespace from the end, is the search of the
    whole text."""
    start = attribution.chunks_back(text, len(text), attribution._DATE_CHUNKS)
    got = attribution._DATE_BEFORE_CUE.search(text, start)
    want = attribution._DATE_BEFORE_CUE.search(text)
    assert (got and got.span()) == (want and want.span())


_PHRASE_PIECES = [" ", "\t", "\n", "\xa0", "his", "His", "her", "Her", "own", "office", "press", "service", "services",
                  "intelligence", "sources", "ministry", "agency", "administration", "department", "translation",
                  "transcript", "the", "a", "x", "é", "K", "was", "were", "has", "been", "had", "quoted", "cited",
                  "by", "widely", "TASS", "said", ",", "."]  # fmt: skip
phrases = st.lists(st.sampled_from(_PHRASE_PIECES), max_size=14).map("".join)


@QUICK
@given(phrases)
@example("his own press service")
@example("her intelligence services\n")
@example("His office\n")
@example("a TASS translation")
@example("transcript\n")
@example("the minister was quoted by TASS as saying")
@example("X had been widely cited by Y ")
def test_attribute_gates_are_the_searches(phrase: str) -> None:
    """The gated searches of `_attribute` find what the patterns' searches of the whole phrase find."""
    for gated, pattern in (
        (sentence_speakers._translation_end, sentence_speakers._TRANSLATION_END),
        (speaker_references._owned_body, speaker_references._OWNED_BODY),
        (sentence_speakers._passive_quoted, sentence_speakers._PASSIVE_QUOTED),
    ):
        got, want = gated(phrase), pattern.search(phrase)
        assert (got and got.span()) == (want and want.span())


_CUE_PIECES = ["said", "Said", "told", "say", "says", "added", "the", "The", "an", "officials", "Ukraine's", "’s",
               "of", " of ", "that", "?", "!", ".", ",", ":", '"', "“", "”", "-", "said-", "to", "is", "was", "been",
               "he", "they", "show", "states", "quoted", "as", "saying", "alleged", "note", "per", "cent", "according",
               "United", "States", "K", "é", "İ", "ſ", "12", "warned", "stressed", "claimed", "reports"]  # fmt: skip
cue_sentences = st.lists(st.sampled_from(_CUE_PIECES), max_size=16).map(" ".join)


@QUICK
@given(cue_sentences)
@example("The officials said that 12 were killed.")
@example("Said Ahmed told reporters")
@example("United States said?")
@example("Who said it?")
@example("the ministry's said of")
def test_plain_speech_words_are_what_the_tests_yield(sentence: str) -> None:
    """A lowercase word of `_PLAIN_SPEECH_WORDS`, yielded at once, is what the whole chain of tests yields."""
    plain = attribution._PLAIN_SPEECH_WORDS
    assert "said" in plain and "says" not in plain and "added" not in plain
    got = list(attribution._cue_matches(sentence))
    try:
        attribution._PLAIN_SPEECH_WORDS = frozenset()  # type: ignore[misc]
        want = list(attribution._cue_matches(sentence))
    finally:
        attribution._PLAIN_SPEECH_WORDS = plain  # type: ignore[misc]
    assert got == want


def _plain_strip_addressed_setting(text: str) -> str:
    tail = text[-90:]
    if not attribution._may_name_addressee(tail) or not any(noun in tail for noun in attribution._ADDRESSED_NOUNS):
        return text
    m = attribution._ADDRESSED_SETTING_BEFORE.search(text, max(0, len(text) - 90))
    return text if m is None else text[: m.start()] + " "


_SETTING_PIECES = [" ", "\t", "\xa0", "in", "during", "an", "a", "the", "his", "interview", "letter", "with", "to",
                   "for", "on", "CNN", "the allies", "X", "Zelensky", "said", "video", "address", "é", ",", "-",
                   "invitation", "summit", "dur", "ing"]  # fmt: skip
setting_texts = st.lists(st.sampled_from(_SETTING_PIECES), max_size=16).map("".join)


@QUICK
@given(setting_texts)
@example("Zelensky in an interview with CNN ")
@example("Zelensky during a letter to the allies ")
@example("X\tduring\tan\tinterview\twith\tY ")
def test_addressed_setting_gate_is_the_plain_strip(text: str) -> None:
    """The addressed setting, stripped only where "in" is written, is what the plain strip gives."""
    assert attribution._strip_addressed_setting(text) == _plain_strip_addressed_setting(text)


@given(st.lists(st.sampled_from(["", "a.toml", "b.toml", "c.toml", "d.toml", "e.toml", "f.toml"]), max_size=40))
@settings(max_examples=200, deadline=None)
def test_lexicon_cache_loads_as_lru_cache(keys: list[str]) -> None:
    """The lexicon cache loads a lexicon where `lru_cache(maxsize=LEXICON_CACHE_SIZE)` would call its function, and
    answers with the object that call gave."""
    loads: list[str] = []

    def load(key: str) -> object:
        loads.append(key)
        return object()

    reference = lru_cache(maxsize=LEXICON_CACHE_SIZE)(load)
    wanted = [reference(key) for key in keys]
    wanted_loads = list(loads)
    loads.clear()
    cache = LexiconCache(load)
    got = [cache.get(key) for key in keys]
    assert loads == wanted_loads
    # the same object wherever the reference answered with one object
    assert all((got[i] is got[j]) == (wanted[i] is wanted[j]) for i in range(len(keys)) for j in range(len(keys)))


def test_lexicon_cache_clear_reads_anew() -> None:
    """`cache_clear` forgets the lexicons: the next ask reads the files again (as the tests that clear it expect)."""
    first = actors.actor_lexicon()
    assert actors.actor_lexicon() is first
    actors._lexicon.cache_clear()
    again = actors.actor_lexicon()
    assert again is not first and again.actors.keys() == first.actors.keys()


def _plain_party_members(words: list[str], persons: actors.PersonRegistry, raw: str) -> object:
    kept = actors._strip_determiners(words)
    lex = actors.actor_lexicon()
    party_name = lex.by_member.get(kept[0]) if len(kept) == 1 else None
    if party_name is None:
        return None
    return actors._party_members(words, persons, raw)


@QUICK
@given(st.lists(st.sampled_from(["the", "The", "a", "Republicans", "Republican", "Democrat", "Democrats", "senior",
                                 "officials", "these", "Labour", "Tories"]), min_size=1, max_size=4))  # fmt: skip
def test_party_members_gate_is_the_plain_form(words: list[str]) -> None:
    """Members of a party, asked only of a phrase of one word past its determiners, as before."""
    persons = actors.PersonRegistry()
    raw = " ".join(words)
    got, want = actors._party_members(words, persons, raw), _plain_party_members(words, persons, raw)
    assert (got and got.model_dump()) == (want and want.model_dump())  # type: ignore[attr-defined]


_MEETING_PIECES = [" ", "\t", "\n", "\xa0", "We", "we", "I", "In", "Interview", "interview", "was", "conducted",
                   "took", "place", "met", "spoke", "talked", "interviewed", "him", "put", "readers'", "questions",
                   "to", "answered", "our", "the", "x", "é", "_", "-", ".", "caught", "up", "with", "Iwe",
                   "sweet"]  # fmt: skip
meeting_texts = st.lists(st.sampled_from(_MEETING_PIECES), max_size=14).map("".join)


@QUICK
@given(meeting_texts)
@example("We interviewed him on Saturday")
@example("The Interview was conducted on 3 May")
@example("X answered our questions")
@example("_We met")
@example("Iwe met")
@example("I\tput readers' questions to her")
def test_meeting_found_at_its_openings_is_the_search(text: str) -> None:
    """`_MEETING` matched at the places a match can open is found where the pattern's search finds it."""
    assert speaker_labels._holds_meeting(text) == (speaker_labels._MEETING.search(text) is not None)


def _plain_reportative(text: str) -> bool:
    if " to " not in text:
        return False
    return any(
        carried_speakers._RELATIVE_OR_IF_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None
        for m in carried_speakers._REPORTATIVE.finditer(text)
    )


_REPORTATIVE_PIECES = [" ", "\t", "was", "were", "Was", "to", " to ", "have", "lose", "be", "take", "which", "if",
                       "the army", "reportedly", "also", "wasto", "_", "x", "é", "purpose", "it", "was to was to",
                       "were to were", ",", "."]  # fmt: skip
reportative_texts = st.lists(st.sampled_from(_REPORTATIVE_PIECES), max_size=16).map(" ".join)


@QUICK
@given(reportative_texts)
@example("the army was to lose 166,000 soldiers")
@example("a convoy which was to evacuate them")
@example("a convoy which was to evacuate, and the army was to lose")
@example("were to was to lose")
@example("_was to lose")
def test_reportative_matched_at_its_auxiliaries_is_the_plain_form(text: str) -> None:
    """The reportative, matched at each "was" and "were" in turn, is what the `finditer` loop found."""
    assert carried_speakers._reportative(text) == _plain_reportative(text)


@QUICK
@given(st.lists(st.sampled_from([" ", "  ", "\t", "\n", "\xa0", "\u2003", "word", "Ministry", "x", "é"]), max_size=40)
       .map("".join), st.integers(0, 20))  # fmt: skip
@example("a b c", 3)
@example(" a b c ", 2)
@example("", 0)
def test_at_most_words_is_the_whole_split(line: str, most: int) -> None:
    """A split stopped after `most` splits tells what the whole split's length tells."""
    assert bulletins._at_most_words(line, most) == (len(line.split()) <= most)


def _plain_with_members_before(before: str, phrase: str) -> str:
    at = before.rfind(phrase)
    if before.endswith((" in ", " of ", " to ", " at "), 0, at):
        m = attribution._MEMBERS_BEFORE.search(before, max(0, at - 40), at)
        if m is not None:
            return m.group("members") + phrase
    owner = before[max(0, at - 6) : at]
    m2 = attribution._OWNER_BEFORE.search(owner) if phrase.lower() in attribution.RELATIONS else None
    if m2 is not None:
        return owner[m2.start() :] + phrase
    return phrase


_MEMBERS_PIECES = [" ", "\t", "the", "The", "participants", "members", "signatories", "in", "of", "to", "at", "his",
                   "Her", "lawyer", "Crimea Platform", "pact", "x", "é", " in ", " of "]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_MEMBERS_PIECES), max_size=12).map("".join), st.sampled_from(_MEMBERS_PIECES[1:]))
@example("the participants in the Crimea Platform", "the Crimea Platform")
@example("signatories of the pact", "the pact")
@example("his lawyer", "lawyer")
@example(" in x", "x")
def test_members_before_is_the_plain_form(before: str, phrase: str) -> None:
    """The group noun before a phrase, told by a slice, is what `endswith` with bounds told."""
    if before.find(phrase) > 0:  # as `find_cues` asks
        assert attribution._with_members_before(before, phrase) == _plain_with_members_before(before, phrase)


@QUICK
@given(st.lists(st.sampled_from([" ", "\t", "in", "an", "interview", "Interview", "with", "CNN", "x"]), max_size=10)
       .map("".join))  # fmt: skip
@example(" in an interview with CNN")
@example(" in an Interview with CNN")
def test_interview_after_writes_interview(after: str) -> None:
    """Every `_INTERVIEW_AFTER` match writes "interview": the substring test before it rules out no match."""
    if sentence_speakers._INTERVIEW_AFTER.match(after) is not None:
        assert "interview" in after
