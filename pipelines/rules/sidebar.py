"""Sidebar lists: "Terpopuler", "Artikel Terbaru", "Berita Terkini", "Rekomendasi untuk Anda"
(taxonomy class 16).

A heading line by itself (not "Berita Populer Kalteng: ..." - a title with a colon is not a
heading) is removed with the headline-like items under it, up to the first article paragraph.
Below the last article paragraph, teaser lines ("... …") and further headlines are sidebar too.
"""

from __future__ import annotations

from pipelines.rules import lexicon, shape
from pipelines.rules.doc import Doc

MIN_TRAILING_HEADLINE_WORDS = 5
#: Share of capitalised words in a headline; a cut-off last sentence ("Adapun, total luas Desa X") has fewer.
TRAILING_TITLE_CASE_SHARE = 0.75
#: Lines looked at together when deciding whether trailing lines are the article's own list.
LIST_WINDOW = 4


def is_heading(line: str) -> bool:
    return bool(lexicon.SIDEBAR_HEADING.match(line))


def _is_item(line: str) -> bool:
    return shape.is_headline_like(line) or bool(lexicon.TEASER_END.search(line)) and not shape.is_prose(line)


def is_teaser(line: str) -> bool:
    """A truncated teaser: ends in an ellipsis and is not a full article paragraph."""
    return bool(lexicon.TEASER_END.search(line)) and shape.word_count(line) <= 40


def apply(doc: Doc) -> None:
    start, end = doc.body_start(), doc.body_end()
    alive = doc.alive()
    for pos, i in enumerate(alive):
        if doc.kind[i] is not None or not is_heading(doc.lines[i]):
            continue
        doc.remove(i, "sidebar")
        if i < start:
            continue
        for j in alive[pos + 1:]:
            if doc.kind[j] is None and not _is_item(doc.lines[j]):
                break
            doc.remove(j, "sidebar")
    teasers = [i for i in doc.alive(end + 1) if is_teaser(doc.lines[i])]
    if len(teasers) >= 2:
        for i in teasers:
            doc.remove(i, "sidebar")


def _trailing_candidate(line: str) -> bool:
    if "@" in line or line.lstrip().startswith(("—", "-", "–")):
        return False  # an embedded post's attribution ("— Name (@handle) date") belongs to the article
    return shape.word_count(line) >= MIN_TRAILING_HEADLINE_WORDS and shape.is_headline_like(line) \
        and shape.is_title_case_heavy(line, TRAILING_TITLE_CASE_SHARE)


def trailing_headlines(doc: Doc) -> None:
    """Headline-like lines after the last article paragraph (the next article's title, a list).

    A list the article itself closes with stays: items that share one template (a tour schedule,
    numbered picks), items introduced by a line ending in ":", and the heading right above them.
    """
    end = doc.body_end()
    tail = doc.alive(end + 1)
    if end >= 0 and doc.lines[end].rstrip().endswith(":"):
        return  # "Berikut jadwalnya:" - what follows is the article's list
    keep: set[int] = set()
    for pos in range(len(tail)):
        block = tail[pos:pos + LIST_WINDOW]
        if len(block) >= 2 and shape.is_list_run([doc.lines[i] for i in block]):
            keep.update(block)
            if pos > 0:
                keep.add(tail[pos - 1])  # the list's heading ("Tour Dates")
    for i in tail:
        if i not in keep and _trailing_candidate(doc.lines[i]):
            doc.remove(i, "sidebar")
