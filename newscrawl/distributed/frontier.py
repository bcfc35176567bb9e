"""The shared frontier: scrapy-redis's scheduler, queue and dupefilter, plus leases and worker liveness.

A popped request is not gone from Redis: it moves atomically into ``inflight:<worker>`` and leaves it
only when the engine has finished with it (its items through the pipelines, the requests it produced
queued). Every worker refreshes ``alive:<worker>`` (expiring after ``NEWSCRAWL_REDIS_LEASE`` seconds);
whoever notices a worker whose key expired puts that worker's in-flight requests back on the queue.
"""

from __future__ import annotations

import os
import socket
import time
import uuid
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from newscrawl.distributed import job_key, mask_url

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request

# Atomic steps, each one Lua script so two workers never interleave inside them.
# In-flight values are "<score>|<encoded request>", so a request goes back with its priority.
_POP = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
redis.call('HSET', KEYS[2], ARGV[1], r[2] .. '|' .. r[1])
return r[1]
"""
# Put back the in-flight requests of every worker whose liveness key expired; forget those workers.
_RECOVER = """
local moved = 0
for _, w in ipairs(redis.call('HKEYS', KEYS[2])) do
  if redis.call('EXISTS', ARGV[1] .. ':alive:' .. w) == 0 then
    local inflight = ARGV[1] .. ':inflight:' .. w
    for _, v in ipairs(redis.call('HVALS', inflight)) do
      local bar = string.find(v, '|', 1, true)
      redis.call('ZADD', KEYS[1], tonumber(string.sub(v, 1, bar - 1)), string.sub(v, bar + 1))
      moved = moved + 1
    end
    redis.call('DEL', inflight)
    redis.call('HDEL', KEYS[2], w)
  end
end
return moved
"""
# Register a worker. Alone with an empty frontier, the previous job is over: start afresh.
_JOIN = """
local fresh = 0
if redis.call('HLEN', KEYS[2]) == 0 and redis.call('ZCARD', KEYS[1]) == 0 then
  redis.call('DEL', KEYS[3], KEYS[4], KEYS[5])
  fresh = 1
end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
redis.call('SET', ARGV[2] .. ':alive:' .. ARGV[1], ARGV[3], 'PX', ARGV[4])
return fresh
"""
# How many requests do the other workers hold? While any, more requests may still be discovered.
_BUSY = """
local busy = 0
for _, w in ipairs(redis.call('HKEYS', KEYS[1])) do
  if w ~= ARGV[2] then busy = busy + redis.call('HLEN', ARGV[1] .. ':inflight:' .. w) end
end
return busy
"""


class LeasedQueue(PriorityQueue):
    """scrapy-redis's priority queue whose pop leases the request to one worker instead of deleting it."""

    lease_key = ""  # set by the scheduler: this worker's in-flight hash

    def pop(self, timeout: int = 0) -> Request | None:
        leased = self.pop_leased()
        return leased[0] if leased else None

    def pop_leased(self) -> tuple[Request, str] | None:
        lease = uuid.uuid4().hex
        data = self._pop(keys=[self.key, self.lease_key], args=[lease])
        return (self._decode_request(data), lease) if data else None

    @property
    def _pop(self) -> Any:
        script = self.__dict__.get("_pop_script")
        if script is None:
            script = self.__dict__["_pop_script"] = self.server.register_script(_POP)
        return script

    def ack(self, leases: list[str]) -> None:
        if leases:
            self.server.hdel(self.lease_key, *leases)

    def release(self) -> int:
        """Put every request this worker still holds back on the queue (a stop before the end)."""
        held = self.server.hvals(self.lease_key)
        pipe = self.server.pipeline()
        for value in held:
            score, _, data = value.partition(b"|")
            pipe.execute_command("ZADD", self.key, float(score), data)
        pipe.delete(self.lease_key)
        pipe.execute()
        return len(held)


class RedisScheduler(Scheduler):
    """scrapy-redis's scheduler with leases, worker liveness and closing when the whole job is done.

    Settings: ``NEWSCRAWL_REDIS_JOB`` (key namespace ``newscrawl:<job>``, default the spider name),
    ``NEWSCRAWL_REDIS_LEASE`` (seconds without a heartbeat before a worker counts as dead and its
    requests go back on the queue), ``NEWSCRAWL_REDIS_IDLE_CLOSE`` (seconds the job must stay without
    queued or in-flight requests before an idle worker closes).
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisScheduler:
        self = cls.from_settings(crawler.settings)
        self.stats = crawler.stats
        self.crawler = crawler
        settings = crawler.settings
        self.lease_ms = int(settings.getfloat("NEWSCRAWL_REDIS_LEASE") * 1000)
        self.idle_close = settings.getfloat("NEWSCRAWL_REDIS_IDLE_CLOSE")
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.leased: dict[Request, str] = {}
        self.idle_since: float | None = None
        self.heartbeat = None
        self.recover = self.server.register_script(_RECOVER)
        self.busy = self.server.register_script(_BUSY)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        return self

    def open(self, spider: Any) -> None:
        self.base = base = job_key(self.crawler.settings, spider.name)
        self.queue_key, self.dupefilter_key = f"{base}:requests", f"{base}:dupefilter"
        self.workers_key, self.discovery_key = f"{base}:workers", f"{base}:discovery"
        recovered = self.recover(keys=[self.queue_key, self.workers_key], args=[base])
        fresh = self.server.register_script(_JOIN)(
            keys=[self.queue_key, self.workers_key, self.dupefilter_key, f"{base}:claims",
                  self.discovery_key],
            args=[self.worker, base, str(int(time.time())), self.lease_ms],
        )
        super().open(spider)
        self.df.key = self.dupefilter_key
        self.queue.lease_key = f"{base}:inflight:{self.worker}"
        from twisted.internet import task

        self.heartbeat = task.LoopingCall(self.beat)
        self.heartbeat.start(self.lease_ms / 3000, now=False)
        self.stats.set_value("distributed/worker", self.worker)
        if recovered:
            self.stats.inc_value("distributed/recovered", recovered)
        spider.logger.info(
            "Distributed mode: worker %s %s job %s on %s%s", self.worker, "started" if fresh else "joined",
            base, mask_url(self.crawler.settings["REDIS_URL"]),
            f"; {recovered} requests of dead workers put back" if recovered else "",
        )

    def beat(self) -> None:
        """Stay alive; re-register too, in case a stall longer than the lease had us counted as dead."""
        now = str(int(time.time()))
        pipe = self.server.pipeline()
        pipe.set(f"{self.base}:alive:{self.worker}", now, px=self.lease_ms)
        pipe.hset(self.workers_key, self.worker, now)
        pipe.execute()

    def enqueue_request(self, request: Request) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        if self.discovery_seen(request):
            self.stats.inc_value("distributed/discovery_shared")
            return False
        self.queue.push(request)
        self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def discovery_seen(self, request: Request) -> bool:
        """Did another worker already queue this discovery document (same URL, same kind)?

        The spider marks discovery requests ``dont_filter`` and deduplicates them itself, per process,
        by URL and discovery kind; every worker runs ``start()``, so across workers that happens here:
        each document is fetched once per job. Retries and redirects are never filtered."""
        kind = request.meta.get("discovery")
        if not (request.dont_filter and kind) or {"retry_times", "redirect_times"} & request.meta.keys():
            return False
        return not self.server.sadd(self.discovery_key, f"{self.df.request_fingerprint(request)}|{kind}")

    def next_request(self) -> Request | None:
        self.ack_finished()
        leased = self.queue.pop_leased()
        if leased is None:
            return None
        request, self.leased[leased[0]] = leased
        self.stats.inc_value("scheduler/dequeued/redis")
        self.idle_since = None
        return request

    def ack_finished(self) -> None:
        """Release the leases of requests the engine is done with: items emitted, children queued.

        Reads the engine's in-progress set (no public equivalent); were it ever missing, leases are
        kept until the worker goes idle, which is safe (a dead worker's finished requests are fetched
        again and their records dropped by the emit claim), only slower."""
        if not self.leased:
            return
        inprogress = getattr(getattr(self.crawler.engine, "_slot", None), "inprogress", None)
        if inprogress is None:
            return
        done = [r for r in self.leased if r not in inprogress]
        self.queue.ack([self.leased.pop(r) for r in done])

    def spider_idle(self) -> None:
        """Nothing queued or running here. Close only once the whole job has been quiet for a while:
        another worker may still be parsing a sitemap, or may have died holding requests."""
        self.queue.ack(list(self.leased.values()))
        self.leased.clear()
        recovered = self.recover(keys=[self.queue_key, self.workers_key], args=[self.base])
        if recovered:
            self.stats.inc_value("distributed/recovered", recovered)
            self.spider.logger.info("Distributed mode: %d requests of dead workers put back", recovered)
        if recovered or len(self.queue) or self.busy(keys=[self.workers_key], args=[self.base, self.worker]):
            self.idle_since = None
            raise DontCloseSpider
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if now - self.idle_since < self.idle_close:
            raise DontCloseSpider

    def close(self, reason: str) -> None:
        """Leave the job; requests still held (a stop before the end) go back on the queue."""
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        self.ack_finished()
        released = self.queue.release()
        if released:
            self.spider.logger.info("Distributed mode: %d unfinished requests put back in the queue",
                                    released)
        self.server.hdel(self.workers_key, self.worker)
        self.server.delete(f"{self.base}:alive:{self.worker}")
