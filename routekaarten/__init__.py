"""Routekaart domain: region and national data, contacts, reachability and the local store.

Nothing in this package imports Qt or touches the network (docs/architecture.md, "Layers").
"""
