"""Theme placeholder and error-page text (taxonomy class 20): never written by a reporter."""

from __future__ import annotations

from collections import Counter

from pipelines.rules import lexicon, shape
from pipelines.rules.doc import Doc


def is_template_line(line: str) -> bool:
    return bool(lexicon.TEMPLATE_LINE.match(line))


def apply(doc: Doc) -> None:
    alive = doc.alive()
    counts = Counter(shape.key(doc.lines[i]) for i in alive)
    for i in alive:
        line = doc.lines[i]
        repeated_short = counts[shape.key(line)] >= 3 and shape.word_count(line) <= 20 and shape.key(line)
        if is_template_line(line) or repeated_short:
            doc.remove(i, "template")
