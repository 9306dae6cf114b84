"""A sync's cancel switch: set on the GUI thread (the window closes), seen by the sync's worker thread.

Plain Python, no httpx: the window holds one without loading the network stack. ``on_cancel``
registers what stops the work (``HttpxFetcher.abort`` cuts its sockets); a callback registered
after ``cancel`` runs at once, so a sync that starts just as the window closes is stopped too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancellation:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []
        self._cancelled = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def on_cancel(self, callback: Callable[[], None]) -> None:
        with self._lock:
            if not self._cancelled:
                self._callbacks.append(callback)
                return
        callback()

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()
