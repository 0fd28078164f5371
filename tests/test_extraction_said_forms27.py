"""Forms of attributed statements found on real articles never read before (issue #3, stop 27, rules27c): a verb
of saying after a catenative verb ("continues to maintain that"), plural role nouns as unnamed speakers ("the
senators said"), a document a body adopted speaking for it ("the resolution reads", "according to the document",
'"...," reads the statement by X'), and a lead in the present perfect dated on the publication day. Sentences and
names written for these tests."""

from __future__ import annotations

import datetime as dt

from claimtrack.extraction import extract_claims
from claimtrack.extraction.actors import resolve_actor
from claimtrack.extraction.attribution import sentence_subject
from claimtrack.extraction.said_forms import adopted_document, catenative_before, lead_index, present_perfect_lead

DAY = dt.date(2024, 5, 1)


def _said(text: str) -> list[tuple[str | None, str | None]]:
    """(actor, claim date) of every claim read from `text`."""
    return [
        (c.actor.name if c.actor else None, c.claim_date.iso() if c.claim_date else None)
        for c in extract_claims(text, DAY)
    ]


# --- a verb of saying after a catenative verb ---------------------------------------------------------------------


def test_continues_to_maintain_that_is_said_by_the_subject() -> None:
    text = "Premier Orla Vendt continues to maintain that a full withdrawal from the valley is the only outcome."
    assert [a for a, _ in _said(text)] == ["Orla Vendt"]


def test_felt_compelled_to_warn_is_said_by_the_subject() -> None:
    text = "The Norvian ambassador felt compelled to warn the chancellor that the allies saw Norvia as unreliable."
    assert len(_said(text)) == 1
    assert "ambassador" in (_said(text)[0][0] or "")


def test_went_on_to_say_is_no_present_tense() -> None:
    """'went on to say' is past: it takes no publication date the way 'says' does."""
    text = "Minister Tarek Olund went on to say that the border posts would reopen."
    assert _said(text) == [("Tarek Olund", None)]


def test_a_catenative_verb_without_a_verb_of_saying_says_nothing() -> None:
    """Near misses: "continues to fight", "plans to say" (not said yet), "wants to warn"."""
    assert _said("Commander Idris Pell continues to fight for the rebels in the northern hills.") == []
    assert _said("Commander Idris Pell plans to say that the rebels would attack the depot.") == []
    assert _said("The mayor wants to warn residents that the rebels would attack the depot.") == []


def test_catenative_before_reads_only_the_words_right_before_the_verb() -> None:
    sentence = "Pell continues to insist that the depot held."
    assert catenative_before(sentence, sentence.index("insist")) is not None
    plain = "Pell was asked to insist that the depot held."
    assert catenative_before(plain, plain.index("insist")) is None


# --- plural role nouns as unnamed speakers ------------------------------------------------------------------------


def test_senators_and_ministers_speak_as_groups() -> None:
    assert resolve_actor("the senators") is not None
    polish = resolve_actor("Polish senators")
    assert polish is not None and polish.affiliation == "Poland"
    text = '"The troops must leave the border area at once," the senators said.'
    assert [a for a, _ in _said(text)] == ["senators"]
    assert [a for a, _ in _said("EU finance ministers said the price cap would lower fuel costs.")] == [
        "EU finance ministers"
    ]


def test_a_senator_named_is_still_a_person() -> None:
    """Near miss: a titled name is a person, not the unnamed group."""
    speakers = _said('"The troops must leave," Senator Ilka Marsh said.')
    assert speakers and speakers[0][0] == "Ilka Marsh"


# --- a document a body adopted speaks for it ------------------------------------------------------------------------

_RESOLUTION = (
    "The upper chamber of the Norvian parliament, the Senate, has passed a resolution in support of Dravia.\n\n"
    "According to the resolution, a free Dravia guarantees the security of Norvia.\n\n"
    '"Today, Dravia faces a grave danger. Our authorities must support our neighbour," the resolution reads.\n\n'
    "According to the document, Ostland has massed a large army on the Dravian border."
)


def test_a_resolution_speaks_for_the_body_that_passed_it() -> None:
    speakers = {a for a, _ in _said(_RESOLUTION)}
    assert len(speakers) == 1
    assert "Norvian parliament" in speakers.pop()
    assert len(_said(_RESOLUTION)) == 4


def test_an_unadopted_resolution_names_no_one() -> None:
    """Near miss: "the resolution reads" with no body named as adopting it has no speaker."""
    text = 'Debate went on for hours.\n\n"Dravia faces a grave danger," the resolution reads.'
    assert _said(text) == []


def test_reads_the_statement_by_a_named_author() -> None:
    text = (
        '"Norvia stands with Dravia. There can be no impunity for the crimes committed in Velka," reads the statement '
        "by Anna Morel, minister for foreign affairs of Norvia."
    )
    assert {a for a, _ in _said(text)} == {"Anna Morel"}


def test_reads_without_quoted_words_is_no_statement() -> None:
    """Near miss: someone reading a statement out says nothing of their own here."""
    assert _said("She reads the statement by the minister every morning at the station.") == []


def test_adopted_document_finds_the_verb_of_adoption() -> None:
    sentence = "The Senate has unanimously adopted a resolution on the border."
    assert adopted_document(sentence) == (sentence.index(" has"), sentence.index("adopted"))
    assert adopted_document("The Senate has adopted a budget for the border guards.") is None


# --- a lead in the present perfect ------------------------------------------------------------------------------


def test_a_present_perfect_lead_is_dated_on_the_publication_day() -> None:
    text = (
        "Norvian President Ilse Varga has told the Dravian parliament that her country will send more aid.\n\n"
        '"We will not leave you alone," Varga said.'
    )
    assert _said(text) == [("Ilse Varga", "2024-05-01"), ("Ilse Varga", "2024-05-01")]


def test_a_present_perfect_past_the_lead_stays_undated() -> None:
    """Near miss: "has repeatedly warned" deep in a story may be any time before it."""
    text = (
        "Floods hit the whole of the valley and its villages on the weekend.\n\nRoads were closed for hours.\n\n"
        "Governor Ilse Varga has warned that the dams are too old."
    )
    assert _said(text) == [("Ilse Varga", None)]
    sentence = "Governor Ilse Varga has repeatedly warned that the dams are too old."
    assert not present_perfect_lead(sentence, 0, sentence.index("warned"))


# --- "X reminded ... that", "X is convinced (that)" ------------------------------------------------------------


def test_reminded_that_is_a_statement_dated_by_its_own_day() -> None:
    text = (
        "The Norvian Council reminded in a communication on Monday that the levies were first imposed in 2019.\n\n"
        'The Norvian Council again stressed that "it condemns the blockade of the straits."'
    )
    assert _said(text) == [("Norvian Council", "2024-04-29"), ("Norvian Council", "2024-04-29")]


def test_reminded_of_something_says_nothing() -> None:
    """Near miss: "reminded residents of the curfew" reports no words."""
    assert _said("The mayor reminded residents of the curfew in the old town.") == []


def test_is_convinced_states_the_holders_view() -> None:
    assert _said("Minister Ola Brandt is firmly convinced that the dam will hold.") == [("Ola Brandt", None)]
    text = "Director Pavo Lind is convinced Ostland will cut the power supply if he thinks it pays."
    assert [a for a, _ in _said(text)] == ["Pavo Lind"]


def test_confident_in_or_convinced_by_states_no_view() -> None:
    """Near misses: "confident in the army", "was convinced by the engineers"."""
    assert _said("Minister Ola Brandt is confident in the army and its officers.") == []
    assert _said("Minister Ola Brandt was convinced by the engineers at the dam.") == []


# --- speaker phrases: a long fronted clause, name particles, an unclosed or time-bound appositive ---------------


def test_the_subject_follows_a_long_fronted_clause_and_keeps_its_name_particles() -> None:
    sentence = (
        "With Ostland now looking to cut the power supplies in its struggle to weaken support for Dravia, Commission "
        "President Ilse van der Berg has rolled out an emergency plan."
    )
    assert sentence_subject(sentence) == "Commission President Ilse van der Berg"


def test_a_lowercase_word_after_a_name_is_no_particle_unless_a_name_follows() -> None:
    """Near miss: "de facto" after a name is no part of it."""
    assert sentence_subject("Troops of the Kessel Brigade de facto control the city.") == "Troops of the Kessel Brigade"


def test_an_appositive_with_a_bare_role_not_closed_by_a_comma() -> None:
    text = (
        '"Not now, but after the war we will invite visitors," Lena Orvik, head of the state agency for tourism in '
        "Dravia told reporters."
    )
    assert [a for a, _ in _said(text)] == ["Lena Orvik"]


def test_a_role_held_then_is_an_appositive() -> None:
    text = 'But as Gen. Tor Halvard, then chief of the general staff, told me, "it will end at a negotiating table."'
    assert [a for a, _ in _said(text)] == ["Tor Halvard"]


def test_then_before_a_participle_opens_no_appositive() -> None:
    """Near miss: "then stationed in the north" says where the troops were, not who speaks."""
    assert _said("The troops, then stationed in the north, said the bridge was gone.") == []


# --- the lead: the first sentence of prose, after a title and page furniture -------------------------------------


def test_the_lead_is_the_first_sentence_of_prose() -> None:
    texts = ["NORVIA TODAY | Army | 2 May 2024, 09:30", "Losses as of May 2: another 40", "The staff has updated it."]
    assert lead_index(texts) == 0  # no sentence of prose among them
    texts[2] = "The General Staff of Norvia has updated the data on the losses of the Ostland army."
    assert lead_index(texts) == 2


def test_a_body_releasing_its_figures_in_the_lead_dates_its_list() -> None:
    text = (
        "NORVIA DEFENCE NEWS | Army | 1 May 2024, 09:30\n\n"
        "The General Staff of the Norvian Army has updated the data on the losses of the Ostland army.\n\n"
        "Total losses of the enemy, according to the General Staff:\n\n"
        "tanks - 1,204 (+6)\n"
    )
    assert set(_said(text)) == {("General Staff", "2024-05-01")}


def test_a_present_perfect_after_the_lead_is_background() -> None:
    """Near miss: the lead is one sentence; "Ostland has insisted ..." after it says what was said before."""
    text = (
        "The Norvian bank has deleted the word war from the reports written by its own analysts.\n\n"
        "Ostland has insisted the invasion of its neighbour is a special operation carried out in self-defence."
    )
    assert _said(text) == [("Ostland", None)]


# --- "This is stated in the resolution ... adopted by X": the sentence before is X's ---------------------------


def test_this_is_stated_in_a_resolution_adopted_by_a_body() -> None:
    text = (
        "The leaders who waged the war against Dravia should be tried by a special international tribunal.\n\n"
        'This is stated in the resolution entitled "Legal aspects of the aggression" adopted by the Northern '
        "Council of Nations with 98 votes for and 2 abstentions, a correspondent reports."
    )
    claims = extract_claims(text, DAY)
    assert [c.actor.name if c.actor else None for c in claims] == ["Northern Council of Nations"] * 2
    assert "tribunal" in claims[0].evidence.sentence


def test_this_is_stated_without_an_adopting_body_points_back_to_no_one() -> None:
    """Near miss: a resolution nobody is said to have adopted gives the sentence before no speaker."""
    text = (
        "The leaders who waged the war against Dravia should be tried by a special international tribunal.\n\n"
        "This is stated in the draft resolution that is still being discussed."
    )
    assert _said(text) == []


# --- a noun of saying owned by its speaker: "X's point that ..." ------------------------------------------------


def test_a_possessed_noun_of_saying_with_its_clause_is_the_owners_statement() -> None:
    text = "Lena Orvik's point that a compromise by all sides is the only way out certainly holds true."
    assert [a for a, _ in _said(text)] == ["Lena Orvik"]
    text = "Tor Halvard's last-minute suggestion that even he saw the need for aid will worry the rebels."
    assert [a for a, _ in _said(text)] == ["Tor Halvard"]


def test_a_noun_of_saying_without_an_owner_or_a_clause_is_no_statement() -> None:
    """Near misses: "Orvik's point was clear" (no clause of what was said), "made the point that" (no owner)."""
    assert _said("Lena Orvik's point was clear to everyone in the crowded hall.") == []
    assert _said("The report made the point that the dam could fail.") == []
