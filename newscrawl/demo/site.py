"""A demo outlet as served: every URL's bytes, built once from its true articles and base URL.

What all outlets share lives here (robots.txt, sitemaps, RSS, dates as Indonesian outlets print
them, JSON-LD, sidebars); each markup family (``newscrawl.demo.families``) prints the pages.
The ground truth (:func:`truth`) is what the crawl must recover from those pages.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import format_datetime
from html import escape
from typing import Any

from newscrawl.demo import bank
from newscrawl.demo.corpus import TODAY, Article, Outlet, articles_for, outlet, slugify
from pipelines.profile import ZONES

HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"
GZIP = "application/x-gzip"
TEXT = "text/plain; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"


@dataclass(frozen=True)
class Resource:
    body: bytes
    content_type: str = HTML
    status: int = 200


@dataclass
class Site:
    """One outlet at one base URL (``http://127.0.0.1:PORT``)."""

    outlet: Outlet
    base: str
    articles: list[Article]
    article_url: Callable[[Article], str]  # page 1 URL, the canonical one
    #: How further pages of an article are addressed: ``{url}`` (page 1's) and ``{n}`` (2, 3, ...).
    next_page: str
    resources: dict[str, Resource] = field(default_factory=dict)

    def page_urls(self, a: Article) -> list[str]:
        """Every page's URL of ``a``, in order."""
        first = self.article_url(a)
        return [first] + [self.next_page.format(url=first, n=n) for n in range(2, a.pages + 1)]

    def get(self, path: str) -> Resource | None:
        """The resource for ``path?query``; an unknown query falls back to the bare path, as
        real CMSes ignore ``utm_*`` and friends."""
        if path in self.resources:
            return self.resources[path]
        return self.resources.get(path.split("?", 1)[0]) if "?" in path else None

    def add(self, path: str, body: str | bytes, content_type: str = HTML) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.resources[path] = Resource(data, content_type)


# --- dates as the outlets print them -------------------------------------------------------------

def day_month_year(d: date | datetime) -> str:
    """``12 Juni 2024``"""
    return f"{d.day} {bank.MONTHS_ID[d.month - 1]} {d.year}"


def long_id(d: datetime, *, time: bool = True, sep: str = " ") -> str:
    """``Rabu, 12 Juni 2024 14:30 WITA`` (``sep`` goes between date and time)."""
    text = f"{bank.DAYS_ID[d.weekday()]}, {day_month_year(d)}"
    if time:
        zone = {offset: name for name, offset in ZONES.items()}[d.isoformat()[-6:]]
        text += f"{sep}{d:%H:%M} {zone}"
    return text


def short_id(d: datetime) -> str:
    """``Kamis (29/8/2024)``: the day-and-numbers form regional papers use in text."""
    return f"{bank.DAYS_ID[d.weekday()]} ({d.day}/{d.month}/{d.year})"


def today_bar_id() -> str:
    """The Indonesian "today" date bar: never a publish date (``TODAY`` is after all of them)."""
    return f"{bank.DAYS_ID[TODAY.weekday()]}, {day_month_year(TODAY)}"


def today_bar_en() -> str:
    """JNews' default date bar: ``Monday, November 25, 2024``."""
    return f"{TODAY:%A, %B} {TODAY.day}, {TODAY.year}"


def iso(d: datetime) -> str:
    return d.isoformat(timespec="seconds")


# --- machine-readable files ------------------------------------------------------------------

def robots(base: str, sitemap: str, disallow: list[str]) -> str:
    lines = ["User-agent: *", *(f"Disallow: {p}" for p in disallow), "", f"Sitemap: {base}{sitemap}", ""]
    return "\n".join(lines)


def _sitemap_xml(root: str, item: str, entries: list[tuple[str, datetime | None]]) -> str:
    items = "".join(
        f"<{item}><loc>{escape(loc)}</loc>{f'<lastmod>{iso(mod)}</lastmod>' if mod else ''}</{item}>\n"
        for loc, mod in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<{root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{items}</{root}>\n')


def sitemap_index(children: list[tuple[str, datetime | None]]) -> str:
    return _sitemap_xml("sitemapindex", "sitemap", children)


def urlset(entries: list[tuple[str, datetime | None]]) -> str:
    return _sitemap_xml("urlset", "url", entries)


def gzipped(text: str) -> bytes:
    """Gzip with a fixed mtime, so the bytes are the same on every build."""
    return gzip.compress(text.encode("utf-8"), mtime=0)


def article_sitemap(site: Site, articles: list[Article],
                    others: list[tuple[str, datetime | None]] = ()) -> bytes:
    """A gzipped sitemap of ``articles`` with their publish times as lastmod, then ``others``
    (non-article pages some CMSes list too)."""
    return gzipped(urlset([(site.article_url(a), a.published) for a in articles] + list(others)))


def rss(site: Site, link: str, articles: list[Article]) -> str:
    o = site.outlet
    items = "".join(
        f"<item><title>{escape(a.title)}</title><link>{escape(site.article_url(a))}</link>"
        f"<guid isPermaLink=\"true\">{escape(site.article_url(a))}</guid>"
        f"<pubDate>{format_datetime(a.published)}</pubDate>"
        f"<category>{escape(o.sections[a.section])}</category>"
        f"<description>{escape(teaser(a))}</description></item>\n"
        for a in articles)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{escape(o.name)}</title><link>{escape(link)}</link>"
            f"<description>Berita terkini dari {escape(o.province)}</description>"
            f"<language>id</language>\n{items}</channel></rss>\n")


def news_article_jsonld(site: Site, a: Article) -> str:
    """A schema.org NewsArticle block, as SEO plugins print it."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": site.article_url(a)},
        "headline": a.title,
        "datePublished": iso(a.published),
        "dateModified": iso(a.published),
        "author": [{"@type": "Person", "name": n} for n in a.authors],
        "publisher": {"@type": "Organization", "name": site.outlet.name},
        "articleSection": site.outlet.sections[a.section],
        "inLanguage": "id-ID",
    }
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


# --- pieces every family prints ------------------------------------------------------------------

def teaser(a: Article, words: int = 22) -> str:
    """A listing teaser: the lead's first words. Listing pages carry text too, and are still not
    articles."""
    w = a.paragraphs[0].split()
    return " ".join(w[:words]) + ("..." if len(w) > words else "")


def popular(articles: list[Article], k: int = 5) -> list[Article]:
    """A fixed "Terpopuler" pick (every seventh story), the same on every page."""
    return [articles[(i * 7 + 3) % len(articles)] for i in range(k)]


def latest(articles: list[Article], k: int = 5) -> list[Article]:
    return sorted(articles, key=lambda a: a.published, reverse=True)[:k]


def sidebars(site: Site) -> list[tuple[str, list[Article]]]:
    """The two sidebar lists every outlet prints: "Terpopuler" and "Artikel Terbaru"."""
    return [("Terpopuler", popular(site.articles)), ("Artikel Terbaru", latest(site.articles))]


def archives(site: Site) -> list[tuple[str, str, str, list[Article]]]:
    """``(kind, key, label, articles newest first)`` for every section, tag and author archive."""
    newest = latest(site.articles, len(site.articles))
    groups = [("section", k, v, [a for a in newest if a.section == k])
              for k, v in site.outlet.sections.items()]
    groups += [("tag", t, t, [a for a in newest if t in a.tags])
               for t in sorted({t for a in site.articles for t in a.tags})]
    groups += [("author", slugify(n), n, [a for a in newest if n in a.authors])
               for n in sorted({n for a in site.articles for n in a.authors})]
    return groups


def link_items(site: Site, items: list[Article]) -> str:
    return "".join(f'<li><a href="{site.article_url(a)}">{escape(a.title)}</a></li>' for a in items)


def paginate(items: list[Article], per_page: int) -> list[list[Article]]:
    return [items[i:i + per_page] for i in range(0, len(items), per_page)] or [[]]


# --- building and ground truth -------------------------------------------------------------------

def build_site(key: str, base: str) -> Site:
    """The outlet ``key`` served at ``base`` (no trailing slash)."""
    from newscrawl.demo import families

    o = outlet(key)
    return families.FAMILIES[o.family](o, base.rstrip("/"), articles_for(key))


def build_sites(bases: dict[str, str]) -> dict[str, Site]:
    return {key: build_site(key, base) for key, base in bases.items()}


def truth(site: Site) -> list[dict[str, Any]]:
    """What a perfect crawl of ``site`` emits, one dict per true article (gold policy: no
    dateline, byline, related inserts, captions or ads in ``body``)."""
    return [
        {
            "canonical_url": site.article_url(a),
            "page_urls": site.page_urls(a),
            "site": site.outlet.key,
            "outlet": site.outlet.name,
            "title": a.title,
            "paragraphs": list(a.paragraphs),
            "body": "\n\n".join(a.paragraphs),
            "published_at": iso(a.published),
            "authors": list(a.authors),
            "editors": list(a.editors),
            "byline_codes": list(a.byline_codes),
            "dateline": a.dateline,
            "section": site.outlet.sections[a.section],
            "tags": list(a.tags),
            "related": [r.title for r in a.related],
            "pages": a.pages,
            "jsonld": a.jsonld,
            "caption": a.caption,
        }
        for a in site.articles
    ]


def boilerplate_markers(site: Site) -> list[str]:
    """Strings the outlet prints around (and inside) its articles that no body may contain."""
    o = site.outlet
    return [o.weather_temp, today_bar_id(), today_bar_en(), "Baca juga", "Baca Juga", "ADVERTISEMENT",
            "Advertisement", "SCROLL TO", "Terpopuler", "Artikel Terbaru", "Google News", "WhatsApp",
            "Bagikan", "Share", "Penulis", "Editor", "Halaman", "Selanjutnya", "Tags", "Foto:",
            *(f"({a}/{b})" for a, b in o.codes)]
