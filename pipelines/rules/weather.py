"""Weather widget and "today" date bar at the very top (taxonomy class 1).

``weather_header``: a bare temperature line ("26.7 C") and the bare place name next to it.
``date_bar``: a date-only line above the headline (or among the first lines when the headline is
not in the text). That date is the crawl day, so it goes to ``today_bars``, never to ``published``.
Both rules look only at the top: a forecast table mid-body is content.
"""

from __future__ import annotations

import re

from pipelines.rules import lexicon
from pipelines.rules.doc import Doc

TOP_LINES = 8
_TIME = re.compile(r"\b\d{1,2}[.:]\d{2}\b(?![./]\d)")


def is_temperature(line: str) -> bool:
    return bool(lexicon.TEMPERATURE_LINE.match(line))


def is_date_only(line: str) -> bool:
    return bool(lexicon.DATE_ONLY_LINE.match(line))


def _top(doc: Doc) -> list[int]:
    limit = doc.title_index if doc.title_index is not None else doc.body_start()
    return doc.alive(0, limit)[:TOP_LINES]


def weather_header(doc: Doc) -> None:
    top = _top(doc)
    for pos, i in enumerate(top):
        if not is_temperature(doc.lines[i]):
            continue
        doc.remove(i, "weather_header")
        for j in top[max(0, pos - 2):pos + 3]:
            if j != i and lexicon.PLACE_LINE.match(doc.lines[j]) and not is_date_only(doc.lines[j]):
                doc.remove(j, "weather_header")


def date_bar(doc: Doc) -> None:
    top = _top(doc)
    if doc.title_index is None:
        top = top[:3]
    for i in top:
        line = doc.lines[i]
        if is_date_only(line):
            if _TIME.search(line):
                continue  # a date with a time of day is an article date, not a today bar
            doc.out.today_bars.append(line)
            doc.remove(i, "date_bar")


def apply(doc: Doc) -> None:
    weather_header(doc)
    date_bar(doc)
