"""Stop 27 (rules27a): speaker forms held-out text still lost.

A "he", "she" or "it" after a sentence that opens with an unnamed office means that office ("The regional governor
spoke on Sunday. He said ..."), and a count whose sentences name no place is placed where the office is; "the
governor of X Oblast" names no person "Oblast"."""

from __future__ import annotations

import datetime as dt

import pytest
from extraction_helpers import speakers_by_count

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import PersonRegistry, resolve_actor
from claimtrack.extraction.antecedents import body_office, is_person_office, person_office
from claimtrack.extraction.speaker_labels import bare_turns

PUBLISHED = dt.date(2024, 6, 3)


def _by_count(text: str) -> dict[float, tuple[str | None, str | None]]:
    return speakers_by_count(text, PUBLISHED)


def _places_by_count(text: str) -> dict[float, str | None]:
    return {
        c.quantity.low: c.place.name if c.place else None
        for c in extract_claims(text, PUBLISHED)
        if c.quantity is not None and c.quantity.low is not None
    }


# --- the office a sentence opens with -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        ("The regional governor of Dravna Oblast toured a clinic.", "The regional governor of Dravna Oblast"),
        ("On Friday, the mayor of Ostrel addressed residents.", "the mayor of Ostrel"),
        ("A spokeswoman for the Eastern Guard spoke to reporters.", "A spokeswoman for the Eastern Guard"),
        (
            "The head of the Velka regional military administration gave an update.",
            "The head of the Velka regional military administration",
        ),
        ("The town's mayor was interviewed by local radio.", "The town's mayor"),
        ("Merova's prosecutor general visited the site.", "Merova's prosecutor general"),
    ],
)
def test_a_person_office_opening_a_sentence(sentence: str, office: str) -> None:
    assert person_office(sentence) == office


@pytest.mark.parametrize(
    "sentence",
    [
        "A medic was wounded in the blast.",  # no office
        "The mayor, Ilka Vass, toured the shelter.",  # a name follows: not the office alone
        "The head of Merovan diplomacy praised the talks.",  # cut short before its noun: no verb follows
        "The driver of the bus was hurt.",
    ],
)
def test_no_person_office(sentence: str) -> None:
    assert person_office(sentence) is None


def test_a_body_office_and_a_speaking_office() -> None:
    assert body_office("The district prosecutor's office opened a case.") == "The district prosecutor's office"
    assert body_office("The city council met on Friday.") == "The city council"
    assert is_person_office("a spokesman for the Eastern Guard")
    assert not is_person_office("the Eastern Guard")


# --- a pronoun meaning the office ----------------------------------------------------------------------------------


def test_he_after_an_unnamed_governor_is_the_governor_and_placed_in_his_region() -> None:
    text = "The regional governor of Poltava Oblast spoke on Sunday. He said 12 people were wounded in the shelling."
    name, kind = _by_count(text)[12]
    assert name is not None and "governor" in name.lower()
    assert kind == "person"
    assert _places_by_count(text)[12] == "Poltava Oblast"


def test_she_after_an_unnamed_mayor() -> None:
    text = "The mayor of Odesa addressed residents on Tuesday. She said 9 people were injured at the port."
    name, _ = _by_count(text)[9]
    assert name is not None and "mayor" in name.lower()


def test_he_after_a_spokesman_is_the_body_he_speaks_for() -> None:
    text = (
        "President Ivo Marek toured the coast in the morning. A spokesman for the Eastern Guard spoke to reporters. "
        "He said 18 soldiers were killed near the bridge."
    )
    assert _by_count(text)[18][0] == "Eastern Guard"


def test_he_adds_after_a_spokesman_who_said() -> None:
    text = (
        "President Ivo Marek spoke in the morning. A spokesman for the Eastern Guard said 5 boats were sunk. "
        "He added that 40 soldiers were killed."
    )
    assert _by_count(text)[40][0] == "Eastern Guard"


def test_it_after_an_office_of_a_body() -> None:
    text = "The district prosecutor's office opened a case. It said 3 civilians were killed in the strike on Kupiansk."
    name, kind = _by_count(text)[3]
    assert name is not None and "prosecutor" in name.lower()
    assert kind == "organisation"


def test_near_miss_a_subject_that_holds_no_office_leaves_the_named_speaker() -> None:
    text = (
        "President Ivo Marek said the attack was cruel. A medic was wounded in the blast. "
        "He said 40 drones were launched."
    )
    assert _by_count(text)[40][0] == "Ivo Marek"


def test_near_miss_an_office_of_the_named_speakers_side_is_his_epithet() -> None:
    text = (
        "Ukrainian Foreign Minister Olek Varga said the talks in Geneva were useful. "
        "The head of the Ukrainian Ministry of Foreign Affairs also referred to the talks. "
        "He said 30 diplomats had been expelled."
    )
    assert _by_count(text)[30][0] == "Olek Varga"


# --- a place's designator is no surname ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase", ["the governor of Kharkiv Oblast", "the governor of Belgorod Region", "the governor of Dravna Oblast"]
)
def test_an_oblast_is_no_surname(phrase: str) -> None:
    actor = resolve_actor(phrase, PersonRegistry())
    assert actor is not None and actor.name.lower().startswith("governor of")


# --- an interview set as bare question lines ------------------------------------------------------------------------

_BARE_INTERVIEW = (
    "Holding the line at the river\nInterview | 4 June 2024\n\n"
    "Danylo Moroz, 41, commands a mortar battery on the southern front. We interviewed him on Saturday beside "
    "his dugout.\n\n"
    "How many guns does your battery have?\n\n"
    "We have 6 mortars now. Last month we lost 2 of them to drones.\n\n"
    "How do you get shells?\n\n"
    "Volunteers bring some. The rest comes from the brigade.\n\n"
    "Moroz's battery is one of many units short of shells. The brigade has asked for 900 more rounds a week.\n"
)


def test_the_line_after_a_bare_question_is_the_interviewees_and_dated_by_the_meeting() -> None:
    claims = [c for c in extract_claims(_BARE_INTERVIEW, PUBLISHED) if c.quantity is not None]
    by_count = {c.quantity.low: c for c in claims if c.quantity is not None}
    assert by_count[6].actor is not None and by_count[6].actor.name == "Danylo Moroz"
    assert by_count[6].claim_date is not None and by_count[6].claim_date.value == dt.date(2024, 6, 1)


def test_near_miss_the_writers_line_after_the_last_answer_is_no_answer() -> None:
    found = _by_count(_BARE_INTERVIEW)
    assert found.get(900, (None, None))[0] != "Danylo Moroz"


def test_an_interviewee_known_by_a_call_sign() -> None:
    text = _BARE_INTERVIEW.replace(
        "Danylo Moroz, 41, commands", 'His comrades know him by the call sign "Grim". He is 41 and commands'
    )
    assert _by_count(text)[6][0] == "Grim"


def test_near_miss_questions_that_address_no_one_are_subheads() -> None:
    text = (
        "Governor Ivo Marek, 52, toured the port on Monday.\n\n"
        "What happens next for the port?\n\nShips may call again: 40 are expected in July.\n\n"
        "Why does the corridor matter?\n\nAbout 12 million tonnes of grain left through it.\n"
    )
    assert not bare_turns(text)
    assert bare_turns(text.replace("the port?", "your port?").replace("the corridor", "your corridor"))
    assert _by_count(text).get(40, (None, None))[0] != "Ivo Marek"


# --- speaker phrases and cues unseen text used ---------------------------------------------------------------------


def test_put_losses_at_with_where_and_when_between() -> None:
    text = (
        "Marko Dovhan, who speaks for the Northern grouping, gave an interview. He put enemy losses along that "
        "stretch of the front since Sunday at 250 soldiers and 20 tanks."
    )
    found = _by_count(text)
    assert found[250][0] == "Marko Dovhan" and found[20][0] == "Marko Dovhan"


def test_near_miss_put_without_a_toll_is_no_estimate() -> None:
    text = "Marko Dovhan put the question to 40 officers at the base."
    assert 40 not in _by_count(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Some 40 people were displaced overnight, according to statisticians.", "statisticians"),
        ("Some 40 people were displaced overnight, according to local economists.", "local economists"),
        ("Volunteers at a shelter in Poltava said 300 people were evacuated by Monday.", "volunteers"),
        ("Doctors at the city hospital in Sumy said 12 of the wounded were children.", "doctors"),
    ],
)
def test_plural_people_by_what_they_do_and_where_they_are(text: str, speaker: str) -> None:
    assert [name for name, _ in _by_count(text).values()] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Some 40 people were displaced overnight, according to numbers.",  # no people
        "Troops at a base in Poltava said 300 people were evacuated by Monday.",  # no place speaks
    ],
)
def test_near_miss_no_plural_of_people_and_no_place_as_speaker(text: str) -> None:
    assert all(name not in {"numbers", "Poltava"} for name, _ in _by_count(text).values())


def test_a_body_giving_a_breakdown_or_updating_its_figures_after_a_colon() -> None:
    found = _by_count("The navy gave a breakdown: 14 boats were sunk and 3 were captured.")
    assert found[14][0] == found[3][0] == "Navy"
    found = _by_count("The border guard has updated its figures: 15 crossings were closed overnight.")
    assert found[15][0] == "Border guard"


def test_near_miss_updating_a_website_gives_no_figures() -> None:
    assert 40 not in _by_count("The border guard has updated its website: 40 pages were added.")


# --- a document's lowercase author, a body named by a compass point, a subject's modifiers, a described group ----


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Four people were wounded, according to a statement from the regional military administration.",
         "Regional military administration"),
        ("Four people were wounded, according to an update from the regional police.", "Regional police"),
        ("Four people were wounded, according to a post by the mayor on Telegram.", "mayor"),
    ],
)  # fmt: skip
def test_according_to_a_document_from_a_lowercase_author(text: str, speaker: str) -> None:
    assert [name for name, _ in _by_count(text).values()] == [speaker]


def test_near_miss_according_to_a_document_of_no_author_names_none() -> None:
    assert _by_count("Four people were wounded, according to the statement.") == {}


def test_a_body_named_by_a_compass_point_is_no_person() -> None:
    text = "Two bridges were repaired near Sumy, the Operational Command West reported. It said 40 mines were cleared."
    assert _by_count(text)[40] == ("Operational Command West", "organisation")


def test_near_miss_a_person_named_north_keeps_his_name() -> None:
    actor = resolve_actor("Commander Oliver North", PersonRegistry())
    assert actor is not None and actor.name == "Oliver North" and actor.kind == "person"


def test_lowercase_nouns_between_a_side_and_the_head_of_a_coordinated_subject() -> None:
    text = (
        "Ukrainian air defence commander Col-Gen Ivan Dorosh toured two batteries on Sunday and said his crews "
        "had downed 60 drones."
    )
    assert _by_count(text)[60][0] == "Ivan Dorosh"


def test_near_miss_a_verb_after_the_side_is_no_modifier() -> None:
    text = "Ukrainian troops shelled officials in the town and said 60 attackers were killed."
    assert _by_count(text).get(60, (None, None))[0] != "Ukrainian troops shelled officials"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Local medics who staff the field clinic said they had treated 19 soldiers.", "Local medics"),
        ("A group of lawyers working for a rights charity has documented 4,200 cases of torture.", "group of lawyers"),
    ],
)  # fmt: skip
def test_a_group_described_by_its_clause_speaks(text: str, speaker: str) -> None:
    assert [name for name, _ in _by_count(text).values()] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The governor met volunteers working with a charity and said 30 houses had burned down.",
        "The governor thanked rescuers who worked through the night and said 30 houses had burned down.",
    ],
)
def test_near_miss_a_described_group_the_subject_met_does_not_speak(text: str) -> None:
    assert all("volunteers" not in str(c.actor) and "rescuers" not in str(c.actor) for c in extract_claims(text))


def test_the_body_named_before_though_its_name_follows_a_sentence_end() -> None:
    text = "Officials said the Danube Survey Commission would meet in May. The Commission counted 340 damaged barges."
    assert _by_count(text)[340][0] == "Danube Survey Commission"


def test_near_miss_two_missions_named_leave_the_mission_unnamed() -> None:
    text = (
        "The Danube Survey Commission and the River Barge Commission met in May. "
        "The Commission counted 340 damaged barges."
    )
    assert _by_count(text)[340][0] == "commission"


# --- what "we" received -------------------------------------------------------------------------------------------

_BRIEFING = (
    "Briefing by the UN Resident Coordinator in Moldova, Anna Holt\n\n"
    "Ms. Holt: Good afternoon. According to figures we obtained from the district council, 30 homes were "
    "destroyed.\n\nQuestion (a correspondent): Were your staff affected?\n\n"
    "Ms. Holt: No.\n"
)


def test_what_we_received_from_a_source_is_the_turns_speakers_in_a_transcript() -> None:
    assert _by_count(_BRIEFING)[30][0] == "Anna Holt"


def test_near_miss_what_we_received_from_a_source_outside_a_transcript_is_the_sources() -> None:
    text = "Mines were found, according to figures we obtained from the district council: 30 homes were destroyed."
    assert _by_count(text)[30][0] == "District council"


def test_as_communicated_by_names_the_speaker() -> None:
    text = "In the Poltava region, as communicated by the district council, 15 shells hit farmland."
    assert _by_count(text)[15][0] == "District council"


@pytest.mark.parametrize(
    "text",
    [
        "The governor communicated with 15 mayors of the region on Monday.",
        "The army was informed by the ministry that 15 soldiers were missing.",
    ],
)
def test_near_miss_communicated_or_informed_outside_as_names_no_speaker(text: str) -> None:
    assert 15 not in _by_count(text)
