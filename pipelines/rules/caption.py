"""Photo captions and credits (taxonomy class 14).

Credit lines ("Foto: Istimewa", "TRIBUNPONTIANAK.CO.ID/ANESH VIDUKA"), captions that end in a credit
("... (foto : Hiswita)", "... [Foto: KITLV]", "... (Ist)"), a caption printed twice in a row, the
line under a credit, picture-table rows, and short name-only captions between paragraphs. Captions
go to ``captions``. A sentence that starts with "Foto itu kemudian viral ..." is long and has no
colon, so it stays.
"""

from __future__ import annotations

from pipelines.rules import lexicon, shape
from pipelines.rules.doc import Doc

MAX_CREDIT_WORDS = 25
MAX_CAPTION_WORDS = 45
MIN_CONTAINED_CAPTION_WORDS = 8


def is_credit_line(line: str) -> bool:
    if lexicon.CAPTION_CREDIT_LINE.match(line) and shape.word_count(line) <= MAX_CREDIT_WORDS:
        return True
    return bool(lexicon.SLASH_CREDIT_LINE.match(line)) and shape.word_count(line) <= 10


def ends_with_credit(line: str) -> bool:
    return (bool(lexicon.CAPTION_TRAILING_CREDIT.search(line)) and shape.word_count(line) <= MAX_CAPTION_WORDS
            and not lexicon.REPORTING_VERB.search(line))


def is_name_caption(line: str) -> bool:
    """"Drs Datu Buyung Perkasa M Pd Ketua Lembaga Adat Kesultanan Bulungan.": names and titles only."""
    toks = line.rstrip(".").split()
    if not 5 <= len(toks) <= 25 or not line.rstrip().endswith(".") or shape.is_quoted(line):
        return False
    return all(t[:1].isupper() or t.lower() in lexicon.CAPTION_CONNECTORS for t in toks if t[:1].isalpha())


def _same_caption(a: str, b: str) -> bool:
    """A caption printed twice: equal lines, or the alt text inside the credited caption after it."""
    if shape.is_prose(a) or shape.word_count(b) > MAX_CAPTION_WORDS:
        return False
    ka, kb = shape.key(a), shape.key(b)
    n = len(ka.split())
    return (n >= 3 and ka == kb) or (n >= MIN_CONTAINED_CAPTION_WORDS and ka in kb and ends_with_credit(b))


def _take(doc: Doc, i: int) -> None:
    doc.remove(i, "caption")
    if doc.kind[i] == "caption":
        doc.out.captions.append(doc.lines[i])


def apply(doc: Doc) -> None:
    start, end = doc.body_start(), doc.body_end()
    for i, nxt in doc.walk():
        line = doc.lines[i]
        slash_credit = bool(lexicon.SLASH_CREDIT_LINE.match(line)) and shape.word_count(line) <= 10
        if lexicon.MARKDOWN_IMAGE_LINE.match(line) or (is_credit_line(line) and i != doc.title_index):
            _take(doc, i)
            if slash_credit and nxt is not None and nxt < start and not shape.is_prose(doc.lines[nxt]):
                _take(doc, nxt)  # the caption printed under a credit line
        elif nxt is not None and _same_caption(line, doc.lines[nxt]):
            _take(doc, i)
            _take(doc, nxt)
        elif ends_with_credit(line) and (i < end or not lexicon.CLOSING_CODE.search(line)):
            _take(doc, i)
        elif is_name_caption(line) and (i < start or _between_prose(doc, i)):
            _take(doc, i)
        elif i < start and doc.header_mode and lexicon.CAPS_LABEL_CAPTION.match(line) \
                and not shape.is_prose(line):
            _take(doc, i)


def _between_prose(doc: Doc, i: int) -> bool:
    prev, nxt = doc.prev_alive(i), doc.next_alive(i)
    return all(j is not None and shape.is_sentence(doc.lines[j], 12) for j in (prev, nxt))
