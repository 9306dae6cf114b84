"""The symbol of each reachability status, shared by the app's "Nu bereikbaar" list and the
``routekaart contacts`` command, so a professional reads the same mark in both.

A symbol goes with a word wherever it is shown: the list never relies on colour alone.
"""

from __future__ import annotations

from routekaarten.reachability import Status

STATUS_MARK: dict[Status, str] = {Status.JA: "✓", Status.DEELS: "◐", Status.ONBEKEND: "?", Status.NEE: "✗"}
