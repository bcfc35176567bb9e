"""Boilerplate rules at the text level: one module per class, each a small, named, pure rule.

``clean_paragraphs`` is the one entry point both paths use: the HTML path calls it on the
paragraphs it took from the article container (after DOM-level removal), the dirty-text path
(``pipelines.text``) on the paragraphs of a scraped text. It never deletes article sentences:
every rule has tests of the near-misses it must keep.

The order follows the taxonomy's recommended cleaning order: encoding first, then whole-line
classes anywhere, then the header zone (headline, byline, date, caption, deck), the dateline of the
first body paragraph, document-level repeats, and last the footer (closing initials, trailing
headlines). Phrase lists and patterns live in ``lexicon``.
"""

from __future__ import annotations

from pipelines.rules import (
    ads,
    article_date,
    byline,
    caption,
    comments,
    copyright,
    cta,
    dateline,
    duplicate,
    encoding,
    header,
    navigation,
    pagination,
    related,
    repeated_title,
    sidebar,
    tags,
    template,
    weather,
)
from pipelines.rules.doc import Cleaned, Doc

__all__ = ["Cleaned", "clean_paragraphs"]

#: Whole-line rules, in the order they claim lines (a line goes to the first class that matches).
LINE_RULES = (
    weather.apply,
    ads.apply,
    cta.apply,
    template.apply,
    pagination.apply,
    comments.apply,
    copyright.apply,
    related.apply,
    byline.apply,
    article_date.apply,
    caption.apply,
    tags.apply,
    navigation.apply,
    sidebar.apply,
)


def clean_paragraphs(paragraphs: list[str], *, title: str | None = None,
                     keep_data_sources: bool = True) -> Cleaned:
    """Run every text-level rule over ``paragraphs`` (one string per paragraph or line).

    ``title``, when given, is the article's headline; if it also appears among the first
    paragraphs (as in a scraped page text), the lines above it are page chrome.
    ``keep_data_sources``: a "Sumber: ..." line under a table or chart credits the data and stays
    (False removes every "Sumber:" line as a credit).
    """
    lines = [encoding.repair(p) for p in paragraphs]
    doc = Doc([p for p in lines if p], Cleaned(paragraphs=[]), keep_data_sources=keep_data_sources)
    repeated_title.locate(doc, title)
    for rule in LINE_RULES:
        rule(doc)
    repeated_title.above_title(doc)
    header.apply(doc)
    dateline.apply(doc)
    duplicate.apply(doc)
    related.headline_runs(doc)
    byline.closing_codes(doc)
    sidebar.trailing_headlines(doc)
    doc.out.paragraphs = [doc.lines[i] for i in doc.alive() if doc.lines[i].strip()]
    return doc.out
