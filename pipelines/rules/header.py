"""The header block between the headline and the first article paragraph (deck, picture caption).

News CMSs print: headline, deck (standfirst), byline, date, picture credit, caption, then the text.
With the headline in the text, any line between it and the last byline/date/credit line is a deck
or caption (``deck``); the first line after that last anchor is the picture caption; a header line
repeated inside the body is a deck. Lists and labels after the anchors ("Ringkasan Berita" bullets,
numbered items) stay.
"""

from __future__ import annotations

import re

from pipelines.rules import lexicon, shape
from pipelines.rules.doc import Doc

ANCHOR_KINDS = frozenset({"byline", "article_date", "caption"})
#: The picture caption follows the byline/date block; a credit line already is the caption.
CAPTION_ANCHOR_KINDS = frozenset({"byline", "article_date"})
_LIST_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-•*·])\s")
MIN_DECK_WORDS = 6


def _caption_like(line: str) -> bool:
    """Not a list item, not article prose, not someone quoted."""
    return not (_LIST_ITEM.match(line) or shape.is_prose(line) or shape.is_quoted(line)
                or lexicon.REPORTING_VERB.search(line))


def apply(doc: Doc) -> None:
    if not doc.header_mode:
        return
    start = doc.body_start()
    zone = range(doc.title_index + 1, start)
    anchors = [i for i in zone if doc.kind[i] in ANCHOR_KINDS]
    if anchors:
        for i in doc.alive(doc.title_index + 1, anchors[-1]):
            doc.remove(i, "deck")
        last = max((i for i in anchors if doc.kind[i] in CAPTION_ANCHOR_KINDS), default=-1)
        after = doc.alive(last + 1, start) if last >= 0 else []
        if after and _caption_like(doc.lines[after[0]]):
            doc.remove(after[0], "caption")
            doc.out.captions.append(doc.lines[after[0]])
    body = " ".join(shape.key(doc.lines[i]) for i in doc.alive(start))
    for i in doc.alive(doc.title_index + 1, start):
        k = shape.key(doc.lines[i])
        if len(k.split()) >= MIN_DECK_WORDS and k in body:
            doc.remove(i, "deck")
