"""The ``routekaart`` command: no arguments starts the desktop app; subcommands for scripts.

It composes the domain commands (``routekaarten.cli``) and the sync commands (``sync.cli``):
being the top layer, it is the one place allowed to import both. Nothing here imports Qt, tuf
or httpx until a command needs it, so ``routekaart contacts`` starts quickly.

The frozen bundle has a second executable, ``routekaart-app`` (``APP_EXECUTABLE``, build.spec):
built without a console (no console window on Windows), it always starts the app and refuses a
subcommand, whose output would have nowhere to go.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

APP_EXECUTABLE = "routekaart-app"


def main(argv: Sequence[str] | None = None) -> int:
    from functools import partial

    from desktop.admin_print.command import add_parser as add_print  # argparse only, no Qt
    from routekaarten import cli as domain
    from sync import cli as sync_cli

    args = domain.build_parser([partial(sync_cli.add_commands, admin_tasks=[add_print])]).parse_args(argv)
    if args.command is not None and _is_app_executable():
        if sys.stderr is not None:  # a windowed executable on Windows has no console
            print(f"routekaart: {APP_EXECUTABLE} start alleen de app; gebruik 'routekaart {args.command}' "
                  "voor opdrachten.", file=sys.stderr)
        return 2
    if args.command is None:
        try:
            from desktop.app import run
        except ImportError as error:
            if not (error.name or "").startswith("PySide6"):
                raise
            return _no_qt()
        return run(args.data_dir, verbose=args.verbose)
    from routekaarten import logs

    if args.command == "serve":  # the service always logs, to stderr for its service manager
        logs.to_stderr(logging.DEBUG if args.verbose else logging.INFO)
    else:
        logs.for_command(args.verbose)
    args.start_check = sync_cli.start_check(args)
    return domain.dispatch(args, {**domain.HANDLERS, **sync_cli.HANDLERS})


def _is_app_executable() -> bool:
    """Running as the frozen bundle's windowed ``routekaart-app`` (not the CLI, not from source)."""
    return bool(getattr(sys, "frozen", False)) and Path(sys.executable).stem.lower() == APP_EXECUTABLE


def _no_qt() -> int:
    """Installed without the desktop extra (a central source's host): say so, in Dutch, as every
    command-line message is (the app's language setting needs Qt to be read)."""
    print("routekaart: de desktop-app kan niet starten, want PySide6 is niet geïnstalleerd. "
          "Installeer de app met 'pip install \"routekaart[desktop]\"' (of scripts/start.sh). "
          "Zonder PySide6 werken de opdrachten wel, zoals 'routekaart serve' en 'routekaart admin'.",
          file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
