"""Raw archive in Scrapy: every fetched article (all its pages) into ``data/warc/<run-id>.warc.gz``.

An item pipeline placed before extraction, so the archive holds exactly what extraction read --
including pages it rejects -- grouped as articles (multi-page ones included), which is what
``newscrawl reextract`` needs to rebuild the records offline. Switched off by
``NEWSCRAWL_WARC_ENABLED = False``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scrapy.exceptions import NotConfigured

from pipelines.page import FetchedPage
from pipelines.scrapy.output import run_id
from pipelines.warc import WarcArchive


class WarcPipeline:
    def __init__(self, crawler: Any) -> None:
        if not crawler.settings.getbool("NEWSCRAWL_WARC_ENABLED", True):
            raise NotConfigured("NEWSCRAWL_WARC_ENABLED is off")
        self.crawler = crawler
        self.data_dir = Path(crawler.settings.get("NEWSCRAWL_DATA_DIR", "data"))
        self.user_agent = crawler.settings.get("USER_AGENT", "newscrawl")
        self.archive: WarcArchive | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> WarcPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.archive = WarcArchive.for_run(self.data_dir, run_id(self.crawler), self.user_agent)
        self.crawler.stats.set_value("warc/file", str(self.archive.path))

    def close_spider(self) -> None:
        if self.archive is not None:
            self.archive.close()

    def process_item(self, item: Any) -> Any:
        if isinstance(item, FetchedPage) and self.archive is not None:
            self.archive.write_fetched(item)
            self.crawler.stats.inc_value("warc/articles")
            self.crawler.stats.inc_value("warc/pages", 1 + len(item.extra_pages))
        return item
