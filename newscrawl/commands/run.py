"""``newscrawl run [SITES...]``: the cron job. Crawl all (or the named) outlets incrementally.

    newscrawl run                                   # every shipped outlet into ./data
    newscrawl run kalteng_pos radar_sampit --data /srv/newscrawl --since 2024-05-01
    newscrawl run --jobdir /srv/newscrawl/job       # a long crawl that can be stopped and resumed

Only one run per data directory: the run holds ``<data>/state/run.lock``; an overlapping run exits
at once with code 75 (EX_TEMPFAIL, "try again later"). Each run writes ``<data>/runs/<run-id>.log``
and ``<data>/runs/<run-id>.json`` (fetched, emitted, updated, duplicates, drops by reason, per
outlet, duration). With ``--jobdir`` a crawl stopped by Ctrl-C/SIGTERM resumes on the next run
with the same JOBDIR; a crawl that finished removes it.

Exit codes: 0 ok; 1 an outlet yielded nothing (discovery found no article, none fetched or
skipped as unchanged), an outlet's rejection rate passed ``--max-error-rate``, the crawl logged
errors or was interrupted; 2 bad usage; 75 another run holds the lock.

Crontab (nightly at 02:15, one line)::

    15 2 * * * /srv/nc/venv/bin/newscrawl run --data /srv/nc/data >>/srv/nc/cron.log 2>&1
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

from newscrawl.inputs import InputError
from newscrawl.sites import ProfileError, SiteProfile, load_profiles

#: "Temporary failure; try again later" (sysexits.h): another run holds the lock.
EXIT_LOCKED = 75
EXIT_PROBLEMS = 1
LOCK_FILE = "run.lock"
RUNS_DIR = "runs"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="crawl outlets incrementally into the data directory (cron job)",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("sites", nargs="*", metavar="SITE", help="outlet profile keys (default: all)")
    p.add_argument("--data", default=None, metavar="DIR",
                   help="data directory (default: NEWSCRAWL_DATA_DIR, i.e. ./data)")
    p.add_argument("--since", help="only articles published on or after YYYY-MM-DD (when discovery knows)")
    p.add_argument("--until", help="only articles published on or before YYYY-MM-DD")
    p.add_argument("--max-articles", type=int, metavar="N", help="at most N articles per outlet")
    p.add_argument("--jobdir", metavar="DIR",
                   help="Scrapy JOBDIR: persist the queue so a stopped crawl resumes")
    p.add_argument("--redis", metavar="URL", help="distributed mode: share the frontier and state with "
                   "other workers in this Redis (docs/distributed.md; also env NEWSCRAWL_REDIS_URL)")
    p.add_argument("--profiles", action="append", default=[], metavar="DIR",
                   help="extra folder of outlet profiles (repeatable)")
    p.add_argument("--max-error-rate", type=float, default=0.5, metavar="R",
                   help="fail when more than this share of an outlet's articles are rejected (default 0.5)")
    p.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                   help="override a Scrapy/newscrawl setting (repeatable)")
    p.set_defaults(func=run)


class Locked(Exception):
    """Another run holds the data directory's lock."""


@contextmanager
def run_lock(data_dir: Path, run_id: str) -> Iterator[Path]:
    """An exclusive, non-blocking ``flock`` on ``<data>/state/run.lock``; released by the kernel
    when the process dies, so a killed run never leaves a stale lock behind."""
    path = data_dir / "state" / LOCK_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    fh = open(path, "a+")  # noqa: SIM115 - held for the whole run
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "unknown"
            raise Locked(f"{path}: another run holds the lock ({holder})") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}, run {run_id}, since {datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ}\n")
        fh.flush()
        yield path
    finally:
        fh.close()


def _setting_pairs(pairs: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InputError(f"-s {pair!r}: expected NAME=VALUE")
        out[name.strip()] = value
    return out


def choose_sites(names: list[str], extra_dirs: list[str]) -> dict[str, SiteProfile]:
    try:
        profiles = load_profiles(extra_dirs)
    except ProfileError as exc:
        raise InputError(str(exc)) from None
    crawlable = {k: p for k, p in profiles.items() if p.home and p.discovery}
    if not names:
        return crawlable
    unknown = [n for n in names if n not in profiles]
    if unknown:
        raise InputError(f"unknown outlet {', '.join(map(repr, unknown))} (see `newscrawl sites`)")
    missing = [n for n in names if n not in crawlable]
    if missing:
        raise InputError(f"outlet {', '.join(map(repr, missing))}: profile has no home or no [[discovery]]")
    return {n: profiles[n] for n in names}


# --- the summary -------------------------------------------------------------------------------

_OUTLET_FIELDS = ("new", "updated", "unchanged", "emitted", "duplicates", "skipped_unchanged")


def summarise(stats: dict[str, Any], sites: dict[str, SiteProfile], max_error_rate: float) -> dict[str, Any]:
    """The run summary from crawler stats: totals, drops by reason, per outlet, and problems."""
    per_site: dict[str, dict[str, Any]] = {}
    for key, value in stats.items():
        if key.startswith("outlet/") and isinstance(value, int):
            _, site, what = key.split("/", 2)
            per_site.setdefault(site, {})[what] = value
    outlets: dict[str, dict[str, Any]] = {}
    for name, profile in sites.items():
        row: dict[str, Any] = {f: 0 for f in _OUTLET_FIELDS}
        row["rejected"] = {}
        for site, counts in per_site.items():
            if not profile.matches(f"http://{site}/"):
                continue
            for what, n in counts.items():
                if what.startswith("rejected/"):
                    reason = what.split("/", 1)[1]
                    row["rejected"][reason] = row["rejected"].get(reason, 0) + n
                elif what in row:
                    row[what] += n
        rejected = sum(row["rejected"].values())
        dropped_dups = row["duplicates"] if stats.get("dropped/duplicate_content") else 0
        row["fetched"] = row["emitted"] + row["unchanged"] + rejected + dropped_dups
        row["seen"] = row["fetched"] + row["skipped_unchanged"]
        outlets[name] = row
    problems = []
    for name, row in outlets.items():
        rejected = sum(row["rejected"].values()) - row["rejected"].get("not_article", 0)
        if row["seen"] == 0:
            problems.append(f"{name}: yielded nothing (no article fetched or known unchanged)")
        elif row["fetched"] and rejected / row["fetched"] > max_error_rate:
            problems.append(f"{name}: {rejected} of {row['fetched']} fetched pages rejected "
                            f"(more than {max_error_rate:.0%})")
    if stats.get("log_count/ERROR"):
        problems.append(f"the crawl logged {stats['log_count/ERROR']} errors (see the log file)")
    dropped = {k.split("/", 1)[1]: v for k, v in stats.items() if k.startswith("dropped/")}
    totals = {
        "fetched": sum(r["fetched"] for r in outlets.values()),
        "emitted": stats.get("output/articles", 0),
        "new": stats.get("incremental/new", 0),
        "updated": stats.get("incremental/updated", 0),
        "unchanged": stats.get("dropped/unchanged", 0),
        "skipped_unchanged": stats.get("skipped/unchanged", 0),
        "duplicates": stats.get("duplicates/found", 0),
        "rejected": stats.get("output/rejects", 0),
        "reconciled": stats.get("state/reconciled", 0),
        "requests": stats.get("downloader/request_count", 0),
        "responses": stats.get("downloader/response_count", 0),
    }
    return {"totals": totals, "dropped": dropped, "outlets": outlets, "problems": problems}


def _plain(value: Any) -> Any:
    return value if isinstance(value, int | float | str | bool | type(None)) else str(value)


def crawl(settings_overrides: dict[str, Any], spider_args: dict[str, Any]) -> dict[str, Any]:
    """One crawl in this process (the reactor cannot restart: one per process); returns its stats."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawl.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.setdict(settings_overrides, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler("news")
    failure: list[str] = []
    deferred = process.crawl(crawler, **spider_args)
    deferred.addErrback(lambda f: failure.append(f"{f.type.__name__}: {f.getErrorMessage()}"))
    process.start()
    try:
        stats = {k: _plain(v) for k, v in (crawler.stats.get_stats() or {}).items()}
    except RuntimeError:  # the crawl never started (no stats collector yet)
        stats = {}
    if failure:
        stats["newscrawl/failure"] = failure[0]
    return stats


def _print_summary(summary: dict[str, Any], out: TextIO) -> None:
    t = summary["totals"]
    print(f"run {summary['run_id']}: {t['fetched']} fetched, {t['emitted']} emitted "
          f"({t['new']} new, {t['updated']} updated), {t['unchanged']} unchanged, "
          f"{t['skipped_unchanged']} skipped unchanged, {t['duplicates']} duplicates, "
          f"{t['rejected']} rejected in {summary['duration_s']:.1f}s", file=out)
    for problem in summary["problems"]:
        print(f"  problem: {problem}", file=out)
    print(f"  summary: {summary['files']['summary']}", file=out)


def run(args: argparse.Namespace) -> int:
    from pipelines.scrapy.output import new_run_id

    overrides = _setting_pairs(args.set)
    for flag, value in (("--since", args.since), ("--until", args.until)):
        try:
            if value is not None:
                date.fromisoformat(value)
        except ValueError:
            raise InputError(f"{flag} {value!r}: not a date, expected YYYY-MM-DD") from None
    if args.max_articles is not None and args.max_articles < 1:
        raise InputError(f"--max-articles {args.max_articles}: must be at least 1")
    if args.redis:
        from newscrawl.distributed import mask_url, url_problem

        if problem := url_problem(args.redis, ping=True):
            raise InputError(f"--redis {mask_url(args.redis)}: {problem}")
        overrides["NEWSCRAWL_REDIS_URL"] = args.redis
    data_dir = Path(args.data or overrides.get("NEWSCRAWL_DATA_DIR") or "data").resolve()
    sites = choose_sites(args.sites, args.profiles)
    if not sites:
        raise InputError("no outlet profile with a home and [[discovery]] to crawl")
    run_id = new_run_id()
    runs = data_dir / RUNS_DIR
    try:
        with run_lock(data_dir, run_id):
            runs.mkdir(parents=True, exist_ok=True)
            log_file = runs / f"{run_id}.log"
            overrides.update({"NEWSCRAWL_DATA_DIR": str(data_dir), "NEWSCRAWL_RUN_ID": run_id,
                              "LOG_FILE": str(log_file), "LOG_FILE_APPEND": False})
            if args.profiles:
                overrides["NEWSCRAWL_PROFILES"] = list(args.profiles)
            if args.jobdir:
                overrides["JOBDIR"] = args.jobdir
            spider_args = {"sites": ",".join(sites), "since": args.since, "until": args.until,
                           "max_articles": args.max_articles}
            started = time.monotonic()
            started_at = datetime.now(UTC)
            stats = crawl(overrides, {k: v for k, v in spider_args.items() if v is not None})
            if args.jobdir and stats.get("finish_reason") == "finished":
                # done: the next run starts afresh (a kept JOBDIR's seen-requests would filter everything)
                shutil.rmtree(args.jobdir, ignore_errors=True)
            summary = {"run_id": run_id, "started_at": f"{started_at:%Y-%m-%dT%H:%M:%SZ}",
                       "finished_at": f"{datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ}",
                       "duration_s": round(time.monotonic() - started, 3), "data_dir": str(data_dir),
                       "sites": list(sites), "finish_reason": stats.get("finish_reason"),
                       **summarise(stats, sites, args.max_error_rate)}
            if stats.get("finish_reason") not in (None, "finished"):
                resume = "; rerun with the same --jobdir to resume" if args.jobdir else ""
                summary["problems"].insert(0, f"the crawl did not finish ({stats['finish_reason']}){resume}")
            if stats.get("newscrawl/failure"):
                summary["problems"].insert(0, f"the crawl did not start: {stats['newscrawl/failure']}")
            summary["files"] = {"log": str(log_file), "summary": str(runs / f"{run_id}.json"),
                                "warc": stats.get("warc/file"), "rejects": stats.get("output/rejects_file")}
            summary["exit_code"] = EXIT_PROBLEMS if summary["problems"] else 0
            summary["stats"] = stats
            tmp = runs / f".{run_id}.json.tmp"
            tmp.write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            os.replace(tmp, runs / f"{run_id}.json")
    except Locked as exc:
        print(f"newscrawl run: {exc}; exiting (exit {EXIT_LOCKED})", file=sys.stderr)
        return EXIT_LOCKED
    _print_summary(summary, sys.stdout)
    return summary["exit_code"]
