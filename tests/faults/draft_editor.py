"""The workbench in a process of its own, editing one number after another; killed by the test.

Each edit goes through the draft's undo stack as typing does, and the window saves the draft after
it; the process prints the number once ``edit`` returned, so the test knows what was saved.
Started by ``test_kill_while_editing_a_draft``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(folder: str) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from desktop.admin.admin_window import AdminWindow
    from desktop.settings import Settings
    from routekaarten.bootstrap import open_store

    app = QApplication([])
    data_dir = Path(folder)
    window = AdminWindow(open_store(data_dir), Settings(data_dir))
    row = next(i for i, c in enumerate(window.document.get(("contacts",))) if c["id"] == "zeeland-ovd-r")
    print("ready", flush=True)
    for line in sys.stdin:
        number = line.strip()
        window.document.set(("contacts", row, "phone"), number, "typed")
        window.document.seal()
        print(number, flush=True)
    del app


if __name__ == "__main__":
    main(sys.argv[1])
