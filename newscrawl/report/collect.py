"""Read a data directory into per-outlet, per-day figures: what the health report plots.

The day is the crawl day (UTC date of ``crawled_at``): the report watches what each crawl
produced, so a template change shows up on the day it was crawled, whatever the articles'
publish dates. Articles come from ``articles/``, drops from ``rejects/``, and the run summaries
in ``runs/`` give the drops that leave no record (unchanged, duplicates dropped).
"""

from __future__ import annotations

import json
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newscrawl.inputs import InputError, iter_jsonl
from pipelines.output import REJECTS, article_files

#: An article body this short counts as (nearly) empty for the empty-body rate.
EMPTY_BODY_WORDS = 20


@dataclass
class Day:
    """One outlet's crawl day."""

    articles: int = 0
    duplicates: int = 0
    updated: int = 0
    empty: int = 0
    lengths: list[int] = field(default_factory=list)
    date_sources: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    drops: Counter[str] = field(default_factory=Counter)

    @property
    def median_words(self) -> float:
        return statistics.median(self.lengths) if self.lengths else 0.0

    @property
    def fetched(self) -> int:
        return self.articles + sum(self.drops.values())

    @property
    def empty_rate(self) -> float:
        """Share of fetched pages that gave no usable body (a near-empty article or a no_body drop)."""
        return (self.empty + self.drops.get("no_body", 0)) / self.fetched if self.fetched else 0.0


@dataclass
class Corpus:
    """Everything the report shows: outlet → day (ISO) → figures, plus the runs."""

    outlets: dict[str, dict[str, Day]] = field(default_factory=lambda: defaultdict(dict))
    names: dict[str, str] = field(default_factory=dict)
    runs: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def day(self, site: str, day: str) -> Day:
        return self.outlets[site].setdefault(day, Day())


def _site_day(record: dict[str, Any]) -> tuple[str, str]:
    return str(record.get("site") or "unknown"), str(record.get("crawled_at") or "")[:10] or "unknown"


def add_article(corpus: Corpus, record: dict[str, Any]) -> None:
    site, day = _site_day(record)
    d = corpus.day(site, day)
    if record.get("outlet"):
        corpus.names[site] = record["outlet"]
    d.articles += 1
    words = int(record.get("word_count") or 0)
    d.lengths.append(words)
    d.empty += words < EMPTY_BODY_WORDS
    d.duplicates += bool(record.get("duplicate_of"))
    d.updated += int(record.get("version") or 1) > 1
    d.date_sources[str(record.get("published_at_source") or "none")] += 1
    d.removed.update({k: int(v) for k, v in (record.get("removed") or {}).items()})


def add_reject(corpus: Corpus, record: dict[str, Any]) -> None:
    site, day = _site_day(record)
    reason = str(record.get("error") or "error").split(":", 1)[0].strip() or "error"
    corpus.day(site, day).drops[reason] += 1


def _records(path: Path, corpus: Corpus):
    try:
        for lineno, obj in iter_jsonl(path, strict=False):
            if isinstance(obj, dict):
                yield obj
            else:
                corpus.problems.append(f"{path}:{lineno}: not a JSON object, skipped")
    except InputError as exc:
        corpus.problems.append(str(exc))


def collect(data_dir: Path | str) -> Corpus:
    """Read ``articles/``, ``rejects/`` and ``runs/`` of a data directory."""
    data = Path(data_dir)
    if not data.is_dir():
        raise InputError(f"{data}: not a data directory")
    if not (data / "articles").is_dir() and not (data / REJECTS).is_dir():
        raise InputError(f"{data}: no articles/ or rejects/ inside: not a newscrawl data directory")
    corpus = Corpus()
    for path in article_files(data):
        for record in _records(path, corpus):
            add_article(corpus, record)
    for path in sorted((data / REJECTS).glob("*.jsonl*")):
        for record in _records(path, corpus):
            add_reject(corpus, record)
    for path in sorted((data / "runs").glob("*.json")):
        try:
            run = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            corpus.problems.append(f"{path}: unreadable run summary ({exc})")
            continue
        corpus.runs.append(run)
        day = str(run.get("started_at", ""))[:10]
        for key, n in (run.get("stats") or {}).items():
            if key.startswith("outlet/") and key.endswith("/unchanged") and isinstance(n, int):
                site = key.split("/")[1]
                corpus.day(site, day).drops["unchanged"] += n
    return corpus
