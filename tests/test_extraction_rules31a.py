"""Who claims and when, stop 31 (rules31a): a saying dated by a time the story told before ("Later that year",
"A year earlier", "at the time" with no time told), and a fronted time with an aside before a pronoun speaker.
Sentences written for these tests; every rule has a near miss that must not fire."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction.date_carry import told_time_phrase
from tests.extraction_helpers import speakers_and_days_by_count

PUBLISHED = dt.date(2024, 5, 12)  # a Sunday
STAMPED = "Looking back: the siege of Velnik\n\n12 May 2024 | Feature\n\n"


def _claims(text: str, published: dt.date = PUBLISHED) -> dict[float, tuple[str | None, str | None]]:
    """Each counted claim's low bound -> (claimant, claim date)."""
    return speakers_and_days_by_count(text, published)


def _phrase(text: str, cue: str) -> tuple[str, int] | None:
    at = text.find(cue)
    found = told_time_phrase(text, at, at + len(cue))
    return None if found is None else (found[0], found[1])


# --- a time taken up from the sentences before ------------------------------------------------------------------


def test_told_time_phrases_open_the_sentence_or_stand_on_the_cue() -> None:
    assert _phrase("Later that year, the council raised it.", "raised") == ("year", 0)
    assert _phrase("A year earlier, he reported it.", "reported") == ("year", -1)
    assert _phrase("But the following day, the army said so.", "said") == ("day", 1)
    assert _phrase("Speaking the same day in Tarsk, Anna Berg said so.", "said") == ("day", 0)
    assert _phrase("The army said a month later that it was so.", "said") == ("month", 1)


def test_near_miss_told_time_phrases_in_the_reported_words() -> None:
    assert _phrase("Troops left the town a day later, the army said.", "said") is None
    assert _phrase("The army said 30 soldiers died later that year.", "said") is None
    assert _phrase("For a year, the army said nothing.", "said") is None


def test_later_that_year_takes_the_year_told_before() -> None:
    text = (
        STAMPED + "In April 2021, the mayor of Velnik said 9,000 civilians had died in the siege. Later that year, "
        "the regional council said at least 12,000 civilians had died."
    )
    assert _claims(text)[12000.0] == ("Regional council", "2021")


def test_a_year_earlier_steps_back_from_the_day_told() -> None:
    text = (
        "Deputy minister Oren Valk said on Tuesday that 41,000 recruits had signed contracts since January. A year "
        "earlier, he reported that 96,000 recruits had signed up over the whole year."
    )
    assert _claims(text)[96000.0] == ("Oren Valk", "2023")


def test_at_the_time_with_no_time_told_leaves_the_date_empty() -> None:
    text = STAMPED + "The siege of the Velnik airport lasted 200 days. The army said at the time that 80 soldiers died."
    assert _claims(text)[80.0][1] is None


def test_near_miss_an_undated_saying_in_a_stamped_story_keeps_the_stamp() -> None:
    text = STAMPED + "The siege of the Velnik airport lasted 200 days. The army said that 80 soldiers died."
    assert _claims(text)[80.0][1] == "2024-05-12"


# --- a fronted time, an aside placing it, then the speaker -------------------------------------------------------


def test_fronted_month_then_a_time_span_aside_dates_a_pronoun_speaker() -> None:
    text = (
        "The Tarsk Monitoring Mission counted violations every week. In a single weekend in March 2021, days before "
        "the offensive, it said it had recorded 1,340 explosions."
    )
    assert _claims(text)[1340.0][1] == "2021-03"


def test_near_miss_a_clause_between_the_time_and_the_speaker() -> None:
    text = (
        "The Tarsk Monitoring Mission counted violations every week. In March 2021, troops crossed the river, it "
        "said, and 1,340 explosions were recorded."
    )
    assert _claims(text).get(1340.0, (None, None))[1] != "2021-03"


# --- an interview of bare question lines and labelled answers: the meeting's day dates the answers ---------------


INTERVIEW = (
    "'The river is our only road': a nurse on the Tarsk front\n\nInterview | Velnia | 10 May 2024\n\n"
    "Tarsk lies cut off on the far bank of the river.{meeting} Parts of the conversation were translated.\n\n"
    "How many patients are in the clinic now?\n\nBerg: About 40. Last week 12 patients died in the clinic.\n\n"
    "Does help reach you?\n\nBerg: Very little comes across the river.\n"
)


def test_labelled_answers_after_bare_questions_are_dated_by_the_meeting() -> None:
    text = INTERVIEW.format(meeting=" We reached Anna Berg, who runs the clinic, by phone on Wednesday.")
    assert _claims(text, dt.date(2024, 5, 10))[12.0] == ("Anna Berg", "2024-05-08")


def test_near_miss_no_meeting_day_keeps_the_page_stamp() -> None:
    text = INTERVIEW.format(meeting=" Anna Berg runs the clinic.")
    assert _claims(text, dt.date(2024, 5, 10))[12.0][1] == "2024-05-10"


# --- a body named with its seat, then without it: the same speaker's day ----------------------------------------


def test_a_body_named_without_its_seat_takes_the_day_it_spoke_with_it() -> None:
    text = (
        "The UN human rights office in Velnia said on Tuesday that 14 civilians were killed in Tarsk. The UN human "
        "rights office said 30 more were wounded."
    )
    assert _claims(text)[30.0][1] == "2024-05-07"


def test_near_miss_another_body_does_not_take_the_day() -> None:
    text = (
        "The UN human rights office in Velnia said on Tuesday that 14 civilians were killed in Tarsk. The UN "
        "refugee agency said 3,000 people had fled."
    )
    assert _claims(text)[3000.0][1] != "2024-05-07"


# --- a press release's dateline: "GENEVA (9 July 2024) -" --------------------------------------------------------


def test_a_place_then_a_bracketed_day_is_the_dateline() -> None:
    text = (
        "VELNIA: UN monitors record the highest civilian toll in months after a strike on the Tarsk children's "
        "hospital\n\nGENEVA (9 May 2024) - UN monitors said the strike killed 14 civilians.\n\nThe agency for "
        "children said in a separate statement that 300 children had been moved."
    )
    assert _claims(text)[300.0][1] == "2024-05-09"


def test_near_miss_brackets_without_a_dash_are_no_dateline() -> None:
    text = (
        "VELNIA: UN monitors record the highest civilian toll in months after a strike on the Tarsk children's "
        "hospital\n\nGENEVA (9 May 2024) UN monitors met.\n\nThe agency for children said in a separate statement "
        "that 300 children had been moved."
    )
    assert _claims(text)[300.0][1] is None


# --- a fronted day, then the speaker's office and name -----------------------------------------------------------


def test_a_fronted_day_before_an_office_and_a_name_dates_the_saying() -> None:
    text = "On Wednesday the Velnian defence minister, Oren Valk, said in Tarsk that 30 drones were downed."
    assert _claims(text)[30.0] == ("Oren Valk", "2024-05-08")


def test_near_miss_a_clause_is_no_office_before_a_name() -> None:
    from claimtrack.extraction.claim_dates import _title_before_name

    assert _title_before_name(" the Velnian defence minister, ")
    assert not _title_before_name(" troops crossed the border, ")


# --- a statement's title in capitals: the body's name ends where the topic opens ---------------------------------


def test_a_capitals_title_names_the_body_not_its_topic() -> None:
    from claimtrack.extraction.bulletins import bulletin_issuer

    title = (
        "STATEMENT OF THE MINISTRY OF FOREIGN AFFAIRS OF VELNIA IN CONNECTION WITH THE SHELLING OF THE CIVILIAN "
        "INFRASTRUCTURE OF TARSK\n\n10 May 2024\n\nThe Ministry condemns the shelling.\n"
    )
    assert bulletin_issuer(title) == "MINISTRY OF FOREIGN AFFAIRS OF VELNIA"


def test_near_miss_a_title_in_mixed_case_keeps_its_pattern() -> None:
    from claimtrack.extraction.bulletins import bulletin_issuer

    title = (
        "Statement by the Ministry of Foreign Affairs of Velnia on the shelling of Tarsk\n\nThe Ministry condemns it.\n"
    )
    assert bulletin_issuer(title) == "Ministry of Foreign Affairs of Velnia"


# --- "X, at the same meeting, said": the occasion told before dates the saying ------------------------------------

MEETING = (
    "Governor Oren Valk told President Anna Berg at a meeting on Monday that 28 villages were cut off.\n\n"
    "Defence officials said on Wednesday that 40 drones were downed.\n\n"
)


def test_an_occasion_aside_between_speaker_and_cue_takes_the_occasion_day() -> None:
    text = MEETING + "Berg, at the same meeting, said 300 soldiers would be sent to Tarsk."
    assert _claims(text)[300.0][1] == "2024-05-06"


def test_near_miss_an_occasion_in_the_reported_words() -> None:
    text = MEETING + "Berg, a former general, said 300 soldiers would be sent to Tarsk at the meeting."
    assert _claims(text)[300.0][1] != "2024-05-06"


# --- "X said that, according to his intelligence, ...": X speaks, citing what X knows -----------------------------


def test_according_to_his_intelligence_keeps_the_speaker() -> None:
    text = "President Oren Valk said on Thursday that, according to his intelligence, 3,000 Tarskian troops were near."
    assert _claims(text)[3000.0][0] == "Oren Valk"
    text = "President Oren Valk said on Thursday that, according to his sources, 3,000 Tarskian troops were near."
    assert _claims(text)[3000.0][0] == "Oren Valk"


def test_near_miss_according_to_a_named_service_is_the_service() -> None:
    text = (
        "President Oren Valk said on Thursday that, according to the Velnian intelligence service, 3,000 Tarskian "
        "troops were near."
    )
    assert _claims(text)[3000.0][0] == "Velnian intelligence service"


# --- "X gave these figures on Friday." then the figures: X's ------------------------------------------------------


def test_figures_in_the_sentence_after_their_announcement_are_the_announcers() -> None:
    text = (
        "The Velnian defence ministry gave these figures on Friday. Tarskian forces lost 420 servicemen and 8 tanks "
        "near Dolmar over the past day."
    )
    assert _claims(text)[420.0] == ("Velnian defence ministry", "2024-05-10")
    text = "The Velnian General Staff released its latest figures.\n\nTarskian forces lost 420 servicemen near Dolmar."
    assert _claims(text)[420.0][0] == "Velnian General Staff"


def test_near_miss_figures_given_in_the_announcing_sentence_or_no_figures_announced() -> None:
    text = (
        "The Velnian General Staff released figures showing heavy losses. Tarskian forces lost 420 servicemen near "
        "Dolmar, according to bloggers."
    )
    assert _claims(text)[420.0][0] == "bloggers"
    text = "The Velnian General Staff held a briefing on Friday. Tarskian forces lost 420 servicemen near Dolmar."
    assert 420.0 not in _claims(text)
