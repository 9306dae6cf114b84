"""The one place an unexpected error in the app ends: logged with its traceback, told in Dutch.

``install`` makes this the process's ``sys.excepthook``; Qt hands an exception that escapes a
slot or an event handler to that hook, so a bug no code foresaw is written to the log in the data
folder (routekaarten/logs.py) and the user sees one Dutch message instead of a silent failure.
Expected failures (``RoutekaartError``: disk full, wrong passphrase) never get here: the code that
caused them shows their own Dutch message. Work off the GUI thread reports its errors through
``desktop.worker``, which logs the unexpected ones and marks them, so that one re-raised here is
not logged twice.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication

from routekaarten.logs import traceback_without_messages

log = logging.getLogger(__name__)
_LOGGED = "_routekaart_logged"


def log_unexpected(error: BaseException, where: str) -> None:
    """Write where a bug happened to the log, once: its type and frames, not its message, which
    may quote case data."""
    if getattr(error, _LOGGED, False):
        return
    log.error("unexpected error in %s: %s", where, traceback_without_messages(error))
    with contextlib.suppress(AttributeError):  # an exception type with __slots__
        setattr(error, _LOGGED, True)


def show_unexpected() -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    from PySide6.QtWidgets import QMessageBox  # its type costs start-up time; a crash can pay it

    QMessageBox.critical(
        app.activeWindow(),
        app.translate("Crash", "Onverwachte fout"),
        app.translate(
            "Crash",
            "Er ging iets onverwachts mis. Wat u hebt opgeslagen, blijft bewaard; probeer het opnieuw. "
            "Blijft het gebeuren, geef dan het logbestand routekaart.log uit de gegevensmap aan uw "
            "beheerder (er staan geen zaakgegevens in).",
        ),
    )


def _hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    if error.__traceback__ is None:
        error.__traceback__ = trace
    log_unexpected(error, "the app")
    show_unexpected()


def install() -> None:
    sys.excepthook = _hook
