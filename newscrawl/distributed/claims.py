"""Emit claim: across workers, a record's canonical URL comes out of the pipelines once.

Before output, the canonical URL is claimed in ``newscrawl:<job>:claims`` for this worker (atomic,
Lua). A record whose URL another worker emitted, or is emitting now, is dropped (stats
``distributed/claimed_elsewhere``). Once the record is through the output (``item_scraped``) the
claim is marked done. A claim left unfinished by a dead worker can be taken over, so a request that
worker held and that is fetched again after recovery still comes out, and only once.

One window is left: a worker killed after its line reached the disk but before the claim was marked
done. Its record is *in doubt*: written, not committed to the state, and another worker will emit it
again. When the dead worker's output directory is opened again (the worker restarted on it, the
documented recovery), :func:`roll_back_in_doubt` removes in-doubt lines that another worker has
since emitted, before the output reconciles the rest into the state: an uncommitted write loses to a
committed one, so the article stays exactly once across all output directories.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured
from scrapy_redis.connection import get_redis_from_settings

from newscrawl.distributed import job_key, redis_url
from pipelines.output import append_durably, article_files, read_records, repair
from pipelines.record import dumps

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

# An in-doubt record (written by a worker that died before committing): 1 = another worker has it
# (done, or held by a live worker); else 0, and the claim is marked done for the record we keep.
_SETTLE = """
local v = redis.call('HGET', KEYS[1], ARGV[1])
if v and (v == ARGV[3] or redis.call('EXISTS', ARGV[2] .. ':alive:' .. v) == 1) then return 1 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 0
"""


class EmitClaimPipeline:
    """Item pipeline (in Redis mode only, just before output): drops records another worker emits."""

    def __init__(self, crawler: Crawler) -> None:
        if not redis_url(crawler.settings):
            raise NotConfigured("embedded mode: one process, nothing to claim")
        self.crawler = crawler
        self.server = get_redis_from_settings(crawler.settings)
        self.claim = self.server.register_script(_CLAIM)
        self.settle = self.server.register_script(_SETTLE)
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
        from pipelines.scrapy.state import StatePipeline

        state = self.crawler.get_item_pipeline(StatePipeline)
        self.store = state.state.store if state is not None and state.state is not None else None
        if self.store is not None:
            data_dir = Path(self.crawler.settings.get("NEWSCRAWL_DATA_DIR", "data"))
            removed = roll_back_in_doubt(data_dir, self.store.checkpoints(), self.emitted_elsewhere)
            if removed:
                self.crawler.stats.set_value("distributed/rolled_back", removed)
                self.crawler.spider.logger.warning(
                    "Distributed mode: removed %d uncommitted lines another worker emitted", removed)

    def emitted_elsewhere(self, record: dict[str, Any]) -> bool:
        """Did another worker emit this uncommitted record? Yes when the shared seen-state holds this
        version (or a later one) of it: our own commit would have moved our checkpoint past the line.
        Yes too when its claim is done or held by a live worker. Otherwise the record is ours to keep
        (the output's reconciliation adopts it) and its claim is marked done in the same atomic step."""
        key = self.claim_key(record)
        if not key:
            return False
        entry = self.store.get(record["canonical_url"]) if record.get("canonical_url") else None
        if entry is not None and entry.version >= int(record.get("version") or 1):
            return True
        return bool(self.settle(keys=[self.key], args=[key, self.base, DONE]))

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


def roll_back_in_doubt(data_dir: Path, checkpoints: dict[str, int], emitted_elsewhere: Any) -> int:
    """In each output file, the lines past the state's checkpoint were written but never committed.
    Rewrite that tail without the records ``emitted_elsewhere`` says another worker emitted; the
    output's reconciliation then adopts the rest. Returns lines removed."""
    removed = 0
    for path in article_files(data_dir):
        rel = path.resolve().relative_to(data_dir.resolve()).as_posix()
        offset = checkpoints.get(rel, 0)
        if path.stat().st_size == offset:
            continue
        repair(path)
        if path.stat().st_size < offset:
            continue  # shrunk behind the state's back: the output's reconciliation re-reads it whole
        tail = list(read_records(path, offset))
        keep = [r for r in tail if not emitted_elsewhere(r)]
        if len(keep) == len(tail):
            continue
        with open(path, "r+b") as fh:
            fh.truncate(offset)
        if keep:
            data = "".join(dumps(r) for r in keep).encode()
            append_durably(path, gzip.compress(data, mtime=0) if path.suffix == ".gz" else data)
        removed += len(tail) - len(keep)
    return removed
