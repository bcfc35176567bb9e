"""Bylines, credits and closing initials (taxonomy classes 7 and 19).

Label lines ("Penulis: X | Editor: Y", "Laporan Wartawan Tribun Pontianak, X", "Pewarta :", video
credit blocks) are removed and their names moved to ``authors``/``editors``. Closing initials
("(dar/nto)", "(*)", "(gsa/arm)") are cut from the end of the last paragraph only, after its final
sentence, and kept in ``byline_codes``; "(PKL)" or "(35)" mid-sentence never match.
"""

from __future__ import annotations

import re

from pipelines.rules import lexicon, shape
from pipelines.rules.doc import Doc

MAX_VALUE_WORDS = 12
DATA_LOOKBACK = 3
MAX_DATA_ROW_WORDS = 15
#: Labels that may stand without a colon before a short name ("Penulis Dian Erika Nugraheny").
_BARE_LABELS = frozenset({"penulis", "editor", "reporter", "pewarta", "kontributor", "fotografer",
                          "written by", "posted by", "ditulis oleh"})
_NAME_SPLIT = re.compile(r"\s*(?:,|\s&\s|\sdan\s|/|–|—|\s-\s)\s*")


def _names(value: str) -> list[str]:
    value = value.strip(" :-–|")
    return [n for n in _NAME_SPLIT.split(value) if n and len(n) > 1][:1] if value else []


def _is_name_list(value: str) -> bool:
    toks = value.split()
    return 1 <= len(toks) <= 5 and all(t[:1].isupper() for t in toks) and not shape.ends_sentence(value)


def label_line(line: str) -> list[tuple[str, str]] | None:
    """The (label, value) pairs of a byline/credit line, or None when the line is not one."""
    parts = [p for p in line.split("|")] if "|" in line else [line]
    pairs = []
    for part in parts:
        m = lexicon.BYLINE_LABEL.match(part)
        if not m:
            return None
        label, value = m["label"].casefold(), m["value"].strip()
        if m["colon"]:
            if shape.word_count(value) > MAX_VALUE_WORDS:
                return None
        elif not (label in _BARE_LABELS and _is_name_list(value)):
            return None
        pairs.append((label, value))
    return pairs


def is_byline(line: str) -> bool:
    return bool(label_line(line) or lexicon.REPORT_LINE.match(line)
                or lexicon.NAME_ROLE_DATE_LINE.match(line))


def _record(doc: Doc, label: str, value: str) -> None:
    if label in lexicon.AUTHOR_LABELS:
        doc.out.authors.extend(n for n in _names(value) if n not in doc.out.authors)
    elif label in lexicon.EDITOR_LABELS:
        doc.out.editors.extend(n for n in _names(value) if n not in doc.out.editors)


def apply(doc: Doc) -> None:
    start, end = doc.body_start(), doc.body_end()
    alive = doc.alive()
    for pos, i in enumerate(alive):
        line = doc.lines[i]
        pairs = label_line(line)
        if pairs is not None and doc.keep_data_sources and [p[0] for p in pairs] == ["sumber"] \
                and _credits_data(doc, i):
            continue
        if pairs is not None:
            doc.remove(i, "byline")
            for label, value in pairs:
                _record(doc, label, value)
            nxt = alive[pos + 1] if pos + 1 < len(alive) else None
            if all(not v for _, v in pairs) and nxt is not None and _is_name_list(doc.lines[nxt]):
                doc.remove(nxt, "byline")  # "Editor:" then the name on its own line
                _record(doc, pairs[-1][0], doc.lines[nxt])
            continue
        m = lexicon.REPORT_LINE.match(line)
        if m:
            doc.remove(i, "byline")
            _record(doc, "reporter", (m["v1"] or m["v2"] or "").split(",")[-1])
            continue
        m = lexicon.NAME_ROLE_DATE_LINE.match(line)
        if m and i <= start:
            doc.remove(i, "byline")
            _record(doc, "penulis", m["name"])
            doc.out.date_lines.append(m["date"])
            continue
        if (i < start or i > end) and lexicon.EMPTY_META_LINE.match(line):
            doc.remove(i, "byline")
        elif i > end and lexicon.CAPS_NAME_LINE.match(line) \
                and line.strip() not in lexicon.CAPS_NAME_STOPLIST:
            doc.remove(i, "byline")


def _is_data_row(line: str) -> bool:
    """A table row or chart value: short, figures in it, not a sentence ("Katingan 640 ton")."""
    return shape.word_count(line) <= MAX_DATA_ROW_WORDS and bool(lexicon.NUMBER.search(line)) \
        and not shape.ends_sentence(line)


def _credits_data(doc: Doc, i: int) -> bool:
    """Whether the "Sumber:" line at ``i`` sits under a table, a chart label or rows of figures."""
    before = [doc.lines[j] for j in doc.alive(max(0, i - DATA_LOOKBACK), i)]
    if not before:
        return False
    if lexicon.DATA_LABEL.match(before[-1]) or shape.is_list_run(before):
        return True
    return len(before) >= 2 and _is_data_row(before[-1]) \
        and (_is_data_row(before[-2]) or bool(lexicon.DATA_LABEL.match(before[-2])))


def _keep_codes(doc: Doc, code: str) -> None:
    codes = [c.strip() for c in re.split(r"\s*/\s*", code) if c.strip()]
    doc.out.byline_codes.extend(c for c in codes if c not in doc.out.byline_codes)


def closing_codes(doc: Doc) -> None:
    """Cut "(dar/nto)"-style codes from the end of the last two article paragraphs."""
    alive = doc.alive()
    for i in alive[-3:]:
        alone = lexicon.CLOSING_CODE_LINE.match(doc.lines[i])
        if alone:
            _keep_codes(doc, alone["code"])
            doc.remove(i, "byline")
    for i in doc.alive()[-2:]:
        line = doc.lines[i]
        m = lexicon.CLOSING_CODE.search(line)
        if not m or m.start() == 0:
            continue
        _keep_codes(doc, m["code"])
        doc.lines[i] = line[:m.start()].rstrip()
        doc.out.removed["byline"] += 1
        doc.out.trace.append(("byline", m.group().strip()))
