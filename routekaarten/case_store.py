"""Cases, their checklist, events and encrypted notes, in the app's SQLite store.

Every write is one transaction, so an interrupted save leaves the previous state. Answers and
notes are sealed by a ``CaseVault`` before they reach SQL, with the case and note (or item)
ids as associated data; no plaintext of theirs is ever written.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, NamedTuple

from routekaarten.cases import Case
from routekaarten.errors import NotFoundError
from routekaarten.guidance import Uitlating, Vermoeden
from routekaarten.keys import WrappedKey
from routekaarten.store import Store
from routekaarten.vault import CaseVault, UnreadableNoteError, rotate_data_key

CHECKLIST_STATUSES = ("open", "besproken", "nvt")
_CASE_COLUMNS = (
    "id, label, region, area, vermoeden, uitlating, zeden, incident_date, nfi_category, child_age, "
    "melding_date, step, status, closed_on"
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _incident(text: str | None) -> tuple[date | None, time | None]:
    """The incident column holds a day (``2026-11-29``) or a day and a time (``2026-11-29T14:30``)."""
    if not text:
        return None, None
    if "T" in text:
        moment = datetime.fromisoformat(text)
        return moment.date(), moment.time()
    return date.fromisoformat(text), None


def _checklist_note_id(item_id: str) -> str:
    return f"checklist:{item_id}"


def _form_note_id(field_id: str) -> str:
    """The associated data of a form answer: its case and this id, so an answer cannot be moved
    to another case or another question unnoticed."""
    return f"{FORM_PREFIX}{field_id}"


FORM_PREFIX = "meldingsformulier:"


@dataclass(frozen=True)
class ChecklistEntry:
    item_id: str
    status: str = "open"
    owner: str = ""
    due: date | None = None
    answer: str = ""
    unreadable: bool = False


class Note(NamedTuple):
    """A note as shown; a NamedTuple because a case may open hundreds at once."""

    id: str
    text: str | None  # None: the ciphertext is damaged
    created_at: str
    updated_at: str

    @property
    def unreadable(self) -> bool:
        return self.text is None


def _case_from_row(row: tuple[Any, ...]) -> Case:
    incident_date, incident_time = _incident(row[7])
    return Case(
        id=row[0],
        label=row[1],
        region=row[2],
        area=row[3],
        vermoeden=Vermoeden(row[4]),
        uitlating=Uitlating(row[5]) if row[5] else None,
        zeden=bool(row[6]),
        incident_date=incident_date,
        incident_time=incident_time,
        nfi_category=row[8],
        child_age=row[9],
        melding_date=date.fromisoformat(row[10]),
        step=row[11],
        status=row[12],
        closed_on=_date(row[13]),
    )


def _case_values(case: Case) -> tuple[Any, ...]:
    return (
        case.id,
        case.label,
        case.region,
        case.area,
        int(case.vermoeden),
        case.uitlating.value if case.uitlating else None,
        int(case.zeden),
        case.incident_moment.isoformat(timespec="minutes")
        if isinstance(case.incident_moment, datetime)
        else (case.incident_date.isoformat() if case.incident_date else None),
        case.nfi_category,
        case.child_age,
        case.melding_date.isoformat(),
        case.step,
        case.status,
        case.closed_on.isoformat() if case.closed_on else None,
    )


class CaseStore:
    """Case data on top of the app's ``Store`` (same file, same connection)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn

    # cases -----------------------------------------------------------------------------------------

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex

    def save_case(self, case: Case) -> None:
        """Insert or update a case."""
        values = _case_values(case)
        placeholders = ", ".join("?" for _ in values)
        updates = ", ".join(f"{c.strip()} = excluded.{c.strip()}" for c in _CASE_COLUMNS.split(",")[1:])
        with self.store.transaction():
            self.conn.execute(
                f"INSERT INTO cases ({_CASE_COLUMNS}, created_at, updated_at) VALUES ({placeholders}, ?, ?) "
                f"ON CONFLICT(id) DO UPDATE SET {updates}, updated_at = excluded.updated_at",
                (*values, _now(), _now()),
            )

    def case(self, case_id: str) -> Case:
        row = self.conn.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise NotFoundError("Deze zaak bestaat niet (meer).")
        return _case_from_row(row)

    def cases(self, status: str | None = None) -> list[Case]:
        sql = f"SELECT {_CASE_COLUMNS} FROM cases"
        args: tuple[Any, ...] = ()
        if status:
            sql += " WHERE status = ?"
            args = (status,)
        rows = self.conn.execute(sql + " ORDER BY melding_date DESC, label", args).fetchall()
        return [_case_from_row(row) for row in rows]

    def delete_case(self, case_id: str) -> None:
        """Delete a case with its checklist, events, notes and form answers, as a purge does:
        ``secure_delete`` overwrites the freed pages, VACUUM and a WAL checkpoint leave no copy."""
        with self.store.transaction():
            deleted = self.conn.execute("DELETE FROM cases WHERE id = ?", (case_id,)).rowcount
        if deleted:
            self._compact()

    def _compact(self) -> None:
        self.conn.execute("VACUUM")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def purge_closed(self, today: date, keep_days: int) -> int:
        """Delete cases closed more than ``keep_days`` ago, then compact the file.

        ``secure_delete`` overwrites the freed pages; VACUUM and a WAL checkpoint leave no copy
        of the deleted ciphertext in the database or its write-ahead log.
        """
        cutoff = date.fromordinal(today.toordinal() - keep_days).isoformat()
        with self.store.transaction():
            deleted = self.conn.execute(
                "DELETE FROM cases WHERE status = 'closed' AND closed_on IS NOT NULL AND closed_on < ?",
                (cutoff,),
            ).rowcount
        if deleted:
            self._compact()
        return int(deleted)

    # events (the dates deadlines count from) -------------------------------------------------------

    def set_event(self, case_id: str, anchor: str, value: date | datetime | None) -> None:
        with self.store.transaction():
            if value is None:
                self.conn.execute(
                    "DELETE FROM case_events WHERE case_id = ? AND anchor = ?", (case_id, anchor)
                )
            else:
                self.conn.execute(
                    "INSERT INTO case_events VALUES (?, ?, ?) "
                    "ON CONFLICT(case_id, anchor) DO UPDATE SET value = excluded.value",
                    (case_id, anchor, value.isoformat()),
                )

    def events(self, case_id: str) -> dict[str, date | datetime]:
        rows = self.conn.execute("SELECT anchor, value FROM case_events WHERE case_id = ?", (case_id,))
        found: dict[str, date | datetime] = {}
        for anchor, value in rows:
            found[anchor] = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
        return found

    # checklist ---------------------------------------------------------------------------------------

    def set_checklist_item(
        self,
        vault: CaseVault,
        case_id: str,
        item_id: str,
        *,
        status: str = "open",
        owner: str = "",
        due: date | None = None,
        answer: str = "",
    ) -> None:
        """Saves one bespreekpunt as it is now; called on every change, so nothing is lost."""
        if status not in CHECKLIST_STATUSES:
            raise ValueError(f"unknown checklist status {status!r}")
        sealed = vault.encrypt(case_id, _checklist_note_id(item_id), answer) if answer else None
        with self.store.transaction():
            self.conn.execute(
                "INSERT INTO checklist (case_id, item_id, status, owner, due, answer, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(case_id, item_id) DO UPDATE SET "
                "status = excluded.status, owner = excluded.owner, due = excluded.due, "
                "answer = excluded.answer, updated_at = excluded.updated_at",
                (case_id, item_id, status, owner or None, due.isoformat() if due else None, sealed, _now()),
            )

    def checklist(self, vault: CaseVault, case_id: str) -> dict[str, ChecklistEntry]:
        rows = self.conn.execute(
            "SELECT item_id, status, owner, due, answer FROM checklist WHERE case_id = ?", (case_id,)
        )
        entries = {}
        for item_id, status, owner, due, sealed in rows:
            answer, unreadable = "", False
            if sealed is not None:
                try:
                    answer = vault.decrypt(case_id, _checklist_note_id(item_id), bytes(sealed))
                except UnreadableNoteError:
                    unreadable = True
            entries[item_id] = ChecklistEntry(item_id, status, owner or "", _date(due), answer, unreadable)
        return entries

    # notes -------------------------------------------------------------------------------------------

    def add_note(self, vault: CaseVault, case_id: str, text: str) -> str:
        note_id = uuid.uuid4().hex
        sealed = vault.encrypt(case_id, note_id, text)
        now = _now()
        with self.store.transaction():
            self.conn.execute(
                "INSERT INTO notes (id, case_id, blob, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                (note_id, case_id, sealed, now, now),
            )
        return note_id

    def update_note(self, vault: CaseVault, case_id: str, note_id: str, text: str) -> None:
        sealed = vault.encrypt(case_id, note_id, text)
        with self.store.transaction():
            self.conn.execute(
                "UPDATE notes SET blob = ?, updated_at = ? WHERE id = ? AND case_id = ?",
                (sealed, _now(), note_id, case_id),
            )

    def delete_note(self, case_id: str, note_id: str) -> None:
        with self.store.transaction():
            self.conn.execute("DELETE FROM notes WHERE id = ? AND case_id = ?", (note_id, case_id))

    def notes(self, vault: CaseVault, case_id: str) -> list[Note]:
        """Every note of a case, oldest first; a damaged one is marked, the others still open."""
        rows = self.conn.execute(
            "SELECT id, blob, created_at, updated_at FROM notes WHERE case_id = ? ORDER BY rowid",
            (case_id,),
        ).fetchall()
        texts = vault.decrypt_all(case_id, ((row[0], row[1]) for row in rows))
        return [Note(row[0], text, row[2], row[3]) for row, text in zip(rows, texts, strict=True)]

    # the meldingsformulier (HSSK Bijlage 2) ------------------------------------------------------

    def set_form_answer(self, vault: CaseVault, case_id: str, field_id: str, text: str) -> None:
        """Store one answer sealed (case and field id as associated data); a blank one is removed."""
        with self.store.transaction():
            if not text.strip():
                self.conn.execute(
                    "DELETE FROM form_answers WHERE case_id = ? AND field_id = ?", (case_id, field_id)
                )
                return
            sealed = vault.encrypt(case_id, _form_note_id(field_id), text)
            self.conn.execute(
                "INSERT INTO form_answers VALUES (?, ?, ?, ?) ON CONFLICT(case_id, field_id) DO UPDATE "
                "SET answer = excluded.answer, updated_at = excluded.updated_at",
                (case_id, field_id, sealed, _now()),
            )

    def form_answers(self, vault: CaseVault, case_id: str) -> dict[str, str | None]:
        """The stored answers of a case's form; None for one whose ciphertext is damaged."""
        rows = self.conn.execute(
            "SELECT field_id, answer FROM form_answers WHERE case_id = ?", (case_id,)
        ).fetchall()
        answers: dict[str, str | None] = {}
        for field_id, sealed in rows:
            try:
                answers[field_id] = vault.decrypt(case_id, _form_note_id(field_id), bytes(sealed))
            except UnreadableNoteError:
                answers[field_id] = None
        return answers

    # the data key ----------------------------------------------------------------------------------

    def wrapped_key(self) -> WrappedKey | None:
        row = self.conn.execute("SELECT wrapped FROM vault_key WHERE id = 1").fetchone()
        return WrappedKey.from_dict(json.loads(row[0])) if row else None

    def save_wrapped_key(self, wrapped: WrappedKey) -> None:
        with self.store.transaction():
            self.conn.execute(
                "INSERT INTO vault_key VALUES (1, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET wrapped = excluded.wrapped, updated_at = excluded.updated_at",
                (json.dumps(wrapped.to_dict()), _now()),
            )

    def rotate_key(self, vault: CaseVault, wrap: Any) -> CaseVault:
        """A new data key for every note and answer, written in one transaction (nothing lost).

        ``wrap`` wraps the new key, e.g. ``lambda v: v.rewrap_with_passphrase(passphrase)``.
        """
        notes = self.conn.execute("SELECT case_id, id, blob FROM notes").fetchall()
        answers = self.conn.execute(
            "SELECT case_id, item_id, answer FROM checklist WHERE answer IS NOT NULL"
        ).fetchall()
        sealed = [(c, n, bytes(b)) for c, n, b in notes]
        sealed += [(c, _checklist_note_id(i), bytes(b)) for c, i, b in answers]
        form = self.conn.execute("SELECT case_id, field_id, answer FROM form_answers").fetchall()
        sealed += [(c, _form_note_id(f), bytes(b)) for c, f, b in form]
        rotation = rotate_data_key(vault, sealed, wrap)
        with self.store.transaction():
            for case_id, note_id, blob in rotation.notes:
                if str(note_id).startswith(FORM_PREFIX):
                    self.conn.execute(
                        "UPDATE form_answers SET answer = ? WHERE case_id = ? AND field_id = ?",
                        (blob, case_id, str(note_id).removeprefix(FORM_PREFIX)),
                    )
                elif str(note_id).startswith("checklist:"):
                    item = str(note_id).removeprefix("checklist:")
                    self.conn.execute(
                        "UPDATE checklist SET answer = ? WHERE case_id = ? AND item_id = ?",
                        (blob, case_id, item),
                    )
                else:
                    self.conn.execute("UPDATE notes SET blob = ? WHERE id = ?", (blob, note_id))
            self.conn.execute(
                "UPDATE vault_key SET wrapped = ?, updated_at = ? WHERE id = 1",
                (json.dumps(rotation.wrapped.to_dict()), _now()),
            )
        return rotation.vault

    # anonymous counts (bouwblok 6) -----------------------------------------------------------------

    def counts(self) -> dict[str, Any]:
        """Counts of cases by vermoeden, step and status: no labels, no notes, no dates."""
        rows = self.conn.execute("SELECT vermoeden, step, status FROM cases").fetchall()
        return {
            "totaal": len(rows),
            "per_vermoeden": {str(k): v for k, v in sorted(Counter(r[0] for r in rows).items())},
            "per_stap": {str(k): v for k, v in sorted(Counter(r[1] for r in rows).items())},
            "per_status": dict(sorted(Counter(r[2] for r in rows).items())),
        }
