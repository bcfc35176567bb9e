"""``newscrawl demo``: the main job on the offline demo outlets, end to end, in one command.

Starts the fictional demo outlets on 127.0.0.1, writes their profiles to ``<data>/demo/profiles``,
crawls them with ``newscrawl run`` (``scrapy crawl news -a sites=...`` with the durable output:
``<data>/articles/<site>/YYYY/MM/YYYY-MM-DD.jsonl``), stops the server, gathers the demo's articles
into one file, ``<data>/demo/articles.jsonl``, checks them against the schema and against what
the generator knows is true, and prints a short summary. Exit 0 when every demo article came out
as a valid record; 1 otherwise.

Runs are incremental like any other: a second run skips the articles it already has (their
sitemap lastmod is unchanged) and the combined file still holds all of them. The outlets use fixed
ports by default (8801-8803) so that their site names (``127.0.0.1:8801``) stay the same across runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newscrawl.commands.demo_server import start_server
from newscrawl.demo import DemoServer, Site, truth
from newscrawl.demo.bank import OUTLETS
from newscrawl.demo.profiles import write_profiles
from newscrawl.inputs import InputError
from pipelines.output import article_files, read_records
from pipelines.record import dumps, record_errors

#: Where the demo's combined output goes, below the data directory (one place, so it can move).
DEMO_OUTPUT = Path("demo") / "articles.jsonl"
#: Where the demo outlets' profiles (with their live ports) are written, below the data directory.
DEMO_PROFILES = Path("demo") / "profiles"
#: First port of the demo outlets when none is given (the outlets take 8801, 8802, 8803).
DEFAULT_PORT = 8801
#: Settings for crawling our own local server: no need to throttle.
CRAWL_SETTINGS = ("AUTOTHROTTLE_ENABLED=False",)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="serve the offline demo outlets, crawl them into data/, summarise",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", default="data", metavar="DIR", help="data directory (default ./data)")
    p.add_argument("--host", default="127.0.0.1", help="address to serve the outlets on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=None,
                   help=f"first port of the outlets (default {DEFAULT_PORT}, or free ports when busy; "
                        "0: free ports)")
    p.set_defaults(func=run)


def _serve(host: str, port: int | None) -> DemoServer:
    """The demo server on the asked port; on the default port's neighbours being busy, free ports."""
    try:
        return start_server(host, DEFAULT_PORT if port is None else port, ",".join(OUTLETS))
    except InputError:
        if port is not None:
            raise
        print(f"newscrawl demo: ports {DEFAULT_PORT}-{DEFAULT_PORT + len(OUTLETS) - 1} busy, using free "
              "ports (the outlets' site names change, so this run starts their incremental state afresh)",
              file=sys.stderr)
        return start_server(host, 0, ",".join(OUTLETS))


def _crawl(sites: list[str], data_dir: Path, profiles_dir: Path) -> int:
    """``newscrawl run SITES`` in this process (it prints its own one-line summary)."""
    from newscrawl.cli import build_parser

    argv = ["run", *sites, "--data", str(data_dir), "--profiles", str(profiles_dir)]
    for setting in CRAWL_SETTINGS:
        argv += ["-s", setting]
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


def demo_records(data_dir: Path, netlocs: Iterable[str]) -> list[dict[str, Any]]:
    """The latest version of every article of the given demo outlets in the data directory."""
    wanted = set(netlocs)
    latest: dict[str, dict[str, Any]] = {}
    for path in article_files(data_dir):
        for record in read_records(path):
            if urlsplit(str(record.get("canonical_url", ""))).netloc in wanted:
                key = str(record.get("id"))
                if key not in latest or record.get("version", 1) >= latest[key].get("version", 1):
                    latest[key] = record
    return sorted(latest.values(), key=lambda r: (r.get("site") or "", r.get("published_at") or ""))


def compare(sites: dict[str, Site], records: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Per outlet: expected articles, found, and exact title / body / publish day + offset."""
    by_url = {r.get("canonical_url"): r for r in records}
    rows: dict[str, dict[str, int]] = {}
    for key, site in sites.items():
        row = dict.fromkeys(("expected", "found", "title", "body", "date"), 0)
        for t in truth(site):
            row["expected"] += 1
            r = by_url.get(t["canonical_url"])
            if r is None:
                continue
            got = r.get("published_at") or ""
            row["found"] += 1
            row["title"] += r.get("title") == t["title"]
            row["body"] += r.get("body") == t["body"]
            row["date"] += got[:10] == t["published_at"][:10] and got[-6:] == t["published_at"][-6:]
        rows[key] = row
    return rows


def run(args: argparse.Namespace) -> int:
    data_dir = Path(args.data).resolve()
    server = _serve(args.host, args.port)
    try:
        profiles_dir = data_dir / DEMO_PROFILES
        try:
            write_profiles(server.sites, profiles_dir)
        except OSError as exc:
            raise InputError(f"{profiles_dir}: cannot write the demo profiles: {exc.strerror or exc}") \
                from None
        for key, site in server.sites.items():
            print(f"serving {key} ({site.outlet.name}, {site.outlet.family}) at {site.base}/")
        crawl_code = _crawl(list(server.sites), data_dir, profiles_dir)
    finally:
        server.stop()
    netlocs = {urlsplit(site.base).netloc for site in server.sites.values()}
    records = demo_records(data_dir, netlocs)
    invalid = sum(1 for r in records if record_errors(r))
    out = data_dir / DEMO_OUTPUT
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(dumps(r) for r in records), encoding="utf-8")
    rows = compare(server.sites, records)
    print(f"{'outlet':20} {'articles':>9} {'exact title':>12} {'exact body':>11} {'right date':>11}")
    for key, row in rows.items():
        print(f"{key:20} {row['found']:>4}/{row['expected']:<4} {row['title']:>12} {row['body']:>11} "
              f"{row['date']:>11}")
    missing = sum(r["expected"] - r["found"] for r in rows.values())
    extra = len(records) - sum(r["found"] for r in rows.values())
    print(f"{len(records)} demo records ({invalid} invalid, {extra} not demo articles) in {out}")
    print(f"per outlet and day: {data_dir / 'articles'}/<site>/YYYY/MM/YYYY-MM-DD.jsonl; "
          f"dropped pages: {data_dir / 'rejects'}; run summaries: {data_dir / 'runs'}")
    problems = ([f"the crawl exited {crawl_code}"] if crawl_code else []) + (
        [f"{missing} demo articles missing from the output"] if missing else []) + (
        [f"{invalid} records fail the schema (newscrawl validate {out})"] if invalid else [])
    for problem in problems:
        print(f"newscrawl demo: {problem}", file=sys.stderr)
    return 1 if problems else 0
