"""Incremental crawl state: what has been emitted, so a rerun fetches and emits only what changed.

The state answers two questions, with no Scrapy involved:

* :meth:`IncrementalState.should_fetch` -- given a URL and its discovery ``lastmod``: skip the
  fetch when the stored lastmod is as new;
* :meth:`IncrementalState.classify` -- given a record: ``new`` (version 1), ``updated`` (content
  hash changed, or a newer lastmod: version + 1) or ``unchanged`` (not emitted again).

It never claims an article that is not in the output. A classified record is only *pending*;
the output writer calls :meth:`IncrementalState.commit` after the record's line is fsync'd,
and that commit stores the record together with each output file's durable size (a
checkpoint) in one transaction. A kill between the fsync and the commit leaves lines past a
checkpoint: :func:`reconcile` adopts them on the next start, so nothing is lost and nothing is
emitted twice. The state can lag the output, never lead it.

Storage is a :class:`SeenStore`; :class:`SQLiteSeenStore` (WAL) is the embedded default under
``data/state/``. A shared store for distributed crawls implements the same small interface.
"""

from __future__ import annotations

import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, NamedTuple, Protocol

from pipelines.output import article_files, read_records, repair
from pipelines.record import utc_now

STATE_DIR = "state"
STATE_DB = "state.sqlite3"


@dataclass(frozen=True)
class SeenEntry:
    """One emitted article as the state remembers it (keyed by canonical URL)."""

    canonical_url: str
    id: str
    content_hash: str
    version: int
    outlet: str | None = None
    lastmod: str | None = None
    duplicate_of: str | None = None


class SeenStore(ABC):
    """Where seen-state lives. ``commit`` must be atomic: entries, aliases and checkpoints together."""

    @abstractmethod
    def get(self, canonical_url: str) -> SeenEntry | None: ...

    @abstractmethod
    def canonical_for(self, url: str) -> str | None:
        """The canonical URL a fetched URL resolved to before, if any."""

    @abstractmethod
    def commit(self, entries: Sequence[SeenEntry], aliases: Mapping[str, str],
               checkpoints: Mapping[str, int]) -> None: ...

    @abstractmethod
    def checkpoints(self) -> dict[str, int]:
        """Durable size of each output file (relative path) that the state has absorbed."""

    @abstractmethod
    def __len__(self) -> int: ...

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""


def open_sqlite(path: Path) -> sqlite3.Connection:
    """A WAL connection to the state database, shared file for state and dedup tables.

    ``synchronous=NORMAL`` is enough: WAL commits survive a process kill, and a power loss can
    only roll the state *back*, which :func:`reconcile` repairs from the output.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


class SQLiteSeenStore(SeenStore):
    """The embedded default: ``<data>/state/state.sqlite3``."""

    _SCHEMA = (
        """CREATE TABLE IF NOT EXISTS seen (
             canonical_url TEXT PRIMARY KEY, id TEXT NOT NULL, content_hash TEXT NOT NULL,
             version INTEGER NOT NULL, outlet TEXT, lastmod TEXT, duplicate_of TEXT,
             updated_at TEXT NOT NULL)""",
        "CREATE TABLE IF NOT EXISTS url_alias (url TEXT PRIMARY KEY, canonical_url TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS output_checkpoint (path TEXT PRIMARY KEY, size INTEGER NOT NULL)",
    )

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.conn = open_sqlite(self.path)
        for stmt in self._SCHEMA:
            self.conn.execute(stmt)

    @classmethod
    def in_data_dir(cls, data_dir: Path | str) -> SQLiteSeenStore:
        return cls(Path(data_dir) / STATE_DIR / STATE_DB)

    def get(self, canonical_url: str) -> SeenEntry | None:
        row = self.conn.execute(
            "SELECT canonical_url, id, content_hash, version, outlet, lastmod, duplicate_of"
            " FROM seen WHERE canonical_url = ?", (canonical_url,)).fetchone()
        return SeenEntry(*row) if row else None

    def canonical_for(self, url: str) -> str | None:
        row = self.conn.execute("SELECT canonical_url FROM url_alias WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def commit(self, entries: Sequence[SeenEntry], aliases: Mapping[str, str],
               checkpoints: Mapping[str, int]) -> None:
        now = utc_now()
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.executemany(  # never step a version back (reconciling files out of order)
                "INSERT INTO seen VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(canonical_url) DO UPDATE SET"
                " id=excluded.id, content_hash=excluded.content_hash, version=excluded.version,"
                " outlet=excluded.outlet, lastmod=coalesce(excluded.lastmod, seen.lastmod),"
                " duplicate_of=excluded.duplicate_of, updated_at=excluded.updated_at"
                " WHERE excluded.version >= seen.version",
                [(e.canonical_url, e.id, e.content_hash, e.version, e.outlet, e.lastmod, e.duplicate_of, now)
                 for e in entries])
            self.conn.executemany("INSERT OR REPLACE INTO url_alias VALUES (?, ?)", list(aliases.items()))
            self.conn.executemany("INSERT OR REPLACE INTO output_checkpoint VALUES (?, ?)",
                                  list(checkpoints.items()))

    def checkpoints(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT path, size FROM output_checkpoint"))

    def __len__(self) -> int:
        return self.conn.execute("SELECT count(*) FROM seen").fetchone()[0]

    def close(self) -> None:
        self.conn.close()


def _instant(value: str) -> datetime | None:
    try:
        dt = datetime.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def is_newer(lastmod: str, than: str) -> bool:
    """True when ``lastmod`` is a later instant than ``than`` (differing text if either won't parse)."""
    a, b = _instant(lastmod), _instant(than)
    if a is None or b is None:
        return lastmod.strip() != than.strip()
    return a > b


class Verdict(NamedTuple):
    status: Literal["new", "updated", "unchanged"]
    version: int


class IncrementalState:
    """Decisions over a :class:`SeenStore`, plus what this run has classified but not yet made durable."""

    def __init__(self, store: SeenStore) -> None:
        self.store = store
        self._lastmods: dict[str, str] = {}
        self._pending: dict[str, SeenEntry] = {}

    def _known(self, url: str) -> SeenEntry | None:
        canonical = self.store.canonical_for(url) or url
        return self._pending.get(canonical) or self.store.get(canonical)

    def note_lastmod(self, url: str, lastmod: str | None) -> None:
        """Remember the discovery lastmod of a URL fetched in this run (stored when it commits)."""
        if lastmod:
            self._lastmods[url] = lastmod

    def should_fetch(self, url: str, lastmod: str | None) -> bool:
        """False only when the URL was emitted before with a lastmod at least as new."""
        if not lastmod:
            return True
        known = self._known(url)
        return known is None or known.lastmod is None or is_newer(lastmod, known.lastmod)

    def classify(self, record: dict[str, Any]) -> Verdict:
        """Decide a record's fate and version; new and updated ones become pending until committed."""
        canonical = record["canonical_url"]
        lastmod = self._lastmods.get(record["url"]) or self._lastmods.get(canonical)
        prev = self._pending.get(canonical) or self.store.get(canonical)
        if prev is None:
            verdict = Verdict("new", 1)
        elif prev.content_hash != record["content_hash"]:
            verdict = Verdict("updated", prev.version + 1)
        elif lastmod and prev.lastmod and is_newer(lastmod, prev.lastmod):
            verdict = Verdict("updated", prev.version + 1)
        else:
            if lastmod and not prev.lastmod:  # learn it, so the next run can skip the fetch
                self._refresh_lastmod(prev, lastmod)
            return Verdict("unchanged", prev.version)
        self._pending[canonical] = self._entry(record, verdict.version, lastmod)
        return verdict

    def _refresh_lastmod(self, prev: SeenEntry, lastmod: str) -> None:
        entry = replace(prev, lastmod=lastmod)
        if prev.canonical_url in self._pending:
            self._pending[prev.canonical_url] = entry
        else:  # already durable in the output: updating its metadata claims nothing new
            self.store.commit([entry], {}, {})

    @staticmethod
    def _entry(record: dict[str, Any], version: int, lastmod: str | None) -> SeenEntry:
        return SeenEntry(record["canonical_url"], record["id"], record["content_hash"], version,
                         record.get("outlet"), lastmod, record.get("duplicate_of"))

    def commit(self, records: Iterable[dict[str, Any]], checkpoints: Mapping[str, int] | None = None) -> None:
        """Records now durable (or deliberately not written, e.g. dropped duplicates): remember them."""
        entries, aliases = [], {}
        for rec in records:
            canonical = rec["canonical_url"]
            pending = self._pending.pop(canonical, None)
            lastmod = pending.lastmod if pending else self._lastmods.get(rec["url"])
            entries.append(self._entry(rec, int(rec.get("version") or 1), lastmod))
            if rec["url"] != canonical:
                aliases[rec["url"]] = canonical
        self.store.commit(entries, aliases, checkpoints or {})

    def close(self) -> None:
        self.store.close()


class DurableSink(Protocol):
    """Anything that must learn about records once they are durable (the dedup index)."""

    def commit(self, records: Iterable[dict[str, Any]]) -> None: ...


def reconcile(data_dir: Path | str, state: IncrementalState, *others: DurableSink) -> int:
    """Adopt output lines the state has not absorbed (a kill after fsync, before commit).

    Only files whose size differs from their checkpoint are read, from the checkpoint on; a
    torn tail is cut first. ``others`` (dedup) learn the records before the state commits, so a
    kill during reconciliation is itself repaired by the next one. Returns records adopted.
    """
    data_dir = Path(data_dir)
    done = state.store.checkpoints()
    adopted = 0
    for path in article_files(data_dir):
        rel = path.resolve().relative_to(data_dir.resolve()).as_posix()
        size = path.stat().st_size
        offset = done.get(rel, 0)
        if size == offset:
            continue
        repair(path)
        if path.stat().st_size < offset:  # file shrank behind our back: re-read it whole
            offset = 0
        records = list(read_records(path, offset))
        for sink in others:
            sink.commit(records)
        state.commit(records, {rel: path.stat().st_size})
        adopted += len(records)
    return adopted
