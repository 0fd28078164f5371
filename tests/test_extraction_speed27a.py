"""Stop 27's speed round A finds exactly what the code it replaced finds.

- `attribution.quote_marks` finds the quote marks by `str.find`, each kind apart, instead of `_QUOTES_RE.finditer`;
- `PersonRegistry.by_role` reads the known persons of the whole document only where it writes the name of one whom
  the role could mean;
- `attribution._tokens` splits at whitespace and scans only the runs that are not one word;
- `_FORWARD_NP_END` and `_SOURCE_AFTER` match a full stop before looking behind it for an initial or a title;
- `sentence_subject` reads the tokens of a sentence only as far as its walk goes (`_and_next`);
- `actors._words` splits at whitespace like `_tokens`; `_staff_of_person` matches only where "to" or "for" is a word;
- `subject_before` strips the skip words again only where a strip changed the text; `_strip_addressed_setting`
  looks for its nouns only where a link word is one of the last words.
"""

from __future__ import annotations

import re
import sys

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import actors, attribution
from claimtrack.extraction.actors import PersonRegistry, actor_lexicon, role_matches
from claimtrack.records import ActorRef

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_QUOTE_PIECES = ["“", "”", '"', "'", "''", "’", "’’", "‘", "«", "»", "a", "Said", " ", "\n", "it's", "İ", "é", "x’s"]
quoted_texts = st.lists(st.sampled_from(_QUOTE_PIECES), max_size=30).map("".join)


@QUICK
@given(quoted_texts)
@example("'''' ’’’ \"“”'")
def test_quote_marks_are_the_quote_scan_matches(text: str) -> None:
    plain = [(m.start(), m.group(0)) for m in attribution._QUOTES_RE.finditer(text)]
    assert attribution.quote_marks(text) == plain


# ---- `by_role` scans the document for known persons only where it names one it could take ----

_LEXICON_PERSONS = [a for a in actor_lexicon().actors.values() if a.kind == "person"]
_NAME_PIECES = sorted({n for a in _LEXICON_PERSONS for n in (a.name, *a.aliases)})
_ROLES = ["president", "President", "prime minister", "defence minister", "foreign minister", "minister", "leader",
          "head of state", "spokesman", "mayor of kyiv", "deputy prime minister", "governor", "Pope"]  # fmt: skip
_SIDES = [None, None, "Ukraine", "Russia", "United States", "Belarus", "Vatican"]


def _by_role_plain(persons: PersonRegistry, role: str, affiliation: str | None) -> ActorRef | None:
    """`PersonRegistry.by_role` as it was: `mentioned` read whatever the role."""
    if affiliation is None:
        for person in reversed(persons.named):
            if role_matches(role, person.role):
                return person
        found = {p.name: p for p in persons.mentioned if role_matches(role, p.role)}
        return next(iter(found.values())) if len(found) == 1 else None
    found = {
        p.name: p
        for p in [*persons.by_surname.values(), *persons.mentioned]
        if p.affiliation == affiliation and role_matches(role, p.role, exact=True)
    }
    return next(iter(found.values())) if len(found) == 1 else None


@QUICK
@given(
    st.lists(st.sampled_from([*_NAME_PIECES, " said ", ", ", " Mary ", "the president", ". "]), max_size=12)
    .map("".join),
    st.lists(st.tuples(st.sampled_from(_ROLES), st.sampled_from(_SIDES)), min_size=1, max_size=4),
)
@example("President Volodymyr Zelensky said", [("president", None), ("president", "Ukraine"), ("leader", None)])
def test_a_role_is_taken_by_whom_the_whole_scan_finds(document: str, asks: list[tuple[str, str | None]]) -> None:
    persons, plain = PersonRegistry(document=document), PersonRegistry(document=document)
    for role, side in asks:
        assert persons.by_role(role, side) == _by_role_plain(plain, role, side)


# ---- the speaker walk's tokens from the runs between whitespace ----

_TOKEN_PIECES = ["said", "Monday", "U.S.", "Ukraine's", "Kyiv’s", "(HUR)", "(", ")", ",", ":", ";", "-", "--", "–",
                 "—", "he", "she", "they", "we", "the", "Hello", "x_y", "٣", "²", "İ", "ſ", "é", "'", "’", '"', "“",
                 "”", ".", "!", "?", "$", "12", "1,000", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "\x1c", "\u3000",
                 "of", "to"]  # fmt: skip
token_texts = st.lists(st.sampled_from(_TOKEN_PIECES), max_size=30).map("".join)


def _tail_tokens_plain(text: str) -> list[str]:
    """`attribution._tail_tokens` as it was: `_TOKEN_RE.findall` from the last clause mark, or over all of it."""
    cut = max(text.rfind(","), text.rfind(":"), text.rfind(";"))
    end = cut
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end < 2 or text[end - 2 : end] == "of":
        return attribution._TOKEN_RE.findall(text)
    return attribution._TOKEN_RE.findall(text, cut)


@QUICK
@given(token_texts)
@example("-Moscow said, he -she —they -- We said: (HUR) x, of, to")
def test_tokens_by_whitespace_runs_are_the_token_scan(text: str) -> None:
    assert attribution._tokens(text) == attribution._TOKEN_RE.findall(text)
    assert attribution._tail_tokens(text) == _tail_tokens_plain(text)


def test_no_whitespace_character_is_a_token_character_and_every_alphanumeric_one_is_a_word_character() -> None:
    token_character = re.compile(r"[\w'’.\-(),:;–—]")
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if c.isspace():
            assert token_character.match(c) is None, hex(code)
        if c.isalnum():
            assert re.match(r"\w", c) is not None and c not in "-–—(", hex(code)


# ---- the end of a phrase after a cue: the stop first, then the lookbehinds for a title ----

_NOT_AFTER_TITLE = "".join(rf"(?<!\b{t.capitalize()})" for t in sorted(attribution.TITLE_ABBREVIATIONS))
_FORWARD_NP_END_PLAIN = re.compile(
    rf"[,;:!?“”\"()]|(?<!\b[A-Z]){_NOT_AFTER_TITLE}\.(?=\s|$)"
    r"|\s[-–—]\s|\s(?:that|who|which|when|as|in|on|at|after|before|to|and|citing|during)\s"
    r"|\s(?:cited|quoted)\s+by\s",
    re.I,
)
_SOURCE_AFTER_PLAIN = re.compile(
    rf"\s*(?P<np>.*?)(?:[,;:!?“”\"()]|(?<!\b[A-Z]){_NOT_AFTER_TITLE}\.(?=\s|$)|\s[-–—]\s|$)"
)
_STOP_PIECES = ["Dr", "dr", "Gen", "GEN", "Lt", "St", "Mrs", "Ms", "Sen", "Rep", "Prof", "Xdr", "A", "b", "J", "ı",
                "ſt", "K", ".", ". ", ".\n", "..", ",", "(", "”", " - ", " — ", " that ", " and ", " cited by ", "said",
                "Ivan Sirko", " ", "\t", "_", "1", "é"]  # fmt: skip
stop_texts = st.lists(st.sampled_from(_STOP_PIECES), max_size=25).map("".join)


def _found(m: re.Match[str] | None) -> tuple[tuple[int, int], ...] | None:
    return None if m is None else tuple(m.span(g) for g in range(len(m.groups()) + 1))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stop_texts)
@example("said Dr. Ivan Sirko. Gen. J. Smith St. x.")
def test_a_stop_after_no_title_ends_a_phrase_where_the_lookbehinds_first_did(text: str) -> None:
    for pos in range(len(text) + 1):
        assert _found(attribution._FORWARD_NP_END.search(text, pos)) == _found(_FORWARD_NP_END_PLAIN.search(text, pos))
        assert _found(attribution._SOURCE_AFTER.match(text, pos)) == _found(_SOURCE_AFTER_PLAIN.match(text, pos))


# ---- the opening subject's tokens read only as far as its walk goes ----


@QUICK
@given(token_texts)
def test_the_tokens_adjoining_a_subject_are_the_slice_of_all_of_them(text: str) -> None:
    toks = list(attribution._TOKEN_RE.finditer(text))
    for k in range(1, len(toks)):
        found = iter(toks[k + 1 :])
        assert attribution._and_next(toks[: k + 1][k - 1 :], found) == toks[k - 1 : k + 8]


# ---- resolving a speaker: a phrase's words by whitespace runs; staff of a person only with its link word ----


@QUICK
@given(token_texts)
def test_a_phrases_words_by_whitespace_runs_are_the_word_scan(text: str) -> None:
    assert actors._words(text) == actors._WORD_RE.findall(text)


_STAFF_PIECES = ["a", "senior", "aide", "Aides", "adviser", "spokesman", "sources", "close", "to", "TO", "To", "for",
                 "FOR", "toward", "fort", "President", "Ivan", "Sirko", "the", "ministry", ",", " ", "  ", "\t",
                 "\u00a0", "İ", "ſ", "K"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_STAFF_PIECES), max_size=14).map(" ".join))
@example("a senior aide TO President Ivan Sirko")
@example("a spokesman\u00a0for\tthe ministry")
def test_staff_of_a_person_is_read_only_where_its_link_is_a_word(raw: str) -> None:
    runs = raw.lower().split()
    if "to" not in runs and "for" not in runs:
        assert actors._STAFF_OF_PERSON.fullmatch(raw) is None


# ---- the speaker's words: the second skip-word strip only where an earlier strip changed the text ----

_BEFORE_PIECES = ["Officials", "the minister", "also", "had", "on Monday", "last week", "in an interview",
                  "in a letter", "with CNN", "to the allies", "during a meeting with", "President Ivan Sirko", "who",
                  "in a briefing", "reportedly", "angrily", "on March 3, 2023", ",", "’", '"',
                  "Sources familiar with the matter", " ", "  ", "\t", "\u00a0", "İ", "ſ", "to", "at", "for", "before",
                  "statement", "address"]  # fmt: skip
before_texts = st.lists(st.sampled_from(_BEFORE_PIECES), max_size=16).map(" ".join).map(lambda t: t + " ")


@QUICK
@given(before_texts)
@example("Officials ")
@example("the minister in an interview with CNN also ")
def test_the_skip_words_are_stripped_again_only_where_a_strip_changed_the_text(text: str) -> None:
    bare = attribution._strip_when_and_manner(attribution._strip_skip_words(text))
    plain = attribution._strip_skip_words(
        attribution._strip_setting(attribution._strip_addressed_setting(attribution._strip_meeting_with(bare)))
    )
    skipped = attribution._strip_skip_words(text)
    bare = attribution._strip_when_and_manner(skipped)
    settled = attribution._strip_setting(attribution._strip_addressed_setting(attribution._strip_meeting_with(bare)))
    unchanged = settled is bare and bare is skipped and skipped is text
    assert (settled if unchanged else attribution._strip_skip_words(settled)) == plain


@QUICK
@given(before_texts)
@example("the minister in a letter to the allies warned ")
def test_an_addressed_setting_is_looked_for_only_after_a_link_word(text: str) -> None:
    m = attribution._ADDRESSED_SETTING_BEFORE.search(text, max(0, len(text) - 90))
    if m is not None:
        assert attribution._may_name_addressee(text[-90:])
