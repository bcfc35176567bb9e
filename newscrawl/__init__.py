"""newscrawl: the Scrapy project (settings, spiders, site profiles, CLI)."""

from pipelines import __version__

__all__ = ["__version__"]
