"""Pagination links (taxonomy class 13): "Halaman 1/4", "Halaman : 1 2 3 Selanjutnya", "Page: 1 2".

Whole lines with digits or navigation words only: "di halaman Mapolres" in prose is a courtyard.
"""

from __future__ import annotations

from pipelines.rules import lexicon
from pipelines.rules.doc import Doc


def is_pagination(line: str) -> bool:
    return bool(lexicon.PAGINATION_LINE.match(line))


def apply(doc: Doc) -> None:
    doc.remove_where(is_pagination, "pagination")
