"""Durable article output: JSONL partitioned by outlet and publish date, whole lines after any kill.

Layout under the data directory (README, "Output layout")::

    articles/<site>/<YYYY>/<MM>/<YYYY-MM-DD>.jsonl[.gz]   by the publish date in the outlet's offset
    articles/<site>/undated.jsonl[.gz]                    records without a usable published_at
    rejects/<run-id>.jsonl                                pages that did not become articles, with `error`

``<site>`` is the record's ``site`` (domain, port kept) reduced to ``[a-z0-9._-]``, so no value a
page controls can make a path that leaves ``articles/``.

Durability: records are buffered per file and written as one ``write()`` of whole lines per
flush, then fsync'd; only then does :class:`PartitionWriter` tell its listener (the incremental
state) which records and file sizes are durable. A kill mid-write can leave at most one torn
tail, which :func:`repair` cuts off before the file is appended to or read for reconciliation.

Gzip (``gzip=True``) appends one gzip member per flush. A multi-member gzip file is standard
(``zcat``, Python's ``gzip``, pandas and DuckDB read it whole), every completed flush is readable
at once, and there is no compress-on-close step for a kill to skip; a torn trailing member is
cut off by :func:`repair` the same way a torn line is.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import zlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from pipelines.record import dumps

ARTICLES = "articles"
REJECTS = "rejects"

_UNSAFE = re.compile(r"[^a-z0-9._-]+")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")

#: Called with (records, {path relative to the data dir: durable size}) after an fsync.
DurableListener = Callable[[list[dict[str, Any]], dict[str, int]], None]


def safe_component(value: str | None, fallback: str = "unknown") -> str:
    """One path component from untrusted text: lowercase ``[a-z0-9._-]``, never ``.``/``..``."""
    text = _UNSAFE.sub("_", (value or "").lower()).strip("._-")[:100]
    return text or fallback


def publish_day(record: dict[str, Any]) -> date | None:
    """The publish date as written in the outlet's offset (``published_at`` local date), or None."""
    m = _DATE.match(record.get("published_at") or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def partition_path(record: dict[str, Any], gzip_output: bool = False) -> Path:
    """Relative path (below ``articles/``) of the file a record belongs in."""
    site = safe_component(record.get("site") or record.get("outlet"))
    day = publish_day(record)
    suffix = ".jsonl.gz" if gzip_output else ".jsonl"
    if day is None:
        return Path(site) / f"undated{suffix}"
    return Path(site) / f"{day:%Y}" / f"{day:%m}" / f"{day.isoformat()}{suffix}"


def _inside(root: Path, path: Path) -> Path:
    """``path`` resolved, refusing anything outside ``root`` (defence in depth after sanitising)."""
    resolved = path.resolve()
    if not resolved.is_relative_to(root.resolve()):
        raise ValueError(f"{path}: outside {root}")
    return resolved


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def append_durably(path: Path, data: bytes) -> int:
    """Append ``data`` with one write (looping only on a short write), fsync; return the new size."""
    path.parent.mkdir(parents=True, exist_ok=True)
    created = not path.exists()
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
        size = os.fstat(fd).st_size
    finally:
        os.close(fd)
    if created:
        _fsync_dir(path.parent)
    return size


def whole_gzip_prefix(fh: Any) -> int:
    """Length of the longest prefix of a gzip file made of complete members (streams the file)."""
    fh.seek(0)
    whole = consumed = 0
    d = zlib.decompressobj(wbits=31)
    while chunk := fh.read(65536):
        while chunk:
            try:
                d.decompress(chunk)
            except zlib.error:
                return whole
            if not d.eof:
                consumed += len(chunk)
                break
            consumed += len(chunk) - len(d.unused_data)
            whole = consumed
            chunk = d.unused_data
            d = zlib.decompressobj(wbits=31)
    return whole


def _whole_lines_prefix(fh: Any, size: int) -> int:
    """Length of the prefix of a plain file that ends with its last newline."""
    pos = size
    while pos > 0:
        step = min(65536, pos)
        fh.seek(pos - step)
        chunk = fh.read(step)
        nl = chunk.rfind(b"\n")
        if nl >= 0:
            return pos - step + nl + 1
        pos -= step
    return 0


def repair(path: Path) -> int:
    """Cut a torn tail (partial line, or partial gzip member) left by a kill; return bytes cut."""
    if not path.exists():
        return 0
    with open(path, "r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        if path.suffix == ".gz":
            keep = whole_gzip_prefix(fh)
        else:
            if size == 0:
                return 0
            fh.seek(size - 1)
            keep = size if fh.read(1) == b"\n" else _whole_lines_prefix(fh, size)
        if keep != size:
            fh.truncate(keep)
            fh.flush()
            os.fsync(fh.fileno())
    return size - keep


def read_records(path: Path, offset: int = 0) -> Iterator[dict[str, Any]]:
    """Records of a (repaired) output file from byte ``offset`` on; non-JSON lines are skipped."""
    with open(path, "rb") as raw:
        raw.seek(offset)
        fh = gzip.GzipFile(fileobj=raw) if path.suffix == ".gz" else raw
        for line in fh:
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            if isinstance(obj, dict):
                yield obj


def article_files(data_dir: Path) -> Iterator[Path]:
    """Every article file under ``<data_dir>/articles``, in a stable order."""
    root = data_dir / ARTICLES
    if root.is_dir():
        yield from sorted(p for p in root.rglob("*") if p.name.endswith((".jsonl", ".jsonl.gz")))


class PartitionWriter:
    """Buffers records per partition file; :meth:`flush` makes them durable, then tells ``listener``.

    The listener receives the records just made durable and the new size of every file written,
    keyed by path relative to ``data_dir``: what the incremental state checkpoints.
    """

    def __init__(self, data_dir: Path | str, *, gzip_output: bool = False, batch_size: int = 50,
                 listener: DurableListener | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.root = self.data_dir / ARTICLES
        self.gzip_output = gzip_output
        self.batch_size = max(1, batch_size)
        self.listener = listener
        self.written = 0
        self._buffers: dict[Path, list[dict[str, Any]]] = {}
        self._pending = 0
        self._repaired: set[Path] = set()
        self._resolved: dict[Path, Path] = {}

    def path_for(self, record: dict[str, Any]) -> Path:
        """The partition file, checked to stay inside ``root`` once per partition (resolving is a
        filesystem walk; a crawl writes thousands of records to the same few files)."""
        rel = partition_path(record, self.gzip_output)
        path = self._resolved.get(rel)
        if path is None:
            path = self._resolved[rel] = _inside(self.root, self.root / rel)
        return path

    def add(self, record: dict[str, Any]) -> Path:
        """Queue one record; flushes when the batch is full. Returns the file it goes to."""
        path = self.path_for(record)
        self._buffers.setdefault(path, []).append(record)
        self._pending += 1
        if self._pending >= self.batch_size:
            self.flush()
        return path

    def flush(self) -> list[dict[str, Any]]:
        """Write every buffered record durably; return them."""
        buffers, self._buffers, self._pending = self._buffers, {}, 0
        done: list[dict[str, Any]] = []
        sizes: dict[str, int] = {}
        for path, records in buffers.items():
            if path not in self._repaired:
                repair(path)
                self._repaired.add(path)
            data = "".join(dumps(r) for r in records).encode("utf-8")
            if self.gzip_output:
                data = gzip.compress(data, mtime=0)
            sizes[path.relative_to(self.data_dir.resolve()).as_posix()] = append_durably(path, data)
            done.extend(records)
        self.written += len(done)
        if done and self.listener is not None:
            self.listener(done, sizes)
        return done

    def close(self) -> None:
        self.flush()


class RejectWriter:
    """Records that did not become articles, one file per run, each line with its ``error`` reason."""

    def __init__(self, data_dir: Path | str, run_id: str, batch_size: int = 50) -> None:
        self.path = _inside(Path(data_dir), Path(data_dir) / REJECTS / f"{safe_component(run_id)}.jsonl")
        self.batch_size = max(1, batch_size)
        self.written = 0
        self._lines: list[str] = []

    def add(self, record: dict[str, Any]) -> None:
        if not record.get("error"):
            raise ValueError("a reject needs an error reason")
        self._lines.append(dumps(record))
        if len(self._lines) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if self._lines:
            repair(self.path)
            append_durably(self.path, "".join(self._lines).encode("utf-8"))
            self.written += len(self._lines)
            self._lines = []

    def close(self) -> None:
        self.flush()
