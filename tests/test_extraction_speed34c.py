"""Stop 34's speed round C finds exactly what the code it replaced finds.

- `prefilter.word_gate` gives the rare gates (the one-word gates of `boilerplate`) bits from 2**62 on and the others
  the lowest free bits: each gate still has a bit of its own (`test_extraction_speed29b` checks each gate against
  `holds_word`).
"""

from __future__ import annotations

from claimtrack.extraction import boilerplate, prefilter, quantities


def test_each_gate_has_a_bit_of_its_own_and_the_common_ones_are_short() -> None:
    bits = prefilter._GATE_BITS
    assert len(bits) == len(set(bits)) == len(prefilter._GATE_SETS)
    assert all(bit > 1 and bit & (bit - 1) == 0 for bit in bits)  # one bit each, bit 0 is the vocabulary's
    rare = {gate for gate, _, _ in boilerplate._GATED_PATTERNS if gate >= 1 << prefilter._FIRST_RARE_BIT}
    assert len(rare) >= 15
    common = [bit for bit in bits if bit not in rare]
    short = min(len(common), prefilter._FIRST_RARE_BIT - 1)  # the bits 1 to 61: short ints where compiled
    assert sorted(common)[:short] == [2 << i for i in range(short)]
    assert quantities._NUMBER_WORD_GATE < 1 << prefilter._FIRST_RARE_BIT
