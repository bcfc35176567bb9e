"""Comment widgets (taxonomy class 12): counters under the title, openers and the thread after them.

A comment-section opener removes what follows it to the end only while no article prose follows;
a bare number line counts as a comment counter only in the header zone.
"""

from __future__ import annotations

from pipelines.rules import lexicon, shape
from pipelines.rules.doc import Doc


def is_comment_line(line: str) -> bool:
    return bool(lexicon.COMMENT_LINE.match(line))


def apply(doc: Doc) -> None:
    start = doc.body_start()
    alive = doc.alive()
    for pos, i in enumerate(alive):
        line = doc.lines[i]
        if is_comment_line(line):
            doc.remove(i, "comments")
            rest = alive[pos + 1:]
            if line.lower().startswith(("no comments", "post a comment", "tiada ulasan", "tinggalkan")) and \
                    not any(shape.is_prose(doc.lines[j]) and doc.kind[j] is None for j in rest[3:]):
                for j in rest:
                    doc.remove(j, "comments")
        elif i < start and lexicon.COMMENT_COUNTER.match(line):
            doc.remove(i, "comments")
