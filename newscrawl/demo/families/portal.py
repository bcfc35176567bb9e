"""A large-network regional portal (Tribun/detik-like markup).

The article: dateline "OUTLET.COM, CITY -" in bold at the start, "Penulis: X | Editor: Y",
"Baca juga:" link paragraphs between the body paragraphs, "ADVERTISEMENT / SCROLL TO CONTINUE
WITH CONTENT" blocks, a follow-us line inside the body, and long stories split over
``?page=N`` with "Halaman 1 2 3", "Selanjutnya" and ``?page=all`` (every page's canonical is
the bare article URL). Monthly gzipped sitemaps under one index, ``/rss``, ``/SECTION?page=N``
listings, ``/indeks``, ``/tag/x`` and ``/penulis/x``; ``/search`` is disallowed in robots.txt.
"""

from __future__ import annotations

from html import escape as e

from newscrawl.demo import site as s
from newscrawl.demo.corpus import Article, Outlet

PER_PAGE = 5
#: Archive kind → (path, page title).
ARCHIVES = {"section": ("/{}", "{}"), "tag": ("/tag/{}", "Berita Tentang {}"),
            "author": ("/penulis/{}", "Berita dari {}")}


def _url(base: str, a: Article) -> str:
    return f"{base}/{a.section}/read/{a.published:%Y/%m/%d}/{a.uid}/{a.slug}"


def _page(site: s.Site, title: str, canonical: str, main: str, extra: str = "") -> str:
    o = site.outlet
    menu = "".join(f'<li><a href="{site.base}/{k}">{e(v)}</a></li>' for k, v in o.sections.items())
    sidebar = "".join(f'<div class="widget-list mb20"><h3 class="title-widget">{heading}</h3>'
                      f"<ol>{s.link_items(site, items)}</ol></div>\n" for heading, items in s.sidebars(site))
    return (
        f'<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n<title>{e(title)} - '
        f'{e(o.name)}</title>\n<link rel="canonical" href="{e(canonical)}">\n'
        f'<link rel="alternate" type="application/rss+xml" href="{site.base}/rss">\n{extra}</head>\n'
        '<body class="detail">\n<header id="header"><div class="topbar"><div class="today">'
        f'{s.today_bar_id()}</div><div class="weather"><span class="city">{e(o.weather_city)}</span> '
        f'<span class="temp">{o.weather_temp}°C</span> <span class="cond">Cerah Berawan</span></div></div>\n'
        f'<div class="logo"><a href="{site.base}/">{e(o.name)}</a></div>\n'
        f'<form class="search" action="{site.base}/search">'
        '<input name="q" placeholder="Cari berita"></form>\n'
        f'<nav class="menu"><ul><li><a href="{site.base}/">Home</a></li>{menu}'
        f'<li><a href="{site.base}/indeks">Indeks Berita</a></li></ul></nav></header>\n'
        '<div class="ads-top"><p class="ads-label">ADVERTISEMENT'
        '</p><div id="div-gpt-ad-leaderboard"></div></div>\n'
        f'<div id="main" class="main"><div class="content fl">\n{main}</div>\n'
        f'<aside class="sidebar fr">\n{sidebar}<div class="ads-side"><p class="ads-label">ADVERTISEMENT</p>'
        '</div></aside></div>\n'
        f'<footer id="footer"><ul><li><a href="{site.base}/redaksi">Redaksi</a></li>'
        f'<li><a href="{site.base}/pedoman-media-siber">Pedoman Media Siber</a></li></ul>'
        f'<p class="copy">Copyright © 2024 {e(o.name)}. All Rights Reserved.'
        '</p></footer>\n</body>\n</html>\n')


def _baca_juga(site: s.Site, r: Article) -> str:
    return (f'<p class="baca"><strong>Baca juga: </strong><a href="{site.article_url(r)}">{e(r.title)}</a>'
            "</p>\n")


def _paging(urls: list[str], current: int | None) -> str:
    """"Halaman 1 2 3 Selanjutnya" and "Tampilkan Semua" (``current`` None on ``?page=all``)."""
    parts = ['<div class="paging" id="paging"><span class="paging-label">Halaman</span> ']
    for i, url in enumerate(urls):
        parts.append(f'<a class="active">{i + 1}</a> ' if i == current else f'<a href="{url}">{i + 1}</a> ')
    if current is not None and current < len(urls) - 1:
        parts.append(f'<a class="next" rel="next" href="{urls[current + 1]}">Selanjutnya</a> ')
    parts.append(f'<a class="all" href="{urls[0]}?page=all">Tampilkan Semua</a></div>\n')
    return "".join(parts)


def _article_page(site: s.Site, a: Article, page: int | None) -> str:
    """Page ``page`` (0-based) of the article, or all of it when ``page`` is None (``?page=all``)."""
    o = site.outlet
    urls = site.page_urls(a)
    chunks = a.page_paragraphs()
    start = 0 if page is None else sum(len(c) for c in chunks[:page])
    paras = a.paragraphs if page is None else chunks[page]
    n = len(a.paragraphs)
    inserts = {max(1, n // 3): a.related[0], max(2, 2 * n // 3): a.related[1]}
    body: list[str] = []
    for i, text in enumerate(paras, start=start):
        if i == 0:
            body.append(f"<p><strong>{e(o.brand)}, {e(a.dateline)}</strong> - {e(text)}</p>\n")
        else:
            body.append(f"<p>{e(text)}</p>\n")
        if i == start:
            body.append('<div class="ads-content"><p class="ads-label">ADVERTISEMENT</p>'
                        '<p class="ads-scroll">SCROLL TO CONTINUE WITH CONTENT</p></div>\n')
        if i in inserts and i < n - 1:
            body.append(_baca_juga(site, inserts[i]))
    last = page is None or page == a.pages - 1
    if last:
        body.append(f"<p><em>Dapatkan berita terbaru {e(o.name)} langsung di ponsel Anda. Gabung saluran "
                    '<a href="https://whatsapp.com/channel/0029VaDemoWartaCelebes">WhatsApp</a> '
                    "kami.</em></p>\n")
    author_url = f"{site.base}/penulis/{s.slugify(a.authors[0])}"
    tags = "".join(f'<a href="{site.base}/tag/{t}">{e(t)}</a> ' for t in a.tags)
    extra = (f'<meta name="description" content="{e(s.teaser(a))}">\n'
             f'<meta property="og:title" content="{e(a.title)}">\n'
             '<meta property="og:type" content="article">\n')
    if a.jsonld:
        extra += s.news_article_jsonld(site, a) + "\n"
    main = (
        f'<div class="breadcrumb"><a href="{site.base}/">Home</a> » '
        f'<a href="{site.base}/{a.section}">{e(o.sections[a.section])}</a></div>\n'
        f'<h1 class="title" id="arttitle">{e(a.title)}</h1>\n'
        f'<div class="credit"><div>Penulis: <a href="{author_url}">{e(a.authors[0])}</a> | '
        f"Editor: {e(a.editors[0])}</div></div>\n"
        f'<div class="date"><time class="grey">{s.long_id(a.published)}</time></div>\n'
        '<div class="share-box"><span>Bagikan:</span> '
        f'<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={urls[0]}">Facebook</a> '
        f'<a class="tw" href="https://twitter.com/share?url={urls[0]}">Twitter</a> '
        f'<a class="wa" href="https://api.whatsapp.com/send?text={urls[0]}">WhatsApp</a> '
        '<a class="copy">Salin Link</a></div>\n'
        f'<div class="photo"><figure><img src="{site.base}/foto/{a.uid}.jpg" alt="{e(a.title)}">'
        f"<figcaption>{e(a.caption)} ({e(o.brand)}/{e(a.authors[0])})</figcaption></figure></div>\n"
        f'<div class="side-article txt-article multi-fontsize" id="article-body">\n{"".join(body)}</div>\n'
        + (_paging(urls, page) if a.pages > 1 else "")
        + f'<div class="tags"><h3>Tags:</h3> {tags}</div>\n'
        f'<div class="follow">Ikuti {e(o.name)} di <a href="https://news.google.com/publications/'
        'CAAqDemoWartaCelebes">Google News</a></div>\n'
        '<div class="related"><h3>Berita Terkait</h3><ul>'
        + "".join(f'<li><a href="{site.article_url(r)}">{e(r.title)}</a></li>' for r in a.related)
        + "</ul></div>\n")
    return _page(site, a.title, urls[0], main, extra)


def _listing(site: s.Site, title: str, items: list[Article], path: str) -> None:
    """``path`` then ``path?page=N``."""
    pages = s.paginate(items, PER_PAGE)
    for n, chunk in enumerate(pages, start=1):
        here = path if n == 1 else f"{path}?page={n}"
        lis = "".join(
            f'<li class="ptb15"><h3><a href="{site.article_url(a)}">{e(a.title)}</a></h3>'
            f'<div class="grey"><time>{s.long_id(a.published)}</time></div><p>{e(s.teaser(a))}</p></li>\n'
            for a in chunk)
        nav = "".join(f'<a class="active">{m}</a> ' if m == n
                      else f'<a href="{site.base}{path}?page={m}">{m}</a> '
                      for m in range(1, len(pages) + 1))
        if n < len(pages):
            nav += f'<a class="next" rel="next" href="{site.base}{path}?page={n + 1}">Selanjutnya</a>'
        main = (f'<h1 class="section-title">{e(title)}</h1>\n<ul class="lsi">{lis}</ul>\n'
                f'<div class="paging">Halaman {nav}</div>\n')
        site.add(here, _page(site, title, site.base + here, main))


def build(o: Outlet, base: str, articles: list[Article]) -> s.Site:
    site = s.Site(o, base, articles, lambda a: _url(base, a), "{url}?page={n}")
    newest = s.latest(articles, len(articles))
    for a in articles:
        path = _url(base, a)[len(base):]
        site.add(path, _article_page(site, a, 0))
        for page in range(1, a.pages):
            site.add(f"{path}?page={page + 1}", _article_page(site, a, page))
        site.add(f"{path}?page=all", _article_page(site, a, None))
    _listing(site, o.name, newest, "/")
    _listing(site, "Indeks Berita", newest, "/indeks")
    _listing(site, "Hasil Pencarian", newest, "/search")
    for kind, key, label, items in s.archives(site):
        _listing(site, ARCHIVES[kind][1].format(label), items, ARCHIVES[kind][0].format(key))
    site.add("/robots.txt", s.robots(base, "/sitemap.xml", ["/search", "/api/"]), s.TEXT)
    months = sorted({a.published.strftime("%Y-%m") for a in articles}, reverse=True)
    children = []
    for month in months:
        items = [a for a in newest if a.published.strftime("%Y-%m") == month]
        site.add(f"/sitemap/{month}.xml.gz", s.article_sitemap(site, items), s.GZIP)
        children.append((f"{base}/sitemap/{month}.xml.gz", items[0].published))
    site.add("/sitemap.xml", s.sitemap_index(children), s.XML)
    site.add("/rss", s.rss(site, base + "/", newest[:15]), s.RSS)
    return site
