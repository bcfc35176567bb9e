"""The markup families the demo outlets are printed in, one module each.

Each module's ``build(outlet, base, articles)`` returns the :class:`newscrawl.demo.site.Site`
with every URL it serves.
"""

from __future__ import annotations

from collections.abc import Callable

from newscrawl.demo.corpus import Article, Outlet
from newscrawl.demo.families import cms, jnews, portal
from newscrawl.demo.site import Site

FAMILIES: dict[str, Callable[[Outlet, str, list[Article]], Site]] = {
    "jnews": jnews.build,
    "portal": portal.build,
    "cms": cms.build,
}
