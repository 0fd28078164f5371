"""Counts of nouns outside the count vocabulary, read by the form of the noun phrase after the number.

In a sentence with a claimant, "damaged 31 canals", "registered 46 violations of the state border" or "1,361
western companies" count their noun even when units.toml does not know it: a lowercase plural noun, after at
most two modifiers, with an optional short "of"-phrase. What a number measures rather than counts (a time, a
distance, a weight, money, a share, a score) and the furniture of a web page are no such noun (the exclusions
below are data). `quantities.find_counts(..., open_nouns=True)` reads them; `subjects.subject_of` keeps one
only when something befell what it counts or when it is no handful (`OPEN_CATEGORY`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from claimtrack.extraction.lexicons import CountedGroup

OPEN_CATEGORY: Final = "open"  # the category of a count whose noun is outside the vocabulary
OPEN_KIND: Final = "other"  # its claim kind when no status cue gives one

# What a number measures, not counts: times, distances, areas, weights, volumes, energy, money, shares, scores,
# ages and votes ("20 years", "300 kilometres", "2 million tonnes", "5 percentage points", "76 million votes").
MEASURE_NOUNS: Final = frozenset(
    """
    years months weeks days hours minutes seconds decades centuries nights mornings evenings weekends
    kms kilometres kilometers metres meters miles feet inches yards centimetres centimeters millimetres millimeters
    hectares acres tonnes tons kilograms kilos grams pounds ounces litres liters gallons barrels cubic
    watts kilowatts megawatts gigawatts volts calories bytes knots
    dollars euros hryvnias rubles roubles francs zlotys rupees shekels cents kopecks dinars riyals dirhams pesos
    krones kroner kronor liras
    percent points degrees times votes
    """.split()
)
# The furniture of a web page around an article ("12 comments", "5 photos", "3 min read", "2.5 million followers").
PAGE_NOUNS: Final = frozenset(
    """
    comments photos pictures images videos shares views likes reads replies retweets reposts followers
    pages slides chapters paragraphs words characters clicks hits
    """.split()
)
# Words ending in -s that are no plural noun: function words, and verbs whose subject a number may end
# ("Nord Stream 2 remains", "the 30 says"). A plural ending in -ss, -us or -is is no plural either (`_plural`).
NOT_PLURALS: Final = frozenset(
    """
    was has does goes this its his hers ours yours theirs thus plus less unless across always perhaps besides
    whereas towards afterwards sometimes nevertheless regardless nowadays
    says remains means seems includes shows stands comes makes takes gives gets puts continues becomes looks
    appears needs wants lies sits runs holds keeps leaves brings tells calls adds notes claims states reports
    """.split()
)
# Words that end the modifiers before a noun: a word of these is no adjective or compound noun of it.
_NOT_MODIFIERS: Final = frozenset(
    """
    of in on at to from by with for and or but nor than as that which who whom whose where when while if
    is are was were be been being have has had will would could should may might must can do does did not no
    it its he she they we i you their his her our my your them this these those there here per each a an the
    some any all more most other another such only just about around nearly almost over under up down out off
    also still even then now so very too than according said says told
    since until after before during between against into through across near because despite without within
    including among amid like unlike toward towards behind beyond outside inside upon via
    one two three four five six seven eight nine ten hundred thousand million billion dozen
    """.split()
)
_WORD_AFTER: Final = re.compile(r"[ \t]+([A-Za-z][A-Za-z'’-]*)")
_OF_OPENING: Final = re.compile(r"[ \t]+of(?:[ \t]+the)?(?=[ \t])")
_OF_REACH: Final = 3  # the most words of an "of"-phrase kept in a label ("of the state border")


def _plural(word: str) -> bool:
    """Whether a word has the form of a lowercase plural noun: "canals", "violations", "companies"."""
    return (
        len(word) >= 4
        and word.islower()
        and word.isalpha()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in NOT_PLURALS
    )


def _modifier(word: str) -> bool:
    """Whether a word may qualify the noun after it: an adjective or a noun of a compound ("combat", "western",
    "African"), no function word, number word or measure."""
    low = word.lower()
    return low not in _NOT_MODIFIERS and low not in MEASURE_NOUNS and "'" not in word and "’" not in word


def _of_phrase_end(sentence: str, pos: int) -> int | None:
    """Where the "of"-phrase after a noun ends ("violations of the state border"): at most `_OF_REACH` words that
    may qualify a noun after "of" and an optional "the", up to the first word that may not; None when there is
    no such phrase."""
    opening = _OF_OPENING.match(sentence, pos)
    if opening is None:
        return None
    end, at = None, opening.end()
    for _ in range(_OF_REACH):
        m = _WORD_AFTER.match(sentence, at)
        if m is None or not _modifier(m.group(1)) or m.group(1).lower() in MEASURE_NOUNS:
            break
        end = at = m.end()
    return end


def open_noun_after(sentence: str, pos: int) -> tuple[str, str, str, int] | None:
    """The noun phrase of an open count after the number ending at `pos`: (noun, modifiers as written, label,
    end of the phrase), or None when the words there are no plain plural noun phrase or name a measure.

    "31 canals" gives ("canals", "", "canals", ...); "39 combat missions" ("missions", "combat", "combat
    missions", ...); "46 violations of the state border" ("violations", "", "violations of the state border",
    ...). Capitalised modifiers ("African") stay out of the label: the side of a count is read apart."""
    mods: list[str] = []
    at = pos
    for _ in range(3):
        m = _WORD_AFTER.match(sentence, at)
        if m is None:
            return None
        word = m.group(1)
        at = m.end()
        if _plural(word):
            if word in MEASURE_NOUNS or word in PAGE_NOUNS or any(w.lower() in MEASURE_NOUNS for w in mods):
                return None
            label_words = [w for w in mods if w.islower()] + [word]
            end = at
            of_end = _of_phrase_end(sentence, at)
            if of_end is not None:
                label_words.append(sentence[at:of_end].strip())
                end = of_end
            return word, " ".join(mods), " ".join(" ".join(label_words).split()), end
        if not _modifier(word):
            return None
        mods.append(word)
    return None


@lru_cache(maxsize=256)
def open_group(label: str) -> CountedGroup:
    """The counted group of an open noun phrase: its own label, no cue needed to be read."""
    return CountedGroup(noun=label, category=OPEN_CATEGORY, kind=OPEN_KIND, label=label)
