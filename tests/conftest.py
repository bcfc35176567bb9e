"""Shared pytest fixtures. Each section belongs to the component that uses it."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from mockserver import MockServer

# --- discovery and spider fixtures (issue 4): local outlets and a crawl runner ---------------------

_REPO = Path(__file__).resolve().parent.parent
#: Settings for crawls of local outlets: fast, private URLs allowed, pipelines switched off.
CRAWL_TEST_SETTINGS = {"NEWSCRAWL_ALLOW_PRIVATE_URLS": True, "AUTOTHROTTLE_ENABLED": False,
                       "DOWNLOAD_DELAY": 0, "ITEM_PIPELINES": {}, "RETRY_TIMES": 1, "DOWNLOAD_TIMEOUT": 10}


@pytest.fixture
def serve():
    """Start local outlets: ``srv = serve(routes)``; all are shut down after the test."""
    servers: list[MockServer] = []

    def start(routes=None) -> MockServer:
        srv = MockServer(routes).__enter__()
        servers.append(srv)
        return srv

    yield start
    for srv in servers:
        srv.__exit__(None, None, None)


@dataclass
class CrawlResult:
    returncode: int
    items: list[dict]
    stats: dict
    error: str | None
    log: str


@pytest.fixture
def crawl(tmp_path):
    """Run ``crawl("news", url=..., since=...)`` in a subprocess; returns items (summarised) and stats."""

    def run(spider: str, settings: dict | None = None, **args: str) -> CrawlResult:
        out = tmp_path / f"crawl-{len(list(tmp_path.glob('crawl-*.json')))}.json"
        cmd = [sys.executable, str(_REPO / "tests" / "crawlrun.py"), str(out), spider]
        for k, v in args.items():
            cmd += ["-a", f"{k}={v}"]
        merged = {**CRAWL_TEST_SETTINGS, "NEWSCRAWL_DATA_DIR": str(tmp_path / "data"), **(settings or {})}
        for k, v in merged.items():
            cmd += ["-s", f"{k}={json.dumps(v) if not isinstance(v, str) else v}"]
        proc = subprocess.run(cmd, cwd=_REPO, capture_output=True, text=True, timeout=120)
        data = json.loads(out.read_text()) if out.exists() else {"items": [], "stats": {}, "error": None}
        return CrawlResult(proc.returncode, data["items"], data["stats"], data["error"], proc.stderr)

    return run
