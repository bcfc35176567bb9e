"""The headline inside the text, printed again, and what sits above it (taxonomy classes 2 and 3).

When the headline is among the first lines, it marks the top of the article: lines above it are
page chrome (menus, rubric labels, banners, tickers) and further copies of it are
``repeated_title``. Only the first lines are searched: a refrain later in the body is content.
"""

from __future__ import annotations

from pipelines.rules import shape
from pipelines.rules.doc import Doc

TOP_LINES = 12
TITLE = "title"  # the headline itself: taken out of the body, not counted as boilerplate


def locate(doc: Doc, title: str | None) -> None:
    if not title or not shape.key(title):
        return
    wanted = shape.key(title)
    top = doc.alive()[:TOP_LINES]
    found = [i for i in top if shape.key(doc.lines[i]) == wanted]
    if not found:
        return
    doc.title_index = found[0]
    doc.kind[found[0]] = TITLE
    for i in found[1:]:
        doc.remove(i, "repeated_title")


def above_title(doc: Doc) -> None:
    """Whatever no specific rule claimed above the headline is page chrome."""
    if doc.title_index is None:
        return
    for i in doc.alive(0, doc.title_index):
        doc.remove(i, "navigation")
