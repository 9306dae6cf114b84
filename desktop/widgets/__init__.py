"""Widgets shared by several pages (a date field, ...); each knows nothing of cases or bundles."""
