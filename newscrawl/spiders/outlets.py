"""One spider per shipped outlet profile (``scrapy crawl tribun_kalteng``), generated from the profiles.

Each is the ``news`` spider fixed to one outlet; all other arguments (since, until, max_articles)
work the same. Profiles added with ``-s NEWSCRAWL_PROFILES=DIR`` are crawled with
``scrapy crawl news -a sites=NAME`` (spider classes are made when Scrapy loads this module, before
settings are known).
"""

from __future__ import annotations

from newscrawl.sites import load_profiles
from newscrawl.spiders.news import NewsSpider


def _outlet_spider(key: str, name: str) -> type[NewsSpider]:
    doc = f"{name}: the news spider for this one outlet (profile newscrawl/sites/{key}.toml)."
    return type(f"{key.title().replace('_', '')}Spider", (NewsSpider,),
                {"name": key, "profile_key": key, "__doc__": doc, "__module__": __name__})


OUTLET_SPIDERS: dict[str, type[NewsSpider]] = {
    key: _outlet_spider(key, profile.name)
    for key, profile in load_profiles().items() if key != NewsSpider.name
}
globals().update({cls.__name__: cls for cls in OUTLET_SPIDERS.values()})
