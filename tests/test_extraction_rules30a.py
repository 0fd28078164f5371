"""Who claims and when, stop 30 (rules30a): outlets the lexicon does not know, an outlet's "citing" after
"according to", bodies taken up by their kind or their people before they ever spoke, and a night closing the
reported clause. Sentences written for these tests; every rule has a near miss that must not fire."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import PersonRegistry, resolve_actor
from claimtrack.extraction.body_references import body_reference
from claimtrack.extraction.dates import entry_days, find_dates

PUBLISHED = dt.date(2024, 5, 12)  # a Sunday


def _claims(text: str, published: dt.date = PUBLISHED) -> dict[float, tuple[str | None, str | None, str | None]]:
    """Each counted claim's low bound -> (claimant, relay, claim date)."""
    return {
        c.quantity.low: (
            c.actor.name if c.actor else None,
            c.relayed_by.name if c.relayed_by else None,
            c.claim_date.iso() if c.claim_date else None,
        )
        for c in extract_claims(text, published)
        if c.quantity is not None and c.quantity.low is not None
    }


# --- a newspaper's title word names an outlet ---------------------------------------------------------------------


def test_a_name_ending_in_a_masthead_word_is_an_outlet() -> None:
    for phrase, name in (("the Zeland Post", "Zeland Post"), ("the Belomir Herald", "Belomir Herald")):
        actor = resolve_actor(phrase, PersonRegistry())
        assert actor is not None and (actor.name, actor.kind) == (name, "media")


def test_near_miss_a_one_word_name_or_a_titled_person_stays_a_person() -> None:
    assert (
        resolve_actor("Herald", PersonRegistry()) is None or resolve_actor("Herald", PersonRegistry()).kind != "media"
    )
    actor = resolve_actor("Senator Mara Post", PersonRegistry())
    assert actor is not None and actor.kind == "person"


def test_an_unknown_outlet_citing_a_source_relays_it() -> None:
    text = "Sixty tanks were lost near Korvitsa, according to the Zeland Post, which cited two officials."
    assert _claims(text)[60.0][:2] == ("officials", "Zeland Post")


# --- "according to X, citing Y" -----------------------------------------------------------------------------------


def test_citing_right_after_an_outlet_names_the_claimant() -> None:
    text = "According to the Zeland Post, citing a source in the army, about 60 tanks were lost near Korvitsa."
    assert _claims(text)[60.0][:2] == ("source", "Zeland Post")


def test_near_miss_a_body_citing_a_reason_keeps_the_claim() -> None:
    text = "Sixty tanks were lost near Korvitsa, according to the army, citing drone footage."
    assert _claims(text)[60.0][:2] == ("Army", None)


# --- a body taken up before it ever spoke -------------------------------------------------------------------------


def test_the_kind_of_a_body_just_named_takes_it_up() -> None:
    text = "The Tarsk interior ministry met on Monday. The ministry said 40 people had been detained in Korvitsa."
    assert _claims(text)[40.0][0] == "Tarsk interior ministry"


def test_a_body_s_spokesman_speaks_for_the_body_just_named() -> None:
    text = (
        "The Tarsk interior ministry met on Monday. The ministry's spokesman said 40 people had been detained in "
        "Korvitsa."
    )
    assert _claims(text)[40.0][0] == "Tarsk interior ministry"


def test_its_people_speak_for_the_body_that_spoke_just_before() -> None:
    text = (
        "The Tarsk Observatory published a report in May. Its director said at least 8,000 people had died in Velnik."
    )
    assert _claims(text)[8000.0][0] == "Tarsk Observatory"


def test_a_generic_kind_takes_up_a_body_of_any_name() -> None:
    text = (
        "The Kolva Relief Fund has worked in the region since 2015. The group said on Tuesday that its teams had "
        "served 2,000 meals in Velnik."
    )
    assert _claims(text)[2000.0][0] == "Kolva Relief Fund"


def test_near_miss_a_kind_the_body_named_is_not() -> None:
    text = "The Tarsk interior ministry met on Monday. The agency said 40 people had been detained in Korvitsa."
    assert _claims(text)[40.0][0] != "Tarsk interior ministry"


def test_near_miss_its_after_a_person_takes_up_no_body() -> None:
    text = "Anna Berg met the Tarsk defence minister. Its analysts say 40 people had been detained in Korvitsa."
    assert _claims(text)[40.0][0] == "analysts"


def test_body_reference_reads_the_phrase() -> None:
    assert body_reference("The ministry", "The ministry ") == "ministry"
    assert body_reference("The agency's spokesman", "The agency's spokesman ") == "agency"
    assert body_reference("analysts", "Its analysts ") == ""
    assert body_reference("analysts", "Many analysts ") is None
    assert body_reference("The minister", "The minister ") is None


# --- a night closing the reported clause is not the day said ------------------------------------------------------


def test_a_night_in_the_added_words_keeps_the_speaker_s_day() -> None:
    text = (
        "Regional governor Arkady Temko said on Sunday that 16 people were missing. Rescuers had found two more "
        "bodies overnight, he added. He said 43 people had been injured."
    )
    assert _claims(text)[43.0][2] == "2024-05-12"


def test_near_miss_a_named_day_closing_the_clause_is_still_the_day_said() -> None:
    text = (
        "Regional governor Arkady Temko spoke to reporters. A missile had hit 12 houses in Dremo on Saturday, he added."
    )
    assert _claims(text)[12.0][2] == "2024-05-11"


def test_near_miss_two_bodies_opening_the_sentence_before_take_up_neither() -> None:
    text = "The Tarsk Observatory and the Velnik Monitor met on Monday. Its director said 40 people had died there."
    assert _claims(text)[40.0][0] != "Tarsk Observatory"


# --- "at the time": the time the paragraph just told -------------------------------------------------------------


def test_at_the_time_dates_the_words_by_the_time_told_before() -> None:
    text = (
        "The frigate Dorava sank in the Tarsk Sea in June 2022. Vostria never published a list of the dead. At the "
        "time the Vostrian navy said two sailors had died and 14 were missing."
    )
    assert _claims(text)[14.0] == ("Vostrian navy", None, "2022-06")


def test_said_at_the_time_takes_the_day_told_just_before() -> None:
    text = (
        "The shelling of the Velnik market on 3 May 2022 was the worst attack. Officials said at the time that 90 died."
    )
    assert _claims(text)[90.0][2] == "2022-05-03"


def test_near_miss_at_the_time_of_an_event_or_in_another_paragraph() -> None:
    text = "The frigate Dorava sank in June 2022.\n\nThe navy said at the time that 14 sailors were missing."
    assert _claims(text)[14.0][2] != "2022-06"
    text = "The frigate Dorava sank in June 2022. The navy said at the time of the attack that 14 sailors were missing."
    assert _claims(text)[14.0][2] != "2022-06"


# --- a fronted when-clause dates the saying ----------------------------------------------------------------------


def test_a_fronted_when_clause_dates_the_estimate() -> None:
    text = (
        "When Vostria launched its offensive in March 2022, Western intelligence agencies estimated that it had "
        "massed 120,000 troops on the border."
    )
    assert _claims(text)[120000.0][2] == "2022-03"


def test_near_miss_a_when_clause_with_a_clause_of_its_own_before_the_speaker() -> None:
    text = "When troops entered Velnik on Monday, they found 30 bodies, officials said."
    assert _claims(text)[30.0][2] != "2024-05-06"


# --- a live blog of clocks alone: the publication day's entries ---------------------------------------------------


def test_clocks_with_no_day_above_them_are_entries_of_the_publication_day() -> None:
    blog = (
        "Velnik flood live\n\n21:58\nThe governor says 1,400 people have been evacuated.\n\n"
        "21:31\nThe mayor of Dremo told state television that 7 people were missing.\n\n"
        "20:47\nOur reporter in Dremo sees boats in the streets.\n"
    )
    assert _claims(blog)[7.0][2] == "2024-05-12"
    assert [day.iso() for _, day in entry_days(blog, PUBLISHED)] == ["2024-05-12"] * 3


def test_near_miss_two_stray_clocks_make_no_blog() -> None:
    page = "The mayor of Dremo told state television that 7 people were missing.\n21:31\n20:47\n"
    assert entry_days(page, PUBLISHED) == []
    assert _claims(page)[7.0][2] is None


# --- officials placed by "on": the officials speak ----------------------------------------------------------------


def test_officials_on_a_place_are_the_speakers() -> None:
    text = "Vostrian-installed officials on the occupied left bank say about 900 people have been taken out of Dremo."
    assert _claims(text)[900.0][0] == "Vostrian-installed officials"


def test_near_miss_a_committee_on_a_topic_keeps_its_name() -> None:
    actor = resolve_actor("The Committee on Armed Services", PersonRegistry())
    assert actor is not None and actor.name == "Committee on Armed Services"


# --- "the officials": the group of that noun that spoke before ----------------------------------------------------


def test_the_officials_take_up_the_named_officials_who_spoke() -> None:
    text = (
        "Tarsk officials said on Monday that 500,000 people had been hurt. Of those, the officials said, 120,000 died."
    )
    assert _claims(text)[120000.0][:1] == ("Tarsk officials",)


def test_near_miss_another_noun_takes_up_no_group() -> None:
    text = "Tarsk officials said on Monday that 500,000 people had been hurt. The analysts said 120,000 had died."
    assert _claims(text)[120000.0][0] == "analysts"


# --- a month before a statement's noun: "in a September update" ---------------------------------------------------


def test_a_month_before_a_statement_noun_dates_the_statement() -> None:
    text = (
        "Tarsk's defence intelligence said in a September update that Vostria had lost about 8,800 armoured vehicles."
    )
    assert _claims(text, dt.date(2024, 10, 15))[8800.0][2] == "2024-09"


def test_near_miss_a_march_that_is_a_walk_is_no_month() -> None:
    assert [d.ref.raw for d in find_dates("Protesters took part in a march, police said.", 0, PUBLISHED)] == []


# --- interviews whose question lines do not say "you" -------------------------------------------------------------

_INTERVIEW = (
    "{title}\n\nBy Ivo Marten\n\nMarta Velk is a researcher at the Korvan Institute.{meeting}\n\n"
    "{q}How many tanks has Vostria lost this month?{q}\n\nAbout 40 tanks were destroyed near Velnik last week.\n\n"
    "{q}And how many soldiers were killed?{q}\n\nAt least 300 soldiers were killed near Velnik in the same week.\n"
)


def test_bold_questions_of_an_interview_give_the_answers_to_the_interviewee() -> None:
    page = _INTERVIEW.format(title="The Vostrian front", meeting=" We spoke to her on Tuesday.", q="**")
    assert _claims(page)[40.0][:1] == ("Marta Velk",)


def test_a_q_and_a_title_and_an_answered_questions_line_date_the_answers() -> None:
    page = _INTERVIEW.format(title="Q&A: The Vostrian front", meeting=" She answered our questions on Thursday.", q="")
    assert _claims(page)[300.0] == ("Marta Velk", None, "2024-05-09")


def test_near_miss_an_explainer_s_question_lines_give_no_one_the_answers() -> None:
    page = _INTERVIEW.format(title="What next on the Vostrian front", meeting="", q="")
    assert _claims(page).get(40.0, (None,))[0] != "Marta Velk"
