"""The ``news`` spider: outlet profiles (or a bare outlet URL) + discovery components → fetched articles.

    scrapy crawl news -a sites=tribun_kalteng,antara_sumut -a since=2024-05-01 -a until=2024-05-31
    scrapy crawl news -a url=https://outlet.example/ -a since=2024-05-01 -a max_articles=200

Per outlet the profile's ``[[discovery]]`` entries are tried in order: the next one starts when the
current one has answered nothing, or (feeds, listings) did not reach back to ``since``. Articles are
deduplicated by canonical URL, kept to the since/until window when discovery knows their date, and
yielded as :class:`pipelines.page.FetchedPage` with the further pages of a multi-page article in
``extra_pages``. Pages that turn out not to be articles (by URL here, by shape in extraction) are
counted as ``dropped/not_article``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from lxml import etree
from scrapy.exceptions import IgnoreRequest, UsageError
from scrapy.http import Response

from newscrawl.discovery import COMPONENTS, EXHAUSTIVE, URL_MODE_CHAIN, Context, Follow, Found, Window
from newscrawl.discovery.articles import NOT_ARTICLE_STAT, SHAPE_CHECK_META, listing_reason, page_published
from newscrawl.discovery.base import parse_when
from newscrawl.discovery.multipage import next_page_url, page_count, single_view_url
from newscrawl.discovery.safety import UrlPolicy
from newscrawl.sites import PROVINCE_ZONE, SiteProfile, load_profiles
from pipelines.page import FetchedPage, parse_html
from pipelines.profile import ZONES
from pipelines.record import error_record
from pipelines.scrapy.state import LASTMOD_META
from pipelines.urls import canonicalize

#: Article requests go before discovery requests, so items flow while discovery continues.
ARTICLE_PRIORITY = 10
DISCOVERY_PRIORITY = 0


def parse_day(name: str, value: str | None) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"-a {name}={value!r}: not a date, expected YYYY-MM-DD") from None


def profile_dirs(value: Any) -> list[str]:
    """``NEWSCRAWL_PROFILES`` as a list: a comma-separated string or a list of folders."""
    items = value.split(",") if isinstance(value, str) else list(value or [])
    return [str(d).strip() for d in items if str(d).strip()]


def url_profile(url: str) -> SiteProfile:
    """An ad-hoc profile for an outlet given only by its home URL (no extraction selectors)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"-a url={url!r}: expected an http(s) URL of an outlet's home page")
    netloc = f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname
    home = f"{parts.scheme}://{netloc}{parts.path or '/'}"
    return SiteProfile(key=netloc, name=netloc, path=Path("<url>"), domains=(netloc,), home=home,
                       discovery=URL_MODE_CHAIN)


@dataclass
class SiteRun:
    """One outlet's discovery progress in this run."""

    profile: SiteProfile
    ctx: Context
    entries: tuple[dict, ...]
    entry: int = -1
    pending: int = 0
    found: int = 0
    oldest: datetime | date | None = None
    scheduled: int = 0
    discovery_seen: set[str] = field(default_factory=set)

    @property
    def kind(self) -> str:
        return self.entries[self.entry]["type"]


class NewsSpider(scrapy.Spider):
    name = "news"
    #: Set on the generated one-outlet spiders (``scrapy crawl tribun_kalteng``).
    profile_key: str | None = None

    def __init__(self, sites: str | None = None, url: str | None = None, since: str | None = None,
                 until: str | None = None, max_articles: str | int | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.since = parse_day("since", since)
        self.until = parse_day("until", until)
        if self.since and self.until and self.since > self.until:
            raise UsageError(f"-a since={self.since} is after -a until={self.until}")
        try:
            self.max_articles = int(max_articles) if max_articles not in (None, "") else None
        except ValueError:
            raise UsageError(f"-a max_articles={max_articles!r}: not a whole number") from None
        if self.max_articles is not None and self.max_articles < 1:
            raise UsageError(f"-a max_articles={max_articles}: must be at least 1")
        names = [s.strip() for s in (sites or "").split(",") if s.strip()]
        if self.profile_key:
            names = [self.profile_key]
        if not names and not url:
            raise UsageError("give -a sites=NAME[,NAME] (see `newscrawl sites`) or -a url=https://outlet/")
        self.site_names = names
        self.start_url = url
        self.runs: dict[str, SiteRun] = {}
        #: Canonical URLs of article requests made, and of articles emitted (rel=canonical included).
        self.seen: set[str] = set()
        self.emitted: set[str] = set()

    @classmethod
    def check_arguments(cls, settings, **spargs: Any) -> None:
        """Raise ``UsageError`` for bad spider arguments, before any crawl starts."""
        cls(**spargs)._configure(settings.copy())

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider._configure(crawler.settings)
        return spider

    # --- setup ---------------------------------------------------------------------------------

    def _configure(self, settings) -> None:
        extra = profile_dirs(settings.get("NEWSCRAWL_PROFILES"))
        profiles = load_profiles(extra)
        unknown = [n for n in self.site_names if n not in profiles]
        if unknown:
            crawlable = ", ".join(sorted(k for k, p in profiles.items() if p.discovery))
            raise UsageError(f"-a sites: unknown outlet {', '.join(map(repr, unknown))} "
                             f"(crawlable: {crawlable}; or use -a url=)")
        chosen = [profiles[n] for n in self.site_names]
        if self.start_url:
            chosen.append(url_profile(self.start_url))
        allow_private = settings.getbool("NEWSCRAWL_ALLOW_PRIVATE_URLS")
        max_pages = settings.getint("NEWSCRAWL_DISCOVERY_MAX_PAGES", 50)
        depth = settings.getint("NEWSCRAWL_URL_DEPTH", 1)
        slots = dict(settings.getdict("DOWNLOAD_SLOTS"))
        for p in chosen:
            if not p.home or not p.discovery:
                raise UsageError(f"{p.path}: profile {p.key!r} has no home or no [[discovery]] entry")
            own = frozenset(p.domains) | {urlsplit(p.home).netloc.lower()}
            window = Window(self.since, self.until, _offset(p))
            ctx = Context(home=p.home, window=window, article_url=p.article_url,
                          not_article_url=p.not_article_url, policy=UrlPolicy(allow_private, own_hosts=own),
                          max_pages=max_pages)
            entries = tuple({**e, "depth": depth} if e.get("depth") else e for e in p.discovery)
            self.runs[p.key] = SiteRun(p, ctx, entries)
            slot = {k: v for k, v in (("delay", p.politeness.get("download_delay")),
                                      ("concurrency", p.politeness.get("concurrency"))) if v is not None}
            if slot:
                slots[p.key] = {**slot, **slots.get(p.key, {})}
        if slots:
            settings.set("DOWNLOAD_SLOTS", slots, priority="spider")

    def _meta(self, run: SiteRun, **extra: Any) -> dict[str, Any]:
        """Per-profile politeness: one download slot per outlet, a fixed delay when the profile sets one."""
        meta: dict[str, Any] = {"download_slot": run.profile.key, **extra}
        if run.profile.politeness.get("download_delay") is not None:
            meta["autothrottle_dont_adjust_delay"] = True
        if run.profile.politeness.get("obey_robots") is False:
            meta["dont_obey_robotstxt"] = True
        return meta

    # --- discovery -----------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for run in self.runs.values():
            for request in self._next_entry(run):
                yield request

    def _next_entry(self, run: SiteRun) -> Iterator[scrapy.Request]:
        """Start the run's next discovery entry (skipping entries that yield nothing to fetch)."""
        while run.entry + 1 < len(run.entries):
            run.entry += 1
            run.pending, run.found, run.oldest = 0, 0, None
            entry = run.entries[run.entry]
            self.logger.info("%s: discovery via %s", run.profile.key, entry["type"])
            requests = [r for f in COMPONENTS[entry["type"]].start(entry, run.ctx)
                        if (r := self._discovery_request(run, f)) is not None]
            if requests:
                yield from requests
                return
        self.logger.info("%s: discovery finished, %d articles scheduled", run.profile.key, run.scheduled)

    def _discovery_request(self, run: SiteRun, follow: Follow) -> scrapy.Request | None:
        key = canonicalize(follow.url) + "|" + follow.kind
        if key in run.discovery_seen or not run.ctx.policy.allows(follow.url):
            return None
        run.discovery_seen.add(key)
        run.pending += 1
        return scrapy.Request(follow.url, callback=self.parse_discovery, errback=self.discovery_failed,
                              cb_kwargs={"site": run.profile.key, "follow": follow}, dont_filter=True,
                              priority=DISCOVERY_PRIORITY, meta=self._meta(run, discovery=follow.kind))

    def parse_discovery(self, response: Response, site: str, follow: Follow) -> Iterator[scrapy.Request]:
        run = self.runs[site]
        stats = self.crawler.stats
        headers = _headers(response)
        result = COMPONENTS[follow.kind].parse(response.url, response.body, run.ctx, follow.state, headers)
        stats.inc_value(f"discovery/{follow.kind}/documents")
        stats.inc_value(f"discovery/{follow.kind}/urls", len(result.found))
        stats.inc_value(f"discovery/{follow.kind}/skipped", result.skipped)
        run.found += len(result.found)
        if result.oldest is not None and (run.oldest is None or
                                          run.ctx.window.day(result.oldest) < run.ctx.window.day(run.oldest)):
            run.oldest = result.oldest
        for item in result.found:
            request = self._article_request(run, item)
            if request is not None:
                yield request
        for f in result.follow:
            request = self._discovery_request(run, f)
            if request is not None:
                yield request
        run.pending -= 1
        yield from self._maybe_done(run)

    def discovery_failed(self, failure) -> Iterator[scrapy.Request]:
        request = failure.request
        run = self.runs[request.cb_kwargs["site"]]
        self.crawler.stats.inc_value(f"discovery/{request.cb_kwargs['follow'].kind}/failed")
        self.logger.info("%s: discovery document %s failed: %s", run.profile.key, request.url,
                         failure.getErrorMessage())
        run.pending -= 1
        yield from self._maybe_done(run)

    def _maybe_done(self, run: SiteRun) -> Iterator[scrapy.Request]:
        if run.pending > 0:
            return
        # A mechanism answered when it listed articles, in the window or (dated) outside it: a
        # sitemap whose URLs are all older than the window is a working sitemap, not a failed one.
        answered = run.found > 0 or run.oldest is not None
        complete = answered and (run.kind in EXHAUSTIVE or run.ctx.window.since is None
                                 or run.ctx.window.before(run.oldest))
        if complete or self._full(run):
            self.logger.info("%s: discovery via %s complete, %d articles scheduled",
                             run.profile.key, run.kind, run.scheduled)
            return
        yield from self._next_entry(run)

    # --- articles ------------------------------------------------------------------------------

    def _full(self, run: SiteRun) -> bool:
        return self.max_articles is not None and run.scheduled >= self.max_articles

    def _article_request(self, run: SiteRun, item: Found) -> scrapy.Request | None:
        key = canonicalize(item.url)
        if key in self.seen:
            self.crawler.stats.inc_value("discovery/duplicate_urls")
            return None
        if self._full(run):
            return None
        self.seen.add(key)
        run.scheduled += 1
        when = item.when.isoformat() if item.when is not None else None
        lastmod = _lastmod(item.lastmod.isoformat() if item.lastmod is not None else None)
        return scrapy.Request(item.url, callback=self.parse_article, errback=self.article_failed,
                              cb_kwargs={"site": run.profile.key, "listed": when, "via": item.source},
                              priority=ARTICLE_PRIORITY, meta=self._meta(run, article=True, **lastmod))

    def article_failed(self, failure) -> None:
        """Count a lost article once: a fetch guard that refused it (an IgnoreRequest carrying a
        ``reason``) has already counted it as ``dropped/<reason>`` and written an error record."""
        if failure.check(IgnoreRequest) and getattr(failure.value, "reason", None):
            return
        self.crawler.stats.inc_value("dropped/fetch_failed")
        self.logger.info("article %s failed: %s", failure.request.url, failure.getErrorMessage())

    def parse_article(self, response: Response, site: str, listed: str | None, via: str,
                      first: str | None = None, pages: int = 1) -> Iterable[Any]:
        """An article page; ``first`` (and ``pages``, counted on page 1's pager) when this is the
        single-page view fetched instead of page 1, which holds the whole text and is emitted as is."""
        run = self.runs[site]
        tree = _tree(response)
        if first is None:  # the page discovery listed (not a single-page view we asked for)
            reason = self._not_article(response, tree)  # by URL; its shape is judged in extraction
            if reason:
                self.crawler.stats.inc_value(NOT_ARTICLE_STAT)
                self.logger.debug("not an article (%s): %s", reason, response.url)
                yield error_record(response.url, f"not_article: {reason}")  # to the rejects file
                return
            if listed is None and tree is not None:  # discovery could not date it: the page may
                declared = parse_when(page_published(tree), run.ctx.window.offset)
                if not run.ctx.window.contains(declared):
                    self.crawler.stats.inc_value("dropped/outside_window")
                    return
            whole = single_view_url(tree, response.url) if tree is not None else None
            if whole:
                self.crawler.stats.inc_value("multipage/single_view")
                yield response.follow(whole, callback=self.parse_article, errback=self.article_failed,
                                      cb_kwargs={"site": site, "listed": listed, "via": via,
                                                 "first": response.url,
                                                 "pages": page_count(tree, response.url)},
                                      priority=ARTICLE_PRIORITY + 1,
                                      meta=self._meta(run, article=True,
                                                      **_lastmod(response.meta.get(LASTMOD_META))))
                return
        keys = {canonicalize(response.url), canonicalize(first or response.url)}
        declared = tree.xpath("//link[@rel='canonical']/@href") if tree is not None else []
        if declared and run.ctx.policy.allows(response.urljoin(declared[0])) \
                and listing_reason(response.urljoin(declared[0])) is None:
            keys.add(canonicalize(response.urljoin(declared[0])))
        if keys & self.emitted:
            self.crawler.stats.inc_value("dropped/duplicate")
            return
        self.emitted |= keys
        page = self._page(response, run, listed, via, response.meta.get(LASTMOD_META))
        if first is not None:  # the single view: its own pager links must not append pages again
            page.meta["pages"] = pages
            yield page
            return
        page.meta[SHAPE_CHECK_META] = True
        yield from self._continue(response, tree, page, response.url, 1)

    def _continue(self, response: Response, tree, page: FetchedPage, first: str,
                  number: int) -> Iterable[Any]:
        nxt = next_page_url(tree, response.url, first, number) if tree is not None else None
        if nxt and canonicalize(nxt) not in {canonicalize(u) for u, _ in page.extra_pages}:
            yield response.follow(nxt, callback=self.parse_next_page, errback=self.next_page_failed,
                                  cb_kwargs={"page": page, "first": first, "number": number + 1},
                                  priority=ARTICLE_PRIORITY + 1,
                                  meta=self._meta(self.runs[page.site], article=True))
            return
        if page.extra_pages:
            self.crawler.stats.inc_value("multipage/merged")
        yield page

    def parse_next_page(self, response: Response, page: FetchedPage, first: str,
                        number: int) -> Iterable[Any]:
        page.extra_pages.append((response.url, response.body))
        yield from self._continue(response, _tree(response), page, first, number)

    def next_page_failed(self, failure) -> Iterable[Any]:
        """A later page did not come: the article is emitted with the pages it has."""
        self.crawler.stats.inc_value("multipage/incomplete")
        yield failure.request.cb_kwargs["page"]

    def _not_article(self, response: Response, tree) -> str | None:
        """The checks that need the crawl (where a request ended up, what came back). Whether the page
        has an article's shape is decided where it is parsed anyway, in extraction (``SHAPE_CHECK_META``:
        same reason, same ``dropped/not_article`` and rejects-file record), so each page is analysed once
        and the analysis runs in the extraction processes, off the crawl."""
        reason = listing_reason(response.url)
        if reason and canonicalize(response.url) != canonicalize(response.request.url):
            return f"redirected to a {reason}"
        if tree is None:
            return "not an HTML page"
        return None

    def _page(self, response: Response, run: SiteRun, listed: str | None, via: str,
              lastmod: str | None) -> FetchedPage:
        window = [d.isoformat() if d else None for d in (self.since, self.until)]
        return FetchedPage(url=response.url, body=response.body, headers=_headers(response),
                           status=response.status, crawled_at=datetime.now(UTC), site=run.profile.key,
                           meta={"discovered_via": via, "listed_date": listed, LASTMOD_META: lastmod,
                                 "window": window})


def _offset(profile: SiteProfile) -> timezone:
    zone = profile.timezone or PROVINCE_ZONE.get(profile.province or "", "WIB")
    sign, hh, mm = ZONES[zone][0], int(ZONES[zone][1:3]), int(ZONES[zone][4:6])
    delta = timedelta(hours=hh, minutes=mm)
    return timezone(delta if sign == "+" else -delta)


def _lastmod(value: str | None) -> dict[str, str]:
    """Request meta carrying discovery's lastmod (ISO 8601), which the incremental middleware compares
    with the stored one to skip an unchanged article; nothing when discovery knows no lastmod."""
    return {LASTMOD_META: value} if value else {}


def _headers(response: Response) -> dict[str, str]:
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}


def _tree(response: Response) -> etree._Element | None:
    if not isinstance(response, scrapy.http.TextResponse) or not response.body.strip():
        return None
    return parse_html(response.text)  # the extractor's parse: deep nesting kept
