"""Menus, breadcrumbs, rubric labels and archive labels (taxonomy class 2).

Blogger/WordPress label strings and search-autocomplete junk are removed anywhere (they are never
prose). Lines made only of menu words ("HOME NEWS NASIONAL", "Lokal") are removed only above the
body start or below the body end: a one-word crosshead inside the article stays.
"""

from __future__ import annotations

import re

from pipelines.rules import lexicon
from pipelines.rules.doc import Doc

_SEPARATORS = re.compile(r"\s*[»›>/|]\s*|\s+")


def is_label_line(line: str) -> bool:
    return bool(lexicon.NAVIGATION_LINE.match(line) or lexicon.AUTOCOMPLETE_ITEM.match(line))


def is_menu_line(line: str) -> bool:
    """At most five tokens, every one a menu word ("Select Menu" counts as one)."""
    text = line.strip().casefold()
    if not text or len(text.split()) > 5:
        return False
    if text in lexicon.MENU_WORDS:
        return True
    tokens = [t for t in _SEPARATORS.split(text) if t]
    return bool(tokens) and all(t in lexicon.MENU_WORDS for t in tokens)


def apply(doc: Doc) -> None:
    start, end = doc.body_start(), doc.body_end()
    for i in doc.alive():
        line = doc.lines[i]
        if is_label_line(line) or ((i < start or i > end) and is_menu_line(line)):
            doc.remove(i, "navigation")
