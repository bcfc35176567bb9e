"""What every discovery component takes and returns; no Scrapy here, so components test without a crawl.

A component turns a fetched discovery document (robots.txt, sitemap, feed, listing, JSON) into
:class:`Found` article URLs (with the date discovery knows, if any) and :class:`Follow` requests for
further discovery documents. The :class:`Context` carries what the component may know about the
outlet: its home, the date window, the article URL pattern and the URL safety policy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

from newscrawl.discovery.articles import article_url_reason
from newscrawl.discovery.safety import UrlPolicy


@dataclass(frozen=True)
class Window:
    """The since/until window (inclusive calendar days in the outlet's zone); ``None`` is open."""

    since: date | None = None
    until: date | None = None
    offset: timezone = timezone(timedelta(hours=7))

    def day(self, when: datetime | date) -> date:
        if isinstance(when, datetime):
            return (when.astimezone(self.offset) if when.tzinfo else when).date()
        return when

    def before(self, when: datetime | date | None) -> bool:
        """True when ``when`` is known and earlier than ``since``."""
        return when is not None and self.since is not None and self.day(when) < self.since

    def after(self, when: datetime | date | None) -> bool:
        return when is not None and self.until is not None and self.day(when) > self.until

    def contains(self, when: datetime | date | None) -> bool:
        """Unknown dates are inside: discovery that cannot tell must not lose articles."""
        return not (self.before(when) or self.after(when))

    def days(self, default_days: int = 7) -> list[date]:
        """The window's days, newest first (``default_days`` back from today when it is open)."""
        until = self.until or datetime.now(self.offset).date()
        since = self.since or until - timedelta(days=default_days - 1)
        return [until - timedelta(days=i) for i in range((until - since).days + 1)]


@dataclass(frozen=True)
class Found:
    """An article URL, with the date discovery saw for it (publication, else last modification).

    ``when`` places the article in the since/until window; ``lastmod`` is the document's own
    modification time (sitemap ``<lastmod>``, Atom ``<updated>``, WP ``modified_gmt``), kept apart
    because only it tells an incremental crawl that an already-emitted article changed.
    """

    url: str
    when: datetime | date | None = None
    source: str = ""
    lastmod: datetime | date | None = None


@dataclass(frozen=True)
class Follow:
    """Another discovery document to fetch, and which component parses it."""

    url: str
    kind: str
    state: dict[str, Any] = field(default_factory=dict)


@dataclass
class Discovered:
    """One document's harvest. ``oldest`` is the oldest date seen (in window or not): it tells the
    crawler whether a non-exhaustive mechanism (feed, listing) reached back to ``since``."""

    found: list[Found] = field(default_factory=list)
    follow: list[Follow] = field(default_factory=list)
    oldest: datetime | date | None = None
    skipped: int = 0

    def see(self, when: datetime | date | None, window: Window) -> None:
        if when is not None and (self.oldest is None or window.day(when) < window.day(self.oldest)):
            self.oldest = when

    def offer(self, url: str | None, when: datetime | date | None, source: str, ctx: Context,
              strict: bool = False, lastmod: datetime | date | None = None) -> Found | None:
        """Keep ``url`` when it may be an article inside the window; count it as skipped otherwise.
        A date in the URL beats the listed one: it is the publication day, a lastmod is not."""
        if url is None:
            self.skipped += 1
            return None
        item = Found(url, url_date(url) or when, source, lastmod)
        self.see(item.when, ctx.window)
        if ctx.window.contains(item.when) and ctx.is_article(url, strict):
            self.found.append(item)
        else:
            self.skipped += 1
        return item


@dataclass(frozen=True)
class Context:
    """What a component may know about the outlet it discovers."""

    home: str
    window: Window = Window()
    article_url: re.Pattern[str] | None = None
    not_article_url: re.Pattern[str] | None = None
    policy: UrlPolicy = UrlPolicy()
    max_pages: int = 50

    def absolute(self, href: str, base: str) -> str | None:
        """``href`` resolved against ``base`` when it is a URL we may fetch, else ``None``."""
        url = urljoin(base, href.strip()).split("#", 1)[0]
        return url if self.policy.allows(url) else None

    def is_article(self, url: str, strict: bool = False) -> bool:
        """May ``url`` be an article of this outlet? ``strict`` for links scraped from HTML."""
        return article_url_reason(url, self.article_url, self.not_article_url, strict) is None


# --- dates as discovery documents write them ---------------------------------------------------

_URL_DATE = re.compile(
    r"/(20\d\d|19\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|\d{0,6}[/_-]|$)")


def parse_when(text: str | None, offset: timezone | None = None) -> datetime | date | None:
    """ISO 8601 (sitemaps, WP REST, Atom) or RFC 822 (RSS); ``None`` when it does not parse.

    A bare date stays a ``date``; a datetime without zone gets ``offset`` (the outlet's zone).
    """
    if not text or not (text := text.strip()):
        return None
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    value: datetime | None = None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        try:
            value = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if value.tzinfo is None and offset is not None:
        value = value.replace(tzinfo=offset)
    return value


def url_date(url: str) -> date | None:
    """The publication day many outlets put in article paths (``/2024/05/03/``, ``/20240503``)."""
    m = _URL_DATE.search(url)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None

