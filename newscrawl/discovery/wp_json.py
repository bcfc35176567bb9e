"""The WordPress REST API: ``/wp-json/wp/v2/posts?after=…&before=…&per_page=100&page=N``.

The server does the window filtering (``after``/``before`` are the site's local time) and says how
many pages there are (``X-WP-TotalPages``); we also check each post's ``date`` ourselves, because a
plugin or cache can ignore the parameters. ``modified_gmt`` (UTC, written without a zone) is the
post's lastmod; ``modified`` in the site's zone stands in when a site strips the ``_gmt`` fields.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timezone
from urllib.parse import urlencode, urljoin

from newscrawl.discovery.base import Context, Discovered, Follow, parse_when

KIND = "wp_json"
DEFAULT_PATH = "/wp-json/wp/v2/posts"
PER_PAGE = 100


def _page_url(base: str, ctx: Context, page: int) -> str:
    params: dict[str, str | int] = {"per_page": PER_PAGE, "page": page, "orderby": "date", "order": "desc",
                                    "_fields": "link,date,modified,modified_gmt"}
    if ctx.window.since:
        params["after"] = datetime.combine(ctx.window.since, time.min).isoformat()
    if ctx.window.until:
        params["before"] = datetime.combine(ctx.window.until, time(23, 59, 59)).isoformat()
    return f"{base}{'&' if '?' in base else '?'}{urlencode(params)}"


def start(entry: dict, ctx: Context) -> list[Follow]:
    base = urljoin(ctx.home, entry.get("url") or DEFAULT_PATH)
    state = {"base": base, "page": 1, "max_pages": entry.get("max_pages", ctx.max_pages)}
    return [Follow(_page_url(base, ctx, 1), KIND, state)]


def _text_date(post: dict, key: str, offset: timezone) -> datetime | date | None:
    value = post.get(key)
    return parse_when(value, offset) if isinstance(value, str) else None


def _modified(post: dict, ctx: Context) -> datetime | date | None:
    """The post's modification instant: ``modified_gmt`` is UTC, ``modified`` the site's local time."""
    return _text_date(post, "modified_gmt", UTC) or _text_date(post, "modified", ctx.window.offset)


def parse(url: str, body: bytes, ctx: Context, state: dict | None = None,
          headers: dict[str, str] | None = None) -> Discovered:
    out = Discovered()
    try:
        posts = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return out
    if not isinstance(posts, list):
        return out
    for post in posts:
        if not isinstance(post, dict):
            out.skipped += 1
            continue
        link = post.get("link")
        loc = ctx.absolute(link, url) if isinstance(link, str) else None
        when = _text_date(post, "date", ctx.window.offset) if loc else None
        out.offer(loc, when, KIND, ctx, lastmod=_modified(post, ctx) if loc else None)
    state = state or {}
    page = state.get("page", 1)
    headers = {k.lower(): v for k, v in (headers or {}).items()}
    try:
        total = int(headers.get("x-wp-totalpages", "0"))
    except ValueError:
        total = 0
    more = page < total if total else len(posts) >= PER_PAGE
    if state.get("base") and more and page < state.get("max_pages", ctx.max_pages):
        out.follow.append(Follow(_page_url(state["base"], ctx, page + 1), KIND, {**state, "page": page + 1}))
    return out
