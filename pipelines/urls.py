"""URL canonicalisation: one spelling per article, so an article is fetched and stored once.

Pure functions, no Scrapy: the crawler dedupes on :func:`canonicalize` and extraction uses it for
``canonical_url`` when the page declares none. What is dropped is data (the tables below): tracking
parameters, AMP markers, "whole article" switches, mobile/AMP host prefixes, default ports, the
fragment and the trailing slash. What stays is everything that can name a different document
(other query parameters, kept but sorted).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

#: Query parameters that only say where a click came from.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
    "_ga", "_gl", "ref", "ref_src", "cmpid", "spm", "share", "shared", "amp_js_v",
    "usqp", "outputType", "__twitter_impression", "s_cid", "xtor",
})
TRACKING_PREFIXES = ("utm_", "pk_", "hsa_", "at_")
#: Parameters that select the AMP rendering of the same article.
AMP_PARAMS = frozenset({"amp", "amp_markup", "amp_device"})
#: Parameter values asking for the whole article on one page: same article, same canonical URL.
WHOLE_ARTICLE_PARAMS = {"page": {"all"}, "single": {"1", "true", "yes"}, "showall": {"1", "true"},
                        "view": {"all", "single"}, "pgrelated": None}
#: Host prefixes of mobile and AMP mirrors.
MIRROR_HOST_PREFIXES = ("m.", "amp.", "mobile.", "www.")
DEFAULT_PORTS = {"http": 80, "https": 443}
#: Path segments marking an AMP copy: ``/amp/`` inside or at the end, ``/amp`` suffix, ``.amp``.
_AMP_PATH = re.compile(r"/amp(?=/|$)|\.amp(?=$)", re.I)


def _drop_param(key: str, value: str) -> bool:
    k = key.lower()
    if k in TRACKING_PARAMS or k.startswith(TRACKING_PREFIXES) or k in AMP_PARAMS:
        return True
    if k in WHOLE_ARTICLE_PARAMS:
        values = WHOLE_ARTICLE_PARAMS[k]
        return values is None or value.lower() in values
    return False


def canonical_host(host: str) -> str:
    """Lower-case host without the mobile/AMP/www prefix (kept when it is all that is left)."""
    host = host.lower().rstrip(".")
    for prefix in MIRROR_HOST_PREFIXES:
        rest = host[len(prefix):]
        if host.startswith(prefix) and "." in rest:
            return rest
    return host


def canonicalize(url: str) -> str:
    """The one spelling of ``url`` used for dedupe and as ``canonical_url``.

    Returns the input stripped of surrounding whitespace when it is not an http(s) URL.
    """
    url = url.strip()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return url
    host = canonical_host(parts.hostname)
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=-._~%")
    path = _AMP_PATH.sub("", path) or "/"
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1:
        path = path.rstrip("/")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _drop_param(k, v)]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def same_site(a: str, b: str) -> bool:
    """True when both URLs are on the same host once mirror prefixes are ignored."""
    return canonical_host(urlsplit(a).hostname or "") == canonical_host(urlsplit(b).hostname or "")
