"""Multi-page articles: the single-page view when the outlet has one, else the next page in order.

Tribun and many WordPress themes split long articles (``?page=2``, ``/2/``, "Halaman 2",
"Selanjutnya"); Tribun also offers the whole text at ``?page=all``. Both are recognised from the
links on the article page itself, by URL (a link is a continuation when it is *this* article's URL
plus the next page number), so the link text's language does not matter and a "next article" link
is never mistaken for a next page.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import etree

from pipelines.urls import WHOLE_ARTICLE_PARAMS, canonicalize

#: Query parameters numbering the pages of one article.
PAGE_PARAMS = ("page", "halaman", "hal", "p", "pg")
#: The most pages one article may have (a guard against pagination loops).
MAX_PAGES = 30


def _article_key(url: str) -> str:
    return canonicalize(url)


def single_view_url(tree: etree._Element, url: str) -> str | None:
    """A link on the page to this same article's whole-text view (``?page=all``, ``?single=1``...)."""
    key = _article_key(url)
    for a in tree.xpath("//a[@href]"):
        if "=" not in a.get("href"):  # no query of its own: the page itself at most (one URL parse less)
            continue
        href = urljoin(url, a.get("href"))
        query = dict(parse_qsl(urlsplit(href).query))
        wants_all = any(WHOLE_ARTICLE_PARAMS.get(k) and v.lower() in WHOLE_ARTICLE_PARAMS[k]
                        for k, v in query.items())
        if wants_all and _article_key(href) == key and href.split("#")[0] != url:
            return href.split("#")[0]
    return None


def page_number(url: str, first: str) -> int | None:
    """The page number ``url`` has as a page of the article whose first page is ``first``."""
    if _article_key(url) == _article_key(first):
        return 1
    return _later_page(url, first)


@lru_cache(maxsize=64)
def _first_page(first: str) -> tuple[tuple[str | None, int | None], str, re.Pattern[str], dict[str, str]]:
    """What every link on an article's pages is compared with: the first page's host and port, path
    without its trailing slash, the pattern of its numbered pages' paths and its query (read once)."""
    b = urlsplit(first)
    base = b.path.rstrip("/")
    return (b.hostname, b.port), base, re.compile(re.escape(base) + r"/(\d{1,2})/?"), dict(parse_qsl(b.query))


def _later_page(url: str, first: str) -> int | None:
    """:func:`page_number` without its page-1 test (``url`` spelling ``first`` another way), which needs
    two canonicalisations per link: a later page's URL is never another spelling of the first's."""
    a = urlsplit(url)
    host, base, numbered, qb = _first_page(first)
    if not a.path.startswith(base) or (a.hostname, a.port) != host:  # most links: another path
        return None
    m = numbered.fullmatch(a.path)
    if m and dict(parse_qsl(a.query)) == qb:
        return int(m.group(1))
    if a.path.rstrip("/") == base:
        qa = dict(parse_qsl(a.query))
        for name in PAGE_PARAMS:
            value = qa.pop(name, "")
            if value.isdigit() and qa == {k: v for k, v in qb.items() if k != name}:
                return int(value)
    return None


def next_page_url(tree: etree._Element, url: str, first: str, current: int) -> str | None:
    """The link to page ``current + 1`` of the article that starts at ``first``."""
    if current >= MAX_PAGES:
        return None
    for a in tree.xpath("//a[@href]|//link[@rel='next'][@href]"):
        href = urljoin(url, a.get("href")).split("#")[0]
        if _later_page(href, first) == current + 1:
            return href
    return None


def page_count(tree: etree._Element, url: str) -> int:
    """How many pages the pager on ``url`` (page 1 of its article) links to; 1 without a pager.

    Taken before fetching the single-page view, so the record still says how many pages it merged.
    """
    numbers = (_later_page(urljoin(url, a.get("href")).split("#")[0], url)
               for a in tree.xpath("//a[@href]|//link[@rel='next'][@href]"))
    return min(max((n for n in numbers if n), default=1), MAX_PAGES)
