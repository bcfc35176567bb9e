"""Copyright lines and site footers (taxonomy class 15): "Copyright © ANTARA 2023", "All Right Reserved",
reuse notices. Whole lines below the body start only: an article about "UU Hak Cipta" keeps its prose."""

from __future__ import annotations

from pipelines.rules import lexicon
from pipelines.rules.doc import Doc


def is_copyright(line: str) -> bool:
    return bool(lexicon.COPYRIGHT_LINE.match(line))


def apply(doc: Doc) -> None:
    doc.remove_where(is_copyright, "copyright")
