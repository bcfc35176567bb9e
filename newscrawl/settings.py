"""Scrapy settings for newscrawl. Every newscrawl setting is documented here, grouped by component.

Politeness by default: robots.txt obeyed, AutoThrottle on, at most 2 concurrent requests per
domain, retries on 429/5xx honouring Retry-After, a User-Agent naming the project and a contact.
"""

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"

# --- politeness -------------------------------------------------------------------------------
#: Where site owners can reach whoever runs the crawl; part of the User-Agent.
NEWSCRAWL_CONTACT_URL = "https://github.com/newscrawl/newscrawl"
USER_AGENT = f"newscrawl/0.1 (+{NEWSCRAWL_CONTACT_URL})"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
REDIRECT_MAX_TIMES = 5
#: Development: cache every response on disk (``-s HTTPCACHE_ENABLED=1``).
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"

# --- pipelines: fetched page → article → dedup → output ----------------------------------------
ITEM_PIPELINES = {
    "pipelines.scrapy.extract.ExtractPipeline": 100,
}

# --- newscrawl ---------------------------------------------------------------------------------
#: Extra profile folders (``-s NEWSCRAWL_PROFILES=DIR[,DIR]``) that add to or override the shipped ones.
NEWSCRAWL_PROFILES: list[str] = []
#: Root of output and state (articles/, rejects/, state/, warc/, runs/).
NEWSCRAWL_DATA_DIR = "data"

FEED_EXPORT_ENCODING = "utf-8"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"
