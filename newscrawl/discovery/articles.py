"""Is this URL (or fetched page) an article? Tag, category, author, search, index, home and gallery
pages are not, and are skipped with the stat ``dropped/not_article`` (the name the extraction
pipeline counts its own rejections under).

URL shapes are data (the tables below); outlet-specific patterns live in the profiles
(``article_url`` / ``not_article_url``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from pipelines.dom import teaser_list

#: Stat name shared with the extraction pipeline.
NOT_ARTICLE_STAT = "dropped/not_article"
#: ``FetchedPage.meta`` flag on a page discovery listed as an article (not a single-page view the
#: crawl asked for): extraction first checks its shape with :func:`page_shape_reason`.
SHAPE_CHECK_META = "check_shape"

#: Path segments (between slashes) that mark listing pages on WordPress, Blogger, Tribun, detik...
LISTING_SEGMENTS = frozenset({
    "tag", "tags", "topik", "topic", "topics", "category", "categories", "kategori", "kanal", "rubrik",
    "author", "authors", "penulis", "reporter", "editor", "search", "cari", "pencarian", "label",
    "indeks", "index", "index-news", "arsip", "archive", "archives", "feed", "rss", "page", "listtag",
    "tagar", "wp-json", "wp-content", "wp-admin", "wp-login.php", "login", "register", "amp-stories",
})
#: Whole-path shapes of non-articles.
LISTING_PATHS = re.compile(
    r"^/(?:\d{4}(?:/\d\d){0,2}|page/\d+|[\w-]+/page/\d+|search/label/.*|p/[\w-]+\.html"
    r"|tentang-kami|about|kontak|contact|redaksi|pedoman[\w-]*|privacy[\w-]*|disclaimer|sitemap[\w./-]*)/?$",
    re.I,
)
#: Query parameters that make a page a listing (search, Blogger archives, paged listings).
LISTING_PARAMS = re.compile(r"(?:^|&)(?:s|q|max-results|updated-max|paged|cat|tag|author)=", re.I)
#: Path shapes of media pages that are not articles (galleries, videos without text are checked by shape).
MEDIA_SEGMENTS = frozenset({"foto", "galeri", "gallery", "video", "videos", "photo", "photos", "infografis"})
#: Signals of an article URL when a profile gives no pattern: a date in the path, a numeric id,
#: a long hyphenated slug, or a Blogger post path.
ARTICLE_LIKE = re.compile(
    r"/(?:19|20)\d\d[/-]?\d\d[/-]?\d\d|[/-]\d{5,}(?:[/.-]|$)|/[a-z0-9]+(?:-[a-z0-9]+){3,}(?:\.html?)?/?$"
    r"|/\d{4}/\d\d/[\w-]+\.html$",
    re.I,
)


def listing_reason(url: str) -> str | None:
    """Why the URL is a listing/utility page by its shape, or ``None``."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if path in ("/", "") and not parts.query:
        return "home page"
    segments = [s.lower() for s in path.split("/") if s]
    hit = next((s for s in segments if s in LISTING_SEGMENTS), None)
    if hit:
        return f"{hit} page"
    if LISTING_PATHS.match(path):
        return "index page"
    if LISTING_PARAMS.search(parts.query):
        return "search or listing query"
    if segments and segments[0] in MEDIA_SEGMENTS and len(segments) == 1:
        return "media index"
    return None


def article_url_reason(url: str, article: re.Pattern[str] | None = None,
                       not_article: re.Pattern[str] | None = None, strict: bool = False) -> str | None:
    """Why ``url`` is not an article URL, or ``None`` when it may be one.

    A profile's ``not_article_url`` always wins; its ``article_url`` decides next. Without a profile
    pattern the listing shapes apply, and ``strict`` (links scraped from HTML pages rather than
    listed in a sitemap or feed) also requires an article-like URL.
    """
    if not_article is not None and not_article.search(url):
        return "profile not_article_url"
    if article is not None:
        return None if article.search(url) else "does not match profile article_url"
    reason = listing_reason(url)
    if reason:
        return reason
    if strict and not ARTICLE_LIKE.search(urlsplit(url).path):
        return "not article-like"
    return None


# --- page shape --------------------------------------------------------------------------------

#: An article has at least this much paragraph text; galleries and listings have less.
MIN_ARTICLE_TEXT = 250
#: A page with this many teaser blocks (article cards, h2/h3 links) and little text is a listing.
MIN_TEASERS = 6
_OG_ARTICLE = "//meta[@property='og:type' and contains(translate(@content,'ARTICLE','article'),'article')]"


def page_shape_reason(tree: etree._Element) -> str | None:
    """Why a fetched page is not an article by its shape, or ``None``.

    An ``og:type=article`` page with enough text is an article whatever else is on it; a page with
    many teaser cards or headline links and little running text is a listing; one with almost no
    paragraph text (a gallery, a video page) is not an article either.
    """
    paragraphs = [" ".join(p.itertext()).strip() for p in tree.iter("p")]
    text = sum(len(p) for p in paragraphs if len(p) > 40)
    teasers = len(tree.xpath("//article")) + len(tree.xpath("//*[self::h2 or self::h3][.//a]"))
    og_article = bool(tree.xpath(_OG_ARTICLE))
    if text < MIN_ARTICLE_TEXT:
        return "no article text (gallery, video or listing)"
    if not og_article and teasers >= MIN_TEASERS and text < MIN_ARTICLE_TEXT * 4:
        return f"listing shape ({teasers} teasers)"
    cards = teaser_list(tree)
    if cards:  # a topic page of one to five cards: too few for the count above, no text of its own
        return f"listing shape ({cards} teaser cards, no text of its own)"
    return None


#: Where a page states its publication date in machine-readable form, most reliable first.
PAGE_DATE_XPATHS = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//meta[@name='pubdate' or @name='publishdate' or @name='publish-date']/@content",
    "//time[@datetime][1]/@datetime",
)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def page_published(tree: etree._Element) -> str | None:
    """The publication date a page declares (meta, JSON-LD, ``<time datetime>``), as written.

    Used only to keep articles that discovery could not date out of a since/until window; the
    extraction pipeline reads dates properly."""
    for xpath in PAGE_DATE_XPATHS:
        values = tree.xpath(xpath)
        if values and str(values[0]).strip():
            return str(values[0]).strip()
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        m = _JSONLD_DATE.search(script)
        if m:
            return m.group(1)
    return None
