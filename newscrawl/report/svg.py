"""Small inline SVG charts (no scripts, no external files): bars, stacked bars, a line, horizontal bars.

Every mark carries a ``<title>`` so hovering shows the exact figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

#: Colour-blind-safe palette (Okabe-Ito), cycled for categories.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#999999")
_FONT = 'font-family="sans-serif" font-size="10"'


def _frame(width: int, height: int, title: str, inner: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">'
            f'<text x="4" y="12" {_FONT} font-weight="bold">{escape(title)}</text>{inner}</svg>')


def _axis(width: int, height: int, top: float, label: str) -> str:
    return (f'<line x1="30" y1="{height - 18}" x2="{width - 4}" y2="{height - 18}" stroke="#888"/>'
            f'<text x="2" y="24" {_FONT} fill="#555">{escape(label)}</text>'
            f'<text x="2" y="{height - 20}" {_FONT} fill="#555">0</text>' if top else "")


def _x_labels(labels: Sequence[str], width: int, height: int) -> str:
    if not labels:
        return ""
    step = (width - 34) / len(labels)
    every = max(1, len(labels) // 6)
    return "".join(f'<text x="{30 + step * i + step / 2:.1f}" y="{height - 5}" {_FONT} text-anchor="middle" '
                   f'fill="#555">{escape(lab[5:] if len(lab) == 10 else lab)}</text>'
                   for i, lab in enumerate(labels) if i % every == 0)


def bars(labels: Sequence[str], values: Sequence[float], title: str, *, width: int = 260, height: int = 110,
         color: str = PALETTE[0], unit: str = "") -> str:
    """One bar per label (days)."""
    top = max(values, default=0) or 0
    step = (width - 34) / max(1, len(values))
    span = height - 18 - 22
    marks = "".join(
        f'<rect x="{30 + step * i + step * 0.15:.1f}" y="{height - 18 - span * v / top:.1f}" '
        f'width="{step * 0.7:.1f}" height="{span * v / top:.1f}" fill="{color}">'
        f"<title>{escape(labels[i])}: {v:g}{unit}</title></rect>"
        for i, v in enumerate(values) if top)
    return _frame(width, height, title, _axis(width, height, top, f"{top:g}{unit}") + marks
                  + _x_labels(labels, width, height))


def stacked(labels: Sequence[str], rows: Sequence[dict[str, int]], keys: Sequence[str], title: str, *,
            width: int = 260, height: int = 110) -> str:
    """Stacked bars per label, one colour per key, with a legend underneath the title."""
    totals = [sum(r.get(k, 0) for k in keys) for r in rows]
    top = max(totals, default=0)
    step = (width - 34) / max(1, len(rows))
    span = height - 18 - 44  # room for a two-row legend
    marks = []
    for i, row in enumerate(rows):
        y = height - 18
        for j, key in enumerate(keys):
            n = row.get(key, 0)
            if not n or not top:
                continue
            h = span * n / top
            y -= h
            marks.append(f'<rect x="{30 + step * i + step * 0.15:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" '
                         f'height="{h:.1f}" fill="{PALETTE[j % len(PALETTE)]}">'
                         f"<title>{escape(labels[i])} {escape(key)}: {n}</title></rect>")
    legend = "".join(f'<rect x="{4 + 84 * (j % 3)}" y="{17 + 10 * (j // 3)}" width="8" height="8" '
                     f'fill="{PALETTE[j % len(PALETTE)]}"/>'
                     f'<text x="{14 + 84 * (j % 3)}" y="{25 + 10 * (j // 3)}" {_FONT}>'
                     f"{escape(key[:12])}</text>"
                     for j, key in enumerate(keys[:6]))
    return _frame(width, height, title, legend + _axis(width, height, top, "") + "".join(marks)
                  + (f'<text x="{width - 4}" y="12" {_FONT} text-anchor="end" fill="#555">max {top}</text>'
                     if top else "") + _x_labels(labels, width, height))


def line(labels: Sequence[str], values: Sequence[float], title: str, *, width: int = 260, height: int = 110,
         color: str = PALETTE[2], unit: str = "") -> str:
    """A line with dots (medians over days)."""
    top = max(values, default=0) or 0
    step = (width - 34) / max(1, len(values))
    span = height - 18 - 22
    pts = [(30 + step * i + step / 2, height - 18 - (span * v / top if top else 0))
           for i, v in enumerate(values)]
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
    dots = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{color}">'
                   f"<title>{escape(labels[i])}: {values[i]:g}{unit}</title></circle>"
                   for i, (x, y) in enumerate(pts))
    poly = (f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="1.5"/>'
            if len(pts) > 1 else "")
    return _frame(width, height, title, _axis(width, height, top, f"{top:g}{unit}") + poly + dots
                  + _x_labels(labels, width, height))


def hbars(items: Sequence[tuple[str, int]], title: str, *, width: int = 260, row: int = 13) -> str:
    """Horizontal bars, largest first (boilerplate removed per class)."""
    items = sorted(items, key=lambda kv: -kv[1])[:10]
    height = 20 + row * max(1, len(items))
    top = max((n for _, n in items), default=0)
    marks = "".join(
        f'<text x="4" y="{26 + row * i}" {_FONT}>{escape(k)}</text>'
        f'<rect x="96" y="{18 + row * i}" width="{(width - 140) * n / top:.1f}" height="{row - 3}" '
        f'fill="{PALETTE[1]}"><title>{escape(k)}: {n}</title></rect>'
        f'<text x="{100 + (width - 140) * n / top:.1f}" y="{26 + row * i}" {_FONT} fill="#555">{n}</text>'
        for i, (k, n) in enumerate(items) if top)
    if not items:
        marks = f'<text x="4" y="30" {_FONT} fill="#555">nothing removed</text>'
    return _frame(width, height, title, marks)
