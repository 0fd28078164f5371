"""Who makes the claim in a sentence: speech cues and the noun phrase that goes with each.

Handles "X said", "said X", "X, head of Y, said", "according to X", "X told Reuters", "X said on
Telegram", "Y reported, citing X" (claimant X relayed by Y), "in an interview with Y, X said",
quotes followed by their speaker, and "he/she said" (resolved by the caller). Cues inside quoted
speech do not count: "We assess ..." inside a quote is the speaker's words, not a new speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from claimtrack.extraction.actors import (
    _COMPANY_NOUNS,
    _OUTLET_NOUNS,
    ANON_HEADS,
    DETERMINERS,
    EVERYDAY_HEADS,
    MEDIA_HEADS,
    MILITARY_UNIT_NOUNS,
    ORG_HEADS,
    REPORTER_HEADS,
    TITLE_WORDS,
    TOPIC_ROLE_HEADS,
    and_names,
    is_group_of_people,
    outlet_of_reporters,
    resolve_actor,
)
from claimtrack.extraction.dates import MONTHS, WEEKDAYS
from claimtrack.extraction.frames import (
    FRAME_WORDS,
    OBJECT_NOT_SPEAKER,
    PREPOSED_PARTICIPLES,
    frame_cue,
    preposed_agent,
    warned_from,
    without_negation,
)
from claimtrack.extraction.gazetteer import load_gazetteer
from claimtrack.extraction.lexicons import DOCUMENT_WORDS, EVIDENCE_NOUNS, SOURCING_PARTICIPLES, side_by_form
from claimtrack.extraction.numbers import SCALES, TENS, UNITS
from claimtrack.extraction.prefilter import (
    ascii_words,
    chunks_back,
    is_space_at,
    is_word_char,
    lowercase_twin,
    lowered,
    may_hold,
    word_spans,
)
from claimtrack.extraction.quote_layouts import opens_with_quote_label
from claimtrack.extraction.said_forms import (
    CATENATIVE_SPEECH_VERBS,
    POSSESSED_SAYING_NOUNS,
    READS_VERBS,
    REMINDING_VERBS,
    SPEAKING_OF_VERBS,
    STANCE_WORDS,
    catenative_before,
    document_reads,
    possessor_end,
    reminded_that,
    spoke_of,
    stance_copula,
)
from claimtrack.extraction.sentences import TITLE_ABBREVIATIONS

# the plural present of verbs of saying whose other forms are cues: "Analysts note", "Experts warn", "Officials
# insist" (not after an auxiliary or "to": "did not predict", "to stress" say nothing yet)
PLURAL_PRESENT: Final = ("note", "warn", "argue", "insist", "stress", "explain", "admit", "acknowledge", "allege",
                         "predict",
                         "emphasize", "emphasise", "reveal", "suggest", "indicate", "show")  # fmt: skip
# Reporting verbs (and a few nouns of saying) that attribute a statement to their subject.
SPEECH_VERBS: Final[tuple[str, ...]] = (
    "said", "says", "say", "saying", "told", "tells", "tell", "stated", "states", "added", "adds", "adding",
    "claimed", "claims", "claim", "reported", "reports", "announced", "announces", "announce", "estimated",
    "estimates", "estimate", "assessed", "assesses", "assess", "believes", "believe", "warned", "warns",
    "confirmed", "confirms", "confirm", "denied", "denies", "deny", "revealed", "reveals", "noted", "notes",
    "wrote", "writes", "posted", "tweeted", "explained", "explains", "alleged", "alleges", "insisted",
    "insists", "predicted", "predicts", "shared", "indicated", "indicates", "acknowledged", "admitted",
    "suggested", "suggests", "argued", "argues", "declared", "declares", "disclosed", "briefed", "stressed",
    "emphasized", "emphasised", "reiterated", "asserted", "accused", "accuses", "thinks", "expects",
    "documented", "recorded", "counted", "calculated", "projected", "forecast", "forecasts", "mentioned",
    "specified", "clarified", "informed", "inform", "informs", "publicized", "announcing", "reporting", "estimating",
    "vowed", "vows", "pledged", "pledges", "warning", "underlined", "underlines", "underscored", "underscores",
    "emphasizes", "emphasises", "stresses", "highlighted", "highlights", "remarked", "asserts",
    "concluded", "concludes", "quoted", "commented", "comments", "documents", "testified", "testifies",
    "conceded", "concedes", "recalled", "recalls", "pointed", "signalled", "signaled", "rejected", "rejects",
    "dismissed", "dismisses", "promised", "promises", "assured", "assures", "maintained", "maintains", "shows",
    "showed", "described", "describes", "verified", "verifies", "reaffirmed", "reaffirms", "cited", "cites",
    "threatened", "threatens", "cautioned", "cautions", "contended", "contends",
    "reckoned", "reckons", "replied", "replies", "acknowledges", "admits", "recounted", "complained",
    "affirmed", "affirms", "summarised", "summarized", "emphasized", "speculated", "hinted", "hailed", "hails",
    "branded", "brands", "labelled", "labeled", "dubbed", "urged", "urges", "denounced", "denounces", "concurs",
    "concurred", "swore", "sworn", "swears", "confessed", "confesses", "boasted", "boasts", "lamented", "laments",
    "criticized", "criticised", "criticizes", "criticises", "assailed", "assails",
    *PLURAL_PRESENT,
)  # fmt: skip
# verbs whose subject may be evidence rather than a speaker ("Satellite imagery shows ..."): in a bulletin such a
# line is still the issuer's
EVIDENCE_VERBS: Final = frozenset(
    {
        "shows",
        "show",
        "showed",
        "indicated",
        "indicates",
        "suggested",
        "suggests",
        "documented",
        "documents",
        "recorded",
    }
)
DENIAL_VERBS: Final = frozenset({"denied", "denies", "deny", "rejected", "rejects", "dismissed", "dismisses"})
CONFIRM_VERBS: Final = frozenset({"confirmed", "confirms", "confirm"})
HEDGE_VERBS: Final = frozenset(
    {
        "believes",
        "believe",
        "assessed",
        "assesses",
        "assess",
        "thinks",
        "estimates",
        "estimated",
        "estimate",
        "suggested",
        "suggests",
        "alleged",
        "alleges",
        "claimed",
        "claims",
        "claim",
        "expects",
        "predicted",
        "predicts",
        "projected",
        "forecast",
        "forecasts",
    }
)
SOURCE_MARKERS: Final = ("according to", "citing", "cited", "quoting", "quoted")
# "made its first public confirmation that ...": a verb of issuing + a noun of saying.
_NOMINAL_CUE = r"(?:made|issued|gave|released|published|delivered)\s+(?:\w+\s+){0,4}?(?:confirmation|statement|announcement|assessment|estimate|denial|claim|speech|address|remarks|report|findings|figures|data|statistics|information|update|summary|bulletin|appeal|plea|warning|breakdown|tally)"  # noqa: E501
# "the border guard has updated its figures: 15 crossings were closed": the body's new figures follow the colon
_NOMINAL_CUE += r"|updated\s+(?:its|their|the)\s+(?:figures|tally|count|data|numbers|toll)(?=\s*:)"
# "the State Department issued a call to citizens to leave": an appeal ("made a call" may be a telephone call)
_NOMINAL_CUE += r"|issued\s+(?:\w+\s+){0,3}?call\b"
# "the governor put the death toll at 12", "officials put Russian losses at 1,000": an estimate of one's own, with
# where and since when between ("put Russian losses in the area over the previous day at 400")
_NOMINAL_CUE += r"|put(?:s|ting)?\s+(?:[\w'’-]+\s+){0,3}?(?:toll|number|figures?|losses|casualties|estimate|count|total|tally)\s+(?:[\w'’-]+\s+){0,9}?at\b"  # noqa: E501
# "the secretary put 8,500 troops on heightened alert": who orders troops to readiness tells how many
_NOMINAL_CUE += r"|put(?:s|ting)?\s+(?:[\w'’.,-]+\s+){1,4}?on\s+(?:[\w-]+\s+){0,2}?(?:alert|standby|readiness|preparedness|notice)\b"  # noqa: E501
# "Putin has made it clear that ...": a statement
_NOMINAL_CUE += r"|made\s+(?:it\s+)?clear\b"
# "X expressed his opinion in an interview with dpa": the view voiced is X's own (translated and wire copy)
_NOMINAL_CUE += r"|expressed\s+(?:his|her|their|its)\s+(?:[a-z]+\s+)?(?:opinion|views?|position|belief|conviction)\b"

# "X in a briefing said", "X on Telegram wrote", "X, who said": the speaker is before these words
_SETTING_BEFORE: Final = re.compile(
    r"(?:,?\s+(?:who|which))?(?:\s+(?:in|at|during|on)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:briefing|statement|interview|speech|address|post|video|conference|meeting|hearing|call|message|"
    r"session|testimony|report|appearance)|\s+on\s+(?:Telegram|X|Twitter|Facebook|television|TV|social\s+media)|"
    r",?\s+(?:who|which))\s*$",
)
_PASSIVE_BEFORE: Final = re.compile(r"\b(?:was|were|is|are|been|be|being|it's|it is|it was)\s+(?:\w+ly\s+)?$", re.I)
_SKIP_BEFORE: Final = re.compile(
    r"(?:\s*\b(?:also|later|previously|earlier|again|further|separately|reportedly|then|(?:most\s+)?recently|publicly|"
    r"repeatedly|had|has|have|would|will|could|did|does|do|once|first|initially|last\s+(?:week|night|month)|"
    r"this\s+(?:morning|week|evening)|tonight|overnight|on\s+\w+day|"
    # a span of time between subject and verb: "X over the weekend claimed", "X over the past week said"
    r"over\s+the\s+(?:(?:past|last)\s+)?(?:weekend|week|month|few\s+days)|"
    # "X last summer warned", "X in the spring had said", "X earlier this year said", "X in recent weeks said"
    r"(?:last|this)\s+(?:year|summer|spring|autumn|fall|winter)|(?:in|during)\s+the\s+(?:summer|spring|autumn|winter)|"
    r"earlier\s+this\s+(?:week|month|year)|in\s+recent\s+(?:days|weeks|months)|"
    r"\w+day|yesterday|today|in\s+a\s+statement|not|never|already|has\s+since|since|there|here|locally|"
    # discourse adverbs and emphatic pronouns: "X however told reporters", "X himself said", "X in (its) turn said"
    r"however|meanwhile|though|too|nonetheless|nevertheless|instead|in\s+(?:(?:its|his|her|their)\s+)?turn|"
    # "Minsk for its part said": the aside says whose turn it is, not who
    r"for\s+(?:its|his|her|their|our|my)\s+part|"
    r"in\s+response|likewise|similarly|"
    r"now|just|still|subsequently|eventually|even|himself|herself|itself|themselves|continues\s+to|continued\s+to)\s*)+$",
    re.IGNORECASE,
)
_STOP_WORDS: Final = frozenset(
    """
    that which who whom when where while because as if after before since but or so than to in on at from by
    although though whereas unless whether why
    with into about over under is are was were has have had will would can could may might it this these those
    there what how not also be been being being do does did their its his her our your my them us him me
    during amid against without toward towards across through per via up down out off near between
    later earlier meanwhile separately then now today yesterday however still instead afterwards
    """.split()
)
_OPEN_QUOTES: Final = '“"'
# '' or ’’ closes a quote in some wire copy; `[“”"]|''|’’`, written to start with a set the engine skips ahead with
_QUOTES_RE: Final = re.compile(r"[“”\"'’](?:(?<=[“”\"])|(?<=')'|(?<=’)’)")
# what `_QUOTES_RE` matches: no two marks share a character, so each is found apart by `str.find`
_QUOTE_MARKS: Final = ("“", "”", '"', "''", "’’")
# a full stop after a title does not end a name: "explains Dr. Ivan Sirko"
# (a stop after no initial and no title, matched first and the lookbehinds reaching back over it: tried at a full stop
# only, where `(?<!\b[A-Z])(?<!\bAdm)...\.` tried its lookbehinds at every character of a scan)
_STOP_AFTER_NO_TITLE: Final = r"\.(?<!\b[A-Z]\.)" + "".join(
    rf"(?<!\b{t.capitalize()}\.)" for t in sorted(TITLE_ABBREVIATIONS)
)
_FORWARD_NP_END: Final = re.compile(
    rf"[,;:!?“”\"()]|{_STOP_AFTER_NO_TITLE}(?=\s|$)"
    r"|\s[-–—]\s|\s(?:that|who|which|when|as|in|on|at|after|before|to|and|citing|during)\s"
    r"|\s(?:cited|quoted)\s+by\s",  # "say officials cited by Reuters": the officials speak, Reuters relays them
    re.I,
)
# words that open an appositive describing the speaker: "X, head of Y, said", "X, owner of Y, says"
_APPOSITIVE_WORDS: Final = frozenset(
    """
    the a an who head chief spokesperson spokesman spokeswoman minister director commander deputy adviser advisor
    secretary ambassador president leader governor mayor member chair chairman chairwoman chairperson one owner
    founder co-founder ceo executive partner fellow editor correspondent lecturer scholar former senior professor
    analyst expert researcher economist historian envoy coordinator commissioner officer lawmaker representative
    """.split()
)
# lowercase words that qualify a role opening an appositive with no article: "X, prime minister of Y, said"
_ROLE_MODIFIERS: Final = frozenset(
    """
    prime foreign defence defense interior finance justice vice acting interim top press military chief first
    permanent special national state general regional deputy assistant principal lead main official
    """.split()
)
_ROLE_WORDS: Final = _APPOSITIVE_WORDS - {"the", "a", "an", "who", "one", "former", "senior"}
_POSSESSIVE_DETERMINERS: Final = frozenset({"his", "her", "their", "its"})
_APPOSITIVE_START: Final = re.compile(
    rf"(?:{'|'.join(sorted(_APPOSITIVE_WORDS, key=len, reverse=True))})\b", re.IGNORECASE
)


_ROLE_TIME: Final = re.compile(r"^(?:then|now|currently|formerly|at\s+the\s+time)\s+(?=[a-z])")


def _opens_appositive(tail: str) -> bool:
    """Whether the words after a speaker's comma describe the speaker: "head of Y", "the mayor", or a role that a
    name owns or qualifies, "Estonia's prime minister", "NATO's top commander", "US envoy"; a role held then or
    now ("then chairman of the Joint Chiefs") likewise."""
    tail = _ROLE_TIME.sub("", tail)
    if _APPOSITIVE_START.match(tail):
        return True
    words = tail.split()
    if words and words[0] in _POSSESSIVE_DETERMINERS:
        # "Lloyd Austin, his defence secretary, said": a role the possessor gave him; "its Foreign Minister Dmytro
        # Kuleba" names the speaker himself
        last = words[-2:]
        named = len(words) > 3 and all(w[:1].isupper() and w.lower() not in _APPOSITIVE_WORDS for w in last)
        return not named and any(w.lower().rstrip(",.") in _APPOSITIVE_WORDS for w in words[1:4])
    if words and words[0] in _ROLE_MODIFIERS:  # "prime minister of Estonia", "foreign minister of Ukraine"
        return any(w.lower().rstrip(",.") in _ROLE_WORDS for w in words[1:3])
    if not words or not words[0][:1].isupper():
        return False
    for k, word in enumerate(words[1:4], start=1):
        low = word.lower().rstrip(",.")
        if low in _APPOSITIVE_WORDS or low.partition("-")[0] in _ROLE_WORDS:  # "Ukraine's commander-in-chief"
            # "Moldovan President Maia Sandu": a title before a name is the speaker, not a description of one
            last = words[k + 1 :][-2:]
            return len(last) < 2 or not all(w[:1].isupper() and w.lower() not in _APPOSITIVE_WORDS for w in last)
    return False


# an aside between the speaker and the cue that tells the circumstances: "speaking to reporters",
# "in an interview with CNN", "on Tuesday", "however", "asked about the losses"
# "X, whose forces led the assault, said"; "X, known by its acronym PGF, said" (a name it goes by, not a speaker)
_RELATIVE_ASIDE: Final = re.compile(r"(?:which|who|whose)\s|(?:also\s+|better\s+)?known\s+(?:as|by)\s")
# ("a missile hit a house, killing two people, said X": a participle of harm tells what the event did, and the
# speaker follows the verb)
_CIRCUMSTANCE_ASIDE: Final = re.compile(
    r"(?:(?!(?:killing|injuring|wounding|leaving|damaging|destroying)\b)[a-z]+ing|"
    r"asked|questioned|pressed|interviewed|in|at|during|on|after|before|while|when|however|meanwhile|"
    r"too|also|though|for\s+(?:its|his|her|"
    r"their)\s+part|(?:as\s+)?(?:quoted|cited)\s+by)\b"
)


# a US lawmaker's party and state after the name: "D-Calif.", "R-S.C.", "I-Vt.", "R-Texas", "D-N.Y."
_PARTY_AND_STATE: Final = re.compile(r"[DRI]-(?:[A-Z][a-z]*\.?){1,2}(?:\s[A-Z][a-z]*\.?)?")

# Heads of a speaker phrase that can carry a location: "the US Embassy in Moscow", "authorities in Sumy", "the
# health ministry in Ramallah" (a ministry named by its seat where two claim the same office), "a WFP spokesperson in
# Nairobi", "army officers in Tak province" (who speaks for a body, and where).
LOCATED_HEADS: Final = frozenset(
    {
        "embassy",
        "consulate",
        "mission",
        "authorities",
        "officials",
        "office",
        "administration",
        "ministry",
        "governor",
        "mayor",
        "police",
        "prosecutors",
        "command",
        "delegation",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "officers",
        "commanders",
    }
)
# the people of `LOCATED_HEADS` whom "on" places: "officials on the left bank", "authorities on the island"
_ON_SITE_HEADS: Final = frozenset({"authorities", "officials", "officers", "commanders", "prosecutors"})
# Heads of a speaker phrase sent to a body: "Poland's ambassador to the UN", "the US mission to NATO".
ENVOY_HEADS: Final = frozenset(
    {
        "ambassador",
        "ambassadors",
        "envoy",
        "envoys",
        "representative",
        "representatives",
        "delegate",
        "delegates",
        "delegation",
        "mission",
        "emissary",
    }
)
# who speaks for a person they serve or stand close to: "a senior aide to X", "an adviser to X", "a source close to X"
STAFF_HEADS: Final = frozenset(
    {
        "aide",
        "aides",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "confidant",
        "confidants",
        "assistant",
        "assistants",
    }
)
CLOSE_SOURCE_HEADS: Final = frozenset(
    {"source", "sources", "people", "person", "official", "officials", "insider", "insiders", "associate", "associates"}
)
# a name in apposition, up to five capitalised words: "Major General Zaw Min Tun" (a title of two, a name of three)
_NAME_APPOSITIVE: Final = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,4}$")
# a one-word name in apposition to what its bearer is: "the UN refugee agency, UNHCR,", "the charity, Oxfam,", "the
# defence secretary, Wallace," (an acronym, or one capitalised word after the head noun of a body or a role)
_ACRONYM_APPOSITIVE: Final = re.compile(r"^[A-Z][A-Z0-9&]{2,}$")  # three letters or more: "AP" may be a page label
_ONE_WORD_NAME: Final = re.compile(r"^[A-Z][a-z][\w'’-]+$")
_APPOSED_BODY_HEADS: Final = frozenset(
    {
        "agency",
        "group",
        "organisation",
        "organization",
        "body",
        "charity",
        "monitor",
        "network",
        "committee",
        "council",
        "company",
        "firm",
        "service",
        "office",
        "watchdog",
        "ngo",
        "institute",
        "foundation",
        "project",
        "mission",
        "alliance",
        "union",
        "coalition",
        "observatory",
    }
)
_APPOSED_ROLE_HEADS: Final = frozenset(
    {
        "secretary",
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "president",
        "governor",
        "mayor",
        "chief",
        "head",
        "director",
        "commander",
        "chairman",
        "chairwoman",
        "chair",
        "ambassador",
        "envoy",
        "adviser",
        "advisor",
        "leader",
        "premier",
        "chancellor",
        "commissioner",
        "coordinator",
        "general",
        "admiral",
        "prosecutor",
    }
)
# the postmodifier after a description's head noun: "the UN agency (for Palestinian refugees)", "head (of the mission)"
_POSTMODIFIERS: Final = frozenset({"for", "of", "on", "in", "to", "at"})
# what opens a fronted clause of time or circumstance rather than a description: "After the attack,", "Asked about
# the strike,", "Two days later,"
_FRONTED_CLAUSE_OPENERS: Final = (
    _STOP_WORDS
    | frozenset(UNITS)
    | frozenset(TENS)
    | frozenset({"asked", "questioned", "pressed", "told", "given", "faced", "hit", "left"})
)


def _description_head(words: list[str]) -> str:
    """The head noun of a description: its last word, or the last before its postmodifier ("the UN agency for
    Palestinian refugees": "agency")."""
    for k, word in enumerate(words[1:], 1):
        if word.lower() in _POSTMODIFIERS:
            return words[k - 1].lower().strip("'’")
    return words[-1].lower().strip("'’")


def _one_word_name_apposition(tail: str, before: str) -> str | None:
    """The speaker phrase of a one-word name `tail` set off after what its bearer is (`before`, the words up to its
    comma): "The aid group, Oxfam, said" gives "Oxfam, The aid group". The description must end in the head noun of
    a body or a role ("the UN agency for Palestinian refugees, UNRWA,", "the defence secretary, Wallace,"); after an
    acronym of three letters or more, any description will do ("the Western bloc, NATO,"). None when the words
    before are no description: a fronted clause ("After the attack, Zelensky,", "In Gaza, Hamas,", "Two days later,
    Ukraine,"), or a place or a thing ("The town, Kupiansk,", "The regime, Assad,"); the bare name when no words
    stand before it."""
    acronym = bool(_ACRONYM_APPOSITIVE.match(tail))
    if not acronym and not _ONE_WORD_NAME.match(tail):
        return None
    segment = re.split(r"[,;:.!?“”\"]", before)[-1].split()
    if not segment:
        return tail
    opener = segment[0].lower()
    if opener in _FRONTED_CLAUSE_OPENERS or opener.endswith("ing"):  # "Speaking to reporters, X, said"
        return None
    role = subject_before(before + " ")[0]
    if not role:
        return None
    head = _description_head(segment)
    if not acronym and head not in _APPOSED_BODY_HEADS | _APPOSED_ROLE_HEADS:
        return None
    return f"{tail}, {role}"


# a name and the body its bearer belongs to: "Park Sun-won of the main opposition Democratic Party", "Lt. Col.
# Ivan Petrov from the Southern Command"
_NAME_OF_BODY: Final = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}$"
)


# built per sentence: not frozen (a frozen dataclass is ~3x slower to build), but treated as immutable
@dataclass(unsafe_hash=True, init=False)  # init=False: its own __init__, which mypyc compiles
class Cue:
    """A speech cue and the speaker phrase found for it (offsets relative to the sentence)."""

    verb: str
    start: int
    end: int
    phrase: str | None  # the speaker noun phrase as written, with an appositive after ", " if any
    is_source: bool  # "according to X" / "citing X": X is the original claimant
    pronoun: str | None = None  # "he", "she", "they", "it" when the speaker is a pronoun
    coordinated: bool = False  # "... and predicted": the subject is the sentence's

    def __init__(self, verb: str, start: int, end: int, phrase: str | None, is_source: bool,
                 pronoun: str | None = None, coordinated: bool = False) -> None:  # fmt: skip
        self.verb = verb
        self.start = start
        self.end = end
        self.phrase = phrase
        self.is_source = is_source
        self.pronoun = pronoun
        self.coordinated = coordinated


def quote_marks(text: str) -> list[tuple[int, str]]:
    """(start, mark) of every `_QUOTES_RE` match in `text`, in order. The marks share no character, so each kind's
    matches are its non-overlapping occurrences, found by `str.find` (a search for one character skips in C) instead
    of a scan that stops at every apostrophe to look for a second one."""
    marks: list[tuple[int, str]] = []
    for mark in _QUOTE_MARKS:
        pos = text.find(mark)
        while pos >= 0:
            marks.append((pos, mark))
            pos = text.find(mark, pos + len(mark))
    marks.sort()
    return marks


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of double-quoted speech in a line of text; an unclosed quote runs to the end."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for start, ch in quote_marks(text):
        if open_at is None:
            if ch in _OPEN_QUOTES:
                open_at = start
        elif ch in ("”", '"', "''", "’’"):
            spans.append((open_at, start + len(ch)))
            open_at = None
        elif ch == "“":  # a new opening quote before a close: restart
            open_at = start
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


_DASHES: Final = frozenset({"-", "--", "–", "—"})
_DASH_OPEN: Final = re.compile(r"\s*[-–—]\s+(?=\S)")
_DASH_CLOSE: Final = re.compile(r"\s[-–—]\s+(?P<tail>[^.!?]{1,100})")


# a dash opening quoted words after a sentence's end in the same line: "... for the city.- Our boys are there",
# also after a quote that ends there: '... the diplomatic path."- The facts speak for themselves'
_DASH_OPEN_AFTER_SENTENCE: Final = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s*[-–—]\s+(?=[A-Z\"“])")


def _dash_open_after_sentence(line: str, pos: int = 0) -> re.Match[str] | None:
    """`_DASH_OPEN_AFTER_SENTENCE.search(line, pos)`, matched only where a dash of the line (found by `str.find`, which
    skips in C) can be the match's: a search tried the pattern's lookbehind at every character of the line.

    A match holds one dash, after the whitespace it opens with (`\\s*` gives back no character a dash could take), and
    its lookbehind needs a stop or a quote, no whitespace, right before it: so it begins where the run of whitespace
    before its dash begins, and no dash's match begins anywhere else. Those beginnings grow with the dashes, so for
    each dash character its first dash that matches gives its leftmost match, and the earliest of the three is the
    search's (`_dash_match_at` tells the dashes that cannot match at once: a hyphen inside a word)."""
    first: re.Match[str] | None = None
    for dash in _DASH_MARKS:
        at = line.find(dash, pos)
        while at >= 0 and (first is None or at < first.start()):  # a later dash's match begins after this one's
            m = _dash_open_at(line, at, pos)
            if m is not None:
                first = m
                break
            at = line.find(dash, at + 1)
    return first


def _dash_open_at(line: str, dash: int, pos: int) -> re.Match[str] | None:
    """The `_DASH_OPEN_AFTER_SENTENCE` match whose dash is at `dash`, beginning at `pos` or later, if any: the
    pattern is matched at the start of the whitespace before the dash, only where a stop or a quote stands before
    that and whitespace after the dash (what its lookbehind and its `\\s+` need)."""
    start = dash
    while start > 0 and is_space_at(line, start - 1):
        start -= 1
    if start < pos or start == 0 or line[start - 1] not in _STOP_OR_QUOTE:
        return None
    if dash + 1 >= len(line) or not is_space_at(line, dash + 1):
        return None
    return _DASH_OPEN_AFTER_SENTENCE.match(line, start)


# what stands right before a `_DASH_OPEN_AFTER_SENTENCE` match: a stop, or the quote closing after one
_STOP_OR_QUOTE: Final = '.!?"”'


def dash_quote_span(line: str) -> tuple[int, int] | None:
    """The quoted words of a line in the dash style of translated copy: "- We have no confirmation. There are
    150,000 soldiers there - said the president." The line opens with a dash; the quote closes at the first
    later dash whose words up to the sentence's end hold a speech verb."""
    opening = _DASH_OPEN.match(line)
    return None if opening is None else _dash_quote_from(line, opening)


def _dash_quote_from(line: str, opening: re.Match[str]) -> tuple[int, int] | None:
    pos = opening.end()
    while (close := _next_dash_close(line, pos)) is not None:  # `_DASH_CLOSE.finditer(line, opening.end())`
        for w in _WORDS_RE.findall(close.group("tail"))[:7]:
            low = w.lower()
            if low in _SPEECH_SET or low in REPLY_VERBS:
                return opening.start(), close.start()
        pos = close.end()  # where `finditer` goes on: a match is never empty
    return None


def _next_dash_close(line: str, pos: int) -> re.Match[str] | None:
    """`_DASH_CLOSE.search(line, pos)`, matched only at the whitespace before each dash of the line (found by
    `str.find`): a match opens with one whitespace character and a dash, so it begins right before a dash, and
    the first dash of each dash character where it matches gives that character's leftmost match; the earliest
    of the three is the search's. A search tried the pattern at every whitespace character of the line."""
    first: re.Match[str] | None = None
    for dash in _DASH_MARKS:
        at = line.find(dash, pos + 1)
        while at >= 0 and (first is None or at - 1 < first.start()):
            if is_space_at(line, at - 1):
                m = _DASH_CLOSE.match(line, at - 1)
                if m is not None:
                    first = m
                    break
            at = line.find(dash, at + 1)
    return first


# a dash glued between a lowercase word and "said"/"says" in translated copy ("... on the city-said the command"):
# it closes the quoted words before it. The one definition of the glued form: the dash-close pattern below, the cue
# reader (`glued_dash_before`) and the pipeline's per-line prefilter (`may_hold_glued_dash`) all read it.
_GLUED_DASH_SAID: Final = r"(?<=[a-z]{3}[-–—])(?<!self-)(?=said\b|says\b)"
_GLUED_DASH_SAID_RE: Final = re.compile(r"[-–—]" + _GLUED_DASH_SAID)
GLUED_DASH_NEEDLES: Final = ("-sa", "–sa", "—sa")  # what every glued form holds (a property test checks it)

# a dash closing quoted words with the verb of saying first ("... - said the adviser", "... - he tells us"), also
# the glued form above
# (it opens with the dash, a character set the regex engine skips ahead to; the lookbehinds read what stands before)
_DASH_CLOSE_VERB_FIRST: Final = re.compile(
    r"[-–—](?:(?<=\s[-–—])\s*|" + _GLUED_DASH_SAID + r")(?:(?:he|she|they|we)\s+)?"
    r"(?:said|says|stated|added|explained|emphasi[sz]ed|stressed|noted|argued|assured|admitted|tells|told)\b"
)
_DASH_BEFORE_WORDS: Final = re.compile(r"(?:^|(?<=[\s:.!?]))[-–—]\s")
_STOP_IN_LINE: Final = re.compile(r"[a-z)][.!?](?=\s*[A-Z])")


_DASH_MARKS: Final = ("-", "–", "—")  # the opening set of `_DASH_CLOSE_VERB_FIRST`


def _first_dash_close(line: str) -> re.Match[str] | None:
    """`_DASH_CLOSE_VERB_FIRST.search(line)`, matched at each dash of the line (found by `str.find`) instead: a search
    tests every character of a long line against the pattern's opening set of three dashes. The match that starts
    first is the search's (a match starts with its dash)."""
    first: re.Match[str] | None = None
    for dash in _DASH_MARKS:
        pos = line.find(dash)
        while pos >= 0 and (first is None or pos < first.start()):
            m = _DASH_CLOSE_VERB_FIRST.match(line, pos)
            if m is not None:
                first = m
                break
            pos = line.find(dash, pos + 1)
    return first


def _unopened_dash_quote(line: str) -> tuple[int, int] | None:
    """The quote of a line that opens with the quoted words themselves, their opening dash lost, and closes with
    a dash and a verb of saying after two or more sentences: "Russia wants a pause.It will regroup - said the
    adviser." (copy translated from Polish). The quote ends with the sentence before the close's: that one is
    read as it stands. None when a quote mark or an opening dash comes before the close, or no such close, or when
    the close's sentence has a cue of its own before it ("Experts say that ... - says the daily")."""
    close = _first_dash_close(line)
    if (
        close is None
        or any(mark in line[: close.start()] for mark in ('"', "“", "”"))
        or _DASH_BEFORE_WORDS.search(line, 0, close.start()) is not None
    ):
        return None  # a quote mark, or a dash opening the quoted words ("In his view: - We must help -he said")
    stops = list(_STOP_IN_LINE.finditer(line, 0, close.start()))
    if not stops or next(_cue_matches(line[stops[-1].end() : close.start()]), None) is not None:
        return None  # one sentence; or the close's sentence names a speaker of its own: whose are those before?
    return 0, stops[-1].end()


def glued_dash_before(before: str, verb: str) -> bool:
    """Whether a verb of saying is glued by a dash to the quoted words before it: "... on the city-said X"."""
    return (
        verb in {"said", "says"}
        and len(before) > 3
        and before[-1] in "-–—"
        and _GLUED_DASH_SAID_RE.match(before[-5:] + verb, len(before[-5:]) - 1) is not None
    )


def may_hold_glued_dash(text: str) -> bool:
    """Whether `text` may hold a dash glued to "said"/"says" (a substring prefilter for `_GLUED_DASH_SAID_RE`)."""
    return may_hold(text, GLUED_DASH_NEEDLES)


def dash_quote_spans(line: str) -> list[tuple[int, int]]:
    """Every dash quote of a line: the one it opens with, and those a dash opens after a sentence's end in glued
    copy ("The fights go on.- Our boys are still there. They resist - says the governor."); with no opening dash,
    the one `_unopened_dash_quote` finds."""
    spans: list[tuple[int, int]] = []
    opening = _DASH_OPEN.match(line) or _dash_open_after_sentence(line)
    if opening is None:
        unopened = _unopened_dash_quote(line)
        return [unopened] if unopened is not None else []
    while opening is not None:
        span = _dash_quote_from(line, opening)
        if span is not None:
            spans.append(span)
        opening = _dash_open_after_sentence(line, span[1] if span else opening.end())
    return spans


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


# "was announced (today) by X", "was summarised by the former US envoy X"
# the vote after the body that adopted a document: "by the Assembly with 100 votes for and 1 abstention"
_VOTE_TAIL: Final = re.compile(r"\s+(?:with|by)\s+(?:\d[\d,]*\s+votes?|a\s+(?:vote|majority)|unanimous)\b.*$", re.I)
# "was stated by X", "is stated in the resolution (entitled "...") adopted by X": the agent of a passive verb of saying
_PASSIVE_AGENT: Final = re.compile(
    r"\s+(?:\w+\s+|in\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|resolution|declaration|communiqu[eé]|"
    r"document|appeal)\b[^.;]{0,160}?\s(?:adopted|issued|published|signed|released|made)\s+)?"
    r"by(?=\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2})?[A-Z])"
)
# a participle right after a common noun, its agent after "by" (a reduced passive relative: "the new package announced
# by the Pentagon", "the toll reported by the governor"): the agent, right after the verb, and the noun phrase before
# (not "a politician cited by Sky News": the one cited speaks, the outlet relays)
_ANNOUNCING_PARTICIPLES: Final = frozenset({"announced", "reported", "confirmed", "disclosed", "stated", "estimated"})
_REDUCED_PASSIVE_AGENT: Final = re.compile(r"\s+by(?=\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2})?[A-Z])")
_COMMON_NOUN_BEFORE: Final = re.compile(r"(?:^|\s)(?i:the|a|an|this|its|their)(?:\s+[a-z$\d][\w$,.'’-]*){1,5}\s+$")
# "As reported by Ukrinform, ...", "as was stated by the ministry": a passive verb with no auxiliary after "as"
_AS_PASSIVE_AGENT: Final = re.compile(r"\s+by(?=\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[A-Za-z])")
_AS_BEFORE_PASSIVE: Final = re.compile(
    r"(?:^|[\s,;(])as\s+(?:(?:was|has\s+been|had\s+been)\s+)?(?:[a-z]+ly\s+)?$", re.IGNORECASE
)
# a hyphen glued before a capital or a pronoun is a dash of its own: "(CNN)-A French official", "... -he said"
# ("high -ranking" stays one word)
_TOKEN_RE: Final = re.compile(r"(?:-+|[–—])(?=[A-Z]|(?:he|she|they|we)\b)|\(?[\w'’.\-]+\)?|[,:;]")
_AS_REACH_WORDS: Final = 4  # "as" + was/has been/had been + an -ly adverb: `_AS_BEFORE_PASSIVE` spans at most 4 words


# what a word ending in "as" or "aſ" once lowercased holds as written (only "A" lowercases to "a", only "S" to "s")
_AS_ENDINGS: Final = ("as", "As", "aS", "AS", "aſ", "Aſ")


def _by_next(text: str, pos: int) -> bool:
    """A necessary condition for `_AS_PASSIVE_AGENT.match(text, pos)`: whitespace at `pos`, then "by" (\\s+ is
    greedy and "b" is no whitespace, so "by" stands right after the run of whitespace or not at all)."""
    i = pos
    size = len(text)
    while i < size and is_space_at(text, i):
        i += 1
    # `text.startswith("by", i)` by its two characters: with a start, `startswith` is a method call where compiled
    return i > pos and i + 1 < size and text[i] == "b" and text[i + 1] == "y"


def _may_follow_as(tail: str) -> bool:
    """A necessary condition for `_AS_BEFORE_PASSIVE` in `tail`: one of its last four words (split at whitespace, as
    \\s is) ends in "as" (the pattern's ſ folds to s), without a regex search; substring tests first (most tails
    hold no "as" at all: then no lowercasing and splitting)."""
    if not may_hold(tail, _AS_ENDINGS):
        return False
    for word in tail.lower().rsplit(None, _AS_REACH_WORDS)[-_AS_REACH_WORDS:]:
        if word.endswith(("as", "aſ")):
            return True
    return False


_CLAUSE_MARKS: Final = frozenset({",", ":", ";"})


def _tokens(text: str) -> list[str]:
    """`_TOKEN_RE.findall(text)` (the strings: no reader needs a span, and match objects cost more), read from the
    runs of text between whitespace: no token holds a space, and none of the pattern's lookarounds reaches past one
    (the dash branch looks ahead for a letter; \\b after "he" sees a space as the end does). A run of word
    characters alone, most of them, is one token; only the others are scanned (a regex call builds each match)."""
    toks: list[str] = []
    for run in text.split():
        if run.isalnum():  # each character \w: the word branch takes the whole run, no dash opens it
            toks.append(run)
        elif run[-1] in _CLAUSE_MARKS and run[:-1].isalnum():  # "Monday,": the word, then the mark
            toks.append(run[:-1])
            toks.append(run[-1])
        else:
            toks.extend(_TOKEN_RE.findall(run))
    return toks


def _tail_tokens(text: str) -> list[str]:
    """The tokens of `text` that `subject_before`'s walk back reads: from its last clause mark on (a mark is a token
    of its own, no token spans one, and the walk stops at it), or all of them when it has none or "of" may be the
    token before it (the envoy test reads two tokens back: "ambassador of, to ..."). Fewer tokens, same walk."""
    cut = text.rfind(",")
    colon, semicolon = text.rfind(":"), text.rfind(";")
    if colon > cut:  # `max` of three is a call of the builtin where compiled
        cut = colon
    if semicolon > cut:
        cut = semicolon
    end = cut
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end < 2 or text[end - 2 : end] == "of":  # no copy of the text before the mark
        return _tokens(text)
    return _tokens(text[cut:])  # the pattern has no lookbehind: the tokens from `cut` on


# what `_SKIP_BEFORE` matches in `text`, searched for on `lowered(text)` (same positions)
_SKIP_BEFORE_TWIN: Final = lowercase_twin(_SKIP_BEFORE)
# The last word of every `_SKIP_BEFORE` alternative: a text whose tail ends with none of them has nothing to skip.
_SKIP_TAILS: Final = (
    "also", "later", "previously", "earlier", "again", "further", "separately", "reportedly", "then", "recently",
    "publicly", "repeatedly", "had", "has", "have", "would", "will", "could", "did", "does", "do", "once", "first",
    "initially", "week", "day", "statement", "not", "never", "already", "since", "there", "here", "locally",
    "night", "month", "morning", "evening", "tonight", "overnight", "however", "meanwhile", "though", "too",
    "nonetheless", "nevertheless", "instead", "turn", "part", "response", "likewise", "similarly", "now", "still",
    "subsequently", "eventually", "even", "himself", "herself", "itself", "themselves", "to", "weekend", "days",
    "year", "summer", "spring", "autumn", "fall", "winter", "weeks", "months", "just",
)  # fmt: skip
# The same for `_PASSIVE_BEFORE`: it ends with a form of "be" or an -ly adverb.
_PASSIVE_TAILS: Final = ("was", "were", "is", "are", "been", "be", "being", "it's", "ly")


def _by_last_letter(tails: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """`tails` by their last character: a text can end with only those that end with its own last character."""
    out: dict[str, tuple[str, ...]] = {}
    for tail in tails:
        out[tail[-1]] = (*out.get(tail[-1], ()), tail)
    return out


_PASSIVE_TAILS_BY_LAST: Final = _by_last_letter(_PASSIVE_TAILS)
_SKIP_TAILS_BY_LAST: Final = _by_last_letter(_SKIP_TAILS)


def _end_of_words(text: str) -> int:
    """`len(text.rstrip())`, read back over the whitespace at the end (`str.rstrip` strips what `str.isspace` holds,
    as `is_space_at` does) instead of copying the text before it (a cue's up to 300 characters)."""
    end = len(text)
    while end > 0 and is_space_at(text, end - 1):
        end -= 1
    return end


def _may_end_with(text: str, tails: dict[str, tuple[str, ...]]) -> bool:
    """Whether an IGNORECASE pattern ending in one of the tails (`_by_last_letter`), then spaces and the end, can
    match `text`: `endswith` with only the tails that end with the text's last character (a few of 70)."""
    end = _end_of_words(text)
    tail = text[max(0, end - 12) : end]  # `text.rstrip()[-12:]` without the copy of all of `text` rstrip makes
    if not tail.isascii():
        return True
    low = tail.lower()
    return low != "" and low.endswith(tails.get(low[-1], ()))


# up to the last character that is neither a word character nor a space: no skip word reaches back past it
_UP_TO_LAST_MARK: Final = re.compile(r".*[^\w\s]", re.DOTALL)


_UP_TO_LAST_NON_WORD: Final = re.compile(r".*[^\w\s']", re.DOTALL)


def _passive_before(text: str) -> re.Match[str] | None:
    """`_PASSIVE_BEFORE.search(text)`, looked for after the last character its words and spaces cannot hold."""
    if not _may_end_with(text, _PASSIVE_TAILS_BY_LAST):
        return None
    mark = _UP_TO_LAST_NON_WORD.match(text)
    return _PASSIVE_BEFORE.search(text, mark.end() if mark else 0)


def _strip_skip_words(text: str) -> str:
    """`text` without its trailing adverbs and auxiliaries ("also", "had", "on Monday") before a cue.

    What `_SKIP_BEFORE.sub("", text)` gives: the pattern matches at most once, at the end, and only
    words and spaces, so it is searched for after the last punctuation mark rather than from the start
    (on the lowercased text, from the last word that is none of its words: `_skip_run_start`).
    """
    if not _may_end_with(text, _SKIP_TAILS_BY_LAST):
        return text
    low = lowered(text)  # the twin's branches each open with a letter the engine can reject at once
    if low is None:
        mark = _UP_TO_LAST_MARK.match(text)
        m = _SKIP_BEFORE.search(text, mark.end() if mark else 0)
    else:
        m = _SKIP_BEFORE_TWIN.search(low, _skip_run_start(low))
    return text if m is None else text[: m.start()] + text[m.end() :]


# every word a `_SKIP_BEFORE` match can hold (its runs of word characters): a run of letters of its alternatives, or a
# word ending in "day" (`\w+day`); the pattern's escapes (\s, \b, \w) are no letters of a word
_SKIP_WORDS: Final = frozenset(re.findall(r"[a-z]+", re.sub(r"\\.", " ", _SKIP_BEFORE.pattern)))


def _skip_run_start(low: str) -> int:
    """Where a `_SKIP_BEFORE_TWIN` match in `low` can begin at the earliest: right after the last run of word characters
    that is none of `_SKIP_WORDS` (nor ends in "day"), or after the last character that is neither a word character nor
    whitespace. A match holds nothing else, whole runs only (a `\\b` opens each alternative), and ends the text: the
    walk back reads the few words of the run of skip words, not the whole text before the cue."""
    i = len(low)
    while True:
        j = i
        while j > 0 and is_space_at(low, j - 1):
            j -= 1
        k = j
        while k > 0 and is_word_char(low[k - 1]):
            k -= 1
        if k == j or not (low[k:j] in _SKIP_WORDS or low.endswith("day", k, j)):
            return j
        i = k


# the last word of every `_SETTING_BEFORE` alternative (the pattern is case-sensitive and ends with spaces at most);
# whitespace stands before each of them in the pattern, so a match's last word is the text's last run between
# whitespace, one of these
_SETTING_TAILS: Final = frozenset({
    "who", "which", "briefing", "statement", "interview", "speech", "address", "post", "video", "conference",
    "meeting", "hearing", "call", "message", "session", "testimony", "report", "appearance", "Telegram", "X",
    "Twitter", "Facebook", "television", "TV", "media",
})  # fmt: skip
# the most runs of non-whitespace a `_SETTING_BEFORE` match spans: the word its opening comma is glued to, "who", the
# preposition, the determiner, three words and the noun
_SETTING_CHUNKS: Final = 8


# "X during a meeting with Y said", "X in a phone call with Y said": Y is who X spoke with, not the speaker
_MEETING_WITH_BEFORE: Final = re.compile(
    r"\s+(?:in|at|during|after)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|meetings|talks|call|conversation|summit|visit)\s+with\s+(?:[\w'’.-]+\s+){0,4}?[A-Z][\w'’.-]*\s*$"
)
# a `_MEETING_WITH_BEFORE` match spans at most eleven runs of non-whitespace, each whole, and ends the text: it begins
# in the whitespace after the twelfth run from the end
_MEETING_WITH_CHUNKS: Final = 12


# "X in an interview with CNN said", "X in a letter to the allies warned", "X in the invitation to the summit
# indicated": the setting names whom X addressed, not who speaks
_ADDRESSED_NOUNS: Final = ("interview", "letter", "invitation", "article", "op-ed", "column", "appeal", "message",
                           "address",
                           "speech", "statement", "post", "remarks", "comments", "note", "call")  # fmt: skip
_ADDRESSED_SETTING_BEFORE: Final = re.compile(
    r"\s+(?:in|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{'|'.join(map(re.escape, _ADDRESSED_NOUNS))}|video\s+address)"
    r"\s+(?:to|with|for|on|at|before)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+\s*$"
)


# the words before whom a setting addressed ("in a letter to the allies"): a word of its own between whitespace
_ADDRESSEE_LINKS: Final = frozenset({"to", "with", "for", "on", "at", "before"})
_ADDRESSEE_REACH: Final = 6  # the link, then at most five words to the end


def _may_name_addressee(tail: str) -> bool:
    """Whether one of the last words of `tail` but its very last (runs between whitespace, as \\s+ splits) is a
    link of `_ADDRESSED_SETTING_BEFORE`: a necessary condition for it, one `rsplit` instead of 16 substring tests."""
    for run in tail.rsplit(None, _ADDRESSEE_REACH)[-_ADDRESSEE_REACH:-1]:
        if run in _ADDRESSEE_LINKS:
            return True
    return False


def _strip_addressed_setting(text: str) -> str:
    """Drop a closing "in an interview with Y" so that the walk back finds X, who spoke, not Y."""
    tail = text[-90:]
    if "in" not in tail:  # every match holds "in" or "during" (which holds it): one substring test first (half the
        return text  # texts lack it), before the split of `_may_name_addressee`
    if not _may_name_addressee(tail) or not any(noun in tail for noun in _ADDRESSED_NOUNS):
        return text
    m = _ADDRESSED_SETTING_BEFORE.search(text, max(0, len(text) - 90))
    return text if m is None else text[: m.start()] + " "


def _strip_meeting_with(text: str) -> str:
    """Drop a closing "during a meeting with Y" so that the walk back finds X, who spoke, not Y."""
    if " with " not in text:
        return text
    m = _MEETING_WITH_BEFORE.search(text, chunks_back(text, len(text), _MEETING_WITH_CHUNKS))
    return text if m is None else text[: m.start()] + " "


# "John Doe at the Pentagon said", "Ann Roe at the Institute for the Study of War said": the body a named person
# works at, not the speaker
_WORKPLACE_AFTER_NAME: Final = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*)\s+at\s+the\s+[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|the|and)){0,5}"
    r"\s*$"
)
_WORKPLACE_REACH: Final = 110  # characters before the cue that hold the name and its workplace


def _strip_workplace(text: str) -> str:
    """Drop a closing "at the Pentagon" after a person's name, so that the walk back finds the person."""
    if " at the " not in text[-_WORKPLACE_REACH:]:
        return text
    m = _WORKPLACE_AFTER_NAME.search(text, max(0, len(text) - _WORKPLACE_REACH))
    if m is None:
        return text
    actor = resolve_actor(m.group("name"))
    return text if actor is None or actor.kind != "person" else text[: m.end("name")] + " "


def _last_run(text: str) -> str:
    """The last run of non-whitespace of `text` (`text.rsplit(None, 1)[-1]`, "" when there is none), read back from
    its end instead of through `rsplit` (a method call through the interpreter where compiled)."""
    end = _end_of_words(text)
    start = end
    while start > 0 and not is_space_at(text, start - 1):
        start -= 1
    return text[start:end]


def _strip_setting(text: str) -> str:
    """`_SETTING_BEFORE.sub("", text)`: the pattern ends at the end of the text and spans at most `_SETTING_CHUNKS`
    runs of non-whitespace, so its one match starts in the last of them, and is searched for from there (rather than
    from the last character it cannot hold, found by a scan of the whole text)."""
    if _last_run(text) not in _SETTING_TAILS:  # the pattern's last word, then only spaces
        return text
    m = _SETTING_BEFORE.search(text, chunks_back(text, len(text), _SETTING_CHUNKS))
    return text if m is None else text[: m.start()] + text[m.end() :]


AUTHORING: Final = frozenset({"published", "conducted", "compiled", "released", "commissioned", "prepared", "written"})


_SOURCING_WORDS: Final = AUTHORING | frozenset(p for p in SOURCING_PARTICIPLES if " " not in p)
# when a document came out, between its participle and "by": "figures released on Monday by X"
_TIME_BEFORE_BY: Final = re.compile(r"(?:\s+(?:on|last|this|earlier|today|yesterday)(?:\s+\w+){0,2}?)?\s*$")


def _authored_by(toks: list[str], k: int) -> int:
    """The index of the document's noun when the "by" at token k names a document's authors ("a report
    (published) by X", "figures released on Monday by X"), else -1."""
    at = k
    for cut in range(k - 1, max(-1, k - 5), -1):  # "on Monday", "last week": when the document came out
        if toks[cut].lower() in _SOURCING_WORDS and _TIME_BEFORE_BY.fullmatch(" " + " ".join(toks[cut + 1 : k])):
            at = cut
            break
    return at - 1 if at > 0 and toks[at - 1].lower() in DOCUMENT_WORDS else -1


_TIME_DEICTICS: Final = frozenset({"last", "this", "next", "earlier", "later"})
# weekdays and months written out, which open no speaker's name ("Jan" and "May" can: "Jan Kowalski", "May Lind")
_WEEKDAY_NAMES: Final = frozenset(w for w in WEEKDAYS if len(w) > 3)
_DAY_OR_MONTH_NAMES: Final = frozenset(w for w in (*WEEKDAYS, *MONTHS) if len(w) > 3 and w != "sept")
_TIME_UNITS: Final = frozenset(
    {"week", "month", "year", "night", "weekend", "morning", "evening", "spring", "summer", "autumn", "fall", "winter"}
)


# what an unnamed source is close to: "sources familiar with the matter", "a person briefed on the talks"
_SOURCE_QUALIFIER: Final = re.compile(
    r"\b(?P<head>[A-Za-z]+)\s+(?P<qualifier>(?:(?:directly|closely)\s+)?(?:familiar\s+with|close\s+to|involved\s+in|briefed\s+(?:on|about)|"
    r"with\s+(?:direct\s+)?knowledge\s+of|knowledgeable\s+(?:about|of)|privy\s+to)\s+[^,;:\"“”()]{1,60}?)\s*$"
)


_SOURCES_INSIDE: Final = re.compile(
    r"\b(?P<head>[Ss]ources?)\s+(?P<qualifier>(?:in|within|"
    r"inside)\s+[^,;:\"“”()]{1,60}?)\s*$"
)


def _qualified_source(text: str) -> tuple[str, str] | None:
    """(text up to the source's head, its qualifier) when `text` ends with an unnamed source's qualifier:
    "two sources familiar with the matter" is anonymous sources, not "the matter"."""
    if "ource" in text:
        m = _SOURCES_INSIDE.search(text)
        if m is not None:  # "sources in Ukraine's military intelligence": unnamed, not the agency
            return text[: m.end("head")], m.group("qualifier")
    if (
        "familiar" not in text
        and " close " not in text
        and "briefed" not in text
        and "knowledge" not in text
        and "privy" not in text
        and "involved" not in text
    ):
        return None
    m = _SOURCE_QUALIFIER.search(text)
    if m is None or m.group("head").lower() not in ANON_HEADS:
        return None
    return text[: m.end("head")], m.group("qualifier")


# a date or a manner adverb between the speaker and the cue: "the SBU on August 26, 2022 accused", "pundits
# outrageously claimed"; -ly nouns ("the family said", "the Kyiv daily reported") are no adverbs
_DATE_BEFORE_CUE: Final = re.compile(
    rf"\s+on\s+(?:(?:{'|'.join(MONTHS)})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+(?:{'|'.join(MONTHS)})\.?)"
    r"(?:,?\s+\d{4})?\s*$",  # not "X, speaking on May 3, said": an aside between commas is read as one
    re.IGNORECASE,
)
_MANNER_BEFORE_CUE: Final = re.compile(r"(?<=[a-z'’])\s+(?P<adverb>[a-z]{3,}ly)\s*$")
_LY_NOUNS: Final = frozenset(
    {
        "family",
        "assembly",
        "rally",
        "supply",
        "daily",
        "weekly",
        "monthly",
        "quarterly",
        "anomaly",
        "monopoly",
        "bully",
        "homily",
        "italy",
        "fortnightly",
        "biweekly",
        "friendly",
    }
)
# adverbs of degree, after which a verb of saying is rarer than another sense of it: "peers which have mostly
# posted record profits"
_DEGREE_ADVERBS: Final = frozenset(
    {
        "mostly",
        "largely",
        "mainly",
        "partly",
        "nearly",
        "fully",
        "only",
        "roughly",
        "entirely",
        "merely",
        "simply",
        "barely",
        "hardly",
        "likely",
        "highly",
        "widely",
        "generally",
        "usually",
        "typically",
        "approximately",
        "completely",
        "partially",
    }
)


# a `_DATE_BEFORE_CUE` match spans at most four runs of non-whitespace ("on", "March", "3,", "2023"), the text's last,
# after the whitespace it opens with: it begins after the fifth run from the end, or later
_DATE_CHUNKS: Final = 5


def _strip_when_and_manner(text: str) -> str:
    """`text` without a trailing date ("on March 3, 2023") or manner adverb ("angrily") before a cue."""
    if " on " in text[-32:]:
        m = _DATE_BEFORE_CUE.search(text, chunks_back(text, len(text), _DATE_CHUNKS))  # not tried at every space
        if m is not None:
            return _strip_skip_words(text[: m.start()] + " ")
    manner = _manner_before_cue(text)
    if manner is not None and manner[1] not in _LY_NOUNS and manner[1] not in _DEGREE_ADVERBS:
        return _strip_skip_words(text[: manner[0]] + " ")
    return text


def _manner_before_cue(text: str) -> tuple[int, str] | None:
    """(start, adverb) of `_MANNER_BEFORE_CUE.search(text)`, read backwards from the end of the text: the pattern
    ends with the adverb and spaces, and tried at every space it took a few times the work (rstrip() strips
    what \\s matches)."""
    end = _end_of_words(text)
    # `text.endswith("ly", 0, end)` by its two characters (with bounds, `endswith` is a method call where compiled)
    if end < 2 or text[end - 1] != "y" or text[end - 2] != "l":
        return None  # the common case, told before any walk
    start = end
    while start and "a" <= text[start - 1] <= "z":
        start -= 1
    if end - start < 5:  # the run ends with "ly", as told above, when it holds five letters or more
        return None
    spaces = start
    while spaces and text[spaces - 1].isspace():
        spaces -= 1
    if spaces == start or not spaces or not ("a" <= text[spaces - 1] <= "z" or text[spaces - 1] in "'’"):
        return None
    return spaces, text[start:end]


# a name in quotes closing just before a cue: 'volunteers of the "Information Resistance" identified', 'the
# "Azov" regiment said'; not a quote of speech before its speaker ('"We hold," Smith said')
_QUOTED_NAME_END: Final = re.compile(
    r"(?:\b(?:the|of|from)|[A-Z][\w'’-]*)\s+[“\"](?P<name>[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,3})$"
)


# a full name opening the clause (after a quote, or the sentence's start), then an appositive not closed by a comma
# before the cue, too long for the word walk back: "X Y, a retired admiral in the Z and a former head of the W told"
# a bare role opening an appositive not closed by a comma: '"...," Anna Berg, head of the tourism agency told CNN'
_BARE_ROLES: Final = (
    "head|chief|director|spokesperson|spokesman|spokeswoman|minister|commander|adviser|advisor|secretary|"
    "ambassador|president|governor|mayor|chairman|chairwoman|founder|editor|professor|deputy"
)
_LONG_APPOSITIVE: Final = re.compile(
    r"^[\s,]*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+"
    rf"(?P<app>(?:(?:a|an|the|former)\s|(?:{_BARE_ROLES})\s+of\s)[^,;:“”\"()]{{12,200}}?)\s*$"
)


_APPOSITIVE_END_WORDS: Final = _STOP_WORDS | {"and", "the", "a", "an", "of", "for"}


_REGION_KINDS: Final = frozenset({"country", "state", "oblast", "region", "province"})


def _qualifies_a_place(tail: str, before: str) -> bool:
    """Whether `tail` ("Virginia", "Ukraine") is a country or region placing the capitalised name that ends
    `before` ("... in Loudoun County"), as in "a supervisor in Loudoun County, Virginia,"."""
    words = before.split()
    if len(words) < 2 or not words[-1][:1].isupper() or not tail[:1].isupper():
        return False
    place = load_gazetteer().lookup(tail)
    return place is not None and place.kind in _REGION_KINDS


def _long_appositive_speaker(text: str) -> str | None:
    """ "Name, appositive" when `text` is a full name, then an appositive holding a role word and not closed by a
    comma: "Garry Kasparov, a world champion chess player and a leader of the Russian opposition"."""
    m = _LONG_APPOSITIVE.match(text)
    if m is None:
        return None
    name, app = m.group("name"), m.group("app")
    if any(w.lower() in _STOP_WORDS or w.lower() in _DAY_OR_MONTH_NAMES for w in name.split()):
        return None  # "On Monday, the minister ...": when, not who
    words = app.split()
    if words[-1].lower() in _APPOSITIVE_END_WORDS or not any(
        w.lower() in _APPOSITIVE_WORDS - {"the", "a", "an", "one"} for w in words
    ):
        return None  # "X, former gymnast and alleged ...": cut short; "X, the city ...": no role
    return f"{name}, {app}"


def _quoted_name_before(text: str, close: int) -> bool:
    """Whether the quote closing at `close` (the last of `text`) holds a short name that the speaker phrase
    goes on through, rather than quoted speech."""
    if (
        text[close + 1 : close + 2] not in (" ", "")
        or text[close + 1 :].strip()
        and not text[close + 1 :].strip()[:1].isalpha()
    ):
        return False  # '"We hold,” Smith said': a comma or a stop before the closing mark ends speech
    if text[close - 1 : close] in ",.!?":
        return False
    return _QUOTED_NAME_END.search(text, _quoted_name_window(text, close), close) is not None


def _quoted_name_window(text: str, close: int) -> int:
    """Where a `_QUOTED_NAME_END` match ending at `close` can start: no name holds a quote mark, so its opening
    mark is the last before `close`, and the word before the spaces before that mark holds the match's start
    (searched from there, the pattern tries a few positions instead of every one; its lookbehinds still see the
    text before). `close` when there is no such mark or no space before it (no match)."""
    mark = max(text.rfind('"', 0, close), text.rfind("“", 0, close))
    start = mark
    while start > 0 and text[start - 1].isspace():
        start -= 1
    if mark < 0 or start == mark:
        return close
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
        start -= 1
    return start


# participles that date the document before the cue: "a letter dated 3 March said"
_DATING_PARTICIPLES: Final = frozenset({"dated", "timestamped", "postmarked"})
# participles placing a speaker somewhere: "a diplomat stationed in Kyiv", "an analyst based at Chatham House"
POSTED_PARTICIPLES: Final = frozenset(
    {"stationed", "based", "posted", "deployed", "serving", "working", "living", "located"}
)
# participles of handing a document over, before its addressee: "a report presented to parliament said"
HANDED_PARTICIPLES: Final = frozenset(
    {
        "shared",
        "presented",
        "submitted",
        "sent",
        "delivered",
        "handed",
        "passed",
        "provided",
        "shown",
        "addressed",
        "leaked",
        "circulated",
        "forwarded",
    }
)
_POSTED_PREPOSITIONS: Final = frozenset({"in", "at", "near", "inside", "outside"})
# a group of states named by a letter and its size: "the G7 countries", "G20 leaders", "the E3 ministers"
_GROUP_ACRONYM: Final = re.compile(r"[A-Z]{1,2}\d{1,2}")
# a military unit's number and the word after it ("the 47th Mechanized Brigade", "the 3rd Army Corps")
_UNIT_ORDINAL: Final = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_UNIT_NAME_WORDS: Final = MILITARY_UNIT_NOUNS | frozenset(
    "division army squadron separate mechanized mechanised assault airborne air motorized motorised rifle tank "
    "artillery marine naval infantry guards special operations jaeger mountain territorial defence defense combined "
    "arms".split()
)


_PLURAL_POSSESSIVE: Final = re.compile(r"[A-Za-z]+s['’]")  # "journalists'", "soldiers’"


# a person's age in apposition after their name ("Vladimir Putin, 72, said"; "X, 38, a military analyst, said")
_AGE_ASIDE: Final = re.compile(r"(?<=[a-z’'])\s*,\s+(?:aged\s+)?[1-9]\d?,(?P<end>\s*$)?")


def _may_hold_age_aside(text: str) -> bool:
    """Whether a comma of `text` is followed by whitespace, maybe "aged" and whitespace, then a digit 1-9: what every
    `_AGE_ASIDE` match holds (its scan, which opens with a lookbehind, tries every position). Read at each comma."""
    size = len(text)
    comma = text.find(",")
    while comma >= 0:
        i = comma + 1
        while i < size and is_space_at(text, i):
            i += 1
        if i > comma + 1 and i < size and text[i] == "a" and text.startswith("aged", i):  # its first letter first
            j = i + 4
            while j < size and is_space_at(text, j):
                j += 1
            if j > i + 4:
                i = j
        if i > comma + 1 and i < size and "1" <= text[i] <= "9":
            return True
        comma = text.find(",", comma + 1)
    return False


def without_age_aside(text: str) -> str:
    """`text` (the words before a cue) without an age standing between a name and the cue or an appositive."""
    if not _may_hold_age_aside(text):  # an age is a digit after a comma; the scan tries every position
        return text
    ages = list(_AGE_ASIDE.finditer(text))
    last = ages[-1] if ages else None
    if last is None or not text[: last.start()].rsplit(None, 1)[-1][:1].isupper():
        return text  # the age follows a name ("Sybiha, 49,"), not a common noun ("aged 12, 14,")
    return text[: last.start()] + (" " if last.group("end") is not None else ",") + text[last.end() :]


def _topic_of_a_body(after: list[str], head: str) -> bool:
    """Whether "on" between a body's or an office's head and the words `after` it (read backwards, so the word
    right after "on" is last) names the body's subject: "the Committee on Armed Services", "the Special
    Representative on Sexual Violence", "the UN Group of Experts on the DRC" (a topic led by "the")."""
    if head.lower() not in TOPIC_ROLE_HEADS or not after:
        return False
    if after[-1] == "the":
        return len(after) > 1 and after[-2][:1].isupper()
    return after[-1][:1].isupper()


# a participial aside naming a document's source: ", released on Monday by the ministry,", ", compiled by X,"
_SOURCING_ASIDE: Final = re.compile(
    rf"(?:{'|'.join(SOURCING_PARTICIPLES)})\s+(?:(?:on|last|this|earlier|today|yesterday)(?:\s+\w+){{0,2}}?\s+)?"
    r"(?:by|from)\s+\S"
)


def _ends_with_document(text: str) -> bool:
    """Whether `text` ends with a document's noun ("The latest figures", "Official data")."""
    last = text.rstrip().rsplit(None, 1)[-1:] or [""]
    return last[0].lower() in DOCUMENT_WORDS


# a group of people, then a clause that says what they do, right before the cue: "who staff the field clinic",
# "working for a rights charity" (no comma, quote or clause mark in it)
_DESCRIBED_GROUP: Final = re.compile(
    r"\b(?P<head>[A-Za-z-]+)\s+(?:who\s+(?:[a-z]+)|(?:working|based|operating)\s+(?:with|for|in|at|on))"
    r"(?:\s+(?!(?:and|but|or)\b)[^\s,;:\"“”()]+){0,10}\s*$"  # no "and": "X met volunteers ... and said" is X's
)
# the words one of which every `_DESCRIBED_GROUP` match holds (it is case-sensitive): substring tests before its search
_DESCRIBED_GROUP_WORDS: Final = ("who", "working", "based", "operating")
# the most runs of non-whitespace a `_DESCRIBED_GROUP` match spans: its head's, "who" and a word (or the participle and
# its preposition), then ten; each but the head's whole, between whitespace, and the match ends the text
_DESCRIBED_GROUP_CHUNKS: Final = 13


# a sentence's opening "At the time" / "At that time" without a comma, before its speaker
_AT_THE_TIME_OPENING: Final = re.compile(r"At\s+th(?:e|at)\s+time\s+(?!of\b)")


def _holds_digit(word: str) -> bool:
    """`any(c.isdigit() for c in word)`: an ASCII character by its code (0-9 are its only digits), any other by
    `str.isdigit` (a method call through the interpreter where compiled)."""
    for ch in word:
        code = ord(ch)
        if code < 128:
            if 48 <= code <= 57:
                return True
        elif ch.isdigit():
            return True
    return False


def _opens_with_decimal(word: str) -> bool:
    """`word[:1].isdecimal()` (a method call through the interpreter where compiled, asked of each word the walk back
    takes): an ASCII first character by its code (0-9 are its only decimals), any other by the method."""
    if not word:
        return False
    code = ord(word[0])
    if code < 128:
        return 48 <= code <= 57
    return word[0].isdecimal()


def _is_ascii_lower_code(code: int) -> bool:
    """Whether a code point is one of a-z."""
    return 97 <= code <= 122


def _opens_upper(text: str) -> bool:
    """`text[:2].isupper()` (a slice and a method call through the interpreter where compiled): two ASCII characters
    read by their codes (cased are A-Z and a-z; at least one cased, none lowercase), any other opening by the method."""
    if len(text) < 2:
        return text[:2].isupper()
    first, second = ord(text[0]), ord(text[1])
    if first >= 128 or second >= 128:
        return text[:2].isupper()
    if _is_ascii_lower_code(first) or _is_ascii_lower_code(second):
        return False
    return 65 <= first <= 90 or 65 <= second <= 90


def subject_before(text: str) -> tuple[str | None, str | None, bool]:
    """(speaker phrase, pronoun, coordinated) for the words just before a cue."""
    text = without_age_aside(text)
    if text.startswith("At th") and (opening := _AT_THE_TIME_OPENING.match(text)) is not None:
        text = text[opening.end() :]  # "At the time the navy said": the navy, not "the time the navy"
    if _opens_upper(text):
        text = text[dateline_end(text) :]  # "KYIV/MOSCOW — Ukraine's top commander told": the city filed from
    qualified = _qualified_source(text)
    if qualified is not None:
        phrase = subject_before(qualified[0] + " ")[0]
        return (f"{phrase}, {qualified[1]}" if phrase else None), None, False
    described = (
        _DESCRIBED_GROUP.search(text, chunks_back(text, len(text), _DESCRIBED_GROUP_CHUNKS))
        if (" who " in text or "ing " in text) and may_hold(text, _DESCRIBED_GROUP_WORDS)
        else None
    )
    if described is not None and is_group_of_people(described.group("head")):
        # "Local medics who staff the field clinic said", "A group of lawyers working for a charity has
        # documented": the group speaks, not what its clause names
        return subject_before(text[: described.end("head")] + " ")
    skipped = _strip_skip_words(text)
    bare = _strip_when_and_manner(skipped)
    settled = _strip_setting(_strip_addressed_setting(_strip_meeting_with(_strip_workplace(bare))))
    # each strip gives back the very text it was given when it strips nothing: then the skip words were stripped
    # from this text already, and nothing was left to strip (most speakers: "Officials said")
    unchanged = settled is bare and bare is skipped and skipped is text
    text = settled if unchanged else _strip_skip_words(settled)
    relative = len(text) < len(bare.rstrip())  # "X who said", "X in a briefing said": X is the subject
    if text.rstrip().endswith((" -", "–", "—")):
        return None, None, False  # "... hurting 12 people - said the governor": the speaker follows the verb
    last_quote = max(text.rfind("”"), text.rfind('"'))
    if last_quote >= 0 and not _quoted_name_before(text, last_quote):
        text = text[last_quote + 1 :]
    elif last_quote >= 0:
        text = text.replace("“", " ").replace("”", " ").replace('"', " ")
    long_appositive = _long_appositive_speaker(text) if ", " in text else None
    if long_appositive is not None:  # '"...," Fumio Ohta, a retired admiral in the X and a former head of Y told'
        return long_appositive, None, False
    toks = _tail_tokens(text)
    if not toks:
        return None, None, False
    last = toks[-1]
    if last.lower() in {"and", "but"}:
        return None, None, True
    if last.lower() in {"he", "she", "they", "it", "we"}:
        return None, last.lower(), False
    appositive = ""
    segment = text
    stripped = text.rstrip()
    if stripped.endswith(","):
        # "X, head of Y, said": the appositive is between the last two commas
        body = stripped[:-1]
        cut = body.rfind(",")
        tail = body[cut + 1 :].strip() if cut >= 0 else ""
        if cut >= 0 and _opens_appositive(tail):
            inner = body[:cut].rfind(",")
            if inner >= 0 and _opens_appositive(body[inner + 1 : cut].strip()):
                # "Ivan Fedorov, the mayor of Melitopol, a city close to Crimea, said": the first appositive
                # is the speaker's; the second describes what it names
                return subject_before(body[:cut] + ",")
            appositive = tail
            segment = body[:cut]
        elif cut >= 0 and _PARTY_AND_STATE.fullmatch(tail):
            # "Sen. Lindsey Graham, R-S.C., said": a US lawmaker's party and state, not another speaker
            return subject_before(body[:cut] + " ")
        elif cut >= 0 and _RELATIVE_ASIDE.match(tail):
            # "China, which experts say is unlikely to budge, has warned": the relative clause is an aside
            return subject_before(body[:cut] + " ")
        elif cut >= 0 and _SOURCING_ASIDE.match(tail) and _ends_with_document(body[:cut]):
            # "The figures, released by the regional administration, show": the document's source, set off
            return subject_before(f"{body[:cut]} {tail} ")
        elif cut >= 0 and _CIRCUMSTANCE_ASIDE.match(tail):
            # "a senior official, speaking on condition of anonymity, said": the aside says how, not who
            return subject_before(body[:cut] + " ")
        elif cut >= 0 and _qualifies_a_place(tail, body[:cut]):
            # "X, a supervisor in Loudoun County, Virginia, thinks": the state or country says where the place
            # before it is; the appositive goes on through it
            return subject_before(body[:cut] + ",")
        elif cut >= 0 and _NAME_APPOSITIVE.match(tail) and _holder_of_an_office_named(body, cut):
            # "Ivo Brandt, head of the office of the President, Mara Kest, wrote": the last name is the
            # President's; the speaker is the one named first
            return subject_before(body[:cut] + ",")
        elif cut >= 0 and _NAME_APPOSITIVE.match(tail):
            # "the UK defence secretary, Ben Wallace, admitted": the name stands in apposition to the role
            role = subject_before(body[:cut] + " ")[0]
            return (f"{tail}, {role}" if role else tail), None, False
        elif cut >= 0 and (member := _NAME_OF_BODY.match(tail)) and _NAME_APPOSITIVE.match(member.group("name")):
            # "another lawmaker, Park Sun-won of the Democratic Party, said": a name and the body it belongs to
            role = subject_before(body[:cut] + " ")[0]
            name = member.group("name")
            return (f"{name}, {role}" if role else name), None, False
        elif cut >= 0 and " " not in tail:
            # "the aid group, Oxfam, said", "the UN mission, MONUSCO, said": a one-word name after a description
            return _one_word_name_apposition(tail, body[:cut]), None, False
        else:
            return None, None, False
    words: list[str] = []
    if segment is not text:
        toks = _tokens(segment)
    posted = -1  # the index of a participle that placed the speaker: "a diplomat stationed in Kyiv"
    taken_from = len(toks)  # tokens from here on are already in `words` (a document's participle and when)
    for k in range(len(toks) - 1, -1, -1):
        if k == posted or k >= taken_from:
            continue
        word = toks[k].strip("'’")
        if not word:
            break  # a quote mark ends the speaker's words
        if words and toks[k].endswith(("'", "’")) and _PLURAL_POSSESSIVE.fullmatch(toks[k]):
            word = toks[k]  # "the journalists' unions": a plural's possessive, not a closing quote
        if word in _CLAUSE_MARKS or word in _DASHES:
            break  # "... at the border - the chancellor emphasized": a dash closes the quoted words; "LIVE:" a label
        low = word.lower()
        if low == "and" and words and k > 0 and toks[k - 1].islower() and not _speakers_coordinated(toks, k):
            break  # "troops on the border and Truss said": a new clause, not "Smith and Jones"
        if low in {"in", "at"} and words and k > 0 and toks[k - 1].lower() in LOCATED_HEADS:
            words.append(word)  # "the U.S. Embassy in Moscow", "authorities in Kherson"
            continue
        if low == "on" and words and k > 0 and toks[k - 1].lower() in _ON_SITE_HEADS:
            words.append(word)  # "officials on the occupied left bank say": where they are, not who speaks
            continue
        if low in {"in", "at", "near"} and words and (head := _everyday_setting(toks, k)) >= 0:
            words.extend(toks[j] for j in range(k, head, -1))  # "Volunteers at a shelter in Poltava said": the
            taken_from = head + 1  # setting and where it is; the walk goes on at the head noun
            continue
        if (
            low in {"from", "at", "in", "on", "with", "for"}
            and words
            and k > 0
            and toks[k - 1].lower() in EVERYDAY_HEADS | REPORTER_HEADS
            and (low != "for" or toks[k - 1].islower())
        ):
            words.append(word)  # "a driver from the aid convoy", "a nurse at the hospital": where the speaker is from
            continue
        if low in _DATING_PARTICIPLES and words and k > 0:
            words.clear()  # "a report dated last March said": the words after "dated" say when, not who
            continue
        if low in {"with", "to"} and words and k > 1 and toks[k - 1].lower() in HANDED_PARTICIPLES:
            words.clear()  # "an assessment shared with Congress estimated": Congress got it; the assessment speaks
            posted = k - 1
            continue
        if low in _POSTED_PREPOSITIONS and words and k > 1 and toks[k - 1].lower() in POSTED_PARTICIPLES:
            words.clear()  # "a diplomat stationed in Kyiv told us": where the speaker serves, not who speaks
            posted = k - 1
            continue
        if (
            low in {"to", "at"}
            and words
            and k > 0
            and (
                toks[k - 1].lower() in ENVOY_HEADS
                or k > 2
                and toks[k - 2] == "of"
                and toks[k - 3].lower() in ENVOY_HEADS
            )
        ):
            words.append(word)  # "Poland's ambassador to the UN", "Ambassador of Belarus to Russia X": the envoy speaks
            continue
        if low == "to" and words and k > 0 and _serves_someone(toks, k):
            words.append(word)  # "a senior aide to President X", "a source close to X": the aide speaks, not X
            continue
        if low == "on" and k > 0 and _topic_of_a_body(words, toks[k - 1]):
            words.append(word)  # "the Special Representative on Sexual Violence", "the Committee on Armed Services"
            continue
        if low == "in" and words and words[-1].lower() in MONTHS:
            words.pop()  # "the Kremlin in February declared": when, not who
            continue
        if low == "in" and words and words[-1][:1].isupper() and k > 1 and toks[k - 1][:1].isupper():
            words.append(word)  # "the Institute for the Study of War in Washington": a name, then where it sits
            continue
        opener = k == 0 and not word.isupper()  # a stop word opening the sentence, not an acronym such as "US"
        if (
            words
            and _opens_with_decimal(word)
            and _UNIT_ORDINAL.fullmatch(word)
            and words[-1].lower() in _UNIT_NAME_WORDS
        ):
            words.append(word)  # "the 47th Mechanized Brigade said": the unit's number is part of its name
            continue
        if (  # the set lookups and the digit test by code first: `islower`, `isalpha` are method calls, compiled
            low in _STOP_WORDS
            and low not in {"of", "for", "and", "the"}
            and (word.islower() or opener)
            or _holds_digit(word)
            and not word.isalpha()
            and not _GROUP_ACRONYM.fullmatch(word)
        ):
            document = _authored_by(toks, k) if low == "by" and words else -1
            if document >= 0:  # "a report by Yale researchers said": the report speaks for its authors
                words.extend(toks[j] for j in range(k, document, -1))  # "by", "on Monday", "released"
                taken_from = document + 1  # the walk goes on at the document's noun
                continue
            if low == "by" and words and not relative:
                return None, None, False  # "those detained by X also reported": X is an agent, not the subject
            break  # a capitalised stop word opens the sentence: "In remarks published ..."
        if low in _SPEECH_SET and not (not words and low in _NOUN_SUBJECTS):
            break  # a verb of saying ends the speaker's words; "Unconfirmed reports said": a noun heads them
        words.append(word)
        if len(words) >= 12:
            break
    words.reverse()
    while words and words[0].lower() in {"of", "for", "and", "as", "but", "so", "then", "while", "because"}:
        words = words[1:]
    if len(words) > 3 and words[0].lower() == "both" and "and" in words[2:-1]:
        words = words[1:]  # "both Russia and Ukraine rejected": the pair speaks, "both" only stresses it
    while len(words) > 1 and words[0].lower() in _DAY_OR_MONTH_NAMES:
        words = words[1:]  # "On Thursday Wang said", "On Tuesday the navy said": when, then who
    if len(words) > 2 and words[0].lower() in _TIME_DEICTICS and words[1].lower() in _TIME_UNITS:
        words = words[2:]  # "Last month the WFP said": when, then who
    elif len(words) > 1 and words[0] in _TIME_UNITS:
        words = words[1:]  # "This week Ukrainian officials said" ("this" ends the walk back)
    if not words or not appositive and _modifier_only(words):
        return None, None, False
    phrase = " ".join(words)
    if appositive:
        phrase = f"{phrase}, {appositive}"
    return phrase, None, False


_SETTING_REACH: Final = 3  # lowercase words of a setting: "a field kitchen", "the city hospital"


def _everyday_setting(toks: list[str], at: int) -> int:
    """The index of an everyday speaker's head noun when the tokens before `at` (an "in" or "at" before a place's
    name) are its setting: "Volunteers | at a field kitchen | in Sumy", "doctors | at the hospital | in X"; -1
    otherwise."""
    for j in range(at - 2, max(0, at - 2 - _SETTING_REACH), -1):
        if toks[j].lower() in {"a", "an", "the"}:
            words_ok = all(t.isalpha() and t.islower() for t in toks[j + 1 : at])
            head = j - 2
            if words_ok and head >= 0 and toks[j - 1] in {"at", "in", "from"}:
                return head if toks[head].lower() in EVERYDAY_HEADS | REPORTER_HEADS else -1
            return -1
    return -1


def _serves_someone(toks: list[str], to_at: int) -> bool:
    """Whether the "to" at `to_at` joins a staff noun to the one it serves ("aide to", "adviser to", "source close
    to"), so the speaker's words go on before it."""
    before = toks[to_at - 1].lower()
    if before in STAFF_HEADS:
        return True
    return before == "close" and to_at > 1 and toks[to_at - 2].lower() in CLOSE_SOURCE_HEADS


_ROLE_WORDS_THEN_NAME: Final = re.compile(r"\s+((?:[a-z][\w-]*\s+){1,3})[A-Z][\w'’-]+\s+[A-Z]")


def _role_before_name(after: str) -> bool:
    """Whether the words after a cue are a role without an article and a full name: '"...," said student Maria
    Lind', 'said retired general Ben Hodges'."""
    m = _ROLE_WORDS_THEN_NAME.match(after)
    return m is not None and not any(word in _STOP_WORDS for word in m.group(1).split())


def _past_and_name(body: str, m: re.Match[str]) -> re.Match[str] | None:
    """The end of the phrase when the "and" that `m` ends it at is inside a known name ("Law and Justice MP X"):
    the next end past that name; else `m`."""
    for name in and_names():
        at = body.find(name, max(0, m.start() - len(name)), m.start() + len(name))
        if at >= 0 and at < m.start() < at + len(name):
            return _FORWARD_NP_END.search(body, at + len(name))
    return m


def phrase_after(text: str) -> str | None:
    """The noun phrase right after a cue ("said Andrii Kovalenko, head of ..."; "according to the NIS")."""
    body = text.lstrip()
    m = _FORWARD_NP_END.search(body)
    if m is not None and m.group(0).strip().lower() == "and":
        m = _past_and_name(body, m)  # "said Law and Justice MP Adam Nowak": one name holds the "and"
    phrase = body[: m.start()] if m else body
    phrase = phrase.strip()
    if not phrase or phrase.lower() in _DAY_OR_MONTH_NAMES or phrase.split()[0].lower() in _WEEKDAY_NAMES:
        return None  # "said Monday that ...", "said Thursday the buildup ...": when, not who
    rest = body[len(phrase) :]
    name = re.match(r", (?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3})(?=[,.;:!?]|$)", rest)
    if name and not phrase[:1].isupper():
        return f"{name.group('name')}, {phrase}"  # "said the mayor, Ihor Terekhov": the name, then the role
    if rest.startswith(", ") and _opens_appositive(rest[2:]):
        end = re.search(r"[,.;:!?]", rest[2:])
        appositive = rest[2 : 2 + end.start()] if end else rest[2:]
        return f"{phrase}, {appositive.strip()}"
    return phrase


# the source runs to the end of its clause: punctuation, a quote, a full stop, or a dash closing an aside
_SOURCE_AFTER: Final = re.compile(
    rf"\s*(?P<np>.*?)(?:[,;:!?“”\"()]|{_STOP_AFTER_NO_TITLE}(?=\s|$)|\s[-–—]\s|"
    rf"$)"
)


# "according to the author of the study, the gynecologist Olena Sirko, ...", "according to former pilot and
# congressman, Rep. Ann Hill": the name (after a title abbreviation, if any) in apposition to a role
_TITLE_ABBREVIATION: Final = "|".join(t.capitalize() for t in sorted(TITLE_ABBREVIATIONS))
_NAME_IN_APPOSITION: Final = re.compile(
    r", (?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,4}"
    rf"(?:(?:{_TITLE_ABBREVIATION})\.\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})(?=[,.;:]|$)"
)
# the heads of a description that a one-word name may follow: "according to Latvian independent broadcaster, Delfi"
_DESCRIBED_HEADS: Final = MEDIA_HEADS | ORG_HEADS | _OUTLET_NOUNS | _COMPANY_NOUNS


def _describes_someone(phrase: str) -> bool:
    """Whether a source phrase is a description naming no one: lowercase after its first word, and opening
    lowercase or with "The", or ending in a role or a body's head ("Russian independent news outlet")."""
    words = phrase.split()
    last = words[-1].lower()
    if any(word[:1].isupper() for word in words[1:]):
        # "the head of the Kharkiv regional military administration", "the spokesman of the Ukrainian Navy":
        # names inside a description that opens with "the" and a role of, or ends in a lowercase head
        if words[0] not in ("The", "the"):
            # "former astronaut and Navy captain", "retired US Army colonel": lowercase role words around a name
            return phrase[0].islower() and words[-1].islower() and last in TITLE_WORDS
        if len(words) > 3 and words[1].lower() in TITLE_WORDS and words[2] == "of":
            return True  # "the spokesman of the Ukrainian Navy"
        return words[-1][:1].islower() and (last in _DESCRIBED_HEADS or last in TITLE_WORDS)
    return phrase[0].islower() or words[0] in ("The", "the") or last in _DESCRIBED_HEADS or last in TITLE_WORDS


def _named_in_apposition(text: str, pos: int, phrase: str) -> str | None:
    """The name after a description: two words or more, or one after a description of two words or more that
    ends in a body's head ("the outlet, Meduza" is too thin: "the agency, Ukraine, ..." is a list)."""
    named = _NAME_IN_APPOSITION.match(text, pos)
    if named is None:
        return None
    name = named.group("name")
    if " " in name:
        return name
    words = [w for w in phrase.split() if w.lower() not in DETERMINERS]
    return name if len(words) >= 2 and words[-1].lower() in _DESCRIBED_HEADS else None


# a speaker's name in quotation marks closing the sentence after its verb, as translated copy sets an outlet's
# title: '... - says "Kovno Herald".', '..., writes the "Daily Tribune".'
_QUOTED_NAME_AFTER: Final = re.compile(
    r"\s+(?:the\s+)?[\"“„](?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})[\"”]\s*(?:[.;]|\Z)"
)
# a role that names another office: "head of the office of the President of X", "an adviser to the Prime Minister"
_OF_ANOTHER_OFFICE: Final = re.compile(r"\b(?:of|to)\s+(?:the\s+)?[A-Z]")


def _holder_of_an_office_named(body: str, cut: int) -> bool:
    """Whether a name after the comma at `cut` holds an office the description before it names, the description
    itself set off after a name ("Ivo Brandt, head of the office of the President of X, Mara Kest,"): the speaker
    is the one named first, not the office's holder."""
    inner = body.rfind(",", 0, cut)
    if inner < 0 or not _OF_ANOTHER_OFFICE.search(body, inner, cut):
        return False
    first = body[:inner].rsplit(",", 1)[-1].strip(" \"“”'‘’")
    return _NAME_APPOSITIVE.match(first) is not None and not any(w.lower() in _STOP_WORDS for w in first.split())


# an aside before a source's name: "according to, among others, the US ambassador"
_AMONG_OTHERS: Final = re.compile(r",?\s+(?:among\s+others|inter\s+alia|in\s+particular)\s*,?(?=\s)")


def source_after(text: str) -> str | None:
    """The source named after "according to" / "citing": up to the end of the clause."""
    aside = _AMONG_OTHERS.match(text)
    if aside is not None:
        text = text[aside.end() :]
    m = _SOURCE_AFTER.match(text)
    phrase = m.group("np").strip() if m else ""
    if m is not None and phrase and _describes_someone(phrase):
        name = _named_in_apposition(text, m.end("np"), phrase)
        if name is not None:
            return f"{name}, {phrase}"  # a role, then who holds it
    return phrase or None


# a wire dateline before the first clause: "CAPRI, Italy (AP) — ", "MINSK, 26 April (BelTA) - ", "BRUSSELS — "
_DATELINE: Final = re.compile(
    r"(?P<city>[A-Z]{2,}(?:[ .'’/-][A-Z]{2,})*)(?P<where>,\s+[^()—–\n]{1,40}?)?\s*(?P<agency>\([\w.\s]{2,20}\)\s*)?"
    r"[-–—]{1,2}(?:\s+|(?<=\)[-–—]))(?=[A-Z\"“])"  # "(CNN)-A French official": a dash glued after the agency
)


def dateline_end(sentence: str) -> int:
    """Where the wire dateline opening a sentence ends, 0 when it opens with none: a capitalised city with a place
    or an agency after it, or a city of five letters or more alone ("NATO - ..." is a subject, "BRUSSELS — ..." a
    dateline); cities filed from jointly ("KYIV/MOSCOW — ") each have four letters or more ("NATO/EU - " is no
    dateline)."""
    m = _DATELINE.match(sentence)
    if m is None:
        return 0
    city = m.group("city")
    if "/" in city and min(len(part.strip()) for part in city.split("/")) < 4:
        return 0
    if not (m.group("where") or m.group("agency") or len(city) >= 5):
        return 0
    return m.end()


def _without_dateline(sentence: str) -> str:
    """The sentence after its wire dateline, if it opens with one (`dateline_end`)."""
    return sentence[dateline_end(sentence) :]


# lowercase particles within a person's name: "von der Leyen", "de Vries", "van der Bellen"
NAME_PARTICLES: Final = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "al"})


def _particle_in_name(toks: list[re.Match[str]], k: int) -> bool:
    """Whether the lowercase token at `k` is a particle between parts of a name: a capitalised word (after any
    further particles) follows it, right after the capitalised word before it."""
    before = toks[k - 1].group(0) if k else ""
    if not before[:1].isupper() and before.lower() not in NAME_PARTICLES:
        return False
    for tok in toks[k + 1 : k + 3]:
        word = tok.group(0)
        if word[:1].isupper():
            return True
        if word.lower() not in NAME_PARTICLES:
            return False
    return False


def _tokens_after(body: str, end: int, count: int) -> list[re.Match[str]]:
    """The next `count` tokens of `body` from `end` (fewer at its end): a look ahead for a walk that reads its tokens
    only as far as it goes."""
    ahead: list[re.Match[str]] = []
    for tok in _TOKEN_RE.finditer(body, end):
        ahead.append(tok)
        if len(ahead) == count:
            break
    return ahead


# a fronted clause of circumstance, however long, before the main clause's subject
_FRONTED_CLAUSE: Final = re.compile(r"(?:with|amid|despite|while|although|though|following)\s", re.I)
_FRONTED_CLAUSE_WORDS: Final = 30


def sentence_subject(sentence: str) -> str | None:
    """The noun phrase that opens the main clause, after a leading adverbial ("Last week, X ...")."""
    sentence = sentence.lstrip(" \"“”'’")  # a quote closed before the sentence's first word, in glued copy
    if sentence[:2].isupper():
        sentence = _without_dateline(sentence)  # "CAPRI, Italy (AP) — Top officials urged ..."
    body = sentence
    head, sep, rest = sentence.partition(", ")
    if (
        sep
        and len(head.split()) <= 8
        and re.match(
            r"(?:at|on|in|last|earlier|later|meanwhile|however|separately|also|this|during|throughout|after|before|by|"
            r"speaking|addressing|next|then|finally|first|firstly|secondly|now|today|yesterday|moreover|furthermore|"
            r"additionally|instead|thus|therefore|nevertheless|nonetheless|similarly|likewise)\b",
            head,
            re.I,
        )
        or sep
        and _FRONTED_CLAUSE.match(head)
        and len(head.split()) <= _FRONTED_CLAUSE_WORDS
    ):
        body = rest  # "With Putin now looking to ..., Ursula von der Leyen has ...": the subject follows the clause
    words: list[str] = []
    # spans: a clause's subject reads the words adjoining it; read only as far as the walk goes (it stops within a
    # few words), where a list of all of them scanned the whole sentence
    toks: list[re.Match[str]] = []
    found = _TOKEN_RE.finditer(body)
    for tok in found:
        k = len(toks)
        toks.append(tok)
        word = tok.group(0)
        if (
            not words
            and not word.isupper()
            and word.lower() in _STOP_WORDS
            and word.lower() not in {"this", "these", "those"}
        ):  # "US", "IT" are names
            if word.lower() in {"but", "and", "so", "yet", "or"}:
                continue  # "But Joseph S. Bermudez Jr. cautioned": a conjunction before the subject
            break  # "Against the odds, ...", "There, he laid a wreath": no noun phrase opens the clause
        if word in {":", ";"} and words and len(words) <= 2:
            words = []  # "BREAKING: Zelensky says", "LIVE UPDATES: ...": a live-blog label, then the subject
            continue
        if word in _CLAUSE_MARKS or word in _DASHES:
            break  # "... at the border - the chancellor emphasized": a dash closes the quoted words
        low = word.lower()
        if words and low in NAME_PARTICLES and _particle_in_name(toks + _tokens_after(body, tok.end(), 2), k):
            words.append(word)  # "Ursula von der Leyen", "Pieter de Vries": a particle within a name
            continue
        if word.islower() and low in _STOP_WORDS and low not in {"of", "for", "the"} or low in _SPEECH_SET:
            return _with_common_head(words, [])
        if not (word[:1].isupper() or low in {"of", "for", "the"}):
            return _with_common_head(words, _adjoining(body, _and_next(toks[k - 1 :], found)) if words else [])
        words.append(word)
    return " ".join(words) or None


def _and_next(toks: list[re.Match[str]], found: Iterator[re.Match[str]]) -> list[re.Match[str]]:
    """`toks` and the next of `found`, nine in all at most (the slice `toks[k - 1 : k + 8]` of all of them)."""
    while len(toks) < 9:
        more = next(found, None)
        if more is None:
            break
        toks.append(more)
    return toks


# nouns that head a speaker's phrase after capitalised modifiers: "The US ambassador", "Ukrainian officials"
_SPEAKER_HEADS: Final = TITLE_WORDS | ANON_HEADS | ORG_HEADS | MEDIA_HEADS | {"leaders", "leader", "diplomats"}
# words that modify a noun and never name a speaker on their own: "Many (African leaders)", "Declassified (files)"
_QUANTIFIERS: Final = frozenset("many several some most few all both other various numerous".split())


def _adjoining(body: str, toks: list[re.Match[str]]) -> list[str]:
    """The words after the first of `toks` that follow each other with only spaces between (no dash, no quote)."""
    words = []
    for prev, tok in zip(toks, toks[1:], strict=False):
        if body[prev.end() : tok.start()].strip():
            break
        words.append(tok.group(0))
    return words


def _with_common_head(words: list[str], following: list[str]) -> str | None:
    """The subject when its capitalised words are followed by lowercase ones: "The US" + "ambassador" is "The US
    ambassador", "Defense analyst Ben Hodges" (a role, then a name); "Declassified" or "Many African" before a noun
    that heads no speaker is no subject at all."""
    head: list[str] = []
    # lowercase nouns between a side's adjective and the first head: "Ukrainian ground (forces commander)",
    # "Russian state (media)"; after a name they would be its verb ("Vlcek met the prime minister")
    modifiers: list[str] = []
    modifiable = bool(words) and side_by_form(words[-1]) is not None
    if any(w.lower() not in DETERMINERS for w in words):  # "The" + "head" (of the army) is no subject yet
        for word in following:
            # a noun heading a speaker, and after one, a name: "analyst" "Ben" "Hodges"
            if word.islower() and word in _SPEAKER_HEADS or head and word[:1].isupper():
                head += modifiers + [word] if not head else [word]
                modifiers = []
            elif (
                modifiable
                and not head
                and len(modifiers) < _MODIFIER_REACH
                and _noun_modifier(word)
                and not word.endswith("s")
                and word not in DETERMINERS
            ):
                modifiers.append(word)  # no verb ("sends", "shelled") and no plural: a noun that modifies the head
            else:
                break
    if head:
        return " ".join([*words, *head])
    if not words or words[0].lower() in _QUANTIFIERS or _modifier_only(words):
        return None
    return " ".join(words)


_MODIFIER_REACH: Final = 2  # lowercase nouns between a subject's capitalised words and its head noun
_COORDINATED_SPEAKER_REACH: Final = 4  # "witnesses", "local residents", "a local resistance group" before "and"
_DETERMINERS_AND_MODIFIERS: Final = frozenset({"a", "an", "the", "local", "other", "some", "several", "many"})


def _noun_modifier(word: str) -> bool:
    """Whether a word before a speaker's head noun may modify it ("a local (resistance) group", "a (medical)
    source"): a lowercase word that is no participle or verb form in -ed or -ing and no function word."""
    return word.isalpha() and word.islower() and not word.endswith(("ed", "ing")) and word not in _STOP_WORDS


def _speakers_coordinated(toks: list[str], and_at: int) -> bool:
    """Whether the "and" at `and_at` joins two speakers set off after a comma ("..., killed 100 people, witnesses
    and a rights group said"): the words between the comma and "and" are a speaker's head noun after at most a
    determiner and its modifiers, so they are no clause of their own ("..., civilians fled and officials said",
    "..., killing a medical worker and police said")."""
    head = toks[and_at - 1].lower()
    if head not in _SPEAKER_HEADS:
        return False
    for j in range(and_at - 2, max(-1, and_at - 2 - _COORDINATED_SPEAKER_REACH), -1):
        if toks[j] == ",":
            return True
        if toks[j].lower() not in _DETERMINERS_AND_MODIFIERS and not _noun_modifier(toks[j]):
            return False
    return False


def _modifier_only(words: list[str]) -> bool:
    """Whether a would-be speaker is one word that only modifies a noun: a quantifier ("Many"), a possessive
    ("Our (estimate)") or a capitalised participle opening the sentence ("Declassified (documents)", "Leaked
    (papers)"), not a name ("Ahmed")."""
    if len(words) != 1:
        return False
    low = words[0].lower()
    return (
        low in _QUANTIFIERS
        or low in _OWNER_WORDS_BEFORE_A_CUE
        or low.endswith(("ied", "ized", "ised", "ked", "ted", "ssed"))
        and len(low) > 5
    )


# "GEN. X: Our estimate is that ...", "Their assessment is ...": a possessive before a noun cue names no one by
# itself; the line's label or the sentence's own speaker does
_OWNER_WORDS_BEFORE_A_CUE: Final = frozenset({"our", "my", "their", "your"})


_SPEECH_SET: Final = frozenset(SPEECH_VERBS)
# "..., repeatedly saying": a manner adverb between the comma and the participle
_COMMA_ADVERB_END: Final = re.compile(r",\s+[a-z]{3,}ly\s+$")
_PARTICIPLE_CUES: Final = frozenset(
    {"saying", "adding", "warning", "claiming", "announcing", "reporting", "estimating", "putting"}
)
_ISSUE_VERBS: Final = frozenset(
    {"made", "issued", "gave", "released", "published", "delivered", "put", "puts", "putting", "expressed", "updated"}
)
_NOMINAL_RE: Final = re.compile(_NOMINAL_CUE, re.IGNORECASE)
_WORDS_RE: Final = re.compile(r"[A-Za-z]+")
# "RIA Novosti quoted Kremlin spokesperson Dmitry Peskov as saying": the quoted one is the claimant
_AS_SAYING: Final = re.compile(r"\s+as\s+(?:saying|stating|telling)\b")
_QUOTED_AS: Final = re.compile(r"\s+(?P<np>[^,;:\"“”]{2,80}?)\s+as\s+(?:saying|stating|telling)\b")
_LABEL_VERBS: Final = frozenset(
    {
        "called",
        "calls",
        "described",
        "describes",
        "hailed",
        "hails",
        "branded",
        "brands",
        "labelled",
        "labeled",
        "dubbed",
    }
)
# a cue only before "that": "the study found that ...", "Macron repeated that ...", not "rescuers found 30 bodies"
# or "X observed a minute's silence"
_FINDING_VERBS: Final = frozenset({"found", "finds", "find", "repeated", "repeats", "observed", "observes"})
# a cue before a number only: "AFP discovered the bodies of at least 20 civilians", "the group identified 263
# dead", "police found 30 bodies": who counted them tells the count
_COUNTING_VERBS: Final = frozenset(
    {
        "found",
        "finds",
        "discovered",
        "discovers",
        "identified",
        "identifies",
        "uncovered",
        "exhumed",
        "recovered",
        "named",
        "names",
        "tallied",
        "tallies",
    }
)
# verbs of seeing, a cue before a number only when reporters see: "journalists from AFP saw at least 20 bodies", "a
# BBC crew witnessed 9 burned-out tanks" (the outlet vouches for the count); "Kyiv saw 30 attacks" is no claim
WITNESS_VERBS: Final = frozenset({"saw", "sees", "witnessed", "witnesses"})
_SEEING_OR_COUNTING: Final = (
    WITNESS_VERBS | _COUNTING_VERBS | frozenset({"counted", "recorded", "documented", "verified", "confirmed"})
)
_NUMBER_NEXT: Final = re.compile(
    r"\s+(?:by\s+name\s+)?"  # "has identified by name 45,000 soldiers killed"
    r"(?:the\s+(?:bodies|remains)\s+of\s+)?(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|"
    r"up\s+to|another|a\s+further)\s+)?\d"
)
# a participle after a document noun, before a number: "it published a report detailing more than 900 cases": the
# report's author (the sentence's subject) counted them
_DETAILING_VERBS: Final = frozenset({"detailing", "documenting", "listing", "recording", "counting"})
# "It published ...": the subject the pronoun stands for (not "It is ...", "It has been ...")
_OPENING_PRONOUN: Final = re.compile(r"(It|They|He|She)\s+(?!(?:is|was|has|had|will|would)\s)")
_DOCUMENT_BEFORE: Final = frozenset(
    {"report", "study", "survey", "dossier", "database", "review", "investigation", "analysis"}
)
# a cue only in the active voice: "the UN has verified 400 deaths", "he cited plans to ...", not "the figures could
# not be verified by X"
_ACTIVE_ONLY_VERBS: Final = frozenset({"verified", "verifies", "cited", "cites", "criticized", "criticised", "sworn"})
# plural nouns that are also verbs of saying, as the subject of one: "Unconfirmed reports said"
_NOUN_SUBJECTS: Final = frozenset({"reports", "estimates", "statements", "comments", "claims"})
# a title, then a full name: "US Air Force Major General Pat Ryder", "Defence Minister Anna Berg"
_TITLED_PERSON: Final = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+)*?(?:[Mm]inister|[Ss]ecretary|[Gg]eneral|[Pp]resident|[Ss]pokes(?:man|woman|person)|"
    r"[Cc]ommander|[Aa]mbassador|[Gg]overnor|[Mm]ayor|[Cc]hief|[Dd]irector|[Aa]dmiral|[Cc]olonel)\s+"
    r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+"
)
# "documents are", "reports said": a plural noun, then its verb; not "who he says are"
_PLURAL_AUXILIARY: Final = re.compile(r" (?:are|were|have|had|said|say|suggest|suggested|indicate|indicated)\b")
_PRONOUN_BEFORE: Final = re.compile(r"\b(?:he|she|it|they|we|i|you)\s+$", re.IGNORECASE)
_STATES_AS_VERB: Final = re.compile(r"\s*(?:that\b|[:,\"“])|\s+(?:in|on)\s")  # "the report states that", "states: ..."
_PASSIVE_AUXILIARIES: Final = frozenset({"be", "been", "being", "is", "are", "was", "were"})
# "was (also) to say": a reported statement in copy translated from Polish ("miał powiedzieć")
_REPORTATIVE_BEFORE: Final = re.compile(r"\s+(?:was|were)\s+(?:also\s+|allegedly\s+|reportedly\s+)?to\s+$")
_BASE_SPEECH_VERBS: Final = frozenset(
    {
        "say",
        "tell",
        "claim",
        "announce",
        "estimate",
        "assess",
        "deny",
        "confirm",
        "inform",
        "admit",
        "state",
        "declare",
        "add",
        "warn",
        "assure",
        "emphasize",
        "emphasise",
        "stress",
        "explain",
        "report",
    }
)
# "called it a 'provocation'", 'calls the strike "demilitarisation"': a label within six words, not "called for"
_CALLING_VERBS: Final = frozenset({"called", "calls"})
_CALLED_LABEL: Final = re.compile(r"\s+(?!(?:for|on|up|off|in|out|back|upon|into|to|at)\b)(?:[\w'’-]+\s+){1,6}?[“\"]")
# every word a cue can start with
# verbs that say something only in a frame: "... - answered Lavrov", '"...," reminds the mayor', "X reminded that ..."
REPLY_VERBS: Final = frozenset({"answered", "answers", "reminded", "reminds"})
_REPLY_FRAME_BEFORE: Final = re.compile(r"(?:[”\"]|\s[-–—])\s*$")  # a closing quote or a dash closing dash-quoted words
_REPLY_FRAME_AFTER: Final = re.compile(r"\s+that\b|\s*:")
# "X demands that Russia withdraw": a demand with its content; not "Russia's demands", "demanded money"
DEMAND_VERBS: Final = frozenset({"demands", "demanded", "demand"})
# "X considers that Russia could ...": an opinion with its content; not "considered a threat", "considers options"
OPINION_THAT_VERBS: Final = frozenset({"considers", "considered"})
# "X questioned whether ...", "X questioned the legitimacy of ...": doubt about a proposition or its worth; not
# "police questioned two suspects", "X was questioned"
QUESTIONING_VERBS: Final = frozenset({"questioned", "questions"})
_QUESTIONED_OBJECT: Final = re.compile(
    r"\s+(?:whether|why|how|if|the\s+(?:(?:very|real|wider|historical|strategic|political)\s+)?(?:importance|need|"
    r"legitimacy|legality|validity|wisdom|value|credibility|accuracy|authenticity|sincerity|motives?|purpose|"
    r"significance|relevance|necessity|logic|reliability|veracity|figures?|numbers?|count|claims?|account|"
    r"official\s+(?:figures?|account|version)))\b"
)
# "X called on Russia to withdraw", "X calls on the allies to send": an appeal naming whom it addresses
_CALLED_ON_TO: Final = re.compile(r"\s+on\s+(?:[\w'’.-]+\s+){1,5}?to\s+[a-z]")


def reply_cue(sentence: str, start: int, end: int) -> bool:
    """Whether a reply verb at [start, end) closes quoted words or opens "that ..." / ": ..."."""
    return bool(_REPLY_FRAME_BEFORE.search(sentence, 0, start) or _REPLY_FRAME_AFTER.match(sentence, end))


# source frames of translated and wire copy: "in the opinion of X, ..." (Polish "zdaniem"), "BelTA learned from X"
# (the agency relays X)
_OPINION_BEFORE: Final = re.compile(r"\b[Ii]n\s+the\s+$")
_OF_NEXT: Final = re.compile(r"\s+of\b")
_LEARNED_WORDS: Final = frozenset({"learned", "learnt"})
_FROM_NAME_NEXT: Final = re.compile(r"\s+from\s+(?:the\s+)?[A-Z]")
SOURCE_FRAMES: Final = frozenset({"in the opinion of", "learned from"})
# verbs that say who spoke only in a passive after "as": "as communicated by the district council, ..."
# (translated copy); "X communicated with Y" says nothing
_AS_ONLY_VERBS: Final = frozenset({"communicated", "informed", "indicated", "specified"})
_CUE_WORDS: Final = (
    _SPEECH_SET
    | _AS_ONLY_VERBS
    | {"citing", "quoting", "according", "per", "opinion"}
    | _LEARNED_WORDS
    | _ISSUE_VERBS
    | _FINDING_VERBS
    | _COUNTING_VERBS
    | WITNESS_VERBS
    | _CALLING_VERBS
    | _DETAILING_VERBS
    | REPLY_VERBS
    | DEMAND_VERBS
    | OPINION_THAT_VERBS
    | CATENATIVE_SPEECH_VERBS
    | READS_VERBS
    | POSSESSED_SAYING_NOUNS
    | REMINDING_VERBS
    | SPEAKING_OF_VERBS
    | STANCE_WORDS
    | QUESTIONING_VERBS
    | FRAME_WORDS
)
# a cue word is a whole run of ASCII letters of the lowercased sentence, looked up among its runs of letters
# (`prefilter.word_spans`): no regex is tried at every character that is no letter
_CUE_WORD_BYTES: Final = ascii_words(_CUE_WORDS)


# "concluded a deal": a verb of ending, not of saying, when a determiner follows
_CONCLUDING_VERBS: Final = frozenset({"concluded", "concludes"})
_DETERMINER_NEXT: Final = re.compile(
    r"\s+(?:a|an|the|its|their|his|her|our|this|these|those|talks|negotiations)\b", re.I
)
# "alleged" as an adjective: after a conjunction or preposition and before a lowercase noun that is no determiner
_BEFORE_ALLEGED_ADJECTIVE: Final = frozenset(
    {"and", "or", "of", "for", "over", "with", "about", "into", "on", "in", "by", "against", "amid", "after", "nor"}
)
_ALLEGED_ADJECTIVE_NEXT: Final = re.compile(
    r"\s+(?!(?:that|the|a|an|his|her|its|their|this|these|those|to|he|she|it|they|we)\b)[a-z][\w-]*"
)
_PLURAL_PRESENT_SET: Final = frozenset(PLURAL_PRESENT)
# words before a base form that make it no plural present: auxiliaries, "to", "not" ("t" of "didn't"), determiners
# ("a note", "the
# stress"), and "take note", "under stress"
_NOT_PLURAL_PRESENT_BEFORE: Final = frozenset(
    "do does did t not never to will would can could may might must should shall cannot "
    "an a the its their his her our these those this that take takes took taken taking under of no any some with "
    "without more less great special let lets helps help".split()
)
_THAT_NEXT: Final = re.compile(r"\s+that\b|\s*[:,]")  # "experts note that", "analysts note:" ("note" is also a noun)
_PER_SOURCE: Final = re.compile(r"\s+(?:the\s+|a\s+)?[A-Z]")
_NOUN_BEFORE_OF: Final = frozenset(
    {
        "estimate",
        "estimates",
        "report",
        "reports",
        "claim",
        "claims",
        "forecast",
        "forecasts",
        "comments",
        "documents",
        "notes",
    }
)
_DETERMINERS_BEFORE_NOUN: Final = frozenset({"an", "a", "the", "its", "their", "his", "her", "our", "these", "those"})


# a document with its source opening a sentence: "Figures released by the ministry", "Data from the UN"
_SOURCED_SUBJECT: Final = re.compile(
    rf"^(?:(?:the|new|latest|official|recent|preliminary)\s+){{0,2}}(?:{'|'.join(sorted(EVIDENCE_NOUNS))})\s+"
    rf"(?:(?:{'|'.join(SOURCING_PARTICIPLES)})\s+)?(?:[\w,]+\s+){{0,3}}?(?:by|from)\s+[^,;]{{2,80}}\s$",
    re.IGNORECASE,
)


def _evidence_shows(sentence: str, start: int, word_before: str) -> bool:
    """Whether "show" at `start` is the plural present of a document's showing: "Figures show", "Satellite images
    show", "Data released by the ministry show"."""
    if word_before in EVIDENCE_NOUNS:
        return True
    return _SOURCED_SUBJECT.match(sentence[:start]) is not None


def _last_word_before(sentence: str, start: int) -> str:
    """The last run of ASCII letters before `start`, whole ("" when there is none): `re.findall("[A-Za-z]+",
    sentence[:start])[-1]`, read backwards from `start` over the characters that are no letter, then over the
    letters, so none of the words before it is matched or built (all `_cue_matches` reads of them)."""
    end = start
    while end > 0 and not _is_ascii_letter_code(ord(sentence[end - 1])):
        end -= 1
    begin = end
    while begin > 0 and _is_ascii_letter_code(ord(sentence[begin - 1])):
        begin -= 1
    return sentence[begin:end]


def _is_ascii_letter_code(code: int) -> bool:
    """Whether a code point is one of a-z, A-Z."""
    return 97 <= code <= 122 or 65 <= code <= 90


def _upper_at(text: str, i: int) -> bool:
    """`text[i].isupper()` (a method call through the interpreter): an ASCII character by its code, which is all
    `_cue_matches` meets where the lowercase keeps every offset; any other by `str.isupper` (a test compares the
    two on every code point)."""
    code = ord(text[i])
    if code < 128:
        return 65 <= code <= 90
    return text[i].isupper()


# the cue words `_cue_matches` yields as they are whenever they are written in lowercase: speech verbs in none of the
# sets and spellings its tests before the `_SPEECH_SET` test single out, and ending with neither "ed" nor "s" (so
# no word before them is read: `word_before` stays ""). For such a word every one of those tests lets it through
# to that yield, and it is yielded at once ("said", "told", "say")
_PLAIN_SPEECH_WORDS: Final = frozenset(
    word
    for word in _SPEECH_SET
    if not word.endswith(("ed", "s"))
    and word not in _PLURAL_PRESENT_SET
    and word not in CATENATIVE_SPEECH_VERBS
    and word not in POSSESSED_SAYING_NOUNS
    and word not in REMINDING_VERBS
    and word not in SPEAKING_OF_VERBS
    and word not in STANCE_WORDS
    and word not in READS_VERBS
    and word not in _NOUN_BEFORE_OF
    and word not in _ACTIVE_ONLY_VERBS
    and word not in _CONCLUDING_VERBS
    and word not in {"show", "quoted", "states", "alleged"}
)


def _cue_matches(sentence: str):
    """(verb, start, end) of every cue word: the words are runs of ASCII letters, found by one regex scan."""
    low = lowered(sentence)
    if low is None:  # a letter whose lowercase is ASCII ("K", "İ") would join runs: look at every word instead
        words = [(w.group(0).lower(), w.start(), w.end()) for w in _WORDS_RE.finditer(sentence)]
    else:
        words = [(low[start:end], start, end) for start, end in word_spans(low, _CUE_WORD_BYTES)]
    for word, start, end in words:
        upper = _upper_at(sentence, start)
        if not upper and word in _PLAIN_SPEECH_WORDS:
            yield word, start, end  # "said", "told": every test below lets a lowercase one through (see there)
            continue
        # the word before matters only to a capitalised word and to an -ed or -s word ("an estimated", "the
        # forecasts"): read it then (lowercase; "" when not read or there is none: in none of the word sets)
        plural_present = word in _PLURAL_PRESENT_SET
        read_before = upper or word.endswith(("ed", "s")) or plural_present
        word_before = _last_word_before(sentence, start).lower() if read_before else ""
        if word_before and upper:
            continue  # "United States", "Says Who": a name, not a verb
        if word in CATENATIVE_SPEECH_VERBS and catenative_before(sentence, start) is not None:
            yield word, start, end  # "X continues to maintain that", "felt compelled to warn": X says it
            continue
        if word in POSSESSED_SAYING_NOUNS and possessor_end(sentence, start, end) is not None:
            yield word, start, end  # "Anna Berg's point that ...": what the owner of the words said
            continue
        if word in REMINDING_VERBS and reminded_that(sentence, end):
            yield word, start, end  # "X reminded reporters that ..."
            continue
        if word in SPEAKING_OF_VERBS:
            if spoke_of(sentence, start, end):
                yield word, start, end  # "X spoke of 14 dead", "X has talked about ..."
            continue
        if word in STANCE_WORDS:
            if stance_copula(sentence, start, end) is not None:
                yield word, start, end  # "X is convinced (that) ..."
            continue
        if word in READS_VERBS:
            if document_reads(sentence, start, end) is not None:
                yield "reads", start, end  # '"...," the resolution reads', '"...," reads the statement by X'
            continue
        if word == "show" and not _evidence_shows(sentence, start, word_before):
            continue  # "a talk show", "to show", "a show of force": only "figures show", "data released by X show"
        if plural_present and (
            word_before in _NOT_PLURAL_PRESENT_BEFORE
            or word == "note"
            and not _THAT_NEXT.match(sentence, end)
            or sentence.rstrip().endswith("?")
        ):
            continue  # "did not predict", "to stress", "an official note", "How do they explain ...?": no claim
        if word == "quoted":
            m = _QUOTED_AS.match(sentence, end)
            if m:
                yield "quoted", start, end
                yield "quoted as saying", m.start("np"), m.end()
                continue
        if word_before in _DETERMINERS_BEFORE_NOUN and word.endswith(("ed", "s")):
            continue  # "an estimated 1,000 civilians", "the forecasts of": an adjective or a noun, not a verb
        if word.endswith("s") and (
            sentence[start - 3 : start - 1] in ("'s", "’s")
            or _PLURAL_AUXILIARY.match(sentence, end)
            and not _PRONOUN_BEFORE.search(sentence, 0, start)
        ):
            continue  # "Mr Smith's comments came", "weapons and documents are shown": a noun, not a verb
        if word == "states" and not _STATES_AS_VERB.match(sentence, end):
            continue  # "the Baltic states have", "28 African states voted": a noun unless "states that" / "states:"
        if word in _NOUN_BEFORE_OF and sentence.startswith(" of ", end):
            continue  # "the U.S. estimate of 8,000 troops": a noun
        if word in _ACTIVE_ONLY_VERBS and word_before in _PASSIVE_AUXILIARIES:
            continue
        if word in _CONCLUDING_VERBS and _DETERMINER_NEXT.match(sentence, end):
            continue  # "Sudan concluded a deal", "the talks concluded the visit": ended something, said nothing
        if (
            word == "alleged"
            and word_before in _BEFORE_ALLEGED_ADJECTIVE
            and _ALLEGED_ADJECTIVE_NEXT.match(sentence, end)
        ):
            continue  # "atrocities and alleged war crimes", "for alleged spying": an adjective, not a verb

        if word in _SPEECH_SET or word in {"citing", "quoting"}:
            yield word, start, end
        elif word in _AS_ONLY_VERBS:
            before = sentence[max(0, start - 40) : start]
            if _may_follow_as(before) and _AS_BEFORE_PASSIVE.search(before) and _AS_PASSIVE_AGENT.match(sentence, end):
                yield word, start, end  # "as communicated by X": X speaks
        elif word in FRAME_WORDS and (hit := frame_cue(word, sentence, start, end)) is not None:
            yield hit  # "thanked X for", "blamed", "did not rule out", "warnings from X that", "put X at N"
        elif word == "per":
            if (
                sentence[start] == "p"
                and sentence[:start].rstrip().endswith((",", "("))
                and _PER_SOURCE.match(sentence, end)
            ):  # "..., per Ukrainian intelligence"; not "per cent", "per day"
                yield "per", start, end
        elif (word in _COUNTING_VERBS or word in WITNESS_VERBS) and _NUMBER_NEXT.match(sentence, end):
            yield word, start, end
        elif word in _DETAILING_VERBS:
            if _NUMBER_NEXT.match(sentence, end) and _last_word_before(sentence, start).lower() in _DOCUMENT_BEFORE:
                yield word, start, end
        elif word in _CALLING_VERBS:
            if _CALLED_LABEL.match(sentence, end):
                yield word, start, end
            elif sentence.startswith(" for ", end):  # "the EU called for a tribunal": an appeal is its claim
                yield f"{word} for", start, end + 4
            elif _CALLED_ON_TO.match(sentence, end):
                yield f"{word} on", start, end + 3
        elif word in REPLY_VERBS:
            if reply_cue(sentence, start, end):
                yield word, start, end
        elif word in DEMAND_VERBS:
            if sentence.startswith(" that ", end):
                yield word, start, end
        elif word in _FINDING_VERBS:
            if sentence.startswith(" that ", end):  # "an analysis by X found that ...", not "X found a way"
                yield word, start, end
        elif word in OPINION_THAT_VERBS:
            if sentence.startswith(" that ", end):
                yield word, start, end
        elif word in QUESTIONING_VERBS:
            if _QUESTIONED_OBJECT.match(sentence, end) and word_before not in _PASSIVE_AUXILIARIES:
                yield word, start, end
        elif word == "opinion":
            opening = _OPINION_BEFORE.search(sentence, max(0, start - 8), start)
            of = _OF_NEXT.match(sentence, end) if opening is not None else None
            if opening is not None and of is not None:
                yield "in the opinion of", opening.start(), of.end()
        elif word in _LEARNED_WORDS:
            if _FROM_NAME_NEXT.match(sentence, end):
                yield "learned from", start, end + 5
        elif word == "according":
            following = _WORDS_RE.search(sentence, end)  # the next word
            if following is not None and following.group(0).lower() == "to":
                yield "according to", start, following.end()
        elif word in _ISSUE_VERBS:
            m = _NOMINAL_RE.match(sentence, start)
            if m:
                yield " ".join(m.group(0).lower().split()), m.start(), m.end()


# "Here is the full text of his statement", "Read the President's full address below:", "Full transcript of ...",
# "Full text of Zelensky's speech at ...":
# what follows is one speaker's own words.
_TRANSCRIPT_MARKER: Final = re.compile(
    r"^(?:here\s+is|here['’]s|below\s+is|read|the\s+following\s+is|what\s+follows\s+is)\s+"
    r"(?:(?P<whose>his|her|their|the\s+[\w\s.'’-]{1,40}?['’]s|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}['’]s|the)\s+)?"
    r"(?:(?:full|complete|entire|official)\s+(?:text|transcript|address|speech|statement|remarks)|text|transcript)\b"
    r"(?:\s+of\s+(?P<whose2>his|her|their)\b)?"
    r"|^(?:the\s+)?(?:(?:full|complete|entire|official)\s+)?(?:text|transcript)\s+of\b"
    r"(?:\s+(?P<whose3>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})['’]s\s+(?:speech|address|remarks|statement)\b)?",
    re.IGNORECASE,
)


# how every `_TRANSCRIPT_MARKER` match begins, in lowercase
_TRANSCRIPT_FIRST_WORDS: Final = ("here", "below", "read", "the", "what", "full", "complete", "entire", "official",
                                  "text",
                                  "transcript")  # fmt: skip
# the first letters of `_TRANSCRIPT_FIRST_WORDS` ("" is in it too: an empty opening goes on to `startswith`)
_TRANSCRIPT_FIRST_LETTERS: Final = "".join(sorted({word[0] for word in _TRANSCRIPT_FIRST_WORDS}))
# a word every `_TRANSCRIPT_MARKER` match holds, in lowercase
_TRANSCRIPT_WORDS: Final = ("text", "transcript", "address", "speech", "statement", "remarks")


# the words after which "the" opens a `_TRANSCRIPT_MARKER` match: "the following is", "the full text of", "the
# transcript of"
_AFTER_OPENING_THE: Final = ("following", "full", "complete", "entire", "official", "text", "transcript")


def _may_follow_the(opening: str) -> bool:
    """Whether a lowercase opening that starts with "the" goes on as a `_TRANSCRIPT_MARKER` match must: whitespace,
    then one of `_AFTER_OPENING_THE` (the only branches a text opening "the" can match; "these", "there" match none)."""
    rest = opening[3:]
    return rest[:1].isspace() and rest.lstrip().startswith(_AFTER_OPENING_THE)


def transcript_marker(sentence: str) -> str | None:
    """The possessor named by a sentence announcing a speech's full text ('his', "Zelensky's"), '' if none, or
    None when the sentence announces no transcript. Asked of every sentence: its lowercase (`lowered`, kept per
    sentence) is ruled out by its first letter, then its first word, before the pattern is tried."""
    low = lowered(sentence)
    if low is not None:
        opening = low.lstrip()
        if (
            opening[:1] not in _TRANSCRIPT_FIRST_LETTERS
            or not opening.startswith(_TRANSCRIPT_FIRST_WORDS)
            or (opening.startswith("the") and not _may_follow_the(opening))
            or not may_hold(low, _TRANSCRIPT_WORDS)
        ):
            return None
    m = _TRANSCRIPT_MARKER.match(sentence.strip())
    if m is None:
        return None
    whose = m.group("whose2") or m.group("whose") or m.group("whose3") or ""
    return "" if whose.lower() == "the" else re.sub(r"['’]s$", "", whose)


# "- ... - said in TVN24 the ambassador X", "- said on Sunday minister X": where or when, between an inverted
# verb and its speaker
_INVERTED_SETTING: Final = re.compile(
    r"\s+(?:on\s+(?:[A-Z][a-z]+day|[a-z]+day)|in\s+(?:an?\s+interview\s+(?:with|for|to)\s+)?[A-Z][\w.]*[A-Za-z0-9]"
    r"|to\s+(?:the\s+)?[A-Z][\w.]*[A-Za-z0-9])(?=\s+(?:the\s+|a\s+|an\s+)?[A-Za-z])"
)


# "- ... - said ambassador of Ukraine in Poland Vasyl Zvarych.": an inverted role with its "of"/"in" words, then
# the name that closes the clause (translated copy drops the article and the commas)
_ROLE_OF_THEN_NAME: Final = re.compile(
    r"\s+(?P<np>(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:"
    + "|".join(sorted(_APPOSITIVE_WORDS - {"the", "a", "an", "who", "one", "former", "senior"}, key=len, reverse=True))
    + r")\s+(?:of|for|in|at|to)\s+[^,;:.!?\"“”()]{1,60}?\s[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)(?=\s*(?:[,.;:!?]|$))"
)


_NEXT_WORD_START: Final = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?(?P<first>\w)")


def _capitalised_next(after: str) -> bool:
    """Whether the next word (after an article) is capitalised, in any script: "said Lavrov", "said Ławrow"."""
    m = _NEXT_WORD_START.match(after)
    return m is not None and m.group("first").isupper()


def _after_inverted_setting(after: str) -> str:
    """The words after a cue, past a setting that stands before an inverted speaker ("said in TVN24 X")."""
    m = _INVERTED_SETTING.match(after)
    return after if m is None else after[m.end() :]


# "according to Reuters, which cited two officials": the relative clause names the outlet's own source
RELATIVE_CITING_VERBS: Final = frozenset({"cited", "cites", "quoted", "quotes"})
_RELATIVE_PRONOUN_END: Final = re.compile(r",\s+(?:which|who)\s+(?:(?:has|had|also|in\s+turn)\s+)*$")


# what a speaker cites as its reason, not as its source: "fired at the post, citing the killing of three of its
# members", "citing security concerns", "citing the deaths of civilians" (an event or a motive, lowercase)
_CITED_REASON: Final = re.compile(
    r"\s*(?:(?:the|a|an|its|their|his|her|recent|repeated|continued|ongoing)\s+)*"
    r"(?:killings?|deaths?|shelling|bombing|attacks?|strikes?|loss(?:es)?|need|lack|threats?|destruction|damage|"
    r"escalation|presence|violations?|arrival|deployment|safety|security|humanitarian|health|concerns?|reasons?|"
    r"grounds|fears?|risks?)"
    r"(?:\s+(?:of|on|to|against|for|in|by|from|at|concerns?|reasons?|grounds|risks?)\b|\s*[,.;]|\s*$)"
)


def cites_a_reason(after: str) -> bool:
    """Whether the words after "citing" give a reason ("citing the killing of three of its members") rather than a
    source ("citing officials")."""
    return _CITED_REASON.match(after) is not None


def relative_citing(verb: str, before: str) -> bool:
    """Whether a citing verb opens a relative clause on the source before it (", which cited X"): X is then a
    source of its own, relayed by the one before."""
    return verb in RELATIVE_CITING_VERBS and _RELATIVE_PRONOUN_END.search(before[-40:]) is not None


_YES_NO_QUESTION: Final = re.compile(r"\s*(?:Will|Would|Do|Does|Did|Can|Could|Should|Shall|May|Might)\s")
_QUESTIONED_VERBS: Final = _BASE_SPEECH_VERBS | {"believe", "think", "agree", "accept"}


# the first letters of `_ISSUE_VERBS`
_ISSUE_VERB_INITIALS: Final = "".join(sorted({verb[0] for verb in _ISSUE_VERBS}))


def _may_open_with_issue_verb(verb: str) -> bool:
    """Whether the first word of a cue's verb (`verb.split()[0]`) may be one of `_ISSUE_VERBS`: a verb opening with a
    character that is no whitespace opens its first word, which must then open with one of their first letters."""
    if not verb:
        return True  # `split()[0]` of it raises, as before
    return verb[0] in _ISSUE_VERB_INITIALS or is_space_at(verb, 0)


def _reporters(phrase: str | None) -> bool:
    """Whether a speaker phrase names reporters: "journalists from AFP", "a BBC crew"."""
    return phrase is not None and any(w.lower() in REPORTER_HEADS for w in phrase.split())


def find_cues(sentence: str, quotes: list[tuple[int, int]]) -> list[Cue]:
    """Speech cues outside quoted speech, each with its speaker phrase (offsets relative to the sentence)."""
    cues: list[Cue] = []
    source_end = -1  # where the words named by the last "citing"/"according to" end
    nominal_end = -1  # where the last "issued a warning" ends: its noun ("warning") is no second cue
    asks = sentence.rstrip(" \"”'’").endswith("?") and _YES_NO_QUESTION.match(sentence) is not None
    for verb, start, end in _cue_matches(sentence):
        if asks and verb in _QUESTIONED_VERBS:
            continue  # "Will both sides believe the guarantees?": a question asserts nothing
        if inside(start, quotes) or start < source_end or end == nominal_end:
            continue  # quoted speech, a word of a source's name ("citing intelligence reports"), a nominal's noun
        before = sentence[max(0, start - 300) : start]
        if before.endswith("-") and before[-5:].lower() == "self-":
            continue  # "the self-declared republic", "a self-proclaimed expert": an adjective, no one speaks
        if glued_dash_before(before, verb):
            before = before[:-1] + " - "  # "... on the city-said the command": the dash closes the quoted words
        if verb == "citing" and cites_a_reason(sentence[end:]):
            continue  # "..., citing the killing of three of its members": a reason, no source
        if (
            verb in {"according to", "citing", "quoting", "per"}
            or verb in SOURCE_FRAMES
            or relative_citing(verb, before)
        ):
            phrase = source_after(sentence[end:])
            if phrase:
                source_end = sentence.find(phrase, end) + len(phrase)
            cues.append(Cue(verb, start, end, phrase, True))
            continue
        if verb in {"warning", "warnings"} and (warner := warned_from(sentence, end)) is not None:
            # "the build-up sparked warnings from US officials that ...": the officials warn
            cues.append(Cue("warnings from", start, end, warner, True))
            continue
        if verb in PREPOSED_PARTICIPLES and (agent_np := preposed_agent(before, sentence, end)) is not None:
            # "despite the United States warning that ...": the participle's own subject speaks
            cues.append(Cue(verb, start, end, agent_np, False))
            continue
        if verb == "quoted as saying":
            np = _QUOTED_AS.match(sentence, start - 1) if start else None
            cues.append(Cue(verb, start, end, np.group("np") if np else None, True))
            continue
        if _may_open_with_issue_verb(verb) and verb.split()[0] in _ISSUE_VERBS:
            verb, nominal_end = verb.split()[-1], end
        if verb in _DETAILING_VERBS:  # "It released a report detailing 900 cases": the sentence's subject counted
            opener = _OPENING_PRONOUN.match(sentence)
            cues.append(
                Cue(verb, start, end, None, False, opener.group(1).lower() if opener else None, coordinated=True)
            )
            continue
        if verb in _PARTICIPLE_CUES and (before.rstrip().endswith(",") or _COMMA_ADVERB_END.search(before)):
            # "X launched a coup, saying he has 25,000 fighters": the participle's subject is the sentence's
            cues.append(Cue(verb, start, end, None, False, coordinated=True))
            continue
        if (
            before.endswith(" ")
            and _by_next(sentence, end)  # what `_AS_PASSIVE_AGENT` needs first: most cues fail it (one character test)
            and _may_follow_as(before[-40:])
            and _AS_BEFORE_PASSIVE.search(before[-40:])
        ):
            agent = _AS_PASSIVE_AGENT.match(sentence, end)
            if agent is not None:  # "As reported by Ukrinform, 12 civilians were wounded": the agent speaks
                cues.append(Cue(verb, start, end, source_after(sentence[agent.end() :]), False))
                continue
        owner_end = possessor_end(sentence, start, end) if verb in POSSESSED_SAYING_NOUNS else None
        if owner_end is not None:  # "Trump's last-minute suggestion that ...": the owner speaks
            phrase, pronoun, coordinated = subject_before(sentence[max(0, start - 300) : owner_end] + " ")
            cues.append(Cue(verb, start, end, phrase, False, pronoun, coordinated))
            continue
        copula = stance_copula(sentence, start, end) if verb in STANCE_WORDS else None
        if copula is not None:  # "Vitrenko is convinced Putin will ...": the one convinced says so
            phrase, pronoun, coordinated = subject_before(sentence[max(0, start - 300) : copula] + " ")
            cues.append(Cue(verb, start, end, phrase, False, pronoun, coordinated))
            continue
        author_at = document_reads(sentence, start, end) if verb == "reads" else None
        if author_at is not None and author_at >= 0:
            cues.append(Cue(verb, start, end, phrase_after(sentence[author_at:]), False))
            continue  # '"...," reads the statement by Catherine Colonna, minister for Europe': its author speaks
        catenative = catenative_before(sentence, start) if verb in CATENATIVE_SPEECH_VERBS else None
        if catenative is not None:
            # "Netanyahu continues to maintain that ...": the subject of the catenative verb says it
            phrase, pronoun, coordinated = subject_before(sentence[max(0, start - 300) : catenative.start()] + " ")
            said = " ".join(sentence[catenative.start() : end].lower().split())  # "went on to say": no present
            cues.append(Cue(said, start, end, phrase, False, pronoun, coordinated))
            continue
        reportative = _REPORTATIVE_BEFORE.search(before) if before.endswith(" to ") else None
        if reportative is not None and verb in _BASE_SPEECH_VERBS:
            # "Modi was to say that it is not the time for war": "reportedly said", in copy translated from Polish
            phrase, pronoun, coordinated = subject_before(before[: reportative.start()] + " ")
            cues.append(Cue(verb, start, end, phrase, False, pronoun, coordinated))
            continue
        passive = _passive_before(before)
        if passive is not None and verb.endswith("ing"):  # "officials are warning": the subject is before "are"
            before = before[: passive.start()]
        elif passive is not None:
            agent = _PASSIVE_AGENT.match(sentence, end)
            if agent is not None:  # "the estimate was disclosed by Secretary Blinken": the agent speaks
                agent_np = phrase_after(sentence[agent.end() :])
                if agent_np is not None:  # "adopted by the Assembly with 100 votes for": the body, not its vote
                    agent_np = _VOTE_TAIL.sub("", agent_np)
                cues.append(Cue(verb, start, end, agent_np, False))
                continue
            if verb == "quoted" and _AS_SAYING.match(sentence, end):
                # "Wang was quoted as saying": the one quoted is the speaker (wire and state-media copy)
                phrase, pronoun, coordinated = subject_before(before[: passive.start()] + " ")
                cues.append(Cue(verb, start, end, phrase, False, pronoun, coordinated))
                continue
            if verb not in _LABEL_VERBS and _TITLED_PERSON.match(sentence_subject(sentence) or ""):
                # "General Pat Ryder ... At a briefing on Monday, the US was said to be 'reviewing' the reports":
                # an agentless passive relays the titled official the sentence opens with; no one else, and a
                # label ("it is described as a threat") is said by no one named
                cues.append(Cue(verb, start, end, None, False, coordinated=True))
            continue
        if (
            verb in _ANNOUNCING_PARTICIPLES
            and (agent := _REDUCED_PASSIVE_AGENT.match(sentence, end)) is not None
            and _COMMON_NOUN_BEFORE.search(before[-80:]) is not None
            and (phrase := phrase_after(sentence[agent.end() :])) is not None
        ):
            # "The new package announced by the Pentagon on Friday includes": the agent speaks, not the noun
            cues.append(Cue(verb, start, end, phrase, False))
            continue
        if verb in {"rule out", "exclude"}:
            before = without_negation(before)  # "X didn't rule out", "X has refused to rule out": X is the subject
        phrase, pronoun, coordinated = subject_before(before)
        if verb in WITNESS_VERBS and not _reporters(phrase):
            continue  # "the city saw 30 attacks", "residents saw 20 tanks": only reporters' sight is a report
        if phrase is not None and verb in _SEEING_OR_COUNTING and (outlet := outlet_of_reporters(phrase)):
            phrase = outlet  # "a BBC reporter counted 9 tanks": the outlet vouches for what its reporters saw
        if phrase is not None and "time" in phrase:  # the pattern's one literal word (it has no IGNORECASE)
            phrase = _TIME_CLAUSE_HEAD.sub("", phrase)  # "the first time Ukraine has warned": Ukraine warns
        if phrase is not None and before.find(phrase) > 0:
            phrase = _with_members_before(before, phrase)
        if (
            phrase is None
            and pronoun is None
            and not coordinated
            and verb not in APPEAL_CUES
            and verb not in OBJECT_NOT_SPEAKER
        ):
            # "urged Biden to ...": an appeal's object is whom it is addressed to, never its speaker
            after = _after_inverted_setting(sentence[end:])
            if (
                _capitalised_next(after)
                or re.match(r"\s+(?:a|an|the)\s+(?:senior|top|military|defen[cs]e|government|unnamed|\w+)[\s,]", after)
                or _role_before_name(after)
            ):
                if before.rstrip().endswith((",", "”", '"', "''", "’’", " -", " –", " —")) or not before.strip():
                    phrase = phrase_after(after)
            elif before.rstrip().endswith((" -", " –", " —")) and (m := _ROLE_OF_THEN_NAME.match(after)):
                phrase = m.group("np")
            elif before.rstrip().endswith((",", " -", " –", " —")) and (m := _QUOTED_NAME_AFTER.match(after)):
                phrase = m.group("name")  # '... - says "Kovno Herald".': a title in quotation marks closes it
        cues.append(Cue(verb, start, end, phrase, False, pronoun, coordinated))
    if len(cues) > 1 and any(c.verb in APPEAL_CUES for c in cues):
        cues = _without_background_appeals(cues, sentence)
    if not cues and ":" in sentence:
        m = _COLON_SPEAKER.match(sentence)
        if m is not None and not inside(m.start("np"), quotes) and not opens_with_quote_label(sentence):
            # "Russia's Defence Ministry: Ukraine lost 300 troops": a headline's speaker before a colon ("QUOTE:"
            # is none: the words of the speaker reported before it)
            cues.append(Cue(":", m.end("np"), m.end("np") + 1, m.group("np"), False))
        elif (m := _colon_speaker_aside(sentence)) is not None:
            # 'President X, in a video message: "..."': the speaker, where they spoke, then their quote
            cues.append(Cue(":", m.start("colon"), m.end("colon"), m.group("np"), False))
    if not cues:
        m = _trailing_body(sentence)
        if m is not None and not inside(m.start("np"), quotes):
            # "76 blasts were recorded overnight, the Regional Military Administration.": a body closing the
            # sentence after a comma, its verb dropped (translated and live-blog copy)
            cues.append(Cue(",", m.start(), m.start() + 1, m.group("np"), False))
    if not cues and " what " in sentence:
        m = _IN_WHAT_CALLED.search(sentence)
        if m is not None and not inside(m.start("np"), quotes):
            # "... shot down 18 drones in what Britain's defence ministry called the largest attack yet": the one who
            # named the event is the only source the sentence gives
            cues.append(Cue("called", m.start("verb"), m.end("verb"), m.group("np"), True))
    return cues


# "in what X called / described as / termed": the source of the event's description
_IN_WHAT_CALLED: Final = re.compile(
    r"\b(?:in|on|during|with)\s+what\s+(?P<np>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,5}?)\s+"
    r"(?P<verb>called|described\s+as|termed|dubbed)\b"
)


# "(marked) the first time Russia has claimed": the words before the subject of a clause of time
_TIME_CLAUSE_HEAD: Final = re.compile(r"^(?:[\w'’-]+\s+){0,3}?(?:first|second|third|last|only|next)\s+time\s+(?=[A-Z])")


# the members of a body named before it: "the participants in the Crimea Platform", "signatories of the pact"
_MEMBERS_BEFORE: Final = re.compile(
    r"(?:^|\s)(?P<members>(?:[Tt]he\s+|[Aa]ll\s+)?(?:participants|members|signatories|delegates|delegations|"
    r"parties)\s+(?:in|of|to|at)\s+)$"
)


def _with_members_before(before: str, phrase: str) -> str:
    """The speaker phrase with the group noun that precedes it: "the Crimea Platform" -> "the participants in the
    Crimea Platform" (the members speak, not the forum); "lawyer" -> "his lawyer" (whose, the caller resolves)."""
    at = before.rfind(phrase)
    # `before.endswith((" in ", " of ", " to ", " at "), 0, at)` by the slice of four characters before the phrase (with
    # bounds, `endswith` is a method call where compiled; shorter than four, the slice is none of them)
    if before[max(0, at - 4) : at] in _MEMBERS_LINKS:
        m = _MEMBERS_BEFORE.search(before, max(0, at - 40), at)
        if m is not None:
            return m.group("members") + phrase
    owner = before[max(0, at - 6) : at]
    m2 = _OWNER_BEFORE.search(owner) if phrase.lower() in RELATIONS else None
    if m2 is not None:
        return owner[m2.start() :] + phrase
    return phrase


_OWNER_BEFORE: Final = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+$")
_MEMBERS_LINKS: Final = (" in ", " of ", " to ", " at ")  # what stands between the group noun and the body
# those who speak for a person named by a possessive pronoun: "his lawyer told CNN", "her mother said"
RELATIONS: Final = frozenset(
    "lawyer lawyers attorney attorneys wife husband mother father son daughter brother sister family relatives "
    "parents widow friend friends".split()
)


APPEAL_CUES: Final = frozenset({"urged", "urges", "called for", "calls for", "called on", "calls on"})


_RELATIVE_BEFORE_CUE: Final = re.compile(r",\s+(?:which|that)\s+[^,;:\"“”]{1,60}$")


def _without_background_appeals(cues: list[Cue], sentence: str) -> list[Cue]:
    """The cues without an appeal that a later verb of saying follows: "Zelensky, who has called for a boycott,
    said Friday ...", "Western governments have urged citizens to leave, and Washington said ...": what is said
    is the claim, the appeal its background. A verb in a relative clause after the appeal ("X called for a truce,
    which Kyiv rejected") answers the appeal: the appeal stays the sentence's claim."""
    last_saying = max(
        (
            i
            for i, c in enumerate(cues)
            if c.verb not in APPEAL_CUES and not c.is_source and not _RELATIVE_BEFORE_CUE.search(sentence, 0, c.start)
        ),
        default=-1,
    )
    return [c for i, c in enumerate(cues) if c.verb not in APPEAL_CUES or i > last_saying]


# at most six words, none lowercase but function words and organisation nouns, then a colon
_COLON_SPEAKER: Final = re.compile(
    r"^\s*(?P<np>(?:[A-Z][\w'’.&-]*|of|the|for|and|ministry|intelligence|staff|command|service|office|"
    r"forces|military|army|defen[cs]e|spokesperson|spokesman|spokeswoman)(?:\s+(?:[A-Z][\w'’.&-]*|of|the|for|and|"
    r"ministry|intelligence|staff|command|service|office|forces|military|army|defen[cs]e|spokesperson|spokesman|"
    r"spokeswoman)){0,5}):\s+(?=\S)"
)


# a speaker (capitalised words and a few role words), where they spoke (", in a short video message", " on
# Telegram", ", speaking to reporters"), then a colon and the opening quote mark of their words
_COLON_SPEAKER_ASIDE: Final = re.compile(
    r"\s*(?P<np>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|the|for|and|minister|governor|mayor|president|head|"
    r"chief|commander|spokesperson|spokesman|spokeswoman|ministry|office|staff)){0,5})"
    r"(?:,\s+(?:in|on|via|during|speaking|writing)\s[^:\"“«,]{1,60},?|\s+(?:on|in|via)\s+(?:Telegram|Facebook|X|"
    r"Twitter|Instagram|YouTube|(?:a|an|his|her|their)\s[^:\"“«,]{1,40}))\s*(?P<colon>:)\s*(?=[\"“«])"
)


def _colon_speaker_aside(sentence: str) -> re.Match[str] | None:
    """The speaker of 'X, in a video message: "..."' (`_COLON_SPEAKER_ASIDE`), if the sentence opens so."""
    if ": " not in sentence and ':"' not in sentence and ":“" not in sentence:
        return None
    return _COLON_SPEAKER_ASIDE.match(sentence)


# a named body after the sentence's only comma, and nothing after it but the full stop: ", the Regional Military
# Administration." (the heads a body's name ends in, capitalised: a name, not "the army")
_TRAILING_BODY: Final = re.compile(
    r",\s+(?P<np>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}(?:Administration|Ministry|Staff|Command|Service|Office|"
    r"Council|Directorate|Headquarters|Police|Guard|Agency|Prosecutor['’]s\s+Office))\s*[.!]?[\"”’]?\s*$"
)
_FIGURE: Final = re.compile(r"\d|\b(?:" + "|".join(sorted({*UNITS, *TENS, *SCALES, "dozen"})) + r")\b", re.IGNORECASE)
_CLAUSE_BEFORE_BODY_WORDS: Final = 5  # "Blasts hit the town overnight" at least: a clause, not a list's last item


def _trailing_body(sentence: str) -> re.Match[str] | None:
    """The body that closes a sentence after its only comma, following a clause of its own with a figure in it
    ("He met the head of the agency, the Foreign Ministry." is an appositive, not a source), if any."""
    comma = sentence.find(",")
    if comma < 0 or sentence.find(",", comma + 1) >= 0:
        return None  # `sentence.count(",") != 1` by two searches that stop at a second comma; no `index` call
    m = _TRAILING_BODY.match(sentence, comma)
    if m is None or len(sentence[:comma].split()) < _CLAUSE_BEFORE_BODY_WORDS or not _FIGURE.search(sentence, 0, comma):
        return None
    return m
