"""Place rules for where a claim happens: targets and asides after a name, venues of speech, border sides."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.places import choose_place, find_places, speaker_country_mentions


def chosen_name(sentence: str) -> str | None:
    place = choose_place(sentence, 0, find_places(sentence), [])
    return place.name if place else None


def roles(sentence: str) -> dict[str, str]:
    return {m.raw: m.role for m in find_places(sentence)}


# --- a polity something weighs on is not where it happens -----------------------------------------


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("The war is taking a heavy toll on Russia, with 600 soldiers lost a day.", "Russia"),
        ("Brussels agreed new sanctions on Belarus as 200 people were held.", "Belarus"),
        ("Washington kept up the pressure on Moscow after 40 diplomats left.", "Moscow"),
        ("The embargo on Iran hit 12 refineries.", "Iran"),
    ],
)
def test_a_polity_weighed_on_is_no_place(sentence: str, name: str) -> None:
    assert roles(sentence)[name] == "owner"
    assert chosen_name(sentence) is None


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Russia's war on Ukraine has killed 9,000 civilians.", "Ukraine"),  # a war is fought there
        ("Russian pressure on Avdiivka has cost 800 lives.", "Avdiivka"),  # a town is no polity
        ("The shelling on Kherson killed 4 people.", "Kherson"),
    ],
)
def test_on_after_other_nouns_still_locates(sentence: str, place: str) -> None:
    assert chosen_name(sentence) == place


# --- an adverb or a time phrase between a polity and its verb -------------------------------------


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Russia over the past day lost 900 soldiers and 12 tanks.", "Russia"),
        ("The Russian Federation in the last 24 hours has lost 700 troops.", "Russian Federation"),
        ("The tally shows that Russia, over the past day, has lost 640 troops.", "Russia"),
        ("Russia overnight launched 45 drones.", "Russia"),
        ("Belarus reportedly sent 20 trains of ammunition.", "Belarus"),
        ("Russia of the last day has lost 15 tanks.", "Russia"),
    ],
)
def test_a_polity_acting_after_an_aside_is_an_owner(sentence: str, name: str) -> None:
    assert roles(sentence)[name] == "owner"


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Officials said 30 people were killed in Ukraine over the past day.", "Ukraine"),  # governed by "in"
        ("Kharkiv over the past day was shelled 40 times.", "Kharkiv"),  # undergoes: passive
        ("Ukraine, yesterday, saw 14 attacks.", None),  # acts (a polity): owner
    ],
)
def test_an_aside_keeps_locations_and_passives(sentence: str, place: str | None) -> None:
    assert chosen_name(sentence) == place


# --- where the speaker spoke loses to where the claim happens -------------------------------------


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("At a press conference in Kyiv, the general said 30 civilians were killed in Kharkiv.", "Kharkiv"),
        ("Speaking in Vilnius, the minister said 500 troops would stay in Poland.", "Poland"),
        ("During a visit to Lviv, she said 20 people died in Odesa.", "Odesa"),
        ("At the summit in Madrid, the leaders said 40,000 troops were ready.", "Madrid"),  # alone: kept
    ],
)
def test_a_venue_loses_to_the_place_of_the_claim(sentence: str, place: str) -> None:
    assert chosen_name(sentence) == place


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("The spokesman told reporters in Warsaw that fighting had resumed in Ukraine.", "Ukraine"),
        ("The minister said in an interview with Reuters in Oslo that the war in Ukraine would go on.", "Ukraine"),
        ("She said this at a memorial event in Prague, adding that the fighting in Crimea went on.", "Crimea"),
        ("In his address to the nation in Vilnius, the president said troops were massing in Belarus.", "Belarus"),
        ("Mr Novak told CNN in Geneva on Monday that 300 convoys had reached Ukraine.", "Ukraine"),
    ],
)
def test_where_the_words_were_said_loses_to_the_claim(sentence: str, place: str) -> None:
    assert chosen_name(sentence) == place


@pytest.mark.parametrize(
    "sentence",
    [
        "The spokesman told reporters in Warsaw that the talks had stalled.",
        '"The sanctions are working," Ms Berg told the conference in Denver.',
        "The chancellor said this during a solemn ceremony in Vienna, according to the agency.",
        '"We will not give up," the minister said in Oslo on Friday.',
        "Speaking at a news briefing in Brussels, the envoy said patience was running out.",
    ],
)
def test_where_the_words_were_said_is_no_place_of_the_claim(sentence: str) -> None:
    assert chosen_name(sentence) is None


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("The governor said in Kharkiv region 3 people died overnight.", "Kharkiv Oblast"),  # the saying goes on
        ("He said troops in Kharkiv had been reinforced.", "Kharkiv"),
        ("The next summit in Madrid is the best time to decide, the minister said.", "Madrid"),  # what is spoken of
        ("Officials said the talks with Moscow in Minsk had failed.", "Minsk"),
    ],
)
def test_a_place_after_saying_words_that_is_not_their_venue_stays(sentence: str, place: str) -> None:
    assert chosen_name(sentence) == place


# --- a country named as a border's side -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("At a briefing in Geneva, he said 100,000 troops were gathering on the border with Ukraine.", "Ukraine"),
        ("It is a war in Eastern Europe: 130,000 troops stand at the borders of Ukraine.", "Ukraine"),
        ("At the meeting in Riga, the minister said 9,000 soldiers guarded the Polish border.", "Poland"),
        ("Shelling hit 12 villages in the Sumy region near the Russian border.", "Sumy Oblast"),  # tie: first
        ("Troops near the border with Belarus shelled 3 villages in Chernihiv.", "Chernihiv"),  # a city: nearer
        ("Shelling in the Belarus-Ukraine border area hit 4 homes.", "Belarus"),  # both sides alike: the first
        ("Speaking in Kyiv, she said 5,000 troops massed on the Russia–Ukraine border.", "Russia"),
    ],
)
def test_a_border_side_is_placed_like_a_region(sentence: str, place: str) -> None:
    assert chosen_name(sentence) == place


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Russia must pull 100,000 troops back from its border with Ukraine and stop shelling in eastern Ukraine.",
         "Eastern Ukraine"),  # a part of the country located in the sentence is more precise
        ("Troops gather on the border with Ukraine, voicing threats against Kyiv.", "Ukraine"),  # Kyiv: not located
    ],
)
def test_a_located_part_of_the_border_country_beats_the_border(sentence: str, place: str) -> None:
    assert chosen_name(sentence) == place


# --- local offices and the speaker's own country --------------------------------------------------


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Kherson Governor Ivan Petrenko said 6 people were wounded in the shelling.", "Kherson Oblast"),  # a region's
        ("Odesa mayor Petro Ivanenko said 2 ports were hit.", "Odesa"),
        ("Kursk Governor Pavel Orlov said 8 drones fell in Lgov.", "Lgov"),  # the claim's own place wins
    ],
)
def test_a_local_office_places_its_speaker(sentence: str, place: str) -> None:
    claims = extract_claims(sentence, dt.date(2023, 5, 2))
    assert claims and claims[0].place is not None and claims[0].place.name == place


@pytest.mark.parametrize(
    "sentence, place",
    [
        ('"Russia keeps 40,000 troops near our border," Lithuanian President Gitanas Nauseda said.', "Lithuania"),
        ('"Some 25 drones crossed into our airspace overnight," the Polish Defence Ministry said.', "Poland"),
        ('"In our country 300 shelters were built," Zelensky said.', "Ukraine"),
    ],
)
def test_our_border_is_the_speaker_s_country(sentence: str, place: str) -> None:
    claims = extract_claims(sentence, dt.date(2023, 5, 2))
    assert claims and claims[0].place is not None and claims[0].place.name == place


def test_our_country_acting_is_no_place_nor_is_the_venue() -> None:
    sentence = '"Our country has lost 300 soldiers," Zelensky told reporters in Lviv.'
    claims = extract_claims(sentence, dt.date(2023, 5, 2))
    assert claims and claims[0].place is None


def test_our_border_needs_a_speaker_with_a_country() -> None:
    assert speaker_country_mentions("near our border", 0, "Ukraine")[0].place.name == "Ukraine"
    assert speaker_country_mentions("near our border", 0, None) == []
    assert speaker_country_mentions("near our border", 0, "Kharkiv") == []  # not a country


# --- gazetteer: places war reporting names, with their hierarchy ----------------------------------


@pytest.mark.parametrize(
    "sentence, place, ancestors",
    [
        ("Satellite images show 12 cargo ships in the North Korean port of Rason.", "Rason", ["North Korea"]),
        ("The ammunition left Najin aboard 3 ships.", "Rason", ["North Korea"]),
        ("Some 1,500 troops crossed the border at Khasan.", "Khasan", ["Primorsky Krai", "Russian Far East", "Russia"]),
        ("The leaders met at the Vostochny cosmodrome for 4 hours.", "Vostochny Cosmodrome",
         ["Amur Oblast", "Russian Far East", "Russia"]),
        ("Shelling near Rylsk wounded 5 people.", "Rylsk", ["Kursk Oblast", "Russia"]),
    ],
)
def test_war_reporting_places_and_their_hierarchy(sentence: str, place: str, ancestors: list[str]) -> None:
    ref = choose_place(sentence, 0, find_places(sentence), [])
    assert ref is not None and ref.name == place and ref.ancestors == ancestors


# --- several places in one sentence, each owning its count ----------------------------------------


def _places_by_count(sentence: str) -> dict[float, str | None]:
    return {c.quantity.low: (c.place.name if c.place else None)
            for c in extract_claims(sentence, dt.date(2023, 5, 2)) if c.quantity}  # fmt: skip


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The ministry said Moscow had moved 40,000 troops to Belarus and 12,000 to Crimea.",
         {40000: "Belarus"}),  # the bare "12,000" owns Crimea
        ("In Kherson, 5 people were killed; in Nikopol, 3 were wounded, regional officials said.",
         {5: "Kherson", 3: "Nikopol"}),
        ("The president said a brigade of 4,000 soldiers would go to Poland, two squadrons to Britain and three "
         "frigates to Spain.", {4000: "Poland", 2: "United Kingdom", 3: "Spain"}),
        ("In the Kharkiv region, 6 civilians were killed and 11 wounded, the governor said.",
         {6: "Kharkiv Oblast", 11: "Kharkiv Oblast"}),
    ],
)
def test_each_count_takes_the_place_of_its_own_phrase(sentence: str, expected: dict[float, str]) -> None:
    got = _places_by_count(sentence)
    assert {k: got.get(k) for k in expected} == expected


def test_a_bare_number_of_a_name_does_not_end_the_phrase() -> None:
    got = _places_by_count("The general said 2 F-35 squadrons would be based in Britain and 3 destroyers in Spain.")
    assert got == {2: "United Kingdom", 3: "Spain"}


@pytest.mark.parametrize(
    ("sentence", "name", "raw"),
    [
        ("Some 40,000 troops were massed along the border with Belarus.troops", "Belarus", "Belarus"),
        ("The army said it moved 2,000 soldiers to Kharkiv.more news", "Kharkiv", "Kharkiv"),
    ],
)
def test_a_full_stop_glued_between_words_still_ends_the_place_name(sentence: str, name: str, raw: str) -> None:
    found = [(m.place.name, m.raw, m.start, m.end) for m in find_places(sentence, 100)]
    assert [(n, r) for n, r, _, _ in found] == [(name, raw)]
    _, _, start, end = found[0]
    assert sentence[start - 100 : end - 100] == raw  # offsets and raw words as written


def test_a_glued_stop_does_not_split_abbreviations_or_web_addresses() -> None:
    found = [(m.place.name, m.raw) for m in find_places("The U.S. embassy posted it on kyiv.ua, e.g. yesterday.")]
    assert found == [("United States", "U.S.")]  # no Kyiv from the web address
