"""Guards between the network and the article pipeline: every fetch that cannot become an article ends
as one counted, recorded reason instead of a log line, a half page or a silent loss.

Three downloader middlewares, each where Scrapy's own chain lets it see what it must:

* :class:`RedirectGuard` (before RedirectMiddleware) refuses a redirect to another site
  (``offsite_redirect``: another registered domain, so also a redirect into loopback or the cloud
  metadata address) or back to a URL already in the chain (``redirect_loop``), which Scrapy
  would otherwise follow or silently drop as a duplicate.
* :class:`BoundedDecompression` (in place of HttpCompressionMiddleware) turns a body that inflates
  past ``DOWNLOAD_MAXSIZE`` (a gzip bomb) into ``too_large``, and a gzip stream that stops half-way
  into ``truncated`` (Scrapy would hand on the part it could inflate as if it were the page).
* :class:`ResponseGuard` (engine side, after retries gave up) names what is left: an HTTP error
  status (``http_<status>``), a body that is not HTML (``not_html``: PDF, images, binary, whatever the
  label), a download that timed out, was refused, reset or cut (``timeout``, ``connection_refused``,
  ``connection_lost``), a body above ``DOWNLOAD_MAXSIZE`` (``too_large``) and a URL robots.txt forbids
  (``robots``).

Only article requests (``meta["article"]``, set by the news spider) are judged: for them each drop is
counted as ``dropped/<reason>`` and an error record goes down the item pipelines, which write it to the
run's rejects file. Discovery requests keep Scrapy's behaviour (the spider counts their failures).
"""

from __future__ import annotations

import re
import zlib
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    NotConfigured,
    ResponseDataLossError,
)
from scrapy.http import Response
from twisted.internet import error as twisted_error

from pipelines.record import error_record
from pipelines.urls import same_site

#: Content types an article may come as; anything else labelled is ``not_html``.
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: Leading bytes of formats that are never a web page, whatever their Content-Type says.
BINARY_MAGIC = (b"%PDF-", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b", b"RIFF",
                b"\x00\x00\x01\x00", b"ID3", b"OggS", b"\x1a\x45\xdf\xa3")
#: Download failures (after retries) → reason. Checked in order; the first class that matches wins.
FAILURE_REASONS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((DownloadTimeoutError, twisted_error.TimeoutError), "timeout"),
    ((DownloadConnectionRefusedError, twisted_error.ConnectionRefusedError), "connection_refused"),
    ((DownloadCancelledError,), "too_large"),
    ((CannotResolveHostError, twisted_error.DNSLookupError), "dns_error"),
    ((ResponseDataLossError, DownloadFailedError, twisted_error.ConnectionLost, twisted_error.ConnectionDone,
      twisted_error.ConnectError, ConnectionError), "connection_lost"),
)
#: Second-level labels under which a country's domains are registered (``kabar.co.id``): the outlet is
#: then the last three labels, not the last two.
SECOND_LEVEL = frozenset({"co", "go", "or", "ac", "web", "my", "sch", "net", "biz", "desa", "mil", "ponpes",
                          "com", "org", "gov", "edu"})
#: IgnoreRequest messages of Scrapy's own middlewares → reason.
IGNORE_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"robots\.txt", re.I), "robots"),
    (re.compile(r"offsite", re.I), "offsite"),
    (re.compile(r"max redirections", re.I), "redirect_loop"),
)


class Dropped(IgnoreRequest):
    """A fetch the guards refused; ``record`` is the error record that went to the rejects file."""

    def __init__(self, reason: str, detail: str, record: dict[str, Any] | None = None) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
        self.record = record


def is_article(request: Request) -> bool:
    return bool(request.meta.get("article"))


def failure_reason(exc: BaseException) -> str:
    """The stable reason slug of a download failure."""
    if isinstance(exc, Dropped):
        return exc.reason
    for classes, reason in FAILURE_REASONS:
        if isinstance(exc, classes):
            return reason
    if isinstance(exc, IgnoreRequest):
        for pattern, reason in IGNORE_REASONS:
            if pattern.search(str(exc)):
                return reason
        return "ignored"
    return "fetch_failed"


def not_html_reason(response: Response) -> str | None:
    """Why a response is not an HTML page (by label, then by its first bytes), or ``None``."""
    ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").split(";", 1)[0].strip().lower()
    if ctype and ctype not in HTML_TYPES:
        return f"Content-Type {ctype}"
    head = response.body[:1024]
    for magic in BINARY_MAGIC:
        if head.startswith(magic):
            return f"binary body ({magic[:4]!r}...) labelled {ctype or 'nothing'}"
    if b"\x00" in head:
        return f"binary body (NUL bytes) labelled {ctype or 'nothing'}"
    return None


class _Guard:
    """What every guard shares: the crawler, and :meth:`drop`, the one place a refusal is counted."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> _Guard:
        return cls(crawler)

    async def drop(self, request: Request, reason: str, detail: str) -> Dropped:
        """Count the refusal and send its error record down the item pipelines (to the rejects file);
        return the exception to raise. Non-article requests are refused the same way, unrecorded."""
        if not is_article(request):
            return Dropped(reason, detail)
        record = error_record(request.url, f"{reason}: {detail}")
        self.stats.inc_value(f"dropped/{reason}")
        try:
            scraper, spider = self.crawler.engine.scraper, self.crawler.spider
        except (AttributeError, RuntimeError):  # no crawl running: the guard used on its own
            scraper = spider = None
        if scraper is not None and scraper.slot is not None:
            await scraper.start_itemproc_async(record, response=None)
        if spider is not None:
            spider.logger.info("dropped %s (%s: %s)", request.url, reason, detail)
        return Dropped(reason, detail, record)


class RedirectGuard(_Guard):
    """Refuses redirects to another site and redirect loops; order it just above RedirectMiddleware (600).

    ``NEWSCRAWL_ALLOW_OFFSITE_REDIRECTS`` (default off) lets an outlet redirect to another domain."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self.allow_offsite = crawler.settings.getbool("NEWSCRAWL_ALLOW_OFFSITE_REDIRECTS", False)

    async def process_response(self, request: Request, response: Response) -> Response:
        location = response.headers.get(b"Location")
        if not (300 <= response.status < 400 and location) or request.meta.get("dont_redirect"):
            return response
        target = urljoin(request.url, location.decode("latin-1").strip()).split("#", 1)[0]
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in chain:
            raise await self.drop(request, "redirect_loop", f"{request.url} redirects back to {target}")
        first = chain[0]
        if not self.allow_offsite and not same_outlet(first, target):
            raise await self.drop(request, "offsite_redirect", f"{first} redirects to {target}")
        return response


def registered_domain(host: str) -> str:
    """``kalteng.tribunnews.com`` → ``tribunnews.com``, ``www.kabar.co.id`` → ``kabar.co.id``; an IP
    address or a single label stays whole."""
    host = host.lower().rstrip(".")
    labels = host.split(".")
    if host.replace(".", "").isdigit() or ":" in host or len(labels) < 3:
        return host
    keep = 3 if len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def same_outlet(a: str, b: str) -> bool:
    """Both URLs on one outlet: the same host once mirror prefixes go, or one registered domain
    (a regional subdomain redirecting to the network's main host is still the outlet's)."""
    if same_site(a, b):
        return True
    ha, hb = urlsplit(a).hostname or "", urlsplit(b).hostname or ""
    return bool(ha and hb) and registered_domain(ha) == registered_domain(hb)


def gzip_complete(body: bytes) -> bool:
    """True when ``body`` is a gzip stream whose every member ends (trailer included)."""
    data = body
    while data:
        d = zlib.decompressobj(wbits=31)
        try:
            while data and not d.eof:
                d.decompress(data, 1 << 20)  # bounded output: a bomb does not fill memory here
                data = d.unconsumed_tail
        except zlib.error:
            return False
        if not d.eof:
            return False
        data = d.unused_data.lstrip(b"\x00")
    return True


class BoundedDecompression(_Guard, HttpCompressionMiddleware):
    """Scrapy's HttpCompressionMiddleware, with its size refusal named and truncated gzip refused."""

    def __init__(self, crawler: Any) -> None:
        _Guard.__init__(self, crawler)
        HttpCompressionMiddleware.__init__(self, crawler=crawler)

    @classmethod
    def from_crawler(cls, crawler: Any) -> BoundedDecompression:
        if not crawler.settings.getbool("COMPRESSION_ENABLED"):
            raise NotConfigured
        return cls(crawler)

    async def process_response(self, request: Request, response: Response) -> Response | Request:
        raw = response.body
        encodings = [e.strip().lower() for e in b",".join(response.headers.getlist("Content-Encoding"))
                     .decode("latin-1").split(",") if e.strip()]
        try:
            decoded = super().process_response(request, response)
        except Dropped:
            raise
        except IgnoreRequest as exc:  # Scrapy refuses a body inflating past DOWNLOAD_MAXSIZE this way
            raise await self.drop(request, "too_large", str(exc)) from None
        if encodings[-1:] in (["gzip"], ["x-gzip"]) and isinstance(decoded, Response) \
                and not _isize_matches(raw, len(decoded.body)) and not gzip_complete(raw):
            raise await self.drop(request, "truncated", f"gzip body of {len(raw)} bytes stops before its end")
        return decoded


def _isize_matches(body: bytes, size: int) -> bool:
    """The gzip trailer's ISIZE (length mod 2**32) agrees with the inflated length: the cheap check."""
    return len(body) >= 18 and int.from_bytes(body[-4:], "little") == size % (1 << 32)


class ResponseGuard(_Guard):
    """Names the final outcome of an article fetch; order it on the engine side (below 100)."""

    async def process_response(self, request: Request, response: Response) -> Response:
        if not is_article(request):
            return response
        if response.status >= 400:
            raise await self.drop(request, f"http_{response.status}", f"HTTP {response.status}")
        if 300 <= response.status < 400:
            return response
        why = not_html_reason(response)
        if why:
            raise await self.drop(request, "not_html", why)
        return response

    async def process_exception(self, request: Request, exception: Exception) -> None:
        if isinstance(exception, Dropped) or not is_article(request):
            return None
        reason = failure_reason(exception)
        detail = f"{type(exception).__name__}: {exception}".strip(": ")
        if reason == "too_large":  # the handler's cancel carries no message when it counted the bytes
            limit = request.meta.get("download_maxsize", self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
            detail = f"body above DOWNLOAD_MAXSIZE ({limit} bytes); {detail}"
        raise await self.drop(request, reason, detail)
