"""The packaged lexicon data: places.toml and actors.toml load, are consistent and resolve common spellings."""

from __future__ import annotations

import tomllib
from collections import defaultdict
from importlib import resources

import pytest

from claimtrack.extraction import actors as actors_module
from claimtrack.extraction import gazetteer as gazetteer_module
from claimtrack.extraction.actors import actor_lexicon
from claimtrack.extraction.gazetteer import load_gazetteer

PLACE_KINDS = frozenset(
    "country oblast region krai republic city town village district peninsula area macro-region sea river strait "
    "island union state camp".split()
)
ACTOR_KINDS = frozenset({"person", "organisation", "media", "anonymous"})
NON_PLACE_AFFILIATIONS = frozenset({"NATO", "United Nations", "European Union", "Wagner Group", "G7", "G20"})

UKRAINE_OBLASTS = [
    "Vinnytsia", "Volyn", "Dnipropetrovsk", "Donetsk", "Zhytomyr", "Zakarpattia", "Zaporizhzhia", "Ivano-Frankivsk",
    "Kyiv", "Kirovohrad", "Luhansk", "Lviv", "Mykolaiv", "Odesa", "Poltava", "Rivne", "Sumy", "Ternopil", "Kharkiv",
    "Kherson", "Khmelnytskyi", "Cherkasy", "Chernivtsi", "Chernihiv",
]  # fmt: skip


@pytest.fixture(autouse=True)
def _packaged_data_only(monkeypatch: pytest.MonkeyPatch):
    """Load the packaged files only, fresh: no user files, no cached lexicon from another test."""
    monkeypatch.delenv("CLAIMTRACK_PLACES", raising=False)
    monkeypatch.delenv("CLAIMTRACK_ACTORS", raising=False)
    gazetteer_module._load.cache_clear()
    actors_module._lexicon.cache_clear()
    yield
    gazetteer_module._load.cache_clear()
    actors_module._lexicon.cache_clear()


def _rows(filename: str, table: str) -> list[dict]:
    text = resources.files("claimtrack.extraction").joinpath(f"data/{filename}").read_text(encoding="utf-8")
    return tomllib.loads(text)[table]


# --- places ----------------------------------------------------------------------------------------


def test_places_load_through_the_gazetteer() -> None:
    gaz = load_gazetteer()
    rows = _rows("places.toml", "place")
    assert len(gaz.places) == len(rows) > 300  # no entry silently replaced by a duplicate name


def test_place_names_are_unique() -> None:
    names = [row["name"] for row in _rows("places.toml", "place")]
    assert len(names) == len(set(names))


def test_every_place_has_a_known_kind() -> None:
    bad = {p.name: p.kind for p in load_gazetteer().places.values() if p.kind not in PLACE_KINDS}
    assert bad == {}


def test_every_parent_is_a_place() -> None:
    gaz = load_gazetteer()
    missing = {p.name: p.parent for p in gaz.places.values() if p.parent and p.parent not in gaz.places}
    assert missing == {}


def test_every_country_is_a_country_entry() -> None:
    gaz = load_gazetteer()
    bad = {
        p.name: p.country
        for p in gaz.places.values()
        if p.country and (p.country not in gaz.places or gaz.places[p.country].kind != "country")
    }
    assert bad == {}


def test_hierarchy_has_no_cycles_and_ends_at_the_country() -> None:
    gaz = load_gazetteer()
    for place in gaz.places.values():
        chain = [place.name]
        current = place
        while current.parent:
            assert current.parent not in chain, f"cycle: {chain + [current.parent]}"
            chain.append(current.parent)
            current = gaz.places[current.parent]
        if place.country and place.kind != "country":
            assert place.country in chain, f"{place.name}: its country {place.country} is not among {chain}"


def test_no_place_alias_names_two_places() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for row in _rows("places.toml", "place"):
        for alias in (row["name"], *row.get("aliases", [])):
            owners[alias.lower()].add(row["name"])
    assert {a: n for a, n in owners.items() if len(n) > 1} == {}


@pytest.mark.parametrize("base", UKRAINE_OBLASTS)
def test_every_ukrainian_oblast_and_its_forms(base: str) -> None:
    gaz = load_gazetteer()
    oblast = gaz.places[f"{base} Oblast"]
    assert (oblast.kind, oblast.country, oblast.parent) == ("oblast", "Ukraine", "Ukraine")
    for form in (f"{base} region", f"{base} oblast", f"{base} province"):
        place = gaz.lookup(form)
        assert place is not None and place.name == oblast.name, form
    capitals = [p for p in gaz.places.values() if p.parent == oblast.name and p.kind == "city"]
    assert capitals, f"{oblast.name} has no city"


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Kharkov region", "Kharkiv Oblast"),
        ("Kharkov", "Kharkiv"),
        ("Kiev", "Kyiv"),
        ("Lugansk", "Luhansk"),
        ("Zaporozhye", "Zaporizhzhia"),
        ("Nikolaev", "Mykolaiv"),
        ("Izyum", "Izium"),
        ("Artemovsk", "Bakhmut"),
        ("Dnepr", "Dnipro"),
        ("Sievierodonetsk", "Severodonetsk"),
        ("Dnieper", "Dnipro River"),
        ("Zaporizhzhia NPP", "Zaporizhzhia Nuclear Power Plant"),
        ("Azovstal steel plant", "Azovstal"),
        ("eastern Ukraine", "Eastern Ukraine"),
        ("Ukraine's east", "Eastern Ukraine"),
        ("the Mediterranean", "Mediterranean"),
        ("EU", "European Union"),
        ("Britain", "United Kingdom"),
        ("Czechia", "Czech Republic"),
        ("Transdniestria", "Transnistria"),
        ("Kursk region", "Kursk Oblast"),
        ("Krasnodar Territory", "Krasnodar Krai"),
        ("Dobropolye", "Dobropillia"),
        ("Gulyaipole", "Huliaipole"),
        ("Dimitrov", "Myrnohrad"),
        ("Kamenka-Dneprovskaya", "Kamianka-Dniprovska"),
        ("Stakhanov", "Kadiivka"),
        ("Krasny Luch", "Khrustalnyi"),
        ("Belopolye", "Bilopillia"),
        ("Berislav", "Beryslav"),
        ("Donetsk People's Republic", "Donetsk Oblast"),
        ("DPR", "Donetsk Oblast"),
        ("Lugansk People's Republic", "Luhansk Oblast"),
        ("LPR", "Luhansk Oblast"),
        ("Kupyansk-Uzlovoy", "Kupiansk"),
    ],
)
def test_place_lookups(alias: str, name: str) -> None:
    place = load_gazetteer().lookup(alias)
    assert place is not None and place.name == name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Bakhmut", ["Donetsk Oblast", "Ukraine"]),
        ("Sevastopol", ["Crimea", "Ukraine"]),
        ("Azovstal", ["Mariupol", "Donetsk Oblast", "Ukraine"]),
        ("Sudzha", ["Kursk Oblast", "Russia"]),
        ("Novorossiysk", ["Krasnodar Krai", "Russia"]),
        ("Transnistria", ["Moldova"]),
        ("Alaska", ["United States"]),
        ("Warsaw", ["Poland"]),
        ("Velyka Pysarivka", ["Sumy Oblast", "Ukraine"]),
        ("Chornomorske", ["Crimea", "Ukraine"]),
        ("Tiraspol", ["Transnistria", "Moldova"]),
        ("Akhtubinsk", ["Astrakhan Oblast", "Russia"]),
    ],
)
def test_ancestors(name: str, expected: list[str]) -> None:
    assert [p.name for p in load_gazetteer().ancestors(name)] == expected


def test_water_and_unions_have_their_kinds() -> None:
    gaz = load_gazetteer()
    assert gaz.places["Black Sea"].kind == "sea"
    assert gaz.places["Kerch Strait"].kind == "strait"
    assert gaz.places["Dnipro River"].kind == "river"
    assert gaz.places["Snake Island"].kind == "island"
    assert gaz.places["European Union"].kind == "union"
    assert gaz.places["Alaska"].kind == "state"


# --- actors ----------------------------------------------------------------------------------------


def test_actors_load_through_the_lexicon() -> None:
    lex = actor_lexicon()
    rows = _rows("actors.toml", "actor")
    assert len(lex.actors) == len(rows) > 200


def test_actor_names_are_unique() -> None:
    names = [row["name"] for row in _rows("actors.toml", "actor")]
    assert len(names) == len(set(names))


def test_every_actor_has_a_known_kind() -> None:
    assert {a.name: a.kind for a in actor_lexicon().actors.values() if a.kind not in ACTOR_KINDS} == {}


def test_no_actor_alias_names_two_actors() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for row in _rows("actors.toml", "actor"):
        for alias in (row["name"], *row.get("aliases", [])):
            owners[alias.replace("’", "'").lower()].add(row["name"])
    assert {a: n for a, n in owners.items() if len(n) > 1} == {}


def test_affiliations_are_places_or_known_bodies() -> None:
    places = load_gazetteer().places
    bad = {
        a.name: a.affiliation
        for a in actor_lexicon().actors.values()
        if a.affiliation is not None and a.affiliation not in places and a.affiliation not in NON_PLACE_AFFILIATIONS
    }
    assert bad == {}


def test_country_affiliations_name_countries() -> None:
    places = load_gazetteer().places
    bad = {
        a.name: a.affiliation
        for a in actor_lexicon().actors.values()
        if a.affiliation in places and places[a.affiliation].kind not in {"country", "union"}
    }
    assert bad == {}


@pytest.mark.parametrize(
    ("alias", "name", "affiliation"),
    [
        ("Blaszczak", "Mariusz Błaszczak", "Poland"),
        ("Błaszczak", "Mariusz Błaszczak", "Poland"),
        ("Kharkov", None, None),  # a place, not an actor
        ("Ihnat", "Yurii Ihnat", "Ukraine"),
        ("Skibitsky", "Vadym Skibitskyi", "Ukraine"),
        ("Vitaliy Kim", "Vitaliy Kim", "Ukraine"),
        ("Strelkov", "Igor Girkin", "Russia"),
        ("Collin Cole", "Colin Kahl", "United States"),
        ("Mike Turner", "Michael R. Turner", "United States"),
        ("Boris Johnson", "Boris Johnson", "United Kingdom"),
        ("von der Leyen", "Ursula von der Leyen", "European Union"),
        ("Erdogan", "Recep Tayyip Erdoğan", "Turkey"),
        ("Ukraine's presidency", "Office of the President of Ukraine", "Ukraine"),
        ("Ukrainian prosecutor general's office", "Prosecutor General's Office of Ukraine", "Ukraine"),
        ("Ukrainian MFA", "Ukrainian Foreign Ministry", "Ukraine"),
        ("UN nuclear watchdog", "IAEA", "United Nations"),
        ("WHO", "World Health Organization", "United Nations"),
        ("Radio Liberty", "RFE/RL", "United States"),
        ("DW", "Deutsche Welle", "Germany"),
        ("Wagner", "Wagner Group", "Wagner Group"),
        ("the Kremlin", "Kremlin", "Russia"),
        ("the U.S. Treasury", "US Department of the Treasury", "United States"),
    ],
)
def test_actor_lookups(alias: str, name: str | None, affiliation: str | None) -> None:
    actor = actor_lexicon().lookup(alias)
    if name is None:
        assert actor is None
    else:
        assert actor is not None and (actor.name, actor.affiliation) == (name, affiliation)


@pytest.mark.parametrize("word", ["who", "Kim", "Johnson", "Miller", "Price", "Turk", "Michel", "Cameron"])
def test_ambiguous_words_are_not_actor_aliases(word: str) -> None:
    assert actor_lexicon().lookup(word) is None


def test_the_gazetteer_is_looked_up_once_per_pinned_block(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "extra.toml"
    extra.write_text(
        '[[place]]\nname = "Testville"\nkind = "town"\ncountry = "Ukraine"\nparent = "Ukraine"\n', encoding="utf-8"
    )
    with gazetteer_module.pinned_environment():
        packaged = load_gazetteer()
        monkeypatch.setenv("CLAIMTRACK_PLACES", str(extra))
        assert load_gazetteer() is packaged  # the variable as it was when the block began
        assert packaged.lookup("Testville") is None
    assert load_gazetteer().lookup("Testville") is not None  # outside it, the variable as set now
    with gazetteer_module.pinned_environment():
        assert load_gazetteer().lookup("Testville") is not None  # a new block reads it again
