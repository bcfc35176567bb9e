"""A generated news outlet on 127.0.0.1: robots.txt → sitemap index → sitemaps → N article pages.

Used by the scale tests and benchmarks, so it must be cheap to serve (pages are rendered on demand
from a seeded RNG, nothing is held in memory) and every article must differ enough that the
near-duplicate index keeps them apart (bodies are drawn word by word, ~300 words each).

    python benchmarks/outlet.py --articles 20000 [--port 0] [--delay-ms 0]

prints ``http://127.0.0.1:PORT/`` on its first stdout line, then serves until killed.
``Outlet`` runs it in a subprocess from Python code (tests, benchmarks).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from html import escape

#: Words the bodies are drawn from: plain Indonesian news vocabulary (no outlet's text).
WORDS = (
    "pemerintah daerah kabupaten kota provinsi warga masyarakat jalan desa kecamatan bupati wali gubernur "
    "dinas kesehatan pendidikan sekolah rumah sakit pasar harga beras minyak cabai petani nelayan hujan "
    "banjir longsor jembatan proyek anggaran dana bantuan sosial program kegiatan rapat dewan perwakilan "
    "rakyat polisi polres kejaksaan pengadilan kasus pelaku korban saksi laporan data tahun bulan minggu "
    "pagi siang sore malam kemarin hari ini besok menurut kata ujar jelas sebut tambah ungkap kepala "
    "ketua anggota tim petugas relawan pelabuhan bandara kapal bus kereta listrik air bersih sampah "
    "lingkungan hutan sungai laut pantai wisata budaya festival lomba olahraga sepak bola stadion pemuda "
    "perempuan anak lansia ekonomi usaha kecil menengah koperasi bank kredit investasi pabrik buruh upah "
    "pemilu kampanye calon partai suara tempat pemungutan hasil rekapitulasi penetapan pelantikan"
).split()
SECTIONS = ("daerah", "ekonomi", "hukum", "politik", "olahraga", "wisata")
START = datetime(2025, 1, 1, 6, 0, tzinfo=UTC)


def article_path(i: int) -> str:
    day = START + timedelta(hours=3 * i)
    return f"/{SECTIONS[i % len(SECTIONS)]}/{day:%Y/%m/%d}/{i}/berita-nomor-{i}"


def article_html(i: int, base: str = "/") -> str:
    """One article page: nav, title, byline, dated body, related links, footer."""
    rng = random.Random(i)
    published = START + timedelta(hours=3 * i)
    title = " ".join(rng.choice(WORDS) for _ in range(8)).capitalize() + f" ({i})"
    paras = []
    for _ in range(rng.randint(5, 9)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(30, 55))]
        paras.append(f"<p>{escape(' '.join(words).capitalize())}.</p>")
    related = "".join(
        f'<li><a href="{article_path(j)}">Berita {j}</a></li>' for j in (i + 1, i + 7, i + 13)
    )
    iso = published.isoformat()
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
        f"<title>{escape(title)} - Kabar Lokal</title>"
        f"<meta property='og:title' content='{escape(title)}'>"
        "<meta property='og:type' content='article'>"
        f"<meta property='article:published_time' content='{iso}'>"
        f"<link rel='canonical' href='{base.rstrip('/')}{article_path(i)}'>"
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"'
        f'{escape(title)}","datePublished":"{iso}","author":{{"@type":"Person","name":"Redaksi"}}}}'
        "</script></head><body>"
        "<nav><a href='/'>Beranda</a> <a href='/daerah'>Daerah</a> <a href='/ekonomi'>Ekonomi</a></nav>"
        f"<article><h1>{escape(title)}</h1><div class='byline'>Penulis: Redaksi</div>"
        f"<time datetime='{iso}'>{published:%d/%m/%Y %H:%M} WIB</time>"
        f"<div class='content'>{''.join(paras)}</div></article>"
        f"<aside><h3>Berita Terkait</h3><ul>{related}</ul></aside>"
        "<footer>&copy; Kabar Lokal. Hak cipta dilindungi.</footer></body></html>"
    )


def sitemap_index(base: str, n: int, per: int) -> str:
    count = (n + per - 1) // per
    parts = "".join(f"<sitemap><loc>{base}sitemap-{k}.xml</loc></sitemap>" for k in range(count))
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="{_NS}">{parts}</sitemapindex>'


def sitemap(base: str, n: int, per: int, k: int) -> str:
    urls = "".join(
        f"<url><loc>{base}{article_path(i).lstrip('/')}</loc>"
        f"<lastmod>{(START + timedelta(hours=3 * i)).isoformat()}</lastmod></url>"
        for i in range(k * per, min(n, (k + 1) * per))
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="{_NS}">{urls}</urlset>'


_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def article_number(path: str) -> int | None:
    parts = path.strip("/").split("/")
    if len(parts) == 6 and parts[0] in SECTIONS and parts[4].isdigit():
        return int(parts[4])
    return None


def serve(articles: int, port: int, per: int, delay_ms: int) -> None:
    """Serve with twisted.web (ships with Scrapy): HTTP/1.1 keep-alive, one cheap render per hit."""
    from twisted.internet import reactor
    from twisted.web import resource, server

    class Outlet(resource.Resource):
        isLeaf = True

        def render_GET(self, request):  # noqa: N802 (twisted's name)
            host = request.getHeader("host") or f"127.0.0.1:{port}"
            base = f"http://{host}/"
            path = request.path.decode()
            body, ctype = self.route(path, base)
            request.setHeader("content-type", ctype)
            if body is None:
                request.setResponseCode(404)
                body = "<html><body>Tidak ditemukan</body></html>"
            data = body.encode()
            if delay_ms:
                reactor.callLater(delay_ms / 1000, self.finish, request, data)
                return server.NOT_DONE_YET
            return data

        @staticmethod
        def finish(request, data: bytes) -> None:
            if not request._disconnected:
                request.write(data)
                request.finish()

        @staticmethod
        def route(path: str, base: str) -> tuple[str | None, str]:
            if path == "/robots.txt":
                return f"User-agent: *\nAllow: /\nSitemap: {base}sitemap.xml\n", "text/plain"
            if path == "/sitemap.xml":
                return sitemap_index(base, articles, per), "application/xml"
            if path.startswith("/sitemap-") and path.endswith(".xml"):
                k = path[len("/sitemap-"):-4]
                if k.isdigit() and int(k) * per < articles:
                    return sitemap(base, articles, per, int(k)), "application/xml"
                return None, "text/html"
            i = article_number(path)
            if i is not None and i < articles:
                return article_html(i, base), "text/html; charset=utf-8"
            if path == "/":
                first = range(min(20, articles))
                links = "".join(f"<a href='{article_path(j)}'>Berita {j}</a> " for j in first)
                return f"<html><body><h1>Kabar Lokal</h1>{links}</body></html>", "text/html; charset=utf-8"
            return None, "text/html"

    site = server.Site(Outlet())
    site.displayTracebacks = False
    site.log = lambda request: None  # no access log: it would cost more than the page
    listening = reactor.listenTCP(port, site, interface="127.0.0.1")
    print(f"http://127.0.0.1:{listening.getHost().port}/", flush=True)
    reactor.run()


class Outlet:
    """The outlet in a child process (its CPU is not the crawler's): ``with Outlet(500) as url: ...``."""

    def __init__(self, articles: int, delay_ms: int = 0, per_sitemap: int = 1000) -> None:
        self.args = [sys.executable, __file__, "--articles", str(articles), "--delay-ms", str(delay_ms),
                     "--per-sitemap", str(per_sitemap)]
        self.proc: subprocess.Popen | None = None
        self.url = ""

    def __enter__(self) -> str:
        self.proc = subprocess.Popen(self.args, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip()
        if not self.url.startswith("http://"):
            self.proc.kill()
            raise RuntimeError("generated outlet did not start")
        return self.url

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(10)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--per-sitemap", type=int, default=1000, help="URLs per child sitemap")
    ap.add_argument("--delay-ms", type=int, default=0, help="latency added to every response")
    args = ap.parse_args(argv)
    serve(args.articles, args.port, args.per_sitemap, args.delay_ms)


if __name__ == "__main__":
    main()
