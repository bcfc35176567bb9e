"""XML sitemaps: indexes, URL sets, gzipped children, Yoast ``post-sitemapN.xml``, Google News entries.

An index child whose ``lastmod`` is before ``since`` holds nothing newer and is skipped, as is a
Yoast child that is not about posts (``page-``, ``category-``, ``author-sitemap.xml``...). A URL is
kept when its date (URL date, ``news:publication_date``, else ``lastmod``) is inside the window; its
``lastmod`` also travels on as :attr:`Found.lastmod`, so an unchanged article need not be fetched again.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from newscrawl.discovery.base import Context, Discovered, Follow, parse_when, url_date
from newscrawl.discovery.safety import local_name, parse_xml

KIND = "sitemap"
DEFAULT_PATHS = ("/sitemap.xml", "/sitemap_index.xml")
#: Yoast/RankMath children that list taxonomy or static pages, never articles.
NON_POST_CHILD = re.compile(
    r"/(?:page|category|post_tag|tag|author|attachment|product|web-story|elementor_library|"
    r"[\w-]*taxonomy|local)-sitemap\d*\.xml", re.I)


def start(entry: dict, ctx: Context) -> list[Follow]:
    path = entry.get("url") or DEFAULT_PATHS[0]
    return [Follow(urljoin(ctx.home, path), KIND)]


def _child_text(el, name: str) -> str | None:
    for child in el.iter():
        if local_name(child) == name and child.text:
            return child.text.strip()
    return None


def parse(url: str, body: bytes, ctx: Context, state: dict | None = None,
          headers: dict[str, str] | None = None) -> Discovered:
    out = Discovered()
    root = parse_xml(body)
    if root is None:
        return out
    kind = local_name(root)
    offset = ctx.window.offset
    for el in root:
        name = local_name(el)
        loc_text = _child_text(el, "loc")
        if not loc_text or name not in ("sitemap", "url"):
            continue
        loc = ctx.absolute(loc_text, url)
        if loc is None:
            out.skipped += 1
            continue
        lastmod = parse_when(_child_text(el, "lastmod"), offset)
        if kind == "sitemapindex" and name == "sitemap":
            out.see(lastmod, ctx.window)  # a dated index answers even when every child is skipped
            child_day = url_date(loc)
            if NON_POST_CHILD.search(loc) or ctx.window.before(lastmod) or not ctx.window.contains(child_day):
                out.skipped += 1
                continue
            out.follow.append(Follow(loc, KIND))
        elif name == "url":
            published = parse_when(_child_text(el, "publication_date"), offset)
            out.offer(loc, published or lastmod, KIND, ctx, lastmod=lastmod)
    return out
