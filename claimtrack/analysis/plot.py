"""Timeline charts as PNG or SVG (by file extension), drawn with matplotlib.

matplotlib is optional (`pip install 'claimtrack[plot]'`) and imported only here, when a chart is
drawn; without it `PlotUnavailable` says how to install it.

The chart: x = when the claim was made, y = the count; one colour per actor (legend), a line
joining each actor's figures; exact figures as dots, ranges as vertical bars, "at least" as an
upward arrow from its bound and "up to" as a downward one; a hollow marker where the claim has no
date of its own and the publication date stands in; a thin horizontal bar where the date is only
known to the month (or week ...).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from claimtrack.analysis.timeline import Series

FORMATS = {".png": "png", ".svg": "svg"}
INSTALL_HINT = "plotting needs matplotlib: pip install 'claimtrack[plot]'"


class PlotUnavailable(RuntimeError):
    """matplotlib is not installed, or the file type is not one we write."""


def _pyplot():
    try:
        import matplotlib

        matplotlib.use("Agg", force=True)
        import matplotlib.pyplot as plt
    except ImportError as err:
        raise PlotUnavailable(INSTALL_HINT) from err
    return plt


def plot_format(path: str | Path) -> str:
    """'png' or 'svg' from the file name, else PlotUnavailable."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise PlotUnavailable(f"cannot write {suffix or 'a file without extension'}: name the plot file .png or .svg")
    return FORMATS[suffix]


def plot_timeline(
    series: Sequence[Series],
    path: str | Path,
    title: str,
    unit: str | None = None,
    note: str | None = None,
) -> Path:
    """Draw the series to `path` (.png or .svg) and return the path.

    `unit`: what is counted, for the y label ("North Korean troops"); `note`: a line under the chart.
    """
    fmt = plot_format(path)
    plt = _pyplot()
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FuncFormatter

    points = [p for s in series for p in s.points]
    top = max((max(p.low or 0.0, p.high or 0.0) for p in points), default=1.0) or 1.0
    arrow = top * 0.16
    fig, ax = plt.subplots(figsize=(11, 6.2), dpi=110)
    colours = plt.get_cmap("tab10").colors
    handles = []
    for i, s in enumerate(series):
        colour = colours[i % len(colours)]
        xs = [mdates.date2num(p.date) for p in s.points]
        if len(s.points) > 1:
            ax.plot(xs, [p.anchor for p in s.points], color=colour, linewidth=1, linestyle="--", alpha=0.6)
        for x, p in zip(xs, s.points, strict=True):
            face = "white" if p.fallback else colour
            if p.date_end > p.date:  # a date known only to the month / week: show the span it covers
                ax.hlines(p.anchor, x, mdates.date2num(p.date_end + dt.timedelta(days=1)), color=colour,
                          linewidth=3, alpha=0.25)  # fmt: skip
            if p.shape == "range":
                ax.vlines(x, p.low, p.high, color=colour, linewidth=3)
                ax.plot([x, x], [p.low, p.high], linestyle="none", marker="_", markersize=12, color=colour)
            elif p.shape == "at_least":
                ax.annotate(
                    "",
                    xy=(x, p.anchor + arrow),
                    xytext=(x, p.anchor),
                    arrowprops={"arrowstyle": "-|>", "color": colour, "linewidth": 2, "mutation_scale": 18},
                )
            elif p.shape == "up_to":
                ax.annotate(
                    "",
                    xy=(x, max(p.anchor - arrow, 0)),
                    xytext=(x, p.anchor),
                    arrowprops={"arrowstyle": "-|>", "color": colour, "linewidth": 2, "mutation_scale": 18},
                )
            ax.plot([x], [p.anchor], marker="o", markersize=8, color=colour, markerfacecolor=face,
                    markeredgewidth=2, zorder=3)  # fmt: skip
            ax.annotate(p.text, (x, p.anchor), textcoords="offset points", xytext=(8, -4 if p.shape == "up_to" else 4),
                        fontsize=9, color=colour)  # fmt: skip
        label = s.actor + (f" ({s.affiliation})" if s.affiliation and s.affiliation not in s.actor else "")
        handles.append(Line2D([], [], color=colour, marker="o", linewidth=0, markersize=8, label=label))

    grey = "0.35"
    keys = [
        Line2D([], [], color=grey, marker="^", linewidth=0, label="at least: open above (arrow up)"),
        Line2D([], [], color=grey, marker="v", linewidth=0, label="up to: open below (arrow down)"),
        Line2D([], [], color=grey, linewidth=3, label="range (low to high)"),
    ]
    if any(p.fallback for p in points):
        keys.append(Line2D([], [], color=grey, marker="o", markerfacecolor="white", markeredgewidth=2, linewidth=0,
                           label="no claim date: publication date used"))  # fmt: skip
    if any(p.date_end > p.date for p in points):
        keys.append(Line2D([], [], color=grey, linewidth=3, alpha=0.3, label="date known to the month/week only"))
    legend = ax.legend(handles=handles, title="Actor", loc="upper left", fontsize=9, title_fontsize=9,
                       bbox_to_anchor=(1.01, 1.0))  # fmt: skip
    ax.add_artist(legend)
    key_legend = ax.legend(handles=keys, title="Key", loc="lower left", fontsize=8, title_fontsize=9,
                           bbox_to_anchor=(1.01, 0.0))  # fmt: skip

    ax.set_title(title, fontsize=13, fontweight="bold")
    ax.set_xlabel("Date claimed (claim date, else publication date)")
    ax.set_ylabel(f"Estimated number{f' of {unit}' if unit else ''}")
    ax.set_ylim(0, top * 1.25)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}"))
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=4, maxticks=10))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    if points:
        first = min(p.date for p in points)
        last = max(p.date_end for p in points)
        pad = max((last - first).days * 0.08, 3)
        ax.set_xlim(mdates.date2num(first) - pad, mdates.date2num(last) + pad * 2.5)
    ax.grid(True, alpha=0.3)
    fig.autofmt_xdate()
    extra = [legend, key_legend]
    if note:
        extra.append(fig.text(0.01, 0.0, note, fontsize=8, color=grey))
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    out = Path(path)
    fig.savefig(out, format=fmt, bbox_inches="tight", bbox_extra_artists=extra)
    plt.close(fig)
    return out
