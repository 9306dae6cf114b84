"""A process that saves notes in a loop and prints the id of each save that returned.

Started by ``test_kill_during_note_saves``, which kills it at random moments.
"""

from __future__ import annotations

import sys
from pathlib import Path

from routekaarten.case_store import CaseStore
from routekaarten.keys import ScryptParams
from routekaarten.store import Store
from routekaarten.vault import CaseVault

PASSPHRASE = "fout-test wachtwoordzin"
CHEAP = ScryptParams(n=2**10)


def main(folder: str) -> None:
    store = Store.open(Path(folder))
    cases = CaseStore(store)
    wrapped = cases.wrapped_key()
    vault = CaseVault.unlock_with_passphrase(wrapped, PASSPHRASE) if wrapped else None
    if vault is None:
        vault, wrapped = CaseVault.create_with_passphrase(PASSPHRASE, CHEAP)
        cases.save_wrapped_key(wrapped)
    print("ready", flush=True)
    index = 0
    while True:
        index += 1
        note_id = cases.add_note(vault, "case-1", f"notitie {index} " + "x" * (index % 700))
        print(note_id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
