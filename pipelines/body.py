"""The article body: the profile's container when it has one, otherwise the generic detector.

The page is read as a sequence of text blocks (block elements and ``<br>``-separated lines,
each with its share of link text). The generic detector picks the element that maximises
``article-like text - link and fragment text`` below it: the smallest element that holds the
story's paragraphs and not much else. It needs no outlet knowledge, so it works on outlets never
seen before; profiles only make it exact.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree
from lxml.cssselect import CSSSelector

from pipelines.rules.pagination import is_pagination

#: Elements that end a text block.
BLOCK_TAGS = frozenset(
    "p div section article main header footer h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote table thead "
    "tbody tfoot tr td th pre figure address center hr form fieldset details summary body html nav aside "
    "figcaption caption".split())
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
#: Blocks whose text belongs to the element around them when scoring containers.
_LEAF_BLOCKS = frozenset("p li dt dd blockquote pre h1 h2 h3 h4 h5 h6 td th figure".split())

#: A block starting with one of these, the rest being links, is a related-article insert.
RELATED_MARKER = re.compile(
    r"^\s*(?:baca\s+juga|baca|lihat\s+juga|simak\s+juga|berita\s+terkait|artikel\s+terkait|read\s+also"
    r"|also\s+read|related|baca\s+selengkapnya)\b\s*[:：]?\s*", re.I)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\xad"), None)

#: Scoring: a paragraph earns its characters (capped), its element all, the parent half (as readability).
MIN_PARAGRAPH_CHARS = 30
LINK_RATIO_MAX = 0.5
PARAGRAPH_CAP = 600
SIBLING_SHARE = 0.3
CONTINUATION_LEVELS = 4
CONTINUATION_SHARE = 0.2
POSITIVE_HINTS = re.compile(
    r"article|content|entry|post-?body|story|body-?text|text-?body|detail|isi|berita|artikel|read|main"
    r"|articlebody|post-?content|news-?text|txt")
NEGATIVE_HINTS = re.compile(
    r"sidebar|side-bar|widget|comment|footer|related|terkait|popular|populer|terkini|feed|list|teaser"
    r"|recommend|promo|banner|glos|nav|menu|breadcrumb|share|sosmed|social|tag|lainnya|index|indeks|trending")


@dataclass
class Block:
    """One run of text between block boundaries, with the element it sits in."""

    text: str
    link_chars: int
    owner: etree._Element
    links: tuple[str, ...] = ()

    @property
    def link_ratio(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0

    @property
    def is_heading(self) -> bool:
        return self.owner.tag in HEADINGS


def fold(text: str) -> str:
    return " ".join(text.translate(_INVISIBLE).split())


def blocks(root: etree._Element) -> list[Block]:
    """The text blocks below ``root`` in reading order (one walk; the hottest loop of extraction)."""
    out: list[Block] = []
    parts: list[str] = []
    links: list[str] = []
    owners: list[etree._Element] = [root]
    link_chars = in_link = 0

    def emit() -> None:
        """The text run since the last boundary becomes a block (called only when there is a run)."""
        text = fold("".join(parts))
        if text:
            out.append(Block(text, min(link_chars, len(text)), owners[-1], tuple(links)))
        parts.clear()

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        is_block = tag in BLOCK_TAGS
        if event == "start":
            text = el.text
            if is_block or tag == "br":
                if parts:
                    emit()
                links.clear()
                link_chars = 0
                if is_block:
                    owners.append(el)
            if tag == "a":
                in_link += 1
                links.append(fold(el.text_content() if len(el) else el.text or ""))
        else:
            text = el.tail if el is not root else None
            if tag == "a":
                in_link -= 1
            if is_block:
                if parts:
                    emit()
                links.clear()
                link_chars = 0
                owners.pop()
        if text:
            parts.append(text)
            if in_link:
                link_chars += len(fold(text))
    if parts:
        emit()
    return out


def is_article_text(b: Block) -> bool:
    return len(b.text) >= MIN_PARAGRAPH_CHARS and b.link_ratio < LINK_RATIO_MAX


def _credit_node(b: Block) -> etree._Element:
    owner = b.owner
    if owner.tag in _LEAF_BLOCKS:
        parent = owner.getparent()
        return parent if parent is not None else owner
    return owner


def _class_weight(el: etree._Element) -> float:
    """Generic naming hints (not outlet knowledge): 'content'/'article' wrappers up, feeds and lists down."""
    attrs = " ".join(v for v in (el.get("class"), el.get("id"), el.get("itemprop")) if v).lower()
    if not attrs:
        return 1.0
    weight = 1.0
    if POSITIVE_HINTS.search(attrs):
        weight *= 1.5
    if NEGATIVE_HINTS.search(attrs):
        weight *= 0.5
    return weight


def find_containers(root: etree._Element, all_blocks: Sequence[Block]) -> list[etree._Element]:
    """The element holding the story's paragraphs (plus siblings that continue it), or []."""
    direct: dict[etree._Element, float] = {}
    total: dict[etree._Element, int] = {}
    linked: dict[etree._Element, int] = {}
    for b in all_blocks:
        node: etree._Element | None = b.owner
        while node is not None:
            total[node] = total.get(node, 0) + len(b.text)
            linked[node] = linked.get(node, 0) + b.link_chars
            if node is root:
                break
            node = node.getparent()
        if not is_article_text(b):
            continue
        value = min(len(b.text), PARAGRAPH_CAP) * (1 - b.link_ratio)
        credit = _credit_node(b)
        direct[credit] = direct.get(credit, 0.0) + value
        parent = credit.getparent()
        if parent is not None:
            direct[parent] = direct.get(parent, 0.0) + value / 2

    def final(el: etree._Element) -> float:
        density = linked.get(el, 0) / total[el] if total.get(el) else 0.0
        return direct.get(el, 0.0) * (1 - density) * _class_weight(el)

    scored = [(final(el), el) for el in direct if el.tag not in ("html", "body")]
    if not scored:
        return []
    best_score, best = max(scored, key=lambda t: t[0])
    if best_score <= 0:
        return []
    parent = best.getparent()
    if parent is None:
        return [best]
    floor = SIBLING_SHARE * best_score
    found = [sib for sib in parent if sib is best or (sib in direct and final(sib) >= floor)]
    return found + _continuations(found, all_blocks, total, linked)


def _signature(el: etree._Element) -> tuple[str, str]:
    return el.tag, el.get("class") or ""


def _continuations(found: list[etree._Element], all_blocks: Sequence[Block], total: dict, linked: dict
                   ) -> list[etree._Element]:
    """Story paragraphs split over several wrappers (one per ad slot or section, as NYT does).

    Looks up to ``CONTINUATION_LEVELS`` ancestors above the chosen element for article text in
    elements shaped like the ones already chosen (same tag and class) and adds them when they carry a
    real share of text and the ancestor is not link-heavy (a feed of teasers is).
    """
    inside = [b for b in all_blocks if is_article_text(b) and any(within(b.owner, c) for c in found)]
    if not inside:
        return []
    shapes = {_signature(_credit_node(b)) for b in inside}
    chosen_chars = sum(len(b.text) for b in inside)
    anchor = found[0]
    for _ in range(CONTINUATION_LEVELS):
        anchor = anchor.getparent()
        if anchor is None or anchor.tag in ("body", "html"):
            return []
        if total.get(anchor) and linked.get(anchor, 0) / total[anchor] > 0.3:
            return []
        extra: list[etree._Element] = []
        extra_chars = 0
        for b in all_blocks:
            if not is_article_text(b) or any(within(b.owner, c) for c in found):
                continue
            credit = _credit_node(b)
            if _signature(credit) in shapes and within(credit, anchor):
                if credit not in extra:
                    extra.append(credit)
                extra_chars += len(b.text)
        if extra_chars >= CONTINUATION_SHARE * chosen_chars:
            return extra
    return []


def select_first(root: etree._Element, selectors: Sequence[CSSSelector], *,
                 with_text: bool = False) -> list[etree._Element]:
    """All matches of the first selector that matches (profile selectors are tried in order).

    With ``with_text`` a selector whose matches hold no text does not count: a template's empty
    body container (a photo page) falls through to the next selector.
    """
    for sel in selectors:
        found = sel(root)
        if with_text:
            found = [el for el in found if "".join(el.itertext()).strip()]
        if found:
            return found
    return []


def within(el: etree._Element, container: etree._Element) -> bool:
    node = el
    while node is not None:
        if node is container:
            return True
        node = node.getparent()
    return False


@dataclass
class BodyResult:
    paragraphs: list[str]
    removed: Counter
    related: list[str]


def body_paragraphs(body_blocks: Sequence[Block], title: str | None) -> BodyResult:
    """Article paragraphs of the container's blocks, without pagers, link lists, inserts, the title."""
    removed: Counter = Counter()
    related: list[str] = []
    paras: list[str] = []
    folded_title = fold(title or "").casefold()
    for b in body_blocks:
        text = b.text
        if folded_title and text.casefold() == folded_title:
            removed["repeated_title"] += 1
            continue
        if is_pagination(text):  # "Halaman 1 2 3 Selanjutnya": all links, but not related articles
            removed["pagination"] += 1
            continue
        marker = RELATED_MARKER.match(text)
        if marker and (marker.end() == len(text) or b.link_chars >= 0.5 * (len(text) - marker.end())):
            if marker.end() < len(text) or b.links:
                related.extend(t for t in b.links if t)
            removed["related_insert"] += 1
            continue
        if b.link_ratio > 0.6 and len(text) < 300:
            related.extend(t for t in b.links if len(t.split()) >= 4)
            removed["related_insert"] += 1
            continue
        paras.append(text)
    return BodyResult(paras, removed, related)
