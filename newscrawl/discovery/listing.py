"""Section listing pages (``/daerah/``, ``/category/x/page/2/``, ``?page=3``): article links, the next page.

Article links are the profile's ``links`` selector when it has one, else every same-site link that
looks like an article. A link's date is its URL date or the ``<time datetime>`` of the teaser card
around it. Pagination follows the ``next`` selector, else ``rel=next`` or a "Selanjutnya"/"Next"/"»"
link, else (with ``param``) ``?param=N+1``; it stops at ``max_pages`` and once a page's newest dated
link is before ``since`` (listings are newest first). From the home page of an outlet crawled by URL,
section links are followed to ``depth``.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from newscrawl.discovery.articles import LISTING_SEGMENTS, listing_reason
from newscrawl.discovery.base import Context, Discovered, Follow, parse_when
from newscrawl.discovery.rss import with_param
from pipelines.urls import canonicalize, same_site

KIND = "listing"
#: Link texts of "next page" controls.
NEXT_TEXT = re.compile(r"^\s*(?:selanjutnya|berikutnya|halaman berikut(?:nya)?|next(?: page)?|older posts|"
                       r"lebih lama|muat lebih banyak|load more|›|»|>>|→)\s*[›»>→]*\s*$", re.I)
#: Section segments worth following from a home page (crawl by URL).
SECTION_SEGMENTS = frozenset({"category", "kategori", "kanal", "rubrik"})
_CARD_ANCESTORS = 4


def start(entry: dict, ctx: Context) -> list[Follow]:
    state = {"page": 1, "max_pages": entry.get("max_pages", ctx.max_pages), "links": entry.get("links"),
             "next": entry.get("next"), "param": entry.get("param"), "depth": entry.get("depth", 0)}
    return [Follow(urljoin(ctx.home, entry.get("url") or "/"), KIND, state)]


def html_tree(body: bytes) -> etree._Element | None:
    try:
        return lxml.html.document_fromstring(body or b"<html></html>")
    except (etree.ParserError, ValueError):
        return None


def link_date(a: etree._Element, ctx: Context):
    """The ``<time datetime>`` (or ``<time>`` text) of the smallest card around the link."""
    node = a
    for _ in range(_CARD_ANCESTORS):
        node = node.getparent()
        if node is None:
            return None
        times = node.xpath(".//time")
        if len(times) == 1 or (times and len(node.xpath(".//a[@href]")) <= 3):
            t = times[0]
            return parse_when(t.get("datetime") or (t.text or ""), ctx.window.offset)
        if len(node.xpath(".//a[@href]")) > 3:
            return None
    return None


def _anchors(tree: etree._Element, selector: str | None) -> list[etree._Element]:
    if not selector:
        return tree.xpath("//a[@href]")
    out = []
    for el in tree.cssselect(selector):
        out.extend([el] if el.tag == "a" and el.get("href") else el.xpath(".//a[@href]"))
    return out


def _next_url(tree, url: str, state: dict, ctx: Context) -> str | None:
    if state.get("next"):
        hits = [a for el in tree.cssselect(state["next"])
                for a in ([el] if el.get("href") else el.xpath(".//a"))]
    else:
        hits = tree.xpath("//link[@rel='next'][@href]|//a[contains(concat(' ',@rel,' '),' next ')][@href]")
        hits += tree.xpath("//a[contains(concat(' ',normalize-space(@class),' '),' next ')][@href]")
        hits += [a for a in tree.xpath("//a[@href]") if NEXT_TEXT.match(a.text_content() or "")]
    for a in hits:
        nxt = ctx.absolute(a.get("href") or "", url)
        if nxt and canonicalize(nxt) != canonicalize(url) and same_site(nxt, url):
            return nxt
    if state.get("param"):
        return with_param(url, state["param"], state.get("page", 1) + 1)
    return None


def parse(url: str, body: bytes, ctx: Context, state: dict | None = None,
          headers: dict[str, str] | None = None) -> Discovered:
    state = state or {}
    out = Discovered()
    tree = html_tree(body)
    if tree is None:
        return out
    seen: set[str] = set()
    newest = None
    day = state.get("day")  # archive pages: every link is from this day unless its URL says otherwise
    sections: list[str] = []
    for a in _anchors(tree, state.get("links")):
        loc = ctx.absolute(a.get("href") or "", url)
        if loc is None or not same_site(loc, ctx.home):
            continue
        key = canonicalize(loc)
        if key in seen:
            continue
        seen.add(key)
        if not ctx.is_article(loc, strict=not state.get("links")):
            if state.get("depth", 0) > 0 and _is_section(loc):
                sections.append(loc)
            continue
        item = out.offer(loc, link_date(a, ctx) or (parse_when(day) if day else None), KIND, ctx,
                         strict=not state.get("links"))
        if item and item.when is not None and (newest is None or
                                               ctx.window.day(item.when) > ctx.window.day(newest)):
            newest = item.when
    page = state.get("page", 1)
    more = page < state.get("max_pages", ctx.max_pages) and (out.found or out.skipped)
    if more and not ctx.window.before(newest):
        nxt = _next_url(tree, url, state, ctx)
        if nxt:
            out.follow.append(Follow(nxt, state.get("kind", KIND), {**state, "page": page + 1, "depth": 0}))
    for loc in sections:
        out.follow.append(Follow(loc, KIND, {**state, "page": 1, "depth": state["depth"] - 1, "links": None}))
    return out


def _is_section(url: str) -> bool:
    """A section front: ``/category/x/``, ``/kanal/x``, or a one-segment path like ``/daerah/``."""
    reason = listing_reason(url)
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if reason and segments and segments[0].lower() in SECTION_SEGMENTS:
        return True
    return len(segments) == 1 and reason is None and segments[0].lower() not in LISTING_SEGMENTS \
        and "." not in segments[0] and "-" not in segments[0]
