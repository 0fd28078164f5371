"""Stop 29's speed round B finds exactly what the code it replaced finds.

- a word gate (`prefilter.word_gate`, `holds_gate`: one mask of a sentence's runs of letters answers every registered
  word set) says what `holds_word` says of the same set, and what the plain form says (the set meets the text's runs of
  letters), for every set the modules register;
- a set registered after a text's mask was found is answered for that text too (the masks are found again);
- `is_boilerplate_line` and `place_scoring._is_secondary` try a pattern only where one of its words is a run of letters
  of the lowercased line (a gate) or one of its unbounded substrings is written: every match passes its gate;
- the pipeline's notes of a statement's author (without a claimant), of a document's speaker and of a document's
  publisher read their nouns by a gate: every match of their patterns passes it.
"""

from __future__ import annotations

from extraction_helpers import registered_word_gate
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import (
    boilerplate,
    place_scoring,
    prefilter,
    said_forms,
    speaker_references,
)
from claimtrack.extraction.pipeline import extract_claims  # noqa: F401  (imports every module: all gates registered)
from claimtrack.extraction.prefilter import (
    holds_gate,
    holds_word,
    lowered,
    may_hold,
    word_mask,
)

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# words of the registered sets (and near misses: a longer run, a glued digit or letter), spaces and marks between
_GATE_WORDS = sorted({word.decode("ascii") for words in prefilter._GATE_SETS for word in words})
_PIECES = _GATE_WORDS[::7] + [
    "our", "Our", "MY", "country", "countryside", "town2", "_city", "villageé", "camps", "claim", "Claimed",
    "reportedly", "will", "may", "direction", "the", "said", " ", "  ", "\t", "\n", "-", "'", "’", ".", ",", "é",
    "İ", "ſ", "\u212a", "Σ", "x", "_", "7",
]  # fmt: skip
_texts = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@QUICK
@given(_texts)
@example("Our country's border, the town of Velmora and the Ostvale community; reportedly, claims will be assessed.")
@example("countryside town2 _city villageé camps ourselves")
def test_a_word_gate_answers_as_holds_word(text: str) -> None:
    low = lowered(text)
    if low is None:
        return  # the callers ask no gate of a text `lowered` cannot vouch for
    runs = set(prefilter.letter_words(low))  # the plain form: all of the text's runs, not its vocabulary runs
    for i, words in enumerate(prefilter._GATE_SETS):
        assert holds_gate(low, prefilter.gate_bit(i)) == holds_word(low, words) == (not words.isdisjoint(runs)), (
            sorted(words)[:5],
            text,
        )


def test_a_gate_registered_later_is_answered_for_a_text_seen_before() -> None:
    low = "the zarvitsa crossing"
    before = word_mask(low)
    with registered_word_gate("zarvitsa") as gate:
        assert holds_gate(low, gate)
        assert word_mask(low) == before | gate
        assert not holds_gate("the ostvale crossing", gate)


_LINE_PIECES = ["Subscribe", "subscribers", "newsletter", "indicates required", "Sign up", "skip to main content",
                "Enter your email", "email address", "successfully subscribed", "unsubscribed", "5 min read",
                "All rights reserved", "©", "Copyright", "copyrighted", "click here", "Read more", "follow us",
                "share this", "Share on", "advertisement", "Cookies", "cookie", "Close", "Menu", "search", "edit post",
                "news feed", "more news", "Editors' picks", "related articles", "most read", "Trending",
                "latest news", "watch", "listen", "this audio is created", "you can now listen", "via Getty Images)",
                "Photo: ", "image :", "VIDEO", "Reporting by Anna Berg", "Additional reporting by", "Editing by",
                "Writing from", "research by", "and", "in", "Kyiv", "readers", "shared", " ", "  ", "\t", "\n", ".",
                ",", "'", "’", "-", ":", ")", "é", "ſ", "\u212a", "İ", "x", "7", "_"]  # fmt: skip
_lines = st.lists(st.sampled_from(_LINE_PIECES), max_size=12).map("".join)


@QUICK
@given(_lines)
@example("Subscribe to our newsletter")
@example("  Related stories ")
@example("5 MIN READ")
@example("Photo : AFP")
@example("Additional reporting by Anna Berg and Tom Elder in Kyiv")
@example("© 2024 Northwind Media. All rights reserved.")
@example("You have successfully subscribed")
def test_a_boilerplate_pattern_matches_only_where_its_gate_lets_the_line_through(line: str) -> None:
    low = lowered(line)
    plain = any(pattern.search(line) is not None for _, pattern in boilerplate._GUARDED_PATTERNS)
    words = boilerplate._word_count_past(line, boilerplate.MAX_BOILERPLATE_WORDS)
    assert boilerplate.is_boilerplate_line(line) == (not words or words <= boilerplate.MAX_BOILERPLATE_WORDS and plain)
    if low is None:
        return
    mask = word_mask(low)
    for gate, needles, pattern in boilerplate._GATED_PATTERNS:
        if pattern.search(line) is not None:
            assert mask & gate or may_hold(low, needles), (pattern.pattern[:30], line)


_ASIDE_PIECES = ["in", "addition", "to", "as", "well", "besides", "apart", "from", "not", "mention", "In", "WELL",
                 "Besides", "wellness", "additional", "apartment", "mentioned", " ", "  ", "\n", ",", "-", "é", "ſ",
                 "Kyiv", "the", "x"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_ASIDE_PIECES), max_size=16).map("".join))
@example("Shelling hit Kyiv, in addition to strikes near the port, as  well as the airport.")
@example("besides Kyiv; apart\nfrom the north, not to mention the south")
def test_an_aside_matches_only_where_its_word_is_a_run_of_letters(sentence: str) -> None:
    low = lowered(sentence)
    if low is not None and place_scoring._SECONDARY_RE.search(sentence) is not None:
        assert holds_gate(low, place_scoring._SECONDARY_GATE)


_DOC_PIECES = ["statement", "Statement", "statements", "misstatement", "declaration", "communique", "communiqué",
               "resolution", "issued by", "by", "The", "the", "Senate", "has", "passed", "adopted", "a", "report",
               "reports", "reported", "Report", "study", "survey", "analysis", "review", "paper", "dossier",
               "published", "from", "update", "updates", "bulletin", "briefing", "summary", "assessment", " ", "  ",
               "\n", ",", ".", "-", "é", "ſ", "İ", "x", "_", "7"]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_DOC_PIECES), max_size=16).map("".join))
@example("a statement issued by the Senate")
@example("The Senate has passed a resolution")
@example("the ministers adopted a joint communiqué.")
@example("a report published by the Conflict Observatory")
@example("in its latest briefings")
def test_the_document_patterns_match_only_where_their_gate_lets_the_sentence_through(sentence: str) -> None:
    low = lowered(sentence)
    if low is None:
        return
    if speaker_references._STATEMENT_BY.search(sentence) or said_forms._ADOPTED_DOCUMENT.search(sentence):
        assert holds_gate(low, speaker_references._STATEMENT_NOUN_GATE)
    if speaker_references._AUTHORED_DOCUMENT.search(sentence):
        assert holds_gate(low, speaker_references._AUTHORED_GATE)
    if speaker_references._DOCUMENT_NOUN.search(low):
        assert holds_gate(low, speaker_references._DOCUMENT_NOUN_GATE)
