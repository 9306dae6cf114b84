"""Errors of the sync package, each with a Dutch message (English in the English app) that can be
shown as is."""

from __future__ import annotations

from routekaarten.errors import RoutekaartError
from routekaarten.i18n import _


class KeyStoreError(RoutekaartError):
    """A signing key is missing, unreadable, or its passphrase is wrong."""

    code = "key-unavailable"


class RepositoryStateError(RoutekaartError):
    """The repository directory is missing, incomplete or not what the command expects."""

    code = "repository-state"


class PublishRejectedError(RoutekaartError):
    """The service refuses an upload; ``status`` is the HTTP status it answers with and ``code``
    names the check that failed (``wrong-signer``, ``version-not-next``, ...), in the answer's
    ``code`` field and the audit log."""

    def __init__(self, message: str, status: int = 400, code: str = "rejected") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class SyncBusyError(RoutekaartError):
    """Another sync holds this data folder: ngclient is not safe for concurrent use."""

    code = "sync-busy"

    def __init__(self) -> None:
        super().__init__(
            _("Er loopt al een synchronisatie voor deze gegevensmap; probeer het straks opnieuw."))
