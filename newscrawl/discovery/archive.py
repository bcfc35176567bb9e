"""Date-indexed archive pages (``/indeks?date=2024-05-03``, ``/indeks/2024/05/03``): one listing per day.

``url`` may hold ``{date}`` (``YYYY-MM-DD``) or ``{Y}``/``{m}``/``{d}``; without a placeholder the
day goes into the query parameter ``param`` (default ``date``). One page per day of the window (the
last seven days when the window is open), each parsed as a listing whose links are dated that day;
pages within a day follow the listing's pagination.
"""

from __future__ import annotations

from urllib.parse import urljoin

from newscrawl.discovery import listing
from newscrawl.discovery.base import Context, Discovered, Follow
from newscrawl.discovery.rss import with_param

KIND = "archive"
DEFAULT_PATH = "/indeks"


def day_url(template: str, day) -> str:
    if "{" in template:
        return template.format(date=day.isoformat(), Y=f"{day.year:04d}", m=f"{day.month:02d}",
                               d=f"{day.day:02d}")
    return ""


def start(entry: dict, ctx: Context) -> list[Follow]:
    template = urljoin(ctx.home, entry.get("url") or DEFAULT_PATH)
    follows = []
    for day in ctx.window.days():
        url = day_url(template, day) or with_param(template, entry.get("param", "date"), day.isoformat())
        state = {"page": 1, "max_pages": entry.get("max_pages", ctx.max_pages), "links": entry.get("links"),
                 "next": entry.get("next"), "param": None, "depth": 0, "day": day.isoformat(), "kind": KIND}
        follows.append(Follow(url, KIND, state))
    return follows


def parse(url: str, body: bytes, ctx: Context, state: dict | None = None,
          headers: dict[str, str] | None = None) -> Discovered:
    return listing.parse(url, body, ctx, state, headers)
