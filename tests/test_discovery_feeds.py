"""Sitemaps, robots.txt, Google News sitemaps, RSS/Atom and the WP REST API, parsed without a crawl."""

import gzip
import json
from datetime import date

from newscrawl.discovery import Context, Window, news_sitemap, robots, rss, sitemap, wp_json
from newscrawl.discovery.safety import UrlPolicy

HOME = "https://outlet.example/"
MAY = Window(date(2024, 5, 3), date(2024, 5, 7))
OPEN = Window()


def ctx(window: Window = OPEN, **kw) -> Context:
    return Context(home=HOME, window=window, **kw)


def urlset(*entries: tuple[str, str]) -> bytes:
    body = "".join(f"<url><loc>{loc}</loc><lastmod>{d}</lastmod></url>" for loc, d in entries)
    return (
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'
    ).encode()


def index(*children: tuple[str, str]) -> bytes:
    body = "".join(f"<sitemap><loc>{loc}</loc><lastmod>{d}</lastmod></sitemap>" for loc, d in children)
    return (
        f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}'
        "</sitemapindex>"
    ).encode()


def test_robots_sitemap_lines_become_sitemap_documents():
    body = (
        b"User-agent: *\nDisallow: /wp-admin/\nSitemap: https://outlet.example/sitemap_index.xml\n"
        b"sitemap:/news-sitemap.xml\nSitemap: https://outlet.example/page-sitemap.xml\n"
    )
    out = robots.parse(HOME + "robots.txt", body, ctx())
    assert [(f.url, f.kind) for f in out.follow] == [
        ("https://outlet.example/sitemap_index.xml", "sitemap"),
        ("https://outlet.example/news-sitemap.xml", "sitemap"),
    ]


def test_sitemap_index_skips_children_older_than_since_and_non_post_children():
    body = index(
        (HOME + "post-sitemap1.xml", "2024-04-30T10:00:00+07:00"),
        (HOME + "post-sitemap2.xml", "2024-05-06T10:00:00+07:00"),
        (HOME + "page-sitemap.xml", "2024-05-06"),
        (HOME + "category-sitemap.xml", "2024-05-06"),
        (HOME + "sitemap/2024/05/01.xml", "2024-05-09"),
        (HOME + "sitemap/2024/05/04.xml", "2024-05-09"),
    )
    out = sitemap.parse(HOME + "sitemap_index.xml", body, ctx(MAY))
    assert [f.url for f in out.follow] == [HOME + "post-sitemap2.xml", HOME + "sitemap/2024/05/04.xml"]
    assert out.skipped == 4


def test_gzipped_urlset_keeps_only_urls_in_the_window():
    body = gzip.compress(
        urlset(
            (HOME + "a/one", "2024-05-02T23:00:00+07:00"),
            (HOME + "a/two", "2024-05-03"),
            (HOME + "a/three", "2024-05-07T23:59:00+07:00"),
            (HOME + "a/four", "2024-05-08"),
        )
    )
    out = sitemap.parse(HOME + "post-sitemap1.xml.gz", body, ctx(MAY))
    assert [f.url for f in out.found] == [HOME + "a/two", HOME + "a/three"]
    assert out.skipped == 2 and out.oldest.isoformat().startswith("2024-05-02")


def test_lastmod_in_utc_is_judged_on_the_outlets_calendar_day():
    # 2024-05-02T18:00Z is 2024-05-03 01:00 WIB: inside a window starting on the 3rd
    out = sitemap.parse(HOME + "s.xml", urlset((HOME + "a/late", "2024-05-02T18:00:00Z")), ctx(MAY))
    assert [f.url for f in out.found] == [HOME + "a/late"]


def test_date_in_the_url_beats_a_later_lastmod():
    body = urlset(
        (HOME + "2024/04/20/old-story", "2024-05-05"), (HOME + "2024/05/05/new-story", "2024-05-05")
    )
    out = sitemap.parse(HOME + "s.xml", body, ctx(MAY))
    assert [f.url for f in out.found] == [HOME + "2024/05/05/new-story"]


def test_news_sitemap_uses_publication_date():
    body = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://outlet.example/a/b</loc>'
        b"<lastmod>2024-05-05</lastmod><news:news><news:publication_date>2024-05-01T09:00:00+07:00"
        b"</news:publication_date></news:news></url></urlset>"
    )
    out = news_sitemap.parse(HOME + "sitemap-news.xml", body, ctx(MAY))
    assert out.found == [] and out.oldest.isoformat() == "2024-05-01T09:00:00+07:00"
    assert news_sitemap.start({}, ctx())[0].url == HOME + "sitemap-news.xml"


def test_sitemap_lastmod_travels_apart_from_the_publication_date():
    body = urlset(
        (HOME + "2024/05/04/banjir-surut", "2024-05-06T10:30:00+07:00"), (HOME + "a/undated", "2024-05-05")
    )
    found = {f.url: f for f in sitemap.parse(HOME + "s.xml", body, ctx(MAY)).found}
    dated = found[HOME + "2024/05/04/banjir-surut"]
    assert dated.when == date(2024, 5, 4)  # the URL's publication day places it in the window
    assert dated.lastmod.isoformat() == "2024-05-06T10:30:00+07:00"  # the change an incremental crawl sees
    assert found[HOME + "a/undated"].lastmod == date(2024, 5, 5)


def test_news_sitemap_entry_keeps_publication_date_and_lastmod_apart():
    body = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://outlet.example/a/b</loc>'
        b"<lastmod>2024-05-06T11:00:00+07:00</lastmod><news:news><news:publication_date>2024-05-04T09:00:00+07:00"
        b"</news:publication_date></news:news></url><url><loc>https://outlet.example/a/c</loc><news:news>"
        b"<news:publication_date>2024-05-04T10:00:00+07:00</news:publication_date></news:news></url></urlset>"
    )
    found = news_sitemap.parse(HOME + "sitemap-news.xml", body, ctx(MAY)).found
    assert [(f.when.isoformat(), f.lastmod and f.lastmod.isoformat()) for f in found] == [
        ("2024-05-04T09:00:00+07:00", "2024-05-06T11:00:00+07:00"),
        ("2024-05-04T10:00:00+07:00", None),  # no <lastmod>: the publication date is not one
    ]


def test_sitemap_profile_pattern_filters_non_articles():
    import re

    body = urlset((HOME + "berita/123/banjir", "2024-05-05"), (HOME + "tag/banjir", "2024-05-05"))
    out = sitemap.parse(HOME + "s.xml", body, ctx(MAY, article_url=re.compile(r"/berita/\d+/")))
    assert [f.url for f in out.found] == [HOME + "berita/123/banjir"]


def test_rss_and_atom_items_with_dates_and_window():
    rss_body = b"""<?xml version="1.0"?><rss version="2.0"><channel>
      <item><title>a</title><link>https://outlet.example/a-one</link>
        <pubDate>Sun, 05 May 2024 08:00:00 +0700</pubDate></item>
      <item><title>b</title><guid>https://outlet.example/b-two</guid>
        <pubDate>Wed, 01 May 2024 08:00:00 +0700</pubDate></item>
    </channel></rss>"""
    out = rss.parse(HOME + "feed/", rss_body, ctx(MAY))
    assert [f.url for f in out.found] == [HOME + "a-one"] and out.skipped == 1
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
      <entry><link rel="replies" href="https://outlet.example/c#comments"/><link rel="alternate" href="https://outlet.example/c-three"/>
      <published>2024-05-04T08:00:00+07:00</published></entry></feed>"""
    assert [f.url for f in rss.parse(HOME + "atom", atom, ctx(MAY)).found] == [HOME + "c-three"]


def test_feed_items_carry_a_lastmod_only_when_they_say_when_they_changed():
    rss_body = b"""<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"
      xmlns:dc="http://purl.org/dc/terms/"><channel>
      <item><link>https://outlet.example/plain</link><pubDate>Sun, 05 May 2024 08:00:00 +0700</pubDate></item>
      <item><link>https://outlet.example/atom-updated</link><pubDate>Sun, 05 May 2024 08:00:00 +0700</pubDate>
        <atom:updated>2024-05-06T09:15:00+07:00</atom:updated></item>
      <item><link>https://outlet.example/dc-modified</link><pubDate>Sun, 05 May 2024 08:00:00 +0700</pubDate>
        <dc:modified>2024-05-06T02:00:00Z</dc:modified></item>
    </channel></rss>"""
    found = rss.parse(HOME + "feed/", rss_body, ctx(MAY)).found
    got = [(f.url.rsplit("/", 1)[1], f.when.isoformat(), f.lastmod and f.lastmod.isoformat()) for f in found]
    assert got == [
        ("plain", "2024-05-05T08:00:00+07:00", None),  # pubDate is the publication, not a change
        ("atom-updated", "2024-05-05T08:00:00+07:00", "2024-05-06T09:15:00+07:00"),
        ("dc-modified", "2024-05-05T08:00:00+07:00", "2024-05-06T02:00:00+00:00"),
    ]
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
      <updated>2024-05-07T00:00:00+07:00</updated>
      <entry><link href="https://outlet.example/entry"/><published>2024-05-04T08:00:00+07:00</published>
        <updated>2024-05-05T12:00:00+07:00</updated></entry></feed>"""
    (entry,) = rss.parse(HOME + "atom", atom, ctx(MAY)).found
    assert entry.when.isoformat() == "2024-05-04T08:00:00+07:00"
    assert entry.lastmod.isoformat() == "2024-05-05T12:00:00+07:00"  # the entry's, not the feed's


def test_rss_pages_on_until_the_feed_reaches_since():
    item = (
        "<item><link>https://outlet.example/{0}</link><pubDate>{1} May 2024 08:00:00 +0700</pubDate></item>"
    )
    page1 = f"<rss><channel>{item.format('x', 'Mon, 06')}</channel></rss>".encode()
    page2 = f"<rss><channel>{item.format('y', 'Thu, 02')}</channel></rss>".encode()
    start = rss.start({"url": "/feed/", "max_pages": 5}, ctx(MAY))[0]
    first = rss.parse(start.url, page1, ctx(MAY), start.state)
    assert [f.url for f in first.follow] == [HOME + "feed/?paged=2"]
    second = rss.parse(first.follow[0].url, page2, ctx(MAY), first.follow[0].state)
    assert second.follow == []


def test_wp_json_sends_window_and_follows_total_pages():
    first = wp_json.start({}, ctx(MAY))[0]
    assert "after=2024-05-03T00%3A00%3A00" in first.url and "before=2024-05-07T23%3A59%3A59" in first.url
    posts = [
        {"link": HOME + "2024/05/06/a", "date": "2024-05-06T10:00:00"},
        {"link": HOME + "ignored-params", "date": "2024-04-01T10:00:00"},
    ]
    out = wp_json.parse(
        first.url, json.dumps(posts).encode(), ctx(MAY), first.state, {"X-WP-TotalPages": "3"}
    )
    assert [f.url for f in out.found] == [HOME + "2024/05/06/a"] and out.skipped == 1
    assert "page=2" in out.follow[0].url and out.follow[0].state["page"] == 2
    last = wp_json.parse(
        out.follow[0].url, b"[]", ctx(MAY), {**first.state, "page": 3}, {"X-WP-TotalPages": "3"}
    )
    assert last.follow == []


def test_wp_json_lastmod_is_modified_gmt_read_as_utc():
    first = wp_json.start({}, ctx(MAY))[0]
    assert "modified_gmt" in first.url  # asked for in _fields, or WordPress leaves it out
    posts = [
        {"link": HOME + "berita/a", "date": "2024-05-05T10:00:00", "modified": "2024-05-06T09:00:00",
         "modified_gmt": "2024-05-06T02:00:00"},
        {"link": HOME + "berita/b", "date": "2024-05-05T11:00:00", "modified": "2024-05-06T09:00:00"},
        {"link": HOME + "berita/c", "date": "2024-05-05T12:00:00"},
    ]
    found = wp_json.parse(first.url, json.dumps(posts).encode(), ctx(MAY), first.state).found
    assert [f.lastmod and f.lastmod.isoformat() for f in found] == [
        "2024-05-06T02:00:00+00:00",
        "2024-05-06T09:00:00+07:00",  # no modified_gmt: the site-local modified in the outlet's zone
        None,
    ]
    assert found[0].when.isoformat() == "2024-05-05T10:00:00+07:00"


def test_wp_json_error_bodies_are_empty_not_fatal():
    for body in (b'{"code":"rest_no_route"}', b"<html>blocked</html>", b"\xff\xfe"):
        assert wp_json.parse(HOME + "wp-json/wp/v2/posts", body, ctx(), {}).found == []


def test_xml_entities_are_not_expanded_nor_files_read():
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://outlet.example/&x;</loc>'
        b"</url></urlset>"
    )
    out = sitemap.parse(HOME + "s.xml", xxe, ctx())
    assert all("root:" not in f.url for f in out.found)
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>'
        b"<rss><channel><item><link>https://outlet.example/&d;</link></item></channel></rss>"
    )
    out = rss.parse(HOME + "feed", laughs, ctx())
    assert all(len(f.url) < 200 for f in out.found)


def test_private_and_non_http_urls_are_not_followed():
    body = index(
        ("http://169.254.169.254/latest/meta-data", "2024-05-05"),
        ("file:///etc/passwd", "2024-05-05"),
        ("http://localhost:6379/x.xml", "2024-05-05"),
        ("https://outlet.example/post-sitemap.xml", "2024-05-05"),
    )
    out = sitemap.parse(HOME + "s.xml", body, ctx())
    assert [f.url for f in out.follow] == [HOME + "post-sitemap.xml"] and out.skipped == 3
    local = Context(home="http://127.0.0.1:8801/", policy=UrlPolicy(own_hosts=frozenset({"127.0.0.1:8801"})))
    assert local.absolute("/a", "http://127.0.0.1:8801/") == "http://127.0.0.1:8801/a"
    assert local.absolute("http://127.0.0.1:9999/a", "http://127.0.0.1:8801/") is None
    assert Context(home=HOME, policy=UrlPolicy(allow_private=True)).absolute("http://10.0.0.1/a", HOME)


def test_gzip_bomb_is_refused():
    bomb = gzip.compress(b"<urlset>" + b" " * (60 * 1024 * 1024) + b"</urlset>")
    assert sitemap.parse(HOME + "s.xml.gz", bomb, ctx()).found == []
