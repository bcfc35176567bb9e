"""Incremental seen-state and duplicate signatures in Redis, shared by every worker and every run.

Same interfaces as the embedded SQLite stores (:class:`pipelines.state.SeenStore`,
:class:`pipelines.dedup.SignatureStore`), so the state and dedup logic is unchanged. Keys (not per
job: the state outlives crawls): ``newscrawl:state:seen`` (canonical URL → entry JSON),
``newscrawl:state:alias`` (fetched URL → canonical URL), ``newscrawl:state:checkpoints:<writer>``
(output file → durable size, per output directory: each worker writes its own files),
``newscrawl:dedup:sig`` (id → signature), ``newscrawl:dedup:hash`` (content hash → first id), and
the datasketch LSH under ``newscrawl:lsh:*``.
"""

from __future__ import annotations

import json
import os
import socket
import struct
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from datasketch import MinHashLSH
from scrapy_redis.connection import get_redis_from_settings

from newscrawl.distributed import KEY_PREFIX, lsh_storage_config
from pipelines.dedup import _DTYPE, NUM_PERM, Signature, SignatureStore
from pipelines.state import SeenEntry, SeenStore

STATE = f"{KEY_PREFIX}:state"
DEDUP = f"{KEY_PREFIX}:dedup"

# Commit entries without ever stepping a version back (the SQLite store's upsert rule); a missing
# lastmod keeps the stored one. ARGV: JSON list of entries; KEYS[1]: the seen hash.
_COMMIT = """
for _, e in ipairs(cjson.decode(ARGV[1])) do
  local cur = redis.call('HGET', KEYS[1], e[1])
  local keep = true
  if cur then
    local old = cjson.decode(cur)
    if old[4] > e[4] then keep = false end
    if e[6] == cjson.null then e[6] = old[6] end
  end
  if keep then redis.call('HSET', KEYS[1], e[1], cjson.encode(e)) end
end
return 1
"""


def writer_id(data_dir: Path | str) -> str:
    """Which output directory checkpoints belong to: host and absolute path."""
    return f"{socket.gethostname()}:{os.path.abspath(data_dir)}"


class RedisSeenStore(SeenStore):
    """The incremental state in Redis. ``commit`` is one Lua script plus one transaction."""

    def __init__(self, server: Any, data_dir: Path | str) -> None:
        self.server = server
        self.seen, self.alias = f"{STATE}:seen", f"{STATE}:alias"
        self.checkpoint_key = f"{STATE}:checkpoints:{writer_id(data_dir)}"
        self._commit = server.register_script(_COMMIT)

    @classmethod
    def from_crawler(cls, crawler: Any) -> RedisSeenStore:
        settings = crawler.settings
        return cls(get_redis_from_settings(settings), settings.get("NEWSCRAWL_DATA_DIR", "data"))

    def get(self, canonical_url: str) -> SeenEntry | None:
        raw = self.server.hget(self.seen, canonical_url)
        return SeenEntry(*json.loads(raw)) if raw else None

    def canonical_for(self, url: str) -> str | None:
        raw = self.server.hget(self.alias, url)
        return raw.decode() if raw else None

    def commit(self, entries: Sequence[SeenEntry], aliases: Mapping[str, str],
               checkpoints: Mapping[str, int]) -> None:
        rows = [[e.canonical_url, e.id, e.content_hash, e.version, e.outlet, e.lastmod, e.duplicate_of]
                for e in entries]
        pipe = self.server.pipeline(transaction=True)
        if rows:
            self._commit(keys=[self.seen], args=[json.dumps(rows)], client=pipe)
        if aliases:
            pipe.hset(self.alias, mapping=dict(aliases))
        if checkpoints:
            pipe.hset(self.checkpoint_key, mapping=dict(checkpoints))
        pipe.execute()

    def checkpoints(self) -> dict[str, int]:
        return {k.decode(): int(v) for k, v in self.server.hgetall(self.checkpoint_key).items()}

    def __len__(self) -> int:
        return self.server.hlen(self.seen)


class RedisSignatureStore(SignatureStore):
    """First sightings for the duplicate index, in Redis; ``put`` is idempotent like the SQLite one."""

    def __init__(self, server: Any, settings: Any) -> None:
        self.server = server
        self.settings = settings
        self.sig, self.hash = f"{DEDUP}:sig", f"{DEDUP}:hash"

    @classmethod
    def from_crawler(cls, crawler: Any) -> RedisSignatureStore:
        return cls(get_redis_from_settings(crawler.settings), crawler.settings)

    def first_with_hash(self, content_hash: str) -> str | None:
        raw = self.server.hget(self.hash, content_hash)
        return raw.decode() if raw else None

    @staticmethod
    def _pack(sig: Signature) -> bytes:
        head = json.dumps([sig.content_hash, sig.outlet]).encode()
        values = b"" if sig.hashvalues is None else sig.hashvalues.astype(_DTYPE).tobytes()
        return struct.pack(">I", len(head)) + head + values

    @staticmethod
    def _unpack(article_id: str, raw: bytes) -> Signature:
        (n,) = struct.unpack(">I", raw[:4])
        content_hash, outlet = json.loads(raw[4:4 + n])
        values = np.frombuffer(raw[4 + n:], dtype=_DTYPE) if len(raw) > 4 + n else None
        return Signature(article_id, content_hash, outlet, values)

    def get(self, article_id: str) -> Signature | None:
        raw = self.server.hget(self.sig, article_id)
        return self._unpack(article_id, raw) if raw else None

    def put(self, signatures: Iterable[Signature]) -> None:
        pipe = self.server.pipeline(transaction=True)
        for s in signatures:
            pipe.hset(self.sig, s.id, self._pack(s))
            pipe.hsetnx(self.hash, s.content_hash, s.id)
        pipe.execute()

    def __iter__(self) -> Iterator[Signature]:
        for key, raw in self.server.hscan_iter(self.sig, count=1000):
            yield self._unpack(key.decode(), raw)

    def lsh(self, threshold: float, num_perm: int = NUM_PERM) -> MinHashLSH:
        """The near-duplicate LSH to use with this store: in Redis too (datasketch's Redis storage),
        so every worker queries and inserts into one index and it is never rebuilt on start."""
        config = lsh_storage_config(self.settings, f"t{threshold}-p{num_perm}")
        return MinHashLSH(threshold=threshold, num_perm=num_perm, storage_config=config)
