"""robots.txt ``Sitemap:`` lines: the outlet's own list of sitemaps, each parsed as a sitemap."""

from __future__ import annotations

from urllib.parse import urljoin

from newscrawl.discovery import sitemap
from newscrawl.discovery.base import Context, Discovered, Follow

KIND = "robots"


def start(entry: dict, ctx: Context) -> list[Follow]:
    return [Follow(urljoin(ctx.home, entry.get("url") or "/robots.txt"), KIND)]


def parse(url: str, body: bytes, ctx: Context, state: dict | None = None,
          headers: dict[str, str] | None = None) -> Discovered:
    out = Discovered()
    seen = set()
    for line in body.decode("utf-8", "replace").splitlines():
        field, _, value = line.partition(":")
        if field.strip().lower() != "sitemap" or not value.strip():
            continue
        loc = ctx.absolute(value.strip(), url)
        if loc is None:
            out.skipped += 1
        elif loc not in seen and not sitemap.NON_POST_CHILD.search(loc):
            seen.add(loc)
            out.follow.append(Follow(loc, sitemap.KIND))
    return out
