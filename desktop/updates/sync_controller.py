"""Background sync in the app: at start, on an interval and on demand ("Nu bijwerken").

One sync at a time, off the GUI thread through ``desktop.worker.run_in_background`` (docs/architecture.md,
practice 4); the work (``sync.client.workstation``) opens its own store connection, and tuf and httpx
load only when a sync actually runs, so start-up does not pay for them. The outcome goes to the
status line (``SyncIndicator``) and, when something is wrong or new, to the ``SyncBanner``; the
window reloads the regions named by ``dataChanged``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop import settings
from desktop.settings import Settings
from desktop.updates.sync_banner import BannerKind, SyncBanner
from desktop.updates.sync_indicator import SyncIndicator
from routekaarten.clock import AMSTERDAM
from routekaarten.errors import RoutekaartError
from routekaarten.store import NATIONAL_KEY, BundleOrigin, Store, bundle_key, region_id_of
from sync.client.cancel import Cancellation
from sync.client.source import SyncSource, find_source, shipped_repository_dir, trusted_root_path
from sync.status import SyncStatus

if TYPE_CHECKING:
    from routekaarten.changes import RegionChanges
    from sync.client.freshness import Freshness
    from sync.client.start_check import StartCheck
    from sync.client.workstation import WorkstationSync

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _sync(data_dir: Path, source: SyncSource, cancel: Cancellation) -> WorkstationSync:
    """Runs on the worker thread."""
    from sync.client.workstation import sync_data_folder

    return sync_data_folder(data_dir, source, cancel=cancel)


class SyncController(QObject):
    busyChanged = Signal(bool)
    dataChanged = Signal(object)  # tuple of the region ids whose bundle changed
    finished = Signal()  # a sync ended (whatever its outcome); the banner and status are up to date

    def __init__(
        self,
        store: Store,
        prefs: Settings,
        banner: SyncBanner,
        indicator: SyncIndicator,
        *,
        current_region: Callable[[], str | None],
        parent: QObject | None = None,
        environ: Mapping[str, str] = os.environ,
        clock: Clock = _utc_now,
    ) -> None:
        """``store`` is the window's, read on the GUI thread only (names and versions for the texts)."""
        super().__init__(parent)
        self.store = store
        self.data_dir = store.path.parent
        self.prefs = prefs
        self.banner = banner
        self.indicator = indicator
        self.current_region = current_region
        self.environ = environ
        self.clock = clock
        self.changes: tuple[RegionChanges, ...] = ()  # of the last update that changed a region
        self.completed = 0  # syncs ended since start
        self._busy = False
        self._start_notes: list[str] = []  # the check at start: shipped data refused, stored data restored
        self._refused: list[str] = []  # the check at start: data not as signed, until a sync fetches it
        self._opening: list[str] = []  # what opening the data folder found (bootstrap.open_for_start)
        self._read_only = False  # an in-memory copy: the folder's database cannot be used
        self._verified: frozenset[str] | None = None  # keys the start check verified; None: all
        self._checked_at_opening = False  # open_for_start ran the start check: not again in start()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sync_now)
        self._cancel = Cancellation()  # of the running sync; cancelled when the window closes
        self._closing = False

    def set_opening(self, notes: list[str], *, read_only: bool, verified: frozenset[str]) -> None:
        """What the check at start found, shown on the banner until the app closes."""
        self._opening, self._read_only = list(notes), read_only
        self._checked_at_opening = True
        self._start_notes = list(notes)
        self._verified = verified if read_only or notes else None
        if notes:
            self.banner.show_message(BannerKind.PROBLEM, self._opening)

    def source(self) -> SyncSource | None:
        return find_source(self.data_dir, self.prefs.get(settings.SYNC_URL), self.environ)

    def is_busy(self) -> bool:
        return self._busy

    def start(self) -> None:
        """After the window shows: say what the saved state says, sync once, then on the interval.

        The app's window (``desktop.app.create_window``) comes with the start check done
        (``set_opening``); a window made without it runs the check on the worker first."""
        self.show_status()
        self._show_stale_only()
        if self._read_only:
            return  # nothing can be stored in this folder: no sync, the banner says why
        minutes = self.prefs.get(settings.SYNC_INTERVAL_MINUTES)
        if minutes > 0:
            self._timer.start(minutes * 60_000)
        root, shipped = trusted_root_path(self.data_dir), shipped_repository_dir()
        if root is None or (shipped is None and self.source() is None):
            return
        if self._checked_at_opening:
            self.sync_now()  # open_for_start installed, verified and repaired before the window showed
            return
        self._set_busy(True)  # take the shipped signed data if new, re-verify what is stored, then sync
        from desktop.worker import run_in_background
        from sync.client.start_check import check_at_start

        data_dir = self.data_dir
        run_in_background(lambda: check_at_start(data_dir, root, shipped), self._on_checked)

    def _on_checked(self, result: StartCheck | None, error: BaseException | None) -> None:
        self._set_busy(False)
        installed = result.shipped if result is not None else None
        if installed is not None and installed.installed:
            self.dataChanged.emit(installed.region_ids)
            self.show_status()
            self._show_stale_only()
        problems = list(installed.problems) if installed is not None else []
        if result is not None and result.restored:
            self.dataChanged.emit(result.restored_region_ids)
            names = ", ".join(self._bundle_name(key) for key in result.restored)
            problems.append(self.tr("De opgeslagen gegevens van {0} waren op deze computer gewijzigd; "
                                    "ze zijn hersteld uit de ondertekende kopie.").format(names))
        self._start_notes = self._opening + problems  # kept on the banner after the syncs
        if result is not None and not result.check.ok:
            self._refused = [self.tr("Opgeslagen gegevens geweigerd. {0}").format(result.check.summary)]
        if self._start_notes or self._refused:
            self.banner.show_message(BannerKind.PROBLEM, self._start_notes + self._refused)
        self.sync_now()  # the check's own trouble (no root, disk) is the sync's to report too
        if error is not None and not isinstance(error, RoutekaartError | OSError):
            raise error  # our bug: let it surface, as _report does

    def sync_now(self) -> bool:
        """Start a sync; False when one is already running, the window closes, or no central source
        is configured."""
        if self._busy or self._closing:
            return False
        source = self.source()
        if source is None:
            self.show_status()
            return False
        from desktop.worker import run_in_background  # QThreadPool's type: not needed at start-up

        self._set_busy(True)
        data_dir, cancel = self.data_dir, Cancellation()
        self._cancel = cancel
        run_in_background(lambda: _sync(data_dir, source, cancel), self._on_done)
        return True

    def cancel(self) -> None:
        """The window closes: end a running sync at once (its download is cut) and start no other."""
        self._closing = True
        self._timer.stop()
        self._cancel.cancel()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.indicator.set_busy(busy)
        self.busyChanged.emit(busy)

    def _on_done(self, outcome: WorkstationSync | None, error: BaseException | None) -> None:
        self._set_busy(False)
        self.completed += 1
        try:
            self._report(outcome, error)
        finally:
            self.finished.emit()

    def _report(self, outcome: WorkstationSync | None, error: BaseException | None) -> None:
        if outcome is not None and outcome.result.status.succeeded:
            self._refused = []  # the sync fetched what the check refused, or found it as signed
            self._verified = None
        problems: list[str] = self._start_notes + self._refused
        if error is not None:
            if not isinstance(error, RoutekaartError | OSError):
                raise error  # our bug, not the environment: let it surface (and fail the tests)
            problems.append(self.tr("Bijwerken is mislukt op deze computer: {0}").format(error))
        elif outcome is not None:
            status, reason = outcome.result.status, outcome.result.reason
            if status is SyncStatus.REJECTED:
                problems.append(self.tr("Update geweigerd. {0}").format(reason))
            elif status is SyncStatus.UNREACHABLE:
                problems.append(self.tr("De centrale bron is niet bereikbaar. {0}").format(reason))
            if outcome.changes:
                self.changes = outcome.changes
                self.dataChanged.emit(tuple(change.region_id for change in outcome.changes))
        problems += self.stale_lines(self.freshness())
        self.show_status()
        if problems:
            self.banner.show_message(BannerKind.PROBLEM, problems, changes=bool(outcome and outcome.changes))
            return
        self.banner.clear_problem()
        if outcome is not None and outcome.changes:
            names = ", ".join(change.region_name for change in outcome.changes)
            self.banner.show_message(BannerKind.UPDATE, [self.tr("nieuwe gegevens voor {0}.").format(names)],
                                     changes=True)

    # what the saved state says -------------------------------------------------------------------

    def freshness(self) -> Freshness:
        from sync.client.freshness import load_freshness

        return load_freshness(self.data_dir, self.clock())

    def _show_stale_only(self) -> None:
        lines = self.stale_lines(self.freshness())
        if lines:
            self.banner.show_message(BannerKind.PROBLEM, lines)

    def stale_lines(self, fresh: Freshness) -> list[str]:
        lines = []
        if fresh.unconfirmed_since is not None:
            lines.append(self.tr(
                "De gegevens zijn mogelijk verouderd: de centrale bron heeft sinds {0} niet bevestigd "
                "dat dit de nieuwste gegevens zijn."
            ).format(_local(fresh.unconfirmed_since)))
        for bundle in fresh.expired:
            what = self._bundle_name(bundle_key(bundle.region_id))
            lines.append(self.tr(
                "De gegevens van {0} zijn verlopen op {1}: de beheerders hebben ze niet op tijd opnieuw "
                "ondertekend."
            ).format(what, _local(bundle.expired_at)))
        return lines

    def _bundle_name(self, key: str) -> str:
        """A bundle as the user knows it: the region's name, or the national data."""
        if key == NATIONAL_KEY:
            return self.tr("de landelijke gegevens (HSSK)")
        region_id = region_id_of(key) or key
        return dict(self.store.regions()).get(region_id, region_id)

    def show_status(self) -> None:
        self.indicator.set_text(self.status_text())

    def status_text(self) -> str:
        region = self.current_region()
        info: dict[str, Any] = self.store.bundle_info(bundle_key(region or None)) or {}
        origin, version = info.get("origin"), info.get("version", "?")
        key = bundle_key(region or None)
        if self._read_only and (self._verified is None or key not in self._verified):
            return self.tr("Alleen-lezen: de meegeleverde gegevens zijn in gebruik, niet gecontroleerd "
                           "(versie {0})").format(version)
        if self._read_only:
            return self.tr("Alleen-lezen: de laatst gecontroleerde ondertekende gegevens zijn in gebruik "
                           "(versie {0})").format(version)
        if self._verified is not None and origin != "embedded" and key not in self._verified:
            return self.tr("Niet gecontroleerd: de opgeslagen gegevens komen niet overeen met de "
                           "ondertekende kopie (versie {0})").format(version)
        if self.source() is None:
            if origin is BundleOrigin.SYNC:
                text = self.tr("Geen centrale bron ingesteld; de laatst gecontroleerde gegevens zijn in "
                               "gebruik (versie {0}).")
            elif origin is BundleOrigin.SHIPPED:
                text = self.tr("Geen centrale bron ingesteld; de meegeleverde ondertekende gegevens zijn in "
                               "gebruik (versie {0}).")
            else:
                text = self.tr("Geen centrale bron ingesteld; de meegeleverde gegevens zijn in gebruik "
                               "(versie {0}).")
            return text.format(version)
        fresh = self.freshness()
        if fresh.checked_at is None and origin is BundleOrigin.SHIPPED:
            return self.tr("Nog niet gecontroleerd bij de centrale bron; de meegeleverde ondertekende "
                           "gegevens zijn in gebruik (versie {0})").format(version)
        if fresh.checked_at is None:
            return self.tr("Nog niet gecontroleerd bij de centrale bron")
        if fresh.valid_until is None:
            return self.tr("Gecontroleerd op {0}").format(_local(fresh.checked_at))
        return self.tr("Gecontroleerd op {0}, geldig tot {1}").format(
            _local(fresh.checked_at), _local(fresh.valid_until, with_time=False)
        )


def _local(moment: datetime, with_time: bool = True) -> str:
    """Dutch date (and time) in the time of the Netherlands, whatever the machine's zone."""
    return moment.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H:%M" if with_time else "%d-%m-%Y")
