"""Honour ``Retry-After`` on 429 and 503: the outlet's download slot waits before any further request.

Scrapy's RetryMiddleware retries these responses but at the slot's usual pace. This middleware runs
just before it (higher order number, so it sees the response first) and raises the slot's delay to
the time the server asked for, capped by ``NEWSCRAWL_RETRY_AFTER_MAX``; AutoThrottle then lowers it
again as normal responses come back (it never lowers a delay on a non-200), and without AutoThrottle
the old delay is put back once the wait is over.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import call_later

#: Statuses whose Retry-After header we honour.
STATUSES = frozenset({429, 503})


def retry_after_seconds(value: str | bytes | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or an HTTP date); ``None`` if unusable."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryAfterMiddleware:
    def __init__(self, crawler, cap: float) -> None:
        self.crawler = crawler
        self.cap = cap

    @classmethod
    def from_crawler(cls, crawler) -> RetryAfterMiddleware:
        if not crawler.settings.getbool("RETRY_ENABLED"):
            raise NotConfigured("retries are off")
        return cls(crawler, crawler.settings.getfloat("NEWSCRAWL_RETRY_AFTER_MAX", 120.0))

    def process_response(self, request, response):
        if response.status not in STATUSES:
            return response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if wait is None:
            return response
        stats = self.crawler.stats
        stats.inc_value("retry_after/honoured")
        if wait > self.cap:
            stats.inc_value("retry_after/capped")
            wait = self.cap
        self.pause_slot(request.meta.get("download_slot"), wait)
        return response

    def pause_slot(self, key: str | None, wait: float) -> None:
        engine = self.crawler.engine
        slot = engine.downloader.slots.get(key) if engine and key is not None else None
        if slot is None or wait <= slot.delay:
            return
        old = slot.delay
        slot.delay = wait
        slot.lastseen = time.monotonic()  # the next request waits the full delay from now
        if not self.crawler.settings.getbool("AUTOTHROTTLE_ENABLED"):
            call_later(wait, self._restore, slot, wait, old)

    @staticmethod
    def _restore(slot, raised: float, old: float) -> None:
        if slot.delay == raised:
            slot.delay = old
