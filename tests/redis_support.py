"""Shared by the Redis tests: the test server (skip when absent), crawl workers as processes, outputs.

The server comes from ``NEWSCRAWL_TEST_REDIS_URL`` (``.ci/run`` starts one on 127.0.0.1:6399). Tests
use database 9 of it and flush that database before and after, so they never touch other data.
"""

from __future__ import annotations

import collections
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from outlet import Outlet, article_path  # noqa: E402 (the generated outlet lives with the benchmarks)

TEST_DB = 9
__all__ = ["Outlet"]


def test_redis_url() -> str:
    """The test server's URL on database 9; skips the test when it is not configured or not up."""
    url = os.environ.get("NEWSCRAWL_TEST_REDIS_URL", "")
    if not url:
        pytest.skip("NEWSCRAWL_TEST_REDIS_URL is not set (.ci/run starts redis-server and sets it)")
    redis = pytest.importorskip("redis")
    pytest.importorskip("scrapy_redis")
    url = urlunsplit(urlsplit(url)._replace(path=f"/{TEST_DB}"))
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        pytest.skip(f"test Redis unreachable: {exc}")
    return url


test_redis_url.__test__ = False  # a helper, not a test


def flushed(url: str) -> Iterator[Any]:
    import redis

    server = redis.Redis.from_url(url)
    server.flushdb()
    try:
        yield server
    finally:
        server.flushdb()
        server.close()


def worker(outlet: str, redis_url: str, data_dir: Path, *settings: str) -> subprocess.Popen:
    """``scrapy crawl news -a url=OUTLET`` in distributed mode, writing into ``data_dir``."""
    data_dir.mkdir(parents=True, exist_ok=True)
    args = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"url={outlet}"]
    for s in ("NEWSCRAWL_ALLOW_PRIVATE_URLS=1", f"NEWSCRAWL_REDIS_URL={redis_url}", "NEWSCRAWL_REDIS_LEASE=2",
              "NEWSCRAWL_REDIS_IDLE_CLOSE=1", f"NEWSCRAWL_DATA_DIR={data_dir}", "AUTOTHROTTLE_ENABLED=0",
              "DOWNLOAD_DELAY=0", "CONCURRENT_REQUESTS_PER_DOMAIN=4", "NEWSCRAWL_WARC_ENABLED=0",
              "TELNETCONSOLE_ENABLED=0", f"LOG_FILE={data_dir / 'worker.log'}", *settings):
        args += ["-s", s]
    env = {k: v for k, v in os.environ.items() if k != "NEWSCRAWL_REDIS_URL"}
    return subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def joined(data_dir: Path, proc: subprocess.Popen, timeout: float = 60) -> None:
    """Wait until a worker has started or joined its job (its log says so).

    Workers that start within the same instant can both decide to start the job afresh (an open
    race, see docs/distributed.md); the tests start the second worker once the first is in.
    """
    log = data_dir / "worker.log"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and "Distributed mode: worker" in log.read_text(errors="replace"):
            return
        assert proc.poll() is None, "worker ended before it joined its job"
        time.sleep(0.1)
    raise AssertionError(f"worker did not join its job within {timeout}s")


def stop_all(*procs: subprocess.Popen) -> None:
    """Kill workers a failed test left running, so they cannot take part in the next test's job."""
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def finish(proc: subprocess.Popen, timeout: float = 180) -> int:
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        raise AssertionError(f"worker still running after {timeout}s: {err.decode()[-2000:]}") from None
    assert proc.returncode == 0, err.decode()[-2000:]
    return proc.returncode


def emitted(data_dir: Path) -> list[str]:
    """Canonical URLs of every article line in a worker's output directory."""
    from pipelines.output import article_files, read_records

    return [r["canonical_url"] for p in article_files(data_dir) for r in read_records(p)]


def wait_for_lines(data_dir: Path, n: int, proc: subprocess.Popen, timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = len(emitted(data_dir))
        if got >= n:
            return got
        assert proc.poll() is None, "worker ended before the kill point"
        time.sleep(0.05)
    raise AssertionError(f"worker did not emit {n} articles in {timeout}s")


def tally(outlet: str, n: int, *outputs: list[str]) -> tuple[set[str], dict[str, int]]:
    """Over all outputs: the generated articles never emitted, and those emitted more than once."""
    counts = collections.Counter(u for out in outputs for u in out)
    expected = {outlet.rstrip("/") + article_path(i) for i in range(n)}
    assert counts.keys() <= expected, sorted(counts.keys() - expected)[:3]
    return expected - counts.keys(), {u: c for u, c in counts.items() if c > 1}


def exactly_once(outlet: str, n: int, *outputs: list[str]) -> None:
    """Assert every generated article came out exactly once over all outputs."""
    missing, twice = tally(outlet, n, *outputs)
    assert not missing, f"{len(missing)} articles never emitted, e.g. {sorted(missing)[:3]}"
    assert not twice, f"{len(twice)} articles emitted more than once, e.g. {list(twice.items())[:3]}"
