"""Stop 32's speed round B finds exactly what the code it replaced finds.

- `dates._bracketed_dateline` matches `_PLACE_THEN_BRACKETED_DAY` at each line start: the search's match;
- `quoted_speech._document_quotes` reads only the lines where one scan of the document finds a quote mark or a dash
  before a space or "sa" (`_marked_lines`): the spans of every line read with its substring tests;
- `quote_layouts._part_of_previous` matches `_PART_OF_PREVIOUS` only in the run before each "of": the search's
  answer;
- `bulletins._first_lines` reads lines up to the last one wanted: the first lines of the split document;
- `quoted_speech._ends_after` is `bisect_right`; `commitments._lists_package` matches only where its openings are
  written;
- `bulletins._last_lines` reads lines from the end: the last lines of the split text; `_SIGNATURE` matches only a
  line that holds one of `bulletins._SIGNING_HEAD_WORDS` (`prefilter.may_hold`);
- `carried_speakers._points_back` is whether `_POINTER_RELAY` finds a match; `claim_dates._anaphoric_day` whether
  `_ANAPHORIC_DAY` does;
- `claim_merging._merge` keys a statement only once another with its sign comes (`_StatementsAlike`): the claims of the
  plain form, which keys every claim; `inherited_dates._names_a_person_by_pronoun` is the pronoun search.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import (
    bulletins,
    carried_speakers,
    claim_dates,
    claim_merging,
    commitments,
    dates,
    inherited_dates,
    pipeline,
    quote_layouts,
    quoted_speech,
)
from claimtrack.extraction.attribution import dash_quote_spans, may_hold_glued_dash, quote_spans
from claimtrack.extraction.prefilter import may_hold

QUICK = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORDS = ["GENEVA", "VELMOR", "(9 July 2024)", "(3 May)", "-", "–", "—", "said", "says", "the", "Ostrin", "of",
          "them", "those", "these", "57", "1,200", "three", "twelve", "all", "both", "OF", "THEM", "Them", '"', "“",
          "”", "-said", "—says", "Quote", "it", "x"]  # fmt: skip
_MARKS = [" ", "  ", "\t", "\n", "\n\n", ",", ", ", ". ", ";", "-", "'", "’", "é", "ſ", "K", "\u0130", "\u0131", " - "]
_word = st.sampled_from(_WORDS).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title()]))
_texts = st.lists(st.one_of(_word, _word, st.sampled_from(_MARKS)), max_size=30).map("".join)
_spaced = st.lists(_word, max_size=20).map(" ".join)


@QUICK
@given(st.one_of(_texts, _spaced), st.integers(0, 400))
@example("Title line\nGENEVA (9 July 2024) - The office said.", 400)
@example("GENEVA (9 July 2024) - first line", 5)
@example("x\n\nKYIV (3 May 2024) — text\nGENEVA (9 July 2024) -", 400)
def test_the_bracketed_dateline_is_the_search_match(text: str, end: int) -> None:
    end = min(end, len(text))
    found = dates._PLACE_THEN_BRACKETED_DAY.search(text, 0, end)
    read = dates._bracketed_dateline(text, end)
    assert (found and (found.span(), found.groupdict())) == (read and (read.span(), read.groupdict())), text


def _document_quotes_by_line(text: str) -> list[tuple[int, int]]:
    """The plain form: every line read, each needle tested in it."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        block = line.group(0)
        marked = quote_spans(block) if '"' in block or "“" in block or "”" in block else []
        if "- " in block or "– " in block or "— " in block or may_hold_glued_dash(block):
            marked = quoted_speech._union(marked, dash_quote_spans(block)) if marked else dash_quote_spans(block)
        spans.extend((line.start() + s, line.start() + e) for s, e in marked)
    return spans


@QUICK
@given(st.one_of(_texts, _spaced))
@example('He said: "We hold." - said Ostrin.\n- We hold - says the governor.\n"Yes," he said.')
@example("The town fell.-said Ostrin\n\n“We left” — the mayor")
@example("no marks at all\nnone here")
def test_the_document_quotes_are_those_of_each_line(text: str) -> None:
    assert quoted_speech._document_quotes(text) == _document_quotes_by_line(text), text


@QUICK
@given(st.one_of(_texts, _spaced))
@example("Air defence destroyed 57 of them.")
@example("the two of them and all three OF THOSE")
@example("ofof of them, (12 of\tthese")
@example("both 4 of theſe; x12 of these; 1,200 of those")
def test_the_part_of_previous_is_the_search_answer(text: str) -> None:
    assert quote_layouts._part_of_previous(text) == (quote_layouts._PART_OF_PREVIOUS.search(text) is not None), text


@QUICK
@given(st.one_of(_texts, _spaced), st.integers(0, 5))
@example("\n  \x1c Posts by X\n\n standfirst \r\nnote\nmore", 3)
@example("", 3)
@example("one\n", 2)
def test_the_first_lines_are_those_of_the_split_text(text: str, count: int) -> None:
    plain = [line.strip() for line in text.lstrip().split("\n") if line.strip()][:count]
    assert bulletins._first_lines(text, count) == plain, text


@QUICK
@given(st.lists(st.integers(0, 60), max_size=12).map(sorted), st.integers(-5, 70))
def test_the_ends_after_are_the_bisection(ends: list[int], pos: int) -> None:
    assert quoted_speech._ends_after(ends, pos) == bisect_right(ends, pos)


@QUICK
@given(
    st.one_of(
        _texts,
        _spaced,
        st.sampled_from(
            [
                "The package includes",
                "  It also contains",
                "Included are",
                "There will also be",
                "ALSO INCLUDED IS",
                "İt includes",
            ]
        ),
    )
)
@example("The new aid package includes 40 vehicles.")
@example("Its shipment contained shells.")
def test_the_package_list_gate_lets_every_match_through(text: str) -> None:
    assert commitments._lists_package(text) == (commitments._PACKAGE_LIST.match(text.lstrip()) is not None), text


@QUICK
@given(st.one_of(_texts, _spaced), st.integers(1, 4))
@example("head\n\n  body line \r\n— Ministry of Defence\n\n", 2)
@example("", 2)
def test_the_last_lines_are_those_of_the_split_text(text: str, count: int) -> None:
    assert bulletins._last_lines(text, count) == bulletins._nonblank_lines(text)[-count:][::-1], text


@QUICK
@given(
    st.one_of(
        _texts,
        _spaced,
        st.sampled_from(
            [
                "— Ministry of Foreign Affairs of Velmor",
                "The Press Service",
                "Permanent Mission of Ostrin to the OSCE",
                "MINISTRY OF DEFENCE",
            ]
        ),
    )
)
def test_every_signature_line_may_sign(text: str) -> None:
    if bulletins._SIGNATURE.fullmatch(text) is not None:
        assert may_hold(text, bulletins._SIGNING_HEAD_WORDS), text


_POINTER_WORDS = [
    "this",
    "it",
    "that",
    "was",
    "has been",
    "reported",
    "by",
    "informed",
    "about",
    "made",
    "the",
    "statement",
    "remarks",
    "said",
    "so",
    "at",
    "noted",
    "in",
    "a",
    "resolution",
    "adopted",
    ".",
    ",",
]


@QUICK
@given(st.one_of(_texts, st.lists(st.sampled_from(_POINTER_WORDS), max_size=14).map(" ".join)))
@example("This was reported by the ministry.")
@example("The ministry informed about it.")
@example("X made the statement during a meeting.")
@example("X made the remarks that hurt.")
@example("She said this at a briefing.")
@example("It is stated in the resolution (entitled X) adopted by the assembly.")
def test_points_back_is_the_pointer_search(text: str) -> None:
    assert carried_speakers._points_back(text) == (carried_speakers._POINTER_RELAY.search(text) is not None), text


_DAY_WORDS = [
    "the",
    "that",
    "same",
    "previous",
    "preceding",
    "day",
    "days",
    "morning",
    "night",
    "evening",
    "afternoon",
    "earlier",
    "later",
    "bathe",
    "midday",
    "today",
    "x",
    "2",
]


@QUICK
@given(st.one_of(_texts, st.lists(st.sampled_from(_DAY_WORDS), max_size=12).map(" ".join)))
@example("later that day")
@example("two days earlier, then the\tpreceding  evening")
@example("bathe morning; midday; today's days later")
@example("xdays earlier and 3days later")
def test_the_anaphoric_day_is_the_search_answer(text: str) -> None:
    low = text.lower()
    assert claim_dates._anaphoric_day(low) == (claim_dates._ANAPHORIC_DAY.search(low) is not None), low


def _merge_plain(claims: list, loose: list, headline_end: int = -1, text: str = "") -> list:
    """`claim_merging._merge` as it was: every claim keyed."""
    merged: dict = {}
    for claim in claims:
        key = claim_merging._merge_key(claim)
        if (
            key in merged
            and claim.quantity is not None
            and (
                claim_merging._other_count_of_sentence(merged[key], claim)
                or claim_merging._other_materiel(merged[key], claim)
            )
        ):
            key += f"|{claim.quantity.unit}"
        if key in merged and claim.place is not None and claim_merging._elsewhere(text, merged[key], claim):
            key += f"|{claim.place.name}"
        if key not in merged:
            merged[key] = claim
            continue
        first = merged[key]
        if claim_merging._in_headline(first, headline_end) and not claim_merging._in_headline(claim, headline_end):
            merged[key] = claim_merging._combine(claim, first, keep_first=True)
            continue
        merged[key] = claim_merging._combine(first, claim)
    out = list(merged.values())
    for count in loose:
        q = count.quantity
        for i, claim in enumerate(out):
            cq = claim.quantity
            if cq is not None and not cq.vague and not q.vague and (cq.low, cq.high) == (q.low, q.high):
                if claim.kind == count.kind:
                    out[i] = claim_merging._combine(claim, count, keep_first=True)
                    break
    out.sort(key=lambda c: c.mentions[0].start)
    return out


_DOCUMENT = (
    "Velmor's defence ministry said on Monday that 40 drones were shot down over the region.\n\n"
    'The governor of Ostrin said the attack damaged a school. "We will rebuild," he said.\n\n'
    "The ministry said 40 drones were shot down. Dozens of homes were hit, the governor said.\n\n"
    "The governor said the attack damaged a school! Officials said talks would resume on Friday."
)


def _variants(claims: list, edits: list[int]) -> list:
    """The claims, then copies of some with their sentence bent (case, punctuation, spacing) or kept, as repeats."""
    out = list(claims)
    for k, edit in enumerate(edits):
        claim = claims[k % len(claims)]
        m = claim.mentions[0]
        sentence = [m.sentence, m.sentence.upper(), m.sentence.replace(" ", "  "), m.sentence.replace(",", " -"),
                    m.sentence + " x", "Ea " + m.sentence][edit % 6]  # fmt: skip
        start = m.start + 1000 * (k + 1)
        mention = m.model_copy(update={"sentence": sentence, "start": start, "end": start + len(sentence)})
        out.append(claim.model_copy(update={"mentions": [mention]}))
    return out


@QUICK
@given(st.lists(st.integers(0, 11), max_size=12), st.integers(-1, 400))
def test_the_merge_is_that_of_every_claim_keyed(edits: list[int], headline_end: int) -> None:
    claims = pipeline.extract_claims(_DOCUMENT)
    bent = _variants(claims, edits)
    assert claim_merging._merge(bent, [], headline_end, _DOCUMENT) == _merge_plain(bent, [], headline_end, _DOCUMENT)


@QUICK
@given(st.one_of(_texts, _spaced))
@example("We spoke to HIM on Monday.")
@example("the 3he and she_x, herself")
def test_the_pronoun_gate_lets_every_match_through(text: str) -> None:
    assert inherited_dates._names_a_person_by_pronoun(text) == (
        inherited_dates._PERSON_PRONOUN.search(text) is not None
    ), text
