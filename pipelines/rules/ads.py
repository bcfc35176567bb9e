"""Advertisement markers (taxonomy class 5): whole lines only, so "iklan rokok dilarang" in prose stays."""

from __future__ import annotations

from pipelines.rules import lexicon
from pipelines.rules.doc import Doc


def is_ad_marker(line: str) -> bool:
    return bool(lexicon.AD_LINE.match(line) or lexicon.AD_TOKEN_LINE.match(line)
                or lexicon.AD_ANYWHERE.search(line))


def apply(doc: Doc) -> None:
    doc.remove_where(is_ad_marker, "ad_marker")
