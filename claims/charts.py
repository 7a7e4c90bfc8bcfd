"""A figure's values as a timeline chart: an SVG drawn on the server, no script.

x is when each value was reported, y the value; each source (outlet, else speaker)
has its colour and a line through its own reports; a disputed value is ringed red,
a revised one amber. Every text goes through format_html's escaping: outlet and
speaker names come from articles.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from .matching.selectors import Observation, figure_observations
from .models import Figure

WIDTH, HEIGHT = 760, 280
LEFT, RIGHT, TOP, BOTTOM = 70, 20, 20, 50
# Colour-blind-safe (Okabe-Ito); a ninth source reuses the first colour.
PALETTE = ("#0072b2", "#009e73", "#cc79a7", "#56b4e9", "#e69f00", "#000000", "#d55e00", "#f0e442")
DISPUTED, REVISED = "#d62728", "#e69f00"


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    source: str
    label: str
    divergence: str
    url: str


def _source(observation: Observation) -> str:
    claim = observation.claim
    return claim.article.outlet or (claim.speaker.name if claim.speaker else "") or "unknown source"


def _number(value) -> str:
    text = f"{value:,.6f}".rstrip("0").rstrip(".")
    return text or "0"


def _nice_ceiling(value: float) -> float:
    """The round number at or above `value` an axis is labelled with (35.6 -> 40)."""
    if value <= 0:
        return 1.0
    step = 10 ** math.floor(math.log10(value))
    return next(m * step for m in (1, 2, 2.5, 5, 10) if m * step >= value)


def _scale(low: float, high: float, out_low: float, out_high: float):
    span = (high - low) or 1.0
    return lambda v: out_low + (float(v) - low) / span * (out_high - out_low)


def timeline_points(observations: Sequence[Observation], *, link: Callable | None = None) -> tuple[list[Point], dict]:
    dated = [o for o in observations if o.reported_at is not None]
    if not dated:
        return [], {}
    times = [o.reported_at.timestamp() for o in dated]
    values = [float(o.quantity.value) for o in dated]
    low = min(0.0, min(values))
    high = _nice_ceiling(max(values) * 1.05)
    t0, t1 = min(times), max(times)
    if t0 == t1:  # one day's reports: centre them
        t0, t1 = t0 - 86400, t1 + 86400
    x = _scale(t0, t1, LEFT + 10, WIDTH - RIGHT - 10)
    y = _scale(low, high, HEIGHT - BOTTOM, TOP)
    points = [
        Point(
            x=round(x(t), 1),
            y=round(y(v), 1),
            source=_source(o),
            label=f"{o.quantity.get_qualifier_display()} {o.quantity.text}".replace("exactly ", ""),
            divergence=o.divergence or ("conflicting" if o.conflicting else ""),
            url=link(o.claim) if link else "",
        )
        for o, t, v in zip(dated, times, values)
    ]
    axes = {"low": low, "high": high, "first": min(o.reported_at for o in dated), "last": max(o.reported_at for o in dated)}
    return points, axes


def figure_timeline_svg(figure: Figure, *, link: Callable | None = None) -> SafeString:
    """The chart of `figure`'s values; `link(claim)` gives each point's URL (none: no links)."""
    return timeline_svg(figure_observations(figure), title=figure.label, link=link)


def timeline_svg(observations: Sequence[Observation], *, title: str, link: Callable | None = None) -> SafeString:
    points, axes = timeline_points(observations, link=link)
    if not points:
        return format_html('<p class="figure-chart-empty">No dated values to draw.</p>')
    sources = list(dict.fromkeys(p.source for p in points))
    colour = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(sources)}
    lines = format_html_join(
        "",
        '<polyline points="{}" fill="none" stroke="{}" stroke-width="1.5" stroke-opacity="0.6"/>',
        (
            (" ".join(f"{p.x},{p.y}" for p in mine), colour[source])
            for source in sources
            if len(mine := [p for p in points if p.source == source]) > 1
        ),
    )
    marks = format_html_join("", "{}", ((_mark(p, colour[p.source]),) for p in points))
    legend = format_html_join(
        "",
        '<g transform="translate({},{})"><circle r="5" fill="{}"/><text x="9" y="4">{}</text></g>',
        ((LEFT + i * 170, HEIGHT - 14, colour[s], s[:24]) for i, s in enumerate(sources[:4])),
    )
    baseline, top = HEIGHT - BOTTOM, TOP
    return format_html(
        '<figure class="figure-chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" '
        'role="img" aria-label="{title}: values by date and source" font-family="sans-serif" font-size="11">'
        "<title>{title}</title>"
        '<line x1="{l}" y1="{b}" x2="{r}" y2="{b}" stroke="#888"/><line x1="{l}" y1="{t}" x2="{l}" y2="{b}" stroke="#888"/>'
        '<line x1="{l}" y1="{t}" x2="{r}" y2="{t}" stroke="#ddd"/><line x1="{l}" y1="{mid}" x2="{r}" y2="{mid}" stroke="#eee"/>'
        '<text x="{lt}" y="{midt}" text-anchor="end">{middle}</text>'
        '<text x="{lt}" y="{b}" text-anchor="end">{low}</text><text x="{lt}" y="{tt}" text-anchor="end">{high}</text>'
        '<text x="{l}" y="{db}">{first}</text><text x="{r}" y="{db}" text-anchor="end">{last}</text>'
        "{lines}{marks}{legend}</svg>"
        '<figcaption class="figure-chart-key">Each colour is a source; '
        '<span class="key-disputed">red ring: disputed</span>, <span class="key-revised">amber ring: revised</span>.'
        "{more}</figcaption></figure>",
        w=WIDTH, h=HEIGHT, title=title, l=LEFT, r=WIDTH - RIGHT, b=baseline, t=top, lt=LEFT - 6, tt=top + 4,
        db=baseline + 16, low=_number(axes["low"]), high=_number(axes["high"]),
        mid=(baseline + top) / 2, midt=(baseline + top) / 2 + 4, middle=_number((axes["low"] + axes["high"]) / 2),
        first=f"{axes['first']:%d %b %Y}", last=f"{axes['last']:%d %b %Y}",
        lines=lines, marks=marks, legend=legend,
        more=format_html(" {} more sources.", len(sources) - 4) if len(sources) > 4 else "",
    )


def _mark(point: Point, fill: str) -> SafeString:
    ring = {"disputed": DISPUTED, "revised": REVISED}.get(point.divergence, "")
    tip = f"{point.label} — {point.source}" + (f" ({point.divergence})" if point.divergence else "")
    shape = format_html(
        '<circle cx="{}" cy="{}" r="5" fill="{}"/>{}<text x="{}" y="{}" text-anchor="{}" class="figure-value">{}</text>'
        "<title>{}</title>",
        point.x, point.y, fill,
        format_html('<circle cx="{}" cy="{}" r="9" fill="none" stroke="{}" stroke-width="2.5"/>', point.x, point.y, ring)
        if ring else "",
        # Labels of points near the right edge go on their left, inside the chart.
        *((point.x - 12, point.y + 4, "end") if point.x > WIDTH - 160 else (point.x + 12, point.y + 4, "start")),
        point.label[:24],
        tip,
    )
    css = f"figure-point figure-point--{point.divergence or 'agrees'}"
    if point.url:
        return format_html('<a href="{}" class="{}">{}</a>', point.url, css, shape)
    return format_html('<g class="{}">{}</g>', css, shape)
