"""Raw archive: every fetched article as WARC (warcio), one gzipped file per run under ``data/warc/``.

Each page of an article is a ``request`` + ``response`` pair (one gzip member per record, so a
kill leaves every earlier record readable). Two extension headers let ``newscrawl reextract``
rebuild exactly what the crawl extracted, offline:

* ``Newscrawl-Site`` -- the outlet profile key the page was fetched for;
* ``Newscrawl-Part-Of`` -- on pages 2..n of a multi-page article, the first page's URL;
* ``Newscrawl-Check-Shape`` -- on a first page whose article shape extraction checks (the crawl's
  not-an-article test, which runs in extraction), so a re-extraction rejects the same pages.
"""

from __future__ import annotations

import io
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newscrawl.discovery.articles import SHAPE_CHECK_META
from pipelines.output import safe_component, whole_gzip_prefix
from pipelines.page import FetchedPage

WARC_DIR = "warc"
SITE_HEADER = "Newscrawl-Site"
PART_OF_HEADER = "Newscrawl-Part-Of"
CHECK_SHAPE_HEADER = "Newscrawl-Check-Shape"


def _warc_date(when: datetime) -> str:
    when = when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse_warc_date(text: str | None) -> datetime:
    if not text:
        return datetime.now(UTC)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return datetime.now(UTC)


class WarcArchive:
    """Appends request/response pairs to one WARC file; flushed per article, fsync'd on close."""

    def __init__(self, path: Path | str, user_agent: str = "newscrawl") -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.user_agent = user_agent
        self._fh = open(self.path, "ab")  # noqa: SIM115 - lives as long as the archive
        self._writer = WARCWriter(self._fh, gzip=True)
        self.pages = 0
        if self._fh.tell() == 0:
            self._writer.write_record(self._writer.create_warcinfo_record(
                self.path.name, {"software": "newscrawl", "format": "WARC File Format 1.1"}))

    @classmethod
    def for_run(cls, data_dir: Path | str, run_id: str, user_agent: str = "newscrawl") -> WarcArchive:
        return cls(Path(data_dir) / WARC_DIR / f"{safe_component(run_id)}.warc.gz", user_agent)

    def write_page(self, url: str, body: bytes, *, status: int = 200, headers: dict[str, str] | None = None,
                   fetched_at: datetime | None = None, site: str | None = None, part_of: str | None = None,
                   request_headers: dict[str, str] | None = None, check_shape: bool = False) -> None:
        """One fetched page: its request, then its response (``WARC-Concurrent-To`` links them)."""
        date = _warc_date(fetched_at or datetime.now(UTC))
        extra = {SITE_HEADER: site} if site else {}
        if part_of:
            extra[PART_OF_HEADER] = part_of
        if check_shape:
            extra[CHECK_SHAPE_HEADER] = "1"
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
        http = StatusAndHeaders(f"{status} {reason}", list((headers or {}).items()), protocol="HTTP/1.1")
        response = self._writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http,
            warc_headers_dict={"WARC-Date": date, **extra})
        req_headers = {"User-Agent": self.user_agent, **(request_headers or {})}
        request = self._writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""), length=0,
            http_headers=StatusAndHeaders(f"GET {_request_target(url)} HTTP/1.1", list(req_headers.items()),
                                          is_http_request=True),
            warc_headers_dict={"WARC-Date": date,
                               "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")})
        self._writer.write_request_response_pair(request, response)
        self.pages += 1

    def write_fetched(self, page: FetchedPage, request_headers: dict[str, str] | None = None) -> None:
        """An article as the crawler fetched it: the first page and every further page."""
        self.write_page(page.url, page.body, status=page.status, headers=page.headers,
                        fetched_at=page.crawled_at, site=page.site, request_headers=request_headers,
                        check_shape=bool(page.meta.get(SHAPE_CHECK_META)))
        for url, body in page.extra_pages:
            self.write_page(url, body, fetched_at=page.crawled_at, site=page.site, part_of=page.url,
                            request_headers=request_headers)
        self._fh.flush()

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()


def _request_target(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


@dataclass
class ArchiveReport:
    """What reading an archive found besides articles: a torn tail left by a kill, say."""

    pages: int = 0
    problems: list[str] = field(default_factory=list)


def read_articles(path: Path | str, report: ArchiveReport | None = None) -> Iterator[FetchedPage]:
    """The archived articles of one WARC file, in crawl order, with their further pages merged.

    Streams: further pages follow their first page in the file. A torn last record (a kill
    during the crawl) ends the file early; that is noted in ``report``, earlier articles stand.
    """
    report = report if report is not None else ArchiveReport()
    current: FetchedPage | None = None
    try:
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_type != "response":
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                body = rec.content_stream().read()
                report.pages += 1
                part_of = rec.rec_headers.get_header(PART_OF_HEADER)
                if part_of:
                    if current is not None and current.url == part_of:
                        current.extra_pages.append((url, body))
                    else:
                        report.problems.append(f"{url}: further page of {part_of}, which is not archived")
                    continue
                if current is not None:
                    yield current
                http = rec.http_headers
                current = FetchedPage(
                    url=url, body=body, status=int(http.get_statuscode() or 200) if http else 200,
                    headers=dict(http.headers) if http else {},
                    crawled_at=_parse_warc_date(rec.rec_headers.get_header("WARC-Date")),
                    site=rec.rec_headers.get_header(SITE_HEADER))
                if rec.rec_headers.get_header(CHECK_SHAPE_HEADER):
                    current.meta[SHAPE_CHECK_META] = True
            torn = fh.seek(0, os.SEEK_END) - whole_gzip_prefix(fh) if str(path).endswith(".gz") else 0
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as exc:
        report.problems.append(f"{path}: archive ends early after {report.pages} pages ({exc})")
    else:
        if torn:
            report.problems.append(f"{path}: archive ends early after {report.pages} pages "
                                   f"({torn} bytes of a torn last record, as a kill leaves)")
    if current is not None:
        yield current
