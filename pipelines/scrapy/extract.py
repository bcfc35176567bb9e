"""Item pipeline: ``FetchedPage`` -> article record dict (``pipelines.article.extract_article``).

Thin on purpose: all the work is in :func:`extract_page`, a plain function of a page and the
loaded profiles, so it can be called (or moved off the reactor into a process pool) without Scrapy.
A page that is not an article becomes a record with ``error`` = "<reason>: <detail>", counted
as ``dropped/<reason>``; removals are counted as ``removed/<class>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newscrawl.sites import SiteProfile, load_profiles, load_themes, profile_for_url
from pipelines.article import extract_article
from pipelines.page import FetchedPage, Page
from pipelines.profile import ExtractionProfile
from pipelines.record import Rejected, error_record


def extract_page(fetched: FetchedPage, profiles: dict[str, SiteProfile],
                 themes: Sequence[ExtractionProfile] = ()) -> dict[str, Any]:
    """One fetched page to one record (an error record when the page is not an article)."""
    site = profiles.get(fetched.site) if fetched.site else None
    site = site or profile_for_url(fetched.url, profiles)
    page = Page.from_fetched(fetched)
    more = [Page(url, body, fetched.headers, fetched.crawled_at) for url, body in fetched.extra_pages]
    try:
        return extract_article(page, site.extraction if site else None, themes=themes, more_pages=more,
                               site_name=site.name if site else None)
    except Rejected as exc:
        return error_record(fetched.url, str(exc))


class ExtractPipeline:
    """Turns each ``FetchedPage`` into a record; other items pass through untouched."""

    def __init__(self, crawler: Any, profiles: dict[str, SiteProfile],
                 themes: Sequence[ExtractionProfile]) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.profiles = profiles
        self.themes = list(themes)

    @classmethod
    def from_crawler(cls, crawler: Any) -> ExtractPipeline:
        extra = crawler.settings.getlist("NEWSCRAWL_PROFILES")
        themes = [t.extraction for t in load_themes(extra).values()]
        return cls(crawler, load_profiles(extra), themes)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        record = extract_page(item, self.profiles, self.themes)
        if record.get("error"):
            reason = record["error"].split(":", 1)[0]
            self.stats.inc_value(f"dropped/{reason}")
        else:
            self.stats.inc_value("extract/articles")
        for cls, n in record.get("removed", {}).items():
            self.stats.inc_value(f"removed/{cls}", n)
        return record
