"""The ``routekaart`` command: no arguments starts the desktop app; subcommands for scripts.

It composes the domain commands (``routekaarten.cli``) and the sync commands (``sync.cli``):
being the top layer, it is the one place allowed to import both. Nothing here imports Qt, tuf
or httpx until a command needs it, so ``routekaart contacts`` starts quickly.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from routekaarten import cli as domain
    from sync import cli as sync_cli

    args = domain.build_parser([sync_cli.add_commands]).parse_args(argv)
    if args.command is None:
        from desktop.app import run

        return run(args.data_dir)
    args.start_check = sync_cli.start_check(args)
    return domain.dispatch(args, {**domain.HANDLERS, **sync_cli.HANDLERS})


if __name__ == "__main__":
    sys.exit(main())
