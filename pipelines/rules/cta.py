"""Calls to action (taxonomy classes 9 and 10): share widgets, follow/subscribe prompts, video prompts.

``share_cta``: widget words as whole lines ("Bagikan", "• Whatsapp", the "A A A" font buttons, view
counters, a bare URL). ``follow_cta``: Google News / WhatsApp / Telegram / newsletter / app / login
prompts. ``video_cta``: "Simak Video ...", "Saksikan juga video pilihan berikut ini". A line with
a reporting verb ("kata", "ujar") is someone quoted, never a prompt, and is kept.
"""

from __future__ import annotations

from pipelines.rules import lexicon, shape
from pipelines.rules.doc import Doc

_ONE_LETTER = frozenset({"A", "AA", "Aa"})
MAX_WORDS = 60


def _prompt(line: str) -> bool:
    return shape.word_count(line) <= MAX_WORDS and not lexicon.REPORTING_VERB.search(line)


def is_follow_cta(line: str) -> bool:
    return bool(lexicon.FOLLOW_CTA.match(line)) and _prompt(line)


def is_video_cta(line: str) -> bool:
    return bool(lexicon.VIDEO_CTA.match(line)) and _prompt(line)


def is_share_ui(line: str) -> bool:
    return bool(lexicon.SHARE_UI_LINE.match(line) or lexicon.BARE_URL_LINE.match(line))


def apply(doc: Doc) -> None:
    start, end = doc.body_start(), doc.body_end()
    for i in doc.alive():
        line = doc.lines[i]
        if is_video_cta(line):
            doc.remove(i, "video_cta")
        elif is_follow_cta(line):
            doc.remove(i, "follow_cta")
        elif is_share_ui(line):
            if line.strip() in _ONE_LETTER and start <= i <= end:
                neighbours = [doc.lines[j].strip() for j in (i - 1, i + 1) if 0 <= j < len(doc.lines)]
                if not any(n in _ONE_LETTER for n in neighbours):
                    continue  # a lone "A" inside the body may be a list label
            doc.remove(i, "share_cta")
