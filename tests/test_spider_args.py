"""Spider arguments, checked when the spider is made (before any request): the generated one-outlet
spiders, URL mode and the errors a researcher sees."""

import re

import pytest
from scrapy.crawler import Crawler
from scrapy.exceptions import UsageError
from scrapy.settings import Settings

from newscrawl.discovery import URL_MODE_CHAIN
from newscrawl.spiders.news import NewsSpider
from newscrawl.spiders.outlets import OUTLET_SPIDERS


def make(spidercls=NewsSpider, settings: dict | None = None, **args):
    return spidercls.from_crawler(Crawler(spidercls, Settings(settings or {})), **args)


def test_outlet_spiders_are_the_news_spider_fixed_to_one_profile():
    spider = make(OUTLET_SPIDERS["pos_kupang"], since="2024-05-01")
    assert spider.name == "pos_kupang" and list(spider.runs) == ["pos_kupang"]
    assert spider.runs["pos_kupang"].ctx.window.offset.utcoffset(None).seconds == 8 * 3600  # WITA


def test_url_mode_builds_the_fallback_chain_with_the_depth_setting():
    spider = make(settings={"NEWSCRAWL_URL_DEPTH": 2}, url="http://127.0.0.1:8801/")
    run = spider.runs["127.0.0.1:8801"]
    assert [e["type"] for e in run.entries] == [e["type"] for e in URL_MODE_CHAIN]
    assert run.entries[-1]["depth"] == 2
    assert run.ctx.policy.allows("http://127.0.0.1:8801/feed/")  # its own host, although loopback
    assert not run.ctx.policy.allows("http://127.0.0.1:6379/")


@pytest.mark.parametrize(("args", "message"), [
    ({"url": "ftp://outlet.example/"}, "expected an http(s) URL"),
    ({"sites": "jubi", "until": "kemarin"}, "until='kemarin': not a date"),
    ({"sites": "jubi", "max_articles": "0"}, "must be at least 1"),
    ({"sites": "detik"}, "has no home or no [[discovery]] entry"),
])
def test_bad_arguments_raise_usage_errors(args, message):
    with pytest.raises(UsageError, match=re.escape(message)):
        make(**args)


@pytest.mark.parametrize(("args", "message"), [
    (["-a", "sites=nope"], "-a sites: unknown outlet 'nope'"),
    (["-a", "sites=jubi", "-a", "since=2024-13-45"], "-a since='2024-13-45': not a date"),
    (["-a", "sites=jubi", "-a", "since=2024-12-01", "-a", "until=2024-11-01"],
     "-a since=2024-12-01 is after -a until=2024-11-01"),
])
def test_scrapy_crawl_stops_on_a_bad_argument_with_one_line_and_exit_2(args, message):
    import subprocess
    import sys
    from pathlib import Path

    proc = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "news", *args], capture_output=True,
                          text=True, cwd=Path(__file__).parents[1], timeout=60)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert f"error: {message}" in proc.stderr.replace('"', "'")
