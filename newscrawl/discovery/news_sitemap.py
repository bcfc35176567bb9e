"""Google News sitemaps (``news:news`` entries, the last two days of articles with a publication date).

The document is a sitemap; :mod:`sitemap` already prefers ``news:publication_date`` over
``lastmod``, so this component only knows where such sitemaps usually live.
"""

from __future__ import annotations

from urllib.parse import urljoin

from newscrawl.discovery import sitemap
from newscrawl.discovery.base import Context, Follow

KIND = "news_sitemap"
DEFAULT_PATH = "/sitemap-news.xml"
parse = sitemap.parse


def start(entry: dict, ctx: Context) -> list[Follow]:
    return [Follow(urljoin(ctx.home, entry.get("url") or DEFAULT_PATH), sitemap.KIND)]
