"""claimtrack.analysis: comparisons, conflicts, denials, series and plots over hand-made ClaimRecords."""

from __future__ import annotations

import datetime as dt
import math
import sys

import pytest

from claimtrack.analysis import (
    by_actor,
    claim_date_span,
    compare_subject,
    find_conflicts,
    find_denials,
    interval,
    subjects_overview,
    timeline_series,
)
from claimtrack.cli.render_compare import count_strip, nice_top, timeline_renderable
from claimtrack.cli.render_show import highlights
from claimtrack.records import ClaimRecord

TROOPS = "North Korean troops"


def rec(
    cid: str,
    actor: str | None,
    low: float | None,
    high: float | None,
    date: str | None = "2024-10-23",
    *,
    precision: str = "day",
    qualifier: str | None = None,
    vague: bool = False,
    subject: str | None = TROOPS,
    kind: str = "deployment",
    document: str = "a.txt",
    published: dt.date = dt.date(2024, 10, 24),
) -> ClaimRecord:
    return ClaimRecord(
        claim_id=cid, document=document, published=published, actor=actor, kind=kind, quantity_low=low,
        quantity_high=high, quantity_qualifier=qualifier, vague=vague, subject=subject, claim_date=date,
        date_precision=precision if date else None, evidence=f"{actor} said something.",
    )  # fmt: skip


def seeds_like() -> list[ClaimRecord]:
    return [
        rec("nis", "NIS", 1500, 1500, "2024-10", precision="month"),
        rec("budanov", "Budanov", 2600, 2600, "2024-10", precision="month"),
        rec("kirby", "Kirby", 3000, None, "2024-10-23", qualifier="at least"),
        rec("zelensky", "Zelensky", None, 12000, None, qualifier="up to"),
        rec("blinken", "Blinken", 8000, 8000, "2024-10-28", precision="week", document="b.txt"),
        rec("kyiv", "Ukraine", None, None, "2024-10-24", qualifier="thousands", vague=True),
    ]


def test_interval_reads_open_bounds_as_zero_and_infinity():
    assert interval(rec("a", "X", 3000, None)) == (3000, math.inf)
    assert interval(rec("a", "X", None, 1500)) == (0, 1500)
    assert interval(rec("a", "X", 1000, 1000), tolerance=0.1) == pytest.approx((900, 1100))


def test_dates_fall_back_to_publication_and_month_dates_cover_the_month():
    month = claim_date_span(rec("a", "X", 1, 1, "2024-10", precision="month"))
    assert (month.start, month.end, month.label, month.fallback) == (dt.date(2024, 10, 1), dt.date(2024, 10, 31),
                                                                     "2024-10", False)  # fmt: skip
    undated = claim_date_span(rec("a", "X", 1, 1, None))
    assert undated.fallback and undated.start == dt.date(2024, 10, 24) and undated.label == "2024-10-24"
    week = claim_date_span(rec("a", "X", 1, 1, "2024-10-28", precision="week"))
    assert week.end == dt.date(2024, 11, 3)


def test_at_least_3000_conflicts_with_up_to_1500_within_the_window_only():
    a = rec("a", "Kirby", 3000, None, "2024-10-23")
    b = rec("b", "NIS", None, 1500, "2024-10-30")
    (conflict,) = find_conflicts([a, b])
    assert {conflict.a, conflict.b} == {"a", "b"}
    assert "up to 1,500" in conflict.reason and "at least 3,000" in conflict.reason
    assert conflict.days_apart == 7
    far = rec("c", "NIS", None, 1500, "2024-12-30")
    assert find_conflicts([a, far]) == []
    assert find_conflicts([a, far], window_days=90) != []


def test_overlapping_intervals_and_same_actor_revisions_do_not_conflict():
    assert find_conflicts([rec("a", "K", 3000, None), rec("b", "B", 8000, 8000)]) == []
    assert find_conflicts([rec("a", "K", None, 12000), rec("b", "B", 8000, 8000)]) == []
    assert find_conflicts([rec("a", "K", 1500, 1500), rec("b", "K", 3000, 3000)]) == []  # a revision
    assert find_conflicts([rec("a", "K", 1000, 1000), rec("b", "B", 1050, 1050)]) == []  # within rounding


def test_compare_subject_on_seed_like_claims():
    denial = rec("deny", "North Korea", None, None, None, subject=None, kind="denial")
    elsewhere = rec("deny2", "Russia", None, None, None, subject=None, kind="denial", document="z.txt")
    cmp = compare_subject(seeds_like(), "north korean TROOPS", denials=[denial, elsewhere])
    assert [r.claim_id for r in cmp.claims] == ["budanov", "nis", "kirby", "zelensky", "blinken"]
    assert [r.claim_id for r in cmp.vague] == ["kyiv"]
    assert cmp.lowest.claim_id == "nis" and cmp.highest.claim_id == "zelensky"
    assert set(cmp.latest_by_actor) == {"NIS", "Budanov", "Kirby", "Zelensky", "Blinken"}
    pairs = {frozenset((c.a, c.b)) for c in cmp.conflicts}
    assert frozenset(("nis", "kirby")) in pairs and frozenset(("budanov", "kirby")) in pairs
    assert frozenset(("kirby", "blinken")) not in pairs
    assert [d.claim_id for d in cmp.denials] == ["deny"]
    data = cmp.to_dict()
    assert [c["bounds"] for c in data["claims"]] == ["2,600", "1,500", "at least 3,000", "up to 12,000", "8,000"]
    assert data["claims"][3]["date_is_published"] is True


def test_denials_of_the_same_subject_count_within_the_window():
    claims = [rec("a", "K", 3000, None, "2024-10-23")]
    near = rec("n", "NK", None, None, "2024-11-01", kind="denial", document="other.txt")
    far = rec("f", "NK", None, None, "2025-03-01", kind="denial", document="other.txt")
    assert [d.claim_id for d in find_denials(claims, [near, far])] == ["n"]


def test_subjects_overview_spread_ignores_vague_claims():
    (summary,) = subjects_overview(seeds_like() + [rec("x", "X", 5, 5, subject=None)])
    assert summary.subject == TROOPS and summary.n_claims == 6 and summary.n_vague == 1
    assert (summary.lowest, summary.highest, summary.open_ended) == (1500, 12000, True)
    assert summary.spread_text == "1,500 .. 12,000+"
    assert (summary.first, summary.last) == ("2024-10", "2024-10-28")


def test_by_actor_tracks_each_actors_changes():
    rows = [rec("1", "K", 1500, 1500, "2024-10-01"), rec("2", "K", 3000, None, "2024-10-20"),
            rec("3", "K", 2000, 2000, "2024-11-20"), rec("4", "B", 8000, 8000)]  # fmt: skip
    series = by_actor(rows)
    assert [f.change for f in series["K"]] == ["first", "up", "down"]
    assert [f.text for f in series["K"]] == ["1,500", "at least 3,000", "2,000"]


def test_timeline_series_shapes_and_fallback():
    series, left_out = timeline_series(seeds_like())
    assert left_out == 1  # the vague one
    shapes = {s.actor: s.points[0].shape for s in series}
    assert shapes == {"NIS": "exact", "Budanov": "exact", "Kirby": "at_least", "Zelensky": "up_to",
                      "Blinken": "exact"}  # fmt: skip
    zel = next(s for s in series if s.actor == "Zelensky").points[0]
    assert zel.fallback and zel.anchor == 12000


def test_terminal_strips_draw_arrows_for_open_bounds():
    series, _ = timeline_series(seeds_like())
    points = {s.actor: s.points[0] for s in series}
    assert count_strip(points["Kirby"], 12000).rstrip().endswith("▶")
    assert count_strip(points["Zelensky"], 12000).startswith("◀")
    assert nice_top(12000) == 12000 and nice_top(8345) == 8400
    from rich.console import Console

    console = Console(width=140, record=True)
    console.print(timeline_renderable(series, "chart", width=140))
    text = console.export_text()
    assert "at least 3,000" in text and "up to 12,000" in text and "2024-10-01" in text


def test_plot_writes_png_and_svg(tmp_path):
    from claimtrack.analysis.plot import plot_timeline

    series, _ = timeline_series(seeds_like())
    png = plot_timeline(series, tmp_path / "t.png", "troops", TROOPS)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = plot_timeline(series, tmp_path / "t.svg", "troops", TROOPS).read_text()
    assert "<svg" in svg


def test_plot_explains_missing_matplotlib_and_bad_extension(tmp_path, monkeypatch):
    from claimtrack.analysis.plot import PlotUnavailable, plot_timeline

    series, _ = timeline_series(seeds_like())
    with pytest.raises(PlotUnavailable, match=r"\.pdf"):
        plot_timeline(series, tmp_path / "t.pdf", "troops")
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(PlotUnavailable, match=r"claimtrack\[plot\]"):
        plot_timeline(series, tmp_path / "t.png", "troops")


def test_highlights_locate_raw_strings_in_the_sentence():
    r = ClaimRecord(
        claim_id="x", document="d", kind="deployment",
        evidence="Last week, Blinken said 8,000 North Koreans went to Kursk.",
        actor="Antony Blinken", actor_raw="Blinken", quantity_raw="8,000 North Koreans", place_raw="Kursk",
        claim_date_raw="Last week",
    )  # fmt: skip
    found = {h.role: (h.start, h.end) for h in highlights(r)}
    sentence = r.evidence or ""
    assert sentence[slice(*found["number"])] == "8,000 North Koreans"
    assert sentence[slice(*found["actor"])] == "Blinken"
    assert sentence[slice(*found["place"])] == "Kursk"
    assert sentence[slice(*found["date"])] == "Last week"
    r2 = r.model_copy(update={"claim_date_raw": "says (present tense: publication date)", "actor_raw": "' Blinken"})
    roles = {h.role: h.start for h in highlights(r2)}
    assert roles["date"] is None and roles["actor"] is not None


def _conflicts_of_every_pair(records: list[ClaimRecord], window: int, tolerance: float) -> list[tuple]:
    """find_conflicts as a plain test of every pair (the reference the sweep must reproduce)."""
    from claimtrack.analysis.compare import days_apart, is_numeric, sort_key

    numeric = sorted((r for r in records if is_numeric(r)), key=sort_key)
    out = []
    for i, a in enumerate(numeric):
        for b in numeric[i + 1 :]:
            if a.actor and b.actor and a.actor == b.actor:
                continue
            gap = days_apart(claim_date_span(a), claim_date_span(b))
            if gap is None or gap > window:
                continue
            (lo_a, hi_a), (lo_b, hi_b) = interval(a, tolerance), interval(b, tolerance)
            if hi_a < lo_b or hi_b < lo_a:
                out.append((a.claim_id, b.claim_id, gap))
    return out


@pytest.mark.parametrize("seed", range(12))
def test_conflicts_sweep_finds_what_testing_every_pair_finds(seed: int) -> None:
    import random

    rng = random.Random(seed)
    records = []
    for n in range(rng.randint(0, 60)):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 200))
        precision = rng.choice(["day", "day", "week", "month", "year"])
        date = (
            None
            if rng.random() < 0.15
            else (
                day.strftime("%Y-%m")
                if precision == "month"
                else day.strftime("%Y")
                if precision == "year"
                else day.isoformat()
            )
        )
        low = rng.choice([None, 100, 1000, 1500, 3000, 8000])
        high = rng.choice([None, low, 2000, 12000]) if low is not None else rng.choice([None, 500, 12000])
        published = None if date is None and rng.random() < 0.5 else dt.date(2024, 1, 1) + dt.timedelta(days=n)
        records.append(rec(f"c{n:02d}", rng.choice(["A", "B", "C", None]), low, high, date, precision=precision,
                           published=published))  # type: ignore[arg-type]  # fmt: skip
    window = rng.choice([0, 7, 30])
    found = find_conflicts(records, window, 0.1)
    assert [(c.a, c.b, c.days_apart) for c in found] == _conflicts_of_every_pair(records, window, 0.1)
