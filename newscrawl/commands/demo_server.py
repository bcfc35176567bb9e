"""``newscrawl demo-server``: serve the fictional demo outlets on 127.0.0.1 until interrupted.

With ``--profiles-out DIR`` it writes the outlets' site profiles (with the live ports) to DIR,
so that ``scrapy crawl news -a sites=... -s NEWSCRAWL_PROFILES=DIR`` crawls them.
"""

from __future__ import annotations

import argparse
import sys
import threading

from newscrawl.demo import DemoServer
from newscrawl.demo.bank import OUTLETS
from newscrawl.demo.profiles import write_profiles
from newscrawl.inputs import InputError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo-server", help="serve the fictional demo outlets on 127.0.0.1",
                       description=__doc__)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=0,
                   help="first port; the outlets take PORT, PORT+1, ... (default 0: free ports)")
    p.add_argument("--profiles-out", metavar="DIR", help="write the outlets' site profiles (TOML) here")
    p.add_argument("--outlets", default=",".join(OUTLETS), metavar="KEY[,KEY]",
                   help=f"which outlets to serve (default all: {', '.join(OUTLETS)})")
    p.set_defaults(func=run)


def start_server(host: str, port: int, outlets: str) -> DemoServer:
    """Start the demo server or raise InputError saying why it cannot (bad outlet, busy port)."""
    if not 0 <= port <= 65535:
        raise InputError(f"--port {port}: not a port number")
    try:
        return DemoServer(host, port, [k.strip() for k in outlets.split(",") if k.strip()]).start()
    except ValueError as exc:
        raise InputError(f"--outlets: {exc}") from None
    except OSError as exc:
        raise InputError(f"cannot listen on {host}:{port or 'free ports'}: {exc.strerror or exc}") from None


def run(args: argparse.Namespace) -> int:
    server = start_server(args.host, args.port, args.outlets)
    try:
        for key, site in server.sites.items():
            print(f"{key:20} {site.outlet.name:15} {site.outlet.family:7} {site.base}/", flush=True)
        if args.profiles_out:
            try:
                paths = write_profiles(server.sites, args.profiles_out)
            except OSError as exc:
                raise InputError(f"--profiles-out {args.profiles_out}: {exc.strerror or exc}") from None
            print(f"profiles: {', '.join(str(p) for p in paths)}", flush=True)
            print(f"crawl:    scrapy crawl news -a sites={','.join(server.sites)} "
                  f"-s NEWSCRAWL_PROFILES={args.profiles_out}", flush=True)
        print("serving; Ctrl-C to stop", file=sys.stderr, flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:  # the normal way to stop a server, not an error
        print("stopped", file=sys.stderr)
    finally:
        server.stop()
    return 0
