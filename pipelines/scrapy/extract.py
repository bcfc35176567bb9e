"""Item pipeline: ``FetchedPage`` -> article record dict (``pipelines.article.extract_article``).

Thin on purpose: all the work is in :func:`extract_page`, a plain function of a page and the
loaded profiles, so it can be called (or moved off the reactor into a process pool) without Scrapy.
A page that is not an article becomes a record with ``error`` = "<reason>: <detail>", counted
as ``dropped/<reason>``; removals are counted as ``removed/<class>``.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Awaitable, Sequence
from typing import TYPE_CHECKING, Any

from newscrawl.discovery.articles import SHAPE_CHECK_META, page_shape_reason
from newscrawl.sites import SiteProfile, load_profiles, load_themes, profile_for_url
from pipelines.article import extract_article
from pipelines.page import FetchedPage, Page
from pipelines.profile import ExtractionProfile
from pipelines.record import Rejected, error_record

if TYPE_CHECKING:  # the pool's modules load only when a crawl asks for one (newscrawl extract never does)
    from concurrent.futures import ProcessPoolExecutor


def extract_page(fetched: FetchedPage, profiles: dict[str, SiteProfile],
                 themes: Sequence[ExtractionProfile] = ()) -> dict[str, Any]:
    """One fetched page to one record (an error record when the page is not an article)."""
    site = profiles.get(fetched.site) if fetched.site else None
    site = site or profile_for_url(fetched.url, profiles)
    page = Page.from_fetched(fetched)
    if fetched.meta.get(SHAPE_CHECK_META):  # the crawl's not-an-article test, on the one parse
        reason = page_shape_reason(page.tree)
        if reason:
            return error_record(fetched.url, f"not_article: {reason}")
    more = [Page(url, body, fetched.headers, fetched.crawled_at) for url, body in fetched.extra_pages]
    try:
        return extract_article(page, site.extraction if site else None, themes=themes, more_pages=more,
                               site_name=site.name if site else None, page_count=fetched.meta.get("pages"))
    except Rejected as exc:
        return error_record(fetched.url, str(exc))


#: In an extraction process: the profiles and themes, loaded once by the pool initializer (each
#: process has its own; the crawl process never reads it).
_loaded: tuple[dict[str, SiteProfile], list[ExtractionProfile]] | None = None


def _load_in_process(extra_dirs: list[str], parent: int) -> None:
    global _loaded
    _loaded = load_profiles(extra_dirs), [t.extraction for t in load_themes(extra_dirs).values()]
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A crawl killed with SIGKILL cannot stop its pool: the worker notices it was orphaned and exits."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def _extract_in_process(fetched: FetchedPage, sign: bool = False) -> dict[str, Any]:
    """``sign``: also compute the body's MinHash for the dedup pipeline, here rather than in the crawl
    process (it is a third of what the crawl process spends per article on dedup)."""
    assert _loaded is not None
    record = extract_page(fetched, *_loaded)
    if sign and not record.get("error"):
        # imported here: datasketch and numpy (~55 MB) load only where a crawl dedups, never into
        # `newscrawl extract` or a crawl without pipelines
        from pipelines.dedup import HASHVALUES_KEY, minhash_values

        record[HASHVALUES_KEY] = minhash_values(record.get("body") or "")
    return record


class ExtractPipeline:
    """Turns each ``FetchedPage`` into a record; other items pass through untouched.

    ``NEWSCRAWL_EXTRACT_PROCESSES`` = N > 0 runs the extraction in N worker processes instead of on
    the reactor thread, which it would otherwise block for the whole extraction of each page: the
    crawl keeps fetching and parsing while pages are cleaned, on another core.
    """

    def __init__(self, crawler: Any, profiles: dict[str, SiteProfile],
                 themes: Sequence[ExtractionProfile], processes: int = 0,
                 extra_dirs: Sequence[str] = ()) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.profiles = profiles
        self.themes = list(themes)
        self.processes = processes
        self.extra_dirs = list(extra_dirs)
        self.pool: ProcessPoolExecutor | None = None
        #: Whether the pool also signs records for the dedup pipeline (set when that pipeline runs).
        self.sign = False

    @classmethod
    def from_crawler(cls, crawler: Any) -> ExtractPipeline:
        extra = crawler.settings.getlist("NEWSCRAWL_PROFILES")
        themes = [t.extraction for t in load_themes(extra).values()]
        processes = crawler.settings.getint("NEWSCRAWL_EXTRACT_PROCESSES", 0)
        return cls(crawler, load_profiles(extra), themes, processes, extra)

    def open_spider(self) -> None:
        from pipelines.scrapy.dedup import DedupPipeline

        # The dedup index uses the default NUM_PERM and MIN_WORDS, as minhash_values does.
        try:
            self.sign = self.crawler.get_item_pipeline(DedupPipeline) is not None
        except RuntimeError:  # no engine: this pipeline is used on its own, without a crawl or dedup
            self.sign = False
        # Not in distributed mode: there, signing in the worker left finished requests leased at a
        # kill, so a rerun fetched everything again (tests/test_redis_workers.py, lone worker). The
        # crawl process signs instead, as before; the cause is open (see the issue note).
        if self.crawler.settings.get("NEWSCRAWL_REDIS_URL"):
            self.sign = False
        if self.processes > 0:  # spawn: forking a process that runs a reactor and threads is unsafe
            from concurrent.futures import ProcessPoolExecutor
            from multiprocessing import get_context

            self.pool = ProcessPoolExecutor(self.processes, mp_context=get_context("spawn"),
                                            initializer=_load_in_process,
                                            initargs=(self.extra_dirs, os.getpid()))

    def close_spider(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()
            self.pool = None

    def process_item(self, item: Any) -> Any | Awaitable[Any]:
        if not isinstance(item, FetchedPage):
            return item
        if self.pool is not None:
            return self._extract_elsewhere(item)
        return self._count(extract_page(item, self.profiles, self.themes))

    async def _extract_elsewhere(self, item: FetchedPage) -> dict[str, Any]:
        import asyncio

        assert self.pool is not None
        return self._count(await asyncio.wrap_future(self.pool.submit(_extract_in_process, item, self.sign)))

    def _count(self, record: dict[str, Any]) -> dict[str, Any]:
        if record.get("error"):
            reason = record["error"].split(":", 1)[0]
            self.stats.inc_value(f"dropped/{reason}")
        else:
            self.stats.inc_value("extract/articles")
        for cls, n in record.get("removed", {}).items():
            self.stats.inc_value(f"removed/{cls}", n)
        return record
