"""Cases, their checklist, events and encrypted notes, in the app's SQLite store.

Every write is one transaction, so an interrupted save leaves the previous state. Answers and
notes are sealed by a ``CaseVault`` before they reach SQL, with the case and note (or item)
ids as associated data; no plaintext of theirs is ever written.
"""

from __future__ import annotations

import json
import statistics
import uuid
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, NamedTuple

from routekaarten.cases import Case, CaseStatus, ChecklistStatus, purge_needs_confirmation
from routekaarten.errors import NotFoundError
from routekaarten.guidance import Uitlating, Vermoeden
from routekaarten.i18n import _
from routekaarten.keys import WrappedKey
from routekaarten.store import Store
from routekaarten.vault import CaseVault, UnreadableNoteError, rotate_data_key

_CASE_COLUMNS = (
    "id, label, region, area, vermoeden, uitlating, zeden, incident_date, nfi_category, child_age, "
    "melding_date, step, status, closed_on, eigenaar_vt, eigenaar_politie, eigenaar_om"
)
# Stored with the events although it is a kind, not a date: the hearing's kind (termijnen).
_TEXT_EVENTS = frozenset({"zitting_soort"})


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
    status: ChecklistStatus = ChecklistStatus.OPEN
    owner: str = ""
    due: date | None = None
    answer: str = ""
    unreadable: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", ChecklistStatus(self.status))  # a form hands in the stored word


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
        status=CaseStatus(row[12]),
        closed_on=_date(row[13]),
        eigenaar_vt=row[14] or "",
        eigenaar_politie=row[15] or "",
        eigenaar_om=row[16] or "",
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
        case.eigenaar_vt or None,
        case.eigenaar_politie or None,
        case.eigenaar_om or None,
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
            raise NotFoundError(_("Deze zaak bestaat niet (meer)."))
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

    def _expired(self, today: date, keep_days: int) -> list[tuple[str, str | None, str | None]]:
        """(case id, last note change, notes exported at) of closed cases past their keep time."""
        cutoff = date.fromordinal(today.toordinal() - keep_days).isoformat()
        return self.conn.execute(
            "SELECT c.id, (SELECT MAX(n.updated_at) FROM notes n WHERE n.case_id = c.id), "
            "c.notes_exported_at FROM cases c "
            "WHERE c.status = 'closed' AND c.closed_on IS NOT NULL AND c.closed_on < ?",
            (cutoff,),
        ).fetchall()

    def held_for_export(self, today: date, keep_days: int) -> list[Case]:
        """Closed cases past their keep time that are not purged: their notes were never exported
        after their last change (``cases.purge_needs_confirmation``); purging them needs a yes."""
        held = [
            cid
            for cid, changed, exported in self._expired(today, keep_days)
            if purge_needs_confirmation(changed, exported)
        ]
        return [self.case(case_id) for case_id in held]

    def purge_closed(self, today: date, keep_days: int, confirmed: Collection[str] = ()) -> int:
        """Delete cases closed more than ``keep_days`` ago, then compact the file. A case whose notes
        were never exported is kept unless its id is in ``confirmed`` (``held_for_export``).

        ``secure_delete`` overwrites the freed pages; VACUUM and a WAL checkpoint leave no copy
        of the deleted ciphertext in the database or its write-ahead log.
        """
        doomed = [
            cid
            for cid, changed, exported in self._expired(today, keep_days)
            if cid in confirmed or not purge_needs_confirmation(changed, exported)
        ]
        with self.store.transaction():
            for case_id in doomed:
                self.conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        if doomed:
            self._compact()
        return len(doomed)

    def mark_notes_exported(self, case_id: str, when: datetime | None = None) -> None:
        """Record that the case's notes were exported now (for the purge rule)."""
        moment = (when or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
        with self.store.transaction():
            self.conn.execute("UPDATE cases SET notes_exported_at = ? WHERE id = ?", (moment, case_id))

    # events (the dates deadlines count from) -------------------------------------------------------

    def set_event(self, case_id: str, anchor: str, value: date | datetime | str | None) -> None:
        """A dated event of the case, or the hearing's kind (``zitting_soort``); None removes it."""
        with self.store.transaction():
            if value is None:
                self.conn.execute(
                    "DELETE FROM case_events WHERE case_id = ? AND anchor = ?", (case_id, anchor)
                )
            else:
                self.conn.execute(
                    "INSERT INTO case_events VALUES (?, ?, ?) "
                    "ON CONFLICT(case_id, anchor) DO UPDATE SET value = excluded.value",
                    (case_id, anchor, value if isinstance(value, str) else value.isoformat()),
                )

    def events(self, case_id: str) -> dict[str, date | datetime | str]:
        rows = self.conn.execute("SELECT anchor, value FROM case_events WHERE case_id = ?", (case_id,))
        found: dict[str, date | datetime | str] = {}
        for anchor, value in rows:
            if anchor in _TEXT_EVENTS:
                found[anchor] = value
            else:
                found[anchor] = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
        return found

    # checklist ---------------------------------------------------------------------------------------

    def set_checklist_item(
        self,
        vault: CaseVault,
        case_id: str,
        item_id: str,
        *,
        status: ChecklistStatus | str = ChecklistStatus.OPEN,
        owner: str = "",
        due: date | None = None,
        answer: str = "",
    ) -> None:
        """Saves one bespreekpunt as it is now; called on every change, so nothing is lost."""
        if status not in set(ChecklistStatus):
            raise ValueError(f"unknown checklist status {status!r}")
        status = ChecklistStatus(status)
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
        """Bouwblok 6 (HSSK r. 7269-7325, 6268-6270): anonymous counts, never a label, note or date.

        Cases by vermoeden, step and status; complexity (NFI, zeden); meldingen VT -> politie
        (cases with a melding at the police); anonymous consultations; onderzoek afgerond; and
        lead times as medians in days per month of the melding at Veilig Thuis: to the plan van
        aanpak (received by the OM) and to the zitting.
        """
        rows = self.conn.execute(
            "SELECT id, vermoeden, step, status, nfi_category, zeden, melding_date FROM cases"
        ).fetchall()
        events: dict[str, dict[str, str]] = {}
        for case_id, anchor, value in self.conn.execute("SELECT case_id, anchor, value FROM case_events"):
            events.setdefault(case_id, {})[anchor] = value

        def having(anchor: str) -> int:
            return sum(anchor in events.get(r[0], {}) for r in rows)

        return {
            "totaal": len(rows),
            "per_vermoeden": {str(k): v for k, v in sorted(Counter(r[1] for r in rows).items())},
            "per_stap": {str(k): v for k, v in sorted(Counter(r[2] for r in rows).items())},
            "per_status": dict(sorted(Counter(r[3] for r in rows).items())),
            "complexiteit": {"nfi": sum(bool(r[4]) for r in rows), "zeden": sum(bool(r[5]) for r in rows)},
            "meldingen_vt_politie": having("melding_politie"),
            "anonieme_overleggen": having("anoniem_overleg"),
            "onderzoek_afgerond": having("onderzoek_afgerond"),
            "doorlooptijd_melding_plan_van_aanpak": _median_days(rows, events, "ontvangst_plan_politie"),
            "doorlooptijd_melding_zitting": _median_days(rows, events, "zitting"),
        }


def _median_days(
    rows: list[tuple[Any, ...]], events: dict[str, dict[str, str]], anchor: str
) -> dict[str, dict[str, float]]:
    """Per month of the melding (``JJJJ-MM``): how many cases reached ``anchor``, and the median
    number of days from the melding at Veilig Thuis."""
    by_month: dict[str, list[int]] = {}
    for row in rows:
        value = events.get(row[0], {}).get(anchor)
        if value is None:
            continue
        melding = date.fromisoformat(row[6])
        days = (date.fromisoformat(value[:10]) - melding).days
        by_month.setdefault(melding.isoformat()[:7], []).append(days)
    return {
        month: {"aantal": len(days), "mediaan_dagen": float(statistics.median(days))}
        for month, days in sorted(by_month.items())
    }
