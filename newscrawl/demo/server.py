"""Serve the demo outlets on 127.0.0.1, one port per outlet, from memory.

Each outlet gets its own ``ThreadingHTTPServer`` in a daemon thread, so outlets stay apart
the way real hosts do (their profiles' ``domains`` are ``127.0.0.1:PORT``). Ports are bound
before the pages are built, because the pages carry absolute URLs (canonical, sitemaps, RSS).
"""

from __future__ import annotations

import logging
import threading
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

from newscrawl.demo.bank import OUTLETS
from newscrawl.demo.site import Site, build_site

log = logging.getLogger(__name__)

NOT_FOUND = (b"<!DOCTYPE html><html><head><title>404</title></head>"
             b"<body><h1>Halaman tidak ditemukan</h1></body></html>")


def _handler(site_ref: list[Site]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "newscrawl-demo"
        protocol_version = "HTTP/1.1"

        def _send(self, head_only: bool) -> None:
            resource = site_ref[0].get(self.path)
            status, ctype, body = ((resource.status, resource.content_type, resource.body) if resource
                                   else (404, "text/html; charset=utf-8", NOT_FOUND))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Date", formatdate(usegmt=True))
            self.end_headers()
            if not head_only:
                self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self._send(head_only=False)

        def do_HEAD(self) -> None:  # noqa: N802
            self._send(head_only=True)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            log.debug("%s %s", self.address_string(), format % args)

    return Handler


class DemoServer:
    """The demo outlets, served. Use as a context manager, or ``start()`` / ``stop()``.

    ``port=0`` picks free ports; ``port=N`` serves the outlets on N, N+1, ... in ``keys`` order.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, keys: list[str] | None = None) -> None:
        self.host = host
        self.port = port
        self.keys = list(keys or OUTLETS)
        unknown = [k for k in self.keys if k not in OUTLETS]
        if unknown:
            raise ValueError(f"unknown demo outlet(s): {', '.join(unknown)} (known: {', '.join(OUTLETS)})")
        self.sites: dict[str, Site] = {}
        self._servers: list[ThreadingHTTPServer] = []
        self._threads: list[threading.Thread] = []

    @property
    def bases(self) -> dict[str, str]:
        return {key: site.base for key, site in self.sites.items()}

    def start(self) -> DemoServer:
        url_host = "127.0.0.1" if self.host in ("", "0.0.0.0") else self.host
        try:
            for i, key in enumerate(self.keys):
                ref: list[Site] = []
                server = ThreadingHTTPServer((self.host, self.port + i if self.port else 0), _handler(ref))
                server.daemon_threads = True
                self._servers.append(server)
                ref.append(build_site(key, f"http://{url_host}:{server.server_address[1]}"))
                self.sites[key] = ref[0]
        except OSError:
            self.stop()
            raise
        for server in self._servers:
            thread = threading.Thread(target=server.serve_forever, args=(0.1,),
                                      name=f"demo-{server.server_address[1]}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        for server in self._servers:
            if self._threads:
                server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
