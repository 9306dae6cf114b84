"""The domain words its messages in English when the app chose English, and in Dutch otherwise.

No Qt: ``routekaarten.i18n.set_language`` is what ``desktop.app.choose_language`` calls at start
(docs/adr/0005-domain-text.md). The reasons here are ones the shipped bundle never produces (a
number that is closed, a validation error), so the UI test cannot see them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from tuf.api import exceptions as tuf_errors

from routekaarten import i18n
from routekaarten.bundles import validate
from routekaarten.clock import AMSTERDAM
from routekaarten.errors import BundleError, NotFoundError
from routekaarten.keys import TooManyAttemptsError, WrongPassphraseError
from routekaarten.model import Contact
from routekaarten.reachability import assess
from routekaarten.store import Store
from sync.client.offline_check import verify_cached
from sync.client.outcomes import classify
from sync.errors import SyncBusyError
from sync.status import SyncStatus

EASTER_MONDAY = date(2026, 4, 6)


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("nl")


def _office(closed_on_holidays: bool | None = True, purpose: str | None = None) -> Contact:
    rule: dict[str, Any] = {"days": ["ma", "di", "wo", "do", "vr"], "from": "09:00", "to": "17:00"}
    if closed_on_holidays is not None:
        rule["closed_on_holidays"] = closed_on_holidays
    if purpose:
        rule["purpose"] = purpose
    return Contact.from_dict({
        "id": "kantoor", "area": None, "actor": "VT", "organisation": "Veilig Thuis", "role": "Kantoor",
        "phone": "0800 2000", "steps": [1, 2], "availability": {"rules": [rule], "source": "test"},
    })


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=AMSTERDAM)


@pytest.mark.parametrize(
    ("moment", "step", "english", "dutch"),
    [
        (_at(EASTER_MONDAY, 10), None, "not reachable now; again tomorrow 09:00; only at step 1, 2",
         "nu niet bereikbaar; weer morgen 09:00; alleen bij stap 1, 2"),
        (_at(date(2026, 11, 28), 10), None, "not reachable now; again Mon 09:00; only at step 1, 2",
         "nu niet bereikbaar; weer ma 09:00; alleen bij stap 1, 2"),
        (_at(date(2026, 11, 30), 7), None, "not reachable now; again today 09:00; only at step 1, 2",
         "nu niet bereikbaar; weer vandaag 09:00; alleen bij stap 1, 2"),
        (_at(date(2026, 11, 30), 10), 3, "only at step 1, 2", "alleen bij stap 1, 2"),
        (_at(date(2026, 11, 30), 10), 1, "until 17:00; only at step 1, 2", "tot 17:00; alleen bij stap 1, 2"),
    ],
)
def test_a_reason_is_worded_in_the_language_chosen(moment: datetime, step: int | None, english: str,
                                                   dutch: str) -> None:
    contact = _office()
    assert assess(contact, moment, step).reason == dutch  # the CLI's language: Dutch
    i18n.set_language("en")
    try:
        assert assess(contact, moment, step).reason == english
    finally:
        i18n.set_language("nl")


def test_a_purpose_is_the_bundles_word_in_an_english_reason(english: None) -> None:
    """"consult" is data (the bundle's purpose); the words around it are the app's."""
    result = assess(_office(None, purpose="consult"), _at(EASTER_MONDAY, 10))

    assert result.reason == "consult on public holidays: hours not stated; only at step 1, 2"


def test_a_validation_error_is_english_and_keeps_its_json_path(english: None,
                                                                region_data: dict[str, Any]) -> None:
    del region_data["contacts"][2]["phone"]

    issues = validate(region_data, "region")

    assert [str(issue) for issue in issues] == ["contacts[2]: required field 'phone' is missing"]
    assert str(BundleError("regio.json", issues)) == (
        "Invalid data in regio.json:\n  - contacts[2]: required field 'phone' is missing"
    )


def test_a_reference_error_is_english(english: None, region_data: dict[str, Any]) -> None:
    region_data["contacts"][3]["area"] = "nergens"

    assert [str(issue) for issue in validate(region_data, "region")] == [
        "contacts[3].area: unknown area 'nergens'"
    ]


def test_store_errors_are_english(english: None, region_store: Store) -> None:
    with pytest.raises(NotFoundError, match=r"^Unknown region 'nergens'\. Known regions: "):
        region_store.region("nergens")


def test_a_full_disk_is_said_in_english(english: None, region_store: Store) -> None:
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]

    from routekaarten.store import _write_failed

    assert _write_failed(full) == (
        "Saving failed: the disk is full. Nothing was changed; the previous data is kept."
    )


def test_key_errors_are_english(english: None) -> None:
    assert str(WrongPassphraseError()) == "The passphrase is not correct."
    assert str(TooManyAttemptsError(1)) == "Too many wrong attempts. Try again in 1 second."
    assert str(TooManyAttemptsError(30)) == "Too many wrong attempts. Try again in 30 seconds."


def test_sync_reasons_are_english_and_dutch_for_the_cli() -> None:
    error = tuf_errors.LengthOrHashMismatchError("hash mismatch")
    assert classify(error) == (SyncStatus.REJECTED, "Een bestand is gewijzigd na ondertekening "
                               "(lengte of hash klopt niet) (hash mismatch).")
    i18n.set_language("en")
    try:
        assert classify(error) == (SyncStatus.REJECTED, "A file was changed after signing "
                                   "(length or hash does not match) (hash mismatch).")
        assert str(SyncBusyError()) == "A sync is already running for this data folder; try again later."
    finally:
        i18n.set_language("nl")


def test_the_offline_check_summary_is_english(english: None, tmp_path: Path, store: Store) -> None:
    """The shipped bundles only: nothing signed yet, and the embedded data named."""
    result = verify_cached(tmp_path, store, b"{}")

    assert result.summary.startswith("No signed data has been stored yet. Shipped with the app, not signed: ")
    assert "the national data (HSSK)" in result.summary
