"""The ``newscrawl`` command: one sub-command per module in ``newscrawl/commands``.

Every sub-command reports bad input as one line naming the input and the reason, and exits
non-zero (2 for bad usage or unreadable input, 1 when records were invalid or dropped).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from newscrawl import __version__
from newscrawl.inputs import InputError

#: Sub-command modules, in the order ``--help`` lists them.
COMMANDS = ("demo", "demo_server", "extract", "clean", "validate", "sites", "probe", "run",
            "reextract", "report")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """All sub-commands, or just ``only`` (a module name): ``newscrawl extract`` then imports
    neither Scrapy nor Twisted, which the crawl commands pull in (a third of a second per run)."""
    parser = argparse.ArgumentParser(prog="newscrawl", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"newscrawl {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS if only is None else (only,):
        try:
            module = importlib.import_module(f"newscrawl.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"newscrawl.commands.{name}":
                continue  # a command not built yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    first = argv[0].replace("-", "_") if argv else None
    parser = build_parser(first if first in COMMANDS else None)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except InputError as exc:
        print(f"newscrawl {args.command}: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"newscrawl {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
