"""``scrapy crawl`` that checks spider arguments before the crawl starts.

Scrapy builds spiders inside the running crawl, so an argument error there surfaces as a
traceback. Spiders that define ``check_arguments(settings, **spargs)`` are checked first, and a
bad argument ends the command with Scrapy's usage error: one line saying what is wrong, exit 2.
"""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawl


class Command(ScrapyCrawl):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) == 1 and self.crawler_process is not None:
            try:
                spidercls = self.crawler_process.spider_loader.load(args[0])
            except KeyError:
                spidercls = None  # Scrapy reports the unknown spider itself
            check = getattr(spidercls, "check_arguments", None)
            if check is not None:
                check(self.settings, **opts.spargs)
        super().run(args, opts)
