"""Scrapy commands this project overrides (``COMMANDS_MODULE``)."""
