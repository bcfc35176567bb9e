"""A fetched page to an article record: metadata, DOM-level cleaning, body, then the text rules.

Flow: read metadata from the intact tree (dates need the date-bar classes still in place) ->
reject listing pages -> strip junk and prune boilerplate blocks -> find the body container
(profile selectors, else the generic detector) -> paragraphs -> ``pipelines.rules.clean_paragraphs``
-> one record via ``pipelines.record.new_record``. The page's tree is consumed (pruned in place).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from lxml.cssselect import CSSSelector

from pipelines import dom
from pipelines.body import BodyResult, blocks, body_paragraphs, find_containers, fold, select_first, within
from pipelines.dates import local_iso, parse_date
from pipelines.metadata import Metadata, extract_metadata, split_credit
from pipelines.page import Page
from pipelines.profile import GENERIC, ExtractionProfile
from pipelines.record import Rejected, new_record
from pipelines.rules import clean_paragraphs

#: URL paths of listing pages (tag, category, search, archive, paging), never single articles.
LISTING_URL = re.compile(
    r"/(?:tag|tags|topik|topic|topics|category|categories|kategori|label|search|cari|arsip|archive|indeks"
    r"|index|author|penulis|listtag|kanal|rubrik)(?:/|$|\?)|/page/\d+/?$|[?&](?:s|q|tag)=", re.I)

#: Frequent function words, for a cheap language guess on the body.
STOPWORDS: dict[str, frozenset[str]] = {
    "id": frozenset("yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada "
                    "oleh sudah saat kata bahwa atau para mereka kami telah lebih dia tersebut bisa".split()),
    "en": frozenset("the and of to in is that for it was on with as he be at by this have from "
                    "are his an they which not were has been their said would".split()),
}


#: A page with this many captioned figures and less own text than caption text is a photo gallery.
GALLERY_MIN = 3


@cache
def css(selector: str) -> CSSSelector:
    """A compiled CSS selector (profiles are loaded once; compile each selector once)."""
    return CSSSelector(selector)


def _compiled(selectors: Sequence[str]) -> list[CSSSelector]:
    return [css(s) for s in selectors]


def detect_theme(root: etree._Element, themes: Sequence[ExtractionProfile]) -> ExtractionProfile | None:
    """The first theme profile whose ``detect`` selectors match the page."""
    for theme in themes:
        if any(css(s)(root) for s in theme.detect):
            return theme
    return None


def _profile(root: etree._Element, profile: ExtractionProfile | None,
             themes: Sequence[ExtractionProfile]) -> ExtractionProfile:
    """The outlet's profile when it has selectors; otherwise the theme the markup shows (keeping the
    outlet's name and time zone when there is an outlet), else the generic path."""
    if profile is not None and not profile.is_generic:
        return profile
    theme = detect_theme(root, themes)
    if theme is None:
        return profile or GENERIC
    return replace(theme, name=profile.name, timezone=profile.timezone) if profile else theme


def guess_language(text: str) -> str | None:
    words = re.findall(r"[a-z]+", text[:5000].lower())
    counts = {lang: sum(w in stop for w in words) for lang, stop in STOPWORDS.items()}
    lang, best = max(counts.items(), key=lambda kv: kv[1])
    return lang if best >= 3 else None


def _is_listing(url: str, md: Metadata, root: etree._Element) -> str | None:
    path = urlsplit(url)
    if LISTING_URL.search(path.path + ("?" + path.query if path.query else "")):
        return f"listing URL {path.path}"
    if path.path in ("", "/"):
        return "site home page"
    if md.page_types & {"collectionpage", "itemlist", "searchresultspage"} and not md.page_types & {
            "newsarticle", "article", "blogposting", "reportagenewsarticle"}:
        return "page declares itself a listing (JSON-LD)"
    cards = dom.teaser_list(root)
    if cards:
        return f"list of {cards} teaser card(s) and no text of its own"
    return None


def _profile_date(root: etree._Element, profile: ExtractionProfile, offset: str, now: Any) -> Any:
    for el in select_first(root, _compiled(profile.date)):
        value = el.get("datetime") or el.get("content") or fold(el.text_content())
        dt = parse_date(value, offset, now)
        if dt:
            return dt
    return None


#: Ancestors whose captions belong to other articles' pictures, never the lead image's.
_OTHER_PICTURES = ("sidebar", "related_insert")


def _caption(root: etree._Element) -> str | None:
    """The lead image's caption: the first ``figcaption`` outside sidebars, else the first element
    marked as a caption that is not a credit line ("Penulis: X | Editor: Y" in a ``div.credit``)."""
    marked = None
    for el in root.iter("figcaption", "div", "span", "p"):
        if el.tag != "figcaption" and (marked is not None or dom.classify(el) != "caption"):
            continue
        text = fold(el.text_content())
        if len(text) < 10 or any(dom.classify(a) in _OTHER_PICTURES for a in el.iterancestors()):
            continue
        if el.tag == "figcaption":
            return text
        if not dom.credit_pairs(el):
            marked = text
    return marked


def _gallery_captions(root: etree._Element) -> list[str]:
    """Caption texts (credits cut) of the page's figures, for photo pages whose only text they are."""
    out = []
    for el in root.iter("figcaption"):
        if any(dom.classify(a) in _OTHER_PICTURES for a in el.iterancestors()):
            continue
        text = split_credit(fold(el.text_content()))[0]
        if len(text.split()) >= 5 and text not in out:
            out.append(text)
    return out


@dataclass
class PageBody:
    """One page's body paragraphs and what was taken out of it on the way."""

    result: BodyResult
    removed: Counter
    captions: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)


def _body(root: etree._Element, profile: ExtractionProfile, title_el: etree._Element | None,
          title: str) -> PageBody:
    """Prune, find the container, read its paragraphs."""
    out = PageBody(BodyResult([], Counter(), []), Counter())
    related: list[str] = []
    dom.strip_junk(root)
    gallery = _gallery_captions(root)
    label = dom.kicker(title_el)
    if label is not None:
        out.removed["deck"] += 1
        dom.drop(label)
    for sel in _compiled(profile.remove):
        for el in sel(root):
            cls = dom.classify(el) or "sidebar"
            out.removed[cls] += 1
            if cls == "related_insert":
                related += dom.related_titles(el)
            dom.drop(el)
    containers = select_first(root, _compiled(profile.body), with_text=True) if profile.body else []
    containers = [c for c in containers if not any(within(c, o) for o in containers if o is not c)]
    pruned = [dom.prune(c, guard=False) for c in containers] or [
        dom.prune(root, protect=[title_el] if title_el is not None else ())]
    for p in pruned:
        out.removed += p.removed
        related += p.related
        out.captions += p.captions
        out.authors += p.authors
        out.editors += p.editors
    if containers:
        body_blocks = [b for c in containers for b in blocks(c)]
    else:
        body = root.find("body")
        all_blocks = blocks(body if body is not None else root)
        found = find_containers(root, all_blocks)
        body_blocks = [b for b in all_blocks if any(within(b.owner, c) for c in found)]
    result = body_paragraphs(body_blocks, title)
    words = sum(len(p.split()) for p in result.paragraphs)
    if len(gallery) >= GALLERY_MIN and words < sum(len(c.split()) for c in gallery) / 2:
        result.paragraphs = gallery  # a photo page: its captions are all the text it has
    elif not result.paragraphs and out.captions:
        result.paragraphs = list(out.captions)  # an image and its text, nothing else: the text is the story
    out.removed += result.removed
    result.related[:0] = related
    out.result = result
    return out


def extract_article(page: Page, profile: ExtractionProfile | None = None, *,
                    themes: Sequence[ExtractionProfile] = (), more_pages: Sequence[Page] = (),
                    site_name: str | None = None, page_count: int | None = None) -> dict[str, Any]:
    """The record of one article page (plus its further pages); raises ``Rejected`` for non-articles.

    ``page_count``: how many pages the article has when that is not ``1 + len(more_pages)`` (a single-page
    view fetched instead of the pages)."""
    root = page.tree
    if root is None or root.find("body") is None and not len(root):
        raise Rejected("parse_error", "no HTML document")
    prof = _profile(root, profile, themes)
    offset = prof.timezone
    title_els = select_first(root, _compiled(prof.title)) if prof.title else []
    md = extract_metadata(root, page.url, offset=offset, now=page.crawled_at, title_els=title_els)
    if prof.date and md.published_source not in ("jsonld", "meta"):
        dt = _profile_date(root, prof, offset, page.crawled_at)
        if dt:
            md.published, md.published_source = dt, "text"
    if prof.author:
        names = [fold(el.text_content()) for el in select_first(root, _compiled(prof.author))]
        md.authors = list(dict.fromkeys(n for n in names if n)) or md.authors
    listing = _is_listing(page.url, md, root)
    if listing:
        raise Rejected("not_article", listing)
    caption = _caption(root)

    pages = [_body(root, prof, md.title_el, md.title)]
    pages += [_body(extra.tree, prof, None, md.title) for extra in more_pages]
    paragraphs = [p for b in pages for p in b.result.paragraphs]
    related = [t for b in pages for t in b.result.related]
    removed: Counter = sum((b.removed for b in pages), Counter())
    if not paragraphs:
        raise Rejected("no_body", "no article text found")

    cleaned = clean_paragraphs(paragraphs, title=md.title)
    removed += cleaned.removed
    if not cleaned.paragraphs:
        raise Rejected("no_body", "nothing left after removing boilerplate")
    body = "\n\n".join(cleaned.paragraphs)

    image = md.image
    caption = caption or next((c for b in pages for c in b.captions), None) or (
        cleaned.captions[0] if cleaned.captions else None)
    if caption:
        text, credit = split_credit(caption)
        image = dict(image or {"url": ""}, caption=text or None, credit=credit)

    canonical = md.canonical_url if md.canonical_url and md.canonical_url.startswith("http") else None
    return new_record(
        page.url, canonical,
        outlet=site_name or md.site_name,
        title=md.title,
        lead=md.description,
        body=body,
        authors=list(dict.fromkeys(md.authors + [a for b in pages for a in b.authors] + cleaned.authors)),
        editors=list(dict.fromkeys(md.editors + [e for b in pages for e in b.editors] + cleaned.editors)),
        byline_codes=list(cleaned.byline_codes),
        dateline=cleaned.dateline,
        published_at=local_iso(md.published, offset) if md.published else None,
        modified_at=local_iso(md.modified, offset) if md.modified else None,
        published_at_source=md.published_source,
        section=md.section,
        tags=md.tags,
        image=image,
        related=list(dict.fromkeys(related + cleaned.related)),
        language=guess_language(body) or md.language,
        removed=dict(removed),
        pages=page_count or 1 + len(more_pages),
    )
