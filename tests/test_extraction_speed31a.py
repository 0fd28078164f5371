"""Stop 31's speed round A finds exactly what the code it replaced finds.

- `may_date_an_owned_statement` searches `_OWNED_STATEMENT` only around each of the sentence's statement nouns: it
  answers as the search of the whole sentence does (`may_date_an_owned_statement_plain`);
- `names_the_speaker` looks for each word as a substring before its `\\b` search: the same answer;
- `written_in_lowercase` reads the word's pattern by hand at each place the word is written;
- `first_names_before` searches around each place the surname is written, from the last match's end: the first
  names `finditer` finds over the whole text;
- `without_age_aside` scans for an age only where a comma is followed by one (`_may_hold_age_aside`);
- `interview_meeting` and `_says_interview` find `_MEETING` by a scan from one non-word character to the next;
- `PersonRegistry._mentioned_for` remembers per document whether it holds a name (`written_in`);
- `_strip_skip_words` searches from the last word that is none of `_SKIP_BEFORE`'s words (`_skip_run_start`), and
  `_strip_setting` from the eighth run of non-whitespace before the end: the pattern's substitution either way;
- `subject_before` tries `_DESCRIBED_GROUP` only where one of its words is written, and the token patterns of its walk
  only on tokens that can match (a closing quote mark, an opening digit);
- `_first_dash_close` matches `_DASH_CLOSE_VERB_FIRST` at each dash: the search's match; `_may_follow_as` tests for
  "as" first; `not_active_before` reads `_NOT_ACTIVE_BEFORE` at the end by hand;
- `named_issuer` and `_may_commit` look their patterns' nouns and verbs up in the word mask: the same answers.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import (
    actors,
    attribution,
    commitments,
    date_carry,
    frames,
    list_issuers,
    speaker_labels,
)
from claimtrack.records import ActorRef

QUICK = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORDS = ["The", "the", "Tarvel", "Tarvel's", "Vostria's", "ministry", "in", "during", "his", "her", "its", "their",
          "latest", "daily", "update", "updates", "report", "reporter", "speech", "address", "statement", "post",
          "video", "remarks", "on", "Feb.", "13", "aged", "38", "9", "0", "Anna", "Anna-Maria", "Lind", "Linds",
          "lind", "linds", "lindes", "McLind", "We", "we", "I", "met", "spoke", "interview", "Interview", "was",
          "held", "took", "place", "answered", "our", "questions", "with", "said"]  # fmt: skip
_MARKS = [" ", "  ", "\t", "\n", ",", ", ", ". ", ";", "-", "'", "’", ")", "é", "x", "2", "_", "ſ", "K", "\u0130"]
_word = st.sampled_from(_WORDS).flatmap(lambda w: st.sampled_from([w, w.lower(), w.upper(), w.title()]))
_texts = st.lists(st.one_of(_word, _word, st.sampled_from(_MARKS)), max_size=24).map("".join)
_spaced = st.lists(_word, max_size=16).map(" ".join)


@QUICK
@given(st.one_of(_texts, _spaced))
@example("The MoD update on Feb. 13 focuses on the east; Tarvel's report said so.")
@example("Lind, in his address to the forum on 15 August, left out the daily report")
@example("the report, the update and Tarvel's latest daily post")
@example("reports report2 report_ Tarvel's reporté")
def test_owned_statement_windows_answer_as_the_whole_search(text: str) -> None:
    assert date_carry.may_date_an_owned_statement(text) == date_carry.may_date_an_owned_statement_plain(text), text


def _names_the_speaker_plain(sentence: str, claimant: ActorRef) -> bool:
    """`names_the_speaker` as it was: each `\\b` search without a substring test first."""
    words = {
        w
        for w in re.findall(r"[a-z][\w'’-]{3,}", f"{claimant.name} {claimant.raw}".lower())
        if w not in date_carry._GENERIC_NAME_WORDS
    }
    low = sentence.lower()
    name = claimant.name.lower()
    if " " in name and re.search(rf"\b{re.escape(name)}\b", low):
        return True
    if any(re.search(rf"\b{re.escape(w)}\b", low) for w in words):
        return True
    return any(re.search(rf"\b{re.escape(a)}\b", sentence) for a in date_carry._ACRONYM.findall(
        f"{claimant.name} {claimant.raw}"))  # fmt: skip


_CLAIMANTS = [
    ActorRef(name="Anna Lind", kind="person", raw="Foreign Minister Anna Lind"),
    ActorRef(name="foreign minister", kind="person", raw="the foreign minister"),
    ActorRef(name="Ministry of Defence", kind="organisation", raw="the MoD"),
    ActorRef(name="Tarvel", kind="person", raw="Tarvel"),
]


@QUICK
@given(st.one_of(_texts, _spaced), st.sampled_from(_CLAIMANTS))
@example("The Foreign Minister met Lind.", _CLAIMANTS[1])
@example("The MoD said", _CLAIMANTS[2])
@example("AMoD saidx", _CLAIMANTS[2])
def test_names_the_speaker_answers_as_before(text: str, claimant: ActorRef) -> None:
    assert date_carry.names_the_speaker(text, claimant) == _names_the_speaker_plain(text, claimant), text


@QUICK
@given(st.one_of(_texts, _spaced), st.sampled_from(["Lind", "Tarvel", "Interview", "Post", "Es", "S"]))
@example("lindes, lind's -lind lind_ lind2 linds", "Lind")
@example("the lindesx", "Lind")
@example("xlind", "Lind")
def test_written_in_lowercase_reads_the_pattern_by_hand(text: str, word: str) -> None:
    low = word.lower()
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(low)}(?:e?s)?(?![\w'’-])")
    assert actors.written_in_lowercase(word, text) == (pattern.search(text) is not None), (text, word)


@QUICK
@given(st.one_of(_texts, _spaced), st.sampled_from(["Lind", "Tarvel", "Anna", "Maria"]))
@example("Anna Lind Lind and Anna-Maria Lind, Linda Lind", "Lind")
@example("Anna Anna Anna", "Anna")
@example("Anna-Maria Anna-Maria Maria", "Maria")
@example("Smith-Smith Smith", "Smith")
def test_first_names_before_are_what_finditer_finds(text: str, surname: str) -> None:
    pattern = re.compile(rf"\b({actors._FIRST_NAME})\s+{re.escape(surname)}\b")
    assert actors.first_names_before(surname, text) == {m.group(1) for m in pattern.finditer(text)}, text


@QUICK
@given(st.one_of(_texts, _spaced))
@example("Anna Lind, 38, said")
@example("Anna Lind, aged 38, a teacher, said")
@example("Lind,\t9, aged, 0,")
def test_every_age_aside_passes_its_comma_gate(text: str) -> None:
    if attribution._AGE_ASIDE.search(text) is not None:
        assert attribution._may_hold_age_aside(text), text


def test_the_age_gate_rules_out_near_misses() -> None:
    assert not attribution._may_hold_age_aside("Lind, 0 said, aged, was,38 ")
    assert attribution._may_hold_age_aside("Lind, aged 38, said")
    assert attribution.without_age_aside("Anna Lind, 38, ") == "Anna Lind "


@QUICK
@given(st.one_of(_texts, _spaced))
@example("We met him on Friday. The interview was held in Tarvel; she answered our questions.")
@example("xWe met; Interview took place")
def test_meeting_scan_finds_what_the_pattern_finds(text: str) -> None:
    assert (speaker_labels._MEETING_SCAN.search(text) is not None) == (speaker_labels._MEETING.search(text) is not None)
    assert speaker_labels.interview_meeting(text) == (speaker_labels._MEETING.search(text) is not None)


def test_written_in_remembers_what_a_substring_test_answers() -> None:
    document = "Anna Lind met Tarvel."
    for name in ("Lind", "Anna Lind", "Lindx", "tarvel", "Lind"):
        assert actors.written_in(name, document) == (name in document)


_SKIP_PIECES = sorted(attribution._SKIP_WORDS) + ["Monday", "holiday", "officials", "Lind", "said", "x", "2day"]
_skip_word = st.sampled_from(_SKIP_PIECES).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title()]))
_skip_texts = st.lists(st.one_of(_skip_word, _skip_word, _skip_word, st.sampled_from(_MARKS)), max_size=16).map("".join)
_skip_spaced = st.lists(_skip_word, max_size=10).map(lambda ws: " ".join(ws) + " ")


@QUICK
@given(st.one_of(_skip_texts, _skip_spaced))
@example("Officials also on Monday had ")
@example("Lind, who later that day in a statement  also ")
@example("The ministry has since \n")
@example("Lind holidaytoday also ")
@example("Lind 2day also")
def test_skip_words_are_stripped_as_the_pattern_strips_them(text: str) -> None:
    assert attribution._strip_skip_words(text) == attribution._SKIP_BEFORE.sub("", text), text


_GROUP_PIECES = ["medics", "lawyers", "who", "Who", "staff", "working", "based", "operating", "with", "for", "in",
                 "at", "on", "the", "clinic", "Kyiv", "and", "said", "x"]  # fmt: skip
_group_texts = st.lists(st.one_of(st.sampled_from(_GROUP_PIECES), st.sampled_from(_MARKS)), max_size=16).map("".join)


@QUICK
@given(st.one_of(_group_texts, st.lists(st.sampled_from(_GROUP_PIECES), max_size=12).map(" ".join)))
@example("Local medics who staff the field clinic ")
@example("Lawyers based in Kyiv ")
def test_every_described_group_holds_one_of_its_words(text: str) -> None:
    if attribution._DESCRIBED_GROUP.search(text) is not None:
        assert any(word in text for word in attribution._DESCRIBED_GROUP_WORDS), text


_SETTING_PIECES = ["Lind", "who", "which", "in", "at", "during", "on", "a", "an", "the", "his", "their", "weekly",
                   "press", "video", "briefing", "statement", "interview", "call", "Telegram", "X", "TV", "social",
                   "media", "said", "-", "x"]  # fmt: skip
_setting_texts = st.lists(st.one_of(st.sampled_from(_SETTING_PIECES), st.sampled_from(_MARKS)), max_size=18).map(
    "".join
)


@QUICK
@given(st.one_of(_setting_texts, st.lists(st.sampled_from(_SETTING_PIECES), max_size=14).map(" ".join)))
@example("Lind, who in a weekly press video briefing ")
@example("Lind , which during their x - video call\n")
@example("Lind on social media ")
def test_setting_is_stripped_as_the_pattern_strips_it(text: str) -> None:
    assert attribution._strip_setting(text) == attribution._SETTING_BEFORE.sub("", text), text


@QUICK
@given(st.text(alphabet="aAsS'’1٣2thnd_-.", max_size=8))
@example("journalists'")
@example("47th")
@example("٣rd")
def test_the_token_gates_hold_for_every_match(token: str) -> None:
    if attribution._PLURAL_POSSESSIVE.fullmatch(token):
        assert token.endswith(("'", "’"))
    if attribution._UNIT_ORDINAL.fullmatch(token):
        assert token[:1].isdecimal()


_DASH_PIECES = ["Lind", "he", "said", "says", "told", "noted", "-", "–", "—", "--", " - ", " – ", "-said", "x-", "ity"]


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_DASH_PIECES), st.sampled_from(_MARKS)), max_size=20).map("".join))
@example("Russia wants a pause.It will regroup - said the adviser.")
@example("on the city-said the command; - he told us")
def test_first_dash_close_is_the_search(text: str) -> None:
    found, expected = attribution._first_dash_close(text), attribution._DASH_CLOSE_VERB_FIRST.search(text)
    assert (found.span() if found else None) == (expected.span() if expected else None), text


@QUICK
@given(st.text(alphabet="asASſ Kx\u0130\t", max_size=12))
@example("X was ")
def test_may_follow_as_gate_holds_where_the_words_end_in_as(tail: str) -> None:
    ends = any(w.endswith(("as", "aſ")) for w in tail.lower().rsplit(None, 4)[-4:])
    assert attribution._may_follow_as(tail) == ends, tail


_ACTIVE_PIECES = sorted(frames._NOT_ACTIVE_WORDS) + ["it's", "s", "x", "Lind", "ſ", "Iſ", "waS", "_", "2"]


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_ACTIVE_PIECES), st.sampled_from(_MARKS)), max_size=10).map("".join))
@example("")
@example("\n")
@example("  \n")
@example("They thanked the ")
@example("it's ")
@example("were\n")
@example("the, ")
def test_not_active_before_is_the_search(before: str) -> None:
    assert frames.not_active_before(before) == (frames._NOT_ACTIVE_BEFORE.search(before) is not None), before


def _named_issuer_plain(text: str) -> str | None:
    """`named_issuer` as it was: the needles as substrings of the lowercased line before `_FIGURES_OF`."""
    line = text.strip().lstrip("*#•-–— ").strip()
    if not line or len(line) > list_issuers._LINE_REACH:
        return None
    low = line.lower()
    head = line.find(":")
    if 0 < head:
        m = list_issuers._SOURCE_LABEL.match(line)
        if m is None and line[:head].strip().lower() not in list_issuers._SOURCE_WORDS:
            m = list_issuers._NAME_LABEL.match(line)
        if m is not None:
            return m.group("who")
    if any(n in low for n in list_issuers._NEEDLES):
        m = list_issuers._FIGURES_OF.search(line)
        if m is not None:
            return m.group("who")
    return None


_ISSUER_PIECES = ["The", "figures", "data", "Data", "statistics", "numbers", "tally", "count", "estimate", "estimates",
                  "country", "update", "of", "from", "by", "released", "the", "Health", "Ministry", "as", "Source",
                  "ſtatistics", "Kount", ":", "* ", "— "]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_ISSUER_PIECES), st.sampled_from(_MARKS)), max_size=16).map("".join))
@example("The figures of the Health Ministry as of 3 May:")
@example("* Data from the Ministry, updated")
@example("Country estimates by the Ministry of Health")
def test_named_issuer_answers_as_before(text: str) -> None:
    assert list_issuers.named_issuer(text) == _named_issuer_plain(text), text


_COMMIT_PIECES = ["The", "Tarvel", "government", "will", "also", "is", "plans", "to", "give", "giving", "send",
                  "provide", "supplying", "deliver", "donate", "donated", "gives", "Give", "ſend", "aid"]  # fmt: skip


@QUICK
@given(st.lists(st.one_of(st.sampled_from(_COMMIT_PIECES), st.sampled_from(_MARKS)), max_size=16).map("".join))
@example("The Tarvel government will also send 40 trucks")
@example("Lind said, Tarvel is to supplying")
def test_every_commitment_passes_its_word_gate(text: str) -> None:
    if commitments._commitment_search(text) is not None:
        assert commitments._may_commit(text), text
