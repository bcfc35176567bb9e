"""Incremental crawling in Scrapy: skip article requests whose lastmod is unchanged, version records.

* :class:`IncrementalSpiderMiddleware` drops article requests (``meta["article"]``) whose discovery
  ``meta["lastmod"]`` is not newer than the stored one, before they are scheduled (stat
  ``skipped/unchanged``), and notes every article request's lastmod for the state.
* :class:`StatePipeline` sets ``version`` on new and updated records and drops unchanged ones
  (``dropped/unchanged``). It owns the :class:`~pipelines.state.IncrementalState`; the output
  pipeline commits to it once records are durable.

Switched off by ``NEWSCRAWL_STATE_ENABLED = False``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import Any

from scrapy import Request
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.misc import build_from_crawler, load_object

from pipelines.record import site_of
from pipelines.state import IncrementalState, SQLiteSeenStore

LASTMOD_META = "lastmod"
ARTICLE_META = "article"


def outlet_stat(record: dict[str, Any], what: str) -> str:
    """Per-outlet stat name (``outlet/<site>/<what>``), what the run summary groups by."""
    return f"outlet/{record.get('site') or 'unknown'}/{what}"


class StatePipeline:
    """Assign versions; drop what this outlet already emitted unchanged."""

    def __init__(self, crawler: Any) -> None:
        if not crawler.settings.getbool("NEWSCRAWL_STATE_ENABLED", True):
            raise NotConfigured("NEWSCRAWL_STATE_ENABLED is off")
        self.crawler = crawler
        self.stats = crawler.stats
        self.data_dir = Path(crawler.settings.get("NEWSCRAWL_DATA_DIR", "data"))
        self.state: IncrementalState | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> StatePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        # NEWSCRAWL_SEEN_STORE: a shared store class (distributed mode sets it); default SQLite.
        shared = self.crawler.settings.get("NEWSCRAWL_SEEN_STORE")
        store = (build_from_crawler(load_object(shared), self.crawler) if shared
                 else SQLiteSeenStore.in_data_dir(self.data_dir))
        self.state = IncrementalState(store)

    def close_spider(self) -> None:
        if self.state is not None:
            self.state.close()

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, dict) or item.get("error") or self.state is None:
            return item
        verdict = self.state.classify(item)
        if verdict.status == "unchanged":
            self.stats.inc_value("dropped/unchanged")
            self.stats.inc_value(outlet_stat(item, "unchanged"))
            raise DropItem(f"unchanged since version {verdict.version}: {item['url']}", log_level="DEBUG")
        item["version"] = verdict.version
        self.stats.inc_value(f"incremental/{verdict.status}")
        self.stats.inc_value(outlet_stat(item, verdict.status))
        return item


class IncrementalSpiderMiddleware:
    """Filters article requests with an unchanged discovery lastmod out of the spider's output."""

    def __init__(self, crawler: Any) -> None:
        if not crawler.settings.getbool("NEWSCRAWL_STATE_ENABLED", True):
            raise NotConfigured("NEWSCRAWL_STATE_ENABLED is off")
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> IncrementalSpiderMiddleware:
        return cls(crawler)

    def _state(self) -> IncrementalState | None:
        pipeline = self.crawler.get_item_pipeline(StatePipeline)
        return pipeline.state if pipeline is not None else None

    def _keep(self, obj: Any) -> bool:
        if not isinstance(obj, Request) or not obj.meta.get(ARTICLE_META):
            return True
        state = self._state()
        if state is None:
            return True
        lastmod = obj.meta.get(LASTMOD_META)
        if not state.should_fetch(obj.url, lastmod):
            self.crawler.stats.inc_value("skipped/unchanged")
            self.crawler.stats.inc_value(f"outlet/{site_of(obj.url)}/skipped_unchanged")
            return False
        state.note_lastmod(obj.url, lastmod)
        return True

    def process_spider_output(self, response: Any, result: Iterable[Any]) -> Iterable[Any]:
        return (obj for obj in result if self._keep(obj))

    async def process_spider_output_async(self, response: Any,
                                          result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for obj in result:
            if self._keep(obj):
                yield obj

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for obj in start:
            if self._keep(obj):
                yield obj
