"""Write a stress corpus for checking that a speed-up leaves the extractor's output unchanged.

    python benchmarks/stress_corpus.py OUT_DIR [--corpus DIR] [--files 600] [--seed 1]
    python benchmarks/stress_corpus.py OUT_DIR --snapshot /tmp/before.jsonl   # claims (or the error) per file

Every file is built from sentences of the corpus (`../shared/corpus` by default), shuffled across
articles and written back with paragraph breaks, then bent in one or more of the ways that trip up
shortcuts: upper or lower case, curly quotes and apostrophes, the letters that Python's case folding
treats specially (ſ ı İ K Σ) and other non-ASCII letters, names joined by hyphens, possessives, odd
whitespace, sentences glued together. File names carry a publication date (sometimes none, sometimes
at the edge of the calendar). The same seed gives the same files.

`--snapshot FILE` reads the files already in OUT_DIR instead and writes what `extract_claims` gives for
each, as `extraction_speed.py --snapshot` does, but with a line `{"file", "error"}` where it raises (some
bent texts make it raise, and a speed-up must keep that too). Compare two snapshots with `cmp`.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction_speed import default_corpus, load_corpus  # noqa: E402

from claimtrack.extraction import extract_claims  # noqa: E402

_SPLIT = re.compile(r"(?<=[.!?”\"])\s+")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_NON_ASCII = ["ſ", "ı", "İ", "\u212a", "Σ", "é", "ü", "ł", "ß", "Ł", "ö", "\u00a0", "–", "—", "…", "٣"]
_STAMPS = ["20220224T060000Z", "20230101T000000Z", "20240229T120000Z", "00010101T000000Z",
           "99991231T000000Z", "20221315T000000Z", ""]  # fmt: skip


def _bend(sentence: str, rng: random.Random) -> str:
    """One sentence, changed in a few random ways."""
    roll = rng.random()
    if roll < 0.1:
        sentence = sentence.upper()
    elif roll < 0.15:
        sentence = sentence.lower()
    elif roll < 0.2:
        sentence = sentence.title()
    if rng.random() < 0.3:
        sentence = sentence.replace("'", "’").replace('"', rng.choice(["“", "”"]))
    if rng.random() < 0.15:
        sentence = sentence.replace("’", "'").replace("“", '"').replace("”", '"')
    if rng.random() < 0.2:  # a trap letter or another non-ASCII letter somewhere
        chars = list(sentence)
        for _ in range(rng.randint(1, 3)):
            if chars:
                chars.insert(rng.randrange(len(chars) + 1), rng.choice(_NON_ASCII))
        sentence = "".join(chars)
    if rng.random() < 0.1:  # letters swapped for their case-folding twins
        sentence = sentence.replace("s", "ſ", 1).replace("i", "ı", 1).replace("I", "İ", 1).replace("K", "\u212a", 1)
    words = _CAPITALISED.findall(sentence)
    if words and rng.random() < 0.25:  # "Russia-Ukraine", "Kyiv's"
        a, b = rng.choice(words), rng.choice(words)
        sentence = sentence.replace(a, rng.choice([f"{a}-{b}", f"{a}'s", f"{a}’s", f"{a}-based", f"pro-{a}"]), 1)
    if rng.random() < 0.1:
        sentence = sentence.replace(" ", rng.choice(["  ", "\t", " \n", "\u00a0"]), rng.randint(1, 3))
    if rng.random() < 0.05:
        sentence = sentence.replace(". ", ".", 1)
    return sentence


def write_snapshot(folder: Path, path: Path) -> int:
    """Every claim of every file as sorted-key JSON Lines, or the error a file raises; returns the line count."""
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for name, text, published in load_corpus(folder):
            try:
                rows = [{"file": name, "claim": c.model_dump(mode="json")} for c in extract_claims(text, published)]
            except Exception as exc:  # noqa: BLE001 - the error is part of the output being compared
                rows = [{"file": name, "error": f"{type(exc).__name__}: {exc}"}]
            for row in rows:
                out.write(json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n")
                n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--files", type=int, default=600)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--snapshot", type=Path, help="snapshot the files in OUT_DIR to this file instead")
    args = parser.parse_args(argv)
    if args.snapshot:
        n = write_snapshot(args.out, args.snapshot)
        print(f"{n} lines -> {args.snapshot}")
        return 0
    rng = random.Random(args.seed)
    docs = load_corpus(args.corpus or default_corpus())
    sentences = [s for _, text, _ in docs for s in _SPLIT.split(text) if s.strip()]
    args.out.mkdir(parents=True, exist_ok=True)
    for i in range(args.files):
        paragraphs = []
        for _ in range(rng.randint(1, 12)):
            paragraphs.append(" ".join(_bend(rng.choice(sentences), rng) for _ in range(rng.randint(1, 5))))
        stamp = rng.choice(_STAMPS)
        name = f"{stamp}_stress_{i:04d}.txt" if stamp else f"stress_{i:04d}.txt"
        (args.out / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    print(f"{args.files} files -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
