"""Turn a speaker's noun phrase into an actor: known actor, named person, organisation, anonymous or media.

"US National Security Council spokesperson John Kirby" -> John Kirby (person), role "National Security
Council spokesperson", affiliation United States. "a senior US official" -> anonymous, affiliation
United States. "South Korean media" -> media. "Kyiv" -> Ukraine (organisation, by metonymy).
The actor lexicon is data (`data/actors.toml`, extended by CLAIMTRACK_ACTORS).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Final, cast

from claimtrack.extraction.dates import MONTHS, WEEKDAYS
from claimtrack.extraction.gazetteer import Gazetteer, env_value, load_gazetteer
from claimtrack.extraction.lexicons import (
    DOCUMENT_WORDS,
    EVIDENCE_NOUNS,
    SOURCING_PARTICIPLES,
    LexiconCache,
    Side,
    counted_groups,
    load_records,
    side_by_capital,
    side_by_form,
    side_index,
    side_key,
    side_word_starts,
)
from claimtrack.extraction.prefilter import chunks_back, is_space_at, lowered, make_room, may_hold, trie_alternation
from claimtrack.extraction.spellings import name_key
from claimtrack.extraction.unvalidated import unvalidated_record
from claimtrack.records import ActorKind, ActorRef


def actor_record(**values: object) -> ActorRef:
    """`ActorRef(**values)` without pydantic's validation, whose values here are already those it would keep (a name,
    a kind and a mention as str, a role and an affiliation as str or None, a list of str): the instance's dict in the
    fields' order with the defaults of those not given, a new list of aliases (validation copies the list given), and
    pydantic's three slots, as validation fills them (as `confidence.confidence_record` does; a test compares the
    two records). ~3,100 records a pass, each ~10K instructions fewer than through `BaseModel.__init__`."""
    aliases = values.get("aliases")
    fields: dict[str, object] = {  # in the model's field order, what validation fills in for those not given
        "name": values["name"],
        "kind": values["kind"],
        "role": values.get("role"),
        "affiliation": values.get("affiliation"),
        "raw": values["raw"],
        "aliases": [] if aliases is None else list(cast(list[str], aliases)),
    }
    return unvalidated_record(ActorRef, fields, set(values))


def actor_copy(actor: ActorRef, update: dict[str, object]) -> ActorRef:
    """`actor.model_copy(update=update)` without pydantic's Python-level copy (~10K instructions a call where
    compiled): a new record with a copy of the instance's dict updated, the fields set with the updated ones added,
    and pydantic's two other slots as `__copy__` leaves them for a model with no extra fields and no private
    attributes (None; a test compares the two records)."""
    fields = dict(actor.__dict__)
    fields.update(update)
    fields_set = set(actor.__pydantic_fields_set__)
    fields_set.update(update)
    return unvalidated_record(ActorRef, fields, fields_set)


# Words that make a phrase a title or role rather than a name.
TITLE_WORDS: Final = frozenset(
    """
    president prime minister secretary general gen gen. lt lt. col col. major maj maj. admiral adm adm. sen sen.
    senator rep rep. representative gov gov. governor mayor spokesman spokeswoman spokesperson chief head director
    commander deputy foreign defense defence interior state chairman chair chairwoman ambassador envoy adviser
    advisor press secretary-general lieutenant colonel captain sergeant dr dr. mr mr. mrs mrs. ms ms. prof prof.
    pope king queen prince chancellor speaker vice leader officer premier marshal brigadier commissioner
    coordinator representative minister's spokesperson's first second acting former top senior consul consuls
    lawmaker legislator congressman congresswoman mp mep analyst expert researcher economist historian professor
    ombudsman ombudswoman ombudsperson prosecutor prosecutor-general coroner col-gen lt-gen maj-gen brig-gen lt-col
    """.split()
)
# Heads that make a phrase an organisation.
# military units, which speak as bodies: "the 47th Mechanized Brigade said"
MILITARY_UNIT_NOUNS: Final = frozenset("brigade battalion regiment corps fleet flotilla".split())
ORG_HEADS: Final = (
    frozenset(
        """
    ministry ministries service services agency agencies council command staff office department army forces force
    military intelligence government authorities administration presidency parliament committee center centre
    institute guard police navy headquarters mission commission kremlin pentagon directorate bureau military's
    embassy cabinet court prosecutors prosecutor's inspectorate operator company corporation group consulate bank
    mod junta regime
    """.split()
    )
    | MILITARY_UNIT_NOUNS
)
# Heads that make a capitalised name an organisation ("Kyiv School of Economics"), not a lowercase phrase
# ("Kowalenko from the press academy")
NAME_ORG_HEADS: Final = frozenset(
    "school university academy lab laboratory foundation organization organisation association observatory "
    "network initiative unit community programme program fund alliance union platform syndicate federation "
    "confederation league".split()
)
_BODY_HEADS: Final = ORG_HEADS | NAME_ORG_HEADS  # the head of a body named head first: "School of Economics"
# everyday people who speak unnamed, one or many: "a resident said", "a driver from the convoy told reporters"
EVERYDAY_HEADS: Final = frozenset(
    """
    resident villager villagers locals driver drivers conductor passenger survivor survivors witness eyewitness
    refugee refugees evacuee evacuees doctor doctors nurse nurses medic medics paramedic paramedics rescuer farmer
    farmers shopkeeper neighbour neighbours neighbor neighbors pensioner teacher teachers worker workers volunteer
    firefighter firefighters volunteers rescuers residents witnesses
    """.split()
)
ANON_HEADS: Final = (
    frozenset(
        """
    official officials source sources diplomat diplomats insider insiders person people analyst analysts expert
    experts officer officers spokesperson spokesman spokeswoman residents witnesses observers lawmakers lawmaker
    investigators investigator monitors commanders commander soldier soldiers servicemen aide aides advisers
    adviser representatives representative member members politicians researchers scientists authors signatories
    volunteers activists organizers organisers blogger bloggers milblogger milbloggers propagandists pundits
    commentators critics journalists eyewitnesses participants activist observer senators legislators ministers
    deputies parliamentarians congressmen
    """.split()
    )
    | EVERYDAY_HEADS
)
MEDIA_HEADS: Final = frozenset(
    "media newspaper newspapers outlet outlets broadcaster channel tv television radio daily magazine website "
    "press reports report agency tabloid".split()
)
_HEADS: Final = ANON_HEADS | ORG_HEADS | MEDIA_HEADS
# nouns that, right before a name, say the name is a company's ("Swiss food firm Nordvik") or an outlet's
# ("broadcaster Kanal Nord"), not a person's title
_COMPANY_NOUNS: Final = frozenset(
    "firm company corporation conglomerate group bank lender insurer brewer maker manufacturer producer giant "
    "operator retailer developer carrier airline miner exporter supplier contractor startup chain".split()
)
_OUTLET_NOUNS: Final = frozenset("newspaper broadcaster channel outlet website daily magazine tabloid".split())
# the last word of a newspaper's title ("the Belomir Herald", "Zeland Post"): a name ending so is an outlet, not a
# person, even when the actor lexicon does not know it
_MASTHEAD_WORDS: Final = frozenset(
    "Post Times Gazette Gazeta Herald Tribune Journal Courier Telegraph Chronicle Observer Inquirer Dispatch "
    "Sentinel Examiner Mirror Express News Weekly".split()
)
# words that cannot name a speaker on their own
FUNCTION_WORDS: Final = frozenset(
    "a an the this that these those it its in on at by for from with of to as but and or if so then while when "
    "many some most both all each every other others such may might can will about around nearly almost roughly "
    "approximately over more less fewer least up according".split()
)
_GROUP_HEADS: Final = ANON_HEADS - TITLE_WORDS - {"person", "people"}
# title words that only a person holds ("Speaker of the Council"), unlike "Defense" (Ministry of ...)
_PERSON_TITLES: Final = TITLE_WORDS - set(
    "foreign defense defence interior state first second acting former top senior general press deputy".split()
)
# adjectives of a group of states or sources, which name no one person: "Western" (estimates)
BLOC_ADJECTIVES: Final = frozenset("western european allied foreign international independent official".split())
# the blocs a document is credited to whatever its case ("according to western estimates" in translated copy);
# the other bloc adjectives ("independent estimates", "official figures") name no one unless capitalised
_BLOCS_IN_ANY_CASE: Final = frozenset({"western", "european", "allied"})
DETERMINERS: Final = frozenset("a an the one two three four several some many other unnamed anonymous".split())
PRONOUNS: Final = frozenset("he she they it we i".split())
_NAME_MARKS: Final = "'’-"


def is_name_token(word: str) -> bool:
    """A word that can be part of a person's name: "Kirby", "Dačić", "Łukasz", "McCaul", "Sun-won", "J."."""
    if word.isascii():
        return _is_ascii_name_token(word)
    first = word[:1]
    if not first.isupper() or len(word) < 2:
        return False
    if len(word) == 2 and word[1] == ".":
        return first.isalpha()  # an initial
    rest = word[1:]
    if not (first.isalpha() and any(c.islower() for c in rest) and all(c.isalpha() or c in _NAME_MARKS for c in rest)):
        return False
    # a capital inside a name starts a syllable ("McCaul", "O'Brien"); "MoD" and "ICG's" are abbreviations
    return all(not c.isupper() or rest[k + 1 : k + 2].islower() for k, c in enumerate(rest))


def _is_ascii_name_token(word: str) -> bool:
    """`is_name_token` of an ASCII word, by code in one loop (`str.isupper`, `islower` and `isalpha` are method calls
    through the interpreter where compiled, several per character): a capital, then letters and name marks, one of
    them lowercase, and a lowercase letter after each capital but the first ("McCaul"; not "MoD")."""
    size = len(word)
    if size < 2 or not 65 <= ord(word[0]) <= 90:
        return False
    if size == 2 and word[1] == ".":
        return True  # an initial
    lower = False
    for k in range(1, size):
        code = ord(word[k])
        if 97 <= code <= 122:
            lower = True
        elif 65 <= code <= 90:
            if k + 1 == size or not 97 <= ord(word[k + 1]) <= 122:
                return False
        elif word[k] not in _NAME_MARKS:
            return False
    return lower


_ACRONYM: Final = re.compile(r"^[A-Z]{2,6}$")
# an acronym joined to a word, as bodies name themselves: "OVD-Info", "EU-Info" (not "US-made", "UN-backed")
_ACRONYM_COMPOUND: Final = re.compile(r"^[A-Z]{2,6}-[A-Z][a-z]{2,}$")


@dataclass(frozen=True)
class KnownActor:
    name: str
    kind: ActorKind
    role: str | None
    affiliation: str | None
    aliases: tuple[str, ...]
    members: tuple[str, ...] = ()  # the nouns of a party's members: "Republican", "Republicans"


@dataclass
class ActorLexicon:
    actors: dict[str, KnownActor] = field(default_factory=dict)
    by_alias: dict[str, str] = field(default_factory=dict)  # lowercase alias -> name
    by_exact: dict[str, str] = field(default_factory=dict)  # case-sensitive alias (acronyms) -> name
    word_starts: set[str] = field(default_factory=set)  # the first word of every alias, lowercase
    by_member: dict[str, str] = field(default_factory=dict)  # a member's noun as written -> its party's name
    # the names and aliases holding " and " ("Law and Justice"), which a speaker phrase is not split at
    and_names: set[str] = field(default_factory=set)
    # `spellings.name_key` of every alias longer than an acronym -> name ("" when two actors share the key)
    by_spelling: dict[str, str] = field(default_factory=dict)
    spelled_starts: set[str] = field(default_factory=set)  # the first word of every key of `by_spelling`

    def add(self, actor: KnownActor) -> None:
        self.actors[actor.name] = actor
        for member in actor.members:
            self.by_member[member] = actor.name
        self.and_names.update(alias for alias in (actor.name, *actor.aliases) if " and " in alias)
        for alias in (actor.name, *actor.aliases):
            key = alias.replace("’", "'")
            self.word_starts.add(key.split(" ")[0].lower())
            if _ACRONYM.match(key) or len(key) <= 3:
                self.by_exact[key] = actor.name
            else:
                self.by_alias[key.lower()] = actor.name
                spelled = name_key(key)
                self.by_spelling[spelled] = (
                    actor.name if self.by_spelling.get(spelled, actor.name) == actor.name else ""
                )
                self.spelled_starts.add(spelled.split(" ")[0])

    def lookup(self, phrase: str) -> KnownActor | None:
        """The known actor `phrase` names as an alias does, or as another spelling of one ("Zełenski")."""
        key = phrase.replace("’", "'").strip()
        name = self.by_exact.get(key) or self.by_alias.get(key.lower())
        if name is None and key.lower().startswith("the "):
            name = self.by_alias.get(key[4:].lower()) or self.by_exact.get(key[4:])
        if name is None and len(key) > 3 and not _ACRONYM.match(key):
            name = self.by_spelling.get(name_key(key.removeprefix("the ").removeprefix("The ")))
        return self.actors.get(name) if name else None

    def may_start(self, word: str) -> bool:
        """Whether a phrase beginning with `word` can be an alias (else `lookup` of it finds nothing)."""
        low = word.replace("’", "'").lower()
        return low in self.word_starts or low == "the" or name_key(low) in self.spelled_starts


def _load_lexicon(key: str) -> ActorLexicon:
    """The actor lexicon of the files `key` (the value of CLAIMTRACK_ACTORS) names, read anew."""
    lex = ActorLexicon()
    for row in load_records("actors.toml", "actor", "CLAIMTRACK_ACTORS"):
        lex.add(
            KnownActor(
                name=row["name"],
                kind=cast(ActorKind, row.get("kind", "organisation")),
                role=row.get("role"),
                affiliation=row.get("affiliation"),
                aliases=tuple(row.get("aliases", ())),
                members=tuple(row.get("members", ())),
            )
        )
    return lex


_lexicon: Final = LexiconCache(_load_lexicon)  # a native `get` where compiled, and `cache_clear`


def actor_lexicon() -> ActorLexicon:
    return _lexicon.get(env_value("CLAIMTRACK_ACTORS"))


_WORD_RE: Final = re.compile(r"\(?[\w'’.\-]+\)?")
_INITIALS_END: Final = re.compile(r"\b[A-Z]\.[A-Z]\.$")
# the day or rhythm a document is dated by, before its noun: "a Tuesday statement", "its March 11 update", "the
# 12 March report", "the daily bulletin"
_DOCUMENT_DAY: Final = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s+\d{1,2})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|daily|weekly|morning|"
    r"evening|nightly)"
)
# "the ministry's figures", "the UN report": what a document's author is named before
_DOCUMENT_END: Final = re.compile(rf"(?:['’]s)?\s+(?:{_DOCUMENT_DAY}\s+)?(?:{'|'.join(DOCUMENT_WORDS)})$")
_DOCUMENT_START: Final = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:latest\s+|new\s+|recent\s+|nationwide\s+|national\s+|joint\s+)?"
    rf"(?:{_DOCUMENT_DAY}\s+statements?|(?:{_DOCUMENT_DAY}\s+)?(?:forecasts?|estimates?|updates?|bulletins?|"
    r"assessments?|data|figures|statistics|reports?|findings|analysis|calculations|survey|poll|study|information))"
    r"\s+"  # "according to the information of the regional police"; a dated statement: "a Tuesday statement by X"
    # how it came out and when: "figures released on Monday by X", "data provided by X"
    rf"(?:(?:{'|'.join(SOURCING_PARTICIPLES)})\s+(?:(?:on|last|this|earlier|today|yesterday)(?:\s+\w+){{0,2}}?\s+)?)?"
    r"(?:of|from|by)\s+(?=\S)"
    # the words a long speaker phrase kept of "a report published by X and Y": the document's noun cut off
    r"|^(?:conducted|published|released|compiled|commissioned|prepared|written)\s+by\s+(?=\S)",
    re.IGNORECASE,
)
# what every `_DOCUMENT_START` match holds: a document's noun (the first branch), or opens with (the second)
_DOCUMENT_START_NOUNS: Final = ("statement", "forecast", "estimate", "update", "bulletin", "assessment", "data",
                                "figures", "statistics", "report", "findings", "analysis", "calculations", "survey",
                                "poll", "study", "information")  # fmt: skip
_DOCUMENT_START_VERBS: Final = ("conducted", "published", "released", "compiled", "commissioned", "prepared", "written")
_NO_AUTHOR: Final = FUNCTION_WORDS | {
    "latest",
    "new",
    "recent",
    "previous",
    "earlier",
    "initial",
    "first",
    "official",
    "unconfirmed",
    "preliminary",
    "several",
    "other",
    "some",
}
_LEADING_ARTICLE: Final = re.compile(r"^(?:the|a|an)\s+")
# how a document came out, not who wrote it: "leaked US Army estimates" are the US Army's
_DOCUMENT_STATES: Final = frozenset(
    {
        "leaked",
        "classified",
        "declassified",
        "secret",
        "confidential",
        "internal",
        "unpublished",
        "private",
        "draft",
        "purported",
        "alleged",
        "disputed",
    }
)
_PARTICIPLE_STATES: Final = frozenset({"leaked", "classified", "declassified"})


def _only_function_words(raw: str) -> bool:
    """`all(w.lower() in FUNCTION_WORDS for w in raw.split())`, by a loop (a generator costs where compiled)."""
    for word in raw.split():
        if word.lower() not in FUNCTION_WORDS:
            return False
    return True


def _without_document_state(raw: str) -> str:
    """An author without the opening words telling how its document came out ("leaked US Army" -> "US Army",
    "classified Pentagon" -> "Pentagon"): only before a capitalised name, and a capitalised "Secret" or "Internal"
    is kept (it may open a name: "Secret Service")."""
    space = raw.find(" ")
    if space < 0 or raw[:space].lower() not in _DOCUMENT_STATES:
        return raw  # its first word (up to the first space, as `split(" ")` cuts) is no state: nothing to drop
    words = raw.split(" ")
    i = 0
    while (
        i < len(words) - 1
        and words[i].lower() in _DOCUMENT_STATES
        and (words[i].islower() or words[i].lower() in _PARTICIPLE_STATES)
    ):
        i += 1
    return " ".join(words[i:]) if i and words[i][:1].isupper() else raw


def _words(phrase: str) -> list[str]:
    """`_WORD_RE.findall(phrase)`, read from the runs of text between whitespace: the pattern holds no space and
    looks neither behind nor ahead, so it finds in each run what it finds there in the whole; a run of word
    characters alone, most of them, is one word, and only the others are scanned."""
    words: list[str] = []
    for run in phrase.split():
        if run.isalnum():
            words.append(run)
        else:
            words.extend(_WORD_RE.findall(run))
    return words


_SEVERAL_WIDTHS: Final[tuple[tuple[int, ...], ...]] = ((1,), (2, 1), (3, 2, 1))


def _chunk_widths(several: bool, left: int) -> tuple[int, ...]:
    """The numbers of words `_affiliation` looks up from a word on, widest first: (3, 2, 1) where a name of several
    words may begin, (1,) elsewhere. None wider than the `left` words: a chunk cut short by the end of the phrase is
    the chunk of the width that fits, which is looked up after it anyway (and a lookup depends on the chunk only)."""
    return _SEVERAL_WIDTHS[min(left, 3) - 1] if several else _SEVERAL_WIDTHS[0]


# words -> `_read_affiliation(words)`, read with the lexicons in `_AFFILIATION_LEXICONS` (the side index, the gazetteer,
# the actor lexicon and the first words of the sides' names, all it reads besides the words): the same speaker phrases
# come back within a few documents ("Russia", "the minister"); a few hundred of them, not more: ~30% of the asks
# repeat within 256 of them
_AFFILIATIONS: Final[dict[tuple[str, ...], str | None]] = {}
_AFFILIATION_LEXICONS: Final[list[object]] = []
AFFILIATION_MEMO_SIZE: Final = 256


def _affiliation(words: list[str]) -> str | None:
    """The side a phrase's words name: 'US', 'Ukraine's', 'Ukrainian', 'South Korean' (`_read_affiliation`,
    remembered while the lexicons it reads stay the same objects: a new one, from another environment, empties the
    memo; each is kept here, so no new object takes an old one's place). The lexicons fetched here are handed to the
    read, which fetched them itself (each fetch reads the environment)."""
    sides, gazetteer, lex = side_index(), load_gazetteer(), actor_lexicon()
    lexicons = _AFFILIATION_LEXICONS
    if not lexicons or lexicons[0] is not sides or lexicons[1] is not gazetteer or lexicons[2] is not lex:
        _AFFILIATIONS.clear()
        lexicons.clear()
        # the side index's first words, from the same variable: the same index gives the same words
        lexicons.extend((sides, gazetteer, lex, side_word_starts()))
    key = tuple(words)
    if key in _AFFILIATIONS:
        return _AFFILIATIONS[key]
    if len(_AFFILIATIONS) >= AFFILIATION_MEMO_SIZE:
        _AFFILIATIONS.clear()
    side_starts = cast(frozenset[str], lexicons[3])
    found = _AFFILIATIONS[key] = _read_affiliation(words, sides, gazetteer, lex, side_starts)
    return found


def _read_affiliation(
    words: list[str],
    sides: dict[str, Side] | None = None,
    gazetteer: Gazetteer | None = None,
    lex: ActorLexicon | None = None,
    side_starts: frozenset[str] | None = None,
) -> str | None:
    """The side a phrase's words name, read from its words (see `_affiliation`; a lexicon not given is fetched)."""
    if sides is None:
        sides = side_index()
    if gazetteer is None:
        gazetteer = load_gazetteer()
    if side_starts is None:
        side_starts = side_word_starts()
    size = len(words)
    for i in range(size):
        first = words[i].lstrip("(),").lower()
        # two or three words can name a side or a place only if the first begins a name of several words
        several = first.replace("’", "'") in side_starts or first in gazetteer.word_starts
        for width in _chunk_widths(several, size - i):
            chunk = (" ".join(words[i : i + width]) if width > 1 else words[i]).strip("(),")
            side = sides.get(side_key(chunk))
            if side is not None:
                return side.country
            if not chunk[:1].isupper():  # only a capitalised chunk names a country (look it up only then)
                continue
            place = gazetteer.lookup(chunk.removesuffix("'s").removesuffix("’s"))
            if place is not None and place.kind == "country":
                return place.name
    return _office_affiliation(words, lex) or _party_affiliation(words, lex)


def _party_affiliation(words: list[str], lex: ActorLexicon | None = None) -> str | None:
    """The country of a known party named before a member's title: "Law and Justice MP", "Republican Senator"
    (not "the Republican Guard": a body's name, no title after it). `lex`: the actor lexicon, fetched if not given."""
    if lex is None:
        lex = actor_lexicon()
    for i in range(len(words) - 1):
        if not words[i][:1].isupper():
            continue
        after = words[i + 1].lower().rstrip(".")
        party = lex.by_member.get(words[i])
        if party is not None and after in TITLE_WORDS:
            return lex.actors[party].affiliation
        for width in (3, 1):  # "Law and Justice MP", "PiS MP"
            if (
                i + width < len(words)
                and words[i + width].lower().rstrip(".") in TITLE_WORDS
                and lex.may_start(words[i])
            ):
                known = lex.lookup(" ".join(words[i : i + width]))
                if known is not None and known.role == "political party":
                    return known.affiliation
    return None


# nouns naming someone who works in or speaks for an office ("Pentagon spokesperson", "Kremlin aide")
_OFFICE_HOLDER_NOUNS: Final = frozenset(
    {
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "spokespeople",
        "spokespersons",
        "spokesmen",
        "press",
        "official",
        "officials",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "aide",
        "aides",
        "source",
        "sources",
        "secretary",
        "representative",
        "representatives",
        "staffer",
        "staffers",
        "insider",
        "insiders",
        "chief",
        "director",
    }
)


# "the UN director of the Crisis Group": the body after the noun employs the holder, the one before is a topic
_EMPLOYER_PREPOSITIONS: Final = frozenset({"of", "at", "with", "for"})


def _office_affiliation(words: list[str], lex: ActorLexicon | None = None) -> str | None:
    """The country of a known body whose holder a phrase names by the office: "Pentagon spokesperson X", "Kremlin
    aide", "White House press secretary" (the body's affiliation when a holder's noun follows its name; "Kremlin
    critic" speaks for no one, "the UN director of a think tank" for the think tank). `lex`: the actor lexicon, fetched
    if not given."""
    if lex is None:
        lex = actor_lexicon()
    for i in range(len(words) - 1):
        if not words[i][:1].isupper() or not lex.may_start(words[i]):
            continue
        for width in (2, 1):
            after = i + width
            if (
                after < len(words)
                and words[after].lower() in _OFFICE_HOLDER_NOUNS
                and (after + 1 == len(words) or words[after + 1].lower() not in _EMPLOYER_PREPOSITIONS)
            ):
                known = lex.lookup(" ".join(words[i : i + width]))
                if known is not None and known.kind == "organisation" and known.affiliation:
                    return known.affiliation
    return None


def _named_body(words: list[str]) -> str | None:
    """The name of a body whose head noun comes before its "of"/"for" complement, all capitalised:
    "Office for the Coordination of Humanitarian Affairs", "Ministry of Foreign Affairs of Ukraine"."""
    words = _strip_determiners(words)
    if not words or not all(w[:1].isupper() or w in {"of", "for", "on", "the", "and"} for w in words):
        return None  # "the head of the Office of the President" is a person's role
    for i, word in enumerate(words[:-2]):
        if word.lower() in _BODY_HEADS and word[:1].isupper() and words[i + 1] in {"of", "for", "on"}:
            if any(w.lower() in _PERSON_TITLES for w in words[:i]):
                return None  # "Speaker of the Council of Elders Marta Kowal": a role, then a name
            if words[-1][:1].isupper():
                return " ".join(words)
    return None


# capitals that stand in the news for a body seated there rather than for their country's government: "Brussels
# said" is the EU's voice, not Belgium's
_SEATS_OF_OTHER_BODIES: Final = frozenset({"brussels"})


def government_seated_in(phrase: str) -> str | None:
    """The country whose government a bare capital names by metonymy, from the gazetteer's capitals: "Khartoum"
    -> Sudan, "Riyadh" -> Saudi Arabia; None for a phrase that is no capital, for a lowercase word and for a seat
    of other bodies ("Brussels")."""
    if not phrase[:1].isupper() or phrase.lower() in _SEATS_OF_OTHER_BODIES:
        return None
    country = load_gazetteer().country_seated_in(phrase)
    return country.name if country is not None else None


def _side_named(words: list[str]) -> Side | None:
    """The side a phrase of nothing but a side word names: "Ukrainian" (estimates), "the Russian side"."""
    words = _strip_determiners(words)
    if len(words) > 1 and words[-1].lower() == "side":
        words = words[:-1]
    elif words and words[-1].endswith("s") and not words[-1].isupper():
        return None  # "Ukrainians said": people, not their state (an unnamed group)
    return side_by_form(" ".join(words)) if words and words[0][:1].isupper() else None


def _group_of(words: list[str]) -> str | None:
    """An unnamed group defined by what it belongs to: "authors of the letter", "members of the commission"."""
    words = _strip_determiners(words)
    if len(words) >= 3 and words[1] == "of" and words[0].lower() in _GROUP_HEADS:
        return " ".join(words)
    return None


_RELATIVE_ROLE: Final = re.compile(
    r"^who\s+(?:(?P<be>is|was|serves\s+as|served\s+as)\s+(?:the\s+|an?\s+)?|"
    r"(?P<verb>heads|headed|leads|led|commands|commanded|chairs|chaired|runs|ran)\s+)"
)
_RELATIVE_NOUNS: Final = {
    "heads": "head",
    "headed": "head",
    "leads": "leader",
    "led": "leader",
    "commands": "commander",
    "commanded": "commander",
    "chairs": "chair",
    "chaired": "chair",
    "runs": "head",
    "ran": "head",
}


def _role_of_relative(appositive: str) -> str:
    """ "who heads Ukraine's military intelligence" -> "head of Ukraine's military intelligence"; "who is the
    mayor" -> "mayor"; any other relative clause says no role ("who visited the plant")."""
    if not appositive.startswith("who "):
        return appositive
    m = _RELATIVE_ROLE.match(appositive)
    if m is None:
        return ""
    rest = appositive[m.end() :]
    return rest if m.group("be") else f"{_RELATIVE_NOUNS[m.group('verb')]} of {rest}"


def _strip_determiners(words: list[str]) -> list[str]:
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return words


# Role words that stand for a head of state or government: "the Ukrainian leader" is its president.
LEADER_ROLES: Final = frozenset({"president", "prime minister", "chancellor", "premier"})

# nouns that describe a body in an appositive or right before its name, and that "the <noun> said" takes up
DESCRIPTIVE_NOUNS: Final = (
    ORG_HEADS
    | MEDIA_HEADS
    | _COMPANY_NOUNS
    | _OUTLET_NOUNS
    | frozenset("watchdog monitor regulator broadcaster portal platform network observatory initiative project".split())
)
# ", a British defence intelligence agency", ", an open-source intelligence group based in ...": the appositive's
# head is its last lowercase word before a preposition, a participle or its end
_DESCRIBING_APPOSITIVE: Final = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?P<noun>[a-z]+)(?=\s*$|\s+(?:for|of|in|on|at|from|with|based|that|"
    r"which|run|owned|founded|funded|specialising|specializing)\b|\s*[,;(])"
)


def descriptive_noun(raw: str, name: str) -> str | None:
    """The common noun a speaker mention describes a named body with, if any: "Janes, a global agency for
    open-source intelligence" -> "agency"; "Ukraine's nuclear operator Energoatom" -> "operator"."""
    at = raw.find(name)
    if at < 0:
        return None
    noun = _appositive_head(raw, at + len(name))
    if noun is None:
        before = raw[:at].split()
        noun = before[-1] if before else ""
    return noun if noun in DESCRIPTIVE_NOUNS else None


def _appositive_head(raw: str, pos: int) -> str | None:
    """The head noun of a describing appositive opening at `pos` (", a global agency for ..." -> "agency")."""
    m = _DESCRIBING_APPOSITIVE.match(raw, pos)
    return m.group("noun") if m is not None else None


@dataclass(init=False)  # init=False: its own __init__, which mypyc compiles
class PersonRegistry:
    """Persons named so far in a document, so that 'Kirby' resolves to 'John Kirby'.

    `mentioned` holds the known persons (from the actor lexicon) whose names occur anywhere in the document,
    so that a bare role ("the Ukrainian president") can resolve to the one person it can only mean there.
    """

    by_surname: dict[str, ActorRef] = field(default_factory=dict)
    last_person: ActorRef | None = None
    named: list[ActorRef] = field(default_factory=list)  # named persons remembered, in order
    bodies: list[ActorRef] = field(default_factory=list)  # organisations remembered, in order ("the ministry")
    # (descriptive noun, body) for bodies introduced with one: "Janes, a defence intelligence agency" -> "agency"
    described: list[tuple[str, ActorRef]] = field(default_factory=list)
    outlets: list[ActorRef] = field(default_factory=list)  # outlets that spoke or relayed: "the American daily"
    document: str = ""  # the text whose known persons `mentioned` lists, found on first need
    _mentioned: list[ActorRef] | None = None

    def __init__(
        self,
        by_surname: dict[str, ActorRef] | None = None,
        last_person: ActorRef | None = None,
        named: list[ActorRef] | None = None,
        bodies: list[ActorRef] | None = None,
        described: list[tuple[str, ActorRef]] | None = None,
        outlets: list[ActorRef] | None = None,
        document: str = "",
        _mentioned: list[ActorRef] | None = None,
    ) -> None:
        """The fields' defaults as `field` gives them; None for a field with a default factory: a new one."""
        self.by_surname = {} if by_surname is None else by_surname
        self.last_person = last_person
        self.named = [] if named is None else named
        self.bodies = [] if bodies is None else bodies
        self.described = [] if described is None else described
        self.outlets = [] if outlets is None else outlets
        self.document = document
        self._mentioned = _mentioned

    @property
    def mentioned(self) -> list[ActorRef]:
        if self._mentioned is None:
            self._mentioned = known_persons_in(self.document) if self.document else []
        return self._mentioned

    def remember(self, actor: ActorRef) -> None:
        kind, name = actor.kind, actor.name  # read once: a record's field is an attribute lookup each time
        if kind == "organisation" and " " in name:
            self.bodies.append(actor)
        if kind == "media":
            self.outlets.append(actor)
        if kind == "organisation" or kind == "media":
            noun = descriptive_noun(actor.raw, name)
            if noun is not None:
                self.described.append((noun, actor))
        if kind == "person" and " " in name:
            key = name.split()[-1].lower()
            prior = self.by_surname.get(key)
            # the first person of a surname stays; a later mention of the same name with a role describes it better
            if prior is None or prior.name == name and prior.role is None and actor.role is not None:
                self.by_surname[key] = actor
        if kind == "person":
            self.last_person = actor
            if name != actor.role:  # a named person, not a bare title
                self.named.append(actor)

    def body_described_as(self, noun: str) -> ActorRef | None:
        """The last body remembered that the text described with `noun`: "the agency said" after "..., said
        Janes, a defence intelligence agency"."""
        for described, body in reversed(self.described):
            if described == noun or noun == "company" and described in _COMPANY_NOUNS:
                return body  # "the company said" after "oil giant Nordvik"
        return None

    def body_named(self, name: str) -> ActorRef | None:
        """The body or outlet the text introduced with a noun under this very name: "Nordvik said" after "the
        Swiss oil giant Nordvik said" (a body's name, not a surname)."""
        for _, body in reversed(self.described):
            if body.name == name:
                return body
        return None

    def body_abbreviated(self, short: str) -> ActorRef | None:
        """The last organisation remembered whose name `short` abbreviates: "the MoH said" after the Ministry of
        Health spoke."""
        for body in reversed(self.bodies):
            if abbreviates(short, body.name):
                return body
        return None

    def body_by_head(self, head: str) -> ActorRef | None:
        """The last organisation remembered whose name holds `head`: "the ministry added" after the Ministry of
        Defence spoke."""
        for body in reversed(self.bodies):
            if head in body.name.lower().split():
                return body
        return None

    def by_role(self, role: str, affiliation: str | None) -> ActorRef | None:
        """The named person of this document that a bare role means.

        With a side ("the Ukrainian president"): the one person holding the role for it, or None if not
        exactly one. Without ("the head of state noted", "the minister said"): the last person named as
        holding it, else the one known person of the document holding it.
        """
        if affiliation is None:
            for person in reversed(self.named):
                if role_matches(role, person.role):
                    return person
            found = {p.name: p for p in self._mentioned_for(role, affiliation) if role_matches(role, p.role)}
            return next(iter(found.values())) if len(found) == 1 else None
        found = {
            p.name: p
            for p in [*self.by_surname.values(), *self._mentioned_for(role, affiliation)]
            if p.affiliation == affiliation and role_matches(role, p.role, exact=True)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _mentioned_for(self, role: str, affiliation: str | None) -> list[ActorRef]:
        """`mentioned`, or [] when the document writes none of the names of the known persons `by_role` could take
        for the role (`_holder_names`): then no person it lists passes `by_role`'s test, and the scan of the whole
        document is left to those who need all of them (most asks are for a role no known person of the document
        holds)."""
        if self._mentioned is not None:
            return self._mentioned
        for name in _holder_names(role, affiliation):
            if written_in(name, self.document):  # a case-sensitive match of the name: a substring of the document
                return self.mentioned
        return []


# (name, document) -> whether the document holds the name: `_mentioned_for` asks of the same holders' names again for
# each bare role of a document (1,304 asks a corpus pass, 562 of them distinct), each a search of the whole document
_WRITTEN_IN: Final[dict[tuple[str, str], bool]] = {}


def written_in(name: str, document: str) -> bool:
    """`name in document`, remembered (`MEMO_SIZE`)."""
    key = (name, document)
    found = _WRITTEN_IN.get(key)
    if found is None:
        make_room(_WRITTEN_IN)
        found = _WRITTEN_IN[key] = name in document
    return found


def role_matches(wanted: str, role: str | None, exact: bool = False) -> bool:
    """Whether a person with `role` holds the bare role `wanted` ("the head of state" is a president; "the
    minister" a foreign minister unless `exact`; never a deputy's or a former holder's role)."""
    if not role:
        return False
    want, have = wanted.lower(), role.lower()
    if want in {"leader", "head of state"}:
        return have in LEADER_ROLES
    if exact or have.startswith(("vice", "deputy", "former", "acting")):
        return want == have
    return have == want or have.endswith(" " + want)


_WORD_START: Final = re.compile(r"\w")
_NOT_AFTER_WORD: Final = r"\w"


def _person_names(lex: ActorLexicon) -> list[str]:
    """The names and aliases of the lexicon's persons that `known_persons_in` looks for."""
    return [
        alias for actor in lex.actors.values() if actor.kind == "person"
        for alias in (actor.name, *actor.aliases) if len(alias) > 3
    ]  # fmt: skip


# (actors lexicon key, role, side) -> `_holder_names`
_HOLDER_NAMES: Final[dict[tuple[str, str, str | None], tuple[str, ...]]] = {}


def _holder_names(role: str, affiliation: str | None) -> tuple[str, ...]:
    """The names `known_persons_in` may find whose person `PersonRegistry.by_role` would take for `role` (and for
    `affiliation`, with the exact role, when given): the person each name is looked up as, with that person's role
    and side, is what `mentioned` lists for it."""
    key = env_value("CLAIMTRACK_ACTORS")
    memo_key = (key, role, affiliation)
    names = _HOLDER_NAMES.get(memo_key)
    if names is None:
        lex = _lexicon.get(key)
        found: list[str] = []
        for name in _person_names(lex):
            known = lex.lookup(name)
            if known is None:
                continue
            if (
                role_matches(role, known.role)
                if affiliation is None
                else known.affiliation == affiliation and role_matches(role, known.role, exact=True)
            ):
                found.append(name)
        make_room(_HOLDER_NAMES)
        names = _HOLDER_NAMES[memo_key] = tuple(found)
    return names


@lru_cache(maxsize=4)
def _known_person_pattern(key: str) -> re.Pattern[str] | None:
    names = _person_names(_lexicon.get(key))
    if not names:
        return None
    if not all(_WORD_START.match(name) for name in names):
        return re.compile(rf"\b{trie_alternation(set(names))}\b")  # a trie: one pass over the document
    # before a word character \b is (?<!\w): put after each first letter, the pattern starts with a literal and
    # the scan skips to the next letter that can begin a name (see `trie_alternation`)
    return re.compile(rf"{trie_alternation(set(names), not_after=_NOT_AFTER_WORD)}\b")


_FIRST_NAME: Final = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"


def written_in_lowercase(word: str, text: str) -> bool:
    """Whether `text` also writes `word` in lowercase as a word of its own, maybe plural (a common noun or adverb:
    "grace" in "fell from grace.", "tours" for "Tour"; not "across" for "Ross")."""
    low = word.lower()
    # read at each place the word is written rather than searched for: a search that opens with a lookbehind runs
    # its matcher at every character of the document (`_lowercase_word_at`: the pattern's match, read by hand)
    pos = text.find(low)
    while pos >= 0:
        if _lowercase_word_at(text, pos, len(low)):
            return True
        pos = text.find(low, pos + 1)
    return False


def _in_a_word(text: str, i: int) -> bool:
    """Whether the character at `i` is one of `[\\w'’-]` (False outside the text): \\w is a letter, a digit of any
    kind or "_", as `str.isalnum` reads a character."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_'’-")


def _lowercase_word_at(text: str, pos: int, size: int) -> bool:
    """Whether `(?<![\\w'’-])WORD(?:e?s)?(?![\\w'’-])` matches at `pos`, the word (`size` characters) written there:
    no word character before it, and none after it, its "s" or its "es" (each end the pattern can backtrack to)."""
    if _in_a_word(text, pos - 1):
        return False
    end = pos + size
    if text.startswith("es", end) and not _in_a_word(text, end + 2):
        return True
    if text.startswith("s", end) and not _in_a_word(text, end + 1):
        return True
    return not _in_a_word(text, end)


def full_name_in(surname: str, text: str) -> str | None:
    """The one full name "First Surname" that `text` gives a lone surname ("Marles" after "Richard Marles"), or None
    when it gives none or several ("Ivan Petrov" and "Oleg Petrov"), or when the word is also written in lowercase
    there (a common noun: "Tour" of "Sightseeing Tour" and "tours"). A title or a determiner is no first name."""
    if (
        not surname[:1].isupper()
        or " " in surname
        or len(surname) < 3
        or surname not in text
        or written_in_lowercase(surname, text)
    ):
        return None
    found = first_names_before(surname, text)
    firsts = {
        f
        for f in found
        if f.lower() not in TITLE_WORDS and f.lower() not in DETERMINERS and f.lower() not in _NO_FIRST_NAMES
    }
    return f"{firsts.pop()} {surname}" if len(firsts) == 1 else None


def first_names_before(surname: str, text: str) -> set[str]:
    """The first names `re.finditer(rf"\\b({_FIRST_NAME})\\s+{re.escape(surname)}\\b", text)` finds before the
    surname, searched for only around each place the surname is written: a match's first name is the run of
    non-whitespace right before it (a name holds no space), and it ends with the surname. The pattern opens with
    `\\b`, so a search of the whole document ran its matcher at every character. Each window is searched from the end
    of the last match at the earliest, as `finditer` goes on (a surname may be another match's first name)."""
    pattern = re.compile(rf"\b({_FIRST_NAME})\s+{re.escape(surname)}\b")
    if not surname or surname[0].isspace():  # a window from the run before the surname would not hold its match
        return {m.group(1) for m in pattern.finditer(text)}
    found: set[str] = set()
    done = 0  # where the last match ended
    at = text.find(surname)
    while at >= 0:
        m = pattern.search(text, max(done, chunks_back(text, at, 1)), at + len(surname) + 1)
        if m is not None:
            found.add(m.group(1))
            done = m.end()
        at = text.find(surname, at + 1)
    return found


@lru_cache(maxsize=512)
def common_noun_as_name(word: str, document: str) -> bool:
    """Whether a lone capitalised word read as a name is a common noun: a noun of evidence ("Footage", "Radar" of
    "Radar data indicates", "Estimates"), a pronoun or determiner ("You", "One"), or a word `document` also writes
    in lowercase ("Countries", "Domestic"); never a word the document writes after a first name ("Field" of "Sally
    Field", "Burns" of "William Burns")."""
    low = word.lower()
    if (
        low not in EVIDENCE_NOUNS
        and low not in PRONOUNS
        and low not in DETERMINERS
        and low != "you"
        and not written_in_lowercase(word, document)
    ):
        return False
    firsts = {m.group(1).lower() for m in re.finditer(rf"\b({_FIRST_NAME})\s+{re.escape(word)}\b", document)}
    return not firsts - TITLE_WORDS - DETERMINERS - _NO_FIRST_NAMES - EVIDENCE_NOUNS


def _word_before(text: str, pos: int) -> list[str]:
    """The word before `pos` (as `text[:pos].split()[-1:]`), read backwards instead of splitting all the text
    before it: `known_persons_in` asks at every alias it finds in a document."""
    end = pos
    while end and text[end - 1].isspace():
        end -= 1
    start = end
    while start and not text[start - 1].isspace():
        start -= 1
    return [text[start:end]] if end > start else []


def known_persons_in(text: str) -> list[ActorRef]:
    """The lexicon's persons named anywhere in `text` (by name or alias), in order of first mention."""
    key = env_value("CLAIMTRACK_ACTORS")
    pattern = _known_person_pattern(key)
    if pattern is None:
        return []
    lex = _lexicon.get(key)
    seen: dict[str, ActorRef] = {}
    for m in pattern.finditer(text):
        known = lex.lookup(m.group(0))
        if (
            known is not None
            and known.kind == "person"
            and " " not in m.group(0)
            and another_given_name(_word_before(text, m.start()), known, text)
        ):
            continue  # "Mary Kirby": a namesake
        if known is not None and known.name not in seen:
            seen[known.name] = actor_record(
                name=known.name,
                kind="person",
                role=known.role,
                affiliation=known.affiliation,
                raw=m.group(0),
                aliases=[m.group(0)],
            )
    return list(seen.values())


# the last word of a minister's or a body's portfolio, never of a person's name: "Minister of Foreign Affairs"
_PORTFOLIOS: Final = frozenset(
    "affairs defence defense finance finances economy justice health interior security "
    "trade development education culture energy sociology".split()
)


# words that end a place's name and are never a surname: "the governor of Kharkiv Oblast" names no "Oblast"
PLACE_DESIGNATORS: Final = frozenset("oblast region province krai raion district county governorate".split())


def _split_name(words: list[str]) -> tuple[list[str], list[str]]:
    """(role words, name words): the name is the trailing run of capitalised non-title tokens."""
    i = len(words)
    sides, gazetteer = side_index(), load_gazetteer()
    while (
        i > 0
        and is_name_token(words[i - 1])
        and words[i - 1].lower() not in PLACE_DESIGNATORS
        and words[i - 1].lower().rstrip(".") not in TITLE_WORDS
        and words[i - 1].lower() not in ORG_HEADS
        and sides.get(side_key(words[i - 1])) is None
        and gazetteer.lookup(words[i - 1]) is None
    ):
        i -= 1
    if i < len(words) and words[-1].lower() in _PORTFOLIOS:
        return words, []  # "the Minister of Foreign Affairs": the capitals complete a role, they name no one
    if 0 < i < len(words) and words[i - 1].lower() in {"of", "for"}:
        # "Chairman of the House of Representatives Vladimir Andreichenko": the name is the run's last two words
        if len(words) - i < 3:
            return words, []
        i = len(words) - 2
    if len(words) - i > 2 and words[i].lower() in _PORTFOLIOS:
        i += 1  # "Minister of Foreign Affairs Vladimir Makei": the portfolio's last word ends the role
    name = words[i:]
    if len(name) > 4:
        name = name[-4:]
        i = len(words) - 4
    return words[:i], name


def _counted_people(word: str) -> bool:
    """Whether a plural word is a noun of people counted in units.toml ("rescuers", "volunteers", "residents")."""
    group = counted_groups().get(word.lower())
    return group is not None and group.category in {"people", "personnel"}


# words that open a sentence before its subject, set off by a comma ("Next, the minister ...") or not ("Further
# Lukashenko stated")
_SENTENCE_ADVERBS: Final = frozenset(
    "next then later finally first firstly secondly meanwhile however moreover "
    "furthermore additionally also now today yesterday still again earlier instead so "
    "thus therefore nevertheless nonetheless similarly likewise separately further "
    "hence besides elsewhere previously recently".split()
)


# forms of address, which are no role: "Dr. Ivan Sirko", "Mr Zelensky"
_HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame"})
# capitalised words that open a sentence or a heading before a name and are no first name
_NO_FIRST_NAMES: Final = (
    _HONORIFICS
    | _SENTENCE_ADVERBS
    | frozenset(WEEKDAYS)
    | frozenset(month for month in MONTHS if len(month) > 3 and month != "sept")
    | frozenset(
        "lady lord during after before when while with by from to for in on at as and but if said says told tonight"
        " there here yet".split()
    )
)


def _masthead(name_words: list[str], role_words: list[str]) -> bool:
    """Whether a name of two words or more ends in a newspaper title's word ("the Tarsk Tribune", "Velnik News") and
    no title stands before it: an outlet's name, not a person's."""
    return len(name_words) >= 2 and name_words[-1] in _MASTHEAD_WORDS and _role_text(role_words) is None


def _role_text(words: list[str]) -> str | None:
    words = [w for w in _strip_determiners(list(words)) if w.lower().rstrip(".") not in _HONORIFICS]
    # drop a leading side word: "US National Security Council spokesperson" -> the role after "US"
    while words and (side_by_form(words[0]) is not None or words[0] in {"U.S.", "US", "UK", "U.K."}):
        words = words[1:]
    text = " ".join(words).strip(" ,")
    return text or None


_TRAILING_DAY: Final = re.compile(
    rf"\s+(?:(?:on\s+|last\s+|this\s+)?(?:{'|'.join(day.capitalize() for day in WEEKDAYS)})|today|yesterday"
    r"|(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+(?:week|month|year|night|weekend|morning|evening))$"
)
# the last letters of every `_TRAILING_DAY` match ("Friday", "last week", "this month"), tested before the pattern
_TRAILING_DAY_ENDS: Final = ("y", "\n", "week", "month", "year", "night", "weekend", "morning", "evening")


# "one of the sources", "some of the officials": a member of the group speaks, the group names the speaker
_PARTITIVE: Final = re.compile(
    r"^(?:one|some|several|many|most|each|either|any|two|three|four)\s+of\s+"
    r"(?=(?:the|these|those|its|their|our)\s)",
    re.IGNORECASE,
)
# heads of a body, whose holder is a person: "the head of the European Commission"
_BODY_HEAD_TITLES: Final = frozenset("head chief president chairman chairwoman chair leader director".split())
# a role the holder no longer or not yet fully holds: "the president" is not the vice president
_LESSER_ROLE_WORDS: Final = frozenset({"vice", "deputy", "former", "acting", "ex"})


def _role_words(role: str) -> list[str]:
    return re.findall(r"[a-z]+(?:-[a-z]+)*", role.lower())


def _contains_role(role: str, wanted: list[str]) -> bool:
    """Whether `wanted` ("political scientist", "general", "commander-in-chief") is a run of words of `role`
    ("Russian political scientist", "Colonel-General", "Commander-in-Chief of the Armed Forces"), not a lesser one
    ("deputy commander")."""
    words = _role_words(role)
    parts = [w for word in words for w in ([word, *word.split("-")] if "-" in word else [word])]
    n = len(wanted)
    for seq in (words, parts):
        for i in range(len(seq) - n + 1):
            if seq[i : i + n] == wanted and not (i and seq[i - 1] in _LESSER_ROLE_WORDS):
                return True
    return False


def _anaphoric_holder(phrase: str, persons: PersonRegistry) -> ActorRef | None:
    """The person named earlier that "the <role>" takes up: "the political scientist stressed", "the spokeswoman
    said" after "Russian political scientist Ivan Sirko", "a spokeswoman for the ministry, Anna Berg". Only a
    definite, uncapitalised role of one to three words; never a body ("the ministry") or an unnamed source ("the
    official", "the source")."""
    words = phrase.split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the" or not all(_ROLE_WORD.fullmatch(w) for w in words[1:]):
        return None
    head = words[-1]
    if (
        head in ORG_HEADS
        or head in MEDIA_HEADS
        or head in ANON_HEADS
        and head not in TITLE_WORDS
        or not _person_noun(head)
    ):
        return None
    wanted = words[1:]
    lex = actor_lexicon()
    for person in reversed(persons.named):
        known = lex.lookup(person.name)
        # the role this text gave, the words it named the person with, the role the lexicon knows
        if any(_contains_role(text, wanted) for text in (person.role, person.raw, known and known.role) if text):
            return person
    tried: set[str] = set()  # `named` holds a person once per time they spoke: each name is asked about once
    for person in reversed(persons.named):
        name = person.name
        if name in tried:
            continue  # the answer is the one given for the same name, later in `named` (`_titled_in_text` reads it)
        tried.add(name)
        if _titled_in_text(wanted, person, persons.document):
            return person
    return None


# between a title and the name it introduces: capitalised words, "to/of/for/the/at/in" and commas ("Ukraine's
# ambassador to the U.S., Oksana Markarova"), never a verb
_TITLE_TO_NAME: Final = r"(?:,?\s+(?:[A-Z][\w'’.-]*|to|of|for|the|at|in)){0,6}?,?\s+"


def _titled_in_text(wanted: list[str], person: ActorRef, document: str) -> bool:
    """Whether the text introduces `person` with the title `wanted` anywhere: "the ambassador said" after
    "Ukraine's ambassador to the U.S. Oksana Markarova" when only "Markarova said" gave her words."""
    if not document or wanted[-1] not in TITLE_WORDS:
        return False
    low = lowered(document)  # the document's lowercase, kept: read by the gate and the scan below
    if " ".join(wanted) not in (document.lower() if low is None else low):
        return False  # a title, not an everyday noun ("another student, X" is not "the student" who spoke)
    title = r"(?i:" + r"\s+".join(map(re.escape, wanted)) + ")"
    surname = person.name.split()[-1]
    name = r"(?:" + re.escape(person.name) + "|" + re.escape(surname) + r")\b"
    # the name then a comma: both of the name's forms end with the surname (`\b` then "," holds only right after it)
    if surname + "," in document and re.search(rf"{name},\s+{_NAME_TO_TITLE}{title}(?![\w-])", document) is not None:
        return True
    titled = re.compile(rf"(?<![\w-]){title}{_TITLE_TO_NAME}{name}")
    if low is None or not wanted[0].isascii():
        return titled.search(document) is not None
    # matched where the lowercased document writes the title's first word, not tried at every character (the search
    # opens with a lookbehind): without the case-folding traps, (?i:) matches an ASCII word only where lower() writes it
    pos = low.find(wanted[0])
    while pos >= 0:
        if titled.match(document, pos) is not None:
            return True
        pos = low.find(wanted[0], pos + 1)
    return False


# between a name and its title in apposition: "Oksana Markarova, Ukraine's ambassador", "X, the former ambassador"
_NAME_TO_TITLE: Final = r"(?:(?:[A-Z][\w'’.-]*|the|a|an|former|top|senior|current|new|chief)\s+){0,4}?"


_ROLE_WORD: Final = re.compile(r"[a-z]+(?:-[a-z]+)*")
# endings of nouns of persons: scientist, commander, ambassador, politician, lieutenant, spokeswoman
_PERSON_NOUN_ENDS: Final = ("ist", "er", "or", "ian", "ant", "ent", "man", "woman", "person", "ee")


def _person_noun(word: str) -> bool:
    """Whether a role's head noun names a person: a title word, or a noun of a person's ending
    ("commander-in-chief" by its first part); "the war", "the plan" name none."""
    first = word.split("-")[0]
    return word in TITLE_WORDS or first in TITLE_WORDS or first.endswith(_PERSON_NOUN_ENDS)


def _holder_of_body(title_words: list[str], body: KnownActor, persons: PersonRegistry) -> ActorRef | None:
    """The person a document names as head of a known body: "the head of the European Commission" is its
    President when the text names her. None when the words before the body are no head's title."""
    title = [w.lower() for w in _strip_determiners(title_words)]
    while title and title[-1] in {"of", "the"}:
        title = title[:-1]
    if len(title) != 1 or title[0] not in _BODY_HEAD_TITLES or title_words[-1].lower() not in {"of", "the"}:
        return None
    names = {body.name.lower(), *(a.lower() for a in body.aliases)}
    for person in [*reversed(persons.named), *persons.mentioned]:
        role = (person.role or "").lower()
        if any(
            role.endswith(" of " + name) or role.endswith(" of the " + name) for name in names
        ) and not _LESSER_ROLE_WORDS & set(role.split()):
            return person
    return None


# titles of one who heads or speaks for a body, named "<title> of <body>": "the deputy head of the Presidential
# Administration", "the director of National Intelligence", "the speaker of the House"
_OFFICE_TITLES: Final = _BODY_HEAD_TITLES | frozenset(
    "speaker secretary commander chairperson governor spokesman "
    "spokeswoman spokesperson minister prosecutor secretary-general "
    "director-general commander-in-chief".split()
)
# the last word of a body whose office names a person: "Administration", "House of Representatives"
_OFFICE_BODY_HEADS: Final = _BODY_HEADS | frozenset(
    {
        "representatives",
        "house",
        "assembly",
        "senate",
        "duma",
        "rada",
        "sejm",
        "congress",
        "chamber",
        "intelligence",
        "security",
    }
)
_OFFICE_OF: Final = re.compile(
    r"^(?:(?:first|deputy|vice|acting|former)\s+){0,2}(?P<title>[a-z-]+)\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w'’.-]*|\([A-Z]+\))){0,8})$"
)


def _office_of_body(text: str, words: list[str], persons: PersonRegistry, raw: str) -> ActorRef | None:
    """A person named by the office they hold in a body: the one named earlier with that very office, else the
    office itself as a person ("the deputy head of the Belarus President Administration"); None for any other
    phrase ("the office of the prosecutor", a body). `text`: the `words` without determiners (`_office_text`)."""
    m = _OFFICE_OF.match(text[:1].lower() + text[1:])
    if m is None or m.group("title") not in _OFFICE_TITLES:
        return None
    last = m.group("body").split()[-1]
    if last.lower() not in _OFFICE_BODY_HEADS and not _ACRONYM.match(last.strip("()")):
        return None  # "the President of Russia" (a country's title), "Minister of X Ivan Sirko" (a name)
    key = _office_key(text)
    heads = m.group("title") in _BODY_HEAD_TITLES and key.startswith(m.group("title") + " ")
    body = key.partition(" of ")[2]
    lex = actor_lexicon()
    for person in [*reversed(persons.named), *persons.mentioned]:
        known = lex.lookup(person.name)
        for role in {person.role, known.role if known is not None else None} - {None}:
            if role is None:
                continue
            have = _office_key(role)
            if have == key or heads and have.endswith(" of " + body) and have.split()[0] in _BODY_HEAD_TITLES:
                # the very office, or one heading the same body ("the head of the European Council": its President)
                return actor_copy(person, {"raw": raw})
    name = text[0].upper() + text[1:]
    return actor_record(name=name, kind="person", role=name, affiliation=_affiliation(words), raw=raw)


def _may_name_an_office(text: str) -> bool:
    """Whether `_OFFICE_OF` or `_HEAD_OF_SIDE_BODY` may match `text` with its first letter lowercased: each needs
    "of" after a title of two letters at least, past the first letter (so the same in `text`)."""
    return "of" in text


def _office_key(role: str) -> str:
    """An office compared without case or articles: "Director of the National Intelligence" is "director of
    national intelligence"."""
    return " ".join(w for w in role.lower().split() if w not in {"the", "a", "an"})


def _without_given_names(words: list[str]) -> list[str]:
    """The words before a known person's surname without the given names spelt otherwise than the lexicon's:
    "President Aleksandr" of "President Aleksandr Lukashenko" is the role "President"."""
    end = len(words)
    while (
        end
        and len(words) - end < 2
        and is_name_token(words[end - 1])
        and not _ACRONYM.match(words[end - 1])
        and words[end - 1].lower().rstrip(".") not in TITLE_WORDS | _HONORIFICS
        and side_by_form(words[end - 1]) is None
    ):
        end -= 1
    return words[:end]


# spellings that transliterations of one given name swap ("Oleksandr"/"Aleksandr"/"Alexander", "Volodymyr"/
# "Vladimir", "Yevgeny"/"Evgeny", "Mykhailo"/"Mikhail"): folded before given names are compared
_TRANSLITERATION_FOLDS: Final = (
    ("ks", "x"),
    ("kh", "h"),
    ("h", "g"),
    ("yo", "e"),
    ("y", "i"),
    ("j", "i"),
    ("w", "v"),
    ("ii", "i"),
)
GIVEN_NAME_LIKENESS: Final = 0.7  # the least likeness of two folded given names that spell one name


def _folded_given_name(name: str) -> str:
    folded = name.lower().rstrip(".")
    for old, new in _TRANSLITERATION_FOLDS:
        folded = folded.replace(old, new)
    return folded


def another_given_name(words: list[str], known: KnownActor, document: str = "") -> bool:
    """Whether the given names before a known person's bare surname name someone else: "Mary" of "Mary Kirby" is
    not John Kirby's, "Oleksandr" of "Oleksandr Kovalenko" not Andrii Kovalenko's. The same person when one of the
    words before the surname is the lexicon's given name spelt in another transliteration ("Aleksandr" for
    "Alexander", "Volodymyr" for "Vladimir"; also with a patronymic after it) or with the same first five letters
    (a typo), or an initial that fits; a person the lexicon knows by no given name is never told apart. A word
    that is no given name ("Further Lukashenko stated"; one the `document` also writes in lowercase) tells nothing."""
    given = words[len(_without_given_names(words)) :]
    if not given:  # most asks: the surname alone, or only a role before it (no alias is split then)
        return False
    known_given = {alias.split()[0] for alias in (known.name, *known.aliases) if len(alias.split()) >= 2}
    if not known_given:
        return False
    return all(_another_name(name, known_given, document) for name in given)


def _another_name(name: str, known_given: set[str], document: str) -> bool:
    low = name.lower().rstrip(".")
    if low in _NO_FIRST_NAMES or written_in_lowercase(low, document):
        return False
    if len(low) == 1:  # an initial: "J. Kirby"
        return all(first[0] != name[0] for first in known_given)
    folded = _folded_given_name(name)
    return all(
        low[:5] != first.lower()[:5]
        and SequenceMatcher(None, folded, _folded_given_name(first)).ratio() < GIVEN_NAME_LIKENESS
        for first in known_given
    )


def _title_of_country(role: str, affiliation: str | None, persons: PersonRegistry) -> ActorRef | None:
    """ "the President of France" is the President whose side is France, when the text names him."""
    m = re.fullmatch(r"(?P<title>[A-Za-z -]+?) of (?:the )?(?P<country>[A-Z][\w ]+)", role)
    if m is None or affiliation is None or _affiliation(_words(m.group("country"))) != affiliation:
        return None
    return persons.by_role(m.group("title"), affiliation)


def _bare_role(actor: ActorRef) -> bool:
    """A speaker that is nothing but a role word: "spokeswoman" (anonymous), "general" (no holder found)."""
    return actor.kind in {"anonymous", "person"} and " " not in actor.name and actor.name.islower()


# "the leader of the Chinese People's Republic": a country's long official name after a role's "of"
_OF_LONG_COUNTRY_NAME: Final = re.compile(
    r"(?P<head>.*?\bof\s+)(?:the\s+)?(?P<country>[A-Z][\w'’]*(?:\s+(?:of\s+)?[A-Z][\w'’]*)+)"
)


def _country_by_its_name(phrase: str) -> str:
    """The phrase with a country's official name of several words after "of" put as the country's short name
    ("the leader of the People's Republic of China" -> "the leader of China"), so that the role reads as that
    country's office; any other phrase unchanged."""
    m = _OF_LONG_COUNTRY_NAME.fullmatch(phrase)
    if m is None:
        return phrase
    place = load_gazetteer().lookup(m.group("country"))
    if place is None or place.kind != "country" or place.name == m.group("country"):
        return phrase
    return m.group("head") + place.name


# a short form a text coins for a body: two to six letters, two capitals at least ("MoH", "SES", "the UAF")
_SHORT_FORM: Final = re.compile(r"(?:[Tt]he\s+)?(?P<short>[A-Z][A-Za-z]{1,5})")
_NAME_WORD: Final = re.compile(r"[A-Za-z]+")


def abbreviates(short: str, name: str) -> bool:
    """Whether `short` is the initials of `name`, with or without its lowercase link words and a closing "of"
    side: "MoH" and "MH" of "Ministry of Health", "SES" of "State Emergency Service of Ukraine"; not "MoD" of
    "Ministry of Health"."""
    if sum(ch.isupper() for ch in short) < 2:
        return False
    return _initials_match(short.upper(), name) or _initials_match(short.upper(), _OF_SIDE.sub("", name))


# a side or place the full name ends with and a short form often leaves out: "State Emergency Service of Ukraine"
_OF_SIDE: Final = re.compile(r" of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?$")


def _initials_match(upper: str, name: str) -> bool:
    words = _NAME_WORD.findall(name)
    if len(words) < 2:
        return False
    every = "".join(w[0] for w in words).upper()
    capitalised = "".join(w[0] for w in words if w[0].isupper())
    return upper == every or upper == capitalised


def _abbreviated_body(phrase: str, actor: ActorRef | None, persons: PersonRegistry) -> ActorRef | None:
    """The body named in full before that an unknown short form stands for ("The MoH said" after "the Ministry of
    Health (MoH)"); None when the phrase is no short form, or one the actor lexicon knows ("NATO")."""
    m = _SHORT_FORM.fullmatch(phrase)
    if m is None or actor is not None and actor.name != m.group("short"):
        return None
    if actor_lexicon().lookup(m.group("short")) is not None:
        return None
    return persons.body_abbreviated(m.group("short"))


# people whom "on" places, with words of their own before them: "Tarsk officials on both sides of the river"
_ON_SITE: Final = re.compile(r"(?P<who>\S.*?\s(?:officials|authorities|officers|commanders|prosecutors))\s+on\s+\S")


def resolve_actor(phrase: str, persons: PersonRegistry | None = None) -> ActorRef | None:
    """The actor a speaker phrase names, or None when it names nothing that can speak."""
    persons = persons or PersonRegistry()
    phrase = " ".join(phrase.split()).strip(" ,;:")
    if " on " in phrase and (on_site := _ON_SITE.match(phrase)) is not None:
        # "Vostrian-installed officials on the occupied left bank": the officials, wherever they are
        people = resolve_actor(on_site.group("who"), persons)
        if people is not None:
            return actor_copy(people, {"raw": phrase})
    if " of " in phrase:
        phrase = _PARTITIVE.sub("", phrase)
    described = _described_earlier(phrase, persons) if persons.described else None
    if described is not None:  # "the agency said" after "Janes, a defence intelligence agency"
        return actor_copy(described, {"raw": phrase})
    actor = _resolve_normalized(phrase, persons)  # `phrase` is as `_resolve_actor` would make it (see there)
    if (actor is None or actor.kind == "person") and phrase.endswith(")"):
        body = _body_by_its_acronym(phrase, persons)
        if body is not None:  # "The U.N. Relief and Works Agency ... (UNRWA)": no person "Relief"
            return actor_copy(body, {"raw": phrase})
    if persons.bodies and len(phrase) <= 10:
        body = _abbreviated_body(phrase, actor, persons)
        if body is not None:
            return actor_copy(body, {"raw": phrase})
    short = _country_by_its_name(phrase) if " of " in phrase else phrase
    if short is not phrase:
        holder = _resolve_actor(short, persons)  # "the leader of the People's Republic of China": Xi, if named
        if holder is not None and holder.kind == "person" and holder.name != holder.role:
            return actor_copy(holder, {"raw": phrase})
    if (actor is None or _bare_role(actor)) and persons.named:
        holder = _anaphoric_holder(phrase.rstrip("."), persons)
        if holder is not None:
            return actor_copy(holder, {"raw": phrase})
    return actor


# a body's name of several capitalised words closed by its acronym: "The Integrated Food Security Phase
# Classification (IPC)"
_NAME_THEN_ACRONYM: Final = re.compile(r"[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){1,9}\s+\((?P<acronym>[A-Z][A-Za-z]{1,7})\)")


def _spells(acronym: str, name: str) -> bool:
    """Whether the capitals of `acronym` are, in order, initials of the capitalised words of `name` ("UNRWA" of
    "U.N. Relief and Works Agency", "IPC" of "Integrated Food Security Phase Classification")."""
    initials = "".join(part[0] for word in name.split() if word[0].isupper() for part in word.split(".") if part)
    at = 0
    for letter in (c for c in acronym if c.isupper()):
        at = initials.find(letter, at) + 1
        if at == 0:
            return False
    return True


def _body_by_its_acronym(phrase: str, persons: PersonRegistry) -> ActorRef | None:
    """The organisation a name of three words or more closed by its acronym in brackets names, by that acronym,
    when the acronym spells the name and is an organisation's; None otherwise ("Vadym Skibitskyi (HUR)": a person
    and his body)."""
    m = _NAME_THEN_ACRONYM.search(phrase)
    if m is None or m.end() != len(phrase) or phrase[: m.start()].strip().lower() not in {"", "the"}:
        return None  # "Sam Berg, an analyst with the Institute of X (IX)": a person, of that body
    acronym = m.group("acronym")
    name = phrase[m.start() : m.start("acronym") - 1]
    if sum(c.isupper() for c in acronym) < 2 or len(name.split()) < 3 or not _spells(acronym, name):
        return None
    body = _resolve_actor(acronym, persons)
    return body if body is not None and body.kind == "organisation" else None


_THE_NOUN: Final = re.compile(r"[Tt]he\s+(?P<noun>[a-z]+)")


def and_names() -> set[str]:
    """The known names holding " and " ("Law and Justice"): a speaker phrase does not end at their "and"."""
    return actor_lexicon().and_names


def _holds_and_name(phrase: str) -> bool:
    """Whether a phrase is or holds a known name with "and" in it ("Law and Justice MP Adam Nowak"): one speaker,
    not two to split at "and"."""
    lex = actor_lexicon()
    return lex.lookup(phrase) is not None or any(name in phrase for name in lex.and_names)


def _described_earlier(phrase: str, persons: PersonRegistry) -> ActorRef | None:
    """The body "the <noun>" takes up when the text described a speaking body with that noun before."""
    m = _THE_NOUN.fullmatch(phrase)
    return persons.body_described_as(m.group("noun")) if m is not None else None


def _body_appositive(raw: str, head_part: str, name_words: list[str], persons: PersonRegistry) -> str | None:
    """The body noun of the appositive after a capitalised name that is no known person's: "Janes, a global
    agency for open-source intelligence" -> "agency"; None for "Anna Berg, an analyst at the institute"."""
    if (
        not name_words
        or " ".join(name_words) != head_part.removeprefix("the ").removeprefix("The ")
        or name_words[-1].lower() in persons.by_surname
        or actor_lexicon().lookup(head_part) is not None
    ):
        return None
    noun = _appositive_head(raw, len(head_part))
    return noun if noun in DESCRIPTIVE_NOUNS else None


def _shared_head(parts: list[str]) -> str | None:
    """The noun phrase that coordinated adjectives of sides share: ["the Ukrainian", "Dutch honorary consuls"] ->
    "the honorary consuls", ["Polish", "Czech officials"] -> "officials"; None unless every part but the last is a
    bare adjective of a place and the last is that kind of adjective before a lowercase noun of people."""
    gaz = load_gazetteer()
    *firsts, last = parts
    last_words = last.split()
    if (
        len(last_words) < 2
        or gaz.lookup_adjective(last_words[0]) is None
        or not last_words[-1].islower()
        or last_words[-1] in ORG_HEADS
    ):
        return None  # "British and French intelligence": each side's body
    determiner = ""
    for k, part in enumerate(firsts):
        words = part.split()
        if k == 0 and len(words) == 2 and words[0].lower() == "the":
            determiner, words = "the ", words[1:]
        if len(words) != 1 or gaz.lookup_adjective(words[0]) is None:
            return None
    return determiner + " ".join(last_words[1:])


def _may_open_with_a_document(raw: str) -> bool:
    """Whether `_DOCUMENT_START` may match the phrase: an ASCII phrase (whose lowercase matches the pattern's letters
    as IGNORECASE does) holds one of its nouns or opens with one of its participles; any other phrase may."""
    if not raw.isascii():
        return True
    low = raw.lower()
    if " of " not in low and " by " not in low and " from " not in low:
        return False  # both branches need "of", "from" or "by" between whitespace, a space in `raw` (its runs joined)
    return low.startswith(_DOCUMENT_START_VERBS) or may_hold(low, _DOCUMENT_START_NOUNS)


def _resolve_actor(phrase: str, persons: PersonRegistry) -> ActorRef | None:
    return _resolve_normalized(" ".join(phrase.split()).strip(" ,;:"), persons)


def _resolve_normalized(raw: str, persons: PersonRegistry) -> ActorRef | None:
    """`_resolve_actor` of a phrase already normalized as it first does (its runs joined by single spaces, then " ,;:"
    stripped from its ends): what `resolve_actor` passes, normalized just before (and `_PARTITIVE` removes a prefix
    that ends at a word's start, a suffix that stays normalized), so the normalizing is not done twice. Normalizing
    a normalized phrase gives it back: it has no whitespace but single spaces and neither end strips."""
    if raw.endswith(".") and not _INITIALS_END.search(raw):
        raw = raw[:-1]
    if raw.endswith(_TRAILING_DAY_ENDS):  # `$`: also before a newline
        raw = _TRAILING_DAY.sub("", raw)  # "told Fox News Digital Friday", "said X last week": when, not who
    if not raw:
        return None
    # "the Eurostat database", "the ministry's figures", "the forecasts of Western intelligence": the document
    # speaks for its author
    if _may_open_with_a_document(raw):
        raw = _DOCUMENT_START.sub("", raw) or raw
    authored = False  # a document's author: "western" of "western estimates" is a bloc, of "western states" not
    if raw.endswith(DOCUMENT_WORDS):
        author = _DOCUMENT_END.sub("", raw).split()
        # "the latest reports" name no author; "the authors of the report" are not a report's
        if author and author[-1].lower() not in _NO_AUTHOR:
            raw, authored = " ".join(author), True
    raw = _without_document_state(" ".join(_strip_determiners(raw.split(" "))) if authored else raw)
    if _only_function_words(raw):
        return None  # "The announcement was commented", "In matters of war, we said": no one is named
    familiar = _familiar_source(raw, persons) or _staff_of_person(raw, persons)
    if familiar is not None:
        return familiar
    located = _located_actor(raw, persons) or _actor_placed_in(raw, persons) or _everyday_person_from(raw)
    if located is not None:
        return located
    # "Kyrylo Budanov, head of Ukraine's military intelligence (HUR)": name, then appositive role
    head_part, _, appositive = raw.partition(", ")
    if appositive and head_part.lower() in _SENTENCE_ADVERBS:  # "Next, the Belarusian leader": who follows
        return resolve_actor(appositive, persons)
    appositive = _role_of_relative(_LEADING_ARTICLE.sub("", appositive))
    words = _words(head_part)
    words = [w for w in words if not (w.startswith("(") and w.endswith(")"))] or words
    if not words:
        return None
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return None  # resolved by the caller from context
    members = _party_members(words, persons, raw)
    if members is not None:  # "Republicans say", "the Democrat said"
        return members
    if " and " in head_part and not _holds_and_name(head_part):
        # "Smith and Jones said": the first; "Kremlin critic and blogger Ivan Sokolov": the one who is named
        parts = head_part.split(" and ")
        shared = _shared_head(parts)
        if shared is not None:  # "the Ukrainian and Dutch honorary consuls": the consuls, of no one side
            return resolve_actor(shared, persons)
        if _coordinated_adjective(parts, persons.document):  # "Domestic and foreign critics": one group
            whole = resolve_actor(parts[-1], persons)
            return whole if whole is not None and whole.kind == "anonymous" else None
        first = resolve_actor(parts[0], persons)
        if first is not None:
            return first
        last = resolve_actor(" and ".join(parts[1:]), persons)
        return last if last is not None and last.kind == "person" and " " in last.name else None
    member = _member_of_body(head_part)
    if member is not None:  # "Maria Lind of the Women's League": the person speaks, not her body
        name_words, body = member
        return _person(name_words, [], appositive or body, _affiliation(_words(body)), raw, persons)
    unit = _unit_of_body(words, persons)
    if unit is not None:  # "the press service of the Ministry of Defence": the ministry speaks through it
        return actor_copy(unit, {"raw": raw})
    lex = actor_lexicon()
    # a known actor at the end of the phrase
    for start in range(len(words)):
        if not lex.may_start(words[start]):
            continue
        tail = " ".join(words[start:])
        known = lex.lookup(tail)
        if known is None and len(words) - start >= 2 and words[-1].lower() in {"agency", "newspaper", "news"}:
            known = lex.lookup(" ".join(words[start:-1]))
        if known is not None and known.kind == "organisation" and start:
            envoy = _envoy_to_body(words, start, raw)
            if envoy is not None:
                return envoy
            holder = _holder_of_body(words[:start], known, persons)
            if holder is not None:  # "the head of the European Commission emphasized": its named President
                return actor_copy(holder, {"raw": raw})
        if (
            known is not None
            and known.kind == "media"
            and " " not in tail
            and start
            and _given_name(words[start - 1], persons.document)
        ):
            break  # "Michael Bloomberg said": a person whose surname is an outlet's name
        if (
            known is not None
            and known.kind == "person"
            and start == len(words) - 1
            and another_given_name(words[:start], known, persons.document)
        ):
            break  # "Mary Kirby said": a namesake of the lexicon's John Kirby, read as a person of her own
        if (
            known is not None
            and known.kind == "person"
            and start == len(words) - 1
            and persons.by_surname.get(words[-1].lower(), known).name != known.name
        ):
            break  # "Kirby added" after "Mary Kirby said": the namesake the text named
        if known is not None:
            before = _without_given_names(words[:start]) if known.kind == "person" else words[:start]
            role = _role_text(before) or (appositive or None) or known.role
            return actor_record(
                name=known.name, kind=known.kind, role=role,
                affiliation=known.affiliation or _affiliation(words), raw=raw, aliases=[tail],
            )  # fmt: skip
    office_text = " ".join(_strip_determiners(words))  # both office patterns need "of" after a title
    office = (
        _office_of_body(office_text, words, persons, raw) or _head_of_side_body(office_text, persons, raw)
        if _may_name_an_office(office_text)
        else None
    )
    if office is not None:  # "the deputy head of the Presidential Administration said": a person, maybe named
        return office
    head = words[-1].lower().strip("(),")
    # an organisation noun, or a named body's capitalised one: "the Yale Humanitarian Research Lab"
    if head in PLURAL_BODY_HEADS:  # "Resistance groups said", "the committees said" after naming them
        return _plural_body(words, persons, raw)
    if _members_body(words):  # "the Sudanese doctors' union", "the journalists' association": a body of them
        name = " ".join(_strip_determiners(words))
        return actor_record(
            name=name[0].upper() + name[1:], kind="organisation", affiliation=_affiliation(words), raw=raw
        )
    org_head = (
        head in ORG_HEADS
        or head in NAME_ORG_HEADS
        and words[-1][:1].isupper()
        and len(words) > 1
        or head == "tank"
        and len(words) > 1
        and words[-2].lower() == "think"
    )  # "the Kyiv-based think tank"
    affiliation = _affiliation(words)
    named_body = _named_body(words)
    if named_body is not None:  # "the UN Office for the Coordination of Humanitarian Affairs"
        return actor_record(name=named_body, kind="organisation", affiliation=affiliation, raw=raw)
    group = _group_of(words)
    if group is not None:  # "the authors of the letter", "members of the commission"
        return actor_record(name=group, kind="anonymous", affiliation=affiliation, raw=raw)
    # a capital or a country speaking: "Kyiv", "Washington", "North Korea"
    if len(words) <= 3:
        joined = " ".join(words)
        side = side_by_capital(joined) or _side_named(words)
        place = load_gazetteer().lookup(joined.removeprefix("the ").removeprefix("The "))
        if side is not None:
            return actor_record(
                name=side.country, kind="organisation", affiliation=side.country, raw=raw, aliases=[joined]
            )
        seat = government_seated_in(joined)
        if seat is not None:  # "Khartoum said", "Riyadh estimates": the government that sits there
            return actor_record(name=seat, kind="organisation", affiliation=seat, raw=raw, aliases=[joined])
        if place is not None and place.kind == "country":
            return actor_record(name=place.name, kind="organisation", affiliation=place.name, raw=raw, aliases=[joined])
    plural = len(words) == 1 and words[0].endswith("s") and not words[0].endswith(("'s", "’s"))
    people = side_by_form(words[0]) if plural else None
    if people is not None:  # "Israelis say": people of a side, unnamed
        return actor_record(name=words[0], kind="anonymous", affiliation=people.country, raw=raw)
    if authored and bloc_of_none(words):
        return None  # "foreign data", "official figures": a document of no one named
    if (
        len(words) == 1
        and words[0].lower() in BLOC_ADJECTIVES
        and (words[0][:1].isupper() or authored and words[0] in _BLOCS_IN_ANY_CASE)
    ):  # "Western estimates", "western estimates"
        return actor_record(name=words[0].capitalize(), kind="anonymous", raw=raw)
    if plural and _counted_people(words[0]):  # "Rescuers say", "Volunteers found": a group, no surname
        return actor_record(name=words[0], kind="anonymous", raw=raw)
    office = _office_on_topic(words, affiliation, raw) or _group_on_topic(words, raw) if "on" in words else None
    if office is not None:
        return office
    compass = _compass_body(words, affiliation, raw)
    if compass is not None:  # "the Operational Command West": a body, no person "West"
        return compass
    role_words, name_words = _split_name(words)
    described = _described_body(role_words, name_words, affiliation, raw) or _body_after_kind_noun(
        words, affiliation, raw
    )
    if described is not None:
        return described
    described_as = _body_appositive(raw, head_part, name_words, persons)
    if described_as is not None:  # "Janes, a global agency for open-source intelligence": a body, not a person
        kind: ActorKind = (
            "media"
            if described_as in MEDIA_HEADS | _OUTLET_NOUNS
            and described_as != "agency"
            or described_as == "agency"
            and "news" in appositive.lower()
            else "organisation"
        )
        return actor_record(name=" ".join(name_words), kind=kind, affiliation=affiliation, raw=raw)
    if _masthead(name_words, role_words) and name_words[-1].lower() not in persons.by_surname:
        # "the Zeland Post": an outlet the lexicon does not know (not a person of that surname met before)
        return actor_record(name=" ".join(name_words), kind="media", affiliation=affiliation, raw=raw)
    lone_head = len(name_words) == 1 and name_words[0].lower() in _HEADS
    # a phrase ending in a media or organisation noun ("Ukrainska Pravda newspaper") is handled below
    if name_words and not lone_head and head not in MEDIA_HEADS and not org_head:
        if len(name_words) == 1 and not appositive:
            introduced = persons.body_named(name_words[0])
            if introduced is not None:  # "Nordvik said" after "the oil giant Nordvik": the body
                return actor_copy(introduced, {"raw": raw})
            if _names_no_person(role_words):
                return None  # "the northern English", "the way the west protects the Baltic": no one's name
            if _plural_people_noun(name_words[0]):  # "Kremlin-watchers say", "Wikipedists": a group
                return actor_record(name=name_words[0], kind="anonymous", affiliation=affiliation, raw=raw)
        if (
            len(name_words) == 1
            and not appositive
            and _role_text(role_words) is None
            and name_words[0].lower() not in persons.by_surname
            and actor_lexicon().lookup(name_words[0]) is None
            and common_noun_as_name(name_words[0], persons.document)
        ):
            return None  # "Radar data indicates", "Analysis suggests", "Countries like X say": a common noun
        if affiliation is None and appositive:  # "X, a spokesman for President Y": Y's side
            staff = _staff_of_person(appositive, persons)
            affiliation = staff.affiliation if staff is not None else None
        if authored and not role_words and not appositive and name_words[-1].lower() not in persons.by_surname:
            return None  # "the Annual Threat assessment", "the 2024 Global Risks report": a title, not an author
        return _person(name_words, role_words, appositive, affiliation, raw, persons)
    if head in MEDIA_HEADS and head not in {"agency"} or (head == "agency" and "news" in raw.lower()):
        name = " ".join(_strip_determiners(words))
        return actor_record(name=name, kind="media", affiliation=affiliation, raw=raw)
    if head in ANON_HEADS or not org_head and _agent_plural(words):
        name = " ".join(_strip_determiners(words))
        if affiliation is None and appositive:  # "a source, close to Ukraine's defence ministry": whose side
            affiliation = _affiliation(_words(appositive)) or _thinking_of(appositive, persons)
        return actor_record(name=name, kind="anonymous", role=appositive or None, affiliation=affiliation, raw=raw)
    if (
        head in NAME_ORG_HEADS
        and not org_head
        and len(words) == 2
        and words[0].lower() == "the"
        and not words[1][:1].isupper()
    ):  # "the lab said" after "Yale's Humanitarian Research Lab": that body
        named = body_named_in(persons.document, head)
        if named is not None:
            return actor_copy(named, {"raw": raw})
    if org_head and (len(words) == 2 and words[0].lower() == "the" or len(words) == 1 and head in GENERIC_BODY_HEADS):
        # "the ministry added", "the Ministry notes" (a translation's capital): the ministry that spoke last
        earlier = persons.body_by_head(head)
        if earlier is not None:
            return actor_copy(earlier, {"raw": raw})
        named = (
            body_named_in(persons.document, head)
            if head in NAMED_BODY_HEADS
            else side_body_named_in(persons.document, head)
            if head in SIDE_BODY_HEADS
            else None
        )
        if named is not None:  # "The Ministry of Foreign Affairs condemns ..., the ministry said": the one it named
            return actor_copy(named, {"raw": raw})
        if head in GENERIC_BODY_HEADS:
            return unnamed_body(head, raw)  # "the Agency said", "authorities said" with no such body named
    voice = _voice_of_body(raw, persons) if org_head else None
    if voice is not None:  # "a spokesman for the ministry": the ministry, not a body named "Spokesman for ..."
        return voice
    if org_head or _ACRONYM.match(words[-1]) or _ACRONYM_COMPOUND.match(words[-1]):
        name = " ".join(_strip_determiners(words))
        name = name[0].upper() + name[1:] if name else name
        return actor_record(name=name, kind="organisation", affiliation=affiliation, raw=raw)
    if _body_of_role(role_words) and not name_words:  # "the office of the prosecutor general": a body
        name = " ".join(_strip_determiners(words))
        return actor_record(name=name[0].upper() + name[1:], kind="organisation", affiliation=affiliation, raw=raw)
    if role_words and not name_words and any(w.lower().rstrip(".") in TITLE_WORDS for w in role_words):
        # a role without a name: "Intel Committee Chair says"; "the Ukrainian president" when he is named in the text
        role = _role_text(role_words) or ""
        holder = persons.by_role(role, affiliation) or _title_of_country(role, affiliation, persons)
        if holder is not None:
            return actor_copy(holder, {"raw": raw})
        name = " ".join(_strip_determiners(words))
        return actor_record(name=name, kind="person", role=name, affiliation=affiliation, raw=raw)
    return _body_on_a_topic(words, affiliation, raw)


# bodies of one kind speaking together: "Resistance groups said", "the local committees said"
PLURAL_BODY_HEADS: Final = frozenset(
    {
        "groups",
        "committees",
        "councils",
        "commissions",
        "organisations",
        "organizations",
        "militias",
        "unions",
        "networks",
        "coalitions",
    }
)
_NO_KIND_WORDS: Final = frozenset(
    {
        "both",
        "some",
        "many",
        "several",
        "other",
        "all",
        "these",
        "those",
        "such",
        "two",
        "three",
        "four",
        "five",
        "various",
        "most",
        "few",
        "numerous",
        "different",
    }
)


# adjectives of size, number or scope, which say how many or how big the bodies are, not what kind they are
_SCOPE_ADJECTIVES: Final = frozenset(
    {
        "small",
        "smaller",
        "smallest",
        "large",
        "larger",
        "largest",
        "big",
        "bigger",
        "biggest",
        "major",
        "minor",
        "local",
        "new",
        "newer",
        "old",
        "older",
        "main",
        "leading",
        "certain",
        "individual",
        "separate",
        "further",
        "additional",
        "fewer",
        "more",
        "multiple",
        "dozens",
    }
)


def _names_a_kind(word: str) -> bool:
    """Whether a word before a plural body's head says what kind of body it is ("Resistance", "aid", "Ukrainian"),
    not how many or how big ("several", "smaller", "local")."""
    low = word.lower()
    return low not in _NO_KIND_WORDS and low not in _SCOPE_ADJECTIVES and low not in FUNCTION_WORDS


def _plural_body(words: list[str], persons: PersonRegistry, raw: str) -> ActorRef | None:
    """Bodies of one kind speaking together: "Resistance groups", "the Kherson resistance committees"; "the
    committees" takes up the bodies the text named before; None for a bare plural ("some groups") naming no kind."""
    kept = _strip_determiners(words)
    if len(kept) == 1:
        earlier = persons.body_by_head(kept[0].lower()) if len(words) == 2 else None
        return actor_copy(earlier, {"raw": raw}) if earlier is not None else None
    if kept[0].lower() in _NO_KIND_WORDS or not any(_names_a_kind(word) for word in kept[:-1]):
        return None  # "some groups", "Smaller groups", "Local councils": no kind of body named
    name = " ".join(kept)
    return actor_record(name=name[0].upper() + name[1:], kind="organisation", affiliation=_affiliation(words), raw=raw)


# the heads of one body each that "the <head> said" takes up from the name the text gives ("the army", "the
# government" may be either side's: not these)
NAMED_BODY_HEADS: Final = frozenset(
    "ministry agency office service command directorate institute council committee commission department embassy "
    "bureau centre center inspectorate headquarters consulate mission administration company group bank court".split()
)
# bodies "the <head> said" means unnamed when the text names none: the above, and those of either side ("the
# government": the one side's the text names, else unnamed; "the military", "authorities", "intelligence")
GENERIC_BODY_HEADS: Final = NAMED_BODY_HEADS | frozenset({"government", "military", "authorities", "intelligence"})


def unnamed_body(head: str, raw: str) -> ActorRef:
    """A body the text calls only by its kind ("the Agency said", "the mission reported") and names nowhere: an
    unnamed source of that kind ("agency"), as "the official said" is, not a body named "Agency"."""
    return actor_record(name=head, kind="anonymous", raw=raw)


def is_unnamed_body(actor: ActorRef) -> bool:
    """Whether an actor is a body the text calls only by its kind (`unnamed_body`)."""
    return actor.kind == "anonymous" and actor.name in GENERIC_BODY_HEADS


_CAPITALISED: Final = r"[A-Z][\w'’.&-]*"


@lru_cache(maxsize=256)
def _body_name_pattern(head: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:\b{_CAPITALISED}\s+(?:(?:and|&)\s+)?){{0,5}}{head.capitalize()}\b"
        rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAPITALISED}(?:\s+(?:and\s+|of\s+|for\s+)?{_CAPITALISED}){{0,4}})?"
    )


_DEFINITE_BEFORE: Final = re.compile(r"\b[Tt]he\s+$")
# a full stop after a word of two lowercase letters or more ends a sentence ("May. The"; "U.S." goes on)
_SENTENCE_END_IN_NAME: Final = re.compile(r"[a-z]{2}\.\s+")


@lru_cache(maxsize=64)
def body_named_in(document: str, head: str) -> ActorRef | None:
    """The body a text names with a capitalised name holding `head` ("the Ministry of Foreign Affairs of Ukraine",
    "Ukraine's Defence Ministry"), when every such name there is one body's; None when it names none or several."""
    found: dict[str, ActorRef] = {}
    names = anaphors = 0
    for m in _body_name_pattern(head).finditer(document):
        name = m.group(0)
        ends = list(_SENTENCE_END_IN_NAME.finditer(name))
        if ends:  # "... would meet in May. The Commission counted": the name opens after the sentence's end
            name = name[ends[-1].end() :]
        definite = (
            name.startswith("The ") or _DEFINITE_BEFORE.search(document, max(0, m.start() - 4), m.start()) is not None
        )
        if name.split()[0] in {"The", "A", "An"}:
            name = name.split(None, 1)[1] if " " in name else ""
        if " " not in name:
            anaphors += definite and name != ""
            continue  # "Ministry" alone, or a sentence's first word: no name ("the Ministry": the one named)
        actor = resolve_actor(name)
        if actor is None or actor.kind != "organisation":
            return None
        found[actor.name] = actor
        names += 1
    if len(found) != 1 or names + anaphors != len(re.findall(rf"\b{head.capitalize()}\b", document)):
        return None  # several bodies, or a "Ministry" outside every name read ("Russia and Ukraine's Foreign Ministry")
    return next(iter(found.values()))


# offices named for their topic with "on": "Special Rapporteur on Torture" (a person), "the Committee on Foreign
# Affairs" (a body)
_TOPIC_OFFICE_PEOPLE: Final = frozenset(
    {"representative", "rapporteur", "envoy", "commissioner", "adviser", "advisor", "coordinator"}
)
# a UN body of experts is named by its subject as a committee is: "the Group of Experts on the DRC"
TOPIC_ROLE_HEADS: Final = _TOPIC_OFFICE_PEOPLE | {
    "committee",
    "subcommittee",
    "commission",
    "council",
    "panel",
    "experts",
}


# an unnamed source described by what it knows: "people familiar with the matter", "two officials briefed on the
# talks", "a source who is familiar with the plans" (as cited: "citing people familiar with the matter")
_FAMILIAR_SOURCE: Final = re.compile(
    r"[“\"]?(?:(?:a|an|the|two|three|four|five|several|multiple|some|other)\s+)?"
    r"(?P<head>(?:[\w.’'-]+\s+){0,2}?(?:people|person|persons|sources?|officials?|individuals?|insiders?))\s+"
    r"(?:who\s+(?:are|is|was|were)\s+)?(?P<role>(?:familiar|briefed|knowledgeable)\s+(?:with|on|about)\s+[^,;:]+?)[”\"]?",
    re.IGNORECASE,
)


def _may_be_familiar_source(raw: str) -> bool:
    """Whether `_FAMILIAR_SOURCE` can match `raw`. A match holds "familiar", "briefed" or "knowledgeable" in some
    case: in an ASCII text (which has no letter that IGNORECASE folds onto an ASCII one) that is a substring of its
    lowercase; any other text is left to the pattern."""
    if not raw.isascii():
        return True
    low = raw.lower()
    return "familiar" in low or "briefed" in low or "knowledgeable" in low


def _familiar_source(raw: str, persons: PersonRegistry) -> ActorRef | None:
    """The anonymous source of "people familiar with the matter" (the people, with what they know as a role)."""
    m = _FAMILIAR_SOURCE.fullmatch(raw) if _may_be_familiar_source(raw) else None
    if m is None:
        return None
    head = m.group("head")
    actor = resolve_actor(head, persons) if " " in head else None  # "US officials" keep their side
    if actor is None or actor.kind != "anonymous":
        actor = actor_record(name=head, kind="anonymous", raw=raw)
    affiliation = actor.affiliation or _thinking_of(m.group("role"), persons)
    return actor_copy(actor, {"role": m.group("role"), "raw": raw, "affiliation": affiliation})


_WHOSE_THINKING: Final = re.compile(r"\b(?:with|on|about)\s+(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*?)['’]s\s")


def _thinking_of(known: str, persons: PersonRegistry) -> str | None:
    """The side of the person whose mind a familiar source knows: "familiar with X's thinking" -> X's side."""
    m = _WHOSE_THINKING.search(known + " ")
    person = resolve_actor(m.group("who"), persons) if m is not None else None
    return person.affiliation if person is not None and person.kind == "person" else None


# the staff who speak for a person without being the person: "a senior aide to President X", "a spokesman for X",
# "an adviser to X", "a source close to X"
_STAFF_OF_PERSON: Final = re.compile(
    r"(?:(?:a|an|the|one|two|three|several|some)\s+)?(?P<head>(?:(?:senior|top|close|chief|longtime|former|"
    r"key|military|political|foreign-policy|economic|press)\s+)*(?:aides?|advis[eo]rs?|spokes(?:man|woman|person)|"
    r"assistants?|sources?|confidants?|associates?|officials?|people|persons?)),?\s+(?P<link>to|for|close\s+to)\s+"
    r"(?P<principal>[^,;:]+)",
    re.IGNORECASE,
)


def _holds_run(low: str, word: str) -> bool:
    """`word in low.split()`: `word` found in `low` with whitespace or an end on either side, without splitting all
    of `low` into a list of its runs."""
    at = low.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or is_space_at(low, at - 1)) and (end == len(low) or is_space_at(low, end)):
            return True
        at = low.find(word, at + 1)
    return False


def _staff_of_person(raw: str, persons: PersonRegistry) -> ActorRef | None:
    """The anonymous aide of "a senior aide to President X said", "an adviser to the ministry said": the aide
    speaks, with the side of whom they serve (a person, a body or an office), not the principal. None for a
    spokesman of a body or an office ("a spokesman for the Defence Ministry" is the ministry's voice)."""
    low = raw.lower()
    if not _holds_run(low, "to") and not _holds_run(low, "for"):
        return None  # the link is a word of its own between whitespace, and only t, o, f, r match its letters
    m = _STAFF_OF_PERSON.fullmatch(raw)
    if m is None:
        return None
    head, link = m.group("head"), m.group("link").lower()
    if link == "for" and head.split()[-1].lower().startswith(("source", "people", "person", "official")):
        return None  # "sources for the story": not anyone's staff
    principal = resolve_actor(m.group("principal"), persons)
    if principal is None or principal.kind not in _SERVED_KINDS and not is_unnamed_body(principal):
        return None
    named = principal.kind == "person" and principal.name != principal.role
    if named and _body_before_name(m.group("principal")):
        return None  # "a spokesman for the Kremlin Dmitry Peskov": the name is the spokesman's own
    if not named and (head.split()[-1].lower().startswith("spokes") or link != "to"):
        return None  # "a spokesman for the Defence Ministry" is the body's voice; "a source close to the ministry"
        #              is read with what it is close to (`_familiar_source`'s kin in the appositive reading)
    # "an adviser to the ministry", "an assistant to the UN envoy": anonymous staff on the side of whom they serve
    role = f"{head} {' '.join(m.group('link').split())} {principal.name}"
    return actor_record(name=head, kind="anonymous", role=role, affiliation=principal.affiliation, raw=raw)


# "a spokesman for the ministry", "the press officer of the mission": a body's voice, no one named
_VOICE_OF_BODY: Final = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+)?(?:spokes(?:man|woman|person)|press\s+officer)"
    r"\s+(?:for|of|at)\s+(?P<body>(?:the\s+)?[\w'’ -]+)",
    re.IGNORECASE,
)


def _voice_of_body(raw: str, persons: PersonRegistry) -> ActorRef | None:
    """The body an unnamed spokesperson speaks for ("a spokesman for the Defence Ministry": the ministry, "a
    spokeswoman for the agency": the agency named before, else an unnamed one), not a body named "Spokesman for
    the ministry"; None when the words after "for" name no body."""
    m = _VOICE_OF_BODY.fullmatch(raw) if "spokes" in raw.lower() or "press officer" in raw.lower() else None
    body = resolve_actor(m.group("body"), persons) if m is not None else None
    if body is None or body.kind != "organisation" and not is_unnamed_body(body):
        return None
    return actor_copy(body, {"raw": raw})


_SERVED_KINDS: Final = frozenset({"person", "organisation"})  # whom staff serve: not a place, an outlet, a crowd


def _body_before_name(phrase: str) -> bool:
    """Whether a body is named before the capitalised name that ends `phrase` ("the Kremlin Dmitry Peskov")."""
    lex = actor_lexicon()
    for word in _words(phrase):
        known = lex.lookup(word) if word[:1].isupper() else None
        if word.lower() in ORG_HEADS or known is not None and known.kind == "organisation":
            return True
    return False


def _office_on_topic(words: list[str], affiliation: str | None, raw: str) -> ActorRef | None:
    """ "the UN Special Representative on Sexual Violence in Conflict": an office holder named by the office's
    topic, with no personal name (the capitalised topic is no surname)."""
    for k in range(1, len(words) - 1):
        if words[k] == "on" and words[k - 1].lower() in _TOPIC_OFFICE_PEOPLE and words[k + 1][:1].isupper():
            name = " ".join(_strip_determiners(words))
            return actor_record(name=name, kind="person", role=name, affiliation=affiliation, raw=raw)
    return None


def _group_on_topic(words: list[str], raw: str) -> ActorRef | None:
    """ "Experts on Russia": unnamed people named by what they know, as "experts" alone, of no side (experts on
    Russia are not Russia's); "the Group of Experts on the DRC" is a body, its "Experts" after "of"."""
    kept = _strip_determiners(words)
    if len(kept) > 2 and kept[1] == "on" and kept[0].lower() in _GROUP_HEADS and kept[0].lower().endswith("s"):
        return actor_record(name=kept[0], kind="anonymous", role=" ".join(kept), raw=raw)
    return None


def bloc_of_none(words: list[str]) -> bool:
    """Whether a document's author is a lone lowercase bloc adjective that names no one ("foreign" data)."""
    return len(words) == 1 and words[0] in BLOC_ADJECTIVES and words[0] not in _BLOCS_IN_ANY_CASE


def _envoy_to_body(words: list[str], start: int, raw: str) -> ActorRef | None:
    """ "Poland's ambassador to the UN", "the US mission to NATO": an envoy or a mission sent to the body that
    starts at `start` speaks for the side that sends it, not for the body."""
    k = start - 1
    if k > 0 and words[k].lower() in DETERMINERS:
        k -= 1
    if k < 1 or words[k].lower() not in {"to", "at"}:
        return None
    name = " ".join(_strip_determiners(words))
    side = _affiliation(words[:k])
    # the sender's body, named head last ("the US mission") or head first ("the Permanent Mission of Ukraine"),
    # not "the head of the mission"
    sender = words[: words.index("of")] if "of" in words[:k] else words[:k]
    if sender[-1].lower() in ORG_HEADS or sender[-1].lower() == "delegation":
        return actor_record(name=name[0].upper() + name[1:], kind="organisation", affiliation=side, raw=raw)
    return actor_record(name=name, kind="person", role=name, affiliation=side, raw=raw)  # "the head of the mission"


# nouns of a kind of body that, right before a capitalised name, say the name is a body's: "rights watchdog Vesna
# Watch", "charity Free Voices", "protest monitoring group ABC-Info" ("group" is a company noun too)
BODY_KIND_NOUNS: Final = frozenset(
    "watchdog ngo charity organisation organization network coalition movement initiative project tracker "
    "collective union association federation foundation monitor".split()
)
# "monitor" before a person's name is a role ("OSCE monitor Anna Berg"): a body only before one word or a name that
# is no person's (a word of a body's kind, an acronym, a hyphenated label)
_PERSON_ROLE_KIND_NOUNS: Final = frozenset({"monitor"})
_BODY_NAME_WORDS: Final = BODY_KIND_NOUNS | NAME_ORG_HEADS | frozenset({"watch", "rights", "monitor", "info"})


def _body_after_kind_noun(words: list[str], affiliation: str | None, raw: str) -> ActorRef | None:
    """A body named after the noun of its kind: "Rights watchdog Vesna Watch", "Charity Free Voices",
    "Protest monitoring group ABC-Info" (a name the name test refuses: capitals inside); None when no such noun
    comes right before a run of capitalised words, the run holds a title ("Union Minister Anna Berg") or a person's
    role comes first ("the chairman of the brewer Halmstead")."""
    for i in range(len(words) - 2, -1, -1):
        noun = words[i].lower()
        if noun not in BODY_KIND_NOUNS and noun not in _COMPANY_NOUNS and noun not in _OUTLET_NOUNS:
            continue
        name = words[i + 1 :]
        if (
            "of" in words[:i]
            or not all(w[:1].isupper() or w[:1].isdigit() for w in name)
            or any(w.lower().rstrip(".") in TITLE_WORDS for w in name)
        ):
            return None
        if (
            noun in _PERSON_ROLE_KIND_NOUNS
            and len(name) > 1
            and all(is_name_token(w) for w in name)
            and not any(w.lower() in _BODY_NAME_WORDS for w in name)
        ):
            return None  # "OSCE monitor Anna Berg": a person's role
        kind: ActorKind = "media" if noun in _OUTLET_NOUNS else "organisation"
        return actor_record(name=" ".join(name), kind=kind, affiliation=affiliation, raw=raw)
    return None


# nouns of those who report from the scene for an outlet
REPORTER_HEADS: Final = frozenset(
    "reporter reporters journalist journalists correspondent correspondents photographer photographers "
    "photojournalist photojournalists crew team".split()
)
_REPORTERS_OF: Final = re.compile(
    r"(?:(?:a|an|the|two|three|several)\s+)?(?P<head>[a-z]+)\s+(?:from|for|of|with|at)\s+(?P<outlet>[A-Z].*)"
)


def outlet_of_reporters(raw: str) -> str | None:
    """The outlet whose reporters saw or counted: "a BBC reporter", "Reuters journalists", "journalists from AFP",
    "an AFP photographer" -> the outlet's name, when the actor lexicon knows it as media; None for reporters of no
    known outlet ("a local reporter") and for anyone else's staff. (Only what they witness is the outlet's claim:
    "an Ukrinform correspondent reports" signs off another's words.)"""
    words = _strip_determiners(raw.split())
    if len(words) < 2:
        return None
    lex = actor_lexicon()
    if words[-1].lower() in REPORTER_HEADS and words[-1].islower():
        known = lex.lookup(" ".join(words[:-1]))
    elif words[0].lower() in REPORTER_HEADS and (m := _REPORTERS_OF.fullmatch(raw)) is not None:
        known = lex.lookup(m.group("outlet"))
    else:
        return None
    return known.name if known is not None and known.kind == "media" else None


def _members_body(words: list[str]) -> bool:
    """Whether a phrase is a body of people of one kind, named by them in a plural possessive: "the Sudanese
    doctors' union", "the journalists' association" (not "the doctors' offices", no body's head)."""
    return (
        len(words) > 1
        and words[-1].islower()
        and words[-1] in NAME_ORG_HEADS
        and _PLURAL_POSSESSIVE_WORD.fullmatch(words[-2]) is not None
    )


_PLURAL_POSSESSIVE_WORD: Final = re.compile(r"[a-z]+s['’]")
# words before a body's head that leave it a body: a side, a determiner, a lowercase modifier
_TOPIC_PREPOSITIONS: Final = frozenset({"for", "on"})


def _body_on_a_topic(words: list[str], affiliation: str | None, raw: str) -> ActorRef | None:
    """A body named by its head noun and the matter it deals with, in lowercase: "Ukraine's coordination
    headquarters for prisoners of war", "the national bureau for missing persons"; None when a title, a person
    noun, a name or a function word comes before the head ("the head of the office for refugees", "Anna Berg from
    the Centre for ...": a person) or nothing follows it."""
    words = _strip_determiners(words)
    for i, word in enumerate(words[:-2]):
        if word.lower() in ORG_HEADS and words[i + 1] in _TOPIC_PREPOSITIONS:
            before = words[:i]
            if any(
                w.lower().rstrip(".") in TITLE_WORDS
                or w.lower() in ANON_HEADS
                or w.lower() in _PERSON_TITLES
                or not (w.islower() and w not in FUNCTION_WORDS or _affiliation([w]) is not None)
                for w in before
            ):
                return None  # "William Reinsch from the Center for ...": a person and where he works
            name = " ".join(words)
            return actor_record(name=name[0].upper() + name[1:], kind="organisation", affiliation=affiliation, raw=raw)
    return None


def _described_body(role_words: list[str], name_words: list[str], affiliation: str | None, raw: str) -> ActorRef | None:
    """A name after the noun that says what it is: "Swiss food firm Nordvik" is a company, "broadcaster Kanal
    Nord" an outlet; not "Bank governor Anna Berg", whose noun before the name is a title."""
    if not role_words or not name_words:
        return None
    noun = role_words[-1].lower()
    # "the news agency Itar-Tass", "the state agency Aerocontrol": one word ("the TASS agency Dmitry Peskov" quotes
    # a person)
    body_noun = noun in _BODY_NOUNS_BEFORE_NAME and len(name_words) == 1
    news_agency = body_noun and noun == "agency" and len(role_words) > 1 and role_words[-2].lower() == "news"
    if "of" in role_words:  # "the chairman of the brewer Halmstead": the chairman speaks, a person of that body
        if noun not in _OUTLET_NOUNS and noun not in _COMPANY_NOUNS and not body_noun:
            return None
        office = " ".join(_strip_determiners([*role_words, *name_words]))
        office = office[0].upper() + office[1:]
        return actor_record(name=office, kind="person", role=office, affiliation=affiliation, raw=raw)
    if noun in _OUTLET_NOUNS or news_agency:  # "broadcaster Kanal Nord", "the news agency Itar-Tass"
        return actor_record(name=" ".join(name_words), kind="media", affiliation=affiliation, raw=raw)
    if noun in _COMPANY_NOUNS or body_noun:  # "the air traffic safety agency Aerocontrol"
        return actor_record(name=" ".join(name_words), kind="organisation", affiliation=affiliation, raw=raw)
    return None


# nouns of a body that, right before a name, say the name is that body's: "the state agency Aerocontrol"
_BODY_NOUNS_BEFORE_NAME: Final = frozenset({"agency", "enterprise", "charity", "ngo", "watchdog", "regulator"})


_MEMBER_OF: Final = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+of\s+(?P<body>(?:the\s+)?[A-Z].*)$"
)


def _member_of_body(phrase: str) -> tuple[list[str], str] | None:
    """(name words, body) when a phrase is a full name, then "of" and a body: "Anna Berg of the Red Cross". The
    name's words are no title, body noun, side or place ("Ministry of Defence", "Prime Minister of Japan")."""
    m = _MEMBER_OF.match(phrase) if "of" in phrase else None  # every match holds "of" (the pattern is case-sensitive)
    if m is None:
        return None
    name_words = m.group("name").split()
    sides, gazetteer, lex = side_index(), load_gazetteer(), actor_lexicon()
    for word in name_words:
        low = word.lower()
        if (
            low in TITLE_WORDS
            or low in _BODY_HEADS
            or low in MEDIA_HEADS
            or low in ANON_HEADS
            or sides.get(side_key(word)) is not None
            or gazetteer.lookup(word) is not None
        ):
            return None
    known = lex.lookup(m.group("name")) or lex.lookup(phrase)
    if known is not None and (known.kind != "person" or lex.lookup(phrase) is not None):
        return None
    return name_words, m.group("body")


# lowercase words that may qualify a body's noun before its "of": "the local authorities of Kherson", "the de facto
# authorities of Abkhazia", "the separatist authorities of X"
_BODY_QUALIFIERS: Final = frozenset(
    {
        "local",
        "de",
        "facto",
        "regional",
        "provincial",
        "municipal",
        "separatist",
        "occupation",
        "self-proclaimed",
        "interim",
        "transitional",
    }
)


def _body_of_role(words: list[str]) -> bool:
    """Whether words open with a body's noun and "of": "the office of the prosecutor general", "the ministry of
    justice", "the local authorities of Kherson", not "the prosecutor general"."""
    words = _strip_determiners(list(words))
    qualifiers = 0
    while qualifiers < len(words) - 3 and words[qualifiers] in _BODY_QUALIFIERS:
        qualifiers += 1
    words = words[qualifiers:]
    return len(words) > 2 and words[1].lower() == "of" and words[0].lower() in _BODY_HEADS


# the lowercase nouns of a body's own service that speaks for it: "the press service of", "the media office of"
_UNIT_NOUNS: Final = frozenset({"service", "office", "department", "centre", "center", "unit", "team", "desk"})
_UNIT_OF: Final = re.compile(
    r"^(?:the\s+)?(?P<unit>(?:[a-z][\w-]*\s+){0,2}(?:service|office|department|centre|center|"
    r"unit|team|desk))\s+of\s+(?P<body>(?:the\s+)?[A-Z].*)$"
)


def _unit_of_body(words: list[str], persons: PersonRegistry) -> ActorRef | None:
    """The body a lowercase service of it speaks for, with the service as its role: "press service of the
    Ministry of Defence" is the ministry, not a person; "head of the ministry" is a person (no unit noun)."""
    if "of" not in words or not any(w in _UNIT_NOUNS for w in words):
        return None
    m = _UNIT_OF.match(" ".join(words))
    if m is None:
        return None
    body = resolve_actor(m.group("body"), persons)
    if body is None or body.kind not in {"organisation", "media"}:
        return None
    return actor_copy(body, {"role": m.group("unit")})


_LOCATED: Final = re.compile(
    r"^(?P<who>(?:.*?\s)?(?P<head>\w+))\s+(?:in|at)\s+(?P<where>(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]*|oblast|region|province|city|district))*)"
)


_PLACED_IN: Final = re.compile(r"^(?P<who>[A-Z].*?)\s+in\s+(?P<where>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$")


def _actor_placed_in(raw: str, persons: PersonRegistry) -> ActorRef | None:
    """'the Institute for the Study of War in Washington', 'Zelensky in Kyiv': a named speaker and where it
    is; the place is not the speaker."""
    m = _PLACED_IN.match(raw) if " in " in raw else None
    if m is None or load_gazetteer().lookup(m.group("where")) is None:
        return None
    who = resolve_actor(m.group("who"), persons)
    if who is None or who.kind == "anonymous":
        return None
    return actor_copy(who, {"raw": raw})


_EVERYDAY_FROM: Final = re.compile(
    r"(?:(?:[Aa]n?|[Oo]ne|[Tt]he)\s+)?(?:[a-z][\w-]*\s+)?(?P<head>[A-Za-z][a-z]+)\s+(?:from|at|in|on|with)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
    r"(?:\s+(?:in|at|near)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"  # "a shelter in Poltava"
)


def _may_name_everyday_head(raw: str) -> bool:
    """Whether a word of `raw` is one of `EVERYDAY_HEADS`: `_everyday_person_from` needs its head to be one, and the
    head of an `_EVERYDAY_FROM` match is a whole word between whitespace (`\\s` and `str.split` agree on it)."""
    return not EVERYDAY_HEADS.isdisjoint(raw.lower().split())


def _everyday_person_from(raw: str) -> ActorRef | None:
    """'a driver from the aid convoy', 'a nurse at the hospital': an unnamed everyday speaker and where he is
    from; the lowercase place is no speaker."""
    if " from " not in raw and " at " not in raw and " in " not in raw and " on " not in raw and " with " not in raw:
        return None  # the pattern's link, between whitespace: a single space in `raw` (its runs joined)
    m = _EVERYDAY_FROM.fullmatch(raw) if _may_name_everyday_head(raw) else None
    if m is None or m.group("head").lower() not in EVERYDAY_HEADS:
        return None
    return actor_record(name=m.group("head").lower(), kind="anonymous", role=raw, raw=raw)


def _located_actor(raw: str, persons: PersonRegistry) -> ActorRef | None:
    """'the U.S. Embassy in Moscow', 'Authorities in Ukraine's Sumy oblast': an office named by where it sits."""
    m = _LOCATED.match(raw) if " in " in raw or " at " in raw else None  # raw's only spaces are single " "
    if m is None or m.group("head").lower() not in ORG_HEADS | ANON_HEADS:
        return None
    who = m.group("who")
    generic = who.lower().removeprefix("the ") in GENERIC_BODY_HEADS
    # "authorities in Kyiv": the place says whose, not the body of that kind the text named elsewhere
    base = unnamed_body(who.lower().removeprefix("the "), who) if generic else resolve_actor(who, persons)
    if base is None or base.kind not in {"organisation", "anonymous"}:
        return None
    name = f"{base.name} in {m.group('where')}"
    capital = side_by_capital(m.group("where"))
    affiliation = base.affiliation or _affiliation(_words(m.group("where"))) or (capital and capital.country)
    kind: ActorKind = "organisation" if is_unnamed_body(base) else base.kind  # "authorities in Kyiv": named by place
    return actor_copy(base, {"name": name[0].upper() + name[1:], "affiliation": affiliation, "raw": raw, "kind": kind})


def _person(
    name_words: list[str],
    role_words: list[str],
    appositive: str,
    affiliation: str | None,
    raw: str,
    persons: PersonRegistry,
) -> ActorRef:
    name = " ".join(name_words)
    known = actor_lexicon().lookup(name)
    role = _role_text(role_words) or (appositive or None)
    if len(name_words) == 1 and name.lower() in persons.by_surname:
        prior = persons.by_surname[name.lower()]
        # "Lt. Gen. Kyrylo Budanov ... Budanov, head of the HUR, said": a role this mention gives replaces the
        # first one; "The ICG's Gowan", "Tikhanovskaya, who was speaking to the BBC" give none
        if role is None or not any(w.lower().rstrip(".,") in _PERSON_TITLES for w in role.split()):
            role = prior.role
        return actor_copy(prior, {"raw": raw, "aliases": [name], "role": role})
    if known is not None:
        return actor_record(
            name=known.name, kind=known.kind, role=role or known.role,
            affiliation=affiliation or known.affiliation, raw=raw, aliases=[name],
        )  # fmt: skip
    if appositive and affiliation is None:
        affiliation = _affiliation(_words(appositive))
    return actor_record(name=name, kind="person", role=role, affiliation=affiliation, raw=raw, aliases=[name])


def _party_members(words: list[str], persons: PersonRegistry, raw: str) -> ActorRef | None:
    """Members of a known party called by its members' noun: "Republicans say" (an unnamed group of its country);
    "the Democrat said" (the person the text names as one, else an unnamed member); None for any other phrase."""
    kept = _strip_determiners(words)
    if len(kept) != 1:
        return None  # only one word can be a member's noun: no lexicon fetched (each fetch reads the environment)
    lex = actor_lexicon()
    party_name = lex.by_member.get(kept[0])
    if party_name is None:
        return None
    party = lex.actors[party_name]
    if len(words) == 2 and not kept[0].endswith("s"):  # "the Republican": one person
        pattern = re.compile(rf"\b{re.escape(kept[0])}\b")
        for person in reversed(persons.named):
            if any(pattern.search(text) for text in (person.role, person.raw) if text):
                return actor_copy(person, {"raw": raw})
    return actor_record(name=kept[0], kind="anonymous", role=party.name, affiliation=party.affiliation, raw=raw)


# endings of adjectives ("Domestic", "Regional", "Numerous", "Several"); no surname of a speaker the text names
ADJECTIVE_ENDS: Final = ("ic", "al", "ous", "ive", "ern", "ary", "ful", "less", "ible", "able")


def _coordinated_adjective(parts: list[str], document: str) -> bool:
    """Whether "X and <adjective> <plural noun> (of ...)" coordinates two adjectives of one group ("Domestic and foreign
    critics"): X is one capitalised word of an adjective's ending that the text never writes after a first name
    ("Vucic" of "Aleksandar Vucic and foreign ministers" is a name)."""
    first, last = parts[0].split(), parts[-1].split()
    if (
        len(parts) != 2
        or len(first) != 1
        or len(last) < 2
        or not last[0].islower()
        or not last[1].islower()
        or last[0] in DETERMINERS
        or last[0] in _NO_KIND_WORDS
        or not last[1].endswith("s")
        or len(last) > 2
        and last[2] not in {"of", "in", "from", "at"}
    ):  # "... critics of the regime"
        return False
    word = first[0]
    if not word[:1].isupper() or not word.lower().endswith(ADJECTIVE_ENDS):
        return False
    return re.search(rf"\b{_FIRST_NAME}\s+{re.escape(word)}\b", document) is None


def _given_name(word: str, document: str) -> bool:
    """Whether a word before a one-word outlet's name is a given name ("Michael" of "Michael Bloomberg"), not a
    title, a side, a place, a known name or a body's noun ("Kremlin TASS", "Agency PAP")."""
    low = word.lower()
    if (
        re.fullmatch(_FIRST_NAME, word) is None
        or low in TITLE_WORDS
        or low in DETERMINERS
        or low in _NO_FIRST_NAMES
        or low in _HEADS
        or low in DESCRIPTIVE_NOUNS
        or side_by_form(word) is not None
    ):
        return False
    return (
        load_gazetteer().lookup(word) is None
        and actor_lexicon().lookup(word) is None
        and not written_in_lowercase(word, document)
    )


# "the head of the German government", "the chief of Britain's foreign intelligence service": one who heads a side's
# body called by its kind
_HEAD_OF_SIDE_BODY: Final = re.compile(
    r"^(?P<title>(?:(?:deputy|vice|acting|former)\s+)?(?:head|chief|leader|director|chairman|chairwoman|chair))\s+of"
    r"\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'’.-]*\s+){1,2}(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z]+))$"
)
# the roles of one who heads a country's government
_HEAD_OF_GOVERNMENT_ROLES: Final = ("head of government", "prime minister", "chancellor", "premier")


def _head_of_side_body(text: str, persons: PersonRegistry, raw: str) -> ActorRef | None:
    """A person who heads a side's body called by its kind: "the head of the German government" (role "head of
    government", affiliation Germany; the one the text names as that country's chancellor or prime minister, if
    any), "the chief of Britain's foreign intelligence service"; None for any other phrase. `text`: the phrase's
    words without determiners."""
    m = _HEAD_OF_SIDE_BODY.match(text[:1].lower() + text[1:])
    if m is None or m.group("head") not in ORG_HEADS:
        return None
    side = _affiliation(m.group("body").split())
    if side is None:
        return None
    office = text[0].upper() + text[1:]
    if m.group("head") != "government" or m.group("title") not in {"head", "leader", "chief"}:
        return actor_record(name=office, kind="person", role=office, affiliation=side, raw=raw)
    holders = {
        p.name: p
        for p in [*persons.named, *persons.by_surname.values(), *persons.mentioned]
        if p.affiliation == side
        and p.role
        and any(_contains_role(p.role, role.split()) for role in _HEAD_OF_GOVERNMENT_ROLES)
    }
    if len(holders) == 1:  # the one the text names as its chancellor, prime minister or premier
        return actor_copy(next(iter(holders.values())), {"raw": raw})
    return actor_record(name=office, kind="person", role="head of government", affiliation=side, raw=raw)


# words of a compass point or a region before a people's or a region's name: "the northern English"
_COMPASS_WORDS: Final = frozenset(
    "north south east west northern southern eastern western central north-east north-west south-east south-west "
    "northeastern northwestern southeastern southwestern upper lower".split()
)


_COMPASS_POINTS: Final = frozenset(
    "north south east west centre center north-east north-west south-east south-west".split()
)


def _compass_body(words: list[str], affiliation: str | None, raw: str) -> ActorRef | None:
    """A body named by a compass point after its head noun ("the Operational Command West", "Group East"), which
    names no person; None for any other phrase."""
    kept = _strip_determiners(words)
    if (
        len(kept) >= 2
        and kept[-1][:1].isupper()
        and kept[-1].lower() in _COMPASS_POINTS
        and kept[-2].lower() in ORG_HEADS
        and kept[-2][:1].isupper()
    ):
        return actor_record(name=" ".join(kept), kind="organisation", affiliation=affiliation, raw=raw)
    return None


def _names_no_person(role_words: list[str]) -> bool:
    """Whether the words before a lone capitalised word say it is no person's name: only a compass point ("the
    northern English"), or a long phrase of no title ending in "the" ("the way the west protects the Baltic": a
    place; "the Smith" is no way to name a person)."""
    kept = _strip_determiners(list(role_words))
    if kept and all(w.lower() in _COMPASS_WORDS for w in kept):
        return True
    return (
        len(role_words) >= 3
        and role_words[-1] == "the"
        and not any(w.lower().rstrip(".") in TITLE_WORDS for w in role_words)
    )


# endings of plural nouns of people by their pursuit: "Wikipedists", "Kremlinologists", "Iran-watchers"
_PEOPLE_PLURAL_ENDS: Final = ("ists", "ologists")
_PEOPLE_COMPOUND_ENDS: Final = ("ers", "ists", "ians")


# endings of plural nouns of people by what they do ("statisticians", "economists", "historians", "pollsters"), which
# no list holds all of; the words with such an ending that name no people are left out
_AGENT_PLURAL_ENDS: Final = ("ers", "ists", "ians")
_NO_AGENTS: Final = frozenset(
    """
    others numbers papers orders letters borders powers waters matters centers centres layers containers towers
    carriers bombers fighters launchers chambers barriers filters markers quarters headquarters answers corners
    covers parameters meters kilometers computers tankers freighters destroyers helicopters howitzers boosters
    transporters cruisers shelters jammers scanners trackers transformers generators rivers
    """.split()
)
_AGENT_MIN_LENGTH: Final = 7  # "lists", "riders" and other short words end so too


def is_group_of_people(word: str) -> bool:
    """Whether a noun heads a speaking group of people: "analysts", "volunteers", "researchers", "a team"."""
    low = word.lower()
    return low in ANON_HEADS or low in EVERYDAY_HEADS or low in {"team", "group"} or _agent_plural([low])


def _agent_plural(words: list[str]) -> bool:
    """Whether a lowercase phrase ends in a plural noun of people by what they do, after lowercase modifiers at most:
    "statisticians", "local economists", "Independent pollsters"; not "numbers" or "the destroyers"."""
    head = words[-1]
    return (
        head.islower()
        and len(head) >= _AGENT_MIN_LENGTH
        and head.endswith(_AGENT_PLURAL_ENDS)
        and head not in _NO_AGENTS
        and all(w.isalpha() and (w.islower() or k == 0) for k, w in enumerate(words))
        and words[0].lower() not in {"our", "my", "your"}
    )  # the first word may open the sentence: "Independent pollsters said"; "our readers" are the writer's


def _plural_people_noun(word: str) -> bool:
    """Whether a capitalised word is a plural noun of people, no surname: "-ists" ("Wikipedists"), or a compound
    whose lowercase part after a hyphen is one ("Iran-watchers"; not "Moon Jae-in" or "Sun-won")."""
    if word.endswith(_PEOPLE_PLURAL_ENDS) and len(word) > 5:
        return True
    head = word.rpartition("-")[2]
    return "-" in word and head.islower() and len(head) > 4 and head.endswith(_PEOPLE_COMPOUND_ENDS)


# bodies of a side that "the <head>" means when the text names that body of one side only ("authorities" not:
# a story names the enemy's authorities and calls its own side's local ones "authorities")
SIDE_BODY_HEADS: Final = frozenset({"government"})


@lru_cache(maxsize=8)
def _side_body_pattern(head: str) -> re.Pattern[str]:
    """ "the Ukrainian government", "Poland's government", "the Government of Moldova" (for "government")."""
    noun = f"[{head[0].upper()}{head[0]}]{head[1:]}"
    return re.compile(
        rf"\b(?P<side>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+{noun}\b"
        rf"|\b{noun}\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    )


@lru_cache(maxsize=64)
def side_body_named_in(document: str, head: str) -> ActorRef | None:
    """The body of one side a text names by `head` ("the Ukrainian government", "Poland's government", "the
    Government of Moldova", "Russian authorities"), which its bare "the government" means; None when it names none or
    several sides' ones."""
    if head[1:] not in document:
        return None
    found: dict[str, ActorRef] = {}
    for m in _side_body_pattern(head).finditer(document):
        side = _affiliation((m.group("side") or m.group("of")).split())
        if side is None or side in found:
            continue
        actor = resolve_actor(m.group(0))
        if actor is not None and actor.kind == "organisation":
            found[side] = actor_copy(actor, {"affiliation": side})
    return next(iter(found.values())) if len(found) == 1 else None
