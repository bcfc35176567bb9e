"""The offline demo: fictional regional outlets served on 127.0.0.1, with their ground truth.

``bank`` holds the seed data (outlets, places, people, sentences), ``corpus`` composes the true
articles from it, ``families`` print them in three markup families real Indonesian outlets use
(a JNews WordPress theme, a Tribun/detik-like portal, a small custom CMS), ``site`` adds what
every outlet serves (robots.txt, sitemaps, RSS, listings) and the ground truth, ``server``
serves them and ``profiles`` writes their site profiles with the live ports.
Everything is deterministic: the same ports give the same bytes.
"""

from newscrawl.demo.server import DemoServer
from newscrawl.demo.site import Site, boilerplate_markers, build_site, build_sites, truth

__all__ = ["DemoServer", "Site", "boilerplate_markers", "build_site", "build_sites", "truth"]
