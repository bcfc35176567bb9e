"""Related-article inserts (taxonomy class 4): "Baca juga: <headline>" and its variants, related blocks,
link-text CTAs ("Selengkapnya baca di sini") and runs of unmarked headlines between paragraphs.

The headline after a marker must look like a headline (short, no final full stop, not quoted), so
a sentence such as "Simak juga curhatan pembaca setia ... ." or a quote containing "baca juga"
stays. Headlines go to ``related``. Nothing is ever cut "to the end" on a marker.
"""

from __future__ import annotations

import re

from pipelines.rules import lexicon, shape
from pipelines.rules.doc import Doc

MAX_HEADLINE_WORDS = 25
#: Mean share of a headline run's words found in the article above which the run is the article's own.
MAX_RUN_OVERLAP = 0.2
MIN_INLINE_HEADLINE_WORDS = 4
MIN_INLINE_SENTENCE_WORDS = 6
_NUMBERED = re.compile(r"^\s*(?:\d+[.)]|[-•*·])\s")


def _clean_headline(text: str) -> str:
    return text.strip().strip("»›").strip()


def marker_headline(line: str) -> str | None:
    """For a marker line, the headline it carries ("" when the headline is on the next line); else None."""
    m = lexicon.RELATED_MARKER.match(line)
    if not m:
        return None
    marker, headline = m["marker"].lower(), _clean_headline(m["headline"])
    if marker == "baca" and not m["colon"]:
        return None
    if not headline:
        return "" if m["colon"] or marker != "baca" else None
    if not m["colon"] and not (headline[0].isupper() or headline[0].isdigit()):
        return None
    if shape.is_quoted(line) or not shape.is_headline_like(headline, MAX_HEADLINE_WORDS):
        return None
    return headline


def _is_item(line: str) -> bool:
    return (shape.is_headline_like(line, MAX_HEADLINE_WORDS) and not _NUMBERED.match(line)) \
        or bool(lexicon.LOADING_LINE.match(line))


def _take(doc: Doc, i: int, headline: str | None = None) -> None:
    doc.remove(i, "related_insert")
    title = _clean_headline(headline if headline is not None else doc.lines[i])
    if title and not lexicon.LOADING_LINE.match(title) and title not in doc.out.related:
        doc.out.related.append(title)


def markers(doc: Doc) -> None:
    for i, nxt in doc.walk():
        line = doc.lines[i]
        headline = marker_headline(line)
        if headline is not None and not lexicon.RELATED_BLOCK_HEADING.match(line):
            doc.remove(i, "related_insert")
            if headline:
                _take_title(doc, headline)
            elif nxt is not None and _is_item(doc.lines[nxt]):
                _take(doc, nxt)
            continue
        if lexicon.RELATED_BLOCK_HEADING.match(line):
            doc.remove(i, "related_insert")
            j = nxt
            while j is not None and _is_item(doc.lines[j]):
                _take(doc, j)
                j = doc.next_alive(j)
            continue
        glued = lexicon.READ_MORE_GLUED.match(line)
        if glued or lexicon.RELATED_LINK_CTA.match(line):
            doc.remove(i, "related_insert")
            if glued and glued["headline"]:
                _take_title(doc, glued["headline"])
            elif line.rstrip().endswith(":") and nxt is not None and _is_item(doc.lines[nxt]):
                _take(doc, nxt)
            continue
        inline = _split_inline(line)
        if inline:
            doc.lines[i], headline = inline
            doc.out.removed["related_insert"] += 1
            doc.out.trace.append(("related_insert", headline))
            _take_title(doc, headline)


def _take_title(doc: Doc, headline: str) -> None:
    headline = _clean_headline(headline)
    if headline and headline not in doc.out.related:
        doc.out.related.append(headline)


def _split_inline(line: str) -> tuple[str, str] | None:
    """A flattened paragraph with "... . Baca juga: <headline> [next sentence]": cut the insert only.

    At the paragraph's end the headline runs to the end. Mid-paragraph its end is not marked, so it
    is cut only where the next sentence visibly starts (see ``headline_end``); otherwise the text
    is left alone rather than losing a sentence.
    """
    for m in reversed(list(lexicon.RELATED_MARKER_INLINE.finditer(line))):
        rest = line[m.end():].strip()
        if shape.is_headline_like(rest, MAX_HEADLINE_WORDS):
            return line[:m.start()].rstrip(), rest
        end = headline_end(rest)
        if end is not None:
            return f"{line[:m.start()].rstrip()} {rest[end:].lstrip()}", rest[:end].rstrip()
    return None


def headline_end(text: str) -> int | None:
    """Where a flattened headline stops and the article's next sentence starts, when that is clear.

    The next sentence must open with a quotation mark or with a clause opener ("Sementara itu",
    "Sekitar pukul", "Menurut"), after a headline of 4-25 words with no sentence end of its own,
    and run on for a sentence's length. None when no boundary is that clear.
    """
    for m in lexicon.CLAUSE_START.finditer(text):
        head, tail = text[:m.start()].rstrip(), text[m.start():]
        n = shape.word_count(head)
        if n < MIN_INLINE_HEADLINE_WORDS:
            continue
        if n > MAX_HEADLINE_WORDS or re.search(r"[.!?]\s", head) or not shape.is_headline_like(head):
            return None
        first_sentence = re.split(r"(?<=[.!?])\s", tail, maxsplit=1)[0]
        if shape.word_count(first_sentence) >= MIN_INLINE_SENTENCE_WORDS:
            return m.start()
    return None


def headline_runs(doc: Doc) -> None:
    """Two or more unmarked headline lines in a row between article paragraphs (a related block)."""
    start, end = doc.body_start(), doc.body_end()
    alive = [i for i in doc.alive() if start < i < end]
    run: list[int] = []
    for i in alive + [None]:
        adjacent = not run or doc.next_alive(run[-1]) == i
        if i is not None and _is_unmarked_headline(doc.lines[i]) and adjacent:
            run.append(i)
            continue
        if len(run) >= 2 and _foreign_run(doc, run):
            for j in run:
                _take(doc, j)
        run = [i] if i is not None and _is_unmarked_headline(doc.lines[i]) else []


def _foreign_run(doc: Doc, run: list[int]) -> bool:
    """Headlines of other stories: not a list the text introduces, and about something else.

    Crossheads, spec lists and schedules reuse the article's words or share one template; related
    headlines point elsewhere, so few of their words occur in the article's paragraphs.
    """
    lines = [doc.lines[i] for i in run]
    before = doc.prev_alive(run[0])
    if shape.is_list_run(lines) or (before is not None and doc.lines[before].rstrip().endswith(":")):
        return False
    inside = set(run)
    vocabulary = {w for i in doc.alive() if i not in inside and shape.is_prose(doc.lines[i])
                  for w in shape.content_words(doc.lines[i])}
    shares = [len(words & vocabulary) / len(words) for words in map(shape.content_words, lines) if words]
    return bool(shares) and sum(shares) / len(shares) < MAX_RUN_OVERLAP


def _is_unmarked_headline(line: str) -> bool:
    return (4 <= shape.word_count(line) <= MAX_HEADLINE_WORDS and shape.is_headline_like(line)
            and not _NUMBERED.match(line) and shape.is_title_case_heavy(line, 0.5)
            and not line.rstrip().endswith(("?", "!")))


def apply(doc: Doc) -> None:
    markers(doc)
