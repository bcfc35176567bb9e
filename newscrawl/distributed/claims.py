"""Emit claim: across workers, a record's canonical URL comes out of the pipelines once.

Before output, the canonical URL is claimed in ``newscrawl:<job>:claims`` for this worker (atomic,
Lua). A record whose URL another worker emitted, or is emitting now, is dropped (stats
``distributed/claimed_elsewhere``). Once the record is through the output (``item_scraped``) the
claim is marked done. A claim left unfinished by a dead worker can be taken over, so a request that
worker held and that is fetched again after recovery still comes out, and only once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured
from scrapy_redis.connection import get_redis_from_settings

from newscrawl.distributed import job_key, redis_url

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

DONE = "+"
_CLAIM = """
local v = redis.call('HGET', KEYS[1], ARGV[1])
if v and (v == ARGV[4] or v == ARGV[2] or redis.call('EXISTS', ARGV[3] .. ':alive:' .. v) == 1) then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
"""


class EmitClaimPipeline:
    """Item pipeline (in Redis mode only, just before output): drops records another worker emits."""

    def __init__(self, crawler: Crawler) -> None:
        if not redis_url(crawler.settings):
            raise NotConfigured("embedded mode: one process, nothing to claim")
        self.crawler = crawler
        self.server = get_redis_from_settings(crawler.settings)
        self.claim = self.server.register_script(_CLAIM)
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> EmitClaimPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.base = job_key(self.crawler.settings, self.crawler.spider.name)
        self.key = f"{self.base}:claims"
        self.worker = getattr(self.crawler.engine.scheduler, "worker", None)
        if self.worker is None:
            raise NotConfigured("the emit claim needs newscrawl's Redis scheduler")

    @staticmethod
    def claim_key(item: Any) -> str | None:
        """Articles are claimed by canonical URL; rejects (records with ``error``) are not claimed."""
        if not isinstance(item, dict) or item.get("error"):
            return None
        return item.get("canonical_url") or item.get("url")

    def process_item(self, item: Any) -> Any:
        key = self.claim_key(item)
        if key and not self.claim(keys=[self.key], args=[key, self.worker, self.base, DONE]):
            self.crawler.stats.inc_value("distributed/claimed_elsewhere")
            raise DropItem(f"emitted by another worker: {key}", log_level="DEBUG")
        return item

    def item_scraped(self, item: Any) -> None:
        key = self.claim_key(item)
        if key:
            self.server.hset(self.key, key, DONE)
