"""Tag and keyword blocks (taxonomy class 11): "#Papua #Jokowi", "Tags: ...", "TAG" + values,
"Posted in Daerah | Tagged , | Comments Off", tag links glued without spaces.

A labelled line ("Topik: ...") counts only above the body or below it; a body sentence that starts
with "Topik" has no colon and is long.
"""

from __future__ import annotations

from pipelines.rules import lexicon, shape
from pipelines.rules.doc import Doc

MAX_TAG_VALUE_WORDS = 4


def is_hashtag_line(line: str) -> bool:
    return bool(lexicon.HASHTAG_LINE.match(line))


def is_glued_tag_links(line: str) -> bool:
    """"Banjir SamarindaAndi HarunLongsor Samarinda": two or more word joins, no sentence."""
    return (len(lexicon.GLUED_CAMEL.findall(line)) >= 2 and shape.word_count(line) <= 12
            and not shape.ends_sentence(line) and "." not in line)


def apply(doc: Doc) -> None:
    start, end = doc.body_start(), doc.body_end()
    alive = doc.alive()
    for pos, i in enumerate(alive):
        line = doc.lines[i]
        outside = i < start or i > end
        if is_hashtag_line(line) or line.lstrip().startswith("Posted in "):
            doc.remove(i, "tags_block")
        elif lexicon.TAGS_HEADING.match(line):
            doc.remove(i, "tags_block")
            if outside:
                for j in alive[pos + 1:pos + 4]:
                    value = doc.lines[j]
                    if shape.word_count(value) > MAX_TAG_VALUE_WORDS or shape.ends_sentence(value):
                        break
                    doc.remove(j, "tags_block")
        elif outside and (lexicon.TAGS_LINE.match(line) and ":" in line or is_glued_tag_links(line)):
            doc.remove(i, "tags_block")
