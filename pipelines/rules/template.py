"""Theme placeholder and error-page text (taxonomy class 20): never written by a reporter.

Besides the known placeholders, a short line printed three or more times in one text is a
tagline or banner the theme repeats. Repetition alone is not enough: tables, schedules, Q&A
series and listicles repeat their cells, labels and questions as well. A repeated line counts only
when it looks like a label (headline-shaped, no digits, not a question or sentence) and stands
alone between lines that do not repeat - a table or a recurring record block repeats its
neighbours too.
"""

from __future__ import annotations

from collections import Counter

from pipelines.rules import lexicon, shape
from pipelines.rules.doc import Doc

MIN_REPEATS = 3
MAX_REPEATED_WORDS = 12


def is_template_line(line: str) -> bool:
    return bool(lexicon.TEMPLATE_LINE.match(line))


def _label_shaped(line: str) -> bool:
    s = line.strip()
    return (1 <= shape.word_count(s) <= MAX_REPEATED_WORDS and not shape.ends_sentence(s)
            and not s.endswith((",", "?", "!")) and not shape.is_quoted(s)
            and not any(c.isdigit() for c in s))


def repeated_labels(doc: Doc) -> set[int]:
    """Lines of a short label printed ``MIN_REPEATS`` times or more, each time on its own."""
    alive = doc.alive()
    keys = {i: shape.key(doc.lines[i]) for i in alive}
    counts = Counter(k for k in keys.values() if k)
    found: set[int] = set()
    for k, n in counts.items():
        if n < MIN_REPEATS:
            continue
        places = [pos for pos, i in enumerate(alive) if keys[i] == k]
        if not _label_shaped(doc.lines[alive[places[0]]]):
            continue
        neighbours = [alive[p] for pos in places for p in (pos - 1, pos + 1) if 0 <= p < len(alive)]
        if any(counts[keys[j]] >= 2 and keys[j] != k for j in neighbours):
            continue  # part of a repeated block: a table row, a schedule, a record
        found.update(alive[pos] for pos in places)
    return found


def apply(doc: Doc) -> None:
    repeated = repeated_labels(doc)
    for i in doc.alive():
        if is_template_line(doc.lines[i]) or i in repeated:
            doc.remove(i, "template")
