"""The project's own exception types.

Every error a user can meet carries a Dutch message (``str(error)``) that can be shown as is;
the original exception stays in ``__cause__`` for the log. This keeps "the environment failed"
(disk full, corrupt file) apart from "our bug" (any other exception), as qutebrowser's
``misc/sql.py`` does.
"""

from __future__ import annotations

from dataclasses import dataclass

from routekaarten.i18n import _


class RoutekaartError(Exception):
    """An expected failure with a Dutch message for the user.

    ``code`` is a stable English word for the kind of failure, for scripts and tests: the Dutch
    message may be reworded or translated, the code stays.
    """

    code = "error"


@dataclass(frozen=True)
class Issue:
    """One problem in a data file: where (a JSON path such as ``contacts[3].phone``) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class BundleError(RoutekaartError):
    """A region or national bundle that is missing, unreadable or invalid."""

    code = "bundle-invalid"

    def __init__(self, source: str, issues: list[Issue]) -> None:
        self.source = source
        self.issues = issues
        lines = "\n".join(f"  - {issue}" for issue in issues[:20])
        more = "\n  " + _("... en nog {count} fouten", count=len(issues) - 20) if len(issues) > 20 else ""
        super().__init__(_("Ongeldige gegevens in {source}:", source=source) + f"\n{lines}{more}")


class StoreError(RoutekaartError):
    """The local database cannot be opened, read or written."""

    code = "store-failed"


class NotFoundError(RoutekaartError):
    """An unknown region, area or step was asked for."""

    code = "not-found"
