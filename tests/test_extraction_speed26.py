"""Stop 26's speed-ups find exactly what the plain computation finds, on any text.

Each property compares a shortcut with the code it replaced (kept here as the reference), on text built from
the pieces the patterns look for, mixed with odd whitespace, punctuation and letters that case folding treats
specially.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.extraction import bulletins, date_carry, follow_on, place_links, place_phrases, spellings
from claimtrack.extraction.quantities import find_counts

QUICK = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_ODD_PIECES = [" ", "  ", "\n", "\t", ",", ".", "-", "'", "’", "_", "2", "é", "ł", "ż", "İ", "ı", "ſ", "\u212a", "Σ",
               "(", ":", ";", "“", "”"]  # fmt: skip


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(words + _ODD_PIECES), max_size=30).map("".join)


# --- spellings.name_key: remembered per name --------------------------------------------------------------------

_NAME_PIECES = ["Zełenski", "Zelenskyy", "Wołodymyr", "Volodymyr", "Konaszenkow", "Szczecin", "tsch", "Załużny",
                "Ministry", "of", "the", "Defence", "Mr.", "O'Brien", "O’Brien", "jj", "yy", "ww", "NATO"]  # fmt: skip


@QUICK
@given(st.lists(_texts(_NAME_PIECES), max_size=8))
def test_name_key_remembered_is_computed(names: list[str]) -> None:
    for name in names + names:  # the second time from the memo
        assert spellings.name_key(name) == spellings.spelling_key(name)


def test_name_key_memo_is_bounded() -> None:
    for i in range(spellings.NAME_KEY_MEMO_SIZE + 10):
        assert spellings.name_key(f"Name {i}") == spellings.spelling_key(f"Name {i}")
    assert len(spellings._NAME_KEYS) <= spellings.NAME_KEY_MEMO_SIZE
    assert spellings.name_key("Wołodymyr Zełenski") == "volodimir zelenski"


# --- date_carry.occasion_noun_matches: the occasion nouns found at runs of letters ----------------------------------

_OCCASION_PIECES = ["session", "sessions", "Session", "SESSIONS", "briefing", "Briefinges", "meeting", "meetings",
                    "conference", "summit", "hearing", "interview", "debate", "forum", "address", "addressed",
                    "addresses", "speech", "speeches", "talks", "talkses", "sitting", "possession", "ſession",
                    "ses", "sion", "the", "held", "on Tuesday", "a second", "Tuesday's"]  # fmt: skip


@QUICK
@given(_texts(_OCCASION_PIECES))
def test_occasion_noun_matches_are_finditer(text: str) -> None:
    found = [(m.span(), m.group("noun")) for m in date_carry.occasion_noun_matches(text)]
    assert found == [(m.span(), m.group("noun")) for m in date_carry._OCCASION_NOUN.finditer(text)]


def test_occasion_noun_matches_examples() -> None:
    text = "The weekly briefing and two Sessions followed; the possession and sessioné were not."
    assert [m.group(0) for m in date_carry.occasion_noun_matches(text)] == ["briefing", "Sessions"]
    assert date_carry.occasion_noun_matches("He addressed the readdressing crowd.") == []


# --- follow_on.continues_report: the toll's word looked up among the runs of letters ---------------------------------


def _continues_report_plain(text: str) -> bool:
    """`follow_on.continues_report` as it was: the toll's words found with `re.findall` on `text.lower()`."""
    if follow_on.reported_without_agent(text):
        return True
    low = text.lower()
    if not (follow_on.TOLL_PARTICIPLES | follow_on._INTRANSITIVE_TOLL).intersection(re.findall(r"[a-z]+", low)):
        return False
    if len(text.split()) > follow_on.MAX_FOLLOW_ON_WORDS or text.rstrip().endswith(("?", ":")):
        return False
    if follow_on._OUTLET_OR_OTHER_TIME.search(text):
        return False
    lead = follow_on._LEAD.match(text)
    opening = lead.end() if lead is not None else 0
    counts = find_counts(text)
    if counts and counts[0].start <= opening:
        return not counts[0].vague and follow_on._TOLL_VERB_AFTER_COUNT.match(text, counts[0].end) is not None
    bare = follow_on._BARE_NUMBER.match(text, opening)
    return bare is not None and follow_on._TOLL_VERB_AFTER_COUNT.match(text, bare.end()) is not None


_TOLL_PIECES = ["Four", "civilians", "were", "killed", "KILLED", "kılled", "and", "11", "wounded", "died", "have",
                "been", "injured", "A further", "17,748", "Another", "30", "people", "pulled out", "It was added that",
                "drones", "shot", "down", "ago", "in 2014", "unkilled", "killedé"]  # fmt: skip


@QUICK
@given(_texts(_TOLL_PIECES))
def test_continues_report_is_plain(text: str) -> None:
    assert follow_on.continues_report(text) == _continues_report_plain(text)


def test_continues_report_examples() -> None:
    assert follow_on.continues_report("Four civilians were killed and 11 wounded.")
    assert not follow_on.continues_report("Four were pulled out of the rubble.")  # no toll's word


# --- place_phrases.origin_start: no regex where the sentence has no word that opens an origin phrase -------------

_ORIGIN_PIECES = ["crossed", "Crossing", "arrived", "entered", "came", "fled", "refugees", "asylum-seekers",
                  "asylum seekers", "launched", "fired", "took off", "drones", "UAVs", "Shaheds", "ſhaheds", "from",
                  "the", "border", "Kursk area of", "over", "strategic bombers", "Belarus", "Ukraine", "evacuated",
                  "recrossed", "dronesé"]  # fmt: skip


def _origin_start_plain(sentence: str, rel: int) -> int:
    """`place_phrases.origin_start` as it was: both regexes tried wherever the window holds "from"."""
    if "from" not in sentence[max(0, rel - place_phrases._ORIGIN_REACH) : rel]:
        return -1
    m = place_phrases._ORIGIN_BEFORE.search(sentence, max(0, rel - place_phrases._ORIGIN_REACH), rel)
    if m is None:
        m = place_phrases._LAUNCH_AREA_BEFORE.search(sentence, max(0, rel - place_phrases._ORIGIN_REACH), rel)
    return m.start() if m is not None else -1


@QUICK
@given(_texts(_ORIGIN_PIECES))
def test_origin_start_is_plain(sentence: str) -> None:
    for rel in range(len(sentence) + 1):
        assert place_phrases.origin_start(sentence, rel) == _origin_start_plain(sentence, rel)


def test_origin_start_examples() -> None:
    sentence = "Refugees who crossed the border from Belarus were counted."
    assert place_phrases.origin_start(sentence, sentence.index("Belarus")) == sentence.index("crossed")
    sentence = "Troops were evacuated from Belarus."  # no word that opens an origin phrase
    assert place_phrases.origin_start(sentence, sentence.index("Belarus")) == -1


# --- bulletins._title_issuer: no pattern tried on a first line naming no kind of bulletin -------------------------

_TITLE_PIECES = ["General Staff of the Armed Forces of Ukraine", "UNHCR", "Ministry of Defence", ":", ": ",
                 "operational information", "daily update", "Intelligence update", "briefing", "Briefing by the",
                 "Statement by the", "Communiqué of the", "communique", "Press release of the", "Information message",
                 "SITREP", "ſtatement", "flash update #7", "Summary of the", "as of 06:00", "November 4", ", 4 Nov.",
                 "Shelling hits Kharkiv", "says", "(translated)", "on the situation in Ukraine", "\n", "."]  # fmt: skip


def _title_issuer_plain(text: str) -> str | None:
    """`bulletins._title_issuer` as it was: the patterns tried on every short capitalised first line."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first or len(first) > bulletins._TITLE_REACH or first[0].islower():
        return None
    m = bulletins._BODY_COLON_KIND.match(first) or bulletins._KIND_OF_BODY.match(first) \
        or bulletins._BODY_KIND_ONLY.fullmatch(first) or bulletins._KIND_BY_BODY.fullmatch(first)  # fmt: skip
    if m is None:
        m = bulletins._BODY_COLON_TOPIC_KIND.fullmatch(first)
        if m is not None and bulletins._BODY_NAME.search(m.group("who")) is None:
            return None
    return bulletins._NOT_THE_BODY.sub("", m.group("who").strip()) if m is not None else None


@QUICK
@given(st.lists(st.sampled_from(_TITLE_PIECES), max_size=12).map(" ".join))
def test_title_issuer_is_plain(text: str) -> None:
    assert bulletins._title_issuer(text) == _title_issuer_plain(text)


def test_title_issuer_examples() -> None:
    title = "General Staff of the Armed Forces of Ukraine: operational information as of 06:00\nText"
    assert bulletins._title_issuer(title) == "General Staff of the Armed Forces of Ukraine"
    assert bulletins._title_issuer("Ministry of Defence says shelling hit Kharkiv\nText") is None


# --- place_links._office_of_before: the pattern tried only after an office's word --------------------------------

_OFFICE_PIECES = ["the", "The", "President", "president", "Prime Minister", "prime  minister", "Vice-President",
                  "Foreign Minister", "leaders", "Head of State", "counterpart", "Secretary", "Ambassador", "Kıng",
                  "of", "Of", "France", "Canada and Italy", "mayor", "residents", ",", " ", "  "]  # fmt: skip


@QUICK
@given(st.lists(st.sampled_from(_OFFICE_PIECES), max_size=14).map(" ".join))
def test_office_of_before_is_pattern(sentence: str) -> None:
    for start in range(len(sentence) + 1):
        expected = place_links._OFFICE_OF_BEFORE.search(sentence, max(0, start - 60), start) is not None
        assert place_links._office_of_before(sentence, start) == expected


def test_office_of_before_examples() -> None:
    sentence = "The President of France spoke."
    assert place_links._office_of_before(sentence, sentence.index("France"))
    sentence = "The residents of France spoke."
    assert not place_links._office_of_before(sentence, sentence.index("France"))
