"""``newscrawl probe NAME|URL``: which discovery mechanisms answer for an outlet, and how many article
URLs each finds. For use online, before writing or fixing a profile.

Each mechanism is tried on its own (a profile's ``[[discovery]]`` entries, or every mechanism for a
bare URL) with a few requests at most (``--max-documents``), obeying robots.txt and sending the
project's User-Agent. Exit 0 when at least one mechanism found article URLs, 1 otherwise.
"""

from __future__ import annotations

import argparse
import gzip
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from newscrawl import settings as project
from newscrawl.commands.sites import load
from newscrawl.discovery import COMPONENTS, Context, Follow, Window
from newscrawl.discovery.safety import UrlPolicy
from newscrawl.inputs import InputError
from newscrawl.sites import SiteProfile
from newscrawl.spiders.news import parse_day, url_profile

#: Mechanisms probed for an outlet given by URL (each on its own, unlike a crawl's fallback chain).
URL_PROBES: tuple[dict, ...] = (
    {"type": "robots"},
    {"type": "sitemap"},
    {"type": "news_sitemap"},
    {"type": "autodiscover"},
    {"type": "rss"},
    {"type": "wp_json"},
    {"type": "listing", "depth": 1},
)
MAX_BODY = 16 * 1024 * 1024


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "probe",
        help="check which discovery mechanisms answer for an outlet",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "outlet", metavar="NAME|URL", help="a profile key (see `newscrawl sites`) or a home page URL"
    )
    p.add_argument(
        "--profiles", action="append", default=[], metavar="DIR", help="also load profiles from DIR"
    )
    p.add_argument("--since", help="count only articles from this day (YYYY-MM-DD)")
    p.add_argument("--until", help="count only articles up to this day (YYYY-MM-DD)")
    p.add_argument("--max-documents", type=int, default=6, help="requests per mechanism at most (default 6)")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds per request (default 20)")
    p.add_argument("--delay", type=float, default=1.0, help="seconds between requests (default 1)")
    p.add_argument(
        "--allow-private",
        action="store_true",
        help="follow links to loopback/private addresses (local test outlets)",
    )
    p.set_defaults(func=run)


@dataclass
class Report:
    kind: str
    documents: int = 0
    urls: list[str] = field(default_factory=list)
    problem: str | None = None

    @property
    def answers(self) -> bool:
        return bool(self.urls)


class Fetcher:
    """Plain HTTP GETs with the project's User-Agent, robots.txt obeyed, a pause between requests."""

    def __init__(self, timeout: float, delay: float) -> None:
        self.timeout, self.delay = timeout, delay
        self.robots: dict[str, RobotFileParser | None] = {}
        self._last = 0.0

    def _wait(self) -> None:
        pause = self._last + self.delay - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        self._last = time.monotonic()

    def _get(self, url: str) -> tuple[int, dict[str, str], bytes]:
        self._wait()
        req = urllib.request.Request(
            url, headers={"User-Agent": project.USER_AGENT, "Accept-Encoding": "gzip"}
        )
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310 (http(s) checked)
                status, headers, body = resp.status, dict(resp.headers.items()), resp.read(MAX_BODY)
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers.items()), b""
        if headers.get("Content-Encoding", "").lower() == "gzip":
            body = gzip.decompress(body)
        return status, headers, body

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self.robots:
            rp: RobotFileParser | None = RobotFileParser()
            try:
                status, _, body = self._get(root + "/robots.txt")
                rp.parse(body.decode("utf-8", "replace").splitlines() if status == 200 else [])
            except (OSError, ValueError):
                rp = None
            self.robots[root] = rp
        rp = self.robots[root]
        return rp is None or rp.can_fetch(project.USER_AGENT, url)

    def get(self, url: str) -> tuple[int, dict[str, str], bytes]:
        if not self.allowed(url):
            raise PermissionError(f"robots.txt disallows {url}")
        return self._get(url)


def probe_mechanism(entry: dict, ctx: Context, fetcher: Fetcher, max_documents: int) -> Report:
    kind = entry["type"]
    report = Report(kind)
    queue: list[Follow] = list(COMPONENTS[kind].start(entry, ctx))
    seen: set[str] = set()
    while queue and report.documents < max_documents:
        follow = queue.pop(0)
        if follow.url in seen or not ctx.policy.allows(follow.url):
            continue
        seen.add(follow.url)
        try:
            status, headers, body = fetcher.get(follow.url)
        except (OSError, ValueError, EOFError) as exc:
            report.problem = report.problem or f"{follow.url}: {exc}"
            continue
        report.documents += 1
        if status != 200:
            report.problem = report.problem or f"HTTP {status} for {follow.url}"
            continue
        result = COMPONENTS[follow.kind].parse(follow.url, body, ctx, follow.state, headers)
        report.urls.extend(f.url for f in result.found if f.url not in report.urls)
        queue.extend(result.follow)
    if not report.urls and report.problem is None:
        report.problem = "no article URLs"
    return report


def resolve(outlet: str, dirs: list[str]) -> tuple[SiteProfile, tuple[dict, ...]]:
    profiles = load(dirs)
    if outlet in profiles:
        p = profiles[outlet]
        if not p.home:
            raise InputError(f"{p.path}: profile {outlet!r} has no home to probe")
        return p, p.discovery or URL_PROBES
    if urlsplit(outlet).scheme in ("http", "https"):
        return url_profile(outlet), URL_PROBES
    raise InputError(f"{outlet!r}: not a profile key (see `newscrawl sites`) nor an http(s) URL")


def run(args: argparse.Namespace) -> int:
    from scrapy.exceptions import UsageError

    profile, entries = resolve(args.outlet, args.profiles)
    try:
        window = Window(parse_day("since", args.since), parse_day("until", args.until))
    except UsageError as exc:
        raise InputError(str(exc).replace("-a ", "--")) from None
    own = frozenset(profile.domains) | {urlsplit(profile.home or "").netloc.lower()}
    ctx = Context(
        home=profile.home or "",
        window=window,
        article_url=profile.article_url,
        not_article_url=profile.not_article_url,
        policy=UrlPolicy(args.allow_private, own_hosts=own),
        max_pages=args.max_documents,
    )
    fetcher = Fetcher(args.timeout, args.delay)
    print(f"probe {profile.key} ({profile.home})")
    reports = []
    for entry in entries:
        report = probe_mechanism(entry, ctx, fetcher, args.max_documents)
        reports.append(report)
        state = "answers" if report.answers else "no answer"
        sample = f"  e.g. {report.urls[0]}" if report.urls else f"  ({report.problem})"
        counts = f"{report.documents:>3} documents {len(report.urls):>6} article URLs"
        print(f"  {report.kind:<13} {state:<9} {counts}{sample}")
    working = [r.kind for r in reports if r.answers]
    print(
        f"{len(working)} of {len(reports)} mechanisms answer" + (f": {', '.join(working)}" if working else "")
    )
    return 0 if working else 1
