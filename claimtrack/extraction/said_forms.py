"""Forms of saying that the cue scan and the claim date do not read on their own.

- A verb of saying after a catenative verb: "X continues to maintain that ...", "X felt compelled to warn him
  that ...", "X was quick to say ...": X says it, as with "X maintains that ...".
- A verb of speaking with a count as its topic: "X spoke of 14 dead", "X has talked about roughly 300 strikes".
- A lead in the present perfect: "Ukraine's president has told the parliament that ...", "The ministry has called
  on ...": the news of the story's own day, said on the publication day.
"""

from __future__ import annotations

import re
from typing import Final

# base forms of verbs of saying that a catenative verb may govern
CATENATIVE_SPEECH_VERBS: Final = frozenset(
    "say tell maintain insist warn argue claim deny stress assert note emphasize emphasise explain reiterate "
    "assure".split()
)
# the catenative verb and its "to", ending right before the verb of saying: "continues to", "went on to", "felt
# compelled to", "was quick to"; not a plan or a wish ("plans to say", "wants to warn"): nothing said yet
_CATENATIVE_BEFORE: Final = re.compile(
    r"\s(?:continu(?:es|ed|e|ing)|(?:went|goes|go|going)\s+on|(?:felt|feels|feel)\s+(?:compelled|obliged|bound)|"
    r"(?:was|were|is|are)\s+(?:quick|careful)|hastened|hastens|(?:took|takes|take)\s+care)\s+to\s+$"
)
_CATENATIVE_REACH: Final = 40  # characters before the verb of saying that hold the catenative verb


def catenative_before(sentence: str, verb_start: int) -> re.Match[str] | None:
    """The catenative verb (with its "to") right before a base-form verb of saying at `verb_start`: "continues to"
    in "X continues to maintain that"; None when there is none."""
    if not sentence.endswith("to ", 0, verb_start):
        return None
    return _CATENATIVE_BEFORE.search(sentence, max(0, verb_start - _CATENATIVE_REACH), verb_start)


# "has told", "have repeatedly warned", "has called on": the present perfect of the verb of saying
_PRESENT_PERFECT_BEFORE: Final = re.compile(r"\b(?:has|have)\s+(?:(?:also|now|already|officially)\s+)?$")
_PRESENT_PERFECT_REACH: Final = 24
LEAD_REACH: Final = 8  # the sentences a story's lead may come after: a title, a kicker, a byline, a date line
_LEAD_WORDS: Final = 8  # a lead is prose: a sentence of this many words at least, closed by a full stop


def lead_index(texts: list[str]) -> int:
    """The index of a story's lead among its first sentences' `texts`: the first sentence of prose, after the title
    and page furniture (0 when none of the first sentences reads as prose)."""
    for k, text in enumerate(texts[:LEAD_REACH]):
        text = text.rstrip(" \"”'’")
        if text.endswith(".") and len(text.split()) >= _LEAD_WORDS and " | " not in text and not text.isupper():
            return k
    return 0


def present_perfect_lead(sentence: str, sentence_index: int, cue_start: int, lead: int = 1) -> bool:
    """Whether the verb of saying at `cue_start` is in the present perfect in a story's lead (the sentence at index
    `lead`) or a title before it: "The Foreign Ministry has called on all states to ...", said on the day the story
    reports."""
    if sentence_index > lead:
        return False
    return _PRESENT_PERFECT_BEFORE.search(sentence, max(0, cue_start - _PRESENT_PERFECT_REACH), cue_start) is not None


# a body putting out a document of its words: "The Senate has passed a resolution", "the ministers adopted a joint
# declaration", "The council issued a statement"
_ADOPTED_DOCUMENT: Final = re.compile(
    r"\s(?:(?:has|have|had)\s+)?(?:unanimously\s+)?(?P<verb>passed|adopted|approved|issued|signed)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:resolution|declaration|statement|communiqu[eé])\b"
)


# a body putting out its figures: "The General Staff has updated the data on ...", "the ministry has published new
# figures": who speaks in the list below, dated like a lead's statement
_RELEASED_DATA: Final = re.compile(
    r"\s(?:(?:has|have)\s+)?(?P<verb>updated|published|released)\s+(?:the|its|their|new|updated|latest)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:data|figures|statistics|tally|count)\b"
)


def released_data(sentence: str) -> tuple[int, int] | None:
    """Where the words of a body putting out its figures begin, and where their verb begins: "The General Staff
    has updated the data on the losses"; None when the sentence says no such thing."""
    if "ed " not in sentence:
        return None
    m = _RELEASED_DATA.search(sentence)
    return (m.start(), m.start("verb")) if m is not None else None


def adopted_document(sentence: str) -> tuple[int, int] | None:
    """Where the words of a body adopting a document begin (the body is the words before them) and where its verb
    begins: "The Senate has passed a resolution in support of Ukraine"; None when the sentence says no such thing."""
    if "ed " not in sentence:
        return None
    m = _ADOPTED_DOCUMENT.search(sentence)
    return (m.start(), m.start("verb")) if m is not None else None


# "..., the resolution reads.", "the statement read": a document's words, quoted before it
_DOCUMENT_BEFORE_READS: Final = re.compile(
    r"\b(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:statement|resolution|declaration|communiqu[eé]|document)"
    r"\s+$",
    re.IGNORECASE,
)
# '"...," reads the statement by X': the document and its author after the verb
_READS_STATEMENT_BY: Final = re.compile(
    r"\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:statement|resolution|declaration|communiqu[eé]|document)\s+"
    r"(?:(?:issued|signed|released|published|adopted)\s+)?by\s+(?=\S)"
)
READS_VERBS: Final = frozenset({"reads", "read"})
_AFTER_QUOTE: Final = ('"', "”", "’", "'", ",")  # the inverted verb follows the quoted words
_READS_REACH: Final = 60


def document_reads(sentence: str, start: int, end: int) -> int | None:
    """Whether "reads" at `start`..`end` says what a document reads: -1 for "the resolution reads" (its subject
    speaks), the start of the author for "reads the statement by X"; None when it is no such verb ("he reads")."""
    if _DOCUMENT_BEFORE_READS.search(sentence, max(0, start - _READS_REACH), start) is not None:
        return -1
    if not sentence[max(0, start - 3) : start].rstrip().endswith(_AFTER_QUOTE):
        return None  # "She reads the statement by the minister": no quoted words before it
    m = _READS_STATEMENT_BY.match(sentence, end)
    return m.end() if m is not None else None


# "X reminded (in a communication on Thursday) that ...": what X recalled in words; not "reminded him of the
# promise"
REMINDING_VERBS: Final = frozenset({"reminded", "reminds"})
_THAT_SOON: Final = re.compile(r"(?:\s+(?!that\b)[\w'’-]+,?){0,7}?\s+that\b")


def reminded_that(sentence: str, end: int) -> bool:
    """Whether a verb of reminding ending at `end` has a clause of what was said: "reminded reporters that"."""
    return _THAT_SOON.match(sentence, end) is not None


# "X spoke of 14 dead", "X has talked about roughly 300 strikes": a verb of speaking whose topic is a count states
# it; with any other topic ("spoke about the threat", "talked of two cases") it tells what X spoke on, no claim
SPEAKING_OF_VERBS: Final = frozenset({"spoke", "spoken", "speaks", "talked"})
_COUNT_TOPIC_NEXT: Final = re.compile(
    r"\s+(?:of|about)\s+(?:(?:roughly|about|around|some|nearly|almost|over|at\s+least|more\s+than|up\s+to|"
    r"as\s+many\s+as)\s+)?(?:\d|(?:dozens|hundreds|thousands|tens\s+of\s+thousands)\s+of\s)"
)


def spoke_of(sentence: str, start: int, end: int) -> bool:
    """Whether a verb of speaking at `start`..`end` has a count as its topic: "spoke of 14 dead", "talked about
    roughly 300"; not "spoke about the threat", "spoke with 14 families", nor an adjective ("much-talked-about")."""
    return _COUNT_TOPIC_NEXT.match(sentence, end) is not None and not sentence[start - 1 : start] == "-"


# "X is convinced (that) ...", "X remains confident that ...": a view X holds, stated
STANCE_WORDS: Final = frozenset({"convinced", "confident"})
_STANCE_COPULA: Final = re.compile(r"\s(?:is|are|was|were|remains|remained)\s+(?:[a-z]+ly\s+)?$")
_STANCE_CLAUSE: Final = re.compile(r"\s+(?:that\b|(?:he|she|they|it|we|the)\s|[A-Z])")
_STANCE_REACH: Final = 24


def stance_copula(sentence: str, start: int, end: int) -> int | None:
    """Where the copula of "X is convinced (that) ..." begins (X is the words before it), for the stance word at
    `start`..`end` followed by a clause; None for "convinced of", "confident in", "was convinced by"."""
    if _STANCE_CLAUSE.match(sentence, end) is None:
        return None
    m = _STANCE_COPULA.search(sentence, max(0, start - _STANCE_REACH), start)
    return m.start() if m is not None else None


# nouns of saying owned by their speaker, before the clause of what was said: "Rifkind's point that ...", "Trump's
# last-minute suggestion that ...", "the Pope's claim that ..."
POSSESSED_SAYING_NOUNS: Final = frozenset(
    "point suggestion assertion insistence contention argument claim warning allegation".split()
)
_POSSESSOR_END: Final = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}$")
_POSSESSOR_REACH: Final = 40


def possessor_end(sentence: str, start: int, end: int) -> int | None:
    """Where the possessor of a noun of saying at `start`..`end` ends ("Anna Berg" in "Anna Berg's point that"), when
    a clause of what was said follows the noun; None otherwise ("Berg's point", "the point that")."""
    if not sentence.startswith(" that ", end):
        return None
    m = _POSSESSOR_END.search(sentence, max(0, start - _POSSESSOR_REACH), start)
    return m.start() if m is not None else None
