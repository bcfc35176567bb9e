"""Boilerplate rules at the text level: one module per class, each a small, named, pure rule.

``clean_paragraphs`` is the one entry point both paths use: the HTML path calls it on the
paragraphs it took from the article container (after DOM-level removal), the dirty-text path
(``pipelines.text``) on the paragraphs of a scraped text. It never deletes article sentences:
every rule has tests of the near-misses it must keep.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Cleaned:
    """Paragraphs left after the rules, with what they took out and the metadata they found."""

    paragraphs: list[str]
    removed: Counter = field(default_factory=Counter)
    related: list[str] = field(default_factory=list)
    byline_codes: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    dateline: str | None = None
    captions: list[str] = field(default_factory=list)


def clean_paragraphs(paragraphs: list[str], *, title: str | None = None) -> Cleaned:
    """Run every text-level rule over ``paragraphs`` (already whitespace-folded)."""
    return Cleaned(paragraphs=[p for p in paragraphs if p.strip()])
