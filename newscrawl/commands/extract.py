"""``newscrawl extract``: saved HTML pages to article records (JSONL on stdout).

    newscrawl extract PAGE.html --url URL
    newscrawl extract --from-jsonl JOBS.jsonl      # lines {"url", "html_path"} or {"url", "html"}

One record per page, in input order, all in one process. A page that cannot become an article
gives a record with ``error`` ("<reason>: <detail>") and the run goes on. ``--no-profiles``
measures the generic path alone: no outlet or theme profile is used.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newscrawl.inputs import InputError, check_file, iter_jsonl
from newscrawl.sites import ProfileError, SiteProfile, load_profiles, load_themes
from pipelines.page import FetchedPage
from pipelines.profile import ExtractionProfile
from pipelines.record import dumps, error_record
from pipelines.scrapy.extract import extract_page


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract article records from saved HTML pages",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("page", nargs="?", metavar="PAGE.html", help="one saved page (needs --url)")
    p.add_argument("--url", help="the page's URL (chooses the outlet profile, resolves links)")
    p.add_argument("--from-jsonl", metavar="JOBS.jsonl", help='lines {"url", "html_path"} or {"url", "html"}')
    p.add_argument("--no-profiles", action="store_true", help="generic path only: no outlet or theme profile")
    p.add_argument("--profiles", action="append", default=[], metavar="DIR",
                   help="extra folder of outlet profiles (repeatable)")
    p.set_defaults(func=run)


class Extractor:
    """Profiles loaded once, then one record per page."""

    def __init__(self, use_profiles: bool = True, extra_dirs: list[str] | None = None) -> None:
        self.profiles: dict[str, SiteProfile] = {}
        self.themes: list[ExtractionProfile] = []
        if use_profiles:
            try:
                self.profiles = load_profiles(extra_dirs or [])
                self.themes = [t.extraction for t in load_themes(extra_dirs or []).values()]
            except ProfileError as exc:
                raise InputError(str(exc)) from None

    def record(self, url: str, body: bytes | str) -> dict[str, Any]:
        data = body.encode("utf-8") if isinstance(body, str) else body
        return extract_page(FetchedPage(url, data), self.profiles, self.themes)


def _jobs(path: str) -> Iterator[tuple[str, bytes | str | None, str | None]]:
    """(url, html, problem) per input line; a bad line yields a problem instead of stopping the run."""
    for lineno, job in iter_jsonl(path, strict=False):
        where = f"{path}:{lineno}"
        if isinstance(job, InputError):
            yield "", None, f"bad_input: {job}"
            continue
        if not isinstance(job, dict) or not isinstance(job.get("url"), str):
            yield "", None, f"bad_input: {where}: expected an object with a \"url\" string"
            continue
        url = job["url"]
        if isinstance(job.get("html"), str):
            yield url, job["html"], None
        elif isinstance(job.get("html_path"), str):
            try:
                yield url, Path(job["html_path"]).read_bytes(), None
            except OSError as exc:
                yield url, None, f"bad_input: {where}: cannot read {job['html_path']}: {exc.strerror}"
        else:
            yield url, None, f"bad_input: {where}: needs \"html\" or \"html_path\""


def run(args: argparse.Namespace) -> int:
    if bool(args.page) == bool(args.from_jsonl):
        raise InputError("give either PAGE.html (with --url) or --from-jsonl JOBS.jsonl")
    if args.page and not args.url:
        raise InputError(f"{args.page}: --url is required with a single page")
    extractor = Extractor(use_profiles=not args.no_profiles, extra_dirs=args.profiles)
    out = sys.stdout
    if args.page:
        body = check_file(args.page).read_bytes()
        out.write(dumps(extractor.record(args.url, body)))
        return 0
    failed = jobs = 0
    for url, html, problem in _jobs(args.from_jsonl):
        jobs += 1
        if problem is not None:
            failed += 1
            print(f"newscrawl extract: {problem.removeprefix('bad_input: ')}", file=sys.stderr)
            out.write(dumps(error_record(url, problem)))
            continue
        out.write(dumps(extractor.record(url, html)))
    if not jobs:
        raise InputError(f"{args.from_jsonl}: empty file, no jobs")
    return 1 if failed else 0  # bad job lines were reported and kept as error records
