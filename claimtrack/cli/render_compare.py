"""Terminal rendering of `compare` (overview, one subject, by actor) and of the timeline chart."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console, Group
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from claimtrack.analysis.compare import Comparison, SubjectSummary, bounds_text, claim_date_span
from claimtrack.analysis.timeline import Point, Series
from claimtrack.cli.render import wants_cards
from claimtrack.views import confidence_text

if TYPE_CHECKING:
    from claimtrack.records import Claim

PALETTE = ("cyan", "magenta", "green", "yellow", "blue", "red", "bright_cyan", "bright_magenta", "bright_green")
DATE_WIDTH = 26
COUNT_WIDTH = 34


def _date_cell(r: Claim) -> str:
    when = claim_date_span(r)
    return (when.label + "*") if when.fallback and when.label else (when.label or "?")


def _source(r: Claim) -> str:
    return f"{escape(r.outlet or '?')}\n[dim]{escape(r.document)}[/dim]"


def overview_table(rows: Sequence[SubjectSummary]) -> Table:
    table = Table(title="Subjects", header_style="bold", title_justify="left")
    for name, style, justify in (("subject", "bold", "left"), ("claims", "", "right"), ("numeric", "", "right"),
                                 ("vague", "", "right"), ("actors", "cyan", "left"), ("places", "green", "left"),
                                 ("first", "magenta", "left"), ("last", "magenta", "left"),
                                 ("estimates (lowest .. highest)", "bold", "right")):  # fmt: skip
        table.add_column(name, style=style or None, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for s in rows:
        table.add_row(
            escape(s.subject), str(s.n_claims), str(s.n_numeric), str(s.n_vague), str(len(s.actors)),
            escape(", ".join(s.places)) or "-", s.first or "?", s.last or "?", s.spread_text or "-",
        )  # fmt: skip
    return table


def claims_table(records: Sequence[Claim], title: str) -> Table:
    table = Table(title=title, header_style="bold", title_justify="left")
    for name, style in (("date", "magenta"), ("actor (affiliation)", "cyan"), ("estimate", "bold"),
                        ("place", "green"), ("conf", ""), ("source", ""), ("id", "dim")):  # fmt: skip
        table.add_column(name, style=style or None, overflow="fold", no_wrap=name in ("date", "estimate"))
    for r in records:
        conf = confidence_text(r.confidence, r.reliability, r.credibility)
        if r.review_status:
            conf += f"\n[italic]{r.review_status}[/italic]"
        actor = escape(r.actor or "?")
        if r.actor_affiliation and r.actor_affiliation not in (r.actor or ""):
            actor += f"\n[dim]({escape(r.actor_affiliation)})[/dim]"
        table.add_row(
            _date_cell(r), actor, escape(bounds_text(r) or (r.quantity_raw or "")), escape(r.place or ""), conf,
            _source(r), r.claim_id,
        )  # fmt: skip
    return table


def estimate_lines(records: Sequence[Claim], title: str) -> Group:
    """The estimates for a terminal too narrow for `claims_table`: two lines each, the date, the estimate, the
    actor, place and confidence, then (indented) the outlet, document and claim id."""
    parts: list[Text] = [Text(title, style="bold")]
    for r in records:
        line = Text(f"{_date_cell(r):<12}", style="magenta")
        line.append(f"{bounds_text(r) or (r.quantity_raw or '')}  ", style="bold")
        line.append(r.actor or "?", style="cyan")
        if r.actor_affiliation and r.actor_affiliation not in (r.actor or ""):
            line.append(f" ({r.actor_affiliation})", style="dim")
        if r.place:
            line.append(" · ")
            line.append(r.place, style="green")
        if r.confidence is not None:
            line.append(" · " + confidence_text(r.confidence, r.reliability, r.credibility))
        if r.review_status:
            line.append(f" · {r.review_status}", style="italic")
        parts.append(line)
        parts.append(Text(f"{'':12}{r.outlet or '?'} · {r.document} · {r.claim_id}", style="dim"))
    return Group(*parts)


def _who(r: Claim) -> str:
    return f"{r.actor or '?'}, {_date_cell(r)}"


def summary_text(cmp: Comparison) -> Text:
    out = Text()
    if cmp.lowest is not None and cmp.highest is not None:
        out.append("Spread: ", style="bold")
        out.append(f"lowest {bounds_text(cmp.lowest)}", style="bold")
        out.append(f" ({_who(cmp.lowest)}) .. ")
        out.append(f"highest {bounds_text(cmp.highest)}", style="bold")
        out.append(f" ({_who(cmp.highest)})\n")
        open_ended = [r for r in cmp.claims if r.quantity_high is None]
        if open_ended and (cmp.limit is None or len(open_ended) <= cmp.limit):
            out.append("  open-ended: " + "; ".join(f"{_who(r)}: {bounds_text(r)}" for r in open_ended) + "\n")
        elif open_ended:  # more than the limit: how many of each actor
            per_actor = Counter(r.actor or "?" for r in open_ended)
            ranked = sorted(per_actor.items(), key=lambda kv: (-kv[1], kv[0]))
            counts = ", ".join(f"{actor} {n:,}" for actor, n in ranked)
            out.append(f"  open-ended: {len(open_ended):,} claims ({counts})\n")
    if cmp.latest_by_actor:
        out.append("Latest claim of each actor:\n", style="bold")
        for actor, r in cmp.latest_by_actor.items():
            out.append(f"  {actor}: ", style="cyan")
            out.append(f"{bounds_text(r)}", style="bold")
            out.append(f" ({_date_cell(r)})\n")
    _conflicts_text(out, cmp)
    if cmp.denials:
        out.append("Denials:\n", style="bold red")
        for r in cmp.denials[: cmp.limit]:
            out.append("  ! ", style="bold red")
            out.append(f"{r.actor or '?'} ({_date_cell(r)}, {r.outlet or r.document}): ", style="cyan")
            out.append(f"{(r.evidence or '').strip()[:200]} [{r.claim_id}]\n")
        _more(out, len(cmp.denials), cmp.limit, "denials")
    if any(claim_date_span(r).fallback for r in [*cmp.claims, *cmp.vague]):
        out.append("* no claim date in the text: the publication date is shown\n", style="dim")
    return out


def _more(out: Text, total: int, limit: int | None, what: str) -> None:
    if limit is not None and total > limit:
        out.append(f"  ... {total - limit:,} more {what} (--limit 0 lists them all)\n", style="dim")


def _conflicts_text(out: Text, cmp: Comparison) -> None:
    """Every conflicting pair when all were kept; else how many, and a line per pair of actors."""
    total = cmp.total_conflicts
    if not total:
        out.append(f"No conflicting estimates within {cmp.window_days} days.\n")
        return
    if len(cmp.conflicts) == total:
        out.append(f"Conflicts (cannot both be true within {cmp.window_days} days):\n", style="bold red")
        for c in cmp.conflicts:
            out.append("  ! ", style="bold red")
            out.append(f"{c.reason} [{c.a}, {c.b}]\n")
        return
    pairs = cmp.conflict_summary
    out.append(f"Conflicts (cannot both be true within {cmp.window_days} days): {total:,} pairs of claims between "
               f"{len(pairs):,} pairs of actors (--all-conflicts lists every pair):\n", style="bold red")  # fmt: skip
    for s in pairs[: cmp.limit]:
        out.append("  ! ", style="bold red")
        out.append(f"{s.actor_a} vs {s.actor_b}", style="cyan")
        out.append(f": {s.n_pairs:,} pairs, {s.first} .. {s.last}; furthest apart: {s.extreme.reason} "
                   f"[{s.extreme.a}, {s.extreme.b}]\n")  # fmt: skip
    if cmp.limit is not None and len(pairs) > cmp.limit:
        more = len(pairs) - cmp.limit
        out.append(f"  ... {more:,} more pairs of actors (--format json lists them all)\n", style="dim")


def by_actor_table(cmp: Comparison) -> Table:
    table = Table(title=f"{cmp.subject}: each actor's figures over time", header_style="bold", title_justify="left")
    for name, style in (("actor", "cyan"), ("date", "magenta"), ("estimate", "bold"), ("change", ""), ("id", "dim")):
        table.add_column(name, style=style or None, overflow="fold")
    arrows = {"first": "-", "up": "↑ up", "down": "↓ down", "same": "= same", "changed": "~ changed"}
    for actor, figures in cmp.by_actor.items():
        for i, f in enumerate(figures[: cmp.limit]):
            table.add_row(escape(actor) if i == 0 else "", f.date + ("*" if f.fallback_date else ""), f.text,
                          arrows.get(f.change, f.change), f.claim_id)  # fmt: skip
    return table


def _listed(total: int, limit: int | None) -> str:
    return f"; the first {limit:,}" if limit is not None and total > limit else ""


def print_comparison(console: Console, cmp: Comparison, by: str | None = None) -> None:
    """The claims (the first `cmp.limit` of each list), then the spread, latest claims, conflicts, denials."""
    n, limit = len(cmp.claims), cmp.limit
    listing = estimate_lines if wants_cards(console) else claims_table
    title = f"{cmp.subject}" + (f" in {cmp.place}" if cmp.place else "") + f": {n} estimates" + _listed(n, limit)
    if by == "actor":
        console.print(by_actor_table(cmp))
        longest = max((len(f) for f in cmp.by_actor.values()), default=0)
        if limit is not None and longest > limit:
            console.print(f"[dim]the first {limit:,} figures of each actor (--limit 0 lists them all)[/dim]")
    else:
        console.print(listing(cmp.claims[:limit], title))
        if limit is not None and n > limit:
            console.print(f"[dim]... {n - limit:,} more estimates (--limit 0 lists them all)[/dim]")
    if cmp.vague and by != "actor":
        n_vague = len(cmp.vague)
        console.print(listing(cmp.vague[:limit], f"Vague claims ({n_vague}; not in the spread"
                              f"{_listed(n_vague, limit)})"))  # fmt: skip
        if limit is not None and n_vague > limit:
            console.print(f"[dim]... {n_vague - limit:,} more vague claims (--limit 0 lists them all)[/dim]")
    console.print(summary_text(cmp))


# --- the terminal timeline ---------------------------------------------------------------------
def nice_top(value: float) -> float:
    """A round axis maximum at or above `value` (12,000 -> 12,000; 8,345 -> 8,400)."""
    if value <= 0:
        return 1.0
    step = 10 ** math.floor(math.log10(value)) / 10  # two significant digits, rounded up
    return max(1.0, math.ceil(value / step - 1e-9) * step)


def _pos(value: float, top: float, width: int) -> int:
    return max(0, min(width - 1, round(value / top * (width - 1))))


def count_strip(p: Point, top: float, width: int = COUNT_WIDTH) -> str:
    """The count axis of one point: ● exact, ├──┤ range, ●──▶ at least, ◀──● up to."""
    cells = [" "] * width
    if p.shape == "exact":
        cells[_pos(p.anchor, top, width)] = "●"
    elif p.shape == "range":
        a, b = _pos(p.low or 0.0, top, width), _pos(p.high or 0.0, top, width)
        for i in range(a, b + 1):
            cells[i] = "─"
        cells[a], cells[b] = "├", "┤"
    elif p.shape == "at_least":
        a = _pos(p.anchor, top, width)
        for i in range(a, width):
            cells[i] = "─"
        cells[a], cells[width - 1] = "●", "▶"
    else:
        b = _pos(p.anchor, top, width)
        for i in range(0, b + 1):
            cells[i] = "─"
        cells[0], cells[b] = "◀", "●"
    return "".join(cells)


def date_strip(p: Point, first, last, width: int = DATE_WIDTH) -> str:
    """The date axis of one point: ● on its day (○ publication date), ━━ over a month-precision span."""
    days = max((last - first).days, 1)
    cells = ["·"] * width

    def pos(d) -> int:
        return max(0, min(width - 1, round((d - first).days / days * (width - 1))))

    a, b = pos(p.date), pos(p.date_end)
    for i in range(a, b + 1):
        cells[i] = "━"
    if a == b:
        cells[a] = "○" if p.fallback else "●"
    return "".join(cells)


def timeline_renderable(series: Sequence[Series], title: str, left_out: int = 0, width: int = 120) -> Group:
    """The chart as Rich text lines fitting `width` columns: a row per actor (and claim), a date axis
    (where in the period the claim was made) and a count axis (the estimate as a dot, bar or arrow)."""
    points = [p for s in series for p in s.points]
    first = min(p.date for p in points)
    last = max(p.date_end for p in points)
    top = nice_top(max(max(p.low or 0.0, p.high or 0.0) for p in points))
    text_w = max(len(p.text) for p in points)
    name_w = min(28, max(len("actor"), *(len(s.actor) for s in series)))
    date_w = DATE_WIDTH
    if width < 100:  # a narrow terminal: shorter names and date axis, so that rows do not wrap
        name_w, date_w = min(name_w, 18), 14
    count_w = max(12, min(COUNT_WIDTH + 16, width - name_w - 2 - 12 - date_w - 2 - text_w - 2))
    lines: list[Text] = [Text(title, style="bold")]
    head = Text(f"{'actor':<{name_w}}  {'said':<11} ")
    a, b = (first.isoformat(), last.isoformat()) if date_w >= 22 else (f"{first:%m-%d}", f"{last:%m-%d}")
    span = f"{a}{'':<{max(1, date_w - len(a) - len(b))}}{b}"
    head.append(f"{span:<{date_w}}", style="magenta")
    top_label, mid_label = f"{top:,.0f}", f"{top / 2:,.0f}"
    axis = f"0{mid_label:^{count_w - len(top_label) - 1}}{top_label}"
    head.append("  " + f"{axis:<{count_w}}", style="bold")
    lines.append(head)
    rule = Text(f"{'':<{name_w}}  {'':<11} ")
    rule.append("├" + "─" * (date_w - 2) + "┤", style="magenta")
    rule.append("  ├" + "─" * (count_w // 2 - 2) + "┼" + "─" * (count_w - count_w // 2 - 1) + "┤")
    lines.append(rule)
    for i, s in enumerate(series):
        colour = PALETTE[i % len(PALETTE)]
        for j, p in enumerate(s.points):
            name = s.actor if j == 0 else ""
            if len(name) > name_w:
                name = name[: name_w - 1] + "…"
            row = Text(f"{name:<{name_w}}  ", style=colour)
            row.append(f"{p.label + ('*' if p.fallback else ''):<11} ", style="magenta")
            row.append(date_strip(p, first, last, date_w), style=colour)
            row.append("  ")
            row.append(count_strip(p, top, count_w), style=f"bold {colour}")
            row.append(f" {p.text}", style="bold")
            lines.append(row)
    lines.append(Text("● day  ━ month/week the date covers  ○ * publication date (no claim date)", style="dim"))
    lines.append(Text("●─▶ at least  ◀─● up to  ├─┤ range", style="dim"))
    if left_out:
        lines.append(Text(f"{left_out} vague or undated claims not drawn", style="dim"))
    return Group(*lines)
