"""Run one crawl in this process and write its items and stats as JSON: the tests' crawl helper.

    python tests/crawlrun.py OUT.json SPIDER [-a NAME=VALUE]... [-s NAME=VALUE]...

Run as a subprocess (a Twisted reactor cannot restart inside pytest). Items are summarised (url,
site, extra page URLs, meta) because bodies are bytes; ``error`` holds the message when the crawl
could not start (bad arguments). Settings values are parsed as JSON when they parse, else kept as text.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, is_dataclass

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings


def _value(text: str):
    try:
        return json.loads(text)
    except ValueError:
        return text


def main(argv: list[str]) -> int:
    out, spider, rest = argv[0], argv[1], argv[2:]
    spargs, overrides = {}, {}
    for flag, pair in zip(rest[::2], rest[1::2], strict=True):
        name, _, value = pair.partition("=")
        (spargs if flag == "-a" else overrides)[name] = value if flag == "-a" else _value(value)
    settings = get_project_settings()
    base = {"LOG_LEVEL": "WARNING", "TELNETCONSOLE_ENABLED": False}
    settings.setdict({**base, **overrides}, priority="cmdline")
    items: list[dict] = []
    result: dict = {"items": items, "stats": {}, "error": None}

    def scraped(item, response, spider):
        data = asdict(item) if is_dataclass(item) else dict(item)
        if "body" in data:
            data["body"] = len(data["body"])
            data["extra_pages"] = [u for u, _ in data.get("extra_pages", [])]
            data["crawled_at"] = str(data.get("crawled_at"))
        items.append(json.loads(json.dumps(data, default=str)))

    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider)
    crawler.signals.connect(scraped, signal=signals.item_scraped)
    deferred = process.crawl(crawler, **spargs)
    deferred.addErrback(lambda f: result.__setitem__("error", f"{f.type.__name__}: {f.getErrorMessage()}"))
    process.start()
    result["stats"] = {k: (v if isinstance(v, int | float | str) else str(v))
                       for k, v in (crawler.stats.get_stats() or {}).items()}
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(result, fh)
    return 2 if result["error"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
