"""One warm pass of `extract_claims` over a corpus, then one steady pass that callgrind can count alone.

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \
        python benchmarks/steady_pass.py [--corpus DIR]

The steady pass runs inside `functools.reduce` (a C function the extractor never calls), so callgrind
collects the instructions of that pass only: no subtraction of a one-pass run from a two-pass run, and
the first pass (compiling the cached per-word patterns, loading the lexicons) is left out.
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction_speed import default_corpus, load_corpus  # noqa: E402

from claimtrack.extraction import extract_claims  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=None, help="folder of .txt files (default: ../shared/corpus)")
    args = parser.parse_args(argv)
    docs = load_corpus(args.corpus or default_corpus())
    for _, text, published in docs:  # warm: cached patterns compiled, lexicons loaded
        extract_claims(text, published)
    functools.reduce(lambda _, doc: extract_claims(doc[1], doc[2]), docs, None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
