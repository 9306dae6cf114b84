"""The signed central source (TUF; docs/architecture.md).

``repository`` and ``service`` run at the national repository; ``region_keys`` and
``admin_publish`` on a regional admin's machine; ``client`` with ``fetcher`` on every workstation.
Nothing here imports Qt, and nothing here is imported when the app starts: tuf, httpx and
cryptography load only when a sync or an admin command runs.
"""
