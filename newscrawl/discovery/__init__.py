"""Discovery: how article URLs of an outlet are found, one small component per mechanism.

Each component module has ``KIND``, ``start(entry, ctx) -> [Follow]`` (the first discovery
documents for a profile's ``[[discovery]]`` entry) and ``parse(url, body, ctx, state, headers)
-> Discovered`` (article URLs found in one document, and further documents to fetch). Profiles name
components by their ``type``; see ``newscrawl/sites/README.md``.
"""

from __future__ import annotations

from types import ModuleType

from newscrawl.discovery import archive, autodiscover, listing, news_sitemap, robots, rss, sitemap, wp_json
from newscrawl.discovery.base import Context, Discovered, Follow, Found, Window

#: Profile ``type`` → component. ``autodiscover`` is used for outlets crawled by URL.
COMPONENTS: dict[str, ModuleType] = {
    m.KIND: m for m in (robots, sitemap, news_sitemap, rss, wp_json, listing, archive, autodiscover)
}
#: Mechanisms that list every article of the window once they answer; the others (feeds, listings,
#: news sitemaps) only count as complete when they reached back to ``since``.
EXHAUSTIVE = frozenset({"robots", "sitemap", "wp_json", "archive"})
#: The chain tried for an outlet crawled by URL, in order (listing from the home page, with depth).
URL_MODE_CHAIN: tuple[dict, ...] = (
    {"type": "robots"}, {"type": "autodiscover"}, {"type": "wp_json"}, {"type": "listing", "depth": 1},
)

__all__ = ["COMPONENTS", "EXHAUSTIVE", "URL_MODE_CHAIN", "Context", "Discovered", "Follow", "Found", "Window"]
