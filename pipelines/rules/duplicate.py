"""Repeated body (taxonomy class 6): the whole article printed again, a truncated second copy, or a
paragraph printed twice.

Comparison is on word keys with any dateline prefix removed, so "FAJAR.CO.ID -" and
"FAJAR.CO.ID –" copies match. The first copy is kept. Short paragraphs (refrains, slogans) are
only removed when they are part of a repeated run, never on their own.
"""

from __future__ import annotations

from pipelines.rules import shape
from pipelines.rules.doc import Doc

MIN_EXACT_WORDS = 12
MIN_TAIL_CHARS = 20


def _key(doc: Doc, line: str) -> str:
    found = doc.dateline(line)
    return shape.key(line[found.end:] if found else line)


def apply(doc: Doc) -> None:
    alive = doc.alive()
    keys = {i: _key(doc, doc.lines[i]) for i in alive}
    start = doc.body_start()
    body = [i for i in alive if i >= start]
    if body:
        _repeated_run(doc, body, keys)
    seen: set[str] = set()
    for i in doc.alive():
        k = keys[i]
        if len(k.split()) >= MIN_EXACT_WORDS and k in seen:
            doc.remove(i, "duplicate_body")
        seen.add(k)


def _repeated_run(doc: Doc, body: list[int], keys: dict[int, str]) -> None:
    """Remove a second copy that starts again with the first body paragraph."""
    first = keys[body[0]]
    if not first:
        return
    for pos in range(1, len(body)):
        k = keys[body[pos]]
        is_last = pos == len(body) - 1
        if k == first or (is_last and len(k) >= MIN_TAIL_CHARS and first.startswith(k)):
            copy = body[pos:]
            for j, i in enumerate(copy):
                original = keys[body[j]] if j < pos else ""
                if keys[i] == original or (original.startswith(keys[i]) and i == copy[-1] and keys[i]):
                    doc.remove(i, "duplicate_body")
                else:
                    break
            return
