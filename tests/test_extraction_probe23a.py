"""Families shown by blind probe 23a (issue #3): a running total after a clause that counts the latest addition
("..., bringing the total number killed to 1,928"); a figure quoted on its own before its noun ('"well over
100,000" Russian troops'); a bulletin's title closing with its day ("... briefing, November 4"); a compilation of
one author's channel posts ("Posts by Governor X on his Telegram channel"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.extraction import extract_claims
from claimtrack.extraction.bulletins import bulletin_day, bulletin_issuer, channel_author
from claimtrack.extraction.quantities import find_counts


def _counts(sentence: str) -> list[tuple[float | None, float | None, str]]:
    return [(c.low, c.high, c.unit) for c in find_counts(sentence)]


def _claims(text: str) -> list[tuple[str | None, float | None, float | None]]:
    """(speaker, low, high) of every claim with a count read from `text`."""
    return [(c.actor.name if c.actor else None, c.quantity.low, c.quantity.high)
            for c in extract_claims(text) if c.quantity is not None]


# --- running totals --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "total", "unit"), [
    ("The shelling killed nine people in the town, bringing the total number killed there since March to 1,412.",
     (1412.0, 1412.0), "killed"),
    ("The army said 310 soldiers died last week, taking its count of enemy troops killed this year to 48,500.",
     (48500.0, 48500.0), "killed"),
    ("Three more sailors died on Monday, bringing their losses in the naval campaign to 61.", (61.0, 61.0), "losses"),
    ("Another 40 civilians were freed, raising the overall number of civilians returned to more than 2,300.",
     (2300.0, None), "civilians"),
])
def test_running_total_is_a_count(sentence: str, total: tuple[float, float | None], unit: str) -> None:
    counts = _counts(sentence)
    assert (total[0], total[1], unit) in counts
    assert len(counts) == 2  # the latest addition stays a count of its own


@pytest.mark.parametrize("sentence", [
    "The convoy was bringing the wounded soldiers to 3 hospitals near the front.",  # no total: a destination
    "The ferry was taking its passengers to 12 ports along the coast.",
])
def test_running_total_needs_a_total_word(sentence: str) -> None:
    assert not any(unit in ("soldiers", "killed", "passengers") and low in (3.0, 12.0)
                   for low, _, unit in _counts(sentence) if low is not None and unit != "hospitals")


def test_running_toll_is_counted_once() -> None:
    counts = _counts("The blast killed 12 more people, bringing the death toll to 41.")
    assert [c for c in counts if c[0] == 41.0] == [(41.0, 41.0, "deaths")]


# --- a figure quoted on its own ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ('The general said in May that "well over 200,000" Russian soldiers had been wounded.',
     (200000.0, None, "soldiers")),
    ("The minister said “more than 90,000” volunteers had enlisted since the spring.", (90000.0, None, "volunteers")),
    ('A spokesman said government troops had killed "at least 35" militants in the hills.', (35.0, None, "militants")),
    ('The army said its pilots had killed "more than 60 rebels" near the river.', (60.0, None, "rebels")),
])
def test_quoted_figure_counts_its_noun(sentence: str, expected: tuple[float, float | None, str]) -> None:
    assert expected in _counts(sentence)


@pytest.mark.parametrize("sentence", [
    'The ministry said the "Leopard 2" tanks had arrived at the base.',  # a name's number is a model
    'He said the "class of 2014" officers were promoted.',
])
def test_quoted_name_number_is_no_count(sentence: str) -> None:
    assert not any(low in (2.0, 2014.0) for low, _, _ in _counts(sentence))


# --- bulletin titles closing with a day ---------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "issuer"), [
    ("Russian Defence Ministry briefing, November 4", "Russian Defence Ministry"),
    ("Ukrainian Air Force daily update, 12 March 2024", "Ukrainian Air Force"),
    ("UK Ministry of Defence intelligence update, Aug. 30, 2023", "UK Ministry of Defence"),
])
def test_bulletin_title_with_day(title: str, issuer: str) -> None:
    assert bulletin_issuer(title + "\n\nThe enemy lost 300 servicemen.") == issuer


@pytest.mark.parametrize("title", [
    "Russian Defence Ministry briefing, Ukraine responds",
    "Pentagon briefing, November 4, shows new aid for Kyiv",
])
def test_title_with_more_than_a_day_is_no_bulletin(title: str) -> None:
    assert bulletin_issuer(title + "\n\nMore text.") is None


@pytest.mark.parametrize(("title", "day"), [
    ("General Staff of the Armed Forces of Ukraine: operational information as of 06:00 on May 9, 2024",
     dt.date(2024, 5, 9)),
    ("Russian Defence Ministry briefing, 8 May", dt.date(2024, 5, 8)),
    ("Ukrainian Air Force: daily report for May 10", dt.date(2024, 5, 10)),
])
def test_bulletin_title_day(title: str, day: dt.date) -> None:
    found = bulletin_day(title + "\n\nThe enemy lost 300 servicemen.", dt.date(2024, 5, 10))
    assert found is not None and found.ref.value == day


@pytest.mark.parametrize("title", [
    "UK Ministry of Defence intelligence update (translated)",  # a bulletin naming no day
    "Russian Defence Ministry briefing, 28 May",  # after publication: no day of issue
    "Russia lost 300 tanks on May 8, Kyiv says",  # a headline, no bulletin
])
def test_no_bulletin_title_day(title: str) -> None:
    assert bulletin_day(title + "\n\nThe enemy lost 300 servicemen.", dt.date(2024, 5, 10)) is None


def test_bulletin_figures_take_the_title_day() -> None:
    text = ("Russian Defence Ministry briefing, 8 May\n\nThe enemy's losses amounted to up to 240 servicemen and "
            "two tanks.\n\nAir defence means shot down 14 unmanned aerial vehicles over the past day.")
    dated = {c.quantity.high: c.claim_date.value if c.claim_date else None
             for c in extract_claims(text, dt.date(2024, 5, 10)) if c.quantity is not None}
    assert dated[240.0] == dt.date(2024, 5, 8)
    assert dated[14.0] == dt.date(2024, 5, 8)


# --- channel posts ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "author"), [
    ("Shelling in the border villages\n\nPosts by Governor Ivan Sidorenko on his Telegram channel, translated.",
     "Governor Ivan Sidorenko"),
    ("Messages from the Kharkiv Regional Military Administration on its Telegram channel",
     "Kharkiv Regional Military Administration"),
    ("Night of attacks\nLatest updates from Mayor Olena Brovko on her Facebook page\nTimes are local.",
     "Mayor Olena Brovko"),
])
def test_channel_author_from_head(head: str, author: str) -> None:
    assert channel_author(head + "\n\nTwo houses were damaged.") == author


@pytest.mark.parametrize("head", [
    "Governor criticised for posts on his Telegram channel\n\nThe governor's posts drew anger.",
    "Shelling overnight\n\nAnalysts read posts by Governor Ivan Sidorenko on his Telegram channel.",
])
def test_no_channel_author(head: str) -> None:
    assert channel_author(head + "\n\nTwo houses were damaged.") is None


def test_channel_posts_are_the_author_claims() -> None:
    text = ("Border region: weekend attacks\n\n"
            "Posts by Governor Ivan Sidorenko on his Telegram channel, translated.\n\n"
            "12 May, 09:10\nOvernight the enemy fired about 40 shells at the district. Three houses were damaged.\n\n"
            "12 May, 14:30\nIn the village of Ozerne, two men were wounded.\n\n"
            "Earlier, the regional police chief, Petro Kovalenko, said 15 people had been detained.")
    claims = _claims(text)
    assert ("Ivan Sidorenko", 40.0, 40.0) in claims
    assert ("Ivan Sidorenko", 2.0, 2.0) in claims
    assert all(who != "Ivan Sidorenko" for who, low, _ in claims if low == 15.0)  # a sentence's own speaker keeps it


def test_bare_title_is_no_channel_author() -> None:
    text = ("Posts by the governor on his Telegram channel\n\nOvernight the enemy fired about 40 shells at the "
            "district.")
    assert all(who is None or "governor" not in who.lower() for who, _, _ in _claims(text))


# --- a body's one-word name in apposition to what it is --------------------------------------------------------

@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The UN agency for displaced people, UNDPA, said 48 of its staff had been killed.", "UNDPA"),
    ("The monitoring group, CASMO, said 310 civilians died in the clashes.", "CASMO"),
    ("The aid charity, Helpwell, said 27 people were wounded in the shelling.", "Helpwell"),
    ("The regional health office, RHO, reported that 12 people were injured.", "RHO"),
])
def test_body_name_in_apposition_speaks(sentence: str, speaker: str) -> None:
    assert any(who == speaker for who, _, _ in _claims(sentence))


@pytest.mark.parametrize("sentence", [
    "In the town, Kupiansk, officials said 99 people had been killed.",  # a place set off after "the town"
    "The mayor of the city, Kharkiv, said 20 people were hurt.",
])
def test_place_in_apposition_does_not_speak(sentence: str) -> None:
    assert all(who not in ("Kupiansk", "Kharkiv") for who, _, _ in _claims(sentence))


# --- counted nouns added from the probe ----------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Three of its peacekeepers were killed when the convoy was ambushed.", (3.0, 3.0, "peacekeepers")),
    ("The army said around 140 projectiles were fired at the northern towns overnight.", (140.0, 140.0, "projectiles")),
    ("Officials said 2,500 families had been evacuated from the flooded district.", (2500.0, 2500.0, "families")),
    ("The navy fired 24 interceptors at the incoming missiles.", (24.0, 24.0, "interceptors")),
])
def test_added_counted_nouns(sentence: str, expected: tuple[float, float, str]) -> None:
    assert expected in _counts(sentence)


@pytest.mark.parametrize(("sentence", "unit"), [
    ("The ministry said the families of 30 soldiers had been told.", "soldiers"),  # the families are not counted
    ("The base said the peacekeepers of 12 nations serve there.", "nations"),
])
def test_added_nouns_only_after_their_number(sentence: str, unit: str) -> None:
    assert all(u not in ("families", "peacekeepers") for _, _, u in _counts(sentence))


# --- a possessive before a noun cue is no speaker ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Briefing\n\nGEN. MARSH: Our estimate is that about 30,000 troops are in the region.", "Marsh"),
    ("Interview\n\nCOL. DAVIES: My assessment is that 400 tanks have been lost.", "Davies"),
    ("Press conference\n\nMS. LANG: Our assessment is that some 1,200 drones were launched last month.", "Lang"),
])
def test_possessive_cue_takes_the_label_speaker(text: str, speaker: str) -> None:
    whos = [who for who, low, _ in _claims(text) if low is not None]
    assert whos and all(who is not None and speaker in who for who in whos)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Our sources said 12 people were killed in the strike.", "sources"),
    ("Their spokesman said 12 people were killed in the strike.", "spokesman"),
])
def test_possessive_noun_phrase_still_speaks(sentence: str, speaker: str) -> None:
    assert (speaker, 12.0, 12.0) in _claims(sentence)  # a possessive before a noun: the noun speaks


# --- two speakers joined by "and" after the reported clause -------------------------------------------------------

@pytest.mark.parametrize(("sentence", "count"), [
    ("A drone strike on the market killed at least 40 people, witnesses and medics said.", (40.0, None)),
    ("The shelling wounded 17 civilians, including four children, local residents and a rights group said.",
     (17.0, 17.0)),
    ("Troops detained about 60 men in the raid, activists and the local council reported.", (60.0, 60.0)),
])
def test_coordinated_speakers_keep_the_count(sentence: str, count: tuple[float, float | None]) -> None:
    assert any(who is not None and (low, high) == count for who, low, high in _claims(sentence))


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Troops advanced, civilians fled and officials said 20 people died.", "officials"),  # "civilians fled": a clause
    ("Shelling continued overnight, the town burned and police said 20 people died.", "police"),
])
def test_clause_before_and_is_no_speaker(sentence: str, speaker: str) -> None:
    assert [(who or "").lower() for who, low, _ in _claims(sentence) if low == 20.0] == [speaker]


# --- "and another N": the earlier count's noun -------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("The governor said 4,000 residents had signed contracts, and that another 1,200 were expected by spring.",
     (1200.0, 1200.0, "residents")),
    ("Kyiv has trained 6,000 troops abroad and another 2,500 are in training now.", (2500.0, 2500.0, "troops")),
    ("About 300 people were evacuated on Monday and a further 120 left on Tuesday.", (120.0, 120.0, "people")),
])
def test_another_takes_the_earlier_noun(sentence: str, expected: tuple[float, float, str]) -> None:
    assert expected in _counts(sentence)


@pytest.mark.parametrize("sentence", [
    "The army lost 40 tanks and another 2 percent of its artillery.",  # a share, no count of tanks
    "Russia fired 30 missiles, and another 2024 budget was announced.",  # a year
])
def test_another_before_no_count(sentence: str) -> None:
    assert len(_counts(sentence)) == 1
