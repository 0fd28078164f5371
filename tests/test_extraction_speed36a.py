"""Stop 36's speed round A finds exactly what the code it replaced finds.

- `actors._affiliation` remembers `_read_affiliation` per tuple of words while the lexicons stay the same objects:
  the answer of the plain read, asked again and after the lexicons change;
- `actors._resolve_normalized` is `_resolve_actor` of a phrase `resolve_actor` has normalized: normalizing it again
  gives it back (also after `_PARTITIVE` cut its opening);
- `actors._only_function_words` is the `all(...)` of the generator it replaces;
- `actors._without_document_state` returns the phrase as it was when its first word is no state: the plain loop's
  answer;
- `attribution._trailing_body` tells "exactly one comma" by two searches, as `str.count` told it;
- `attribution._may_open_with_issue_verb` holds wherever a verb's first word is one of `_ISSUE_VERBS`;
- `attribution._opens_upper` is `text[:2].isupper()`;
- (step 2) `actors._affiliation` hands the lexicons it fetched to the read: the read that fetches them itself;
- `speaker_references._may_open_document_np` and `_may_open_body_document` hold for every character their IGNORECASE
  patterns can open with (every code point asked), and `_RELATION_OWNERS` opens every `_RELATION_PHRASE` match;
- `attribution._opens_with_decimal` is `word[:1].isdecimal()`.
"""

from __future__ import annotations

import re
import sys

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import actors, attribution, lexicons, speaker_references

QUICK = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_MARKS = [" ", "  ", "\t", "\n", "\x1c", "\u2003", "\xa0", ",", ", ", ". ", ":", ";", "-", "'", "’", "“", "”", "(",
          ")", "é", "x", "2", "_", "ſ", "K", "\u0130", "\u0131", "ǅ", ""]  # fmt: skip

_PHRASE_PIECES = ["the", "The", "Ukrainian", "ukrainian", "Russia's", "Ukraine’s", "US", "U.S.", "South", "Korean",
                  "North", "Korea", "president", "minister", "Pentagon", "spokesperson", "Kremlin", "aide", "White",
                  "House", "press", "secretary", "Law", "and", "Justice", "MP", "Republican", "Senator", "officials",
                  "of", "for", "Kyiv", "Moscow", "(US)", "leaked", "classified", "Secret", "Service", "internal",
                  "Internal", "some", "Some", "one", "ONE", "these", "its", "Anna", "Berg", "Zelensky", "Putin", "é",
                  "İ", "ı", "ſome", "Kelvin", "Washington", "Ministry", "Defence", "report", "figures"]  # fmt: skip

_TRICKY_PHRASES = [
    "the Ukrainian president",
    "Russia’s defence ministry",
    "Ukraine's",
    "South Korean officials",
    "Pentagon spokesperson John Kirby",
    "White House press secretary",
    "Law and Justice MP Adam Nowak",
    "Republican Senator",
    "leaked US Army",
    "classified Pentagon",
    "Secret Service",
    "internal Kremlin",
    "some of the officials",
    "Some of  the\tofficials ,",
    ", one of its commanders;",
    "ſome of the officials",
    "the İstanbul office",
    "a senior aide to President Zelensky",
    "Kyiv",
    "",
    " ",
    ",;:",
]


def _phrases() -> st.SearchStrategy[str]:
    piece = st.sampled_from(_PHRASE_PIECES + _MARKS)
    return st.lists(piece, max_size=7).map(" ".join) | st.lists(piece, max_size=7).map("".join)


def _normalized(phrase: str) -> str:
    return " ".join(phrase.split()).strip(" ,;:")


@QUICK
@given(st.lists(st.lists(st.sampled_from(_PHRASE_PIECES + _MARKS[:-1]), max_size=5), max_size=12))
@example([[w] for w in _PHRASE_PIECES] * 2)
@example([p.split() for p in _TRICKY_PHRASES] * 2)
def test_remembered_affiliation_is_the_read_one(asks: list[list[str]]) -> None:
    lexicon = actors.actor_lexicon()
    for words in asks:  # asked twice each: the second answer is the memo's
        assert actors._affiliation(words) == actors._read_affiliation(words)
        assert actors._affiliation(list(words)) == actors._read_affiliation(words)
        assert actors._office_affiliation(words, lexicon) == actors._office_affiliation(words)
        assert actors._party_affiliation(words, lexicon) == actors._party_affiliation(words)


def test_affiliation_memo_is_bounded_and_follows_the_lexicons() -> None:
    for k in range(actors.AFFILIATION_MEMO_SIZE + 10):
        actors._affiliation(["Ukrainian", f"w{k}"])
    assert len(actors._AFFILIATIONS) <= actors.AFFILIATION_MEMO_SIZE
    assert actors._affiliation(["Ukrainian", "officials"]) == "Ukraine"
    actors._AFFILIATION_LEXICONS[0] = {}  # as if the side index were another one: the memo is read anew
    assert actors._affiliation(["Ukrainian", "officials"]) == "Ukraine"
    assert actors._AFFILIATION_LEXICONS[0] is lexicons.side_index()


@QUICK
@given(_phrases())
@example("Some of  the\tofficials ,")
@example("ſome of the officials")
def test_normalizing_a_normalized_phrase_gives_it_back(phrase: str) -> None:
    once = _normalized(phrase)
    assert _normalized(once) == once
    if " of " in once:
        cut = actors._PARTITIVE.sub("", once)
        assert _normalized(cut) == cut


@QUICK
@given(_phrases())
def test_resolving_a_normalized_phrase_skips_only_the_normalizing(phrase: str) -> None:
    once = _normalized(phrase)
    plain = actors._resolve_actor(phrase, actors.PersonRegistry())
    short = actors._resolve_normalized(once, actors.PersonRegistry())
    assert (plain.model_dump() if plain else None) == (short.model_dump() if short else None)


@QUICK
@given(_phrases())
def test_only_function_words_is_the_plain_all(phrase: str) -> None:
    assert actors._only_function_words(phrase) == all(w.lower() in actors.FUNCTION_WORDS for w in phrase.split())


def _plain_without_document_state(raw: str) -> str:
    words = raw.split(" ")
    i = 0
    while (
        i < len(words) - 1
        and words[i].lower() in actors._DOCUMENT_STATES
        and (words[i].islower() or words[i].lower() in actors._PARTICIPLE_STATES)
    ):
        i += 1
    return " ".join(words[i:]) if i and words[i][:1].isupper() else raw


@QUICK
@given(_phrases())
@example("leaked US Army")
@example("leaked classified Pentagon")
@example("Secret Service")
@example("leaked")
@example(" leaked US Army")
def test_without_document_state_is_the_plain_loop(raw: str) -> None:
    assert actors._without_document_state(raw) == _plain_without_document_state(raw)


_COMMA_PIECES = ["76 blasts were recorded overnight", ", the Regional Military Administration.", ",", ", ", "x",
                 "Blasts hit the town", " the Foreign Ministry", ".", "“", "”", "é", "two", "\n"]  # fmt: skip


def _plain_trailing_body(sentence: str) -> re.Match[str] | None:
    if sentence.count(",") != 1:
        return None
    comma = sentence.index(",")
    m = attribution._TRAILING_BODY.match(sentence, comma)
    if (
        m is None
        or len(sentence[:comma].split()) < attribution._CLAUSE_BEFORE_BODY_WORDS
        or not attribution._FIGURE.search(sentence, 0, comma)
    ):
        return None
    return m


@QUICK
@given(st.lists(st.sampled_from(_COMMA_PIECES), max_size=8).map("".join))
@example("76 blasts were recorded overnight in the city, the Regional Military Administration.")
@example("Blasts hit the town overnight, killing two, the Regional Military Administration.")
@example("")
def test_trailing_body_counts_one_comma_as_count_did(sentence: str) -> None:
    found, plain = attribution._trailing_body(sentence), _plain_trailing_body(sentence)
    assert (found.span() if found else None) == (plain.span() if plain else None)


_VERBS = sorted(attribution._ISSUE_VERBS) + [
    "said", "according to", "quoted as saying", "called for", "in the opinion of", "made statement",
    "issued a warning", " issued", "\tgave", "\xa0put", "Issued", "PUT", "put", "ſaid", "é", "x",
]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_VERBS + _MARKS[:-1]), min_size=1, max_size=4).map("".join))
def test_issue_verb_gate_holds_wherever_the_first_word_is_one(verb: str) -> None:
    if verb.split() and verb.split()[0] in attribution._ISSUE_VERBS:
        assert attribution._may_open_with_issue_verb(verb)
    for plain in _VERBS:
        if plain.split() and plain.split()[0] in attribution._ISSUE_VERBS:
            assert attribution._may_open_with_issue_verb(plain)


@given(st.text(max_size=4))
@example("KYIV/MOSCOW — ")
@example("Kyiv")
@example("A ")
@example("5G")
@example("É")
@example("ÉA")
@example("Aé")
@example("ǅA")
@example("A")
@example("")
@example("--")
def test_opens_upper_is_the_slice_method(text: str) -> None:
    assert attribution._opens_upper(text) == text[:2].isupper()


def test_opens_upper_on_every_ascii_pair() -> None:
    for first in range(128):
        for second in range(128):
            text = chr(first) + chr(second) + "x"
            assert attribution._opens_upper(text) == text[:2].isupper()


def test_document_pattern_openings_are_every_character_they_match() -> None:
    for pattern, may_open in (
        (speaker_references._DOCUMENT_NP, speaker_references._may_open_document_np),
        (speaker_references._BODY_DOCUMENT, speaker_references._may_open_body_document),
    ):
        first_words = re.compile(r"\^\(\?:([a-z|]+)\)").match(pattern.pattern)
        assert first_words is not None
        initials = {word[0] for word in first_words.group(1).split("|")}
        folds = re.compile(f"[{''.join(sorted(initials))}]", re.IGNORECASE)
        for code in range(sys.maxunicode + 1):
            if folds.fullmatch(chr(code)):
                assert may_open(chr(code) + "x"), hex(code)


_SPEAKER_PHRASES = ["the report", "The report", "its latest report", "Its latest figures", "the same statement",
                    "a separate army communique", "A separate army communiqué", "An official army statement",
                    "the ministry statement", "another police report", "İts report", "ıts report", "his lawyer",
                    "His lawyer", "her mother", "Her family", "HIS LAWYER", "their lawyer", "officials", "Zelensky",
                    "", " the report", "the\u2003report", "these data", "THE REPORT", "The Report\n"]  # fmt: skip


@given(st.sampled_from(_SPEAKER_PHRASES) | st.text(max_size=12))
@example("İts report")
def test_document_and_relation_gates_say_no_only_where_the_patterns_do(phrase: str) -> None:
    if speaker_references._DOCUMENT_NP.match(phrase):
        assert speaker_references._may_open_document_np(phrase)
    if speaker_references._BODY_DOCUMENT.match(phrase):
        assert speaker_references._may_open_body_document(phrase)
    if speaker_references._RELATION_PHRASE.fullmatch(phrase):
        assert phrase.startswith(speaker_references._RELATION_OWNERS)
    for known in _SPEAKER_PHRASES:
        assert not speaker_references._DOCUMENT_NP.match(known) or speaker_references._may_open_document_np(known)
        assert not speaker_references._BODY_DOCUMENT.match(known) or speaker_references._may_open_body_document(known)
        assert not speaker_references._RELATION_PHRASE.fullmatch(known) or known.startswith(
            speaker_references._RELATION_OWNERS
        )


@given(st.text(max_size=3))
@example("47th")
@example("٤٧")
@example("²")
@example("")
def test_opens_with_decimal_is_the_slice_method(word: str) -> None:
    assert attribution._opens_with_decimal(word) == word[:1].isdecimal()
