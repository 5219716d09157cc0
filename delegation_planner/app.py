"""The ``delegation-planner`` command: a subcommand runs headless, none opens the window."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from delegation_planner.cli_server import register_location

# Words that start the command line rather than the window; the command line itself
# (``cli``, which loads the whole core) is imported only when one is given.
_HELP = ("-h", "--help", "--version")


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if (args and not args[0].startswith("-")) or any(a in _HELP for a in args):
        # A command, or a word that is none (the command line explains it in one line).
        # The collector pauses while the command line loads (see ``cli.loading_modules``).
        gc.disable()
        from delegation_planner import cli

        sys.exit(cli.main(args, whole_process=True))
    parser = argparse.ArgumentParser(prog="delegation-planner", add_help=False)
    parser.add_argument("--db", type=register_location, default=None)
    # "--demo" alone is Region Skåne's demo; "--demo hovedstaden" / "--demo midtjylland" the Danish ones.
    parser.add_argument(
        "--demo", nargs="?", const="skane", default=None, choices=("skane", "hovedstaden", "midtjylland")
    )
    known, rest = parser.parse_known_args(args)
    if rest and not rest[0].startswith("-"):
        # A command after the options ("--db PATH check X") means the same as before
        # them; an unknown command is left to the CLI to explain in one line.
        gc.disable()
        from delegation_planner import cli

        moved = ["--db", str(known.db)] if known.db is not None and rest[0] in cli.COMMANDS else []
        sys.exit(cli.main([*rest, *moved], whole_process=True))
    # Before any Qt library loads: a missing system library is named with what to install.
    from delegation_planner.ui import system_libraries

    system_libraries.check_or_exit()
    # Imported here so that the headless commands never load Qt.
    from delegation_planner.ui.qt_app import run_window

    sys.exit(run_window(known.db, demo=known.demo or False, argv=[sys.argv[0], *rest]))
