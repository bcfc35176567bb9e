"""Durable output in Scrapy: articles to partitioned JSONL, records with ``error`` to the run's rejects.

After every durable flush the pipeline tells the dedup index and then the incremental state
(that order: a kill between the two is repaired by reconciliation), and on open it reconciles
the state with the output a killed run left behind. Settings: ``NEWSCRAWL_DATA_DIR``,
``NEWSCRAWL_OUTPUT_GZIP``, ``NEWSCRAWL_OUTPUT_BATCH`` (records per fsync), ``NEWSCRAWL_RUN_ID``.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy.exceptions import DropItem

from pipelines.output import PartitionWriter, RejectWriter
from pipelines.scrapy.dedup import DedupPipeline
from pipelines.scrapy.state import StatePipeline, outlet_stat
from pipelines.state import IncrementalState, reconcile

RUN_ID_STAT = "newscrawl/run_id"


def new_run_id() -> str:
    """Sortable, unique enough for one machine: ``20240503-010203-1a2b``."""
    return f"{datetime.now(UTC):%Y%m%d-%H%M%S}-{secrets.token_hex(2)}"


def run_id(crawler: Any) -> str:
    """This crawl's run id: ``NEWSCRAWL_RUN_ID`` (set by ``newscrawl run``), else one per crawler,
    kept in the crawler's stats so every component (rejects, WARC, summary) names the same run."""
    value = crawler.settings.get("NEWSCRAWL_RUN_ID") or crawler.stats.get_value(RUN_ID_STAT)
    if not value:
        value = new_run_id()
    crawler.stats.set_value(RUN_ID_STAT, value)
    return value


class OutputPipeline:
    def __init__(self, crawler: Any) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.data_dir = Path(settings.get("NEWSCRAWL_DATA_DIR", "data"))
        self.gzip = settings.getbool("NEWSCRAWL_OUTPUT_GZIP", False)
        self.batch = settings.getint("NEWSCRAWL_OUTPUT_BATCH", 20)
        self.writer: PartitionWriter | None = None
        self.rejects: RejectWriter | None = None
        self._dedup: DedupPipeline | None = None
        self._state: IncrementalState | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> OutputPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self._dedup = self.crawler.get_item_pipeline(DedupPipeline)
        state = self.crawler.get_item_pipeline(StatePipeline)
        self._state = state.state if state is not None else None
        if self._state is not None:
            adopted = reconcile(self.data_dir, self._state, *([self._dedup] if self._dedup else []))
            if adopted:
                self.stats.set_value("state/reconciled", adopted)
                self.crawler.spider.logger.warning(
                    "adopted %d records a killed run wrote but did not commit to the state", adopted)
        self.writer = PartitionWriter(self.data_dir, gzip_output=self.gzip, batch_size=self.batch,
                                      listener=self._durable)
        self.rejects = RejectWriter(self.data_dir, run_id(self.crawler), batch_size=self.batch)
        self.stats.set_value("output/data_dir", str(self.data_dir))

    def _durable(self, records: list[dict[str, Any]], sizes: dict[str, int]) -> None:
        if self._dedup is not None:  # dedup first, the state (which checkpoints) last
            self._dedup.commit(records)
        if self._state is not None:
            self._state.commit(records, sizes)
        for record in records:
            self.stats.inc_value("output/articles")
            self.stats.inc_value(outlet_stat(record, "emitted"))

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, dict) or self.writer is None or self.rejects is None:
            return item
        if item.get("error"):
            reason = str(item["error"]).split(":", 1)[0].strip() or "error"
            self.rejects.add(item)
            self.stats.inc_value("output/rejects")
            self.stats.inc_value(outlet_stat(item, f"rejected/{reason}"))
            raise DropItem(f"rejected ({item['error']}): {item.get('url')}", log_level="DEBUG")
        self.writer.add(item)
        return item

    def close_spider(self) -> None:
        if self.writer is not None:
            self.writer.close()
        if self.rejects is not None:
            self.rejects.close()
            if self.rejects.written:
                self.stats.set_value("output/rejects_file", str(self.rejects.path))
