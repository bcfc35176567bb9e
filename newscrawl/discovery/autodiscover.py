"""Feed autodiscovery from a home page, for an outlet crawled by URL without a profile.

``<link rel="alternate" type="application/rss+xml|atom+xml">`` gives the feeds (comment feeds
excepted). The home page's own article links are the listing component's job, tried last.
"""

from __future__ import annotations

from urllib.parse import urljoin

from newscrawl.discovery import rss
from newscrawl.discovery.base import Context, Discovered, Follow
from newscrawl.discovery.listing import html_tree

KIND = "autodiscover"
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
_COMMENT_FEED = ("comments", "komentar")


def start(entry: dict, ctx: Context) -> list[Follow]:
    return [Follow(urljoin(ctx.home, entry.get("url") or "/"), KIND)]


def parse(url: str, body: bytes, ctx: Context, state: dict | None = None,
          headers: dict[str, str] | None = None) -> Discovered:
    out = Discovered()
    tree = html_tree(body)
    if tree is None:
        return out
    for link in tree.xpath("//link[@href][@type]"):
        rel = (link.get("rel") or "").lower().split()
        href = link.get("href") or ""
        if "alternate" not in rel or link.get("type", "").lower() not in FEED_TYPES[:3]:
            continue
        if any(word in href.lower() for word in _COMMENT_FEED):
            continue
        loc = ctx.absolute(href, url)
        if loc:
            out.follow.append(Follow(loc, rss.KIND, {"page": 1, "max_pages": 1}))
    return out

