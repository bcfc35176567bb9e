"""A regional outlet on the JNews WordPress theme (class names as the theme prints them).

Around the article: the ``jeg_topbar`` with the "today" date bar and the weather widget, header
and inline ads (``jeg_ad``), share buttons, ``jnews_inline_related_post`` inside the body, tags,
author box, related posts, comments and the ``widget_jnews_popular`` sidebar. WordPress URLs
(``/YYYY/MM/DD/slug/``, ``/slug/2/`` for further pages), a Yoast-style sitemap index with a
gzipped post sitemap and a category sitemap, ``/feed/``, ``/category/x/page/N/`` listings,
``/tag/x/`` and ``/author/x/`` archives.
"""

from __future__ import annotations

from html import escape as e

from newscrawl.demo import site as s
from newscrawl.demo.corpus import Article, Outlet

PER_PAGE = 5
#: Archive kind → (URL folder, page title).
ARCHIVES = {"section": ("category", "{}"), "tag": ("tag", "Tag: {}"), "author": ("author", "Penulis: {}")}


def _url(base: str, a: Article) -> str:
    return f"{base}/{a.published:%Y/%m/%d}/{a.slug}/"


def _head(site: s.Site, title: str, canonical: str, extra: str = "") -> str:
    o = site.outlet
    return (f'<!DOCTYPE html>\n<html lang="id-ID">\n<head>\n<meta charset="UTF-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{e(title)} - {e(o.name)}</title>\n"
            f'<link rel="canonical" href="{e(canonical)}">\n'
            f'<link rel="alternate" type="application/rss+xml" title="{e(o.name)} &raquo; Feed" '
            f'href="{site.base}/feed/">\n'
            f"<link rel='stylesheet' id='jnews-frontend-css' href='{site.base}/wp-content/themes/jnews/"
            f"assets/dist/frontend.min.css' media='all'>\n{extra}</head>\n")


def _header(site: s.Site) -> str:
    o = site.outlet
    menu = "".join(f'<li class="menu-item"><a href="{site.base}/category/{k}/">{e(v)}</a></li>'
                   for k, v in o.sections.items())
    return (
        '<div class="jeg_viewport">\n<div class="jeg_header_wrapper"><div class="jeg_header normal">\n'
        '<div class="jeg_topbar jeg_container jeg_navbar_wrapper dark"><div class="container">'
        '<div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow">'
        f'<div class="jeg_nav_item jeg_top_date">{s.today_bar_en()}</div></div>'
        '<div class="jeg_nav_col jeg_nav_right"><div class="jeg_nav_item jeg_top_weather">'
        '<div class="jeg_weather_condition"><span class="jeg_weather_icon">'
        '<i class="jegicon jegicon-cloudy-day"></i></span></div>'
        f'<div class="jeg_weather_temp"><span class="jeg_weather_value" data-temp-c="{o.weather_temp}">'
        f'{o.weather_temp}</span><span class="jeg_weather_unit" data-unit="c">°C</span></div>'
        f'<div class="jeg_weather_location"><span>{e(o.weather_city)}</span></div></div>'
        '<div class="jeg_nav_item socials_widget jeg_social_icon_block nobg">'
        '<a href="https://www.facebook.com/kabarteluk" class="jeg_facebook">'
        '<i class="fa fa-facebook"></i></a>'
        '<a href="https://www.instagram.com/kabarteluk" class="jeg_instagram">'
        '<i class="fa fa-instagram"></i></a></div></div></div></div></div>\n'
        '<div class="jeg_midbar jeg_container normal"><div class="container"><div class="jeg_nav_row">'
        f'<div class="jeg_nav_item jeg_logo"><h1 class="site-title"><a href="{site.base}/">{e(o.name)}</a>'
        '</h1></div><div class="jeg_nav_item jeg_ad jeg_ad_top jnews_header_ads"><div class="ads-wrapper">'
        '<span class="ads-text">ADVERTISEMENT</span><a href="#" class="adlink ads_image">'
        f'<img src="{site.base}/wp-content/uploads/2024/01/iklan-728x90.jpg" alt="Iklan"></a></div></div>'
        '</div></div></div>\n'
        '<div class="jeg_bottombar jeg_navbar jeg_container">'
        '<div class="container"><nav class="jeg_nav_item">'
        f'<ul class="jeg_menu jeg_main_menu"><li class="menu-item"><a href="{site.base}/">Beranda</a></li>'
        f"{menu}</ul></nav></div></div>\n</div></div>\n")


def _post_item(site: s.Site, a: Article, excerpt: bool = True) -> str:
    url = site.article_url(a)
    body = (f'<div class="jeg_post_excerpt"><p>{e(s.teaser(a))}</p>'
            f'<a href="{url}" class="jeg_readmore">Baca selengkapnya</a></div>') if excerpt else ""
    return (f'<article class="jeg_post jeg_pl_lg_2 format-standard"><div class="jeg_thumb">'
            f'<a href="{url}"><div class="thumbnail-container"><img src="{site.base}/wp-content/uploads/'
            f'{a.published:%Y/%m}/{a.slug[:20]}-350x250.jpg" alt="{e(a.title)}"></div></a></div>'
            f'<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{url}">{e(a.title)}</a>'
            f'</h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{url}">'
            f'<i class="fa fa-clock-o"></i> {s.day_month_year(a.published)}</a></div></div>{body}'
            "</div></article>\n")


def _sidebar(site: s.Site) -> str:
    o = site.outlet
    widgets = "".join(
        f'<div class="widget {cls}"><div class="jeg_block_heading jeg_block_heading_6">'
        f'<h3 class="jeg_block_title"><span>{heading}</span></h3></div>'
        f'<ul class="popularpost_list">{s.link_items(site, items)}</ul></div>\n'
        for cls, (heading, items) in zip(("widget_jnews_popular", "widget_jnews_module_block_21"),
                                         s.sidebars(site), strict=True))
    return ('<div class="jeg_sidebar left jeg_sticky_sidebar col-md-4"><div class="theiaStickySidebar">\n'
            + widgets
            + '<div class="widget widget_text"><div class="textwidget"><p>Ikuti saluran WhatsApp '
            f'{e(o.name)} untuk kabar tercepat dari {e(o.province)}: '
            '<a href="https://whatsapp.com/channel/0029VaDemoKabarTeluk">Gabung sekarang'
            '</a></p></div></div>\n'
            '<div class="widget widget_jnews_ads">'
            '<div class="jeg_ad jeg_ad_sidebar"><div class="ads-wrapper">'
            '<span class="ads-text">ADVERTISEMENT</span><a href="#"><img src="'
            f'{site.base}/wp-content/uploads/2024/01/iklan-300x600.jpg" alt=""></a></div></div></div>\n'
            "</div></div>\n")


def _footer(site: s.Site) -> str:
    return ('<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 dark">'
            '<div class="container">'
            f'<div class="jeg_footer_content"><p>Kabar terkini dari tanah {e(site.outlet.province)}.</p>'
            f'<ul><li><a href="{site.base}/redaksi/">Redaksi</a></li>'
            f'<li><a href="{site.base}/pedoman-media-siber/">Pedoman Media Siber</a></li></ul></div>'
            f'<div class="jeg_footer_bottom"><p class="copyright">© 2024 {e(site.outlet.name)}. '
            "Hak Cipta Dilindungi Undang-Undang.</p></div></div></div></div>\n</div>\n")


def _page(site: s.Site, head: str, main: str, body_class: str) -> str:
    return (f'{head}<body class="{body_class} jnews jsc_normal">\n{_header(site)}'
            '<div class="jeg_main"><div class="jeg_container">'
            '<div class="jeg_content"><div class="container">'
            f'<div class="row"><div class="jeg_main_content col-md-8">\n{main}</div>\n{_sidebar(site)}'
            f"</div></div></div></div></div>\n{_footer(site)}</body>\n</html>\n")


def _inline_related(site: s.Site, a: Article) -> str:
    posts = "".join(
        f'<article class="jeg_post jeg_pl_md_box"><div class="jeg_postblock_content">'
        f'<h3 class="jeg_post_title"><a href="{site.article_url(r)}">{e(r.title)}</a></h3></div></article>'
        for r in a.related)
    return ('<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post">'
            '<div class="jeg_postblock_8 jeg_postblock jeg_module_hook jeg_pagination_nextprev jeg_col_2o3">'
            '<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title">'
            '<span>Baca Juga</span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap">'
            f'<div class="jeg_posts jeg_load_more_flag">{posts}</div></div></div></div></div></div>\n')


def _pagelinks(urls: list[str], current: int) -> str:
    parts = ['<div class="jeg_pagelinks"><span class="page-link-title">Halaman:</span> ']
    if current > 0:
        parts.append(f'<a href="{urls[current - 1]}" class="post-page-numbers prev">Sebelumnya</a> ')
    for i, url in enumerate(urls):
        parts.append(f'<span class="post-page-numbers current">{i + 1}</span> ' if i == current
                     else f'<a href="{url}" class="post-page-numbers">{i + 1}</a> ')
    if current < len(urls) - 1:
        parts.append(f'<a href="{urls[current + 1]}" class="post-page-numbers next">Selanjutnya</a>')
    return "".join(parts) + "</div>\n"


def _article_page(site: s.Site, a: Article, page: int) -> str:
    o = site.outlet
    urls = site.page_urls(a)
    paras = a.page_paragraphs()[page]
    author_url = f"{site.base}/author/{s.slugify(a.authors[0])}/"
    extra = f'<meta name="description" content="{e(s.teaser(a))}">\n'
    extra += ('<meta property="og:type" content="article">\n'
              f'<meta property="og:title" content="{e(a.title)}">\n')
    if a.jsonld:
        extra += (f'<meta property="article:published_time" content="{s.iso(a.published)}">\n'
                  f"{s.news_article_jsonld(site, a)}\n")
    body: list[str] = []
    for i, text in enumerate(paras):
        if page == 0 and i == 0:
            body.append(f"<p><strong>{e(a.dateline)}</strong> – {e(text)}</p>\n")
        else:
            body.append(f"<p>{e(text)}</p>\n")
        if i == 0:
            body.append(
                '<div class="jeg_ad jeg_ad_article jnews_content_inline_ads">'
                '<div class="ads-wrapper align-center">'
                '<span class="ads-text">ADVERTISEMENT</span><a href="#" class="adlink ads_image">'
                f'<img src="{site.base}/wp-content/uploads/2024/01/iklan-300x250.jpg" alt="">'
                '</a></div></div>\n')
        if page == 0 and i == max(1, len(paras) // 2):
            body.append(_inline_related(site, a))
    if page == a.pages - 1:
        body.append(f'<p><strong>Ikuti berita terkini {e(o.name)} di <a href="https://news.google.com/'
                    'publications/CAAqDemoKabarTeluk">Google News</a></strong></p>\n')
    if a.pages > 1:
        body.append(_pagelinks(urls, page))
    tags = "".join(f'<a href="{site.base}/tag/{t}/" rel="tag">{e(t)}</a>' for t in a.tags)
    section_url = f"{site.base}/category/{a.section}/"
    same_section = [x for x in site.articles if x.section == a.section and x is not a][:3]
    main = (
        '<div class="jeg_inner_content">\n<div class="jeg_breadcrumbs jeg_breadcrumb_container">'
        f'<div id="breadcrumbs"><span><a href="{site.base}/">Home'
        '</a></span> <i class="fa fa-angle-right"></i> '
        f'<span><a href="{section_url}">{e(o.sections[a.section])}</a></span></div></div>\n'
        f'<div class="entry-header"><h1 class="jeg_post_title">{e(a.title)}</h1>\n'
        '<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left">'
        f'<div class="jeg_meta_author"><span class="meta_text">Oleh</span> <a href="{author_url}">'
        f'{e(a.authors[0])}</a></div><div class="jeg_meta_date"><a href="{urls[0]}">'
        f"{s.day_month_year(a.published)}</a></div>"
        f'<div class="jeg_meta_category"><span><span class="meta_text">dalam</span> <a href="{section_url}" '
        f'rel="category tag">{e(o.sections[a.section])}</a></span></div></div></div></div></div>\n'
        '<div class="jeg_share_top_container"><div class="jeg_share_button clearfix">'
        '<div class="jeg_share_stats"><div class="jeg_share_count"><div class="counts">48</div>'
        '<span class="sharetext">SHARES</span></div></div><div class="jeg_sharelist">'
        f'<a href="https://www.facebook.com/sharer.php?u={urls[0]}" class="jeg_btn-facebook expanded">'
        '<i class="fa fa-facebook-official"></i><span>Share on Facebook</span></a>'
        f'<a href="https://twitter.com/intent/tweet?url={urls[0]}" class="jeg_btn-twitter expanded">'
        '<i class="fa fa-twitter"></i><span>Share on Twitter</span></a>'
        f'<a href="https://api.whatsapp.com/send?text={urls[0]}" class="jeg_btn-whatsapp">'
        '<i class="fa fa-whatsapp"></i></a></div></div></div>\n'
        '<div class="jeg_featured featured_image"><a href="#"><div class="thumbnail-container">'
        f'<img src="{site.base}/wp-content/uploads/{a.published:%Y/%m}/{a.slug[:20]}.jpg" '
        f'alt="{e(a.caption)}">'
        f'</div></a><p class="wp-caption-text">{e(a.caption)} (Foto: {e(a.authors[0])}/{e(o.brand)})'
        '</p></div>\n'
        '<div class="entry-content no-share"><div class="content-inner ">\n'
        f'{"".join(body)}</div>\n<div class="jeg_post_tags"><span>Tags:</span> {tags}</div>\n</div>\n'
        '<div class="jeg_share_bottom_container"></div>\n'
        '<div class="jnews_author_box_container"><div class="jeg_authorbox"><div class="jeg_author_content">'
        f'<h3 class="jeg_author_name"><a href="{author_url}">{e(a.authors[0])}</a></h3>'
        f'<p class="jeg_author_desc">Jurnalis {e(o.name)} yang meliput {e(o.province)}.'
        '</p></div></div></div>\n'
        '<div class="jnews_related_post_container"><div class="jeg_postblock jeg_postblock_22">'
        '<div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Berita Terkait</span></h3></div>'
        f'<div class="jeg_posts">{"".join(_post_item(site, x, excerpt=False) for x in same_section)}</div>'
        '</div></div>\n<div class="jnews_comment_container"><div id="respond" class="comment-respond">'
        '<h3 id="reply-title" class="comment-reply-title">Tinggalkan Balasan</h3><p>Alamat email Anda tidak '
        "akan dipublikasikan.</p></div></div>\n</div>\n")
    head = _head(site, a.title, urls[page], extra)
    return _page(site, head, main, "wp-singular post-template-default single single-post")


def _listing(site: s.Site, title: str, items: list[Article], path: str, page_path: str) -> None:
    """A paginated archive: ``path`` then ``page_path.format(n)`` for pages 2..N."""
    pages = s.paginate(items, PER_PAGE)
    for n, chunk in enumerate(pages, start=1):
        here = path if n == 1 else page_path.format(n)
        nav = ['<div class="jeg_navigation jeg_pagination jeg_pagenav_1 jeg_aligncenter no_navtext">']
        for m in range(1, len(pages) + 1):
            link = site.base + (path if m == 1 else page_path.format(m))
            nav.append(f'<span class="page_number active">{m}</span>' if m == n
                       else f'<a class="page_number" href="{link}">{m}</a>')
        if n < len(pages):
            nav.append(f'<a class="page_nav next" href="{site.base}{page_path.format(n + 1)}">'
                       '<span class="navtext">Selanjutnya</span></a>')
        nav.append("</div>")
        main = (f'<div class="jeg_archive_header"><h1 class="jeg_archive_title">{e(title)}</h1></div>\n'
                '<div class="jnews_archive_content_wrapper"><div class="jeg_postblock_5 jeg_postblock">'
                f'<div class="jeg_posts jeg_load_more_flag">{"".join(_post_item(site, a) for a in chunk)}'
                f'</div></div>{"".join(nav)}</div>\n')
        head = _head(site, title if n == 1 else f"{title} - Halaman {n}", site.base + here,
                     '<script type="application/ld+json">{"@context":"https://schema.org",'
                     '"@type":"CollectionPage"}</script>\n')
        site.add(here, _page(site, head, main, "archive category"))


def build(o: Outlet, base: str, articles: list[Article]) -> s.Site:
    site = s.Site(o, base, articles, lambda a: _url(base, a), "{url}{n}/")
    newest = s.latest(articles, len(articles))
    for a in articles:
        for page, url in enumerate(site.page_urls(a)):
            site.add(url[len(base):], _article_page(site, a, page))
    _listing(site, o.name, newest, "/", "/page/{}/")
    for kind, key, label, items in s.archives(site):
        path = f"/{ARCHIVES[kind][0]}/{key}/"
        _listing(site, ARCHIVES[kind][1].format(label), items, path, path + "page/{}/")
    site.add("/robots.txt", s.robots(base, "/sitemap_index.xml", ["/wp-admin/", "/?s=", "/search/"]),
             s.TEXT)
    last = newest[0].published
    site.add("/sitemap_index.xml", s.sitemap_index([
        (f"{base}/post-sitemap.xml.gz", last), (f"{base}/category-sitemap.xml", last)]), s.XML)
    site.add("/post-sitemap.xml.gz", s.article_sitemap(site, newest), s.GZIP)
    site.add("/category-sitemap.xml", s.urlset([(f"{base}/category/{k}/", last) for k in o.sections]), s.XML)
    site.add("/feed/", s.rss(site, base + "/", newest[:15]), s.RSS)
    return site
