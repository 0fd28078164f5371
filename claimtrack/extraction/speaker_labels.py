"""Speakers given by the layout of a document rather than by a verb of saying.

Transcripts and interviews put the speaker's name before a colon at the start of a line ("GEN. MARSH: ...",
"Mr. Kirby: ...", "Budanov: ..."): every sentence of that line is the labelled speaker's answer; a question
label ("Q:", "Interviewer:") asserts nothing. Posts and statements quoted after a header line ending in a colon
("Anna Berg (Telegram, 3 May):", "The governor wrote on Telegram:") are the header's speaker's words, on the next
line. `LineSpeakers` follows a document line by line and says whose words each sentence is when nothing in the
sentence says so.

A list set out under such a header ("The General Staff said on Monday that Russia had lost:" then "- 1,050 tanks",
"- 2,300 armoured vehicles;") is the header's speaker's to its end: each bulleted, dashed or numbered line after the
first that states a count is theirs too, dated by the header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from claimtrack.extraction.actors import ORG_HEADS, TITLE_WORDS, PersonRegistry, resolve_actor
from claimtrack.extraction.list_items import ends_with_full_stop, is_unmarked_item
from claimtrack.extraction.prefilter import is_space_at, word_start_scan
from claimtrack.extraction.quantities import find_counts, placed_item_counts
from claimtrack.extraction.quote_layouts import answer_runs_on, is_transcript
from claimtrack.extraction.sentences import Sentence
from claimtrack.records import ActorRef

# "Q:", "QUESTION:", "Interviewer:", "Reporter:": a question's turn
_QUESTION_LABEL: Final = re.compile(
    r"(?:Q|Q\.|QUESTION|Question|INTERVIEWER|Interviewer|REPORTER|Reporter|JOURNALIST|Journalist|HOST|Host)"
    r"\s*:\s+(?=\S)"
)
# "GEN. RYDER:", "Mr. Kirby:", "SECRETARY AUSTIN:", "Brig. Gen. Ryder:": a title, then one or two name words
_TITLED_LABEL: Final = re.compile(
    r"(?P<title>(?:(?:LT|Lt|MAJ|Maj|BRIG|Brig|VICE|Vice|REAR|Rear)\.?\s+)?(?:MR|Mr|MS|Ms|MRS|Mrs|DR|Dr|GEN|Gen|"
    r"ADM|Adm|COL|Col|CAPT|Capt|CMDR|Cmdr|SEN|Sen|REP|Rep|GOV|Gov|AMB|Amb|SGT|Sgt)\.?|SECRETARY|Secretary|"
    r"AMBASSADOR|Ambassador|PRESIDENT|President|MINISTER|Minister|GENERAL|General|ADMIRAL|Admiral|COLONEL|Colonel|"
    r"GOVERNOR|Governor|SPOKESMAN|Spokesman|SPOKESWOMAN|Spokeswoman|SPOKESPERSON|Spokesperson)\s+"
    r"(?P<name>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)?)\s*:\s+(?=\S)"
)
# "Budanov:", "ANNA BERG:", "Anna Berg:": one to three name words, known as a person's (see `_label_person`)
_NAME_LABEL: Final = re.compile(r"(?P<name>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2})\s*:\s+(?=\S)")
# a label set in bold, as interviews print them (the sentence splitter drops the opening marks): "**Tur:** ...",
# "**Jan Becker**: ..."
_BOLD_LABEL: Final = re.compile(
    r"(?:\*\*)?(?P<name>[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){0,3})\s*(?::\*\*|\*\*\s*:)\s*(?=\S)"
)
# an interview's answer label: "A:", "Answer:" (the interviewee's turn)
_ANSWER_LABEL: Final = re.compile(r"(?:\*\*)?(?:A|ANSWER|Answer)\s*(?::\*\*|:)\s*(?=\S)")
# a line opening with a dash, as interviews set their turns ("— How many? / — About 300."): the dash, then text
_DASH_TURN: Final = re.compile(r"[—–-][ \t]+(?=\S)")
_DASHES: Final = frozenset("—–-")

# a list item's marker opening a line: bullets or dashes ("- ", "• ", "* ", "— "), or a number or a letter closed by a
# bracket or a full stop ("1) ", "2. ", "(3) ", "b) ")
_LIST_MARKER: Final = re.compile(r"[ \t]*(?:[•·*▪◦‣\-–—]+|\(?(?:\d{1,2}|[a-z])\)|\d{1,2}\.)[ \t]+(?=\S)")

_LABEL_REACH: Final = 48  # the longest label: a title of three words and a name of two, then the colon
# a line of figures under a label of a few words and a colon, no verb of its own: "In the northern regions: 3,100
# casualties (1,400 killed and 1,700 injured).", "Among children: 212 killed"
_LABELLED_FIGURES: Final = re.compile(
    r"(?:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,6}:\s+(?:(?:about|some|over|more\s+than|at\s+least|nearly|almost)\s+)?\d"
)

# a header line ending in a colon before a post: "Anna Berg, governor of X (Telegram, 3 May, 19:40):"
_POST_HEADER: Final = re.compile(
    r"(?P<who>[A-Z][^,():]{1,60}?)(?:,\s+[^():]{1,80}?)?\s*\(\s*(?:Telegram|X|Twitter|Facebook|Instagram|VK|"
    r"VKontakte|WhatsApp|Truth\s+Social|YouTube|Viber)\b[^()]{0,40}\)\s*:"
)
# what a turn says without asserting anything: a greeting or thanks with no figure in it ("Thank you all for coming
# today."), a bare reply of a word or two ("Yes, sir.", "Okay, go ahead."), a question; "No, but 3,000 troops are
# there now." asserts something
_NOTHING_ASSERTED: Final = re.compile(
    r"(?:[^:]{1,40}:\**\s+)?(?:(?:thank\s+you|thanks|good\s+(?:morning|afternoon|evening)|hello|hi)\b[^.!?\d]{0,40}[.!]?|"
    r"(?:okay|ok|all\s+right|sure|yes|no)\b(?:[,\s]+[A-Za-z'’]+){0,2}[.!]?|.*\?[\"”’]?)\s*",
    re.IGNORECASE,
)


# words before a surname that are not a first name: "Press Secretary Karine Jean-Pierre", "Air Force Col. Dana
# Whitlock": the lexicon's titles and organisation heads, and the few words that join them
_JOINING_WORDS: Final = frozenset({"air", "marine", "the", "and", "of"})


def _not_a_first_name(word: str) -> bool:
    low = word.lower()
    return low in TITLE_WORDS or low in ORG_HEADS or low in _JOINING_WORDS


def _title_case(name: str) -> str:
    """ "RYDER" -> "Ryder", "JEAN-PIERRE" -> "Jean-Pierre"; a name already in mixed case is kept."""
    if not name.isupper():
        return name
    return re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), name.lower())


def _name_run_start(text: str, end: int) -> int:
    """Where the run of word characters, apostrophes, hyphens and spaces ending at `end` starts."""
    start = end
    while start > 0:
        c = text[start - 1]
        if not (c.isalnum() or c.isspace() or c in "_'’-"):
            break
        start -= 1
    return start


def _full_name_before(surname: str, text: str) -> str | None:
    """The last full name ending in `surname` that `text` spells out ("Air Force Brig. Gen. Pat Ryder" ->
    "Pat Ryder"), if any: one or two capitalised first names, not titles."""
    found: str | None = None
    first = text.find(surname)
    if first < 0:
        return None
    # every match is a run of word characters and spaces up to the surname: none starts before the run that holds
    # the surname's first occurrence
    pattern = re.compile(r"((?:[A-Z][\w'’-]*\s+){1,2})" + re.escape(surname) + r"\b")
    for m in pattern.finditer(text, _name_run_start(text, first)):
        words = m.group(1).split()
        while words and (_not_a_first_name(words[0]) or words[0].endswith(("'s", "’s"))):
            words.pop(0)
        if words and not any(_not_a_first_name(w) for w in words):
            found = " ".join([*words, surname])
    return found


def _label_person(name: str, before: str, persons: PersonRegistry, titled: bool) -> ActorRef | None:
    """The person a line's label names: a person known by that surname (a speaker already read, or the actor
    lexicon: "Budanov" -> Kyrylo Budanov), else the full name spelled out earlier in the document ("Air Force
    Brig. Gen. Pat Ryder" ... "GEN. RYDER:"). A bare surname no one spelled out is a person only after a title
    ("CAPT. MARSH"); an unknown bare name ("Photo:", "READ MORE:") is no label."""
    name = _title_case(name)
    actor = resolve_actor(name, persons)
    if actor is not None and actor.kind == "person" and " " not in name and actor.name.endswith(" " + name):
        return actor  # the surname of a known person
    full = _full_name_before(name, before) if " " not in name else None
    if full is not None:
        actor = resolve_actor(full, persons)
    elif not titled and not (" " in name and name in before):
        return None
    return actor if actor is not None and actor.kind == "person" else None


def is_post_header(line: str) -> bool:
    """Whether a line is a header naming a speaker and the platform of a post ("Anna Berg (Telegram, 3 May):")."""
    return _POST_HEADER.fullmatch(line.strip()) is not None


def _post_header(line: str, persons: PersonRegistry) -> ActorRef | None:
    """The person or body a header line names before a post ("Anna Berg (Telegram, 3 May):"), if it is one."""
    m = _POST_HEADER.fullmatch(line.strip())
    if m is None:
        return None
    actor = resolve_actor(m.group("who"), persons)
    if actor is None or actor.kind not in {"person", "organisation"}:
        return None
    return actor


# a byline or credit naming who asked the questions: "By Anna Lytvyn", "Interview: Jan Becker", "Interviewed by X"
_INTERVIEWER_LINE: Final = re.compile(
    r"(?:By|BY|Interview|INTERVIEW|Interviewed\s+by|Interview\s+by|Interviewer|Questions\s+by)\s*:?\s+"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\b"
)
# a person's name of two or three words on one line, then an apposition or a verb: "Oleh Marchuk, the governor of
# ...", "Iryna Dovhan spoke to us", "Thomas Weiss (UNHCR) has just returned"
_INTRO_NAME: Final = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})(?=,|[ \t]+\(|[ \t]+[a-z])"
)
# capitalised words that open a sentence but no name: "In Kharkiv the ...", "Last Week we ..."
_NOT_NAME_WORDS: Final = frozenset(
    "a an the in on at by for from to of after before during since last this that these those we our he she his "
    "her they their it its when while as and but or so yesterday today".split()
)


@dataclass(frozen=True)
class InterviewParties:
    """Who answers and who asks in an interview's layout: the interviewee the intro names, and the words of the
    interviewer's name given by the byline ("By Anna Lytvyn", "Interview: Jan Becker")."""

    interviewee: str | None
    interviewer: frozenset[str]
    dash_turns: bool  # the turns are set as dash-led lines ("— How many? / — About 300.")


def _opens_turn(line: str) -> bool:
    return (
        _QUESTION_LABEL.match(line) is not None
        or _ANSWER_LABEL.match(line) is not None
        or _BOLD_LABEL.match(line) is not None
        or _DASH_TURN.match(line) is not None
    )


# how every `_INTERVIEWER_LINE` match begins (the pattern is case-sensitive)
_INTERVIEWER_OPENINGS: Final = ("By", "BY", "Interview", "INTERVIEW", "Questions")


def interviewer_names(text: str) -> frozenset[str]:
    """`interview_parties(text).interviewer` alone: the words of the interviewer's name the byline gives, read
    without the intro's names (a label's speaker is checked against them in any text with a label)."""
    names: set[str] = set()
    for opening in _INTERVIEWER_OPENINGS:
        if opening in text:
            break
    else:
        return frozenset(names)
    for line in text.split("\n"):
        line = line.strip()
        m = _INTERVIEWER_LINE.match(line)
        if m is not None and not _opens_turn(line):
            names.add(m.group("name").lower())
            names.add(m.group("name").split()[-1].lower())
    return frozenset(names)


def dash_turns(text: str) -> bool:
    """`interview_parties(text).dash_turns` alone: whether two lines or more are questions set after a dash."""
    if "?" not in text:
        return False
    questions = 0
    for line in text.split("\n"):
        line = line.strip()
        if line and line[0] in _DASHES and line.endswith("?") and _DASH_TURN.match(line) is not None:
            questions += 1
    return questions >= 2


# a question of the interviewer's set as a line of its own, without a label: short, addressed to the interviewee
# ("How many guns does your battery have?", "Ms Varna, how was the winter for you?"), no one's quoted words
_BARE_QUESTION_REACH: Final = 300
_ADDRESSED: Final = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_BARE_TURNS_NEEDED: Final = 2
# an interviewee known only by a call sign: 'His comrades know him by the call sign "Grim".'
_CALL_SIGN: Final = re.compile(r"\bcall[\s-]?sign,?\s+[\"“'‘]?(?P<name>[A-Z][a-z'’-]+)")


# the intro's sentence on when the interview was held: "We interviewed him on Saturday", "We talked to her on Tuesday",
# "we spoke on Monday with Anna Berg", "The interview was conducted on 3 May", "X answered our questions on Thursday"
_MEETING: Final = re.compile(
    r"\b(?:(?:[Ww]e|I)\s+(?:met|spoke|talked|interviewed|reached|caught\s+up\s+with|put\s+(?:[\w'’]+\s+)?questions\s+to)\b"
    r"|[Ii]nterview\s+(?:was\s+(?:conducted|recorded|held)|took\s+place)\b"
    r"|\banswered\s+(?:our|my|readers['’]?|the)\s+questions\b)"
)


# `_MEETING` found by a scan from one character that is no word character to the next (each of its branches opens with
# a word character after `\b`): a search of a whole page for the pattern ran its matcher at every character
_MEETING_SCAN: Final = word_start_scan(_MEETING)


# what every `_MEETING` match opens with, past its `\b`: "We", "we" or "I" before the whitespace its `\s+` needs
# (the first branch), "Interview" or "interview" (found by the "nterview" they share, one character in), "answered"
_MEETING_OPENINGS: Final = ("We", "we", "I")
_MEETING_WORDS: Final = (("nterview", 1), ("answered", 0))


def _holds_meeting(text: str) -> bool:
    """Whether `_MEETING` matches somewhere in `text` (`_MEETING_SCAN.search(text) is not None`): the pattern matched
    only where a match can open (`_MEETING_OPENINGS` before whitespace, `_MEETING_WORDS`), each found by `str.find`,
    where the scan tried every start of a word of a whole page (`\\b` still reads the character before)."""
    for opening in _MEETING_OPENINGS:
        at = text.find(opening)
        while at >= 0:
            after = at + len(opening)
            if after < len(text) and is_space_at(text, after) and _MEETING.match(text, at) is not None:
                return True
            at = text.find(opening, at + 1)
    for word, back in _MEETING_WORDS:
        at = text.find(word, back)
        while at >= 0:
            if _MEETING.match(text, at - back) is not None:
                return True
            at = text.find(word, at + 1)
    return False


def interview_meeting(text: str) -> bool:
    """Whether a sentence says when the interviewer met the interviewee ("We interviewed him on Saturday ...")."""
    return _holds_meeting(text)


def bare_question(line: str) -> bool:
    """Whether a line is one short question alone, with no label and no quote mark opening it (set in bold or
    not: "**How many have left?**")."""
    line = line.strip()
    if line.endswith("**"):
        line = line.strip("*").strip()
    return (
        line.endswith("?")
        and len(line) <= _BARE_QUESTION_REACH
        and line[:1] not in "\"“‘'"
        and "?" not in line[:-1]
        and not _opens_turn(line)
    )


def bare_turns(text: str) -> bool:
    """Whether an interview is set as bare lines: two questions or more, each a line of its own followed by a line
    that is no question (the answer), and each addressing the interviewee ("you", "your") unless the page says it
    is an interview ("We put readers' questions to X", "We spoke to her on Tuesday", a "Q&A:" title)."""
    if "?" not in text:
        return False
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    asked = unaddressed = 0
    for line, following in zip(lines, lines[1:], strict=False):
        if bare_question(line) and not following.endswith("?"):
            if _ADDRESSED.search(line):
                asked += 1
            else:
                unaddressed += 1
    if asked >= _BARE_TURNS_NEEDED:
        return True
    return asked + unaddressed >= _BARE_TURNS_NEEDED and _says_interview(text, lines[0] if lines else "")


_INTERVIEW_TITLE: Final = re.compile(r"(?:Q\s*&\s*A|Q\s+and\s+A|Interview|INTERVIEW)\b")


def _says_interview(text: str, title: str) -> bool:
    """Whether a page says it is an interview: a title opening "Q&A" or "Interview", or a sentence on the meeting
    ("We put readers' questions to X", "We spoke to her on Tuesday")."""
    return _INTERVIEW_TITLE.match(title) is not None or _holds_meeting(text)


def interview_parties(text: str, bare: bool = False) -> InterviewParties:
    """The parties of an interview laid out in turns: the interviewee is the first person the text names with an
    apposition or a verb before the first turn (the byline's name excepted), else the call sign the intro gives;
    the interviewer is the byline's. `bare`: the turns are questions on lines of their own (`bare_turns`)."""
    interviewer: set[str] = set()
    intro: list[str] = []
    dash_questions = 0
    first_turn = True
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if _opens_turn(line) or bare and bare_question(line):
            first_turn = False
            if _DASH_TURN.match(line) is not None and line.endswith("?"):
                dash_questions += 1
            continue
        m = _INTERVIEWER_LINE.match(line)
        if m is not None:
            interviewer.add(m.group("name").lower())
            interviewer.add(m.group("name").split()[-1].lower())
        elif first_turn:
            intro.append(line)
    interviewee: str | None = None
    for m in _INTRO_NAME.finditer("\n".join(intro)):
        words = m.group("name").split()
        while words and _not_a_first_name(words[0]):  # "Colonel Pavel Hrytsenko": the name after the title
            words.pop(0)
        name = " ".join(words)
        if (
            len(words) < 2
            or words[0].lower() in _NOT_NAME_WORDS
            or name.lower() in interviewer
            or any(_not_a_first_name(w) for w in words)
        ):
            continue
        actor = resolve_actor(name)
        if actor is not None and actor.kind == "person" and " " in actor.name:
            interviewee = name
            break
    if interviewee is None and bare and (sign := _CALL_SIGN.search("\n".join(intro))) is not None:
        interviewee = sign.group("name")
    return InterviewParties(interviewee, frozenset(interviewer), dash_questions >= 2)


def _labelled_figures(line: str) -> bool:
    """Whether a line opens with a short label and a colon, a count right after it (`_LABELLED_FIGURES`): the
    breakdown a tally gives on the lines after its items, in its issuer's voice."""
    colon = line.find(":", 0, _LABEL_REACH)
    return colon > 0 and _LABELLED_FIGURES.match(line.strip()) is not None and bool(find_counts(line[colon + 1 :]))


@dataclass
class LineSpeakers:
    """Whose words the sentences of each line are, from a speaker label or the header line before it."""

    text: str
    paragraph: int = -1  # the line of the last sentence seen
    owner: ActorRef | None = None  # the labelled speaker of that line (or the header's, on the line after it)
    opens_label: bool = False  # the last sentence seen opens with its line's speaker label
    header: ActorRef | None = None  # the speaker a header line gives the next line
    header_at: int = -1  # the index of that header line's sentence
    header_text: str = ""  # and its words
    from_header: int = -1  # the header sentence whose speaker the current line has, if any
    labelled: bool = False  # the current line is a labelled turn, or a paragraph its answer runs on into
    transcript: int = -1  # whether the text has a question line (`is_transcript`): 1 yes, 0 no, -1 not yet asked
    parties: InterviewParties | None = None  # an interview's parties, read when a line first opens like a turn
    asking: bool = False  # the current line is a question's turn ("Q: ...", "Reuters: ...?"): its label is no speaker
    interviewer: frozenset[str] | None = None  # the parties' interviewer alone (`interviewer_names`), read first
    dashed: bool | None = None  # the parties' `dash_turns` alone, read first
    bare: int = -1  # whether the text is an interview of bare question lines (`bare_turns`): 1 yes, 0 no, -1 unread
    bare_parties: InterviewParties | None = None  # that interview's parties, its questions taken as turns
    answer_due: bool = False  # the line before was such a question: this line is the answer
    bare_answer: bool = False  # the current line is such an answer
    met_at: int = -1  # the index of the intro's sentence saying when the interview was held ("We talked to her then")
    list_owner: ActorRef | None = None  # the speaker of the header above the list being read, if any
    list_at: int = -1  # the index of that header's sentence
    list_lead_in: str = ""  # and its words, which may name what the items count ("The drones were downed in:")
    list_line: int = -1  # the line of the list's last item
    listed: bool = False  # the current line is an item after the first of such a list, holding a count
    list_marked: bool = True  # that list's items open with a marker ("- ", "1. "); else each is a short line alone
    list_stops: bool = False  # an unmarked list's first item ends in a full stop: each item does ("UAVs – 3.")
    last_stop: bool = False  # its last item did: the list's end, unless every item does

    def speaker(self, sentence: Sentence, persons: PersonRegistry) -> ActorRef | None:
        """The speaker the layout gives `sentence`: its line's label's, or the header's before the line; None in
        a question's turn ("Q: ...") or outside any label."""
        self.opens_label = False
        if sentence.paragraph != self.paragraph:
            previous, self.paragraph, self.asking = self.paragraph, sentence.paragraph, False
            answer = self.owner if self.labelled and self.header is None and self._answer_runs_on(sentence) else None
            self.from_header = self.header_at if self.header is not None else -1
            self._follow_list(sentence, previous)
            self.owner, self.header, self.header_at, self.labelled = self.header or answer, None, -1, answer is not None
            if self.listed:
                self.owner, self.from_header = self.list_owner, self.list_at
            if 0 <= sentence.text.find(":", 0, _LABEL_REACH):  # every label ends with a colon near the start
                label = self._label(sentence, persons)
                if label is not None:
                    self.owner, self.opens_label, self.from_header, self.labelled = label, True, -1, True
                elif (
                    _QUESTION_LABEL.match(sentence.text)
                    or self._asks(sentence.text)
                    or self._outlet_asks(sentence, persons)
                ):
                    self.owner, self.labelled, self.asking = None, False, True
                elif _ANSWER_LABEL.match(sentence.text):  # "A: ...": the interviewee's turn
                    self.owner = self._interviewee(persons)
                    self.opens_label, self.from_header, self.labelled = True, -1, self.owner is not None
            elif self._dash_led(sentence):
                self._dash_turn(sentence, persons)
            self._bare_turn(sentence, persons)
        if self.owner is not None and _NOTHING_ASSERTED.fullmatch(sentence.text):
            return None  # "Thank you, everyone.", a question back: the turn's speaker claims nothing there
        return self.owner

    def _follow_list(self, sentence: Sentence, previous: int) -> None:
        """Note whether the line `sentence` opens is an item of a list under a header: the first item of one, right
        after the header (it has the header's speaker as any line after a header has), or an item after an item of
        the list on the line before (`previous`); the latter is the list's speaker's (`listed`) when it holds a
        count ("- 2,300 armoured vehicles;", "artillery systems – 640 (+4)"). The items open with a marker, or none
        does and each is a short line that is no sentence (`is_unmarked_item`: "tanks – 269;"), the last one ending
        in a full stop unless every one does. A line that is no item, or an item set otherwise than the first,
        ends the list."""
        self.listed = False
        if self.header is None and self.list_owner is None:
            return
        line = self._line(sentence)
        marker = _LIST_MARKER.match(line)
        item = marker.end() if marker is not None else 0 if is_unmarked_item(line) else -1
        stop = marker is None and ends_with_full_stop(line)
        if item < 0:
            self._list_runs_on(sentence, previous, line)
        elif self.header is not None:
            self.list_owner, self.list_at, self.list_line = self.header, self.header_at, sentence.paragraph
            self.list_lead_in = self.header_text
            self.list_marked, self.list_stops, self.last_stop = marker is not None, stop, stop
        elif (
            previous == self.list_line
            and self.list_marked == (marker is not None)
            and (not self.last_stop or (self.list_stops and stop))
        ):
            self.list_line, self.last_stop = sentence.paragraph, stop
            # "tanks – 7,420": the noun opens the item; "Odesa region – 6": the lead-in's ("drones were downed in:")
            self.listed = bool(find_counts(line[item:]) or placed_item_counts(line[item:], 0, self.list_lead_in))
        else:
            self._list_runs_on(sentence, previous, line)

    def _list_runs_on(self, sentence: Sentence, previous: int, line: str) -> None:
        """End the list at a line that is none of its items, unless that line, right below the items, goes on
        with the tally under a label of its own ("In the northern regions: 3,100 casualties (...)"): the issuer's
        too (`_labelled_figures`), and so is such a line after it."""
        if self.list_owner is not None and previous == self.list_line and _labelled_figures(line):
            self.list_line, self.listed = sentence.paragraph, True
        else:
            self.list_owner = None

    def _line(self, sentence: Sentence) -> str:
        """The whole line `sentence` stands on."""
        start = self.text.rfind("\n", 0, sentence.start) + 1
        end = self.text.find("\n", sentence.start)
        return self.text[start : end if end >= 0 else len(self.text)]

    def _answer_runs_on(self, sentence: Sentence) -> bool:
        """Whether a paragraph without a label of its own goes on with a transcript's answer above it: the text
        has question lines and another turn follows this paragraph (an article's subhead "Lavrov: ..." does not
        own the article below it, nor a transcript's last answer the text after it)."""
        if self.transcript < 0:
            self.transcript = 1 if is_transcript(self.text) or bare_turns(self.text) else 0
        if not self.transcript:
            return False
        newline = self.text.find("\n", sentence.start)
        return newline >= 0 and answer_runs_on(self.text, newline)

    def heard(self, sentence: Sentence, claimant: ActorRef | None, persons: PersonRegistry) -> None:
        """Note a sentence read with its claimant: a line that ends in a colon after naming a speaker hands the
        next line to that speaker ("The governor wrote on Telegram:", "Anna Berg (Telegram, 3 May):")."""
        if sentence.text.endswith(":") and _ends_line(self.text, sentence.end):
            self.header = claimant or _post_header(sentence.text, persons)
            self.header_at, self.header_text = sentence.index, sentence.text

    def titled(self, sentence: Sentence, issuer: ActorRef, own_line: bool = True) -> None:
        """Note a line that names the issuer of a tally without a verb of saying ("Source: Ministry of Defence",
        "X: combat losses as of 5 March"): it hands the list right below it to the issuer, when the next line is
        an item holding a count; a paragraph after it is not the issuer's. A lead whose issuer comes from the
        sentence before it (`own_line` false: "X published its update. Losses so far:") may close that line."""
        if not _ends_line(self.text, sentence.end):
            return
        line_start = self.text.rfind("\n", 0, sentence.start) + 1
        if own_line and self.text[line_start : sentence.start].strip(" \t*#•-–—"):
            return  # the sentence does not open its line
        newline = self.text.find("\n", sentence.end)
        following = self.text[newline + 1 : newline + 1 + _NEXT_LINE_REACH].lstrip("\n") if newline >= 0 else ""
        if counted_item(following.split("\n", 1)[0]):
            self.header, self.header_at, self.header_text = issuer, sentence.index, sentence.text

    def _parties(self) -> InterviewParties:
        if self.parties is None:
            self.parties = interview_parties(self.text)
        return self.parties

    def _interviewee(self, persons: PersonRegistry) -> ActorRef | None:
        name = self._parties().interviewee
        actor = resolve_actor(name, persons) if name is not None else None
        return actor if actor is not None and actor.kind == "person" else None

    def _outlet_asks(self, sentence: Sentence, persons: PersonRegistry) -> bool:
        """Whether a line is a reporter's question at a press conference, labelled with the outlet that asks
        ("Reuters: ... ?", "CCTV: ... Can you share more details?"): an outlet's name or an acronym before the
        colon, and a line that ends in a question mark."""
        m = _NAME_LABEL.match(sentence.text)
        if m is None:
            return False
        newline = self.text.find("\n", sentence.start)
        if not self.text[sentence.start : newline if newline >= 0 else len(self.text)].rstrip(' "”’').endswith("?"):
            return False
        outlet = resolve_actor(m.group("name"), persons)
        return outlet is not None and (outlet.kind == "media" or m.group("name").isupper())

    def _asks(self, text: str) -> bool:
        """Whether a line's label names the interviewer the byline credits ("**Becker:** ..." after "Interview: Jan
        Becker"): a question's turn."""
        m = _BOLD_LABEL.match(text) or _NAME_LABEL.match(text)
        if m is None:
            return False
        if self.interviewer is None:
            self.interviewer = interviewer_names(self.text) if self.parties is None else self.parties.interviewer
        return m.group("name").lower() in self.interviewer

    def _bare_turn(self, sentence: Sentence, persons: PersonRegistry) -> None:
        """A line of an interview set as bare lines (`bare_turns`): a question asks; the one line right after it is
        the interviewee's answer (a later line may be the writer's again)."""
        due, self.answer_due, self.bare_answer = self.answer_due, False, False
        if self.bare < 0:
            self.bare = int(bare_turns(self.text))  # read once: a text without "?" has none
        if not self.bare or self.owner is not None or self.asking:
            return
        newline = self.text.find("\n", sentence.start)
        line = self.text[sentence.start : newline if newline >= 0 else len(self.text)]
        if self.text[self.text.rfind("\n", 0, sentence.start) + 1 : sentence.start].strip(" \t*"):
            return  # the sentence does not open its line (a bold question's opening marks aside)
        if bare_question(line):
            self.asking = self.answer_due = True
        elif due:
            if self.bare_parties is None:
                self.bare_parties = interview_parties(self.text, bare=True)
            name = self.bare_parties.interviewee
            actor = resolve_actor(name, persons) if name is not None else None
            self.owner = actor if actor is not None and actor.kind == "person" else None
            self.bare_answer = self.owner is not None

    def in_answer(self) -> bool:
        """Whether the current line is an interviewee's turn in an interview laid out in turns: a bare answer, a
        dash-led answer, or a labelled turn (or the paragraph it runs on into) of a text with question lines,
        labelled ("Q: ...") or bare (questions on lines of their own, then "Adam: ..." answers)."""
        if self.owner is None or self.asking:
            return False
        if self.bare_answer:
            return True
        if not self.labelled or self.from_header >= 0:
            return False
        if self.transcript < 0:
            self.transcript = 1 if is_transcript(self.text) or bare_turns(self.text) else 0
        return self.transcript == 1 or bool(self.dashed)

    def answer_dated_by(self, sentence: Sentence) -> int:
        """The index of the sentence saying when the interview was held, for a sentence of a bare answer whose
        words it dates ("We interviewed him on Saturday."); -1 for any other sentence or when none says."""
        if self.met_at < 0 and self.bare == 1 and interview_meeting(sentence.text):
            self.met_at = sentence.index
        return self.met_at if self.bare_answer else -1

    def _dash_led(self, sentence: Sentence) -> bool:
        """Whether the sentence opens a line after a dash (the sentence splitter leaves the dash out)."""
        line_start = self.text.rfind("\n", 0, sentence.start) + 1
        return self.text[line_start : sentence.start].strip() in _DASHES

    def _dash_turn(self, sentence: Sentence, persons: PersonRegistry) -> None:
        """A dash-led line of an interview set in dashes: a question asks, any other line is the interviewee's."""
        if self.dashed is None:
            self.dashed = dash_turns(self.text) if self.parties is None else self.parties.dash_turns
        if not self.dashed:
            return
        newline = self.text.find("\n", sentence.start)
        line = self.text[sentence.start : newline if newline >= 0 else len(self.text)].strip()
        self.owner = None if line.endswith("?") else self._interviewee(persons)
        self.opens_label, self.from_header, self.labelled = self.owner is not None, -1, self.owner is not None

    def _label(self, sentence: Sentence, persons: PersonRegistry) -> ActorRef | None:
        text = sentence.text
        before = self.text[: sentence.start]
        if 0 <= text.find("**", 0, _LABEL_REACH):  # the splitter keeps a bold label's closing marks
            m = _BOLD_LABEL.match(text)
            if m is not None:
                return None if self._asks(text) else _label_person(m.group("name"), before, persons, titled=True)
        m = _TITLED_LABEL.match(text)
        if m is not None:
            return _label_person(m.group("name"), before, persons, titled=True)
        m = _NAME_LABEL.match(text)
        if m is not None and not _QUESTION_LABEL.match(text) and not self._asks(text):
            return _label_person(m.group("name"), before, persons, titled=False)
        return None


def counted_item(line: str) -> bool:
    """Whether a line is a list item holding a count: after a marker ("• 5,120 armoured vehicles"), or a short
    line that is no sentence (`is_unmarked_item`: "tanks – 3,840 (+6) units")."""
    marker = _LIST_MARKER.match(line)
    item = line[marker.end() :] if marker is not None else line if is_unmarked_item(line) else ""
    return bool(item) and bool(find_counts(item))


_NEXT_LINE_REACH: Final = 400  # how far below a title line its first item is looked for (blank lines between)


def _ends_line(text: str, end: int) -> bool:
    """Whether nothing but spaces follows `end` on its line."""
    newline = text.find("\n", end)
    return not text[end : newline if newline >= 0 else len(text)].strip()
