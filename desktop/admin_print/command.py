"""``routekaart admin print BUNDLE --out FILE.pdf [--paper A4|A3]``: the routekaart as a PDF.

Printing draws with Qt (the app's own chart), so the command lives in ``desktop/`` and the
launcher adds it to ``routekaart admin`` (``sync.cli.add_commands(..., admin_tasks=...)``);
``sync`` never imports it. Only argparse is imported here: Qt loads when the command runs, so
``routekaart admin ...`` still works on a host without PySide6, and this command says in Dutch
what is missing there.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

PAPERS = ("A4", "A3")


def add_parser(tasks: Any) -> None:
    """Register ``print`` on ``routekaart admin``'s subparsers (``args.admin_handler``)."""
    parser = tasks.add_parser(
        "print", help="de routekaart afdrukken als PDF (grafiek, contactgegevens, voetnoten)",
        description="Maakt van een regiobundel de routekaart als PDF, liggend: de grafiek zoals de app "
        "hem toont, de contactgegevens per gebied met bereikbaarheid en voetnoten, en op elke pagina "
        "de regio, de versie, de datum vanaf wanneer hij geldt en de datum van afdrukken. De bundel "
        "wordt eerst gecontroleerd zoals 'admin validate' dat doet.")
    parser.add_argument("file", type=Path, metavar="BUNDEL", help="de regiobundel (JSON)")
    parser.add_argument("--out", type=Path, required=True, metavar="BESTAND.pdf", help="de PDF om te maken")
    parser.add_argument("--paper", type=str.upper, choices=PAPERS, default="A4",
                        help="papierformaat, liggend (standaard: %(default)s)")
    parser.set_defaults(admin_handler=run)


def run(args: argparse.Namespace) -> int:
    from routekaarten.errors import RoutekaartError
    from routekaarten.print_contents import printed_message, read_file

    raw = read_file(args.file)
    use_offscreen_without_display()
    try:
        from PySide6.QtWidgets import QApplication

        from desktop.admin_print.routekaart_pdf import print_routekaart
    except ImportError as error:
        if not (error.name or "").startswith(("PySide6", "shiboken6")):
            raise
        raise RoutekaartError(
            "'admin print' tekent de routekaart met Qt, maar PySide6 is niet geïnstalleerd. Installeer "
            "'pip install \"routekaart[desktop]\"', of druk af op een computer met de app.") from error
    app = QApplication.instance() or QApplication([sys.argv[0]])
    print_routekaart(raw, args.out, args.paper, source=str(args.file))
    del app
    print(printed_message(args.out, args.paper))
    return 0


def use_offscreen_without_display() -> None:
    """Without a display (a server, a CI job, an SSH session) Qt draws offscreen; printing needs none.

    Set before the first QApplication; a platform the user chose is kept.
    """
    display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
