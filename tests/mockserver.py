"""A local outlet for tests: a threaded HTTP server on 127.0.0.1 (free port) serving a dict of routes.

``routes`` maps a path (with its query, or without to match any query) to ``(status, headers, body)``.
Named fault resources: ``/_fault/retry-after`` (429 with ``Retry-After: 1`` on the first request, then
200), ``/_fault/reset`` (closes the connection), ``/_fault/redirect-loop``. Every request path is
recorded in ``requests`` so tests can assert what was (not) fetched.

:func:`make_outlet` writes a news outlet as routes: articles with dates in their URLs, a listing with
pagination, tag/author pages, robots.txt, a sitemap index with a gzipped child, RSS, a WP REST API, a
date archive and multi-page articles, switched on per test.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

Route = tuple[int, dict[str, str], bytes]
#: A route is fixed, or computed from the query string (the WP REST API).
Handler = Route | Callable[[str], Route]
HTML = {"Content-Type": "text/html; charset=utf-8"}
XML = {"Content-Type": "application/xml"}


class MockServer:
    def __init__(self, routes: dict[str, Handler] | None = None) -> None:
        self.routes: dict[str, Handler] = dict(routes or {})
        self.requests: list[str] = []
        self._hits: dict[str, int] = {}
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> MockServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(5)

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return self._hits.get(path, 0)

    def _resolve(self, target: str) -> Route:
        path = urlsplit(target).path
        with self._lock:
            self.requests.append(target)
            self._hits[target] = self._hits.get(target, 0) + 1
            count = self._hits[target]
        if path == "/_fault/retry-after":
            if count == 1:
                return 429, {"Retry-After": "1", **HTML}, b"slow down"
            return 200, HTML, b"<html><body><p>ok after waiting</p></body></html>"
        if path == "/_fault/redirect-loop":
            return 302, {"Location": "/_fault/redirect-loop"}, b""
        route = self.routes.get(target) or self.routes.get(path)
        if route is None:
            return 404, HTML, b"<html><body>not found</body></html>"
        return route(urlsplit(target).query) if callable(route) else route

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server API)
                if urlsplit(self.path).path == "/_fault/reset":
                    server._resolve(self.path)
                    self.close_connection = True
                    self.connection.close()
                    return
                status, headers, body = server._resolve(self.path)
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        return Handler


# --- a generated outlet --------------------------------------------------------------------------

PARAGRAPH = (
    "Pemerintah daerah menggelar rapat koordinasi bersama seluruh camat untuk membahas "
    "penanganan banjir yang melanda sejumlah desa sejak pekan lalu, kata juru bicara."
)


@dataclass
class Article:
    day: date
    slug: str
    pages: int = 1
    paging: str = "path"  # later pages at /2 ("path") or ?page=2 ("query")
    single_view: bool = False  # the outlet offers ?page=all
    tags: tuple[str, ...] = ("banjir",)

    @property
    def path(self) -> str:
        return f"/berita/{self.day:%Y/%m/%d}/{self.slug}"

    def page_path(self, n: int) -> str:
        if n == 1:
            return self.path
        return f"{self.path}/{n}" if self.paging == "path" else f"{self.path}?page={n}"


@dataclass
class Outlet:
    articles: list[Article]
    mechanisms: set[str] = field(default_factory=lambda: {"listing"})
    per_listing_page: int = 3
    base: str = ""

    def routes(self) -> dict[str, Handler]:
        return make_outlet(self)


def article_html(art: Article, page: int, base: str, extra_links: Iterable[str] = ()) -> bytes:
    title = art.slug.replace("-", " ").title()
    paras = "".join(f"<p>{PARAGRAPH} Bagian {page}, paragraf {i}.</p>" for i in range(4))
    nav = ""
    if art.pages > 1:
        links = "".join(
            f'<a href="{art.page_path(n)}">Halaman {n}</a> ' if n > 1 else f'<a href="{art.path}">1</a> '
            for n in range(1, art.pages + 1)
        )
        if page < art.pages:
            links += f'<a href="{art.page_path(page + 1)}">Selanjutnya</a>'
        if art.single_view:
            links += f'<a href="{art.path}?page=all">Tampilkan semua</a>'
        nav = f'<div class="pagination">{links}</div>'
    more = "".join(f'<li><a href="{h}">baca juga</a></li>' for h in extra_links)
    return (
        f'<html><head><title>{title}</title><meta property="og:type" content="article">'
        f'<link rel="canonical" href="{base}{art.path}"></head><body>'
        f'<a href="/">Beranda</a><h1>{title}</h1><time datetime="{art.day.isoformat()}T08:00:00+07:00">'
        f'</time><div class="content">{paras}</div>{nav}'
        f'<div class="tags">{"".join(f"<a href=/tag/{t}/>{t}</a>" for t in art.tags)}</div>'
        f'<a href="/author/redaksi/">Redaksi</a><ul>{more}</ul></body></html>'
    ).encode()


def single_view_html(art: Article, base: str) -> bytes:
    title = art.slug.replace("-", " ").title()
    paras = "".join(
        f"<p>{PARAGRAPH} Bagian {p}, paragraf {i}.</p>" for p in range(1, art.pages + 1) for i in range(4)
    )
    # the pager stays on the single view (as on Tribun): following it again would repeat pages
    pager = '<div class="pagination">' + "".join(
        f'<a href="{art.page_path(n)}">{n}</a>' for n in range(1, art.pages + 1)) + "</div>"
    return (
        f'<html><head><title>{title}</title><meta property="og:type" content="article">'
        f'<link rel="canonical" href="{base}{art.path}"></head><body><h1>{title}</h1>'
        f'<div class="content">{paras}</div>{pager}</body></html>'
    ).encode()


def listing_html(items: list[Article], next_href: str | None, title: str = "Berita Terkini") -> bytes:
    cards = "".join(
        f'<article><h2><a href="{a.path}">{a.slug}</a></h2>'
        f'<time datetime="{a.day.isoformat()}T08:00:00+07:00">{a.day}</time></article>'
        for a in items
    )
    nxt = f'<a class="next" href="{next_href}">Selanjutnya</a>' if next_href else ""
    return (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        f'<nav><a href="/category/daerah/">Daerah</a> <a href="/tag/banjir/">banjir</a> '
        f'<a href="/author/redaksi/">Redaksi</a> <a href="/search?q=banjir">Cari</a></nav>'
        f"{cards}{nxt}</body></html>"
    ).encode()


def _urlset(entries: list[tuple[str, str]], news: bool = False) -> bytes:
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    body = "".join(
        f"<url><loc>{loc}</loc>"
        + (
            f"<news:news><news:publication_date>{d}</news:publication_date></news:news>"
            if news
            else f"<lastmod>{d}</lastmod>"
        )
        + "</url>"
        for loc, d in entries
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        f"{ns}>{body}</urlset>"
    ).encode()


def make_outlet(outlet: Outlet) -> dict[str, Handler]:
    """Routes for an outlet with the given articles, offering the given discovery mechanisms."""
    base = outlet.base
    arts = sorted(outlet.articles, key=lambda a: a.day, reverse=True)
    routes: dict[str, Handler] = {}
    for art in arts:
        routes[art.path] = (200, HTML, article_html(art, 1, base))
        for n in range(2, art.pages + 1):
            routes[art.page_path(n)] = (200, HTML, article_html(art, n, base))
        if art.single_view:
            routes[f"{art.path}?page=all"] = (200, HTML, single_view_html(art, base))
    pages = [arts[i : i + outlet.per_listing_page] for i in range(0, len(arts), outlet.per_listing_page)] or [
        []
    ]
    for n, chunk in enumerate(pages, 1):
        path = "/" if n == 1 else f"/page/{n}/"
        nxt = f"/page/{n + 1}/" if n < len(pages) else None
        routes[path] = (200, HTML, listing_html(chunk, nxt))
    routes["/category/daerah/"] = (200, HTML, listing_html(arts[:2], None, "Daerah"))
    routes["/tag/banjir/"] = (200, HTML, listing_html(arts[:4], None, "Tag: banjir"))
    routes["/author/redaksi/"] = (200, HTML, listing_html(arts[:4], None, "Penulis: Redaksi"))
    home_extra = ""
    if "robots" in outlet.mechanisms:
        routes["/robots.txt"] = (
            200,
            {"Content-Type": "text/plain"},
            f"User-agent: *\nDisallow: /wp-admin/\nSitemap: {base}/sitemap_index.xml\n".encode(),
        )
    else:
        routes["/robots.txt"] = (
            200,
            {"Content-Type": "text/plain"},
            b"User-agent: *\nDisallow: /wp-admin/\n",
        )
    if "robots" in outlet.mechanisms or "sitemap" in outlet.mechanisms:
        months = sorted({(a.day.year, a.day.month) for a in arts}, reverse=True)
        children = []
        for y, m in months:
            in_month = [a for a in arts if (a.day.year, a.day.month) == (y, m)]
            name = f"/post-sitemap-{y}-{m:02d}.xml.gz"
            xml = _urlset([(base + a.path, a.day.isoformat()) for a in in_month])
            routes[name] = (200, {"Content-Type": "application/x-gzip"}, gzip.compress(xml))
            children.append((name, max(a.day for a in in_month).isoformat()))
        children.append(("/page-sitemap.xml", arts[0].day.isoformat() if arts else "2024-01-01"))
        routes["/page-sitemap.xml"] = (200, XML, _urlset([(base + "/tentang-kami/", "2024-01-01")]))
        index = "".join(f"<sitemap><loc>{base}{n}</loc><lastmod>{d}</lastmod></sitemap>" for n, d in children)
        routes["/sitemap_index.xml"] = (
            200,
            XML,
            (
                '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"{index}</sitemapindex>"
            ).encode(),
        )
    if "news_sitemap" in outlet.mechanisms:
        routes["/sitemap-news.xml"] = (
            200,
            XML,
            _urlset([(base + a.path, f"{a.day.isoformat()}T08:00:00+07:00") for a in arts[:3]], news=True),
        )
    if "rss" in outlet.mechanisms:
        items = "".join(
            f"<item><title>{a.slug}</title><link>{base}{a.path}</link>"
            f"<pubDate>{a.day:%a, %d %b %Y} 08:00:00 +0700</pubDate></item>"
            for a in arts
        )
        routes["/feed/"] = (
            200,
            {"Content-Type": "application/rss+xml"},
            f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode(),
        )
        home_extra += '<link rel="alternate" type="application/rss+xml" href="/feed/">'
    if "wp_json" in outlet.mechanisms:
        routes["/wp-json/wp/v2/posts"] = lambda query: wp_json_response(outlet, query)
    if "archive" in outlet.mechanisms:
        for d in sorted({a.day for a in arts}):
            routes[f"/indeks?date={d.isoformat()}"] = (
                200,
                HTML,
                listing_html([a for a in arts if a.day == d], None, f"Indeks {d}"),
            )
    if home_extra:
        status, headers, body = routes["/"]
        routes["/"] = (status, headers, body.replace(b"<head>", b"<head>" + home_extra.encode(), 1))
    return routes


def wp_json_response(outlet: Outlet, query: str, per_page: int = 2) -> Route:
    """What WordPress answers to ``/wp-json/wp/v2/posts?<query>``: filtered, paged, with X-WP-TotalPages."""
    params = dict(parse_qsl(query))
    after, before = params.get("after", "")[:10], params.get("before", "")[:10]
    posts = [
        a
        for a in sorted(outlet.articles, key=lambda a: a.day, reverse=True)
        if (not after or a.day.isoformat() >= after) and (not before or a.day.isoformat() <= before)
    ]
    page = int(params.get("page", "1"))
    chunk = posts[(page - 1) * per_page : page * per_page]
    total = max(1, -(-len(posts) // per_page))
    body = json.dumps(
        [{"link": outlet.base + a.path, "date": f"{a.day.isoformat()}T08:00:00"} for a in chunk]
    )
    return 200, {"Content-Type": "application/json", "X-WP-TotalPages": str(total)}, body.encode()
