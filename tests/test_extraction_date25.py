"""Claim dates of stop 25 (date25): dates the text gives only by an inverted dash attribution, the sentence before,
an occasion named earlier ("at the session", "during the briefing") or an event of the publication day; and dates
taken from the wrong phrase (a "since" clause, a later report's "announced on May 2 that"). Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.date_carry import dated_occasion_nouns, occasion_referred_to

FRIDAY = dt.date(2023, 4, 14)  # the publication day of these texts: a Friday


def _dated(text: str, published: dt.date = FRIDAY) -> list[tuple[str | None, float | None, str | None]]:
    """(speaker, low bound, claim date) of every claim with a count read from `text`."""
    return [
        (c.actor.name if c.actor else None, c.quantity.low, c.claim_date.iso() if c.claim_date else None)
        for c in extract_claims(text, published)
        if c.quantity is not None
    ]


def _date_of(text: str, low: float, published: dt.date = FRIDAY) -> str | None:
    return next(date for _, value, date in _dated(text, published) if value == low)


# --- an inverted attribution after a dash: "- announced on Thursday the ministry." ---------------------------------


@pytest.mark.parametrize(
    ("text", "low", "day"),
    [
        (
            "Since the start of the month, more than 40,000 people have crossed into Moldova - announced on Thursday "
            "the "
            "Moldovan interior ministry.",
            40000,
            "2023-04-13",
        ),
        (
            "Overnight the enemy shelled the town 25 times - said on Monday the head of the regional administration "
            "Ivan "
            "Petrenko.",
            25,
            "2023-04-10",
        ),
    ],
)
def test_an_inverted_dash_attribution_dates_the_claim(text: str, low: float, day: str) -> None:
    assert _date_of(text, low) == day


def test_an_inverted_dash_attribution_inside_a_quote_is_no_speaker() -> None:
    text = (
        '"More than 300 homes were destroyed - announced on Monday the mayor" was the caption of the video, the '
        "governor said."
    )
    assert _dated(text) == [("governor", 300, None)]


# --- the day of the sentence before, for the same speaker or occasion ---------------------------------------------


def test_the_same_speakers_day_before_carries_to_it_said() -> None:
    text = (
        "The air force reported on Tuesday morning that Russia had launched 31 drones overnight. It said 27 drones "
        "were shot down."
    )
    assert _date_of(text, 27) == "2023-04-11"


def test_another_speakers_day_before_does_not_carry() -> None:
    text = (
        "The air force reported on Tuesday morning that Russia had launched 31 drones overnight. The regional "
        "governor said 4 people were wounded."
    )
    assert _date_of(text, 4) is None


def test_speaking_shortly_afterwards_takes_the_occasions_day() -> None:
    text = (
        "Defence Minister Anatoly Serov addressed parliament on Wednesday. The session lasted four hours. Speaking "
        "shortly afterwards, Serov said 5,000 reservists would be called up."
    )
    assert _date_of(text, 5000) == "2023-04-12"


def test_an_occasion_dated_right_before_its_verb_dates_its_speaker() -> None:
    text = (
        "Ukraine's President Marko Kovac on Wednesday addressed the assembly. Kovac told the assembly that 118 "
        "children had been killed."
    )
    assert _date_of(text, 118) == "2023-04-12"


def test_an_occasion_dated_before_its_verb_does_not_date_another_speaker() -> None:
    text = "President Marko Kovac on Wednesday addressed the assembly. Ivan Petrov said 40 soldiers had deserted."
    assert _date_of(text, 40) is None


def test_a_scene_opening_on_a_dated_session_dates_those_it_names() -> None:
    text = (
        "In a joint session on Wednesday, lawmakers heard President Marko Kovac for an hour. Kovac said 118 "
        "children had been killed."
    )
    assert _date_of(text, 118) == "2023-04-12"


def test_a_scene_does_not_date_one_named_only_in_a_clause_of_its_own() -> None:
    text = (
        "During an interview on Wednesday, the senator was asked whether he agreed with Governor Ann Holt. Holt "
        "said 300 workers had been laid off."
    )
    assert _date_of(text, 300) is None


# --- an occasion named before: "at the session", "during the briefing", "told the joint session" ------------------


@pytest.mark.parametrize(
    ("text", "low", "day"),
    [
        (
            "The parliament met in a closed session on Wednesday. At the session, Defence Minister Anatoly Serov said "
            "2,400 soldiers had been wounded.",
            2400,
            "2023-04-12",
        ),
        (
            "The defence ministry held its weekly briefing on Tuesday. During the briefing, spokesman Pavel Orlov "
            "said 14 "
            "drones had been downed.",
            14,
            "2023-04-11",
        ),
        (
            "Lawmakers gathered for Monday's joint session. Anna Berg told the joint session that 60 civilians had "
            "been "
            "killed.",
            60,
            "2023-04-10",
        ),
        (
            "The ministry held a briefing in Kyiv on Tuesday. Spokesman Pavel Orlov, speaking at the briefing, said 9 "
            "villages had been shelled.",
            9,
            "2023-04-11",
        ),
    ],
)
def test_an_occasion_named_before_dates_the_words_said_at_it(text: str, low: float, day: str) -> None:
    assert _date_of(text, low) == day


@pytest.mark.parametrize(
    "text",
    [
        # another occasion than the one dated
        "The defence ministry held its weekly briefing on Tuesday. At the summit, Pavel Orlov said 14 drones were "
        "downed.",
        # the occasion is in the reported words, not where they were said
        "The two sides met for talks on Tuesday. Pavel Orlov said 14 guards were wounded during the talks.",
        # a new occasion, not yet dated, since the dated one
        "The council met in session on Tuesday. A second session was called later. At the session, Anna Berg said 60 "
        "civilians had been killed.",
        # a look back is no day of an occasion
        "At the last summit in 2019, the leaders signed a pact. At the summit, Anna Berg said 60 soldiers had died.",
    ],
)
def test_an_occasion_named_before_does_not_date_other_words(text: str) -> None:
    dates = [date for _, value, date in _dated(text) if value in (14, 60)]
    assert dates and set(dates) == {None}


def test_dated_occasion_nouns_reads_the_day_after_or_before_the_noun() -> None:
    text = "The ministry held its weekly briefing on Tuesday, after Monday's meeting."
    starts, ends = [text.index("on Tuesday"), text.index("Monday")], [text.index(","), text.index("'s")]
    assert dated_occasion_nouns(text, starts, ends) == [("briefing", 0), ("meeting", 1)]
    assert dated_occasion_nouns("Troops advanced on Tuesday.", [14], [24]) == []


def test_occasion_referred_to_is_where_the_words_were_said() -> None:
    text = "At the briefing, Orlov said 14 drones were downed."
    assert occasion_referred_to(text, text.index("said"), text.index("said") + 4) == "briefing"
    text = "Orlov said 14 drones were downed during the briefing."
    assert occasion_referred_to(text, text.index("said"), text.index("said") + 4) is None


# --- an event of the publication day: the claim was made that day --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("A missile struck a farm near the border on Friday, killing three people, the foreign ministry said.", 3),
        ("The interior minister said that by Friday evening, 1,200 people had been evacuated.", 1200),
        ("The air force said Russia fired 70 missiles at cities on April 14.", 70),
    ],
)
def test_an_event_of_the_publication_day_dates_its_report(text: str, low: float) -> None:
    assert _date_of(text, low) == "2023-04-14"


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("About 4,000 troops will arrive on Friday, the ministry said.", 4000),  # a forecast
        ("The ministry said it could send 4,000 troops as soon as Friday.", 4000),  # what may happen
        ("The minister wrote in the Sunday Times that 400 tanks were lost.", 400),  # a day in a name
        ("The minister said 12 people were killed today.", 12),  # "today" may be a transcript's own day
        ("A missile struck a farm on Thursday, killing three people, the ministry said.", 3),  # the day before
    ],
)
def test_no_day_of_an_event_that_did_not_happen_that_day(text: str, low: float) -> None:
    published = dt.date(2022, 6, 19) if "Sunday" in text else FRIDAY
    assert _date_of(text, low, published) is None


def test_an_inherited_day_before_the_event_gives_way_to_the_publication_day() -> None:
    text = "On Monday, the ministry said 5 people were wounded. The ministry said 3 more were killed on Friday."
    assert _dated(text) == [("ministry", 5, "2023-04-10"), ("ministry", 3, "2023-04-14")]


def test_a_day_in_another_speakers_clause_is_not_the_claims() -> None:
    text = "The mayor said 30 people were wounded, while officials told reporters on Friday that the fire was out."
    assert _date_of(text, 30) is None


# --- "had said": before the story's time ---------------------------------------------------------------------------


def test_a_past_perfect_cue_takes_no_earlier_day_of_its_speaker() -> None:
    text = "On Monday, Anna Berg said 40 soldiers were killed. Berg had said in a letter that 300 teachers had left."
    assert _dated(text) == [("Anna Berg", 40, "2023-04-10"), ("Anna Berg", 300, None)]


def test_an_asked_aside_dates_the_answer() -> None:
    assert _date_of("The minister, asked on Monday about the losses, said 300 soldiers had died.", 300) == "2023-04-10"


# --- dates from the wrong phrase ------------------------------------------------------------------------------------


def test_a_long_since_clause_is_no_claim_date() -> None:
    text = (
        "Nearly 3,000 people have been evacuated from villages of the region since Russia launched a new ground "
        "offensive there on Friday, the regional governor said."
    )
    assert [date for *_, date in _dated(text, dt.date(2023, 4, 16))] == [None]


def test_a_since_clause_ends_at_a_verb_of_saying() -> None:
    text = "Shelling has gone on since early spring and the army said on Monday that 40 shells hit the town."
    assert _date_of(text, 40) == "2023-04-10"


def test_a_later_reports_date_does_not_date_the_counts_before_it() -> None:
    text = (
        "The army has received 22 tanks so far, according to the ministry, and announced on March 2 that it would "
        "buy more."
    )
    assert _date_of(text, 22) is None


def test_a_later_reports_date_dates_the_counts_it_reports() -> None:
    text = (
        "The army has trained new crews, according to the ministry, and announced on March 2 that 22 tanks had "
        "been delivered."
    )
    assert _date_of(text, 22) == "2023-03-02"


def test_last_week_is_a_week_not_its_first_day() -> None:
    text = "A Czech-led initiative has found 600,000 shells, President Petr Pavel said at a conference last week."
    claim = next(c for c in extract_claims(text, FRIDAY) if c.quantity is not None)
    assert claim.claim_date is not None and claim.claim_date.precision == "week"


# --- a headline repeating a claim of the body -----------------------------------------------------------------------


def test_a_headline_takes_the_date_of_the_body_claim_it_repeats() -> None:
    text = (
        "Border Guard: over 1.5 million refugees in Poland\n\nSince the war began, over 1.5 million people crossed "
        "the border - announced on Thursday the Border Guard."
    )
    # one claim (repeat25 makes the headline a mention of the body's claim) or two, every one dated by the body
    dates = [date for _, value, date in _dated(text) if value == 1_500_000]
    assert dates and set(dates) == {"2023-04-13"}


def test_a_headline_with_other_bounds_stays_undated() -> None:
    text = (
        "Border Guard: over 2 million refugees in Poland\n\nSince the war began, over 1.5 million people crossed "
        "the border - announced on Thursday the Border Guard."
    )
    assert [date for _, value, date in _dated(text) if value == 2_000_000] == [None]
