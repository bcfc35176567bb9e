"""Retry-After on 429/503 and per-profile politeness (download slot, fixed delay, concurrency, robots)."""

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from scrapy.core.downloader import Slot
from scrapy.crawler import Crawler
from scrapy.http import Request, Response
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

from newscrawl import settings as project
from newscrawl.middlewares.retry_after import RetryAfterMiddleware, retry_after_seconds
from newscrawl.spiders.news import NewsSpider

NOW = datetime(2024, 5, 3, 8, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        (b"7", 7.0),
        ("Fri, 03 May 2024 08:00:30 GMT", 30.0),
        ("Fri, 03 May 2024 07:00:00 GMT", 0.0),
        ("soon", None),
        ("", None),
        (None, None),
        ("-5", None),
    ],
)
def test_retry_after_values(value, seconds):
    assert retry_after_seconds(value, now=NOW) == seconds


def fake_crawler(autothrottle: bool = True):
    slot = Slot(concurrency=2, delay=0.5, jitter=0.0)
    stats = MemoryStatsCollector(SimpleNamespace(settings=Settings()))
    crawler = SimpleNamespace(
        engine=SimpleNamespace(downloader=SimpleNamespace(slots={"kabar": slot})),
        settings=Settings(
            {"RETRY_ENABLED": True, "AUTOTHROTTLE_ENABLED": autothrottle, "NEWSCRAWL_RETRY_AFTER_MAX": 60}
        ),
        stats=stats,
    )
    return crawler, slot


def test_429_with_retry_after_slows_the_outlets_slot_and_is_counted():
    crawler, slot = fake_crawler()
    mw = RetryAfterMiddleware.from_crawler(crawler)
    request = Request("https://kabar.example/sitemap.xml", meta={"download_slot": "kabar"})
    response = Response(request.url, status=429, headers={"Retry-After": "20"}, request=request)
    assert mw.process_response(request, response) is response  # RetryMiddleware still retries it
    assert slot.delay == 20 and crawler.stats.get_value("retry_after/honoured") == 1


def test_retry_after_is_capped_and_ignored_on_other_statuses():
    crawler, slot = fake_crawler()
    mw = RetryAfterMiddleware.from_crawler(crawler)
    request = Request("https://kabar.example/a", meta={"download_slot": "kabar"})
    mw.process_response(request, Response(request.url, status=503, headers={"Retry-After": "3600"}))
    assert slot.delay == 60 and crawler.stats.get_value("retry_after/capped") == 1
    crawler2, slot2 = fake_crawler()
    RetryAfterMiddleware.from_crawler(crawler2).process_response(
        request, Response(request.url, status=500, headers={"Retry-After": "30"})
    )
    assert slot2.delay == 0.5


def test_project_politeness_defaults():
    assert (
        project.ROBOTSTXT_OBEY
        and project.AUTOTHROTTLE_ENABLED
        and project.CONCURRENT_REQUESTS_PER_DOMAIN <= 2
    )
    assert project.NEWSCRAWL_CONTACT_URL in project.USER_AGENT and 429 in project.RETRY_HTTP_CODES
    assert "newscrawl.middlewares.retry_after.RetryAfterMiddleware" in project.DOWNLOADER_MIDDLEWARES


def test_profile_politeness_becomes_a_download_slot_with_fixed_delay(tmp_path):
    (tmp_path / "pelan.toml").write_text(
        'name = "Pelan"\ndomains = ["pelan.example"]\nhome = "https://pelan.example/"\n'
        "[politeness]\ndownload_delay = 5.0\nconcurrency = 1\nobey_robots = false\n"
        '[[discovery]]\ntype = "rss"\n',
        encoding="utf-8",
    )
    # as in a crawl: the spider is made before the crawler's settings are frozen
    crawler = Crawler(NewsSpider, Settings({"NEWSCRAWL_PROFILES": str(tmp_path)}))
    spider = NewsSpider.from_crawler(crawler, sites="pelan,jubi")
    slots = crawler.settings.getdict("DOWNLOAD_SLOTS")
    assert slots["pelan"] == {"delay": 5.0, "concurrency": 1} and slots["jubi"] == {"delay": 2.0}
    meta = spider._meta(spider.runs["pelan"])
    assert meta == {
        "download_slot": "pelan",
        "autothrottle_dont_adjust_delay": True,
        "dont_obey_robotstxt": True,
    }
    assert spider.runs["pelan"].ctx.policy.allows("https://pelan.example/x")
