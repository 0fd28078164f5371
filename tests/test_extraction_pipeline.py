"""Extraction rules applied end to end on invented sentences: dates, subjects, merging, robustness."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import COMPILED, extract_claims
from claimtrack.records import ExtractedClaim

PUBLISHED = dt.date(2024, 10, 24)  # a Thursday

# compiled modules call each other directly, not through the module attribute a spy replaces (CI runs this pure)
spies_on_python = pytest.mark.skipif(COMPILED, reason="spies on a module function; compiled callers bypass the spy")


def counted(text: str, published: dt.date | None = PUBLISHED) -> list[ExtractedClaim]:
    return [c for c in extract_claims(text, published) if c.quantity is not None]


def one_count(text: str, published: dt.date | None = PUBLISHED) -> ExtractedClaim:
    claims = counted(text, published)
    assert len(claims) == 1, [(c.actor and c.actor.name, c.quantity and c.quantity.raw) for c in claims]
    return claims[0]


# --- claim date vs event date ----------------------------------------------------------------------------------

FORECAST = "Kirby said on Monday that 3,000 troops would arrive on Friday."
WEDNESDAY = dt.date(2024, 10, 23)


def test_claim_date_is_when_it_was_said_event_date_is_when_it_happens() -> None:
    claim = one_count(FORECAST, WEDNESDAY)
    assert claim.claim_date is not None and claim.claim_date.raw == "on Monday"
    assert claim.claim_date.value == dt.date(2024, 10, 21)
    assert claim.event_date is not None and claim.event_date.raw == "on Friday"


def test_expected_event_is_a_forecast_after_the_claim_date() -> None:
    claim = one_count(FORECAST, WEDNESDAY)
    assert claim.forecast
    assert claim.event_date is not None and claim.event_date.value == dt.date(2024, 10, 25)


def test_will_arrive_on_weekday_resolves_forward() -> None:
    claim = one_count("Kirby said on Monday that 3,000 troops will arrive on Friday.", WEDNESDAY)
    assert claim.forecast
    assert claim.event_date is not None and claim.event_date.value == dt.date(2024, 10, 25)


def test_by_month_makes_a_forecast() -> None:
    claim = one_count("Zelensky said 2,000 troops will be sent by December.")
    assert claim.forecast
    assert claim.event_date is not None
    assert (claim.event_date.value, claim.event_date.precision) == (dt.date(2024, 12, 1), "month")
    assert claim.confidence.credibility >= 3


def test_past_event_date_is_not_a_forecast() -> None:
    claim = one_count("Kirby said on Wednesday that 3,000 troops arrived on Oct. 20.")
    assert not claim.forecast
    assert claim.claim_date is not None and claim.claim_date.value == dt.date(2024, 10, 23)
    assert claim.event_date is not None and claim.event_date.value == dt.date(2024, 10, 20)


def test_speaker_date_before_verb() -> None:
    claim = one_count("Zelensky on Wednesday said 3,000 troops were sent.")
    assert claim.claim_date is not None and claim.claim_date.value == dt.date(2024, 10, 23)


def test_leading_date_is_the_claim_date() -> None:
    claim = one_count("Last month, Polish intelligence announced that 1,500 soldiers were sent.")
    assert claim.claim_date is not None
    assert (claim.claim_date.value, claim.claim_date.precision) == (dt.date(2024, 9, 1), "month")


@pytest.mark.parametrize(
    "text",
    [
        "Russia has lost 3,500 tanks since February, the General Staff said.",
        "The army lost 300 soldiers in September, the ministry said.",
    ],
)
def test_a_month_closing_the_reported_clause_is_the_event_not_the_claim_date(text: str) -> None:
    claim = counted(text)[0]
    assert claim.claim_date is None
    assert claim.event_date is not None and claim.event_date.precision == "month"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In an interview in September, General Ivo Marek said 2,000 troops were ready.", dt.date(2024, 9, 1)),
        ("Speaking to reporters in Riga on Monday, Ivo Marek said 2,000 troops were ready.", dt.date(2024, 10, 21)),
        ("A missile killed 12 soldiers at a depot on Monday, the governor said.", dt.date(2024, 10, 21)),
    ],
)
def test_a_fronted_time_phrase_or_a_reported_day_is_the_claim_date(text: str, value: dt.date) -> None:
    claim = counted(text)[0]
    assert claim.claim_date is not None and claim.claim_date.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On October 2, after weeks of denials, the ministry admitted 400 soldiers had died.", dt.date(2024, 10, 2)),
        ("On Monday, speaking in Riga, Ivo Marek said 2,000 troops were ready.", dt.date(2024, 10, 21)),
        ("In September, amid the talks, the governor said 30 soldiers had been captured.", dt.date(2024, 9, 1)),
    ],
)
def test_a_fronted_date_before_asides_and_the_speaker_is_the_claim_date(text: str, value: dt.date) -> None:
    claim = counted(text)[0]
    assert claim.claim_date is not None and claim.claim_date.value == value


def test_a_fronted_date_of_a_clause_of_its_own_is_not_the_claim_date() -> None:
    claim = counted("On October 2, 400 soldiers crossed the river, the ministry said.")[0]
    assert claim.claim_date is None


def test_present_tense_says_is_the_publication_date() -> None:
    claim = one_count("Kyiv says 5,000 troops have arrived.")
    assert claim.claim_date is not None and claim.claim_date.value == PUBLISHED


def test_unresolved_event_date_keeps_raw_without_publication_date() -> None:
    claim = one_count("Blinken said 3,000 troops arrived on Monday.", published=None)
    assert claim.event_date is not None
    assert (claim.event_date.value, claim.event_date.raw) == (None, "on Monday")


def test_unresolved_claim_date_keeps_raw_without_publication_date() -> None:
    claim = one_count("Blinken said on Monday that 3,000 troops arrived.", published=None)
    assert claim.claim_date is not None
    assert (claim.claim_date.value, claim.claim_date.raw) == (None, "on Monday")


# --- subjects --------------------------------------------------------------------------------------------------


def test_detention_subject_names_the_side() -> None:
    claim = one_count("Zelensky said 18 North Korean soldiers were detained.")
    assert claim.kind == "detention"
    assert claim.subject is not None and "North Korean" in claim.subject


def test_agent_of_deployment_verb_gives_the_side() -> None:
    claim = one_count("Zelensky said North Korea moved 3,000 soldiers to Kursk.")
    assert claim.kind == "deployment"
    assert claim.subject == "North Korean troops"


def test_side_carried_from_troops_in_the_previous_sentence() -> None:
    claim = one_count("North Korean troops are in Kursk. Zelensky said 4,000 soldiers had arrived.")
    assert claim.subject == "North Korean troops"


def test_side_is_not_carried_far() -> None:
    text = (
        "North Korean troops are in Kursk. The weather was cold. Roads were muddy. Trains were late. "
        "Bridges were down. Zelensky said 4,000 soldiers had arrived."
    )
    assert one_count(text).subject == "troops"


@pytest.mark.parametrize(
    ("text", "kind", "subject"),
    [
        ("Blinken said 1,200 Russian soldiers were killed or wounded.", "casualties", "Russian troops casualties"),
        ("Blinken said 300 Russian soldiers were killed.", "casualties", "Russian troops killed"),
        ("Blinken said 40 Russian tanks were destroyed.", "materiel", "Russian tanks destroyed"),
    ],
)
def test_status_words_give_the_kind(text: str, kind: str, subject: str) -> None:
    claim = one_count(text)
    assert (claim.kind, claim.subject) == (kind, subject)


def test_killed_or_wounded_is_one_claim() -> None:
    claim = one_count("Blinken said 1,200 Russian soldiers were killed or wounded.")
    assert claim.quantity is not None and (claim.quantity.low, claim.quantity.high) == (1_200, 1_200)


def test_killed_and_wounded_are_two_claims() -> None:
    claims = counted("Zelensky said 100 Russian soldiers were killed and 1,000 wounded.")
    assert [c.quantity.low for c in claims if c.quantity] == [100, 1_000]
    assert all(c.kind == "casualties" for c in claims)


def test_second_count_of_a_composite_keeps_the_side() -> None:
    claims = counted("Zelensky said 100 Russian soldiers were killed and 1,000 wounded.")
    assert all(c.subject and "Russian" in c.subject for c in claims), [c.subject for c in claims]


def test_multiplier_claim_after_speaker() -> None:
    claim = one_count("Kirby said two brigades of up to 6,000 personnel each were training.")
    assert claim.quantity is not None
    assert (claim.quantity.high, claim.quantity.multiplier) == (12_000, 2)


def test_adversary_losses_are_doubtful() -> None:
    claim = one_count("Zelensky said 300 Russian soldiers were killed.")
    assert claim.confidence.credibility == 4


# --- merging, unattributed counts, boilerplate -----------------------------------------------------------------


def test_headline_and_body_are_one_claim_with_two_mentions() -> None:
    text = "8,000 North Korean troops in Kursk\nKirby said 8,000 North Korean troops are in Kursk."
    claim = one_count(text)
    assert len(claim.mentions) == 2
    assert claim.actor is not None and claim.actor.name == "John Kirby"
    assert claim.evidence.sentence.startswith("Kirby said")  # the evidence shown names the claimant
    assert {m.sentence for m in claim.mentions} == {"8,000 North Korean troops in Kursk", claim.evidence.sentence}
    assert all(text[m.start : m.end] == m.sentence for m in claim.mentions)


def test_same_speaker_repeating_a_count_is_one_claim() -> None:
    text = (
        "Kirby said 3,000 soldiers are in Russia.\nThe weather was cold.\n"
        "Kirby said again that 3,000 soldiers are in Russia."
    )
    claim = one_count(text)
    assert len(claim.mentions) == 2


def test_different_speakers_are_different_claims() -> None:
    text = "Kirby said 3,000 soldiers are in Russia.\nZelensky said 3,000 soldiers are in Russia."
    assert {c.actor.name for c in counted(text) if c.actor} == {"John Kirby", "Volodymyr Zelensky"}


def test_different_counts_are_different_claims() -> None:
    text = "Kirby said 3,000 soldiers are in Russia.\nKirby said 5,000 soldiers are in Russia."
    assert sorted(c.quantity.low for c in counted(text) if c.quantity) == [3_000, 5_000]


@pytest.mark.parametrize(
    "text",
    [
        "3,000 soldiers arrived in Kursk.",
        "Thousands of soldiers arrived in Kursk.",
        '"We assess that 600 soldiers are there."',
    ],
)
def test_unattributed_counts_are_not_claims(text: str) -> None:
    assert extract_claims(text, PUBLISHED) == []


def test_boilerplate_lines_yield_nothing() -> None:
    text = (
        "Subscribe to our newsletter\n* indicates required\n3 min read\nEnter your email address\n"
        "Sign up to get 5,000 soldiers' stories, editors said\n"
    )
    assert extract_claims(text, PUBLISHED) == []


def test_boilerplate_around_a_real_claim() -> None:
    text = "Skip to content\n3 min read\nKirby said 3,000 soldiers arrived.\nSubscribe\n* indicates required"
    claim = one_count(text)
    assert len(claim.mentions) == 1
    assert claim.evidence.sentence == "Kirby said 3,000 soldiers arrived."


def test_statement_without_count_is_a_statement_claim() -> None:
    (claim,) = extract_claims("The Pentagon denied the report.", PUBLISHED)
    assert claim.kind == "denial"
    assert claim.quantity is None


def test_vague_claim_has_no_bounds_and_low_credibility() -> None:
    claim = one_count("Kirby said thousands of soldiers arrived.")
    assert claim.quantity is not None and claim.quantity.vague
    assert (claim.quantity.low, claim.quantity.high) == (None, None)
    assert claim.confidence.credibility == 6


def test_place_of_claim() -> None:
    claim = one_count("Kyiv says 5,000 troops have arrived in Russia's Kursk region.")
    assert claim.place is not None and claim.place.name == "Kursk Oblast"
    assert claim.place.ancestors == ["Russia"]


def test_extraction_is_a_pure_function() -> None:
    text = "Kirby said 3,000 soldiers arrived in Kursk Oblast on Oct. 20."
    assert extract_claims(text, PUBLISHED) == extract_claims(text, PUBLISHED)


# --- never raises ----------------------------------------------------------------------------------------------

NASTY = [
    "",
    " ",
    "\n\n\n",
    '"',
    '""""',
    "“”“”„",
    "“",
    "said said said",
    "according to",
    "Kirby " * 10_000,
    "Jan Kowalski said " * 300,
    "999999999999999999999 troops",
    "Kirby said 999999999999999999999 troops arrived.",
    "Kirby said 1" + "0" * 400 + " troops arrived.",
    "Kirby said 1e999 troops arrived.",
    "Kirby said between and troops arrived on Feb. 30.",
    "Kirby said 3,000 troops arrived on 31 February and 45 Oct.",
    "\x00\x01\ufffd troops\u200b said 5\u00a0000",
    "((((((((((said)))))))))",
    ", , , , said, , ,",
    "He said.",
    "The 。 said ！ 3,000 ？ soldiers",
]


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
@pytest.mark.parametrize("published", [PUBLISHED, None])
def test_never_raises(text: str, published: dt.date | None) -> None:
    claims = extract_claims(text, published)
    assert isinstance(claims, list)
    for claim in claims:
        for m in claim.mentions:
            assert text[m.start : m.end] == m.sentence


def test_huge_number_is_kept_as_a_count() -> None:
    claim = one_count("Kirby said 999999999999999999999 troops arrived.")
    assert claim.quantity is not None and claim.quantity.low == pytest.approx(999999999999999999999)


@spies_on_python
def test_speaker_search_looks_back_a_bounded_window() -> None:
    """Each cue looks back at most 300 characters, so many cues in one line stay linear (speed: benchmarks/)."""
    from claimtrack.extraction import attribution

    seen: list[int] = []
    real = attribution.subject_before

    def spy(text: str):
        seen.append(len(text))
        return real(text)

    attribution.subject_before = spy
    try:
        extract_claims("Jan Kowalski said " * 300, PUBLISHED)
    finally:
        attribution.subject_before = real
    assert seen and max(seen) <= 300


def test_people_without_a_status_are_a_plain_head_count() -> None:
    claim = one_count("The agency said roughly 640,000 people were registered abroad by March.")
    assert (claim.kind, claim.subject, claim.quantity.low) == ("count", "people", 640_000)


def test_executed_is_killed() -> None:
    claim = one_count("The mission said it documented 31 cases of civilians being executed.")
    assert claim.subject == "civilians killed"


def test_status_of_a_count_stops_at_the_clause_before_it() -> None:
    claims = counted("The governor said two people died, and more than 15 people were taken to hospital.")
    assert [c.subject for c in claims] == ["people killed", "people wounded"]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("The mayor said the blast killed 14 people and injured 52 others.", ["people killed", "wounded"]),
        ("The army said the mine wounded 12 soldiers and killed three.", ["troops wounded", "killed"]),
        ("The governor said 30 soldiers and 12 officers were killed.", ["troops killed", "troops killed"]),
    ],
)
def test_a_verb_of_the_next_count_is_not_this_count_s_status(text: str, subjects: list[str]) -> None:
    assert [c.subject for c in counted(text)] == subjects


def test_claimed_the_lives_of_is_killed() -> None:
    claims = counted("The ministry said the war had claimed the lives of 9,000 people.")
    assert [c.subject for c in claims] == ["people killed"]


def test_a_handful_of_people_without_a_status_is_not_a_claim() -> None:
    assert counted("The mayor said three girls were at the school.") == []


def test_an_estimated_is_not_a_verb_of_saying() -> None:
    claim = one_count("An estimated 2,000 soldiers were deployed there, Colonel Olha Marchuk said.")
    assert claim.actor.name == "Olha Marchuk"


def test_time_of_day_between_speaker_and_verb() -> None:
    claim = one_count("Governor Anton Kurylo last night reported that 40 soldiers had been captured.")
    assert claim.actor.name == "Anton Kurylo"


def test_civilians_do_not_take_the_side_of_troops_named_before() -> None:
    claim = one_count("Russian troops massed at the border. Officials said 30 civilians were killed in Izium.")
    assert claim.subject == "civilians killed"


def test_rescuers_are_counted_people() -> None:
    claim = one_count("The emergency service says 91 of its rescuers have been killed.")
    assert (claim.quantity.low, claim.quantity.unit) == (91, "rescuers")


def test_an_aside_of_circumstance_does_not_hide_the_speaker() -> None:
    claim = one_count("A senior Polish officer, speaking on condition of anonymity, said 400 troops had arrived.")
    assert claim.actor.kind == "anonymous" and claim.actor.affiliation == "Poland"


@pytest.mark.parametrize(
    "sentence",
    [
        "Finance Minister Ana Lopez, asked whether the army was ready, said 900 troops had been mobilised.",
        "Ana Lopez, questioned by reporters in Lisbon, said 900 troops had been mobilised.",
        "Ana Lopez, pressed on the delays, said 900 troops had been mobilised.",
    ],
)
def test_a_question_put_to_the_speaker_is_an_aside(sentence: str) -> None:
    claim = one_count(sentence)
    assert (claim.actor.name, claim.quantity.low) == ("Ana Lopez", 900)


@pytest.mark.parametrize(
    ("sentence", "affiliation"),
    [
        ("Norway's ambassador to the UN said 300 refugees had crossed the border.", "Norway"),
        ("The Polish envoy to NATO said 300 refugees had crossed the border.", "Poland"),
    ],
)
def test_an_envoy_to_a_body_speaks_for_the_side_that_sends_it(sentence: str, affiliation: str) -> None:
    claim = one_count(sentence)
    assert (claim.actor.kind, claim.actor.affiliation) == ("person", affiliation)
    assert claim.actor.name.endswith(("to the UN", "to NATO"))


def test_according_to_a_sides_estimates() -> None:
    claim = one_count("According to Ukrainian estimates, Russia has lost 80 tanks this month.")
    assert claim.actor.name == "Ukraine"


def test_a_word_of_a_cited_source_is_not_a_verb() -> None:
    claim = one_count("Maria Diaz, citing intelligence reports, said 300 tanks were destroyed.")
    assert claim.relayed_by is not None and claim.relayed_by.name == "Maria Diaz"
    assert claim.actor.name != "Maria Diaz"


def test_citing_inside_an_aside_keeps_the_relay() -> None:
    claim = one_count("The Hankook news agency, citing the NIS, reported that 40 soldiers were captured.")
    assert claim.actor.name.startswith("National Intelligence Service")
    assert claim.relayed_by is not None and "Hankook" in claim.relayed_by.name


def test_a_promise_is_a_claim() -> None:
    claim = one_count("Pedro Alvarez promised that Spain would give Ukraine four more tanks.")
    assert claim.actor.name == "Pedro Alvarez" and claim.quantity.low == 4


def test_canisters_are_counted_materiel() -> None:
    claim = one_count("An army spokeswoman revealed that Iran had delivered over 2,000 canisters of ammunition.")
    assert (claim.quantity.low, claim.quantity.unit) == (2000, "canisters")


def test_what_the_data_shows_belongs_to_who_published_it() -> None:
    claims = counted(
        "The General Staff published its daily figures on Monday.The data shows that Russia lost "
        "almost a thousand soldiers over the past day."
    )
    assert [(c.actor.name, c.quantity.high) for c in claims] == [("General Staff", 1000)]


def test_footage_showing_something_names_no_speaker() -> None:
    assert counted("Footage showed 20 tanks burning near the village.") == []


def test_the_agent_of_a_passive_cue_speaks() -> None:
    claim = one_count("The estimate of 9,000 troops in Kursk was disclosed by Defence Minister Ana Silva on Monday.")
    assert claim.actor.name == "Ana Silva"


def test_an_estimate_of_is_a_noun_not_a_verb() -> None:
    claim = one_count("The Latvian estimate of 2,000 tanks was confirmed by the Estonian army.")
    assert claim.actor.name != "Latvia"


def test_a_counted_group_opening_the_sentence_is_no_speaker() -> None:
    assert all(
        c.actor is None or c.actor.name != "About"
        for c in counted("About 300 soldiers were reported killed by the enemy.")
    )


def test_the_place_of_the_press_conference_is_not_the_quoted_counts() -> None:
    claim = one_count('"About 9,000 troops are now in Belarus," the minister said at a press conference in Vilnius.')
    assert claim.place.name == "Belarus"


def test_an_outlet_reported_according_to_another_which_relays() -> None:
    claim = one_count("Some 200 tanks were lost, Euractiv reported, according to Ukrinform.")
    assert (claim.actor.name, claim.relayed_by.name) == ("Euractiv", "Ukrinform")


def test_per_a_source_at_the_end_of_a_clause() -> None:
    claim = one_count("Some 2,000 Belarusian troops are near the border, per Lithuanian intelligence.")
    assert claim.actor.name == "Lithuanian intelligence"


@pytest.mark.parametrize(
    "text", ["Russia fires 9,000 shells per day, the army said.", "Per the treaty, 500 tanks were withdrawn."]
)
def test_per_a_unit_or_a_document_is_no_source(text: str) -> None:
    assert all(c.actor is None or c.actor.kind != "person" for c in counted(text))


def test_a_part_and_its_whole_are_two_counts_and_only_the_part_was_destroyed() -> None:
    claims = counted("Air defences shot down 41 of the 60 drones, the air force said.")
    assert [(c.quantity.low, c.subject) for c in claims] == [(41, "drones destroyed"), (60, "drones")]


def test_a_headline_speaker_before_a_colon() -> None:
    claim = one_count("Poland's Defence Ministry: 400 Belarusian troops moved to the border.")
    assert claim.actor.name.startswith("Ministry of Defence") or "Defence Ministry" in claim.actor.name


@pytest.mark.parametrize(
    "text",
    [
        "KYIV: Russian forces lost 300 soldiers, the army said.",
        "Sources: 300 soldiers were killed in the attack.",
        "WATCH THE MOMENT: 300 soldiers were killed in the attack.",
    ],
)
def test_a_dateline_or_label_before_a_colon_is_no_speaker(text: str) -> None:
    assert all(c.actor is None or c.actor.name not in {"Ukraine", "Sources", "WATCH THE MOMENT"} for c in counted(text))


def test_a_relative_clause_gives_a_role_only_when_it_says_one() -> None:
    claim = one_count("Oleh Marchenko, who heads the regional police, said 12 people were killed.")
    assert claim.actor.role == "head of the regional police"
    claim = one_count("Oleh Marchenko, who visited the site on Monday, said 12 people were killed.")
    assert claim.actor.role is None


@pytest.mark.parametrize("published", [dt.date.max, dt.date.min])
def test_a_forecast_weekday_at_the_end_of_the_calendar_does_not_raise(published: dt.date) -> None:
    claims = extract_claims("Some 300 troops will arrive on Friday, officials said.", published)
    assert [c.quantity.low for c in claims if c.quantity] == [300]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The governor said a strike trapped six people under a collapsed school.", "people trapped"),
        ("Rescuers said four residents were buried under the rubble.", "people trapped"),
        ("The ministry said 14 soldiers were missing after the attack.", "troops missing"),
        ("Police said three children remain unaccounted for.", "people missing"),
    ],
)
def test_trapped_and_missing_people_are_casualty_claims(text: str, subject: str) -> None:
    claim = one_count(text)
    assert (claim.subject, claim.kind) == (subject, "casualties")


@pytest.mark.parametrize(
    ("text", "subject", "low"),
    [
        ("The governor said over 30 houses were damaged.", "houses damaged", 30),
        ("The mayor said the strike destroyed 12 residential buildings.", "residential buildings destroyed", 12),
        ("Officials said the shelling damaged 4 schools and a hospital.", "schools damaged", 4),
    ],
)
def test_damaged_or_destroyed_buildings_are_damage_claims(text: str, subject: str, low: int) -> None:
    claim = one_count(text)
    assert (claim.subject, claim.kind, claim.quantity.low) == (subject, "damage", low)


def test_buildings_nothing_befell_are_no_count() -> None:
    claims = extract_claims("The governor said 30 houses stand in the village.", PUBLISHED)
    assert [c.quantity for c in claims] == [None]


def test_damaged_materiel_keeps_its_own_kind() -> None:
    claim = one_count("The ministry said 40 tanks were damaged.")
    assert (claim.subject, claim.kind) == ("tanks damaged", "materiel")


@pytest.mark.parametrize(
    "text",
    ["Police said the victims were two farmers from the valley.", "Police said the victims included three teenagers."],
)
def test_a_few_people_named_as_victims_are_a_casualty_claim(text: str) -> None:
    claim = one_count(text)
    assert claim.kind == "casualties" and claim.quantity.low == claim.quantity.high


def test_a_few_people_with_no_victim_cue_are_no_claim() -> None:
    assert counted("Police said two farmers from the valley came to the meeting.") == []


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("Dean Olga Marsh said only three lecturers have stayed at the faculty.", 3, "lecturers"),
        ("Bishop Adam Kral said he brought two pastors with him to Kharkiv.", 2, "pastors"),
    ],
)
def test_a_small_count_of_people_named_by_their_trade_is_a_claim(text: str, value: int, subject: str) -> None:
    claim = one_count(text)
    assert (claim.quantity.low, claim.subject) == (value, subject)


def test_people_named_by_their_trade_sent_somewhere_are_not_troops() -> None:
    claim = one_count("Minister Anna Holt said 3,000 construction workers were sent to the region.")
    assert (claim.kind, claim.subject) == ("deployment", "construction workers")


def test_one_person_of_a_trade_is_still_narrative() -> None:
    assert counted("Mayor Ivan Petrenko said one doctor stayed in the village.") == []


def test_the_capture_of_soldiers_is_a_detention() -> None:
    claim = one_count("Colonel Olha Marchuk said the capture of 40 soldiers took place near the river.")
    assert (claim.kind, claim.subject) == ("detention", "troops captured")


def test_not_one_soldier_killed_is_a_claim_of_none() -> None:
    claim = one_count("General Petro Savchuk said not one soldier was killed in the raid.")
    assert (claim.kind, claim.quantity.low, claim.quantity.high) == ("casualties", 0, 0)


def test_a_tally_takes_its_status_from_the_head_of_the_list() -> None:
    text = ("The General Staff reports that the total combat losses of the enemy from February to November were "
            "approximately: personnel - about 720,000 (+1,530) persons, tanks - 9,420 (+11).")
    kinds = {c.quantity.unit: c.kind for c in extract_claims(text, PUBLISHED) if c.quantity}
    assert kinds["personnel"] == "casualties"


@pytest.mark.parametrize("fragment", ["(...)", "Why?", "Exactly!", "In 2021."])
def test_a_fragment_with_no_words_to_claim_is_no_statement(fragment: str) -> None:
    text = f'"We will not give up. {fragment} The city stands," the mayor, Anna Berg, said.'
    sentences = [c.mentions[0].sentence for c in extract_claims(text, dt.date(2024, 3, 1))]
    assert fragment not in sentences and len(sentences) == 2


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Lukashenko said 8,000 Wagner fighters were in Belarus.", "Wagner troops"),
        ("The ministry said 40 Ukrainian saboteurs had been killed near the border.", "Ukrainian troops killed"),
        ("The army said 12 partisans were captured in the forest.", "troops captured"),
    ],
)
def test_irregular_fighters_are_troops(text: str, subject: str) -> None:
    assert [c.subject for c in counted(text)] == [subject]
