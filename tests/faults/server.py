"""A hostile local outlet: "Kabar Fiktif" on 127.0.0.1, serving valid articles side by side with every
fault a crawler meets in the wild (see :data:`FAULTS` and ``docs/faults.md``).

The server is bounded: it binds a free port on 127.0.0.1 only, runs at most ``max_clients`` handler
threads at once, streams its big bodies (the 50 MB page, the 50,000-URL sitemap) instead of storing
them, and shuts itself down after ``lifetime`` seconds even if a test forgets to. A second listener
(the *canary*) stands for a loopback service the outlet must not be able to point the crawler at;
``closed_port`` is a port nobody listens on (connection refused).
"""

from __future__ import annotations

import gzip
import json
import socket
import struct
import threading
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from faults.texts import ARTICLES, ENGLISH

OUTLET_NAME = "Kabar Fiktif"
PROFILE_KEY = "kabar_fiktif"
#: The same outlet seen through its section listing only (the sitemap profile never reaches it).
LISTING_PROFILE_KEY = "kabar_fiktif_kanal"
SINCE, UNTIL = "2024-11-01", "2024-11-30"
#: Article URLs: /berita/[section/]YYYY/MM/DD/slug
ARTICLE_URL = r"/berita/(?:[a-z-]+/)?\d{4}/\d\d/\d\d/[\w-]+$"
TRAP_PATH = "/kanal/daerah"
#: Pages the outlet's profile lets the listing component read before it stops.
TRAP_MAX_PAGES = 5
HUGE_BYTES = 50 * 1024 * 1024
BOMB_BYTES = 64 * 1024 * 1024
ARCHIVE_URLS = 50_000

# Outcomes, as the tests and docs/faults.md name them.
EMITTED = "emitted normally"
RETRIED_EMITTED = "retried, then emitted"
RETRIED_DROPPED = "retried, then skipped with a reason"
SKIPPED = "skipped with a reason"
FLAGGED = "emitted with a flag"
NOT_FOLLOWED = "never requested"
BOUNDED = "stopped at the limit"

Handler = Callable[["_Handler", str], None]


@dataclass(frozen=True)
class Fault:
    """One named fault: where it is served, what must become of it, and the counter that shows it."""

    name: str
    path: str
    outcome: str
    counted_as: str
    what: str


def _day(n: int) -> str:
    return f"2024/11/{n:02d}"


def _art(day: int, slug: str, section: str = "") -> str:
    return f"/berita/{section + '/' if section else ''}{_day(day)}/{slug}"


# Paths of the valid articles; the tests require each in the output exactly once.
VALID: dict[str, str] = {
    slug: _art(i + 1, slug) for i, slug in enumerate(ARTICLES) if i < 7
}
IN_XXE_SITEMAP = _art(8, "pasar-malam-ramadan")
IN_LAUGHS_SITEMAP = _art(9, "perpustakaan-keliling")
ON_TRAP_LISTING = (_art(10, "bandara-perintis"), _art(11, "turnamen-sepak-bola-desa"))
REDIRECT_TARGET = _art(12, "air-bersih-kemarau")
VALID_ONLY_VIA_DISCOVERY = (IN_XXE_SITEMAP, IN_LAUGHS_SITEMAP, *ON_TRAP_LISTING, REDIRECT_TARGET)

FAULTS: tuple[Fault, ...] = (
    Fault("not_found", _art(4, "berita-hilang"), SKIPPED, "dropped/http_404", "404 Not Found"),
    Fault("gone", _art(4, "berita-dicabut"), SKIPPED, "dropped/http_410", "410 Gone"),
    Fault("server_error", _art(4, "galat-server"), RETRIED_DROPPED, "dropped/http_500", "500 on every try"),
    Fault("bad_gateway", _art(4, "gerbang-rusak"), RETRIED_DROPPED, "dropped/http_502", "502 on every try"),
    Fault("unavailable_once", _art(5, "server-sibuk"), RETRIED_EMITTED, "retry/count, output/articles",
          "503 once, then the article"),
    Fault("rate_limited", _art(5, "antre-dulu"), RETRIED_EMITTED,
          "retry_after/honoured, retry/count, output/articles",
          "429 with Retry-After: 1 once, then the article"),
    Fault("connection_refused", "/berita/2024/11/04/tolak-sambungan", RETRIED_DROPPED,
          "dropped/connection_refused", "nothing listens on the outlet's second host"),
    Fault("reset_mid_body", _art(4, "putus-di-tengah"), RETRIED_DROPPED, "dropped/connection_lost",
          "half the promised body, then a TCP reset"),
    Fault("drip", _art(4, "menetes-lambat"), RETRIED_DROPPED, "dropped/timeout",
          "one byte a second (longer than DOWNLOAD_TIMEOUT)"),
    Fault("truncated_gzip", _art(4, "gzip-terpotong"), SKIPPED, "dropped/truncated",
          "Content-Encoding: gzip whose stream stops half-way"),
    Fault("gzip_bomb", _art(4, "gzip-bom"), SKIPPED, "dropped/too_large",
          "about 64 KB of gzip inflating to 64 MB (above DOWNLOAD_MAXSIZE)"),
    Fault("huge_page", _art(4, "halaman-raksasa"), SKIPPED, "dropped/too_large",
          "a 50 MB page without Content-Length"),
    Fault("cp1252_labelled_utf8", _art(6, "salah-label-utf8"), EMITTED, "output/articles",
          "windows-1252 bytes labelled charset=utf-8"),
    Fault("utf8_labelled_latin1", _art(6, "salah-label-latin"), EMITTED, "output/articles",
          "UTF-8 bytes labelled charset=iso-8859-1"),
    Fault("utf8_bom", _art(6, "pakai-bom"), EMITTED, "output/articles",
          "UTF-8 with a BOM and no charset label"),
    Fault("binary", _art(7, "berkas-biner"), SKIPPED, "dropped/not_html", "application/octet-stream"),
    Fault("pdf", _art(7, "laporan-pdf"), SKIPPED, "dropped/not_html", "a PDF served as application/pdf"),
    Fault("pdf_as_html", _art(7, "pdf-menyamar"), SKIPPED, "dropped/not_html",
          "a PDF labelled text/html"),
    Fault("redirect_loop", _art(7, "putar-putar"), SKIPPED, "dropped/redirect_loop", "A → B → A"),
    Fault("redirect_offsite", _art(7, "pindah-situs"), SKIPPED, "dropped/offsite_redirect",
          "301 to another domain"),
    Fault("redirect_same_site", _art(7, "pindah-alamat"), EMITTED, "output/articles",
          "301 to another path of the outlet"),
    Fault("robots_disallowed", _art(7, "rapat-tertutup", "tertutup"), SKIPPED, "dropped/robots",
          "robots.txt disallows /berita/tertutup/"),
    Fault("sitemap_xxe", "/sitemap-xxe.xml", NOT_FOLLOWED, "discovery/sitemap/skipped",
          "external entities to a local file and to the canary; its valid URL is still crawled"),
    Fault("sitemap_billion_laughs", "/sitemap-tawa.xml", NOT_FOLLOWED, "(the document ends at the bomb)",
          "nested entities; read without expansion up to the bomb, the URL before it still crawled"),
    Fault("sitemap_50000", "/sitemap-arsip.xml", NOT_FOLLOWED, "discovery/sitemap/skipped",
          "50,000 URLs, all from 2019: read, none fetched outside since/until"),
    Fault("sitemap_ssrf", "/sitemap-berita.xml", NOT_FOLLOWED, "discovery/sitemap/skipped",
          "loc entries pointing at the canary, 169.254.169.254, 10.x, file:// and gopher://"),
    Fault("pagination_trap", TRAP_PATH, BOUNDED, "discovery/listing/documents",
          f"?page=N links to ?page=N+1 forever; the profile allows {TRAP_MAX_PAGES} pages"),
    Fault("empty_article", _art(13, "kosong-melompong"), SKIPPED, "dropped/not_article",
          "title and date, no text"),
    Fault("video_only", _art(13, "video-saja"), SKIPPED, "dropped/not_article",
          "an embedded video and a caption"),
    Fault("photo_gallery", _art(13, "galeri-foto"), SKIPPED, "dropped/not_article",
          "twelve photos with one-line captions"),
    Fault("english_page", _art(14, "ferry-route"), FLAGGED, "record language = en",
          "an English story on the Indonesian outlet"),
    Fault("malformed_jsonld", _art(15, "json-ld-rusak"), EMITTED, "output/articles",
          "JSON-LD with a syntax error; the date comes from the meta tag"),
    Fault("deeply_nested", _art(15, "sarang-dalam"), EMITTED, "output/articles", "the body 400 <div>s deep"),
    Fault("unclosed_html", _art(15, "tag-tak-tertutup"), EMITTED, "output/articles",
          "300 unclosed <div>s and <p>s, no </body>"),
)
FAULT = {f.name: f for f in FAULTS}

# Fault articles whose text must still come out: (title, paragraphs) borrowed from the English and
# Indonesian pools so every emitted record is distinct.
_EMITTED_TEXT = {
    "unavailable_once": ("Posko Kesehatan Dibuka di Terminal Bus Antarkota", [
        "Dinas Kesehatan membuka posko kesehatan di terminal bus antarkota untuk memeriksa tekanan darah "
        "para sopir sebelum mereka berangkat pada malam hari.",
        "Petugas menemukan belasan sopir dengan tekanan darah tinggi dan meminta mereka beristirahat dulu "
        "sebelum melanjutkan perjalanan jauh ke kota pelabuhan.",
        "Pengelola terminal menyediakan ruang tidur sederhana bagi sopir cadangan yang menunggu giliran "
        "mengemudi di jalur lintas provinsi.",
    ]),
    "rate_limited": ("Kantor Pos Layani Pembayaran Pajak Kendaraan hingga Malam", [
        "Kantor pos di pusat kota kini melayani pembayaran pajak kendaraan bermotor hingga pukul sembilan "
        "malam untuk mengurangi antrean di kantor samsat.",
        "Kepala kantor pos menyebut layanan ini paling banyak dipakai pekerja pabrik yang baru pulang "
        "setelah pergantian giliran kerja sore.",
        "Pemilik kendaraan cukup membawa kartu identitas dan surat tanda nomor kendaraan asli untuk "
        "mendapatkan bukti pembayaran yang sah.",
    ]),
    "cp1252_labelled_utf8": ("Warga Sebut Proyek Drainase “Asal Jadi” – DPRD Turun ke Lapangan", [
        "Anggota DPRD meninjau proyek drainase di Jalan Cendana setelah warga menyebut pekerjaan itu "
        "“asal jadi” karena saluran sudah retak sebelum diserahterimakan.",
        "Ketua komisi menyatakan kontraktor wajib memperbaiki bagian yang rusak – tanpa tambahan biaya – "
        "sebelum masa pemeliharaan berakhir akhir tahun.",
        "Warga juga meminta tutup saluran dipasang di depan sekolah agar murid tidak terperosok ketika "
        "berjalan kaki pulang pada sore hari.",
    ]),
    "utf8_labelled_latin1": ("Kafe Kopi Lokal Raih Penghargaan “Usaha Hijau” Tingkat Provinsi", [
        "Sebuah kafe kopi lokal di Jalan Merdeka meraih penghargaan “usaha hijau” dari pemerintah provinsi "
        "karena memakai gelas guna ulang dan memilah sampah sendiri.",
        "Pemilik kafe, Rahmat Hidayat, mengatakan ampas kopi diberikan kepada petani sayur di pinggir kota "
        "sebagai campuran kompos – gratis – setiap pekan.",
        "Dinas Lingkungan Hidup berharap langkah itu ditiru usaha kuliner lain yang masih memakai kemasan "
        "plastik sekali pakai dalam jumlah besar.",
    ]),
    "utf8_bom": ("Relawan Tanam Sepuluh Ribu Bibit Mangrove di Pesisir Timur", [
        "Ratusan relawan menanam sepuluh ribu bibit mangrove di pesisir timur untuk menahan abrasi yang "
        "sudah menggerus puluhan meter garis pantai.",
        "Koordinator relawan mengatakan bibit disemai oleh kelompok perempuan nelayan yang mendapat upah "
        "dari setiap bibit yang tumbuh sehat.",
        "Penanaman akan diulang setiap tiga bulan dan relawan mencatat bibit yang mati agar bisa diganti "
        "sebelum musim gelombang tinggi.",
    ]),
    "redirect_same_site": ARTICLES["air-bersih-kemarau"],
    "malformed_jsonld": ("Dermaga Rakyat Diperbaiki Setelah Ditabrak Kapal Tongkang", [
        "Dermaga rakyat di Desa Pantai Indah mulai diperbaiki setelah tiangnya patah ditabrak kapal "
        "tongkang pengangkut batu bara yang kehilangan kendali.",
        "Perusahaan pemilik tongkang bersedia menanggung biaya perbaikan dan memberi santunan kepada "
        "nelayan yang perahunya ikut rusak.",
        "Selama perbaikan, nelayan menambatkan perahu di muara sungai yang lebih dangkal dan hanya bisa "
        "dilalui saat air pasang.",
    ]),
    "deeply_nested": ("Musim Tanam Padi Dimajukan karena Hujan Datang Lebih Awal", [
        "Dinas Pertanian menganjurkan petani memajukan musim tanam padi dua pekan karena hujan datang "
        "lebih awal dari perkiraan badan meteorologi.",
        "Benih unggul tahan genangan dibagikan gratis kepada kelompok tani di daerah rawan banjir di "
        "sepanjang aliran sungai besar.",
        "Penyuluh juga mengingatkan petani membersihkan saluran irigasi agar air tidak menggenangi sawah "
        "yang baru ditanami.",
    ]),
    "unclosed_html": ("Pengrajin Tenun Ikat Kebanjiran Pesanan Menjelang Hari Raya", [
        "Pengrajin tenun ikat di Kampung Sarung kebanjiran pesanan menjelang hari raya hingga harus "
        "menambah penenun dari desa sebelah.",
        "Satu lembar kain dengan motif lama membutuhkan waktu hingga tiga minggu karena benang dicelup "
        "dengan pewarna alami dari akar dan daun.",
        "Koperasi pengrajin kini menjual kain melalui toko daring sehingga pembeli dari luar pulau bisa "
        "memesan langsung tanpa perantara.",
    ]),
}


def emitted_title(name: str) -> str:
    """The title a fault page that must be emitted carries."""
    return _EMITTED_TEXT[name][0]


def article_html(url: str, title: str, paragraphs: list[str], day: str, *, lang: str = "id",
                 meta_charset: str | None = "utf-8", jsonld: str = "valid",
                 body_wrap: tuple[str, str] = ("", "")) -> str:
    """A realistic article page: header, nav, JSON-LD, article body, sidebar, footer."""
    iso = f"{day.replace('/', '-')}T09:30:00+07:00"
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
            "datePublished": iso, "author": {"@type": "Person", "name": "Tim Redaksi"}}
    ld = json.dumps(data, ensure_ascii=False)
    if jsonld == "malformed":
        ld = ld.replace('"datePublished": ', "datePublished: ").rstrip("}") + ",,}"
    paras = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    head_charset = f'<meta charset="{meta_charset}">' if meta_charset else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head>{head_charset}
<title>{escape(title)} - {OUTLET_NAME}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="article:published_time" content="{iso}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{ld}</script>
</head><body>
<header><div class="topbar">Kamis, 28 November 2024</div>
<nav><a href="/">Beranda</a> <a href="{TRAP_PATH}">Daerah</a>
<a href="/kanal/ekonomi">Ekonomi</a></nav></header>
<main>{body_wrap[0]}<article>
<h1 class="entry-title">{escape(title)}</h1>
<div class="meta">Oleh Tim Redaksi · <time datetime="{iso}">{day}</time></div>
<div class="entry-content">
{paras}
</div></article>{body_wrap[1]}</main>
<aside class="sidebar"><h3>Terpopuler</h3>
<ul><li><a href="{TRAP_PATH}">Kabar daerah lainnya</a></li></ul></aside>
<footer>&copy; 2024 {OUTLET_NAME}. Hak cipta dilindungi.</footer>
</body></html>"""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    outlet: FaultOutlet

    def process_request(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        if not self.outlet._slots.acquire(timeout=5):
            self.shutdown_request(request)  # bounded: refuse rather than pile up threads
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.outlet._slots.release()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        path, _, query = self.path.partition("?")
        outlet = self.server.outlet
        outlet._hit(path)
        route = outlet.routes.get(path)
        try:
            if route is None:
                self.reply(404, b"<html><body><h1>Halaman tidak ditemukan</h1></body></html>")
            else:
                route(self, query)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            pass  # the crawler hung up (timeout, size limit): that is the point of several faults

    def reply(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None, length: int | None = None) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0) instead of a clean close."""
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FaultOutlet:
    """The outlet, its canary and its dead second host. Use as a context manager."""

    def __init__(self, lifetime: float = 180.0, max_clients: int = 32) -> None:
        self.lifetime = lifetime
        self._slots = threading.BoundedSemaphore(max_clients)
        self._lock = threading.Lock()
        self.stopping = threading.Event()
        self.hits: Counter[str] = Counter()
        self.hit_times: dict[str, list[float]] = defaultdict(list)
        self.canary_hits: Counter[str] = Counter()
        self._bomb: bytes | None = None
        self._httpd = self._bind(self)
        self._canary = self._bind(_Canary(self))
        self.port = self._httpd.server_address[1]
        self.canary_port = self._canary.server_address[1]
        self.closed_port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.routes: dict[str, Handler] = self._routes()
        self._threads: list[threading.Thread] = []
        self._timer = threading.Timer(lifetime, self.stop)
        self._timer.daemon = True

    @staticmethod
    def _bind(owner: object) -> _Server:
        httpd = _Server(("127.0.0.1", 0), _Handler)
        httpd.outlet = owner  # type: ignore[assignment]
        return httpd

    # --- lifecycle -------------------------------------------------------------------------------
    def start(self) -> FaultOutlet:
        for httpd in (self._httpd, self._canary):
            t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
            t.start()
            self._threads.append(t)
        self._timer.start()
        return self

    def stop(self) -> None:
        if self.stopping.is_set():
            return
        self.stopping.set()
        self._timer.cancel()
        for httpd in (self._httpd, self._canary):
            if self._threads:  # shutdown() waits for a serve_forever() that must have started
                httpd.shutdown()
            httpd.server_close()

    def __enter__(self) -> FaultOutlet:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _hit(self, path: str) -> None:
        with self._lock:
            self.hits[path] += 1
            self.hit_times[path].append(time.monotonic())

    # --- addresses -------------------------------------------------------------------------------
    def url(self, path: str) -> str:
        if path == FAULT["connection_refused"].path:
            return f"http://127.0.0.1:{self.closed_port}{path}"
        return self.base + path

    def fault_url(self, name: str) -> str:
        return self.url(FAULT[name].path)

    def profiles(self) -> dict[str, str]:
        """The user profiles that crawl this outlet (``-s NEWSCRAWL_PROFILES=DIR``): one discovers by
        robots.txt and sitemaps, one by the endless section listing."""
        listing = f'type = "listing", url = "{TRAP_PATH}", max_pages = {TRAP_MAX_PAGES}'
        common = (f'domains = ["127.0.0.1:{self.port}", "127.0.0.1:{self.closed_port}"]\n'
                  f'province = "Kalimantan Tengah"\nhome = "{self.base}/"\narticle_url = \'{ARTICLE_URL}\'\n'
                  f"politeness = {{ download_delay = 0, concurrency = 8 }}\n")
        return {
            PROFILE_KEY: f'name = "{OUTLET_NAME}"\n{common}discovery = [{{ type = "robots" }}]\n',
            LISTING_PROFILE_KEY: f'name = "{OUTLET_NAME} (kanal)"\n{common}discovery = [{{ {listing} }}]\n',
        }

    def write_profiles(self, directory: Path) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        for key, text in self.profiles().items():
            (directory / f"{key}.toml").write_text(text, encoding="utf-8")
        return directory

    # --- content ---------------------------------------------------------------------------------
    def _page(self, path: str, title: str, paragraphs: list[str], **kw: object) -> str:
        day = path.split("/berita/", 1)[1]
        day = "/".join(p for p in day.split("/") if p.isdigit())
        return article_html(self.base + path, title, paragraphs, day, **kw)  # type: ignore[arg-type]

    def _html(self, path: str, title: str, paragraphs: list[str], **kw: object) -> Handler:
        body = self._page(path, title, paragraphs, **kw).encode("utf-8")
        return lambda h, q: h.reply(200, body)

    def _routes(self) -> dict[str, Handler]:
        r: dict[str, Handler] = {
            "/robots.txt": lambda h, q: h.reply(200, self._robots(), "text/plain"),
            "/": lambda h, q: h.reply(200, self._home()),
            "/sitemap.xml": lambda h, q: h.reply(200, self._sitemap_index(), "application/xml"),
            "/sitemap-berita.xml": lambda h, q: h.reply(200, self._sitemap_main(), "application/xml"),
            "/sitemap-xxe.xml": lambda h, q: h.reply(200, self._sitemap_xxe(), "application/xml"),
            "/sitemap-tawa.xml": lambda h, q: h.reply(200, self._sitemap_laughs(), "application/xml"),
            "/sitemap-arsip.xml": self._sitemap_archive,
            TRAP_PATH: self._trap,
        }
        for slug, path in VALID.items():
            r[path] = self._html(path, *ARTICLES[slug])
        for path in VALID_ONLY_VIA_DISCOVERY:
            r[path] = self._html(path, *ARTICLES[path.rsplit("/", 1)[1]])
        f = {x.name: x.path for x in FAULTS}
        r[f["not_found"]] = lambda h, q: h.reply(404, b"<html><body>Berita tidak ditemukan</body></html>")
        r[f["gone"]] = lambda h, q: h.reply(410, b"<html><body>Berita telah dihapus</body></html>")
        r[f["server_error"]] = lambda h, q: h.reply(500, b"<html><body>Internal Server Error</body></html>")
        r[f["bad_gateway"]] = lambda h, q: h.reply(502, b"<html><body>Bad Gateway</body></html>")
        r[f["unavailable_once"]] = self._once(f["unavailable_once"], 503, {}, "unavailable_once")
        r[f["rate_limited"]] = self._once(f["rate_limited"], 429, {"Retry-After": "1"}, "rate_limited")
        r[f["reset_mid_body"]] = self._reset
        r[f["drip"]] = self._drip
        r[f["truncated_gzip"]] = self._truncated_gzip(f["truncated_gzip"])
        r[f["gzip_bomb"]] = self._gzip_bomb
        r[f["huge_page"]] = self._huge
        for name, charset, enc, bom in (("cp1252_labelled_utf8", "utf-8", "cp1252", False),
                                        ("utf8_labelled_latin1", "iso-8859-1", "utf-8", False),
                                        ("utf8_bom", None, "utf-8", True)):
            html = self._page(f[name], *_EMITTED_TEXT[name], meta_charset=None)
            body = (b"\xef\xbb\xbf" if bom else b"") + html.encode(enc)
            ctype = f"text/html; charset={charset}" if charset else "text/html"
            r[f[name]] = lambda h, q, body=body, ctype=ctype: h.reply(200, body, ctype)
        r[f["binary"]] = lambda h, q: h.reply(200, bytes(range(256)) * 64, "application/octet-stream")
        r[f["pdf"]] = lambda h, q: h.reply(200, _PDF, "application/pdf")
        r[f["pdf_as_html"]] = lambda h, q: h.reply(200, _PDF, "text/html; charset=utf-8")
        loop_b = f["redirect_loop"] + "-balik"
        r[f["redirect_loop"]] = lambda h, q: h.reply(302, b"", headers={"Location": loop_b})
        r[loop_b] = lambda h, q: h.reply(302, b"", headers={"Location": f["redirect_loop"]})
        r[f["redirect_offsite"]] = lambda h, q: h.reply(
            301, b"", headers={"Location": "http://kabar-lain.example/berita/2024/11/07/pindah-situs"})
        r[f["redirect_same_site"]] = lambda h, q: h.reply(301, b"", headers={"Location": REDIRECT_TARGET})
        r[f["robots_disallowed"]] = self._html(f["robots_disallowed"], "Rapat Tertutup", ["Rahasia."] * 5)
        r[f["empty_article"]] = self._html(f["empty_article"], "Berita Tanpa Isi", [])
        r[f["video_only"]] = self._video(f["video_only"])
        r[f["photo_gallery"]] = self._gallery(f["photo_gallery"])
        r[f["english_page"]] = self._html(f["english_page"], *ENGLISH, lang="en")
        r[f["malformed_jsonld"]] = self._html(f["malformed_jsonld"], *_EMITTED_TEXT["malformed_jsonld"],
                                              jsonld="malformed")
        depth = 400
        r[f["deeply_nested"]] = self._html(f["deeply_nested"], *_EMITTED_TEXT["deeply_nested"],
                                           body_wrap=("<div>" * depth, "</div>" * depth))
        r[f["unclosed_html"]] = self._unclosed(f["unclosed_html"])
        return r

    def _robots(self) -> bytes:
        return (f"User-agent: *\nDisallow: /berita/tertutup/\nDisallow: /cari\n\n"
                f"Sitemap: {self.base}/sitemap.xml\n").encode()

    def _home(self) -> bytes:
        links = "".join(f'<li><a href="{p}">{escape(ARTICLES[s][0])}</a></li>' for s, p in VALID.items())
        return (f"<html lang='id'><head><title>{OUTLET_NAME}</title></head><body><h1>{OUTLET_NAME}</h1>"
                f"<ul>{links}</ul><a href='{TRAP_PATH}'>Daerah</a></body></html>").encode()

    def _sitemap_index(self) -> bytes:
        children = ("sitemap-berita.xml", "sitemap-xxe.xml", "sitemap-tawa.xml", "sitemap-arsip.xml")
        items = "".join(f"<sitemap><loc>{self.base}/{c}</loc><lastmod>2024-11-28</lastmod></sitemap>"
                        for c in children)
        return (f'<?xml version="1.0" encoding="UTF-8"?>'
                f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>'
                ).encode()

    @staticmethod
    def _urlset(locs: list[str], doctype: str = "") -> bytes:
        lastmod = "<lastmod>2024-11-20T08:00:00+07:00</lastmod>"
        items = "".join(f"<url><loc>{loc}</loc>{lastmod}</url>" for loc in locs)
        return (f'<?xml version="1.0" encoding="UTF-8"?>{doctype}'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</urlset>').encode()

    def ssrf_locs(self) -> list[str]:
        """URLs a hostile sitemap lists to turn the crawler against the network it runs in."""
        return [f"http://127.0.0.1:{self.canary_port}/berita/2024/11/05/canary",
                "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
                "http://10.20.30.40/berita/2024/11/05/intranet",
                "file:///etc/passwd",
                "gopher://127.0.0.1:6379/_INFO"]

    def _sitemap_main(self) -> bytes:
        in_main = [p for p in VALID.values()] + [
            x.path for x in FAULTS if x.path.startswith("/berita/") and x.name != "redirect_same_site"
        ] + [FAULT["redirect_same_site"].path]
        locs = [escape(self.url(p)) for p in in_main] + [escape(u) for u in self.ssrf_locs()]
        return self._urlset(locs)

    def _sitemap_xxe(self) -> bytes:
        doctype = (f'<!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
                   f'<!ENTITY net SYSTEM "http://127.0.0.1:{self.canary_port}/xxe-canary">]>')
        return self._urlset([f"{self.base}/berita/2024/11/08/xxe-&xxe;", "&net;", self.base + IN_XXE_SITEMAP],
                            doctype)

    def _sitemap_laughs(self) -> bytes:
        ents = ['<!ENTITY lol "lol">'] + [
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)]
        doctype = f"<!DOCTYPE urlset [{''.join(ents)}]>"
        return self._urlset([self.base + IN_LAUGHS_SITEMAP, f"{self.base}/berita/2024/11/09/&lol9;"], doctype)

    def _sitemap_archive(self, h: _Handler, query: str) -> None:
        """50,000 URLs from 2019, streamed (about 5 MB)."""
        h.send_response(200)
        h.send_header("Content-Type", "application/xml")
        h.end_headers()
        h.wfile.write(b'<?xml version="1.0" encoding="UTF-8"?>'
                      b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
        batch = []
        for i in range(ARCHIVE_URLS):
            batch.append(f"<url><loc>{self.base}/berita/2019/03/01/arsip-{i}</loc>"
                         f"<lastmod>2019-03-01</lastmod></url>")
            if len(batch) == 1000:
                h.wfile.write("".join(batch).encode())
                batch = []
        h.wfile.write("".join(batch).encode() + b"</urlset>")

    def _trap(self, h: _Handler, query: str) -> None:
        """Page N links to page N+1 forever; pages 1 and 2 carry two real articles."""
        page = 1
        for part in query.split("&"):
            if part.startswith("page=") and part[5:].isdigit():
                page = min(int(part[5:]), 10**6)
        cards = "".join(f'<div class="card"><h2><a href="{p}">{escape(ARTICLES[p.rsplit("/", 1)[1]][0])}</a>'
                        f"</h2></div>" for p in ON_TRAP_LISTING)
        body = (f"<html lang='id'><head><title>Daerah - halaman {page}</title>"
                f"<link rel='next' href='{TRAP_PATH}?page={page + 1}'></head><body><h1>Daerah</h1>{cards}"
                f"<a class='next' href='{TRAP_PATH}?page={page + 1}'>Selanjutnya</a></body></html>")
        h.reply(200, body.encode())

    def _once(self, path: str, status: int, headers: dict[str, str], name: str) -> Handler:
        ok = self._page(path, *_EMITTED_TEXT[name]).encode()

        def serve(h: _Handler, query: str) -> None:
            if self.hits[path] == 1:
                h.reply(status, b"<html><body>Coba lagi nanti</body></html>", headers=headers)
            else:
                h.reply(200, ok)
        return serve

    def _reset(self, h: _Handler, query: str) -> None:
        body = self._page(FAULT["reset_mid_body"].path, *ARTICLES["harga-cabai-melonjak"]).encode()
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body[: len(body) // 2])
        h.reset()

    def _drip(self, h: _Handler, query: str) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", "120")
        h.end_headers()
        for byte in (b"<html><body>" + b"." * 108)[:60]:
            if self.stopping.wait(1.0):
                return
            h.wfile.write(bytes([byte]))
            h.wfile.flush()

    def _truncated_gzip(self, path: str) -> Handler:
        whole = gzip.compress(self._page(path, *ARTICLES["sekolah-terendam-banjir"]).encode())
        cut = whole[: len(whole) * 6 // 10]
        return lambda h, q: h.reply(200, cut, headers={"Content-Encoding": "gzip"})

    def _gzip_bomb(self, h: _Handler, query: str) -> None:
        with self._lock:
            if self._bomb is None:
                z = zlib.compressobj(9, zlib.DEFLATED, 31)
                chunk = b"<p>bom</p>" * (1 << 16)
                parts = [z.compress(chunk) for _ in range(BOMB_BYTES // len(chunk))]
                self._bomb = b"".join(parts) + z.flush()
        h.reply(200, self._bomb, headers={"Content-Encoding": "gzip"})

    def _huge(self, h: _Handler, query: str) -> None:
        """50 MB of paragraphs, close-delimited: the size is only known by counting."""
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.end_headers()
        chunk = b"<p>Paragraf yang sama berulang-ulang tanpa akhir.</p>\n" * 1200
        sent = 0
        h.wfile.write(b"<html><body><article>")
        while sent < HUGE_BYTES and not self.stopping.is_set():
            h.wfile.write(chunk)
            sent += len(chunk)

    def _video(self, path: str) -> Handler:
        html = self._page(path, "VIDEO: Detik-detik Banjir Bandang Terjang Permukiman", []).replace(
            '<div class="entry-content">',
            '<div class="entry-content"><div class="video"><iframe src="https://www.youtube.com/embed/xyz" '
            'width="640" height="360"></iframe></div><p class="caption">Simak videonya.</p>')
        return lambda h, q: h.reply(200, html.encode())

    def _gallery(self, path: str) -> Handler:
        figs = "".join(f'<figure><img src="/foto/{i}.jpg"><figcaption>Foto {i}: suasana pasar '
                       f"(Kabar Fiktif)</figcaption></figure>" for i in range(1, 13))
        html = self._page(path, "FOTO: Suasana Pasar Terapung Pagi Hari", []).replace(
            '<div class="entry-content">', f'<div class="entry-content gallery">{figs}')
        return lambda h, q: h.reply(200, html.encode())

    def _unclosed(self, path: str) -> Handler:
        title, paras = _EMITTED_TEXT["unclosed_html"]
        html = self._page(path, title, paras)
        html = html.replace("</p>", "").replace("</body></html>", "")
        widgets = "<div class='widget'><p>" * 150 + "<div class='iklan'>" * 150
        html = html.replace("<main>", "<main>" + "<div class='wrap'>" * 3, 1) + widgets
        return lambda h, q: h.reply(200, html.encode())


class _Canary:
    """Stands in for a loopback service (Redis, cloud metadata): any hit is a followed SSRF URL."""

    def __init__(self, outlet: FaultOutlet) -> None:
        self.outlet = outlet
        self.routes: dict[str, Handler] = {}
        self._slots = outlet._slots

    def _hit(self, path: str) -> None:
        self.outlet.canary_hits[path] += 1


_PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        + bytes(range(256)) * 8 + b"\n%%EOF\n")
