"""Speakers and claim dates of stop 29 (rules29a). Speakers: a second speaker's bare figure for what the count before
it counts; an interviewee's name never read across two lines; a body's long name closed by its acronym; "the
spokesman" of the body whose spokesman spoke just before. Dates: an interview's answers dated, and their
"yesterday" read, from the day the intro says it was held; a weekday of the week named after it ("on Tuesday last
week"); a night or a count after the verb that dates the reported event; a counted period's bounds; an aside naming
the statement; "a day earlier"; a first predicate's date before "and say"; ", when X said"; a month before
"recorded"; a present "says" after a month told of the speaker. Sentences and pages written for these tests."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import resolve_actor
from claimtrack.extraction.dates import find_dates
from claimtrack.extraction.speaker_labels import interview_parties

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def _claims(text: str, published: dt.date = PUBLISHED) -> dict[float, tuple[str | None, str | None, str | None]]:
    """Every claim with a count read from `text`, by its low bound: (actor, kind, claim date)."""
    return {
        c.quantity.low: (c.actor.name if c.actor else None, c.kind, c.claim_date.iso() if c.claim_date else None)
        for c in extract_claims(text, published)
        if c.quantity is not None and c.quantity.low is not None
    }


# --- a second speaker's bare figure ---------------------------------------------------------------------------------


def test_a_rival_figure_after_while_is_the_second_speakers() -> None:
    text = "Governor Lev Orlanko said 23 civilians were killed in Dravetsk, while Mayor Ida Brenn put the figure at 31."
    claims = _claims(text)
    assert claims[23.0][:2] == ("Lev Orlanko", "casualties")
    assert claims[31.0][:2] == ("Ida Brenn", "casualties")


def test_a_bare_number_after_a_second_speakers_verb_takes_the_noun_before() -> None:
    text = "Governor Lev Orlanko said 23 civilians were wounded, but Mayor Ida Brenn said 37."
    claims = _claims(text)
    assert claims[23.0][0] == "Lev Orlanko"
    assert claims[37.0][:2] == ("Ida Brenn", "casualties")


def test_the_figure_in_the_next_sentence_takes_the_count_before() -> None:
    text = "Governor Lev Orlanko said 23 civilians were killed in Dravetsk. Mayor Ida Brenn put the toll at 31."
    claims = _claims(text)
    assert claims[31.0][:2] == ("Ida Brenn", "casualties")


def test_near_miss_a_figure_with_a_noun_of_its_own_or_a_year_is_no_rival() -> None:
    text = (
        "Governor Lev Orlanko said 23 civilians were wounded, while Mayor Ida Brenn said 12 houses were damaged.\n\n"
        "Governor Lev Orlanko said 44 civilians were wounded. Mayor Ida Brenn said 2024 was calmer.\n\n"
        "Governor Lev Orlanko said 51 civilians were wounded, while Mayor Ida Brenn said at 14:30 that it was over."
    )
    claims = _claims(text)
    assert claims[12.0][1] == "damage"  # the houses' own count, not a second figure of the wounded
    assert 2024.0 not in claims and 14.0 not in claims


# --- an interview's day -------------------------------------------------------------------------------------------

_INTERVIEW = (
    "Holding the line at Vesnyanka: an interview\n\n"
    "We spoke on Monday with Colonel Taras Mirovych, who commands the brigade defending the town.\n\n"
    "Q: How many attacks do you face?\n"
    "A: Some days 15 assaults, some days fewer. The regional governor said yesterday that 9 civilians were killed "
    "in Vesnyanka. Our neighbours in the next brigade said 40 drones were downed.\n\n"
    "Q: Do you have enough shells?\n"
    "A: Never enough.\n"
)


def test_an_interviews_answers_are_dated_by_the_day_it_was_held() -> None:
    claims = _claims(_INTERVIEW)
    assert claims[15.0] == ("Taras Mirovych", "attacks", "2025-03-10")
    assert claims[9.0][2] == "2025-03-09"  # "yesterday" of the interview, not of publication
    assert claims[40.0][2] == "2025-03-10"  # undated words reported in an answer: said by the interview's day


def test_near_miss_without_a_meeting_day_the_answers_keep_publications_reading() -> None:
    text = _INTERVIEW.replace("We spoke on Monday with", "This week we profile")
    assert _claims(text)[9.0][2] == "2025-03-11"


def test_the_interviewee_is_never_read_across_two_lines() -> None:
    text = (
        "Interview: the battle for Vesnyanka\n\n"
        "We reached Colonel Taras Mirovych, who commands the brigade, by phone.\n\n"
        "Q: How many men have you lost?\n"
        "A: We lost 12 soldiers this week.\n"
    )
    assert interview_parties(text).interviewee == "Taras Mirovych"
    assert _claims(text)[12.0][0] == "Taras Mirovych"


# --- a weekday of a named week ------------------------------------------------------------------------------------


def test_a_weekday_of_last_week_is_that_weeks() -> None:
    (d,) = find_dates("The ministry said on Tuesday last week that it was over.", 0, PUBLISHED)
    assert (d.ref.value, d.ref.raw, d.future) == (dt.date(2025, 3, 4), "on Tuesday last week", False)
    (d,) = find_dates("They will meet on Friday of next week.", 0, PUBLISHED)
    assert (d.ref.value, d.future) == (dt.date(2025, 3, 21), True)


def test_near_miss_a_weekday_then_last_week_elsewhere_stays_two_dates() -> None:
    found = find_dates("He spoke on Tuesday, and last week he was in Lviv.", 0, PUBLISHED)
    assert [(d.ref.raw, d.ref.value) for d in found] == [
        ("on Tuesday", dt.date(2025, 3, 11)),
        ("last week", dt.date(2025, 3, 3)),
    ]


# --- a night that dates the event ---------------------------------------------------------------------------------


def test_a_night_after_the_reported_clause_is_the_events() -> None:
    text = "The air force says Russia attacked overnight with 47 drones."
    assert _claims(text)[47.0][2] == "2025-03-12"


def test_near_miss_said_overnight_dates_the_saying() -> None:
    text = "The air force said overnight that 47 drones had been launched at Dravetsk."
    assert _claims(text)[47.0][2] == "2025-03-11"


# --- a period's bounds, an occasion's aside, a day counted from the day before, a count before the date ----------


def test_the_bounds_of_a_counted_period_are_not_when_it_was_said() -> None:
    text = (
        "Harvolsk region: casualty update, 11 March 2025\n\n"
        "From 1 January 2025 to midnight on 9 March 2025, the regional office recorded 1,295 civilian casualties. "
        "Between 3 and 9 March, the office recorded 72 civilian casualties."
    )
    claims = _claims(text)
    assert claims[1295.0][2] == "2025-03-11" and claims[72.0][2] == "2025-03-11"  # the update's day


def test_near_miss_a_day_alone_before_the_speaker_still_dates_the_saying() -> None:
    assert _claims("On 9 March, the regional office recorded 74 civilian casualties.")[74.0][2] == "2025-03-09"


def test_an_aside_naming_the_statement_dates_the_saying() -> None:
    text = "Britain's Ministry of Defence, in one of its intelligence updates on Monday, said 3,100 tanks were lost."
    assert _claims(text)[3100.0][2] == "2025-03-10"


def test_near_miss_an_aside_without_a_statement_noun_is_no_occasion() -> None:
    text = "Britain's Ministry of Defence, in a region near the front on Monday, said 3,100 tanks were lost."
    assert _claims(text)[3100.0][2] != "2025-03-10"


def test_a_day_earlier_counts_from_the_day_named_before() -> None:
    text = (
        "The navy said earlier on Tuesday that its boats had landed near Cape Orlik.\n\n"
        "A day earlier, air force commander Ivo Brandt said that 4 Russian missile systems had been destroyed."
    )
    assert _claims(text)[4.0] == ("Ivo Brandt", "materiel", "2025-03-10")


def test_a_count_between_the_verb_and_a_day_dates_the_event() -> None:
    text = "The agency says 142 trucks entered Harvolsk on Tuesday."
    assert _claims(text)[142.0][2] == "2025-03-12"  # "says": the day it says so, not the day the trucks came


def test_near_miss_said_on_a_day_still_dates_the_saying() -> None:
    assert _claims("The agency said on Tuesday that 143 trucks had entered Harvolsk.")[143.0][2] == "2025-03-11"


# --- a body's name closed by its acronym; "the spokesman" of the body before ----------------------------------------


def test_a_long_name_closed_by_its_acronym_is_that_body() -> None:
    text = "The U.N. Relief and Works Agency for Palestine Refugees (UNRWA) said 1,300 people were displaced."
    assert _claims(text)[1300.0][0] == "UNRWA"


def test_near_miss_a_persons_name_and_a_bodys_acronym_stays_the_person() -> None:
    assert resolve_actor("Vadym Kolyvan (HUR)").name == "Vadym Kolyvan"  # "HUR" spells no part of his name


def test_the_spokesman_is_the_body_whose_spokesman_spoke_just_before() -> None:
    text = (
        "A spokesman for the Harvolsk regional administration said 12 people were wounded. "
        "The spokesman said 31 houses were damaged."
    )
    assert _claims(text)[31.0][0] == "Harvolsk regional administration"


def test_near_miss_the_spokesman_after_another_kind_of_speaker_is_not_that_body() -> None:
    text = (
        "The Harvolsk regional administration said 12 people were wounded. The spokesman said 31 houses were damaged."
    )
    assert _claims(text)[31.0][0] != "Harvolsk regional administration"


# --- a day of a first predicate before the verb ---------------------------------------------------------------------


def test_a_date_of_a_first_predicate_joined_by_and_is_not_the_sayings() -> None:
    text = "Ukrainian forces crossed the river on Monday and say they have taken 40 prisoners."
    assert _claims(text)[40.0][2] == "2025-03-12"


def test_near_miss_a_date_right_after_the_speaker_dates_the_saying() -> None:
    assert _claims("Ukrainian forces on Monday said they have taken 41 prisoners.")[41.0][2] == "2025-03-10"


# --- ", when X said"; a recorded period; a present "says" long after the speaker's day; "the group" told apart -------


def test_a_date_then_a_when_clause_holding_the_verb_dates_the_saying() -> None:
    text = "The last official update came in September 2024, when Defence Minister Ivo Brandt said 5,937 had died."
    assert _claims(text)[5937.0] == ("Ivo Brandt", "casualties", "2024-09")


def test_near_miss_a_when_clause_after_the_verb_dates_no_saying() -> None:
    text = "The ministry said 31 people were killed on Friday, when a missile hit the market in Dravetsk."
    assert _claims(text)[31.0][2] is None


def test_a_month_before_a_recording_verb_is_the_period_counted() -> None:
    text = "Monthly update, 7 March 2025\n\nIn February 2025, the monitoring office recorded 579 civilian casualties."
    assert _claims(text)[579.0][2] == "2025-03-07"


def test_near_miss_a_month_before_a_verb_of_saying_still_dates_it() -> None:
    assert _claims("In February, the monitoring office said 581 civilians had been hurt.")[581.0][2] == "2025-02"


def test_a_present_says_long_after_the_speakers_day_is_said_now() -> None:
    text = (
        "In January, the ministry published a list of 2,400 names.\n\n"
        "The ministry says around 10,000 people are missing under the rubble."
    )
    assert _claims(text)[10000.0][2] == "2025-03-12"


def test_near_miss_a_present_says_right_after_the_speakers_day_keeps_it() -> None:
    text = "The ministry said on Monday that 38 people had been killed. It says 12 of them were children."
    assert _claims(text)[12.0][2] == "2025-03-10"


def test_questions_put_to_the_interviewee_date_the_answers() -> None:
    text = _INTERVIEW.replace("We spoke on Monday with", "On Monday we put readers' questions to")
    assert _claims(text)[15.0] == ("Taras Mirovych", "attacks", "2025-03-10")


def test_the_group_after_the_group_is_the_last_body_not_the_one_first_read_so() -> None:
    text = (
        "Medics Without Walls (MWW) said 1,315 wounded patients had been treated. The group said 208 had died.\n\n"
        "The RBF denied the reports. The paramilitary group said it had captured 40 soldiers."
    )
    assert _claims(text)[40.0][0] == "RBF"


# --- "the same officials"; "my sappers" in a turn; a relative clause's own speaker --------------------------------


def _speakers(text: str) -> dict[float, str | None]:
    """The actor of every claim with a count read from `text`, by its low bound, else its high one."""
    return {
        (c.quantity.low if c.quantity.low is not None else c.quantity.high): (c.actor.name if c.actor else None)
        for c in extract_claims(text, PUBLISHED)
        if c.quantity is not None and (c.quantity.low is not None or c.quantity.high is not None)
    }


def test_the_same_officials_are_the_officials_who_spoke_before() -> None:
    text = (
        "On Monday, U.S. officials said that as many as 120,000 Russian troops had been killed. "
        "The same officials put Ukrainian military deaths at close to 70,000."
    )
    assert _speakers(text)[70000.0] == "U.S. officials"


def test_near_miss_the_same_officials_after_another_kind_of_speaker_stay_unresolved() -> None:
    text = (
        "On Monday, the ministry said that 120,000 Russian troops had been killed. "
        "The same officials put Ukrainian military deaths at close to 70,000."
    )
    assert _speakers(text)[70000.0] != "ministry"


_TURNS = (
    "Colonel Andrii Marko, 45, commands the 47th brigade. We spoke to him on Monday.\n\n"
    "Q: How is the offensive going?\n"
    "Marko: It is hard. My sappers tell me they removed more than 800 anti-tank mines in one sector. "
    "The regional governor says 20 civilians were killed. Our brigade's press officer told me 31 drones were downed.\n"
)


def test_my_people_in_a_turn_give_the_turns_speakers_words() -> None:
    claims = _claims(_TURNS)
    assert claims[800.0][0] == "Andrii Marko"
    assert claims[20.0][0] == "regional governor"  # a speaker of his own, named in the turn (near miss)
    assert claims[31.0][0] != "Andrii Marko"  # one officer of his, no group of his people (near miss)


def test_a_relative_clauses_own_speaker_owns_its_counts() -> None:
    text = (
        "President Ivo Brandt said on Monday that the navy would build a pier, which defence officials said "
        "could involve as many as 1,000 troops."
    )
    assert _speakers(text)[1000.0] == "defence officials"


def test_a_second_clauses_speaker_states_its_own_clause() -> None:
    text = (
        "Beijing and Moscow announced a partnership, although US officials say they have seen no evasion of sanctions."
    )
    said = {(c.actor.name if c.actor else None, c.evidence.sentence) for c in extract_claims(text, PUBLISHED)}
    assert ("US officials", "US officials say they have seen no evasion of sanctions.") in said


def test_near_miss_a_relative_clauses_speaker_states_nothing_of_its_own() -> None:
    text = "Lavrov said the talks covered the security guarantees, which Russia expects from the alliance."
    assert all(not c.evidence.sentence.startswith("Russia") for c in extract_claims(text, PUBLISHED))
