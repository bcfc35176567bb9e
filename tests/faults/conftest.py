"""One crawl of the whole fault outlet, shared by every crawl test: ``newscrawl run`` of its two profiles
(sitemaps, and the endless listing), with short timeouts and no throttling so it takes seconds."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from faults.server import LISTING_PROFILE_KEY, PROFILE_KEY, SINCE, UNTIL, FaultOutlet

ROOT = Path(__file__).resolve().parents[2]
#: Settings of the fault crawl: failures must happen fast, but with the project's size limits.
FAST = {"DOWNLOAD_TIMEOUT": "4", "RETRY_TIMES": "1", "AUTOTHROTTLE_ENABLED": "false", "DOWNLOAD_DELAY": "0",
        "NEWSCRAWL_RETRY_AFTER_MAX": "3", "LOG_LEVEL": "INFO"}
RETRY_TIMES = int(FAST["RETRY_TIMES"])


@dataclass
class FaultRun:
    """What one crawl of the fault outlet left behind."""

    outlet: FaultOutlet
    exit_code: int
    stdout: str
    stderr: str
    summary: dict[str, Any]
    articles: list[dict[str, Any]] = field(default_factory=list)
    rejects: list[dict[str, Any]] = field(default_factory=list)
    log: str = ""

    @property
    def stats(self) -> dict[str, Any]:
        return self.summary["stats"]

    def emitted(self, path: str) -> list[dict[str, Any]]:
        url = self.outlet.url(path)
        return [r for r in self.articles if url in (r["url"], r["canonical_url"])]

    def rejected(self, path: str) -> list[dict[str, Any]]:
        url = self.outlet.url(path)
        return [r for r in self.rejects if r["url"] == url or r["url"].startswith(url + "-")]

    def emitted_urls(self) -> Counter[str]:
        return Counter(r["canonical_url"] for r in self.articles)


def _jsonl(paths: list[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def fault_run(tmp_path_factory: pytest.TempPathFactory) -> FaultRun:
    work = tmp_path_factory.mktemp("faultrun")
    data = work / "data"
    with FaultOutlet(lifetime=150) as outlet:
        profiles = outlet.write_profiles(work / "profiles")
        cmd = [sys.executable, "-m", "newscrawl.cli", "run", PROFILE_KEY, LISTING_PROFILE_KEY,
               "--data", str(data), "--profiles", str(profiles), "--since", SINCE, "--until", UNTIL,
               "--max-error-rate", "1"]
        for name, value in FAST.items():
            cmd += ["-s", f"{name}={value}"]
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=140)
    summaries = sorted((data / "runs").glob("*.json"))
    assert summaries, f"no run summary; stderr: {proc.stderr[-2000:]}"
    summary = json.loads(summaries[-1].read_text(encoding="utf-8"))
    return FaultRun(
        outlet=outlet, exit_code=proc.returncode, stdout=proc.stdout, stderr=proc.stderr, summary=summary,
        articles=_jsonl(sorted((data / "articles").rglob("*.jsonl"))),
        rejects=_jsonl(sorted((data / "rejects").glob("*.jsonl"))),
        log="".join(p.read_text(encoding="utf-8", errors="replace") for p in (data / "runs").glob("*.log")),
    )
