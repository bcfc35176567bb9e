"""Distributed crawling: one switch moves the frontier to Redis so any number of workers share it.

Set ``NEWSCRAWL_REDIS_URL`` (``-s NEWSCRAWL_REDIS_URL=redis://host:6379/0``, ``newscrawl run --redis URL``,
or the environment variable of the same name, which keeps a password out of ``ps``). Unset, nothing
here is loaded and the crawl runs embedded as before. Set, :class:`RedisAddon` switches on:

- scrapy-redis's scheduler queue and request dupefilter, shared by every worker of the *job*
  (``NEWSCRAWL_REDIS_JOB``, default the spider name), persisted between runs;
- a *leased* queue: a popped request is moved atomically into the worker's in-flight hash and only
  removed from it once the engine has finished with it (its items are through the pipelines, the
  requests it produced are in the queue). Each worker refreshes a liveness key; when one dies
  (``kill -9``, lost machine) its key expires and any surviving or later worker puts its in-flight
  requests back on the queue. Nothing a dead worker held is lost;
- an emit claim: before output, a record's canonical URL is claimed atomically in Redis; a record
  another worker already emitted (or is emitting) is dropped, so a re-fetched request never comes
  out twice;
- the incremental seen-state and the duplicate index (signatures and datasketch's MinHash LSH) in
  Redis (``state`` in this package), shared by all workers and runs; records are made durable one by
  one (``NEWSCRAWL_OUTPUT_BATCH`` = 1), so a request's lease is released only after its record is on disk;
- closing when the frontier is empty: a worker whose queue is empty while no worker holds requests
  in flight for ``NEWSCRAWL_REDIS_IDLE_CLOSE`` seconds closes with reason ``finished``
  (scrapy-redis's own spiders would wait forever).

A job starts afresh (dupefilter and claims cleared) when a worker opens it and finds no other live
worker, an empty queue and nothing in flight; otherwise the worker joins or resumes it.
Key layout under ``newscrawl:<job>:``: ``requests`` (zset), ``dupefilter`` (set), ``workers`` (hash),
``alive:<worker>`` (expiring), ``inflight:<worker>`` (hash), ``claims`` (hash), ``discovery`` (set):
see ``frontier``, ``claims`` and ``state`` in this package, and docs/distributed.md.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

if TYPE_CHECKING:
    from scrapy.settings import Settings

KEY_PREFIX = "newscrawl"


def mask_url(url: str) -> str:
    """The URL with any password replaced by ``***``: the only form of a Redis URL we log or report."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def redis_url(settings: Settings) -> str:
    """The configured Redis URL ('' = embedded mode): the setting, else the environment variable."""
    return (settings.get("NEWSCRAWL_REDIS_URL") or os.environ.get("NEWSCRAWL_REDIS_URL") or "").strip()


def job_key(settings: Settings, spider_name: str) -> str:
    """Prefix of every per-job key: ``newscrawl:<job>``."""
    job = settings.get("NEWSCRAWL_REDIS_JOB") or spider_name
    return f"{KEY_PREFIX}:{job}"


def lsh_storage_config(settings: Settings, basename: str) -> dict[str, Any] | None:
    """datasketch ``MinHashLSH(storage_config=...)`` keeping the near-duplicate index in Redis, shared by
    every worker; None in embedded mode (the in-memory default)."""
    url = redis_url(settings)
    if not url:
        return None
    from redis.connection import parse_url

    params = {k: v for k, v in parse_url(url).items() if k in ("host", "port", "db", "username", "password")}
    return {"type": "redis", "basename": f"{KEY_PREFIX}:lsh:{basename}".encode(), "redis": params}


def url_problem(url: str, ping: bool = False) -> str | None:
    """Why ``url`` cannot be used for distributed mode (None: it can). ``ping`` also connects."""
    if urlsplit(url).scheme not in ("redis", "rediss", "unix"):
        return "not a redis://, rediss:// or unix:// URL"
    try:
        import redis
        import scrapy_redis  # noqa: F401
    except ImportError:
        return "distributed mode needs scrapy-redis: pip install 'newscrawl[redis]'"
    if ping:
        try:
            redis.Redis.from_url(url, socket_connect_timeout=5).ping()
        except (redis.RedisError, ValueError) as exc:
            return f"cannot reach Redis ({type(exc).__name__}: {mask_url(str(exc))})"
    return None


class RedisAddon:
    """Scrapy add-on: in Redis mode, points the scheduler, dupefilter and claim pipeline at Redis."""

    def update_settings(self, settings: Settings) -> None:
        url = redis_url(settings)
        if not url:
            return
        problem = url_problem(url)
        if problem:
            raise ValueError(f"NEWSCRAWL_REDIS_URL {mask_url(url)}: {problem}")
        settings.set("REDIS_URL", url, priority="addon")
        settings.set("SCHEDULER", "newscrawl.distributed.frontier.RedisScheduler", priority="addon")
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="addon")
        settings.set("SCHEDULER_QUEUE_CLASS", "newscrawl.distributed.frontier.LeasedQueue", priority="addon")
        # Workers join and leave a shared frontier: closing one must never flush it.
        settings.set("SCHEDULER_PERSIST", True, priority="addon")
        settings["ITEM_PIPELINES"]["newscrawl.distributed.claims.EmitClaimPipeline"] = 750
        # A record is durable before its request's lease is released: one fsync per record (~0.3 ms
        # here). Overriding it on the command line trades that for losing up to a batch on a kill.
        settings.set("NEWSCRAWL_OUTPUT_BATCH", 1, priority="project")
        # Seen-state and duplicate signatures shared by all workers (read by the state and dedup
        # pipelines; empty = the embedded SQLite stores).
        settings.set("NEWSCRAWL_SEEN_STORE", "newscrawl.distributed.state.RedisSeenStore", priority="project")
        settings.set("NEWSCRAWL_SIGNATURE_STORE", "newscrawl.distributed.state.RedisSignatureStore",
                     priority="project")
