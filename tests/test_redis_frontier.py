"""The Redis pieces one by one against a real server: leased queue, recovery of a dead worker's
requests, emit claims, the shared seen-state and duplicate index."""

from __future__ import annotations

import time

import numpy as np
import pytest
from redis_support import flushed, test_redis_url
from scrapy import Request, Spider
from scrapy.settings import Settings

pytestmark = pytest.mark.redis

BASE = "newscrawl:t"


@pytest.fixture
def server():
    url = test_redis_url()
    for s in flushed(url):
        s.url = url
        yield s


class _Spider(Spider):
    name = "t"

    def parse(self, response):  # pragma: no cover - never called
        pass


def _queue(server, worker: str):
    from newscrawl.distributed.frontier import LeasedQueue

    q = LeasedQueue(server, _Spider(), f"{BASE}:requests")
    q.lease_key = f"{BASE}:inflight:{worker}"
    server.hset(f"{BASE}:workers", worker, "0")
    server.set(f"{BASE}:alive:{worker}", "0", px=60000)
    return q


def _recover(server) -> int:
    from newscrawl.distributed.frontier import _RECOVER

    return server.register_script(_RECOVER)(keys=[f"{BASE}:requests", f"{BASE}:workers"], args=[BASE])


def test_a_popped_request_stays_in_redis_until_acknowledged(server):
    q = _queue(server, "w1")
    q.push(Request("http://o.test/a", priority=5))
    q.push(Request("http://o.test/b"))
    request, lease = q.pop_leased()
    assert request.url == "http://o.test/a"  # priority order kept
    assert len(q) == 1 and server.hlen(f"{BASE}:inflight:w1") == 1
    q.ack([lease])
    assert server.hlen(f"{BASE}:inflight:w1") == 0


def test_requests_of_a_dead_worker_go_back_on_the_queue_with_their_priority(server):
    dead, live = _queue(server, "dead"), _queue(server, "live")
    for i in range(3):
        dead.push(Request(f"http://o.test/{i}", priority=i))
    dead.pop_leased(), dead.pop_leased()
    assert _recover(server) == 0  # still alive: nothing is taken from it
    server.delete(f"{BASE}:alive:dead")  # its lease expired
    assert _recover(server) == 2
    assert not server.exists(f"{BASE}:inflight:dead") and not server.hexists(f"{BASE}:workers", "dead")
    urls = [live.pop_leased()[0].url for _ in range(3)]
    assert urls == ["http://o.test/2", "http://o.test/1", "http://o.test/0"]


def test_a_stopping_worker_releases_what_it_holds(server):
    q = _queue(server, "w1")
    q.push(Request("http://o.test/a"))
    q.pop_leased()
    assert len(q) == 0
    assert q.release() == 1
    assert len(q) == 1 and not server.exists(f"{BASE}:inflight:w1")


def _claim(server, url: str, worker: str) -> int:
    from newscrawl.distributed.claims import _CLAIM, DONE

    return server.register_script(_CLAIM)(keys=[f"{BASE}:claims"], args=[url, worker, BASE, DONE])


def test_a_canonical_url_is_claimed_once_and_a_dead_workers_claim_is_taken_over(server):
    for w in ("w1", "w2"):
        server.set(f"{BASE}:alive:{w}", "0", px=60000)
    assert _claim(server, "http://o.test/a", "w1") == 1
    assert _claim(server, "http://o.test/a", "w2") == 0  # w1 is alive and emitting it
    server.delete(f"{BASE}:alive:w1")
    assert _claim(server, "http://o.test/a", "w2") == 1  # w1 died before finishing
    server.hset(f"{BASE}:claims", "http://o.test/a", "+")
    server.delete(f"{BASE}:alive:w2")
    assert _claim(server, "http://o.test/a", "w3") == 0  # done is done


def _settings(server) -> Settings:
    return Settings({"NEWSCRAWL_REDIS_URL": server.url})


def test_the_shared_seen_state_never_steps_a_version_back(server, tmp_path):
    from newscrawl.distributed.state import RedisSeenStore
    from pipelines.state import IncrementalState, SeenEntry

    store = RedisSeenStore(server, tmp_path)
    store.commit([SeenEntry("http://o.test/a", "id", "h2", 2, "o", "2025-01-02", None)],
                 {"http://o.test/a?utm_source=x": "http://o.test/a"}, {"articles/o/x.jsonl": 100})
    store.commit([SeenEntry("http://o.test/a", "id", "h1", 1, "o", None, None)], {}, {})
    assert store.get("http://o.test/a").content_hash == "h2"
    assert store.canonical_for("http://o.test/a?utm_source=x") == "http://o.test/a"
    assert RedisSeenStore(server, tmp_path).checkpoints() == {"articles/o/x.jsonl": 100}
    assert RedisSeenStore(server, tmp_path / "other").checkpoints() == {}  # per output directory
    state = IncrementalState(RedisSeenStore(server, tmp_path / "other"))  # another worker
    assert not state.should_fetch("http://o.test/a?utm_source=x", "2025-01-01")
    assert state.classify({"url": "http://o.test/a", "canonical_url": "http://o.test/a", "id": "id",
                           "content_hash": "h2"}).status == "unchanged"


def test_a_near_duplicate_seen_by_one_worker_is_found_by_another(server):
    from newscrawl.distributed.state import RedisSignatureStore
    from pipelines.dedup import DuplicateIndex

    words = " ".join(f"kata{i % 89} lain{i % 17} desa{i % 7}" for i in range(120))
    first = {"id": "a1", "content_hash": "h1", "outlet": "a", "body": words}
    store = RedisSignatureStore(server, _settings(server))
    index_1 = DuplicateIndex(store, store.lsh(0.7), threshold=0.7, rebuild=False)
    assert index_1.check(first) is None
    index_1.commit([first])
    store_2 = RedisSignatureStore(server, _settings(server))
    index_2 = DuplicateIndex(store_2, store_2.lsh(0.7), threshold=0.7, rebuild=False)
    copy = {"id": "b1", "content_hash": "h2", "outlet": "b", "body": words + " tambahan redaksi"}
    assert index_2.check(copy) == "a1"
    assert index_2.check({"id": "b2", "content_hash": "h1", "outlet": "b", "body": "x"}) == "a1"  # exact
    sig = store_2.get("a1")
    assert sig.content_hash == "h1" and sig.hashvalues.dtype == np.uint32 and len(sig.hashvalues) == 128


def test_a_heartbeat_re_registers_a_worker_counted_dead_after_a_stall(server):
    from newscrawl.distributed.frontier import RedisScheduler

    scheduler = RedisScheduler.__new__(RedisScheduler)
    scheduler.server, scheduler.base, scheduler.worker = server, BASE, "w1"
    scheduler.workers_key, scheduler.lease_ms = f"{BASE}:workers", 2000
    scheduler.beat()
    assert server.hexists(f"{BASE}:workers", "w1") and 0 < server.pttl(f"{BASE}:alive:w1") <= 2000
    assert int(server.get(f"{BASE}:alive:w1")) <= time.time()
