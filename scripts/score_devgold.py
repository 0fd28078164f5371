#!/usr/bin/env python3
"""Score claimtrack on the dev gold (devgold/*.jsonl) when ../shared/corpus is present.

usage: python scripts/score_devgold.py [--direct] [--verbose] [--gold GLOB] [--gold-dir DIR] [--corpus DIR]
                                       [--scorer PATH]

`--gold 'gold_d.jsonl'` scores one file of devgold/ (default: all of them); `--gold-dir DIR` scores the gold
files of another folder (a blind probe kept outside the project) the same way.

By default it runs the real path: the annotated corpus articles (published date taken from the file
name's UTC timestamp) are written to a temporary JSON Lines file, ingested into a temporary SQLite
store with `claimtrack ingest`, exported with `claimtrack export --format jsonl`, and scored with
../shared/gold/score.py. `--direct` skips the store and calls the extractor in-process (faster, for
development). The corpus text is read from ../shared/corpus and never copied into the project.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_SCORER = ROOT.parent / "shared" / "gold" / "score.py"


def published_from_name(name: str) -> str | None:
    """'20220125T090000Z_GB_en_x.txt' -> '2022-01-25'."""
    try:
        return dt.datetime.strptime(name[:16], "%Y%m%dT%H%M%SZ").date().isoformat()
    except ValueError:
        return None


def gold_rows(pattern: str = "*.jsonl", folder: Path = ROOT / "devgold") -> list[dict]:
    rows = []
    for path in sorted(folder.glob(pattern)):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


def direct_export(docs: list[dict], out: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from claimtrack.extraction import extract_claims

    with out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            published = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
            for claim in extract_claims(doc["text"], published):
                q = claim.quantity
                fh.write(json.dumps({
                    "document": doc["id"],
                    "actor": claim.actor.name if claim.actor else None,
                    "quantity_low": q.low if q else None,
                    "quantity_high": q.high if q else None,
                    "place": claim.place.name if claim.place else None,
                    "claim_date": claim.claim_date.iso() if claim.claim_date else None,
                    "evidence": claim.evidence.sentence,
                }) + "\n")  # fmt: skip


def cli_export(docs_jsonl: Path, out: Path, tmp: Path) -> None:
    env = dict(os.environ, CLAIMTRACK_DB=f"sqlite:///{tmp / 'dev.db'}")
    subprocess.run(["claimtrack", "ingest", str(docs_jsonl)], check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run(["claimtrack", "export", "--format", "jsonl", "-o", str(out)], check=True, env=env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--direct", action="store_true", help="call the extractor in-process, no store")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--gold", default="*.jsonl", help="which files of devgold/ to score (a glob)")
    parser.add_argument("--gold-dir", type=Path, default=ROOT / "devgold", help="folder of the gold files (a probe's)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    args = parser.parse_args()
    if not args.corpus.is_dir() or not args.scorer.is_file():
        print(f"skipped: needs {args.corpus} and {args.scorer}", file=sys.stderr)
        return 0
    gold = gold_rows(args.gold, args.gold_dir)
    names = sorted({g["doc"] for g in gold})
    docs = [
        {"id": n, "text": (args.corpus / n).read_text(encoding="utf-8"), "published": published_from_name(n)}
        for n in names
    ]
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        gold_file, out = tmp / "gold.jsonl", tmp / "export.jsonl"
        gold_file.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
        if args.direct:
            direct_export(docs, out)
        else:
            docs_jsonl = tmp / "docs.jsonl"
            docs_jsonl.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
            cli_export(docs_jsonl, out, tmp)
        print(f"dev gold: {len(names)} articles, {len(gold)} gold rows")
        cmd = [sys.executable, str(args.scorer), str(gold_file), str(out)] + (["--verbose"] if args.verbose else [])
        return subprocess.run(cmd).returncode


if __name__ == "__main__":
    sys.exit(main())
