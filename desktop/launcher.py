"""The ``routekaart`` command: no arguments starts the desktop app; subcommands for scripts.

It composes the domain commands (``routekaarten.cli``) and the sync commands (``sync.cli``):
being the top layer, it is the one place allowed to import both. Nothing here imports Qt, tuf
or httpx until a command needs it, so ``routekaart contacts`` starts quickly.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from routekaarten import cli as domain
    from sync import cli as sync_cli

    args = domain.build_parser([sync_cli.add_commands]).parse_args(argv)
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
