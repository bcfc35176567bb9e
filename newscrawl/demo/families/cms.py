"""A small regional paper on a home-made CMS (the shape of ``../shared/seed``'s raw scrape).

The weather ("27.8 C Sampit") and the "today" date bar at the top, inline ``Baca Juga :  <title>``
paragraphs, editor initials "(dar/nto)" closing the last paragraph, the article body printed a
second time in a print copy after the page links, "- Advertisement -" slots, "Terpopuler" and
"Artikel Terbaru" sidebars. Dates only as the page prints them ("Kamis, 29 Agustus 2024 - 14:30
WIB" or "Kamis (29/8/2024)"), JSON-LD on some stories. ``/berita/ID/slug`` with ``/2`` for further
pages, ``/kategori/x/N`` listings, ``/fokus/x`` topic pages, one gzipped sitemap that also lists the
topic and category pages (as some small CMSes do: the crawler must tell them from articles), ``/rss.xml``.
"""

from __future__ import annotations

from html import escape as e

from newscrawl.demo import site as s
from newscrawl.demo.corpus import Article, Outlet

PER_PAGE = 5
#: Archive kind → (path, page title).
ARCHIVES = {"section": ("/kategori/{}", "{}"), "tag": ("/tag/{}", "Tag: {}"),
            "author": ("/penulis/{}", "Penulis: {}")}


def _url(base: str, a: Article) -> str:
    return f"{base}/berita/{a.uid}/{a.slug}"


def _page(site: s.Site, title: str, canonical: str, main: str, extra: str = "") -> str:
    o = site.outlet
    menu = " ".join(f'<a href="{site.base}/kategori/{k}">{e(v)}</a>' for k, v in o.sections.items())
    widgets = "".join(f'<div class="widget"><h3 class="judul-widget">{heading}</h3>'
                      f"<ul>{s.link_items(site, items)}</ul></div>\n" for heading, items in s.sidebars(site))
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        f'<title>{e(title)} | {e(o.name)}</title>\n<link rel="canonical" href="{e(canonical)}">\n{extra}'
        f'<link rel="alternate" type="application/rss+xml" href="{site.base}/rss.xml">\n'
        '<link rel="stylesheet" href="/css/style.css">\n</head>\n<body>\n'
        '<div id="topbar"><div class="cuaca"><img src="/img/cuaca/berawan.png" alt="">'
        f'<span class="suhu">{o.weather_temp} C</span><br><span class="kota">{e(o.weather_city)}</span></div>'
        f'<div class="tanggal">{s.today_bar_id()}</div></div>\n'
        f'<div id="header"><a href="{site.base}/"><img src="/img/logo.png" alt="{e(o.name)}"></a>'
        '<div class="iklan-header"><span>- Advertisement -</span>'
        '<img src="/iklan/header.gif" alt=""></div></div>\n'
        f'<div id="menu"><a href="{site.base}/">Beranda</a> {menu} '
        f'<a href="{site.base}/indeks">Indeks</a></div>\n'
        f'<div id="konten"><div class="kiri">\n{main}</div>\n<div class="kanan">\n{widgets}'
        '<div class="iklan-kanan"><span>- Advertisement -</span><img src="/iklan/kanan.gif" alt=""></div>'
        '</div></div>\n'
        f'<div id="footer"><a href="{site.base}/redaksi">Redaksi</a> | '
        f'<a href="{site.base}/pedoman-media-siber">Pedoman Media Siber</a><br>'
        f"Copyright © 2024 {e(o.name)}. All rights reserved.</div>\n</body>\n</html>\n")


def _body(site: s.Site, a: Article, page: int) -> str:
    """The page's paragraphs with the inserts the CMS puts between them."""
    chunks = a.page_paragraphs()
    start = sum(len(c) for c in chunks[:page])
    n = len(a.paragraphs)
    inserts = {max(2, n // 3): a.related[0], max(3, 2 * n // 3): a.related[1]}
    out: list[str] = []
    for i, text in enumerate(chunks[page], start=start):
        text = e(text)
        if i == 0:
            text = f"{e(a.dateline)} – {text}"
        if i == n - 1:
            text += f" ({'/'.join(a.byline_codes)})"
        out.append(f"<p>{text}</p>\n")
        if i == start + 1:
            out.append('<div class="iklan-tengah"><span>- Advertisement -</span>'
                       '<ins class="adsbygoogle" data-ad-slot="1234567890"></ins></div>\n')
        if i in inserts and i < n - 1:
            r = inserts[i]
            out.append(f'<p>Baca Juga :&nbsp; <a href="{site.article_url(r)}">{e(r.title)}</a></p>\n')
    return "".join(out)


def _article_page(site: s.Site, a: Article, page: int) -> str:
    o = site.outlet
    urls = site.page_urls(a)
    date = s.long_id(a.published, sep=" - ") if a.number % 2 == 0 else s.short_id(a.published)
    body = _body(site, a, page)
    paging = ""
    if a.pages > 1:
        links = " ".join(f"<b>{i + 1}</b>" if i == page else f'<a href="{u}">{i + 1}</a>'
                         for i, u in enumerate(urls))
        nxt = f' <a class="next" href="{urls[page + 1]}">Selanjutnya »</a>' if page < a.pages - 1 else ""
        paging = f'<div class="paging-berita">Halaman: {links}{nxt}</div>\n'
    tags = " ".join(f'<a href="{site.base}/tag/{t}">{e(t)}</a>' for t in a.tags)
    extra = f'<meta name="description" content="{e(s.teaser(a))}">\n'
    if a.jsonld:
        extra += s.news_article_jsonld(site, a) + "\n"
    main = (
        f'<div class="judul-berita"><h2 class="kategori"><a href="{site.base}/kategori/{a.section}">'
        f"{e(o.sections[a.section])}</a></h2><h1>{e(a.title)}</h1></div>\n"
        f'<div class="info-berita">Penulis : <a href="{site.base}/penulis/{s.slugify(a.authors[0])}">'
        f'{e(a.authors[0])}</a> &nbsp; <span class="tgl">{date}</span></div>\n'
        '<div class="share"><span>Bagikan artikel ini:</span> '
        f'<a href="https://www.facebook.com/sharer.php?u={urls[0]}">Facebook</a> '
        f'<a href="https://api.whatsapp.com/send?text={urls[0]}">WhatsApp</a> '
        f'<a href="https://t.me/share/url?url={urls[0]}">Telegram</a></div>\n'
        f'<div class="isi-berita" id="isi">\n<div class="foto-utama"><img src="/foto/{a.uid}.jpg" alt="">'
        f'<span class="ket-foto">{e(a.caption)} FOTO: DOK. {e(o.brand)}</span></div>\n{body}</div>\n'
        f'{paging}<div class="tag-berita">Tag: {tags}</div>\n'
        f'<div class="ikuti">Ikuti {e(o.name)} di <a href="https://news.google.com/publications/'
        'CAAqDemoMentayaPos">Google News</a> dan saluran <a href="https://whatsapp.com/channel/'
        '0029VaDemoMentayaPos">WhatsApp</a></div>\n'
        f'<div class="konten-cetak d-none d-print-block">\n{body}</div>\n')
    return _page(site, a.title, urls[0], main, extra)


def _listing(site: s.Site, title: str, items: list[Article], path: str) -> None:
    """``path`` then ``path/N``."""
    pages = s.paginate(items, PER_PAGE)
    for n, chunk in enumerate(pages, start=1):
        here = path if n == 1 else f"{path.rstrip('/')}/{n}"
        rows = "".join(
            f'<div class="list-berita"><a href="{site.article_url(a)}"><b>{e(a.title)}</b></a>'
            f'<div class="tgl">{s.long_id(a.published, sep=" - ")}</div><p>{e(s.teaser(a))}</p></div>\n'
            for a in chunk)
        nav = " ".join(f"<b>{m}</b>" if m == n else f'<a href="{site.base}{path.rstrip("/")}/{m}">{m}</a>'
                       for m in range(1, len(pages) + 1))
        if n < len(pages):
            nav += f' <a class="next" href="{site.base}{path.rstrip("/")}/{n + 1}">Selanjutnya »</a>'
        main = f'<h1 class="judul-kategori">{e(title)}</h1>\n{rows}<div class="paging">Halaman: {nav}</div>\n'
        site.add(here, _page(site, title, site.base + here, main))


def build(o: Outlet, base: str, articles: list[Article]) -> s.Site:
    site = s.Site(o, base, articles, lambda a: _url(base, a), "{url}/{n}")
    newest = s.latest(articles, len(articles))
    for a in articles:
        for page, url in enumerate(site.page_urls(a)):
            site.add(url[len(base):], _article_page(site, a, page))
    _listing(site, o.name, newest[:10], "/")
    _listing(site, "Indeks Berita", newest, "/indeks")
    _listing(site, "Pencarian", newest, "/search")
    for kind, key, label, items in s.archives(site):
        if kind == "tag":
            _listing(site, f"Fokus: {label}", items, f"/fokus/{key}")
    for kind, key, label, items in s.archives(site):
        _listing(site, ARCHIVES[kind][1].format(label), items, ARCHIVES[kind][0].format(key))
    site.add("/robots.txt", s.robots(base, "/sitemap.xml", ["/search", "/admin/"]), s.TEXT)
    site.add("/sitemap.xml", s.sitemap_index([(f"{base}/sitemap-berita.xml.gz", newest[0].published)]), s.XML)
    topics = {"tag": "/fokus/{}", "section": ARCHIVES["section"][0]}
    also_listed = [(base + topics[kind].format(key), items[0].published)
                   for kind, key, _, items in s.archives(site) if kind in topics]
    site.add("/sitemap-berita.xml.gz", s.article_sitemap(site, newest, also_listed), s.GZIP)
    site.add("/rss.xml", s.rss(site, base + "/", newest[:15]), s.RSS)
    return site
