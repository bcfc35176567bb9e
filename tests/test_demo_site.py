"""The offline demo: a deterministic generator, served outlets with every discovery path, true articles."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from collections import Counter
from datetime import datetime
from html import unescape
from xml.etree import ElementTree

import lxml.html
import pytest

from newscrawl.commands.demo import compare, demo_records
from newscrawl.commands.demo_server import start_server
from newscrawl.demo import DemoServer, boilerplate_markers, build_sites, truth
from newscrawl.demo.bank import OUTLETS
from newscrawl.demo.corpus import TODAY
from newscrawl.demo.profiles import FAMILY_PROFILES, write_profiles
from newscrawl.demo.site import long_id, short_id, today_bar_en, today_bar_id
from newscrawl.inputs import InputError
from newscrawl.sites import load_profiles, profile_for_url
from pipelines.record import dumps, new_record

BASES = {key: f"http://127.0.0.1:{9100 + i}" for i, key in enumerate(OUTLETS)}
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def sites():
    return build_sites(BASES)


@pytest.fixture(scope="module")
def server():
    with DemoServer() as srv:
        yield srv


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.headers["Content-Type"], resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read()


def page_text(html: bytes | str) -> str:
    """The visible text of a page, whitespace folded (what a reader of the page sees)."""
    tree = lxml.html.document_fromstring(html)
    for el in tree.xpath("//script|//style"):
        el.drop_tree()
    return " ".join(tree.text_content().split())


def test_generator_is_deterministic(sites):
    again = build_sites(BASES)
    for key, site in sites.items():
        assert site.resources.keys() == again[key].resources.keys()
        assert all(site.resources[p].body == again[key].resources[p].body for p in site.resources)
        assert truth(site) == truth(again[key])


DIGEST = """
import hashlib, sys
from newscrawl.demo import build_sites
sites = build_sites(dict(arg.split("=", 1) for arg in sys.argv[1:]))
h = hashlib.sha256()
for key in sorted(sites):
    for path in sorted(sites[key].resources):
        h.update(path.encode() + sites[key].resources[path].body)
print(h.hexdigest())
"""


def test_generator_gives_the_same_bytes_in_every_process():
    """Not only within one process: set order and hashing differ between processes (PYTHONHASHSEED)."""
    args = [f"{k}={v}" for k, v in BASES.items()]
    digests = {subprocess.run([sys.executable, "-c", DIGEST, *args], capture_output=True, text=True,
                              check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2")}
    assert len(digests) == 1 and len(next(iter(digests)).strip()) == 64


def test_three_markup_families_and_at_least_60_articles(sites):
    assert {s.outlet.family for s in sites.values()} == {"jnews", "portal", "cms"}
    records = [r for s in sites.values() for r in truth(s)]
    assert len(records) >= 60
    assert len({r["canonical_url"] for r in records}) == len(records)
    assert len({r["title"] for r in records}) == len(records)
    assert {s.outlet.timezone for s in sites.values()} == {"WIB", "WITA", "WIT"}


def test_truth_has_iso_dates_with_the_outlet_offset_spread_over_months(sites):
    for site in sites.values():
        offset = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}[site.outlet.timezone]
        dates = [datetime.fromisoformat(r["published_at"]) for r in truth(site)]
        assert all(r["published_at"].endswith(offset) for r in truth(site))
        assert len({d.month for d in dates}) >= 4
        assert len({d.date() for d in dates}) == len(dates)


def test_date_bar_shows_today_which_is_no_publish_date(sites):
    for site in sites.values():
        days = {r["published_at"][:10] for r in truth(site)}
        assert TODAY.isoformat() not in days
        bar = today_bar_en() if site.outlet.family == "jnews" else today_bar_id()
        first = truth(site)[0]
        assert bar in page_text(site.get(first["canonical_url"][len(site.base):]).body)


def test_every_article_page_shows_its_true_paragraphs_in_order(sites):
    for site in sites.values():
        for rec in truth(site):
            text = " ".join(page_text(site.get(u[len(site.base):]).body) for u in rec["page_urls"])
            pos = 0
            for para in rec["paragraphs"]:
                found = text.find(para, pos)
                assert found >= 0, (rec["canonical_url"], para)
                pos = found + len(para)
            assert rec["title"] in text


def test_truth_bodies_hold_no_boilerplate_marker(sites):
    """The markers the end-to-end test looks for must not occur in the true text itself."""
    for site in sites.values():
        markers = boilerplate_markers(site)
        for rec in truth(site):
            assert not [m for m in markers if m in rec["body"]], rec["canonical_url"]
            assert rec["caption"] not in rec["body"]
            assert not any(t in rec["body"] for t in rec["related"])
            assert not rec["body"].startswith(rec["dateline"])


def test_each_outlet_has_multi_page_articles_with_pages_in_order(sites):
    for site in sites.values():
        multi = [r for r in truth(site) if r["pages"] > 1]
        assert multi and max(r["pages"] for r in multi) >= 3
        for rec in multi:
            assert len(rec["page_urls"]) == rec["pages"]
            texts = [page_text(site.get(u[len(site.base):]).body) for u in rec["page_urls"]]
            assert "Selanjutnya" in texts[0]
            assert rec["paragraphs"][0] in texts[0] and rec["paragraphs"][-1] in texts[-1]
            assert rec["paragraphs"][-1] not in texts[0]


def test_portal_page_all_shows_the_whole_article(sites):
    site = next(s for s in sites.values() if s.outlet.family == "portal")
    for rec in (r for r in truth(site) if r["pages"] > 1):
        text = page_text(site.get(rec["canonical_url"][len(site.base):] + "?page=all").body)
        assert all(p in text for p in rec["paragraphs"])
        assert "Halaman 1 2" in page_text(site.get(rec["canonical_url"][len(site.base):]).body)


def test_cms_prints_the_body_twice_with_inline_baca_juga_and_initials(sites):
    site = next(s for s in sites.values() if s.outlet.family == "cms")
    rec = next(r for r in truth(site) if r["pages"] == 1)
    text = page_text(site.get(rec["canonical_url"][len(site.base):]).body)
    assert text.count(rec["paragraphs"][1]) == 2
    assert f"Baca Juga : {rec['related'][0]}" in text
    assert f"{rec['paragraphs'][-1]} ({'/'.join(rec['byline_codes'])})" in text
    assert f"{site.outlet.weather_temp} C" in text


def test_jnews_uses_the_theme_markup(sites):
    site = next(s for s in sites.values() if s.outlet.family == "jnews")
    rec = truth(site)[0]
    tree = lxml.html.document_fromstring(site.get(rec["canonical_url"][len(site.base):]).body)
    for sel in ("div.jeg_topbar div.jeg_top_date", "div.jeg_top_weather span.jeg_weather_value",
                "h1.jeg_post_title", "div.entry-content > div.content-inner",
                "div.content-inner div.jnews_inline_related_post", "div.jeg_share_button",
                "div.jeg_post_tags", "div.content-inner div.jeg_ad", "div.widget_jnews_popular"):
        assert tree.cssselect(sel), sel


def test_dates_are_json_ld_on_some_pages_and_only_visible_on_others(sites):
    for site in sites.values():
        kinds = Counter()
        for rec, a in zip(truth(site), site.articles, strict=True):
            html = site.get(rec["canonical_url"][len(site.base):]).body.decode()
            blocks = [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>',
                                                        html)]
            news = [b for b in blocks if b.get("@type") == "NewsArticle"]
            kinds["jsonld" if news else "visible"] += 1
            if news:
                assert news[0]["datePublished"] == rec["published_at"]
            visible = page_text(html)
            assert any(form in visible for form in (long_id(a.published), long_id(a.published, sep=" - "),
                                                    short_id(a.published), f"{a.published.day} "))
        assert kinds["jsonld"] and kinds["visible"], site.outlet.key


def test_served_outlets_offer_robots_sitemaps_rss_and_paginated_listings(server):
    for key, site in server.sites.items():
        truth_urls = {r["canonical_url"] for r in truth(site)}
        status, _, robots = fetch(site.base + "/robots.txt")
        sitemap_url = re.search(r"^Sitemap: (\S+)$", robots.decode(), re.M).group(1)
        assert status == 200 and "Disallow: /search" in robots.decode()
        status, _, index = fetch(sitemap_url)
        children = [el.text for el in ElementTree.fromstring(index).iter(f"{SM}loc")]
        assert any(c.endswith(".gz") for c in children), key
        listed = set()
        for child in children:
            status, ctype, data = fetch(child)
            assert status == 200
            if child.endswith(".gz"):
                assert ctype == "application/x-gzip"
                root = ElementTree.fromstring(gzip.decompress(data))
                assert all(u.find(f"{SM}lastmod") is not None for u in root.iter(f"{SM}url"))
                listed |= {el.text for el in root.iter(f"{SM}loc")}
        assert listed >= truth_urls, key
        assert all(re.search(r"/(fokus|kategori)/", u) for u in listed - truth_urls), key
        feed = re.search(rb'type="application/rss\+xml"[^>]*href="([^"]+)"',
                         fetch(site.base + "/")[2]).group(1).decode()
        items = ElementTree.fromstring(fetch(feed)[2]).findall("./channel/item")
        assert len(items) >= 10 and {i.findtext("link") for i in items} <= truth_urls
        listing = next(d for d in FAMILY_PROFILES[site.outlet.family]["discovery"] if d["type"] == "listing")
        html = fetch(site.base + listing["url"].format(section=next(iter(site.outlet.sections))))[2].decode()
        nxt = re.search(r'class="(?:page_nav )?next"[^>]*href="([^"]+)"|href="([^"]+)"[^>]*class="next"',
                        html)
        assert nxt, key
        assert fetch(unescape(nxt.group(1) or nxt.group(2)))[0] == 200
        assert fetch(site.base + "/no-such-page")[0] == 404


def test_tag_and_author_pages_are_served_and_are_not_articles(server):
    for site in server.sites.values():
        truth_urls = {r["canonical_url"] for r in truth(site)}
        rec = truth(site)[0]
        html = fetch(rec["canonical_url"])[2].decode()
        links = re.findall(r'href="([^"]+/(?:tag|author|penulis)/[^"]+)"', html)
        assert any("/tag/" in u for u in links) and any(("/author/" in u or "/penulis/" in u) for u in links)
        for url in links:
            assert url not in truth_urls
            assert fetch(url)[0] == 200


def test_written_profiles_load_and_match_the_served_outlets(sites, tmp_path):
    write_profiles(sites, tmp_path)
    profiles = load_profiles([tmp_path])
    for key, site in sites.items():
        prof = profiles[key]
        assert prof.domains == (site.base.split("//")[1],)
        assert prof.timezone == site.outlet.timezone
        for rec in truth(site):
            assert profile_for_url(rec["canonical_url"], profiles).key == key
            assert prof.article_url is None or prof.article_url.search(rec["canonical_url"])
        for path in site.resources:
            if re.search(r"/(tag|author|penulis|category|kategori)/", path):
                assert (prof.article_url and not prof.article_url.search(site.base + path)) \
                    or prof.not_article_url.search(site.base + path), path
        assert {d["type"] for d in prof.discovery} >= {"robots", "sitemap", "rss", "listing"}
    assert profiles["demo_kabarteluk"].theme == "jnews"


def test_demo_summary_counts_found_and_exact_records_against_the_truth(sites):
    site = sites["demo_mentayapos"]
    first, second = truth(site)[:2]
    good = new_record(first["canonical_url"], title=first["title"], body=first["body"],
                      published_at=first["published_at"])
    wrong = new_record(second["canonical_url"], title=second["title"], body="Lain sama sekali.",
                       published_at=second["published_at"].replace("+07:00", "+08:00"))
    rows = compare({"demo_mentayapos": site}, [good, wrong])
    expected = {"expected": len(truth(site)), "found": 2, "title": 2, "body": 1, "date": 1}
    assert rows["demo_mentayapos"] == expected


def test_demo_records_keeps_the_latest_version_of_the_demo_outlets_only(tmp_path):
    day = tmp_path / "articles" / "127.0.0.1_8803" / "2024" / "06" / "2024-06-01.jsonl"
    day.parent.mkdir(parents=True)
    old = new_record("http://127.0.0.1:8803/berita/1/a", title="A", body="lama", version=1)
    new = new_record("http://127.0.0.1:8803/berita/1/a", title="A", body="baru", version=2)
    other = new_record("https://outlet.example/berita/2/b", title="B", body="x")
    day.write_text("".join(dumps(r) for r in (old, new, other)), encoding="utf-8")
    assert [r["body"] for r in demo_records(tmp_path, {"127.0.0.1:8803"})] == ["baru"]


def test_demo_server_reports_a_busy_port_and_an_unknown_outlet(server):
    busy = int(next(iter(server.sites.values())).base.rsplit(":", 1)[1])
    with pytest.raises(InputError, match="cannot listen"):
        start_server("127.0.0.1", busy, "demo_kabarteluk")
    with pytest.raises(InputError, match="unknown demo outlet"):
        start_server("127.0.0.1", 0, "demo_nowhere")
