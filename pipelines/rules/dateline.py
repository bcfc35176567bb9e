"""Datelines at the start of the first body paragraph (taxonomy class 8).

"PALANGKA RAYA –", "JAKARTA, KOMPAS.com -", "TRIBUNKALTENG.COM, PALANGKA RAYA -", "Mataram (Suara NTB) –",
"Kaltengtoday.com, Tamiang Layang –", "JAMBI.Sudah": the prefix is cut and its place kept in
``dateline`` (without the outlet). A prefix is accepted only when its parts are an outlet (a domain
or a known agency), an ALL-CAPS place, a bracketed agency/date, or - weakest - one to three
capitalised words before a spaced dash; "Jakarta-Bandung", "Baru-baru ini" and "Wali Kota X, kata"
never parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.rules import lexicon, shape
from pipelines.rules.doc import Doc

_SEP = re.compile(r"\s*,?\s*(,--|--|[-–—|:](?!\d))\s*(?=[\"“‘'A-Z0-9(])")
_PART = re.compile(r"\([^()]*\)|[^,()]+")
_CAPS_WORD = re.compile(r"^[A-Z][A-Z0-9'&.-]*$")
_TITLE_WORD = re.compile(r"^[A-Z][a-zA-Z'.-]*$")
_DATE = re.compile(r"^\d{1,2}/\d{1,2}(?:/\d{2,4})?$")
_CAMEL = re.compile(r"[a-z][A-Z]")  # "KompasOtomotif": an outlet's name, not a place
_BARE = re.compile(r"\s*,?\s*(?:--|[-–—|:])\s*$")
_SECOND_PLACE = re.compile(r"^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s+[-–—]\s+(?=[\"“A-Z])")
_LEADING_DASH = re.compile(r"^\s*(?:--|[-–—])\s*(?=[\"“A-Z])")
MAX_PREFIX = 90
#: How far into the body zone a dateline split over two lines is looked for.
SPLIT_SEARCH_LINES = 4
MIN_WORDS_AFTER_SPLIT = 8


@dataclass(frozen=True)
class Dateline:
    place: str | None
    outlet: str | None
    end: int  # offset where the article text starts
    strength: int  # 2: names an outlet/agency, 1: ALL-CAPS place, 0: capitalised words only

    @property
    def strong(self) -> bool:
        return self.strength >= 1


def _is_outlet(part: str) -> bool:
    return bool(lexicon.DOMAIN.match(part)) or part.casefold() in lexicon.AGENCY_TOKENS


def _analyse(pre: str, sep: str, spaced: bool) -> tuple[str | None, str | None, int] | None:
    parts = [p.strip() for p in _PART.findall(pre) if p.strip()]
    if not parts or len(parts) > 3:
        return None
    place = outlet = None
    strength = 0
    for part in parts:
        inner = part[1:-1].strip() if part.startswith("(") else None
        if inner is not None:
            if _DATE.match(inner) or _is_outlet(inner) or inner.isupper():
                outlet, strength = outlet or inner, 2
            elif len(inner.split()) <= 3 and all(map(_TITLE_WORD.match, inner.split())):
                if place is None:  # "OUTLET.COM (Barito Timur)"
                    place, strength = inner, max(strength, 1)
                else:  # "Muara Teweh (Kalteng Today)"
                    outlet, strength = inner, 2
            else:
                return None
            continue
        toks = part.split()
        if _is_outlet(part) or (len(toks) == 1 and _CAMEL.search(part) and place is not None):
            outlet, strength = part, 2
        elif all(_CAPS_WORD.match(t) for t in toks) and len(toks) <= 4:
            if toks[-1][-1].isdigit() and len(toks) > 1:  # "MAMUJU KAREBA1"
                outlet, part, strength = toks[-1], " ".join(toks[:-1]), 2
            if place is None:
                place = part
                strength = max(strength, 1)
            elif outlet is None:
                outlet, strength = part, 2
            else:
                return None
        elif all(_TITLE_WORD.match(t) for t in toks) and len(toks) <= 4:
            if place is not None and outlet is None and place.isupper() and len(place.split()) == 1:
                outlet, place = place, part  # "KALAMANTHANA, Tamiang Layang"
                strength = 2
            elif place is None:
                place = part
            else:
                return None
        else:
            return None
    if place and place.split()[0].casefold() in lexicon.NOT_A_PLACE:
        place = None
        if outlet is None:
            return None
    if sep in ":|" and outlet is None:
        return None
    if strength == 0 and (not spaced or sep not in "-–—" or len(place.split()) > 3):
        return None
    return place, outlet, strength


def parse(line: str) -> Dateline | None:
    """The dateline at the start of ``line``, or None."""
    text = _collapse_doubled(line)
    offset = len(line) - len(text)
    best: Dateline | None = None
    for m in _SEP.finditer(text[:MAX_PREFIX + 5]):
        pre = text[:m.start()].strip()
        if not pre or m.start() > MAX_PREFIX:
            break
        sep = m.group(1)
        spaced = m.group().startswith((" ", ",")) or sep in ("--", ",--")
        found = _analyse(pre, sep[-1] if sep.endswith("-") else sep, spaced)
        if found and (best is None or found[2] >= best.strength):
            best = Dateline(found[0], found[1], m.end() + offset, found[2])
    m = lexicon.DATELINE_NO_SEPARATOR.match(text)
    if best is None and m:
        place, end = m["place"], m.end()
        following = text[end:].split(" ", 1)[0]
        if place in lexicon.PLACE_HEADS or following in lexicon.PLACE_TAILS:
            place, end = f"{place} {following}", end + len(following) + 1
        best = Dateline(place, m["outlet"], end + offset, 2)
    m = lexicon.DATELINE_DOT.match(text)
    if best is None and m:
        pre = m["pre"]
        if pre.isupper():
            best = Dateline(pre, None, m.end() + offset, 1)
        else:
            best = Dateline(None, pre, m.end() + offset, 2)
    if best is not None and best.strength == 2:
        second = _SECOND_PLACE.match(line[best.end:])
        if second:  # "SATUHABAR.COM, KALTENG - Sampit -": the town after the province
            best = Dateline(second.group(1), best.outlet, best.end + second.end(), 2)
    return best


def _collapse_doubled(line: str) -> str:
    """"X – X – text" -> "X – text" for a repeated prefix of at most 60 characters."""
    for m in _SEP.finditer(line[:65]):
        head = line[:m.end()]
        if line[m.end():].startswith(head.strip()) and len(head) <= 62:
            return line[m.end():]
    return line


def parse_bare(line: str) -> Dateline | None:
    """A dateline printed as a paragraph of its own ("Jakarta -"), as some portals do."""
    m = _BARE.search(line)
    if not m or not line[:m.start()].strip():
        return None
    found = parse(line[:m.start()] + " - X")
    return found if found and found.end >= m.start() else None


def _split_over_two_lines(doc: Doc, start: int) -> bool:
    """"Bandar Lampung" then "– Satreskrim ...": the place on its own line, the dash opening the text."""
    m = _LEADING_DASH.match(doc.lines[start])
    before = doc.prev_alive(start)
    if not m or before is None or before == doc.title_index \
            or shape.word_count(doc.lines[start]) < MIN_WORDS_AFTER_SPLIT:
        return False
    place = doc.lines[before].strip()
    found = parse(f"{place} {doc.lines[start].lstrip()}")
    if found is None or found.end < len(place) + 1 + m.end() - 1:
        return False
    doc.remove(before, "dateline")
    doc.lines[start] = doc.lines[start][m.end():].strip()
    doc.out.dateline = found.place
    return True


def apply(doc: Doc) -> None:
    """Cut the dateline of the first body paragraph and keep its place."""
    start = doc.body_start()
    alive = doc.alive(0, min(start + 1, len(doc.lines)))
    first = alive[0] if alive else None
    if first is not None and (bare := parse_bare(doc.lines[first])):
        doc.remove(first, "dateline")
        doc.out.dateline = bare.place
        return
    if start >= len(doc.lines) or doc.kind[start] is not None:
        return
    lo = doc.title_index + 1 if doc.title_index is not None else 0
    for i in doc.alive(lo, start + 1)[:SPLIT_SEARCH_LINES]:
        if _split_over_two_lines(doc, i):
            return
    found = parse(doc.lines[start])
    if found is None:
        return
    rest = doc.lines[start][found.end:].strip()
    if not rest:
        return
    doc.out.trace.append(("dateline", doc.lines[start][:found.end].strip()))
    doc.lines[start] = rest
    doc.out.dateline = found.place
    doc.out.removed["dateline"] += 1
