"""The news spider against local outlets: each discovery mechanism, the since/until window, multi-page
articles, non-article pages, an outlet without a profile crawled by URL, and bad arguments."""

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from mockserver import Article, Outlet

pytestmark = pytest.mark.slow

SINCE, UNTIL = date(2024, 5, 3), date(2024, 5, 7)
WINDOW = {"since": SINCE.isoformat(), "until": UNTIL.isoformat()}


def articles() -> list[Article]:
    """Two articles a day from 26 April to 14 May, one of them in three pages."""
    out = []
    day = date(2024, 4, 26)
    while day <= date(2024, 5, 14):
        out.append(Article(day, f"banjir-melanda-desa-hari-{day:%d%m}"))
        out.append(
            Article(day, f"rapat-anggaran-daerah-hari-{day:%d%m}", pages=3 if day == date(2024, 5, 5) else 1)
        )
        day += timedelta(days=1)
    return out


def in_window(arts: list[Article]) -> set[str]:
    return {a.path for a in arts if SINCE <= a.day <= UNTIL}


def paths(result) -> list[str]:
    return [urlsplit(i["url"]).path for i in result.items if not i.get("error")]


def fetched_articles(srv) -> set[str]:
    return {r.split("?")[0] for r in srv.requests if r.startswith("/berita/")}


def outlet_server(serve, mechanisms: set[str], arts=None, per_listing_page: int = 3):
    srv = serve()
    outlet = Outlet(
        arts or articles(), mechanisms=mechanisms, base=srv.base, per_listing_page=per_listing_page
    )
    srv.routes.update(outlet.routes())
    return srv, outlet


def profile_dir(tmp_path: Path, srv, key: str, discovery: str, extra: str = "") -> Path:
    d = tmp_path / "profiles"
    d.mkdir(exist_ok=True)
    (d / f"{key}.toml").write_text(
        f'name = "Kabar Lokal"\ndomains = ["127.0.0.1:{srv.port}"]\nprovince = "Kalimantan Tengah"\n'
        f'home = "{srv.base}/"\n{extra}\n{discovery}\n',
        encoding="utf-8",
    )
    return d


def assert_window_exactly(result, srv, arts):
    got = paths(result)
    assert sorted(got) == sorted(in_window(arts)), result.log[-2000:]
    assert len(got) == len(set(got))
    outside = {a.path for a in arts} - in_window(arts)
    assert not (fetched_articles(srv) & outside), "an article outside the window was fetched"


def test_unknown_outlet_by_url_via_robots_sitemaps(serve, crawl):
    srv, outlet = outlet_server(serve, {"robots", "rss", "listing"})
    result = crawl("news", url=srv.base + "/", **WINDOW)
    assert result.returncode == 0 and result.error is None
    assert_window_exactly(result, srv, outlet.articles)
    assert not any(p.startswith(("/tag/", "/author/", "/category/")) for p in paths(result))
    assert result.stats["discovery/sitemap/urls"] == len(in_window(outlet.articles))
    # April's gzipped child is never fetched: its lastmod is before since
    assert (
        "/post-sitemap-2024-04.xml.gz" not in srv.requests and "/post-sitemap-2024-05.xml.gz" in srv.requests
    )
    merged = next(i for i in result.items if i["url"].endswith("rapat-anggaran-daerah-hari-0505"))
    assert [u.rsplit("/", 1)[1] for u in merged["extra_pages"]] == ["2", "3"]
    # each article carries its sitemap <lastmod> (the incremental state compares it on the next run)
    days = {a.path: a.day.isoformat() for a in outlet.articles}
    pages = [i for i in result.items if not i.get("error")]
    assert pages and all(i["meta"]["lastmod"] == days[urlsplit(i["url"]).path] for i in pages)


def test_unknown_outlet_by_url_via_feed_autodiscovery(serve, crawl):
    srv, outlet = outlet_server(serve, {"rss", "listing"})
    result = crawl("news", url=srv.base + "/", **WINDOW)
    assert_window_exactly(result, srv, outlet.articles)
    assert result.stats["discovery/rss/urls"] == len(in_window(outlet.articles))
    assert "/feed/" in srv.requests
    assert {i["meta"]["lastmod"] for i in result.items if not i.get("error")} == {None}  # pubDate: no lastmod


def test_unknown_outlet_by_url_via_home_listing_and_pagination(serve, crawl):
    srv, outlet = outlet_server(serve, {"listing"})
    result = crawl("news", url=srv.base + "/", **WINDOW)
    assert_window_exactly(result, srv, outlet.articles)
    assert "/page/2/" in srv.requests
    # listings are newest first: paging stops once a page is older than since
    last_page = -(-len(outlet.articles) // 3)
    assert f"/page/{last_page}/" not in srv.requests
    assert not any(p.startswith(("/tag/", "/author/", "/category/", "/page/")) for p in paths(result))


def test_wp_json_profile_from_a_user_profile_folder(serve, crawl, tmp_path):
    srv, outlet = outlet_server(serve, {"wp_json"})
    d = profile_dir(tmp_path, srv, "kabar_lokal", '[[discovery]]\ntype = "wp_json"\n')
    result = crawl("news", sites="kabar_lokal", settings={"NEWSCRAWL_PROFILES": str(d)}, **WINDOW)
    assert_window_exactly(result, srv, outlet.articles)
    assert result.stats["discovery/wp_json/documents"] >= 3  # 2 posts a page, paged via X-WP-TotalPages
    assert {i["site"] for i in result.items} == {"kabar_lokal"}


def test_archive_profile_walks_the_days_of_the_window(serve, crawl, tmp_path):
    srv, outlet = outlet_server(serve, {"archive"})
    d = profile_dir(
        tmp_path, srv, "kabar_arsip", '[[discovery]]\ntype = "archive"\nurl = "/indeks?date={date}"\n'
    )
    result = crawl("news", sites="kabar_arsip", settings={"NEWSCRAWL_PROFILES": str(d)}, **WINDOW)
    assert_window_exactly(result, srv, outlet.articles)
    assert sum(r.startswith("/indeks?date=") for r in srv.requests) == 5


def test_news_sitemap_falls_back_to_the_full_sitemap_when_it_misses_since(serve, crawl, tmp_path):
    srv, outlet = outlet_server(serve, {"news_sitemap", "sitemap"})
    disc = '[[discovery]]\ntype = "news_sitemap"\n\n'
    disc += '[[discovery]]\ntype = "sitemap"\nurl = "/sitemap_index.xml"\n'
    d = profile_dir(tmp_path, srv, "kabar_news", disc)
    # the news sitemap lists the three newest articles (14 and 13 May): none in the window
    result = crawl("news", sites="kabar_news", settings={"NEWSCRAWL_PROFILES": str(d)}, **WINDOW)
    assert_window_exactly(result, srv, outlet.articles)
    assert "/sitemap-news.xml" in srv.requests and "/sitemap_index.xml" in srv.requests


def test_single_page_view_is_fetched_instead_of_the_pages(serve, crawl):
    arts = [
        Article(date(2024, 5, 5), "sidang-paripurna-dewan-kota", pages=4, single_view=True),
        Article(date(2024, 5, 4), "panen-raya-padi-di-kapuas"),
    ]
    srv, _ = outlet_server(serve, {"robots"}, arts)
    result = crawl("news", url=srv.base + "/", **WINDOW)
    multi = next(i for i in result.items if "sidang" in i["url"])
    assert multi["url"].endswith("?page=all") and multi["extra_pages"] == []
    assert multi["meta"]["pages"] == 4  # counted on page 1's pager, for the record's `pages`
    assert multi["meta"]["lastmod"] == "2024-05-05"  # the listed page's lastmod, kept for the single view
    assert not any(r.endswith(("/2", "/3", "/4")) for r in srv.requests)
    assert len(result.items) == 2 and result.stats["multipage/single_view"] == 1


def test_non_article_pages_listed_in_a_sitemap_are_dropped_and_counted(serve, crawl, tmp_path):
    from newscrawl import settings as project
    from newscrawl.inputs import iter_jsonl

    srv, outlet = outlet_server(serve, {"robots"}, [Article(date(2024, 5, 5), "panen-raya-padi-di-kapuas")])
    from mockserver import HTML, XML, _urlset

    gallery = b'<html><body><h1>Galeri</h1><img src="/a.jpg"><p>Foto: Ani</p></body></html>'
    srv.routes["/galeri-foto-panen-raya-kapuas"] = (200, HTML, gallery)
    srv.routes["/post-sitemap-2024-05.xml.gz"] = (
        200,
        XML,
        _urlset(
            [
                (srv.base + "/berita/2024/05/05/panen-raya-padi-di-kapuas", "2024-05-05"),
                (srv.base + "/galeri-foto-panen-raya-kapuas", "2024-05-05"),
                (srv.base + "/tag/banjir/", "2024-05-05"),
            ]
        ),
    )
    # The page's shape is judged in extraction (off the crawl), so this runs the project's pipelines.
    result = crawl("news", url=srv.base + "/", settings={"ITEM_PIPELINES": project.ITEM_PIPELINES}, **WINDOW)
    assert paths(result) == ["/berita/2024/05/05/panen-raya-padi-di-kapuas"]
    assert result.stats["dropped/not_article"] == 1  # the gallery; the tag page was never fetched
    assert "/tag/banjir/" not in srv.requests
    rejects = [rec for f in (tmp_path / "data" / "rejects").glob("*.jsonl") for _, rec in iter_jsonl(f)]
    assert [(urlsplit(r["url"]).path, r["error"]) for r in rejects] == [
        ("/galeri-foto-panen-raya-kapuas", "not_article: no article text (gallery, video or listing)")]


def test_max_articles_caps_the_fetches(serve, crawl):
    srv, _ = outlet_server(serve, {"robots"})
    result = crawl("news", url=srv.base + "/", max_articles="3", **WINDOW)
    assert len(result.items) == 3 and len(fetched_articles(srv)) == 3


def test_retry_after_is_honoured_on_a_discovery_document(serve, crawl):
    srv, outlet = outlet_server(serve, {"robots"})
    index = srv.routes["/sitemap_index.xml"]
    calls = []

    def throttled(query: str):
        calls.append(query)
        return (429, {"Retry-After": "1"}, b"") if len(calls) == 1 else index

    srv.routes["/sitemap_index.xml"] = throttled
    result = crawl("news", url=srv.base + "/", **WINDOW)
    assert result.stats["retry_after/honoured"] == 1 and len(calls) == 2
    assert_window_exactly(result, srv, outlet.articles)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-a", "sites=no_such_outlet"], "unknown outlet 'no_such_outlet'"),
        (["-a", "sites=jubi", "-a", "since=2024-13-01"], "since='2024-13-01': not a date"),
        (["-a", "sites=jubi", "-a", "since=2024-05-07", "-a", "until=2024-05-03"], "is after"),
        (["-a", "sites=jubi", "-a", "max_articles=many"], "not a whole number"),
        ([], "give -a sites="),
    ],
)
def test_bad_arguments_stop_scrapy_crawl_with_a_message(args, message):
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "news", *args, "-s", "LOG_LEVEL=ERROR"],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0
    assert message in proc.stderr


def test_scrapy_list_shows_news_and_one_spider_per_outlet():
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "list"],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=60,
    )
    names = proc.stdout.split()
    assert {"news", "tribun_kalteng", "antara_papua", "jubi", "sr28jambinews"} <= set(names)


def test_url_crawl_through_the_full_pipeline_writes_one_record_per_window_article(serve, crawl, tmp_path):
    from newscrawl import settings as project
    from newscrawl.inputs import iter_jsonl

    srv, outlet = outlet_server(serve, {"listing"})
    result = crawl("news", url=srv.base + "/", settings={"ITEM_PIPELINES": project.ITEM_PIPELINES}, **WINDOW)
    assert result.returncode == 0, result.log[-2000:]
    files = sorted((tmp_path / "data" / "articles").glob("**/*.jsonl*"))
    records = [rec for f in files for _, rec in iter_jsonl(f)]
    urls = sorted(r["canonical_url"].replace(srv.base, "") for r in records)
    assert urls == sorted(in_window(outlet.articles))
    merged = next(r for r in records if r["canonical_url"].endswith("rapat-anggaran-daerah-hari-0505"))
    assert merged["pages"] == 3 and "Bagian 3" in merged["body"]
    assert merged["body"].count("Bagian 1, paragraf 0") == 1


def test_a_sitemap_with_nothing_in_the_window_still_counts_as_answering(serve, crawl, tmp_path):
    srv, outlet = outlet_server(serve, {"sitemap", "rss"})
    disc = '[[discovery]]\ntype = "sitemap"\nurl = "/sitemap_index.xml"\n\n[[discovery]]\ntype = "rss"\n'
    d = profile_dir(tmp_path, srv, "kabar_sepi", disc)
    result = crawl("news", sites="kabar_sepi", since="2024-06-01", until="2024-06-30",
                   settings={"NEWSCRAWL_PROFILES": str(d)})
    assert result.items == [] and result.stats["discovery/sitemap/urls"] == 0
    assert "/feed/" not in srv.requests and not fetched_articles(srv)


def test_articles_discovery_cannot_date_are_kept_to_the_window_by_their_page_date(serve, crawl):
    from mockserver import HTML, article_html, listing_html

    srv = serve()
    arts = [Article(date(2024, 5, d), f"kabar-desa-nomor-{d}") for d in (1, 4, 9)]
    undated = {f"/kabar-desa-terbaru-nomor-{a.day.day}": a for a in arts}  # no date in these paths
    for path, art in undated.items():
        srv.routes[path] = (200, HTML, article_html(art, 1, srv.base))
    home = listing_html([], None).replace(
        b"</body>", "".join(f'<h2><a href="{p}">x</a></h2>' for p in undated).encode() + b"</body>")
    srv.routes["/"] = (200, HTML, home)
    result = crawl("news", url=srv.base + "/", **WINDOW)
    assert paths(result) == ["/kabar-desa-terbaru-nomor-4"]
    assert result.stats["dropped/outside_window"] == 2


def test_query_paged_article_is_merged_in_order(serve, crawl):
    arts = [Article(date(2024, 5, 5), "musrenbang-kecamatan-tahun-ini", pages=3, paging="query")]
    srv, _ = outlet_server(serve, {"robots"}, arts)
    result = crawl("news", url=srv.base + "/", **WINDOW)
    (item,) = result.items
    assert [u.rsplit("/", 1)[1] for u in item["extra_pages"]] == [
        "musrenbang-kecamatan-tahun-ini?page=2", "musrenbang-kecamatan-tahun-ini?page=3"]
    assert result.stats["multipage/merged"] == 1
    base = "/berita/2024/05/05/musrenbang-kecamatan-tahun-ini"
    assert sorted(r for r in srv.requests if "musrenbang" in r) == [base, base + "?page=2", base + "?page=3"]


def test_broken_article_urls_are_counted_and_do_not_stop_the_crawl(serve, crawl):
    from mockserver import XML, _urlset

    srv, _ = outlet_server(serve, {"robots"}, [Article(date(2024, 5, 5), "panen-raya-padi-di-kapuas")])
    srv.routes["/post-sitemap-2024-05.xml.gz"] = (200, XML, _urlset([
        (srv.base + "/berita/2024/05/05/panen-raya-padi-di-kapuas", "2024-05-05"),
        (srv.base + "/_fault/reset", "2024-05-05"), (srv.base + "/_fault/redirect-loop", "2024-05-05"),
        (srv.base + "/hilang-tidak-ada-lagi", "2024-05-05")]))
    result = crawl("news", url=srv.base + "/", **WINDOW)
    assert result.returncode == 0 and paths(result) == ["/berita/2024/05/05/panen-raya-padi-di-kapuas"]
    # each failure is accounted for: an error record from the fetch guards, or the spider's own count
    errors = [i["error"] for i in result.items if i.get("error")]
    assert len(errors) + result.stats.get("dropped/fetch_failed", 0) == 3, errors
