"""The fetch guards' decisions as plain functions: what they refuse, and the near-misses they must let
through (a PDF link is not a PDF page, a multi-member gzip is whole, a www. redirect stays on site)."""

from __future__ import annotations

import gzip
import zlib

import pytest
from scrapy import Request
from scrapy.exceptions import (
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse, Response
from scrapy.utils.test import get_crawler

from newscrawl.middlewares.guards import (
    Dropped,
    RedirectGuard,
    ResponseGuard,
    failure_reason,
    gzip_complete,
    not_html_reason,
)

HTML = b"<html><body><p>Isi berita tentang PDF dan gambar.</p><a href='/laporan.pdf'>PDF</a></body></html>"


@pytest.mark.parametrize(("exc", "reason"), [
    (DownloadTimeoutError("took longer than 2.0 seconds"), "timeout"),
    (DownloadConnectionRefusedError("refused"), "connection_refused"),
    (ResponseDataLossError(), "connection_lost"),
    (DownloadCancelledError(), "too_large"),
    (IgnoreRequest("Forbidden by robots.txt"), "robots"),
    (IgnoreRequest("max redirections reached"), "redirect_loop"),
    (Dropped("offsite_redirect", "x"), "offsite_redirect"),
    (RuntimeError("surprise"), "fetch_failed"),
])
def test_download_failures_get_stable_reasons(exc, reason):
    assert failure_reason(exc) == reason


@pytest.mark.parametrize(("ctype", "body"), [
    (b"application/pdf", b"%PDF-1.4 ..."),
    (b"text/html; charset=utf-8", b"%PDF-1.7\n%\xe2\xe3"),
    (b"text/html", b"\x89PNG\r\n\x1a\n...."),
    (b"", b"GIF89a\x01\x00"),
    (b"application/octet-stream", HTML),
    (b"text/html", b"<html>\x00\x01\x02</html>"),
])
def test_bodies_that_are_not_web_pages_are_named(ctype, body):
    headers = {b"Content-Type": ctype} if ctype else {}
    assert not_html_reason(Response("https://kabar.example/a", body=body, headers=headers))


@pytest.mark.parametrize("ctype", [b"text/html; charset=windows-1252", b"application/xhtml+xml", b"TEXT/HTML",
                                   b""])
def test_html_pages_pass_even_when_they_mention_pdf(ctype):
    headers = {b"Content-Type": ctype} if ctype else {}
    assert not_html_reason(Response("https://kabar.example/laporan-pdf", body=HTML, headers=headers)) is None


def test_truncated_gzip_is_incomplete_but_multi_member_gzip_is_whole():
    whole = gzip.compress(HTML * 50)
    assert gzip_complete(whole)
    assert not gzip_complete(whole[: len(whole) // 2])
    assert gzip_complete(gzip.compress(HTML) + gzip.compress(HTML))  # concatenated members (and trailer ISIZE
    assert not gzip_complete(b"not gzip at all")                     # of the last member only) stay whole


def test_gzip_check_does_not_inflate_a_bomb_into_memory():
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = b"".join(z.compress(b"\0" * (1 << 20)) for _ in range(256)) + z.flush()  # 256 MB inflated
    assert gzip_complete(bomb)


def _guard(cls):
    crawler = get_crawler(settings_dict={"NEWSCRAWL_ALLOW_OFFSITE_REDIRECTS": False})
    return cls(crawler), crawler


def _run(coro):
    import asyncio

    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.close()


@pytest.mark.parametrize(("location", "reason"), [
    (b"https://other.example/berita/1", "offsite_redirect"),
    (b"http://169.254.169.254/latest/meta-data/", "offsite_redirect"),
    (b"/berita/1", "redirect_loop"),
])
def test_redirects_off_site_or_back_into_the_chain_are_refused_and_counted(location, reason):
    guard, crawler = _guard(RedirectGuard)
    request = Request("https://kabar.example/berita/1-lama", meta={"article": True,
                                                                    "redirect_urls": ["https://kabar.example/berita/1"]})
    response = Response(request.url, status=301, headers={b"Location": location}, request=request)
    with pytest.raises(Dropped) as info:
        _run(guard.process_response(request, response))
    assert info.value.reason == reason
    assert info.value.record["error"].startswith(f"{reason}: ")
    assert crawler.stats.get_value(f"dropped/{reason}") == 1


@pytest.mark.parametrize("location", [b"https://www.kabar.example/berita/1", b"https://m.kabar.example/berita/1",
                                      b"/berita/2024/11/01/judul-baru", b"https://kabar.example/berita/1?amp=1",
                                      b"https://kalteng.kabar.example/berita/1"])
def test_redirects_within_the_outlet_pass(location):
    guard, crawler = _guard(RedirectGuard)
    request = Request("https://kabar.example/berita/1", meta={"article": True})
    response = Response(request.url, status=301, headers={b"Location": location}, request=request)
    assert _run(guard.process_response(request, response)) is response
    assert not [k for k in crawler.stats.get_stats() if k.startswith("dropped/")]


def test_discovery_requests_are_refused_but_not_counted_as_dropped_articles():
    guard, crawler = _guard(ResponseGuard)
    request = Request("https://kabar.example/sitemap.xml", meta={"discovery": "sitemap"})
    response = Response(request.url, status=404, request=request)
    assert _run(guard.process_response(request, response)) is response
    request = Request("https://kabar.example/berita/1", meta={"article": True})
    with pytest.raises(Dropped):
        gone = HtmlResponse(request.url, status=410, body=HTML, request=request)
        _run(guard.process_response(request, gone))
    assert crawler.stats.get_value("dropped/http_410") == 1


@pytest.mark.parametrize(("a", "b", "same"), [
    ("https://kalteng.tribunnews.com/2024/x", "https://www.tribunnews.com/2024/x", True),
    ("https://www.kabar.co.id/a", "https://kabar.co.id/b", True),
    ("https://kabar.co.id/a", "https://lain.co.id/a", False),
    ("https://kabar.example/a", "https://kabar.example.evil.test/a", False),
    ("http://127.0.0.1:8801/a", "http://127.0.0.2:8801/a", False),
    ("https://kabar.example/a", "http://169.254.169.254/latest/", False),
])
def test_same_outlet_is_one_registered_domain(a, b, same):
    from newscrawl.middlewares.guards import same_outlet

    assert same_outlet(a, b) is same
