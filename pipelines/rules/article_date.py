"""The article's own date line under the headline ("Selasa, 2 February 2016 10:36",
"Kompas.com - 23/06/2021, 05:30 WIB", "Jawa Barat | Jumat, 20 Februari 2026").

Removed from the text and kept in ``date_lines`` for the publish date. Only the header zone is
searched (between the headline and the first article paragraph); date bars above the headline are
``date_bar`` (see ``weather``) and dates inside sentences are content.
"""

from __future__ import annotations

from pipelines.rules import lexicon
from pipelines.rules.doc import Doc

#: Without the headline in the text, a date line counts only among the first lines.
TOP_LINES = 4


def is_date_line(line: str) -> bool:
    return bool(lexicon.DATE_ONLY_LINE.match(line) or lexicon.OUTLET_DATE_LINE.match(line))


def apply(doc: Doc) -> None:
    start = doc.body_start()
    if doc.title_index is not None:
        zone = doc.alive(doc.title_index + 1, start)
    else:
        zone = [i for i in doc.alive(0, start)][:TOP_LINES]
    for i in zone:
        if is_date_line(doc.lines[i]):
            doc.out.date_lines.append(doc.lines[i])
            doc.remove(i, "article_date")
