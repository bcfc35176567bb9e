"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: item links with their publication dates.

An item's modification time is Atom ``<updated>`` (also seen as ``atom:updated`` in RSS) or Dublin
Core ``dc:modified``; plain RSS has none (``pubDate`` is the publication), so such items get no
:attr:`Found.lastmod` and an incremental crawl fetches them again and compares content.

WordPress feeds page with ``?paged=N``; with ``max_pages`` > 1 the next page is followed while the
feed has not yet reached back to ``since``.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from newscrawl.discovery.base import Context, Discovered, Follow, parse_when
from newscrawl.discovery.safety import local_name, parse_xml

KIND = "rss"
DEFAULT_PATH = "/feed/"
_ITEM = {"item", "entry"}
_DATES = ("pubdate", "published", "date", "issued", "updated", "modified")
#: Elements that state when the item itself last changed.
_MODIFIED = ("updated", "modified")


def start(entry: dict, ctx: Context) -> list[Follow]:
    state = {"page": 1, "max_pages": entry.get("max_pages", 1), "param": entry.get("param", "paged")}
    return [Follow(urljoin(ctx.home, entry.get("url") or DEFAULT_PATH), KIND, state)]


def _link(item) -> str | None:
    """Atom: the rel=alternate (or first) link's href; RSS: <link> text, else a permalink guid."""
    links = [el for el in item if local_name(el) == "link"]
    for el in links:
        if el.get("href") and el.get("rel", "alternate") == "alternate":
            return el.get("href")
    for el in links:
        if el.text and el.text.strip():
            return el.text.strip()
    for el in item:
        permalink = el.get("isPermaLink", "true") != "false"
        if local_name(el) == "guid" and permalink and (el.text or "").startswith("http"):
            return el.text.strip()
    return None


def _date(item, ctx: Context, names: tuple[str, ...] = _DATES):
    """The first of ``names`` (item child elements, by local name) that parses as a date."""
    fields = {local_name(el): el.text for el in item if el.text}
    for name in names:
        if name in fields and (when := parse_when(fields[name], ctx.window.offset)):
            return when
    return None


def with_param(url: str, name: str, value: int | str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != name] + [(name, str(value))]
    return urlunsplit(parts._replace(query=urlencode(query)))


def parse(url: str, body: bytes, ctx: Context, state: dict | None = None,
          headers: dict[str, str] | None = None) -> Discovered:
    out = Discovered()
    root = parse_xml(body)
    if root is None:
        return out
    for item in root.iter():
        if local_name(item) not in _ITEM:
            continue
        href = _link(item)
        out.offer(ctx.absolute(href, url) if href else None, _date(item, ctx), KIND, ctx,
                  lastmod=_date(item, ctx, _MODIFIED))
    state = state or {}
    page = state.get("page", 1)
    if (out.found or out.skipped) and page < state.get("max_pages", 1) and not ctx.window.before(out.oldest):
        nxt = with_param(url, state.get("param", "paged"), page + 1)
        out.follow.append(Follow(nxt, KIND, {**state, "page": page + 1}))
    return out
