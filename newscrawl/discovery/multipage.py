"""Multi-page articles: the single-page view when the outlet has one, else the next page in order.

Tribun and many WordPress themes split long articles (``?page=2``, ``/2/``, "Halaman 2",
"Selanjutnya"); Tribun also offers the whole text at ``?page=all``. Both are recognised from the
links on the article page itself, by URL (a link is a continuation when it is *this* article's URL
plus the next page number), so the link text's language does not matter and a "next article" link
is never mistaken for a next page.
"""

from __future__ import annotations

import re
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
    a, b = urlsplit(url), urlsplit(first)
    if (a.hostname, a.port) != (b.hostname, b.port):
        return None
    base = b.path.rstrip("/")
    m = re.fullmatch(re.escape(base) + r"/(\d{1,2})/?", a.path)
    if m and dict(parse_qsl(a.query)) == dict(parse_qsl(b.query)):
        return int(m.group(1))
    if a.path.rstrip("/") == base:
        qa, qb = dict(parse_qsl(a.query)), dict(parse_qsl(b.query))
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
        if page_number(href, first) == current + 1:
            return href
    return None


def page_count(tree: etree._Element, url: str) -> int:
    """How many pages the pager on ``url`` (page 1 of its article) links to; 1 without a pager.

    Taken before fetching the single-page view, so the record still says how many pages it merged.
    """
    numbers = (page_number(urljoin(url, a.get("href")).split("#")[0], url)
               for a in tree.xpath("//a[@href]|//link[@rel='next'][@href]"))
    return min(max((n for n in numbers if n), default=1), MAX_PAGES)
