"""Which date is a claim's claim date (when it was said), on invented sentences: forward-looking and later dates,
dates naming an event by its noun, a statement's own date, wire datelines, coordinated verbs, release dates."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.date_roles import date_role, dates_the_saying, in_a_future_clause
from claimtrack.extraction.dates import find_dateline, find_dates
from claimtrack.records import ExtractedClaim

PUBLISHED = dt.date(2024, 10, 24)  # a Thursday


def claims_of(text: str, published: dt.date | None = PUBLISHED) -> list[ExtractedClaim]:
    return [c for c in extract_claims(text, published) if c.actor is not None]


def claim_dates(text: str, published: dt.date | None = PUBLISHED) -> list[str | None]:
    return [c.claim_date.iso() if c.claim_date else None for c in claims_of(text, published)]


def role_of(text: str, words: str) -> str | None:
    start = text.index(words)
    (mention,) = [d for d in find_dates(text, 0, PUBLISHED) if d.start <= start < d.end]
    return date_role(text, mention.start, mention.end)


# --- 1. a forward-looking date or one after publication is never when it was said ----------------------------------


def test_a_forward_looking_date_is_not_the_claim_date_nor_carried_to_later_claims() -> None:
    text = ("Citing next month's 50th anniversary of the treaty, the minister said 4,000 soldiers had been trained. "
            "The minister said 200 soldiers had deserted.")  # fmt: skip
    claims = claims_of(text)
    assert [c.claim_date for c in claims] == [None, None]
    assert claims[0].event_date is not None and claims[0].event_date.iso() == "2024-11"


def test_a_day_after_publication_is_not_the_claim_date() -> None:
    (claim,) = claims_of("The minister, speaking on November 12, said 300 soldiers were killed.")
    assert claim.claim_date is None
    assert claim.event_date is not None and claim.event_date.value == dt.date(2024, 11, 12)


def test_a_past_day_beside_the_verb_is_still_the_claim_date() -> None:
    assert claim_dates("The minister, speaking on October 12, said 300 soldiers were killed.") == ["2024-10-12"]


# --- 2. a date inside a noun phrase names an event ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "role"),
    [
        ("The agency mentioned the Sept. 9 strike on the port.", "Sept. 9", "event"),
        ("He called the Oct. 7 Hamas attack a turning point.", "Oct. 7", "event"),
        ("The ministry said last year's offensive failed.", "last year", "event"),
        ("Officials described the March 2022 massacre.", "March 2022", "event"),
        ("Shortly before Russia's February 24 invasion, the two announced a pact.", "February 24", "event"),
        ("In a Tuesday tweet the ministry said so.", "Tuesday", "statement"),
        ("Kirby told Friday's daily White House briefing that it was so.", "Friday", "statement"),
        ("At Tuesday's summit, the president said so.", "Tuesday", "occasion"),
        ("Zelensky spoke after Sunday's vote in parliament.", "Sunday", "occasion"),
        ("On Monday the ministry said so.", "Monday", None),
        ("It happened the Monday before the vote.", "Monday", None),
        ("On the 24th of May, the ministry said so.", "24th", None),
    ],
)
def test_what_a_date_is_to_the_noun_it_sits_in(text: str, words: str, role: str | None) -> None:
    assert role_of(text, words) == role


def test_an_event_date_is_not_the_claim_date_of_the_speakers_later_claims() -> None:
    text = "The agency mentioned the Sept. 9 strike on the port, which killed 12 people. It said 40 drones were used."
    assert claim_dates(text) == [None, None]


@pytest.mark.parametrize(
    "text",
    ["The ministry said last year's offensive cost 5,000 soldiers.",
     "Officials described the March 2022 massacre, saying 400 civilians were killed."],
)  # fmt: skip
def test_an_attributive_date_is_the_event_date(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.claim_date is None and claim.event_date is not None


def test_a_statements_own_date_is_the_claim_date_and_is_carried() -> None:
    text = "Spokesman John Kirby told Friday's daily briefing that 300 troops had arrived. He said 20 tanks came too."
    assert claim_dates(text) == ["2024-10-18", "2024-10-18"]


def test_the_occasion_a_speaker_spoke_after_dates_the_claim() -> None:
    text = '"We will not retreat," said President Volodymyr Zelensky after Sunday\'s vote in parliament.'
    assert claim_dates(text) == ["2024-10-20"]


def test_a_date_after_the_speakers_name_behind_the_verb_is_the_claim_date() -> None:
    text = ("Any ceasefire would collapse within weeks, said Deputy Secretary of Defense Kathleen Hicks of the United "
            "States in Brussels on Monday.")  # fmt: skip
    assert claim_dates(text) == ["2024-10-21"]


# --- 3. wire datelines -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "raw", "value"),
    [
        ("KHARKIV, 22 October (ExampleWire) - The governor spoke.", "22 October", dt.date(2024, 10, 22)),
        ("A headline\n\nODESA, Oct 23 (Wire) – The mayor spoke.", "Oct 23", dt.date(2024, 10, 23)),
        ("WASHINGTON, Dec. 30 — The Pentagon spoke.", "Dec. 30", dt.date(2023, 12, 30)),  # never after publication
        ("LVIV, 25 October (Wire) - The mayor spoke.", "25 October", dt.date(2024, 10, 25)),  # local time: a day on
    ],
)
def test_a_dateline_is_resolved_against_the_publication_date(text: str, raw: str, value: dt.date) -> None:
    mention = find_dateline(text, PUBLISHED)
    assert mention is not None and (mention.ref.raw, mention.ref.value) == (raw, value)
    assert text[mention.start : mention.end] == raw


@pytest.mark.parametrize(
    "text",
    ["Tom, 3 May - a note.", "Kyiv, Ukraine, March 3 - a note.", "Dubai, United Arab Emirates (CNN)- A story.",
     "The talks, 3 May - 5 May, were held in Kyiv."],
)  # fmt: skip
def test_not_a_dateline(text: str) -> None:
    assert find_dateline(text, PUBLISHED) is None


def test_the_dateline_dates_the_storys_statements_and_is_no_event() -> None:
    text = ("KHARKIV, 22 October (ExampleWire) - The regional governor said 14 people were wounded in shelling. "
            "He added that 3 civilians were killed. The mayor said on Monday that 20 people were wounded.")  # fmt: skip
    claims = claims_of(text)
    assert [c.claim_date.iso() if c.claim_date else None for c in claims] == ["2024-10-22", "2024-10-22", "2024-10-21"]
    assert claims[0].event_date is None
    assert claims[0].claim_date is not None and claims[0].claim_date.raw.startswith("22 October")


def test_a_date_beside_the_verb_beats_the_dateline() -> None:
    text = "KHARKIV, 22 October (ExampleWire) - The regional governor said on 21 October that 14 people were wounded."
    assert claim_dates(text) == ["2024-10-21"]


# --- 4. a day on the subject's first verb covers the verbs coordinated with it ------------------------------------


def test_a_day_on_the_first_verb_dates_the_coordinated_cue() -> None:
    text = "Governor Oleh Synehubov condemned the attack on Tuesday and said that 40 people were killed."
    assert claim_dates(text) == ["2024-10-22"]


# --- 5. a document's release date ------------------------------------------------------------------------------


def test_a_reports_release_month_is_the_claim_date() -> None:
    text = "The UN monitoring mission, in a report released in September, said 1,200 civilians were killed."
    (claim,) = claims_of(text)
    assert claim.claim_date is not None and (claim.claim_date.iso(), claim.claim_date.precision) == ("2024-09", "month")


@pytest.mark.parametrize(
    ("text", "released"),
    [("a report released in September", True), ("an assessment published on Monday", True),
     ("troops deployed in September", False)],
)  # fmt: skip
def test_a_release_date(text: str, released: bool) -> None:
    (mention,) = find_dates(text, 0, PUBLISHED)
    assert dates_the_saying(text, mention.start) is released


# --- new expressions -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso", "precision", "future"),
    [
        ("Earlier in the week, the governor said so.", "2024-10-21", "week", False),
        ("Later in the week the talks resume.", "2024-10-21", "week", True),
        ("In late 2023, analysts said so.", "2023", "year", False),
        ("In mid-2022 it began.", "2022", "year", False),
        ("In late October 2023 it began.", "2023-10", "month", False),
    ],
)
def test_week_and_part_of_year_expressions(text: str, iso: str, precision: str, future: bool) -> None:
    (mention,) = find_dates(text, 0, PUBLISHED)
    assert (mention.ref.iso(), mention.ref.precision, mention.future) == (iso, precision, future)


# --- found on corpus articles outside the dev gold ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["On Tuesday the envoy is expected to travel to Minsk, government sources have said.",
     "Troops will arrive on Friday, the minister said."],
)  # fmt: skip
def test_a_weekday_in_a_forecast_before_the_speaker_is_the_coming_one(text: str) -> None:
    (claim,) = claims_of(text)
    # not the weekday; a lead in the present perfect ("sources have said") is dated on the publication day
    assert claim.claim_date is None or claim.claim_date.value == PUBLISHED
    assert claim.event_date is not None and claim.event_date.value is not None
    assert claim.event_date.value > PUBLISHED


def test_a_weekday_opening_the_speakers_clause_still_dates_a_forecast() -> None:
    assert claim_dates("On Tuesday, the minister said 300 troops would arrive.") == ["2024-10-22"]


def test_the_publications_own_weekday_in_a_forecast_is_that_day() -> None:
    (claim,) = claims_of("The president will hold a call at 11 a.m. Thursday, a White House official told reporters.")
    assert claim.event_date is not None and claim.event_date.value == PUBLISHED


@pytest.mark.parametrize(
    ("text", "claim_date"),
    [
        ("The president says he stands by his vow in March that 300 troops will stay.", "2024-10-24"),
        ("The admiral believes Ukraine will win the war this year.", "2024-10-24"),
        ("The governor described it this month as a disaster.", "2024-10"),
        ("The ministry said in a statement in March that 30 tanks were lost.", "2024-03"),
        ("The ministry said it had destroyed 30 tanks on Monday.", None),  # Monday dates the destroying
    ],
)
def test_a_date_closing_the_reported_clause_is_not_when_it_was_said(text: str, claim_date: str | None) -> None:
    assert claim_dates(text) == [claim_date]


@pytest.mark.parametrize(
    ("text", "iso", "future"),
    [("In February last year, he spoke.", "2023-02", False), ("in March this year it", "2024-03", False),
     ("in May of next year it", "2025-05", True)],
)  # fmt: skip
def test_a_month_of_last_this_or_next_year(text: str, iso: str, future: bool) -> None:
    (mention,) = find_dates(text, 0, PUBLISHED)
    assert (mention.ref.iso(), mention.future) == (iso, future)
    assert find_dates(text, 0, None)[0].ref.value is None


def test_since_a_date_is_never_when_it_was_said() -> None:
    (claim,) = claims_of("The two foreign ministers described their first talks since October as candid.")
    assert claim.claim_date is None
    assert claim.event_date is not None and claim.event_date.raw == "since October"


def test_a_time_phrase_opening_the_sentence_without_a_comma_dates_the_claim() -> None:
    assert claim_dates("On Thursday the ministry said 300 troops were there.") == ["2024-10-24"]


# --- the date on the verb of saying wins over one on the reported event ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were killed in a strike on Odesa on Monday, officials said on Tuesday.",
        "Officials said on Tuesday that 12 people were killed in a strike on Odesa on Monday.",
    ],
)
def test_the_date_on_the_verb_is_the_claim_date_and_the_other_the_event_date(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.claim_date is not None and claim.claim_date.iso() == "2024-10-22"
    assert claim.event_date is not None and claim.event_date.iso() == "2024-10-21"


def test_a_date_after_a_reported_clause_dates_the_event_not_the_saying() -> None:
    (claim,) = claims_of("Officials said 12 people were killed in a strike on Odesa on Monday night.")
    assert claim.claim_date is None
    assert claim.event_date is not None and claim.event_date.iso() == "2024-10-21"


# --- the date of the words given after them: a quote's closing cue, "X made the comments Thursday" ---------------


def test_a_quote_closed_by_a_dated_cue_dates_its_earlier_sentences() -> None:
    text = '"Our lines are holding. The reserves have not been touched," the general said in a video on Monday.'
    assert claim_dates(text) == ["2024-10-21", "2024-10-21"]


def test_a_quote_closed_by_an_undated_cue_takes_no_date_from_it() -> None:
    text = '"Our lines are holding. The reserves have not been touched," the general said.'
    assert claim_dates(text) == [None, None]


@pytest.mark.parametrize(
    ("second", "day"),
    [
        ("Marchenko made the comments Tuesday at a meeting with farmers.", "2024-10-22"),
        ("He made these remarks on Monday in a televised address.", "2024-10-21"),
        ("She was speaking on Wednesday to reporters in Lviv.", "2024-10-23"),
        ("The interview was published on Sunday.", "2024-10-20"),
    ],
)
def test_a_sentence_saying_when_the_words_before_it_were_said_dates_them(second: str, day: str) -> None:
    first = '"We will not give up a single village," said Olena Marchenko.'
    assert claim_dates(f"{first} {second}")[0] == day


def test_the_comments_of_someone_else_do_not_date_a_claim() -> None:
    text = "Ivan Sirko said 300 soldiers would leave the base. Marchenko made the comments on Monday."
    assert claim_dates(text)[0] is None


def test_a_date_in_a_later_clause_of_such_a_sentence_is_not_when_the_words_were_said() -> None:
    text = ('"The embassy was warned," the ministry said. The remarks came on the eve of the parade, in a week when '
            "the city on Tuesday will mark its founding.")
    assert claim_dates(text)[0] is None


# --- the day of an occasion (a meeting, a speech, a visit) carried to the words of those it names -------------------


def test_a_meeting_dates_the_undated_words_of_its_participant_after_it() -> None:
    text = ("On Tuesday, Prime Minister Eva Lind met the NATO secretary general in Oslo. "
            "The prime minister said that the alliance would not be divided.")  # fmt: skip
    assert claim_dates(text) == ["2024-10-22"]


def test_an_address_dates_the_speech_quoted_after_a_later_dateline_day() -> None:
    text = ("RIGA, 24 October (LETA) - Foreign Minister Juris Kalns addressed the assembly in Geneva on 21 October, "
            "LETA learned.\n\nThe foreign minister said the sanctions were working. According to him, talks must wait.")
    assert claim_dates(text) == ["2024-10-21", "2024-10-21"]


def test_an_occasion_does_not_date_someone_it_does_not_name() -> None:
    text = "On Tuesday, Prime Minister Eva Lind met the NATO secretary general. The mayor said 40 homes were hit."
    assert claim_dates(text) == [None]


def test_an_occasion_in_a_reported_clause_or_hosted_by_someone_dates_nothing() -> None:
    text = ("Kalns told the radio he visited the front in May. A forum hosted by Latvia on Tuesday drew 40 leaders. "
            '"The front is holding," Kalns said.')
    assert claim_dates(text)[-1] is None


def test_a_one_word_name_takes_the_date_of_the_longer_name_it_ends() -> None:
    text = ("The regional Council said on Monday that 12 people were evacuated. Later, the council said the shelling "
            "went on.")  # fmt: skip
    assert claim_dates(text) == ["2024-10-21", "2024-10-21"]


def test_a_date_on_the_speakers_own_second_verb_of_saying_is_the_claim_date() -> None:
    text = ("- Our sanctions will stay until the last soldier leaves - he stressed on Tuesday in a speech in Gdansk, "
            'Deputy Minister Jan Kowal quoted by "Gazeta".')
    assert claim_dates(text) == ["2024-10-22"]


def test_a_date_on_another_speakers_verb_is_not_the_claim_date() -> None:
    text = ("The ministry said the talks had been postponed, although envoy Ivan Horak told reporters Tuesday "
            "that they would resume.")  # fmt: skip
    assert claim_dates(text)[0] is None


# --- a date closing a clause about what is to happen dates the event -------------------------------------------


def test_a_date_ending_a_future_clause_is_not_when_it_was_said() -> None:
    text = "The envoy will visit both capitals this week, a spokesman says."
    assert in_a_future_clause(text, text.index("this week"))
    (claim,) = claims_of(text)
    assert claim.claim_date is not None and claim.claim_date.raw.startswith("says")
    assert claim.event_date is not None and claim.event_date.raw == "this week"


def test_a_fronted_date_or_a_past_clause_still_dates_the_saying() -> None:
    assert not in_a_future_clause("Last week, the envoy said he will go.", 0)
    text = "The envoy met both leaders this week, will travel on, and stays, a spokesman said."
    assert not in_a_future_clause(text, text.index("this week"))
    assert claim_dates("Last week, the spokesman said the envoy will visit both capitals.") == ["2024-10-14"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ('"Prices will rise further," said Anna Berg, chief economist at Nordbank, in a note Monday.', "2024-10-21"),
        ('"The front holds," said Colonel Ivan Marko, a spokesman for the eastern group, on Telegram on Sunday.',
         "2024-10-20"),
        ('"Supplies are short," said Ewa Lis, an analyst with Baltic Research, in an interview on Tuesday.',
         "2024-10-22"),
    ],
)
def test_a_date_after_the_speakers_title_dates_the_saying(text: str, day: str) -> None:
    assert claim_dates(text) == [day]


@pytest.mark.parametrize(
    "text",
    [
        '"We lost 30 tanks," said Anna Berg, a spokeswoman, in Kyiv, where shelling killed 4 people on Monday.',
        '"We lost 30 tanks," said Anna Berg, a spokeswoman, adding that the army retreated on Monday.',
    ],
)
def test_a_date_in_a_clause_after_the_title_does_not(text: str) -> None:
    assert set(claim_dates(text)) == {None}


def test_an_occasion_day_is_not_carried_past_a_later_scene() -> None:
    text = ("In May 2015, the envoy visited Minsk and met Ivan Sokol. "
            "In September 2022, the war reached a new phase. "
            "Ivan Sokol then warned that the talks had failed.")
    assert claim_dates(text) == [None]


def test_an_occasion_day_is_carried_past_a_look_back() -> None:
    text = ("On October 21, Ivan Sokol addressed the assembly in Vienna. "
            "In 2009, his country had proposed a treaty, the chairman noted. "
            "Today, the treaty is needed more than ever, the chairman added. "
            "Sokol also warned that the talks had failed.")
    assert claim_dates(text)[-1] == "2024-10-21"
