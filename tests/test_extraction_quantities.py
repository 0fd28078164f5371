"""Extraction rules: finding counts in a sentence (`quantities.find_counts`)."""

from __future__ import annotations

import pytest

from claimtrack.extraction.count_phrases import CountMention
from claimtrack.extraction.quantities import find_counts


def only_count(sentence: str) -> CountMention:
    counts = find_counts(sentence)
    assert len(counts) == 1, [c.raw for c in counts]
    return counts[0]


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("The ministry said 3,000 soldiers had arrived.", 3_000, 3_000),
        ("Around 100,000 troops are massed at the border.", 100_000, 100_000),
        ("The army mobilised 1.5 million reservists.", 1_500_000, 1_500_000),
        ("He said five thousand soldiers had gone.", 5_000, 5_000),
        ("Only twenty-five soldiers returned.", 25, 25),
        ("A dozen soldiers surrendered at dawn.", 12, 12),
        ("They said nearly two thousand troops crossed.", None, 2_000),
    ],
)
def test_digits_separators_and_word_numbers(sentence: str, low, high) -> None:
    count = only_count(sentence)
    assert (count.low, count.high) == (low, high)
    assert not count.vague


@pytest.mark.parametrize(
    ("sentence", "qualifier", "low", "high"),
    [
        ("At least 3,000 soldiers were sent.", "at least", 3_000, None),
        ("More than 3,000 soldiers were sent.", "more than", 3_000, None),
        ("Over 3,000 soldiers were sent.", "over", 3_000, None),
        ("Up to 3,000 soldiers were sent.", "up to", None, 3_000),
        ("As many as 3,000 soldiers were sent.", "as many as", None, 3_000),
        ("Nearly 3,000 soldiers were sent.", "nearly", None, 3_000),
        ("About 3,000 soldiers were sent.", "about", 3_000, 3_000),
        ("Roughly 3,000 soldiers were sent.", "roughly", 3_000, 3_000),
        ("Some 3,000 soldiers were sent.", "some", 3_000, 3_000),
        ("Officials counted 3,000 or more soldiers.", "or more", 3_000, None),
    ],
)
def test_qualifier_sets_bounds(sentence: str, qualifier: str, low, high) -> None:
    count = only_count(sentence)
    assert count.qualifier == qualifier
    assert (count.low, count.high) == (low, high)


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Officials said 11,000-12,000 troops had been deployed.", 11_000, 12_000),
        ("Officials said 3,000–4,000 troops had been deployed.", 3_000, 4_000),
        ("Officials said between 10,000 and 12,000 troops had been deployed.", 10_000, 12_000),
        ("Officials said 2,600 to 3,000 troops had been deployed.", 2_600, 3_000),
        ("Officials said 70 to 80,000 troops had been deployed.", 70_000, 80_000),
    ],
)
def test_ranges(sentence: str, low: float, high: float) -> None:
    count = only_count(sentence)
    assert (count.low, count.high) == (low, high)
    assert count.qualifier == "between"


def test_multiplier_formation_of_up_to_n_each() -> None:
    count = only_count("Two brigades of up to 6,000 personnel each are in training.")
    assert count.multiplier == 2
    assert (count.low, count.high) == (None, 12_000)
    assert count.raw.lower().startswith("two brigades")


def test_multiplier_after_a_speech_verb() -> None:
    counts = find_counts("Officials said two brigades of up to 6,000 personnel each were training.")
    assert [(c.multiplier, c.low, c.high) for c in counts] == [(2, None, 12_000)]


def test_composite_killed_and_wounded_gives_two_counts() -> None:
    counts = find_counts("The strike left 100 killed and 1,000 wounded.")
    assert [(c.low, c.group.category) for c in counts] == [(100, "casualties"), (1_000, "casualties")]


def test_killed_or_wounded_is_one_casualties_count() -> None:
    count = only_count("The battalion had 1,000 killed or wounded.")
    assert (count.low, count.high) == (1_000, 1_000)
    assert count.group.category == "casualties"


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("Thousands of troops have massed near the border.", "thousands"),
        ("Tens of thousands of troops have massed near the border.", "tens of thousands"),
        ("Several hundred soldiers have massed near the border.", "several hundred"),
        ("Dozens of soldiers have massed near the border.", "dozens"),
    ],
)
def test_vague_amounts_have_no_bounds(sentence: str, qualifier: str) -> None:
    count = only_count(sentence)
    assert count.vague
    assert count.qualifier == qualifier
    assert (count.low, count.high) == (None, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2023 troops moved closer to the front.",
        "Since 2014 troops have held the line.",
        "The package is worth $3 million in equipment for soldiers.",
        "A €50 million fund was set up for soldiers.",
        "Up to 20 percent of soldiers were sick.",
        "The unit lost 40% of its soldiers.",
        "A 20-year-old soldier was detained.",
        "Troops advanced 50 km toward the city.",
        "Soldiers marched 1,000 km of road.",
        "On Oct. 23 troops crossed into the region.",
        "The T-72 tanks were hit by drones.",
        "The F-16 jets arrived in Romania.",
        "The 47th Mechanized Brigade held the town.",
        "3 min read",
    ],
)
def test_not_counts(sentence: str) -> None:
    assert find_counts(sentence) == []


def test_model_name_after_a_real_number_is_a_count_of_that_number() -> None:
    count = only_count("Russia lost 200 T-72 tanks in the offensive.")
    assert (count.low, count.high) == (200, 200)
    assert count.unit == "tanks"


def test_day_month_date_is_not_a_count() -> None:
    assert find_counts("On 23 October troops crossed into the region.") == []


def test_clock_time_is_not_a_count() -> None:
    assert find_counts("At 10:30 soldiers crossed the border.") == []


def test_half_a_million() -> None:
    count = only_count("Moscow has mobilised half a million soldiers.")
    assert (count.low, count.high) == (500_000, 500_000)


def test_coordinated_counts_share_the_noun() -> None:
    counts = find_counts("The front holds 7,000 North Korean and 3,000 Russian soldiers.")
    assert [(c.low, c.unit, c.modifiers) for c in counts] == [
        (7_000, "soldiers", "North Korean"),
        (3_000, "soldiers", "Russian"),
    ]


def test_coordination_with_a_lowercase_word_is_not_a_shared_noun() -> None:
    counts = find_counts("He counted 40 in total and 300 soldiers later.")
    assert [c.low for c in counts] == [300]


def test_modifiers_and_offsets() -> None:
    sentence = "Seoul said 1,500 North Korean soldiers were sent."
    count = only_count(sentence)
    assert count.modifiers == "North Korean"
    assert count.unit == "soldiers"
    counts = find_counts(sentence, offset=100)
    assert sentence[counts[0].start - 100 : counts[0].end - 100] == count.raw == "1,500 North Korean soldiers"


def test_strong_force() -> None:
    count = only_count("A 5,000-strong force crossed the river.")
    assert (count.low, count.high) == (5_000, 5_000)


def test_cases_of_count_the_people_in_them() -> None:
    count = only_count("Monitors recorded 52 cases of prisoners being beaten.")
    assert (count.low, count.unit) == (52, "prisoners")


def test_compound_noun_takes_its_head() -> None:
    counts = find_counts("The base holds two battalions and one special forces detachment.")
    assert [(c.low, c.unit) for c in counts] == [(2, "battalions"), (1, "detachment")]


def test_this_number_takes_the_noun_of_the_earlier_count() -> None:
    counts = find_counts("Some 90,000 soldiers serve there now, and this number could rise to 120,000 by spring.")
    assert [(c.low, c.high, c.unit) for c in counts] == [(90_000, 90_000, "soldiers"), (120_000, 120_000, "soldiers")]


def test_this_number_without_an_earlier_count_is_nothing() -> None:
    assert find_counts("Officials fear this number could rise to 120,000 by spring.") == []


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("The number of prisoners held in the camp could reach 4,000.", None, 4_000),
        ("The number of refugees rose by 12%, or 1.2 million people, to reach 9.4 million.", 9_400_000, 9_400_000),
    ],
)
def test_number_of_noun_then_value(sentence: str, low, high) -> None:
    count = next(c for c in find_counts(sentence) if c.raw.startswith("number of"))
    assert (count.low, count.high) == (low, high)


def test_cases_of_what_was_done_count_the_people() -> None:
    count = only_count("The mission recorded 41 cases of enforced disappearance in the region.")
    assert (count.low, count.unit) == (41, "cases")


def test_cases_of_something_else_are_not_counts() -> None:
    assert find_counts("Doctors saw 300 cases of cholera last month.") == []


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("More than two million have been internally displaced.", "displaced people"),
        ("At least 40 were killed in the strike.", "killed"),
        ("Some 300 had been detained by Friday.", "detained"),
    ],
)
def test_number_with_a_passive_participle_counts_those_it_happened_to(sentence: str, unit: str) -> None:
    assert only_count(sentence).unit == unit


@pytest.mark.parametrize(
    ("sentence", "low", "modifiers"),
    [
        ("Three aid convoy drivers had already been killed by then.", 3, "aid convoy drivers"),
        ("Some 40 village elders were reportedly detained.", 40, "village elders"),
    ],
)
def test_words_the_lexicon_lacks_before_a_passive_say_who_it_happened_to(
    sentence: str, low: int, modifiers: str
) -> None:
    count = only_count(sentence)
    assert (count.low, count.modifiers) == (low, modifiers)


def test_a_measure_before_a_passive_is_not_a_count() -> None:
    assert find_counts("Eight days were lost and 3 hours were wasted.") == []


def test_number_with_another_participle_is_not_a_count() -> None:
    assert find_counts("About 40 were built last year.") == []


@pytest.mark.parametrize(
    ("sentence", "low", "unit"),
    [
        ("Berlin agreed to send 14 Leopard 2 tanks.", 14, "tanks"),
        ("London sent 14 Challenger 2 tanks.", 14, "tanks"),
        ("The unit lost 2 tanks.", 2, "tanks"),
    ],
)
def test_a_short_number_after_a_name_belongs_to_the_model(sentence: str, low: int, unit: str) -> None:
    (count,) = find_counts(sentence)
    assert (count.low, count.unit) == (low, unit)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("They were given 5,000 helmets.", "helmets"),
        ("It ordered 100,000 bulletproof vests.", "bulletproof vests"),
        ("Officials recorded 76 explosions overnight.", "explosions"),
        ("The army carried out 40 airstrikes.", "airstrikes"),
    ],
)
def test_protective_gear_and_attacks_are_counted(sentence: str, unit: str) -> None:
    (count,) = find_counts(sentence)
    assert count.unit == unit


def test_a_quoted_name_can_stand_between_number_and_noun() -> None:
    (count,) = find_counts('It sends 160 protected mobility "Husky" vehicles.')
    assert (count.low, count.unit) == (160, "vehicles")


@pytest.mark.parametrize(
    ("sentence", "low", "high", "label"),
    [
        ("The death toll from the strike on the market has risen to 23.", 23, 23, "killed"),
        ("Officials put the death toll at 12.", 12, 12, "killed"),
        ("The death toll has passed 100.", 100, None, "killed"),
        ("The casualty toll in the battle is estimated at about 3,000.", 3000, 3000, "casualties"),
        ("The number of dead had climbed to 30 by the evening.", 30, 30, "killed"),
    ],
)
def test_a_toll_or_number_of_the_dead_names_what_the_number_counts(sentence: str, low, high, label: str) -> None:
    count = only_count(sentence)
    assert (count.low, count.high, count.group.label) == (low, high, label)


@pytest.mark.parametrize(
    "sentence",
    [
        "The death toll rose sharply in 2022.",
        "The death toll was updated at 10 a.m. local time.",
        "The death toll rose by 15 percent in a week.",
        "The death toll rose to 12 percent of the population.",
    ],
)
def test_a_toll_with_a_year_a_time_or_a_share_is_no_count(sentence: str) -> None:
    assert find_counts(sentence) == []


@pytest.mark.parametrize(
    "noun", ["inhabitants", "foreigners", "victims", "migrants", "passengers", "chaplains", "staff"]
)
def test_more_groups_of_people_are_counted(noun: str) -> None:
    count = only_count(f"About 2,500 {noun} were evacuated.")
    assert (count.low, count.unit, count.group.category) == (2500, noun, "people")


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit"),
    [
        ("The monitors counted 2,500troops near the lake.", 2_500, 2_500, "troops"),
        ("Officials said more than 40drones were launched.", 40, None, "drones"),
        ("The brigade lost 12tanks and 300soldiers overnight.", 12, 12, "tanks"),
    ],
)
def test_a_number_glued_to_its_noun_is_a_count(sentence: str, low, high, unit: str) -> None:
    count = find_counts(sentence)[0]
    assert (count.low, count.high, count.unit) == (low, high, unit)


@pytest.mark.parametrize(
    "sentence", ["The road runs 300miles north.", "It cost $40million to rebuild.", "The 2023drones programme ended."]
)
def test_a_glued_measure_money_or_year_is_no_count(sentence: str) -> None:
    assert find_counts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Doctors said 40 residents were hurt by the gas and three had died.", 3, 3),
        ("Of the crew, one died on the way to the clinic.", 1, 1),
        ("At least seven perished when the roof fell.", 7, None),
    ],
)
def test_a_number_that_died_counts_the_dead(sentence: str, low: int, high) -> None:
    dead = [c for c in find_counts(sentence) if c.unit == "killed"]
    assert [(c.low, c.high) for c in dead] == [(low, high)]


def test_no_one_died_is_no_count() -> None:
    assert find_counts("Luckily no one died in the blaze.") == []


@pytest.mark.parametrize(
    "sentence", ["Crews prefer the Challenger 2 tank to older models.", "Kyiv asked for the Patriot 3 missile."]
)
def test_a_number_between_a_name_and_a_singular_noun_is_a_model(sentence: str) -> None:
    assert find_counts(sentence) == []


def test_a_singular_noun_may_qualify_the_counted_noun() -> None:
    count = only_count("They agreed on three prisoner exchanges last year.")
    assert (count.low, count.unit) == (3, "prisoner")


def test_a_change_from_one_value_to_another_gives_two_exact_counts() -> None:
    counts = find_counts("The garrison's troop strength has grown from 250 to 700 since spring.")
    assert [(c.low, c.high) for c in counts] == [(250, 250), (700, 700)]
    assert {c.group.category for c in counts} == {"personnel"}


def test_a_change_with_its_noun_after_it_gives_two_exact_counts() -> None:
    counts = find_counts("The convoy grew from 40 to 65 trucks overnight.")
    assert [(c.low, c.high, c.unit) for c in counts] == [(40, 40, "trucks"), (65, 65, "trucks")]


def test_a_second_change_with_its_noun_elided_takes_the_first_ones() -> None:
    counts = find_counts("Spain's contingent of soldiers rose from 120 to 410, and Greece's from 90 to 150.")
    assert [(c.low, c.unit) for c in counts] == [
        (120, "soldiers"),
        (410, "soldiers"),
        (90, "soldiers"),
        (150, "soldiers"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Support for the mayor grew from 40 to 55 percent among soldiers.",
        "Prices rose from 30 to 45 in a week.",
        "Between 20 and 30 troops came from 10 to 12 towns.",
    ],
)
def test_a_change_of_no_counted_noun_or_of_a_share_is_no_change_count(sentence: str) -> None:
    assert not [c for c in find_counts(sentence) if c.low == c.high and c.qualifier is None]


def test_times_as_many_multiplies_the_earlier_count() -> None:
    counts = find_counts("The fighting drove out nearly 200,000 refugees and about four times as many displaced.")
    assert [(c.low, c.high) for c in counts] == [(None, 200_000), (800_000, 800_000)]
    assert counts[1].group.category == "displacement"


def test_times_as_many_with_no_noun_takes_the_earlier_one() -> None:
    counts = find_counts("At least 30 drones were launched on Monday and twice as many on Tuesday.")
    assert [(c.low, c.high, c.unit) for c in counts] == [(30, None, "drones"), (60, None, "drones")]


def test_times_as_many_with_no_earlier_count_is_nothing() -> None:
    assert find_counts("Four times as many came this year.") == []


def test_a_number_of_whom_something_is_said_takes_the_earlier_noun() -> None:
    counts = find_counts("About 60,000 residents left the city, including 4,500 who walked out on foot.")
    assert [(c.low, c.unit) for c in counts] == [(60_000, "residents"), (4_500, "residents")]


def test_ages_before_who_are_not_counts() -> None:
    counts = find_counts("The victims were two farmers aged 41 and 57 who lived nearby.")
    assert [c.low for c in counts] == [2]


def test_a_bare_number_takes_the_noun_of_a_later_this_number_of() -> None:
    count = only_count("He said there were 20 to 25,000 by the lake; with this number of soldiers any spark is risky.")
    assert (count.low, count.high, count.unit) == (20_000, 25_000, "soldiers")


def test_twice_as_many_as_something_else_is_no_count_of_its_own() -> None:
    counts = find_counts("About 80,000 people came to the fair, twice as many as last summer.")
    assert [c.low for c in counts] == [80_000]


def test_a_tally_lists_each_noun_before_its_number() -> None:
    counts = find_counts(
        "Enemy losses: personnel — about 41,200 (+350), tanks – 812 (+4), armoured combat vehicles – "
        "1,730 (+11), helicopters - 97."
    )
    assert [(c.low, c.high, c.group.noun) for c in counts if not c.daily_change] == [
        (41_200, 41_200, "personnel"),
        (812, 812, "tanks"),
        (1_730, 1_730, "combat vehicles"),
        (97, 97, "helicopters"),
    ]
    assert [(c.low, c.group.noun) for c in counts if c.daily_change] == [
        (350, "personnel"), (4, "tanks"), (11, "combat vehicles")]  # the day's changes, counts of their own


def test_a_tally_at_the_start_of_a_line_is_counted() -> None:
    count, change = find_counts("Drones – 2,410 (+31)")
    assert (count.low, count.unit, change.low, change.daily_change) == (2_410, "drones", 31, True)


@pytest.mark.parametrize(
    "sentence",
    ["Part 2: tanks - 3 lessons from the front.", "Tanks - 2024 in review.", "Soldiers: 40% said they were tired."],
)
def test_a_heading_a_year_or_a_share_after_a_noun_is_no_tally(sentence: str) -> None:
    assert find_counts(sentence) == []


def test_a_bare_toll_counts_the_dead() -> None:
    count = only_count("By Sunday evening the toll had risen to 61.")
    assert (count.low, count.high, count.group.category) == (61, 61, "casualties")


@pytest.mark.parametrize("sentence", ["The toll on the economy rose to 4% in a year.", "It took its toll on 3 towns."])
def test_a_toll_of_something_else_is_no_count(sentence: str) -> None:
    assert [c for c in find_counts(sentence) if c.group.category == "casualties"] == []  # "3 towns" counts towns


def test_the_figure_stands_at_takes_the_earlier_noun() -> None:
    counts = find_counts("Last spring 900 refugees had registered, and the figure now stands at 1,400.")
    assert [(c.low, c.unit) for c in counts] == [(900, "refugees"), (1_400, "refugees")]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Officers said 120 captured armoured vehicles were put on show.", 120, "armoured vehicles"),
        ("The report lists 64 dead Russian soldiers near the village.", 64, "soldiers"),
        ("Medics treated 35 injured civilians overnight.", 35, "civilians"),
    ],
)
def test_a_participle_before_a_counted_noun_qualifies_it(sentence: str, value: int, unit: str) -> None:
    count = only_count(sentence)
    assert (count.low, count.unit) == (value, unit)


def test_a_participle_with_no_noun_after_it_is_still_counted() -> None:
    counts = find_counts("Local officials said 48 were killed and 120 injured in the blast.")
    assert [(c.low, c.unit) for c in counts] == [(48, "killed"), (120, "injured")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A regiment of Leopard 2 tanks was seen near the river.",
        "Crews trained on Abrams 1 tanks for weeks.",
        "Germany's Leopard 1 tanks are older.",
    ],
)
def test_a_digit_after_a_model_name_is_no_count(sentence: str) -> None:
    assert find_counts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The army sent 14 Leopard 2 tanks to the front.", 14),
        ("On Monday 3 tanks were hit near the town.", 3),
        ("The brigade gave Ukraine 4 tanks last month.", 4),
        ("Overnight in Kherson 3 drones were shot down.", 3),
    ],
)
def test_a_count_before_or_after_a_name_that_is_no_model_stays(sentence: str, value: int) -> None:
    assert only_count(sentence).low == value


def test_not_one_counts_none() -> None:
    count = only_count("Not one soldier was hurt in the exercise, the colonel said.")
    assert (count.low, count.high) == (0, 0)


@pytest.mark.parametrize(
    "sentence",
    [
        "The pilot was killed two months later in a crash.",
        "The number of refugees registered was four times higher than before.",
        "A truck driver was injured 3 km from the border.",
    ],
)
def test_a_time_or_factor_after_a_verb_or_number_of_is_no_count(sentence: str) -> None:
    assert find_counts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Artillery fire injured 11 in the village overnight.", 11, "injured"),
        ("The drone attack wounded 4 on Sunday morning.", 4, "wounded"),
        ("Gunmen killed 7 at a checkpoint near the town.", 7, "killed"),
    ],
)
def test_a_count_after_a_verb_keeps_a_place_or_day_after_it(sentence: str, value: int, unit: str) -> None:
    count = only_count(sentence)
    assert (count.low, count.unit) == (value, unit)


@pytest.mark.parametrize(
    "sentence",
    ["The famine killed one in five villagers.", "The disease killed 3 in 10 of those infected.",
     "The raids wounded one in every four residents."],
)
def test_a_share_after_a_verb_is_no_count_of_the_verb(sentence: str) -> None:
    assert all(c.unit not in {"killed", "wounded"} for c in find_counts(sentence))


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The company bought 40,000 items of headgear abroad.", 40_000, "headgear"),
        ("The ministry ordered 25,000 sets of uniforms and 9,000 helmets.", 25_000, "uniforms"),
        ("Volunteers shipped 3,000 pairs of boots in May.", 3_000, "boots"),
    ],
)
def test_equipment_counted_by_items_sets_or_pairs(sentence: str, value: int, unit: str) -> None:
    count = find_counts(sentence)[0]
    assert (count.low, count.unit, count.group.category) == (value, unit, "materiel")


def test_a_noun_moved_after_a_glued_full_stop_is_the_bare_numbers() -> None:
    count = only_count("They say there are 80,000 near the frontier with Belarus.troops.")
    assert (count.low, count.high, count.unit) == (80_000, 80_000, "troops")


@pytest.mark.parametrize(
    "sentence",
    [
        "There were 30 killed and 12 near the frontier with Belarus.troops.",  # two numbers: whose noun?
        "The border is 1,000 km long, he wrote in Kyiv.troops.",  # a distance
        "They counted 80,000 near the frontier.Soldiers came later.",  # a new sentence, not a lone noun
    ],
)
def test_a_glued_noun_is_taken_only_by_a_single_bare_number(sentence: str) -> None:
    assert [c.low for c in find_counts(sentence) if c.unit == "troops"] == []


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The company said 300 factory workers had left the plant.", "people"),
        ("She brought nine trauma specialists to the city.", "people"),
        ("The plant said 12 power engineers were sent.", "people"),
        ("The unit has 200 combat engineers at the bridge.", "personnel"),
        ("Kyiv said 40 military specialists had arrived.", "personnel"),
    ],
)
def test_workers_and_specialists_are_people_unless_military(sentence: str, category: str) -> None:
    assert only_count(sentence).group.category == category


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The navy fired four dozen missiles overnight.", 48),
        ("Half a dozen tanks were hit near the bridge.", 6),
        ("Nearly two dozen soldiers surrendered.", 24),
    ],
)
def test_dozens_multiply(sentence: str, value: int) -> None:
    count = only_count(sentence)
    assert value in (count.low, count.high)


def test_lives_claimed_are_the_dead() -> None:
    count = only_count("The fighting has claimed more than 9,000 lives since spring.")
    assert (count.low, count.high, count.group.label) == (9_000, None, "killed")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Officials said 12 500 soldiers had been trained.", 12_500),
        ("The staff put losses at about 720\u00a0000 persons.", 720_000),
        ("Between 2022 and 2023 4 000 soldiers were trained.", 4_000),
    ],
)
def test_thousands_grouped_by_a_space(sentence: str, value: int) -> None:
    counts = [c for c in find_counts(sentence) if c.low == value or c.high == value]
    assert counts, [c.raw for c in find_counts(sentence)]
    assert all(c.low not in {0, 12, 720} for c in find_counts(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike at 5 a.m. killed 12 soldiers.",
        "The alarm began at 3 am and 12 soldiers died.",
        "Sirens sounded at 7 GMT and 12 soldiers were wounded.",
    ],
)
def test_a_clock_time_is_not_a_count(sentence: str) -> None:
    assert [(c.low, c.high) for c in find_counts(sentence)] == [(12, 12)]


def test_a_tally_item_keeps_its_thousands_before_its_delta_and_persons() -> None:
    counts = find_counts("Losses were: personnel - about 720,000 (+1,530) persons, tanks - 9,420 (+11).")
    assert [(c.low, c.unit) for c in counts] == [(720_000, "personnel"), (1_530, "personnel"), (9_420, "tanks"),
                                                 (11, "tanks")]


def test_a_full_stop_glued_between_number_and_noun_keeps_the_count_and_its_raw_words() -> None:
    sentence = "They faced over 90,000.Belarusian troops at the border."
    (count,) = find_counts(sentence, offset=10)
    assert (count.low, count.high, count.unit, count.modifiers) == (90000, None, "troops", "Belarusian")
    assert count.raw == "over 90,000.Belarusian troops"
    assert sentence[count.start - 10 : count.end - 10] == count.raw


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ('The army had lost "not more than" 31,000 soldiers.', None, 31_000),
        ("The army lost “at least” 500 soldiers.", 500, None),
        ('Kyiv expects "up to" 40 tanks.', None, 40),
    ],
)
def test_a_qualifier_in_quotes_still_bounds_the_count(sentence: str, low: int | None, high: int | None) -> None:
    count = only_count(sentence)
    assert (count.low, count.high) == (low, high)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The ministry said 30,000 reservists were called up, including 1,200 from Moscow.", 1_200, "reservists"),
        ("Some 500 people were evacuated, including 20 in Kherson.", 20, "people"),
    ],
)
def test_a_part_counted_with_where_it_came_from_takes_the_group_s_noun(sentence: str, value: int, unit: str) -> None:
    part = find_counts(sentence)[-1]
    assert (part.low, part.unit) == (value, unit)


def test_a_part_of_materiel_with_a_month_borrows_nothing() -> None:
    assert [c.low for c in find_counts("Russia lost 300 tanks, including 40 in March.")] == [300]
