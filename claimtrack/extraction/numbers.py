"""Read the value of a number as written: digits with separators, decimals with scale words, word numbers."""

from __future__ import annotations

import re
from typing import Final

UNITS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
SCALES: Final = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SCALE_ABBREVIATIONS: Final = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000}
# "a dozen" is twelve; "a hundred" one hundred; "a couple of" two.
ARTICLE_NUMBERS: Final = {
    "half a million": 500_000,
    "half a billion": 500_000_000,
    "half a dozen": 6,
    "a dozen": 12,
    "a hundred": 100,
    "a thousand": 1_000,
    "a million": 1_000_000,
    "a couple of": 2,
}  # noqa: E501

# a fraction of a scale word: "a quarter of a million", "three quarters of a million", "one and a half million",
# "a million and a half"; the fraction words and their values
FRACTIONS: Final = {
    "half": 1 / 2,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 1 / 4,
    "quarters": 1 / 4,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
    "tenth": 1 / 10,
    "tenths": 1 / 10,
}
_SCALE_WORD: Final = r"(?:thousand|million|billion)"
_SMALL_WORD: Final = r"(?:" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")"
FRACTION_OF_SCALE: Final = (
    rf"(?:a|one|two|three|four)[\s-](?:half|thirds?|quarters?|fifths?|tenths?)\sof\sa\s{_SCALE_WORD}"
    rf"|(?:{_SMALL_WORD})\sand\sa\shalf\s{_SCALE_WORD}|a\s{_SCALE_WORD}\sand\sa\shalf"
)
_FRACTION_RE: Final = re.compile(
    rf"(?:(?P<num>a|{_SMALL_WORD})[\s-](?P<frac>{'|'.join(FRACTIONS)})\sof\sa\s(?P<scale>{_SCALE_WORD})"
    rf"|(?P<whole>a|{_SMALL_WORD})\s(?:and\sa\shalf\s(?P<scale2>{_SCALE_WORD})|(?P<scale3>{_SCALE_WORD})\sand\sa\shalf))$"
)

WORD_NUMBER: Final = (
    r"(?:(?:"
    + "|".join(sorted(TENS, key=len, reverse=True))
    + r")(?:[\s-](?:"
    + "|".join(sorted(UNITS, key=len, reverse=True))
    + r"))?|"
    + "|".join(sorted(UNITS, key=len, reverse=True))
    + ")"
)
# e.g. "five thousand", "twenty-five", "two hundred and fifty thousand", "a dozen"
WORD_NUMBER_PHRASE: Final = (
    r"(?:" + WORD_NUMBER + r"|a)(?:[\s-](?:and\s)?(?:" + WORD_NUMBER + r"|hundred|thousand|million|billion))*"
    r"(?:\sdozen)?|a dozen|half a dozen|a couple of"
)
# thousands grouped by commas ("720,000") or, in European and translated copy, by a space ("720 000", also the
# no-break and narrow no-break spaces); a space-grouped number is not read out of a longer run of digits
_GROUP_SPACES: Final = " \u00a0\u202f"
DIGITS: Final = (
    rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|(?<![\d,.])\d{{1,3}}(?:[{_GROUP_SPACES}]\d{{3}})+(?![\d,.]?\d)|"
    r"\d+(?:\.\d+)?"
)
SCALE: Final = r"(?:\s?(?:hundred|thousand|million|billion)\b|(?:k|m|mn|mln|bn)\b)"
# translated Polish and Ukrainian copy spells a count out by its scales: "1 million 330 thousand people",
# "2 billion 400 million"; matched right after the leading digits, before SCALE is tried
COMPOUND_SCALE: Final = r"(?:\s(?:billion\s\d{1,3}\smillion|million\s\d{1,3}\sthousand)\b)"
_COMPOUND_RE: Final = re.compile(r"(\d{1,3})\s(billion|million)\s(\d{1,3})\s(million|thousand)\b")
# the patterns `parse_digits`, `parse_words` and `parse_number` read, compiled once: through the functions of `re` each
# call built the pattern's string and looked it up in the module's cache through the interpreter (~3K instructions)
_DIGITS_AND_SCALE: Final = re.compile(r"\s*(" + DIGITS + r")\s*([a-z]+)?")
_GROUP_SEPARATORS: Final = re.compile(f"[,{_GROUP_SPACES}]")
_WORD_SEPARATORS: Final = re.compile(r"[\s-]+")
_OPENS_WITH_A_DIGIT: Final = re.compile(r"\s*\d")


def parse_digits(raw: str) -> float:
    """'3,000' -> 3000; '1.5 million' -> 1_500_000; '10k' -> 10000; '1 million 330 thousand' -> 1_330_000."""
    compound = _COMPOUND_RE.match(raw.strip().lower())
    if compound and SCALES[compound.group(2)] == 1_000 * SCALES[compound.group(4)]:
        head, tail = int(compound.group(1)), int(compound.group(3))
        return float(head * SCALES[compound.group(2)] + tail * SCALES[compound.group(4)])
    m = _DIGITS_AND_SCALE.match(raw.lower())
    if not m:
        raise ValueError(f"not a number: {raw!r}")
    value = float(_GROUP_SEPARATORS.sub("", m.group(1)))
    scale = m.group(2)
    if scale in SCALES:
        value *= SCALES[scale]
    elif scale in SCALE_ABBREVIATIONS:
        value *= SCALE_ABBREVIATIONS[scale]
    return value


def parse_fraction(text: str) -> float | None:
    """'a quarter of a million' -> 250000; 'one and a half million' -> 1500000; None if it is no such phrase."""
    m = _FRACTION_RE.match(" ".join(text.lower().split()))
    if m is None:
        return None
    if m.group("frac"):
        count = 1 if m.group("num") == "a" else UNITS[m.group("num")]
        return float(round(count * FRACTIONS[m.group("frac")] * SCALES[m.group("scale")]))
    whole = 1 if m.group("whole") == "a" else UNITS[m.group("whole")]
    return float((whole + 0.5) * SCALES[m.group("scale2") or m.group("scale3")])


def parse_words(raw: str) -> float | None:
    """'five thousand' -> 5000; 'twenty-five' -> 25; 'a dozen' -> 12; None if it is not a number."""
    text = raw.lower().strip()
    if text in ARTICLE_NUMBERS:
        return float(ARTICLE_NUMBERS[text])
    fraction = parse_fraction(text) if " a" in text else None
    if fraction is not None:
        return fraction
    words = [w for w in _WORD_SEPARATORS.split(text) if w and w != "and"]
    if not words:
        return None
    total, current, seen = 0, 0, False
    for i, word in enumerate(words):
        if word == "a" and i == 0:
            current, seen = 1, True
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word in ("hundred", "dozen"):  # "three dozen" is 36
            current = max(current, 1) * (100 if word == "hundred" else 12)
            seen = True
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
            seen = True
        else:
            return None
    return float(total + current) if seen else None


def parse_number(raw: str) -> float | None:
    """The value of a numeral or a word number, or None."""
    if _OPENS_WITH_A_DIGIT.match(raw):
        try:
            return parse_digits(raw)
        except ValueError:
            return None
    return parse_words(raw)
