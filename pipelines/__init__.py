"""What happens to a fetched page: decode, parse, extract, clean, dedup, output.

Importable and usable without Scrapy; only ``pipelines.scrapy`` talks to Scrapy.
"""

__version__ = "0.1.0"
