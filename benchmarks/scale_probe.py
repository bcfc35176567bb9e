"""Measuring instruments loaded into a benchmark crawl (``-s EXTENSIONS``/``ITEM_PIPELINES``), never
into a normal one.

* :class:`Probe` (extension): articles and elapsed time to the last article, CPU time, peak RSS when
  the article count passes each milestone, and reactor lag: a 50 ms looping call notes how late it
  fires; a reactor blocked by synchronous work shows up as lag. Written as JSON to
  ``BENCH_PROBE_OUT`` when the spider closes.
* :class:`TimedExtractPipeline`: the project's ExtractPipeline, also summing the wall time it
  spends per item on the reactor thread (``bench/extract_s``).
"""

from __future__ import annotations

import json
import resource
import time
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from pipelines.scrapy.extract import ExtractPipeline

TICK = 0.05


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_s() -> dict[str, float]:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"user": me.ru_utime, "sys": me.ru_stime, "children": kids.ru_utime + kids.ru_stime}


class Probe:
    def __init__(self, crawler: Any) -> None:
        self.out = crawler.settings.get("BENCH_PROBE_OUT")
        if not self.out:
            raise NotConfigured("BENCH_PROBE_OUT not set")
        self.crawler = crawler
        self.milestones = sorted(int(m) for m in crawler.settings.getlist("BENCH_MILESTONES"))
        self.items = 0
        self.rss_at: dict[int, float] = {}
        self.lags: list[float] = []
        self.t0 = self.t_last = self.last_tick = 0.0
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> Probe:
        return cls(crawler)

    def opened(self) -> None:
        from twisted.internet import task

        self.t0 = self.t_last = self.last_tick = time.perf_counter()
        self.cpu0 = cpu_s()
        self.ticker = task.LoopingCall(self.tick)
        self.ticker.start(TICK, now=False)

    def tick(self) -> None:
        now = time.perf_counter()
        self.lags.append(max(0.0, now - self.last_tick - TICK))
        self.last_tick = now

    def scraped(self) -> None:
        self.items += 1
        self.t_last = time.perf_counter()
        if self.items in self.milestones:
            self.rss_at[self.items] = round(peak_rss_mb(), 1)

    def closed(self, reason: str) -> None:
        if self.ticker.running:
            self.ticker.stop()
        cpu = cpu_s()
        lags = sorted(self.lags) or [0.0]
        elapsed = self.t_last - self.t0
        stats = self.crawler.stats
        result = {
            "reason": reason, "items": self.items, "elapsed_s": round(elapsed, 2),
            "articles_per_s": round(self.items / elapsed, 1) if elapsed else 0.0,
            "cpu_s": {k: round(v - self.cpu0[k], 2) for k, v in cpu.items()},
            "peak_rss_mb": round(peak_rss_mb(), 1), "rss_at": self.rss_at,
            "reactor_lag_ms": {"p50": round(lags[len(lags) // 2] * 1000, 1),
                               "p99": round(lags[int(len(lags) * 0.99)] * 1000, 1),
                               "max": round(lags[-1] * 1000, 1),
                               "late_over_100ms": sum(1 for x in lags if x > 0.1)},
            "extract_s": round(stats.get_value("bench/extract_s", 0.0), 2),
            "emitted": stats.get_value("output/articles", 0),
            "responses": stats.get_value("response_received_count", 0),
        }
        Path(self.out).write_text(json.dumps(result, indent=1))


class TimedExtractPipeline(ExtractPipeline):
    def process_item(self, item: Any) -> Any:
        t = time.perf_counter()
        try:
            return super().process_item(item)
        finally:
            self.stats.inc_value("bench/extract_s", time.perf_counter() - t)
