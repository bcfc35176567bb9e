"""``newscrawl clean INPUT... -o OUT.jsonl``: clean text that was already scraped badly.

Inputs are .txt files (one article each, plain or .gz) or JSONL (.jsonl/.json, plain or .gz) whose
lines carry ``text`` and optionally ``url``, ``title`` and ``crawled_at``. One record per input
article comes out, in input order; a page that is not an article still gives a record (empty body,
``error`` saying why). OUT is written to a temporary file and renamed at the end, so a failed run
never leaves a partial file that looks complete.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path
from typing import Any

from newscrawl.inputs import InputError, check_file, iter_jsonl, read_text
from pipelines.record import dumps
from pipelines.text import clean_text

#: Show a progress bar from this many inputs on (and only when stderr is a terminal).
PROGRESS_MIN_JOBS = 50
JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("clean", help="clean already-scraped article text into records",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt file(s) or JSONL with a 'text' field")
    p.add_argument("-o", "--output", required=True, metavar="OUT.jsonl", help="where the records go")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="clean in N processes (output order is kept; default 1)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.workers < 1:
        raise InputError(f"--workers must be at least 1, not {args.workers}")
    jobs = list(iter_jobs(args.inputs))
    out = Path(args.output)
    if out.exists() and out.is_dir():
        raise InputError(f"{out}: is a directory, not a file")
    if not out.parent.exists():
        raise InputError(f"{out.parent}: no such directory for the output")
    counts: Counter = Counter()
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for n, record in enumerate(_records(jobs, args.workers), 1):
                fh.write(dumps(record))
                counts["error" if record.get("error") else "article"] += 1
                _progress(n, len(jobs))
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    print(f"{len(jobs)} inputs: {counts['article']} articles, {counts['error']} not articles -> {out}",
          file=sys.stderr)
    return 0


def iter_jobs(inputs: list[str]) -> Iterator[dict[str, Any]]:
    """One job dict per article: {"text", "url", "title", "crawled_at"}; bad input raises InputError."""
    for name in inputs:
        path = check_file(name)
        stem = path.name[:-3] if path.name.endswith(".gz") else path.name
        if stem.endswith(JSONL_SUFFIXES):
            yield from _jsonl_jobs(path)
        else:
            yield {"text": read_text(path), "url": path.resolve().as_uri(), "title": None, "crawled_at": None}


def _jsonl_jobs(path: Path) -> Iterator[dict[str, Any]]:
    any_line = False
    for lineno, obj in iter_jsonl(path):
        any_line = True
        where = f"{path}:{lineno}"
        if not isinstance(obj, dict):
            raise InputError(f"{where}: expected a JSON object with a 'text' field")
        text = obj.get("text")
        if not isinstance(text, str):
            raise InputError(f"{where}: 'text' is missing or not a string")
        for key in ("url", "title", "crawled_at"):
            if obj.get(key) is not None and not isinstance(obj[key], str):
                raise InputError(f"{where}: '{key}' must be a string")
        yield {"text": text, "url": obj.get("url") or f"{path.resolve().as_uri()}#{lineno}",
               "title": obj.get("title"), "crawled_at": obj.get("crawled_at")}
    if not any_line:
        raise InputError(f"{path}: empty file, no articles")


def _clean(job: dict[str, Any]) -> dict[str, Any]:
    return clean_text(job["text"], url=job["url"], title=job["title"], crawled_at=job["crawled_at"])


def _records(jobs: list[dict[str, Any]], workers: int) -> Iterator[dict[str, Any]]:
    if workers == 1 or len(jobs) < 2:
        yield from map(_clean, jobs)
        return
    with Pool(workers) as pool:
        yield from pool.imap(_clean, jobs, chunksize=8)


def _progress(done: int, total: int) -> None:
    if total < PROGRESS_MIN_JOBS or not sys.stderr.isatty():
        return
    width = 30
    filled = width * done // total
    end = "\n" if done == total else ""
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}{end}")
    sys.stderr.flush()
