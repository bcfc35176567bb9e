"""Scrapy settings for newscrawl. Every newscrawl setting is documented here, grouped by component.

Politeness by default: robots.txt obeyed, AutoThrottle on, at most 2 concurrent requests per
domain, retries on 429/5xx honouring Retry-After, a User-Agent naming the project and a contact.
"""

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"
#: ``scrapy crawl`` checks spider arguments before starting (a one-line error, exit 2).
COMMANDS_MODULE = "newscrawl.scrapy_commands"

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
#: Retry-After on 429/503 pauses the outlet's download slot (capped at NEWSCRAWL_RETRY_AFTER_MAX
#: seconds); runs just before Scrapy's RetryMiddleware (550).
#: Guards (newscrawl/middlewares/guards.py, docs/faults.md): an article fetch that cannot become an
#: article ends as one counted reason (dropped/<reason>) with its record in the rejects file —
#: redirects off-site or in a loop (before RedirectMiddleware, 600), gzip bombs and truncated gzip
#: (in place of HttpCompressionMiddleware, 590), HTTP errors, non-HTML bodies, timeouts, resets,
#: size limits and robots.txt refusals once retries gave up (engine side, 60).
DOWNLOADER_MIDDLEWARES = {
    "newscrawl.middlewares.retry_after.RetryAfterMiddleware": 560,
    "newscrawl.middlewares.guards.RedirectGuard": 610,
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "newscrawl.middlewares.guards.BoundedDecompression": 590,
    "newscrawl.middlewares.guards.ResponseGuard": 60,
}
#: Let an outlet redirect an article to another site (default: refused as dropped/offsite_redirect).
NEWSCRAWL_ALLOW_OFFSITE_REDIRECTS = False
NEWSCRAWL_RETRY_AFTER_MAX = 120.0

# --- discovery (newscrawl/discovery, newscrawl/spiders) ----------------------------------------
#: Follow discovery URLs that point at loopback/private networks (tests and the local demo only;
#: an outlet's own host from its profile is always allowed).
NEWSCRAWL_ALLOW_PRIVATE_URLS = False
#: Most pages one listing, feed or WP REST walk may fetch.
NEWSCRAWL_DISCOVERY_MAX_PAGES = 50
#: How many levels of section links an outlet crawled by URL (``-a url=``) follows from its home page.
NEWSCRAWL_URL_DEPTH = 1

# --- pipelines: fetched page → article → dedup → output ----------------------------------------
ITEM_PIPELINES = {
    "pipelines.scrapy.warc.WarcPipeline": 50,
    "pipelines.scrapy.extract.ExtractPipeline": 100,
    "pipelines.scrapy.state.StatePipeline": 300,
    "pipelines.scrapy.dedup.DedupPipeline": 400,
    "pipelines.scrapy.output.OutputPipeline": 800,
}
#: Extraction and cleaning run in this many worker processes instead of on the reactor thread, which
#: they would block (benchmarks/RESULTS.md, "Scale"); 0 = in the crawl process.
NEWSCRAWL_EXTRACT_PROCESSES = 1
#: Items and requests a response's output is processed with at once. Scrapy starts this many asyncio
#: workers per response; an article page yields one item, so 100 (the default) is pure overhead.
CONCURRENT_ITEMS = 8
#: Skips article requests whose discovery ``meta["lastmod"]`` is unchanged (stat skipped/unchanged).
SPIDER_MIDDLEWARES = {
    "pipelines.scrapy.state.IncrementalSpiderMiddleware": 950,
}

# --- cron-grade operation (pipelines/state.py, dedup.py, output.py, warc.py) -------------------
#: Incremental state in <data>/state/state.sqlite3: unchanged articles are neither fetched (when
#: discovery gives a lastmod) nor emitted again; changed ones come out with version + 1.
NEWSCRAWL_STATE_ENABLED = True
#: Archive every fetched article (all its pages) in <data>/warc/<run-id>.warc.gz for `reextract`.
NEWSCRAWL_WARC_ENABLED = True
#: Gzip the article files (one gzip member appended per flush: .jsonl.gz).
NEWSCRAWL_OUTPUT_GZIP = False
#: Records per durable flush (one write + fsync per file, then the state commit).
NEWSCRAWL_OUTPUT_BATCH = 20
#: Exact and near-duplicate detection across outlets and runs (`duplicate_of`).
NEWSCRAWL_DEDUP_ENABLED = True
#: Drop syndicated copies instead of keeping them with `duplicate_of` set.
NEWSCRAWL_DROP_DUPLICATES = False
#: Estimated Jaccard similarity (word 3-shingles, MinHash LSH) from which a body is a near-duplicate.
NEWSCRAWL_DEDUP_THRESHOLD = 0.7
#: Names the run's rejects, WARC and summary files; `newscrawl run` sets it, else one per crawl.
NEWSCRAWL_RUN_ID = ""

# --- newscrawl ---------------------------------------------------------------------------------
#: Extra profile folders (``-s NEWSCRAWL_PROFILES=DIR[,DIR]``) that add to or override the shipped ones.
NEWSCRAWL_PROFILES: list[str] = []
#: Root of output and state (articles/, rejects/, state/, warc/, runs/).
NEWSCRAWL_DATA_DIR = "data"

# --- distributed mode (newscrawl/distributed, docs/distributed.md) ----------------------------
#: Redis URL (``-s NEWSCRAWL_REDIS_URL=redis://host:6379/0``, ``newscrawl run --redis URL`` or the
#: environment variable of the same name). Set, the scheduler queue, request dupefilter, emit claims
#: and near-duplicate index live in Redis, shared by every worker; empty (default), all stays embedded.
NEWSCRAWL_REDIS_URL = ""
#: Namespace of one shared crawl in Redis (``newscrawl:<job>:*``); default: the spider name.
NEWSCRAWL_REDIS_JOB = ""
#: Seconds without a heartbeat after which a worker counts as dead and its requests are re-queued.
NEWSCRAWL_REDIS_LEASE = 30.0
#: Seconds the whole job must stay without queued or in-flight requests before an idle worker stops.
NEWSCRAWL_REDIS_IDLE_CLOSE = 10.0
#: Class paths of shared seen-state / duplicate-signature stores (built with from_crawler); empty = the
#: embedded SQLite stores in <data>/state. Distributed mode sets the Redis ones.
NEWSCRAWL_SEEN_STORE = ""
NEWSCRAWL_SIGNATURE_STORE = ""
ADDONS = {"newscrawl.distributed.RedisAddon": 0}

FEED_EXPORT_ENCODING = "utf-8"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"
