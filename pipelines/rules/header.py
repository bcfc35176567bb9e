"""The header block between the headline and the first article paragraph (deck, picture caption).

News CMSs print: headline, deck (standfirst), byline, date, picture credit, caption, then the text.
With the headline in the text, any line between it and the last byline/date/credit line is a deck
or caption (``deck``); the first line after that last anchor is the picture caption; a header line
repeated inside the body is a deck. Lists and labels after the anchors ("Ringkasan Berita" bullets,
numbered items) stay.
"""

from __future__ import annotations

import re

from pipelines.rules import shape
from pipelines.rules.doc import Doc

ANCHOR_KINDS = frozenset({"byline", "article_date", "caption"})
_LIST_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-•*·])\s")
MIN_DECK_WORDS = 6


def apply(doc: Doc) -> None:
    if not doc.header_mode:
        return
    start = doc.body_start()
    zone = range(doc.title_index + 1, start)
    anchors = [i for i in zone if doc.kind[i] in ANCHOR_KINDS]
    if anchors:
        last = anchors[-1]
        for i in doc.alive(doc.title_index + 1, last):
            doc.remove(i, "deck")
        after = doc.alive(last + 1, start)
        if after and not _LIST_ITEM.match(doc.lines[after[0]]) and not shape.is_prose(doc.lines[after[0]]):
            doc.remove(after[0], "caption")
            doc.out.captions.append(doc.lines[after[0]])
    body = " ".join(shape.key(doc.lines[i]) for i in doc.alive(start))
    for i in doc.alive(doc.title_index + 1, start):
        k = shape.key(doc.lines[i])
        if len(k.split()) >= MIN_DECK_WORDS and k in body:
            doc.remove(i, "deck")
