"""Duplicate detection in Scrapy: ``duplicate_of`` on syndicated copies, or drop them.

Settings: ``NEWSCRAWL_DEDUP_ENABLED`` (default on), ``NEWSCRAWL_DROP_DUPLICATES`` (drop copies instead
of keeping them with ``duplicate_of``), ``NEWSCRAWL_DEDUP_THRESHOLD`` (estimated Jaccard of word
3-shingles, default 0.7). First sightings persist in the state database; the output pipeline
calls :meth:`DedupPipeline.commit` once records are durable.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.misc import build_from_crawler, load_object

from pipelines.dedup import THRESHOLD, DuplicateIndex, SQLiteSignatureStore
from pipelines.scrapy.state import StatePipeline, outlet_stat


class DedupPipeline:
    def __init__(self, crawler: Any) -> None:
        settings = crawler.settings
        if not settings.getbool("NEWSCRAWL_DEDUP_ENABLED", True):
            raise NotConfigured("NEWSCRAWL_DEDUP_ENABLED is off")
        self.crawler = crawler
        self.stats = crawler.stats
        self.data_dir = Path(settings.get("NEWSCRAWL_DATA_DIR", "data"))
        self.drop = settings.getbool("NEWSCRAWL_DROP_DUPLICATES", False)
        self.threshold = settings.getfloat("NEWSCRAWL_DEDUP_THRESHOLD", THRESHOLD)
        self.index: DuplicateIndex | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> DedupPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        # NEWSCRAWL_SIGNATURE_STORE: a shared store class whose ``lsh()`` is shared too (distributed mode
        # sets it: Redis, never rebuilt); default SQLite with an in-memory LSH rebuilt on start.
        shared = self.crawler.settings.get("NEWSCRAWL_SIGNATURE_STORE")
        if shared:
            store = build_from_crawler(load_object(shared), self.crawler)
            self.index = DuplicateIndex(store, store.lsh(self.threshold), threshold=self.threshold,
                                        rebuild=False)
        else:
            self.index = DuplicateIndex(SQLiteSignatureStore.in_data_dir(self.data_dir),
                                        threshold=self.threshold)

    def close_spider(self) -> None:
        if self.index is not None:
            self.index.close()

    def commit(self, records: Iterable[dict[str, Any]]) -> None:
        if self.index is not None:
            self.index.commit(records)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, dict) or item.get("error") or self.index is None:
            return item
        first = self.index.check(item)
        if first is None:
            return item
        item["duplicate_of"] = first
        self.stats.inc_value("duplicates/found")
        self.stats.inc_value(outlet_stat(item, "duplicates"))
        if not self.drop:
            return item
        self.stats.inc_value("dropped/duplicate_content")
        state = self.crawler.get_item_pipeline(StatePipeline)
        if state is not None and state.state is not None:  # nothing to write, so nothing to wait for
            state.state.commit([item])
        raise DropItem(f"duplicate of {first}: {item['url']}", log_level="DEBUG")
