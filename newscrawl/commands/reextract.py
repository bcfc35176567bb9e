"""``newscrawl reextract WARC... -o OUT.jsonl``: rebuild records offline from a crawl's raw archive.

    newscrawl reextract data/warc/20240503-021500-1a2b.warc.gz -o rebuilt.jsonl
    newscrawl reextract data/warc/*.warc.gz -o rebuilt.jsonl.gz --workers 2

Runs the current extraction and cleaning (the crawl's ``extract_page``) on every archived article,
multi-page ones merged as the crawl merged them, so improved rules apply to old crawls. One record
per article in archive order (also with ``--workers``); pages that are not articles come out as
records with ``error``, as in ``newscrawl extract``. Incremental versions and ``duplicate_of`` are
crawl-time facts and are not recomputed. OUT is written to a temporary file and renamed, so it is
complete or absent; a ``.gz`` name writes gzip.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import os
import sys
from collections.abc import Iterator
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from newscrawl.commands.extract import Extractor
from newscrawl.inputs import InputError, check_file
from pipelines.page import FetchedPage
from pipelines.record import dumps
from pipelines.scrapy.extract import extract_page
from pipelines.warc import ArchiveReport, read_articles


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reextract", help="rebuild article records offline from WARC archives",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("warcs", nargs="+", metavar="WARC")
    p.add_argument("-o", "--output", required=True, metavar="OUT.jsonl", help="records (.gz for gzip)")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="extraction processes (default 1)")
    p.add_argument("--profiles", action="append", default=[], metavar="DIR",
                   help="extra folder of outlet profiles (repeatable)")
    p.set_defaults(func=run)


#: The worker's extractor, set once per process by the pool initializer (not shared state: each
#: process has its own, and the parent never reads it).
_worker: Extractor | None = None


def _init_worker(extra_dirs: list[str]) -> None:
    global _worker
    _worker = Extractor(extra_dirs=extra_dirs)


def _extract(page: FetchedPage) -> dict[str, Any]:
    assert _worker is not None
    return extract_page(page, _worker.profiles, _worker.themes)


def _pages(paths: list[Path], reports: list[ArchiveReport]) -> Iterator[FetchedPage]:
    for path in paths:
        report = ArchiveReport()
        reports.append(report)
        yield from read_articles(path, report)


def run(args: argparse.Namespace) -> int:
    if args.workers < 1:
        raise InputError(f"--workers {args.workers}: must be at least 1")
    paths = [_check_warc(p) for p in args.warcs]
    out = Path(args.output)
    if out.is_dir():
        raise InputError(f"{out}: is a directory, not a file")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    reports: list[ArchiveReport] = []
    articles = rejected = 0
    try:
        with (gzip.open(tmp, "wt", encoding="utf-8") if out.suffix == ".gz"
              else open(tmp, "w", encoding="utf-8")) as fh:
            if args.workers == 1:
                _init_worker(args.profiles)
                pool = contextlib.nullcontext()
            else:
                pool = get_context("spawn").Pool(args.workers, _init_worker, (args.profiles,))
            with pool:
                records = (map(_extract, _pages(paths, reports)) if args.workers == 1
                           else pool.imap(_extract, _pages(paths, reports), chunksize=4))
                for record in records:
                    fh.write(dumps(record))
                    rejected += bool(record.get("error"))
                    articles += not record.get("error")
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    for report in reports:
        for problem in report.problems:
            print(f"newscrawl reextract: warning: {problem}", file=sys.stderr)
    pages = sum(r.pages for r in reports)
    print(f"{articles + rejected} records ({articles} articles, {rejected} not articles) from {pages} "
          f"archived pages in {len(paths)} WARC files -> {out}", file=sys.stderr)
    return 1 if any(r.problems for r in reports) else 0  # a torn archive: what it held is kept, but said


def _check_warc(path: str) -> Path:
    """The path of a file that starts like a WARC archive (plain or gzipped), else bad input."""
    p = check_file(path)
    try:
        with open(p, "rb") as raw:
            gzipped = raw.read(2) == b"\x1f\x8b"
        with (gzip.open(p, "rb") if gzipped else open(p, "rb")) as fh:
            head = fh.read(5)
    except (OSError, EOFError) as exc:
        raise InputError(f"{p}: not a WARC archive ({exc})") from None
    if not head:
        raise InputError(f"{p}: empty file, not a WARC archive")
    if head != b"WARC/":
        raise InputError(f"{p}: not a WARC archive (starts with {head!r})")
    return p
