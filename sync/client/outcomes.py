"""What a sync ended in, and why, in the user's language: from tuf's exceptions to the four outcomes the
CLI and the app show (updated, nothing new, rejected for security, unreachable).

"Rejected" means the source answered but what it offered failed verification: the last good
data stays, and the reason names the check that failed so an admin can act on it.
"""

from __future__ import annotations

from tuf.api import exceptions as tuf_errors
from tuf.api.serialization import DeserializationError

from routekaarten.i18n import _
from sync.status import SyncStatus

# The check that refused, as a stable code for scripts and tests (the Dutch reason may be reworded).
_CODES: tuple[tuple[type[Exception], str], ...] = (
    (tuf_errors.DownloadLengthMismatchError, "too-large"),
    (tuf_errors.SlowRetrievalError, "too-slow"),
    (tuf_errors.DownloadHTTPError, "http-error"),
    (tuf_errors.DownloadError, "unreachable"),
    (tuf_errors.ExpiredMetadataError, "expired"),
    (tuf_errors.BadVersionNumberError, "rollback"),
    (tuf_errors.UnsignedMetadataError, "bad-signature"),
    (tuf_errors.LengthOrHashMismatchError, "hash-mismatch"),
    (DeserializationError, "malformed"),
    (tuf_errors.RepositoryError, "invalid-metadata"),
)


def check_code(error: Exception) -> str:
    """The code of the check an error from ngclient stands for (first match, most specific first)."""
    return next((code for kind, code in _CODES if isinstance(error, kind)), "")


def classify(error: Exception) -> tuple[SyncStatus, str]:
    """The outcome and a reason in the user's language for an error from ngclient; tuf's text is
    kept as detail (``{detail}``, empty or `` (...)``), untranslated: it is tuf's, for an admin."""
    detail = f" ({error})" if str(error) else ""
    rejected, unreachable = SyncStatus.REJECTED, SyncStatus.UNREACHABLE
    if isinstance(error, tuf_errors.DownloadLengthMismatchError):
        return rejected, _("Een bestand van de centrale bron is groter dan toegestaan{detail}.",
                           detail=detail)
    if isinstance(error, tuf_errors.SlowRetrievalError):
        return unreachable, _("De centrale bron reageert te traag (time-out){detail}.", detail=detail)
    if isinstance(error, tuf_errors.DownloadHTTPError):
        return unreachable, _("De centrale bron antwoordt met een fout (HTTP {status}).",
                              status=error.status_code)
    if isinstance(error, tuf_errors.DownloadError):
        return unreachable, _("De centrale bron is niet bereikbaar{detail}.", detail=detail)
    if isinstance(error, tuf_errors.ExpiredMetadataError):
        return rejected, _("De centrale bron biedt verlopen gegevens aan{detail}: de bron is bevroren of "
                           "wordt nagebootst.", detail=detail)
    if isinstance(error, tuf_errors.BadVersionNumberError):
        return rejected, _(
            "De centrale bron biedt een oudere versie aan dan al bekend is (terugrol){detail}.",
            detail=detail)
    if isinstance(error, tuf_errors.UnsignedMetadataError):
        return rejected, _("Een handtekening klopt niet of is gezet met een sleutel die daarvoor niet "
                           "bevoegd is{detail}.", detail=detail)
    if isinstance(error, tuf_errors.LengthOrHashMismatchError):
        return rejected, _("Een bestand is gewijzigd na ondertekening (lengte of hash klopt niet){detail}.",
                           detail=detail)
    if isinstance(error, DeserializationError):
        return rejected, _("De centrale bron gaf onleesbare metadata (geen geldige JSON of TUF){detail}.",
                           detail=detail)
    if isinstance(error, tuf_errors.RepositoryError):
        return rejected, _("De metadata van de centrale bron is ongeldig{detail}.", detail=detail)
    raise error
