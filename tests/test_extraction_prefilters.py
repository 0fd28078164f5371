"""The extractor's shortcuts find exactly what the slow way finds.

Speed-ups in the extraction modules skip a regex where a word it needs is absent, scan a lowercased
copy of the sentence with a lowercase "twin" of an IGNORECASE regex, or look at only the words that
can matter. Each must give the result of the plain computation it replaces, on any text: these
properties compare the two on text built from the words the patterns look for, mixed with
punctuation, odd whitespace and the letters that Python's case folding treats specially.
"""

from __future__ import annotations

import datetime as dt
import re
import sys

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import (
    actors,
    attribution,
    boilerplate,
    carried_speakers,
    claim_dates,
    claim_merging,
    commitments,
    confidence,
    count_phrases,
    counted_nouns,
    date_carry,
    date_roles,
    dates,
    document_context,
    forecasts,
    not_counts,
    noun_first_counts,
    place_name_scan,
    place_names,
    place_references,
    place_roles,
    place_scoring,
    places,
    prefilter,
    quantities,
    quoted_speech,
    sentence_speakers,
    sentences,
    subjects,
    tally_and_glued_counts,
)
from claimtrack.extraction.bounds import QUALIFIER_BOUNDS
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.lexicons import alternation, counted_groups
from claimtrack.extraction.numbers import TENS, UNITS
from claimtrack.extraction.prefilter import (
    StartScan,
    ascii_words,
    finditer_lowered,
    has_digit,
    holds_word,
    leading_literals,
    letter_runs,
    letter_words,
    lowercase_twin,
    lowered,
    may_hold,
    search_lowered,
    sentence_has_digit,
    trie_alternation,
    word_spans,
    word_start_scan,
    words_among,
)
from claimtrack.extraction.sentences import _BOUNDARY_RE, Sentence, boundary_ends, split_sentences
from claimtrack.records import ActorRef, Confidence, Reliability

TRAPS = ["\u0130", "\u0131", "\u017f", "\u212a", "\u03a3"]  # İ ı ſ K(elvin) Σ
PUNCTUATION = [" ", "  ", "\t", "\u00a0", ",", ".", "..", "-", "–", "'", "’", '"', "“", "”", "(", ")", ":", ";",
               "$", "€", "%", "/", "+", "\n"]  # fmt: skip
GAZETTEER = load_gazetteer()
ALIASES = sorted({a for p in GAZETTEER.places.values() for a in (p.name, *p.aliases)})
WORDS = sorted(
    {*attribution.SPEECH_VERBS, "according", "to", "citing", "quoting", "made", "issued", "a", "statement",
     *UNITS, *TENS, "hundred", "thousand", "million", "thousands", "dozens", "several", "few", "number", "of",
     "report", "detailing", "listing", "and", "for", "the", "deal", "war", "that",
     *QUALIFIER_BOUNDS, "troops", "soldiers", "killed", "wounded", "tanks", "brigades", "each",
     "Monday", "Friday", "January", "Oct", "Sept", "May", "today", "yesterday", "week", "the same day",
     "earlier in the day", "later that day", "will", "would", "expected to", "reportedly", "claimed",
     "said Kirby", "he", "she", "they", "also", "had", "on Tuesday", "in an interview with", "CNN",
     "Subscribe", "newsletter", "Read more", "min read", "Photo:", "©", "USD", "No.", "2024", "3,000", "1.5",
     "12", "2024-02-03", "19", "70", "-strong", "US", "Russia", "Ukraine's", "North Korean"}
)  # fmt: skip


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from([word, word.lower(), word.upper(), word.title()])


NUMBERS = ["3,000", "12", "1.5 million", "70", "twenty-five", "one", "a dozen", "two hundred and fifty", "seven",
           "seventeen", "10k", "2024"]  # fmt: skip
count_phrase = st.tuples(st.sampled_from([*QUALIFIER_BOUNDS, ""]), st.sampled_from(NUMBERS)).map(" ".join)
piece = (
    count_phrase.flatmap(_cased)
    | st.sampled_from(WORDS).flatmap(_cased)
    | st.sampled_from(ALIASES).flatmap(_cased)
    | st.sampled_from(PUNCTUATION)
    | st.sampled_from(TRAPS)
    | st.text(alphabet="abcdefghijklmnopqrstuvwxyzAKS0123456789٣ .-'’", max_size=6)
)
separator = st.sampled_from(["", " ", " ", " ", "-", "'", "’", ".", ", ", "\n"])
texts = st.lists(st.tuples(separator, piece), max_size=40).map(lambda parts: "".join(s + p for s, p in parts))
BOILERPLATE_RES = [re.compile(p, re.IGNORECASE) for p in boilerplate.BOILERPLATE_PATTERNS]
ANAPHORIC = {"earlier in the day", "later that day", "later in the day", "the same day", "on the same day",
             "the previous day", "the preceding day", "the day before"}  # fmt: skip
QUICK = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_lowered_refuses_the_case_folding_traps() -> None:
    assert lowered("Kyiv SAID") == "kyiv said"
    for trap in TRAPS:
        assert lowered(f"Tue{trap}day") is None
        assert may_hold(lowered(trap), ("anything",))


@pytest.mark.parametrize("source", [r"\x41bc", r"[A-z]", r"(?-i:Ab)c", "\u03a3x", r"[\u0400-\u042f]"])
def test_lowercase_twin_refuses_patterns_it_cannot_mirror(source: str) -> None:
    with pytest.raises(ValueError):
        lowercase_twin(re.compile(source, re.IGNORECASE))


def test_lowercase_twin_keeps_escapes_and_group_names() -> None:
    twin = lowercase_twin(re.compile(r"(?P<Word>[A-Z]\S+)\b(?P=Word)", re.IGNORECASE))
    assert twin.pattern == r"(?P<Word>[a-z]\S+)\b(?P=Word)"
    assert not twin.flags & re.IGNORECASE


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


@QUICK
@given(texts)
@example("about 3,000 troops, some more than twenty-five, approx. 500 and between 10 and twelve")
def test_twin_scans_find_the_matches_of_their_patterns(text: str) -> None:
    low = lowered(text)
    pairs = [(count_phrases._COUNT_RE, count_phrases._COUNT_TWIN), (forecasts.FORECAST_RE, forecasts.FORECAST_TWIN)]
    pairs += [(pattern, dates._TWINS[name]) for name, pattern in dates._COMPILED]
    pairs += [(cue[0], twin) for cue, twin in zip(confidence._LANGUAGE_RES, confidence._LANGUAGE_TWINS, strict=True)]
    pairs += [(cue[0], twin) for cue, twin in zip(subjects._STATUS_RES, subjects._STATUS_TWINS, strict=True)]
    for pattern, twin in pairs:
        assert _spans(finditer_lowered(pattern, twin, text, low)) == _spans(pattern.finditer(text))
        assert search_lowered(pattern, twin, text) == (pattern.search(text) is not None)


def _start_scans() -> list[StartScan]:
    """Every `StartScan` the extractor uses."""
    scans = [
        count_phrases._COUNT_TWIN_SCAN,
        forecasts.FORECAST_SCAN,
        commitments._DELIVERY_SCAN,
        dates._TIME_WORD_IN_LOWERCASE,
        *dates._TWINS.values(),
        place_references._REFERENCE_SCAN,
    ]
    alias_scan = place_name_scan._alias_scan(len(GAZETTEER.places))
    return scans + ([alias_scan[0]] if alias_scan is not None else [])  # fmt: skip


@QUICK
@given(texts)
@example("5+6 soldiers, a+ab; ‘said’ (told) x-said ésaid 3,000.12 at least 7 ſaid")
def test_start_scans_find_what_their_patterns_find(text: str) -> None:
    """The scan from one possible start to the next finds the pattern's matches (spans and groups)."""
    for low in (text, text.lower()):
        for scan in _start_scans():
            assert _spans(scan.finditer(low)) == _spans(scan.pattern.finditer(low))
            assert list(scan.spans(low)) == [m.span() for m in scan.pattern.finditer(low)]
            first = scan.search(low)
            expected = scan.pattern.search(low)
            assert (first and first.span()) == (expected and expected.span())


def test_start_scan_finds_a_match_right_after_the_last_one() -> None:
    """A match that ends with a character allowed before a match ("a+") is followed by the next one at once."""
    scan = StartScan(r"ab|a\+", r"\w")
    text = "ab xab ab,ab a+a+ a+ab éab _ab"
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in scan.pattern.finditer(text)]
    assert [m.group(0) for m in scan.finditer(text)] == ["ab", "ab", "ab", "a+", "a+", "a+", "ab"]
    assert list(scan.spans(text)) == [m.span() for m in scan.pattern.finditer(text)]
    with pytest.raises(ValueError):
        list(StartScan(r"x?", r"\w").finditer("a b"))
    with pytest.raises(ValueError):
        list(StartScan(r"x?", r"\w").spans("a b"))
    with pytest.raises(ValueError):
        word_start_scan(re.compile(r"(?<!\w)said"))


def test_twin_scans_of_the_pipeline_match_their_patterns() -> None:
    text = "They will send aid. SENDING Ukraine's TRANCHE; expected to, by the end of Sept. sent"
    pairs = [(commitments._DELIVERY, commitments._DELIVERY_SCAN), (forecasts.FORECAST_RE, forecasts.FORECAST_SCAN)]
    for pattern, scan in pairs:
        assert _spans(finditer_lowered(pattern, scan, text, lowered(text))) == _spans(pattern.finditer(text))
        assert search_lowered(pattern, scan, text)
        assert not search_lowered(pattern, scan, "aided by resending, willing")


def test_count_twin_on_every_qualifier_and_number() -> None:
    pattern, twin = count_phrases._COUNT_RE, count_phrases._COUNT_TWIN_SCAN
    for qualifier in [*QUALIFIER_BOUNDS, ""]:
        for number in [*NUMBERS, *UNITS, *TENS, "a hundred", "half a million", "a couple of", "6,000-plus"]:
            for text in (f"{qualifier} {number} troops", f"({qualifier.upper()}  {number} or more)",
                         f"-{qualifier.title()} {number}", f"{qualifier} {number} to {number}"):  # fmt: skip
                assert _spans(finditer_lowered(pattern, twin, text, lowered(text))) == _spans(pattern.finditer(text))


def _same_unit_match(text: str, pos: int) -> None:
    whole = counted_nouns.unit_pattern().match(text, pos)
    twin = counted_nouns._unit_twin(len(counted_groups())).match(lowered(text), pos)
    assert (whole is None) == (twin is None)
    if whole is not None:
        assert [whole.span(g) for g in (0, "mods", "unit")] == [twin.span(g) for g in (0, "mods", "unit")]


def test_unit_twin_on_every_counted_noun() -> None:
    for noun in counted_groups():
        for text in (f" {noun}", f" of the North Korean {noun.upper()} each", f"  {noun.title()}-made  {noun} x",
                     f" a b c d e {noun}", f" {noun.replace(' ', '  ')}s"):  # fmt: skip
            _same_unit_match(text, 0)


@QUICK
@given(texts)
def test_unit_twin_matches_the_unit_pattern(text: str) -> None:
    if lowered(text) is not None:
        for pos in range(len(text)):
            _same_unit_match(text, pos)


@QUICK
@given(texts)
@example("Read more")
@example("5 MIN READ")
@example("Most read")
@example("in addition to, As  Well as, BESIDES, apart\nfrom, not to mention")
def test_word_guards_let_through_every_text_their_patterns_match(text: str) -> None:
    low = lowered(text)
    if any(p.search(text) for p in BOILERPLATE_RES):
        assert may_hold(low, boilerplate._BOILERPLATE_WORDS)
    for pattern, words, *_ in confidence._LANGUAGE_RES:
        if pattern.search(text):
            assert may_hold(low, words)
    for name, pattern in dates._COMPILED:
        if pattern.search(text):
            assert name not in dates._NEEDS_DIGIT or re.search(r"\d", text)
            assert name not in dates._NEEDS_YEAR or "19" in text or "20" in text
            assert name not in dates._NEEDS_WORD or may_hold(low, dates._NEEDS_WORD[name])
    if count_phrases._VAGUE_RE.search(text):
        assert may_hold(low, count_phrases._VAGUE_WORDS)
    if count_phrases._STRONG_RE.search(text):
        assert may_hold(low, ("-strong",))
    if sentence_speakers._INTERVIEW_WITH.search(text):
        assert may_hold(low, ("interview",))
    if place_scoring._SECONDARY_RE.search(text):
        assert may_hold(low, place_scoring._SECONDARY_WORDS)
    for m in dict(dates._COMPILED)["relative"].finditer(text):
        if " ".join(m.group("rel").lower().split()) in ANAPHORIC:
            assert low is None or claim_dates._ANAPHORIC_DAY.search(low)


@QUICK
@given(texts)
def test_cheap_time_and_number_tests_agree_with_the_full_ones(text: str) -> None:
    digit = re.search(r"\d", text) is not None
    assert has_digit(text) == digit
    assert (digit or dates._names_a_time(text, lowered(text))) == bool(dates._ANY_TIME_WORD.search(text))
    words = set(re.findall(r"[a-z]+", text.lower()))
    expected = digit or not quantities._NUMBER_WORDS.isdisjoint(words)
    assert quantities._may_hold_a_count(text) == expected


def _cue_matches_by_word(sentence: str):
    """The word loop that `attribution._cue_matches` replaced."""
    words = list(re.finditer(r"[A-Za-z]+", sentence))
    for i, w in enumerate(words):
        low = w.group(0).lower()
        if i > 0 and w.group(0)[0].isupper():
            continue
        if low == "quoted" and attribution._QUOTED_AS.match(sentence, w.end()):
            m = attribution._QUOTED_AS.match(sentence, w.end())
            yield "quoted", w.start(), w.end()
            yield "quoted as saying", m.start("np"), m.end()
            continue
        before = words[i - 1].group(0).lower() if i > 0 else ""
        if low == "show" and not attribution._evidence_shows(sentence, w.start(), before):
            continue  # "show" only after a document ("Figures show", "Data from X show")
        if low in attribution.PLURAL_PRESENT and (
            i > 0 and words[i - 1].group(0).lower() in attribution._NOT_PLURAL_PRESENT_BEFORE
            or low == "note" and not attribution._THAT_NEXT.match(sentence, w.end())
            or sentence.rstrip().endswith("?")
        ):
            continue
        determiner = i > 0 and words[i - 1].group(0).lower() in attribution._DETERMINERS_BEFORE_NOUN
        if determiner and low.endswith(("ed", "s")):
            continue
        start = w.start()
        if low.endswith("s") and (
            sentence[start - 3 : start - 1] in ("'s", "’s")
            or (
                attribution._PLURAL_AUXILIARY.match(sentence, w.end())
                and not attribution._PRONOUN_BEFORE.search(sentence, 0, start)
            )
        ):
            continue  # a possessor's noun or a plural noun before its verb
        if low == "states" and not attribution._STATES_AS_VERB.match(sentence, w.end()):
            continue
        if low in attribution._CONCLUDING_VERBS and attribution._DETERMINER_NEXT.match(sentence, w.end()):
            continue
        if low == "alleged" and i > 0 and words[i - 1].group(0).lower() in attribution._BEFORE_ALLEGED_ADJECTIVE \
                and attribution._ALLEGED_ADJECTIVE_NEXT.match(sentence, w.end()):
            continue
        if low in attribution._SPEECH_SET or low in {"citing", "quoting"}:
            yield low, w.start(), w.end()
        elif low in attribution.FRAME_WORDS and (hit := attribution.frame_cue(low, sentence, w.start(), w.end())):
            yield hit  # a frame word that frames nothing may still be another cue ("put ... on standby")
        elif low == "according" and i + 1 < len(words) and words[i + 1].group(0).lower() == "to":
            yield "according to", w.start(), words[i + 1].end()
        elif low in attribution._CALLING_VERBS:
            if attribution._CALLED_LABEL.match(sentence, w.end()):
                yield low, w.start(), w.end()
            elif sentence.startswith(" for ", w.end()):
                yield f"{low} for", w.start(), w.end() + 4
            elif attribution._CALLED_ON_TO.match(sentence, w.end()):
                yield f"{low} on", w.start(), w.end() + 3
        elif low in attribution.REPLY_VERBS:
            if attribution.reply_cue(sentence, w.start(), w.end()):
                yield low, w.start(), w.end()
        elif low in attribution.DEMAND_VERBS:
            if sentence.startswith(" that ", w.end()):
                yield low, w.start(), w.end()
        elif low in attribution.OPINION_THAT_VERBS:
            if sentence.startswith(" that ", w.end()):
                yield low, w.start(), w.end()
        elif low in attribution.QUESTIONING_VERBS:
            if attribution._QUESTIONED_OBJECT.match(sentence, w.end()) and not (
                i > 0 and words[i - 1].group(0).lower() in attribution._PASSIVE_AUXILIARIES
            ):
                yield low, w.start(), w.end()
        elif low == "opinion":
            opening = attribution._OPINION_BEFORE.search(sentence, max(0, w.start() - 8), w.start())
            of = attribution._OF_NEXT.match(sentence, w.end())
            if opening is not None and of is not None:
                yield "in the opinion of", opening.start(), of.end()
        elif low in attribution._LEARNED_WORDS:
            if attribution._FROM_NAME_NEXT.match(sentence, w.end()):
                yield "learned from", w.start(), w.end() + 5
        elif low in attribution._ISSUE_VERBS:
            m = attribution._NOMINAL_RE.match(sentence, w.start())
            if m:
                yield " ".join(m.group(0).lower().split()), m.start(), m.end()
        elif low in attribution._DETAILING_VERBS:
            if attribution._NUMBER_NEXT.match(sentence, w.end()) and i > 0 \
                    and words[i - 1].group(0).lower() in attribution._DOCUMENT_BEFORE:
                yield low, w.start(), w.end()


@QUICK
@given(texts)
def test_cue_scan_finds_what_the_word_loop_finds(text: str) -> None:
    assert list(attribution._cue_matches(text)) == list(_cue_matches_by_word(text))


@QUICK
@given(texts)
@example("Kirby, who also had\n")
@example("The ministry. On Monday  ALSO   ")
@example("(also) had previously, 3rd-day yesterday")
@example("“Yes,” it's   reportedly ")
@example("The troops were. WERE  largely\n")
@example("X also, Earlier This Week, SEPARATELY said it on Monday  ")
@example("the ministry İn recent weeks, in recent weeks ")
def test_tail_checks_skip_only_texts_the_end_anchored_patterns_cannot_match(text: str) -> None:
    assert attribution._strip_skip_words(text) == attribution._SKIP_BEFORE.sub("", text)
    assert bool(attribution._passive_before(text)) == bool(attribution._PASSIVE_BEFORE.search(text))


@QUICK
@given(texts)
@example("anti-'Kyiv said")
@example("pro-Russia.'Kyiv")
@example("x'Kyiv and Kyiv. and KYIV... Kyiv's")
@example("E.U.. and e.u. officials")
@example("ΑΣ Kyiv")
@example("Moldova's claim and Moldova’s border")
@example("the People’s Republic of China")
def test_place_candidates_match_the_word_loop(text: str) -> None:
    key = len(GAZETTEER.places)
    spans = list(place_name_scan._candidates(text, key))
    assert spans == [m.span() for m in place_name_scan._candidates_by_word(text, key)]
    # the cut-down alias pattern matches as the whole one does
    for hit in place_name_scan._candidates_by_word(text, key):
        assert hit.span() == place_name_scan._pattern(key).match(text, hit.start()).span()


@QUICK
@given(texts)
@example("the Hague's and THE  HAGUE, the Crimean peninsula, Crimea's, U.S.-led, u.s.a. and Kyiv.Odesa")
@example("xKyiv Kyivx Kyiv2 Kyiv-Odesa new  york  New York's 'Kyiv’ Donetsk Oblast’s")
def test_alias_scan_finds_the_alias_matches_at_first_words(text: str) -> None:
    """Where `_candidates` uses the one scan, its spans are those of the loop over first-word hits."""
    key = len(GAZETTEER.places)
    low = lowered(text)
    scan, guard = place_name_scan._alias_scan(key)
    if low is None or place_name_scan._HYPHENATED_RUN.search(text) or (guard is not None and guard.search(text)):
        return
    expected, pos = [], 0
    for w in place_name_scan._first_word_pattern(key).finditer(low):
        m = place_name_scan._pattern(key).match(text, w.start()) if w.start() >= pos else None
        if m:
            expected.append(m.span())
            pos = m.end()
    assert [m.span() for m in scan.finditer(low)] == expected
    assert list(scan.spans(low)) == expected
    # matched at the runs of letters that begin an alias
    assert list(place_name_scan._alias_spans(scan, low, key)) == expected
    assert list(place_name_scan._candidates(text, key)) == expected


ALIAS_WORDS = sorted({w for a in ALIASES for w in a.split()})
# first and second words of aliases side by side, whole or cut short, in any case, with any whitespace between
alias_word_texts = st.lists(
    st.tuples(st.sampled_from([" ", " ", " ", "  ", "\n", "\u00a0", "-", "", ". "]),
              st.sampled_from(ALIAS_WORDS).flatmap(_cased) | st.sampled_from(ALIAS_WORDS).map(lambda w: w[:2]) | piece),
    max_size=20,
).map(lambda parts: "".join(s + p for s, p in parts))


@QUICK
@given(alias_word_texts | texts)
@example("the hague, the  hague, the\nhague, the\u00a0hague, the haguex, new york, new yorker, new, the")
def test_second_word_guard_passes_every_alias_match(text: str) -> None:
    """`_second_word_may_follow` refuses only runs where the alias scan's pattern matches nothing, so that
    `_alias_spans` skips no match."""
    key = len(GAZETTEER.places)
    scan = place_name_scan._alias_scan(key)
    first_runs = place_name_scan._alias_first_runs(key)
    low = lowered(text)
    if scan is None or first_runs is None or low is None:
        return
    second_openings = place_name_scan._second_word_openings(key)
    for start, end in word_spans(low, first_runs):
        openings = second_openings.get(low[start:end])
        if openings is not None and not place_name_scan._second_word_may_follow(low, letter_runs(low), end, openings):
            assert scan[0].pattern.match(low, start) is None


def test_second_word_openings_are_of_aliases_of_several_words_only() -> None:
    key = len(GAZETTEER.places)
    runs = place_name_scan._second_word_openings(key)
    assert "ha" in runs["the"] and "yo" in runs["new"]
    assert "kyiv" not in runs  # an alias of one word
    for first, openings in runs.items():
        starts = [a.lower() for a in ALIASES if a.isascii() and re.match(rf"{first}(?![a-z])", a.lower())]
        assert starts and all(
            any(a.startswith(f"{first} {two}") or a.startswith(first + two) for two in openings) for a in starts
        )
    assert not place_name_scan._second_word_may_follow("the war", letter_runs("the war"), 3, runs["the"])
    assert place_name_scan._second_word_may_follow("the hague", letter_runs("the hague"), 3, runs["the"])
    assert place_name_scan._second_word_may_follow("the \t war", letter_runs("the \t war"), 3, runs["the"])
    assert place_name_scan._alias_runs(key) == (place_name_scan._alias_first_runs(key), runs)
    if "people" in runs:  # "People's Republic of China": the apostrophe glued, either one
        assert {"'s", "’s"} <= runs["people"]
        assert not place_name_scan._second_word_may_follow("people said", letter_runs("people said"), 6, runs["people"])
        assert place_name_scan._second_word_may_follow("people’s", letter_runs("people’s"), 6, runs["people"])


@QUICK
@given(texts)
@example("on Feb. 24 and SEPT  3, USD 500, $ 12, No. 5, Nord Stream 2, page 12.. Mınsk 3, Stream\n 7")
def test_number_context_checks_look_far_enough_back(text: str) -> None:
    for m in count_phrases._COUNT_RE.finditer(text):
        before = text[: m.start()]
        assert not_counts._money_before(text, m.start()) == bool(not_counts._MONEY_BEFORE.search(before))
        assert not_counts._date_word_before(text, m.start()) == bool(not_counts._DATE_BEFORE.search(before))


@QUICK
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 30)), max_size=12), st.integers(0, 400),
       st.integers(1, 200))  # fmt: skip
def test_quotes_of_a_sentence_by_bisection(gaps: list[tuple[int, int]], start: int, length: int) -> None:
    spans, pos = [], 0
    for gap, width in gaps:  # ordered, non-overlapping, as _document_quotes gives them
        spans.append((pos + gap, pos + gap + width))
        pos += gap + width
    sentence = Sentence("x" * length, start, start + length, 0, 0)
    expected = [
        (max(s, sentence.start) - sentence.start, min(e, sentence.end) - sentence.start)
        for s, e in spans
        if s < sentence.end and e > sentence.start
    ]
    assert quoted_speech._relative_quotes(sentence, spans, [e for _, e in spans]) == expected


def test_boundary_regex_finds_what_the_two_branch_form_finds() -> None:
    old = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+)|(?<=[a-z0-9,)])\.(?=[A-Z][a-z])")
    samples = ["He said so. Then left!", "140,000.In turn", "U.S.A. troops", "a.B", "x.Ab... “Yes.” (No.) [1].",
               "end?! ", "3.5 million.Then", "Mr. Smith", "…and so…  next"]  # fmt: skip
    for text in samples:
        assert [m.span() for m in _BOUNDARY_RE.finditer(text)] == [m.span() for m in old.finditer(text)]


def _continuations_by_scan(readings: list[document_context._Reading]) -> None:
    """The quadratic scan that `quoted_speech._attribute_quote_continuations` replaced."""
    for i, reading in enumerate(readings):
        if reading.attribution is not None or not quoted_speech._mostly_quoted(reading.sentence, reading.quotes):
            continue
        para = reading.sentence.paragraph
        same_para = [r for r in readings if r.sentence.paragraph == para and r.attribution is not None]
        if same_para:
            source = min(same_para, key=lambda r: abs(r.sentence.index - reading.sentence.index))
        else:
            earlier = [r for r in readings[:i] if r.attribution is not None]
            if not earlier or earlier[-1].sentence.paragraph < para - 2 or not earlier[-1].quotes:
                continue
            source = earlier[-1]
        a = source.attribution
        reading.attribution = document_context.Attribution(a.claimant, a.relay, None, "quote continuation", [])


@QUICK
@given(st.lists(st.tuples(st.integers(0, 2), st.booleans(), st.sampled_from([None, "A", "B"])), max_size=30))
def test_quote_continuations_by_paragraph_blocks(rows: list[tuple[int, bool, str | None]]) -> None:
    def readings() -> list[document_context._Reading]:
        out, para = [], 0
        for index, (step, quoted, speaker) in enumerate(rows):
            para += step
            sentence = Sentence("q" * 10, index * 20, index * 20 + 10, para, index)
            actor = ActorRef(name=speaker, kind="person", raw=speaker) if speaker else None
            attribution = document_context.Attribution(actor, None, None, None, []) if actor else None
            out.append(document_context._Reading(sentence, [(0, 10)] if quoted else [], [], attribution))
        return out

    fast, slow = readings(), readings()
    quoted_speech._attribute_quote_continuations(fast)
    _continuations_by_scan(slow)
    assert [(r.attribution.claimant.name, r.attribution.resolved_from) if r.attribution else None for r in fast] == [
        (r.attribution.claimant.name, r.attribution.resolved_from) if r.attribution else None for r in slow
    ]


@QUICK
@given(texts)
@example("U.S. officials. Mr. Smith.. a.b.c. .x. ”. ..")
def test_word_before_a_stop_read_backwards(text: str) -> None:
    for end in range(1, len(text) + 1):
        if text[end - 1] == ".":
            m = sentences._WORD_BEFORE_RE.search(text[max(0, end - 64) : end])
            expected = m.group(1).rstrip(".").lower() if m else None
            assert sentences._word_before_stop(text, end) == expected


ADJECTIVES = sorted({a for p in GAZETTEER.places.values() for a in p.adjectives})
adjective_texts = st.lists(
    st.tuples(
        separator,
        st.sampled_from(ADJECTIVES).flatmap(_cased)
        | st.sampled_from(sorted(place_roles.GEOGRAPHIC_NOUNS | place_roles._MODIFIERS))
        | st.sampled_from(["-", "'", "’", "Kyiv", "anti", "x", "occupied", " ", "\n"])
        | piece,
    ),
    max_size=30,
).map(lambda parts: "".join(s + p for s, p in parts))


@QUICK
@given(adjective_texts)
@example("the Belarusian border, non-Russian territory, Russian-held land, North  Korean soil, Russians's lands")
@example("South Korean\nterritory and the South African-Russian border")
def test_adjective_trie_finds_what_the_alternation_finds(text: str) -> None:
    adjectives = alternation([a for p in GAZETTEER.places.values() for a in p.adjectives])
    old = re.compile(rf"(?<![\w-])(?P<adj>{adjectives})(?![\w'’-])(?P<rest>(?:\s+[a-z][\w-]*){{1,3}})")
    new = place_names._adjective_pattern(len(GAZETTEER.places))
    assert _spans(new.finditer(text)) == _spans(old.finditer(text))


@QUICK
@given(st.lists(st.text(alphabet="abAB-' .", min_size=1, max_size=4).filter(lambda w: w[0] != " "), min_size=1,
                max_size=6), st.text(alphabet="abAB-' .\n", max_size=30), st.booleans())  # fmt: skip
def test_trie_with_not_after_matches_the_lookbehind_before_it(words: list[str], text: str, ignorecase: bool) -> None:
    flags = re.IGNORECASE if ignorecase else 0
    if ignorecase:  # a trie branches on characters as written: "B" and "b.A" would be two branches
        words = [w.lower() for w in words]
    old = re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])", flags)
    trie = trie_alternation(words, space=r"\s+", not_after=r"[\w-]")
    new = re.compile(rf"{trie}(?![\w-])", flags)
    assert _spans(new.finditer(text)) == _spans(old.finditer(text))


SETTING_WORDS = ["who", "which", "in", "at", "during", "on", "a", "the", "his", "briefing", "statement", "interview",
                 "Telegram", "X", "social media", "television", "hearing", "-", ",", "video", "news", "\n"]  # fmt: skip
setting_texts = st.lists(st.tuples(separator, st.sampled_from(SETTING_WORDS).flatmap(_cased) | piece), max_size=25).map(
    lambda parts: "".join(s + p for s, p in parts)
)


@QUICK
@given(setting_texts)
@example("Kirby, who in a press briefing ")
@example("Mr. Kirby, speaking to reporters (on Telegram), on Telegram\n")
@example("the mayor's office, which on social  media")
def test_setting_stripped_from_the_last_mark_as_by_the_whole_sub(text: str) -> None:
    assert attribution._strip_setting(text) == attribution._SETTING_BEFORE.sub("", text)


@QUICK
@given(texts.map(lambda t: t + " will send") | texts.map(lambda t: "The UK plans to " + t) | texts)
@example("Norway is sending 24 howitzers")
@example("the US has pledged to supply, and Germany will give")
def test_commitment_stems_let_through_every_commitment(text: str) -> None:
    if commitments._COMMITMENT.search(text):
        assert commitments._may_commit(text)


@QUICK
@given(texts.map(lambda t: t + " in Moscow") | texts)
@example("the US Embassy in Moscow")
@example("authorities\tat the Kremlin")
def test_located_actor_guard_lets_through_every_located_phrase(text: str) -> None:
    raw = " ".join(text.split())  # what resolve_actor passes on: single spaces only
    if actors._LOCATED.match(raw):
        assert " in " in raw or " at " in raw


PERSON_NAMES = sorted({a for actor in actors.actor_lexicon().actors.values() if actor.kind == "person"
                       for a in (actor.name, *actor.aliases) if len(a) > 3})  # fmt: skip


@QUICK
@given(st.lists(st.tuples(separator, st.sampled_from(PERSON_NAMES).flatmap(_cased) | piece), max_size=20).map(
    lambda parts: "".join(s + p for s, p in parts)))  # fmt: skip
@example("Zelensky's aide, xZelensky, Zelenskyy and _Putin")
def test_known_person_scan_finds_what_the_word_boundary_trie_finds(text: str) -> None:
    key = actors.env_value("CLAIMTRACK_ACTORS")
    old = re.compile(rf"\b{trie_alternation(set(PERSON_NAMES))}\b")
    assert _spans(actors._known_person_pattern(key).finditer(text)) == _spans(old.finditer(text))


@QUICK
@given(st.sampled_from(ALIASES).flatmap(_cased) | texts)
def test_capital_test_of_a_place_name(text: str) -> None:
    fast = text == text.lower() if text.isascii() else not any(c.isupper() for c in text)
    assert fast == (not any(c.isupper() for c in text))


@QUICK
@given(texts | st.text() | st.text(st.characters(max_codepoint=127)))
@example(" \u00a0x_y-z 3\u2028")
@example("\x1c\x1fA_b\t-\x7f9 z\x0b")  # ASCII separators that split() also splits at
@example("“We’ll hold,” he said \u2014 and…\u00a0‘again’ – no")  # ASCII once its quotes and dashes are spaces
@example("Łukaszenko’s “talks” – in Kraków")  # letters that are not ASCII after the quotes are gone
def test_merge_key_words_as_the_substitution_gives_them(text: str) -> None:
    assert claim_merging._words_of(text) == claim_merging._NON_WORDS.sub(" ", text).strip()


def _words_before_name_in_80(sentence: str, start: int) -> list[str]:
    """`place_roles._words_before_name` as it was: the tokens of the 80 characters before the name."""
    words = re.findall(r"[\w'’-]+|[^\w\s]", sentence[max(0, start - 80) : start])
    for _ in range(4):
        if words and (
            words[-1].lower() in place_roles._DETERMINERS
            or words[-1].lower() in {"and", "or"}
            or place_roles._is_modifier(words[-1])
            or re.fullmatch(r"[A-Z][\w-]*['’]s", words[-1])
        ):
            words.pop()
    return words


@QUICK
@given(st.lists(st.tuples(separator, st.sampled_from(sorted(place_roles._DETERMINERS | place_roles._MODIFIERS |
                                                            place_roles.TOWARD_PREPOSITIONS)) | piece), max_size=40)
       .map(lambda parts: "".join(s + p for s, p in parts)))  # fmt: skip
def test_words_before_a_name_from_a_shorter_window(text: str) -> None:
    for start in range(0, len(text) + 1, 3):
        new, old = place_roles._words_before_name(text, start), _words_before_name_in_80(text, start)
        for locative in (True, False):
            assert place_roles._governed_by(new, locative) == place_roles._governed_by(old, locative)


@QUICK
@given(texts)
@example("“We said ’’ it '' and \"this’ too”")
def test_quote_marks_are_found_as_by_the_plain_alternation(text: str) -> None:
    plain = re.compile(r"[“”\"]|''|’’")
    assert [m.span() for m in attribution._QUOTES_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_no_unicode_digit_lies_below_the_first_one_the_digit_scan_looks_at() -> None:
    digits = [c for c in range(0x80, 0x110000) if re.match(r"\d", chr(c))]
    assert min(digits) == 0x660
    for text in ("٣ soldiers", "sold’iers ۴", "“no digit here”", "é", "x\U0001d7ce"):
        assert has_digit(text) == (re.search(r"\d", text) is not None)


@QUICK
@given(texts)
@example("Monday's mayday, in mid-May; THE DAY BEFORE, todays today")
@example("late winter, the summers of war, this Autumn")
def test_guard_words_of_dates_are_the_words_the_guards_read(text: str) -> None:
    low = text.lower()
    wanted = dates._MONTH_WORDS | dates.WEEKDAYS.keys() | dates._RELATIVE_WORDS | dates.SEASON_MONTHS.keys()
    assert dates._guard_words(low) == set(dates._WORDS.findall(low)) & wanted


@QUICK
@given(texts)
@example("400 troops, but this number may rise to 500 and THE TALLY reached 12")
def test_anaphoric_counts_need_one_of_their_words(text: str) -> None:
    if noun_first_counts._THIS_NUMBER_RE.search(text):
        assert may_hold(lowered(text), noun_first_counts._THIS_NUMBER_WORDS)


@QUICK
@given(texts, st.integers(0, 400))
@example("the border with Belarus, near the town's outskirts of Kharkiv", 50)
def test_last_words_before_a_place_from_a_short_window(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    expected = place_names._WORDS_BEFORE.findall(text, max(0, pos - 60), pos)[-3:]
    assert place_scoring._last_words(text, pos) == expected


@QUICK
@given(
    st.lists(
        st.sampled_from(
            [
                "said",
                "aid",
                "raid",
                "paid",
                "laid",
                "AID",
                "sent",
                "giving",
                " ",
                ", ",
                "x",
                "supplies",
                "tranche",
                "Aid's",
                "-",
            ]
        ),
        max_size=12,
    ).map("".join)
    | texts
)
@example("he said the raid was paid for; aid")
def test_delivery_prefilter_lets_every_delivery_word_through(text: str) -> None:
    low = lowered(text)
    if low is not None and commitments._DELIVERY.search(text):
        assert commitments._may_name_a_delivery(low)
    assert commitments._announces_delivery(text) == (commitments._DELIVERY.search(text) is not None)


@QUICK
@given(texts)
@example("Officials reportedly believe it will probably, perhaps, be claimed; almost certainly an estimate")
def test_language_cue_scans_find_what_their_patterns_find(text: str) -> None:
    low = text.lower()
    for pattern, scan in zip(confidence._LANGUAGE_TWINS, confidence._LANGUAGE_SCANS, strict=True):
        assert (scan.search(low) is not None) == (pattern.search(low) is not None)
    assert sum(isinstance(scan, StartScan) for scan in confidence._LANGUAGE_SCANS) >= 6


LANGUAGE_PIECES = ["reportedly", "unconfirmed", "purport", "purported", "purportedly", "purporting", "allegedly",
                   "could not be verified", "cannot independently verify", "unverified", "claim", "claims", "claimed",
                   "claimant", "almost certainly", "almost", "certainly", "assess", "assessment", "believed",
                   "probably", "likely", "think", "thinks", "could", "may", "mayor", "might", "possibly", "possible",
                   "perhaps", "expect", "expected", "will", "willing", "plan to", "planned to", "plane", "predicts",
                   "forecast", "forecasters", "set to", "set", "due to", "estimate", "estimated", "estimation",
                   "the", "it"]  # fmt: skip
language_texts = st.lists(
    st.tuples(st.sampled_from([" ", "", "_", "2", "\u00e9", "\u0301", "-", ", ", *TRAPS]),
              st.sampled_from(LANGUAGE_PIECES).flatmap(_cased)),
    max_size=12,
).map(lambda parts: "".join(s + p for s, p in parts))


DATE_PIECES = ["in", "last", "this", "next", "since", "during", "the", "that", "same", "previous", "preceding",
               "coming", "recent", "on", "at", "over", "later", "earlier", "late", "early", "yesterday", "today",
               "tonight", "day", "days", "week", "weeks", "month", "year", "weekend", "morning", "night", "before",
               "May", "March", "Sept", "Dec", "ago", "two", "3", "1999", "2024", "20", "19", "of", "Monday",
               "in the coming days", "in recent weeks", "the previous day", "the day before", "this morning",
               "last night", "at the weekend", "later that day", "earlier in the day", "the same day", "in May",
               "last March", "this week", "next year", "late this month", "3 days ago", "early 2024", "in 1999",
               "by the end of 2024", "May 3", "3 May", "2024-02-03"]  # fmt: skip
date_texts = st.lists(
    st.tuples(st.sampled_from([" ", "  ", "", "\n", "\u00a0", "-", ", ", "2", "_", "\u00e9", *TRAPS]),
              st.sampled_from(DATE_PIECES).flatmap(_cased)),
    max_size=14,
).map(lambda parts: "".join(s + p for s, p in parts))


@QUICK
@given(texts | date_texts)
@example("later that day, in May, at the weekend; in 2024 the previous day, the day before, earlier this week")
@example("in\u00a0may 1999-2020, tonight TODAY")
@example("He left on Monday during May, in the coming days, the previous day.")
@example(" lateMay 3")  # glued: no "late May" (range_month needs a hyphen or a space), guarded or not
def test_date_year_and_pair_guards_let_through_every_text_their_patterns_match(text: str) -> None:
    low = lowered(text)
    runs = tuple(w.encode() for w in re.findall("[a-z]+", low)) if low is not None else ()
    for name, pattern in dates._COMPILED:
        if pattern.search(text):
            assert name not in dates._NEEDS_YEAR or "19" in text or "20" in text
            if name in dates._PAIRS and low is not None:
                assert dates._has_pair(runs, *dates._PAIRS[name])
    unguarded = tuple((name, pattern, twin, dates.GUARD_ALWAYS, False, None, False, None)
                      for name, pattern, twin, *_ in dates._PLAN)
    guarded, dates._PLANS = dates._PLANS, dates.plans_of(unguarded)  # type: ignore[misc]
    try:
        plain = dates.read_dates(text, 0, dt.date(2024, 3, 5))  # the scan itself: no call kept (`KeptDates`)
    finally:
        dates._PLANS = guarded  # type: ignore[misc]
    assert dates.read_dates(text, 0, dt.date(2024, 3, 5)) == plain


@QUICK
@given(texts | date_texts)
@example("yesterday today tonight this morning last night late last week earlier this month later in the year "
         "earlier in the day later that day on the same day later in the evening the previous day the day before "
         "in the coming weeks in recent days over the weekend at the weekend early next year, "
         "that morning")
@example("on Monday, last Friday, late sunday evening; in 2024, since 1999, by the end of 2020, until the end of "
         "2021, before the end of 2019; in May, during March, this June, since Sept; on May 3, 2024, Dec. 30; "
         "in March 2022, last May 2019")
def test_date_scans_with_openings_find_what_their_patterns_find(text: str) -> None:
    low = lowered(text)
    for name, pattern in dates._COMPILED:
        assert _spans(finditer_lowered(pattern, dates._TWINS[name], text, low)) == _spans(pattern.finditer(text))
    assert set(dates._OPENINGS) <= {name for name, _ in dates._COMPILED}


@QUICK
@given(texts | language_texts)
@example("It may plan to; claims, unverified, forecasters: an estimate, almost certainly, set to, due to, purporting")
@example("the mayor's plane, willing claimants, estimated2, ıt will, maý, reportedly_")
def test_language_cues_are_those_their_patterns_find(text: str) -> None:
    plain = tuple((cred, term, reason) for pattern, _, cred, term, reason in confidence._LANGUAGE_RES
                  if pattern.search(text))
    confidence._CUES_FOUND.clear()
    assert confidence._language_cues(text) == plain
    assert confidence._language_cues(text) == plain  # remembered
    assert confidence._scan_language_cues(text) == plain
    low = lowered(text)
    if low is not None:  # each run guard lets through every text its pattern matches
        runs = {w.encode() for w in re.findall("[a-z]+", low)}
        for (pattern, *_), (words, parts) in zip(confidence._LANGUAGE_RES, confidence._LANGUAGE_RUNS, strict=True):
            if pattern.search(text):
                assert words & runs or any(part in low for part in parts)


@QUICK
@given(texts)
@example("77 cases of arbitrary detention, killing 20, 5 were abducted, a 3,000-strong force, 12 SERVICE  members")
@example("the number of troops at the border reaches 140,000, but soon this number may rise to 150,000")
@example("announceat least 3,000at least 3,000soldiers")  # a noun glued to its number (found by hypothesis)
def test_counted_word_guard_lets_through_every_sentence_with_a_count(text: str) -> None:
    if quantities.find_counts(text):
        assert counted_nouns._may_name_what_is_counted(lowered(text))


@QUICK
@given(texts)
@example("five hundred soldiers, a dozen tanks, 12 SERVICE members and 3,000soldiers: tanks – 3,552 (+15)")
@example("dozens of drones and several hundred troops were killed")
def test_counts_need_a_digit_or_a_number_word(text: str) -> None:
    """find_counts answers [] at once for a text with neither: what the rest of it would find there."""
    if quantities._may_hold_a_count(text):
        return
    original = quantities._may_hold_a_count
    try:
        quantities._may_hold_a_count = lambda _text: True  # the guard off: the checks after it decide
        assert quantities.find_counts(text) == []
    finally:
        quantities._may_hold_a_count = original


@QUICK
@given(texts)
@example('Russia said: "Kirby told reporters, according to Reuters, that 3,000 troops were killed," he said.')
@example("Russia's Defence Ministry: Ukraine lost 300 troops, per Ukrainian intelligence")
def test_a_wholly_quoted_sentence_has_no_cue(text: str) -> None:
    """The pipeline does not look for cues in a sentence one quote holds: find_cues finds none there."""
    assert attribution.find_cues(text, [(0, len(text))]) == []
    if text:  # a sentence is never empty
        sentence = Sentence(text, 0, len(text), 0, 0)
        assert quoted_speech._wholly_quoted(sentence, [(0, len(text))])
        assert not quoted_speech._wholly_quoted(sentence, [(0, len(text) - 1)])
        assert not quoted_speech._wholly_quoted(sentence, [])


def test_counted_word_guard_is_a_real_filter() -> None:
    assert not counted_nouns._may_name_what_is_counted("about 3,000 of them arrived on 12 may, he said in 2024")
    assert counted_nouns._may_name_what_is_counted(None)  # a text with a case-folding trap: it cannot tell
    assert counted_nouns._may_name_what_is_counted(" 3,000 troops")
    assert quantities.find_counts("about 3,000 of them arrived") == []


@QUICK
@given(texts)
@example("the Belarus-Ukraine border, -Russia-Ukraine, xRussia-Ukraine, Russia-Ukraine-Belarus's and E.U.-Russia")
def test_hyphenated_names_scan_finds_what_the_lookbehind_pattern_finds(text: str) -> None:
    plain = re.compile(r"(?<![\w-])[A-Z][\w.'’]*(?:-[A-Z][\w.'’]*)+(?![\w-])")
    assert _spans(place_names._HYPHENATED_RE.finditer(text)) == _spans(plain.finditer(text))


ADJECTIVES = sorted({a for p in GAZETTEER.places.values() for a in p.adjectives})
geographic_texts = st.lists(
    st.tuples(
        separator,
        st.sampled_from(ADJECTIVES).flatmap(_cased)
        | st.sampled_from(sorted(place_roles.GEOGRAPHIC_NOUNS | place_roles._MODIFIERS)).flatmap(_cased)
        | piece,
    ),
    max_size=20,
).map(lambda parts: " ".join(s + p for s, p in parts))


@QUICK
@given(geographic_texts)
@example("the Russian border and Ukrainian sovereign territory, the Belarusian-Ukrainian frontier")
@example("RUSSIAN TERRITORY, russian Territory and Russian occupied territory")
def test_adjective_mentions_need_a_geographic_noun_in_the_text(text: str) -> None:
    """The substring test before the adjective scan lets through every sentence the scan finds a mention in."""
    found = place_names._adjective_mentions(text, 0, [])
    unguarded = place_names._may_name_geography
    try:
        place_names._may_name_geography = lambda sentence: True
        assert place_names._adjective_mentions(text, 0, []) == found
    finally:
        place_names._may_name_geography = unguarded


reference_texts = st.lists(
    st.tuples(
        separator,
        st.sampled_from([*place_references._REFERENCE_NOUNS, "the", "The", "nearby", "towns", "cityscape", "airports",
                         "downtown", "port-side", "Kyiv"]).flatmap(_cased)
        | piece,
    ),
    max_size=20,
).map(lambda parts: " ".join(s + p for s, p in parts))


@QUICK
@given(reference_texts)
@example("the town, The City and the capital")
@example("THE TOWN and the town\u0131 and the port-side and the ca\u017fital")
@example("the downtown cityscape and the airports")
def test_reference_guard_lets_through_every_sentence_the_scan_finds_a_reference_in(text: str) -> None:
    """The word lookup before the reference scan answers what the scan alone answers."""
    assert place_references.refers_to_context(text) == (place_references._REFERENCE_SCAN.search(text) is not None)


@QUICK
@given(geographic_texts)
@example("the Russian front-line and Polish land, Ukrainian soil")
@example("Russian BORDER and Russian border\u0131 and Russian frontlines")
def test_geographic_guard_passes_every_sentence_with_a_noun_the_adjective_scan_reads(text: str) -> None:
    """Where the guard refuses a sentence, no match of the adjective scan has a geographic noun among its words."""
    if place_names._may_name_geography(text):
        return
    pattern = place_names._adjective_pattern(len(GAZETTEER.places))
    assert not any(set(m.group("rest").split()) & place_roles.GEOGRAPHIC_NOUNS for m in pattern.finditer(text))


def test_adjective_mentions_are_found_past_the_guard() -> None:
    assert [m.raw for m in place_names._adjective_mentions("troops crossed the Belarusian border", 0, [])] == [
        "Belarusian border"
    ]
    assert place_names._adjective_mentions("Russian forces advanced", 0, []) == []


pointer_texts = (
    texts
    | texts.map(lambda t: "It was reported by " + t)
    | texts.map(lambda t: t + " informed about it. ")
    | texts.map(lambda t: t + " reported THIS!\n")
)


@QUICK
@given(pointer_texts)
@example("The ministry informed about it.")
@example("This has been confirmed by the governor")
@example("Kyiv reported that \u00a0!  ")
def test_pointer_relay_guard_lets_through_every_sentence_the_pattern_matches(text: str) -> None:
    if carried_speakers._POINTER_RELAY.search(text):
        assert carried_speakers._may_point_back(text)


def test_pointer_relay_guard_is_a_real_filter() -> None:
    assert not carried_speakers._may_point_back("The ministry said 300 tanks were lost on Monday.")
    assert not carried_speakers._may_point_back("Reports of it spread.")
    assert carried_speakers._may_point_back("It said so.") and carried_speakers._may_point_back("X reported it .")
    assert carried_speakers._may_point_back("\u0130t was reported by X.")  # a case-folding trap: it cannot tell


@QUICK
@given(texts)
@example("the Belarus-Ukraine border and a pro-Russian-Belarusian one")
def test_hyphenated_names_need_a_hyphen_before_a_capital(text: str) -> None:
    """`_hyphenated_mentions` reads no sentence without '-' before a capital: the pattern finds nothing there."""
    if place_names._HYPHENATED_RE.search(text):
        assert place_names._HYPHEN_CAPITAL.search(text)
    assert not place_names._HYPHEN_CAPITAL.search("a pro-russian, well-known figure")


@QUICK
@given(texts, st.integers(0, 400))
@example("x" * 39 + "Reuters estimated", 56)
@example("a" * 45 + " said", 46)
def test_words_before_a_cue_end_with_the_last_word_of_the_whole_prefix(text: str, start: int) -> None:
    """`_cue_matches` reads only the last word before a cue (or that there is none): read backwards, it is the
    last of the whole prefix's words."""
    start = min(start, len(text))
    whole = re.findall("[A-Za-z]+", text[:start])
    assert attribution._last_word_before(text, start) == (whole[-1] if whole else "")


@QUICK
@given(texts)
@example("as reported by")
@example("(aS has  been\u00a0quickly ")
@example("x,Aſ was ")
def test_as_guard_lets_through_every_tail_the_passive_pattern_matches(text: str) -> None:
    """`_may_follow_as` is a necessary condition for `_AS_BEFORE_PASSIVE`, on any text and with a space after it."""
    for tail in (text, text + " ", text + " as " + text[:6] + " "):
        if attribution._AS_BEFORE_PASSIVE.search(tail):
            assert attribution._may_follow_as(tail)


@QUICK
@given(texts)
@example("said,according(told)x-said")
@example("unsaid said,said’ésaid SAID saidx ſaid İsaid mayday may,May")
def test_words_looked_up_among_letter_runs_are_those_a_word_scan_finds(text: str) -> None:
    """`word_spans`, `holds_word` and `words_among` find the words a regex scan for whole runs of a-z finds."""
    word_sets = [attribution._CUE_WORDS, quantities._NUMBER_WORDS,
                 {*dates._MONTH_WORDS, *dates.WEEKDAYS, *dates._RELATIVE_WORDS}]  # fmt: skip
    for low in (text, text.lower(), text.upper().lower()):
        for words in word_sets:
            scan = re.compile(rf"(?<![a-z])(?:{alternation(sorted(words))})(?![a-z])")
            as_bytes = ascii_words(words)
            spans = [m.span() for m in scan.finditer(low)]
            assert word_spans(low, as_bytes) == spans
            assert holds_word(low, as_bytes) == bool(spans)
            assert words_among(low, as_bytes) == {m.group(0) for m in scan.finditer(low)}
    with pytest.raises(ValueError):
        ascii_words(["said", "Told"])


@QUICK
@given(texts)
@example("They accused the Kremlin; critics urged Moscow and thanks Kyiv")
@example("Xpraised   the ")
def test_party_verb_starts_let_through_every_party_verb_before_a_name(text: str) -> None:
    """`place_roles._is_party` searches for a party verb only in a window holding a verb's first four letters: the
    search finds a party verb in no other window."""
    for end in range(len(text) + 1):
        window = text[max(0, end - 20) : end]
        verb = place_roles._VERB_BEFORE.search(text, max(0, end - 20), end)
        if verb is not None and verb.group(1) in place_roles.PARTY_VERBS:
            assert any(start in window for start in place_roles._PARTY_VERB_STARTS)


# lines of the dash style of translated copy: stops, closing quotes, dashes and capitals in any order
dash_lines = st.text(alphabet=".!?\"”“-–— \tAa,", max_size=40)


@given(dash_lines, st.integers(0, 45))
@example('x."- The', 0)
@example('a. - B', 3)
@example('.\'"— A', 3)
@settings(max_examples=400)
def test_dash_opening_after_a_sentence_is_the_pattern_search(line: str, pos: int) -> None:
    """The dash opening after a sentence, found from the stop before it, is the lookbehind pattern's search."""
    got = attribution._dash_open_after_sentence(line, pos)
    want = attribution._DASH_OPEN_AFTER_SENTENCE.search(line, pos)
    assert (got and got.span()) == (want and want.span())


@given(st.text(alphabet="ab_Zé٣1 .,-’\t", max_size=20))
@example("U.S.")
@example("at 3.")
@example("_.")
def test_glued_word_is_the_pattern_group(head: str) -> None:
    """The word read backwards before a line's final full stop is the run `_GLUED_WORD_RE` finds (lines hold no
    newline, before which `$` would also match)."""
    m = sentences._GLUED_WORD_RE.search(head)
    assert sentences._glued_word(head) == (m.group(1) if m else None)


@given(st.text(alphabet='aZ"“” \t-’_,.é', max_size=30), st.integers(0, 32))
@example('said the "Azov Brigade', 22)
@example('of  "Information Resistance', 27)
@settings(max_examples=400)
def test_quoted_name_window_keeps_every_match(text: str, close: int) -> None:
    """Searched from `_quoted_name_window`, `_QUOTED_NAME_END` finds a match ending at `close` iff from 0 it does."""
    close = min(close, len(text))
    window = attribution._quoted_name_window(text, close)
    found = attribution._QUOTED_NAME_END.search(text, window, close) is not None
    assert found == (attribution._QUOTED_NAME_END.search(text, 0, close) is not None)


@given(st.text(alphabet="alyYz’' \t\n-.", max_size=24))
@example("the minister angrily ")
@example("x  sharply")
@example("' early\n")
def test_manner_before_cue_is_the_pattern_search(text: str) -> None:
    """The adverb read backwards is the one `_MANNER_BEFORE_CUE` finds, at the same start."""
    m = attribution._MANNER_BEFORE_CUE.search(text)
    assert attribution._manner_before_cue(text) == ((m.start(), m.group("adverb")) if m else None)


@given(texts | st.sampled_from(["told Fox News Friday", "said yesterday\n", "Kyiv said today"]))
def test_trailing_day_needs_a_final_y(text: str) -> None:
    """`_resolve_actor` strips a trailing day only from a phrase ending in "y" (or a newline): no other matches."""
    if actors._TRAILING_DAY.search(text) is not None:
        assert text.endswith(("y", "\n"))


@given(texts | st.text(alphabet="Ab, \t.gives"))
@example("The UK, the US will send")
@example(", Germany is to supply")
def test_commitment_search_is_the_pattern_search(text: str) -> None:
    """The commitment found at the start or after a comma is the pattern's leftmost match."""
    got, want = commitments._commitment_search(text), commitments._COMMITMENT.search(text)
    assert (got and (got.span(), got.span("who"))) == (want and (want.span(), want.span("who")))


@given(st.text(alphabet="ab1 \t–—:-", max_size=20))
@example("killed - 3")
@example("x: two a 4")
def test_tally_guard_scan_is_the_guard(text: str) -> None:
    """The charset-first tally guard finds the guard's leftmost match."""
    got, want = tally_and_glued_counts._TALLY_GUARD_SCAN.search(text), tally_and_glued_counts._TALLY_GUARD.search(text)
    assert (got and got.span()) == (want and want.span())


@given(st.text(alphabet="aU_é٣. ,", max_size=12))
@example("in the U.S.")
@example("e.g.")
@example("xU.S.")
def test_glued_initials_is_the_pattern_search(head: str) -> None:
    """Initials read backwards are those `_GLUED_INITIALS_RE` finds (lines hold no newline)."""
    assert sentences._glued_initials(head) == (sentences._GLUED_INITIALS_RE.search(head) is not None)


_WORD_START_SCANS = [
    (places._OUR_PLACE_RE, places._OUR_PLACE_SCAN),
    (date_carry._OCCASION, date_carry._OCCASION_SCAN),
    (counted_nouns._VERB_COUNT_RE, counted_nouns._VERB_COUNT_SCAN),
    (carried_speakers._REPORTATIVE, carried_speakers._REPORTATIVE_SCAN),
]
_WORD_START_SAMPLES = st.sampled_from([
    "near our border and My own territory", "xour land", "She met with him; he spoke", "He met by chance",
    "KILLED 3, killing kılled", "wounded-killed", "it was to have said", "they were reportedly to be",
])  # fmt: skip


@pytest.mark.parametrize("pattern, scan", _WORD_START_SCANS, ids=["our_place", "occasion", "verb_count", "reportative"])
@given(text=texts | _WORD_START_SAMPLES | st.lists(_WORD_START_SAMPLES | texts, max_size=4).map(" ".join))
def test_word_start_scans_are_their_patterns(pattern: re.Pattern[str], scan: StartScan, text: str) -> None:
    """Each pattern opening with \\b, scanned from word start to word start, finds its matches and first match."""
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    got, want = scan.search(text), pattern.search(text)
    assert (got and got.span()) == (want and want.span())


@given(st.text(alphabet="a wilsWILL,;:\n", max_size=90) | st.sampled_from(["X will go to Kyiv, this week", "due; May"]),
       st.integers(0, 95))
def test_future_clause_window_keeps_every_match(text: str, start: int) -> None:
    """Searched from after the window's last , ; or :, the future-clause pattern finds a match ending at `start`
    iff it does from the reach's start."""
    start = min(start, len(text))
    full = date_roles._FUTURE_CLAUSE_BEFORE.search(text, max(0, start - date_roles._FUTURE_REACH), start)
    assert date_roles.in_a_future_clause(text, start) == (full is not None)


@QUICK
@given(texts, st.integers(0, 120), st.integers(0, 160))
@example("ſaid: in Kyiv", 0, 13)
@example("He SPOKE at the Hague", 3, 21)
def test_saying_stem_window_asked_of_the_twin(text: str, start: int, end: int) -> None:
    """`place_scoring._may_say` answers what the IGNORECASE stem scan answers over the same window."""
    expected = place_scoring._SAYING_OR_SPEAKING.search(text, start, end) is not None
    assert place_scoring._may_say(text, start, end) == expected


glued_texts = st.lists(st.sampled_from(["city", "self", "week", "Kyiv", "a", "-", "–", "—", " ", "said", "says",
                                        "sa", "saying", "ł", "."]), max_size=12).map("".join)  # fmt: skip


@given(glued_texts)
@QUICK
def test_glued_dash_needles_are_in_every_glued_dash(text: str) -> None:
    if attribution._GLUED_DASH_SAID_RE.search(text) is not None:
        assert attribution.may_hold_glued_dash(text)


@given(glued_texts, st.sampled_from(["said", "says", "noted"]))
@QUICK
def test_glued_dash_before_is_the_pattern_at_the_dash(before: str, verb: str) -> None:
    dash = len(before) - 1  # the whole text scanned, against the function's window of five characters
    at_dash = verb in {"said", "says"} and any(
        m.start() == dash for m in attribution._GLUED_DASH_SAID_RE.finditer(before + verb))
    assert attribution.glued_dash_before(before, verb) is at_dash

@QUICK
@given(texts, st.sampled_from(["Tour", "Ross", "grace", "Said", "Kyiv", "a", "Twenty-Five", "sOldier", "İd"]))
@example("across Ross's tours, Tour-es grace. 'grace’ Ross", "Ross")
def test_written_in_lowercase_is_the_word_bounded_search(text: str, word: str) -> None:
    """Matching at each place the lowercase word is written finds what the search that opens with a lookbehind finds."""
    plain = re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?:e?s)?(?![\w'’-])", text) is not None
    assert actors.written_in_lowercase(word, text) == plain
    for glued in (text + word.lower(), word.lower() + "s " + text, text + " " + word.lower() + "es"):
        plain = re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?:e?s)?(?![\w'’-])", glued) is not None
        assert actors.written_in_lowercase(word, glued) == plain


TITLE_PIECES = ["the ambassador", "Ambassador", "AMBASSADOR to the", "ambassador", "deputy foreign minister", "Deputy",
                "Foreign Minister", "minister", "Oksana Markarova", "Markarova", "Markarova,", "Ivan Sirko", "Sirko",
                "Ukraine's", "of", "for", "the", "to", "US", ",", ", ", " - ", "ambassadors", "İ", "ſ",
                "K"]  # fmt: skip
title_texts = st.lists(st.tuples(separator, st.sampled_from(TITLE_PIECES)), max_size=25).map(
    lambda parts: "".join(s + p for s, p in parts))


@QUICK
@given(title_texts, st.sampled_from([["ambassador"], ["foreign", "minister"], ["deputy", "foreign", "minister"]]),
       st.sampled_from(["Oksana Markarova", "Ivan Sirko"]))
@example("Ukraine's AMBASSADOR to the US, Oksana Markarova", ["ambassador"], "Oksana Markarova")
@example("Markarova, the ambassador", ["ambassador"], "Oksana Markarova")
def test_titled_in_text_finds_what_one_search_finds(text: str, wanted: list[str], name: str) -> None:
    """The title matched where the lowercased document writes its first word, and the name-first search, find what
    the one search for either finds."""
    person = ActorRef(name=name, kind="person", raw=name)
    title = r"(?i:" + r"\s+".join(map(re.escape, wanted)) + ")"
    named = r"(?:" + re.escape(name) + "|" + re.escape(name.split()[-1]) + r")\b"
    pattern = rf"(?<![\w-]){title}{actors._TITLE_TO_NAME}{named}|{named},\s+{actors._NAME_TO_TITLE}{title}(?![\w-])"
    expected = bool(text) and wanted[-1] in actors.TITLE_WORDS and " ".join(wanted) in text.lower() \
        and re.search(pattern, text) is not None
    assert actors._titled_in_text(wanted, person, text) == expected


@QUICK
@given(texts)
@example("Troops WILL go; plans  to; set\tto; by the end of MAY, by Mayor; İs to; is-to; are_to; would've")
@example("2will; _would; abyss by\nthe end of\tjuly; nearby may; by_may; by mayor2; ſwill; wills")
def test_forecast_words_among_letter_runs_before_the_scan(text: str) -> None:
    """`names_a_forecast` answers what a search with `FORECAST_RE` answers: it skips only texts whose runs of
    letters hold none of the words a forecast needs, and looks for each branch by the words it opens with."""
    variants = (text, text + " is to", text + " by jan", "set " + text + " to", "by " + text, text + "would",
                "Will" + text, "by the end of " + text)  # fmt: skip
    for variant in variants:
        assert forecasts.names_a_forecast(variant) == (forecasts.FORECAST_RE.search(variant) is not None)



@QUICK
@given(texts)
@example("Killed or WOUNDED; in hospital, shipped, sent; PoWs; casualties; ſent İn need of aid")
def test_status_cues_ruled_out_by_their_leading_literals(text: str) -> None:
    """A status twin matches only a text holding one of its leading literals; `_status_in` finds the first status
    pattern that matches, as the plain loop over the IGNORECASE patterns does."""
    low = text.lower()
    for twin, starts in zip(subjects._STATUS_TWINS, subjects._STATUS_STARTS, strict=True):
        assert starts is not None  # every status pattern opens each branch with a literal
        m = twin.search(low)
        if m is not None:
            assert any(low.startswith(s, m.start()) for s in starts)
    expected = next(((kind, label) for pattern, kind, label in subjects._STATUS_RES if pattern.search(text)), None)
    assert subjects._status_in(text) == expected


def test_leading_literals_read_the_parsed_pattern() -> None:
    assert leading_literals(re.compile(r"\bsen[dt]\b|\b(?:in|to)\s+x|^[ab]c")) == ("sen", "in", "to", "a", "b")
    assert leading_literals(re.compile(r"\bx|\s+y")) is None
    assert leading_literals(re.compile(r"(?=a)b")) is None
    with pytest.raises(ValueError):
        leading_literals(re.compile("a", re.IGNORECASE))


_BOILERPLATE_ALTERNATION = re.compile("|".join(boilerplate.BOILERPLATE_PATTERNS), re.IGNORECASE)
_FURNITURE_WORDS = [
    "subscribe", "newsletter", "sign up", "read", "min read", "Most read", "menu", "search", "photo", "Image", "©",
    "copyright", "share on", "cookies", "via Getty Images", "watch", "all rights reserved", "click here",
    "editors' picks", "related stories", "you can now listen", ":", "  ", "listen", "close", "trending", "Latest news",
    "news feed", "edit post", "more news", "skip to main content", "enter your email", "email address", "follow us",
    "indicates required", "successfuly subscribed", "advertisement", "this audio is created", "1 minute read",
]  # fmt: skip
furniture = st.lists(
    st.tuples(separator, st.sampled_from(_FURNITURE_WORDS).flatmap(_cased) | piece), max_size=12
).map(lambda parts: "".join(s + p for s, p in parts))


@QUICK
@given(furniture)
@example("Subscribe")
@example("  Related stories ")
@example("Photo : AFP")
@example("ſubscribe now")
@example("5 min read")
@example("Listen")
def test_boilerplate_branches_searched_alone_find_what_the_alternation_finds(line: str) -> None:
    """`is_boilerplate_line` searches only the branches whose words the line holds: the same answer as the
    whole alternation (and each branch's words are a necessary condition for it)."""
    words = line.split(None, boilerplate.MAX_BOILERPLATE_WORDS)
    plain = not words or len(words) <= boilerplate.MAX_BOILERPLATE_WORDS and bool(
        _BOILERPLATE_ALTERNATION.search(line))
    assert boilerplate.is_boilerplate_line(line) == plain
    for needles, pattern in boilerplate._GUARDED_PATTERNS:
        if pattern.search(line):
            assert may_hold(lowered(line), needles)


@QUICK
@given(texts)
@example("Sybiha, 49, said")
@example("the minister ,  aged 7,")
def test_age_aside_needs_a_digit(text: str) -> None:
    """`without_age_aside` scans for an age only where the text holds a digit."""
    if attribution._AGE_ASIDE.search(text):
        assert has_digit(text)
    if not has_digit(text):
        assert attribution.without_age_aside(text) == text


_TAIL_WORDS = sorted({*attribution._SKIP_TAILS, *attribution._PASSIVE_TAILS, "into", "HAD", "Early", "ſo", "ıs"})
tailed = st.tuples(texts, st.sampled_from(_TAIL_WORDS).flatmap(_cased), st.sampled_from(["", " ", "  \n", "."]))


@QUICK
@given(tailed)
@example(("", "", ""))
@example(("he ", "was", " "))
@example(("they ", "INTO", ""))
def test_tails_looked_up_by_last_letter_are_those_endswith_finds(parts: tuple[str, str, str]) -> None:
    """`_may_end_with` tries only the tails ending with the text's last letter: what `endswith` over all says."""
    for text in ("".join(parts), parts[0], parts[1] + parts[2]):
        tail = text.rstrip()[-12:]
        for tails, by_last in ((attribution._SKIP_TAILS, attribution._SKIP_TAILS_BY_LAST),
                               (attribution._PASSIVE_TAILS, attribution._PASSIVE_TAILS_BY_LAST)):  # fmt: skip
            assert attribution._may_end_with(text, by_last) == (not tail.isascii() or tail.lower().endswith(tails))


_OCCASIONS = ["his address to the National Assembly in ", "an interview with AFP at the ", "a Speech before MPs in ",
              "REMARKS to reporters in ", "the briefing with Kyiv's envoy at ", "spoke to them in ", "rally to  x in "]


@QUICK
@given(texts, st.sampled_from(_OCCASIONS).flatmap(_cased), texts)
@example("said in", "an interview with AFP in ", "Oslo")
def test_occasion_before_a_place_holds_a_speaking_stem(before: str, occasion: str, after: str) -> None:
    """`said_at` asks `_OCCASION_WITH_BEFORE` only where a speaking noun's stem lies in the window."""
    text = before + occasion + after
    rel = len(before) + len(occasion)
    for low in (0, max(0, rel - place_scoring._SAID_AT_REACH), len(before)):
        if place_scoring._OCCASION_WITH_BEFORE.search(text, low, rel) and lowered(text) is not None:
            assert may_hold((lowered(text) or "")[low:rel], place_scoring._SPEAKING_STEMS)


@QUICK
@given(st.lists(texts, min_size=1, max_size=4))
@example(["Kyiv SAID", "Tue\u0130day", "ésaid said", ""])
def test_memos_answer_what_the_plain_computations_give(batch: list[str]) -> None:
    """`lowered`, `letter_runs` and `letter_words` remember their answers in dicts emptied when full: each answer is
    the plain computation's, before and after the memos have been filled past `MEMO_SIZE` and emptied."""
    fillers = [f"filler {i}" for i in range(prefilter.MEMO_SIZE + 1)]
    for text in [*batch, *fillers, *batch]:
        plain = None if any(trap in text for trap in TRAPS) else text.lower()
        assert lowered(text) == plain
        assert lowered(text) == plain  # asked again: from the memo
        low = text.lower()
        assert letter_runs(low) == bytes(ord(c) if "a" <= c <= "z" else 32 for c in low)
        assert letter_words(low) == tuple(w.encode("ascii") for w in re.findall("[a-z]+", low))
        assert letter_words(low) == tuple(w.encode("ascii") for w in re.findall("[a-z]+", low))


marked_texts = st.lists(
    st.tuples(st.sampled_from(["", " ", ".", ". ", "!", "? ", "?!", "…", "... ", ".”", '." ', ".)", "\n", "\n\n",
                               " \n ", "\t", "U.S. ", "Dr. ", " e.g."]), piece),
    max_size=30,
).map(lambda parts: "".join(s + p for s, p in parts))


@QUICK
@given(marked_texts)
@example("He left. Then.In turn!x?y… “Yes.” Mr. Smith.  U.S.")
@example("Jets landed in Lask.\"8 machines\n\n \nSubscribe to our newsletter. Read more.")
def test_boundary_ends_are_those_of_the_boundary_scan(text: str) -> None:
    """`sentences.boundary_ends` (the pattern matched at each stop) finds the ends `_BOUNDARY_RE.finditer` finds."""
    for block in (text, *text.split("\n")):
        assert boundary_ends(block) == [m.end() for m in _BOUNDARY_RE.finditer(block)]


def _sentences_by_scan(text: str) -> list[tuple[str, int, int, int, int]]:
    """`split_sentences` as it was written: lines by the regex [^\\n]+, boundaries by `_BOUNDARY_RE.finditer`, every
    line asked `is_boilerplate_line`."""
    out: list[tuple[str, int, int, int, int]] = []
    for paragraph, line in enumerate(re.finditer(r"[^\n]+", text)):
        block, offset = line.group(0), line.start()
        if block.isspace():
            continue
        spans, start = [], 0
        for m in _BOUNDARY_RE.finditer(block):
            if sentences._ends_sentence(block, m.end()):
                span = sentences._trimmed(block, start, m.end(), offset)
                if span is not None:
                    spans.append(span)
                start = m.end()
        if start < len(block):
            span = sentences._trimmed(block, start, len(block), offset)
            if span is not None:
                spans.append(span)
        if boilerplate.is_boilerplate_line(block):
            local = [(s - offset, e - offset) for s, e in spans]
            credit = boilerplate.credit_then_prose(block, local)
            prose = 0 if credit else boilerplate.prose_then_furniture(block, local)
            if not credit and not prose:
                continue
            spans = spans[credit:] if credit else spans[:prose]
        out += [(text[s:e], s, e, paragraph, len(out) + i) for i, (s, e) in enumerate(spans)]
    return out


@QUICK
@given(marked_texts)
@example("Photo: AFP. The governor said 8 people were killed in the town.\n\nSubscribe to our newsletter.")
@example("\n \nThe General Staff said 1,250 troops were killed there today. Subscribe to our Telegram channel.\n")
@example("Read more\nCLOSE\n\u0130 Subscribe\nThey said.")
def test_sentences_are_those_the_plain_split_finds(text: str) -> None:
    """`split_sentences` finds the sentences, offsets, paragraphs and indexes of the plain computation."""
    found = [(s.text, s.start, s.end, s.paragraph, s.index) for s in split_sentences(text)]
    assert found == _sentences_by_scan(text)



@QUICK
@given(texts)
@example("١٢ killed")
@example("no digit at all")
def test_sentence_has_digit_is_has_digit(text: str) -> None:
    """The per-sentence memo answers what `has_digit` answers, asked once or again, and after it is emptied."""
    plain = re.search(r"\d", text) is not None
    assert sentence_has_digit(text) == plain
    assert sentence_has_digit(text) == plain
    for k in range(prefilter.MEMO_SIZE + 1):  # fills the memo past its size: it is emptied, and still answers
        sentence_has_digit(f"{text} {k}")
    assert sentence_has_digit(text) == plain


_GRADES = st.sampled_from(["A", "B", "C", "D", "E", "F"])


@QUICK
@given(st.floats(allow_nan=False) | st.integers(-5, 5), _GRADES, st.integers(1, 6), st.none() | st.text(max_size=8),
       st.lists(st.text(max_size=12), max_size=4))
def test_confidence_record_is_the_validated_record(
    score: float, grade: Reliability, credibility: int, estimative: str | None, reasons: list[str]
) -> None:
    """The record built without validation is the one pydantic's validation builds: equal, same dict (keys in
    order, value types), same fields set, dumped and shown alike, and its own list and set."""
    built = confidence.confidence_record(score, grade, credibility, estimative, list(reasons))
    plain = Confidence(score=score, reliability=grade, credibility=credibility, estimative=estimative,
                       reasons=list(reasons))
    assert built == plain
    assert list(built.__dict__.items()) == list(plain.__dict__.items())
    assert [type(v) for v in built.__dict__.values()] == [type(v) for v in plain.__dict__.values()]
    assert built.model_fields_set == plain.model_fields_set
    assert built.__pydantic_extra__ == plain.__pydantic_extra__
    assert built.__pydantic_private__ == plain.__pydantic_private__
    assert built.model_dump_json() == plain.model_dump_json()
    assert repr(built) == repr(plain)
    other = confidence.confidence_record(score, grade, credibility, estimative, list(reasons))
    other.reasons.append("x")
    other.model_fields_set.discard("score")
    assert built.reasons == reasons and "score" in built.model_fields_set


_SPEAKER_WORDS = st.sampled_from(
    ["of", "Of", "to", "at", "in", "by", "the", "ambassador", "Ambassador", "envoy", "Belarus", "UN", "Russia",
     "report", "published", "a", "diplomat", "stationed", "Kyiv", "and", "he", "spokesman", "Smith", "Ivan",
     "Institute", "“quoted”", "-", "—", "(UN)", "2024", "officials", "told"])
_SPEAKER_GAPS = st.sampled_from([" ", "  ", ", ", ",", " , ", ": ", "; ", " of, ", " -- "])


@QUICK
@given(st.lists(st.tuples(_SPEAKER_WORDS, _SPEAKER_GAPS), max_size=14).map(lambda p: "".join(w + g for w, g in p)))
@example("Belarus ambassador of, to the UN ")
@example("the envoy of , to Russia Ivan ")
@example(", the ambassador to Russia ")
def test_subject_before_reads_the_tail_tokens_as_all_of_them(text: str) -> None:
    """`subject_before` walking back over the tokens from the last clause mark on finds what it finds over all."""
    from unittest import mock

    tail = attribution._tail_tokens(text)
    full = attribution._tokens(text)
    assert full[len(full) - len(tail):] == tail
    found = attribution.subject_before(text)
    with mock.patch.object(attribution, "_tail_tokens", attribution._tokens):
        assert attribution.subject_before(text) == found


_GUARD_CHARS = st.sampled_from(list("aAoOuUlLnNsSzZtTeE iIkK'’“”–—…\u00a0") + list("óÓôÔöÖüÜăĂęĘŁłńŃśŚźŹżŻșȘțȚ")
                               + ["\u0130", "\u0131", "\u017f", "\u212a", "\u1e9e", "ß", "\u03a3", "\u1f88"])


@QUICK
@given(st.text(_GUARD_CHARS, max_size=20) | st.text(max_size=20))
@example("“Łódź”")
@example("\u212a’")
def test_alias_guard_finds_what_the_ignorecase_alternation_finds(text: str) -> None:
    """`_alias_scan`'s guard (a non-ASCII character, then the letters under IGNORECASE behind it) finds a letter
    where the plain IGNORECASE alternation of the non-ASCII aliases' letters does."""
    scan = place_name_scan._alias_scan(len(load_gazetteer().places))
    assert scan is not None and scan[1] is not None
    aliases = place_name_scan._aliases(len(load_gazetteer().places))
    letters = sorted({c for a in aliases if not a.isascii() for c in a if not c.isascii()})
    plain = re.compile("|".join(map(re.escape, letters)), re.IGNORECASE)
    assert (scan[1].search(text) is None) == (plain.search(text) is None)


def test_alias_guard_agrees_on_every_character() -> None:
    """Both guards match one character at a time, so agreeing on every code point is agreeing on every text."""
    scan = place_name_scan._alias_scan(len(load_gazetteer().places))
    assert scan is not None and scan[1] is not None
    aliases = place_name_scan._aliases(len(load_gazetteer().places))
    letters = sorted({c for a in aliases if not a.isascii() for c in a if not c.isascii()})
    plain = re.compile("|".join(map(re.escape, letters)), re.IGNORECASE)
    guard = scan[1]
    assert [i for i in range(0x110000) if (guard.match(chr(i)) is None) != (plain.match(chr(i)) is None)] == []


_TOKEN_KIND_RES = {place_roles._RUN_CHAR: re.compile(r"[\w'’-]"), place_roles._SPACE_CHAR: re.compile(r"\s"),
                   place_roles._LONE_CHAR: re.compile(r"[^\w\s'’-]")}  # fmt: skip


def test_token_character_kinds_agree_with_the_token_regex_on_every_character() -> None:
    """`place_roles._last_tokens` reads one character at a time: a kind that agrees with the regex classes on every code
    point agrees on every text."""
    every = "".join(map(chr, range(0x110000)))
    for kind, pattern in _TOKEN_KIND_RES.items():
        expected = [m.start() for m in pattern.finditer(every)]
        assert [i for i in range(len(every)) if place_roles._token_char_kind(every, i) == kind] == expected


@QUICK
@given(texts | st.text(), st.integers(0, 90), st.integers(0, 90), st.integers(1, 9))
@example("in the occupied Kyiv's  Donetsk -- ‘x’ (near) ", 3, 44, 7)
def test_last_tokens_are_the_last_of_the_token_regex(text: str, lo: int, end: int, count: int) -> None:
    lo, end = min(lo, len(text)), min(end, len(text))
    assert place_roles._last_tokens(text, lo, end, count) == place_roles._TOKEN_RE.findall(text, lo, end)[-count:]


def _words_before_name_by_findall(sentence: str, start: int) -> list[str]:
    """`place_roles._words_before_name` as it was: every token of its window, then the determiners and modifiers
    dropped."""
    if start > 40:
        words = place_roles._TOKEN_RE.findall(sentence, start - 40, start)
        if len(words) < 7:
            words = place_roles._TOKEN_RE.findall(sentence, max(0, start - 80), start)
    else:
        words = place_roles._TOKEN_RE.findall(sentence, 0, start)
    for _ in range(4):
        if words and (words[-1].lower() in place_roles._DETERMINERS | {"and", "or"}
                      or place_roles._is_modifier(words[-1])
                      or place_roles._CAPITAL_POSSESSIVE.fullmatch(words[-1])):
            words.pop()
    return words


@QUICK
@given(st.lists(st.tuples(separator, st.sampled_from(sorted(place_roles._DETERMINERS | place_roles._MODIFIERS |
                                                            place_roles.TOWARD_PREPOSITIONS |
                                                            place_roles._TARGET_NOUNS |
                                                            {"on", "imposed", "Russia's", "Kyiv’s", "ʼs"}))
                          | piece), max_size=40)
       .map(lambda parts: "".join(s + p for s, p in parts)))  # fmt: skip
@example("sanctions imposed on the occupied Russia's central and eastern Kyiv")
def test_words_before_a_name_end_as_all_the_tokens_do(text: str) -> None:
    """`_words_before_name` builds only the last seven tokens: what it keeps is the end of what the full token
    list keeps, and at least the three its callers read."""
    for start in range(0, len(text) + 1, 2):
        new, old = place_roles._words_before_name(text, start), _words_before_name_by_findall(text, start)
        assert new == old[len(old) - len(new):] and len(new) >= min(len(old), 3)
        for word in place_roles._TOKEN_RE.findall(text, 0, start)[-3:]:
            assert place_roles._is_capital_possessive(word) == bool(place_roles._CAPITAL_POSSESSIVE.fullmatch(word))


@QUICK
@given(texts)
@example("Rostov, a city in Russia; Kyiv's, north of Odesa; Lviv’S, 30 km from Kyiv")
def test_appositive_guard_lets_through_every_position_the_patterns_match(text: str) -> None:
    for pos in range(len(text) + 1):
        if place_roles._APPOSITIVE_RE.match(text, pos) or place_roles._RELATIVE_POSITION_RE.match(text, pos):
            assert place_roles._may_open_appositive(text, pos)


@QUICK
@given(texts | st.text() | furniture)
@example(" \u00a0a\u2028b\x1c c\x85d\u3000e\u200bf  ")
def test_boilerplate_word_count_is_that_of_split(line: str) -> None:
    for limit in (0, 3, boilerplate.MAX_BOILERPLATE_WORDS):
        assert boilerplate._word_count_past(line, limit) == min(len(line.split()), limit + 1)


def test_boilerplate_word_count_splits_where_split_does_on_every_character() -> None:
    """`_word_count_past` tells whitespace one character at a time: agreeing with `str.split` around every code point
    is agreeing on every line."""
    assert [c for c in range(0x110000) if boilerplate._word_count_past(f"a{chr(c)}b", 5)
            != len(f"a{chr(c)}b".split())] == []  # fmt: skip


@QUICK
@given(texts)
@example("Kyiv lies, Odesa's port and kyiv’s x.y -- é ñ-b")
def test_head_noun_first_letter_test_agrees_with_the_lowercase_word_match(text: str) -> None:
    for pos in range(len(text) + 1):
        m = place_roles._WORD_AFTER_RE.match(text, pos)
        word = m.group(1) if m else None
        if word:
            assert place_roles._is_lower_word(word) == bool(place_roles._LOWER_WORD.fullmatch(word))


@QUICK
@given(texts, st.integers(0, 60), st.integers(0, 60))
@example("Russia , and the Belarus", 6, 18)
def test_coordination_matched_in_place_as_on_the_slice(text: str, lo: int, hi: int) -> None:
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    in_place, sliced = (
        place_roles._COORDINATION.fullmatch(text, lo, hi),
        place_roles._COORDINATION.fullmatch(text[lo:hi]),
    )
    assert (in_place is None) == (sliced is None)
    if in_place is not None and sliced is not None:
        assert in_place.groups() == sliced.groups()


def test_word_char_tests_are_the_engines_backslash_w() -> None:
    """`is_word_char` and `is_word_char_at` (shared by the hand-read patterns of every area) agree with `\\w` on every
    code point."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        expected = re.match(r"\w", char) is not None
        assert prefilter.is_word_char(char) == expected, hex(code)
        assert prefilter.is_word_char_at("a" + char, 1) == expected, hex(code)
