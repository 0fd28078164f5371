"""Bulletins: a document whose title names the body that issued it ("General Staff of the Armed Forces of
Ukraine: operational information as of 06:00 on 21.05.2023", "Summary of the Russian Ministry of Defence briefing
on ...", "UK Ministry of Defence intelligence update", "Statement by the Ministry of X on ..."). Its figures
("personnel – about 200,590 (+510)", "The enemy losses amounted to up to 385 servicemen") name no speaker in their
sentences: the body speaks them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from claimtrack.extraction.dates import DateMention, find_dates
from claimtrack.extraction.prefilter import lowered, may_hold

_KIND: Final = (
    r"(?:(?:daily|weekly|regular|morning|evening|operational|intelligence|situation|battlefield|"
    r"official|press|flash)\s+){0,2}(?:information|update|briefing|bulletin|report|summary|statement|"
    r"situation\s+report|sitrep)"
)
# "<Body>: operational information as of ...", "<Body>: daily update"
_BODY_COLON_KIND: Final = re.compile(rf"(?P<who>[A-Z][^:.!?]{{2,80}}?)\s*:\s+(?:the\s+)?{_KIND}\b", re.IGNORECASE)
# "Summary of the <Body> briefing on ...", "Full text of the <Body> statement"
_KIND_OF_BODY: Final = re.compile(
    r"(?:(?:a\s+)?summary|(?:the\s+)?(?:full\s+)?text|highlights|transcript)\s+of\s+(?:the\s+)?"
    rf"(?P<who>[A-Z][^:.!?]{{2,80}}?)(?:['’]s)?\s+{_KIND}\b",
    re.IGNORECASE,
)
# a title's closing day: ", November 4", ", 4 Nov. 2023"
_TITLE_DAY: Final = r",\s*(?:[0-3]?\d\s+{m}|{m}\s+[0-3]?\d)(?:,?\s+\d{{4}})?".format(
    m=r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
)
# what may close such a title: a note, an issue number, "on the situation in Ukraine", a day after a dash or comma
_TITLE_TRAILER: Final = (
    r"(?:\s*(?:\(.*\)|(?:#|no\.\s*)\d+|(?:as\s+of|on|for)\s+[^:.!?\-–—]{{0,40}}|[-–—]\s*{day})|{title_day})*".format(
        day=r"(?:[0-3]?\d\s+{m}|{m}\s+[0-3]?\d)(?:,?\s+\d{{4}})?".format(
            m=r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
        ),
        title_day=_TITLE_DAY,
    )
)
# "Latest Defence Intelligence update ...": a word of the title, not of the body's name
_NOT_THE_BODY: Final = re.compile(r"^(?:the\s+)?(?:latest|new|daily|weekly)\s+", re.IGNORECASE)
# "<Body> intelligence update", "<Body> operational update (translated)", "<Body> briefing, November 4": nothing
# after the kind but a date or a note
# ("Defence Intelligence update": a capitalised "Intelligence" belongs to the name, not to the kind)
_BODY_KIND_ONLY: Final = re.compile(
    rf"(?P<who>[A-Z][^:.!?]{{2,80}}?(?-i:\s+Intelligence(?=\s+\w))?)\s+{_KIND}{_TITLE_TRAILER}\s*",
    re.IGNORECASE,
)
# a translated document's title: "Statement by the <Body> on ...", "Briefing by the <Body> on the progress of ...",
# "Summary of the <Body> on the progress of ...",
# "Communication of the <Body>", "Press release of the <Body> regarding ...": the kind opens the title, the body
# follows "by"/"of"/"from" as capitalised words (joined by "of", "the", "and", "for", "to" before a capital: "the
# Permanent Mission of X to the OSCE") with a body's head among them,
# and ends the title, or a topic ("on", "regarding", "about", a bracket, a date) follows
_KIND_BY_BODY: Final = re.compile(
    r"(?:official\s+)?(?:statement|briefing|communication|communiqu[eé]|announcement|press\s+release|"
    r"information\s+message|message|report|update|summary)\s+(?:by|of|from)\s+(?:the\s+)?"
    r"(?=[^()]*?\b(?:Ministry|Command|Staff|Office|Service|Committee|Council|Government|Headquarters|"
    r"Administration|Department|Agency|Embassy|Mission)\b)"  # a body, not a person ("the Prime Minister")
    r"(?P<who>(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|of|the|and|for|to(?=\s+(?:the\s+)?(?-i:[A-Z]))))*)"
    r"(?:\s+(?:on|regarding|concerning|about|in\s+connection\s+with|following|for|as\s+of)\s+[^:!?]*|\s*\(.*\)|"
    rf"{_TITLE_DAY})?\s*",
    re.IGNORECASE,
)
# "UNHCR: Ukraine situation flash update #7 (19 April 2022)": the body, a colon, the topic, the kind closing the title
_BODY_COLON_TOPIC_KIND: Final = re.compile(
    rf"(?P<who>[A-Z][^:.!?]{{1,80}}?)\s*:\s+[A-Z][^:.!?]{{0,40}}?\s+{_KIND}{_TITLE_TRAILER}\s*",
    re.IGNORECASE,
)
# the body of such a title is an acronym or names a body ("UNHCR", "Ministry of Defence"), not a country or a topic
_BODY_NAME: Final = re.compile(
    r"\b(?:[A-Z]{2,}|Ministry|Office|Agency|Command|Staff|Forces?|Service|Council|Committee|Programme|Program|"
    r"Organi[sz]ation|Mission|Intelligence|Cross|Crescent|Fund|Commission(?:er)?|Department)\b"
)
_TITLE_REACH: Final = 200  # a longer first line is a paragraph, not a title
# one of these is in every title the patterns above find, in lowercase (each names a kind of bulletin: `_KIND`, or
# those of `_KIND_BY_BODY`): a substring test before the patterns are tried
_TITLE_KIND_NEEDLES: Final = (
    "information",
    "update",
    "briefing",
    "bulletin",
    "report",
    "summary",
    "statement",
    "sitrep",
    "communica",
    "communiqu",
    "announcement",
    "release",
    "message",
)


# the last text `bulletin_issuer` read and its answers (the issuer, whether a title names it): the pipeline asks
# once for the issuer and once for the day
_LAST_ISSUER: Final[list[tuple[str, str | None, bool]]] = []


def bulletin_issuer(text: str) -> str | None:
    """The words naming who issued a bulletin or statement, when the document's first line is a bulletin's title
    or the document is signed by a body (`signature_issuer`), else None."""
    return _issuer(text)[0]


def _issuer(text: str) -> tuple[str | None, bool]:
    """(the issuer, whether the title names it), read once per text."""
    if _LAST_ISSUER and _LAST_ISSUER[0][0] == text:
        return _LAST_ISSUER[0][1], _LAST_ISSUER[0][2]
    issuer = _title_issuer(text)
    titled = issuer is not None
    if issuer is None:
        issuer = signature_issuer(text)
    _LAST_ISSUER[:] = [(text, issuer, titled)]
    return issuer, titled


def _title_issuer(text: str) -> str | None:
    """The issuer a document's first line names as a bulletin's title, read afresh."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first or len(first) > _TITLE_REACH or first[0].islower():
        return None
    if first.isupper() and (issuer := _capitals_title_issuer(text, first)) is not None:
        return issuer  # "MINISTRY OF DEFENCE OF ..." above "Information message"
    if not may_hold(lowered(first), _TITLE_KIND_NEEDLES):
        return None  # no kind of bulletin named: no pattern can match
    m = (
        _BODY_COLON_KIND.match(first)
        or _KIND_OF_BODY.match(first)
        or _BODY_KIND_ONLY.fullmatch(first)
        or _KIND_BY_BODY.fullmatch(first)
    )
    if m is None:
        m = _BODY_COLON_TOPIC_KIND.fullmatch(first)
        if m is not None and _BODY_NAME.search(m.group("who")) is None:
            return None
    return _NOT_THE_BODY.sub("", _before_the_topic(m.group("who").strip())) if m is not None else None


# a briefing note's opening line: "This is a summary of what <speaker> said at today's press briefing": the note
# gives that speaker's words throughout
_REMARKS_SUMMARY: Final = re.compile(r"\bsummary\s+of\s+what\s+(?P<who>[A-Z][^.!?\n]{2,80}?)\s+said\b")
_REMARKS_SUMMARY_REACH: Final = 600  # the head of the note: its title, a label, the opening line


def remarks_summary_speaker(text: str) -> str | None:
    """Who a briefing note says it summarises ("UNHCR spokesperson Jane Roe" in "This is a summary of what UNHCR
    spokesperson Jane Roe said at ..."), when its head says so, else None."""
    head = text[:_REMARKS_SUMMARY_REACH]
    if "summary of what" not in head:
        return None
    m = _REMARKS_SUMMARY.search(head)
    return m.group("who") if m is not None else None


# a title in capitals: the words that open its topic, which the capitalised name's pattern runs on into
# ("STATEMENT OF THE MINISTRY OF FOREIGN AFFAIRS IN CONNECTION WITH THE ATTACK ON ...")
_CAPITALS_TOPIC: Final = re.compile(r"\s+(?:IN\s+CONNECTION\s+WITH|ON|REGARDING|CONCERNING|ABOUT|FOLLOWING|AS\s+OF)\s")


def _before_the_topic(who: str) -> str:
    """A body's name read from a title in capitals, cut where the title's topic opens."""
    if not who.isupper():
        return who
    m = _CAPITALS_TOPIC.search(who)
    return who[: m.start()] if m is not None else who


# the head nouns of a body that signs a statement: "Ministry of Foreign Affairs of Ukraine", "Press Service of the
# Joint Forces Operation", "Permanent Mission of X to the OSCE"
_SIGNING_HEADS: Final = (
    r"(?:Ministry|Command|Staff|Office|Service|Committee|Council|Government|Headquarters|Administration|Department|"
    r"Agency|Embassy|Mission|Directorate|Commission|Delegation|Representation|Secretariat|Presidency)"
)
# a line that is nothing but a body's name: capitalised words joined by "of", "the", "and", "for", "to", "in", "on",
# one of them a body's head; maybe led by a dash ("— Ministry of ..."), maybe closed by a full stop
_SIGNATURE: Final = re.compile(
    rf"(?P<dash>[-–—]+\s*)?(?:[Tt]he\s+)?(?=(?:\S+\s+)*?{_SIGNING_HEADS}\b)"
    r"(?P<who>[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for|to|in|on)\s+)*[A-Z][\w'’-]*)*)\s*\.?"
)
_SIGNATURE_WORDS: Final = 16


def _at_most_words(line: str, most: int) -> bool:
    """`len(line.split()) <= most`, told by a split that stops after `most` splits: a line of more words leaves a
    remainder, one piece more, and a long line (a paragraph of 600 characters) is not split whole."""
    return len(line.split(None, most)) <= most


# a line giving where and when a statement was made: "Kyiv, 12 March 2023", "Vienna, March 12, 2023", "Kyiv, 12.03.2023"
_PLACE_DATE: Final = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+(?:[0-3]?\d\s+{m}|{m}\s+[0-3]?\d,?|[0-3]?\d[./][01]?\d[./])\s*\d{{4}}\.?".format(
        m=r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    )
)
# "we", "our", "us" as a word, and the quoted words, which are someone else's
_FIRST_PERSON_PLURAL: Final = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
_QUOTED: Final = re.compile('“[^”]*”|"[^"\\n]*"|«[^»]*»')


def signature_issuer(text: str) -> str | None:
    """The body that signs a document, at its end or its start: a line of nothing but the body's name led by a dash
    ("— Ministry of Foreign Affairs of Ukraine"), next to a line of place and date ("Kyiv, 12 March 2023"), or
    alone in a document that speaks as "we" outside quotes ("We have recorded ..."). None otherwise: a news
    article names its sources in its sentences, not on a line of their own."""
    head = _first_lines(text[:_EDGE_CHARS], 2)
    tail = _last_lines(text[-_EDGE_CHARS:], 2)
    if len(head) < 2 or len(tail) < 2:
        return None  # a signature and a line of text at least
    for near in (head, tail):  # the edge line, the line next to it
        dated = _PLACE_DATE.fullmatch(near[0]) is not None
        line, other = (near[1], near[0]) if dated else (near[0], near[1])
        signs = _at_most_words(line, _SIGNATURE_WORDS) and may_hold(line, _SIGNING_HEAD_WORDS)  # every match writes one
        m = _SIGNATURE.fullmatch(line) if signs else None
        if m is None or not _body_first(m.group("who")):
            continue
        if (
            m.group("dash")
            or dated
            or _PLACE_DATE.fullmatch(other) is not None
            or _FIRST_PERSON_PLURAL.search(_QUOTED.sub(" ", text)) is not None
        ):
            return m.group("who")
    return None


_EDGE_CHARS: Final = 600  # where a signature and the line next to it are looked for, at each end
# the heads `_SIGNATURE` looks ahead for, one of which every match writes (case-sensitive): its lookahead tries the
# alternation at each word of a line, so a line holding none of them is not matched
_SIGNING_HEAD_WORDS: Final = tuple(_SIGNING_HEADS.removeprefix("(?:").removesuffix(")").split("|"))
if not all(word.isalpha() for word in _SIGNING_HEAD_WORDS):
    raise ValueError("_SIGNING_HEADS must be an alternation of words (`_SIGNING_HEAD_WORDS`)")


def _last_lines(text: str, count: int) -> list[str]:
    """`_nonblank_lines(text)[-count:][::-1]`: the last `count` lines that are not blank, stripped, last first, read
    from the end rather than by splitting the whole text."""
    lines: list[str] = []
    end = len(text)
    while len(lines) < count and end >= 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line:
            lines.append(line)
        end = start - 1
    return lines


def body_name_line(line: str) -> str | None:
    """The body's name a line holds and nothing else ("Joint Staff of the Defence Forces of X", a heading above
    a tally's lead), else None: a line with a verb or a headline in title case names no body this way."""
    line = line.strip()
    if not line or not line[0].isupper() or len(line.split()) > _SIGNATURE_WORDS:
        return None
    m = _SIGNATURE.fullmatch(line)
    return m.group("who") if m is not None and _body_first(m.group("who")) else None


# a body's name in capitals on a title line of its own, the kind of document on the next line ("MINISTRY OF DEFENCE
# OF THE RUSSIAN FEDERATION" / "Information message"): the body issued it
_CAPITALS_BODY: Final = re.compile(rf"(?=(?:[A-Z'’-]+\s+)*?(?i:{_SIGNING_HEADS})\b)[A-Z][A-Z'’-]*(?:\s+[A-Z'’-]+)*")
_KIND_LINE: Final = re.compile(
    r"(?:(?:official|information|press|daily|operational)\s+)?(?:message|statement|briefing|bulletin|update|"
    r"report|release|communiqu[eé]|announcement|summary|information)\.?",
    re.IGNORECASE,
)
_LOWER_JOINERS: Final = frozenset({"of", "the", "and", "for", "to", "in", "on"})


def _capitals_title_issuer(text: str, first: str) -> str | None:
    """The body a title line in capitals names when the next line names the kind of document, in title case
    ("Ministry of Defence of the Russian Federation"); else None ("BREAKING NEWS" names no body)."""
    lines = _nonblank_lines(text[: _TITLE_REACH * 2])
    if len(lines) < 2 or _CAPITALS_BODY.fullmatch(first) is None or _KIND_LINE.fullmatch(lines[1]) is None:
        return None
    words = first.split()
    return " ".join(w.lower() if i and w.lower() in _LOWER_JOINERS else w.capitalize() for i, w in enumerate(words))


def _nonblank_lines(text: str) -> list[str]:
    return [line.strip() for line in text.strip().split("\n") if line.strip()]


_JOINER: Final = re.compile(r"\s+(?:of|for|to|in|on)\s+")


def _body_first(name: str) -> bool:
    """Whether a signature's words name a body: the words before its first "of"/"for"/"to" end with a body's
    head ("Ministry of Foreign Affairs", "Press Service of the ...", "Ukrainian Defence Ministry"), so a headline
    in title case ("Defence Ministry Says Troops Pull Back") is none."""
    head = _JOINER.split(name, 1)[0].split()[-1]
    return re.fullmatch(_SIGNING_HEADS, head) is not None


_LATE_TITLE_DAYS: Final = 1  # a title in local time may name the day after the UTC publication date


def bulletin_day(text: str, published: dt.date | None) -> DateMention | None:
    """The day a bulletin's title names ("...: operational information as of 06:00 on January 17, 2023", "...
    briefing, November 4"): when its figures were issued, as a wire dateline dates a story's statements. None
    for no bulletin, no day, or a day after publication."""
    if not _issuer(text)[1]:
        return None  # no title names an issuer
    lead = len(text) - len(text.lstrip())
    title = text[lead:].split("\n", 1)[0]
    days = [
        d
        for d in find_dates(title, lead, published)
        if d.ref.precision == "day"
        and d.ref.value is not None
        and not d.future
        and (published is None or (d.ref.value - published).days <= _LATE_TITLE_DAYS)
    ]
    return days[-1] if days else None


# "Posts by Governor X on his Telegram channel", "Messages from the Y on its Telegram channel, translated": a
# compilation of one author's posts, named in one of the first lines by a title that ends the line (a short trailer
# allowed: ", translated", a date, a bracketed note)
_CHANNEL_POSTS: Final = re.compile(
    r"(?:(?:the\s+)?(?:latest\s+)?(?:posts?|messages?|updates?|statements?)\s+(?:by|from|of)\s+(?:the\s+)?)"
    r"(?P<who>[A-Z][^:.!?\n]{2,80}?)\s+(?:on|in|to)\s+(?:his|her|their|its|the)\s+(?:official\s+)?"
    r"(?:Telegram|Facebook|Twitter|X|VK|VKontakte|Instagram)\s+(?:channel|page|account)\b"
    r"(?P<trailer>(?:\s*(?:,[^,\n]+|\([^)\n]*\)|\[[^\]\n]*\]|[-–—:][^\n]+))*)[\s.]*$",  # the title ends the line
    re.IGNORECASE,
)
_CHANNEL_TRAILER_CHARS: Final = 40  # what may follow the title on its line: ", translated", a date, "(excerpts)"
_CHANNEL_HEAD_LINES: Final = 3  # the title, a standfirst, a note


def _first_lines(text: str, count: int) -> list[str]:
    """`[line.strip() for line in text.lstrip().split("\\n") if line.strip()][:count]`, read line by line up to the
    `count`-th line that is not blank rather than by splitting the whole document."""
    lines: list[str] = []
    pos = 0
    while len(lines) < count and pos <= len(text):
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        line = text[pos:end].strip()
        if line:
            lines.append(line)
        pos = end + 1
    return lines


def channel_author(text: str) -> str | None:
    """The words naming whose posts a document gathers, when one of its first lines says so ("Posts by Governor X
    on his Telegram channel, translated"), else None: each post that names no speaker is the author's."""
    for line in _first_lines(text, _CHANNEL_HEAD_LINES):
        if len(line) > _TITLE_REACH:
            continue
        m = _CHANNEL_POSTS.match(line)
        if m is not None and len(m.group("trailer")) > _CHANNEL_TRAILER_CHARS:
            continue  # "Updates from X on its Telegram channel were deleted, and ...": a sentence, not a title
        if m is not None and m.group("who")[0].isupper():  # a name, not "posts by officials on the channel"
            return m.group("who").strip()
    return None
