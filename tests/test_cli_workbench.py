"""The analyst's workbench through the CLI: compare, timeline, show, catalog, curation, search, exports, errors.

Every test ingests the project's seeds/ (or a tiny text written here) into its own SQLite store.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli.app import app, main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TROOPS = "North Korean troops"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"CLAIMTRACK_DB": f"sqlite:///{tmp_path / 'wb.db'}", "COLUMNS": "200", "NO_COLOR": "1"}


@pytest.fixture
def cli(env: dict[str, str]):
    runner = CliRunner()

    def run(*args: str, ok: bool = True, extra_env: dict[str, str] | None = None):
        result = runner.invoke(app, list(args), env={**env, **(extra_env or {})})
        if ok:
            assert result.exit_code == 0, (result.output, result.exception)
        return result

    return run


@pytest.fixture
def seeded(cli):
    out = cli("ingest", str(SEEDS), "--no-progress")
    assert "2 new" in out.stdout
    return cli


def estimate_id(cli, actor: str) -> str:
    """The id of `actor`'s numeric estimate of North Korean troops in the seeds (ids are content hashes)."""
    rows = [json.loads(x) for x in cli("query", "--actor", actor, "--subject", TROOPS, "--format", "jsonl",
                                       "--include-rejected").stdout.splitlines()]  # fmt: skip
    (row,) = [r for r in rows if r["quantity_low"] or r["quantity_high"]]
    return row["claim_id"]


def run_main(monkeypatch, capsys, env: dict[str, str], *args: str) -> tuple[int, str, str]:
    """claimtrack as the console script runs it (main() maps errors to one line and an exit code)."""
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys, "argv", ["claimtrack", *args])
    with pytest.raises(SystemExit) as exc:
        main()
    captured = capsys.readouterr()
    return int(exc.value.code or 0), captured.out, captured.err


# --- compare and timeline ----------------------------------------------------------------------
def test_compare_without_arguments_lists_the_subjects(seeded):
    out = seeded("compare").stdout
    assert TROOPS in out and "North Korean troops captured" in out
    assert "1,500 .. 12,000+" in out and "2024-10-28" in out


def test_compare_one_subject_shows_every_estimate_with_actor_and_date(seeded):
    out = seeded("compare", "--subject", TROOPS).stdout
    for text in ("1,500", "2,600", "at least 3,000", "8,000", "up to 12,000"):
        assert text in out
    for actor in ("National Intelligence Service", "Kyrylo Budanov", "John Kirby", "Antony Blinken",
                  "Volodymyr Zelensky"):  # fmt: skip
        assert actor in out
    # Zelensky's statement gives no day: the page's stamp under the headline dates it, as a dateline would
    assert "2024-10-23" in out and "2024-10-28" in out and "2024-10-24 " in out
    order = [out.index(x) for x in ("2,600", "at least 3,000", "up to 12,000", "8,000 ")]
    assert order == sorted(order)  # date order
    assert "Vague claims" in out and "thousands" in out
    assert "Spread: lowest 1,500" in out and "highest up to 12,000" in out
    assert "Latest claim of each actor" in out
    assert "Conflicts" in out and "at least 3,000 (John Kirby" in out
    assert "Denials" in out and "North Korea has denied the reports" in out


def test_compare_json_is_stable_for_scripts(seeded):
    data = json.loads(seeded("compare", "-s", TROOPS, "--format", "json").stdout)
    assert list(data) == ["subject", "place", "window_days", "claims", "vague", "lowest", "highest",
                          "latest_by_actor", "conflicts", "denials", "by_actor", "conflict_summary", "counts",
                          "limit"]  # fmt: skip
    assert data["counts"] == {"claims": 5, "vague": 1, "conflicts": 5, "denials": 1} and data["limit"] == 50
    bounds = [c["bounds"] for c in data["claims"]]  # date order; the two of October (month) by claim id
    assert sorted(bounds[:2]) == ["1,500", "2,600"] and bounds[2:] == ["at least 3,000", "up to 12,000", "8,000"]
    assert data["lowest"]["actor"] == "National Intelligence Service (South Korea)"
    assert data["highest"]["bounds"] == "up to 12,000"
    assert [v["bounds"] for v in data["vague"]] == ["thousands"]
    assert data["denials"][0]["actor"] == "North Korea"
    overview = json.loads(seeded("compare", "--format", "json").stdout)
    assert overview[0]["subject"] == TROOPS and overview[0]["lowest"] == 1500


def test_compare_filters_and_by_actor(seeded):
    out = seeded("compare", "-s", TROOPS, "--place", "Kursk").stdout
    assert "8,000" in out and "1,500" not in out
    out = seeded("compare", "-s", TROOPS, "--since", "2024-10-25").stdout
    assert "Antony Blinken" in out and "John Kirby" not in out
    out = seeded("compare", "-s", TROOPS, "--by", "actor").stdout
    assert "each actor's figures over time" in out and "at least 3,000" in out


def test_timeline_in_the_terminal_draws_arrows_and_a_date_axis(seeded):
    out = seeded("timeline", "--subject", TROOPS).stdout
    assert "2024-10-01" in out and "▶" in out and "◀" in out
    assert "John Kirby" in out and "up to 12,000" in out and "publication date (no claim date)" in out
    assert "▶" in seeded("compare", "-s", TROOPS, "--timeline").stdout


def test_timeline_plot_writes_png_and_svg(seeded, tmp_path):
    png, svg = tmp_path / "troops.png", tmp_path / "troops.svg"
    assert "chart written" in seeded("timeline", "-s", TROOPS, "--plot", str(png)).stdout
    assert png.read_bytes()[:4] == b"\x89PNG"
    seeded("compare", "-s", TROOPS, "--plot", str(svg))
    text = svg.read_text()
    assert "<svg" in text and "Antony Blinken" in text
    data = json.loads(seeded("timeline", "-s", TROOPS, "--format", "json").stdout)
    assert {s["actor"] for s in data["series"]} >= {"John Kirby", "Antony Blinken"}


# --- show -------------------------------------------------------------------------------------
def test_show_gives_full_provenance(seeded):
    out = seeded("show", estimate_id(seeded, "Blinken")).stdout
    assert "004_524682d6b08fad17.txt" in out and "Business Insider" in out and "2024-11-04" in out
    assert "US Secretary of State Antony Blinken said last week that 8,000 North Koreans were sent to Kursk." in out
    assert 'number "8,000 North Koreans"' in out and 'date "last week"' in out
    assert "Other mentions (1)" in out and "Confidence" in out and "reliability B" in out
    assert "unreviewed" in out and 'Related claims: "North Korean troops"' in out and "at least 3,000" in out


def test_show_highlights_the_actor_number_place_and_date(seeded):
    zelensky = estimate_id(seeded, "Zelensky")
    out = seeded("show", zelensky, extra_env={"NO_COLOR": "", "FORCE_COLOR": "1", "TERM": "xterm"}).stdout
    assert "\x1b[" in out
    assert "\x1b[1;30;43mTwo North Korean brigades of up to 6,000 personnel each\x1b[0m" in out
    assert "page stamp" in out  # no day of its own: the page's date stamp, and the show says so
    data = json.loads(seeded("show", zelensky, "--format", "json").stdout)
    marks = {h["role"]: h for h in data["highlights"]}
    sentence = data["claim"]["evidence"]
    assert sentence[marks["actor"]["start"] : marks["actor"]["end"]] == "President Volodymyr Zelensky"
    assert sentence[marks["place"]["start"] : marks["place"]["end"]] == "Russia"


# --- catalog ----------------------------------------------------------------------------------
def test_actors_places_sources(seeded):
    out = seeded("actors").stdout
    assert "John Kirby" in out and "Kirby; U.S. National" in out and "Antony Blinken" in out
    actors = json.loads(seeded("actors", "--format", "json").stdout)
    assert actors[0]["name"] == "John Kirby" and actors[0]["n_claims"] >= 3
    assert "Kirby" in actors[0]["aliases"]
    out = seeded("places").stdout
    assert "└ Kursk Oblast" in out and "  └ Kursk " in out and "Kursk province" in out
    places = {p["name"]: p for p in json.loads(seeded("places", "--format", "json").stdout)}
    assert places["Kursk"]["parent"] == "Kursk Oblast" and places["Kursk"]["depth"] == 2
    assert places["Russia"]["n_claims_within"] > places["Russia"]["n_claims"] > 0
    out = seeded("sources").stdout
    assert "Business Insider" in out and "The Kyiv Independent" in out and "2024-11-04" in out
    assert "000_635a981262af1d4e.txt" in seeded("sources", "--documents").stdout


# --- curation ---------------------------------------------------------------------------------
def test_review_rejected_hides_the_claim_and_history_lists_it(seeded):
    blinken = estimate_id(seeded, "Blinken")
    out = seeded("review", blinken, "--status", "rejected", "--note", "misquoted", "--analyst", "ana").stdout
    assert "marked rejected by ana" in out
    assert blinken not in seeded("query", "--format", "jsonl").stdout
    assert blinken not in seeded("export", "--format", "csv").stdout
    assert "8,000" not in seeded("compare", "-s", TROOPS).stdout
    assert blinken in seeded("export", "--format", "jsonl", "--include-rejected").stdout
    assert "8,000" in seeded("compare", "-s", TROOPS, "--include-rejected").stdout
    assert "rejected by ana" in seeded("show", blinken).stdout
    seeded("review", blinken, "--status", "verified", "--note", "checked transcript")
    out = seeded("history", blinken).stdout
    assert "rejected" in out and "misquoted" in out and "ana" in out and "verified" in out
    events = json.loads(seeded("history", blinken, "--format", "json").stdout)
    assert [e["payload"]["status"] for e in events] == ["rejected", "verified"]
    assert blinken in seeded("query", "--format", "jsonl").stdout


def test_alias_makes_query_find_the_claim_by_the_new_name(seeded):
    assert seeded("query", "--actor", "Admiral Kirby", "--format", "jsonl").stdout == ""
    assert 'also known as "Admiral Kirby"' in seeded("alias", "actor", "John Kirby", "Admiral Kirby").stdout
    lines = seeded("query", "--actor", "Admiral Kirby", "--format", "jsonl").stdout.splitlines()
    assert len(lines) >= 3 and all(json.loads(x)["actor"] == "John Kirby" for x in lines)
    assert estimate_id(seeded, "Admiral Kirby") == estimate_id(seeded, "John Kirby")
    assert "Admiral Kirby" in seeded("actors", "kirby").stdout
    seeded("alias", "place", "Kursk Oblast", "Kurskaya oblast")
    found = seeded("query", "--place", "Kurskaya oblast", "--format", "jsonl").stdout
    assert estimate_id(seeded, "Blinken") in found


def test_merge_actor_moves_the_claims(seeded):
    before = seeded("query", "--actor", "Ukrainian intelligence", "--format", "jsonl").stdout.splitlines()
    out = seeded("merge", "actor", "Military intelligence", "Ukrainian intelligence").stdout
    assert 'merged into "Ukrainian intelligence"' in out
    after = seeded("query", "--actor", "Ukrainian intelligence", "--format", "jsonl").stdout.splitlines()
    assert len(after) == len(before) + 1
    names = [a["name"] for a in json.loads(seeded("actors", "--all", "--format", "json").stdout)]
    assert "Military intelligence" not in names


# --- full-text search and exports -------------------------------------------------------------
def test_query_text_finds_pilots(seeded):
    rows = [json.loads(x) for x in seeded("query", "--text", "pilots", "--format", "jsonl").stdout.splitlines()]
    assert rows and all("pilots" in r["evidence"] for r in rows)
    assert seeded("query", "--text", "zeppelins", "--format", "jsonl").stdout == ""


HEADER = ("claim_id,document,outlet,published,actor,actor_role,actor_affiliation,attribution,kind,quantity_low,"
          "quantity_high,quantity_unit,quantity_qualifier,place,place_country,claim_date,event_date,date_precision,"
          "confidence,evidence")  # fmt: skip


def test_csv_export_is_rfc4180_utf8_with_stable_columns_and_no_formulas(cli, tmp_path):
    text = tmp_path / "formula.txt"
    text.write_text(
        'Test wire\n\n=HYPERLINK("x") Kirby said on Oct. 31 that 5,000 North Korean troops were in Kursk.\n',
        encoding="utf-8",
    )
    cli("ingest", str(text), "--published", "2024-11-01", "--outlet", "=Évil Outlet", "--no-progress")
    out_file = tmp_path / "claims.csv"
    cli("export", "--format", "csv", "-o", str(out_file))
    raw = out_file.read_bytes()
    assert raw.decode("utf-8").startswith(HEADER + ",")
    assert b"\r\n" in raw and raw.count(b"\r\n") == 2
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["outlet"] == "'=Évil Outlet"
    assert record["evidence"].startswith('\'=HYPERLINK("x") Kirby said')
    assert record["quantity_low"] == "5000" and record["actor"] == "John Kirby"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_jsonl_and_json_exports(seeded):
    lines = seeded("export", "--format", "jsonl").stdout.splitlines()
    assert len(lines) == len(seeded("export", "--format", "csv").stdout.splitlines()) - 1 > 20
    first = json.loads(lines[0])
    assert list(first)[:20] == HEADER.split(",")
    doc = json.loads(seeded("export", "--format", "json", "--actor", "Blinken").stdout)
    assert doc["columns"][:20] == HEADER.split(",")
    assert estimate_id(seeded, "Blinken") in {c["claim_id"] for c in doc["claims"]}
    assert {c["actor"] for c in doc["claims"]} == {"Antony Blinken"}


# --- errors and help --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("show", "nosuchclaim1"), 1, "no claim 'nosuchclaim1'"),
        (("history", "nosuchclaim1"), 1, "no claim"),
        (("review", "nosuchclaim1", "--status", "verified"), 1, "no claim"),
        (("compare", "-s", TROOPS, "--since", "2024-11-01", "--until", "2024-10-01"), 2, "is after --until"),
        (("timeline", "-s", TROOPS, "--since", "2024-11-01", "--until", "2024-10-01"), 2, "is after --until"),
        (("compare", "--format", "xml"), 2, "unknown format 'xml'"),
        (("show", "nosuchclaim1", "--format", "yaml"), 2, "unknown format 'yaml'"),
        (("actors", "--format", "csv"), 2, "unknown format"),
        (("compare", "-s", "Martian troops"), 1, "no claims about 'Martian troops'"),
        (("timeline", "-s", TROOPS, "--plot", "chart.pdf"), 2, "name the plot file .png or .svg"),
        (("review", "nosuchclaim1", "--status", "maybe"), 2, "unknown status 'maybe'"),
        (("alias", "weapon", "a", "b"), 2, "use actor or place"),
        (("alias", "actor", "Nobody Atall", "x"), 1, "no actor named 'Nobody Atall'"),
        (("merge", "actor", "Kirby", "John Kirby"), 2, "already the same actor"),
    ],
)
def test_errors_are_one_line_on_stderr(seeded, env, monkeypatch, capsys, args, code, message):
    rc, out, err = run_main(monkeypatch, capsys, env, *args)
    assert rc == code
    assert message in err and err.startswith("claimtrack: ")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_missing_matplotlib_is_a_clear_error(seeded, env, monkeypatch, capsys, tmp_path):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    rc, _, err = run_main(monkeypatch, capsys, env, "timeline", "-s", TROOPS, "--plot", str(tmp_path / "t.png"))
    assert rc == 2 and "pip install 'claimtrack[plot]'" in err


@pytest.mark.parametrize(
    "command",
    ["compare", "timeline", "show", "actors", "places", "sources", "review", "alias", "merge", "history"],
)
def test_every_command_has_help_with_an_example(cli, command):
    out = cli(command, "--help").stdout
    assert "Examples" in out and f"claimtrack {command}" in out


def test_shell_completion_stays_enabled(cli):
    assert "--install-completion" in cli("--help").stdout


# rich's switch for "write as to a terminal"; a dumb one (80 columns for rich) writes no style codes
NARROW_TERMINAL = {"COLUMNS": "80", "TTY_COMPATIBLE": "1", "TERM": "dumb"}
WIDE_TERMINAL = {"COLUMNS": "200", "TTY_COMPATIBLE": "1"}


def test_query_on_a_narrow_terminal_prints_each_claim_as_a_card(seeded):
    """Below 120 columns the nine-column table would fold every word: one card per claim instead."""
    narrow = seeded("query", "--actor", "Kirby", "--subject", TROOPS, extra_env=NARROW_TERMINAL).stdout
    wide = seeded("query", "--actor", "Kirby", "--subject", TROOPS, extra_env=WIDE_TERMINAL).stdout
    piped = seeded("query", "--actor", "Kirby", "--subject", TROOPS, extra_env={"COLUMNS": "80"}).stdout
    assert "┃" in wide and "┃" not in narrow  # a table only when there is room for it
    assert "┃" in piped  # a file or a pipe gets the table, whatever its width
    lines = narrow.splitlines()
    assert all(len(line.rstrip()) <= 80 for line in lines)
    starts = [i for i, line in enumerate(lines) if line and not line.startswith(" ")]
    card = " ".join(line.strip() for line in lines[starts[0] : (starts[1:] or [len(lines)])[0]])
    assert "at least 3,000 North Korean troops (deployment)" in card
    assert "John Kirby (National Security Council spokesperson) · said 2024-10-23 · Eastern Russia" in card
    assert "Kirby also revealed details" in card
    as_jsonl = seeded("query", "--actor", "Kirby", "--subject", TROOPS, "--format", "jsonl").stdout
    assert len(starts) == len(as_jsonl.splitlines())  # one card per claim


def test_compare_on_a_narrow_terminal_lists_each_estimate_in_two_lines(seeded):
    narrow = seeded("compare", "--subject", TROOPS, extra_env=NARROW_TERMINAL).stdout
    assert "┃" not in narrow and "┃" in seeded("compare", "--subject", TROOPS, extra_env={"COLUMNS": "80"}).stdout
    lines = narrow.splitlines()
    (kirby,) = [i for i, line in enumerate(lines) if line.startswith("2024-10-23") and "John Kirby" in line]
    assert "at least 3,000" in lines[kirby] and "Eastern Russia" in lines[kirby]
    source = next(line for line in lines[kirby + 1 :] if line.startswith(" " * 12))  # after any wrapped rest
    assert source.split() == ["The", "Kyiv", "Independent", "·", "000_635a981262af1d4e.txt", "·",
                                        estimate_id(seeded, "Kirby")]  # fmt: skip


def test_show_keeps_the_wrapped_evidence_under_its_heading(seeded):
    out = seeded("show", estimate_id(seeded, "Kirby"), extra_env={"COLUMNS": "80"}).stdout.splitlines()
    first = next(i for i, line in enumerate(out) if line.startswith("Evidence"))
    block = out[first + 1 : out.index("", first)]
    assert len(block) > 2 and all(line.startswith("  ") and line.strip() for line in block)
    assert "3000 soldiers" in " ".join(line.strip() for line in block)
