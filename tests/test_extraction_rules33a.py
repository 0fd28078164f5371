"""Who claims and when, stop 33 (rules33a): a second reported clause with a speaker of its own ("X says ...,
while Y said on Wednesday that ...") is dated by its own verb, not by the first speaker's. Sentences written for
these tests; every rule has a near miss that must not fire."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from tests.extraction_helpers import speakers_and_days_by_count

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


def _claims(text: str, published: dt.date = PUBLISHED) -> dict[float, tuple[str | None, str | None]]:
    """Each counted claim's low bound -> (claimant, claim date)."""
    return speakers_and_days_by_count(text, published)


def _statement_dates(text: str, published: dt.date = PUBLISHED) -> dict[str, str | None]:
    """Each claimant of the text -> the claim date of its first claim."""
    out: dict[str, str | None] = {}
    for c in extract_claims(text, published):
        if c.actor is not None:
            out.setdefault(c.actor.name, c.claim_date.iso() if c.claim_date else None)
    return out


# --- a second clause's speaker: the day on its own verb -----------------------------------------------------------


def test_second_clause_speaker_takes_the_day_on_its_own_verb() -> None:
    text = "Orvania says it downed 22 drones, while the Velnian embassy said on Tuesday that 17 people were hurt."
    claims = _claims(text)
    assert claims[22] == ("Orvania", "2024-03-14")  # "says": today
    assert claims[17] == ("Velnian embassy", "2024-03-12")


def test_second_clause_day_wins_over_the_first_clause_day() -> None:
    text = (
        "The mayor said on Monday that 12 people were wounded in Kovno, and the governor said on Wednesday that 8 died."
    )
    claims = _claims(text)
    assert claims[12] == ("mayor", "2024-03-11")
    assert claims[8] == ("governor", "2024-03-13")


def test_second_clause_present_says_is_today_after_a_dated_first_clause() -> None:
    text = "The governor said on Tuesday that 3 people were hurt in Kovno, but the army says it downed 9 drones."
    assert _claims(text)[9] == ("Army", "2024-03-14")


def test_second_clause_statement_without_count_takes_its_own_day() -> None:
    text = "The mayor said on Monday that the bridge was closed, while the governor said on Wednesday it was safe."
    assert _statement_dates(text)["governor"] == "2024-03-13"


def test_undated_past_second_clause_after_a_present_first_is_not_today() -> None:
    # the first speaker's "says" dates only its own words; the embassy's undated "said" has no day in the text
    text = "Orvania says it downed 22 drones, while the Velnian embassy said that 17 people were hurt."
    assert _claims(text)[17] == ("Velnian embassy", None)


def test_near_miss_undated_second_clause_keeps_the_first_speaker_day() -> None:
    # no day of its own and a past first verb: the two reports are read as told on the same day, as before
    text = "The mayor said on Monday that 12 houses burned in Kovno, and the governor said that 8 people died."
    assert _claims(text)[8] == ("governor", "2024-03-11")


def test_near_miss_a_date_of_the_first_clause_is_not_the_second_verb_day() -> None:
    text = "The air force said it shot down 31 drones over Kovno on Tuesday, and the army said 6 soldiers died."
    assert _claims(text)[6] == ("Army", None)


# --- a dated hearing, briefing or presentation: the day its speaker's later words take -----------------------------


def test_appearing_before_a_body_dates_the_speaker_words_after() -> None:
    text = "Mara Kest appeared before the Velnian parliament on Tuesday. She said Orvania had lost 300 tanks."
    assert _claims(text)[300] == ("Mara Kest", "2024-03-12")


def test_presenting_an_assessment_dates_the_speaker_words_after() -> None:
    text = (
        "Mara Kest presented the annual threat assessment to the Velnian Senate on Tuesday. "
        "Orvania had lost 300 tanks, Kest said."
    )
    assert _claims(text)[300] == ("Kest", "2024-03-12")


def test_near_miss_presenting_people_with_awards_is_no_occasion_of_theirs() -> None:
    text = (
        "On Tuesday, the Orvanian defence minister Pavel Sarn presented the pilots with state awards. "
        "Senator Ivo Brandt, who flew with the pilots, said 40 jets were lost."
    )
    assert _claims(text)[40] == ("Ivo Brandt", None)


def test_near_miss_another_person_occasion_is_not_the_speaker_day() -> None:
    text = "Mara Kest appeared before the Velnian parliament on Tuesday. Ivo Brandt said Orvania had lost 300 tanks."
    assert _claims(text)[300] == ("Ivo Brandt", None)


# --- "The head of the X Name ...": the name right after an office "of" a body is whom "she" means ----------------


def test_pronoun_after_an_office_of_a_body_then_a_name_is_that_person() -> None:
    text = (
        "The head of the Velnian intelligence service Mara Kest spoke to lawmakers on Tuesday. "
        "She said that Orvania had lost 300 tanks."
    )
    assert _claims(text)[300] == ("Mara Kest", "2024-03-12")


def test_pronoun_after_an_office_then_a_name_is_not_a_body_inside_the_words() -> None:
    text = (
        "The director of the Velnian national intelligence Mara Kest also presented her assessment on Tuesday. "
        "She emphasized that the Kremlin believes in victory."
    )
    assert _statement_dates(text) == {"Mara Kest": "2024-03-12"}


def test_near_miss_an_office_without_a_name_stays_the_office() -> None:
    text = (
        "The head of the Velnian Intelligence Service spoke to lawmakers on Tuesday. "
        "She said that Orvania had lost 300 tanks."
    )
    assert _claims(text)[300] == ("Head of the Velnian Intelligence Service", "2024-03-12")


# --- "X, head of the office of the President, Y, said": Y holds the office named, X speaks ------------------------


def test_name_after_an_office_named_in_the_first_name_role_is_not_the_speaker() -> None:
    text = "Ivo Brandt, head of the office of the President of Velnia, Mara Kest, said 40 tanks were lost."
    assert _claims(text)[40] == ("Ivo Brandt", None)


def test_pronoun_after_such_a_speaker_is_the_one_named_first() -> None:
    text = (
        '"Kovno joins the ban," Ivo Brandt, an adviser to the President of Velnia, Mara Kest, wrote on Tuesday. '
        '"Orvania lost 40 tanks," he added.'
    )
    assert _claims(text)[40] == ("Ivo Brandt", "2024-03-12")


def test_near_miss_a_role_then_its_holder_is_the_holder() -> None:
    text = "In Kovno, the head of the office of the President, Mara Kest, said 40 tanks were lost."
    assert _claims(text)[40] == ("Mara Kest", None)


# --- '... - says "Kovno Herald".': a title in quotation marks after the verb is the speaker ------------------------


def test_quoted_title_after_a_dash_and_verb_is_the_speaker() -> None:
    text = 'The Orvanian army lost 40 tanks near Kovno last month - writes "Kovno Herald".'
    assert _claims(text)[40] == ("Kovno Herald", None)


def test_quoted_title_after_a_comma_and_present_verb_is_the_speaker_today() -> None:
    text = 'The war has woken a sleeping giant in Velnia, says the "Kovno Herald".'
    assert _statement_dates(text) == {"Kovno Herald": "2024-03-14"}


def test_near_miss_quoted_words_after_the_verb_are_what_is_said() -> None:
    text = 'The Velnian minister said 40 tanks were lost, calling it "Black Week".'
    assert _claims(text)[40] == ("Velnian minister", None)
    text = 'Asked about the 40 lost tanks, the Velnian minister said "Black Week".'
    assert _statement_dates(text) == {"Velnian minister": None}
