"""Scrapy downloader middlewares of newscrawl (enabled in ``newscrawl/settings.py``)."""
