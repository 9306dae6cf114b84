"""Run slow work (key derivation, export) off the GUI thread; deliver (result, error) on it.

The one way to leave the GUI thread, as picard's ``util/thread.py`` does: a QRunnable on the
global QThreadPool, and a signal that Qt queues back to the receiver's (GUI) thread.

It is also the one error path of that work: an error the work did not expect (anything but a
``RoutekaartError`` or an ``OSError``, which carry their own Dutch message) is logged with its
traceback here, on the GUI thread, before ``on_done`` gets it and shows its Dutch message (or
raises it on to ``desktop.crash``, which then does not log it again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.crash import log_unexpected
from routekaarten.errors import RoutekaartError

_pending: set[_Relay] = set()


class _Relay(QObject):
    done = Signal(object, object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # delivered to the GUI thread, which decides what to show
            self._relay.done.emit(None, error)
        else:
            self._relay.done.emit(result, None)


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any, BaseException | None], None]) -> None:
    relay = _Relay()
    _pending.add(relay)

    def finish(result: Any, error: BaseException | None) -> None:
        _pending.discard(relay)
        if error is not None and not isinstance(error, RoutekaartError | OSError):
            log_unexpected(error, "background work")
        on_done(result, error)

    relay.done.connect(finish)
    QThreadPool.globalInstance().start(_Job(work, relay))
