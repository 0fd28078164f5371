"""Miss families left by blind probe 24a (fam24d): counts in interview answers whose noun the answer named a
sentence before, or a noun the lexicon lacked; outlets asking at a press conference; speakers taken from a place,
a reason after "citing", a document's noun, or the last speaker instead of the body "it" refers to. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import resolve_actor
from claimtrack.extraction.attribution import cites_a_reason
from claimtrack.extraction.quantities import elided_noun_counts, find_counts, may_have_elided_noun

PUBLISHED = dt.date(2024, 3, 5)


def _claims(text: str) -> list[tuple[str | None, float | None, float | None, str | None]]:
    """(speaker, low, high, unit) of every claim with a count read from `text`."""
    return [(c.actor.name if c.actor else None, c.quantity.low, c.quantity.high, c.quantity.unit)
            for c in extract_claims(text, PUBLISHED) if c.quantity is not None]


def _speakers(text: str) -> list[str | None]:
    return [c.actor.name if c.actor else None for c in extract_claims(text, PUBLISHED)]


# --- a number whose noun the sentence before named --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ('The mayor said: "The town had 40,000 residents before the war. Now there are about 6,000, most of them old."',
     6000.0, 6000.0, "residents"),
    ('The envoy said: "Last spring 90 trucks a day crossed. This week it is fewer than 30, and some days none."',
     None, 30.0, "trucks"),
    ('The colonel said: "We fire perhaps 300 shells a day. The enemy fires five or six thousand on a quiet day."',
     5000.0, 6000.0, "shells"),
    ('The medic said: "We lost 12 soldiers in March. We lost 19 in April."', 19.0, 19.0, "soldiers"),
])
def test_noun_from_the_sentence_before(text: str, low: float | None, high: float | None, unit: str) -> None:
    claims = _claims(text)
    assert any(c[1] == low and c[2] == high and c[3] == unit for c in claims), claims


@pytest.mark.parametrize("text", [
    'The mayor said: "The town had 40,000 residents. It was 2019 when the plant closed."',  # a year
    'The envoy said: "90 trucks crossed on Monday. The talks lasted 3 hours."',  # a noun of its own
    'The colonel said: "We fire 300 shells a day. The guns are 40 years old."',  # no verb repeated, no "there are"
    'The mayor said: "The town had 40,000 residents.\n\nThere are about 6,000."',  # another paragraph
])
def test_no_borrowed_noun(text: str) -> None:
    assert len(_claims(text)) == 1, _claims(text)


def test_elided_noun_counts_reads_the_verb_before_the_earlier_count() -> None:
    before = "We fire maybe 200 shells."
    previous = find_counts(before, 0)[-1]
    sentence = "They fire three or four thousand in our sector."
    assert may_have_elided_noun(sentence)
    counts = elided_noun_counts(sentence, 30, previous, before, 0)
    assert [(c.low, c.high, c.unit, c.raw) for c in counts] == [(3000.0, 4000.0, "shells", "three or four thousand")]
    assert elided_noun_counts("They shoot 400 in our sector.", 30, previous, before, 0) == []


# --- nouns the lexicon lacked -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("We have lost 23 colleagues since the war began.", 23.0, "colleagues"),
    ("The brigade received 40 Starlink terminals last month.", 40.0, "starlink terminals"),
    ("Seven ambulances were waiting at the checkpoint.", 7.0, "ambulances"),
    ("The convoy of 14 buses left the city at dawn.", 14.0, "buses"),
])
def test_new_counted_nouns(sentence: str, value: float, unit: str) -> None:
    counts = find_counts(sentence)
    assert [(c.low, c.unit) for c in counts] == [(value, unit)]


def test_a_lone_colleague_is_no_count() -> None:
    assert find_counts("One colleague stayed behind.") == []


# --- a press conference: the outlet asks ------------------------------------------------------------------------------

PRESS_CONFERENCE = (
    "Foreign Ministry Spokesperson Li Qiang's Regular Press Conference on May 3, 2023\n\n"
    "AFP: It is reported that the embassy has evacuated 40 citizens. Can you confirm?\n\n"
    "Li Qiang: The embassy has evacuated 120 citizens so far.\n\n"
    "Reuters: There are reports of 12 ships near the islands. What is your response?\n\n"
    "Li Qiang: I am not aware of that.\n\n"
    "CCTV: Can you share more details on the aid?\n\n"
    "Li Qiang: China has sent 35 ambulances to the region."
)


def test_outlets_asking_are_no_speakers() -> None:
    speakers = _speakers(PRESS_CONFERENCE)
    assert not {"AFP", "Reuters", "CCTV", "Agence France-Presse"} & set(speakers), speakers
    claims = _claims(PRESS_CONFERENCE)
    assert ("Li Qiang", 120.0, 120.0, "citizens") in claims or any(
        c[0] == "Li Qiang" and c[1] == 120.0 for c in claims), claims
    assert any(c[0] == "Li Qiang" and c[1] == 35.0 for c in claims), claims


def test_an_outlet_label_that_asks_nothing_still_speaks() -> None:
    text = "Live updates\n\nReuters: Ukraine says 30 drones were shot down overnight."
    assert any(who == "Reuters" or who == "Ukraine" for who, *_ in _claims(text)), _claims(text)


# --- speakers ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "speaker"), [
    ("A UNICEF spokesperson in Geneva said 14 children had been killed.", "UNICEF spokesperson in Geneva"),
    ("A Red Cross spokeswoman in Nairobi said 9 aid workers were missing.", "Red Cross spokeswoman in Nairobi"),
    ("Kenyan army officers in Mandera said that 12 militants had been killed.", "Kenyan army officers in Mandera"),
])
def test_who_speaks_in_a_place(sentence: str, speaker: str) -> None:
    claims = extract_claims(sentence, PUBLISHED)
    assert [c.actor.name for c in claims] == [speaker]


def test_a_spokespersons_seat_is_no_claim_place() -> None:
    claim = extract_claims("A UNICEF spokesperson in Geneva said 14 children had been killed.", PUBLISHED)[0]
    assert claim.place is None
    claim = extract_claims("Police officers in Kharkiv said 4 people were killed.", PUBLISHED)[0]
    assert claim.place is not None and claim.place.name == "Kharkiv"  # a local body speaks of its own place


@pytest.mark.parametrize("after", [
    " the killing of three of its members in shelling on Monday.",
    " security concerns.",
    " the deaths of 12 civilians in an earlier strike.",
    " repeated attacks on its positions.",
])
def test_citing_a_reason(after: str) -> None:
    assert cites_a_reason(after)


@pytest.mark.parametrize("after", [" Ukrainian officials.", " sources in the army.", " the health ministry.",
                                   " a report by the UN."])
def test_citing_a_source(after: str) -> None:
    assert not cites_a_reason(after)


def test_the_reason_cited_is_no_speaker() -> None:
    text = ("The army said its troops had shot down 3 drones near the border, citing the killing of two of its "
            "soldiers on Monday.")
    assert set(_speakers(text)) == {"Army"}
    text = "The newspaper said 30 soldiers were killed, citing sources in the army."
    assert _speakers(text) == ["sources"]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("According to the information of the regional police, 16 people were injured.", "Regional police"),
    ("According to the information of the de facto authorities of Abkhazia, 20 people were killed.",
     "De facto authorities of Abkhazia"),
    ("According to data from the local authorities of Kherson, 21 people were killed.",
     "Local authorities of Kherson"),
    ("The separatist authorities of Transnistria said 8 civilians were killed.",
     "Separatist authorities of Transnistria"),
])
def test_bodies_behind_documents_and_qualifiers(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [speaker]


def test_qualified_bodies_resolve() -> None:
    actor = resolve_actor("the de facto authorities of Abkhazia")
    assert actor is not None and actor.kind == "organisation"
    assert resolve_actor("the local residents of Kherson") is None or \
        resolve_actor("the local residents of Kherson").kind != "organisation"  # no body's noun


@pytest.mark.parametrize(("text", "speaker"), [
    ("The UN said 9 people were killed. The army did not respond. It later said 12 soldiers were killed.", "Army"),
    ("Kenya's health ministry said 5 people died. Russia's Defence Ministry did not comment on the strike. On Friday "
     "it said its forces had destroyed 5 tanks.", "Ministry of Defence of Russia"),
    ("The UN said 9 people were killed. The police declined to comment. It said 4 officers were hurt.", "Police"),
])
def test_it_is_the_body_just_named(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


def test_it_after_a_sentence_about_no_body_keeps_the_last_body() -> None:
    text = "The health ministry said 5 people were killed. The hospital was hit twice. It said 40 patients were moved."
    assert _speakers(text)[-1] == "Health ministry"


# --- a loss list of several kinds, and equal counts of different materiel --------------------------------------------

@pytest.mark.parametrize(("sentence", "units"), [
    ("The enemy's losses amounted to up to 210 servicemen, one tank and four motor vehicles.",
     ["servicemen", "tank", "vehicles"]),
    ("The enemy lost 80 servicemen, one tank, two howitzers and 4 pickup trucks.",
     ["servicemen", "tank", "howitzers", "pickup trucks"]),
    ("Losses were 35 soldiers, one helicopter and 3 armoured vehicles.",
     ["soldiers", "helicopter", "armoured vehicles"]),
])
def test_one_in_a_loss_list_of_several_kinds(sentence: str, units: list[str]) -> None:
    assert [c.unit for c in find_counts(sentence)] == units


@pytest.mark.parametrize("sentence", [
    "Russia lost 40 soldiers, one of them a colonel.",
    "The army said 30 soldiers, one tank and a jeep were lost.",  # no count goes on after "one tank"
    "Police detained 5 men, one truck and its driver.",
])
def test_one_without_a_list_going_on(sentence: str) -> None:
    assert all(c.low != 1.0 for c in find_counts(sentence))


def test_equal_counts_of_different_materiel_stay_two_claims() -> None:
    text = ("The ministry said the enemy lost 300 servicemen, one tank and six motor vehicles in the south.\n\n"
            "Air defence means shot down 17 drones and intercepted six HIMARS projectiles, the ministry said.")
    units = sorted(u for *_, u in _claims(text) if u)
    assert "vehicles" in units and "himars" in units, units


def test_a_repeat_under_another_drone_name_is_one_claim() -> None:
    text = "Ukraine downs 19 drones overnight\n\nThe air force said it had shot down 19 Shaheds overnight."
    assert len([c for c in _claims(text) if c[1] == 19.0]) == 1, _claims(text)


# --- a closing note after an interview --------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Related: Five charts on the aid crisis", "Read more: The siege in numbers",
                                   "Editor's note: This story was updated."])
def test_a_closing_note_is_not_the_interviewees(label: str) -> None:
    text = ("Anna Berg, the head of the aid mission in Gaza, spoke to us on Monday.\n\n"
            "Q: How many trucks get in?\nA: We need 500 trucks a day.\n\n"
            "The interview was edited for length; 12 of our staff took part in the project.\n\n" + label)
    claims = extract_claims(text, PUBLISHED)
    assert all(not (c.actor and c.actor.name == "Anna Berg") for c in claims if "edited" in c.mentions[0].sentence)
    assert any(c.actor and c.actor.name == "Anna Berg" and c.quantity and c.quantity.low == 500.0 for c in claims)


def test_an_answer_still_runs_on_before_another_turn() -> None:
    text = ("Anna Berg, the head of the aid mission in Gaza, spoke to us on Monday.\n\n"
            "Q: How many trucks get in?\nA: Very few.\n\nWe need 500 trucks a day.\n\nQ: And staff?\nA: We lost 40.")
    assert any(c.actor and c.actor.name == "Anna Berg" and c.quantity and c.quantity.low == 500.0
               for c in extract_claims(text, PUBLISHED))


# --- a long titled name in apposition ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Its spokesman, Major General Kyaw Min Oo, told state media that rebels had used 90 drones.", "Kyaw Min Oo"),
    ("The army's spokesman, Brigadier General Thet Naing Soe, said 40 soldiers were killed.", "Thet Naing Soe"),
    ("Its spokeswoman, Lieutenant Colonel Mary Ann Stone, told reporters that 7 soldiers were wounded.",
     "Mary Ann Stone"),
])
def test_a_titled_name_of_five_words_speaks(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [speaker]
