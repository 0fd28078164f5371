"""`compare --subject` on a broad subject: bounded lists (--limit), conflicts summarised per pair of actors,
every pair behind --all-conflicts; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from test_storage_factory import make_claim, make_doc
from typer.testing import CliRunner

from claimtrack.cli.app import app
from claimtrack.storage import Store, store_document

SUBJECT = "people killed"
D = dt.date(2024, 3, 1)


@pytest.fixture
def broad(store: Store, store_url: str):
    """Six documents a day apart, each with a low figure (Low Ministry), a high open-ended one (High Office,
    "at least") and a point in between (Mid Agency, conflicting with both), and a denial; returns a
    function that runs the CLI on it."""
    for i in range(6):
        sentences = [f"Low Ministry said {10 + i} people were killed.", f"High Office said {5000 + i} were killed.",
                     f"Mid Agency said {400 + i} were killed.", f"Moscow denied the report {i}."]  # fmt: skip
        doc = make_doc(f"day{i}.txt", *sentences, published=D + dt.timedelta(days=i))
        day = D + dt.timedelta(days=i)
        claims = [
            make_claim(doc, sentences[0], actor="Low Ministry", quantity=(10 + i, 10 + i), subject=SUBJECT,
                       claim_date=day),
            make_claim(doc, sentences[1], actor="High Office", quantity=(5000 + i, None), subject=SUBJECT,
                       claim_date=day),
            make_claim(doc, sentences[2], actor="Mid Agency", quantity=(400 + i, 400 + i), subject=SUBJECT,
                       claim_date=day),
            make_claim(doc, sentences[3], kind="denial", actor="Russia"),
        ]  # fmt: skip
        store_document(store, doc, claims)
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(app, ["compare", "--db", store_url, "-s", SUBJECT, *args],
                               env={"COLUMNS": "250", "NO_COLOR": "1"})  # fmt: skip
        assert result.exit_code == 0, (result.output, result.exception)
        return result.stdout

    return run


# 18 claims; every claim conflicts with the 12 of the two other actors: 18 * 12 / 2 = 108 pairs
PAIRS = 108


def test_default_lists_50_of_each_and_summarises_more_conflicting_pairs(broad) -> None:
    out = broad()
    assert "open-ended: High Office, 2024-03-01: at least 5,000; High Office, 2024-03-02: at least 5,001;" in out
    assert "people killed: 18 estimates " in out and "more estimates" not in out and out.count("Moscow denied") == 6
    assert f"{PAIRS} pairs of claims between 3 pairs of actors" in out  # more than 50 pairs: summarised
    assert out.count(": cannot both be true") == 3


def test_limit_bounds_the_lists_and_says_how_many_more(broad) -> None:
    out = broad("--limit", "4")
    assert "18 estimates; the first 4" in out and "... 14 more estimates (--limit 0 lists them all)" in out
    assert f"{PAIRS} pairs of claims between 3 pairs of actors (--all-conflicts lists every pair)" in out
    assert "High Office vs Low Ministry: 36 pairs, 2024-03-01 .. 2024-03-06; furthest apart: 10 (Low Ministry, " \
           "2024-03-01) vs at least 5,005 (High Office, 2024-03-06)" in out  # fmt: skip
    assert "open-ended: 6 claims (High Office 6)" in out
    assert "High Office vs Mid Agency: 36 pairs" in out and "Low Ministry vs Mid Agency: 36 pairs" in out
    assert out.count(": cannot both be true") == 3  # one line per pair of actors
    assert out.count("Moscow denied the report") == 4 and "... 2 more denials (--limit 0 lists them all)" in out
    two = broad("--limit", "2")
    assert two.count("furthest apart") == 2 and "... 1 more pairs of actors (--format json lists them all)" in two


def test_limit_zero_and_all_conflicts_list_every_pair(broad) -> None:
    everything = broad("--limit", "0")
    assert "people killed: 18 estimates " in everything and "more estimates" not in everything
    assert everything.count(": cannot both be true") == PAIRS and "pairs of actors" not in everything
    pairs_only = broad("--limit", "4", "--all-conflicts")
    assert "18 estimates; the first 4" in pairs_only
    assert pairs_only.count(": cannot both be true") == PAIRS


def test_json_keeps_the_counts_the_summary_and_everything_when_asked(broad) -> None:
    cut = json.loads(broad("--limit", "3", "--format", "json"))
    assert len(cut["claims"]) == 3 and len(cut["denials"]) == 3 and len(cut["conflicts"]) == 3
    assert cut["counts"] == {"claims": 18, "vague": 0, "conflicts": PAIRS, "denials": 6} and cut["limit"] == 3
    assert [(s["actor_a"], s["actor_b"], s["n_pairs"]) for s in cut["conflict_summary"]] == [
        ("High Office", "Low Ministry", 36),
        ("High Office", "Mid Agency", 36),
        ("Low Ministry", "Mid Agency", 36),
    ]
    full = json.loads(broad("--limit", "0", "--format", "json"))
    assert len(full["claims"]) == 18 and len(full["conflicts"]) == PAIRS and full["limit"] is None
    assert full["claims"][:3] == cut["claims"] and full["conflicts"][:3] == cut["conflicts"]
    every_pair = json.loads(broad("--limit", "3", "--all-conflicts", "--format", "json"))
    assert every_pair["conflicts"] == full["conflicts"] and len(every_pair["claims"]) == 3


def test_the_python_api_gives_what_the_json_gives(broad, store_url: str) -> None:
    from claimtrack import api

    assert api.compare(SUBJECT, db=store_url, limit=3) == json.loads(broad("--limit", "3", "--format", "json"))
    every = api.compare(SUBJECT, db=store_url)  # no limit: everything, as before
    assert every == json.loads(broad("--limit", "0", "--format", "json")) and len(every["conflicts"]) == PAIRS
