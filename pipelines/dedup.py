"""Duplicates across outlets and runs: exact (same ``content_hash``) and near (MinHash LSH).

A syndicated copy keeps its record with ``duplicate_of`` = the id of the first sighting (or is
dropped, a caller's choice). Only first sightings enter the index, so every copy points at the
original, not at another copy; a new version of an article replaces its own entry and is
never a duplicate of itself.

Two pluggable parts, both injected (no module state): a :class:`SignatureStore` that persists
first sightings (SQLite in the state database by default) and the datasketch ``MinHashLSH``
(in memory by default, rebuilt from the store on start; datasketch can keep it in Redis
instead, in which case it need not be rebuilt). Signatures are persisted in :meth:`commit`,
called once the record is durable, like the incremental state.
"""

from __future__ import annotations

import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from pipelines.state import STATE_DB, STATE_DIR, open_sqlite

#: Defaults: word 3-shingles, 128 permutations, estimated Jaccard >= 0.7 counts as the same story.
NUM_PERM = 128
SHINGLE_WORDS = 3
THRESHOLD = 0.7
#: Bodies shorter than this are matched exactly only: MinHash of a few shingles is noise.
MIN_WORDS = 40
#: datasketch's hashing scheme (2.0+); persisted signatures are its uint32 values.
SCHEME = "affine32"
_DTYPE = np.uint32
#: A record's body signature computed where the record was made (the extraction process), under this
#: key, so the crawl process need not hash the body again; :meth:`DuplicateIndex.check` pops it.
HASHVALUES_KEY = "_minhash"


@dataclass(frozen=True)
class Signature:
    """A first sighting: its id, exact hash, outlet and MinHash values (None for short bodies)."""

    id: str
    content_hash: str
    outlet: str | None
    hashvalues: np.ndarray | None


class SignatureStore(ABC):
    """Persistent first sightings; ``put`` is idempotent (re-committing after a kill is harmless)."""

    @abstractmethod
    def first_with_hash(self, content_hash: str) -> str | None: ...

    @abstractmethod
    def get(self, article_id: str) -> Signature | None: ...

    @abstractmethod
    def put(self, signatures: Iterable[Signature]) -> None: ...

    @abstractmethod
    def __iter__(self) -> Iterator[Signature]: ...

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""


class SQLiteSignatureStore(SignatureStore):
    """Signatures in the state database (``dedup_signature``, ``dedup_hash`` tables)."""

    def __init__(self, path: Path | str) -> None:
        self.conn: sqlite3.Connection = open_sqlite(Path(path))
        self.conn.execute("""CREATE TABLE IF NOT EXISTS dedup_signature (
            id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, outlet TEXT, hashvalues BLOB)""")
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS dedup_hash (content_hash TEXT PRIMARY KEY, id TEXT NOT NULL)")

    @classmethod
    def in_data_dir(cls, data_dir: Path | str) -> SQLiteSignatureStore:
        return cls(Path(data_dir) / STATE_DIR / STATE_DB)

    def first_with_hash(self, content_hash: str) -> str | None:
        row = self.conn.execute("SELECT id FROM dedup_hash WHERE content_hash = ?",
                                (content_hash,)).fetchone()
        return row[0] if row else None

    @staticmethod
    def _signature(row: tuple[Any, ...]) -> Signature:
        values = np.frombuffer(row[3], dtype=_DTYPE) if row[3] is not None else None
        return Signature(row[0], row[1], row[2], values)

    def get(self, article_id: str) -> Signature | None:
        row = self.conn.execute(
            "SELECT id, content_hash, outlet, hashvalues FROM dedup_signature WHERE id = ?",
            (article_id,)).fetchone()
        return self._signature(row) if row else None

    def put(self, signatures: Iterable[Signature]) -> None:
        sigs = list(signatures)
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.executemany(
                "INSERT OR REPLACE INTO dedup_signature VALUES (?, ?, ?, ?)",
                [(s.id, s.content_hash, s.outlet,
                  None if s.hashvalues is None else s.hashvalues.astype(_DTYPE).tobytes()) for s in sigs])
            self.conn.executemany("INSERT OR IGNORE INTO dedup_hash VALUES (?, ?)",
                                  [(s.content_hash, s.id) for s in sigs])

    def __iter__(self) -> Iterator[Signature]:
        for row in self.conn.execute("SELECT id, content_hash, outlet, hashvalues FROM dedup_signature"):
            yield self._signature(row)

    def close(self) -> None:
        self.conn.close()


def shingles(body: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Case-folded word n-grams: robust to changed bylines, datelines and a trimmed last line."""
    words = body.casefold().split()
    return {" ".join(words[i:i + size]).encode() for i in range(max(1, len(words) - size + 1))}


@cache
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch draws the permutations anew for every MinHash built without them (about 1 ms,
    most of a check): draw them once per process. Same seed, so the signatures are unchanged."""
    return MinHash(num_perm=num_perm, scheme=SCHEME).permutations


def minhash_values(body: str, num_perm: int = NUM_PERM, min_words: int = MIN_WORDS) -> np.ndarray | None:
    """The MinHash values of a body's shingles; None for bodies too short to match other than exactly."""
    if len(body.split()) < min_words:
        return None
    mh = MinHash(num_perm=num_perm, permutations=_permutations(num_perm), scheme=SCHEME)
    mh.update_batch(list(shingles(body)))
    return mh.hashvalues


class DuplicateIndex:
    """Finds the first sighting a record duplicates; remembers first sightings.

    ``check`` is called in crawl order and makes a first sighting visible to later records at
    once (in memory); ``commit`` persists it once the record is durable.
    """

    def __init__(self, store: SignatureStore, lsh: MinHashLSH | None = None, *,
                 threshold: float = THRESHOLD, num_perm: int = NUM_PERM, min_words: int = MIN_WORDS,
                 rebuild: bool = True) -> None:
        self.store = store
        self.threshold = threshold
        self.num_perm = num_perm
        self.min_words = min_words
        self.lsh = lsh if lsh is not None else MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._permutations = _permutations(num_perm)
        self._pending: dict[str, Signature] = {}
        self._pending_hashes: dict[str, str] = {}
        if rebuild:
            self.rebuild()

    def rebuild(self) -> int:
        """Load every persisted signature into the LSH (for an in-memory LSH, on start)."""
        n = 0
        with self.lsh.insertion_session() as session:
            for sig in self.store:
                if sig.hashvalues is not None and sig.id not in self.lsh:
                    session.insert(sig.id, self._minhash(sig.hashvalues))
                    n += 1
        return n

    def _minhash(self, hashvalues: np.ndarray) -> MinHash:
        return MinHash(num_perm=self.num_perm, hashvalues=hashvalues, permutations=self._permutations,
                       scheme=SCHEME)

    def signature(self, record: dict[str, Any]) -> Signature:
        """The record's signature; its body's MinHash taken from ``HASHVALUES_KEY`` (removed from the
        record) when the extraction process computed it already, else computed here."""
        if HASHVALUES_KEY in record:
            values = record.pop(HASHVALUES_KEY)
        else:
            values = minhash_values(record.get("body") or "", self.num_perm, self.min_words)
        return Signature(record["id"], record["content_hash"], record.get("outlet"), values)

    def _signature_of(self, article_id: str) -> Signature | None:
        return self._pending.get(article_id) or self.store.get(article_id)

    def check(self, record: dict[str, Any]) -> str | None:
        """The id of the first sighting this record copies, or None (then it becomes one)."""
        own = record["id"]
        sig = self.signature(record)  # first: it takes the precomputed MinHash off the record
        exact = self._pending_hashes.get(record["content_hash"]) or self.store.first_with_hash(
            record["content_hash"])
        if exact and exact != own:
            return exact
        if sig.hashvalues is not None:
            mh = self._minhash(sig.hashvalues)
            best, best_j = None, self.threshold
            for cand in self.lsh.query(mh):
                other = self._signature_of(cand) if cand != own else None
                if other is None or other.hashvalues is None:
                    continue
                j = mh.jaccard(self._minhash(other.hashvalues))
                if j >= best_j:
                    best, best_j = cand, j
            if best is not None:
                return best
        self._remember(sig)
        return None

    def _remember(self, sig: Signature) -> None:
        self._pending[sig.id] = sig
        self._pending_hashes.setdefault(sig.content_hash, sig.id)
        if sig.id in self.lsh:  # a new version of an article replaces its own entry
            self.lsh.remove(sig.id)
        if sig.hashvalues is not None:
            self.lsh.insert(sig.id, self._minhash(sig.hashvalues))

    def commit(self, records: Iterable[dict[str, Any]]) -> None:
        """Persist the first sightings among durable records (duplicates carry ``duplicate_of``)."""
        sigs = []
        for rec in records:
            if rec.get("duplicate_of") or rec.get("error"):
                continue
            sig = self._pending.pop(rec["id"], None)
            if sig is None:  # adopted by reconciliation after a kill: index it now
                sig = self.signature(rec)
                self._remember(sig)
                self._pending.pop(sig.id)
            if self._pending_hashes.get(sig.content_hash) == sig.id:
                del self._pending_hashes[sig.content_hash]
            sigs.append(sig)
        if sigs:
            self.store.put(sigs)

    def close(self) -> None:
        self.store.close()
