"""The demo outlets' site profiles (TOML, the format of ``newscrawl/sites``), with live ports.

The profiles are written by ``newscrawl demo-server --profiles-out DIR`` (and by ``newscrawl
demo``) because the ports are only known once the server runs; a crawl picks them up with
``-s NEWSCRAWL_PROFILES=DIR``. The JNews outlet names its theme (``theme = "jnews"``) and inherits
the shipped theme profile's selectors through the loader; the other two carry their own selectors.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newscrawl.demo.site import Site

#: Per family: the URL shapes, the discovery order and the selectors that help extraction.
FAMILY_PROFILES: dict[str, dict[str, Any]] = {
    "jnews": {
        "theme": "jnews",
        "article_url": r"/\d{4}/\d{2}/\d{2}/[a-z0-9-]+/$",
        "not_article_url": r"/(category|tag|author|page)/|/feed/|/\?s=",
        "discovery": [
            {"type": "robots", "url": "/robots.txt"},
            {"type": "sitemap", "url": "/sitemap_index.xml"},
            {"type": "rss", "url": "/feed/"},
            {"type": "listing", "url": "/category/{section}/", "links": "h3.jeg_post_title a",
             "next": "a.page_nav.next", "max_pages": 5},
        ],
    },
    "portal": {
        "article_url": r"/[a-z]+/read/\d{4}/\d{2}/\d{2}/\d+/[a-z0-9-]+$",
        "not_article_url": r"/(tag|penulis|indeks|search)(/|$|\?)",
        "discovery": [
            {"type": "robots", "url": "/robots.txt"},
            {"type": "sitemap", "url": "/sitemap.xml"},
            {"type": "rss", "url": "/rss"},
            {"type": "listing", "url": "/{section}", "links": "ul.lsi h3 a", "next": "a.next",
             "param": "page", "max_pages": 5},
        ],
        "extract": {
            "title": "h1#arttitle",
            "body": "div#article-body",
            "date": "div.date time",
            "author": "div.credit a[href*='/penulis/']",
            "remove": ["div.ads-content"],
        },
    },
    "cms": {  # no article_url: like a quickly written profile, the page shape must tell listings apart
        "not_article_url": r"/(kategori|tag|penulis|indeks|search)(/|$)",
        "discovery": [
            {"type": "robots", "url": "/robots.txt"},
            {"type": "sitemap", "url": "/sitemap.xml"},
            {"type": "rss", "url": "/rss.xml"},
            {"type": "listing", "url": "/kategori/{section}", "links": "div.list-berita > a",
             "next": "div.paging a.next", "max_pages": 5},
        ],
        "extract": {
            "title": "div.judul-berita h1",
            "body": "div.isi-berita",
            "date": "div.info-berita span.tgl",
            "author": "div.info-berita a[href*='/penulis/']",
            "remove": ["div.iklan-tengah"],
        },
    },
}


def _toml_value(value: Any) -> str:
    """TOML for the few value types profiles use (JSON strings are valid TOML basic strings)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def profile_toml(site: Site) -> str:
    """The profile of one served outlet, with its actual host:port."""
    o = site.outlet
    spec = FAMILY_PROFILES[o.family]
    netloc = urlsplit(site.base).netloc
    host_re = re.escape(site.base)
    lines = [
        f"# Demo outlet {o.key}: written by `newscrawl demo-server`; the port changes on every start.",
        f"name = {_toml_value(o.name)}",
        f"domains = {_toml_value([netloc])}",
        f"province = {_toml_value(o.province)}",
        f"timezone = {_toml_value(o.timezone)}",
        f"home = {_toml_value(site.base + '/')}",
        f"not_article_url = {_toml_value(spec['not_article_url'])}",
    ]
    if "article_url" in spec:
        lines.append(f"article_url = {_toml_value('^' + host_re + spec['article_url'])}")
    if "theme" in spec:
        lines.append(f"theme = {_toml_value(spec['theme'])}")
    lines.append(f"notes = {_toml_value(f'Fictional {o.family} outlet served by the offline demo.')}")
    for entry in spec["discovery"]:
        urls = ([entry["url"].format(section=k) for k in o.sections] if "{section}" in entry["url"]
                else [entry["url"]])
        for url in urls:
            lines += ["", "[[discovery]]"]
            lines += [f"{k} = {_toml_value(site.base + url if k == 'url' else v)}" for k, v in entry.items()]
    lines += ["", "[politeness]", "download_delay = 0.0", "concurrency = 4", "obey_robots = true"]
    extract = spec.get("extract")
    if extract:
        lines += ["", "[extract]"] + [f"{k} = {_toml_value(v)}" for k, v in extract.items()]
    return "\n".join(lines) + "\n"


def write_profiles(sites: dict[str, Site], directory: str | Path) -> list[Path]:
    """Write one ``<key>.toml`` per served outlet into ``directory`` (created if needed)."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for key, site in sites.items():
        path = out / f"{key}.toml"
        path.write_text(profile_toml(site), encoding="utf-8")
        paths.append(path)
    return paths
