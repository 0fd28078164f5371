"""Extraction rules: speech cues (`attribution.find_cues`) and who a claim is attributed to (`extract_claims`)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.attribution import (
    Cue,
    dash_quote_span,
    dash_quote_spans,
    find_cues,
    phrase_after,
    quote_spans,
)
from claimtrack.records import ExtractedClaim

PUBLISHED = dt.date(2024, 10, 24)


def cues(sentence: str) -> list[Cue]:
    return find_cues(sentence, quote_spans(sentence))


def one_claim(text: str, published: dt.date | None = PUBLISHED) -> ExtractedClaim:
    claims = extract_claims(text, published)
    assert len(claims) == 1, [(c.kind, c.actor and c.actor.name, c.quantity and c.quantity.raw) for c in claims]
    return claims[0]


# --- find_cues -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "verb", "phrase"),
    [
        ("Defence Minister Jan Kowalski said 3,000 soldiers had arrived.", "said", "Defence Minister Jan Kowalski"),
        ("About 3,000 soldiers had arrived, said Jan Kowalski.", "said", "Jan Kowalski"),
        (
            "Marek Nowak, head of the Polish border guard, said 500 soldiers were detained.",
            "said",
            "Marek Nowak, head of the Polish border guard",
        ),
        ("The Pentagon announced that 3,000 soldiers had arrived.", "announced", "The Pentagon"),
        ("Jan Kowalski told Reuters that 3,000 soldiers had arrived.", "told", "Jan Kowalski"),
    ],
)
def test_cue_and_speaker_phrase(sentence: str, verb: str, phrase: str) -> None:
    found = cues(sentence)
    assert [(c.verb, c.phrase, c.is_source) for c in found][:1] == [(verb, phrase, False)]


def test_according_to_is_a_source_marker() -> None:
    (cue,) = cues("According to the NIS, 1,500 soldiers were sent.")
    assert (cue.verb, cue.phrase, cue.is_source) == ("according to", "the NIS", True)


def test_reported_citing_gives_speaker_and_source() -> None:
    found = cues("Yonhap reported, citing the NIS, that 1,000 soldiers had arrived.")
    assert [(c.verb, c.phrase, c.is_source) for c in found] == [
        ("reported", "Yonhap", False),
        ("citing", "the NIS", True),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "A report by Baltic researchers said 400 soldiers had been trained.",
        "A study published by Baltic researchers estimated 400 soldiers had been trained.",
    ],
)
def test_a_document_by_its_authors_speaks_for_them(sentence: str) -> None:
    claim = one_claim(sentence)
    assert claim.actor is not None and claim.actor.name == "Baltic researchers"


def test_a_dash_quote_in_translated_copy_belongs_to_the_speaker_after_its_closing_dash() -> None:
    text = (
        "- We have no confirmation of a pullback. There are 90,000 soldiers near the border.It is a threat "
        "- said the defence minister Ivan Sirko."
    )
    (claim,) = [c for c in extract_claims(text, PUBLISHED) if c.quantity]
    assert claim.actor is not None and claim.actor.name == "Ivan Sirko"
    assert claim.quantity.low == 90_000


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ("- It is a trap - the minister emphasized.", "- It is a trap"),
        ("– Nobody left. We stayed - says Dr. Ivan Sirko.", "– Nobody left. We stayed"),
    ],
)
def test_dash_quote_span(line: str, quoted: str) -> None:
    span = dash_quote_span(line)
    assert span is not None and line[span[0] : span[1]] == quoted


@pytest.mark.parametrize("line", ["- 40 tanks - and 300 soldiers - crossed the river.", "No dash opens this - said X."])
def test_a_line_without_a_closing_speech_dash_has_no_dash_quote(line: str) -> None:
    assert dash_quote_span(line) is None


def test_a_dash_ends_the_speaker_before_a_cue() -> None:
    (cue,) = cues("It is a threat to the borders of Ukraine - the chancellor emphasized.")
    assert cue.phrase == "the chancellor"


def test_a_title_with_a_full_stop_does_not_end_the_speakers_name() -> None:
    claim = one_claim("According to Dr. Ivan Sirko, 300 soldiers were wounded.")
    assert claim.actor is not None and (claim.actor.name, claim.actor.role) == ("Ivan Sirko", None)


def test_what_a_speaker_describes_is_its_claim() -> None:
    claim = one_claim("Gen Ivan Sirko described the build-up of 40,000 troops near the border as a bluff.")
    assert claim.actor is not None and claim.actor.name == "Ivan Sirko" and claim.quantity.low == 40_000


def test_a_passive_label_has_no_speaker() -> None:
    assert cues("In the new strategy, the build-up is described as a threat.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Weapons and documents are presented at the exhibition.",
        "Russia is accused of killing 300 civilians.",
        "Two years ago, the memorial was declared a national site.",
    ],
)
def test_a_passive_without_its_agent_names_no_speaker(text: str) -> None:
    assert all(c.actor is None for c in extract_claims(text, PUBLISHED))


def test_a_possessor_s_noun_is_not_a_verb_of_saying() -> None:
    claim = one_claim('Mr Smith\'s comments came hours after Petrov said 300 tanks were "ready".')
    assert claim.actor is not None and claim.actor.name == "Petrov"


def test_a_pronoun_s_verb_before_are_is_still_a_verb() -> None:
    found = cues("Ivan Petrov named the 300 fighters who he says are leading the attacks.")
    assert [(c.verb, c.pronoun) for c in found] == [("says", "he")]


def test_even_between_the_speaker_and_the_verb_is_not_the_speaker_s() -> None:
    claim = one_claim("The U.S. State Department even announced that 300 tanks were ready.")
    assert claim.actor is not None and claim.actor.name == "US State Department"


def test_what_a_body_found_that_is_its_claim() -> None:
    claim = one_claim("An analysis by the Baltic Monitoring Group found that 700 soldiers had deserted.")
    assert claim.actor is not None and claim.actor.name == "Baltic Monitoring Group"


def test_found_without_that_or_a_number_is_not_a_cue() -> None:
    assert cues("Rescuers found survivors in the forest.") == []


def test_an_agent_after_by_is_still_not_the_speaker() -> None:
    (cue,) = cues("Those detained by the police also reported 30 people were beaten.")
    assert cue.phrase is None


def test_pronoun_speaker() -> None:
    (cue,) = cues("He said 5,000 soldiers had arrived.")
    assert (cue.verb, cue.phrase, cue.pronoun) == ("said", None, "he")


def test_cues_inside_quotes_are_ignored() -> None:
    found = cues('"We assess that they claimed 600 soldiers," Jan Kowalski said.')
    assert [(c.verb, c.phrase) for c in found] == [("said", "Jan Kowalski")]


def test_quote_spans_unclosed_runs_to_end() -> None:
    assert quote_spans('He said: "we will stay') == [(9, 22)]


# --- extract_claims: who claims --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind", "relay"),
    [
        pytest.param(
            "Defence Minister Jan Kowalski said 3,000 soldiers had arrived in Kursk Oblast.",
            "Jan Kowalski",
            "person",
            None,
            id="X said",
        ),
        pytest.param(
            "About 3,000 soldiers had arrived in Kursk Oblast, said Defence Minister Jan Kowalski.",
            "Jan Kowalski",
            "person",
            None,
            id="said X",
        ),
        pytest.param(
            "Marek Nowak, head of the Polish border guard, said 500 soldiers were detained.",
            "Marek Nowak",
            "person",
            None,
            id="X, head of Y, said",
        ),
        pytest.param(
            "According to the NIS, 1,500 North Korean soldiers were sent to Russia.",
            "National Intelligence Service (South Korea)",
            "organisation",
            None,
            id="according to X",
        ),
        pytest.param(
            "A senior Ukrainian official told Reuters that 200 soldiers were killed.",
            "senior Ukrainian official",
            "anonymous",
            "Reuters",
            id="X told Reuters",
        ),
        pytest.param(
            "Andrii Kovalenko said on Telegram that 50 North Korean soldiers were killed.",
            "Andrii Kovalenko",
            "person",
            None,
            id="X said on Telegram",
        ),
        pytest.param(
            "Zelensky said in an interview with CNN that 5,000 troops had arrived.",
            "Volodymyr Zelensky",
            "person",
            "CNN",
            id="X said in an interview with Y",
        ),
        pytest.param(
            "In an interview with CNN, Zelensky said 10,000 North Korean troops were in Kursk.",
            "Volodymyr Zelensky",
            "person",
            "CNN",
            id="in an interview with Y, X said",
        ),
        pytest.param(
            '"About 400 soldiers crossed the border," said Defence Minister Jan Kowalski.',
            "Jan Kowalski",
            "person",
            None,
            id="quote, said X",
        ),
        pytest.param(
            '"We have seen 3,000 soldiers near the border," Zelensky said.',
            "Volodymyr Zelensky",
            "person",
            None,
            id="quote, X said",
        ),
        pytest.param(
            "Yonhap reported, citing the NIS, that 1,000 North Korean soldiers had arrived.",
            "National Intelligence Service (South Korea)",
            "organisation",
            "Yonhap",
            id="Y reported, citing X",
        ),
        pytest.param("Officials said 2,000 soldiers were killed.", "Officials", "anonymous", None, id="officials said"),
        pytest.param(
            "South Korean media reported that 3,000 soldiers had arrived.",
            "South Korean media",
            "media",
            None,
            id="media reported",
        ),
    ],
)
def test_claimant(text: str, name: str, kind: str, relay: str | None) -> None:
    claim = one_claim(text)
    assert claim.actor is not None
    assert (claim.actor.name, claim.actor.kind) == (name, kind)
    assert (claim.relayed_by.name if claim.relayed_by else None) == relay
    expected_attribution = {"person": "named", "organisation": "named", "anonymous": "anonymous", "media": "media"}
    assert claim.attribution == expected_attribution[kind]


def test_he_said_resolves_to_last_named_speaker() -> None:
    text = "Blinken said on Tuesday that talks were under way. He said 5,000 soldiers had arrived."
    claims = [c for c in extract_claims(text, PUBLISHED) if c.quantity is not None]
    assert len(claims) == 1
    assert claims[0].actor is not None and claims[0].actor.name == "Antony Blinken"


def test_cue_inside_quote_does_not_become_the_speaker() -> None:
    claim = one_claim('"Officials believe 600 soldiers are there," Jan Kowalski said.')
    assert claim.actor is not None and claim.actor.name == "Jan Kowalski"


def test_claim_keeps_the_count_and_speaker_evidence() -> None:
    text = "Intro line.\nDefence Minister Jan Kowalski said 3,000 soldiers had arrived."
    claim = one_claim(text)
    assert claim.quantity is not None
    assert text[claim.quantity.start : claim.quantity.end] == "3,000 soldiers"
    assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.sentence
    assert claim.evidence.sentence.startswith("Defence Minister Jan Kowalski said")


def test_claim_date_from_cue() -> None:
    claim = one_claim("Kirby said on Oct. 23 that 3,000 soldiers had arrived.")
    assert claim.claim_date is not None
    assert claim.claim_date.value == dt.date(2024, 10, 23)
    assert claim.event_date is None


# --- speaker phrases of many shapes (each a rule of attribution.py / actors.py) -----------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "role"),
    [
        # a capitalised cue word is part of a name: "United States" is not "states"
        (
            "At a hearing, United States Secretary of the Army Jane Doyle said 400 soldiers would rotate out.",
            "Jane Doyle",
            "Secretary of the Army",
        ),
        # the role before the cue, the name in apposition after it
        (
            "Two bridges were hit overnight, said the regional governor, Petro Marchenko.",
            "Petro Marchenko",
            "regional governor",
        ),
        (
            "Kyiv will get no jets this year, says the Dutch defence minister, Anna Visser.",
            "Anna Visser",
            "Dutch defence minister",
        ),
        # "X who said", "X, who said"
        (
            "The plan was backed by Poland's foreign minister Adam Nowicki who said it would work.",
            "Adam Nowicki",
            "foreign minister",
        ),
        # the setting between the speaker and the verb
        ("Maria Lind in a briefing said 300 soldiers had been detained.", "Maria Lind", None),
        ("Oleh Bondar on Telegram wrote that 40 drones were shot down.", "Oleh Bondar", None),
        # new verbs of saying
        ("Prime Minister Ilse Berg has vowed to keep 500 troops in the region.", "Ilse Berg", "Prime Minister"),
        ("General Tomas Vik underlined that 2,000 soldiers were ready.", "Tomas Vik", "General"),
    ],
)
def test_speaker_phrase_shapes(text: str, actor: str, role: str | None) -> None:
    claim = extract_claims(text, PUBLISHED)[0]
    assert claim.actor is not None and claim.actor.name == actor
    assert claim.actor.role == role


def test_progressive_cue_takes_the_subject_before_the_auxiliary() -> None:
    claim = one_claim("Latvian officials are warning that 3,000 soldiers could cross the border.")
    assert (claim.actor.name, claim.actor.kind) == ("Latvian officials", "anonymous")


def test_office_named_by_where_it_sits() -> None:
    claim = one_claim('"Leave the country now," the French Embassy in Minsk warned.')
    assert (claim.actor.name, claim.actor.kind, claim.actor.affiliation) == (
        "French Embassy in Minsk",
        "organisation",
        "France",
    )


def test_authorities_of_a_region_are_one_actor() -> None:
    claim = one_claim("Authorities in Ukraine's Poltava oblast reported six injuries after the strike.")
    assert claim.actor.name == "Authorities in Ukraine's Poltava oblast"
    assert claim.actor.affiliation == "Ukraine"


def test_quoted_as_saying_names_the_claimant_and_the_relay() -> None:
    claim = one_claim("The agency Interfax quoted deputy minister Ivan Sorokin as saying 1,200 soldiers had left.")
    assert claim.actor.name == "Ivan Sorokin"
    assert claim.relayed_by is not None and claim.relayed_by.name == "Interfax"


def test_media_source_after_a_named_speaker_relays_the_speaker() -> None:
    claim = one_claim(
        '"We lost 30 soldiers," Colonel Petro Hnatiuk told a local radio station, according to The Guardian.'
    )
    assert claim.actor.name == "Petro Hnatiuk"
    assert claim.relayed_by is not None and claim.relayed_by.name == "The Guardian"


def test_capitalised_preposition_opening_the_sentence_is_not_a_speaker() -> None:
    claim = one_claim("In comments aired Monday, Defence Minister Lars Holm said 700 soldiers had arrived.")
    assert claim.actor.name == "Lars Holm"


# --- transcripts and bare roles --------------------------------------------------------------------------------


def test_full_text_of_a_speech_is_the_speakers_own_words() -> None:
    text = (
        "President Volodymyr Zelensky gave an address on Tuesday.\n\n"
        "Here is the full text of his speech.\n\n"
        "Today the enemy shelled our towns again. Four people were killed and nine people were wounded.\n"
    )
    claims = [c for c in extract_claims(text, PUBLISHED) if c.quantity]
    assert {(c.actor.name, c.quantity.low, c.subject) for c in claims} == {
        ("Volodymyr Zelensky", 4, "people killed"),
        ("Volodymyr Zelensky", 9, "people wounded"),
    }
    assert claims[0].confidence.reasons and any("full text" in r for r in claims[0].confidence.reasons)


@pytest.mark.parametrize(
    ("sentence", "whose"),
    [
        ("Here is the full text of his statement.", "his"),
        ("Read the President's full address below:", "the President"),
        ("Below is Olena Bondar's full speech.", "Olena Bondar"),
        ("Full transcript of the briefing", ""),
        ("Full text of Olena Bondar's speech at the Warsaw forum", "Olena Bondar"),
        ("The complete transcript of Maria Ilves's address to parliament", "Maria Ilves"),
        ("Here is what he said about the talks.", None),
        ("The full text was not published.", None),
    ],
)
def test_transcript_marker(sentence: str, whose: str | None) -> None:
    from claimtrack.extraction.attribution import transcript_marker

    assert transcript_marker(sentence) == whose


def test_bare_role_resolves_to_the_one_holder_named_in_the_document() -> None:
    text = (
        "Volodymyr Zelensky met aid workers in Odesa. "
        "Later, the Ukrainian president said 2,000 soldiers had been trained abroad."
    )
    claim = one_claim(text)
    assert claim.actor.name == "Volodymyr Zelensky"


def test_bare_role_without_a_holder_in_the_document_stays_a_role() -> None:
    claim = one_claim("The Ukrainian president said 2,000 soldiers had been trained abroad.")
    assert claim.actor.name == "Ukrainian president"


def test_leading_adverbial_date_before_the_speaker_is_the_claim_date() -> None:
    claim = one_claim("For instance, in early March, the Polish government estimated 1,500 soldiers were needed.")
    assert claim.claim_date is not None and claim.claim_date.iso() == "2024-03"


@pytest.mark.parametrize("closer", ["''", "’’"])
def test_two_apostrophes_close_a_quote(closer: str) -> None:
    claim = one_claim(f"“We counted 800 refugees at the crossing,{closer} said Maria Costa.")
    assert claim.actor.name == "Maria Costa" and claim.quantity.low == 800


def test_count_in_the_texts_own_clause_before_and_x_said_is_not_xs() -> None:
    claims = extract_claims(
        "Russia has gathered 90,000 troops near the border and Jan Kowalski said an attack could come soon.",
        PUBLISHED,
    )
    assert [(c.actor.name, c.quantity) for c in claims] == [("Jan Kowalski", None)]


def test_a_date_inside_the_quote_is_not_when_it_was_said() -> None:
    claim = one_claim("“Last month, 300 soldiers deserted,” said Colonel Ivan Petrenko.")
    assert claim.claim_date is None


def test_it_documents_is_the_last_organisation() -> None:
    text = (
        "The UN monitoring mission published its report on Tuesday. It documents 64 cases of civilians being detained."
    )
    (claim,) = [c for c in extract_claims(text, PUBLISHED) if c.quantity]
    assert claim.actor.name == "UN monitoring mission"


def test_participle_cue_after_a_comma_takes_the_sentence_subject() -> None:
    claim = one_claim("Commander Ivan Dorosh refused to retreat, saying he still had 900 soldiers in the town.")
    assert claim.actor.name == "Ivan Dorosh" and claim.quantity.low == 900


# --- commitments: a government saying what it will give, without a verb of saying ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Norway plans to give Ukraine 24 howitzers and 300 missiles.",
        "In its biggest package yet, Norway is sending 24 howitzers and 300 missiles.",
        "Norway will also provide 24 howitzers and 300 missiles by summer.",
    ],
)
def test_commitment_to_give_is_the_givers_claim(text: str) -> None:
    claims = [c for c in extract_claims(text, PUBLISHED) if c.quantity]
    assert [(c.actor.name, c.quantity.low) for c in claims] == [("Norway", 24), ("Norway", 300)]
    assert any("commitment" in r for r in claims[0].confidence.reasons)


def test_other_actions_are_not_commitments() -> None:
    assert [c for c in extract_claims("Russia fired 30 missiles at the city overnight.", PUBLISHED)] == []


def test_heading_naming_whose_speech_attributes_the_speech() -> None:
    text = (
        "Full text of Olena Bondar's speech at the Warsaw forum. We want peace.\n\n"
        "Yesterday the enemy shelled our villages again. Six soldiers were killed in Kharkiv region.\n"
    )
    claims = [c for c in extract_claims(text, PUBLISHED) if c.quantity]
    assert [(c.actor.name, c.quantity.low) for c in claims] == [("Olena Bondar", 6)]


# --- asides between the speaker and the verb --------------------------------------------------------------------


def test_second_appositive_describes_the_place_not_the_speaker() -> None:
    claim = one_claim(
        "On Tuesday, Taras Hnatyuk, the mayor of Sumy, a city near the Russian border, "
        "said four drones had hit a school."
    )
    assert (claim.actor.name, claim.actor.role) == ("Taras Hnatyuk", "mayor of Sumy")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Anna Berg, Latvia's defence minister, said 300 tanks were there.", "Anna Berg", "Latvia's defence minister"),
        (
            '"We count 300 tanks," Peter Novak, NATO\'s top commander, said on Monday.',
            "Peter Novak",
            "NATO's top commander",
        ),
        ('"We count 300 tanks," said Anna Berg, Estonia\'s prime minister.', "Anna Berg", "Estonia's prime minister"),
        (
            "Ivan Petrenko, Ukrainian Deputy Defence Minister, said 12 drones were shot down.",
            "Ivan Petrenko",
            "Ukrainian Deputy Defence Minister",
        ),
        (
            "Sergei Ivanov, Russia's defence minister, a close ally of the president, said 300 tanks were there.",
            "Sergei Ivanov",
            "Russia's defence minister",
        ),
    ],
)
def test_a_role_owned_by_a_name_is_an_appositive(text: str, name: str, role: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and (claim.actor.name, claim.actor.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In March, Latvian President Anna Berg, who is openly pro-Western, claimed 300 tanks were there.",
            "Anna Berg",
        ),
        ("In Kharkiv, Ukraine's second city, officials said 12 people were killed.", "officials"),
    ],
)
def test_a_title_before_a_name_or_a_place_aside_is_not_an_appositive(text: str, name: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.name == name


def test_places_in_an_aside_about_the_speaker_are_not_the_claims() -> None:
    claim = one_claim("Taras Hnatyuk, the mayor of Sumy, a city close to Belarus, said four drones had hit a school.")
    assert claim.place is not None and claim.place.name == "Sumy"


# --- lists of an announced delivery ------------------------------------------------------------------------------


def test_package_list_is_claimed_by_who_announced_the_package() -> None:
    text = (
        "The Ministry of Defence will also send its largest package of equipment yet. "
        "Its cost is not known. The package includes 40 boats; more than 900 missiles."
    )
    claims = [c for c in extract_claims(text, PUBLISHED) if c.quantity]
    assert {(c.actor.name, c.quantity.low) for c in claims} == {
        ("Ministry of Defence", 40),
        ("Ministry of Defence", 900),
    }


def test_there_will_also_be_continues_a_delivery() -> None:
    text = "Norway is sending 300 missiles. There will also be 50 armoured vehicles and 12 boats."
    claims = [c for c in extract_claims(text, PUBLISHED) if c.quantity]
    assert {(c.actor.name, c.quantity.low) for c in claims} == {("Norway", 300), ("Norway", 50), ("Norway", 12)}


def test_a_list_far_from_any_delivery_has_no_claimant() -> None:
    text = (
        "Norway is sending 300 missiles. The weather was cold. Trains were late. Shops were shut. "
        "The package includes 50 armoured vehicles."
    )
    claims = [c for c in extract_claims(text, PUBLISHED) if c.quantity and c.quantity.low == 50]
    assert all(c.actor is None for c in claims)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The package includes 60 boats.", True),
        ("The new aid package also included 20 tanks.", True),
        ("It also includes 300 drones.", True),
        ("There will also be 400 vehicles.", True),
        ("Included are 12 howitzers.", True),
        ("The soldiers included 40 officers.", False),
        ("A package of 60 boats arrived.", False),
    ],
)
def test_lists_package(sentence: str, expected: bool) -> None:
    from claimtrack.extraction.commitments import _lists_package

    assert _lists_package(sentence) is expected


# --- sources in asides and documents of a source -----------------------------------------------------------------


def test_source_in_a_dashed_aside_ends_at_the_dash() -> None:
    claim = one_claim(
        "Over ninety thousand soldiers wait there - according to the estimates of Nordic intelligence - ready to move."
    )
    assert claim.actor.name == "Nordic intelligence"


@pytest.mark.parametrize("noun", ["forecasts", "claims", "reports"])
def test_a_cue_word_after_a_determiner_is_a_noun(noun: str) -> None:
    from claimtrack.extraction.attribution import find_cues

    assert [c.verb for c in find_cues(f"They doubted the {noun} of the ministry.", [])] == []


def test_the_report_added_is_the_last_outlet_that_reported() -> None:
    text = (
        "The Ministry of Defence said the port was hit. Reuters reported last week that shells had hit it. "
        "The report added that at least 40 soldiers had been treated in hospital."
    )
    claims = [c for c in extract_claims(text, PUBLISHED) if c.quantity]
    assert [c.actor.name for c in claims] == ["Reuters"]


def test_the_report_with_no_publisher_before_names_nobody() -> None:
    claims = [c for c in extract_claims("The report added that at least 40 soldiers were treated.", PUBLISHED)]
    assert all(c.actor is None for c in claims)


def test_a_source_does_not_relay_itself() -> None:
    claim = one_claim("According to Nordic intelligence estimates, the number of soldiers reaches 12,000.")
    assert claim.actor.name == "Nordic intelligence" and claim.relayed_by is None


def test_the_agent_of_a_passive_before_a_cue_is_not_its_subject() -> None:
    from claimtrack.extraction.attribution import subject_before

    assert subject_before("More than half of those detained by Nordic forces also ")[0] is None
    assert subject_before("Nordic forces ")[0] == "Nordic forces"


def test_said_after_a_dash_names_the_speaker_after_it() -> None:
    claim = one_claim("Debris fell on a village near Dnipro, hurting 12 people - said the governor Taras Hnatyuk.")
    assert (claim.actor.name, claim.quantity.low, claim.subject) == ("Taras Hnatyuk", 12, "people wounded")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("General Lars Holm testified in parliament that 4,000 soldiers were ready.", "deployment"),
        ("Minister Lars Holm pointed out that 4,000 soldiers were ready.", "deployment"),
        ("Minister Lars Holm conceded that 4,000 soldiers had been lost.", "casualties"),
        ("The Kremlin rejected the accusations, calling them baseless.", "denial"),
        ("The ministry dismissed the report as false.", "denial"),
    ],
)
def test_more_verbs_of_saying(text: str, kind: str) -> None:
    claim = one_claim(text)
    assert claim.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "The monitoring mission has verified 1,204 civilian deaths in the province.",
        "Inspectors verified that 35 tanks had been withdrawn.",
        "Chancellor Mira Lenz reaffirmed that 2,000 troops would stay in the region.",
        "Chancellor Mira Lenz repeated that 2,000 troops would stay in the region.",
    ],
)
def test_verifying_and_restating_verbs_attribute_the_count(text: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.quantity is not None


@pytest.mark.parametrize(
    "text",
    [
        "The casualty figures have not been verified by the agency.",
        "The new estimates were verified by Reuters.",
        "Volunteers repeated 300 drills with the new crews.",
    ],
)
def test_passive_verified_and_repeated_without_that_name_no_claimant(text: str) -> None:
    assert all(c.actor is None for c in extract_claims(text, dt.date(2024, 10, 24)))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The road is closed," Olena Marchuk, chairperson at the State Border Agency, told CNN.', "Olena Marchuk"),
        (
            "Petro Ivanyk, owner of Safe Roads Consulting, a firm that trains drivers, says 300 trucks wait.",
            "Petro Ivanyk",
        ),
        ("Ada Brenner, senior fellow at the Nordic Defence Forum, said 300 tanks were lost.", "Ada Brenner"),
    ],
)
def test_appositive_roles_beyond_officials_describe_the_named_speaker(text: str, name: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.name == name


def test_a_named_body_and_where_it_sits_is_the_body() -> None:
    claim = one_claim("The Centre for Eastern Defence Studies in Warsaw estimated that 300 tanks were lost.")
    assert claim.actor is not None and claim.actor.name == "Centre for Eastern Defence Studies"


def test_a_month_between_speaker_and_verb_is_not_the_speaker() -> None:
    claim = one_claim("The Kremlin in February declared that 300 troops were ready.")
    assert claim.actor is not None and claim.actor.name == "Kremlin"


@pytest.mark.parametrize(
    "text",
    ["The governor put the death toll at 12.", "Ukrainian officials put Russian losses in the battle at 900 soldiers."],
)
def test_putting_a_figure_at_a_number_is_a_claim(text: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.quantity is not None


def test_putting_things_somewhere_is_no_claim() -> None:
    assert all(c.actor is None for c in extract_claims("The army put 300 soldiers at the border.", PUBLISHED))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister Ola Brandt cited plans to raise the army to 300,000 soldiers.", "Ola Brandt"),
        ("The Kremlin has threatened strikes on 12 bases in the region.", "Kremlin"),
        ("Although the ministry does not believe 300 troops will come, it is ready.", "ministry"),  # none named
        ("That is why President Adam Kowal most recently threatened to send 300 troops.", "Adam Kowal"),
    ],
)
def test_citing_threatening_and_a_subordinate_clause_speaker(text: str, name: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.name == name


@pytest.mark.parametrize(
    "text",
    ["Last month the Grain Board said 300 trucks were waiting.", "This week the Grain Board said 300 trucks waited."],
)
def test_a_time_phrase_opening_the_sentence_without_a_comma_is_not_the_speaker(text: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.name == "Grain Board"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Foreign minister Ella Virtanen however told reporters that 300 troops had crossed.", "Ella Virtanen"),
        ("Mayor Ivan Pavlenko in turn said 12 people were killed.", "Ivan Pavlenko"),
        ("Peter Hall himself said 200 soldiers were killed.", "Peter Hall"),
        ("General Oleh Marchenko meanwhile said 40 soldiers were wounded.", "Oleh Marchenko"),
        ("Colonel Anna Sova nevertheless claimed 90 soldiers were captured.", "Anna Sova"),
    ],
)
def test_a_discourse_adverb_or_emphatic_pronoun_between_speaker_and_verb(text: str, name: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.name == name


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Two sources familiar with the matter told reporters 300 troops had arrived.", "familiar with the matter"),
        ("A source close to the Defence Ministry said 300 troops had arrived.", "close to the Defence Ministry"),
        ("People with knowledge of the deployment said 300 troops had arrived.", "with knowledge of the deployment"),
    ],
)
def test_an_unnamed_source_and_what_it_is_close_to(text: str, role: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.kind == "anonymous" and claim.actor.role == role


def test_a_named_body_after_close_to_is_not_a_source_of_its_own() -> None:
    claim = one_claim("Officials close to the Interior Ministry said 50 soldiers were detained.")
    assert claim.actor is not None and claim.actor.name != "Interior Ministry"


def test_he_said_means_the_person_the_sentence_before_was_about() -> None:
    text = (
        "Minister Tomas Brandt said 300 troops had arrived. Senator Mark Hale, who came to the capital to end "
        'the deployment, decided to stay. "We saw 200 tanks," he said.'
    )
    by_count = {c.quantity.low: c.actor.name for c in extract_claims(text, PUBLISHED) if c.quantity and c.actor}
    assert by_count == {300: "Tomas Brandt", 200: "Mark Hale"}


@pytest.mark.parametrize(
    "between",
    [
        '"They came at night."',  # a quote continues the last speaker's words
        "THE PRESIDENT VISITS THE FRONT",  # a headline
        "Today the weather was cold.",  # no person as the subject
    ],
)
def test_he_said_keeps_the_last_speaker_across_quotes_headlines_and_other_subjects(between: str) -> None:
    text = f'Minister Tomas Brandt said 300 troops had arrived. {between}\n"We saw 200 tanks," he said.'
    by_count = {c.quantity.low: c.actor.name for c in extract_claims(text, PUBLISHED) if c.quantity and c.actor}
    assert by_count == {300: "Tomas Brandt", 200: "Tomas Brandt"}


@pytest.mark.parametrize(
    "text",
    [
        "General Ivan Sirko cautioned that 300 troops could cross.",
        "Asked about the border, the minister replied that 300 troops had crossed.",
        "Analyst Maria Lind reckons 300 troops have crossed.",
        "Colonel Petro Hay observed that 300 troops had crossed.",
    ],
)
def test_cautioning_replying_reckoning_and_observing_that(text: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.quantity is not None and claim.quantity.low == 300


def test_observing_a_silence_is_no_statement() -> None:
    claims = extract_claims("Colonel Petro Hay observed a minute's silence for the 300 soldiers killed.", PUBLISHED)
    assert all(c.actor is None for c in claims)


def test_and_he_replied_means_the_person_the_sentence_opens_with() -> None:
    text = (
        "Minister Tomas Brandt said 300 troops had arrived. Later, Prime Minister Anna Berg was asked on TV "
        "whether tanks had come, and she replied that 200 tanks had come."
    )
    by_count = {c.quantity.low: c.actor.name for c in extract_claims(text, PUBLISHED) if c.quantity and c.actor}
    assert by_count == {300: "Tomas Brandt", 200: "Anna Berg"}


def test_a_quote_running_into_the_he_said_sentence_does_not_hide_the_subject_before_it() -> None:
    text = (
        "Minister Tomas Brandt said 300 troops had arrived.\nSenator Mark Hale was asked about the border.\n"
        '"We saw them. We counted 200 tanks," he said.'
    )
    by_count = {c.quantity.low: c.actor.name for c in extract_claims(text, PUBLISHED) if c.quantity and c.actor}
    assert by_count == {300: "Tomas Brandt", 200: "Mark Hale"}


@pytest.mark.parametrize(
    ("text", "name", "low"),
    [
        ("On Sunday, AFP discovered the bodies of at least 20 civilians in a village.", "AFP", 20),
        ("Police found 30 bodies in the forest near the town.", "Police", 30),
        ("Volunteers of the Harbor Group identified 263 dead soldiers.", "Harbor Group", 263),
    ],
)
def test_who_found_or_identified_a_number_of_people_claims_the_count(text: str, name: str, low: int) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and name in claim.actor.name
    assert claim.quantity is not None and claim.quantity.low == low and claim.kind == "casualties"


@pytest.mark.parametrize(
    "text", ["The army found a way to move 300 soldiers.", "The bodies of 30 people were found in the forest."]
)
def test_finding_without_a_number_after_it_names_no_claimant(text: str) -> None:
    assert all(c.actor is None for c in extract_claims(text, PUBLISHED))


def test_the_report_means_the_author_a_sentence_before_named_without_a_verb_of_saying() -> None:
    text = (
        "The findings come from a report published by the Harbor Institute, a research group in Boston. "
        "The report estimated that Russia had abducted at least 6,000 children."
    )
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.name == "Harbor Institute"


@pytest.mark.parametrize(
    ("word", "kind"), [("Residents", "anonymous"), ("Volunteers", "anonymous"), ("Sanders", "person")]
)
def test_a_plural_noun_of_people_speaking_is_a_group_not_a_surname(word: str, kind: str) -> None:
    claim = one_claim(f"{word} said 12 soldiers died.")
    assert claim.actor is not None and claim.actor.kind == kind


def test_dash_quotes_opened_after_a_sentence_end_in_glued_copy() -> None:
    line = "The fights go on.- Our boys are still there.They resist - says the governor. Calm returned."
    assert [line[s:e] for s, e in dash_quote_spans(line)] == ["- Our boys are still there.They resist"]


def test_the_sentences_of_a_glued_dash_quote_are_its_speakers() -> None:
    text = (
        "The heaviest fights go on for the city.- A few days ago, the enemy claimed the city.It is not true.Our "
        "boys are still there and 300 of them resist.Street fights are underway - assures Ivan Sirko, head of the "
        "region."
    )
    said = {c.evidence.sentence: c.actor.name for c in extract_claims(text, PUBLISHED) if c.actor}
    assert said.get("It is not true.") == "Ivan Sirko"


@pytest.mark.parametrize("opener", ["Next", "Then", "Finally"])
def test_a_sentence_adverb_before_the_subject_is_no_speaker(opener: str) -> None:
    text = f"{opener}, the Belarusian minister Ivan Sirko spoke and said that 300 troops had come."
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.name != opener


def test_he_said_after_a_quote_opened_within_a_sentence_means_its_subject() -> None:
    text = (
        "Minister Tomas Brandt said 300 troops had arrived.\nSenator Mark Hale referred to the plan.- We saw "
        "them.But we counted 200 tanks - he said."
    )
    by_count = {c.quantity.low: c.actor.name for c in extract_claims(text, PUBLISHED) if c.quantity and c.actor}
    assert by_count == {300: "Tomas Brandt", 200: "Mark Hale"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spokesman Ivan Sirko hailed the exhibition of 300 captured tanks as a brilliant idea.", "Ivan Sirko"),
        ("The Kremlin branded the deployment of 300 troops as dangerous.", "Kremlin"),
    ],
)
def test_hailing_or_branding_something_is_a_statement(text: str, name: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.name == name


def test_a_passive_brand_names_no_speaker() -> None:
    assert all(c.actor is None for c in extract_claims("The plan was branded as reckless.", PUBLISHED))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"We saw 300 tanks," said student Maria Lind.', "Maria Lind", "student"),
        ('"We saw 300 tanks," said retired general Ben Hodges.', "Ben Hodges", "retired general"),
        ("We saw 300 tanks - says midwife Olena Sirko.", "Olena Sirko", "midwife"),
    ],
)
def test_a_role_without_an_article_before_the_speakers_name_after_the_verb(text: str, name: str, role: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and (claim.actor.name, claim.actor.role) == (name, role)


def test_lowercase_words_after_the_verb_are_no_role_when_they_are_function_words() -> None:
    claims = extract_claims('"We saw 300 tanks," said in the morning Kyiv Radio.', PUBLISHED)
    assert all(c.actor is None or c.actor.role is None for c in claims)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "According to the author of the study, the surgeon Olena Sirko, more than 300 women were wounded.",
            "Olena Sirko",
        ),
        ("According to a local correspondent, Remus Varga, 300 soldiers were wounded.", "Remus Varga"),
    ],
)
def test_according_to_a_role_then_the_name_of_who_holds_it(text: str, name: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.name == name


def test_according_to_a_named_source_ignores_a_later_list_of_names() -> None:
    claim = one_claim("According to reports in Daily Harbor, The Courier and others, 300 soldiers were wounded.")
    assert claim.actor is None or claim.actor.name != "The Courier"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Thursday Ivan Sirko said 300 troops had come.", "Ivan Sirko"),
        ("On Tuesday the navy said 300 troops had come.", "Navy"),
        ("Jan Kowalski said 300 troops had come.", "Jan Kowalski"),
    ],
)
def test_a_weekday_or_month_before_the_speaker_is_when_not_who(text: str, name: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.name == name


# --- "as" clauses -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("As reported by Ukrinform, 12 civilians were wounded in Kherson.", "Ukrinform"),
        ("As previously reported by Ukrinform, 12 civilians were wounded in Kherson.", "Ukrinform"),
        ("As was stated by the General Staff, 300 soldiers were captured.", "General Staff"),
        (
            "Twelve civilians were wounded in Kherson, as reported by the regional administration.",
            "Regional administration",
        ),
    ],
)
def test_as_with_a_passive_verb_names_its_agent_as_the_speaker(text: str, name: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.name == name and claim.quantity is not None


def test_a_passive_with_an_agent_but_no_speech_is_not_attribution() -> None:
    assert all(
        c.actor is None
        for c in extract_claims(
            "The rally was reported by local media as peaceful, with 300 people present.", PUBLISHED
        )
    )


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were killed, as the governor said on Telegram.",
        "12 people were killed in the attack, as the governor said.",
    ],
)
def test_a_closing_as_clause_attributes_the_count_before_it(text: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.name == "governor"
    assert claim.quantity is not None and claim.quantity.low == 12


def test_as_opening_a_new_statement_leaves_the_count_in_the_text_s_own_voice() -> None:
    claims = extract_claims("Russia fired 30 missiles overnight, as Zelensky said the West must do more.", PUBLISHED)
    assert [c.quantity for c in claims if c.actor is not None] == [None]


# --- nouns that look like verbs, openers that are not subjects, closing frames ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A further 28 African states voted to condemn the attack that killed 300 people.",
        "Against the odds, Ukrainian forces pushed back the attackers and denied Russia 300 square kilometres.",
    ],
)
def test_a_plural_noun_states_or_a_stop_word_opener_names_no_speaker(text: str) -> None:
    assert all(c.actor is None for c in extract_claims(text, PUBLISHED))


def test_states_before_that_is_a_verb() -> None:
    assert [c.verb for c in cues("The ministry states that 300 soldiers were killed.")] == ["states"]


def test_a_conjunction_before_the_subject_is_skipped() -> None:
    from claimtrack.extraction.attribution import sentence_subject

    assert sentence_subject("But Ivan Hora, a senior fellow, cautioned that dams could break.") == "Ivan Hora"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Washington believes North Korea moved at least 3,000 soldiers into eastern Russia, Kirby said.",
            "John Kirby",
        ),
        ("The Pentagon estimates that 10,000 troops are in Kursk, said Sabrina Singh, a spokeswoman.", "Sabrina Singh"),
        ("Russia claimed 300 Ukrainian soldiers were killed, the ISW said on Monday.", "Russia"),
    ],
)
def test_a_closing_speaker_frames_a_belief_but_not_a_claim(text: str, name: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kyiv has had only 200,000 of the shells the EU promised, Kuleba said.", "Dmytro Kuleba"),
        ("The army got 40 of the 90 tanks that Berlin pledged, Zelensky said in Kyiv on Monday.", "Volodymyr Zelensky"),
        ("Fewer than 30 of the 80 drones Moscow announced were seen, Kirby said late on Friday.", "John Kirby"),
    ],
)
def test_a_closing_speaker_frames_the_verbs_of_others_inside_the_sentence(text: str, name: str) -> None:
    claims = [c for c in extract_claims(text, PUBLISHED) if c.quantity is not None]
    assert claims and {c.actor.name for c in claims if c.actor} == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("General Syrsky boasted that his brigades had destroyed 40 tanks in a week.", "Syrsky"),
        ("Mayor Ivan Petrenko has sworn that the town would never surrender.", "Ivan Petrenko"),
        ("The commander confessed that 200 of his men had deserted.", "commander"),
        ("Senator Jane Holt criticised the delay in sending air defence systems.", "Jane Holt"),
        ("The minister lamented that only 30 of the promised shells had arrived.", "minister"),
        ("Stoltenberg has made it clear that NATO will not send troops.", "Jens Stoltenberg"),
        ("The ISW continues to assess that Russia will attack in the spring.", "Institute for the Study of War"),
    ],
)
def test_verbs_of_boasting_swearing_confessing_and_criticising_attribute(text: str, name: str) -> None:
    claims = extract_claims(text, PUBLISHED)
    assert claims and all(c.actor is not None and name in c.actor.name for c in claims)


def test_a_sentence_opened_by_an_acronym_keeps_it_in_the_speaker() -> None:
    claim = one_claim("US officials said 4,000 troops had arrived in Romania.")
    assert claim.actor is not None and (claim.actor.name, claim.actor.affiliation) == ("US officials", "United States")


def test_a_state_or_country_after_a_place_in_the_appositive_keeps_the_speaker() -> None:
    claim = one_claim("Anna Kovac, a nurse in Fairfax County, Virginia, said 12 wounded soldiers arrived.")
    assert claim.actor is not None and claim.actor.name == "Anna Kovac"


@pytest.mark.parametrize(
    "office",
    ["The UN Special Rapporteur on Torture", "The EU Special Representative on Human Rights",
     "The UN's Special Envoy on Migration"],
)
def test_an_office_named_by_its_topic_is_no_personal_name(office: str) -> None:
    claim = one_claim(f"{office} said 40 detainees had been beaten.")
    assert claim.actor is not None and claim.actor.name.endswith(office.split(" on ")[1])
    assert claim.actor.kind == "person" and " on " in claim.actor.name


def test_according_to_him_is_the_person_named_before() -> None:
    text = "Rustem Umerov, Ukraine's defence minister, spoke to reporters. According to him, 300 tanks were lost."
    claims = [c for c in extract_claims(text, PUBLISHED) if c.quantity is not None]
    assert [(c.actor.name if c.actor else None, c.quantity.low) for c in claims] == [("Rustem Umerov", 300)]


def test_according_to_him_with_no_one_named_before_has_no_speaker() -> None:
    assert all(c.actor is None for c in extract_claims("According to him, 300 tanks were lost.", PUBLISHED))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Unconfirmed reports said 200 soldiers were killed.", "Unconfirmed reports", "media"),
        ("A military blogger claimed that 300 soldiers had died.", "military blogger", "anonymous"),
    ],
)
def test_reports_and_bloggers_are_unnamed_sources(text: str, name: str, kind: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and (claim.actor.name, claim.actor.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "role", "affiliation"),
    [
        (
            "Sources in Ukraine's military intelligence told RBC-Ukraine that 300 soldiers had been killed.",
            "in Ukraine's military intelligence",
            "Ukraine",
        ),
        (
            "A source in the Russian defence ministry said 40 drones were downed.",
            "in the Russian defence ministry",
            "Russia",
        ),
        (
            "A source close to Ukraine's defence ministry said 40 drones were downed.",
            "close to Ukraine's defence ministry",
            "Ukraine",
        ),
    ],
)
def test_sources_inside_a_body_are_unnamed_and_take_its_side(text: str, role: str, affiliation: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.kind == "anonymous"
    assert (claim.actor.role, claim.actor.affiliation) == (role, affiliation)


def test_an_acronym_opening_the_subject_is_a_name_not_a_stop_word() -> None:
    from claimtrack.extraction.attribution import sentence_subject

    subject = sentence_subject("Last week, US Secretary of State Ivan Hora predicted that 300 tanks would come.")
    assert subject == "US Secretary of State Ivan Hora"


def test_an_agentless_passive_relays_the_titled_official_the_sentence_opens_with() -> None:
    claims = extract_claims(
        "Defence Minister Anna Berg at a briefing on Monday: the army was said to be reviewing the reports.", PUBLISHED
    )
    assert [c.actor.name for c in claims if c.actor] == ["Anna Berg"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sen. Maria Lind, D-Ore., said 3,000 soldiers were sent to the front.", "Maria Lind"),
        ("Rep. Tom Berg, R-N.C., told reporters that 3,000 soldiers were sent.", "Tom Berg"),
        ("Senator Ann Holm, I-Vt., said on Monday that 3,000 soldiers were sent.", "Ann Holm"),
    ],
)
def test_a_lawmakers_party_and_state_tag_keeps_the_speaker(text: str, name: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.name == name


@pytest.mark.parametrize("after", [" Monday that 3,000 soldiers were sent.", " Thursday the buildup goes on."])
def test_a_weekday_after_the_verb_is_when_not_who(after: str) -> None:
    assert phrase_after(after) is None
    assert phrase_after(" Jan Kowalski on Monday.") == "Jan Kowalski"


@pytest.mark.parametrize(
    ("text", "actor", "relay"),
    [
        ('"We counted 300 tanks," said the spokesman, quoted by Interfax.', "spokesman", "Interfax"),
        ("The spokesman, quoted by Interfax, said 300 tanks were counted.", "spokesman", "Interfax"),
        ("A senior official, cited by Reuters, said 40 drones were downed.", "senior official", "Reuters"),
        ("The spokesman said 300 tanks were counted, Interfax reported.", "spokesman", "Interfax"),
        ("Defence Minister Jan Kowalski was quoted by TASS as saying 300 tanks were counted.", "Jan Kowalski", "TASS"),
    ],
)
def test_an_outlet_quoting_or_closing_the_sentence_relays_the_speaker(text: str, actor: str, relay: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.name == actor
    assert claim.relayed_by is not None and claim.relayed_by.name == relay


def test_the_day_an_outlet_quoted_the_words_is_the_claim_date() -> None:
    claim = one_claim('"We counted 300 tanks," said a police spokesman, quoted on Monday by the DPA agency.')
    assert claim.claim_date is not None and claim.claim_date.value == dt.date(2024, 10, 21)


def test_a_dash_quote_opens_after_a_quote_that_ends_a_sentence() -> None:
    line = 'She said that "talks remain open."- We see more troops.We call it a threat - the minister said.'
    assert [line[s:e] for s, e in dash_quote_spans(line)] == ["- We see more troops.We call it a threat"]


@pytest.mark.parametrize(
    "text",
    [
        # the line also quotes a name or a phrase: the dash quote still holds the speaker's earlier sentences
        'The blast hit a bus. - It is shameful that medics are shelled.It is a crime - says Anna Sirko, head of '
        'the "Medics" fund.',
        'Petro Hale was asked about "the plan".- We are sure the army is ready.We must wait - said Petro Hale.',
        'She said that "talks remain open."- We see more troops.We call it a threat - said Anna Sirko, a minister.',
    ],
)
def test_a_dash_quote_in_a_line_that_also_has_quotation_marks_is_its_speakers(text: str) -> None:
    opening = text.split("- ", 1)[1].split(".")[0]  # the dash quote's first sentence
    said = [c.actor.name for c in extract_claims(text, PUBLISHED) if c.actor and opening in c.evidence.sentence]
    assert said and set(said) <= {"Anna Sirko", "Petro Hale"}


@pytest.mark.parametrize(
    ("text", "speaker", "low"),
    [
        ("Amnesty International released a report documenting at least 40 strikes on schools.",
         "Amnesty International", 40),
        ("The monitors said shelling went on. They interviewed 80 witnesses for a study listing 1,200 destroyed "
         "buildings.",
         "monitors", 1200),
        ("The UN rights office said on Friday that 12 civilians died. It spoke to 300 people for a report detailing "
         "more than 600 cases of torture.", "UN rights office", 600),
    ],
)
def test_a_report_detailing_a_count_is_its_authors_claim(text: str, speaker: str, low: int) -> None:
    by_low = {c.quantity.low: c.actor.name for c in extract_claims(text, PUBLISHED) if c.quantity and c.actor}
    assert by_low.get(low) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The soldiers were recording 20 songs for the concert.",  # no document before the participle
        "A report detailing the damage was published.",  # no count after it
    ],
)
def test_detailing_is_a_cue_only_between_a_document_and_a_count(sentence: str) -> None:
    assert [c.verb for c in find_cues(sentence, []) if c.verb in {"recording", "detailing"}] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The ministry confirmed the strike on the depot.", "confirmation"),
        ("The ministry has not confirmed the strike on the depot.", "statement"),
        ("The Kremlin denied the report about the depot.", "denial"),
        ("The Kremlin did not deny the report about the depot.", "statement"),
        ("The Kremlin never denied the report about the depot.", "statement"),
    ],
)
def test_a_negated_confirmation_or_denial_is_a_statement(text: str, kind: str) -> None:
    assert one_claim(text).kind == kind


@pytest.mark.parametrize(
    ("text", "relay"),
    [
        ("Kuleba told Bloomberg that Germany would send 100 more tanks.", "Bloomberg"),
        ("An official told German newspaper Der Tagesspiegel that 40 drones were found.", "Der Tagesspiegel"),
        ("Zelensky told CNN on Sunday that Poland had sent 14 tanks.", "CNN"),
    ],
)
def test_the_outlet_told_is_the_nearest_name_after_the_verb(text: str, relay: str) -> None:
    claim = one_claim(text)
    assert claim.relayed_by is not None and claim.relayed_by.name == relay


def test_a_count_inside_the_speaker_words_is_no_claim() -> None:
    text = "Two people familiar with the matter told Reuters that Germany would send 100 more vehicles."
    assert [c.quantity.low for c in extract_claims(text, PUBLISHED) if c.quantity] == [100]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to the Russian MoD, 6 drones were intercepted over the border.", "Ministry of Defence of Russia"),
        ("The Ukrainian MoD said 14 Russian tanks were destroyed.", "Ministry of Defence of Ukraine"),
        ("The Warsaw-based think tank said 300 tanks had been delivered.", "Warsaw-based think tank"),
    ],
)
def test_a_defence_ministry_abbreviated_and_a_think_tank_speak(text: str, name: str) -> None:
    claim = one_claim(text)
    assert claim.actor is not None and claim.actor.name == name
