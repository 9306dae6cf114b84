"""Errors of the sync package, each with a Dutch message that can be shown as is."""

from __future__ import annotations

from routekaarten.errors import RoutekaartError


class KeyStoreError(RoutekaartError):
    """A signing key is missing, unreadable, or its passphrase is wrong."""


class RepositoryStateError(RoutekaartError):
    """The repository directory is missing, incomplete or not what the command expects."""


class PublishRejectedError(RoutekaartError):
    """The service refuses an upload; ``status`` is the HTTP status it answers with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class SyncBusyError(RoutekaartError):
    """Another sync holds this data folder: ngclient is not safe for concurrent use."""

    def __init__(self) -> None:
        super().__init__("Er loopt al een synchronisatie voor deze gegevensmap; probeer het straks opnieuw.")
